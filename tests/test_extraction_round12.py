"""Platform and institution rules added after round 12 was scored (session 14, issue #13): the
administrative rules and notices of a city and its districts (salutations to each district's
bureaus, where to send problems, who reviews an application, Party committee departments, the
platforms residents apply or register through). Example sentences written for the general cases;
guards ("also…") pin what a rule must leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_addressees_of_a_city_notice_are_each_districts_bureaus() -> None:
    """LOCAL_ADDRESSEE_LIST: "各区教育局、财政局：" names no city bureau; a body after the comma is one."""
    _, institutions = document(
        "各区教育局、财政局、市场监督管理局，市社保中心：\n为做好学生营养餐工作，现将办法印发给你们。\n"
        "各县残联：\n请认真执行。"
    )
    assert not {"财政局", "市场监督管理局", "残联"} & institutions
    assert "市社保中心" in institutions


def test_words_of_sending_and_reviewing_are_no_part_of_a_name() -> None:
    """ADDRESSED_AFTER (round 12): 径向 (straight to), 交由, 经 before a level, 后交 / 后 after a verb."""
    _, institutions = document(
        "实施中遇到问题，请径向市教育局反映。受理后交东部人才市场管委办审核。审核后东部人才市场管委办"
        "将名单报市人力资源社会保障局；经市人力资源社会保障局确认的单位予以公布。"
    )
    assert {"市教育局", "东部人才市场管委办", "市人力资源社会保障局"} <= institutions
    assert not any(name.startswith(("径向", "后", "经")) for name in institutions)


def test_towns_governments_by_level_or_residence_are_classes() -> None:
    """LEVELS_ONLY_BODY (镇, 街道), GOVERNMENT_GENERIC_WORDS (户籍地, 居住地)."""
    _, institutions = document(
        "镇人民政府、街道办事处负责本辖区助餐服务。由户籍地镇人民政府审核后交由居住地镇人民政府落实。"
    )
    assert not any("镇人民政府" in name for name in institutions)


def test_party_committee_departments_are_named_whole() -> None:
    """PARTY_DEPARTMENT: "某区委组织部" is the department, not the committee."""
    _, institutions = document("申请人向海珠区委组织部提交材料，由中共广州市海珠区委宣传部审核。")
    assert {"海珠区委组织部", "中共广州市海珠区委宣传部"} <= institutions
    assert not {"海珠区委", "中共广州市海珠区委"} & institutions


def test_flat_layouts_are_no_halls() -> None:
    """NOT_A_BODY: "两房一厅" is a flat's layout."""
    _, institutions = document("本批房源位于某某花园，包含三房一厅6套、两房一厅12套、一房一厅8套。")
    assert not any(name.endswith("厅") for name in institutions)


def test_platform_residents_apply_or_register_through() -> None:
    """USED_THROUGH_BEFORE/AFTER, REGISTERED_ON_AFTER, 录入 (PLATFORM_FRAME), and 为老服务 kept whole."""
    platforms, _ = document(
        "申请人可以通过市为老服务综合信息平台提出补贴申请。服务团队在市托育服务管理平台备案。"
        "街道应当将机构信息录入深圳市为老服务综合平台。"
    )
    assert {"市为老服务综合信息平台", "市托育服务管理平台", "深圳市为老服务综合平台"} <= platforms


def test_platform_each_district_builds_is_a_kind() -> None:
    """GENERIC_BUILDER (各区): what each district builds is a kind of platform; also a named one stays."""
    platforms, _ = document("鼓励各区依托小程序等搭建社区居民健康咨询服务平台。依托广州市政务信息共享平台交换数据。")
    assert not any("健康咨询" in name for name in platforms)
    assert "广州市政务信息共享平台" in platforms


def test_task_force_named_for_building_is_named_whole() -> None:
    """The 建设 anchor guard (工作专班): "…城市建设工作专班" is the task force's name."""
    _, institutions = document("市政府成立上海市数字孪生城市建设工作专班。")
    assert "上海市数字孪生城市建设工作专班" in institutions


def test_governments_of_special_administrative_regions() -> None:
    """特别行政区政府 is an ending of its own."""
    _, institutions = document("获得香港特别行政区政府、澳门特别行政区政府表彰的团队可申请资助。")
    assert {"香港特别行政区政府", "澳门特别行政区政府"} <= institutions


