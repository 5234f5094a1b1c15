"""The streaming build: plans analysed in worker processes and spooled to disk give the same rows
as the in-memory loader; one bad file still stops the build before anything is written; a
rebuilt plan removes the shared nodes only it referred to (the clean-up is scoped to it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import plankg
from plankg.errors import InputError
from plankg.graph import GraphStore
from plankg.graph.model import PlanRows
from plankg.lineage.link import units_of_plans, units_of_rows
from plankg.pipeline import Loaded, discover, spool_plans, worker_count, write_all
from tests.conftest import PLANS_DIR, folder_with_a_bad_file


def test_worker_processes_spool_the_rows_the_in_memory_loader_projects(
    tmp_path: Path, loaded_plans: dict[str, Loaded]
) -> None:
    sources = discover([PLANS_DIR])
    spooled = spool_plans(sources, tmp_path, workers=2)
    assert [s.plan_id for s in spooled] == [item.plan_id for item in loaded_plans.values()]
    # SOURCE_SHARED: each plan keeps the source it was given, not the worker's unpickled copy, so the
    # manifest's ids (known_ids) are held once for the folder, not once per plan.
    assert all(item.source is source for item, source in zip(spooled, sources, strict=True))
    for item in spooled:
        expected = loaded_plans[item.plan_id]
        assert item.rows == expected.rows, item.plan_id  # indicators repaired across plans too
        assert item.summary == expected.summary
        assert item.issues == expected.issues


def test_the_units_lineage_takes_from_the_rows_are_those_it_read_back_from_the_store(
    built: GraphStore, loaded_plans: dict[str, Loaded]
) -> None:
    # A build hands lineage the units of the plans it wrote (units_of_rows), without reading them
    # back: they must be the very units the store gives, field sets, parents and order included.
    stored = units_of_plans(built, list(loaded_plans))
    for plan_id, item in loaded_plans.items():
        assert units_of_rows(item.rows) == stored[plan_id], plan_id
    assert sum(len(units) for units in stored.values()) > 100


def test_the_repair_from_an_interpretation_reaches_the_spooled_rows(tmp_path: Path) -> None:
    spooled = {s.plan_id: s for s in spool_plans(discover([PLANS_DIR]), tmp_path, workers=1)}
    repaired = spooled["sh-stic-14"].repaired
    assert repaired is not None and repaired != spooled["sh-stic-14"].indicators
    assert spooled["sh-stic-14"].rows.nodes["Indicator"] == [i.model_dump() for i in repaired]


def test_with_workers_one_bad_file_still_stops_the_build_before_writing(tmp_path: Path) -> None:
    folder = folder_with_a_bad_file(tmp_path)
    with pytest.raises(InputError, match=r"broken\.txt"):
        plankg.build([folder], store=tmp_path / "g", workers=2)
    assert not (tmp_path / "g").exists()
    report = plankg.build([folder], store=tmp_path / "h", workers=2, keep_going=True)
    assert sorted(Path(p["source"]).name for p in report.plans) == [
        "shanghai-industrial-tech-innovation-12th-fyp.txt",
        "shanghai-sti-12th-fyp.txt",
    ]
    assert [Path(s.path).name for s in report.skipped] == ["broken.txt"]


def test_the_spool_folder_goes_with_the_build(tmp_path: Path) -> None:
    spooled = spool_plans(discover([PLANS_DIR / "shanghai-sti-report-2012-ch7.txt"]), workers=1)
    folder = spooled.folder  # type: ignore[attr-defined]
    assert folder.is_dir() and any(folder.iterdir())
    del spooled
    assert not folder.exists()


def test_worker_count_follows_the_input_size_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = discover([PLANS_DIR])  # about 0.36 MB: not worth a worker's start
    monkeypatch.delenv("PLANKG_WORKERS", raising=False)
    assert worker_count(sources) == 1
    assert worker_count(sources, 2) == 2
    assert worker_count(sources[:1], 2) == 1
    monkeypatch.setenv("PLANKG_WORKERS", "2")
    assert worker_count(sources) == 2


def _platforms(store: GraphStore) -> set[str]:
    return {r["id"] for r in store.run("MATCH (p:Platform) RETURN p.id AS id")}


def test_a_rebuilt_plan_removes_the_shared_nodes_only_it_referred_to(
    store: GraphStore, loaded_plans: dict[str, Loaded]
) -> None:
    write_all(store, list(loaded_plans.values()))
    rows = loaded_plans["sh-stic-14"].rows
    others = {
        p["id"] for item in loaded_plans.values() if item.plan_id != "sh-stic-14" for p in item.rows.nodes["Platform"]
    }
    own = {p["id"] for p in rows.nodes["Platform"]}
    only_here, shared = own - others, own & others
    assert only_here and shared
    without = PlanRows(
        rows.plan_id,
        rows.plan,
        {**rows.nodes, "Platform": []},
        [g for g in rows.relationships if "Platform" not in (g.source_label, g.target_label)],
    )
    store.write_plan(without)
    left = _platforms(store)
    assert not (only_here & left)  # released by the rebuilt plan, referred to by no other
    assert shared <= left  # still referred to by another plan
    store.write_plan(rows)
    assert own <= _platforms(store)


def test_a_worker_ends_silently_on_ctrl_c(capfd: pytest.CaptureFixture[str]) -> None:
    # A terminal's Ctrl-C reaches every process of the group: each analysing worker printed its own
    # KeyboardInterrupt traceback ("Exception in initializer: … jieba … KeyboardInterrupt") under
    # the build's one-line message. Now a worker ends at once and says nothing; the build speaks.
    import multiprocessing
    import signal
    import time
    from concurrent.futures import ProcessPoolExecutor

    from plankg.pipeline import _init_worker

    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(1, mp_context=context, initializer=_init_worker)
    try:
        pid = pool.submit(os.getpid).result(timeout=60)
        os.kill(pid, signal.SIGINT)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and os.path.exists(f"/proc/{pid}") and _alive(pid):
            time.sleep(0.05)
        assert not _alive(pid)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    assert "KeyboardInterrupt" not in capfd.readouterr().err


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def _continues(store: GraphStore) -> list[tuple[object, ...]]:
    rows = store.run(
        "MATCH (a)-[c:CONTINUES]->(b) RETURN a.id AS a, b.id AS b, c.score AS s, c.shared_terms AS t, c.method AS m"
    )
    return sorted((r["a"], r["b"], r["s"], tuple(r["t"] or ()), r["m"]) for r in rows)


def test_successions_aligned_while_the_plans_are_written_give_the_links_aligned_after(
    tmp_path: Path, loaded_plans: dict[str, Loaded], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The manifest's successions between plans of the build are aligned in the lineage workers
    # while the writer writes (link.align_while_writing); the rest after writing, in the same pool.
    # data/plans has two such successions: the pool forks for them here.
    import plankg.lineage.link as link
    import plankg.lineage.parallel as parallel
    import plankg.pipeline as pipeline
    from plankg.graph.ladybug_store import LadybugStore

    plans = list(loaded_plans.values())
    monkeypatch.setenv("PLANKG_WORKERS", "2")
    monkeypatch.setattr(parallel, "PARALLEL_MIN_PAIRS", 1)
    early: list[set[tuple[str, str]]] = []

    def spied(*args: object, **kwargs: object) -> object:
        started = link.align_while_writing(*args, **kwargs)  # type: ignore[arg-type]
        assert started is not None and started[0].pool.forked
        early.append(started[0].pairs)
        return started

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "align_while_writing", spied)
        store = LadybugStore(tmp_path / "early")
        while_writing = write_all(store, plans)
        overlapped = _continues(store)
        store.close()
    assert early == [{("sh-stic-14", "sh-sti-12"), ("sh-stic-14", "sh-iti-12")}]
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "align_while_writing", lambda *args, **kwargs: None)
        store = LadybugStore(tmp_path / "after")
        after_writing = write_all(store, plans)
        aligned_after = _continues(store)
        store.close()
    assert overlapped == aligned_after and len(overlapped) > 100
    assert while_writing.continues == after_writing.continues == len(overlapped)
    assert sorted(while_writing.relinked) == sorted(after_writing.relinked)
