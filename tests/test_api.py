"""The library API as a notebook uses it: build() into a store, open() it, the same records the
CLI prints as JSON; and what build does with unreadable and non-plan files."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import plankg
from plankg.cli import app
from plankg.errors import InputError, NotFoundError, PlankgError, QueryError
from tests.conftest import DATA_PLAN_IDS, IC_PLATFORMS, PLANS_DIR, folder_with_a_bad_file


@pytest.fixture(scope="module")
def graph_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "graph"
    report = plankg.build([PLANS_DIR], store=path)
    assert {p["id"] for p in report.plans} == DATA_PLAN_IDS
    assert report.store == "ladybug" and not report.skipped and report.continues > 0
    return path


def test_open_answers_the_headline_question(graph_path: Path) -> None:
    with plankg.open(graph_path) as graph:
        rows = graph.platforms(field="集成电路")
    assert {r["name"] for r in rows} == IC_PLATFORMS
    assert all(r["evidence"] and r["plan_id"] == "sh-stic-14" for r in rows)


@pytest.mark.parametrize(
    ("method", "kwargs", "argv"),
    [
        (
            "tasks",
            {"field": "集成电路", "plan": "sh-stic-14"},
            ["tasks", "--field", "集成电路", "--plan", "sh-stic-14"],
        ),
        ("tasks", {"plan": "sh-sti-12", "kind": "重大任务"}, ["tasks", "--plan", "sh-sti-12", "--kind", "重大任务"]),
        ("platforms", {"field": "信息技术"}, ["platforms", "--field", "信息技术"]),
        ("platforms", {"plan": "sh-sti-12"}, ["platforms", "--plan", "sh-sti-12"]),
        (
            "platforms",
            {"field": "集成电路", "plan": "sh-stic-14"},
            ["platforms", "--field", "集成电路", "--plan", "sh-stic-14"],
        ),
        ("institutions", {"plan": "sh-stic-14"}, ["institutions", "--plan", "sh-stic-14"]),
        ("sections", {"plan": "sh-sti-12", "depth": 2}, ["sections", "sh-sti-12", "--depth", "2"]),
        ("lineage", {"unit": "重大新药创制"}, ["lineage", "重大新药创制"]),
        ("show", {"id": "sh-sti-12/s3.1"}, ["show", "sh-sti-12/s3.1"]),
    ],
)
def test_api_records_are_the_cli_json(
    graph_path: Path, method: str, kwargs: dict[str, object], argv: list[str]
) -> None:
    with plankg.open(graph_path) as graph:
        records = getattr(graph, method)(**kwargs)
    result = CliRunner().invoke(app, [*argv, "--store", str(graph_path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(json.dumps(records, ensure_ascii=False, default=str))


def test_a_query_without_its_optional_filters_gives_the_same_rows(graph_path: Path) -> None:
    """tasks_in_field runs without its ``($plan = '' OR …)`` tests when no plan or kind is given
    (a faster plan in LadybugDB); the rows must be those of the full query."""
    from plankg.queries import registry

    query = registry.TASKS_IN_FIELD
    params = {"field": "集成电路", "plan": "", "kind": ""}
    with plankg.open(graph_path) as graph:
        full = graph.store.run(query.cypher, params)
        assert full and query.run(graph.store, **params) == full
        assert query.run(graph.store, **{**params, "plan": "sh-stic-14"}) == [
            r for r in full if r["plan_id"] == "sh-stic-14"
        ]


def test_cypher_is_read_only_unless_asked(graph_path: Path) -> None:
    with plankg.open(graph_path) as graph:
        rows = graph.cypher("MATCH (p:Platform)-[:SUPPORTS]->(:Field {name: $f}) RETURN p.name AS name", f="集成电路")
        assert {r["name"] for r in rows} == IC_PLATFORMS
        with pytest.raises(QueryError):
            graph.cypher("MATCH (p:Plan) SET p.title = 'x'")
        assert graph.stats()["nodes"]["Plan"] == 5


def test_export_through_the_api(graph_path: Path, tmp_path: Path) -> None:
    with plankg.open(graph_path) as graph:
        written = graph.export(tmp_path / "ic.json", "json", field="集成电路")
    document = json.loads((tmp_path / "ic.json").read_text(encoding="utf-8"))
    assert written["nodes"] == len(document["nodes"]) and {n.get("name") for n in document["nodes"]} >= IC_PLATFORMS


def test_platforms_of_one_plan(graph_path: Path) -> None:
    """`platforms --plan P`: what a plan names, in the order of its text; with a field, the
    field's platforms in that plan only; neither, or a plan the graph lacks: one error line."""
    with plankg.open(graph_path) as graph:
        named = graph.platforms(plan="sh-stic-14")
        assert {r["name"] for r in named} >= IC_PLATFORMS
        assert [r["start"] for r in named] == sorted(r["start"] for r in named)
        assert {r["name"] for r in graph.platforms(field="集成电路", plan="sh-stic-14")} == IC_PLATFORMS
        assert graph.platforms(field="集成电路", plan="sh-sti-12") == []
        with pytest.raises(InputError, match="give a field"):
            graph.platforms()
        with pytest.raises(NotFoundError, match="no plan 'sh-stic-15'"):
            graph.platforms(plan="sh-stic-15")
        with pytest.raises(NotFoundError, match="no plan 'sh-stic-15'"):
            graph.institutions(plan="sh-stic-15")
    result = CliRunner().invoke(app, ["platforms", "--store", str(graph_path)])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1 and "--field" in result.stderr


