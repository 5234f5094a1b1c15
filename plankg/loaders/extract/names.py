"""Candidate names: jieba helpers, normalisation, endings, generic (class) names, clause and
sentence bounds. Pure functions over strings; the rules they apply are in
:mod:`plankg.loaders.rules.names`."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from plankg.loaders.extract.places import (
    FUNCTION_WORD_PLACES,
    MISTAGGED_CITIES,
    PLACE_RE,
    PLACE_TAGS,
    PROVINCE_ABBREVIATIONS,
)
from plankg.loaders.rules.names import (
    ACTOR_KIND_PLATFORM,
    ADDRESS_COMMITTEE,
    ADMINISTRATION_NAMED_TAG,
    ADMINISTRATION_WORD,
    ADVERB_TAGS,
    ALTERNATIVE_IN_NAME,
    ASSOCIATION_CODE,
    ASSOCIATION_ENDINGS,
    ASSOCIATION_KIND_WORDS,
    ASSOCIATION_PROPER_OPENING,
    AUTHORITY_COMMITTEE,
    BEAUTIFUL_CHINA_PIONEER,
    CITY_CENTRE,
    CITY_CENTRE_QUALIFIERS,
    CITY_LAB,
    CLASS_BASE_ENDINGS,
    CLASS_BASE_FUNCTION,
    CLASS_BASE_PROPER_TAGS,
    CLASS_MARK,
    CLASS_MARK_KIND_WORDS,
    CLASS_MARK_WORD_TAG,
    CLASS_OPENING,
    CLAUSE_BREAK_MARKS,
    CLAUSE_OPENING_TAGS,
    COMPASS_REGIONS,
    CONJUNCTIONS,
    CONTENT_TIER_DATABASE,
    COORDINATED_TIERS,
    COUNTY_WIDE_OPENING,
    COURT_CLASS_HEAD,
    COURT_ENDINGS,
    DASHES,
    DECLARED_ALIAS,
    DESIGNATED_PARK_ENDINGS,
    DESIGNATED_PARK_TIER,
    DISTRICT_NEW_AREA,
    DOCUMENT_NUMBER_OPENING,
    EGOV_NETWORKS,
    ENDINGS,
    EXISTENCE_OPENING_TAGS,
    EXISTENTIAL_VERBS,
    FIELD_TEAM_ENDINGS,
    FIELD_TEAM_NUMBER,
    FIELD_ZONE_ENDINGS,
    FIRM_BEFORE_ZONE,
    FOREIGN_UNIVERSITY_HEAD_TAGS,
    FRAME_VERB_MISTAGS,
    GENERATION_CODE,
    GENERIC_PATTERNS,
    GOVERNMENT_GENERIC_WORDS,
    HOSPITAL_KIND_ENDINGS,
    HOSPITAL_KIND_ONLY,
    HOSPITAL_OWNER_KINDS,
    INDUSTRY_TAGS,
    INSTITUTION_GENERIC_WORDS,
    INTERNATIONAL_ROLE_CENTRE,
    INTERNATIONAL_ROLE_EXTRA,
    INTERNATIONAL_ROLE_OPENINGS,
    JOINED_PARTY_GOVERNMENT,
    KIND_ECONOMIC_ZONE_ENDING,
    KIND_MARKED_HEAD,
    LEADING_MODIFIER,
    LEADING_NOISE,
    LEADING_VERB_TAGS,
    LEVEL_MIN_DESCRIPTION,
    LEVEL_OF_NAMED_BODY,
    LEVEL_ONLY,
    LEVEL_ORDINAL_HOSPITAL,
    LEVEL_OWN_ENDING,
    LEVEL_PLATFORM_MIN_DESCRIPTION,
    LEVEL_PLATFORM_PREFIX,
    LEVEL_PREFIX,
    LEVELS_ONLY_BODY,
    LIST_ITEM_NUMBER,
    LISTED_FIRM_CLASS,
    LOCALITIES_PLATFORM_OPENING,
    MEGACITY_OPENING,
    MEGACITY_ZONE_KINDS,
    MIN_NAME,
    MINE_CLASS_TAGS,
    MINE_CLASS_WORDS,
    MINE_ENDINGS,
    MINE_NAME_MIN,
    MINE_PLACE_UNIT,
    MUNICIPAL_ZONE,
    MUNICIPAL_ZONE_ENDINGS,
    NAME_CLAUSE_BREAK,
    NAME_INITIAL_VERBS,
    NAMED_AREA_PLACE_TAG,
    NAMED_AREA_WORD,
    NAMED_INSTITUTIONS,
    NATIONAL,
    NATIONAL_DESIGNATION_CLASS,
    NATIONAL_EXCHANGE,
    NATIONAL_FIELD_NAME,
    NATIONAL_INTEGRATED,
    NATIONAL_ONE_INFRASTRUCTURE,
    NATIONAL_TITLE_QUALIFIER,
    NATIONAL_VENUE_HEADS,
    NEW_AREA_ZONE_ENDINGS,
    NODE_ENDING,
    NODE_NOT_PLACE,
    NODE_OWN_ENDINGS,
    NODE_PLACE_BEFORE,
    NOT_A_NAME,
    NOT_A_PLATFORM,
    NUMBERED_CONCEPT,
    ONE_CHARACTER_COUNTY,
    ONE_CHARACTER_COUNTY_TAG,
    ONE_PER_LEVEL_AGENCIES,
    ONE_PER_LEVEL_PLATFORMS,
    ONE_PER_PLACE,
    OWN_NETWORK_ENDINGS,
    OWN_NETWORK_OPENING,
    OWNER_QUALIFIER,
    PARK_KIND_ENDINGS,
    PARK_OWN_WORDS,
    PARK_SITE_HEADS,
    PART_OF_COUNTRY_HEAD_MIN,
    PART_OF_COUNTRY_OPENING,
    PER_PART_OPENING,
    PILOT_ZONE_AREA,
    PLACE_CLOUD_PLATFORM_ENDING,
    PLACE_INSIDE_AFTER,
    PLACE_INSIDE_DESCRIPTION,
    PLACE_LEVEL_END,
    PLACE_LEVEL_TAG,
    PLACE_NAMED_FACILITY_ENDINGS,
    PLACE_ONLY_HUB,
    PLACE_OWN_ENDINGS,
    PLACE_WORD_ZONE_KINDS,
    PLACE_WORD_ZONE_TAG,
    PLAIN_COMMITTEE,
    PLAIN_COMMITTEE_HEAD,
    PLAIN_FIRM_ENDINGS,
    PLAIN_HEAD_ENDINGS,
    PLAIN_INSTITUTE_ENDINGS,
    PLATFORM_ENDINGS,
    PLATFORM_FRAME,
    PLATFORM_GENERIC_WORDS,
    PLUS_BRAND_OPENING,
    PLUS_BRAND_OWN_NAME_MIN,
    PRONOUN_OPENING,
    PROPER_MIN_DESCRIPTION,
    PROPER_PREFIX,
    PROPER_TAGS,
    QUOTE_CLOSED_STRAIGHT,
    QUOTED_BRAND_OPENING,
    QUOTED_DESCRIPTION_TAGS,
    QUOTED_STATUS_PARK,
    QUOTED_WORD,
    REGION_THEME_ECONOMIC_ZONE,
    REGION_WORDS,
    ROLE_CENTRE_WORDS,
    ROLE_ENDINGS,
    ROLE_NAME,
    SENTENCE_BREAK,
    SENTENCE_BREAK_MARKS,
    SEVERAL_LEVELS_BODY,
    SHORT_STATE_ZONE_ENDINGS,
    SHORT_STATE_ZONE_NOT_TAGS,
    SHORT_STATE_ZONE_WORD,
    SHORT_STATE_ZONE_WORD_MIN,
    SOME_OF_OPENING,
    SUBNATIONAL_TIER,
    SURROUNDING_AREA,
    TASK_FORCE,
    TASK_FORCE_NAME_MIN,
    TASK_FORCE_OPENING,
    TIER_BEFORE_REGIONAL_NAME,
    TIER_DATABASE,
    TOWNSHIPS_CLASS,
    TRAILING_NOISE,
    TRANSPORT_HUB,
    TYPED_SCHOOL_OR_HOSPITAL,
    TYPED_SCHOOL_OR_HOSPITAL_ENDINGS,
    UNIVERSITY_ENDINGS,
    UNSPLIT_CONJUNCTIONS,
    UNSPLIT_PROPER_TAGS,
    VALLEY_ENDINGS,
    VALLEY_HEAD_MIN,
    VENUE_SHORT_FORMS,
    VERB_BEFORE_PLACE_TAGS,
    VERB_HEAD_TAGS,
    VERB_OBJECT_FIRM_ENDINGS,
    ZONE_HEADED_AREA,
    Category,
    listed_names,
)
from plankg.loaders.rules.runs import reversed_text

# --- jieba (only for leading verbs) -------------------------------------------------------
_USER_WORDS: set[str] = set()
_USER_WORD_LINES: set[tuple[str, ...]] = set()  # tuples of lines add_user_words was fed whole


class _CachedPosseg:
    """jieba.posseg with its ``cut`` remembered per text. Name rules ask the part of speech of the
    same candidate names, list items and clause heads again and again, and an unknown word sends
    jieba through its HMM (Viterbi), the costliest step of a plan's analysis. The words come back
    as a tuple (iterate it, or list() it, as a cut's generator)."""

    def __init__(self, module: Any) -> None:
        self.module = module

    def cut(self, text: str) -> tuple[Any, ...]:
        return _pos_cut(text)


@lru_cache(maxsize=1)
def _posseg() -> _CachedPosseg:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    for city in MISTAGGED_CITIES:
        jieba.add_word(city, jieba.get_FREQ(city), "ns")
    for place in FUNCTION_WORD_PLACES:
        jieba.add_word(place, None, "ns")  # jieba's suggested frequency (FUNCTION_WORD_PLACES)
    return _CachedPosseg(jieba.posseg)


@lru_cache(maxsize=65_536)
def _pos_cut(text: str) -> tuple[Any, ...]:
    return tuple(_posseg().module.cut(text))


def add_user_words(lines: Iterable[str]) -> None:
    """Feed jieba's user dictionary ("word freq tag" lines, e.g. from the field vocabulary),
    so that field names are not cut apart when leading verbs are looked for."""
    import jieba

    _posseg()
    if isinstance(lines, tuple) and lines in _USER_WORD_LINES:
        return  # the same lines again (a vocabulary's, fed for every plan): every word is known
    for line in lines:
        parts = line.split()
        if not parts or parts[0] in _USER_WORDS:
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        jieba.add_word(parts[0], freq, parts[2] if len(parts) > 2 else None)
        _USER_WORDS.add(parts[0])
        _token_edges.cache_clear()  # word boundaries cached before this word may have changed
        normalise_name.cache_clear()
        _pos_cut.cache_clear()
        is_generic.cache_clear()
    if isinstance(lines, tuple):
        _USER_WORD_LINES.add(lines)


def strip_place_prefix(name: str) -> str:
    """ "嘉定同济大学" → "同济大学": a district named before a university jieba knows as one
    organisation (tag nt) locates it, it is not part of its name. A province is
    ("筹建新疆中医药大学", round 4): provinces name their own universities."""
    words = list(_posseg().cut(name))
    if len(words) < 2 or words[-1].flag != "nt" or len(words[-1].word) < 4:
        return name
    if PLACE_RE.fullmatch("".join(w.word for w in words[:-1])):
        return name
    if "".join(w.word for w in words[:-1]) in COMPASS_REGIONS:
        return name  # "东北林业大学", "华中农业大学": a part of the country names its universities
    if _foreign_university(words[-1].word):
        return name  # "昆山杜克大学": a joint university named by its city (FOREIGN_UNIVERSITY_HEAD_TAGS)
    if is_generic(words[-1].word, "institution"):
        # "东莞理工学院", "深圳理工大学" (round 28): jieba knows 理工学院 as one organisation, but it is a kind of
        # school; the city before it is the school's own name, not where a known university stands.
        return name
    if all(w.flag in PLACE_TAGS for w in words[:-1]):
        return words[-1].word
    return name


def _foreign_university(university: str) -> bool:
    """ "杜克大学": a university whose own word jieba reads as a person's name (FOREIGN_UNIVERSITY_HEAD_TAGS)."""
    head = next((university[: -len(e)] for e in UNIVERSITY_ENDINGS if university.endswith(e)), "")
    words = list(_posseg().cut(head)) if head else []
    return len(words) == 1 and words[0].flag in FOREIGN_UNIVERSITY_HEAD_TAGS


def strip_leading_verbs(name: str, ending: str = "") -> str:
    """Drop verbs jieba finds at the start of a candidate: "攻克海洋综合试验场" →
    "海洋综合试验场"."""
    for _ in range(3):
        words = list(_posseg().cut(name))
        if len(words) < 2:
            return name
        first = words[0]
        if len(words) > 2 and clause_opening(first.flag, words[1].word, words[1].flag):
            rest = name[len(first.word) + len(words[1].word) :]
            if len(rest) >= MIN_NAME and (not ending or rest.endswith(ending)) and len(rest) >= len(ending):
                name = rest
                continue
        rest = name[len(first.word) :]
        verb_before_place = first.word in NAME_INITIAL_VERBS and words[1].flag in VERB_BEFORE_PLACE_TAGS
        mistagged_frame = first.flag in FRAME_VERB_MISTAGS and PLATFORM_FRAME.fullmatch(first.word) is not None
        if (
            (first.flag in LEADING_VERB_TAGS or verb_before_place or mistagged_frame)
            and len(first.word) >= 2
            and (first.word not in NAME_INITIAL_VERBS or verb_before_place)
            and len(rest) >= MIN_NAME
            and (not ending or rest.endswith(ending))
            and len(rest) >= len(ending)
        ):
            name = rest
            continue
        return name
    return name


def clause_opening(tag: str, verb: str, verb_tag: str) -> bool:
    """CLAUSE_OPENING_BEFORE_VERB: a time word or a person then a verb, or an adverb-like word then 有 / 是."""
    if verb_tag != "v":
        return False
    return tag in CLAUSE_OPENING_TAGS or (tag in EXISTENCE_OPENING_TAGS and verb in EXISTENTIAL_VERBS)


# --- small helpers ------------------------------------------------------------------------
# Characters a name never keeps: white space (str.isspace is what the regex class \s matches in a
# str pattern) and quote or title marks (a straight double quote that closes a pair is kept).
_DROPPED_MARKS = frozenset("\"'《》")


# Remembered per raw text, like the cuts it reads (_token_edges): the rules normalise the same
# candidate spans again and again (20,939 calls, 2.3 s of 34 s of profiled analysis over 50
# generated plans). add_user_words forgets it with the cuts.
@lru_cache(maxsize=65_536)
def normalise_name(raw: str) -> str:
    """A name without leading verbs, trailing building words, spaces or quote marks."""
    kept = {m.end() - 1 for m in QUOTE_CLOSED_STRAIGHT.finditer(raw)} if '"' in raw else set()
    name = "".join(c for i, c in enumerate(raw) if not (c.isspace() or c in _DROPPED_MARKS) or (c == '"' and i in kept))
    if name.startswith("“") and name.endswith("”") and name.count("“") == 1:
        name = name[1:-1]  # "“上海技术交易中心”": quoted whole
    if name.count("“") != name.count("”") + name.count('"'):
        name = name.strip("“”")  # a quote mark cut off from its pair
    name = DASHES.sub("—", name).strip("—")
    for _ in range(4):
        before = name
        name = LEADING_NOISE.sub("", name)
        name = TRAILING_NOISE.sub("", name)
        name = LEADING_MODIFIER.sub("", name)
        name = TIER_BEFORE_REGIONAL_NAME.sub("", name)
        name = DOCUMENT_NUMBER_OPENING.sub("", name)
        if name == before:
            break
    name = name.strip("、，。；：,.;:— ")
    for conj in CONJUNCTIONS:
        if name.startswith(conj) and len(name) > len(conj) + MIN_NAME and len(conj) in _token_edges(name):
            name = name[len(conj) :]  # "和A" but not "和林格尔…"
    return name


# The longest ending has this many characters: a name's longest known ending is found by looking
# its last ENDING_MAX, …, 1 characters up in ENDINGS, longest first — this runs for every candidate
# name of every plan; three times faster than the endings as one pattern anchored at the end,
# which the regex engine tried at every start position of the name (1.5 % of the analysis' samples).
ENDING_MAX = max(map(len, ENDINGS))


def ending_of(name: str) -> tuple[str, Category, str] | None:
    """The longest known ending of a name: (ending, category, kind)."""
    for size in range(min(len(name), ENDING_MAX), 0, -1):
        ending = name[-size:]
        if ending in ENDINGS:
            break
    else:
        return None
    category, kind = ENDINGS[ending]
    if ending == "委员会" and AUTHORITY_COMMITTEE.search(name):
        kind = "政府部门"
    if name in listed_names()[1]:
        category, kind = "institution", "国际组织"  # "世界银行" ends like a bank
    return ending, category, kind


def _only_places(prefix: str) -> bool:
    """True when a name prefix is nothing but place names (and 全球/南部 …)."""
    rest = PLACE_RE.sub("", prefix)
    return all(w.flag in PLACE_TAGS or w.word in CITY_CENTRE_QUALIFIERS for w in _posseg().cut(rest))


def _places_before_national(prefix: str) -> bool:
    """Places, and perhaps NATIONAL_TITLE_QUALIFIER, before 国家: "长三角", "大湾区综合性" (not "综合性" alone)."""
    places = prefix.removesuffix(NATIONAL_TITLE_QUALIFIER)
    return bool(places) and _only_places(places)


@lru_cache(maxsize=2)
def _generic_pattern(category: Category) -> re.Pattern[str]:
    words = PLATFORM_GENERIC_WORDS if category == "platform" else INSTITUTION_GENERIC_WORDS
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


class _Candidate:
    """A name is_generic judges, with the parts of it its rules read, each worked out the first time a
    rule reads it (most names are decided by the first rules, before jieba is asked)."""

    def __init__(self, name: str, category: Category) -> None:
        self.name = name
        self.category = category

    @cached_property
    def found(self) -> tuple[str, Category, str] | None:
        """The name's ending, its category and kind (ending_of)."""
        return ending_of(self.name)

    def ends_in(self, endings: Collection[str]) -> bool:
        return self.found is not None and self.found[0] in endings

    @cached_property
    def head(self) -> str:
        """The name without its ending, or the whole name when it has none."""
        return self.name[: len(self.name) - len(self.found[0])] if self.found else self.name

    @cached_property
    def national(self) -> int:
        return self.name.find(NATIONAL)

    @cached_property
    def conjunction(self) -> int:
        """Where the 和 or 及 that coordinates the name's last part stands, or -1 (institutions only)."""
        conj = _last_conjunction(self.name) if self.category == "institution" else -1
        # A government body named by two coordinated fields is one body: "上海市发展和改革委员会"
        # ("改革委员会" alone would be a class; dev round 6).
        if conj > 0 and AUTHORITY_COMMITTEE.search(self.name):
            conj = -1
        if conj > 0 and self.name.startswith(SURROUNDING_AREA, conj):
            conj = -1  # "京津冀及周边地区…小组": the area around a place, no coordination (SURROUNDING_AREA)
        return conj

    @cached_property
    def owner(self) -> re.Match[str] | None:
        return OWNER_QUALIFIER.match(self.head) if self.category == "institution" else None

    @cached_property
    def government_body(self) -> bool:
        return self.category == "institution" and self.found is not None and self.found[2] == "政府部门"

    @cached_property
    def firm(self) -> bool:
        """A firm's ending, not the object of a verb: "发行公司债券" is no firm (not "联想公司/nt")."""
        firm = self.found is not None and self.found[2] == "企业"
        if firm and self.ends_in(VERB_OBJECT_FIRM_ENDINGS) and len(_posseg().cut(self.name)) > 1:
            firm = False
        return firm

    @cached_property
    def bare(self) -> str:
        """The head without generic patterns, roles (a centre's or a hub's) and bracketed words."""
        bare = GENERIC_PATTERNS.sub("", self.head)
        if self.category == "platform" and self.ends_in(ROLE_ENDINGS):
            bare = _role_pattern().sub("", bare)  # "上海国内大循环中心" is a role however long
        return re.sub(r"（[^）]*）|\([^)]*\)", "", bare)  # "国家工程技术（研究）中心": an optional word

    @cached_property
    def rest(self) -> str:
        """What the head says of its own: without generic patterns, roles, generic words and marks."""
        rest = GENERIC_PATTERNS.sub("", self.head)
        if self.category == "platform" and self.ends_in(ROLE_ENDINGS):
            rest = _role_pattern().sub("", rest)  # before the generic words, which would split 服务业
        generic = _generic_pattern(self.category)
        kept = [
            w.word
            for w in _posseg().cut(rest)
            if (
                w.flag in UNSPLIT_PROPER_TAGS
                and w.word not in _USER_WORDS
                and not generic.fullmatch(w.word)
                and generic.search(w.word)
                and all(m.group() in UNSPLIT_CONJUNCTIONS for m in generic.finditer(w.word))
            )
            or (
                w.flag == CLASS_MARK_WORD_TAG
                and len(w.word) > 1
                and w.word.startswith(CLASS_MARK)
                and w.word not in CLASS_MARK_KIND_WORDS
            )
        ]  # "协和": a proper word a generic one would split (UNSPLIT_PROPER_TAGS), held out of the cut; "类脑"
        for i, word in enumerate(kept):
            rest = rest.replace(word, f"\x00{i}\x00")
        rest = generic.sub("", rest)
        for i, word in enumerate(kept):
            rest = rest.replace(f"\x00{i}\x00", word)
        placed = PROPER_PREFIX.match(self.name) is not None
        codes = [m.group() for m in GENERATION_CODE.finditer(rest)] if placed else []  # "6G": GENERATION_CODE
        for i, code in enumerate(codes):
            rest = rest.replace(code, chr(0xE000 + i), 1)  # a private-use mark: no digit the strip would take
        rest = re.sub(r"[—·0-9（）()“”]", "", rest)
        for i, code in enumerate(codes):
            rest = rest.replace(chr(0xE000 + i), code, 1)
        return rest


@dataclass(frozen=True)
class GenericRule:
    """One rule of is_generic: when `applies` holds for a name of one of its categories, the name
    names a class (`generic`) or one entity (not `generic`), and no later rule is asked."""

    name: str
    categories: frozenset[Category]
    generic: bool
    applies: Callable[[_Candidate], bool]
    why: str  # the reason, with a real example


_PLATFORM: frozenset[Category] = frozenset({"platform"})
_INSTITUTION: frozenset[Category] = frozenset({"institution"})
_BOTH: frozenset[Category] = frozenset({"platform", "institution"})


def _egov_network(c: _Candidate) -> bool:
    return c.name.endswith(tuple(EGOV_NETWORKS)) and not SUBNATIONAL_TIER.match(c.name) and "各" not in c.name


def _one_per_level_agency(c: _Candidate) -> bool:
    # A generic word jieba tags as a person's name is no place (session 26: "实施智慧博物馆项目", 智慧/nr).
    return bool(
        c.ends_in(ONE_PER_LEVEL_AGENCIES)
        and c.head
        and (LEVEL_ONLY.fullmatch(c.head) or (_only_places(c.head) and _generic_pattern(c.category).sub("", c.head)))
    )


def _government_generic_word(c: _Candidate) -> bool:
    return c.government_body and any(
        word in c.name
        for word in GOVERNMENT_GENERIC_WORDS
        if len(word) > 1 and word != ADMINISTRATION_WORD and not (word == NAMED_AREA_WORD and _named_area(c.name))
    )


def _plain_committee(c: _Candidate) -> bool:
    return (
        c.found is not None
        and c.found[0] == PLAIN_COMMITTEE
        and len(c.head) == PLAIN_COMMITTEE_HEAD
        and _one_plain_word(c.head, c.category)
    )


def _plain_institute(c: _Candidate) -> bool:
    return (
        c.ends_in(PLAIN_INSTITUTE_ENDINGS) and not LEVEL_PREFIX.match(c.head) and _one_plain_word(c.head, "institution")
    )


def _field_college(c: _Candidate) -> bool:
    """A college or university named by a field of the vocabulary (a user word) and common words
    only: no place, no proper word, nothing quoted or bracketed ("人工智能学院", "国家示范性人工智能学院";
    not "广西人工智能学院", "同济大学", "国家冰雪运动学院", whose heads hold no field of the vocabulary)."""
    if not c.ends_in(UNIVERSITY_ENDINGS) or not c.head or re.search(r"[“”（）()]", c.head) or PLACE_RE.search(c.head):
        return False
    words = _posseg().cut(c.head)
    fields = [w for w in words if w.word in _USER_WORDS]
    return bool(fields) and not any(w.flag in PROPER_TAGS and w.word not in _USER_WORDS for w in words)


def _plain_firm(c: _Candidate) -> bool:
    return bool(
        c.ends_in(PLAIN_FIRM_ENDINGS)
        and c.head
        and not LEVEL_PREFIX.match(c.head)
        and _one_plain_word(c.head, c.category)
        and all(w.flag in INDUSTRY_TAGS for w in _posseg().cut(c.head))
    )


def _described_after_place(c: _Candidate) -> bool:
    proper = PROPER_PREFIX.match(c.bare)
    return proper is not None and len(c.bare) - proper.end() >= PROPER_MIN_DESCRIPTION


def _level_own_platform(c: _Candidate) -> bool:
    level_own = LEVEL_PLATFORM_PREFIX.match(c.bare)
    return (
        level_own is not None
        and len(c.bare) - level_own.end() >= LEVEL_PLATFORM_MIN_DESCRIPTION
        and (LEVEL_OWN_ENDING.search(c.name) is not None or c.ends_in(ONE_PER_PLACE))
    )


def _level_own_institution(c: _Candidate) -> bool:
    level = LEVEL_PREFIX.match(c.bare)
    return level is not None and len(c.bare) - level.end() >= LEVEL_MIN_DESCRIPTION


def _coordinated_class(c: _Candidate) -> bool:
    return c.conjunction > 0 and is_generic(c.name[c.conjunction + 1 :], c.category)


def _municipal_zone(c: _Candidate) -> bool:
    """A municipality's name before a zone ending of MUNICIPAL_ZONE_ENDINGS, written in full or short. The full
    endings are no endings of ours (the name's known ending is 开发区), so the ending is read off the name itself:
    "以北京经济技术开发区、…为主阵地" (round 24, 北京's 中关村 outline) named no zone."""
    return any(
        c.name.endswith(ending) and MUNICIPAL_ZONE.search(c.name[: -len(ending)]) is not None
        for ending in MUNICIPAL_ZONE_ENDINGS
    )


def _short_state_zone(c: _Candidate) -> bool:
    """SHORT_STATE_ZONE: a word of the head's own, which a generic word only cuts into, names a 高新区 or
    经开区 ("市北高新区", "上海湾区高新区", "大同经开区"); generic words whole are tiers and kinds ("国家级高新区")."""
    if not c.ends_in(SHORT_STATE_ZONE_ENDINGS):
        return False
    generic = _generic_pattern(c.category)
    return any(
        len(w.word) >= SHORT_STATE_ZONE_WORD_MIN
        and SHORT_STATE_ZONE_WORD.fullmatch(w.word) is not None
        and w.flag not in SHORT_STATE_ZONE_NOT_TAGS
        and generic.fullmatch(w.word) is None
        and GENERIC_PATTERNS.fullmatch(w.word) is None
        and w.word not in SHORT_STATE_ZONE_ENDINGS  # "高新区、经开区": another zone's ending, no place
        for w in _posseg().cut(c.head)
    )


def _park_kind(c: _Candidate) -> bool:
    return bool(
        c.ends_in(PARK_KIND_ENDINGS)
        and c.head
        and not PARK_OWN_WORDS.search(c.head)
        and not c.head.endswith((*PARK_SITE_HEADS, *(e for e, _ in PLATFORM_ENDINGS)))  # "…光源园区": one's site
        and _no_proper_word(c.head)
    )


def _designated_park(c: _Candidate) -> bool:
    """DESIGNATED_PARK_ENDINGS: "生态工业示范园区", "国家级绿色工业示范园区" are designations, not one park."""
    return c.ends_in(DESIGNATED_PARK_ENDINGS) and _no_proper_word(DESIGNATED_PARK_TIER.sub("", c.head))


def _international_role_centre(c: _Candidate) -> bool:
    """INTERNATIONAL_ROLE_CENTRE: a place (or none), 国际 and sectors only before 中心, "南京国际航运中心"."""
    m = INTERNATIONAL_ROLE_CENTRE.search(c.name)
    if m is None or _international_role_words().sub("", m.group("roles")):
        return False
    before = c.name[: m.start()]
    for opening in INTERNATIONAL_ROLE_OPENINGS:
        before = before.removeprefix(opening)
    if not before or PLACE_RE.fullmatch(before) is not None or all(ch in PROVINCE_ABBREVIATIONS for ch in before):
        return True
    return all(w.flag in PLACE_TAGS or w.word in MISTAGGED_CITIES for w in _posseg().cut(before))


@lru_cache(maxsize=1)
def _international_role_words() -> re.Pattern[str]:
    words = (*ROLE_CENTRE_WORDS, *INTERNATIONAL_ROLE_EXTRA)
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _one_character_county(c: _Candidate) -> bool:
    if not ONE_CHARACTER_COUNTY.match(c.head):
        return False
    first = next(iter(_posseg().cut(c.head)), None)
    return first is not None and first.word == c.head[:2] and first.flag == ONE_CHARACTER_COUNTY_TAG


def _zone_of_a_place_word(c: _Candidate) -> bool:
    """PLACE_WORD_ZONE: a zone's head is one word jieba tags as a place, which a generic word of ours cut into:
    "新郑|综保区" (rest 郑); a place removed whole is a class's ("广东高新区", "上海示范区": rest empty)."""
    if c.found is None or c.found[2] not in PLACE_WORD_ZONE_KINDS or not 0 < len(c.rest) < len(c.head):
        return False
    words = list(_posseg().cut(c.head))
    return len(words) == 1 and words[0].flag == PLACE_WORD_ZONE_TAG


def _place_with_level(c: _Candidate) -> bool:
    """The name opens with one word jieba tags as a place (PLACE_LEVEL_TAG) that ends with a level (PLACE_LEVEL_END) and
    holds the head: "奉节县|政府" (PLACE_LEVEL_END)."""
    first = next(iter(_posseg().cut(c.name)), None)
    return (
        first is not None
        and first.flag == PLACE_LEVEL_TAG
        and first.word.endswith(PLACE_LEVEL_END)
        and len(first.word) > len(c.head)
        and first.word.startswith(c.head)
    )


# The rules of is_generic, asked in this order; the first that applies to a name of its category
# decides. A name no rule decides is one entity.
def _node_without_place(c: _Candidate) -> bool:
    return node_without_place(c.name)


def node_without_place(name: str) -> bool:
    """A node with no place word right before 节点 / 解析节点 (NODE_WITHOUT_PLACE): a kind, whatever frames it (a
    national opening too: "打造全国一体化算力网重要节点", round 4)."""
    if not name.endswith(NODE_ENDING) or name.endswith(NODE_OWN_ENDINGS):
        return False
    head = NODE_PLACE_BEFORE.sub("", name)
    words = list(_posseg().cut(head))
    return not (words and words[-1].flag == "ns" and len(words[-1].word) >= 2 and words[-1].word not in NODE_NOT_PLACE)


def _kind_economic_zone(c: _Candidate) -> bool:
    """An economic zone named by one word before its ending, or by a region's theme (KIND_ECONOMIC_ZONE)."""
    if not c.name.endswith(KIND_ECONOMIC_ZONE_ENDING):
        return False
    if REGION_THEME_ECONOMIC_ZONE.search(c.name):
        return True
    head = c.name[: -len(KIND_ECONOMIC_ZONE_ENDING)]
    return len(list(_posseg().cut(head))) <= 1


GENERIC_RULES: tuple[GenericRule, ...] = (
    GenericRule(
        "listed institution",
        _BOTH,
        False,
        lambda c: c.name in NAMED_INSTITUTIONS or c.name in VENUE_SHORT_FORMS,
        "NAMED_INSTITUTIONS and VENUE_SHORT_FORMS are names",
    ),
    GenericRule(
        "level's named body",
        _INSTITUTION,
        False,
        lambda c: any(c.name.startswith(x) and c.name[len(x) :] in NAMED_INSTITUTIONS for x in LEVEL_OF_NAMED_BODY),
        '"省人大常委会", "市科协": the level\'s own body of a named kind (LEVEL_OF_NAMED_BODY)',
    ),
    GenericRule(
        "level's numbered hospital",
        _INSTITUTION,
        False,
        lambda c: LEVEL_ORDINAL_HOSPITAL.match(c.name) is not None,
        '"市四医院", "省中医院": the level\'s own hospital by its number (LEVEL_ORDINAL_HOSPITAL)',
    ),
    GenericRule(
        "Beautiful China status",
        _PLATFORM,
        True,
        lambda c: BEAUTIFUL_CHINA_PIONEER.search(c.name) is not None,
        '"长三角美丽中国先行区", "美丽中国省域先行区": a status conferred (BEAUTIFUL_CHINA_PIONEER)',
    ),
    GenericRule(
        "every township's",
        _BOTH,
        True,
        lambda c: TOWNSHIPS_CLASS.search(c.name) is not None,
        '"乡镇卫生院", "乡镇（街道）区域养老服务中心": one in every township, a class (TOWNSHIPS_CLASS)',
    ),
    GenericRule(
        "network of a kind",
        _PLATFORM,
        True,
        lambda c: c.ends_in(OWN_NETWORK_ENDINGS) and OWN_NETWORK_OPENING.match(c.name) is None,
        '"业务专网", "移动专网": a kind of network every body keeps (OWN_NETWORK_OPENING)',
    ),
    GenericRule(
        "pronoun opening",
        _BOTH,
        True,
        lambda c: PRONOUN_OPENING.match(c.name) is not None,
        '"其常务委员会", "其他商业银行": its or the other ones, no name (PRONOUN_OPENING)',
    ),
    GenericRule(
        "one per part",
        _PLATFORM,
        True,
        lambda c: PER_PART_OPENING.match(c.name) is not None,
        '"分层级响应资源库": one for each tier, a kind (PER_PART_OPENING)',
    ),
    GenericRule(
        "city's innovation centre",
        _PLATFORM,
        True,
        lambda c: c.name.endswith(CITY_CENTRE) and _only_places(c.name[: -len(CITY_CENTRE)]),
        '"上海南部科技创新中心": the city\'s ambition after places (CITY_CENTRE)',
    ),
    GenericRule(
        "national title after places",
        _PLATFORM,
        False,
        lambda c: c.national > 0 and _places_before_national(c.name[: c.national]),
        '"长三角国家技术创新中心": the national centre located there (NATIONAL)',
    ),
    GenericRule(
        "national designation",
        _PLATFORM,
        True,
        lambda c: NATIONAL_DESIGNATION_CLASS.match(c.name) is not None,
        '"国家医学中心": a designation given field by field, a class (NATIONAL_DESIGNATION_CLASS)',
    ),
    GenericRule(
        "national centre by its field",
        _PLATFORM,
        False,
        lambda c: NATIONAL_FIELD_NAME.match(c.name) is not None,
        '"国家智能传感器创新中心" (NATIONAL_FIELD_NAME)',
    ),
    GenericRule(
        "national exchange",
        _PLATFORM,
        False,
        lambda c: NATIONAL_EXCHANGE.match(c.name) is not None,
        '"国家绿色技术交易中心": the nation\'s one exchange of a good (NATIONAL_EXCHANGE)',
    ),
    GenericRule(
        "one integrated system",
        _PLATFORM,
        False,
        lambda c: NATIONAL_INTEGRATED.match(c.name) is not None,
        '"全国一体化算力网", "省一体化大数据平台" (NATIONAL_INTEGRATED)',
    ),
    GenericRule(
        "the nation's one infrastructure",
        _PLATFORM,
        False,
        lambda c: NATIONAL_ONE_INFRASTRUCTURE.match(c.name) is not None,
        '"全国生态环境监测大数据平台" (NATIONAL_ONE_INFRASTRUCTURE)',
    ),
    GenericRule(
        "the level's e-government network",
        _PLATFORM,
        False,
        _egov_network,
        '"政务服务网", "电子政务外网": the level\'s own network (EGOV_NETWORKS)',
    ),
    GenericRule(
        "body at several levels",
        _INSTITUTION,
        True,
        lambda c: SEVERAL_LEVELS_BODY.match(c.name) is not None,
        '"四级生活垃圾分类工作联席会议": one at each level',
    ),
    GenericRule(
        "subnational tier",
        _BOTH,
        True,
        lambda c: SUBNATIONAL_TIER.match(c.name) is not None and "“" not in c.name,
        '"省级工业设计中心", "省级粮食应急工作指挥部": a tier, not a name',
    ),
    GenericRule(
        "coordinated tiers",
        _BOTH,
        True,
        lambda c: COORDINATED_TIERS.match(c.name) is not None,
        '"国家和省级区域医疗中心", "国家和省级文物数据中心": a centre at each level, a class (COORDINATED_TIERS)',
    ),
    GenericRule(
        "city's area",
        _PLATFORM,
        True,
        lambda c: (
            c.name.endswith("片区")
            and not c.name.endswith("新片区")
            and not PILOT_ZONE_AREA.search(c.name)
            and not ZONE_HEADED_AREA.search(c.name)
        ),
        '"主题游径片区": an area of a city, not a zone\'s area (PILOT_ZONE_AREA, ZONE_HEADED_AREA)',
    ),
    GenericRule(
        "tier of databases",
        _PLATFORM,
        True,
        lambda c: TIER_DATABASE.match(c.name) is not None,
        '"主题数据库": a tier of databases',
    ),
    GenericRule(
        "database by its content",
        _PLATFORM,
        False,
        lambda c: CONTENT_TIER_DATABASE.match(c.name) is not None,
        '"水信息基础数据库", "行业监测数据库": the content names the database',
    ),
    GenericRule(
        "place's cloud platform",
        _PLATFORM,
        False,
        lambda c: PLACE_CLOUD_PLATFORM_ENDING.search(c.name) is not None and PROPER_PREFIX.match(c.name) is not None,
        '"宁夏教育云平台": a place\'s cloud for a field',
    ),
    GenericRule("not a platform", _PLATFORM, True, lambda c: NOT_A_PLATFORM.search(c.name) is not None, '"农村宅基地"'),
    GenericRule(
        "district new area",
        _PLATFORM,
        True,
        lambda c: DISTRICT_NEW_AREA.match(c.name) is not None,
        '"浦东新区", "滨海新区": a state-level new area that is its city\'s district, a place (DISTRICT_NEW_AREA)',
    ),
    GenericRule(
        "megacity's kind",
        _PLATFORM,
        True,
        lambda c: (
            MEGACITY_OPENING.match(c.name) is not None and c.found is not None and c.found[2] in MEGACITY_ZONE_KINDS
        ),
        '"超大城市零碳园区": a zone megacities set up (MEGACITY_OPENING)',
    ),
    GenericRule(
        "localities' own",
        _PLATFORM,
        True,
        lambda c: LOCALITIES_PLATFORM_OPENING.match(c.name) is not None,
        '"地方政务服务平台", "国务院部门政务服务平台": each one\'s own (LOCALITIES_PLATFORM_OPENING)',
    ),
    GenericRule(
        "actor's own",
        _PLATFORM,
        True,
        lambda c: ACTOR_KIND_PLATFORM.search(c.name) is not None,
        '"充换电运营商平台": each operator\'s own (ACTOR_KIND_PLATFORM)',
    ),
    GenericRule(
        "status of parks",
        _PLATFORM,
        True,
        lambda c: QUOTED_STATUS_PARK.match(c.name) is not None,
        '"“无废园区”", "“五好”园区": a status parks earn',
    ),
    GenericRule(
        "quality aimed at",
        _BOTH,
        True,
        lambda c: CLASS_OPENING.match(c.name) is not None,
        '"高水平工业设计中心": a quality aimed at, a kind',
    ),
    GenericRule(
        "alternative kinds",
        _PLATFORM,
        True,
        lambda c: ALTERNATIVE_IN_NAME.search(c.name) is not None,
        '"全球或者区域资金管理中心": either kind, not one platform',
    ),
    GenericRule(
        "numbered concept",
        _BOTH,
        True,
        lambda c: NUMBERED_CONCEPT.search(c.name) is not None,
        '"一心三区一平台", "四委一局", "基层治理四平台"',
    ),
    GenericRule(
        "role", _PLATFORM, True, lambda c: ROLE_NAME.search(c.name) is not None, "a role of a region (ROLE_NAME)"
    ),
    GenericRule(
        "international role centre",
        _PLATFORM,
        True,
        _international_role_centre,
        '"打造南京国际航运中心", "沪港国际金融中心": the role a city aims to play (INTERNATIONAL_ROLE_CENTRE)',
    ),
    GenericRule(
        "county-wide",
        _PLATFORM,
        True,
        lambda c: COUNTY_WIDE_OPENING.match(c.name) is not None,
        '"县域医疗次中心": one in every county (COUNTY_WIDE_OPENING)',
    ),
    GenericRule(
        "transport hub",
        _PLATFORM,
        True,
        lambda c: TRANSPORT_HUB.search(c.name) is not None or PLACE_ONLY_HUB.match(c.name) is not None,
        '"重庆东站枢纽", "南沙枢纽": an interchange or a district, no platform (TRANSPORT_HUB, PLACE_ONLY_HUB)',
    ),
    GenericRule(
        "node without its place",
        _PLATFORM,
        True,
        _node_without_place,
        '"工业互联网标识解析节点", "特色节点": a node no place hosts (NODE_WITHOUT_PLACE)',
    ),
    GenericRule(
        "kind of economic zone",
        _PLATFORM,
        True,
        _kind_economic_zone,
        '"临港经济区", "海西经济区": a kind or a region, one word before the ending (KIND_ECONOMIC_ZONE)',
    ),
    GenericRule(
        "not a name",
        _PLATFORM,
        True,
        lambda c: NOT_A_NAME.search(c.name) is not None,
        'a period or a description: "十四五…", "…的…" (NOT_A_NAME)',
    ),
    GenericRule("region", _PLATFORM, True, lambda c: PLACE_RE.fullmatch(c.name) is not None, '"粤港澳大湾区"'),
    GenericRule(
        "cut inside brackets", _BOTH, True, lambda c: c.name.count("（") != c.name.count("）"), "brackets left open"
    ),
    GenericRule(
        "formula",
        _BOTH,
        True,
        lambda c: "+" in QUOTED_WORD.sub("", c.name) or _plus_brand_before_a_kind(c.name),
        '"企业+合作社+基地", "“互联网+”服务平台": a formula, not a name (PLUS_BRAND_OWN_NAME)',
    ),
    GenericRule(
        "quoted brand's platform",
        _PLATFORM,
        False,
        lambda c: _quoted_brand_platform(c),
        '"“广智能”服务平台": a brand opens the name (QUOTED_BRAND_OPENING)',
    ),
    GenericRule("each", _BOTH, True, lambda c: "各" in c.name, '"国务院各部委", "各地区政务服务平台"'),
    GenericRule(
        "concerned", _INSTITUTION, True, lambda c: "有关" in c.name, '"中国水产科学研究院有关研究所" (round 9)'
    ),
    GenericRule(
        "kind marked by 类",
        _INSTITUTION,
        True,
        lambda c: c.found is not None and KIND_MARKED_HEAD.search(c.head) is not None,
        '"工业遗产、工业类博物馆、工业企业等" (heldout12): a kind of museum (KIND_MARKED_HEAD)',
    ),
    GenericRule(
        "typed school or hospital",
        _INSTITUTION,
        True,
        lambda c: c.ends_in(TYPED_SCHOOL_OR_HOSPITAL_ENDINGS) and TYPED_SCHOOL_OR_HOSPITAL.search(c.head) is not None,
        '"应用型工业大学", "研究型医院": a kind of school or hospital (TYPED_SCHOOL_OR_HOSPITAL)',
    ),
    GenericRule(
        "firms by their listing",
        _INSTITUTION,
        True,
        lambda c: LISTED_FIRM_CLASS.search(c.name) is not None,
        '"北交所上市公司", "境内上市公司": firms listed there, a class (LISTED_FIRM_CLASS)',
    ),
    GenericRule(
        "hospital by its kind alone",
        _INSTITUTION,
        True,
        lambda c: c.ends_in(HOSPITAL_KIND_ENDINGS) and HOSPITAL_KIND_ONLY.match(c.head) is not None,
        '"县办公立中医医院", "中医医院": a kind each county has (HOSPITAL_KIND_ONLY)',
    ),
    GenericRule(
        "coordinated class",
        _INSTITUTION,
        True,
        _coordinated_class,
        '"中航系和高水平研究型大学", "重大事项及公司": the coordinated head is a class',
    ),
    GenericRule(
        "one per place",
        _PLATFORM,
        False,
        lambda c: c.found is not None and c.found[0] in ONE_PER_PLACE and PLACE_RE.search(c.name) is not None,
        '"上海技术交易中心"',
    ),
    GenericRule(
        "city's laboratory",
        _PLATFORM,
        False,
        lambda c: CITY_LAB.match(c.name) is not None,
        '"重庆实验室", "之江实验室": a city\'s own laboratory',
    ),
    GenericRule(
        "chain of aspects",
        _BOTH,
        True,
        lambda c: c.name.count("—") > 1,
        '"企业—知识产权—技术—人才—大数据平台": a chain of aspects, not a name',
    ),
    GenericRule(
        "level's own platform",
        _PLATFORM,
        False,
        lambda c: c.ends_in(ONE_PER_LEVEL_PLATFORMS) and LEVEL_ONLY.fullmatch(c.head) is not None,
        '"市大数据平台": the city\'s own',
    ),
    GenericRule(
        "the nation's venue",
        _INSTITUTION,
        False,
        lambda c: c.found is not None and c.found[2] == "场馆" and c.head in NATIONAL_VENUE_HEADS,
        '"国家会展中心", "国家博物馆": the nation\'s one',
    ),
    GenericRule("level's own agency", _INSTITUTION, False, _one_per_level_agency, '"市疾控中心": the city\'s own'),
    GenericRule(
        "kind of mine",
        _INSTITUTION,
        True,
        lambda c: c.ends_in(MINE_ENDINGS) and not _names_a_mine(c.head),
        '"中小煤矿", "实现煤矿": the ore, the industry or a class of mines',
    ),
    GenericRule(
        "coordinated ending",
        _INSTITUTION,
        True,
        lambda c: c.head.endswith(("与", "和", "及")) and _ends_with_conjunction(c.head),
        '"党建工作与学校": the ending stands alone, coordinated (not "北京协和医院")',
    ),
    GenericRule(
        "firm by its owner",
        _INSTITUTION,
        True,
        lambda c: c.owner is not None and _one_plain_word(c.head[c.owner.end() :], "institution"),
        '"外国航空公司", "地方法人银行": a kind of firm by who owns it',
    ),
    GenericRule(
        "government body by a generic word",
        _INSTITUTION,
        True,
        _government_generic_word,
        '"试点地区政府", "直辖市人民政府", "有关部门"',
    ),
    GenericRule(
        "government body by its administration",
        _INSTITUTION,
        True,
        lambda c: c.government_body and c.head.endswith(ADMINISTRATION_WORD) and not _administration_named(c.name),
        '"教育行政局": 行政 says what kind of body, not which one',
    ),
    GenericRule(
        "task force",
        _INSTITUTION,
        True,
        lambda c: (
            c.government_body
            and c.ends_in((TASK_FORCE,))
            and not TASK_FORCE_OPENING.match(c.name)
            and len(c.head) < TASK_FORCE_NAME_MIN
        ),
        '"体检评估工作专班": every city\'s task force (not "量子城市空间智能建设工作专班": TASK_FORCE_NAME_MIN)',
    ),
    GenericRule(
        "tier of courts",
        _INSTITUTION,
        True,
        lambda c: c.government_body and c.ends_in(COURT_ENDINGS) and COURT_CLASS_HEAD.fullmatch(c.head) is not None,
        '"全国法院", "高级人民法院": a tier of courts',
    ),
    GenericRule(
        "government of a place read with its level",
        _INSTITUTION,
        False,
        lambda c: c.government_body and c.found is not None and bool(c.head) and _place_with_level(c),
        '"奉节县政府": 奉节县 is a county, though 奉节 alone reads as a verb',
    ),
    GenericRule(
        "government body after a verb",
        _INSTITUTION,
        True,
        lambda c: c.government_body and c.found is not None and len(c.found[0]) > 1 and _verb_head(c.head),
        '"确保法院", "严防法院": a verb before a bare ending (not 建设部: MINISTRY)',
    ),
    GenericRule(
        "government body by its level alone",
        _INSTITUTION,
        True,
        lambda c: c.government_body and LEVELS_ONLY_BODY.fullmatch(c.head) is not None,
        '"区人民政府", "省级人民政府", and a bare "人民政府" (no place says whose)',
    ),
    GenericRule(
        "community in an address",
        _INSTITUTION,
        True,
        lambda c: ADDRESS_COMMITTEE.search(c.name) is not None,
        '"…东城街道办事处水龙岩河居委7组": a community in an address (ADDRESS_COMMITTEE)',
    ),
    GenericRule(
        "some of a kind",
        _BOTH,
        True,
        lambda c: SOME_OF_OPENING.match(c.name) is not None,
        '"部分省级人民政府也出台了相关标准": some of a kind (SOME_OF_OPENING)',
    ),
    GenericRule(
        "joined party committee and government",
        _INSTITUTION,
        True,
        lambda c: JOINED_PARTY_GOVERNMENT.match(c.name) is not None,
        '"全面落实省委省政府关于…部署": a level\'s leadership cited as one word (JOINED_PARTY_GOVERNMENT)',
    ),
    GenericRule(
        "government body",
        _INSTITUTION,
        False,
        lambda c: c.government_body,
        "any other government body is named by its place or field",
    ),
    GenericRule(
        "plain committee",
        _INSTITUTION,
        True,
        _plain_committee,
        '"编辑委员会", "艺术委员会": a committee every body has',
    ),
    GenericRule(
        "institute by its field",
        _INSTITUTION,
        True,
        _plain_institute,
        '"人工智能研究院": a kind of institute by its field',
    ),
    GenericRule(
        "college by its field",
        _INSTITUTION,
        True,
        _field_college,
        '"尽快在试点院校建立人工智能学院" (heldout6), "共建智能制造特色学院" (heldout13): a kind of college',
    ),
    GenericRule(
        "firm by its industry",
        _INSTITUTION,
        True,
        _plain_firm,
        '"航空公司": a kind of firm by its industry (not "市电力公司", the city\'s)',
    ),
    GenericRule(
        "verb before the ending",
        _INSTITUTION,
        True,
        lambda c: c.found is not None and _verb_head(c.head, firm=c.firm),
        '"吸纳博物馆", "切实维护银行": verbs and adverbs before a bare ending',
    ),
    GenericRule(
        "association by another kind",
        _INSTITUTION,
        True,
        lambda c: c.ends_in(ASSOCIATION_ENDINGS) and c.head in ASSOCIATION_ENDINGS,
        '"联盟协会": a kind named by another kind',
    ),
    GenericRule(
        "kind of association",
        _INSTITUTION,
        True,
        lambda c: c.ends_in(ASSOCIATION_ENDINGS) and _no_proper_word(c.head) and not _own_association_head(c.head),
        '"休闲农业和乡村旅游协会": a kind of association',
    ),
    GenericRule(
        "described after a place",
        _PLATFORM,
        False,
        _described_after_place,
        '"上海科技成果转化公共服务平台": a long description after a place is a name',
    ),
    GenericRule(
        "level's own platform by description",
        _PLATFORM,
        False,
        _level_own_platform,
        '"省大数据交易中心": the province\'s own exchange',
    ),
    GenericRule(
        "level's own institution",
        _INSTITUTION,
        False,
        _level_own_institution,
        '"省产业技术研究院": the province\'s own institute, named by its level',
    ),
    GenericRule(
        "kind of base",
        _PLATFORM,
        True,
        lambda c: c.ends_in(CLASS_BASE_ENDINGS) and _class_of_base(c.head),
        '"大型煤炭基地", "物流集散枢纽": a base or hub by what it produces or moves',
    ),
    GenericRule(
        "kind of park",
        _PLATFORM,
        True,
        _park_kind,
        '"未来农业产业园区", "集中加工处理园区": a kind of park by what it holds',
    ),
    GenericRule(
        "designated park",
        _PLATFORM,
        True,
        _designated_park,
        '"生态工业示范园区", "国家级绿色工业示范园区": a designation parks earn (DESIGNATED_PARK_ENDINGS)',
    ),
    GenericRule(
        "one plain word",
        _PLATFORM,
        True,
        lambda c: c.ends_in(PLAIN_HEAD_ENDINGS) and _one_plain_word(c.head),
        '"供应链平台", "投融资平台": one common word before a bare 平台 is a kind',
    ),
    GenericRule(
        "unnamed university",
        _INSTITUTION,
        True,
        lambda c: c.ends_in(UNIVERSITY_ENDINGS) and len(c.rest) < 2,
        '"环大学", "该学院": a university needs a name of two characters',
    ),
    GenericRule(
        "named university",
        _INSTITUTION,
        False,
        lambda c: c.ends_in(UNIVERSITY_ENDINGS),
        "two characters of its own name a university",
    ),
    GenericRule(
        "unnumbered field team",
        _INSTITUTION,
        True,
        lambda c: c.ends_in(FIELD_TEAM_ENDINGS) and not FIELD_TEAM_NUMBER.search(c.head),
        '"地方应体谅地质队": a geology team without its number is any team (FIELD_TEAM_ENDINGS)',
    ),
    GenericRule(
        "firm's site",
        _PLATFORM,
        True,
        lambda c: c.ends_in(NEW_AREA_ZONE_ENDINGS) and FIRM_BEFORE_ZONE.search(c.head) is not None,
        '"海阳市丰源热力有限公司临港产业区热源厂": a district after a firm is the firm\'s site (FIRM_BEFORE_ZONE)',
    ),
    GenericRule(
        "field zone of a place",
        _PLATFORM,
        False,
        lambda c: c.ends_in(FIELD_ZONE_ENDINGS) and bool(c.head) and _only_places(c.head),
        '"上海化工区", "上海化学工业区": the ending says the field, the place names the zone (FIELD_ZONE_ENDINGS)',
    ),
    GenericRule(
        "part of the country's own platform",
        _PLATFORM,
        False,
        lambda c: (
            c.ends_in(ONE_PER_PLACE)
            and len(c.head) >= PART_OF_COUNTRY_HEAD_MIN
            and PART_OF_COUNTRY_OPENING.match(c.head) is not None
        ),
        '"西部数据交易中心": the West\'s one data exchange (PART_OF_COUNTRY_OPENING)',
    ),
    GenericRule(
        "municipality's zone",
        _PLATFORM,
        False,
        _municipal_zone,
        '"重庆经开区", "西部科学城重庆高新区": the one zone of the state named after a municipality (MUNICIPAL_ZONE)',
    ),
    GenericRule(
        "one-character county",
        _PLATFORM,
        False,
        _one_character_county,
        '"魏县经济开发区": a county of one character and 县 is the zone\'s own place (ONE_CHARACTER_COUNTY)',
    ),
    GenericRule(
        "place's own centre or park",
        _PLATFORM,
        False,
        lambda c: c.name.endswith(PLACE_OWN_ENDINGS) and PLACE_RE.match(c.name) is not None,
        '"山东省云计算中心", "重庆数字经济产业园": a province\'s or region\'s own (PLACE_OWN_ENDINGS)',
    ),
    GenericRule(
        "place inside a description",
        _PLATFORM,
        False,
        lambda c: (
            (inside := PLACE_INSIDE_DESCRIPTION.search(c.head, PLACE_INSIDE_AFTER)) is not None
            and inside.end() < len(c.head)
            and not c.head[inside.end() :].lstrip("（）()").startswith(tuple(CITY_CENTRE_QUALIFIERS))
        ),
        '"先进技术成果长三角转化中心": the centre serving 长三角 (PLACE_INSIDE_DESCRIPTION); not a role of the region'
        ' ("支撑引领粤港澳大湾区国际科技创新中心")',
    ),
    GenericRule(
        "named valley",
        _PLATFORM,
        False,
        lambda c: c.ends_in(VALLEY_ENDINGS) and len(c.head) >= VALLEY_HEAD_MIN,
        '"国际医谷", "江苏国际数碳谷": the field is in the ending, a place or 国际 names the valley (VALLEY_ENDINGS)',
    ),
    GenericRule(
        "zone of a place word",
        _PLATFORM,
        False,
        _zone_of_a_place_word,
        '"新郑综保区获准扩区": the zone of a city jieba knows, whatever generic word its name holds (PLACE_WORD_ZONE)',
    ),
    GenericRule(
        "place's facility",
        _PLATFORM,
        False,
        lambda c: c.ends_in(PLACE_NAMED_FACILITY_ENDINGS) and PLACE_RE.fullmatch(c.head) is not None,
        '"上海光源": a light source named by its city alone (PLACE_NAMED_FACILITY_ENDINGS)',
    ),
    GenericRule(
        "short state zone of a place word",
        _PLATFORM,
        False,
        _short_state_zone,
        '"市北高新区", "上海湾区高新区", "大同经开区": a place word a generic character cuts into (SHORT_STATE_ZONE)',
    ),
    GenericRule(
        "nothing of its own",
        _BOTH,
        True,
        lambda c: len(c.rest) < (2 if c.found else 1),
        '"试点地区政府": one character of its own is not a name',
    ),
)
# Each category's rules, in the order above.
_GENERIC_RULES_OF: dict[Category, tuple[GenericRule, ...]] = {
    category: tuple(rule for rule in GENERIC_RULES if category in rule.categories)
    for category in ("platform", "institution")
}


# Remembered per (name, category), like the part-of-speech cuts it reads: the same candidate names
# come back in every region and plan (9,024 calls over 60 generated plans). Its answer depends on
# the rule tables and jieba's dictionary, and add_user_words forgets it when the dictionary grows.
@lru_cache(maxsize=65_536)
def is_generic(name: str, category: Category) -> bool:
    """True when a name designates a class ("国家重点实验室") rather than one entity: the first of
    GENERIC_RULES that applies decides."""
    candidate = _Candidate(name, category)
    for rule in _GENERIC_RULES_OF[category]:
        if rule.applies(candidate):
            return rule.generic
    return False


def _administration_named(name: str) -> bool:
    """The body's last word, 行政 and its ending, is one organisation jieba knows ("工商行政管理局")."""
    words = _posseg().cut(name)
    return bool(words) and words[-1].flag == ADMINISTRATION_NAMED_TAG and ADMINISTRATION_WORD in words[-1].word


def _named_area(name: str) -> bool:
    """地区 right after a place jieba knows (NAMED_AREA_PLACE_TAG), once: "临港地区管委会"."""
    words = list(_posseg().cut(name))
    around = name.find(SURROUNDING_AREA)
    if around > 0 and (
        PLACE_RE.fullmatch(name[:around]) or (words[0].flag == NAMED_AREA_PLACE_TAG and len(words[0].word) == around)
    ):
        return True  # "京津冀|及周边地区…" (SURROUNDING_AREA)
    areas = [i for i, w in enumerate(words) if w.word == NAMED_AREA_WORD]
    return len(areas) == 1 and areas[0] > 0 and words[areas[0] - 1].flag == NAMED_AREA_PLACE_TAG


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(ROLE_CENTRE_WORDS, key=len, reverse=True)))


