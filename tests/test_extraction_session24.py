"""Session 24's platform and institution causes (ext25): causes that recur across the development rounds, each case
a short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from plankg.loaders.extract.mentions import enumerated_institutions, headquartered_firms
from plankg.loaders.extract.names import is_generic
from plankg.loaders.rules.names import FIRM_HEADQUARTERS
from tests.extracting import all_names, document

# round 24: 苏州's outline (PDF text), 第八章 on the city lab and the large facilities
CITY_LAB = (
    "举全市之力服务保障好苏州实验室建设，加快苏州工业园区和相城基地投用，高质量建成材料综合研究设施，"
    "争取建设材料科学国家人工智能应用中试基地，服务苏州实验室成为材料领域科技攻关总平台、总链长。\n"
)
FACILITIES = (
    "积极争取信息器件原子级制造实验装置列入国家重大科技基础设施，推进新一代光刻技术研究与实验装置等预研建设。\n"
)


def test_a_verb_before_a_name_is_no_part_of_it() -> None:
    # the resultative 好 after a verb (RESULTATIVE_GOOD) and a verb before a place (VERB_BEFORE_PLACE_TAGS)
    platforms, _ = document(CITY_LAB)
    assert "苏州实验室" in platforms
    assert not {n for n in platforms if n.endswith("苏州实验室") and n != "苏州实验室"}
    # 列入 (listing into, as 纳入) ends the facility's name
    platforms, _ = document(FACILITIES)
    assert "信息器件原子级制造实验装置" in platforms
    assert not {n for n in platforms if "列入" in n}
    # guard: 好 inside names stays ("穗好办", "中日友好…"), and so does a name opening with 服务 before its own words
    names = dict(all_names("推进“穗好办”平台建设，支持中日友好环境保护中心建设，建设服务型制造示范平台。"))
    assert "“穗好办”平台" in names and "中日友好环境保护中心" in names


def test_a_firm_is_named_by_its_headquarters() -> None:
    # FIRM_HEADQUARTERS: 广州's and 杭州's outlines (round 24)
    _, institutions = document("加快建设希音供应链总部、华南供应链采购配送中心等项目，谋划建设跨境电商智造产业园。\n")
    assert "希音" in institutions
    _, institutions = document("推动爱奇艺线下体验业务总部落户。深化公共文化设施所有权与使用权分置改革。\n")
    assert "爱奇艺" in institutions
    # guards: kinds of headquarters, a base, a regional headquarters (REGIONAL_HEADQUARTERS) name no brand
    found = headquartered_firms(
        "引进落地企业总部和研发中心，推动在先导区建设区域总部，加快推进T轴核心区骄成总部基地项目建设。"
        "| 165 | 湖南恒昌医药西南总部项目（璧山） |"
    )
    assert found == []
    assert FIRM_HEADQUARTERS.pattern.search(FIRM_HEADQUARTERS.example)


def test_kinds_listed_before_a_kind_are_no_names() -> None:
    # 深圳's outline (round 24): universities and institutes jointly with firms, no firms named 高校, 科研院所
    assert enumerated_institutions("支持高校、科研院所等联合企业搭建研发公共服务平台，面向产业共性技术需求。") == []
    # guard: brands before a kind stay firms
    found = enumerated_institutions("支持超聚变、中创智领、许继、平高等领军企业全面提升产业科技创新能力")
    assert [m.name for m in found] == ["超聚变", "中创智领", "许继", "平高"]


def test_a_municipality_names_its_zone_in_full() -> None:
    # MUNICIPAL_ZONE with the full endings (北京's 中关村 outline, round 24); the short ones as before
    platforms, _ = document("以北京经济技术开发区、中关村科学城为主阵地，推动创新型产业集群发展。\n")
    assert "北京经济技术开发区" in platforms
    assert not is_generic("天津经济技术开发区", "platform") and not is_generic("重庆经开区", "platform")
    # guard: a province's zones of the kind are a class
    assert is_generic("广东高新区", "platform")


def test_a_performing_arts_centre_is_a_venue() -> None:
    # 杭州's outline (round 24): a theatre by another name, as 艺术中心 and 大剧院 are
    platforms, institutions = document("推进杭州未来国际演艺中心等项目建设。延伸文创产业链。\n")
    assert "杭州未来国际演艺中心" in institutions and "杭州未来国际演艺中心" not in platforms


def test_a_water_body_before_a_verb_makes_a_field_of_the_name() -> None:
    # 重庆's outline (round 23): 航道整治 is the centre's field of engineering, not the verb 整治
    names = dict(all_names("依托国家内河航道整治工程技术研究中心等，重点突破智慧航运技术。"))
    assert "国家内河航道整治工程技术研究中心" in names
    # guard: the verb still opens no name ("整治银行强制搭售产品" names no 整治银行)
    assert not {n for n, _ in all_names("整治银行强制搭售产品。") if n.startswith("整治")}
