"""Rules written in session 41 (branch join55b) for texts that lost their line breaks, each with the real excerpt it
was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline

# anyang-housing-opinion-2022 (heldout55) joined: each part ends with its 责任单位 tag, no full stop after it
ANYANG = (
    "各县（市、区）人民政府，市人民政府各部门及有关单位：为进一步落实党中央、国务院关于房地产市场管控工作决策部署，"
    "现结合我市实际提出如下意见。一、实施购房契税补贴2022年4月25日至2022年12月31日，在安阳市区内购买商品住宅"
    "（含二手房）并缴纳契税的，给予已缴契税50%消费补贴。以上契税补贴以购房合同网签备案时间为准。责任单位：市财政局"
    "二、加大住房公积金和金融信贷支持（一）调整住房公积金贷款规定。提高住房公积金贷款额度，夫妻双方缴存最高贷款"
    "金额由50万元调整为60万元。责任单位：市住房公积金管理中心（二）加大住房融资信贷支持。引导银行金融机构合理确定"
    "商业性个人住房贷款最低首付比例。责任单位：市金融工作局三、优化预售资金监管房地产开发项目可凭银行保函替代预售"
    "资金监管。责任单位：市住房和城乡建设局、市金融工作局四、分期缴纳土地出让金受让方在签订土地出让合同后一个月内"
    "缴纳出让价款的50%。责任单位：市自然资源和规划局"
)


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


def test_a_part_glued_after_its_units_tag_opens_where_a_line_starts() -> None:
    # UNIT_TAG_BEFORE_MARKER: "…责任单位：市财政局|二、加大…": refused as a GLUED_PART lapse before, with 三、 and 四、
    found = titles(ANYANG)
    numbers = [number for _, number, _ in found]
    assert numbers == ["一、", "二、", "（一）", "（二）", "三、", "四、"]
    assert (1, "二、", "加大住房公积金和金融信贷支持") in found
    assert (2, "（二）", "加大住房融资信贷支持") in found
    assert found[-1][:2] == (1, "四、")


def test_a_tag_in_a_sentence_glues_no_marker() -> None:
    # the tag's value holds no sentence mark: a 责任单位 cited inside a sentence does not reach a later marker
    text = ANYANG.replace("责任单位：市财政局二、", "责任单位：市财政局负责落实。加大支持二、")
    assert "二、" not in [number for _, number, _ in titles(text)][:2]


def test_a_dated_period_opens_the_sentence_glued_to_a_title() -> None:
    # DATED_PERIOD_OPENER: "实施购房契税补贴|2022年4月25日至2022年12月31日，…" (the year again after 至)
    assert titles(ANYANG)[0] == (1, "一、", "实施购房契税补贴")
    # jilin-housing-consumption-measures-2023 (heldout55) joined: 自 before the first day
    jilin = (
        "经研究，制定如下措施。一、支持自有住房换购对出售自有住房的纳税人，按规定退还已缴纳的个人所得税。"
        "二、鼓励企业开展商品房团购活动自2023年1月1日至2023年12月31日，面向全市有团购意向的教师、医生等职工群体，"
        "开展商品房团购活动。三、规范房地产中介市场规范房地产经纪服务。"
    )
    assert (1, "二、", "鼓励企业开展商品房团购活动") in titles(jilin)


# changchun-housing-opinion-2015 (heldout55) joined: the cases a provision covers, numbered after its colon
CHANGCHUN = (
    "九、加快推进项目建设。对已签订《国有建设用地使用权出让合同》，但因历史原因未达到净地条件且开发企业尚未缴清全部"
    "出让价款的土地，符合以下情形可分宗与开发企业签订土地出让补充合同：（一）原规划条件中项目用地为若干独立地块，"
    "且每个地块的规划容积率、商住比例无变化。（二）前款规定以外的项目，由市规划部门出具变更后的规划条件。（三）土地出让"
    "价款按补充合同约定分宗缴纳，市财政部门按补充合同分宗履行清算手续。十、妥善解决历史问题，完善用地审批手续。对已"
    "签订《国有建设用地使用权出让合同》，且符合以下情形的，可按下述规定办理土地手续：（一）完善历史上已出让的居住项目"
    "用地审批手续。对2006年12月12日前已出让的居住用地，可办理用地审批手续。（二）完善历史上已出让的商业用地审批手续。"
    "对已出让的商业用地，可办理用地审批手续。"
)


def test_cases_announced_by_a_colon_are_no_headings() -> None:
    # CASES_ANNOUNCED_ENTRIES: "符合以下情形…合同：|（一）原规划条件中…": three level-2 headings before
    found = titles(CHANGCHUN)
    assert not any("规划条件" in title or title.startswith("前款") for _, _, title in found)
    # a colon after a comma announces the rules that follow, titled parts: they stay headings
    assert (2, "（一）", "完善历史上已出让的居住项目用地审批手续") in found
    assert (2, "（二）", "完善历史上已出让的商业用地审批手续") in found
