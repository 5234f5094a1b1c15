"""Lineage (CONTINUES) against the judged set tests/gold/lineage_judged.yaml.

The judged set was made by reading the plans by hand, independently of plankg's output: for
units of the 十二五 plans (sh-sti-12, sh-iti-12), their successors in the 十四五 plan
(sh-stic-14) labelled strong or weak (or none), plus negative pairs that share a salient word
but are not the same line of work. Units are given by plan, number, title and path; this
script maps them to Section/Task node ids by title (then number and path), builds the plans
in data/plans into a throw-away embedded store and prints, on one split:

- recall of strong and of weak successor pairs (a pair is found when the later unit
  CONTINUES the earlier one);
- precision over the links from the judged earlier units (a link to a unit not listed as a
  successor is wrong; an earlier unit judged "none" must have no link);
- how many negative pairs are linked (and, apart, how many fall on a link the set wants because their
  units are no graph units: NEGATIVE_ON_WANTED_LINK).

    python -m bench.eval_lineage                 # the dev split (tune on this)
    python -m bench.eval_lineage --details       # and the dev misses / wrong links
    python -m bench.eval_lineage --split heldout # the held-back split: for the final report only
    python -m bench.eval_lineage --split heldout2 --details  # scored once, a development split since

    # a dev judged set on two national outlines outside data/plans (九五 → 十五):
    python -m bench.eval_lineage --judged tests/realworld/lineage-dev/judged.yaml --details [--no-manifest]

    # another judged set on plans outside data/plans (tests/realworld/lineage: 七五 → 八五):
    python -m bench.eval_lineage --judged tests/realworld/lineage/judged.yaml --split heldout3
    python -m bench.eval_lineage --judged … --split heldout3 --no-manifest  # successions inferred

``--details`` lists pairs only for the dev, heldout2 and heldout3 splits (heldout stays unread). Also
prints the same figures for the old, biased tests/gold/lineage.yaml (Task pairs), for comparison
with earlier versions.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.splits import SPLITS  # noqa: E402
from plankg.graph.ladybug_store import LadybugStore  # noqa: E402
from plankg.graph.store import GraphStore  # noqa: E402
from plankg.lineage.clauses import opening  # noqa: E402
from plankg.loaders.extract.vocab import load_field_vocabulary  # noqa: E402
from plankg.loaders.text.normalise import normalise  # noqa: E402
from plankg.loaders.text.read import slug  # noqa: E402
from plankg.pipeline import discover, read_plan, repair_indicators, write_all  # noqa: E402
from plankg.queries import registry  # noqa: E402

JUDGED = ROOT / "tests" / "gold" / "lineage_judged.yaml"
OLD_GOLD = ROOT / "tests" / "gold" / "lineage.yaml"
# Splits whose pairs --details may list: dev, and heldout2 once its single scoring was recorded
# (2026-12-02: strong 0.538, weak 0.103, precision 0.169; it is a development split since), and
# heldout3 (tests/realworld/lineage, 七五 → 八五) once the lead scored it (2026-12-02 22:29 UTC,
# --no-manifest: strong 0.333, weak 0.145, precision 0.325, negatives 1 of 15), and heldout4
# (tests/realworld/lineage4, housing 十四五 → 十五五) once the lead scored it (2026-12-03 02:43 UTC:
# strong 0.362, weak 0.192, precision 0.459, negatives 1 of 17).
# heldout5 (tests/realworld/lineage5, 黄浦/普陀 消防) was scored at 04:52 UTC on 2026-12-03: strong 0.755,
# weak 0.426, precision 0.296 (near 0.432), negatives 1 of 17, with or without a manifest.
# heldout6 (tests/realworld/lineage6, 山东 科技创新 十三五 → 十四五) was scored at 07:46 UTC on 2026-12-03
# (after a crash on one of its texts was fixed): strong 0.611, weak 0.422, precision 0.567, 0 of 17.
# heldout7 (tests/realworld/lineage7, three editions of a national standards guide, 2015 → 2018 →
# 2021) was scored at 08:41: strong 0.946, weak 0.750, precision 0.493, 1 of 20 negatives with the
# manifest; without one no succession was inferred (two of the three texts lost their title).
# heldout8 (tests/realworld/lineage8, AI standards guides 2020 → 2024 and NSFC project guides 2023 →
# 2024) was scored at 10:39 UTC on 2026-12-03: strong 0.382, weak 0.258, precision 0.305, 3 of 26
# negatives with the manifest; without one no succession was inferred.
# heldout9 (tests/realworld/lineage9, annual editions: 工信部 智能网联汽车标准化工作要点 2018 → 2019 and
# the 生态环境部 六五环境日 notices 2018 → 2023) was scored at 11:25: strong 0.848, weak 0.640,
# precision 0.736, 7 of 19 negatives with the manifest; without one no succession was inferred.
# heldout10 (tests/realworld/lineage10, 工信部 ICV access: a draft guide 2021 → an opinion 2021 → a
# notice 2024) was scored at 13:21 UTC on 2026-12-03 (session 12): strong 0.692, weak 0.444,
# precision 0.436, 2 of 16 negatives with the manifest; without one no succession was inferred.
# heldout11 (tests/realworld/lineage11, 国务院 power-plant construction and small thermal units: 2004 →
# 2005 → 2007, one-line crawls) was scored at 15:54 UTC on 2026-12-03 (session 13): strong 0.545, weak
# 0.435, precision 0.421, 5 of 17 negatives with the manifest; without one no succession was inferred.
# heldout12 (tests/realworld/lineage12, 医保 cross-province settlement: a 2022 notice → two 2024 notices,
# PDF text) was scored at 18:16 UTC on 2026-12-03 (session 14): strong 0.923, weak 0.545, precision
# 0.411, 2 of 16 negatives with the manifest; without one no succession was inferred. After the score
# (fix12lin, not held out): both successions inferred without the manifest (CITED_NUMBER: the 2024 notice
# cites 医保发〔2022〕22号 in its body; SERIES_CONTENT: the office's 医保办发 notice, alike in text), so the
# scores without one equal those with it.
# heldout13 (tests/realworld/lineage13, Shanghai: a district's three-year land-remediation plan 2024 →
# its 2026 方案, and a bureau's policy toolbox 1.0 → 2.0, tables) was scored at 22:20 UTC on 2026-12-03
# (session 15): strong 0.250, weak 0.235, precision 0.429, 0 of 17 negatives with the manifest (27 of
# the 43 judged units, table rows, are not graph units); without one only the toolbox succession was
# inferred and no judged unit was linked.
# heldout14 (tests/realworld/lineage14, Shanghai: a municipal renewable-energy funding measure, 2020 edition →
# its 2022 edition under the same title) was scored at 05:14 UTC on 2026-12-04 (session 16): strong 0.938,
# weak 0.333, precision 0.842 (near 0.947), 1 of 17 negatives with the manifest; without one the succession
# was not inferred and nothing was linked.
# heldout15 (session 18), heldout17 (the 中央一号文件 2021 → 2023, session 19: strong 0.943, 0 of 15 negatives with
# the manifest, no succession without one) and heldout19 (a school's 工作要点 2019学年 → 2021年度, session 20, at
# 18:45 UTC on 2026-12-04: strong 0.500, weak 0.280, precision 0.682, 0 of 16 negatives with the manifest; no
# succession without one) were scored once each and are development sets since.
# heldout25 (tests/realworld/lineage25, Shanghai renewable-energy notices and plans 2023 → 2026) was scored in
# session 24 and is development data since session 25 (its pairs listed for the lineage helper's causes).
# heldout26 (tests/realworld/lineage26, a school's party and work plans 2009 → 2011) was scored in session 25 and is
# development data since session 26 (its pairs listed for the lineage helper's causes).
# heldout28 (lineage28) and heldout30 (lineage30, 金华 文明行为促进条例 2019 → 2020 and the 政府工作报告 2023 → 2024,
# scored at 13:40 UTC on 2026-12-05, session 27) are development data since their scoring; so is heldout38 (lineage38,
# 深圳经济特区文明行为促进条例 2013 → 文明行为条例 2020, scored at 02:30 UTC on 2026-12-06, session 31).
# heldout44 (lineage44, three 平潭 bodies' annual plans 2022 → their 2023 texts, scored at 12:20 UTC on 2026-12-06,
# session 34) is development data since its scoring.
# heldout45 (lineage45, 平潭综合实验区's 十三五 and 十四五 outlines and the 党工委's proposal for the 十五五 plan,
# scored at 13:02 UTC on 2026-12-06, session 34) likewise; so is heldout46 (lineage46, the State Council's work
# reports 2021 → 2022 as Wikisource texts, scored at 15:03 UTC on 2026-12-06, session 35); so is heldout47
# (lineage47, 平潭综合实验区管委会's 政府工作报告 2023 → 2024, scored at 15:57 UTC on 2026-12-06, session 35).
# heldout48 (lineage48, the State Council's 政府工作报告 2018 → 2019 as Wikisource texts, scored at 17:53 UTC on
# 2026-12-06, session 36) likewise; so is heldout49 (lineage49, the State Council's 政府工作报告 2009 → 2010 as
# Xinhua texts, scored at 18:15 UTC on 2026-12-06, session 36). heldout50 (lineage50, 广东省's 政府工作报告 2024 →
# 2025 as web-page reprints, scored at 20:49 UTC on 2026-12-06, session 37) likewise; so is heldout52 (lineage52,
# 广东省's 政府工作报告 2022 → 2023 as the government's own pages, scored at 23:38 UTC on 2026-12-06, session 38).
# heldout53 (lineage53, the 平潭县 政府工作报告 2018 → 2019, one-line crawls, scored at 02:45 UTC on 2026-12-07,
# session 39: strong 0.625, weak 0.333, precision 1.000 over 9 links, 0 of 17 negatives, with or without a manifest)
# likewise. heldout51 (lineage51, 上海 curtain-wall work notices, scored at 21:04 UTC on 2026-12-06, session 37) was
# left off this list by mistake and added in session 40 (lin54 read its misses through its own script). heldout54
# (lineage54, 平潭's food-safety plans 2015 → 2016 → 2018 and sampling plans 2017 → 2018, one-line crawls, scored at
# 05:36 UTC on 2026-12-07, session 40: strong 0.840, weak 0.405, precision 0.421 over 183 links, 3 of 23 negatives,
# with or without a manifest) likewise. heldout55 (lineage55, 平潭's market-supervision campaigns, session 41) and
# heldout56 (lineage56, 芦洋乡's fire campaigns 2016 → 2017 and the tourism committee's 2017 → 2018, scored at 11:46 UTC
# on 2026-12-07, session 42: strong 0.838, weak 0.474, precision 0.508 over 63 links, 0 of 15 negatives with the
# manifest; strong 0.054 without, one of three successions inferred) likewise. heldout57 (lineage57, 平潭's
# enforcement-and-emergency bureau: confined-space expert help 2022 → 2023 → 2024, a 2021 campaign and its sequel, the
# 安全生产月 2021 → 2022, scored at 14:10 UTC on 2026-12-07, session 43: strong 0.778, weak 0.500, precision 0.424 over
# 59 links, 6 of 16 negatives with the manifest; strong 0.296 without, one of four successions inferred) likewise.
# heldout58 (lineage58, 上海's 十四五 纲要 chapters → its 十五五 chapters, scored at 17:16 UTC, session 44: strong
# 0.781, weak 0.340, precision 0.692, 0 of 17 negatives; 0.672 without, three of four successions) and heldout59
# (lineage59, five other chapter pairs of the same two outlines, scored at 20:19 UTC, session 45: strong 0.859, weak
# 0.462, precision 0.604 over 111 links, 5 of 23 negatives; 0.219 without, one of five successions) likewise.
# heldout60 (lineage60, three more chapter pairs of the same outlines, scored at 23:24 UTC, session 46: strong 0.922,
# weak 0.303, precision 0.683 over 82 links, 0 of 16 negatives; 0.647 without, two of three successions) likewise.
DETAILED = (
    "dev",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout17",
    "heldout19",
    "heldout21",
    "heldout22",
    "heldout25",
    "heldout26",
    "heldout28",
    "heldout30",
    "heldout38",
    "heldout40",
    "heldout41",
    "heldout42",
    "heldout44",
    "heldout45",
    "heldout46",
    "heldout47",
    "heldout48",
    "heldout49",
    "heldout50",
    "heldout51",
    "heldout52",
    "heldout53",
    "heldout54",
    "heldout55",
    "heldout56",
    "heldout57",
    "heldout58",
    "heldout59",
    "heldout60",
)
NUMBER = re.compile(
    r"^(第[一二三四五六七八九十]+[章节部分]|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+[.、．])\s*"
)


# PATH_FOR_CONTAINED: a reference found only by title containment (a graph unit's short title inside the
# reference's long run-in title, or the reference's inside the unit's) must stand under the headings its path
# names: round 14's successor "对企业投资的常规光伏项目，根据实际产生的发电量…" (a run-in section of 第四条（支持方式）)
# held the title "常规光伏项目" of a section of 第三条（支持范围）, and was read as that section, not as the
# 第四条 whose body holds its quote (the quote lookup below finds it there).
PATH_FOR_CONTAINED = True
# A path heading's number as the judges wrote it ("(一)" or "（一）", "二、", "第三条", "1.") is left out of the
# comparison.
PATH_NUMBER = re.compile(
    r"^\s*(第[一二三四五六七八九十百零〇]+[章节条部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])\s*"
)


# NEGATIVE_ON_WANTED_LINK: a negative pair whose units are no graph units (run-in sentences the judges read as
# sub-headings: in the one-line 政府工作报告 of round 47 "壮大清洁能源产业" and "培育壮大海洋经济", each the sentence
# opening a printed paragraph) is read, like every other reference, as the units holding its quotes — here 2023 （四）
# and 2024 （四）, whose link the same set wants (打好转型升级硬仗 → 培育发展新质生产力, strong) and counts right in
# the precision. The graph made no claim about the two sentences: the pair is no evidence against it, and counting it
# linked held one link both right and wrong. Such a negative is reported apart (negatives_on_wanted_links); one whose
# units are graph units, or whose mapped pair no judged unit wants, is counted linked as before. The strict figures
# (references that are no graph units counted as misses) are unchanged by it. Negatives linked: round 47 6 → 0 of
# 17, round 46 3 → 0 of 18, round 30 3 → 1 (two 政府工作报告 sentences), rounds 3, 14 and 25 1 → 0; every other set
# unchanged (with and without a manifest), and no recall or precision moved.
NEGATIVE_ON_WANTED_LINK = True


def _norm(title: str) -> str:
    return re.sub(r"[\s。：:；;，,]+$", "", "".join(title.split()))


class UnitIndex:
    """Section and Task nodes of the store, found by a judged unit's plan, title, number, path."""

    def __init__(self, store: GraphStore, plans: list[str], by_quote: bool = True) -> None:
        self.nodes: dict[str, list[dict[str, Any]]] = {}
        self.texts: dict[str, str] = {}
        self.by_quote = by_quote
        self.quoted: list[str] = []  # references found by their quote only
        for plan in plans:
            self.texts[plan] = registry.PLAN.run(store, plan=plan)[0]["text"] or ""
            sections = registry.SECTION_PROFILES.run(store, plans=[plan])
            by_id = {s["id"]: s for s in sections}
            rows = []
            for s in sections:
                rows.append({**s, "ancestors": self._ancestors(by_id, s.get("parent"))})
            for t in registry.TASK_PROFILES.run(store, plans=[plan]):
                section = by_id.get(t["section"])
                chain = [section["title"]] if section else []
                parent = section.get("parent") if section else None
                rows.append({**t, "ancestors": chain + self._ancestors(by_id, parent)})
            for c in registry.CLAUSE_PROFILES.run(store, plans=[plan]):  # clauses.CLAUSE_UNITS: titled by their opening
                section = by_id.get(c["section"])  # None: an article of the plan itself (PLAN_BODY_ARTICLES)
                chain = [section["title"], *self._ancestors(by_id, section.get("parent"))] if section else []
                rows.append({**c, "title": opening(c["text"] or ""), "ancestors": chain})
            self.nodes[plan] = rows

    @staticmethod
    def _ancestors(by_id: Mapping[str, Mapping[str, Any]], parent: str | None) -> list[str]:
        out = []
        while parent and parent in by_id:
            out.append(by_id[parent]["title"])
            parent = by_id[parent].get("parent")
        return out

    def related(self, a: str, b: str) -> bool:
        """Whether one unit id stands in (or is) the other: ids are structural paths."""
        return a == b or any(x.startswith(y + sep) for x, y in ((a, b), (b, a)) for sep in "/.")

    def find(self, ref: Mapping[str, Any]) -> str | None:
        return self.locate(ref)[0]

    def locate(self, ref: Mapping[str, Any]) -> tuple[str | None, bool]:
        """The graph unit of a reference, and whether it was found by its quote only (the reference is no graph
        unit, and the unit holding it stands for it)."""
        title = _norm(ref["title"])
        rows = self.nodes.get(ref["plan"], [])
        for loose, test in (
            (False, lambda t: t == title),
            (False, lambda t: t.startswith(title) or title.startswith(t)),
            (True, lambda t: title in t or (len(t) >= 4 and t in title)),
        ):
            hits = [r for r in rows if r["title"] and test(_norm(r["title"]))]
            if loose and PATH_FOR_CONTAINED and ref.get("path"):
                hits = [r for r in hits if self._path_fit(r, ref) > 0]
            if hits:
                return self._best(hits, ref)["id"], False
        return (self._holding(ref), True) if self.by_quote else (None, False)

    def _holding(self, ref: Mapping[str, Any]) -> str | None:
        """A unit the segmenter does not produce (a run-in heading, a box title): the smallest
        graph unit whose span holds the reference's quote (its own text) after its title."""
        text, rows = self.texts.get(ref["plan"], ""), self.nodes.get(ref["plan"], [])
        # The store holds the normalised text ("(试点)" → "（试点）"): the quote and title are
        # looked up normalised the same way.
        quote, title = normalise(ref.get("quote") or "").text, normalise(ref["title"]).text
        spots = [m.start() for m in re.finditer(re.escape(title), text)] if title else []
        found: list[dict[str, Any]] = []
        for spot in spots:
            at = text.find(quote, spot) if quote else spot
            if at < 0:
                continue
            holding = [r for r in rows if (r.get("start") or 0) <= spot and at < (r.get("end") or 0)]
            if holding:
                found.append(min(holding, key=lambda r: (r.get("end") or 0) - (r.get("start") or 0)))
        if not found:
            return None
        # where the title and quote recur ("海上风电" in the scope and in the rewards), the spot under most of the
        # path's headings (PATH_FOR_CONTAINED)
        fits = [self._path_fit(r, ref) if PATH_FOR_CONTAINED else 0 for r in found]
        found = [r for r, fit in zip(found, fits, strict=True) if fit == max(fits)]
        best = min(found, key=lambda r: (r.get("end") or 0) - (r.get("start") or 0))
        self.quoted.append(f"{ref['title']} → {best['id']}")
        return str(best["id"])

    @staticmethod
    def _path_fit(row: Mapping[str, Any], ref: Mapping[str, Any]) -> int:
        """How many headings of the reference's path are the row's own or among its ancestors (PATH_FOR_CONTAINED):
        a reference that is no graph unit is read as the unit holding it, which may be a heading of its path."""
        ancestors = [_norm(PATH_NUMBER.sub("", a)) for a in [row.get("title") or "", *row["ancestors"]] if a]
        path = [_norm(PATH_NUMBER.sub("", p)) for p in ref.get("path") or []]
        return sum(1 for p in path if any(p == a or p.startswith(a) or a.startswith(p) for a in ancestors))

    @staticmethod
    def _best(hits: list[dict[str, Any]], ref: Mapping[str, Any]) -> dict[str, Any]:
        path = [_norm(NUMBER.sub("", p)) for p in ref.get("path") or []]

        def fit(row: dict[str, Any]) -> tuple[int, int]:
            ancestors = [_norm(a) for a in row["ancestors"]]
            on_path = sum(1 for p in path if any(p == a or p.startswith(a) or a.startswith(p) for a in ancestors))
            same_number = int(_norm(row.get("number") or "") == _norm(ref.get("number") or ""))
            return on_path, same_number

        return max(hits, key=fit)


