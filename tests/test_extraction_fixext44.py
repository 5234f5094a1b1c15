"""Session 34's extraction causes of round 44 (fixext44, issue #13): 苏州's and 北京's 十五五 outline chapters and the
regulator's inspection letters for 漳州 and 石岛湾, with the same causes in earlier rounds. Each case is a short
excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_matching_platform_keeps_its_matching_word() -> None:
    # MATCHING_PLATFORM (苏州's 十五五 outline, round 44; 深圳's 2026 report, heldout26)
    platforms, _ = document("培育人工智能优质服务商，建设人工智能应用对接平台。")  # 对接 not generic
    assert platforms == {"人工智能应用对接平台"}
    platforms, _ = document("搭建政银企信贷融资常态化对接平台，完善银企合作。")
    assert platforms == {"政银企信贷融资常态化对接平台"}
    # guards: the verb before a platform, and the kind every sector sets up (供需 对接 generic)
    platforms, _ = document("积极对接中小企业公共服务平台等。")
    assert platforms == {"中小企业公共服务平台"}
    platforms, _ = document("围绕技术研发、生产制造等环节搭建高效精准的供需对接平台,加快建设。")
    assert platforms == set()


def test_running_a_platform_opens_its_name() -> None:
    # 运作 in ANCHOR_WORDS (南京's 2026 report, heldout26)
    platforms, _ = document(
        "高效运作“宁科荟”科技成果信息发布与供需对接服务平台，推动高价值科技成果精准对接和高效转化。"
    )
    assert platforms == {"“宁科荟”科技成果信息发布与供需对接服务平台"}


def test_a_top_rank_aimed_at_is_a_role() -> None:
    # ROLE_NAME 顶级 (杨浦's innovation-zone plan, heldout40)
    platforms, _ = document("深化上海数学与交叉学科研究院建设，打造国际顶级科学家交流对接平台。")
    assert platforms == set()
    # … and 标杆性 (上海's outline glossary, heldout28)
    platforms, _ = document("旨在打造全球人才、技术、项目、资金汇聚中国的标杆性对接平台，包括大赛。")
    assert platforms == set()


def test_a_system_of_the_city_s_platforms_places_none() -> None:
    # PLACED_NOT_PLACE (苏州's 十五五 outline, round 44)
    platforms, _ = document("提档升级“苏周到”城市生活服务总入口，完善城市生活服务平台体系。")
    assert "城市生活服务平台" not in platforms
    # guard: a place in the name still names the platform of a system (SYSTEM_OF_ONE)
    platforms, _ = document("完善国家技术转移郑州中心体系。")
    assert "国家技术转移郑州中心" in platforms


def test_items_before_a_clause_are_no_firms() -> None:
    # CLAUSE_QUALIFIER (北京's 十五五 outline, round 44)
    _, institutions = document("加强服务保障,通过研发补助、创新券等进一步降低企业全要素创新成本。")
    assert institutions == set()
    # guard: a rank between 等 and the kind still lists firms
    _, institutions = document("支持华为、中兴等龙头企业发展。")
    assert institutions == {"华为", "中兴"}
    _, institutions = document("强化市农科院、市畜科院等涉农科研机构建设。")  # a verb alone qualifies the kind
    assert {"市农科院", "市畜科院"} <= institutions


def test_a_construction_firm_keeps_its_trade_word() -> None:
    # 建设 before 有限公司 (the FCD-inspection letters for 漳州, round 44, and 三澳, round 21)
    _, institutions = document("检查组听取了中核二四建设有限公司、中核华兴建设有限公司的汇报。")
    assert {"中核二四建设有限公司", "中核华兴建设有限公司"} <= institutions


STAFF_ROWS = (
    "附件2.受检单位人员名单序号姓 名单 位职务/职称1顾健中国核能电力股份有限公司副总经理2何辉中核国电漳州能源有限公司"
    "董事长3王永福中核国电漳州能源有限公司总经理4蒋祖跃中核国电漳州能源有限公司副总经理10赵小辉中核国电漳州能源有限"
    "公司保卫处处长11刘建昌中核国电漳州能源有限公司安全质量处副处长12何朝辉中核国电漳州能源有限公司设备采购处副处长"
    "27范桂斌中核二四建设有限公司漳州项目部总工程师28陈坤勇中核混凝土股份有限公司漳州分公司项目经理"
)


def test_a_staff_row_s_unit_is_the_one_written_most() -> None:
    # ROW_UNIT_MOST_WRITTEN, ROW_UNIT_OPENING_WRITTEN (the 漳州 FCD-inspection letter, round 44)
    _, institutions = document(STAFF_ROWS)
    assert {"中核国电漳州能源有限公司", "中核混凝土股份有限公司漳州分公司"} <= institutions
    assert not {i for i in institutions if i.startswith(("辉", "陈坤勇", "勇"))}


def test_rooms_an_inspection_visits_are_no_platforms() -> None:
    # INSPECTED_SITES, INSPECTED_SITE_LIST (石岛湾's letter, round 44; 大亚湾's, heldout14; 漳州's)
    platforms, _ = document(
        "对示范工程主控室、核岛厂房、应急指挥中心、实物保护设施、环境实验室、环境监测站、施工生活区、厂址气象站、"
        "危废暂存库等进行了现场查勘；与有关技术和管理人员进行了访谈对话。配套的环境实验室、流出物排放在线监测设施已建成。"
    )
    assert not platforms & {"环境实验室", "应急指挥中心"}
    platforms, _ = document(
        "检查组对1号机组核岛筏基、原材料存储场地、混凝土实验室、混凝土搅拌站、FCD施工用2000立方米应急水池等场所进行了"
        "现场检查。"
    )
    assert "混凝土实验室" not in platforms
    # guard: a lab the plan builds, outside such a list
    platforms, _ = document("建设辐射环境监测实验室，完善监测网络。")
    assert "辐射环境监测实验室" in platforms


def test_a_city_operation_centre_keeps_its_city_operation() -> None:
    # CITY_OPERATION (天津's 2026 report, heldout38; 重庆's digital-city outline, round 27)
    platforms, _ = document("建设数字化城市运行和治理平台。")
    assert platforms == {"数字化城市运行和治理平台"}
    # guard: 运行 after a platform is still the verb
    platforms, _ = document("加强上海市政务云平台运行保障。")
    assert platforms == {"上海市政务云平台"}
