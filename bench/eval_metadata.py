"""Plan metadata guessed from the text (no plans.yaml) against the corpus entries: title, kind,
issuer, document number (文号), five-year period and years, per document and in total.

Each file is read as ``plankg build`` reads a folder without a manifest: the same reader
(read_document) and guess_meta on its text. Expectations come from the entry in
tests/realworld/corpus.yaml, written by reading the text before any tool ran on it:

- title: the plan's own title. ``exact`` when the guess equals it (whitespace removed, widths
  and brackets folded); ``notice`` when the guess is the title of the notice that issues or
  forwards it (it contains the plan's title and ends 通知/函/决定/公告): a researcher can still
  find the plan by it, but it is not the plan's name, so it is counted apart, not as exact.
- kind: plan / report / interpretation, equal or not. An entry written in free text names its kind in a word of that
  vocabulary (KIND_IN_FREE_TEXT): "work points (annual plan)" is a plan.
- issuer: the entry's issuer without its parenthesised note ("国家地震局 (forwarded by
  国务院办公厅, 国办发〔1996〕2号)" → 国家地震局) and what follows that note (round 28's
  "广东省人力资源和社会保障厅 (source line; no 文号), republished by the 广州市人民政府 portal"), separators
  between joint issuers folded
  ("中共中央 国务院" = "中共中央、国务院"). A forwarding notice's issuer (the body named after
  "forwarded by") counts as ``notice``, and so does the office an entry says issued it for its department
  ("生态环境部 (issued by 生态环境部办公厅)": the office signed the notice, the department's is the plan).
  Entries that say the issuer is not printed are not scored, whether in the note or before it (NOT_PRINTED_FIRST),
  also where they name the body that issued it elsewhere (ISSUER_NOT_IN_FILE: "… (…; no issuer, 文号, signature or
  date in this file)").
- doc number: the 文号 the entry's layout or issuer note names; entries naming none are not
  scored (a number guessed for them is listed, not counted), nor entries whose number the text does not print
  (NUMBER_IN_TEXT: "国发〔2021〕36号 as the State Council published it, not printed in this text"). Numbers are
  compared with their brackets and spaces folded ("阜蒙健促办发[2020] 3 号" = 阜蒙健促办发〔2020〕3号).
- period: scored where the entry names a five-year period (十三五, "2006-2010 (十一五)").
- years: start and end year, scored where the entry gives years ("2019-2022"; one year "2026"
  means start = end = 2026).

    .venv/bin/python bench/eval_metadata.py                  # the dev split (default)
    .venv/bin/python bench/eval_metadata.py --split heldout3 # once, at the end, by the lead
    .venv/bin/python bench/eval_metadata.py --json
    .venv/bin/python bench/eval_metadata.py --split all --one-line  # every text crawled onto one line

``--one-line`` scores each text as a crawl that lost its line breaks reads (the body glued to the title,
文号, addressees and a portal's table: "…的通知国办发〔2014〕56号各省、自治区…：", round 8's mee.gov.cn pages):
every break, and the spaces around it, removed (bench/one_line.py). Texts of fewer than ONE_LINE_MIN_BREAKS lines
are left out.

Develop on the dev split only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.as_read import as_read  # noqa: E402
from bench.one_line import has_line_breaks, one_line  # noqa: E402
from bench.splits import FRESH, SPLITS  # noqa: E402
from plankg.loaders.rules.structure import DOC_NUMBER  # noqa: E402
from plankg.loaders.text.formats import read_document  # noqa: E402
from plankg.loaders.text.read import PERIOD, guess_meta  # noqa: E402

CORPUS = ROOT / "tests" / "realworld" / "corpus.yaml"
TEXTS = ROOT / "tests" / "realworld" / "texts"
FIELDS = ("title", "kind", "issuer", "doc_number", "period", "years")
NOTICE_KINDS = ("通知", "函", "决定", "公告")


def fold(text: str) -> str:
    """The comparison key: read as plankg reads it (as_read), NFKC, no whitespace, round brackets and dashes unified,
    no trailing punctuation."""
    folded = re.sub(r"\s+", "", unicodedata.normalize("NFKC", as_read(text)))
    folded = folded.replace("(", "（").replace(")", "）").replace("—", "-").replace("–", "-")
    return folded.rstrip("。；：，、:;,. ")


# The note after an entry's issuer: a parenthesis to the end, and any remark after it
# ("…市场监督管理局 (穗民规字〔2024〕3号); republished by 广州市天河区财政局",
# "刘元春 (中国人民大学), via 人大重阳 / 新浪财经"): the issuer is what comes before it.
ISSUER_NOTE = re.compile(r"\s*\(.*$")
# The body that signed the notice in an entry's note: "国家地震局 (forwarded by 国务院办公厅, 国办发〔1996〕2号)",
# "湖北省文化和旅游厅 (issued by 湖北省文化和旅游厅办公室, 2023-02-22; …)"
NOTICE_SIGNER = re.compile(r"(?:forwarded|issued) by ([^,;)]+)")
# NOT_PRINTED_FIRST (meta40, session 32): since round 23 entries say so before their note, not inside it: "not printed
# (a 长顺县 briefing of the provincial policy)" (gz-changshun-education-aid-2017, eight of heldout39's nine), "not
# printed (the file has no issuer, notice or date; …)" (nat-power-dsm-measures-draft-2023). They were scored against
# the words "not printed", which no text can give; like "(not printed in the text; …)" they are not scored.
NOT_PRINTED_FIRST = re.compile(r"^\s*not printed\b")
# ISSUER_NOT_IN_FILE (fixmeta57, session 43): an entry may name the body that issued the plan elsewhere and say in its
# note that the file prints no issuer: "沈阳市房产局 and eight other city bodies (the plan is 附件3 of their joint
# notice …; no issuer, 文号, signature or date in this file)" (round 57's sy-house-safety-insurance-plan-2024 and
# sy-house-pension-plan-2024, round 56's sy-house-periodic-checkup-plan-2024), "国家发展改革委、国家能源局 (not printed
# in the file: the covering notice is not included; …)" (heldout23's nat-storage-scale-plan-2025, the notice's 附件).
# No text gives such an issuer ("eight other city bodies" names none); like "not printed (…)" it is not scored.
ISSUER_NOT_IN_FILE = re.compile(r"\(\s*not printed in the (?:file|text)\b|\(.*\bno issuer\b")
# NO_NUMBER_NOTED's words (fixmeta54; "without 文号", fixmeta57): "…市场监督管理局 (covering notice without 文号 - the
# portal's 文号 field is empty; …; the plan implements the province's 闽食药监药通〔2016〕51号)"
# (pt-drug-distribution-rectification-2016) says the notice has none, as "no 文号" does.
NO_NUMBER = re.compile(r"\b(?:no|without) 文号")
PLAN_KINDS = ("plan", "report", "interpretation")
# KIND_IN_FREE_TEXT (meta30, session 30): round 34's entries write four kinds in free text, each naming its kind in
# a word of the vocabulary: "decision (plan-type: targets to 2020 and tasks)", "work points (annual plan)",
# "implementation opinion (action plans)", "implementation notice (reform work plan)" are plans.
KIND_IN_FREE_TEXT = re.compile(r"\b(plan|report|interpretation)")


def kind_key(kind: str) -> str:
    if kind in PLAN_KINDS:
        return kind
    named = KIND_IN_FREE_TEXT.search(kind)
    return named.group(1) if named else kind


def number_key(number: str) -> str:
    """A 文号 as plankg reads it (as_read), its spaces and a Markdown export's escapes ("苏商运\\[2025\\]56号")
    removed and its year's brackets, square or round, as 〔〕."""
    folded = re.sub(r"[\s\\]+", "", unicodedata.normalize("NFKC", as_read(number)))
    return folded.translate(str.maketrans("[(（［]）)］", "〔〔〔〔〕〕〕〕"))


