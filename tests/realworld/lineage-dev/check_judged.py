#!/usr/bin/env python3
"""Check tests/realworld/lineage-dev/judged.yaml against its plan texts (stdlib + pyyaml).

Like tests/gold/check_lineage_judged.py, for the 九五 → 十五 dev pair. For every earlier unit,
successor and negative pair it verifies that
  * the plan is listed in corpus.yaml and its text exists in plans/;
  * number+title occurs in the text as a heading (number immediately followed by title);
  * every `path` element occurs in the text, in order, before the heading (searched backwards);
  * `quote` (<= 60 chars) occurs within the unit's own window after the heading; for an
    earlier unit it is the opening words (within 80 characters of the heading);
plus structural rules: unique ids, split dev, label strong|weak, `successors: []` only with
`none_why`, successors only in the later plan (the one whose `follows` names the earlier), no
negative pair also a successor link. Exit status 0 when everything passes.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
WIN_TOP = 40000  # window after a chapter-level heading (一、, 第X篇, 第X章)
WIN = 6000  # window after any other heading
OPENING = 80  # an earlier unit's quote starts within this many characters of its heading
TOP = re.compile(r"^([一二三四五六七八九十]+、|第[一二三四五六七八九十]+[篇章])$")


def load():
    with open(os.path.join(HERE, "corpus.yaml"), encoding="utf-8") as f:
        docs = yaml.safe_load(f)["documents"]
    texts = {}
    for d in docs:
        with open(os.path.join(HERE, "plans", d["file"]), encoding="utf-8") as f:
            texts[d["id"]] = f.read()
    later = {d["id"] for d in docs if d.get("follows")}
    earlier = {e for d in docs for e in d.get("follows") or []}
    return texts, earlier, later


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def check_ref(ref, texts, where, errors, allowed, opening=False):
    plan = ref.get("plan")
    if plan not in allowed:
        errors.append(f"{where}: plan {plan!r} not allowed here ({sorted(allowed)})")
        return
    text = texts[plan]
    number, title, quote, path = ref.get("number"), ref.get("title"), ref.get("quote"), ref.get("path")
    if not isinstance(number, str) or not isinstance(title, str) or not title:
        errors.append(f"{where}: number/title missing")
        return
    if not isinstance(path, list) or not isinstance(quote, str) or not quote:
        errors.append(f"{where}: path must be a list and quote given")
        return
    if len(quote) > 60:
        errors.append(f"{where}: quote longer than 60 chars ({len(quote)})")
    heading = number + title
    heads = occurrences(text, heading)
    if not heads:
        errors.append(f"{where}: heading {heading!r} not in {plan}")
        return
    win = WIN_TOP if TOP.match(number) else WIN
    if opening:
        win = OPENING
    good = [h for h in heads if quote in text[h : h + len(heading) + win]]
    if not good:
        errors.append(f"{where}: quote {quote!r} not within {win} chars after heading {heading!r}")
        return
    for h in good:
        pos, ok = h, True
        for anc in reversed(path):
            j = text.rfind(anc, 0, pos)
            if j < 0:
                ok = False
                break
            pos = j
        if ok:
            return
    errors.append(f"{where}: path {path!r} not found above {heading!r}")


def main():
    texts, earlier, later = load()
    with open(os.path.join(HERE, "judged.yaml"), encoding="utf-8") as f:
        judged = yaml.safe_load(f)
    errors = []
    ids = set()
    links = set()
    for u in judged["units"]:
        uid = u.get("id")
        if uid in ids:
            errors.append(f"duplicate id {uid}")
        ids.add(uid)
        if u.get("split") != "dev":
            errors.append(f"{uid}: split must be dev")
        check_ref(u["earlier"], texts, f"{uid} earlier", errors, earlier, opening=True)
        succ = u.get("successors")
        if not isinstance(succ, list):
            errors.append(f"{uid}: successors must be a list")
            continue
        if not succ and not u.get("none_why"):
            errors.append(f"{uid}: successors: [] needs none_why")
        if succ and u.get("none_why"):
            errors.append(f"{uid}: none_why given with successors")
        for i, s in enumerate(succ):
            check_ref(s, texts, f"{uid} successor {i}", errors, later)
            if s.get("label") not in ("strong", "weak"):
                errors.append(f"{uid} successor {i}: label must be strong or weak")
            if not s.get("why"):
                errors.append(f"{uid} successor {i}: why missing")
            links.add((u["earlier"]["number"] + u["earlier"]["title"], s["number"] + s["title"]))
    for n in judged.get("negatives") or []:
        nid = n.get("id")
        if nid in ids:
            errors.append(f"duplicate id {nid}")
        ids.add(nid)
        if n.get("split") != "dev":
            errors.append(f"{nid}: split must be dev")
        check_ref(n["earlier"], texts, f"{nid} earlier", errors, earlier)
        check_ref(n["later"], texts, f"{nid} later", errors, later)
        if not n.get("shared") or not n.get("why"):
            errors.append(f"{nid}: shared and why required")
        pair = (n["earlier"]["number"] + n["earlier"]["title"], n["later"]["number"] + n["later"]["title"])
        if pair in links:
            errors.append(f"{nid}: negative pair is also a successor link")
    for e in errors:
        print(e)
    n_units, n_neg = len(judged["units"]), len(judged.get("negatives") or [])
    print(f"{n_units} units, {n_neg} negatives: {'OK' if not errors else f'{len(errors)} errors'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
