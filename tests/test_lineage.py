"""Lineage: successions between plans, units, similarity and alignment on small inputs; then
FOLLOWS and CONTINUES on the real plans (both stores), with and without a manifest, and the
incremental re-link."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from plankg.graph import GraphStore
from plankg.lineage import succession
from plankg.lineage.align import MAX_PER_UNIT, MAX_PER_UNIT_FINER, Continuation, align, per_unit_limit
from plankg.lineage.link import link_lineage, load_terms, stale_between
from plankg.lineage.report import align_plans, lineage_of
from plankg.lineage.similarity import LineageTerms, Unit, title_concepts
from plankg.lineage.succession import PlanInfo, infer_successions, issuer
from plankg.lineage.units import framing_role, plan_units
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.pipeline import Loaded, discover, read_plan, write_all
from plankg.queries import registry
from tests.conftest import GOLD, PLANS_DIR


@pytest.fixture(scope="module")
def terms() -> LineageTerms:
    return load_terms()


def unit(unit_id: str, title: str, text: str = "", context: tuple[str, ...] = (), label: str = "Task") -> Unit:
    return Unit(unit_id, unit_id.split("/")[0], label, title, context, text, level=3)


def pairs(found: list) -> set[tuple[str, str]]:
    return {(c.later, c.earlier) for c in found}


# --- succession -----------------------------------------------------------------------------


def plan(plan_id: str, title: str, period: str, kind: str = "plan", region: str = "上海", **kw: object) -> PlanInfo:
    return PlanInfo(plan_id, title, region, period, None, None, kind, **kw)  # type: ignore[arg-type]


SHANGHAI = [
    plan("sti-12", "上海科技创新“十二五”规划", "十二五"),
    plan("iti-12", "上海市产业技术创新“十二五”发展规划", "十二五"),
    plan("stic-14", "上海市建设具有全球影响力的科技创新中心“十四五”规划", "十四五"),
    plan("stic-14-i", "《上海市建设具有全球影响力的科技创新中心“十四五”规划》解读", "十四五", "interpretation"),
    plan("report-2012", "2012上海科技进步报告", "2012", "report"),
]


def test_a_plan_follows_every_plan_of_the_nearest_earlier_period_of_its_region() -> None:
    found = {(s.later, s.earlier): s for s in infer_successions(SHANGHAI)}
    assert set(found) == {("stic-14", "sti-12"), ("stic-14", "iti-12")}
    assert all(s.method == "inferred" and "十二五" in s.reason for s in found.values())


def test_the_period_in_between_wins_and_other_regions_levels_and_subjects_do_not_follow() -> None:
    plans = [
        *SHANGHAI,
        plan("sti-13", "上海市科技创新“十三五”规划", "十三五"),
        plan("bj-12", "北京市科技创新“十二五”规划", "十二五", region="北京"),
        plan("pd-12", "上海市浦东新区科技创新“十二五”规划", "十二五"),
        plan("traffic-13", "上海市综合交通“十三五”规划", "十三五"),
        plan("master-13", "上海市国民经济和社会发展第十三个五年规划纲要", "十三五"),
        plan("master-14", "上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "十四五"),
    ]
    found = {(s.later, s.earlier) for s in infer_successions(plans)}
    assert ("stic-14", "sti-13") in found and ("stic-14", "sti-12") not in found
    assert ("sti-13", "sti-12") in found and ("sti-13", "iti-12") in found
    assert not any("bj-12" in pair or "pd-12" in pair for pair in found)
    assert ("stic-14", "traffic-13") not in found
    assert ("master-14", "master-13") in found and ("stic-14", "master-13") not in found
    by_id = {p.id: p for p in plans}
    assert issuer(by_id["pd-12"]) == "上海/浦东新区" and issuer(by_id["sti-12"]) == "上海"


def test_a_common_noun_after_the_region_is_no_district() -> None:
    # 城市 (as in 城市更新) has the shape of a district name after 上海市 (two characters ending in
    # 市) but is the city-wide plan's subject: the 十五五 plan that widened 住房发展 to 城市更新和住房
    # 发展 follows the 十四五 housing plan (NOT_SUB_REGIONS); a real district still does not.
    plans = [
        plan("housing-14", "上海市住房发展“十四五”规划", "十四五"),
        plan("renewal-housing-15", "上海市城市更新和住房发展“十五五”规划", "十五五"),
        plan("hp-renewal-15", "上海市黄浦区城市更新“十五五”规划", "十五五"),
    ]
    found = {(s.later, s.earlier) for s in infer_successions(plans)}
    assert found == {("renewal-housing-15", "housing-14")}
    by_id = {p.id: p for p in plans}
    assert issuer(by_id["renewal-housing-15"]) == "上海" and issuer(by_id["hp-renewal-15"]) == "上海/黄浦区"


def test_a_district_named_first_in_a_title_is_the_issuer_and_five_year_plans_follow_five_year_plans() -> None:
    # A district's titles often leave the city out ("静安区…行动方案", "黄浦区城市更新“十五五”规划"):
    # the district at the start is the issuing level all the same, and its name is no shared
    # subject. A 十五五 plan follows the 十四五 plan, not a 2023–2025 action plan that began later,
    # and that action plan, inside 十四五, follows nothing.
    plans = [
        plan("housing-14", "上海市住房发展“十四五”规划", "十四五"),
        PlanInfo("housing-action-2023", "上海市住房保障行动方案（2023-2025年）", "上海", "", 2023, 2025, "plan"),
        plan("renewal-housing-15", "上海市城市更新和住房发展“十五五”规划", "十五五"),
        PlanInfo("ja-renewal-2023", "静安区“卓越城区”城市更新行动方案（2023-2025年）", "上海", "", 2023, 2025, "plan"),
        plan("hp-hengfu-14", "黄浦区衡复风貌区城市更新“十四五”规划", "十四五"),
        plan("hp-renewal-15", "黄浦区城市更新“十五五”规划", "十五五"),
        plan("hp-parks-14", "黄浦区绿化“十四五”规划", "十四五"),
    ]
    found = {(s.later, s.earlier): s for s in infer_successions(plans)}
    assert set(found) == {("renewal-housing-15", "housing-14"), ("hp-renewal-15", "hp-hengfu-14")}
    assert found[("hp-renewal-15", "hp-hengfu-14")].reason.endswith("titles share 更新")
    by_id = {p.id: p for p in plans}
    assert issuer(by_id["ja-renewal-2023"]) == "上海/静安区" and issuer(by_id["hp-renewal-15"]) == "上海/黄浦区"


def test_an_annual_plan_titled_year_first_is_its_districts_and_follows_the_multi_year_plan() -> None:
    # YEAR_FIRST_TITLE: "2025年闵行区河道整治工作方案" is 闵行区's plan (the year before the district hid it, and
    # the annual plan was put at the city's level); it carries out the last year of the district's
    # 2023–2025 three-year plan on the same subject and follows it. Another district's annual plan does not.
    plans = [
        PlanInfo("mh-river-2023", "闵行区河道整治三年行动方案（2023－2025）", "上海", "", 2023, 2025, "plan"),
        PlanInfo("mh-river-2025", "2025年闵行区河道整治工作方案", "上海", "", 2025, 2025, "plan"),
        PlanInfo("sj-river-2025", "2025年度松江区河道整治工作方案", "上海", "", 2025, 2025, "plan"),
    ]
    by_id = {p.id: p for p in plans}
    assert issuer(by_id["mh-river-2025"]) == "上海/闵行区" and issuer(by_id["sj-river-2025"]) == "上海/松江区"
    found = {(s.later, s.earlier) for s in infer_successions(plans)}
    assert found == {("mh-river-2025", "mh-river-2023")}


def test_a_special_campaign_is_a_side_branch_of_the_yearly_notices() -> None:
    # YEARLY_LINE (round 51): 上海 住房城乡建设管理委's yearly 玻璃幕墙 notices of 2023, 2025 and 2026 and, in 2024, a
    # special campaign whose title names no year. By title the campaign follows no yearly notice, and the 2025 notice
    # follows the 2023 one, not the campaign (which it joins only by citing 沪建质安〔2024〕12号, CITED_NUMBER). Before:
    # 2023 → 2024 → 2025 → 2026, one line.
    def notice(plan_id: str, title: str, year: int) -> PlanInfo:
        return PlanInfo(plan_id, f"上海市住房和城乡建设管理委员会{title}", "上海", "", year, year, "plan")

    plans = [
        notice("cw-2023", "关于做好2023年本市既有建筑玻璃幕墙安全排查整治的通知", 2023),
        notice("cw-2024", "关于做好既有建筑玻璃幕墙专项排查整治工作的通知", 2024),
        notice("cw-2025", "关于开展2025年玻璃幕墙安全排查整治工作的通知", 2025),
        notice("cw-2026", "关于做好2026年玻璃幕墙安全排查整治工作的通知", 2026),
    ]
    found = {(s.later, s.earlier) for s in infer_successions(plans)}
    assert found == {("cw-2025", "cw-2023"), ("cw-2026", "cw-2025")}
    # a title that lost its year is still an edition of its own title ("中央一号文件" 2025 → "2026年中央一号文件")
    editions = [
        PlanInfo("no1-2025", "中央一号文件", "全国", "", 2025, 2025, "plan"),
        PlanInfo("no1-2026", "2026年中央一号文件", "全国", "", 2026, 2026, "plan"),
    ]
    assert {(s.later, s.earlier) for s in infer_successions(editions)} == {("no1-2026", "no1-2025")}


def test_an_inferred_succession_names_the_words_its_titles_share() -> None:
    # The reason listed the shared subject bigrams, several crossing a word boundary: "titles share 全排、墙安、安全、
    # 幕墙" for the round-51 玻璃幕墙 notices. It now names the stretch both titles hold.
    plans = [
        PlanInfo("cw-2023", "关于做好2023年本市既有建筑玻璃幕墙安全排查整治的通知", "上海", "", 2023, 2023, "plan"),
        PlanInfo("cw-2025", "关于开展2025年玻璃幕墙安全排查整治工作的通知", "上海", "", 2025, 2025, "plan"),
    ]
    (step,) = infer_successions(plans)
    assert step.reason.endswith("titles share 玻璃幕墙安全排查整治"), step.reason


def test_a_metadata_number_label_is_no_part_of_the_issuer_code() -> None:
    # METADATA_CODE_LABEL (round 51): a 信息公开 page's metadata "发布机构 / 上海市住房和城乡建设管理委员会 /
    # 文件编号 / 沪建质安〔2024〕12 号" read glued gave the code "员会文件编号沪建质安", no series of the
    # 沪建质安〔2024〕12号 the 2025 notice cites ("参照《关于做好既有建筑玻璃幕墙专项排查整治工作的通知》
    # (沪建质安〔2024〕12号)的要求").
    from plankg.lineage.succession import NUMBER_PARTS, own_number, same_series, series_code

    head = (
        "上海市住房和城乡建设管理委员会关于做好既有建筑玻璃幕墙专项排查整治工作的通知索取号3589258689/2024-00011"
        "载体类型发布机构上海市住房和城乡建设管理委员会文件编号沪建质安〔2024〕12号记录形式"
    )
    own = own_number(head)
    assert own is not None and series_code(own.group("code")) == "沪建质安"
    cited = NUMBER_PARTS.search("通知》(沪建质安〔2024〕12号)的要求")
    assert cited is not None and same_series(cited.group("code"), own.group("code"))


def test_a_plan_whose_title_was_lost_is_not_ruled_out_by_subject() -> None:
    # guess_meta names a text without a title by its file stem: no subject to compare, so the
    # succession rests on region, level and period alone (a Chinese title on another subject
    # still rules it out).
    plans = [
        plan("sti-12", "shanghai-sti-12th-fyp", "十二五"),
        plan("traffic-12", "上海市综合交通“十二五”规划", "十二五"),
        plan("stic-14", "上海市建设具有全球影响力的科技创新中心“十四五”规划", "十四五"),
    ]
    found = {(s.later, s.earlier): s for s in infer_successions(plans)}
    assert set(found) == {("stic-14", "sti-12")}
    assert "lost" in found[("stic-14", "sti-12")].reason


def test_the_national_outlines_follow_each_other_whatever_the_state_name_and_period_spelling() -> None:
    # 九五 → 十五: "中华人民共和国" and the periods ("九五", "第十个五年", a year written 二○一○年 with
    # ○) are no subject; what is left of both titles is nothing, so both are the general plan.
    plans = [
        plan("fyp-9", "中华人民共和国国民经济和社会发展“九五”计划和二○一○年远景目标纲要", "九五", region="全国"),
        plan("fyp-10", "国民经济和社会发展第十个五年计划纲要", "十五", region="全国"),
        plan("env-10", "国家环境保护“十五”计划", "十五", region="全国"),
    ]
    found = {(s.later, s.earlier) for s in infer_successions(plans)}
    assert found == {("fyp-10", "fyp-9")}


def dated_plan(plan_id: str, title: str, year: int | None = None, region: str = "") -> PlanInfo:
    """A plan of kind plan dated by one year (start and end), of no period."""
    return PlanInfo(plan_id, title, region, "", year, year, "plan")


def test_documents_dated_by_years_follow_only_on_a_largely_shared_subject_not_on_issuer_or_kind() -> None:
    # TITLE_ISSUER, TITLE_KIND, SUBJECT_SHARE, TITLE_LOST_SERIES: a central body's 意见 and 通知 of successive
    # years share its name (国务院, 办公厅), their kind (意见) and often a generic pair (促进…健康发展); none of that
    # makes one a step of another. A later 意见 on the same subject does follow, and five-year plans still
    # follow on one shared pair. A plan dated by its years whose title was lost follows nothing on region alone.
    def doc(plan_id: str, title: str, year: int, region: str = "全国") -> PlanInfo:
        return dated_plan(plan_id, title, year, region)

    plans = [
        doc("paper-2008", "国务院关于促进造纸工业健康发展的若干意见", 2008),
        doc("cement-2012", "国务院关于促进水泥行业持续健康发展的若干意见", 2012),
        doc("forest-2010", "国务院办公厅关于加强森林防火工作的通知", 2010),
        doc("water-2011", "国务院办公厅关于改进城市供水管理的指导意见", 2011),
        doc("forest-2016", "国务院关于进一步加强森林防火工作的意见", 2016),
        doc("wetland-2013", "国家湿地保护应急预案", 2013),
        doc("heritage-2014", "国家文物保护利用示范区建设方案", 2014),
        doc("garden-2006", "国务院关于北京市园林绿化工作的批复", 2006, "北京"),
        doc("reply-2020", "bj-reply-2020", 2020, "北京"),
        plan("eco-12", "国家生态保护“十二五”规划", "十二五", region="全国"),
        plan("forest-13", "国家林业发展“十三五”规划", "十三五", region="全国"),
        # the wrapper of a notice issuing a plan is no subject either
        plan("greening-13", "上海市人民政府关于印发《上海市绿化“十三五”规划》的通知", "十三五"),
        plan("sports-14", "上海市人民政府关于印发《上海市体育发展“十四五”规划》的通知", "十四五"),
    ]
    found = {(s.later, s.earlier) for s in infer_successions(plans)}
    assert found == {("forest-2016", "forest-2010")}


def test_the_manifest_overrides_inference() -> None:
    plans = [*SHANGHAI[:2], plan("stic-14", SHANGHAI[2].title, "十四五", follows=("sti-12",))]
    assert [(s.later, s.earlier, s.method) for s in infer_successions(plans)] == [("stic-14", "sti-12", "manifest")]


# --- units ----------------------------------------------------------------------------------


def test_units_are_sections_naming_a_line_of_work_and_tasks_with_their_grouping() -> None:
    def section(sid: str, level: int, title: str, start: int, parent: str | None) -> dict[str, object]:
        return {"id": sid, "plan_id": "p", "level": level, "number": "", "title": title, "start": start} | {
            "parent": parent
        }

    sections = [
        section("p/s1", 1, "形势与需求", 0, None),
        section("p/s1.1", 2, "国际形势", 5, "p/s1"),
        section("p/s2", 1, "新兴产业", 10, None),
        section("p/s2.1", 2, "集成电路", 20, "p/s2"),
        section("p/s2.1.1", 3, "重大任务", 30, "p/s2.1"),
        section("p/s3", 1, "保障措施", 90, None),
        section("p/s4", 1, "“十一五”发展回顾", 100, None),
        section("p/s4.1", 2, "企业研发投入逐年增加", 105, "p/s4"),
        section("p/s5", 1, "指导思想、发展目标和总体安排", 110, None),
        section("p/s5.1", 2, "总体安排", 115, "p/s5"),
        section("p/s6", 1, "夯实发展基础", 120, None),
    ]
    tasks = [
        {
            "id": "p/s2.1.1/t1",
            "plan_id": "p",
            "number": "（1）",
            "title": "装备与材料",
            "text": "",
            "start": 40,
            "section": "p/s2.1.1",
        },
        {
            "id": "p/s3/t1",
            "plan_id": "p",
            "number": "（1）",
            "title": "加大投入",
            "text": "",
            "start": 95,
            "section": "p/s3",
        },
    ]
    units = {u.id: u for u in plan_units(sections, tasks)}
    assert set(units) == {s["id"] for s in sections if s["id"] != "p/s2.1.1"} | {t["id"] for t in tasks}
    # Framing units carry their role; lines of work none. Items of a framing section take its
    # role, except under a review (or target) section, whose items restate lines of work.
    roles = {uid: (u.role, u.restates) for uid, u in units.items()}
    assert roles == {
        "p/s1": ("situation", ""),
        "p/s1.1": ("situation", ""),
        "p/s2": ("", ""),
        "p/s2.1": ("", ""),
        "p/s2.1.1/t1": ("", ""),
        "p/s3": ("implementation", ""),
        "p/s3/t1": ("implementation", ""),
        "p/s4": ("review", ""),
        "p/s4.1": ("", "review"),
        "p/s5": ("overall", ""),  # two roles named: the framing chapter as a whole
        "p/s5.1": ("", ""),  # 总体安排 lays out the lines of work
        "p/s6": ("", ""),  # 发展基础 not at the start: a line of work
    }
    assert units["p/s2.1.1/t1"].context == ("集成电路", "新兴产业")
    assert units["p/s2.1.1/t1"].parent == "p/s2.1"  # the block heading is skipped
    assert units["p/s2.1"].below == ("装备与材料",)


def test_the_heading_of_the_issued_plan_is_no_unit_and_no_grouping() -> None:
    """ISSUED_DOCUMENT (round 13, sh-jd-land-remediation-2026): the notice "…关于印发《2026年嘉定区违法用地综合整治
    实施方案》的通知" names its attachment "附件：2026年嘉定区违法用地综合整治实施方案", then heads it with that title,
    which holds the whole plan. Its parts are the units, without that title as their grouping; a leaf section that
    merely repeats a cited title stays a unit."""
    text = (
        "关于印发《2026年嘉定区违法用地综合整治实施方案》的通知\n附件：2026年嘉定区违法用地综合整治实施方案\n"
        "附件\n2026年嘉定区违法用地综合整治实施方案\n一、目标任务\n完成剩余1620亩整治任务量。\n二、工作要求\n……\n"
    )
    head = text.index("附件\n2026") + 3
    sections = [
        {"id": "p/s1", "plan_id": "p", "level": 1, "number": "", "title": "2026年嘉定区违法用地综合整治实施方案"}
        | {"start": head, "end": len(text), "parent": None},
        {"id": "p/s1.1", "plan_id": "p", "level": 2, "number": "一、", "title": "目标任务"}
        | {"start": text.index("一、"), "end": text.index("二、"), "parent": "p/s1"},
        {"id": "p/s1.2", "plan_id": "p", "level": 2, "number": "二、", "title": "工作要求"}
        | {"start": text.index("二、"), "end": len(text), "parent": "p/s1"},
    ]
    units = {u.id: u for u in plan_units(sections, [], text)}
    assert set(units) == {"p/s1.1", "p/s1.2"}
    assert units["p/s1.1"].context == () and units["p/s1.1"].parent == ""
    # named nowhere (SOLE_ANNEX: nor as the line after a bare 附件 heading), the heading is a unit
    unnamed = text.replace("附件：", "附件").replace("《", "“").replace("附件\n2026", "\n2026")
    assert "p/s1" in {u.id for u in plan_units(sections, [], unnamed)}


def test_the_heading_of_a_sole_annex_is_the_issued_plan_and_its_task_part_a_unit_of_role_tasks() -> None:
    """SOLE_ANNEX (round 41, sh-beidou-plan-2021, a crawl of the attachment only): "附件" / "上海市北斗产业高质量
    发展三年行动计划" heads the whole plan, with nothing beside it but the crawler's 基本信息; it is no unit and no
    grouping.
    TASK_BLOCKS: its "三、主要任务", a block heading with only that wrapper above it, is a unit of role tasks, and its
    items keep their section as their grouping. Beside a notice's own parts, a bare annex heading stays a unit."""
    from plankg.lineage.units import TASKS_ROLE

    text = (
        "基本信息\n文件名称：上海市北斗产业高质量发展三年行动计划（2021-2023年）\n\n附件\n\n上海市北斗产业高质量发展三年"
        "行动计划\n\n（2021-2023年）\n\n一、总体思路\n……\n三、主要任务\n（一）关键技术攻关工程\n"
        "1.开展基于北斗三号的关键核心技术攻关。聚焦北斗关键共性技术\n"
    )

    def section(sid: str, level: int, number: str, title: str, at: str, parent: str | None) -> dict[str, object]:
        start = text.index(at)
        return {"id": sid, "plan_id": "p", "level": level, "number": number, "title": title, "start": start} | {
            "end": len(text),
            "parent": parent,
        }

    sections = [
        section("p/s1", 1, "", "基本信息", "基本信息", None),
        section("p/s2", 1, "附件", "上海市北斗产业高质量发展三年行动计划", "附件\n", None),
        section("p/s2.1", 2, "一、", "总体思路", "一、", "p/s2"),
        section("p/s2.3", 2, "三、", "主要任务", "三、", "p/s2"),
        section("p/s2.3.1", 3, "（一）", "关键技术攻关工程", "（一）", "p/s2.3"),
    ]
    tasks = [
        {"id": "p/s2.3.1/t1", "plan_id": "p", "number": "1.", "title": "开展基于北斗三号的关键核心技术攻关"}
        | {"text": text[text.index("1.") :], "start": text.index("1."), "section": "p/s2.3.1"}
    ]
    units = {u.id: u for u in plan_units(sections, tasks, text)}
    assert "p/s2" not in units
    assert units["p/s2.3"].role == TASKS_ROLE
    assert units["p/s2.3.1"].context == () and units["p/s2.3.1"].parent == ""
    assert units["p/s2.3.1/t1"].context == ("关键技术攻关工程",) and units["p/s2.3.1/t1"].parent == "p/s2.3.1"
    # beside the notice's own parts (round 15's "附件 1" / "各类机组判定标准"), the annex heading is a unit
    notice = [
        section("p/s0", 1, "一、", "基本信息", "基本信息", None),
        *sections[1:],
    ]
    tasks_of_notice = [*tasks, {**tasks[0], "id": "p/s0/t1", "section": "p/s0"}]
    beside = {u.id: u for u in plan_units(notice, tasks_of_notice, text)}
    assert "p/s2" in beside and "p/s2.3" not in beside


def test_the_outline_of_a_document_others_write_is_no_unit() -> None:
    """TEMPLATE_SECTIONS (round 42, nat-power-flex-2025): the action plan attaches "附件：调节能力建设
    方案（2025—2027年）编制大纲", headed "XX省（区、市）调节能力建设方案" with its own 一、发展现状 …
    四、调节能力建设方案 / （四）抽水蓄能: the chapters of the provinces' future plans, which drew the 2018
    opinion's lines of work. Neither that heading nor anything below it is a unit; the plan's own parts are. A
    placeholder-titled form with nothing below it (round 15's "XX 省（区、市）2019-2020 年发电行业重点排放
    单位配额预分配相关数据填报表") stays a unit."""
    text = (
        "五、加强组织实施\n（十八）加强组织领导。国家发展改革委、国家能源局负责统筹协调\n"
        "附件：调节能力建设方案（2025—2027年）编制大纲\n附件\nXX省（区、市）调节能力建设方案\n一、发展现状\n"
        "四、调节能力建设方案\n（四）抽水蓄能结合国家抽水蓄能发展规划\n"
        "附件 5\nXX 省（区、市）2019-2020 年发电行业数据填报表\n"
    )

    def section(sid: str, level: int, number: str, title: str, at: str, parent: str | None) -> dict[str, object]:
        start = text.index(at)
        return {"id": sid, "plan_id": "p", "level": level, "number": number, "title": title, "start": start} | {
            "end": len(text),
            "parent": parent,
        }

    sections = [
        section("p/s5", 1, "五、", "加强组织实施", "五、", None),
        section("p/s5.1", 2, "（十八）", "加强组织领导", "（十八）", "p/s5"),
        section("p/s6", 1, "附件", "XX省（区、市）调节能力建设方案", "附件\nXX", None),
        section("p/s6.1", 2, "一、", "发展现状", "一、", "p/s6"),
        section("p/s6.4", 2, "四、", "调节能力建设方案", "四、", "p/s6"),
        section("p/s6.4.4", 3, "（四）", "抽水蓄能", "（四）", "p/s6.4"),
        section("p/s7", 1, "附件 5", "XX 省（区、市）2019-2020 年发电行业数据填报表", "附件 5", None),
    ]
    assert {u.id for u in plan_units(sections, [], text)} == {"p/s5", "p/s5.1", "p/s7"}


def test_a_group_formula_is_left_out_of_its_items_titles() -> None:
    """GROUP_FORMULA (round 41, 商业航天 2023 "（二）协同推进核心技术攻关"): its four items all end with
    关键技术攻关, the kind of item the group lists; compared without it, "航天运输系统" no longer resembles 北斗 2021
    "开展基于北斗三号的关键核心技术攻关" by the formula alone (a judged negative). Two items, or a closing of two
    characters, are no formula."""
    from plankg.lineage.align import _without_group_formulas

    titles = [
        "航天运输系统关键技术攻关",
        "卫星平台和载荷关键技术攻关",
        "终端产品产业化关键技术攻关",
        "星座网络架构和动态接入关键技术攻关",
    ]
    items = [_section(f"l/s2.2.{k}", t, parent="l/s2.2") for k, t in enumerate(titles, 1)]
    stripped = [u.title for u in _without_group_formulas([_section("l/s2.2", "协同推进核心技术攻关"), *items])]
    assert stripped[0] == "协同推进核心技术攻关"  # alone at its level: no group
    assert stripped[1:] == ["航天运输系统", "卫星平台和载荷", "终端产品产业化", "星座网络架构和动态接入"]
    assert [u.title for u in _without_group_formulas(items[:2])] == titles[:2]
    applied = [_section(f"e/s{k}", t, parent="e/s") for k, t in enumerate(["城市治理应用", "智能交通应用", "航空应用"])]
    assert [u.title for u in _without_group_formulas(applied)] == ["城市治理应用", "智能交通应用", "航空应用"]


def test_targets_of_a_line_of_work_are_an_ordinary_unit_but_targets_of_the_plan_frame_it() -> None:
    # LOCAL_FRAMING (heldout3, the 七五 outline): "第十六章　东部沿海地带的经济发展" / "第一节　发展目标和任务"
    # sets the targets of the coastal region, continued by 八五's "（一）沿海地区的经济发展", not by its
    # plan targets. Under a section that itself speaks of targets ("指导方针和目标") or under a framing
    # chapter the targets frame the plan; a 加强组织保障 under a line of work stays implementation.
    def section(sid: str, level: int, title: str, start: int, parent: str | None) -> dict[str, object]:
        return {"id": sid, "plan_id": "p", "level": level, "number": "", "title": title, "start": start} | {
            "parent": parent
        }

    sections = [
        section("p/s1", 1, "东部沿海地带的经济发展", 0, None),
        section("p/s1.1", 2, "发展目标和任务", 5, "p/s1"),
        section("p/s1.2", 2, "加强组织保障", 8, "p/s1"),
        section("p/s2", 1, "指导方针和目标", 10, None),
        section("p/s2.1", 2, "国民经济和社会发展的主要目标", 15, "p/s2"),
        section("p/s3", 1, "总体要求", 20, None),
        section("p/s3.1", 2, "发展目标", 25, "p/s3"),
    ]
    roles = {u.id: u.role for u in plan_units(sections, [])}
    assert roles["p/s1.1"] == ""
    assert roles["p/s1.2"] == "implementation"
    assert roles["p/s2.1"] == roles["p/s3.1"] == "targets"


def test_a_leaf_section_is_compared_on_its_body() -> None:
    """LEAF_BODY: a section with no unit below it, whose short title runs in with its body, keeps
    its body (past SECTION_OPENING) as its text; a section with units below keeps its opening."""
    from plankg.lineage.units import LEAF_BODY, SECTION_OPENING

    body = "（四）住房保障扩容提质。" + "强化公共租赁住房兜底保障，做到应保尽保。" * 20
    text = "二、人居环境持续改善\n" + body
    start = text.index("（四）")
    sections = [
        {"id": "p/s2", "plan_id": "p", "level": 1, "number": "二、", "title": "人居环境持续改善", "start": 0}
        | {"end": len(text), "parent": None},
        {"id": "p/s2.4", "plan_id": "p", "level": 2, "number": "（四）", "title": "住房保障扩容提质", "start": start}
        | {"end": len(text), "parent": "p/s2"},
    ]
    units = {u.id: u for u in plan_units(sections, [], text)}
    assert len(units["p/s2.4"].text) == min(LEAF_BODY, len(body)) > SECTION_OPENING
    assert units["p/s2"].text == "二、人居环境持续改善\n"


def test_a_block_heading_with_its_list_run_in_is_a_unit() -> None:
    """BLOCK_LEAF_UNIT: "2.重点任务" with nothing below it in the graph (its items are run-in
    paragraphs of its body) is a unit; a block heading with units below it is not."""
    text = "（三）发展目标\n2.重点任务\n持续构建住房租赁体系。加快促进租赁住房有效供应。\n3.重点任务\n"
    sections = [
        {"id": "p/s3", "plan_id": "p", "level": 2, "number": "（三）", "title": "发展目标", "start": 0}
        | {"end": len(text), "parent": None},
        {"id": "p/s3.2", "plan_id": "p", "level": 3, "number": "2.", "title": "重点任务", "start": 8}
        | {"end": 42, "parent": "p/s3"},
        {"id": "p/s3.3", "plan_id": "p", "level": 3, "number": "3.", "title": "重点任务", "start": 42}
        | {"end": len(text), "parent": "p/s3"},
    ]
    tasks = [{"id": "p/s3.3/t1", "plan_id": "p", "number": "（1）", "title": "租赁住房", "text": "", "start": 48}]
    units = {u.id: u for u in plan_units(sections, [{**tasks[0], "section": "p/s3.3"}], text)}
    assert "p/s3.2" in units and "持续构建住房租赁体系" in units["p/s3.2"].text
    assert units["p/s3.2"].restates == "targets"  # under the plan's targets: it restates work
    assert "p/s3.3" not in units and units["p/s3.3/t1"].parent == "p/s3"


def test_work_safeguards_are_the_closing_implementation_part() -> None:
    # WORK_SAFEGUARDS: "五、工作保障" of a three-year plan is the "保障措施" of the next annual plan; a line
    # of work that names 工作保障 inside a longer heading is not.
    assert framing_role("工作保障") == framing_role("保障措施") == "implementation"
    assert framing_role("完善河道整治工作保障机制") == ""
    # IMPLEMENTATION_NOUN (round 53): 实施保障 as the verb and its object is no closing part
    assert framing_role("四、实施保障") == framing_role("六、实施保障措施") == "implementation"
    assert framing_role("加强实施保障，有序推进整治") == "implementation"
    assert framing_role("做好民生实事，呼应人民群众新期盼 实施保障民生补齐短板工程，着力解决") == ""


def test_framing_role_names_one_role_or_the_whole_frame() -> None:
    # "“十三五”期间发展成果" reviews the last period; 共享发展成果 and 科技成果转化 are lines of work.
    assert framing_role("“十三五”期间发展成果") == framing_role("“十一五”发展回顾") == "review"
    assert framing_role("共享发展成果") == framing_role("加快科技成果转化") == ""
    assert framing_role("“十二五”发展目标") == framing_role("主要目标") == "targets"
    assert framing_role("“十二五”指导思想") == framing_role("指导思想") == "guiding"
    assert framing_role("“十二五”发展原则") == framing_role("基本原则") == "principles"
    assert framing_role("“十二五”发展思路和目标") == framing_role("总体要求") == "overall"
    assert framing_role("“十四五”时期…面临的新形势、新使命") == "situation"
    assert framing_role("营造良好发展环境") == framing_role("集成电路") == ""
    # CONTACT_ROLE: a notice's closing contact part, not "建立联系人制度" (a line of work)
    assert framing_role("联系人及联系方式") == framing_role("联系方式") == "contact"
    assert framing_role("建立联系人制度") == framing_role("密切联系群众") == ""
    # LOOKING_BACK (round 30's work reports): a review headline opens with the span it looks back over, also after the
    # speaker a digest names first; the year's tasks do not
    assert framing_role("李克强在政府工作报告中指出，过去五年极不寻常、极不平凡") == "review"
    assert framing_role("一年来加大宏观调控力度，推动经济运行持续好转") == "review"
    assert framing_role("着力扩大国内需求，推动经济实现良性循环") == framing_role("加快建设现代化产业体系") == ""


def test_a_box_groups_its_items_and_its_last_item_ends_before_the_next_run_in_paragraph() -> None:
    """BOX_GROUPS: the items printed in a box ("专栏4：新一代信息技术" / "1.高端服务器…") stand in the box: it
    is their parent unit and nearest grouping, and they are the titles below it. BOX_TEXT_ENDS: the
    last item's text (and the box's) ends before the run-in paragraph that opens the next field."""
    text = (
        "（三）发展高新技术。瞄准产业中高端。\n\n　　新一代信息技术。围绕信息化。\n\n专栏4：新一代信息技术\n\n"
        "　　1.高端服务器技术。开展异构计算研究。\n\n　　2.网络存储技术。研制新型存储器件。\n\n"
        "　　新材料技术。立足新材料产业优势，发展碳纤维。\n"
    )
    box, first, last = text.index("专栏4"), text.index("1.高端"), text.index("2.网络")
    sections = [
        {"id": "p/s3", "plan_id": "p", "level": 2, "number": "（三）", "title": "发展高新技术"}
        | {"start": 0, "end": len(text), "parent": None}
    ]
    tasks = [
        {"id": "p/s3/t1.1", "number": "专栏4", "title": "新一代信息技术", "start": box, "end": len(text)},
        {"id": "p/s3/t1.2", "number": "1.", "title": "高端服务器技术", "start": first, "end": last},
        {"id": "p/s3/t1.3", "number": "2.", "title": "网络存储技术", "start": last, "end": len(text)},
    ]
    tasks = [t | {"plan_id": "p", "section": "p/s3", "text": text[t["start"] : t["end"]]} for t in tasks]
    units = {u.id: u for u in plan_units(sections, tasks, text)}
    item = units["p/s3/t1.3"]
    assert item.parent == "p/s3/t1.1" and item.context == ("新一代信息技术", "发展高新技术")
    assert item.level == units["p/s3/t1.1"].level + 1
    assert units["p/s3/t1.1"].below == ("高端服务器技术", "网络存储技术")
    assert "新材料" not in item.text and "新材料" not in units["p/s3/t1.1"].text
    assert item.text.startswith("2.网络存储技术。研制新型存储器件。")


def test_run_in_lines_of_work_of_a_section_are_compared_as_its_parts_but_an_items_are_not() -> None:
    """RUN_IN_PARTS: a section whose lines of work are run-in paragraphs ("建设国家级重大科技创新平台。…",
    "加快发展新型研发机构。…") has each as a part "<id>#n" below it, with the section as its grouping;
    RUN_IN_HOLDERS: not an item numbered 1. (its run-in paragraphs are its measures), nor a framing
    section, nor a section with one such paragraph only."""
    section_text = (
        "（二）完善科研基地和创新平台布局。以提升能力为目标。\n"
        "　　建设国家级重大科技创新平台。完善部省共建机制。\n"
        "　　加快发展新型研发机构。开展新型研发机构认定。\n"
    )
    item_text = "1.持续规范住房租赁市场秩序\n进一步理顺管理体制机制。明确职责。\n加强住房租赁市场管理。严格备案。\n"
    framing_text = "（一）基础与优势。成效显著。\n科技创新综合实力进一步加强。经费增长。\n"
    framing_text += "创新创业环境更加优化。政策出台。\n"
    one_text = "（三）提高企业技术创新能力。深入推进。\n大力培育创新型企业。以企业为重点。\n"
    text = section_text + item_text + framing_text + one_text
    spans = [0, len(section_text), len(section_text) + len(item_text), len(text) - len(one_text), len(text)]
    rows = [("p/s2.2", 2, "（二）", "完善科研基地和创新平台布局"), ("p/s2.3.1", 3, "1.", "持续规范住房租赁市场秩序")]
    rows += [("p/s1.1", 2, "（一）", "基础与优势"), ("p/s2.3", 2, "（三）", "提高企业技术创新能力")]
    sections = [
        {"id": sid, "plan_id": "p", "level": level, "number": number, "title": title, "parent": None}
        | {"start": spans[k], "end": spans[k + 1]}
        for k, (sid, level, number, title) in enumerate(rows)
    ]
    units = {u.id: u for u in plan_units(sections, [], text)}
    parts = {uid: u for uid, u in units.items() if "#" in uid}
    assert set(parts) == {"p/s2.2#1", "p/s2.2#2"}
    assert parts["p/s2.2#2"].title == "加快发展新型研发机构" and parts["p/s2.2#2"].parent == "p/s2.2"
    assert parts["p/s2.2#2"].context[0] == "完善科研基地和创新平台布局"
    assert parts["p/s2.2#2"].text.startswith("加快发展新型研发机构。开展") and "部省" not in parts["p/s2.2#2"].text


def test_numbered_items_run_on_inside_a_one_line_section_are_compared_as_its_parts() -> None:
    """INLINE_ITEM_PARTS: 平潭 财政金融局 2022's "（一）统筹学习，加强政治思想教育" runs its four items on inside one
    line after the lead "重点抓好以下四方面工作：", each title straight into its text; they are parts of the section,
    titled by their first sentence. Not after a lead of conditions (nat-coal-eia-2020's "发生下列情形之一的，…：")."""
    text = (
        "（一）统筹学习，加强政治思想教育以习近平新时代中国特色社会主义思想为指导，提供坚强政治保障。重点抓好以下四方面工作："
        "1.强政治、增三力，永葆对党忠诚把党的政治建设摆在首位。进一步提高党内政治生活质量。"
        "2.强理论、增能力，坚定理想信念营造迎接党的二十大浓厚氛围。"
        "3.强纪律、增定力，扛紧主体责任扎紧责任链条。"
        "4.强作风、增动力，发挥榜样引领深化模范机关建设。"
    )
    no_lead = "（二）发生下列情形之一的，属于规划的重大调整：1.矿区主要边界调整导致规划面积扩大的；2.新增井（矿）田的。"
    sections = [
        {"id": "p/s1", "plan_id": "p", "level": 1, "number": "（一）", "title": "统筹学习，加强政治思想教育"}
        | {"parent": None, "start": 0, "end": len(text)},
        {"id": "p/s2", "plan_id": "p", "level": 1, "number": "（二）", "title": "发生下列情形之一的"}
        | {"parent": None, "start": len(text), "end": len(text) + len(no_lead)},
    ]
    units = {u.id: u for u in plan_units(sections, [], text + no_lead)}
    parts = {uid: u for uid, u in units.items() if "#" in uid}
    assert set(parts) == {"p/s1#1", "p/s1#2", "p/s1#3", "p/s1#4"}
    assert parts["p/s1#1"].title == "强政治、增三力，永葆对党忠诚把党的政治建设摆在首位"
    assert parts["p/s1#3"].text == "强纪律、增定力，扛紧主体责任扎紧责任链条。" and parts["p/s1#3"].parent == "p/s1"
    assert parts["p/s1#2"].context[0] == "统筹学习，加强政治思想教育"


def test_run_in_paragraphs_of_a_one_line_section_are_compared_as_its_parts() -> None:
    """ONE_LINE_PARTS (round 53, 平潭 政府工作报告 2018 → 2019, bodies on one line): 2018's "（一）聚焦“人兴业旺”…"
    runs its sub-headings and their lead phrases on one line ("加快发展优势特色产业。一是旅游文化康体产业。…二是物流
    贸易。…"); each lead phrase is a part, its sub-heading its grouping. 2019's sections have no lead phrases: their
    short run-in sentences without a comma ("大力发展文旅康体产业。聚焦…") are the parts. A section with one
    enumeration only (平潭 苏平 2023 "（五）推动社会治理水平提升。一是提高防控工作科学性、精准性。…二是推进平安苏平建
    设。…") lists its own measures: no parts, and no short sentence among them is one (财政金融局 2022 "（七）持续加强
    财政监管一是加强预算执行监控，…积极落实信用评价体系。优化采购政策宣传培训。…"). ONE_PARAGRAPH_SECTION: a
    section whose heading is a run-in label closed by 。 is one paragraph (中央一号文件 2021 "（十五）加强乡村公共基础设
    施建设。…实施农村道路畅通工程。…全面实施路长制。…"): no parts."""
    leads = (
        "（一）聚焦“人兴业旺”，加快建设活力迸发的创业之城立足战略定位，以最大的诚意和最优的政策引才聚才。"
        "加快发展优势特色产业。一是旅游文化康体产业。用足用活旅游产业享受企业所得税优惠政策。二是物流贸易。优化物流仓储园区布局。"
        "加快建设国际知名旅游目的地。一是突出“四个全域”，培育特色旅游品牌。规划建设邮轮码头。"
        "二是突出“补短板”配套，升级旅游基础设施。实施交通网络工程。"
    )
    labels = (
        "（一）做强特色产业，培育经济发展新动能围绕省委的要求，加快打造特色鲜明的新兴产业体系。"
        "大力发展文旅康体产业。聚焦“大旅游”，突出新文创、新旅游、新消费。大力发展物流贸易产业。完善澳前、金井口岸基础设施。"
        "推动建设国际数字经济港、两岸数字创意开放实验室和第三代半导体生产线等项目。"
    )
    one_run = (
        "（五）推动社会治理水平提升。一是提高防控工作科学性、精准性。有序应对政策调整。二是推进平安苏平建设。织密防控网。"
        "三是提升信访工作满意度。深入开展专项攻坚行动。"
    )
    measures = (
        "（七）持续加强财政监管一是加强预算执行监控，落实部门和单位预算管理主体责任。二是加强政府采购预算管理，建立健全制度。"
        "积极落实信用评价体系。优化采购政策宣传培训。强化政府采购监督检查。重点检查贯彻法律法规。"
    )
    paragraph = (
        "（五）加强乡村公共基础设施建设。继续把公共基础设施建设的重点放在农村，着力推进往村覆盖、往户延伸。实施农村道路畅通工程。"
        "有序实施较大人口规模自然村（组）通硬化路。全面实施路长制。开展城乡交通一体化示范创建工作。"
    )
    texts = [leads, labels, one_run, measures, paragraph]
    opening = "当前位置：首页 政府工作报告 各位代表：实现上述目标任务，扎实做好“三篇文章”。"  # the line runs on
    starts = [len(opening) + sum(len(t) for t in texts[:k]) for k in range(len(texts) + 1)]
    titles = ["聚焦“人兴业旺”，加快建设活力迸发的创业之城", "做强特色产业，培育经济发展新动能", "推动社会治理水平提升"]
    titles += ["持续加强财政监管", "加强乡村公共基础设施建设"]
    sections = [
        {"id": f"p/s{k + 1}", "plan_id": "p", "level": 1, "number": f"（{'一二三四五'[k]}）", "title": title}
        | {"parent": None, "start": starts[k], "end": starts[k + 1]}
        for k, title in enumerate(titles)
    ]
    units = {u.id: u for u in plan_units(sections, [], opening + "".join(texts))}
    # ONE_LINE_RUN_ON: the same sections, each on a line of its own, are no one-line crawl
    apart = [r | {"start": r["start"] + k + 1, "end": r["end"] + k + 1} for k, r in enumerate(sections)]
    lines = opening + "".join("\n" + t for t in texts)
    assert not any("#" in u.id for u in plan_units(apart, [], lines))
    parts = {uid: u for uid, u in units.items() if "#" in uid}
    assert {uid: u.title for uid, u in parts.items()} == {
        "p/s1#1": "旅游文化康体产业",
        "p/s1#2": "物流贸易",
        "p/s1#3": "突出“四个全域”，培育特色旅游品牌",
        "p/s1#4": "突出“补短板”配套，升级旅游基础设施",
        "p/s2#1": "大力发展文旅康体产业",
        "p/s2#2": "大力发展物流贸易产业",
    }
    assert parts["p/s1#3"].context == ("加快建设国际知名旅游目的地", titles[0])
    assert parts["p/s1#2"].text == "二是物流贸易。优化物流仓储园区布局。"  # up to the next sub-heading
    assert parts["p/s2#2"].context[0] == titles[1] and parts["p/s2#2"].text.endswith("第三代半导体生产线等项目。")


def test_a_numbered_block_of_targets_holds_its_run_in_lines_as_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """BLOCK_ITEM_PARTS (on since align.PART_OWN_SUBJECT): "2.重点任务" under 发展目标 holds its lines of work as
    run-in paragraphs; they are parts of it (restating, as the block is); without the flag, none."""
    from plankg.lineage import units as unit_rules

    head = "三、发展目标\n"
    block = "2.重点任务\n　　持续构建住房租赁体系。加快租赁住房供应。\n　　深入改善居民居住环境。推进旧区改造。\n"
    text = head + block
    sections = [
        {"id": "p/s3", "plan_id": "p", "level": 1, "number": "三、", "title": "发展目标", "parent": None}
        | {"start": 0, "end": len(text)},
        {"id": "p/s3.2", "plan_id": "p", "level": 2, "number": "2.", "title": "重点任务", "parent": "p/s3"}
        | {"start": len(head), "end": len(text)},
    ]
    parts = [u for u in plan_units(sections, [], text) if "#" in u.id]
    assert [u.title for u in parts] == ["持续构建住房租赁体系", "深入改善居民居住环境"]
    assert all(u.parent == "p/s3.2" and u.restates == "targets" for u in parts)
    monkeypatch.setattr(unit_rules, "BLOCK_ITEM_PARTS", False)
    assert not any("#" in u.id for u in plan_units(sections, [], text))


def test_a_run_in_part_links_by_vocabulary_only_to_the_subject_its_label_names(terms: LineageTerms) -> None:
    """PART_OWN_SUBJECT: a part whose body mentions transport by the way ("优化居住空间布局。…在地铁站点周边多
    建租赁住房…") shares only the vocabulary's 交通 with a later "完善交通基础设施": that link goes; a part whose
    label names transport keeps it, and so does a link sharing words."""
    from plankg.lineage.align import Continuation, _parts_on_own_subject

    def at(unit_id: str, title: str) -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, (), "", level=3, parent="old/s2")

    units = [at("old/s2#1", "优化居住空间布局"), at("old/s2#2", "完善城市交通网络"), at("new/s7", "完善交通基础设施")]
    found = [
        Continuation("new/s7", "old/s2#1", 0.25, ("≈交通",), "vocabulary+context", "Section", "Section"),
        Continuation("new/s7", "old/s2#2", 0.25, ("≈交通",), "vocabulary+context", "Section", "Section"),
        Continuation("new/s8", "old/s2#1", 0.25, ("布局", "≈交通"), "words+vocabulary", "Section", "Section"),
    ]
    kept = {(c.later, c.earlier) for c in _parts_on_own_subject(found, units, terms)}
    assert kept == {("new/s7", "old/s2#2"), ("new/s8", "old/s2#1")}


def test_the_links_of_run_in_parts_are_written_on_the_unit_holding_them(terms: LineageTerms) -> None:
    """align.fold_parts: a later plan that gives each run-in line of work an item of its own links
    each to the section holding it, once per pair, marked run-in."""
    earlier = [
        Unit("old/s2", "old", "Section", "完善科研基地和创新平台布局", (), "以提升能力为目标。", level=2),
        Unit(
            "old/s2#1",
            "old",
            "Section",
            "加快发展新型研发机构",
            ("完善科研基地和创新平台布局",),
            "开展新型研发机构认定，发展投资主体多元化的新型研发机构。",
            level=3,
            parent="old/s2",
        ),
        Unit(
            "old/s2#2",
            "old",
            "Section",
            "加强科学研究平台建设",
            ("完善科研基地和创新平台布局",),
            "完善重点实验室建设布局，支持重点实验室强化原始创新。",
            level=3,
            parent="old/s2",
        ),
        Unit("old/s3", "old", "Section", "海洋生物资源利用", (), "开发海洋药物与海洋食品。", level=2),
    ]
    later = [
        Unit("new/t1", "new", "Task", "推进新型研发机构建设量质提升", (), "支持新型研发机构发展。", level=3),
        Unit("new/t2", "new", "Task", "优化重组省重点实验室", (), "优化重点实验室布局。", level=3),
    ]
    found = align(later, earlier, terms)
    assert not any("#" in c.earlier or "#" in c.later for c in found)
    by_later = {c.later: c for c in found}
    assert by_later["new/t1"].earlier == by_later["new/t2"].earlier == "old/s2"
    assert by_later["new/t1"].method.startswith("run-in")
    assert len(pairs(found)) == len(found)


def test_targets_beside_the_plans_guiding_ideas_frame_the_plan_whatever_the_chapter_is_called() -> None:
    """PLAN_FRAME_SIBLINGS: "一、加快推进创新型省份建设" holding (一)基础与优势, (三)指导思想 and (四)发展目标
    is the plan's framing chapter: its targets are the plan's, not those of a line of work."""
    titles = ["加快推进创新型省份建设", "基础与优势", "指导思想", "发展目标"]
    sections = [
        {"id": f"p/s{k}", "plan_id": "p", "level": 1 if k == 0 else 2, "number": "", "title": title}
        | {"start": k * 10, "end": 40, "parent": None if k == 0 else "p/s0"}
        for k, title in enumerate(titles)
    ]
    roles = {u.id: u.role for u in plan_units(sections, [])}
    assert roles["p/s1"] == "review" and roles["p/s2"] == "guiding" and roles["p/s3"] == "targets"
    assert framing_role("基础与优势") == framing_role("现实基础和条件") == "review"
    assert framing_role("基础研究") == framing_role("夯实发展基础") == ""


def test_a_box_item_is_linked_where_its_own_words_point_not_by_its_box_alone(terms: LineageTerms) -> None:
    """BOX_ITEM_OWN_WORDS: items of the box "清洁能源与新能源技术" all look like the later section on new
    energy through their box's title; the coal item, whose own words point elsewhere, is not linked
    to it, the storage item is."""
    box = "清洁能源与新能源技术"
    earlier = [
        Unit("old/t1", "old", "Task", box, ("发展高新技术",), "", number="专栏6", level=3, parent="old/s3"),
        Unit(
            "old/t2",
            "old",
            "Task",
            "储能技术",
            (box, "发展高新技术"),
            "研究储能电池关键材料。",
            level=4,
            parent="old/t1",
        ),
        Unit(
            "old/t3",
            "old",
            "Task",
            "煤清洁利用技术",
            (box, "发展高新技术"),
            "高效超临界燃煤发电技术，煤制液体燃料，资源高效开采利用。",
            level=4,
            parent="old/t1",
        ),
        Unit("old/s3", "old", "Section", "发展高新技术", (), "", level=2),
    ]
    later = [
        Unit(
            "new/s7",
            "new",
            "Section",
            "推动能源绿色低碳与新能源技术发展",
            (),
            "发展先进核能、可再生能源、先进储能等领域关键技术。",
            level=2,
        ),
        Unit("new/s8", "new", "Section", "发展资源绿色高效开采利用技术", (), "推进矿产资源高效开采利用。", level=2),
    ]
    from plankg.lineage import align as module

    linked = pairs(align(later, earlier, terms))
    assert ("new/s7", "old/t2") in linked and ("new/s7", "old/t3") not in linked
    try:
        module.BOX_ITEM_OWN_WORDS = False
        assert ("new/s7", "old/t3") in pairs(align(later, earlier, terms))
    finally:
        module.BOX_ITEM_OWN_WORDS = True


# --- similarity and alignment -----------------------------------------------------------------

EARLIER = [
    unit("old/t1", "重大新药创制", "加强针对新靶点的药物创新研究，推进新型疫苗和小分子药物的产业化。"),
    unit("old/t2", "体外诊断与影像诊断装备", "开发适用于生化、免疫的体外诊断仪器和医学影像设备。"),
    unit("old/t3", "民用客机大型复合材料部件与总装生产线", "突破大型复合材料部件制造技术。"),
    unit("old/t4", "海上风力发电机组", "研制多兆瓦级海上风电机组及其控制系统。"),
    unit("old/s1", "注重青年科技人才培养", "加大对青年科技人才的培养力度。", label="Section"),
    unit("old/t5", "城市交通信号控制", "建设城市交通信号协同控制系统。"),
]


def test_reworded_lines_of_work_continue_through_the_vocabulary(terms: LineageTerms) -> None:
    later = [
        unit("new/t1", "重大诊疗器械及核心零部件", "以医学影像设备为重点，开发高端诊疗器械。", ("生物医药",)),
        unit("new/t2", "商用大飞机", "初步实现商用大飞机研发制造关键核心技术自主可控。", ("航空航天",)),
        unit("new/s1", "培育杰出青年科技创新人才", "加大对优秀青年科技人才的扶持力度。", label="Section"),
    ]
    found = {c.later: c for c in align(later, EARLIER, terms)}
    assert found["new/t1"].earlier == "old/t2" and "vocabulary" in found["new/t1"].method
    assert any(t.startswith("≈医疗器械") for t in found["new/t1"].shared_terms)
    assert found["new/t2"].earlier == "old/t3" and any(t.startswith("≈大飞机") for t in found["new/t2"].shared_terms)
    assert found["new/s1"].earlier == "old/s1" and found["new/s1"].later_label == "Section"


def test_grid_connection_and_rule_of_law_are_one_line_under_other_names(terms: LineageTerms) -> None:
    """GRID_CONNECTION and RULE_OF_LAW (data/lineage_terms.yaml): 上海's 2023 wind/solar notice → its 2024 notice
    (round 25), 十四五 → 十五五 housing (round 4); the pairs share no word of their titles."""
    earlier = [
        unit("old/s3", "优化并网管理和服务", "加强网源协调发展，…及时优化电网规划建设方案。持续完善并网流程"),
        unit("old/s4", "提升能效和技术水平", "拟建、在建风电、光伏发电项目应对照国家最新《可再生能源效能标杆"),
        unit("old/s5", "强化法治保障", "完善规划实施的法制基础，推进住房租赁、城市更新…等领域的法规体系建设。"),
    ]
    later = [
        unit("new/t2", "持续优化接网流程", "电网企业要优化工作流程，…主动为可再生能源接入电网提供服务"),
        unit("new/t9", "完善法规政策标准", "持续贯彻实施《上海市城市更新条例》。健全党建引领物业治理法规体系"),
    ]
    grid = title_concepts("持续优化接网流程", terms) & title_concepts("优化并网管理和服务", terms)
    assert sorted(grid) == ["并网", "能源"]
    assert title_concepts("完善法规政策标准", terms) & title_concepts("强化法治保障", terms) == {"法治"}
    best: dict[str, Continuation] = {}
    for c in align(later, earlier, terms):  # best first for each later unit
        best.setdefault(c.later, c)
    assert best["new/t2"].earlier == "old/s3" and any(t.startswith("≈并网") for t in best["new/t2"].shared_terms)
    assert best["new/t9"].earlier == "old/s5" and any(t.startswith("≈法治") for t in best["new/t9"].shared_terms)


def test_a_schools_standing_lines_of_work_continue_under_new_slogans(terms: LineageTerms) -> None:
    """SCHOOL_WORK (data/lineage_terms.yaml): 绍兴一中's yearly work plans (rounds 19 and 26) retitle 教学, 体育/卫生
    and 安全 every year with slogans whose titles share no word."""
    earlier = [
        unit(
            "old/s1",
            "普高提质",
            "对标“普高提质50条”中的学校23条工作，…提升教学质量，拓展尖子生升学路径，提高一段率。",
            label="Section",
        ),
        unit(
            "old/s2",
            "安全、体育、卫生、后勤等工作重点：全员创优促和谐",
            "要以“创优促和谐”为目标，做好安全、体育、卫生、后勤等工作，为师生提供优质的服务",
            label="Section",
        ),
        unit("old/s3", "着心学生，办好五件惠生实事", "全员家访。…", label="Section"),
    ]
    later = [
        unit(
            "new/s1",
            "优化教学工作",
            "做细做实招生、课程、竞赛、强基、备课教研、课堂教学、作业布置与批改、课后辅导等教学核心工作",
            label="Section",
        ),
        unit(
            "new/s2",
            "健康第一，安全为上，防患未然，努力打造平安校园",
            "重视体卫工作，为学生的健康成长、全面发展打下坚实基础。遵循快乐体育、健康生活的教育理念",
            label="Section",
        ),
    ]
    assert title_concepts("普高提质", terms) == frozenset()
    best: dict[str, Continuation] = {}
    for c in align(later, earlier, terms):  # best first for each later unit
        best.setdefault(c.later, c)
    assert best["new/s1"].earlier == "old/s1" and any(t.startswith("≈教学质量") for t in best["new/s1"].shared_terms)
    assert best["new/s2"].earlier == "old/s2" and any(t.startswith("≈体艺与健康") for t in best["new/s2"].shared_terms)


def test_clean_government_is_one_line_under_the_partys_new_names(terms: LineageTerms) -> None:
    """CLEAN_GOVERNMENT (data/lineage_terms.yaml): 绍兴一中 2019 "风险短板" → 2021 "深化“清廉学校”建设" (round 19); 廉洁
    said of conduct within another line (廉洁从教) is no part of it."""
    earlier = [
        unit("old/s1", "风险短板", "就预算、收支、采购…建立流程等规范制度体系。加强党风廉政建设，严防廉政风险。"),
        unit("old/s2", "工程建设", "保质保量做好南校门、风雨连廊等工程。"),
    ]
    later = [unit("new/s1", "深化“清廉学校”建设", "推进清廉学校建设，…")]
    assert title_concepts("深化“清廉学校”建设", terms) == {"廉政"}
    assert title_concepts("廉洁从教", terms) == frozenset()
    found = align(later, earlier, terms)
    assert found and found[0].earlier == "old/s1" and any(t.startswith("≈廉政") for t in found[0].shared_terms)


def test_unrelated_units_do_not_continue_and_empty_titles_are_ignored(terms: LineageTerms) -> None:
    later = [unit("new/t2", "量子计算", "研制超导量子芯片与测控系统。"), unit("new/t3", "", "（2）。")]
    assert align(later, EARLIER, terms) == []


def test_the_grouping_above_a_unit_says_what_it_is_about(terms: LineageTerms) -> None:
    earlier = [
        unit("old/t1", "集成电路关键核心装备与特色工艺", "研制刻蚀机等关键装备。"),
        unit("old/t2", "先进纺织材料", "发展新型纺织材料。"),
    ]
    under_ic = align([unit("new/t1", "装备与材料", "突破关键装备和材料。", ("集成电路",))], earlier, terms)
    alone = align([unit("new/t1", "装备与材料", "突破关键装备和材料。")], earlier, terms)
    assert under_ic[0].earlier == "old/t1"
    score = {c.earlier: c.score for c in alone}
    assert under_ic[0].score > score.get("old/t1", 0.0)


def test_one_generic_word_does_not_link_everything(terms: LineageTerms) -> None:
    """Several later units share 平台 with one earlier unit; alignment keeps its counterpart only."""
    earlier = [unit("old/t1", "生物医药公共服务平台", "建设生物医药公共服务平台。")]
    later = [
        unit("new/t1", "生物医药研发与转化平台", "建设生物医药研发与转化功能型平台。"),
        *[unit(f"new/t{i}", f"{name}平台", f"建设{name}平台。") for i, name in enumerate(["数据", "交易", "科普"], 2)],
    ]
    assert pairs(align(later, earlier, terms)) == {("new/t1", "old/t1")}


def test_at_most_a_few_continuations_per_unit_best_first(terms: LineageTerms) -> None:
    earlier = [unit(f"old/t{i}", f"海上风电机组{i}", "研制海上风电机组与控制系统。") for i in range(8)]
    # a later plan with as many units as the earlier one: MAX_PER_UNIT for a later unit that is
    # not the earlier units' best match (new/t2: new/t1 is closer to each of them) ...
    others = [unit(f"new/o{i}", f"城市更新{i}", f"推进旧区改造与城市更新第{i}批项目。") for i in range(8)]
    best = unit("new/t1", "海上风电机组", "研制海上风电机组。")
    runner_up = unit("new/t2", "海上风电机组与控制系统", "研制海上风电机组与控制系统。")
    found = align([best, runner_up, *others], earlier, terms)
    second = [c for c in found if c.later == "new/t2"]
    assert 0 < len(second) <= MAX_PER_UNIT
    assert [c.score for c in second] == sorted((c.score for c in second), reverse=True)
    # ... while the unit each of them went to continues all eight (MANY_TO_ONE)
    assert {c.earlier for c in found if c.later == "new/t1"} == {u.id for u in earlier}
    # a coarser later plan (one unit for eight), its other units no match of theirs: the limit
    # grows (FINER_EARLIER), and the best match of each is kept beyond it
    found = align([unit("new/t1", "海上风电机组", "研制海上风电机组。")], earlier, terms)
    assert len(found) > MAX_PER_UNIT and per_unit_limit(1, 8) == MAX_PER_UNIT_FINER
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


def test_a_broad_later_section_continues_each_earlier_item_whose_best_match_it_is(terms: LineageTerms) -> None:
    """MANY_TO_ONE (round 4, housing 十四五 → 十五五): one later section whose short title runs in
    with a body (（四）住房保障扩容提质。强化公共租赁住房兜底保障…) carries on more earlier items than
    ROW_RANK, each of which finds it its best match, in plans of equal grain (no FINER_EARLIER)."""
    from plankg.lineage.align import ROW_RANK

    later = [unit("new/s4", "渔港建设提档升级", "推进渔港建设，改造渔港码头，建设渔船避风锚地，完善渔港管理服务。")]
    topics = ["公园城市建设", "轨道交通", "防洪排涝", "市政管网", "历史风貌保护", "商业街区", "产业园区"]
    later += [unit(f"new/o{i}", topic, f"推进{topic}。") for i, topic in enumerate(topics)]
    items = [
        ("渔港建设", "推进渔港建设。"),
        ("渔港码头改造", "改造渔港码头。"),
        ("渔船避风锚地", "建设渔船避风锚地。"),
        ("渔港管理服务", "完善渔港管理服务。"),
        ("渔港综合管理", "渔港管理。"),
        ("渔港升级", "渔港建设升级。"),
    ]
    earlier = [unit(f"old/t{i}", title, text) for i, (title, text) in enumerate(items)]
    assert len(later) >= len(earlier)
    found = pairs(align(later, earlier, terms))
    linked = {earlier_id for _, earlier_id in found}
    assert {later_id for later_id, _ in found} == {"new/s4"} and len(linked) > ROW_RANK


def test_the_measures_of_an_earlier_plan_may_become_lines_of_work_of_the_later_one(terms: LineageTerms) -> None:
    """MEANS_BECOME_WORK: an item of the earlier plan's 保障措施 (强化土地要素保障) continues a later
    line of work on the same thing (房地产市场 with its 住宅用地供应); a later plan's implementation
    item stays framing, linked by role only."""

    def at(unit_id: str, title: str, text: str, role: str = "", parent: str = "", level: int = 2) -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, (), text, level=level, parent=parent, role=role)

    earlier = [
        at("old/s8", "夯实保障措施", "", "implementation", level=1),
        at("old/s8.3", "强化土地要素保障", "优化住宅用地供应管理，统筹安排住宅用地供应。", "implementation", "old/s8"),
        at("old/s1", "推进公园城市建设", "建设环城生态公园带。"),
    ]
    later = [
        at("new/s2.3", "房地产市场平稳健康发展", "科学确定住房供应规模，优化住宅用地供应结构。"),
        at("new/s9", "组织实施", "加强组织领导，落实规划实施。", "implementation", level=1),
        at("new/s9.1", "强化用地保障", "统筹住宅用地供应。", "implementation", "new/s9"),
    ]
    found = pairs(align(later, earlier, terms))
    assert ("new/s2.3", "old/s8.3") in found
    assert not any(later_id == "new/s9.1" and earlier_id == "old/s1" for later_id, earlier_id in found)
    assert all(later_id != "new/s2.3" or earlier_id != "old/s8" for later_id, earlier_id in found)


def test_requirements_the_later_plan_does_not_frame_are_aligned_as_lines_of_work(terms: LineageTerms) -> None:
    """UNMATCHED_ROLE_IS_WORK: an earlier 总体要求 section (role overall) whose later counterpart is a plain
    heading ("工作要求", no role) continues it; where the later plan has an overall unit of its own, the
    earlier one is linked by role only."""

    def at(unit_id: str, title: str, text: str, role: str = "", parent: str = "", level: int = 1) -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, (), text, level=level, parent=parent, role=role)

    earlier = [
        at("old/s2", "活动安排", "举办主场活动，发布宣传海报。"),
        at("old/s3", "总体要求", "各地要高度重视，精心组织，动员社会各界广泛参与，务求实效。", "overall"),
    ]
    later = [
        at("new/s3", "活动安排", "举办主场活动，制作宣传海报。"),
        at("new/s4", "工作要求", ""),
        at("new/s4.1", "精心组织", "各地要高度重视，精心组织。", parent="new/s4", level=2),
        at("new/s4.2", "广泛动员", "动员社会各界广泛参与。", parent="new/s4", level=2),
    ]
    found = pairs(align(later, earlier, terms))
    assert {later_id for later_id, earlier_id in found if earlier_id == "old/s3"} & {"new/s4", "new/s4.1", "new/s4.2"}
    # the later plan frames its own 总体要求: the earlier one goes there, by role, and nowhere else
    later.append(at("new/s1", "总体要求", "坚持简约务实。", "overall"))
    found = pairs(align(later, earlier, terms))
    assert {later_id for later_id, earlier_id in found if earlier_id == "old/s3"} == {"new/s1"}
    # a line of work read as situation by one word of its title, in a later plan with no situation unit
    earlier = [at("old/s5", "开展形势政策教育", "加强思想政治教育，开展形势政策教育。", "situation")]
    later = [at("new/s6", "加强思想建设", "加强思想政治教育。"), at("new/s7", "发展体育事业", "开展全民健身。")]
    assert pairs(align(later, earlier, terms)) == {("new/s6", "old/s5")}


def test_a_later_implementation_part_the_earlier_plan_does_not_frame_carries_on_its_lines_of_work(
    terms: LineageTerms,
) -> None:
    """LATER_UNMATCHED_ROLE_IS_WORK: 平潭's sampling plan 2017 "二、工作安排 / （一）确定抽检机构 （二）抽样检验
    要求" (no role) is carried on by 2018 "三、组织实施 / （一）确定抽样单位和承检机构 （二）抽样检验要求"
    (implementation); where the earlier plan has an implementation unit of its own, the later ones stay linked by
    role only."""

    def at(unit_id: str, title: str, text: str, role: str = "", parent: str = "", level: int = 2) -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, (), text, level=level, parent=parent, role=role)

    earlier = [
        at("old/s2", "工作安排", "", level=1),
        at("old/s2.1", "确定抽检机构", "通过公开招标方式确定抽样检验机构，加强对检验机构的考核。", parent="old/s2"),
        at("old/s2.2", "抽样检验要求", "抽检工作应当严格按照食品安全抽样检验管理办法执行。", parent="old/s2"),
        at("old/s3", "工作要求", "", level=1),
        at("old/s3.1", "严肃纪律", "不得瞒报、谎报、漏报检验数据。", parent="old/s3"),
    ]
    later = [
        at("new/s3", "组织实施", "", "implementation", level=1),
        at("new/s3.1", "确定抽样单位和承检机构", "通过公开招标确定抽样检验机构。", "implementation", "new/s3"),
        at("new/s3.2", "抽样检验要求", "抽检应当严格按照食品安全抽样检验管理办法执行。", "implementation", "new/s3"),
        at("new/s4", "工作要求", "", level=1),
        at("new/s4.3", "严肃工作纪律", "不得瞒报、谎报检验数据。", parent="new/s4"),
    ]
    found = pairs(align(later, earlier, terms))
    assert {("new/s3.1", "old/s2.1"), ("new/s3.2", "old/s2.2")} <= found
    # the earlier plan frames its own 保障措施: the later implementation items go there, by role only
    earlier += [
        at("old/s5", "保障措施", "", "implementation", level=1),
        at("old/s5.1", "加强组织领导", "加强组织协调。", "implementation", "old/s5"),
    ]
    found = pairs(align(later, earlier, terms))
    assert not {earlier_id for later_id, earlier_id in found if later_id in ("new/s3.1", "new/s3.2")} & {
        "old/s2.1",
        "old/s2.2",
    }


def test_a_measure_that_found_its_counterpart_by_role_keeps_no_weak_work_link(terms: LineageTerms) -> None:
    """ROLE_COUNTERPART: an earlier 保障措施 item continues the later 保障措施 item of the same measure by
    role; its far weaker link, as a line of work, to a later line of work sharing the plan's subject goes."""

    def at(unit_id: str, title: str, text: str, role: str = "", parent: str = "", level: int = 2) -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, (), text, level=level, parent=parent, role=role)

    subject = "智能网联汽车"
    earlier = [
        at("old/s4", "加强产品安全管理", f"{subject}产品应具备人机交互功能。", level=1),
        at("old/s6", "规范软件升级", f"{subject}企业应建立软件升级管理制度。", level=1),
        at("old/s5", "保障措施", "", "implementation", level=1),
        at("old/s5.2", "加强监督实施", f"加强{subject}监督检查，依法处理违规企业。", "implementation", "old/s5"),
    ]
    later = [
        at("new/s1", "强化产品安全设计", f"{subject}产品应具备人机交互功能。", level=1),
        at("new/s4", "规范软件在线升级", f"{subject}企业应建立软件升级管理制度。", level=1),
        at("new/s2", "强化协同监管", f"建立{subject}部门协同机制，共享事故信息，依法处理违规行为。", level=1),
        at("new/s3", "保障措施", "", "implementation", level=1),
        at("new/s3.2", "加强监督管理", f"开展{subject}监督检查。", "implementation", "new/s3"),
    ]
    found = pairs(align(later, earlier, terms))
    assert ("new/s3.2", "old/s5.2") in found
    assert ("new/s2", "old/s5.2") not in found


def test_a_later_sibling_left_alone_keeps_its_own_best_source(terms: LineageTerms) -> None:
    """LATER_ALONE_BEST (九五 "环境和生态保护" → 十五 "加强生态建设", beside "保护和治理环境"): the earlier section
    went to the sibling it matches best; the other sibling, whose best source it is, continues it too."""

    def at(unit_id: str, title: str, text: str, parent: str = "", level: int = 2) -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, (), text, level=level, parent=parent)

    earlier = [
        at("old/s9", "可持续发展", "", level=1),
        at(
            "old/s9.2",
            "环境和生态保护",
            "加强环境保护，治理工业污染，控制污染物排放总量，保护生态环境，植树造林，治理水土流失。",
            "old/s9",
        ),
        at("old/s9.3", "资源节约", "节约用水，节约能源，合理开发矿产资源。", "old/s9"),
    ]
    later = [
        at("new/s5", "加强生态建设，保护和治理环境", "", level=1),
        at("new/s5.1", "加强生态建设", "实施天然林保护工程，退耕还林还草，防沙治沙，治理水土流失。", "new/s5"),
        at(
            "new/s5.2",
            "保护和治理环境",
            "加强环境保护，治理工业污染，控制污染物排放总量，提高城乡环境质量。",
            "new/s5",
        ),
        at("new/s6", "节约资源", "节约用水，节约能源。", level=1),
    ]
    found = pairs(align(later, earlier, terms))
    assert ("new/s5.2", "old/s9.2") in found and ("new/s5.1", "old/s9.2") in found
    assert ("new/s6", "old/s9.2") not in found


def test_a_later_title_listing_its_subjects_continues_one_earlier_unit_per_subject(terms: LineageTerms) -> None:
    """SEVERAL (九五 体育 and 卫生 → 十五 发展卫生、体育事业): 体育 finds the later unit its best match,
    far under the 卫生 pair (LATER_RELATIVE), and still continues it, as the title lists both."""
    health = "深化医疗卫生体制改革，加强卫生服务体系建设，加强卫生监督。"
    later = [
        unit("new/a", "发展卫生、体育事业", health + "开展全民健身运动。"),
        unit("new/b", "发展文化事业", "繁荣文学艺术，发展广播影视。"),
        unit("new/c", "深化教育改革", "推进素质教育。"),
    ]
    earlier = [
        unit("old/w", "卫生", health),
        unit("old/t", "体育", "发展体育事业，开展全民健身运动。"),
        unit("old/c", "文化", "繁荣文学艺术。"),
    ]
    assert pairs(align(later, earlier, terms)) == {("new/a", "old/w"), ("new/a", "old/t"), ("new/b", "old/c")}
    # the same without 、 in the title: 体育 is too far under 卫生 on words alone. (Since SCHOOL_WORK, 体育 is a concept
    # of the vocabulary, which joins the pair as a line of work whatever the title's punctuation; the 九五 → 十五 set
    # this example comes from is unchanged by it. The title rule is checked without the vocabulary.)
    later[0] = unit("new/a", "发展卫生体育事业", later[0].text)
    assert ("new/a", "old/t") not in pairs(align(later, earlier, LineageTerms({})))
    assert ("new/a", "old/w") in pairs(align(later, earlier, LineageTerms({})))


def test_a_section_and_a_task_of_one_item_are_aligned_once_and_linked_once(terms: LineageTerms) -> None:
    """TWINS: the item "1.大力推动租赁住房有效供应" became a Section and a Task (same title, same
    place). Aligned once, so it takes one of a later unit's places; TWIN_LINKS_ONCE: its links are
    written once, on the Section (on both nodes, every link into a later twin was two)."""
    title, text = "大力推动租赁住房有效供应", "加大租赁住房供应。"
    twin_section = Unit("old/s1.1", "old", "Section", title, (), text, level=3, start=10)
    twin_task = Unit("old/s1/t1.1", "old", "Task", title, (), text, level=3, start=10)
    other = unit("old/t9", "城市交通信号控制", "建设城市交通信号协同控制系统。")
    later = [unit("new/t1", "租赁住房供应", "扩大保障性租赁住房供给。")]
    found = align(later, [twin_section, twin_task, other], terms)
    assert pairs(found) == {("new/t1", "old/s1.1")}
    assert found[0].earlier_label == "Section"
    # a later twin likewise: one link, from its Section
    late_section = Unit("new/s2.1", "new", "Section", "租赁住房供应", (), "扩大保障性租赁住房供给。", level=3, start=5)
    late_task = Unit("new/s2/t1.1", "new", "Task", "租赁住房供应", (), "扩大保障性租赁住房供给。", level=3, start=5)
    assert pairs(align([late_section, late_task], [twin_section, twin_task, other], terms)) == {
        ("new/s2.1", "old/s1.1")
    }
    # the same title at an unknown place (start 0) under another unit is no twin
    from plankg.lineage.align import without_twins

    elsewhere = Unit("old/s2/t1", "old", "Task", title, (), text, level=3, parent="old/s2")
    section = Unit("old/s3", "old", "Section", title, (), text, level=2)
    assert without_twins([section, elsewhere])[1] == {}


def test_a_framing_unit_continues_only_the_later_unit_of_its_role(terms: LineageTerms) -> None:
    """Old targets go to the new targets, not to the line of work they mention, and a line of
    work never links to a framing unit, however many words they share."""

    def framing(unit_id: str, title: str, text: str, role: str) -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, (), text, level=2, role=role)

    earlier = [
        framing(
            "old/s1", "发展目标", "到2015年，全社会研发经费支出占生产总值比例达到3%，集成电路产业规模翻番。", "targets"
        ),
        framing("old/s2", "指导思想", "以科学发展观为指导，坚持创新驱动、转型发展。", "guiding"),
        unit("old/t1", "集成电路设计与制造", "突破集成电路设计与制造关键技术。"),
    ]
    later = [
        framing("new/s1", "主要目标", "到2025年，全社会研发经费支出相当于全市生产总值的比例达到4%左右。", "targets"),
        framing("new/s2", "基本原则", "坚持创新驱动，集成电路优先。", "principles"),
        unit("new/t1", "集成电路", "突破集成电路设计与制造关键技术，发展集成电路产业。"),
    ]
    found = align(later, earlier, terms)
    assert pairs(found) == {("new/s1", "old/s1"), ("new/t1", "old/t1")}
    role_link = next(c for c in found if c.earlier == "old/s1")
    assert role_link.method.startswith("role:targets")


def test_a_restating_unit_is_linked_without_taking_the_place_of_a_unit_that_sets_work(
    terms: LineageTerms,
) -> None:
    """An item of the earlier plan's review restates a line of work its task chapters set: it is
    linked where it would rank among them, and they keep their links."""
    setting = [unit(f"old/t{i}", f"海上风电机组{i}", "研制海上风电机组与控制系统。") for i in range(MAX_PER_UNIT)]
    review = Unit(
        "old/s1.1", "old", "Task", "海上风电机组", (), "研制海上风电机组与控制系统。", level=3, restates="review"
    )
    later = [unit("new/t1", "海上风电机组", "研制海上风电机组与控制系统。")]
    without = pairs(align(later, setting, terms))
    with_review = pairs(align(later, [*setting, review], terms))
    assert without == {("new/t1", u.id) for u in setting}
    assert without < with_review


def test_a_line_of_work_continues_in_its_home_chapter_not_where_it_is_named_in_passing(
    terms: LineageTerms,
) -> None:
    """科技金融 has its section in one chapter of the later plan and recurs as an item under
    another; the earlier unit continues in the chapter holding most of its matches."""

    def at(unit_id: str, title: str, text: str, parent: str = "", level: int = 2) -> Unit:
        return Unit(unit_id, "new", "Section" if level < 3 else "Task", title, (), text, level=level, parent=parent)

    later = [
        at("new/s1", "推动科技与金融深度融合", "", level=1),
        at("new/s1.1", "放大创投的品牌效应", "强化政府引导基金，发展创业投资，支持科技企业融资。", "new/s1"),
        at("new/s1.2", "提升科技金融服务的精准度", "发展科技信贷、科技保险和知识产权质押融资。", "new/s1"),
        at("new/s2", "全面强化张江示范区核心载体功能", "", level=1),
        at("new/s2.1", "深化张江科技金融创新", "推进金融要素资源在示范区内集聚，发展创业投资。", "new/s2"),
        at("new/s2.2", "优化产业空间布局", "明确各园区主导产业。", "new/s2"),
    ]
    earlier = [unit("old/t1", "促进金融资本与技术创新的结合", "发展科技信贷、科技保险和创业投资，支持科技企业融资。")]
    found = align(later, earlier, terms)
    linked = {c.later for c in found}
    # Without the home rule 深化张江科技金融创新 (0.19) would be linked too.
    assert "new/s1.2" in linked and linked <= {"new/s1", "new/s1.1", "new/s1.2"}
    assert all(0.0 < c.score < 1.0 for c in found)


def test_a_broad_later_section_continues_all_the_narrow_earlier_items_it_gathers(terms: LineageTerms) -> None:
    """九五 → 十五: the earlier plan has more units of work than the later one; one later 节
    (深化国有企业改革) takes up five numbered items of one earlier section. Without
    FINER_EARLIER (OWN_BEST_RANKS, ANCESTORS_NO_RIVALS, per_unit_limit) at most ROW_RANK of
    them ranked, and the section above them (which contains them all) set the bar."""

    def at(unit_id: str, title: str, text: str, parent: str = "", level: int = 3) -> Unit:
        plan = unit_id.split("/")[0]
        return Unit(unit_id, plan, "Section", title, (), text, level=level, parent=parent)

    topics = [
        ("现代企业制度", "建立现代企业制度，转换国有企业经营机制，实行公司制改革"),
        ("国有资产管理", "建立国有资产管理、经营和监督体制，国有资产出资人到位"),
        ("企业兼并破产", "实行国有企业兼并破产，依法破产，分离企业办社会职能"),
        ("企业经营管理", "强化国有企业科学管理，内部改革，劳动合同制，竞争上岗"),
        ("放活国有小企业", "放开搞活国有小企业，改组、联合、兼并、租赁、承包经营"),
    ]
    earlier = [at("old/s7", "深化经济体制改革", "", level=1)]
    earlier.append(at("old/s7.1", "建立国有企业现代企业制度", "", "old/s7", level=2))
    earlier += [at(f"old/s7.1.{k}", title, text, "old/s7.1") for k, (title, text) in enumerate(topics, 1)]
    earlier += [at(f"old/s8.{k}", f"发展{w}", f"大力发展{w}，提高{w}水平") for k, w in enumerate("农林牧渔", 1)]
    later = [
        at("new/s6", "推进改革", "", level=1),
        at("new/s6.1", "深化国有企业改革", "；".join(text for _, text in topics), "new/s6", level=2),
        at("new/s6.2", "发展农业", "大力发展农业、林业、牧业和渔业，提高农业水平", "new/s6", level=2),
    ]
    assert len(earlier) > len(later) and len(topics) > MAX_PER_UNIT
    linked = {c.earlier for c in align(later, earlier, terms) if c.later == "new/s6.1"}
    assert {f"old/s7.1.{k}" for k in range(1, len(topics) + 1)} <= linked
    assert not any(e.startswith("old/s8") for e in linked)
    assert per_unit_limit(90, 123) == 6 and per_unit_limit(100, 80) == MAX_PER_UNIT


def _outline(plan: str, *rows: tuple[str, str, int]) -> list[Unit]:
    """Units from (id, parent id, level) rows: a level-1 section is a chapter."""
    return [
        Unit(f"{plan}/{i}", plan, "Section" if level < 3 else "Task", i, level=level, parent=f"{plan}/{p}" if p else "")
        for i, p, level in rows
    ]


def test_bigram_codes_are_the_bigrams_of_each_text() -> None:
    """bigram_codes (all texts at once, stop characters and generic bigrams filtered by table
    lookups) gives, text by text, the bigrams ``bigrams`` cuts one text at a time: CJK pairs only,
    none across two texts, none with a stop character, no generic pair; the block's first and last
    characters are CJK."""
    import random

    from plankg.lineage.similarity import GENERIC_BIGRAMS, STOP_CHARS, bigram_codes, bigrams, decode_bigram

    rng = random.Random(7)
    generic = sorted(GENERIC_BIGRAMS)[:50]
    pool = [chr(c) for c in range(0x4E00, 0x4E00 + 200)] + list("科技创新集成电路，。、ab1 ")
    pool += ["\u4e00", "\u9fff", "\u4dff", "\ua000"]  # the block's ends, and the characters just outside it
    pool += sorted(STOP_CHARS) + [c for g in generic for c in g]
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 40))) for _ in range(200)]
    texts += ["集成电路的发展", "\u4e00\u9fff\u4e00", "", "推进" + generic[0] + "体系"]
    rows, codes = bigram_codes(texts)
    found: list[list[str]] = [[] for _ in texts]
    for row, code in zip(rows.tolist(), codes.tolist(), strict=True):
        found[row].append(decode_bigram(code))
    assert found == [bigrams(t) for t in texts]
    assert found[-4] == ["集成", "成电", "电路"] and found[-3] == ["\u4e00\u9fff", "\u9fff\u4e00"]


def test_a_full_form_and_its_abbreviation_are_compared_as_one(terms: LineageTerms) -> None:
    """ABBREVIATED: 九五 "加速科学技术进步" and 十五 "推进科技进步和创新" share 科技 (jieba cuts 科学技术
    and 科技 into words with nothing in common); the titles shown stay as written."""
    from plankg.lineage.similarity import abbreviated, build_space, scores

    assert abbreviated("加速科学技术进步") == "加速科技进步"
    later = [unit("b/1", "推进科技进步和创新"), unit("b/2", "发展农业和农村经济")]
    earlier = [unit("a/1", "加速科学技术进步"), unit("a/2", "加强水利建设")]
    cosine = scores(build_space(later, earlier, terms))
    assert cosine[0, 0] > 0.2 and cosine[0, 0] > cosine[1, 0]
    assert later[0].title == "推进科技进步和创新" and earlier[0].title == "加速科学技术进步"


def test_items_that_only_echo_their_linked_section_are_dropped_but_the_best_one_stays() -> None:
    """A section linked at 0.6 and its items at 0.5, 0.2, 0.1 for the same earlier unit: 0.5 holds
    its own (ITEM_SHARE), 0.2 is the best of the echoes and stays, 0.1 goes; an item whose section
    is not linked is never dropped."""
    from plankg.lineage.align import ITEM_SHARE, _own_weight

    later = _outline("new", ("s1", "", 2), ("t1", "s1", 3), ("t2", "s1", 3), ("t3", "s1", 3), ("t4", "", 3))
    chosen = [(0, 0, 0.6), (1, 0, 0.5), (2, 0, 0.2), (3, 0, 0.1), (3, 1, 0.1), (4, 0, 0.05)]
    assert 0.2 < ITEM_SHARE * 0.6 <= 0.5
    assert _own_weight(chosen, later) == [(0, 0, 0.6), (1, 0, 0.5), (2, 0, 0.2), (3, 1, 0.1), (4, 0, 0.05)]


def test_an_item_the_earlier_unit_names_is_no_echo_of_its_section() -> None:
    """NAMED_ITEMS / NAMED_SOURCE: an earlier unit listing its subjects in its body (…航空航天装备、节能与新能源
    汽车…) names the later items "航空航天" and "汽车", not "纺织" or "其他"; such an item is kept below its
    linked section (where ITEM_SHARE dropped every echo but the best), and past EARLIER_RELATIVE where
    the earlier unit is its best match of all."""
    import numpy as np

    from plankg.lineage.align import _named_source, _names, _own_weight

    early = unit("a/s3", "行业应用标准", "（三）行业应用标准\n围绕航空航天装备、节能与新能源汽车、电力装备等重点领域")
    later = _outline("b", ("s4", "", 2), ("航空航天", "s4", 3), ("汽车", "s4", 3), ("纺织", "s4", 3), ("其他", "s4", 3))
    assert [_names(early, u) for u in later[1:]] == [True, True, False, False]
    chosen = [(0, 0, 0.66), (1, 0, 0.3), (2, 0, 0.2), (3, 0, 0.2), (4, 0, 0.1)]
    assert _own_weight(chosen, later) == [(0, 0, 0.66), (1, 0, 0.3)]
    # named items stay; of the others, the best echo (纺织) stays and 其他 goes
    assert _own_weight(chosen, later, [early]) == [(0, 0, 0.66), (1, 0, 0.3), (2, 0, 0.2), (3, 0, 0.2)]
    scores = np.asarray([[0.5, 0.1], [0.24, 0.1], [0.23, 0.3], [0.2, 0.1], [0.05, 0.01]])
    keep = np.ones_like(scores, dtype=bool)
    other = unit("a/s4", "纺织标准")
    # under half of a/s3's best (0.5): 航空航天 (its best: a/s3, named) passes; 汽车's best is a/s4; 纺织 is
    # not named; 其他 is below MIN_SCORE.
    assert _named_source(scores, keep, later, [early, other])[:, 0].tolist() == [False, True, False, False, False]


def test_a_broad_earlier_unit_continues_the_later_unit_its_work_went_to_not_the_one_above() -> None:
    """WORK_WENT_DEEPEST: the items of an earlier section went into the items of a later section
    ("（二）智能工厂标准"), which stands in a broader later section ("（二）关键技术标准"); both hold all
    of those links (they add up the chain), and only the lower one, its counterpart, is continued."""
    import numpy as np

    import plankg.lineage.align as align_module
    from plankg.lineage.align import _where_its_work_went

    def rows(plan: str, *spec: tuple[str, str, int, str]) -> list[Unit]:
        return [
            Unit(f"{plan}/{i}", plan, label, i, level=level, parent=f"{plan}/{p}" if p else "")
            for i, p, level, label in spec
        ]

    later = rows(
        "new",
        ("c", "", 1, "Section"),
        ("k", "c", 2, "Section"),
        ("k/s", "k", 3, "Section"),
        ("k/s/1", "k/s", 4, "Task"),
        ("k/s/2", "k/s", 4, "Task"),
        ("k/o", "k", 3, "Section"),
        ("k/o/1", "k/o", 4, "Task"),
    )
    earlier = rows("old", ("c", "", 1, "Section"), ("s", "c", 2, "Section"), ("s/1", "s", 3, "Task"))
    earlier += rows("old", ("s/2", "s", 3, "Task"))
    chosen = [(3, 2, 0.5), (4, 3, 0.4)]
    scores = np.full((len(later), len(earlier)), 0.1)

    def went() -> set[tuple[str, str]]:
        return {(later[a].id, earlier[b].id) for a, b, _ in _where_its_work_went(scores, chosen, later, earlier)}

    assert ("new/k/s", "old/s") in went() and ("new/k", "old/s") not in went()
    saved = align_module.WORK_WENT_DEEPEST
    try:
        align_module.WORK_WENT_DEEPEST = None
        assert ("new/k", "old/s") in went()  # without the rule, the section above took a link too
    finally:
        align_module.WORK_WENT_DEEPEST = saved


def test_a_summary_whose_run_in_parts_repeat_the_plans_items_is_no_lineage_unit() -> None:
    """RESTATED_PARTS: a box "智能装备标准建设重点" whose run-in paragraphs repeat the titles of the items
    above it ("工业机器人标准。…") is a summary: neither it nor its parts are aligned; a unit whose parts
    are lines of work of their own keeps them."""
    from dataclasses import replace

    from plankg.lineage.units import _restated

    items = [unit("p/s1", "工业机器人标准", label="Section"), unit("p/s2", "数控机床标准", label="Section")]
    box = unit("p/s3", "智能装备标准建设重点", label="Section")
    work = unit("p/s4", "完善科研基地和创新平台布局", label="Section")
    parts = [
        replace(unit(f"p/s3#{k}", title), parent="p/s3") for k, title in ((1, "工业机器人标准。"), (2, "数控 机床标准"))
    ]
    parts += [replace(unit(f"p/s4#{k}", t), parent="p/s4") for k, t in ((1, "建设国家级平台"), (2, "工业机器人标准"))]
    kept, summaries = _restated([*items, box, work], parts)
    assert summaries == {"p/s3"}  # p/s4: one of its two parts repeats an item, not more than half
    assert [p.id for p in kept] == ["p/s4#1", "p/s4#2"]


def test_a_run_of_untitled_articles_gives_clause_units_under_their_chapter() -> None:
    """CLAUSE_UNITS (lineage.clauses): 金华's 文明行为促进条例 prints its articles untitled ("第九条  公民在公共
    场所应当遵守下列文明行为规范：" with items （一）… inside): its chapter "第二章 文明行为基本规范" holds them in
    its body.
    Each article is a Clause unit under the chapter, titled by its opening words, the chapter as its context and
    parent; the items inside an article stay in its text; a section holding tasks gets none. A chapter holding
    one article is a clause too in a text whose chapters hold runs of articles (LONE_ARTICLE_IN_ARTICLED_TEXT), not
    in a text with no run."""
    from plankg.lineage.clauses import clause_rows

    text = (
        "第二章  文明行为基本规范\n"
        "     第八条\n公民应当爱国、敬业、诚信、友善，遵纪守法。\n"
        "     第九条  公民在公共场所应当遵守下列文明行为规范：\n"
        "     （一）着装得体，举止文明；\n     （二）排队有序，礼让老幼。\n"
        "第三章  促进与保障\n"
        "     第十条  鼓励下列文明行为。\n"
    )
    second, third = text.index("第二章"), text.index("第三章")
    sections = [
        {
            "id": "p/s2",
            "plan_id": "p",
            "level": 1,
            "number": "第二章",
            "title": "文明行为基本规范",
            "start": second,
            "end": third,
            "parent": None,
        },
        {
            "id": "p/s3",
            "plan_id": "p",
            "level": 1,
            "number": "第三章",
            "title": "促进与保障",
            "start": third,
            "end": len(text),
            "parent": None,
        },
    ]
    rows = clause_rows(sections, [], text)
    assert [(r["id"], r["number"], r["section"]) for r in rows] == [
        ("p/s2/c1", "第八条", "p/s2"),
        ("p/s2/c2", "第九条", "p/s2"),
        ("p/s3/c1", "第十条", "p/s3"),
    ]
    assert "（二）排队有序" in rows[1]["text"] and text[rows[1]["start"] : rows[1]["end"]].startswith("第九条")
    units = {u.id: u for u in plan_units(sections, [], text)}
    clause = units["p/s2/c2"]
    assert (clause.label, clause.title, clause.parent) == ("Clause", "公民在公共场所应当遵守下列文明行为规范", "p/s2")
    assert clause.context[0] == "文明行为基本规范" and clause.level == 2
    assert units["p/s2/c1"].title == "公民应当爱国、敬业、诚信、友善"
    assert [u.title for u in units.values() if u.parent == "p/s3"] == ["鼓励下列文明行为"]  # numbered through
    assert clause_rows(sections[1:], [], text) == []  # one article in a text with no run: a remark
    task = {
        "id": "p/s2/t1",
        "plan_id": "p",
        "number": "1",
        "title": "x",
        "text": "",
        "start": second + 20,
        "section": "p/s2",
    }
    assert clause_rows(sections, [task], text) == []  # a section whose list is tasks already


def test_a_clause_neither_continues_nor_is_continued_by_a_section_that_holds_clauses() -> None:
    """CLAUSES_NOT_HOLDERS: 上海's 历史风貌区 regulation 2023 "第五章 法律责任" holds its articles as clauses
    ("违反本条例规定，…"), as the 2011 text's does; an article continues the earlier articles, the chapter the
    chapter, not an article the chapter."""
    from dataclasses import replace

    from plankg.lineage.align import _clauses_not_holders

    later = [
        unit("b/s5", "法律责任", label="Section"),
        replace(unit("b/s5/c1", "违反本条例规定"), label="Clause", parent="b/s5"),
    ]
    earlier = [
        unit("a/s5", "法律责任", label="Section"),
        replace(unit("a/s5/c1", "违反本条例规定"), label="Clause", parent="a/s5"),
    ]
    found = [
        Continuation("b/s5/c1", "a/s5", 0.5, (), "", "Clause", "Section"),
        Continuation("b/s5", "a/s5/c1", 0.5, (), "", "Section", "Clause"),
        Continuation("b/s5/c1", "a/s5/c1", 0.9, (), "", "Clause", "Clause"),
        Continuation("b/s5", "a/s5", 0.9, (), "", "Section", "Section"),
    ]
    assert pairs(_clauses_not_holders(found, later, earlier)) == {("b/s5/c1", "a/s5/c1"), ("b/s5", "a/s5")}


def test_a_word_in_most_units_of_both_plans_weighs_less(terms: LineageTerms) -> None:
    """PERVASIVE: 消防 stands in every unit of two fire-service plans; two units that share only it are
    less alike than with its full weight, and a pair sharing a word of its own stands further above them."""
    import plankg.lineage.similarity as similarity
    from plankg.lineage.similarity import build_space, scores

    later = [unit("b/1", "推动消防职业培训"), unit("b/2", "新增消防站点建设"), unit("b/3", "消防车升级")]
    earlier = [unit("a/1", "落实消防工作责任制"), unit("a/2", "消防站点布局"), unit("a/3", "消防水源")]
    # PERVASIVE_MIN_UNITS: plans of a size where a share of units means something
    subject_text = "人才 社区 学校 医院 码头 道路 桥梁 隧道 仓库 电网 水厂 公园 森林 湿地 港口 机场 车站 农田 矿山 园区"
    subjects = subject_text.split()
    later += [unit(f"b/x{k}", f"{word}消防") for k, word in enumerate(subjects)]
    earlier += [unit(f"a/x{k}", f"消防{word}") for k, word in enumerate(subjects)]
    with_rule = scores(build_space(later, earlier, terms))
    saved = similarity.PERVASIVE
    try:
        similarity.PERVASIVE = None
        without = scores(build_space(later, earlier, terms))
    finally:
        similarity.PERVASIVE = saved
    assert with_rule[0, 0] < without[0, 0]
    assert with_rule[1].argmax() == 1 and with_rule[1, 1] / with_rule[1, 0] > without[1, 1] / without[1, 0]


def test_the_level_that_must_act_and_the_sanction_formula_link_nothing(terms: LineageTerms) -> None:
    """ACTOR_WORDS / ACTOR_BIGRAMS: two notices' items that share only who acts (各省级人民政府要…) and the sanction
    formula (一经查实…责令) are less alike than an item on the same object; 人民政府 and 一经查实 are no words of
    work, 责令 no pair of one (民政 stays one)."""
    from plankg.lineage.similarity import GENERIC_BIGRAMS, build_space, scores, title_words

    later = [unit("b/1", "各省级人民政府要定期报告燃煤锅炉淘汰进度，一经查实瞒报，责令整改")]
    later += [unit("b/2", "加快淘汰违规水泥生产线")]
    earlier = [unit("a/1", "各省级人民政府要按照规定清理违规水泥项目，一经查实，责令停建")]
    found = scores(build_space(later, earlier, terms))
    assert found[0, 0] < found[1, 0]
    assert not {"人民政府", "省级", "一经", "查实", "责令"} & set(title_words(earlier[0].title))
    assert "责令" in GENERIC_BIGRAMS and "民政" not in GENERIC_BIGRAMS


def test_gathering_and_empowering_are_no_words_of_work(terms: LineageTerms) -> None:
    """GATHER_WORDS: 十二五 "引导技术创新人才向企业集聚" (talent moving into firms) shares 集聚 with 十四五
    "集聚关键核心技术领域应用研究人才" and only its subject with "发挥企业在人才引进配置方面的重要作用", the judged
    successor (round 2, heldout); 集聚 and 赋能 say how work is drawn in, not which."""
    from plankg.lineage.similarity import GENERIC_BIGRAMS, build_space, scores, title_words

    later = [unit("b/1", "集聚关键核心技术领域应用研究人才"), unit("b/2", "发挥企业在人才引进配置方面的重要作用")]
    earlier = [unit("a/1", "引导技术创新人才向企业集聚")]
    found = scores(build_space(later, earlier, terms))
    assert found[0, 0] < found[1, 0]
    assert not {"集聚", "赋能"} & set(title_words("智能赋能技术标准") + title_words(earlier[0].title))
    assert {"集聚", "赋能"} <= GENERIC_BIGRAMS


def test_a_broad_earlier_unit_continues_where_its_units_went() -> None:
    """An earlier chapter whose items were linked mostly under one later chapter continues that
    chapter (WORK_WENT), even when their titles share nothing; scattered items give no link."""
    import numpy as np

    from plankg.lineage.align import _where_its_work_went

    earlier = _outline("old", ("c", "", 1), ("e1", "c", 3), ("e2", "c", 3), ("e3", "c", 3))
    later = _outline("new", ("a", "", 1), ("a1", "a", 3), ("a2", "a", 3), ("b", "", 1), ("b1", "b", 3))
    scores = np.zeros((len(later), len(earlier)))
    # new/b holds 0.25 / 1.15 of the links, under WORK_WENT
    went = _where_its_work_went(scores, [(1, 1, 0.5), (2, 2, 0.4), (4, 3, 0.25)], later, earlier)
    assert [(i, j) for i, j, _ in went] == [(0, 0)] and 0.0 < went[0][2] < 1.0
    # Three items, five later chapters, a fifth each: no chapter holds WORK_WENT of them.
    later += _outline("new", ("d", "", 1), ("d1", "d", 3), ("f", "", 1), ("f1", "f", 3), ("g", "", 1), ("g1", "g", 3))
    scores = np.zeros((len(later), len(earlier)))
    chosen = [(1, 1, 0.2), (4, 2, 0.2), (6, 3, 0.2), (8, 3, 0.2), (10, 2, 0.2)]
    assert _where_its_work_went(scores, chosen, later, earlier) == []


def test_runner_ups_of_a_gathering_unit_and_of_a_grouping_go_up_to_the_raised_cuts() -> None:
    """GATHERED_SCORE 0.075, SIBLING_SCORE 0.15 (branch lin18). 十四五 "绿色智慧的城市能源系统" gathers four earlier
    items; 十二五 "储能与智能输配电系统", its fourth at 0.067, is linked to its item on 储能 as well: the section link
    goes. 2018 "智能工厂标准" continues its namesake of 2015 (0.9) and, at 0.13, the sibling "智能物流标准": a
    runner-up of that grouping."""
    from plankg.lineage.align import Continuation, _without_fan_out

    def unit_of(plan: str, key: str, title: str, parent: str = "", label: str = "Section") -> Unit:
        level = 1 if not parent else 3 if label == "Task" else 2
        return Unit(f"{plan}/{key}", plan, label, title, level=level, parent=f"{plan}/{parent}" if parent else "")

    def link(later: str, earlier: str, score: float, method: str = "vocabulary+context") -> Continuation:
        return Continuation(f"new/{later}", f"old/{earlier}", score, (), method, "Section", "Task")

    earlier = [unit_of("old", "s", "生态上海")]
    earlier += [unit_of("old", k, t, "s", "Task") for k, t in (("a", "节能"), ("b", "低碳"), ("d", "新能源"))]
    earlier += [unit_of("old", "f", "储能与智能输配电系统", "s", "Task")]
    later = [unit_of("new", "c", "绿色智慧的城市能源系统"), unit_of("new", "c1", "储能", "c", "Task")]
    found = [link("c", k, v) for k, v in (("a", 0.2), ("b", 0.18), ("d", 0.15), ("f", 0.067))]
    found.append(link("c1", "f", 0.3))
    kept = {(c.later, c.earlier) for c in _without_fan_out(found, later, earlier)}
    assert ("new/c", "old/f") not in kept and ("new/c1", "old/f") in kept and ("new/c", "old/d") in kept

    earlier = [unit_of("old", "s", "智能工厂标准")]
    earlier += [
        unit_of("old", k, t, "s", "Task") for k, t in (("a", "智能工厂标准"), ("b", "智能物流标准"), ("d", "集成标准"))
    ]
    later = [unit_of("new", "s", "关键技术标准"), unit_of("new", "m", "智能工厂标准", "s")]
    found = [link("m", k, v, "words") for k, v in (("a", 0.9), ("b", 0.13), ("d", 0.3))]
    kept = {c.earlier for c in _without_fan_out(found, later, earlier)}
    assert kept == {"old/a", "old/d"}


def test_links_that_only_repeat_another_link_of_a_unit_spread_over_many_are_dropped() -> None:
    """FAN_OUT, on 十二五 → 十四五 (the dev split). ECHO_BELOW_SHARE: the item "打造中小企业技术创新体系" is linked
    to its best "服务长三角区域科技型中小企业…" (0.416), to "（三）促进外资企业发挥创新溢出效应" and, by ≈企业技术创新
    alone, to that section's item "推进高新技术企业入库培育" (0.047): the item goes, one sharing a word stays.
    GATHERED: the chapter "“八五”期间科学技术、教育发展的任务和政策" gathers four earlier units; "成人教育", its
    fourth at 0.039, is linked to its section "教育事业的发展" as well: the chapter link goes. FAN_OUT_RANK:
    "推进企业技术中心建设" linked to seven units by ≈企业技术创新 alone keeps its six best. SIBLING_SHARE: a later
    item keeps the earlier siblings it matches well, not the runners-up of that grouping."""
    from plankg.lineage.align import FAN_OUT_RANK, Continuation, _without_fan_out

    def section(plan: str, key: str, title: str, parent: str = "", level: int = 2) -> Unit:
        return Unit(f"{plan}/{key}", plan, "Section", title, level=level, parent=f"{plan}/{parent}" if parent else "")

    def task(plan: str, key: str, title: str, parent: str) -> Unit:
        return Unit(f"{plan}/{key}", plan, "Task", title, level=3, parent=f"{plan}/{parent}")

    def link(later: str, earlier: str, score: float, method: str = "vocabulary") -> Continuation:
        return Continuation(f"new/{later}", f"old/{earlier}", score, (), method, "Section", "Task")

    earlier = [
        section("old", "s", "加强企业技术创新能力建设", level=1),
        task("old", "t4", "打造中小企业技术创新体系", "s"),
    ]
    later = [
        section("new", "c", "构建更具活力的创新生态", level=1),
        section("new", "c1", "促进外资企业发挥创新溢出效应", "c"),
        task("new", "c1t1", "推进高新技术企业入库培育", "c1"),
        task("new", "c1t2", "实施高新技术企业培育工程", "c1"),
        task("new", "x", "服务长三角区域科技型中小企业技术创新孵化培育和发展", "c"),
    ]
    found = [
        link("x", "t4", 0.416, "words+vocabulary+context"),
        link("c1", "t4", 0.2, "vocabulary"),
        link("c1t1", "t4", 0.047, "vocabulary"),
        link("c1t2", "t4", 0.047, "words+vocabulary"),
    ]
    kept = {c.later for c in _without_fan_out(found, later, earlier)}
    assert kept == {"new/x", "new/c1", "new/c1t2"}

    earlier = [section("old", "e", "教育发展及其政策", level=1)]
    earlier += [task("old", k, t, "e") for k, t in (("a", "普通高等教育"), ("b", "基础教育"), ("d", "职业技术教育"))]
    earlier += [task("old", "f", "成人教育", "e")]
    later = [
        section("new", "c", "“八五”期间科学技术、教育发展的任务和政策", level=1),
        section("new", "c2", "教育事业的发展", "c"),
    ]
    found = [link("c", k, v, "words+context") for k, v in (("a", 0.3), ("b", 0.25), ("d", 0.2), ("f", 0.039))]
    found.append(link("c2", "f", 0.3, "words+context"))
    kept = {(c.later, c.earlier) for c in _without_fan_out(found, later, earlier)}
    assert ("new/c", "old/f") not in kept and ("new/c2", "old/f") in kept and ("new/c", "old/d") in kept

    earlier = [section("old", "s", "加强企业技术创新能力建设", level=1), task("old", "t2", "推进企业技术中心建设", "s")]
    later = [section("new", "c", "强化企业技术创新主体地位", level=1)]
    later += [task("new", f"t{k}", f"第{k}项", "c") for k in range(7)]
    found = [link(f"t{k}", "t2", 0.09 - 0.01 * k) for k in range(7)]
    kept = {c.later for c in _without_fan_out(found, later, earlier)}
    assert kept == {f"new/t{k}" for k in range(FAN_OUT_RANK)}

    # SIBLING_SHARE: "优化高层次科技创新人才培养机制" continues the best of the sibling items of 十二五
    # "加快建立多层次的创新人才培养和使用体系"; the siblings under a quarter of that (and under SIBLING_SCORE)
    # are runners-up.
    earlier = [section("old", "s", "加快建立多层次的创新人才培养和使用体系", level=1)]
    earlier += [
        task("old", k, t, "s")
        for k, t in (
            ("a", "重点推进高层次创新创业科技人才开发"),
            ("b", "注重青年科技人才培养"),
            ("d", "注重战略性新兴产业科技人才开发"),
            ("f", "注重科技保障人才支撑"),
        )
    ]
    later = [
        section("new", "c", "打造引领发展的科技创新人才队伍", level=1),
        task("new", "m", "优化高层次科技创新人才培养机制", "c"),
    ]
    found = [
        link("m", k, v, "words+vocabulary+context") for k, v in (("a", 0.45), ("b", 0.102), ("d", 0.051), ("f", 0.13))
    ]
    kept = {c.earlier for c in _without_fan_out(found, later, earlier)}
    assert kept == {"old/a", "old/f"}

    # SIBLING_LINKS: 十五 "建设国家创新体系要深化科技体制改革", linked to two earlier units only, keeps the
    # second (九五 "加强基础性科学研究和科研基础设施建设", 0.040, a judged weak pair) beside its sibling
    # "加大科技体制改革力度".
    earlier = [section("old", "s", "加速科学技术进步", level=1)]
    earlier += [
        task("old", "e5", "加强基础性科学研究和科研基础设施建设", "s"),
        task("old", "e6", "加大科技体制改革力度", "s"),
    ]
    later = [
        section("new", "c", "推进科技进步和创新", level=1),
        task("new", "n", "建设国家创新体系要深化科技体制改革", "c"),
    ]
    found = [link("n", "e6", 0.337, "words+vocabulary+context"), link("n", "e5", 0.04, "words+context")]
    assert {c.earlier for c in _without_fan_out(found, later, earlier)} == {"old/e5", "old/e6"}


def test_a_low_link_of_title_words_alone_that_is_neither_units_best_is_dropped() -> None:
    """TITLE_WORDS_RUNNER_UP (round 12, the 医保 notices): 2022 "规范跨省异地就医直接结算管理服务" went to 2024
    "优化异地就医直接结算经办服务" (its best link); its link to "加强异地就医直接结算监测工作" (直接, 结算, 就医,
    异地 in both titles, nothing else; 0.036), whose best link is to 2022 "规范跨省直接结算流程" (0.099, a judged
    weak pair), goes. The same words with a concept in common stay, and so does a unit's best link, and round 15's
    "配额发放" ← "配额发放" (0.081, a judged strong pair and its earlier unit's fourth link)."""
    from plankg.lineage.align import Continuation, _without_fan_out

    def section(plan: str, key: str, title: str) -> Unit:
        return Unit(f"{plan}/{key}", plan, "Section", title, level=1)

    def link(later: str, earlier: str, score: float, method: str = "words") -> Continuation:
        return Continuation(f"new/{later}", f"old/{earlier}", score, (), method, "Section", "Section")

    earlier = [
        section("old", "a", "规范跨省异地就医直接结算管理服务"),
        section("old", "b", "规范跨省直接结算流程"),
        section("old", "d", "配额发放"),
    ]
    later = [
        section("new", "x", "优化异地就医直接结算经办服务"),
        section("new", "y", "加强异地就医直接结算监测工作"),
        section("new", "z", "配额发放"),
        section("new", "w", "配额核定"),
    ]
    found = [
        link("x", "a", 0.37, "words+vocabulary+context"),
        link("y", "b", 0.099, "words+context"),
        link("y", "a", 0.036),
        link("w", "d", 0.55, "words+context"),
        link("z", "d", 0.081),
        link("z", "b", 0.2, "words+context"),
    ]
    kept = {(c.later, c.earlier) for c in _without_fan_out(found, later, earlier)}
    assert kept == {(c.later, c.earlier) for c in found} - {("new/y", "old/a")}
    found[2] = link("y", "a", 0.036, "words+vocabulary")
    assert ("new/y", "old/a") in {(c.later, c.earlier) for c in _without_fan_out(found, later, earlier)}


def test_a_link_under_the_runner_up_floor_that_is_neither_units_best_is_dropped() -> None:
    """RUNNER_UP_FLOOR (round 10, the ICV access opinion 2021 → the 2024 notice): "严格履行告知义务" is carried on by
    the notice's item of its very title (0.635, a judged strong pair); its link to that item's section
    "加强企业能力建设" (严格, 履行, 告知 of the section's body, 0.019), which continues "加强数据和网络安全管理" better,
    goes. A structure link that low stays (the judges list some), and so does the dev strong pair at 0.036,
    "优先支持战略性新兴产业关键核心技术" → "提升关键核心技术竞争力"."""
    from plankg.lineage.align import Continuation, _without_fan_out

    def section(plan: str, key: str, title: str) -> Unit:
        return Unit(f"{plan}/{key}", plan, "Section", title, level=1)

    def link(later: str, earlier: str, score: float, method: str) -> Continuation:
        return Continuation(f"new/{later}", f"old/{earlier}", score, (), method, "Section", "Section")

    earlier = [
        section("old", "a", "严格履行告知义务"),
        section("old", "b", "加强数据和网络安全管理"),
        section("old", "d", "优先支持战略性新兴产业关键核心技术"),
    ]
    later = [
        section("new", "x", "严格履行告知义务"),
        section("new", "y", "加强企业能力建设"),
        section("new", "z", "提升关键核心技术竞争力"),
    ]
    found = [
        link("x", "a", 0.635, "words"),
        link("y", "b", 0.094, "structure+words+context"),
        link("y", "a", 0.019, "words+context"),
        link("z", "b", 0.2, "words+vocabulary+context"),
        link("x", "d", 0.3, "words+vocabulary+context"),
        link("z", "d", 0.036, "words+vocabulary+context"),
    ]
    kept = {(c.later, c.earlier) for c in _without_fan_out(found, later, earlier)}
    assert kept == {(c.later, c.earlier) for c in found} - {("new/y", "old/a")}
    found[2] = link("y", "a", 0.019, "structure+words+context")
    assert ("new/y", "old/a") in {(c.later, c.earlier) for c in _without_fan_out(found, later, earlier)}


def test_a_low_words_only_link_to_a_sibling_of_the_best_later_unit_is_dropped() -> None:
    """SIBLING_RUNNER_UP (round 12, the 医保 notices 2022 → 2024): "规范跨省直接结算流程" is carried on by "分病种单独
    结算" (0.577, a judged strong pair); its links to that unit's siblings "门诊慢特病待遇资格识别" (流程, 规范, 结算,
    就医; 0.052) and "退费需求妥善处理" (0.068), each linked better to another earlier unit, go. Its link to a unit
    of another section ("加强异地就医直接结算监测工作", 0.099, a weak pair) stays; so does a sibling link with a
    concept of the vocabulary (the dev strong pair "生物学前沿与交叉科学问题" → "生命过程调控与设计", 0.058 beside a
    best of 0.515), a structure link, and a sibling's link that is its own best."""
    from plankg.lineage.align import _without_sibling_runner_ups

    def item(key: str, title: str, parent: str) -> Unit:
        return Unit(f"new/{key}", "new", "Section", title, level=2, parent=f"new/{parent}")

    def link(later: str, earlier: str, score: float, method: str) -> Continuation:
        return Continuation(f"new/{later}", f"old/{earlier}", score, (), method, "Section", "Section")

    later = [
        Unit("new/s3", "new", "Section", "进一步规范就医结算流程", level=1),
        item("s3.2", "门诊慢特病待遇资格识别", "s3"),
        item("s3.4", "分病种单独结算", "s3"),
        item("s3.5", "退费需求妥善处理", "s3"),
        Unit("new/s5", "new", "Section", "加强异地就医直接结算监测工作", level=1),
    ]
    found = [
        link("s3.4", "a", 0.577, "words+vocabulary+context"),
        link("s5", "a", 0.099, "words+context"),
        link("s3.5", "a", 0.068, "words+context"),
        link("s3.2", "a", 0.052, "words+context"),
        link("s3.5", "b", 0.3, "words"),
        link("s3.2", "c", 0.3, "words"),
    ]
    kept = {(c.later, c.earlier) for c in _without_sibling_runner_ups(found, later)}
    assert kept == {(c.later, c.earlier) for c in found} - {("new/s3.5", "old/a"), ("new/s3.2", "old/a")}
    found[2] = link("s3.5", "a", 0.068, "words+vocabulary+context")
    found[3] = link("s3.2", "a", 0.052, "structure+words+context")
    assert len(_without_sibling_runner_ups(found, later)) == len(found)
    found[2], found[3] = link("s3.5", "a", 0.068, "words+context"), link("s3.2", "a", 0.052, "words+context")
    assert len(_without_sibling_runner_ups(found[:4], later)) == 4  # the siblings' own best links


def test_a_runner_up_link_a_later_unit_owes_to_its_grouping_alone_is_dropped(terms: LineageTerms) -> None:
    """LATER_OWN_WORDS, on the 医保 notices (round 12): 2022 "规范异地就医备案流程" is carried on by 2024
    "完善异地就医备案办理流程" (its best link); "退费需求妥善处理", an item of "进一步规范就医结算流程", matched
    it by that heading's 规范 / 流程 only and goes; "强化异地就医备案管理", a runner-up that says 异地就医备案
    itself, stays."""
    from plankg.lineage.align import _later_own_words

    def item(plan: str, key: str, title: str, parent: str, context: str) -> Unit:
        return Unit(f"{plan}/{key}", plan, "Section", title, context=(context,), level=2, parent=f"{plan}/{parent}")

    earlier = [item("old", "s3.1", "规范异地就医备案流程", "s3", "规范跨省异地就医直接结算管理服务")]
    later = [
        item("new", "s1.1", "完善异地就医备案办理流程", "s1", "加强异地就医备案管理"),
        item("new", "s1.2", "强化异地就医备案管理", "s1", "加强异地就医备案管理"),
        item("new", "s3.5", "退费需求妥善处理", "s3", "进一步规范就医结算流程"),
    ]
    chosen = [(0, 0, 0.458), (1, 0, 0.083), (2, 0, 0.115)]
    assert _later_own_words(chosen, later, earlier, terms) == [(0, 0, 0.458), (1, 0, 0.083)]


def test_the_own_words_space_is_the_space_of_the_bare_units_bit_for_bit(terms: LineageTerms) -> None:
    """without_grouping (LATER_OWN_WORDS's space, made from the alignment space's recipes and
    bigrams) gives the matrices, features and bigram columns build_space makes of the later units
    without their grouping: the same floats, so the same links survive."""
    from dataclasses import replace

    import numpy as np

    from plankg.lineage.similarity import OWN, build_space, without_grouping

    def item(plan: str, key: str, title: str, context: tuple[str, ...], text: str = "", **more: Any) -> Unit:
        parent = f"{plan}/{key.rsplit('.', 1)[0]}" if "." in key else ""
        return Unit(f"{plan}/{key}", plan, "Section", title, context=context, text=text, parent=parent, **more)

    earlier = [
        item("old", "s3", "规范跨省异地就医直接结算管理服务", (), below=("规范异地就医备案流程",)),
        item(
            "old", "s3.1", "规范异地就医备案流程", ("规范跨省异地就医直接结算管理服务",), "参保人员跨省异地就医前应备案"
        ),
        item(
            "old", "s3.2", "加强集成电路设计能力", ("规范跨省异地就医直接结算管理服务",), fields=frozenset({"集成电路"})
        ),
    ]
    later = [
        item(
            "new", "s1", "加强异地就医备案管理", (), "简化备案手续，推进集成电路", below=("完善异地就医备案办理流程",)
        ),
        item("new", "s1.1", "完善异地就医备案办理流程", ("加强异地就医备案管理",), "实现跨省异地就医备案线上办理"),
        item("new", "s1.1.1", "强化异地就医备案管理", ("完善异地就医备案办理流程", "加强异地就医备案管理")),
        item("new", "s3.5", "退费需求妥善处理", ("进一步规范就医结算流程",), "研究与开发", restates="review"),
    ]
    whole = build_space(later, earlier, terms, {})
    for rows in ([1, 2, 3], [2], [0, 3]):
        bare = [replace(later[i], id=later[i].id + OWN, context=()) for i in rows]
        plain = build_space(
            bare, earlier, terms, {u.id: whole.text_concepts[i] for u, i in zip(bare, rows, strict=True)}
        )
        fast = without_grouping(whole, rows)
        assert fast.names == plain.names and np.array_equal(fast.bigram_codes, plain.bigram_codes)
        for side in ("late", "early"):
            a, b = getattr(fast, side), getattr(plain, side)
            assert np.array_equal(a.indptr, b.indptr) and np.array_equal(a.indices, b.indices)
            assert a.data.tobytes() == b.data.tobytes()


def test_an_earlier_section_continues_each_later_section_of_its_level_its_items_went_to() -> None:
    """WORK_WENT_PEERS: the later plan's sections are leaves with a body (no section with units
    below it), so the earlier section with items continues the later sections at its own level
    that hold WORK_WENT of its items' links, each of them (三 items → 3 later sections)."""
    import numpy as np

    from plankg.lineage.align import _where_its_work_went

    earlier = _outline("old", ("c", "", 1), ("s", "c", 2), ("e1", "s", 3), ("e2", "s", 3), ("e3", "s", 3))
    later = _outline("new", ("a", "", 1), ("a1", "a", 2), ("a2", "a", 2), ("b", "", 1), ("b1", "b", 2))
    scores = np.zeros((len(later), len(earlier)))
    went = _where_its_work_went(scores, [(1, 2, 0.3), (2, 3, 0.3), (4, 4, 0.3)], later, earlier)
    assert {(later[i].id, earlier[j].id) for i, j, _ in went} >= {
        ("new/a1", "old/s"),
        ("new/a2", "old/s"),
        ("new/b1", "old/s"),
    }


def test_a_broad_earlier_section_continues_each_later_leaf_section_that_carries_on_several_of_its_items() -> None:
    """WORK_SPREAD (round 6): 十三五 山东 "（三）发展引领产业中高端发展的高新技术" spread its items over 十四五
    "先进制造技术", "新材料技术", "推动能源绿色低碳与新能源技术发展", … (sections with a body, no units below), each
    holding under WORK_WENT of their links; each such later section that took up three or more of them, and more from
    it than from any other earlier section, continues it. One that took two items, or three but more from another
    section, or whose units below took them (they are the counterparts), does not."""
    import numpy as np

    from plankg.lineage.align import _where_its_work_went

    earlier = _outline("old", ("c", "", 1), ("s", "c", 2), *((f"e{k}", "s", 3) for k in range(14)))
    earlier += _outline("old", ("t", "c", 2), *((f"f{k}", "t", 3) for k in range(4)))
    later = _outline("new", ("a", "", 1), *((f"a{n}", "a", 2) for n in range(5)), ("a4x", "a4", 3))
    e = {f"e{k}": 2 + k for k in range(14)}
    f = {f"f{k}": 17 + k for k in range(4)}
    chosen = [(1, e[f"e{k}"], 0.2) for k in (0, 1, 2)]  # three items → a0
    chosen += [(2, e[f"e{k}"], 0.2) for k in (3, 4, 5)]  # three → a1
    chosen += [(3, e[f"e{k}"], 0.25) for k in (6, 7)]  # two → a2
    chosen += [(4, e[f"e{k}"], 0.2) for k in (8, 9, 10)]  # three → a3, which took more from old/t
    chosen += [(4, f[f"f{k}"], 0.3) for k in range(4)]
    chosen += [(6, e[f"e{k}"], 0.2) for k in (11, 12, 13)]  # three → the item below a4
    scores = np.zeros((len(later), len(earlier)))
    went = {(later[i].id, earlier[j].id) for i, j, _ in _where_its_work_went(scores, chosen, later, earlier)}
    assert {("new/a0", "old/s"), ("new/a1", "old/s")} <= went  # 0.6 of 2.9 each: under WORK_WENT
    assert not {("new/a2", "old/s"), ("new/a3", "old/s"), ("new/a4", "old/s")} & went


def test_an_earlier_section_whose_units_all_went_into_one_later_chapter_continues_it() -> None:
    """A section (units below it, under a chapter) continues the later section of most of its
    units' links (WORK_WENT) and, as they all lie in one later chapter (WORK_WENT_UP), the chapter."""
    import numpy as np

    from plankg.lineage.align import _where_its_work_went

    earlier = _outline("old", ("c", "", 1), ("s", "c", 2), ("e1", "s", 3), ("e2", "s", 3), ("x", "c", 2))
    earlier += _outline("old", ("x1", "x", 3))
    later = _outline("new", ("a", "", 1), ("a1", "a", 2), ("a11", "a1", 3), ("a2", "a", 2), ("a21", "a2", 3))
    scores = np.zeros((len(later), len(earlier)))
    went = _where_its_work_went(scores, [(2, 2, 0.5), (4, 3, 0.3)], later, earlier)
    # new/a2 holds 0.3 / 0.8 of old/s's links, past WORK_WENT: it continues old/s too (every
    # section holding WORK_WENT, not only the one holding most: WORK_WENT_PEERS). new/a1 holds 0.5 /
    # 0.8 of the chapter old/c's links, past WORK_WENT_DOWN: it continues old/c as well.
    assert {(later[i].id, earlier[j].id) for i, j, _ in went} == {
        ("new/a", "old/c"),
        ("new/a1", "old/s"),
        ("new/a2", "old/s"),
        ("new/a", "old/s"),
        ("new/a1", "old/c"),
    }


def test_a_section_continues_the_later_chapter_only_where_its_work_is_spread_over_it() -> None:
    """UP_SPREAD: an earlier section whose items all went into one later chapter continues that
    chapter (WORK_WENT_UP) when they went to several of its sections; when one section holds nearly
    all of them, that section is the counterpart and the chapter above it is no link of its own."""
    import numpy as np

    from plankg.lineage.align import UP_SPREAD, _where_its_work_went

    earlier = _outline("old", ("c", "", 1), ("s", "c", 2), ("e1", "s", 3), ("e2", "s", 3), ("x", "c", 2))
    earlier += _outline("old", ("x1", "x", 3))
    later = _outline("new", ("a", "", 1), ("a1", "a", 2), ("a11", "a1", 3), ("a2", "a", 2), ("a21", "a2", 3))
    scores = np.zeros((len(later), len(earlier)))

    # both items under new/a1: it holds all of old/s's links
    def linked(chosen: list[tuple[int, int, float]]) -> set[tuple[str, str]]:
        return {(later[i].id, earlier[j].id) for i, j, _ in _where_its_work_went(scores, chosen, later, earlier)}

    went = linked([(2, 2, 0.5), (2, 3, 0.4)])
    assert UP_SPREAD is not None and ("new/a1", "old/s") in went and ("new/a", "old/s") not in went
    # spread over new/a1 and new/a2 (0.5 / 0.8 at most in one section): the chapter stands for it
    went = linked([(2, 2, 0.5), (4, 3, 0.3)])
    assert UP_SPREAD > 0.5 / 0.8 and ("new/a", "old/s") in went


def test_a_section_spread_over_a_reports_plan_chapter_does_not_continue_the_chapter() -> None:
    """UP_NOT_TO_PLAN_CHAPTER (round 53): 平潭 2018 "（一）聚焦“人兴业旺”…" spread its lead phrases over the 2019
    report's "（一）做强特色产业…", "（四）做美旅游文章…" and "（五）…" under "二、2019年工作安排": that chapter holds
    the year's whole work and is no line of work, so the section continues its sections, not the chapter. A chapter
    titled by its line of work still stands for the section (UP_SPREAD)."""
    from dataclasses import replace

    import numpy as np

    from plankg.lineage.align import _where_its_work_went

    earlier = _outline("old", ("c", "", 1), ("s", "c", 2), ("e1", "s", 3), ("e2", "s", 3), ("x", "c", 2))
    earlier += _outline("old", ("x1", "x", 3))
    later = _outline("new", ("a", "", 1), ("a1", "a", 2), ("a11", "a1", 3), ("a2", "a", 2), ("a21", "a2", 3))
    scores = np.zeros((len(later), len(earlier)))
    chosen = [(2, 2, 0.5), (4, 3, 0.3)]  # spread over new/a1 and new/a2
    for title, up in (("科技增进民生福祉", True), ("2019年工作安排", False), ("三、2022年政府工作任务", False)):
        units = [replace(later[0], title=title), *later[1:]]
        went = {(units[i].id, earlier[j].id) for i, j, _ in _where_its_work_went(scores, chosen, units, earlier)}
        assert (("new/a", "old/s") in went) == up, title


def test_an_earlier_chapter_continues_the_later_section_most_of_its_units_went_to() -> None:
    """WORK_WENT_DOWN: 七五 "教育发展及其政策" (a chapter: 基础教育, 职业技术教育, …) is carried on by 八五
    "教育事业的发展", one section of the broad chapter "科学技术、教育…": its items' links went there.
    The chapter continues the later chapter (WORK_WENT) and that section; the top-most such unit
    below a chapter, not the items under it, and no section holding a minority of the links."""
    import numpy as np

    from plankg.lineage.align import WORK_WENT_DOWN, _where_its_work_went

    earlier = _outline("old", ("edu", "", 1), ("e1", "edu", 2), ("e2", "edu", 2), ("e3", "edu", 2))
    later = _outline("new", ("ch", "", 1), ("sci", "ch", 2), ("edu", "ch", 2), ("edu1", "edu", 3))
    scores = np.zeros((len(later), len(earlier)))
    chosen = [(3, 1, 0.4), (2, 2, 0.3), (1, 3, 0.2)]  # edu1 ← e1, edu ← e2, sci ← e3
    went = {(later[i].id, earlier[j].id) for i, j, _ in _where_its_work_went(scores, chosen, later, earlier)}
    assert WORK_WENT_DOWN is not None and 0.2 / 0.9 < WORK_WENT_DOWN <= 0.7 / 0.9
    assert ("new/edu", "old/edu") in went and ("new/ch", "old/edu") in went
    assert ("new/edu1", "old/edu") not in went and ("new/sci", "old/edu") not in went


# --- on the real plans --------------------------------------------------------------------------


def continues(store: GraphStore) -> set[tuple[str, str]]:
    rows = store.run("MATCH (a:Plan)-[:FOLLOWS]->(b:Plan) RETURN a.id AS later, b.id AS earlier")
    found = set()
    for row in rows:
        rows_of = registry.PLAN_CONTINUATIONS.run(store, later=row["later"], earlier=row["earlier"])
        found |= {(r["later"], r["earlier"]) for r in rows_of}
    return found


# The issue's examples, read off the plans: (later, earlier), both sections or both tasks.
ISSUE_EXAMPLES = [
    # （二）全面强化张江国家自主创新示范区核心载体功能 ← （二）高新区自主创新示范行动
    ("sh-stic-14/s7.2", "sh-sti-12/s6.2"),
    ("sh-stic-14/s6.1.2", "sh-sti-12/s4.3.3"),  # 2、培育杰出青年科技创新人才 ← 3.注重青年科技人才培养
    ("sh-stic-14/s4.1.2/t2.2", "sh-sti-12/s3.1.1/t1.2"),  # 重大诊疗器械及核心零部件 ← 体外诊断与影像诊断装备
    ("sh-stic-14/s4.2.6/t1.1", "sh-sti-12/s3.3.2/t1.2"),  # 商用大飞机 ← 民用客机大型复合材料部件与总装生产线
]


def test_continues_links_sections_and_tasks_of_the_real_plans(
    store: GraphStore, loaded_plans: dict[str, Loaded]
) -> None:
    result = write_all(store, list(loaded_plans.values()))
    found = continues(store)
    for pair in ISSUE_EXAMPLES:
        assert pair in found, pair
    assert result.inferred == []  # the manifest names the successions
    labels = store.run("MATCH (a:Section)-[r:CONTINUES]->(b:Section) RETURN count(r) AS n")[0]["n"]
    assert labels > 0
    assert registry.stats(store)["relationships"]["CONTINUES"] == len(found) == result.continues
    rows = registry.CONTINUES_EARLIER.run(store, id="sh-stic-14/s4.1.2/t2.2")
    assert rows and rows[0]["method"] and rows[0]["shared_terms"]


def test_lineage_of_walks_both_ways_with_plan_period_reason_and_snippet(
    store: GraphStore, loaded_plans: dict[str, Loaded]
) -> None:
    write_all(store, list(loaded_plans.values()))
    later = lineage_of(store, "体外诊断与影像诊断装备", depth=3)
    hit = next(r for r in later if r["id"] == "sh-stic-14/s4.1.2/t2.2")
    assert hit["direction"] == "later" and hit["period"] == "十四五" and hit["snippet"].startswith("2、重大诊疗器械")
    assert any(t.startswith("≈医疗器械") for t in hit["shared_terms"])
    back = lineage_of(store, "sh-stic-14/s6.1.2", depth=3)
    assert ("earlier", "sh-sti-12/s4.3.3") in {(r["direction"], r["id"]) for r in back}
    assert registry.find_unit(store, "注重青年科技人才培养") == "sh-sti-12/s4.3.3"


def test_align_plans_lists_pairs_new_and_dropped(store: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    write_all(store, list(loaded_plans.values()))
    table = align_plans(store, "sh-stic-14", "sh-sti-12")
    assert table["source"] == "graph"
    assert ("sh-stic-14/s7.2", "sh-sti-12/s6.2") in {(c["later_id"], c["earlier_id"]) for c in table["continues"]}
    new, dropped = {u["id"] for u in table["new"]}, {u["id"] for u in table["dropped"]}
    linked_later = {c["later_id"] for c in table["continues"]}
    linked_earlier = {c["earlier_id"] for c in table["continues"]}
    assert new and dropped and not new & linked_later and not dropped & linked_earlier
    # Two plans that are no succession are aligned on the fly.
    assert align_plans(store, "sh-iti-12", "sh-sti-12")["source"] == "computed"


def test_a_rebuild_relinks_only_the_successions_of_the_plans_it_wrote(
    store: GraphStore, loaded_plans: dict[str, Loaded]
) -> None:
    write_all(store, list(loaded_plans.values()))
    before = continues(store)
    result = write_all(store, [loaded_plans["sh-iti-12"]])
    assert result.relinked == [("sh-stic-14", "sh-iti-12")]
    assert continues(store) == before


def test_writing_a_plan_leaves_no_continues_on_it_so_a_rebuild_skips_their_deletes(
    store: GraphStore, loaded_plans: dict[str, Loaded]
) -> None:
    """``stale_between`` deletes no CONTINUES of a pair with a plan the build wrote: writing the
    plan must already have removed them (its units are detached and deleted). Counted, not as a
    set, so a link left behind and drawn again would show as a duplicate."""
    count = "MATCH ()-[r:CONTINUES]->() RETURN count(r) AS n"
    touching = "MATCH (a)-[r:CONTINUES]->(b) WHERE a.plan_id = $plan OR b.plan_id = $plan RETURN count(r) AS n"
    write_all(store, list(loaded_plans.values()))
    before = store.run(count)[0]["n"]
    assert store.run(touching, {"plan": "sh-iti-12"})[0]["n"] > 0
    store.write_plans([loaded_plans["sh-iti-12"].rows])
    assert store.run(touching, {"plan": "sh-iti-12"})[0]["n"] == 0
    assert stale_between([("sh-stic-14", "sh-iti-12"), ("b", "a")], [("c", "a")], {"sh-iti-12"}) == [
        ("b", "a"),
        ("c", "a"),
    ]
    write_all(store, [loaded_plans["sh-iti-12"]])
    assert store.run(count)[0]["n"] == before


def test_a_folder_without_manifest_gets_the_same_successions_and_lineage(
    store: GraphStore, loaded_plans: dict[str, Loaded], tmp_path: Path
) -> None:
    files = {"sh-sti-12": "", "sh-iti-12": "", "sh-stic-14": ""}
    manifest = yaml.safe_load((PLANS_DIR / "plans.yaml").read_text(encoding="utf-8"))["plans"]
    for entry in manifest:
        if entry["id"] in files:
            shutil.copy(PLANS_DIR / entry["file"], tmp_path / entry["file"])
            files[entry["id"]] = Path(entry["file"]).stem
    vocabulary = load_field_vocabulary()
    loaded = [read_plan(source, vocabulary) for source in discover([tmp_path])]
    assert all(item.guessed for item in loaded)
    result = write_all(store, loaded)
    slug = {item.source.path.stem: item.document.plan.id for item in loaded}
    new_id = {old: slug[stem] for old, stem in files.items()}
    assert {(s.later, s.earlier) for s in result.inferred} == {
        (new_id["sh-stic-14"], new_id["sh-sti-12"]),
        (new_id["sh-stic-14"], new_id["sh-iti-12"]),
    }
    renamed = continues(store)

    def rename(unit_id: str) -> str:
        plan_id, _, rest = unit_id.partition("/")
        return f"{new_id[plan_id]}/{rest}"

    with_manifest = [item for plan_id, item in loaded_plans.items() if plan_id in files]
    reference = Path(tmp_path / "reference")
    from plankg.graph.ladybug_store import LadybugStore

    other = LadybugStore(reference)
    try:
        other.ensure_schema()
        write_all(other, with_manifest)
        expected = {(rename(a), rename(b)) for a, b in continues(other)}
    finally:
        other.close()
    assert renamed == expected and len(expected) > 100


def test_link_lineage_without_written_plans_relinks_everything(
    store: GraphStore, loaded_plans: dict[str, Loaded]
) -> None:
    write_all(store, list(loaded_plans.values()))
    before = continues(store)
    result = link_lineage(store)
    assert sorted(result.relinked) == [("sh-stic-14", "sh-iti-12"), ("sh-stic-14", "sh-sti-12")]
    assert continues(store) == before


# --- against the judged set (dev split only; the held-out split is for the final report) --------


def test_lineage_against_the_judged_dev_split(store: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    from bench.eval_lineage import evaluate

    write_all(store, list(loaded_plans.values()))
    result = evaluate(store, "dev", details=False)
    strict = evaluate(store, "dev", details=False, by_quote=False)
    # Floors at the figures measured when this was written (python -m bench.eval_lineage): a
    # change that lowers them must say so. 22 references of the dev split named units the
    # segmenter did not produce (run-in headings under sh-stic-14 十、, box titles); the eval maps
    # them to the unit holding their quote, the strict figure counts them as misses. Since the
    # run-in headings are sections and the boxes tasks, 2 remain (the 重大平台 items of 生物医药).
    # 2026-12-02 (home chapter, relative cuts over all granularities, calibrated score): measured
    # strong 0.841 (strict 0.739), weak 0.449, precision 0.186, near 0.559, 1 negative of 15; was
    # 0.864 / 0.761 / 0.469 / 0.142 / 0.466 — two strong pairs traded for a third fewer links.
    # 2026-12-02 (framing units with roles, restating items): the same figures, re-measured.
    # 2026-12-02 (run-in sub-headings and boxes are units; items echoing their linked section
    # dropped, ITEM_SHARE; broad units continue where their units went, WORK_WENT): strong 0.875
    # (strict 0.875: 2 references are still mapped by quote), weak 0.449, precision 0.224, near
    # 0.534, 1 negative of 15. Near precision fell from 0.559: the links ITEM_SHARE drops are to
    # items of listed sections, which "near" counted as right.
    # 2026-12-03 (TWINS, MANY_TO_ONE, WORK_WENT_PEERS, section bodies BODY_EVIDENCE; branch
    # lindev8): strong 0.898 (strict 0.898), weak 0.469, precision 0.230, near 0.564, 1 negative;
    # WORK_WENT 0.25: strong 0.909 (strict 0.909), weak 0.469, precision 0.231, near 0.565.
    # NAMED_ITEMS / NAMED_SOURCE (branch lin8dev): precision 0.228 (448 links), near 0.571; WORK_WENT_DEEPEST:
    # precision 0.230 (444), near 0.570.
    # HOME_MUTUAL_BEST (branch lin25): strong 0.909 → 0.920 (strict the same; 建立健全产业技术创新服务体系 →
    # 提升技术要素市场化配置能力), precision 0.262 → 0.261 (395 links; with 示范区 no longer ≈创新园区), near 0.579 →
    # 0.582.
    assert result["strong_recall"] >= 0.92 and strict["strong_recall"] >= 0.92
    assert result["weak_recall"] >= 0.46
    # FAN_OUT and LATER_OWN_WORDS (branch lin17): precision 0.230 → 0.249 (102 of 409), near 0.570 → 0.582,
    # recalls unchanged.
    assert result["negatives_linked"] <= 1
    # ECHO_ABOVE_SHARE (branch lin19): precision 0.249 → 0.251 (102 of 406), near 0.582 → 0.581, recalls unchanged.
    # BELOW_ITS_SECTION (branch lin22): precision 0.251 → 0.262 (102 of 390), near 0.581 → 0.579 (the links it drops
    # are to units below a section the earlier unit is linked to: a level off a listed section, which "near" counts),
    # recalls unchanged.
    assert result["precision"] >= 0.26 and result["precision_near"] >= 0.578
    # RUNNER_UP_FLOOR (branch lin26c): precision 0.261 → 0.263 (391 links), near 0.582 → 0.583, recalls unchanged.
    assert result["precision"] >= 0.262
    # COMMON_WORD_PARENT and ITEM_BESIDE_SECTION (branch lin52): precision 0.263 → 0.264 (390 links),
    # near 0.583 → 0.584, recalls unchanged.
    assert result["precision"] >= 0.264 and result["precision_near"] >= 0.584


def test_lineage_against_the_judged_heldout2_split(store: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    """heldout2 (framing and review chapters, 五（二）) was scored once on 2026-12-02 — strong
    0.538, weak 0.103, precision 0.169, 1 negative of 9 — and is a development split since."""
    from bench.eval_lineage import evaluate

    write_all(store, list(loaded_plans.values()))
    result = evaluate(store, "heldout2", details=False)
    # 2026-12-02 (framing units with roles, restating review/target items): measured strong
    # 0.692, weak 0.436, precision 0.253, near 0.674, 1 negative of 9.
    # 2026-12-02 (run-in sub-headings and boxes are units, ITEM_SHARE, WORK_WENT, WORK_WENT_UP):
    # strong 0.923, weak 0.436, precision 0.333, near 0.632 (see the dev test for why near fell),
    # 0 negatives of 9.
    # 2026-12-03 (branch lindev8, see the dev test): strong 0.923, weak 0.462, precision 0.341,
    # near 0.670, 0 negatives of 9; WORK_WENT 0.25: precision 0.330 (30 of 91), near 0.681.
    assert result["strong_recall"] >= 0.92
    assert result["weak_recall"] >= 0.46
    # FAN_OUT and LATER_OWN_WORDS (branch lin17): precision 0.333 → 0.349 (30 of 86), near 0.689 → 0.686 (links a level
    # above or below a listed successor dropped), recalls unchanged.
    assert result["negatives_linked"] <= 0
    # GATHERED_SCORE 0.075 (branch lin18): precision 0.349 → 0.353 (30 of 85), near 0.686 → 0.682.
    # BELOW_ITS_SECTION (branch lin22): precision 0.353 → 0.361 (30 of 83), near 0.682 → 0.675 (see the dev test).
    assert result["precision"] >= 0.36 and result["precision_near"] >= 0.674
    # GROUP_FORMULA (branch lin42): precision 0.361 → 0.370 (30 of 81), near 0.675 → 0.679.
    assert result["precision"] >= 0.37 and result["precision_near"] >= 0.679


def test_the_old_task_pairs_gold_still_holds(store: GraphStore, loaded_plans: dict[str, Loaded]) -> None:
    write_all(store, list(loaded_plans.values()))
    gold = yaml.safe_load((GOLD / "lineage.yaml").read_text(encoding="utf-8"))
    found = {(b, a) for a, b in continues(store)}
    yes = {(p["earlier"], p["later"]) for p in gold["pairs"] if p["continues"]}
    no = {(p["earlier"], p["later"]) for p in gold["pairs"] if not p["continues"]}
    assert (gold["headline"]["earlier"], gold["headline"]["later"]) in found
    right, wrong = len(found & yes), len(found & no)
    # 2026-12-02: 0.826 / 0.950 → 0.814 / 0.875. The five pairs no longer linked are second
    # mentions that the independent judged set (tests/gold/lineage_judged.yaml, j006 j030 j059
    # j062) does not list: 智能机器人 → 手术机器人 items (judged: （3）机器人, 人机共融智能协作机器人),
    # 先进材料的物质基础与制备 → 关键战略材料 (judged: 3、纳米科学与变革性材料), 海洋与航空工程的基础科学
    # 问题 → 海洋探测、观测及综合治理 (judged: 8、海洋科技与工程装备), 重大慢性非传染性疾病的防治研究 →
    # 分子分型/影像诊断 item of 生命过程调控与设计 (judged: 重大慢病防控, 精准智能诊疗).
    # 2026-12-03 (MANY_TO_ONE, branch lindev8): 0.814 → 0.795, recall 0.875 unchanged. The one more
    # pair is 海洋与航空工程的基础科学问题 → 海洋生物资源开发, that earlier item's best match, an item of
    # the 8、海洋科技与工程装备 that the judged set lists for it (j062).
    # 2026-12-05 (BELOW_ITS_SECTION, branch lin22): recall 0.875 → 0.850, precision 0.795 → 0.791. The pair no
    # longer linked, 海洋环境监测与资源利用 → 深远海资源开发技术 (sh-stic-14/s4.3.11/t1.3, its tenth link, 0.093, below
    # the section s4.3.11 it is linked to as well), is one the independent judged set does not list (j-units of
    # 海洋环境监测与资源利用 name the items of s4.2.8): a conflict between the two golds, reported to the lead.
    assert right / (right + wrong) >= 0.79
    assert right / len(yes) >= 0.85


# --- the command ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    from plankg.cli import app

    store = tmp_path_factory.mktemp("lineage-cli") / "graph"
    result = CliRunner().invoke(app, ["build", str(PLANS_DIR), "--store", str(store)])
    assert result.exit_code == 0, result.stderr
    return store


def lineage_cli(store: Path, *args: str) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from plankg.cli import app

    result = CliRunner().invoke(app, ["lineage", *args, "--store", str(store)])
    return result.exit_code, result.stdout, result.stderr


def test_lineage_command_shows_a_units_chain_and_two_plans_aligned(cli_store: Path) -> None:
    import json

    code, out, _ = lineage_cli(cli_store, "体外诊断与影像诊断装备", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert {"direction", "hop", "plan_id", "period", "score", "shared_terms", "method", "snippet"} <= set(rows[0])
    assert "sh-stic-14/s4.1.2/t2.2" in {r["id"] for r in rows}
    code, out, _ = lineage_cli(cli_store, "--plan", "sh-stic-14", "--against", "sh-sti-12", "--format", "json")
    table = json.loads(out)
    assert code == 0 and set(table) == {"later", "earlier", "source", "continues", "new", "dropped"}
    code, out, _ = lineage_cli(cli_store, "--plan", "sh-stic-14", "--against", "sh-sti-12")
    assert code == 0 and "new in sh-stic-14" in out and "dropped from sh-sti-12" in out


def test_the_alignment_table_shows_an_item_that_is_a_section_and_a_task_once(tmp_path: Path) -> None:
    """The housing 十四五 plan's numbered items are both a Section and a Task (align.TWINS): the
    Section carries the item's CONTINUES (TWIN_LINKS_ONCE), the table of two plans aligned shows
    each pair once, the item's kind "Section+Task" (the Task's id in "also" where it is new or
    dropped), and `plankg lineage` of the Task, by id or by its title, shows the item's chain."""
    import json

    from bench.eval_lineage import build, plans_folder

    judged = Path(__file__).parent / "realworld" / "lineage4" / "judged.yaml"
    folder, _ = plans_folder(judged, tmp_path, manifest=True)
    store = build(tmp_path, folder)
    try:
        found = continues(store)
    finally:
        store.close()
    # 1.大力推动租赁住房有效供应 is continued once, on its Section
    section, task = "sh-housing-14/s4.1.1", "sh-housing-14/s4.1/t1.1"
    assert {a for a, b in found if b == section} != set() and not {a for a, b in found if b == task}
    # its chain, asked by the Task's id or by the title both nodes have, is the Section's
    chains = []
    for ref in (section, task, "大力推动租赁住房有效供应"):
        code, out, err = lineage_cli(tmp_path / "graph", ref, "--format", "json")
        assert code == 0, err
        chains.append(sorted(r["id"] for r in json.loads(out)))
    assert chains[0] == chains[1] == chains[2] != []
    code, out, _ = lineage_cli(tmp_path / "graph", "--plan", "sh-renewal-housing-15", "--against", "sh-housing-14")
    assert code == 0 and "Section+Task" in out
    code, out, _ = lineage_cli(
        tmp_path / "graph", "--plan", "sh-renewal-housing-15", "--against", "sh-housing-14", "--format", "json"
    )
    table = json.loads(out)
    keys = ["later_kind", "later_number", "later_title", "earlier_kind", "earlier_number", "earlier_title"]
    shown = [tuple(c[k] for k in keys) for c in table["continues"]]
    assert len(shown) == len(set(shown)) and any(row[3] == "Section+Task" for row in shown)
    assert not {c["earlier_id"] for c in table["continues"]} & {task}
    listed = [(u["number"], u["title"]) for u in table["new"] + table["dropped"]]
    assert len(listed) == len(set(listed))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--plan", "sh-stic-14"], "give both --plan LATER and --against EARLIER"),
        ([], "give a UNIT"),
        (["--plan", "sh-stic-14", "--against", "no-such-plan"], "no plan 'no-such-plan'"),
        (["没有这个单元"], "no section or task"),
    ],
)
def test_lineage_command_mistakes_are_one_line(cli_store: Path, args: list[str], message: str) -> None:
    code, _, err = lineage_cli(cli_store, *args)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1


def test_successions_aligned_in_worker_processes_give_the_links_of_one_process(
    built: GraphStore, terms: LineageTerms, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plankg.lineage import parallel
    from plankg.lineage.link import units_of_plans
    from plankg.workers import WORKERS_ENV

    units = units_of_plans(built, ["sh-stic-14", "sh-sti-12", "sh-iti-12"])
    later = units["sh-stic-14"]
    # six successions (each real one three times): enough to go to the workers
    work = [(later, units["sh-sti-12"]), (later, units["sh-iti-12"])] * 3
    monkeypatch.setenv(WORKERS_ENV, "1")
    alone = parallel.align_pairs(work, terms)
    monkeypatch.setenv(WORKERS_ENV, "2")
    pools: list[int] = []

    class Pool(parallel.ProcessPoolExecutor):  # the real pool, counted
        def __init__(self, *args: object, **kwargs: object) -> None:
            pools.append(1)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", Pool)
    forked = parallel.align_pairs(work, terms)
    assert pools == [1]
    assert [(c.later, c.earlier, c.score, c.shared_terms) for c in forked] == [
        (c.later, c.earlier, c.score, c.shared_terms) for c in alone
    ]
    assert len(alone) > 100


# --- the 九五 → 十五 dev set (tests/realworld/lineage-dev, two national outlines) ---------------


def _score_judged_set(
    tmp_path: Path, folder: str, split: str, manifest: bool, strict: bool = False, successions: int = 1
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Build a judged set's plans (tests/realworld/FOLDER), with or without a manifest, check that
    ``successions`` successions link them, and score the split; with ``strict`` also the score in
    which references that are no graph unit count as misses (else the second result is empty)."""
    from bench.eval_lineage import build, evaluate, plans_folder

    judged = Path(__file__).parent / "realworld" / folder / "judged.yaml"
    plans, plan_ids = plans_folder(judged, tmp_path, manifest=manifest)
    store = build(tmp_path, plans)
    try:
        found = {(r["later"], r["earlier"]) for r in registry.PLAN_SUCCESSIONS.run(store)}
        assert len(found) == successions, found
        for later, earlier in found:
            # Run-in parts (units.RUN_IN_PARTS; 八五's 种植业。 林业。 …) are compared, never reported: the
            # table of two plans names graph units only.
            table = align_plans(store, later, earlier)
            rows = [*table["new"], *table["dropped"]]
            ids = [r["id"] for r in rows] + [c[k] for c in table["continues"] for k in ("later_id", "earlier_id")]
            assert not any("#" in i for i in ids)
        result = evaluate(store, split, details=False, judged_file=judged, plan_ids=plan_ids)
        by_units = (
            evaluate(store, split, details=False, by_quote=False, judged_file=judged, plan_ids=plan_ids)
            if strict
            else {}
        )
    finally:
        store.close()
    return result, by_units


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_national_outlines_dev_set(tmp_path: Path, manifest: bool) -> None:
    """Judged by reading before plankg ran on the pair (branch lineage-dev6). First score
    (2026-12-02): strong 0.667, weak 0.312, precision 0.486 (near 0.784), 0 negatives of 10; with
    no manifest the succession 九五 → 十五 was not inferred at all (every figure 0). After the
    guessed-metadata rules (self-named title, ordinal period, national region), the segmentation
    rules (把 opener, first-clause 节 title, a point set as a comma) and FINER_EARLIER: strong
    0.729, weak 0.375, precision 0.532 (near 0.831), 0 negatives, with or without a manifest.
    With ABBREVIATED (科学技术 compared as 科技; branch lindev7): strong 0.792, weak 0.375, precision
    0.537 (near 0.829: one more link a level off the listed one), 0 negatives. With TWINS,
    MANY_TO_ONE, WORK_WENT_PEERS and the section bodies (BODY_EVIDENCE; branch lindev8): strong
    0.854, weak 0.438, precision 0.571 (near 0.833), 0 negatives. With SEVERAL (体育 → 发展卫生、
    体育事业): strong 0.875, weak 0.438, precision 0.570 (49 of 86; near 0.826), 0 negatives. With
    WORK_WENT_DOWN (实施科教兴国战略 → 加快教育发展; branch lin6): strong 0.896, weak 0.438, precision
    0.575 (near 0.828), 0 negatives, with or without a manifest; UP_SPREAD: precision 0.588 (near
    0.824). WORK_WENT_DEEPEST (branch lin8dev): precision 0.610 (near 0.817: the links dropped were to
    the section above a listed successor, one level off)."""
    result, _ = _score_judged_set(tmp_path, "lineage-dev", "dev", manifest)
    assert result["unmapped"] == 0 and result["by_quote"] == 0
    assert result["strong_recall"] >= 0.89
    # SIBLING_RUNNER_UP (branch lin55) took one weak pair: 0.438 → 0.375 ("加强基础性科学研究和科研基础设施建设" →
    # "建设国家创新体系", 科技进步 alone, 0.040 beside its best 0.33 in the same section), and the unlisted
    # "培育投资市场体系" → "健全市场体系" (市场, 经济体制, 0.044) with it; over every judged set the rule drops 8
    # unlisted links for this one weak pair.
    assert result["weak_recall"] >= 0.375
    # FAN_OUT and LATER_OWN_WORDS (branch lin17): precision 0.617 → 0.667 (50 of 75), near 0.815 → 0.813,
    # recalls unchanged.
    # GRID_CONNECTION, RULE_OF_LAW (branch lin26, data/lineage_terms.yaml): precision 0.667 → 0.676.
    assert result["precision"] >= 0.675 and result["precision_near"] >= 0.81
    assert result["negatives_linked"] == 0
    # LATER_ALONE_BEST (branch lin50b: 环境和生态保护 → 加强生态建设): strong 0.896 → 0.917, precision 0.676 → 0.680,
    # near 0.824 → 0.827, with or without a manifest.
    assert result["strong_recall"] >= 0.916 and result["precision"] >= 0.679 and result["precision_near"] >= 0.826
    # SIBLING_RUNNER_UP (branch lin55): precision 0.680 → 0.685 (50 of 73), near 0.827 → 0.836, with or without a
    # manifest.
    assert result["precision"] >= 0.684 and result["precision_near"] >= 0.835


# --- the 七五 → 八五 set (tests/realworld/lineage, round heldout3, a development set since) --------


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_heldout3_set(tmp_path: Path, manifest: bool) -> None:
    """Judged by reading before plankg ran on the pair (helper holin3); scored once by the lead
    on 2026-12-02 22:29 UTC, without a manifest: strong 0.333, weak 0.145, precision 0.325 (near
    0.429), 1 negative of 15, 135 references mapped by quote and 2 not found. Developed on since
    (branch lineage-fix6: UNREAD_TOC_BEFORE_PREFACE, GLUED_HEADING_TAIL, TITLE_BEFORE_BODY_MARK,
    CHAPTER_MARKER_ALONE, LOCAL_FRAMING): strong 0.759 (strict 0.532), weak 0.164, precision 0.626
    (near 0.798), 1 negative of 15, 65 references mapped by quote (the run-in labels 种植业。 煤炭。
    … and numbered items that are no sections), with or without a manifest."""
    result, strict = _score_judged_set(tmp_path, "lineage", "heldout3", manifest, strict=True)
    assert result["unmapped"] == 0 and result["by_quote"] <= 65
    # ABBREVIATED (科学技术 = 科技) took one weak pair here, 0.164 → 0.145, precision 0.626 → 0.614 (near
    # 0.798 → 0.789), while it raised the 九五 → 十五 strong recall 0.729 → 0.792 (test above).
    # 2026-12-03 (TWINS, MANY_TO_ONE, WORK_WENT_PEERS, BODY_EVIDENCE; branch lindev8): strong 0.766
    # → 0.844 (strict 0.532 → 0.596), weak 0.145 → 0.255, precision 0.614 → 0.612 (near 0.789 →
    # 0.782), 1 negative of 15, with or without a manifest; WORK_WENT 0.25: precision 0.605 (near
    # 0.774), recalls unchanged; SEVERAL: near 0.779. The floors sit at the measured values.
    # WORK_WENT_DOWN (教育发展及其政策 → 教育事业的发展; branch lin6): strong 0.851, precision 0.607 (near
    # 0.780), with or without a manifest; UP_SPREAD: precision 0.634 (116 of 183), near 0.770 (the
    # chapter links it drops were a level above a listed successor, which "near" counted).
    # Branch tasks6fix: 八五's "（一）基本任务" is read as a task block (SCOPED_TASKS) and its entry
    # "2.突出抓好经济结构调整", glued into entry 1's text, as its task (MISSING_ITEMS). The judged successor
    # 突出抓好经济结构调整 is a graph unit now; before, it was mapped by quote to entry 1's section (65 → 63
    # references by quote), whose link counted for it: weak 0.255 → 0.236, precision 0.634 → 0.615 (near
    # 0.770 → 0.749, the new tasks' links), strict recalls unchanged (0.603, 0.218), with or without a
    # manifest.
    # RUN_IN_PARTS (八五's run-in sectors 种植业。 林业。 煤炭。 … compared as parts of their section) and
    # LATER_RELATIVE_BY_GRAIN (branch lin6fix): strong 0.908 (strict 0.631), weak 0.291, precision 0.653
    # (near 0.777), 1 negative, with or without a manifest; on main fd686ad's task blocks (a judged
    # reference maps to a Task since): weak 0.273, precision 0.651 (near 0.776), the rest the same.
    # SPACED_MARKER_POINT (branch spaced10) reads 八五's OCR item "4 ·在努力发展生产…" (folded to "4 .")
    # under （一）基本任务, which drops three gold-false headings there (heldout2 segmentation nat-fyp-8
    # P 0.922 → 0.967) and renumbers its units: strong 0.908 → 0.901 (strict 0.631 → 0.624; h3j010
    # 基本任务和目标 → 农业和农村经济 lost to links into 八五's 三、/（二）), weak 0.273 → 0.291, precision
    # 0.654 → 0.641 (near 0.780 → 0.779). Strict-strong and precision floors lowered for the lead to judge.
    # RESTATED_BY_RESTATED (branch lin12dev: 八五's 主要任务和重要指标, a target, no longer continues 七五's lines of
    # work): precision 0.641 → 0.658 (near 0.779 → 0.800), recalls unchanged.
    assert result["strong_recall"] >= 0.90 and strict["strong_recall"] >= 0.62
    assert result["weak_recall"] >= 0.27
    # FAN_OUT and LATER_OWN_WORDS (branch lin17): precision 0.660 → 0.712, near 0.801 → 0.808, recalls unchanged.
    assert result["precision"] >= 0.71 and result["precision_near"] >= 0.80
    # TITLE_WORDS_RUNNER_UP (branch lin26c): precision 0.722 → 0.726 (七五 "基本任务和目标" ← 八五 "三、" by 基本/任务
    # alone), near 0.807 → 0.811.
    assert result["precision"] >= 0.725 and result["precision_near"] >= 0.81
    # COMMON_WORD_PARENT and ITEM_BESIDE_SECTION (branch lin52): precision 0.726 → 0.738 (172 links; 八五's
    # "…主要经济部门发展的任务和政策" ← 七五 "消费品工业" beside its sub-section, two items beside their sections), near
    # 0.811 → 0.819, recalls unchanged.
    assert result["precision"] >= 0.738 and result["precision_near"] >= 0.819
    # NEGATIVE_ON_WANTED_LINK (branch lin48): 1 → 0 (七五 "第五节 农村能源" ← 八五's run-in "煤炭", read as （三）
    # 能源工业, a link the set wants; reported apart)
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] <= 1


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round4_set(tmp_path: Path, manifest: bool) -> None:
    """The Shanghai housing plans 十四五 → 十五五 (tests/realworld/lineage4), judged by reading
    before plankg ran on them (helper holin4); scored once by the lead on 2026-12-03 02:43 UTC:
    strong 0.362 (strict 0.203), weak 0.192, precision 0.459 (near 0.595), 1 negative of 17, with
    a manifest; without one the succession was not inferred (the later title's 城市更新 read as a
    district, 上海/市城市) and everything was 0. NOT_SUB_REGIONS gives the same figures without a
    manifest. 44 judged references are run-in labels that are no graph unit. Since (branch
    lindev8): TWINS (an item that is a Section and a Task aligned once), MANY_TO_ONE, WORK_WENT_PEERS
    and the section bodies (BODY_EVIDENCE): strong 0.638, weak 0.346, precision 0.674 (near 0.739),
    0 negatives of 17, with or without a manifest; with MEANS_BECOME_WORK and BLOCK_LEAF_UNIT
    (the run-in 2.重点任务 block is a unit): strong 0.696, weak 0.462, precision 0.680 (near 0.760),
    0 negatives; with the housing entries of the lineage vocabulary (programme renames: 廉租住房 →
    公共租赁住房, 好房子 ≈ 住宅品质; written after reading these two plans, so this part of the gain is
    in-sample): strong 0.754, weak 0.423, precision 0.706 (near 0.804), 0 negatives; WORK_WENT
    0.25: strong 0.783, weak 0.423, precision 0.717 (near 0.811), 0 negatives; 提质/增效/扩容/…
    generic: strong 0.797, weak 0.423, precision 0.722 (near 0.833), 0 negatives. UP_SPREAD (branch
    lin6): precision 0.780 (39 of 50), near 0.820 (the chapter links dropped were "near"). General S&T
    vocabulary (branch lin6fix: 生态修复, 环境治理 …): precision 0.796 (39 of 49), near 0.837."""
    result, _ = _score_judged_set(tmp_path, "lineage4", "heldout4", manifest)
    assert result["unmapped"] == 0 and result["by_quote"] <= 44
    # FRAMING_CONTEXT (branch lin12dev): weak 0.423 → 0.462, precision 0.796 → 0.800 (near 0.840).
    # BLOCK_ITEM_PARTS with PART_OWN_SUBJECT (branch lin15): the run-in lines of work of "2.重点任务" are
    # compared one by one: strong 0.797 → 0.884, precision 0.800 → 0.789 (45 of 57: its part "显著提升住房质量与
    # 安全管理水平" also links, by 安全管理, 七、本质安全全面加强 and its （二十二）强化重点领域安全管理, unlisted).
    assert result["strong_recall"] >= 0.88 and result["weak_recall"] >= 0.46
    # FAN_OUT and LATER_OWN_WORDS (branch lin17): precision 0.789 → 0.804, near 0.842 → 0.857, recalls unchanged.
    # BELOW_ITS_SECTION (branch lin22): precision 0.804 → 0.818 (45 of 55), near 0.857 → 0.873, recalls unchanged.
    assert result["precision"] >= 0.81 and result["precision_near"] >= 0.87
    # RULE_OF_LAW (branch lin26): 十四五 "强化法治保障" → 十五五 "完善法规政策标准": strong 0.884 → 0.899, precision
    # 0.818 → 0.821.
    assert result["strong_recall"] >= 0.898 and result["precision"] >= 0.821
    # RUNNER_UP_FLOOR (branch lin26c): precision 0.821 → 0.836, near 0.875 → 0.873 (the link dropped, 严格房屋使用安全
    # 管理 ← 本质安全全面加强 at 0.030, is to the section above a listed item).
    assert result["precision"] >= 0.835 and result["precision_near"] >= 0.87
    assert result["negatives_linked"] <= 0


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round5_set(tmp_path: Path, manifest: bool) -> None:
    """Two district fire-service successions, 黄浦 消防 十二五 → 十四五 and 普陀 消防 十三五 → 十五五
    (tests/realworld/lineage5: each skips the period in between), judged by reading before plankg
    ran on them (helper holin5); scored once by the lead at 04:52 UTC on 2026-12-03: strong 0.755,
    weak 0.426, precision 0.296 (near 0.432), 1 negative of 17, with or without a manifest (the
    successions are inferred: a district named first in a title is the issuing level). After the
    framing fixes (工作目标 / 规划目标 / 发展趋势 roles, target items, run-in targets as work, roles
    paired by own title): strong 0.887, weak 0.574, precision 0.305 (near 0.395: the framing items
    no longer linked to a listed chapter counted as near); with 时期…成效 and 规划背景 as review
    headings: weak 0.556 (难题 → 规划背景, a line of work no longer linked to a framing chapter),
    precision 0.316 (near 0.416). With TWIN_LINKS_ONCE (an item that is a Section and a Task
    linked once, on the Section; branch lin6): precision 0.403 (near 0.497), recalls unchanged;
    UP_SPREAD: precision 0.406 (near 0.494). NAMED_ITEMS: precision 0.403. PERVASIVE (消防 and 城市安全
    in most units of both plans weigh less; branch lin8dev): weak 0.519 (two weak pairs that shared only
    the subject), precision 0.436 (near 0.503)."""
    result, _ = _score_judged_set(tmp_path, "lineage5", "heldout5", manifest, successions=2)
    assert result["unmapped"] == 0 and result["by_quote"] <= 11
    # Branch lin12dev: RESTATED_BY_RESTATED (a later target continues only earlier targets), PERVASIVE_MIN_UNITS
    # 8 and FRAMING_CONTEXT: precision 0.444 → 0.476 (near 0.506 → 0.551); weak 0.519 → 0.500, the floor moved
    # 0.51 → 0.50: one weak pair, 十三五 "开展微型消防站建设" → 十五五's target "应急救援实战保障水平显著提升",
    # was a line of work continued by a later target, which RESTATED_BY_RESTATED no longer links.
    assert result["strong_recall"] >= 0.886 and result["weak_recall"] >= 0.50
    # FAN_OUT and LATER_OWN_WORDS (branch lin17): precision 0.483 → 0.530, near 0.559 → 0.598, recalls unchanged.
    assert result["precision"] >= 0.53 and result["precision_near"] >= 0.59
    # GRID_CONNECTION, RULE_OF_LAW (branch lin26): weak 0.500 → 0.519, precision 0.534 → 0.542.
    assert result["weak_recall"] >= 0.518 and result["precision"] >= 0.541
    # RUNNER_UP_FLOOR (branch lin26c): precision 0.542 → 0.546.
    assert result["precision"] >= 0.545
    # ROLE_LATER_RELATIVE (branch lin48b): precision 0.546 → 0.550 (严格考核奖惩 ← 加强组织领导 gone).
    assert result["precision"] >= 0.550
    # COMMON_WORD_PARENT (branch lin52): precision 0.550 → 0.554 ("加强公共消防基础建设" ← "…消防事业发展的主要任务"
    # beside its items; near 0.620 → 0.617, that link being one level above a listed successor).
    assert result["precision"] >= 0.554
    assert result["negatives_linked"] <= 1


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round6_set(tmp_path: Path, manifest: bool) -> None:
    """山东 科技创新 十三五 → 十四五 (tests/realworld/lineage6; both texts are spreadsheet cells cut at
    32,767 characters), judged by reading before plankg ran on them (helper holin6): 161 earlier
    units, 108 strong and 128 weak pairs, 17 negatives. Scored once by the lead on 2026-12-03 at
    07:46 UTC (the build had stopped on one of its texts at 07:42: a 研究中心 given a platform's kind
    as an institution): strong 0.611 (strict 0.491), weak 0.422, precision 0.567 (near 0.732), 0 of
    17 negatives, 25 references mapped by quote and 1 not found, with or without a manifest.
    Developed on since (branch lin6fix: the scorer reads quotes normalised as the store's text,
    BOX_GROUPS, BOX_TEXT_ENDS, BOX_ITEM_OWN_WORDS, RUN_IN_PARTS, PLAN_FRAME_SIBLINGS,
    LATER_RELATIVE_BY_GRAIN, TITLE_ONLY_OWN_BEST, general S&T vocabulary): strong 0.889 (strict
    0.694), weak 0.477, precision 0.621 (near 0.774), 0 of 17, 26 by quote and none not found."""
    # NAMED_ITEMS / NAMED_SOURCE (branch lin8dev): weak 0.484, precision 0.618 (near 0.773).
    result, strict = _score_judged_set(tmp_path, "lineage6", "heldout6", manifest, strict=True)
    # PATH_FOR_CONTAINED (bench/eval_lineage.py, fix14lin): h6j161 "建设青岛国际海洋科学中心" (path 四、…（二）加快打造
    # 海洋科技产业聚集区) was read as an item of 二、（一） whose title it contains; it is found by its quote under its
    # own path now (27 by quote), and strong 0.898 → 0.907.
    assert result["unmapped"] == 0 and result["by_quote"] <= 27
    # UNMATCHED_ROLE_IS_WORK (branch lin14): 十三五 "组织实施重大科技创新工程", read as implementation by its
    # 组织实施, is aligned as a line of work: strong 0.889 → 0.898, weak 0.484 → 0.492; with ROLE_COUNTERPART
    # precision 0.626 → 0.627, near 0.783 → 0.780 (its two new links, one listed, one not).
    # SENTENCE_OPENED_PAREN_ARABIC (seg29, session 29: （1） entries opening straight with a sentence are clauses,
    # the headings convention settled in session 28): three （1）-（3） sentences of the 十四五 plan's cooperation part
    # are no units now and the alignment around them moved: h6j118 绿色发展关键技术 → 加强生态环保技术攻关 is
    # missed, strong 0.907 → 0.898. The lineage judges read such entries as units, the headings gold as clauses
    # (a conflict lin29 reported; lineage units of clauses are left for #8).
    # BOX_SET_APART and SECTION_TEXT_AFTER_TASKS (lin60): the 十三五 boxes end at the run of blank lines after their
    # last entry, and "支持重点学科建设。…" after 专栏1 is a run-in part of 二、（一）: h6j018 支持重点学科建设 →
    # 提升高校、 科研院所科学研究水平 is found (mapped by quote, so strict counts it missed), h6j010 专栏1
    # 目标导向的基础前沿研究 → 提高基础科学研究能力 is lost (its link leaned on the fields of that paragraph, which the
    # box held until now): strong 0.898 unchanged, strict 0.694 → 0.685, weak 0.562 → 0.578.
    assert result["strong_recall"] >= 0.897 and strict["strong_recall"] >= 0.684
    # RESTATED_BY_RESTATED (branch lin12dev): precision 0.618 → 0.626 (near 0.783), recalls unchanged.
    # FAN_OUT and LATER_OWN_WORDS (branch lin17): weak 0.492 → 0.500, precision 0.627 → 0.659, near 0.780 → 0.788.
    assert result["weak_recall"] >= 0.50
    # GATHERED_SCORE 0.075 (branch lin18): precision 0.659 → 0.662, near 0.788 → 0.787.
    assert result["precision"] >= 0.66 and result["precision_near"] >= 0.78
    # SCHOOL_WORK (branch lin26b: 体育 ≈体艺与健康): weak 0.500 → 0.508, precision 0.662 → 0.667, near 0.787 → 0.791.
    assert result["weak_recall"] >= 0.507 and result["precision"] >= 0.666 and result["precision_near"] >= 0.79
    # GROUP_FORMULA (branch lin42: a closing every item of a group shares is left out of their titles): precision
    # 0.668 → 0.677 (near 0.798 → 0.809), recalls unchanged.
    assert result["precision"] >= 0.677 and result["precision_near"] >= 0.809
    # WORK_SPREAD (branch lin53): （三）发展引领产业中高端发展的高新技术 → 先进制造技术, 新材料技术, … and 公益性技术 →
    # 夯实重大疾病防治的技术支撑, 提升城镇化与城市发展技术: weak 0.508 → 0.555, precision 0.677 → 0.683 (near 0.809 →
    # 0.815).
    assert result["weak_recall"] >= 0.554 and result["precision"] >= 0.682 and result["precision_near"] >= 0.814
    # 火灾, 火灾隐患, 火灾防控 as terms of 城市安全 (branch lin59): weak 0.555 → 0.562, precision 0.683 → 0.687 (near
    # 0.815 → 0.819).
    # BOX_SET_APART and SECTION_TEXT_AFTER_TASKS (lin60, see above): weak 0.562 → 0.578 (h6j008, h6j009 → 发展前沿交叉
    # 和颠覆性技术 by the parts of 二、（一）), precision 0.687 unchanged, near 0.819 → 0.815 (the lost h6j010 link
    # gone to 专栏1's item 7.资源与环境科学, no listed successor's section or item).
    assert result["weak_recall"] >= 0.577 and result["precision"] >= 0.686 and result["precision_near"] >= 0.814
    assert result["negatives_linked"] == 0


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round7_set(tmp_path: Path, manifest: bool) -> None:
    """Three editions of 国家智能制造标准体系建设指南 (2015 → 2018 → 2021; tests/realworld/lineage7),
    judged by reading before plankg ran on them (helper holin7): 105 earlier units, 92 strong and 28
    weak pairs, 20 negatives. Scored once by the lead at 08:41 UTC on 2026-12-03, with the manifest
    (its kind "guide" read as plan): strong 0.946 (strict 0.880), weak 0.750, precision 0.493 (near
    0.761), 1 of 20 negatives, 18 references mapped by quote. Without a manifest no succession is
    inferred: two of the three texts lost their title (the title is guessed from the file name).
    After branch meta7fix (a guide's title from its notice, its edition, editions of one titled
    document following each other): the same figures without a manifest. With branch seg7fix's glued
    headings (more of the guides' headings are units: 18 → 10 references by quote): strong 0.967
    (strict 0.913), weak 0.750 → 0.500 (the weak pairs of broad units now read as their own
    sections; not looked into yet), precision 0.500 (near 0.770), 1 of 20, with or without a manifest.
    Why weak fell: the 2021 guide's industry items ("7. 航空航天", "8. 汽车" …) had been read as siblings
    of the sections of （二）关键技术标准; read under their own section （三）行业应用标准, ITEM_SHARE dropped
    them as echoes of it and EARLIER_RELATIVE cut them at half its score, while the 2018 （三）行业应用标准
    names them in its body. NAMED_ITEMS / NAMED_SOURCE (branch lin8dev): weak 0.643, precision 0.500;
    WORK_WENT_DEEPEST (no later section above the counterpart as well): precision 0.543 (near 0.782).
    RESTATED_PARTS (the "…标准建设重点" boxes repeating their items are no units): strong 0.978, weak
    0.679, precision 0.578 (near 0.844), 1 of 20. PERVASIVE (智能制造, 标准 in most units of both
    editions weigh less): weak 0.643 (管理标准 → 安全标准 shared only 标准), precision 0.628 (near 0.860)."""
    result, strict = _score_judged_set(tmp_path, "lineage7", "heldout7", manifest, strict=True, successions=2)
    assert result["unmapped"] == 0 and result["by_quote"] <= 10
    assert result["strong_recall"] >= 0.977 and strict["strong_recall"] >= 0.91
    # SURE_COUNTERPART (branch lin12dev: an earlier heading the next edition repeats keeps no link under half
    # of that one): precision 0.628 → 0.741 (near 0.860 → 0.871), negatives 1 → 0, recalls unchanged.
    assert result["weak_recall"] >= 0.64
    # FAN_OUT and LATER_OWN_WORDS (branch lin17): precision 0.741 → 0.769, near 0.871 → 0.873, recalls unchanged.
    # GATHER_WORDS and SIBLING_SCORE 0.15 (branch lin18): precision 0.769 → 0.780 (103 of 132), near 0.871.
    assert result["precision"] >= 0.78 and result["precision_near"] >= 0.87
    assert result["negatives_linked"] == 0
    # WORK_TARGETS and BUILD_CONTENT_BLOCK (branch lin54): the guides' "建设目标" align as targets and "建设内容" as
    # their task block: precision 0.780 → 0.792 (130 links), near 0.871 → 0.876, recalls unchanged.
    assert result["precision"] >= 0.792 and result["precision_near"] >= 0.876


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round8_and_round9_sets_with_or_without_a_manifest(
    tmp_path: Path, manifest: bool
) -> None:
    """Rounds 8 and 9 (tests/realworld/lineage8: AI standards guides 2020 → 2024 and NSFC guides 2023 →
    2024; lineage9: the ICV standards work points 2018 → 2019 and the 环境日 notices 2018 → … → 2023),
    scored at 10:39 and 11:25 UTC on 2026-12-03. Without a manifest the AI guide of 2024 (its headline
    lost), the ICV work points (both titled by file name, no year but the one their body names) and the
    2019 and 2020 notices (titles differing by a word, no region) had no predecessor: round 8 strong
    0.382, round 9 0.370. CONTENT_EDITIONS (each follows the earlier text most like its own): the
    same successions, hence the same figures, as with the manifest."""
    (tmp_path / "8").mkdir()
    (tmp_path / "9").mkdir()
    eight, _ = _score_judged_set(tmp_path / "8", "lineage8", "heldout8", manifest, successions=2)
    # SURE_COUNTERPART (branch lin12dev): precision 0.551 → 0.627, negatives 3 → 2; weak 0.419 → 0.387, the
    # floor moved 0.41 → 0.38: the judges' weak pair 2020 "系统软件标准" → 2024 "软硬件协同标准" (0.25) stands
    # beside the 2024 edition's own "系统软件标准" (0.94) and is dropped with the echoes it cuts.
    assert eight["strong_recall"] >= 0.94 and eight["weak_recall"] >= 0.38
    # FAN_OUT and LATER_OWN_WORDS (branch lin17): round 8 precision 0.634 → 0.660, negatives 2 → 1; round 9
    # 0.779 → 0.811.
    # GATHERED_SCORE 0.075 (branch lin18): round 8 precision 0.667 → 0.674.
    assert eight["precision"] >= 0.67 and eight["negatives_linked"] <= 1
    # BUILD_CONTENT_BLOCK, WORK_TARGETS and TARGETS_IN_OVERALL (branch lin54): 2020 "三 、建设内容" → 2024
    # "四、重点方向" as task blocks (strong), 2020 "（二）建设目标" → 2024 "二、总体要求" by role: strong 0.945 →
    # 0.963, precision 0.674 → 0.691 (94 links), weak 0.387 unchanged; near 0.779 → 0.766 (the unlisted
    # 建设内容 ← 基础支撑标准, near a listed pair, went with the block).
    assert eight["strong_recall"] >= 0.963 and eight["precision"] >= 0.691
    # SIBLING_RUNNER_UP (branch lin55): precision 0.691 → 0.699 (one unlisted link to a sibling of a best, by 项目,
    # 年度, 资助), near 0.766 → 0.774, recalls unchanged.
    assert eight["precision"] >= 0.698
    nine, _ = _score_judged_set(tmp_path / "9", "lineage9", "heldout9", manifest, successions=6)
    # weak 0.640 → 0.680 and precision 0.736 → 0.730 once one-line crawls' run-in titles stopped
    # swallowing their body (segtask10): two more links, one of them right
    # UNMATCHED_ROLE_IS_WORK (branch lin14): the 总体要求 and 组织实施 items carried on under next year's plain
    # headings: strong 0.848 → 0.935, weak 0.680 → 0.720; UNTITLED_FIRST_ENTRY (branch unit15): the 2018 items
    # under 一、 became units, 0.720 → 0.680 (h9j006 汽车网联 → 2019 一、 was hit only through 一、 as a whole)
    # GLUED_POINT_AFTER_TITLE (branch one19b): the 2018 notice's "二、工作安排1.做好主题预热宣传…" points, glued to
    # their part's title in the one-line crawl, became units: strong 0.935 → 0.957, strict 0.804 → 0.913
    assert nine["strong_recall"] >= 0.95 and nine["weak_recall"] >= 0.67
    # PERVASIVE_MIN_UNITS 20 → 8 (branch lin12dev): precision 0.730 → 0.740; UNMATCHED_ROLE_IS_WORK and
    # CONTACT_ROLE (branch lin14): 0.740 → 0.787; fix12seg's one-line-crawl headings (LEAD_POINTS_GLUED_TITLES,
    # DEADLINE_OPENER): 0.787 → 0.776, negatives 7 → 6 (one more unit of a notice: one link more, not listed,
    # and one negative pair no longer linked); UNTITLED_FIRST_ENTRY (branch unit15): 0.776 → 0.779, negatives 6 → 3
    # (the scorer no longer maps the five 2018 items to 一、, whose right link counted three negatives);
    # GLUED_POINT_AFTER_TITLE (branch one19b): 0.811 → 0.772, negatives 3 → 2 — the new units of the 2018 notice
    # (工作安排's points) link their listed successors and also their siblings (2018/s2.1 ← 2019/s3.3, s3.4), the
    # sibling links #8 leaves open
    assert nine["precision"] >= 0.77 and nine["negatives_linked"] <= 2
    # RUNNER_UP_FLOOR (branch lin26c): round 9 precision 0.778 → 0.797. Session 28: the 2020 notice's one-line
    # titles read right at last (seg28's rules: "动员社会参与" without "各地区各单位"; RESTATED_AFTER_YEAR:
    # "统一宣传主题" without its sentence's year) moved the alignment by one link: precision 0.797 → 0.7949, weak
    # 0.760 → 0.720, strong 0.957 and negatives 2 unchanged.
    assert nine["precision"] >= 0.794
    # WORK_SPREAD (branch lin53): 2019 "工作安排" → 2020 "创新宣传方式" (three of its four items, a section with a
    # body): weak 0.720 → 0.760, precision 0.795 → 0.797. seg53's LONE_ENTRY_AMONG_CLAUSES, merged beside it,
    # reads the ICV 2018 points "1.加大国际标准法规参与力度。…" and its untitled sibling "2.依托中欧、…" as clauses
    # of 三、 (the heading golds' reading of such a list; before, 2. sat in 1.'s body). 2019's 三、 then aligns with
    # 2018's 二、 as a whole (an unlisted link) and the judges' weak pair h9j008 "召开智能网联汽车分标委成立会议" →
    # 2019 s3.1 is lost: weak 0.760 → 0.720, precision 0.797 → 0.805 (77 links). The two points would be units
    # again only as task items, and 三、's title names no block.
    assert nine["weak_recall"] >= 0.72 and nine["precision"] >= 0.805


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round10_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 10 (tests/realworld/lineage10: 工信部 ICV access, a draft guide 2021 → an opinion 2021 → a 2024 notice
    with its guide as 附件), a development set since: strong 0.692, weak 0.444, precision 0.490, 1 of 16 negatives,
    with or without the manifest (the guide's untitled articles 第一条…第十条 are no units). ISSUED_DOCUMENT
    (devlin14: the 2024 附件's heading is no unit): precision 0.571, 0 of 16."""
    result, _ = _score_judged_set(tmp_path, "lineage10", "heldout10", manifest, successions=2)
    assert result["strong_recall"] >= 0.69 and result["weak_recall"] >= 0.44
    # FAN_OUT and LATER_OWN_WORDS (branch lin17): precision 0.571 → 0.585, recalls unchanged.
    assert result["precision"] >= 0.58 and result["negatives_linked"] <= 2
    # RUNNER_UP_FLOOR (branch lin26c): precision 0.581 → 0.610 (严格履行告知义务 ← 加强企业能力建设, 0.019, and one
    # more), near 0.791 → 0.780 (the two are the sections above listed items).
    assert result["precision"] >= 0.609
    # SIBLING_RUNNER_UP (branch lin55): precision 0.610 → 0.641 ("应具备人机交互功能…" ← "确保控制策略合理", 0.036,
    # beside its best "合理设计人机交互方式", and one near link), near 0.780 → 0.795, recalls unchanged.
    assert result["precision"] >= 0.62
    # PLAN_BODY_ARTICLES (branch user55): the 2018 guide's 第一条…第十条, articles under no chapter, are Clauses of
    # the plan, so the judges' references to them are graph units (10 not found → 0): strong 0.718 → 0.872, strict
    # 0.436 → 0.564, precision 0.641 → 0.646 over 48 links (39 before).
    assert result["strong_recall"] >= 0.87
    # WORD_NUMBER_LOST_TITLE (branch fixseg55): the 2024 notice's "加强组合驾驶辅助准入与召回管理", its 二、 lost in the
    # crawl, is a part of its own again (its five measures had sat under 一、总体要求, a role the alignment sets aside),
    # so they are compared as lines of work: weak 0.444 → 0.481, precision 0.646 → 0.627 over 51 links, and 2 of 16
    # negatives linked where there were none (2021 "加强组合驾驶辅助功能产品安全管理" ← "深化组合驾驶辅助沙盒监管", on
    # 组合驾驶辅助; "应具有事件数据记录系统…" ← "健全事件事故报告与研判机制"): the segmentation is right, the alignment
    # links two neighbours on shared words (lineage precision, issue #8).
    assert result["weak_recall"] >= 0.48 and result["precision"] >= 0.627


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round11_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 11 (tests/realworld/lineage11: three one-line crawls of State Council documents on power-plant
    construction, 2004 → 2005 → 2007), scored at 15:54 UTC on 2026-12-03: with the manifest strong 0.545, weak
    0.435, precision 0.421, 5 of 17 negatives; without it no succession (the titles share no subject). After the
    score (branch fix11lin, not held out): FOLLOW_UP_CITED places the 2005 notice after the 2004 one it names in
    its first sentence (《…》(国发〔2004〕32号)下发后); ACTOR_WORDS / ACTOR_BIGRAMS and SUBJECT_CUT_TITLES: with the
    manifest weak 0.522, precision 0.500, 3 negatives. The 2007 document, which cites neither, follows nothing
    without a manifest: its title's subject (关停小火电机组) shares no pair with theirs, its text is alike to theirs at
    0.20 / 0.22 (under EDITION_LIKENESS 0.28, which unrelated plans reach), and its 国发 文号 series is the 2004 one's
    but its region (全国) is known, so SERIES_CONTENT does not apply. The units are the same either way: the two strong
    pairs lost without the manifest (0.545 → 0.364) are 2004 五、 and 2005 四、 → 2007 二十一、 (lin18)."""
    result, _ = _score_judged_set(tmp_path, "lineage11", "heldout11", manifest, successions=3 if manifest else 1)
    if manifest:
        assert result["strong_recall"] >= 0.54 and result["weak_recall"] >= 0.52
        assert result["precision"] >= 0.49 and result["negatives_linked"] <= 3
    else:
        assert result["strong_recall"] >= 0.36 and result["precision"] >= 0.59 and result["negatives_linked"] == 0


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round12_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 12 (tests/realworld/lineage12: a 2022 医保 notice on cross-province settlement and two 2024 notices
    that follow it, PDF text), scored at 18:16 UTC on 2026-12-03: with the manifest strong 0.923, weak 0.545,
    precision 0.411, 2 of 16 negatives; without it no succession. After the score (branch fix12lin, not held
    out): CITED_NUMBER (the management notice cites 医保发〔2022〕22号 in its body) and SERIES_CONTENT (the
    outpatient notice, 医保办发, cites nothing but is of the same numbered series and alike) infer both
    successions, so the figures without a manifest are those with it."""
    result, _ = _score_judged_set(tmp_path, "lineage12", "heldout12", manifest, successions=2)
    assert result["strong_recall"] >= 0.92 and result["weak_recall"] >= 0.54
    # FAN_OUT and LATER_OWN_WORDS (branch lin17): precision 0.411 → 0.435, recalls unchanged.
    assert result["precision"] >= 0.43 and result["negatives_linked"] <= 2
    # TITLE_WORDS_RUNNER_UP (branch lin26c): precision 0.435 → 0.455 (three links of 异地/就医/结算 alone dropped).
    assert result["precision"] >= 0.454
    # RUNNER_UP_FLOOR (branch lin26c): 0.455 → 0.462.
    assert result["precision"] >= 0.461
    # COMMON_WORD_PARENT (branch lin52): 0.462 → 0.468 ("加强队伍建设" ← "工作要求" by 要求 alone, beside an
    # item of it).
    assert result["precision"] >= 0.468
    # SIBLING_RUNNER_UP (branch lin55): 0.469 → 0.484 (62 links; "规范跨省直接结算流程" ← "门诊慢特病待遇资格识别" and
    # ← "退费需求妥善处理", siblings of its best "分病种单独结算"), near 0.547 → 0.565, recalls unchanged.
    assert result["precision"] >= 0.483 and result["precision_near"] >= 0.564


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round13_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 13 (tests/realworld/lineage13: a district's three-year land plan 2024-2026 and its 2026 方案; a
    bureau's policy toolbox 1.0 → 2.0, a table flattened one cell per line), scored at 22:20 UTC on 2026-12-03:
    with the manifest strong 0.250, weak 0.235, precision 0.429, 0 of 17 negatives (27 of 43 judged units
    were table rows with no unit); without it one succession and no link. After the score (fix13lin, not held
    out): YEAR_FIRST_TITLE infers the 嘉定 pair, TABLE_CODE_ROWS makes the coded rows sections,
    TITLE_COUNTERPARTS drops crosswise links between twin titles: strong 0.969, weak 0.353, precision 0.638,
    2 of 17 negatives, with or without the manifest. LATER_COUNTERPART (devlin14): precision 0.649, 1 of 17;
    ISSUED_DOCUMENT (the 2026 附件's heading, holding the whole 方案, is no unit): precision 0.698."""
    result, _ = _score_judged_set(tmp_path, "lineage13", "heldout13", manifest, successions=2)
    assert result["strong_recall"] >= 0.96 and result["weak_recall"] >= 0.35
    # FAN_OUT and LATER_OWN_WORDS (branch lin17): precision 0.698 → 0.712, recalls unchanged.
    # TITLE_WORDS_RUNNER_UP (branch lin26c): 0.712 → 0.725.
    assert result["precision"] >= 0.724 and result["negatives_linked"] <= 1
    # ROLE_LATER_RELATIVE (branch lin48b): precision 0.725 → 0.755 (加强实施保障，有序推进整治 ← 保障措施 at 0 gone).
    assert result["precision"] >= 0.755


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round14_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 14 (tests/realworld/lineage14: a Shanghai renewable-energy funding measure, the 2020 edition 沪发改规范
    〔2020〕7号 → the 2022 edition 〔2022〕14号 of the same title and issuers), scored at 05:14 UTC on 2026-12-04:
    with the manifest strong 0.938, weak 0.333, precision 0.842, 1 of 17 negatives; without it no succession (the
    2020 edition's term, to 2028, overlaps the 2022 one's). After the score (fix14lin, not held out):
    SUPERSEDING_EDITION infers the succession, so the figures without a manifest are those with it. The scorer's
    PATH_FOR_CONTAINED reads six run-in references under the articles their paths name, not as the section whose
    short title their long one contains ("对企业投资的常规光伏项目，…" of 第四条（支持方式） was read as 第三条's
    "（二）常规光伏项目"): strong 0.979, weak 0.667, precision 0.842, 1 of 17."""
    result, _ = _score_judged_set(tmp_path, "lineage14", "heldout14", manifest, successions=1)
    assert result["strong_recall"] >= 0.979 and result["weak_recall"] >= 0.66
    assert result["precision"] >= 0.84
    # NEGATIVE_ON_WANTED_LINK (branch lin48): negatives 1 → 0 (the run-in "本办法由…负责解释" ← a run-in of 2022's
    # s4.9, read as sections whose link the set wants; reported apart)
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] <= 1


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round15_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 15 (tests/realworld/lineage15: the national carbon market's allocation plan for the power sector,
    2019-2020 (生态环境部) → its 2021、2022 draft, two crawled PDF texts in Markdown pages), scored at 13:46 UTC on
    2026-12-04: 49 judged references were no graph units (parts and sections run in after the sentence before them
    across page marks, annex labels dropped as running lines), strict strong recall 0.185, 12 of 14 negatives linked.
    After fix15seg (not held out: PAGE_BROKEN_PARAGRAPH, TITLE_LINE_SPACE, GLUED_LINE_GOES_ON, PAGED_TEXT,
    ANNEX_LABEL_NOT_RUNNING, TABLE_ENDS_AT_ANNEX, ANNEX_SHORT_LABEL): 9 references are no graph units (the tables, the
    items 1.-3., and the 2019-2020 gas guide's 二、's sections, whose 二、 runs in after a formula's "tCO2/GJ"), strict
    strong recall 0.815, strong 0.926, weak 0.5, precision 0.568, 2 of 14 negatives (the guides' same-titled
    sections of the other fuel). With align.PARALLEL_FACETS (fix21lin): precision 0.595, 1 negative."""
    result, by_units = _score_judged_set(tmp_path, "lineage15", "heldout15", manifest, strict=True, successions=1)
    assert result["by_quote"] <= 9 and by_units["strong_recall"] >= 0.81
    # Lowered in session 25 from 0.92: join26's SPACED_TITLE_LINE reads the 2019-2020 plan's annex 3, one PDF line,
    # as the parts it is ("二、配额预分配与核定 （一）配额预分配 （二）配额核定", the same titles as annex 2's), and two
    # judged quotes now fall in annex 3's copies, which the 2021-2022 draft's units do not continue (0.926 → 0.852).
    assert result["strong_recall"] >= 0.85 and result["weak_recall"] >= 0.5
    assert result["precision"] >= 0.57 and result["negatives_linked"] <= 1  # 0.595 → 0.571 with annex 3's parts
    # COUNTERPARTS_IN_CHAPTER (branch lin28): the 燃煤 "配额预分配与核定" keeps its links to the 燃煤 "配额预分配" and
    # "配额核定" though the 燃气 guides repeat both titles: strong 0.852 → 0.926, precision 0.571 → 0.591.
    assert result["strong_recall"] >= 0.925 and result["precision"] >= 0.59


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round17_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 17 (tests/realworld/lineage17: the 中央一号文件 2021 → 2023, a one-line crawl headed by the page's
    headline and a school's saved page), scored in session 19: strong 0.943, 0 of 15 negatives with the manifest; no
    succession without one (the 2021 text lost its issuer line and official title, and the titles share no word).
    With succession.LOST_EARLIER_EDITIONS (lin22) the succession is inferred and the scores are the manifest's:
    strong 0.943 (strict 0.800), weak 0.219, precision 0.833, no negative."""
    result, by_units = _score_judged_set(tmp_path, "lineage17", "heldout17", manifest, strict=True, successions=1)
    assert by_units["strong_recall"] >= 0.8 and result["strong_recall"] >= 0.94 and result["weak_recall"] >= 0.21
    assert result["precision"] >= 0.83 and result["negatives_linked"] == 0
    # GATHERED_UP (branch lin28): "提升粮食和重要农产品供给保障能力" → "一、抓紧抓好粮食和重要农产品稳产保供" and
    # "构建现代乡村产业体系" → "五、推动乡村产业高质量发展" found: strong 0.943 → 1.000, precision 0.833 → 0.841.
    assert result["strong_recall"] >= 0.999 and result["precision"] >= 0.84


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round19_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 19 (tests/realworld/lineage19: a school's 工作要点, 2019学年 → 2021年度, two whole saved pages), scored at
    18:45 UTC on 2026-12-04: with the manifest strong 0.500, weak 0.280, precision 0.682, 0 of 16 negatives (the
    2019 items are titled by four characters, 攻坚计划, 普高提质, and reworded in 2021); without it no succession:
    both titles were spoiled by the page's list of other articles, each closed by its date. After the score
    (DATED_LINK_RUN, SCHOOL_YEAR; not held out): the succession is inferred, strong recall the same. Without a
    manifest each plan is titled by its notice (关于公布2021年度工作要点的通知), so the plan's own title line stays a
    section after the session's later heading rules and draws weak links: weak 0.120, precision 0.611 (0.280 and
    0.682 with it)."""
    result, _ = _score_judged_set(tmp_path, "lineage19", "heldout19", manifest, successions=1)
    assert result["strong_recall"] >= 0.5 and result["weak_recall"] >= (0.28 if manifest else 0.12)
    assert result["precision"] >= (0.68 if manifest else 0.61) and result["negatives_linked"] == 0
    # SCHOOL_WORK (branch lin26b, data/lineage_terms.yaml): 普高提质 → 优化教学工作 by ≈教学质量 (教学质量 / 课堂教学
    # in their bodies): strong 0.625 → 0.688, precision 0.719 → 0.706 with the manifest.
    assert result["strong_recall"] >= 0.687
    # CLEAN_GOVERNMENT (branch lin26b): 风险短板 → 深化“清廉学校”建设 by ≈廉政: strong 0.688 → 0.750, precision 0.706 →
    # 0.714, with or without the manifest.
    assert result["strong_recall"] >= 0.749 and result["precision"] >= 0.713
    # TITLE_WORDS_RUNNER_UP (branch lin26c): precision 0.714 → 0.735 with or without the manifest (with it, 精准管理 ←
    # "优化卫生、绿化等常规工作和校园安全防控管理" by 管理 alone goes).
    assert result["precision"] >= 0.734
    # RUNNER_UP_FLOOR (branch lin26c): 0.735 → 0.758 (普高提质 ← "优化八方面工作…" by ≈教学质量 alone, 0.023).
    assert result["precision"] >= 0.757


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round21_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 21 (tests/realworld/lineage21: Beijing's car trade-in subsidy 2024-05 细则 → 2024-08 加力细则 → 2025 方案,
    Guangzhou's EV-charging notice 2017 → 2019, saved gov.cn pages), scored once at 21:23 UTC on 2026-12-04: with
    the manifest strong 0.815, weak 0.182, precision 0.411, 7 of 15 negatives (the 加力细则's new 置换 subsidy set out
    under the 2024-05 细则's very headings); without it strong 0.370 (2025 put after 2024-05, 2024-08 after nothing).
    After fix21lin (not held out: NEW_LINE_FACETS, PARALLEL_FACETS; successions LABELLED_NUMBER, SAME_YEAR_SERIALS,
    SKIPPED_STEP): the three successions inferred as the manifest gives them, and with or without it strong 0.889
    (strict 0.815), weak 0.182, precision 0.676, no negative linked. Then the pages' metadata list and voice-search
    prompts became furniture (they had nested each Beijing document under "05. [成文日期]" and hidden its 1./2.
    items, four of the judged units): every judged unit is now a graph unit, and with or without the manifest (its 文号
    from the plan's metadata, METADATA_NUMBER) strong 0.815 (strict the same), weak 0.364, precision 0.684, 1 of 15
    negatives (补贴对象 under the 2025 plan's 置换 part, for the 加力细则's 1.补贴对象为同时满足以下条件的消费者)."""
    result, by_units = _score_judged_set(tmp_path, "lineage21", "heldout21", manifest, strict=True, successions=3)
    assert by_units["strong_recall"] >= 0.81 and result["strong_recall"] >= 0.81 and result["weak_recall"] >= 0.36
    assert result["precision"] >= 0.68 and result["negatives_linked"] <= 1
    # FUNDS_APPLICATION vocabulary (branch lin28): "补贴申请流程" → "补贴申报" found: strong 0.852 → 0.889,
    # precision 0.744 → 0.732 (near 0.769 → 0.805).
    assert result["strong_recall"] >= 0.888


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round21b_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 21b (tests/realworld/lineage21b: a Shanghai regulation on historic areas and buildings, the 2011 text →
    the renamed 2023 text, articles renumbered), scored once at 21:23 UTC on 2026-12-04: with the manifest strong 1.000
    by quote (strict 0.170: 93 references are untitled 第X条 articles, no graph units), weak 0.833, precision 1.000,
    2 of 14 negatives; without it no succession (no years were read for either edition, and 历史文化风貌区 was read as a
    district). After fix21lin (UNDATED_EDITIONS, LISTED_AREAS): the succession is inferred from the revision notes'
    dates, and the figures without a manifest are those with it (its 2 negatives with them)."""
    result, by_units = _score_judged_set(tmp_path, "lineage21b", "heldout21", manifest, strict=True, successions=1)
    # CLAUSE_UNITS and CLAUSES_NOT_HOLDERS (branch lin30): every article is a Clause unit, so every judged reference
    # is a graph unit: strict strong 0.170 → 1.000, negatives 2 → 0. The coarse figures had counted an article's
    # pair through its chapter's link: weak 0.833 → 0.167 (the 2023 text's new 保护责任人 articles, drawn from
    # several 2011 articles, are not linked to them) and precision 1.000 over 6 chapter links → 0.900 over 60
    # article links (the 法律责任 articles, "违反本条例规定，…", cross-linked); floors lowered for that reason.
    assert by_units["strong_recall"] >= 0.999 and result["strong_recall"] >= 0.999 and result["weak_recall"] >= 0.166
    assert result["precision"] >= 0.899 and result["negatives_linked"] == 0


def test_lineage_against_the_judged_round25_set_without_a_manifest(tmp_path: Path) -> None:
    """Round 25 (tests/realworld/lineage25: 沪发改能源's yearly wind and solar notices, lists, a call and subsidy-fund
    notices), scored once at 05:06 UTC on 2026-12-05: with the manifest strong 0.892; without it 0.405 (weak 0.042,
    precision 0.727, 0 of 16 negatives): 4 of its 10 successions inferred. After fix25succ (ANNUAL_NOTICES,
    ANNEXED_EDITION, CALL_THEN_EDITION, EDITION_NOT_SKIPPED, CITED_AFTER_TITLE, BASIS_CITED): 9 of 10, none else; strong
    0.865, weak 0.500, precision 0.564 (near 0.628), 1 of 16 negatives (the manifest's figures: 0.892, 0.542, 0.505,
    1)."""
    result, _ = _score_judged_set(tmp_path, "lineage25", "heldout25", False, successions=9)
    assert result["strong_recall"] >= 0.86 and result["weak_recall"] >= 0.5
    assert result["precision"] >= 0.56
    # NEGATIVE_ON_WANTED_LINK (branch lin48): negatives 1 → 0 (高标准完成整县分布式光伏试点 ← 全面推广“光伏+”工程,
    # run-ins read as 2023 s2 ← 2024 s1.3, a link the set wants; reported apart)
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] <= 1
    # GRID_CONNECTION (branch lin26): 2023 "三、优化并网管理和服务" → 2024 "二、保障网源协调发展" and "2.持续优化接网
    # 流程": strong 0.865 → 0.919, precision 0.564 → 0.575 (with the manifest 0.892 → 0.946, 0.505 → 0.516).
    assert result["strong_recall"] >= 0.918 and result["precision"] >= 0.575


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round26_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 26 (tests/realworld/lineage26: a school's party-committee plans 2010 → 2011 and its term and year work
    plans 2009学年第二学期 → 2010学年 → 2010学年第二学期, saved pages), scored once at 07:53 UTC on 2026-12-05,
    before any branch of session 25: with the manifest strong 0.820, weak 0.333, precision 0.670 (near 0.830), 2 of
    19 negatives (two units sharing 学生精英); without it no succession at all (工作思路 pages read as news, school
    years and terms undated). After fix26lin (WORK_APPROACH_TITLE, SCHOOL_TERM_TITLE, TERM_WORK_PLANS,
    WORK_PLAN_NOTICE) the four successions are inferred, and with the session's other branches merged both modes
    give strong 0.820, weak 0.410, precision 0.673, 2 of 19 negatives."""
    result, _ = _score_judged_set(tmp_path, "lineage26", "heldout26", manifest, successions=4)
    # SCHOOL_WORK (branch lin26b, data/lineage_terms.yaml): 德育为首 → 学生素质工程, 常规教育 → 学生素质工程, 毕业升学 →
    # 教学质量工程, 安全、体育、卫生 → 健康第一，安全为上 found; 师德师风 → 队伍建设工程 lost (≈师资 now draws it to the
    # second term's "加强队伍建设，促进整体发展", not listed): strong 0.820 → 0.869, weak 0.410 → 0.487, precision
    # 0.673 → 0.667 (72 of 108 links; the floor lowered from 0.67 for that trade), negatives 2 unchanged.
    assert result["strong_recall"] >= 0.868 and result["weak_recall"] >= 0.486
    assert result["precision"] >= 0.666 and result["negatives_linked"] <= 2
    # ITEM_BESIDE_SECTION (branch lin52): precision 0.667 → 0.672 (the 青蓝工程 item beside its section).
    assert result["precision"] >= 0.672


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round28_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 28 (tests/realworld/lineage28: the same school's conduct plans 2010 行风 → 2011 党风、行风 and its safety
    plans 2010年安全工作计划 → 2009学年第二学期安全处工作思路, saved pages), scored once at 10:54 UTC on 2026-12-05,
    before any branch of session 26: with the manifest strong 0.927, weak 0.308, precision 0.700 (near 0.950), 0 of 13
    negatives; without it strong 0.390 (only the conduct succession inferred). The safety pair is not inferred on
    purpose: the term plan (Feb-Jul 2010) lies inside the year plan's 2010, and its gold maker notes that the two may
    be read as parallel plans of one period. With SCHOOL_WORK (branch lin26b): strong 0.951, weak 0.385, precision
    0.733; without a manifest 0.415, 0.385, 0.647. OFFICE_LINE (branch lin42; the gold of tests/gold/
    successions_inferred.yaml and the set's manifest both read the safety pair as a succession): the safety pair is
    inferred (安全处 plans the line of 安全), and without a manifest the figures are those with it (strong 0.415 →
    0.951, precision 0.647 → 0.733)."""
    result, _ = _score_judged_set(tmp_path, "lineage28", "heldout28", manifest, successions=2)
    assert result["strong_recall"] >= 0.95 and result["weak_recall"] >= 0.384 and result["precision"] >= 0.733
    assert result["negatives_linked"] == 0


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round30_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 30 (tests/realworld/lineage30: 金华市文明行为促进条例 2019 → its 2020 amendment, Word 97 files as antiword
    text; the 国务院 work reports 2023 → 2024 as saved pages), scored once at 13:40 UTC on 2026-12-05, session 27: with
    the manifest strong 0.538, weak 0.000, precision 1.000 (5 links), 13 of 22 negatives (the untitled articles, no
    graph units, are read as their chapters, and the chapters are linked); without it no succession. With
    UNDATED_PLACED and GOVERNMENT_WORK_REPORTS (branch fix30lin) both successions are inferred: the same figures. With
    HEITI_PARAGRAPH (the 2024 page's 黑体 headlines read as titles: 24 sections where it had none): strong 0.821, weak
    0.308, precision 0.941 (17 links), 15 of 22 negatives (the regulation's articles, read as their chapters). With
    LOOKING_BACK (the 2023 digest's review headlines no line of work): strong 0.859, weak 0.462, precision 1.000."""
    result, by_units = _score_judged_set(tmp_path, "lineage30", "heldout30", manifest, strict=True, successions=2)
    assert result["weak_recall"] >= 0.461
    # CLAUSE_UNITS (branch lin30): the articles are Clause units, linked article to article: negatives 15 → 4 of 22 (two
    # left are 法律责任 articles that differ only in the article they cite, "违反本条例第十条第九项规定" ←
    # "…第十条第三项规定"), strict strong 0.192 → 0.654. The coarse figures fall where the chapter link had stood for
    # an article: strong 0.859 → 0.846 (2019 第九条 → the new 2020 第十条 公共卫生, made of its items, is not
    # linked), precision 1.000 over 17 chapter links → 0.964 over 55 article links (floors lowered for that reason).
    # LEGAL_FORMULA_WORDS' 违反 (branch lin40): one of those two is no longer linked, negatives 4 → 3, precision 0.964 →
    # 0.981 (54 links).
    assert by_units["strong_recall"] >= 0.653 and result["strong_recall"] >= 0.845 and result["precision"] >= 0.98
    # NEGATIVE_ON_WANTED_LINK (branch lin48): negatives 3 → 1: the two 政府工作报告 sentences
    # (有效防范化解重大经济金融风险 ← 加强重点领域安全能力建设; 切实落实“两个毫不动摇” ← 推进财税金融等领域改革) read
    # as sections whose link the set wants are reported apart; the 法律责任 articles' pair stays linked.
    assert result["negatives_linked"] <= 1 and result["negatives_on_wanted_links"] <= 2


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round38_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 38 (tests/realworld/lineage38: 深圳经济特区文明行为促进条例 2013 as a .docx with Word's own numbering → the
    文明行为条例 2020 that replaced it, a Word 97 file read by antiword, its articles numbered "1."…"74." by Word),
    scored once at 02:30 UTC on 2026-12-06 after every branch of session 31, the same with or without a manifest:
    strong 0.595, weak 0.200, precision 0.667 (36 links), 5 of 18 negatives; strict strong 0.108 (53 of the judged
    references, articles, are no graph unit: the 2020 articles are numbered items, not 第X条).
    ARTICLES_NUMBERED_THROUGH (the lead, after the score): arabic entries numbered on through the chapters are
    articles, Clause units: strong 0.595 → 0.838 (strict 0.108 → 0.838), weak 0.200 → 0.320, negatives 5 → 4 of 18;
    precision 0.667 over 36 chapter links → 0.459 over 85 article links (floor lowered for that reason).
    ACTOR_OPENING (branch lin40: who an article names to act weighs little, the modal nothing): negatives 4 → 1,
    weak 0.320 → 0.360, precision 0.459 → 0.506 (79 links), strong 0.838 unchanged. LEGAL_FORMULA_WORDS (下列, 之一,
    职责): strong 0.838 → 0.865 (strict as well), precision 0.506 → 0.532 (77 links). LEGAL_SELF_WORDS (条例, branch
    lin56): precision 0.532 → 0.547."""
    result, by_units = _score_judged_set(tmp_path, "lineage38", "heldout38", manifest, strict=True, successions=1)
    assert result["strong_recall"] >= 0.864 and result["weak_recall"] >= 0.36 and result["precision"] >= 0.546
    assert by_units["strong_recall"] >= 0.864 and result["negatives_linked"] <= 1


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round22_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 22 (tests/realworld/lineage22: the national EV-charging guidance 2015 → the 2022 opinion, the carbon
    market's data-quality notices 2025 → 2026), scored once at 23:50 UTC on 2026-12-04: strong 0.917, weak 0.318,
    precision 0.615, 5 of 18 negatives with the manifest; without it strong 0.500 (the EV-charging succession not
    inferred). After the score (PERIOD_REVIEWED, CENTRAL_ISSUER) both successions are inferred and the figures are the
    same with or without a manifest: precision 0.625, 5 negatives. 示范区 no longer ≈创新园区 (branch lin25): precision
    0.625 → 0.645, negatives 5 → 4 (h22n003 加大示范推广力度 ← 推进车网互动技术创新与试点示范)."""
    result, _ = _score_judged_set(tmp_path, "lineage22", "heldout22", manifest, successions=2)
    assert result["strong_recall"] >= 0.916 and result["weak_recall"] >= 0.318
    assert result["precision"] >= 0.645 and result["negatives_linked"] <= 4
    # RULE_OF_LAW (branch lin26), indirectly (the pair shares 充电 and ≈能源, not the concept; its rivals changed, not
    # traced further): "建设充电智能服务平台" → "提升公共充电网络服务体验" is kept: strong 0.917 → 0.944, precision
    # 0.645 → 0.651.
    # TITLE_WORDS_RUNNER_UP (branch lin26c): precision 0.651 → 0.661 ("建设用户居住地充电设施" ← "完善居住社区充电设施
    # 建设推进机制" by 设施/充电/居住 alone, neither one's best, 0.068), with or without the manifest.
    assert result["precision"] >= 0.66
    assert result["strong_recall"] >= 0.944 and result["precision"] >= 0.65


def test_the_scorer_reads_a_run_in_reference_under_its_path_not_as_a_section_whose_title_it_contains(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """PATH_FOR_CONTAINED (bench/eval_lineage.py): round 14's successor "对企业投资的常规光伏项目，根据实际产生的
    发电量…" is a run-in section of 第四条（支持方式）; the graph has a section "（二）常规光伏项目" under
    第三条（支持范围）, whose title the reference's contains. The reference is the 第四条 holding its quote."""
    import bench.eval_lineage as scorer

    text = (
        "第三条（支持范围）\n（二）常规光伏项目\n1.光伏电站项目。\n"
        "第四条（支持方式）\n（二）对企业投资的常规光伏项目，根据实际产生的发电量或上网电量对项目投资主体给予度电奖励。\n"
    )
    at = text.find
    rows = [
        {"id": "p/s3", "title": "第三条（支持范围）", "number": "", "start": 0, "end": at("第四条"), "ancestors": []},
        {
            "id": "p/s3.2",
            "title": "常规光伏项目",
            "number": "（二）",
            "start": at("（二）常规"),
            "end": at("第四条"),
            "ancestors": ["第三条（支持范围）"],
        },
        {
            "id": "p/s4",
            "title": "第四条（支持方式）",
            "number": "",
            "start": at("第四条"),
            "end": len(text),
            "ancestors": [],
        },
    ]
    index = object.__new__(scorer.UnitIndex)
    index.nodes, index.texts, index.by_quote, index.quoted = {"p": rows}, {"p": text}, True, []
    ref = {
        "plan": "p",
        "number": "（二）",
        "title": "对企业投资的常规光伏项目，根据实际产生的发电量或上网电量对项目投资主体给予度电奖励",
        "path": ["第四条（支持方式）"],
        "quote": "根据实际产生的发电量或上网电量",
    }
    assert index.find(ref) == "p/s4"
    monkeypatch.setattr(scorer, "PATH_FOR_CONTAINED", False)
    assert index.find(ref) == "p/s3.2"


def test_a_negative_of_run_in_sentences_read_as_units_whose_link_is_wanted_is_no_linked_negative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NEGATIVE_ON_WANTED_LINK (bench/eval_lineage.py, round 47): the negative "壮大清洁能源产业" ←
    "培育壮大海洋经济" pairs two run-in sentences of the one-line 政府工作报告, no graph units; read as the sections
    holding their quotes, 2023 （四） and 2024 （四）, it lands on the link the set wants (打好转型升级硬仗 →
    培育发展新质生产力, strong). The graph made no claim about the sentences: the negative is reported apart, not
    linked. Between graph units it counts."""
    import bench.eval_lineage as scorer

    early = (
        "（四）打好转型升级硬仗，加快构建现代产业体系发展数字产业。加快信息基础设施建设。"
        "壮大清洁能源产业。推动城乡建设碳达峰行动，编制出台碳达峰实施方案。"
    )
    late = (
        "（四）培育发展新质生产力，持续在构建现代化产业体系上再聚焦、再突破紧盯特色产业链招商。"
        "培育壮大海洋经济。加强与船舶制造维修、海上风电装备、深远海养殖等深度融合。"
    )
    section = {"number": "（四）", "start": 0, "ancestors": ["二、工作安排"]}
    titles = ("打好转型升级硬仗，加快构建现代产业体系", "培育发展新质生产力，持续在构建现代化产业体系上再聚焦、再突破")
    rows = {
        "a": [{**section, "id": "a/s2.4", "title": titles[0], "end": len(early)}],
        "b": [{**section, "id": "b/s2.4", "title": titles[1], "end": len(late)}],
    }

    unit_index = scorer.UnitIndex

    def index(store: object, plans: list[str], by_quote: bool = True) -> scorer.UnitIndex:
        made = object.__new__(unit_index)
        made.nodes, made.texts, made.by_quote, made.quoted = rows, {"a": early, "b": late}, by_quote, []
        return made

    monkeypatch.setattr(scorer, "UnitIndex", index)

    def ref(plan: str, title: str, quote: str, number: str = "") -> dict[str, Any]:
        return {"plan": plan, "number": number, "title": title, "path": ["二、工作安排"], "quote": quote}

    sections = ref("a", "打好转型升级硬仗，加快构建现代产业体系", "发展数字产业", "（四）")
    wanted = ref("b", "培育发展新质生产力，持续在构建现代化产业体系上再聚焦、再突破", "紧盯特色产业链招商", "（四）")
    sentences = (ref("a", "壮大清洁能源产业", "推动城乡建设碳达峰行动"), ref("b", "培育壮大海洋经济", "海上风电装备"))
    judged = {
        "units": [{"id": "u1", "split": "s", "earlier": sections, "successors": [{**wanted, "label": "strong"}]}],
        "negatives": [
            {"id": "n1", "split": "s", "earlier": sentences[0], "later": sentences[1]},
            {"id": "n2", "split": "s", "earlier": sections, "later": wanted},  # graph units: counted
        ],
    }
    file = tmp_path / "judged.yaml"
    file.write_text(yaml.safe_dump(judged, allow_unicode=True), encoding="utf-8")
    found = {("a/s2.4", "b/s2.4")}
    result = scorer.evaluate(object(), "s", False, found=found, judged_file=file)  # type: ignore[arg-type]
    assert result["strong_recall"] == 1.0 and result["precision"] == 1.0
    assert (result["negatives_linked"], result["negatives_on_wanted_links"]) == (1, 1)
    monkeypatch.setattr(scorer, "NEGATIVE_ON_WANTED_LINK", False)
    result = scorer.evaluate(object(), "s", False, found=found, judged_file=file)  # type: ignore[arg-type]
    assert (result["negatives_linked"], result["negatives_on_wanted_links"]) == (2, 0)


def test_an_item_is_measured_against_the_later_units_best_item_not_a_broad_unit_above_others() -> None:
    """LATER_RELATIVE_BY_GRAIN: a later section's best match is an earlier box (a broad unit scoring
    high as it gathers several items); an earlier item whose own best counterpart the section is
    must reach LATER_RELATIVE of the section's best item, not of that box (十三五 专栏15 "15.重大新药创制"
    → 十四五 "（一）夯实重大疾病防治的技术支撑", whose best match is the box 专栏11 生命健康技术)."""
    import numpy as np

    from plankg.lineage import align as module

    later = [Unit("new/s6.1", "new", "Section", "夯实重大疾病防治的技术支撑", level=2)]
    earlier = [
        Unit("old/c", "old", "Section", "重大科技创新工程", level=1),
        Unit("old/box", "old", "Task", "生命健康技术", text="专栏11", number="专栏11", level=3, parent="old/c"),
        Unit("old/i1", "old", "Task", "重大疾病诊疗技术", text="开展重大疾病诊疗研究。", level=4, parent="old/box"),
        Unit("old/x", "old", "Task", "重大新药创制", text="围绕新药创制开展研究。", level=4, parent="old/c"),
    ]
    scores = np.asarray([[0.0, 0.40, 0.30, 0.17]])
    kept = {earlier[j].id for _, j, _ in module._align_work(scores, later, earlier)}
    assert {"old/box", "old/i1", "old/x"} <= kept
    try:
        module.LATER_RELATIVE_BY_GRAIN = False
        assert "old/x" not in {earlier[j].id for _, j, _ in module._align_work(scores, later, earlier)}
    finally:
        module.LATER_RELATIVE_BY_GRAIN = True


def test_a_pair_best_on_both_sides_is_kept_outside_the_earlier_units_home_chapter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """HOME_MUTUAL_BEST (dev split, a judged strong pair): 十二五 "建立健全产业技术创新服务体系" has its best match of
    all and most of its kept score in the later chapter of research platforms (two items, 0.30 and 0.25); its
    counterpart "提升技术要素市场化配置能力", a section of the innovation-ecosystem chapter, scores 0.23 (under
    HOME_KEEP of 0.30) and is that section's best match, as the earlier unit's best section. The home rule cut it;
    a pair best on both sides stands wherever it is."""
    import numpy as np

    from plankg.lineage import align as module

    later = [
        Unit("new/s7", "new", "Section", "构建高水平研发与转化功能型平台", level=1),
        Unit("new/s7/t1", "new", "Task", "技术创新与成果转化类基地", level=2, parent="new/s7"),
        Unit("new/s7/t2", "new", "Task", "产业技术创新平台", level=2, parent="new/s7"),
        Unit("new/s10", "new", "Section", "构建更具活力的创新生态", level=1),
        Unit("new/s10.3", "new", "Section", "提升技术要素市场化配置能力", level=2, parent="new/s10"),
        Unit("new/s10.3/t1", "new", "Task", "建设上海技术交易所", level=3, parent="new/s10.3"),
    ]
    earlier = [
        Unit("old/a", "old", "Section", "建立健全产业技术创新服务体系", level=2),
        Unit("old/b", "old", "Section", "完善技术转移服务", level=2),
        Unit("old/c", "old", "Section", "加强知识产权运用", level=2),
    ]
    scores = np.asarray(
        [
            [0.0, 0.0, 0.0],
            [0.30, 0.0, 0.0],
            [0.25, 0.0, 0.0],
            [0.0, 0.0, 0.0],
            [0.23, 0.0, 0.20],
            [0.0, 0.35, 0.05],
        ]
    )
    kept = {(later[i].id, earlier[j].id) for i, j, _ in module._align_work(scores, later, earlier)}
    assert ("new/s10.3", "old/a") in kept
    monkeypatch.setattr(module, "HOME_MUTUAL_BEST", False)
    kept = {(later[i].id, earlier[j].id) for i, j, _ in module._align_work(scores, later, earlier)}
    assert ("new/s10.3", "old/a") not in kept


def test_a_title_only_item_continues_its_best_match_whatever_that_units_best_scores() -> None:
    """TITLE_ONLY_OWN_BEST: "12.储能技术。" (a title and nothing more) scores low with the later section
    it went to, whose best is an item with a body; where that section is its best match of all, the
    pair is kept. An item with a body below LATER_RELATIVE is not."""
    import numpy as np

    from plankg.lineage import align as module

    later = [Unit("new/s7.2", "new", "Section", "推动能源绿色低碳与新能源技术发展", level=2)]
    earlier = [
        Unit("old/a", "old", "Task", "储能技术", text="2.储能技术。研究储能电池阳极、阴极材料。", level=3),
        Unit("old/b", "old", "Task", "储能技术", text="12.储能技术。", level=3),
        Unit("old/c", "old", "Task", "智能电网技术", text="3.智能电网技术。研究智能用电技术。", level=3),
    ]
    scores = np.asarray([[0.33, 0.16, 0.16]])
    kept = {earlier[j].id for _, j, _ in module._align_work(scores, later, earlier)}
    assert kept == {"old/a", "old/b"}


def test_general_science_and_technology_names_share_a_concept(terms: LineageTerms) -> None:
    """Vocabulary: the names an S&T plan of another period gives the same line of work (精准医疗 /
    精准医学, 信息安全 / 网络安全, 盐碱地 / 高标准农田 improvement, 大气污染 / 污染防治) are one concept."""

    def concept(text: str) -> str:
        return terms.find(text)[0][0]

    assert concept("精准医疗") == concept("精准医学")
    assert concept("信息安全") == concept("网络安全") and terms.broader[concept("信息安全")] == "信息技术"
    assert concept("盐碱地") == concept("高标准农田") and terms.broader[concept("盐碱地")] == "农业"
    assert concept("大气污染") == concept("污染防治")


def test_a_pilot_zone_is_no_innovation_park(terms: LineageTerms) -> None:
    """Vocabulary: 示范区 alone names any pilot zone, and a 2015 EV-charging guide's "加大示范推广力度" (…示范区…) was
    linked by ≈创新园区 to the 2022 guide's "推进车网互动技术创新与试点示范", a judged negative (round 22, h22n003);
    the innovation park is written 自主创新示范区 or 高新区."""
    assert "创新园区" not in title_concepts("新能源汽车推广应用示范区", terms)
    assert "创新园区" not in title_concepts("车网互动试点示范区", terms)
    assert "创新园区" in title_concepts("张江国家自主创新示范区", terms)
    assert "创新园区" in title_concepts("高新区自主创新示范行动", terms)


def test_editions_of_one_guide_follow_the_nearest_earlier_edition() -> None:
    # Round 7 (国家智能制造标准体系建设指南 2015年版 → 2018年版 → 2021 版, no manifest): editions of
    # one national guide, titled alike apart from the edition, are steps of one succession.
    def edition(plan_id: str, title: str, start: int, end: int) -> PlanInfo:
        return PlanInfo(plan_id, title, "全国", "", start, end, "plan")

    plans = [
        edition("g-2015", "国家智能制造标准体系建设指南（2015年版）", 2015, 2015),
        edition("g-2018", "国家智能制造标准体系建设指南", 2018, 2019),
        edition("g-2021", "国家智能制造标准体系建设指南（2021 版）", 2021, 2021),
        edition("other-2020", "国家新一代人工智能标准体系建设指南", 2020, 2020),
    ]
    found = {(s.later, s.earlier) for s in infer_successions(plans)}
    assert ("g-2018", "g-2015") in found and ("g-2021", "g-2018") in found
    assert ("g-2021", "g-2015") not in found


def test_a_new_edition_of_a_measure_follows_the_old_one_whose_term_still_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # SUPERSEDING_EDITION (round 14, tests/realworld/lineage14): "上海市可再生能源和新能源发展专项资金扶持办法
    # （2020版）" (沪发改规范〔2020〕7号, "有效期至2028年7月14日": years 2020–2028) was replaced in 2022 by the
    # "上海市可再生能源和新能源发展专项资金扶持办法" of the same issuers (2022–2026). The earlier edition's term
    # overlaps the later one's; a plan of another title still running (a 2021–2025 action plan of the city)
    # is no step before the 2022 measure, nor is a same-titled measure of a district.
    from plankg.lineage import succession

    plans = [
        PlanInfo("fund-2020", "上海市可再生能源和新能源发展专项资金扶持办法（2020版）", "上海", "", 2020, 2028, "plan"),
        PlanInfo("fund-2022", "上海市可再生能源和新能源发展专项资金扶持办法", "上海", "", 2022, 2026, "plan"),
        PlanInfo("action-2021", "上海市可再生能源和新能源发展行动方案（2021-2025年）", "上海", "", 2021, 2025, "plan"),
        PlanInfo("pd-fund-2021", "浦东新区可再生能源和新能源发展专项资金扶持办法", "上海", "", 2021, 2025, "plan"),
    ]
    found = {(s.later, s.earlier) for s in infer_successions(plans)}
    assert found == {("fund-2022", "fund-2020")}
    monkeypatch.setattr(succession, "SUPERSEDING_EDITION", False)
    assert not infer_successions(plans)


def test_annual_editions_without_a_region_follow_the_edition_of_the_year_before() -> None:
    # Round 8 (NSFC 可解释、可通用的下一代人工智能方法重大研究计划 2023 → 2024, no manifest): the headlines
    # were lost, the title read from the opening names no place, the years come from the part headings
    # ("三、2023年度资助研究方向"). Same title, the year before: editions of one document
    # (REGIONLESS_EDITIONS). A plan of another title, or one titled by its file name, pairs with nothing.
    guide = dated_plan

    plans = [
        guide("xai-2023", "可解释、可通用的下一代人工智能方法重大研究计划", 2023),
        guide("xai-2024", "可解释、可通用的下一代人工智能方法重大研究计划", 2024),
        guide("xai-2025", "可解释、可通用的下一代人工智能方法重大研究计划2025年度项目指南", 2025),
        guide("xai-2026", "可解释、可通用的下一代人工智能方法重大研究计划2026年度项目指南", 2026),
        guide("other-2024", "糖脂代谢的时空网络调控重大研究计划", 2024),
        guide("file-2025", "nat-guide-2025", 2025),
        guide("sh-2024", "上海市人工智能产业发展行动方案", 2024, "上海"),
    ]
    found = {(s.later, s.earlier): s for s in infer_successions(plans)}
    assert set(found) == {("xai-2024", "xai-2023"), ("xai-2026", "xai-2025")}
    assert "region unknown" in found[("xai-2024", "xai-2023")].reason


def test_editions_that_lost_their_title_or_region_follow_the_earlier_text_most_like_theirs() -> None:
    # CONTENT_EDITIONS: a ministry's yearly work points whose headlines were lost (titled by file
    # name, no region, no year but the one their body names), and a yearly notice whose title
    # differs by a word from the year before (no region): each follows the earlier plan whose text
    # is most like its own. An unrelated plan of an earlier year, and a plan whose text names only
    # later years, pair with nothing; two plans that name their region and title are left to the
    # title rules.
    doc = dated_plan

    points = (
        "{y}年车载通信标准化工作的总体思路是：贯彻体系建设指南，加快重点标准制修订。一、健全分标委架构，"
        "加强标委会间的协调。二、推进先进驾驶辅助系统标准制定，开展自动驾驶分级标准研究。三、加大国际"
        "标准法规参与力度，跟踪车辆法规协调论坛工作。"
    )
    notice = (
        "各省、自治区、直辖市生态环境厅（局）：为做好{y}年环境日宣传工作，现将有关事项通知如下：一、宣传"
        "主题。二、举办国家主场活动。三、推出主题海报、宣传片，动员志愿者参与。四、及时总结交流，报送"
        "工作总结简表。"
    )
    other = (
        "为加快推进中小学校舍安全工程，保障师生安全，现就{y}年校舍抗震加固、食堂改造和校车管理提出如下"
        "意见：一、摸清校舍底数。二、落实加固资金。三、严格工程质量监理。"
    )
    fire = (
        "为做好{y}年消防安全工作，区消防救援支队部署如下：一、落实消防安全责任制。二、整治高层建筑和"
        "老旧小区火灾隐患。三、建设微型消防站，开展消防宣传进社区。"
    )
    texts = {
        "pts-a": points.format(y=2018),
        "pts-b": points.format(y=2019).replace("加大", "持续扩大"),
        "day-18": notice.format(y=2018),
        "day-19": notice.format(y=2019).replace("宣传片", "宣传片、吉祥物"),
        "school-17": other.format(y=2017),
        "fire-13": fire.format(y=2016),
        "fire-14": fire.format(y=2017),
    }
    plans = [
        doc("pts-a", "pts-a", None),
        doc("pts-b", "pts-b", None),
        doc("day-18", "关于做好2018年六五环境日宣传活动的通知", 2018),
        doc("day-19", "关于做好2019年环境日宣传工作的通知", 2019),
        doc("school-17", "关于校舍安全工作的通知", 2017),
        doc("fire-13", "黄浦区消防工作通知", 2016, "上海"),
        doc("fire-14", "普陀区消防工作通知", 2017, "上海"),
    ]
    found = {(s.later, s.earlier): s for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    assert set(found) == {("pts-b", "pts-a"), ("day-19", "day-18")}
    assert "texts alike" in found[("pts-b", "pts-a")].reason and "2018 → 2019" in found[("pts-b", "pts-a")].reason
    # Without the texts, only what the metadata shows.
    assert not {(s.later, s.earlier) for s in infer_successions(plans)} & set(found)


def test_a_plan_follows_the_document_it_implements_and_an_issued_text_its_draft() -> None:
    # CITED_PREDECESSOR: a notice without headline, region or year of its own says it implements an
    # opinion of its folder by title; the opinion lost its title too, but its opening states the
    # cited subject and kind ("为规范…管理，…提出以下意见"). DRAFT_THEN_ISSUED: the opinion, with no year, follows
    # the draft for comments its text is like (no year either); the notice is not placed after the
    # draft, nor the opinion after the notice. A district plan implementing the city's plan, and a
    # plan citing a document that is not in the folder, follow nothing.
    doc = dated_plan

    body = (
        "企业应建立无人机飞行数据记录制度，保存飞行日志不少于三年。企业应具备远程识别和电子围栏能力，"
        "及时处置飞行安全事件。企业应向用户告知产品的适飞空域、操作人员职责和禁飞规定。"
    )
    texts = {
        "draft": "民用无人机生产企业管理规范\n（征求意见稿）\n第一条 为规范民用无人机生产企业管理，制定本规范。" + body,
        "opinion": "各地区民航管理局：\n为规范民用无人机生产企业及产品管理，保障飞行安全，提出以下意见。" + body,
        "notice": (
            "各地区民航管理局：\n为落实《关于规范民用无人机生产企业及产品管理的意见》《无人机法规汇编》，"
            "现将有关事项通知如下：\n2025年起，" + body
        ),
        "city": "上海市低空经济发展规划\n为推进低空经济发展，制定本规划。" + body,
        "district": "为贯彻落实《上海市低空经济发展规划》，制定本方案。" + body,
    }
    plans = [
        doc("draft", "draft"),
        doc("opinion", "opinion"),
        doc("notice", "notice"),
        doc("city", "上海市低空经济发展规划", 2021, "上海"),
        doc("district", "上海市浦东新区低空经济行动方案", 2023, "上海"),
    ]
    found = {(s.later, s.earlier): s for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    assert set(found) == {("notice", "opinion"), ("opinion", "draft")}
    assert "《关于规范民用无人机生产企业及产品管理的意见》" in found[("notice", "opinion")].reason
    assert "draft for comments" in found[("opinion", "draft")].reason


def test_a_title_cut_before_its_modal_runs_on_to_the_end_of_its_clause() -> None:
    # SUBJECT_CUT_TITLES: a one-line crawl's provision titled by its subject alone ("各市人民政府" of "三、各市
    # 人民政府要加快淘汰落后燃煤锅炉，…") or by half of 要求 is compared on its whole first clause; a title followed
    # by anything else, or whose clause runs past SUBJECT_CUT_MAX, stays as segmented.
    from plankg.lineage.units import _clause_title

    cut = _clause_title("各市人民政府", "三、各市人民政府要加快淘汰落后燃煤锅炉，按期完成。")
    assert cut == "各市人民政府要加快淘汰落后燃煤锅炉"
    assert _clause_title("按照绿色发展的", "一、按照绿色发展的要求，统一认识。") == "按照绿色发展的要求"
    assert _clause_title("新型抗耐药菌抗生素", "新型抗耐药菌抗生素应对多药耐药问题。") == "新型抗耐药菌抗生素"
    assert _clause_title("加强锅炉管理", "（一）加强锅炉管理。各地要…") == "加强锅炉管理"
    long = "各市人民政府要" + "加快淘汰" * 12 + "，按期完成。"
    assert _clause_title("各市人民政府", long) == "各市人民政府"


def test_a_follow_up_notice_follows_the_document_whose_issue_it_reports_on() -> None:
    # FOLLOW_UP_CITED: a notice whose opening says what was done since an earlier document of the folder was
    # issued (《title》 and 文号, then 下发后/印发以来) follows it, though their titles share no subject; a
    # citation by 文号 alone works as well. A document cited that way but issued later, or one the opening
    # only names (no cue of having been issued), is no predecessor; nor is one whose text only cites the
    # same title (its own headline is another).
    def doc(plan_id: str, title: str, year: int, region: str = "全国") -> PlanInfo:
        return dated_plan(plan_id, title, year, region)

    texts = {
        "ban": "国务院关于坚决制止水泥项目盲目扩张的通知国发〔2010〕9号各省、自治区、直辖市人民政府："
        "一、停止审批新项目。",
        "cleanup": (
            "国务院办公厅关于水泥项目清理工作有关事项的通知国办发〔2011〕3号各省、自治区、直辖市人民政府："
            "《国务院关于坚决制止水泥项目盲目扩张的通知》（国发〔2010〕9号）下发后，各地区认真开展清理工作。"
            "现将有关事项通知如下：一、分类处理在建项目。"
        ),
        "review": "国务院办公厅关于建材行业淘汰落后产能的通知各省人民政府：自国办发〔2011〕3号文件印发以来，"
        "各地区积极推进。",
        "report": "关于水泥行业运行情况的报告《国务院关于坚决制止水泥项目盲目扩张的通知》提出了要求。",
        "early": "国务院关于建材工业发展的意见各省人民政府：《国务院关于坚决制止水泥项目盲目扩张的通知》下发后，"
        "加快发展。",
    }
    plans = [
        doc("ban", "国务院关于坚决制止水泥项目盲目扩张的通知", 2010),
        doc("cleanup", "国务院办公厅关于水泥项目清理工作有关事项的通知", 2011),
        doc("review", "国务院办公厅关于建材行业淘汰落后产能的通知", 2012),
        doc("report", "关于水泥行业运行情况的报告", 2013),
        doc("early", "国务院关于建材工业发展的意见", 2008),
    ]
    found = {(s.later, s.earlier): s for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    assert ("cleanup", "ban") in found
    assert "follows up 《国务院关于坚决制止水泥项目盲目扩张的通知》" in found[("cleanup", "ban")].reason
    assert ("review", "cleanup") in found
    assert not {pair for pair in found if pair[0] in ("report", "early") or pair[1] in ("report", "early")}


def test_a_later_notice_of_one_series_citing_an_earlier_by_its_number_follows_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # CITED_NUMBER: a ministry's later notice that cites an earlier notice of the folder by its 文号 deep in its
    # body ("按照《…》（农医发〔2021〕8 号）要求"), of the same 文号 series, later year, titles on one subject, follows
    # it, though neither names a region nor a year in its metadata; a notice of the ministry's office (农医办发),
    # one citing it but titled on another subject, one of an earlier year and a five-year plan citing it as its
    # basis do not (their texts are one text: SERIES_CONTENT, which reads them, is left out here).
    monkeypatch.setattr(succession, "SERIES_CONTENT", False)

    def doc(plan_id: str, title: str) -> PlanInfo:
        return PlanInfo(plan_id, title, "", "", None, None, "plan")

    body = "各省、自治区、直辖市农业农村厅（局）：\n为做好有关工作，现通知如下：\n一、加强管理\n" + "各地要规范。" * 30
    cite = "（二）强化协查。要按照《农业农村部关于做好农机购置补贴跨省申领工作的通知》（农医发〔2021〕8号）要求。"
    texts = {
        "first": "关于做好农机购置补贴跨省申领工作的通知\n（农医发〔2021〕8 号）\n" + body,
        "next": "关于进一步加强农机购置补贴跨省申领管理的通知\n（农医发〔2023〕5 号）\n" + body + cite,
        "office": "关于加强农机购置补贴跨省申领管理的通知\n（农医办发〔2023〕7 号）\n" + body + cite,
        "other": "关于做好秋冬季动物防疫工作的通知\n（农医发〔2023〕9 号）\n" + body + cite,
        "before": "关于加强农机购置补贴跨省申领管理的通知\n（农医发〔2020〕3 号）\n" + body + cite,
        "fyp": "全国农机购置补贴跨省申领“十四五”规划\n（农医发〔2022〕1 号）\n" + body + cite,
    }
    plans = [doc(i, t.split("\n")[0]) for i, t in texts.items()]
    plans[-1] = PlanInfo("fyp", plans[-1].title, "", "十四五", None, None, "plan")
    found = {(s.later, s.earlier): s for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    assert ("next", "first") in found
    assert "农医发〔2021〕8号" in found[("next", "first")].reason
    assert not {pair for pair in found if pair[0] != "next"}


def test_a_later_notice_of_the_ministrys_office_alike_in_text_follows_the_ministrys_notice() -> None:
    # SERIES_CONTENT: the ministry's office (农医办发) takes up its ministry's notice (农医发) two years later in a
    # narrower scope, alike in text and sharing a term of the title (跨省申领), without citing it: it follows it.
    # Another ministry's notice alike in text (卫医发), and a notice of the series on another subject, do not.
    def doc(plan_id: str, title: str) -> PlanInfo:
        return PlanInfo(plan_id, title, "", "", None, None, "plan")

    body = "各地要规范跨省申领流程，做好申领备案、资金结算、信息系统对接和宣传解读，及时回应群众关切。" * 8
    texts = {
        "first": "关于做好农机购置补贴跨省申领工作的通知\n（农医发〔2021〕8 号）\n" + body,
        "office": "关于扩大农机购置补贴跨省申领机具范围的通知\n（农医办发〔2023〕7 号）\n新增五类机具。" + body,
        "other-ministry": "关于扩大医疗器械补贴跨省申领范围的通知\n（卫医发〔2023〕2 号）\n" + body,
        "other-subject": "关于做好秋冬季动物防疫工作的通知\n（农医发〔2023〕9 号）\n" + body,
    }
    plans = [doc(i, t.split("\n")[0]) for i, t in texts.items()]
    found = {(s.later, s.earlier): s for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    assert ("office", "first") in found
    assert "texts alike" in found[("office", "first")].reason
    assert set(found) == {("office", "first")}
    # two plans that name their region are judged by their titles, not placed so
    placed = [PlanInfo(p.id, p.title, "上海", "", None, None, "plan") for p in plans]
    assert not infer_successions(placed, lambda ids: {i: texts[i] for i in ids})


def test_a_citation_names_one_edition_and_a_place_or_a_sector_is_another_document() -> None:
    # CITED_PREDECESSOR: a guide that lost its headline and implements 《…指南（2021版）》 follows that edition,
    # not the 2015 one, when the titles are nearly one title; a sector's guide implementing the national
    # guide is another document (EDITION_TITLE_SHARE). TITLE_PLACE: a city's rules titled like the
    # ministries' rules (both regions unknown, texts alike) are no edition of them.
    def doc(plan_id: str, title: str, year: int | None) -> PlanInfo:
        return PlanInfo(plan_id, title, "", "", year, year, "plan")

    guide = (
        "一、总体要求\n为贯彻落实《国家机器人标准体系建设指南（{cite}版）》，构建机器人标准体系。"
        "二、建设内容\n基础共性标准、关键技术标准、行业应用标准。"
    )
    rules = (
        "第一条 为规范无人驾驶航空器道路测试，保障飞行安全，制定本办法。"
        "第二条 测试主体应具备相应能力，测试车辆应安装监管装置，测试驾驶人应经过培训。"
    )
    texts = {
        "g-2015": guide.format(cite="2012"),
        "g-2021": guide.format(cite="2018"),
        "g-2024": guide.format(cite="2021"),
        "sector-2024": guide.format(cite="2021").replace("构建机器人", "构建医疗机器人"),
        "nat-rules": rules,
        "city-rules": rules.replace("制定本办法", "结合本市实际，制定本办法"),
    }
    plans = [
        doc("g-2015", "国家机器人标准体系建设指南（2015年版）", 2015),
        doc("g-2021", "国家机器人标准体系建设指南（2021版）", 2021),
        doc("g-2024", "g-2024", 2024),  # its headline lost: the file name stands in
        doc("sector-2024", "医疗康复行业机器人标准化指南（2024版）", 2024),
        doc("nat-rules", "无人驾驶航空器道路测试管理规范", 2021),
        doc("city-rules", "苏州市无人驾驶航空器道路测试管理规范", 2022),
    ]
    inferred = {(s.later, s.earlier): s for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    found = set(inferred)
    assert ("g-2024", "g-2021") in found and ("g-2024", "g-2015") not in found
    assert "implements" in inferred[("g-2024", "g-2021")].reason
    assert not {pair for pair in found if pair[0] in ("sector-2024", "city-rules")}


def test_an_annual_guides_year_is_read_from_its_part_headings() -> None:
    from plankg.loaders.text.read import guess_meta

    text = (
        "可解释、可通用的下一代人工智能方法重大研究计划面向人工智能发展国家重大战略需求。\n"
        "　　一、科学目标\n　　本重大研究计划……\n　　三、2023年度资助研究方向\n　　（一）培育项目。\n"
        "　　五、2023年度资助计划\n　　拟资助培育项目25～30项。\n"
    )
    meta = guess_meta(text, "guide", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2023, 2023)
    two_years = text.replace("五、2023年度资助计划", "五、2022年度资助计划")
    assert guess_meta(two_years, "guide", "0" * 64).start_year is None


def test_a_neural_network_is_a_learning_method_not_neuroscience(terms: LineageTerms) -> None:
    """Vocabulary: 神经网络 is read whole as 人工智能, not as 脑科学's 神经 (round 8, a judged negative:
    "神经网络的新架构和新的预训练或自监督学习方法" ← "脑科学启发的新一代人工智能方法")."""
    found = dict(terms.find("神经网络的新架构和新的预训练或自监督学习方法"))
    assert found == {"人工智能": "神经网络"}
    assert dict(terms.find("脑科学启发的新一代人工智能方法"))["脑科学"] == "脑科学"
    assert terms.find("神经科学研究") == [("脑科学", "神经")]


def test_a_text_about_another_subject_is_no_edition_of_an_alike_earlier_text() -> None:
    """SUBJECT_NAMED: a sector's guide drawn from a national one is as alike in text as two editions,
    but names its own subject most often (船舶), which the national guide hardly names; an edition names
    its predecessor's subject about as often."""
    from plankg.lineage.succession import names_subject

    national = "构建智能制造标准体系。智能制造基础共性标准、关键技术标准和行业应用标准。" * 6 + "船舶。"
    sector = "构建船舶智能制造标准体系。船舶总装建造智能化，船舶智能车间，船舶设计标准。" * 6
    edition = "完善智能制造标准体系。智能制造基础共性标准、关键技术标准、行业应用标准和新技术标准。" * 6
    assert not names_subject(sector, national)
    assert names_subject(edition, national)


def test_a_later_target_continues_only_an_earlier_unit_that_restates() -> None:
    """RESTATED_BY_RESTATED: a target of the later plan ("全民消防安全素质明显提高", under 发展目标) resembles the
    earlier lines of work of its subject ("强化全民消防宣传教育") but carries on only an earlier target; the
    earlier line of work goes to the later plan's own line of work."""
    import numpy as np

    from plankg.lineage import align as module

    later = [
        Unit("new/s1.1", "new", "Task", "全民消防安全素质明显提高", level=3, parent="new/s1", restates="targets"),
        Unit("new/s3.1", "new", "Task", "创新消防宣传教育", level=3, parent="new/s3"),
    ]
    earlier = [
        Unit("old/s1.1", "old", "Task", "社会消防安全意识显著提升", level=3, parent="old/s1", restates="targets"),
        Unit("old/s3.1", "old", "Task", "强化全民消防宣传教育", level=3, parent="old/s3"),
    ]
    scores = np.asarray([[0.30, 0.35], [0.05, 0.40]])
    kept = {(later[i].id, earlier[j].id) for i, j, _ in module._align_work(scores, later, earlier)}
    assert ("new/s1.1", "old/s3.1") not in kept
    assert {("new/s1.1", "old/s1.1"), ("new/s3.1", "old/s3.1")} <= kept


def test_an_earlier_unit_repeated_by_the_later_edition_keeps_no_weak_echo() -> None:
    """SURE_COUNTERPART: "人工智能标准体系结构" repeated word for word in the next edition (a sure link) is not
    also continued by the next edition's "人工智能标准体系框架" at under half of that; an earlier unit without a
    sure counterpart keeps its links."""
    from plankg.lineage.align import Continuation, _beside_sure_counterparts

    found = [
        Continuation("new/a", "old/a", 0.84, (), "words"),
        Continuation("new/b", "old/a", 0.30, (), "words"),
        Continuation("new/c", "old/b", 0.60, (), "words"),
        Continuation("new/d", "old/b", 0.20, (), "words"),
    ]
    kept = {(c.later, c.earlier) for c in _beside_sure_counterparts(found)}
    assert kept == {("new/a", "old/a"), ("new/c", "old/b"), ("new/d", "old/b")}


def test_a_run_in_paragraph_keeps_its_own_link_beside_its_sections_sure_counterpart() -> None:
    """SURE_PART_OWN (round 48): 2018 "（九）提高保障和改善民生水平" is carried on by 2019 "（十）加快发展社会事业，更好
    保障和改善民生" (0.805), and its paragraph "着力促进就业创业。" by "多管齐下稳定和扩大就业。" in 2019's macro-policy
    section (0.291): the paragraph's own best link stays; a section's own weak link beside the sure one still goes."""
    from plankg.lineage.align import Continuation, _beside_sure_counterparts, _parts_own_links, fold_parts

    found = [
        Continuation("new/s3.10", "old/s3.9", 0.805, (), "words"),
        Continuation("new/s3.1#6", "old/s3.9#1", 0.291, (), "words"),
        Continuation("new/s3.1", "old/s3.9", 0.066, (), "words"),
        Continuation("new/s3.4", "old/s3.9", 0.2, (), "words"),
    ]
    own = _parts_own_links(found)
    assert own == {("new/s3.1", "old/s3.9")}
    kept = {(c.later, c.earlier) for c in _beside_sure_counterparts(fold_parts(found), own)}
    assert kept == {("new/s3.10", "old/s3.9"), ("new/s3.1", "old/s3.9")}
    assert ("new/s3.1", "old/s3.9") not in {(c.later, c.earlier) for c in _beside_sure_counterparts(fold_parts(found))}


def test_a_review_line_leading_its_runner_up_by_a_third_reports_on_that_line() -> None:
    """REVIEW_ITEM_LEAD (round 48): 2019's "三是深化供给侧结构性改革，实体经济活力不断释放" on 2018's "（一）深入
    推进供给侧结构性改革" (0.245) with 乡村振兴 the runner-up at 0.165 is that section's report; round 46's "三是深化
    改革扩大开放，持续改善营商环境" (0.185 and 0.174) reports on two sections and names neither."""
    from plankg.lineage.align import REVIEW_ITEM_LEAD, Continuation, _clear_best

    def ranked(*scores: tuple[str, float]) -> list[Continuation]:
        return [Continuation("new/s1#3", f"old/{e}", v, (), "words") for e, v in scores]

    parent = {"old/s3.1": "old/s3", "old/s3.5": "old/s3", "old/s3.7": "old/s3", "old/s3.3": "old/s3"}
    supply = ranked(("s3.1", 0.245), ("s3.5", 0.165), ("s3", 0.111))
    assert _clear_best(supply, parent, lead=REVIEW_ITEM_LEAD) and not _clear_best(supply, parent)
    assert not _clear_best(ranked(("s3.7", 0.185), ("s3.3", 0.174)), parent, lead=REVIEW_ITEM_LEAD)


def test_two_sibling_lines_kept_under_their_titles_are_not_linked_crosswise() -> None:
    """TITLE_COUNTERPARTS: "市级河道保洁（政府购买）" and "市级河道保洁（自主实施）" both kept in the next edition: each
    continues its namesake only; an earlier unit without a namesake keeps its link to a later one that has one."""
    from plankg.lineage.align import Continuation, _beside_title_counterparts

    earlier = [
        unit("old/a", "市级河道保洁（政府购买）"),
        unit("old/b", "市级河道保洁（自主实施）"),
        unit("old/c", "河道保洁"),
    ]
    later = [unit("new/a", "市级河道保洁（政府购买）"), unit("new/b", "市级河道保洁（自主实施）")]
    found = [
        Continuation("new/a", "old/a", 0.9, (), "words"),
        Continuation("new/b", "old/a", 0.6, (), "words"),
        Continuation("new/b", "old/b", 0.9, (), "words"),
        Continuation("new/a", "old/b", 0.6, (), "words"),
        Continuation("new/a", "old/c", 0.5, (), "words"),
    ]
    kept = pairs(_beside_title_counterparts(found, later, earlier))
    assert kept == {("new/a", "old/a"), ("new/b", "old/b"), ("new/a", "old/c")}
    # Repeated headings on other subjects are no siblings: a part of 建设思路 may go to 系统架构.
    earlier = [unit("old/x", "建设思路"), unit("old/y", "系统架构")]
    later = [unit("new/x", "建设思路"), unit("new/y", "系统架构")]
    found = [Continuation("new/y", "old/x", 0.4, (), "words")]
    assert pairs(_beside_title_counterparts(found, later, earlier)) == {("new/y", "old/x")}


def test_a_later_row_with_a_namesake_among_the_earlier_rows_does_not_link_its_siblings() -> None:
    """LATER_COUNTERPART (round 13, sh-lowuse-toolbox-2024 → sh-industrial-land-redev-2025): the 2025 row
    "出让人单方解除出让合同收回土地" is 2024's row 1-4 under its very title; 2024's row 1-5
    "双方协商解除出让合同收回土地" beside it (no namesake in 2025) is not continued by it. A chapter with units
    below is no row: it may gather its siblings' work; rows sharing only half their pairs stay linked."""
    from plankg.lineage.align import Continuation, _beside_title_counterparts

    def row(unit_id: str, title: str, parent: str = "old/s1", below: tuple[str, ...] = ()) -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, level=2, parent=parent, below=below)

    earlier = [row("old/s1.4", "出让人单方解除出让合同收回土地"), row("old/s1.5", "双方协商解除出让合同收回土地")]
    later = [row("new/s1.3", "出让人单方解除出让合同收回土地", "new/s1")]
    found = [
        Continuation("new/s1.3", "old/s1.4", 0.9, (), "words"),
        Continuation("new/s1.3", "old/s1.5", 0.5, (), "words"),
    ]
    assert pairs(_beside_title_counterparts(found, later, earlier)) == {("new/s1.3", "old/s1.4")}
    # the namesake is a chapter (units below it): the later chapter may continue its sibling chapter's work
    earlier = [
        row("old/s2.5", "原材料工业", "old/s2", ("发展目标",)),
        row("old/s2.8", "建筑业和建筑材料工业", "old/s2"),
    ]
    later = [row("new/s4.5", "原材料工业", "new/s4", ("钢铁",))]
    found = [Continuation("new/s4.5", "old/s2.8", 0.6, (), "words")]
    assert pairs(_beside_title_counterparts(found, later, earlier)) == {("new/s4.5", "old/s2.8")}
    # rows sharing half of the shorter title's pairs are siblings on a subject, not one row's two qualifiers
    earlier = [row("old/a", "科学计算领域的人工智能方法"), row("old/b", "人工智能驱动的下一代微观科学计算平台")]
    later = [row("new/a", "科学计算领域的人工智能方法", "new/s1")]
    found = [Continuation("new/a", "old/b", 0.4, (), "words")]
    assert pairs(_beside_title_counterparts(found, later, earlier)) == {("new/a", "old/b")}


def test_namesakes_in_a_parallel_guide_are_no_counterparts() -> None:
    """COUNTERPARTS_IN_CHAPTER (round 15, the ETS allocation plan 2019-2020 → its 2021-2022 draft): both editions
    hold a 燃煤机组 guide and a 燃气机组 guide. The 燃煤 "配额预分配与核定" continues the 2021 燃煤 guide's
    "配额核定" (a strong pair); the 燃气 guide's units of both titles are the 燃气 line's counterparts, not this
    one's. Its link to the 燃气 "配额核定", whose namesake stands beside it in the 燃气 guide, still goes."""
    from plankg.lineage.align import Continuation, _beside_title_counterparts

    def at(unit_id: str, title: str, parent: str = "", below: tuple[str, ...] = ()) -> Unit:
        level = unit_id.count(".") + 1
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, level=level, parent=parent, below=below)

    earlier = [
        at("old/s10", "2019-2020 年燃煤机组配额分配技术指南", below=("配额预分配与核定",)),
        at("old/s10.2", "配额预分配与核定", "old/s10"),
        at("old/s11", "2019-2020 年燃气机组配额分配技术指南", below=("配额预分配与核定",)),
        at("old/s11.2", "配额预分配与核定", "old/s11", ("配额核定",)),
        at("old/s11.2.2", "配额核定", "old/s11.2"),
    ]
    later = [
        at("new/s3", "燃煤机组配额分配技术指南", below=("配额核定",)),
        at("new/s3.1.2", "配额核定", "new/s3"),
        at("new/s4", "燃气机组配额分配技术指南", below=("配额预分配与核定",)),
        at("new/s4.2", "配额预分配与核定", "new/s4", ("配额核定",)),
        at("new/s4.2.2", "配额核定", "new/s4.2"),
    ]
    found = [
        Continuation("new/s3.1.2", "old/s10.2", 0.8, (), "words"),
        Continuation("new/s4.2.2", "old/s10.2", 0.6, (), "words"),
    ]
    assert pairs(_beside_title_counterparts(found, later, earlier)) == {("new/s3.1.2", "old/s10.2")}


def test_an_earlier_unit_whose_links_all_stand_below_one_later_section_continues_it() -> None:
    """GATHERED_UP (round 17, the 中央一号文件 2021 → 2023): "提升粮食和重要农产品供给保障能力" is linked to three
    sections of the 2023 chapter "抓紧抓好粮食和重要农产品稳产保供" and continues the chapter too; an earlier unit
    whose links stand in two chapters, or whose title shares no word with the section, gains nothing."""
    from plankg.lineage.align import Continuation, _up_to_gathering_section

    def at(unit_id: str, title: str, parent: str = "") -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, level=unit_id.count(".") + 1, parent=parent)

    later = [
        at("new/s1", "抓紧抓好粮食和重要农产品稳产保供"),
        at("new/s1.1", "全力抓好粮食生产", "new/s1"),
        at("new/s1.5", "统筹做好粮食和重要农产品调控", "new/s1"),
        at("new/s2", "加强农业基础设施建设"),
        at("new/s2.1", "加强耕地保护和用途管控", "new/s2"),
    ]
    earlier = [
        at("old/s3.1", "提升粮食和重要农产品供给保障能力"),
        at("old/s3.2", "坚决守住18亿亩耕地红线"),
        at("old/s3.3", "打好种业翻身仗"),
    ]
    found = [
        Continuation("new/s1.1", "old/s3.1", 0.4, (), "words"),
        Continuation("new/s1.5", "old/s3.1", 0.14, (), "words"),
        Continuation("new/s1.1", "old/s3.2", 0.2, (), "words"),
        Continuation("new/s2.1", "old/s3.2", 0.3, (), "words"),
        Continuation("new/s1.1", "old/s3.3", 0.2, (), "words"),
        Continuation("new/s1.5", "old/s3.3", 0.2, (), "words"),
    ]
    added = pairs(_up_to_gathering_section(found, later, earlier)) - pairs(found)
    assert added == {("new/s1", "old/s3.1")}
    # an item whose section already continues the later section has its line there; links to a section and to an
    # item of it are one branch
    earlier = [at("old/s3", "加快推进农业现代化"), at("old/s3.1", "提升粮食和重要农产品供给保障能力", "old/s3")]
    later.append(at("new/s1.1.1", "稳定粮食播种面积", "new/s1.1"))
    found = [
        Continuation("new/s1", "old/s3", 0.5, (), "words"),
        Continuation("new/s1.1", "old/s3.1", 0.4, (), "words"),
        Continuation("new/s1.5", "old/s3.1", 0.14, (), "words"),
    ]
    assert pairs(_up_to_gathering_section(found, later, earlier)) == pairs(found)
    found = [
        Continuation("new/s1.1", "old/s3.1", 0.4, (), "words"),
        Continuation("new/s1.1.1", "old/s3.1", 0.2, (), "w"),
    ]
    assert pairs(_up_to_gathering_section(found, later, earlier)) == pairs(found)


def test_the_subject_of_two_small_editions_counts_little(terms: LineageTerms) -> None:
    """PERVASIVE_MIN_UNITS: two yearly notices of 8 and more units that name their subject in every unit
    (生态环境) are not alike by it: a unit sharing only the subject scores below one sharing its own work."""
    from plankg.lineage.similarity import build_space, scores

    def notice(plan: str, titles: list[str]) -> list[Unit]:
        return [
            Unit(f"{plan}/s{k}", plan, "Section", t, text=f"{t}，服务生态环境保护。", level=1)
            for k, t in enumerate(titles)
        ]

    old = notice(
        "old",
        [
            "统一宣传主题",
            "举办主场活动",
            "推出宣传产品",
            "开展志愿服务",
            "动员社会参与",
            "加强网络传播",
            "做好总结交流",
            "报送工作简表",
        ],
    )
    new = notice(
        "new",
        [
            "聚焦宣传主题",
            "举办国家主场活动",
            "制作宣传海报",
            "推动志愿服务工作",
            "广泛动员社会",
            "加大网络传播力度",
            "及时交流总结",
            "精心组织实施",
        ],
    )
    matrix = scores(build_space(new, old, terms))
    # 精心组织实施 shares only the subject with every earlier unit: far below the pairs that share work
    # (0.016 against 0.53; counted as a feature of any pair, 0.043)
    assert matrix[7].max() < 0.05 * matrix[0, 0]


def test_a_framing_heading_is_no_grouping_of_the_units_below_it() -> None:
    """FRAMING_CONTEXT: an item under 保障措施 is compared without 保障措施 as its grouping (its words stand above
    every such item of every plan); an item under a line of work keeps its section; a target keeps its
    targets heading (it is aligned with the targets of the other plan)."""

    def section(sid: str, level: int, title: str, start: int, parent: str | None) -> dict[str, object]:
        return {"id": sid, "plan_id": "p", "level": level, "number": "", "title": title, "start": start} | {
            "parent": parent
        }

    def task(tid: str, title: str, start: int, section_id: str) -> dict[str, object]:
        return {"id": tid, "plan_id": "p", "number": "1.", "title": title, "text": "", "start": start} | {
            "section": section_id
        }

    sections = [
        section("p/s1", 1, "发展目标", 0, None),
        section("p/s2", 1, "加强消防队伍建设", 10, None),
        section("p/s3", 1, "保障措施", 20, None),
    ]
    tasks = [
        task("p/s1/t1", "消防综合能力不断提升", 2, "p/s1"),
        task("p/s2/t1", "充实城区消防救援力量", 12, "p/s2"),
        task("p/s3/t1", "建立自查机制", 22, "p/s3"),
    ]
    units = {u.id: u for u in plan_units(sections, tasks)}
    assert units["p/s3/t1"].context == ()
    assert units["p/s2/t1"].context == ("加强消防队伍建设",)
    assert units["p/s1/t1"].restates == "targets" and units["p/s1/t1"].context == ("发展目标",)


def test_successions_inferred_over_the_scored_real_texts_are_all_true() -> None:
    # bench/eval_successions.py over the ~190 real texts of the scored rounds, without a manifest:
    # 38 of 60 inferred successions were false at 6e504d2 (titles sharing only 国务院/办公厅/意见);
    # measured since succ13 and round 11's fixes: 24 inferred, all true, 2 of 26 true ones missed; with rounds 12
    # and 13 scored (YEAR_FIRST_TITLE): 28 inferred, all true, 2 of 30 missed; with round 14 (SUPERSEDING_EDITION,
    # 235 texts): 29 inferred, all true, 2 of 31 missed; with round 15 (245 texts; its ETS allocation plans inferred at
    # the first score): 31 inferred, all true, 2 of 33 missed; with round 17 (263 texts): the 2021 中央一号文件 was
    # inferred to follow the national 十二五 outline (its title read off a cited proposal) until NUMBERED_DOCUMENT and
    # TITLE_OWN_YEAR; the 2023 edition, titled …关于做好2023年全面推进乡村振兴重点工作的意见, shares no title subject
    # with it and is missed: 31 inferred, all true, 3 of 34 missed; with round 19 (284 texts): a school's 2019学年 and
    # 2021年度 工作要点, whose titles a list of the site's links had spoiled, inferred after DATED_LINK_RUN and
    # SCHOOL_YEAR: 32 inferred, all true, 3 of 35 missed; with round 21 (310 texts; 2025 汽车以旧换新方案 inferred
    # after the 2024-05 细则 it skips, the 加力细则 and the undated regulation after nothing at the first score):
    # LABELLED_NUMBER, SAME_YEAR_SERIALS, SKIPPED_STEP, UNDATED_EDITIONS, LISTED_AREAS: 36 inferred, all true, 3 of 39
    # missed; LOST_EARLIER_EDITIONS (the 2023 中央一号文件 after the 2021 text that lost its issuer line): 37 inferred,
    # all true, 2 of 39 missed; with round 22 (324 texts; the 2022 national EV-charging opinion after the 2015 one was
    # not inferred): PERIOD_REVIEWED, CENTRAL_ISSUER: 39 inferred, all true, 2 of 41 missed; with round 25 (361 texts,
    # its nine 沪发改能源 notices judged from lineage25's follows: 5 inferred, 4 true, at the first score):
    # ANNUAL_NOTICES, ANNEXED_EDITION, CALL_THEN_EDITION, EDITION_NOT_SKIPPED, BASIS_CITED: 48 inferred, all true, 3 of
    # 51 missed; with round 26 (378 texts; a school's and its party committee's yearly and term 工作思路, none inferred
    # at the first score: read as interpretations): WORK_APPROACH_TITLE, SCHOOL_TERM_TITLE, TERM_WORK_PLANS: 52
    # inferred, all true, 3 of 55 missed; with round 28 (408 texts): the conduct plans inferred, the safety term plan
    # after the year plan not (judged true, read two ways), and a heldout7 ministry's two sector guides (建材行业,
    # 有色金属行业) inferred as draft → issued text once the round's words moved their likeness, until SECTOR_SERIES:
    # 54 inferred, all true, 4 of 58 missed; with round 30 (428 texts; a city regulation and its amendment, both
    # undated and of a city the metadata does not know, and two years' 国务院 work reports, none inferred at the first
    # score): UNDATED_PLACED, GOVERNMENT_WORK_REPORTS; the 2026 中央一号文件 (a heldout30 headings text) after the 2021
    # text by its title, skipping 2023, until NEXT_IN_LINE: 57 inferred, all true, 4 of 61 missed; with round 30's
    # saved pages of the 十五五 proposal (after the 十二五 outline, true) and its explanation (titled by the plan its
    # opening cites and read as the plan, false, until EXPLANATION_TITLE_ENDINGS made it an interpretation):
    # 58 inferred; with round 32 (456 texts): the work report of 2024 lost its year with its column tag (meta28's
    # DATED_COLUMN_TAG) until COLUMN_WEEK_DATE, the 十五五 proposal, its title read, its frame's 制定/建议 for a
    # subject until PLAN_PROPOSAL_FRAME, and a 山东 guiding opinion that names only its goal year 2025 followed the
    # province's 2024-2025 action plan that takes up its projects, until GOAL_YEARS_ONLY; the true step the other way
    # (the action plan after the opinion) is missed, the opinion's year being nowhere in its text: 58 inferred, all
    # true, 5 of 63 missed. Session 31 (526 texts with rounds 36-39 and lineage38): meta31's CITED_FOR_PURPOSE dated the
    # 十二五 卫生扶贫 guideline (the 2016 健康扶贫 opinion follows it), and lineage38's 深圳 regulations 2013 → 2020:
    # 61 inferred, all true, 5 of 66 missed. Session 32 (551 texts with rounds 40-41 and lineage40/41): 杭州's
    # regulation 2016 → its 2021 amendment inferred; 上海's 北斗 action plan → its commercial-space /
    # spatial-information plan, a line of work under a broader name, missed: 62 inferred, all true, 6 of 68 missed.
    from bench.eval_successions import judge

    judged = judge()
    assert judged.false == [] and judged.unjudged == []
    # TERM_PLAN_SERIES (branch fixlin41): the 北斗 → spatial-information plans inferred, nothing else: 63 inferred, all
    # true, 5 of 68 missed.
    # OFFICE_LINE (branch lin42): round 28's safety term plan "…2009学年第二学期安全处工作思路" after the year plan
    # "…2010年安全工作计划" (安全处 the office of 安全): 64 inferred, all true, 4 of 68 missed.
    # Round 44 scored (session 34, 588 texts with lineage44's three bodies' annual plans 2022 → 2023): 苏平's pair
    # inferred, 财政金融局's and 海坛's (a plan → the next year's review-and-ideas text) missed: 67 inferred, all true,
    # 6 of 73 missed. The two "…2022年工作总结及2023年工作思路" after their bodies' 2022 plans with SUMMARY_THEN_PLAN,
    # YEAR_ONLY and SHORT_NAMED_BODY (branch fixlin44): 69 inferred, all true, 4 of 73 missed.
    # Round 44's second wave (598 texts with lineage45): 平潭's 十三五 → 十四五 outlines inferred, the Party committee's
    # proposal for the 十五五 plan after the 十四五 outline missed: 70 inferred, all true, 5 of 75 missed.
    # PROPOSED_PLAN_PLACE (branch fixlin45) places that proposal after the outline once its title is read; guess_meta
    # reads the page's links line for it (a loader cause): 70 inferred, all true, 5 of 75 missed (unchanged).
    assert len(judged.true) >= 70
    # CRAWLER_HEADER (crawlhdr45) reads the proposal's title and kind, PROPOSED_PLAN_PLACE (fixlin45) its place: it
    # follows the 十四五 outline. 71 inferred, all true, 4 of 75 missed.
    assert len(judged.true) >= 71
    # GOAL_BEFORE_TERM (branch lin46b): 山东's 新一代信息技术产业行动计划（2024-2025年） after the undated
    # guiding opinion that names only "到2025年", whose way its 总体目标 takes up ("以“十大工程”为主路径", in both
    # texts; judged true by the lead): 72 inferred, all true, 3 of 75 missed.
    # Round 46 (607 texts with lineage46, the State Council's reports of 2021 and 2022 titled 政府工作报告 alone):
    # neither dated at the first score; NATIONAL_REPORT_DELIVERY (branch fixlin46) reads their years off the line
    # "——2021年3月5日在第十三届全国人民代表大会第四次会议上": 2021 → 2022 and 2022 → lineage30's 2023 inferred, 73
    # inferred, all true, 4 of 77 missed; with GOAL_BEFORE_TERM beside it 74 inferred, all true, 3 of 77 missed.
    assert len(judged.true) >= 74
    # Round 47 (613 texts with lineage47, 平潭's work reports titled 政府工作报告（2023）/（2024）, no place): read as
    # the country's, they followed the State Council's reports and took its 2024 report (3 false); SPEAKER_BODY
    # (branch fixlin47) places them by "我代表平潭综合实验区管委会，向大会作报告": 75 inferred, all true, 3 of 78
    # missed.
    assert len(judged.true) >= 75
    # Round 47's State Council reports of 1984 and 2005 (no headline) dated by WORK_REPORT_REVIEWED_YEAR and titled by
    # HEADLESS_NATIONAL_REPORT (branch meta48): 1984 → 2005 → 2021 inferred (judged true, the nearest editions of the
    # yearly report in the repository): 77 inferred, all true, 3 of 80 missed.
    assert len(judged.true) >= 77
    # Round 48's reports of 2018 and 2019 (lineage48): the term-end 2018 report dated and titled by TERM_END_REPORT,
    # the district outline filed as "（上海市）崇明区…" kept a district's by BRACKETED_REGION (lead, session 36): 2005 →
    # 2018 → 2019 → 2021 inferred (judged true), no 2024 决定 after the 2018 report and no city plan after the district
    # outline: 79 inferred, all true, 3 of 82 missed.
    assert len(judged.true) >= 79
    # Round 49's reports of 2009 and 2010 (lineage49): 2005 → 2009 → 2010 → 2018 inferred (judged true, the nearest
    # editions); the 2018 report's step back to 2005 ("editions of one title", now judged false) dropped by
    # NEAREST_REPORT_ONLY (branch fixlin49): 81 inferred, all true, 3 of 84 missed.
    assert len(judged.true) >= 81
    # Round 50's 广东 reports of 2024 and 2025 (lineage50): the 2025 page's title lost in its 网易号 tags, titled
    # from its cover by COVER_UNDER_PAGE (branch fixlin50): 2024 → 2025 inferred (judged true), 82 inferred, all true,
    # 3 of 85 missed.
    assert len(judged.true) >= 82
    # Round 51's 玻璃幕墙 notices (lineage51): YEARLY_LINE (branch fixlin51) keeps the 2024 special campaign out of
    # the yearly line (2024 → 2023 judged false, gone) and puts 2025 after 2023, and after the campaign it cites
    # (CITED_NUMBER); 2026 after 2025: 85 inferred, all true, 3 of 88 missed.
    assert len(judged.true) >= 85
    # Round 52's 广东 reports of 2022 and 2023 (lineage52): the 2023 page's title joined with its "我的收藏 收藏"
    # buttons (no year); FAVOURITES_BUTTONS (branch fixlin52) titles it from its cover: 2022 → 2023 → lineage50's 2024
    # inferred (judged true; 2022 → 2024 gone, judged false): 87 inferred true, 0 false, 3 of 90 missed. Round 52's
    # national 十四五 water-security plan after 安徽's 十四五 water plan (read as 2016 before meta52's
    # LATEST_TEXT_PERIOD) is judged false, and no longer inferred.
    assert len(judged.true) >= 87
    # Round 53 (lineage53's 平潭 reports 2018 → 2019; heldout53's 东莞 公积金 notice of 2020, cited by its 2023
    # notice of heldout52 with its 文号): both inferred, judged true by fixlin53 from the texts: 89 inferred, all
    # true, 3 of 92 missed.
    assert len(judged.true) >= 89
    # Round 54 (lineage54's 平潭 food-safety plans 2015 → 2016 → 2018 and sampling plans 2017 → 2018): all three
    # inferred at the first score, judged true by fixlin54 from the texts: 92 inferred, all true, 3 of 95 missed.
    assert len(judged.true) >= 92
    # Round 55 (lineage55's four 平潭 市场监督管理局 campaigns): only 校园周边 2016 → 2017 (one title) inferred at the
    # first score; ISSUER_SERIES (branch fixlin55) infers the renamed 无传销 2016 → 2017, 三小 → 小作坊 and 旅游景区
    # 2016 → 2018 (all judged true in the gold before this change): 96 inferred, all true, 3 of 99 missed.
    assert len(judged.true) >= 96
    # Round 56 (lineage56's 芦洋乡 fire campaigns and 平潭 tourism campaigns): only the tourism 暑期整顿 2017 → 利剑行动
    # 2018 inferred at the first score (97 inferred, all true, 5 of 102 missed); TOWNSHIP_ISSUER_FIELD (branch
    # fixlin56) gives the township's unsigned 2016 and 2017 plans their issuer (芦洋乡人民政府) and ISSUER_SERIES infers
    # 消防安全排查整治 2016 → 火灾隐患排查整治 2017: 98 inferred, all true, 4 of 102 missed (夏季消防安全检查 2016 →
    # 火灾隐患排查活动 2017, titles sharing only the township's name, not inferred).
    # Round 57 (lineage57's 平潭 综合执法与应急管理局 campaigns): only the 安全生产月 2021 → 2022 inferred at the first
    # score (99 true of 102 inferred, 2024 → 2022 有限空间 unjudged, 7 of 106 missed); CRAWLED_HEADLINE,
    # SHARE_BUTTONS_CODE and CITED_WITH_TITLE (branch fixlin57) infer 五个一批 → 集中攻坚 (same year, cited by title
    # and 文号), NAMED_OBJECT_SERIES and ISSUER_NEXT_IN_LINE 有限空间 2022 → 2023 → 2024 (2024 → 2022 gone): 104
    # inferred, 102 true, none false, 4 of 106 missed; the two pairs of round 57's scored texts inferred since they
    # came (福州's 补充通知 after its 若干意见, 达州's 2023 measures after its 2022 ten measures) judged true by
    # fixlin57: 104 inferred, all true, 4 of 108 missed.
    # Round 58 (lineage58: four chapters of 上海's 十四五 纲要 → its 十五五 纲要; the round's other texts brought no
    # pair): three of the four chapter pairs inferred at the first score (texts alike), 乡村振兴 →
    # 城乡功能空间布局 not (a chapter renamed and regrouped: the titles share nothing): 107 inferred, all true, 5 of 112
    # missed; ISSUER_NAMED_TITLE (branch lin58) changes none of them. RENAMED_SERIES_CONCEPT (branch lin59) infers the
    # 芦洋乡 夏季消防安全检查 2016 → 火灾隐患排查活动 2017 (消防 and 火灾 one concept of lineage_terms.yaml): 108
    # inferred, all true, 4 of 112 missed.
    # Round 59 (lineage59: five more chapter pairs of the same two outlines, one later chapter after two earlier
    # ones): only 基础设施 十二、 → 十一、 inferred at the first score (20:19 UTC, session 45): 108 inferred, all true,
    # 9 of 117 missed before RENAMED_SERIES_CONCEPT; with it 109 inferred, all true, 8 of 117 missed.
    # Round 60 (lineage60: three more chapter pairs of the same outlines): 2 of 3 inferred at the first score (112
    # inferred over 816 texts, 111 true, 1 unjudged, 9 of 120 missed), the spatial-layout chapters 十、 → 十、 not:
    # neither names a year. BODY_PERIOD_YEARS (branch fixlin60) places them by the period their maps' captions name
    # (“十四五”, “十五五”): that pair, and lineage58's byte-identical later chapter after the same earlier one (judged
    # true): 114 inferred, 113 true, 8 of 121 missed; the 1 unjudged was the chapter cut 十四、 after the whole
    # outline it was cut from (sh-fyp-14, false), gone with EXCERPT_NOT_EDITION: 113 inferred, all true, 8 of 121
    # missed.
    # (The missed counts above were measured on smaller golds; each round adds pairs, so only the last bound holds.)
    assert len(judged.true) >= 113 and len(judged.missed) <= 8


def test_a_work_report_without_a_place_is_its_speakers_governments() -> None:
    """SPEAKER_BODY (round 47): 平潭's "政府工作报告（2023）" names no place in its title; its speaker line says whose
    report it is, so it follows 平潭's reports, not the State Council's (whose speaker speaks for 国务院)."""
    from plankg.lineage.succession import PlanInfo, government_work_reports, speaker_place

    pingtan = "各位代表，同志们：现在，我代表平潭综合实验区管委会，向大会作报告。一、2022年工作回顾…"
    national = "各位代表：现在，我代表国务院，向大会报告政府工作，请予审议。"
    assert speaker_place(pingtan) == "平潭综合实验区" and speaker_place(national) == "全国"
    assert speaker_place("一、2023年工作回顾") == ""
    plans = [
        PlanInfo("pt23", "政府工作报告（2023）", "", "", 2023, 2023, "report"),
        PlanInfo("pt24", "政府工作报告（2024）", "", "", 2024, 2024, "report"),
        PlanInfo("nat22", "政府工作报告", "", "", 2022, 2022, "report"),
        PlanInfo("nat23", "政府工作报告", "", "", 2023, 2023, "report"),
    ]
    body = {"pt23": pingtan, "pt24": pingtan, "nat22": national, "nat23": national}

    def texts(ids: Any) -> dict[str, str]:
        return {i: body[i] for i in ids}

    found = {(s.later, s.earlier) for s in government_work_reports(plans, texts)}
    assert found == {("pt24", "pt23"), ("nat23", "nat22")}


def test_a_work_report_follows_only_its_governments_nearest_earlier_report() -> None:
    """NEAREST_REPORT_ONLY (round 49): with the State Council's reports of 2009 and 2010 in the repository, its 2018
    report followed the 2005 one as "editions of one title" beside the 2010 one (the report a year before); only the
    nearest earlier report of its government is its predecessor."""
    from plankg.lineage.succession import PlanInfo, Succession, _skips_a_report, government_work_reports

    plans = [
        PlanInfo("n05", "2005年中华人民共和国国务院政府工作报告", "", "", 2005, 2005, "report"),
        PlanInfo("n09", "2009年国务院政府工作报告", "", "", 2009, 2009, "report"),
        PlanInfo("n10", "2010年国务院政府工作报告", "", "", 2010, 2010, "report"),
        PlanInfo("n18", "2018年国务院政府工作报告", "", "", 2018, 2018, "report"),
        PlanInfo("jh17", "金华市政府工作报告", "", "", 2017, 2017, "report"),
        PlanInfo("jh16", "金华市政府工作报告", "", "", 2016, 2016, "report"),
    ]
    reports = government_work_reports(plans)
    assert ("n18", "n10") in {(s.later, s.earlier) for s in reports}
    assert _skips_a_report(Succession("n18", "n05", "inferred", "editions of one title"), reports, plans)
    assert not _skips_a_report(Succession("n18", "n10", "inferred", "a year before"), reports, plans)
    assert not _skips_a_report(Succession("n18", "jh16", "inferred", "texts alike"), reports, plans)


def test_a_party_committees_proposal_is_placed_where_its_plan_is() -> None:
    """PROPOSED_PLAN_PLACE (lineage45): the 党工委's proposal for the 十五五 plan opens with the committee
    ("中共福建省"), its plan with 平潭综合实验区, the place of the 十四五 outline it follows; so 中共合肥市委's
    proposal is 合肥市's."""
    from plankg.lineage.succession import PlanInfo, edition_compatible, title_place

    proposal = "中共福建省委平潭综合实验区工作委员会关于制定平潭综合实验区国民经济和社会发展第十五个五年规划的建议"
    outline = "平潭综合实验区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    assert title_place(proposal) == title_place(outline) == "平潭综合实验区"
    assert title_place("中共合肥市委关于制定合肥市国民经济和社会发展第十五个五年规划的建议") == "合肥市"
    assert title_place("中共中央关于制定国民经济和社会发展第十五个五年规划的建议") == ""
    later = PlanInfo("p15", proposal, "", "", 2026, 2026, "plan")
    earlier = PlanInfo("p14", outline, "", "十四五", 2021, 2025, "plan")
    assert edition_compatible(later, earlier)
    # a proposal of another place's plan stays another line
    hefei = "中共合肥市委关于制定合肥市国民经济和社会发展第十五个五年规划的建议"
    assert not edition_compatible(PlanInfo("h15", hefei, "", "", 2026, 2026, "plan"), earlier)


def test_the_pingtan_proposal_titled_follows_the_outline_before_it() -> None:
    """PROPOSED_PLAN_PLACE over lineage45's real texts: guess_meta's metadata of the three, the proposal titled as its
    page's 标题 line names it (guess_meta loses that title today: HEADLINE_END has no 建议), region unknown or read
    as 福建 (its 中共福建省委): the proposal follows the 十四五 outline (texts alike, 0.34), which follows the
    十三五 one."""
    import dataclasses
    import hashlib

    from plankg.loaders.text.read import guess_meta

    folder = Path(__file__).parent / "realworld" / "lineage45" / "plans"
    plans: dict[str, PlanInfo] = {}
    texts: dict[str, str] = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        plan = PlanInfo.from_row(guess_meta(text, path.stem, hashlib.sha256(text.encode()).hexdigest()).model_dump())
        plans[plan.id], texts[plan.id] = plan, text
    title = text.splitlines()[0].removeprefix("标题: ")  # the proposal's file sorts last
    assert title.endswith("第十五个五年规划的建议")
    for region in ("", "福建"):
        proposal = dataclasses.replace(plans["pt-fyp15-proposal"], title=title, kind="plan", region=region)
        others = [p for p in plans.values() if p.id != proposal.id]
        found = infer_successions([*others, proposal], lambda ids: {i: texts[i] for i in ids})
        pairs = {(s.later, s.earlier) for s in found}
        assert ("pt-fyp15-proposal", "pt-fyp14-outline") in pairs, found
        assert ("pt-fyp14-outline", "pt-fyp13-outline") in pairs


def test_two_sectors_guides_of_one_series_are_no_steps_of_one_line() -> None:
    """SECTOR_SERIES: heldout7's 建材 and 有色金属 guides share their titles but the sector; the same sector's
    plan and opinion (钢铁工业 …, 推动钢铁工业 …) stay one line."""
    from plankg.lineage.succession import sector_siblings

    assert sector_siblings(
        "有色金属行业智能制造标准体系建设指南（2023 版）", "建材行业智能制造标准体系建设指南（2021 版）"
    )
    assert not sector_siblings("关于推动钢铁工业高质量发展的指导意见", "钢铁工业调整升级规划（2016-2020年）")
    assert not sector_siblings(
        "2021、2022年度全国碳排放权交易配额总量设定与分配实施方案（发电行业）",
        "2019-2020年全国碳排放权交易配额总量设定与分配实施方案(发电行业)",
    )
    assert not sector_siblings(
        "智能网联汽车生产企业及产品准入管理指南", "关于加强智能网联汽车生产企业及产品准入管理的意见"
    )


def test_bigram_codes_generic_table_matches_sorted_search() -> None:
    """bigram_codes reads whether a bigram is generic from a table (_GENERIC_TABLE); the same
    bigrams as the plain definition, ``bigrams``, and as a search of the sorted generic codes."""
    import numpy as np

    from plankg.lineage.similarity import _GENERIC_CODES, bigram_codes, bigrams, decode_bigram

    texts = [
        "加快推进集成电路产业发展",
        "",
        "AI与人工智能2025年的新一代技术研究",
        "建设一批重大科技基础设施和平台",
        "的和与",
    ]
    rows, codes = bigram_codes(texts)
    for k, text in enumerate(texts):
        assert [decode_bigram(int(c)) for c in codes[rows == k]] == bigrams(text)
    generic = {int(c) for c in _GENERIC_CODES}
    assert generic and not generic & {int(c) for c in codes}
    assert np.all((codes >> 16) >= 0x4E00)


def test_spooled_chunks_read_back_as_continuation_rows() -> None:
    """Workers send their links packed (plain tuples by label pair) and the spool keeps them so;
    read back for writing, each chunk gives the rows ``continuation_rows`` makes of it."""
    from plankg.lineage.align import Continuation
    from plankg.lineage.link import ContinuationSpool, continuation_rows
    from plankg.lineage.parallel import packed

    found = [
        Continuation("b/t1", "a/t1", 0.5, ("人才", "≈集成电路（芯片）"), "words+vocabulary", "Task", "Task"),
        Continuation("b/s1", "a/t2", 0.25, (), "structure", "Section", "Task"),
        Continuation("b/t2", "a/s1", 0.1, ("青年",), "words", "Task", "Section"),
        Continuation("b/t3", "a/t3", 0.7, ("储能",), "words+context", "Task", "Task"),
        Continuation("b/s2", "a/s2", 0.3, ("回顾",), "role:review+words", "Section", "Section"),
    ]
    with ContinuationSpool() as spool:
        spool.add(packed(found[:2]))
        spool.add(packed(found[2:]))
        assert spool.count == len(found)
        assert list(spool.groups()) == continuation_rows(found[:2]) + continuation_rows(found[2:])


def test_an_item_linked_by_the_vocabulary_its_linked_section_explains_in_words_goes() -> None:
    """ECHO_ABOVE_SHARE (branch lin19), on 十二五 → 十四五 (the dev split): "优化产业技术创新外部环境" continues
    "（二）推动科技与金融深度融合" by 科技金融 and the word 企业 (0.31); its link to that section's item
    "完善科技金融基础设施建设", by ≈科技金融 alone at 0.13, only repeats it and goes. An item that shares a word of its
    own, or a concept the section's link does not name, or scores half the section's, stays."""
    from plankg.lineage.align import Continuation, _without_fan_out

    def unit(key: str, title: str, parent: str = "", label: str = "Section") -> Unit:
        level = 1 if not parent else 3 if label == "Task" else 2
        return Unit(f"new/{key}", "new", label, title, level=level, parent=f"new/{parent}" if parent else "")

    def link(later: str, score: float, method: str, terms: tuple[str, ...]) -> Continuation:
        return Continuation(f"new/{later}", "old/s", score, terms, method, "Section", "Section")

    earlier = [Unit("old/s", "old", "Section", "优化产业技术创新外部环境", level=2)]
    later = [
        unit("c", "推动科技与金融深度融合"),
        unit("t1", "完善科技金融基础设施建设", "c", "Task"),
        unit("t2", "强化科技创新中心与国际金融中心联动", "c", "Task"),
        unit("t3", "深化张江科技金融创新", "c", "Task"),
        unit("t4", "提升科技金融服务的精准度", "c", "Task"),
    ]
    section_terms = ("≈科技金融（科创板/科技保险/科技信贷）", "企业")
    found = [
        link("c", 0.31, "words+vocabulary+context", section_terms),
        link("t1", 0.13, "vocabulary+context", ("≈科技金融（资本市场/金融）",)),
        link("t2", 0.13, "words+vocabulary", ("≈科技金融（资本市场/金融）", "金融")),
        link("t3", 0.13, "vocabulary+context", ("≈科技金融（创业投资）", "≈创新园区（张江）")),
        link("t4", 0.2, "vocabulary+context", ("≈科技金融（科技信贷）",)),
    ]
    kept = {c.later for c in _without_fan_out(found, later, earlier)}
    assert kept == {"new/c", "new/t2", "new/t3", "new/t4"}


def _section(unit_id: str, title: str, parent: str = "", text: str = "", context: tuple[str, ...] = ()) -> Unit:
    level = unit_id.count(".") + 1
    return Unit(unit_id, unit_id.split("/")[0], "Section", title, context, text or title, level=level, parent=parent)


# Round 21 (tests/realworld/lineage21): the 2024-05 细则 of Beijing's car trade-in subsidy, and the 加力细则 of 2024-08
# that raises its 报废更新 standard (一、) and adds a city 置换 subsidy (二、) under the 2024-05 细则's very headings.
CAR_2024_05 = [
    _section(
        "old/s1",
        "补贴对象及标准",
        text="补贴对象为同时满足以下条件的消费者。补贴申请人为个人消费者，申请人报废个人名下的旧车。",
    ),
    _section(
        "old/s2", "办理时限", text="实施时间自《细则》印发之日起，至2024年12月31日止。补贴申请时间至2025年1月10日。"
    ),
    _section("old/s3", "申报材料", text="申请人身份信息，需上传身份证正反面照片；《报废机动车回收证明》照片。"),
    _section(
        "old/s4", "具体流程", text="旧车报废。旧车车主将报废旧车交给机动车回收拆解企业。新车购买。补贴申请。补贴审核。"
    ),
    _section(
        "old/s5", "职责分工", text="成立我市汽车以旧换新工作市级专班，市商务局负责组织协调，市财政局负责资金保障。"
    ),
]
CAR_2024_08 = [
    _section(
        "new/s1", "提高报废更新补贴标准", text="对报废旧车并购买新车的个人消费者，补贴标准由原来补贴1万元提高到2万元。"
    ),
    _section("new/s2", "实施置换补贴政策"),
    _section(
        "new/s2.1",
        "补贴对象及标准",
        "new/s2",
        "补贴对象为同时满足以下条件的消费者：自然人车主，转让本市乘用车。",
        ("实施置换补贴政策",),
    ),
    _section(
        "new/s2.2",
        "办理时限",
        "new/s2",
        "补贴适用时间：2024年9月1日0时至2024年12月31日24时期间。",
        ("实施置换补贴政策",),
    ),
    _section(
        "new/s2.3",
        "申报材料",
        "new/s2",
        "上传车主身份证正反面照片；上传转让本市乘用车行驶证照片。",
        ("实施置换补贴政策",),
    ),
    _section(
        "new/s2.4", "具体流程", "new/s2", "由第三方交易办理平台提供相关服务，补贴申请流程。", ("实施置换补贴政策",)
    ),
    _section("new/s3", "职责分工", text="市商务局负责汽车以旧换新补贴发放的组织协调工作，市财政局负责资金保障。"),
]


def test_a_new_line_of_work_set_out_under_the_earlier_headings_continues_nothing(
    terms: LineageTerms, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NEW_LINE_FACETS (round 21): the 加力细则's "二、实施置换补贴政策" names a subject the 2024-05 细则 never writes
    (置换) and sets it out under four of its headings: neither it nor its units continue an earlier unit, which is
    free to go to its own counterpart; a renamed grouping whose new word is written in part (开放型 where 开放 is)
    is no new line."""
    from plankg.lineage import align as aligning

    new_line = {f"new/s2{k}" for k in ("", ".1", ".2", ".3", ".4")}
    assert aligning._in_new_lines(CAR_2024_08, CAR_2024_05) == new_line
    found = pairs(align(CAR_2024_08, CAR_2024_05, terms))
    assert not {later for later, _ in found} & new_line
    assert ("new/s3", "old/s5") in found
    monkeypatch.setattr(aligning, "NEW_LINE_FACETS", False)
    assert {later for later, _ in pairs(align(CAR_2024_08, CAR_2024_05, terms))} & new_line
    # 九五 → 十五: "扩大对外开放，发展开放型经济" takes up the 九五 lines of work under their very headings
    earlier = [
        _section("nine/s1", "进一步扩大对外开放", text="积极发展对外贸易。积极合理有效地利用外资。"),
        _section("nine/s1.1", "积极发展对外贸易", "nine/s1", context=("进一步扩大对外开放",)),
        _section("nine/s1.2", "积极合理有效地利用外资", "nine/s1", context=("进一步扩大对外开放",)),
    ]
    later = [
        _section("ten/s1", "扩大对外开放，发展开放型经济"),
        _section("ten/s1.1", "积极发展对外贸易", "ten/s1", context=("扩大对外开放，发展开放型经济",)),
        _section("ten/s1.2", "积极合理有效地利用外资", "ten/s1", context=("扩大对外开放，发展开放型经济",)),
    ]
    assert not aligning._in_new_lines(later, earlier)


def test_a_heading_repeated_under_two_lines_continues_the_earlier_unit_of_its_own_line() -> None:
    """PARALLEL_FACETS (round 21): the 2025 方案 sets out "一、实施国家报废更新补贴政策" and
    "二、实施本市置换更新补贴政策" under the same headings; the 加力细则's "一、提高报废更新补贴标准" continues
    "一、（三）补贴标准", not "二、（四）补贴标准", whose parent is further from it; a heading of one line only keeps
    its links."""
    import numpy as np

    from plankg.lineage.align import _by_parallel_groupings

    later = [
        _section("new/s1", "实施国家报废更新补贴政策"),
        _section("new/s1.3", "补贴标准", "new/s1"),
        _section("new/s2", "实施本市置换更新补贴政策"),
        _section("new/s2.4", "补贴标准", "new/s2"),
        _section("new/s2.7", "相关解释", "new/s2"),
    ]
    earlier = [_section("old/s1", "提高报废更新补贴标准"), _section("old/s2", "实施置换补贴政策")]
    scores = np.asarray([[0.19, 0.17], [0.29, 0.10], [0.10, 0.22], [0.30, 0.11], [0.14, 0.14]])
    chosen = [(1, 0, 0.4), (3, 0, 0.4), (3, 1, 0.2), (4, 0, 0.1)]
    assert _by_parallel_groupings(chosen, scores, later, earlier) == [(1, 0, 0.4), (3, 1, 0.2), (4, 0, 0.1)]


def test_a_next_period_document_follows_the_one_whose_targets_end_with_the_period_it_reviews() -> None:
    """PERIOD_REVIEWED, CENTRAL_ISSUER (round 22, tests/realworld/lineage22): the 2022 EV-charging opinion of
    国家发展改革委 and nine departments cites no number of the 国务院办公厅 opinion of 2015 (targets 到2020年); its
    opening reviews 十三五 and aims at 十四五's end. It follows the 2015 opinion, not a city bureau's notice on the same
    field whose term ends in 2020 too, nor a document its opening does not review."""
    evcharge = "国家发展改革委等部门关于进一步提升电动汽车充电基础设施服务保障能力的实施意见"
    front = f"---\ntitle: {evcharge}\n---\n各省、自治区：\n"
    review = (
        "“十三五”期间，我国充电基础设施实现了跨越式发展，充电技术快速提升。\n"
        "到“十四五”末，我国电动汽车充电保障能力进一步提升，形成适度超前、布局均衡、智能高效的充电基础设施体系。\n"
    )
    texts = {
        "2015": "国务院办公厅关于加快电动汽车充电基础设施建设的指导意见\n（三）工作目标。到2020年，基本建成…\n",
        "gz-2017": "广州市工业和信息化委关于印发进一步加强电动汽车充电基础设施建设运营管理的通知\n",
        "2022": front + review + "### 一、加快推进居住社区充电设施建设安装\n",
    }
    plans = [
        PlanInfo("2015", "加快电动汽车充电基础设施建设的指导意见", "", "", 2015, 2020, "plan", issuer="国务院办公厅"),
        PlanInfo(
            "gz-2017",
            "关于进一步加强电动汽车充电基础设施建设运营管理的通知",
            "",
            "",
            2017,
            2020,
            "plan",
            issuer="广州市工业和信息化委员会",
        ),
        PlanInfo("2022", evcharge, "全国", "", 2022, 2027, "plan", issuer="国家发展改革委、国家能源局、工业和信息化部"),
    ]
    found = {(s.later, s.earlier) for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    assert found == {("2022", "2015")}
    # the period aimed at named by its last year as a target (PERIOD_TARGET)
    texts["2022"] = front + review.replace("到“十四五”末", "到2025年")
    found = {(s.later, s.earlier) for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    assert found == {("2022", "2015")}
    # central bodies (CENTRAL_ISSUER): the State Council's office, a 国家… body, a ministry; not a city's bureau
    assert succession.central("国务院办公厅") and succession.central("国家发展改革委")
    assert succession.central("工业和信息化部") and succession.central("生态环境部办公厅")
    assert not succession.central("广州市工业和信息化委员会") and not succession.central("市委宣传部")
    # an opening that names its own period only reviews nothing
    texts["2022"] = front + review.replace("“十三五”期间", "近年来")
    assert not infer_successions(plans, lambda ids: {i: texts[i] for i in ids})


def test_a_document_cites_the_earlier_one_of_its_series_by_its_labelled_number_even_of_one_year() -> None:
    """LABELLED_NUMBER, SAME_YEAR_SERIALS, SKIPPED_STEP (round 21): a saved beijing.gov.cn page labels its own 文号 in
    the metadata list after the site's menus; the 加力细则 (〔2024〕12号) cites the 细则 of the same year (〔2024〕8号)
    and follows it; the 2025 方案 cites 〔2024〕12号 and follows it, not the 2024-05 细则 its title shares more with."""
    menu = "[网站地图](https://www.beijing.gov.cn/) 首页 政务公开 政务服务 政民互动 " * 40
    head = "**文号**: （无）\n" + menu + "\n01. \\[主题分类\\] 商贸\n06. \\[发文字号\\] "
    texts = {
        "may": head + "京商流通字〔2024〕8号\n2024年北京市汽车以旧换新补贴实施细则\n一、补贴对象及标准\n",
        "aug": head + "京商流通字〔2024〕12号\n北京市加力支持汽车以旧换新补贴实施细则\n一、提高报废更新补贴标准\n"
        "对《2024年北京市汽车以旧换新补贴实施细则》（京商流通字〔2024〕8号）中补贴标准进行调整。\n",
        "2025": "京商流通字〔2025〕2号\n2025年北京市进一步推动汽车以旧换新实施方案\n二、实施本市置换更新补贴政策\n"
        "按照《北京市加力支持汽车以旧换新补贴实施细则》（京商流通字〔2024〕12号）执行。\n",
    }
    plans = [
        PlanInfo("may", "2024年北京市汽车以旧换新补贴实施细则", "北京", "", 2024, 2024, "plan"),
        PlanInfo("aug", "北京市加力支持汽车以旧换新补贴实施细则", "北京", "", 2024, 2025, "plan"),
        PlanInfo("2025", "2025年北京市进一步推动汽车以旧换新实施方案", "北京", "", 2025, 2025, "plan"),
    ]
    found = {(s.later, s.earlier) for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    assert found == {("aug", "may"), ("2025", "aug")}


def test_a_number_cited_after_a_title_is_not_the_texts_own_and_a_basis_is_no_predecessor() -> None:
    """CITED_AFTER_TITLE, BASIS_CITED (round 25, tests/realworld/lineage25): a Shanghai index page's 文号 stood in its
    front matter, so the built text opens with the preamble, whose first 文号 cites a national measure; it is no own
    number. The year's list of plants cites the year's development notice among the documents it is based on
    (根据…): it stands on it and does not follow it; the metadata's numbers are the texts' own."""
    basis = "根据《光伏电站开发建设管理办法》（国能发新规〔2022〕104号）、"
    texts = {
        "dev": "关于做好2023年风电、光伏发电开发建设有关事项的通知\n各区发展改革委：\n为推动可再生能源发展，"
        + basis
        + "《上海市风电项目竞争配置管理办法》（沪发改规范〔2018〕13号），现就有关事项通知如下：\n",
        "list": "关于印发上海市2023年陆上风电、光伏电站开发建设方案的通知\n各区发展改革委：\n"
        + basis
        + "《关于做好2023年风电、光伏发电开发建设有关事项的通知》（沪发改能源〔2023〕80号），经各区申报，现将…\n",
    }
    plans = [
        PlanInfo(
            "dev",
            "关于做好2023年风电、光伏发电开发建设有关事项的通知",
            "上海",
            "",
            2023,
            2023,
            "plan",
            doc_number="沪发改能源〔2023〕80号",
        ),
        PlanInfo(
            "list",
            "上海市2023年陆上风电、光伏电站开发建设方案",
            "上海",
            "",
            2023,
            2023,
            "plan",
            doc_number="沪发改能源〔2023〕178号",
        ),
    ]
    scan = succession.scan_texts(plans, lambda ids: {i: texts[i] for i in ids})
    assert {i: n.written for i, n in scan.own.items()} == {
        "dev": "沪发改能源〔2023〕80号",
        "list": "沪发改能源〔2023〕178号",
    }
    assert not [n for n in scan.cited["list"] if n.serial == "80"]
    assert not infer_successions(plans, lambda ids: {i: texts[i] for i in ids})
    # a citation that is not a basis still counts (the 加力细则 adjusting the 细则 it cites)
    texts["list"] += (
        "对《关于做好2023年风电、光伏发电开发建设有关事项的通知》（沪发改能源〔2023〕80号）中的要求进行调整。\n"
    )
    scan = succession.scan_texts(plans, lambda ids: {i: texts[i] for i in ids})
    assert [n.serial for n in scan.cited["list"]] == ["80"]


def _round25_plans() -> tuple[list[PlanInfo], dict[str, str]]:
    """The nine Shanghai 发改委 renewable-energy notices of round 25 (tests/realworld/lineage25), read as
    bench.eval_successions reads them (no manifest)."""
    from plankg.loaders.text.read import guess_meta
    from plankg.pipeline import read_text

    plans, texts = [], {}
    for path in sorted((Path(__file__).parent / "realworld" / "lineage25" / "plans").glob("*.md")):
        text, sha = read_text(path)
        meta = guess_meta(text, path.stem, sha)
        plans.append(PlanInfo.from_row(meta.model_dump()))
        texts[meta.id] = text
    return plans, texts


def test_yearly_notices_annexed_lists_and_calls_of_one_office_follow_each_other() -> None:
    """ANNUAL_NOTICES, ANNEXED_EDITION, CALL_THEN_EDITION, EDITION_NOT_SKIPPED (round 25, tests/realworld/lineage25):
    沪发改能源's yearly development notice 2024 renames its field (风电、光伏发电 → 可再生能源) and follows the 2023 one
    (its series, alike texts); it carries the 2024 list of plants as its annex ("全部纳入2024年度陆上风电、光伏电站开发
    建设方案（见附件1）"), so it follows the 2023 list and the 2025 call and list follow it; the 2025 list follows the
    call for it of the same year, and the 2023 list (its very title) as well. The subsidy-fund notices are their own
    line. Before: 5 inferred, 4 true (the call after the 2023 list); after: 9 of the manifest's 10, none else (the
    call's second predecessor, the 2023 notice two years back, stays missed)."""
    plans, texts = _round25_plans()
    found = {(s.later, s.earlier) for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    short = {(a.removeprefix("sh-re-"), b.removeprefix("sh-re-")) for a, b in found}
    assert short == {
        ("dev-2024", "dev-2023"),
        ("dev-2024", "plan-2023"),
        ("apply-2025", "dev-2024"),
        ("plan-2025", "apply-2025"),
        ("plan-2025", "dev-2024"),
        ("plan-2025", "plan-2023"),
        ("plan-2026", "plan-2025"),
        ("fund-2025", "fund-2024"),
        ("fund-2026", "fund-2025"),
    }
    # each rule is what places its pairs
    for rule, pairs in (
        ("ANNUAL_NOTICES", {("dev-2024", "dev-2023")}),
        ("ANNEXED_EDITION", {("dev-2024", "plan-2023"), ("apply-2025", "dev-2024"), ("plan-2025", "dev-2024")}),
        ("CALL_THEN_EDITION", {("plan-2025", "apply-2025")}),
    ):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(succession, rule, False)
            less = infer_successions(plans, lambda ids: {i: texts[i] for i in ids})
            got = {(s.later.removeprefix("sh-re-"), s.earlier.removeprefix("sh-re-")) for s in less}
        assert not pairs & got, rule
    # an annex that is a form, not a list, makes no edition
    assert not succession.ANNEX_EDITION.search("".join("填写2019年环境日宣传工作总结简表（见附件）".split()))


def test_undated_editions_of_one_regulation_follow_by_the_years_their_revision_notes_name() -> None:
    """UNDATED_EDITIONS, LISTED_AREAS (round 21, tests/realworld/lineage21b): two consolidated editions of a Shanghai
    regulation, renamed, no years read for either; the revision note dates each. "历史文化风貌区和…" is no district."""
    note = "（2002年7月25日上海市第十一届人民代表大会常务委员会第四十一次会议通过　根据2011年12月22日…第二次修正"
    texts = {
        "old": "上海市历史文化风貌区和优秀历史建筑保护条例\n" + note + "）\n第一章　总则\n",
        "new": "上海市历史风貌区和优秀历史建筑保护条例\n" + note + "　根据2023年12月28日…第四次修正）\n第一章　总则\n",
        "other": "上海市市容环境卫生管理条例\n（2001年11月14日…通过　根据2022年10月28日…修正）\n",
    }
    plans = [
        plan("old", "上海市历史文化风貌区和优秀历史建筑保护条例", ""),
        plan("new", "上海市历史风貌区和优秀历史建筑保护条例", ""),
        plan("other", "上海市市容环境卫生管理条例", ""),
    ]
    assert issuer(plans[0]) == "上海"
    found = {(s.later, s.earlier) for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    assert found == {("new", "old")}
    # a target year is no date: an edition whose opening names "到2030年" only is not placed after the 2023 one; and
    # a plan another follows by the manifest does not follow it back
    texts["goal"] = "上海市历史风貌区和优秀历史建筑保护条例\n到2030年，历史风貌得到全面保护。\n"
    plans.append(plan("goal", "上海市历史风貌区和优秀历史建筑保护条例", ""))
    plans[1] = plan("new", "上海市历史风貌区和优秀历史建筑保护条例", "", follows=("old",))
    texts["old"] = texts["old"].replace("2011年12月22日", "2024年12月22日")
    found = {(s.later, s.earlier) for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    assert found == {("new", "old")}


def test_undated_editions_of_a_city_regulation_whose_city_is_unknown_follow_by_their_revision_notes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """UNDATED_PLACED (round 30, tests/realworld/lineage30): the 金华 regulation and its 2020 amendment have no region
    (guess_meta does not know the city) and no years; the place their title opens with stands for the issuer. Another
    city's regulation of the same kind is another place."""
    texts = {
        "2019": "金华市文明行为促进条例\n（2019年2月26日金华市第七届人民代表大会第四次会议通过\n第一章  总则\n",
        "2020": "金华市文明行为促进条例\n（2019年2月26日…通过\n根据2020年6月29日金华市第七届人民代表大会常务委员会"
        "第二十九次会议通过…修正）\n第一章  总则\n",
        "other": "杭州市文明行为促进条例\n（2021年6月25日…通过）\n",
    }
    plans = [
        plan(i, title, "", region="")
        for i, title in (
            ("2019", "金华市文明行为促进条例"),
            ("2020", "金华市文明行为促进条例"),
            ("other", "杭州市文明行为促进条例"),
        )
    ]
    found = {(s.later, s.earlier) for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}
    assert found == {("2020", "2019")}
    monkeypatch.setattr(succession, "UNDATED_PLACED", False)
    assert infer_successions(plans, lambda ids: {i: texts[i] for i in ids}) == []


def test_a_governments_work_report_follows_its_report_of_the_year_before() -> None:
    """GOVERNMENT_WORK_REPORTS (round 30, tests/realworld/lineage30): the 国务院 report of 2023 (region 全国) and the
    2024 digest a school site titled by its week (no region, no place: the State Council's); two provinces' 2026
    reports are of other governments, and a notice dividing a report's tasks is no report."""
    plans = [
        PlanInfo("gwr-2023", "2023年国务院政府工作报告", "全国", "", 2023, 2023, "report"),
        PlanInfo("gwr-2024", "每周一学（2024年3月11日-3月17日）政府工作报告", "", "", 2024, 2024, "report"),
        PlanInfo("digest-2025", "李强作的政府工作报告（摘登）", "", "", 2025, 2025, "report"),
        PlanInfo("sc-2026", "2026年四川省人民政府工作报告", "四川", "", 2026, 2026, "report"),
        PlanInfo("zj-2025", "2025年浙江省政府工作报告", "浙江", "", 2025, 2025, "report"),
        PlanInfo("zj-2026", "2026年浙江省政府工作报告", "浙江", "", 2026, 2026, "report"),
        PlanInfo("tasks-2026", "关于落实《政府工作报告》重点工作分工的意见", "全国", "", 2026, 2026, "plan"),
    ]
    found = {(s.later, s.earlier) for s in infer_successions(plans)}
    assert found == {("gwr-2024", "gwr-2023"), ("digest-2025", "gwr-2024"), ("zj-2026", "zj-2025")}


def test_a_plan_follows_the_most_alike_earlier_text_that_lost_its_issuer_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # LOST_EARLIER_EDITIONS (round 17, tests/realworld/lineage17): the 2021 中央一号文件 as a news site crawls it is
    # headed "2021年中央一号文件（全文）" (no issuer, so no region, and not the official title); the 2023 edition,
    # "中共中央　国务院关于做好2023年全面推进乡村振兴重点工作的意见", shares no title word with it and followed nothing
    # without a manifest. It follows the 2021 text, its most alike earlier text; not the 2018 opinions (中共中央
    # 国务院关于实施乡村振兴战略的意见, titled and placed), which are less alike. Without the rule: nothing.
    from plankg.lineage import succession
    from plankg.loaders.text.read import guess_meta
    from plankg.pipeline import read_text

    realworld = Path(__file__).parent / "realworld"
    files = [
        realworld / "lineage17" / "plans" / "cn-no1-doc-2021.md",
        realworld / "lineage17" / "plans" / "cn-no1-doc-2023.html",
        realworld / "texts" / "nat-rural-2018.txt",
    ]
    plans, texts = [], {}
    for path in files:
        text, sha = read_text(path)
        meta = guess_meta(text, path.stem, sha)
        plans.append(PlanInfo(meta.id, meta.title, meta.region, meta.period, meta.start_year, meta.end_year, meta.kind))
        texts[meta.id] = text

    def inferred() -> set[tuple[str, str]]:
        return {(s.later, s.earlier) for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}

    assert [p.region for p in plans] == ["", "全国", "全国"]
    assert inferred() == {("cn-no1-doc-2023", "cn-no1-doc-2021")}
    monkeypatch.setattr(succession, "LOST_EARLIER_EDITIONS", False)
    assert inferred() == set()


def test_a_text_placed_by_its_likeness_follows_the_edition_in_between(monkeypatch: pytest.MonkeyPatch) -> None:
    # NEXT_IN_LINE (round 30): the 2026 中央一号文件 as a Word digest ("2026年中央一号文件", no issuer line) shares its
    # title with the 2021 text and was placed after it; the 2023 edition, titled by its issuer and subject, follows the
    # 2021 one, and the 2026 text is as alike to it: 2021 → 2023 → 2026.
    from plankg.lineage import succession
    from plankg.loaders.text.read import guess_meta
    from plankg.pipeline import read_text

    realworld = Path(__file__).parent / "realworld"
    files = [
        realworld / "lineage17" / "plans" / "cn-no1-doc-2021.md",
        realworld / "lineage17" / "plans" / "cn-no1-doc-2023.html",
        realworld / "texts" / "nat-no1-document-2026.docx",
        realworld / "texts" / "nat-rural-2018.txt",
    ]
    plans, texts = [], {}
    for path in files:
        text, sha = read_text(path)
        meta = guess_meta(text, path.stem, sha)
        plans.append(PlanInfo(meta.id, meta.title, meta.region, meta.period, meta.start_year, meta.end_year, meta.kind))
        texts[meta.id] = text

    def inferred() -> set[tuple[str, str]]:
        return {(s.later, s.earlier) for s in infer_successions(plans, lambda ids: {i: texts[i] for i in ids})}

    assert inferred() == {("cn-no1-doc-2023", "cn-no1-doc-2021"), ("nat-no1-document-2026", "cn-no1-doc-2023")}
    monkeypatch.setattr(succession, "NEXT_IN_LINE", False)
    assert ("nat-no1-document-2026", "cn-no1-doc-2021") in inferred()


def test_a_far_link_to_an_item_of_a_linked_section_whose_best_is_another_unit_is_dropped() -> None:
    # BELOW_ITS_SECTION (data/plans, dev split): 十二五 "深水油气开发装备与高附加值船舶" (s3.3.2/t1.1) continues 十四五
    # s4.2.8 (0.478) and its item t1.1 (0.468); its eighth link, 0.138, is to the item t1.2 "深远海资源开发与利用",
    # whose best link (0.49) is 十二五 "海洋环境监测与资源利用" (s3.2.1/t1.4): the judges list neither that item nor
    # any other for it. The links near its best, and the lower item's own best link, stay; so does a far link to an
    # item whose section it is not linked to.
    from plankg.lineage.align import Continuation, _below_its_sections

    ship, sea = "sh-sti-12/s3.3.2/t1.1", "sh-sti-12/s3.2.1/t1.4"

    def link(later: str, earlier: str, score: float) -> Continuation:
        return Continuation(f"sh-stic-14/{later}", earlier, score, ("海洋", "深海"), "words+vocabulary+context")

    found = [
        link("s4.2.8", ship, 0.478),
        link("s4.2.8/t1.1", ship, 0.468),
        link("s4.2.7/t1.4", ship, 0.336),
        link("s4.3.11", ship, 0.265),
        link("s4.3.11/t1.3", ship, 0.259),
        link("s4.2.8/t1.2", ship, 0.138),
        link("s5.1/t1.1", ship, 0.1),
        link("s4.2.8/t1.2", sea, 0.49),
    ]
    late_up = {c.later: tuple(c.later.rsplit("/", k)[0] for k in range(1, c.later.count("/"))) for c in found}
    late_up = {later: tuple(u for u in up if u != "sh-stic-14") for later, up in late_up.items()}
    kept = {(c.earlier, c.later.removeprefix("sh-stic-14/")) for c in _below_its_sections(found, late_up)}
    assert (ship, "s4.2.8/t1.2") not in kept
    assert (sea, "s4.2.8/t1.2") in kept and (ship, "s4.3.11/t1.3") in kept and (ship, "s5.1/t1.1") in kept
    assert len(kept) == len(found) - 1


def test_a_goal_year_alone_places_a_text_before_it_not_after_plans_still_running() -> None:
    """GOAL_YEARS_ONLY (round 32): a guiding opinion that names only "到2025年" does not follow a 2024-2025 action
    plan of its province; the 2024 AI standards guide that names only "到2026年" still follows the 2020 guide."""
    from plankg.lineage.succession import PlanInfo, infer_successions

    opinion = "力争到2025年，全省集成电路产业链更加完善。力争到2025年，全省软件业务收入突破1.5万亿元。" * 20
    plan = "一、总体目标 全省信息技术产业营收年均增长10%以上，2024年、2025年分别突破2.2万亿元、2.4万亿元。" + opinion
    plans = [
        PlanInfo("sd-opinion", "sd-opinion", "山东", "", None, None, "plan"),
        PlanInfo("sd-plan", "新一代信息技术产业行动计划（2024-2025年）", "山东", "", 2024, 2025, "plan"),
    ]
    texts = {"sd-opinion": opinion, "sd-plan": plan}
    found = infer_successions(plans, lambda ids: {i: texts[i] for i in ids})
    assert [(s.later, s.earlier) for s in found if s.method == "inferred"] == []
    # without the rule (the opinion placed at its goal year) it followed the plan
    import plankg.lineage.succession as succession

    before = succession.goal_years_only
    try:
        succession.goal_years_only = lambda text: False  # type: ignore[assignment]
        undone = infer_successions(plans, lambda ids: {i: texts[i] for i in ids})
    finally:
        succession.goal_years_only = before
    assert [(s.later, s.earlier) for s in undone if s.method == "inferred"] == [("sd-opinion", "sd-plan")]


def test_a_text_naming_only_its_goal_year_comes_before_the_plan_for_the_years_up_to_it() -> None:
    """GOAL_BEFORE_TERM (issue 8): the 山东 guiding opinion that names only "到2025年" (its date lost) is the step
    before the 2024-2025 action plan alike it, read without its region, whose 总体目标 takes up its way
    ("以“十大工程”为主路径") and names the years between; before, the opinion stood at 2025, after the plan, and
    neither followed the other."""
    import plankg.lineage.succession as succession
    from plankg.lineage.succession import PlanInfo, infer_successions

    opinion = "以“链长制”为总抓手，以“十大工程”为主路径。力争到2025年，全省集成电路产业链更加完善。" * 20
    plan = "一、总体目标 以“十大工程”为主路径，2024年、2025年分别突破2.2万亿元、2.4万亿元。" + opinion
    plans = [
        PlanInfo("sd-opinion", "sd-opinion", "", "", None, None, "plan"),
        PlanInfo("sd-plan", "新一代信息技术产业行动计划（2024-2025年）", "", "", 2024, 2025, "plan"),
    ]
    texts = {"sd-opinion": opinion, "sd-plan": plan}
    found = infer_successions(plans, lambda ids: {i: texts[i] for i in ids})
    assert [(s.later, s.earlier) for s in found if s.method == "inferred"] == [("sd-plan", "sd-opinion")]
    before = succession.GOAL_BEFORE_TERM
    try:
        succession.GOAL_BEFORE_TERM = False
        undone = infer_successions(plans, lambda ids: {i: texts[i] for i in ids})
    finally:
        succession.GOAL_BEFORE_TERM = before
    assert [(s.later, s.earlier) for s in undone if s.method == "inferred"] == []


def test_a_party_proposal_for_a_five_year_plan_is_that_general_plan() -> None:
    """PLAN_PROPOSAL_FRAME (round 30's 十五五 proposal): 关于制定…规划的建议 leaves no subject of its own, so the
    proposal follows the national outline of an earlier period as the general plan."""
    from plankg.lineage.succession import PlanInfo, infer_successions, title_subject

    assert title_subject("中共中央关于制定国民经济和社会发展第十五个五年规划的建议", "全国") == set()
    proposal = PlanInfo(
        "p15", "中共中央关于制定国民经济和社会发展第十五个五年规划的建议", "全国", "十五五", 2026, 2030, "plan"
    )
    outline = PlanInfo(
        "o12",
        "中华人民共和国国民经济和社会发展第十二个五年（2011—2015年）规划纲要",
        "全国",
        "十二五",
        2011,
        2015,
        "plan",
    )
    assert [(s.later, s.earlier) for s in infer_successions([proposal, outline])] == [("p15", "o12")]


def test_a_column_week_dates_a_reprinted_report() -> None:
    """COLUMN_WEEK_DATE: the week a school site's column ran the 2024 work report digest is the page's only date."""
    from plankg.loaders.text.read import guess_meta

    text = (
        "每周一学（2024年3月11日-3月17日）政府工作报告\n李强作的政府工作报告（摘登）\n"
        + "国务院总理李强3月5日在政府工作报告中指出，过去一年经济回升向好。\n" * 5
    )
    meta = guess_meta(text, "gwr", "0" * 64)
    assert meta.issued == "2024-03-11" and (meta.start_year, meta.end_year) == (2024, 2024)


def test_an_articles_actor_weighs_less_than_what_it_orders(terms: LineageTerms) -> None:
    """ACTOR_OPENING (round 38, a judged negative): two articles naming the same media ("报纸、广播、电视、网络等公共
    媒体应当…") are not thereby the same line of work; an article of another actor on the same duty (舆论监督) is
    closer."""
    from plankg.lineage.align import score_matrix
    from plankg.lineage.similarity import actor_of

    assert actor_of("市、区人民政府应当建立城市文明建设的财政投入机制", "") == "市、区人民政府"
    opening = "公安机关、应急管理、城市管理等部门"  # the modal after the comma, in the text
    assert actor_of(opening, "58.   " + opening + "，应当制定重大活动、突发自然灾害预防和处置不文明行为预案") == opening
    assert actor_of("文明行为促进工作应当构建党委统一领导", "") == ""  # a subject, not an agent
    assert actor_of("深化党组织领导的校长负责制改革", "") == ""  # 负责制: a system, not a duty
    assert actor_of("支持跨省异地长期居住人员可以在备案地和参保地双向享受医保待遇", "") == ""  # POLICY_VERB

    media = "报纸、广播、电视、网络等公共媒体"
    earlier = [
        Unit("old/c1", "old", "Clause", media + "应当加强对不文明行为的舆论监督"),
        Unit("old/c2", "old", "Clause", "市民应当维护公共场所秩序"),
    ]
    later = [
        Unit("new/c1", "new", "Clause", media + "应当积极宣传报道文明行为规范以及实施工作"),
        Unit("new/c2", "new", "Clause", "单位和个人有权对不文明行为进行舆论监督"),
    ]
    scores = score_matrix(later, earlier, terms)
    assert scores[1, 0] > scores[0, 0]


def test_the_formulas_of_a_regulations_articles_are_not_compared() -> None:
    """LEGAL_FORMULA_WORDS (round 38): "应当履行下列职责" and "有下列行为之一的" are how articles are written, not what
    they order; two articles that share only the formula share no feature."""
    from plankg.lineage.similarity import bigrams, title_words

    for title in ("市、区精神文明建设委员会应当履行下列职责", "有下列行为之一的", "违反本条例第十条第九项规定"):
        assert not {"下列", "之一", "职责", "违反"} & set(title_words(title))
        assert not {"下列", "之一", "职责", "违反"} & set(bigrams(title))


def _term_plan(pid: str, title: str, first: int, last: int, region: str = "上海市") -> PlanInfo:
    return PlanInfo(pid, title, region, f"{first}-{last}", first, last, "plan")


def test_a_term_plan_renamed_for_its_widened_field_follows_the_plan_of_the_term_before() -> None:
    """TERM_PLAN_SERIES (lineage41): back-to-back three-year action plans of one city follow each other when the later
    text names the earlier title's subject, though the titles share only 产业 (北斗 → 商业航天/空间信息); not when the
    later text is about another field, when the terms differ in length, or when a title names no term."""
    earlier = _term_plan("bd", "上海市北斗产业高质量发展三年行动计划（2021-2023年）", 2021, 2023)
    later = _term_plan("space", "上海市促进商业航天发展打造空间信息产业高地行动计划（2023—2025年）", 2023, 2025)
    names = "推进北斗规模应用，建设青浦北斗空间信息应用示范区，推动产业高质量发展，形成产业高地。"
    other = "推动商业航天和卫星互联网发展，建设空间信息产业园区，打造一批典型应用场景。"

    def pairs(plans: list[PlanInfo], text: str) -> set[tuple[str, str]]:
        texts = {"bd": "发展北斗产业。", "space": text, "long": text, "note": text}
        found = infer_successions(plans, lambda ids: {i: texts[i] for i in ids})
        return {(s.later, s.earlier) for s in found}

    assert pairs([earlier, later], names) == {("space", "bd")}
    assert pairs([earlier, later], other) == set()
    longer = _term_plan("long", "上海市促进商业航天发展打造空间信息产业高地行动计划（2023—2027年）", 2023, 2027)
    assert pairs([earlier, longer], names) == set()
    untermed = _term_plan("note", "上海市关于促进商业航天发展打造空间信息产业高地的若干意见", 2023, 2025)
    assert pairs([earlier, untermed], names) == set()


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round41_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 41 (tests/realworld/lineage41: 上海 北斗 three-year action plan 2021-2023 → the 商业航天/空间信息 action
    plan 2023-2025), scored once at 04:52 UTC on 2026-12-06: with the manifest strong 0.800 (strict 0.650), weak 0.467,
    precision 0.460 (50 links), 2 of 17 negatives; without a manifest no succession (every figure 0). TERM_PLAN_SERIES
    (branch fixlin41) infers it: the same figures with or without a manifest."""
    result, by_units = _score_judged_set(tmp_path, "lineage41", "heldout41", manifest, strict=True, successions=1)
    assert result["strong_recall"] >= 0.8 and result["weak_recall"] >= 0.466 and result["precision"] >= 0.46
    assert by_units["strong_recall"] >= 0.65 and result["negatives_linked"] <= 2
    # GROUP_FORMULA (branch lin42): the four items of 2023 "（二）协同推进核心技术攻关" all close with 关键技术攻关,
    # compared without it: precision 0.460 → 0.469 (49 links, near 0.640 → 0.653), negatives 2 → 1 (h41n012
    # 多源融合智能定位 ← 星座网络架构和动态接入关键技术攻关 no longer linked), recalls unchanged.
    assert result["precision"] >= 0.469 and result["negatives_linked"] <= 1
    # SOLE_ANNEX and TASK_BLOCKS (branch lin42): the bare "附件" heading over the 2021 plan is the issued plan's, and
    # its "三、主要任务" a unit of role tasks, continued by 2023 "二、重点任务" (h41j013): strong 0.800 → 0.850 (strict
    # 0.650 → 0.700), precision 0.469 → 0.490 (49 links), near 0.653, weak unchanged.
    assert result["strong_recall"] >= 0.85 and by_units["strong_recall"] >= 0.7 and result["precision"] >= 0.489


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round42_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 42 (tests/realworld/lineage42: the NDRC/NEA opinion on power-system flexibility 2018 → its 2025-2027
    action plan, and 长沙's regulation on civilised behaviour 2019 → its 2021 amendment; 70 units, 28 negatives),
    scored once at 09:35 UTC on 2026-12-06 after lin42: strong 0.948 (strict 0.931), weak 0.158, precision 0.620 (92
    links), 0 of 28 negatives, with or without a manifest (both successions inferred)."""
    result, by_units = _score_judged_set(tmp_path, "lineage42", "heldout42", manifest, strict=True, successions=2)
    assert result["strong_recall"] >= 0.948 and result["weak_recall"] >= 0.157 and result["precision"] >= 0.619
    assert by_units["strong_recall"] >= 0.931 and result["negatives_linked"] == 0
    # TEMPLATE_SECTIONS (branch lin44): the 2025 plan's 附件, an outline for the provinces' plans ("XX省（区、市）
    # 调节能力建设方案"), is no unit: strong 0.948 → 1.000 (strict 0.931 → 0.982), weak 0.158 → 0.210, precision
    # 0.620 → 0.734 (83 links, near 0.641 → 0.771), with or without a manifest.
    assert result["strong_recall"] >= 1.0 and by_units["strong_recall"] >= 0.982 and result["weak_recall"] >= 0.21
    assert result["precision"] >= 0.734 and result["precision_near"] >= 0.771
    # LONE_ARTICLE_IN_ARTICLED_TEXT (lead, session 40): 长沙's lone 附则 article is a clause: strict 0.982 → 1.000,
    # precision 0.735 → 0.738 (84 links).
    assert by_units["strong_recall"] >= 1.0 and result["precision"] >= 0.738


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round40_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 40 (tests/realworld/lineage40: 杭州市文明行为促进条例 as adopted, a .docx, → its 2021 amendment, a Word 97
    file read by antiword; every article from 第三条 on renumbered, several extended, one deleted), scored once at 04:52
    UTC on 2026-12-06, the same with or without a manifest (the succession is inferred as editions of one title):
    strong 1.000 (strict 0.979: two references are run-in), weak 0.000 (2 pairs), precision 0.979 (47 links), 0 of 18
    negatives — six of which pair articles of the same number but another content."""
    result, by_units = _score_judged_set(tmp_path, "lineage40", "heldout40", manifest, strict=True, successions=1)
    assert result["strong_recall"] >= 1.0 and result["precision"] >= 0.978
    assert by_units["strong_recall"] >= 0.978 and result["negatives_linked"] == 0
    # ROLE_LATER_RELATIVE (branch lin48b): precision 0.979 → 1.000 (46 links).
    assert result["precision"] >= 1.0
    # LONE_ARTICLE_IN_ARTICLED_TEXT (lead, session 40): a chapter's lone article is a clause: strict 0.979 → 1.000
    # (47 links, precision still 1.000).
    assert by_units["strong_recall"] >= 1.0


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round44_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 44 (tests/realworld/lineage44: three 平潭 bodies' annual 工作计划 2022 → their 2023 texts, two of
    them "2022年工作总结及2023年工作思路"; crawler files, each body on one line), scored once at 12:20 UTC on
    2026-12-06: with the manifest strong 0.528 (strict 0.472), weak 0.238, precision 0.657 (35 links; near 0.914),
    0 of 16 negatives; 4 references are run-in items, 5 (the 海坛 2022 plan's five sections: its one-line body opens
    with the page's breadcrumb and share buttons, and no section is segmented) not found. Without a manifest only the
    苏平 succession was inferred (strong 0.333) until SUMMARY_THEN_PLAN, YEAR_ONLY and SHORT_NAMED_BODY (branch
    fixlin44): the three successions and the manifest's figures."""
    result, by_units = _score_judged_set(tmp_path, "lineage44", "heldout44", manifest, strict=True, successions=3)
    assert result["strong_recall"] >= 0.527 and result["weak_recall"] >= 0.238 and result["precision"] >= 0.657
    assert by_units["strong_recall"] >= 0.472 and result["precision_near"] >= 0.914
    assert result["negatives_linked"] == 0
    # REVIEW_THEN_PLAN (branch fixlin44): the 财政金融局 report chapter's sections aligned on their own too: strong
    # 0.528 → 0.611 (strict 0.472 → 0.555), precision 0.657 → 0.666 (39 links, near 0.914 → 0.923), weak unchanged.
    assert result["strong_recall"] >= 0.611 and by_units["strong_recall"] >= 0.555
    assert result["precision"] >= 0.666 and result["precision_near"] >= 0.923
    # PAGE_FURNITURE_BEFORE_MARKER and ENUMERATION_GLUED_TO_TITLE (branch fixjoin44): the 海坛 2022 plan's five sections
    # segmented, the 财政金融局 2022 plan's （三）（四） titles whole: strong 0.611 → 0.722 (strict 0.555 → 0.666), weak
    # 0.238 → 0.285, precision 0.666 → 0.704 (44 links, near 0.923 → 0.931), with or without a manifest.
    assert result["strong_recall"] >= 0.722 and by_units["strong_recall"] >= 0.666 and result["weak_recall"] >= 0.285
    assert result["precision"] >= 0.704 and result["precision_near"] >= 0.931
    # INLINE_ITEM_PARTS (branch lin46): the 财政金融局 2022 （一）'s items 1.–4., run on after "重点抓好以下四方面
    # 工作：", compared as its parts: strong 0.722 → 0.805 (strict 0.666 → 0.694), weak 0.285 → 0.333, precision
    # 0.704 → 0.714 (49 links, near 0.931 → 0.938), 0 negatives, with or without a manifest.
    assert result["strong_recall"] >= 0.805 and by_units["strong_recall"] >= 0.694 and result["weak_recall"] >= 0.333
    assert result["precision"] >= 0.714 and result["precision_near"] >= 0.938


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round45_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 44's second wave (tests/realworld/lineage45: 平潭综合实验区's 十三五 outline → its 十四五 outline → the
    党工委's proposal for the 十五五 plan; crawler files, each body on one line), scored once at 13:02 UTC on
    2026-12-06: with the manifest strong 0.859, weak 0.364, precision 0.632 (125 links; near 0.856), 1 of 26
    negatives, every reference a graph unit. Without a manifest only 十三五 → 十四五 is inferred (texts alike, the
    region unknown): strong 0.281, weak 0.106, precision 0.510 (49 links; near 0.837), 1 of 26 negatives. The
    proposal's title was lost by guess_meta (the page's links line read as its headline, kind interpretation) until
    CRAWLER_HEADER (branch crawlhdr45: the crawler's 标题:/发布机构: header is a metadata block); PROPOSED_PLAN_PLACE
    (branch fixlin45) places it after the 十四五 outline: both successions inferred, the same figures either way."""
    result, by_units = _score_judged_set(tmp_path, "lineage45", "heldout45", manifest, strict=True, successions=2)
    assert result["strong_recall"] >= 0.859 and result["weak_recall"] >= 0.363 and result["precision"] >= 0.632
    assert by_units["strong_recall"] >= 0.859 and result["precision_near"] >= 0.856
    assert result["negatives_linked"] <= 1
    # ONE_LINE_PARTS (branch fixlin53): the outlines' one-line sections compared by their run-in labels: strong 0.859
    # → 0.906, weak 0.364 → 0.485, precision 0.632 → 0.634 (142 links; near 0.856 → 0.866), negatives 1 → 0.
    assert result["strong_recall"] >= 0.906 and result["weak_recall"] >= 0.484 and result["precision"] >= 0.633
    assert by_units["strong_recall"] >= 0.906 and result["precision_near"] >= 0.866 and result["negatives_linked"] == 0


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round46_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 46 (tests/realworld/lineage46: the State Council's 政府工作报告 2021 → 2022 as Wikisource texts, the
    judge's units the bold opening sentences of the task paragraphs), scored once at 15:03 UTC on 2026-12-06: with
    the manifest strong 0.776, weak 0.346, precision 0.929 (14 links; near 1.000), 3 of 18 negatives, 91 references
    run-in sentences mapped to their sections (strict strong 0.184). Without a manifest no succession was inferred
    (every figure 0): both texts titled 政府工作报告 alone, no year read. NATIONAL_REPORT_DELIVERY (branch fixlin46)
    dates them by "——2021年3月5日在第十三届全国人民代表大会第四次会议上" and GOVERNMENT_WORK_REPORTS links them: the
    same figures either way. REVIEW_THEN_TASKS, REVIEW_ITEM_PARTS and REVIEW_ITEM_CLEAR (the 2022 review's "一是…。"
    lines aligned with the 2021 tasks): strong 0.878, weak 0.385, precision 0.944 (18 links; near 1.000), either way.
    GOAL_ITEM_PARTS and GOAL_ITEMS_ALONE (the 2021 report's nine dashed 十四五 goals aligned alone with the 2022 tasks):
    strong 1.000, weak 0.654, precision 0.960 (25 links; near 1.000); the three negatives linked are run-in sentences
    mapped to sections whose link is right (strict: none linked)."""
    result, by_units = _score_judged_set(tmp_path, "lineage46", "heldout46", manifest, strict=True, successions=1)
    # REVIEW_ITEM_PARTS lifted strong 0.877, weak 0.384, precision 0.944; GOAL_ITEMS_ALONE to the figures below
    assert result["strong_recall"] >= 1.0 and result["weak_recall"] >= 0.653 and result["precision"] >= 0.96
    assert by_units["strong_recall"] >= 0.183 and result["precision_near"] >= 1.0
    # NEGATIVE_ON_WANTED_LINK (branch lin48): 3 → 0, the three reported apart (sections whose link the set wants)
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] <= 3
    # UP_NOT_TO_PLAN_CHAPTER (branch fixlin53): a 2021 section no longer linked to "三、2022年政府工作任务" beside its
    # sections: precision 0.960 → 1.000 (24 links).
    assert result["precision"] >= 1.0


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round47_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 47 (tests/realworld/lineage47: 平潭综合实验区管委会's 政府工作报告 2023 → 2024, bodies on one line, the
    judge's units the 2023 report's two forward parts, 6 sections and 32 run-in sub-headings), scored once at 15:57
    UTC on 2026-12-06: strong 0.646, weak 0.189, precision 0.889 (9 links), 6 of 17 negatives, the same either way
    (the succession inferred); 96 references run-in sentences mapped to their sections. CONDUCT_AFTER_PLAN,
    EARLIER_REVIEW_APART and REPORTS_AS_WORK (branch fixlin47: the 2024 review "一、2023年工作回顾" before "二、2024年
    工作安排" and "三、坚持党的全面领导…" aligned alone with the 2023 plan's sections): strong 0.875, weak 0.486,
    precision 0.929 (14 links), either way. The six negatives linked are run-in sub-headings mapped to sections whose
    link is right (壮大清洁能源产业 ← 培育壮大海洋经济: （四） ← （四）; strict: none linked)."""
    result, by_units = _score_judged_set(tmp_path, "lineage47", "heldout47", manifest, strict=True, successions=1)
    # CONDUCT_AFTER_PLAN, EARLIER_REVIEW_APART and REPORTS_AS_WORK lifted the figures below
    assert result["strong_recall"] >= 0.875 and result["weak_recall"] >= 0.486 and result["precision"] >= 0.928
    assert by_units["strong_recall"] >= 0.25 and by_units["negatives_linked"] == 0
    # NEGATIVE_ON_WANTED_LINK (branch lin48): 6 → 0, the six reported apart (sections whose link the set wants)
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] <= 6
    # ONE_LINE_PARTS (branch fixlin53): the run-in sub-headings of the one-line sections compared as their parts:
    # strong 0.875 → 0.958, weak 0.486 → 0.595, precision 0.929 → 0.944 (18 links).
    assert result["strong_recall"] >= 0.958 and result["weak_recall"] >= 0.594 and result["precision"] >= 0.944


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round48_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 48 (tests/realworld/lineage48: the State Council's 政府工作报告 2018 → 2019, Wikisource texts without
    title or date lines; the judge's units the 2018 report's 三、, its nine sections run into their preambles, 38
    run-in sub-headings and three on the government's conduct), scored once at 17:53 UTC on 2026-12-06: strong
    0.918, weak 0.293, precision 0.900 (20 links), 0 of 17 negatives (5 on wanted links), the same either way (the
    succession inferred); 145 references run-in sentences or review lines mapped to their sections.
    REVIEW_ITEM_LEAD and SURE_PART_OWN (branch fixlin48: the 2019 review's 三是 and 八是 on 2018's （一） and （九）;
    2018's 着力促进就业创业 on 2019's 多管齐下稳定和扩大就业 beside （九）'s sure counterpart （十））."""
    result, by_units = _score_judged_set(tmp_path, "lineage48", "heldout48", manifest, strict=True, successions=1)
    # REVIEW_ITEM_LEAD and SURE_PART_OWN lifted the figures below
    assert result["strong_recall"] >= 1.0 and result["weak_recall"] >= 0.546 and result["precision"] >= 0.916
    assert by_units["strong_recall"] >= 0.163 and result["precision_near"] >= 1.0
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] <= 5
    # COMMON_WORD_PARENT (branch lin52): precision 0.917 → 1.000 ("深入推进供给侧结构性改革" and "坚决打好三大
    # 攻坚战" ← "2019年政府工作任务" by 政府/改革, beside their successors in it).
    assert result["precision"] >= 1.0


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round49_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 49 (tests/realworld/lineage49: the State Council's 政府工作报告 2009 → 2010, Xinhua texts, a paragraph a
    line, full-width digits; the judge's units the 2009 report's 二、 and 三、, its seven sections, 44 sub-headings
    and run-in lead phrases), scored once at 18:15 UTC on 2026-12-06: strong 0.564, weak 0.333, precision 0.545 (33
    links), 1 of 16 negatives, the same either way (the succession inferred); 0.727, 0.439, 0.810 (21 links), no
    negative at the session's main. TASKS_CHAPTER (branch fixlin49): the 2010 review's sections aligned alone with the
    2009 tasks ("二、２０１０年主要任务" a plan chapter); REVIEW_SECTION_NEAR: a review section keeps its near-best
    links ("（二）大力调整经济结构，夯实长远发展基础。" on 2009's （四） and （三）)."""
    result, by_units = _score_judged_set(tmp_path, "lineage49", "heldout49", manifest, strict=True, successions=1)
    # TASKS_CHAPTER lifted the figures below (strong 0.727 → 0.927, weak 0.439 → 0.632, precision 0.810 → 0.840)
    assert result["strong_recall"] >= 0.927 and result["weak_recall"] >= 0.631 and result["precision"] >= 0.84
    # REVIEW_SECTION_NEAR lifted them again (strong 0.927 → 0.963, weak 0.632 → 0.719, precision 0.840 → 0.851)
    assert result["strong_recall"] >= 0.963 and result["weak_recall"] >= 0.719 and result["precision"] >= 0.851
    assert by_units["strong_recall"] >= 0.181 and result["precision_near"] >= 1.0
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] <= 4
    # COMMON_WORD_PARENT (branch lin52): precision 0.852 → 0.884 (a 2009 item ← "2010年主要任务" beside its
    # successor in it).
    assert result["precision"] >= 0.884
    # UP_NOT_TO_PLAN_CHAPTER (branch fixlin53): two 2009 sections no longer linked to "二、２０１０年主要任务" beside
    # its sections (and 加强民主法制建设 → 2010 （七） linked in their stead): precision 0.884 → 0.960 (25 links),
    # weak 0.719 → 0.737.
    assert result["precision"] >= 0.96 and result["weak_recall"] >= 0.736


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round50_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 50 (tests/realworld/lineage50: 广东省's 政府工作报告 2024 → 2025, web-page reprints with their navigation;
    the judge's units the 2024 report's 二、, its twelve sections and 50 run-in sub-headings), scored once at 20:49 UTC
    on 2026-12-06: with the manifest strong 0.884, weak 0.435, precision 0.812 (16 links), 0 of 17 negatives (17 on
    wanted links); without it no succession (the 2025 page's title lost in its 网易号 keyword tags: no year, no
    region). COVER_UNDER_PAGE (branch fixlin50) titles it from the report's cover under the navigation, "政府工作报告"
    / "——2025年1月15日在广东省第十四届" / "人民代表大会第三次会议上": the succession inferred, the same figures either
    way. 204 references run-in sub-headings; the 2025 sections, run into their preambles with two-clause titles, are
    no graph units yet (so the strict score is 0.014)."""
    result, by_units = _score_judged_set(tmp_path, "lineage50", "heldout50", manifest, strict=True, successions=1)
    assert result["strong_recall"] >= 0.884 and result["weak_recall"] >= 0.434 and result["precision"] >= 0.812
    # NUMBERED_ANNEX_OVER_FIRST_PART (branch fixlin50) lifted the figures below: the annex "附件1：2025年省十件民生实事"
    # / "一、…" heads its ten items, the report is three chapters again and its review chapter is aligned
    # (REVIEW_THEN_PLAN): strong 0.884 → 0.986, weak 0.435 → 0.707, precision 0.812 → 0.909 (22 links), both ways
    assert result["strong_recall"] >= 0.985 and result["weak_recall"] >= 0.706 and result["precision"] >= 0.909
    assert by_units["strong_recall"] >= 0.014 and result["precision_near"] >= 0.909
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] <= 17


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round51_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 51 (tests/realworld/lineage51: 上海 住房城乡建设管理委's 玻璃幕墙 notices, the 2023 yearly notice
    and the 2024 special campaign both followed by 2025, followed by 2026; markdown exports of the 信息公开 pages),
    scored once at 21:04 UTC on 2026-12-06: with the manifest strong 0.833, weak 0.571, precision 0.712 (52 links),
    1 of 16 negatives; without it the successions inferred were 2024 → 2023 → … (one line), strong 0.400, weak 0.524,
    precision 0.397 (58 links). YEARLY_LINE (branch fixlin51: the campaign is a side branch of the yearly notices)
    and METADATA_CODE_LABEL (its 文号 read as 沪建质安, so the 2025 notice's citation draws 2025 → 2024): the three
    successions judged, the same figures either way."""
    result, by_units = _score_judged_set(tmp_path, "lineage51", "heldout51", manifest, strict=True, successions=3)
    # YEARLY_LINE and METADATA_CODE_LABEL lifted the figures without the manifest to those with it (strong 0.400 →
    # 0.833, weak 0.524 → 0.571, precision 0.397 → 0.712)
    assert result["strong_recall"] >= 0.833 and result["weak_recall"] >= 0.571 and result["precision"] >= 0.711
    assert by_units["strong_recall"] >= 0.833 and result["precision_near"] >= 0.730
    assert result["negatives_linked"] <= 1 and result["negatives_on_wanted_links"] == 0
    # WORK_TARGETS and TARGETS_CHAPTER_KEEPS_WORK (branch lin54): 2023 "排查目标" and 2024 "整治目标" → 2025 "工作目标"
    # by role (two strong pairs), 整治目标 keeping its weak work link: strong 0.833 → 0.900, precision 0.712 → 0.722
    # (54 links), near 0.731 → 0.740, weak and negatives unchanged, with or without the manifest.
    assert result["strong_recall"] >= 0.9 and by_units["strong_recall"] >= 0.9
    assert result["precision"] >= 0.722 and result["precision_near"] >= 0.740


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round52_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 52 (tests/realworld/lineage52: 广东省's 政府工作报告 2022 → 2023, the government's own pages with their
    navigation; the 2023 report opens a new congress's term, with a five-year review and five-year tasks before its
    2023 plan; the judge's units the 2022 report's 二、, its ten sections and 44 sub-headings), scored once at 23:38
    UTC on 2026-12-06: with the manifest strong 0.907, weak 0.548, precision 0.800 (15 links), 0 of 16 negatives;
    without it no succession (the 2023 page titled "我的收藏收藏政府工作报告", its bookmark buttons joined with its
    cover's first line: no year). FAVOURITES_BUTTONS (branch fixlin52) drops the buttons and the cover titles it
    "2023年广东省政府工作报告": the succession inferred, the same figures either way. 115 references are run-in
    sub-headings, no graph units (strict 0.204)."""
    result, by_units = _score_judged_set(tmp_path, "lineage52", "heldout52", manifest, strict=True, successions=1)
    assert result["strong_recall"] >= 0.907 and result["weak_recall"] >= 0.548 and result["precision"] >= 0.8
    assert by_units["strong_recall"] >= 0.203 and result["precision_near"] >= 0.8
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] <= 1
    # TERM_TASKS_BETWEEN (branch fixlin52): the 2023 review chapter, before the five-year tasks, the 2023 plan, the
    # conduct chapter and two annexes, is aligned alone: its items "六是坚持农业农村优先发展，全面推进乡村振兴" … take
    # the 2022 sections they report on: strong 0.907 → 0.963, precision 0.800 → 0.833 (18 links), both ways.
    assert result["strong_recall"] >= 0.962 and result["precision"] >= 0.833 and result["precision_near"] >= 0.833
    # With every branch of session 38 merged (measured at its end): 17 links, the one dropped unwanted, precision 0.882.
    assert result["precision"] >= 0.882 and result["precision_near"] >= 0.882
    # SECTION_TEXT_AFTER_TASKS (lin60): run-in paragraphs after a task that ends before its section does are the
    # section's parts too: weak 0.548 → 0.581, precision 0.882 → 0.889 (18 links), both ways.
    assert result["weak_recall"] >= 0.580 and result["precision"] >= 0.888 and result["precision_near"] >= 0.888


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round53_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 53 (tests/realworld/lineage53: the 平潭县 政府工作报告 2018 → 2019, crawler files with the body on one
    line; the judge's units the 2018 report's 二、 (3 sections, 11 run-in sub-headings, 34 lead phrases "一是title。")
    and 三、 (4 sub-headings)), scored once at 02:45 UTC on 2026-12-07: strong 0.625, weak 0.333, precision 1.000 (9
    links), 0 of 17 negatives, the same either way (the succession inferred); 111 references run-in sub-headings or
    lead phrases mapped to their sections (strict 0.125)."""
    result, by_units = _score_judged_set(tmp_path, "lineage53", "heldout53", manifest, strict=True, successions=1)
    assert result["negatives_linked"] == 0 and by_units["negatives_linked"] == 0
    # ONE_LINE_PARTS and IMPLEMENTATION_NOUN (branch fixlin53): the 2018 lead phrases and the 2019 run-in labels
    # are compared as parts of their sections (2018 （一） → 2019 （一）, （四）; （三） → （四）, （五）, （六）), and
    # 2019 "（七）做好民生实事，… 实施保障民生补齐短板工程" is no closing part: strong 0.625 → 1.000, weak 0.333 →
    # 0.608, precision 1.000 → 0.833 (18 links; the 3 unlisted: 2018 sections → the chapter 二、2019年工作安排,
    # whose sections took their work); UP_NOT_TO_PLAN_CHAPTER drops those three: precision 1.000 (15 links).
    assert result["strong_recall"] >= 1.0 and result["weak_recall"] >= 0.607 and result["precision"] >= 1.0
    assert by_units["strong_recall"] >= 0.166 and result["precision_near"] >= 1.0
    assert result["negatives_on_wanted_links"] <= 4


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round54_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 54 (tests/realworld/lineage54: 平潭's 治理“餐桌污染” food-safety plans 2015 → 2016 → 2018, the 2018 one
    the 市场监督管理局's share of the zone-wide plan, and the bureau's sampling plans 2017 → 2018; crawler files with
    the body on one line), scored once at 05:36 UTC on 2026-12-07: strong 0.840, weak 0.405, precision 0.421 (183
    links; near 0.579), 3 of 23 negatives, the same either way (all three successions inferred); 22 references are
    no graph units (strict strong 0.720)."""
    result, by_units = _score_judged_set(tmp_path, "lineage54", "heldout54", manifest, strict=True, successions=3)
    # LATER_UNMATCHED_ROLE_IS_WORK (branch fixlin54): the 2018 sampling plan's "三、组织实施" sections (implementation)
    # carry on the 2017 "二、工作安排" sections (no role) one by one, and the 2017 sections no longer go to 2018's
    # 四、工作要求: strong 0.840 → 0.920, precision 0.421 → 0.466 (178 links; near 0.579 → 0.624), negatives 3 → 2
    # (确定抽检机构 ← 承检机构方面 gone).
    assert result["strong_recall"] >= 0.92 and result["weak_recall"] >= 0.405
    assert result["precision"] >= 0.466 and result["precision_near"] >= 0.623
    assert result["negatives_linked"] <= 2 and by_units["strong_recall"] >= 0.8
    # SIBLING_RUNNER_UP (branch lin55): precision 0.466 → 0.474 (175 links; three words-only links to siblings of a
    # best, "开展全区生活饮用水水质卫生监测" ← "加强饮用水水源保护" among them), near 0.624 → 0.634, recalls unchanged.
    assert result["precision"] >= 0.473 and result["precision_near"] >= 0.633


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round55_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 55 (tests/realworld/lineage55: four yearly campaigns of 平潭's 市场监督管理局, 2016 → 2017 or 2018, crawler
    files with the body on one line), scored once at 08:42 UTC on 2026-12-07: with the manifest strong 0.934 (strict
    0.852), weak 0.438, precision 0.682 (88 links; near 0.761), 0 of 16 negatives; without it only 校园周边 2016 → 2017
    was inferred (strong 0.148). ISSUER_SERIES (branch fixlin55) infers the other three: the same figures either way."""
    result, by_units = _score_judged_set(tmp_path, "lineage55", "heldout55", manifest, strict=True, successions=4)
    assert result["strong_recall"] >= 0.934 and result["weak_recall"] >= 0.437 and result["precision"] >= 0.681
    assert result["precision_near"] >= 0.76 and by_units["strong_recall"] >= 0.851
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] <= 1


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round56_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 56 (tests/realworld/lineage56: three yearly campaigns, two of the township 芦洋乡 and one of
    平潭's 旅游发展委员会, crawler files with the body on one line), scored once at 11:47 UTC on 2026-12-07:
    with the manifest strong 0.838 (strict 0.622), weak 0.474, precision 0.508 (63 links), 0 of 15 negatives;
    without it only the tourism campaign 2017 → 2018 was inferred (strong 0.054). TOWNSHIP_ISSUER_FIELD (branch
    fixlin56) gives the township's unsigned plans their issuer, and ISSUER_SERIES infers 消防安全排查整治 2016 →
    火灾隐患排查整治 2017: strong 0.649 (strict 0.459), weak 0.316, precision 0.579 (38 links). The renamed
    夏季消防安全检查 2016 → 火灾隐患排查活动 2017 (titles sharing only the place) was still not inferred.
    RENAMED_SERIES_CONCEPT (branch lin59: 消防 and 火灾隐患 name one concept) infers it: without the manifest the set
    scores as with it; 火灾, 火灾隐患, 火灾防控 as terms of 城市安全 lift both to strong 0.865 (strict 0.649),
    weak 0.474, precision 0.508 (65 links)."""
    result, by_units = _score_judged_set(tmp_path, "lineage56", "heldout56", manifest, strict=True, successions=3)
    assert result["strong_recall"] >= 0.864 and result["weak_recall"] >= 0.473 and result["precision"] >= 0.507
    assert by_units["strong_recall"] >= 0.648
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] <= 1


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round57_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 57 (tests/realworld/lineage57: four successions of 平潭's 综合执法与应急管理局, crawler files with the body
    on one line), scored once at 14:10 UTC on 2026-12-07: with the manifest strong 0.778 (strict 0.444), weak 0.500,
    precision 0.424 (59 links), 6 of 16 negatives (four where the 2023 itinerary's parts 三、–五、 run into its
    （二）, two where the 2021-04 plan's check items are no units); without it only the 安全生产月 2021 → 2022 was
    inferred (strong 0.296). CRAWLED_HEADLINE, SHARE_BUTTONS_CODE and CITED_WITH_TITLE (branch fixlin57) infer the
    same-year 五个一批 → 集中攻坚, NAMED_OBJECT_SERIES and ISSUER_NEXT_IN_LINE the 有限空间 visits 2022 → 2023 → 2024:
    the same figures either way. FORM_ANNEXES (branch lin58: an annex that is a form or a list of names is no unit):
    weak 0.536, precision 0.473 (55 links), 5 of 16 negatives, either way."""
    result, by_units = _score_judged_set(tmp_path, "lineage57", "heldout57", manifest, strict=True, successions=4)
    assert result["strong_recall"] >= 0.777 and result["weak_recall"] >= 0.535 and result["precision"] >= 0.472
    assert result["precision_near"] >= 0.635 and by_units["strong_recall"] >= 0.443
    assert result["negatives_linked"] <= 5 and result["negatives_on_wanted_links"] <= 1


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round58_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 58 (tests/realworld/lineage58: four chapters of 上海's 十四五 纲要, PDF text with page numbers glued to
    headings, → the matching chapters of its 十五五 纲要, portal text), scored once at 17:16 UTC on 2026-12-07: with the
    manifest strong 0.781 (64 pairs), weak 0.340, precision 0.692 (91 links), 0 of 17 negatives, 8 references no graph
    units and 7 not found (the chapters); without it strong 0.672, three of the four successions inferred (乡村振兴 →
    城乡功能空间布局 not). FIRST_LINE_PART_TITLE, EXCERPT_PART_LEAD (the chapter headings), UNOPENED_DECIMAL_PARENT
    (617.4.1 behind a glued page) and DECIMAL_GAP_TITLE_SENTENCE (1.2 between 1.1 and 1.3; branch fixlin58): with the
    manifest strong 0.938 (strict the same), weak 0.404, precision 0.699 (113 links); without strong 0.812, weak
    0.362, precision 0.711; 0 negatives either way."""
    result, by_units = _score_judged_set(
        tmp_path, "lineage58", "heldout58", manifest, strict=True, successions=4 if manifest else 3
    )
    if manifest:
        assert result["strong_recall"] >= 0.937 and result["weak_recall"] >= 0.403 and result["precision"] >= 0.698
        assert by_units["strong_recall"] >= 0.937
    else:
        assert result["strong_recall"] >= 0.811 and result["weak_recall"] >= 0.361 and result["precision"] >= 0.710
        assert by_units["strong_recall"] >= 0.811
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] == 0


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round59_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 59 (tests/realworld/lineage59: five more chapter pairs of 上海's 十四五 纲要 → 十五五 纲要, beside
    round 58's four; the 十五五 chapter 八、全面深化高水平改革开放 follows two earlier ones, 六、开放 and 十六、改革),
    scored once at 20:19 UTC on 2026-12-07: with the manifest strong 0.859 (strict 0.844, 64 pairs), weak 0.462,
    precision 0.604 (111 links; near 0.847), 5 of 23 negatives; without it strong 0.219, only 基础设施 十二、 →
    十一、 of the five successions inferred (the excerpts carry no title, year or region), weak 0.115, precision 0.654
    (26 links), no negative.
    Measured again by fixlin59 at the same figures. Seven of the nine strong misses are 十四五 industry items whose
    successor is the item 1.1 增创制造业高质发展新优势, linked to a box under it instead (the judges count no box as a
    unit): to 专栏1 上海加快实施“人工智能+”行动, whose task runs on to the next heading over 1.1's run-in paragraphs
    after it ("着力打造六大新兴支柱产业集群。…", the best match of 5.2.1, 5.2.3, 5.2.4, 5.2.5 and 5.2.6), and to
    专栏2 加快重点产业空间聚集发展.
    BOX_SET_APART and SECTION_TEXT_AFTER_TASKS (lin60): 专栏1, set apart by runs of blank lines, ends at the run after
    its last entry, and 1.1's run-in paragraphs after it are 1.1's parts: strong 0.859 → 0.906 (strict 0.844 →
    0.891: 5.2.1, 5.2.3 and 5.2.5 → 1.1), precision 0.604 → 0.648 (108 links; near 0.847 → 0.852), 5 negatives."""
    result, by_units = _score_judged_set(
        tmp_path, "lineage59", "heldout59", manifest, strict=True, successions=5 if manifest else 1
    )
    if manifest:
        assert result["strong_recall"] >= 0.905 and result["weak_recall"] >= 0.461 and result["precision"] >= 0.647
        assert result["precision_near"] >= 0.851 and by_units["strong_recall"] >= 0.890
        assert result["negatives_linked"] <= 5
    else:
        assert result["strong_recall"] >= 0.218 and result["weak_recall"] >= 0.114 and result["precision"] >= 0.653
        assert by_units["strong_recall"] >= 0.218
        assert result["negatives_linked"] == 0
    assert result["negatives_on_wanted_links"] == 0


@pytest.mark.parametrize("manifest", [True, False])
def test_lineage_against_the_judged_round60_set_with_or_without_a_manifest(tmp_path: Path, manifest: bool) -> None:
    """Round 60 (tests/realworld/lineage60: three more chapter pairs of 上海's 十四五 纲要 → 十五五 纲要, beside rounds
    58-59: 十、 spatial layout, 十四、 → 十三、 livelihood, the section 3.4 国际航运中心 → the chapter 六、), scored
    once at 23:24 UTC on 2026-12-07: with the manifest strong 0.922 (51 pairs), weak 0.303, precision 0.683 (82 links),
    0 of 16 negatives, 3 references no graph units and 4 not found (the two chapter headings, 10.1 and 3.4); without it
    strong 0.647, weak 0.182, precision 0.731 (52 links), the 十、 → 十、 succession not inferred.
    EXCERPT_LEAD_PDF_MARKS (the chapter headings past a map's caption and a page number glued to the first section,
    "7910.1", "11014.1"; the section 3.4 over 3.4.1) and BODY_PERIOD_YEARS (the 十、 chapters name no year, only
    “十四五”/“十五五” in their captions; branch fixlin60): strong 1.000 (strict 1.000), weak 0.394, precision
    0.670 (94 links; near 0.936), 0 of 16 negatives, with or without the manifest."""
    result, by_units = _score_judged_set(tmp_path, "lineage60", "heldout60", manifest, strict=True, successions=3)
    assert result["strong_recall"] >= 0.999 and result["weak_recall"] >= 0.393 and result["precision"] >= 0.669
    assert result["precision_near"] >= 0.935 and by_units["strong_recall"] >= 0.999
    assert result["negatives_linked"] == 0 and result["negatives_on_wanted_links"] == 0


def test_renamed_yearly_campaigns_of_one_named_issuer_follow_their_earlier_editions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ISSUER_SERIES (round 55): 平潭's 市场监督管理局 renames its yearly campaigns ("关于2016年继续深入开展
    创建“无传销社区（片区）”活动的通知" → "关于组织开展2017年创建无传销示范点活动的通知"; "食品生产加工小作坊
    小餐饮店小摊贩食品安全专项整治工作方案" → "食品生产加工小作坊专项整治工作方案"; "2016年旅游景区餐饮服务
    食品安全和价格服务专项整治实施方案" → "…关于开展2018年旅游景区及周边食品安全专项整治通知", no 2017
    edition), and its crawled pages carry no 文号 and no region guess_meta knows: each follows the most alike
    earlier campaign of the issuer the page names (发布机构), and no other campaign of that bureau."""
    from plankg.loaders.text.read import guess_meta
    from plankg.pipeline import read_text

    folder = Path(__file__).parent / "realworld" / "lineage55" / "plans"
    plans: list[PlanInfo] = []
    body: dict[str, str] = {}
    for path in sorted(folder.glob("*.txt")):
        text, sha = read_text(path)
        meta = guess_meta(text, path.stem, sha)
        assert meta.region == "" and meta.issuer == "平潭综合实验区市场监督管理局"
        plans.append(PlanInfo.from_row(meta.model_dump()))
        body[meta.id] = text

    def texts(ids: Any) -> dict[str, str]:
        return {i: body[i] for i in ids}

    def inferred(given: list[PlanInfo]) -> set[tuple[str, str]]:
        return {(s.later, s.earlier) for s in infer_successions(given, texts) if s.method == "inferred"}

    campus = ("pt-campus-market-campaign-2017", "pt-campus-market-campaign-2016")  # one title: the title rules
    renamed = {
        ("pt-no-pyramid-selling-2017", "pt-no-pyramid-selling-2016"),
        ("pt-workshop-food-campaign-2017", "pt-three-small-food-campaign-2016"),
        ("pt-tourist-food-campaign-2018", "pt-tourist-food-campaign-2016"),
    }
    assert inferred(plans) == {campus, *renamed}
    reasons = {s.reason for s in infer_successions(plans, texts) if (s.later, s.earlier) in renamed}
    assert all(r.startswith("one issuer's series (平潭综合实验区市场监督管理局") for r in reasons)
    # another issuer named for the 2017 无传销 notice: no series, no succession
    moved = [
        PlanInfo.from_row({**p.__dict__, "issuer": "平潭综合实验区打击传销领导小组办公室"})
        if p.id == "pt-no-pyramid-selling-2017"
        else p
        for p in plans
    ]
    assert inferred(moved) == {campus, *renamed} - {("pt-no-pyramid-selling-2017", "pt-no-pyramid-selling-2016")}
    monkeypatch.setattr(succession, "ISSUER_SERIES", False)
    assert inferred(plans) == {campus}


def _lineage57_plans() -> tuple[list[PlanInfo], dict[str, str]]:
    """lineage57's seven crawled 平潭 pages as ``plankg build`` reads them without a manifest: metadata and texts."""
    from plankg.loaders.text.read import guess_meta
    from plankg.pipeline import read_text

    plans: list[PlanInfo] = []
    body: dict[str, str] = {}
    for path in sorted((Path(__file__).parent / "realworld" / "lineage57" / "plans").glob("*.txt")):
        text, sha = read_text(path)
        meta = guess_meta(text, path.stem, sha)
        plans.append(PlanInfo.from_row(meta.model_dump()))
        body[meta.id] = text
    return plans, body


def test_a_crawled_pages_own_number_stands_after_its_share_buttons() -> None:
    """CRAWLED_HEADLINE and SHARE_BUTTONS_CODE (round 57): a crawler's header fills the headline window, and the page
    prints its 文号 after the share buttons: "…的通知 时间：2021-04-26 11:29 微信 微博 QQ空间 岚执法应急〔2021〕100号
    各企业：" (pt-five-batches-campaign-2021) is that plan's own 文号, of the series 岚执法应急."""
    from plankg.lineage.succession import crawled_body, own_number, same_series, series_code

    plans, body = _lineage57_plans()
    raw = body["pt-five-batches-campaign-2021"]
    assert own_number("".join(raw.split())) is None  # the crawler's nine header lines hide it
    number = own_number(crawled_body(raw) or "")
    assert number is not None and number.group("serial") == "100"
    assert series_code(number.group("code")) == "岚执法应急" and same_series(number.group("code"), "岚执法应急")
    assert crawled_body("岚执法应急〔2021〕100号 各企业：") is None  # no header, nothing to skip
    scan = succession.scan_texts(plans, lambda ids: {i: body[i] for i in ids})
    assert scan.own["pt-five-batches-campaign-2021"].serial == "100"
    assert "pt-industry-safety-assault-2021" not in scan.own  # published without a 文号


def test_a_plan_without_a_number_follows_the_plan_it_cites_by_title_and_number(monkeypatch: pytest.MonkeyPatch) -> None:
    """CITED_WITH_TITLE (round 57): the 平潭 综合执法与应急管理局's June 2021 集中攻坚 plan carries no 文号 and has
    every enterprise self-check "在前期下发的《2021年全区工矿商贸企业安全生产“五个一批”大整治活动实施方案》
    （岚执法应急〔2021〕100号）…基础上": it follows that April plan of the same bureau, though both are of 2021; another
    issuer named for the April plan, or the rule off, and it follows nothing."""
    plans, body = _lineage57_plans()

    def texts(ids: Any) -> dict[str, str]:
        return {i: body[i] for i in ids}

    def inferred(given: list[PlanInfo]) -> set[tuple[str, str]]:
        return {(s.later, s.earlier) for s in infer_successions(given, texts) if s.method == "inferred"}

    pair = ("pt-industry-safety-assault-2021", "pt-five-batches-campaign-2021")
    assert pair in inferred(plans)
    reason = next(s.reason for s in infer_successions(plans, texts) if (s.later, s.earlier) == pair)
    assert "岚执法应急〔2021〕100号" in reason and "空间" not in reason
    other = [
        PlanInfo.from_row({**p.__dict__, "issuer": "平潭综合实验区管委会安委会办公室"})
        if p.id == "pt-five-batches-campaign-2021"
        else p
        for p in plans
    ]
    assert pair not in inferred(other)
    monkeypatch.setattr(succession, "CITED_WITH_TITLE", False)
    assert pair not in inferred(plans)


def test_a_shrunk_yearly_round_of_one_named_object_stays_in_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """NAMED_OBJECT_SERIES and ISSUER_NEXT_IN_LINE (round 57): the 平潭 bureau's 有限空间作业专家指导服务 plan of 2022,
    its 2023 round shrunk to a five-day itinerary ("…工贸重点企业有限空间 作业指导帮扶工作方案", texts alike 0.22 and
    0.23, below EDITION_LIKENESS) and its 2024 plan (alike the 2022 plan at 0.25): titles sharing 有限空间作业 (six
    characters; the bureau's other titles share 企业 or 整治) make a line 2022 → 2023 → 2024, not 2022 → 2024."""
    plans, body = _lineage57_plans()

    def texts(ids: Any) -> dict[str, str]:
        return {i: body[i] for i in ids}

    def inferred() -> set[tuple[str, str]]:
        return {(s.later, s.earlier) for s in infer_successions(plans, texts) if s.method == "inferred"}

    a = ("pt-confined-space-visit-2023", "pt-confined-space-expert-2022")
    b = ("pt-confined-space-expert-2024", "pt-confined-space-visit-2023")
    skipped = ("pt-confined-space-expert-2024", "pt-confined-space-expert-2022")
    assert {a, b} <= inferred() and skipped not in inferred()
    # no campaign of the bureau titled without the object follows them, nor they it
    others = {"pt-five-batches-campaign-2021", "pt-industry-safety-assault-2021", "pt-safety-month-2021"}
    assert not any(later.startswith("pt-confined") and earlier in others for later, earlier in inferred())
    monkeypatch.setattr(succession, "ISSUER_NEXT_IN_LINE", False)
    assert {a, skipped} <= inferred() and b not in inferred()
    monkeypatch.setattr(succession, "NAMED_OBJECT_SERIES", False)
    assert not {a, b, skipped} & inferred()


def test_a_report_chapter_may_precede_a_plan_and_a_conduct_chapter() -> None:
    """CONDUCT_AFTER_PLAN (round 47): 平潭's 政府工作报告（2024） is "一、2023年工作回顾", "二、2024年工作安排" and
    "三、坚持党的全面领导，持之以恒加强自身建设": its first chapter is a report before the plan chapter, the second; a
    text whose second and third chapters plan nothing has no report chapter."""
    from plankg.lineage.align import _review_chapter

    def section(unit_id: str, title: str, start: int) -> Unit:
        return Unit(unit_id, "p", "Section", title, (), "", level=1, start=start)

    chapters = [
        section("p/s1", "2023年工作回顾", 0),
        section("p/s2", "2024年工作安排", 500),
        section("p/s3", "坚持党的全面领导，持之以恒加强自身建设", 900),
    ]
    found = _review_chapter(chapters)
    assert found is not None and found[0].id == "p/s1"
    others = [section("q/s1", "2023年工作回顾", 0), section("q/s2", "总体要求", 5), section("q/s3", "保障措施", 9)]
    assert _review_chapter(others) is None


def test_a_new_term_report_with_term_tasks_and_annexes_has_a_review_chapter() -> None:
    """TERM_TASKS_BETWEEN (round 52): 广东's 2023 report, the first of a new congress's term, is
    "一、过去五年工作回顾", "二、今后五年的目标任务", "三、2023年工作安排", "四、全面加强政府自身建设" and the annexes
    "附件1 2023年省十件民生实事", "附件2 名词解释": its first chapter is a report before a plan chapter (six chapters
    were none)."""
    from plankg.lineage.align import _review_chapter

    def section(unit_id: str, number: str, title: str, start: int) -> Unit:
        return Unit(unit_id, "p", "Section", title, (), "", number=number, level=1, start=start)

    chapters = [
        section("p/s1", "一、", "过去五年工作回顾", 0),
        section("p/s2", "二、", "今后五年的目标任务", 100),
        section("p/s3", "三、", "2023年工作安排", 200),
        section("p/s4", "四、", "全面加强政府自身建设", 300),
        section("p/s5", "附件1", "2023年省十件民生实事", 400),
        section("p/s6", "附件2", "名词解释", 500),
    ]
    found = _review_chapter(chapters)
    assert found is not None and found[0].id == "p/s1"
    five = [*chapters[:4], section("p/s5", "五、", "附件管理", 400)]  # five chapters of a report are no such text
    assert _review_chapter(five) is None


def test_a_main_tasks_chapter_is_a_plan_chapter() -> None:
    """TASKS_CHAPTER (round 49): the State Council's 2010 report is "一、２００９年工作回顾" and
    "二、２０１０年主要任务", its 2009 report "一、２００８年工作回顾", "二、２００９年工作总体部署" and
    "三、２００９年主要任务" (digits read half-width): a year's 主要任务 is its plan of work, so each has a report
    chapter."""
    from plankg.lineage.align import _review_chapter

    def section(unit_id: str, title: str, start: int) -> Unit:
        return Unit(unit_id, "p", "Section", title, (), "", level=1, start=start)

    later = [section("b/s1", "2009年工作回顾", 0), section("b/s2", "2010年主要任务", 500)]
    found = _review_chapter(later)
    assert found is not None and found[0].id == "b/s1"
    earlier = [
        section("a/s1", "2008年工作回顾", 0),
        section("a/s2", "2009年工作总体部署", 400),
        section("a/s3", "2009年主要任务", 800),
    ]
    found = _review_chapter(earlier)
    assert found is not None and found[0].id == "a/s1"
    assert _review_chapter([section("c/s1", "2009年工作回顾", 0), section("c/s2", "主要任务和保障措施", 5)]) is None


def test_a_report_sections_are_aligned_alone_with_the_earlier_plan_only() -> None:
    """EARLIER_REVIEW_APART and REPORTS_AS_WORK (round 47): the 2024 report's review section "（四）以城乡融合为目标，
    打造“田园风光、城市生活”，城乡环境明显改善" (nothing below it: a restating item of the review) links the 2023
    report's plan section "（五）提升功能品质，不断推进城乡融合发展". (EARLIER_REVIEW_APART, leaving the 2023 report's
    own review of 2022 out of that alignment, is held by the round-47 judged-set test: strong 0.875, 0.729 without.)"""
    from plankg.lineage.align import align
    from plankg.lineage.link import load_terms

    def unit(plan: str, unit_id: str, title: str, text: str, parent: str = "", start: int = 0) -> Unit:
        review = title.endswith("工作回顾")  # a review chapter (role review), its sections restating (items)
        under_review = parent == "s1"
        return Unit(
            f"{plan}/{unit_id}",
            plan,
            "Section",
            title,
            (),
            text,
            level=2 if parent else 1,
            parent=f"{plan}/{parent}" if parent else "",
            start=start,
            role="review" if review else "",
            restates="review" if under_review else "",
        )

    review_2022 = "城乡建设再上新台阶，城乡环境明显改善，乡村振兴实现新进展，农村人居环境整治。"
    plan_2023 = "促进城乡资源要素流动，研究出台农村宅基地改革工作方案，加快城乡基础设施一体化。"
    review_2023 = "城乡建设再上新台阶，城乡基础设施一体化加快，乡村振兴实现新进展，农村宅基地改革试点。"
    earlier = [
        unit("a", "s1", "2022年工作回顾", "一、2022年工作回顾", start=0),
        unit("a", "s1.1", "统筹城乡强协调，宜居环境提质升级", review_2022, "s1", 10),
        unit("a", "s1.2", "用心用情惠民生，社会事业稳步发展", "就业形势保持平稳，新增城镇就业。", "s1", 50),
        unit("a", "s2", "2023年工作安排", "二、2023年工作安排", start=100),
        unit("a", "s2.1", "提升功能品质，不断推进城乡融合发展", plan_2023, "s2", 110),
        unit("a", "s2.2", "坚持共建共享，努力创造高品质生活", "着力提升教育质量，推动健康平潭建设。", "s2", 150),
    ]
    later = [
        unit("b", "s1", "2023年工作回顾", "一、2023年工作回顾", start=0),
        unit("b", "s1.1", "以城乡融合为目标，打造“田园风光、城市生活”，城乡环境明显改善", review_2023, "s1", 10),
        unit("b", "s2", "2024年工作安排", "二、2024年工作安排", start=100),
        unit("b", "s2.1", "坚持以人民为中心，持续让发展成果更加可感、可及", "满足上好学的需求。", "s2", 110),
        unit("b", "s3", "坚持党的全面领导，持之以恒加强自身建设", "三、坚持党的全面领导", start=200),
    ]
    links = {(c.later, c.earlier) for c in align(later, earlier, load_terms())}
    assert ("b/s1.1", "a/s2.1") in links


def test_a_report_chapter_before_a_plan_chapter_is_aligned_on_its_own() -> None:
    """REVIEW_THEN_PLAN (round 44): "一、2022年财政金融工作完成情况" before "二、2023年重点工作计划" (and 海坛's
    "一、主要工作情况" before "二、2023年工作思路"): the report's sections are aligned with the earlier plan on their
    own too."""
    from plankg.lineage.align import _review_chapter

    def section(unit_id: str, title: str, parent: str = "", start: int = 0) -> Unit:
        return Unit(unit_id, "p", "Section", title, (), "", level=2 if parent else 1, parent=parent, start=start)

    review = section("p/s1", "2022年财政金融工作完成情况", start=10)
    plan = section("p/s2", "2023年重点工作计划", start=500)
    units = [
        review,
        section("p/s1.1", "全力以赴抓好组织收入", "p/s1", 20),
        section("p/s1.1.1", "积极向上争取资金成效显著", "p/s1.1", 30),
        plan,
        section("p/s2.1", "抓紧抓实财源建设，促进财政收入可持续增长", "p/s2", 510),
    ]
    found = _review_chapter(units)
    assert found is not None and found[0] == review
    assert [u.id for u in found[1]] == ["p/s1", "p/s1.1", "p/s1.1.1"]
    assert _review_chapter([section("a/s1", "主要工作情况"), section("a/s2", "2023年工作思路", start=9)]) is not None
    # a plan of two parts that are no report and plan, or a report without a plan chapter after it: no halves
    assert _review_chapter([section("b/s1", "总体要求"), section("b/s2", "重点工作", start=9)]) is None
    assert _review_chapter([section("c/s1", "2023年工作思路"), section("c/s2", "主要工作情况", start=9)]) is None
    assert _review_chapter([review]) is None


def test_a_work_reports_review_lines_are_its_report_units() -> None:
    """REVIEW_THEN_TASKS, REVIEW_ITEM_PARTS and REVIEW_ITEM_CLEAR (round 46, the State Council's 2022 report): the
    review chapter "一、2021年工作回顾" before "二、…总体要求和政策取向" and "三、2022年政府工作任务" is a report
    before a plan; its "一是…。" lines (alone on their lines) are its units; a line near two earlier lines of work
    links neither."""
    from plankg.lineage.align import _clear_best, _review_chapter
    from plankg.lineage.units import REVIEW_ITEM_LINE

    def section(unit_id: str, title: str, start: int) -> Unit:
        return Unit(unit_id, "p", "Section", title, (), "", level=1, start=start)

    chapters = [
        section("p/s1", "2021年工作回顾", 0),
        section("p/s2", "2022年经济社会发展总体要求和政策取向", 500),
        section("p/s3", "2022年政府工作任务", 900),
    ]
    found = _review_chapter(chapters)
    assert found is not None and found[0].id == "p/s1"
    assert _review_chapter([section("q/s1", "2020年工作回顾", 0), section("q/s3", "2021年重点工作", 9)]) is not None
    body = (
        "过去一年，我们统筹推进疫情防控和经济社会发展。\n\n一是保持宏观政策连续性针对性，推动经济运行保持在合理区间。\n"
        "根据经济恢复进展，不急转弯。\n\n二是优化和落实助企纾困政策，巩固经济恢复基础。\n对受疫情影响较大的行业企业加大帮扶。\n"
    )
    lines = [(m.group("number"), m.group("label")) for m in REVIEW_ITEM_LINE.finditer(body)]
    assert lines == [
        ("一是", "保持宏观政策连续性针对性，推动经济运行保持在合理区间"),
        ("二是", "优化和落实助企纾困政策，巩固经济恢复基础"),
    ]

    def link(earlier: str, score: float) -> Continuation:
        return Continuation("p/s1#3", earlier, score, (), "words")

    parent = {"e/s3.3": "e/s3", "e/s3.7": "e/s3", "e/s3.2": "e/s3"}
    # "三是深化改革扩大开放，持续改善营商环境": 对外开放 0.185, 改革 0.174 - no clear best
    assert not _clear_best([link("e/s3.7", 0.185), link("e/s3.3", 0.174), link("e/s3", 0.103)], parent)
    # "一是保持宏观政策连续性针对性…": （一） 0.367, its chapter 0.133 aside
    assert _clear_best([link("e/s3.2", 0.367), link("e/s3", 0.133)], parent)


def test_an_overall_chapters_dashed_goals_are_its_units() -> None:
    """GOAL_ITEM_PARTS (round 46, the State Council's 2021 report): the dashed goals of "二、“十三五”时期发展成就和
    “十四五”时期主要目标任务" (an overall chapter that names its targets) are read as its lines; a targets or review
    title alone, or a line of work, is no such chapter."""
    from plankg.lineage.units import GOAL_ITEM_LINE, _names_targets

    assert _names_targets("“十三五”时期发展成就和“十四五”时期主要目标任务")
    assert framing_role("“十三五”时期发展成就和“十四五”时期主要目标任务") == "overall"
    assert not _names_targets("2021年工作回顾") and not _names_targets("着力稳定宏观经济大盘，保持经济运行在合理区间")
    body = (
        "《纲要草案》…实化量化“十四五”时期经济社会发展主要目标和重大任务，全文提交大会审查，这里概述几个方面。\n\n"
        "——着力提升发展质量效益，保持经济持续健康发展。发展是解决我国一切"
        "问题的基础和关键。\n\n——坚持创新驱动发展，加快发展现代产业体系。坚持创新在我国现代化建设全局中的核心地位。\n"
    )
    assert [m.group("label") for m in GOAL_ITEM_LINE.finditer(body)] == [
        "着力提升发展质量效益，保持经济持续健康发展",
        "坚持创新驱动发展，加快发展现代产业体系",
    ]


def test_a_framing_item_is_not_linked_to_a_later_item_that_has_a_far_better_counterpart() -> None:
    """ROLE_LATER_RELATIVE: 普陀 消防 十三五's 保障措施 item "严格考核奖惩" reached 十五五 "加强组织领导" (cosine 0.059,
    its own best) though "加强组织领导" matches 十三五 "强化组织领导" at 0.399; the link goes, each keeps its own
    counterpart, and "严格考核奖惩" its link to "建立监测评估机制" (a judged weak pair)."""
    import numpy as np

    from plankg.lineage.align import _align_roles

    def at(unit_id: str, title: str) -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, (), "", level=2, role="implementation")

    earlier = [at("old/s4.1", "强化组织领导"), at("old/s4.4", "严格考核奖惩")]
    later = [at("new/s6.1", "加强组织领导"), at("new/s6.4", "建立监测评估机制")]
    scores = np.asarray([[0.399, 0.059], [0.02, 0.041]])  # later × earlier cosines
    kept = {(later[i].id, earlier[j].id) for i, j, _ in _align_roles(scores, later, earlier)}
    assert ("new/s6.1", "old/s4.1") in kept
    assert ("new/s6.4", "old/s4.4") in kept
    assert ("new/s6.1", "old/s4.4") not in kept


def test_a_broad_later_unit_beside_its_child_is_not_linked_by_common_words() -> None:
    """COMMON_WORD_PARENT: the 2018 government work report's "坚决打好三大攻坚战" continues items of the 2019 report's
    "2019年政府工作任务" and was linked as well to that chapter by 政府 alone, a word of every unit of both reports; the
    chapter's own best source is the 2018 report's "对2018年政府工作的建议". The chapter link goes, the item's and the
    chapter's own stay; a broad unit linked by its own best source alone is kept."""
    from plankg.lineage.align import _without_echoes

    def unit(unit_id: str, title: str, parent: str = "", context: tuple[str, ...] = ()) -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, context, text="政府", parent=parent)

    chapter = "2019年政府工作任务"
    later = [
        unit("g19/s3", chapter),
        unit("g19/s3.5", "对标全面建成小康社会任务，扎实推进脱贫攻坚和乡村振兴", "g19/s3", (chapter,)),
        unit("g19/s3.7", "加强污染防治和生态建设，大力推动绿色发展", "g19/s3", (chapter,)),
    ]
    proposals = "对2018年政府工作的建议"
    earlier = [
        unit("g18/s3", proposals),
        unit("g18/s3.1", "深入推进供给侧结构性改革", "g18/s3", (proposals,)),
        unit("g18/s3.4", "坚决打好三大攻坚战", "g18/s3", (proposals,)),
    ]
    found = [
        Continuation("g19/s3", "g18/s3", 0.374, ("区域", "协调", "改革"), "words+context", "Section", "Section"),
        Continuation("g19/s3", "g18/s3.4", 0.111, ("政府",), "structure+words+context", "Section", "Section"),
        Continuation("g19/s3.5", "g18/s3.4", 0.507, ("脱贫", "攻坚战", "政府"), "words", "Section", "Section"),
    ]
    kept = {(c.later, c.earlier) for c in _without_echoes(found, later, earlier)}
    assert kept == {("g19/s3", "g18/s3"), ("g19/s3.5", "g18/s3.4")}
    alone = [c for c in found if c.earlier == "g18/s3.4" and c.later == "g19/s3"]
    assert len(_without_echoes(alone, later, earlier)) == 1


def test_a_chapter_named_by_its_line_of_work_keeps_the_items_it_gathers() -> None:
    """LIST_TITLE_PARENT: 平潭's 十三五 "健全旅游服务系统" is linked to a 旅游 sub-section of 十四五
    "打造知名国际旅游岛" and, by 旅游 (common to both outlines), to that chapter as well. The chapter names a line
    of work, not a list of tasks, and is a fair successor of the tourism items it gathers: the link stays. Titled
    "主要任务", it goes."""
    from plankg.lineage.align import _without_echoes

    def unit(unit_id: str, title: str, parent: str = "") -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, text="旅游", parent=parent)

    earlier = [unit("p13/s4", "发展旅游产业"), unit("p13/s4.3.5", "健全旅游服务系统", "p13/s4")]
    found = [
        Continuation("p14/s4", "p13/s4", 0.5, ("旅游", "产业"), "words", "Section", "Section"),
        Continuation("p14/s4", "p13/s4.3.5", 0.095, ("旅游",), "words", "Section", "Section"),
        Continuation("p14/s4.2", "p13/s4.3.5", 0.3, ("旅游", "服务"), "words", "Section", "Section"),
    ]
    for title, kept_links in (("打造知名国际旅游岛", 3), ("旅游发展的主要任务", 2)):
        later = [unit("p14/s4", title), unit("p14/s4.2", "提升旅游服务品质", "p14/s4")]
        assert len(_without_echoes(found, later, earlier)) == kept_links


def test_a_broad_earlier_unit_keeps_an_item_where_its_own_parts_went_below_it() -> None:
    """WORK_BELOW_ITEM: 十二五 "集成应用示范重点技术领域" (seven fields) is linked to 十四五's chapter
    "科技增进民生福祉，践行人民城市建设理念" and, weaker, to "绿色低碳城市" below it, where its fields went
    ("智能电网技术" → "绿色智慧的城市能源系统", a sub-section of 绿色低碳城市). The link is the broad unit's roll-up
    of its fields' links, not a passing likeness, and stays; without the field's link ITEM_BESIDE_SECTION drops it."""
    from plankg.lineage.align import _without_echoes

    def unit(unit_id: str, title: str, parent: str = "") -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, parent=parent)

    later = [
        unit("c14/s5", "科技增进民生福祉，践行人民城市建设理念"),
        unit("c14/s5.3", "绿色低碳城市", "c14/s5"),
        unit("c14/s5.3.1", "绿色智慧的城市能源系统", "c14/s5.3"),
    ]
    earlier = [
        unit("s12/s3.2", "生态上海"),
        unit("s12/s5.2", "集成应用示范重点技术领域"),
        unit("s12/s5.2.1", "智能电网技术", "s12/s5.2"),
    ]
    found = [
        Continuation("c14/s5", "s12/s5.2", 0.110, ("≈生态环境（低碳）",), "words", "Section", "Section"),
        Continuation("c14/s5.3", "s12/s3.2", 0.268, ("≈生态环境（低碳）",), "words", "Section", "Section"),
        Continuation("c14/s5.3", "s12/s5.2", 0.035, ("≈生态环境（低碳）",), "words", "Section", "Section"),
        Continuation("c14/s5.3.1", "s12/s5.2.1", 0.297, ("≈能源（智能电网）",), "vocabulary", "Section", "Section"),
    ]
    assert len(_without_echoes(found, later, earlier)) == 4
    assert len(_without_echoes(found[:3], later, earlier)) == 2


def test_an_item_below_a_continued_section_needs_more_than_a_passing_likeness() -> None:
    """ITEM_BESIDE_SECTION: a school plan's "加强队伍建设，促进整体发展" (round 26), linked to the later plan's
    section on its teachers, was linked as well to an item below it, "扎实推进“青蓝工程”，加快青年教师的培养", at 0.26
    of that item's own best source and below the section link: the item link goes. Where a unit below the earlier one
    is linked to the item too, its work went there, and the link stays (the section title here is a stand-in)."""
    from plankg.lineage.align import _without_echoes

    def unit(unit_id: str, title: str, parent: str = "") -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, parent=parent)

    later = [
        unit("p21/s3", "建设高素质教师队伍"),
        unit("p21/s3.1", "扎实推进“青蓝工程”，加快青年教师的培养", "p21/s3"),
    ]
    earlier = [
        unit("p16/s2", "加强队伍建设，促进整体发展"),
        unit("p16/s2.1", "师德建设", "p16/s2"),
        unit("p16/s4", "实施青年教师培养工程"),
    ]
    terms = ("队伍", "≈师资（教师队伍）")
    found = [
        Continuation("p21/s3", "p16/s2", 0.3, terms, "words", "Section", "Section"),
        Continuation("p21/s3.1", "p16/s4", 0.3, ("青年教师", "培养"), "words", "Section", "Section"),
        Continuation("p21/s3.1", "p16/s2", 0.078, terms, "words", "Section", "Section"),
    ]
    kept = {(c.later, c.earlier) for c in _without_echoes(found, later, earlier)}
    assert kept == {("p21/s3", "p16/s2"), ("p21/s3.1", "p16/s4")}
    own_item = [*found, Continuation("p21/s3.1", "p16/s2.1", 0.1, ("师德",), "words", "Section", "Section")]
    assert len(_without_echoes(own_item, later, earlier)) == 4


def test_a_heading_of_the_work_and_its_aims_is_the_plans_targets() -> None:
    """WORK_TARGETS (round 51): the 玻璃幕墙 campaigns' "三、 排查目标" (2023) and "三、整治目标" (2024) are the plan's
    targets, carried on by 2025's "一、工作目标"; the standards guides' "（三）建设目标" beside 指导思想 and 基本原则.
    Only the whole heading: a line of work that names an aim stays one."""
    assert framing_role("排查目标") == framing_role("整治目标") == framing_role("建设目标") == "targets"
    assert framing_role("工作目标") == "targets"
    assert framing_role("实现碳达峰目标") == framing_role("推进治理目标落实") == framing_role("科学目标") == ""


def test_a_guides_build_content_is_its_task_block() -> None:
    """BUILD_CONTENT_BLOCK (round 8): the 2020 AI standards guide's "三 、建设内容" holds its standards as the 2024
    guide's "四、重点方向" does: a block heading, not a line of work."""
    from plankg.lineage.units import is_block

    assert is_block("建设内容") and is_block("主要建设内容") and is_block("重点方向")
    assert not is_block("完善建设内容审核") and not is_block("基础设施建设内容")


def test_targets_go_to_the_overall_part_of_a_later_plan_that_frames_no_targets() -> None:
    """TARGETS_IN_OVERALL (round 8): the 2020 AI standards guide's "一、总体要求 / （二）建设目标" ("到2021年…") is
    carried on by the 2024 guide's "二、总体要求" ("到2026年…", judged weak), which has no targets heading of its own;
    where the later plan has a targets unit, the targets go there only."""
    import numpy as np

    import plankg.lineage.align as align_module
    from plankg.lineage.align import _align_roles

    def at(unit_id: str, title: str, role: str) -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, (), "", level=2, role=role)

    earlier = [at("old/s1.2", "建设目标", "targets")]
    later = [at("new/s2", "总体要求", "overall")]
    scores = np.asarray([[0.2]])
    assert [(i, j) for i, j, _ in _align_roles(scores, later, earlier)] == [(0, 0)]
    with_targets = [*later, at("new/s3", "发展目标", "targets")]
    assert [(i, j) for i, j, _ in _align_roles(np.asarray([[0.2], [0.1]]), with_targets, earlier)] == [(1, 0)]
    align_module.TARGETS_IN_OVERALL = False
    try:
        assert _align_roles(scores, later, earlier) == []
    finally:
        align_module.TARGETS_IN_OVERALL = True


def test_a_targets_chapter_with_nothing_below_keeps_its_work_links_beside_its_counterpart() -> None:
    """TARGETS_CHAPTER_KEEPS_WORK (round 51): 2024 "三、整治目标" (its aims all in its body) continues 2025
    "一、工作目标" by role (strong) and "（一）动态更新平台纳管信息" as a line of work (weak), a link under
    ROLE_SHARE of the first; a targets item inside 总体要求 does not keep such a link."""
    from plankg.lineage.align import _beside_role_counterparts, _targets_chapters

    def at(unit_id: str, title: str, parent: str = "") -> Unit:
        return Unit(unit_id, unit_id.split("/")[0], "Section", title, (), "", parent=parent, role="targets")

    earlier = [at("old/s3", "整治目标"), at("old/s1", "总体要求"), at("old/s1.3", "建设目标", parent="old/s1")]
    assert _targets_chapters(earlier) == {"old/s3"}
    roles = [Continuation("new/s1", e, 0.6, ("目标",), "role:targets") for e in ("old/s3", "old/s1.3")]
    work = [Continuation("new/s5.1", e, 0.1, ("管理",), "words") for e in ("old/s3", "old/s1.3")]
    kept = _beside_role_counterparts(work, roles, _targets_chapters(earlier))
    assert [c.earlier for c in kept] == ["old/s3"]
    assert _beside_role_counterparts(work, roles) == []


def test_a_regulation_naming_itself_shares_no_word() -> None:
    """LEGAL_SELF_WORDS: round 38's 2013 深圳 regulation closes "本条例自2013年3月1日起施行" and its penalties open
    "违反本条例第二十八条…": 条例 names the text an article stands in, not a line of work, so it is no title word."""
    from plankg.lineage.similarity import title_words

    assert "条例" not in title_words("本条例自2013年3月1日起施行")
    assert "行政处罚" in title_words("违反本条例规定且受到行政处罚的")
    assert "条例" not in title_words("违反本条例规定且受到行政处罚的")
