"""The plans manifest (``plans.yaml`` beside the plan files): file name → validated PlanMeta.

Parsing is pure (text in, metadata out); what needs the disk (does each listed file exist?) is
``missing_files``, called by the pipeline. Every mistake is one line naming the entry.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import yaml
from pydantic import ValidationError

from plankg.errors import InputError
from plankg.schema import PlanMeta

# The id pattern PlanMeta enforces, said in words for the messages.
ID_RULE = "lower-case letters, digits, '.', '_' and '-', starting with a letter or digit (e.g. sh-stic-14)"
RELATION_KEYS = ("follows", "interprets")
# The keys of a manifest entry: its file and the PlanMeta fields.
ENTRY_KEYS = ("file", *PlanMeta.model_fields)


def meta_error(error: ValidationError, where: str) -> InputError:
    """A PlanMeta validation error as one line, in the manifest's words, not Pydantic's.

    An unknown key comes first, with the nearest allowed key ("titel" → "did you mean 'title'?"):
    a misspelt key also makes its field missing, and "title: Field required" hid the typo; the
    keys an entry takes are listed. An invalid id says which ids are allowed.
    """
    problems = error.errors()
    unknown = [p for p in problems if p["type"] == "extra_forbidden"]
    if unknown:
        key = ".".join(str(part) for part in unknown[0]["loc"])
        close = difflib.get_close_matches(key, ENTRY_KEYS, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        return InputError(f"{where}: unknown key {key!r}; {hint}an entry takes {', '.join(ENTRY_KEYS)}")
    first = problems[0]
    field = ".".join(str(p) for p in first["loc"])
    if field == "id":
        return InputError(f"{where}: plan id {first.get('input')!r} is not allowed; use {ID_RULE}")
    if first["type"] == "missing":
        return InputError(f"{where}: {field!r} is missing (every entry needs id, file and title)")
    return InputError(f"{where}: {field}: {first['msg']} (got {first.get('input')!r})")


def make_meta(fields: dict[str, Any], where: str) -> PlanMeta:
    try:
        return PlanMeta(**fields)
    except ValidationError as error:
        raise meta_error(error, where) from None
    except TypeError as error:  # a key that is not a string
        raise InputError(f"{where}: {error}") from None


def plan_file_name(value: object, where: str) -> str:
    """The entry's ``file``: a file name in the manifest's own folder, nothing else.

    A manifest is data, often someone else's: ``file: ../../etc/passwd`` or an absolute path
    must not make a build read outside the plans folder.
    """
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}: 'file' must be a file name")
    name = value.strip()
    if name in (".", ".."):
        raise InputError(f"{where}: file {name!r} is not a file name")
    for flavour in (PurePosixPath, PureWindowsPath):
        path = flavour(name)
        if path.is_absolute() or path.anchor or ".." in path.parts:
            raise InputError(f"{where}: file {name!r} is outside the plans folder; refused")
        if len(path.parts) != 1:
            raise InputError(f"{where}: file {name!r} is in a sub-folder; list files of this folder only")
    return name


def yaml_problem(error: yaml.YAMLError) -> str:
    """Where and what, in one line: "line 4, column 4: expected <block end>, but found …"."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    return f"line {mark.line + 1}, column {mark.column + 1}: {problem}" if mark else str(problem)


def parse_manifest(source: str, name: str) -> dict[str, PlanMeta]:
    """Manifest YAML → {file name: PlanMeta}."""
    try:
        data = yaml.safe_load(source) or {}
    except yaml.YAMLError as error:
        raise InputError(f"{name}: not valid YAML ({yaml_problem(error)})") from None
    # A bare list of entries is read as the plans: list (the README shows one entry as "- id: …").
    entries = data if isinstance(data, list) else data.get("plans", []) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InputError(f"{name}: expected a top-level 'plans:' list")
    metas: dict[str, PlanMeta] = {}
    listed_at: dict[str, int] = {}
    ids_at: dict[str, int] = {}
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or "file" not in entry:
            raise InputError(f"{name}: entry {position} has no 'file'")
        where = f"{name}: entry {position}"
        file_name = plan_file_name(entry["file"], where)
        where = f"{where} ({file_name})"
        if file_name in listed_at:
            raise InputError(f"{where}: the file is listed twice (also entry {listed_at[file_name]})")
        listed_at[file_name] = position
        fields = {k: v for k, v in entry.items() if k != "file"}
        if "period" in fields:
            fields["period"] = str(fields["period"])
        for key in RELATION_KEYS:
            # One id is one plan (`follows: bj-sti-13`, as a single predecessor is usually written)
            # and an empty key is none: both gave "follows: Input should be a valid list".
            if isinstance(fields.get(key), str):
                fields[key] = [fields[key]]
            elif key in fields and fields[key] is None:
                fields[key] = []
        meta = make_meta(fields, where)
        for key in RELATION_KEYS:
            if meta.id in getattr(meta, key):
                raise InputError(f"{where}: plan {meta.id} {key} itself; a plan cannot relate to itself")
        if meta.id in ids_at:
            raise InputError(f"{where}: plan id {meta.id} is also the id of entry {ids_at[meta.id]}")
        ids_at[meta.id] = position
        metas[file_name] = meta
    return metas


def missing_files(metas: dict[str, PlanMeta], directory: Path, name: str) -> None:
    """Refuse a manifest that lists files the folder does not hold (a typo in ``file:``)."""
    missing = sorted(f for f in metas if not (directory / f).is_file())
    if missing:
        raise InputError(f"{name}: listed but not in {directory}: {', '.join(missing)}")


def unknown_relations(meta: PlanMeta, known: Iterable[str]) -> list[str]:
    """The plan ids ``meta`` follows or interprets that ``known`` does not hold, e.g. a typo."""
    ids = set(known)
    return [f"{key}: {target}" for key in RELATION_KEYS for target in getattr(meta, key) if target not in ids]
