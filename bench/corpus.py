"""A corpus of N realistic plans for the scale benchmarks, made from the real texts in data/plans.

The real folder is one *cohort*: two 十二五 plans, the 十四五 plan that follows both, its
interpretation and a yearly report. A generated corpus is a sequence of such cohorts, each a
perturbed copy of the real one:

- region: 上海 (上海市, 沪) becomes another province or city, one per cohort;
- period: the cohort is shifted by whole plan periods (十二五 → 十四五 → …) and every year in the
  text moves with it (2015年 → 2025年), so a region has several generations of plans;
- fields: a random permutation of field names from the vocabulary (集成电路 ↔ 新材料 …), so each
  plan promises different things for different fields;
- platforms: the Shanghai park names inside platform names (张江, 临港, 漕河泾 …) are swapped for
  others, so platforms differ between regions;
- recombination: where a plan's chapters are lines of their own ("一、…"), one chapter is dropped
  or replaced by a chapter of the cohort's other 十二五 plan, and the chapters are renumbered.

Successions give lineage work: in each cohort the 十四五-like plan follows both 十二五-like
plans (as in the real manifest), and it also follows the previous generation's 十四五-like plan of
the same region. The manifest (plans.yaml) says so with ``follows:``.

    python -m bench.corpus N OUT_DIR [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
REAL_PLANS = ROOT / "data" / "plans"
FIELDS_YAML = ROOT / "plankg" / "data" / "fields.yaml"

# Provinces and the larger cities that publish their own S&T plans: one per cohort.
REGIONS = (
    "北京",
    "天津",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "广西",
    "宁夏",
    "新疆",
    "内蒙古",
    "深圳",
    "杭州",
    "南京",
    "苏州",
    "武汉",
    "成都",
    "西安",
    "广州",
    "合肥",
    "青岛",
    "宁波",
    "厦门",
    "长沙",
    "郑州",
    "济南",
    "沈阳",
    "大连",
    "哈尔滨",
    "长春",
    "福州",
    "昆明",
    "南宁",
    "贵阳",
    "太原",
    "石家庄",
    "南昌",
    "无锡",
    "东莞",
    "佛山",
    "珠海",
    "常州",
)
PROVINCE_LEVEL = set(REGIONS[:29])
# Shifts in plan periods, one per generation of cohorts: 0 is the real 十二五/十四五 pair; the
# others stay inside 六五 … 十九五, the periods plankg reads.
PERIOD_SHIFTS = (0, -2, 2, -4, 4, -6)
# Shanghai places that name platforms and parks in the real texts.
SHANGHAI_PLACES = ("张江", "临港", "漕河泾", "紫竹", "松江", "嘉定", "浦东", "闵行", "杨浦", "徐汇", "金桥", "外高桥")
OTHER_PLACES = (
    "东湖",
    "光谷",
    "滨江",
    "南沙",
    "前海",
    "两江",
    "天府",
    "高新",
    "经开",
    "未来科技城",
    "江北",
    "西咸",
    "中原",
    "洪山",
    "雁塔",
    "岳麓",
    "高铁新城",
    "科学城",
    "大学城",
    "金鸡湖",
    "独墅湖",
    "横琴",
    "松山湖",
    "翠亨",
)
NUMERALS = "零一二三四五六七八九十"
# A chapter heading on a line of its own: "一、形势与需求", "　　三、新兴产业培育工程".
CHAPTER = re.compile(r"^[ \t　]*([一二三四五六七八九十]{1,3})、", re.MULTILINE)
PERIOD = re.compile(r"十([一二三四五六七八九]?)五")
YEAR = re.compile(r"(?<![0-9０-９])(19[89][0-9]|20[0-4][0-9])(?=年|—|－|-|～|~)")


def cn(n: int) -> str:
    """1..99 in Chinese numerals (十, 十二, 二十一)."""
    tens, units = divmod(n, 10)
    return (("" if tens == 1 else NUMERALS[tens]) + "十" if tens else "") + (NUMERALS[units] if units else "")


def shift_periods(text: str, shift: int) -> str:
    """十二五 → 十四五 for shift 2; also 2015年 → 2025年 when ``years`` (5 years a period)."""

    def one(match: re.Match[str]) -> str:
        return f"{cn(10 + (NUMERALS.index(match.group(1)) if match.group(1) else 0) + shift)}五"

    return PERIOD.sub(one, text)


def shift_years(text: str, shift: int) -> str:
    return YEAR.sub(lambda m: str(int(m.group(1)) + 5 * shift), text)


@dataclass
class Plan:
    file: str
    entry: dict[str, Any]
    text: str


def _real_cohort() -> list[Plan]:
    manifest = yaml.safe_load((REAL_PLANS / "plans.yaml").read_text(encoding="utf-8"))["plans"]
    return [Plan(e["file"], dict(e), (REAL_PLANS / e["file"]).read_text(encoding="utf-8")) for e in manifest]


def _field_names() -> list[str]:
    data = yaml.safe_load(FIELDS_YAML.read_text(encoding="utf-8"))
    names: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("name"), str):
                names.append(node["name"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return sorted(set(names))


def _replace_all(text: str, mapping: dict[str, str]) -> str:
    """Every key replaced in one pass, longest first, so swaps do not chain (A→B, B→A)."""
    if not mapping:
        return text
    pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def _chapters(text: str) -> tuple[str, list[str]] | None:
    starts = [m.start() for m in CHAPTER.finditer(text)]
    if len(starts) < 4:
        return None
    return text[: starts[0]], [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def _renumber(chapters: list[str]) -> list[str]:
    return [
        CHAPTER.sub(lambda m, i=i: m.group(0).replace(m.group(1) + "、", cn(i) + "、"), c, count=1)
        for i, c in enumerate(chapters, start=1)
    ]


def recombine(text: str, donor: str | None, rng: random.Random) -> str:
    """Drop one chapter after the first two, or replace it by one of ``donor``'s; renumber."""
    split = _chapters(text)
    if split is None:
        return text
    head, chapters = split
    index = rng.randrange(2, len(chapters))
    donor_split = _chapters(donor) if donor else None
    if donor_split and rng.random() < 0.5:
        chapters[index] = rng.choice(donor_split[1][2:])
    else:
        del chapters[index]
    return head + "".join(_renumber(chapters))


