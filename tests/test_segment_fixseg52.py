"""Rules of fixseg52 (session 38): causes round 52 (heldout52) showed in headings."""

from __future__ import annotations

from tests.segmenting import tree

# lijiang-fyp15-proposal-explanation-2026 (heldout52): a news page's speech, the speaker's letter-spaced name over
# the salutation, then part 一、
SPEECH = (
    "关于《中共丽江市委关于制定丽江市国民经济和社会发展第十五个五年规划的建议》的说明\n\n"
    "(二〇二六年一月十五日)\n\n浦 虹\n\n同志们:\n\n"
    "受市委常委会委托,我就《中共丽江市委关于制定丽江市国民经济和社会发展第十五个五年规划的建议》"
    "(以下简称《建议》)起草的有关情况向全会作说明。\n\n一、《建议》稿起草过程\n\n"
    "市委对制定“十五五”规划建议高度重视,多次召开市委常委会会议,研究谋划我市经济社会发展重大思路举措。\n"
)


def test_the_speaker_above_the_salutation_is_no_heading() -> None:
    # SPEAKER_ABOVE_SALUTATION
    assert tree(SPEECH) == [(1, "一、", "《建议》稿起草过程")]


# cq-property-tax-rules-amendment-2023 (heldout52): a rules PDF whose text layer keeps the gaps of letter-spaced
# chapter titles as tabs
TAB_SPACED_CHAPTERS = (
    "重庆市个人住房房产税征收管理实施细则\n\n第一章 总 \t则\n\n"
    "第一条 为了规范个人住房房产税征收管理，根据有关规定，制定本细则。\n\n第二章 \t试点区域\n\n"
    "第二条 试点区域为主城区。\n\n第三章 \t税 \t率\n\n第三条 税率为百分之一。\n\n第四章 附 \t则\n\n"
    "第四条 本细则自公布之日起施行。\n"
)


def test_a_tab_in_a_letter_spaced_chapter_title_is_its_gap() -> None:
    # TAB_SPACED_CHAPTER_TITLE
    assert tree(TAB_SPACED_CHAPTERS) == [
        (1, "第一章", "总 则"),
        (1, "第二章", "试点区域"),
        (1, "第三章", "税 率"),
        (1, "第四章", "附 则"),
    ]
