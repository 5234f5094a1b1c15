"""Bytes → text, and plan metadata read off the text itself (no manifest entry).

Decoding is charset-normalizer's job (UTF-8 with or without BOM, GBK/GB18030, Big5 …): it
is maintained, pure Python, and already a dependency of half the ecosystem. What is ours is
refusing what is not a plan text: empty files, binaries, text without Chinese.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

import charset_normalizer

from plankg.errors import InputError
from plankg.loaders.extract.places import PROVINCES
from plankg.schema import PlanMeta
from plankg.schema.models import PlanKind

if TYPE_CHECKING:
    from plankg.loaders.structure.front_matter import FrontMatter

# A text with fewer Chinese characters than this is not a Chinese plan.
MIN_CJK_CHARS = 20
# Share of control characters (other than tab/newline) above which bytes are binary.
MAX_CONTROL_SHARE = 0.01
# Control characters (Unicode category Cc: C0, DEL and C1) other than the whitespace controls
# \t \n \v \f \r that plain texts use; one regex scan instead of a category lookup per character.
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
CJK = re.compile(r"[\u4e00-\u9fff]")
# A year written in a title ("2021—2023年", "2018年度"): the title dates itself, TITLE_TERM_YEARS reads no term
NAMED_TITLE_YEAR = re.compile(r"(?:19|20)\d{2}")


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
    found = sum(1 for _ in itertools.islice(CJK.finditer(text), MIN_CJK_CHARS))  # no list of them all
    if not found:
        raise InputError(f"{name}: no Chinese text found; is this a plan text?")
    if found < MIN_CJK_CHARS:
        raise InputError(
            f"{name}: only {found} Chinese characters; too short for a plan text (at least {MIN_CJK_CHARS})"
        )
    return text


# 六五 (1981–85) onwards the five-year plans follow each other without gaps.
PERIOD = re.compile(r"“?(十[一二三四五六七八九]?|[六七八九])五”?")
# TITLE_PERIOD: in a title a period is quoted ("“十四五”规划") or, bare, names a plan the title goes on
# to name ("十二五时期", "九五计划", "十四五数字经济发展规划"). Otherwise the same characters are other
# things: "六五环境日" is World Environment Day on 5 June (生态环境部's yearly notices, round 9),
# "十五分钟社区生活圈" a fifteen-minute walk. TITLE_PERIOD_RULES (fix21seg): rules for the period's subsidy name
# it bare as well, "内蒙古自治区十四五推广应用新能源巡游出租汽车奖补实施细则" (nm-ev-taxi-subsidy-2024, heldout21: the
# vault's title without the quotes; its years were read from the 2024 revision, 2024-2025, not 2021-2025).
# NEWS_HEADLINE_PERIOD (fix31seg, round 31): a news headline drops the quotes and says what the period will bring,
# no plan word after it: "加快路网建设 甘肃十二五将开建17条高速" (gs-expressway-fyp12-news-2011, period 2011-2015, as
# its sibling page "青岛公布十二五交通规划 建两纵两横大通道" is read). Only the three-character 十一五…十九五, which
# name nothing else (the two-character 十五, 六五 still need a plan word), not after a numeral or 第, not before a
# unit or a digit ("十二五分钟" is no period).
TITLE_PERIOD = re.compile(
    r"“(十[一二三四五六七八九]?|[六七八九])五”"
    r"|(?<![一二三四五六七八九十\d])(十[一二三四五六七八九]?|[六七八九])五(?![分年个天周日号条项万亿岁届次倍])"
    r"(?=[^，。；]*(?:规划|计划|纲要|时期|期间|实施细则))"
    r"|(?<![一二三四五六七八九十百千\d第])(十[一二三四五六七八九])五(?![分年个天周日号条项万亿岁届次倍\d])"
)


def period_years(period: str) -> tuple[int, int] | None:
    """The years of a five-year period ("十四五" → 2021-2025, "一五" → 1953-1957: EARLY_PERIODS)."""
    from plankg.loaders.rules.structure import EARLY_PERIOD, EARLY_PERIOD_START, ORDINAL_PERIOD
    from plankg.loaders.structure.headings import cn_to_int

    match = (
        PERIOD.fullmatch(period)
        or EARLY_PERIOD.fullmatch(period)
        or ORDINAL_PERIOD.search(period)
        or PERIOD.search(period)
    )
    if match is None:
        return None
    n = cn_to_int(match.group(1))
    start = EARLY_PERIOD_START.get(n, 1981 + 5 * (n - 6))
    return start, start + 4


def slug(stem: str) -> str:
    ascii_part = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return ascii_part or "plan"


# NAME_WITHOUT_LATIN_WORD: a file name whose Latin part has no letter ("2021年政府工作报告.txt" → "2021", "（1）.docx"
# → "1") does not tell documents apart: "2021年科技工作要点.txt" in the same folder got the same id and was refused.
# Such a part (or none at all) takes eight hex digits of the sha256 of the name itself: 2021-1a2b3c4d, plan-1a2b3c4d.
# NAME_HASH_NOT_TEXT_HASH (user54): the digits came from the text's sha256, so editing "2019年政府工作报告.txt" and
# building the folder again gave the plan a new id (2019-42dec7c8 → 2019-e432c6de) beside the old one instead of
# replacing it: the graph held the report twice and 2020's report followed both. The name is what stays.
NAME_WITHOUT_LATIN_WORD = re.compile(r"[^a-z]*")
# NAME_WORDS_DROPPED (user54): nor does a Latin part beside dropped Chinese words: "pt-soe-upgrade-year-2021.txt" and
# "pt-soe-upgrade-year-2021-修订版.txt", two editions in one folder, were both pt-soe-upgrade-year-2021 and the build
# stopped. A name with letters or digits outside ASCII keeps its Latin part and takes the name's digits too.


def words_dropped(stem: str) -> bool:
    """The name has letters or digits the id cannot hold (修订版, 规划): NAME_WORDS_DROPPED."""
    return any(ch.isalnum() and not ch.isascii() for ch in stem)


def name_digits(stem: str) -> str:
    """Eight hex digits of the file name (NFC, so a name saved decomposed is the same name): NAME_HASH_NOT_TEXT_HASH."""
    return hashlib.sha256(unicodedata.normalize("NFC", stem).encode("utf-8")).hexdigest()[:8]


def plan_id_from_name(stem: str) -> str:
    """A plan's id from its file name: the name's Latin letters and digits, hyphen-joined (sh-sti-12)."""
    base = slug(stem)
    if base == "plan":
        return f"plan-{name_digits(stem)}"
    if words_dropped(stem) or (NAME_WITHOUT_LATIN_WORD.fullmatch(base) and base != stem.lower()):
        return f"{base}-{name_digits(stem)}"
    return base


# TITLE_ENDING_JOINED (meta53, session 39): a document-kind word followed by 和 / 的 / 暨 is the first half of
# a title that runs on to a later ending, not its end: "崇明区国民经济和社会发展第十四个五年规划和二〇三五年
# 远景目标纲要上海市崇明区人民政府制定前 言…" (cm-fyp14-outline-2021 and alxa-left-banner-fyp14-outline-2021
# crawled onto one line) was cut at 规划, where no ending is followed by a body's opening. The first ending
# not so followed is the title's end then.
TITLE_ENDING_JOINED = re.compile(r"[和的暨]")


def _opening_title(first: str) -> str:
    """The title on a text's first line: the line up to a 目录; a long line (a title run on into
    its body) up to its first document-kind ending outside 《》 (TITLE_ENDING); none when the
    text opens with its addressees ("各省、自治区…：", a notice whose title was lost)."""
    from plankg.loaders.rules.structure import (
        COMMENT_DRAFT_QUALIFIER,
        DATE_QUALIFIER,
        DATED_NOTE_AFTER_TITLE,
        DRAFT_AFTER_TITLE,
        FIELD_AFTER_HEADLINE,
        HEADLINE_END,
        RECIPIENTS,
        RUN_ON_TITLE_ENDING,
        SELF_REFERENCE,
        TITLE_BRACKETED_NUMBER,
        TITLE_END_BOUNDARY,
        TITLE_ENDING,
        TITLE_MAX_CHARS,
        TITLE_RESTATED_IN_MARKS,
    )

    line = re.split(r"目[ \u3000]*录", first)[0].strip()
    if re.fullmatch(r"《[^《》]+》", line):  # "# 《…纲要》": the title in book-title marks
        line = line[1:-1]
    addressees = re.match(r"各[^。；\n]{2,120}?[：:]", line)
    if addressees is not None and RECIPIENTS.match(addressees.group()):
        return ""
    noted = DATED_NOTE_AFTER_TITLE.search(line)
    if noted is not None and noted.start() > 0 and _title_shaped(line[: noted.start()]):
        return line[: noted.start()]  # DATED_NOTE_AFTER_TITLE
    if len(line) <= TITLE_MAX_CHARS:
        return line
    restated = TITLE_RESTATED_IN_MARKS.match(line)
    if restated is not None:
        return restated.group("title")  # TITLE_RESTATED_IN_MARKS: "…报告规定《…报告规定》已于…"
    field = FIELD_AFTER_HEADLINE.search(line[: TITLE_MAX_CHARS + 8])
    if field is not None and field.start() <= TITLE_MAX_CHARS and HEADLINE_END.search(line[: field.start()]):
        return line[: field.start()]  # FIELD_AFTER_HEADLINE: "…的通告来源：…"
    # Outside 《》 and outside round brackets (CITED_NUMBER, as TITLE_BEFORE_NUMBER reads them); the kinds of
    # RUN_ON_TITLE_ENDING only where TITLE_ENDING's end no title. The first ending followed by a body's opening
    # (TITLE_END_BOUNDARY) is the title's end; else the first ending.
    endings: list[list[int]] = [[], []]
    depth = paren = 0
    for i, ch in enumerate(line):
        depth += ch == "《"
        depth -= ch == "》" and depth > 0
        paren += ch in "（("
        paren -= ch in "）)" and paren > 0
        # "…制定本规划": a body sentence naming its own plan, not a title
        if depth == 0 and paren == 0 and i >= 4 and line[i - 1] not in SELF_REFERENCE:
            for kind, pattern in enumerate((TITLE_ENDING, RUN_ON_TITLE_ENDING)):
                ending = pattern.match(line, i)
                if ending is not None and ending.end() <= 120:
                    endings[kind].append(ending.end())
    ends = sorted({*endings[0], *endings[1]})
    first_end = next((found[0] for found in endings if found), None)
    joined = next((e for found in endings for e in found if TITLE_ENDING_JOINED.match(line, e) is None), None)
    if first_end is not None and joined is not None and TITLE_ENDING_JOINED.match(line, first_end):
        first_end = joined  # TITLE_ENDING_JOINED: "…第十四个五年规划和二〇三五年远景目标纲要…" runs on past 规划
    end = next((e for e in ends if TITLE_END_BOUNDARY.match(line, e)), None) or first_end
    if end is not None and first_end is not None and first_end < end and line[:first_end] in line[first_end:end]:
        # a page that prints its headline again after its menu ("…的通知设为首页工作邮箱首页…专题专栏华北能源监管局
        # 关于…的通知2021-02-09 00:00来源：", hb-peak-settlement-2021 on one line): the first copy is the title
        end = first_end
    if end is not None:
        title = line[:end]
        numbered = TITLE_BRACKETED_NUMBER.search(title)
        if numbered is not None:
            return title[: numbered.start()]  # TITLE_BRACKETED_NUMBER: the 文号 after the title is none of it
        dated = DATE_QUALIFIER.search(title)  # DATE_QUALIFIER: "…的意见（2018年1月2日）"
        draft = DRAFT_AFTER_TITLE.match(line, end)  # DRAFT_AFTER_TITLE: "…（2021 年-2035 年）（草案）"
        if (drafted := COMMENT_DRAFT_QUALIFIER.search(title)) is not None and drafted.start() > 0:
            return title[: drafted.start()]  # COMMENT_DRAFT_QUALIFIER: "…管理办法（2023年修订版 公开征求意见稿）"
        return title[: dated.start()] if dated else title + (draft.group() if draft else "")
    return line[:80]


def _run_on_notice(lines: list[str]) -> re.Match[str] | None:
    """The notice title (NOTICE_TITLE) of a first line that runs on (or was broken in two): the
    first line, or the first two joined, cut where the notice ends."""
    from plankg.loaders.rules.structure import NOTICE_RUN_ON, NOTICE_TITLE

    for candidate in (lines[:1], lines[:2]):
        line = "".join(candidate)
        end = NOTICE_RUN_ON.search(line)
        notice = NOTICE_TITLE.match(line[: end.end()]) if end else None
        if notice is not None:
            return notice
    return None


def _run_on_notice_title(lines: list[str]) -> str:
    """The plan a notice issues, when its title line runs on (``_run_on_notice``)."""
    notice = _run_on_notice(lines)
    return notice.group("title").strip("《》〈〉") if notice else ""


def metadata_table(text: str) -> dict[str, str]:
    """The labelled fields of a portal's metadata table in a text's first lines
    (METADATA_FIELD): title, doc_number, issuer, issued, each the first value found. A label
    stands in its own cell ("发文字号：\t国发〔2019〕4号\t发布日期：…") or on its own line, its
    value in the next non-empty cell or line."""
    from plankg.loaders.rules.structure import (
        DATE_VALUE_RUN_ON,
        DOC_NUMBER,
        EXPORT_KEY_FIELD,
        EXPORT_KEY_LABELS,
        GLUED_TABLE_LABEL,
        LABELLED_CELL,
        LISTED_BRACKET_FIELD,
        MARKDOWN_EMPHASIS,
        MARKDOWN_TABLE_CELLS,
        METADATA_FIELD,
        METADATA_FIELD_LABELS,
        METADATA_NUMBER_CELLS,
        METADATA_TABLE_LINES,
        NO_VALUE,
        doc_number_text,
    )

    cells = [
        part.strip()
        # BLANK_LINES_UNCOUNTED: the first lines with text, however many blank lines an export sets between them
        for line in [_spaced_label_row(line) for line in text.lstrip("\ufeff").splitlines() if line.strip()][
            :METADATA_TABLE_LINES
        ]
        # LISTED_BRACKET_FIELD: "2. \[制发单位\] 北京市经济和信息化局" is a label cell and a value cell
        for cell in MARKDOWN_TABLE_CELLS.split(
            LISTED_BRACKET_FIELD.sub(r"[\g<label>]\t\g<value>", MARKDOWN_EMPHASIS.sub("", line))
        )
        for part in _glued_table_cells(cell, GLUED_TABLE_LABEL)
        if part.strip()
    ]
    cells = [cell for cell in _tab_spaced_labels(cells) if cell]  # TAB_SPACED_LABEL
    found: dict[str, str] = {}
    for index, (label, value) in enumerate(itertools.pairwise(cells)):
        match = METADATA_FIELD.match(label) or EXPORT_KEY_FIELD.match(label)  # EXPORT_KEY_FIELD
        if match is None or METADATA_FIELD.match(value) or LABELLED_CELL.match(value) or EXPORT_KEY_FIELD.match(value):
            continue
        key = re.sub(r"[ \u3000]", "", match.group("label"))
        name = METADATA_FIELD_LABELS.get(key) or EXPORT_KEY_LABELS[key]
        if name == "doc_number" and DOC_NUMBER.fullmatch(doc_number_text(value)):
            value = doc_number_text(value)  # BRACKETED_TABLE_NUMBER: "(川发改价格〔2025〕480号)" as one line reads it
        if name == "doc_number" and not DOC_NUMBER.fullmatch(value):
            # BROKEN_TABLE_NUMBER: "京发改" / "〔2026〕" / "341号"
            broken = DOC_NUMBER.match("".join(cells[index + 1 : index + 1 + METADATA_NUMBER_CELLS]))
            value = broken.group() if broken else value
        if name in ("issued", "published"):
            dated = DATE_VALUE_RUN_ON.match(value)  # DATE_VALUE_RUN_ON: "2025-11-18来源：…" on one line
            # "2019年01月24日" as the table writes it
            value = _iso(re.sub(r"\s+", "", dated.group()) if dated else value)
        if name == "issuer":
            value = _township_government(_issuer_field_site(value))  # ISSUER_FIELD_SITE, TOWNSHIP_ISSUER_FIELD
            if not _organ_named(value):
                continue  # ISSUER_FIELD_NOT_ORGAN: the site's own name
        if value and value not in NO_VALUE and name not in found:  # "文号: -" (NO_VALUE): none
            found[name] = value
    return found


# ISSUER_FIELD_SITE (fixmeta52, round 52): a county portal fills its 发文机构 field with its own name for itself,
# "• 发文机构:" / "县政府网站" over "发文字号: 镇政发〔2024〕7号" (zhenba-county-gov-work-rules-2024; its list bullet
# glued on in a crawl that lost its line breaks, "县政府网站•"): the body is the site's owner, the site's word for
# itself dropped as a source field's is (SOURCE_SITE_WORD), "县政府", which the title names in full (FULLER_ISSUER,
# SHORT_GOVERNMENT: 镇巴县人民政府).
ISSUER_FIELD_BULLET = "•·● \t\u3000"


def _issuer_field_site(value: str) -> str:
    from plankg.loaders.rules.structure import SOURCE_SITE_WORD

    bare = value.rstrip(ISSUER_FIELD_BULLET)
    site = SOURCE_SITE_WORD.search(bare)
    return bare[: site.start()] if site is not None and site.start() > 0 else value


def _township_government(value: str) -> str:
    """TOWNSHIP_ISSUER_FIELD: a field naming a township alone ("芦洋乡") names its 人民政府; other values stay."""
    from plankg.loaders.rules.structure import TOWNSHIP_GOVERNMENT, TOWNSHIP_ISSUER_FIELD

    bare = value.strip()
    return bare + TOWNSHIP_GOVERNMENT if TOWNSHIP_ISSUER_FIELD.match(bare) else value


def _organ_named(value: str) -> bool:
    """Whether a field's ``value`` ends as a body's name does (ISSUER_FIELD_NOT_ORGAN); an empty one does not."""
    from plankg.loaders.rules.structure import ISSUER_FIELD_ORGAN_END

    return ISSUER_FIELD_ORGAN_END.search(value.strip()) is not None


def _tab_spaced_labels(cells: list[str]) -> list[str]:
    """``cells`` with a label's characters that a tab split off its last one ("文" | "号：", "…办公厅文" | "号：") moved
    back into the label cell (TAB_SPACED_LABEL)."""
    from plankg.loaders.rules.structure import LABEL_TAIL_CELL, METADATA_FIELD, TAB_SPACED_LABEL_MAX

    cells = list(cells)
    for index in range(1, len(cells)):
        if not LABEL_TAIL_CELL.match(cells[index]) or METADATA_FIELD.match(cells[index]):
            continue
        before = cells[index - 1].rstrip()
        for size in range(1, min(TAB_SPACED_LABEL_MAX, len(before)) + 1):
            if METADATA_FIELD.match(before[-size:] + cells[index]):
                cells[index - 1], cells[index] = before[:-size].rstrip(), before[-size:] + cells[index]
                break
    return cells


def source_name(value: str) -> str:
    """The body a page's source field names (SOURCE_ISSUER): the value up to the next field, without the site's
    word for itself; "" when what is left does not end as a body's name."""
    from plankg.loaders.rules.structure import (
        SOURCE_BUREAU_OFFICE,
        SOURCE_ORGAN_END,
        SOURCE_SITE_WORD,
        SOURCE_VALUE_END,
        SOURCE_VALUE_MAX,
        SOURCE_VALUE_RUN_ON,
    )

    value = SOURCE_VALUE_END.split(value.strip(), maxsplit=1)[0].strip()
    value = SOURCE_VALUE_RUN_ON.split(value, maxsplit=1)[0].strip()  # a one-line crawl's value run on
    value = SOURCE_BUREAU_OFFICE.sub("", SOURCE_SITE_WORD.sub("", value).strip())
    if len(value) > SOURCE_VALUE_MAX or not CJK.match(value) or SOURCE_ORGAN_END.search(value) is None:
        return ""
    return value


def source_issuer(text: str) -> str:
    """The body named by the first source field in a text's first lines (SOURCE_ISSUER), its value on the label's
    line or, for a label alone, on the next line; "" when there is none. Read with emphasis marks removed, then,
    where that names none, with each mark as a value's end (SOURCE_EMPHASIS_END) and a label glued onto a headline
    (SOURCE_AFTER_HEADLINE)."""
    from plankg.loaders.rules.structure import MARKDOWN_EMPHASIS, SOURCE_EMPHASIS_END, SOURCE_LINES

    raw = [line for line in text.lstrip("\ufeff").splitlines() if line.strip()][:SOURCE_LINES]
    return _source_field_issuer([MARKDOWN_EMPHASIS.sub("", line) for line in raw], glued=False) or _source_field_issuer(
        [MARKDOWN_EMPHASIS.sub(SOURCE_EMPHASIS_END, line) for line in raw], glued=True
    )


def _source_labels(line: str, glued: bool) -> list[re.Match[str]]:
    """The source labels of ``line``: SOURCE_LABEL's, and with ``glued`` those glued onto a headline
    (SOURCE_AFTER_HEADLINE), in the line's order."""
    from plankg.loaders.rules.structure import HEADLINE_END, SOURCE_LABEL, SOURCE_LABEL_ANYWHERE

    labels = list(SOURCE_LABEL.finditer(line))
    if glued:
        starts = {m.start() for m in labels}
        labels += [
            m
            for m in SOURCE_LABEL_ANYWHERE.finditer(line)
            if m.start() not in starts and HEADLINE_END.search(line[: m.start()].rstrip()) is not None
        ]
    return sorted(labels, key=lambda m: m.start())


