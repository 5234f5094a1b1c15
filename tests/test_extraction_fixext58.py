"""Session 44's fixext58 causes: a staff list flattened from spreadsheet cells with no separators writes, after each
row's employer, the person's title, field and recommending body run together (round 58, the rest of the ministry's
2021 expert-pool list, nat-reserveexperts-rest-2021; round 9 holds its first part). Each case is a short excerpt of
the scored text, with guards that pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document

# Rows 95, 99, 103, 105, 109 and 112 of the list (the recommending body repeats the employer).
RESEARCH_ROWS = (
    "95周大庆男生态环境部南京环境科学研究所副研究员动物生态学生态环境部南京环境科学研究所"
    "99李俊生男中国环境科学研究院研究员/所长生态学中国环境科学研究院"
    "103高吉喜男生态环境部卫星环境应用中心研究员/主任自然生态保护修复生态环境部卫星环境应用中心"
    "105侯鹏男生态环境部卫星环境应用中心正高级工程师/部门主任生态遥感监测与评估生态环境部卫星环境应用中心"
    "109刘长安男国家海洋环境监测中心研究员/部门主任海洋生态国家海洋环境监测中心"
    "112刘海江男中国环境监测总站正高级工程师生态监测评价中国环境监测总站"
)


def test_a_later_column_unit_opens_where_a_row_unit_opens() -> None:
    # ROW_COLUMN_UNIT: the title and field before the recommending body are no part of its name
    platforms, institutions = document(RESEARCH_ROWS)
    assert {
        "生态环境部南京环境科学研究所",
        "中国环境科学研究院",
        "生态环境部卫星环境应用中心",
        "国家海洋环境监测中心",
        "中国环境监测总站",
    } <= institutions
    assert not any("工程师" in n or "研究员" in n or "主任" in n or "所长" in n for n in platforms | institutions)
    # a centre in that column is the list's own unit, an institution, not a platform
    assert not any(n.endswith("中心") for n in platforms)


def test_a_field_opening_with_a_common_word_is_no_unit() -> None:
    # ROW_COLUMN_UNIT_OPENING_MIN: 生态遥感 shares only 生态 with the rows' 生态环境部…, so the unit is not cut there
    _, institutions = document(RESEARCH_ROWS)
    assert not any(n.startswith("生态遥感") for n in institutions)


def test_a_short_form_in_the_last_column_after_a_graded_post() -> None:
    # ROW_COLUMN_TITLE ends the committee before 三级调研员; ROW_COLUMN_UNIT opens its short form at 全国人大
    _, institutions = document(
        "75刘家璞男最高人民检察院第八监察厅主办检察官法学最高人民检察院"
        "76付莎女全国人大环境与资源保护委员会三级调研员法律全国人大环资委"
        "78胡静男中国政法大学教授环境法生态环境部法规与标准司"
    )
    assert {"全国人大环境与资源保护委员会", "全国人大环资委", "最高人民检察院", "中国政法大学"} <= institutions
    assert not any("调研员" in n or "检察官" in n for n in institutions)


def test_the_list_running_on_into_an_annex_is_no_row() -> None:
    # ROW_COLUMN_BREAK: "附件2." after the last row; 生态环境 opening rows cuts nothing in the annex's title
    _, institutions = document(
        RESEARCH_ROWS
        + "114刘殊女生态环境部环境工程评估中心正高级工程师/交通评估部副主任环境科学生态环境部环境工程评估中心"
        "附件2.自然保护地生态环境监管咨询专家库管理办法第一条为自然保护地生态环境监管工作提供技术支撑。"
    )
    assert "生态环境部环境工程评估中心" in institutions
    assert "生态环境监管咨询专家库" not in institutions


def test_a_title_alone_before_a_platform_word_in_a_row_names_nothing() -> None:
    # ROW_COLUMN_TITLE: "高级工程师|国家公园等自然保护地研究" is the person's field, no platform with the title
    platforms, _ = document(
        RESEARCH_ROWS + "102朱彦鹏男中国环境科学研究院高级工程师国家公园等自然保护地研究中国环境科学研究院"
    )
    assert not any("工程师" in n for n in platforms)


def test_newspapers_before_a_reporter() -> None:
    # REPORTER_NEWSPAPER: the paper a reporter works for, in a staff row and in a byline
    _, institutions = document(
        "81孙秀艳女人民日报社高级记者（正高）生态环境保护体制机制建设、污染治理生态环境部宣传教育司"
        "82刘世昕女中国青年报高级记者生态环境保护监督执法、队伍建设生态环境部宣传教育司"
        "83曹红艳女经济日报高级记者生态环境保护政策法规制度体系建设、生态保护等生态环境部宣传教育司"
    )
    assert {"人民日报社", "中国青年报", "经济日报"} <= institutions
    assert not any(n.endswith("女经济日报") or "曹红艳" in n for n in institutions)
    _, institutions = document("听取政府工作报告。 宁夏日报记者 王鼎 报道。")
    assert "宁夏日报" in institutions
    # a daily report is no paper: no reporter after it
    _, institutions = document("落实专项债券资金日报告制度，建立2022年专项债券资金日报制度，督促项目单位加快支出。")
    assert not any("日报" in n for n in institutions)


def test_an_institute_before_its_heads_post() -> None:
    # INSTITUTE_HEAD_POST: 所长 after 研究所 ends the institute's name, it runs on into no longer word
    _, institutions = document("87张伯驹男自然之友环境研究所所长自然保护生态环境部宣传教育司" + RESEARCH_ROWS)
    assert "自然之友环境研究所" in institutions


def test_two_associations_in_a_staff_row() -> None:
    # ROW_COLUMN_ASSOCIATIONS: an association and an alliance the person serves, written one after the other
    _, institutions = document(
        RESEARCH_ROWS + "88王蕾女蓝丝带海洋保护协会社会公益保护地联盟理事/执委会委员生态学生态环境部宣传教育司"
    )
    assert "蓝丝带海洋保护协会" in institutions
    assert "蓝丝带海洋保护协会社会公益保护地联盟" not in institutions


def test_a_department_of_two_fields_joined_by_yu() -> None:
    # SUB_DEPARTMENT_PAIR: "法规与标准司" after the ministry is its department, written whole
    _, institutions = document(
        "78胡静男中国政法大学教授环境法生态环境部法规与标准司79竺效男中国人民大学教授环境法、环境治理生态环境部法规与标准司"
        "80秦鹏男重庆大学教授/法学院副院长环境资源法生态环境治理制度生态环境部法规与标准司"
    )
    assert "生态环境部法规与标准司" in institutions
    # a verb before 与 makes no pair
    _, institutions = document("生态环境部门参与调查处理。")
    assert not any(n.endswith("处") for n in institutions)


def test_the_un_as_the_acting_organisation() -> None:
    # UN_AS_ORGANISATION (names.yaml alias): 联合国组织 with nothing between is the UN; its agencies name their field
    _, institutions = document("公园总数达1136个，北京被联合国组织评为生物多样性魅力城市。")
    assert "联合国" in institutions
    assert "联合国组织" not in institutions
    _, institutions = document("“赫哲族伊玛堪”转入联合国教科文组织人类非物质文化遗产代表作名录。")
    assert "联合国教科文组织" in institutions


def test_a_province_opens_the_later_column_unit() -> None:
    # ROW_COLUMN_PLACE_OPENING: round 9's list shape with a province's experts (a constructed list: no text of ours
    # has one yet); the shared opening 湖南省 is shorter than ROW_COLUMN_UNIT_OPENING_MIN
    _, institutions = document(
        "序号姓名性别工作单位职称/职务专业推荐单位1王明男湖南省环境保护科学研究院研究员/所长生态修复湖南省生态环境厅"
        "2李红女湖南大学教授环境工程湖南省生态环境厅3张强男中南大学教授/院长水污染控制湖南省教育厅"
    )
    assert {"湖南省生态环境厅", "湖南大学", "中南大学", "湖南省教育厅"} <= institutions
    assert not any(n.startswith(("环境工程", "教授")) for n in institutions)


def test_the_second_association_of_a_row_is_one_body_however_common_its_words() -> None:
    # ROW_COLUMN_ASSOCIATIONS: 社会公益保护地联盟 is the alliance the person serves, not a kind of alliance
    _, institutions = document(
        RESEARCH_ROWS + "88王蕾女蓝丝带海洋保护协会社会公益保护地联盟理事/执委会委员生态学生态环境部宣传教育司"
    )
    assert "社会公益保护地联盟" in institutions
    # outside a staff row the same words stay a kind
    _, institutions = document("鼓励社会组织组建社会公益保护地联盟。")
    assert "社会公益保护地联盟" not in institutions
