"""Recognise platforms and institutions in plan text: pure functions over strings.

How a name is found
-------------------
Names of platforms and institutions in Chinese plans end in a small set of head nouns
(…实验室, …创新中心, …研究院, …大学, …公司). A candidate is a run of name characters that ends in
such an ending. Its left edge is the previous punctuation mark, moved past the last verb,
preposition or quantifier inside the run ("加快建设|国家集成电路研发中心", "国内领先的|…基地"),
past a leading verb that jieba tags as one ("攻克|海洋综合试验场"), and past "A和" / "A及" / "A与"
where A is a complete name of its own (so "先进光电子及激光技术研发与应用中心" stays whole).

A candidate is dropped when it names a class of things rather than one thing:
- its head, without generic words (国家, 重点, 科技, 创新 …), is empty: "国家重点实验室",
  "技术创新中心", "高校协同创新中心";
- it follows "等" — the class label after an enumeration ("…等国家临床医学研究中心建设");
- its clause opens with a quantifier ("组建若干…、临床医学研究中心…等创新基地平台");
- the ending runs on into a larger noun ("创新平台体系", "实验室群") or a category
  ("临床研究创新基地和平台").

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
科研院所; 公司/集团/银行/设计院 → 企业; 医院 → 医院; 管理委员会, 人民政府 and named ministries →
政府部门; exchanges (交易所) → 其他 (market infrastructure, neither a firm nor an authority),
as are advisory committees and associations.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

from plankg.loaders.extract.places import PLACE, PLACE_RE, PLACE_TAGS, PROVINCE_ABBREVIATIONS, place_words

Category = Literal["platform", "institution"]


def _words(text: str) -> tuple[str, ...]:
    """Word lists are written as space-separated text: easier to read and extend."""
    return tuple(text.split())


Framing = Literal["block", "list", "institution-frame", "free"]

# --- endings ------------------------------------------------------------------------------
# (ending, kind). Platform kinds follow the contract (实验室, 创新中心, 研发中心, 科学设施,
# 功能型平台, 基地 …); the longest ending wins, so the most specific kind is used.
PLATFORM_ENDINGS: tuple[tuple[str, str], ...] = (
    ("国家技术创新中心", "技术创新中心"),
    ("技术创新中心", "技术创新中心"),
    ("制造业创新中心", "创新中心"),
    ("开放创新平台", "开放创新平台"),
    ("功能型平台", "功能型平台"),
    ("大数据平台", "大数据平台"),
    ("创新平台", "创新平台"),
    ("服务平台", "服务平台"),
    ("研发平台", "研发平台"),
    ("示范平台", "创新平台"),
    ("赋能平台", "创新平台"),
    ("共享平台", "服务平台"),
    ("技术平台", "研发平台"),
    ("研究平台", "研发平台"),
    ("应用平台", "服务平台"),
    ("孵化平台", "服务平台"),
    ("评价平台", "服务平台"),
    ("测试平台", "服务平台"),
    ("检测平台", "服务平台"),
    ("实验平台", "实验室"),
    ("创新中心", "创新中心"),
    ("科创中心", "创新中心"),
    ("研发中心", "研发中心"),
    ("科学中心", "科学中心"),
    ("研究中心", "研究中心"),
    ("工程中心", "研发中心"),
    ("试验中心", "研发中心"),
    ("应用中心", "研发中心"),
    ("计算中心", "科学设施"),
    ("交叉科学设施", "科学设施"),
    ("科学设施", "科学设施"),
    ("研究设施", "科学设施"),
    # Plain 基础设施 is mostly city infrastructure (交通基础设施); the research kind says 科技.
    ("科技基础设施", "科学设施"),
    ("试验装置", "科学设施"),
    ("束流装置", "科学设施"),
    ("实验室", "实验室"),
    ("中试基地", "中试基地"),
    ("大学科技园", "科技园"),
    ("科技园", "科技园"),
    ("基地", "基地"),
    ("试验场", "试验场"),
)
INSTITUTION_ENDINGS: tuple[tuple[str, str], ...] = (
    ("医院", "医院"),
    ("大学", "高校"),
    ("学院", "高校"),
    ("科学院", "科研院所"),
    ("研究所", "科研院所"),
    ("研究院", "科研院所"),
    ("设计院", "企业"),
    ("公司", "企业"),
    ("集团", "企业"),
    ("银行", "企业"),
    ("分行", "企业"),
    ("交易所", "其他"),
    ("交易中心", "其他"),
    ("促进会", "其他"),
    ("委员会", "其他"),
    ("人民政府", "政府部门"),
    ("市政府", "政府部门"),
    ("省政府", "政府部门"),
    ("区政府", "政府部门"),
    ("县政府", "政府部门"),
    ("科委", "政府部门"),
)
# Government bodies and academies named without a regular ending.
NAMED_INSTITUTIONS: dict[str, str] = {
    "国务院": "政府部门",
    "科技部": "政府部门",
    "教育部": "政府部门",
    "工业和信息化部": "政府部门",
    "工信部": "政府部门",
    "国家发展改革委": "政府部门",
    "市科委": "政府部门",
    "市经济信息化委": "政府部门",
    "市发展改革委": "政府部门",
    "市教委": "政府部门",
    "中国科学院": "科研院所",
    "中科院": "科研院所",
}
# A 委员会 is an authority when it administers (管委会 of a zone, 科学技术委员会); an advisory or
# international committee is 其他.
AUTHORITY_COMMITTEE = re.compile(r"(?:管理|科学技术|发展和改革|经济和信息化|教育)委员会$")

ENDINGS: dict[str, tuple[Category, str]] = {
    **{e: ("platform", k) for e, k in PLATFORM_ENDINGS},
    **{e: ("institution", k) for e, k in INSTITUTION_ENDINGS},
    **{e: ("institution", k) for e, k in NAMED_INSTITUTIONS.items()},
}
# Endings whose category the context decides; the value is the default without context.
AMBIGUOUS_ENDINGS: dict[str, Category] = {"研究院": "institution", "研究中心": "platform"}
ENDING = re.compile("|".join(re.escape(e) for e in sorted(ENDINGS, key=lambda e: (-len(e), e))))

# Characters names are made of: Chinese, Latin letters and digits (other provinces keep
# "6G", "EDA"), the dash of "国家磁—惯性聚变能源研究中心". Everything else ends a name.
NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9—·]")

# After an ending, these make it part of a larger noun: "创新平台体系", "实验室群", "基地平台",
# "大学生", "大学校区", "集团级".
CONTINUATION = re.compile(r"体系|集群|群|格局|网络|联盟|矩阵|城市|平台|所|载体|布局|级|化|规范")
# After 大学 / 学院 also "大学生", "大学校区", "大学城".
UNIVERSITY_CONTINUATION = re.compile(r"生|校区|城")
# "…基地和平台", "…中心与平台": the candidate is a category of platforms.
FOLLOWED_BY_CATEGORY = re.compile(
    r"(?:和|与|及)(?:平台|基地|中心)(?![\u4e00-\u9fff]*(?:平台|基地|中心))"
)

# --- left edge: verbs, prepositions, quantifiers ------------------------------------------
# A name does not contain these; it starts after the last one before its ending. Longer forms
# first so that "加快建设" is cut as a whole.
ANCHOR_WORDS = _words(
    """
    加快建设 加快推进 加快构建 加快打造 持续推进 积极争取 支持筹建 探索建立 研究建立 布局建设
    培育建设 重点打造 全力打造 建设 推进 推动 支持 依托 打造 筹建 组建 布局 建立 新建 建成 创建
    争取 设立 发挥 围绕 聚焦 构建 形成 成为 包括 完善 提升 加强 强化 培育 引进 集聚 参与 通过 加快
    鼓励 引导 实施 开展 推广 提供 做实做强 认定为 作为 整合 牵头 落户 健全 优化 深化 夯实 争创
    探索 搭建 攻克 包含 扩大 突出 重视 增强 发展 使用 建有 拥有 共有 累计 至此 获得 采用 分别是
    安排 协调 加大 联合 从 成立 共建 面对 意味着 进入 吸引 下属 以及 或 一批 首批 若干个 若干 一个
    多个 各类 一系列 其中 时期 左右 以上 的 了 以 将 把 向 由 对 为 即 如 在 等
    """
)
# Anchors that are also parts of words: "高等研究院", "等离子体", "建设银行", "在线".
_GUARDED_ANCHORS = {
    "等": r"(?<![高平同中初均相])等(?!离子|级)",
    "建设": r"建设(?!银行)",
    "在": r"在(?!线)",
    "发展": r"发展(?!研究|改革|中心|银行)",
    "联合": r"联合(?!国)",
}
# Counted items: "100家各级医院", "3个公用辅助研发平台", "六大生物医药产业基地", "一所…大学".
COUNTED = r"\d+[家个项批所年类种座名]?|[一二三四五六七八九十两]+[大所家个批]"
# A count right before a name makes it a class: "建设20家科技传播人才实训基地",
# "3个公用辅助研发平台".
COUNTED_CLASS = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)[家个项批所类种座名大]$")
ANCHOR = re.compile(
    # Digits are counts or table debris in a run ("…6左右8外资研发中心").
    COUNTED
    + "|"
    + "|".join(
        _GUARDED_ANCHORS.get(w, re.escape(w)) for w in sorted(ANCHOR_WORDS, key=len, reverse=True)
    )
)
# Conjunctions split a run only where the left part is itself a complete name ("A和B"); inside
# names they are common ("药物靶标发现与确证…", "光电子及激光…").
CONJUNCTIONS = ("和", "及", "与", "—")
# jieba tags for a leading verb that the anchor list did not catch ("攻克", "夯实" …); verbs that
# begin real names ("转化医学", "计算生物学", "合成生物学") are kept.
LEADING_VERB_TAGS = {"v", "vd", "ad"}
# jieba tags of place names (ns) and of the names it mistakes districts for (nr).
UNIVERSITY_ENDINGS = ("大学", "学院")
NAME_INITIAL_VERBS = frozenset(
    _words(
        """
        转化 计算 发现 确证 开放 创新 孵化 应用 示范 协同 融合 实验 营销 合成 制造 检测 测试 评价
        监测 服务 集成 仿真 模拟 研究 研发 设计 加工 交易 转移 创业 智造 教考 遥感 导航 观测 联合
        共享 支撑 育种 养殖 照明 显示 存储 传感 驱动 控制 识别 定位 通信 计量 飞行 动力 冶金 精密
        生命 微纳
        """
    )
)
# Verbs that deploy a platform (BUILDS) when they open its clause or follow its name.
BUILD_VERB = re.compile(
    r"建设|建立|打造|筹建|组建|布局|新建|建成|创建|搭建|设立|培育|构建|推进|加快"
)
BUILD_AFTER = re.compile(r"^(?:建设|等[^，。；]{0,12}建设)")

# "推动上海成为…基地", "把X建设成为…中心", "将上海建成…基地": a role the plan aims at, not a
# platform it names.
ROLE = re.compile(r"成为|(?:将|把)[^，。；]*建成|基本建成")
# A quantifier opening the clause makes every listed item a class ("组建若干…").
QUANTIFIER = re.compile(r"若干|一批|首批|第[一二三四五六七八九十\d]+批|各类|多个|一系列|各级|一些")
# "…等新型高水平研究机构" closes an enumeration of research institutions.
INSTITUTION_FRAME = re.compile(
    r"[^，。；！？]*?等[^，。；！？]{0,30}(?:研究机构|科研机构|研发机构)"
)
# A section about research institutions ("建设高水平研究机构").
INSTITUTION_SECTION = re.compile(r"研究机构|科研机构|研发机构|科研院所")
CLAUSE_BREAK = re.compile(r"[，。；！？：:\n]")
SENTENCE_BREAK = re.compile(r"[。；！？\n]")

# --- generic names ------------------------------------------------------------------------
# Words that say what kind of platform something is, not which one. A platform whose head
# consists of these alone ("国家重点实验室", "高校协同创新中心") is a class.
PLATFORM_GENERIC_WORDS = _words(
    """
    国家级 国家 市级 省级 区级 本市 本省 全市 全省 全国 重点 重大 重要 科技 科研 技术
    创新 研发 研究 工程 专业 公共 共性 产业 行业 企业 高校 大学 新型 高水平 一流 世界级 世界 国际
    国内 联合 协同 综合 基础 科学 前沿 实验 试验 转化 成果 功能型 功能性 开放 服务 平台 基地 中心
    设施 海外 相关 数字 信息 新一代 特色 示范 孵化 中试 检测 测试 创业 众创 科普 教育 人才 培养
    合作 交流 资源 数据 共享 条件 保障 发展 应用 类 化 市 区 县 院 所 地方 外资 开放式 高端 全球
    新 高 大 一体化 一站式 专业化 理论 机构 各 和 与 及 或 南部 北部 东部 西部 中部 工程技术
    实验室 集成 联动 区域 支撑 制造 实践 战略 联盟 场馆 优势 现有 先进 知识 交叉 多功能 跨国公司
    外资
    """
)
PLATFORM_GENERIC_WORDS = (*PLATFORM_GENERIC_WORDS, *place_words())
# An institution whose head consists of these alone is a class ("世界一流大学", "跨国公司").
INSTITUTION_GENERIC_WORDS = _words(
    """
    世界 一流 国际 国内 国家 地方 各级 各类 相关 重点 研究型 研究性 新型 高水平 知名 中央
    本地 本市 全市 市属 高等 高 科研 研究 企业 外资 民营 国有 大型 中小 骨干 龙头 转制 应用型 医疗
    附属 区 县 市 有关 各 该 上市 科技 金融 保险 创投 商业 投资 跨国 银行 和 与 及 青年 专业 技术
    服务 机构 科创 本土 股份 非 类 担保 研发 挂牌 大 设计 两级 产业
    """
)
INSTITUTION_GENERIC_WORDS = (*INSTITUTION_GENERIC_WORDS, *(f"在{a}" for a in PROVINCE_ABBREVIATIONS))
GENERIC_PATTERNS = re.compile(
    r"[\u4e00-\u9fff]{2}性|(?:部委|[千百万]?亿|国家|集团|企业|省|市|区|县|校|院|世界)级|[一二三四五六七八九十]+期"
)
# A platform named by place plus a long description is one platform even when every word is
# generic ("上海科技成果转化公共服务平台"); a short one is a class ("上海工程技术研究中心").
PROPER_PREFIX = re.compile(rf"{PLACE}|国家|中国")
PROPER_MIN_DESCRIPTION = 5
# The city's own "科技创新中心" ambition, prefixed by places ("上海南部科技创新中心", "浦东…"),
# is not a platform.
CITY_CENTRE = "科技创新中心"
CITY_CENTRE_QUALIFIERS = frozenset(_words("全球 国际 区域 时期 南部 北部 东部 西部 中部"))
# "<region>国家<kind>" names the national centre located there ("长三角国家技术创新中心").
NATIONAL = "国家"


# --- normalisation ------------------------------------------------------------------------
LEADING_NOISE = re.compile(r"^(?:" + ANCHOR.pattern + r")+")
# Trailing words about the building work, not part of the name: "…建设", "…二期",
# "…后续工程", "…为支撑的创新平台体系", "…等".
TRAILING_NOISE = re.compile(
    r"(?:(?:为支撑|为核心|为主体|为引领|为重点|为龙头|(?<![高平同中初均相])等(?!离子)).*|建设|[一二三四五六七八九十]期(?:工程|建设)?"
    r"|后续工程|项目)$"
)
DASHES = re.compile(r"[-－–—]+")

MAX_NAME = 32
MIN_NAME = 3


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


# --- jieba (only for leading verbs) -------------------------------------------------------
_USER_WORDS: set[str] = set()


@lru_cache(maxsize=1)
def _posseg() -> Any:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


def add_user_words(lines: Iterable[str]) -> None:
    """Feed jieba's user dictionary ("word freq tag" lines, e.g. from the field vocabulary),
    so that field names are not cut apart when leading verbs are looked for."""
    import jieba

    _posseg()
    for line in lines:
        parts = line.split()
        if not parts or parts[0] in _USER_WORDS:
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        jieba.add_word(parts[0], freq, parts[2] if len(parts) > 2 else None)
        _USER_WORDS.add(parts[0])
        _token_edges.cache_clear()  # word boundaries cached before this word may have changed


def strip_place_prefix(name: str) -> str:
    """ "嘉定同济大学" → "同济大学": a district named before a university jieba knows as one
    organisation (tag nt) locates it, it is not part of its name."""
    words = list(_posseg().cut(name))
    if len(words) < 2 or words[-1].flag != "nt" or len(words[-1].word) < 4:
        return name
    if all(w.flag in PLACE_TAGS for w in words[:-1]):
        return words[-1].word
    return name


def strip_leading_verbs(name: str, ending: str = "") -> str:
    """Drop verbs jieba finds at the start of a candidate: "攻克海洋综合试验场" →
    "海洋综合试验场"."""
    for _ in range(3):
        words = list(_posseg().cut(name))
        if len(words) < 2:
            return name
        first = words[0]
        rest = name[len(first.word) :]
        if (
            first.flag in LEADING_VERB_TAGS
            and len(first.word) >= 2
            and first.word not in NAME_INITIAL_VERBS
            and len(rest) >= MIN_NAME
            and (not ending or rest.endswith(ending))
            and len(rest) >= len(ending)
        ):
            name = rest
            continue
        return name
    return name


# --- small helpers ------------------------------------------------------------------------
def normalise_name(raw: str) -> str:
    """A name without leading verbs, trailing building words, spaces or quote marks."""
    name = re.sub(r"[\s“”\"'《》]", "", raw)
    name = DASHES.sub("—", name).strip("—")
    for _ in range(4):
        before = name
        name = LEADING_NOISE.sub("", name)
        name = TRAILING_NOISE.sub("", name)
        if name == before:
            break
    name = name.strip("、，。；：,.;:— ")
    for conj in CONJUNCTIONS:
        if name.startswith(conj) and len(name) > len(conj) + MIN_NAME:
            name = name[len(conj) :]
    return name


def ending_of(name: str) -> tuple[str, Category, str] | None:
    """The longest known ending of a name: (ending, category, kind)."""
    for ending in sorted(ENDINGS, key=len, reverse=True):
        if name.endswith(ending):
            category, kind = ENDINGS[ending]
            if ending == "委员会" and AUTHORITY_COMMITTEE.search(name):
                kind = "政府部门"
            return ending, category, kind
    return None


def _only_places(prefix: str) -> bool:
    """True when a name prefix is nothing but place names (and 全球/南部 …)."""
    rest = PLACE_RE.sub("", prefix)
    return all(
        w.flag in PLACE_TAGS or w.word in CITY_CENTRE_QUALIFIERS for w in _posseg().cut(rest)
    )


@lru_cache(maxsize=2)
def _generic_pattern(category: Category) -> re.Pattern[str]:
    words = PLATFORM_GENERIC_WORDS if category == "platform" else INSTITUTION_GENERIC_WORDS
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def is_generic(name: str, category: Category) -> bool:
    """True when a name designates a class ("国家重点实验室") rather than one entity."""
    if name in NAMED_INSTITUTIONS:
        return False
    if category == "platform" and name.endswith(CITY_CENTRE) and _only_places(name[: -len(CITY_CENTRE)]):
        return True
    national = name.find(NATIONAL)
    if category == "platform" and national > 0 and _only_places(name[:national]):
        return False
    if name.count("—") > 1:
        return True  # "企业—知识产权—技术—人才—大数据平台": a chain of aspects, not a name
    found = ending_of(name)
    head = name[: len(name) - len(found[0])] if found else name
    bare = GENERIC_PATTERNS.sub("", head)
    proper = PROPER_PREFIX.match(bare)
    if category == "platform" and proper and len(bare) - proper.end() >= PROPER_MIN_DESCRIPTION:
        return False  # "上海科技成果转化公共服务平台": a long description after a place is a name
    rest = GENERIC_PATTERNS.sub("", head)
    rest = _generic_pattern(category).sub("", rest)
    rest = re.sub(r"[—·0-9]", "", rest)
    return len(rest) < (2 if category == "platform" and found else 1)


def name_head(name: str) -> str:
    """A name without its ending ("新能源汽车大数据平台" → "新能源汽车"): what it is about."""
    found = ending_of(name)
    return name[: len(name) - len(found[0])] if found else name


def platform_kind(name: str) -> str:
    """Kind of a platform name, also for names without a regular ending (list items)."""
    found = ending_of(name)
    if found and found[1] == "platform":
        return found[2]
    if found and found[0] == "研究院":
        return "研究院"
    for suffix, kind in (
        ("平台", "平台"),
        ("中心", "中心"),
        ("设施", "科学设施"),
        ("装置", "科学设施"),
        ("光源", "科学设施"),
        ("库", "资源库"),
        ("园", "科技园"),
    ):
        if name.endswith(suffix):
            return kind
    return "其他"


def institution_kind(name: str) -> str:
    found = ending_of(name)
    return found[2] if found and found[1] == "institution" else "科研院所"


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between ，。；！？： and line breaks) around ``[start, end)``."""
    left = 0
    for m in CLAUSE_BREAK.finditer(text, max(0, start - 400), start):
        left = m.end()
    m = CLAUSE_BREAK.search(text, end)
    return left, (m.start() if m else len(text))


