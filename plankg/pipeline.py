"""From files to the graph: find plans and their metadata, load them all, then write.

Every file is read and validated before anything is written, so one bad file stops the
build with the store exactly as it was.

A build (``spool_plans`` then ``write_all``) analyses plans in worker processes, one per core,
each with jieba and the field vocabulary initialised once; a worker writes each plan's rows to a
spool file and hands back only a small summary. The writer then streams the rows from disk one
plan at a time, so memory stays flat in the number of plans while the contract holds: nothing is
written until every file has been read. ``load_plans`` keeps whole documents in memory, for
tests and evaluations that look inside them.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import shutil
import stat
import tempfile
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from plankg.errors import AnalysisError, InputError, StoreError
from plankg.graph.model import PlanRows, project
from plankg.graph.store import GraphStore, relink_plans
from plankg.lineage.link import LinkResult, align_while_writing, link_lineage, units_of_rows
from plankg.lineage.parallel import Units
from plankg.loaders.extract.indicators import extract_indicators, repair_from_interpretation
from plankg.loaders.extract.link import extract_entities
from plankg.loaders.extract.vocab import FieldVocabulary, load_field_vocabulary
from plankg.loaders.structure.document import load_plan
from plankg.loaders.text.formats import HTML_SNIFF_BYTES, read_document, sniff
from plankg.loaders.text.read import guess_meta
from plankg.manifest import make_meta, meta_error, missing_files, parse_manifest, unknown_relations
from plankg.schema import Indicator, Issue, PlanDocument, PlanMeta
from plankg.workers import configured, cores, end_quietly_on_interrupt

MANIFEST_NAMES = ("plans.yaml", "plans.yml")
# Files a plans folder is searched for; a file named on the command line is read whatever its
# suffix, its format chosen by content (plankg.loaders.text.formats).
# WPS_WORD_FILES: `.wps` is the suffix WPS Office, the word processor of most Chinese government offices,
# gives its Word files, and portals link them as attachments ("附件----…实施细则.wps"); the file is a Word 97
# compound document that antiword reads like a `.doc`. A folder holding hi-hpf-loan-limits-interp-2026.wps (the
# 海南 provident-fund bureau's 解读, WPS Office 11.8) skipped it as "not a plan format (.wps)", while the same file
# named on the command line built with its 7 sections. `.shtml` is the saved page of a portal whose addresses end
# so (www.moe.gov.cn/…/t20210101_1.shtml); the content, not the suffix, decides how each is read.
PLAN_SUFFIXES = (".txt", ".md", ".text", ".pdf", ".docx", ".doc", ".wps", ".html", ".htm", ".shtml")
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

    @property
    def plan_id(self) -> str:
        return self.document.plan.id

    @property
    def issues(self) -> list[Issue]:
        return self.document.issues

    @property
    def summary(self) -> dict[str, Any]:
        return plan_summary(self.document, self.source.path, self.rows)


def plan_summary(document: PlanDocument, path: Path, rows: PlanRows) -> dict[str, Any]:
    """What a build reports about one plan (a row of ``BuildReport.plans``). BUILT_CLAUSES: with its
    clauses, as `plankg stats` counts them: a regulation of articles under no chapters
    (gz-temporary-assistance-rules-2021, 广州市临时救助实施细则, 18 articles) showed 0 sections and 0 tasks
    and nothing else, as if the build had read nothing of it."""
    return {
        "id": document.plan.id,
        "kind": document.plan.kind,
        "sections": len(document.sections),
        "tasks": len(document.tasks),
        "clauses": len(rows.nodes.get("Clause", [])),
        "platforms": len(document.platforms),
        "fields": len(document.fields),
        "indicators": len(document.indicators),
        "warnings": len(document.issues),
        "title": document.plan.title,
        "source": str(path),
    }


@dataclass
class Spooled:
    """One analysed plan whose rows wait in a spool file: all a build keeps in memory of it."""

    source: PlanSource
    plan_id: str
    interprets: list[str]
    issues: list[Issue]
    indicators: list[Indicator]  # for the repair across plans, before anything is written
    summary: dict[str, Any]
    path: Path  # the pickled PlanRows
    guessed: bool
    repaired: list[Indicator] | None = field(default=None)  # set by repair_spooled
    sha256: str = ""  # of the decoded text (load_plan), as Plan.sha256
    units_path: Path | None = None  # its lineage units (link.units_of_rows), pickled by the worker
    follows: list[str] = field(default_factory=list)  # as its Plan node's (PlanMeta.follows)

    def units(self) -> Units:
        """The plan's lineage units: the file the worker that read it pickled them into (read by
        the lineage worker that aligns them), else made from its rows."""
        return units_of_rows(self.rows) if self.units_path is None else self.units_path

    @property
    def rows(self) -> PlanRows:
        rows: PlanRows = pickle.loads(self.path.read_bytes())
        if self.repaired is not None:
            rows.nodes["Indicator"] = [i.model_dump() for i in self.repaired]
        return rows


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


# MANIFEST_ONCE_PER_FOLDER (perf57): files given one by one (a shell glob, `plankg build corpus-100/*.txt`) had their
# folder's plans.yaml parsed and checked again for each file, and a set of its plan ids made for each: 100 parses of
# a 100-plan manifest, 74 s of the writer's 348 s (cProfile, loaded machine) against 0.75 s given the folder, and
# quadratic in the plans. One folder's manifest is read once per discovery and its ids shared, as for a folder.
def discover_with_skips(paths: Iterable[Path]) -> tuple[list[PlanSource], list[tuple[Path, str]]]:
    """Plan files under the given files/directories with their manifest entries, and the
    files of those directories that were skipped, with the reason (for a notice)."""
    sources: list[PlanSource] = []
    skipped: list[tuple[Path, str]] = []
    folders: dict[Path, tuple[dict[str, PlanMeta], frozenset[str]]] = {}  # MANIFEST_ONCE_PER_FOLDER
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
            nested = subfolders_with_plans(path)
            if not files:
                suffixes = ", ".join(f"*{s}" for s in PLAN_SUFFIXES)
                below = (
                    f"; subfolders are not searched, and these hold plan files: {', '.join(map(str, nested))} "
                    "(give them as paths)"
                    if nested
                    else ""
                )
                raise InputError(f"{path}: no plan files ({suffixes}) in this directory{below}")
            skipped += [
                (folder, "a subfolder with plan files; subfolders are not searched (give it as a path)")
                for folder in nested
            ]
            known = frozenset(m.id for m in manifest.values())
            sources += [PlanSource(p, manifest.get(p.name), known) for p in files]
        else:
            if path.parent not in folders:
                manifest = _manifest_for(path.parent)
                folders[path.parent] = (manifest, frozenset(m.id for m in manifest.values()))
            manifest, known = folders[path.parent]
            sources.append(PlanSource(path, manifest.get(path.name), known))
    # One file named twice (a folder and a file in it, as a shell glob gives; a/../a/x.txt) is one
    # plan, read once: it said "plan id x is also used by" the very same file and built nothing.
    once: dict[Path, PlanSource] = {}
    for source in sources:
        once.setdefault(source.path.resolve(), source)
    return list(once.values()), skipped


# How many entries `subfolders_with_plans` looks at below one folder before it stops looking: a
# build given a home directory by mistake must not walk the whole disk to word its error.
NESTED_LOOKUP_LIMIT = 5000


def subfolders_with_plans(folder: Path) -> list[Path]:
    """The subfolders of ``folder`` (not hidden) with a file of a plan format at any depth below.

    A build reads the files of the folders it is given, not of their subfolders (a "drafts/" or
    "old/" beside the plans is not built by accident); a folder of province folders said only "no
    plan files in this directory", and plans in a subfolder beside the folder's own were passed
    over without a word. They are named instead, so the user can give them."""
    found: list[Path] = []
    seen = 0
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for _, dirs, names in os.walk(sub):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            seen += len(names) + len(dirs)
            if any(Path(n).suffix.lower() in PLAN_SUFFIXES and not n.startswith(".") for n in names):
                found.append(sub)
                break
            if seen > NESTED_LOOKUP_LIMIT:
                return found
    return found


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


# The most a plan file may hold. The longest texts of the corpora are a few MB, and a 五年规划's PDF
# with its maps some tens; past this it is not one plan (an archive, a disk image, a device), and
# reading on would only fill the memory.
MAX_PLAN_BYTES = 256 * 1024**2


def read_text(path: Path) -> tuple[str, str]:
    """One plan file's decoded text (any supported format, chosen by content) and the sha256
    of its bytes; InputError (one line) when it cannot be read as a plan text.

    A device (`/dev/zero`) is refused before reading: it never ends, and `plankg build /dev/zero`
    filled the memory. A pipe (/dev/stdin, `<(…)`) is read, up to MAX_PLAN_BYTES like a file."""
    try:
        if stat.S_ISCHR(mode := path.stat().st_mode) or stat.S_ISBLK(mode):
            raise InputError(f"{path}: a device, not a plan file")
        with path.open("rb") as file:
            data = file.read(MAX_PLAN_BYTES + 1)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_PLAN_BYTES:
        raise InputError(f"{path}: over {MAX_PLAN_BYTES // 1024**2} MB, too large for one plan text")
    return read_document(data, str(path), path.suffix), hashlib.sha256(data).hexdigest()


# PAGE_UNDER_DOCUMENT_NAME (user54): a PDF or Word download that failed is saved as the server's page. A portal's
# "抱歉，您访问的页面不存在或已被删除！" page saved as 404cn.pdf was read by its content, as plankg reads every file,
# and built as a plan of that title with no word that it was no PDF. The file is still read (a page saved under
# the wrong name may be the plan), with a warning saying what its bytes are. Not .doc: Word saves "web page" .doc
# files as HTML on purpose.
DOWNLOAD_SUFFIXES = {".pdf": "PDF", ".docx": "Word .docx file"}


def name_mismatch(path: Path) -> str:
    """What a regular file named .pdf/.docx holds when its bytes are a web page or plain text; "" otherwise."""
    expected = DOWNLOAD_SUFFIXES.get(path.suffix.lower())
    if expected is None or not path.is_file():  # a pipe is read once: never again here
        return ""
    try:
        with path.open("rb") as file:
            head = file.read(HTML_SNIFF_BYTES)
    except OSError:
        return ""
    kind = sniff(head, "")
    if kind not in ("html", "text"):
        return ""
    what = "a web page (HTML)" if kind == "html" else "plain text"
    return f"{path.name}: named as a {expected} but its bytes are {what}, read as such (a download that failed?)"


def analyse(text: str, meta: PlanMeta, vocabulary: FieldVocabulary) -> PlanDocument:
    """Segment, then extract entities and indicators: the whole pure loader chain."""
    document = extract_entities(load_plan(text, meta), vocabulary)
    # The document with its indicators, validated again as a whole (PlanDocument's consistency:
    # ids, spans); its records are validated models already, taken as they are (a dump of the
    # document and a validation of every record from the dump was ~2 % of the analysis).
    return PlanDocument.model_validate({**dict(document), "indicators": extract_indicators(document)})


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
    try:
        document = analyse(text, meta, vocabulary)
    except Exception as error:  # a fault of plankg's rules on this text, not of the file
        raise AnalysisError.of(source.path, error) from error
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
    mismatch = name_mismatch(source.path)
    if mismatch:
        document.issues.insert(0, Issue(code="not-its-format", message=mismatch))
    if guessed:
        document.issues.insert(
            0,
            Issue(
                code="no-manifest-entry",
                message=(
                    f"{source.path.name}: no manifest entry; guessed id={meta.id} "
                    f"title={meta.title}{_guessed_when(meta)}"
                ),
            ),
        )
    return Loaded(source, document, guessed)


def _guessed_when(meta: PlanMeta) -> str:
    """The period and years guessed, as the no-manifest-entry warning gives them: a five-year period where the
    text names one, the years where it names them ("2024年…工作要点": years=2024, no five-year period to name),
    nothing where it names neither (not "period=?")."""
    period = f" period={meta.period}" if meta.period else ""
    if meta.start_year is None:
        return period
    span = f"{meta.start_year}" if meta.end_year in (None, meta.start_year) else f"{meta.start_year}-{meta.end_year}"
    return f"{period} years={span}"


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


def check_unique_ids(loaded: Sequence[Loaded | Spooled]) -> None:
    seen: dict[str, Path] = {}
    for item in loaded:
        plan_id = item.plan_id
        if plan_id in seen:
            raise InputError(
                f"{item.source.path}: plan id {plan_id} is also used by {seen[plan_id]}; give each its id in "
                "the folder's plans.yaml, or build one of them alone with --id"
            )
        seen[plan_id] = item.source.path


def write_all(
    store: GraphStore,
    loaded: Sequence[Loaded] | Sequence[Spooled],
    progress: Callable[[Any], None] | None = None,
) -> LinkResult:
    """Write every plan (each all or nothing), then redraw lineage for the successions they take
    part in; returns what lineage did (the successions it inferred, the CONTINUES it wrote).
    Spooled plans are read back from disk a batch (WRITE_BATCH_PLANS) at a time, and their
    spool files removed once written."""
    store.ensure_schema()
    known = {item.plan_id: _units_of(item) for item in loaded}
    early = align_while_writing(store, {item.plan_id: _follows(item) for item in loaded}, known)
    with _write_session(store) as after_plan, contextlib.ExitStack() as aligning:
        if early is not None:
            aligning.enter_context(early[0])
            early[1].step()
        for start in range(0, len(loaded), WRITE_BATCH_PLANS):
            batch = loaded[start : start + WRITE_BATCH_PLANS]
            try:
                store.write_plans([item.rows for item in batch])
            except StoreError:
                if len(batch) == 1:
                    raise
                # Plan by plan: the plans before the bad one are written, and the error names it.
                for item in batch:
                    store.write_plan(item.rows)
            after_plan()
            for item in batch:
                if isinstance(item, Spooled):
                    item.path.unlink(missing_ok=True)
                if progress:
                    progress(item)
            if early is not None:
                early[1].step()
        if early is not None:
            early[1].rest()
        relink_plans(store)
        try:
            return link_lineage(
                store, [item.plan_id for item in loaded], known=known, early=None if early is None else early[0]
            )
        except StoreError as error:
            raise StoreError(lineage_not_written(len(loaded), error)) from None
        finally:
            if isinstance(loaded, SpooledPlans):
                loaded.remove_spool()


def lineage_not_written(plans: int, error: StoreError) -> str:
    """A store error while lineage was written, said of the whole build: the store's own message says "nothing
    changed" of the lineage transaction, but the plans before it were written (each whole) and stay; their
    CONTINUES are redrawn by the next build (``link.unlinked_successions``)."""
    return f"the {plans} plan(s) are written, their lineage is not ({error}); run the build again to redraw it"


def _follows(item: Loaded | Spooled) -> Sequence[str]:
    """The plan ids a plan's manifest (or --follows) says it follows, as its Plan node keeps them."""
    return item.follows if isinstance(item, Spooled) else item.rows.plan.get("follows") or []


