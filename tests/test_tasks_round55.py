"""Task blocks met in round 55 (fixtask55): boxes and tables of PDF-extracted 十五五 outlines - a table of project
packages flattened one cell fragment a line, its header row on one line and repeated after a page break
(ANNEX_PACKAGE, ANNEX_HEADER_ROW, ANNEX_CONTINUED_PART, TABLE_ROW_RUN), a box caption broken at every span with
entries 01… alone on their lines (BROKEN_BOX_CAPTION, PADDED_ENTRY_ALONE), the same read on one line
(GLUED_PADDED_UNSPACED), boxes of reforms (BOX_REFORM_TITLE) and box kinds without a period or a count
(BOX_KIND_NOT_COUNTED)."""

from __future__ import annotations

from bench.eval_tasks import as_read_forms, documents, load
from plankg.loaders.rules.structure import ANNEX_HEADER_ROW, ANNEX_TABLE, GLUED_BOX
from plankg.loaders.structure.tasks import (
    _unspaced_padded_items,
    box_title_kind,
    broken_box_captions,
)
from plankg.loaders.text.normalise import normalise

ROUND = {entry["id"]: entry for entry in documents("heldout55")}


def numbered(doc: str, joined: bool = False) -> list[tuple[str, str, str]]:
    return [(t.kind, t.number, t.title) for t in load(ROUND[doc], joined).tasks]


def test_a_table_of_project_packages_is_a_block_named_so() -> None:
    # ANNEX_PACKAGE: bj-fyp15-implementation-projects-2026's "附表" / "“十五五”时期重大工程包"
    match = ANNEX_TABLE.search("附表\n“十五五”时期重大工程包\n序号 领域 重大工程\n")
    assert match is not None and match.group("kind") == "重大工程包"
    assert ANNEX_TABLE.search("附表\n“十五五”时期重大工程包围\n") is None


def test_a_header_row_on_one_line_heads_the_table() -> None:
    # ANNEX_HEADER_ROW: "序号 领域 重大工程" over "1" / "全国政治" / "中心建设"
    assert ANNEX_HEADER_ROW.search("序号 领域 重大工程") is not None
    assert ANNEX_HEADER_ROW.search("序号") is not None
    assert ANNEX_HEADER_ROW.search("序号 1 全国政治") is None  # a row, not the header
    assert ANNEX_HEADER_ROW.search("序号，领域和工程。") is None


def test_a_header_repeated_after_a_page_break_continues_the_rows() -> None:
    # ANNEX_CONTINUED_PART and TABLE_ROW_RUN: "— 148 —" / "序号 领域 重大工程" / "7" / "富有活力" …; row 10's fourteen
    # lines ("10" / "超大城市" / "治理现代" / "化水平提" / "升" / eight project lines) before "11" / "美丽北京"
    found = numbered("bj-fyp15-implementation-projects-2026")
    assert [(kind, number) for kind, number, _ in found] == [("重大工程包", str(n)) for n in range(1, 13)]
    assert found[10][2].startswith("美丽北京")
    joined = numbered("bj-fyp15-implementation-projects-2026", joined=True)
    assert [number for _, number, _ in joined] == [str(n) for n in range(1, 13)]


def test_a_long_row_after_a_run_of_rows_keeps_its_number() -> None:
    # TABLE_ROW_RUN: the row numbers stay in the text, not dropped as page numbers
    def table(long: int) -> str:
        sizes = [2, 2, 2, long, 2]
        rows = [
            f"{n}\n名称{n}\n" + "\n".join(f"项目{n}之{k}建设" for k in range(size)) for n, size in enumerate(sizes, 1)
        ]
        return normalise("附表\n重大工程包\n序号 领域 重大工程\n" + "\n".join(rows)).text

    assert [line for line in table(14).splitlines() if line.isdigit()] == ["1", "2", "3", "4", "5"]
    # past TABLE_LONG_ROW_SPAN the next number is a page's
    assert [line for line in table(30).splitlines() if line.isdigit()] == ["1", "2", "3", "4"]
    # a page of 20 lines is no row (bj-eco-security-2035's page numbers 13, 14, … 20 lines apart)
    assert [line for line in table(18).splitlines() if line.isdigit()] == ["1", "2", "3", "4"]