def sentence_bounds(
    text: str, start: int, end: int, lo: int = 0, hi: int | None = None
) -> tuple[int, int]:
    """The sentence (between 。；！？ and line breaks) around ``[start, end)``, within
    ``[lo, hi)``; the closing mark is included."""
    hi = len(text) if hi is None else hi
    left = lo
    for m in SENTENCE_BREAK.finditer(text, max(lo, start - 1000), start):
        left = m.end()
    m = SENTENCE_BREAK.search(text, end, hi)
    right = m.end() if m else hi
    while left < right and text[left] in " \t\u3000":
        left += 1
    return left, right


# --- names in running text ----------------------------------------------------------------
def _runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    run_start: int | None = None
    for i in range(start, end):
        if NAME_CHAR.match(text[i]):
            if run_start is None:
                run_start = i
        elif run_start is not None:
            runs.append((run_start, i))
            run_start = None
    if run_start is not None:
        runs.append((run_start, end))
    return runs


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


def _anchors(text: str, run_start: int, lo: int, hi: int) -> list[re.Match[str]]:
    """Anchor words starting in ``[lo, hi)``. A one-character anchor counts only where jieba
    reads it as a word of its own: 由 in "自由电子", 为 in "作为", 以 in "以色列" are not
    anchors."""
    found: list[re.Match[str]] = []
    run_end = run_start
    while run_end < len(text) and NAME_CHAR.match(text[run_end]):
        run_end += 1
    edges: frozenset[int] | None = None
    for m in ANCHOR.finditer(text, lo):
        if m.start() >= hi:
            break
        if len(m.group()) == 1 and not m.group().isdigit():
            if edges is None:
                edges = _token_edges(text[run_start:run_end])
            rel = m.start() - run_start
            if rel not in edges or rel + 1 not in edges:
                continue
        found.append(m)
    return found


