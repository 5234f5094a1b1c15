"""Institution names corrected once a document's mentions are known (refine_institutions, the rules in
plankg/loaders/rules/institutions.py, session 13). Example sentences written for the general cases;
guards ("also…") pin what a rule must leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_firm_named_by_a_role_is_a_class() -> None:
    """ROLE_CLASS_WORDS: a third party is whoever plays that role, no named firm."""
    _, institutions = document("试点站点交由第三方运维公司负责日常维护，地方环保部门和第三方检测机构共同开展比对。")
    assert not any("第三方" in name for name in institutions)


def test_body_after_a_list_of_places_is_a_class() -> None:
    """EACH_PLACE_BEFORE: "浙江、广东等地发展改革委" is each of those places' commission."""
    _, institutions = document("目前浙江、广东等地发展改革委已建成项目审批监管系统。")
    assert "发展改革委" not in institutions


def test_department_named_by_its_duty_after_its_bureau() -> None:
    """DUTY_DEPARTMENT: a department whose name ends in a duty (…建设处, …监管司) or a number
    (…服务二处), written right after the bureau or ministry, is named whole."""
    text = (
        "杭州市数据资源管理局公共数据建设处负责人表示，系统已上线。"
        "杭州市数据资源管理局数据服务二处工作人员介绍了流程。"
        "交通运输部综合运输安全监管司有关负责人回答了记者提问。"
    )
    platforms, institutions = document(text)
    assert {"杭州市数据资源管理局公共数据建设处", "杭州市数据资源管理局数据服务二处"} <= institutions
    assert "交通运输部综合运输安全监管司" in institutions
    assert not any(name.startswith("杭州市数据资源管理局") for name in platforms)


def test_department_rule_leaves_clauses_alone() -> None:
    """Also: a verb phrase after a bureau ("…局负责协调处置") is no department."""
    _, institutions = document("市应急管理局和有关单位协调处，确保安全。")
    assert not any(name.endswith("协调处") for name in institutions)


def test_body_after_a_verb_of_reporting() -> None:
    """REPORTED_TO: "及时报告联席会议" names 联席会议, not the verb with it."""
    _, institutions = document("各成员单位研究讨论工作议题，及时报告联席会议，需提交联席会议审定的事项由办公室汇总。")
    assert institutions == {"联席会议"}


def test_universities_of_a_standing_are_a_class() -> None:
    """STANDING_CLASS: "国外知名大学", "一流大学" qualified only by their standing name none."""
    _, institutions = document("取得国外知名大学硕士学位的留学人员，可申请补贴。支持建设一流大学。")
    assert not any(name.endswith(("高校", "大学")) for name in institutions)


def test_kinds_of_business_are_no_firms() -> None:
    """BUSINESS_KIND_END: "智慧景区、饭店等企业" lists kinds of business, no firms."""
    _, institutions = document("逐步将智慧景区、饭店等企业纳入评定。")
    assert not institutions


def test_agency_of_the_speaking_ministry() -> None:
    """OWN_AGENCY: the centre after "我部" is that ministry's agency."""
    _, institutions = document("下一步，我部信息中心将会同有关单位完善系统，我部标准样品研究所负责定值。")
    assert {"信息中心", "标准样品研究所"} <= institutions


def test_firms_of_a_list_of_projects() -> None:
    """PROJECT_LIST, PRODUCT_WORDS: the firm stands between the place and the product; one proper
    name (比亚迪) proves the list is of firms; a place jieba only guesses (浩纳) is part of the brand,
    a common word after a place (时代) keeps its place."""
    _, institutions = document("加快推进比亚迪储能电池、华曜时代动力电池二期、泓科芯材通信芯片等项目。")
    assert {"比亚迪", "华曜时代", "泓科芯材"} <= institutions
    _, institutions = document("推动恒瑞创新药、蓝岳智造风电整机、浩纳机电零部件等建设。")
    assert {"恒瑞", "蓝岳智造", "浩纳机电"} <= institutions


def test_lists_of_plants_and_works_name_no_firms() -> None:
    """Also: power plants by their sites (PLANT_ITEM) and works of a field name no firm."""
    _, institutions = document(
        "推进白鹤核电二期、滨江电厂三期、海宁电站扩建等项目。推进海绵城市、干流防洪提升等项目建设。"
    )
    assert not institutions