def issuer_key(issuer: str) -> str:
    # "生态环境部 / 农业农村部" (nat-agri-nonpoint-interp-2021): the slash parts joint issuers as 、 does
    # JOINT_ISSUER_AND (fixmeta52): so does an English "and" between two bodies' names, "中共庄浪县委办公室 and
    # 庄浪县人民政府办公室" (zhuanglang-civilized-county-plan-2012, a joint notice printing both offices on one line)
    # JOINT_ISSUER_WITH (fixmeta56): and "with" after the lead issuer, "北京市商务局 with 北京市经济和信息化局, …,
    # 北京市消防救援局 and 国家税务总局北京市税务局" (bj-catering-measures-2025, nine issuers signing one a line; the
    # only entry written so)
    return re.sub(r"\s+(?:and|with)\s+|[\s、，,/]+", "", unicodedata.normalize("NFKC", as_read(issuer)))


@dataclass
class Row:
    doc: str
    title: str  # exact | notice | wrong
    kind: str  # ok | wrong
    issuer: str  # ok | notice | wrong | -
    doc_number: str  # ok | wrong | -
    period: str  # ok | wrong | -
    years: str  # ok | wrong | -
    guessed: dict[str, object]


def expected_years(period: str) -> tuple[int, int] | None:
    span = re.match(r"\s*(\d{4})\s*[-—–~至]\s*(\d{4})", period)
    if span:
        return int(span.group(1)), int(span.group(2))
    one = re.fullmatch(r"\s*(\d{4})\s*", period)
    return (int(one.group(1)), int(one.group(1))) if one else None