def name_head(name: str) -> str:
    """A name without its ending ("新能源汽车大数据平台" → "新能源汽车"): what it is about."""
    found = ending_of(name)
    return name[: len(name) - len(found[0])] if found else name


@lru_cache(maxsize=16)
def _mark_class(marks: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(marks) + "]")


def _last_mark(text: str, marks: str, lo: int, hi: int) -> int:
    """``max(text.rfind(mark, lo, hi) for mark in marks)``: where the last of ``marks`` in
    ``text[lo:hi]`` stands, or -1. The first match of the marks' class in the reversed text
    from ``hi`` back: one scan that stops at the nearest mark, where an rfind per mark scanned
    the whole window for every rare one (clause_bounds and sentence_bounds run for every
    candidate name: 3 % of the analysis in py-spy)."""
    n = len(text)
    m = _mark_class(marks).search(reversed_text(text), n - hi, n - lo)
    return n - 1 - m.start() if m is not None else -1


def _after_last_mark(text: str, marks: str, lo: int, hi: int, default: int) -> int:
    """Just after the last of ``marks`` in ``text[lo:hi]``, or ``default`` when there is none."""
    last = _last_mark(text, marks, lo, hi)
    return last + 1 if last >= 0 else default


# CLAUSE_BOUNDS_KEPT: a candidate name's clause is asked for again by the rules that read it (_name_at, then
# _generic_builder for the same span; apply_frames for the found name), each time two searches back over up to 400
# characters and one forward; the last few answers are kept (a pure function of the text and the span; the text's
# hash is computed once per string object, and a key compares it by identity first).
@lru_cache(maxsize=256)
def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between ，。；！？：, line breaks and the numbers of a flattened list,
    NAME_CLAUSE_BREAK) around ``[start, end)``."""
    lo = max(0, start - 400)
    left = _after_last_mark(text, CLAUSE_BREAK_MARKS, lo, start, 0)
    left = _last_item_number_end(text, lo, start, left)
    stop = NAME_CLAUSE_BREAK.search(text, end)
    return left, (stop.start() if stop else len(text))


_ITEM_POINTS = ".．"  # the points LIST_ITEM_NUMBER ends with


def _last_item_number_end(text: str, lo: int, start: int, floor: int) -> int:
    """``max(floor, m.end())`` over the matches ``m`` of LIST_ITEM_NUMBER.finditer(text, lo,
    start + 1) ending by ``start`` (one character past ``start``: an item number's lookahead sees
    the name it opens). The finditer tried its lookbehind at each of the ~400 positions of the
    window for every candidate name (7.8 % of find_document_mentions over 200 generated plans);
    this tries the points of the window from the last, and at each only the 1-3 digits before
    it. A match ends just after a point q < start and starts at s in [max(lo, q-3), q) with
    text[s:q] all digits; matches never overlap (a point is no digit), so the finditer reports
    a match ending at q + 1 exactly when one starts at such an s."""
    hi = start
    while True:
        q = _last_mark(text, _ITEM_POINTS, lo, hi)
        if q < 0 or q + 1 <= floor:
            return floor
        for s in range(max(lo, q - 3), q):
            m = LIST_ITEM_NUMBER.match(text, s, start + 1)
            if m is not None and m.end() == q + 1:
                return q + 1
        hi = q


def sentence_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The sentence (between 。；！？ and line breaks) around ``[start, end)``, within
    ``[lo, hi)``; the closing mark is included."""
    hi = len(text) if hi is None else hi
    left = _after_last_mark(text, SENTENCE_BREAK_MARKS, max(lo, start - 1000), start, lo)
    stop = SENTENCE_BREAK.search(text, end, hi)
    right = stop.end() if stop else hi
    while left < right and text[left] in " \t\u3000":
        left += 1
    return left, right


