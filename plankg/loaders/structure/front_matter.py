"""Front matter: the notice that issues a plan (关于印发…的通知, 文号, recipients, the issuing
sentence, signature and date). It gives the plan's title, issuer, document number and date,
and is skipped by segmentation: a notice is metadata, not level-1 sections."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plankg.loaders.rules.structure import (
    ATTACHMENT_LIST,
    CALL_FOR_COMMENTS,
    CITED_BY_NUMBER,
    CITED_FOR_PURPOSE,
    CITED_REFERENCE_LINE,
    COLUMN_TAG_BEFORE_ISSUER,
    DATE_LINE,
    DOC_NUMBER,
    DOC_NUMBER_AFTER_TITLE,
    DOC_NUMBER_TITLE_TAIL,
    DOC_NUMBER_YEAR,
    FRONT_MATTER_WINDOW,
    GLUED_SIGNER_END,
    GLUED_SIGNER_PLACE,
    GOAL_SPAN,
    GOAL_YEAR,
    GOAL_YEAR_MAX_SPAN,
    GOAL_YEAR_WINDOW,
    HEADLINE_BREAKS,
    HEADLINE_END,
    ISSUED_DOCUMENT,
    ISSUING_SENTENCE,
    JOINT_SIGNATURE_LINE,
    JOINT_SIGNATURE_MAX_LINES,
    NOTICE_END,
    NOTICE_GLUED_PARTS,
    NOTICE_GLUED_PARTS_MIN,
    NOTICE_LINE_MAX,
    NOTICE_OWN_BODY_STYLES,
    NOTICE_RUN_ON_BODY,
    NOTICE_TITLE,
    ORGAN_NAME_END,
    PAGE_COLUMN_LINE,
    RECIPIENTS,
    RESEARCH_TERM,
    SITE_BEFORE_HEADLINE,
    SPAN_BROKEN_MAX_LINES,
    SPAN_PIECE,
    SPAN_PIECE_MAX_CHARS,
    TABLE_LABEL_LINE,
    TITLE_BEFORE_NUMBER,
    TITLE_MAX_CHARS,
    TOOLBAR_LINE,
    cn_to_int,
    doc_number_text,
    notice_document_title,
)
from plankg.loaders.structure.headings import read_heading_line
from plankg.loaders.structure.segment import fold_title

_CN_YEAR_DIGITS = {ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}
# CN_NUMERAL_YEAR: older documents write their goal years in Chinese numerals, as their dates:
# "改建联合电力公司和省电力公司的工作要在一九九○年六月底前完成" (国发〔1988〕72号, round 11); read
# as "1990年6月" for GOAL_YEAR.
CN_NUMERAL_YEAR = re.compile(
    r"(?<![〇○零一二三四五六七八九十])(?P<year>[一二][〇○零一二三四五六七八九]{3})年(?:(?P<month>十[一二]?|[一二三四五六七八九])月)?"
)
# VALIDITY_MARK (fixmeta42, round 27's text read by NOTICE_TITLE_WITH_NUMBER): a portal marks a notice it lists as
# no longer in force in front of its title, "（失效）北京市城市管理委员会关于印发2024年北京市电动汽车充换电设施建设运营
# 奖励实施细则的通知（京管发〔2024〕9号）" (bj-charging-rewards-2024): the mark is the portal's, not the issuer's name.
VALIDITY_MARK = re.compile(r"^[（(【\[](?:已?失效|已?废止|现行有效|有效)[）)】\]]\s*")
# ISSUER_PREFIX_STRIPPERS: the page's words a notice title's issuer can carry in front of it, stripped in this order
# (SITE_BEFORE_HEADLINE: the site a page's <title> names before the headline, "广东省发展和改革委员会 - 广东省能源局
# …关于…的通知"; VALIDITY_MARK: a portal's "（失效）" before the title; COLUMN_TAG_BEFORE_ISSUER: a column's
# "【市级相关政策】" there). A further prefix of the kind is one more entry.
ISSUER_PREFIX_STRIPPERS: tuple[re.Pattern[str], ...] = (SITE_BEFORE_HEADLINE, VALIDITY_MARK, COLUMN_TAG_BEFORE_ISSUER)
# Lines of the notice's own paragraph(s) or a signature between two of its typical lines.
SIGNATURE_LINES = 3
MAX_GAP_LINES = 5
MAX_SIGNATURE_CHARS = 40


@dataclass(frozen=True)
class FrontMatter:
    start: int
    end: int  # the body starts at or after this offset
    title: str  # the issued plan's title ("" when the notice does not name it)
    issuer: str
    doc_number: str
    issued: str  # ISO date, "" when not stated
    documents: tuple[str, ...] = ()  # the titles the issuing sentence names, in its order
    signed_by: str = ""  # the body (bodies, joined with 、) signing above the notice's date, "" when unsigned
    own_body: bool = False  # the notice is its own document: its body starts at ``end`` (NOTICE_OWN_BODY)


def iso_date(match: re.Match[str]) -> str:
    if match.group("y"):
        return f"{int(match.group('y')):04d}-{int(match.group('m')):02d}-{int(match.group('d')):02d}"
    written = match.group("date")
    year = "".join(_CN_YEAR_DIGITS.get(ch, "") for ch in written[:4])
    month, day = re.match(r"年(.+)月(.+)日", written[4:]).groups()  # type: ignore[union-attr]
    return f"{year}-{cn_to_int(month):02d}-{cn_to_int(day):02d}"


def _arabic_year(match: re.Match[str]) -> str:
    """A year (and month) written in Chinese numerals, in digits (CN_NUMERAL_YEAR)."""
    year = "".join(_CN_YEAR_DIGITS[ch] for ch in match.group("year")) + "年"
    return year + (f"{cn_to_int(match.group('month'))}月" if match.group("month") else "")


def issue_to_goal_years(body: str, issued: str, doc_number: str) -> tuple[int, int] | None:
    """The years of a plan whose title names none: from its year of issue (the notice's date,
    else its 文号's year) to the last goal year its opening sets (GOAL_YEAR), or that one year
    when it sets none; None without a year of issue. ``body`` is the text after the notice."""
    numbered = DOC_NUMBER_YEAR.search(doc_number)
    start = int(issued[:4]) if issued else int(numbered.group("year")) if numbered else None
    if start is None:
        return None
    body = CN_NUMERAL_YEAR.sub(_arabic_year, body[:GOAL_YEAR_WINDOW])
    goals = [int(m.group("year") or m.group("by") or m.group("end")) for m in GOAL_YEAR.finditer(body)]
    goals += [int(m.group("end")) for m in RESEARCH_TERM.finditer(body)]  # a call's research term (RESEARCH_TERM)
    if not any(start < y <= start + GOAL_YEAR_MAX_SPAN for y in goals):
        # GOAL_SPAN: "利用2-3年时间，" from the issue, where no goal year is written
        goals += [start + _span_years(m.group("span")) for m in GOAL_SPAN.finditer(body[:GOAL_YEAR_WINDOW])]
    return start, max((y for y in goals if start <= y <= start + GOAL_YEAR_MAX_SPAN), default=start)


_CN_YEARS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _span_years(span: str) -> int:
    return int(span) if span.isdigit() else _CN_YEARS[span]


def _parted_signers(line: str) -> str:
    """A signature line of issuers glued together, parted with 、 (GLUED_SIGNERS); the line itself otherwise."""
    place = GLUED_SIGNER_PLACE.match(line)
    if place is None or not JOINT_SIGNATURE_LINE.match(line):
        return line
    parts = re.split(GLUED_SIGNER_END.format(place=re.escape(place.group("place"))), line)
    return "、".join(part for part in parts if part)


# ATTACHMENT_LIST_NO_SIGNER (fixmeta52, round 52): the one-line list of what a notice attaches stands between its
# issuing sentence and its signature, "附件：关于进一步加强中等职业教育师资培养培训基地建设的意见" / "教育部" /
# "二○○○年八月十八日" (moe-voc-teacher-base-opinion-2000; the extract set's qd-aileaders-2019 likewise, "附件：关于
# 强化产学研融合创新…的通知、青岛市工业和信息化局"): it names a document, no signer (read before as a joint signer,
# the issuer "附件：关于…的意见、教育部").
def _listed_attachment(line: str) -> bool:
    return ATTACHMENT_LIST.match(line) is not None


def _joint_signature(lines: list[tuple[int, int, str]], index: int) -> bool:
    """Is this line one of a joint signature's lines of organ names that runs, line after line,
    down to the notice's date (JOINT_SIGNATURE_LINE)?"""
    names = 0
    for _, _, line in lines[index:]:
        if not line:
            continue
        if DATE_LINE.match(line):
            return names > 0
        if not JOINT_SIGNATURE_LINE.match(line) or names == JOINT_SIGNATURE_MAX_LINES:
            return False
        names += 1
    return False


def find_front_matter(text: str) -> FrontMatter | None:
    """The issuing notice at the top of a text, if there is one.

    It starts at a notice title ("…关于印发…的通知") or a document number line and ends after
    the last of its own lines (document number, recipients, issuing sentence, signature, date,
    "（此件公开发布）") that follows within the window; a plan without a notice has none.
    """
    window = text[:FRONT_MATTER_WINDOW]
    lines: list[tuple[int, int, str]] = []
    spans = _span_joined_lines(window.split("\n"))  # SPAN_BROKEN_NUMBER_DATE
    for index, (pos, span_end, raw) in enumerate(spans):
        line = raw.strip()
        if TOOLBAR_LINE.match(line):
            # a page's buttons above the notice (TOOLBAR_LINE: "打印" / "关闭" over "安徽省人民政府办公厅关于印发…的
            # 通知" was taken for the first half of a notice title wrapped over two lines, "关闭安徽省人民政府办公厅")
            line = ""
        following = spans[index + 1][2].strip() if index + 1 < len(spans) else ""
        # NUMBER_ABOVE_TITLE (fix13ind, after round 13's score): "穗医保规字〔2024〕1号" on the line above
        # "广州市医疗保障局 …关于印发…的通知" is the notice's 文号, not the first half of its title; joined,
        # it was glued in front of the issuers and lost as the 文号.
        number_line = DOC_NUMBER.fullmatch(line) is not None
        label_line = TABLE_LABEL_LINE.match(line) is not None  # TABLE_LABEL_LINE: "标题" over its value
        if (
            following
            and not number_line
            and not label_line
            and NOTICE_TITLE.match(line + following)
            and not NOTICE_TITLE.match(line)
            and not (PAGE_COLUMN_LINE.fullmatch(line) and NOTICE_TITLE.match(following))  # PAGE_COLUMN_LINE
            # ISSUER_NAMED_HEADLINE: "长者模式" over "国务院办公厅关于印发…的通知" is a page's bar, not the title's
            and not (
                (issuer_named := NOTICE_TITLE.fullmatch(following)) is not None
                and issuer_named.group("issuer")
                and ORGAN_NAME_END.search(line) is None
            )
        ):
            line = line + following  # a notice title wrapped over two lines
        elif following and _call_wrapped(line, following):
            line = line + following  # CALL_WRAPPED
        titled = _notice_title_with_number(line) if line == raw.strip() else None  # NOTICE_TITLE_WITH_NUMBER
        if titled is not None:
            title_start = pos + len(raw) - len(raw.lstrip())
            lines.append((title_start, title_start + len(titled), titled))
            line = line[len(titled) :].strip()
            pos = title_start + raw.strip().index(line)
        lines.append((pos, span_end, line))
    title = issuer = doc_number = issued = ""
    documents: tuple[str, ...] = ()
    start: int | None = None
    end = 0
    last = -1
    issuing = False  # an issuing sentence seen: the notice issues a document
    body_at: int | None = None  # where the body of a notice that is its own document starts
    signed_at = -1  # the last signature line that gave the issuer its name
    signed_by, signed_by_at = "", -1  # the signature as written, and its last line
    calling = False  # the notice is a call for comments on the draft it names (CALL_FOR_COMMENTS)
    first_own = -1  # the index of the notice's first own line
    addressed = False  # a recipients line seen (TITLE_ABOVE_NUMBER)
    for index, (line_start, line_end, line) in enumerate(lines):
        if not line:
            continue
        if start is not None and (
            len(line) > NOTICE_LINE_MAX
            or (len(line) > NOTICE_GLUED_PARTS_MIN and NOTICE_GLUED_PARTS.search(line) is not None)
        ):
            break  # a body crawled onto one line, not the notice's (NOTICE_LINE_MAX, NOTICE_GLUED_PARTS)
        run_on = NOTICE_RUN_ON_BODY.search(line) if start is not None and len(line) > NOTICE_GLUED_PARTS_MIN else None
        if run_on is not None:
            # NOTICE_RUN_ON_BODY: the line is the notice's up to the sentence before the body's first part
            lead = len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip())
            line, line_end = line[: run_on.end()], line_start + lead + run_on.end()
        if start is not None and not issuing and body_at is None and _opens_body(line):
            # NOTICE_OWN_BODY: "现将几个具体问题通知如下：" / "一、关于棉粮挂钩的奖售基数问题。…": the
            # notice is the document; its signature and date below still give its issuer and date.
            body_at = end
        notice = NOTICE_TITLE.match(line)
        call = CALL_FOR_COMMENTS.match(line) if notice is None and start is None else None
        number = (
            DOC_NUMBER.search(line)
            if len(line) <= MAX_SIGNATURE_CHARS and not CITED_REFERENCE_LINE.match(line)  # CITED_REFERENCE_LINE
            else None
        )
        date = DATE_LINE.match(line)
        own = (
            notice is not None
            or call is not None
            or number is not None
            or RECIPIENTS.match(line) is not None
            or ((start is not None or _headless_issue(lines, index)) and ISSUING_SENTENCE.search(line) is not None)
            or (start is not None and date is not None)
            or NOTICE_END.match(line) is not None
        )
        if not own and run_on is not None:
            break  # NOTICE_RUN_ON_BODY: a body line, not the notice's
        if not own:
            # A signature (the issuer's name) stands between the issuing sentence and the date.
            signature = (
                start is not None
                and index - last <= SIGNATURE_LINES
                and len(line) <= MAX_SIGNATURE_CHARS
                and "。" not in line  # a signature is a name, no sentence
                and not _listed_attachment(line)  # ATTACHMENT_LIST_NO_SIGNER
                and any(DATE_LINE.match(later) for _, _, later in lines[index + 1 : index + 1 + SIGNATURE_LINES])
            )
            signature = signature or (start is not None and _joint_signature(lines, index))
            if signature:
                line = _parted_signers(line)
                if not issuer:
                    issuer, signed_at = line, index
                elif signed_at >= 0 and all(not lines[k][2] for k in range(signed_at + 1, index)):
                    # JOINT_SIGNATURE: issuers signing jointly stand one a line above the one date
                    # ("重庆市经济和信息化委员会" / "重庆市财政局" / … / "2025年12月30日"): all are the issuers.
                    issuer, signed_at = f"{issuer}、{line}", index
                # JOINT_SIGNATURE: the signers one a line, blank lines between them too
                joint = bool(signed_by) and all(not lines[k][2] for k in range(signed_by_at + 1, index))
                signed_by, signed_by_at = (f"{signed_by}、{line}" if joint else signed_by or line), index
            elif start is not None and index - last > MAX_GAP_LINES:
                break
            continue
        if start is None:
            start, first_own = line_start, index
        addressed = addressed or RECIPIENTS.match(line) is not None
        if notice is not None:
            issuer = issuer or _without_issuer_prefixes((notice.group("issuer") or "").strip())
            title = title or notice_document_title(notice.group("title"))
        if call is not None:
            # CALL_FOR_COMMENTS: the call presents the draft it names as an issuing notice its plan
            issuer = issuer or (call.group("issuer") or "").strip()
            title = title or call.group("title") or call.group("named")
            documents, calling, issuing = (title,), True, True
        if number is not None:
            doc_number = doc_number or doc_number_text(DOC_NUMBER_TITLE_TAIL.sub("", number.group()))
        if date is not None:
            issued = issued or iso_date(date)
        if start is not None and not documents and ISSUING_SENTENCE.search(line):
            documents = tuple(
                m.group("title")
                for m in ISSUED_DOCUMENT.finditer(line)
                if not CITED_BY_NUMBER.match(line, m.end()) and not CITED_FOR_PURPOSE.search(line, 0, m.start())
            )
        issuing = issuing or ISSUING_SENTENCE.search(line) is not None
        end, last = line_end, index
        if run_on is not None:
            break  # NOTICE_RUN_ON_BODY: the rest of the line is the body
    if start is None or not (title or doc_number or (documents and issued)):
        return None
    if not title and doc_number and addressed and DOC_NUMBER.fullmatch(lines[first_own][2]) is not None:
        title = _title_above_number(lines, first_own)  # TITLE_ABOVE_NUMBER
    if calling:
        end, issued = _call_end(lines, last, title, end, issued)
    if not issuing and body_at is None:
        # NOTICE_BELOW: a page's 文号 field or headline above the page's lines; the notice issuing the document below.
        below = find_front_matter(text[end:FRONT_MATTER_WINDOW])
        if below is not None and (below.documents or below.own_body):
            # Only where the notice ends and what it issues move: the page's field or headline still names
            # the notice's issuer and number as before (the page's metadata table below them names the issuer
            # in full where the notice's title has "市政府").
            # The notice below signs it: its issuers as they sign (工业和信息化部 … 金融监管总局 over the date) where
            # the page named none in the notice's own words, the page's field giving them short (工信部、发改委、…)
            # (NOTICE_BELOW_SIGNERS, nat-industrial-equipment-renewal-2024, heldout16).
            return FrontMatter(
                start,
                below.end + end,
                title or below.title,
                issuer or below.signed_by or below.issuer,
                # NUMBER_BELOW (fix23ind, round 23): a page's headline names no 文号, the notice below prints it on the
                # line under its own title: "青海省人民政府办公厅关于印发…的通知" / share buttons / the same title /
                # "青政办函〔2024〕72号" (qh-equip-renewal-2024, ndrc.gov.cn saved as markdown)
                doc_number or below.doc_number,
                issued or below.issued,
                below.documents,
                below.signed_by,
                own_body=below.own_body,
            )
    return FrontMatter(
        start,
        end if body_at is None else body_at,
        title,
        issuer,
        doc_number,
        issued,
        documents,
        signed_by,
        own_body=body_at is not None,
    )