def _units_of(item: Loaded | Spooled) -> Callable[[], Units]:
    """What gives a written plan's lineage units without reading the store (``link.units_of_rows``)."""
    if isinstance(item, Spooled):
        return item.units
    return lambda: units_of_rows(item.rows)


# Plans written per store call. LadybugDB spends a fixed few milliseconds on every statement, and
# a plan needs about twenty: writing 16 plans with one statement per label and one COPY per
# relationship group cut the write stage of 100 generated plans from 10.2 s to 4.7 s of CPU.
# Their rows are in memory together (a few MB at most).
WRITE_BATCH_PLANS = 16


def _write_session(store: GraphStore) -> AbstractContextManager[Callable[[], None]]:
    """LadybugDB checkpoints once at the end of a build, not after each plan (ladybug_bulk)."""
    if store.name == "ladybug":
        from plankg.graph.ladybug_bulk import deferred_checkpoints

        return deferred_checkpoints(store)
    return nullcontext(lambda: None)


# --- the streaming build: worker processes, rows spooled to disk --------------------------------

# Below this much input a build stays in one process: starting a worker (interpreter, imports,
# jieba's dictionary) costs about 1.5 s of CPU, as much as analysing ~300,000 characters.
PARALLEL_MIN_BYTES = 1_000_000