def _category(ending: str) -> tuple[Category, str]:
    return ENDINGS[ending]


@lru_cache(maxsize=4096)
def _token_edges(run: str) -> frozenset[int]:
    """Offsets in ``run`` where jieba puts a word boundary."""
    import jieba

    _posseg()
    edges, pos = {0}, 0
    for word in jieba.cut(run, HMM=False):
        pos += len(word)
        edges.add(pos)
    return frozenset(edges)


def full_name(name: str, declared: dict[str, str] | None = None) -> str:
    """An abbreviation resolved to the full name the plan declares or the alias list gives
    ("上海交大" → "上海交通大学"); other names unchanged."""
    if declared and name in declared:
        return declared[name]
    return listed_names()[0].get(name, name)


def abbreviations_of(full: str, text: str = "") -> set[str]:
    """The forms that name ``full`` in a plan: the alias list's, and those ``text`` declares
    right after the full name ("上海交通大学（以下简称“上海交大”）")."""
    forms = {short for short, name in listed_names()[0].items() if name == full}
    pos = text.find(full)
    while pos != -1:
        declared = DECLARED_ALIAS.match(text, pos + len(full))
        if declared is not None:
            forms.add(declared.group("short"))
        pos = text.find(full, pos + 1)
    return forms


def _names_a_mine(head: str) -> bool:
    """A mine's head names one mine: no count, verb, pronoun or kind (MINE_CLASS_TAGS,
    MINE_CLASS_WORDS), two characters at least: "热河寿王坟", "左权县河南村", not "中小", "实现"."""
    if len(head) < 2 or any(word in head for word in MINE_CLASS_WORDS):
        return False
    return not any(w.flag in MINE_CLASS_TAGS for w in _posseg().cut(head))


