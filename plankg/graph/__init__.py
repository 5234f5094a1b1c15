"""Graph stores behind one protocol, chosen by configuration."""

from __future__ import annotations

import os
from pathlib import Path

from plankg.graph.store import GraphStore

DEFAULT_STORE_DIR = ".plankg/graph"


def default_store_path() -> Path:
    return Path(os.environ.get("PLANKG_STORE") or DEFAULT_STORE_DIR)


def open_store(
    store: Path | None = None,
    neo4j_uri: str | None = None,
    *,
    read_only: bool = False,
    batch_size: int | None = None,
) -> GraphStore:
    """The Neo4j store when a URI is given (flag or NEO4J_URI), else the embedded one."""
    uri = neo4j_uri or (None if store else os.environ.get("NEO4J_URI"))
    if uri:
        from plankg.graph.neo4j_store import DEFAULT_BATCH_SIZE, Neo4jStore

        return Neo4jStore(
            uri,
            os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER"),
            os.environ.get("NEO4J_PASSWORD"),
            os.environ.get("NEO4J_DATABASE"),
            batch_size=batch_size or DEFAULT_BATCH_SIZE,
        )
    from plankg.graph.ladybug_store import LadybugStore

    return LadybugStore(store or default_store_path(), read_only=read_only)


__all__ = ["GraphStore", "default_store_path", "open_store"]
