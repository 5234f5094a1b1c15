"""What a read-only query may do: a Cypher tokeniser and the clauses it refuses.

The engines' own read-only modes come first (a Neo4j READ session, a LadybugDB database opened
read-only) but neither is complete: LadybugDB runs ``COPY (…) TO '/tmp/x.csv'`` and
``CHECKPOINT`` on a read-only database, and Neo4j runs ``LOAD CSV`` (a read clause) in a READ
session. This check closes those gaps on both stores and gives each refusal a clear message.

It works on tokens, not on the raw text, so that a keyword inside a string, a comment or a
backtick-quoted name is never taken for a clause (``// don't`` once hid a ``COPY`` from a regex),
and a keyword used as a name (``RETURN n.id AS set``) is not taken for one either. Both engines
share the lexical rules used here (checked on LadybugDB 0.22 and Neo4j 5.26): strings in ``'…'``
or ``"…"`` with backslash escapes (``''`` is not an escape), names in backticks with a doubled
backtick as escape, ``//`` line and ``/* */`` block comments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from plankg.errors import QueryError


@dataclass(frozen=True)
class Token:
    kind: str  # word, string, name (backticked), param, number, symbol
    text: str  # for words: upper-cased; for others: as written
    offset: int


# One alternative per token kind, tried in this order at each position. Strings, comments and
# backticked names are matched whole so their content never reaches the keyword check.
LEXEME = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*.*?\*/)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<name>`(?:[^`]|``)*`)
  | (?P<param>\$(?:[^\W\d]\w*|\d+|`(?:[^`]|``)*`))
  | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<word>[^\W\d]\w*)
  | (?P<symbol>.)
    """,
    re.VERBOSE | re.DOTALL,
)
UNTERMINATED = {"'": "string", '"': "string", "`": "quoted name", "/*": "comment"}


def tokenise(cypher: str) -> list[Token]:
    """Significant tokens (no spaces, no comments); an unterminated string or comment is refused,
    since where it ends is exactly what an engine and a checker could disagree on."""
    tokens: list[Token] = []
    position = 0
    while position < len(cypher):
        match = LEXEME.match(cypher, position)
        assert match is not None  # `symbol` matches any one character
        kind = match.lastgroup or "symbol"
        text = match.group()
        if kind == "symbol" and (text in "'\"`" or cypher.startswith("/*", position)):
            what = UNTERMINATED["/*" if text == "/" else text]
            raise QueryError(f"unterminated {what} at character {position + 1} of the query")
        if kind == "word":
            text = text.upper()
        if kind not in ("space", "line_comment", "block_comment"):
            tokens.append(Token(kind, text, position))
        position = match.end()
    return tokens


# Clauses that change the graph or the database (Cypher, LadybugDB DDL, Neo4j administration).
WRITE_CLAUSES = frozenset(
    "CREATE MERGE DELETE DETACH SET REMOVE DROP ALTER FOREACH RENAME GRANT DENY REVOKE "
    "START STOP TERMINATE COMMENT".split()  # COMMENT ON TABLE: LadybugDB's catalog
)
# Statements that reach the file system or the network: LadybugDB `COPY … TO/FROM`, `LOAD FROM`,
# `EXPORT/IMPORT DATABASE`, `INSTALL`/`LOAD EXTENSION`, `ATTACH`; Neo4j `LOAD CSV`.
FILE_CLAUSES = frozenset("COPY LOAD EXPORT IMPORT INSTALL UNINSTALL ATTACH".split())
# Maintenance: a read-only LadybugDB database runs CHECKPOINT and then refuses every reader
# ("checkpoint recovery pending") until something opens it for writing.
MAINTENANCE_CLAUSES = frozenset("CHECKPOINT VACUUM".split())
# Procedures that read or write files, or run other statements (Neo4j APOC): refused in a read
# query even where the server would allow them.
FILE_PROCEDURES = (
    "apoc.load.",
    "apoc.import.",
    "apoc.export.",
    "apoc.cypher.",
    "apoc.periodic.",
    "apoc.config.",
    "apoc.systemdb.",
    "apoc.log.",
    "apoc.trigger.",
    "dbms.setconfigvalue",
)
# A keyword right after one of these is a name, not a clause: `n.set`, `(:Set)`, `AS set`,
# `count(set)`, `[set]`, `x = set`, `WHERE set`, `RETURN set` … (a clause only ever follows the
# end of an expression or pattern: a name, a literal, `)`, `]`, `}`, or the start of the query).
# (`*` is left out: after `WITH *` or `RETURN *` a clause may follow.)
NAME_POSITION_SYMBOLS = frozenset(".:(,[|=<>+-/%^!~")
NAME_POSITION_WORDS = frozenset(
    "AS RETURN WITH WHERE BY AND OR XOR NOT IN IS CASE WHEN THEN ELSE DISTINCT UNWIND YIELD SKIP LIMIT "
    "CONTAINS STARTS ENDS MATCH OPTIONAL".split()
)
CLAUSE_WORDS = WRITE_CLAUSES | FILE_CLAUSES | MAINTENANCE_CLAUSES | {"CALL"}


