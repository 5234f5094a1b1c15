"""Round 34's platform and institution causes (fix34ext, session 29): nine parts of 2026 provincial government work
reports (one paragraph a line, run-in lead sentences). Each case is a short excerpt of a scored text; guards pin what
the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_national_parks_and_archaeological_parks_a_province_builds_are_platforms() -> None:
    # endings 国家公园, 考古遗址公园 (广西's and 重庆's 2026 reports, round 34)
    platforms, institutions = document(
        "推进西南岩溶国家公园和南宁国家植物园创建。加强石漠化综合治理。实施博物馆提质工程，提档建设钓鱼城国家考古遗址公园。"
    )
    assert {"西南岩溶国家公园", "钓鱼城国家考古遗址公园"} <= platforms
    assert "西南岩溶国家公园和南宁国家植物园" not in platforms | institutions  # two names, not one
    # guard: the bare kinds are classes (a national outline, 青海's report)
    platforms, _ = document("推进国家公园建设。加快构建以国家公园为主体的自然保护地体系。支持神农架创建国家公园。")
    assert not {"国家公园"} & platforms


def test_a_national_cultural_park_keeps_its_provinces_section() -> None:
    # SECTION_AFTER (湖北's, 广东's and 江苏's 2026 reports, round 34)
    platforms, _ = document(
        "加快建设长江国家文化公园（湖北段）、长江博物馆等重大项目。用好红色资源，建设好长征国家文化公园（广东段），"
        "教育引导青少年。推动文化遗产系统性保护和利用，建好长江、大运河国家文化公园江苏段，加强保护。"
    )
    assert {"长江国家文化公园（湖北段）", "长征国家文化公园（广东段）", "大运河国家文化公园江苏段"} <= platforms


def test_a_measure_of_how_many_museums_names_none() -> None:
    # COUNT_MEASURE_CONTINUATION (甘肃's 2026 report, a review, round 34)
    _, institutions = document("人均博物馆拥有量居全国第1位。建成甘肃省博物馆新馆。")
    assert not any(name.endswith("人均博物馆") for name in institutions)


def test_a_status_places_earned_names_no_body() -> None:
    # STATUS_EARNED inside an institution's candidate (甘肃's 2026 report, round 34)
    _, institutions = document("金昌、庆阳、白银入选全国紧密型城市医疗集团试点城市。")
    assert not any("医疗集团" in name for name in institutions)
    # guard: a body that earned a status before the verb stays
    _, institutions = document("支持兰州大学入选国家一流大学建设名单。")
    assert "兰州大学" in institutions


def test_a_verb_before_a_class_of_hospitals_or_a_tier_of_college_names_none() -> None:
    # _after_leading_verb_of_class; 职业 本科 as generic words (湖南's and 河南's 2026 reports, round 34)
    _, institutions = document(
        "实施新生儿医保免缴政策，实行定点医院分娩医保政策范围内费用个人“零自付”。"
        "支持符合条件的高职高专学校升格为职业本科大学。"
    )
    assert not {"实行定点医院", "定点医院", "职业本科大学"} & institutions
    # guard: a name of its own after a verb is cut there, and colleges with a place keep it
    _, institutions = document("修缮上海水产公司。支持重庆旅游职业学院发展。")
    assert {"上海水产公司", "重庆旅游职业学院"} <= institutions
    # guard: a word jieba tags a verb opening a name of its own or a firm (天津's 2026 report, heldout2; a 2019 notice)
    _, institutions = document(
        "推动特变电工智慧产业园、通用机床研究院等投运增效。广东省能源集团有限公司、申能股份有限公司负责碳排放管理。"
    )
    assert {"通用机床研究院", "申能股份有限公司"} <= institutions


def test_what_a_review_says_a_park_or_zone_achieved_deploys_it() -> None:
    # ACHIEVED_AFTER (甘肃's 2026 report, a five-year review, round 34)
    platforms, _ = document(
        "大熊猫国家公园成立运行。临夏地质公园获批世界地质公园。"
        "金昌经开区、庆阳东数西算产业园入选首批国家级零碳园区建设名单，酒泉成为第二批国家碳达峰试点城市。"
    )
    assert {"大熊猫国家公园", "临夏地质公园", "庆阳东数西算产业园"} <= platforms
    # guard: a period after completion is a kind's criterion (上海's zero-carbon plan, dev)
    platforms, _ = document("零碳研发商办园区建成期的年综合能耗原则上应不小于3万吨标准煤。")
    assert "零碳研发商办园区" not in platforms
