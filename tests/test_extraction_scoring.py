"""How bench/eval_extraction.py compares names with the gold (plankg/loaders/extract/scoring.py)."""

from __future__ import annotations

from plankg.loaders.extract.scoring import Score


def test_a_line_end_inside_a_name_is_layout() -> None:
    """A PDF or Word text breaks a name at a line end; the gold keeps it as printed
    ("北京\\r\\n市城市规划设计研究院"), the extractor reads the joined name. Both are one name."""
    s = Score()
    s.add("d", {"北京市城市规划设计研究院"}, {"北京\r\n市城市规划设计研究院"}, set())
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    s = Score()
    s.add("d", {"上 海 科 技 馆"}, {"上海科技馆"}, set())
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
