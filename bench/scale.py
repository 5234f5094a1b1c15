"""Scale benchmarks: build time and memory against N plans, rebuilding one plan, CLI start-up,
named-query latency and Neo4j batched against naive loading; merged into bench/results.json.

    python -m bench.scale [--sizes 10,50,100] [--rebuild-at 100] [--no-neo4j]

Every measured command runs in its own process; CPU times are user+sys of that process and all
its children (the build's workers), from getrusage. The machine may be shared: compare the
ratios, which are measured in the same run, and prefer the CPU figures (see bench/README.md).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import datetime as dt
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results.json"
PYTHON = sys.executable
PLANKG = str(Path(sys.executable).with_name("plankg"))
# The plan rebuilt inside a store: a 十二五 plan of the second cohort (the first in a store of
# fewer than ten plans), which a later plan follows.
REBUILD_FILE = "shanghai-sti-12th-fyp.txt"
LOOKUP = ["tasks", "--field", "集成电路", "--format", "json"]
BASE_IMPORT = "import ladybug, typer, rich, pydantic"
SAMPLE_S = 0.2  # how often the memory of a build's process tree is sampled
# A command's wall time ends at the first poll after it exits: sampled every SAMPLE_S from the start, a CLI lookup of
# 0.21 s measured 0.41 s (and base imports of 0.19 s 0.20 s), a ratio of 2.0 for a real 1.1 (session 30). The first
# QUICK_S seconds are polled every QUICK_SAMPLE_S.
QUICK_S = 2.0
QUICK_SAMPLE_S = 0.005
# Rounds of the Neo4j comparison (each loader once per round), after NEO4J_WARM_UP untimed rounds.
# One untimed load each was not enough: the first timed round of every loader was still 1.5-4x
# its later ones (batched 10,000 rows 1.23, 0.78, 0.31 s: a median of 0.78 s and a ratio of 7.3x
# where the steady state gives ~20x), so the median of 3 depended on the server's JIT warming up.
NEO4J_REPEATS = 5
NEO4J_WARM_UP = 2


# --- running and measuring one command ---------------------------------------------------------


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return found
    for child in text.split():
        found.append(int(child))
        found += _children(int(child))
    return found


def _memory_kb(pid: int) -> tuple[int, int]:
    """RSS and PSS of one process (PSS shares pages that fork made common between processes)."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def run(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a command; wall and CPU seconds, and the peak memory of its whole process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Output goes to files, not pipes: a pipe nobody reads while we sample would fill and stop
    # the command.
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=stderr, env={**os.environ, **(env or {})}, cwd=ROOT)
        peak_rss = peak_pss = 0
        while proc.poll() is None:
            pids = [proc.pid, *_children(proc.pid)]
            sizes = [_memory_kb(p) for p in pids]
            peak_rss = max(peak_rss, sum(s[0] for s in sizes))
            peak_pss = max(peak_pss, sum(s[1] for s in sizes))
            time.sleep(QUICK_SAMPLE_S if time.perf_counter() - start < QUICK_S else SAMPLE_S)
        wall = time.perf_counter() - start
        stdout.seek(0)
        stderr.seek(0)
        out, err = stdout.read(), stderr.read()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_rss_mb": peak_rss / 1024,
        "peak_pss_mb": peak_pss / 1024,
        "stdout": out.decode(),
    }


def median_run(cmd: list[str], times: int, env: dict[str, str] | None = None) -> dict[str, float]:
    runs = [run(cmd, env) for _ in range(times)]
    return {key: statistics.median(r[key] for r in runs) for key in ("wall_s", "cpu_s")}


# --- what runs inside the measured processes ----------------------------------------------------