def strip_mine_places(name: str, ending: str) -> str:
    """ "大同市杏儿沟煤矿" → "杏儿沟煤矿": the places that locate a mine are left off its name while
    MINE_NAME_MIN characters of its own stay ("抚顺西露天矿" stays whole)."""
    for _ in range(3):
        first = next(iter(_posseg().cut(name)), None)
        if first is None:
            break
        rest = name[len(first.word) :]
        if not (first.flag in PLACE_TAGS or first.word.endswith(MINE_PLACE_UNIT)):
            break
        if len(rest) - len(ending) < MINE_NAME_MIN:
            break
        name = rest
    return name


def _no_proper_word(head: str) -> bool:
    """No place, proper word (jieba), quoted part or national opening in a head: "休闲农业和乡村旅游"."""
    if not head or re.search(r"[“”（）()]", head) or PLACE_RE.search(head) or ASSOCIATION_PROPER_OPENING.match(head):
        return False
    return not any(w.flag in PROPER_TAGS and w.word not in _USER_WORDS for w in _posseg().cut(head))


def association_own_words(name: str) -> str:
    """What an association's or alliance's head says of its own besides the generic words ("组建未来产业国际创新联盟":
    未来), or "" for a name that does not end like one (ASSOCIATION_SET_UP)."""
    candidate = _Candidate(name, "institution")
    return ASSOCIATION_KIND_WORDS.sub("", candidate.rest) if candidate.ends_in(ASSOCIATION_ENDINGS) else ""


