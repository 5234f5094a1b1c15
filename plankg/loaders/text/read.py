"""Bytes → text, and plan metadata read off the text itself (no manifest entry).

Decoding is charset-normalizer's job (UTF-8 with or without BOM, GBK/GB18030, Big5 …): it
is maintained, pure Python, and already a dependency of half the ecosystem. What is ours is
refusing what is not a plan text: empty files, binaries, text without Chinese.
"""

from __future__ import annotations

import re

import charset_normalizer

from plankg.errors import InputError
from plankg.loaders.extract.places import PROVINCES
from plankg.schema import PlanMeta
from plankg.schema.models import PlanKind

# A text with fewer Chinese characters than this is not a Chinese plan.
MIN_CJK_CHARS = 20
# Share of control characters (other than tab/newline) above which bytes are binary.
MAX_CONTROL_SHARE = 0.01
# Control characters (Unicode category Cc: C0, DEL and C1) other than the whitespace controls
# \t \n \v \f \r that plain texts use; one regex scan instead of a category lookup per character.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
CJK = re.compile(r"[\u4e00-\u9fff]")


# A file pasted together from UTF-8 and GBK pieces (a plan copied from two sources): each
# line that is not UTF-8 is decoded as GB18030, the superset of GBK that Chinese sites use.
MIXED_FALLBACK = "gb18030"


class MixedEncodingError(ValueError):
    """Some lines are UTF-8, others are neither UTF-8 nor GB18030."""


def decode_mixed(data: bytes) -> str | None:
    """Line by line UTF-8 with a GB18030 fallback when both occur in one file: the text, or
    None when the file is not such a mix (no line of UTF-8 Chinese, or no line that fails
    UTF-8). Raises MixedEncodingError for a mix whose other lines are not GB18030 either."""
    utf8_cjk = legacy = 0
    out: list[str] = []
    bad_line = 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            piece = line.decode("utf-8")
            utf8_cjk += CJK.search(piece) is not None
        except UnicodeDecodeError:
            legacy += 1
            try:
                piece = line.decode(MIXED_FALLBACK)
            except UnicodeDecodeError:
                bad_line = bad_line or number
                piece = ""
        out.append(piece)
    if not (utf8_cjk and legacy):
        return None
    if bad_line:
        raise MixedEncodingError(f"line {bad_line}")
    return "\n".join(out)


