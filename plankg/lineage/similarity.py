"""How alike two plan units (a Section or a Task) are, in a way that survives rewording.

Plans of different periods name the same line of work in different words (体外诊断与影像诊断装备
→ 重大诊疗器械及核心零部件; 民用客机 → 商用大飞机). A unit is therefore described by weighted
features from four sources, without a network or model weights:

- words of its title (jieba; field names kept whole), without the words every plan uses;
- character bigrams of its title, which match where jieba cuts two wordings differently
  (青年科技人才 / 青年科技创新人才);
- concepts of the lineage vocabulary (``plankg/data/lineage_terms.yaml``) and of the field
  vocabulary named in the title, with their broader concepts at a lower weight (体外诊断 →
  医疗器械 → 生物医药);
- the plan's own grouping: the same features, weaker, from the subject-bearing section titles
  above it (a 十四五 task "装备与材料" under "集成电路" is about integrated circuits), and weaker
  still from what it says (a task's body, a section's opening and the titles below it).

Feature weights are multiplied by inverse document frequency over the units of the two plans
compared, so a term every unit has counts for little; scores are cosines in [0, 1]. Every
score can say why: the features that contributed most (``explain``).

Pure: units in, vectors and scores out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jieba
import numpy as np
import yaml
from scipy import sparse

from plankg.loaders.extract.vocab import FieldVocabulary

DEFAULT_TERMS = Path(__file__).resolve().parents[1] / "data" / "lineage_terms.yaml"

# Words every plan uses for every line of work: they say how, not what. Example: "加快推进…建设".
GENERIC_WORDS = frozenset(
    """
    的 和 与 及 等 在 为 对 以 开展 加强 推进 推动 加快 建设 研究 技术 发展 提升 重点 关键 实现
    形成 突破 研发 应用 领域 开发 支持 创新 体系 能力 产业 围绕 重大 一批 建立 完善 提高 进一步
    促进 构建 打造 实施 培育 加大 积极 着力 强化 深化 探索 基于 面向 相关 核心 重要 新型 方向 主要
    国际 国内 全市 我国 水平 领先 一流 具有 世界 全球 服务 示范 平台 系统 产品 关键技术 技术研究
    设计 重点任务 重大任务 主要任务 重点方向 注重 全面 优化 提高 健全 增强 发挥 作用 加速 引导
    推广 持续 不断 全力 深入 进行 力争 努力 各类 若干 以及 其他 方面 工作 机制 工程 行动 计划
    上海 本市 我市 新一代 高质量 高水平 新兴 未来 前沿 先进 现代 功能 环境 建成 推出 布局
    """.split()
)
# Bigrams that only come from generic words: they would match between any two titles.
GENERIC_BIGRAMS = frozenset(w[i : i + 2] for w in GENERIC_WORDS if len(w) >= 2 for i in range(len(w) - 1))
# Function characters: a bigram holding one straddles two words ("的产", "与金") and matches by chance.
STOP_CHARS = frozenset("的和与及等在为对以了是将并或其之于从向到由把被使各")
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
TOKEN_NOISE = re.compile(r"[\d\W_a-zA-Z]+")

# Source weights (chosen on the dev split of tests/gold/lineage_judged.yaml with
# bench/eval_lineage.py): the title names the subject; the grouping above says what field it
# is in; the text confirms. Bigrams weigh less than words as each is a piece of one.
TITLE_WORD = 1.0
TITLE_BIGRAM = 0.5
CONCEPT = 1.2
BROADER = 0.45
CONTEXT = 0.35
BELOW = 0.3
TEXT = 0.6
TEXT_CHARS = 240  # what a unit says first names its subject; the rest repeats the plan's idiom
EXPLAIN_TERMS = 5


@dataclass(frozen=True)
class Unit:
    """A Section or Task of a plan, with what lineage compares."""

    id: str
    plan_id: str
    label: str  # "Section" or "Task"
    title: str
    context: tuple[str, ...] = ()  # subject-bearing section titles above it, nearest first
    text: str = ""  # a task's body; a section's opening
    below: tuple[str, ...] = ()  # a section's unit titles below it: what it covers
    fields: frozenset[str] = frozenset()  # Field names from the graph (IN_FIELD)
    number: str = ""
    level: int = 0  # section level; for a task, that of its section + 1
    parent: str = ""  # the section it stands in ("" for a chapter)
    start: int = 0  # offset in the plan's text


class LineageTerms:
    """The lineage vocabulary: concepts, their surface forms and broader concepts."""

    def __init__(self, concepts: dict[str, tuple[tuple[str, ...], str | None]]) -> None:
        self.broader: dict[str, str | None] = {}
        self.surface: dict[str, str] = {}
        for name, (terms, broader) in concepts.items():
            self.broader[name] = broader
            for term in (name, *terms):
                # First owner wins: a term listed under two concepts belongs to the first.
                self.surface.setdefault(term, name)
        for name, broader in self.broader.items():
            if broader is not None and broader not in self.broader:
                raise ValueError(f"lineage concept {name}: unknown broader concept {broader}")
        surfaces = sorted(self.surface, key=lambda s: (-len(s), s))
        self._pattern = re.compile("|".join(re.escape(s) for s in surfaces)) if surfaces else None

    @classmethod
    def load(cls, path: Path | None = None, fields: FieldVocabulary | None = None) -> LineageTerms:
        """The packaged lineage vocabulary, with the field vocabulary's fields as concepts."""
        data = yaml.safe_load((path or DEFAULT_TERMS).read_text(encoding="utf-8")) or {}
        concepts: dict[str, tuple[tuple[str, ...], str | None]] = {}
        for item in data.get("concepts") or []:
            concepts[str(item["name"])] = (tuple(str(t) for t in item.get("terms") or ()), item.get("broader"))
        for entry in fields.entries if fields is not None else ():
            if entry.name not in concepts:
                parent = entry.parent if entry.parent else None
                concepts[entry.name] = (entry.aliases, parent)
        for name, (terms, broader) in list(concepts.items()):
            if broader is not None and broader not in concepts:
                concepts[name] = (terms, None)
        return cls(concepts)

    def find(self, text: str) -> list[tuple[str, str]]:
        """(concept, surface) for every mention, leftmost-longest."""
        if self._pattern is None:
            return []
        return [(self.surface[m.group()], m.group()) for m in self._pattern.finditer(text)]

    def surfaces(self) -> list[str]:
        return list(self.surface)


