"""Session 40's institution causes (inst54, issue #13). Each case is a short excerpt of a scored text; guards pin what
the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_institution_named_only_through_its_campus_is_not_put_out() -> None:
    # round 28: 北京's 2026 work report (NAMED_CAMPUS_AFTER); the bare university and hospital were false names
    _, institutions = document(
        "核心区平房申请式退租2006户，北京工业大学房山校区、北京儿童医院亦庄院区等开工建设。全力支持雄安新区建设。"
    )
    assert not {"北京工业大学", "北京儿童医院"} & institutions
    # a list word between the body and the campus breaks it (NAMED_CAMPUS_BREAK)
    _, institutions = document("推进首儿所附属儿童医院等通州校区建设。")
    assert "首儿所附属儿童医院" in institutions
    # round 24: 广州's outline; no piece of the campus is read as a firm of the project list (NAMED_CAMPUS_NAME)
    _, institutions = document(
        "建设广州市第八人民医院三期、广州市惠爱医院芳村院区提升改造、广州医科大学附属第五医院扩建等项目。"
    )
    assert "广州市第八人民医院" in institutions
    assert not {"惠爱", "广州市惠爱医院", "广州市惠爱医院芳村院区"} & institutions


def test_school_or_hospital_of_a_type_is_a_kind() -> None:
    # round 27: 重庆's outline; round 30: 深圳's (TYPED_SCHOOL_OR_HOSPITAL)
    _, institutions = document("公共服务：支持重庆文理学院打造应用型工业大学，新增博士学位授予点。")
    assert "重庆文理学院" in institutions
    assert not any("应用型" in name for name in institutions)
    _, institutions = document("加快发展研究型医院，完善基础研究—应用研究—临床转化体系。")
    assert not any(name.endswith("型医院") for name in institutions)


def test_bare_party_committee_and_government_as_leadership() -> None:
    # round 28: 杭州's and 南京's 2026 reports (LEADERSHIP_FRAME)
    _, institutions = document("全面贯彻二十届历次全会精神，在省委、省政府和市委的坚强领导下，坚持守正创新。")
    assert {"省委", "省政府", "市委"} <= institutions
    _, institutions = document("深入落实党中央国务院决策部署和省委省政府工作要求，在市委的领导下，完整贯彻新发展理念。")
    assert "市委" in institutions
    # not a province's committee alone in a province's formula (heldout34, 河南's 2026 report: may in the golds)
    _, institutions = document("让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委坚强领导下，凝心聚力。")
    assert "省委" not in institutions
    # not where a text cites their plans or their leaders (dev, 上海's transport review; heldout12, 上海's work points)
    _, institutions = document("按照市委领导“加紧推广全生命周期”要求。为贯彻落实市委、市政府工作部署，根据计划。")
    assert "市委" not in institutions