def _is_clause(tokens: list[Token], i: int) -> bool:
    """Whether the keyword at ``tokens[i]`` stands where a clause starts."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is not None and following.text == ":" and following.kind == "symbol":
        return False  # a map key: {set: 1}
    if i == 0:
        return True
    before = tokens[i - 1]
    if before.kind == "symbol":
        return before.text not in NAME_POSITION_SYMBOLS  # `)`, `]`, `}`, `;`, `{` (subquery) …
    # After a name, a literal, a parameter or an expression-ending keyword (NULL, TRUE): a clause.
    return not (before.kind == "word" and before.text in NAME_POSITION_WORDS)


def _procedure(tokens: list[Token], i: int) -> str:
    """The dotted name after CALL at ``tokens[i]`` (lower case), e.g. ``apoc.load.json``."""
    parts: list[str] = []
    j = i + 1
    while j < len(tokens) and tokens[j].kind in ("word", "name"):
        parts.append(tokens[j].text.strip("`").lower())
        if j + 1 < len(tokens) and tokens[j + 1].text == ".":
            j += 2
        else:
            break
    return ".".join(parts)


def refusal(cypher: str) -> str | None:
    """Why a query may not run read-only (one line), or None when it may."""
    tokens = tokenise(cypher)
    for i, token in enumerate(tokens):
        if token.kind != "word" or token.text not in CLAUSE_WORDS or not _is_clause(tokens, i):
            continue
        if token.text in WRITE_CLAUSES:
            return f"this query writes to the graph ({token.text}); pass --write to allow it"
        if token.text in FILE_CLAUSES:
            clause = "LOAD CSV" if token.text == "LOAD" and _next_is(tokens, i, "CSV") else token.text
            return f"{clause} reaches files or the network, which a read-only query may not; pass --write to allow it"
        if token.text in MAINTENANCE_CLAUSES:
            return f"{token.text} is a maintenance statement; pass --write to run it"
        # CALL: an engine setting (`CALL threads=4`) or a procedure.
        name = _procedure(tokens, i)
        after = i + 1 + max(1, 2 * name.count(".") + 1) if name else i + 1
        if name and after < len(tokens) and tokens[after].text == "=":
            return f"CALL {name}=… changes an engine setting; pass --write to allow it"
        if name.startswith(FILE_PROCEDURES):
            return f"procedure {name} reads or writes files or runs other statements; pass --write to allow it"
    return None


def _next_is(tokens: list[Token], i: int, word: str) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].kind == "word" and tokens[i + 1].text == word


def check_read_only(cypher: str) -> None:
    """Raise QueryError with a one-line reason if ``cypher`` may not run as a read."""
    reason = refusal(cypher)
    if reason:
        raise QueryError(reason)


# A lone surrogate is how Python carries bytes that were not valid UTF-8 (a shell argument in
# another encoding: `plankg show $'\xff'`). Neither engine can take one: LadybugDB's binding
# dies with a TypeError, Neo4j's driver with an encoding error.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(cypher: str, params: dict[str, Any] | None = None) -> None:
    """Refuse a query or parameter holding text that is not valid Unicode, saying where."""
    for where, value in [("query", cypher), *((f"parameter {k}", v) for k, v in (params or {}).items())]:
        for text in _strings(value):
            bad = LONE_SURROGATE.search(text)
            if bad:
                raise QueryError(
                    f"the {where} holds bytes that are not valid UTF-8 (character {bad.start() + 1}); "
                    "check the terminal's encoding"
                )


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)
