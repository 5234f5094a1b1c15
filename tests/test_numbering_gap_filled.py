"""NUMBERING_GAP_FILLED (session 44): a numbering gap a later segmentation pass filled is no warning."""

from __future__ import annotations

from pathlib import Path

from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.loaders.structure.segment import segment
from plankg.pipeline import discover, read_plan

PLANS = Path(__file__).parent / "realworld" / "lineage58" / "plans"


def test_a_gap_a_later_pass_filled_gives_no_warning() -> None:
    # sh-fyp15-ch07-sci (lineage58): " 1.1优化基础研究组织模式。" / "1.2加强关键核心技术突破和前沿颠覆性技术布局。" /
    # " 1.3强化战略科技力量建设。": 1.2, first read as a clause, is taken back by DECIMAL_GAP_TITLE_SENTENCE; the
    # warning "heading 1.3强化战略科技力量建设 follows number 1" was false.
    (source,) = [s for s in discover([PLANS]) if s.path.name == "sh-fyp15-ch07-sci.txt"]
    loaded = read_plan(source, load_field_vocabulary())
    titles = [(s["number"].strip(), s["title"]) for s in loaded.rows.nodes["Section"]]
    assert ("1.2", "加强关键核心技术突破和前沿颠覆性技术布局") in titles
    assert [i.message for i in loaded.issues if i.code == "numbering-gap"] == []


def test_a_gap_nothing_filled_is_still_reported() -> None:
    text = "一、总体要求\n坚持系统推进。\n二、主要任务\n加快建设。\n四、保障措施\n加强组织领导。\n"
    headings, issues = segment(text, None)
    assert [h.number.strip() for h in headings] == ["一、", "二、", "四、"]
    assert [i.message for i in issues if i.code == "numbering-gap"] == ["heading 四、保障措施 follows number 2"]
