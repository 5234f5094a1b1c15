#!/usr/bin/env python3
"""Check tests/realworld/lineage/judged.yaml against the plan texts (stdlib + pyyaml).

Modelled on tests/gold/check_lineage_judged.py, for the held-out lineage set (split heldout3)
whose plans live in tests/realworld/lineage/plans/ and are listed in corpus.yaml there.

For every earlier unit, successor and negative pair it verifies that
  * the plan id is listed in corpus.yaml and its text file exists; a successor's plan is a
    plan that `follows` the earlier unit's plan;
  * `title` occurs in the plan text, and the heading occurs: number, optional horizontal
    whitespace exactly as the text has it (the 七五 text writes 第七章　农业, the 八五 OCR text
    （二） 水利建设), then title; run-in units have number "";
  * every `path` element occurs in the text, in order, before the heading (searched backwards
    from the heading, so a 目录 does not count), and no other heading of the same kind
    (另一个 第X章 / 第X节 / （n）) lies between a path element and the unit;
  * the path starts at a part heading (一、…, or a bare 、 where OCR lost the numeral), and a
    unit with an empty path is itself a part;
  * `quote` (<= 60 chars) occurs exactly within a window after the heading (the unit's own
    text, approximately: 20000 chars for a part, 8000 for a chapter, 4000 otherwise);
plus structural rules: unique ids, split heldout3 everywhere, label in {strong, weak},
`successors: []` only together with `none_why`, no duplicate successor, a negative pair never
also a successor link, at least 40 units and 10 negatives.
Exit status 0 when everything passes.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "judged.yaml")
CORPUS = os.path.join(HERE, "corpus.yaml")
PLANS = os.path.join(HERE, "plans")

CN = "[一二三四五六七八九十]"
PART = re.compile("^" + CN + "*、")             # 一、… or a bare 、 (numeral lost by OCR)
CHAP = re.compile("^第" + CN + "+章")
# heading kinds used for the "no other heading of the same kind in between" rule
KINDS = tuple(
    (re.compile("^" + pat), re.compile(pat))
    for pat in ("第" + CN + "+章", "第" + CN + "+节", "[（〈]" + CN + "+[）〕]")
)
WIN_PART, WIN_CHAP, WIN = 20000, 8000, 4000
SPLIT = "heldout3"


def load():
    with open(CORPUS, encoding="utf-8") as f:
        corpus = yaml.safe_load(f)
    texts, follows = {}, {}
    for d in corpus["documents"]:
        path = os.path.join(PLANS, d["file"])
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                texts[d["id"]] = f.read()
        follows[d["id"]] = set(d.get("follows") or [])
    return texts, follows


def heading_positions(text, number, title):
    pat = re.escape(number) + (r"[^\S\n]*" if number else "") + re.escape(title)
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def check_ref(ref, texts, where, errors, allowed):
    plan = ref.get("plan")
    if plan not in allowed:
        errors.append(f"{where}: plan {plan!r} not allowed here ({sorted(allowed)})")
        return
    text = texts.get(plan)
    if text is None:
        errors.append(f"{where}: no text for plan {plan}")
        return
    number, title, quote, path = ref.get("number"), ref.get("title"), ref.get("quote"), ref.get("path")
    if not isinstance(number, str) or not isinstance(title, str) or not title:
        errors.append(f"{where}: number/title missing")
        return
    if not isinstance(path, list):
        errors.append(f"{where}: path must be a list")
        return
    if not isinstance(quote, str) or not quote:
        errors.append(f"{where}: quote missing")
        return
    if len(quote) > 60:
        errors.append(f"{where}: quote longer than 60 chars ({len(quote)})")
    if path and not PART.match(path[0]):
        errors.append(f"{where}: path must start at a part heading: {path[0]!r}")
    if not path and not PART.match(number):
        errors.append(f"{where}: empty path for a unit that is not a part")
    if title not in text:
        errors.append(f"{where}: title not in {plan}: {title!r}")
        return
    heads = heading_positions(text, number, title)
    if not heads:
        errors.append(f"{where}: heading {number!r}+{title!r} not in {plan}")
        return
    if quote not in text:
        errors.append(f"{where}: quote not in {plan}: {quote!r}")
        return
    win = WIN_PART if (PART.match(number) and not path) else WIN_CHAP if CHAP.match(number) else WIN
    good = [(h, e) for h, e in heads if quote in text[h:e + win]]
    if not good:
        errors.append(f"{where}: quote {quote!r} not within {win} chars after heading {number + title!r}")
        return
    for h, _ in good:
        pos, ok = h, True
        for anc in reversed(path):
            j = text.rfind(anc, 0, pos)
            if j < 0:
                ok = False
                break
            for start, anywhere in KINDS:
                if start.match(anc) and anywhere.search(text, j + len(anc), h):
                    ok = False
            if not ok:
                break
            pos = j
        if ok:
            return
    missing = [a for a in path if a not in text]
    extra = f" (not in text: {missing})" if missing else " (order, or another heading in between)"
    errors.append(f"{where}: path {path} does not lead to heading {number + title!r}{extra}")


def key(r):
    return (r.get("plan"), r.get("number"), r.get("title"), tuple(r.get("path") or []))


def main():
    texts, follows = load()
    with open(GOLD, encoding="utf-8") as f:
        gold = yaml.safe_load(f)
    errors = []
    if not isinstance(gold.get("note"), str) or not gold["note"].strip():
        errors.append("note missing")
    units = gold.get("units") or []
    negs = gold.get("negatives") or []
    later_of = {p: {q for q, fs in follows.items() if p in fs} for p in follows}
    earlier_plans = {p for p, ls in later_of.items() if ls}
    ids = set()
    counts = {"strong": 0, "weak": 0, "none": 0}
    links = set()
    for u in units:
        uid = u.get("id")
        if uid in ids:
            errors.append(f"duplicate id {uid}")
        ids.add(uid)
        if u.get("split") != SPLIT:
            errors.append(f"{uid}: split must be {SPLIT}")
        e = u.get("earlier") or {}
        check_ref(e, texts, f"{uid}.earlier", errors, earlier_plans)
        succ = u.get("successors")
        if not isinstance(succ, list):
            errors.append(f"{uid}: successors must be a list")
            continue
        if not succ:
            counts["none"] += 1
            if not str(u.get("none_why") or "").strip():
                errors.append(f"{uid}: successors [] needs none_why")
        elif u.get("none_why"):
            errors.append(f"{uid}: none_why given but successors listed")
        seen = set()
        for k, s in enumerate(succ):
            lab = s.get("label")
            if lab not in ("strong", "weak"):
                errors.append(f"{uid}.successors[{k}]: bad label {lab!r}")
            else:
                counts[lab] += 1
            if not str(s.get("why") or "").strip():
                errors.append(f"{uid}.successors[{k}]: why missing")
            if key(s) in seen:
                errors.append(f"{uid}.successors[{k}]: duplicate successor")
            seen.add(key(s))
            links.add((key(e), key(s)))
            check_ref(s, texts, f"{uid}.successors[{k}]", errors, later_of.get(e.get("plan"), set()))
    for n in negs:
        nid = n.get("id")
        if nid in ids:
            errors.append(f"duplicate id {nid}")
        ids.add(nid)
        if n.get("split") != SPLIT:
            errors.append(f"{nid}: split must be {SPLIT}")
        for fld in ("shared", "why"):
            if not str(n.get(fld) or "").strip():
                errors.append(f"{nid}: {fld} missing")
        e, lat = n.get("earlier") or {}, n.get("later") or {}
        check_ref(e, texts, f"{nid}.earlier", errors, earlier_plans)
        check_ref(lat, texts, f"{nid}.later", errors, later_of.get(e.get("plan"), set()))
        if (key(e), key(lat)) in links:
            errors.append(f"{nid}: pair is also listed as a successor link")
    if len(units) < 40:
        errors.append(f"only {len(units)} units judged (need >= 40)")
    if len(negs) < 10:
        errors.append(f"only {len(negs)} negatives (need >= 10)")
    for e in errors:
        print("FAIL", e)
    print(f"units {len(units)}; links strong {counts['strong']} weak {counts['weak']}; "
          f"none {counts['none']}; negatives {len(negs)}")
    if errors:
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