def test_a_box_caption_broken_at_every_span_opens_a_box() -> None:
    # BROKEN_BOX_CAPTION: gz-fyp15-consumption-center-2026's "专栏" / "6" / " “" / "5+2+4" /
    # "”国际知名商圈建设行动" / "01"
    text = "专栏\n\n6\n\n “\n\n5+2+4\n\n”国际知名商圈建设行动\n\n01\n\n5个世界级地标商圈\n"
    (caption,) = broken_box_captions(text)
    assert (caption.number, caption.title) == ("专栏6", "“5+2+4”国际知名商圈建设行动")
    assert broken_box_captions("专栏\n\n首页\n\n新闻\n") == []  # a site's menu: no number under it
    assert broken_box_captions("专栏\n\n6\n\n这是一句话。\n\n01\n") == []  # a sentence is no title piece


def test_entries_numbered_alone_on_their_lines_are_the_box_items() -> None:
    # PADDED_ENTRY_ALONE: "01" / "5个世界级地标商圈" …; "02" / "环南昆山" / "—" / "罗浮山县镇村…" (one name)
    found = numbered("gz-fyp15-consumption-center-2026")
    items = [(kind, number, title) for kind, number, title in found if not number.startswith("专栏")]
    assert [number for _, number, _ in items] == [f"{n:02d}" for n in [1, 2, 3, *range(1, 11)]]
    assert items[0][0] == "“5+2+4”国际知名商圈建设行动"
    assert items[3][0] == "文旅功能区建设行动"
    assert items[4][2].startswith("环南昆山—罗浮山")


def test_a_joined_box_numbers_its_entries_without_a_space() -> None:
    # GLUED_PADDED_UNSPACED: "专栏7十大文旅功能区建设行动01珠江“一江两岸”…示范区。02环南昆山—罗浮山…"
    text = "专栏7十大文旅功能区建设行动01珠江都市文旅功能区串联旅游区。02环南昆山—罗浮山示范区发挥优势。"
    caption = GLUED_BOX.search(text)
    assert caption is not None and caption.group("title") == "十大文旅功能区建设行动"
    quoted = GLUED_BOX.search("专栏6“5+2+4”国际知名商圈建设行动015个世界级地标商圈")
    assert quoted is not None and quoted.group("title") == "“5+2+4”国际知名商圈建设行动"
    items = _unspaced_padded_items(text, caption.end(), len(text))
    assert [(marker, text[start : start + 4]) for marker, start, _ in items] == [("01", "01珠江"), ("02", "02环南")]
    assert _unspaced_padded_items("共有2020年的数据。02", 0, 14) == []  # no 01 first: no entries
    joined = numbered("gz-fyp15-consumption-center-2026", joined=True)
    assert len([number for _, number, _ in joined if not number.startswith("专栏")]) == 13


def test_a_box_of_numbered_reforms_is_a_block_named_so() -> None:
    # BOX_REFORM_TITLE: hz-fyp15-public-services-2026's "专栏27 教育重点领域改革" / "1.名校集团化办学改革。以…"
    for joined in (False, True):
        kinds = {kind for kind, number, _ in numbered("hz-fyp15-public-services-2026", joined) if number == "1."}
        assert {"教育重点领域改革", "共富型大社保体系改革", "民生领域标志性工程"} <= kinds


def test_a_box_title_as_kind_drops_its_period_and_its_count() -> None:
    # BOX_KIND_NOT_COUNTED: "专栏23  “十五五”社会公共安全整体防控体系建设工程", "专栏29 民生领域十大标志性工程"
    assert box_title_kind("“十五五”社会公共安全整体防控体系建设工程") == "社会公共安全整体防控体系建设工程"
    assert box_title_kind("民生领域十大标志性工程") == "民生领域标志性工程"
    assert box_title_kind("十大文旅功能区建设行动") == "文旅功能区建设行动"
    assert box_title_kind("“5+2+4”国际知名商圈建设行动") == "“5+2+4”国际知名商圈建设行动"  # a slogan stays
    assert box_title_kind("重大科技攻关工程") == "重大科技攻关工程"  # 重大 is no count
    assert box_title_kind("做大做强产业集群行动") == "做大做强产业集群行动"
    assert box_title_kind("建设全球第一大港工程") == "建设全球第一大港工程"  # a rank, no count


def test_a_quote_across_broken_lines_is_read_without_their_indent() -> None:
    # LINE_INDENT_AS_READ (the scorer): " “" is read "“"
    assert "专栏\n\n6\n\n“\n\n5+2+4" in as_read_forms("专栏\n\n6\n\n “\n\n5+2+4")
