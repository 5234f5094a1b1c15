"""What the segmentation rule tests share: a plan's metadata, a paragraph long enough to be body
text, and the section tree as (level, number, title)."""

from __future__ import annotations

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

META = PlanMeta(id="t", title="测试规划")
# A 方案's metadata, for texts whose own title line names a 方案.
SCHEME = PlanMeta(id="t", title="测试方案")
PARA = "这是一段足够长的正文内容，用来说明这一部分的具体要求和主要做法，以及实施安排。"


def tree(text: str, meta: PlanMeta = META) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in load_plan(text, meta).sections]
