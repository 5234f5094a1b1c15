"""Rules written in session 25 (branch join26) for texts that lost their line breaks, each with the real excerpt
it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline, segment
from plankg.loaders.structure.toc import locate_headings, parse_toc
from plankg.loaders.text.normalise import normalise


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


# nat-digital-culture-industry-2020 (heldout7), joined: a gov.cn page indents every paragraph by two em spaces, which
# stay between a title and the marker after it when its lines are joined
INDENTED = (
    "为贯彻落实党中央、国务院决策部署，推动数字文化产业高质量发展，现提出以下意见。\u2003\u2003一、总体要求\u2003\u2003"
    "（一）指导思想\u2003\u2003以习近平新时代中国特色社会主义思想为指导，实施文化产业数字化战略。\u2003\u2003"
    "（二）基本原则\u2003\u2003坚持导向，提升内涵。牢牢把握正确导向，坚持守正创新。\u2003\u2003"
    "二、夯实数字文化产业发展基础\u2003\u2003（三）加强内容建设。深刻把握数字文化内容属性，加强原创能力建设。"
)


def test_a_marker_after_a_title_and_a_paragraph_indent_is_read() -> None:
    # INDENTED_LINE_SPACES: "…总体要求  （一）指导思想": the （一） behind the two spaces of the indent opens under 一、
    assert titles(INDENTED.replace("\u2003", "  ")) == [
        (1, "一、", "总体要求"),
        (2, "（一）", "指导思想"),
        (2, "（二）", "基本原则"),
        (1, "二、", "夯实数字文化产业发展基础"),
        (2, "（三）", "加强内容建设"),
    ]


# nat-health-ai-scenarios-2024 (heldout8), joined: a PDF's page footer "— 13 —" glued between a title and the next item
PAGE_FOOTER_GLUED = (
    "（一）“人工智能+”中医药管理服务1.中医临床智能辅助诊疗— 13 —基本概念：利用人工智能技术辅助中医诊疗，提升服务能力。"
    "应用场景：辅助中医师开展辨证论治。2.中医经络智能检测基本概念：利用人工智能技术检测经络状态。"
    "应用场景：辅助评估健康状态，提升检测效率和质量。— 38 —3.中药智能审方基本概念：利用人工智能技术审核中药处方。"
)


def test_a_page_footer_glued_into_a_joined_text_is_dropped() -> None:
    # INLINE_PAGE_FOOTER: the footer neither runs into a title nor hides the item glued to its dash
    text = normalise(PAGE_FOOTER_GLUED).text
    assert "— 13 —" not in text and "— 38 —" not in text
    assert [h[2] for h in titles(text) if h[0] == 2] == ["中医临床智能辅助诊疗", "中医经络智能检测", "中药智能审方"]


def test_a_page_footer_on_its_own_line_and_a_spaced_date_are_left_to_their_rules() -> None:
    assert "2016 - 10 - 30" in normalise("本标准自2016 - 10 - 30 实施。").text
    assert normalise("第一段。\n— 3 —\n第二段。").text.count("\n") >= 1


# ah-iiot-2021 (heldout), joined: a notice issues two documents named side by side, its verb after their titles
ISSUED_SIDE_BY_SIDE = (
    "各市人民政府，省政府各部门，各直属机构：《支持工业互联网发展若干政策》《安徽省工业互联网创新发展行动计划（2021-2023年）》"
    "已经省政府同意，现印发给你们，请认真抓好落实。安徽省人民政府办公厅2021年9月2日支持工业互联网发展若干政策为充分运用市场的逻辑、"
    "资本的力量，制定和实施以下政策。一、支持工业互联网平台建设。重点培育一批工业互联网平台。二、支持企业数字化转型。"
    "加快工业设备网络化技术改造。本政策自2021年开始执行。安徽省工业互联网创新发展行动计划（2021-2023年）为深入实施工业互联网创新"
    "发展战略，特制定本行动计划。一、总体要求（一）指导思想以习近平新时代中国特色社会主义思想为指导。（二）发展目标到2023年，"
    "工业互联网新型基础设施基本完善。二、行动步骤（一）网络体系强基行动。推进工业互联网外网建设。"
    + "加快建设工业互联网平台。"
    * 200  # long enough to read as a text that lost its line breaks
)


def test_two_documents_issued_side_by_side_each_head_their_points() -> None:
    # ISSUED_TITLES_FIRST: "《A》《B》已经省政府同意，现印发给你们": each title heads its own 一、…
    found = [(h.level, h.number, h.title) for h in segment(ISSUED_SIDE_BY_SIDE, None)[0]]
    assert found[:3] == [
        (1, "", "支持工业互联网发展若干政策"),
        (2, "一、", "支持工业互联网平台建设"),
        (2, "二、", "支持企业数字化转型"),
    ]
    assert (1, "", "安徽省工业互联网创新发展行动计划（2021-2023年）") in found
    assert (2, "一、", "总体要求") in found and (3, "（一）", "指导思想") in found


# gz-pension-claim-guide-2025 (heldout20), joined: a markdown page's bold part titles glued to words, not sentence ends
BOLD_PARTS_AFTER_WORDS = (
    "2025年，广州市企业职工基本养老金申领详解来源：市人力资源社会保障局 社保中心**一、办理对象**广州市参保单位、参保人"
    "**二、受理条件**申领基本养老金的参保人必须同时符合以下年龄条件和缴费年限条件：（一）年龄条件：达到国家规定的退休年龄。"
    "（二）缴费年限条件：达到法定退休年龄时累计缴费满15年。**三、受理单位**广州市社保经办窗口**四、基本流程**"
    "（一）窗口办理流程单位或个人应当月向社保经办机构申报领取基本养老金。**五、状态查询、咨询和投诉方式**"
    "查询网址：http://hrss.gd.gov.cn/gdsbfw投诉电话：020-12345**六、其他注意事项**（一）申办人按《受理回执》上所注明的时间"
    "登录平台查询。"
)


def test_bold_part_titles_glued_to_words_are_read_as_parts() -> None:
    # BOLD_PART_AFTER_WORD keeps the space before the title; SPACED_TITLE_LINE reads its 一、 as a line's
    text = normalise(BOLD_PARTS_AFTER_WORDS).text
    assert [h[2] for h in titles(text) if h[0] == 1] == [
        "办理对象",
        "受理条件",
        "受理单位",
        "基本流程",
        "状态查询、咨询和投诉方式",
        "其他注意事项",
    ]


def test_a_part_marker_after_a_space_without_a_title_line_stays_none() -> None:
    # SPACED_TITLE_LINE needs the title to end at a line's space: a PDF wrap inside "统 一、规范" is no part
    text = "坚持全市统 一、规范管理的原则，推进标准化建设，提高服务水平。二、主要任务 推进标准化建设。"
    assert all(h[1] != "一、" for h in titles(text))


# hangzhou-eco-civ-regs-2015 (heldout25), joined: a regulation's 目录 without pages, one ideographic space after 第一章
SHORT_FIRST_ENTRY = (
    "杭州市生态文明建设促进条例目\u3000\u3000录第一章\u3000总则第二章\u3000生态规划第三章\u3000生态经济第四章\u3000生态环境"
    "第五章\u3000附则第一章\u3000总则第一条\u3000为了建立健全生态文明制度，促进生态文明建设，制定本条例。"
    "第二条\u3000本条例适用于本市行政区域内的生态文明建设活动。"
)


def test_an_unpaged_toc_whose_first_entry_is_short_ends_where_that_entry_stands_again() -> None:
    # UNPAGED_SHORT_FIRST_ENTRY: "第一章\u3000总则" is found again, so the TOC ends there and its last entry is "附则"
    text = normalise(SHORT_FIRST_ENTRY).text
    found = parse_toc(text)
    assert found is not None
    assert [e.title for e in found.entries] == ["总则", "生态规划", "生态经济", "生态环境", "附则"]
    assert text[found.end :].startswith("第一章")


def test_a_toc_entry_is_found_where_the_body_letter_spaces_its_title() -> None:
    # LETTER_SPACED_BODY_TITLE (sh-fyp-14, heldout, joined): "结语" in the TOC, "142结 语" after the body's last page
    text = (
        "目录一、总体要求......1二、主要任务......2结语......3一、总体要求以习近平新时代中国特色社会主义思想为指导。"
        "二、主要任务推进改革。142结 语蓝图已经绘就，愿景催人奋进。"
    )
    toc = parse_toc(text)
    assert toc is not None and [e.title for e in toc.entries] == ["总体要求", "主要任务", "结语"]
    located = locate_headings(text, toc, toc.end)
    assert located[-1] is not None and text[located[-1][1] : located[-1][2]] == "结 语"


# yn-gov-report-2026 (heldout3), joined: a report's part "“十五五”时期主要目标任务" glued to its first sentence
TARGETS_AND_TASKS = (
    "一、“十四五”时期发展成就过去五年，全省经济实力稳步提升。二、“十五五”时期主要目标任务今后五年，是基本实现社会主义"
    "现代化夯实基础、全面发力的关键时期。三、2026年重点工作2026年是“十五五”开局之年。"
)


def test_two_head_nouns_in_a_row_end_the_title_after_the_second() -> None:
    # HEAD_NOUN_PAIR: 目标任务 is one head; the title was cut after 目标
    assert (1, "二、", "“十五五”时期主要目标任务") in titles(TARGETS_AND_TASKS)


def test_an_opener_inside_the_titles_quotes_does_not_stop_the_search_for_its_end() -> None:
    # OPENER_PAST_BRACKETS (nat-green-appliances-2022, heldout11, joined): the 以 of “以旧换新” hid the end at 各地
    text = (
        "一、开展全国家电“以旧换新”活动各地要发挥政府部门、行业协会、电商平台和家电生产企业作用，组织开展活动。"
        "二、推进家电售后服务提质升级鼓励家电企业完善售后服务体系。"
    )
    assert titles(text)[0] == (1, "一、", "开展全国家电“以旧换新”活动")
