"""Institution kinds, and the corrections of institution names made once all mentions of a
document are known (:func:`refine_institutions`; the rules in :mod:`plankg.loaders.rules.institutions`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from plankg.loaders.extract.names import _USER_WORDS, _posseg, ending_of, full_name, is_generic
from plankg.loaders.extract.places import PLACE_RE
from plankg.loaders.rules.institutions import (
    ADDRESSED_AFTER,
    ADDRESSEE_CLASS_OPENING,
    ADDRESSEE_FIRM_KIND,
    ADDRESSEE_LIST,
    ADDRESSEE_OWN_ITEM_AFTER,
    ADDRESSEE_OWN_ITEM_BEFORE,
    BARE_TAIL_LEVELS,
    BARE_TAIL_PLACE_TAG,
    BARE_TAIL_SIBLINGS,
    BUSINESS_KIND_END,
    BUSINESS_KIND_PROPER_TAGS,
    CLASS_THEN_BODY,
    COMMON_WORD_FREQ,
    COUNTED_LABEL_AFTER,
    COUNTED_PLACES_BODY,
    DESCRIBED_FIRM_CLASS,
    DUTY_DEPARTMENT,
    DUTY_DEPARTMENT_DUTY,
    DUTY_DEPARTMENT_HOST,
    DUTY_DEPARTMENT_MAX,
    DUTY_DEPARTMENT_NEXT,
    DUTY_DEPARTMENT_NOT,
    EACH_PLACE_BEFORE,
    ELIDED_PLACE_LIST,
    ELIDED_SALUTATION_AFTER,
    ELIDED_WINDOW,
    FIRM_CLASS_OPENING,
    FIRM_CLASS_REST_MIN,
    FIRM_PROJECT_CLOSE,
    FIRM_PROJECT_WORKS,
    GLUED_BODY_ENDINGS,
    GLUED_BODY_MIN,
    GLUED_NATIONAL_OPENING,
    GLUED_PLACE_LEVELS,
    HANDED_TO,
    JOINED_BODY,
    JOINED_BODY_CENTRE,
    JOINED_BODY_MIN,
    JOINED_VENUE_HEAD,
    JOINED_VENUE_KIND,
    JOINED_VENUE_WINDOW,
    LEADERSHIP_CITY_BODY,
    LEADERSHIP_FRAME,
    LEFTOVER_ENDING_CHARS,
    LEFTOVER_PLACE_TAG,
    LEVEL_BODY,
    LINES_OF_WORK_AFTER,
    LIST_TITLE_BEFORE,
    LISTED_ASSOCIATION_ENDINGS,
    LISTED_HEAD_BREAKS,
    LISTED_HEAD_MAX,
    LISTED_HEAD_MIN,
    LISTED_SEPARATOR,
    LOCAL_ADDRESSEE_LIST,
    MEETING_BODY_END,
    MEETING_BODY_MIN,
    MEETING_SESSION,
    MILITARY_BODY_END,
    MILITARY_PLACE_MAX,
    MILITARY_PLACE_MIN,
    MISSION_GROUP_END,
    MISSION_VERB_BEFORE,
    MISSION_VERB_WINDOW,
    OWN_AGENCY,
    OWN_AGENCY_PRONOUN,
    PAIRED_REGIONS_OPENING,
    PARTY_COMMITTEE_END,
    PARTY_DEPARTMENT,
    PARTY_SCHOOL_SECOND_NAME,
    PARTY_SCHOOL_SECOND_NAME_WORD,
    PLACED_FIRM_SHORT,
    PLACED_FIRM_SHORT_TAG,
    PLANT_ITEM,
    POWER_PLANT,
    POWER_PLANT_KIND_HEADS,
    POWER_PLANT_PROJECT_AFTER,
    PRODUCT_LINE_CODE,
    PRODUCT_WORDS,
    PROJECT_FIRM_MAX,
    PROJECT_FIRM_MIN,
    PROJECT_KNOWN_FIRM_TAG,
    PROJECT_LIST,
    PROJECT_LIST_FIRMS_MIN,
    PROJECT_PROPER_TAGS,
    PROJECT_RUN,
    PRONOUN_BODY,
    PROVINCE_CLASS_BEFORE,
    PROVINCE_CLASS_OPENING,
    PROVINCE_CLASS_WINDOW,
    REGION_OWN_LIST,
    REGION_OWN_WINDOW,
    REPORTED_TO,
    ROLE_CLASS_WORDS,
    ROLE_LABEL_BEFORE,
    ROLE_LABEL_KIND,
    ROLE_LABEL_WINDOW,
    STAFF_LIST_END,
    STAFF_LIST_HEADER,
    STAFF_PERSON_LENGTHS,
    STAFF_TITLE,
    STAFF_UNIT_MIN,
    STAFF_UNIT_PLACE_WORD_MIN,
    STANDING_CLASS,
    STANDING_COMMITTEE_MEMBER,
    TIER_BEFORE,
    TRADE_FIRM_END,
    TRADE_FIRM_MIN_WORDS,
    TRADE_FIRM_TAGS,
    TRADE_GROUP_END,
    UNNAMED_BRANCH,
    WORKS_CLASS_ENDINGS,
    WORKS_HEAD_WORD_MIN,
    WORKS_PROPER_TAGS,
    WORKS_SITE_AFTER,
    WRAP_BREAK_MAX,
    WRAP_SPACE,
    WRAP_WORD_FREQ,
    WRAPPED_HEAD_MAX,
    YEAR_OPENING,
)
from plankg.loaders.rules.names import (
    BROKEN_CELL_HEAD,
    BROKEN_CELL_HEAD_MAX,
    BROKEN_CELL_TAIL,
    BUREAU_BRANCH,
    BUREAU_BRANCH_HOST,
    NAMED_CAMPUS_NAME,
    PLACED_STATION_ENDINGS,
    PROJECT_VERB_TAGS,
    VERTICAL_BODY,
    VERTICAL_BRANCH_ENDINGS,
)
from plankg.loaders.rules.runs import runs_holding

if TYPE_CHECKING:  # mentions imports this module (institution_kind)
    from plankg.loaders.extract.mentions import Mention


def institution_kind(name: str) -> str:
    found = ending_of(name)
    return found[2] if found and found[1] == "institution" else "科研院所"


def refine_institutions(text: str, mentions: list[Mention]) -> list[Mention]:
    """The document's mentions with institution names corrected: classes named by a role or by
    the places they are in dropped (ROLE_CLASS_WORDS, EACH_PLACE_BEFORE), and a bureau's department
    named by its duty written after it (DUTY_DEPARTMENT) named whole, a speaking ministry's agency
    (OWN_AGENCY) and the firms of a list of projects (PROJECT_LIST) added. Platforms are left as
    they are, except a platform read inside such a department's name ("…局数字平台建设处")."""
    out: list[Mention] = []
    addressees = [(a.start(), a.end()) for a in ADDRESSEE_LIST.finditer(text)]
    addressees += [(a.start(), a.end()) for a in LOCAL_ADDRESSEE_LIST.finditer(text)]
    whole = {m.name for m in mentions if m.category == "institution" and text[m.start : m.end] == m.name}
    mentions = _listed_heads(text, mentions)
    for m in mentions:
        if m.category == "platform" and ROLE_LABEL_BEFORE.search(text, max(0, m.start - ROLE_LABEL_WINDOW), m.start):
            m = replace(m, category="institution", kind=ROLE_LABEL_KIND)  # "初核机构：某某中心"
        elif m.category == "platform" and m.name.endswith(LISTED_ASSOCIATION_ENDINGS):
            m = replace(m, category="institution", kind=institution_kind(m.name))  # "…创新联盟等载体"
        if m.category != "institution":
            out.append(m)
            continue
        m = _joined_venue(text, _unnamed_branch(_after_list_title(m)))
        glued = _glued_bodies(m)
        glued = _joined_bodies(m) if glued is None else glued
        if glued is not None:
            out.extend(glued)
            continue
        m = _cell_broken_head(text, _wrapped_head(text, m, whole))
        cut = _after_addressing_word(_after_reporting_verb(_leftover_ending(_wrapped_opening(text, m))))
        if cut is None:
            continue
        held = _meeting_body(_mission_verb(text, _after_year(_after_handed_to(cut))))
        if held is None:
            continue  # "此次联席会议": a meeting held (MEETING_SESSION)
        m = _after_firm_class(held)
        if ROLE_CLASS_WORDS.search(m.name) or _unplaced_station(m.name):
            continue
        if STANDING_COMMITTEE_MEMBER.search(m.name):
            continue  # "湖南省委常委、长沙市委书记": a person's title (STANDING_COMMITTEE_MEMBER)
        if EACH_PLACE_BEFORE.search(text, max(0, m.start - 4), m.start):
            continue
        if _party_school_second_name(text, m):
            continue  # "党校（行政学院）": the party schools' second name (PARTY_SCHOOL_SECOND_NAME)
        if _elided_addressee(text, m):
            continue  # "北京市、天津市、…、宁夏回族自治区环境保护厅(局)": each province's
        if TIER_BEFORE.search(text, max(0, m.start - 3), m.start):
            continue
        if LINES_OF_WORK_AFTER.match(text, m.end):
            continue  # "工会、老龄、…、红十字会、爱国卫生等事业取得新进展": a line of work (LINES_OF_WORK_AFTER)
        if (
            STANDING_CLASS.search(m.name)
            or _business_kind(m.name)
            or _described_firm(m.name)
            or _works_class(m.name, whole)
        ):
            continue
        if _works_site(text, m):
            continue
        if COUNTED_LABEL_AFTER.match(text, m.end):
            continue  # "省煤炭工业厅（总公司）（5个）": the label of a group of the list
        if PRONOUN_BODY.match(m.name) or COUNTED_PLACES_BODY.search(m.name):
            continue
        if PROVINCE_CLASS_BEFORE.search(text, max(0, m.start - PROVINCE_CLASS_WINDOW), m.start):
            continue
        if PROVINCE_CLASS_OPENING.match(m.name) or _paired_regions_class(m.name):
            continue
        if REGION_OWN_LIST.search(text, max(0, m.start - REGION_OWN_WINDOW), m.start):
            continue
        firm_ending = ending_of(m.name)
        firm = m.kind == ADDRESSEE_FIRM_KIND and firm_ending is not None and firm_ending[2] == ADDRESSEE_FIRM_KIND
        own_item = (
            text[m.start - 1 : m.start] in ADDRESSEE_OWN_ITEM_BEFORE
            and text[m.end : m.end + 1] in ADDRESSEE_OWN_ITEM_AFTER
            and not m.name.startswith(ADDRESSEE_CLASS_OPENING)
        )  # "…厅（局），新疆生产建设兵团环境保护局，" (ADDRESSEE_OWN_ITEM_BEFORE)
        if not firm and not own_item and any(a <= m.start and m.end <= b for a, b in addressees):
            continue
        out.append(m)
    read = {(m.name, m.end) for m in mentions if m.category == "institution"}
    out = _without_bare_tails(_party_departments(text, out), read)
    out = _military_bodies(text, _project_list_firms(text, _own_agencies(text, _duty_departments(text, out))))
    out = _level_bodies(text, _staff_list_units(text, out))
    return [m for m in out if m.category != "institution" or NAMED_CAMPUS_NAME.search(m.name) is None]