_worker_vocabulary: FieldVocabulary | None = None


def worker_count(sources: Sequence[PlanSource], workers: int | None = None) -> int:
    """Worker processes for these sources: ``workers``, else $PLANKG_WORKERS, else one per core
    this process may use, when the input is large enough to pay for their start; 1 otherwise."""
    if workers is None:
        workers = configured()
    if workers is None:
        size = sum(s.path.stat().st_size for s in sources if s.path.is_file())
        workers = cores() if size >= PARALLEL_MIN_BYTES else 1
    return max(1, min(workers, len(sources)))


def _init_worker() -> None:
    """Once per worker: the vocabulary, and jieba with the field terms in its dictionary."""
    global _worker_vocabulary
    end_quietly_on_interrupt()
    from plankg.loaders.extract.entities import add_user_words

    _worker_vocabulary = load_field_vocabulary()
    add_user_words(_worker_vocabulary.jieba_user_words())


def spool_plan(
    source: PlanSource,
    spool: Path,
    index: int,
    overrides: Mapping[str, object] | None = None,
    vocabulary: FieldVocabulary | None = None,
) -> Spooled:
    """Read and analyse one plan, write its rows to ``spool``; returns the summary."""
    if vocabulary is None:
        if _worker_vocabulary is None:
            _init_worker()
        vocabulary = _worker_vocabulary
    assert vocabulary is not None
    item = read_plan(source, vocabulary, overrides)
    path = spool / f"{index:06d}.rows.pickle"
    rows = item.rows
    path.write_bytes(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))
    # The units lineage will align, made here in the worker: the writer read them back from the
    # store after writing (a third of its CPU in the lineage stage of a 1,000-plan build).
    units_path = spool / f"{index:06d}.units.pickle"
    units_path.write_bytes(pickle.dumps(units_of_rows(rows), protocol=pickle.HIGHEST_PROTOCOL))
    document = item.document
    return Spooled(
        source=source,
        plan_id=document.plan.id,
        interprets=list(document.plan.interprets),
        issues=list(document.issues),
        indicators=list(document.indicators),
        summary=plan_summary(document, source.path, rows),
        path=path,
        guessed=item.guessed,
        sha256=document.sha256,
        units_path=units_path,
        follows=list(document.plan.follows),
    )