def _terminates(
    text: str, run_start: int, match: re.Match[str], following: re.Match[str] | None
) -> bool:
    """Whether a name ends at ``match``: the run stops, or an anchor or conjunction comes before
    the next ending ("…研究院为支撑的创新平台", "…中心和上海…医院")."""
    if following is None:
        return True
    if any(text.startswith(c, match.end()) for c in CONJUNCTIONS):
        return True
    return bool(_anchors(text, run_start, match.end(), following.start()))


def _left_edge(text: str, run_start: int, lo: int, ending_start: int) -> tuple[int, bool]:
    """Where a name whose ending starts at ``ending_start`` begins (searching from ``lo``),
    and whether an anchor word was cut off in front of it."""
    left, cut = lo, False
    for m in _anchors(text, run_start, lo, ending_start):
        if m.end() <= ending_start:
            left, cut = m.end(), True
    return left, cut


# Organisations without a regular ending ("上海市科技创业中心与交通银行…"): the left side of a
# conjunction that ends like this is a name of its own.
ORGANISATION_SUFFIX = re.compile(r"(?:中心|局|委|办|厅|协会|学会|机构|企业)$")


def _after_conjunction(text: str, start: int, end: int, category: Category = "platform") -> int:
    """Move the start past "A和" / "A及" / "A与" when A is a complete name of its own."""
    best = start
    for conj in CONJUNCTIONS:
        pos = text.find(conj, start, end)
        while pos != -1:
            left = normalise_name(text[best:pos])
            complete = ending_of(left) is not None or (
                category == "institution"
                and len(left) >= 4
                and ORGANISATION_SUFFIX.search(left) is not None
            )
            if len(left) >= MIN_NAME and complete and pos + len(conj) < end - 1:
                best = pos + len(conj)
            pos = text.find(conj, pos + 1, end)
    return best


