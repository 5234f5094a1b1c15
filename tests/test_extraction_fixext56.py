"""Session 42's fixext56 causes (issue #13): platforms and institutions round 56 made up (the 田湾 and 漳州 nuclear
inspection letters' flattened staff lists and rooms, the ministry's 三同时 circular and its flattened table), each rule
with guards that pin what it leaves alone. Each case is a short excerpt of a scored text."""

from __future__ import annotations

from tests.extracting import document

# heldout56: the 田湾 unit-5 pre-licence inspection's staff list (js-tianwan5-oplicence-insp-2020)
TIANWAN_ROWS = (
    "受检单位人员名单序号姓名单位职务/职称"
    "14王  冲华北核与辐射安全监督站监督员15闻  凡华北核与辐射安全监督站监督员"
    "42周长广中核二三公司连云港项目部工程经理43向云峰中核二三公司连云港项目部质保经理"
    "45陈新华江苏省电力建设第三工程公司项目总经理46张福安江苏省电力建设第三工程公司项目副总经理"
    "51刘国福西安中核核仪器有限公司项目经理52同江涛西安中核核仪器有限公司工程经理"
)


def test_a_staff_rows_unit_written_by_another_row_is_the_unit() -> None:
    # ROW_UNIT_OF_OTHER_ROWS: 闻 is no listed surname, 同 and 向 read as "with" and "towards", 建设 a verb
    _, institutions = document(TIANWAN_ROWS)
    assert {
        "华北核与辐射安全监督站",
        "中核二三公司",
        "江苏省电力建设第三工程公司",
        "西安中核核仪器有限公司",
    } <= institutions
    assert not any(name[0] in "凡云同" or name.startswith("第三") for name in institutions)


def test_a_count_is_no_staff_row() -> None:
    # the other row must open with a listed surname: a count before a level ("3个县级…") stays what it was
    _, institutions = document("建成3个县级综合养老服务中心，5个乡级综合养老服务中心。")
    assert not any(name.startswith("级") for name in institutions)


def test_a_sex_column_still_ends_the_person() -> None:
    # TABLE_ROW_UNIT, kept by _row_unit_past_cut: "…男浙江大学" (heldout9's expert list) is 浙江大学
    _, institutions = document("序号姓名性别单位职称1张三丰男浙江大学教授2李四海男浙江大学研究员")
    assert "浙江大学" in institutions
    assert not any(name.startswith("男") for name in institutions)


def test_an_end_of_a_route_is_no_platform() -> None:
    # ROUTE_END_AFTER: "新建北京至雄安新区城际铁路项目" (heldout56), "城口经达州至两江新区高速" and
    # "建成两江新区至长寿快速通道" (heldout27); the new area built as such stays
    platforms, _ = document("新建北京至雄安新区城际铁路项目存在问题。")
    assert "雄安新区" not in platforms
    platforms, _ = document("建成两江新区至长寿快速通道、快速路四横线。")
    assert "两江新区" not in platforms
    platforms, _ = document("加快建设杭州湾新区，打造开放平台。")
    assert "杭州湾新区" in platforms


def test_the_rooms_an_inspection_visited_and_their_siblings_are_rooms() -> None:
    # INSPECTED_SITE_LIST_ALSO: the list runs on past "，以及"; INSPECTED_SITE_SIBLINGS: a lab beside a visited lab
    text = (
        "检查组对田湾核电站5号机组主控室、反应堆厂房、应急指挥中心、环境实验室，以及反应堆冷却剂系统、取排水工程等进行了"
        "现场查看。营运单位建立了环境监测系统、环境实验室和放射性流出物实验室。"
    )
    platforms, _ = document(text)
    assert "环境实验室" not in platforms
    assert "放射性流出物实验室" not in platforms
    # a lab with a place of its own beside a visited room stays
    platforms, _ = document(text + "依托江苏省辐射环境监测实验室和环境实验室开展比对。")
    assert "江苏省辐射环境监测实验室" in platforms


def test_a_verb_of_sending_ends_the_clause_before_the_body() -> None:
    # 送往, 运往 (ANCHOR_WORDS): "该公司将部分矸石送往神华神东电力河曲发电公司进行综合利用" (heldout56)
    _, institutions = document("该公司将部分矸石送往神华神东电力河曲发电公司进行综合利用，部分矸石进行场内回填。")
    assert "神华神东电力河曲发电公司" in institutions
    assert not any("送往" in name or "矸石" in name for name in institutions)
