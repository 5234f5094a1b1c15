"""Round 26's platform and institution causes (fix26ext, session 25): eighteen excerpts of 2026 government
work reports (深圳, 广州, 南京, 北京 portal pages on one line, 杭州 plain, 甘肃, 黑龙江, 青海, 福建 from CSV
cells). Each case is a short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_hospital_s_bases_keep_the_hospital_in_their_names() -> None:
    # HOSPITAL_OWNER_KINDS: 甘肃's report (round 26) and 重庆's health outline (round 25)
    platforms, _ = document(
        "加快推进省人民医院国家重大传染病防治基地、省中医院中医药传承创新中心、兰大二院国家紧急医学救援基地等重点项目。"
        "建设市中医院国家中医疫病防治基地。"
    )
    assert {
        "省人民医院国家重大传染病防治基地",
        "省中医院中医药传承创新中心",
        "兰大二院国家紧急医学救援基地",
        "市中医院国家中医疫病防治基地",
    } <= platforms
    assert not {"国家重大传染病防治基地", "中医药传承创新中心"} & platforms


def test_a_firm_s_national_base_is_still_named_without_the_firm() -> None:
    # guard: HOSTED_NATIONAL_OPENING (round 20) holds for firms
    platforms, _ = document("##### ——黄河上游水电开发有限责任公司国家光伏发电试验测试基地配套20MW储能电站项目\n")
    assert "国家光伏发电试验测试基地" in platforms


def test_a_conference_centre_is_a_venue() -> None:
    # 会议中心 (深圳's report, round 26): a venue, not a platform
    platforms, institutions = document("提升深圳国际会议中心外事服务功能。")
    assert "深圳国际会议中心" in institutions
    assert "深圳国际会议中心" not in platforms


def test_a_firm_jieba_knows_whole_keeps_its_name_in_a_project_list() -> None:
    # PROJECT_KNOWN_FIRM_TAG (广州's report, round 26): 广汽's own-brand battery, not a firm "广汽自主"
    _, institutions = document("支持广汽自主电池、增芯一期等项目增产增效。")
    assert {"广汽", "增芯"} <= institutions
    assert "广汽自主" not in institutions


def test_a_project_list_counts_the_firms_found_before_it() -> None:
    # PROJECT_LIST_FIRMS_MIN, PRODUCT_LINE_CODE, 高端 in PRODUCT_WORDS (广州's and 南京's reports, round 26)
    _, institutions = document("加快华星光电T8、粤芯四期等重大项目建设。")
    assert {"华星光电", "粤芯"} <= institutions
    _, institutions = document("推进扬子石化长链尼龙、金陵石化苏油特炼、诚志高端光学新材料等项目建设。")
    assert {"扬子石化", "金陵石化", "诚志"} <= institutions
    assert "诚志高端光学" not in institutions
    # guard: one firm found opening one item proves no list of firms (a plant's phase, a firm's line)
    _, institutions = document("支持现役煤电机组升级改造，加快国电湖东、同热三期等新一代煤电试点项目建设。")
    assert "同热" not in institutions
    _, institutions = document("加快推进上海电气全链智能化、上重铸锻能级提升等重大项目，推进地块整体转型。")
    assert "铸锻" not in institutions


def test_a_list_of_firms_projects_names_each_firm_whole() -> None:
    # FIRM_PROJECT_CLOSE (深圳's report, round 26; 杭州's review, round 28): firms named alone before 等…产业/外资项目
    _, institutions = document("加快建设西门子高端医疗影像设备、海克斯康、达索系统等重大外资项目，加快推动。")
    assert {"西门子", "海克斯康", "达索系统"} <= institutions
    _, institutions = document("新认定企业100家，落地中科盈德、通嘉宏瑞、智谱华章等重大产业项目。")
    assert {"中科盈德", "通嘉宏瑞", "智谱华章"} <= institutions
    # guard: a list naming a works (工程, FIRM_PROJECT_WORKS) is of projects (福建's report, round 4)
    _, institutions = document("加快中沙古雷乙烯、古雷炼化一体化工程二期等重大产业项目建设，推动产业发展。")
    assert not {"中沙古雷乙烯", "古雷炼化"} & institutions


def test_a_quoted_brand_opening_a_platform_s_name() -> None:
    # QUOTED_BRAND_OPENING (广州's report, round 26): the brand's words are generic, the name is one platform
    platforms, _ = document("上线“广智能”服务平台，构建人工智能空间平台体系。")
    assert "“广智能”服务平台" in platforms
    # guard: a formula in quotes stays no name, nor does a quoted description (QUOTED_DESCRIPTION_TAGS, heldout21)
    platforms, _ = document("建设“互联网+”服务平台。打造“一站式”综合服务平台。")
    assert not platforms


def test_clauses_joined_by_a_pause_mark_open_with_their_verb() -> None:
    # ANCHOR_WORDS 承建, 涵盖 (深圳's and 广州's reports, round 26): no verb glued to a class of centres
    platforms, _ = document(
        "承担国家重大科技攻关项目、承建国家级创新中心。构建涵盖赋能中心、应用场景和高价值园区的人工智能空间平台体系。"
    )
    assert not {"承建国家级创新中心", "涵盖赋能中心"} & platforms


def test_towns_ports_and_parks_a_work_report_builds() -> None:
    # endings 生态城, 服务城, 海洋城, 创业园, 制造园, 服务港 (广州's, 深圳's and 南京's reports, round 26)
    platforms, _ = document(
        "建设低空产业生态城、低空装备制造园。加快建设深港国际服务城等项目。高水平打造蛇口国际海洋城。"
        "推进南京高等职业教育创新创业园建设。高水平建设扬子江法律服务集聚区、江苏国际法商服务港。"
    )
    assert {
        "低空产业生态城",
        "低空装备制造园",
        "深港国际服务城",
        "蛇口国际海洋城",
        "南京高等职业教育创新创业园",
        "江苏国际法商服务港",
    } <= platforms
    # guard: a kind of town stays a class
    platforms, _ = document("支持大连建设现代海洋城。")
    assert "现代海洋城" not in platforms


def test_a_bracketed_region_ending_like_a_zone_stays_in_the_name() -> None:
    # REGIONAL_BRACKET (广州's report, round 26): 大湾区 ends like a zone (湾区) but is a region
    platforms, _ = document("高标准建设全国高校区域技术转移转化中心（大湾区），组建高水平技术经理人队伍。")
    assert "全国高校区域技术转移转化中心（大湾区）" in platforms


def test_a_firm_named_through_a_phase_of_its_project() -> None:
    # FIRM_PHASE (南京's report, round 26): 长安汽车 is an organisation to jieba; places and plants before a
    # phase are not
    _, institutions = document(
        "加快推进长安汽车二期，智能网联新能源汽车营收突破2700亿元。推进白龙核电一期、南沙港五期。"
    )
    assert "长安汽车" in institutions
    assert not {"白龙核电", "南沙港", "白龙"} & institutions


def test_a_national_facility_a_hospital_runs_is_named_alone() -> None:
    # guard of HOSPITAL_OWNED_ENDINGS (sh-stic-14): a facility, not a base or a centre
    platforms, _ = document("支持上海交通大学附属瑞金医院转化医学国家重大科技基础设施加快发展。")
    assert "转化医学国家重大科技基础设施" in platforms


def test_a_university_s_graduate_school() -> None:
    # 研究生院 (深圳's report, round 26): the school named with its university; a bare 研究生院 names none
    _, institutions = document("加快建设清华大学深圳国际研究生院（二期）。扩大研究生院招生规模。")
    assert "清华大学深圳国际研究生院" in institutions
    assert "研究生院" not in institutions


def test_research_facilities_named_by_their_kind_of_device() -> None:
    # 研究装置, 测量装置, 云脑 (广州's and 深圳's reports, round 26; 杭州's outline, round 24)
    platforms, _ = document(
        "加快建设冷泉生态系统研究装置。建好用好鹏城云脑Ⅲ等国家人工智能重大训力基础设施。建设超高灵敏极弱磁场和惯性测量装置。"
    )
    assert {"冷泉生态系统研究装置", "鹏城云脑", "超高灵敏极弱磁场和惯性测量装置"} <= platforms


def test_a_quoted_brand_of_a_longer_name_and_a_kind_of_entrepreneurship_park() -> None:
    # QUOTED_BRAND_OF_NAME (深圳's science outline, round 24) and 创业园 in PARK_KIND_ENDINGS (dev nat-agmech-2018)
    platforms, _ = document(
        "建设“鹏城云脑”网络智能重大科技基础设施。充分发挥现代农业产业园、农业科技园区、返乡创业园的科技支撑引领作用。"
    )
    assert not {"鹏城云脑", "返乡创业园"} & platforms


def test_a_science_park_an_academy_builds_keeps_the_academy() -> None:
    # HOSTED_TOWN_ENDINGS 科学园 (广州's report, round 26)
    platforms, _ = document("推进中国科学院广州明珠科学园建设，促进战略性新兴产业集聚发展。")
    assert "中国科学院广州明珠科学园" in platforms
    assert "广州明珠科学园" not in platforms