def decode(data: bytes, name: str) -> str:
    """Decode a plan file; raise InputError (one line) for anything that is not a plan text."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            mixed = decode_mixed(data)
        except MixedEncodingError as error:
            raise InputError(
                f"{name}: mixes UTF-8 with another encoding that is not GBK/GB18030 (first at {error}); "
                "save it as UTF-8"
            ) from None
        if mixed is not None:
            text = mixed
        else:
            best = charset_normalizer.from_bytes(data).best()
            if best is None:
                raise InputError(
                    f"{name}: looks like a binary file, not a plan text (no character encoding fits its bytes)"
                ) from None
            text = str(best)
    controls = len(CONTROL_CHARACTER.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise InputError(f"{name}: looks like a binary file, not a plan text")
    if len(CJK.findall(text)) < MIN_CJK_CHARS:
        raise InputError(f"{name}: no Chinese text found; is this a plan text?")
    return text


# 六五 (1981–85) onwards the five-year plans follow each other without gaps.
PERIOD = re.compile(r"“?(十[一二三四五六七八九]?|[六七八九])五”?")
# A national five-year plan names its period by ordinal: "第十一个五年规划纲要" is 十一五, "第七个
# 五年计划" 七五.
PERIOD_ORDINAL = re.compile(r"第(十[一二三四五六七八九]?|[六七八九])个五年")
# Years in a title: "（2006—2010年）", "2021-2025年". They give the period when they span one
# five-year plan exactly (2006—2010 is 十一五; 2021-2023 is no period of its own).
TITLE_YEARS = re.compile(r"((?:19|20)\d{2})\s*[—\-－–~～至到]\s*((?:19|20)\d{2})\s*年")
FIRST_PLAN_YEAR = 1981  # 六五 began in 1981
# A title that names the nation or a central issuer, and no province, is the country's: "中华人民
# 共和国国民经济和社会发展第十个五年计划纲要", "国务院关于…的意见", "中共中央 国务院关于…",
# "全国…规划". Its region is 全国, so national plans of consecutive periods follow each other.
NATIONAL_TITLE = re.compile(r"中华人民共和国|国务院|中共中央|^全国")
NATIONAL = "全国"


def period_years(period: str) -> tuple[int, int] | None:
    from plankg.loaders.structure.headings import cn_to_int

    match = PERIOD.fullmatch(period) or PERIOD.search(period)
    if match is None:
        return None
    n = cn_to_int(match.group(1))
    start = 1981 + 5 * (n - 6)
    return start, start + 4


def plan_period(title: str, opening: str) -> str:
    """The five-year period a plan belongs to ("十一五"), or "": named in its title (by ordinal,
    as 十二五, or by the years of one period), else the first period its opening mentions (a
    weak guess: openings look back at the period before as often as they name their own)."""
    from plankg.loaders.rules.structure import int_to_cn

    found = PERIOD_ORDINAL.search(title) or PERIOD.search(title)
    if found is not None:
        return f"{found.group(1)}五"
    years = TITLE_YEARS.search(title)
    if years is not None:
        start, end = int(years.group(1)), int(years.group(2))
        if end == start + 4 and (start - FIRST_PLAN_YEAR) % 5 == 0 and start >= FIRST_PLAN_YEAR:
            return f"{int_to_cn(6 + (start - FIRST_PLAN_YEAR) // 5)}五"
    mentioned = PERIOD.search(opening)
    return f"{mentioned.group(1)}五" if mentioned else ""


def slug(stem: str) -> str:
    ascii_part = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return ascii_part or "plan"


def _opening_title(first: str) -> str:
    """The title on a text's first line: the line up to a 目录; a long line (a title run on into
    its body) up to its first document-kind ending outside 《》 (TITLE_ENDING); none when the
    text opens with its addressees ("各省、自治区…：", a notice whose title was lost)."""
    from plankg.loaders.rules.structure import RECIPIENTS, SELF_REFERENCE, TITLE_ENDING, TITLE_MAX_CHARS

    line = re.split(r"目[ \u3000]*录", first)[0].strip()
    if re.fullmatch(r"《[^《》]+》", line):  # "# 《…纲要》": the title in book-title marks
        line = line[1:-1]
    addressees = re.match(r"各[^。；\n]{2,120}?[：:]", line)
    if addressees is not None and RECIPIENTS.match(addressees.group()):
        return ""
    if len(line) <= TITLE_MAX_CHARS:
        return line
    depth = 0
    for i, ch in enumerate(line):
        depth += ch == "《"
        depth -= ch == "》" and depth > 0
        if depth == 0 and i >= 4:
            ending = TITLE_ENDING.match(line, i)
            # "…制定本规划": a body sentence naming its own plan, not a title
            if ending is not None and ending.end() <= 120 and line[i - 1] not in SELF_REFERENCE:
                return line[: ending.end()]
    return line[:80]


def _run_on_notice_title(lines: list[str]) -> str:
    """The plan a notice issues, when its title line runs on (or was broken in two): the first
    line, or the first two joined, cut where the notice ends."""
    from plankg.loaders.rules.structure import NOTICE_RUN_ON, NOTICE_TITLE

    for candidate in (lines[:1], lines[:2]):
        line = "".join(candidate)
        end = NOTICE_RUN_ON.search(line)
        notice = NOTICE_TITLE.match(line[: end.end()]) if end else None
        if notice is not None:
            return notice.group("title").strip("《》〈〉")
    return ""


def guess_meta(text: str, stem: str, sha256: str) -> PlanMeta:
    """Metadata for a plan without a manifest entry, read off its first lines."""
    from plankg.loaders.rules.structure import INTERPRETATION_WORDS
    from plankg.loaders.structure.front_matter import find_front_matter
    from plankg.loaders.text.normalise import normalise

    head = normalise(text[:8000]).text  # no control characters or site furniture in a title
    front = find_front_matter(head)
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    first = lines[0] if lines else stem
    # The plan a notice issues, not the notice; else the opening line up to a 目录.
    issued_title = front.title if front is not None and front.title else _run_on_notice_title(lines[:2])
    title = issued_title or _opening_title(first) or stem
    period = plan_period(title, text[:2000])
    years = period_years(period) if period else None
    # The region named in the title, else in the opening line (a text that starts with its
    # first paragraph: "“十二五”是上海创新驱动…").
    region = (
        next((r for r in PROVINCES if r in title), "")
        or next((r for r in PROVINCES if r in first), "")
        or (NATIONAL if NATIONAL_TITLE.search(title) else "")
    )
    kind: PlanKind = (
        "interpretation" if any(w in title for w in INTERPRETATION_WORDS) else "report" if "报告" in title else "plan"
    )
    exported = export_metadata(text)
    base = slug(stem)
    plan_id = base if base != "plan" else f"plan-{sha256[:8]}"
    return PlanMeta(
        id=plan_id,
        title=title,
        region=region,
        period=period,
        start_year=years[0] if years else None,
        end_year=years[1] if years else None,
        kind=kind,
        issuer=(front.issuer if front else "") or exported.get("issuer", ""),
        doc_number=(front.doc_number if front else "") or exported.get("doc_number", ""),
        issued=(front.issued if front else "") or exported.get("issued", ""),
    )


def export_metadata(text: str) -> dict[str, str]:
    """Issuer, 文号 and date from the front matter of a Markdown export (EXPORT_META_KEYS); empty
    when the text has none. Read as ``key: value`` lines, not as YAML: exporters write values
    YAML refuses ("文号: -" for none)."""
    from plankg.loaders.rules.structure import EXPORT_META_KEYS, NO_VALUE, YAML_FRONT_MATTER

    block = YAML_FRONT_MATTER.match(text.lstrip("\ufeff"))
    if block is None:
        return {}
    found: dict[str, str] = {}
    for line in block.group().splitlines():
        key, sep, value = line.partition(":") if ":" in line else line.partition("：")
        name = EXPORT_META_KEYS.get(key.strip())
        value = value.strip().strip("'\"")
        if name == "issued":
            value = _iso(value)
        if sep and name and value and value not in NO_VALUE and name not in found:
            found[name] = value
    return found


def _iso(written: str) -> str:
    """A date as ISO text ("2021-07-20", "2021年7月20日"), "" when it is not a date."""
    from plankg.loaders.rules.structure import DATE_LINE
    from plankg.loaders.structure.front_matter import iso_date

    dashed = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", written)
    if dashed:
        return "{:04d}-{:02d}-{:02d}".format(*map(int, dashed.groups()))
    match = DATE_LINE.match(written)
    return iso_date(match) if match else ""
