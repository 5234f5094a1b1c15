"""Platform causes of the recent rounds (plat29, session 29): reviews of the year that report a platform as the
subject of what was achieved with it (rounds 27-28). Each case is a short excerpt of a scored text; guards pin
what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_platform_reported_done_in_a_review_is_read() -> None:
    # ACHIEVED_AFTER: 杭州's, 苏州's and 广州's government work reports, the year's review (rounds 27-28)
    platforms, _ = document(
        "引进国际组织6家，金砖国家特殊经济区中国合作中心正式落地，中非数字技术合作中心获批建设。"
        "大科学计划总部落户，“东数西算”长三角算力调度中心建成启用，数字化改革深入实施。"
        "海洋经济可信数据空间入选国家创新试点，3个数据集入选国家高质量数据集试点。"
    )
    assert {
        "金砖国家特殊经济区中国合作中心",
        "中非数字技术合作中心",
        "“东数西算”长三角算力调度中心",
        "海洋经济可信数据空间",
    } <= platforms


def test_a_kind_reported_done_stays_a_kind() -> None:
    # guard: the predicate frames a name; a class of platforms stays a class
    platforms, _ = document(
        "各区一批创新平台建成投用，服务能力明显提升。若有多家算力中心运营机构，则按比例负担。"
        "全域推广社会治理网格化联动机制，四级“一站式”矛调中心全面建成。"
    )
    assert not {p for p in platforms if p.endswith(("创新平台", "算力中心", "矛调中心"))}


def test_valleys_named_by_a_place_or_international_are_read() -> None:
    # VALLEY_ENDINGS: 杭州's 2026 report (round 33), 北京's and 南京's outlines (rounds 24, 32)
    platforms, _ = document(
        "建设中国视谷、中国数谷、中国云谷等产业地标。打造中关村翠湖科技园区、国际医谷等一批高品质园区。"
        "支持江苏国际数碳谷建设。"
    )
    assert {"中国视谷", "中国数谷", "中国云谷", "国际医谷", "江苏国际数碳谷"} <= platforms


def test_a_campus_named_after_a_valley_is_no_valley() -> None:
    # guard (重庆's outline, round 27): 智谷 runs on into 校区
    platforms, _ = document("新建重庆大学智谷校区、西南大学两江水土校区，推动提质发展。")
    assert not {p for p in platforms if p.endswith("智谷")}


def test_a_bracketed_part_of_a_place_after_a_plain_word_stays_in_the_name() -> None:
    # PLACE_PART_BRACKET: 苏州's 十五五 outline and 2026 report (rounds 27, 30)
    platforms, _ = document("高水平建设江南文化（苏州片区）生态保护实验区，加强非遗保护。")
    assert "江南文化（苏州片区）生态保护实验区" in platforms
    assert "生态保护实验区" not in platforms


def test_a_bracketed_part_of_a_place_after_a_zone_qualifies_the_zone() -> None:
    # guard: after a zone's ending the part stays a qualifier and the run ends there
    platforms, _ = document("推进中国（江苏）自由贸易试验区（苏州片区）与苏州工业园区联动发展。")
    assert "苏州工业园区" in platforms
    assert not {p for p in platforms if "与" in p}


def test_a_zone_two_places_integrate_is_named_with_both() -> None:
    # JOINT_ZONE_WORDS: 北京's 2026 review and 十五五 outline (rounds 28, 32); guard: the partners' own heads
    platforms, _ = document(
        "扎实推进通州区与北三县一体化高质量发展示范区建设，白庙南北检查站完成改造。加快济南和青岛国家骨干冷链物流基地建设。"
    )
    assert "通州区与北三县一体化高质量发展示范区" in platforms
    assert "北三县一体化高质量发展示范区" not in platforms
    assert "青岛国家骨干冷链物流基地" in platforms


def test_a_zone_ranked_among_its_peers_ends_before_the_ranking() -> None:
    # 稳居 in ANCHOR_WORDS: 广州's 2026 review (round 28)
    platforms, _ = document(
        "南沙综保区跨境电商进出口额稳居全国综保区第一，自贸区建设提速。广州经开区综合实力稳居国家级经开区第二。"
    )
    assert {"南沙综保区", "广州经开区"} <= platforms
    assert not {p for p in platforms if "稳居" in p}