def _joined_venue(text: str, m: Mention) -> Mention:
    """ "黄麻起义和|鄂豫皖苏区纪念园" read as its second half → the whole venue (JOINED_VENUE_HEAD)."""
    if m.kind != JOINED_VENUE_KIND or text_of(m) is None:
        return m
    head = JOINED_VENUE_HEAD.search(text, max(0, m.start - JOINED_VENUE_WINDOW), m.start)
    if head is None:
        return m
    words = head.group(1)
    first = next(iter(_posseg().cut(words)), None)
    if ending_of(words) is not None or first is None or first.flag.startswith("v"):
        return m
    return replace(m, name=words + "和" + m.name, start=head.start(1))


def _paired_regions_class(name: str) -> bool:
    """ "港澳银行", "港澳公立医院": a class of the two regions' bodies (PAIRED_REGIONS_OPENING)."""
    opening = PAIRED_REGIONS_OPENING.match(name)
    return opening is not None and is_generic(name[opening.end() :], "institution")


def _meeting_body(m: Mention) -> Mention | None:
    """ "…工作组第一次联席会议" → the group that meets; "此次联席会议" → None (MEETING_SESSION)."""
    session = MEETING_SESSION.search(m.name)
    if session is None:
        return m
    body = m.name[: session.start()]
    found = ending_of(body)
    headed = found is not None and found[1] == "institution" and body.endswith(found[0])
    if text_of(m) is None or len(body) < MEETING_BODY_MIN or not (headed or MEETING_BODY_END.search(body)):
        return None
    return replace(m, name=body, end=m.start + len(body), kind=found[2] if headed and found else m.kind)


