"""Session 36's extraction causes on round 48's second wave (fixext49, issue #13): multinationals printed under their
Latin initials, works of enforcement cases named by place and trade name, and the firm a supervisor finds. Each case
is a short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_multinationals_under_their_latin_initials_are_firms() -> None:
    # FOREIGN_BRAND_FIRMS in data/names.yaml (国家林业局's smart-forestry opinion, round 48; round 4; round 28)
    _, institutions = document("2008年底IBM首次提出“智慧地球”新理念，感应器逐步被装备到电网、铁路。")
    assert "IBM" in institutions
    _, institutions = document("大连市请求，由大连实德集团与沙特SABIC等企业合资合作，拟投资400亿元。")
    assert "SABIC" in institutions


def test_works_of_an_enforcement_case_are_firms() -> None:
    # WORKS_OF_A_CASE (round 19's cases of monitoring fraud)
    _, institutions = document("执法人员对尉氏县宏兴新型建筑材料厂进行现场检查，发现该厂干扰自动监测设施。")
    assert "尉氏县宏兴新型建筑材料厂" in institutions
    _, institutions = document("在东北、中南和华北等地区新建四个耐火材料厂，改建二个。")
    assert not {i for i in institutions if i.endswith("材料厂")}


def test_the_firm_a_supervisor_finds_is_named_without_the_verb() -> None:
    # FOUND_VERBS (生态环境部's letters to 长治, round 48's second wave: 长治 is a noun to jieba)
    text = "我部帮扶工作组，在你市（区）发现长治飞扬报废车辆拆解厂等2家企业（点位）存在未安装治污设施等问题。"
    _, institutions = document(text)
    assert "长治飞扬报废车辆拆解厂" in institutions
    assert "发现长治飞扬报废车辆拆解厂" not in institutions


def test_a_party_organisation_department_is_not_cut_by_the_verb() -> None:
    # ORGANISATION_DEPARTMENT (生态环境部's reply on the central environmental inspection, round 48's second wave)
    _, institutions = document("由我部会同中央组织部办理。")
    assert "中央组织部" in institutions
    _, institutions = document("成员由中央组织部、发展改革委等多个部门负责同志组成。")
    assert {"中央组织部", "发展改革委"} <= institutions
    _, institutions = document("各级组织部门要加强指导。")
    assert not institutions


def test_the_first_body_results_are_given_to_loses_the_preposition() -> None:
    # RECIPIENT_PREPOSITION (the same reply: the recipients of the inspection's results)
    _, institutions = document(
        "按照要求及时将督察结果提供给全国人大、中央纪委、中央组织部、最高检等单位，更好的发挥作用。"
    )
    assert "全国人大" in institutions
    assert "给全国人大" not in institutions