def _without_issuer_prefixes(issuer: str) -> str:
    """A notice title's issuer without the page's words in front of it (ISSUER_PREFIX_STRIPPERS)."""
    for prefix in ISSUER_PREFIX_STRIPPERS:
        issuer = prefix.sub("", issuer)
    return issuer


# TITLE_ABOVE_NUMBER (fixmeta42, round 42): a news story that wraps the document it reports prints it below its
# own paragraphs as the document stands, title line over 文号 over recipients: "…具体内容如下：" /
# "关于遏制电解铝行业产能过剩和重复建设引导产业健康发展的紧急通知" / "工信部联原[2011]177号" / "各省、自治区、…："
# (a portal's news item, nat-electrolytic-aluminium-2011), "关于进一步创新管理、提高政府采购工作效率和服务水平的意见"
# / "浙财采监[2010]52号" / "各省级单位，各中介（采购）代理机构：" (zj-procurement-efficiency-2010). The notice was
# found from its 文号 line and left untitled, the document titled by the story's headline or its file. The line
# right above a 文号 that opens a notice with recipients, a document's title by its ending and no sentence, is the
# document's title when the story's last paragraph, ending its sentence, stands above it: under a page's metadata
# table the title broken over two lines, "国务院办公厅关于推进" / "政务新媒体健康有序发展的意见" /
# "国办发〔2018〕123号" (nat-gov-newmedia-2018), has its first half there, and the line above the number is not the
# whole title.
STORY_SENTENCE_END = ("。", "：", ":", "！", "？", "；")


