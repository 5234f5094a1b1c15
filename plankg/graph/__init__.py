"""Graph stores behind one protocol, chosen by configuration."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from plankg.errors import StoreError
from plankg.graph.store import GraphStore, redact

DEFAULT_STORE_DIR = ".plankg/graph"


def default_store_path() -> Path:
    return Path(os.environ.get("PLANKG_STORE") or DEFAULT_STORE_DIR)


# The Bolt schemes the official driver speaks (direct and routing; +s: TLS, +ssc: TLS with a
# self-signed certificate). Anything else (http://, a bare host) is refused before the driver
# sees it: given http:// it tries an optional HTTP transport and dies on a missing `aiohttp`.
NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def check_neo4j_uri(uri: str) -> None:
    """Refuse a URI the driver cannot use, saying which schemes work."""
    scheme = urlsplit(uri).scheme.lower() if "://" in uri else ""
    if scheme not in NEO4J_SCHEMES:
        shown = f"scheme {scheme}://" if scheme else "no scheme"
        raise StoreError(
            f"Neo4j URI {redact(uri)!r} has {shown}; use one of "
            + ", ".join(f"{s}://" for s in NEO4J_SCHEMES)
            + " (e.g. bolt://127.0.0.1:7687)"
        )
    try:
        port = urlsplit(uri).port
    except ValueError:
        port = -1
    if port == -1 or not urlsplit(uri).hostname:
        raise StoreError(
            f"Neo4j URI {redact(uri)!r} needs a host and an optional numeric port, e.g. {scheme}://host:7687"
        )


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
        check_neo4j_uri(uri)
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
