"""Yearly and school-term work plans of one issuer (round 26, tests/realworld/lineage26): read as plans with their
years (WORK_APPROACH_TITLE, SCHOOL_TERM_TITLE) and placed after each other without a manifest (TERM_WORK_PLANS)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plankg.lineage import succession
from plankg.lineage.succession import PlanInfo, infer_successions, term_start
from plankg.loaders.text.read import guess_meta, school_term_years
from plankg.pipeline import read_text

LINEAGE26 = Path(__file__).parent / "realworld" / "lineage26" / "plans"


def test_a_work_approach_titled_page_is_a_plan_not_a_news_item() -> None:
    # WORK_APPROACH_TITLE: the school page's text opens "绍兴一中党委2010年工作思路" twice (the post title, then the
    # plan's); 工作思路 was no document kind, the line was read as a news headline and the plan as an interpretation
    page = (
        "绍兴一中党委2010年工作思路\n\n绍兴一中党委2010年工作思路\n\n一、指导思想\n\n"
        "坚持以科学发展观为统领，按照上级党组织的工作要求，认真落实全市教育系统年度工作会议精神。\n\n二、工作重点\n"
    )
    meta = guess_meta(page, "sxyz-party-2010", "0" * 64)
    assert (meta.title, meta.kind, meta.start_year, meta.end_year) == ("绍兴一中党委2010年工作思路", "plan", 2010, 2010)


@pytest.mark.parametrize(
    ("title", "years"),
    [
        ("绍兴一中2009学年第二学期工作思路", (2010, 2010)),  # the spring term of 2010 (dated 2010年2月)
        ("绍兴一中2010学年工作思路（征求意见稿）", (2010, 2011)),
        ("绍兴一中2010学年第二学期工作思路（征求意见稿）", (2011, 2011)),
        ("关于公布2019学年工作要点的通知", (2019, 2020)),  # lineage19: "2019学年 (school year 2019-2020)"
        ("某中学2010-2011学年第一学期工作计划", (2010, 2011)),
        ("关于公布2021年度工作要点的通知", None),  # a calendar year: TITLE_YEAR's
    ],
)
def test_school_term_titles_give_the_calendar_years_of_the_term(title: str, years: tuple[int, int] | None) -> None:
    # SCHOOL_TERM_TITLE: no year was read from a 学年/学期 title (TITLE_YEAR wants 年 right after the digits)
    assert school_term_years(title) == years


def _round26_plans() -> tuple[list[PlanInfo], dict[str, str]]:
    plans, texts = [], {}
    for path in sorted(LINEAGE26.glob("*.html")):
        text, sha = read_text(path)
        meta = guess_meta(text, path.stem, sha)
        plans.append(PlanInfo.from_row(meta.model_dump()))
        texts[meta.id] = text
    return plans, texts


def test_yearly_and_term_work_plans_of_one_issuer_follow_each_other() -> None:
    """TERM_WORK_PLANS: a school's term plan (2009学年第二学期), its plan for the next school year (2010学年) and the
    second term of that year (2010学年第二学期) are one line; its party committee's yearly plans (2010年 → 2011年) are
    another. Before: no succession (the five plans read as interpretations, three without years); after: the
    manifest's four, none between the two lines."""
    plans, texts = _round26_plans()
    assert {p.kind for p in plans} == {"plan"}

    def inferred() -> set[tuple[str, str]]:
        found = infer_successions(plans, lambda ids: {i: texts[i] for i in ids})
        return {(s.later.removeprefix("sxyz-"), s.earlier.removeprefix("sxyz-")) for s in found}

    assert inferred() == {
        ("party-2011", "party-2010"),
        ("work-2010", "work-2009s2"),
        ("work-2010s2", "work-2010"),
        ("work-2010s2", "work-2009s2"),  # the same term a year before: its very title (EDITION_NOT_SKIPPED)
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(succession, "TERM_WORK_PLANS", False)
        assert inferred() == {("party-2011", "party-2010"), ("work-2010s2", "work-2009s2")}


@pytest.mark.parametrize(
    ("title", "line", "month"),
    [
        ("绍兴一中党委2010年工作思路", "绍兴一中党委", 2010 * 12),
        ("绍兴一中2009学年第二学期工作思路", "绍兴一中", 2010 * 12 + 1),
        ("绍兴一中2010学年工作思路（征求意见稿）", "绍兴一中", 2010 * 12 + 8),
        ("关于公布2021年度工作要点的通知", "", 2021 * 12),
        ("2024年浦东新区生态环境保护工作要点", "浦东新区生态环境保护", 2024 * 12),
        # WORK_PLAN_NOTICE: titled by the notice that issues it
        ("关于公布2019学年工作要点的通知", "", 2019 * 12 + 8),
        ("某局关于印发《某局2023年工作要点》的通知", "某局", 2023 * 12),
        ("某局关于印发2024年工作要点的通知", "某局", 2024 * 12),
        # PARTY_PREFIX: one committee with or without 中共; the place before or after the year: one line
        ("中共绍兴一中党委2009年下半年工作思路", "绍兴一中党委", 2009 * 12 + 6),
        ("浦东新区2025年生态环境保护工作要点", "浦东新区生态环境保护", 2025 * 12),
        # OFFICE_LINE (round 28): the safety office's term plan carries on the school's safety plan of the year
        ("绍兴一中2009学年第二学期安全处工作思路", "绍兴一中安全", 2010 * 12 + 1),
        ("绍兴一中2010年安全工作计划", "绍兴一中安全", 2010 * 12),
        # SUMMARY_THEN_PLAN (round 44): the report on 2022 and the plan for 2023 is the 2023 plan; YEAR_ONLY: a year
        # without 年 before 工作
        ("平潭综合实验区财政金融局2022年工作总结及2023年工作思路", "平潭综合实验区财政金融局", 2023 * 12),
        ("平潭综合实验区海坛片区管理局2022年工作总结及2023年工作思路", "平潭综合实验区海坛片区管理局", 2023 * 12),
        ("海坛片区管理局2022工作计划", "海坛片区管理局", 2022 * 12),
    ],
)
def test_a_periodic_work_plan_title_gives_its_line_and_start(title: str, line: str, month: int) -> None:
    assert term_start(title) == (line, month)


@pytest.mark.parametrize(
    "title",
    [
        "2020年城市体检工作方案",  # a programme of one task, not the year's work plan
        "上海市科技创新“十四五”规划",
        "关于做好2023年六五环境日宣传工作的通知",
        "绍兴一中2010学年工作总结",
        "2018年秋季运动会工作安排",  # an event's arrangements (the school's site posts one a year)
    ],
)
def test_other_titles_are_no_periodic_work_plans(title: str) -> None:
    assert term_start(title) is None


def test_work_plans_of_two_issuers_or_subjects_are_two_lines() -> None:
    """The words before the year (who) and between the year and the kind (what) make the line: a school's party
    committee is not the school; a bureau's 党建 work points are not its work points; two places are two lines."""

    def plan(plan_id: str, title: str, year: int, region: str = "") -> PlanInfo:
        return PlanInfo(plan_id, title, region, "", year, year, "plan")

    plans = [
        plan("party", "某中学党委2010年工作思路", 2010),
        plan("school", "某中学2011年工作思路", 2011),
        plan("points", "某局2023年工作要点", 2023),
        plan("party-points", "某局2024年党建工作要点", 2024),
        plan("sh", "2023年生态环境保护工作要点", 2023, "上海"),
        plan("bj", "2024年生态环境保护工作要点", 2024, "北京"),
    ]
    assert succession.term_work_plans(plans, {p.id: succession.issuer(p) for p in plans}) == []


def test_a_summary_then_plan_text_follows_the_plan_of_the_year_it_reviews() -> None:
    """SUMMARY_THEN_PLAN, YEAR_ONLY and SHORT_NAMED_BODY (round 44, tests/realworld/lineage44: three 平潭 bodies'
    plans for 2022 → their next texts, metadata as guess_meta reads the crawler's header). Before: only the 苏平
    pair (two …年度工作计划) was inferred; the two "2022年工作总结及2023年工作思路" were no work plans (the reviewed
    year before the planned one), and "海坛片区管理局2022工作计划" neither (no 年) nor of its body's line (named
    short; the page's 发布机构 and the later title name it in full)."""

    def plan(plan_id: str, title: str, issuer: str) -> PlanInfo:
        # guess_meta reads 2022 for the summary-then-plan texts (their title's first year)
        return PlanInfo(plan_id, title, "", "", 2022 if "2022" in title else 2023, None, "plan", issuer=issuer)

    plans = [
        plan("suping-2022", "平潭综合实验区苏平片区管理局2022年度工作计划", "平潭综合实验区苏平片区管理局"),
        plan("suping-2023", "平潭综合实验区苏平片区管理局2023年度工作计划", "平潭综合实验区苏平片区管理局"),
        plan("finance-2022", "平潭综合实验区财政金融局2022年工作计划", "平潭综合实验区财政金融局"),
        plan("finance-2023", "平潭综合实验区财政金融局2022年工作总结及2023年工作思路", ""),
        plan("haitan-2022", "海坛片区管理局2022工作计划", "平潭综合实验区海坛片区管理局"),
        plan("haitan-2023", "平潭综合实验区海坛片区管理局2022年工作总结及2023年工作思路", ""),
    ]
    found = {(s.later, s.earlier) for s in infer_successions(plans)}
    assert found == {
        ("suping-2023", "suping-2022"),
        ("finance-2023", "finance-2022"),
        ("haitan-2023", "haitan-2022"),
    }
    assert term_start("海坛片区管理局2022工作计划", "平潭综合实验区海坛片区管理局") == (
        "平潭综合实验区海坛片区管理局",
        2022 * 12,
    )
    # a report alone is still no plan; a body named in full by its title keeps its own name
    assert term_start("平潭综合实验区海坛片区管理局2022年工作总结") is None
    assert term_start("某局2023年工作要点", "某") == ("某局", 2023 * 12)