def _title_above_number(lines: list[tuple[int, int, str]], number_at: int) -> str:
    """The title line right above the notice's opening 文号 line (TITLE_ABOVE_NUMBER); "" if that line is none."""
    before = [line for _, _, line in lines[:number_at] if line]
    above = before[-1] if before else ""
    if (
        len(before) < 2
        or not before[-2].endswith(STORY_SENTENCE_END)
        or len(above) > TITLE_MAX_CHARS
        or HEADLINE_END.search(above) is None
        or any(mark in above for mark in HEADLINE_BREAKS)
        or NOTICE_TITLE.match(above) is not None
    ):
        return ""
    return above


# NOTICE_TITLE_WITH_NUMBER (fixmeta42, round 42): a page may set the notice's title and its bracketed 文号 in
# one block, broken by a raw line break a reader makes a space:
# "宁波市人民政府办公厅关于印发2007宁波市商贸流通服务业评价与奖励办法的通知 （甬政办发〔2007〕153号）" over
# "二○○七年八月七日" (nb-commerce-award-2007). Read as one line it was no notice title, and the notice's issuer,
# 文号 and date were lost with it. Such a line is the title's and the number's, one each.
def _notice_title_with_number(line: str) -> str | None:
    """The notice title of a line that is a notice title and its 文号 (NOTICE_TITLE_WITH_NUMBER), None otherwise."""
    cut = TITLE_BEFORE_NUMBER.match(line)
    if cut is None or NOTICE_TITLE.fullmatch(cut.group("title")) is None:
        return None
    tail = line[cut.end() :].strip()
    return cut.group("title") if DOC_NUMBER_AFTER_TITLE.fullmatch(tail) is not None else None


