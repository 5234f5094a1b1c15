"""Session 40's ext54 causes (issue #13): short state zones (高新区, 经开区) a review names, a zone's class of big
facilities after it, works before a conjunction, a zone opening a document's title. Each case is a short excerpt of a
real text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_zone_that_earned_a_status_ends_before_the_verb() -> None:
    # round 27, 苏州's review (suz-gwr26-review-tech-2026): 入选 (STATUS_EARNED) ends the zone's name
    platforms, _ = document("科技创新能力持续提升。苏州高新区入选国家高新区新赛道培育重点园区。现代服务业加快发展。")
    assert "苏州高新区" in platforms
    assert not any("入选" in name for name in platforms)


def test_a_short_zone_named_by_a_word_jieba_misreads() -> None:
    # round 40, 山西's review (sx-gwr26-review25-2026): 大同/d 经/p 开区 — the adverb is the city (SHORT_STATE_ZONE)
    platforms, _ = document(
        "混合储能调频电站成为国家绿色低碳先进技术示范项目，大同经开区、阳泉高新区入选首批国家级开发区。"
    )
    assert {"大同经开区", "阳泉高新区"} <= platforms


def test_a_zone_kind_in_a_list_stays_a_class() -> None:
    # guard: 新站 is no word of its own (新/a 站/v), tiers and kinds stay classes
    platforms, _ = document("推进高新区、经开区、新站高新区、安巢经开区等开发区全面提质发展，瞄准新兴产业。")
    assert "高新区" not in platforms
    assert "经开区" not in platforms


def test_a_science_city_before_its_big_facilities() -> None:
    # round 52, 北京's proposal for the 15th plan (bj-fyp15-proposal-newqual-2025): the facilities are the city's class
    platforms, _ = document("强化中关村科学城科技创新与产业创新策源功能，突出怀柔科学城重大科技基础设施集中优势。")
    assert "怀柔科学城" in platforms
    assert "怀柔科学城重大科技基础设施" not in platforms


def test_infrastructure_before_a_conjunction_is_an_item_of_its_own() -> None:
    # round 27, 重庆's digital-city outline (cq-fyp15-digicity-2026): 基础设施 (PROJECT_SUFFIX)
    platforms, _ = document(
        "建设运控中心、信关站等地面基础设施和卫星互联网运营服务平台、时空信息综合运营服务平台等运营基础设施，"
        "构建卫星互联网运营节点。"
    )
    assert "卫星互联网运营服务平台" in platforms
    assert not any(name.startswith("面基础设施") for name in platforms)
    # round 21, 国务院's AI plan (nat-aiplan-society-2017): one character before a long ending (计算中心)
    platforms, _ = document(
        "继续加强超级计算基础设施、分布式计算基础设施和云计算中心建设，构建可持续发展的高性能计算应用生态。"
    )
    assert "分布式计算基础设施和云计算中心" not in platforms


def test_a_zone_opening_a_document_title_is_its_scope() -> None:
    # rounds 50 and 52, 平潭's work summary and plan (fj-pingtan-jinjing-work-2023, fj-pingtan-eco-rectify-plan-2023)
    platforms, _ = document("广泛征求意见，牵头制订《平潭综合实验区餐饮业态打造提升攻坚行动方案》，推动业态提升。")
    assert "平潭综合实验区" not in platforms
    # guard: the zone outside a title is still named
    platforms, _ = document("制定《平潭综合实验区护林员队伍建设暂行管理办法》，规范管理。加快建设平潭综合实验区。")
    assert "平潭综合实验区" in platforms


def test_guards_a_zone_named_with_its_status_and_a_title_about_building_it() -> None:
    # round 15 (suz-carbonpeak-2024): the gold takes the base with its zone whole; no pilot (…试点) after the zone
    platforms, _ = document("推进苏州高新区国家绿色产业示范基地建设，打造绿色低碳发展样板区。")
    assert "苏州高新区国家绿色产业示范基地" in platforms
    # round 7 (jn-aizone-2020): a title about building the zone has it as its subject (ZONE_TITLE_GOES_ON)
    platforms, _ = document("为落实《济南国家新一代人工智能创新发展试验区建设方案》，加快推进试验区建设工作。")
    assert "济南国家新一代人工智能创新发展试验区" in platforms