def test_unknown_names_raise_one_error(graph_path: Path) -> None:
    with plankg.open(graph_path) as graph, pytest.raises(NotFoundError, match="did you mean 量子科技"):
        graph.platforms(field="量子")


def test_without_keep_going_one_bad_file_stops_the_build_before_writing(tmp_path: Path) -> None:
    folder = folder_with_a_bad_file(tmp_path, readme=True)
    with pytest.raises(InputError, match=r"broken\.txt"):
        plankg.build([folder], store=tmp_path / "g")
    assert not (tmp_path / "g").exists()


def test_keep_going_builds_the_rest_and_lists_what_it_skipped(tmp_path: Path) -> None:
    folder = folder_with_a_bad_file(tmp_path, readme=True)
    report = plankg.build([folder], store=tmp_path / "g", keep_going=True)
    assert len(report.plans) == 2
    assert [Path(s.path).name for s in report.skipped] == ["broken.txt"] and "binary" in report.skipped[0].reason
    assert any("README.md" in notice for notice in report.notices)
    result = CliRunner().invoke(app, ["build", str(folder), "--keep-going", "--store", str(tmp_path / "h")])
    assert result.exit_code == 1
    assert "skipped" in result.stderr and "broken.txt" in result.stderr and "README.md" in result.stderr
    assert "Traceback" not in result.stderr
    # The reason no longer repeats the path ("skipped …/broken.txt: …/broken.txt: looks like …").
    assert str(folder / "broken.txt") not in report.skipped[0].reason
    assert sum(line.count("broken.txt") for line in result.stderr.splitlines() if "skipped" in line) == 1
    with plankg.open(tmp_path / "h") as graph:
        assert graph.stats()["nodes"]["Plan"] == 2


