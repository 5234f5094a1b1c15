"""Platform and institution rules of round 20 (ext21, session 21): causes of missed and false names in the
round-20 texts (heldout20, read with --details) that recur beyond one text: the parks of a key-project table's
name cells, warehouses and plants named as centres and bases, a park's area, a quotation inside a name, a
national base hosted by a firm, platforms provinces build one each. Excerpts quoted from the texts named in
each test."""

from __future__ import annotations

from tests.extracting import document


def test_a_key_project_tables_name_cell_builds_its_park() -> None:
    """PROJECT_ROW_OPENING, PROJECT_CELL_TAIL (cq-keyprojects-parks-2026; ln-ppp-projects-2016, round 19)."""
    platforms, institutions = document(
        "| 162 | 永川启舟现代物流产业园 | 一期总建筑面积约2万平方米 | 仓储物流 | 永川区政府 |\n"
        "| 189 | ★长寿经开区先进金属材料产业园配套基础设施建设项目 | 总建筑面积约72万平方米 | 产业园区建设 |"
        " 长寿区政府 |\n"
        "| 191 | 永川伯镭科技产业园（一期） | 总建筑面积约8.9万平方米 | 产业园区建设 | 永川区政府 |\n"
        "| 192 | 永川云谷大数据产业园F区（保障性租赁住房） | 总建筑面积约21.7万平方米 | 产业园区建设 | 永川区政府 |\n"
        "| 194 | 开州光电产业园 | 总占地面积约20亩 | 产业园区建设 | 开州区政府 |\n"
        "| 18 | 营口经济技术开发区望儿山文化创意产业园旅游服务基础设施项目 | 辽宁省营口市鲅鱼圈区 | 公共服务 |\n"
    )
    assert {
        "永川启舟现代物流产业园",
        "长寿经开区先进金属材料产业园",
        "永川伯镭科技产业园",
        "永川云谷大数据产业园",
        "开州光电产业园",
        "营口经济技术开发区望儿山文化创意产业园",
    } <= platforms
    assert "开州区政府" in institutions


def test_a_name_cell_names_no_hub_or_bare_centre() -> None:
    """PROJECT_CELL_WORD, PROJECT_CELL_WORD_KINDS (cq-keyprojects-parks-2026): a railway hub's works is no
    platform; a centre alone in the cell may be a unit."""
    platforms, _ = document(
        "| 178 | ★重庆站铁路综合交通枢纽工程（站北路及东西侧立交工程） | 全长约9.1公里 | 城市路网 | 渝中区政府 |\n"
    )
    assert not platforms


def test_a_cluster_zone_written_juji() -> None:
    """聚集区 as 集聚区 (cq-keyprojects-parks-2026)."""
    platforms, _ = document(
        "| 187 | 成渝滨江智谷新质生产力聚集区项目 | 建设人工智能制造标准厂房 | 产业园区建设 | 大渡口区政府 |\n"
    )
    assert "成渝滨江智谷新质生产力聚集区" in platforms


def test_warehouses_and_plants_are_no_platforms() -> None:
    """FACILITY_PLATFORM (cq-keyprojects-parks-2026, cq-keyprojects-2026)."""
    platforms, _ = document(
        "| 166 | 璧山区农产品冷链储运中心设施项目 | 总占地面积约66亩，新建苗木及花鸟仓储中心、农贸仓储中心、"
        "水果仓储中心等其他基础配套设施 | 仓储物流 | 璧山区政府 |\n"
        "| 162 | 永川启舟现代物流产业园 | 一期建设货物集散中心、分拨中心等 | 仓储物流 | 永川区政府 |\n"
        "| 101 | 垫江药包材生产基地技改建设扩能项目（四期） | 建设生产用厂房 | 生物医药 | 垫江县政府 |\n"
        "| 121 | 巴南融智项目 | 建设慢病及老年病质谱生化检测研发生产中心 | 创新平台 | 巴南区政府 |\n"
    )
    assert not {p for p in platforms if p.endswith(("仓储中心", "储运中心", "集散中心", "生产基地", "生产中心"))}


