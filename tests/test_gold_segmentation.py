"""Segmentation of the five real texts against hand-checked expectations in tests/gold/."""

from collections import Counter

import pytest
import yaml

from plankg.pipeline import Loaded
from tests.conftest import GOLD


def _gold(name: str) -> dict:
    return yaml.safe_load((GOLD / name).read_text(encoding="utf-8"))


def _under(item: Loaded, top_title: str, title: str):
    doc = item.document
    top = next(s for s in doc.sections if s.level == 1 and s.title == top_title)
    return next(s for s in doc.sections if s.title == title and s.path.startswith(top.path + "."))


def test_sh_sti_12_task_counts_are_the_ones_the_plan_states(loaded_plans: dict[str, Loaded]) -> None:
    gold = _gold("sh-sti-12_task_counts.yaml")
    item = loaded_plans[gold["plan"]]
    totals: dict[str, Counter] = {}
    for row in gold["expected"]:
        section = _under(item, row["engineering"], row["section"])
        below = [
            t for t in item.document.tasks if t.id.startswith(section.id + ".") or t.id.startswith(section.id + "/")
        ]
        got = Counter(t.kind for t in below)
        assert got == Counter({"重大任务": row["重大任务"], "重点任务": row["重点任务"]}), row["section"]
        totals.setdefault(row["engineering"], Counter()).update(got)
    assert {k: dict(v) for k, v in totals.items()} == gold["totals"]


def test_sh_sti_12_sample_task_titles(loaded_plans: dict[str, Loaded]) -> None:
    gold = _gold("sh-sti-12_task_counts.yaml")
    doc = loaded_plans[gold["plan"]].document
    by_id = {s.id: s for s in doc.sections}
    for key, titles in gold["sample_titles"].items():
        area, kind = key.split("/")
        got = [
            t.title for t in doc.tasks if t.kind == kind and by_id[by_id[t.section_id].parent_id or ""].title == area
        ]
        assert got == titles


def test_sh_stic_14_sections_are_exactly_its_table_of_contents(loaded_plans: dict[str, Loaded]) -> None:
    gold = _gold("sh-stic-14_toc.yaml")
    sections = loaded_plans[gold["plan"]].document.sections
    text = loaded_plans[gold["plan"]].document.text
    # The 目录's entries, each followed by the run-in sub-headings it does not list (run_in).
    expected: list[tuple[int, str, str]] = []
    for e in gold["entries"]:
        expected.append((e["level"], e["number"], e["title"]))
        below = [r for r in gold["run_in"]["entries"] if r["parent"] == e["title"]]
        expected += [(e["level"] + 1, r["number"], r["title"]) for r in below]
    assert [(s.level, s.number, s.title) for s in sections] == expected
    assert len(expected) == len(gold["entries"]) + 17
    assert all(r["quote"] in text for r in gold["run_in"]["entries"])


def test_sh_stic_14_titles_carry_no_page_numbers_and_headings_sit_at_their_marker(
    loaded_plans: dict[str, Loaded],
) -> None:
    doc = loaded_plans["sh-stic-14"].document
    for section in doc.sections:
        assert doc.text.startswith(section.number, section.start), section.title
    ic = next(s for s in doc.sections if s.title == "集成电路")
    assert doc.text[ic.start : ic.start + 12] == "1、集成电路聚焦成套工艺"
    car = next(s for s in doc.sections if s.title == "智能网联汽车与新能源汽车")
    assert not doc.text[car.start - 1].isdigit()  # the glued page number "34" is gone


@pytest.mark.parametrize("plan_id", list(_gold("section_counts.yaml")))
def test_section_counts_and_titles_per_level(loaded_plans: dict[str, Loaded], plan_id: str) -> None:
    gold = _gold("section_counts.yaml")[plan_id]
    sections = loaded_plans[plan_id].document.sections
    assert dict(Counter(s.level for s in sections)) == gold["counts"]
    for level, titles in gold["titles"].items():
        present = {s.title for s in sections if s.level == level}
        assert set(titles) <= present, (level, set(titles) - present)


def test_the_empty_item_left_by_pdf_damage_is_kept_and_flagged(loaded_plans: dict[str, Loaded]) -> None:
    doc = loaded_plans["sh-stic-14"].document
    ic = next(s for s in doc.sections if s.title == "集成电路")
    directions = [t for t in doc.tasks if t.section_id == ic.id and t.kind == "重点方向"]
    assert [(t.number, t.title, t.empty) for t in directions] == [
        ("（1）", "芯片研发", False),
        ("（2）", "", True),
        ("（3）", "装备与材料", False),
        ("（4）", "成套工艺", False),
    ]
    assert any(i.code == "empty-task-item" for i in doc.issues)


def test_sh_stic_14_key_technology_blocks(loaded_plans: dict[str, Loaded]) -> None:
    doc = loaded_plans["sh-stic-14"].document
    bio = next(s for s in doc.sections if s.title == "生物医药" and s.level == 3)
    attack = [t.title for t in doc.tasks if t.section_id == bio.id and t.kind == "技术攻关"]
    assert attack == ["细胞治疗及基因治疗", "重大诊疗器械及核心零部件"]


def test_sh_iti_12_inline_task_titles(loaded_plans: dict[str, Loaded]) -> None:
    tasks = [t for t in loaded_plans["sh-iti-12"].document.tasks if t.kind == "主要任务"]
    assert len(tasks) == 14
    assert tasks[0].title == "建设技术创新示范企业"
    assert tasks[0].text.startswith("（1）建设技术创新示范企业。鼓励")


def test_spans_point_at_the_text(loaded_plans: dict[str, Loaded]) -> None:
    for item in loaded_plans.values():
        doc = item.document
        for task in doc.tasks:
            assert doc.text[task.start : task.end].strip() == task.text
        for section in doc.sections:
            assert section.title.replace(" ", "")[:2] in doc.text[section.start : section.start + 200].replace(" ", "")