def _span_joined_lines(raws: list[str]) -> list[tuple[int, int, str]]:
    """The window's lines with their start and end offsets, a 文号 or date broken at its spans one piece a line joined
    into the one line it is (SPAN_BROKEN_NUMBER_DATE)."""
    starts: list[int] = []
    pos = 0
    for raw in raws:
        starts.append(pos)
        pos += len(raw) + 1
    spans: list[tuple[int, int, str]] = []
    index = 0
    while index < len(raws):
        size = _span_join_size(raws, index)
        after = _span_join_size(raws, index + 1) if size > 1 else 0
        if after > 1 and index + 1 + after == index + size:
            size = 1  # the line above the pieces is the page's ("朗读" / "内能源新能发" / "〔" / …), not the number's
        if size == 1:
            spans.append((starts[index], starts[index] + len(raws[index]), raws[index]))
        else:
            last = index + size - 1
            joined = "".join(raw.strip() for raw in raws[index : index + size])
            spans.append((starts[index], starts[last] + len(raws[last]), joined))
        index += size
    return spans


def _span_join_size(raws: list[str], index: int) -> int:
    """How many lines from index read as one 文号 or date broken at its spans (SPAN_BROKEN_NUMBER_DATE); 1 if none."""
    first = raws[index].strip() if index < len(raws) else ""
    if not first or DOC_NUMBER.fullmatch(first) is not None or DATE_LINE.match(first) is not None:
        return 1
    for k in range(min(SPAN_BROKEN_MAX_LINES, len(raws) - index), 1, -1):
        pieces = [raw.strip() for raw in raws[index : index + k]]
        if not all(0 < len(piece) <= SPAN_PIECE_MAX_CHARS for piece in pieces):
            continue
        if not any(SPAN_PIECE.fullmatch(piece) for piece in pieces):
            continue
        joined = "".join(pieces)
        if DOC_NUMBER.fullmatch(joined) or DATE_LINE.match(joined):
            return k
    for k in range(min(SPAN_BROKEN_MAX_LINES, len(raws) - index), 2, -1):
        # a 文号 cited in a sentence, broken the same way: "…的通知》（发改价格〔" / "2025" / "〕" / "136" /
        # "号）文件精神，我们组织制定了《…》，现印发给你们。" (md-ne-price-reform-2025): the sentence is one line
        pieces = [raw.strip() for raw in raws[index : index + k]]
        if not all(SPAN_PIECE.fullmatch(piece) for piece in pieces[1:-1]) or not pieces[-1]:
            continue
        joined = "".join(pieces)
        first_end, last_start = len(pieces[0]), len(joined) - len(pieces[-1])
        if any(m.start() < first_end and m.end() > last_start for m in DOC_NUMBER.finditer(joined)):
            return k
    return 1