def test_military_commands_named_by_their_place() -> None:
    """MILITARY_BODY_END: a region's command, a city's garrison, a province's command."""
    _, institutions = document(
        "施工人员上岛时应征得南京军区同意。抄送：市委各部门，杭州警备区，市法院。协调浙江省军区做好保障。"
    )
    assert {"南京军区", "杭州警备区", "浙江省军区"} <= institutions


def test_described_groups_are_kinds_of_firm() -> None:
    """DESCRIBED_FIRM_CLASS, TRADE_GROUP_END: a group described by size and trade is a kind of firm."""
    _, institutions = document("培育大型综合性现代冷链物流集团，积极发展具有国际竞争力的纺织服装生产企业集团。")
    assert not institutions


def test_request_copy_and_notify_words_are_no_part_of_a_name() -> None:
    """ADDRESSED_AFTER, CLASS_THEN_BODY (round 11): the body asked, copied or notified stands after
    the word; what is left is judged as any name ("省级人民政府" is a class)."""
    _, institutions = document(
        "十、请华晨动力科技（沈阳）有限公司组织验收。定期报告抄送水利部松辽水利委员会。"
        "将报告书分送上述部门及沈阳市人民政府办公室。生态环境部将问题通报省级人民政府。"
    )
    assert {"华晨动力科技（沈阳）有限公司", "水利部松辽水利委员会", "沈阳市人民政府办公室"} <= institutions
    assert not any(name.startswith(("请", "抄送", "分送", "通报")) or "省级人民政府" in name for name in institutions)


def test_addressees_of_a_national_notice_are_classes() -> None:
    """ADDRESSEE_LIST: each province's departments; a firm named in full there stays."""
    _, institutions = document(
        "各省、自治区、直辖市及新疆生产建设兵团教育厅、体育局、 文物局，中国某某集团有限公司：\n"
        "为做好相关工作，现通知如下。"
    )
    assert not {"教育厅", "体育局", "文物局"} & institutions
    assert "中国某某集团有限公司" in institutions


def test_pronoun_counted_ranked_and_back_referenced_bodies_are_no_names() -> None:
    """PRONOUN_BODY, COUNTED_PLACES_BODY, ROLE_CLASS_WORDS (上级, 上述)."""
    _, institutions = document(
        "2018年，我部、财政部联合印发方案。江苏、浙江、安徽三省人民政府签署了协议。"
        "上级医院要为基层预留号源。上述钢铁集团报名表请传真。"
    )
    assert "财政部" in institutions
    assert not any(n in {"我部"} or "三省" in n or "上级" in n or "上述" in n for n in institutions)


def test_name_broken_by_a_wrap_space_is_read_whole() -> None:
    """WRAP_SPACE: "国 家卫健委" (a PDF line wrap) is 国家卫健委, not 家卫健委."""
    _, institutions = document("报告报送有关部门。国 家卫健委将总结试点经验。")
    assert "国家卫健委" in institutions
    assert "家卫健委" not in institutions


def test_document_codes_websites_villages_and_clauses_name_no_body() -> None:
    """DOCUMENT_CODE_AFTER (〔year〕), WEBSITE_AFTER, VILLAGE_AFTER_FORM, a clause ending in a bare ending."""
    text = (
        "按照《通知》（财办网信办〔2021〕5号）执行。\n中国政府网\n工业和信息化部网站\n沈阳市人民政府网站\n"
        "针对受噪声影响的南大阳村、相庄村等路段，应加强监测。医疗机构应当按照医院建设标准加强管理。"
    )
    _, institutions = document(text)
    assert not {"网信办", "工业和信息化部", "沈阳市人民政府", "南京大学"} & institutions
    assert not any("按照" in name for name in institutions)
    _, institutions = document("与南大、复旦等高校合作。")
    assert "南京大学" in institutions


def test_centre_that_hosts_an_event_is_an_institution() -> None:
    """LEAD_LIST_AFTER (round 11): 承办 / 主办 after a centre, its short form bracketed first."""
    platforms, institutions = document(
        "本次培训由我部气候司主办，由国家海洋环境战略研究和国际合作中心（简称“海洋中心”）承办。"
    )
    assert "国家海洋环境战略研究和国际合作中心" in institutions
    assert "国家海洋环境战略研究和国际合作中心" not in platforms