def test_progress_reports_each_stage(tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    plankg.build(
        [PLANS_DIR / "shanghai-sti-report-2012-ch7.txt"], store=tmp_path / "g", progress=lambda *a: seen.append(a)
    )
    assert ("reading", 1, 1) in seen and ("writing", 1, 1) in seen


def test_a_notebook_completes_the_lazy_api() -> None:
    # build and open are imported on first use; tab completion (dir) still offers them
    assert {"build", "open", "BuildReport", "Graph"} <= set(dir(plankg))


def test_export_returns_paths_a_notebook_can_open(graph_path: Path, tmp_path: Path) -> None:
    # A csv export's "path" was "…/ic-csv/ (13 files)", the CLI's wording: Path(written["path"])
    # named no folder. It is the folder now, and "files" lists what was written.
    with plankg.open(graph_path) as graph:
        written = graph.export(tmp_path / "ic-csv", "csv", field="集成电路")
        single = graph.export(tmp_path / "ic.graphml", field="集成电路")
    assert Path(written["path"]) == tmp_path / "ic-csv" and Path(written["path"]).is_dir()
    assert written["files"] and all(
        Path(f).parent == tmp_path / "ic-csv" and Path(f).is_file() for f in written["files"]
    )
    assert "Platform.csv" in {Path(f).name for f in written["files"]}
    assert single["format"] == "graphml" and single["files"] == [str(tmp_path / "ic.graphml")]


def test_plans_in_subfolders_are_named_not_passed_over_in_silence(tmp_path: Path) -> None:
    # A folder of province folders said "no plan files (*.txt, …) in this directory", and a folder
    # with plans beside a subfolder of plans built the first and said nothing of the second.
    corpus = tmp_path / "corpus"
    (corpus / "shanghai" / "12th").mkdir(parents=True)
    (corpus / "empty").mkdir()
    shutil.copy(PLANS_DIR / "shanghai-sti-12th-fyp.txt", corpus / "shanghai" / "12th" / "sti.txt")
    with pytest.raises(InputError, match=r"no plan files") as caught:
        plankg.build([corpus], store=tmp_path / "graph")
    assert "subfolders are not searched" in str(caught.value) and str(corpus / "shanghai") in str(caught.value)
    assert "empty" not in str(caught.value)
    shutil.copy(PLANS_DIR / "shanghai-industrial-tech-innovation-12th-fyp.txt", corpus / "iti.txt")
    report = plankg.build([corpus], store=tmp_path / "graph")
    assert [p["id"] for p in report.plans] == ["iti"]
    assert any(str(corpus / "shanghai") in n and "not searched" in n for n in report.notices), report.notices


def test_an_open_graph_sees_a_build_made_after_it_was_opened(tmp_path: Path) -> None:
    # In a notebook: open the graph, build another plan into it, ask again. The open Graph kept
    # answering from the store as it was when opened (one plan), until closed and opened again.
    store = tmp_path / "graph"
    plankg.build([PLANS_DIR / "shanghai-sti-12th-fyp.txt"], store=store)
    with plankg.open(store) as graph:
        assert [p["id"] for p in graph.plans()] == ["sh-sti-12"]
        plankg.build([PLANS_DIR / "shanghai-industrial-tech-innovation-12th-fyp.txt"], store=store)
        assert [p["id"] for p in graph.plans()] == ["sh-iti-12", "sh-sti-12"]
        assert graph.stats()["nodes"]["Plan"] == 2


def test_python_mistakes_speak_python(graph_path: Path) -> None:
    # The refusal told a notebook to "pass --write", a flag it has no way to pass; a closed Graph
    # answered with the engine's "Connection is closed."
    graph = plankg.open(graph_path)
    with pytest.raises(QueryError, match=r"pass write=True") as caught:
        graph.cypher("MATCH (p:Plan) SET p.title = 'x'")
    assert "--write" not in str(caught.value)
    graph.close()
    graph.close()  # twice is fine
    with pytest.raises(PlankgError, match=r"is closed; open it again"):
        graph.plans()


def test_build_takes_one_path_as_well_as_a_list(tmp_path: Path) -> None:
    # plankg.build("plan.txt") iterated the string's characters: "/" first, so it looked at the
    # root folder; plankg.build(Path(...)) raised TypeError ('PosixPath' object is not iterable).
    plan = PLANS_DIR / "shanghai-sti-12th-fyp.txt"
    assert [p["id"] for p in plankg.build(str(plan), store=tmp_path / "a").plans] == ["sh-sti-12"]
    assert [p["id"] for p in plankg.build(plan, store=tmp_path / "b").plans] == ["sh-sti-12"]


def test_an_empty_list_of_paths_is_refused_not_taken_for_the_default(tmp_path: Path) -> None:
    # NO_PATHS_GIVEN: plankg.build([]) (a glob that matched nothing) built data/plans, the five
    # Shanghai demo plans, into the reader's store without a word.
    with pytest.raises(InputError, match="no plan files or folders given"):
        plankg.build([], store=tmp_path / "g")
    with pytest.raises(InputError, match="no plan files or folders given"):
        plankg.build(iter(()), store=tmp_path / "g")
    assert not (tmp_path / "g").exists()


def test_a_build_report_echoes_in_one_line(tmp_path: Path) -> None:
    # A notebook echoes the value of plankg.build(...): the dataclass's own repr printed every
    # plan row and warning, screens of it for a folder of plans.
    report = plankg.build(PLANS_DIR / "shanghai-sti-12th-fyp.txt", store=tmp_path / "a")
    text = repr(report)
    assert "\n" not in text and len(text) < 300
    assert text.startswith("BuildReport(") and "1 plan [sh-sti-12]" in text and "CONTINUES" in text


def test_the_default_folder_missing_says_it_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=r"data/plans \(the default\): no such file or directory; give plan files"):
        plankg.build(store=tmp_path / "graph")