# CALL_WRAPPED (fixseg48, round 48): a call for comments has its title wrapped over two lines as a notice title
# may, the break inside the 《》 it names: "关于《浦江县农业农村现代化发展" / "“十四五”规划》公开征求意见的通知"
# (pj-agri-modern-14fyp-draft-2021, a county portal page). Unjoined, neither half was the call, so its own points
# "一、征求意见时间:…" / "二、意见征集方式:…" / "三、联系人:…" were taken for the draft's parts.
def _call_wrapped(line: str, following: str) -> bool:
    """Is ``line`` over ``following`` one call for comments wrapped over two lines (CALL_WRAPPED)?"""
    return (
        "《" in line
        and "》" not in line
        and CALL_FOR_COMMENTS.match(line) is None
        and CALL_FOR_COMMENTS.match(line + following) is not None
    )


# DRAFT_TITLE_WRAPPED (fixseg48, round 48): below the call the draft's title may stand wrapped over two lines,
# "浦江县农业农村现代化发展" / "“十四五”规划" / "(征求意见稿)" (pj-agri-modern-14fyp-draft-2021): the call ends at its
# first line as it does at a title on one line.
# DRAFT_TITLE_OVER_MARK (fixseg58, round 58): where the call names the draft with its mark (《…（征求意见稿）》), the
# mark stands on a third line under the wrapped name: "附件" / "住房公积金服务贵安新区高质量" / "发展的十条措施" /
# "（征求意见稿）" / "一、支持异地缴存职工购房贷款。…" below "…关于《住房公积金服务贵安新区高质量发展的十条措施（征求
# 意见稿）》公开征求意见的公告" (guiyang-hpf-guian-measures-2023). Two lines joined were not the name, so the call ran
# to the end of its date line and the 附件 label over the name was read as a level-1 heading, the ten measures one level
# too deep. Up to DRAFT_TITLE_LINES_MAX lines in a row, joined, may be the draft's title.
DRAFT_TITLE_LINES_MAX = 3


