"""CATALOGUE_IN_SENTENCE (session 35): a 目录 followed by a clause mark is a catalogue named in a sentence, not the
title of a table of contents, so extraction does not skip the text before the first section as a TOC."""

from __future__ import annotations

from plankg.loaders.rules.structure import TOC_MARK


def test_a_catalogue_in_a_sentence_is_no_toc_title() -> None:
    # cq-gwr26-culture-2026 (heldout34): a report without headings, whose yearly 民生实事 list became its one section
    assert TOC_MARK.search("落地商业保险创新药目录，建立临床急需药品进口便利化服务机制。") is None


def test_a_toc_title_is_still_one() -> None:
    assert TOC_MARK.search("上海市科技创新“十四五”规划目录一、发展基础") is not None
    assert TOC_MARK.search("目　录\n一、总体要求 ........ 1") is not None
