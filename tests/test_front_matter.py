"""The notice that issues a plan is metadata (title, issuer, 文号, date), never sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from plankg.loaders.structure.document import load_plan
from plankg.loaders.structure.front_matter import find_front_matter, issue_to_goal_years
from plankg.loaders.text.read import guess_meta
from plankg.schema import PlanMeta

NOTICE = """国务院关于印发“十三五”国家战略性新兴产业发展规划的通知

国发〔2016〕67号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

现将《“十三五”国家战略性新兴产业发展规划》印发给你们，请认真贯彻执行。

国务院

2016年11月29日

（此件公开发布）

“十三五”国家战略性新兴产业发展规划

"""
BODY = """战略性新兴产业代表新一轮科技革命和产业变革的方向，是培育发展新动能、获取未来竞争新优势的关键领域。

一、现状与形势

（一）发展现状

“十二五”期间，我国节能环保、新一代信息技术等战略性新兴产业快速发展。

二、指导思想和目标

（一）指导思想

全面贯彻党的十八大精神。
"""


def test_the_issuing_notice_gives_metadata_and_no_sections() -> None:
    # Issue #7: the notice's lines became level-1 sections.
    doc = load_plan(NOTICE + BODY, PlanMeta(id="t", title="测试"))
    assert [(s.level, s.number, s.title) for s in doc.sections] == [
        (1, "一、", "现状与形势"),
        (2, "（一）", "发展现状"),
        (1, "二、", "指导思想和目标"),
        (2, "（一）", "指导思想"),
    ]
    assert (doc.plan.issuer, doc.plan.doc_number, doc.plan.issued) == ("国务院", "国发〔2016〕67号", "2016-11-29")


def test_a_plan_without_a_manifest_entry_takes_its_title_from_the_notice() -> None:
    meta = guess_meta(NOTICE + BODY, "plan", "0" * 64)
    assert meta.title == "“十三五”国家战略性新兴产业发展规划"
    assert (meta.issuer, meta.doc_number, meta.issued) == ("国务院", "国发〔2016〕67号", "2016-11-29")


@pytest.mark.parametrize(
    ("notice", "expected"),
    [
        (
            "北京市经济和信息化局印发《关于推进北京市数据专区建设的指导意见》的通知\n京经信发〔2022〕87号\n"
            "各区政府,各相关单位：\n为促进政企数据融合应用，现印发给你们。\n北京市经济和信息化局\n2022年11月21日\n",
            ("关于推进北京市数据专区建设的指导意见", "北京市经济和信息化局", "京经信发〔2022〕87号", "2022-11-21"),
        ),
        (
            "国务院办公厅关于印发\n新能源汽车产业发展规划（2021—2035年）的通知\n（国办发〔2020〕39号）\n"
            "现将《新能源汽车产业发展规划（2021—2035年）》印发给你们，请认真贯彻执行。\n国务院办公厅\n二〇二〇年十月二十日\n",
            ("新能源汽车产业发展规划（2021—2035年）", "国务院办公厅", "国办发〔2020〕39号", "2020-10-20"),
        ),
    ],
)
def test_notice_variants(notice: str, expected: tuple[str, str, str, str]) -> None:
    front = find_front_matter(notice + "一、总体要求\n正文。\n")
    assert front is not None
    assert (front.title, front.issuer, front.doc_number, front.issued) == expected


def test_a_plan_without_a_notice_has_no_front_matter() -> None:
    assert find_front_matter(BODY) is None


def test_a_date_line_with_its_publication_note_ends_the_notice() -> None:
    notice = NOTICE.replace("2016年11月29日\n\n（此件公开发布）", "2016年11月29日（此件有删改）")
    doc = load_plan(notice + BODY, PlanMeta(id="t", title="测试"))
    assert doc.sections[0].title == "现状与形势"
    assert doc.plan.issued == "2016-11-29"


# A plan whose title names no years: from its year of issue to the last goal year of its opening.
OPINION = """国务院办公厅关于印发某某试点工作方案的通知
国办发〔2018〕128号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
《某某试点工作方案》已经国务院同意，现印发给你们，请认真贯彻执行。
国务院办公厅
2019年1月8日
某某试点工作方案
一、总体要求
（一）工作目标。到2020年，系统构建某某建设指标体系。截至2018年底，已有十个城市开展试点。
二、主要任务
到2035年，远景目标基本实现。
"""


def test_a_plan_without_years_in_its_title_runs_from_its_issue_to_its_last_goal_year() -> None:
    # 国家职业教育改革实施方案 (国发〔2019〕4号, "到2022年，…") was scored 2019–2022 and had no
    # years at all; so had every 意见 and 方案 whose title names none.
    meta = guess_meta(OPINION, "plan", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2019, 2035)


def test_a_deadline_sets_a_goal_year_too() -> None:
    text = OPINION.replace("到2035年，远景目标基本实现。", "2037年底前，全面清理违反法律法规的规定。")
    meta = guess_meta(text, "plan", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2019, 2037)


def test_a_plan_that_sets_no_goal_year_covers_its_year_of_issue() -> None:
    # "截至2018年底" states a baseline, not a goal; the 文号's year stands in for a missing date.
    text = OPINION.replace("2019年1月8日\n", "").replace("到2020年", "尽快").replace("到2035年", "届时")
    meta = guess_meta(text, "plan", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2018, 2018)


def test_title_years_still_win_over_goal_years() -> None:
    meta = guess_meta(OPINION.replace("某某试点工作方案", "某某试点工作方案（2019—2021年）"), "plan", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2019, 2021)


@pytest.mark.parametrize(
    ("head", "title", "issuer"),
    [
        # a newspaper's page: a photo caption, then the report headed by its kind alone
        (
            "政府工作报告。 贵州日报天眼新闻记者 李森 摄\n政府工作报告\n"
            "（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n省长 李炳军\n各位代表：\n",
            "2026年贵州省政府工作报告",
            "贵州省人民政府",
        ),
        # a portal's page: the breadcrumb's last item printed again as the channel's heading
        (
            "您的位置:\n首页\n>\n云南要闻\n云南要闻\n2026年政府工作报告\n来源：云南日报\n"
            "——2026年1月28日在云南省第十四届人民代表大会第四次会议上\n省长　王予波\n各位代表：\n",
            "2026年云南省政府工作报告",
            "云南省人民政府",
        ),
        # a title naming the people's government itself
        ("2026年四川省人民政府工作报告\n各位代表：\n", "2026年四川省人民政府工作报告", "四川省人民政府"),
        # NATIONAL_REPORT_DELIVERY (round 46's Wikisource text of the State Council's 2022 report): the national
        # congress names no place before its term; the report is the State Council's, dated by the line
        (
            "政府工作报告\n\n\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n\n"
            "国务院总理　\n李克强\n\n各位代表：\n",
            "2022年国务院政府工作报告",
            "国务院",
        ),
    ],
    ids=["newspaper-photo-caption", "portal-breadcrumb-channel", "titled-people-s-government", "national-congress"],
)
def test_a_government_work_report_takes_its_region_from_where_it_was_delivered(
    head: str, title: str, issuer: str
) -> None:
    body = "现在，我代表省人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n过去一年，经济运行稳中向好。\n"
    meta = guess_meta(head + body, "report", "0" * 64)
    assert (meta.title, meta.issuer, meta.kind) == (title, issuer, "report")


def test_a_report_whose_page_title_is_lost_is_titled_from_its_cover() -> None:
    """COVER_UNDER_PAGE (round 50): the 网易号 page of 广东's 2025 report opens with a page title lost in its lead-in
    and keyword tags ("全文来了！2025年广东省政府工作报告|大力|重点领域|重点任务|巴黎奥运会_网易订阅") and a hundred
    lines of navigation; the report's cover under them ("政府工作报告" / "——2025年1月15日在广东省第十四届" /
    "人民代表大会第三次会议上") titles, dates and places it."""
    path = Path(__file__).parent / "realworld" / "lineage50" / "plans" / "gd-gwr-2025.txt"
    meta = guess_meta(path.read_text(encoding="utf-8"), path.stem, "0" * 64)
    assert (meta.title, meta.region, meta.start_year, meta.kind) == ("2025年广东省政府工作报告", "广东", 2025, "report")
    assert meta.issuer == "广东省人民政府"


def test_a_portal_s_favourites_buttons_are_no_part_of_a_report_s_title() -> None:
    """FAVOURITES_BUTTONS (round 52): the 广东 portal's 两会 page of the 2023 report has its bookmark buttons alone on a
    line ("我的收藏 收藏") a line above the report's cover ("政府工作报告" / "——2023年1月12日在广东省第十四届" /
    "人民代表大会第一次会议上"); joined with "政府工作报告" they titled it "我的收藏收藏政府工作报告" (no year, no
    place, issuer 我的收藏收藏人民政府), so that it followed no report."""
    path = Path(__file__).parent / "realworld" / "lineage52" / "plans" / "gd-gwr-2023.txt"
    meta = guess_meta(path.read_text(encoding="utf-8"), path.stem, "0" * 64)
    assert (meta.title, meta.region, meta.start_year, meta.kind) == ("2023年广东省政府工作报告", "广东", 2023, "report")
    assert meta.issuer == "广东省人民政府"


@pytest.mark.parametrize(
    "buttons", ["【打印】\n我的收藏 收藏\n", ""], ids=["under-favourites-buttons", "bare-headline"]
)
def test_a_bare_report_headline_is_dated_by_its_broken_delivery_line(buttons: str) -> None:
    """BROKEN_DELIVERY_UNDER_BARE_TITLE (round 52): the 2023 广东 report's cover, "政府工作报告" /
    "——2023年1月12日在广东省第十四届" / "人民代表大会第一次会议上", breaks its delivery line after the congress's term;
    headed "政府工作报告" alone, the report stayed so, of no year and no place."""
    cover = "政府工作报告\n——2023年1月12日在广东省第十四届\n人民代表大会第一次会议上\n广东省省长 王伟中\n"
    body = "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、过去五年工作回顾\n五年来，稳中向好。\n"
    meta = guess_meta(buttons + cover + body, "report", "0" * 64)
    assert (meta.title, meta.start_year, meta.issuer) == ("2023年广东省政府工作报告", 2023, "广东省人民政府")


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        (
            "中华人民共和国国民经济和社会发展十年规划和第八个五年计划纲要\n"
            "（第七届全国人民代表大会第四次会议1991年4月9日批准）\n",
            "全国人民代表大会",
        ),
        (
            "云南省国民经济和社会发展第十个五年计划纲要\n(2 0 0 1年2月1 6日云南省第九届人民代表大会第四次会议通过)\n",
            "云南省人民代表大会",
        ),
        # a province's outline that does not say who adopted it keeps no issuer
        ("云南省国民经济和社会发展第十个五年计划纲要\n", ""),
    ],
    ids=["national", "provincial-adopted", "provincial-unsaid"],
)
def test_an_outline_of_national_economy_and_social_development_is_its_congress_s(head: str, issuer: str) -> None:
    # nat-fyp-8 … nat-fyp-12 and yn-fyp-10 had no issuer at all.
    body = "一、“十五”时期的发展目标\n今后五年，国民经济保持较快发展速度。\n"
    assert guess_meta(head + body, "plan", "0" * 64).issuer == issuer


def test_a_title_quoted_in_the_notice_gets_its_own_title_marks_back() -> None:
    # ah-rcep-2022: the notice quotes the plan as 《…〈区域全面经济伙伴关系协定〉…》; the plan's
    # title line, and the title a reader searches for, writes the inner title 《…》.
    notice = (
        "某某办公室关于印发安徽省关于加快对接〈区域全面经济伙伴关系协定〉（RCEP）经贸新规则实施意见的通知\n"
        "（皖开放办〔2022〕6号）\n省有关单位：\n"
        "《安徽省关于加快对接〈区域全面经济伙伴关系协定〉（RCEP）经贸新规则实施意见》已经同意，现印发给你们。\n"
        "某某办公室\n2022年3月23日\n"
    )
    meta = guess_meta(notice + BODY, "plan", "0" * 64)
    assert meta.title == "安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则实施意见"


@pytest.mark.parametrize(
    ("row", "title"),
    [
        (
            "2024年5月23日\t关于印发河津市2024年冬季清洁取暖工作实施方案的通知\t　",
            "河津市2024年冬季清洁取暖工作实施方案",
        ),
        (
            "2024-04-13     发改能源〔2023〕1721号\t国家发展改革委等部门关于加强新能源汽车与电网融合互动的实施意见\t",
            "国家发展改革委等部门关于加强新能源汽车与电网融合互动的实施意见",
        ),
    ],
    ids=["date-title", "date-number-title"],
)
def test_a_text_opening_with_an_index_row_takes_its_title_from_the_title_cell(row: str, title: str) -> None:
    # lalalala5678/policy-kg-pipeline (trial6): every file opens with its index row; the title was
    # "2024年5月23日\t关于印发…的通知" or the file name.
    text = row + "\n指导思想\n以习近平新时代中国特色社会主义思想为指导，积极稳妥做好各项工作。\n"
    assert guess_meta(text, "file-stem", "0" * 64).title == title


def test_a_notice_that_is_its_own_document_keeps_its_points_as_sections() -> None:
    # NOTICE_OWN_BODY (nat-cotton-grain-bonus-1981, round 6): a notice that issues no document; its
    # front matter ends before "一、", not at the signature and date after the body, which still
    # give the issuer and the date.
    text = (
        "国务院关于棉粮、糖粮挂钩奖售粮\n几 个 问 题 的 通 知\n国发〔1981〕88号\n"
        "各省、市、自治区人民政府，国务院有关部委、直属机构：\n"
        "为了促进棉、糖生产发展，决定在适宜发展棉花、糖料的地区实行棉粮、糖粮挂钩。现将几个具体问题通知如下：\n"
        "一、关于棉粮挂钩的奖售基数问题。有关省、市、自治区应按规定的基数，尽快逐级落实到生产队。\n"
        "二、关于奖售粮的供应价格问题。奖售粮的供应价格一律按统购价执行。\n"
        "国务院决定的棉粮、糖粮挂钩是一项政策性很强的工作。\n国务院\n一九八一年五月二十三日\n"
    )
    front = find_front_matter(text)
    assert front is not None and (front.issuer, front.issued) == ("国务院", "1981-05-23")
    doc = load_plan(text, PlanMeta(id="t", title="国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知"))
    assert [(s.level, s.number, s.title) for s in doc.sections] == [
        (1, "一、", "关于棉粮挂钩的奖售基数问题"),
        (1, "二、", "关于奖售粮的供应价格问题"),
    ]


def test_an_interview_without_its_headline_is_titled_from_its_lead() -> None:
    # INTERVIEW_TITLE (nat-medical-wastewater-interp-2021, round 6): the crawl starts at the lead;
    # the title is the interview's headline made of the lead's words, the document under its full
    # title, and the speaker's organ is the issuer.
    text = (
        "近日，生态环境部联合国家卫生健康委发布了《关于加快补齐医疗机构污水处理设施短板 提高污染治理能力的通知》"
        "（环办水体〔2021〕19号，以下简称《通知》）。生态环境部水生态环境司有关负责人就《通知》有关问题回答了记者的提问。"
        "问：《通知》发布的背景是什么？答：近年来，我国医疗机构污水处理设施不断完善。"
    )
    meta = guess_meta(text, "interview", "0" * 64)
    assert meta.title == (
        "生态环境部水生态环境司有关负责人就《关于加快补齐医疗机构污水处理设施短板 提高污染治理能力的通知》答记者问"
    )
    assert (meta.issuer, meta.kind) == ("生态环境部水生态环境司", "interpretation")


@pytest.mark.parametrize(
    ("head", "years"),
    [
        # TITLE_YEAR_SPAN (sd-service-digital-2021, round 6): a span closed by its bracket, no 年
        ("山东省服务业数字化转型行动方案（2021—2023）\n\n为促进我省服务业数字化转型，制定本方案。", (2021, 2023)),
        # TITLE_EDITION_YEAR (nat-petrochem-std-guide-2022, round 6): the edition year to the goal year
        ("石化行业智能制造标准体系建设指南（2022 版）\n\n到2025 年，建立较为完善的标准体系。", (2022, 2025)),
        # TITLE_QUALIFIER_LINE (nat-building-materials-std-guide-2021, round 7): the edition line of a
        # draft cover carries its status too; the edition joins the title, the status does not
        (
            "建材行业智能制造标准体系建设指南\n（2021 版）（征求意见稿）\n2021 年 10 月\n到 2025 年，建立标准体系。",
            (2021, 2025),
        ),
        # COVER_DATE_LINES (nat-smart-ship-std-guide-2021, round 7): a draft cover's month date under the
        # title and its status line is the year of issue
        ("智能船舶标准体系建设指南\n（二次征求意见稿）\n2021 年 2 月\n目 录\n到 2025 年，建成标准体系。", (2021, 2025)),
    ],
)
def test_years_from_a_bracketed_span_or_an_edition_year(head: str, years: tuple[int, int]) -> None:
    meta = guess_meta(head, "plan", "0" * 64)
    assert (meta.start_year, meta.end_year) == years
    assert "征求意见稿" not in meta.title


def test_a_policy_interpretation_without_its_headline_is_titled_by_the_document_it_interprets() -> None:
    # INTERPRETED_DOCUMENT (jn-digital-14-interp, round 6): "…印发了《…》（以下简称《规划》），现解读如下。"
    text = (
        "为深入贯彻国家、省“十四五”规划纲要关于加快数字化发展的部署要求，根据《济南市国民经济和社会发展第十四个五年"
        "规划和二〇三五年远景目标纲要》要求，市政府办公厅印发了《济南市“十四五”加快数字化高质量发展规划（2021-2025年）》"
        "（以下简称《规划》），现解读如下。\n\n一、《规划》编制过程\n\n根据市“十四五”规划编制工作要求，形成《规划》印发稿。\n"
    )
    meta = guess_meta(text, "interp", "0" * 64)
    assert (meta.title, meta.kind) == (
        "《济南市“十四五”加快数字化高质量发展规划（2021-2025年）》解读",
        "interpretation",
    )


def test_a_reply_is_titled_by_its_headline_and_its_years_run_from_its_issue() -> None:
    # HEADLINE_END 批复, REPLY_TITLE (nat-olympic-airport-committee-2006, round 6): the headline over
    # two lines ends with 批复; its "2008年" names the event, the reply runs from 2006.
    text = (
        "国务院关于同意组建2008年北京奥运会\n首都国际机场协调委员会的批复\n国函〔2006〕38号\n民航总局：\n"
        "你局《关于报送组建方案的请示》收悉。现批复如下：\n同意组建协调委员会。\n国务院\n二〇〇六年五月二十三日\n"
        "附件：\n组建方案\n一、主要职能\n到2008年，协调首都国际机场运行和服务保障方面的重大事项。\n"
    )
    meta = guess_meta(text, "reply", "0" * 64)
    assert meta.title == "国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的批复"
    assert (meta.start_year, meta.end_year) == (2006, 2008)


def test_a_notice_title_glued_to_its_number_leaves_the_number_alone() -> None:
    # DOC_NUMBER_TITLE_TAIL (nat-eco-enforcement-list-2020, round 6): "…的通知国办函〔2020〕18号".
    text = (
        "国务院办公厅关于生态环境保护综合行政执法有关事项的通知国办函〔2020〕18号\n\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n现就有关事项通知如下：\n"
    )
    front = find_front_matter(text)
    assert front is not None and front.doc_number == "国办函〔2020〕18号"


@pytest.mark.parametrize(
    "head",
    [
        # DECREE_ISSUER (gz-underground-space-2019, round 6): the order in the promulgation note
        "广州市地下空间开发利用管理办法\n\n（2011 年 12 月 15 日广州市人民政府令第 61 号公布，\n"
        "根据 2015 年 9 月 30 日修订）\n",
        # (gd-public-data-2021): the order's own line over its number
        "广州市公共数据管理办法\n广州市人民政府令\n\n（第290号）\n"
        "　　《广州市公共数据管理办法》已经常务会议审议通过，现予公布。\n",
    ],
)
def test_a_rule_promulgated_by_an_order_is_issued_by_the_organ_that_orders_it(head: str) -> None:
    assert (
        guess_meta(head + "第一章 总 则\n第一条 为了规范管理，制定本办法。\n", "rule", "0" * 64).issuer
        == "广州市人民政府"
    )


def test_a_notice_without_its_headline_is_titled_by_the_guide_it_issues_and_its_addressees_are_no_region() -> None:
    # SELF_NAMED_TITLE with a guide's edition, NATIONAL_TITLE, RECIPIENTS (round 7): the notice lost
    # its headline; "制定了《…（2015年版）》，现予发布" names the guide, the edition is its year, a title
    # opening with 国家 is national, and 新疆 in the addressee line is no region of the guide.
    text = (
        "\n各省、自治区、直辖市工业和信息化主管部门，新疆生产建设兵团质量技术监督局，有关行业协会：\n"
        "　　为加快推进智能制造发展，工业和信息化部、国家标准化管理委员会共同组织制定了"
        "《国家智能制造标准体系建设指南（2015年版）》，现予发布。\n"
    )
    meta = guess_meta(text, "nat-guide-2015", "0" * 64)
    assert (meta.title, meta.start_year, meta.region) == ("国家智能制造标准体系建设指南（2015年版）", 2015, "全国")
    notice = "各有关单位：\n　　现将《某市数据要素市场培育行动方案》印发给你们，请认真贯彻执行。\n"
    issued = guess_meta(notice, "x", "0" * 64)
    assert issued.title == "某市数据要素市场培育行动方案"


def test_an_untitled_edition_names_itself_by_its_rolling_revision_and_follows_the_edition_it_cites() -> None:
    # SELF_REVISED_TITLE, EARLIER_EDITION (round 7): the body of a guide without title or date;
    # it cites the 2015 edition of its own title, so its years start at its first goal year after 2015.
    text = (
        "一、总体要求\n（一）指导思想\n按照《国家智能制造标准体系建设指南（2015年版）》中提出的原则，完善标准体系。\n"
        "（二）建设目标\n到2018年，累计制修订150项以上智能制造标准。到2019年，累计制修订300项以上。\n"
        "四、组织实施\n实施动态更新。每两年滚动修订《国家智能制造标准体系建设指南》。\n"
    )
    meta = guess_meta(text, "nat-guide-2018", "0" * 64)
    assert (meta.title, meta.start_year, meta.end_year, meta.region) == (
        "国家智能制造标准体系建设指南",
        2018,
        2019,
        "全国",
    )
    # naming its own edition as it is drawn up ("组织制定了《…（2021\n版）》") is no earlier edition
    own = (
        "智能船舶标准体系建设指南\n\n组织制定了《智能船舶标准体系建设指南（2021\n版）》。\n到 2025 年，建成标准体系。\n"
    )
    assert guess_meta(own, "x", "0" * 64).start_year is None
    # a text that revises another's catalogue only now and then does not take its title
    assert guess_meta("一、总体要求\n适时修订《产业结构调整指导目录》。\n", "x", "0" * 64).title == "x"


@pytest.mark.parametrize(
    ("body", "years"),
    [
        # GOAL_YEAR: a deadline with its month
        ("试点地区要于2019年12月底前完成任务。将于2020年4月底前组织验收总结。", (2018, 2020)),
        # GOAL_SPAN: a span from the issue that opens the goals, where no goal year is written
        ("（三）工作目标\n利用2-3年时间，建成一批数据专区。", (2018, 2021)),
        ("经过三年努力，基本建成体系。", (2018, 2021)),
        # … not a span after a goal year (a vision), nor a task's deadline inside a sentence
        ("到2020年，基本建成体系。经过5—10年左右时间，全面完成转变。", (2018, 2020)),
        ("可渐进调整支付标准，在2—3年内调整到位。", (2018, 2018)),
        # CN_NUMERAL_YEAR: a goal year in Chinese numerals, as older texts write their dates
        ("组建工作一九一九年起逐步实施，要在二○二○年六月底前完成。", (2018, 2020)),
        # SCHEDULED_YEAR_END (nat-coal-resource-fee-2006, round 11): a sentence opening with a year's end;
        # not a baseline "截至…年底，"
        ("（二）时间进度。2018年10月，启动试点工作。2019年底，对试点工作进行评估、总结。", (2018, 2019)),
        ("截至2017年底，已建成10个。截至2019年底，全市已建成20个。", (2018, 2018)),
    ],
)
def test_the_years_run_from_the_issue_to_the_last_goal_year(body: str, years: tuple[int, int]) -> None:
    assert issue_to_goal_years(body, "2018-10-27", "") == years


def test_issuers_signing_jointly_under_the_issuing_sentence_are_all_the_issuers() -> None:
    # JOINT_SIGNATURE in the notice: five bodies one a line above the one date (round 11); only
    # the first was read as the issuer.
    head = (
        "关于印发《某市测试产业发展政策措施》的通知\n某经信规范〔2025〕1号\n各有关单位：\n"
        "现将《某市测试产业发展政策措施》印发给你们，请认真贯彻执行。\n"
        "某市经济和信息化委员会\n某市财政局\n某市商务委员会\n2025年12月30日\n"
        "某市测试产业发展政策措施\n一、总体要求\n"
    )
    front = find_front_matter(head)
    assert front is not None and front.issuer == "某市经济和信息化委员会、某市财政局、某市商务委员会"


def test_a_text_that_starts_at_its_notices_issuing_sentence_takes_its_title_issuer_and_date_from_it() -> None:
    # HEADLESS_NOTICE: a legal database's copy without the notice's title, 文号 and recipients
    # (round 11): the title was the file name and the year unknown.
    text = (
        "《测试资金管理办法（试行）》已经某局局务会议审议通过，现印发给你们，请认真贯彻执行。\n"
        "     某某管理局\n　　2022年3月30日\n测试资金管理办法（试行）\n　第一章　总则　\n"
        "　　第一条　为规范测试资金管理，制定本办法。\n"
    )
    meta = guess_meta(text, "stem", "0" * 64)
    expected = ("测试资金管理办法（试行）", "某某管理局", 2022, 2022)
    assert (meta.title, meta.issuer, meta.start_year, meta.end_year) == expected


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        ("现就做好2023年“测试助残”有关工作通知如下。", 2023),
        ("现将“测试装备”等重点专项2020年度项目申报指南予以公布。请根据指南要求组织项目申报工作。", 2020),
    ],
)
def test_a_notice_without_date_or_number_is_of_the_year_its_subject_names(opening: str, year: int) -> None:
    # NOTICE_SUBJECT_YEAR: a notice copied from its recipients on, no date or 文号 (round 11).
    text = f"各省、自治区、直辖市有关部门：\n为做好有关工作，{opening}\n一、总体要求\n各地要加强组织领导。\n"
    meta = guess_meta(text, "stem", "0" * 64)
    assert (meta.start_year, meta.end_year) == (year, year)


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        (
            "国务院关于印发测试工业改革方案的通知国发〔1990〕1号各省、自治区、直辖市人民政府:"
            "国务院同意某某部提出的《测试工业改革方案》,现印发给你们,请认真贯彻执行。测试工业改革方案一、总体要求",
            "某某部",
        ),
        (
            "国务院关于同意测试改革试点方案的批复国函〔2007〕9号某某部、某某委员会：你们《关于测试改革试点的方案》"
            "收悉。现批复如下：一、原则同意《关于测试改革试点的方案》，请认真组织实施。",
            "某某部、某某委员会",
        ),
    ],
)
def test_the_bodies_that_drew_up_an_issued_or_approved_document_are_its_issuers(head: str, issuer: str) -> None:
    # PROPOSED_DOCUMENT (round 11): the organ that issues or approves was taken for the plan's issuer.
    assert guess_meta(head, "stem", "0" * 64).issuer == issuer


def test_a_reply_carrying_the_plan_it_approves_as_its_annex_is_titled_by_the_plan() -> None:
    # APPROVED_ANNEX (round 11): the reply's own title ("…关于同意…的批复") was taken for the plan's.
    head = (
        "国务院关于同意测试改革试点方案的批复国函〔2007〕9号某某部、某某委员会：你们《关于测试改革试点的方案》"
        "收悉。现批复如下：一、原则同意《关于测试改革试点的方案》，请认真组织实施。国务院二○○七年一月九日"
        "附件：关于测试改革试点的方案某某部　某某委员会为推进测试改革，制定本方案。"
    )
    assert guess_meta(head, "stem", "0" * 64).title == "关于测试改革试点的方案"
    reply_only = head[: head.index("附件")]
    assert guess_meta(reply_only, "stem", "0" * 64).title == "国务院关于同意测试改革试点方案的批复"


def test_a_plan_without_a_date_runs_from_its_first_dated_stage_to_its_last() -> None:
    # STAGE_SCHEDULE (round 11): a programme copied without notice, date or years of its own.
    text = (
        "一、工作目的\n推进测试工作有序开展。\n二、实施步骤\n（一）启动期（2023年5—6月）\n开展动员部署。\n"
        "（二）试点期（2023年7月—2024年6月）\n组织试点。\n（三）评估期（2024年9—10月）\n开展评估。\n"
    )
    meta = guess_meta(text, "stem", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2023, 2024)


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("为加快测试产业集聚，现制定某市测试园运营补贴资金实施细则。", "某市测试园运营补贴资金实施细则"),
        ("为加快测试产业集聚发展，特制定本方案。", "stem"),
    ],
)
def test_a_preamble_naming_the_document_it_makes_without_brackets_titles_it(opening: str, title: str) -> None:
    # SELF_NAMED_TITLE without 《》 (round 11): a text copied without its title line.
    text = f"{opening}\n一、政策依据\n依据有关规定。\n二、支持对象\n园区运营企业。\n"
    assert guess_meta(text, "stem", "0" * 64).title == title


def test_a_notice_that_approves_and_forwards_is_read_at_its_verb() -> None:
    # NOTICE_TITLE found 转发 inside 批转发展改革委: the title came out as "展改革委…意见的紧急" (the 发 of
    # 发展改革委 taken as the verb's, 紧急通知 cut at 通知). 批转 is the verb; a 紧急通知 is a notice.
    text = (
        "国务院批转发展改革委关于加快淘汰落后造纸产能意见的紧急通知国发〔2030〕9号"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：发展改革委《关于加快淘汰落后造纸产能的意见》已经国务院同意，"
        "现转发给你们，请认真贯彻执行。一、充分认识淘汰落后产能的重要性近年来造纸行业发展较快，落后产能仍然较多。"
        "二、明确淘汰范围和目标各地要按照要求关停落后生产线。三、加强组织领导各地区要加强领导，落实责任。"
    )
    meta = guess_meta(text, "plan", "0" * 64)
    assert meta.title == "发展改革委关于加快淘汰落后造纸产能意见"
    # APPROVED_FORWARDING: the body that approves and forwards (批转) issues it; the run "国务院批转发展改革委"
    # was read as one organ's name, and the forwarded opinion's title named no region.
    assert (meta.issuer, meta.region) == ("国务院", "全国")


def test_a_forwarding_notice_run_on_into_its_number_keeps_the_forwarded_bodys_document() -> None:
    # FORWARDING read at NOTICE_TITLE's verb, also when the title runs on into its 文号 (a one-line crawl):
    # the forwarded document is the ministry's; the forwarder 国务院办公厅 gives the region.
    text = (
        "国务院办公厅转发水利部关于加强小型水库安全管理意见的通知国办发〔2031〕7号"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：水利部《关于加强小型水库安全管理的意见》已经国务院同意，"
        "现转发给你们，请认真贯彻执行。一、落实管理责任各地要明确每座水库的责任人。二、加强安全监测各地要完善监测设施。"
    )
    meta = guess_meta(text, "plan", "0" * 64)
    assert (meta.issuer, meta.region) == ("水利部", "全国")


def test_a_first_sentence_citing_a_numbered_document_is_no_title() -> None:
    # CITED_NUMBER: the 规划 of a cited number's issuer code ("（交规划发〔2030〕5号文印发）") ended the title
    # inside the bracket: "“…工程”是《…规划》（交规划" was the title, 交规划's "发〔2030〕5号" its 文号 and the
    # cited plan's 十二五 its period.
    text = (
        "“港口智能调度示范工程”是《水运信息化“十二五”发展规划》（交规划发〔2030〕5号文印发）确定的重点示范工程之一，"
        "是推进港口转型的重要内容。为指导各地开展示范工程建设，制定本指南。\n一、建设目标\n提升调度水平。\n"
    )
    meta = guess_meta(text, "stem", "0" * 64)
    assert "交规划" not in meta.title
    assert (meta.doc_number, meta.period) == ("", "")


def test_a_cover_dated_in_chinese_numerals_under_its_issuer_gives_the_year_of_issue() -> None:
    # COVER_DATE_LINES (nat-city-plan-guide-2020, dev): two status lines and the issuer's name stand
    # between the title and the cover's date "二〇二〇年八月"
    head = (
        "市级国土空间总体规划编制指南 \n（试行） \n征求意见稿 \n \n \n自然资源部 \n二〇二〇年八月 \n   \n 前  言 \n"
        "为贯彻落实《中共中央 国务院关于建立国土空间规划体系并监督实施的若干意见》，制定本指南。\n"
    )
    meta = guess_meta(head, "guide", "0" * 64)
    assert (meta.title, meta.issuer) == ("市级国土空间总体规划编制指南", "自然资源部")
    assert (meta.start_year, meta.end_year) == (2020, 2020)


def test_a_stated_time_limit_by_months_gives_the_years() -> None:
    # STATED_SPAN's bare 时限 with months and a U+2015 dash (nat-social-org-1997, dev)
    head = (
        "关于清理整顿社会团体的意见\n"
        "清理整顿工作采取社会团体自查、业务主管部门审查及登记管理机关审定相结合的方法。"
        "清理整顿时限是1997年4月―1998年2月，具体步骤安排如下：\n（一）第一阶段为社会团体自查阶段。\n"
    )
    meta = guess_meta(head, "opinion", "0" * 64)
    assert (meta.start_year, meta.end_year) == (1997, 1998)


def test_a_reply_approving_a_plan_of_fixed_years_takes_the_plans_years() -> None:
    # APPROVED_PLAN_SPAN (nat-beijing-pollution-reply-1999, round 5)
    head = (
        "国务院关于北京市环境污染防治目标和对策的批复 国函〔1999〕134号 北京市人民政府、国家环境保护总局：你们报送的"
        "《关于修改北京市环境污染防治目标和对策及有关问题的请示》 (京政文〔1999〕56号)收悉。现批复如下："
        "一、原则同意修改后的《北京市环境污染防治目标和对策(1998—2002年)》(以下简称《目标和对策》)。二、同意北京市制定的环境污染防治目标。"
        "1999年，环境质量要有所改善。 国务院 一九九九年十月三十一日"
    )
    meta = guess_meta(head, "reply", "0" * 64)
    assert (meta.start_year, meta.end_year) == (1998, 2002)


def test_a_period_inside_a_cited_title_is_not_the_texts() -> None:
    # CITED_TITLE (nat-wetland-guide-interp-2021, round 6): the “十四五”规划 of a document the 解读 cites
    head = (
        "日前，生态环境部发布《人工湿地水质净化技术指南》（以下简称《指南》），用于指导各地开展人工湿地水质净化相关工作。"
        "问：《指南》制定的背景和意义是什么？答：为进一步加强河湖生态保护修复，我部《重点流域水生态环境保护“十四五”规划"
        "编制技术大纲》以及我部会同财政部印发的《中央生态环境资金项目储备库入库指南（2020年）》，均将人工湿地作为改善"
        "河湖生态环境的重要措施。"
    )
    meta = guess_meta(head, "interp", "0" * 64)
    assert (meta.period, meta.start_year) == ("", None)


def test_the_departments_concerned_are_no_part_of_the_speakers_issuers() -> None:
    # SPEAKERS_UNNAMED_UNITS (nat-agri-nonpoint-interp-2021, round 3): "有关司局" names no unit
    head = (
        "生态环境部、农业农村部有关司局负责同志就《农业面源污染治理与监督指导实施方案（试行）》答记者问"
        "日前，生态环境部与农业农村部联合印发《农业面源污染治理与监督指导实施方案（试行）》（以下简称《实施方案》）。"
    )
    meta = guess_meta(head, "interp", "0" * 64)
    assert (meta.issuer, meta.kind) == ("生态环境部、农业农村部", "interpretation")


def test_a_purpose_clause_naming_the_plan_inside_its_issuing_notice_gives_that_plans_years() -> None:
    # NESTED_IMPLEMENTED_PLAN (nat-smart-city-opinion-2014, round 7)
    head = (
        "关于促进智慧城市健康发展的指导意见\n\n　　智慧城市是运用物联网、云计算等新一代信息技术的新理念和新模式。"
        "为贯彻落实《中共中央　国务院关于印发＜国家新型城镇化规划（2014-2020年）＞的通知》（中发[2014]4号）和《国务院"
        "关于促进信息消费扩大内需的若干意见》（国发[2013]32号）有关要求，促进智慧城市健康发展，经国务院同意，现提出以下意见。\n"
    )
    meta = guess_meta(head, "opinion", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2014, 2020)


def test_an_interview_without_its_headline_is_of_the_year_its_lead_says_the_document_was_issued() -> None:
    # INTERPRETED_ISSUED (mee-canal-interp-2020, round 9)
    head = (
        "为深入贯彻习近平总书记关于大运河保护传承利用的重要指示批示精神，生态环境部、自然资源部、发展改革委、林草局组织"
        "编制了《大运河生态环境保护修复专项规划》（以下简称《规划》），并于2020年8月3日联合印发。生态环境部有关负责人就"
        "《规划》的出台背景、总体思路和主要内容等回答了记者的提问。问：请问《规划》出台的背景是什么？答：到2035年，…"
    )
    meta = guess_meta(head, "interp", "0" * 64)
    assert (meta.kind, meta.start_year, meta.end_year) == ("interpretation", 2020, 2020)


def test_a_notice_issuing_a_plan_with_its_policies_is_titled_by_the_plan() -> None:
    # ISSUED_PLAN_OF_SEVERAL (ah-iiot-2021, round 1)
    head = (
        "安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021-2023年）的通知\n\n"
        "（皖政办秘〔2021〕82号）\n\n各市人民政府，省政府各部门，各直属机构：\n\n"
        "　　《支持工业互联网发展若干政策》《安徽省工业互联网创新发展行动计划（2021-2023年）》已经省政府同意，"
        "现印发给你们，请认真抓好落实。\n安徽省人民政府办公厅\n\n　　2021年9月2日\n支持工业互联网发展若干政策\n\n"
        "　　为充分运用市场的逻辑、资本的力量，加快我省工业互联网发展，制定和实施如下政策。\n"
    )
    meta = guess_meta(head, "plan", "0" * 64)
    assert meta.title == "安徽省工业互联网创新发展行动计划（2021-2023年）"
    assert (meta.start_year, meta.end_year) == (2021, 2023)


@pytest.mark.parametrize(
    "head",
    [
        # PROMULGATED_DOCUMENT, STATE_COUNCIL_DECREE (nat-plan-eia-regs-2009, round 14): the order on its own lines
        "中华人民共和国国务院令\n\n\u00a0第\u3000559\u3000号\u00a0\u3000\u3000《规划环境影响评价条例》已经2009年8月12日"
        "国务院第76次常务会议通过，现予公布，自2009年10月1日起施行。\n\n\u3000\u3000总\u3000理\u3000\u3000温家宝\n\n"
        "\u3000\u3000二○○九年八月十七日\n规划环境影响评价条例第一章\u3000总\u3000\u3000则\u00a0\u3000\u3000第一条\u3000为了"
        "加强对规划的环境影响评价工作，制定本条例。\n",
        # (nat-marine-project-regs-2006): the order's number glued to its name and sentence on one line
        "中华人民共和国国务院令第\u3000475\u3000号\u3000\u3000《规划环境影响评价条例》已经2006年8月30日国务院第148次"
        "常务会议通过，现予公布，自2006年11月1日起施行。\n\u3000\u3000总\u3000理 \u3000温家宝\n"
        "\u3000\u3000二○○六年九月十九日\u00a0规划环境影响\n评 价 条 例第一章\u3000总\u3000\u3000则"
        "\u3000\u3000第一条\u3000为了加强对规划的环境影响评价工作，制定本条例。\n",
    ],
)
def test_a_regulation_under_the_state_councils_order_is_titled_by_the_order_and_issued_by_the_state_council(
    head: str,
) -> None:
    # Before: no title (the file stem) and no issuer; 国务院 ends in 院, which DECREE_ISSUER's organs lacked.
    meta = guess_meta(head, "regs", "0" * 64)
    assert (meta.title, meta.issuer) == ("规划环境影响评价条例", "国务院")


def test_a_forwarded_opinion_is_titled_and_issued_as_the_forwarding_sentence_names_it() -> None:
    # FORWARDED_DOCUMENT (nat-railway-environment-2021, round 14): the notice's title names "交通运输部等单位" and drops
    # the 的; its issuer 国务院办公厅 was taken for the opinion's.
    head = (
        "国务院办公厅转发交通运输部等单位关于加强铁路沿线安全环境治理工作意见的通知国办函〔2021〕49号\r\n\r\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：交通运输部、中央政法委、公安部、自然资源部、生态环境部、"
        "住房城乡建设部、水利部、农业农村部、应急部、国家能源局、国家铁路局、中国国家铁路集团有限公司《关于加强铁路沿线安全"
        "环境治理工作的意见》已经国务院同意，现转发给你们，请认真贯彻落实。国务院办公厅2021年5月19日（此件公开发布）\r\n"
    )
    meta = guess_meta(head, "opinion", "0" * 64)
    assert meta.title == "关于加强铁路沿线安全环境治理工作的意见"
    assert meta.issuer.split("、")[0] == "交通运输部" and meta.issuer.endswith("国家铁路局、中国国家铁路集团有限公司")


def test_a_saved_pages_title_loses_the_sites_column_and_name_and_its_bracketed_labels_are_read() -> None:
    # PAGE_TITLE_TRAIL, BRACKETED_FIELD_LABEL, BROKEN_TABLE_NUMBER (bj-newenergy-heating-call-2026, round 14)
    title = "北京市发展和改革委员会关于公开征集市政府固定资产投资支持新能源供热项目的通知"
    head = (
        f"{title}-本委其他文件-北京市发展和改革委员会\n访问我的专属空间\n智能问答\n"
        + "首页\n政务公开\n" * 20
        + "[发文机构]\n北京市发展和改革委员会\n[成文日期]\n2026-03-06\n[发文字号]\n京发改\n〔2026〕\n341号\n"
        f"[有效性]\n现行有效\n{title}\n分享:\n各有关单位：\n按照文件要求，现组织开展征集工作，并就有关事项通知如下:\n"
    )
    meta = guess_meta(head, "call", "0" * 64)
    assert meta.title == title
    assert (meta.doc_number, meta.issued, meta.start_year) == ("京发改〔2026〕341号", "2026-03-06", 2026)


def test_an_ocr_headline_with_a_trailing_dot_names_the_sixth_five_year_plan_of_the_congress() -> None:
    # HEADLINE_OCR_DOT, SIXTH_PLAN_TITLE (nat-fyp-6, round 14): the dot kept the lines from reading as a title.
    head = "\ufeff中华人民共和国\r\n国民经济和社会发展第六个五年计划·\r\n1981一1985\r\n目\t录\r\n序  （312）\r\n"
    meta = guess_meta(head, "fyp", "0" * 64)
    assert meta.title == "中华人民共和国国民经济和社会发展第六个五年计划"
    assert (meta.issuer, meta.period, meta.start_year, meta.end_year) == ("全国人民代表大会", "六五", 1981, 1985)


def test_a_notice_laying_down_its_own_provisions_is_titled_as_headed() -> None:
    # NOTICE_OWN_PROVISIONS (gz-outpatient-special-disease-2019, round 14): no issuing sentence, "通知如下：" and
    # twelve provisions; the title was cut to the document the heading names.
    title = (
        "广州市医疗保障局 广州市财政局 广州市卫生健康委员会"
        "关于印发广州市社会医疗保险统筹基金支付门诊特定病种费用范围及标准的通知"
    )
    head = (
        f"穗医保规字〔2019〕4号\n{title}\n各有关单位，社会保险定点医疗机构：\n为进一步完善社会医疗保险政策，经市人民政府同意，"
        "现就社会医疗保险统筹基金支付门诊特定病种费用范围及标准的有关事项通知如下：\n"
        "一、纳入社会医疗保险统筹基金支付费用范围的门诊特定病种分为一类门诊特定病种、二类门诊特定病种。\n"
    )
    assert guess_meta(head, "notice", "0" * 64).title == title


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        # SIGNING_DEPARTMENT (nat-nsfc-quebec-smartcity-2019, round 14): the commission's department under its name
        ("国家自然科学基金委员会\n国际合作局", "国家自然科学基金委员会"),
        # two organs signing jointly stay two (nat-bigdata-center-2020's signers, round 10)
        ("国家发展改革委\n国家能源局", "国家发展改革委、国家能源局"),
    ],
)
def test_a_department_signing_under_its_organ_is_no_second_issuer(signature: str, issuer: str) -> None:
    text = (
        "国家自然科学基金委员会根据双边合作协议，2019年双方拟联合征集合作研究项目。\n"
        "　　一、项目说明\n　　（一）资助领域：城市管理和治理。\n"
        "　　附件：1. 英文学术简历模板\n"
        f"{signature}\n2019年9月10日"
    )
    assert guess_meta(text, "guide", "0" * 64).issuer == issuer


def test_a_decree_cited_after_a_tab_is_the_cited_rules_order_not_the_texts() -> None:
    # CITED_DECREE_AFTER_GAP (sy-historic-building-repair-interp-2026, round 49): a graphic 解读's PDF text sets a tab
    # between the cited 《title》 and its decree; the 解读 was read as issued by 国务院.
    head = (
        "《沈阳市历史建筑修缮管理办法》\n沈房发〔2026〕1 号\n出台背景\n根据《历史文化名城名镇名村保护条例》，"
        "为了完善我市历史建筑修缮工作制度体系，结合本市实际制定了《沈阳市历史建筑修缮管理办法》。\n制定依据\n"
        "《历史文化名城名镇名村保护条例》\t（国务院令第524 号）、\t《沈阳历史文化名城保护条例》"
        "（沈阳市人民代表大会常务委员会公告第 15 号）、\t"
        "《沈阳市历史文化街区和历史建筑保护管理办法》\t（沈阳市人民政府令第83 号）等相关法律法规。\n"
    )
    assert guess_meta(head, "interp", "0" * 64).issuer == ""
