"""The Neo4j store: the official driver; a batch of plans written by one statement of ``UNWIND``
subqueries in one transaction.

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
from plankg.graph.model import (
    INDEXED_PROPERTIES,
    NODE_PROPERTIES,
    RELATIONSHIPS,
    PlanRows,
    RelRows,
    combine_plans,
    plans_label,
)
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


# One statement writes a batch of plans: every delete, Plan row, node label and relationship group as
# a CALL subquery of it, each reading its own list parameter (empty where the batch has none). The
# text is the same for every batch, so the server plans it once. Written as ~24 statements a
# transaction (one per label and group, the deletes one plan at a time after a query for which
# plans exist), each paid a round trip and the server's per-statement work: on 20 generated plans
# (11,541 items), in one process on a loaded machine, median of 5 rounds after 2 untimed, the load
# took 0.90 s (rounds 0.82-0.97) against 1.38 s (0.66-2.09) and 0.27 s of client and server CPU
# against 0.65 s; the graph is the same, every property.
PLAN_IDS, PLAN_ROWS = "plan_ids", "plans"
# The relationship groups of a plan's rows (``model.project``); CONTINUES, FOLLOWS and INTERPRETS
# are written after the plans (``replace_relationships``, ``relink_plans``).
WRITTEN_GROUPS = {
    (rel, a, b): f"{rel}_{a}_{b}"
    for rel, (ends, _) in RELATIONSHIPS.items()
    if rel not in ("CONTINUES", "FOLLOWS", "INTERPRETS")
    for a, b in ends
}


# The server plans a statement again when the counts it was planned with have drifted (an emptied
# or a growing graph, every 10 s at most); planning this one costs about as much as writing 16 plans
# (3 s against 0.4-0.9 s on a loaded machine). Its plan is the same at any size: every node is
# found by a unique id or by the plan_id index, the orphans by a label scan; so it is kept.
REPLAN_SKIP = "CYPHER replan=skip "


def _unwinding(statement: str, param: str) -> str:
    """A shared ``UNWIND $rows AS r …`` statement reading the list parameter ``param``."""
    head = "UNWIND $rows AS r "
    assert statement.startswith(head), statement
    return f"UNWIND ${param} AS r {statement.removeprefix(head)}"


def _plan_write_statement() -> str:
    # Only a plan already written has anything to delete (the statements ran only for those): the
    # Plan seek first, so that SUPPORTS, which no index finds by plan_id, is scanned for those alone.
    deletes = [
        f"UNWIND ${PLAN_IDS} AS plan_id MATCH (:Plan {{id: plan_id}}) {statement.replace('$plan_id', 'plan_id')}"
        for statement in delete_plan_statements()
    ]
    plans = [_unwinding(merge_plan_statement(cast=False), PLAN_ROWS)]
    nodes = [_unwinding(node_statement(label, cast=False), label) for label in NODE_PROPERTIES if label != "Plan"]
    # every property of the type: a row without one (a null) writes none, as the row's own keys did
    properties = {rel: dict.fromkeys(props) for rel, (_, props) in RELATIONSHIPS.items()}
    groups = {param: RelRows(rel, a, b, [properties[rel]]) for (rel, a, b), param in WRITTEN_GROUPS.items()}
    rels = [_unwinding(relationship_statement(group, cast=False), param) for param, group in groups.items()]
    return REPLAN_SKIP + " ".join(f"CALL {{ {part} }}" for part in (*deletes, *plans, *nodes, *rels))


PLAN_WRITE = _plan_write_statement()
ORPHAN_CLEANUP = " ".join(f"CALL {{ {statement} }}" for statement in orphan_cleanup_statements())
PLAN_WRITE_AND_CLEANUP = f"{PLAN_WRITE} {ORPHAN_CLEANUP}"


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
        """Several plans in one transaction: their deletes, Plan rows, nodes and relationships in
        one statement (``plan_write_statement``) and the orphan clean-up at its end; groups longer
        than ``batch_size`` are written in rounds of that statement, nodes before relationships."""
        if not batch:
            return
        combined = combine_plans(batch)
        params: dict[str, list[Any]] = {
            PLAN_IDS: [rows.plan_id for rows in batch],
            PLAN_ROWS: [rows.plan for rows in batch],
        }
        nodes = {label: combined.nodes.get(label, []) for label in NODE_PROPERTIES if label != "Plan"}
        rels: dict[str, list[Any]] = {param: [] for param in WRITTEN_GROUPS.values()}
        others = []  # a group outside WRITTEN_GROUPS (none today) gets its own statement
        for group in combined.relationships:
            param = WRITTEN_GROUPS.get((group.type, group.source_label, group.target_label))
            if param is None:
                others.append(group)
            else:
                rels[param] = group.rows

        def work(tx: neo4j.ManagedTransaction) -> None:
            rounds = self._rounds(params, nodes, rels)
            for i, round_params in enumerate(rounds):
                last = i == len(rounds) - 1 and not others
                tx.run(PLAN_WRITE_AND_CLEANUP if last else PLAN_WRITE, round_params).consume()
            if others:
                for group in others:
                    for rows in self._batches(group.rows):
                        if rows:
                            tx.run(relationship_statement(group, cast=False), rows=rows).consume()
                tx.run(ORPHAN_CLEANUP).consume()

        self._write(work, plans_label(batch))

    def _rounds(
        self, plans: dict[str, list[Any]], nodes: dict[str, list[Any]], rels: dict[str, list[Any]]
    ) -> list[dict[str, list[Any]]]:
        """The parameters of each run of PLAN_WRITE: one run when no list is longer than
        ``batch_size``; otherwise the deletes and Plan rows, then slices of the nodes, then slices
        of the relationships (a relationship's ends exist before it is matched)."""
        size = self.batch_size
        empty: dict[str, list[Any]] = {key: [] for key in (*plans, *nodes, *rels)}
        if all(len(rows) <= size for rows in (*nodes.values(), *rels.values())):
            return [{**empty, **plans, **nodes, **rels}]
        rounds = [{**empty, **plans}]
        for group in (nodes, rels):
            longest = max(len(rows) for rows in group.values())
            rounds += [
                {**empty, **{key: rows[i : i + size] for key, rows in group.items()}} for i in range(0, longest, size)
            ]
        return rounds

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
