"""Round 24's web pages (fix24seg, session 23): a 答记者问 page whose questions stand in paragraphs of their own,
share and print buttons and a related-reading list read as sections, and the publication date of a page that a
reader lost. Each excerpt is quoted from round 24's texts (tests/realworld/texts); each test fails on the code before
the rule it names."""

from __future__ import annotations

from plankg.loaders.text.furniture import furniture_spans
from plankg.loaders.text.read import guess_meta
from tests.segmenting import tree

# nat-power-midlong-rules-qa-2025 (an ndrc.gov.cn 答记者问 crawled to markdown), shortened
QA_PAGE = "\n\n".join(
    [
        "国家能源局有关负责同志就《关于印发〈电力中长期市场基本规则〉的通知》答记者问",
        "发布时间：2025/12/26",
        "来源：国家能源局",
        "打开微信，点击底部的“发现”，",
        "使用“扫一扫”即可将网页分享至朋友圈。",
        "微博微信",
        "国家发展改革委、国家能源局近期发布《关于印发〈电力中长期市场基本规则〉的通知》（以下简称《规则》），"
        "国家能源局有关负责同志接受采访，回答记者提问。",
        "**问：《规则》修订印发的背景和目的是什么？**",
        "**答：** 新一轮电力体制改革实施以来，国家发展改革委、国家能源局先后于2016、2020年制定修订"
        "《电力中长期交易基本规则》，奠定了我国电力市场健康发展、规范运行的良好基础。",
        "**问：下一步如何推动各地有效落实《规则》？**",
        "**答：** 国家发展改革委、国家能源局将密切关注电力中长期市场运行情况，充分发挥国家能源局派出机构作用，"
        "督促市场运营机构规范组织交易。",
        "附件：",
        "相关政策与解读",
        "- [关于印发《电力中长期市场基本规则》的通知(发改能源规〔2025〕1656号)]"
        "(https://www.ndrc.gov.cn/xxgk/zcfb/ghxwj/202512/t20251226_1402666.html)",
        "排行榜",
        "- _01_",
        "## [2026年4月21日国内成品油价格下调](http://www.ndrc.gov.cn/xwdt/xwfb/202604/t20260421_1404789.html"
        ' "2026年4月21日国内成品油价格下调")',
        "2026-04-21",
        "- _02_",
        "## [2026年4月7日国家继续实施调控，成品油价格适当调整](http://www.ndrc.gov.cn/xwdt/xwfb/202604/"
        't20260407_1404528.html "2026年4月7日国家继续实施调控，成品油价格适当调整")',
        "2026-04-07",
    ]
)


def test_questions_in_paragraphs_of_their_own_head_their_answers() -> None:
    # QUESTION_OWN_PARAGRAPH, SHARE_TARGETS_LINE, RELATED_AFTER_IN_WORDS: before, the page's "微博微信" and
    # "相关政策与解读" were its two sections and the questions none
    assert [(level, number, title) for level, number, title in tree(QA_PAGE)] == [
        (1, "问：", "《规则》修订印发的背景和目的是什么？"),
        (1, "问：", "下一步如何推动各地有效落实《规则》？"),
    ]


def test_a_question_is_no_heading_without_an_answer_right_below() -> None:
    text = "问：《规则》修订印发的背景和目的是什么？\n\n这是一段说明。\n\n答：新一轮电力体制改革实施以来。\n"
    assert tree(text) == []


def test_share_targets_and_a_bracketed_print_button_are_furniture() -> None:
    # SHARE_TARGETS_LINE (ndrc.gov.cn), BRACKETED_PRINT ("\\[打印\\]仅打印内容", nat-carbon-peak-assessment-2026)
    for line in ("微博微信", "微信 微博 QQ空间", "\\[打印\\]仅打印内容", "[ 打印 ]"):
        text = f"第一条　为了发挥碳达峰碳中和的战略牵引作用，制定本办法。\n{line}\n第二条　本办法适用于各省。\n"
        start = text.index(line)
        assert (start, start + len(line)) in furniture_spans(text), line
    # one share name alone is no button row
    text = "第一条　为了发挥碳达峰碳中和的战略牵引作用。\n微信\n"
    assert (text.index("微信"), len(text) - 1) not in furniture_spans(text)