def _source_field_issuer(lines: list[str], glued: bool) -> str:
    for index, line in enumerate(lines):
        for label in _source_labels(line, glued):
            value = line[label.end() :]
            if not value.strip() and index + 1 < len(lines):
                value = lines[index + 1]
            name = source_name(value)
            if name:
                return name
    return ""


def _spaced_label_row(line: str) -> str:
    """A table row whose labels stand apart from their values by spaces, written as tab-parted cells with the labels'
    colons (SPACED_LABEL_ROW); any other line as it is."""
    from plankg.loaders.rules.structure import SPACED_LABEL, SPACED_LABEL_ROW, SPACED_LABEL_ROW_MIN

    opening = SPACED_LABEL_ROW.match(line)
    if opening is None:
        return line
    labels = list(SPACED_LABEL.finditer(line))
    if len(labels) < SPACED_LABEL_ROW_MIN and opening.group("label") != "标题":
        return line
    return SPACED_LABEL.sub(lambda m: f"\t{m.group('label')}：\t", line).strip()


def _glued_table_cells(cell: str, label: re.Pattern[str]) -> list[str]:
    """A table cell cut before and after each label in it (GLUED_TABLE_LABEL): the cells of a table
    whose rows were crawled onto one line."""
    from plankg.loaders.rules.structure import GLUED_LIST_BULLET

    parts, start = [], 0
    for match in label.finditer(cell):
        parts += [GLUED_LIST_BULLET.sub("", cell[start : match.start()]), match.group()]
        start = match.end()
    return [*parts, cell[start:]]


def _title_shaped(line: str) -> bool:
    from plankg.loaders.rules.structure import (
        ACTION_TITLE_END,
        HEADLINE_BREAKS,
        HEADLINE_END,
        MEASURES_TITLE_END,
        QUOTED_NAMES_TITLE,
        QUOTED_NAMES_TITLE_MAX_CHARS,
        TITLE_MAX_CHARS,
    )

    return (
        (
            len(line) <= TITLE_MAX_CHARS
            or (len(line) <= QUOTED_NAMES_TITLE_MAX_CHARS and QUOTED_NAMES_TITLE.match(line) is not None)
        )
        and any(end.search(line) is not None for end in (HEADLINE_END, ACTION_TITLE_END, MEASURES_TITLE_END))
        and not any(ch in HEADLINE_BREAKS for ch in line)
    )


def _open_bracket(text: str) -> bool:
    """Does ``text`` leave a 《 or a （ open (OPEN_BRACKETS)?"""
    from plankg.loaders.rules.structure import OPEN_BRACKETS

    return any(
        sum(text.count(ch) for ch in opening) > sum(text.count(ch) for ch in closing)
        for opening, closing in OPEN_BRACKETS
    )


def _headline(lines: list[str]) -> tuple[str, int]:
    """The headline at the top of ``lines`` and how many lines it takes: short lines joined until
    they end with a document kind (a headline broken over lines), then a qualifier line of years
    ("（2021 年-2035 年）"). ("", 0) when the opening lines do not read as a title."""
    from plankg.loaders.rules.structure import (
        COVER_TITLE_MIN_CHARS,
        DRAFT_STATUS_LINE,
        HEADLINE_BREAKS,
        HEADLINE_JOINED_PART,
        HEADLINE_LINE_MAX,
        HEADLINE_LINES,
        HEADLINE_OCR_DOT,
        LETTER_SPACED,
        ORGAN_NAME_END,
        PLACED_TITLE_OPENING,
        TITLE_ISSUER,
        TITLE_MAX_CHARS,
    )

    joined = ""
    for count, line in enumerate(lines[:HEADLINE_LINES], start=1):
        line = HEADLINE_OCR_DOT.sub("", line)
        # a line of codes or Latin ("DB 11/T XXXX—XXXX") is no part of a Chinese headline
        if (
            len(line) > (TITLE_MAX_CHARS if _open_bracket(joined) else HEADLINE_LINE_MAX)  # OPEN_BRACKET_HEADLINE
            or any(ch in HEADLINE_BREAKS for ch in line)
            or 2 * len(CJK.findall(line)) < len(line)
        ):
            break
        if joined and PLACED_TITLE_OPENING.match(line) and len(line) >= COVER_TITLE_MIN_CHARS and _title_shaped(line):
            joined = ""  # CAPTION_OVER_PLACED_TITLE: "县级考核依据" / "石城县2018年度…考核细则"
        if (
            joined
            and ORGAN_NAME_END.search(joined) is None
            and TITLE_ISSUER.match(line)
            and len(line) >= COVER_TITLE_MIN_CHARS
            and _title_shaped(line)
        ):
            joined = ""  # ISSUER_NAMED_HEADLINE: "长者模式" / "国务院办公厅关于印发…的通知"
        joined += re.sub(r"[ \u3000]+", "", line) if LETTER_SPACED.fullmatch(line) else line
        if _title_shaped(joined):
            # HEADLINE_JOINED_PART: "…第十四个五年规划" / "和二〇三五年远景目标纲要": a second part
            # joined by 和 on the next line belongs to the headline
            while (
                count < len(lines)
                and HEADLINE_JOINED_PART.match(lines[count])
                and _title_shaped(joined + lines[count].strip())
            ):
                joined, count = joined + lines[count].strip(), count + 1
            while (qualified := _qualifier_line(lines, count))[1]:
                joined, count = joined + qualified[0], count + qualified[1]
            if count < len(lines) and (draft := DRAFT_STATUS_LINE.match(lines[count])):
                joined, count = joined + draft.group("qualifier"), count + 1
            return joined, count
    return "", 0


def _qualifier_line(lines: list[str], index: int) -> tuple[str, int]:
    """The years qualifier (TITLE_QUALIFIER_LINE) on the line at ``index`` and how many lines it takes: two where its
    opening bracket stands alone above the rest (BROKEN_QUALIFIER); ("", 0) when none stands there."""
    from plankg.loaders.rules.structure import COMMENT_DRAFT_QUALIFIER, QUALIFIER_OPENING_LINE, TITLE_QUALIFIER_LINE

    def named(qualifier: str) -> str:
        # COMMENT_DRAFT_QUALIFIER: "（2023年修订版 公开征求意见稿）" is read past, no part of the name
        return "" if COMMENT_DRAFT_QUALIFIER.search(qualifier) else qualifier

    if index >= len(lines):
        return "", 0
    if QUALIFIER_OPENING_LINE.match(lines[index]) and index + 1 < len(lines):
        broken = TITLE_QUALIFIER_LINE.match(lines[index].strip() + lines[index + 1].strip())
        if broken is not None:
            return named(broken.group("qualifier")), 2
    qualifier = TITLE_QUALIFIER_LINE.match(lines[index])
    return (named(qualifier.group("qualifier")), 1) if qualifier is not None else ("", 0)


def _cover_title(lines: list[str]) -> tuple[str, int]:
    """The headline (_headline) of the first line, else of the first title-shaped line of a
    cover (COVER_LINES, before any sentence or numbered heading); the title and the index of
    the line after it."""
    from plankg.loaders.rules.structure import (
        COVER_LINES,
        COVER_TITLE_MIN_CHARS,
        FIELDS_AFTER_RECORD_TITLE,
        MARKER_STYLES,
        PAGE_CAPTIONS,
    )

    for start, line in enumerate(lines[:COVER_LINES]):
        fields = FIELDS_AFTER_RECORD_TITLE.search(line)
        if fields is not None and _title_shaped(line[: fields.start()].strip()):
            line = line[: fields.start()].strip()  # FIELDS_AFTER_RECORD_TITLE: "…意见通知 发布人：刘东 …"
            lines = [*lines[:start], line, *lines[start + 1 :]]
        if "。" in line or "，" in line or any(pattern.match(line) for _, pattern in MARKER_STYLES):
            break
        if line.strip() in PAGE_CAPTIONS:
            continue  # CAPTION_OVER_COVER: "政策原文" over "通许县…专项规划" / "（2025-2030 年）" is not the title's
        title, used = _headline(lines[start:])
        if title and (start == 0 or len(title) >= COVER_TITLE_MIN_CHARS):
            return _restated_headline(title, lines[start + used :], start + used)
    return "", 0


def _bylined_cover(lines: list[str]) -> tuple[str, str, int]:
    """A document's own cover among a page's first lines (BYLINED_COVER): its title, the organs under it (joined with
    、) and the index of the line after the cover; ("", "", 0) when there is none."""
    from plankg.loaders.rules.structure import (
        BYLINED_COVER_DATE,
        BYLINED_COVER_GLUED,
        BYLINED_COVER_STATE,
        BYLINED_COVER_TITLE,
        COVER_LINES,
        MARKER_STYLES,
        ORGAN_NAME,
        SIGNATURE_LINES,
    )

    for index, line in enumerate(lines[:COVER_LINES]):
        glued = BYLINED_COVER_GLUED.match(line)
        if glued is not None:
            return glued.group("title").strip(), glued.group("organ"), index + 1
        if (
            not BYLINED_COVER_TITLE.match(line)
            or any(pattern.match(line) for _, pattern in MARKER_STYLES)
            or all(ORGAN_NAME.match(part) for part in line.split())  # a joint signature's first line, no title
        ):
            continue
        after = index + 1
        dated = after < len(lines) and BYLINED_COVER_DATE.match(lines[after]) is not None
        after += dated
        organs: list[str] = []
        for below in lines[after : after + SIGNATURE_LINES]:
            if ORGAN_NAME.match(below) is None and below != BYLINED_COVER_STATE:
                break
            organs += [below] if below != BYLINED_COVER_STATE else []
            after += 1
        # undated, the organ's name under the page's first line only: further down, a line over a name may be a
        # table's cells ("政策开发重点领域" / "对应的健康因素市政府办") or a headline broken over lines
        if dated or (organs and index == 0):
            return line.strip(), "、".join(organs), after
    return "", "", 0


def _restated_headline(title: str, rest: list[str], used: int) -> tuple[str, int]:
    """REPEATED_PAGE_TITLE: the headline the lines right under a page's title restate with the qualifiers the page's
    title left out, else the page's title; the title and the index of the line after it."""
    from plankg.loaders.rules.structure import FULLER_HEADLINE_ISSUER_WORD, RESTATED_TITLE_NOISE

    again, more = _headline(rest)
    restated, page = RESTATED_TITLE_NOISE.sub("", again), RESTATED_TITLE_NOISE.sub("", title)
    # FULLER_RESTATED_HEADLINE
    fuller = restated.endswith(page) and FULLER_HEADLINE_ISSUER_WORD in restated[: len(restated) - len(page)]
    if again and len(again) > len(title) and (restated == page or fuller):
        return again, used + more
    return title, used


def _headline_over_number(headline: str, lines: list[str]) -> str:
    """A page's title bar that carries the 文号 in brackets gives way to the notice's own headline below it, on
    the line or two right above its 文号 line (PAGE_TITLE_WITH_NUMBER); the bar without its 文号 where there is
    no such headline; any other headline as it is."""
    from plankg.loaders.rules.structure import COVER_LINES, DOC_NUMBER, PAGE_TITLE_WITH_NUMBER

    numbered = PAGE_TITLE_WITH_NUMBER.search(headline)
    if numbered is None:
        return headline
    bar = headline[: numbered.start()]
    for index, line in enumerate(lines[:COVER_LINES]):
        if index and DOC_NUMBER.fullmatch(line.strip()):
            for above in (lines[max(0, index - 2) : index], lines[index - 1 : index]):
                joined = "".join(part.strip() for part in above)
                if _title_shaped(joined) and re.sub(r"\s+", "", joined).endswith(bar[-2:]):
                    return joined
            break
    return bar


def _title_after_notice(body: str, issuing: bool = True) -> str:
    """The issued document's own title on the lines right after its notice (after the signature
    and date): "国务院办公厅" / "2019年1月1日" / "（此件公开发布）" / "某某试点方案"; "" when the
    body starts with a numbered heading or a sentence."""
    from plankg.loaders.rules.structure import LEADING_ATTACHMENT_LABEL, MARKER_STYLES

    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if issuing and len(lines) > 1 and LEADING_ATTACHMENT_LABEL.match(lines[0]):
        # LEADING_ATTACHMENT_LABEL: the annex label over the issued document's title ("附件1" / "内蒙古自治区单一电力
        # 用户绿电直连项目" / "开发建设实施方案（试行）", nm-green-direct-supply-2026) is no part of it, where the
        # notice names a document it issues; under a notice that is its own document (a 批复 with its annexed 组建方案,
        # nat-olympic-airport-committee-2006) the annex is not what the text is
        lines = lines[1:]
    while lines and RECORD_BEFORE_TITLE.match(lines[0]):
        lines = lines[1:]  # RECORD_BEFORE_TITLE
    if not lines or any(pattern.match(lines[0]) for _, pattern in MARKER_STYLES):
        return ""
    return _headline(lines)[0]


# RECORD_BEFORE_TITLE (fixmeta52, round 52): a covering notice whose 版记 ends its page - the 抄送 line and the
# printing office's "南京市住房保障和房产局办公室 \t2017 年 5 月 3 日印发" - has the document it issues begin below
# it, "住房限购政策的实施意见" (nj-purchase-limit-opinions-notice-2017, page 2 of the PDF without 附件 label): the
# record lines are the notice's, no part of the issued document's title (read before as "…办公室 2017 年 5 月 3 日
# 印发住房限购政策的实施意见").
RECORD_BEFORE_TITLE = re.compile(
    r"(?:抄\s*[送报]|主\s*题\s*词)[ \t\u3000]*[：:]"
    r"|[\u4e00-\u9fff]{2,30}[厅部委局司府会办室署心][ \t\u3000]*"
    r"\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日[ \t\u3000]*印发[ \t\u3000]*$"
)


def _issued_plan_of_several(documents: tuple[str, ...], notice_title: str) -> str:
    """The plan among the documents one notice issues together (ISSUED_PLAN_OF_SEVERAL): the only one
    titled as a plan, when the notice's title names them all; "" otherwise."""
    from plankg.loaders.rules.structure import PLAN_TITLE_KIND

    def key(title: str) -> str:
        return re.sub(r"\s+", "", title).replace("(", "（").replace(")", "）").replace("—", "-")

    if len(documents) < 2 or not all(key(document) in key(notice_title) for document in documents):
        return ""
    plans = [document for document in documents if PLAN_TITLE_KIND.search(document)]
    return plans[0] if len(plans) == 1 else ""


def _cover_issuer(lines: list[str]) -> str:
    """The organs named on the lines right under a cover's title, above its date (ORGAN_NAME,
    MONTH_DATE_LINE / DATE_LINE)."""
    from plankg.loaders.rules.structure import (
        COVER_NEXT_PAGE_HEADING,
        DATE_LINE,
        MONTH_DATE_LINE,
        ORGAN_NAME,
        SIGNATURE_LINES,
    )

    for index, line in enumerate(lines[: SIGNATURE_LINES + 1]):
        compact = re.sub(r"[ \u3000]+", " ", COVER_NEXT_PAGE_HEADING.sub("", line))
        if MONTH_DATE_LINE.match(compact) or DATE_LINE.match(compact):
            return "、".join(n for line in lines[:index] for n in line.split() if ORGAN_NAME.match(n))
    return ""


def _red_head_issuer(lines: list[str], signed_by: str = "") -> str:
    """The issuers a red head names (RED_HEAD_ORGAN lines, spaces removed) right above its 文号 or
    its 文件 line (RED_HEAD_END), among the first RED_HEAD_LINES lines; joined with 、. Of a head of
    several bodies, the one the notice's signature names alone (RED_HEAD_ONE_SIGNER)."""
    from plankg.loaders.rules.structure import RED_HEAD_END, RED_HEAD_LINES, RED_HEAD_ORGAN

    compact = [re.sub(r"[ \u3000]+", "", line) for line in lines[:RED_HEAD_LINES]]
    for index, line in enumerate(compact):
        if not RED_HEAD_END.match(line):
            continue
        organs: list[str] = []
        for above in reversed(compact[:index]):
            organ = RED_HEAD_ORGAN.match(above)
            if organ is None:
                break
            organs.insert(0, organ.group("organ"))
        if len(organs) > 1 and signed_by in organs:
            # RED_HEAD_ONE_SIGNER: a letterhead of two bodies (an office under its two names, "华北电力监管局
            # 文件" / "国家能源局华北监管局文件") whose notice one of them signs alone ("国家能源局华北监管局" /
            # "2019年8月2日"): the signer issues it. Jointly issued notices are signed by each head body.
            return signed_by
        if organs:
            return "、".join(organs)
    return ""


