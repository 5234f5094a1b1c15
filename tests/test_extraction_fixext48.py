"""Session 36 (fixext48) platform and institution causes of round 48 (heldout48): each case is a short excerpt of a
scored text that failed before its rule; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document

# 重庆's smart-city digest of land-and-housing targets (heldout48), one paragraph of the JSONP string.
CQ_2019 = (
    "2019年，全面建成“国土房管云”，数据智能化技术体系基本形成，监测监管平台上线运行，六大领域智能化建设成果与"
    "监测监管平台、大数据智能化共享平台、应急调度指挥平台初步融合。"
)


def test_a_platform_reported_live_is_one_platform() -> None:
    # LAUNCHED_AFTER: plain words, but the text has it go live
    platforms, _ = document(CQ_2019)
    assert "监测监管平台" in platforms
    # guard: the same plain kind with no launch stays a kind
    platforms, _ = document("推动建设监测监管平台，提升监管能力。")
    assert "监测监管平台" not in platforms


def test_a_quoted_cloud_closing_its_clause_is_the_platform() -> None:
    # QUOTED_CLOUD_CLOSES
    platforms, _ = document(CQ_2019)
    assert "国土房管云" in platforms
    # guard: a quoted cloud before a platform is the platform's brand (ENDING_RUNS_ON)
    platforms, _ = document("建设“水之云”服务平台。")
    assert "国土房管云" not in platforms and "水之云" not in platforms


def test_district_and_county_centres_are_a_class() -> None:
    # TIER_PAIR_OPENING: 区县 opens one centre per district
    _, institutions = document("12月底前推广至主城区和有条件的区县不动产登记中心；不动产登记档案自助查询。")
    assert "区县不动产登记中心" not in institutions
    # guard: one level's own centre is still named (LEVEL_AGENCY)
    _, institutions = document("由区土地储备中心对节余地块进行收储。")
    assert "区土地储备中心" in institutions


def test_suited_to_opens_no_zone_name() -> None:
    # 适合 in ANCHOR_WORDS
    platforms, _ = document("赋予雄安新区地方标准制定权限，构建适合雄安新区高标准建设、高质量发展的标准体系。")
    assert "适合雄安新区" not in platforms
    assert "雄安新区" in platforms


def test_the_legislature_and_the_supreme_court_by_short_forms() -> None:
    # NAMED_INSTITUTIONS: 全国人大, 最高法, 最高检 (生态环境部's 2020 reply)
    _, institutions = document(
        "2020年5月28日全国人大审议通过的民法典侵权责任编第七章规定了较完备的民事侵权责任。"
        "2020年8月，生态环境部和最高法、最高检、司法部、自然资源部等11个部门，联合印发了《关于推进生态环境损害赔偿制度"
        "改革若干具体问题的意见》。"
    )
    assert {"全国人大", "最高法", "最高检", "生态环境部", "司法部"} <= institutions
    # guard: ENDING_RUNS_ON keeps 最高法 out of longer words
    _, institutions = document("罚款数额不得超过最高法定限额。")
    assert "最高法" not in institutions


def test_a_quoted_kind_after_its_description_closes_the_name() -> None:
    # QUOTED_KIND_TAIL: the gold keeps the quotes
    platforms, _ = document("推进城市智能化建设。建设公共文化服务“云平台”。")
    assert "公共文化服务“云平台”" in platforms
    # guard: a quoted brand before a platform stays the platform's (PLACE_IN_NAME)
    platforms, _ = document("建设“水之云”服务平台。")
    assert "“水之云”服务平台" in platforms


def test_a_quoted_kind_after_a_naming_verb_or_a_name_is_no_tail() -> None:
    # guard: QUOTED_KIND_NAMING (a short form defined) and a zone's quoted role (heldout12, heldout23)
    platforms, _ = document("本办法所称粤港澳青年创新创业基地（以下统称“基地”），是指为青年提供服务的载体。")
    assert not any(p.endswith("“基地”") for p in platforms)
    platforms, _ = document("推动珞璜片区“先行区”建设发展。")
    assert "珞璜片区“先行区”" not in platforms
