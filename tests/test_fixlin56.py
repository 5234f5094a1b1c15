"""Round 56's lineage fixes (branch fixlin56, session 42), each with the excerpt it was written from (texts as plankg
reads them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plankg.lineage.succession import PlanInfo, infer_successions
from plankg.loaders.text.read import guess_meta

SHA = "0" * 64
PLANS = Path(__file__).parent / "realworld" / "lineage56" / "plans"

# ly-fire-hazard-campaign-2016 (lineage56): a township's page names the township alone as 发布机构, and the plan is
# unsigned ("来源：芦洋乡 附件下载" at its end)
TOWNSHIP_FIELD = (
    "标题: 芦洋乡2016年消防安全排查整治工作方案\n发布时间: 2016-04-12 16:46\n文号: \n发布机构: 芦洋乡\n栏目: 安全检查\n"
    "==================== 正文 ====================\n"
    "当前位置： 首页政务公开重点领域信息公开安全生产安全检查 芦洋乡2016年消防安全排查整治工作方案 "
    "时间：2016-04-12 16:46 "
    "微信 微博 QQ空间 岚芦政〔2016〕32号 芦洋乡2016年消防安全排查整治工作方案 各村、乡（场）直各单位： "
    "为深入贯彻落实福建省政府及区管委会关于消防安全排查整治工作的相关文件精神，进一步改善我乡消防安全状况，"
    "特制定本工作方案。 一、指导思想 以党的十八大精神为指导，提高社会单位自防自救能力。 来源：芦洋乡 附件下载"
)


def test_a_township_named_as_the_issuer_field_is_its_peoples_government() -> None:
    # TOWNSHIP_ISSUER_FIELD: before, no issuer (芦洋乡 does not end as an organ's name: ISSUER_FIELD_NOT_ORGAN)
    assert guess_meta(TOWNSHIP_FIELD, "stem", SHA).issuer == "芦洋乡人民政府"
    town = TOWNSHIP_FIELD.replace("发布机构: 芦洋乡", "发布机构: 潭城镇")
    assert guess_meta(town, "stem", SHA).issuer == "潭城镇人民政府"


def test_a_site_name_or_a_word_ending_in_xiang_is_still_no_issuer() -> None:
    # ISSUER_FIELD_NOT_ORGAN kept: a site's name, and 城乡 or 城镇 (words, not townships), name no government
    for value in ("中国平潭", "住房和城乡", "城镇"):
        meta = guess_meta(TOWNSHIP_FIELD.replace("发布机构: 芦洋乡", f"发布机构: {value}"), "stem", SHA)
        assert meta.issuer != value and meta.issuer != value + "人民政府"


def test_a_townships_renamed_yearly_fire_campaign_follows_the_year_before() -> None:
    """ISSUER_SERIES once the township's unsigned plans have its issuer: "芦洋乡2016年消防安全排查整治工作方案" →
    "芦洋乡2017年火灾隐患排查整治工作方案" (no 文号, no region guess_meta knows; the same six parts, "凡存在“三合一”
    现象的一律停业整改" in both, texts alike at 0.81). Before, the two had no issuer and the 2017 plan followed
    nothing."""
    from plankg.pipeline import read_text

    plans: list[PlanInfo] = []
    body: dict[str, str] = {}
    for path in sorted(PLANS.glob("ly-*.txt")):
        text, sha = read_text(path)
        meta = guess_meta(text, path.stem, sha)
        assert meta.region == "" and meta.issuer == "芦洋乡人民政府"
        plans.append(PlanInfo.from_row(meta.model_dump()))
        body[meta.id] = text

    def texts(ids: Any) -> dict[str, str]:
        return {i: body[i] for i in ids}

    found = {(s.later, s.earlier): s.reason for s in infer_successions(plans, texts) if s.method == "inferred"}
    # the renamed summer campaign (夏季消防安全检查 2016 → 火灾隐患排查活动 2017): RENAMED_SERIES_CONCEPT, since lin59
    assert set(found) == {
        ("ly-fire-hazard-campaign-2017", "ly-fire-hazard-campaign-2016"),
        ("ly-fire-hazard-activity-2017", "ly-summer-fire-check-2016"),
    }
    assert found["ly-fire-hazard-campaign-2017", "ly-fire-hazard-campaign-2016"].startswith(
        "one issuer's series (芦洋乡人民政府"
    )
