"""Names a line end broke (issue #13, ext55b): table cells written with tabs. Excerpts quoted from the texts named."""

from __future__ import annotations

from plankg.loaders.extract.mentions import wrapped_name_tails
from tests.extracting import document

# yc-civilselect-2018 (round 29): the 宜春 recruitment table, one row a line, tabs between the cells.
TAB_ROWS = (
    "\t\t科员\t\t\t\t1\t法律类\t本科\t35周岁以下\t\n"
    "20\t宜春市外事侨务\n"
    "办公室\t科员\t章雅丽\t0795-3286209\t宜阳大厦中座1112室\t1\t不限\t本科\t35周岁以下\u3000\t需经常下乡、加班，较适合男性\n"
    "21\t宜春市扶贫和移民办公室\t科员\t李宾\t0795-3283727\t宜阳大厦西座1123室\t1\t会计学、财务管理、审计学\t本科\t35周岁以下\t\n"
)


def test_a_tab_row_cell_broken_at_the_line_end() -> None:
    """BROKEN_TAB_CELL: "20\\t宜春市外事侨务\\n办公室\\t科员…": the row's last cell over the next line's first cell is
    one name (gold 宜春市外事侨务\\n办公室, as written), not nothing; the whole cell of the next row stays as it was."""
    _, institutions = document(TAB_ROWS)
    assert "宜春市外事侨务办公室" in institutions
    assert "宜春市扶贫和移民办公室" in institutions


# nat-teachercert-2022 (round 28): the certification table flattened one cell per line.
SCHOOL_CELLS = (
    "327\n遵义师范学院\n思想政治教育\n本科\n中学教育\n有条件通过\n2022年7月\n2028年6月\n"
    "328\n兴义民族师范\n学院\n学前教育\n本科\n学前教育\n有条件通过\n2022年7月\n2028年6月\n"
    "343\n铜仁幼儿师范\n高等专科学校\n学前教育\n专科\n学前教育\n有条件通过\n2022年7月\n2028年6月\n"
)


def test_a_school_cell_broken_before_its_kind() -> None:
    """BROKEN_SCHOOL_TAIL: "兴义民族师范\\n学院", "铜仁幼儿师范\\n高等专科学校": a line that is only a school's kind
    continues the line over it, though jieba knows no place in 兴义 or 铜仁 (gold as written, with the break)."""
    _, institutions = document(SCHOOL_CELLS)
    assert {"兴义民族师范学院", "铜仁幼儿师范高等专科学校"} <= institutions
    assert not {"学院", "高等专科学校"} & institutions


def test_a_paragraph_cut_by_a_number_line() -> None:
    """NUMBER_LINE_BREAK: a paragraph-a-line text whose paragraph an endnote number line cuts mid-name
    (gz-fyp15-hubinfra-2026: "建设南沙港区五期工程数字孪生\\n88\\n平台，", gold as printed): read across the
    number line. A short line (a heading) over a number line is not joined to what follows."""
    text = (
        "推动既有码头自动化改造，开展港口电动集装箱牵引车自动驾驶研究与应用。建设南沙港区五期工程数字孪生\n"
        "88\n"
        "平台，构建智慧港口运营管理体系。推动构建白云机场空地协同决策和运行控制系统。\n"
    )
    found = wrapped_name_tails(text, [])
    assert [(m.name, text[m.start : m.end]) for m in found] == [
        ("南沙港区五期工程数字孪生平台", "南沙港区五期工程数字孪生\n88\n平台")
    ]
    assert not wrapped_name_tails("三、建设数字孪生\n88\n平台体系和规则\n", [])
