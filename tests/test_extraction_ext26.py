"""Session 25 (ext26) platform and institution causes seen on several development texts: each case is a
short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_sites_listed_before_a_kind_of_platform() -> None:
    # LISTED_SITE_KIND: 合肥's (heldout25), 南京's (heldout25) and 杭州's (heldout24) 十五五 plans
    platforms, _ = document("商务服务业，依托合肥法务区、天鹅湖文化商务区等平台，积极发展人力资源、高端法务。")
    assert "合肥法务区" in platforms
    platforms, _ = document(
        "依托江苏国际数据港、数字江苏科创园、中国（南京）智谷、江苏（南京）算数空间等平台，统筹建设中国高质量数据集产业基地。"
    )
    assert {"江苏国际数据港", "数字江苏科创园", "江苏（南京）算数空间"} <= platforms
    platforms, _ = document("发挥中国网络作家村、之江编剧村、中国文联“文艺两新”集聚区实践基地等平台载体作用。")
    assert {"中国网络作家村", "之江编剧村"} <= platforms
    # a national poverty plan (heldout2) and a science-centre plan (heldout13)
    platforms, _ = document("依托“中国农民丰收节”、中国社会扶贫网等平台，针对贫困地区策划相关活动。")
    assert "中国社会扶贫网" in platforms
    platforms, _ = document("积极争取承担超强超短激光、活细胞成像平台、海底观测网等新一批国家大科学设施建设任务。")
    assert "海底观测网" in platforms


def test_kinds_listed_before_a_kind_of_platform_stay_kinds() -> None:
    # a park EIA rule (heldout9): kinds of zone; the Shanghai 12th plan: lines of work; two provinces' work
    # reports (heldout4): networks
    platforms, _ = document(
        "省级人民政府批准设立的经济技术开发区、高新技术产业开发区、旅游度假区等产业园区，在编制开发建设有关规划时。"
    )
    assert "旅游度假区" not in platforms
    platforms, _ = document("建设面向云计算技术研发、云计算工程、云计算数据港、云计算体验以及云计算增值服务等研发基地")
    assert "云计算数据港" not in platforms
    platforms, _ = document("加快农村电网、公路等基础设施建设。推进燃气、供热管网等基础设施提质升级。")
    assert not {"农村电网", "供热管网"} & platforms


def test_a_region_s_comprehensive_national_science_centre() -> None:
    # NATIONAL_TITLE_QUALIFIER: 深圳's (heldout24) and 广州's (heldout25) 十五五 plans
    platforms, _ = document(
        "第一节 加快建设大湾区综合性国家科学中心\n以大湾区综合性国家科学中心为牵引，构建实验室体系。"
    )
    assert "大湾区综合性国家科学中心" in platforms
    # guard: the title alone is the class
    platforms, _ = document("以大湾区综合性国家科学中心为牵引。支持各地建设综合性国家科学中心。")
    assert "综合性国家科学中心" not in platforms


def test_cities_jieba_tags_as_common_words_are_places() -> None:
    # MISTAGGED_CITIES: 合肥's 十五五 plans (heldout25), 合肥 read as a noun; 大连 as an adverb (heldout2, 辽宁)
    platforms, institutions = document(
        "规划建设中国戏曲博物馆（合肥），持续办好“江淮之春”非遗传承·戏曲歌舞晚会。"
        "建强用好国际先进技术应用推进中心（合肥），重点推进骆岗公园、未来大科学城等城市级重大场景。"
    )
    assert "中国戏曲博物馆（合肥）" in institutions
    assert "国际先进技术应用推进中心（合肥）" in platforms
    platforms, _ = document("布局建设沈阳、大连、辽西地区绿色算力中心。")
    assert "辽西地区绿色算力中心" not in platforms
    # a place listed among industrial parks is the park there (LISTED_SITE_KIND; heldout19, 辽宁)
    platforms, _ = document("在辽河油田、大连长兴岛等工业园区建设CCUS示范工程。")
    assert "大连长兴岛" in platforms


def test_a_firm_s_tail_word_inside_a_registered_name() -> None:
    # FIRM_TAIL_RUNS_ON: an EIA approval (heldout18)
    _, institutions = document(
        "烟台泰山石化港口发展有限公司等7家公司油气回收改造，烟台恒广泰包装有限公司等13家公司治理。"
    )
    assert "烟台泰山石化" not in institutions
    # guard: a brand and its tail word alone (round 2)
    _, institutions = document("推进弘润石化转型升级。")
    assert "弘润石化" in institutions


def test_a_place_inside_a_platform_s_description() -> None:
    # PLACE_INSIDE_DESCRIPTION: 苏州's outline (heldout24) and 四川's work report (dev)
    platforms, _ = document("完善登记、匹配、估值、交易、结算等功能，用好先进技术成果长三角转化中心，支持成果转化。")
    assert "先进技术成果长三角转化中心" in platforms
    platforms, _ = document("发挥先进技术成果西部转化中心、绵阳全国军民两用技术交易中心等平台作用。")
    assert "先进技术成果西部转化中心" in platforms
    # guard: the region's role, not a platform (深圳's outline, heldout24)
    platforms, _ = document("产出更多标志性原创成果，支撑引领粤港澳大湾区国际科技创新中心建设。")
    assert not {p for p in platforms if p.endswith("国际科技创新中心")}