def child_build(paths: list[str], store: str) -> None:
    """A build with the time of each stage (reading, writing, lineage) printed as JSON."""
    import plankg

    marks: dict[str, tuple[float, float, float]] = {}
    start, start_cpu = time.perf_counter(), time.process_time()

    def children_cpu() -> float:
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        return used.ru_utime + used.ru_stime

    def progress(stage: str, done: int, total: int) -> None:
        marks[f"{stage}_done"] = (time.perf_counter() - start, time.process_time() - start_cpu, children_cpu())

    report = plankg.build(paths, store=store, progress=progress)
    end = (time.perf_counter() - start, time.process_time() - start_cpu, children_cpu())
    reading = marks.get("reading_done", (0.0, 0.0, 0.0))
    writing = marks.get("writing_done", reading)
    stages = {"read_s": reading[0], "write_s": writing[0] - reading[0], "lineage_s": end[0] - writing[0]}
    # CPU of this (the writer's) process per stage, and of the worker processes: the reading pool's
    # workers are reaped (and counted) once all plans are read, by the end of writing, which forks
    # none; the lineage stage's pool after that. (Until session 12 read_workers_cpu_s was all the
    # children's CPU, lineage workers included.)
    stages_cpu = {
        "read_main_cpu_s": reading[1],
        "read_workers_cpu_s": writing[2],
        "write_cpu_s": writing[1] - reading[1],
        "lineage_cpu_s": end[1] - writing[1],
        "lineage_workers_cpu_s": end[2] - writing[2],
    }
    print(
        json.dumps(
            {"stages_s": stages, "stages_cpu_s": stages_cpu, "plans": len(report.plans), "continues": report.continues}
        )
    )


def child_jieba(folder: str) -> None:
    """jieba's default cut over every plan text, on one core: the floor a build is held to."""
    start = time.process_time()
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    init = time.process_time() - start
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    cpu, wall = time.process_time(), time.perf_counter()
    words = sum(len(jieba.lcut(text)) for text in texts)
    print(
        json.dumps(
            {
                "init_cpu_s": init,
                "cut_cpu_s": time.process_time() - cpu,
                "cut_wall_s": time.perf_counter() - wall,
                "chars": sum(len(t) for t in texts),
                "words": words,
            }
        )
    )


# --- the measurements ---------------------------------------------------------------------------


def corpus(n: int, base: Path) -> Path:
    from bench.corpus import generate

    folder = base / f"corpus-{n}"
    if not (folder / "plans.yaml").exists():
        generate(n, folder)
    return folder


def measure_size(n: int, base: Path) -> tuple[dict[str, Any], Path]:
    folder = corpus(n, base)
    floor = json.loads(run([PYTHON, "-m", "bench.scale", "_jieba", str(folder)])["stdout"])
    store = base / f"store-{n}"
    _remove_store(store)
    built = run([PYTHON, "-m", "bench.scale", "_build", str(store), str(folder)])
    detail = json.loads(built["stdout"])
    jieba_cpu = floor["cut_cpu_s"]
    result = {
        "chars": floor["chars"],
        "build_embedded_s": built["wall_s"],
        "build_embedded_cpu_s": built["cpu_s"],
        "peak_rss_mb": built["peak_rss_mb"],
        "peak_pss_mb": built["peak_pss_mb"],
        "jieba_floor_s": jieba_cpu,
        "jieba_floor_wall_s": floor["cut_wall_s"],
        "build_over_jieba_floor": built["wall_s"] / jieba_cpu,
        "build_cpu_over_jieba_floor": built["cpu_s"] / jieba_cpu,
        "build_stages_s": detail["stages_s"],
        "build_stages_cpu_s": detail.get("stages_cpu_s", {}),
        "continues": detail["continues"],
    }
    print(
        f"N={n:5d}  {floor['chars']:>10,d} chars  build {built['wall_s']:7.1f} s wall {built['cpu_s']:7.1f} s CPU  "
        f"peak {built['peak_rss_mb']:6.0f} MB RSS {built['peak_pss_mb']:6.0f} MB PSS  jieba {jieba_cpu:6.1f} s CPU  "
        f"wall/jieba {result['build_over_jieba_floor']:.2f}  CPU/jieba {result['build_cpu_over_jieba_floor']:.2f}  "
        f"stages {', '.join(f'{k} {v:.1f}' for k, v in detail['stages_s'].items())}; "
        f"{', '.join(f'{k} {v:.1f}' for k, v in detail.get('stages_cpu_s', {}).items())}",
        flush=True,
    )
    return result, store


