"""Check the real-world entity gold against its texts.

    python tests/realworld/extract/check_gold.py

For every document in corpus.yaml: the text file exists and is 2,000-6,000 characters; the
gold file tests/gold/realworld/entities/<id>.yaml exists; every name and every quote occurs in
the text exactly; every name occurs in its quote; kinds are from the allowed lists; no name is
listed twice in one list or both as gold and as must_not; gold names carry no leading verb and
no trailing 等/建设. Prints one line per document and exits 1 on any error. Needs only the
standard library and PyYAML.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

sys.path.insert(0, str(ROOT))
from bench.splits import SPLITS  # noqa: E402  (stdlib only: the checker still needs only PyYAML)

GOLD = ROOT / "tests" / "gold" / "realworld" / "entities"

PLATFORM_KINDS = {
    "实验室",
    "创新中心",
    "研发中心",
    "研究中心",
    "技术中心",
    "科学设施",
    "功能型平台",
    "平台",
    "基地",
    "网络",
    "数据库",
    "园区",
    "示范区",
    "其他",
}
INSTITUTION_KINDS = {"高校", "科研院所", "企业", "医院", "政府部门", "国际组织", "场馆", "其他"}
LEADING_VERBS = ("建设", "打造", "依托", "推进", "加快", "支持", "建立", "推动", "完善", "组建", "培育")
TRAILING = ("等", "建设")
# A verb followed by nothing but a body suffix is a ministry or bureau of that name, not a verb glued on:
# 建设部 (the ministry until 2008), 省建设厅's 建设厅.
BODY_SUFFIXES = ("部", "厅", "局", "委")
MIN_CHARS, MAX_CHARS = 2000, 6000


def _read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:  # keep CR as found
        return f.read()


def check_document(doc: dict, errors: list[str]) -> tuple[int, int]:
    doc_id = doc["id"]
    where = f"{doc_id}:"
    for key in ("id", "file", "title", "region", "issuer", "level", "period", "field", "source", "split"):
        if not doc.get(key):
            errors.append(f"{where} corpus entry lacks {key}")
    if doc.get("split") not in SPLITS:
        errors.append(f"{where} split must be one of {sorted(SPLITS)}")
    text_path = HERE / doc["file"]
    if not text_path.is_file():
        errors.append(f"{where} no text file {text_path}")
        return 0, 0
    text = _read_text(text_path)
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        errors.append(f"{where} text has {len(text)} characters, outside {MIN_CHARS}-{MAX_CHARS}")
    gold_path = GOLD / f"{doc_id}.yaml"
    if not gold_path.is_file():
        errors.append(f"{where} no gold file {gold_path}")
        return 0, 0
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    if gold.get("doc") != doc_id:
        errors.append(f"{where} gold file says doc: {gold.get('doc')!r}")

    names_by_list: dict[str, set[str]] = {}
    for key in ("platforms", "institutions", "may", "must_not"):
        entries = gold.get(key) or []
        seen: set[str] = set()
        for i, entry in enumerate(entries):
            label = f"{where} {key}[{i}]"
            name = entry.get("name")
            quote = entry.get("quote")
            if not name:
                errors.append(f"{label} has no name")
                continue
            if name in seen:
                errors.append(f"{label} {name!r} listed twice")
            seen.add(name)
            if name not in text:
                errors.append(f"{label} name {name!r} not in text")
            if key in ("platforms", "institutions"):
                if not quote:
                    errors.append(f"{label} {name!r} has no quote")
                allowed = PLATFORM_KINDS if key == "platforms" else INSTITUTION_KINDS
                if entry.get("kind") not in allowed:
                    errors.append(f"{label} {name!r} kind {entry.get('kind')!r} not in {sorted(allowed)}")
                if name.startswith(LEADING_VERBS) and not (len(name) == 3 and name.endswith(BODY_SUFFIXES)):
                    errors.append(f"{label} {name!r} starts with a verb")
                if name.endswith(TRAILING):
                    errors.append(f"{label} {name!r} ends with 等/建设")
            else:
                if not entry.get("reason"):
                    errors.append(f"{label} {name!r} has no reason")
            if quote is not None:
                if quote not in text:
                    errors.append(f"{label} quote for {name!r} not in text: {quote[:40]!r}")
                if name not in quote:
                    errors.append(f"{label} name {name!r} not in its quote")
        names_by_list[key] = seen
    for key in ("platforms", "institutions"):
        both = names_by_list[key] & names_by_list["must_not"]
        for name in sorted(both):
            errors.append(f"{where} {name!r} is both in {key} and must_not")
    both = names_by_list["platforms"] & names_by_list["institutions"]
    for name in sorted(both):
        errors.append(f"{where} {name!r} is both a platform and an institution (use may for the other reading)")
    return len(names_by_list["platforms"]), len(names_by_list["institutions"])


def main() -> int:
    corpus = yaml.safe_load((HERE / "corpus.yaml").read_text(encoding="utf-8"))
    errors: list[str] = []
    ids = [d["id"] for d in corpus["documents"]]
    if len(ids) != len(set(ids)):
        errors.append("corpus.yaml: duplicate ids")
    listed = {f"{i}.yaml" for i in ids}
    for extra in sorted(p.name for p in GOLD.glob("*.yaml")):
        if extra not in listed:
            errors.append(f"gold file {extra} has no corpus entry")
    total_p = total_i = 0
    for doc in corpus["documents"]:
        n_p, n_i = check_document(doc, errors)
        total_p += n_p
        total_i += n_i
        print(f"{doc['id']:<20} {doc.get('split', '?'):<8} platforms {n_p:>3}  institutions {n_i:>3}")
    print(f"{len(ids)} documents, {total_p} platforms, {total_i} institutions")
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"{len(errors)} errors")
        return 1
    print("gold OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