# SPACED_SIGNATURE_AFTER_ANNEX_LIST (meta53, session 39): a notice crawled onto one line signs after its
# annex list as SIGNATURE_AFTER_ANNEX_LIST reads it, but its signers parted by a space, its date in Chinese
# numerals or set with a PDF's gaps, its annex a 意见 or a 方法, its publication note spaced:
# "附件：1.建档立卡农村贫困人口因病致贫因病返贫调查方案国家卫生计生委办公厅 人力资源社会保障部办公厅
# 国务院扶贫办行政人事司2016年4月26日附件1…" (nat-illness-poverty-survey-2016), "附件：关于进一步加强
# 中等职业教育师资培养培训基地建设的意见教育部二○○○年八月十八日附件：…" (moe-voc-teacher-base-opinion-2000),
# "…计算方法广西壮族自治区能源局2024 年 12 月 24 日（ 公开前需经政府信息公开审查 ）抄送：…"
# (gx-gov-authorized-contracts-2025). With their line breaks, the signature lines were found.
SPACED_SIGNATURE_AFTER_ANNEX_LIST = re.compile(
    r"附件[：:][ \t\u3000]*(?:\d{1,2}[.．、][ \t\u3000]*)?[^。；\n]{2,80}?"
    r"(?:说明|方案|办法|方法|意见|清单|目录|名单|名录|指南|细则|要点|计划|规程|规范|标准)"
    r"(?P<organs>(?:(?!表)[\u4e00-\u9fff、 ]){1,60}?[院厅部委局司府会办室署央心组处所队])[ ]?"
    r"(?P<date>(?P<y>\d{4}) ?年 ?(?P<m>\d{1,2}) ?月 ?(?P<d>\d{1,2}) ?日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    r"(?=[（(][ \u3000]*(?:此件|本文|公开|主动公开)|附件\d{0,2}[.．、：:]?[ ]?[\u4e00-\u9fff]|(?:抄送|抄报)[：:])"
)


def _closing_signature(text: str) -> tuple[str, str]:
    """The signing body and the ISO date at the text's end (CLOSING_SIGNATURE, past a crawl's 版记 and
    links: CRAWL_TAIL_FURNITURE), else of a notice signed in running text (SIGNATURE_IN_RUN) or under its
    annex list (SIGNATURE_AFTER_ANNEX_LIST), else the organ a last bracketed line names, without a date
    (CLOSING_BRACKETED_ORGAN); ("", "") when there is none."""
    from plankg.loaders.rules.names import CENTRAL_SIGNER_AFTER_ANNEX
    from plankg.loaders.rules.structure import (
        ATTACHED_FILE_END,
        BRACKETED_ORGAN_AFTER_SENTENCE,
        CLOSING_BRACKETED_ORGAN,
        CLOSING_SIGNATURE,
        CLOSING_SIGNATURE_CHARS,
        CRAWL_TAIL_FURNITURE,
        DUMPED_RECORD_TAIL,
        EMPTY_ANNEX_LABEL_TAIL,
        MARKDOWN_LINKS_TAIL,
        PAGE_FOOTER_TAIL,
        RELATED_LIST_TAIL,
        RELATED_LIST_WINDOW,
        SIGNATURE_ABOVE_PAGE_FURNITURE,
        SIGNATURE_AFTER_ANNEX_LIST,
        SIGNATURE_AFTER_CLOSING_FORMULA,
        SIGNATURE_BEFORE_DOCUMENT,
        SIGNATURE_IN_RUN,
        SIGNERS_ON_ONE_LINE,
        SIGNING_DEPARTMENT,
        SIGNING_DEPARTMENT_PARENT,
    )
    from plankg.loaders.structure.front_matter import iso_date
    from plankg.loaders.text.normalise import normalise

    related = RELATED_LIST_TAIL.search(text, max(0, len(text) - RELATED_LIST_WINDOW))
    if related is not None:
        text = text[: related.start()]  # RELATED_LIST_TAIL: a page's related links and ranking list
    tail = normalise(text[-4 * CLOSING_SIGNATURE_CHARS :]).text
    tail = re.sub(r"[ \t\u3000]+", "", SIGNERS_ON_ONE_LINE.sub("、", tail.rstrip()))
    while (
        furniture := CRAWL_TAIL_FURNITURE.search(tail)
        or PAGE_FOOTER_TAIL.search(tail)
        or MARKDOWN_LINKS_TAIL.search(tail)  # MARKDOWN_LINKS_TAIL: a page's footer links under the signature
        or EMPTY_ANNEX_LABEL_TAIL.search(tail)  # EMPTY_ANNEX_LABEL_TAIL: "附件：" whose links were cut
        or DUMPED_RECORD_TAIL.search(tail)  # DUMPED_RECORD_TAIL: a stored record's close under the signature
    ) is not None and furniture.start() < len(tail):
        tail = tail[: furniture.start()]
    tail = ATTACHED_FILE_END.sub(lambda m: m.group() + "\n", tail)  # ATTACHED_FILE_END: the break a crawl lost
    signed = (
        CLOSING_SIGNATURE.search(tail[-CLOSING_SIGNATURE_CHARS:])
        or SIGNATURE_IN_RUN.search(text)
        or SIGNATURE_AFTER_ANNEX_LIST.search(text)
        or SPACED_SIGNATURE_AFTER_ANNEX_LIST.search(text)
        or CENTRAL_SIGNER_AFTER_ANNEX.search(text)  # "…附件：题库范围生态环境部办公厅2020年9月23日"
        or SIGNATURE_BEFORE_DOCUMENT.search(text[:OPENING_WINDOW])
        or SIGNATURE_AFTER_CLOSING_FORMULA.search(text)
        or SIGNATURE_ABOVE_PAGE_FURNITURE.search(text)
    )
    if signed is None:
        bracketed = CLOSING_BRACKETED_ORGAN.search(tail[-CLOSING_SIGNATURE_CHARS:]) or (
            BRACKETED_ORGAN_AFTER_SENTENCE.search(tail[-CLOSING_SIGNATURE_CHARS:])
        )  # "（万载县统计局）"
        return (bracketed.group("organs").strip("、"), "") if bracketed is not None else ("", "")
    # JOINT_SIGNATURE, SIGNERS_APART; SPACED_SIGNATURE_AFTER_ANNEX_LIST's signers parted by a space
    organs = [o for o in re.split(r"[\n、 ]+", signed.group("organs")) if o]
    if len(organs) == 2 and SIGNING_DEPARTMENT_PARENT.search(organs[0]) and SIGNING_DEPARTMENT.match(organs[1]):
        organs = organs[:1]  # SIGNING_DEPARTMENT: "国家自然科学基金委员会" / "国际合作局"
    return "、".join(organs), iso_date(signed)


def _text_lines(body: str) -> list[str]:
    """The lines with text, without a page's buttons (TOOLBAR_LINE: "打印" / "关闭" above a notice's addressees
    do not push its opening sentence out of the opening lines)."""
    from plankg.loaders.rules.structure import TOOLBAR_LINE

    return [line for line in body.splitlines() if line.strip() and not TOOLBAR_LINE.match(line)]


def _work_year(body: str) -> str:
    """The year a year's work notice opens its paragraph with (WORK_YEAR_OPENING), "" otherwise."""
    from plankg.loaders.rules.structure import WORK_YEAR_LINES, WORK_YEAR_OPENING

    opening = "\n".join(_text_lines(body)[:WORK_YEAR_LINES])
    found = WORK_YEAR_OPENING.search(opening)
    return found.group("year") if found else ""


def _notice_subject_year(body: str) -> str:
    """The year a notice's opening names as its subject's (NOTICE_SUBJECT_YEAR), or as the year of the document it
    forwards (FORWARDED_NUMBER_YEAR); "" otherwise."""
    from plankg.loaders.rules.structure import FORWARDED_NUMBER_YEAR, NOTICE_SUBJECT_YEAR, WORK_YEAR_LINES

    opening = "\n".join(_text_lines(body)[:WORK_YEAR_LINES])
    subject = NOTICE_SUBJECT_YEAR.search(opening)
    if subject is not None:
        return subject.group("year") or subject.group("purpose")  # PURPOSE_SUBJECT_YEAR: the purpose clause's
    found = FORWARDED_NUMBER_YEAR.search(opening)
    return found.group("year") if found else ""


def _announced_annex_start(text: str) -> int:
    """Where an annex a letter announced (附后) starts under its signature's date
    (UNLABELLED_ANNEX_TITLE), or where the first attachment it cites by number starts when their 附件 labels were
    lost (CITED_ANNEX_LABEL_LOST): the letter is signed above it. The text's length when none does."""
    from plankg.loaders.rules.structure import (
        ANNEX_ANNOUNCED,
        CITED_ANNEX,
        CITED_ANNEX_LABEL_LINE,
        CITED_ANNEX_TITLE,
        DATE_LINE,
        UNLABELLED_ANNEX_TITLE,
    )

    announced = ANNEX_ANNOUNCED.search(text) or CITED_ANNEX.search(text)
    if announced is None:
        return len(text)
    cited = announced.re is CITED_ANNEX
    if cited and any(CITED_ANNEX_LABEL_LINE.match(line) for line in text.splitlines()):
        return len(text)
    annex_title = CITED_ANNEX_TITLE if cited else UNLABELLED_ANNEX_TITLE
    previous = ""
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            if position > announced.end() and DATE_LINE.match(previous) and annex_title.match(stripped):
                return position
            previous = stripped
        position += len(line)
    return len(text)


def _one_copy(line: str) -> str:
    """A first line that opens with its headline twice, glued (REPEATED_HEADLINE_MIN), or with the page's title glued
    before the fuller headline (FULLER_RESTATED_HEADLINE), with the second only."""
    from plankg.loaders.rules.structure import (
        FULLER_HEADLINE_ISSUER_WORD,
        FULLER_HEADLINE_PREFIX_MAX,
        HEADLINE_END,
        PAGE_TITLE_TRAIL,
        REPEATED_HEADLINE_MIN,
        TITLE_MAX_CHARS,
        TRAILED_HEADLINE_GAP_MAX,
    )

    key = line.replace("(", "（").replace(")", "）").replace("—", "-").replace("－", "-")
    for size in range(REPEATED_HEADLINE_MIN, min(len(line) // 2, 2 * TITLE_MAX_CHARS) + 1):
        if key[:size] == key[size : 2 * size] and HEADLINE_END.search(line[:size]):
            return line[size:]  # the second copy, as the text prints it under the first
    for size in range(REPEATED_HEADLINE_MIN, min(len(line) // 2, TITLE_MAX_CHARS) + 1):
        if not HEADLINE_END.search(line[:size]):
            continue
        again = key.find(key[:size], size + 1, size + FULLER_HEADLINE_PREFIX_MAX + size)
        if again > size and FULLER_HEADLINE_ISSUER_WORD in key[size:again]:
            return line[size:]  # FULLER_RESTATED_HEADLINE: the fuller headline under the page's title, glued
    for size in range(REPEATED_HEADLINE_MIN, min(len(line) // 2, TITLE_MAX_CHARS) + 1):
        if not HEADLINE_END.search(line[:size]):
            continue
        again = key.find(key[:size], size + 2, size + TRAILED_HEADLINE_GAP_MAX + 2)
        if again > size and PAGE_TITLE_TRAIL.fullmatch(key[size:again]):
            return line[again:]  # TRAILED_REPEATED_HEADLINE: "…规划_百度百科…规划", the page's title and site first
    return line


def _glued_headline_break(line: str) -> list[str]:
    """A first line longer than a title, broken again where a crawl glued the page's field (GLUED_HEADLINE_FIELD) or
    an adoption note (GLUED_ADOPTION_NOTE) to the headline: [headline, rest]; [line] when neither stands there."""
    from plankg.loaders.rules.structure import (
        FIELD_AFTER_HEADLINE,
        GLUED_ADOPTION_NOTE,
        GLUED_RELEASE_LEAD,
        GLUED_TABLE_LABEL,
        HEADLINE_END,
        HEADLINE_FIELD_SENTENCE_END,
        HEADLINE_FIELD_WINDOW,
        NEWS_HEADLINE_MIN_HAN,
        TITLE_MAX_CHARS,
    )

    if len(line) <= TITLE_MAX_CHARS:
        return [line]
    window = line[:HEADLINE_FIELD_WINDOW]
    fields = [m.start() for pattern in (FIELD_AFTER_HEADLINE, GLUED_TABLE_LABEL) if (m := pattern.search(window))]
    field = min(fields, default=None)
    if field is not None:
        before = line[:field].strip()
        if (
            HEADLINE_FIELD_SENTENCE_END.search(before) is None
            and len(CJK.findall(before)) >= NEWS_HEADLINE_MIN_HAN
            and (_title_shaped(_without_site_trail(before)) or _news_headline(before))
        ):
            return [before, line[field:].strip()]
    lead = GLUED_RELEASE_LEAD.search(window)
    if lead is not None:
        before = line[: lead.start()].strip()
        if (
            len(before) <= TITLE_MAX_CHARS
            and HEADLINE_FIELD_SENTENCE_END.search(before) is None
            and len(CJK.findall(before)) >= NEWS_HEADLINE_MIN_HAN
        ):
            return [before, line[lead.start() :].strip()]  # GLUED_RELEASE_LEAD: the release's lead under its headline
    note = GLUED_ADOPTION_NOTE.search(window)
    if note is not None:
        title = re.split(r"[。！？][ \t\u3000]*", line[: note.start()])[-1].strip()
        if 0 < len(title) <= TITLE_MAX_CHARS and HEADLINE_END.search(title):
            # the note on a line of its own, as the cover prints it under the headline
            return [part for part in (line[: note.start()], note.group(), line[note.end() :]) if part.strip()]
    return [line]


def _dumped_record(lines: list[str]) -> list[str]:
    """``lines`` without the database row or setter calls a stored page opens with (DUMPED_RECORD), the record's
    title (its first title-shaped quoted field) in their place when it has one."""
    from plankg.loaders.rules.names import STRAIGHT_QUOTE_PAIR
    from plankg.loaders.rules.structure import (
        COVER_LINES,
        DUMPED_RECORD_ESCAPE,
        DUMPED_RECORD_FIELD,
        DUMPED_RECORD_START,
        DUMPED_RECORD_VALUES,
    )

    count = 0
    while count < min(len(lines), COVER_LINES) and (
        DUMPED_RECORD_START.match(lines[count]) or (count and DUMPED_RECORD_VALUES.match(lines[count]))
    ):
        count += 1
    fields = (
        # an escaped straight quote pair is the Chinese pair the exporter flattened: \"三项补贴\" is “三项补贴”
        STRAIGHT_QUOTE_PAIR.sub(
            r"“\g<body>”", DUMPED_RECORD_ESCAPE.sub(r"\1", field.group("single") or field.group("double") or "")
        )
        for line in lines[:count]
        for field in DUMPED_RECORD_FIELD.finditer(line)
    )
    title = next((field.strip() for field in fields if _title_shaped(field.strip())), "")
    return [title, *lines[count:]] if title else lines[count:]


def _glued_bold_lines(text: str) -> str:
    """``text`` with the bold spans of a first line longer than a title set on lines of their own again, where a
    crawl glued them (GLUED_BOLD_LINES)."""
    from plankg.loaders.rules.structure import GLUED_BOLD_SPAN, GLUED_BOLD_WINDOW, TITLE_MAX_CHARS

    end = text.find("\n")
    first = text if end < 0 else text[:end]
    if len(first) <= TITLE_MAX_CHARS or GLUED_BOLD_SPAN.search(first[:GLUED_BOLD_WINDOW]) is None:
        return text
    window = GLUED_BOLD_SPAN.sub(lambda bold: f"\n{bold.group()}\n", first[:GLUED_BOLD_WINDOW])
    return window + first[GLUED_BOLD_WINDOW:] + ("" if end < 0 else text[end:])


def _running_header(line: str, lines: list[str]) -> bool:
    """Is ``line`` a PDF's running header, repeated on the head's pages and no title (RUNNING_HEADER_LINE)?"""
    from plankg.loaders.rules.structure import RUNNING_HEADER_MAX_CHARS, RUNNING_HEADER_MIN_COPIES

    return (
        len(line) <= RUNNING_HEADER_MAX_CHARS
        and not _title_shaped(line)
        and sum(other == line for other in lines) >= RUNNING_HEADER_MIN_COPIES
    )


def _opening_lines(head: str) -> list[str]:
    """The non-empty lines of a text's head without the page's toolbar above the headline
    (TOOLBAR_LINE) and with a glued page number or symbol junk cut off the first line
    (TITLE_PAGE_PREFIX)."""
    from plankg.loaders.rules.structure import (
        COLUMN_TAG_LINE,
        COVER_LINES,
        DISCLOSURE_MARK_OVER_NUMBER,
        EPAPER_PAGE_LINE,
        GLUED_ATTACHMENT_LABEL,
        GLUED_BREADCRUMB,
        GLUED_DATABASE_HEADER,
        GLUED_DATED_LINK_RUN,
        GLUED_MARKDOWN_HEADING,
        GLUED_MARKDOWN_LINKS,
        GLUED_TOOLBAR,
        HEADLINE_COLUMN_BAR,
        HEADLINE_COLUMN_TAG,
        HEADLINE_FIELD_WINDOW,
        INDEX_ROW_CELL_BREAK,
        LEADING_ATTACHMENT_LABEL,
        MARKDOWN_LINK_LINE,
        MARKDOWN_LINKS_TAIL,
        NUMBER_BEFORE_NOTICE_TITLE,
        PAGE_TITLE_TRAIL,
        PREVIOUS_DOCUMENT_TAIL,
        SITE_BEFORE_HEADLINE,
        TITLE_PAGE_PREFIX,
        TOOLBAR_LINE,
        VALIDITY_MARK_BEFORE_HEADLINE,
    )

    lines = _dumped_record([line.strip() for line in head.splitlines() if line.strip()])  # DUMPED_RECORD
    while len(lines) > 1 and (
        TOOLBAR_LINE.match(lines[0])
        or MARKDOWN_LINK_LINE.match(lines[0])
        or EPAPER_PAGE_LINE.match(lines[0])
        or COLUMN_TAG_LINE.match(lines[0])
        or _running_header(lines[0], lines)
    ):
        # MARKDOWN_LINK_LINE: a page's logo, menu and breadcrumb above its headline; EPAPER_PAGE_LINE: an e-paper's
        # page label and article list label; COLUMN_TAG_LINE: a column's dated tag alone
        lines = lines[1:]
    if lines and (links := GLUED_DATED_LINK_RUN.match(lines[0])) is not None and lines[0][links.end() :].strip():
        lines[0] = lines[0][links.end() :].strip()  # GLUED_DATED_LINK_RUN: a site's dated links before the headline
    for index, line in enumerate(lines[:COVER_LINES]):
        glued = MARKDOWN_LINKS_TAIL.search(line)
        if glued is not None and line[: glued.start()].strip():
            lines[index] = line[: glued.start()].rstrip()  # MARKDOWN_LINKS_TAIL: "…有关情况[\\[政策原文\\]](…)"
    if len(lines) > 1 and LEADING_ATTACHMENT_LABEL.match(lines[0]):
        lines = lines[1:]  # LEADING_ATTACHMENT_LABEL: "附件2" above the title
    if lines and (label := GLUED_ATTACHMENT_LABEL.match(lines[0])) is not None:
        lines[0] = lines[0][label.end() :]  # GLUED_ATTACHMENT_LABEL: "附件2福建省生态文明建设促进条例…" on one line
    if lines and (toolbar := GLUED_TOOLBAR.match(lines[0])) is not None and toolbar.end() < len(lines[0]):
        lines[0] = lines[0][toolbar.end() :].strip()  # GLUED_TOOLBAR: a page's buttons on one line with the title
    if lines and (links := GLUED_MARKDOWN_LINKS.match(lines[0])) is not None and links.end() < len(lines[0]):
        lines[0] = lines[0][links.end() :].strip()  # GLUED_MARKDOWN_LINKS: a page's menu on one line with the title
    if lines and (crumbs := GLUED_BREADCRUMB.match(lines[0])) is not None and crumbs.end() < len(lines[0]):
        lines[0] = lines[0][crumbs.end() :].strip()  # GLUED_BREADCRUMB: a page's trail on one line with the title
    if lines and (header := GLUED_DATABASE_HEADER.match(lines[0])) is not None:
        lines[0] = lines[0][header.end() :].strip()  # GLUED_DATABASE_HEADER: a database export on one line
    marks = GLUED_MARKDOWN_HEADING.search(lines[0], 0, HEADLINE_FIELD_WINDOW) if lines else None
    if marks is not None and _title_shaped(lines[0][: marks.start()]):
        # GLUED_MARKDOWN_HEADING: "…的通知## 政策原文…", the headline and what followed it
        lines[:1] = [lines[0][: marks.start()], lines[0][marks.end() :]]
    if lines:
        lines[0] = _one_copy(lines[0])
        lines[:1] = _glued_headline_break(lines[0])  # GLUED_HEADLINE_FIELD, GLUED_ADOPTION_NOTE
    if lines and "\t" in lines[0]:
        # an index row: its cells, one a line (INDEX_ROW_CELL_BREAK)
        lines[:1] = [cell for cell in INDEX_ROW_CELL_BREAK.split(lines[0]) if cell.strip()]
    if lines:
        lines[0] = HEADLINE_COLUMN_TAG.sub("", TITLE_PAGE_PREFIX.sub("", lines[0]))
        lines[0] = HEADLINE_COLUMN_BAR.sub("", lines[0])  # HEADLINE_COLUMN_BAR: "政策解读丨市生态环境局…"
    if lines and (site := SITE_BEFORE_HEADLINE.match(lines[0])) is not None and "关于" in lines[0][site.end() :]:
        lines[0] = lines[0][site.end() :]  # SITE_BEFORE_HEADLINE: "广东省发展和改革委员会 - 广东省能源局…关于…的通知"
    for index, line in enumerate(lines[:COVER_LINES]):
        marked = VALIDITY_MARK_BEFORE_HEADLINE.match(line)
        if marked is not None and (index == 0 or line[0] in "（(【["):
            lines[index] = line[marked.end() :]  # VALIDITY_MARK_BEFORE_HEADLINE: "大连市人民政府 大政办发 [已废止]…"
    unmarked = DISCLOSURE_MARK_OVER_NUMBER.sub("", lines[0]) if lines else ""
    if lines and (numbered := NUMBER_BEFORE_NOTICE_TITLE.match(unmarked)):
        # NUMBER_BEFORE_NOTICE_TITLE: the 文号 glued in front (_glued_number); DISCLOSURE_MARK_OVER_NUMBER: "公 开沪建
        # 房管联〔2021〕476 号关于…", the mark cut off with the number
        lines[0] = unmarked[numbered.end() :]
    if lines and (trail := PAGE_TITLE_TRAIL.search(lines[0])) is not None and _title_shaped(lines[0][: trail.start()]):
        lines[0] = lines[0][: trail.start()]  # the site's column and name after the page's title (PAGE_TITLE_TRAIL)
    if lines and (glued := PREVIOUS_DOCUMENT_TAIL.match(lines[0])) is not None:
        rest = lines[0][glued.end() :].strip()
        if _headline([rest, *lines[1:]])[0]:
            lines[0] = rest
    return lines


def _years(title: str, period: str) -> tuple[int, int] | None:
    from plankg.loaders.rules.structure import (
        REPLY_TITLE,
        REVIEW_THEN_PLAN_YEARS,
        TITLE_YEAR,
        TITLE_YEAR_LIST,
        TITLE_YEAR_SPAN,
    )

    span = (
        TITLE_YEAR_SPAN.search(title)
        or TITLE_YEAR_LIST.search(title)  # TITLE_YEAR_LIST: "2021、2022 年度"
        or REVIEW_THEN_PLAN_YEARS.search(title)  # REVIEW_THEN_PLAN_YEARS
    )
    if span and int(span.group("start")) <= int(span.group("end")):
        return int(span.group("start")), int(span.group("end"))
    if period:
        return period_years(period)
    school = school_term_years(title)
    if school is not None:
        return school
    one = TITLE_YEAR.search(title) if REPLY_TITLE.search(title) is None else None
    return (int(one.group("year")), int(one.group("year"))) if one else None


def school_term_years(title: str) -> tuple[int, int] | None:
    """The calendar years of the school year or term a title names (SCHOOL_TERM_TITLE): a school year and its first
    term run over two years, its second term lies in the later one; None when the title names none."""
    from plankg.loaders.rules.structure import SCHOOL_TERM_TITLE, SECOND_TERM

    school = SCHOOL_TERM_TITLE.search(title)
    if school is None:
        return None
    start = int(school.group("first") or school.group("year"))
    if school.group("term") and school.group("term") in SECOND_TERM:
        return start + 1, start + 1
    return start, start + 1


def _period(title: str, text: str, kind: PlanKind, latest: bool = True) -> str:
    """The five-year period the title names (“十四五”, 第十一个五年, or a span of exactly a plan
    period's years), else one the opening text names as a plan's (TEXT_PERIOD); a report has
    none from its body."""
    from plankg.loaders.rules.structure import (
        CITED_TITLE,
        ORDINAL_PERIOD,
        TEXT_PERIOD,
        TITLE_OWN_YEAR,
        TITLE_YEAR_SPAN,
        cn_to_int,
        int_to_cn,
    )

    quoted = TITLE_PERIOD.search(title)
    if quoted:
        return f"{quoted.group(1) or quoted.group(2) or quoted.group(3)}五"
    named = ORDINAL_PERIOD.search(title)
    if named:
        return f"{named.group(1)}五"
    span = TITLE_YEAR_SPAN.search(title)
    if span:
        start, end = int(span.group("start")), int(span.group("end"))
        n = (start - 1981) // 5 + 6
        if (start - 1981) % 5 == 0 and end == start + 4 and n >= 6:
            return f"{int_to_cn(n)}五"
        return ""
    if kind == "report" or TITLE_OWN_YEAR.search(title):
        return ""
    uncited = CITED_TITLE.sub(lambda cited: "《" + " " * (len(cited.group()) - 2) + "》", text[:2000])
    named_periods = [found.group("n") for found in TEXT_PERIOD.finditer(uncited)]
    if not named_periods:
        return ""
    return f"{max(named_periods, key=cn_to_int) if latest else named_periods[0]}五"  # LATEST_TEXT_PERIOD


def _unwrap(title: str) -> str:
    """The title without the page's line breaks saved as spaces (WRAP_SPACE), in its name: all
    of an issued document's title, the part after 关于 of a notice or an opinion."""
    from plankg.loaders.rules.structure import WRAP_SPACE

    issuer, about, name = title.partition("关于")
    if not about:
        issuer, name = "", title
    return issuer + about + WRAP_SPACE.sub("", name)


def _issuer_of_title(title: str) -> str:
    from plankg.loaders.rules.structure import (
        GOV_REPORT_TITLE,
        HEADLINE_SUBTITLE_MARK,
        NATIONAL_REPORT_GOVERNMENT,
        PURPOSE_CLAUSE,
        TITLE_ISSUER,
    )

    body = TITLE_ISSUER.match(title)
    if body is None and HEADLINE_SUBTITLE_MARK in title:  # HEADLINE_SUBTITLE_ISSUER: "…——生态环境部有关负责人就…"
        body = TITLE_ISSUER.match(title.rsplit(HEADLINE_SUBTITLE_MARK, 1)[1])
    if body and PURPOSE_CLAUSE.match(body.group("issuer")) is None:
        return body.group("issuer")
    report = GOV_REPORT_TITLE.match(re.sub(r"\d{4}年", "", title))
    if report and report.group("region") == NATIONAL_REPORT_GOVERNMENT:
        return NATIONAL_REPORT_GOVERNMENT  # the State Council is the government itself, no 国务院人民政府
    return f"{report.group('region')}人民政府" if report else ""


def _delivered_report_title(title: str, opening: str, lost: bool = False) -> str:
    """A government work report headed by its kind alone ("政府工作报告", "2026年政府工作报告")
    titled as the provinces print theirs, from the line saying where it was delivered
    (BARE_GOV_REPORT_TITLE, REPORT_DELIVERY_LINE): "2026年贵州省政府工作报告"; "" otherwise.
    ``lost``: the text's title is its file name; a report cover under the page's furniture titles it
    (COVER_UNDER_PAGE)."""
    from plankg.loaders.rules.structure import (
        BARE_GOV_REPORT_TITLE,
        COVER_UNDER_PAGE,
        NATIONAL_REPORT_GOVERNMENT,
        REPORT_COVER_BREAK,
        REPORT_COVER_LINE,
        REPORT_DELIVERY_LINE,
    )

    bare = BARE_GOV_REPORT_TITLE.match(title)
    delivered = REPORT_DELIVERY_LINE.search(opening) if bare else None
    # BROKEN_DELIVERY_UNDER_BARE_TITLE: a bare headline's delivery line broken after its congress's term is read
    # from the cover as a lost title's is
    if delivered is None and (bare is not None or lost) and COVER_UNDER_PAGE:
        for cover in REPORT_COVER_LINE.finditer(opening):
            line = REPORT_COVER_BREAK.sub("", cover.group("next")).lstrip("（(—- \u3000")
            delivered = REPORT_DELIVERY_LINE.match(line)
            if delivered is not None:
                break
    if delivered is None:
        return ""
    government = delivered.group("region") or NATIONAL_REPORT_GOVERNMENT  # NATIONAL_REPORT_DELIVERY
    return f"{(bare.group('year') if bare else None) or delivered.group('year')}年{government}政府工作报告"


def _outline_issuer(title: str, region: str, opening: str) -> str:
    """The congress that adopts an outline of the national economy and social development
    (DEVELOPMENT_OUTLINE_TITLE): 全国人民代表大会 for the country's, a province's congress when
    the opening says it adopted the outline (CONGRESS_ADOPTION); "" otherwise."""
    from plankg.loaders.rules.structure import (
        CONGRESS_ADOPTION,
        DEVELOPMENT_OUTLINE_TITLE,
        NATIONAL_CONGRESS,
        NATIONAL_REGION,
    )

    if not region or DEVELOPMENT_OUTLINE_TITLE.search(title) is None:
        return ""
    if region == NATIONAL_REGION:
        return NATIONAL_CONGRESS
    adopted = CONGRESS_ADOPTION.search(re.sub(r"(?<=\d)[ \u3000]+(?=\d)", "", opening))
    body = adopted.group("body") if adopted else ""
    return f"{body[body.find(region) :]}人民代表大会" if region in body else ""


def _cover_lines(lines: list[str]) -> list[str]:
    """The first COVER_LINES lines, up to the first sentence (a line with 。)."""
    from plankg.loaders.rules.structure import COVER_LINES

    cover = lines[:COVER_LINES]
    return cover[: next((i for i, line in enumerate(cover) if "。" in line), len(cover))]


def _issued_in_full(document: str, opening: str) -> str:
    """ISSUED_IN_FULL (fix26meta, round 26): a notice's title names the document it issues without its 关于, its
    issuing sentence in full: "…关于印发加强医疗机构药事管理促进合理用药的意见的通知" / "现将《关于加强医疗机构药事管理
    促进合理用药 的意见》印发给你们" (nat-hospital-pharmacy-2020 on one line, where no front matter is read): the
    document's name is the sentence's (its PDF spaces removed); ``document`` otherwise."""
    from plankg.loaders.rules.structure import (
        APPROVED_ISSUING,
        ISSUED_DOCUMENT,
        ISSUED_IN_FULL_GAP,
        ISSUING_SENTENCE,
        NOTICE_DROPPED_DE,
    )

    key = re.sub(r"\s+", "", document)
    for quoted in ISSUED_DOCUMENT.finditer(opening):
        # the sentence goes on "印发给你们" within a few words of the 《》, or after the approval (APPROVED_ISSUING)
        if (
            ISSUING_SENTENCE.search(opening, quoted.end(), quoted.end() + ISSUED_IN_FULL_GAP) is None
            and APPROVED_ISSUING.match(opening, quoted.end()) is None
        ):
            continue
        full = re.sub(r"[ \u3000]+", "", quoted.group("title"))
        if full == f"关于{key}":
            return full
        if full.count(NOTICE_DROPPED_DE) > key.count(NOTICE_DROPPED_DE) and full.replace(
            NOTICE_DROPPED_DE, ""
        ) == key.replace(NOTICE_DROPPED_DE, ""):
            return full  # NOTICE_DROPPED_DE
    return document


def _headline_issued_document(first: str) -> tuple[str, str]:
    """The document a release's headline says was issued, and its issuers (HEADLINE_ISSUED_DOCUMENT); ("", "")
    when the headline is none such."""
    from plankg.loaders.rules.structure import HEADLINE_ISSUED_DOCUMENT

    issued = HEADLINE_ISSUED_DOCUMENT.match(first.strip())
    return (issued.group("title"), issued.group("issuer").strip(" \u3000、")) if issued else ("", "")


def _lead_issued_document(title: str, head: str) -> str:
    """The organs a release's lead says issued the document the text is titled by (LEAD_ISSUED_DOCUMENT); "" when its
    lead names none or another document."""
    from plankg.loaders.rules.structure import LEAD_ISSUED_DOCUMENT, LEAD_ISSUED_DOCUMENT_CHARS

    at = head.find(title)
    if at < 0:
        return ""
    # LEAD_AFTER_GLUED_TITLE: the title's end is a line's start for the lead
    issued = LEAD_ISSUED_DOCUMENT.search(head[at + len(title) : at + len(title) + LEAD_ISSUED_DOCUMENT_CHARS])
    if issued is None or re.sub(r"\s+", "", issued.group("title")) != re.sub(r"\s+", "", title):
        return ""
    return issued.group("issuer").strip(" \u3000、")


# STORY_ISSUERS (fixmeta42, round 42): a news story wrapping the document it reports (TITLE_ABOVE_NUMBER) names its
# issuers before it, the document unsigned below: "工业和信息化部网站4月20日消息，工业和信息化部、国家发展和改革委员会、
# …、国家能源局等部门联合印发了《关于遏制电解铝行业产能过剩和重复建设引导产业健康发展的紧急通知》"
# (nat-electrolytic-aluminium-2011); "浙江省财政厅于日前出台了《关于进一步创新管理提高政府采购工作效率和服务水平的
# 意见》" (zj-procurement-efficiency-2010, the story's title without the 、 of the document's). The organs the story
# says issued the document the text is titled by, as it names them, are its issuers (中国人民银行 among them: 行
# ends an organ).
STORY_ISSUERS = re.compile(
    r"(?:^|[，。\n])(?P<issuer>(?:[\u4e00-\u9fff]{2,20}?[院厅部委局司府会办室署行]、?)+?)"
    r"(?:等(?:\d{1,2}个|[一二三四五六七八九十]{1,3}个?)?部门)?(?:于)?(?:近日|日前)?(?:联合)?(?:印发|出台|发布)了?"
    r"《(?P<title>[^《》\n]{2,80})》"
)


def _story_issuers(title: str, head: str) -> str:
    """The organs a story before the document it wraps says issued it (STORY_ISSUERS); "" when it names none."""
    at = head.find(f"\n{title}\n")  # the document's own title line, below the story
    if at <= 0:
        return ""
    key = re.sub(r"[\s、，]+", "", title)
    return next(
        (
            m.group("issuer").strip("、")
            for m in STORY_ISSUERS.finditer(head, 0, at)
            if re.sub(r"[\s、，]+", "", m.group("title")) == key
        ),
        "",
    )


# SPEECH_PART_NOTE (fixmeta42, round 43): a journal prints part of a leader's speech under a title of its own, and
# names the speech in a bracketed note at its end: "来源：《求是》2025年第18期" /
# "（习近平总书记2025年7月1日在二十届中央财经委员会第六次会议上讲话的一部分）" (nat-unified-market-speech-2025,
# reprinted by a school site): the text was a plan without an issuer. The note makes it a speech (a report) and
# names its speaker.
SPEECH_PART_NOTE = re.compile(
    r"[（(](?P<speaker>[\u4e00-\u9fff]{2,4}?)(?:总书记|同志|主席|总理)?(?:\d{4}年\d{1,2}月\d{1,2}日)?在[^（）()\n]{2,60}?"
    r"(?:上的|上)讲话的(?:一部分|主要部分|节选)[）)]\s*$"
)
SPEECH_PART_NOTE_CHARS = 200


def _speech_part_speaker(text: str) -> str:
    """The speaker a closing note names when the text is part of a speech (SPEECH_PART_NOTE); "" otherwise."""
    note = SPEECH_PART_NOTE.search(text.rstrip()[-SPEECH_PART_NOTE_CHARS:])
    return note.group("speaker") if note is not None else ""


def _news_headline_in_cover(lines: list[str]) -> str:
    """NEWS_HEADLINE_IN_COVER (fix26meta, round 26): a page's headline may stand under its search box and fields
    ("搜索搜索" / "类型：转载 分类：新闻 2026-01-06 16:59" / "盛秋平副部长出席国新办发布会介绍推进绿色消费有关情况",
    nat-green-consumption-presser-2026): the first cover line that reads as news, past lines that are fields (a colon)
    or too short for a headline only; "" when another line stands first (an occasion line over a speaker's byline,
    "2023年6月26日在…会议上" / "某某部部长 某某", heads no news)."""
    from plankg.loaders.rules.structure import NEWS_HEADLINE_MIN_HAN

    for line in _cover_lines(lines):
        news = _news_headline(line)
        if news:
            return news
        if not re.search(r"[:：]", line) and len(CJK.findall(line)) >= NEWS_HEADLINE_MIN_HAN:
            return ""
    return ""


def _repeated_headline(lines: list[str]) -> str:
    """REPEATED_NEWS_HEADLINE: the first of the first COVER_LINES lines that reads as a headline and stands right above
    its own copy; "" when none does."""
    from plankg.loaders.rules.structure import (
        COVER_LINES,
        NEWS_HEADLINE_CHARS,
        NEWS_HEADLINE_MIN_HAN,
        REPEATED_NEWS_HEADLINE,
    )

    for line, below in itertools.pairwise(lines[:COVER_LINES]):
        if (
            line == below
            and len(line) <= NEWS_HEADLINE_CHARS
            and len(CJK.findall(line)) >= NEWS_HEADLINE_MIN_HAN
            and REPEATED_NEWS_HEADLINE.match(line)
        ):
            return line
    return ""


def _news_dateline(lines: list[str], headline: str) -> str:
    """NEWS_DATELINE (fix26meta, round 26): the ISO date a news page's field line above its headline gives,
    "类型：转载 分类：新闻 2026-01-06 16:59" (nat-green-consumption-presser-2026); "" when none does."""
    from plankg.loaders.rules.structure import PAGE_HEAD_DATE, PAGE_HEAD_LINE_MAX

    for line in _cover_lines(lines):
        if line == headline:
            break
        dated = PAGE_HEAD_DATE.search(line) if len(line) <= PAGE_HEAD_LINE_MAX else None
        if dated is not None:
            return _iso(re.sub(r"[ ]+", "", dated.group()))  # a dashed date; "2026年1月" names no day
    return ""


def _news_reprint(lines: list[str], headline: str) -> tuple[str, str] | None:
    """The title and the source organ of the document a news page reprints whole under ``headline`` (NEWS_REPRINT);
    None when the page reports on it only."""
    from plankg.loaders.rules.structure import (
        INTERPRETATION_WORDS,
        NEWS_HEADLINE_MIN_HAN,
        NEWS_LEAD_ISSUED,
        NEWS_REPRINT_FIRST_PART,
        NEWS_REPRINT_FULL_TEXT,
        NEWS_REPRINT_GLUED_PART,
        NEWS_REPRINT_LINES,
        NEWS_SOURCE_ORGAN,
        NEWS_SUBHEADLINE_BREAK,
    )

    at = next((i for i, line in enumerate(lines) if headline in line), None)
    if at is None or any(word in headline for word in INTERPRETATION_WORDS):
        return None  # NEWS_REPRINT_COMMENTARY: "政策解读丨…解读《…规划》政策" reprints nothing
    following = lines[at + 1 : at + 2 + NEWS_REPRINT_LINES]  # the lead's lines and the one after them
    lead = following[:NEWS_REPRINT_LINES]
    full = any(NEWS_REPRINT_FULL_TEXT.match(line) for line in lead)
    named = ""
    for index, line in enumerate(lead):
        issued = NEWS_LEAD_ISSUED.search(line)
        below = following[index + 1] if index + 1 < len(following) else ""
        if issued is not None and (
            full
            or NEWS_REPRINT_FIRST_PART.match(below)
            or NEWS_REPRINT_GLUED_PART.match(line, issued.end())  # NEWS_REPRINT_GLUED_PART
        ):
            named = issued.group("title")
            break
    if not named and not full:
        return None
    first_part = NEWS_SUBHEADLINE_BREAK.split(headline.strip())[0]
    title = named or (first_part if len(CJK.findall(first_part)) >= NEWS_HEADLINE_MIN_HAN else headline)
    source = next((found.group("organ") for line in lead if (found := NEWS_SOURCE_ORGAN.search(line))), "")
    return title, source


def _news_headline(first: str) -> str:
    """The first line as a news report's headline (NEWS_HEADLINE), "" when it does not read as one."""
    from plankg.loaders.rules.structure import (
        LABELLED_NEWS_HEADLINE,
        LABELLED_NEWS_HEADLINE_CHARS,
        NEWS_HEADLINE,
        NEWS_HEADLINE_CHARS,
        NEWS_HEADLINE_MIN_HAN,
    )

    if len(first.strip()) <= LABELLED_NEWS_HEADLINE_CHARS and LABELLED_NEWS_HEADLINE.match(first.strip()):
        return first.strip()  # LABELLED_NEWS_HEADLINE: "权威发布丨山东：推进…"
    line = _without_site_trail(first.strip())  # a page title's site name after it (PAGE_TITLE_TRAIL)
    if len(line) > NEWS_HEADLINE_CHARS or len(re.findall(r"[\u4e00-\u9fff]", line)) < NEWS_HEADLINE_MIN_HAN:
        return ""
    return line if NEWS_HEADLINE.match(line) else ""


def _placed_issuer_of_title(title: str, issuer: str) -> str:
    """The issuer a title opens with, its place in front (UNPLACED_PORTAL_ISSUER); "" when it opens otherwise."""
    from plankg.loaders.rules.structure import SHORT_GOVERNMENT, UNPLACED_ISSUER_PLACE

    if not UNPLACED_ISSUER_PLACE.match(issuer):
        return ""
    # UNPLACED_SHORT_GOVERNMENT (fixmeta52, round 52): a portal's "县政府" under the title "镇巴县人民政府工作规则"
    # (zhenba-county-gov-work-rules-2024): the government as it calls itself short (SHORT_GOVERNMENT) is the title's
    short, written = SHORT_GOVERNMENT[1], SHORT_GOVERNMENT[0]
    full = issuer.removesuffix(short) + written if issuer.endswith(short) else ""
    for name in (issuer, full) if full else (issuer,):
        placed = re.match(rf"[\u4e00-\u9fff]{{2,6}}(?={re.escape(name)})", title)
        if placed is not None and not placed.group().startswith("关于"):
            return title[: placed.end() + len(name)]
    return ""


def _issuers_in_full(issuer: str, lines: list[str]) -> str:
    """Joint issuers named by the first and 等 as the signature names them all (ABBREVIATED_ISSUERS); ``issuer``
    otherwise."""
    from plankg.loaders.rules.structure import (
        ABBREVIATED_ISSUER_END,
        ABBREVIATED_ISSUER_LINES,
        SIGNATURE_ORGAN_ALONE,
        SIGNATURE_ORGANS,
        cn_to_int,
    )

    abbreviated = ABBREVIATED_ISSUER_END.search(issuer)
    first = issuer[: abbreviated.start()] if abbreviated is not None else issuer
    if abbreviated is None or len(first) < 2:
        return issuer
    count = cn_to_int(abbreviated.group("count")) if abbreviated.group("count") else None

    def signature_line(line: str) -> bool:
        # ONE_ORGAN_A_LINE: with a count, one organ alone on its line signs too
        return bool(
            SIGNATURE_ORGANS.fullmatch(line.strip())
            or (count is not None and SIGNATURE_ORGAN_ALONE.fullmatch(line.strip()))
        )

    head = lines[:ABBREVIATED_ISSUER_LINES]
    for k, line in enumerate(head):
        if line.startswith(first) and signature_line(line):
            names = re.split(r"[ \u3000、]+", line.strip())
            if count is None:
                return "、".join(names)
            # 等N部门: the signature's lines below, organs only, until the count is reached
            for below in head[k + 1 :]:
                if len(names) >= count or not signature_line(below):
                    break
                names += re.split(r"[ \u3000、]+", below.strip())
            return "、".join(names) if len(names) == count else issuer
    return issuer


def _regulation_issuer(title: str, head: str) -> str:
    """The congress or standing committee that adopted a local regulation, as the note under its title says
    (REGULATION_ADOPTION); "" otherwise."""
    from plankg.loaders.rules.structure import REGULATION_ADOPTION, REGULATION_ADOPTION_CHARS, REGULATION_TITLE

    if REGULATION_TITLE.search(title) is None:
        return ""
    at = head.find(title[-4:])
    note = re.sub(r"\s+", "", head[max(at, 0) : max(at, 0) + REGULATION_ADOPTION_CHARS + len(title)])
    adopted = REGULATION_ADOPTION.search(note)
    if adopted is None:
        return ""
    body = "全国" if adopted.group("national") else (adopted.group("body") or "")
    standing = "常务委员会" if adopted.group("standing") else ""  # ABBREVIATED_CONGRESS: 常委会 named in full
    return f"{body}人民代表大会{standing}" if body else ""


# How far into a text its opening reaches: where a plan without a title line names itself.
OPENING_WINDOW = 3000
# How far into a text a reply's annex is looked for (APPROVED_ANNEX).
ANNEX_WINDOW = 20000


# OPENING_SENTENCE: the region an opening line names is in its first sentence ("“十二五”是上海创新驱动
# 发展…"). A text crawled onto one line has all of itself as its opening line, and a province it names
# further on is where something happens ("主场活动在湖南长沙举办", 生态环境部's 环境日 notices, round 9),
# not whose plan it is; nor is one in the addressees glued after a notice's title ("…的通知各省、
# 自治区、直辖市生态环境厅（局），新疆生产建设兵团生态环境局：").
OPENING_SENTENCE = re.compile(r"[^。！？；]{0,160}")
GLUED_RECIPIENTS = re.compile(r"(?:通知|意见|函|方案|决定|规划)各(?:省|市|区|县|有关|地|部门|级|单位|直属|相关)")
# RECIPIENTS_LED: nor is one in the addressees a text opens with when the crawl glued them to the first
# paragraph ("各省、自治区、直辖市及新疆生产建设兵团医疗保障局:为贯彻落实…", a ministry's notice that
# lost its headline, heldout8): the addressees up to their colon are cut off before a place is looked for.
RECIPIENTS_LED = re.compile(r"^各[^。！？：:\n]{2,120}[：:]")


def _opening_sentence(line: str) -> str:
    """The first sentence of an opening line, without addressees glued after a notice's title."""
    led = RECIPIENTS_LED.match(line)
    opening = OPENING_SENTENCE.match(line[led.end() :] if led else line)
    sentence = opening.group() if opening else ""
    glued = GLUED_RECIPIENTS.search(sentence)
    return sentence[: glued.start() + 2] if glued else sentence


def _self_named_title(opening: str) -> tuple[str, bool]:
    """The title a plan without a title line gives itself in its opening (SELF_NAMED_TITLE,
    else the plan its proposal is for: PROPOSAL_FOR), and whether the proposal is the
    country's (NATIONAL_ISSUERS)."""
    from plankg.loaders.rules.structure import (
        NATIONAL_ISSUERS,
        NATIONAL_OUTLINE_STATE,
        NATIONAL_OUTLINE_SUBJECT,
        OUTLINE_SELF,
        PROPOSAL_FOR,
        SELF_NAMED_TITLE,
    )

    named = SELF_NAMED_TITLE.search(opening)
    proposal = PROPOSAL_FOR.search(opening)
    national = proposal is not None and any(name in proposal.group("by") for name in NATIONAL_ISSUERS)
    if named is not None:
        return named.group("title") or named.group("bare"), national
    if proposal is not None:
        outline = "纲要" if any(word in opening for word in OUTLINE_SELF) else ""
        title = proposal.group("title") + outline
        if national and title.startswith(NATIONAL_OUTLINE_SUBJECT):
            # NATIONAL_OUTLINE_STATE: the country's outline is titled with the state's name
            title = NATIONAL_OUTLINE_STATE + title
        return title, national
    return "", national


def _drafted_by(opening: str, title: str) -> tuple[str, str]:
    """The bodies a guide's preamble says drew it up (DRAFTED_BY), joined with 、, and the title it
    gives itself there (with its edition: "（2021版）"); ("", "") when the preamble names no
    drafters of a document titled ``title``."""
    from plankg.loaders.rules.structure import DRAFT_AFTER_TITLE, DRAFTED_BY, DRAFTED_BY_ORGAN, TITLE_EDITION_YEAR

    own = re.sub(r"\s+", "", TITLE_EDITION_YEAR.sub("", title))
    # the preamble names the plan without the 草案 its cover adds (DRAFT_AFTER_TITLE): the title stays as it is
    draft = DRAFT_AFTER_TITLE.search(own)
    bare = own[: draft.start()] if draft and draft.end() == len(own) else own
    for match in DRAFTED_BY.finditer(re.sub(r"[\r\n]+", "", opening)):
        named = TITLE_EDITION_YEAR.sub("", re.sub(r"\s+", "", match.group("title")))
        if own and named in (own, bare):
            organs = DRAFTED_BY_ORGAN.findall(match.group("organs"))
            return "、".join(organs), match.group("title") if named == own else title
    return "", ""


def _cover_date_year(lines: list[str]) -> str:
    """The year of a cover's date right under its title, past a draft's status line
    (COVER_DATE_LINES, MONTH_DATE_LINE): "智能船舶标准体系建设指南" / "（二次征求意见稿）" / "2021 年 2 月"
    (round 7) → "2021"; "" when the lines under the title hold no such date."""
    from plankg.loaders.rules.structure import (
        COVER_DATE_LINES,
        COVER_NEXT_PAGE_HEADING,
        DATE_LINE,
        MONTH_DATE_LINE,
        ORGAN_NAME,
        REVISION_DATE_LINE,
        SIGNATURE_LINES,
    )
    from plankg.loaders.structure.front_matter import CN_NUMERAL_YEAR, _arabic_year

    others = 0
    for line in lines[: COVER_DATE_LINES + SIGNATURE_LINES]:
        line = COVER_NEXT_PAGE_HEADING.sub("", line)  # "2020 年 10 月 19 日前 言": a day's date too
        dated = (
            MONTH_DATE_LINE.match(line)
            or DATE_LINE.match(re.sub(r"[ \u3000]+", " ", line.strip()))
            or re.match(REVISION_DATE_LINE, line.strip())  # REVISION_DATE_LINE: "（2023年修订）" dates the cover
        )
        # "二〇二〇年八月" as a cover prints it: its year in digits
        if dated and (year := re.search(r"\d{4}", CN_NUMERAL_YEAR.sub(_arabic_year, line))):
            return year.group()
        # COVER_DATE_LINES status lines at most; the issuers' names between them and the date do not
        # count ("市级国土空间总体规划编制指南" / "（试行）" / "征求意见稿" / "自然资源部" / "二〇二〇年八月", dev)
        if not all(ORGAN_NAME.match(name) for name in line.split()):
            others += 1
            if others > COVER_DATE_LINES:
                break
    return ""


def _run_on_cover(first: str, opening: str) -> tuple[str, str]:
    """The issuers and the year of a cover crawled onto one line, right after its title (RUN_ON_COVER):
    "…编制指南 （试行） 征求意见稿 自然资源部 二〇二〇年八月 前  言…" → ("自然资源部", "2020"); ("", "") when
    none follow it."""
    from plankg.loaders.rules.structure import RUN_ON_COVER
    from plankg.loaders.structure.front_matter import CN_NUMERAL_YEAR, _arabic_year

    at = first.find(opening) if opening else -1
    cover = RUN_ON_COVER.match(first, at + len(opening)) if at >= 0 else None
    if cover is None:
        return "", ""
    year = re.search(r"\d{4}", CN_NUMERAL_YEAR.sub(_arabic_year, cover.group("date")))
    return "、".join((cover.group("organs") or "").split()), year.group() if year else ""


def _glued_number(opening: str) -> str:
    """The notice's 文号 glued between a page's words and the notice title, or between the title and its addressees
    (GLUED_NUMBER: NUMBER_AFTER_PAGE_WORD, NUMBER_AFTER_NOTICE_TITLE), or between the page's words and the addressees
    (NUMBER_BEFORE_RECIPIENTS), or between spaces over the notice title (NUMBER_LINE_AS_SPACES), or after a portal
    block's disclosure scope (NUMBER_AFTER_DISCLOSURE_SCOPE); "" when there is none."""
    from plankg.loaders.rules.structure import (
        DISCLOSURE_MARK_OVER_NUMBER,
        NUMBER_AFTER_DISCLOSURE_SCOPE,
        NUMBER_AFTER_NOTICE_TITLE,
        NUMBER_AFTER_PAGE_WORD,
        NUMBER_BEFORE_NOTICE_TITLE,
        NUMBER_BEFORE_RECIPIENTS,
        NUMBER_LINE_AS_SPACES,
        TITLE_PAGE_PREFIX,
        doc_number_text,
    )

    found = (
        NUMBER_AFTER_PAGE_WORD.search(opening)
        or NUMBER_AFTER_NOTICE_TITLE.search(opening)
        or NUMBER_BEFORE_RECIPIENTS.search(opening)
        or NUMBER_LINE_AS_SPACES.search(opening)
        or NUMBER_AFTER_DISCLOSURE_SCOPE.search(opening)  # "…面向社会慈住建〔2023〕36号发布日期：…"
    )
    if found is None:
        # NUMBER_BEFORE_NOTICE_TITLE: "— 1 —南方监能市场〔2025〕146 号关于印发…的通知…"
        # DISCLOSURE_MARK_OVER_NUMBER: "公 开沪建房管联〔2021〕476 号关于…"
        found = NUMBER_BEFORE_NOTICE_TITLE.match(
            DISCLOSURE_MARK_OVER_NUMBER.sub("", TITLE_PAGE_PREFIX.sub("", opening.lstrip()))
        )
    return doc_number_text(found.group("number")) if found else ""


def _labelled_number(head: str) -> str:
    """The 文号 right after its label in a portal's table run onto one line (NUMBER_AFTER_LABEL), "" when none."""
    from plankg.loaders.rules.structure import NUMBER_AFTER_LABEL, NUMBER_LABEL_WINDOW, doc_number_text

    found = NUMBER_AFTER_LABEL.search(head[:NUMBER_LABEL_WINDOW])
    return doc_number_text(found.group("number")) if found else ""


def _printed_on(text: str) -> str:
    """The ISO date of the printing office's line in a notice's 版记 (PRINTED_ON), "" when it has none."""
    from plankg.loaders.rules.structure import PRINTED_ON
    from plankg.loaders.structure.front_matter import iso_date

    printed = PRINTED_ON.search(text)
    return iso_date(printed) if printed else ""


def _document_after_signature(head: str) -> tuple[str, str, str]:
    """The title, issuer and ISO date of a notice crawled onto one line whose signature and date run straight into the
    title of the document it names in 《》 (SIGNED_THEN_NAMED); ("", "", "") when there is none."""
    from plankg.loaders.rules.structure import (
        ISSUED_DOCUMENT,
        SIGNATURE_DATE_IN_RUN,
        SIGNED_THEN_NAMED_WINDOW,
    )
    from plankg.loaders.structure.front_matter import iso_date

    window = head[:SIGNED_THEN_NAMED_WINDOW]
    named = [(m.start(), m.group("title")) for m in ISSUED_DOCUMENT.finditer(window)]
    for signed in SIGNATURE_DATE_IN_RUN.finditer(window):
        after = window[signed.end() :]
        title = next((t for at, t in named if at < signed.start() and after.startswith(t)), "")
        if title:
            return title, signed.group("organs").strip(), iso_date(signed)
    return "", "", ""


def _signed_in_run(head: str) -> str:
    """The organs that sign a notice between its issuing sentence and its date, on one line with the date
    (SIGNED_IN_RUN, SIGNATURE_DATE_ON_LINE); "" when none sign so."""
    from plankg.loaders.rules.structure import ISSUING_SENTENCE, SIGNATURE_DATE_ON_LINE, SIGNED_THEN_NAMED_WINDOW

    window = head[:SIGNED_THEN_NAMED_WINDOW]
    issuing = ISSUING_SENTENCE.search(window)
    if issuing is None:
        return ""
    signers = (m.group("organs").strip() for m in SIGNATURE_DATE_ON_LINE.finditer(window, issuing.end()))
    return next((organs for organs in signers if organs), "")


def _export_title(exported: dict[str, str], head: str) -> str:
    """The title a Markdown export's front matter gives (EXPORT_TITLE), as the body prints it where a line
    matches it with EXPORT_TITLE_PLACEHOLDER standing for any one character; "" when it gives none."""
    from plankg.loaders.rules.structure import EXPORT_TITLE_AFFIXED_MIN, EXPORT_TITLE_PLACEHOLDER

    written = _without_site_trail(exported.get("title", ""))
    if not written:
        return ""
    pattern = "".join("." if ch == EXPORT_TITLE_PLACEHOLDER else re.escape(ch) for ch in written)
    printed = re.search(
        rf"(?m)^[^\S\n]*(?:<[^<>\n]*>)?[^\S\n]*(?P<title>{pattern})[^\S\n]*(?:<[^<>\n]*>)?[^\S\n]*$", head
    )
    if printed:
        return printed.group("title")
    # EXPORT_TITLE_AFFIXED: the title with a stray prefix or the site's suffix around the printed line's, which
    # may be a cover's first line over its qualifier lines ("（2025-2030 年）" / "（送审稿）": _headline)
    lines = [re.sub(r"^#{1,6}[ \t]+", "", raw.strip()) for raw in head.splitlines() if raw.strip()]
    key = unicodedata.normalize("NFKC", written)
    contained = [
        (len(line), i)
        for i, line in enumerate(lines)
        if len(line) >= EXPORT_TITLE_AFFIXED_MIN
        and (folded := unicodedata.normalize("NFKC", line)) != key
        and (key.startswith(folded) or key.endswith(folded))
        and _title_shaped(line)
    ]
    if not contained:
        return written
    start = max(contained)[1]
    headline = _headline(lines[start:])[0]
    return headline if headline.startswith(lines[start]) else lines[start]


def _without_site_trail(title: str) -> str:
    """A page title without the site's column and name after it, its last part naming the site (PAGE_TITLE_SITE), and
    without the site's name before it (SITE_BEFORE_TITLE)."""
    from plankg.loaders.rules.structure import PAGE_TITLE_SITE, PAGE_TITLE_TRAIL, SITE_BEFORE_TITLE

    title = SITE_BEFORE_TITLE.sub("", title, count=1)
    trail = PAGE_TITLE_TRAIL.search(title)
    if trail is None or trail.start() == 0 or PAGE_TITLE_SITE.search(title) is None:
        return title
    return title[: trail.start()].strip()


def _self_proposed_title(opening: str) -> tuple[str, str]:
    """The title of a proposal without a title line, from the sentence that puts it forward (SELF_PROPOSAL),
    without the speaker's words (SPOKEN_WORDS), and the body that puts it forward; ("", "") when the opening
    has none."""
    from plankg.loaders.rules.structure import SELF_PROPOSAL, SPOKEN_WORDS

    proposed = SELF_PROPOSAL.search(opening)
    if proposed is None:
        return "", ""
    subject = proposed.group("subject")
    for word in SPOKEN_WORDS:
        subject = subject.replace(word, "")
    return f"{proposed.group('by')}关于{subject}的建议", proposed.group("by")


def _self_revised_title(text: str) -> str:
    """The title a guide without a title line names where it provides for its own rolling
    revision (SELF_REVISED_TITLE); "" when it does not."""
    from plankg.loaders.rules.structure import SELF_REVISED_TITLE

    named = SELF_REVISED_TITLE.search(text)
    return named.group("title") if named else ""


def _later_edition_years(title: str, head: str) -> tuple[int, int] | None:
    """The years of an edition without a date that names the edition before it
    (EARLIER_EDITION): from its first goal year after that edition to its last (GOAL_YEAR)."""
    from plankg.loaders.rules.structure import EARLIER_EDITION, GOAL_YEAR, GOAL_YEAR_MAX_SPAN, GOAL_YEAR_WINDOW

    earlier = re.search(EARLIER_EDITION.format(title=re.escape(title)), head)
    if earlier is None:
        return None
    after = int(earlier.group("year"))
    goals = sorted(
        year
        for match in GOAL_YEAR.finditer(head[:GOAL_YEAR_WINDOW])
        if after
        < (year := int(match.group("year") or match.group("by") or match.group("end")))
        <= after + GOAL_YEAR_MAX_SPAN
    )
    return (goals[0], goals[-1]) if goals else None


def _title_term_years(title: str, issue_years: tuple[int, int] | None) -> tuple[int, int] | None:
    """The years from issue to goal (issue_to_goal_years), run on to the term a title counts (TITLE_TERM_YEARS)."""
    from plankg.loaders.rules.structure import TITLE_TERM_YEARS, cn_to_int

    term = TITLE_TERM_YEARS.search(title)
    if issue_years is None or term is None or NAMED_TITLE_YEAR.search(title) is not None:
        return issue_years
    start, end = issue_years
    return start, max(end, start + cn_to_int(term.group("count")) - 1)


def _annual_report_years(head: str) -> tuple[int, int] | None:
    """The one year a report's title lines name (ANNUAL_REPORT_LINE), None when they name none or several."""
    from plankg.loaders.rules.structure import ANNUAL_REPORT_LINE

    years = {int(m.group("year")) for m in ANNUAL_REPORT_LINE.finditer(head)}
    return (min(years), min(years)) if len(years) == 1 else None


def _annual_edition_years(head: str) -> tuple[int, int] | None:
    """The year of an annual edition its part headings name (ANNUAL_EDITION), when they name one."""
    from plankg.loaders.rules.structure import ANNUAL_EDITION

    years = {int(m.group("year")) for m in ANNUAL_EDITION.finditer(head)}
    if len(years) != 1:
        return None
    year = years.pop()
    return year, year


def _undated_action_plan_years(text: str) -> tuple[int, int] | None:
    """The years of an action plan whose only year is its goal year (UNDATED_ACTION_PLAN): the
    ACTION_PLAN_YEARS years ending in it; None for any other text."""
    from plankg.loaders.rules.structure import ACTION_PLAN_SELF, ACTION_PLAN_YEARS, GOAL_YEAR, NAMED_YEAR

    if ACTION_PLAN_SELF.search(text[:OPENING_WINDOW]) is None:
        return None
    named = {int(m.group("year")) for m in NAMED_YEAR.finditer(text)}
    goals = {int(m.group("year") or m.group("by") or m.group("end")) for m in GOAL_YEAR.finditer(text)}
    if len(named) != 1 or named != goals:
        return None
    end = named.pop()
    return end - ACTION_PLAN_YEARS + 1, end


def _work_report_year(head: str, text: str) -> tuple[int, int] | None:
    """The year a headline-less government work report is delivered in: the year of the part that sets its work
    (WORK_REPORT_PLAN_PART_YEAR), else the year after the first one it reviews (WORK_REPORT_REVIEWED_YEAR); None for
    any other text."""
    from plankg.loaders.rules.structure import (
        WORK_REPORT_OPENING,
        WORK_REPORT_PAST_YEAR,
        WORK_REPORT_PLAN_PART_YEAR,
        WORK_REPORT_REVIEW_CHARS,
        WORK_REPORT_REVIEWED_YEAR,
    )

    opening = WORK_REPORT_OPENING.match(head)
    if opening is None:
        return None
    planned = WORK_REPORT_PLAN_PART_YEAR.search(text)  # the part may lie beyond the head
    if planned is not None:
        return int(planned.group("year")), int(planned.group("year"))
    review = head[opening.end() : opening.end() + WORK_REPORT_REVIEW_CHARS]
    reviewed = WORK_REPORT_REVIEWED_YEAR.search(review)
    if reviewed is None or WORK_REPORT_PAST_YEAR.search(review) is None:
        return None
    written = reviewed.group("year").translate(str.maketrans("〇○零一二三四五六七八九", "000123456789"))
    year = int(written) + 1
    return year, year


def _state_council_report(head: str) -> bool:
    """Whether a headline-less work report is delivered for 国务院 (HEADLESS_NATIONAL_REPORT)."""
    from plankg.loaders.rules.structure import NATIONAL_REPORT_GOVERNMENT, WORK_REPORT_OPENING

    opening = WORK_REPORT_OPENING.match(head)
    return opening is not None and opening.group("body") == NATIONAL_REPORT_GOVERNMENT


def _interview(opening: str) -> tuple[str, str]:
    """The title and issuer of an interview whose headline was lost, from its lead
    (INTERVIEW_LEAD, INTERVIEW_SHORT_FORM, INTERVIEW_TITLE); ("", "") when the lead is none."""
    from plankg.loaders.rules.structure import INTERVIEW_LEAD, INTERVIEW_SHORT_FORM, INTERVIEW_TITLE

    lead = INTERVIEW_LEAD.search(opening)
    if lead is None:
        return "", ""
    short = lead.group("short")
    full = re.search(INTERVIEW_SHORT_FORM.format(short=re.escape(short)), opening[: lead.start()])
    document = full.group("full") if full else short
    return INTERVIEW_TITLE.format(speaker=lead.group("speaker"), document=document), lead.group("organ")


def _press_conference_organ(title: str, head: str) -> str:
    """The organ of the speaker a press conference's headline names, as the transcript labels him
    (PRESS_CONFERENCE_HEADLINE, PRESS_CONFERENCE_SPEAKER); "" otherwise."""
    from plankg.loaders.rules.structure import PRESS_CONFERENCE_HEADLINE, PRESS_CONFERENCE_SPEAKER

    speaker = PRESS_CONFERENCE_HEADLINE.match(title)
    if speaker is None:
        return ""
    label = PRESS_CONFERENCE_SPEAKER.format(
        post=re.escape(speaker.group("post")), name=re.escape(speaker.group("name"))
    )
    found = re.search(label, head)
    return found.group("organ") if found else ""


def _questioned_document(head: str) -> tuple[str, str]:
    """The document a bare Q&A asks about by its short form (INTERPRETED_QUESTION), as the text names it in
    full, and the body it says drew it up (QUESTIONED_DOCUMENT_DRAFTER); ("", "") when the text does not open
    with such questions or never names the document in full."""
    from plankg.loaders.rules.structure import (
        INTERPRETED_QUESTION,
        INTERPRETED_QUESTIONS_MIN,
        QUESTIONED_DOCUMENT_DRAFTER,
    )

    first = INTERPRETED_QUESTION.match(head.lstrip())
    if first is None:
        return "", ""
    short = first.group("short")
    if sum(m.group("short") == short for m in INTERPRETED_QUESTION.finditer(head)) < INTERPRETED_QUESTIONS_MIN:
        return "", ""
    named = rf"(?P<document>[^《》\n]{{2,80}}{re.escape(short)})"
    # the document a body is said to have drawn up, else the first the text names in full
    drafted = re.search(QUESTIONED_DOCUMENT_DRAFTER.format(document=named), head)
    if drafted is not None:
        return drafted.group("document"), drafted.group("organ")
    full = re.search(rf"《{named}》", head)
    return (full.group("document"), "") if full else ("", "")


def _interpreted_title(first: str, lines: list[str] | None = None, head: str = "") -> str:
    """The title of a 政策解读 whose opening paragraph names the document it interprets
    (INTERPRETED_DOCUMENT, INTERPRETED_TITLE), or names it with a short form its parts are about
    (INTERPRETED_BY_SECTIONS: the opening ``lines``), or a bare Q&A's questions ask about by a short form
    (INTERPRETED_QUESTION: ``head``); "" otherwise."""
    from plankg.loaders.rules.structure import (
        INTERPRETED_DOCUMENT,
        INTERPRETED_SECTION,
        INTERPRETED_SECTION_LINES,
        INTERPRETED_TITLE,
        SHORT_FORM_LEAD,
    )

    named = INTERPRETED_DOCUMENT.search(first)
    if named is not None:
        return INTERPRETED_TITLE.format(document=named.group("document"))
    asked = _questioned_document(head)[0]
    if asked:
        return INTERPRETED_TITLE.format(document=asked)
    short = SHORT_FORM_LEAD.search(first)
    if short is None or not lines:
        return ""
    section = re.compile(INTERPRETED_SECTION.format(short=re.escape(short.group("short"))))
    if any(section.match(line) for line in lines[1:INTERPRETED_SECTION_LINES]):
        return INTERPRETED_TITLE.format(document=short.group("document"))
    return ""


def _implemented_plan_years(body: str) -> tuple[int, int] | None:
    """The years of the plan the opening says the text carries out (IMPLEMENTED_PLAN_SPAN)."""
    from plankg.loaders.rules.structure import IMPLEMENTED_PLAN_SPAN, IMPLEMENTED_PLAN_WINDOW

    found = IMPLEMENTED_PLAN_SPAN.search(body.lstrip()[:IMPLEMENTED_PLAN_WINDOW])
    return (int(found.group("start")), int(found.group("end"))) if found else None


def _approved_plan_years(title: str, body: str) -> tuple[int, int] | None:
    """The years of the plan a reply approves (APPROVED_PLAN_SPAN), None for other texts."""
    from plankg.loaders.rules.structure import APPROVED_PLAN_SPAN, IMPLEMENTED_PLAN_WINDOW, REPLY_TITLE

    if REPLY_TITLE.search(title) is None:
        return None
    found = APPROVED_PLAN_SPAN.search(body.lstrip()[: 2 * IMPLEMENTED_PLAN_WINDOW])
    return (int(found.group("start")), int(found.group("end"))) if found else None


def _stage_schedule_years(text: str) -> tuple[int, int] | None:
    """The years from a plan's first dated stage to its last (STAGE_SCHEDULE), None without them."""
    from plankg.loaders.rules.structure import STAGE_SCHEDULE, STAGE_SCHEDULE_MAX_SPAN, STAGE_SCHEDULE_MIN

    stages = [m.group("dates") for m in STAGE_SCHEDULE.finditer(text)]
    years = [int(y) for dates in stages for y in re.findall(r"((?:19|20)\d{2})[ ]*年", dates)]
    if len(stages) < STAGE_SCHEDULE_MIN or not years or max(years) - min(years) > STAGE_SCHEDULE_MAX_SPAN:
        return None
    return min(years), max(years)


def _interpreted_number_years(lead: str) -> tuple[int, int] | None:
    """An interpretation's year: the year of the 文号 its lead gives the document it explains
    ("近日，…发布《关于…的指导意见》（环宣教〔2021〕49号，以下简称《意见》）" → 2021): an official
    interpretation comes out with the document (INTERPRETED_NUMBER)."""
    from plankg.loaders.rules.structure import INTERPRETED_EFFECTIVE, INTERPRETED_ISSUED, INTERPRETED_NUMBER

    numbered = INTERPRETED_NUMBER.search(lead) or INTERPRETED_EFFECTIVE.search(lead) or INTERPRETED_ISSUED.search(lead)
    return (int(numbered.group("year")), int(numbered.group("year"))) if numbered else None


def _standard_issue(text: str) -> tuple[str, str]:
    """The body an issued standard's cover names as issuing it and the ISO date it was issued
    (STANDARD_ISSUE_DATE, STANDARD_PUBLISHER); ("", "") for a draft or no standard."""
    from plankg.loaders.rules.structure import STANDARD_COVER_CHARS, STANDARD_ISSUE_DATE, STANDARD_PUBLISHER

    cover = text[:STANDARD_COVER_CHARS]
    dated = STANDARD_ISSUE_DATE.search(cover)
    publisher = STANDARD_PUBLISHER.search(cover)
    if dated is None or publisher is None:
        return "", ""
    return publisher.group("organ"), "{}-{:02d}-{:02d}".format(
        dated.group("y"), int(dated.group("m")), int(dated.group("d"))
    )


def _standard_proposer(text: str) -> str:
    """The body a standard's foreword says put it forward (STANDARD_PROPOSER), "" when none."""
    from plankg.loaders.rules.structure import STANDARD_FOREWORD_CHARS, STANDARD_PROPOSER

    proposed = STANDARD_PROPOSER.search(re.sub(r"[ \t\u3000]+", "", text[:STANDARD_FOREWORD_CHARS]))
    return proposed.group("organ") if proposed else ""


def _occasion_date(first: str) -> str:
    """The ISO date of a report's or speech's occasion line (REPORT_OCCASION), "" otherwise."""
    from plankg.loaders.rules.structure import REPORT_OCCASION
    from plankg.loaders.structure.front_matter import iso_date

    occasion = REPORT_OCCASION.match(first)
    return iso_date(occasion) if occasion else ""


def _column_week_date(opening: str) -> str:
    """The ISO date of the first day of the week a column tag names (COLUMN_WEEK_DATE), "" otherwise."""
    from plankg.loaders.rules.structure import COLUMN_WEEK_DATE
    from plankg.loaders.structure.front_matter import iso_date

    week = COLUMN_WEEK_DATE.search(opening)
    return iso_date(week) if week else ""


def _congress_report_body(opening: str) -> str:
    """The Central Committee a party congress's report is read for (CONGRESS_REPORT_BODY), "" otherwise."""
    from plankg.loaders.rules.structure import CONGRESS_REPORT_BODY, CONGRESS_REPORT_PARTY

    found = CONGRESS_REPORT_BODY.search(opening)
    return CONGRESS_REPORT_PARTY + found.group("body") if found else ""


def _state_council_speaker(opening: str) -> str:
    """国务院 when the opening's speaker reports for it (SPEAKER_LINE, STATE_COUNCIL_SPEAKER), "" otherwise."""
    from plankg.loaders.rules.structure import SPEAKER_LINE, STATE_COUNCIL

    found = SPEAKER_LINE.search(opening)
    return STATE_COUNCIL if found and found.group("body") == STATE_COUNCIL else ""


def _law_adopting_congress(title: str, opening: str) -> str:
    """The congress whose adoption a law's opening names (LAW_ADOPTING_CONGRESS), "" otherwise."""
    from plankg.loaders.rules.structure import DECREE_WINDOW, LAW_ADOPTING_CONGRESS, LAW_TITLE

    adopted = LAW_ADOPTING_CONGRESS.search(opening[:DECREE_WINDOW]) if LAW_TITLE.match(title) else None
    return adopted.group("body") if adopted else ""


def _decree_issuer(opening: str) -> str:
    """The organ whose order promulgates a rule (DECREE_ISSUER), "" when the opening names none."""
    from plankg.loaders.rules.structure import DECREE_DATE, DECREE_ISSUER

    # the date goes as a line break: a space after "（" would read as DECREE_ORGAN_SPLIT's broken organ
    decree = DECREE_ISSUER.search(DECREE_DATE.sub("\n", opening))
    return decree.group("organ") if decree else ""


def _adopting_meeting_organ(opening: str) -> str:
    """The organ whose meeting adopted the rule the order's sentence at the text's top promulgates
    (ADOPTING_MEETING_ORGAN), "" when the opening names none."""
    from plankg.loaders.rules.structure import ADOPTING_MEETING_ORGAN, DECREE_WINDOW

    adopted = ADOPTING_MEETING_ORGAN.search(opening[:DECREE_WINDOW])
    return adopted.group("organ") if adopted else ""


def _promulgated_title(opening: str) -> str:
    """The title of the rule an order at the text's top promulgates (PROMULGATED_DOCUMENT), "" otherwise."""
    from plankg.loaders.rules.structure import ADOPTED_AND_ISSUED, DECREE_WINDOW, PROMULGATED_DOCUMENT

    promulgated = PROMULGATED_DOCUMENT.search(opening[:DECREE_WINDOW])
    if promulgated is not None:
        return promulgated.group("title") or promulgated.group("published")
    adopted = ADOPTED_AND_ISSUED.search(opening[:DECREE_WINDOW])  # ADOPTED_AND_ISSUED
    return adopted.group("title") if adopted else ""


def _proposer(opening: str) -> str:
    """The bodies a notice or a reply names as having drawn up the document it issues or approves
    (PROPOSED_DOCUMENT), joined by 、; "" when it names none."""
    from plankg.loaders.rules.structure import PROPOSED_DOCUMENT

    found = PROPOSED_DOCUMENT.search(opening)
    if found is not None:
        return (found.group("proposer") or found.group("addressees")).strip("、")
    return _forwarded_document(opening)[0]


def _forwarded_document(opening: str) -> tuple[str, str]:
    """The bodies that drew up the document a forwarding notice's sentence names, joined by 、, and the
    document's title (FORWARDED_DOCUMENT); ("", "") when the sentence names none."""
    from plankg.loaders.rules.structure import DECREE_WINDOW, FORWARDED_DOCUMENT

    found = FORWARDED_DOCUMENT.search(opening[:DECREE_WINDOW])
    return (found.group("drafters").strip("、"), found.group("title")) if found else ("", "")


def _approved_annex_title(text: str) -> str:
    """The title of the plan a reply approves and carries as its annex (APPROVED_ANNEX), "" otherwise."""
    from plankg.loaders.rules.structure import APPROVED_DOCUMENT, DECREE_WINDOW

    approved = APPROVED_DOCUMENT.search(text[:DECREE_WINDOW])
    if approved is None:
        return ""
    annexed = re.search(r"附件[0-9一]?[：:]?[ \t\u3000]*《?" + re.escape(approved.group("title")), text)
    return approved.group("title") if annexed else ""


def _issuer_region(issuer: str) -> str:
    """The province an issuer's name opens with ("北京市地震局" → 北京); "" otherwise."""
    first = re.split(r"[、，,\s]+", issuer.strip(), maxsplit=1)[0]
    return next((r for r in PROVINCES if first.startswith(r)), "")


def _national(title: str) -> bool:
    """The title names the country or a central issuer (NATIONAL_ISSUERS), or opens with 全国
    or 国家 (NATIONAL_TITLE)."""
    from plankg.loaders.rules.structure import NATIONAL_ISSUERS, NATIONAL_TITLE

    return (
        any(name in title for name in NATIONAL_ISSUERS)
        or title.startswith("全国")
        or NATIONAL_TITLE.match(title) is not None
    )


def _validity_term_years(text: str, issued: str, issue_years: tuple[int, int] | None) -> tuple[int, int] | None:
    """VALIDITY_TERM: "自印发之日起施行，有效期5年" → (year of issue, year of issue + 5); an explicit
    start date ("自2024年3月4日起施行，有效期5年") counts from its year; "自发布之日起实施，有效期至2025年8月" →
    (year of issue, 2025) (VALID_UNTIL_FROM_ISSUE); None without a start."""
    from plankg.loaders.rules.structure import (
        TERM_FROM_NEW_YEAR,
        TERM_UNTIL,
        VALID_UNTIL_FROM_ISSUE,
        VALID_UNTIL_UNDATED_YEAR,
        VALIDITY_TERM,
        cn_to_int,
    )

    term = VALIDITY_TERM.search(text)
    if term is None:
        until = VALID_UNTIL_FROM_ISSUE.search(text) or TERM_UNTIL.search(text)  # TERM_UNTIL
        start_year = int(issued[:4]) if re.match(r"(?:19|20)\d{2}", issued or "") else None
        start_year = start_year or (issue_years[0] if issue_years is not None else None)
        if until is not None and until.groupdict().get("start"):
            start_year = int(until.group("start"))
        if until is not None and start_year is None and until.re is VALID_UNTIL_FROM_ISSUE:
            end = int(until.group("end"))
            named = (int(m.group("year")) for m in VALID_UNTIL_UNDATED_YEAR.finditer(text, 0, until.start()))
            start_year = max((year for year in named if year <= end), default=end)  # VALID_UNTIL_UNDATED
        if until is None or start_year is None or int(until.group("end")) < start_year:
            return None
        return start_year, int(until.group("end"))  # VALID_UNTIL_FROM_ISSUE
    n = term.group("n")
    count = int(n) if n.isdigit() else cn_to_int(n)
    if term.group("start"):
        start = int(term.group("start"))
        if (term.group("month"), term.group("day") or "1") == TERM_FROM_NEW_YEAR:
            return start, start + count - 1  # TERM_FROM_NEW_YEAR
    elif re.match(r"(?:19|20)\d{2}", issued or ""):
        start = int(issued[:4])
    elif issue_years is not None:
        start = issue_years[0]
    else:
        return None
    return start, start + count


def _published_next_year(issued: str, published: str) -> str:
    """The portal's publication date when it falls in the year after the signing date (PUBLISHED_NEXT_YEAR):
    the document's years start then; "" otherwise."""
    from plankg.loaders.rules.structure import PUBLISHED_NEXT_YEAR, PUBLISHED_NEXT_YEAR_MAX_DAYS

    if re.match(r"\d{4}-", issued) and re.match(r"\d{4}-", published):
        if int(published[:4]) - int(issued[:4]) != PUBLISHED_NEXT_YEAR:
            return ""
        try:
            gap = (datetime.date.fromisoformat(published[:10]) - datetime.date.fromisoformat(issued[:10])).days
        except ValueError:
            return published  # a date without its day: the year rule alone
        return published if gap <= PUBLISHED_NEXT_YEAR_MAX_DAYS else ""
    return ""


# TERM_FROM_NEW_YEARS_DAY (meta53, session 39): a December notice whose measures run from New Year's Day of the
# next year states that term as a span: "二、 合约 机制执行期限 / 2025 年 1 月 1 日至 2025 年 12 月 31 日。", signed
# "广西壮族自治区能源局 / 2024 年 12 月 24 日" (gx-gov-authorized-contracts-2025): its years start then, as
# EFFECTIVE_NEXT_YEAR's "自2025年1月1日起" does (once SPACED_SIGNATURE_AFTER_ANNEX_LIST found the date on one line,
# the year of signing read 2024-2025).
TERM_FROM_NEW_YEARS_DAY = r"(?<!\d){year}[ ]*年[ ]*1[ ]*月[ ]*1[ ]*日[ ]*(?:至|到|—|-|－|～|~)[ ]*{year}[ ]*年"


# NEXT_YEAR_WORK (meta54, session 40): a December notice that sets out how to do the next year's work is that year's
# document, as a title naming the year is (TITLE_OWN_YEAR): "为落实《国家发展改革委 国家能源局关于做好 2026 年电力
# 中长期合同签约履约工作的通知》…" signed "2025 年 12 月 12 日" (nf-midlong-contract-supervision-2025, judged 2026; read
# 2025), the same call the December notice hn-mlt-price-mechanism-2026 answers under a title naming 2026 (judged 2026).
NEXT_YEAR_WORK = r"做好[ ]*{year}[ ]*年"


def _effective_next_year(issued: str, text: str) -> str:
    """New Year's Day of the year after a December signature when the text's measures start then
    (EFFECTIVE_NEXT_YEAR); "" otherwise."""
    from plankg.loaders.rules.structure import EFFECTIVE_NEXT_YEAR, EFFECTIVE_NEXT_YEAR_MONTH

    dated = re.match(r"(\d{4})-(\d{2})-", issued)
    if dated is None or int(dated.group(2)) != EFFECTIVE_NEXT_YEAR_MONTH:
        return ""
    following = int(dated.group(1)) + 1
    starts = (EFFECTIVE_NEXT_YEAR, TERM_FROM_NEW_YEARS_DAY, NEXT_YEAR_WORK)  # TERM_FROM_NEW_YEARS_DAY, NEXT_YEAR_WORK
    return f"{following}-01-01" if any(re.search(p.format(year=following), text) for p in starts) else ""


def _own_notice_under_caption(head: str, title: str) -> str:
    """The title of the notice a page carries under its caption (政策原文) when that notice is itself the
    document, its provisions announced by 通知如下, and it names what the shorter page title does
    (VAULT_OWN_NOTICE); "" otherwise."""
    from plankg.loaders.rules.structure import (
        ISSUING_SENTENCE,
        OWN_NOTICE_PROVISIONS,
        OWN_NOTICE_TAIL_CHARS,
        OWN_NOTICE_TITLE,
        OWN_NOTICE_WINDOW,
        PAGE_CAPTIONS,
    )

    lines = head.split("\n")
    caption = next((k for k, line in enumerate(lines) if line.strip() in PAGE_CAPTIONS), None)
    if caption is None or len(title) < OWN_NOTICE_TAIL_CHARS:
        return ""
    body = [line.strip() for line in lines[caption + 1 :] if line.strip()]
    for k, line in enumerate(body):
        candidates = [line] + ([line + body[k + 1]] if k + 1 < len(body) else [])
        for candidate in candidates:
            notice = OWN_NOTICE_TITLE.fullmatch(candidate)
            if notice is None or title[-OWN_NOTICE_TAIL_CHARS:] not in candidate or candidate == title:
                continue
            after = "\n".join(body[k + 1 :])[:OWN_NOTICE_WINDOW]
            provisions = OWN_NOTICE_PROVISIONS.search(after)
            if provisions is not None and ISSUING_SENTENCE.search(after, 0, provisions.start()) is None:
                return candidate
    return ""


def _recipients_title(before_recipients: re.Match[str] | None) -> str:
    """A title run on into its addressees (TITLE_BEFORE_RECIPIENTS); a notice's or letter's that issues one
    document gives that document's (NOTICE_TITLE): "关于印发《…核安全检查报告》的函" → "…核安全检查报告"."""
    from plankg.loaders.rules.structure import NOTICE_TITLE, notice_document_title

    if before_recipients is None:
        return ""
    title = before_recipients.group("title")
    notice = NOTICE_TITLE.match(title)
    return notice_document_title(notice.group("title")) if notice is not None else title


def _energy_regulator(short: re.Match[str]) -> str:
    """The full name of a regional energy regulator named short (ENERGY_REGULATOR_SHORT)."""
    body = "监管局" if short.group("body") == "局" else "监管办公室"
    return f"国家能源局{short.group('region')}{body}"


class TextReading(NamedTuple):
    """One way guess_meta reads a text: its name (the rule's) and the text it makes of the text as it stands."""

    name: str
    read: Callable[[str], str]


def _as_it_stands(text: str) -> str:
    return text


# TEXT_READINGS: the readings guess_meta tries, in order. A later reading is tried only where every earlier one gave
# no title (the file stem) and it makes another text of it; the last reading tried stands. GLUED_BOLD_LINES: a one-line
# crawl of a page read as Markdown gives no title as it stands, its bold lines set apart again give one. A new reading
# of the kind is one more entry here, not one more branch in guess_meta.
TEXT_READINGS: tuple[TextReading, ...] = (
    TextReading("AS_IT_STANDS", _as_it_stands),
    TextReading("GLUED_BOLD_LINES", _glued_bold_lines),
)


class TitleClues(NamedTuple):
    """What _guess_meta has read off a text's opening by the time it titles it: the ISSUED_TITLE_READINGS and
    TITLE_READINGS read these."""

    head: str  # the opening as normalised, the crawler's header cut
    lines: list[str]  # the opening lines
    first: str  # the first of them
    front: FrontMatter | None
    notice: re.Match[str] | None  # the notice's title (NOTICE_TITLE)
    headline: str
    table_title: str  # a portal's metadata table's, title-shaped
    table_name: str  # the table's title field as it stands (TABLE_NAME_FIELD)
    keyed_title: str  # EXPORT_KEY_FIELD
    opening: str  # the title the first line opens with
    before_recipients: re.Match[str] | None  # TITLE_BEFORE_RECIPIENTS
    standard_cover: str  # STANDARD_COVER


class TitleReading(NamedTuple):
    """One way guess_meta titles a text: its name (the rule's) and what it reads off the clues ("" for none)."""

    name: str
    read: Callable[[TitleClues], str]


def _first_reading(readings: tuple[TitleReading, ...], clues: TitleClues) -> str:
    """What the first of ``readings`` that reads anything reads; "" when none does."""
    return next((found for reading in readings if (found := reading.read(clues))), "")


def _forwarded_document_title(c: TitleClues) -> str:
    """The document a forwarding text names; not for a 批转 notice, whose document is re-issued as the approving
    body's own, titled as its notice names it."""
    from plankg.loaders.rules.structure import APPROVED_FORWARDING

    return _forwarded_document(c.head)[1] if not (c.notice and c.notice.group("verb") == APPROVED_FORWARDING) else ""


def _notice_document(c: TitleClues) -> str:
    """The document the notice's title names (in full where the opening names it so), or the notice's title when it
    issues several."""
    from plankg.loaders.rules.structure import NOTICE_OWN_PROVISIONS_CHARS, SEVERAL_ISSUED, notice_document_title

    if not c.notice:
        return ""
    if SEVERAL_ISSUED.search(c.notice.group("title")):
        return c.notice.group()
    return _issued_in_full(notice_document_title(c.notice.group("title")), c.head[:NOTICE_OWN_PROVISIONS_CHARS])


# ISSUED_TITLE_READINGS: the readings guess_meta titles the document a notice issues by, in order; the first that
# reads one stands. A new way is one more entry here, at its place in the order, not one more term of an `or` chain.
ISSUED_TITLE_READINGS: tuple[TitleReading, ...] = (
    # the one document the issuing sentence names in 《》
    TitleReading(
        "ISSUED_DOCUMENT",
        lambda c: c.front.documents[0] if c.front is not None and len(c.front.documents) == 1 else "",
    ),
    TitleReading(
        "ISSUED_PLAN_OF_SEVERAL",
        lambda c: (
            _issued_plan_of_several(c.front.documents, c.notice.group("title") if c.notice else c.front.title)
            if c.front is not None
            else ""
        ),
    ),
    # its own title line after the notice's signature and date
    TitleReading(
        "TITLE_AFTER_NOTICE",
        lambda c: (
            _title_after_notice(c.head[c.front.end :], bool(c.front.title) and not c.front.own_body)
            if c.front is not None and c.front.issued and not c.front.documents
            else ""
        ),
    ),
    TitleReading("FORWARDED_DOCUMENT", _forwarded_document_title),
    TitleReading("NOTICE_TITLE", _notice_document),
    TitleReading("FRONT_MATTER_TITLE", lambda c: c.front.title if c.front is not None else ""),
    TitleReading("RUN_ON_NOTICE_TITLE", lambda c: _run_on_notice_title(c.lines[:2])),
    TitleReading("PROMULGATED_TITLE", lambda c: _promulgated_title(c.head)),
    TitleReading("HEADLINE_ISSUED_DOCUMENT", lambda c: _headline_issued_document(c.first)[0]),
)
# TITLE_READINGS: the readings guess_meta titles a text by where it issues no document it names, in order; the
# first that reads one stands (unwrapped), the file stem where none does.
TITLE_READINGS: tuple[TitleReading, ...] = (
    TitleReading("STANDARD_COVER", lambda c: c.standard_cover),
    TitleReading("EXPORT_KEY_FIELD", lambda c: c.keyed_title),
    TitleReading("HEADLINE", lambda c: c.headline),
    TitleReading("METADATA_TABLE", lambda c: c.table_title),
    TitleReading("INTERPRETED_TITLE", lambda c: _interpreted_title(c.first, c.lines, c.head)),
    TitleReading("OPENING_TITLE", lambda c: c.opening if _title_shaped(c.opening) else ""),
    TitleReading("TITLE_BEFORE_RECIPIENTS", lambda c: _recipients_title(c.before_recipients)),
    TitleReading("TABLE_NAME_FIELD", lambda c: c.table_name if _name_field_shaped(c.table_name) else ""),
)


# TABLE_NAME_FIELD (fixmeta53, round 53): a portal's metadata table names the document in its 名称 field, however its
# title ends: "名称: | 县卫健委2023年工作总结及2024年工作安排 | 文号: | |" (qingyang-health-summary-plan-2023, a county
# portal's table flattened into pipe-separated lines over a page with no headline). A title ending in none of the
# document kinds (安排) was read only as a title-shaped field; last of the readings, where none gives a title, the
# field stands when it is a name: a title's length, no sentence in it.
def _name_field_shaped(value: str) -> bool:
    from plankg.loaders.rules.structure import HEADLINE_BREAKS, TITLE_MAX_CHARS

    return (
        4 <= len(value) <= TITLE_MAX_CHARS
        and CJK.match(value) is not None
        and not any(ch in HEADLINE_BREAKS for ch in value)
    )


class IssuerClues(NamedTuple):
    """What _guess_meta has read off a text by the time it names the issuer: the ISSUER_READINGS read these."""

    text: str
    head: str  # the opening as normalised, the crawler's header cut
    lines: list[str]  # the opening lines
    first: str  # the first of them
    title: str  # the title found
    headline: str
    opening: str  # the title the first line opens with
    used: int  # the opening lines the headline took
    front: FrontMatter | None
    table: dict[str, str]  # a portal's metadata table
    exported: dict[str, str]  # an exporter's front matter
    red_head: re.Match[str] | None  # GLUED_RED_HEAD
    approving: str  # the body that approves a 批转 notice's document
    forwarded: re.Match[str] | None  # the forwarded document's title, its issuer in front
    headline_body: str  # the issuer a notice's headline names
    interviewer: str
    news: bool
    speaker: str  # SPEECH_PART_NOTE
    bylined: bool  # BYLINED_COVER
    cover_organs: str
    region: str
    run_on_cover: tuple[str, str]  # RUN_ON_COVER: (issuer, year)
    drafters: str
    standard_issuer: str
    closing_issuer: str
    signed_then_named: tuple[str, str, str]  # SIGNED_THEN_NAMED: (title, issuer, date)
    reprint_source: str  # NEWS_REPRINT: the organ a reprinting news page's lead names as its source


class IssuerReading(NamedTuple):
    """One way guess_meta names a text's issuer: its name (the rule's) and what it reads off the clues ("" for none)."""

    name: str
    read: Callable[[IssuerClues], str]


def _glued_red_head_organs(red_head: re.Match[str] | None) -> str:
    """The organs of a red head glued in front of the title, one 、 where each one's 文件 was (GLUED_RED_HEAD_GAPS)."""
    from plankg.loaders.rules.structure import RED_HEAD_INNER_FILE_WORD

    return RED_HEAD_INNER_FILE_WORD.sub("、", red_head.group("organs")) if red_head else ""


def _party_regulation_issuer(title: str) -> str:
    """The Party's Central Committee for a Party regulation's title (PARTY_REGULATION_ISSUER)."""
    from plankg.loaders.rules.structure import PARTY_CENTRAL_COMMITTEE, PARTY_REGULATION_TITLE

    return PARTY_CENTRAL_COMMITTEE if PARTY_REGULATION_TITLE.match(title) else ""


def _decree_window(head: str) -> str:
    from plankg.loaders.rules.structure import DECREE_WINDOW

    return head[:DECREE_WINDOW]


# ISSUER_READINGS: the readings guess_meta names the issuer by, in order; the first that names one stands. A new way
# to name the issuer is one more entry here, at its place in the order, not one more term of an `or` chain.
ISSUER_READINGS: tuple[IssuerReading, ...] = (
    IssuerReading("APPROVED_FORWARDING", lambda c: c.approving),
    IssuerReading("FORWARDED_TITLE_ISSUER", lambda c: c.forwarded.group("issuer") if c.forwarded else ""),
    IssuerReading("PROPOSER", lambda c: _proposer(_decree_window(c.head))),
    IssuerReading("RED_HEAD", lambda c: _red_head_issuer(c.lines, c.front.signed_by if c.front else "")),
    IssuerReading("GLUED_RED_HEAD_GAPS", lambda c: _glued_red_head_organs(c.red_head)),
    IssuerReading("FRONT_MATTER", lambda c: c.front.issuer if c.front else ""),
    IssuerReading("METADATA_TABLE", lambda c: c.table.get("issuer", "")),
    IssuerReading("EXPORT_METADATA", lambda c: c.exported.get("issuer", "")),
    IssuerReading("INTERVIEWER", lambda c: c.interviewer),
    IssuerReading("PRESS_CONFERENCE_SPEAKER", lambda c: _press_conference_organ(c.title, c.head) if c.news else ""),
    IssuerReading("CONGRESS_REPORT_BODY", lambda c: _congress_report_body(c.head[:OPENING_WINDOW])),
    IssuerReading("STATE_COUNCIL_SPEAKER", lambda c: _state_council_speaker(c.head[:OPENING_WINDOW])),
    IssuerReading("DECREE_ISSUER", lambda c: _decree_issuer(_decree_window(c.head))),
    IssuerReading("LAW_ADOPTING_CONGRESS", lambda c: _law_adopting_congress(c.title, c.head)),
    IssuerReading("HEADLINE_BODY", lambda c: c.headline_body),
    IssuerReading("HEADLINE_ISSUED_DOCUMENT", lambda c: _headline_issued_document(c.first)[1]),
    IssuerReading("SPEECH_PART_NOTE", lambda c: c.speaker),
    IssuerReading("LEAD_ISSUED_DOCUMENT", lambda c: _lead_issued_document(c.title, c.head)),
    IssuerReading("STORY_ISSUERS", lambda c: _story_issuers(c.title, c.head)),
    IssuerReading("NEWS_REPRINT_SOURCE", lambda c: c.reprint_source),
    IssuerReading("ISSUER_OF_HEADLINE", lambda c: _issuer_of_title(c.headline or c.opening or c.title)),
    IssuerReading("BYLINED_COVER", lambda c: c.cover_organs if c.bylined else ""),
    IssuerReading("OUTLINE_ISSUER", lambda c: _outline_issuer(c.title, c.region, c.head[:OPENING_WINDOW])),
    IssuerReading("REGULATION_ISSUER", lambda c: _regulation_issuer(c.title, c.head)),
    IssuerReading("PARTY_REGULATION_ISSUER", lambda c: _party_regulation_issuer(c.title)),
    IssuerReading("COVER_ISSUER", lambda c: _cover_issuer(c.lines[c.used :])),
    IssuerReading("RUN_ON_COVER", lambda c: c.run_on_cover[0]),
    IssuerReading("DRAFTERS", lambda c: c.drafters),
    IssuerReading("QUESTIONED_DOCUMENT", lambda c: _questioned_document(c.head)[1]),
    IssuerReading("STANDARD_ISSUE", lambda c: c.standard_issuer),
    IssuerReading("STANDARD_PROPOSER", lambda c: _standard_proposer(c.text)),
    IssuerReading("CLOSING_SIGNATURE", lambda c: c.closing_issuer),
    IssuerReading("SIGNED_THEN_NAMED", lambda c: c.signed_then_named[1] if c.title == c.signed_then_named[0] else ""),
    IssuerReading("SOURCE_ISSUER", lambda c: source_issuer(c.text[:8000])),  # named only as the page's source
    # … in a field a one-line crawl glued on
    IssuerReading("GLUED_HEADLINE_FIELD", lambda c: source_issuer("\n".join(c.lines[:2]))),
    IssuerReading("SIGNED_IN_RUN", lambda c: _signed_in_run(c.head)),
    # ISSUER_OF_FOUND_TITLE (fix26meta, round 26): a page whose first line is its accessibility toolbar ("页面" /
    # "大" / "小" / …) and whose title comes from its metadata table names its issuers in that title:
    # "广西壮族自治区能源局 国家能源局南方监管局关于2025年广西电力市场化交易工作有关事项的通知"
    # (gx-power-trading-2025); the toolbar word is no title to read them from. Last: a vault's
    # title "市市场监管局关于…的通知" names its issuer short, its signature and
    # source field "深圳市市场监督管理局" in full
    # (sz-banquet-food-safety-2026)
    IssuerReading("ISSUER_OF_FOUND_TITLE", lambda c: _issuer_of_title(c.title)),
    # ADOPTING_MEETING_ORGAN: last, below every signature and field (a page's full name "国家煤矿安全监察局" over
    # the meeting's short "国家煤矿安监局", nat-coal-rockburst-rules-2018)
    IssuerReading("ADOPTING_MEETING_ORGAN", lambda c: _adopting_meeting_organ(c.head)),
    IssuerReading(
        "VAULT_ISSUER_LIST", lambda c: source_name(c.exported.get(LISTED_ISSUER, ""))
    ),  # a vault's publishers
    IssuerReading("SPEAKER_UNDER_DATE", lambda c: _speaker_under_date(c.head)),
)


# SPEAKER_UNDER_DATE (fixmeta52, round 52): a speech printed under its headline gives its date in brackets, the
# speaker's name on a line of its own (letter-spaced) and the salutation: "（二〇二六年一月十五日）" / "浦 虹" /
# "同志们:" (lijiang-fyp15-proposal-explanation-2026, the party secretary's 说明 of the city's proposal;
# nat-19th-congress-report-2017's "（2017年10月18日）" / "习近平" / "同志们：" likewise, its issuer read before from
# the report's title). Last of the issuer readings: where nothing else names the issuer, the speaker is the text's
# (also in a crawl that lost its line breaks, "…的说明(二〇二六年一月十五日)浦 虹同志们:").
SPEAKER_UNDER_DATE = re.compile(
    r"[(（][〇○零一二三四五六七八九十\d]{4} ?年[^)）\n]{1,12}日[)）]\s*"
    r"(?P<name>[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3})\s*同志们[:：]"
)


def _speaker_under_date(head: str) -> str:
    spoken = SPEAKER_UNDER_DATE.search(head[:OPENING_WINDOW])
    return re.sub(r"[ \u3000]+", "", spoken.group("name")) if spoken is not None else ""


def _issuer_shaped(found: str) -> bool:
    """Whether a reading's ``found`` can be an issuer's name (ISSUER_SHAPE): something, no sentence, not a body's
    length."""
    from plankg.loaders.rules.structure import ISSUER_MAX_CHARS, ISSUER_SENTENCE_MARK

    return bool(found) and len(found) <= ISSUER_MAX_CHARS and ISSUER_SENTENCE_MARK.search(found) is None


def guess_meta(text: str, stem: str, sha256: str) -> PlanMeta:
    """Metadata for a plan without a manifest entry, read off its first lines: the portal's
    metadata table, the headline (joined when broken over lines), the notice that issues the
    plan, the opening line; the file stem when none of them gives a title. A text that gives none is read again
    as the later TEXT_READINGS make it (a one-line crawl with its bold lines apart: GLUED_BOLD_LINES)."""
    meta: PlanMeta | None = None
    for reading in TEXT_READINGS:
        read = reading.read(text)
        if meta is not None and read == text:
            continue  # the reading changes nothing: the earlier meta stands
        meta = _guess_meta(read, stem, sha256)
        if meta.title != stem:
            break
    assert meta is not None  # TEXT_READINGS starts with the text as it stands
    return meta


# SHARED_DOCUMENT_NAME (fixmeta52, round 52): a document-sharing site heads its copy with its own name for the
# file, the region in brackets before it and an update label after it: "(湖北省)荆州市公安县国民经济和社会发展
# 十四五规划(2022年更新)" over the outline's title "公安县国民经济和社会发展第十四个五年规划和 / 二 〇 三五年远景
# 目标纲要" (gongan-fyp14-outline-2020; alxa-left-banner-fyp14-outline-2021 and round 48's cm-fyp14-outline-2021
# likewise). The site's name is no line of the document: the text is read from the line after it, where its title
# and issuer are (from right after it in a crawl that lost its line breaks).
SHARED_DOCUMENT_NAME = re.compile(
    r"\s*[(（][^()（）\n]{2,8}(?:省|自治区|市)[)）][^\n]{4,60}?[(（]\s*\d{4}\s*年\s*更新\s*[)）][ \t\u3000]*(?:\r?\n)?"
)


def _guess_meta(text: str, stem: str, sha256: str) -> PlanMeta:
    """guess_meta's reading of ``text`` as it stands."""
    shared = SHARED_DOCUMENT_NAME.match(text)
    text = text[shared.end() :] if shared is not None else text  # SHARED_DOCUMENT_NAME
    from plankg.loaders.rules.structure import (
        APPROVED_FORWARDING,
        BOOKLET_PART_TITLE,
        BULLETIN_TITLE,
        COMMENT_DRAFT_MARK,
        COVER_LINES,
        DATELINE_HEADLINE,
        DELEGATED_REPORT,
        DOC_NUMBER_AFTER_TITLE,
        DOC_NUMBER_TITLE_TAIL,
        ENERGY_REGULATOR_SHORT,
        ESCAPED_BRACKET,
        EXPERIENCE_SHARED_TITLE,
        EXPORT_KEY_TITLE,
        FEEDBACK_LETTER_TITLE,
        FORWARDING,
        GLUED_RED_HEAD,
        HEADLINE_COLUMN_BAR,
        HEADLINE_COLUMN_TAG,
        HEADLINE_END,
        INTERPRETATION_LEAD,
        INTERPRETATION_LEAD_CHARS,
        INTERPRETATION_WORDS,
        INTERPRETER_TITLE,
        ISSUING_SENTENCE,
        NATIONAL_REGION,
        NATIONAL_REPORT_GOVERNMENT,
        NESTED_TITLE_MARKS,
        NEWS_HEADLINE_DOCUMENT,
        NEXT_YEAR_PLAN_PART,
        NOT_A_TITLE_LINE,
        NOTICE_OWN_PROVISIONS,
        NOTICE_OWN_PROVISIONS_CHARS,
        NOTICE_TITLE,
        NUMBER_IN_ISSUER,
        OPINIONS_REPORT,
        ORDINAL_PERIOD,
        PROPOSAL_HEADLINE,
        RECIPIENTS,
        REPORT_CITED_YEARS,
        REPORT_QUOTED,
        REPORT_RULE_TITLE,
        REPORT_WORDS,
        REPOSTED_HEADLINE,
        SHORT_GOVERNMENT,
        SITE_BEFORE_TITLE,
        SPEECH_TITLE,
        SQUARE_NUMBER_BRACKETS,
        STANDARD_COVER,
        STANDARD_COVER_ONE_LINE_CHARS,
        STATED_SPAN,
        TITLE_BEFORE_NUMBER,
        TITLE_BEFORE_RECIPIENTS,
        TITLE_EDITION_YEAR,
        TITLE_FOOTNOTE_MARK,
        TITLE_ISSUER,
        TITLE_MAX_CHARS,
        TITLE_YEAR_SPAN,
        VALIDITY_SPAN,
        doc_number_text,
    )
    from plankg.loaders.structure.front_matter import find_front_matter, issue_to_goal_years
    from plankg.loaders.text.furniture import crawler_header_cut
    from plankg.loaders.text.normalise import normalise

    # no control characters or site furniture in a title, nor a crawler's header (CRAWLER_HEADER)
    uncut = normalise(text[:8000])
    head = crawler_header_cut(uncut).text
    # CRAWLER_HEADER: the page's 标题 stands for its first line where a region is read from the opening line (the
    # body's first sentence, "…纲要 2016年6月17日福建省人民政府批复", names the approving province, not the plan's)
    crawled = len(head) != len(uncut.text)
    head = ESCAPED_BRACKET.sub(r"[\1]", head)  # ESCAPED_BRACKET: "苏商运\[2025\]56号" is 苏商运[2025]56号
    front = find_front_matter(head)
    table = metadata_table(text[:8000])
    exported = export_metadata(text)
    # TITLE_FOOTNOTE_MARK: "…统计公报[1]" is the headline, the mark its note's
    lines = [TITLE_FOOTNOTE_MARK.sub("", line) for line in _opening_lines(head)]
    dateline = DATELINE_HEADLINE.match(lines[0]) if lines else None
    if dateline is not None:
        lines[0] = lines[0][dateline.end() :]  # DATELINE_HEADLINE: "新华社北京3月17日电题:" before the headline
    site = SITE_BEFORE_TITLE.match(lines[0]) if lines else None
    if site is not None:
        lines[0] = lines[0][site.end() :]  # SITE_BEFORE_TITLE: "凤凰县政府门户网站-关于《…》的说明"
    red_head = GLUED_RED_HEAD.match(lines[0]) if lines else None
    if red_head is not None:
        lines[0] = lines[0][red_head.end() :]  # the title after the red head glued in front (GLUED_RED_HEAD)
    first = lines[0] if lines else stem
    headline, used = _cover_title(lines)
    cover_title, cover_organs, cover_end = _bylined_cover(lines)
    below = cover_end > used and not _title_shaped(headline)  # not under a headline that names a document itself
    if cover_title and cover_title not in headline and (not headline or below):
        headline, used = cover_title, cover_end  # BYLINED_COVER: the document's own cover under the page's headline
    bylined = bool(cover_organs) and headline == cover_title
    headline = _headline_over_number(headline, lines[used:])  # PAGE_TITLE_WITH_NUMBER
    # HEADLINE_COLUMN_TAG, HEADLINE_COLUMN_BAR: the column's label glued to a headline below the page's first line
    # ("【文字解读】《莱山区“十四五”教育事业发展规划》的解读" under the page's 首页 and fields,
    # ls-edu-14fyp-interp-2022)
    untagged = HEADLINE_COLUMN_BAR.sub("", HEADLINE_COLUMN_TAG.sub("", headline))
    headline = untagged if _title_shaped(untagged) else headline
    reposted = REPOSTED_HEADLINE.match(headline)
    if reposted is not None and NOTICE_TITLE.match(headline) is None:
        unmarked = reposted.group("before") or reposted.group("after")
        headline = unmarked if _title_shaped(unmarked) else headline  # REPOSTED_HEADLINE: the plan's title unmarked
    notice = (
        NOTICE_TITLE.match(headline)
        or NOTICE_TITLE.match(table.get("title", ""))
        or (_run_on_notice(lines[:2]) if not headline else None)
        # RUN_ON_NOTICE_TITLE: a notice title run on into whatever follows it on one line, cut where the body
        # begins (TITLE_END_BOUNDARY): "…实施细则的通知-广州市人力资源和社会保障局网站穗人社规字〔2022〕2号…"
        or (NOTICE_TITLE.fullmatch(_opening_title(first)) if not headline and len(first) > TITLE_MAX_CHARS else None)
    )
    table_title = table.get("title", "") if _title_shaped(table.get("title", "")) else ""
    # LONG_COLUMN_TAG, INTERPRETER_TITLE: a portal's 标题 field keeps its column's tag; a leader's 解读 of a plan
    # ends with the plan's name
    untagged_field = HEADLINE_COLUMN_TAG.sub("", table.get("title", ""))
    if not table_title and (_title_shaped(untagged_field) or INTERPRETER_TITLE.fullmatch(untagged_field)):
        table_title = untagged_field
    keyed = EXPORT_KEY_TITLE.search(text[:8000])  # EXPORT_KEY_FIELD: an exporter's "Title\t…" row
    keyed_title = keyed.group("title") if keyed is not None and _title_shaped(keyed.group("title")) else ""
    cut = TITLE_BEFORE_NUMBER.match(first)
    opening = cut.group("title") if cut else _opening_title(first)
    rest = first[len(opening) :] if opening and not headline else ""
    before_recipients = TITLE_BEFORE_RECIPIENTS.match(first)
    # STANDARD_COVER: a standard's cover crawled onto one line, its title after its number
    standard = STANDARD_COVER.search(first[:STANDARD_COVER_ONE_LINE_CHARS])
    standard_cover = re.sub(r"[ \u3000]+", "", standard.group("title")) if standard else ""
    title_clues = TitleClues(
        head=head,
        lines=lines,
        first=first,
        front=front,
        notice=notice,
        headline=headline,
        table_title=table_title,
        table_name=table.get("title", ""),
        keyed_title=keyed_title,
        opening=opening,
        before_recipients=before_recipients,
        standard_cover=standard_cover,
    )
    # The plan a notice issues, as its issuing sentence names it in 《》 when it names one only,
    # else as its own title line after the notice's signature and date, else as the notice's
    # title names it; not the notice.
    issued_title = _first_reading(ISSUED_TITLE_READINGS, title_clues)
    opening_part = head[:NOTICE_OWN_PROVISIONS_CHARS]
    headed = notice or next((m for line in lines[:COVER_LINES] if (m := NOTICE_TITLE.match(line))), None)
    if (
        headed is not None
        and headed.group("verb") == "印发"
        and not (front is not None and front.documents)
        and ISSUING_SENTENCE.search(opening_part) is None
        and NOTICE_OWN_PROVISIONS.search(opening_part) is not None
    ):
        issued_title = headed.group()  # NOTICE_OWN_PROVISIONS: the notice rules itself; titled as it is headed
    read_title = _unwrap(issued_title).translate(str.maketrans(*NESTED_TITLE_MARKS)) or _unwrap(
        _first_reading(TITLE_READINGS, title_clues)
    )
    title = read_title or stem
    # TITLE_LOST_NOT_NAMED_SO: the title is lost when no reading gave one and the file name stands in, not when the
    # file is named as the text is titled ("2021年科技工作要点.txt" whose first line is "2021年科技工作要点": read as a
    # lost title, its line was taken for a news headline and the work plan called an interpretation)
    title_lost = not read_title

    def lost() -> bool:
        """The file name still stands for the title (no later reading replaced it)."""
        return title_lost and title == stem

    if lost() and lines and (part := BOOKLET_PART_TITLE.match(lines[0])) is not None:
        title = part.group("title")  # BOOKLET_PART_TITLE: "第一 习总书记对深度贫困地区脱贫的要求"
    title = _approved_annex_title(normalise(text[:ANNEX_WINDOW]).text) or title
    national = False
    interviewer = ""
    signed_then_named = _document_after_signature(head)  # SIGNED_THEN_NAMED
    if lost() or NOT_A_TITLE_LINE.search(title):
        # an interview that lost its headline is titled from its lead (INTERVIEW_TITLE); a text
        # without a title line (a PDF extraction that starts at its 序言) names itself
        interview, interviewer = _interview(head[:INTERPRETATION_LEAD_CHARS])
        named, national = _self_named_title(head[:OPENING_WINDOW])
        proposal, proposer = _self_proposed_title(head[:OPENING_WINDOW])
        # REPEATED_NEWS_HEADLINE: a Q&A reported under its page's own headline is titled by it, not from its lead
        reported = _repeated_headline(lines) if interview else ""
        title = (
            reported
            or interview
            or signed_then_named[0]  # SIGNED_THEN_NAMED
            or named
            or _self_revised_title(text)
            or proposal
            or _export_title(exported, head)
            or title
        )
        interviewer = interviewer or (proposer if title == proposal else "")
        if lost() and (delegated := DELEGATED_REPORT.search(head[:OPENING_WINDOW])) is not None:
            # DELEGATED_REPORT: "受国务院委托，现就…报告如下" → 国务院关于…的报告
            title = f"{delegated.group('body')}关于{delegated.group('subject')}的报告"
            interviewer = interviewer or delegated.group("body")
    title = _own_notice_under_caption(head, title) or title  # VAULT_OWN_NOTICE
    headline_news = _news_headline_in_cover(lines)
    proposal_headline = lost() and PROPOSAL_HEADLINE.search(headline_news) is not None  # PROPOSAL_HEADLINE
    news = lost() and bool(headline_news) and not proposal_headline
    title = headline_news if news or proposal_headline else title
    reprint = _news_reprint(lines, headline_news) if news else None
    if reprint is not None:
        title, news = reprint[0], False  # NEWS_REPRINT: the document the news page prints whole, not news about it
    title = HEADLINE_COLUMN_BAR.sub("", title)  # HEADLINE_COLUMN_BAR: the column glued on, whichever line gave it
    undrafted = COMMENT_DRAFT_MARK.sub("", title)
    title = undrafted or title  # COMMENT_DRAFT_MARK: "…十条措施（征求意见稿）" is titled …十条措施
    drafters, drafted_title = _drafted_by(head[:OPENING_WINDOW], title)
    if drafted_title and TITLE_EDITION_YEAR.search(title) is None:
        title = drafted_title  # the edition the preamble gives ("（2021版）") under a bare cover title
    delivered = _delivered_report_title(title, head[:OPENING_WINDOW], lost=lost())
    if delivered:
        title = headline = delivered
    speaker = _speech_part_speaker(text)  # SPEECH_PART_NOTE
    kind: PlanKind = (
        "report"
        if speaker
        else "interpretation"
        if (
            news
            and SPEECH_TITLE.search(title) is None
            and NEWS_HEADLINE_DOCUMENT.search(REPORT_QUOTED.sub("", title)) is None
        )  # SPEECH_DIGEST: a paper prints the speech, reports none; NEWS_HEADLINE_DOCUMENT
        or any(w in title for w in INTERPRETATION_WORDS)
        or INTERPRETATION_LEAD.search(head[:INTERPRETATION_LEAD_CHARS]) is not None
        else "report"
        if (
            any(w in REPORT_QUOTED.sub("", title) for w in REPORT_WORDS)
            and OPINIONS_REPORT.search(title) is None
            and REPORT_RULE_TITLE.search(title) is None  # REPORT_RULE_TITLE
        )
        or SPEECH_TITLE.search(title) is not None
        or BULLETIN_TITLE.search(title) is not None
        or FEEDBACK_LETTER_TITLE.search(title) is not None  # FEEDBACK_LETTER_TITLE
        or EXPERIENCE_SHARED_TITLE.search(title) is not None  # EXPERIENCE_SHARED_TITLE
        or (bylined and title == headline and HEADLINE_END.search(title) is None)  # BYLINED_REPORT
        else "plan"
    )
    # NEWS_BODY_PERIOD (fix26meta, round 26): a news report's body names the period of the plans it reports on
    # ("为“十五五”时期经济社会高质量发展作出重要贡献", a press conference of 2026-01-06,
    # nat-green-consumption-presser-2026): not its own; only a period its headline names is
    report_year = _work_report_year(head, text)  # a headline-less work report's year, read once
    # LATEST_TEXT_PERIOD: not for a work report, whose review names the period it closed first (REVIEWED_PERIOD)
    period = _period(title, "" if news else text, kind, latest=report_year is None)
    # REPORT_CITED_YEARS: the years a report's title quotes in 《》 are the cited plan's
    years = _years(REPORT_QUOTED.sub("", title) if REPORT_CITED_YEARS and kind == "report" else title, period)
    # The region named in the title, else in the opening line (a text that starts with its
    # first paragraph: "“十二五”是上海创新驱动…"), else in the issuer a page's metadata names (a
    # district's plan titled "黄浦区城市更新“十五五”规划", 发布单位: 上海市黄浦区人民政府办公室).
    # Not from a notice's addressee line (RECIPIENTS): "各省、自治区、直辖市…，新疆生产建设兵团…："
    # names places the notice goes to, not whose plan it is (round 7). Last, from the body whose
    # notice issues or forwards the document: a forwarded opinion's title ("发展改革委关于坚决制止电站
    # 项目无序建设意见", 国务院批转) names no place, its forwarder 国务院 is the country's.
    headline_body = (notice.group("issuer") or "").strip() if notice else ""
    named_issuers = ((front.issuer if front else ""), table.get("issuer", ""), exported.get("issuer", ""))
    region = (
        next((r for r in PROVINCES if r in title), "")
        or (
            next((r for r in PROVINCES if r in _opening_sentence(exported.get("title", "") if crawled else first)), "")
            if not RECIPIENTS.match(first)
            else ""
        )
        or (NATIONAL_REGION if national or _national(title) else "")
        or next((r for named in named_issuers for r in PROVINCES if named.startswith(r)), "")
        or (NATIONAL_REGION if headline_body and _national(headline_body) else "")
        or next((r for r in PROVINCES if headline_body.startswith(r)), "")
    )
    glued = DOC_NUMBER_AFTER_TITLE.match(rest.lstrip()) or (
        DOC_NUMBER_AFTER_TITLE.fullmatch(lines[used]) if 0 < used < len(lines) else None
    )
    verb = notice.group("verb") if notice else ""
    forwarded = TITLE_ISSUER.match(notice.group("title")) if notice and verb == FORWARDING else None
    approving = headline_body if verb == APPROVED_FORWARDING else ""
    plan_id = plan_id_from_name(stem)
    doc_number = (
        (front.doc_number if front else "")
        or table.get("doc_number", "")
        or exported.get("doc_number", "")
        # NUMBER_TITLE_TAIL_CUT: "…的通知吉政办发〔2021〕51号" run on, the title's tail is no part of the number
        or (doc_number_text(DOC_NUMBER_TITLE_TAIL.sub("", glued.group("number"))) if glued else "")
        or _glued_number(head[:OPENING_WINDOW])
        or _labelled_number(head)  # NUMBER_AFTER_LABEL
        or (doc_number_text(red_head.group("number")) if red_head else "")
    ).translate(SQUARE_NUMBER_BRACKETS)  # SQUARE_NUMBER_BRACKETS: "苏商运[2025]56号" is 苏商运〔2025〕56号
    closing_issuer, closing_date = _closing_signature(text[: _announced_annex_start(text)])
    standard_issuer, standard_date = _standard_issue(text)
    issued = (
        (front.issued if front else "")
        or table.get("issued", "")
        or exported.get("issued", "")
        or standard_date
        or closing_date
        or table.get("published", "")  # PUBLISHED_ONLY: a page dated only by its publication
        or _column_week_date(head[:OPENING_WINDOW])  # COLUMN_WEEK_DATE: … or by the week its column ran it
        or _occasion_date(first)
        or (_news_dateline(lines, title) if news else "")  # NEWS_DATELINE
        or (signed_then_named[2] if title == signed_then_named[0] else "")  # SIGNED_THEN_NAMED
        or _printed_on(text)  # PRINTED_ON
    )
    # RUN_ON_COVER: a cover crawled onto one line, after a title (not a sentence that ends in a document kind)
    run_on_cover = _run_on_cover(first, opening) if _title_shaped(opening) else ("", "")
    # a title without years: from the year of issue to the opening's last goal year (GOAL_YEAR)
    edition = TITLE_EDITION_YEAR.search(title)
    issue_years = issue_to_goal_years(
        head[front.end :] if front else head,
        _published_next_year(issued, table.get("published", ""))
        or _effective_next_year(issued, text)
        or issued
        or (edition.group("year") if edition else "")
        or (_cover_date_year(lines[used:]) if headline else "")
        or run_on_cover[1]
        or (_work_year(head[front.end :] if front else head) if kind == "plan" and not doc_number else "")
        or (_notice_subject_year(head) if not doc_number else ""),
        doc_number,
    )
    # The title names its own period or span: a period only the body names gives way below (BODY_PERIOD_…)
    title_dates = TITLE_PERIOD.search(title) or ORDINAL_PERIOD.search(title) or TITLE_YEAR_SPAN.search(title)
    if period and years and issue_years and not title_dates and issue_years[1] > years[1]:
        # BODY_PERIOD_OUTRUN: a period only the body names ("完成“十二五”规划任务") is not the
        # document's when it was issued with goals beyond the period's end (到2020年, 国办发〔2014〕25号)
        period, years = "", None
    if period and years and issue_years and not title_dates and issue_years[0] < years[0] - 1:
        # BODY_PERIOD_AHEAD: a period only the body names that starts two or more years after the document was
        # issued is a plan still to be drawn up ("将在编制国家“十一五”规划中，统筹考虑你省的要求", 国办函〔2004〕25号),
        # not the document's own: plans are issued in their period or the year before it
        period, years = "", None
    if period and years and issue_years and not title_dates and years[0] < issue_years[0] <= years[1]:
        # BODY_PERIOD_FROM_ISSUE: a document issued inside a period only its body names ("“十五”期间电力体制改革的
        # 主要任务是…", 国发〔2002〕5号) runs from its year of issue to the period's end: 2002-2005, not 2001-2005
        years = (issue_years[0], years[1])
    if period and years and report_year and not title_dates and report_year[0] > years[1]:
        # REVIEWED_PERIOD: a headline-less work report's review names the periods it closed ("“十二五”规划胜利完成，
        # “十三五”规划顺利实施", nat-gwr-2018); it is the report of its year (TERM_END_REPORT), not a 十二五 plan
        period, years = "", report_year
    stated = STATED_SPAN.search(text) or VALIDITY_SPAN.search(text)
    term = _validity_term_years(text, issued, issue_years)
    if (
        years is not None
        and not period
        and years[0] == years[1]
        and TITLE_YEAR_SPAN.search(title) is None
        and term is not None
        and term[0] == years[0] < term[1]
    ):
        # TERM_OVER_TITLE_YEAR: "关于印发我市2025年最低生活保障及相关社会救助标准的通知" … "本通知有效期1年" (signed
        # 2025年5月30日, gz-social-assistance-std-2025): the year a title names is where the document's own term
        # starts, the term its years (2025-2026; round 15's gold, as every term the rounds' texts state)
        years = term
    if (
        years is not None
        and kind == "report"
        and not period
        and years[0] == years[1]
        and re.search(NEXT_YEAR_PLAN_PART.format(year=years[0] + 1), head) is not None
    ):
        years = (years[0], years[0] + 1)  # NEXT_YEAR_PLAN_IN_REPORT
    years = (
        years
        or ((int(stated.group("start")), int(stated.group("end"))) if stated else None)
        or term
        or _approved_plan_years(title, head[front.end :] if front else head)
        or _title_term_years(title, issue_years)  # TITLE_TERM_YEARS
        or _later_edition_years(title, head)
        or _annual_edition_years(head)
        or (_interpreted_number_years(head[:INTERPRETATION_LEAD_CHARS]) if kind == "interpretation" else None)
        or _implemented_plan_years(head[front.end :] if front else head)
        or (_stage_schedule_years(text) if kind == "plan" else None)
        or (_undated_action_plan_years(text) if kind == "plan" and not issued and not doc_number else None)
        or (_annual_report_years(head) if kind == "report" else None)  # ANNUAL_REPORT_LINE
        or report_year  # WORK_REPORT_REVIEWED_YEAR
    )
    if lost() and years is not None and report_year == years and _state_council_report(head):
        title = f"{years[0]}年{NATIONAL_REPORT_GOVERNMENT}政府工作报告"  # HEADLESS_NATIONAL_REPORT
    clues = IssuerClues(
        text=text,
        head=head,
        lines=lines,
        first=first,
        title=title,
        headline=headline,
        opening=opening,
        used=used,
        front=front,
        table=table,
        exported=exported,
        red_head=red_head,
        approving=approving,
        forwarded=forwarded,
        headline_body=headline_body,
        interviewer=interviewer,
        news=news,
        speaker=speaker,
        bylined=bylined,
        cover_organs=cover_organs,
        region=region,
        run_on_cover=run_on_cover,
        drafters=drafters,
        standard_issuer=standard_issuer,
        closing_issuer=closing_issuer,
        signed_then_named=signed_then_named,
        reprint_source=reprint[1] if reprint is not None else "",
    )
    issuer = next((found for reading in ISSUER_READINGS if _issuer_shaped(found := reading.read(clues))), "")
    # FULLER_ISSUER: a notice title names a district's office without its city ("黄浦区人民政府办公室"),
    # the portal's 发布单位 in full ("上海市黄浦区人民政府办公室"): the full name is the issuer's
    # and so does the notice's headline over a page's short 发布单位 ("上海市奉贤区柘林镇人民政府关于印发…的通知" /
    # "发布单位: 奉贤区柘林镇人民政府", zl-heritage-14 with its export's front matter on one line: GLUED_FRONT_MATTER),
    # also where the page calls a government as it calls itself (SHORT_GOVERNMENT)
    # TITLE_NAMES_ISSUER_IN_FULL (fixmeta41, round 40): a letter-spaced red head broken over two lines,
    # "广 西 壮 族 自 治 区" / "能 源 局 文 件" over "桂能电力〔2025〕11号" (gx-midlong-contract-signing-2025,
    # gx-gov-authorized-contracts-2025), gives only its organ line, "能源局", where the headline
    # "广西壮族自治区能源局关于…的通知" names the body in full
    fuller = (*named_issuers, headline_body, _issuer_of_title(title), _placed_issuer_of_title(title, issuer))
    issuer = next(
        (
            n
            for n in fuller
            if issuer and n != issuer and (n.endswith(issuer) or n.replace(*SHORT_GOVERNMENT).endswith(issuer))
        ),
        issuer,
    )
    issuer = _issuers_in_full(issuer, lines)
    issuer = ENERGY_REGULATOR_SHORT.sub(_energy_regulator, issuer)  # ENERGY_REGULATOR_SHORT
    numbered = NUMBER_IN_ISSUER.search(issuer)
    if numbered is not None and _issuer_shaped(issuer[numbered.end() :].strip()):
        issuer = issuer[numbered.end() :].strip()  # NUMBER_IN_ISSUER: the page's words and 文号 glued in front
    # ISSUER_REGION: a text that names no place in its title or opening is the province of whoever issued it,
    # however that was found (a signature, a red head, a cover): "北京市地震局" / "2021年9月" → 北京. (A central
    # body's signature, "生态环境部", "国家医保局", would give 全国 the same way, but the successions inferred over
    # the scored texts then link four national guides and opinions by generic title words - 标准体系…指南,
    # 生态环境保护 - that a region-less plan was kept out of: left until succession inference guards 全国 pairs.)
    region = region or _issuer_region(issuer)
    return PlanMeta(
        id=plan_id,
        title=title,
        region=region,
        period=period,
        start_year=years[0] if years else None,
        end_year=years[1] if years else None,
        kind=kind,
        issuer=issuer,
        doc_number=doc_number,
        issued=issued,
    )


def export_metadata(text: str) -> dict[str, str]:
    """Issuer, 文号 and date from the front matter of a Markdown export (EXPORT_META_KEYS); empty
    when the text has none. Read as ``key: value`` lines, not as YAML: exporters write values
    YAML refuses ("文号: -" for none)."""
    from plankg.loaders.rules.structure import EXPORT_META_KEYS, EXPORT_TITLE_KEYS, NO_VALUE
    from plankg.loaders.text.furniture import metadata_block

    block = metadata_block(text.lstrip("\ufeff\r\n"))
    if block is None:
        return {}
    if block.glued:
        return _glued_export_metadata(block.match.group("body"))
    found: dict[str, str] = {}
    listed = _vault_issuer_items(block.match.group().splitlines())  # VAULT_ISSUER_LIST
    if listed:
        found[LISTED_ISSUER] = listed
    for line in block.match.group().splitlines():
        key, sep, value = line.partition(":") if ":" in line else line.partition("：")
        name = EXPORT_META_KEYS.get(key.strip()) or ("title" if key.strip() in EXPORT_TITLE_KEYS else None)
        value = value.strip().strip("'\"")
        if name == "issued":
            value = _iso(value)
        if name == "issuer":
            value = _township_government(value)  # TOWNSHIP_ISSUER_FIELD
        if name == "issuer" and not _organ_named(value):
            continue  # ISSUER_FIELD_NOT_ORGAN
        if sep and name and value and value not in NO_VALUE and name not in found:
            found[name] = value
    return found


# export_metadata's key for the issuers a vault lists under its front matter's issuer key (VAULT_ISSUER_LIST)
LISTED_ISSUER = "listed_issuer"


def _vault_issuer_items(lines: list[str]) -> str:
    """The items listed under a front matter's bare issuer key, joined by 、 (VAULT_ISSUER_LIST); "" when none."""
    from plankg.loaders.rules.structure import VAULT_ISSUER_KEY, VAULT_LIST_ITEM

    items: list[str] = []
    for index, line in enumerate(lines):
        if line.strip() != f"{VAULT_ISSUER_KEY}:":
            continue
        for following in lines[index + 1 :]:
            item = VAULT_LIST_ITEM.match(following)
            if item is None:
                break
            items.append(item.group("item").strip().strip("'\""))
        break
    return "、".join(items)


def _glued_export_metadata(body: str) -> dict[str, str]:
    """export_metadata of a front matter crawled onto one line (GLUED_FRONT_MATTER), from what stands between its
    two "---": each value up to the next key."""
    from plankg.loaders.rules.structure import (
        EXPORT_META_KEYS,
        EXPORT_TITLE_KEYS,
        GLUED_FRONT_MATTER_KEY,
        NO_VALUE,
        VAULT_ISSUER_KEY,
    )

    keys = list(GLUED_FRONT_MATTER_KEY.finditer(body))
    found: dict[str, str] = {}
    for key, following in zip(keys, [*keys[1:], None], strict=True):
        # a key glued to a value's last letters ("…1201dedatitle:") is the known key it ends with
        known = next((k for k in (*EXPORT_META_KEYS, *EXPORT_TITLE_KEYS) if key.group("key").endswith(k)), "")
        name = EXPORT_META_KEYS.get(known) or ("title" if known in EXPORT_TITLE_KEYS else None)
        value = body[key.end() : following.start() if following else len(body)].strip().strip("'\"")
        if key.group("key") == VAULT_ISSUER_KEY and value.startswith("-") and LISTED_ISSUER not in found:
            # VAULT_ISSUER_LIST on one line: "issuer:- 湖南省发展和改革委员会date: …"
            found[LISTED_ISSUER] = "、".join(item.strip() for item in value.split("-") if item.strip())
        if name == "issued":
            value = _iso(value)
        if name == "issuer":
            value = _township_government(value)  # TOWNSHIP_ISSUER_FIELD
        if name == "issuer" and not _organ_named(value):
            continue  # ISSUER_FIELD_NOT_ORGAN
        if name and value and value not in NO_VALUE and name not in found:
            found[name] = value
    return found


def _iso(written: str) -> str:
    """A date as ISO text ("2021-07-20", "2021年7月20日", "2026-01-30 16:15"), "" when it is not a date."""
    from plankg.loaders.rules.structure import DATE_LINE, DATE_THEN_CLOCK
    from plankg.loaders.structure.front_matter import iso_date

    clocked = DATE_THEN_CLOCK.fullmatch(written)
    written = clocked.group("date") if clocked else written
    dashed = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", written)
    if dashed:
        return "{:04d}-{:02d}-{:02d}".format(*map(int, dashed.groups()))
    match = DATE_LINE.match(written)
    return iso_date(match) if match else ""
