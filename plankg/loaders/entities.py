"""Recognise platforms and institutions in plan text: pure functions over strings.

How a name is found
-------------------
Names of platforms and institutions in Chinese plans end in a small set of head nouns
(…实验室, …创新中心, …研究院, …大学, …公司). A candidate is a run of name characters that ends in
such an ending; its left edge is the previous punctuation mark, cut after the last verb or
preposition inside the run ("加快建设|国家集成电路研发中心"), after a quantifier ("一批") or "的".
Enumerations "A、B、C和D" split at 、 and at 和/及/与 where the left part is itself a complete name
(so "先进光电子及激光技术研发与应用中心" stays whole).

A candidate is dropped when it is a class of things rather than one thing: its head, with
generic words removed (国家, 重点, 科技, 创新 …), is empty ("国家重点实验室", "技术创新中心"); it
follows "等" (the class label after an enumeration: "…等国家临床医学研究中心"); it sits in a
clause opened by a quantifier ("组建若干…、临床医学研究中心…等创新基地平台"); or the ending
continues into a larger noun ("创新平台体系", "实验室群").

Platform or institution
-----------------------
The ending decides, except for 研究院 / 研究中心 (and any name in an explicit frame):
- a name listed in a 重大平台 block, or in a section whose title names a kind of platform
  (研发基地建设 → its items), is a Platform;
- a name in an enumeration closed by "等…研究机构/科研机构/研发机构" ("李政道研究所、…、上海期智
  研究院等新型高水平研究机构") is an Institution (科研院所), whatever its ending;
- otherwise 研究中心 defaults to Platform and 研究院 / 研究所 to Institution; a caller that sees
  the whole document resolves an unframed name by how the document frames it elsewhere.
So the same name can be an Institution in one passage and a Platform in another (上海期智研究院 is
a research institution under 建设高水平研究机构 and a platform under 人工智能 重大平台); both
records exist, each with its own evidence.

A host institution glued before a platform ("复旦大学附属中山医院上海国际医学科创中心") is split
into the institution and the platform it hosts; glued before another institution
("浙江大学上海高等研究院") the whole is one name.

Exchanges (交易所) are kind 其他: market infrastructure, neither a firm nor a government body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

Category = Literal["platform", "institution"]
Framing = Literal["block", "list", "institution-frame", "free"]

# --- endings ------------------------------------------------------------------------------
# (ending, kind). Platform kinds are the contract's vocabulary (实验室, 创新中心, 研发中心, 科学设施,
# 功能型平台, 基地 …). Longer endings come first so that the most specific kind wins.
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
    ("基础设施", "科学设施"),
    ("试验装置", "科学设施"),
    ("束流装置", "科学设施"),
    ("实验室", "实验室"),
    ("中试基地", "中试基地"),
    ("大学科技园", "科技园"),
    ("科技园", "科技园"),
    ("基地", "基地"),
    ("试验场", "试验场"),
)
# 研究院 is an institution unless framed as a platform; 研究中心 (above) the other way round.
AMBIGUOUS_INSTITUTE = ("研究院", "科研院所")
INSTITUTION_ENDINGS: tuple[tuple[str, str], ...] = (
    ("附属医院", "医院"),
    ("医院", "医院"),
    ("大学", "高校"),
    ("学院", "高校"),
    ("科学院", "科研院所"),
    ("研究所", "科研院所"),
    AMBIGUOUS_INSTITUTE,
    ("设计院", "企业"),
    ("有限公司", "企业"),
    ("公司", "企业"),
    ("集团", "企业"),
    ("银行", "企业"),
    ("分行", "企业"),
    ("交易所", "其他"),
    ("促进会", "其他"),
    ("管理委员会", "政府部门"),
    ("委员会", "政府部门"),
    ("人民政府", "政府部门"),
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
# A 委员会 that advises is not an authority.
ADVISORY_BODY = re.compile(r"(?:咨询|专家|学术)委员会$")

ENDINGS: dict[str, tuple[Category, str]] = {
    **{e: ("platform", k) for e, k in PLATFORM_ENDINGS},
    **{e: ("institution", k) for e, k in INSTITUTION_ENDINGS},
}
AMBIGUOUS_ENDINGS = ("研究院", "研究中心")
_ALL_ENDINGS = sorted({*ENDINGS, *NAMED_INSTITUTIONS}, key=lambda e: (-len(e), e))
ENDING = re.compile("|".join(re.escape(e) for e in _ALL_ENDINGS))

# Characters a name is made of: Chinese, Latin letters and digits (other provinces keep
# "6G", "EDA"), the dash of "国家磁—惯性聚变能源研究中心". Everything else ends a name.
NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9—\-·]")

# After an ending, these continue a larger noun: "创新平台体系", "实验室群", "基地平台" — the
# candidate is a part, not a platform.
CONTINUATION = re.compile(r"(?:体系|集群|群|格局|网络|联盟|矩阵|城市|平台|所|载体|布局)")

# --- left edge: verbs, prepositions, quantifiers ------------------------------------------
# A name never contains these; the name starts after the last one inside the run. Longer
# forms first so that "加快建设" is cut as a whole.
ANCHOR_WORDS = (
    "加快建设 加快推进 加快构建 加快打造 持续推进 积极争取 支持筹建 探索建立 研究建立 布局建设 "
    "培育建设 重点打造 全力打造 建设 推进 推动 支持 依托 打造 筹建 组建 布局 建立 新建 建成 创建 "
    "争取 设立 发挥 围绕 聚焦 构建 形成 成为 包括 完善 提升 加强 强化 培育 引进 集聚 参与 通过 "
    "加快 发展 鼓励 引导 实施 开展 推广 提供 利用好 做实做强 认定为 作为 联合 整合 牵头 落户 "
    "健全 优化 深化 夯实 争创 探索 搭建 攻克 包含 扩大 突出 重视 增强 "
    "一批 若干 若干个 一个 多个 各类 一系列 以及 其中 即 如 时期 左右 以上 "
    "的 了 以 将 把 向 由 对 为 在 与 和 及 或 等"
).split()
# Single characters cut only where they cannot be inside a name: these may be (与 in
# "药物靶标发现与确证…", 及 in "光电子及激光…", 和 in "…与和…"), so they are handled by
# :func:`_split_conjunctions` instead of being anchors.
CONJUNCTIONS = ("以及", "和", "及", "与", "或")
ANCHOR = re.compile(
    "|".join(re.escape(w) for w in sorted(ANCHOR_WORDS, key=len, reverse=True) if w not in CONJUNCTIONS)
)
# Verbs that deploy a platform (BUILDS) when they open its clause or follow its name.
BUILD_VERB = re.compile(r"建设|建立|打造|筹建|组建|布局|新建|建成|创建|搭建|设立|培育|构建|推进|加快")
BUILD_AFTER = re.compile(r"^(?:建设|等.{0,12}建设)")

# A quantifier opening the clause makes every listed item a class ("组建若干…").
QUANTIFIER = re.compile(r"若干|一批|各类|多个|一系列|各级|一些")
# "…等新型高水平研究机构" closes an enumeration of research institutions.
INSTITUTION_FRAME = re.compile(r"等[^，。；！？]{0,30}(?:研究机构|科研机构|研发机构)")
# A section about research institutions ("建设高水平研究机构").
INSTITUTION_SECTION = re.compile(r"研究机构|科研机构|研发机构|科研院所")
CLAUSE_BREAK = re.compile(r"[，。；！？：:\n]")
SENTENCE_BREAK = re.compile(r"[。；！？\n]")

# --- generic names ------------------------------------------------------------------------
# Words that say what kind of platform something is, not which one. A platform whose head
# consists of these alone ("国家重点实验室", "上海科技创新中心", "高校协同创新中心") is a class.
PLATFORM_GENERIC_WORDS = (
    "国家级 国家 市级 省级 区级 上海市 上海 本市 全市 全国 长三角 重点 重大 科技 科研 技术 创新 "
    "研发 研究 工程 专业 公共 共性 产业 行业 企业 高校 大学 新型 高水平 一流 世界级 世界 国际 国内 "
    "联合 协同 综合性 综合 基础 科学 前沿 实验 试验 转化 成果 功能型 开放 服务 平台 基地 中心 "
    "设施 海外 相关 数字 信息 新一代 特色 示范 孵化 中试 检测 测试 创业 众创 科普 教育 人才 培养 "
    "合作 交流 资源 数据 共享 条件 保障 发展 应用 类 化 市 区 县 院 所 地方 外资 开放式 "
    "全球 研发与转化 新 高 大 一体化 一站式 专业化"
).split()
# An institution whose head consists of these alone is a class ("世界一流大学", "科研院所").
INSTITUTION_GENERIC_WORDS = (
    "世界 一流 国际 国内 国家 地方 各级 各类 相关 重点 研究型 研究性 新型 高水平 知名 中央 在沪 "
    "本地 本市 全市 市属 高等 高 科研 研究 企业 外资 民营 国有 大型 中小 骨干 龙头 转制 应用型 "
    "综合性 医疗 附属 区 县 市 有关 各 该 上市 国际科技 科技 金融 保险 创投 商业 投资"
).split()
# A name that is a category, not one platform: "临床研究创新基地和平台", "创新基地平台".
CATEGORY_NAME = re.compile(r"(?:和|与|及)平台$|基地平台$|平台体系$|^(?:研究|科研|创新)")

# --- normalisation ------------------------------------------------------------------------
LEADING_NOISE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w) for w in sorted(ANCHOR_WORDS, key=len, reverse=True)) + r"))+"
)
# Trailing words that are about the building work, not part of the name: "…建设", "…二期",
# "…后续工程", "…为支撑的创新平台体系", "…等".
TRAILING_NOISE = re.compile(
    r"(?:(?:为支撑|为核心|为主体|为引领|为重点|为龙头|等).*|建设|[一二三四五六七八九十]期(?:工程|建设)?"
    r"|后续工程|项目)$"
)
DASHES = re.compile(r"[-－–—]+")

MAX_NAME = 32
MIN_NAME = 3


@dataclass(frozen=True)
class Mention:
    """One occurrence of a platform or institution name: ``[start, end)`` is the name as
    written (after trimming), ``name`` its normalised form."""

    name: str
    category: Category
    kind: str
    start: int
    end: int
    framing: Framing = "free"
    builds: bool = False
    # The ending was 研究院 / 研究中心 and no frame decided: the document may resolve it.
    ambiguous: bool = False


# --- small helpers ------------------------------------------------------------------------
def normalise_name(raw: str) -> str:
    """A name without leading verbs, trailing building words, spaces or quote marks."""
    name = re.sub(r"[\s“”\"'《》]", "", raw)
    name = DASHES.sub("—", name)
    for _ in range(3):
        before = name
        name = LEADING_NOISE.sub("", name)
        name = TRAILING_NOISE.sub("", name)
        if name == before:
            break
    return name.strip("、，。；：,.;: ")


def ending_of(name: str) -> tuple[str, Category, str] | None:
    """The longest known ending of a name: (ending, category, kind)."""
    if name in NAMED_INSTITUTIONS:
        return name, "institution", NAMED_INSTITUTIONS[name]
    for ending in _ALL_ENDINGS:
        if name.endswith(ending) and ending in ENDINGS:
            category, kind = ENDINGS[ending]
            if ending == "委员会" and ADVISORY_BODY.search(name):
                kind = "其他"
            return ending, category, kind
    return None


def _strip_words(head: str, words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(w) for w in ordered))
    return pattern.sub("", head)


def is_generic(name: str, category: Category) -> bool:
    """True when a name designates a class ("国家重点实验室") rather than one entity."""
    if name in NAMED_INSTITUTIONS:
        return False
    found = ending_of(name)
    head = name[: len(name) - len(found[0])] if found else name
    if category == "platform":
        if CATEGORY_NAME.search(name) and len(head) <= 8:
            return True
        rest = _strip_words(head, PLATFORM_GENERIC_WORDS)
    else:
        rest = _strip_words(head, INSTITUTION_GENERIC_WORDS)
    rest = re.sub(r"[—\-·0-9]", "", rest)
    return len(rest) < 1 or (category == "platform" and len(rest) < 2 and len(head) < 4)


def platform_kind(name: str) -> str:
    """Kind for a platform name, also for names without a regular ending (list items)."""
    found = ending_of(name)
    if found and found[1] == "platform":
        return found[2]
    if found and found[0] == "研究院":
        return "研究院"
    for suffix, kind in (("平台", "平台"), ("中心", "中心"), ("设施", "科学设施"), ("装置", "科学设施"),
                         ("光源", "科学设施"), ("库", "资源库"), ("园", "科技园")):
        if name.endswith(suffix):
            return kind
    return "其他"


def institution_kind(name: str) -> str:
    found = ending_of(name)
    if found is None:
        return "其他"
    if found[1] == "institution":
        return found[2]
    return "科研院所"


def clause_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The clause (between ，。；！？：) around ``[start, end)``, within ``[lo, hi)``."""
    hi = len(text) if hi is None else hi
    left = lo
    for m in CLAUSE_BREAK.finditer(text, lo, start):
        left = m.end()
    m = CLAUSE_BREAK.search(text, end, hi)
    return left, (m.start() if m else hi)


