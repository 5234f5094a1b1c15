"""Platform rules added in session 15 (issue #13, rounds 8-12 read with --details): classes a text
marks by its builders or by the list around a name, and a bare restatement of a qualified name.
Example sentences written for the general cases; guards ("also…") pin what a rule must leave alone."""

from __future__ import annotations

from plankg.loaders.rules import names as rules
from plankg.loaders.rules.named import NamedPattern
from tests.extracting import document


def test_each_new_rule_matches_its_example() -> None:
    for rule in (rules.TOWN_TIER_LIST, rules.DISTRIBUTED_BUILD, rules.SITE_KIND_LIST_AFTER, rules.RESTATED_QUALIFIER):
        assert isinstance(rule, NamedPattern)
        assert rule.pattern.search(rule.example), rule.name


def test_a_platform_every_province_built_is_a_class() -> None:
    """DISTRIBUTED_BUILD: "各省份均建立了…平台" is one per province, wherever else the name appears."""
    platforms, _ = document("二是推进排污许可信息公开平台建设。全国各省份均建立了排污许可信息公开平台。")
    assert "排污许可信息公开平台" not in platforms


def test_a_quoted_platform_every_place_built_stays() -> None:
    """DISTRIBUTED_BUILD leaves a name with a mark of its own."""
    platforms, _ = document("各地均建立了“智慧养老”服务平台。")
    assert "“智慧养老”服务平台" in platforms


def test_tiers_down_to_the_streets_make_a_class() -> None:
    """TOWN_TIER_LIST: "市、区、街道（镇）…平台" is one per tier; the city's own platform stays."""
    platforms, _ = document("统筹市、区、街道（镇）社区养老综合服务平台、老年活动室等设施资源。")
    assert not platforms
    platforms, _ = document("依托市社区养老综合服务平台开展服务。")
    assert "市社区养老综合服务平台" in platforms


def test_examples_of_a_kind_of_site_are_kinds() -> None:
    """SITE_KIND_LIST_AFTER: items before "等场所" / "等载体" name kinds of sites, a placed name stays."""
    platforms, _ = document(
        "检查组对原料堆场、材料检测实验室、搅拌站等场所开展检查。积极对接小微企业公共服务平台等载体。"
    )
    assert not platforms
    platforms, _ = document("依托上海张江实验室等载体开展研究。")
    assert "上海张江实验室" in platforms


def test_a_supervision_platform_keeps_the_clean_up_in_its_name() -> None:
    """整治 before 监管 is part of a platform's name, not the verb (_GUARDED_ANCHORS)."""
    platforms, institutions = document("建立河道黑臭整治监管平台，接受群众投诉。重点整治银行强制搭售产品行为。")
    assert "河道黑臭整治监管平台" in platforms
    assert not any("银行" in name for name in institutions)


def test_a_bare_restatement_of_a_qualified_name_is_the_same_platform() -> None:
    """RESTATED_QUALIFIER: the bare form after "国家（江苏）…基地" is that base, not a second one."""
    platforms, _ = document("加快推进国家（江苏）海洋装备公共研发基地建设。做好海洋装备公共研发基地的可行性研究。")
    assert platforms == {"国家（江苏）海洋装备公共研发基地"}


def test_a_field_term_is_no_proper_word_of_a_shared_head() -> None:
    """_proper_words: a field term jieba was fed (大数据, tagged nz) does not make "…、环境大数据平台" a
    name of its own; the modifiers before it share the head. Also: a place among them still names one."""
    platforms, _ = document("整合完善水利、交通、气象大数据平台，推进数据共享。")
    assert not platforms
    platforms, _ = document("建设张江、临港人工智能平台。")
    assert "临港人工智能平台" in platforms


def test_the_author_of_a_cited_document_is_no_actor() -> None:
    """CITED_TITLE: a body named only inside 《…》 wrote the cited paper; one also named outside stays."""
    _, institutions = document(
        "根据《杭州市人民政府办公厅关于印发杭州市残疾预防行动方案的通知》和《杭州市财政局关于规范专项资金"
        "管理的通知》，制定本办法。杭州市残疾人联合会负责组织实施，杭州市财政局负责经费保障。"
    )
    assert "杭州市人民政府办公厅" not in institutions
    assert {"杭州市残疾人联合会", "杭州市财政局"} <= institutions