def _own_association_head(head: str) -> bool:
    """ "省具身智能机器人产业", "X9高校院所": a level's own association or one named by a code (ASSOCIATION_CODE)."""
    level = LEVEL_PREFIX.match(head)
    if level is not None and len(head) - level.end() >= LEVEL_MIN_DESCRIPTION:
        return True
    return ASSOCIATION_CODE.match(head) is not None


def _class_of_base(head: str) -> bool:
    """A base's or hub's head with no proper word (CLASS_BASE_PROPER_TAGS, a place, a quoted or
    bracketed part) and no research or service function (CLASS_BASE_FUNCTION): "大型煤炭", "物流集散"."""
    if re.search(r"[“”（）()A-Za-z]", head) or PLACE_RE.search(head) or CLASS_BASE_FUNCTION.search(head):
        return False
    words = _posseg().cut(head)
    if words and words[0].flag == "j" and words[0].word not in _USER_WORDS:
        return False  # "科大讯飞人工智能基地": an abbreviation opening the name
    if _hospital_host(words):
        return False  # "省人民医院国家重大传染病防治基地": the hospital's own base (HOSPITAL_OWNER_KINDS)
    return not any(w.flag in CLASS_BASE_PROPER_TAGS and w.word not in _USER_WORDS for w in words)


