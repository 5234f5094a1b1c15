"""Session 34's platform causes of round 42 (ext44, issue #13): names the rules cut or missed in 广州's and 杭州's
十五五 outlines. Each case is a short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_place_opening_with_a_preposition_keeps_it() -> None:
    # FUNCTION_WORD_PLACES (广州's 十五五 outline, 专栏3, round 42)
    platforms, _ = document("建设番禺国际高端医用同位素产业基地、从化粤港澳大湾区生物医药产业创新平台等。")
    assert "从化粤港澳大湾区生物医药产业创新平台" in platforms
    assert "化粤港澳大湾区生物医药产业创新平台" not in platforms
    platforms, _ = document("加快建设从化生态设计小镇。")
    assert platforms == {"从化生态设计小镇"}
    # guard: the preposition before a word that is no place is still cut
    platforms, _ = document("从化工园区搬出企业，建设化工产业基地。")
    assert not {p for p in platforms if p.startswith("从")}


def test_unnamed_items_of_a_built_list_of_platforms_are_platforms() -> None:
    # PLATFORM_MAJORITY_LIST (广州's 十五五 outline, 专栏3, round 42)
    platforms, _ = document(
        "建设广州国际生物岛、中新广州知识城国际生物医药价值创新园、中大国际药谷产业园、大坦沙国际健康生态岛、"
        "天河生命谷、广州荔湾产业园区、番禺国际高端医用同位素产业基地等。"
    )
    assert {"广州国际生物岛", "大坦沙国际健康生态岛", "天河生命谷"} <= platforms
    platforms, _ = document("建设琶洲人工智能大模型创新应用先行区、中国人工智能（广州）产业园、红专厂等。")
    assert "红专厂" in platforms
    # guards: fields listed with platforms, a list closed by a kind, a list with a firm in it
    platforms, _ = document("建设广州国际生物岛、中大国际药谷产业园、人工智能、生物医药等。")
    assert not platforms & {"人工智能", "生物医药"}
    platforms, _ = document("建设广州荔湾产业园区、中大国际药谷产业园、红专厂等企业。")
    assert "红专厂" not in platforms
    platforms, _ = document("推进广州荔湾产业园区、中大国际药谷产业园、广汽集团、小鹏汽车等。")
    assert "小鹏汽车" not in platforms


def test_a_university_lab_keeps_its_university() -> None:
    # UNIVERSITY_LAB (杭州's 十五五 outline, round 42; 青海's 2026 report)
    platforms, institutions = document("依托浙江大学极端光学技术与仪器全国重点实验室、西湖大学光电研究院等。")
    assert "浙江大学极端光学技术与仪器全国重点实验室" in platforms
    assert "极端光学技术与仪器全国重点实验室" not in platforms and "浙江大学" in institutions
    platforms, _ = document("青海大学三江源生态大数据应用实验室成为西部地区唯一获批的哲学社会科学实验室。")
    assert "青海大学三江源生态大数据应用实验室" in platforms
    # guard: a centre a university hosts is still split off (the Shanghai gold)
    platforms, institutions = document("加快建设上海科技大学上海临床研究中心。")
    assert "上海临床研究中心" in platforms and "上海科技大学" in institutions


def test_a_noun_opening_with_the_class_mark_is_a_word_of_its_own() -> None:
    # CLASS_MARK_WORD (杨浦's innovation-zone plan, heldout41)
    platforms, _ = document(
        "聚焦类脑智能细分领域，加快建设类脑智能未来产业科技园，提升类脑智能产业应用公共服务平台功能。"
    )
    assert {"类脑智能未来产业科技园", "类脑智能产业应用公共服务平台"} <= platforms
    # guard: 类 marking a class still says nothing of its own
    platforms, _ = document("加快建设各类未来产业科技园。")
    assert not platforms


def test_stores_of_firms_and_talents_are_platforms() -> None:
    # STORES_OF_UNITS (广州's 十五五 outline, round 42)
    platforms, _ = document("加强上市后备企业库和专业服务机构库动态管理，完善企业上市的发现机制。")
    assert "上市后备企业库" in platforms
    platforms, _ = document("推进“羊城工匠”培育工程，建立高技能领军人才库。")
    assert "高技能领军人才库" in platforms
    # guard: a bare store or a kind's store is a kind
    platforms, _ = document("建立人才库，完善科技型企业库。")
    assert not platforms


def test_an_approximate_count_after_a_name_makes_a_class() -> None:
    # COUNT_APPROXIMATION (广东's 2026 report annexes, round 43)
    platforms, _ = document("培育新就业形态劳动纠纷一站式调解平台超30个，为新就业形态劳动者提供服务。")
    assert not platforms
    # guard: the name without a count stays
    platforms, _ = document("建设新就业形态劳动纠纷一站式调解平台，为新就业形态劳动者提供服务。")
    assert "新就业形态劳动纠纷一站式调解平台" in platforms


def test_type_is_no_word_of_its_own() -> None:
    # CLASS_MARK_KIND_WORDS (a museum opinion, heldout31)
    _, institutions = document("坚持公益属性，统筹不同地域、层级、属性、类型博物馆发展，提高博物馆公共服务水平。")
    assert "类型博物馆" not in institutions


def test_ranks_among_ends_a_name() -> None:
    # 跻身 in ANCHOR_WORDS (青海's 2026 report, heldout36)
    platforms, _ = document("青海师范大学藏语智能实验室跻身全国重点实验室，新增科技型企业195家。")
    assert "青海师范大学藏语智能实验室" in platforms
    assert not {p for p in platforms if "跻身" in p}