def test_an_area_of_a_park_ends_the_parks_name() -> None:
    """PARK_AREA_ENDING (cq-keyprojects-parks-2026); a pilot zone's area stays one name."""
    platforms, _ = document(
        "| 183 | 两江水土高新产业园复兴北片区基础设施工程（一期） | 全长约7.1公里 | 产业园区建设 | 两江新区区政府 |\n"
        "推进湖北自贸试验区襄阳片区建设。\n"
    )
    assert {"两江水土高新产业园", "湖北自贸试验区襄阳片区"} <= platforms


def test_a_verb_inside_a_quotation_cuts_no_name() -> None:
    """_quoted_word (cq-keyprojects-parks-2026): the place before the quotation stays in the name."""
    platforms, _ = document(
        "| 195 | 忠县“以竹代塑”产业园 | 打造“以竹代塑”应用推广基地，引进相关企业 | 产业园区建设 | 忠县政府 |\n"
    )
    assert "忠县“以竹代塑”产业园" in platforms
    assert "“以竹代塑”产业园" not in platforms


def test_a_national_base_a_firm_hosts_is_named_without_the_firm() -> None:
    """HOSTED_NATIONAL_OPENING (nat-storage-plan-2022)."""
    platforms, institutions = document(
        "##### ——黄河上游水电开发有限责任公司国家光伏发电试验测试基地配套20MW储能电站项目\n"
    )
    assert "国家光伏发电试验测试基地" in platforms
    assert "黄河上游水电开发有限责任公司" in institutions


def test_provinces_building_a_platform_each() -> None:
    """PLACES_BUILD (nat-enforce-drill-praise-2023)."""
    platforms, _ = document(
        "各地通过升级移动执法系统持续提高执法效能。北京、西藏新建移动执法平台，整合多源执法数据，实现执法全程留痕。"
    )
    assert "移动执法平台" not in platforms


def test_lies_in_and_approved_by_open_the_name() -> None:
    """位于, 业经 in ANCHOR_WORDS (dt-tashan-eia-2022, gz-v2g-pilot-2025)."""
    platforms, institutions = document(
        "该项目位于山西晋北煤炭基地大同矿区。《广州市建设国家车网互动规模化应用试点城市工作方案（2025-2027年）》"
        "业经市人民政府同意，现印发给你们。"
    )
    assert "该项目位于山西晋北煤炭基地" not in platforms
    assert "业经市人民政府" not in institutions


def test_a_code_after_a_latin_letter_is_no_count() -> None:
    """COUNTED (gz-v2g-pilot-2025): the 2 of V2G cuts no name."""
    platforms, _ = document("2.多方协同推进白云区多场景多主体V2G标杆示范区建设。")
    assert "白云区多场景多主体V2G标杆示范区" in platforms


def test_a_platform_named_by_the_actors_that_run_it_is_a_class() -> None:
    """ACTOR_KIND_PLATFORM (gz-v2g-pilot-2025)."""
    platforms, _ = document(
        "推动充换电运营商平台接入市级虚拟电厂服务平台。优化和完善计量结算和客户服务相关电网企业平台功能，"
        "支持V2G双向充放电的计量与结算。"
    )
    assert not {p for p in platforms if p.endswith(("运营商平台", "企业平台"))}


def test_a_body_citing_its_paper_and_a_summons() -> None:
    """PAPER_CITED_AFTER (dt-tashan-eia-2022), 约谈 (nat-monitorfirms-reply-2019), 经办字 in DOCUMENT_CODE_AFTER."""
    _, institutions = document(
        "山西省发展改革委以《关于山西省历史遗留问题煤矿和保供煤矿纳入矿区总体规划调整的承诺函》明确。"
        "中国环境监测总站约谈河北先河环保科技股份有限公司，根据合同约定，终止其服务。"
        "你公司《关于报请审批的申请函》（塔山煤矿经办字〔2021〕184号）收悉。"
    )
    assert {"山西省发展改革委", "中国环境监测总站", "河北先河环保科技股份有限公司"} <= institutions
    assert "塔山煤矿" not in institutions


