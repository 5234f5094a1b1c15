"""Recognise platforms and institutions in plan text: pure functions over strings.

How a name is found
-------------------
Names of platforms and institutions in Chinese plans end in a small set of head nouns
(…实验室, …创新中心, …研究院, …大学, …公司). A candidate is a run of name characters that ends in
such an ending. Its left edge is the previous punctuation mark, moved past the last verb,
preposition or quantifier inside the run ("加快建设|国家集成电路研发中心", "国内领先的|…基地"),
past a leading verb that jieba tags as one ("攻克|海洋综合试验场"), and past "A和" / "A及" / "A与"
where A is a complete name of its own (so "先进光电子及激光技术研发与应用中心" stays whole).

A run also takes in a bracketed qualifier or a quoted word between name characters
("中国（上海）知识产权保护中心", "西部（成都）科学城", "宿迁“四化”同步集成改革示范区").

Framed heads (issue #13). Plans name what they build with heads that are too common to be
endings everywhere — …平台, …中心, …监测网络, …数据库, …示范区, …科学城, …枢纽. Such a head counts
where it ends a word (jieba's boundary: not "中心城区", "网络安全") and its clause deploys it: a
building, strengthening or supporting verb before it (建设, 建立, 完善, 依托, 支持, 争取 …) or
"…建设" after it. So "建立国家核安全监控预警和应急响应平台" and "完善全国辐射环境监测网络" are
platforms, "推动平台经济发展" is not. A framed platform supports only the fields its own name names.

Names without an ending: government bodies by their kind of body (…部 after a ministry's domain,
…委, …局, …厅, …署, guarded against 东部, 布局, 部署 …; 国务院 and other named bodies); museums and
venues (…科技馆, …博物馆, …植物园 → 场馆); international organisations (…组织/…署 after 联合国,
世界, 国际 …, and the list in data/names.yaml → 国际组织); institutions listed before "等" and a
kind ("支持赛力斯、长城等车企"); abbreviations, resolved to the full name by the alias list or
the plan's own "（以下简称…）" (see :func:`listed_mentions`); quoted brands before "等…平台".

A candidate is dropped when it names a class of things rather than one thing:
- its head, without generic words (国家, 重点, 科技, 创新 …), is empty: "国家重点实验室",
  "技术创新中心", "高校协同创新中心";
- it follows "等" — the class label after an enumeration ("…等国家临床医学研究中心建设");
- its clause opens with a quantifier ("组建若干…、临床医学研究中心…等创新基地平台");
- the ending runs on into a larger noun ("创新平台体系", "实验室群") or a category
  ("临床研究创新基地和平台");
- it is a role of the region ("国家重要能源基地", "国际金融中心"), a plan period ("“十四五”…"),
  a numbered concept ("一心三区一平台"), a description ("具有全球影响力的…"), a region alone,
  a count of levels ("100个行业级、区域级…平台"), or one common word before a bare 平台/中心
  ("供应链平台").

Platform or institution
-----------------------
The ending decides, except for 研究院 / 研究中心 and names in an explicit frame:
- a name listed in a 重大平台 block, or as a heading under a section titled for a kind of
  platform (研发基地建设 → "（1）上海生物样本库"), is a Platform;
- a name in an enumeration closed by "等…研究机构/科研机构/研发机构" ("李政道研究所、…、上海期智
  研究院等新型高水平研究机构") is an Institution (科研院所), whatever its ending; so is a
  研究院 / 研究中心 in a section about research institutions (建设高水平研究机构);
- otherwise 研究中心 defaults to Platform and 研究院 / 研究所 to Institution, and
  :mod:`plankg.loaders.extract.link` resolves such an unframed name by how the document frames it
  elsewhere.
The same name can thus be an Institution in one passage and a Platform in another
(上海期智研究院 is a research institution under 建设高水平研究机构 and a platform in the 人工智能
重大平台 list); both records exist, each with its own evidence.

A host institution glued before a platform ("复旦大学附属中山医院上海国际医学科创中心") is split
into the institution and the platform it hosts; glued before another institution
("浙江大学上海高等研究院", "上海交通大学附属仁济医院") the whole is one name.

Institution kinds: 大学/学院 → 高校; 研究所/研究院/科学院 or a research-institution frame →
科研院所; 公司/集团/银行/设计院 → 企业; 医院 → 医院; 管理委员会, 人民政府, ministries, bureaus
and commissions → 政府部门; international organisations → 国际组织; museums and venues → 场馆;
exchanges (交易所) → 其他 (market infrastructure, neither a firm nor an authority), as are
advisory committees and associations; an exchange is read as a platform beside the institution
(:mod:`plankg.loaders.extract.link`, EXCHANGE_AS_PLATFORM). A trading centre (交易中心) the plan
builds is a platform.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from plankg.loaders.extract.institutions import _common_word, institution_kind
from plankg.loaders.extract.names import (
    _USER_WORDS,
    ENDING_MAX,
    ENDINGS,
    _category,
    _only_places,
    _posseg,
    _token_edges,
    association_own_words,
    clause_bounds,
    clause_opening,
    ending_of,
    full_name,
    is_generic,
    normalise_name,
    sentence_bounds,
    strip_leading_verbs,
    strip_mine_places,
    strip_place_prefix,
)
from plankg.loaders.extract.places import PLACE_RE, PLACE_TAGS, PROVINCES, REGION_GROUPS
from plankg.loaders.extract.platforms import platform_kind
from plankg.loaders.rules.names import (
    ABSTRACT_BEFORE_CONJUNCTION,
    ACADEMY_INSTITUTE,
    ACHIEVED_AFTER,
    ACTIVITY_ITEM,
    ADDRESSEE_BRANCH,
    ADDRESSEE_CONTINUATION,
    ADDRESSEE_HEAD_MIN,
    ADDRESSEE_LEAF_ENDINGS,
    ADDRESSEE_LIST_TITLE,
    ADDRESSEE_RUN_LABEL,
    ADDRESSEE_RUN_LABEL_WINDOW,
    ADVERB_BEFORE_FUNCTION_WORD_TAGS,
    AFFILIATED_SCHOOL_AFTER_FORM,
    AFTER_FRAME,
    AMBIGUOUS_ENDINGS,
    ANCHOR,
    ASSOCIATION_ENDINGS,
    ASSOCIATION_SET_UP_BEFORE,
    ASSOCIATION_SET_UP_OWN_MIN,
    ASSOCIATION_URGED,
    AUTHORITY_AFTER,
    AUTHORITY_BEFORE,
    BARE_PLACE_SCHOOL_BEFORE_TAGS,
    BARE_PLACE_SCHOOL_ENDINGS,
    BARE_PLACE_SCHOOL_WORD_MIN,
    BILATERAL_OPENING,
    BODY_AGENCY,
    BODY_CUT_TAGS,
    BODY_LETTER_VERBS,
    BODY_LEVEL_OPENING,
    BODY_PLACE_OPENING,
    BODY_SHORT_FORM_AFTER,
    BODY_VERB_ADVERB_TAGS,
    BODY_VERB_TAGS,
    BOX_ITEM_KIND_LIST,
    BOX_ITEM_KIND_LIST_REACH,
    BRACKETED_BODY_MIN,
    BRANCH_ENDING,
    BRANCH_WITH_HOST,
    BRAND_CELL,
    BRAND_FEATURE_NAME,
    BRAND_HEADS_ITEM,
    BRAND_MAX,
    BRAND_QUOTED,
    BROKEN_CELL_HEAD,
    BROKEN_CELL_HEAD_MAX,
    BROKEN_CELL_LINE_MAX,
    BROKEN_CELL_OWN_LEVEL,
    BROKEN_SCHOOL_TAIL,
    BROKEN_TAB_CELL,
    BUILD_AFTER,
    BUILD_VERB,
    BUREAU_BRANCH_ENDING,
    BUREAU_BRANCH_HOST,
    CENTRAL_AUTHORITIES,
    CENTRAL_BODY,
    CENTRAL_BODY_HEAD,
    CITED_TITLE_OPEN,
    CITED_TITLE_SUBJECT_AFTER,
    CLAUSE_CUT_TAGS,
    CLAUSE_PREPOSITIONS_ONE,
    CLAUSE_QUALIFIER_ADVERB_TAG,
    CLAUSE_QUALIFIER_VERB_TAG,
    CLAUSE_VERB_OPENING_TAGS,
    CLOSE_QUOTE,
    CLOUD_ENDING,
    CLOUD_HEAD,
    CLOUD_HEAD_MAX,
    CLOUD_HEAD_MIN,
    CLOUD_KIND_HEAD_END,
    COBUILT_BEFORE,
    COBUILT_PLACE_WORD_MIN,
    COMMON_NOUN_ITEM_TAGS,
    COMMON_NOUN_TAG,
    COMPANY_FORM_WORDS,
    COMPASS_REGIONS,
    CONJUNCTIONS,
    CONTACT_LINE,
    CONTINUATION,
    COORDINATED_VERB_MARKS,
    COORDINATED_VERB_TAGS,
    COPIED_TO_BEFORE,
    COPIED_TO_WINDOW,
    COPULA_BEFORE,
    COPY_LIST_END,
    COPY_LIST_LABEL,
    COUNT_QUALIFIER,
    COUNT_RIGHT_AFTER,
    COUNTED_CLASS,
    COUNTED_LEVELS,
    COUNTED_SLOGAN_DEFINED,
    COUNTED_SLOGAN_REACH,
    COUNTED_TIER,
    COUNTED_TIER_WINDOW,
    CREATED_BEFORE,
    DEFINED_SHORT_AFTER,
    DEFINED_SHORT_MIN,
    DEFINITE_BUILD_BEFORE,
    DEFINITE_DATA_ENDING,
    DEFINITE_MIN_DESCRIPTION,
    DEFINITE_OPENING_AFTER,
    DEFINITE_OPENING_BEFORE,
    DEFINITE_OPENING_MIN_DESCRIPTION,
    DEFINITE_OPENING_VERB,
    DEFINITION_BEFORE,
    DEPARTMENT_AFTER,
    DESIGNED_AFTER,
    DISTRICT_BEFORE_MARKS,
    DISTRICT_BRAND_NOT_LAST,
    DISTRICT_BRAND_TAGS,
    DISTRICT_PLACE_MAX,
    DISTRICT_QUOTED_BRAND,
    DOCUMENT_CODE_AFTER,
    DOMAIN_NOT_PLACE,
    EACH_OWN_REGION,
    ENDING,
    ENDING_RUNS_ON,
    ENUMERATED_KINDS,
    ENUMERATION_COUNT,
    ENUMERATION_OF_KIND,
    ENUMERATION_RANK,
    EVENT_AFTER,
    EVENT_BEFORE_CONJUNCTION,
    EXAMPLE_ASIDE,
    EXISTENTIAL_VERBS,
    FACILITY_PLATFORM,
    FIELD_QUALIFIER,
    FIGURE_NOT_FIRM_TAGS,
    FIRM_HEADQUARTERS,
    FIRM_LINE,
    FIRM_PHASE,
    FIRM_PHASE_REACH,
    FIRM_PHASE_TAG,
    FIRM_QUALIFIERS,
    FIRM_TAIL,
    FIRM_TAIL_BRAND_MAX,
    FIRM_TAIL_BRAND_MIN,
    FIRM_TAIL_BRAND_TAGS,
    FIRM_TAIL_RUNS_ON,
    FIRMS_ACTING,
    FIRMS_ACTING_INSTITUTE_ENDS,
    FIRMS_ACTING_OPENING,
    FIRMS_ACTING_TAILS,
    FIRST_CLASS_OPENING,
    FIRST_OF_KIND,
    FOLLOWED_BY_CATEGORY,
    FORMER_POST_AFTER_UNIT,
    FORMER_POST_PERSON,
    FORMULA_PART,
    FOUND_VERBS,
    FOUNDED_GARDEN_ENDINGS,
    FRAMED_ENDINGS,
    FRAMEWORK_ITEM,
    FUNCTION_WORD_TAGS,
    GENERIC_ACTOR_AFTER,
    GENERIC_BUILDER,
    HEAD_POST_AFTER,
    HEADING_TAIL,
    HEADING_TAIL_WORDS,
    HEADQUARTERS_ITEM_MAX,
    HOSPITAL_OWNED_ENDINGS,
    HOSPITAL_OWNER_KINDS,
    HOSTED_NATIONAL_OPENING,
    HOSTED_SITE_ENDINGS,
    HOSTED_SITE_PLACE_TAG,
    HOSTED_TOWN_ENDINGS,
    HUB_ENDING,
    HUB_ROLE_AFTER,
    HUB_ZONE_AFTER,
    HYPHEN_IN_NAME,
    INFLUENTIAL_ROLE_BEFORE,
    INFRASTRUCTURE_ITEM,
    INNER_PREPOSITION_MIN,
    INSTITUTION_FRAME,
    INSTITUTION_GENERIC_WORDS,
    INSTITUTION_LEADING_LOCATIVE,
    INSTITUTION_LEADING_RELATION,
    INSTITUTION_LIST_MIN,
    INTEGRATED_AFTER,
    INTERNATIONAL_ENDINGS,
    INTERNATIONAL_OPENING,
    ISSUER_GOVERNMENT,
    ISSUES_PAPER_AFTER,
    ITEM_END_BEFORE_CONJUNCTION,
    ITEM_END_CONJUNCTIONS,
    ITEM_LIST,
    JOINED_SUBJECT,
    JOINT_ZONE_WORDS,
    LANDFORM_AFTER_FORM,
    LAUNCHED_AFTER,
    LEAD_LIST_AFTER,
    LEAD_UNIT_ENDINGS,
    LEADING_VERB_TAGS,
    LEVEL_AGENCY,
    LEVEL_AGENCY_BEFORE,
    LEVEL_CONGRESS,
    LEVEL_CPPCC,
    LEVEL_LIST_BEFORE,
    LEVEL_LIST_OPENING,
    LEVEL_ONLY,
    LEVELLED_PLACE_END,
    LEVELLED_PLACE_NEXT_TAG,
    LINKED_AFTER,
    LINKED_BEFORE,
    LIST_CONTINUED_CLAUSE,
    LIST_CONTINUED_ITEM_END,
    LIST_HEAD_FUSION,
    LIST_HEAD_ITEM_BREAK,
    LIST_HEAD_ITEM_MAX,
    LIST_HEAD_ITEM_WINDOW,
    LIST_HEAD_PLACE_TAGS,
    LIST_HEAD_PROCESS_ITEM,
    LIST_ITEM_BEFORE,
    LIST_SHARED_ITEM_MARKS,
    LIST_SHARED_REACH,
    LIST_SHARED_STOP,
    LISTED_AS_PLATFORM_KINDS,
    LISTED_PARK_ENDINGS,
    LISTED_PARK_ITEM_END,
    LISTED_PARK_ITEM_MAX,
    LISTED_PARK_MIN,
    LISTED_PARK_NOT,
    LISTED_PARKS,
    LISTED_PARTS,
    LISTED_PARTS_REACH,
    LISTED_PLACE_ITEM_END,
    LISTED_SCIENCE_FACILITY_KIND,
    LISTED_SCIENCE_FACILITY_TAILS,
    LISTED_SITE_ITEMS_MAX,
    LISTED_SITE_KIND,
    LISTED_SITE_MAX,
    LISTED_SITE_MIN,
    LISTED_SITE_TAILS,
    LISTED_VERB_OVER_MODIFIED_NOUN,
    LOCATED_OPENING_TAGS,
    MAX_NAME,
    MEMBER_BODY_OPENING,
    MEMBER_BODY_POST,
    MEMBER_BODY_RUN,
    MEMBER_BODY_SPOT,
    MEMBER_NATIONAL_OPENINGS,
    MEMBER_POST,
    MEMBER_POST_RUN,
    MEMBER_POST_SPOT,
    MEMBER_SHORT_BODIES,
    MIN_NAME,
    MINE_ENDINGS,
    MINE_OWNER_ENDINGS,
    MINE_PROJECT_AFTER,
    MINISTRY,
    MISTAGGED_PREPOSITIONS,
    NAME_ADVERBS,
    NAME_CHAR,
    NAMED_CAMPUS_AFTER,
    NAMED_CAMPUS_BREAK,
    NAMED_INSTITUTIONS,
    NAMED_PREFIX,
    NAMING_TAGS,
    NATION_WORD,
    NATIONAL_NETWORK,
    NATIONAL_PLATFORM,
    NATIONAL_STATUS_ZONE,
    NATIONAL_TASK_BODY_WORDS,
    NEEDED_AFTER,
    NEW_ITEM_OPENING,
    NEW_SITE_AFTER,
    NOT_A_BODY,
    NOT_A_QUALIFIER,
    NOT_PREPOSITION_OPENINGS,
    NOUN_PHRASE_MIN_WORDS,
    NOUN_PHRASE_PROPER_AFTER_TAGS,
    NOUN_PHRASE_TAGS,
    NOUN_PHRASE_VERB_TAG,
    NUMBER_LINE_BREAK_MIN,
    OFFICE_END,
    OFFICE_MAX,
    OFFICE_NOT_OPENING,
    OFFICE_TAGS,
    ON_PLATFORM,
    ON_PLATFORM_BEFORE,
    ONE_PLATFORM_HEAD_MIN,
    OPEN_ASIDE,
    OPEN_CALL_DIRECTION_AFTER,
    OPEN_QUOTE,
    ORGANISATION_EVENT_AFTER_FORM,
    ORGANISATION_SUFFIX,
    ORGANISATION_TAIL_MIN,
    ORGANISATION_TAIL_TAGS,
    OWN_BODY_OPENING,
    OWN_GOVERNMENT,
    OWN_GOVERNMENT_BEFORE,
    OWN_LEVEL,
    OWN_NAME_MARK,
    OWN_PLACE_OPENING,
    OWN_TIER_NOT_HEAD,
    OWN_TIER_PLATFORM,
    OWNED_BRAND_OWNER_END,
    OWNER_KINDS,
    PAIRED_PLACES_BUILDERS,
    PAIRED_PLACES_KIND,
    PAIRED_PLACES_SIBLING,
    PAIRED_PLACES_SINGLE_TAG,
    PAIRED_PLACES_TAGS,
    PAPER_CITED_AFTER,
    PARK_AREA_ENDING,
    PARK_AREA_HOST_KIND,
    PARK_CONJUNCTION,
    PARK_ENDINGS,
    PERSON_NAME_LENGTHS,
    PERSON_TAG,
    PHASE_AFTER,
    PILOT_FTZ_ENDING,
    PILOT_ZONE_AREA,
    PLACE_BRACKET_QUALIFIER,
    PLACE_CONJUNCT_NEXT_TAGS,
    PLACE_IN_NAME,
    PLACE_LIST_BEFORE,
    PLACE_NAMED_LAB,
    PLACE_OPENED_ENDINGS,
    PLACE_PAIR_CONJUNCTIONS,
    PLACE_PAIR_FIRST_TAG,
    PLACE_PAIR_LEVELLED_FIRST,
    PLACE_PAIR_SECOND_TAGS,
    PLACE_PART_BRACKET,
    PLACE_WORD_END,
    PLACED_NOT_PLACE,
    PLACED_WORD_MIN,
    PLACED_ZONE_ENDINGS,
    PLACES_SHARING_MIN,
    PLACES_SUBJECT_VERB,
    PLANT_ROOM,
    PLATFORM_ENDINGS,
    PLATFORM_FIRM_AFTER,
    PLATFORM_FRAME,
    PLATFORM_LIST_AFTER,
    PLATFORM_LIST_CLOSE,
    PLATFORM_MAJORITY_ITEM_MIN,
    PLATFORM_MAJORITY_LIST,
    PLATFORM_MAJORITY_MIN,
    PLATFORM_PRODUCT_CONJUNCTIONS,
    PLATFORM_PRODUCT_MIN,
    PLATFORM_SITE_ENDINGS,
    POST_BODY_OPENING,
    POWER_PLANT_ITEM,
    PRODUCT_CELL_ENDING,
    PRODUCT_CELL_MAX,
    PROGRAMME_AFTER,
    PROJECT_ACTIVITY_QUALIFIER,
    PROJECT_CELL_PARK_KIND,
    PROJECT_CELL_TAIL,
    PROJECT_CELL_WORD,
    PROJECT_CELL_WORD_KINDS,
    PROJECT_ENUMERATION,
    PROJECT_FIGURE_FIRM_MIN,
    PROJECT_FIRM_MAX,
    PROJECT_FIRM_TAGS,
    PROJECT_FIRM_TAIL_CHARS,
    PROJECT_FIRM_TAILS,
    PROJECT_NATIONAL_OPENING,
    PROJECT_ROW_NUMBER_REACH,
    PROJECT_ROW_OPENING,
    PROJECT_SUFFIX,
    PROJECT_VERB_TAGS,
    PRONOUN_BODY,
    PRONOUN_TAG,
    PRONOUN_UNIT,
    PROPER_AFTER_CONJUNCTION_TAGS,
    PROPER_PREFIX,
    PROPER_TAGS,
    PROVIDER_CELL,
    PROVIDER_HEADER,
    PROVIDER_NAME_CELL,
    PROVINCE_LOCATOR,
    PROVINCE_SUFFIX,
    QUALITY_DESCRIBED_BEFORE,
    QUALITY_OPENING,
    QUANTIFIER,
    QUOTE_OPENED_BREAK,
    QUOTE_OPENED_MAX,
    QUOTE_OPENS_NAME_ITEM_BEFORE,
    QUOTE_OPENS_NAME_MAX,
    QUOTE_OPENS_NAME_VERB_TAG,
    QUOTED,
    QUOTED_BRAND_ENDINGS,
    QUOTED_BRAND_OF_NAME,
    QUOTED_BRAND_PLATFORM,
    QUOTED_CLOUD_CLOSES,
    QUOTED_FACILITY,
    QUOTED_IN_FACILITY_LIST,
    QUOTED_IN_PLATFORM_LIST,
    QUOTED_KIND_NAMING,
    QUOTED_KIND_TAIL,
    QUOTED_LIST_ITEM_BREAK,
    QUOTED_LIST_REACH,
    QUOTED_MODEL_AFTER,
    QUOTED_STATUS_PARK,
    QUOTED_VALLEY_BRAND,
    QUOTED_VALLEY_REST,
    RANK_AFTER_COUNT,
    RANKED_BRANDS,
    RECIPIENT_PREPOSITION,
    RECOGNISED_BEFORE,
    REGION_WORDS,
    REGIONAL_BRACKET,
    REGIONAL_HEADQUARTERS,
    REGIONAL_HEADQUARTERS_FIRM_MIN,
    REGIONAL_HEADQUARTERS_PROJECT,
    REGIONAL_HEADQUARTERS_UNIT,
    REGISTERED_ON_AFTER,
    RELIED_ON_AFTER,
    RELIED_ON_BEFORE,
    RENOVATION_AFTER,
    REPORTER_NEWSPAPER,
    REPORTER_NEWSPAPER_RUN,
    REPORTER_NEWSPAPER_SPOT,
    RESERVE_ENDINGS,
    RESERVE_INTO_BEFORE,
    REVIEW_INSPECTION_BRANCH,
    RING_AROUND,
    RING_AROUND_VENUE_KIND,
    RING_AROUND_VENUE_PLACE_TAGS,
    ROLE,
    ROLE_VERB_SERIES,
    ROUTE_CHAIN_DASH,
    ROUTE_CHAIN_DASHES,
    ROUTE_FROM_AFTER,
    ROUTE_SEGMENT_AFTER,
    ROUTE_TO_AFTER,
    ROUTE_TO_BEFORE,
    ROW_COLUMN_ASSOCIATION_BRANCH,
    ROW_COLUMN_ASSOCIATION_HEAD_MIN,
    ROW_COLUMN_BREAK,
    ROW_COLUMN_PERSON,
    ROW_COLUMN_REACH,
    ROW_COLUMN_ROWS_MIN,
    ROW_COLUMN_TITLE,
    ROW_COLUMN_UNIT_OPENING_MIN,
    ROW_NUMBER_BEFORE,
    ROW_NUMBER_CELL,
    ROW_UNIT_OF_OTHER_ROWS,
    ROW_UNIT_OPENING,
    ROW_UNIT_OPENING_SPAN,
    SCHOOL_BREAK_TAGS,
    SCHOOL_BREAK_WORDS,
    SCHOOL_CLASS_WORDS,
    SCHOOL_EXAMPLE_AFTER,
    SCHOOL_KIND_WORDS,
    SCHOOL_NAME_END,
    SCHOOL_NAME_MAX,
    SCHOOL_OWN_MIN,
    SCHOOL_PLACE_LEVEL,
    SCHOOL_PLACE_TAGS,
    SEAL_NOTE,
    SECTION_AFTER,
    SECTIONED_ENDINGS,
    SECTOR_PAIR_AFTER,
    SECTOR_QUALIFIERS,
    SHARED_MODIFIER_ITEM,
    SHARED_MODIFIER_MAX,
    SHARED_NATIONAL_TITLE,
    SHORT_BODY_ENDINGS,
    SHORT_OFFICE_FORMS,
    SHORT_STATE_ZONE_ENDINGS,
    SHORT_STATE_ZONE_NOT_TAGS,
    SHORT_STATE_ZONE_WORD_MIN,
    SINGLE_CHARACTER_LIST_BEFORE,
    SITE_ITEM,
    SITE_KIND_LIST_AFTER,
    SPACED_ROW_PERSON_BEFORE,
    SPECIAL_REGION_OPENING,
    STATE_COUNCIL,
    STATE_COUNCIL_OFFICE,
    STATION_ENDINGS,
    STATUS_EARNED,
    STATUS_HOLDER_ENDINGS,
    STATUS_SOUGHT,
    STATUS_SOUGHT_LIST,
    SUB_DEPARTMENT,
    SUB_DEPARTMENT_HOST_ENDINGS,
    SUB_DEPARTMENT_NEXT,
    SUB_DEPARTMENT_NOT,
    SUB_DEPARTMENT_NOT_TAGS,
    SUB_DEPARTMENT_PAIR,
    SUB_PLATFORM,
    SUBJECT_LEAD,
    SUBJECT_PARK_ENDINGS,
    SUBJECT_PARK_OPENING_TAGS,
    SUBJECT_PARK_WORD_FREQ,
    SUBJECT_VERB_AFTER,
    SUBJECT_ZONE_ENDINGS,
    SUBJECT_ZONE_NOT_TAGS,
    SUBNATIONAL_TIER,
    SURROUNDING_AREA,
    SYSTEM_OF_ONE,
    TABLE_ROW_UNIT,
    TASK_BODY_ENDINGS,
    TASK_BODY_SET_UP,
    TERRITORY_WORD,
    THING_BEFORE_CONJUNCTION,
    THING_BEFORE_CONJUNCTION_MIN,
    TIER_AFTER_ZONE,
    TIER_COUNT_AFTER,
    TIER_SYSTEM_OPENING,
    TITLE_ABOUT,
    TITLE_AFTER_UNIT,
    TITLE_QUALIFIER,
    TOWN_TIER_LIST,
    TRAILING_QUALIFIER,
    UNIFIED_BEFORE,
    UNIT_FRAME,
    UNIT_ITEM_ASIDE,
    UNIT_ITEM_END,
    UNIT_ITEM_GENERIC,
    UNIT_ITEM_LEVEL,
    UNIT_ITEM_MAX,
    UNIT_ITEM_OPENING,
    UNIT_ITEM_OTHERS,
    UNIT_ITEM_TRAILER,
    UNIT_LIST_BRACKET,
    UNIT_LIST_LABEL,
    UNIVERSITY_CONTINUATION,
    UNIVERSITY_ENDINGS,
    UNIVERSITY_LAB_ENDING,
    URL_TAIL,
    USAGE_MEASURED_AFTER,
    USED_THROUGH_AFTER,
    USED_THROUGH_BEFORE,
    VERB_BEFORE_NAMED_BODY,
    VERSION_POINT,
    VERTICAL_BODY,
    VERTICAL_BRANCH_ENDINGS,
    VILLAGE_AFTER_FORM,
    WEBSITE_AFTER,
    WITH_PREPOSITION,
    WORD_THEN_PLACED_BODY_FIRST_TAGS,
    WORD_THEN_PLACED_BODY_SECOND_TAGS,
    WRAP_HEAD_MAX,
    WRAP_LINE_MIN,
    WRAP_LINE_SLACK,
    WRAPPED_ENDING_TAIL_MAX,
    WRAPPED_FRAGMENT_AFTER,
    WRAPPED_FRAGMENT_LABEL,
    WRAPPED_FRAGMENT_MAX,
    ZONE_HEADED_AREA,
    ZONE_OPENING_TITLE_MARK,
    ZONE_TITLE_GOES_ON,
    Category,
    Framing,
    listed_firms,
    listed_names,
    listed_surnames,
)
from plankg.loaders.rules.runs import finditer_from_first, finditer_in_runs, runs_holding
from plankg.loaders.text.furniture import PAGE_NUMBER_RULE


@dataclass(frozen=True)
class Mention:
    """One occurrence of a platform or institution name: ``[start, end)`` spans the name as
    written (after trimming), ``name`` is its normalised form."""

    name: str
    category: Category
    kind: str
    start: int
    end: int
    framing: Framing = "free"
    builds: bool = False
    # A 研究院 / 研究中心 name that no frame decided: the document may resolve it.
    ambiguous: bool = False
    # Found by a framed ending (…平台, …中心, …监测网络): known from the verb around it only.
    framed: bool = False


# --- enumerations searched only where they can be -------------------------------------------
# ENUMERATION_OF_KIND, PROJECT_ENUMERATION and ITEM_LIST start with a run of 2-24 name characters
# and backtrack through it at every position of the text before failing on a missing 等 or 、:
# over 100 generated plans they cost 0.44, 0.86 and 0.30 s of CPU, a fifth of the analysis. A
# match lies inside one maximal run of the characters they are made of (none looks behind its
# start, at an anchor or a word boundary, and a lookahead at the run's end sees a character that
# none of them accepts either way) and holds a match of its tail (_ENUMERATION_TAILS: "等…项目",
# "等…企业", "、"), so only the runs where the tail matches are searched: the same matches in the
# same order, from linear scans.
_ENUMERATION_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9、“]+")
_ENUMERATION_TAILS: dict[re.Pattern[str], re.Pattern[str]] = {
    ENUMERATION_OF_KIND: re.compile(
        r"、[^、]*等(?![地省市县区国])[\u4e00-\u9fff]{0,6}?(?:" + "|".join(ENUMERATED_KINDS) + ")"
    ),
    PROJECT_ENUMERATION: re.compile(r"等[“\u4e00-\u9fff]{0,8}?项目"),
    ITEM_LIST: re.compile("、"),
}
# The character every match of a tail opens with: a run holding a tail holds it (runs_holding).
_ENUMERATION_TAIL_OPENING = {ENUMERATION_OF_KIND: "、", PROJECT_ENUMERATION: "等", ITEM_LIST: "、"}


def _finditer_in_runs(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a pattern of _ENUMERATION_TAILS."""
    stop = len(text) if end is None else end
    tail = _ENUMERATION_TAILS[pattern]
    if tail.search(text, start, stop) is None:
        return
    for a, b in runs_holding(_ENUMERATION_RUN, _ENUMERATION_TAIL_OPENING[pattern], text, start, stop):
        if tail.search(text, a, b) is not None:
            yield from pattern.finditer(text, a, b)


