"""Session 31 (ext31) platform and institution causes of rounds 36 and 37 (heldout36, heldout37): each case is a short
excerpt of a scored text that failed before its rule; guards pin what the rules leave alone."""

from __future__ import annotations

from plankg.loaders.rules import names as rules
from plankg.loaders.rules.named import NamedPattern
from tests.extracting import document


def test_each_new_rule_matches_its_example() -> None:
    for rule in (rules.FIRMS_ACTING, rules.LEVEL_CONGRESS):
        assert isinstance(rule, NamedPattern)
        assert rule.pattern.search(rule.example), rule.name


def test_parks_opening_their_clause_are_named() -> None:
    # SUBJECT_PARK: 重庆's and 天津's 2025 reviews (heldout36)
    platforms, _ = document("明月湖科创园8家企业亮相国际消费电子展。")
    assert "明月湖科创园" in platforms
    # a rare word jieba tags v opens the park's name; cut off, it left a class (高教科创园)
    platforms, _ = document("创新动能聚势发力。天开高教科创园蓬勃发展，“一核两翼多点”布局深化拓展。")
    assert "天开高教科创园" in platforms
    platforms, _ = document("一批新要素项目引育聚能，特变电工智慧产业园、飞毛腿绿色储能等深化布局。")
    assert "特变电工智慧产业园" in platforms
    platforms, _ = document("中新济南未来产业城发布首批合作机会清单。")  # 山东's (heldout37)
    assert "中新济南未来产业城" in platforms


def test_parks_of_a_kind_opening_their_clause_stay_classes() -> None:
    # guards: field words alone, or a common word before a class, name no park
    platforms, _ = document("现代农业产业园加快建设。特色产业园提质增效。")
    assert not platforms
    platforms, _ = document("统筹布局超级计算中心，规划算力产业园与数据要素园区。")  # 南京's outline (heldout25)
    assert not any("算力产业园" in p for p in platforms)


def test_firms_listed_as_going_public_or_growing() -> None:
    # FIRMS_ACTING: 天津's and 黑龙江's 2025 reviews (heldout36), 山东's (heldout37)
    _, institutions = document("产值增长超50%，华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长。")
    assert {"华海清科", "海光信息", "安擎信息", "合源生物", "火眼位置"} <= institutions
    _, institutions = document("健全金融服务实体经济工作机制。天有为、大鹏工业成功上市。")
    assert {"天有为", "大鹏工业"} <= institutions
    _, institutions = document("完善省市县金融直连服务机制，德邦证券、富泽人寿成功落户，恒丰银行稳健发展。")
    assert {"德邦证券", "富泽人寿"} <= institutions
    _, institutions = document("基金规模超200亿元，智清未来、费曼动力等一批“金种子”茁壮成长。")
    assert {"智清未来", "费曼动力"} <= institutions
    _, institutions = document("规上装备工业增加值增长8.4%。哈电机、龙江广瀚入选国家制造业数字化转型典型案例。")
    assert {"哈电机", "龙江广瀚"} <= institutions
    _, institutions = document("工生所、天大前沿院、华熙生物入选国家首批生物制造中试平台。")
    assert {"工生所", "天大前沿院", "华熙生物"} <= institutions


def test_lists_that_grow_without_a_firm_name_none() -> None:
    # guard: no item ends in a firm's word; a list inside another clause is its object
    _, institutions = document("关爱儿童、青少年健康成长。")
    assert not institutions
    _, institutions = document("乳制品、稀土新材料、现代煤化工入选。南平、龙岩入选。")
    assert not institutions
    _, institutions = document("支持华海清科、海光信息快速成长。")
    assert not institutions & {"华海清科", "海光信息"}


def test_listed_firms_and_hospitals_by_kind_are_classes() -> None:
    # LISTED_FIRM_CLASS: 江苏's review (heldout37), 重庆's (heldout36)
    _, institutions = document("科创板、北交所上市公司数量居全国第一。新增境内上市公司29家。")
    assert not institutions
    _, institutions = document("上市公司再融资增长5.4倍，境内上市公司并购重组交易规模增长9倍。")
    assert not institutions
    # HOSPITAL_KIND_ONLY: 新疆's review (heldout37), 福建's (heldout36)
    _, institutions = document("优质医疗资源不断向基层延伸，地级公立中医医院实现全覆盖。县办公立中医医院实现全覆盖。")
    assert not institutions
    # guard: a level's or a place's own hospital of a kind is one hospital
    _, institutions = document("支持市中医医院、深汕中医医院建设。")
    assert {"市中医医院", "深汕中医医院"} <= institutions


def test_congress_of_a_level_and_of_an_autonomous_region() -> None:
    # LEVEL_CONGRESS: 上海's review (heldout36)
    _, institutions = document("推动一批高风险高价值基础研究。配合市人大及其常委会出台新一批浦东新区法规。")
    assert "市人大" in institutions
    # guard: deputies' suggestions, and a congress of no level
    _, institutions = document("办理市人大代表建议。自觉接受人大及其常委会监督。")
    assert not any(i.endswith("人大") for i in institutions)
    # LEVEL_OF_NAMED_BODY: 内蒙古's review of the 14th plan (heldout37)
    _, institutions = document("提请自治区人大常委会审议地方性法规案29件，制定修改废止政府规章8件。")
    assert "自治区人大常委会" in institutions