def test_a_mechanism_and_a_bare_platform() -> None:
    """FRAMEWORK_ITEM before the conjunction (nat-monitorfirms-reply-2019): the bare ending left is a kind."""
    platforms, _ = document(
        "推动全国生态环境监测机构“互联网+监管”机制和大数据平台建设的完善。参与碳排放计量标准体系和产品碳足迹背景数据库建设。"
    )
    assert not {p for p in platforms if "机制" in p}
    assert "产品碳足迹背景数据库" in platforms


def test_the_localities_platforms_are_a_class() -> None:
    """LOCALITIES_PLATFORM_OPENING (nat-fangguanfu-tasks-2020, heldout19)."""
    platforms, _ = document(
        "完善全国一体化政务服务平台，2020年底前实现各省（自治区、直辖市）和国务院部门政务服务平台与国家政务服务平台应接尽接。"
        "推进国务院部门重点垂直管理业务信息系统与地方政务服务平台的对接。"
    )
    assert not {p for p in platforms if p.startswith(("地方", "国务院部门"))}


def test_a_bureau_of_building_and_gardens_is_one_body() -> None:
    """建设 before 和…局 in _GUARDED_ANCHORS (th-talentapt-2025, heldout12)."""
    _, institutions = document("特此通知。\n广州市天河区住房建设和园林局\n2025年1月2日\n")
    assert "广州市天河区住房建设和园林局" in institutions
    assert "园林局" not in institutions


def test_a_key_project_table_crawled_on_one_line() -> None:
    """PROJECT_ROW_OPENING read back from the name's cell: every row on one line."""
    platforms, _ = document(
        "| 193 | 中医药项目 | 总建筑面积约27万平方米 | 产业园区建设 | 璧山区政府 | "
        "| 194 | 开州光电产业园 | 总占地面积约20亩 | 产业园区建设 | 开州区政府 | "
        "| 195 | 忠县“以竹代塑”产业园 | 打造“以竹代塑”应用推广基地 | 产业园区建设 | 忠县政府 |"
    )
    assert {"开州光电产业园", "忠县“以竹代塑”产业园"} <= platforms


def test_an_associations_branch_is_a_body() -> None:
    """分会 in INSTITUTION_ENDINGS and ASSOCIATION_ENDINGS (gz-v2g-pilot-2025; gba-eco-reply-2018, heldout14)."""
    _, institutions = document(
        "1.成立广州市电力行业协会车网互动分会，构建车网互动生态圈。指导全国水生野生动物保护分会开展工作。"
        "部分会员单位参加。持续举办上海国际光影节普陀分会场活动。"
    )
    assert {"广州市电力行业协会车网互动分会", "全国水生野生动物保护分会"} <= institutions
    assert not {
        i
        for i in institutions
        if i.endswith("分会") and i not in {"广州市电力行业协会车网互动分会", "全国水生野生动物保护分会"}
    }


def test_a_quoted_models_label_is_no_body() -> None:
    """QUOTED_MODEL_AFTER (gz-v2g-pilot-2025)."""
    _, institutions = document("推广“电池银行”模式，提高电池利用率。")
    assert "电池银行" not in institutions


def test_a_megacitys_kind_of_platform() -> None:
    """MEGACITY_OPENING (sh-zerocarbon-2026, dev; cq-keyprojects-parks-2026)."""
    platforms, _ = document(
        "加快推动本市园区绿色低碳转型，积极探索超大城市零碳园区建设路径。\n| 三、超大城市现代化治理示范区 |\n"
    )
    assert not {p for p in platforms if p.startswith("超大城市")}
    platforms, _ = document("数据驱动的城市管理精准决策、监管与评价体系，构建超大城市综合运行管理与协同平台。")
    assert "超大城市综合运行管理与协同平台" in platforms  # the megacity's own (data/plans, sh-stic-14)


def test_a_county_jieba_reads_as_a_verb_alone() -> None:
    """_place_with_level, PLACE_LEVEL_END (cq-keyprojects-parks-2026): 奉节/v but 奉节县/ns."""
    _, institutions = document(
        "| 169 | 奉节仓储物流配送中心建设工程 | 总建筑面积约11.2万平方米 | 仓储物流 | 奉节县政府 |\n"
    )
    assert "奉节县政府" in institutions
