"""From files to the graph: find plans and their metadata, load them all, then write.

Every file is read and validated before anything is written, so one bad file stops the
build with the store exactly as it was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from plankg.errors import InputError
from plankg.graph.model import PlanRows, project
from plankg.graph.store import GraphStore, relink_plans
from plankg.lineage.link import LinkResult, link_lineage
from plankg.loaders.extract.indicators import extract_indicators, repair_from_interpretation
from plankg.loaders.extract.link import extract_entities
from plankg.loaders.extract.vocab import FieldVocabulary, load_field_vocabulary
from plankg.loaders.structure.document import load_plan
from plankg.loaders.text.formats import read_document
from plankg.loaders.text.read import guess_meta
from plankg.manifest import make_meta, meta_error, missing_files, parse_manifest, unknown_relations
from plankg.schema import Issue, PlanDocument, PlanMeta

MANIFEST_NAMES = ("plans.yaml", "plans.yml")
# Files a plans folder is searched for; a file named on the command line is read whatever its
# suffix, its format chosen by content (plankg.loaders.text.formats).
PLAN_SUFFIXES = (".txt", ".md", ".text", ".pdf", ".docx", ".html", ".htm")
# Files that sit beside plans but are not plans: a folder's own documentation.
NOT_PLAN_STEMS = frozenset(
    {"readme", "license", "licence", "changelog", "contributing", "notice", "copying", "authors"}
)
DEFAULT_PLANS_DIR = Path("data/plans")


@dataclass
class PlanSource:
    path: Path
    meta: PlanMeta | None  # None: no manifest entry, guessed from the text when read
    known_ids: frozenset[str] = frozenset()  # the plan ids its folder's manifest defines


@dataclass
class Loaded:
    source: PlanSource
    document: PlanDocument
    guessed: bool

    @property
    def rows(self) -> PlanRows:
        return project(self.document, source=self.source.path.name)


def _manifest_for(directory: Path) -> dict[str, PlanMeta]:
    for name in MANIFEST_NAMES:
        path = directory / name
        if path.is_file():
            try:
                source = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError) as error:
                raise InputError(f"{path}: cannot read the manifest ({error})") from None
            metas = parse_manifest(source, str(path))
            missing_files(metas, directory, str(path))
            return metas
    return {}


def skip_reason(path: Path, manifest: dict[str, PlanMeta] | None = None) -> str | None:
    """Why a file in a plans folder is not a plan candidate (None: it is one). A file the
    manifest names is always a candidate."""
    if manifest and path.name in manifest:
        return None
    if path.name.startswith("."):
        return "a hidden file"
    if path.suffix.lower() not in PLAN_SUFFIXES:
        return f"not a plan format ({path.suffix or 'no suffix'})"
    if path.stem.lower() in NOT_PLAN_STEMS:
        return "the folder's own documentation, not a plan"
    return None


def is_plan_candidate(path: Path, manifest: dict[str, PlanMeta] | None = None) -> bool:
    """Should a build over a plans folder read this file? (README.md and the like: no.)"""
    return skip_reason(path, manifest) is None


def discover_with_skips(paths: Iterable[Path]) -> tuple[list[PlanSource], list[tuple[Path, str]]]:
    """Plan files under the given files/directories with their manifest entries, and the
    files of those directories that were skipped, with the reason (for a notice)."""
    sources: list[PlanSource] = []
    skipped: list[tuple[Path, str]] = []
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            manifest = _manifest_for(path)
            files: list[Path] = []
            for candidate in sorted(p for p in path.iterdir() if p.is_file() and p.name not in MANIFEST_NAMES):
                reason = skip_reason(candidate, manifest)
                if reason is None:
                    files.append(candidate)
                elif not candidate.name.startswith("."):
                    skipped.append((candidate, reason))
            if not files:
                suffixes = ", ".join(f"*{s}" for s in PLAN_SUFFIXES)
                raise InputError(f"{path}: no plan files ({suffixes}) in this directory")
            known = frozenset(m.id for m in manifest.values())
            sources += [PlanSource(p, manifest.get(p.name), known) for p in files]
        else:
            manifest = _manifest_for(path.parent)
            known = frozenset(m.id for m in manifest.values())
            sources.append(PlanSource(path, manifest.get(path.name), known))
    return sources, skipped


def discover(paths: Iterable[Path]) -> list[PlanSource]:
    """Files with a plan suffix under the given files/directories, with their manifest
    entries — README.md included: ``discover_with_skips`` (or ``is_plan_candidate``) tells
    plans from the folder's other files."""
    sources: list[PlanSource] = []
    for path in paths:
        if path.is_dir():
            manifest = _manifest_for(path)
            known = frozenset(m.id for m in manifest.values())
            found, skipped = discover_with_skips([path])
            named = {s.path for s in found} | {p for p, reason in skipped if p.suffix.lower() in PLAN_SUFFIXES}
            sources += [PlanSource(p, manifest.get(p.name), known) for p in sorted(named)]
        else:
            sources += discover_with_skips([path])[0]
    return sources