def test_term_the_rules_define_is_a_designation() -> None:
    """DEFINED_TERM: "本办法所称实训基地，是指…单位" makes the designation and its tiers no platforms;
    also a platform the rules name stays."""
    platforms, _ = document(
        "第二条 本办法所称实训基地，是指经市人力资源社会保障局认定的职业技能实训单位。"
        "第五条 依托东莞市实训基地开展培训，申请认定为“东莞市实训示范基地”的单位应当接入东莞市职业技能培训信息平台。"
    )
    assert not any("实训" in name for name in platforms)
    assert "东莞市职业技能培训信息平台" in platforms


def test_second_of_two_glued_issuers_loses_the_first_ones_last_character() -> None:
    """LEFTOVER_ENDING_CHARS: "…联合会深圳市财政局", "…委员会 上海市…局" (issuers of a joint notice)."""
    _, institutions = document(
        # The plan's own title line: inside a cited 《…》 the two issuers are its authors only (CITED_TITLE).
        "深圳市残疾人联合会深圳市财政局关于印发某某办法的通知\n"
        "上海市住房和城乡建设管理委员会 上海市规划和自然资源局关于印发某某方案的通知\n"
    )
    assert {"深圳市财政局", "上海市规划和自然资源局"} <= institutions
    assert not any(name.startswith("会") for name in institutions)


def test_two_issuers_written_together_are_two_bodies() -> None:
    """GLUED_BODY_ENDINGS: "某市…局某市…局关于印发…"; also a commission's branch stays one name."""
    _, institutions = document(
        "佛山市人力资源和社会保障局佛山市财政局关于印发某某办法的通知\n北京市规划和自然资源委员会海淀分局负责审批。"
    )
    assert {"佛山市人力资源和社会保障局", "佛山市财政局", "北京市规划和自然资源委员会海淀分局"} <= institutions


def test_centre_after_a_role_label_is_an_institution() -> None:
    """ROLE_LABEL_BEFORE: "初核机构：某某中心" names the body that reviews."""
    platforms, institutions = document(
        "（一）初核机构：佛山市高校毕业生就业指导中心（以下简称市就业指导中心）；（二）复核机构：市人力资源社会保障局。"
    )
    assert "佛山市高校毕业生就业指导中心" in institutions
    assert "佛山市高校毕业生就业指导中心" not in platforms


def test_body_named_by_whose_it_is_is_a_class() -> None:
    """ROLE_CLASS_WORDS (所在): "申请人所在公司" is whichever firm the applicant works for."""
    _, institutions = document("申请材料包括申请人所在公司营业执照复印件、劳动合同。")
    assert not any("公司" in name for name in institutions)


def test_centre_in_a_bracket_of_lead_units_is_an_institution() -> None:
    """ROLE_LABEL_BEFORE (lead-unit bracket): a centre read as a platform among the units that lead a
    task is an institution."""
    from plankg.loaders.extract.institutions import refine_institutions
    from plankg.loaders.extract.mentions import Mention

    text = "强化风险识别和及时处置。（责任部门：市水务局、市城运中心、某某集团）"
    start = text.index("市城运中心")
    found = refine_institutions(text, [Mention("市城运中心", "platform", "中心", start, start + 5)])
    assert [(m.name, m.category) for m in found] == [("市城运中心", "institution")]
    text = "依托市城运中心开展监测。"
    start = text.index("市城运中心")
    found = refine_institutions(text, [Mention("市城运中心", "platform", "中心", start, start + 5)])
    assert [m.category for m in found] == ["platform"]


def test_body_after_a_tier_and_in_a_document_code_are_no_mentions() -> None:
    """TIER_BEFORE ("区级残联组织": each district's federation) and DOCUMENT_CODE_AFTER (规字〔…〕)."""
    _, institutions = document("深残联规字〔2020〕3号\n由区级残联组织会同同级财政部门核准费用。")
    assert not institutions


def test_short_name_before_a_year_in_square_brackets_is_a_document_code() -> None:
    """DOCUMENT_CODE_AFTER ([2016]): "（深残联[2016] 11 号）" cites a document, no body."""
    _, institutions = document("按照《某某办法》 (深残联[2016] 11 号) 和本办法的要求执行。")
    assert not institutions