def _continues(text: str, match: re.Match[str]) -> bool:
    """The ending runs on into a larger noun ("创新平台体系", "大学生"): not a name's end."""
    if CONTINUATION.match(text, match.end()):
        return True
    return (
        match.group() in UNIVERSITY_ENDINGS
        and UNIVERSITY_CONTINUATION.match(text, match.end()) is not None
    )


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
    for run_start, run_end in _runs(text, start, stop):
        matches = [
            m
            for m in ENDING.finditer(text, run_start, run_end)
            if _category(m.group())[0] == "platform" or not _continues(text, m)
        ]
        lo = run_start
        for index, match in enumerate(matches):
            following = matches[index + 1] if index + 1 < len(matches) else None
            if not _terminates(text, run_start, match, following):
                continue  # inner: a host institution or part of a longer name
            hosts = [m for m in matches[:index] if m.start() >= lo]
            mentions.extend(
                _name_at(text, run_start, lo, match, hosts, in_block, institution_section)
            )
            lo = match.end()
            conj = next((c for c in CONJUNCTIONS if text.startswith(c, lo)), "")
            lo += len(conj)
    return mentions


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
    if _continues(text, match) or FOLLOWED_BY_CATEGORY.match(text, end):
        return []
    left, cut = _left_edge(text, run_start, lo, match.start())
    left = _after_conjunction(text, left, match.start(), category=_category(ending)[0])
    category, kind = _category(ending)
    ambiguous = ending in AMBIGUOUS_ENDINGS
    if ambiguous and in_block:
        category, ambiguous = "platform", False
    elif ambiguous and institution_section:
        category, kind, ambiguous = "institution", "科研院所", False
    found: list[Mention] = []
    if category == "platform":
        for host in inner:
            if host.start() < left or _category(host.group())[0] != "institution":
                continue
            if text.startswith(("附属", "分", "下属", "所属"), host.end()):
                continue
            host_name = normalise_name(text[left : host.end()])
            tail = normalise_name(text[host.end() : end])
            if len(host_name) >= MIN_NAME and not is_generic(host_name, "institution"):
                offset = text.find(host_name, left, host.end())
                kind = institution_kind(host_name)
                found.append(Mention(host_name, "institution", kind, offset, offset + len(host_name)))
            # "复旦大学|国家大学科技园": when the tail alone is a class, the host is part of the
            # platform's name (and still named as an institution, above).
            if not is_generic(tail, "platform"):
                left = host.end()
            break
    if text[max(0, left - 1) : left] == "等" or COUNTED_CLASS.search(text, max(0, left - 6), left):
        return found  # the class label after an enumeration, or a counted class
    clause_start, _ = clause_bounds(text, left, end)
    if QUANTIFIER.search(text, clause_start, left) or ROLE.search(text, clause_start, left):
        return found
    raw = text[left:end]
    name = normalise_name(raw)
    if left == run_start and category == "platform":
        # Only a platform name that opens its clause can start with a verb the anchors missed
        # ("攻克海洋综合试验场关键技术"); elsewhere, and for company names ("上药集团"),
        # jieba's verb tags are too loose ("知识/v", "上药/v").
        name = normalise_name(strip_leading_verbs(name, ending))
    if category == "institution" and ending in UNIVERSITY_ENDINGS:
        name = strip_place_prefix(name)
    if not (MIN_NAME <= len(name) <= MAX_NAME) or not name.endswith(ending):
        return found
    if is_generic(name, category):
        return found
    span_start = text.find(name, left, end)
    if span_start < 0:
        return found
    if category == "platform":
        kind = platform_kind(name)
    elif not ambiguous and ending != "研究院":
        full = ending_of(name)  # the whole name may end more specifically than the match
        kind = full[2] if full is not None else kind
    found.append(
        Mention(
            name=name,
            category=category,
            kind=kind,
            start=span_start,
            end=span_start + len(name),
            framing="block"
            if in_block
            else "institution-frame"
            if institution_section and ending in AMBIGUOUS_ENDINGS
            else "free",
            builds=(cut or in_block) and bool(BUILD_VERB.search(text, clause_start, left)),
            ambiguous=ambiguous,
        )
    )
    return found


