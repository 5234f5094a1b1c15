"""A term-end government work report and a district plan filed under its city in brackets (lead, session 36)."""

from __future__ import annotations

from plankg.lineage.succession import PlanInfo, issuer
from plankg.loaders.text.read import guess_meta

# nat-gwr-2018 (lineage48, Wikisource): the report that closes a term, no headline; its review names the periods it
# closed, and its work part is the year's.
TERM_END_REPORT_TEXT = (
    "各位代表：\n\n现在，我代表国务院，向大会报告过去五年政府工作，对今年工作提出建议，请予审议，"
    "并请全国政协委员提出意见。\n\n一、过去五年工作回顾\n\n第十二届全国人民代表大会第一次会议以来的五年，"
    "是我国发展进程中极不平凡的五年。“十二五”规划胜利完成，“十三五”规划顺利实施，经济社会发展取得历史性成就。\n\n"
    "二、2018年经济社会发展总体要求和政策取向\n\n今年是全面贯彻党的十九大精神的开局之年。\n\n"
    "三、对2018年政府工作的建议\n\n（一）深入推进供给侧结构性改革。坚持把发展经济着力点放在实体经济上。\n"
)


def test_a_term_end_report_is_of_the_year_its_work_part_names() -> None:
    """TERM_END_REPORT and REVIEWED_PERIOD: read as a 十二五 plan (2011-2015) before."""
    meta = guess_meta(TERM_END_REPORT_TEXT, "nat-gwr-2018", "0" * 64)
    assert (meta.start_year, meta.end_year, meta.period) == (2018, 2018, "")
    assert meta.title == "2018年国务院政府工作报告"


def test_the_review_part_does_not_date_a_report() -> None:
    """WORK_REPORT_PLAN_PART_YEAR never reads the review "一、2018年工作回顾" (nat-gwr-2019) as the report's year."""
    text = (
        "各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n\n一、2018年工作回顾\n\n过去一年是全面贯彻"
        "党的十九大精神开局之年。\n\n二、2019年经济社会发展总体要求和政策取向\n\n三、2019年政府工作任务\n"
    )
    meta = guess_meta(text, "nat-gwr-2019", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2019, 2019)


def test_a_district_filed_under_its_city_in_brackets_is_the_districts() -> None:
    """BRACKETED_REGION (cm-fyp14-outline-2021, round 48): 上海/崇明区, not 上海."""
    plan = PlanInfo(
        id="cm",
        title="（上海市）崇明区国民经济和社会发展十四五规划（2022年更新）",
        region="上海",
        period="十四五",
        start_year=2021,
        end_year=2025,
        kind="plan",
        follows=(),
        doc_number="",
        issuer="",
    )
    assert issuer(plan) == "上海/崇明区"
