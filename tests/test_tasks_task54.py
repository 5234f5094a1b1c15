"""Task-block rules of session 40's task54: a page number glued to a box's next entry number once the text lost its
line breaks (PAGE_NUMBER_BEFORE_ENTRY)."""

from __future__ import annotations

from bench.eval_tasks import documents, load
from plankg.loaders.rules.structure import PAGE_NUMBER_BEFORE_ENTRY
from plankg.loaders.structure.tasks import TITLE_RUN_ON_ORDINAL, _items


def test_a_page_number_glued_to_the_next_box_entry_is_passed_over() -> None:
    # PAGE_NUMBER_BEFORE_ENTRY (nat-light-industry-digital-2024, heldout14 joined): page 8 between 专栏3's 8. and 9.
    text = (
        "8.塑料制品行业：制定数字化生产线的互联互通与集成应用标准、智能仓储物流技术要求及评估标准等。"
        "89.电池行业：制定铅蓄电池、原电池等智能产线互联互通与协同控制标准。10.照明行业：制定智能照明互联互通标准。"
    )
    assert PAGE_NUMBER_BEFORE_ENTRY.search(text, 0, text.index("9.电池")) is not None
    items = _items("".join(f"{n}.行业{n}：标准。" for n in range(1, 8)) + text, 0, 10**6, "arabic")
    assert [marker for marker, _, _ in items] == [f"{n}." for n in range(1, 11)]


def test_a_number_glued_to_a_word_is_no_entry() -> None:
    # the digits must follow a sentence end: "第89.5项" or "共89." is not entry 9 after page 8
    text = "1.甲。2.乙。3.丙。4.丁。5.戊。6.己。7.庚。8.辛，共89.壬"
    assert [marker for marker, _, _ in _items(text, 0, len(text), "arabic")][-1] == "8."


def test_a_title_run_on_into_its_first_ordinal_gives_the_ordinals() -> None:
    # TITLE_RUN_ON_ORDINAL (fx-park-city-2021, heldout11 joined): "（二）…优化生态空间环境一是聚焦奉贤新城建设，…二是…"
    title = "以五大新城建设为契机，优化生态空间环境一是聚焦奉贤新城建设，完善绿地系统结构"
    match = TITLE_RUN_ON_ORDINAL.search(title)
    assert match is not None and title[match.start() :].startswith("一是聚焦奉贤新城建设")
    assert TITLE_RUN_ON_ORDINAL.search("一是聚焦奉贤新城建设") is None  # an entry of its own, not a run-on title


def test_the_joined_section_gives_its_ordinal_items() -> None:
    entry = next(d for d in documents("heldout11") if d["id"] == "fx-park-city-2021")
    titles = [t.title for t in load(entry, True).tasks]
    assert "聚焦奉贤新城建设，完善绿地系统结构" in titles
    assert "打造“王字”城市意象" in titles


def test_a_page_number_glued_to_a_padded_box_entry_is_passed_over() -> None:
    # PAGE_NUMBER_BEFORE_ENTRY, padded (nat-smart-manufacturing-14, heldout6 joined): page 11 glued before 专栏5's 05
    text = (
        "01 研发设计类软件开发计算机辅助设计。02 生产制造类软件开发制造执行系统。"
        "03 经营管理类软件开发企业资源计划系统。"
        "04 控制执行类软件开发工业操作系统。1105 行业专用软件开发面向特定行业的模型库。06 新型软件开发工业 APP。"
    )
    items = _items(text, 0, len(text), "padded", "\n。；！？")
    assert [marker for marker, _, _ in items] == [f"{n:02d} " for n in range(1, 7)]
