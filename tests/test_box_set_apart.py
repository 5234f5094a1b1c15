"""BOX_SET_APART (tasks) and SECTION_TEXT_AFTER_TASKS (lineage units), lin60: a box set apart by runs of blank lines
ends at the run after its last entry, and the paragraphs after it are its section's again (round 59's 上海 十五五
纲要 三、1.1: "…三大先导产业制造业产值年均增速保持在10%以上。" / 10 blank lines / "专栏1 上海加快实施“人工智能+”行动" /
entries one blank line apart / 9 blank lines / "着力打造六大新兴支柱产业集群。…" / "前瞻布局六大未来产业。…")."""

from __future__ import annotations

from plankg.lineage.units import plan_units
from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

BLANK = "\n \n \n \n \n \n \n \n \n"  # nine blank lines, as the 十五五 纲要's web text has them (with a space)
BOXED = (
    "三、提升国际经济中心地位和全球影响力\n\n"
    "1.1增创制造业高质发展新优势。\n深入推进新型工业化。\n\n"
    "推动传统产业数智化、绿色化转型。加快传统产业“智改数转网联”。\n\n"
    "加快发展三大先导产业。集成电路聚焦提高装备能级、制造水平和设计能力。"
    "“十五五”时期三大先导产业制造业产值年均增速保持在10%以上。" + BLANK + " \n\n"
    "专栏1 上海加快实施“人工智能+”行动\n \n\n"
    "“人工智能+”新质发展。深入实施“AI+制造”，推进人工智能技术深度嵌入生产制造核心环节。\n \n"
    "“人工智能+”生活提质。推动人工智能在辅助诊疗、健康管理等场景的应用。\n \n"
    "“人工智能+”治理增效。推动形成超大城市智慧高效治理新体系。" + BLANK + "\n"
    "着力打造六大新兴支柱产业集群。新一代电子信息推动智能终端实现突破。\n \n"
    "前瞻布局六大未来产业。聚焦未来制造、未来信息等重点领域。\n\n\n\n"
    "1.2激活服务业创新发展新动力。\n以深化服务业改革创新推动供给结构优化。\n"
)


def _box(raw: str) -> tuple[str, str]:
    doc = load_plan(raw, PlanMeta(id="p", title="提升国际经济中心地位"))
    box = next(t for t in doc.tasks if t.number.startswith("专栏"))
    return box.text, doc.text


def test_a_box_set_apart_by_blank_lines_ends_at_the_run_after_its_last_entry() -> None:
    text, _ = _box(BOXED)
    assert text.startswith("专栏1 上海加快实施“人工智能+”行动")
    assert "治理增效" in text  # its last entry is the box's
    assert "六大新兴支柱产业集群" not in text and "未来产业" not in text  # the section's paragraphs after it are not


def test_a_box_not_set_apart_or_with_gaps_as_wide_inside_runs_to_the_next_heading() -> None:
    # no run of blank lines before its caption (one blank line, as most texts have): read as before, to the heading
    text, _ = _box(BOXED.replace(BLANK + " \n\n专栏1", "\n\n专栏1"))
    assert "未来产业" in text
    # a run after the last entry no wider than the gap below the caption (two blank lines each): no end
    text, _ = _box(BOXED.replace("治理新体系。" + BLANK + "\n", "治理新体系。\n \n \n"))
    assert "未来产业" in text
    # the run that ends it is the first wider one: entries two blank lines apart, then nine
    two = BOXED.replace("环节。\n \n", "环节。\n \n \n").replace("应用。\n \n", "应用。\n \n \n")
    text, _ = _box(two)
    assert "治理增效" in text and "未来产业" not in text
    # a gap that held a page number the normaliser drops is no blank run
    text, _ = _box(BOXED.replace("治理新体系。" + BLANK, "治理新体系。\n \n \n- 42 -\n \n \n"))
    assert "未来产业" in text


def test_the_paragraphs_after_a_box_are_run_in_parts_of_its_section() -> None:
    doc = load_plan(BOXED, PlanMeta(id="p", title="提升国际经济中心地位"))
    sections = [s.model_dump() | {"parent": s.parent_id} for s in doc.sections]
    tasks = [t.model_dump() | {"section": t.section_id} for t in doc.tasks]
    units = plan_units(sections, tasks, doc.text)
    holder = next(s.id for s in doc.sections if s.number == "1.1")
    parts = [u for u in units if u.parent == holder and "#" in u.id]
    assert [p.title for p in parts] == [
        "推动传统产业数智化、绿色化转型",
        "加快发展三大先导产业",
        "着力打造六大新兴支柱产业集群",
        "前瞻布局六大未来产业",
    ]
    # the part before the box ends before it: its text holds no box entry
    assert "人工智能+" not in parts[1].text and parts[2].text.startswith("着力打造六大新兴支柱产业集群。")


def test_a_section_whose_text_before_its_box_holds_no_run_in_parts_gets_none_after_it() -> None:
    # 山东 十三五 科技创新规划 (round 6): "（三）…" / "新一代信息技术。围绕…" / 专栏4 / "新材料技术。立足…": one label
    # before the box is no list of run-in parts; the field's opening after the box stays no part (its box items carry
    # the field)
    raw = BOXED.replace("推动传统产业数智化、绿色化转型。加快传统产业“智改数转网联”。\n\n", "")
    doc = load_plan(raw, PlanMeta(id="p", title="提升国际经济中心地位"))
    sections = [s.model_dump() | {"parent": s.parent_id} for s in doc.sections]
    tasks = [t.model_dump() | {"section": t.section_id} for t in doc.tasks]
    holder = next(s.id for s in doc.sections if s.number == "1.1")
    assert not [u for u in plan_units(sections, tasks, doc.text) if u.parent == holder and "#" in u.id]