def read_text(path: Path) -> tuple[str, str]:
    """One plan file's decoded text (any supported format, chosen by content) and the sha256
    of its bytes; InputError (one line) when it cannot be read as a plan text."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    return read_document(data, str(path), path.suffix), hashlib.sha256(data).hexdigest()


def analyse(text: str, meta: PlanMeta, vocabulary: FieldVocabulary) -> PlanDocument:
    """Segment, then extract entities and indicators: the whole pure loader chain."""
    document = extract_entities(load_plan(text, meta), vocabulary)
    return PlanDocument.model_validate({**document.model_dump(), "indicators": extract_indicators(document)})


def read_plan(source: PlanSource, vocabulary: FieldVocabulary, overrides: Mapping[str, object] | None = None) -> Loaded:
    text, sha256 = read_text(source.path)
    meta = source.meta
    guessed = meta is None
    if meta is None:
        try:
            meta = guess_meta(text, source.path.stem, sha256)
        except ValidationError as error:
            raise meta_error(error, f"{source.path}: metadata guessed from the text (give --id/--title)") from None
    if overrides:
        given = {k: v for k, v in overrides.items() if v is not None}
        meta = make_meta({**meta.model_dump(), **given}, f"{source.path.name}: --{'/--'.join(given) or 'id'}")
    document = analyse(text, meta, vocabulary)
    unknown = unknown_relations(meta, source.known_ids)
    if unknown:
        document.issues.append(
            Issue(
                code="unknown-plan-id",
                message=(
                    f"{source.path.name}: the manifest names plan ids it does not define ({', '.join(unknown)}); "
                    "the relation is drawn only once a plan with that id is built"
                ),
            )
        )
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


def load_plans(
    sources: list[PlanSource],
    vocabulary: FieldVocabulary | None = None,
    overrides: Mapping[str, object] | None = None,
    *,
    on_error: Callable[[PlanSource, InputError], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Loaded]:
    """Read and analyse every plan, then check ids and repair indicators across them: the
    whole read side of a build. A file that cannot be read raises, or goes to ``on_error``."""
    vocabulary = vocabulary or load_field_vocabulary()
    loaded: list[Loaded] = []
    for done, source in enumerate(sources, start=1):
        try:
            loaded.append(read_plan(source, vocabulary, overrides))
        except InputError as error:
            if on_error is None:
                raise
            on_error(source, error)
        if progress:
            progress(done, len(sources))
    check_unique_ids(loaded)
    repair_indicators(loaded)
    return loaded


def repair_indicators(loaded: list[Loaded]) -> None:
    """A PDF's damaged figures (4.5% → "45") are restored from an interpretation of the same
    plan built alongside it; ``raw_target`` keeps what the plan's own text says."""
    by_id = {item.document.plan.id: item for item in loaded}
    for item in loaded:
        for target_id in item.document.plan.interprets:
            plan = by_id.get(target_id)
            if plan is None or not plan.document.indicators or not item.document.indicators:
                continue
            repaired = repair_from_interpretation(plan.document.indicators, item.document.indicators)
            plan.document = PlanDocument.model_validate(
                {**plan.document.model_dump(), "indicators": [i.model_dump() for i in repaired]}
            )


def check_unique_ids(loaded: list[Loaded]) -> None:
    seen: dict[str, Path] = {}
    for item in loaded:
        plan_id = item.document.plan.id
        if plan_id in seen:
            raise InputError(f"{item.source.path}: plan id {plan_id} is also used by {seen[plan_id]}")
        seen[plan_id] = item.source.path


def write_all(
    store: GraphStore, loaded: list[Loaded], progress: Callable[[Loaded], None] | None = None
) -> LinkResult:
    """Write every plan, then redraw lineage for the successions they take part in; returns
    what lineage did (the successions it inferred, the CONTINUES it wrote)."""
    store.ensure_schema()
    for item in loaded:
        store.write_plan(item.rows)
        if progress:
            progress(item)
    relink_plans(store)
    return link_lineage(store, [item.document.plan.id for item in loaded])