def measure_rebuild(n: int, base: Path, store: Path) -> dict[str, Any]:
    folder = corpus(n, base)
    target = folder / f"g001-{REBUILD_FILE}"
    if not target.exists():
        target = folder / f"g000-{REBUILD_FILE}"
    in_store = run([PYTHON, "-m", "bench.scale", "_build", str(store), str(target)])
    alone_store = base / "store-alone"
    _remove_store(alone_store)
    alone = run([PYTHON, "-m", "bench.scale", "_build", str(alone_store), str(target)])
    _remove_store(alone_store)
    result = {
        "rebuild_store_plans": n,
        "rebuild_one_in_store_s": in_store["wall_s"],
        "rebuild_one_in_store_cpu_s": in_store["cpu_s"],
        "rebuild_one_in_store_stages_s": json.loads(in_store["stdout"])["stages_s"],
        "rebuild_one_in_store_stages_cpu_s": json.loads(in_store["stdout"])["stages_cpu_s"],
        "build_one_alone_stages_cpu_s": json.loads(alone["stdout"])["stages_cpu_s"],
        "build_one_alone_s": alone["wall_s"],
        "build_one_alone_cpu_s": alone["cpu_s"],
        "rebuild_over_alone": in_store["wall_s"] / alone["wall_s"],
        "rebuild_cpu_over_alone": in_store["cpu_s"] / alone["cpu_s"],
    }
    print(
        f"rebuild one plan in a store of {n}: {in_store['wall_s']:.1f} s wall {in_store['cpu_s']:.1f} s CPU; "
        f"alone {alone['wall_s']:.1f} s wall {alone['cpu_s']:.1f} s CPU; "
        f"ratio {result['rebuild_over_alone']:.2f} wall, {result['rebuild_cpu_over_alone']:.2f} CPU",
        flush=True,
    )
    return result


def measure_cli(store: Path, times: int = 5) -> dict[str, Any]:
    # Bytecode for plankg's own modules first, as pip writes it when it installs a package (and
    # as the base imports have it): an editable install has none, and with
    # PYTHONDONTWRITEBYTECODE set (these machines) every lookup compiled the 12 modules of its
    # path from source, 17 ms of its CPU that no installed plankg pays.
    import compileall

    compileall.compile_dir(ROOT / "plankg", quiet=1)
    lookup = median_run([PLANKG, *LOOKUP, "--store", str(store)], times)
    base = median_run([PYTHON, "-c", BASE_IMPORT], times)
    result = {
        "cli_lookup_command": "plankg " + " ".join(LOOKUP),
        "cli_lookup_s": lookup["wall_s"],
        "cli_lookup_cpu_s": lookup["cpu_s"],
        "cli_base_import_command": f'python -c "{BASE_IMPORT}"',
        "cli_base_import_s": base["wall_s"],
        "cli_base_import_cpu_s": base["cpu_s"],
        "cli_lookup_over_base_import": lookup["wall_s"] / base["wall_s"],
        "cli_lookup_cpu_over_base_import": lookup["cpu_s"] / base["cpu_s"],
    }
    print(
        f"CLI lookup {lookup['wall_s']:.2f} s wall {lookup['cpu_s']:.2f} s CPU; base imports {base['wall_s']:.2f} s "
        f"wall {base['cpu_s']:.2f} s CPU; ratio {result['cli_lookup_over_base_import']:.2f} wall, "
        f"{result['cli_lookup_cpu_over_base_import']:.2f} CPU (median of {times})",
        flush=True,
    )
    return result


EXAMPLE = re.compile(r"Example: \w+\((.*)\)\s*$")