def test_related_reading_list_ends_the_article() -> None:
    # 相关阅读推荐 (nat-carbon-peak-assessment-2026, a mee.gov.cn page): it and all below are the page's
    body = "第二十五条　本办法自发布之日起施行。\n\n" * 20
    text = f"{body}相关阅读推荐\n\n您可能对以下文章感兴趣\n\n电脑版\n\n温馨提示\n"
    start = text.index("相关阅读推荐")
    assert (start, len(text)) in furniture_spans(text)


def test_a_page_is_dated_by_its_publication_time_line() -> None:
    # PUBLISHED_TIME_LABEL (nat-power-midlong-rules-qa-2025): "发布时间：2025/12/26", round 24's gold 2025
    meta = guess_meta(QA_PAGE, "qa", "0" * 64)
    assert (meta.kind, meta.start_year, meta.end_year) == ("interpretation", 2025, 2025)


def test_a_pages_head_date_is_kept_where_its_main_text_lost_it() -> None:
    # PAGE_DATE (gz-remote-medical-filing-2023): the date beside an icon, lost by the reader; the PubDate meta field
    from plankg.loaders.text.formats import _page_date

    body = [("p", "无需个人垫付！广州异地就医备案，上“穗好办”快速办理！"), ("p", "来源：广州市医疗保障局")]
    page = b'<html><head><meta name="PubDate" content="2023-12-14 10:39:22"/></head><body></body></html>'
    assert _page_date(page, body) == "2023-12-14"
    assert _page_date(b'<meta content="2021-08-05 11:23:24" name="PubDate">', body) == "2021-08-05"
    # none where the main text prints its own date line
    assert _page_date(page, [*body, ("p", "发布日期：2023-12-15")]) == ""


def test_a_page_dated_in_its_head_keeps_its_own_date() -> None:
    # PAGE_DATED_HEAD: a bulletin's date under its title (yc-stat-bulletin-2022), a notice's 文号 alone on its line
    # (gz-talent-hukou-2022); a lead citing dates does not count (gz-flexible-pension-intro-2021)
    from plankg.loaders.text.formats import _page_date

    page = b'<meta name="PubDate" content="2023-05-16 10:00:00"/>'
    title = ("p", "宜春市2022年国民经济和社会发展统计公报")
    assert _page_date(page, [title, ("p", "宜春市统计局 国家统计局宜春调查队"), ("p", "（2023年4月12日）")]) == ""
    assert _page_date(page, [title, ("p", "穗人社规字〔2022〕2号")]) == ""
    lead = (
        "根据《广东省灵活就业人员服务管理办法（试行）》，自2020年9月起，灵活就业人员可按规定参加企业职工基本养老保险。"
    )
    assert _page_date(page, [title, ("p", lead)]) == "2023-05-16"


# gz-remote-medical-filing-2023 (a 广州 portal's guide), its two bold titles and the points under the second
GUIDE = "\n\n".join(
    [
        "广州市现已开通省内及跨省异地就医住院、普通门诊、门诊特定病种以及省内跨市生育费用直接结算。",
        "**办理指引**",
        "步骤1：打开“穗好办”APP，在“首页—热门服务”选择“异地就医备案”专栏，进入后选择对应的备案类型。",
        "步骤2：根据提示填写表单信息，并上传备案申请材料。",
        "**温馨提示**",
        "（1）办理长期异地就医备案的职工参保人，有两种普通门诊待遇享受方式可供选择：一种是享受普通门诊联网结算"
        "待遇，另一种是按月领取普通门诊包干金（两种享受方式二选一），参保人须在《广东省异地就医备案登记表》勾选相应"
        "的待遇选项。",
        "（2）已办理异地就医备案且经审批通过后，参保人可持本人医保电子凭证或社保卡在备案地的异地就医联网结算医疗"
        "机构就医并直接结算医疗费用。直接结算遇到问题的，可直接与广州市医保中心联系处理。",
        "（3）备案人员在异地普通门诊无须选点就医。为了方便群众就医，提升联网结算效能，参保人员无需提前办理选点。",
        "（4）异地就医备案人员在备案地和广州市可双向享受医保结算待遇。",
    ]
)


def test_points_whose_first_is_no_heading_stay_points_under_unnumbered_titles() -> None:
    # FIRST_NUMBERED_UNDER_UNNUMBERED: before, （2）…（4） were read as level-1 headings beside the bold titles
    assert [(level, title) for level, _, title in tree(GUIDE)] == [(1, "办理指引"), (1, "温馨提示")]
