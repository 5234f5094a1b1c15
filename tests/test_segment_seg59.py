"""Rules of seg59 (session 45): where a title glued to its first sentence ends in texts that lost their line breaks."""

from __future__ import annotations

from plankg.loaders.rules.structure import STRENGTHENED_SUPPORT
from plankg.loaders.structure.headings import adverb_before_cut, glued_clause_end
from plankg.loaders.structure.segment import _glued_inline_title_end, _uneven_couplet_end


def test_a_sentence_glued_to_a_title_opens_at_its_adverb() -> None:
    # ADVERB_OPENS_SENTENCE: "（三）积极推进体育强区建设统筹推进群众体育和竞技体育发展，…" (cn-fyp-15, heldout2 joined)
    assert glued_clause_end("积极推进体育强区建设统筹推进群众体育和竞技体育发展") == len("积极推进体育强区建设")
    # "智驾之都--建设国家级…应用试点城市统筹推进车、路、云…" (sd-scenario-innovation-2025, heldout7 joined)
    assert glued_clause_end("建设国家级应用试点城市统筹推进车路云一体化建设") == len("建设国家级应用试点城市")
    # an adverb that is no sentence's first word: the title goes on past it
    assert glued_clause_end("坚持统筹兼顾全面推进") != len("坚持")


def test_an_adverb_that_is_the_titles_object_stays_in_the_title() -> None:
    # ADVERB_AS_OBJECT: "（二）加强资金统筹" over "健全水务工程项目与长效管理的资金投入增长机制，…" (cm-water-14 joined)
    assert glued_clause_end("加强资金统筹健全水务工程项目与长效管理的资金投入增长机制") != len("加强资金")
    assert adverb_before_cut("加强资金统筹健全水务工程项目", len("加强资金统筹")) == len("加强资金统筹")
    assert adverb_before_cut("积极推进体育强区建设统筹推进群众体育", len("积极推进体育强区建设统筹")) == len(
        "积极推进体育强区建设"
    )


def test_a_restated_sentence_opens_at_its_adverb() -> None:
    # RESTATED_TITLE_WORDS after an adverb: "（二）聚焦服务民生，加快推动旧区改造和历史建筑修缮更新全力推动旧区改造。"
    # (hp-heritage-14, heldout2 joined, read as …更新全力)
    second = "加快推动旧区改造和历史建筑修缮更新全力推动旧区改造"
    assert glued_clause_end(second) == len("加快推动旧区改造和历史建筑修缮更新")


def test_a_couplets_second_clause_ends_before_the_adverb() -> None:
    # UNEVEN_COUPLETS with ADVERB_OPENS_SENTENCE: "（六）深入推进以人为本的新型城镇化，加快建设现代化人民城市
    # 持续优化城市体系。" (yn-gov-report-2026, heldout3 joined, read as …城市持续)
    title = "深入推进以人为本的新型城镇化，加快建设现代化人民城市持续优化城市体系"
    n = len("深入推进以人为本的新型城镇化")
    assert _uneven_couplet_end(title, n) == len("加快建设现代化人民城市")


def test_support_after_a_verb_of_strengthening_is_the_titles_object() -> None:
    # STRENGTHENED_SUPPORT: "（七）强化舆论引导广泛宣传城市内涝安全常识" (zj-waterlogging-14, heldout joined,
    # read as 强化舆论),
    # "（二十六）强化政策支持对符合条件的场景创新项目，…" (sd-scenario-innovation-2025, heldout7),
    # "5.1.6 加大用地支持拓展场站用地空间，…" (fl-energy-station-2023, heldout20)
    # (a title opening with a verb of work that runs past a clause mark: stand-alone)
    publicity = "强化舆论引导广泛宣传城市内涝安全常识，提高公众防灾避灾意识"
    assert _glued_inline_title_end(publicity, True) == len("强化舆论引导")
    assert _glued_inline_title_end("强化政策支持对符合条件的场景创新项目，纳入省级重点项目") == len("强化政策支持")
    assert _glued_inline_title_end("加大用地支持拓展场站用地空间，及时将规划综合能源站用地纳入") == len("加大用地支持")
    # a longer noun goes on from it: no cut before 支持 nor right after it
    # ("第七节加大政策支持和保护力度稳定和完善党在农村的基本政策", yn-fyp-10, heldout2)
    assert _glued_inline_title_end("加大政策支持和保护力度稳定和完善党在农村的基本政策") not in (4, 6)
    # NOUN_USED_OPENERS as before: an opener right after it
    assert glued_clause_end("强化金融政策支持完善金融监管政策") == len("强化金融政策支持")
    assert STRENGTHENED_SUPPORT.fullmatch("强化舆论") is not None
    assert STRENGTHENED_SUPPORT.fullmatch("推进舆论") is None