def _plus_brand_before_a_kind(name: str) -> bool:
    """PLUS_BRAND_OWN_NAME: a name that opens with a "…+" brand and has less than a name of its own after it."""
    opening = PLUS_BRAND_OPENING.match(name)
    return opening is not None and len(opening.group("rest")) < PLUS_BRAND_OWN_NAME_MIN


def _quoted_brand_platform(c: _Candidate) -> bool:
    """The name opens with a quoted brand (QUOTED_BRAND_OPENING), not a quoted description (QUOTED_DESCRIPTION_TAGS)."""
    match = QUOTED_BRAND_OPENING.match(c.name)
    if match is None:
        return False
    words = _posseg().cut(match.group("brand"))
    return not (len(words) == 1 and words[0].flag in QUOTED_DESCRIPTION_TAGS)


def _hospital_host(words: Sequence[Any]) -> bool:
    """The head opens with a hospital's name (an ending of kind HOSPITAL_OWNER_KINDS where jieba ends a word)."""
    opening = ""
    for w in words[:-1]:
        opening += w.word
        found = ending_of(opening)
        if found is not None and found[1] == "institution" and found[2] in HOSPITAL_OWNER_KINDS:
            return True
    return False


def _ends_with_conjunction(head: str) -> bool:
    """jieba reads the last character of the head as a conjunction of its own."""
    words = list(_posseg().cut(head))
    return bool(words) and words[-1].flag in ("c", "p") and len(words[-1].word) == 1