# Lineage cuts words with its own jieba instance, holding the field and lineage vocabulary:
# adding words to jieba's global dictionary would change how extraction cuts text afterwards
# in the same process, and the graph must not depend on what ran before.
_TOKENIZER: jieba.Tokenizer | None = None


def tokenizer() -> jieba.Tokenizer:
    global _TOKENIZER
    if _TOKENIZER is None:
        _TOKENIZER = jieba.Tokenizer()
    return _TOKENIZER


@lru_cache(maxsize=200_000)
def title_words(title: str) -> tuple[str, ...]:
    return tuple(
        w for w in tokenizer().cut(title) if len(w) > 1 and w not in GENERIC_WORDS and not TOKEN_NOISE.fullmatch(w)
    )


def bigrams(text: str) -> list[str]:
    out = []
    for run in CJK_RUN.findall(text):
        out += [run[i : i + 2] for i in range(len(run) - 1)]
    return [b for b in out if b not in GENERIC_BIGRAMS and not (b[0] in STOP_CHARS or b[1] in STOP_CHARS)]


@dataclass
class Profile:
    """A unit's weighted features (before IDF), and what explains them."""

    weights: dict[str, float] = field(default_factory=dict)
    surfaces: dict[str, set[str]] = field(default_factory=dict)  # concept → forms written
    own: set[str] = field(default_factory=set)  # features from the unit's own title

    def add(self, feature: str, weight: float) -> None:
        self.weights[feature] = self.weights.get(feature, 0.0) + weight


def _add_concepts(profile: Profile, terms: LineageTerms, text: str, scale: float) -> None:
    for concept, surface in terms.find(text):
        profile.add(f"c:{concept}", CONCEPT * scale)
        profile.surfaces.setdefault(concept, set()).add(surface)
        broader = terms.broader.get(concept)
        if broader:
            profile.add(f"c:{broader}", BROADER * scale)


@lru_cache(maxsize=50_000)
def _title_features(title: str, terms: LineageTerms) -> tuple[tuple[str, float], ...]:
    profile = Profile()
    for word in title_words(title):
        profile.add(f"w:{word}", TITLE_WORD)
    for gram in bigrams(title):
        profile.add(f"g:{gram}", TITLE_BIGRAM)
    _add_concepts(profile, terms, title, 1.0)
    return tuple(profile.weights.items())