def generate(n: int, out: Path, seed: int = 0) -> list[dict[str, Any]]:
    """Write ``n`` plan files and their plans.yaml to ``out``; returns the manifest entries."""
    rng = random.Random(seed)
    real = _real_cohort()
    fields = _field_names()
    stems = {p.entry["id"]: p for p in real}
    latest = max(real, key=lambda p: (p.entry["kind"] == "plan", p.entry.get("start_year", 0)))
    out.mkdir(parents=True, exist_ok=True)
    entries: list[dict[str, Any]] = []
    cohort = 0
    while len(entries) < n:
        region = REGIONS[cohort % len(REGIONS)]
        generation = cohort // len(REGIONS)
        if generation >= len(PERIOD_SHIFTS):
            raise ValueError(f"at most {len(REGIONS) * len(PERIOD_SHIFTS) * len(real)} plans")
        shift = PERIOD_SHIFTS[generation]
        full = region + ("省" if region in PROVINCE_LEVEL and region not in ("北京", "天津", "重庆") else "市")
        if region in ("广西", "宁夏", "新疆", "内蒙古"):
            full = region + "自治区"
        picked = rng.sample(fields, k=min(24, len(fields)))
        swap = dict(zip(picked, picked[1:] + picked[:1], strict=True))
        places = dict(zip(SHANGHAI_PLACES, rng.sample(OTHER_PLACES, k=len(SHANGHAI_PLACES)), strict=True))
        mapping = {"上海市": full, "上海": region, "沪": region[0], **swap, **places}
        prefix = f"g{cohort:03d}"
        ids = {old: f"{prefix}-{old}" for old in stems}
        plans = [p for p in real if p.entry["kind"] == "plan" and p is not latest]
        for plan in real:
            text = plan.text
            if plan.entry["kind"] == "plan" and plan is not latest:
                donor = next((p.text for p in plans if p is not plan), None)
                text = recombine(text, donor, rng)
            text = _replace_all(text, mapping)
            text = shift_years(shift_periods(text, shift), shift)
            entry = dict(plan.entry)
            entry["id"] = ids[plan.entry["id"]]
            entry["file"] = f"{prefix}-{plan.file}"
            entry["title"] = shift_periods(_replace_all(entry["title"], mapping), shift)
            entry["region"] = region
            entry["period"] = shift_periods(str(entry.get("period", "")), shift)
            if entry["period"].isdigit():
                entry["period"] = str(int(entry["period"]) + 5 * shift)
            for key in ("start_year", "end_year"):
                if key in entry:
                    entry[key] = int(entry[key]) + 5 * shift
            for key in ("follows", "interprets"):
                if key in entry:
                    entry[key] = [ids[t] for t in entry[key]]
            if plan is latest:
                # The same region's previous generation: its 十四五-like plan is two periods earlier.
                previous = _previous_generation(cohort, shift)
                if previous is not None:
                    entry["follows"] = [*entry.get("follows", []), f"g{previous:03d}-{latest.entry['id']}"]
            (out / entry["file"]).write_text(text, encoding="utf-8")
            entries.append(entry)
            if len(entries) == n:
                break
        cohort += 1
    known = {e["id"] for e in entries}
    for entry in entries:
        for key in ("follows", "interprets"):
            if key in entry:
                entry[key] = [t for t in entry[key] if t in known]
                if not entry[key]:
                    del entry[key]
    header = "# Generated by bench/corpus.py from data/plans: do not edit.\n"
    (out / "plans.yaml").write_text(
        header + yaml.safe_dump({"plans": entries}, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return entries


def _previous_generation(cohort: int, shift: int) -> int | None:
    """The cohort of the same region whose periods are two earlier, if there is one."""
    region = cohort % len(REGIONS)
    for generation, other in enumerate(PERIOD_SHIFTS):
        if other == shift - 2:
            return generation * len(REGIONS) + region
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of plans")
    parser.add_argument("out", type=Path, help="output folder (plan files and plans.yaml)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    entries = generate(args.n, args.out, args.seed)
    chars = sum(len((args.out / e["file"]).read_text(encoding="utf-8")) for e in entries)
    follows = sum(len(e.get("follows", [])) for e in entries)
    print(f"{len(entries)} plans, {chars:,d} characters, {follows} successions in {args.out}")


if __name__ == "__main__":
    main()