def test_the_errors_the_readme_names_are_reachable_from_the_package() -> None:
    # README: "Mistakes raise plankg.errors.PlankgError subclasses"; in a fresh notebook
    # `import plankg` then `except plankg.errors.NotFoundError` (or help(plankg.errors)) raised
    # AttributeError: the submodule was not imported until build/open had been used.
    import subprocess
    import sys

    code = "import plankg; print(plankg.errors.NotFoundError.__name__, 'errors' in dir(plankg))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.split() == ["NotFoundError", "True"], done.stderr


def test_opening_a_missing_store_names_the_python_argument_too(tmp_path: Path) -> None:
    # plankg.open("missing") said "(or pass --store)", an option a notebook has no way to pass.
    with pytest.raises(PlankgError, match=r"no graph at .*store="):
        plankg.open(tmp_path / "missing")


def test_a_picture_too_large_to_read_comes_with_a_note(
    graph_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `export --plan sh-stic-14 -o p.png` drew 794 nodes for 42 s into an unreadable hairball and
    # said only "wrote 794 nodes"; the README says pictures suit a hundred or so nodes.
    from plankg.queries import export as export_

    monkeypatch.setattr(export_, "PICTURE_READABLE_MAX", 10)  # 19 nodes: drawn quickly, over it
    with plankg.open(graph_path) as graph:
        big = graph.export(tmp_path / "ic.svg", field="集成电路")
        fine = graph.export(tmp_path / "ic.json", field="集成电路")
    assert "html" in big["note"] and "19 nodes" in big["note"]
    assert "note" not in fine
    code = CliRunner().invoke(
        app, ["export", "--field", "集成电路", "-o", str(tmp_path / "b.svg"), "--store", str(graph_path)]
    )
    assert code.exit_code == 0 and "plankg: note:" in code.stderr


def test_names_of_one_sentence_come_in_the_order_it_writes_them(graph_path: Path) -> None:
    """NAMES_IN_SENTENCE_ORDER: rows sharing a sentence's span are listed as the sentence names them, not by name."""
    with plankg.open(graph_path) as graph:
        for rows in (graph.institutions(plan="sh-stic-14"), graph.platforms(plan="sh-stic-14")):
            assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
            shared = [r for r in rows if sum(o["start"] == r["start"] for o in rows) > 1]
            assert shared  # the plan names several bodies in one sentence
            for a, b in itertools.pairwise(rows):
                if a["start"] == b["start"] and a["name"] in a["evidence"] and b["name"] in b["evidence"]:
                    assert a["evidence"].find(a["name"]) <= b["evidence"].find(b["name"])


def test_store_and_neo4j_both_given_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    # build(store="g", neo4j=uri) wrote to Neo4j and left g empty without a word; the CLI refused both flags already.
    plan = PLANS_DIR / "shanghai-sti-report-2012-ch7.txt"
    with pytest.raises(InputError, match="not both"):
        plankg.build(plan, store=tmp_path / "g", neo4j="bolt://127.0.0.1:1")
    with pytest.raises(InputError, match="not both"):
        plankg.open(tmp_path / "g", neo4j="bolt://127.0.0.1:1")
    assert not (tmp_path / "g").exists()


@pytest.mark.parametrize("kind", ["not a store", "a folder", "under a file"])
def test_a_store_path_no_store_can_be_at_is_refused_before_any_plan_is_read(tmp_path: Path, kind: str) -> None:
    # `plankg build FOLDER --store notes.txt` read and analysed every plan of the folder before saying that
    # notes.txt is no store (a minute for round 52's 28 files)
    notes = tmp_path / "notes.txt"
    notes.write_text("notastore\n", encoding="utf-8")
    store = {"not a store": notes, "a folder": tmp_path, "under a file": notes / "graph"}[kind]
    stages: list[str] = []
    with pytest.raises(PlankgError) as refused:
        plankg.build([PLANS_DIR], store=store, progress=lambda stage, done, total: stages.append(stage))
    assert stages == [] and len(str(refused.value).splitlines()) == 1
    assert notes.read_text(encoding="utf-8") == "notastore\n"


def test_a_plan_is_named_by_its_file_or_its_title(graph_path: Path) -> None:
    """PLAN_BY_NAME_OR_TITLE (user54): files named by their Chinese titles ("北京市地震预警管理办法.pdf") are built
    under ids such as plan-0987a041, and `plankg sections 北京市地震预警管理办法` said "no plan": every command
    needed the digits copied from `plankg plans`. A plan is also its file's name, its title, or a piece of it."""
    with plankg.open(graph_path) as graph:
        by_id = graph.sections("sh-sti-12", depth=1)
        assert graph.sections("shanghai-sti-12th-fyp.txt", depth=1) == by_id  # the file's name
        assert graph.sections("shanghai-sti-12th-fyp", depth=1) == by_id  # without its suffix
        assert graph.sections("上海科技创新“十二五”规划", depth=1) == by_id  # the title
        assert graph.tasks(plan="科技创新“十二五”", kind="重大任务") == graph.tasks(plan="sh-sti-12", kind="重大任务")
        assert graph.institutions("全球影响力的科技创新中心“十四五”规划》解读") == graph.institutions(
            "sh-stic-14-interp"
        )
        assert graph.align("shanghai-sti-center-14th-fyp.txt", "上海科技创新“十二五”规划")["later"] == "sh-stic-14"
        assert graph.show("shanghai-sti-12th-fyp.txt")["id"] == "sh-sti-12"
        with pytest.raises(NotFoundError, match=r"2 plans match '“十二五”', give an id: sh-iti-12 .*; sh-sti-12 "):
            graph.sections("“十二五”")
        with pytest.raises(NotFoundError, match="no plan 'sh-sti-13' in the graph"):
            graph.sections("sh-sti-13")
        with pytest.raises(NotFoundError, match="no node with id 'sh-sti-12/s99'"):
            graph.show("sh-sti-12/s99")
    result = CliRunner().invoke(
        app,
        [
            "lineage",
            "--plan",
            "shanghai-sti-center-14th-fyp",
            "--against",
            "上海科技创新“十二五”规划",
            "--store",
            str(graph_path),
        ],
    )
    assert result.exit_code == 0 and "sh-stic-14 continues sh-sti-12" in result.output


def test_show_of_a_plan_named_by_its_file_heads_with_its_id(graph_path: Path) -> None:
    """PLAN_BY_NAME_OR_TITLE: `plankg show 2019年政府工作报告.txt` headed the plan "Plan 2019年政府工作报告.txt", the
    name typed, where every other line and command gives its id."""
    result = CliRunner().invoke(app, ["show", "shanghai-sti-12th-fyp.txt", "--store", str(graph_path)])
    assert result.exit_code == 0 and result.output.splitlines()[0] == "Plan sh-sti-12"


def test_a_web_page_saved_under_a_pdf_name_is_read_with_a_warning(tmp_path: Path) -> None:
    """PAGE_UNDER_DOCUMENT_NAME (user54): a portal's error page saved as 404cn.pdf (a download that failed) was built as
    a plan titled 抱歉，您访问的页面不存在或已被删除！ with no word that the file was no PDF."""
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面不存在</title></head><body><h1>抱歉，您访问的页面'
        "不存在或已被删除！</h1><p>请检查您输入的网址是否正确，或返回首页继续浏览。</p></body></html>"
    )
    (tmp_path / "404cn.pdf").write_text(page, encoding="utf-8")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    report = plankg.build([tmp_path / "404cn.pdf", tmp_path / "page.html"], store=tmp_path / "g")
    mismatched = [w for w in report.warnings if w["code"] == "not-its-format"]
    assert [w["plan_id"] for w in mismatched] == ["404cn"]  # the page under its own name: no warning
    assert "named as a PDF but its bytes are a web page" in mismatched[0]["message"]
