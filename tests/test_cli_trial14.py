"""Faults a researcher's trial of the CLI and API found (session 14): each test failed before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import plankg
from plankg.cli import CELL_LIMIT, app
from plankg.errors import InputError, NotFoundError
from plankg.manifest import parse_manifest
from plankg.queries.registry import resolve_field
from tests.conftest import PLANS_DIR

INTERP = "shanghai-sti-center-14th-fyp-interpretation.txt"  # the shortest plan text: a fast build

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def one_plan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("plans")
    shutil.copy(PLANS_DIR / INTERP, folder / INTERP)
    store = tmp_path_factory.mktemp("store") / "graph"
    plankg.build([folder / INTERP], store=store)
    return folder, store


def test_a_complete_field_list_does_not_end_in_an_ellipsis() -> None:
    # 12 fields listed all 12 and then "…", read as "there are more"; an empty graph said "fields: …".
    with pytest.raises(NotFoundError) as small:
        resolve_field(None, "不存在", None, known=["人工智能", "船舶"])  # type: ignore[arg-type]
    assert str(small.value).endswith("fields: 人工智能, 船舶")
    with pytest.raises(NotFoundError) as none:
        resolve_field(None, "不存在", None, known=[])  # type: ignore[arg-type]
    assert str(none.value).endswith("fields: none")
    with pytest.raises(NotFoundError) as many:
        # every field of the graph up to FIELDS_LISTED (60; the vocabulary holds 55), then a count (user56)
        resolve_field(None, "不存在", None, known=[f"领域{i:02d}" for i in range(70)])  # type: ignore[arg-type]
    assert str(many.value).endswith("领域59… (70 in all)")


def test_a_table_cell_holding_a_whole_plan_text_is_cut(one_plan: tuple[Path, Path]) -> None:
    # `plankg cypher "MATCH (p:Plan) RETURN p"` printed every plan's whole text into the table.
    _, store = one_plan
    code, out, _ = invoke("cypher", "MATCH (p:Plan) RETURN p.text AS text", "--store", str(store))
    assert code == 0 and "more characters; --format json prints all" in out
    shown = [c for c in out if not c.isspace() and not "\u2500" <= c <= "\u257f"]  # no box drawing
    assert len(shown) < CELL_LIMIT + 100
    code, out, _ = invoke("cypher", "MATCH (p:Plan) RETURN p.text AS text", "--store", str(store), "-f", "json")
    assert code == 0 and "more characters" not in out and len(out) > CELL_LIMIT + 500


def test_lineage_names_the_unit_a_title_piece_resolved_to(one_plan: tuple[Path, Path]) -> None:
    # "lineage of 基本原则" did not say which unit it followed, and no link at all was "(no results)".
    _, store = one_plan
    with plankg.open(store) as graph:
        unit = graph.lineage_unit("基本原则")
    code, _, err = invoke("lineage", "基本原则", "--store", str(store))
    assert code == 0 and f"no lineage for {unit} (基本原则): no CONTINUES to or from it" in err
    code, _, err = invoke("lineage", unit, "--store", str(store))
    assert code == 0 and f"no lineage for {unit}: " in err


def test_the_same_text_built_under_another_id_is_a_warning(one_plan: tuple[Path, Path], tmp_path: Path) -> None:
    # A manifest entry renamed (or a file copied under a second name) built the text again beside
    # the first, silently: every platform and indicator of it counted twice.
    folder, _ = one_plan
    store = tmp_path / "graph"
    first = plankg.build([folder / INTERP], store=store)
    assert not [w for w in first.warnings if w["code"] == "same-text"]
    again = plankg.build([folder / INTERP], store=store)  # the same plan again: replaced, no warning
    assert not [w for w in again.warnings if w["code"] == "same-text"]
    renamed = plankg.build([folder / INTERP], store=store, plan_id="interp-renamed")
    same = [w for w in renamed.warnings if w["code"] == "same-text"]
    assert len(same) == 1 and same[0]["plan_id"] == "interp-renamed"
    assert "already in the graph" in same[0]["message"] and "holds this text twice" in same[0]["message"]
    copies = tmp_path / "copies"
    copies.mkdir()
    shutil.copy(folder / INTERP, copies / "a.txt")
    shutil.copy(folder / INTERP, copies / "b.txt")
    both = plankg.build([copies], store=tmp_path / "other")
    assert [w["plan_id"] for w in both.warnings if w["code"] == "same-text"] == ["b"]


def test_a_manifest_follows_one_id_written_without_a_list() -> None:
    # `follows: sh-sti-12` (one predecessor, as it is usually written) and an empty `interprets:`
    # were refused: "follows: Input should be a valid list (got 'sh-sti-12')".
    source = (
        "- id: a\n  file: a.txt\n  title: 甲\n  follows:\n"
        "- id: b\n  file: b.txt\n  title: 乙\n  follows: a\n  interprets:\n"
    )
    metas = parse_manifest(source, "plans.yaml")
    assert metas["a.txt"].follows == [] and metas["b.txt"].follows == ["a"] and metas["b.txt"].interprets == []
    with pytest.raises(InputError, match="plan b follows itself"):
        parse_manifest("- id: b\n  file: b.txt\n  title: 乙\n  follows: b\n", "plans.yaml")


def test_a_store_folder_given_as_the_store_names_the_store_file_in_it(one_plan: tuple[Path, Path]) -> None:
    # `--store .plankg` (the folder of the default store .plankg/graph) said only "pass --store FILE".
    _, store = one_plan
    code, _, err = invoke("stats", "--store", str(store.parent))
    assert code == 1 and err.strip() == (
        f"plankg: error: {store.parent} is a directory, not an embedded store file "
        f"(pass --store FILE, e.g. --store {store})"
    )


def test_ids_are_not_broken_over_lines_in_a_narrow_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # In an 80-column terminal `plankg tasks` printed "zj-gov-report-2" and "026/s2/t1.1" on two
    # lines: an id one cannot copy into `plankg show`.
    import io

    from rich.console import Console

    from plankg import cli

    screen = io.StringIO()
    monkeypatch.setattr(cli, "out", Console(file=screen, width=80, soft_wrap=True))
    row = {
        "id": "zj-gov-report-2026/s2/t1.1",
        "kind": "主要目标任务",
        "number": "（一）",
        "title": "聚焦加快建设创新浙江，因地制宜发展新质生产力",
        "section": "“十五五”时期的主要目标任务",
        "plan_id": "zj-gov-report-2026",
    }
    cli._emit([row], cli.Format.table)
    assert "zj-gov-report-2026/s2/t1.1" in screen.getvalue() and "│ zj-gov-report-2026 " in screen.getvalue()


def test_show_lists_a_continues_link_with_its_score_and_shared_terms(
    one_plan: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The table showed a CONTINUES row with an empty evidence cell: a 0.9 link and a 0.03 one
    # looked the same (the JSON had score and shared_terms).
    _, store = one_plan
    shown = {
        "id": "b/s1",
        "label": "Section",
        "properties": {"_label": "Section", "id": "b/s1", "title": "生物医药"},
        "outgoing": [
            {
                "type": "CONTINUES",
                "id": "a/s2",
                "label": "Section",
                "name": "健康上海",
                "score": 0.786,
                "shared_terms": ["≈生物医药", "新药"],
                "method": "words",
            },
        ],
        "incoming": [{"type": "HAS_SECTION", "id": "b", "label": "Plan", "name": "乙", "evidence": ""}],
    }
    monkeypatch.setattr(plankg.api.Graph, "show", lambda self, id: shown)
    code, out, err = invoke("show", "b/s1", "--store", str(store))
    assert code == 0, err
    outgoing = out[out.index("outgoing") : out.index("incoming")]
    assert "score" in outgoing and "0.786" in outgoing and "≈生物医药、新药" in outgoing
    assert "score" not in out[out.index("incoming") :]  # no CONTINUES there: no empty columns


def test_a_build_report_counts_one_of_a_kind_in_the_singular() -> None:
    # A notebook echoed "BuildReport(…: 2 plans […], 1 warnings, 0 skipped, 1 successions inferred, …)".
    report = plankg.api.BuildReport(
        "ladybug",
        "g",
        plans=[{"id": "a"}, {"id": "b"}],
        warnings=[{"plan_id": "a", "code": "x", "message": "y"}],
        successions=[{"later": "b", "earlier": "a", "method": "inferred", "reason": "r"}],
        continues=3,
    )
    assert repr(report) == (
        "BuildReport(ladybug g: 2 plans [a, b], 1 warning, 0 skipped, 1 succession inferred, 3 CONTINUES)"
    )


def test_a_markdown_heading_keeps_a_chapter_number_apart_from_its_title() -> None:
    # An export of a real 十三五 plan headed its sections "第一章全国生态环境保护形势 › 第一节生态环境…".
    from plankg.queries.export.markdown import _trail

    sections = [
        {"path": "1", "number": "第一章", "title": "总体形势"},
        {"path": "1.1", "number": "第一节", "title": "取得积极进展"},
        {"path": "1.1.1", "number": "（一）", "title": "加快核心技术攻关"},
        {"path": "1.1.1.1", "number": "1、", "title": "集成电路"},
        {"path": "1.1.1.1.1", "number": "", "title": "芯片"},
    ]
    assert (
        _trail(sections, sections[-1])
        == "第一章 总体形势 › 第一节 取得积极进展 › （一）加快核心技术攻关 › 1、集成电路 › 芯片"
    )


def test_python_calls_with_nothing_to_ask_say_so_in_python_terms(one_plan: tuple[Path, Path], tmp_path: Path) -> None:
    # In a notebook: g.export(path) said only "give exactly one of --field, --plan, …" (CLI words);
    # g.sections(plan, depth=0) returned the whole tree; g.platforms("") "did you mean" every field.
    _, store = one_plan
    with plankg.open(store) as graph:
        with pytest.raises(InputError, match=r"field=, plan=, task=, cypher="):
            graph.export(tmp_path / "x.json")
        plan = graph.plans()[0]["id"]
        with pytest.raises(InputError, match="depth must be 1 or more"):
            graph.sections(plan, depth=0)
        assert graph.sections(plan, depth=1) and all(s["level"] == 1 for s in graph.sections(plan, depth=1))
        with pytest.raises(InputError, match="empty --field"):
            graph.platforms("")
    code, _, err = invoke("platforms", "--field", "", "--store", str(store))
    assert code == 1 and "empty --field" in err and "did you mean" not in err


def test_ctrl_c_in_a_command_other_than_build_says_so_in_one_line(
    one_plan: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ctrl-C during `plankg export --plan …` (a picture of 137 nodes takes seconds) or `plankg lineage
    # --plan … --against …` ended with exit code 130 and nothing on stderr.
    _, store = one_plan

    def stopped(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(plankg.api.Graph, "align", stopped)
    monkeypatch.setattr(plankg.api.Graph, "export", stopped)
    code, _, err = invoke("lineage", "--plan", "a", "--against", "b", "--store", str(store))
    assert code == 130 and err == "plankg: interrupted; the graph was only read, its plans are as they were\n"
    code, _, err = invoke("export", "--plan", "a", "-o", "a.png", "--store", str(store))
    assert code == 130 and "no half-written file is left" in err and len(err.splitlines()) == 1


def test_a_bad_file_among_others_says_nothing_was_written_and_how_to_see_them_all(tmp_path: Path) -> None:
    # A folder holding an empty file and a PDF without text said only "blank.pdf: the PDF has no text
    # layer"; fixed, the next build stopped on the empty file.
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(PLANS_DIR / INTERP, folder / INTERP)
    (folder / "empty.txt").write_bytes(b"")
    code, _, err = invoke("build", str(folder), "--store", str(tmp_path / "graph"))
    assert code == 1 and len(err.splitlines()) == 1
    assert "empty.txt: the file is empty; nothing was written (--keep-going builds the other files" in err
    assert not (tmp_path / "graph").exists()
    code, _, err = invoke("build", str(folder / "empty.txt"), "--store", str(tmp_path / "graph"))
    assert code == 1 and err.strip().endswith("empty.txt: the file is empty")  # one file: nothing to add


def test_a_score_column_prints_three_places_and_other_numbers_as_they_are(one_plan: tuple[Path, Path]) -> None:
    # `lineage --plan sh-stic-14 --against sh-iti-12` printed 0.176 over 0.2 over 0.34 in one column.
    _, store = one_plan
    query = "UNWIND [0.176, 0.2, 0.34] AS s RETURN s AS score, s AS link_score, 4.5 AS value"
    code, out, _ = invoke("cypher", query, "--store", str(store))
    rows = [line.split() for line in out.splitlines() if "4.5" in line]
    assert code == 0 and [[c for c in r if c[0].isdigit()] for r in rows] == [
        ["0.176", "0.176", "4.5"],
        ["0.200", "0.200", "4.5"],
        ["0.340", "0.340", "4.5"],
    ]
    code, out, _ = invoke("cypher", query, "--store", str(store), "-f", "json")
    assert code == 0 and '"score": 0.2' in out  # JSON keeps the value as stored
    code, out, _ = invoke("cypher", "RETURN null AS score, 1 AS n", "--store", str(store))
    assert code == 0 and "None" not in out and "null" not in out
