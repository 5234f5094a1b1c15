"""Extraction rules of session 16, second pass (issue #13, rounds 9-12 read with --details as
development data): bodies cut where an adverb and a verb follow one, centres that act as agencies
(issuing a paper, named in a copy list), a verb jieba glues to its object, a sub-committee, an expert
committee named for building, bilateral bodies, and gold written with half-width brackets. Excerpts
quoted from the scored texts named in each test."""

from __future__ import annotations

from plankg.loaders.extract.scoring import name_key
from tests.extracting import document


def test_an_adverb_and_a_verb_end_a_body_before_the_next() -> None:
    """BODY_VERB_ADVERB_TAGS: 共同 组成 after 市交通运输局 ends it (qd-icvtest-2022)."""
    _, institutions = document(
        "第四条 由青岛市工业和信息化局会同市公安局、市交通运输局共同组成青岛市智能网联汽车道路测试联席工作小组。"
    )
    assert {"市交通运输局", "青岛市智能网联汽车道路测试联席工作小组"} <= institutions


def test_a_centre_issuing_a_paper_is_an_agency() -> None:
    """ISSUES_PAPER_AFTER and the anchor 提交 (gz-assistdev-2019)."""
    platforms, institutions = document(
        "对象在办理辅助器具适配补贴申请手续时，需提交广州市残疾人辅助器具服务中心出具的同意适配上述辅助器具的适配意见。"
    )
    assert "广州市残疾人辅助器具服务中心" in institutions and not platforms


def test_a_centre_in_a_copy_list_is_an_agency() -> None:
    """COPIED_TO_BEFORE (nat-xionganr1-2021)."""
    _, institutions = document("抄送：生态环境部华北督察局、海河流域北海海域生态环境监督管理局、环境工程评估中心。")
    assert "环境工程评估中心" in institutions


def test_sub_committee_and_bilateral_opening() -> None:
    """分委会 is a body's ending; 中俄 opens it, not the locative 中 (nat-beltroadwater-2018)."""
    _, institutions = document(
        "2005年起，与俄罗斯在中俄总理定期会晤委员会下成立中俄环境保护分委会，并开展跨界水体水质监测与保护。"
    )
    assert "中俄环境保护分委会" in institutions


def test_an_expert_committee_named_for_building() -> None:
    """建设 before 专家咨询委员会 is part of the committee's name (nat-marinebio-2019)."""
    _, institutions = document("成立海洋牧场建设专家咨询委员会，支持中国水产科学研究院有关研究。")
    assert "海洋牧场建设专家咨询委员会" in institutions


def test_half_width_brackets_in_gold_are_the_names_read() -> None:
    """The gold copies "上海石油(集团)有限公司" as printed (nat-sinopec-1998); reading folds the brackets."""
    assert name_key("上海石油(集团)有限公司") == name_key("上海石油（集团）有限公司")