COUNTED_NAME = re.compile(
    r"(?:\d+|[一二三四五六七八九十两]+)[家个所类](?P<name>[\u4e00-\u9fff]{2,24}?)(?=[，。；、和等的为]|$)"
    r"|(?<=[，。；、：\s])(?P<before>[\u4e00-\u9fff]{2,24}?)\d+(?:多|余)?[家个所项](?=[，。；、]|$)"
)


def counted_classes(text: str) -> set[str]:
    """Platform names the text counts ("7个火炬特色产业基地", "汽车企业研发中心65家"): a counted
    name is a class, wherever else it appears."""
    out: set[str] = set()
    for m in COUNTED_NAME.finditer(text):
        name = normalise_name(m.group("name") or m.group("before"))
        found = ending_of(name)
        if found is not None and found[1] == "platform":
            out.add(name)
    return out


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
        elif mention.category == "platform" and not mention.builds:
            before = text[clause_start : mention.start]
            if BUILD_VERB.search(before) or BUILD_AFTER.match(text, mention.end, clause_end):
                mention = replace(mention, builds=True)
        out.append(mention)
    return out


# --- 重大平台 blocks ------------------------------------------------------------------------
# "重大平台：" opens a block listing the platforms of a field; it runs to the next block label.
BLOCK_LABEL = re.compile(r"(?:重大平台|重点平台|重大设施|重大载体)[:：]")
NEXT_LABEL = re.compile(
    r"(?:重大平台|重点平台|重大设施|重大载体|重点方向|主要任务|重点任务|重大任务|重点工程|重大工程)[:：]"
    r"|[^。；：\n]{2,24}?领域(?:关键核心)?技术攻关(?=1[、.])"
)
ITEM_SEPARATOR = re.compile(r"[、/／;；]")
# An enumerated item that names a category of platforms.
CATEGORY_PIECE = re.compile(r"(?:和|与|及)(?:平台|基地|中心)$")
# The end of the list in "重大平台：加快建设A、B为支撑的创新平台体系，…".
LIST_TAIL = re.compile(r"(?:为支撑|为核心|为主体|为引领|(?<![高平同中初均相])等(?!离子)).*$")