def build(tmp: Path, plans: Path = ROOT / "data" / "plans") -> GraphStore:
    vocabulary = load_field_vocabulary()
    loaded = [read_plan(source, vocabulary) for source in discover([plans])]
    repair_indicators(loaded)
    store = LadybugStore(tmp / "graph")
    write_all(store, loaded)
    return store


def links(store: GraphStore) -> set[tuple[str, str]]:
    """(earlier, later) for every CONTINUES."""
    found = set()
    for pair in registry.PLAN_SUCCESSIONS.run(store):
        for row in registry.PLAN_CONTINUATIONS.run(store, later=pair["later"], earlier=pair["earlier"]):
            found.add((row["earlier"], row["later"]))
    return found


def evaluate(
    store: GraphStore,
    split: str,
    details: bool,
    found: set[tuple[str, str]] | None = None,
    by_quote: bool = True,
    judged_file: Path = JUDGED,
    plan_ids: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """``plan_ids``: the judged file's plan id → the store's (when plankg guessed other ids)."""
    judged = yaml.safe_load(judged_file.read_text(encoding="utf-8"))
    if plan_ids:
        judged = _renamed_plans(judged, plan_ids)
    plans = sorted(
        {u["earlier"]["plan"] for u in judged["units"]} | {s["plan"] for u in judged["units"] for s in u["successors"]}
    )
    index = UnitIndex(store, plans, by_quote)
    found = links(store) if found is None else found
    units = [u for u in judged["units"] if u["split"] == split]
    negatives = [n for n in judged["negatives"] if n["split"] == split]
    unmapped: list[str] = []
    wanted: dict[str, set[str]] = {}  # earlier node → acceptable later nodes
    pairs: dict[str, list[tuple[str | None, str | None, str]]] = {"strong": [], "weak": []}
    for unit in units:
        earlier = index.find(unit["earlier"])
        if earlier is None:
            unmapped.append(f"{unit['id']} earlier {unit['earlier']['title']}")
        accepted = wanted.setdefault(earlier or f"?{unit['id']}", set())
        for successor in unit["successors"]:
            later = index.find(successor)
            if later is None:
                unmapped.append(f"{unit['id']} successor {successor['title']}")
            else:
                accepted.add(later)
            why = f"{unit['id']} {unit['earlier']['title']} → {successor['title']}"
            pairs[successor["label"]].append((earlier, later, why))
    result: dict[str, Any] = {
        "split": split,
        "units": len(units),
        "unmapped": len(unmapped),
        "by_quote": len(index.quoted),
    }
    for label in ("strong", "weak"):
        hit = [p for p in pairs[label] if p[0] and p[1] and (p[0], p[1]) in found]
        result[f"{label}_pairs"] = len(pairs[label])
        result[f"{label}_recall"] = len(hit) / len(pairs[label]) if pairs[label] else 0.0
        if details:
            for e, later, why in pairs[label]:
                if not (e and later and (e, later) in found):
                    print(f"  missed {label}: {why}   ({e} ← {later})")
    produced = [(e, later) for e, later in found if e in wanted]
    right = [(e, later) for e, later in produced if later in wanted[e]]
    result["links_from_judged"] = len(produced)
    result["precision"] = len(right) / len(produced) if produced else 0.0
    # Lenient: a link to a listed successor's section or to one of its items also counts (the
    # judges gave the most specific successor; a link one level up or down is near it).
    near = [(e, later) for e, later in produced if any(index.related(later, w) for w in wanted[e])]
    result["precision_near"] = len(near) / len(produced) if produced else 0.0
    if details:
        for e, later in sorted(set(produced) - set(right)):
            print(f"  unlisted link: {e} ← {later}")
    linked_negatives = []
    on_wanted: list[str] = []
    for negative in negatives:
        (e, e_quoted), (later, later_quoted) = index.locate(negative["earlier"]), index.locate(negative["later"])
        if e and later and (e, later) in found:
            if NEGATIVE_ON_WANTED_LINK and (e_quoted or later_quoted) and later in wanted.get(e, set()):
                on_wanted.append(negative["id"])
                if details:
                    titles = f"{negative['earlier']['title']} ← {negative['later']['title']}"
                    print(f"  negative on a wanted link (not graph units): {negative['id']} {titles}   ({e} ← {later})")
                continue
            linked_negatives.append(negative["id"])
            if details:
                titles = f"{negative['earlier']['title']} ← {negative['later']['title']}"
                print(f"  negative linked: {negative['id']} {titles}")
    result["negatives"] = len(negatives)
    result["negatives_linked"] = len(linked_negatives)
    result["negatives_on_wanted_links"] = len(on_wanted)
    if details:
        for line in unmapped:
            print(f"  unmapped: {line}")
        for line in index.quoted:
            print(f"  found by quote: {line}")
    return result


def _renamed_plans(node: Any, plan_ids: Mapping[str, str]) -> Any:
    if isinstance(node, dict):
        return {k: plan_ids.get(v, v) if k == "plan" else _renamed_plans(v, plan_ids) for k, v in node.items()}
    if isinstance(node, list):
        return [_renamed_plans(v, plan_ids) for v in node]
    return node


YEARS = re.compile(r"(\d{4})\s*[-–—]\s*(\d{4})")


def plans_folder(judged_file: Path, tmp: Path, manifest: bool) -> tuple[Path, dict[str, str]]:
    """The texts of a judged set outside data/plans (its corpus.yaml and plans/ beside it) in a
    folder of their own: with a plans.yaml made from corpus.yaml (ids, periods, follows), or
    without one, as a researcher's folder of files (plankg guesses ids and successions). Returns
    the folder and the judged id → store id mapping."""
    corpus = yaml.safe_load((judged_file.parent / "corpus.yaml").read_text(encoding="utf-8"))["documents"]
    folder = tmp / "plans"
    folder.mkdir()
    entries = []
    for doc in corpus:
        shutil.copyfile(judged_file.parent / "plans" / doc["file"], folder / doc["file"])
        entry = {"id": doc["id"], "file": doc["file"], "title": doc["title"], "kind": doc.get("kind", "plan")}
        entry["region"] = doc.get("region", "")
        years = YEARS.search(str(doc.get("period", "")))
        if years:
            entry["start_year"], entry["end_year"] = int(years.group(1)), int(years.group(2))
        if doc.get("follows"):
            entry["follows"] = list(doc["follows"])
        entries.append(entry)
    if manifest:
        (folder / "plans.yaml").write_text(yaml.safe_dump({"plans": entries}, allow_unicode=True), encoding="utf-8")
        return folder, {}
    return folder, {doc["id"]: slug(Path(doc["file"]).stem) for doc in corpus}


def old_gold(store: GraphStore) -> tuple[float, float]:
    pairs = yaml.safe_load(OLD_GOLD.read_text(encoding="utf-8"))["pairs"]
    yes = {(p["earlier"], p["later"]) for p in pairs if p["continues"]}
    no = {(p["earlier"], p["later"]) for p in pairs if not p["continues"]}
    found = links(store)
    right, wrong = len(found & yes), len(found & no)
    return (right / (right + wrong) if right + wrong else 0.0), right / len(yes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--details", action="store_true", help="list misses and wrong links (not on heldout)")
    parser.add_argument("--judged", type=Path, default=JUDGED, help="judged set (default: the data/plans one)")
    parser.add_argument(
        "--no-manifest", action="store_true", help="plans outside data/plans: no plans.yaml (successions inferred)"
    )
    args = parser.parse_args()
    judged_file = args.judged.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        plan_ids: dict[str, str] = {}
        if judged_file == JUDGED:
            store = build(Path(tmp))
        else:
            folder, plan_ids = plans_folder(judged_file, Path(tmp), manifest=not args.no_manifest)
            store = build(Path(tmp), folder)
            successions = [(r["later"], r["earlier"]) for r in registry.PLAN_SUCCESSIONS.run(store)]
            print(f"plans {sorted(r['id'] for r in registry.PLANS.run(store))}; successions {successions}")
        details = args.details and args.split in DETAILED
        strict = evaluate(store, args.split, False, by_quote=False, judged_file=judged_file, plan_ids=plan_ids)
        result = evaluate(store, args.split, details, judged_file=judged_file, plan_ids=plan_ids)
        print(
            f"split {result['split']}: {result['units']} earlier units; {result['by_quote']} unit references are "
            "not graph units (run-in headings, box titles) and were mapped to the smallest unit holding their "
            f"quote; {result['unmapped']} not found at all (counted as misses)"
        )
        print(
            f"strict (those {strict['unmapped']} references counted as misses): strong recall "
            f"{strict['strong_recall']:.3f}, weak recall {strict['weak_recall']:.3f}, "
            f"negatives linked {strict['negatives_linked']}"
        )
        print(f"strong recall {result['strong_recall']:.3f} ({result['strong_pairs']} pairs)")
        print(f"weak recall   {result['weak_recall']:.3f} ({result['weak_pairs']} pairs)")
        print(f"precision     {result['precision']:.3f} (over {result['links_from_judged']} links from judged units)")
        print(f"precision near {result['precision_near']:.3f} (a link to a listed successor's section or items counts)")
        print(f"negatives linked {result['negatives_linked']} of {result['negatives']}")
        print(
            f"negatives on a wanted link {result['negatives_on_wanted_links']} (no graph units: mapped onto units "
            "whose link the set wants; NEGATIVE_ON_WANTED_LINK)"
        )
        if judged_file == JUDGED:
            precision, recall = old_gold(store)
            print(f"old tests/gold/lineage.yaml (biased, Task pairs): precision {precision:.3f} recall {recall:.3f}")
        store.close()


if __name__ == "__main__":
    main()
