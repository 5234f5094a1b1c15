"""Portal metadata tables as pages converted to markdown keep them: pipe rows and bold labels
(MARKDOWN_TABLE_CELLS, MARKDOWN_EMPHASIS), excerpts of round 15's second wave (heldout16)."""

from __future__ import annotations

from plankg.loaders.text.read import metadata_table


def test_a_pipe_row_of_a_markdown_table_gives_its_cells() -> None:
    # ll-energy-station-2025: the issuer came out as "| 吕梁市人民政府办公室 |"
    row = "| 发文机关： | 吕梁市人民政府办公室 | 成文日期： | 2025年11月30日 |\n"
    assert metadata_table(row) == {"issuer": "吕梁市人民政府办公室", "issued": "2025-11-30"}


def test_a_bold_label_is_the_label() -> None:
    # cy-fuel-stations-2026: "**发文机构**: 崇阳县商务局" gave no issuer
    assert metadata_table("**发文机构**: 崇阳县商务局  \n")["issuer"] == "崇阳县商务局"
