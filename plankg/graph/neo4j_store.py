"""The Neo4j store: the official driver, batched ``UNWIND $rows`` writes, one transaction a plan.

Writes go through ``session.execute_write`` so that transient errors (leader changes in a
cluster, deadlocks) are retried by the driver; reads through ``execute_read`` in a READ
session, which the server itself refuses to let write.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import neo4j
from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError, ServiceUnavailable

from plankg.errors import QueryError, StoreError
from plankg.graph.model import INDEXED_PROPERTIES, NODE_PROPERTIES, PlanRows, RelRows
from plankg.graph.store import (
    delete_plan_statements,
    delete_relationships_statement,
    merge_plan_statement,
    node_statement,
    orphan_cleanup_statements,
    relationship_statement,
)

DEFAULT_BATCH_SIZE = 1000
# A dead address fails on the TCP connect; a port that accepts but never speaks Bolt only on
# the acquisition deadline. Together they keep "cannot reach" under 10 s.
CONNECT_TIMEOUT_S = 5.0
ACQUIRE_TIMEOUT_S = 6.0


def schema_statements() -> list[str]:
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in NODE_PROPERTIES
    ]
    statements += [
        f"CREATE INDEX {label.lower()}_{name} IF NOT EXISTS FOR (n:{label}) ON (n.{name})"
        for label, names in INDEXED_PROPERTIES.items()
        for name in names
    ]
    return statements


def _plain(value: Any) -> Any:
    if isinstance(value, neo4j.graph.Node):
        return {"_label": next(iter(value.labels), ""), **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Relationship):
        return {"_label": value.type, **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def redact(uri: str) -> str:
    """A URI for messages: any user:password@ part removed."""
    scheme, sep, rest = uri.partition("://")
    return f"{scheme}{sep}{rest.rsplit('@', 1)[-1]}" if sep else uri


class Neo4jStore:
    name = "neo4j"

    def __init__(
        self,
        uri: str,
        user: str | None,
        password: str | None,
        database: str | None = None,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        self.location = redact(uri)
        self.database = database or None
        self.batch_size = batch_size
        auth = (user or "neo4j", password or "") if (user or password) else None
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri,
                auth=auth,
                connection_timeout=CONNECT_TIMEOUT_S,
                connection_acquisition_timeout=ACQUIRE_TIMEOUT_S,
                max_transaction_retry_time=15.0,
            )
            self._driver.verify_connectivity()
        except AuthError:
            raise StoreError(
                f"Neo4j at {self.location} refused the credentials (check NEO4J_USERNAME/NEO4J_PASSWORD)"
            ) from None
        except (ServiceUnavailable, DriverError, OSError, ValueError) as error:
            raise StoreError(f"cannot reach Neo4j at {self.location}: {_first_line(error)}") from None

    def _session(self, write: bool) -> neo4j.Session:
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    def ensure_schema(self) -> None:
        for statement in schema_statements():
            self.run(statement, write=True)

    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[dict[str, Any]]:
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(cypher, params or {})
            return [{k: _plain(v) for k, v in record.items()} for record in result]

        try:
            with self._session(write) as session:
                return session.execute_write(work) if write else session.execute_read(work)
        except ClientError as error:
            if "write" in (error.message or "").lower() and not write:
                raise QueryError("this query writes to the graph; pass --write to allow it") from None
            raise QueryError(_first_line(error)) from None
        except Neo4jError as error:
            raise QueryError(_first_line(error)) from None
        except (ServiceUnavailable, DriverError) as error:
            raise StoreError(f"lost Neo4j at {self.location}: {_first_line(error)}") from None

    def _batches(self, rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
        return [rows[i : i + self.batch_size] for i in range(0, len(rows), self.batch_size)] or [[]]

    def _write(self, work: Callable[[neo4j.ManagedTransaction], None], what: str) -> None:
        """One managed write transaction (retried on transient errors), all or nothing."""
        try:
            with self._session(write=True) as session:
                session.execute_write(work)
        except Neo4jError as error:
            raise StoreError(f"writing {what} failed, nothing changed: {_first_line(error)}") from None
        except (ServiceUnavailable, DriverError) as error:
            raise StoreError(f"lost Neo4j at {self.location}: {_first_line(error)}") from None

    def write_plan(self, rows: PlanRows) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            for statement in delete_plan_statements():
                tx.run(statement, plan_id=rows.plan_id).consume()
            tx.run(merge_plan_statement(cast=False), rows=[rows.plan]).consume()
            for label, node_rows in rows.nodes.items():
                for batch in self._batches(node_rows):
                    if batch:
                        tx.run(node_statement(label, cast=False), rows=batch).consume()
            for group in rows.relationships:
                for batch in self._batches(group.rows):
                    if batch:
                        tx.run(relationship_statement(group, cast=False), rows=batch).consume()
            for statement in orphan_cleanup_statements():
                tx.run(statement).consume()

        self._write(work, f"plan {rows.plan_id}")

    def replace_relationships(self, rel_type: str, groups: list[RelRows]) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            tx.run(delete_relationships_statement(rel_type)).consume()
            for group in groups:
                for batch in self._batches(group.rows):
                    if batch:
                        tx.run(relationship_statement(group, cast=False), rows=batch).consume()

        self._write(work, rel_type)

    def close(self) -> None:
        self._driver.close()


def _first_line(error: BaseException) -> str:
    message = getattr(error, "message", None) or str(error)
    text = message.strip()
    return text.splitlines()[0].rstrip(":") if text else type(error).__name__
