"""Rules of fixseg47 (session 35): causes round 47's first score showed in headings and metadata (a work report's
unnumbered parts over a numbering that restarts after the part's paragraphs, a national work report with no
headline naming its government only in the premier's first sentence)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta
from tests.segmenting import PARA, tree

SHA = "0" * 64

# nat-gwr-1984 (heldout47): the Wikisource page keeps no headline; three unnumbered parts, 一、 restarting under the
# second after the part's own paragraphs
REPORT_1984 = (
    "各位代表：\n\n\u3000\u3000我代表国务院向大会作政府工作报告，请予审议。\n\n\n\n\n关于国内建设\n\n"
    "\u3000\u3000" + PARA + "\n\n"
    "一、认真地有步骤地改革城市经济中普遍存在的吃“大锅饭”的弊端，更好地调动企业和职工的积极性\n\n"
    "\u3000\u3000" + PARA + "\n\n"
    "二、改革建筑业和基本建设的管理体制，大力提高投资效益\n\n"
    "\u3000\u3000" + PARA + "\n\n\n\n\n关于外交工作\n\n\n"
    "\u3000\u3000一年来，我国积极开展外交活动，扩大同各国的联系和交往，发展了同许多国家的关系。\n\n"
    "\u3000\u3000现在，我就维护世界和平、坚持和平共处五项原则等几个问题作些阐述。\n\n\n\n"
    "一、维护世界和平是我国对外政策的主要目标\n\n"
    "\u3000\u3000" + PARA + "\n\n\n\n\n结束语\n\n\n\u3000\u3000" + PARA + "\n"
)


def test_a_numbering_restarting_after_a_parts_paragraphs_nests_under_the_unnumbered_parts() -> None:
    # RESTART_AFTER_PROSE (UNNUMBERED_PARENT): the part's paragraphs stand between 关于外交工作 and its 一、
    assert [(level, title[:6]) for level, _, title in tree(REPORT_1984)] == [
        (1, "关于国内建设"),
        (2, "认真地有步骤"),
        (2, "改革建筑业和"),
        (1, "关于外交工作"),
        (2, "维护世界和平"),
        (1, "结束语"),
    ]


def test_a_national_report_without_headline_is_the_state_councils() -> None:
    # STATE_COUNCIL_SPEAKER: "我代表国务院向大会作政府工作报告" (nat-gwr-1984), "我代表国务院，向大会作…" (nat-gwr-2005)
    assert guess_meta(REPORT_1984, "report", SHA).issuer == "国务院"
    opening = (
        "各位代表：\n\n现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n\n\n\n\n"
        "一、过去一年工作回顾\n"
    )
    assert guess_meta(opening + PARA + "\n", "report", SHA).issuer == "国务院"


def test_a_glossary_asked_as_questions_keeps_its_questions_as_headings() -> None:
    # GLOSSARY_QUESTIONS (sh-hs-admission-reform-qa-2021, heldout47: the first question with a half-width ?)
    text = (
        "1. 《实施办法》出台的背景和改革目标是什么？\n" + PARA + "\n\n"
        "2. 此次出台的《实施办法》涉及的部分名词解释\n（1）什么是普通高中自主招生录取?\n"
        "普通高中自主招生录取是市实验性示范性高中和市特色普通高中，面向全市范围招收初中毕业生进行的招生办法。\n\n"
        "（2）什么是统一招生录取？\n统一招生录取指高中阶段学校根据考生志愿、录取总成绩，由招考机构统一投档录取的招生方法。\n"
    )
    assert [(level, title) for level, _, title in tree(text)] == [
        (1, "《实施办法》出台的背景和改革目标是什么？"),
        (1, "此次出台的《实施办法》涉及的部分名词解释"),
        (2, "什么是普通高中自主招生录取?"),
        (2, "什么是统一招生录取？"),
    ]


def test_a_glossary_term_stays_a_term() -> None:
    # GLOSSARY_QUESTIONS: a term that asks nothing is still the glossary's entry
    text = "一、总体要求\n" + PARA + "\n二、有关名词解释\n1.新质生产力\n新质生产力是创新起主导作用的先进生产力质态。\n"
    assert [title for _, _, title in tree(text)] == ["总体要求", "有关名词解释"]
