"""Rules written in session 40 (branch join54) for texts that lost their line breaks, each with the real excerpt it was
written from, shortened. Each rule's test fails without it; the guard tests keep its limits."""

from __future__ import annotations

from plankg.loaders.structure.headings import head_noun_end
from plankg.loaders.structure.segment import _glued_inline_title_end, _provision_title_end


def test_a_subsidy_part_s_title_ends_at_its_amount_noun() -> None:
    # SUBSIDY_AMOUNT_HEADS: tj-demand-response-2021 (heldout12), fj-mingxi-housing-measures-2022 (heldout49), joined
    title = "补贴价格天津市2021年春节期间需求响应固定补贴价格模式的补贴价格为1.2元/千瓦时"
    assert _glued_inline_title_end(title) == len("补贴价格")
    # bj-old-truck-scrappage-rules-2026 (heldout50), joined
    title = "补贴标准对仅报废国四、报废更新为新能源、仅新购冷链的货车，按照报废车辆类型、报废时间和新购置车辆类型等"
    assert _glued_inline_title_end(title) == len("补贴标准")
    sentence = "补贴总额度本文件实施期内购房消费补贴总额不超过 1000 万元"
    assert _provision_title_end(sentence) == len("补贴总额度")


def test_an_amount_noun_without_its_grant_or_going_on_ends_nothing() -> None:
    # SUBSIDY_AMOUNT_HEADS' limits: bare 价格 / 标准 qualify what follows; 补贴标准化 / 补贴标准为… go on
    for clause in ("完善价格形成机制", "坚持高标准建设原则", "推进补贴标准化管理工作", "补助标准为每人每月500元"):
        end = head_noun_end(clause)
        assert end is None or clause[end - 2 : end] not in ("价格", "标准"), clause
