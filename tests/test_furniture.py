"""Page and site furniture: each named rule on its example, a web page saved as text, PDF
pages' running lines and wraps."""

from __future__ import annotations

import pytest

from plankg.loaders.rules.structure import FURNITURE_LINES
from plankg.loaders.structure.document import load_plan
from plankg.loaders.text.furniture import PageLine, paragraphs, strip_running_lines
from plankg.loaders.text.normalise import normalise
from plankg.schema import PlanMeta
from tests.conftest import PLANS_DIR

META = PlanMeta(id="t", title="测试规划")


@pytest.mark.parametrize("rule", FURNITURE_LINES, ids=lambda r: r.name)
def test_every_furniture_rule_removes_its_example(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.pattern.match(rule.example)
    text = normalise(f"一、总体要求\n{rule.example}\n加快建设科技创新中心。").text
    assert text == "一、总体要求\n\n加快建设科技创新中心。"


@pytest.mark.parametrize(
    "line",
    [
        "来源于企业的研发投入占比达到70%。",  # a sentence, not a metadata line
        "\t45",  # a table cell
        "鼓励高校作为主办单位举办国际学术会议。",
        "首页设计与用户体验研究",
        "分享：各地在试点中形成的经验做法",  # a label and its text, not a bare share button
        "1.【主要目标】到2025年，全市新能源汽车保有量达到100万辆。",  # a point's bracketed label, no metadata field
    ],
)
def test_plan_lines_are_not_furniture(line: str) -> None:
    assert normalise(f"一、总体要求\n{line}").text == f"一、总体要求\n{line}"


@pytest.mark.parametrize(
    "number",
    ["— 12 —", "- 3 -", "－ 7 －", "第 3 页 共 40 页", "第3页", "3/40", "Page 3 of 40", "12", "[12]"],
)
def test_page_numbers_in_any_common_form(number: str) -> None:
    assert normalise(f"加快建设\n{number}\n二、任务").text == "加快建设\n\n二、任务"


def test_numbers_alone_close_together_are_table_cells_not_page_numbers() -> None:
    # BARE_NUMBER_LINE, TABLE_NUMBER_SPAN: a web table exported one cell per line (hp-renewal-15's
    # 主要预期指标一览表) kept its row numbers and values, so its labels read as a table, not as
    # a level-2 section per cell ("类别", "片区更新数量", "个" were sections before).
    table = "\n\n".join("指标一览表 序号 指标 单位 目标 1 片区更新数量 个 2 2 商办楼宇更新数量 个 25".split())
    text = normalise(
        f"一、总体目标\n\n到2030年，城市更新取得重要进展。\n\n{table}\n\n二、主要任务\n\n推进片区更新。"
    ).text
    assert "\n\n1\n\n片区更新数量\n\n个\n\n2\n\n2\n\n" in text
    plan = load_plan(text, META)
    assert [(s.level, s.number, s.title) for s in plan.sections] == [(1, "一、", "总体目标"), (1, "二、", "主要任务")]
    # a page's number, pages apart, still goes
    page = "\n".join(["加快建设科技创新中心，推进重点任务落实。"] * 8)
    assert normalise(f"{page}\n12\n{page}\n13\n二、任务").text.count("\n12\n") == 0


def test_pinyin_glosses_and_duplicated_markers() -> None:
    assert normalise("重点任务(wù)：加快R&D(GDP)").text == "重点任务：加快R&D（GDP）"
    assert normalise("(一)(一)发展现状\n二、二、总体要求").text == "（一）发展现状\n二、总体要求"


SAVED_PAGE_TOP = """上海市人民政府
English
无障碍
首页
政务公开
政务服务
政民互动
走进上海
当前位置：首页 > 政务公开 > 规划信息
发布时间：2011-12-30 来源：上海市人民政府办公厅 浏览次数：4321
字号：大 中 小
"""
SAVED_PAGE_BOTTOM = """
分享到：微信 微博
【打印本页】【关闭窗口】
相关文件
上海市推进科技创新中心建设条例
关于进一步深化科技体制机制改革增强科技创新中心策源能力的意见
主办：上海市人民政府办公厅 承办：上海市大数据中心
版权所有：上海市人民政府 沪ICP备05005080号
网站地图 | 联系我们 | 使用帮助
"""


@pytest.mark.parametrize("block_break", ["\n", "\n\n"], ids=["lines", "blocks"])
def test_a_plan_saved_from_a_web_page_as_text_keeps_none_of_the_page(block_break: str) -> None:
    # Issue #7: the navigation menu, breadcrumb and footer became sections. A browser's "save as
    # text" writes each block of the page on its own line, often with a blank line between.
    plain = (PLANS_DIR / "shanghai-sti-12th-fyp.txt").read_text(encoding="utf-8")
    top, bottom = (part.replace("\n", block_break) for part in (SAVED_PAGE_TOP, SAVED_PAGE_BOTTOM))
    saved = load_plan(top + plain + bottom, META)
    reference = load_plan(plain, META)
    assert [(s.level, s.number, s.title) for s in saved.sections] == [
        (s.level, s.number, s.title) for s in reference.sections
    ]
    assert [(t.kind, t.title) for t in saved.tasks] == [(t.kind, t.title) for t in reference.tasks]
    for word in ("政务公开", "当前位置", "浏览次数", "分享到：", "相关文件", "ICP", "网站地图"):
        assert word not in saved.text


def _line(text: str, page: int, top: float, left: float = 72.0, right: float = 523.0) -> PageLine:
    return PageLine(text, left, right, top, top - 12.0, page)


BODY = ["加快建设科技创新中心。", "提升原始创新能力。", "强化企业创新主体地位。", "优化创新生态。"]


def test_running_headers_and_footers_repeated_across_pages_are_dropped() -> None:
    pages = [
        [
            _line("上海市科学技术委员会文件", p, 800, 250, 345),
            _line(BODY[p], p, 760),
            _line(f"— {p + 1} —", p, 30, 280, 310),
        ]
        for p in range(4)
    ]
    kept = strip_running_lines(pages)
    assert [[line.text for line in lines] for lines in kept] == [[body] for body in BODY]


def test_wraps_are_rejoined_and_a_wrapped_heading_is_one_heading() -> None:
    lines = [
        _line("（一）加快提升张江综合性国家科学中心的集中度和显示度，建设世界级重大科技", 0, 700),
        _line("基础设施集群", 0, 680, right=150),
        _line("加快推进张江综合性国家科学中心建设，推动重大科技基础设施从“建设为主”", 0, 660, left=96),
        _line("转向“建设与运行并重”。", 0, 640, right=200),
        _line("二、总体要求", 0, 620, right=150),
    ]
    assert paragraphs(lines).split("\n") == [
        "（一）加快提升张江综合性国家科学中心的集中度和显示度，建设世界级重大科技基础设施集群",
        "加快推进张江综合性国家科学中心建设，推动重大科技基础设施从“建设为主”转向“建设与运行并重”。",
        "二、总体要求",
    ]


def test_a_page_number_glued_before_a_heading_marker_is_dropped() -> None:
    text = normalise("加快发展。\n50六、推进开放\n12（三）创新\n2012年，上海加快构建服务体系。").text
    assert text == "加快发展。\n六、推进开放\n（三）创新\n2012年，上海加快构建服务体系。"


def test_an_indented_line_opening_with_a_closing_quote_is_a_new_paragraph() -> None:
    # INDENTED_CLOSING: a paragraph whose opening quote was typed as "”" is still indented, so it
    # is no continuation of the heading above (only a line at the margin is).
    lines = [
        _line("（二）价格总水平", 0, 700, left=96, right=200),
        _line("”九五”期间，需要继续理顺价格关系，价格改革要与其他各项改革相配套。", 0, 680, left=96),
        _line("。并保持物价基本稳定", 0, 660, right=300),
    ]
    assert paragraphs(lines).split("\n") == [
        "（二）价格总水平",
        "”九五”期间，需要继续理顺价格关系，价格改革要与其他各项改革相配套。。并保持物价基本稳定",
    ]


def test_a_page_ended_by_hand_sets_what_follows_apart() -> None:
    # FORCED_PAGE_BREAK: page 2 stops half-way (the plan's last paragraph); "附件2" opens page 3.
    full = [_line(f"第{n}行正文继续推进生态空间建设和管控，", p, 760 - 20 * n) for p in range(2) for n in range(30)]
    lines = [
        *full,
        _line("建立生态空间基础数据库，提供一体化信息平台。", 2, 760, left=96, right=400),
        _line("附件2", 3, 760, right=120),
        _line("规划依据", 3, 740, right=150),
    ]
    text = paragraphs(lines)
    assert "提供一体化信息平台。\n\n附件2" in text


def test_a_hanging_mark_does_not_move_the_right_margin() -> None:
    # RIGHT_EDGE_WINDOW: full lines end at 515 pt, one hanging "，" reaches 524 pt; a full line
    # with half-width digits ends at 504 pt and is still a wrap, not a paragraph's end.
    lines = [_line(f"第{n}行继续推进经济社会高质量发展各项工作取得", 0, 780 - 20 * n, right=515) for n in range(8)]
    lines += [
        _line("稳预期，地区生产总值增长5.1%，城镇新增就业44.1万，", 0, 600, right=524),
        _line("人，居民人均可支配收入增长5.6%，粮食产量1347万吨，", 0, 580, right=504),
        _line("单位生产总值能耗累计降幅完成任务。", 0, 560, right=300),
    ]
    assert "粮食产量1347万吨，单位生产总值" in paragraphs(lines)


def test_a_channel_heading_repeating_the_breadcrumb_is_the_page_s() -> None:
    # "您的位置: 首页 > 云南要闻" and then "云南要闻" again: the second was joined to the headline
    # ("云南要闻2026年政府工作报告").
    page = "您的位置:\n首页\n>\n云南要闻\n云南要闻\n2026年政府工作报告\n各位代表：\n"
    assert normalise(page).text.strip().splitlines()[0] == "2026年政府工作报告"
    # a heading that only begins like the breadcrumb's last item stays
    page = "您的位置:\n首页\n>\n规划计划\n规划计划管理办法\n"
    assert "规划计划管理办法" in normalise(page).text


def test_a_pdf_spacing_every_paragraph_keeps_its_paragraphs_one_a_line() -> None:
    # PARAGRAPH_SPACING: a web page printed to PDF by a browser sets every <p> apart by its margin
    # (here 12 pt of extra space). That space marks paragraphs, not blocks: the short list entries
    # were read as blocks of their own (a blank line around each), hence as sub-headings. A wider
    # gap (a heading's own margin) still sets a block apart.
    lines: list[PageLine] = []
    top = 780.0

    def add(text: str, right: float = 523.0, gap: float = 32.0) -> None:
        nonlocal top
        lines.append(_line(text, 0, top, right=right))
        top -= gap

    add("一、现状基础", right=150, gap=48)
    for n in range(5):  # a paragraph of wrapped lines at the usual 20 pt leading
        add(f"第{n}行生态保护修复工作扎实推进，重点区域生态系统质量稳步提升，", gap=20)
    add("生态安全屏障更加牢固。", right=250)
    add("二、编制依据", right=150, gap=48)
    for n, title in enumerate(["《中华人民共和国森林法》", "《中华人民共和国水法》", "《某省城乡规划条例》"] * 2, 1):
        add(f"{n}.{title}（2019年修订）", right=330, gap=48 if n == 6 else 32)
    add("三、规划目标", right=150, gap=48)
    add("到2025年，生态空间格局基本形成，森林覆盖率稳步提高，河湖水质持续改善，", gap=20)
    add("生态系统服务功能明显增强。", right=250)
    text = paragraphs(lines)
    assert "1.《中华人民共和国森林法》（2019年修订）\n2.《中华人民共和国水法》（2019年修订）" in text
    assert "河湖水质持续改善，生态系统服务功能明显增强。" in text
    assert "（2019年修订）\n\n三、规划目标\n\n到2025年" in text


def test_a_short_browser_printout_loses_its_print_header_and_footer() -> None:
    # BROWSER_PRINT_EDGE, browser-print-footer: a one-page notice saved as PDF by a browser; too few
    # pages for the running-line count, so its header (print date and time, the page title whose
    # "_ site" tail fell to a line of its own) and footer (address, "1/1") reached the text.
    pages = [
        [
            _line("12/3/26, 12:33 PM\t某某市人民政府办公室关于加强城市排水管网运行维护的通知", 0, 820, 25, 520),
            _line("_\t_", 0, 810, 430, 480),
            _line("各区人民政府，市政府各部门：", 0, 760),
            _line("为加强城市排水管网运行维护，现就有关事项通知如下。", 0, 740),
            _line("https://www.example.gov.cn/zwgk/content_123456.htm\t1/1", 0, 20, 25, 570),
        ]
    ]
    kept = strip_running_lines(pages)
    assert [line.text for line in kept[0]] == [
        "各区人民政府，市政府各部门：",
        "为加强城市排水管网运行维护，现就有关事项通知如下。",
    ]


def test_a_large_headline_wrapped_over_lines_is_one_line() -> None:
    # LARGE_TITLE_WRAP: a web page's <h1> at 22 pt wraps at its own 34 pt leading; read against the
    # text's 18 pt leading each of its lines was a block, and so a heading of its own.
    def big(text: str, top: float, right: float = 560.0) -> PageLine:
        return PageLine(text, 34.0, right, top, top - 22.0, 0)

    lines = [
        _line(f"第{n}行正文继续推进生态环境分区管控，提升规划环评质量和效率，", 0, 780 - 18 * n, 34, 560)
        for n in range(6)
    ]
    lines[-1:] = [_line("正文第一段结束。", 0, 690, 34, 200)]
    lines += [
        big("某某局有关负责人就《关于进一步加强产业园区", 640),
        big("规划环境影响评价工作的意见》有关问题", 606, 480),
        big("答记者问", 572, 130),
        _line("近日，某某局印发《意见》，现就有关问题答记者问。", 0, 530, 58, 400),
    ]
    text = paragraphs(lines)
    assert "\n某某局有关负责人就《关于进一步加强产业园区规划环境影响评价工作的意见》有关问题答记者问\n" in text


def test_a_line_broken_early_before_a_unit_that_did_not_fit_is_a_wrap() -> None:
    # UNIT_DID_NOT_FIT: a browser breaks before "破”；" (a character may not leave its closing marks)
    # and before "（市、" (an opening bracket goes with what follows), so the lines above stop 1.5-2
    # characters short; they were read as paragraph ends in mid-sentence. A heading marker on the
    # next line, or a sentence's end on the line above, still ends the paragraph.
    lines = [
        _line(f"第{n}行继续推进经济社会高质量发展各项工作取得新进展，", 0, 780 - 20 * n, 72, 523) for n in range(6)
    ]
    lines += [
        _line("实现世界文化遗产“零的突", 0, 660, 72, 499),
        _line("破”；数字经济快速发展，重点支持集中连片特困地区每个地", 0, 640, 72, 500),
        _line("（市、州、盟）建设一所职业院校，完善各项工作机制。", 0, 620, 72, 380),
        _line("（二）强化组织保障", 0, 600, 96, 200),
    ]
    text = paragraphs(lines)
    assert "“零的突破”；数字经济快速发展，重点支持集中连片特困地区每个地（市、州、盟）建设" in text
    assert text.endswith("完善各项工作机制。\n（二）强化组织保障")


def test_a_table_exploded_one_cell_a_line_does_not_move_the_right_margin() -> None:
    # HEADINGS_ARE_NO_MARGIN: cells set one a line (ending near 141 pt) outnumber the full lines;
    # the margin is where most lines right of the text's middle end (515 pt), so the wrapped
    # lines of the paragraph are joined, not read as paragraphs of their own.
    lines = [_line(f"单元格{n}", 0, 780 - 20 * n, 79, 141) for n in range(30)]
    lines += [_line(f"新增雨水泵站能力{n}", 0, 180 - 20 * n, 79, 600) for n in range(3)]  # wide rows
    lines += [
        _line(f"第{n}行浙江省城市内涝治理工作持续推进，城市排水防涝能力稳步", 1, 780 - 20 * n, 79, 515)
        for n in range(5)
    ]
    lines += [_line("提升。", 1, 680, 79, 120)]
    text = paragraphs(lines)
    assert "排水防涝能力稳步第1行" in text and "稳步提升。" in text


def test_a_page_address_opening_a_one_line_crawl_is_no_print_footer() -> None:
    # browser-print-footer: the address is ASCII to the line's end; a crawl on one line that opens
    # with its page address was removed whole.
    text = "http://www.example.gov.cn/zwgk/content_1.html某某市人民政府关于印发实施方案的通知各区人民政府：现将方案印发给你们。"
    assert "某某市人民政府关于印发实施方案的通知" in normalise(text).text


def test_a_bare_share_label_whose_icons_were_lost_is_furniture() -> None:
    # share-bar: "分享:" alone on its line (the page's share icons dropped by the crawl or the PDF)
    for line in ("分享:", "分享：", "  分享： "):
        text = normalise(f"一、总体要求\n{line}\n加快建设科技创新中心。").text
        assert text == "一、总体要求\n\n加快建设科技创新中心。"


def test_a_law_databases_related_article_links_between_articles_are_furniture() -> None:
    # database-export (round 12): "法宝联想：法学期刊 3 篇" set between a code's articles by the law
    # database it was exported from is no line of the code (it was read as a heading).
    text = normalise("第三条　本规范适用于测试活动。\n法宝联想：法学期刊 3 篇\n第四条　测试活动应遵守本规范。").text
    assert "法宝联想" not in text and "第四条" in text


def test_a_policy_contact_line_under_the_text_is_the_pages() -> None:
    # policy-contact (seg19), ll-energy-station-2025 (heldout16): read as a heading before
    text = "一、总体要求\n加快建设综合能源站。\n\n政策咨询：吕梁市发展和改革委员会 服务就业 8239747\n"
    assert "8239747" not in normalise(text).text
    kept = "一、总体要求\n设立政策咨询：窗口，电话8239747。"
    assert normalise(kept).text == kept


def test_a_portal_s_numbered_metadata_list_and_voice_search_prompts_are_the_page_s() -> None:
    # numbered-metadata-field, page-widget (www.beijing.gov.cn saved as Markdown, lineage21): the ten "01. [主题分类]"
    # entries were read as sections and nested the whole document under "05. [成文日期] 2024-08-29"
    page = (
        "回到顶部\n\n我在听，请说话(10s)\n\n抱歉，没听清，请再说一遍吧\n\n"
        "01. \\[主题分类\\] \\-\\-\\--商贸、海关、旅游/国内贸易\n02. \\[发文机构\\] \\-\\-\\--北京市商务局\n"
        "05. \\[成文日期\\] 2024-08-29\n06. \\[发文字号\\] 京商流通字〔2024〕12号\n\n"
        "5. \\[发文序号\\]\n京商流通字〔2025〕2号\n\n"
        "一、提高报废更新补贴标准\n"
    )
    lines = normalise(page).text.strip().splitlines()
    assert not any("主题分类" in line or "成文日期" in line or "发文序号" in line or "没听清" in line for line in lines)
    assert lines[-1] == "一、提高报废更新补贴标准"
