"""Rules written after round 22's first score (branch fix22seg), each with the real excerpt of heldout22 it was
written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from tests.segmenting import tree

# gz-points-hukou-faq-2025 (heldout22): a city bureau's FAQ, questions bold on their own lines
FAQ = (
    "**1.2025年度积分制入户指标有多少个？**\n"
    "答：根据年度人口迁入计划，2025年度我市积分制入户类指标为1.6万个，与2024年度持平。\n"
    "**2.申请2025年度积分制入户需要具备哪些基本条件？**\n"
    "答：需要具备以下基本条件：（一）在本市合法稳定就业或创业；（二）年龄在45周岁以下。\n"
    "**3.积分制入户中所说的资格分是什么？排名分是什么？**\n"
    "答：资格分是指按照《广州市积分制入户指标体系及分值表》计算所得的总分。\n"
)


def test_a_question_opening_with_a_year_keeps_its_number() -> None:
    # ARABIC_POINT_BEFORE_YEAR: "1.2025年度…" is question 1., not the decimal 1.2025
    assert tree(FAQ) == [
        (1, "1.", "2025年度积分制入户指标有多少个？"),
        (1, "2.", "申请2025年度积分制入户需要具备哪些基本条件？"),
        (1, "3.", "积分制入户中所说的资格分是什么？排名分是什么？"),
    ]
