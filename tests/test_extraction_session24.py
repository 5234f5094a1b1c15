"""Session 24's platform and institution causes (ext25): causes that recur across the development rounds, each case
a short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

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
