"""Round 35's platform and institution causes (fix35ext, session 30): seven review parts of 2026 provincial government
work reports (long lists of firms, parks and centres inside sentences). Each case is a short excerpt of a scored text;
guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_levels_standing_committee_and_mass_organisation_are_bodies() -> None:
    # 人大常委会 in NAMED_INSTITUTIONS, LEVEL_OF_NAMED_BODY (湖北's and 陕西's reviews of the 14th plan, round 35)
    _, institutions = document("法治政府建设扎实推进，提请省人大常委会审议地方性法规草案41件，制定省政府规章72部。")
    assert "省人大常委会" in institutions
    # VERB_BEFORE_NAMED_BODY: the verb the anchors miss is the clause's
    _, institutions = document("自觉依法接受省人大常委会监督。各地自觉接受省科协指导。")
    assert {"省人大常委会", "省科协"} <= institutions
    assert not any(name.startswith(("接受", "依法", "自觉")) for name in institutions)
    # guard: a place before the level is the name's own; a tier is a class
    _, institutions = document("支持上海市浦东新区科协开展科普工作。由区级残联组织负责。")
    assert "上海市浦东新区科协" in institutions
    assert not {"残联", "区级残联"} & institutions


def test_firms_ranked_after_a_count_are_firms() -> None:
    # RANK_AFTER_COUNT, RANKED_BRANDS (河南's review of the 14th plan, round 35)
    _, institutions = document(
        "民营经济活力迸发，新增经营主体370万户，牧原、宇通、华兰等一批龙头企业向强而跃，胖东来、蜜雪冰城等一批新锐企业向新而生。"
    )
    assert {"牧原", "宇通", "华兰", "胖东来", "蜜雪冰城"} <= institutions
    # guard: places and fields before such a rank are no firms
    _, institutions = document("上海、江苏等一批龙头企业加快发展。人工智能、生物医药等一批龙头企业不断壮大。")
    assert not {"上海", "江苏", "人工智能", "生物医药"} & institutions


def test_a_verb_before_a_transliterated_place_is_no_part_of_a_bank() -> None:
    # nrt in CLAUSE_VERB_OPENING_TAGS (新疆's review of the 14th plan, round 35)
    _, institutions = document(
        "实施农信社统一法人改革，成功推动新疆银行吸收合并库尔勒银行，探索地方金融改革化险新模式。"
    )
    assert {"新疆银行", "库尔勒银行"} <= institutions
    assert "合并库尔勒银行" not in institutions


def test_a_zone_named_by_a_place_word_and_what_the_state_granted() -> None:
    # PLACE_WORD_ZONE, 获准 and 获国家支持 in ACHIEVED_AFTER (河南's and 辽宁's reviews of the 14th plan, round 35)
    platforms, _ = document(
        "郑州国际陆港核心功能区建成投用，新郑综保区获准扩区。国防科技先进技术成果沈阳转化中心获国家支持建设。"
    )
    assert {"新郑综保区", "国防科技先进技术成果沈阳转化中心"} <= platforms
    # guard: a zone of a kind stays a class
    platforms, _ = document("支持试点地区政府建设综保区。")
    assert "综保区" not in platforms


def test_an_institutes_base_named_by_its_place_keeps_the_institute() -> None:
    # HOSTED_SITE (辽宁's review of the 14th plan, round 35)
    platforms, institutions = document(
        "华锦阿美精细化工、中国原子能科学院葫芦岛基地、大连金州湾国际机场等重点项目加快建设。"
    )
    assert "中国原子能科学院葫芦岛基地" in platforms
    assert "葫芦岛基地" not in platforms
    assert "中国原子能科学院" in institutions
    # guard: a national base a firm hosts is the base alone
    platforms, _ = document("——黄河上游水电开发有限责任公司国家光伏发电试验测试基地配套20MW储能电站项目。")
    assert "国家光伏发电试验测试基地" in platforms


def test_projects_settling_in_a_park_rely_on_it() -> None:
    # 落户 in PLATFORM_FRAME (辽宁's review of the 14th plan, round 35)
    platforms, _ = document("沈阳浑南科技城落户87个项目，中科院金属研究所创新港14个项目落户沈抚科创园。")
    assert "沈抚科创园" in platforms


def test_an_olympic_sports_centre_is_a_venue() -> None:
    # 奥体中心 an ending of kind 场馆, VENUE_SHORT_FORMS (湖南's review of 2025, round 35; round 23's list)
    platforms, institutions = document("生态绿心绿色转型发展方案获国家批复，长沙奥体中心开工建设。")
    assert "长沙奥体中心" in institutions
    assert "长沙奥体中心" not in platforms
    _, institutions = document("推动重庆国际博览中心、奥体中心、大田湾体育场等场馆综合利用。")
    assert {"重庆国际博览中心", "奥体中心"} <= institutions


def test_the_red_cross_and_the_family_planning_association_are_mass_organisations() -> None:
    # 红十字会 and 计生协 in NAMED_INSTITUTIONS (the convention settled in session 29; round 34, 湖南's and 河南's)
    _, institutions = document(
        "支持工会、共青团、妇联、残联、贸促会、红十字会、计生协、科协等群团组织更好发挥桥梁纽带作用。"
    )
    assert {"共青团", "妇联", "红十字会", "计生协", "贸促会"} <= institutions
    assert "工会" not in institutions  # any union: may


def test_coordinated_development_is_a_zones_own_word() -> None:
    # COORDINATED_ZONE (重庆's 成渝 part of its 2026 report, round 34)
    platforms, _ = document(
        "分类优化毗邻地区合作平台，提质建设川渝高竹新区、万达开统筹发展示范区，深化经济区与行政区适度分离改革。"
    )
    assert {"川渝高竹新区", "万达开统筹发展示范区"} <= platforms
    assert "发展示范区" not in platforms
    # guard: 统筹 before a park is the clause's verb
    platforms, _ = document("统筹零碳园区建设，定期跟进零碳园区建设情况。")
    assert not any(name.startswith("统筹") for name in platforms)


def test_a_status_the_review_says_was_won_is_a_platform() -> None:
    # SOUGHT_AND_WON (新疆's review of the 14th plan, round 35)
    platforms, _ = document("深化与中亚国家经贸往来。成功申建中国（新疆）自贸试验区，出台69项支持政策。")
    assert "中国（新疆）自贸试验区" in platforms
    # guard: a status sought is none the region has
    platforms, _ = document("支持鄂州申建空港综保区，支持襄阳争创国家农业高新技术产业示范区。")
    assert not {"空港综保区", "国家农业高新技术产业示范区"} & platforms


def test_a_list_of_lines_of_work_names_no_body() -> None:
    # LINES_OF_WORK_AFTER (杭州's 2026 review, round 28; 河南's review of the 14th plan, round 35)
    _, institutions = document(
        "工会、老龄、妇女儿童、青少年、残疾人、慈善、红十字会、爱国卫生等事业取得新进展。"
        "工会、共青团、妇女儿童、科协、残疾人、红十字、慈善等事业健康发展。"
    )
    assert not {"红十字会", "共青团", "科协", "红十字"} & institutions
    # guard: the same bodies in a 群团 list act
    _, institutions = document("支持工会、共青团、妇联、科协、残联、红十字会更好发挥作用。")
    assert {"共青团", "科协", "红十字会"} <= institutions
