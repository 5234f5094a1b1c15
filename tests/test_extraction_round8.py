"""Rules added after the fifth held-out round (heldout5: Shanghai plans on water, greening, waste
sorting and rail safety; three parts of the 1955 First Five-Year Plan; a 2018 attachment of
practices from many provinces; a data rule) had been scored, for causes it shares with the earlier
rounds. Each case is a clause showing the general cause; guards ("also…") pin what a rule must
leave alone."""

from __future__ import annotations

from plankg.loaders.extract.mentions import project_firms
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.pipeline import analyse
from plankg.schema import PlanMeta


def document(text: str) -> tuple[set[str], set[str]]:
    doc = analyse(text, PlanMeta(id="t", title="t"), load_field_vocabulary())
    return {p.name for p in doc.platforms}, {i.name for i in doc.institutions}


def test_ministries_of_earlier_governments() -> None:
    # MINISTRY: older plans name ministries that no longer exist, and industrial ministries by
    # their industry; "燃料工业各部" is several ministries and "重工业部分" is no ministry.
    _, institutions = document(
        "各部门培养的数字如下列：重工业部一七六、八○○人；燃料工业各部一七二、○○○人；纺织工业部五五、"
        "四○○人；地质部一一、八○○人；建筑工程部三九、八○○人；交通部一九、八○○人；邮电部五、○○○人。"
        "发展重工业部分产品。"
    )
    assert institutions == {"重工业部", "纺织工业部", "地质部", "建筑工程部", "交通部", "邮电部"}


def test_works_named_by_place_and_product() -> None:
    # INSTITUTION_ENDINGS 钢厂, 铁厂, 铝厂, 柴油机厂 …: a works is an enterprise; a head with no
    # proper word is a class.
    _, institutions = document(
        "对若干原有的中小型钢铁厂进行部分的改建，其中主要的是：重庆炼钢厂、天津钢厂和唐山钢厂。"
        "必须保证完成抚顺制铝厂的建设。"
    )
    assert institutions == {"重庆炼钢厂", "天津钢厂", "唐山钢厂", "抚顺制铝厂"}


def test_existential_verb_ends_the_clause_before_a_name() -> None:
    # EXISTENTIAL_VERBS: "建设单位有天津钢厂" names 天津钢厂; also a firm's own one-character
    # words stay ("上海可鲁系统软件有限公司").
    _, institutions = document("限额以下的建设单位有天津钢厂、唐山钢厂等二三个。支持上海可鲁系统软件有限公司发展。")
    assert institutions == {"天津钢厂", "唐山钢厂", "上海可鲁系统软件有限公司"}


def test_building_and_coordinating_inside_a_platform_name() -> None:
    # _GUARDED_ANCHORS 建设, 发展, 协调: a platform named for directing building or for coordinating
    # keeps those words; 工程建设 is a noun. Also the verb 协调 alone still opens no name.
    platforms, _ = document(
        "市级层面建立全市轨道交通发展协调平台，建立衔接高效的管理体制。"
        "发挥市生活垃圾设施建设指挥平台协调机制，压实各区主体责任。"
        "建设涵盖市、区两级108个部门的工程建设项目审批管理平台；设立“一个窗口”。"
        "协调长三角科技资源。"
    )
    assert platforms == {"全市轨道交通发展协调平台", "市生活垃圾设施建设指挥平台", "工程建设项目审批管理平台"}


def test_quoted_number_is_part_of_a_name() -> None:
    # COUNTED: digits closing a quoted word name a hotline, not a count; also a count stays one.
    platforms, _ = document(
        "建设“江西12345”政务服务热线平台，实现全省政务服务“一号对外”。建设3个公用辅助研发平台。"
    )
    assert platforms == {"“江西12345”政务服务热线平台"}


def test_framed_names_listed_before_a_class_of_platforms() -> None:
    # PLATFORM_LIST_AFTER for framed endings: names listed before "…三大子平台" or "等…平台" are
    # platforms whatever the verb; also a list of plain words is still no platform.
    platforms, _ = document(
        "阿坝州大数据中心平台包括：阿坝州共享交换平台、阿坝州数据开放平台、阿坝州政务数据资源池三大子平台。"
        "发挥市场与平台等作用。"
    )
    assert platforms == {"阿坝州共享交换平台", "阿坝州数据开放平台", "阿坝州政务数据资源池"}


def test_a_body_s_own_platform_is_a_class() -> None:
    # CLASS_OPENING 本部门, 本单位 …: every department builds its own.
    platforms, _ = document("政务部门应当建立本部门政务数据资源池，及时归集本部门的政务数据。")
    assert platforms == set()


def test_preposition_inside_a_candidate_ends_the_clause() -> None:
    # INNER_PREPOSITION_MIN: "…人民政府按照州人民政府…" is not one name; also 按照 opening a
    # candidate was already cut, and a firm's name keeps its one-character words.
    _, institutions = document("县（市）人民政府按照湖北省人民政府政务数据资源管理要求，统筹协调。")
    assert institutions == {"湖北省人民政府"}


def test_place_and_organisation_are_two_actors() -> None:
    # PLACE_CONJUNCT_NEXT_TAGS: "闵行区和城投集团" names the group; also places sharing a name stay.
    _, institutions = document("由闵行区和城投集团负责。支持长三角和长江经济带发展研究院建设。")
    assert institutions == {"城投集团", "长三角和长江经济带发展研究院"}


def test_kinds_of_schools_and_institutes() -> None:
    # INSTITUTION_GENERIC_WORDS 综合, 工科, 农业科学 and CONTINUATION 院校: kinds, not names; also a
    # university with a place stays.
    _, institutions = document(
        "高等教育以发展高等工科学校和综合大学的理科为重点。新设置高等学校（包括综合大学一所，政法院校三所）。"
        "对于各地方现有的农业科学研究所，应该加以整顿。支持中国农业大学建设。"
    )
    assert institutions == {"中国农业大学"}


def test_projects_of_a_listed_class_name_no_firm() -> None:
    # PROJECT_ENUMERATION: "…等地区的新建项目" lists areas; also a list of firms' projects still
    # names them (round 4's case).
    _, institutions = document(
        "在郊区新城、六大重点功能区域、五大转型区域和成片开发区域等地区的新建项目以及试点区域，通过控制径流。"
    )
    assert institutions == set()
    assert project_firms("推动台州温玉铁路、杭州海康机器人、丽水富乐德传感技术等项目建成投运")


def test_zone_committees_and_field_stations() -> None:
    # INSTITUTION_ENDINGS 管委会 (LEVELS_ONLY_BODY: "园区管委会" is a class) and PLATFORM_ENDINGS
    # 观测研究站 (a class without a proper word).
    platforms, institutions = document(
        "（牵头单位：奉贤区政府，临港新片区管委会。）加强园区管委会建设。"
        "建设上海城市森林生态系统国家定位观测研究站。布局一批国家野外科学观测研究站。"
    )
    assert institutions == {"奉贤区政府", "临港新片区管委会"}
    assert platforms == {"上海城市森林生态系统国家定位观测研究站"}


def test_rebuilding_opens_no_name() -> None:
    # ANCHOR_WORDS 改建: like 新建 and 扩建, a verb before the works it rebuilds.
    _, institutions = document("同时，恢复和改建本溪钢铁公司、马鞍山铁厂的高炉。")
    assert institutions == {"本溪钢铁公司", "马鞍山铁厂"}
