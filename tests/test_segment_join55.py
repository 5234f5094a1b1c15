"""join55: one-line (joined) texts' letter-spaced preface heading (INLINE_SPACED_PREFACE)."""

from __future__ import annotations

from plankg.loaders.rules.structure import INLINE_SPACED_PREFACE
from tests.segmenting import PARA, tree

BODY = PARA * 14


def test_a_spaced_preface_glued_between_cover_and_paragraph_is_a_heading_read_inline() -> None:
    # nat-city-plan-guide-2020 joined: "…自然资源部二〇二〇年八月前  言为贯彻落实《中共中央 国务院关于…》，指导…"
    text = (
        "市级测试规划编制指南（试行）自然资源部二〇二〇年八月前  言"
        "为贯彻落实《中共中央 国务院关于建立测试体系的若干意见》，"
        f"指导各地做好编制工作，制定本指南。{BODY}一、总体要求{BODY}二、主要任务{BODY}三、保障措施{BODY}"
    )
    assert "\n" not in text and len(text) > 2000
    sections = tree(text)
    assert sections[0] == (1, "", "前  言")
    assert [s[1] for s in sections[1:]] == ["一、", "二、", "三、"]


def test_a_short_one_line_text_keeps_its_spaced_preface_too() -> None:
    # cm-fyp14-outline-2021 joined (shorter than a glued text): "…上海市崇明区人民政府制定前 言新世纪以来,崇明作为…"
    text = (
        f"测试区发展第十四个五年规划纲要测试区人民政府制定前 言新世纪以来,测试区走上了生态优先、绿色发展之路。{PARA}"
        f"一、发展基础（一）发展基础。{PARA}（二）发展环境。{PARA}二、主要任务（一）建设生态岛。{PARA}（二）发展绿色产业。{PARA}"
    )
    assert "\n" not in text and len(text) < 2000
    sections = tree(text)
    assert sections[0] == (1, "", "前 言")
    assert (1, "一、", "发展基础") in sections


def test_a_toc_entry_or_an_unspaced_word_is_no_preface() -> None:
    # a TOC's entry: leaders or a page number after it ("1前 言......"), or the chapter it lists next
    # ("目录序 言第一章 总体要求第一节…", nat-culture-industry-14fyp-toc-2021)
    assert INLINE_SPACED_PREFACE.search("（试行）......... 1前 言.............................. 2") is None
    assert INLINE_SPACED_PREFACE.search("目 次前 言 I 1 范围 1 2 规范性引用文件 1 3 术语和定义 2") is None
    assert INLINE_SPACED_PREFACE.search("发展规划目录序 言第一章 总体要求第一节 指导思想第二节 基本原则") is None
    # unspaced it is a word of a sentence: "…写在本书的前言…"
    assert INLINE_SPACED_PREFACE.search("这些意见写在本书的前言部分，供各地在编制工作中参考使用。") is None
    assert INLINE_SPACED_PREFACE.search("二〇二〇年八月前  言为贯彻落实《意见》，指导各地做好编制工作") is not None
