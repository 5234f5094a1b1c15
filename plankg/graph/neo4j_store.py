"""The Neo4j store: the official driver, batched ``UNWIND $rows`` writes, one transaction a plan.

Writes go through ``session.execute_write`` so that transient errors (leader changes in a
cluster, deadlocks) are retried by the driver; reads through ``execute_read`` in a READ
session, which the server itself refuses to let write.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import neo4j
from neo4j.exceptions import AuthError, ClientError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

from plankg.errors import QueryError, StoreError
from plankg.graph.guard import check_read_only, check_text
from plankg.graph.model import INDEXED_PROPERTIES, NODE_PROPERTIES, PlanRows, RelRows, combine_plans, plans_label
from plankg.graph.store import (
    delete_between_plans_statements,
    delete_plan_statements,
    delete_relationships_statement,
    merge_plan_statement,
    node_statement,
    orphan_cleanup_statements,
    redact,
    relationship_statement,
)

# Rows per UNWIND statement. Measured on 20 generated plans (11,382 items, written 16 plans a
# transaction, as the build does), 2 untimed rounds then 9 alternating rounds on the same server:
# medians 0.33 s (500 rows), 0.33 s (1,000), 0.32 s (10,000), naive 7.5-15 s. With 16 plans a
# transaction no label or relationship group reaches 1,500 rows, so sizes from 2,000 up send the
# same statements and 500-1,000 only split the largest few; the time is the server's per-row work
# and per-statement round trips, not the batch size. For CONTINUES (27,000 rows in one replace)
# 1,000-27,000 rows a statement measured 1.3-2.2 s with no order above the noise. 10,000 keeps
# the fewest round trips. Plan-local nodes are CREATEd (their plan's nodes are deleted first);
# MERGE on them measured 0.33-0.38 s against 0.32-0.33 s in the same rounds.
DEFAULT_BATCH_SIZE = 10_000
# A dead address fails on the TCP connect; a port that accepts but never speaks Bolt only on
# the acquisition deadline. Together they keep "cannot reach" under 10 s.
CONNECT_TIMEOUT_S = 5.0
ACQUIRE_TIMEOUT_S = 6.0
# Server notifications: the driver logs each one as "Received notification from DBMS server…" and,
# with no logging configured, Python prints it on stderr (14–32 lines when building into an empty
# database: "label does not exist" for the delete-before-write statements). Information is not
# requested at all; plankg's own writes ask for none; warnings on the user's queries are kept on
# the store (`notices`) for the CLI to print once, summarised. A NullHandler stops the
# last-resort printing without hiding the records from an application that configures logging.
MIN_SEVERITY = neo4j.NotificationMinimumSeverity.WARNING
logging.getLogger("neo4j.notifications").addHandler(logging.NullHandler())


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
        self.notices: Counter[str] = Counter()  # warning text → how many times the server gave it
        auth = (user or "neo4j", password or "") if (user or password) else None
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri,
                auth=auth,
                connection_timeout=CONNECT_TIMEOUT_S,
                connection_acquisition_timeout=ACQUIRE_TIMEOUT_S,
                max_transaction_retry_time=15.0,
                notifications_min_severity=MIN_SEVERITY,
            )
            self._driver.verify_connectivity()
        except AuthError:
            raise StoreError(
                f"Neo4j at {self.location} refused the credentials (check NEO4J_USERNAME/NEO4J_PASSWORD)"
            ) from None
        except (ServiceUnavailable, DriverError, ConfigurationError, OSError, ValueError, ImportError) as error:
            raise StoreError(f"cannot reach Neo4j at {self.location}: {_first_line(error)}") from None

    def _session(self, write: bool, *, quiet: bool = False) -> neo4j.Session:
        """A session; ``quiet`` (plankg's own statements) asks the server for no notifications."""
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        severity = neo4j.NotificationMinimumSeverity.OFF if quiet else MIN_SEVERITY
        return self._driver.session(
            database=self.database, default_access_mode=mode, notifications_min_severity=severity
        )

    def ensure_schema(self) -> None:
        for statement in schema_statements():  # schema statements cannot share a transaction

            def work(tx: neo4j.ManagedTransaction, statement: str = statement) -> None:
                tx.run(statement).consume()

            self._write(work, "the schema")

    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[dict[str, Any]]:
        check_text(cypher, params)
        if not write:
            check_read_only(cypher)  # a READ session still runs LOAD CSV and file procedures

        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(cypher, params or {})
            rows = [{k: _plain(v) for k, v in record.items()} for record in result]
            for status in result.consume().gql_status_objects:
                if status.is_notification and status.severity == neo4j.NotificationSeverity.WARNING:
                    self.notices[status.status_description] += 1
            return rows

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

    def _write(self, work: Callable[[neo4j.ManagedTransaction], Any], what: str) -> None:
        """One managed write transaction (retried on transient errors), all or nothing."""
        try:
            with self._session(write=True, quiet=True) as session:
                session.execute_write(work)
        except Neo4jError as error:
            raise StoreError(f"writing {what} failed, nothing changed: {_first_line(error)}") from None
        except (ServiceUnavailable, DriverError) as error:
            raise StoreError(f"lost Neo4j at {self.location}: {_first_line(error)}") from None

    def write_plan(self, rows: PlanRows) -> None:
        self.write_plans([rows])

    def write_plans(self, batch: Sequence[PlanRows]) -> None:
        """Several plans in one transaction, one statement per label and relationship group
        (``combine_plans``), one orphan clean-up for the batch."""
        if not batch:
            return
        combined = combine_plans(batch)

        def work(tx: neo4j.ManagedTransaction) -> None:
            ids = [rows.plan_id for rows in batch]
            present = tx.run("UNWIND $ids AS i MATCH (p:Plan {id: i}) RETURN p.id AS id", ids=ids)
            for plan_id in [record["id"] for record in present]:
                for statement in delete_plan_statements():
                    tx.run(statement, plan_id=plan_id).consume()
            tx.run(merge_plan_statement(cast=False), rows=[rows.plan for rows in batch]).consume()
            self._create(tx, combined)

        self._write(work, plans_label(batch))

    def _create(self, tx: neo4j.ManagedTransaction, rows: PlanRows) -> None:
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

    def replace_relationships(
        self, rel_type: str, groups: Iterable[RelRows], *, between: Sequence[tuple[str, str]] | None = None
    ) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            if between is None:
                tx.run(delete_relationships_statement(rel_type)).consume()
            for source, target in between or ():
                for statement in delete_between_plans_statements(rel_type):
                    tx.run(statement, source=source, target=target).consume()
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