# --- names in running text ----------------------------------------------------------------
def _runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of name characters; a place in parentheses inside a name belongs to it
    ("中国（上海）知识产权保护中心", "中以（上海）创新园")."""
    runs: list[tuple[int, int]] = []
    run_start: int | None = None
    i = start
    while i < end:
        if (stretch := _NAME_STRETCH.match(text, i, end)) is not None:
            run_start = i if run_start is None else run_start
            i = stretch.end()
            continue
        if VERSION_POINT.match(text, i) or HYPHEN_IN_NAME.match(text, i):
            run_start = i if run_start is None else run_start
        elif (
            (inner := PLACE_IN_NAME.match(text, i, end)) is not None
            and (run_start is not None or inner.group().startswith("“"))
            and (
                not _names_itself(inner.group(), text[max(0, i - ENDING_MAX) : i])
                or _valley_brand_of_name(text, inner.start(), inner.end())
            )
        ):
            run_start = i if run_start is None else run_start
            i = inner.end()
            continue
        elif (
            run_start is not None
            and (tail := QUOTED_KIND_TAIL.match(text, i, end)) is not None
            and _quoted_kind(tail.group(1), text[run_start:i])
        ):
            i = tail.end()  # "公共文化服务“云平台”": the quoted kind closes the run (QUOTED_KIND_TAIL)
            runs.append((run_start, i))
            run_start = None
            continue
        elif run_start is not None:
            runs.append((run_start, i))
            run_start = None
        if run_start is None:
            # outside a run only a name character or an opening quote can start the next one
            following = _RUN_OPENING.search(text, i + 1, end)
            i = following.start() if following else end
            continue
        i += 1
    if run_start is not None:
        runs.append((run_start, end))
    return [piece for run in runs for piece in _route_stops(text, *run)]


def _quoted_kind(inner: str, before: str) -> bool:
    """A bare kind of platform in quotes (an ending, generic alone) right after a description of two or more name
    characters that is no name of its own ("珞璜片区“先行区”": a zone and its role) nor a short form's naming verb
    ("以下统称“基地”": QUOTED_KIND_NAMING)."""
    found = ending_of(inner)
    return (
        found is not None
        and found[1] == "platform"
        and len(before) >= 2
        and all(_cjk(c) for c in before[-2:])
        and QUOTED_KIND_NAMING.search(before) is None
        and ending_of(before) is None
        and is_generic(inner, "platform")
    )


def _route_stops(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run cut at the dashes of a route chain (ROUTE_CHAIN_DASH), the run itself where it holds fewer than
    ROUTE_CHAIN_DASHES of them (a name's own dash, "中国—东盟信息港")."""
    if text.count("—", start, end) < ROUTE_CHAIN_DASHES:
        return [(start, end)]
    dashes = [m.start() for m in ROUTE_CHAIN_DASH.finditer(text, start, end)]
    if len(dashes) < ROUTE_CHAIN_DASHES:
        return [(start, end)]
    bounds = [start - 1, *dashes, end]
    return [(a + 1, b) for a, b in pairwise(bounds) if b > a + 1]