def sentence_bounds(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The sentence (between 。；！？ and line breaks) around ``[start, end)``."""
    hi = len(text) if hi is None else hi
    left = lo
    for m in SENTENCE_BREAK.finditer(text, lo, start):
        left = m.end()
    m = SENTENCE_BREAK.search(text, end, hi)
    right = m.end() if m else hi
    while left < right and text[left] in " \t\u3000":
        left += 1
    return left, right


# --- finding names in running text --------------------------------------------------------
@dataclass(frozen=True)
class _Run:
    start: int
    end: int


def _runs(text: str, start: int, end: int) -> list[_Run]:
    runs: list[_Run] = []
    run_start: int | None = None
    for i in range(start, end):
        if NAME_CHAR.match(text[i]):
            if run_start is None:
                run_start = i
        elif run_start is not None:
            runs.append(_Run(run_start, i))
            run_start = None
    if run_start is not None:
        runs.append(_Run(run_start, end))
    return runs


def _left_edge(text: str, run_start: int, name_end: int, floor: int) -> tuple[int, bool]:
    """Where a name ending at ``name_end`` starts inside its run, and whether an anchor (a verb,
    preposition or quantifier) was cut off in front of it."""
    left = max(run_start, floor)
    cut = False
    for m in ANCHOR.finditer(text, left, name_end):
        # An anchor right at the end would leave an empty name; anchors inside the ending
        # itself ("研究院" has no anchor, "交易所" neither) are not reached.
        if m.end() < name_end - 1:
            left, cut = m.end(), True
    return left, cut


def _split_conjunctions(text: str, start: int, end: int) -> int:
    """Move the start past "A和" / "A及" / "A与" when A is a complete name of its own."""
    best = start
    for conj in CONJUNCTIONS:
        pos = text.find(conj, start, end)
        while pos != -1:
            left = normalise_name(text[best:pos])
            if len(left) >= MIN_NAME and ending_of(left) is not None and pos + len(conj) < end - 1:
                best = pos + len(conj)
            pos = text.find(conj, pos + 1, end)
    return best


def _classify(name: str, ending: str, category: Category, kind: str) -> tuple[Category, str, bool]:
    if ending == "研究院":
        return "institution", "科研院所", True
    if ending == "研究中心":
        return "platform", "研究中心", True
    return category, kind, False


def find_mentions(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    in_block: bool = False,
    institution_section: bool = False,
) -> list[Mention]:
    """Platform and institution names in ``text[start:end]`` (spans relative to ``text``).

    ``in_block``: the region is a 重大平台 block, so 研究院 / 研究中心 names are platforms and
    the class filters are relaxed for the listed names. ``institution_section``: the region's
    section is about research institutions, so ambiguous names there are institutions.
    """
    stop = len(text) if end is None else end
    mentions: list[Mention] = []
    for run in _runs(text, start, stop):
        matches = [m for m in ENDING.finditer(text, run.start, run.end)]
        floor = run.start
        for index, match in enumerate(matches):
            ending = match.group()
            after = text[match.end() : match.end() + 2]
            inner = index + 1 < len(matches)
            if ending in ENDINGS:
                category, kind = ENDINGS[ending]
            else:
                category, kind = "institution", NAMED_INSTITUTIONS[ending]
            if inner and category == "institution":
                # An institution ending inside a run: a host ("复旦大学附属中山医院|上海…中心"),
                # a part of a longer institution name ("浙江大学|上海高等研究院"), or a
                # connector ("上海交通大学|附属仁济医院"). Decided once the run's last name is known.
                continue
            if CONTINUATION.match(after) and not (inner and category == "platform"):
                floor = max(floor, match.end())
                continue
            if inner and category == "platform":
                # "…基地" inside "…基地和平台", "科技园" inside "大学科技园区": only a name if the
                # run goes on with a conjunction.
                if not any(text.startswith(c, match.end()) for c in CONJUNCTIONS):
                    continue
            mentions.extend(_names_in_run(text, run, floor, match, matches[:index], in_block))
            floor = match.end()
    out: list[Mention] = []
    for mention in mentions:
        if institution_section and mention.ambiguous:
            mention = replace(mention, category="institution", kind="科研院所", ambiguous=False,
                              framing="institution-frame")
        out.append(mention)
    return out


def _names_in_run(
    text: str, run: _Run, floor: int, match: re.Match[str], inner: list[re.Match[str]], in_block: bool
) -> list[Mention]:
    """The name ending at ``match`` (and a host institution glued in front of it)."""
    end = match.end()
    left, cut = _left_edge(text, run.start, end, floor)
    left = _split_conjunctions(text, left, end)
    ending = match.group()
    if ending in ENDINGS:
        category, kind = ENDINGS[ending]
    else:
        category, kind = "institution", NAMED_INSTITUTIONS[ending]
    category, kind, ambiguous = _classify(text[left:end], ending, category, kind)
    if in_block and ambiguous:
        category, kind, ambiguous = "platform", platform_kind(text[left:end]), False
    found: list[Mention] = []
    # A host institution glued in front of a platform.
    if category == "platform":
        for host in inner:
            if host.start() < left or host.end() >= match.start():
                continue
            host_ending = host.group()
            if ENDINGS.get(host_ending, ("platform", ""))[0] != "institution":
                continue
            if text.startswith(("附属", "分", "下属", "所属"), host.end()):
                continue
            host_name = normalise_name(text[left : host.end()])
            if len(host_name) >= MIN_NAME and not is_generic(host_name, "institution"):
                found.append(
                    Mention(host_name, "institution", institution_kind(host_name), left, host.end())
                )
            left = host.end()
            break
    raw = text[left:end]
    name = normalise_name(raw)
    if not (MIN_NAME <= len(name) <= MAX_NAME):
        return found
    if text[max(0, left - 1) : left] == "等" and not in_block:
        return found  # the class label after an enumeration
    clause_start, _ = clause_bounds(text, left, end)
    if QUANTIFIER.search(text, clause_start, left) and not in_block:
        return found
    if is_generic(name, category):
        return found
    offset = raw.find(name)
    span_start = left + max(offset, 0)
    found.append(
        Mention(
            name=name,
            category=category,
            kind=kind if category == "institution" else platform_kind(name),
            start=span_start,
            end=span_start + len(name),
            framing="block" if in_block else "free",
            builds=cut and bool(BUILD_VERB.search(text, clause_start, left)),
            ambiguous=ambiguous,
        )
    )
    return found


def apply_frames(text: str, mentions: list[Mention]) -> list[Mention]:
    """Institution frames and deployment verbs that only the surrounding clause reveals."""
    out: list[Mention] = []
    for mention in mentions:
        clause_start, clause_end = clause_bounds(text, mention.start, mention.end)
        rest = text[mention.end : clause_end + 1]
        if mention.framing != "block" and INSTITUTION_FRAME.search(rest):
            mention = replace(
                mention, category="institution", kind="科研院所", framing="institution-frame",
                ambiguous=False, builds=False,
            )
        elif mention.category == "platform" and not mention.builds:
            before = text[clause_start : mention.start]
            if BUILD_VERB.search(before) or BUILD_AFTER.match(text[mention.end : clause_end]):
                mention = replace(mention, builds=True)
        out.append(mention)
    return out


# --- 重大平台 blocks --------------------------------------------------------------------------
# "重大平台：" opens a block listing the platforms of a field; it runs to the next block label.
BLOCK_LABEL = re.compile(r"(?:重大平台|重点平台|重大设施|重大载体)[:：]")
NEXT_LABEL = re.compile(
    r"(?:重大平台|重点平台|重大设施|重大载体|重点方向|主要任务|重点任务|重大任务|重点工程|重大工程)[:：]"
    r"|[^。；：\n]{2,24}?领域(?:关键核心)?技术攻关(?=1[、.])"
)
# Items of a numbered block: "1、NAME。…2、NAME。…" (the number follows a sentence end).
NUMBERED_ITEM = "{n}、"
ITEM_SEPARATOR = re.compile(r"[、/／;；]")


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
        if text.startswith("1、", body) or text.startswith("（1）", body):
            items = _numbered_items(text, body, block_end)
        else:
            items = _enumerated_items(text, body, block_end)
        blocks.append(PlatformBlock(label.start(), block_end, tuple(items)))
    return blocks


def _item(text: str, start: int, end: int) -> Mention | None:
    raw = text[start:end]
    name = normalise_name(raw)
    if not (MIN_NAME <= len(name) <= MAX_NAME):
        return None
    if CATEGORY_NAME.search(name) or ANCHOR.search(name[:-2] if len(name) > 2 else ""):
        # A category label ("临床研究创新基地和平台") or a clause, not a name.
        if ending_of(name) is None or CATEGORY_NAME.search(name):
            return None
    if ending_of(name) is not None and ending_of(name)[1] == "institution" and ending_of(name)[0] != "研究院":
        return None
    offset = raw.find(name)
    span = start + max(offset, 0)
    return Mention(name, "platform", platform_kind(name), span, span + len(name), "block", True)


def _numbered_items(text: str, start: int, end: int) -> list[Mention]:
    items: list[Mention] = []
    cursor, n = start, 1
    while True:
        marker = NUMBERED_ITEM.format(n=n)
        pos = text.find(marker, cursor, end)
        while pos != -1 and pos != start and text[pos - 1] not in "。；\n":
            pos = text.find(marker, pos + 1, end)
        if pos == -1:
            break
        name_start = pos + len(marker)
        stop = SENTENCE_BREAK.search(text, name_start, end)
        name_end = stop.start() if stop else end
        item = _item(text, name_start, name_end)
        if item is not None:
            items.append(item)
        cursor, n = name_end, n + 1
    return items


def _enumerated_items(text: str, start: int, end: int) -> list[Mention]:
    """Items of "重大平台：A、B/C、D。" or "重大平台：加快建设A、B为支撑的创新平台体系，…"."""
    stop = CLAUSE_BREAK.search(text, start, end)
    clause_end = stop.start() if stop else end
    clause = text[start:clause_end]
    # Cut the leading verb and the trailing "为支撑的…" so that only the list remains.
    lead = LEADING_NOISE.match(clause)
    offset = lead.end() if lead else 0
    trail = re.search(r"(?:为支撑|为核心|为主体|为引领|等).*$", clause[offset:])
    list_end = offset + (trail.start() if trail else len(clause) - offset)
    items: list[Mention] = []
    pos = start + offset
    for piece in ITEM_SEPARATOR.split(text[start + offset : start + list_end]):
        piece_start = pos
        pos += len(piece) + 1
        # The last item may be joined by 和/及 ("A、B和C"): split where the left part is a name.
        cut = _split_conjunctions(text, piece_start, piece_start + len(piece))
        if cut != piece_start:
            first = _item(text, piece_start, cut - 1)
            if first is not None:
                items.append(first)
        item = _item(text, cut, piece_start + len(piece))
        if item is not None:
            items.append(item)
    return items


# --- platform lists under headings --------------------------------------------------------
# A section titled for a kind of platform ("研发基地建设", "大科学工程") lists platforms as its
# sub-headings: "（1）上海生物样本库", "（11）上海物联网中心" — names without a regular ending.
PLATFORM_LIST_TITLE = re.compile(r"基地|平台|设施|大科学工程|大科学装置|实验室|创新中心|研发中心")
# A heading that reads as an action, not a name.
ACTION_TITLE = re.compile(r"^(?:加快|推进|推动|支持|完善|加强|强化|促进|提升|实施|建立|构建|注重|着力|优化)")


def list_item_platform(title: str) -> Mention | None:
    """The platform a list-item heading names (span relative to the title), else None."""
    name = normalise_name(title)
    if not (MIN_NAME <= len(name) <= MAX_NAME) or ACTION_TITLE.match(title):
        return None
    if re.search(r"[，。；：]", name):
        return None
    found = ending_of(name)
    if found is not None and found[1] == "institution" and found[0] != "研究院":
        return None
    offset = title.find(name)
    return Mention(name, "platform", platform_kind(name), max(offset, 0), max(offset, 0) + len(name),
                   "list", True)
