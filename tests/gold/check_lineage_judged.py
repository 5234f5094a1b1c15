#!/usr/bin/env python3
"""Check tests/gold/lineage_judged.yaml against the plan texts (stdlib + pyyaml).

For every earlier unit, successor and negative pair it verifies that
  * the plan id is known and its text file exists (data/plans/plans.yaml);
  * `title` occurs in the plan text exactly, and number+title occurs as a
    heading (number immediately followed by title; box titles have number "");
  * every `path` element occurs in the text, in order, before the heading
    (searched backwards from the heading, so the 目录 of sh-stic-14 does not
    count as the path);
  * `quote` (<= 60 chars) occurs exactly, within a window after the heading
    (the unit's own text, approximately);
plus structural rules: unique ids, split in {dev, heldout, heldout2}, label in
{strong, weak}, `successors: []` only together with `none_why`, successors
only in a later-period plan, and a heldout share of about one third of the
first round (dev + heldout; heldout2 is a second round judged later, all of it
held out).
Exit status 0 when everything passes.
"""
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLD = os.path.join(ROOT, "tests", "gold", "lineage_judged.yaml")
PLANS = os.path.join(ROOT, "data", "plans")

EARLIER = {"sh-sti-12", "sh-iti-12"}
LATER = {"sh-stic-14"}
TOP = re.compile(r"^[一二三四五六七八九十]+、$")
WIN_TOP = 40000   # window after a chapter heading (一、…)
WIN = 6000        # window after any other heading
SEC = re.compile(r"（[一二三四五六七八九十]+）")
SPLITS = ("dev", "heldout", "heldout2")


def load_texts():
    with open(os.path.join(PLANS, "plans.yaml"), encoding="utf-8") as f:
        manifest = yaml.safe_load(f)
    texts = {}
    for p in manifest["plans"]:
        path = os.path.join(PLANS, p["file"])
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                texts[p["id"]] = f.read()
    return texts


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def check_ref(ref, texts, where, errors, allowed_plans):
    plan = ref.get("plan")
    if plan not in allowed_plans:
        errors.append(f"{where}: plan {plan!r} not allowed here ({sorted(allowed_plans)})")
        return
    text = texts.get(plan)
    if text is None:
        errors.append(f"{where}: no text for plan {plan}")
        return
    number = ref.get("number")
    title = ref.get("title")
    quote = ref.get("quote")
    path = ref.get("path")
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
    if path and not TOP.match(re.match(r"^([一二三四五六七八九十]+、)?", path[0]).group(0) or ""):
        errors.append(f"{where}: path must start at a chapter heading (一、…): {path[0]!r}")
    if not path and not TOP.match(number):
        errors.append(f"{where}: empty path for a non-chapter unit")
    if title not in text:
        errors.append(f"{where}: title not in {plan}: {title!r}")
        return
    heading = number + title
    heads = occurrences(text, heading)
    if not heads:
        errors.append(f"{where}: heading {heading!r} not in {plan}")
        return
    if quote not in text:
        errors.append(f"{where}: quote not in {plan}: {quote!r}")
        return
    win = WIN_TOP if TOP.match(number) else WIN
    good = [h for h in heads if quote in text[h:h + len(heading) + win]]
    if not good:
        errors.append(f"{where}: quote {quote!r} not within {win} chars after heading {heading!r}")
        return
    # path: search backwards from the heading for each ancestor, innermost first
    ok_any = False
    for h in good:
        pos, ok = h, True
        for anc in reversed(path):
            j = text.rfind(anc, 0, pos)
            if j < 0:
                ok = False
                break
            # a （一）-style ancestor must not be followed by another （二）-style
            # section before the unit (catches a wrong section in the path)
            if SEC.match(anc) and SEC.search(text, j + len(anc), h):
                ok = False
                break
            pos = j
        if ok:
            ok_any = True
            break
    if not ok_any:
        missing = [a for a in path if a not in text]
        extra = f" (not in text: {missing})" if missing else " (order)"
        errors.append(f"{where}: path {path} does not precede heading {heading!r}{extra}")