@dataclass(frozen=True)
class PlatformBlock:
    start: int  # the label
    end: int
    items: tuple[Mention, ...]


def platform_blocks(text: str, start: int = 0, end: int | None = None) -> list[PlatformBlock]:
    """The 重大平台 blocks in ``text[start:end]`` with the platforms they list."""
    stop = len(text) if end is None else end
    blocks: list[PlatformBlock] = []
    for label in BLOCK_LABEL.finditer(text, start, stop):
        body = label.end()
        nxt = NEXT_LABEL.search(text, body, stop)
        block_end = nxt.start() if nxt else stop
        if text.startswith(("1、", "1.", "（1）"), body):
            items = _numbered_items(text, body, block_end)
        else:
            items = _enumerated_items(text, body, block_end)
        blocks.append(PlatformBlock(label.start(), block_end, tuple(items)))
    return blocks


def block_item(text: str, start: int, end: int) -> Mention | None:
    """The platform an item of a platform list names, if it is a name and not a class."""
    raw = text[start:end]
    name = normalise_name(raw)
    if not (MIN_NAME <= len(name) <= MAX_NAME) or FOLLOWED_BY_CATEGORY.search(name):
        return None
    found = ending_of(name)
    if found is not None and found[1] == "institution" and found[0] not in AMBIGUOUS_ENDINGS:
        return None
    if found is None and ANCHOR.search(name):
        return None  # a clause, not a name
    if is_generic(name, "platform"):
        return None
    span = text.find(name, start, end)
    return Mention(name, "platform", platform_kind(name), span, span + len(name), "block", True)