def _after_firm_class(m: Mention) -> Mention:
    """ "新央企中国长安汽车集团" → 中国长安汽车集团, "台企林氏永龄医疗集团" → 林氏永龄医疗集团 (FIRM_CLASS_OPENING)."""
    opening = FIRM_CLASS_OPENING.match(m.name)
    if opening is None or text_of(m) is None:
        return m
    rest = m.name[opening.end() :]
    found = ending_of(rest)
    if len(rest) < FIRM_CLASS_REST_MIN or found is None or found[1] != "institution":
        return m
    return replace(m, name=rest, start=m.start + opening.end())


def _party_school_second_name(text: str, m: Mention) -> bool:
    """ "党校（行政学院）": the bracket's 行政学院 (PARTY_SCHOOL_SECOND_NAME)."""
    return m.name == PARTY_SCHOOL_SECOND_NAME_WORD and bool(
        PARTY_SCHOOL_SECOND_NAME.search(text, max(0, m.start - 3), m.start)
    )


def _unnamed_branch(m: Mention) -> Mention:
    """ "上海科技馆分馆" → 上海科技馆 (UNNAMED_BRANCH); "国家版本馆广州分馆" stays."""
    cut = UNNAMED_BRANCH.search(m.name)
    if cut is None or text_of(m) is None:
        return m
    return replace(m, name=m.name[: cut.start()], end=m.end - len(cut.group()))


