"""Session 43's fixext57 causes (issue #13): platforms and institutions round 57 made up (深圳's trading venues, 苏州's
IP exchange and computing networks, the 阳江 and 台山 inspection letters' flattened staff lists), each rule with guards
that pin what it leaves alone. Each case is a short excerpt of a scored text."""

from __future__ import annotations

from tests.extracting import document


def test_an_exchange_is_a_platform_as_well_as_a_body() -> None:
    # EXCHANGE_AS_PLATFORM (round 57, sz-fyp15-demand-2026; round 20's convention): both records exist
    platforms, institutions = document(
        "支持深圳数据交易所创建国家级数据交易所。支持前海股权交易中心打造企业赴港上市培育基地。"
    )
    assert {"深圳数据交易所", "前海股权交易中心"} <= platforms
    assert {"深圳数据交易所", "前海股权交易中心"} <= institutions
    # EXCHANGE_TIER_STATUS: the status aimed at is neither
    assert "国家级数据交易所" not in platforms | institutions


def test_two_exchanges_run_together_are_no_platform() -> None:
    # EXCHANGE_JOINED: "郑商所与全球主要期货交易所" (round 52) is not read as a platform
    platforms, _ = document("支持郑商所与全球主要期货交易所加强合作，做精做大品种，打造全球有影响力的期货定价中心。")
    assert not any("交易所" in name for name in platforms)


def test_a_trading_centre_of_operations_is_one_name() -> None:
    # OPERATION_NOUN: 运营 before 交易中心 is the centre's word, not a verb (round 57, su-fyp15-innoeco-2026)
    platforms, _ = document(
        "加强知识产权服务供给，优化提升江苏国际知识产权运营交易中心服务功能，引育一批知识产权服务机构。"
    )
    assert "江苏国际知识产权运营交易中心" in platforms
    # 运营 as the verb still ends the clause before a name
    platforms, _ = document("加快建设并运营上海市公共算力服务平台，提升多元异构算力资源纳管能力。")
    assert not any(name.startswith("运营") for name in platforms)


def test_kinds_one_thing_combines_are_no_platforms() -> None:
    # INTEGRATED_KINDS: "集…于一体" (round 57, su-fyp15-innoeco-2026)
    text = (
        "支持昆山超算中心提质扩容，构建集超算中心、智算中心、数据中心、云服务、边缘算力、端侧算力于一体的高效智能"
        "算力网络。"
    )
    platforms, _ = document(text)
    assert "昆山超算中心" in platforms
    assert not any(name.startswith("集") for name in platforms)
    assert "智算中心" not in platforms


# heldout57: the 阳江 experience-feedback letter's staff lists (gd-yangjiang-opexp-insp-2022): no row numbers
YANGJIANG_ROWS = (
    "附件1检查组人员名单姓名单位职务/职称秦伟生态环境部华南核与辐射安全监督站副处长"
    "陈丽辉苏州核安全中心高工白弢大亚湾核电运营管理有限责任公司科长姜勇台山核电合营有限公司高工"
    "附件2阳江核电有限公司人员名单姓名单位职务/职称杨剑兵阳江核电有限公司副总经理"
    "许佳兴阳江核电有限公司运行三部工程师王磊阳江核电有限公司仪控部经理张辉武阳江核电有限公司运行二部副经理字号"
)


def test_a_three_character_person_before_a_place_is_no_part_of_the_unit() -> None:
    # STAFF_UNIT_PLACE_WORD: jieba opens 苏州 and 阳江 (ns) after the three-character person
    _, institutions = document(YANGJIANG_ROWS)
    assert {"苏州核安全中心", "阳江核电有限公司运行三部", "阳江核电有限公司运行二部"} <= institutions
    assert "阳江核电有限公司仪控部" in institutions  # the two-character person stays two
    assert not any(name[0] in "辉兴武磊" for name in institutions)


def test_a_two_character_person_before_a_word_of_the_unit_stays_two() -> None:
    # "刘伟国核示范电站…": no place word opens after 刘伟国, so the shorter person (fixext50) stays
    _, institutions = document(
        "附件1检查组人员名单姓名单位职务/职称刘伟国核示范电站有限责任公司高工韩爱良生态环境部华东核与辐射安全监督站处长。"
    )
    assert "国核示范电站有限责任公司" in institutions


def test_the_unit_another_row_writes_most_is_the_unit() -> None:
    # ROW_UNIT_OTHER_ROWS_MOST: "20敬通明台山…" and "36黄辉明台山…" (round 57, gd-taishan2-oplicence-insp-2019)
    text = (
        "附件2受检单位人员名单序号姓名单位职务/职称1郭利民台山核电合营有限公司总经理部总经理"
        "2刘海军台山核电合营有限公司总经理部副总经理20敬通明台山核电合营有限公司调试分部技术管理队经理"
        "29仕妍君台山核电合营有限公司施工板块核岛安装队副经理36黄辉明台山核电合营有限公司运行部值长。"
    )
    _, institutions = document(text)
    assert "台山核电合营有限公司" in institutions
    assert not any(name.startswith(("明台山", "君台山")) for name in institutions)


def test_an_area_of_the_city_is_no_firm_of_its_project() -> None:
    # SITE_ITEM_CITY_AREA: "重点建设钱江新城二期五堡总部超核、余杭区杭珹未来中心等项目" (round 57, hz-fyp15-region-2026)
    _, institutions = document("推动核心地下空间深度开发，重点建设钱江新城二期五堡总部超核、余杭区杭珹未来中心等项目。")
    assert "钱江新城" not in institutions
    # a firm's project in the same kind of list still names the firm (dev round 6)
    _, institutions = document("推动台州温玉铁路、杭州海康机器人、丽水富乐德传感技术等项目建成投运。")
    assert "杭州海康机器人" in institutions or "海康机器人" in institutions


def test_a_kind_named_by_the_scope_it_crosses_is_no_name() -> None:
    # CROSS_SCOPE_KIND: "支持组建跨区域职业教育集团" (round 57, hz-fyp15-region-2026), "跨境电商产业园" (round 30)
    _, institutions = document("提升教育领域合作水平，探索名校集团化等办学模式，支持组建跨区域职业教育集团。")
    assert "跨区域职业教育集团" not in institutions
    platforms, _ = document("加快建设跨境电商产业园和跨境电商平台，推动外贸新业态发展。")
    assert not any(name.startswith("跨") for name in platforms)
    # a zone opened by its place keeps its name
    platforms, _ = document("高水平建设中国（杭州）跨境电子商务综合试验区，推动外贸新业态发展。")
    assert "中国（杭州）跨境电子商务综合试验区" in platforms
