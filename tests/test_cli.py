"""The CLI in-process: exit codes, one-line errors, JSON that parses, a store left intact."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plankg.cli import app
from tests.conftest import DATA_PLAN_IDS, PLANS_DIR

runner = CliRunner()


def invoke(*args: str, terminal_width: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": terminal_width} if terminal_width else None)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli") / "graph"
    code, out, err = invoke("build", str(PLANS_DIR), "--store", str(store), "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert {r["id"] for r in rows} == DATA_PLAN_IDS
    return store


def test_stats_json(built: Path) -> None:
    code, out, _ = invoke("stats", "--store", str(built), "--format", "json")
    assert code == 0
    stats = json.loads(out)
    assert stats["store"] == "ladybug" and stats["nodes"]["Plan"] == 5
    plan = next(p for p in stats["plans"] if p["id"] == "sh-sti-12")
    assert plan["tasks"] == 57 and plan["title"] == "上海科技创新“十二五”规划"


def test_cypher_from_the_issue(built: Path) -> None:
    query = "MATCH (s:Section) RETURN s.plan_id AS plan, s.level AS level, count(*) AS n ORDER BY plan, level"
    code, out, _ = invoke("cypher", query, "--store", str(built), "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert {"plan": "sh-stic-14", "level": 3, "n": 117} in rows
    assert (
        "集成电路"
        in invoke(
            "cypher", "MATCH (s:Section {title: $t}) RETURN s.title AS t", "-p", "t=集成电路", "--store", str(built)
        )[1]
    )


def test_cypher_refuses_writes_without_flag(built: Path) -> None:
    code, _, err = invoke("cypher", "MATCH (n:Plan) DETACH DELETE n", "--store", str(built))
    assert code == 1 and "--write" in err and len(err.strip().splitlines()) == 1
    assert json.loads(invoke("stats", "--store", str(built), "--format", "json")[1])["nodes"]["Plan"] == 5


def test_sections_tasks_show(built: Path) -> None:
    code, out, _ = invoke("sections", "sh-stic-14", "--depth", "1", "--store", str(built), "--format", "json")
    assert code == 0 and len(json.loads(out)) == 10
    code, out, _ = invoke(
        "tasks", "--plan", "sh-sti-12", "--kind", "重点任务", "--store", str(built), "--format", "json"
    )
    assert code == 0 and len(json.loads(out)) == 32
    code, out, _ = invoke("show", "sh-sti-12/s3.1", "--store", str(built))
    assert code == 0 and "健康上海" in out and "source text" in out
    code, out, _ = invoke("sections", "sh-stic-14", "--store", str(built))
    assert code == 0 and "集成电路" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sections", "no-such-plan"], "no plan 'no-such-plan'"),
        (["show", "no/such"], "no node with id"),
        (["cypher", "MATCH (n RETURN n"], "error"),
        (["cypher", "MATCH (n) RETURN n", "-p", "novalue"], "key=value"),
    ],
)
def test_user_mistakes_are_one_line(built: Path, args: list[str], message: str) -> None:
    code, _, err = invoke(*args, "--store", str(built))
    assert code == 1
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (bytes(range(256)) * 50, "binary"), (b"\x00\x01\x02PK\x03\x04" * 100, "binary")],
)
def test_bad_input_leaves_the_store_untouched(built: Path, tmp_path: Path, content: bytes, message: str) -> None:
    before = invoke("stats", "--store", str(built), "--format", "json")[1]
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, _, err = invoke("build", str(bad), "--store", str(built))
    assert code == 1
    assert message in err and len(err.strip().splitlines()) == 1, err
    assert invoke("stats", "--store", str(built), "--format", "json")[1] == before


def test_a_gbk_plan_without_manifest_loads_with_a_warning(tmp_path: Path) -> None:
    text = (PLANS_DIR / "shanghai-industrial-tech-innovation-12th-fyp.txt").read_text(encoding="utf-8")
    plan = tmp_path / "gbk-plan.txt"
    plan.write_bytes(text.encode("gb18030"))
    code, out, err = invoke("build", str(plan), "--store", str(tmp_path / "g"), "--format", "json")
    assert code == 0, err
    assert "no-manifest-entry" in err
    row = json.loads(out)[0]
    assert row["id"] == "gbk-plan" and row["tasks"] == 14 and row["title"] == "上海市产业技术创新“十二五”发展规划"


def test_build_options_for_a_single_file(tmp_path: Path) -> None:
    source = PLANS_DIR / "shanghai-sti-report-2012-ch7.txt"
    plan = tmp_path / "report.txt"
    plan.write_bytes(source.read_bytes())
    code, out, err = invoke(
        "build",
        str(plan),
        "--id",
        "my-report",
        "--title",
        "我的报告",
        "--period",
        "2012",
        "--store",
        str(tmp_path / "g"),
        "--format",
        "json",
        "--strict",
    )
    assert code == 1 and "--strict" in err  # guessed metadata is a warning
    code, out, err = invoke(
        "build",
        str(plan),
        "--id",
        "my-report",
        "--title",
        "我的报告",
        "--store",
        str(tmp_path / "g"),
        "--format",
        "json",
    )
    assert code == 0 and json.loads(out)[0]["id"] == "my-report"


def test_read_commands_on_a_missing_store(tmp_path: Path) -> None:
    code, _, err = invoke("stats", "--store", str(tmp_path / "nothing"))
    assert code == 1 and "plankg build" in err


@pytest.mark.parametrize(
    "command", [["stats"], ["plans"], ["tasks"], ["sections", "x"], ["cypher", "MATCH (p:Plan) RETURN p.id"]]
)
def test_read_commands_on_a_store_with_no_graph_yet(tmp_path: Path, command: list[str]) -> None:
    # An empty file given as --store (touch graph.db) opens as an empty database: the commands
    # said "Binder exception: Table Plan does not exist."
    (tmp_path / "graph.db").touch()
    code, _, err = invoke(*command, "--store", str(tmp_path / "graph.db"))
    assert code == 1 and "holds no plankg graph yet" in err and "plankg build" in err, err
    assert len(err.strip().splitlines()) == 1


def test_a_label_the_graph_does_not_have_is_still_the_engines_word(built: Path) -> None:
    code, _, err = invoke("cypher", "MATCH (p:Plann) RETURN p", "--store", str(built))
    assert code == 1 and "Plann does not exist" in err and "no plankg graph" not in err


def test_fields_by_alias_and_unknown_fields(built: Path) -> None:
    by_name = invoke("tasks", "--field", "新一代信息技术", "--store", str(built), "--format", "json")
    by_alias = invoke("tasks", "--field", "信息技术", "--store", str(built), "--format", "json")
    assert by_alias[0] == 0 and by_alias[1] == by_name[1]
    code, _, err = invoke("platforms", "--field", "量子", "--store", str(built))
    assert code == 1 and "did you mean 量子科技" in err and len(err.strip().splitlines()) == 1


def test_a_folder_holding_a_word_97_doc_builds(tmp_path: Path) -> None:
    # .doc is a plan suffix (PLAN_SUFFIXES) and antiword reads it: the 北京 data-zone opinion saved
    # as .doc (tests/fixtures/doc) builds with its 31 sections, guessed title and all.
    folder = tmp_path / "plans"
    folder.mkdir()
    source = Path(__file__).parent / "fixtures" / "doc" / "bj-data-zone-2022.doc"
    (folder / source.name).write_bytes(source.read_bytes())
    code, out, err = invoke("build", str(folder), "--store", str(tmp_path / "g"), "--format", "json")
    assert code == 0, err
    row = json.loads(out)[0]
    assert row["id"] == "bj-data-zone-2022" and row["sections"] == 31


def test_show_and_export_of_a_twin_task_give_the_items_lineage(tmp_path: Path) -> None:
    """A numbered item that is a Section and a Task has its CONTINUES on the Section only
    (lineage.align.TWIN_LINKS_ONCE): `show` of the Task names the twin and lists those links with
    their `via`, in the table and in JSON; `export --task` takes the Section and its counterparts."""
    from bench.eval_lineage import plans_folder

    judged = Path(__file__).parent / "realworld" / "lineage4" / "judged.yaml"
    folder, _ = plans_folder(judged, tmp_path, manifest=True)
    store = str(tmp_path / "graph")
    code, _, err = invoke("build", str(folder), "--store", store)
    assert code == 0, err
    section, task, later = "sh-housing-14/s4.1.1", "sh-housing-14/s4.1/t1.1", "sh-renewal-housing-15/s2.4"
    code, out, err = invoke("show", task, "--store", store)
    assert code == 0, err
    assert f"twin section: {section}" in out and "via" in out and later in out
    code, out, _ = invoke("show", task, "--store", store, "--format", "json")
    shown = json.loads(out)
    assert shown["twin_section"] == section
    assert {(e["type"], e["id"], e["via"]) for e in shown["incoming"] if "via" in e} == {("CONTINUES", later, section)}
    code, out, err = invoke("export", "--task", task, "--store", store, "-o", "-")
    assert code == 0, err
    graph = json.loads(out)
    assert {section, later} <= {n["id"] for n in graph["nodes"]}
    assert (later, section) in {(e["source"], e["target"]) for e in graph["links"] if e["type"] == "CONTINUES"}


def test_an_interrupted_build_says_what_the_store_holds() -> None:
    # Ctrl-C ended a build silently (exit 130, nothing on stderr); the CLI now says, from the stage
    # the build reached, whether anything was written and that the next build redraws lineage.
    from plankg.cli import interrupted_build

    assert "nothing was written" in interrupted_build({"reading": (2, 5)})
    assert "2 of 5 written" in interrupted_build({"reading": (5, 5), "writing": (2, 5)})
    linking = interrupted_build({"reading": (5, 5), "writing": (5, 5)})
    assert "linking lineage" in linking and "run the build again" in linking


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["tasks", "--plan", "sh-sti-13"], "no plan 'sh-sti-13' in the graph (plans: sh-iti-12, sh-sti-12"),
        (["tasks", "--plan", "sh-sti-13", "--field", "集成电路"], "no plan 'sh-sti-13'"),
        (["tasks", "--kind", "重要任务"], "no task kind '重要任务' in the graph (kinds: "),
        (["export", "--plan", "sh-sti-13", "-o", "-"], "no plan 'sh-sti-13' in the graph"),
    ],
)
def test_a_plan_or_kind_not_in_the_graph_is_an_error_not_an_empty_list(
    built: Path, args: list[str], message: str
) -> None:
    # A mistyped plan id or block kind printed "(no results)" with exit 0, read as "this plan has no
    # tasks"; `sections` and `show` already said the id was unknown.
    code, out, err = invoke(*args, "--store", str(built))
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1, err
    assert out == ""


def test_a_known_plan_and_kind_without_tasks_is_an_empty_list(built: Path) -> None:
    code, out, _ = invoke("tasks", "--plan", "sh-sti-12", "--kind", "重点方向", "--store", str(built), "-f", "json")
    assert code == 0 and json.loads(out) == []


@pytest.mark.parametrize(
    ("later", "earlier", "message"),
    [
        ("sh-sti-12", "sh-stic-14", "did you mean --plan sh-stic-14 --against sh-sti-12?"),
        ("sh-sti-12", "sh-sti-12", "both name sh-sti-12"),
    ],
)
def test_plans_aligned_the_wrong_way_round_are_refused(built: Path, later: str, earlier: str, message: str) -> None:
    # Swapped, `lineage --plan sh-sti-12 --against sh-stic-14` reported 749 pairs of a 十二五 plan
    # "continuing" a 十四五 one (computed on the fly), exit 0.
    code, out, err = invoke("lineage", "--plan", later, "--against", earlier, "--store", str(built))
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1, err
    code, out, _ = invoke("lineage", "--plan", "sh-stic-14", "--against", "sh-sti-12", "--store", str(built))
    assert code == 0 and "sh-stic-14 continues sh-sti-12" in out


def test_plans_without_a_succession_are_not_said_to_continue(built: Path) -> None:
    # Two plans of one period, neither following the other, were titled "sh-iti-12 continues
    # sh-sti-12 (… pairs, computed)": an alignment asked for is not a succession.
    code, out, _ = invoke("lineage", "--plan", "sh-iti-12", "--against", "sh-sti-12", "--store", str(built))
    assert code == 0 and "continues" not in out.splitlines()[0] + out.splitlines()[1]
    assert "no succession between them in the graph" in out.replace("\n", "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sections"], "Missing argument 'PLAN'."),
        (["sections", "sh-sti-12", "--depth", "0"], "Invalid value for '--depth': 0 is not in the range x>=1."),
        (["tasks", "--bogus"], "No such option '--bogus'."),
        (["stats", "-f", "yaml"], "Invalid value for '--format' / '-f': 'yaml' is not one of 'table', 'json'."),
        (["export", "--field", "集成电路"], "Missing option '--output' / '-o'."),
        (["nosuchcmd"], "No such command 'nosuchcmd'."),
    ],
)
def test_usage_errors_are_one_line_too(args: list[str], message: str) -> None:
    # Click framed them: a usage line, a hint line and a five-line box, unlike every other mistake.
    code, out, err = invoke(*args)
    assert code == 2 and out == ""
    assert err.startswith(f"plankg: error: {message}") and "--help)" in err and len(err.strip().splitlines()) == 1


def test_help_and_no_arguments_still_print_the_help() -> None:
    code, out, _ = invoke("--help", terminal_width="200")
    assert code == 0 and "Commands" in out
    assert "Start with: plankg build" in out  # where a new user begins, before the list of commands
    code, out, _ = invoke("stats", "--help")
    assert code == 0 and "--store" in out


@pytest.mark.parametrize(
    ("command", "help_text"),
    [
        ("build", "Plan files or directories"),
        ("sections", "Plan id"),
        ("lineage", "A section, task or clause id"),
        ("show", "A node id"),
        ("cypher", "A Cypher query"),
    ],
)
def test_help_explains_each_argument(command: str, help_text: str) -> None:
    # Click 8.5 gave click.Argument a `help` of its own, and Typer's argument class handed it
    # None after setting it: every positional argument was listed with no description.
    code, out, _ = invoke(command, "--help", terminal_width="200")
    assert code == 0 and help_text in out


def test_a_guessed_id_taken_by_another_document_is_refused(tmp_path: Path) -> None:
    # A file without a manifest entry takes its id from its name: another document of the same
    # name (the same stem in another folder, a .html beside a .txt) replaced the plan in the graph
    # without a word. Now it is refused, and --id says which plan it is meant to be.
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    shutil.copy(PLANS_DIR / "shanghai-sti-12th-fyp.txt", first / "sti.txt")
    shutil.copy(PLANS_DIR / "shanghai-industrial-tech-innovation-12th-fyp.txt", second / "sti.txt")
    store = str(tmp_path / "graph")
    code, _, err = invoke("build", str(first / "sti.txt"), "--store", store)
    assert code == 0, err
    before = invoke("stats", "--store", store, "--format", "json")[1]
    code, _, err = invoke("build", str(second / "sti.txt"), "--store", store)
    assert code == 1 and "plankg: error:" in err and "already in the graph" in err and "--id" in err, err
    assert len(err.strip().splitlines()) == 1
    assert invoke("stats", "--store", store, "--format", "json")[1] == before
    code, _, err = invoke(
        "build",
        str(second / "sti.txt"),
        str(PLANS_DIR / "shanghai-sti-12th-fyp.txt"),
        "--store",
        store,
        "--keep-going",
    )
    assert code == 1 and "skipped" in err and "already in the graph" in err
    plans = {p["id"]: p["title"] for p in json.loads(invoke("stats", "--store", store, "--format", "json")[1])["plans"]}
    assert plans["sti"] != "上海市产业技术创新“十二五”发展规划" and "sh-sti-12" in plans  # (its manifest entry)
    # The same document again, and another one under an id given on purpose, replace it.
    assert invoke("build", str(first / "sti.txt"), "--store", store)[0] == 0
    code, _, err = invoke("build", str(second / "sti.txt"), "--id", "sti", "--store", store)
    assert code == 0, err
    plans = {p["id"]: p["title"] for p in json.loads(invoke("stats", "--store", store, "--format", "json")[1])["plans"]}
    assert plans["sti"] == "上海市产业技术创新“十二五”发展规划"


def test_two_files_with_one_guessed_id_say_how_to_tell_them_apart(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    shutil.copy(PLANS_DIR / "shanghai-sti-12th-fyp.txt", tmp_path / "a" / "sti.txt")
    shutil.copy(PLANS_DIR / "shanghai-industrial-tech-innovation-12th-fyp.txt", tmp_path / "b" / "sti.txt")
    store = tmp_path / "graph"
    code, _, err = invoke(
        "build", str(tmp_path / "a" / "sti.txt"), str(tmp_path / "b" / "sti.txt"), "--store", str(store)
    )
    # It said only "plan id sti is also used by …/a/sti.txt": true, but not what to do.
    assert code == 1 and "plan id sti is also used by" in err and "plans.yaml" in err and "--id" in err, err
    assert len(err.strip().splitlines()) == 1 and not store.exists()


def test_a_file_given_twice_is_built_once(tmp_path: Path) -> None:
    # `plankg build plans plans/new.txt` (a folder and a file in it, as a shell glob gives) or one
    # file named twice said "plan id … is also used by" the very same file, and built nothing.
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(PLANS_DIR / "shanghai-sti-12th-fyp.txt", folder / "sti.txt")
    store = str(tmp_path / "graph")
    twice = ["build", str(folder), str(folder / "sti.txt"), str(folder / ".." / "plans" / "sti.txt")]
    code, out, err = invoke(*twice, "--store", store, "--format", "json")
    assert code == 0, err
    assert [p["id"] for p in json.loads(out)] == ["sti"]


def test_an_export_onto_the_store_itself_is_refused(tmp_path: Path) -> None:
    # `plankg export --plan p -o .plankg/graph` (the store's own file, e.g. mistaken for the
    # output folder) replaced the database with the JSON: the whole graph was gone.
    store = tmp_path / "graph"
    assert invoke("build", str(PLANS_DIR / "shanghai-sti-report-2012-ch7.txt"), "--store", str(store))[0] == 0
    before = store.read_bytes()
    for output in (str(store), str(tmp_path / "." / "graph"), f"{store}.wal"):
        code, _, err = invoke("export", "--plan", "sh-sti-report-2012-ch7", "-o", output, "--store", str(store))
        assert code == 1 and "the graph's own store" in err and len(err.strip().splitlines()) == 1, err
    assert store.read_bytes() == before and not Path(f"{store}.wal").exists()
    assert invoke("stats", "--store", str(store))[0] == 0


def test_show_json_of_a_plan_keeps_its_text(built: Path) -> None:
    # The JSON (for scripts: "the records the API returns") gave "<40123 characters>" in place of
    # Plan.text, unlike Graph.show; the table never lists the text.
    code, out, _ = invoke("show", "sh-sti-12", "--store", str(built), "--format", "json")
    text = json.loads(out)["properties"]["text"]
    assert code == 0 and "科技" in text and not text.startswith("<")


def test_a_device_is_refused_at_once_and_a_pipe_is_read(tmp_path: Path) -> None:
    # `plankg build /dev/zero` read without end, its memory growing until the machine ran out;
    # a pipe (/dev/stdin, `<(…)`) is a fine way to hand over one text, and stays one.
    code, _, err = invoke("build", "/dev/zero", "--store", str(tmp_path / "graph"))
    assert code == 1 and "a device, not a plan file" in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "graph").exists()
    fifo = tmp_path / "plan-pipe"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["cp", str(PLANS_DIR / "shanghai-sti-report-2012-ch7.txt"), str(fifo)])
    code, out, err = invoke("build", str(fifo), "--store", str(tmp_path / "graph"), "--format", "json")
    writer.wait(timeout=30)
    assert code == 0 and [p["sections"] for p in json.loads(out)] == [24], err


def test_a_parameter_the_engine_cannot_take_is_one_line(built: Path) -> None:
    # -p x='[1,"a"]' (a list of mixed types) ended in a ValueError traceback from the engine.
    code, out, err = invoke("cypher", "RETURN $x AS x", "-p", 'x=[1,"a"]', "--store", str(built))
    assert code == 1 and out == "" and err.startswith("plankg: error:"), err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args",
    [
        ["tasks", "--plan", ""],
        ["tasks", "--kind", " "],
        ["tasks", "--field", ""],
        ["export", "--field", "", "-o", "x.json"],
        ["export", "--task", "", "-o", "x.json"],
    ],
)
def test_an_empty_filter_is_refused_not_read_as_no_filter(built: Path, args: list[str]) -> None:
    # `plankg tasks --plan "$PLAN"` with PLAN unset listed every task of every plan, read as that
    # plan's; `export --field ""` said "give exactly one of --field, …" after one was given.
    code, out, err = invoke(*args, "--store", str(built))
    option = next(a for a in args if a.startswith("--"))
    assert code == 1 and out == "" and f"empty {option}" in err, err
    assert len(err.strip().splitlines()) == 1


def test_build_json_says_which_file_each_plan_came_from(tmp_path: Path) -> None:
    # The JSON rows dropped "source" with the table's column, so a script could not tell which
    # file gave which (guessed) plan id; BuildReport.plans has it.
    plan = PLANS_DIR / "shanghai-sti-report-2012-ch7.txt"
    code, out, err = invoke("build", str(plan), "--store", str(tmp_path / "graph"), "--format", "json")
    assert code == 0, err
    assert [row["source"] for row in json.loads(out)] == [str(plan)]


def test_a_yearly_document_without_an_entry_is_warned_with_its_year(tmp_path: Path) -> None:
    # the no-manifest-entry warning read "period=?" for a 工作要点 of one year: it gives the years guessed
    plan = tmp_path / "kj-2024.txt"
    plan.write_text(
        "2024年全市科技创新工作要点\n\n为深入贯彻落实市委市政府部署，现提出2024年工作要点如下。\n\n"
        "一、加强基础研究\n\n支持高校和科研院所开展基础研究，建设一批重点实验室。\n",
        encoding="utf-8",
    )
    code, _, err = invoke("build", str(plan), "--store", str(tmp_path / "g"))
    assert code == 0, err
    assert "period=?" not in err and "years=2024" in err


def test_plans_lists_the_ids_a_build_without_manifest_guessed(built: Path) -> None:
    # `plankg plans` gave "No such command 'plans'" (exit 2): the ids a folder build guessed could
    # only be read from the counts of `plankg stats`, though the API has graph.plans().
    code, out, err = invoke("plans", "--store", str(built), "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert {r["id"] for r in rows} == DATA_PLAN_IDS
    sti = next(r for r in rows if r["id"] == "sh-sti-12")
    assert sti["title"] == "上海科技创新“十二五”规划" and sti["source"] == "shanghai-sti-12th-fyp.txt"
    code, out, _ = invoke("plans", "--store", str(built))
    assert code == 0 and "sh-stic-14-interp" in out


def test_python_dash_m_plankg_runs_the_cli(built: Path) -> None:
    # `python -m plankg` said "'plankg' is a package and cannot be directly executed".
    result = subprocess.run(
        [sys.executable, "-m", "plankg", "plans", "--store", str(built), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5


def test_a_store_path_under_a_file_names_the_file_in_the_way(tmp_path: Path) -> None:
    # --store notes.txt/graph said "cannot open the embedded store at …: [Errno 17] File exists: …"
    notes = tmp_path / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    code, _, err = invoke("build", str(PLANS_DIR / "shanghai-sti-report-2012-ch7.txt"), "--store", str(notes / "graph"))
    assert code == 1 and f"{notes} is a file, not a folder" in err and "Errno" not in err, err
    assert len(err.strip().splitlines()) == 1 and notes.read_text(encoding="utf-8") == "mine"


def test_plans_without_a_period_aligned_the_wrong_way_round_say_their_years_only(tmp_path: Path) -> None:
    # Yearly work reports have no period: the refusal read "nat-gwr-2009 (?, from 2009) is earlier than …".
    plans = Path(__file__).parent / "realworld" / "lineage49" / "plans"
    store = str(tmp_path / "g")
    code, _, err = invoke("build", str(plans), "--store", store)
    assert code == 0, err
    code, _, err = invoke("lineage", "--plan", "nat-gwr-2009", "--against", "nat-gwr-2010", "--store", store)
    assert code == 1 and "nat-gwr-2009 (from 2009) is earlier than nat-gwr-2010 (from 2010)" in err, err


def test_store_and_neo4j_both_typed_are_refused(tmp_path: Path) -> None:
    # `build … --store g --neo4j URI` went to Neo4j and said nothing of g; from $PLANKG_STORE it is a default.
    plan = str(PLANS_DIR / "shanghai-sti-report-2012-ch7.txt")
    code, _, err = invoke("build", plan, "--store", str(tmp_path / "g"), "--neo4j", "bolt://127.0.0.1:1")
    assert code == 1 and "not both" in err and not (tmp_path / "g").exists(), err
    code, _, err = invoke("stats", "--store", str(tmp_path / "g"), "--neo4j", "bolt://127.0.0.1:1")
    assert code == 1 and "not both" in err
    result = runner.invoke(app, ["stats", "--neo4j", "bolt://127.0.0.1:1"], env={"PLANKG_STORE": str(tmp_path / "g")})
    assert result.exit_code == 1 and "not both" not in result.stderr and "Neo4j" in result.stderr, result.stderr


def test_an_empty_list_of_an_alignment_keeps_its_heading(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # ALIGNED_LISTS_SAY_WHEN_EMPTY: `lineage --plan gd-gwr-2025 --against gd-gwr-2024` (round 50's
    # 广东 reports) ended on a bare "(no results)": nothing said which list was empty.
    from plankg.api import Graph

    def aligned(self: Graph, later: str, earlier: str) -> dict[str, object]:
        return {"later": later, "earlier": earlier, "source": "computed", "continues": [], "new": [], "dropped": []}

    monkeypatch.setattr(Graph, "align", aligned)
    code, _, err = invoke("lineage", "--plan", "sh-stic-14", "--against", "sh-sti-12", "--store", str(built))
    assert code == 0 and "(no results)" not in err, err
    assert "sh-stic-14 against sh-sti-12: no pairs" in err
    assert "new in sh-stic-14: none" in err and "dropped from sh-sti-12: none" in err


@pytest.mark.parametrize(("later", "earlier"), [("nope", "sh-sti-12"), ("sh-stic-14", "nope")])
def test_an_unknown_plan_to_align_lists_the_plans(built: Path, later: str, earlier: str) -> None:
    # UNKNOWN_PLAN_NAMES_THE_PLANS: it said "(see `plankg stats`)", unlike every other command.
    code, _, err = invoke("lineage", "--plan", later, "--against", earlier, "--store", str(built))
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "no plan 'nope' in the graph (plans: " in err and "sh-sti-12" in err.split("plans:")[1]


def test_a_table_too_wide_for_the_terminal_is_printed_as_records(monkeypatch: pytest.MonkeyPatch) -> None:
    # In an 80-column terminal rich squeezed the columns beside a 44-character id to one character:
    # a 28-file build's summary printed "sections" and each count one character a line
    import io

    from rich.console import Console

    from plankg import cli

    screen = io.StringIO()
    monkeypatch.setattr(cli, "out", Console(file=screen, width=80, soft_wrap=True))
    row = {
        "id": "shanghai-sti-center-14th-fyp-interpretation",
        "kind": "interpretation",
        "sections": 55,
        "tasks": 0,
        "platforms": 4,
        "fields": 0,
        "indicators": 8,
        "warnings": 1,
        "title": "《上海市建设具有全球影响力的科技创新中心“十四五”规划》解读",
    }
    cli._emit([row], cli.Format.table, title="built 1 plan(s)")
    lines = [line.rstrip() for line in screen.getvalue().splitlines()]
    assert "┃" not in screen.getvalue() and "id         shanghai-sti-center-14th-fyp-interpretation" in lines
    assert "sections   55" in lines and "indicators 8" in lines
    # a table that fits stays a table
    screen.truncate(0)
    cli._emit([{"id": "sh-sti-12/s3.1.1/t1.1", "kind": "重大任务", "title": "重大新药创制"}], cli.Format.table)
    assert "│ sh-sti-12/s3.1.1/t1.1 │ 重大任务 │" in screen.getvalue()


def test_a_build_prints_a_few_warnings_of_a_kind_per_plan_and_counts_the_rest() -> None:
    # bj-eco-restoration-2035 gave 49 lines of toc-heading-missing, burying the other plans' warnings
    from plankg.cli import WARNINGS_SHOWN, shown_warnings

    entries = ["第一节指导思想", "第二节规划原则", "第三节规划依据", "第四节规划范围与期限", "第一章规划愿景与修复目标"]
    warnings = [
        {"plan_id": "bj-eco-restoration-2035", "code": "toc-heading-missing", "message": f"TOC entry {e} not found"}
        for e in entries
    ]
    warnings.append({"plan_id": "gd-gwr-2023", "code": "no-manifest-entry", "message": "no manifest entry"})
    shown = shown_warnings(warnings)
    assert shown[:WARNINGS_SHOWN] == warnings[:WARNINGS_SHOWN] and shown[-1] == warnings[-1]
    assert shown[WARNINGS_SHOWN]["message"].startswith(f"… and {len(entries) - WARNINGS_SHOWN} more like it")
    assert len(shown) == WARNINGS_SHOWN + 2
    code, out, _ = invoke("build", "--help", terminal_width="200")
    assert code == 0 and "--all-warnings" in out


def test_half_a_plan_pair_names_the_other_half_from_the_graph(built: Path) -> None:
    # `lineage --plan gd-gwr-2025` alone said "give both --plan LATER and --against EARLIER", not what it follows
    code, _, err = invoke("lineage", "--plan", "sh-stic-14", "--store", str(built))
    assert code == 1 and "give both --plan LATER and --against EARLIER (sh-stic-14 follows " in err, err
    assert "--against sh-" in err and len(err.strip().splitlines()) == 1
    code, _, err = invoke("lineage", "--plan", "sh-stic-14", "--store", str(built.parent / "none"))
    assert code == 1 and err.strip() == "plankg: error: give both --plan LATER and --against EARLIER", err


def test_plans_list_who_issued_each_plan(tmp_path: Path) -> None:
    # PLAN_ISSUER_LISTED: round 53's 东莞 notice (东公积金委〔2020〕2号) had its issuer, 文号 and date on the Plan
    # node, but `plankg plans` (and graph.plans()) listed none of them: only `plankg show` of each plan did.
    notice = tmp_path / "notice.txt"
    notice.write_text(
        "东莞市住房公积金管理委员会文件\n\n东公积金委〔2020〕2号\n\n关于调整部分住房公积金贷款和提取规定的通知\n\n"
        "各镇人民政府（街道办事处），市府直属各单位：\n\n"
        "为促进我市住房公积金制度健康发展，现对部分住房公积金贷款和提取规定作出以下调整：\n\n"
        "一、调整最高贷款额度。单方缴存职工最高贷款额度调整为40万元。\n\n"
        "二、停止受理物业管理费提取。自本通知施行之日起停止受理。\n\n东莞市住房公积金管理委员会\n\n2020年9月22日\n",
        encoding="utf-8",
    )
    store = str(tmp_path / "g")
    assert invoke("build", str(notice), "--store", store)[0] == 0
    code, out, err = invoke("plans", "--store", store, "--format", "json")
    assert code == 0, err
    [plan] = json.loads(out)
    assert (plan["issuer"], plan["doc_number"], plan["issued"]) == (
        "东莞市住房公积金管理委员会",
        "东公积金委〔2020〕2号",
        "2020-09-22",
    )
    code, out, err = invoke("plans", "--store", store, terminal_width="250")
    assert code == 0 and "issuer" in out and "东莞市住房公积金管理委员会" in out, out + err