def _party_departments(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "天河区委" read in "天河区委组织部" → 天河区委组织部 (PARTY_COMMITTEE_END, PARTY_DEPARTMENT)."""
    out: list[Mention] = []
    for m in mentions:
        dept = PARTY_DEPARTMENT.match(text, m.end) if m.category == "institution" else None
        if dept is not None and PARTY_COMMITTEE_END.search(m.name) and text[m.start : m.end] == m.name:
            m = replace(m, name=m.name + dept.group(), end=dept.end(), kind="政府部门")
        out.append(m)
    return out


def _glued_bodies(m: Mention) -> list[Mention] | None:
    """ "某市人力资源和社会保障局某市财政局" → the two bureaus (GLUED_BODY_ENDINGS), or None."""
    if text_of(m) is None:
        return None
    for e in GLUED_BODY_ENDINGS.finditer(m.name):
        cut = e.end()
        first, second = m.name[:cut], m.name[cut:]
        if len(first) < GLUED_BODY_MIN or len(second) < GLUED_BODY_MIN:
            continue
        word = next(iter(_posseg().cut(second)), None)
        placed = word is not None and word.flag == LEFTOVER_PLACE_TAG and word.word.endswith(GLUED_PLACE_LEVELS)
        place = PLACE_RE.match(second)
        placed = placed or (place is not None and place.group().endswith(GLUED_PLACE_LEVELS))
        placed = placed or GLUED_NATIONAL_OPENING.match(second) is not None  # "…委员会|国家计划委员会"
        one, two = ending_of(first), ending_of(second)
        if not placed or one is None or two is None or one[1] != "institution" or two[1] != "institution":
            continue
        if is_generic(first, "institution") or is_generic(second, "institution"):
            continue
        if VERTICAL_BODY.search(first) and second.endswith(VERTICAL_BRANCH_ENDINGS):
            continue  # "国家税务总局湖南省税务局": the central body's branch (VERTICAL_BODY)
        if BUREAU_BRANCH_HOST.search(first) and BUREAU_BRANCH.fullmatch(second):
            continue  # "长春市生态环境局德惠市分局": the bureau's branch in a county (BUREAU_BRANCH_HOST)
        return [
            replace(m, name=first, end=m.start + cut, kind=one[2]),
            replace(m, name=second, start=m.start + cut, kind=two[2]),
        ]
    return None


def text_of(m: Mention) -> str | None:
    """The mention's name when its span is exactly the name (not a normalised or joined one)."""
    return m.name if m.end - m.start == len(m.name) else None


def _leftover_ending(m: Mention) -> Mention:
    """ "会广州市财政局" (in "…联合会广州市财政局") → 广州市财政局 (LEFTOVER_ENDING_CHARS)."""
    if len(m.name) < 4 or m.name[0] not in LEFTOVER_ENDING_CHARS:
        return m
    rest = m.name[1:]
    first = next(iter(_posseg().cut(rest)), None)
    placed = PLACE_RE.match(rest) is not None or (first is not None and first.flag == LEFTOVER_PLACE_TAG)
    if not placed or ending_of(rest) is None:
        return m
    return replace(m, name=m.name[1:], start=m.start + 1)


def _described_firm(name: str) -> bool:
    """A kind of firm: "大型综合性现代物流集团", "农机装备生产企业集团" (DESCRIBED_FIRM_CLASS, TRADE_GROUP_END)."""
    if DESCRIBED_FIRM_CLASS.search(name):
        return True
    if TRADE_FIRM_END.search(name):
        words = list(_posseg().cut(name))  # the whole name: "包头钢铁公司" is one organisation (nt)
        if (
            words[-1].word == "公司"
            and len(words) > TRADE_FIRM_MIN_WORDS
            and all(w.flag in TRADE_FIRM_TAGS for w in words)
        ):
            return not PLACE_RE.match(name) and words[0].word not in ("市", "省", "区", "县")  # "园区开发公司"
    return bool(TRADE_GROUP_END.search(name)) and not any(
        w.flag in BUSINESS_KIND_PROPER_TAGS for w in _posseg().cut(name)
    )


def _business_kind(name: str) -> bool:
    """A kind of business, no firm: "智慧旅游景区", "饭店" (BUSINESS_KIND_END without a proper word)."""
    if not BUSINESS_KIND_END.search(name):
        return False
    return not any(w.flag in BUSINESS_KIND_PROPER_TAGS for w in _posseg().cut(name))


def _after_reporting_verb(m: Mention) -> Mention:
    """ "定期报告联席会议" → 联席会议 (REPORTED_TO; the rest must still end like an institution)."""
    verbs = list(REPORTED_TO.finditer(m.name))
    if not verbs:
        return m
    cut = verbs[-1].end()
    rest = m.name[cut:]
    found = ending_of(rest)
    if len(rest) < 2 or found is None or found[1] != "institution" or not m.name.endswith(rest):
        return m
    return replace(m, name=rest, start=m.end - len(rest))


def _after_addressing_word(m: Mention) -> Mention | None:
    """ "请某某有限公司" → 某某有限公司, "抄送水利部…委员会", "分送上述部门及某市人民政府办公室" → 某市人民政府办公室
    (ADDRESSED_AFTER, CLASS_THEN_BODY); None when what is left is a class ("通报省级人民政府")."""
    cut = max((w.end() for w in ADDRESSED_AFTER.finditer(m.name)), default=0)
    rest = m.name[cut:]
    lead = CLASS_THEN_BODY.match(rest)
    if lead:
        rest = rest[lead.end() :]
    if rest == m.name:
        return m
    found = ending_of(rest)
    if len(rest) < 2 or found is None or found[1] != "institution" or not m.name.endswith(rest):
        return m
    if is_generic(rest, "institution"):
        return None
    return replace(m, name=rest, start=m.end - len(rest))


def _wrapped_opening(text: str, m: Mention) -> Mention:
    """ "国 家医保局" read as 家医保局 → 国家医保局 (WRAP_SPACE, WRAP_WORD_FREQ): a PDF line wrap left the
    name's first character before a space."""
    import jieba

    if m.start < 2 or text[m.start - 1] != WRAP_SPACE or not _cjk_char(text[m.start - 2]):
        return m
    if (jieba.get_FREQ(text[m.start - 2] + m.name[0]) or 0) < WRAP_WORD_FREQ:
        return m
    return replace(m, name=text[m.start - 2] + m.name, start=m.start - 2)


def _wrapped_head(text: str, m: Mention, whole: set[str]) -> Mention:
    """ "国家医疗 保障局" read as 保障局 → 国家医疗保障局 when the text names 国家医疗保障局 whole elsewhere
    (WRAPPED_HEAD_MAX, WRAP_BREAK_MAX): a PDF line wrap broke the name further inside."""
    best = m
    for start in range(m.start - 1, max(-1, m.start - WRAPPED_HEAD_MAX - WRAP_BREAK_MAX - 1), -1):
        head = text[start : m.start]
        breaks = [c for c in head if c.isspace()]
        if not breaks or len(breaks) > WRAP_BREAK_MAX or not all(_cjk_char(c) or c.isspace() for c in head):
            if head and not (_cjk_char(head[0]) or head[0].isspace()):
                break
            continue
        if _cjk_char(head[0]) and "".join(head.split()) + m.name in whole:  # the break inside the name
            best = replace(m, name="".join(head.split()) + m.name, start=start)
    return best


def _cjk_char(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _own_agencies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The agency after "我部", "本局"… (OWN_AGENCY), where no other name covers it."""
    from plankg.loaders.extract.mentions import Mention

    agencies = [(a.start("name"), a.end("name")) for a in OWN_AGENCY.finditer(text)]
    if not agencies:
        return mentions
    # a name read with its pronoun ("我部…研究所") is the agency's
    kept = [m for m in mentions if (m.start + OWN_AGENCY_PRONOUN, m.end) not in agencies]
    taken = [(m.start, m.end) for m in kept]
    found = [
        Mention(text[a:b], "institution", "科研院所", a, b)
        for a, b in agencies
        if not any(x < b and a < y for x, y in taken)
    ]
    return sorted([*kept, *found], key=lambda m: (m.start, m.end))


def _department_after(text: str, end: int) -> int:
    """The end of a department named by its duty right after a body ending at ``end``, or -1."""
    for stop in range(end + 3, min(len(text), end + DUTY_DEPARTMENT_MAX) + 1):
        sub = text[end:stop]
        if DUTY_DEPARTMENT.fullmatch(sub) is None or DUTY_DEPARTMENT_DUTY.search(sub) is None:
            continue
        if DUTY_DEPARTMENT_NOT.search(sub) or not DUTY_DEPARTMENT_NEXT.match(text, stop):
            continue
        return stop
    return -1


def _duty_departments(text: str, mentions: list[Mention]) -> list[Mention]:
    from plankg.loaders.extract.mentions import Mention

    hosts = {
        text[m.start : m.end]
        for m in mentions
        if m.category == "institution" and DUTY_DEPARTMENT_HOST.search(m.name) and m.end - m.start >= 3
    }
    found: list[Mention] = []
    for host in sorted(hosts):
        pos = text.find(host)
        while pos != -1:
            end = pos + len(host)
            stop = _department_after(text, end)
            if stop != -1:
                found.append(Mention(text[pos:stop], "institution", "政府部门", pos, stop))
            pos = text.find(host, end)
    if not found:
        return mentions
    spans = [(d.start, d.end) for d in found]
    kept = [m for m in mentions if not any(a < m.end and m.start < b for a, b in spans)]
    return sorted([*kept, *found], key=lambda m: (m.start, m.end))


def _firm_of_item(item: str) -> tuple[int, str] | None:
    """(offset, firm) of the firm a project item names between its place and its product
    (PRODUCT_WORDS): "衢州先导智能传感器" → 先导智能, "新和成南港新材料" → 新和成."""
    from plankg.loaders.extract.mentions import INFRASTRUCTURE_ITEM, SITE_ITEM, _cjk_only, _field_or_place, _has_anchor

    code = PRODUCT_LINE_CODE.search(item)
    lined = code is not None and code.start() >= PROJECT_FIRM_MIN
    if code is not None and lined:
        item = item[: code.start()]  # "华星光电|T8": the line's code ends the firm's name
    if INFRASTRUCTURE_ITEM.search(item) or PLANT_ITEM.search(item) or SITE_ITEM.search(item) or not _cjk_only(item):
        return None
    if ending_of(item) is not None:
        return None
    words = list(_posseg().cut(item))
    start, i = 0, 0
    while i < len(words) - 1 and words[i].flag in PROJECT_VERB_TAGS:
        start += len(words[i].word)  # the clause's verb before the first item: "提速…"
        i += 1
    while i < len(words) - 1 and (_known_place(words[i]) or PLACE_RE.fullmatch(words[i].word)):
        start += len(words[i].word)  # the place it is built in
        i += 1
    pos = start
    for w in words[i:]:
        if pos > start and _known_place(w):
            break  # a place after the firm: "新和成|南港新材料"
        pos += len(w.word)
    stop = min((p for p in range(start + PROJECT_FIRM_MIN, pos + 1) if item.startswith(PRODUCT_WORDS_T, p)), default=-1)
    if stop == -1:
        stop = pos if pos < len(item) or lined else -1  # a place after the firm ends it too, and a line's code
    firm = item[start:stop] if stop != -1 else ""
    if start and (_common_word(firm) or _placed_short_form(firm)):
        start, firm = start - len(words[i - 1].word), words[i - 1].word + firm  # "青海|时代" is one firm
    if not PROJECT_FIRM_MIN <= len(firm) <= PROJECT_FIRM_MAX or PLACE_RE.fullmatch(firm):
        return None
    if _field_or_place(firm) or is_generic(firm, "institution") or _has_anchor(firm) or _common_word(firm):
        return None
    return start, firm


PRODUCT_WORDS_T = tuple(PRODUCT_WORDS)


def _placed_short_form(firm: str) -> bool:
    """What is left of the firm after its place is one short word jieba reads as an abbreviation (PLACED_FIRM_SHORT,
    PLACED_FIRM_SHORT_TAG): "长江|存储"."""
    words = list(_posseg().cut(firm))
    return len(firm) <= PLACED_FIRM_SHORT and len(words) == 1 and words[0].flag == PLACED_FIRM_SHORT_TAG


def _known_place(word: Any) -> bool:
    """A word jieba tags as a place and has in its dictionary: "衢州", "南港"; a brand it does not
    know and guesses to be a place ("浩纳" in "浩纳机电零部件") is no place."""
    import jieba

    return bool(word.flag == "ns" and jieba.get_FREQ(word.word))


def _common_word(word: str) -> bool:
    """One word jieba's dictionary counts at least COMMON_WORD_FREQ times ("时代")."""
    import jieba

    return (jieba.get_FREQ(word) or 0) >= COMMON_WORD_FREQ


# PROJECT_LIST's close ("等…项目"), which every match of it ends with: a run without one holds no
# list of projects. PROJECT_LIST tried its items at every character of every run holding 、 and 等
# (22,169 runs over 200 generated plans, 520 holding a list): 0.30 s, with this check 0.03 s.
_PROJECT_LIST_CLOSE = re.compile(PROJECT_LIST.pattern[PROJECT_LIST.pattern.index(")等(") + 1 :])


def _project_list_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Firms named through the items of a list of projects (PROJECT_LIST) of one sort: at least
    PROJECT_LIST_FIRMS_MIN items name a firm before their product, and one of them is proven a name
    (an institution found there, a listed form, or a word jieba tags as proper, PROJECT_PROPER_TAGS).
    A shorter firm found at the same place gives way ("泰丰|先行磷酸铁锂" → 泰丰先行)."""
    from plankg.loaders.extract.mentions import Mention, _left_edge

    # by start, so an item's institutions are found by bisection: a scan of all of them for every
    # item was 2.1 % of the analysis' samples over 200 generated plans
    institutions = sorted((x.start, x.end) for x in mentions if x.category == "institution")
    starts = [x for x, _ in institutions]
    found: list[Mention] = []
    # only the runs of list characters holding 、 and 等 can hold a list (found from each 等)
    runs = [
        (a, b)
        for a, b in runs_holding(PROJECT_RUN, "等", text)
        if text.find("、", a, b) != -1 and _PROJECT_LIST_CLOSE.search(text, a, b) is not None
    ]
    for m in (x for a, b in runs for x in PROJECT_LIST.finditer(text, a, b)):
        pos = m.start("items")
        firms: list[Mention] = []
        proven = False
        known_items = agreed = 0  # items opening with a firm found before; those read so here too
        firms_only = FIRM_PROJECT_CLOSE.match(text, m.end("items")) is not None
        firms_only = firms_only and FIRM_PROJECT_WORKS.search(m.group("items")) is None
        whole_items = unread = 0  # items named whole as firms (FIRM_PROJECT_CLOSE); items read as none
        for n, item in enumerate(m.group("items").split("、")):
            a, b = pos, pos + len(item)
            pos = b + 1
            cut = _left_edge(text, a, a, b)[0] if n == 0 else a
            known = [(x, y) for x, y in institutions[bisect_left(starts, a) : bisect_right(starts, b)] if y <= b]
            proven = proven or bool(known)
            firm = _firm_of_item(text[cut:b])
            if firm is None and not known and firms_only:
                firm = _whole_firm(text[cut:b], n == 0)  # "中科盈德、通嘉宏瑞、智谱华章等重大产业项目"
                whole_items += firm is not None
            if firm is None:
                unread += not known
                known_items += any(x == cut for x, _ in known)  # "扬子石化|长链尼龙"
                continue
            offset, name = firm
            if any(not (x == cut + offset and y < cut + offset + len(name)) for x, y in known):
                # the firm read is the one found ("华星光电|T8"): a firm's item of the list
                agreed += (cut + offset, cut + offset + len(name)) in known
                known_items += any(x == cut for x, _ in known)
                continue  # the item's firm is found already ("中国盐湖|金属镁…"), unless shorter
            proven = proven or full_name(name) != name or _proper_opening(name)
            firms.append(Mention(full_name(name), "institution", "企业", cut + offset, cut + offset + len(name)))
        listed = len(firms) + max(agreed, known_items if known_items >= PROJECT_LIST_FIRMS_MIN else 0)
        if whole_items and unread:
            continue  # an item of the firms' list reads as no firm: the whole items are no names either
        if proven and firms and listed >= PROJECT_LIST_FIRMS_MIN:
            found.extend(firms)
    if not found:
        return mentions
    out = list(mentions)
    for f in found:
        inside = [x for x in out if x.category == "institution" and x.start == f.start and x.end <= f.end]
        if any(_known_organisation(text[x.start : x.end]) for x in inside if x.end < f.end):
            continue  # "广汽|自主电池": jieba knows the shorter firm whole (PROJECT_KNOWN_FIRM_TAG)
        if any(x.start < f.end and f.start < x.end for x in out if x not in inside):
            continue
        out = [x for x in out if x not in inside] + [f]
    return sorted(out, key=lambda m: (m.start, m.end))


def _whole_firm(item: str, first: bool) -> tuple[int, str] | None:
    """(offset, firm) of an item of a firms' list (FIRM_PROJECT_CLOSE) that is a firm's name alone, after the
    clause's verb in the first item: "落地|中科盈德", "海克斯康", "达索系统" (达索 no verb there)."""
    from plankg.loaders.extract.mentions import _cjk_only, _field_or_place, _has_anchor

    words = list(_posseg().cut(item)) if first else []
    start = 0
    for w in words[:-1]:
        if w.flag not in PROJECT_VERB_TAGS:
            break
        start += len(w.word)
    firm = item[start:]
    if not PROJECT_FIRM_MIN <= len(firm) <= PROJECT_FIRM_MAX or not _cjk_only(firm) or ending_of(firm) is not None:
        return None
    if PLACE_RE.fullmatch(firm) or _field_or_place(firm) or is_generic(firm, "institution") or _has_anchor(firm):
        return None
    return None if _common_word(firm) else (start, firm)


def _known_organisation(name: str) -> bool:
    """jieba cuts the name as one word it tags as an organisation's (PROJECT_KNOWN_FIRM_TAG): "广汽"."""
    words = _posseg().cut(name)
    return len(words) == 1 and words[0].flag == PROJECT_KNOWN_FIRM_TAG


def _proper_opening(name: str) -> bool:
    """The firm opens with a word jieba tags as proper ("恒瑞" nz, "比亚迪" nr), not a field's."""
    first = next(iter(_posseg().cut(name)), None)
    return first is not None and first.flag in PROJECT_PROPER_TAGS and first.word not in _USER_WORDS


def _military_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """Military commands named by their place (MILITARY_BODY_END): "广州军区", "济南警备区"."""
    from plankg.loaders.extract.mentions import Mention

    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for m in MILITARY_BODY_END.finditer(text):
        for size in range(MILITARY_PLACE_MAX, MILITARY_PLACE_MIN - 1, -1):
            place = text[max(0, m.start() - size) : m.start()]
            if len(place) < size:
                continue
            words = _posseg().cut(place)
            if PLACE_RE.fullmatch(place) or (len(words) == 1 and _known_place(words[0])):
                a = m.start() - size
                if not any(x < m.end() and a < y for x, y in taken):
                    found.append(Mention(place + m.group(), "institution", "其他", a, m.end()))
                break
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end)) if found else mentions


