"""From files to the graph: find plans and their metadata, load them all, then write.

Every file is read and validated before anything is written, so one bad file stops the
build with the store exactly as it was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from plankg.errors import InputError
from plankg.graph.model import PlanRows, project
from plankg.graph.store import GraphStore, relink_plans
from plankg.loaders.document import load_plan
from plankg.loaders.read import decode, guess_meta, parse_manifest
from plankg.schema import Issue, PlanDocument, PlanMeta

MANIFEST_NAMES = ("plans.yaml", "plans.yml")
PLAN_SUFFIXES = (".txt", ".md", ".text")
DEFAULT_PLANS_DIR = Path("data/plans")


@dataclass
class PlanSource:
    path: Path
    meta: PlanMeta | None  # None: no manifest entry, guessed from the text when read


@dataclass
class Loaded:
    source: PlanSource
    document: PlanDocument
    guessed: bool
    rows: PlanRows = field(init=False)

    def __post_init__(self) -> None:
        self.rows = project(self.document, source=self.source.path.name)


def _manifest_for(directory: Path) -> dict[str, PlanMeta]:
    for name in MANIFEST_NAMES:
        path = directory / name
        if path.is_file():
            return parse_manifest(path.read_text(encoding="utf-8"), str(path))
    return {}


def discover(paths: Iterable[Path]) -> list[PlanSource]:
    """Plan files under the given files/directories, with their manifest entries."""
    sources: list[PlanSource] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            manifest = _manifest_for(path)
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in PLAN_SUFFIXES)
            if not files:
                raise InputError(f"{path}: no plan files (*.txt) in this directory")
            sources += [PlanSource(p, manifest.get(p.name)) for p in files]
        else:
            manifest = _manifest_for(path.parent)
            sources.append(PlanSource(path, manifest.get(path.name)))
    return sources


def read_plan(source: PlanSource, overrides: dict[str, object] | None = None) -> Loaded:
    data = source.path.read_bytes()
    text = decode(data, str(source.path))
    meta = source.meta
    guessed = meta is None
    if meta is None:
        meta = guess_meta(text, source.path.stem, hashlib.sha256(data).hexdigest())
    if overrides:
        meta = PlanMeta(**{**meta.model_dump(), **{k: v for k, v in overrides.items() if v is not None}})
    document = load_plan(text, meta)
    if guessed:
        document.issues.insert(
            0,
            Issue(
                code="no-manifest-entry",
                message=(
                    f"{source.path.name}: no manifest entry; guessed id={meta.id} "
                    f"title={meta.title} period={meta.period or '?'}"
                ),
            ),
        )
    return Loaded(source, document, guessed)


def check_unique_ids(loaded: list[Loaded]) -> None:
    seen: dict[str, Path] = {}
    for item in loaded:
        plan_id = item.document.plan.id
        if plan_id in seen:
            raise InputError(f"{item.source.path}: plan id {plan_id} is also used by {seen[plan_id]}")
        seen[plan_id] = item.source.path


def write_all(store: GraphStore, loaded: list[Loaded], progress: Callable[[Loaded], None] | None = None) -> None:
    store.ensure_schema()
    for item in loaded:
        store.write_plan(item.rows)
        if progress:
            progress(item)
    relink_plans(store)
