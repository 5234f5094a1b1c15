"""Session 32's platform and institution causes (ext40, issue #13): a list of firms proven by its rank alone, a platform
whose use a review measures, the one platform of a whole jurisdiction. Each case is a short excerpt of a scored text;
guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_rank_alone_proves_a_list_of_new_brands_firms() -> None:
    # RANKED_BRANDS: jieba reads neither 超聚变 nor 中创智领 as a name (河南's review of the 14th plan, round 35)
    _, institutions = document("全球最大直径竖井掘进机成功下线，培育了超聚变、中创智领等一批行业领军企业。")
    assert {"超聚变", "中创智领"} <= institutions
    # guard: fields and places ranked so stay out
    _, institutions = document("人工智能、生物医药等一批领军企业不断壮大。上海、江苏等一批头部企业加快发展。")
    assert not {"人工智能", "生物医药", "上海", "江苏"} & institutions


def test_a_platform_whose_use_a_review_measures_is_one() -> None:
    # USAGE_MEASURED_AFTER (山东's 2026 review, round 37; 深圳's, round 28)
    platforms, _ = document("建设紧密型县域医共体172个，医疗机构检查结果互认平台服务群众1500万次。")
    assert "医疗机构检查结果互认平台" in platforms
    platforms, _ = document("新增停车位17万个，公共智慧停车平台服务量增长8倍。")
    assert "公共智慧停车平台" in platforms
    # guard: no figure, a joined subject, a description too short
    platforms, _ = document("提升公共智慧停车平台服务能力。候选集体和个人网络投票期间平台访问量达240万人次。")
    assert not platforms & {"公共智慧停车平台", "集体和个人网络投票期间平台"}


def test_the_unified_platform_of_a_jurisdiction_is_one() -> None:
    # UNIFIED_BEFORE (上海's 2026 report, round 38; 北京's 十五五 outline, round 32)
    platforms, _ = document("支持民营企业参与新型基础设施等领域项目，建设全市统一的中小企业融资服务平台。")
    assert "中小企业融资服务平台" in platforms
    platforms, _ = document("探索建立统一的智慧交通管理平台。")
    assert "智慧交通管理平台" in platforms
    # guard: a short description names none (ONE_PLATFORM_HEAD_MIN), whoever builds it
    platforms, _ = document("支持企业参与，建设全市统一的数据平台。按照统一的数据库编码标准收集数据。")
    assert not platforms & {"数据平台", "数据库"}


def test_a_proper_word_keeps_the_conjunction_character_inside_it() -> None:
    # UNSPLIT_PROPER_TAGS, UNSPLIT_CONJUNCTIONS (天津's 2026 reports, rounds 36 and 38; 新疆's review, round 35)
    platforms, _ = document("提升医疗卫生服务能力，加快协和天津基地、中医类国家医学中心建设。")
    assert "协和天津基地" in platforms
    _, institutions = document("成立汇和银行。")
    assert "汇和银行" in institutions
    # guard: a generic word of its own inside a proper one still names a class
    platforms, _ = document("争创国家新兴产业发展示范基地。建设天津基地。")
    assert not platforms & {"新兴产业发展示范基地", "天津基地"}


def test_a_count_of_projects_after_the_list_of_firms() -> None:
    # PROJECT_COUNT, PROJECT_RUN, PLACED_FIRM_SHORT (湖北's review of the 14th plan, round 35)
    _, institutions = document("长江存储二期、东风岚图、邦普时代等1.1万个重大产业项目投产达效。")
    assert {"长江存储", "东风岚图", "邦普时代"} <= institutions
    assert "存储" not in institutions
    # guard: a firm whose short name follows a verb stays whole; a list of facilities names no firm
    _, institutions = document(
        "加快建设西门子高端医疗影像设备、海克斯康、达索系统等重大外资项目。加强产地预冷、仓储保鲜等设施建设。"
    )
    assert "达索系统" in institutions
    assert not {"达索", "仓储", "预冷"} & institutions


def test_a_count_right_after_a_platform_counts_a_kind() -> None:
    # COUNT_RIGHT_AFTER (重庆's 2026 review, round 36; 山东's, round 37)
    platforms, _ = document("新增国家生态文明建设示范区和“两山”实践创新基地6个，成功创建云阳世界地质公园。")
    assert "“两山”实践创新基地" not in platforms
    assert "云阳世界地质公园" in platforms
    platforms, _ = document("建成高价值专利培育中心15家。")
    assert "高价值专利培育中心" not in platforms
    # guard: a figure that is no count of units leaves the platform alone
    platforms, _ = document("中非数字技术合作中心获批建设，国家超算深圳中心二期加快建设。")
    assert "中非数字技术合作中心" in platforms


def test_putting_a_park_into_use_deploys_it() -> None:
    # 投用 in PLATFORM_FRAME (深圳's 2026 review, round 28)
    platforms, _ = document("组建推进中心，投用深圳工业软件园、尖岗山软件产业园，软件和信息技术服务业营收增长11.1%。")
    assert "尖岗山软件产业园" in platforms
    # guard: a kind stays a kind
    platforms, _ = document("投用一批软件产业园。")
    assert "软件产业园" not in platforms
