"""Metadata guessed without a manifest: session 35's fixes (branch meta46), each with the excerpt it was written from
(texts as plankg reads them)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# gz-changshun-deep-poverty-xi-2017 (heldout39), a county booklet's first part
BOOKLET_PART = (
    "第一 习总书记对深度贫困地区脱贫的要求\n"
    "摘自：习总书记2017年6月23日在山西省太原市主持召开深度贫困地区脱贫攻坚座谈会上的讲话精神\n"
    "**一、深度贫困成因分析**\n"
    "一是集革命老区、民族地区、边疆地区于一体；二是基础设施和社会事业发展滞后。\n"
)
CHAPTER_OPENING = "第一章 总则\n第一条 为了规范管理，制定本办法。\n"


def test_a_booklet_parts_numbered_first_line_is_its_title() -> None:
    # BOOKLET_PART_TITLE: before, the file's stem
    assert guess_meta(BOOKLET_PART, "stem", SHA).title == "习总书记对深度贫困地区脱贫的要求"
    assert guess_meta(CHAPTER_OPENING, "stem", SHA).title != "总则"
