"""Rules of branch lin58 (session 44), each with the real excerpt it was written from, shortened: how successions
compare titles that open with their issuer's name (lineage54's pt-food-sampling-plan-2018) and which annexes are no
units of lineage (lineage57's pt-confined-space-expert-2024). Each test fails without its rule."""

from __future__ import annotations

from plankg.lineage import succession
from plankg.lineage.succession import PlanInfo, infer_successions, issuer, without_issuer_name


def sampling(year: int, title: str, region: str = "") -> PlanInfo:
    return PlanInfo(
        id=f"pt-food-sampling-plan-{year}",
        title=title,
        region=region,
        period="",
        start_year=year,
        end_year=year,
        kind="plan",
        issuer="平潭综合实验区市场监督管理局",
    )


def test_a_title_opening_with_its_issuers_name_is_still_an_edition_of_the_title_without_it() -> None:
    # ISSUER_NAMED_TITLE: lineage54's 2017 → 2018 sampling plans, the 2018 title read with the bureau's name in front
    earlier = sampling(2017, "2017年食品安全监督抽检工作计划")
    later = sampling(2018, "平潭综合实验区市场监督管理局2018年食品安全监督抽检工作计划")
    found = infer_successions([earlier, later])
    assert [(s.later, s.earlier) for s in found] == [(later.id, earlier.id)]


def test_without_the_rule_the_issuers_name_hides_the_edition(monkeypatch) -> None:
    monkeypatch.setattr(succession, "ISSUER_NAMED_TITLE", False)
    earlier = sampling(2017, "2017年食品安全监督抽检工作计划")
    later = sampling(2018, "平潭综合实验区市场监督管理局2018年食品安全监督抽检工作计划")
    assert infer_successions([earlier, later]) == []


def test_the_issuers_place_stays_where_it_is_the_plans_region_and_district() -> None:
    plan = PlanInfo(
        id="pd-sci-2018",
        title="上海市浦东新区科学技术委员会2018年科技工作要点",
        region="上海市",
        period="",
        start_year=2018,
        end_year=2018,
        kind="plan",
        issuer="上海市浦东新区科学技术委员会",
    )
    compared = without_issuer_name(plan)
    assert compared.title == "上海市浦东新区2018年科技工作要点"
    assert issuer(compared) == issuer(plan) == "上海市/浦东新区"
    assert compared.named_title == plan.title


def test_a_title_that_is_only_its_issuers_name_and_a_kind_is_kept() -> None:
    # ISSUER_NAMED_REST_MIN: "…管理局工作计划" names no subject once the name is gone
    plan = sampling(2018, "平潭综合实验区市场监督管理局工作计划")
    assert without_issuer_name(plan) is plan


def test_titles_compared_without_their_issuers_names_are_one_title_only_for_one_issuer() -> None:
    # ISSUER_NAMED_SAME_ISSUER: two bureaus' yearly work points are no editions of one title
    earlier = PlanInfo("a-2017", "甲县教育局2017年教育工作要点", "", "", 2017, 2017, "plan", issuer="甲县教育局")
    later = PlanInfo("b-2018", "乙县卫生健康局2018年教育工作要点", "", "", 2018, 2018, "plan", issuer="乙县卫生健康局")
    assert infer_successions([earlier, later]) == []
    same = PlanInfo("a-2018", "甲县教育局2018年教育工作要点", "", "", 2018, 2018, "plan", issuer="甲县教育局")
    assert [(s.later, s.earlier) for s in infer_successions([earlier, same])] == [("a-2018", "a-2017")]


def section(sid: str, number: str, title: str, start: int, parent: str | None = None) -> dict[str, object]:
    level = 1 if parent is None else 2
    row = {"id": sid, "plan_id": "p", "level": level, "number": number, "title": title, "start": start}
    return {**row, "end": start + 10, "parent": parent}


def test_an_annex_that_is_a_form_or_a_list_of_names_is_no_unit(monkeypatch) -> None:
    # FORM_ANNEXES: pt-confined-space-expert-2024's "附件1全区重点工贸企业名单一、机械制造…", "附件2 工贸重点企业现场
    # 会诊表 企业名称：…"; a table of work ("重点任务分工表") stays a unit
    from plankg.lineage import units

    sections = [
        section("p/s1", "一、", "明确指导服务重点", 0),
        section("p/s5", "附件1", "全区重点工贸企业名单", 20),
        section("p/s5.1", "一、", "机械制造平潭县看澳船舶修造公司福建省平潭县雄鹰船厂有限公司", 30, "p/s5"),
        section("p/s6", "附件2", "工贸重点企业现场会诊表 企业名称： 指导服务时间：", 50),
        section("p/s7", "附件3", "重点任务分工表", 70),
    ]
    ids = {u.id for u in units.plan_units(sections, [])}
    assert ids == {"p/s1", "p/s7"}
    monkeypatch.setattr(units, "FORM_ANNEXES", False)
    assert {u.id for u in units.plan_units(sections, [])} >= {"p/s5", "p/s5.1", "p/s6"}


def test_a_regions_plan_named_after_a_party_prefix_keeps_the_place_its_title_opens_with() -> None:
    # ISSUER_NAMED_TITLE: sc-transport-power-opinion-2020 (region 四川); stripped bare, CONTENT_EDITIONS took it for an
    # edition of the country's "数字交通发展规划纲要" (texts alike at 0.33, no place on either title)
    plan = PlanInfo(
        "sc-transport-power-opinion-2020",
        "中共四川省委四川省人民政府关于贯彻落实《交通强国建设纲要》加快建设交通强省的实施意见",
        "四川",
        "",
        2020,
        2035,
        "plan",
        issuer="中共四川省委四川省人民政府",
    )
    compared = without_issuer_name(plan)
    assert compared.title.startswith("中共四川省关于")
    assert succession.title_place(compared.title) == succession.title_place(plan.title) == "中共四川省"
