"""Lineage fixes of branch lin59 (session 45), each with the excerpt it was written from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plankg.lineage import succession
from plankg.lineage.succession import PlanInfo, infer_successions, named_concepts
from plankg.loaders.text.read import guess_meta
from plankg.pipeline import read_text

PLANS = Path(__file__).parent / "realworld" / "lineage56" / "plans"


def test_a_renamed_fire_campaign_names_the_concept_its_predecessor_names() -> None:
    # RENAMED_SERIES_CONCEPT: 消防 and 火灾隐患 name one line of work (lineage_terms.yaml 城市安全); a place is none
    assert named_concepts("芦洋乡夏季消防安全检查实施方案") == {"城市安全"}
    assert named_concepts("芦洋乡火灾隐患排查活动实施方案") == {"城市安全"}
    # a concept named only through its broader one is not named: 体外诊断 is 医疗器械 (broader 生物医药)
    assert named_concepts("体外诊断试剂发展方案") == {"医疗器械"}
    assert not named_concepts("生物医药产业发展方案") & named_concepts("体外诊断试剂发展方案")
    # a generic title names none
    assert named_concepts("芦洋乡2017年工作方案") == set()


def _township_plans() -> tuple[list[PlanInfo], dict[str, str]]:
    plans: list[PlanInfo] = []
    body: dict[str, str] = {}
    for path in sorted(PLANS.glob("ly-*.txt")):
        text, sha = read_text(path)
        meta = guess_meta(text, path.stem, sha)
        plans.append(PlanInfo.from_row(meta.model_dump()))
        body[meta.id] = text
    return plans, body


def test_a_townships_renamed_summer_fire_campaign_follows_the_year_before(monkeypatch: Any) -> None:
    """芦洋乡人民政府's "芦洋乡夏季消防安全检查实施方案" (2016) → "芦洋乡火灾隐患排查活动实施方案" (2017): its
    title shares only 芦洋/洋乡 with the 2016 one (SERIES_TITLE_PAIRS 3), the texts are alike at 0.31 (the most alike
    of the township's); lineage56's corpus writes the succession (B)."""
    plans, body = _township_plans()

    def texts(ids: Any) -> dict[str, str]:
        return {i: body[i] for i in ids}

    pair = ("ly-fire-hazard-activity-2017", "ly-summer-fire-check-2016")
    found = {(s.later, s.earlier): s.reason for s in infer_successions(plans, texts) if s.method == "inferred"}
    assert found[pair].startswith("one issuer's series (芦洋乡人民政府, 2016 → 2017")
    monkeypatch.setattr(succession, "RENAMED_SERIES_CONCEPT", False)
    found = {(s.later, s.earlier): s.reason for s in infer_successions(plans, texts) if s.method == "inferred"}
    assert pair not in found
