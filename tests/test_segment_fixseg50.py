"""Rules of fixseg50 (session 37): causes round 50 (heldout50) showed in headings and metadata."""

from __future__ import annotations

from plankg.loaders.rules.structure import TOC_TITLE
from plankg.loaders.structure.toc import _parse_line_toc_to_prose, parse_toc
from plankg.loaders.text.read import guess_meta
from tests.segmenting import tree

SHA = "0" * 64

# nat-culture-industry-14fyp-toc-2021 (heldout50): a news reprint's 目录 one entry a line without page numbers, the
# plan's unheaded preamble after it, then the body's first heading; the page is cut there
REPRINT_TOC = (
    "“十四五”文化产业发展规划\n目录\n序 言\n第一章 总体要求\n第一节 指导思想\n第二节 基本原则\n第三节 发展目标\n"
    "第二章 推进文化产业创新发展\n第一节 加快发展新型文化业态\n第二节 改造提升传统文化业态\n"
    "第三节 加强文化科技创新和应用\n第四节 构建创新发展生态体系\n"
    "为贯彻落实《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》、国家“十四五”文化改革发展规划"
    "以及《“十四五”文化和旅游发展规划》,加快健全现代文化产业体系,推动文化产业高质量发展,建设社会主义文化强国,编制本规划。\n"
    "序 言\n习"
)
# nat-culture-industry-14fyp-baike-2021 (heldout50): the same 目录 at the end of an encyclopedia page, cut inside it
CUT_TOC = (
    "文化和旅游部关于印发《“十四五”文化产业发展规划》的通知\n文旅产业发〔2021〕42号\n"
    "  为推动文化产业高质量发展,我部编制了《“十四五”文化产业发展规划》,现印发给你们。\n  特此通知。\n"
    "“十四五”文化产业发展规划\n目 录\n序 言\n第一章 总体要求\n第一节 指导思想\n第二节 基本原则\n第三节 发展目标\n"
    "第二章 推进文化产业创新发展\n第一节 加快发展新型文化业态\n第二节 改造提升传统文化业态\n"
    "第三节 加强文化科技创新和应用\n第四节 构建创新发展生态体系\n第三章 促进供需两端结构优化升级\n第一节 扩大优"
)


def test_an_unpaged_line_toc_ends_at_the_first_sentence() -> None:
    # UNPAGED_LINE_TOC_TO_PROSE
    toc = parse_toc(REPRINT_TOC)
    assert toc is not None
    assert [(e.level, e.title) for e in toc.entries][:3] == [(1, "序 言"), (1, "总体要求"), (2, "指导思想")]
    assert REPRINT_TOC[toc.end :].lstrip().startswith("为贯彻落实")
    assert tree(REPRINT_TOC) == [(1, "", "序 言")]


def test_an_unpaged_line_toc_cut_by_the_end_of_the_text_gives_no_sections() -> None:
    # UNPAGED_LINE_TOC_TO_PROSE, UNPAGED_TOC_CUT
    toc = parse_toc(CUT_TOC)
    assert toc is not None and len(toc.entries) == 12
    assert tree(CUT_TOC) == []


def test_a_run_of_numbered_lines_of_one_style_under_a_catalogue_title_is_no_unpaged_toc() -> None:
    # UNPAGED_LINE_TOC_TO_PROSE asks for two numbering styles
    text = "目录\n" + "".join(f"{n}、第{n}项内容\n" for n in "一二三四五六七八九") + "正文从这里开始。\n"
    found = TOC_TITLE.search(text)
    assert found is not None and _parse_line_toc_to_prose(text, found) is None


def test_a_page_title_with_its_site_glued_before_the_headline_gives_the_headline() -> None:
    # TRAILED_REPEATED_HEADLINE: the baike page on one line
    one_line = (
        "“十四五”文化产业发展规划_百度百科“十四五”文化产业发展规划文旅产业发〔2021〕42号收藏0有用+10"
        "本词条缺少概述图,补充相关内容使词条更完整,还能快速升级,赶紧来编辑吧!"
    )
    assert guess_meta(one_line, "t", SHA).title == "“十四五”文化产业发展规划"
