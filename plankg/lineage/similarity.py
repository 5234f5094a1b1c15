"""Task lineage across plans: which tasks of a later plan continue which tasks of an earlier one.

A later task continues an earlier one when they speak of the same things: TF-IDF vectors of
their words, compared by cosine similarity, plus a bonus for shared fields. Words come from
jieba (the field vocabulary is already in its user dictionary, see
``entities.add_user_words``), without the generic verbs and nouns every plan uses. The text of
a task is its title (twice: it names the subject), the title of the section it stands under
(a task "芯片研发" under "集成电路" is about integrated circuits) and its body.

Pure: profiles in, scored pairs out. The graph step that reads profiles from a store and
writes ``CONTINUES`` lives in ``plankg.pipeline``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import jieba
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

# Words every plan uses for every task: they say how, not what, and only blur similarity.
GENERIC_WORDS = frozenset(
    """
    的 和 与 及 等 在 为 对 以 开展 加强 推进 推动 加快 建设 研究 技术 发展 提升 重点 关键 实现
    形成 突破 研发 应用 领域 开发 支持 创新 体系 能力 产业 围绕 重大 一批 建立 完善 提高 进一步
    促进 构建 打造 实施 培育 加大 积极 着力 强化 深化 探索 基于 面向 相关 核心 重要 新型 方向 主要
    国际 国内 全市 我国 水平 领先 一流 具有 世界 全球 服务 示范 平台 系统 产品 关键技术 技术研究
    设计 重点任务 重大任务 主要任务 重点方向
    """.split()
)
# Block headings carry no subject; the section above them does.
BLOCK_TITLES = frozenset({"重大任务", "重点任务", "主要任务", "重点方向", "技术攻关"})
TOKEN_NOISE = re.compile(r"[\d\W_a-zA-Z]+")
# Cosine of TF-IDF vectors (+ field bonus) from which a pair counts as a continuation; chosen on
# the hand-checked pairs in tests/gold/lineage.yaml (bench/eval_lineage.py prints the trade-off).
MIN_SCORE = 0.25
FIELD_BONUS = 0.15
MAX_PER_TASK = 3
SHARED_TERMS = 5


@dataclass(frozen=True)
class TaskProfile:
    id: str
    plan_id: str
    title: str
    text: str
    section: str  # the subject-bearing section title above the task ("" if none)
    fields: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Continuation:
    later: str  # task id in the later plan
    earlier: str  # task id in the earlier plan
    score: float
    shared_terms: tuple[str, ...]


def tokens(text: str) -> list[str]:
    return [
        w for w in jieba.cut(text) if len(w) > 1 and w not in GENERIC_WORDS and not TOKEN_NOISE.fullmatch(w)
    ]


def _document(task: TaskProfile) -> str:
    return "。".join([task.section, task.title, task.title, task.text])


def continuations(later: list[TaskProfile], earlier: list[TaskProfile]) -> list[Continuation]:
    """For each later task, the earlier tasks it continues (best first, at most MAX_PER_TASK)."""
    later = sorted((t for t in later if t.title), key=lambda t: t.id)
    earlier = sorted((t for t in earlier if t.title), key=lambda t: t.id)
    if not later or not earlier:
        return []
    vectorizer = TfidfVectorizer(tokenizer=tokens, lowercase=False, token_pattern=None, sublinear_tf=True)
    matrix = vectorizer.fit_transform([_document(t) for t in later + earlier])
    terms = vectorizer.get_feature_names_out()
    late, early = matrix[: len(later)], matrix[len(later) :]
    similarity = cosine_similarity(late, early)
    found: list[Continuation] = []
    for i, task in enumerate(later):
        scored = []
        for j, other in enumerate(earlier):
            union = task.fields | other.fields
            bonus = FIELD_BONUS * len(task.fields & other.fields) / len(union) if union else 0.0
            score = round(float(similarity[i, j]) + bonus, 3)
            if score >= MIN_SCORE:
                scored.append((score, other.id, j))
        for score, other_id, j in sorted(scored, key=lambda s: (-s[0], s[1]))[:MAX_PER_TASK]:
            weights = late[i].multiply(early[j]).tocoo()
            best = sorted(zip(weights.data, weights.col, strict=True), key=lambda w: (-w[0], terms[w[1]]))
            shared = tuple(str(terms[c]) for _, c in best[:SHARED_TERMS])
            found.append(Continuation(task.id, other_id, score, shared))
    return found


def subject_section(titles_up: list[str]) -> str:
    """The nearest section title above a task that names a subject (not a block heading)."""
    return next((t for t in titles_up if t not in BLOCK_TITLES), "")
