"""The embedded store: LadybugDB (the maintained fork of Kùzu), one database file on disk."""

from __future__ import annotations

import contextlib
import itertools
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import ladybug

from plankg.errors import QueryError, StoreError
from plankg.graph.guard import check_read_only, check_text
from plankg.graph.model import NODE_PROPERTIES, RELATIONSHIPS, PlanRows, RelRows, plans_label
from plankg.graph.store import (
    delete_between_plans_statements,
    delete_relationships_statement,
    prop,
)
from plankg.paths import file_in_the_way


def _plain(value: Any) -> Any:
    """Node and relationship values as plain dicts, without the engine's internal keys."""
    if isinstance(value, dict):
        if "_LABEL" in value:
            out = {k: _plain(v) for k, v in value.items() if not k.startswith("_") and v is not None}
            return {"_label": value["_LABEL"], **out}
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


# STORE_UPGRADE: a store written by an earlier plankg keeps the tables it was created with, and CREATE … IF NOT EXISTS
# leaves them as they are. When the model has grown since (lin30 gave CONTINUES the Clause pairs), a build into that
# store failed with "Rel table CONTINUES does not contain Clause-Clause from-to pair", nothing written. The schema
# statements therefore also add what an existing table lacks: each property as a column and each end pair of a
# relationship, IF NOT EXISTS, so that opening a store to write brings it up to the model and keeps its plans.
STORE_UPGRADE = True


def schema_statements() -> list[str]:
    statements = []
    for label, props in NODE_PROPERTIES.items():
        columns = ", ".join(f"{prop(name)} {kind}" for name, kind in props.items())
        statements.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({columns}, PRIMARY KEY(id))")
        if STORE_UPGRADE:
            added = [(name, kind) for name, kind in props.items() if name != "id"]
            statements += [f"ALTER TABLE {label} ADD IF NOT EXISTS {prop(name)} {kind}" for name, kind in added]
    for rel, (pairs, props) in RELATIONSHIPS.items():
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
        columns = "".join(f", {prop(name)} {kind}" for name, kind in props.items())
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {rel}({ends}{columns})")
        if STORE_UPGRADE:
            statements += [f"ALTER TABLE {rel} ADD IF NOT EXISTS FROM {a} TO {b}" for a, b in pairs]
            statements += [f"ALTER TABLE {rel} ADD IF NOT EXISTS {prop(name)} {kind}" for name, kind in props.items()]
    return statements


# What LadybugDB 0.22 says when a checkpoint was interrupted (a `kill -9`, or a build's
# checkpoint running right now): the database file is intact beside a shadow file, and only a
# read-write open replays it. A read-only open refuses until then.
RECOVERY_PENDING = "checkpoint recovery is pending"
# What it says when another process holds the write lock (a build is running).
LOCKED = "Could not set lock"
# WAL_BEING_WRITTEN (lead, session 28): what a read-only open says when it reads the write-ahead log while a build
# appends to it — the last record half written: "Storage exception: Checksum verification failed, the WAL file is
# corrupted." (tests/test_reliability.py, readers polling `plankg stats` during three builds: once in ~130 polls of a
# fresh-clone run). A moment later the record is whole; a reader retries as it does for a checkpoint, and only past
# WAIT_FOR_WRITER_S reports the engine's words.
WAL_BEING_WRITTEN = "the WAL file is corrupted"
# What it says when the file is something else (a plan text, a folder's README given as --store).
NOT_A_DATABASE = "not a valid Lbug database file"
# How long a reader waits for a running build to finish its checkpoint before giving up.
WAIT_FOR_WRITER_S = 120.0
# The buffer pool of a read-only open. The engine's default is 80 % of the machine's memory, and
# reserving that costs a lookup about 0.1 s of its start (measured on 24 GB: open + one query
# 0.17 s with the default, 0.06-0.08 s with 512 MiB). Reads evict pages like any cache, so a
# bounded pool still answers on a graph larger than it; builds keep the default.
READ_BUFFER_POOL_BYTES = 512 * 1024**2


def open_database(path: Path, *, read_only: bool, wait_s: float = WAIT_FOR_WRITER_S) -> ladybug.Database:
    """Open the database; a reader finishes an interrupted checkpoint itself, or waits for the build.

    Recovery pending with nobody holding the write lock: open read-write for a moment (under the
    store's own lock; that replays the checkpoint) and open read-only again. With the lock held
    (a build is checkpointing): wait, then retry. A reader never fails because a build is running.
    """
    deadline = time.monotonic() + wait_s
    delay = 0.02
    while True:
        try:
            if read_only:
                return ladybug.Database(str(path), read_only=True, buffer_pool_size=READ_BUFFER_POOL_BYTES)
            return ladybug.Database(str(path), read_only=False)
        except RuntimeError as error:
            if not read_only or RECOVERY_PENDING not in str(error):
                raise
        try:
            ladybug.Database(str(path), read_only=False).close()
            continue  # recovered: open read-only again
        except RuntimeError as error:
            if LOCKED not in str(error):
                raise
        if time.monotonic() > deadline:
            raise StoreError(
                f"the embedded store at {path} is being checkpointed by another process (a build) "
                f"that has held it for over {wait_s:.0f} s; try again when it finishes"
            )
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