def example_params(doc: str, plan_prefix: str) -> dict[str, Any]:
    """The parameters of a query's docstring example, its plan ids moved into the corpus."""
    match = EXAMPLE.search(doc)
    if not match or not match.group(1).strip():
        return {}
    call = ast.parse(f"f({match.group(1)})", mode="eval").body
    assert isinstance(call, ast.Call)
    params = {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords if kw.arg}
    return {k: plan_prefix + v if isinstance(v, str) and v.startswith("sh-") else v for k, v in params.items()}


def measure_queries(store: Path, repeat: int = 30) -> dict[str, float]:
    from plankg.graph.ladybug_store import LadybugStore
    from plankg.queries import registry

    graph = LadybugStore(store, read_only=True)
    p95: dict[str, float] = {}
    try:
        for query in registry.QUERIES.values():
            params = example_params(query.doc, "g001-")
            for _ in range(3):
                query.run(graph, **params)
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                query.run(graph, **params)
                times.append((time.perf_counter() - start) * 1000)
            p95[query.name] = statistics.quantiles(times, n=20)[18]
    finally:
        graph.close()
    print("query p95 ms: " + ", ".join(f"{k} {v:.1f}" for k, v in p95.items()), flush=True)
    return p95


def measure_rust_ext(n: int, base: Path, folder: Path) -> dict[str, Any]:
    """Batched loading with the pure-Python driver and with its Rust extension, one after the other."""
    timings = {}
    for name, env in (("python", {}), ("rust", {"PYTHONPATH": str(folder.resolve())})):
        out = run([PYTHON, "-m", "bench.scale", "_neo4j", str(n), str(base)], env)["stdout"]
        result = json.loads(out.strip().splitlines()[-1])
        timings[name] = result["neo4j_batched_10000_s"]  # the size _neo4j measures
        if result["neo4j_rust_ext"] != (name == "rust"):
            raise SystemExit(f"bench: the {name} run did not load the driver it should ({folder})")
    speedup = timings["python"] / timings["rust"]
    print(
        f"neo4j batched {timings['python']:.1f} s pure Python, {timings['rust']:.1f} s with neo4j-rust-ext "
        f"({speedup:.2f}x)",
        flush=True,
    )
    return {
        "neo4j_batched_python_driver_s": timings["python"],
        "neo4j_batched_rust_ext_s": timings["rust"],
        "neo4j_rust_ext_speedup": speedup,
    }


