"""Targets written in prose, as met in round 17 (fix17ind): 约 before a value, targets listed with 、 in one
clause, and 分别 clauses over whole names. Excerpts from heldout17 plans; each test fails without its rule."""

from __future__ import annotations

from bench.eval_indicators import documents, predict
from plankg.loaders.extract.indicators import _clause_targets


def test_approx_before_a_value_and_targets_listed_in_one_clause() -> None:
    # nat-energy-saving-2024 (国务院 2024—2025年节能降碳行动方案): APPROX_BEFORE_VALUE, LISTED_TARGET_CLAUSES
    clause = "重点领域和行业节能降碳改造形成节能量约5000万吨标准煤、减排二氧化碳约1.3亿吨"
    assert [(n, v) for n, v, _ in _clause_targets(clause, counts=True)] == [
        ("重点领域和行业节能降碳改造形成节能量", "约5000万吨标准煤"),
        ("减排二氧化碳", "约1.3亿吨"),
    ]
    # a 、 inside a name lists no targets: the clause is read whole or not at all
    got = _clause_targets("工业、农业、建筑等领域设备投资规模较2023年增长25%以上", counts=True)
    assert [(n, v) for n, v, _ in got] == [("工业、农业、建筑等领域设备投资规模较2023年增长", "25%以上")]


def test_shared_value_clauses_over_whole_names() -> None:
    # ln-equipment-renewal-2024 and nat-energy-saving-2024: WHOLE_NAME_SUBJECT_MIN (及 inside 普及率 splits nothing)
    got = _clause_targets("规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过95%、75%")
    assert [(n, v) for n, v, _ in got] == [
        ("规模以上工业企业数字化研发设计工具普及率", "95%"),
        ("关键工序数控化率", "75%"),
    ]
    got = _clause_targets("单位国内生产总值能源消耗和二氧化碳排放分别降低2.5%左右、3.9%左右")
    assert [(n, v) for n, v, _ in got] == [
        ("单位国内生产总值能源消耗降低", "2.5%左右"),
        ("二氧化碳排放降低", "3.9%左右"),
    ]


def test_the_goal_paragraphs_of_the_energy_saving_plan_give_every_target() -> None:
    # the whole heldout17 text: six targets in its 2024 paragraph, three in its 2025 one (gold: 9)
    entry = next(d for d in documents("heldout17") if d["id"] == "nat-energy-saving-2024")
    got = {(i.name, i.target, i.year) for i in predict(entry)}
    assert {("减排二氧化碳", "1.3亿", 2024), ("减排二氧化碳", "1.3亿", 2025)} <= got
    assert ("二氧化碳排放降低", "3.9%", 2024) in got and len(got) == 9


def test_a_gloss_before_the_qualifier_and_the_area_before_the_verb_are_no_part_of_a_count() -> None:
    # jl-charging-infra-2024 (VALUE_GLOSS_INNER, SCOPE_BEFORE_VERB) and hn-charging-infra-2023 (SCOPE_BEFORE_VERB)
    clause = "全省计划建成充电桩12万个（含私人桩）以上"
    assert _clause_targets(clause, counts=True) == [("充电桩", "12万个以上", len(clause))]
    assert [(n, v) for n, v, _ in _clause_targets("全省累计建成充电桩40万个以上", counts=True)] == [
        ("充电桩", "40万个以上")
    ]