def _listed_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "大同矿务局、阳泉矿务局" read as 矿务局, 阳泉矿务局 → 大同矿务局 (LISTED_HEAD_BREAKS): a list item
    named by the bare tail of the sibling written next to it takes its head back.

    A sibling is written right after the item (it starts one separator past the item's end) or right
    before it (it ends at the separator before the item's head), so the named institutions are looked
    up by where they start and end: linear in the mentions, not quadratic (a long report has
    thousands)."""
    by_start: dict[int, list[str]] = {}
    by_end: dict[int, list[str]] = {}
    for o in mentions:
        if o.category == "institution" and text_of(o) is not None:
            by_start.setdefault(o.start, []).append(o.name)
            by_end.setdefault(o.end, []).append(o.name)
    out: list[Mention] = []
    for m in mentions:
        if m.category != "institution" or text_of(m) is None:
            out.append(m)
            continue
        head = _head_to_break(text, m.start)
        if head >= 0:
            after = by_start.get(m.end + 1, []) if text.startswith(LISTED_SEPARATOR, m.end) else []
            before = by_end.get(head - 1, []) if text.startswith(LISTED_SEPARATOR, head - 1) else []
            if any(_longer_with_tail(o, m.name) for o in (*after, *before)):
                m = replace(m, name=text[head : m.end], start=head)
        out.append(m)
    return out


def _longer_with_tail(name: str, tail: str) -> bool:
    """``name`` is longer than ``tail`` and ends with it: "阳泉矿务局" for "矿务局"."""
    return len(name) > len(tail) and name.endswith(tail)


def _head_to_break(text: str, start: int) -> int:
    """Where the list item holding a name that starts at ``start`` opens, or -1 when the item has no
    head of LISTED_HEAD_MIN..LISTED_HEAD_MAX Chinese characters before a list break."""
    for size in range(LISTED_HEAD_MIN, LISTED_HEAD_MAX + 1):
        head = start - size
        if head < 1 or not _cjk_char(text[head]):
            return -1
        if text[head - 1] in LISTED_HEAD_BREAKS:
            return head if all(_cjk_char(c) for c in text[head:start]) else -1
    return -1


def _without_bare_tails(mentions: list[Mention], read: set[tuple[str, int]]) -> list[Mention]:
    """ "矿务局" when the text names 开滦矿务局, 峰峰矿务局 …: the class of those (BARE_TAIL_SIBLINGS);
    ``read`` holds the names as the finders read them, with where they end (a class dropped since still
    counts). A longer reading that ends where the bare name is kept is that name with words glued before
    it ("受理后交东部人才市场管委办" read whole, then cut), not a sibling.

    The longer names are found through an index of every name by its proper tails, and the verdict is
    kept per bare name, so a long report with thousands of mentions is not read once per mention."""
    names = read | {(m.name, m.end) for m in mentions if m.category == "institution"}
    ends: dict[str, set[int]] = {}
    for other in mentions:
        ends.setdefault(other.name, set()).add(other.end)
    by_tail: dict[str, list[tuple[str, int]]] = {}
    for name, end in names:
        for cut in range(1, len(name)):
            by_tail.setdefault(name[cut:], []).append((name, end))
    dropped: dict[str, bool] = {}
    out: list[Mention] = []
    for m in mentions:
        if m.category == "institution":
            if m.name not in dropped:
                bare = ends.get(m.name, set())
                longer = {n for n, end in by_tail.get(m.name, []) if end not in bare}
                dropped[m.name] = len(longer) >= BARE_TAIL_SIBLINGS and _bare_tail(m.name)
            if dropped[m.name]:
                continue
        out.append(m)
    return out


def _after_handed_to(m: Mention) -> Mention:
    """ "权力下放给矿务局" → 矿务局 (HANDED_TO): the body after the verb of handing."""
    last = next(reversed(list(HANDED_TO.finditer(m.name))), None)
    if last is None or ending_of(m.name[last.end() :]) is None:
        return m
    rest = m.name[last.end() :]
    return replace(m, name=rest, start=m.end - len(rest))


def _after_year(m: Mention) -> Mention:
    """ "一九八三年国家计委" → 国家计委 (YEAR_OPENING)."""
    year = YEAR_OPENING.match(m.name)
    if year is None or ending_of(m.name[year.end() :]) is None:
        return m
    rest = m.name[year.end() :]
    return replace(m, name=rest, start=m.end - len(rest))


def _bare_tail(name: str) -> bool:
    """No place or level opens the name, and jieba reads no place in it: "矿务局", "煤炭工业厅"."""
    if name.startswith(BARE_TAIL_LEVELS) or PLACE_RE.match(name):
        return False
    return not any(w.flag == BARE_TAIL_PLACE_TAG for w in _posseg().cut(name))


def _works_class(name: str, whole: set[str]) -> bool:
    """ "虚拟电厂", "煤矿设备制造厂": a works named by its kind alone (WORKS_CLASS_ENDINGS). A head
    word that opens another body the text names is a place, whatever jieba tags it: "峰峰金属支架厂"
    beside 峰峰矿务局."""
    found = ending_of(name)
    if found is None or found[0] not in WORKS_CLASS_ENDINGS:
        return False
    head = name[: -len(found[0])]
    if found[0] == POWER_PLANT and head.endswith(POWER_PLANT_KIND_HEADS):
        return True
    if PLACE_RE.search(head):
        return False
    words = list(_posseg().cut(head))
    if (
        words
        and len(words[0].word) >= WORKS_HEAD_WORD_MIN
        and any(
            n != name and n.startswith(words[0].word) and ending_of(n) is not None and ending_of(n) != found
            for n in whole
        )
    ):
        return False
    return not any(w.flag in WORKS_PROPER_TAGS for w in words)


def _works_site(text: str, m: Mention) -> bool:
    """ "大中华造船机器厂|旧址": the site of a works (WORKS_CLASS_ENDINGS, WORKS_SITE_AFTER)."""
    found = ending_of(m.name)
    if found is not None and found[0] == POWER_PLANT and POWER_PLANT_PROJECT_AFTER.match(text, m.end) is not None:
        return True
    return found is not None and found[0] in WORKS_CLASS_ENDINGS and WORKS_SITE_AFTER.match(text, m.end) is not None


def _after_list_title(m: Mention) -> Mention:
    """ "…单位名单国家经济委员会" → 国家经济委员会 (LIST_TITLE_BEFORE)."""
    last = next(reversed(list(LIST_TITLE_BEFORE.finditer(m.name))), None)
    if last is None or text_of(m) is None:
        return m
    rest = m.name[last.end() :]
    found = ending_of(rest)
    if found is None or found[1] != "institution" or len(rest) < GLUED_BODY_MIN:
        return m
    return replace(m, name=rest, start=m.end - len(rest))


def _mission_verb(text: str, m: Mention) -> Mention:
    """ "推动|长江经济带发展领导小组办公室" → the group named with its verb (MISSION_GROUP_END)."""
    if not MISSION_GROUP_END.search(m.name) or text_of(m) is None:
        return m
    before = MISSION_VERB_BEFORE.search(text, max(0, m.start - MISSION_VERB_WINDOW), m.start)
    if before is None:
        return m
    verb = before.group("verb")
    return replace(m, name=verb + m.name, start=m.start - len(verb))


def _elided_addressee(text: str, m: Mention) -> bool:
    """ "北京市、天津市、…、宁夏回族自治区环境保护厅(局)，…：": the body every listed place's
    (ELIDED_PLACE_LIST), in a salutation (ELIDED_SALUTATION_AFTER)."""
    return (
        PLACE_RE.match(m.name) is not None
        and ELIDED_SALUTATION_AFTER.match(text, m.end) is not None
        and ELIDED_PLACE_LIST.search(text, max(0, m.start - ELIDED_WINDOW), m.start) is not None
    )


def _unplaced_station(name: str) -> bool:
    """An environmental monitoring station not opened by its county or city is a kind (PLACED_STATION_ENDINGS)."""
    if not name.endswith(PLACED_STATION_ENDINGS):
        return False
    first = next(iter(_posseg().cut(name)), None)
    return PLACE_RE.match(name) is None and (first is None or first.flag != LEFTOVER_PLACE_TAG)


def _cell_broken_head(text: str, m: Mention) -> Mention:
    """ "临港新片区\n管理委员会" read as 管理委员会 → the whole name (BROKEN_CELL_TAIL, BROKEN_CELL_HEAD): a table
    cell broke the name at a line end, the ending alone on the second line."""
    if m.start < 2 or text[m.start - 1] != "\n" or not BROKEN_CELL_TAIL.fullmatch(m.name):
        return m
    line_start = text.rfind("\n", 0, m.start - 1) + 1
    head = text[line_start : m.start - 1].strip()
    own = ending_of(head)
    if not 2 <= len(head) <= BROKEN_CELL_HEAD_MAX or not BROKEN_CELL_HEAD.fullmatch(head):
        return m
    if own is not None and own[1] == "institution":
        return m  # a body of its own on the line before ("…有限公司\n有限公司" is no head)
    start = text.find(head, line_start, m.start)
    return replace(m, name=head + m.name, start=start)


def _staff_list_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """The units of a flattened staff table (STAFF_LIST_HEADER): "…处长李龙志生态环境部华东核与辐射安全监督站副处长…"
    → 生态环境部华东核与辐射安全监督站, the institutions read inside the table replaced by them. The person's length
    (STAFF_PERSON_LENGTHS) is the one whose unit the text writes more often ("何江华山东核电有限公司": 山东核电有限公司
    recurs, 华山东核电有限公司 does not), on a tie the one whose unit opens with a place ("邹衍华湖南工学院"), else
    the shorter person ("刘伟国核示范电站有限责任公司")."""
    for header in STAFF_LIST_HEADER.finditer(text):
        stop = STAFF_LIST_END.search(text, header.end())
        end = stop.start() if stop is not None else len(text)
        units: list[Mention] = []
        piece_start = header.end()
        for title in [*STAFF_TITLE.finditer(text, header.end(), end), None]:
            piece_end = title.start() if title is not None else end
            unit = _staff_unit(text, piece_start, piece_end)
            if unit is not None:
                units.append(unit)
            if title is not None:
                piece_start = title.end()
        if not units:
            continue
        lo, hi = header.start(), end
        kept = [m for m in mentions if not (m.category == "institution" and lo <= m.start and m.end <= hi)]
        mentions = sorted([*kept, *units], key=lambda m: (m.start, m.end))
    return mentions


def _place_word_cuts(piece: str) -> set[int]:
    """The person lengths (STAFF_PERSON_LENGTHS) after which jieba opens a place word (STAFF_UNIT_PLACE_WORD)."""
    cuts: set[int] = set()
    at = 0
    for word in _posseg().cut(piece):
        if at > max(STAFF_PERSON_LENGTHS):
            break
        if (
            at in STAFF_PERSON_LENGTHS
            and word.flag == LEFTOVER_PLACE_TAG
            and len(word.word) >= STAFF_UNIT_PLACE_WORD_MIN
        ):
            cuts.add(at)
        at += len(word.word)
    return cuts


def _staff_unit(text: str, start: int, end: int) -> Mention | None:
    """The unit of one row's piece (a person, then the unit), or None."""
    from plankg.loaders.extract.mentions import Mention

    piece = text[start:end]
    if not all(_cjk_char(c) for c in piece):
        return None
    best: tuple[int, bool, bool, int] | None = None
    place_word_cuts = _place_word_cuts(piece)
    for cut in STAFF_PERSON_LENGTHS:
        unit = piece[cut:]
        found = ending_of(unit)
        if len(unit) < STAFF_UNIT_MIN or found is None or is_generic(unit, "institution"):
            continue
        rank = (text.count(unit), PLACE_RE.match(unit) is not None, cut in place_word_cuts, -cut)
        if best is None or rank > best:
            best = rank
    if best is None:
        return None
    cut = -best[3]
    name = piece[cut:]
    return Mention(name=name, category="institution", kind=institution_kind(name), start=start + cut, end=end)


def _joined_bodies(m: Mention) -> list[Mention] | None:
    """ "黄河流域生态环境监督管理局和环境工程评估中心" → the two bodies; "朔州市和忻州市生态环境局" → 忻州市生态环境局
    (JOINED_BODY); None when the name holds no such join."""
    if text_of(m) is None:
        return None
    for join in JOINED_BODY.finditer(m.name):
        first, second = m.name[: join.start()], m.name[join.end() :]
        two = ending_of(second)
        if len(second) < JOINED_BODY_MIN or two is None or is_generic(second, "institution"):
            continue
        tail = replace(m, name=second, start=m.start + join.end(), kind=institution_kind(second))
        if two[1] != "institution" and not second.endswith(JOINED_BODY_CENTRE):
            continue
        placed = all(w.flag == LEFTOVER_PLACE_TAG for w in _posseg().cut(first))
        if two[1] == "institution" and first.endswith(GLUED_PLACE_LEVELS) and placed:
            return [tail]
        one = ending_of(first)
        if len(first) < JOINED_BODY_MIN or one is None or one[1] != "institution" or is_generic(first, "institution"):
            continue
        return [replace(m, name=first, end=m.start + join.start(), kind=one[2]), tail]
    return None


def _level_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The province's or city's party committee and government written bare as the leadership a work was done
    under (LEADERSHIP_FRAME) with the city's own among them (LEADERSHIP_CITY_BODY), where no other name covers them."""
    from plankg.loaders.extract.mentions import Mention

    taken = [(m.start, m.end) for m in mentions]
    found = [
        Mention(b.group(), "institution", "政府部门", b.start(), b.end())
        for frame in LEADERSHIP_FRAME.finditer(text)
        if LEADERSHIP_CITY_BODY in frame.group("bodies")
        for b in LEVEL_BODY.finditer(text, frame.start("bodies"), frame.end("bodies"))
        if not any(x < b.end() and b.start() < y for x, y in taken)
    ]
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))
