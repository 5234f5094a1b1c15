"""Rules written after round 32's first score (fix32task, session 28): each with a short real excerpt from
tests/realworld (heldout32, development data since its score) that fails without its rule."""

from __future__ import annotations

from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.loaders.structure.document import load_plan
from plankg.loaders.text.read import guess_meta
from plankg.pipeline import analyse
from plankg.schema import Indicator, PlanMeta

# qz-gov-report-2024-p3 (page 3 of a county's 2024 政府工作报告): the year's targets open the page, before the
# heading of the year's work part; the page breaks off inside leaf 三是.
REPORT_PAGE = (
    "今年经济社会发展主要预期目标是:全县地区生产总值增长8%左右,一般公共预算收入增长8%左右,固定资产投资增长10%左右,"
    "社会消费品零售总额增长8%左右,城镇和农村常住居民人均可支配收入分别增长8%左右和8.5%左右,城镇调查失业率控制在"
    "5.5%以内,居民消费价格指数涨幅控制在3%以内,单位地区生产总值能耗完成省下达目标,生态环境质量继续保持全国一流水平。\n"
    "三、2024年主要工作安排\n"
    "围绕上述目标,重点抓好以下九个方面工作:\n"
    "(一)坚持农业农村优先发展,激活乡村振兴高质量发展的强劲引擎。一是切实保障粮食安全。持续加强耕地保护,完成耕地修复"
    "2000亩。二是夯实乡村振兴基础。持续开展防止返贫动态监测,精准帮扶544户监测对象。三是全力发展农业产业。巩固橡胶、"
    "槟榔等传统产业。"
)


def _indicators(text: str, stem: str = "plan") -> list[Indicator]:
    meta = guess_meta(text, stem, "0" * 64)
    return analyse(text, meta, load_field_vocabulary()).indicators


def test_a_reports_main_work_arrangements_name_a_block() -> None:
    # WORK_ARRANGEMENTS: "三、2024年主要工作安排" was no block name (工作安排 was, 主要工作安排 not), and the page's
    # 一是 leaves were no tasks.
    found = [(t.kind, t.title) for t in load_plan(REPORT_PAGE, PlanMeta(id="t", title="测试")).tasks]
    assert found == [
        ("主要工作安排", "切实保障粮食安全"),
        ("主要工作安排", "夯实乡村振兴基础"),
        ("主要工作安排", "全力发展农业产业"),
    ]


def test_this_years_targets_take_the_year_of_the_next_work_heading() -> None:
    # THIS_YEAR_WORK_HEADING: "今年…主要预期目标是:" stood in no section and the page never says 今年是…之年, so the
    # eight targets had no year and went unread.
    got = {(i.name, i.year) for i in _indicators(REPORT_PAGE, "qz-gov-report-2024-p3")}
    assert ("全县地区生产总值增长", 2024) in got
    assert ("农村常住居民人均可支配收入增长", 2024) in got
    assert ("居民消费价格指数涨幅", 2024) in got
    assert len(got) == 8  # the leaves' quantities (耕地修复2000亩, 544户) are task quantities, not targets


def test_a_work_heading_after_a_lead_inside_a_section_does_not_date_it() -> None:
    # THIS_YEAR_WORK_HEADING reads only a lead outside every section: a lead inside a titled part keeps its part's.
    text = "一、2023年工作回顾\n今年主要预期目标是:地区生产总值增长6%。\n二、2024年主要工作安排\n(一)抓好农业。\n"
    assert all(i.year != 2024 for i in _indicators(text))