def main():
    texts = load_texts()
    with open(GOLD, encoding="utf-8") as f:
        gold = yaml.safe_load(f)
    errors = []
    if not isinstance(gold.get("note"), str) or not gold["note"].strip():
        errors.append("note missing")
    ids = set()
    units = gold.get("units") or []
    negs = gold.get("negatives") or []
    counts = {"strong": 0, "weak": 0, "none": 0}
    per_plan = {}
    held = second = 0
    for u in units:
        uid = u.get("id")
        if uid in ids:
            errors.append(f"duplicate id {uid}")
        ids.add(uid)
        if u.get("split") not in SPLITS:
            errors.append(f"{uid}: bad split {u.get('split')!r}")
        held += u.get("split") == "heldout"
        second += u.get("split") == "heldout2"
        e = u.get("earlier") or {}
        per_plan[e.get("plan")] = per_plan.get(e.get("plan"), 0) + 1
        check_ref(e, texts, f"{uid}.earlier", errors, EARLIER)
        succ = u.get("successors")
        if not isinstance(succ, list):
            errors.append(f"{uid}: successors must be a list")
            continue
        if not succ:
            counts["none"] += 1
            if not str(u.get("none_why") or "").strip():
                errors.append(f"{uid}: successors [] needs none_why")
        seen = set()
        for k, s in enumerate(succ):
            lab = s.get("label")
            if lab not in ("strong", "weak"):
                errors.append(f"{uid}.successors[{k}]: bad label {lab!r}")
            else:
                counts[lab] += 1
            if not str(s.get("why") or "").strip():
                errors.append(f"{uid}.successors[{k}]: why missing")
            key = (s.get("number"), s.get("title"), tuple(s.get("path") or []))
            if key in seen:
                errors.append(f"{uid}.successors[{k}]: duplicate successor")
            seen.add(key)
            check_ref(s, texts, f"{uid}.successors[{k}]", errors, LATER)
    nheld = nsecond = 0
    for n in negs:
        nid = n.get("id")
        if nid in ids:
            errors.append(f"duplicate id {nid}")
        ids.add(nid)
        if n.get("split") not in SPLITS:
            errors.append(f"{nid}: bad split")
        nheld += n.get("split") == "heldout"
        nsecond += n.get("split") == "heldout2"
        for fld in ("shared", "why"):
            if not str(n.get(fld) or "").strip():
                errors.append(f"{nid}: {fld} missing")
        check_ref(n.get("earlier") or {}, texts, f"{nid}.earlier", errors, EARLIER)
        check_ref(n.get("later") or {}, texts, f"{nid}.later", errors, LATER)
        # a negative must not also be a judged successor link
        earlier, later = n.get("earlier") or {}, n.get("later") or {}
        for u in units:
            ue = u.get("earlier") or {}
            if (ue.get("plan"), ue.get("number"), ue.get("title"), ue.get("path")) == \
               (earlier.get("plan"), earlier.get("number"), earlier.get("title"), earlier.get("path")):
                for s in u.get("successors") or []:
                    if (s.get("number"), s.get("title"), s.get("path")) == \
                       (later.get("number"), later.get("title"), later.get("path")):
                        errors.append(f"{nid}: pair is also listed as a successor in {u.get('id')}")
    if len(units) < 70:
        errors.append(f"only {len(units)} units judged (need >= 70)")
    if len(negs) < 20:
        errors.append(f"only {len(negs)} negatives (need >= 20)")
    first_units, first_negs = len(units) - second, len(negs) - nsecond
    for name, h, tot in (("units", held, first_units), ("negatives", nheld, first_negs)):
        if tot and not (0.25 <= h / tot <= 0.42):
            errors.append(f"heldout share of {name} is {h}/{tot}")
    for e in errors:
        print("FAIL", e)
    print(f"units {len(units)} {per_plan}; links strong {counts['strong']} weak {counts['weak']}; "
          f"none {counts['none']}; negatives {len(negs)}; heldout units {held}/{len(units)}, "
          f"negatives {nheld}/{len(negs)}; heldout2 units {second}, negatives {nsecond}")
    if errors:
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
