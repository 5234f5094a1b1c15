"""Named, parameterised Cypher that runs unchanged on LadybugDB and on Neo4j.

Rules of the shared subset used here: one label per node; filters as parameters, "" meaning
"any" (LadybugDB cannot type a null parameter); `start`/`end` written in backticks
(LadybugDB reserves `end`); no list comprehensions, CALL {}, labels() or id().
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from plankg.errors import NotFoundError
from plankg.graph.model import NODE_PROPERTIES, RELATIONSHIPS
from plankg.graph.store import GraphStore
from plankg.queries.naming import display_name


@dataclass(frozen=True)
class NamedQuery:
    name: str
    cypher: str
    params: tuple[str, ...]
    doc: str  # what it answers, with an example of its parameters
    # The same query without its optional filters (``($x = '' OR …)``), run when every parameter
    # of ``optional`` is '' (any): LadybugDB cannot push such a test down, and with it plans the
    # path from a scan of every node it filters (see TASKS_IN_FIELD).
    unfiltered: str = ""
    optional: tuple[str, ...] = ()

    def run(self, store: GraphStore, **params: Any) -> list[dict[str, Any]]:
        missing = set(self.params) - set(params)
        if missing:
            raise TypeError(f"{self.name}: missing parameters {sorted(missing)}")
        if self.unfiltered and all(params[k] == "" for k in self.optional):
            return store.run(self.unfiltered, {k: params[k] for k in self.params if k not in self.optional})
        return store.run(self.cypher, {k: params[k] for k in self.params})


QUERIES: dict[str, NamedQuery] = {}


def _register(
    name: str, cypher: str, params: tuple[str, ...], doc: str, *, unfiltered: str = "", optional: tuple[str, ...] = ()
) -> NamedQuery:
    query = NamedQuery(name, " ".join(cypher.split()), params, doc, " ".join(unfiltered.split()), optional)
    QUERIES[name] = query
    return query


# PLAN_ISSUER_LISTED: who issued a plan, under which 文号 and when, is what a researcher checks first of a folder
# built without a manifest (round 53's 东公积金委〔2020〕2号 of 东莞市住房公积金管理委员会); `plankg plans` showed
# none of it, only `plankg show` of each plan did.
PLANS = _register(
    "plans",
    """MATCH (p:Plan) RETURN p.id AS id, p.title AS title, p.kind AS kind, p.region AS region,
       p.period AS period, p.start_year AS start_year, p.end_year AS end_year, p.issuer AS issuer,
       p.doc_number AS doc_number, p.issued AS issued, p.source AS source
       ORDER BY id""",
    (),
    "Every plan in the graph, with who issued it (issuer, doc_number, issued). Example: plans()",
)

PLAN = _register(
    "plan",
    """MATCH (p:Plan {id: $plan}) RETURN p.id AS id, p.title AS title, p.kind AS kind,
       p.text AS text""",
    ("plan",),
    "One plan with its normalised text. Example: plan(plan='sh-sti-12')",
)

SECTIONS = _register(
    "sections",
    """MATCH (s:Section {plan_id: $plan}) WHERE s.level <= $depth
       RETURN s.id AS id, s.plan_id AS plan_id, s.level AS level, s.number AS number,
       s.title AS title, s.path AS path, s.`start` AS `start`, s.`end` AS `end`
       ORDER BY start""",
    ("plan", "depth"),
    "The section tree of a plan down to a depth. Example: sections(plan='sh-stic-14', depth=2)",
)

SECTION_COUNTS = _register(
    "section_counts",
    """MATCH (s:Section) RETURN s.plan_id AS plan, s.level AS level, count(*) AS n
       ORDER BY plan, level""",
    (),
    "Sections per plan and level. Example: section_counts()",
)

TASKS = _register(
    "tasks",
    """MATCH (s:Section)-[:HAS_TASK]->(t:Task)
       WHERE ($plan = '' OR t.plan_id = $plan) AND ($kind = '' OR t.kind = $kind)
       RETURN t.id AS id, t.plan_id AS plan_id, t.kind AS kind, t.number AS number,
       t.title AS title, s.title AS section, t.empty AS empty, t.`start` AS `start`, t.`end` AS `end`
       ORDER BY plan_id, start""",
    ("plan", "kind"),
    "Tasks, optionally of one plan and one block kind. Example: tasks(plan='sh-sti-12', kind='重大任务')",
)

TASK_KINDS = _register(
    "task_kinds",
    "MATCH (t:Task) RETURN t.kind AS kind, count(*) AS tasks ORDER BY tasks DESC, kind",
    (),
    "The block kinds of the tasks, most frequent first. Example: task_kinds()",
)

# Written from the field outwards: LadybugDB plans a path from the node it is written first,
# so "(s:Section)-[:HAS_TASK]->(t)-[:IN_FIELD]->(f {name})" joined every HAS_TASK of the store
# before keeping one field's (27 ms against 9 ms of CPU in a store of 200 plans; same rows).
# Without a plan or kind (the common lookup) the filters are left out: with them LadybugDB scans
# every Task (19,418 in a store of 200, reading all the returned columns) and joins the field's
# links to it; without, it starts at the field. First query of a fresh process (as in a CLI
# lookup), store of 200: 47-53 ms of CPU with the filters, 27-31 ms without; same rows.
_TASKS_IN_FIELD_MATCH = "MATCH (f:Field {name: $field})<-[r:IN_FIELD]-(t:Task)<-[:HAS_TASK]-(s:Section)"
_TASKS_IN_FIELD_RETURN = """RETURN t.id AS id, t.plan_id AS plan_id, t.kind AS kind, t.number AS number,
       t.title AS title, s.title AS section, t.empty AS empty, t.`start` AS `start`, t.`end` AS `end`,
       r.evidence AS evidence
       ORDER BY plan_id, start"""
TASKS_IN_FIELD = _register(
    "tasks_in_field",
    f"""{_TASKS_IN_FIELD_MATCH}
       WHERE ($plan = '' OR t.plan_id = $plan) AND ($kind = '' OR t.kind = $kind)
       {_TASKS_IN_FIELD_RETURN}""",
    ("field", "plan", "kind"),
    "Tasks in a field. Example: tasks_in_field(field='集成电路', plan='', kind='')",
    unfiltered=f"{_TASKS_IN_FIELD_MATCH} {_TASKS_IN_FIELD_RETURN}",
    optional=("plan", "kind"),
)

PLATFORMS_FOR_FIELD = _register(
    "platforms_for_field",
    """MATCH (p:Platform)-[r:SUPPORTS]->(f:Field {name: $field})
       RETURN p.id AS id, p.name AS name, p.kind AS kind, r.plan_id AS plan_id,
       r.evidence AS evidence, r.`start` AS `start`, r.`end` AS `end`
       ORDER BY name, plan_id""",
    ("field",),
    "Which platforms support a field, with the plan and sentence that say so. "
    "Example: platforms_for_field(field='集成电路')",
)

# What a plan names, wherever it says so. A text without headings names things from the Plan node
# itself (its passages sit in no section), and `x.plan_id` is null on a Plan: exporting or listing
# such a plan by `x.plan_id` alone gave nothing but the plan ("关于…的通知" naming three platforms,
# exported as one node). Rows of the UNION are unique; the caller orders them by position.
_NAMED_IN_PLAN = """MATCH (x)-[r:BUILDS|MENTIONS]->(e:{label}) WHERE x.plan_id = $plan
       RETURN e.id AS id, e.name AS name, e.kind AS kind, x.plan_id AS plan_id, r.evidence AS evidence,
       r.`start` AS `start`, r.`end` AS `end`
       UNION MATCH (x:Plan {{id: $plan}})-[r:BUILDS|MENTIONS]->(e:{label})
       RETURN e.id AS id, e.name AS name, e.kind AS kind, x.id AS plan_id, r.evidence AS evidence,
       r.`start` AS `start`, r.`end` AS `end`"""

PLATFORMS_IN_PLAN = _register(
    "platforms_in_plan",
    _NAMED_IN_PLAN.format(label="Platform"),
    ("plan",),
    "The platforms a plan builds or names, each with the sentence that says so. "
    "Example: platforms_in_plan(plan='sh-stic-14')",
)

INSTITUTIONS_IN_PLAN = _register(
    "institutions_in_plan",
    _NAMED_IN_PLAN.format(label="Institution"),
    ("plan",),
    "The institutions a plan names, each with the sentence that says so. "
    "Example: institutions_in_plan(plan='sh-stic-14')",
)

FIELDS = _register(
    "fields",
    "MATCH (f:Field) RETURN f.id AS id, f.name AS name, f.parent AS parent ORDER BY name",
    (),
    "Every field in the graph. Example: fields()",
)

TASK_PROFILES = _register(
    "task_profiles",
    """MATCH (s:Section)-[:HAS_TASK]->(t:Task) WHERE t.plan_id IN $plans
       RETURN t.id AS id, t.plan_id AS plan_id, t.number AS number, t.title AS title, t.text AS text,
       t.`start` AS `start`, t.`end` AS `end`, s.id AS section ORDER BY plan_id, start, id""",
    ("plans",),
    "Plans' tasks with the section each stands in, for lineage. Example: task_profiles(plans=['sh-sti-12'])",
)

CLAUSE_PROFILES = _register(
    "clause_profiles",
    """MATCH (h)-[:HAS_CLAUSE]->(c:Clause) WHERE c.plan_id IN $plans
       RETURN c.id AS id, c.plan_id AS plan_id, c.number AS number, c.text AS text,
       c.`start` AS `start`, c.`end` AS `end`, h.id AS section ORDER BY plan_id, start, id""",
    ("plans",),
    "Plans' clauses (untitled numbered entries, lineage units) with their section (the plan's id for the articles "
    "of a text without chapters). "
    "Example: clause_profiles(plans=['sh-stic-14'])",
)

SECTION_PROFILES = _register(
    "section_profiles",
    """MATCH (s:Section) WHERE s.plan_id IN $plans
       OPTIONAL MATCH (p:Section)-[:HAS_SECTION]->(s)
       RETURN s.id AS id, s.plan_id AS plan_id, s.level AS level, s.number AS number, s.title AS title,
       s.`start` AS `start`, s.`end` AS `end`, p.id AS parent ORDER BY plan_id, start, id""",
    ("plans",),
    "Plans' sections with their parent section, for lineage units. Example: section_profiles(plans=['sh-stic-14'])",
)

TASK_FIELDS = _register(
    "task_fields",
    """MATCH (t:Task)-[:IN_FIELD]->(f:Field) WHERE t.plan_id IN $plans
       RETURN t.id AS id, f.name AS field ORDER BY id, field""",
    ("plans",),
    "The fields of plans' tasks. Example: task_fields(plans=['sh-stic-14'])",
)

SECTION_FIELDS = _register(
    "section_fields",
    """MATCH (s:Section)-[:IN_FIELD]->(f:Field) WHERE s.plan_id IN $plans
       RETURN s.id AS id, f.name AS field ORDER BY id, field""",
    ("plans",),
    "The fields of plans' sections. Example: section_fields(plans=['sh-stic-14'])",
)

PLAN_TEXTS = _register(
    "plan_texts",
    "MATCH (p:Plan) WHERE p.id IN $plans RETURN p.id AS id, p.text AS text ORDER BY id",
    ("plans",),
    "Plans' normalised texts, for lineage. Example: plan_texts(plans=['sh-stic-14'])",
)

SUCCESSION_PLANS = _register(
    "succession_plans",
    """MATCH (p:Plan) RETURN p.id AS id, p.title AS title, p.region AS region, p.period AS period,
       p.start_year AS start_year, p.end_year AS end_year, p.kind AS kind, p.follows AS follows,
       p.doc_number AS doc_number, p.issuer AS issuer
       ORDER BY id""",
    (),
    "Every plan with what succession needs (region, period, years, kind, manifest follows, 文号, issuer). "
    "Example: succession_plans()",
)

PLAN_SUCCESSIONS = _register(
    "plan_successions",
    "MATCH (a:Plan)-[:FOLLOWS]->(b:Plan) RETURN a.id AS later, b.id AS earlier ORDER BY later, earlier",
    (),
    "Which plan follows which (from the manifest, or inferred). Example: plan_successions()",
)

# Lineage rows: a unit (Section or Task) and the CONTINUES edge. Sections have no kind and
# tasks no level; a property a node does not have comes back null on both stores.
_UNIT_COLUMNS = """o.id AS id, o.plan_id AS plan_id, o.number AS number, o.title AS title,
       o.`start` AS `start`, o.`end` AS `end`, r.score AS score, r.shared_terms AS shared_terms,
       r.method AS method"""

CONTINUES_EARLIER = _register(
    "continues_earlier",
    f"""MATCH (t {{id: $id}})-[r:CONTINUES]->(o) RETURN {_UNIT_COLUMNS} ORDER BY score DESC, id""",
    ("id",),
    "The earlier units (sections or tasks) a unit continues. Example: continues_earlier(id='sh-stic-14/s4.1.2/t2.2')",
)

CONTINUED_BY = _register(
    "continued_by",
    f"""MATCH (o)-[r:CONTINUES]->(t {{id: $id}}) RETURN {_UNIT_COLUMNS} ORDER BY score DESC, id""",
    ("id",),
    "The later units that continue a unit. Example: continued_by(id='sh-sti-12/s3.1.1/t1.2')",
)

PLAN_CONTINUATIONS = _register(
    "plan_continuations",
    """MATCH (a)-[r:CONTINUES]->(b) WHERE a.plan_id = $later AND b.plan_id = $earlier
       RETURN a.id AS later, b.id AS earlier, r.score AS score, r.shared_terms AS shared_terms,
       r.method AS method ORDER BY later, score DESC, earlier""",
    ("later", "earlier"),
    "Every CONTINUES from one plan's units to another's. "
    "Example: plan_continuations(later='sh-stic-14', earlier='sh-sti-12')",
)

LINKED_SUCCESSIONS = _register(
    "linked_successions",
    """MATCH (a)-[:CONTINUES]->(b) RETURN DISTINCT a.plan_id AS later, b.plan_id AS earlier
       ORDER BY later, earlier""",
    (),
    "The plan pairs that have CONTINUES between their units. Example: linked_successions()",
)

TASKS_TITLED = _register(
    "tasks_titled",
    """MATCH (t:Task) WHERE t.title CONTAINS $text
       RETURN t.id AS id, t.plan_id AS plan_id, t.title AS title ORDER BY id""",
    ("text",),
    "Tasks whose title contains a text. Example: tasks_titled(text='新药')",
)

# A Clause (lineage.clauses.CLAUSE_UNITS) has no title: a researcher names one by quoting its words.
CLAUSES_QUOTED = _register(
    "clauses_quoted",
    """MATCH (c:Clause) WHERE c.text CONTAINS $text
       RETURN c.id AS id, c.plan_id AS plan_id, c.number AS number, c.text AS text ORDER BY id""",
    ("text",),
    "Clauses (untitled articles) whose text contains a quote. Example: clauses_quoted(text='文明就餐')",
)

# NO_SECTIONS_SAYS_WHERE: a regulation without chapters (广州市临时救助实施细则, 18 articles under no chapter) has no
# section tree; its articles are Clauses the Plan holds itself, and an empty `sections` answer must say so.
PLAN_CLAUSES = _register(
    "plan_clauses",
    """MATCH (:Plan {id: $plan})-[:HAS_CLAUSE]->(c:Clause)
       RETURN c.id AS id, c.plan_id AS plan_id, c.number AS number, c.text AS text ORDER BY c.`start`""",
    ("plan",),
    "The articles of a plan without chapters (the Clauses the Plan holds itself), in text order. "
    "Example: plan_clauses(plan='gz-temporary-assistance-rules-2021')",
)

# ARTICLE_BY_NUMBER (user55): a regulation's articles are named by their numbers, and a Clause has no title to
# quote: `plankg lineage 第五条 --plan pt-medical-aid-rules-2012` said "no section or task … nor an article quoting
# it" (or found an article whose text cites 第五条). An article's number names the Clause numbered so, and the
# Section numbered so (an article with a title of its own, "第三条 载体建设"); --plan picks one plan's.
ARTICLE_NUMBER = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,5}条")
UNITS_NUMBERED = _register(
    "units_numbered",
    """MATCH (c:Clause) WHERE c.number = $number
       RETURN c.id AS id, c.plan_id AS plan_id, c.number AS number, c.text AS text, '' AS title
       UNION MATCH (s:Section) WHERE s.number = $number
       RETURN s.id AS id, s.plan_id AS plan_id, s.number AS number, '' AS text, s.title AS title""",
    ("number",),
    "Clauses and sections with a number (an article's: 第五条). Example: units_numbered(number='第五条')",
)

SECTIONS_TITLED = _register(
    "sections_titled",
    """MATCH (s:Section) WHERE s.title CONTAINS $text
       RETURN s.id AS id, s.plan_id AS plan_id, s.title AS title ORDER BY id""",
    ("text",),
    "Sections whose title contains a text. Example: sections_titled(text='青年科技')",
)

# A numbered item segmentation made both a Section and a Task (lineage.align.TWINS: same plan,
# title and start) carries its CONTINUES on the Section only (align.TWIN_LINKS_ONCE): a twin
# Task's lineage is read through that Section. One text, so that EXPORT_TASK can say it too.
_TWIN_SECTION = """MATCH (t:Task {id: $id}) MATCH (s:Section)
       WHERE t.title <> '' AND s.plan_id = t.plan_id AND s.title = t.title AND s.`start` = t.`start`"""

TWIN_SECTION = _register(
    "twin_section",
    f"{_TWIN_SECTION} RETURN s.id AS id ORDER BY id",
    ("id",),
    "The Section a Task twins (same plan, title and start), which holds the item's CONTINUES. "
    "Example: twin_section(id='sh-housing-14/s4.1/t1.1')",
)

NODE = _register(
    "node",
    "MATCH (n {id: $id}) RETURN n AS node",
    ("id",),
    "One node by id. Example: node(id='sh-sti-12/s3.1')",
)

OUTGOING = _register(
    "outgoing",
    "MATCH (n {id: $id})-[r]->(m) RETURN r AS rel, m AS other ORDER BY other.id",
    ("id",),
    "A node's outgoing relationships. Example: outgoing(id='sh-sti-12/s3.1')",
)

INCOMING = _register(
    "incoming",
    "MATCH (m)-[r]->(n {id: $id}) RETURN r AS rel, m AS other ORDER BY other.id",
    ("id",),
    "A node's incoming relationships. Example: incoming(id='sh-sti-12/s3.1')",
)


# Export (plankg export): which node ids a selection takes, then those nodes and every relationship
# between them. A selection is one UNION query, so each reads as one named question.
EXPORT_FIELD = _register(
    "export_field",
    """MATCH (f:Field {name: $field}) RETURN f.id AS id
       UNION MATCH (x)-[:IN_FIELD]->(:Field {name: $field}) RETURN x.id AS id
       UNION MATCH (p:Platform)-[:SUPPORTS]->(:Field {name: $field}) RETURN p.id AS id""",
    ("field",),
    "Node ids of a field's subgraph: the field, the tasks and sections in it, the platforms that "
    "support it. Example: export_field(field='集成电路')",
)

# A regulation's articles are Clause nodes (HAS_CLAUSE), not tasks: `plankg export --plan` of round 53's
# 北京市地震预警管理办法 wrote its plan and six chapters but none of its 21 articles (第一条 为了规范地震预警活动…).
EXPORT_PLAN = _register(
    "export_plan",
    """MATCH (p:Plan {id: $plan}) RETURN p.id AS id
       UNION MATCH (s:Section {plan_id: $plan}) RETURN s.id AS id
       UNION MATCH (t:Task {plan_id: $plan}) RETURN t.id AS id
       UNION MATCH (c:Clause {plan_id: $plan}) RETURN c.id AS id
       UNION MATCH (i:Indicator {plan_id: $plan}) RETURN i.id AS id
       UNION MATCH (x)-[:IN_FIELD|BUILDS|MENTIONS]->(e) WHERE x.plan_id = $plan RETURN e.id AS id
       UNION MATCH (:Plan {id: $plan})-[:BUILDS|MENTIONS]->(e) RETURN e.id AS id
       UNION MATCH (:Platform)-[r:SUPPORTS]->(f:Field) WHERE r.plan_id = $plan RETURN f.id AS id""",
    ("plan",),
    "Node ids of a plan's subgraph: the plan, its sections, tasks, clauses and indicators, the fields, "
    "platforms and institutions they name, and the fields its platforms support. "
    "Example: export_plan(plan='sh-iti-12')",
)

EXPORT_TASK = _register(
    "export_task",
    f"""MATCH (t:Task {{id: $id}}) RETURN t.id AS id
       UNION MATCH (s:Section)-[:HAS_TASK]->(:Task {{id: $id}}) RETURN s.id AS id
       UNION MATCH (p:Plan)-[:HAS_SECTION*1..8]->(:Section)-[:HAS_TASK]->(:Task {{id: $id}}) RETURN p.id AS id
       UNION MATCH (a:Section)-[:HAS_SECTION*1..8]->(:Section)-[:HAS_TASK]->(:Task {{id: $id}}) RETURN a.id AS id
       UNION MATCH (:Task {{id: $id}})-[:IN_FIELD|BUILDS|MENTIONS]->(e) RETURN e.id AS id
       UNION MATCH (:Task {{id: $id}})-[:CONTINUES]-(o) RETURN o.id AS id
       UNION {_TWIN_SECTION} RETURN s.id AS id
       UNION {_TWIN_SECTION} MATCH (s)-[:CONTINUES]-(o) RETURN o.id AS id""",
    ("id",),
    "Node ids of a task's subgraph: the task, the plan and sections above it, what it names, the "
    "units (sections or tasks) it continues or that continue it, and for a task that twins a section "
    "(twin_section) that section and the units its CONTINUES join. "
    "Example: export_task(id='sh-sti-12/s3.1.1/t1.1')",
)

PLAN_HASHES = _register(
    "plan_hashes",
    "MATCH (p:Plan) RETURN p.id AS id, p.sha256 AS sha256, p.source AS source ORDER BY id",
    (),
    "Every plan's id with the sha256 of the text read from its file. Example: plan_hashes()",
)

EXPORT_NODES = _register(
    "export_nodes",
    "MATCH (n) WHERE n.id IN $ids RETURN n AS node ORDER BY node.id",
    ("ids",),
    "The nodes with these ids. Example: export_nodes(ids=['field:集成电路', 'platform:集成电路创新中心'])",
)

EXPORT_RELATIONSHIPS = _register(
    "export_relationships",
    """MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids
       RETURN a.id AS source, b.id AS target, r AS rel""",
    ("ids",),
    "Every relationship between the nodes with these ids. "
    "Example: export_relationships(ids=['field:集成电路', 'platform:集成电路创新中心'])",
)


def count_statements() -> dict[str, str]:
    """One count per label and per relationship type (labels() is not portable)."""
    statements = {f"node:{label}": f"MATCH (n:{label}) RETURN count(n) AS n" for label in NODE_PROPERTIES}
    statements.update({f"rel:{rel}": f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n" for rel in RELATIONSHIPS})
    return statements


# CLAUSES_COUNTED: a regulation's articles are Clause nodes, neither sections nor tasks; round 53's
# 北京市地震预警管理办法 showed "6 sections, 0 tasks" in `plankg stats` and nothing of its 21 articles.
PER_PLAN_COUNTS = {
    "sections": "MATCH (n:Section) RETURN n.plan_id AS plan, count(n) AS n",
    "tasks": "MATCH (n:Task) RETURN n.plan_id AS plan, count(n) AS n",
    "clauses": "MATCH (n:Clause) RETURN n.plan_id AS plan, count(n) AS n",
    "indicators": "MATCH (n:Indicator) RETURN n.plan_id AS plan, count(n) AS n",
}


def stats(store: GraphStore) -> dict[str, Any]:
    counts = {key: store.run(q)[0]["n"] for key, q in count_statements().items()}
    plans = PLANS.run(store)
    per_plan: dict[str, dict[str, Any]] = {p["id"]: {**p, **dict.fromkeys(PER_PLAN_COUNTS, 0)} for p in plans}
    for key, statement in PER_PLAN_COUNTS.items():
        for row in store.run(statement):
            if row["plan"] in per_plan:
                per_plan[row["plan"]][key] = row["n"]
    return {
        "store": store.name,
        "nodes": {k.split(":", 1)[1]: v for k, v in counts.items() if k.startswith("node:")},
        "relationships": {k.split(":", 1)[1]: v for k, v in counts.items() if k.startswith("rel:")},
        "plans": list(per_plan.values()),
    }


def resolve_field(store: GraphStore, term: str, canonical: str | None, known: list[str] | None = None) -> str:
    """The field name to query: the term itself, or the canonical name of an alias (``known``:
    the graph's field names, when the caller has them)."""
    known = [row["name"] for row in FIELDS.run(store)] if known is None else known
    for name in (term, canonical):
        if name and name in known:
            return name
    close = [name for name in known if term in name or name in term][:8]
    # The list ends in "…" only when it was cut: a graph of 12 fields listed all 12 and "…", read
    # as "there are more", and an empty graph said "fields: …".
    shown = (
        ", ".join(known[:FIELDS_LISTED]) + (f"… ({len(known)} in all)" if len(known) > FIELDS_LISTED else "")
        if known
        else "none"
    )
    if close:
        hint = f"; did you mean {', '.join(close)}?"
    elif canonical:
        hint = f"; {canonical} is a field of plankg's vocabulary, but no plan in the graph names it; fields: {shown}"
    else:
        hint = f"; {FIELDS_ARE_A_VOCABULARY}; fields: {shown}"
    raise NotFoundError(f"no field {term!r} in the graph{hint}")


# FIELDS_ARE_A_VOCABULARY: a researcher of education or heritage plans asked `plankg platforms --field 教育` and
# `--field 职业教育` (user56, nat-voc-edu-2019 and hb-relics-fyp14-2021 in the graph) and read "no field '教育' in the
# graph; fields: 中医药, 云计算, …… (35 in all)": 20 of the 35 names, nothing on where fields come from, as if
# 教育 were missing from the texts. Fields are the science-and-industry terms of plankg/data/fields.yaml; the
# message says so, and lists every field of the graph (FIELDS_LISTED: the vocabulary holds 55).
FIELDS_ARE_A_VOCABULARY = (
    "fields are the terms of plankg's field vocabulary (plankg/data/fields.yaml: science and industry fields, "
    "with aliases; add yours there and build again), and it is not one of them; the graph has these"
)
FIELDS_LISTED = 60


_FIELD_NAMED = "MATCH (f:Field {name: $name}) RETURN f.name AS name"


def field_for(store: GraphStore, term: str) -> str:
    """The field a user means by ``term`` — its own name, or the canonical name of an alias in
    the field vocabulary — as every command that takes --field resolves it."""
    if store.run(_FIELD_NAMED, {"name": term}):
        # Most lookups name a field as the graph spells it: answer without reading the vocabulary
        # (parsing fields.yaml is a third of a lookup's start-up) or every field (the first query
        # of a lookup: 3 ms of CPU by the name's index against 8.5 ms for all fields, sorted).
        return term
    known = [row["name"] for row in FIELDS.run(store)]
    from plankg.loaders.extract.vocab import load_field_vocabulary

    return resolve_field(store, term, load_field_vocabulary().canonical(term), known)


def lineage(store: GraphStore, unit_id: str, depth: int) -> list[dict[str, Any]]:
    """A unit's ancestors (units of earlier plans it continues) and descendants, hop by hop."""
    rows: list[dict[str, Any]] = []
    for direction, query in (("earlier", CONTINUES_EARLIER), ("later", CONTINUED_BY)):
        frontier, seen = [unit_id], {unit_id}
        for hop in range(1, depth + 1):
            following: list[str] = []
            for source in frontier:
                for row in query.run(store, id=source):
                    if row["id"] in seen:
                        continue
                    seen.add(row["id"])
                    following.append(row["id"])
                    rows.append({"direction": direction, "hop": hop, "via": source, **row})
            frontier = following
    return rows


# PLAN_BY_NAME_OR_TITLE (user54): a folder of files named by their Chinese titles ("北京市地震预警管理办法.pdf") is
# built under ids such as plan-0987a041, and `plankg sections 北京市地震预警管理办法` (the file's name, the plan's
# title) said "no plan" — a researcher had to copy the digits from `plankg plans` for every command. A PLAN is
# its id, its file's name (with or without the suffix), its title, or a piece of the title naming one plan.
def find_plan(store: GraphStore, ref: str) -> str:
    """A plan id from an id, a file name, a title or a piece of a title naming one plan."""
    plans = PLANS.run(store)
    if any(p["id"] == ref for p in plans):
        return ref
    for same in (
        lambda p: ref in (PurePath(p["source"] or "").name, PurePath(p["source"] or "").stem),
        lambda p: p["title"] == ref,
        lambda p: ref in (p["title"] or ""),
    ):
        hits = [p for p in plans if same(p)]
        if len(hits) == 1:
            return str(hits[0]["id"])
        if hits:
            listed = "; ".join(f"{h['id']} {h['title']}" for h in hits[:6])
            raise NotFoundError(f"{len(hits)} plans match {ref!r}, give an id: {listed}{' …' if len(hits) > 6 else ''}")
    known = ", ".join(p["id"] for p in plans) or "none"
    raise NotFoundError(f"no plan {ref!r} in the graph (plans: {known})")


def find_task(store: GraphStore, ref: str) -> str:
    """A task id from an id or a unique piece of a title."""
    if NODE.run(store, id=ref):
        return ref
    hits = TASKS_TITLED.run(store, text=ref)
    exact = [h for h in hits if h["title"] == ref]
    if len(hits) == 1 or len(exact) == 1:
        return (exact or hits)[0]["id"]
    if not hits:
        raise NotFoundError(f"no task with id or title {ref!r} (see `plankg tasks`)")
    listed = "; ".join(f"{h['id']} {h['title']}" for h in hits[:6])
    raise NotFoundError(f"{len(hits)} tasks match {ref!r}, give an id: {listed}{' …' if len(hits) > 6 else ''}")


def find_unit(store: GraphStore, ref: str, plan: str | None = None) -> str:
    """A section, task or clause id from an id, an article's number (ARTICLE_BY_NUMBER) or a piece of a title that
    names one unit (an exact title wins over titles that merely contain it); ``plan``: a plan id the unit is in."""
    if NODE.run(store, id=ref):
        return ref
    if ARTICLE_NUMBER.fullmatch(ref.strip()):
        numbered = [h for h in UNITS_NUMBERED.run(store, number=ref.strip()) if plan is None or h["plan_id"] == plan]
        if len(numbered) == 1:
            return str(numbered[0]["id"])
        if numbered:
            listed = "; ".join(f"{h['id']} ({h['plan_id']})" for h in sorted(numbered, key=lambda h: h["id"])[:6])
            more = " …" if len(numbered) > 6 else ""
            where = f"in {plan}" if plan else f"in {len({h['plan_id'] for h in numbered})} plans"
            raise NotFoundError(
                f"{len(numbered)} articles numbered {ref.strip()!r} {where}, give --plan or an id: {listed}{more}"
            )
    hits = [
        h
        for h in SECTIONS_TITLED.run(store, text=ref) + TASKS_TITLED.run(store, text=ref)
        if plan is None or h["plan_id"] == plan
    ]
    exact = [h for h in hits if h["title"] == ref]
    if len(hits) == 1 or len(exact) == 1:
        return (exact or hits)[0]["id"]
    if not hits:
        return _quoted_clause(store, ref, plan)
    many = exact or hits
    listed = "; ".join(f"{h['id']} {h['title']}" for h in many[:6])
    raise NotFoundError(f"{len(many)} units match {ref!r}, give an id: {listed}{' …' if len(many) > 6 else ''}")


def _quoted_clause(store: GraphStore, quote: str, plan: str | None = None) -> str:
    """The Clause whose text holds ``quote``, when no section or task is titled by it (a Clause has no title)."""
    hits = [h for h in CLAUSES_QUOTED.run(store, text=quote) if plan is None or h["plan_id"] == plan]
    if len(hits) == 1:
        return str(hits[0]["id"])
    if not hits:
        numbered = " or numbered so" if ARTICLE_NUMBER.fullmatch(quote.strip()) else ""
        raise NotFoundError(
            f"no section or task with id or title {quote!r}, nor an article quoting it{numbered}"
            f"{f' in {plan}' if plan else ''} (see `plankg sections`, `plankg tasks`)"
        )
    listed = "; ".join(f"{h['id']} {display_name({**h, 'label': 'Clause'})}" for h in hits[:6])
    raise NotFoundError(f"{len(hits)} articles quote {quote!r}, give an id: {listed}{' …' if len(hits) > 6 else ''}")


def twin_section(store: GraphStore, unit_id: str) -> str:
    """The Section twin of a Task (TWIN_SECTION: same plan, title and start), which carries the
    item's CONTINUES (``lineage.align.TWIN_LINKS_ONCE``); any other unit id as it is."""
    found = TWIN_SECTION.run(store, id=unit_id)
    return str(found[0]["id"]) if found else unit_id


def show(store: GraphStore, node_id: str) -> dict[str, Any]:
    """A node, its relationships, and the plan text it covers. A Task that twins a Section
    (``twin_section``) also lists the item's CONTINUES, held on that Section: each such edge has
    ``via`` (the Section's id), and ``twin_section`` names the Section."""
    found = NODE.run(store, id=node_id)
    if not found:
        raise NotFoundError(f"no node with id {node_id!r} (ids look like sh-sti-12/s3.1; see `plankg sections`)")
    node = found[0]["node"]
    result: dict[str, Any] = {"id": node_id, "label": node.get("_label", ""), "properties": node}
    result["outgoing"] = [_edge(row) for row in OUTGOING.run(store, id=node_id)]
    result["incoming"] = [_edge(row) for row in INCOMING.run(store, id=node_id)]
    twin = twin_section(store, node_id) if result["label"] == "Task" else node_id
    if twin != node_id:
        result["twin_section"] = twin
        for direction, query in (("outgoing", OUTGOING), ("incoming", INCOMING)):
            rows = query.run(store, id=twin)
            result[direction] += [{**_edge(r), "via": twin} for r in rows if r["rel"].get("_label") == "CONTINUES"]
    plan_id = node.get("plan_id")
    if plan_id and "start" in node and "end" in node:
        plan = PLAN.run(store, plan=plan_id)
        if plan:
            result["source_text"] = plan[0]["text"][node["start"] : node["end"]]
    return result


def _edge(row: dict[str, Any]) -> dict[str, Any]:
    rel, other = row["rel"], row["other"]
    name = display_name(other) if other.get("_label") == "Clause" else other.get("title") or other.get("name") or ""
    props = {k: v for k, v in rel.items() if k != "_label"}
    return {
        "type": rel.get("_label", ""),
        "id": other.get("id"),
        "label": other.get("_label", ""),
        "name": name,
        **props,
    }
