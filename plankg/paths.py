"""Path checks shared by the store and the exports, made before anything is written."""

from __future__ import annotations

from pathlib import Path


def file_in_the_way(path: Path) -> Path | None:
    """The file standing where a folder of ``path`` should be: ``--store notes.txt/graph`` said
    "[Errno 17] File exists: 'notes.txt'", which did not say that notes.txt had to be a folder
    (and ``export -o notes.txt/ic.json`` "cannot write it: File exists", naming neither file)."""
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            return parent
    return None
