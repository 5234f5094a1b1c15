"""Task blocks met in round 53 (fixtask53): 平潭 county work reports and department plans read on one line, and city
portal pages as raw HTML - a part's own lead naming its parts as the year's work by their count
(COUNTED_ASPECTS_WORK_LEAD) or the block by name (NAMED_LEAD_BEFORE_PARTS), a part titled for the year's work
(YEAR_WORK_TITLE), a section title read on into its first entry (TITLE_RUN_ON_ITEM) with entries closed by their offices
(OFFICE_TAIL), 工作重点 after the work's verb (WORK_FOCUS_TOPIC), a few entries' points as details (SPARSE_SUB_POINTS,
RUN_IN_ENTRIES_PAST_DETAIL), a label in a review part (REVIEW_PART_LABEL), and a gold quote whose marker the page sets
apart (MARKER_APART_IN_FILE, the scorer)."""

from __future__ import annotations

from bench.eval_tasks import accepted_starts, documents, load
from plankg.loaders.structure.tasks import (
    COUNTED_ASPECTS_WORK_LEAD,
    NAMED_LEAD_REVIEW,
    OFFICE_TAIL,
    REVIEW_PART_TITLE,
    block_kind,
    year_work_title_kind,
)

ROUND = {entry["id"]: entry for entry in documents("heldout53")}


def numbered(doc: str, joined: bool = False) -> list[tuple[str, str, str]]:
    return [(t.kind, t.number, t.title) for t in load(ROUND[doc], joined).tasks]


def test_a_marker_set_apart_in_the_file_is_matched_before_the_quote() -> None:
    # MARKER_APART_IN_FILE: "<strong>1.</strong><strong>合理确定…" is read "1.合理确定…"; the gold quotes the title
    text = "（一）优化土地供应结构\n1.合理确定国有建设用地供应总量。"
    position = text.index("合理确定")
    assert text.index("1.") in accepted_starts(text, position, "合理确定国有建设用地供应总量")
    # a quote with its marker is matched at or after it, as before
    assert accepted_starts(text, text.index("1."), "1.合理确定") == {text.index("1."), position}


def test_a_counted_lead_of_aspects_of_work_names_the_block() -> None:
    # COUNTED_ASPECTS_WORK_LEAD: pt-county-gwr-2020's "…扎实抓好以下七个方面工作。（一）更加注重稳中求进，…"
    assert COUNTED_ASPECTS_WORK_LEAD.search("内生动能，扎实抓好以下七个方面工作。") is not None
    assert COUNTED_ASPECTS_WORK_LEAD.search("必须做好以下五个方面的工作：") is None  # nat-fyp-6, no block
    found = numbered("pt-county-gwr-2020")
    assert [(kind, number) for kind, number, _ in found] == [("工作", f"（{n}）") for n in "一二三四五六七"]


def test_a_named_lead_before_the_parts_names_the_block() -> None:
    # NAMED_LEAD_BEFORE_PARTS: pt-county-gwr-2021's "…“十四五”时期的主要目标任务是：（一）…"; with
    # COUNTED_ASPECTS_WORK_LEAD its "重点抓好以下八个方面工作：（一）…"
    found = numbered("pt-county-gwr-2021")
    assert [kind for kind, _, _ in found] == ["主要目标任务"] * 6 + ["工作"] * 8
    assert found[0][2].startswith("国际知名休闲度假旅游岛建设实现新跨越")
    # a review's "一年来的主要工作是：" (pt-gwr-2025) names no block
    assert NAMED_LEAD_REVIEW.search("一年来的主要工作") is not None


def test_a_part_titled_for_the_years_work_is_a_block() -> None:
    # YEAR_WORK_TITLE: pt-enforce-plan-2023's "二、奋勇争先，开拓创新，全力以赴做好2023年工作" run on into its lead
    assert year_work_title_kind("奋勇争先，开拓创新，全力以赴做好2023年工作", glued=False) == "工作"
    assert year_work_title_kind("奋勇争先，开拓创新，全力以赴做好2023年工作以习近平新时代", glued=True) == "工作"
    assert year_work_title_kind("奋勇争先，开拓创新，全力以赴做好2023年工作以习近平新时代", glued=False) is None
    assert year_work_title_kind("做好2023年工作完成情况", glued=True) is None  # a review of that work
    found = [t for t in numbered("pt-enforce-plan-2023") if t[0] == "工作"]
    assert len(found) == 17
    assert found[0][1] == "一是" and found[0][2].startswith("推动省政府尽快批复")


def test_a_title_run_on_into_its_first_entry_gives_the_entries() -> None:
    # TITLE_RUN_ON_ITEM and OFFICE_TAIL: pt-new-pollutants-plan-2023's "（一）开展调查监测，… 1.落实环境信息调查。…
    # （区资源生态局牵头负责） 2.…", 1.…11. across five sections
    assert OFFICE_TAIL.search("初步建立新污染物环境调查监测体系。（区资源生态局牵头负责） ") is not None
    assert OFFICE_TAIL.search("按职责分工（区供销社） ") is None  # a bracket inside a sentence
    found = numbered("pt-new-pollutants-plan-2023")
    assert [number for _, number, _ in found] == [f"{n}." for n in range(1, 12)]
    assert found[0][2].startswith("落实环境信息调查")


def test_work_focus_after_the_works_verb_names_a_block() -> None:
    # WORK_FOCUS_TOPIC: bj-renewal-unit-guide-2026's "四、划定工作重点" over 1.…5.
    assert block_kind("划定工作重点") == "工作重点"
    found = numbered("bj-renewal-unit-guide-2026")
    assert [number for _, number, _ in found] == [f"{n}." for n in range(1, 6)]
    assert found[0][2].startswith("突出服务保障首都功能")


def test_a_few_entries_points_are_details() -> None:
    # SPARSE_SUB_POINTS: pt-soe-upgrade-year-2021's 1.（1）…（3） and 2.一是…三是 among 1.…22.
    found = numbered("pt-soe-upgrade-year-2021")
    assert [number for _, number, _ in found] == [f"{n}." for n in range(1, 23)]
    # by-housing-one-city-plan-2022: 1. and 3. with 一是… among 29 entries
    assert [number for _, number, _ in numbered("by-housing-one-city-plan-2022")][:3] == ["1.", "2.", "3."]
    # sy-house-safety-systems-2024: an entry titled on its own line keeps its points on their own lines as items
    assert "（1）" in [number for _, number, _ in numbered("sy-house-safety-systems-2024")]
    # RUN_IN_ENTRIES_PAST_DETAIL: by-housing-one-city-plan-2022 joined, "（一）…方式1.合理确定…。一是…2.科学确定…"
    assert [number for _, number, _ in numbered("by-housing-one-city-plan-2022", True)][:3] == ["1.", "2.", "3."]


def test_a_label_in_a_review_part_names_no_block() -> None:
    # REVIEW_PART_LABEL: pt-enforce-plan-2023's "一、以进固稳，勇攀高峰，2022年各项工作成效显著" over "（四）…主要
    # 坚持抓好三项重点工作：一是坚持全领域排查整治…" (the year's achievements)
    assert REVIEW_PART_TITLE.search("以进固稳，勇攀高峰，2022年各项工作成效显著") is not None
    assert REVIEW_PART_TITLE.search("奋勇争先，开拓创新，全力以赴做好2023年工作") is None
    found = numbered("pt-enforce-plan-2023")
    assert {kind for kind, _, _ in found} == {"工作"}
    assert not any(title.startswith("坚持全领域排查整治") for _, _, title in found)
