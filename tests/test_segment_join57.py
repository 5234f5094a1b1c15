"""Rules written in session 43 (branch join57) for texts that lost their line breaks, each with the real excerpt it
was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.rules.structure import UNIT_TAG_BEFORE_MARKER
from plankg.loaders.structure.headings import head_noun_end
from plankg.loaders.structure.segment import headings_inline

# fz-housing-opinions-2016 (heldout57) joined: each measure is followed by its 责任单位 tag, whose last unit carries a
# bracketed word, no full stop after it
FUZHOU = (
    "为进一步加强我市房地产市场管理，促进房地产市场平稳健康发展，现提出如下意见：一、加大住宅用地供应力度。结合"
    "“抓征迁、促落实”百日攻坚行动，进一步增加住宅用地供应。住宅库存去化周期低于12个月的县（市）要相应调整土地年度"
    "供应计划。责任单位：市国土局、市土地发展中心,各县（市）人民政府二、适当提高土地竞买条件。适当提高福州城区公开"
    "出让项目用地竞买保证金和缩短土地出让金付款期限。责任单位：市国土局,马尾区、闽侯县人民政府三、强化商品房价格"
    "管理。开发企业商品房销售价格要按规定报备价格主管部门。责任单位：市房管局、市发改委、市市场监督管理局、市统计局、"
    "人行福州中心支行、市房屋登记中心、市住房公积金管理中心,各县（市）人民政府四、加强舆论宣传引导。新闻媒体要加强"
    "正面宣传，准确报道有关政策措施。责任单位：市委宣传部、市房管局"
)


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


def test_a_units_tag_with_bracketed_names_still_stands_before_the_next_marker() -> None:
    # UNIT_NAME_BRACKETS: "…各县（市）人民政府|二、适当提高…" — the （市） stopped the tag's value, 二、 was a
    # GLUED_PART lapse; the tag naming seven units runs to 61 characters before 四、
    found = titles(FUZHOU)
    assert [number for _, number, _ in found] == ["一、", "二、", "三、", "四、"]
    assert (1, "二、", "适当提高土地竞买条件") in found
    assert (1, "四、", "加强舆论宣传引导") in found


def test_a_units_bracket_is_no_marker() -> None:
    # a marker's （二） is no bracketed word of a name: the value stops before it, the marker is the match's
    match = UNIT_TAG_BEFORE_MARKER.search("责任单位：市房管局（二）加大住房融资信贷支持")
    assert match is not None and match.group("marker") == "（二）"
    assert UNIT_TAG_BEFORE_MARKER.search("责任单位：市市场监督管理局(知识产权局)三、加强") is not None
    # a sentence mark inside the brackets is no name's
    assert UNIT_TAG_BEFORE_MARKER.search("责任单位：各县（市。区）人民政府三、加强") is None


def test_a_duty_division_title_ends_before_its_first_units_entry() -> None:
    # DUTY_DIVISION_HEAD: "六、职责分工|市房产局：负责牵头制定工作方案，…" (sy-house-pension-plan-2024 joined)
    assert head_noun_end("职责分工市房产局") == 4
    # 分工负责 / 分工方案 go on as words
    assert head_noun_end("坚持分工负责") is None
    assert head_noun_end("部内分工方案") is None


def test_whole_process_qualifies_the_next_word() -> None:
    # WHOLE_PROCESS_MODIFIER: "（十八）加强职称评价全流程监督|健全职称评价监管制度体系"
    # (bj-protitle-reform-opinion-2018 joined)
    assert head_noun_end("加强职称评价全流程监督健全职称评价监管制度体系") is None
    assert head_noun_end("推进环境风险全过程管理") is None
    # a procedure part still ends after its 流程: "四、实施流程|方案…"
    assert head_noun_end("实施流程方案经审定后") == 4
