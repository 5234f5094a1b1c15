"""Session 33's platform and institution causes of round 42 (fixext42, issue #13): boxes exploded one cell per line
(杭州's 十五五 outline). Each case is a short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_block_label_alone_on_its_line_opens_the_list_on_the_next() -> None:
    # LINE_BLOCK_LABEL (杭州's 十五五 outline, 专栏7 exploded one cell per line, round 42)
    text = (
        "人工智能\n发展目标\n到2030年，规模以上人工智能核心产业营业收入超6000亿元。\n\n\n重点平台\n"
        "滨江物联网小镇、钱塘大创小镇、萧山“三芯”社区、西湖紫金港科技城、大运河数智未来城、杭州富春湾新城等。\n\n"
        "现代纺织与服装\n重点平台（区域）\n钱塘临江高科园、临平艺尚小镇、萧山区衙前镇等。\n"
    )
    platforms, _ = document(text)
    assert {"滨江物联网小镇", "钱塘大创小镇", "萧山“三芯”社区", "大运河数智未来城", "杭州富春湾新城"} <= platforms
    assert {"钱塘临江高科园", "临平艺尚小镇"} <= platforms
    # guard: the label inside a sentence, and the line after the list, are not a block
    platforms, _ = document(
        "重点平台建设取得进展\n滨江物联网小镇、钱塘大创小镇等。\n重点平台\n发展目标。\n余杭梦想小镇、临平算力小镇等。\n"
    )
    assert not platforms & {"滨江物联网小镇", "钱塘大创小镇", "余杭梦想小镇", "临平算力小镇"}


def test_a_placeholder_count_makes_a_class() -> None:
    # PLACEHOLDER_COUNT (广州's 2026 report glossary, round 43)
    platforms, _ = document("“N”指以粤港澳大湾区国家技术创新中心为枢纽的N家科产融合创新平台为基础网络。")
    assert "粤港澳大湾区国家技术创新中心" in platforms
    assert not {p for p in platforms if "科产融合创新平台" in p}
    platforms, _ = document("建设X个产业创新服务平台。")
    assert not platforms


def test_a_zone_named_after_a_hub_is_the_zone() -> None:
    # HUB_ZONE_AFTER and the 联动区 ending (合肥's 十五五 outline and 苏州's 2026 report, round 43)
    platforms, _ = document("加快建设虹桥国际开放枢纽合肥联动区，主动融入东方枢纽国际商务合作区建设。")
    assert "虹桥国际开放枢纽合肥联动区" in platforms and "虹桥国际开放枢纽" not in platforms
    platforms, _ = document("持续深化虹桥国际开放枢纽北向拓展带、G60科创走廊建设。")
    assert "虹桥国际开放枢纽" not in platforms
    # guard: the hub itself, built, is still one
    platforms, _ = document("加快建设虹桥国际开放枢纽。")
    assert "虹桥国际开放枢纽" in platforms


def test_important_before_a_base_is_a_role() -> None:
    # IMPORTANT_ROLE_HEAD (深圳's 十五五 outline, round 42; 新疆's 2026 report, round 35)
    platforms, _ = document("建设世界服务贸易重要基地和对外开放试验示范窗口。打造高端服务进出口重要基地和重大平台。")
    assert not {p for p in platforms if "重要基地" in p}
    # guard: a base with a name of its own stays
    platforms, _ = document("加快建设深圳国际服务贸易示范基地。")
    assert "深圳国际服务贸易示范基地" in platforms


def test_projects_of_fields_name_no_firms() -> None:
    # FIELD_PROJECT_QUALIFIER (北京's 十五五 outline, round 42; 深圳's 2026 report, round 26)
    _, institutions = document("局实施一批教育、医疗等领域重大项目，系统谋划养老、文化、体育等领域服务能力提升项目。")
    assert "养老" not in institutions
    _, institutions = document("开展集成电路、工业母机、基础软件等领域重点产业研发项目。")
    assert "集成电路" not in institutions
    # guard: firms named through their projects stay
    _, institutions = document("推动台州温玉铁路、杭州海康机器人、丽水富乐德传感技术等项目建成投运。")
    assert "海康机器人" in institutions


def test_a_list_closed_by_a_platform_kind_lists_platforms() -> None:
    # PLATFORM_LIST_CLOSE (合肥's 十五五 outline, round 43)
    platforms, institutions = document("推进欧美同学会长三角海创中心、侨梦苑、海归小镇等平台建设。")
    assert "侨梦苑" in platforms and "侨梦苑" not in institutions
    # guard: a list of firms closed by 等企业 keeps its brands institutions
    platforms, institutions = document("推动阿里巴巴、浙江联通、杭钢集团、之江实验室等企业发展。")
    assert {"阿里巴巴", "浙江联通"} <= institutions and not platforms & {"阿里巴巴", "浙江联通"}


def test_a_county_wide_platform_is_a_kind() -> None:
    # COUNTY_WIDE_OPENING (合肥's 十五五 outline, round 43; 湖南's 2026 report, round 38)
    platforms, _ = document("完善分级诊疗体系，加强县域医疗次中心建设。")
    assert "县域医疗次中心" not in platforms
    # guard: a county's own platform stays
    platforms, _ = document("加强肥西县医疗次中心建设。")
    assert "肥西县医疗次中心" in platforms


def test_a_product_code_is_no_count() -> None:
    # PRODUCT_CODE_AFTER (广州's 十五五 outline, round 42)
    platforms, _ = document("完善荔湾3D打印产业园、白云机器人产业园、南沙大岗先进制造业基地等园区配套。")
    assert "荔湾3D打印产业园" in platforms and "D打印产业园" not in platforms
    # guard: a count before a name still makes a class
    platforms, _ = document("建设20家科技传播人才实训基地。")
    assert not platforms