def _last_conjunction(name: str) -> int:
    """Where the last 和 or 及 that jieba reads as a conjunction of its own stands in a name, or -1:
    not the 和 of "北京协和医院", "和平", "和田"."""
    pos, found = 0, -1
    for word in _posseg().cut(name):
        if word.word in ("和", "及") and word.flag == "c":
            found = pos
        pos += len(word.word)
    return found


def _verb_head(head: str, firm: bool = False) -> bool:
    """The head is one word jieba tags as a verb (VERB_HEAD_TAGS), or several verbs and adverbs
    (VERB_HEAD_TAGS, ADVERB_TAGS) with at least one verb; a firm's head of one verb may be its
    short name ("上药/v集团")."""
    words = list(_posseg().cut(head)) if head else []
    if not words or not all(w.flag in VERB_HEAD_TAGS | ADVERB_TAGS for w in words):
        return False
    if not any(w.flag in VERB_HEAD_TAGS for w in words):
        return False
    return len(words) > 1 or not firm


def _one_plain_word(head: str, category: Category = "platform") -> bool:
    """The head is one common word besides generic ones, with no place, region (REGION_WORDS),
    organisation or other proper word (jieba tags ns, nt, nz, nr, j) and no quoted or bracketed
    part."""
    if re.search(r"[“”（）()]", head) or PLACE_RE.search(head) or head.startswith(("国家", "中国", "全国")):
        return False
    if REGION_WORDS.search(head):
        return False
    generic = _generic_pattern(category)
    words = [w for w in _posseg().cut(head) if not generic.fullmatch(w.word)]
    if any(w.flag in PROPER_TAGS and w.word not in _USER_WORDS for w in words):  # field names are not proper
        return False
    return len(words) <= 1
