"""Session 37's extraction causes on round 50's second wave (fixext51, issue #13): a body's official in charge (分管
负责同志), a standing committee member's title (省委常委), a joint meeting's session, a firm written after the class of
its owner (央企, 台企) and a firm's regional headquarters. Each case is a short excerpt of a scored text; guards pin
what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_body_before_its_official_in_charge_is_named() -> None:
    # OFFICIAL_IN_CHARGE (the 京津冀 energy working group's meeting, round 51; the grain plan, round 20)
    _, institutions = document(
        "国家能源局华北监管局主要负责同志，天津市发展改革委、河北省发展改革委分管负责同志出席并讲话。"
    )
    assert {"天津市发展改革委", "河北省发展改革委"} <= institutions
    _, institutions = document("副总指挥：国家发展改革委分管负责人、国家粮食局主要负责人。")
    assert "国家发展改革委" in institutions
    _, institutions = document("国务院分管教育工作的副总理负责。")
    assert "国务院" not in institutions


def test_a_standing_committee_member_is_a_title() -> None:
    # STANDING_COMMITTEE_MEMBER (the 长沙 digital-economy news, round 51; rounds 15, 29, 31)
    _, institutions = document("由湖南省委常委、长沙市委书记吴桂英向大会作题为《牢记殷切嘱托》的报告。")
    assert "湖南省委常委" not in institutions
    _, institutions = document("配合市人大及其常委会制定修改法规4部。")
    assert not {i for i in institutions if i.endswith("常委")}


def test_a_joint_meeting_session_is_a_meeting_of_its_body() -> None:
    # MEETING_SESSION (the 京津冀 energy working group's first meeting, round 51)
    _, institutions = document("日前，京津冀能源协同专题工作组第一次联席会议在京召开。")
    assert "京津冀能源协同专题工作组" in institutions
    assert not {i for i in institutions if i.endswith("联席会议")}
    _, institutions = document("高度肯定了京津冀能源协同专题工作组的成立及此次联席会议的召开。")
    assert "此次联席会议" not in institutions
    _, institutions = document("建立工业遗产保护利用联席会议制度。")
    assert "工业遗产保护利用联席会议" in institutions


def test_a_firm_after_its_owner_class_is_named_alone() -> None:
    # FIRM_CLASS_OPENING (重庆's 2026 report, round 36; 平潭's investment-promotion bureau, round 51)
    _, institutions = document("新央企中国长安汽车集团落户重庆。")
    assert "中国长安汽车集团" in institutions
    assert "新央企中国长安汽车集团" not in institutions
    _, institutions = document("城发集团引入台企林氏永龄医疗集团，共同推进。")
    assert "林氏永龄医疗集团" in institutions


def test_a_firm_regional_headquarters_is_named_whole() -> None:
    # REGIONAL_HEADQUARTERS_UNIT (the sina article, round 51; 山西's report, round 40; 天津's, round 36)
    _, institutions = document(
        "在数字产业领域，浪潮华中总部、中国电子云全球总部等一批数字经济重大项目相继签约，阿里巴巴华中总部等一批项目开工建设。"
    )
    assert {"浪潮华中总部", "中国电子云全球总部", "阿里巴巴华中总部"} <= institutions
    _, institutions = document("华为矿山油气军团全球总部基本建成。")
    assert "华为矿山油气军团全球总部" in institutions
    _, institutions = document("推进湖南恒昌医药西南总部项目。")
    assert "湖南恒昌医药西南总部" not in institutions


def test_valleys_named_after_sensors_and_biomedicine_are_parks() -> None:
    # 传感谷, 心谷 and 绿谷 among the valley endings (郑州's 十五五 proposal, round 51; 闵行's renewal plan, heldout4)
    platforms, _ = document("推进中国（郑州）智能传感谷等园区建设，打造产业集群。")
    assert "中国（郑州）智能传感谷" in platforms
    platforms, _ = document("培育中原心谷、体外诊断等生物医药产业基地。")
    assert "中原心谷" in platforms


def test_a_thing_and_a_kind_joined_by_and_are_no_platform() -> None:
    # THING_THEN_KIND (郑州's and 平潭's texts, round 51; 辽宁's, round 19; 广州's, round 24)
    platforms, _ = document("加强小微企业园和专业园区扩量增效。")
    assert "小微企业园和专业园区" not in platforms
    platforms, _ = document("建设中国氢能产业创新策源地和高端装备制造基地。")
    assert not platforms