def measure_neo4j(
    n: int,
    base: Path,
    batch_sizes: tuple[int, ...] = (10000, 1000),
    naive: bool = True,
    repeats: int = NEO4J_REPEATS,
) -> dict[str, Any] | None:
    """Batched (the store's write_plans, in the build's batches of plans) against naive (one
    statement per item) on the same rows of N generated plans, on the server of NEO4J_URI,
    emptied before every load; also the store's write_plan, one plan per transaction.

    Fair to both: each loader first loads NEO4J_WARM_UP times untimed (the server compiles and
    caches its statements, JIT-compiles and warms its page cache, which would otherwise be charged
    to whichever loader runs first), then the loaders take turns for ``repeats`` rounds, in
    alternating order, and each figure is the median of its rounds. Naive used to run once, last,
    after four batched loads: on a server warmed by them it took 6.4-15.2 s for the same rows in
    different runs."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        print("neo4j: skipped (no NEO4J_URI; `make neo4j-up` and source .cache/neo4j/env)", flush=True)
        return None
    import importlib.util

    from bench.neo4j_load import _clear, naive_write
    from plankg.errors import StoreError
    from plankg.graph.neo4j_store import Neo4jStore
    from plankg.pipeline import WRITE_BATCH_PLANS, discover, load_plans

    try:
        store = Neo4jStore(uri, os.environ.get("NEO4J_USERNAME"), os.environ.get("NEO4J_PASSWORD"))
    except StoreError as error:
        print(f"neo4j: skipped ({error})", flush=True)
        return None
    rows = [item.rows for item in load_plans(discover([corpus(n, base)]))]
    items = sum(r.node_count() + r.relationship_count() for r in rows)
    result: dict[str, Any] = {
        "neo4j_plans": n,
        "neo4j_items": items,
        "neo4j_rust_ext": importlib.util.find_spec("neo4j._rust") is not None,
        "neo4j_repeats": repeats,
        "neo4j_warm_up_rounds": NEO4J_WARM_UP,
    }
    chunks = [rows[i : i + WRITE_BATCH_PLANS] for i in range(0, len(rows), WRITE_BATCH_PLANS)]

    def batched(size: int) -> Any:
        def load() -> float:
            store.batch_size = size
            return _timed_load(store, chunks, lambda s, b: s.write_plans(b), _clear)

        return load

    def per_plan() -> float:
        store.batch_size = batch_sizes[0]
        return _timed_load(store, rows, lambda s, r: s.write_plan(r), _clear)

    loaders: dict[str, Any] = {f"neo4j_batched_{size}_s": batched(size) for size in batch_sizes}
    loaders["neo4j_batched_per_plan_s"] = per_plan
    if naive:
        loaders["neo4j_naive_s"] = lambda: _timed_load(store, rows, naive_write, _clear)
    runs: dict[str, list[float]] = {key: [] for key in loaders}
    counts = set()
    try:
        for _ in range(NEO4J_WARM_UP):
            for load in loaders.values():
                load()  # untimed warm-up rounds, each loader once per round
        for round_ in range(repeats):
            # alternate the order, so that no loader always follows the same one
            order = list(loaders) if round_ % 2 == 0 else list(reversed(loaders))
            for key in order:
                runs[key].append(loaders[key]())
                counts.add(_counts(store))
        _clear(store)
    finally:
        store.close()
    for key, seconds in runs.items():
        result[key] = statistics.median(seconds)
        result[key.removesuffix("_s") + "_runs_s"] = seconds
    result["neo4j_same_graph"] = len(counts) == 1
    if not naive:
        return result
    naive_s = result["neo4j_naive_s"]
    best = min(result[f"neo4j_batched_{size}_s"] for size in batch_sizes)
    result["neo4j_batched_over_naive"] = naive_s / result[f"neo4j_batched_{batch_sizes[0]}_s"]
    result["neo4j_best_batched_over_naive"] = naive_s / best
    print(
        f"neo4j {n} plans ({items:,d} items), medians of {repeats} rounds after {NEO4J_WARM_UP} untimed rounds: "
        + ", ".join(f"batched {s} rows {result[f'neo4j_batched_{s}_s']:.2f} s" for s in batch_sizes)
        + f", naive {naive_s:.1f} s (runs {', '.join(f'{x:.1f}' for x in runs['neo4j_naive_s'])}); "
        f"batched over naive {result['neo4j_batched_over_naive']:.1f}x "
        f"(best {result['neo4j_best_batched_over_naive']:.1f}x); rust ext {result['neo4j_rust_ext']}; "
        f"same graph {result['neo4j_same_graph']}",
        flush=True,
    )
    return result


def _timed_load(store: Any, rows: list[Any], writer: Any, clear: Any) -> float:
    clear(store)
    store.ensure_schema()
    start = time.perf_counter()
    for plan in rows:
        writer(store, plan)
    return time.perf_counter() - start


def _counts(store: Any) -> tuple[int, int, str]:
    """Node and relationship counts and a digest of every node and relationship with its properties
    (counts alone passed a naive loader that wrote the plans' titles but not their texts)."""
    import hashlib

    nodes = store.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels = store.run(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props"
    )
    lines = sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in (*nodes, *rels))
    return len(nodes), len(rels), hashlib.sha256("\n".join(lines).encode()).hexdigest()


# --- results ------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    model, memory = "", 0
    with contextlib.suppress(OSError, StopIteration):
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    with contextlib.suppress(OSError):
        memory = int(Path("/proc/meminfo").read_text().split()[1]) // 1024
    return {
        "cpus": len(os.sched_getaffinity(0)),
        "cpu_model": model,
        "memory_mb": memory,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_at_start": list(os.getloadavg()),
    }


