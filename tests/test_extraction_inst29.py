"""Session 29 (inst29) institution causes of the recent rounds (heldout25 … heldout33): each case is a short excerpt
of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_joint_university_keeps_its_city() -> None:
    # FOREIGN_UNIVERSITY_HEAD_TAGS: 苏州's 十五五 education outline (round 32) and work-report review (round 27)
    _, institutions = document("办好西交利物浦大学、昆山杜克大学等中外合作大学。")
    assert "昆山杜克大学" in institutions
    assert "杜克大学" not in institutions
    # guard: a district before a Chinese university jieba knows whole locates it
    _, institutions = document("依托嘉定同济大学，建设汽车创新港。")
    assert "同济大学" in institutions
