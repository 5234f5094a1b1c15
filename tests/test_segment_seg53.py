"""Session 39's heading rules (seg53). Each excerpt is quoted from the development texts (tests/realworld/texts, as
plankg reads them); each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.schema import PlanMeta
from tests.segmenting import tree

RULES = PlanMeta(id="t", title="北京市继续促进国四排放标准老旧营运货车报废更新实施细则")
# bj-old-truck-scrappage-rules-2026 (heldout50), shortened
TRUCK_RULES = "\n".join(
    [
        "北京市继续促进国四排放标准老旧营运货车报废更新实施细则",
        "",
        "一、补贴对象及标准",
        "（一）补贴对象",
        "1.本实施细则给予补贴的对象包括：",
        "（1）仅报废国四排放标准老旧中型、重型营运货车（以下简称“仅报废国四”）的车辆所有人。",
        "（2）仅新购置新能源城市冷链配送货车（以下简称“仅新购冷链”）的车辆所有人。",
        "（二）补贴标准",
        "对仅报废国四、报废更新为新能源、仅新购冷链的货车，按照报废车辆类型、报废时间和新购置车辆类型等，实施差别化补贴标准。",
        "二、补贴办理规则",
        "（一）补贴申领时间",
        "1.符合补贴条件的车辆所有人通过第三方交易办理平台申请补贴。“仅报废国四”场景补贴申请开始时间为本实施细则发布之日起；"
        "“仅新购冷链场景”补贴申请开始时间为 2026 年 9 月 1 日 0 时起。",
        "2.车辆所有人需清晰、完整、准确填报相关信息并提交申报补贴材料，补贴申请时间以第三方交易办理平台记录时间为准。",
        "（二）申领流程",
        "车辆所有人通过第三方交易办理平台申请补贴。",
    ]
)


SCHOOL = PlanMeta(id="t", title="上虞中学发展规划")
# sx1z-fyp-2010 (heldout31), shortened: each （n） lead ends at its 是： over its ① items
SCHOOL_PLAN = "\n".join(
    [
        "上虞中学发展规划",
        "",
        "一、环境建设",
        "（一）人际环境",
        "以教工凝聚力工程为突破口搞好人际环境建设，提倡“积极合作，公平竞争”。",
        "（二）学术环境",
        "(1)以加强教科研为突破口搞好学术环境建设，具体做法是：",
        "①加强教师教科研意识，提高教科研自觉性，形成良好的求真、创新的学术气氛。",
        "②实施“队伍建设”工程，组建学术梯队，形成追求卓越的心理趋向。",
        "(2)以搞好各类课外活动为突破口优化校园文化环境，具体做法是：",
        "①继续搞好并发展学校现有的绿色联盟、文学社、朗诵社、辩论社等，使学生社团活动体现出人文和科技的融合。",
        "②搞好各级各类体育、文艺、科技活动。每年举办一届体育节、艺术节、科技节。",
        "二、重点项目",
        "为保证本规划方案的实施，学校要化大力气，着重建设好以下四大项目。",
    ]
)


def test_a_numbered_lead_ending_in_its_copula_announces_its_list() -> None:
    # COPULA_LEAD_ENTRIES: before, "…具体做法是：" were headings
    titles = [title for _, _, title in tree(SCHOOL_PLAN, SCHOOL)]
    assert not any("具体做法是" in title for title in titles)
    assert "学术环境" in titles and "重点项目" in titles


def test_a_run_in_lead_after_its_copula_stays_a_heading() -> None:
    # COPULA_LEAD_ENTRIES is for a line that ends at its colon: a run-in "（四）…指导思想是：…" keeps its paragraph
    text = SCHOOL_PLAN.replace("具体做法是：\n", "具体做法是：一是加强教研。\n")
    titles = [title for _, _, title in tree(text, SCHOOL)]
    assert any("具体做法是" in title for title in titles)


def test_a_lone_run_in_entry_among_clauses_is_a_clause() -> None:
    # LONE_ENTRY_AMONG_CLAUSES: before, "符合补贴条件的车辆所有人通过第三方交易办理平台申请补贴" was a level-3 heading
    # while its sibling 2. was a clause
    titles = [title for _, _, title in tree(TRUCK_RULES, RULES)]
    assert not any(title.startswith("符合补贴条件") for title in titles)
    assert "补贴申领时间" in titles and "申领流程" in titles


def test_run_in_entries_read_together_stay_headings() -> None:
    # LONE_ENTRY_AMONG_CLAUSES needs the next entry unread: two titled run-ins are a list of headings
    text = TRUCK_RULES.replace(
        "2.车辆所有人需清晰、完整、准确填报相关信息并提交申报补贴材料，补贴申请时间以第三方交易办理平台记录时间为准。",
        "2.准确填报相关信息。车辆所有人需清晰、完整、准确填报相关信息并提交申报补贴材料，补贴申请时间以平台记录时间为准。",
    )
    titles = [title for _, _, title in tree(text, RULES)]
    assert "准确填报相关信息" in titles
