"""How long lineage takes on many units: successions inferred, then every succession aligned.

Generates plans of ~1,000 units each (chapters, sections, task items; titles and texts drawn
from the field and lineage vocabularies and the words plans use: a title names one or two
subjects, a text of ~200 characters a few), for several regions over
four five-year periods, and times what ``plankg.lineage.link.link_lineage`` does once the
units are read from the store: inferring the successions and aligning the units of each
later plan with those of the plans it follows (profiles, TF-IDF, scores, alignment,
explanations). Reading units from a store is not included (it depends on the store).

    python -m bench.lineage [--units 10000 100000]

Prints the figures and merges them into bench/results.json under "lineage_s" (unit count →
wall-clock seconds) and "lineage_cpu_s" (CPU seconds), leaving the file's other keys as they are.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plankg.lineage.link import load_terms  # noqa: E402
from plankg.lineage.parallel import align_pairs  # noqa: E402
from plankg.lineage.similarity import GENERIC_WORDS, TextConcepts, Unit  # noqa: E402
from plankg.lineage.succession import PlanInfo, infer_successions  # noqa: E402

RESULTS = ROOT / "bench" / "results.json"
PERIODS = [("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021)]
UNITS_PER_PLAN = 1000
CHAPTERS, SECTIONS_PER_CHAPTER = 10, 4
FILLER = "推进 加强 构建 完善 支持 研究 开发 突破 示范 应用 体系 能力 关键 核心 系统 装备 材料 平台 服务 机制".split()


def _title(rng: random.Random, subjects: list[str], words: list[str]) -> str:
    parts = [rng.choice(words), rng.choice(subjects), rng.choice(subjects), rng.choice(FILLER)]
    return "".join(parts[: rng.randint(2, 4)])


def _text(rng: random.Random, subjects: list[str], words: list[str]) -> str:
    """About 200 characters: twelve clauses, a third of them naming a subject of the vocabulary,
    as a plan's task text names a few fields among its verbs and objects."""
    clauses = []
    for _ in range(12):
        subject = rng.choice(subjects) if rng.random() < 0.35 else rng.choice(FILLER)
        clauses.append(rng.choice(words) + subject + rng.choice(FILLER))
    return "，".join(clauses) + "。"


def generate(total: int, seed: int = 0) -> tuple[list[PlanInfo], dict[str, list[Unit]]]:
    """Plans of ~UNITS_PER_PLAN units: regions × the four periods, until ``total`` units."""
    terms = load_terms()
    subjects = sorted(s for s in terms.surfaces() if len(s) >= 2)
    words = sorted(GENERIC_WORDS)
    rng = random.Random(seed)
    plans: list[PlanInfo] = []
    units: dict[str, list[Unit]] = {}
    region = 0
    while sum(len(u) for u in units.values()) < total:
        name = f"地区{region:03d}"
        for period, start in PERIODS:
            plan_id = f"r{region:03d}-{start}"
            plans.append(PlanInfo(plan_id, f"{name}科技创新“{period}”规划", name, period, start, start + 4, "plan"))
            units[plan_id] = _plan_units(rng, plan_id, subjects, words)
        region += 1
    return plans, units


def _plan_units(rng: random.Random, plan_id: str, subjects: list[str], words: list[str]) -> list[Unit]:
    out: list[Unit] = []
    tasks_per_section = (UNITS_PER_PLAN - CHAPTERS * (1 + SECTIONS_PER_CHAPTER)) // (CHAPTERS * SECTIONS_PER_CHAPTER)
    for c in range(1, CHAPTERS + 1):
        chapter = Unit(f"{plan_id}/s{c}", plan_id, "Section", _title(rng, subjects, words), level=1)
        out.append(chapter)
        for s in range(1, SECTIONS_PER_CHAPTER + 1):
            section_id = f"{plan_id}/s{c}.{s}"
            titles = [_title(rng, subjects, words) for _ in range(tasks_per_section)]
            section = Unit(
                section_id,
                plan_id,
                "Section",
                _title(rng, subjects, words),
                (chapter.title,),
                _text(rng, subjects, words)[:160],
                level=2,
                parent=chapter.id,
                below=tuple(titles[:24]),
            )
            out.append(section)
            for t, title in enumerate(titles, 1):
                out.append(
                    Unit(
                        f"{section_id}/t{t}",
                        plan_id,
                        "Task",
                        title,
                        (section.title, chapter.title),
                        _text(rng, subjects, words),
                        level=3,
                        parent=section_id,
                    )
                )
    return out


def _cpu() -> float:
    """CPU seconds of this process and of its finished workers."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def run(total: int) -> tuple[float, float, int, int, int]:
    """Wall and CPU seconds for successions + alignment over ``total`` generated units; also
    the number of units, successions and CONTINUES."""
    plans, units = generate(total)
    start, cpu = time.perf_counter(), _cpu()
    terms = load_terms()
    successions = infer_successions(plans)
    seen: TextConcepts = {}
    links = len(align_pairs([(units[s.later], units[s.earlier]) for s in successions], terms, seen))
    elapsed, cpu = time.perf_counter() - start, _cpu() - cpu
    return elapsed, cpu, sum(len(u) for u in units.values()), len(successions), links


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    figures: dict[str, float] = {}
    cpu_figures: dict[str, float] = {}
    for total in args.units:
        seconds, cpu, n, successions, links = run(total)
        figures[str(total)] = round(seconds, 2)
        cpu_figures[str(total)] = round(cpu, 2)
        print(
            f"{n:>7,} units, {successions} successions, {links:,} CONTINUES: {seconds:6.1f} s "
            f"(CPU {cpu:.1f} s; the machine's load average then: {os.getloadavg()[0]:.1f})"
        )
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    results["lineage_s"] = {**results.get("lineage_s", {}), **figures}
    # CPU seconds beside the wall-clock ones: on a shared machine the wall clock mostly measures
    # the other processes.
    results["lineage_cpu_s"] = {**results.get("lineage_cpu_s", {}), **cpu_figures}
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote lineage_s to {RESULTS}")


if __name__ == "__main__":
    main()