def open_failure(path: Path, error: BaseException) -> str:
    """Why the store did not open, in one line. The engine's own words for a held lock ("IO
    exception: Could not set lock on file : … (Lock is held by PID 22851) (Error: Resource
    temporarily unavailable)") become what to do: another process writes it, wait for it."""
    blocking = file_in_the_way(path) if isinstance(error, FileExistsError | NotADirectoryError) else None
    if blocking is not None:
        return (
            f"cannot make the embedded store at {path}: {blocking} is a file, not a folder; give another --store path"
        )
    text = _first_line(error)
    if LOCKED in text:
        holder = re.search(r"PID (\d+)", text)
        who = f" (PID {holder.group(1)})" if holder else ""
        return (
            f"the embedded store at {path} is being written by another process{who}, e.g. a build; "
            "try again when it finishes"
        )
    if NOT_A_DATABASE in text:
        return (
            f"{path} is not a plankg store (not a LadybugDB database file); give --store the path of one, or a new path"
        )
    return f"cannot open the embedded store at {path}: {text}"


# The first bytes of a LadybugDB database file.
STORE_MAGIC = b"LBUG"


def _stores_in(folder: Path) -> str:
    """The hint ", e.g. --store .plankg/graph" when ``folder`` holds store files: `--store .plankg`,
    the folder of the default store (.plankg/graph), was refused without naming the file to give."""
    found = []
    try:
        entries = sorted(itertools.islice(folder.iterdir(), 200))  # a big folder (--store ~) stays quick
    except OSError:
        return ""
    for entry in entries:
        try:
            if entry.is_file() and not entry.name.endswith(".wal"):
                with entry.open("rb") as handle:
                    if handle.read(len(STORE_MAGIC)) == STORE_MAGIC:
                        found.append(str(entry))
        except OSError:
            continue
    return f", e.g. --store {' or '.join(found[:3])}" if found else ""


def check_store_path(path: Path) -> None:
    """Refuse, before a build reads anything, a --store path no store can be written at: a folder,
    a path under a file, an existing file that is no store. `plankg build FOLDER --store notes.txt`
    read and analysed every plan of the folder (minutes for a large one) before saying so."""
    refuse_directory(path)
    blocking = file_in_the_way(path)
    if blocking is not None:
        raise StoreError(
            f"cannot make the embedded store at {path}: {blocking} is a file, not a folder; give another --store path"
        )
    refuse_foreign_file(path)


def refuse_directory(path: Path) -> None:
    """Refuse a folder given as the store, naming the store files inside it a user probably meant."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not an embedded store file (pass --store FILE{_stores_in(path)})")


def refuse_foreign_file(path: Path) -> None:
    """Refuse an existing file that does not open as a LadybugDB database. The engine's own words for
    a file shorter than its header (`plankg plans --store notes.txt`, notes.txt holding "x") were
    "Runtime exception: Reading past the end of the file … with size 2 at offset 2"."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(STORE_MAGIC))
    except OSError:
        return  # no file yet (a new store), or one the store itself will report on
    if head and head != STORE_MAGIC:
        raise StoreError(
            f"{path} is not a plankg store (not a LadybugDB database file); give --store the path of one, or a new path"
        )