class SpooledPlans(list[Spooled]):
    """The plans of a build, in source order; their spool folder is removed with the list."""

    def __init__(self, items: Iterable[Spooled], folder: Path) -> None:
        super().__init__(items)
        self.folder = folder
        self._cleanup = weakref.finalize(self, shutil.rmtree, folder, ignore_errors=True)

    def remove_spool(self) -> None:
        self._cleanup()


def spool_plans(
    sources: list[PlanSource],
    spool: Path | None = None,
    overrides: Mapping[str, object] | None = None,
    *,
    on_error: Callable[[PlanSource, InputError], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> SpooledPlans:
    """The read side of a build, streaming: every plan analysed (in worker processes when the
    input is large), its rows spooled to files in ``spool``, ids checked and indicators repaired
    across plans. A file that cannot be read raises (the other workers are stopped, nothing has
    been written anywhere but the spool), or goes to ``on_error``. Returned in source order.
    ``spool``: a folder to spool into (default: a new temporary one, removed with the result)."""
    folder = spool or Path(tempfile.mkdtemp(prefix="plankg-spool-"))
    try:
        spooled = _spool(sources, folder, overrides, on_error, progress, worker_count(sources, workers))
    except BaseException:
        if spool is None:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    result = SpooledPlans(spooled, folder)
    if spool is not None:
        result._cleanup.detach()  # the caller's folder: the caller's to remove
    return result


def _spool(
    sources: list[PlanSource],
    spool: Path,
    overrides: Mapping[str, object] | None,
    on_error: Callable[[PlanSource, InputError], None] | None,
    progress: Callable[[int, int], None] | None,
    count: int,
) -> list[Spooled]:
    results: list[Spooled | None] = [None] * len(sources)
    done = 0

    def settle(index: int, outcome: Spooled | InputError) -> None:
        nonlocal done
        if isinstance(outcome, InputError):
            if on_error is None:
                raise outcome
            on_error(sources[index], outcome)
        else:
            # SOURCE_SHARED: a worker's Spooled came back with an unpickled copy of its source, whose
            # known_ids holds every plan id of the folder's manifest: N copies of N ids, 99 MB at 1,000
            # plans, kept to the end of the build and copied into every aligning worker forked from here.
            # The source given to the worker is the same value: keep that one, shared by the folder's plans.
            outcome.source = sources[index]
            results[index] = outcome
        done += 1
        if progress:
            progress(done, len(sources))

    if count == 1:
        vocabulary = load_field_vocabulary()
        for index, source in enumerate(sources):
            try:
                outcome: Spooled | InputError = spool_plan(source, spool, index, overrides, vocabulary)
            except InputError as error:
                outcome = error
            settle(index, outcome)
    else:
        _spool_in_workers(sources, spool, overrides, count, settle)
    spooled = [item for item in results if item is not None]
    check_unique_ids(spooled)
    repair_spooled(spooled)
    return spooled


def _spool_in_workers(
    sources: list[PlanSource],
    spool: Path,
    overrides: Mapping[str, object] | None,
    count: int,
    settle: Callable[[int, Spooled | InputError], None],
) -> None:
    import multiprocessing

    # fork where the platform's default is fork (Linux): spawn would re-run the caller's main
    # module in each worker, which breaks a user's script without an `if __name__ == "__main__"`
    # guard. Nothing is open at this point (the store is opened after reading); a thread the
    # caller runs (a progress bar) does not exist in the child, and the worker neither prints
    # nor logs through it.
    method = "fork" if multiprocessing.get_start_method(allow_none=False) == "fork" else "spawn"
    context = multiprocessing.get_context(method)
    # Largest files first, so that no worker is left with a big one at the end.
    order = sorted(range(len(sources)), key=lambda i: -_size(sources[i].path))
    with ProcessPoolExecutor(count, mp_context=context, initializer=_init_worker) as pool:
        pending: dict[Future[Spooled], int] = {
            pool.submit(spool_plan, sources[i], spool, i, overrides): i for i in order
        }
        try:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in sorted(finished, key=lambda f: pending[f]):
                    index = pending.pop(future)
                    try:
                        outcome: Spooled | InputError = future.result()
                    except InputError as error:
                        outcome = error
                    settle(index, outcome)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def repair_spooled(spooled: list[Spooled]) -> None:
    """``repair_indicators`` for spooled plans: the repaired indicators replace the spooled ones
    when the plan's rows are read back for writing."""
    by_id = {item.plan_id: item for item in spooled}
    for item in spooled:
        for target_id in item.interprets:
            plan = by_id.get(target_id)
            if plan is None:
                continue
            current = plan.repaired if plan.repaired is not None else plan.indicators
            theirs = item.repaired if item.repaired is not None else item.indicators
            if not current or not theirs:
                continue
            plan.repaired = repair_from_interpretation(current, theirs)