def _draft_title_wrapped(lines: list[tuple[int, int, str]], last: int, folded: str) -> int | None:
    """The index of the first of two lines or more (DRAFT_TITLE_LINES_MAX) below ``last`` that joined are the draft's
    title (DRAFT_TITLE_WRAPPED, DRAFT_TITLE_OVER_MARK)."""
    filled = [k for k in range(last + 1, len(lines)) if lines[k][2]]
    for at, k in enumerate(filled):
        joined = lines[k][2]
        for n in filled[at + 1 : at + DRAFT_TITLE_LINES_MAX]:
            joined += lines[n][2]
            if fold_title(joined) == folded:
                return k
            if len(fold_title(joined)) >= len(folded):
                break
    return None


def _call_end(lines: list[tuple[int, int, str]], last: int, draft: str, end: int, issued: str) -> tuple[int, str]:
    """Where a call for comments ends: at the draft's title standing on its own line below it, the call's
    points, signature and date before it (CALL_FOR_COMMENTS); ``end`` and ``issued`` as they were without one."""
    folded = fold_title(draft)
    below = next((k for k in range(last + 1, len(lines)) if lines[k][2] and fold_title(lines[k][2]) == folded), None)
    if below is None:
        below = _draft_title_wrapped(lines, last, folded)
    if below is None:
        return end, issued
    dates = [DATE_LINE.match(line) for _, _, line in lines[last + 1 : below] if line]
    date = next((match for match in reversed(dates) if match is not None), None)
    return lines[below][0], issued or (iso_date(date) if date is not None else "")


# HEADLESS_NOTICE: a text that lost its notice's title, 文号 and recipients (a legal database's copy)
# starts at the issuing sentence: "《医疗保障基金…管理办法（试行）》已经…审议通过，现印发给你们，请认真
# 贯彻执行。" / "国家医疗保障局" / "2022年3月30日" / the document's title. The issuing sentence on the
# text's first line opens the notice, which counts as one when it names the document in 《》 and is
# dated; its signature and date give the issuer and the date of issue.
def _headless_issue(lines: list[tuple[int, int, str]], index: int) -> bool:
    """Is this line the text's first line (HEADLESS_NOTICE)?"""
    return all(not line for _, _, line in lines[:index])


def _opens_body(line: str) -> bool:
    """Is this line a part heading of a body (NOTICE_OWN_BODY_STYLES: 一、, 第一章), titled?"""
    parsed = read_heading_line(line)
    return (
        parsed is not None and parsed.marker is not None and parsed.marker.style.split(":")[0] in NOTICE_OWN_BODY_STYLES
    )