def _sentences(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """``[start, stop)`` cut before every 。, whose runs (``_runs``) are those of the whole stretch:
    no run holds a 。 (not a name character, a version point, a hyphen or inside a bracketed place
    or a quoted word), so a scan reaching one is outside a run, as a scan starting at it is. Lets a
    search for listed names read the runs of only the sentences that hold one (the runs of a whole
    text were 0.54 s of CPU over 60 generated plans)."""
    a = start
    while (k := text.find("。", a + 1, stop)) != -1:
        yield a, k
        a = k
    if a < stop:
        yield a, stop


def _sentences_holding(pattern: re.Pattern[str], text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """The sentences of ``_sentences(text, start, stop)`` in which ``pattern.search`` finds a match,
    for a pattern of literal words without 。 (no lookaround, no anchor, no empty match): such a
    match never crosses a 。, so the next match from a sentence's start lies in the sentence that
    holds it, and the search goes on from that sentence's end. One search per holding sentence,
    where a search of every sentence was 4.6 % of the analysis' samples (200 generated plans)."""
    if "。" in pattern.pattern:
        yield from ((a, b) for a, b in _sentences(text, start, stop) if pattern.search(text, a, b) is not None)
        return
    pos = start
    while pos < stop and (match := pattern.search(text, pos, stop)) is not None:
        found = match.start()
        # the sentence opens at the last 。 at or before the match (none counts after ``start``)
        a = max(start, text.rfind("。", start + 1, found + 1))
        b = text.find("。", found + 1, stop)
        b = stop if b == -1 else b
        yield a, b
        pos = b


def _runs_holding(pattern: re.Pattern[str], text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """The runs of ``text[start:stop]`` (``_runs``) in which ``pattern`` matches, for a pattern
    of literal words (no lookaround, no anchor): only the sentences holding a match are cut into
    runs. Over 100 generated plans 13 % of runs hold a name's ending, 38 % of sentences."""
    for a, b in _sentences_holding(pattern, text, start, stop):
        for run in _runs(text, a, b):
            if pattern.search(text, *run) is not None:
                yield run


# Scanning helpers for _runs, derived from NAME_CHAR: a whole stretch of name characters is taken
# in one regex step, and the gap to the next run is skipped in one search (the character-by-
# character loop was the largest single cost of analysing a plan).
_NAME_STRETCH = re.compile(NAME_CHAR.pattern + "+")
_INTERNATIONAL_WORD = re.compile(INTERNATIONAL_OPENING.pattern.removeprefix("^"))
_RUN_OPENING = re.compile(NAME_CHAR.pattern[:-1] + "“]")


def _run_end(text: str, pos: int) -> int:
    """Where the run that contains ``pos`` ends (bracketed qualifiers and quoted words included)."""
    while pos < len(text):
        if (stretch := _NAME_STRETCH.match(text, pos)) is not None:
            pos = stretch.end()  # a stretch of name characters in one step, as _runs takes them
        elif VERSION_POINT.match(text, pos) or HYPHEN_IN_NAME.match(text, pos):
            pos += 1
        elif (inner := PLACE_IN_NAME.match(text, pos)) is not None and not _names_itself(
            inner.group(), text[max(0, pos - ENDING_MAX) : pos]
        ):
            pos = inner.end()
        else:
            break
    return pos


def _valley_brand_of_name(text: str, start: int, end: int) -> bool:
    """QUOTED_VALLEY_BRAND: a quoted valley right before the rest of a platform's name, no verb between, is the brand of
    that name ("“中国数谷”数据产业集聚区"), not a name of its own beside it."""
    if QUOTED_VALLEY_BRAND.fullmatch(text, start, end) is None:
        return False
    rest = QUOTED_VALLEY_REST.match(text, end)
    if rest is None:
        return False
    first = next((m for m in ENDING.finditer(rest.group()) if m.start() >= 2), None)
    if first is None or _category(first.group())[0] != "platform":
        return False
    return ANCHOR.search(rest.group(), 0, first.start()) is None


def _names_itself(bracketed: str, before: str = "") -> bool:
    """A bracketed name of its own ("（联合国开发计划署）全球金融科技创新中心") is not a qualifier. ``before``: the
    characters before the bracket, whose ending (if any) a bracketed part of a place qualifies instead."""
    inner = bracketed[1:-1]
    if inner in COMPANY_FORM_WORDS:
        return False  # "上海机场（集团）有限公司": a company's form, inside its name
    if PLACE_RE.fullmatch(inner):
        # A region whose name ends like a zone (湾区) locates the centre it follows, and a branch may come after it:
        # "高标准建设全国高校区域技术转移转化中心（大湾区）广州分中心" (round 26, 广州's 2026 report; session 26).
        return False
    part = next((p for p in PLACE_PART_BRACKET if inner.endswith(p)), "")
    if part and len(inner) > len(part) and _only_places(inner[: -len(part)]) and ending_of(before) is None:
        return False  # "江南文化（苏州片区）生态保护实验区": the part of a place locates it (PLACE_PART_BRACKET)
    ends = [
        m
        for m in ENDING.finditer(inner)
        if m.end() == len(inner)
        and m.group() not in SHORT_BODY_ENDINGS
        and not (m.group() in QUOTED_BRAND_ENDINGS and bracketed.startswith("“"))  # "“水之云”服务平台": a brand
    ]
    return bool(ends) or inner in listed_names()[1] or _bracketed_body(inner)  # not "（西部）"


def _bracketed_body(inner: str) -> bool:
    """A government body written in full in brackets after another ("生态环境部（国家核安全局）", the
    bureau the ministry hosts; round 10) names itself: a short body ending (SHORT_BODY_ENDINGS) after
    at least BRACKETED_BODY_MIN characters, where it ends a body ("（西部）", "（全局）" do not)."""
    return (
        len(inner) >= BRACKETED_BODY_MIN
        and inner[-1] in SHORT_BODY_ENDINGS
        and not NOT_A_BODY.search(inner)
        and (inner[-1] != "部" or MINISTRY.search(inner) is not None)
    )


def _anchor_matches(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``ANCHOR.finditer(text, lo)`` up to its first match starting at or after ``hi`` (which
    callers stop before), trying ANCHOR only where one of its first characters stands: its first
    alternative opens with a lookbehind, so the engine walked its ~250 alternatives at every
    character (ANCHOR.finditer over 20 generated plans 0.51 s, this 0.25 s). No alternative
    matches the empty string (_start_class), so a scan goes on at a match's end. Candidates are
    looked for before ``hi`` only (a match is still read to its end past it): the scan for the
    next one, and ANCHOR tried there, went on past ``hi`` for a match the caller dropped."""
    guarded = _guarded_anchor()
    if guarded is None:
        yield from ANCHOR.finditer(text, lo)
        return
    pos = lo
    while (match := guarded.search(text, pos)) is not None and match.start() < hi:
        yield match
        pos = match.end()


@lru_cache(maxsize=1)
def _guarded_anchor() -> re.Pattern[str] | None:
    """ANCHOR_GUARDED: ANCHOR behind a lookahead for the characters its matches start with (_start_class), so one
    search in the engine skips the positions no match starts at, where a loop in Python looked for the next such
    character and tried ANCHOR there (~40 % of the characters of a run are one; _anchor_matches 0.14 -> 0.08-0.13 s
    over the calls of 50 generated plans). The same matches: at a position the class holds the guard passes and ANCHOR
    is tried as ``match`` tries it (its groups keep their numbers and names); at any other none can start. The search
    may read on past ``hi`` to the next match, which the scan drops."""
    start = _start_class(ANCHOR)
    return None if start is None else re.compile(f"(?={start.pattern})(?:{ANCHOR.pattern})", ANCHOR.flags)


@lru_cache(maxsize=4)
def _start_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A character class of every character a match of ``pattern`` can start with, or None when
    that cannot be read off its parse (a match may be empty, or opens with something else than
    literals, classes, repeats, groups and alternatives; lookarounds before it are skipped)."""
    import re._constants as sre  # type: ignore[import-not-found]
    import re._parser as parser  # type: ignore[import-not-found]

    def first(sequence: list[tuple[object, object]]) -> set[str] | None:
        for op, arg in sequence:
            if op in (sre.ASSERT, sre.ASSERT_NOT):
                continue  # zero-width: a condition on where a match starts, not its first character
            if op is sre.LITERAL:
                return {re.escape(chr(arg))}  # type: ignore[arg-type]
            if op is sre.IN:
                items: set[str] = set()
                for item_op, item in arg:  # type: ignore[attr-defined]
                    if item_op is sre.LITERAL:
                        items.add(re.escape(chr(item)))
                    elif item_op is sre.RANGE:
                        items.add(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
                    elif item_op is sre.CATEGORY and item is sre.CATEGORY_DIGIT:
                        items.add(r"\d")
                    else:
                        return None
                return items
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:  # type: ignore[index]
                return first(arg[2])  # type: ignore[index]
            if op is sre.SUBPATTERN:
                return first(arg[3])  # type: ignore[index]
            if op is sre.BRANCH:
                union: set[str] = set()
                for branch in arg[1]:  # type: ignore[index]
                    found = first(branch)
                    if found is None:
                        return None
                    union |= found
                return union
            return None
        return None  # nothing consumed: the match may be empty

    if pattern.flags & (re.IGNORECASE | re.ASCII):
        return None
    try:
        items = first(list(parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # a parser of another Python version: the plain scan
        return None
    return re.compile("[" + "".join(sorted(items)) + "]") if items else None


def _anchors(text: str, run_start: int, lo: int, hi: int) -> list[re.Match[str]]:
    """Anchor words starting in ``[lo, hi)``. A one-character anchor counts only where jieba
    reads it as a word of its own: 由 in "自由电子", 为 in "作为", 以 in "以色列" are not
    anchors."""
    found: list[re.Match[str]] = []
    edges: frozenset[int] | None = None
    for m in _anchor_matches(text, lo, hi):
        if m.start() >= hi:
            break
        if len(m.group()) == 1 and not m.group().isdigit():
            if edges is None:  # the run's end only when a word boundary is asked (most names: none)
                edges = _token_edges(text[run_start : _run_end(text, max(run_start, hi))])
            rel = m.start() - run_start
            if rel not in edges or rel + 1 not in edges:
                continue
        found.append(m)
    return found


def _quote_opened_before(text: str, left: int, ending_start: int) -> int:
    """The opening quote mark of a quotation the name closes when its left edge was cut inside it (by a verb
    there: QUOTE_OPENED_MAX), else ``left``."""
    close = text.find("”", left, ending_start)
    if close < 0 or "“" in text[left:close]:
        return left
    opening = text.rfind("“", max(0, left - QUOTE_OPENED_MAX), left)
    if opening < 0 or "”" in text[opening:left] or QUOTE_OPENED_BREAK.search(text, opening, left):
        return left
    return opening


def _quote_opens_name(text: str, left: int, ending_start: int) -> int:
    """QUOTE_OPENS_NAME: the opening quote when the words before it are a list's last item or a verb, no place or
    mark of the name's own, else ``left``."""
    quote = text.find("“", left, ending_start)
    if quote <= left or quote - left > QUOTE_OPENS_NAME_MAX or "”" not in text[quote:ending_start]:
        return left
    before = text[left:quote]
    if not NAME_CHAR.fullmatch(before[0]) or ending_of(before) is not None:
        return left
    if _opens_with_place(before) or _own_name(before):
        return left  # "国家超算“超智存”算力融合平台": the nation's own (OWN_NAME_MARK), though jieba tags 超算 a verb
    words = _posseg().cut(before)
    listed = text[left - 1 : left] == QUOTE_OPENS_NAME_ITEM_BEFORE
    if listed or (words and words[-1].flag == QUOTE_OPENS_NAME_VERB_TAG):
        return quote
    return left


def _shares_list_head(text: str, clause_start: int, left: int, end: int) -> bool:
    """The name follows 、 after a short item with no ending of its own, and the items are processes
    ("电动化、网联化、") or the name fuses them without a place of its own ("智慧能源、智能交通融合创新平台"): the
    list's items share its head (LIST_HEAD_ITEM_MAX, LIST_HEAD_ITEM_BREAK, LIST_HEAD_PROCESS_ITEM, LIST_HEAD_FUSION)."""
    if left <= clause_start or text[left - 1] != "、":
        return False
    item_start = max(clause_start, left - 1 - LIST_HEAD_ITEM_WINDOW)
    for brk in LIST_HEAD_ITEM_BREAK.finditer(text, item_start, left - 1):
        item_start = brk.end()
    item = text[item_start : left - 1]
    if not (
        0 < len(item) <= LIST_HEAD_ITEM_MAX
        and ending_of(item) is None
        and full_name(item) == item
        and FRAMEWORK_ITEM.search(item) is None
    ):
        return False
    if LIST_HEAD_PROCESS_ITEM.search(item):
        return True
    name = text[left:end]
    placed = "“" in name or any(w.flag in LIST_HEAD_PLACE_TAGS for w in _posseg().cut(name))
    return LIST_HEAD_FUSION.search(name) is not None and not placed


def _terminates(text: str, run_start: int, match: re.Match[str], following: re.Match[str] | None) -> bool:
    """Whether a name ends at ``match``: the run stops, or an anchor or conjunction comes before
    the next ending ("…研究院为支撑的创新平台", "…中心和上海…医院")."""
    if following is None:
        return True
    if any(text.startswith(c, match.end()) for c in CONJUNCTIONS):
        return True
    if match.group() in STATUS_HOLDER_ENDINGS and TIER_AFTER_ZONE.match(text, match.end()):
        return True  # "石河子经济技术开发区|国家级零碳园区": a status the zone holds
    if _category(match.group())[0] == "platform" and STATUS_EARNED.match(text, match.end()):
        return True  # "苏州高新区|入选国家高新区新赛道培育重点园区": the status a zone earned (STATUS_EARNED)
    if (
        following.group() == PARK_AREA_ENDING
        and _category(match.group()) == ("platform", PARK_AREA_HOST_KIND)
        and not PILOT_ZONE_AREA.search(text, max(0, match.start() - 4), following.end())
        and not ZONE_HEADED_AREA.search(text, max(0, match.start() - 4), following.end())
    ):
        return True  # "两江水土高新产业园|复兴北片区": an area of the park (PARK_AREA_ENDING)
    if _body_verb_after(text, match, following):
        return True  # "…指挥部下设办公室", "省级…指挥部提请国家…指挥部": a verb between two bodies
    if _next_body_by_place(text, match, following):
        return True  # "上海市发展和改革委员会|上海市经济和信息化委员会": two bodies in a row
    if TITLE_AFTER_UNIT.match(text, match.end()):
        return True  # "北京大学|教授环境生态学教育部": a person's title after the unit
    if (
        _category(match.group())[0] == "institution"
        and ROW_COLUMN_TITLE.match(text, match.end())
        and _in_staff_row(text, match.start(), match.end())
    ):
        return True  # "76付莎女全国人大环境与资源保护委员会|三级调研员…": a post in a staff row (ROW_COLUMN_TITLE)
    if (
        match.group() in ASSOCIATION_ENDINGS
        and following.group() in ASSOCIATION_ENDINGS
        and following.group() != ROW_COLUMN_ASSOCIATION_BRANCH
        and following.start() - match.end() >= ROW_COLUMN_ASSOCIATION_HEAD_MIN
        and _in_staff_row(text, match.start(), following.end())
    ):
        return (
            True  # "…蓝丝带海洋保护协会|社会公益保护地联盟": two associations in a staff row (ROW_COLUMN_ASSOCIATIONS)
        )
    if _category(match.group())[0] == "institution" and FORMER_POST_AFTER_UNIT.match(text, match.end()):
        return True  # "环保局|原办公室主任张烨和临汾市环境监测站": a former post in the unit (FORMER_POST_AFTER_UNIT)
    if _next_addressee(text, run_start, match, following):
        return True  # "…安全中心|北京核安全审评中心", "…集团有限公司|中国广核集团有限公司": addressees run together
    if not _anchors(text, run_start, match.end(), following.start()):
        return False
    return not _addressee_run(text, run_start, match.start())  # "清华大学|核研院核动力运行研究所": no verb there


def _next_body_by_place(text: str, match: re.Match[str], following: re.Match[str]) -> bool:
    """A body's ending right before a province or city written in full that opens another body
    (BODY_PLACE_OPENING): a list of bodies without breaks, as a one-line crawl writes one."""
    if _category(match.group())[0] != "institution" or _category(following.group())[0] != "institution":
        return False
    place = PLACE_RE.match(text, match.end())
    if place is None or not place.group().endswith(BODY_PLACE_OPENING):
        return False  # asked first: VERTICAL_BODY searches the text from its start, for every pair
    if BUREAU_BRANCH_HOST.search(match.group()) and following.group() == BUREAU_BRANCH_ENDING:
        return False  # "长春市生态环境局德惠市分局": the bureau's branch in a county (BUREAU_BRANCH_HOST)
    # not "中国人民银行湖南省分行": the central body's branch (VERTICAL_BODY)
    return not (
        VERTICAL_BODY.search(text, 0, match.end()) and text.endswith(VERTICAL_BRANCH_ENDINGS, 0, following.end())
    )


def _next_addressee(text: str, run_start: int, match: re.Match[str], following: re.Match[str]) -> bool:
    """A body with a leaf ending right before another addressee's name in a list of addressees run together
    (ADDRESSEE_LEAF_ENDINGS, ADDRESSEE_CONTINUATION, ADDRESSEE_BRANCH)."""
    if not match.group().endswith(ADDRESSEE_LEAF_ENDINGS):
        return False
    head = text[match.end() : following.start()]
    if len(head) < ADDRESSEE_HEAD_MIN or ADDRESSEE_CONTINUATION.match(head) or head.endswith(ADDRESSEE_BRANCH):
        return False
    return _addressee_run(text, run_start, match.start())


def _addressee_run(text: str, run_start: int, pos: int) -> bool:
    """The run holds a list of addressees before ``pos``: the list's title in it (ADDRESSEE_LIST_TITLE) or a copy
    line's label right before it (ADDRESSEE_RUN_LABEL). Its names are bodies only, so no verb there cuts one:
    "清华大学核研院核动力运行研究所" (运行 names the institute's work)."""
    if ADDRESSEE_LIST_TITLE.search(text, run_start, pos) is not None:
        return True
    return ADDRESSEE_RUN_LABEL.search(text, max(0, run_start - ADDRESSEE_RUN_LABEL_WINDOW), run_start) is not None


def _body_verb_after(text: str, match: re.Match[str], following: re.Match[str] | None) -> int:
    """The length of the verb (BODY_VERB_TAGS) right after a body's ending when another body's
    ending follows in the same run, else 0."""
    if following is None or not _category(match.group())[0] == _category(following.group())[0] == "institution":
        return 0
    gap = text[match.end() : following.start()]
    letter = next((verb for verb in BODY_LETTER_VERBS if gap.startswith(verb)), "")
    if letter:
        return len(letter)
    words = list(_posseg().cut(gap)) if gap else []
    adverbs = 0  # "…交通运输局共同/d 组成/v …工作小组": the adverb goes with the verb (BODY_VERB_ADVERB_TAGS)
    while adverbs < len(words) - 1 and words[adverbs].flag in BODY_VERB_ADVERB_TAGS:
        adverbs += 1
    if adverbs < len(words) and words[adverbs].flag in BODY_VERB_TAGS:
        return sum(len(w.word) for w in words[: adverbs + 1])
    return 0


def _quoted_word(text: str, lo: int, start: int, end: int, ending_start: int) -> bool:
    """A word at ``[start, end)`` stands inside a quotation the name holds before its ending: it cuts
    nothing, the quotation is part of the name with what is written before it (round 20, 重庆's key
    projects: "| 195 | 忠县“以竹代塑”产业园 |" names 忠县“以竹代塑”产业园, not “以竹代塑”产业园)."""
    opening = text.rfind("“", lo, start)
    return opening >= 0 and "”" not in text[opening:start] and text.find("”", end, ending_start) >= 0


def _left_edge(text: str, run_start: int, lo: int, ending_start: int) -> tuple[int, bool]:
    """Where a name whose ending starts at ``ending_start`` begins (searching from ``lo``),
    and whether an anchor word was cut off in front of it."""
    left, cut = lo, False
    for m in _anchors(text, run_start, lo, ending_start):
        if m.end() <= ending_start and not _quoted_word(text, lo, m.start(), m.end(), ending_start):
            left, cut = m.end(), True
    if cut and left - 1 > run_start:
        # two anchors sharing a character, the second a word of its own: "加强对接入国家…平台"
        # (对接 | 接入); the scan resumes after the first and would leave "入国家…" in the name.
        overlap = ANCHOR.match(text, left - 1)
        if overlap is not None and left < overlap.end() <= ending_start:
            edges = _token_edges(text[run_start : _run_end(text, ending_start)])
            if overlap.end() - run_start in edges and left - 1 - run_start in edges:
                left = overlap.end()
    return left, cut


def _after_conjunction(
    text: str, start: int, end: int, category: Category = "platform", government: bool = False
) -> int:
    """Move the start past "A和" / "A及" / "A与" when A is a complete name of its own."""
    best = start
    for conj in CONJUNCTIONS:
        pos = text.find(conj, start, end)
        while pos != -1:
            left = normalise_name(text[best:pos])
            complete = (
                ending_of(left) is not None
                or PROJECT_SUFFIX.search(text, best, pos) is not None
                or (category == "platform" and FRAMEWORK_ITEM.search(text, best, pos) is not None)
                or (category == "institution" and len(left) >= 4 and ORGANISATION_SUFFIX.search(left) is not None)
                or NEW_ITEM_OPENING.match(text, pos + len(conj)) is not None  # "…系统和全国…平台"
                or (
                    category == "institution"
                    and _place_then_organisation(left, text[pos + len(conj) : end], government)
                )
                or (category == "institution" and _a_person(left))
                or (
                    category == "institution"
                    and _noun_phrase_then_proper(left, text[pos + len(conj) : end + ENDING_MAX])
                )
                or EVENT_BEFORE_CONJUNCTION.search(left) is not None  # "…分论坛|和|“一带一路”…联盟"
                or (category == "institution" and PRONOUN_BODY.fullmatch(left) is not None)  # "我部|与|…总局"
            )
            pronoun = category == "institution" and PRONOUN_BODY.fullmatch(left) is not None
            # "…的职责|与|国家发展和改革委员会", "其|与|云南…基金会": a short left part (a noun, a pronoun)
            # before a body opening a new item (NEW_ITEM_OPENING) or after a lone pronoun (round 14)
            opening = category == "institution" and NEW_ITEM_OPENING.match(text, pos + len(conj)) is not None
            lone = category == "institution" and _lone_pronoun(left)
            noun = category == "platform" and _common_noun_then_proper(text[best:pos], text[pos + len(conj) : end])
            noun = noun or (
                category == "institution" and _word_then_placed_body(text[best:pos], text[pos + len(conj) : end])
            )
            noun = noun or (
                category == "platform"
                and conj in PLACE_PAIR_CONJUNCTIONS
                and _place_then_place(text[best:pos], text[pos + len(conj) : end])
            )
            # "引导作用|和|创新平台": an abstract noun before the conjunction leaves the ending alone, a kind
            abstract = (
                category == "platform"
                and conj in PLACE_PAIR_CONJUNCTIONS
                and ABSTRACT_BEFORE_CONJUNCTION.search(text, best, pos) is not None
            )
            noun = (
                noun
                or abstract
                or (
                    category == "platform"
                    and conj in PLACE_PAIR_CONJUNCTIONS
                    and _thing_before_conjunction(text[best:pos])
                )
            )
            # a framework or document word alone is an item too, however short: "实施|细则和西部科学城"
            word = category == "platform" and FRAMEWORK_ITEM.fullmatch(left) is not None
            # a mechanism before the conjunction leaves the platform's ending alone, a kind: "…“互联网+监管”机制和
            # 大数据平台建设" (round 20, a ministry's reply; the gold has 大数据平台 as may)
            framework = category == "platform" and FRAMEWORK_ITEM.search(text, best, pos) is not None
            if category == "platform" and conj in PLATFORM_PRODUCT_CONJUNCTIONS:
                noun = noun or _platform_then_product(left, text[pos + len(conj) : end])
            if category == "platform" and conj in ITEM_END_CONJUNCTIONS and ITEM_END_BEFORE_CONJUNCTION.search(left):
                complete = word = True  # "…建设工程|和|中国林业网站群", "…视频监控系统|及|应急地理信息平台"
            # "通州区与北三县一体化…示范区": a zone two places build together is both's (JOINT_ZONE_WORDS)
            joint = (
                category == "platform"
                and conj in PLACE_PAIR_CONJUNCTIONS
                and JOINT_ZONE_WORDS.match(text, pos + len(conj), end) is not None
                and _only_places(left)
            )
            # after works or a project (PROJECT_SUFFIX) one character of head is enough where the ending is long:
            # "分布式计算基础设施和云|计算中心" (round 21; 计算中心 is an ending of its own)
            works = category == "platform" and PROJECT_SUFFIX.search(text, best, pos) is not None
            if (
                (((len(left) >= MIN_NAME or pronoun or word) and complete) or noun or opening or lone)
                and (
                    pos + len(conj) < end - 1
                    or ((framework or abstract) and pos + len(conj) <= end)
                    or (works and pos + len(conj) < end and _long_ending_at(text, end))
                )
                and not joint
            ):
                best = pos + len(conj)
            pos = text.find(conj, pos + 1, end)
    return best


# An ending this long names a kind with a field of its own ("计算中心"), so one character before it is a head.
LONG_ENDING_MIN = 4


def _long_ending_at(text: str, start: int) -> bool:
    """A known ending of LONG_ENDING_MIN characters or more opens at ``start`` ("云|计算中心")."""
    return any(text[start : start + size] in ENDINGS for size in range(LONG_ENDING_MIN, ENDING_MAX + 1))


def _platform_then_product(left: str, right: str) -> bool:
    """PLATFORM_PRODUCT_BEFORE_CONJUNCTION: "之江实验室科学基础模型|和|海纳数据枢纽": the left part opens with a
    platform named in full (a place word, then its ending) and goes on with a thing of no ending; a proper word opens
    the right."""
    words = list(_posseg().cut(left))
    if len(words) < 2 or words[0].flag != PLACE_PAIR_FIRST_TAG or ending_of(left) is not None:
        return False
    head = ""
    for word in words:
        head += word.word
        found = ending_of(head)
        if found is not None and found[1] == "platform":
            break
    else:
        return False
    if len(left) - len(head) < PLATFORM_PRODUCT_MIN:
        return False
    first = next(iter(_posseg().cut(right)), None)
    return first is not None and first.flag in PROPER_AFTER_CONJUNCTION_TAGS and len(first.word) >= 2


def _noun_phrase_then_proper(left: str, right: str) -> bool:
    """NOUN_PHRASE_THEN_PROPER_BODY: a phrase of common words ending in a noun before the conjunction (two words or
    more, or one after a verb), a proper word after it ("工作会议精神|和|党工委", "支持|创新|主体|与|…")."""
    words = list(_posseg().cut(left))
    if not words or words[-1].flag != COMMON_NOUN_TAG:
        return False
    run = 0  # the common words that end the left part ("工作|会议|精神")
    while run < len(words) and words[-1 - run].flag in NOUN_PHRASE_TAGS:
        run += 1
    if any(w.flag in PROPER_TAGS for w in words):
        return False  # "中共济南市|工业|和|信息化局", "上海市|应对|气候变化|及|…领导小组": the place heads the body
    before = words[-1 - run] if run < len(words) else None
    if run < NOUN_PHRASE_MIN_WORDS and (before is None or before.flag != NOUN_PHRASE_VERB_TAG):
        return False  # "工业|和|信息化部", "住房|和|城乡建设部": one word alone before the conjunction
    first = next(iter(_posseg().cut(right)), None)
    return first is not None and first.flag in NOUN_PHRASE_PROPER_AFTER_TAGS


def _lone_pronoun(left: str) -> bool:
    """ "其|与|…": one pronoun of one character before the conjunction (PRONOUN_TAG)."""
    words = list(_posseg().cut(left))
    return len(words) == 1 and len(left) == 1 and words[0].flag == PRONOUN_TAG


def _common_noun_then_proper(left: str, right: str) -> bool:
    """ "项目|与|榆横工业区", "正线|和|昝岗车辆基地": one common noun before the conjunction and a
    proper word after it (COMMON_NOUN_TAG, PROPER_AFTER_CONJUNCTION_TAGS) join two things; the
    platform is named from the proper word. Not "教育|和|科研计算机网" (no proper word after)."""
    words = list(_posseg().cut(left))
    if len(words) != 1 or words[0].flag != COMMON_NOUN_TAG or len(left) < 2 or left in _USER_WORDS:
        return False
    first = next(iter(_posseg().cut(right)), None)
    return first is not None and first.flag in PROPER_AFTER_CONJUNCTION_TAGS


def _word_then_placed_body(left: str, right: str) -> bool:
    """WORD_THEN_PLACED_BODY: "项目|和|宁夏…有限公司", "大唐|和|南宁产投集团": one word of its own before the
    conjunction, a place opening the body after it. Not the area around a place (SURROUNDING_AREA:
    "京津冀|及|周边地区大气污染防治协作小组"), one body of the region and its surroundings."""
    if right.startswith(SURROUNDING_AREA.removeprefix("及")):
        return False
    words = list(_posseg().cut(left))
    if len(words) != 1 or words[0].flag not in WORD_THEN_PLACED_BODY_FIRST_TAGS or len(left) < 2:
        return False
    first = next(iter(_posseg().cut(right)), None)
    return (
        first is not None
        and first.flag in WORD_THEN_PLACED_BODY_SECOND_TAGS
        and len(first.word) >= 2
        and len(right) > len(first.word)
    )


def _place_then_place(left: str, right: str) -> bool:
    """ "喀什|和|霍尔果斯经济开发区": one place word before the conjunction and a place opening the
    platform after it (PLACE_PAIR_FIRST_TAG, PLACE_PAIR_SECOND_TAGS): each place has its own, the head
    written once; the platform named in full is the second. Not regional groupings (REGION_GROUPS)."""
    left = left.rsplit(LIST_ITEM_BEFORE, 1)[-1]
    words = list(_posseg().cut(left))
    if len(words) != 1 or words[0].flag != PLACE_PAIR_FIRST_TAG or left in REGION_GROUPS:
        return False
    first = next(iter(_posseg().cut(right)), None)
    return (
        first is not None
        and first.flag in PLACE_PAIR_SECOND_TAGS
        and len(first.word) >= 2
        and first.word not in REGION_GROUPS
        and (len(right) > len(first.word) or left.endswith(PLACE_PAIR_LEVELLED_FIRST))
    )


def _thing_before_conjunction(left: str) -> bool:
    """ "大鹏液化天然气走廊|和|…": a whole thing of its own before the conjunction (THING_BEFORE_CONJUNCTION) ends
    its item there."""
    return len(left) >= THING_BEFORE_CONJUNCTION_MIN and THING_BEFORE_CONJUNCTION.search(left) is not None


def _a_person(left: str) -> bool:
    """ "范先红|和|河南村村民委员会": a person's name alone before the conjunction (PERSON_TAG,
    PERSON_NAME_LENGTHS) is no part of the body after it."""
    words = list(_posseg().cut(left))
    return len(words) == 1 and words[0].flag == PERSON_TAG and len(left) in PERSON_NAME_LENGTHS


def _place_then_organisation(left: str, right: str, government: bool = False) -> bool:
    """ "闵行区|和|城投集团": a place alone before the conjunction, an organisation's word after it
    (PLACE_CONJUNCT_NEXT_TAGS); the last of listed places ("浦东新区、奉贤区|和|临港地区管委会")."""
    left = left.rsplit(LIST_ITEM_BEFORE, 1)[-1]
    if not left or not _only_places(left):
        return False
    words = list(_posseg().cut(right))
    if not words:
        return False
    if words[0].flag in PLACE_CONJUNCT_NEXT_TAGS:
        return True
    return government and left.endswith(LEVELLED_PLACE_END) and words[0].flag == LEVELLED_PLACE_NEXT_TAG


def _continues(text: str, match: re.Match[str]) -> bool:
    """The ending runs on into a larger noun ("创新平台体系", "大学生"): not a name's end."""
    if CONTINUATION.match(text, match.end()):
        return True
    return match.group() in UNIVERSITY_ENDINGS and UNIVERSITY_CONTINUATION.match(text, match.end()) is not None


def _shared_title(text: str, name: str, left: int, end: int) -> str:
    """ "杭州、德清国家…试验区" → "国家…试验区": a national title shared by listed places
    (SHARED_NATIONAL_TITLE)."""
    shown_at = text.find(name, left, end)
    own = SHARED_NATIONAL_TITLE.match(name)
    listed = PLACE_LIST_BEFORE.search(text, max(0, shown_at - 6), shown_at) if shown_at > 0 else None
    if own is None or listed is None:
        return name
    if not (_only_places(own.group("place")) and any(_only_places(listed.group("place")[-n:]) for n in (2, 3))):
        return name
    return name[own.end() :]


def _shared_by_places(text: str, name: str, shown_at: int) -> bool:
    """A head after a list of at least two places, the name opening with a place too
    (PLACES_SHARING_MIN): "建好济南、青岛、枣庄算力枢纽" names the kind of hub each city builds.
    Each listed item must be a place as a whole ("西部（成都）科学城、中国（绵阳）科技城" lists
    names; "大青山、鄂尔多斯实验室" lists one other place only: its last name stands)."""
    places = 0
    pos = shown_at
    verb = PLACES_SUBJECT_VERB.search(text, max(0, shown_at - 4), shown_at)
    subject = None
    if verb is not None:  # "郑州、开封、洛阳、安阳|创建|国家…示范区": the places are the subject
        item_start = verb.start()
        while item_start > 0 and _cjk(text[item_start - 1]) and verb.start() - item_start < 4:
            item_start -= 1
        before = verb.start()
        subject = next(
            (text[a:before] for a in range(item_start, before - 1) if _only_places(text[a:before])),
            None,
        )
        if subject is not None and text[verb.start() - len(subject) - 1 : verb.start() - len(subject)] == "、":
            pos = verb.start() - len(subject)
            places = 1
        else:
            subject = None
    while pos > 0 and text[pos - 1] == "、":
        item_end = pos - 1
        item_start = item_end
        while item_start > 0 and _cjk(text[item_start - 1]) and item_end - item_start < 6:
            item_start -= 1
        item = _after_anchor(text, item_start, item_end)
        if not item or not _only_places(item):
            return False
        places += 1
        pos = item_end - len(item)
    if places < PLACES_SHARING_MIN:
        return False
    if subject is not None:
        return True
    first = next(iter(_posseg().cut(name)), None)
    if first is not None and name[len(first.word) :] == PLACE_NAMED_LAB:
        return False  # "张江、临港、浦江实验室": 浦江实验室 (PLACE_NAMED_LAB)
    return first is not None and first.flag == "ns"


def _one_platform(text: str, left: int, end: int) -> bool:
    """The platform is one the text counts the use of (USAGE_MEASURED_AFTER, opening its clause) or the one of the
    whole jurisdiction (UNIFIED_BEFORE): a definite platform, whatever plain words name it, with a description of its
    own (ONE_PLATFORM_HEAD_MIN)."""
    found = ending_of(normalise_name(text[left:end]))
    if found is None or found[1] != "platform" or end - left - len(found[0]) < ONE_PLATFORM_HEAD_MIN:
        return False
    if UNIFIED_BEFORE.search(text, max(0, left - len("统一的")), left) is not None:
        return True
    return (
        USAGE_MEASURED_AFTER.match(text, end) is not None
        and clause_bounds(text, left, end)[0] == left
        and JOINED_SUBJECT.search(text, left, end) is None
    )


def _definite_store(text: str, name: str, left: int) -> bool:
    """One data store the plan builds, named by its content (DEFINITE_DATA_ENDING): the verb of
    building stands right before it, or before the list it closes ("建好齐鲁文化大模型、山东文化数据中心")."""
    ending = DEFINITE_DATA_ENDING.search(name)
    if ending is None or ending.start() < DEFINITE_MIN_DESCRIPTION or SUBNATIONAL_TIER.match(name):
        return False
    if DEFINITE_BUILD_BEFORE.search(text, max(0, left - 3), left):
        return True
    clause_start = max(text.rfind(c, 0, left) for c in "，。；：\n") + 1
    listed = text[clause_start:left]
    opening = DEFINITE_BUILD_BEFORE.match(listed.lstrip()[:2])  # the verbs are two characters
    return listed.endswith("、") and "等" not in listed and opening is not None


def _definite_opening(text: str, name: str, left: int, end: int) -> bool:
    """One platform a sentence opens by building (DEFINITE_OPENING_VERB at the sentence's start,
    the name closing the clause), named by a long description: "。建立国际智能制造技术研究中心，…"."""
    found = ending_of(name)
    if found is None or found[1] != "platform" or len(name) - len(found[0]) < DEFINITE_OPENING_MIN_DESCRIPTION:
        return False
    if SUBNATIONAL_TIER.match(name) or not DEFINITE_OPENING_AFTER.match(text, end):
        return False
    verb = DEFINITE_OPENING_VERB.search(text, max(0, left - 2), left)
    return verb is not None and DEFINITE_OPENING_BEFORE.search(text, max(0, left - 8), verb.start()) is not None


def _after_coordinated_verb(text: str, name: str, left: int, ending: str) -> str:
    """A platform's name without a word of a list before it: the last of single characters listed
    (SINGLE_CHARACTER_LIST_BEFORE: "政、产、学、研、用、金“六位一体”创新平台"), or a verb coordinated with
    the verbs before it (COORDINATED_VERB_MARKS): "维护和管理电网配套电力调度交易平台" → 电网配套电力调度交易平台."""
    left = text.find(name, left)  # after a conjunction normalise_name dropped ("和管理…")
    if left > 0 and len(name) > MIN_NAME and SINGLE_CHARACTER_LIST_BEFORE.search(text, max(0, left - 12), left):
        return name[1:]  # "政、产、学、研、用、金“六位一体”创新平台": 金 is the model's last party
    if left < 3 or text[left - 1] not in COORDINATED_VERB_MARKS:
        return name
    before = list(_posseg().cut(text[max(0, left - 8) : left - 1]))
    if not before or before[-1].flag not in COORDINATED_VERB_TAGS or len(before[-1].word) < 2:
        return name
    words = list(_posseg().cut(name))
    first = words[0] if words else None
    if first is None or first.flag not in COORDINATED_VERB_TAGS or len(first.word) < 2:
        return name
    rest = name[len(first.word) :]
    return rest if rest.endswith(ending) and len(rest) >= MIN_NAME and not is_generic(rest, "platform") else name


def _cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _after_anchor(text: str, start: int, end: int) -> str:
    """The listed item in ``text[start:end]`` without a verb opening the list ("建好济南")."""
    left = _left_edge(text, start, start, end)[0]
    return text[left:end]


def _aside_start(text: str, clause_start: int, left: int) -> int:
    """Where the bracketed aside holding ``left`` opens (after its bracket), or ``clause_start``.

    A quantifier before the bracket does not count the names inside it: "组织若干领域专家（包含…、
    香港医院管理局专家…）" names 香港医院管理局 (OPEN_ASIDE)."""
    match = OPEN_ASIDE.search(text, clause_start, left)
    return match.start() + 1 if match else clause_start


def find_mentions(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    in_block: bool = False,
    institution_section: bool = False,
) -> list[Mention]:
    """Platform and institution names in ``text[start:end]`` (spans relative to ``text``).

    ``in_block``: the region is a 重大平台 block, so 研究院 / 研究中心 names are platforms.
    ``institution_section``: the region's section is about research institutions, so
    研究院 / 研究中心 names there are institutions.
    """
    stop = len(text) if end is None else end
    mentions: list[Mention] = []
    for run_start, _, endings in _runs_with_endings(text, start, stop):
        matches = [
            m
            for m in endings
            if (_category(m.group())[0] == "platform" or not _continues(text, m)) and _may_end(text, run_start, m)
        ]
        lo = run_start
        for index, match in enumerate(matches):
            following = matches[index + 1] if index + 1 < len(matches) else None
            if not _terminates(text, run_start, match, following):
                continue  # inner: a host institution or part of a longer name
            hosts = [m for m in matches[:index] if m.start() >= lo]
            mentions.extend(_name_at(text, run_start, lo, match, hosts, in_block, institution_section))
            lo = match.end() + _body_verb_after(text, match, following)
            conj = next((c for c in CONJUNCTIONS if text.startswith(c, lo)), "")
            lo += len(conj)
            body = _category(match.group())[0] == "institution"
            post = FORMER_POST_AFTER_UNIT.match(text, match.end()) if body else None
            if post is not None:  # "环保局|原办公室主任|张烨和|临汾市环境监测站" (FORMER_POST_AFTER_UNIT)
                person = FORMER_POST_PERSON.match(text, post.end())
                lo = person.end() if person is not None else post.end()
    return [_closed_kind_quote(text, q) for m in mentions if (q := _before_quoted_list(text, m)) is not None]


def _before_quoted_list(text: str, m: Mention) -> Mention | None:
    """QUOTED_LIST_NOT_NAME: a platform whose name ends inside a quoted 、-list ends before the list's opening
    quote, when a name of its own stands there ("…国家技术创新中心|“总平台、总链长”功能"); else it names nothing."""
    if m.category != "platform" or m.name.count(OPEN_QUOTE) <= m.name.count(CLOSE_QUOTE):
        return m
    opening = m.name.rfind(OPEN_QUOTE)
    close = text.find(CLOSE_QUOTE, m.end, m.end + QUOTED_LIST_REACH)
    if close < 0 or QUOTED_LIST_ITEM_BREAK not in text[m.start + opening : close]:
        return m
    before = m.name[:opening]
    found = ending_of(before)
    if found is None or found[1] != "platform" or len(before) < MIN_NAME:
        return None
    return replace(m, name=before, end=m.start + opening)


def _closed_kind_quote(text: str, m: Mention) -> Mention:
    """A platform whose name ends inside a quoted kind keeps the closing quote (QUOTED_KIND_TAIL)."""
    if (
        m.category == "platform"
        and m.name.count(OPEN_QUOTE) > m.name.count(CLOSE_QUOTE)
        and text.startswith(CLOSE_QUOTE, m.end)
    ):
        return replace(m, name=m.name + CLOSE_QUOTE, end=m.end + 1)
    return m


def _runs_with_endings(text: str, start: int, stop: int) -> Iterator[tuple[int, int, list[re.Match[str]]]]:
    """ENDINGS_READ_ONCE: the runs of ``_runs_holding(ENDING, text, start, stop)``, each with the matches of
    ``ENDING.finditer`` in it (a run without an ending names nothing). _runs_holding searched every run of a sentence
    holding an ending for one, and the runs holding one were read again by the finditer: the finditer alone tells
    both, empty exactly where the search found none (the same pattern over the same span)."""
    for a, b in _sentences_holding(ENDING, text, start, stop):
        for run_start, run_end in _runs(text, a, b):
            endings = list(ENDING.finditer(text, run_start, run_end))
            if endings:
                yield run_start, run_end, endings


def _ends_word(text: str, run_start: int, end: int) -> bool:
    """The name's last word ends at ``end``: jieba puts a word boundary there ("…中心|成果对接",
    "…平台|迭代升级"), not inside a longer word ("中心城区", "网络安全", "部署", "委托")."""
    if end >= len(text) or not NAME_CHAR.match(text[end]):
        return True
    if PAPER_CITED_AFTER.match(text, end):
        return True  # "…发展改革委|以《…》明确" (PAPER_CITED_AFTER)
    return end - run_start in _token_edges(text[run_start : _run_end(text, end)])


def _head_post_after(text: str, run_start: int, end: int) -> bool:
    """HEAD_POST_AFTER right after a body's ending, a word of its own: "环保局|长", not "水利部|长江"."""
    if not text.startswith(HEAD_POST_AFTER, end):
        return False
    after = end + len(HEAD_POST_AFTER)
    edges = _token_edges(text[run_start : _run_end(text, after)])
    return end - run_start in edges and after - run_start in edges


def _may_end(text: str, run_start: int, match: re.Match[str]) -> bool:
    """Whether a short or framed ending can end a name here: "西部", "委托", "中心城区" cannot."""
    ending = match.group()
    closed_cloud = ending == CLOUD_ENDING and QUOTED_CLOUD_CLOSES.match(text, match.end()) is not None
    if text.startswith(ENDING_RUNS_ON.get(ending, ()), match.end()) and not closed_cloud:
        return False  # "…监测网点": monitoring points, not a 监测网 (ENDING_RUNS_ON); "“国土房管云”，" is a cloud
    if ROUTE_SEGMENT_AFTER.match(text, match.end()):
        return False  # "国道苏州高新区段": the stretch of road through it (ROUTE_SEGMENT_AFTER)
    if ROUTE_FROM_AFTER.match(text, match.end()) or (
        ROUTE_TO_AFTER.match(text, match.end())
        and ROUTE_TO_BEFORE.search(text, max(0, match.start() - 12), match.start())
    ):
        return False  # "北京至雄安新区城际铁路", "两江新区至长寿快速通道": an end of a route (ROUTE_END_AFTER)
    if ending == HUB_ENDING and HUB_ZONE_AFTER.match(text, match.end()):
        return False  # "虹桥国际开放枢纽合肥联动区": the zone linking with the hub (HUB_ZONE_AFTER)
    if ending.endswith("平台") and text.startswith(PLATFORM_FIRM_AFTER, match.end()):
        return False  # "二手商品交易平台企业": firms running such platforms (PLATFORM_FIRM_AFTER)
    if ending.endswith("部") and text.startswith("门", match.end()):
        return False  # "科技部门" is a kind of department, not 科技部
    if ending == "部" and not MINISTRY.search(text, run_start, match.end()):
        return False
    if ending in ASSOCIATION_ENDINGS or ending in SHORT_OFFICE_FORMS:
        return _ends_word(text, run_start, match.end())  # not "促进会展业", "集中办理"
    if ending in INTERNATIONAL_ENDINGS:
        # "国家核安全局组织检查组": 组织 the verb, no organisation's ending, so the bureau before it
        # ends its name (an international body opens with INTERNATIONAL_OPENING: "世界卫生组织").
        return _INTERNATIONAL_WORD.search(text, run_start, match.start()) is not None
    if ending in SHORT_BODY_ENDINGS:
        if _head_post_after(text, run_start, match.end()):
            return False  # "身为环保局长": the bureau's head, not the bureau (HEAD_POST_AFTER)
        return not NOT_A_BODY.search(text, max(run_start, match.start() - 1), match.end()) and _ends_word(
            text, run_start, match.end()
        )
    if ending in FRAMED_ENDINGS:
        # "文旅企业与平台": a framed head right after a conjunction is a category, not a name
        before = text[match.start() - 1 : match.start()]
        return before not in (*CONJUNCTIONS, "上") and _ends_word(text, run_start, match.end())  # "上云上平台"
    return True


def _project_cell(text: str, left: int, end: int) -> bool:
    """The name fills a key-project table's name cell, the project's tail after it (PROJECT_ROW_OPENING,
    PROJECT_CELL_TAIL): a park's ending as it stands, a centre or platform with 项目/工程/建设 after it."""
    cell_start = text.rfind("|", 0, left)
    cell_end = text.find("|", end)
    if cell_start < 0 or cell_end < 0 or "\n" in text[cell_start:left] or "\n" in text[end:cell_end]:
        return False
    if not PROJECT_ROW_OPENING.search(text, max(0, cell_start - PROJECT_ROW_NUMBER_REACH), cell_start + 1):
        return False  # the cell before is no row's number
    if not PROJECT_CELL_TAIL.fullmatch(text, end, cell_end):
        return False
    found = ending_of(normalise_name(text[left:end]))
    if found is None:
        return False
    if found[2] == PROJECT_CELL_PARK_KIND:
        return True
    return found[2] in PROJECT_CELL_WORD_KINDS and PROJECT_CELL_WORD.search(text, end, cell_end) is not None


def _framed(text: str, run_start: int, clause_start: int, left: int, end: int) -> bool:
    """A name with a framed ending ("…平台", "…中心", "…监测网络") counts where it ends a word and its
    clause deploys it: a building, strengthening or supporting verb before it, or "…建设" after."""
    if _project_cell(text, left, end):
        return True  # "| 194 | 开州光电产业园 | …": the project of a key-project table's row builds it
    if not _ends_word(text, run_start, end):
        return False
    if text[max(0, left - 1) : left] == ON_PLATFORM_BEFORE and ON_PLATFORM.match(text, end):
        return True  # "在规划大机平台上标注"
    if text[max(0, left - 1) : left] == ON_PLATFORM_BEFORE and REGISTERED_ON_AFTER.match(text, end):
        return True  # "在市家庭医生签约服务管理平台备案"
    if text[max(0, left - len(USED_THROUGH_BEFORE)) : left] == USED_THROUGH_BEFORE and USED_THROUGH_AFTER.match(
        text, end
    ):
        return True  # "通过市为老服务综合信息平台提出申请"
    if PLATFORM_FRAME.search(text, clause_start, left) or AFTER_FRAME.match(text, end):
        return True
    if _continued_list_deployed(text, clause_start) and LIST_CONTINUED_ITEM_END.match(text, end):
        return True  # "建设…从化“湾区美谷”，以及…番禺钻汇时尚产业园": the list goes on (LIST_CONTINUED_CLAUSE)
    if ACHIEVED_AFTER.match(text, end) and not TIER_SYSTEM_OPENING.match(text, left):
        return True  # "…合作中心获批建设", "临夏地质公园获批世界地质公园": what a review reports done (ACHIEVED_AFTER)
    if _list_shares_predicate(text, end):
        return True  # "西丽湖国际科教城、光明科学城…加快建设" (LIST_SHARED_PREDICATE)
    if _one_platform(text, left, end):
        return True  # "…互认平台服务群众1500万次", "建设全市统一的…平台" (USAGE_MEASURED_AFTER, UNIFIED_BEFORE)
    if LINKED_BEFORE.search(text, max(0, left - 2), left) and LINKED_AFTER.match(text, end):
        return True  # "实现与“全国排污许可管理信息平台”互联互通"
    if end - left >= DEFINED_SHORT_MIN and DEFINED_SHORT_AFTER.match(text, end):
        return True  # "…公共服务平台(以下简称工程服务平台…)"
    if QUOTED_BRAND_PLATFORM.fullmatch(text, left, end) or _product_line(text, left, end):
        return True  # "通过“青岛政策通\"平台", a firm's product on the line after the firm
    if _listed_part(text, left, end):
        return True  # "建成林业三大基础数据库，即林业资源数据库、…": a part the head lists (LISTED_PARTS)
    if _box_item_listed(text, left):
        return True  # "7．要素市场化交易平台。重庆联合产权交易所、…": the item's title frames its list
    if COUNTED_SLOGAN_DEFINED.search(text, max(0, clause_start - COUNTED_SLOGAN_REACH), left):
        return True  # "“两城”：指紫金山科技城和麒麟科技城": the slogan's members (COUNTED_SLOGAN_DEFINED)
    return RELIED_ON_BEFORE in text[clause_start:left] and RELIED_ON_AFTER.match(text, end) is not None


def _list_shares_predicate(text: str, end: int) -> bool:
    """The name is an item of a 、-list whose last item, a platform by its ending, a predicate right after deploys
    (AFTER_FRAME, ACHIEVED_AFTER; LIST_SHARED_PREDICATE)."""
    if text[end : end + 1] not in LIST_SHARED_ITEM_MARKS or not text[end : end + 1]:
        return False
    stop_match = LIST_SHARED_STOP.search(text, end, end + LIST_SHARED_REACH)
    stop = stop_match.start() if stop_match is not None else min(len(text), end + LIST_SHARED_REACH)
    last = text.rfind(LIST_SHARED_ITEM_MARKS, end, stop) + 1
    for pos in range(last + 1, stop):
        predicate = AFTER_FRAME.match(text, pos) or ACHIEVED_AFTER.match(text, pos)
        if predicate is None:
            continue
        item_end = pos - 1 if text[pos - 1] == "等" else pos
        found = ending_of(text[max(last, item_end - ENDING_MAX) : item_end])
        if found is not None and found[1] == "platform":
            return True
    return False


def _continued_list_deployed(text: str, clause_start: int) -> bool:
    """The clause opens with 以及 after a comma (LIST_CONTINUED_CLAUSE) and the clause before has a deploying verb."""
    comma = clause_start - 1
    if comma < 0 or text[comma] not in "，," or not LIST_CONTINUED_CLAUSE.match(text, clause_start):
        return False
    before_start, _ = clause_bounds(text, comma, comma)
    return PLATFORM_FRAME.search(text, before_start, comma) is not None


def _box_item_listed(text: str, left: int) -> bool:
    """The name is an item of a bare list under a box item titled with a kind of platform (BOX_ITEM_KIND_LIST)."""
    return BOX_ITEM_KIND_LIST.pattern.search(text, max(0, left - BOX_ITEM_KIND_LIST_REACH), left) is not None


def _listed_part(text: str, left: int, end: int) -> bool:
    """The name is an item of a list its head gives with 包括 or an appositive 即 (LISTED_PARTS). Not a hub: a
    line's works list the hubs it runs into ("相关工程包括引入重庆枢纽、成都枢纽的相关配套工程")."""
    if text.startswith(HUB_ENDING, end - len(HUB_ENDING)):
        return False
    listed = LISTED_PARTS.pattern.search(text, max(0, left - LISTED_PARTS_REACH), left)
    if listed is None:
        return False
    if listed.group("apposed") is None:
        return True
    head = text[max(0, listed.start() - ENDING_MAX) : listed.start()]
    return ending_of(head) is not None  # "…基础数据库，即", not "材料齐全的，即"


def _name_at(
    text: str,
    run_start: int,
    lo: int,
    match: re.Match[str],
    inner: list[re.Match[str]],
    in_block: bool,
    institution_section: bool,
) -> list[Mention]:
    """The name ending at ``match`` (and a host institution glued in front of it)."""
    end = match.end()
    ending = match.group()
    if (_continues(text, match) and not _system_of_one(text, match)) or FOLLOWED_BY_CATEGORY.match(text, end):
        return []
    if _category(ending)[0] == "platform" and (RENOVATION_AFTER.match(text, end) or PROGRAMME_AFTER.match(text, end)):
        return []  # a project or programme on the platform
    if _category(ending)[0] == "platform" and DESIGNED_AFTER.match(text, end):
        return []  # "完成高温超导聚变中子源的设计": a device designed (DESIGNED_AFTER)
    series = ROLE_VERB_SERIES.match(text, match.start() - 1) if match.start() > 0 else None
    if series is not None and series.group("ending") == ending:
        return []  # "…畅通中作基地、作平台、作通道": roles to play (ROLE_VERB_SERIES)
    if ending == HUB_ENDING and HUB_ROLE_AFTER.match(text, end):
        return []  # "…配置枢纽功能", "…枢纽作用": a role played, not a hub built
    if ending.endswith("所") and text.startswith(NEEDED_AFTER, end):
        return []  # "交易所需的数据": 所需, what is needed
    if (
        _category(ending)[0] == "platform"
        and CITED_TITLE_SUBJECT_AFTER.match(text, end)
        and CITED_TITLE_OPEN.search(text, max(0, match.start() - 120), match.start())
    ):
        return []  # "《关于某地化工基地项目…的批复》": the cited document's project or plant
    department = DEPARTMENT_AFTER.match(text, end) if _category(ending)[0] == "platform" else None
    if department is not None:
        return _department_of_platform(text, run_start, lo, match, department.end())
    if _category(ending)[0] == "institution" and (
        GENERIC_ACTOR_AFTER.match(text, end) or DOCUMENT_CODE_AFTER.match(text, end) or WEBSITE_AFTER.match(text, end)
    ):
        return []  # "…行政部门", "人社厅发(2021〕71号", "…部网站"
    left, cut = _left_edge(text, run_start, lo, match.start())
    if cut and _addressee_run(text, run_start, lo):
        left, cut = lo, False  # "…核动力|运行|研究所": no verb in a list of addressees (_addressee_run)
    left = _after_conjunction(
        text, left, match.start(), category=_category(ending)[0], government=_category(ending)[1] == "政府部门"
    )
    slogan = COUNTED_SLOGAN_DEFINED.search(text, max(0, left - COUNTED_SLOGAN_REACH), left + 1)
    if slogan is not None and slogan.end() == left + 1:
        left += 1  # "“两城”：指|紫金山科技城": 指 is the definition's verb, not the name's (COUNTED_SLOGAN_DEFINED)
    after_person = _after_row_person(text, left, match.start(), end)
    if after_person == left and cut:
        after_person = _row_unit_past_cut(text, run_start, left, match.start(), end)
    person_row = after_person != left
    left = after_person  # "…项目官员8李巨峰|生态环境部核与辐射安全中心…": the person's unit
    column, column_unit = (left, False) if person_row else _row_column_unit(text, left, match.start(), end)
    left = column  # "…研究员/所长生态学|中国环境科学研究院": a later column's unit (ROW_COLUMN_UNIT)
    category_of_ending = _category(ending)[0]
    if category_of_ending == "platform":
        for sub in SUB_PLATFORM.finditer(text, left, match.start()):
            left = sub.end()  # "大数据平台子平台|中国-东盟环境信息共享平台"
    branded = False  # a quoted brand's platform named after its owner: a quantifier counts the owners
    if category_of_ending == "platform":
        quote = text.rfind("“", left, match.start())
        if (
            quote > left
            and QUOTED_BRAND_PLATFORM.fullmatch(text, quote, end)
            and OWNED_BRAND_OWNER_END.search(text, left, quote)
        ):
            left, branded = quote, True  # "各级城运中心|“一网统管”平台": the brand's platform
        left = _quote_opened_before(text, left, match.start())  # "设立“优化|营商环境进行时”平台"
        left = _quote_opens_name(text, left, match.start())  # "信用|“三位一体”为农服务综合平台"
    if PLACE_IN_NAME.match(text, left) and text[left] in "（(":
        opening = BILATERAL_OPENING.search(text, max(run_start, left - 2), left)
        left = opening.start() if opening else PLACE_IN_NAME.match(text, left).end()  # type: ignore[union-attr]
    if QUOTED_MODEL_AFTER.match(text, end) and "“" in text[max(0, left - 1) : left + 1]:
        return []  # "推广“电池银行”模式": a model's label (QUOTED_MODEL_AFTER)
    if (
        "“" in text[max(0, left - 1) : left + 1]
        and (rest := QUOTED_BRAND_OF_NAME.match(text, end)) is not None
        and _category(ending)[0] == "platform"
        and (after := ending_of(rest.group("rest"))) is not None
        and after[1] == "platform"
    ):
        return []  # "“鹏城云脑”网络智能重大科技基础设施": the brand of a longer name (QUOTED_BRAND_OF_NAME)
    category, kind = _category(ending)
    ambiguous = ending in AMBIGUOUS_ENDINGS
    if ambiguous and in_block:
        category, ambiguous = "platform", False
    elif ambiguous and institution_section:
        category, kind, ambiguous = "institution", "科研院所", False
    found: list[Mention] = []
    agency = _level_agency(text, left, end) if ending.endswith("中心") else -1
    if column_unit and category == "platform":  # the list's own unit, an institution whatever its ending
        category, kind, inner, ambiguous = "institution", "科研院所" if "研究" in ending else "其他", [], False
    if agency >= 0:
        category, kind, inner, left = "institution", "其他", [], agency  # "入驻市政务服务中心"
    if category == "platform" and _body_agency(normalise_name(text[left:end])):
        research = "研究中心" in text[left:end]
        category, kind, inner = "institution", "科研院所" if research else "其他", []
    if category == "platform":
        for host in inner:
            if host.start() < left or _category(host.group())[0] != "institution":
                continue
            if text.startswith(("附属", "分", "下属", "所属"), host.end()):
                continue
            if host.group() in SECTOR_PAIR_AFTER and text.startswith(SECTOR_PAIR_AFTER[host.group()], host.end()):
                continue  # "北京银行保险产业园": banking and insurance, no bank (SECTOR_PAIR_AFTER)
            host_name = normalise_name(text[left : host.end()])
            if host.group() in UNIVERSITY_ENDINGS:
                host_name = strip_place_prefix(host_name)  # "嘉定同济大学…" hosts 同济大学
            tail = normalise_name(text[host.end() : end])
            international = host.group() in INTERNATIONAL_ENDINGS
            if international and not INTERNATIONAL_OPENING.match(host_name):
                continue  # "上海组织样本库": tissue, not an organisation
            if host.group() in PLACE_OPENED_ENDINGS and not _opens_with_place(host_name):
                continue  # "智慧法庭数据平台": a kind of court hosts no platform (PLACE_OPENED_ENDINGS)
            if len(host_name) >= MIN_NAME and not is_generic(host_name, "institution"):
                offset = text.find(host_name, left, host.end())
                kind = institution_kind(host_name)
                found.append(Mention(host_name, "institution", kind, offset, offset + len(host_name)))
            # "复旦大学|国家大学科技园": when the tail alone is a class, the host is part of the
            # platform's name (and still named as an institution, above); so is a company owning
            # it ("上药集团生物医药产业园").
            host_kind = institution_kind(host_name)
            if (
                not is_generic(tail, "platform")
                and (
                    host_kind not in HOSPITAL_OWNER_KINDS
                    or not tail.endswith(HOSPITAL_OWNED_ENDINGS)
                    or _opens_with_place(tail)
                )
                and (
                    (host_kind not in OWNER_KINDS and not _hosted_town(tail))
                    or HOSTED_NATIONAL_OPENING.match(tail) is not None  # "…有限责任公司|国家光伏发电试验测试基地"
                )
                and not (host.group() in UNIVERSITY_ENDINGS and tail.endswith(UNIVERSITY_LAB_ENDING))
            ):
                left = host.end()
            break
    if (
        text[max(0, left - 1) : left] == "等"
        or COUNTED_CLASS.search(text, max(0, left - 6), left)
        or COUNTED_LEVELS.search(text, max(0, left - 30), left)
        or COUNTED_TIER.search(text, max(0, left - COUNTED_TIER_WINDOW), left)
    ):
        return found  # the class label after an enumeration, or a counted class
    clause_start, _ = clause_bounds(text, left, end)
    # An institution in a bracketed aside is out of reach of a quantifier before it; a platform
    # there is an example of the class ("组建若干功能型平台（含临床医学研究中心）").
    counted_from = _aside_start(text, clause_start, left) if category == "institution" else clause_start
    if agency >= 0:
        counted_from = left  # "企业全部入驻市政务服务中心": 全部 counts the firms, not the agency
    # "各级部门应推广全国项目信用平台": every body uses the one platform of the nation
    national = category == "platform" and _of_the_nation(normalise_name(text[left:end]))
    # A staff row's unit after the person's name is no item of a quantifier or role far back in the
    # clause: a flattened list has no 。 or ， ("多个单位参与换料大修…" before "…32王德海|中石化燕山分公司",
    # round 14, after the score).
    role = ROLE.search(text, clause_start, left)
    if role and category == "institution" and "、" in text[role.end() : left] and SUBJECT_VERB_AFTER.match(text, end):
        role = None  # "…成为…标杆、杭州师范大学争创…": the body's own item (SUBJECT_VERB_AFTER)
    quantified = QUANTIFIER.search(text, counted_from, left) or role
    if quantified and not national and not person_row and not branded:
        return found
    if category == "platform" and EXAMPLE_ASIDE.search(text, max(0, left - 60), left):
        return found  # "（如国家临床医学研究中心等）": an example of a kind
    one_platform = category == "platform" and _one_platform(text, left, end)
    if category == "platform" and not national and not one_platform and _generic_builder(text, left, end):
        return found  # "支持企业…搭建标准测试评估平台": each firm builds its own, a kind
    if category == "platform" and (
        EVENT_AFTER.match(text, end)
        or INTEGRATED_AFTER.match(text, end)
        or (
            DEFINITION_BEFORE.search(text, max(0, clause_start - 2), left)
            and not COUNTED_SLOGAN_DEFINED.search(text, max(0, clause_start - COUNTED_SLOGAN_REACH), left)
        )
        or RECOGNISED_BEFORE.search(text[clause_start:left])
    ):
        return found  # an event's title, functions brought together, a definition, a class of grantees
    if category == "platform" and COUNT_RIGHT_AFTER.match(text, end):
        return found  # "…“两山”实践创新基地6个": units of a kind counted (COUNT_RIGHT_AFTER)
    if category == "platform" and TIER_COUNT_AFTER.match(text, end):
        return found  # "…、分拣（处理）中心三级回收体系": a tier of a system (TIER_COUNT_AFTER)
    if category == "platform" and _shares_list_head(text, clause_start, left, end):
        return found  # "汽车电动化、网联化、|智能化虚拟仿真和测试验证平台": the items share one head (LIST_HEAD_ITEM)
    if category == "platform" and OPEN_CALL_DIRECTION_AFTER.match(text, end):
        return found  # "7.智能网联测试评价中心\n揭榜任务：…": an open call's direction, a kind
    if (
        category == "platform"
        and LEVEL_LIST_OPENING.match(text, left)
        and LEVEL_LIST_BEFORE.search(text, max(clause_start, left - 12), left)
    ):
        return found  # "国家、省、市旅游应急指挥平台": one per level
    if (
        category == "platform"
        and TOWN_TIER_LIST.pattern.search(text, max(clause_start, left - 16), left)
        and not _own_name(normalise_name(text[left:end]))
    ):
        return found  # "区、街道（镇）居家养老服务平台": one per tier down to the streets
    if (
        category == "platform"
        and SITE_KIND_LIST_AFTER.pattern.match(text, end)
        and not _own_name(normalise_name(text[left:end]))
        and not _placed(normalise_name(text[left:end]))
    ):
        return found  # "…、混凝土实验室、混凝土搅拌站等场所": examples of a kind of site
    if category == "platform" and text[max(0, left - len(COPULA_BEFORE)) : left] == COPULA_BEFORE:
        return found  # "物流信息云平台是综合性物流信息服务平台": a description of the subject (COPULA_BEFORE)
    if STATUS_SOUGHT.search(text, max(clause_start, left - 2), left) or (
        category == "platform" and STATUS_SOUGHT_LIST.search(text, clause_start, left)
    ):
        return found  # "申建空港综保区": a status sought, not a platform the region has
    if category == "platform" and STATUS_EARNED.search(text, max(clause_start, left - 2), match.start()):
        return found  # "盐田区入选国家骨干冷链物流基地": a status earned (STATUS_EARNED)
    if category == "platform" and _zone_opening_title(text, left, match):
        return found  # "《平潭综合实验区护林员队伍建设暂行管理办法》": the title's scope (ZONE_OPENING_TITLE)
    if (
        category == "platform"
        and CREATED_BEFORE.search(text, max(clause_start, left - 2), left)
        and NATIONAL_STATUS_ZONE.match(normalise_name(text[left:end]))
    ):
        return found  # "创建国家文物保护利用示范区": a national status aimed at
    lead_unit = ending in LEAD_UNIT_ENDINGS and (
        _leads_task(text, clause_start, left, end)
        or ISSUES_PAPER_AFTER.match(text, end) is not None
        or COPIED_TO_BEFORE.search(text, max(0, left - COPIED_TO_WINDOW), left) is not None
    )
    row_unit = person_row or column_unit or TABLE_ROW_UNIT.search(text, max(0, left - 8), left) is not None
    if lead_unit:
        category, kind = "institution", "其他"
    elif row_unit:
        if category == "platform":  # "…男国家海洋信息中心": a person's work unit (TABLE_ROW_UNIT)
            category, kind = "institution", "科研院所" if "研究" in ending else "其他"
        ambiguous = False
    elif (
        ending in FRAMED_ENDINGS
        and agency < 0
        and not _framed(text, run_start, clause_start, left, end)
        and not (_of_the_nation(normalise_name(text[left:end])) and _ends_word(text, run_start, end))
        and not PLATFORM_LIST_AFTER.match(text, end)
        and not _site_of_platform(text, left, match)
        and not _zone_subject(text, clause_start, left, match)
        and not _placed_zone(text, left, match)
        and not (match.group() in STATUS_HOLDER_ENDINGS and TIER_AFTER_ZONE.match(text, end))  # "怀柔科学城|重大…"
    ):
        return found
    if ending in NAMED_INSTITUTIONS:
        prefix = NAMED_PREFIX.search(text, max(left, match.start() - 6), match.start())
        if prefix is None:
            left = match.start()  # "报送国务院": 国务院, whatever verbs the anchors missed
        elif _verb_before_named_prefix(text[left : prefix.start()]):
            left = prefix.start()  # "自觉接受省人大常委会监督": 省人大常委会 (VERB_BEFORE_NAMED_BODY)
    raw = text[left:end]
    if category == "platform" and (
        QUOTED_STATUS_PARK.match(raw) or QUOTED_STATUS_PARK.match(text[max(0, left - 1) : end + 1])
    ):
        return found  # "“无废园区”": a status parks earn, quoted whole
    if category == "platform" and FORMULA_PART.search(text, max(0, left - 14), left) and text.startswith("”", end):
        return found  # "“科创大脑+未来实验室”新型科研范式": a part of a formula (FORMULA_PART)
    name = normalise_name(raw)
    if category == "platform" and EACH_OWN_REGION.match(name):
        return found  # "建立本行政区…监管平台": each region's own, a class
    own = OWN_BODY_OPENING.match(name) if category == "platform" else None
    if own and OWN_PLACE_OPENING.match(own.group()) and is_generic(name[own.end() :], "platform"):
        own = None  # "本市不同类型园区": a kind of the city's, left to the class rules as it was
    if own and len(name) - own.end() >= MIN_NAME:
        name = name[own.end() :]  # "登录我部政务服务综合平台" → 政务服务综合平台 (its own: one platform)
    else:
        own = None
    quality = QUALITY_OPENING.match(name) if category == "platform" else None
    described = text[max(0, left - 1) : left] == QUALITY_DESCRIBED_BEFORE
    if (
        quality
        and not described
        and len(name) - quality.end() >= MIN_NAME
        and not is_generic(name[quality.end() :], "platform")
    ):
        name = name[quality.end() :]  # "构建高质量行业监测数据库" → 行业监测数据库
    first_class = FIRST_CLASS_OPENING.match(name) if category == "platform" else None
    unwished = name[first_class.end() :] if first_class else ""
    if first_class and len(unwished) >= MIN_NAME and not is_generic(unwished, "platform"):
        name = unwished  # "建设一流数智金融信用服务平台" → 数智金融信用服务平台 (FIRST_CLASS_OPENING)
    first_of_kind = FIRST_OF_KIND.match(name)
    if first_of_kind and len(name) - first_of_kind.end() >= MIN_NAME:
        name = name[first_of_kind.end() :]  # "全国首个国家黄金珠宝产业计量测试中心" → 国家黄金珠宝产业计量测试中心
    if left == run_start == clause_start and category == "platform":
        # Only a platform name that opens its clause can start with a verb the anchors missed
        # ("攻克海洋综合试验场关键技术"); elsewhere, and for company names ("上药集团"),
        # jieba's verb tags are too loose ("知识/v", "上药/v", "聚变/v" in "…、聚变科创城").
        stripped = normalise_name(strip_leading_verbs(name, ending))
        whole_park = ending in SUBJECT_PARK_ENDINGS and stripped != name and is_generic(stripped, category)
        if not (whole_park and _coined_park_head(name[: -len(ending)], ending)):
            name = stripped  # "天开高教科创园蓬勃发展" stays whole (SUBJECT_PARK)
    if category == "institution" and ending in UNIVERSITY_ENDINGS:
        name = strip_place_prefix(name)
    unit = PRONOUN_UNIT.match(name) if category == "institution" else None
    if unit is not None and ending_of(name[unit.end() :]) is not None and len(name) - unit.end() >= MIN_NAME:
        name = name[unit.end() :]  # "分送我部华东督察局" → 华东督察局 (PRONOUN_UNIT)
    if category == "institution" and _pronoun_before(text, left, match.start()):
        return found  # "受我局委托", "印送给你公司": the writer's or addressee's own body
    if category == "institution" and ending in MINE_ENDINGS and MINE_PROJECT_AFTER.match(text, end):
        return found  # "红格南钒钛磁铁矿等项目": the project, not a firm
    if category == "institution" and kind == "政府部门" and not is_generic(name, category):
        # "…案例获应急管理部" → 应急管理部 (not "相关区政府" → 区政府); an item of a list of bodies opens
        # at its 、, so a verb of one character there is a place's ("、横山区人民政府", round 11)
        task_body = _national_task_body(name) if name.endswith(tuple(TASK_BODY_ENDINGS)) else None
        if task_body is not None:
            name = task_body  # "按照国家制造强国建设领导小组要求": the nation's task body (NATIONAL_TASK_BODY_WORDS)
        elif not (ending in TASK_BODY_ENDINGS and TASK_BODY_SET_UP.search(text, max(0, left - 3), left)):
            name = _after_last_verb(name, listed=text[left - 1 : left] == LIST_ITEM_BEFORE)
        name = _central_body(name)  # "…土壤肥料农业农村部" → 农业农村部
    elif category == "institution":
        name = _after_clause_verb(name, ending)  # "修缮上海水产公司" → 上海水产公司
        name = _after_earning_verb(name, ending)  # "白银入选全国…医疗集团": a status earned, no name
        name = _after_leading_verb_of_class(name, ending)  # "实行定点医院" → 定点医院 (a class)
    else:
        name = _after_coordinated_verb(text, name, left, ending)  # "维护和管理电网…平台"
        name = _second_place_name(name, ending)  # "…旧址研究建造上海百年排水科技园"
        name = _after_about(name, ending)  # "某省能源局关于某某江门基地" → 某某江门基地
        name = _after_park_conjunction(name, ending)  # "良渚文化大走廊和大运河国家文化公园" → 大运河国家文化公园
    if category == "institution":
        name = _after_relation_or_locative(name)  # "隶属于…公司", "园区内崂山区政府"
        name = _after_inner_preposition(name, ending)  # "人民政府按照州人民政府" → 州人民政府
        name = _organisation_tail(name, ending)  # "建议湖北省人民政府" → 湖北省人民政府
    name = _after_function_words(name, ending)  # "据湖北省地震局" → 湖北省地震局
    name = URL_TAIL.sub("", name)  # "…html阿坝州人民政府办公室": the page address of a crawl
    if category == "institution":
        name = _after_heading(name)  # "…零碳标准体系市市场监管局" → 市市场监管局
    if not name:
        return found
    if category == "institution" and ending in MINE_ENDINGS:
        name = _mine_and_owner(text, name, left, end, found)  # "大同市杏儿沟煤矿" → 杏儿沟煤矿
    if category == "platform":
        name = _shared_title(text, name, left, end)
        name = _after_province_locator(name, ending)
    short_body = name in NAMED_INSTITUTIONS  # "共青团", "妇联": named bodies may be short
    long_enough = len(name) >= MIN_NAME or short_body
    if not (long_enough and len(name) <= MAX_NAME) or not name.endswith(ending):
        return found
    if category == "institution" and name.count(OPEN_QUOTE) > name.count(CLOSE_QUOTE):
        return found  # "依托杨浦区“大学+大厂”特色优势": a word of a quoted slogan (UNCLOSED_QUOTE_BODY)
    if ending in INTERNATIONAL_ENDINGS and not INTERNATIONAL_OPENING.match(name):
        return found  # "社会组织", "党组织"
    if ending in SHORT_BODY_ENDINGS and (NOT_A_BODY.search(name) or not _ends_word(text, run_start, end)):
        return found  # "东部", "布局", "部署"
    if ending in PLACE_OPENED_ENDINGS and not _opens_with_place(name):
        return found  # "推进智慧法庭": a kind; only a place's own tribunal or market (PLACE_OPENED_ENDINGS)
    if ending == BRANCH_ENDING and not BRANCH_WITH_HOST.search(name):
        return found  # "工程师/风景分院院长": a post, no branch named with its host (BRANCH_WITH_HOST)
    if ending in RESERVE_ENDINGS and not RESERVE_INTO_BEFORE.search(text, max(0, left - 2), left):
        return found  # "关于开展…项目储备库建设": no reserve put to use (RESERVE_ENDINGS)
    if category == "platform" and ending in STATION_ENDINGS and not _proper_words(name[: -len(ending)]):
        return found  # "固定监测站", "地表水自动监测站": a kind of station (STATION_ENDINGS)
    if category == "platform" and FACILITY_PLATFORM.search(name):
        return found  # "水果仓储中心", "药包材生产基地": a warehouse or a plant (FACILITY_PLATFORM)
    if category == "platform" and PLANT_ROOM.search(name) is not None:
        return found  # "福建宁德核电厂应急指挥中心": a room of the plant (PLANT_ROOM)
    if ending == CLOUD_ENDING and not _named_cloud(name[: -len(ending)]):
        return found  # "公有云", "租赁第三方云", "阿里云": a kind of cloud or a firm (CLOUD_HEAD_MIN)
    span_start = text.find(name, left, end)
    regional = ""
    if span_start >= 0:
        regional = _regional_bracket(text, span_start + len(name))  # "…转化中心（福建）"
    defined = (
        category == "platform"
        and span_start >= 0
        and len(name) >= DEFINED_SHORT_MIN
        and DEFINED_SHORT_AFTER.match(text, span_start + len(name)) is not None
    )
    definite = own is not None or one_platform or _definite_store(text, name, left)
    if category == "institution" and not definite and span_start >= 0:
        definite = _association_set_up(text, name, clause_start, span_start)  # "组建未来产业国际创新联盟"
        # "新增康复大学等高校14所": the school named as the class's example (SCHOOL_EXAMPLE_AFTER)
        definite = definite or (
            ending in UNIVERSITY_ENDINGS and SCHOOL_EXAMPLE_AFTER.match(text, span_start + len(name)) is not None
        )
        # "…蓝丝带海洋保护协会|社会公益保护地联盟理事": the second body a staff row's person serves is one body, not a
        # kind, however common its words (ROW_COLUMN_ASSOCIATIONS)
        definite = definite or (
            ending in ASSOCIATION_ENDINGS
            and text.endswith(tuple(ASSOCIATION_ENDINGS), 0, span_start)
            and _in_staff_row(text, span_start, span_start + len(name))
        )
    if category == "platform" and not definite and span_start >= 0:
        definite = _definite_opening(text, name, span_start, span_start + len(name))
    paired = category == "platform" and span_start >= 0 and _paired_places_park(text, name, clause_start, span_start)
    definite = definite or paired
    phased = category == "platform" and span_start >= 0 and PHASE_AFTER.match(text, span_start + len(name)) is not None
    phased = phased or (
        category == "platform" and span_start >= 0 and LAUNCHED_AFTER.match(text, span_start + len(name)) is not None
    )
    if is_generic(name, category) and not definite and not regional and not defined and not phased:
        return found  # a platform the plan gives a short form for is one ("…公共服务平台(以下简称…")
    if span_start < 0:
        return found
    if category == "platform" and SYSTEM_OF_ONE.match(text, span_start + len(name)) and not _placed(name):
        return found  # "构建全国一体化政务云平台体系": a system of platforms (not "…郑州中心体系")
    if (
        category == "platform"
        and COBUILT_BEFORE.search(text, clause_start, left)
        and not _own_name(name)
        and not _cobuilt_placed(name)  # "共建雄安新区中关村科技园" names the one park (COBUILT_PLACED)
        and not paired  # "共建深哈产业园": the park of 深圳 and 哈尔滨 (PAIRED_PLACES_PARK)
    ):
        return found  # "共建海洋经济示范区、海洋科技合作区": one per pair of partners, a kind
    if category == "platform" and INFLUENTIAL_ROLE_BEFORE.search(text, clause_start, left):
        return found  # "打造全球有影响力的期货定价中心、…": a role aimed at (INFLUENTIAL_ROLE_BEFORE)
    if category == "platform" and _shared_modifier(text, name, span_start):
        return found  # "港区作业车辆、港区作业船舶、…管控平台": modifiers sharing one head
    if category == "platform" and _shared_by_places(text, name, span_start):
        return found  # "沈阳、大连、辽西地区绿色算力中心": one in each place, a class
    if name in CENTRAL_AUTHORITIES and _named_as_authority(text, span_start, span_start + len(name)):
        return found
    if category == "institution":
        qualifier = regional or _campus_qualifier(text, span_start + len(name))  # "中国戏曲博物馆（合肥）"
        if not qualifier and (site := NEW_SITE_AFTER.match(text, span_start + len(name))) is not None:
            qualifier = site.group()  # "重庆博物馆新馆": the new building (NEW_SITE_AFTER)
        campus = NAMED_CAMPUS_AFTER.match(text, span_start + len(name))
        if not qualifier and campus is not None and NAMED_CAMPUS_BREAK.search(campus.group()) is None:
            qualifier = campus.group()  # "北京工业大学房山校区": read whole, dropped last (NAMED_CAMPUS_AFTER)
        if not qualifier and kind == "政府部门" and name.endswith(SUB_DEPARTMENT_HOST_ENDINGS):
            qualifier = _sub_department(text, span_start + len(name))  # "国家能源局煤炭司"
        if not qualifier and name == STATE_COUNCIL:
            office = STATE_COUNCIL_OFFICE.match(text, span_start + len(name))
            qualifier = office.group() if office else ""  # "国务院信息办", not 国务院 alone
    else:
        qualifier = regional or _trailing_qualifier(text, span_start + len(name)) or _section(text, name, span_start)
    if qualifier:
        name += qualifier  # "国家海洋综合试验场（深海）"
    whole = ending_of(name)
    framed = whole is not None and whole[0] in FRAMED_ENDINGS
    if category == "platform":
        kind = platform_kind(name)
    elif not ambiguous and ending != "研究院" and not lead_unit and agency < 0:
        full = ending_of(name)  # the whole name may end more specifically than the match
        # Only an institution's ending gives an institution's kind: a 研究中心 read as an
        # institution in a section on research institutions keeps 科研院所, not the platform
        # kind "研究中心" (which the schema refuses, and which stopped the plan's build).
        kind = full[2] if full is not None and full[1] == category else kind
    found.append(
        Mention(
            name=full_name(name),  # "中科院" → "中国科学院"; the span keeps the plan's wording
            category=category,
            kind=kind,
            start=span_start,
            end=span_start + len(name),
            # A framed name in a block's description ("构建…的糖类药物资源库") is not a listed item.
            framing="block"
            if in_block and not framed
            else "institution-frame"
            if institution_section and ending in AMBIGUOUS_ENDINGS
            else "free",
            builds=(cut or in_block) and bool(BUILD_VERB.search(text, clause_start, left)),
            ambiguous=ambiguous,
            framed=framed,
        )
    )
    return found


def _association_set_up(text: str, name: str, clause_start: int, start: int) -> bool:
    """ASSOCIATION_SET_UP: an association or alliance founded right here by the plan, with words of its own."""
    return (
        ASSOCIATION_SET_UP_BEFORE.search(text, max(0, start - 2), start) is not None
        and ASSOCIATION_URGED.search(text, clause_start, start) is None
        and len(association_own_words(name)) >= ASSOCIATION_SET_UP_OWN_MIN
    )


def _named_cloud(head: str) -> bool:
    """A cloud's head names what it serves: CLOUD_HEAD_MIN to CLOUD_HEAD_MAX name characters (CLOUD_HEAD), not a
    way of running it (CLOUD_KIND_HEAD_END)."""
    return (
        CLOUD_HEAD_MIN <= len(head) <= CLOUD_HEAD_MAX
        and CLOUD_HEAD.match(head) is not None
        and CLOUD_KIND_HEAD_END.search(head) is None
    )


def _generic_builder(text: str, left: int, end: int) -> bool:
    """A kind of actor builds the platform earlier in its sentence (GENERIC_BUILDER: a verb of building
    follows the actor, in the platform's clause or the actor's own clause left open), and the
    platform's name has no mark of a name of its own."""
    if _own_name(normalise_name(text[left:end])):
        return False
    sentence_start, _ = sentence_bounds(text, left, end)
    clause_start, _ = clause_bounds(text, left, end)
    for m in GENERIC_BUILDER.finditer(text, sentence_start, left):
        if text.startswith("的", m.end()):
            continue  # "各地林业部门的交换中心": the kind of actor qualifies a noun, it builds nothing
        if not BUILD_VERB.search(text, m.end(), left):
            continue  # "推动各部门电子政务系统向政务云平台集中部署": the platform is used, not built
        if m.end() < clause_start and BUILD_VERB.search(text, m.end(), clause_start):
            continue  # "支持在京高校“双一流”建设，推动…": the actor's own clause has its object
        return True
    return False


def built_apiece(text: str, names: set[str]) -> set[str]:
    """Platform names without a mark of their own (a place, a proper word, OWN_NAME_MARK) that the text builds one
    apiece somewhere (a quantifier in the clause before it, or a kind of actor building it:
    QUANTIFIER, GENERIC_BUILDER, as _name_at reads them): classes wherever else the text names them,
    a heading included ("19.建设可视化运行质效管理平台" and "有条件的中级人民法院应建设…质效管理平台")."""
    out: set[str] = set()
    for name in names:
        if _own_name(name) or _placed(name) or _of_the_nation(name) or _proper_words(name):
            continue  # "张江高新技术产业开发区" (张江/nr) is one zone, whatever a clause counts before it
        for m in re.finditer(re.escape(name), text):
            left, end = m.start(), m.end()
            clause_start, _ = clause_bounds(text, left, end)
            if QUANTIFIER.search(text, clause_start, left) or _generic_builder(text, left, end):
                out.add(name)
                break
    return out


def _shared_modifier(text: str, name: str, start: int) -> bool:
    """The name follows "、" and a short listed modifier (SHARED_MODIFIER_ITEM, SHARED_MODIFIER_MAX)
    that names nothing itself (no ending of a name, no place), and has no proper word or mark of a
    name of its own either."""
    if start < 2 or text[start - 1] != LIST_ITEM_BEFORE or _own_name(name) or _proper_words(name):
        return False
    item_end = item_start = start - 1
    while (
        item_start > 0
        and item_end - item_start <= SHARED_MODIFIER_MAX
        and SHARED_MODIFIER_ITEM.match(text, item_start - 1)
    ):
        item_start -= 1
    item = text[item_start:item_end]
    if not item or len(item) > SHARED_MODIFIER_MAX:
        return False  # a longer item: a name or a clause, not a modifier
    return ending_of(item) is None and not _only_places(item)


def _of_the_nation(name: str) -> bool:
    """A network or information platform of the nation, one of its kind (NATIONAL_NETWORK, NATIONAL_PLATFORM)."""
    return bool(NATIONAL_NETWORK.match(name) or NATIONAL_PLATFORM.match(name))


def _department_of_platform(
    text: str, run_start: int, lo: int, match: re.Match[str], department_end: int
) -> list[Mention]:
    """ "青岛市行政审批服务局数字平台建设处" (DEPARTMENT_AFTER): the division of the body named in front,
    an institution; nothing when no body's ending (SUB_DEPARTMENT_HOST_ENDINGS) stands before the platform."""
    left, _ = _left_edge(text, run_start, lo, match.start())
    host = text[left : match.start()]
    if not any(e in host for e in SUB_DEPARTMENT_HOST_ENDINGS):
        return []
    name = normalise_name(text[left:department_end])
    span = text.find(name, left, department_end)
    if span < 0 or len(name) > MAX_NAME:
        return []
    return [Mention(name, "institution", "政府部门", span, span + len(name))]


def _placed(name: str) -> bool:
    """A place name in a name: PLACE_RE, or a jieba place word of PLACED_WORD_MIN characters or more."""
    if PLACE_RE.search(name):
        return True
    return any(
        w.flag == "ns" and len(w.word) >= PLACED_WORD_MIN and w.word not in PLACED_NOT_PLACE
        for w in _posseg().cut(name)
    )


def _cobuilt_placed(name: str) -> bool:
    """A jieba place word of COBUILT_PLACE_WORD_MIN characters or more in a co-built name ("中关村"; not 海洋/ns)."""
    return any(
        w.flag == "ns" and len(w.word) >= COBUILT_PLACE_WORD_MIN and w.word not in PLACED_NOT_PLACE
        for w in _posseg().cut(name)
    )


def _paired_places_park(text: str, name: str, clause_start: int, start: int) -> bool:
    """PAIRED_PLACES_PARK: a park named by the abbreviations of the two places that build it, in a clause that co-builds
    it or next to another park of the same builder ("共建深哈产业园", "广梅产业园、广湛产业园")."""
    if name[0] not in PAIRED_PLACES_BUILDERS:
        return False  # most names: one set lookup, before the ending and jieba are asked
    found = ending_of(name)
    if found is None or found[2] != PAIRED_PLACES_KIND:
        return False
    words = _posseg().cut(name[: -len(found[0])])
    if not words:
        return False
    first = words[0]
    if len(first.word) == 1:
        paired = (
            first.flag == PAIRED_PLACES_SINGLE_TAG
            and len(words) > 1
            and len(words[1].word) == 1
            and words[1].flag == PAIRED_PLACES_SINGLE_TAG
        )
    else:
        paired = len(first.word) <= 3 and first.flag in PAIRED_PLACES_TAGS
    if not paired:
        return False
    if COBUILT_BEFORE.search(text, clause_start, start):
        return True
    _, clause_end = clause_bounds(text, start, start + len(name))
    sibling = re.compile(PAIRED_PLACES_SIBLING.format(builder=re.escape(name[0])))
    for m in sibling.finditer(text, clause_start, clause_end):
        item = normalise_name(m.group()[1:])
        other = ending_of(item)
        if m.start() + 1 != start and other is not None and other[2] == PAIRED_PLACES_KIND:
            return True
    return False


def _opens_with_place(name: str) -> bool:
    """A name opening with a place: a province (PLACE_RE) or a jieba place word ("南京", "深圳")."""
    name = name.strip()  # an indent before a run-in title ("　　智慧法庭。建设…")
    if PLACE_RE.match(name):
        return True
    words = _posseg().cut(name)
    return bool(words) and words[0].flag == "ns"


def _own_name(name: str) -> bool:
    """A mark of a name of its own: a place name or OWN_NAME_MARK ("国家…", "“一网通办”平台")."""
    return OWN_NAME_MARK.search(name) is not None or PLACE_RE.search(name) is not None


def _proper_words(words: str) -> bool:
    """Whether ``words`` hold a place name or a word jieba tags as proper (PROPER_TAGS). A field term
    the vocabulary feeds jieba (tagged nz, add_user_words) is a subject, not a proper name: "资源、生态、
    环境大数据平台" shares one head among modifiers (round 11), as "…、环境监测平台" would."""
    if PLACE_RE.search(words) is not None:
        return True
    return any(w.flag in PROPER_TAGS and w.word not in _USER_WORDS for w in _posseg().cut(words))


def _pronoun_before(text: str, left: int, ending_start: int) -> bool:
    """The word right before the body's ending is a pronoun of one character (PRONOUN_TAG):
    "受我|局", "给你|公司"; not "日本|公司", where 本 is inside a word."""
    if ending_start <= left or not PRONOUN_BODY.match(text, ending_start - 1):
        return False
    pos = left
    for word in _posseg().cut(text[left:ending_start]):
        pos += len(word.word)
        if pos == ending_start:
            return len(word.word) == 1 and word.flag == PRONOUN_TAG
    return False


# UNIT_WRITTEN_ONCE, ROW_UNIT_PATTERNS (perf57): `_unit_of_other_rows` compiled the pattern of its unit at every call
# and scanned the whole text with it: 1,172 calls over 100 generated plans, 100 units, 1.2 s of 22.5 s of analysis
# CPU (Python's own pattern cache of 512 is emptied by the rules' other patterns in between). A match ends in the
# unit, so a unit the text writes only at ``start`` has no other row (603 of the 1,172 calls); the pattern of a
# unit is compiled once.
@lru_cache(maxsize=1024)
def _row_unit_pattern(unit: str) -> re.Pattern[str]:
    return re.compile(ROW_UNIT_OF_OTHER_ROWS.format(unit=re.escape(unit)))


def _unit_of_other_rows(text: str, start: int, end: int) -> bool:
    """Whether another row of a flattened staff list writes ``text[start:end]`` as its unit, after its own row
    number and person's name (ROW_UNIT_OF_OTHER_ROWS)."""
    unit = text[start:end]
    if not unit or (text.find(unit) == start and text.find(unit, start + 1) < 0):
        return False  # UNIT_WRITTEN_ONCE: every row the pattern finds ends in the unit, written nowhere else
    pattern = _row_unit_pattern(unit)
    surnames = listed_surnames()
    return any(m.end() - len(unit) != start and m.group("surname") in surnames for m in pattern.finditer(text))


_ROW_PERSON_OPENING = re.compile(r"(?<![\d.．])\d{1,3}(?=[\u4e00-\u9fff])")
_ROW_PERSON_STRETCH = re.compile(r"[\u4e00-\u9fff \u00a0\u3000]+")


def _row_unit_past_cut(text: str, run_start: int, left: int, ending_start: int, end: int) -> int:
    """Where a staff row's unit begins when the left edge cut an anchor inside the row's person or unit
    (ROW_UNIT_OF_OTHER_ROWS): "43向|云峰中核二三公司" → 中核二三公司, "45陈新华江苏省电力建设|第三工程公司" →
    江苏省电力建设第三工程公司. Else ``left``."""
    openings = list(_ROW_PERSON_OPENING.finditer(text, max(run_start, left - 40), left))
    opening = openings[-1] if openings else None
    if (
        opening is None
        or not _ROW_PERSON_STRETCH.fullmatch(text, opening.end(), left)
        or TABLE_ROW_UNIT.search(text, max(0, left - 8), left)
    ):
        return left  # "…12张三男|浙江大学": the sex column cut it, the unit after it (TABLE_ROW_UNIT)
    unit_start = _after_row_person(text, opening.end(), ending_start, end)
    if opening.end() < unit_start < ending_start and _unit_of_other_rows(text, unit_start, end):
        return unit_start
    return left


def _after_row_person(text: str, left: int, ending_start: int, end: int) -> int:
    """Where the unit of a flattened staff row begins when a row number and a person's name stand
    at ``left`` (ROW_NUMBER_BEFORE, SPACED_ROW_PERSON_BEFORE): "28|刘万功|中国核电工程有限公司",
    "38高  |翔|二三公司" (the letter-spaced name's last character opens the run). Else ``left``.

    A list names the same unit on many rows, so a name of two or three characters is the one that
    leaves a unit written elsewhere in the text too ("8李巨峰|生态环境部…", "50董国利|五公司");
    where neither does, jieba's person tag decides, after a listed surname."""
    spaced = SPACED_ROW_PERSON_BEFORE.search(text, max(0, left - 10), left)
    if spaced is not None and (
        spaced.group("surname") in listed_surnames() or _unit_of_other_rows(text, left + 1, end)
    ):
        return left + 1 if left + 1 < ending_start else left
    if not ROW_NUMBER_BEFORE.search(text, max(0, left - 3), left):
        return left
    words = _posseg().cut(text[left:ending_start])
    if text[left : left + 1] not in listed_surnames() and not (
        words and words[0].flag == PERSON_TAG and len(words[0].word) in PERSON_NAME_LENGTHS
    ):
        others = [
            n
            for n in sorted(PERSON_NAME_LENGTHS)
            if left + n < ending_start
            and _NAME_STRETCH.fullmatch(text, left, left + n)
            and _unit_of_other_rows(text, left + n, end)
        ]
        # "52同江涛|西安中核核仪器有限公司" (ROW_UNIT_OF_OTHER_ROWS); else "省府前街1号|省工业和信息化厅": no person.
        # ROW_UNIT_OTHER_ROWS_MOST (fixext57): where both lengths leave a unit another row writes, the one written most
        # often is the unit, as ROW_UNIT_MOST_WRITTEN: "20敬通明|台山核电合营有限公司" (round 57, the 台山 licence
        # letter: "36黄辉明台山核电合营有限公司" wrote "明台山核电合营有限公司" on another row too; the unit is written
        # on 40 rows).
        return left + max(others, key=lambda n: (text.count(text[left + n : end]), -n)) if others else left
    opened = [
        n
        for n in sorted(PERSON_NAME_LENGTHS)
        if left + n < ending_start
        and _NAME_STRETCH.fullmatch(text, left, left + n)
        and ROW_UNIT_OPENING.match(text, left + n)
    ]
    if len(opened) == 1:
        return left + opened[0]  # "4贺战军|中国科学院…" (ROW_UNIT_OPENING)
    lengths = [
        n
        for n in sorted(PERSON_NAME_LENGTHS)
        if left + n < ending_start and _NAME_STRETCH.fullmatch(text, left, left + n)
    ]
    # ROW_UNIT_MOST_WRITTEN: the unit written most often, the shorter name where two are written as often (a unit
    # without its first character is written at least as often as the unit).
    written = {n: text.count(text[left + n : end]) for n in lengths}
    most = max(written.values(), default=0)
    if most > 1:
        return left + min(n for n in lengths if written[n] == most)
    length = 0
    for word in words:
        if word.flag != PERSON_TAG or length + len(word.word) > max(PERSON_NAME_LENGTHS):
            break
        length += len(word.word)
    if length in PERSON_NAME_LENGTHS and left + length < ending_start:
        return left + length
    # ROW_UNIT_OPENING_WRITTEN: a unit written once still opens with words the list writes on other rows.
    opens = {n: text.count(text[left + n : left + n + ROW_UNIT_OPENING_SPAN]) for n in lengths}
    most = max(opens.values(), default=0)
    if most > 1 and sum(1 for n in lengths if opens[n] == most) == 1:
        return left + next(n for n in lengths if opens[n] == most)
    return left


@lru_cache(maxsize=8)
def _row_unit_starts(text: str) -> tuple[int, ...]:
    """Where the units of a flattened staff list's rows begin: right after each row's person and sex
    (ROW_COLUMN_PERSON)."""
    return tuple(m.end() for m in ROW_COLUMN_PERSON.finditer(text))


def _in_staff_row(text: str, pos: int, end: int) -> bool:
    """``pos`` stands in a row of a flattened staff list, within ROW_COLUMN_REACH characters of the row's person and
    sex and with no break up to ``end`` (ROW_COLUMN_UNIT), the list ROW_COLUMN_ROWS_MIN rows long at least."""
    starts = _row_unit_starts(text)
    if len(starts) < ROW_COLUMN_ROWS_MIN:
        return False
    row = bisect_left(starts, pos + 1) - 1
    return row >= 0 and pos - starts[row] <= ROW_COLUMN_REACH and not ROW_COLUMN_BREAK.search(text, starts[row], end)


def _row_column_unit(text: str, left: int, ending_start: int, end: int) -> tuple[int, bool]:
    """Where a unit written in a later column of a flattened staff row begins, after the person's title and field
    (ROW_COLUMN_UNIT): the position where the longest run of characters opening a row's unit begins (and True: the
    list's own unit), or else where the first national word or place opening a row's unit begins
    (ROW_COLUMN_PLACE_OPENING); else after the row's last title before the ending (ROW_COLUMN_TITLE); else ``left``."""
    if TABLE_ROW_UNIT.search(text, max(0, left - 8), left) or not _in_staff_row(text, left, end):
        return left, False
    starts = _row_unit_starts(text)
    best, longest = left, ROW_COLUMN_UNIT_OPENING_MIN - 1
    for pos in range(left + 1, ending_start):
        for start in starts:
            if start == pos:
                continue
            n = 0
            while pos + n < end and text[pos + n] == text[start + n : start + n + 1]:
                n += 1
            if n > longest:
                best, longest = pos, n
    if best > left and len(text[best:end]) >= MIN_NAME and ending_of(text[best:end]) is not None:
        return best, True
    # ROW_COLUMN_PLACE_OPENING: else the first national word or place that opens a row's unit too
    openings = {o.group() for start in starts if (o := ROW_UNIT_OPENING.match(text, start)) is not None}
    for pos in range(left + 1, ending_start):
        opening = ROW_UNIT_OPENING.match(text, pos)
        if (
            opening is not None
            and opening.group() in openings
            and len(text[pos:end]) >= MIN_NAME
            and ending_of(text[pos:end]) is not None
        ):
            return pos, True
    titles = [m.end() for m in ROW_COLUMN_TITLE.finditer(text, left, ending_start) if m.end() <= ending_start]
    return (titles[-1] if titles else left), False


def _hosted_town(tail: str) -> bool:
    """A science town named by its host and its place is one name: "中科院济南科创城" (heldout6; the
    town is the academy's, HOSTED_TOWN_ENDINGS)."""
    found = ending_of(tail)
    if found is not None and found[0] in HOSTED_SITE_ENDINGS:
        words = list(_posseg().cut(tail[: -len(found[0])]))
        return len(words) == 1 and words[0].flag == HOSTED_SITE_PLACE_TAG  # "…科学院|葫芦岛基地" (HOSTED_SITE)
    return found is not None and found[0] in HOSTED_TOWN_ENDINGS


def _mine_and_owner(text: str, name: str, left: int, end: int, found: list[Mention]) -> str:
    """A mine's name without the places that locate it (strip_mine_places); a firm glued in front
    owns it and is named too: "安徽省淮北矿业（集团）公司芦岭煤矿" → 淮北矿业（集团）公司 and 芦岭煤矿
    (MINE_OWNER_ENDINGS; a province before the firm locates it, PROVINCE_SUFFIX)."""
    cut = max(name.rfind(e) + len(e) if e in name else -1 for e in MINE_OWNER_ENDINGS)
    if cut > 0:
        owner, name = name[:cut], name[cut:]
        first = next(iter(_posseg().cut(owner)))
        if first.word.endswith(PROVINCE_SUFFIX) and len(owner) - len(first.word) >= MIN_NAME:
            owner = owner[len(first.word) :]
        at = text.find(owner, left, end)
        if at >= 0 and len(owner) >= MIN_NAME:
            found.append(Mention(owner, "institution", institution_kind(owner), at, at + len(owner)))
    whole = ending_of(name)
    return strip_mine_places(name, whole[0]) if whole else name


def _system_of_one(text: str, match: re.Match[str]) -> bool:
    """ "完善国家技术转移郑州中心体系": the system of one platform names it (SYSTEM_OF_ONE); a class
    before 体系 ("创新平台体系") is still dropped as generic."""
    return _category(match.group())[0] == "platform" and SYSTEM_OF_ONE.match(text, match.end()) is not None


def _after_heading(name: str) -> str:
    """A body's name after the heading or title a one-line crawl glued before it (HEADING_TAIL)."""
    cuts = [m.end() for m in HEADING_TAIL.finditer(name)]
    if not cuts or len(name) - cuts[-1] < MIN_NAME:
        return name
    return name[cuts[-1] :]


# ISSUER_GOVERNMENT's word and how far before it a match can start (the lazy 2-6 characters of the
# place and the level): no match starts before the first 人民政府 less this reach.
_ISSUER_GOVERNMENT_WORD = "人民政府"
_ISSUER_GOVERNMENT_REACH = 7


def _issuer_government(text: str) -> re.Match[str] | None:
    """``ISSUER_GOVERNMENT.search(text)``, started just before the first 人民政府: the pattern's
    lazy opening was tried at every character of a text (1.2 % of the analysis' samples over 120
    generated plans, most of them writing no 人民政府 or only late)."""
    first = text.find(_ISSUER_GOVERNMENT_WORD)
    if first == -1:
        return None
    return ISSUER_GOVERNMENT.search(text, max(0, first - _ISSUER_GOVERNMENT_REACH))


def _issuing_level(text: str) -> str | None:
    """The level of the government that issues the text (ISSUER_GOVERNMENT, else one OWN_LEVEL)."""
    issuer = _issuer_government(text)
    if issuer is not None:
        return issuer.group("level")
    own_levels = {m.group("level") for m in OWN_LEVEL.finditer(text)}
    return own_levels.pop() if len(own_levels) == 1 else None  # "本市…": an excerpt without its issuer


def _territory_level(text: str) -> str | None:
    """The level an excerpt calls its whole territory most (TERRITORY_WORD), not less than the nation."""
    counts: dict[str, int] = {}
    for m in TERRITORY_WORD.finditer(text):
        counts[m.group("level")] = counts.get(m.group("level"), 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]) or ranked[0][1] < text.count(NATION_WORD):
        return None
    return ranked[0][0]


def own_tier_platforms(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """The issuing level's own platform named by its tier (OWN_TIER_PLATFORM): "依托省级充电基础设施监管
    服务平台" in a province's text; not a designation (OWN_TIER_NOT_HEAD) nor another level's tier."""
    level = _issuing_level(text) or _territory_level(text)
    if level is None:
        return []
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in OWN_TIER_PLATFORM.finditer(text, start, stop):
        if m.group("level") != level or OWN_TIER_NOT_HEAD.search(m.group("head")):
            continue
        name = m.group("name")
        found.append(Mention(name, "platform", platform_kind(name), m.start("name"), m.end("name"), "free", True))
    return found


def own_governments(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """The issuing level's government named by its level alone (OWN_GOVERNMENT): "市政府" in a text
    of 上海市人民政府办公厅, "州人民政府" in one of 阿坝州人民政府办公室."""
    level = _issuing_level(text)
    if level is None:
        return []
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in OWN_GOVERNMENT.finditer(text, start, stop):
        if m.group("level") != level:
            continue  # "区政府" in a city's text: each district's
        glued = text.endswith(HEADING_TAIL_WORDS, 0, m.start())  # "…管理体制机制市政府指导…", one line
        if m.start() > 0 and text[m.start() - 1] not in OWN_GOVERNMENT_BEFORE and not glued:
            continue  # "各市政府", "上海市政府" (found by its ending)
        found.append(Mention(m.group(), "institution", "政府部门", m.start(), m.end()))
    return found


def _level_agency(text: str, left: int, end: int) -> int:
    """Where a service centre named by a level alone opens (LEVEL_AGENCY), or -1."""
    for m in LEVEL_AGENCY.finditer(text, max(0, left - 1), end):
        if m.end() == end and (m.start() in (0, left) or text[m.start() - 1] in LEVEL_AGENCY_BEFORE):
            return m.start()
    return -1


def _body_agency(name: str) -> bool:
    """A centre named after a central body or a ministry is its agency (BODY_AGENCY): "国务院发展研究中心"."""
    if not name.endswith("中心"):
        return False
    ministry = name.find("部")
    opening = MINISTRY.search(name[: ministry + 1]) if 0 < ministry < len(name) - 4 else None
    if REVIEW_INSPECTION_BRANCH.search(name):
        return True  # "国家药械审评检查西南分中心": the regulator's branch (REVIEW_INSPECTION_BRANCH)
    return bool(BODY_AGENCY.match(name)) or (opening is not None and opening.start() == 0)


def _after_province_locator(name: str, ending: str) -> str:
    """A platform's name after a province written in full that locates it (PROVINCE_LOCATOR), when
    the rest opens with a place or an organisation jieba knows: "宁夏回族自治区宁东能源化工基地" →
    宁东能源化工基地."""
    match = PROVINCE_LOCATOR.match(name)
    if match is None:
        return name
    rest = name[match.end() :]
    words = list(_posseg().cut(rest[: len(rest) - len(ending)]))
    if len(rest) - len(ending) < 2 or not words or words[0].flag not in LOCATED_OPENING_TAGS:
        return name
    opening = ending_of(words[0].word)
    if opening is not None and opening[1] == "institution" and is_generic(words[0].word, "institution"):
        # "广东省中医院国家医学中心": the rest opens with a body named by its kind alone (中医院), the province's
        # hospital, whose name the province is part of (heldout24, 广州's outline)
        return name
    return rest if not is_generic(rest, "platform") else name


def _zone_subject(text: str, clause_start: int, left: int, match: re.Match[str]) -> bool:
    """A zone that opens its clause, named by a place or a proper word, is the subject that acts
    (SUBJECT_ZONE_ENDINGS): "74.湖北省武汉东湖新技术开发区大力推进…"; not "综合运用综合保税区…"."""
    park = match.group() in SUBJECT_PARK_ENDINGS
    if (match.group() not in SUBJECT_ZONE_ENDINGS and not park) or not SUBJECT_LEAD.fullmatch(text, clause_start, left):
        return False
    head = text[left : match.start()]
    if park:
        return _coined_park_head(head, match.group())
    if match.group() == PILOT_FTZ_ENDING and head.removesuffix("省") not in PROVINCES:
        return False  # "长江经济带自贸试验区…": the zones of a region (PILOT_FTZ_ENDING)
    if PILOT_ZONE_AREA.search(text, left, match.end()):
        return True  # "自贸试验区陆家嘴片区积极引导…": an area of a pilot zone is one by that zone
    words = list(_posseg().cut(head)) if head else []
    if any(w.flag in SUBJECT_ZONE_NOT_TAGS for w in words):
        return False  # "管委会应当充分运用国家赋予新片区…": a clause of its own before the ending
    return bool(words) and (words[0].flag in PROPER_TAGS or PLACE_RE.match(head) is not None)


def _coined_park_head(head: str, ending: str) -> bool:
    """SUBJECT_PARK: the head of a park opening its clause names one park: a rare or unknown word, or a place, and no
    common verb or field word alone ("天开|高教", "明月|湖", "枢纽港"; not "现代农业", "特色", "智慧"), nor a common
    word before a class ("规划|算力产业园")."""
    import jieba

    if len(head) < 2 or is_generic(head, "platform"):
        return False
    words = [w for w in _posseg().cut(head) if w.word not in _USER_WORDS]
    freq = [jieba.get_FREQ(w.word) or 0 for w in words]
    if any(w.flag in SUBJECT_ZONE_NOT_TAGS and f >= SUBJECT_PARK_WORD_FREQ for w, f in zip(words, freq, strict=True)):
        return False
    if (
        words
        and words[0].flag in SUBJECT_PARK_OPENING_TAGS
        and freq[0] >= SUBJECT_PARK_WORD_FREQ
        and is_generic(head[len(words[0].word) :] + ending, "platform")
    ):
        return False
    return any(w.flag == "ns" or f < SUBJECT_PARK_WORD_FREQ for w, f in zip(words, freq, strict=True))


def _zone_opening_title(text: str, left: int, match: re.Match[str]) -> bool:
    """ZONE_OPENING_TITLE: a zone right after 《 whose title goes on after it."""
    return (
        match.group() in PLACED_ZONE_ENDINGS
        and text[max(0, left - 1) : left] == ZONE_OPENING_TITLE_MARK
        and ZONE_TITLE_GOES_ON.match(text, match.end()) is not None
    )


def _placed_zone(text: str, left: int, match: re.Match[str]) -> bool:
    """A zone whose name opens with a place (jieba's ns, or a province) needs no verb of building
    (PLACED_ZONE_ENDINGS): "丰富长株潭国家自主创新示范区…", "以南港工业区为…"."""
    if match.group() not in PLACED_ZONE_ENDINGS:
        return False
    head = text[left : match.start()]
    if match.group() == PILOT_FTZ_ENDING and head.removesuffix("省") not in PROVINCES:
        return False  # "长江经济带自贸试验区": the zones of a region (PILOT_FTZ_ENDING)
    words = [w for w in _posseg().cut(head) if w.flag not in FUNCTION_WORD_TAGS] if head else []
    if _short_zone_of_one_word(head, match.group()):
        return True  # "大同经开区、阳泉高新区入选…": 大同/d, a city jieba misreads (SHORT_STATE_ZONE)
    # the place may come second where jieba misreads a city ("关于大连/d双岛湾/ns工业区")
    return len(head) >= 2 and (any(w.flag == "ns" for w in words[:2]) or PLACE_RE.match(head) is not None)


def _short_zone_of_one_word(head: str, ending: str) -> bool:
    """SHORT_STATE_ZONE: a 高新区 or 经开区 whose head is one word of its own (no tier, kind or pronoun: not generic)
    is one zone, though jieba tags the word as no place ("大同/d经开区", round 40, 山西's review). One word only: a
    head of several words may hold a clause's verbs ("研究论证万州经开区")."""
    if ending not in SHORT_STATE_ZONE_ENDINGS or len(head) < SHORT_STATE_ZONE_WORD_MIN:
        return False
    words = list(_posseg().cut(head))
    return (
        len(words) == 1 and words[0].flag not in SHORT_STATE_ZONE_NOT_TAGS and not is_generic(head + ending, "platform")
    )


def _named_as_authority(text: str, start: int, end: int) -> bool:
    """A government body named only as the authority behind the text (AUTHORITY_BEFORE,
    AUTHORITY_AFTER): "经国务院同意", "党中央、国务院决策部署", "国务院办公厅关于…"."""
    return bool(AUTHORITY_BEFORE.search(text, max(0, start - 4), start) or AUTHORITY_AFTER.match(text, end))


def _leads_task(text: str, clause_start: int, left: int, end: int) -> bool:
    """The name stands in a bracket of lead units or after 由, and its list ends in a verb of
    leading (LEAD_LIST_AFTER)."""
    if not LEAD_LIST_AFTER.match(text, end):
        return False
    return bool(OPEN_ASIDE.search(text, clause_start, left)) or text[left - 1 : left] == "由"


def _after_function_words(name: str, ending: str) -> str:
    """The name after the prepositions and conjunctions jieba finds at its start
    (FUNCTION_WORD_TAGS); "" when nothing that can be a name is left ("关于公司", "按照市委")."""
    for _ in range(3):
        words = list(_posseg().cut(name))
        lead = words[0].word if words else ""
        if (
            len(words) > 2
            and words[0].flag in ADVERB_BEFORE_FUNCTION_WORD_TAGS
            and words[1].flag in FUNCTION_WORD_TAGS
            and len(words[1].word) == 1
        ):
            lead = words[0].word + words[1].word  # "积极与德国科学院" → 德国科学院
        elif len(words) < 2 or (
            words[0].flag not in FUNCTION_WORD_TAGS and words[0].word not in MISTAGGED_PREPOSITIONS
        ):
            return name
        if name.startswith(NOT_PREPOSITION_OPENINGS) or name[len(lead) - 1 :].startswith(NOT_PREPOSITION_OPENINGS):
            return name  # "同城容灾中心"; "大同/d 经/p 开区": the adverb is the city's name (SHORT_STATE_ZONE)
        rest = name[len(lead) :]
        if not rest.endswith(ending) or (len(rest) < MIN_NAME and rest not in NAMED_INSTITUTIONS):
            return ""
        name = rest
    return name


def _after_inner_preposition(name: str, ending: str) -> str:
    """An institution's name after the last preposition of two characters or more jieba finds
    inside the candidate (INNER_PREPOSITION_MIN), when the rest is still a name with that ending:
    "人民政府按照州人民政府" → 州人民政府."""
    pos, cut = 0, 0
    words = list(_posseg().cut(name))
    for word in words[:-1]:
        pos += len(word.word)
        if (
            word.flag == "p"
            and (len(word.word) >= INNER_PREPOSITION_MIN or word.word in CLAUSE_PREPOSITIONS_ONE)
            and pos > len(word.word)
        ):
            cut = pos
    rest = name[cut:]
    if cut and rest.endswith(ending) and (len(rest) >= MIN_NAME or rest in NAMED_INSTITUTIONS):
        return rest
    if cut and len(rest) == len(ending):
        return ""  # "医疗机构应当按照医院信息化…": a clause whose last word is the bare ending (round 11)
    return name


def _after_clause_verb(name: str, ending: str) -> str:
    """An institution's name after a verb or a locative of its clause jieba finds in the candidate
    (CLAUSE_CUT_TAGS), when the rest still has a head before its ending and opens with a place, an
    organisation, an abbreviation or a person (CLAUSE_VERB_OPENING_TAGS): "修缮上海水产公司" →
    上海水产公司, "红色文化中陈望道旧居" →
    陈望道旧居. The rightmost such cut wins; a verb of one character or a candidate opening with a
    proper word is not cut ("上海可鲁系统软件有限公司"). Names with verbs of their own stay whole ("上海技术转移
    学院", "重庆市生物制造研究院", "三峡库区地质灾害防治工作指挥部")."""
    words = list(_posseg().cut(name))
    if len(words) > 2 and clause_opening(words[0].flag, words[1].word, words[1].flag):
        rest = name[len(words[0].word) + len(words[1].word) :]  # "当时建|清华长三角研究院" (CLAUSE_OPENING_BEFORE_VERB)
        if rest.endswith(ending) and len(rest) - len(ending) >= 2:
            return rest
    if not words or words[0].flag in PROPER_TAGS:
        return name  # "上海可鲁系统软件有限公司": a name that opens with a place holds its words
    if INTERNATIONAL_OPENING.match(name):
        return name  # "世界自然保护联盟中国代表处": an international body is named by its mission
    pos, cuts = 0, []
    for index, word in enumerate(words[:-1]):
        pos += len(word.word)
        # not "可", "鲁" of a firm's name; "有", "是" (EXISTENTIAL_VERBS) are no part of one
        verb = word.flag == "v" and (len(word.word) >= 2 or word.word in EXISTENTIAL_VERBS)
        # "成立中/f 俄/ns 环境保护分委会": 中 with the other country opens a bilateral body (BILATERAL_OPENING)
        bilateral = BILATERAL_OPENING.search(name, 0, pos + len(words[index + 1].word)) is not None
        if (
            (verb or word.flag in CLAUSE_CUT_TAGS - {"v"})
            and (words[index + 1].flag in CLAUSE_VERB_OPENING_TAGS or word.word in FOUND_VERBS)
            and not (bilateral and word.word.endswith("中"))
        ):
            cuts.append(pos)
    for cut in reversed(cuts):
        rest = name[cut:]
        if rest.endswith(ending) and len(rest) - len(ending) >= 2:
            return rest
    return name


def _after_earning_verb(name: str, ending: str) -> str:
    """An institution's candidate with a verb of earning a status inside it (STATUS_EARNED): what follows is the status
    earned, a designation, no body ("白银入选全国紧密型城市医疗集团" → "": no name)."""
    return "" if STATUS_EARNED.search(name, 0, len(name) - len(ending)) else name


def _after_leading_verb_of_class(name: str, ending: str) -> str:
    """An institution's candidate that opens with a verb of its clause (jieba's LEADING_VERB_TAGS, two characters or
    more) before a class of bodies, kind words only (INSTITUTION_GENERIC_WORDS): the class alone, which the generic
    check then drops ("实行定点医院分娩…政策" → 定点医院). Not a firm, nor a head with a word of its own ("通用机床
    研究院": jieba's verb tag is no verb of the clause there)."""
    if _category(ending)[1] == "企业":
        return name  # "申能股份有限公司": a firm's name opens with any word jieba may tag a verb
    words = list(_posseg().cut(name))
    if len(words) < 2 or words[0].flag not in LEADING_VERB_TAGS or len(words[0].word) < 2:
        return name
    rest = name[len(words[0].word) :]
    if len(rest) - len(ending) < 2 or not rest.endswith(ending) or not is_generic(rest, "institution"):
        return name
    head = rest[: -len(ending)]
    if not all(w.word in INSTITUTION_GENERIC_WORDS for w in _posseg().cut(head)):
        return name  # "通用机床研究院": 机床 is no kind word, the verb tag no verb of the clause
    return rest


def _after_about(name: str, ending: str) -> str:
    """A platform named in a title after its issuer and 关于 (TITLE_ABOUT) starts after the word, and after the
    title's verb when one follows (round 53, a regulator's licence notice: "关于颁发岷江试验堆、中国脉冲堆…运行许可证
    （延续）的通知" names 岷江试验堆, not 颁发岷江试验堆)."""
    cut = max((m.end() for m in TITLE_ABOUT.finditer(name)), default=0)
    rest = strip_leading_verbs(name[cut:], ending) if cut else name
    return rest if cut and rest.endswith(ending) and len(rest) >= MIN_NAME else name


def _second_place_name(name: str, ending: str) -> str:
    """A platform candidate opening with a place that holds a verb (two characters or more) and a
    second place after it is two phrases: the platform is named from the second place ("东区污水
    处理厂旧址研究建造上海百年排水科技园" → 上海百年排水科技园). A single place keeps its verbs
    ("国家超算深圳中心" does not open with a place)."""
    words = list(_posseg().cut(name))
    if len(words) < 3 or words[0].flag != "ns" or PLACE_BRACKET_QUALIFIER.match(name, len(words[0].word)):
        return name  # "广州（国际）科技成果转化天河基地": one name (PLACE_BRACKET_QUALIFIER)
    pos = len(words[0].word)
    for index, word in enumerate(words[1:-1], start=1):
        pos += len(word.word)
        if word.flag == "v" and len(word.word) >= 2 and words[index + 1].flag == "ns":
            rest = name[pos:]
            if rest.endswith(ending) and len(rest) - len(ending) >= 2:
                return rest
    return name


def _organisation_tail(name: str, ending: str) -> str:
    """The organisation jieba knows (ORGANISATION_TAIL_TAGS, ORGANISATION_TAIL_MIN characters or
    more, opening with a place) that ends a candidate, when every word before it is a common word
    of the clause: no place, organisation, person or abbreviation, and no 国家/中国/中央/全国 or
    level that would be part of the name ("建议湖北省人民政府" → 湖北省人民政府; "湖北省国土资源厅",
    "省人民政府", "人力资源社会保障部" stay)."""
    words = list(_posseg().cut(name))
    if len(words) < 2:
        return name
    last = words[-1]
    if last.flag not in ORGANISATION_TAIL_TAGS or len(last.word) < ORGANISATION_TAIL_MIN:
        return name
    if not last.word.endswith(ending) or not PLACE_RE.match(last.word):
        return name  # only one that opens with its place: not "人力资源|社会保障部"
    before = name[: len(name) - len(last.word)]
    if any(w.flag in NAMING_TAGS for w in words[:-1]) or NAMED_PREFIX.search(before) or PROPER_PREFIX.search(before):
        return name
    return last.word


def _campus_qualifier(text: str, end: int) -> str:
    """The bracket after an institution's name, when it names the city or region of that
    institution ("中国地质大学（武汉）", "中国石油大学（华东）"); any other bracket after an
    institution is an aside ("世界技能博物馆（永安栈房旧址西楼）")."""
    match = TRAILING_QUALIFIER.match(text, end)
    if match is None:
        return ""
    inner = match.group("q")
    if SEAL_NOTE.search(inner):
        return ""  # "（盖章）" on a form
    if _only_places(inner) or REGION_WORDS.fullmatch(inner):
        return match.group()
    return ""


def _after_relation_or_locative(name: str) -> str:
    """An institution's name after a leading relation ("隶属于…") or a locative before a place
    ("园区内崂山区政府" → 崂山区政府), when what is left is still a name with an ending."""
    relation = INSTITUTION_LEADING_RELATION.match(name)
    if relation is not None and ending_of(name[relation.end() :]) is not None:
        return name[relation.end() :]
    locative = INSTITUTION_LEADING_LOCATIVE.match(name)
    if locative is not None and locative.end() not in _token_edges(name):
        locative = None  # "台湾|中华…学会": 中 opens a word (中华), no locative
    head = ending_of(name[: locative.end() - 1]) if locative is not None else None
    if locative is not None and (head is None or head[1] != "institution"):  # not "教育部|内蒙古…"
        rest = name[locative.end() :]
        first = next(iter(_posseg().cut(rest)), None)
        placed = PLACE_RE.match(rest) is not None or (first is not None and first.flag == "ns")
        if placed and len(rest) >= MIN_NAME and ending_of(rest) is not None:
            return rest
    return name


def _product_line(text: str, left: int, end: int) -> bool:
    """The name fills its line, and the line before is a firm's name (FIRM_LINE): a directory
    table flattened into lines, with the firm's product under it."""
    line_start = text.rfind("\n", 0, left) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:left].strip() or text[end:line_end].strip():
        return False
    previous = text[: max(0, line_start - 1)].rstrip("\r\n \t\u3000")
    last_line = previous[previous.rfind("\n") + 1 :]
    return bool(last_line) and FIRM_LINE.search(last_line) is not None


def _sub_department(text: str, end: int) -> str:
    """The department written right after a ministry's or bureau's name (SUB_DEPARTMENT):
    "煤炭司" after "国家能源局", "科技处" after "青岛市工业和信息化局"; "" otherwise."""
    for stop in range(end + 2, min(len(text), end + 7) + 1):
        match = SUB_DEPARTMENT.fullmatch(text, end, stop)
        if match is None:
            if not _cjk(text[stop - 1]):
                return ""
            continue
        if not SUB_DEPARTMENT_NEXT.match(text, stop):
            continue
        sub = match.group("sub")
        pair = SUB_DEPARTMENT_PAIR.fullmatch(sub)
        if pair is not None and not SUB_DEPARTMENT_NOT.search(pair.group("first") + pair.group("second")):
            words = [*_posseg().cut(pair.group("first")), *_posseg().cut(pair.group("second"))]
            return "" if any(w.flag in SUB_DEPARTMENT_NOT_TAGS for w in words) else sub  # "法规与标准司"
        if SUB_DEPARTMENT_NOT.search(sub):
            return ""
        return "" if any(w.flag in SUB_DEPARTMENT_NOT_TAGS for w in _posseg().cut(sub[:-1])) else sub
    return ""


def _national_task_body(name: str) -> str | None:
    """NATIONAL_TASK_BODY_WORDS: a task body the nation or the centre names, from its first word on, where only
    prepositions or conjunctions (FUNCTION_WORD_TAGS) stand before that word; None otherwise."""
    pos = 0
    for word in _posseg().cut(name):
        if word.word in NATIONAL_TASK_BODY_WORDS:
            return name[pos:] if len(name) - pos >= MIN_NAME else None
        if word.flag not in FUNCTION_WORD_TAGS:
            return None
        pos += len(word.word)
    return None


def _after_last_verb(name: str, listed: bool = False) -> str:
    """A government body's name after the last verb or adverb jieba finds in the candidate
    (BODY_CUT_TAGS), when what is left is still a body's name; one opening with its level is
    named whole (BODY_LEVEL_OPENING). In an item of a list (``listed``) or before a place's word
    (PLACE_WORD_END) a verb of one character is a character of a place's name ("横山区": 横/v 山区/ns,
    "榆横工业区": 横/v 工业区), no cut (LIST_ITEM_BEFORE)."""
    if BODY_LEVEL_OPENING.match(name):
        return name
    # "由青岛市行政审批服务局": a city written in full with its level opens the body; the verbs after
    # it are the work the body is named for (as BODY_LEVEL_OPENING)
    region = SPECIAL_REGION_OPENING.match(name)
    if region is not None and ending_of(name[region.end() :]) is not None:
        return name  # "香港渔农自然护理署": the region opens the body (SPECIAL_REGION_OPENING)
    named_from, pos = len(name), 0
    if (around := name.find(SURROUNDING_AREA)) > 0:
        named_from = around + len(SURROUNDING_AREA)  # "京津冀及周边地区大气污染防治协作小组"
    for word in _posseg().cut(name):
        pos += len(word.word)
        if word.flag == "ns" and word.word.endswith(BODY_PLACE_OPENING):
            named_from = min(named_from, pos)  # jieba's place tag: "青岛市/ns"
            break
    pos, cut, previous = 0, 0, ""
    words = list(_posseg().cut(name))
    for index, word in enumerate(words):
        pos += len(word.word)
        # a verb coordinated by a conjunction is a noun of the name: "华东核与辐射安全监督站"
        after = words[index + 1] if index + 1 < len(words) else None
        place_next = after is not None and (after.flag == "ns" or after.word.endswith(PLACE_WORD_END))
        one_char_in_item = len(word.word) == 1 and (listed or place_next)
        if (
            word.flag in BODY_CUT_TAGS
            and pos < min(len(name), named_from + 1)
            and previous not in CONJUNCTIONS
            and not one_char_in_item
            and word.word not in NAME_ADVERBS  # "深汕特别合作区管委会"
        ):
            cut = pos
        previous = word.word
    rest = name[cut:]
    if cut > 0 and LEVEL_ONLY.fullmatch(rest):
        return rest  # "提出需要省委、省政府研究的…": a level alone after the verb, a class (is_generic)
    if cut == 0 or ending_of(rest) is None or (len(rest) < MIN_NAME and rest not in NAMED_INSTITUTIONS):
        return name
    return rest


def _central_body(name: str) -> str:
    """A central ministry or commission without the words glued before it (CENTRAL_BODY), unless
    they head it (CENTRAL_BODY_HEAD: "中共中央宣传部", "省发展改革委")."""
    for i in range(len(name) - 2):
        if CENTRAL_BODY.match(name, i):
            return name if i == 0 or CENTRAL_BODY_HEAD.search(name, 0, i) else name[i:]
    return name


def _trailing_qualifier(text: str, end: int) -> str:
    """The bracketed qualifier right after a name, when it is part of it (TRAILING_QUALIFIER):
    "（深海）", "（平台）"; not a place, a phase, a status or an aside."""
    match = TRAILING_QUALIFIER.match(text, end)
    if match is None:
        return ""
    inner = match.group("q")
    if NOT_A_QUALIFIER.search(inner) or PLACE_RE.search(inner):
        return ""
    if inner not in DOMAIN_NOT_PLACE and _only_places(inner):
        return ""  # "（绍兴）": where it stands
    return match.group()


def _after_park_conjunction(name: str, ending: str) -> str:
    """A park's name after the last conjunction in its candidate (PARK_ENDINGS, PARK_CONJUNCTION): the item before it
    is another one ("良渚文化大走廊和大运河国家文化公园" → 大运河国家文化公园)."""
    if ending not in PARK_ENDINGS:
        return name
    cut = max((m.end() for m in PARK_CONJUNCTION.finditer(name, 0, len(name) - len(ending))), default=0)
    return name[cut:] if len(name) - cut > len(ending) else name


def _section(text: str, name: str, start: int) -> str:
    """The province's section written right after a national cultural park (SECTION_AFTER): "（湖北段）", "江苏段";
    "" after other names or where no place stands before 段."""
    if not name.endswith(SECTIONED_ENDINGS):
        return ""
    match = SECTION_AFTER.match(text, start + len(name))
    if match is None:
        return ""
    place = match.group("b") or match.group("p")
    return match.group() if PLACE_RE.fullmatch(place) or _only_places(place) else ""


def _regional_bracket(text: str, end: int) -> str:
    """The bracketed place or region after a name (REGIONAL_BRACKET): "高校区域技术转移转化中心（福建）",
    "国家碳计量中心（辽宁）"; "" otherwise: not a seal note ("（盖章）") nor a named instance of the kind
    before it ("国家级新区（重庆两江新区）", a name with an ending of its own)."""
    match = REGIONAL_BRACKET.match(text, end)
    if match is None or SEAL_NOTE.search(match.group("q")):
        return ""
    if ending_of(match.group("q")) is not None and not PLACE_RE.fullmatch(match.group("q")):
        return ""  # "（重庆两江新区）" names a zone; "（大湾区）" ends like one (湾区) but is a region
    if not (_only_places(match.group("q")) or PLACE_RE.fullmatch(match.group("q"))):
        return ""
    return match.group()


def _site_of_platform(text: str, left: int, match: re.Match[str]) -> bool:
    """A site ending right after a platform's own ending names where that platform stands:
    "完成紧凑型聚变能实验装置园区主体工程" needs no building verb to be a platform
    (PLATFORM_SITE_ENDINGS)."""
    if match.group() not in PLATFORM_SITE_ENDINGS:
        return False
    before = text[left : match.start()]
    return any(before.endswith(e) and len(before) > len(e) for e, _ in PLATFORM_ENDINGS)


def apply_frames(text: str, mentions: list[Mention]) -> list[Mention]:
    """What the clause around a free mention says: an institution frame ("…等高水平研究机构")
    or a deployment verb ("加快建设…", "…建设")."""
    out: list[Mention] = []
    for mention in mentions:
        clause_start, clause_end = clause_bounds(text, mention.start, mention.end)
        if mention.framing in ("block", "list"):
            out.append(mention)
            continue
        if INSTITUTION_FRAME.match(text, mention.end, clause_end + 1):
            mention = replace(
                mention,
                category="institution",
                kind="科研院所",
                framing="institution-frame",
                ambiguous=False,
                builds=False,
            )
        elif (
            mention.category == "platform"
            and mention.name.endswith(tuple(LEAD_UNIT_ENDINGS))
            and (UNIT_FRAME.match(text, mention.end, clause_end + 1) or BODY_SHORT_FORM_AFTER.match(text, mention.end))
        ):
            # "…、国家东部技术转移中心等单位": one of the bodies relied on
            mention = replace(
                mention, category="institution", kind="其他", framing="institution-frame", ambiguous=False, builds=False
            )
        elif (
            mention.category == "institution"
            and mention.kind in LISTED_AS_PLATFORM_KINDS
            and (PLATFORM_LIST_AFTER.match(text, mention.end, clause_end + 1) or _box_item_listed(text, mention.start))
        ):
            # "…、武汉农村综合产权交易所7大要素交易服务平台": one of the platforms listed
            mention = replace(mention, category="platform", kind=platform_kind(mention.name), framing="free")
        elif (
            mention.category == "institution"
            and mention.name.endswith(FOUNDED_GARDEN_ENDINGS)
            and mention.name not in FOUNDED_GARDEN_ENDINGS  # "中山植物园创建国家植物园": the title aimed at
            and (
                BUILD_VERB.search(text, clause_start, mention.start)
                or PLATFORM_LIST_AFTER.match(text, mention.end, clause_end + 1)
            )
        ):
            # "推动设立南京中山国家植物园": a national garden founded is a platform (FOUNDED_GARDEN_ENDINGS)
            mention = replace(mention, category="platform", kind="其他", framing="free", builds=True)
        elif mention.category == "platform" and not mention.builds:
            before = text[clause_start : mention.start]
            if BUILD_VERB.search(before) or BUILD_AFTER.match(text, mention.end, clause_end):
                mention = replace(mention, builds=True)
        out.append(mention)
    return out


def ring_around_university(text: str, start: int, end: int) -> bool:
    """RING_AROUND_UNIVERSITY: the span [start, end) is a university's short form written after a 环 of its own
    ("环复旦"): the area around the university, no institution."""
    if start < 1 or text[start - 1] != RING_AROUND:
        return False
    first = next(iter(_posseg().cut(text[start - 1 : end])), None)
    return first is not None and first.word == RING_AROUND


def after_ring(text: str, start: int, end: int) -> int:
    """RING_AROUND_UNIVERSITY: where a university written in full after a 环 of its own starts ("环西南大学" →
    西南大学), else ``start``."""
    if not text.startswith(RING_AROUND, start):
        return start
    name = text[start:end]
    if name.endswith(UNIVERSITY_ENDINGS):
        first = next(iter(_posseg().cut(name)), None)
        return start + len(RING_AROUND) if first is not None and first.word == RING_AROUND else start
    if institution_kind(name) != RING_AROUND_VENUE_KIND:
        return start
    words = list(_posseg().cut(name))
    ring_of_place = len(words) > 1 and words[0].word == RING_AROUND and words[1].flag in RING_AROUND_VENUE_PLACE_TAGS
    return start + len(RING_AROUND) if ring_of_place else start  # "环红山森林动物园片区" (RING_AROUND_VENUE)


def listed_mentions(
    text: str, start: int = 0, end: int | None = None, declared: dict[str, str] | None = None
) -> list[Mention]:
    """Institutions named by an abbreviation ("联合上海交大、复旦等高校") or by a listed name
    without a regular ending ("联合国亚太经社会"): the span is the plan's wording, the name the
    full one. A form counts only as a word of its own ("复旦" in "复旦大学" does not) and not
    inside a longer listed form ("联合国" in "联合国亚太经社会")."""
    stop = len(text) if end is None else end
    aliases, organisations = listed_names()
    firms = listed_firms()
    forms = {**aliases, **{f: f for f in firms}, **{o: o for o in organisations}, **(declared or {})}
    found: list[Mention] = []
    any_form = _form_finder(tuple(forms))
    for run_start, run_end in (
        run
        for a, b in _sentences_holding(any_form, text, start, stop)  # most sentences name nothing listed
        for run in _runs(text, a, b)
    ):
        run = text[run_start:run_end]
        if any_form.search(run) is None:
            continue  # most runs name nothing listed: one scan instead of a find per form
        edges: frozenset[int] | None = None
        for form, full in forms.items():
            pos = run.find(form)
            while pos != -1:
                edges = _token_edges(run) if edges is None else edges
                whole = pos in edges and pos + len(form) in edges
                village = form != full and (
                    VILLAGE_AFTER_FORM.match(run, pos + len(form)) is not None
                    or LANDFORM_AFTER_FORM.match(run, pos + len(form)) is not None
                    or AFFILIATED_SCHOOL_AFTER_FORM.match(run, pos + len(form)) is not None
                )
                brand = full in firms and (
                    BRAND_HEADS_ITEM.match(text, run_start + pos + len(form)) is not None
                    or (
                        text[run_start + pos - 1 : run_start + pos] == "“"
                        and BRAND_QUOTED.match(text, run_start + pos + len(form)) is not None
                    )
                )
                kind = "国际组织" if full in organisations else "企业" if full in firms else institution_kind(full)
                event = kind == "国际组织" and ORGANISATION_EVENT_AFTER_FORM.match(run, pos + len(form)) is not None
                own = form == full or not run.startswith(full, pos)
                ring = ring_around_university(text, run_start + pos, run_start + pos + len(form))
                if whole and not village and not brand and not event and own and not ring:
                    found.append(Mention(full, "institution", kind, run_start + pos, run_start + pos + len(form)))
                pos = run.find(form, pos + 1)
    outer = [m for m in found if not any(_inside(m, o) for o in found)]
    return sorted(outer, key=lambda m: (m.start, m.end))


@lru_cache(maxsize=8)
def _form_finder(forms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(f) for f in forms if f))


def academy_institutes(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Institutes named by an academy's short form and their own short form ending in 所
    ("中科院山西煤化所"): one institution, not the academy (ACADEMY_INSTITUTE)."""
    stop = len(text) if end is None else end
    return [
        Mention(m.group(), "institution", "科研院所", m.start(), m.end())
        for m in ACADEMY_INSTITUTE.finditer(text, start, stop)
    ]


def _bare_place_school(text: str, words: list[Any], m: re.Match[str]) -> int | None:
    """BARE_PLACE_SCHOOL: where a school named by a bare place word alone opens ("、|温州|中学", "和|城关|中学"), or
    None."""
    if not words or m.group() not in BARE_PLACE_SCHOOL_ENDINGS:
        return None
    place = words[-1]
    if (
        place.flag not in SCHOOL_PLACE_TAGS
        or len(place.word) < BARE_PLACE_SCHOOL_WORD_MIN
        or (SCHOOL_PLACE_LEVEL.match(place.word) and len(place.word) > BARE_PLACE_SCHOOL_WORD_MIN)
        or SCHOOL_CLASS_WORDS.search(place.word)
    ):
        return None
    first = m.start() - len(place.word)
    if len(words) > 1:
        before = words[-2]
        if before.flag not in BARE_PLACE_SCHOOL_BEFORE_TAGS and before.word not in SCHOOL_BREAK_WORDS:
            return None
    elif first > 0 and "\u4e00" <= text[first - 1] <= "\u9fff":
        return None
    return first


def named_schools(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Schools named by a place and a word of their own (SCHOOL_NAME_END): "天河区御景小学",
    "华南师范大学附属中学初中部"; schools by kind ("天河区公办中学", "地段对口小学") are none."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in SCHOOL_NAME_END.finditer(text, start, stop):
        a = m.start()
        while a > start and m.start() - a < SCHOOL_NAME_MAX and "\u4e00" <= text[a - 1] <= "\u9fff":
            a -= 1
        words = list(_posseg().cut(text[a : m.start()]))
        offsets = [0]
        for w in words:
            offsets.append(offsets[-1] + len(w.word))
        opening = None
        for i, w in enumerate(words):
            if w.flag in SCHOOL_BREAK_TAGS or w.word in SCHOOL_BREAK_WORDS:
                opening = None
            elif opening is None and w.flag in SCHOOL_PLACE_TAGS and _school_place(w.word):
                opening = i
        bare = _bare_place_school(text, words, m)
        if bare is not None and (opening is None or opening == len(words) - 1):
            found.append(Mention(text[bare : m.end()], "institution", "其他", bare, m.end()))
            continue
        if opening is None:
            continue
        head = text[a + offsets[opening + 1] : m.start()]
        if SCHOOL_CLASS_WORDS.search(head) or len(SCHOOL_KIND_WORDS.sub("", head)) < SCHOOL_OWN_MIN:
            continue
        first = a + offsets[opening]
        found.append(Mention(text[first : m.end()], "institution", "其他", first, m.end()))
    return [s for s in found if not any(o is not s and o.start <= s.start and s.end <= o.end for o in found)]


def cell_broken_names(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Institution names a table cell broke over two lines ("宜春市\n财政局", "湖南第一师范\n学院"): the
    head line and the whole next line read as one name (BROKEN_CELL_HEAD, BROKEN_CELL_LINE_MAX,
    BROKEN_CELL_OWN_LEVEL), named without the break, spanning both lines."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    lines = text[start:stop].split("\n")
    offsets = [start]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i in range(len(lines) - 1):
        # a row written with tabs between its cells breaks the cell at its line end: the line's last cell over the
        # next line's first (BROKEN_TAB_CELL: "20\t宜春市外事侨务\n办公室\t科员\t…", yc-civilselect-2018)
        head, tail = lines[i].split(BROKEN_TAB_CELL)[-1].strip(), lines[i + 1].split(BROKEN_TAB_CELL)[0].strip()
        if not 2 <= len(head) <= BROKEN_CELL_HEAD_MAX or not 2 <= len(tail) <= BROKEN_CELL_LINE_MAX:
            continue
        if not BROKEN_CELL_HEAD.fullmatch(head) or not BROKEN_CELL_HEAD.fullmatch(tail):
            continue
        own = ending_of(head)
        if (own is not None and own[1] == "institution") or BROKEN_CELL_OWN_LEVEL.match(tail):
            continue
        school = BROKEN_SCHOOL_TAIL.fullmatch(tail) is not None  # "兴义民族师范\n学院": BROKEN_SCHOOL_TAIL
        if not (school or _opens_with_place_word(head)) or _opens_with_place_word(tail, BROKEN_CELL_OWN_LEVEL):
            continue
        joined = head + tail
        read = find_mentions(joined)
        if len(read) != 1 or read[0].category != "institution" or (read[0].start, read[0].end) != (0, len(joined)):
            continue
        first = text.rfind(head, offsets[i], offsets[i + 1])
        last = text.find(tail, offsets[i + 1], offsets[i + 2]) + len(tail)
        found.append(Mention(read[0].name, "institution", read[0].kind, first, last))
    return found


def wrapped_fragment_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name read from a line start whose head a wrap left on the line before ("…—武\n汉中共中央机关旧址纪念馆",
    "11\t宜春市国有资产\n监督管理委员会") → the whole name spanning both lines (WRAPPED_FRAGMENT_MAX,
    WRAPPED_FRAGMENT_AFTER); the names inside the whole one dropped ("中共宜春市委" of "中共宜春市委\n宣传部")."""
    grown: list[Mention] = []
    for m in mentions:
        if m.start < 2 or text[m.start - 1] != "\n":
            continue
        line_start = text.rfind("\n", 0, m.start - 1) + 1
        line = text[line_start : m.start - 1].rstrip("\r")
        head = len(line)
        while head > 0 and "\u4e00" <= line[head - 1] <= "\u9fff":
            head -= 1
        fragment = line[head:]
        if not 1 <= len(fragment) <= WRAPPED_FRAGMENT_MAX or not WRAPPED_FRAGMENT_AFTER.search(line, 0, head):
            continue
        if WRAPPED_FRAGMENT_LABEL.fullmatch(line, 0, head):
            continue  # "三、联系方式": a heading's number, no list separator
        joined = fragment + m.name
        read = find_mentions(joined)
        if len(read) != 1 or read[0].category != m.category or (read[0].start, read[0].end) != (0, len(joined)):
            continue
        grown.append(replace(m, name=read[0].name, start=line_start + head))
    if not grown:
        return mentions
    by_end = {(g.end, g.category): g for g in grown}
    out = [
        by_end.get((m.end, m.category), m)
        for m in mentions
        if not any(g.start <= m.start and m.end <= g.end and (m.end, m.category) != (g.end, g.category) for g in grown)
    ]
    return out


def _full_line(lines: list[str]) -> int | None:
    """The text's usual full line (WRAPPED_NAME_TAIL): the commonest length of its lines of WRAP_LINE_MIN
    characters or more; None when no length is common (one-paragraph-a-line text has no hard wraps)."""
    counts = Counter(len(line.strip()) for line in lines if len(line.strip()) >= WRAP_LINE_MIN)
    if not counts:
        return None
    length, n = counts.most_common(1)[0]
    return length if n >= 3 else None


def wrapped_name_tails(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name whose end a hard wrap put on the next line ("…（苏州片区）生态\n保护实验区", "丹渠博物\n馆", across a
    page-number line too) → the whole name read across the break (WRAPPED_NAME_TAIL); what was read on either side
    of it, inside its span, dropped."""
    if "\n" not in text:
        return mentions
    lines = text.split("\n")
    full = _full_line(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    found: list[Mention] = []
    for i, line in enumerate(lines[:-1]):
        body = line.rstrip("\r \u3000")
        if not "\u4e00" <= body[-1:] <= "\u9fff":
            continue
        j = i + 1
        if j < len(lines) - 1 and PAGE_NUMBER_RULE.pattern.match(lines[j]) and lines[j].strip():
            j += 1  # "北京大兴国际机\n— 31 —\n场临空经济区": the page's number line between
        short = full is None or len(body.strip()) < full - WRAP_LINE_SLACK
        if short and (j == i + 1 or len(body.strip()) < NUMBER_LINE_BREAK_MIN):
            continue  # not a full line: only a paragraph's line cut mid-word by a number line (NUMBER_LINE_BREAK)
        after = lines[j].rstrip("\r")
        if not "\u4e00" <= after[:1] <= "\u9fff":
            continue
        head = max(0, len(body) - WRAP_HEAD_MAX)
        joined = body[head:] + after
        cut = len(body) - head
        # the line ends a name of its own: "…集团有限公司\n东北亚跨境实业互联服务平台", a table's cells - unless the
        # name read across the break only adds a short word and the next line runs on after it (WRAPPED_ENDING_TAIL)
        owned = any(ENDING.fullmatch(body, k) is not None for k in range(max(0, len(body) - WRAP_HEAD_MAX), len(body)))
        for m in find_mentions(joined):
            if not m.start < cut < m.end:
                continue
            if owned and not (m.end - cut <= WRAPPED_ENDING_TAIL_MAX and m.end - cut < len(after.rstrip())):
                continue
            first = starts[i] + head + m.start
            last = starts[j] + m.end - cut
            found.append(replace(m, start=first, end=last))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
    return [*kept, *found]


def _opens_with_place_word(name: str, level: re.Pattern[str] | None = None) -> bool:
    """The name opens with a province's name or a word jieba reads as a place (宜春, 湖南, 桂林), with ``level``
    one that ends in a level ("南昌市", not "江河" of 江河管理局)."""
    first = next(iter(_posseg().cut(name)), None)
    if PLACE_RE.match(name) is not None:
        return True
    return (
        first is not None
        and first.flag in PLACE_TAGS
        and (level is None or level.fullmatch(first.word[-1]) is not None)
    )


def _school_place(word: str) -> bool:
    """A place a school's name opens with: one written with its level, a province, a part of the country."""
    return bool(SCHOOL_PLACE_LEVEL.match(word) or PLACE_RE.fullmatch(word) or word in COMPASS_REGIONS)


def government_offices(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Offices named by a short form ending in 办 (OFFICE_END): jieba's organisation names
    ("国务院新闻办") and a whole run before a verb of leading ("振兴东北办会同…")."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in OFFICE_END.finditer(text, start, stop):
        b = m.end()
        a = b
        while a > start and b - a < OFFICE_MAX and "\u4e00" <= text[a - 1] <= "\u9fff":
            a -= 1
        window = text[a:b]
        last = list(_posseg().cut(window))[-1] if window else None
        if last is not None and last.flag in OFFICE_TAGS and len(last.word) >= MIN_NAME and last.word.endswith("办"):
            name = last.word
        elif LEAD_LIST_AFTER.match(text, b) and (a == start or not "\u4e00" <= text[a - 1] <= "\u9fff"):
            name = window  # the whole run: "。 振兴东北办会同…"
        else:
            continue
        opening = next(iter(_posseg().cut(name[:-1])), None)  # the words before 办
        if opening is None or opening.flag in OFFICE_NOT_OPENING:
            continue  # "大操大办" (an idiom jieba tags nt, opening with an adjective) is no office
        if len(name) < MIN_NAME or is_generic(name, "institution") or _has_anchor(name):
            continue
        found.append(Mention(name, "institution", "政府部门", b - len(name), b))
    return found


def unit_lists(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """The units of a labelled list of lead, responsible or drafting units ("牵头单位：…、…",
    "本文件起草单位：…") and of a bracket of units closed by a verb of leading ("（省大数据局牵头，
    省委组织部、省档案馆按职责分工负责）"): each item that reads as a unit (UNIT_ITEM_OPENING, an
    institution ending, a proper word first) is an institution, a 中心 there too."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for m in UNIT_LIST_LABEL.finditer(text, start, stop):
        pos, depth = m.end(), 0
        while pos < stop:
            char = text[pos]
            if char in "（(":
                depth += 1
            elif char in "）)":
                if depth == 0:
                    break
                depth -= 1
            elif char in "，,。；;：:\r\n" or UNIT_LIST_LABEL.match(text, pos):
                break
            pos += 1
        spans.append((m.end(), pos))
    copied: set[tuple[int, int]] = set()
    for m in COPY_LIST_LABEL.finditer(text, start, stop):
        close = COPY_LIST_END.search(text, m.end(), stop)
        a, b = m.end(), close.start() if close else stop
        for piece in re.split(r"[，,]", text[a:b]):
            spans.append((a, a + len(piece)))
            copied.add((a, a + len(piece)))
            a += len(piece) + 1
    for m in UNIT_LIST_BRACKET.finditer(text, start, stop):
        a = m.start("items")
        for piece in re.split(r"[，,]", m.group("items")):
            spans.append((a, a + len(piece)))
            a += len(piece) + 1
    found: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for a, b in spans:
        pos = a
        for item in text[a:b].split("、"):
            i, j = pos, pos + len(item)
            pos = j + 1
            trailer = UNIT_ITEM_TRAILER.search(item)
            if trailer is not None:
                j -= len(trailer.group())
            aside = UNIT_ITEM_ASIDE.search(text, i, j)  # "市委组织部<人才办>"
            if aside is not None:
                j = aside.start()
            others = UNIT_ITEM_OTHERS.search(text, i, j)
            if others is not None:
                j = others.start()
            while i < j and not NAME_CHAR.match(text[i]):
                i += 1
            name = text[i:j]
            if (i, j) in seen or not (_unit_item(name) or ((a, b) in copied and _copied_item(name))):
                continue
            seen.add((i, j))
            listed = full_name(name)
            ending = ending_of(listed)
            if ending is not None and ending[1] == "institution":
                kind = ending[2]
            else:
                kind = "政府部门" if UNIT_ITEM_LEVEL.match(listed) else "其他"
            found.append(Mention(listed, "institution", kind, i, j))
    return sorted(found, key=lambda m: (m.start, m.end))


def contact_units(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """The unit of a notice's contact line ("联系人：生态环境监测司张某、李某电话…": CONTACT_LINE)."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in CONTACT_LINE.finditer(text, start, stop):
        unit = m.group("unit")
        if len(unit) < MIN_NAME or is_generic(unit, "institution") or _has_anchor(unit):
            continue
        listed = full_name(unit)
        ending = ending_of(listed)
        kind = ending[2] if ending is not None and ending[1] == "institution" else "政府部门"
        found.append(Mention(listed, "institution", kind, m.start("unit"), m.end("unit")))
    return found


def member_posts(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """The bodies of the posts in a member list ("交通运输部副部长" names 交通运输部: MEMBER_POST)."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in finditer_in_runs(MEMBER_POST, MEMBER_POST_RUN, MEMBER_POST_SPOT, text, start, stop):
        body = m.group("body")
        if body.endswith("办"):
            named = len(body) >= MIN_NAME
        else:
            named = MINISTRY.search(body) is not None or POST_BODY_OPENING.match(body) is not None
        if not named or NOT_A_BODY.search(body) or is_generic(body, "institution"):
            continue
        found.append(Mention(full_name(body), "institution", "政府部门", m.start("body"), m.end("body")))
    for m in finditer_in_runs(MEMBER_BODY_POST, MEMBER_BODY_RUN, MEMBER_BODY_SPOT, text, start, stop):
        body = m.group("body")
        opening = MEMBER_BODY_OPENING.match(body)
        if body not in MEMBER_SHORT_BODIES and opening is None:
            continue
        # a national body is named by its opening ("中央党史和文献研究院"); a place's must say more than its kind
        national = body in MEMBER_SHORT_BODIES or (opening is not None and opening.group() in MEMBER_NATIONAL_OPENINGS)
        if NOT_A_BODY.search(body) or (not national and is_generic(body, "institution")):
            continue
        known = ending_of(body)
        kind = known[2] if known is not None and known[1] == "institution" else "其他"
        found.append(Mention(full_name(body), "institution", kind, m.start("body"), m.end("body")))
    return found


def _unit_item(name: str) -> bool:
    """An item of a list of units that names one unit (unit_lists)."""
    if not MIN_NAME <= len(name) <= UNIT_ITEM_MAX or UNIT_ITEM_GENERIC.search(name) or _a_place(name):
        return False
    if not all(NAME_CHAR.match(c) or c in "（）()“”" for c in name) or not UNIT_ITEM_END.search(name):
        return False
    if UNIT_ITEM_OPENING.match(name) or name in NAMED_INSTITUTIONS or full_name(name) != name:
        return True
    found = ending_of(name)
    if found is not None and (found[1] == "institution" or found[0] in LEAD_UNIT_ENDINGS):
        return True  # a 中心 that leads a task is an agency (LEAD_UNIT_ENDINGS): "（责任单位：…、申康医院发展中心）"
    first = next(iter(_posseg().cut(name)), None)
    return first is not None and first.flag in ("ns", "nt") and len(first.word) < len(name)


def _copied_item(name: str) -> bool:
    """An item of a 抄送 list that ends like a unit names one, whatever its opening (COPY_LIST_UNIT):
    "抄送：…、核与辐射安全中心、…、辐射环境监测技术中心、…"."""
    if not MIN_NAME <= len(name) <= UNIT_ITEM_MAX or UNIT_ITEM_GENERIC.search(name) or _a_place(name):
        return False
    return all(NAME_CHAR.match(c) or c in "（）()“”" for c in name) and UNIT_ITEM_END.search(name) is not None


def _inside(m: Mention, other: Mention) -> bool:
    return other.start <= m.start and m.end <= other.end and other.end - other.start > m.end - m.start


def _clause_qualifier(qualifier: str) -> bool:
    """CLAUSE_QUALIFIER: the words between 等 and an enumerated kind open with an adverb and a verb."""
    words = list(_posseg().cut(qualifier)) if qualifier else []
    return (
        len(words) >= 2 and words[0].flag == CLAUSE_QUALIFIER_ADVERB_TAG and words[1].flag == CLAUSE_QUALIFIER_VERB_TAG
    )


def _has_anchor(item: str) -> bool:
    """An anchor word in an enumerated item; a one-character anchor only where jieba reads it as a
    word of its own ("华为" holds 为 inside a name, as _anchors says for running text)."""
    edges = _token_edges(item)
    for m in ANCHOR.finditer(item):
        if len(m.group()) == 1 and not m.group().isdigit() and (m.start() not in edges or m.end() not in edges):
            continue
        return True
    return False


def enumerated_institutions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Items of an enumeration closed by "等" and a kind of institution ("支持赛力斯、长城等车企"):
    institutions of that kind. The first item loses the verb in front of it ("支持"); an item that
    still reads as a clause, or is generic, is left out.

    An enumeration is of one sort: where one item reads as a proper name (jieba) and none is a
    field or a place, every item is an institution ("支持超聚变、中创智领、许继、平高等领军企业":
    许继 is a proper name, so 超聚变 and 平高 are firms too). Otherwise only the items that read as
    names count. A sector between 等 and the kind ("等商业航天企业") needs such a list of one sort:
    "人工智能、生物医药等新兴产业企业" lists fields."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in _finditer_in_runs(ENUMERATION_OF_KIND, text, start, stop):
        kind = ENUMERATED_KINDS[m.group("kind")]
        qualifier = m.group("qualifier")
        qualifier = "" if COUNT_QUALIFIER.fullmatch(qualifier) else qualifier
        if RANK_AFTER_COUNT.sub("", qualifier) in ENUMERATION_RANK:
            qualifier = RANK_AFTER_COUNT.sub("", qualifier)  # "等一批行业领军企业": 领军 (RANK_AFTER_COUNT)
        if TITLE_QUALIFIER.search(qualifier):
            continue  # "瞪羚、独角兽等荣誉资格的企业": titles, not firms
        if _clause_qualifier(qualifier):
            continue  # "研发补助、创新券等进一步降低企业…成本": the means of a clause (CLAUSE_QUALIFIER)
        if FIELD_QUALIFIER.search(qualifier):
            continue  # "康养、教育、娱乐等领域企业": fields (FIELD_QUALIFIER)
        pos = m.start("items")
        items: list[tuple[int, int, str]] = []
        for item in m.group("items").split("、"):
            a, b = pos, pos + len(item)
            pos = b + 1
            cut = _left_edge(text, a, a, b)[0]
            with_prep = WITH_PREPOSITION.match(text, cut, b)
            cut = with_prep.end() if with_prep else cut
            name = text[cut:b]
            # An item that is itself one of the enumerated kinds lists kinds, not bodies (round 24, 深圳's outline:
            # "支持高校、科研院所等联合企业搭建研发公共服务平台": firms jointly with universities and institutes).
            kind_item = name in ENUMERATED_KINDS
            if (
                len(name) < 2
                or kind_item
                or _has_anchor(name)
                or ACTIVITY_ITEM.search(name)
                or is_generic(name, "institution")
            ):
                if qualifier and qualifier not in ENUMERATION_RANK:
                    break  # a clause among the items: not a plain list of names
                continue
            items.append((cut, b, name))
        else:
            named = [_name_like(name) for _, _, name in items]
            ranked = qualifier in RANKED_BRANDS  # a brand jieba reads as a place is a firm there
            proven = any(named) or ranked  # "超聚变、中创智领等一批行业领军企业": the rank proves them (RANKED_BRANDS)
            one_sort = proven and not any(_field_or_place(name, ranked) for _, _, name in items)
            if ENUMERATION_COUNT.sub("", qualifier) in FIRM_QUALIFIERS:
                one_sort = True  # "苹果、英特尔、巴斯夫、宜家等多家跨国公司": multinationals, each a firm
            elif any(_common_noun(name) for _, _, name in items):
                continue  # "危险化学品、矿山、…等重点企业": lines of trade (COMMON_NOUN_ITEM_TAGS)
            if qualifier and qualifier not in ENUMERATION_RANK and not one_sort:
                continue
            if qualifier in SECTOR_QUALIFIERS:
                named = [ending_of(name) is not None for _, _, name in items]
                one_sort = False
            for (cut, b, name), like in zip(items, named, strict=True):
                ending = ending_of(name)
                if ending is not None and ending[0] in LISTED_PARK_ENDINGS:
                    found.append(Mention(name, "platform", platform_kind(name), cut, b))  # a park listed with firms
                elif (like or one_sort) and not _a_place(name):
                    found.append(Mention(full_name(name), "institution", kind, cut, b))
    return found


def _common_noun(item: str) -> bool:
    """An enumerated item that is one plain common noun (COMMON_NOUN_ITEM_TAGS): "矿山"; "长城" is a place to jieba."""
    words = list(_posseg().cut(item))
    return len(words) == 1 and words[0].flag in COMMON_NOUN_ITEM_TAGS and _common_word(item)


def _field_or_place(item: str, ranked: bool = False) -> bool:
    """An enumerated item that names a field (words of the field vocabulary, or generic words
    only) or a place, not an institution: "人工智能", "生物医药", "长沙". In a list of firms ranked
    (RANKED_BRANDS) only a place of PLACE_RE is one."""
    words = list(_posseg().cut(item))
    if _a_place(item) or (not ranked and all(w.flag == "ns" for w in words)):
        return True  # jieba's person tag (nr) is no place here: "许继", "碧迪" are firms
    generic = _generic_pattern_institution()
    return all(w.word in _USER_WORDS or generic.fullmatch(w.word) for w in words)


def _verb_before_named_prefix(head: str) -> bool:
    """VERB_BEFORE_NAMED_BODY: what stands before the level or place of a named body ends in a verb the anchors
    missed ("自觉接受|省人大常委会", "接受|省科协指导"): the clause, not the body's place ("上海市|浦东新区科协")."""
    if not head:
        return False
    words = list(_posseg().cut(head))
    return words[-1].flag in VERB_BEFORE_NAMED_BODY


def _a_place(item: str) -> bool:
    """A province or region named alone ("北京、上海等高校" are the universities there). jieba's
    place tag is not enough: it tags brands too ("中兴")."""
    return PLACE_RE.fullmatch(item) is not None


def _generic_pattern_institution() -> re.Pattern[str]:
    from plankg.loaders.extract.names import _generic_pattern

    return _generic_pattern("institution")


def _list_hits(items: list[tuple[int, int]], ends: set[int], known: list[tuple[int, int]]) -> int:
    """How many items of a list a known name ends or lies in."""
    return sum(1 for a, b in items if b in ends or any(x >= a and y <= b for x, y in known))


def listed_with_institutions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Brands listed among institutions ("推动阿里巴巴、浙江联通、杭钢集团、之江实验室等"): items of a
    、-list with at least INSTITUTION_LIST_MIN names found by ending, one of them an institution, are
    institutions too,
    when they read as proper names (jieba) and carry no verb or generic word (ITEM_LIST)."""
    every = sorted({(m.start, m.end) for m in mentions})
    starts = [a for a, _ in every]
    longest = max((b - a for a, b in every), default=0)
    ends = {e for _, e in every}
    institution_spans = {(m.start, m.end) for m in mentions if m.category == "institution"}
    found: list[Mention] = []
    for m in _finditer_in_runs(ITEM_LIST, text):
        # only the names that can touch this list matter: a bisect instead of a scan of them all
        known = every[bisect_left(starts, m.start() - longest) : bisect_left(starts, m.end())]
        institutions = [span for span in known if span in institution_spans]
        items: list[tuple[int, int]] = []
        pos = m.start()
        for item in m.group().split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if not any(m.start() <= x and y <= m.end() for x, y in institutions):
            continue
        # Moving the first item's start right can only lose hits: most lists (29,455 in 100
        # generated plans) fail before the first item's left edge (anchor words, jieba) is read.
        if _list_hits(items, ends, known) < INSTITUTION_LIST_MIN:
            continue
        # the first item may open with a verb ("推动阿里巴巴"), the last run on ("…等一批…")
        platforms = PLATFORM_LIST_CLOSE.match(text, *items[-1]) is not None
        first_a, first_b = items[0]
        first_a = _left_edge(text, first_a, first_a, first_b)[0]
        recipient = RECIPIENT_PREPOSITION.match(text, first_a, first_b)  # "提供给全国人大、…"
        items[0] = (recipient.end() if recipient else first_a, first_b)
        if _list_hits(items, ends, known) < INSTITUTION_LIST_MIN:
            continue
        for a, b in items:
            name = text[a:b]
            if b in ends or any(x < b and a < y for x, y in known) or not 2 <= len(name) <= BRAND_MAX:
                continue
            if ANCHOR.search(name) or ACTIVITY_ITEM.search(name) or is_generic(name, "institution"):
                continue
            if not _name_like(name) or _a_place(name) or LISTED_PLACE_ITEM_END.search(name):
                continue  # "广西人工智能学院、…、广西—东盟…训练场": 广西 is the place of a name
            if platforms:  # "…、侨梦苑、海归小镇等平台建设" (PLATFORM_LIST_CLOSE)
                found.append(Mention(name, "platform", platform_kind(name), a, b, "list", True))
                continue
            kind = "科研院所" if name.endswith("院") else "企业"
            found.append(Mention(full_name(name), "institution", kind, a, b))
    return found


# QUOTED_LIST_FIRST: every match of QUOTED_IN_PLATFORM_LIST and QUOTED_IN_FACILITY_LIST opens with the opening
# quote mark of its first item ("“苏服办”等为民服务平台"), but they open with a repeated group, which gives the
# engine no first character to skip to: it tried both at every character of a text (2 % of find_document_mentions
# over 100 generated plans); finditer_from_first tries them only at an opening quote mark (0.08 -> 0.006 s, the same
# matches).
QUOTED_LIST_FIRST = re.compile("“")


def quoted_platforms(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Platforms named by a quoted brand in an enumeration closed by "等…平台" ("建强12345热线和
    “苏服办”等为民服务平台"): the name is the quoted brand, quote marks included, as written."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in finditer_from_first(QUOTED_IN_PLATFORM_LIST, QUOTED_LIST_FIRST, text, start, stop):
        for q in QUOTED.finditer(m.group("items")):
            a = m.start("items") + q.start()
            found.append(Mention(q.group(), "platform", "平台", a, a + len(q.group()), "free", False))
    for m in finditer_from_first(QUOTED_IN_FACILITY_LIST, QUOTED_LIST_FIRST, text, start, stop):
        for q in QUOTED_FACILITY.finditer(m.group("items")):
            a = m.start("items") + q.start("name")
            found.append(Mention(q.group("name"), "platform", "科学设施", a, a + len(q.group("name")), "list", False))
    return found


def district_brands(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Parks named by a quoted brand after their district, in a clause that deploys them (DISTRICT_QUOTED_BRAND):
    "建设白云“白云美湾”、花都“中国美都”" names 白云美湾 and 中国美都 (the name without the marks)."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    pos = start
    while (quote := text.find("“", pos, stop)) != -1:
        pos = quote + 1
        m = DISTRICT_QUOTED_BRAND.match(text, quote, stop)
        if m is None:
            continue
        place = _posseg().cut(text[max(start, quote - DISTRICT_PLACE_MAX) : quote])[-1:]
        if not place or place[0].flag not in PLACE_TAGS or len(place[0].word) < 2:
            continue
        brand = _posseg().cut(m.group("brand"))
        last = brand[-1]
        if len(brand) < 2 or last.flag not in DISTRICT_BRAND_TAGS or last.word in DISTRICT_BRAND_NOT_LAST:
            continue
        place_start = quote - len(place[0].word)
        clause_start, _ = clause_bounds(text, place_start, m.end())
        verbs = [v.end() for v in PLATFORM_FRAME.finditer(text, clause_start, place_start)]
        if not verbs and not _continued_list_deployed(text, clause_start):
            continue
        if place_start in verbs or place_start == clause_start or text[place_start - 1] in DISTRICT_BEFORE_MARKS:
            found.append(Mention(m.group("brand"), "platform", "园区", m.start("brand"), m.end("brand"), "free", True))
    return found


# Where a list closed by LISTED_SITE_KIND begins: the clause's start (its items are 、-separated).
_LISTED_SITE_CLAUSE_START = re.compile(r"[，。；：！？\n,;:!?]")
_LISTED_SITE_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9“”（）()]+")


def listed_sites(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Sites listed before "等…平台/载体/园区…" (LISTED_SITE_KIND) that end like a site (LISTED_SITE_TAILS):
    "依托合肥法务区、天鹅湖文化商务区等平台" names 合肥法务区 and 天鹅湖文化商务区. The first item loses the verb
    that deploys the list ("依托"); fields, places alone and kinds (is_generic) are no sites."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in LISTED_SITE_KIND.pattern.finditer(text, start, stop):
        lo = max(start, m.start() - LISTED_SITE_ITEMS_MAX * (LISTED_SITE_MAX + 1))
        a = max((c.end() for c in _LISTED_SITE_CLAUSE_START.finditer(text, lo, m.start())), default=lo)
        items = text[a : m.start()].split("、")
        if len(items) < 2 and not m.group("qualifier"):
            continue  # "X等平台" alone: too little to tell a listed site from a description
        names = [_listed_first_item(item) if i == 0 else item for i, item in enumerate(items)]
        if any(_listed_kind(name) for name in names):
            continue  # "经济技术开发区、…、旅游度假区等产业园区", "云计算技术研发、…、云计算数据港…等研发基地": kinds
        pos = a
        for item, name in zip(items, names, strict=True):
            b = pos + len(item) - len(name)
            pos += len(item) + 1
            if not LISTED_SITE_MIN <= len(name) <= LISTED_SITE_MAX or not _LISTED_SITE_ITEM.fullmatch(name):
                continue
            science = LISTED_SCIENCE_FACILITY_KIND.search(m.group()) is not None
            if science and name.endswith(LISTED_SCIENCE_FACILITY_TAILS) and not ANCHOR.search(name):
                found.append(Mention(name, "platform", "科学设施", b, b + len(name), "list", False))
                continue  # "引导上海光源、蛋白质设施等在沪重大科技基础设施…" (LISTED_SCIENCE_FACILITY_KIND)
            if not name.endswith(LISTED_SITE_TAILS) or ANCHOR.search(name) or _a_place(name):
                continue  # a place listed among parks is the park there ("大连长兴岛"), a province alone is not
            found.append(Mention(name, "platform", platform_kind(name), b, b + len(name), "list", False))
    return found


def _listed_first_item(item: str) -> str:
    """The first item of a listed-site list without the verbs that open its clause: those strip_leading_verbs drops
    ("依托合肥法务区" → 合肥法务区) and a verbal noun over an adjective (LISTED_VERB_OVER_MODIFIED_NOUN: "盘活老校区" →
    老校区)."""
    name = strip_leading_verbs(item)
    words = list(_posseg().cut(name))
    if len(words) > 2 and (words[0].flag, words[1].flag) == LISTED_VERB_OVER_MODIFIED_NOUN:
        return name[len(words[0].word) :]
    return name


def platform_majority_items(text: str, mentions: list[Mention]) -> list[Mention]:
    """The items without an ending of a built list whose other items are platforms (PLATFORM_MAJORITY_LIST):
    "建设琶洲…先行区、中国人工智能（广州）产业园、红专厂等" names 红专厂."""
    platforms = {(m.start, m.end) for m in mentions if m.category == "platform"}
    others = [(m.start, m.end) for m in mentions if m.category != "platform"]
    found: list[Mention] = []
    for m in PLATFORM_MAJORITY_LIST.pattern.finditer(text):
        items: list[tuple[int, int]] = []
        pos = m.start("items")
        for item in m.group("items").split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if any(a < y and x < b for a, b in items for x, y in others):
            continue  # a list with an institution in it lists hosts and firms too
        named = [(a, b) for a, b in items if any(a <= x and y == b for x, y in platforms)]
        if len(named) < PLATFORM_MAJORITY_MIN or 2 * len(named) < len(items):
            continue
        for a, b in items:
            name = text[a:b]
            if (a, b) in named or any(x < b and a < y for x, y in platforms):
                continue
            if len(name) < PLATFORM_MAJORITY_ITEM_MIN or not _LISTED_SITE_ITEM.fullmatch(name):
                continue
            if ANCHOR.search(name) or _a_place(name) or _listed_kind(name) or is_generic(name, "platform"):
                continue
            found.append(Mention(name, "platform", platform_kind(name), a, b, "list", False))
    return found


def _listed_kind(item: str) -> bool:
    """An item that names a kind of thing, a line of work or a field: its list lists kinds, not sites. A
    province inside an item makes it a name, however generic its other words ("数字江苏科创园"); a place
    listed alone is no kind ("在辽河油田、大连长兴岛等工业园区")."""
    if ACTIVITY_ITEM.search(item) is not None:
        return True
    if PLACE_RE.search(item) is not None or all(w.flag == "ns" for w in _posseg().cut(item)):
        return False
    return is_generic(item, "platform") or _field_or_place(item)


def directory_products(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """A directory table flattened one cell per line: a product cell ending in 平台 on the line after a
    provider's line (FIRM_LINE) is the platform's name (PRODUCT_CELL_ENDING), a provider's cell after the row's
    number the firm's (PROVIDER_CELL; any name under a providers' header, PROVIDER_HEADER), each whole."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    previous = ""
    provider = brand = False  # the line before was a provider's cell, a product cell of a Latin brand
    pos = start
    for line in text[start:stop].split("\n"):
        cell = line.strip(" \t\u3000\r")
        a = pos + line.find(cell)
        after_provider, after_brand, provider = provider, brand, False
        brand = after_provider and BRAND_CELL.match(cell) is not None
        tail = BRAND_FEATURE_NAME.match(cell, len(previous.strip(" \t\u3000\r"))) if after_brand else None
        if (
            cell
            and len(cell) <= PRODUCT_CELL_MAX
            and PRODUCT_CELL_ENDING.search(cell)
            and (after_provider or FIRM_LINE.search(previous.rstrip("\r")))
        ):
            found.append(Mention(cell, "platform", platform_kind(cell), a, a + len(cell), "list", False))
        elif tail is not None and cell.startswith(previous.strip(" \t\u3000\r")):
            found.append(Mention(cell[: tail.end()], "platform", platform_kind(cell), a, a + tail.end(), "list", False))
        elif ROW_NUMBER_CELL.match(previous.strip(" \t\u3000\r")) and (
            PROVIDER_CELL.match(cell)
            or (PROVIDER_NAME_CELL.match(cell) and PROVIDER_HEADER.search(text, 0, a) is not None)
        ):
            found.append(Mention(cell, "institution", institution_kind(cell), a, a + len(cell), "list", False))
            provider = True
        previous = line
        pos += len(line) + 1
    return found


def _listed_park_lists(text: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """``LISTED_PARKS.finditer(text, start, stop)``, tried only from LISTED_PARK_ITEM_MAX characters before
    each next first item's end (LISTED_PARKS_FROM_FIRST_ITEM_END)."""
    pos = start
    while (end := text.find(LISTED_PARK_ITEM_END, pos, stop)) != -1:
        match = LISTED_PARKS.search(text, max(pos, end - LISTED_PARK_ITEM_MAX), stop)
        if match is None:
            return
        yield match
        pos = match.end()


def listed_parks(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Parks listed before "等…园" each ending in 园 ("推进中药材现代农业产业园、杨村秦家庄规模健康养殖园、西河底
    有机谷子集约发展园…等特色园建设"): each item is a park, its leading verb dropped (LISTED_PARKS)."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in _listed_park_lists(text, start, stop):
        pos = m.start("items")
        for item in m.group("items").split("、"):
            name = strip_leading_verbs(item)
            a = pos + len(item) - len(name)
            if len(name) >= LISTED_PARK_MIN and not name.endswith(LISTED_PARK_NOT) and not is_generic(name, "platform"):
                found.append(Mention(name, "platform", "园区", a, a + len(name), "list", False))
            pos += len(item) + 1
    return found


def _name_like(item: str) -> bool:
    """An enumerated item reads as a name: it ends like an institution, is a listed form, or jieba
    sees a proper word in it ("赛力斯", "中国石化"); "人工智能、生物医药等企业" lists fields."""
    if ending_of(item) is not None or full_name(item) != item:
        return True
    # field names fed to jieba as user words (tag nz) are fields, not proper names
    return any(w.flag in PROPER_TAGS and w.word not in _USER_WORDS for w in _posseg().cut(item))


def _place_of_same_length(item: str, following: str) -> bool:
    """The item following opens with a place word as long as the bare item, which has no firm's tail word: the two are
    coordinated places ("建德、桐庐抽水蓄能电站"), not a firm before a place ("江丰电子、深汕尖端…材料")."""
    words = _posseg().cut(following)
    return (
        bool(words)
        and words[0].flag == "ns"
        and len(words[0].word) == len(item)
        and not item.endswith(tuple(PROJECT_FIRM_TAILS))
    )


def project_firms(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Firms named through their projects in a list closed by "等…项目" (PROJECT_ENUMERATION):
    "推动台州温玉铁路、杭州海康机器人、丽水富乐德传感技术等项目建成投运" names 海康机器人 and 富乐德.
    The firm is the run of proper words (jieba, PROJECT_FIRM_TAGS) an item opens with after its
    place, with a firm-name tail word ("蓝思科技"); an item with an ending of ours is a platform
    or institution found elsewhere, one ending in a road or port (INFRASTRUCTURE_ITEM) names none."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in _finditer_in_runs(PROJECT_ENUMERATION, text, start, stop):
        if INFRASTRUCTURE_ITEM.search(m.group("qualifier")):
            continue  # "开工同德至玛沁等公路项目": the items are routes, whatever their words
        if PROJECT_ACTIVITY_QUALIFIER.search(m.group("qualifier")):
            continue  # "…、环境教育等合作项目": lines of shared work (PROJECT_ACTIVITY_QUALIFIER)
        pos = m.start("items")
        items = m.group("items").split("、")
        # A quantifier inside an item opens the list of projects after it: the items before it are the clause's
        # subjects ("支持渝东北、渝东南实施一批农业科技、绿色制造等技术创新和应用项目", round 23: the areas that
        # carry the projects out, no firms).
        counted = max((i for i, item in enumerate(items) if QUANTIFIER.search(item)), default=-1)
        for n, item in enumerate(items):
            a, b = pos, pos + len(item)
            pos = b + 1
            if n <= counted:
                continue
            # only the first item opens with the clause's verb ("推动…"); an anchor word inside a
            # later one is part of its product ("3D玻璃研发生产")
            # ("…3D玻璃研发生产"); nor is a count inside it ("南网720兆瓦储能电站")
            digit = next((i for i in range(a, b) if text[i].isdigit()), b)
            cut = _left_edge(text, a, a, digit)[0] if n == 0 else a
            name = text[cut:b]
            if len(name) < 2 or INFRASTRUCTURE_ITEM.search(name) or POWER_PLANT_ITEM.search(name):
                continue
            if ending_of(name) is not None:
                continue
            firm = _firm_of_project(name)
            if firm is None or SITE_ITEM.search(name):
                continue
            if firm[1] == name and n + 1 < len(items) and _place_of_same_length(name, items[n + 1]):
                # A bare item before an item that opens with a place shares that item's project: it is a place
                # too, whatever jieba tags it (round 30, 杭州's 十五五 outline: "推进富阳燃气电厂，建德、桐庐抽水蓄能
                # 电站和光伏风电等项目建设" builds two pumped-storage stations; jieba tags 建德 a person's name).
                continue
            offset, brand = firm
            if SITE_ITEM.search(brand):
                continue  # "钱江三桥|改建提升": the brand read is the site itself
            found.append(Mention(full_name(brand), "institution", "企业", cut + offset, cut + offset + len(brand)))
    return found


def headquartered_firms(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Firms named through their headquarters (FIRM_HEADQUARTERS): "推动爱奇艺线下体验业务总部落户" names 爱奇艺.
    The item runs back from 总部 to the clause's anchor; its brand is a project's (_firm_of_project), and no name of
    ours (an institution's ending inside the brand: "中国人民银行上海总部" is the bank's branch)."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    pattern = FIRM_HEADQUARTERS.pattern
    for m in pattern.finditer(text, start, stop):
        lo = m.start()
        while lo > start and m.start() - lo < HEADQUARTERS_ITEM_MAX and _cjk(text[lo - 1]):
            lo -= 1
        cut = _left_edge(text, lo, lo, m.start())[0]
        item = text[cut : m.start()]
        region = REGIONAL_HEADQUARTERS_UNIT.search(item)
        if (
            region is not None
            and region.start() >= REGIONAL_HEADQUARTERS_FIRM_MIN
            and ending_of(item) is None
            and not text.startswith(REGIONAL_HEADQUARTERS_PROJECT, m.end())
            and not is_generic(item + m.group(), "institution")  # "吸引外资区域总部…落户": a class of firms' units
        ):
            # "浪潮华中总部": the firm's regional unit, named whole (REGIONAL_HEADQUARTERS_UNIT)
            found.append(Mention(item + m.group(), "institution", "企业", cut, m.end()))
            continue
        if len(item) < 2 or ending_of(item) is not None or REGIONAL_HEADQUARTERS.search(item):
            continue
        firm = _firm_of_project(item + m.group())
        if firm is None:
            continue
        offset, brand = firm
        if ending_of(brand) is not None or is_generic(brand, "institution"):
            continue
        found.append(Mention(full_name(brand), "institution", "企业", cut + offset, cut + offset + len(brand)))
    return found


def phased_firms(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Firms named through a phase of their project (FIRM_PHASE): "加快推进长安汽车二期" names 长安汽车, the
    last word before the phase where jieba tags it an organisation's (FIRM_PHASE_TAG)."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in FIRM_PHASE.pattern.finditer(text, start, stop):
        lo = max(start, m.start() - FIRM_PHASE_REACH)
        words = _posseg().cut(text[lo : m.start()])
        if not words or words[-1].flag != FIRM_PHASE_TAG or len(words[-1].word) < 2:
            continue
        brand = words[-1].word
        if ending_of(brand) is not None or is_generic(brand, "institution"):
            continue
        found.append(Mention(full_name(brand), "institution", "企业", m.start() - len(brand), m.start()))
    return found


def level_congresses(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """A level's people's congress named with its standing committee (LEVEL_CONGRESS): "配合市人大及其常委会…", and
    its political consultative conference (LEVEL_CPPCC): "省政协民主监督"."""
    stop = len(text) if end is None else end
    return sorted(
        (
            Mention(m.group(), "institution", "其他", m.start(), m.end())
            for rule in (LEVEL_CONGRESS, LEVEL_CPPCC)
            for m in rule.pattern.finditer(text, start, stop)
        ),
        key=lambda m: (m.start, m.end),
    )


def reporter_newspapers(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """A newspaper named before a reporter's or editor's title (REPORTER_NEWSPAPER): "人民日报社高级记者",
    "宁夏日报记者"; in a staff row, after the row's person and sex (ROW_COLUMN_PERSON)."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in finditer_in_runs(REPORTER_NEWSPAPER, REPORTER_NEWSPAPER_RUN, REPORTER_NEWSPAPER_SPOT, text, start, stop):
        opening = m.start("paper")
        row = ROW_COLUMN_PERSON.search(text, max(0, opening - 3), m.end("paper"))
        if row is not None:
            opening = row.end()  # "82刘世昕女|中国青年报高级记者"
        name = text[opening : m.end("paper")]
        if len(name) < MIN_NAME or is_generic(name, "institution"):
            continue
        found.append(Mention(name, "institution", "其他", opening, m.end("paper")))
    return found


def acting_firms(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Firms listed as the subject of a clause that says they went public, grew or settled (FIRMS_ACTING):
    "天有为、大鹏工业成功上市" names 天有为 and 大鹏工业. The list opens its clause, one item ends in a firm's tail
    word, and each item that is no field, place, class or name of ours is a firm."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for m in FIRMS_ACTING.pattern.finditer(text, start, stop):
        a = m.start("items")
        if a > 0 and text[a - 1] not in FIRMS_ACTING_OPENING:
            continue  # the list must open its clause
        items = m.group("items").split("、")
        first = next(iter(_posseg().cut(items[0])), None)
        if first is not None and first.flag in LEADING_VERB_TAGS and _common_word(first.word):
            continue  # "支持华海清科、海光信息快速成长": the list is the object of the clause's verb
        if not any(len(x) > len(t) and x.endswith(t) for x in items for t in FIRMS_ACTING_TAILS):
            continue
        pos = a
        for item in items:
            b = pos + len(item)
            if not (
                ending_of(item) is not None
                or _field_or_place(item)
                or is_generic(item, "institution")
                or _common_word(item)
            ):
                kind = "科研院所" if item.endswith(FIRMS_ACTING_INSTITUTE_ENDS) else "企业"
                found.append(Mention(full_name(item), "institution", kind, pos, b))
            pos = b + 1
    return found


def tailed_firms(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Firms named by a brand of proper words and a firm's tail word (FIRM_TAIL): "铁建重工",
    "弘润石化", "柳工股份". The brand starts after the anchors of its run; a province or a field
    before the tail names a sector ("山东石化", "绿色石化")."""
    stop = len(text) if end is None else end
    found: list[Mention] = []
    for run_start, run_end in _runs_holding(FIRM_TAIL, text, start, stop):
        for m in FIRM_TAIL.finditer(text, run_start, run_end):
            if FIRM_TAIL_RUNS_ON.match(text, m.end(), run_end):
                continue  # "烟台泰山石化港口发展有限公司": inside a registered name
            lo = max(run_start, m.start() - FIRM_TAIL_BRAND_MAX - 4)
            left = _left_edge(text, run_start, lo, m.start())[0]
            for a in range(max(left, m.start() - FIRM_TAIL_BRAND_MAX), m.start() - FIRM_TAIL_BRAND_MIN + 1):
                brand = text[a : m.start()]
                words = _posseg().cut(brand)
                proper = all(w.flag in FIRM_TAIL_BRAND_TAGS and w.word not in _USER_WORDS for w in words)
                if not proper or not _cjk_only(brand) or PLACE_RE.fullmatch(brand):
                    continue
                if _generic_pattern_institution().search(brand):
                    break  # "军工企业股份制改造": a kind of firm, not a brand
                if a > run_start and _cjk(text[a - 1]) and a != left:
                    continue  # the brand must start where its run, or an anchor, leaves off
                name = brand + m.group()
                if not is_generic(name, "institution"):
                    found.append(Mention(full_name(name), "institution", "企业", a, m.end()))
                break
    return found


def _firm_before_figure(item: str, words: list, i: int, offset: int) -> tuple[int, str] | None:
    """(offset, firm) of a firm ended by a capacity figure ("桥头铝电50万吨…", "青海辉源20万吨…"):
    the words before the first digit, after a place that is not a province (PROJECT_FIGURE_FIRM_MIN)."""
    figure = next((k for k, ch in enumerate(item) if ch.isdigit()), -1)
    if figure <= offset:
        return None
    start = offset
    while i < len(words) and words[i].flag == "ns" and not PLACE_RE.match(words[i].word) and start < figure:
        start += len(words[i].word)  # "浏阳蓝思科技3D…": the county is where it is built
        i += 1
    brand = item[start:figure]
    if not PROJECT_FIGURE_FIRM_MIN <= len(brand) <= PROJECT_FIRM_MAX or not _cjk_only(brand):
        return None
    if _field_or_place(brand) or is_generic(brand, "institution") or _has_anchor(brand):
        return None
    if any(w.word in _USER_WORDS or w.flag in FIGURE_NOT_FIRM_TAGS for w in _posseg().cut(brand)):
        return None  # "海上风电100万千瓦": a field and where it is built, no firm
    return start, brand


def _cjk_only(text: str) -> bool:
    return all(_cjk(ch) for ch in text)


def _firm_of_project(item: str) -> tuple[int, str] | None:
    """(offset, firm) of the firm an enumerated project item opens with, or None."""
    words = list(_posseg().cut(item))
    i, offset, place = 0, 0, ""
    while i < len(words) and words[i].flag in PROJECT_VERB_TAGS:  # "开工建设南网…": the clause's verb
        offset += len(words[i].word)
        i += 1
    if (before_figure := _firm_before_figure(item, words, i, offset)) is not None:
        return before_figure
    if i + 1 < len(words) and words[i].word == PROJECT_NATIONAL_OPENING and len(words[i + 1].word) >= 2:
        brand = words[i].word + words[i + 1].word  # "中国盐湖金属镁…": 中国 is the firm's own
        if words[i + 1].word not in _USER_WORDS and not is_generic(brand, "institution"):
            return offset, brand
    while i < len(words) and words[i].flag == "ns":  # the place it is built in
        place = words[i].word
        offset += len(place)
        i += 1
    brand_start, core = offset, ""
    while i < len(words) and (
        (words[i].flag in PROJECT_FIRM_TAGS and words[i].word not in _USER_WORDS) or (core and words[i].flag == "ns")
    ):
        core += words[i].word
        i += 1
    if (
        core
        and i + 1 < len(words)
        and len(words[i].word) == 1
        and words[i].flag.endswith("g")
        and words[i + 1].word in PROJECT_FIRM_TAILS
    ):
        core += words[i].word  # "圣/钘/科技": a rare character of the brand before its tail word
        i += 1
    tail = words[i].word if i < len(words) and words[i].word in PROJECT_FIRM_TAILS else ""
    if core and not tail and i < len(words) and words[i].word in PROJECT_FIRM_TAIL_CHARS:
        tail = words[i].word  # "蓝科锂/业": jieba cut the firm's 锂业 in two
    if core in PROJECT_FIRM_TAILS:  # "燕山石化": jieba tags the tail, not the brand
        core, tail = "", core
    if i < len(words) and len(words[i].word) == 1 and words[i].flag.endswith("g"):
        return None  # jieba cut a word in two: "中欣晶/圆大硅片" leaves a bound morpheme (vg)
    if core and words[0].flag == "nr" and len(core) == 2 and not place and i < len(words):
        return None  # a place jieba reads as a person's name opening a project: "娄底高性能软磁…"
    if not core and tail and place:  # "燕山石化": the place word is the brand
        core, brand_start = place, brand_start - len(place)
    elif not core and not (tail and place):
        return None
    brand = core + tail
    if not 2 <= len(brand) <= PROJECT_FIRM_MAX or PLACE_RE.fullmatch(brand) or is_generic(brand, "institution"):
        return None
    return brand_start, brand
