"""Rules written in session 42 (branch join56b) for texts that lost their line breaks, each with the real excerpt it was
written from, shortened. Each rule's test fails without it; the guard tests keep its limits."""

from __future__ import annotations

from plankg.loaders.structure.headings import glued_clause_end
from tests.segmenting import PARA, SCHEME, tree


def test_a_sentence_restating_only_the_title_s_opening_keeps_the_title_s_last_word() -> None:
    # SUBJECT_BEFORE_WHOLE_TITLE: sh-hs-admission-reform-measures-2021 and xc-compulsory-edu-enrolment-2020 (heldout56),
    # joined: the two characters before the restated opening are the title's last word, no subject
    cases = {
        "区属市实验性示范性高中名额分配区属市实验性示范性高中的名额分配招生计划占其招生计划总数的50%-65%": (
            "区属市实验性示范性高中名额分配"
        ),
        "九年一贯制直升入学九年一贯制学校小学应届毕业生直升本校初中": "九年一贯制直升入学",
    }
    for clause, expected in cases.items():
        end = glued_clause_end(clause)
        assert end is not None and clause[:end] == expected, clause


def test_a_subject_before_the_whole_title_restated_still_ends_the_title() -> None:
    # RESTATED_AFTER_SUBJECT kept (round 12 PDF text): 电站 stands before the whole title 防雷和接地 restated
    clause = "防雷和接地电站防雷和接地应符合《测试设计技术导则》(NB/T35050)的相关规定"
    assert glued_clause_end(clause) == len("防雷和接地")
    text = f"一、测试要求\n{PARA}\n二、防雷和接地电站防雷和接地应符合《测试设计技术导则》的相关规定:\n{PARA}\n"
    assert tree(text, SCHEME)[1] == (1, "二、", "防雷和接地")
