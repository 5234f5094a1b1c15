"""What a researcher met first building a folder of real texts (user56, session 42): a WPS Office
file skipped in a folder, a regulation's articles missing from the build summary, files cut short
named as the wrong kind of file, a skipped file named twice."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from plankg.errors import InputError
from plankg.loaders.text.formats import read_document
from plankg.pipeline import skip_reason
from tests.test_cli import invoke

TEXTS = Path(__file__).parent / "realworld" / "texts"
ANTIWORD = shutil.which("antiword") is not None


def test_a_wps_office_file_in_a_folder_is_a_plan_candidate() -> None:
    # WPS_WORD_FILES: hi-hpf-loan-limits-interp-2026.wps (WPS Office 11.8, a Word 97 compound document) was
    # skipped in a folder as "not a plan format (.wps)", though named alone it built with its 7 sections.
    assert skip_reason(Path("plans/hi-hpf-loan-limits-interp-2026.wps")) is None
    assert skip_reason(Path("plans/t20210101_1.shtml")) is None
    assert skip_reason(Path("plans/budget.xlsx")) == "not a plan format (.xlsx)"


@pytest.mark.skipif(not ANTIWORD, reason="antiword reads Word 97 files")
def test_a_folder_holding_a_wps_file_builds_it(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    source = TEXTS / "hi-hpf-loan-limits-draft-2026.wps"
    (folder / source.name).write_bytes(source.read_bytes())
    code, out, err = invoke("build", str(folder), "--store", str(tmp_path / "g"), "--format", "json")
    assert code == 0, err
    (row,) = json.loads(out)
    # the draft notice: "关于进一步优化调整住房公积金贷款政策的通知（征求意见稿）", parts 一、…四、
    assert row["id"] == "hi-hpf-loan-limits-draft-2026" and row["sections"] >= 3
    assert "not a plan format" not in err


def test_the_build_summary_counts_a_regulations_articles(tmp_path: Path) -> None:
    # BUILT_CLAUSES: 广州市临时救助实施细则 has 18 articles (第一条…) under no chapter: the build's table said
    # 0 sections, 0 tasks and nothing of its articles; `plankg stats` counted 18 clauses.
    folder = tmp_path / "plans"
    folder.mkdir()
    source = TEXTS / "gz-temporary-assistance-rules-2021.html"
    (folder / source.name).write_bytes(source.read_bytes())
    store = str(tmp_path / "g")
    code, out, err = invoke("build", str(folder), "--store", store, "--format", "json")
    assert code == 0, err
    (row,) = json.loads(out)
    code, stats, _ = invoke("stats", "--store", store, "--format", "json")
    (plan,) = json.loads(stats)["plans"]
    assert row["clauses"] == plan["clauses"] == 18 and row["sections"] == 0
    code, table, _ = invoke("build", str(folder), "--store", store, terminal_width="200")
    assert code == 0 and "clauses" in table.splitlines()[2]


def _cut(name: str, size: int, tmp_path: Path) -> tuple[bytes, str, str]:
    path = TEXTS / name
    return path.read_bytes()[:size], str(tmp_path / name), path.suffix


def test_a_docx_cut_short_is_called_damaged_not_another_kind_of_file(tmp_path: Path) -> None:
    # CUT_SHORT_DOCUMENTS: the first 20 KB of hn-child-health-2025.docx (the ZIP's directory, at its end, lost)
    data, name, suffix = _cut("hn-child-health-2025.docx", 20000, tmp_path)
    with pytest.raises(InputError, match=r"not a whole Word \.docx document \(damaged or cut short"):
        read_document(data, name, suffix)


def test_a_pdf_cut_short_says_what_to_look_for(tmp_path: Path) -> None:
    data, name, suffix = _cut("hb-relics-fyp14-2021.pdf", 30000, tmp_path)
    with pytest.raises(InputError, match="not a readable PDF, damaged or cut short"):
        read_document(data, name, suffix)


@pytest.mark.skipif(not ANTIWORD, reason="antiword reads Word 97 files")
def test_a_word_97_file_cut_short_is_not_called_a_spreadsheet(tmp_path: Path) -> None:
    # it said "an OLE file that is not a readable Word document (.xls, .ppt …)"
    data, name, suffix = _cut("xz-eco-highland-regs-2021.doc", 9000, tmp_path)
    with pytest.raises(InputError, match=r"not a readable Word document \(damaged or cut short") as raised:
        read_document(data, name, suffix)
    assert "OLE file" not in str(raised.value)


def test_a_skipped_page_is_named_once(tmp_path: Path) -> None:
    # READ_AS_NAMED_ONCE: the first 3,001 bytes of nat-voc-edu-2019.html (its <head>, no Chinese text yet) said
    # "plankg: skipped half/voc.html: half/voc.html (html): no Chinese text found; is this a plan text?"
    folder = tmp_path / "half"
    folder.mkdir()
    (folder / "voc.html").write_bytes((TEXTS / "nat-voc-edu-2019.html").read_bytes()[:3001])
    body = "加快建设创新型省份，提升科技创新能力。" * 20
    (folder / "sd.txt").write_text(f"山东省科技创新规划\n\n一、总体要求\n\n{body}\n")
    code, _, err = invoke("build", str(folder), "--keep-going", "--store", str(tmp_path / "g"))
    assert code == 1
    (line,) = [line for line in err.splitlines() if line.startswith("plankg: skipped")]
    assert line.count("voc.html") == 1 and "read as html, no Chinese text found" in line


def test_a_folder_without_manifest_prints_three_guessed_plans_then_a_count(tmp_path: Path) -> None:
    # GUESSED_PLANS_SHOWN: 15 real texts without a plans.yaml printed 15 no-manifest-entry warnings before the
    # warnings about one text; now three, one line for the rest, and every other warning as before.
    from plankg.cli import GUESSED_PLANS_SHOWN, shown_warnings

    guessed = [
        {"plan_id": f"p{n}", "code": "no-manifest-entry", "message": f"p{n}.txt: no manifest entry"} for n in range(6)
    ]
    gap = {"plan_id": "p4", "code": "numbering-gap", "message": "heading （三）… follows number 1"}
    shown = shown_warnings([*guessed[:5], gap, guessed[5]])
    assert shown[:GUESSED_PLANS_SHOWN] == guessed[:GUESSED_PLANS_SHOWN] and gap in shown
    (rest,) = [w for w in shown if w["plan_id"] == ""]
    assert rest["message"].startswith("… and 3 more plan(s) without a manifest entry")
    assert len(shown) == GUESSED_PLANS_SHOWN + 2
    four = guessed[:4]  # one more than shown: printed, not a line saying "1 more"
    assert shown_warnings(four) == four
    folder = tmp_path / "plans"
    folder.mkdir()
    body = "加快建设创新型省份，提升科技创新能力。" * 20
    for n in range(5):
        (folder / f"plan{n}.txt").write_text(f"第{n}号科技创新规划\n\n一、总体要求\n\n{body}\n", encoding="utf-8")
    code, _, err = invoke("build", str(folder), "--store", str(tmp_path / "g"))
    assert code == 0, err
    assert err.count("no-manifest-entry") == GUESSED_PLANS_SHOWN + 1 and "warning: no-manifest-entry: … and 2" in err
    code, _, err = invoke("build", str(folder), "--store", str(tmp_path / "g"), "--all-warnings")
    assert err.count("no-manifest-entry") == 5


def test_an_unknown_field_says_what_fields_are() -> None:
    # FIELDS_ARE_A_VOCABULARY: `plankg platforms --field 教育` over education and heritage plans listed 20 of the
    # graph's 35 fields, saying nothing of where fields come from.
    from plankg.errors import NotFoundError
    from plankg.queries.registry import resolve_field

    known = ["中医药", "人工智能", "生态环境"] + [f"领域{i:02d}" for i in range(32)]
    with pytest.raises(NotFoundError) as unknown:
        resolve_field(None, "教育", None, known=known)  # type: ignore[arg-type]
    message = str(unknown.value)
    assert "plankg/data/fields.yaml" in message and message.endswith("领域31") and "in all" not in message
    with pytest.raises(NotFoundError) as absent:
        resolve_field(None, "集成电路", "集成电路", known=known)  # type: ignore[arg-type]
    assert "集成电路 is a field of plankg's vocabulary, but no plan in the graph names it" in str(absent.value)
    with pytest.raises(NotFoundError, match="did you mean 生态环境"):
        resolve_field(None, "生态", None, known=known)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_sections_of_a_regulation_without_chapters_name_its_clauses(kind: str, tmp_path: Path) -> None:
    # NO_SECTIONS_SAYS_WHERE: `plankg sections` of 广州市临时救助实施细则 (18 articles, no chapter) printed a bare
    # "(no results)", and `plankg tasks --plan` of it pointed there.
    source = TEXTS / "gz-temporary-assistance-rules-2021.html"
    if kind == "neo4j":
        from tests.conftest import neo4j_store

        neo4j_store().close()  # an empty database; skipped without a server
        at = ["--neo4j", os.environ["NEO4J_URI"]]
    else:
        at = ["--store", str(tmp_path / "g")]
    code, _, err = invoke("build", str(source), *at)
    assert code == 0, err
    code, out, err = invoke("sections", "gz-temporary-assistance-rules-2021", *at)
    assert code == 0 and not out
    assert "its 18 articles (第一条…第十八条) are clauses of the plan itself" in err, err
    assert "plankg show gz-temporary-assistance-rules-2021/c1" in err and "(no results)" not in err
    code, out, _ = invoke("sections", "gz-temporary-assistance-rules-2021", *at, "--format", "json")
    assert code == 0 and json.loads(out) == []