def profile(unit: Unit, terms: LineageTerms) -> Profile:
    """The unit's features: its title in full, its grouping and text more weakly."""
    result = Profile()
    for feature, weight in _title_features(unit.title, terms):
        result.add(feature, weight)
    result.own = set(result.weights)
    for concept, surface in terms.find(unit.title):
        result.surfaces.setdefault(concept, set()).add(surface)
    for name in unit.fields:
        result.add(f"c:{name}", CONCEPT * CONTEXT)
    for depth, title in enumerate(unit.context):
        scale = CONTEXT / (1 + depth)
        for feature, weight in _title_features(title, terms):
            result.add(feature, weight * scale)
    for title in unit.below:
        for feature, weight in _title_features(title, terms):
            result.add(feature, weight * BELOW)
    text = unit.text[:TEXT_CHARS]
    for gram in bigrams(text):
        result.add(f"g:{gram}", TITLE_BIGRAM * TEXT)
    _add_concepts(result, terms, text, TEXT)
    return result


@dataclass
class Space:
    """The units of two plans as L2-normalised TF-IDF rows (later first, then earlier)."""

    later: list[Unit]
    earlier: list[Unit]
    profiles: list[Profile]
    features: list[str]
    matrix: Any  # scipy CSR, one row per unit

    def rows(self, side: str) -> Any:
        return self.matrix[: len(self.later)] if side == "later" else self.matrix[len(self.later) :]


def build_space(later: Sequence[Unit], earlier: Sequence[Unit], terms: LineageTerms) -> Space:
    units = [*later, *earlier]
    profiles = [profile(u, terms) for u in units]
    index: dict[str, int] = {}
    df: list[int] = []
    for p in profiles:
        for feature in p.weights:
            column = index.setdefault(feature, len(df))
            if column == len(df):
                df.append(0)
            df[column] += 1
    n = len(units)
    idf = np.log((n + 1) / (np.asarray(df, dtype=float) + 1)) + 1.0 if df else np.zeros(0)
    indptr, indices, data = [0], [], []
    for p in profiles:
        for feature, weight in p.weights.items():
            column = index[feature]
            indices.append(column)
            data.append(math.log1p(weight) * idf[column])
        indptr.append(len(indices))
    matrix = sparse.csr_matrix((data, indices, indptr), shape=(n, len(df)), dtype=float)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = sparse.diags(1.0 / norms) @ matrix
    features = [""] * len(index)
    for feature, column in index.items():
        features[column] = feature
    return Space(list(later), list(earlier), profiles, features, matrix.tocsr())


def scores(space: Space) -> Any:
    """Cosine of every later unit with every earlier one (dense, later × earlier)."""
    product = space.rows("later") @ space.rows("earlier").T
    return product.toarray()


def explain(space: Space, i: int, j: int) -> tuple[tuple[str, ...], str]:
    """The shared features that made later unit ``i`` like earlier unit ``j``, readably, and the
    method: which kinds of evidence they are (words, vocabulary, context)."""
    late, early = space.rows("later")[i], space.rows("earlier")[j]
    product = late.multiply(early).tocoo()
    order = sorted(zip(product.data, product.col, strict=True), key=lambda w: (-w[0], space.features[w[1]]))
    later_profile, earlier_profile = space.profiles[i], space.profiles[len(space.later) + j]
    shown: list[str] = []
    kinds: set[str] = set()
    for _, column in order:
        feature = space.features[column]
        kind, term = feature[:1], feature[2:]
        if kind == "g" and any(term in s for s in shown):
            continue
        if kind == "c":
            forms = sorted(later_profile.surfaces.get(term, set()) | earlier_profile.surfaces.get(term, set()))
            forms = [f for f in forms if f != term]
            shown.append(f"≈{term}" + (f"（{'/'.join(forms[:3])}）" if forms else ""))
            kinds.add("vocabulary")
        else:
            shown.append(term)
            kinds.add("words")
        if feature not in later_profile.own or feature not in earlier_profile.own:
            kinds.add("context")
        if len(shown) >= EXPLAIN_TERMS:
            break
    method = "+".join(k for k in ("words", "vocabulary", "context") if k in kinds)
    return tuple(shown), method


_PREPARED: set[str] = set()


def prepare(words: Iterable[str]) -> None:
    """Keep vocabulary terms whole when cutting titles (lineage's own jieba instance)."""
    new = [w for w in words if len(w) > 1 and w not in _PREPARED]
    if not new:
        return
    cutter = tokenizer()
    for word in new:
        cutter.add_word(word, 20000, "nz")
        _PREPARED.add(word)
    title_words.cache_clear()
    _title_features.cache_clear()
