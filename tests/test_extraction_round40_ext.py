"""Session 33 (ext42) platform and institution causes of rounds 40 and 41 (heldout40, heldout41): each case is a short
excerpt of a scored text that failed before its rule; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_above_is_no_anchor_before_a_place_opening_with_shang() -> None:
    # ABOVE_NOT_SHANGHAI: 上海's public-health S&T opinion (heldout40)
    platforms, institutions = document("以上海市预防医学科学院为我市传染病防控研究核心基地，依托我市相关机构。")
    assert "上海市预防医学科学院" in institutions
    assert "海市预防医学科学院" not in institutions
    # guard: 以上 after a count or a tier still cuts ("50家以上企业…")
    platforms, _ = document("支持省级及以上研发中心建设。")
    assert not any(p.startswith("以上") or p.startswith("上") for p in platforms)


def test_a_task_body_of_the_nation_keeps_its_task() -> None:
    # NATIONAL_TASK_BODY_WORDS: the national opinion on future industries (heldout41)
    _, institutions = document("在中央科技委领导下，按照国家制造强国建设领导小组要求，形成部际协同。")
    assert "国家制造强国建设领导小组" in institutions
    assert "强国建设领导小组" not in institutions
    # guard: a ministry after a verb is still cut after it
    _, institutions = document("该案例获应急管理部表彰。")
    assert "应急管理部" in institutions


def test_big_science_facilities_named_by_what_they_are() -> None:
    # BIG_SCIENCE_FACILITY_ENDINGS: 广东's 2026 review (heldout40)
    platforms, _ = document(
        "中国科学院东莞材料科学与技术研究所挂牌成立，江门中微子实验站、惠州强流重离子加速器建成运行，"
        "散裂中子源技术转化的新型重症治疗项目进入临床试验。"
    )
    assert {"江门中微子实验站", "惠州强流重离子加速器", "散裂中子源"} <= platforms
    # PLACE_NAMED_FACILITY_ENDINGS, LISTED_SCIENCE_FACILITY_KIND: 上海's public-health S&T opinion (heldout40)
    platforms, _ = document("引导上海光源、蛋白质设施等在沪重大科技基础设施开设疫病防控“绿色通道”。")
    assert {"上海光源", "蛋白质设施"} <= platforms
    # 本底站 (STATION_ENDINGS): 青海's 2026 review (heldout36)
    platforms, _ = document("瓦里关全球大气本底站入选全国绿色低碳典型案例。")
    assert "瓦里关全球大气本底站" in platforms


def test_kinds_of_light_sources_accelerators_and_stations_stay_classes() -> None:
    # guards: a light source without a place, a business accelerator, a station of a kind, other facilities' lists
    platforms, _ = document("选用高效LED节能灯具，充分利用自然光和太阳能光源。")
    assert not platforms
    platforms, _ = document("完善“众创空间—孵化器—加速器”服务体系。")
    assert not any(p.endswith("加速器") for p in platforms)
    platforms, _ = document("气象部门在青海瓦里关等地区建设了7个区域大气本底站。")
    assert not platforms
    platforms, _ = document("推进污水处理设施、垃圾处理设施等环境基础设施建设。")
    assert not any(p.endswith("设施") for p in platforms)


def test_pioneer_zones_of_beautiful_china_are_a_status() -> None:
    # BEAUTIFUL_CHINA_PIONEER: 上海's (heldout36), 山东's (heldout37) and 重庆's (heldout38) texts
    platforms, _ = document("推进公共服务共享、市场一体化等重点合作事项，打造长三角美丽中国先行区。")
    assert not platforms
    platforms, _ = document("空气质量改善幅度居全国前列。被明确为美丽中国省域先行区。")
    assert not platforms
    platforms, _ = document("协同推进降碳、减污、扩绿、增长，加快建设省域美丽中国先行区。")
    assert not platforms
    # guard: a pioneer zone a city builds is one
    platforms, _ = document("加快建设济南新旧动能转换先行区。")
    assert "济南新旧动能转换先行区" in platforms


def test_review_branches_of_the_drug_regulator_are_institutions() -> None:
    # REVIEW_INSPECTION_BRANCH: 重庆's review (heldout38), 湖北's (heldout35), 上海's medical-device plan (heldout41)
    platforms, institutions = document("营收规模突破5000亿元；国家药械审评检查西南分中心挂牌，“智融惠畅”工程加快。")
    assert "国家药械审评检查西南分中心" in institutions
    assert not platforms
    platforms, institutions = document("建成国家药品和医疗器械审评检查华中分中心等一批功能性项目。")
    assert "国家药品和医疗器械审评检查华中分中心" in institutions
    assert "国家药品和医疗器械审评检查华中分中心" not in platforms
    # guard: a branch of a national innovation centre stays a platform
    platforms, _ = document("建设国家油气地球物理勘探技术创新中心南京分中心。")
    assert "国家油气地球物理勘探技术创新中心南京分中心" in platforms


def test_an_alliance_the_plan_founds_is_one_body() -> None:
    # ASSOCIATION_SET_UP: the national opinion on future industries and 上海's BCI plan (heldout41)
    _, institutions = document("举办全球未来产业发展论坛等活动，组建未来产业国际创新联盟。加强合作。")
    assert "未来产业国际创新联盟" in institutions
    _, institutions = document("17.建立脑机接口产业创新战略联盟。引导企业、高校、科研院所等建立产业创新战略联盟。")
    assert institutions == {"脑机接口产业创新战略联盟"}
    # guards: others urged to found one each, and a bare kind
    _, institutions = document("鼓励贫困地区组建休闲农业和乡村旅游协会、产业及区域品牌联盟等组织。")
    assert not institutions
    _, institutions = document("组建产业联盟，打造协同创新平台。")
    assert not institutions
    # ASSOCIATION_KIND_WORDS: the kind of alliance set up field by field (sh-sti-12, data/plans)
    _, institutions = document("依托上海产业技术研究院、行业龙头骨干企业，组建产业技术创新战略联盟和应用技术创新平台。")
    assert "产业技术创新战略联盟" not in institutions


def test_national_designations_written_bare_are_classes() -> None:
    # NATIONAL_DESIGNATION_CLASS: the national plan on expanding demand and the opinion on future industries (heldout41)
    platforms, _ = document("完善物流基础设施网络。统筹国家物流枢纽、国家骨干冷链物流基地、示范物流园区等布局建设。")
    assert "国家骨干冷链物流基地" not in platforms
    platforms, _ = document("结合国家高新技术产业开发区、新型工业化产业示范基地等，创建未来产业先导区。")
    assert "新型工业化产业示范基地" not in platforms
    # guard: a place's own base is one
    platforms, _ = document("加快建设西宁国家骨干冷链物流基地。")
    assert "西宁国家骨干冷链物流基地" in platforms


def test_a_word_of_a_quoted_slogan_names_no_body() -> None:
    # UNCLOSED_QUOTE_BODY: 杨浦's innovation-zone plan (heldout40)
    _, institutions = document("依托杨浦区“大学+大厂”特色优势，推动人工智能、量子科技发展。")
    assert not institutions
    # guard: a body whose name holds a whole quotation
    _, institutions = document("倡议建立“一带一路”绿色发展国际联盟。")
    assert "“一带一路”绿色发展国际联盟" in institutions


def test_a_road_named_for_universities_is_no_host() -> None:
    # UNIVERSITY_CONTINUATION: 杨浦's innovation-zone plan (heldout40)
    platforms, _ = document("22.构建创新创业活力城区。深化大学路科创街区、环高校国际创新人文社区建设。")
    assert "大学路科创街区" in platforms
    assert "路科创街区" not in platforms


def test_a_device_designed_is_no_platform() -> None:
    # DESIGNED_AFTER: sh-stic-14 once 中子源 named facilities
    platforms, _ = document("突破高温超导磁体关键技术，完成高温超导聚变中子源的设计和关键部件制造。")
    assert not platforms


def test_the_ministry_tier_is_a_tier() -> None:
    # MINISTRY_TIER: the national emergency plan's projects (heldout41)
    platforms, _ = document("建设防汛抗旱应急技术、应急医学救援等国家级实验室和部级实验室。建设地震科学实验场。")
    assert "部级实验室" not in platforms
    assert "地震科学实验场" in platforms
