"""Score extracted platforms, institutions, fields and SUPPORTS against hand-checked gold.

Two kinds of gold, both parsed YAML (reading the files is the caller's business):

- section gold (tests/gold/entities.yaml): per plan section, ``must`` / ``may`` / ``must_not``
  names of platforms, institutions and fields, and SUPPORTS pairs. The extracted entities of a
  section are those whose MENTIONS or BUILDS evidence starts inside it; fields are those the
  section, its sub-sections and its tasks are IN_FIELD. SUPPORTS pairs are judged per plan: an
  extracted pair counts when its platform is mentioned in one of the gold sections.
- document gold (tests/gold/realworld/entities/<id>.yaml): per document, the platforms and
  institutions of the whole text (see :func:`document_expectations` for the accepted shapes).

``must`` entries are expected (a miss lowers recall), ``may`` entries count neither way, and
anything else extracted is a false positive. Scores are micro-averaged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from plankg.loaders.extract.names import full_name
from plankg.loaders.text.furniture import PAGE_NUMBER_RULE
from plankg.loaders.text.normalise import fold_widths
from plankg.schema import PlanDocument, Section

TYPES = ("platform", "institution", "field", "supports")
# The gold file's key for each type.
GOLD_KEYS = {
    "platform": "platforms",
    "institution": "institutions",
    "field": "fields",
    "supports": "supports",
}


def _without_page_lines(name: str) -> str:
    """A name broken across lines with a page-number or endnote-number line inside the break is the
    name without that line: the gold copies "中关\n— 40 —\n村翠湖科技园区" (a PDF's page footer) and
    "南沙港区五期工程数字孪生\n88\n平台" (a portal page's endnote number) as printed (heldout24's
    README: "a scorer should compare names with line ends and such lines removed"). Only lines
    inside the name go; its first and last line are its words."""
    lines = name.splitlines()
    if len(lines) < 3:
        return name
    inner = [line for line in lines[1:-1] if not PAGE_NUMBER_RULE.pattern.match(line)]
    return "\n".join([lines[0], *inner, lines[-1]])


def name_key(name: str) -> str:
    """The name compared with gold: quote marks around a whole name are typography, so
    "“掌上服务平台”" and "掌上服务平台" are one name. The Shanghai section gold writes a name the
    plan quotes whole without them ("建设“上海技术交易中心”" → 上海技术交易中心), the realworld gold
    as printed ("“模力高地”"); quotes inside a name ("省级政务“一朵云”平台") still count.
    An abbreviation the alias list resolves is its full name on both sides: the extractor names
    "争取中科院在湘…" 中国科学院 (issue #13), the gold writes 中科院 as printed.
    White space is layout, not name: a PDF or Word text breaks a name at a line end
    ("北京\r\n市城市规划设计研究院", written so in the gold as printed) and letter-spaces it.
    Widths are folded as reading folds them (``fold_widths``): the gold copies "上海石油(集团)有限公司"
    as printed, the extractor names it from the text read with full-width brackets."""
    name = full_name(fold_widths("".join(_without_page_lines(name).split())))
    if len(name) > 2 and name.startswith("“") and name.endswith("”") and name.count("“") == 1:
        return name[1:-1]
    return name


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, where: str, got: set[str], must: set[str], may: set[str]) -> None:
        keys = {name_key(x) for x in got}
        must_keys, may_keys = {name_key(x) for x in must}, {name_key(x) for x in may}
        hits = {x for x in got if name_key(x) in must_keys}
        wrong = {x for x in got if name_key(x) not in must_keys | may_keys}
        missed = {x for x in must if name_key(x) not in keys}
        self.tp += len(hits)
        self.fp += len(wrong)
        self.fn += len(missed)
        self.false_positives += [f"{where}: {x}" for x in sorted(wrong)]
        self.misses += [f"{where}: {x}" for x in sorted(missed)]


def find_section(doc: PlanDocument, title: str) -> Section:
    candidates = [s for s in doc.sections if s.title == title]
    if not candidates:
        raise KeyError(f"{doc.plan.id}: no section titled {title}")
    return max(candidates, key=lambda s: s.end - s.start)


def _names(entries: Iterable[Mapping[str, Any]] | None, key: str = "name") -> set[str]:
    return {str(e[key]) for e in entries or []}


def _pairs(entries: Iterable[Mapping[str, Any]] | None) -> set[str]:
    return {f"{e['platform']} -> {e['field']}" for e in entries or []}


def _strip(prefixed: str) -> str:
    return prefixed.split(":", 1)[1]


def extracted(doc: PlanDocument, section: Section) -> dict[str, set[str]]:
    """Per type, the names extracted for one section."""
    inside = [e for e in [*doc.mentions, *doc.builds] if section.start <= e.start < section.end]
    sources = {section.id}
    sources |= {s.id for s in doc.sections if section.start <= s.start and s.end <= section.end}
    sources |= {t.id for t in doc.tasks if section.start <= t.start and t.end <= section.end}
    return {
        "platform": {_strip(e.target_id) for e in inside if e.target_id.startswith("platform:")},
        "institution": {_strip(e.target_id) for e in inside if e.target_id.startswith("institution:")},
        "field": {_strip(e.target_id) for e in doc.in_field if e.source_id in sources},
    }


def score(gold: Mapping[str, Any], documents: Mapping[str, PlanDocument]) -> dict[str, Score]:
    """Section gold (``{"sections": [...]}``) against the documents, by plan id."""
    scores = {t: Score() for t in TYPES}
    supports_gold: dict[str, dict[str, set[str]]] = {}
    mentioned: dict[str, set[str]] = {}
    for entry in gold["sections"]:
        doc = documents[entry["plan"]]
        section = find_section(doc, entry["section"])
        where = f"{entry['plan']} {entry['section']}"
        got = extracted(doc, section)
        for kind in ("platform", "institution", "field"):
            spec = entry.get(GOLD_KEYS[kind]) or {}
            scores[kind].add(where, got[kind], _names(spec.get("must")), _names(spec.get("may")))
        spec = entry.get("supports") or {}
        plan_gold = supports_gold.setdefault(entry["plan"], {"must": set(), "may": set()})
        plan_gold["must"] |= _pairs(spec.get("must"))
        plan_gold["may"] |= _pairs(spec.get("may"))
        mentioned.setdefault(entry["plan"], set()).update(got["platform"])
    for plan, pairs in supports_gold.items():
        found = {
            f"{_strip(e.source_id)} -> {_strip(e.target_id)}"
            for e in documents[plan].supports
            if _strip(e.source_id) in mentioned[plan]
        }
        scores["supports"].add(plan, found, pairs["must"], pairs["may"] - pairs["must"])
    return scores


# --- whole documents ------------------------------------------------------------------------
@dataclass(frozen=True)
class Expectations:
    """What one document's gold expects of one entity type."""

    must: frozenset[str]
    may: frozenset[str]
    must_not: frozenset[str]


def _entry_names(entries: Any) -> frozenset[str]:
    """Names from a list of ``{name: …}`` mappings or plain strings."""
    out: set[str] = set()
    for entry in entries or []:
        out.add(str(entry["name"]) if isinstance(entry, Mapping) else str(entry))
    return frozenset(out)


def document_expectations(gold: Mapping[str, Any], kind: str) -> Expectations:
    """The expectations of document gold for ``kind`` ("platform" or "institution").

    Accepted shapes: ``platforms: {must: [...], may: [...], must_not: [...]}``, or
    ``platforms: [...]`` (all must) with top-level ``may`` / ``must_not`` lists whose entries
    carry ``type: platform|institution`` (entries without a type apply to both types).
    """
    key = GOLD_KEYS[kind]
    spec = gold.get(key)
    must: set[str] = set()
    may: set[str] = set()
    must_not: set[str] = set()
    if isinstance(spec, Mapping):
        must |= _entry_names(spec.get("must"))
        may |= _entry_names(spec.get("may"))
        must_not |= _entry_names(spec.get("must_not"))
    elif spec is not None:
        must |= _entry_names(spec)
    for group, target in (("may", may), ("must_not", must_not)):
        for entry in gold.get(group) or []:
            typed = entry.get("type") if isinstance(entry, Mapping) else None
            if typed in (None, kind, key):
                target |= _entry_names([entry])
    return Expectations(frozenset(must), frozenset(may - must), frozenset(must_not))


def document_names(doc: PlanDocument) -> dict[str, set[str]]:
    """The platforms and institutions extracted from a whole document."""
    return {
        "platform": {p.name for p in doc.platforms},
        "institution": {i.name for i in doc.institutions},
    }


def score_documents(golds: Mapping[str, Mapping[str, Any]], documents: Mapping[str, PlanDocument]) -> dict[str, Score]:
    """Document gold by document id against the documents with those ids."""
    scores = {t: Score() for t in ("platform", "institution")}
    for doc_id, gold in golds.items():
        got = document_names(documents[doc_id])
        for kind, s in scores.items():
            expected = document_expectations(gold, kind)
            s.add(doc_id, got[kind], set(expected.must), set(expected.may))
    return scores


def corpus_split(corpus: Any) -> dict[str, str]:
    """Document id → split from corpus.yaml: ``{documents: [{id, split}]}``, a list of such
    entries, or a mapping ``id: {split: …}`` / ``id: split``."""
    entries = corpus.get("documents", corpus) if isinstance(corpus, Mapping) else corpus
    out: dict[str, str] = {}
    if isinstance(entries, Mapping):
        for doc_id, value in entries.items():
            out[str(doc_id)] = str(value.get("split") if isinstance(value, Mapping) else value)
    else:
        for entry in entries or []:
            out[str(entry["id"])] = str(entry["split"])
    return out


def table(scores: Mapping[str, Score]) -> str:
    lines = [f"{'type':<12}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for kind, s in scores.items():
        lines.append(f"{kind:<12}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    return "\n".join(lines)