def test_list_item_opening_with_a_one_character_verb_is_whole() -> None:
    """LIST_ITEM_BEFORE (round 11): "横山区" is 横/v 山区 to jieba; after 、 the item is read whole."""
    _, institutions = document("配合延安市人民政府、横山区人民政府、榆横工业区管委会做好工作。")
    assert {"横山区人民政府", "榆横工业区管委会"} <= institutions
    assert not {"山区人民政府", "工业区管委会"} & institutions


def test_body_listed_after_the_provinces_is_a_class() -> None:
    """PROVINCE_CLASS_BEFORE (round 11); also: after a named region it stays."""
    _, institutions = document("每省（自治区、直辖市、新疆生产建设兵团）不超过10人。")
    assert "新疆生产建设兵团" not in institutions
    _, institutions = document("科技部、新疆维吾尔自治区人民政府、新疆生产建设兵团：")
    assert "新疆生产建设兵团" in institutions


def test_one_character_verb_before_a_place_word_is_part_of_the_place() -> None:
    """PLACE_WORD_END (round 11): "配合横山区人民政府" (横/v 山区/ns) and "配合榆横工业区管委会" keep
    their first character; also: "获应急管理部表彰" still drops 获."""
    _, institutions = document("配合横山区人民政府做好衔接。配合榆横工业区管委会结合规划。该案例获应急管理部表彰。")
    assert {"横山区人民政府", "榆横工业区管委会", "应急管理部"} <= institutions
    assert not {"山区人民政府", "工业区管委会"} & institutions


def test_flattened_staff_table_names_each_unit() -> None:
    """STAFF_LIST_HEADER (fixext50, round 50): a staff table run into one line names each row's unit, the title of
    the row before and the person cut off."""
    text = (
        "附件1检查组人员名单姓名单位职务/职称韩爱良生态环境部华东核与辐射安全监督站处长李龙志生态环境部华东核与辐射安全监督站"
        "副处长毛欢生态环境部核与辐射安全中心"
        "高工吴一苏州核安全中心高工邹衍华湖南工学院副院长杨四新山东核电有限公司高工丁金旗山东核电有限公司工程师"
        "何江华山东核电有限公司工程师何映龙国核示范电站有限责任公司工程师刘伟国核示范电站有限责任公司工程师字号"
    )
    _, institutions = document(text)
    assert {
        "生态环境部华东核与辐射安全监督站",
        "生态环境部核与辐射安全中心",
        "苏州核安全中心",
        "湖南工学院",
        "山东核电有限公司",
        "国核示范电站有限责任公司",
    } <= institutions
    assert not any(name.startswith(("工程师", "职称", "龙国核")) for name in institutions)


def test_copy_line_join_names_both_bodies() -> None:
    """JOINED_BODY (fixext50, round 50): "A局和B中心" in a copy line is two bodies; "朔州市和忻州市生态环境局" names
    the last, written in full; a body whose name holds 和 is left whole."""
    text = (
        "生态环境部2020年9月3日（此件社会公开）抄送：国家发展改革委，国家铁路局，呼和浩特市、乌兰察布市、大同市、"
        "朔州市和忻州市生态环境局，中国铁路设计集团有限公司，生态环境部华北督察局、黄河流域生态环境监督管理局和"
        "环境工程评估中心。上海市人力资源和社会保障局参加。"
    )
    _, institutions = document(text)
    assert {"黄河流域生态环境监督管理局", "环境工程评估中心", "忻州市生态环境局"} <= institutions
    assert "上海市人力资源和社会保障局" in institutions
    assert not any("和" in name and name != "上海市人力资源和社会保障局" for name in institutions)


def test_upgrade_campaign_group_named_whole() -> None:
    """UPGRADE_GROUP (fixext50, round 50): 提升 before a leading group's ending is the group's task."""
    _, institutions = document("按照区餐饮业态工作部署，成立全区餐饮业态提升百日攻坚行动工作领导小组，深入现场调研。")
    assert "全区餐饮业态提升百日攻坚行动工作领导小组" in institutions
