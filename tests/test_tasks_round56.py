"""Round 56's box readings (fixtask56): a lead line before a box's numbered entries (BOX_LEAD_LINE), unnumbered
entry lines each naming one 工程 of a 工程 box (BOX_NAMED_ENTRY), a box glued to its first entry inside a short text
read on one line (GLUED_BOX_IN_LINE) and a glued box's lead between its title and entry 1 (GLUED_BOX_LEAD)."""

from __future__ import annotations

from bench.eval_tasks import documents, load
from plankg.loaders.rules.structure import GLUED_BOX_LEAD
from plankg.loaders.structure.tasks import box_lead_end, box_named_entries

ROUND = {entry["id"]: entry for entry in documents("heldout56")}


def numbered(doc: str, joined: bool = False) -> list[tuple[str, str, str]]:
    return [(t.kind, t.number, t.title) for t in load(ROUND[doc], joined).tasks]


def test_a_box_lead_line_is_skipped_to_its_first_entry() -> None:
    # BOX_LEAD_LINE: hz-fyp15-consumption-investment-2026's "专栏11 消费转型升级重点行动" / "稳步推进消费供给侧改革，…"
    # / "1.打造服务消费新标杆。…"
    text = "稳步推进消费供给侧改革，加快消费转型升级\n1.打造服务消费新标杆。聚焦…\n2.做强科技消费新生态。"
    assert box_lead_end(text, 0, len(text)) == text.index("1.")
    # a line numbered itself is no lead (a group's label), nor a lead over no numbered entry
    assert box_lead_end("（一）资金类\n1.最低生活保障：…", 0, 20) is None
    assert box_lead_end("稳步推进消费供给侧改革\n完善消费环境。", 0, 20) is None


def test_a_box_with_a_lead_line_reads_its_entries() -> None:
    items = numbered("hz-fyp15-consumption-investment-2026")
    assert ("重点行动", "5.", "塑造国际商圈新地标") in items  # BOX_BLOCK_KIND names it
    assert ("重大投资工程", "10.", "民生设施领域") in items
    assert not any(title.startswith("稳步推进") for _, _, title in items)  # the lead is no item


def test_unnumbered_project_lines_are_a_project_box_entries() -> None:
    # BOX_NAMED_ENTRY: nj-fyp15-heritage-2026: "专栏18  “十五五”历史文化遗产保护工程" / "物质文化遗产保护挖掘工程：…"
    text = "物质文化遗产保护挖掘工程：推进明故宫遗址。\n非物质文化遗产传承活化工程：持续推动金陵琴派。\n\n下一段。"
    names = [name for name, _, _ in box_named_entries(text, 0, len(text), "“十五五”历史文化遗产保护工程")]
    assert names == ["物质文化遗产保护挖掘工程", "非物质文化遗产传承活化工程"]
    # entries not named by the box's word (a 项目 box's "续建工程：…"), or a single line, are none
    assert box_named_entries(text, 0, len(text), "“十五五”重点推进的断头路建设项目") == []
    assert box_named_entries("智能家居。…\n智能安防。…", 0, 12, "智能传感器推广示范工程") == []
    one = "物质文化遗产保护挖掘工程：推进明故宫遗址。\n其他工作。"
    assert box_named_entries(one, 0, len(one), "历史文化遗产保护工程") == []
    tasks = numbered("nj-fyp15-heritage-2026")
    assert ("历史文化遗产保护工程", "", "非物质文化遗产传承活化工程") in tasks


def test_a_glued_box_inside_a_short_one_line_text_is_read() -> None:
    # GLUED_BOX_IN_LINE: su-fyp15-urban-renewal-2026 joined, "…的循环机制。专栏 9 城市更新重点行动1. 名城保护赓续行动。"
    items = numbered("su-fyp15-urban-renewal-2026", joined=True)
    assert sum(1 for _, number, _ in items if number[:1].isdigit()) == 8
    carbon = numbered("hz-fyp15-carbon-peak-2026", joined=True)
    assert ("碳达峰试点城市标志性工程", "3.", "建筑领域绿色低碳转型工程") in carbon


def test_a_glued_box_lead_is_no_part_of_its_title() -> None:
    # GLUED_BOX_LEAD: "专栏12 重大投资十大工程突出稳总量、…计划投资1.5万亿元左右。1.先进制造业基地领域。…"
    text = "专栏12 重大投资十大工程突出稳总量、优结构，计划投资1.5万亿元左右。1.先进制造业基地领域。"
    match = GLUED_BOX_LEAD.search(text)
    assert match is not None and match.group("title") == "重大投资十大工程"
    assert GLUED_BOX_LEAD.search("专栏3 重点工程1.智能制造。2.绿色。") is None  # entries right after: GLUED_BOX's
    assert GLUED_BOX_LEAD.search("专栏3 人才发展主要指标到2030年，人才总量达到。1.人才。") is None  # no work title