PER_SIZE = (
    "chars",
    "build_embedded_s",
    "build_embedded_cpu_s",
    "peak_rss_mb",
    "peak_pss_mb",
    "jieba_floor_s",
    "jieba_floor_wall_s",
    "build_over_jieba_floor",
    "build_cpu_over_jieba_floor",
    "build_stages_s",
    "build_stages_cpu_s",
    "continues",
)


def merge(update: dict[str, Any]) -> dict[str, Any]:
    """Merge into bench/results.json: keys per N are merged by N, other keys replaced, keys this
    script does not write (lineage_s, from another script) kept."""
    data = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    for key, value in update.items():
        if key in PER_SIZE or key == "query_p95_ms":
            data.setdefault(key, {}).update(value)
        else:
            data[key] = value
    RESULTS.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return data


def _remove_store(path: Path) -> None:
    for candidate in path.parent.glob(path.name + "*"):
        if candidate.is_dir():
            shutil.rmtree(candidate)
        else:
            candidate.unlink()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_build":
        child_build(sys.argv[3:], sys.argv[2])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_jieba":
        child_jieba(sys.argv[2])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "_neo4j":
        print(json.dumps(measure_neo4j(int(sys.argv[2]), Path(sys.argv[3]), batch_sizes=(10000,), naive=False)))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,50,100", help="numbers of plans, comma-separated")
    parser.add_argument("--rebuild-at", type=int, default=None, help="store size for the rebuild (default: largest)")
    parser.add_argument("--neo4j-plans", type=int, default=10, help="generated plans for batched vs naive")
    parser.add_argument("--no-neo4j", action="store_true")
    parser.add_argument(
        "--neo4j-repeats", type=int, default=NEO4J_REPEATS, help="rounds of batched against naive (medians)"
    )
    parser.add_argument("--builds-only", action="store_true", help="only the builds per N (no rebuild, CLI, queries)")
    parser.add_argument("--neo4j-only", action="store_true", help="only the Neo4j loading comparison")
    parser.add_argument(
        "--neo4j-rust-ext",
        type=Path,
        default=None,
        help="a folder with neo4j and neo4j-rust-ext installed (pip install --target): batched loading is "
        "measured again with the driver's Rust extension",
    )
    parser.add_argument("--work", type=Path, default=None, help="folder for corpora and stores (default: a temp)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rebuild_at = args.rebuild_at or max(sizes)
    sizes = sorted({*sizes} if args.builds_only else {*sizes, rebuild_at})
    base = args.work or Path(tempfile.mkdtemp(prefix="plankg-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    update: dict[str, Any] = {
        "machine": machine(),
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    if args.neo4j_only:
        neo = measure_neo4j(args.neo4j_plans, base, repeats=args.neo4j_repeats)
        if neo and args.neo4j_rust_ext:
            neo.update(measure_rust_ext(args.neo4j_plans, base, args.neo4j_rust_ext))
        merge({**update, **(neo or {})})
        return
    stores: dict[int, Path] = {}
    for n in sizes:
        result, stores[n] = measure_size(n, base)
        for key in PER_SIZE:
            update.setdefault(key, {})[str(n)] = result[key]
    if args.builds_only:
        merge(update)
        print(f"merged into {RESULTS.relative_to(ROOT)}", flush=True)
        return
    update.update(measure_cli(stores[rebuild_at]))
    update["cli_store_plans"] = rebuild_at
    update["query_p95_ms"] = measure_queries(stores[rebuild_at])
    update["query_store_plans"] = rebuild_at
    update.update(measure_rebuild(rebuild_at, base, stores[rebuild_at]))
    if not args.no_neo4j:
        neo = measure_neo4j(args.neo4j_plans, base, repeats=args.neo4j_repeats)
        if neo:
            update.update(neo)
        if neo and args.neo4j_rust_ext:
            update.update(measure_rust_ext(args.neo4j_plans, base, args.neo4j_rust_ext))
    merge(update)
    print(f"merged into {RESULTS.relative_to(ROOT)}", flush=True)
    if args.work is None:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