def score(doc: dict, joined: bool = False) -> Row:
    path = TEXTS / doc["file"]
    data = path.read_bytes()
    text = read_document(data, str(path), path.suffix)
    text = one_line(text) if joined else text
    meta = guess_meta(text, path.stem, hashlib.sha256(data).hexdigest())

    gold_title, title = fold(doc["title"]), fold(meta.title)
    title_verdict = (
        "exact"
        if title == gold_title
        else "notice"
        if gold_title in title and title.endswith(NOTICE_KINDS)
        else "wrong"
    )

    written = str(doc["issuer"])
    unprinted = NOT_PRINTED_FIRST.match(written) or ISSUER_NOT_IN_FILE.search(written)
    plan_issuer = "" if unprinted else ISSUER_NOTE.sub("", written).strip()
    forwarded = NOTICE_SIGNER.search(written)
    if not plan_issuer:
        issuer_verdict = "-"
    elif issuer_key(meta.issuer) == issuer_key(plan_issuer):
        issuer_verdict = "ok"
    elif forwarded and issuer_key(meta.issuer) == issuer_key(forwarded.group(1)):
        issuer_verdict = "notice"
    else:
        issuer_verdict = "wrong"

    noted = f"{written} {doc.get('layout', '')}"
    named = DOC_NUMBER.search(noted)
    # NO_NUMBER_NOTED (fixmeta54, session 40): an entry that says the text has no 文号 before the number it names
    # names another document's: "宿州市房产管理服务中心 (…; no 文号 or signature; the rules implement the 宿州 city
    # construction headquarters office's measures 宿建指办〔2022〕5号 …)" (ahsz-housing-measures-rules-2022): the
    # rules' number is none, not the measures' they cite; not scored.
    if named is not None and NO_NUMBER.search(noted, 0, named.start()):
        named = None
    # NUMBER_IN_TEXT (meta30, session 30): a 文号 the entry names from elsewhere (the covering notice not in the file,
    # the State Council's publication, a sibling text) cannot be read off this text: not scored. Seven entries of
    # rounds 20-34 name one so ("工信部联信管〔2026〕119号 of seven issuers, a 文号 this text does not print").
    if named is not None and number_key(named.group()) not in number_key(text):
        named = None
    number_verdict = (
        "-" if named is None else "ok" if number_key(meta.doc_number) == number_key(named.group()) else "wrong"
    )

    period_text = str(doc["period"])
    period = PERIOD.search(period_text)
    period_verdict = "-" if period is None else "ok" if meta.period == f"{period.group(1)}五" else "wrong"
    years = expected_years(period_text)
    years_verdict = "-" if years is None else "ok" if (meta.start_year, meta.end_year) == years else "wrong"

    return Row(
        doc["id"],
        title_verdict,
        "ok" if meta.kind == kind_key(str(doc["kind"])) else "wrong",
        issuer_verdict,
        number_verdict,
        period_verdict,
        years_verdict,
        {
            "title": meta.title,
            "kind": meta.kind,
            "issuer": meta.issuer,
            "doc_number": meta.doc_number,
            "issued": meta.issued,
            "period": meta.period,
            "years": f"{meta.start_year}-{meta.end_year}" if meta.start_year else "",
        },
    )


def totals(rows: list[Row]) -> dict[str, dict[str, int]]:
    """Per field: how many documents were scored, how many right (exact/ok), and for title and
    issuer how many gave the notice's instead."""
    out: dict[str, dict[str, int]] = {}
    for name in FIELDS:
        verdicts = [getattr(r, name) for r in rows if getattr(r, name) != "-"]
        out[name] = {
            "scored": len(verdicts),
            "right": sum(v in ("exact", "ok") for v in verdicts),
            "notice": sum(v == "notice" for v in verdicts),
        }
    return out


def documents(split: str) -> list[dict]:
    docs = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["documents"]
    return [d for d in docs if (split == "all" and d["split"] not in FRESH) or d["split"] == split]


def multi_line(doc: dict) -> bool:
    """Whether the text has line breaks for ``--one-line`` to remove."""
    path = TEXTS / doc["file"]
    text = read_document(path.read_bytes(), str(path), path.suffix)
    return has_line_breaks(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="dev")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one-line", action="store_true", help="each text with its line breaks removed")
    args = parser.parse_args()
    docs = [d for d in documents(args.split) if multi_line(d)] if args.one_line else documents(args.split)
    rows = [score(doc, joined=args.one_line) for doc in docs]
    total = totals(rows)
    if args.json:
        print(json.dumps({"split": args.split, "rows": [asdict(r) for r in rows], "totals": total}, ensure_ascii=False))
        return
    print(f"split: {args.split}" + (" (one line)" if args.one_line else ""))
    columns = f"{'document':32} {'title':6} {'kind':5} {'issuer':6} {'文号':5} {'period':6} {'years':5}"
    print(f"{columns}  guessed title | issuer | 文号 | period years")
    for r in rows:
        g = r.guessed
        print(
            f"{r.doc:32} {r.title:6} {r.kind:5} {r.issuer:6} {r.doc_number:5} {r.period:6} {r.years:5}  "
            f"{g['title']} | {g['issuer']} | {g['doc_number']} | {g['period']} {g['years']}"
        )
    print()
    for name, t in total.items():
        notice = f" (+{t['notice']} notice's)" if name in ("title", "issuer") else ""
        print(f"{name:10} {t['right']:3}/{t['scored']:<3}{notice}")


if __name__ == "__main__":
    main()