class LadybugStore:
    name = "ladybug"

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.location = str(path)
        self.read_only = read_only
        if read_only and not path.exists():
            raise StoreError(f"no graph at {path}: run `plankg build` first (or give another store: --store, store=)")
        refuse_directory(path)
        refuse_foreign_file(path)
        self._path = path
        self._closed = False
        self._open()

    def _open(self) -> None:
        path = self._path
        deadline, delay = time.monotonic() + WAIT_FOR_WRITER_S, 0.02
        while True:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._db = open_database(path, read_only=self.read_only)
                self._conn = ladybug.Connection(self._db)
                break
            except (RuntimeError, OSError) as error:
                if self.read_only and WAL_BEING_WRITTEN in str(error) and time.monotonic() < deadline:
                    time.sleep(delay)  # WAL_BEING_WRITTEN: read it again once the build's record is whole
                    delay = min(delay * 2, 0.5)
                    continue
                raise StoreError(open_failure(path, error)) from None
        self._seen = self._version()

    def _version(self) -> tuple[tuple[int, int, int], ...]:
        """What the database and its WAL look like on disk (inode, size, modification time)."""
        marks = []
        for file in (self._path, Path(f"{self._path}.wal")):
            try:
                info = file.stat()
            except OSError:
                continue
            marks.append((info.st_ino, info.st_size, info.st_mtime_ns))
        return tuple(marks)

    def _refresh(self) -> None:
        """A read-only handle sees the database as it was when opened: in a notebook, a Graph
        opened before `plankg.build(...)` into the same store went on answering without the new
        plans. When the files changed since, the handle is opened again (as a new command would)."""
        if self.read_only and not self._closed and self._version() != self._seen:
            self._conn.close()
            self._db.close()
            self._open()

    def ensure_schema(self) -> None:
        for statement in schema_statements():
            self._execute(statement)

    def _execute(self, cypher: str, params: dict[str, Any] | None = None) -> Any:
        if self._closed:
            raise StoreError(f"the graph at {self.location} is closed; open it again (plankg.open)")
        try:
            return self._conn.execute(cypher, params or {})
        except RuntimeError as error:
            text = _first_line(error)
            missing = MISSING_TABLE.search(text)
            if self.read_only and missing and missing.group(1) in PLANKG_TABLES:
                raise StoreError(
                    f"the embedded store at {self.location} holds no plankg graph yet (no {missing.group(1)} table); "
                    f"build into it first: plankg build PATHS --store {self.location}"
                ) from None
            raise QueryError(text) from None
        except (ValueError, TypeError) as error:  # raised while the engine converts the parameters
            # -p x='[1,"a"]': "invalid literal for int() with base 10: 'a'" was a traceback.
            raise QueryError(
                f"the embedded engine cannot take these parameter values ({_first_line(error)}); "
                "a list must hold values of one type"
            ) from None

    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[dict[str, Any]]:
        check_text(cypher, params)
        if not write:
            check_read_only(cypher)  # a read-only database still runs COPY … TO and CHECKPOINT
        self._refresh()
        result = self._execute(cypher, params)
        results = result if isinstance(result, list) else [result]
        rows: list[dict[str, Any]] = []
        for part in results:
            names = part.get_column_names()
            while part.has_next():
                rows.append({n: _plain(v) for n, v in zip(names, part.get_next(), strict=True)})
        return rows

    @contextlib.contextmanager
    def _transaction(self, what: str) -> Iterator[None]:
        """All statements inside commit together or not at all."""
        self._execute("BEGIN TRANSACTION")
        try:
            yield
            self._execute("COMMIT")
        except BaseException as error:
            # The engine may already have rolled back on the failed statement.
            with contextlib.suppress(RuntimeError):
                self._conn.execute("ROLLBACK")
            if isinstance(error, QueryError):
                raise StoreError(f"writing {what} failed, nothing changed: {error}") from None
            raise

    def write_plan(self, rows: PlanRows) -> None:
        self.write_plans([rows])

    def write_plans(self, batch: Sequence[PlanRows]) -> None:
        from plankg.graph import ladybug_bulk  # COPY for relationships; deletes and clean-up scoped to the plans

        if not batch:
            return
        with self._transaction(plans_label(batch)):
            ladybug_bulk.write_plans(self._execute, batch)

    def replace_relationships(
        self, rel_type: str, groups: Iterable[RelRows], *, between: Sequence[tuple[str, str]] | None = None
    ) -> None:
        from plankg.graph.ladybug_bulk import copy_relationship_chunks

        with self._transaction(rel_type):
            if between is None:
                self._execute(delete_relationships_statement(rel_type))
            for source, target in between or ():
                for statement in delete_between_plans_statements(rel_type):
                    self._execute(statement, {"source": source, "target": target})
            # COPY, not UNWIND … MATCH … CREATE: lineage rows name nodes already in the store,
            # and COPY looks them up by primary key (ladybug_bulk says why and what it measured).
            copy_relationship_chunks(self._execute, groups)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._conn.close()
        self._db.close()


# What the engine says of a label or relationship type it has no table for. When the name is one
# of plankg's own, the store was never built (an empty file given as --store opens as an empty
# database): "Binder exception: Table Plan does not exist." becomes what to do. A user's own
# misspelt label (Plann) keeps the engine's words.
MISSING_TABLE = re.compile(r"Table (\w+) does not exist")
PLANKG_TABLES = frozenset(NODE_PROPERTIES) | frozenset(RELATIONSHIPS)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