def _numbered_items(text: str, start: int, end: int) -> list[Mention]:
    """Items of "1、NAME。…2、NAME。…"; a marker counts only where a sentence starts."""
    items: list[Mention] = []
    cursor, n = start, 1
    while True:
        marker = re.compile(rf"(?:{n}[、.]|（{n}）)")
        hit = marker.search(text, cursor, end)
        while hit is not None and hit.start() > start and text[hit.start() - 1] not in "。；\n":
            hit = marker.search(text, hit.start() + 1, end)
        if hit is None:
            break
        stop = SENTENCE_BREAK.search(text, hit.end(), end)
        name_end = stop.start() if stop else end
        item = block_item(text, hit.end(), name_end)
        if item is not None:
            items.append(item)
        cursor, n = name_end, n + 1
    return items


def _enumerated_items(text: str, start: int, end: int) -> list[Mention]:
    """Items of "重大平台：A、B/C、D。" or "重大平台：加快建设A、B为支撑的创新平台体系，…"."""
    stop = CLAUSE_BREAK.search(text, start, end)
    clause_end = stop.start() if stop else end
    lead = LEADING_NOISE.match(text, start, clause_end)
    list_start = lead.end() if lead else start
    tail = LIST_TAIL.search(text, list_start, clause_end)
    list_end = tail.start() if tail else clause_end
    items: list[Mention] = []
    pos = list_start
    for piece in ITEM_SEPARATOR.split(text[list_start:list_end]):
        piece_start, piece_end = pos, pos + len(piece)
        pos = piece_end + 1
        if CATEGORY_PIECE.search(piece):
            continue  # "临床研究创新基地和平台": a category heading the block, not a platform
        cut = _after_conjunction(text, piece_start, piece_end)
        if cut != piece_start:
            conj = next((c for c in CONJUNCTIONS if text.endswith(c, piece_start, cut)), "")
            first = block_item(text, piece_start, cut - len(conj))
            if first is not None:
                items.append(first)
        item = block_item(text, cut, piece_end)
        if item is not None:
            items.append(item)
    return items


# --- platform lists under headings --------------------------------------------------------
# A section titled for a kind of platform ("研发基地建设", "大科学工程") lists platforms as its
# sub-headings: "（1）上海生物样本库", "（11）上海物联网中心" — names without a regular ending.
PLATFORM_LIST_TITLE = re.compile(
    r"(?:基地|平台|设施|大科学工程|大科学装置|实验室|研发中心)(?:建设|布局|体系)?$"
)
# A heading that reads as an action, not a name.
ACTION_TITLE = re.compile(
    r"^(?:加快|推进|推动|支持|完善|加强|强化|促进|提升|实施|建立|构建|注重|着力|优化)"
)


def list_item_platform(title: str) -> Mention | None:
    """The platform a heading in a platform list names (span relative to the title)."""
    if ACTION_TITLE.match(title) or re.search(r"[，。；：]", title):
        return None
    return block_item(title, 0, len(title))
