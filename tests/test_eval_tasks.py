"""Tasks of task blocks on real plans (bench/eval_tasks.py, gold tests/gold/realworld/tasks/) and
the rules that read blocks as other issuers lay them out (plankg/loaders/rules/structure.py)."""

from __future__ import annotations

import pytest

from bench.eval_tasks import evaluate, find_as_read, summary
from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

META = PlanMeta(id="t", title="测试规划")

# Measured on the dev split (11 documents, 153 gold items) when the rules were written; a
# regression fails. The first score, before them: P 1.000, R 0.392, count 0.545, kinds 0.286.
# dev2.yaml added 10 plans (ministries, Shandong, Jinan; 106 gold items; 21 documents, 259 items in
# all): first score on them P 1.000, R 0.557, count 0.700, kinds 0.625; em-space indentation, the
# block names 主要行动 / 专项行动, a heading glued to a full PDF line kept off the next line and
# entries missing from the numbering of a block's leaves (MISSING_ITEMS) made it 1.000 throughout.
# Three more dev2 plans after that (43 items; 24 documents, 302 items in all): first P 0.975, R 0.907,
# count 0.667; entries numbered on across sections after a lost number (CONTINUED_ITEMS) made it
# P 1.000 R 0.977. Left: nat-building-materials-digital-2020's task 6, whose number the text lost.
# Three notices with annexes last (22 items; 27 documents, 324 items): 1.000 on them at once.
# dev3.yaml (task8dev) added 10 one-line national texts (8 生态环境部, 2 国务院/国办; 41 gold items; 37
# documents, 365 items): first score on them P 0.839, R 0.634, count 0.700, kinds 0.667; sector-named
# blocks (SECTOR_PREFIX), 主要内容和措施 (WORK_TOPIC, AND_MEASURES), a glued title past 主要
# (OPENER_WORD_HEADS) and lists of cases or records inside an item (RECORDS_LEAD) made it 1.000.
# Three more dev3 texts after that (a 工作任务 notice, two that name no block; 40 documents, 370 items):
# 1.000 on them at once.
DEV_FLOORS = {"precision": 1.0, "recall": 0.996, "count_agreement": 0.962, "kind_agreement": 1.0}


@pytest.fixture(scope="module")
def dev_summary() -> dict[str, float]:
    return summary(evaluate("dev"))


@pytest.mark.parametrize("metric", sorted(DEV_FLOORS))
def test_dev_floor(dev_summary: dict[str, float], metric: str) -> None:
    assert dev_summary[metric] >= DEV_FLOORS[metric] - 1e-9, dev_summary


# The held-out round 4 (10 whole plans from 7 issuers, 87 gold items, made by hotask4 without running
# plankg), scored once by the lead at 02:43 UTC on 2026-12-03: first score P 0.940, R 0.897, count 0.9,
# kinds 1.0; 0.976 / 0.931 of that was the scorer not folding "(四)" as plankg reads it ("（四）"). Since
# then a development set: ordinal items after a clause's comma (ORDINAL_BEFORE) made it 1.0 throughout.
HELDOUT4_FLOORS = {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0}


# The held-out round 5 (13 whole plans from 13 issuers, 222 gold items, made by hotask5 without running
# plankg), scored once by the lead at 04:52 UTC on 2026-12-03: first score P 0.961, R 0.446, count 0.538,
# kinds 0.467. Since then a development set: block names 行动任务 and 工作内容, a box of prose before a
# block's first section (BOX_BEFORE_SECTIONS), a speech's closing after the last leaf (AUDIENCE_ADDRESS),
# an attached table of projects (ANNEX_TABLE) made it P 1.000, R 0.865, count 0.923, kinds 0.733. What
# is left is nat-fyp-6, an OCR'd text whose item markers are damaged ("、工农业生产" for "一、…").
# Then (tasks6fix): R 0.887, kinds 0.800. Then (task8dev): entries whose numerals OCR damaged
# (DAMAGED_ENTRIES), a line naming a list of work over them (LINE_LABEL), 科学技术攻关 (ATTACK_PREFIX):
# nat-fyp-6 30 of 30, 1.000 throughout.
HELDOUT5_FLOORS = {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0}


# The held-out round 6 (22 whole plans from 20 issuers, 12 outside Shanghai, 272 gold items, made by
# hotask6 without running plankg), scored once by the lead at 07:42 UTC on 2026-12-03: P 0.899, R 0.688,
# count 0.682, kinds 0.577. (A developer saw the box labels of nat-smart-manufacturing-14's gold by a
# stray grep before the score, and changed no code after; without that plan: P 0.898, R 0.754.) Since
# then a development set: block names as classes (SCOPED_TASKS, CONTENT_BLOCKS), STAGE_TITLE,
# GOAL_BESIDE_TASKS, PARAGRAPH_ITEMS, LOST_MARKER_POINT, boxes of actions (BOX_WORK_TITLE, BOX_FIRST_ITEM,
# BOX_ITEM_TITLE_LINE, BOX_TITLE_AFTER_SENTENCE), MISSING_SECTION_ITEMS (branch tasks6fix): 1.000 throughout.
HELDOUT6_FLOORS = {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0}


# The held-out round 7 (12 whole plans from 11 issuers, none from Shanghai, 119 gold items, made by
# hotask7 without running plankg after round 6's fixes), scored once by the lead at 08:40 UTC on
# 2026-12-03: 1.000 throughout.
HELDOUT7_FLOORS = {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0}

# Rounds 8-11, each scored once (first P/R: round 8 1.000/0.529, round 9 1.000/0.826, round 10
# 1.000/1.000, round 11 1.000/0.427 with two unreadable page fragments), then developed on: floors at
# what they measure at session 13's end. Round 11's recall is held down by one annex table of 66 rows
# that its gold counts as a block (fx-park-city-2021); plankg reads tables as text.
LATER_ROUND_FLOORS = {
    "heldout8": {"precision": 1.0, "recall": 0.980, "count_agreement": 0.916, "kind_agreement": 1.0},
    "heldout9": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    "heldout10": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    "heldout11": {"precision": 1.0, "recall": 0.467, "count_agreement": 0.937, "kind_agreement": 0.857},
    # Round 12 (13 texts, 41 items), scored once at 18:16 UTC in session 14: P/R 0.919/0.829, count 0.923,
    # kinds 0.600; a block named with its verb and count (LIST_LEAD), a heading whose first clause names
    # the block (LIST_LEAD_CLAUSE) and a block whose lead says it goes in stages (STAGES_LEAD) made it
    # 1.000 throughout (fix12task, after the score, not held out).
    "heldout12": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # Round 13 (15 plans, 72 items), scored once at 22:20 UTC in session 15: P/R 1.000/1.000, count 1.000,
    # kinds 0.909 (one block of the gold kind 整治内容 not typed as a task block); 1.000 after
    # PART_NAMED_AS_BLOCK (devind14, session 16).
    "heldout13": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # Round 14 (8 texts, 50 items), scored once at 05:14 UTC in session 16: P/R 0.881/0.740, count 0.750,
    # kinds 0.200; 1.000 after BOX_OWN_LIST, a box caption glued to its title, BOX_PROJECT_TITLE and 活动内容
    # (fix14task, after the score, not held out).
    "heldout14": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # Round 15 (8 markdown pages of energy and industry plans, 100 items), scored once at 13:46 UTC in session 18:
    # P/R 1.000/0.820, count 0.875, kinds 0.857 (18 tasks under 四、实施产业倍增六大行动, a block named by its count of
    # actions); 1.000 after COUNTED_ACTIONS (fix15ind, after the score, not held out).
    "heldout15": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # Round 17 (7 markdown pages of energy plans, 91 items), scored once at 16:00 UTC in session 19: P/R 1.000/0.560,
    # count 0.857, kinds 0.750 (40 rows of an annex table of projects kept as a markdown table); 1.000 after
    # ANNEX_MARKDOWN_TABLE (fix17task, after the score, not held out).
    "heldout17": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 19: first score 1.000 / 0.200, 5 of 6 counts, kinds 0.500 (an arrangement announcing its parts as its
    # block in the preamble); ANNOUNCED_BLOCK after it
    "heldout19": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 22: first score 0.964 / 0.692, count 0.714, kinds 0.667 (cq-supercharge-2024's run-in （一）…（八） behind
    # running headers and footers); PAGE_EDGE_RUNNING (fix22ind) found four of its eight. Left: the other four (run in
    # after 〕 and across page marks) and yd-equipment-renewal-2024's items whose openings a page break lost.
    "heldout22": {"precision": 0.968, "recall": 0.794, "count_agreement": 0.714, "kind_agreement": 1.0},
    # round 24: first score 1.000 / 0.074, count 0.500, kinds 0.500 (a numbered breadcrumb that opened the plan's 1.
    # numbering; a block heading run into a joined PDF page line); 1.000 after LINK_TITLE in _heading_from_line and
    # PAGED_PART_HEADING (fix24task, after the score, not held out).
    "heldout24": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 25: first score 1.000 / 0.170, count 0.667, kinds 0.250 (a 重点任务清单 title over tasks numbered across
    # sections; a Q&A's bare question lines); 1.000 after TASK_LIST_TITLE, NUMBERED_ACROSS_SECTIONS, BARE_QUESTION_LINE
    # and QUESTION_BLOCK_TITLE (fix25task, after the score, not held out).
    "heldout25": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 26: first score 1.000 / 0.600, count 0.833, kinds 0.500 (an excerpt opening with its part 三、规划重点任务);
    # 1.000 after EXCERPT_OPENS_WITH_PART and PLAN_NAMED_BLOCK (fix26task, after the score, not held out).
    "heldout26": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 27: first score 1.000 / 0.200, count 0.667, kinds 0.333; 1.000 / 0.400, kinds 0.667 after fix27ind's
    # 建设重点 block and the scorer's folding of traditional quotes (not held out); 1.000 throughout after fixtask44's
    # COUNTED_LIST_LABEL (zh-farmland-water-2025's label run into a sentence, 重点实施三项工程:, over 1.–3.).
    "heldout27": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 28: first score 1.000 / 0.111, count 0.667, kinds 0.250; 1.000 / 0.777, count 0.888, kinds 0.750 after
    # fix28task2's RUN_IN_BLOCK_SECTION (two news texts without headings: their run-in blocks had no section to hang
    # from), COMMA_ORDINALS and STRATEGIC_TASKS. Left: bj-air-action-2021-table's task table.
    "heldout28": {"precision": 1.0, "recall": 0.777, "count_agreement": 0.888, "kind_agreement": 0.75},
    # round 30: first score 0.250 / 0.050, count 0.769, kinds 0.167; 1.000 / 0.650, count 0.846, kinds 0.667 after
    # fix30task's COUNTED_WORKS (an interpretation's 《實施計劃》八大任務 heading) and the scorer's reading of short
    # traditional quotes with pinyin glosses. Left: the • / ■ bullets under news subheadings (重大行动部署, 九方面部署),
    # which round 30's gold takes as items (its notes: a judgement call).
    "heldout30": {"precision": 1.0, "recall": 0.65, "count_agreement": 0.846, "kind_agreement": 0.666},
    # round 31: first score 1.000 / 0.024, count 0.714, kinds 0.200; 1.000 / 0.976, count 0.929, kinds 0.800 after
    # fix31task's COUNTED_ORDINAL_LABEL, PREAMBLE_RUN_IN_BLOCKS and IMPORTANT_MEASURES; 1.000 throughout after
    # fixtask42's CUT_OFF_FIRST_ORDINAL (nat-water-security-14-news, cut after its first 一是: one item).
    "heldout31": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 32: first score 1.000 / 0.000 (three 二〇二五年工作安排 items); 1.000 after fix32task's WORK_ARRANGEMENTS.
    "heldout32": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 34: first score 0.048 / 1.000, count 0.714 (changting-civil-affairs-14-toc, a page opening whose 目录 of
    # 39 entries, its body cut in the preface, gave 19 task items); 0.500 / 1.000, count 0.857 after the lead's
    # UNPAGED_LINE_TOC_TO_REPEAT. Left: zj-health-2023-points' 2.重点工作举措 read as a second item beside (一).
    # task48 (session 36): TARGETS_TITLE (zj-health-2023-points' 1.主要目标指标 beside its work list) 0.500 -> 1.000 P,
    # count 0.857 -> 1.000
    "heldout34": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 42: first score (09:48, session 33) 1.000 / 0.280 (7 of 25), count 0.700, kinds 0.400; 1.000 throughout
    # after fixtask42's UNNUMBERED_PARTS_RUN_IN (a graphic page's 一是 lines read as unnumbered headings),
    # TITLE_NAMED_BLOCK with ANNOUNCED_LEAVES (a township's 重点工作安排 title over （一）… with 一是 leaves) and
    # DASH_BULLET_LABEL (a summary's " - " bullets run into one line).
    "heldout42": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 44: first score (12:25, session 34) 0.857 / 0.240 (6 of 25), count 0.429, kinds 0.200; 1.000 throughout
    # after fixtask44's ANNOUNCED_WORK_LEAD (重点抓好以下工作 / 重点将做好以下三项工作 over titled paragraphs),
    # COUNTED_LIST_LABEL with COUNTED_ORDINAL_GAP (“七项工程”分别为: 一是 … 七是, 三是 lost), CUT_OFF_LEAF_ORDINAL and
    # TITLED_WORK_TABLE (a page that is a key-work table, one cell a line).
    "heldout44": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 46: first score (15:03, session 35) 0.941 / 0.122 (16 of 131), count 0.200, kinds 0.056; 1.000 / 0.969
    # after fixtask46's LIVELIHOOD_LIST (a government's yearly 民生实事 / 为民办实事 list, which the README now counts
    # as a block: twelve texts), ANNOUNCED_ACTIONS (十大专项行动 in a preamble), NUMBERED_ON_FROM_SIBLING (10. 11. 12.
    # after targets 1.-9.), ORDINAL_OF_ENTRIES (之一: 之二:) and the scorer's cursor after a glossed quote. Left:
    # lintou's unnumbered 聚焦“…” paragraphs and jingwu's 工作安排 read as 重点工作 (its label 七个方面重点工作:).
    # task52 (session 38): TITLE_AFTER_SEPARATOR (jingwu's "第二部分,2024年的工作安排" names its block) kinds
    # 0.888 -> 0.944
    "heldout46": {"precision": 1.0, "recall": 0.969, "count_agreement": 0.95, "kind_agreement": 0.944},
    # round 48: first score (17:53, session 36) 0.540 / 0.593 (54 of 91), count 0.500, kinds 0.700; 1.000 throughout
    # after fixtask48's ORDINALS_THEN_PROSE (a work report's in-paragraph 一是… of one topic is no items: the （一）…
    # sections are), ORDINAL_PARAGRAPH_LEAF_ITEMS (第一，… paragraphs of a leaf), DASH_PARAGRAPH_ITEMS (counted ——
    # paragraphs), GOALS_TASKS_AND_BLOCK, FOCUS_AND_TASKS and COUNTED_OWN_LEAD (以下的十项主要任务 over 一、…十、).
    "heldout48": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 49: first score (18:15, session 36) 1.000 / 0.168 (20 of 119), count 0.455, kinds 0.250; 1.000 / 0.824
    # after fixtask49's LIVELIHOOD_SENTENCE_LINES, LIVELIHOOD_EARLIER_COUNT with LIVELIHOOD_QUOTED_ENTRY,
    # LIVELIHOOD_CHOSEN_LIST, KEY_LIVELIHOOD and PRACTICAL_PROJECTS. Left: liyang's anti-copy noise over 1 2 3 entries,
    # 柘荣's part heading read as the page's title.
    "heldout49": {"precision": 1.0, "recall": 0.823, "count_agreement": 0.818, "kind_agreement": 0.75},
    # round 50: first score (20:49, session 37) 1.000 / 0.824 (70 of 85), count 0.800, kinds 0.750; 1.000 throughout
    # after fixtask50's COUNTED_PRACTICAL_PROJECTS with LIVELIHOOD_HEADING_LINE (十堰's "市政府2011年10件实事" heading
    # over 一、 lines) and BULLET_LIST_LABEL with BULLET_NEXT_LABEL (新民晚报's ■ lines under 市重大工程项目).
    "heldout50": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 51: first score (20:59, session 37) 0.779 / 0.577 (120 of 208), count 0.700, kinds 0.412; 1.000 / 0.961
    # after fixtask51's YEAR_PLAN_PART (a 工作总结's "二、2023年工作计划" / "二、2025年工作思路" part), CAPTION_NUMBER
    # (a one-line plan's 专栏2 … 专栏9 were read as page numbers and lost) and GLUED_BOX_GROUP (a box's entries under
    # （一）资金类： / （二）服务类：). Left: pt-disabled-14fyp's tasks after its boxes, whose entries the reader took
    # for the tasks' own 1. 2. … (segmentation).
    "heldout51": {"precision": 1.0, "recall": 0.961, "count_agreement": 0.9, "kind_agreement": 0.882},
    # round 52: first score (23:38, session 38) 0.981 / 0.869 (106 of 122), count 0.615, kinds 0.833;
    # 0.991 / 0.991, count 1.000, kinds 1.000 after fixtask52's DATED_BLOCK_AFTER_AND (with
    # EFFORT_DIRECTION_NOUN and COMING_YEARS_OPENER: "二、新一届政府努力方向和2022年重点工作|今后五年，"),
    # NEXT_STEP_PLAN_PART (三、下一步工作计划), GUIDING_IDEA_BESIDE_TASKS, REPEATED_ORDINAL and
    # SKIPPED_PART_NUMBER; 1.000 / 1.000 with INNER_RESTARTED_ORDINALS (pt-social-affairs-plan-2025's 医疗 entry
    # numbering its points 二是/三是 on from its own number).
    "heldout52": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 53: first score (02:45, session 39) 0.593 / 0.424 (67 of 158), count 0.529, kinds 0.467; 0.832 / 0.595 with
    # the scorer's MARKER_APART_IN_FILE (白银's numbers in their own <strong>); 1.000 / 0.962, count 0.941, kinds 0.933
    # after fixtask53's COUNTED_ASPECTS_WORK_LEAD and NAMED_LEAD_BEFORE_PARTS (平潭's county reports), YEAR_WORK_TITLE,
    # TITLE_RUN_ON_ITEM with OFFICE_TAIL, WORK_FOCUS_TOPIC, SPARSE_SUB_POINTS and REVIEW_PART_LABEL. Left:
    # pt-fishing-base-plan-2016's 三、建设内容 (a standards guide's 建设内容 is no block, nat-chem-smart-std-2024);
    # 1.000 throughout since fixtask58's BUILD_CONTENT_BLOCK (建设内容 over run-in work entries, none a standard).
    "heldout53": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 54: first score (05:36, session 40) 0.991 / 0.799 (111 of 139), count 0.429, kinds 0.667; 0.992 / 0.992,
    # count 1.000, kinds 1.000 after fixtask54's UNCOUNTED_WORK_LEAD (今年要重点做好以下工作：), AND_DUTIES
    # (三、主要内容及职责分工) with COUNT_AFTER_COMMA_MARKER (1、1个…) and SKIPPED_PARTS (（三） then （六）…（十三）),
    # GLUED_SIBLING_ENTRIES with OFFICE_TAIL_UNITS and RESTARTED_LIST_AFTER_ENTRY. Left: pt-power-online-pilot-2015's
    # "附件2、附件3）" read as the heading 2、 (segmentation), which takes the place of its stage 2.; 1.000 / 1.000 with
    # task55's CITED_ANNEX_NUMBER (a number glued to 附件 goes on no run read inline).
    "heldout54": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 55: first score (08:42, session 41) 1.000 / 0.679 (53 of 78), count 0.667, kinds 0.300; 1.000 / 1.000,
    # count 1.000, kinds 1.000 after fixtask55's ANNEX_PACKAGE with ANNEX_HEADER_ROW, ANNEX_CONTINUED_PART and
    # TABLE_ROW_RUN (北京's flattened 重大工程包 table), BROKEN_BOX_CAPTION with PADDED_ENTRY_ALONE (广州's boxes,
    # the scorer's LINE_INDENT_AS_READ), BOX_REFORM_TITLE and BOX_KIND_NOT_COUNTED (杭州's and 南京's box kinds).
    "heldout55": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 56: first score (11:46, session 42) 1.000 / 0.707 (41 of 58); 1.000 / 1.000, count 1.000, kinds 1.000 after
    # fixtask56's BOX_LEAD_LINE (杭州's boxes with a lead line) and BOX_NAMED_ENTRY (南京's unnumbered 工程 lines).
    "heldout56": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 57: first score (14:10, session 43) 1.000 / 0.438 (7 of 16), count 0.750, kinds 0.333; 1.000 throughout
    # after fixtask57's INSPECTION_PLAN_PART (a yearly 执法 plan's 一、执法监督检查计划 / 二、督查检查考核计划 parts).
    "heldout57": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 58: first score (17:16, session 44) 1.000 / 0.333 (5 of 15), count 0.667, kinds 0.333; 1.000 throughout
    # after fixtask58's SUBJECT_SCOPED_TASKS (四、试点建设任务) and BUILD_CONTENT_BLOCK (二、建设内容).
    "heldout58": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
    # round 59: first score (20:19, session 45) 1.000 / 0.759 (22 of 29), count 0.833, kinds 0.833; 1.000 throughout
    # after fixtask59's MAIN_INITIATIVES (教育部's 二、主要举措 over seven actions).
    "heldout59": {"precision": 1.0, "recall": 1.0, "count_agreement": 1.0, "kind_agreement": 1.0},
}


@pytest.mark.parametrize(
    ("split", "floors"),
    [
        ("heldout4", HELDOUT4_FLOORS),
        ("heldout5", HELDOUT5_FLOORS),
        ("heldout6", HELDOUT6_FLOORS),
        ("heldout7", HELDOUT7_FLOORS),
        *sorted(LATER_ROUND_FLOORS.items()),
    ],
)
def test_scored_round_floors(split: str, floors: dict[str, float]) -> None:
    measured = summary(evaluate(split))
    for metric, floor in floors.items():
        assert measured[metric] >= floor - 1e-9, (metric, measured)


def tasks(text: str) -> list[tuple[str, str, str]]:
    return [(t.kind, t.number, t.title) for t in load_plan(text, META).tasks]


def test_build_content_names_a_block_over_work_parts_but_not_over_a_standard_system() -> None:
    # BUILD_CONTENT_BLOCK (round 58): "二、建设内容" over "（一）转变观念，理念新起来。以新理念引领一流本科课程建设。…"
    # (moe-first-class-courses-2019) and "三、建设内容" over "（一）建设海上钓场。…" (pt-fishing-base-plan-2016) are
    # blocks; a standards guide's "三、建设内容" over "（一）基础共性标准" … is none (nat-chem-smart-std-2024, round 8).
    text = (
        "一、总体要求\n全面开展一流本科课程建设。\n二、建设内容\n"
        "（一）转变观念，理念新起来。以新理念引领一流本科课程建设。\n"
        "（二）目标导向，课程优起来。以目标为导向加强课程建设。\n"
        "三、组织管理\n（一）教育部负责统筹指导。\n"
    )
    assert tasks(text) == [
        ("建设内容", "（一）", "转变观念，理念新起来"),
        ("建设内容", "（二）", "目标导向，课程优起来"),
    ]
    standards = (
        "一、总体要求\n加快标准体系建设。\n三、建设内容\n（一）基础共性标准\n基础共性标准用于规范统一智能制造的相关概念。\n"
        "（二）关键技术标准\n关键技术标准包括智能装备标准。\n（三）细分行业应用标准（CIE）\n包括石化标准。\n"
        "四、组织实施\n（一）加强统筹协调。\n"
    )
    assert tasks(standards) == []
    frame = "二、建设内容\n（一）体系框架\n依据测绘地理信息标准化工作。\n（二）体系内容\n智能汽车基础地图标准。\n"
    assert tasks(frame) == []  # the standard system's frame and content (nat-av-map-std-guide-2023)
    # BUILT_WORK_PART_END: a report outline's chapters on their own lines are no work (nm-green-direct-supply-2026)
    outline = (
        "五、建设内容\n（一）电源建设方案\n明确电源属性（存量/增量）、电源类别。\n"
        "（二）直连线路建设方案\n明确直连线路建设主体。\n六、投资估算\n说明投资规模。\n"
    )
    assert tasks(outline) == []


def test_a_pilot_notices_subject_before_its_scoped_task_name_names_the_block() -> None:
    # SUBJECT_SCOPED_TASKS (moe-first-aid-pilot-2021, round 58): "四、试点建设任务" is a block, kind the whole name;
    # "三、试点建设原则" beside it, numbered the same way, is none.
    text = (
        "二、试点建设目标\n首批拟组织150所高中和高校参与试点工作。\n三、试点建设原则\n"
        "（一）坚持立德树人。贯彻落实立德树人根本任务。\n（二）坚持协同推进。积极会同红十字会等部门。\n"
        "四、试点建设任务\n（一）普及校园急救知识。建立以课堂教学为主渠道的急救教育推进机制。\n"
        "（二）配备校园急救设施。试点校要参照有关学校卫生工作标准。\n"
        "全国校园急救教育试点工作办公室将统筹各方资源。\n五、试点推荐要求\n（一）试点推荐名额。各省可推荐3—5所。\n"
    )
    assert tasks(text) == [
        ("试点建设任务", "（一）", "普及校园急救知识"),
        ("试点建设任务", "（二）", "配备校园急救设施"),
    ]


def test_a_year_prefix_names_the_block_of_a_work_report() -> None:
    # BLOCK_NAME_PREFIX: "三、2026年重点工作" is the block 重点工作, its sections its tasks.
    text = (
        "一、2025年工作回顾\n经济稳中向好。\n二、2026年重点工作\n今年要重点做好2个方面工作：\n"
        "（一）着力扩大有效需求\n扩大有效投资。\n（二）提升创新体系效能\n推进数字建设。\n"
    )
    assert tasks(text) == [("重点工作", "（一）", "着力扩大有效需求"), ("重点工作", "（二）", "提升创新体系效能")]


def test_the_parts_of_a_yearly_inspection_plan_are_blocks_of_its_inspections() -> None:
    # INSPECTION_PLAN_PART: pt-finance-inspection-plan-2023 (round 57), a 平潭 bureau's 2023年度执法监督检查计划 crawled
    # onto one line: "…具体如下：一、执法监督检查计划（一） 开展财经纪律重点问题检查。…(责任处室:监督检查处)" and
    # "二、督查检查考核计划（一）开展预决算公开检查。…"; its 三、有关要求 (how the plan is carried out) is no block.
    text = (
        "按照有关规定，编制我局2023年度执法监督检查计划和督查检查考核计划，具体如下：一、执法监督检查计划"
        "（一） 开展财经纪律重点问题检查。依据《预算法》等规定,计划对减税降费等领域开展检查。(责任处室:监督检查处)"
        "（二）开展预算执行监督检查。依据《预算法》等规定,计划对转移支付重点项目开展监督检查。（责任处室:监督检查处）"
        "二、督查检查考核计划（一）开展预决算公开检查。按照财政部的要求,计划对全区预决算公开信息开展检查。"
        "（责任处室:监督检查处、预算处、国库处）（二）开展“1+X”监督检查。按照有关规定,计划对部分区级预算单位开展"
        "“1+X”监督检查。(责任处室:综合处、预算处、经建处)三、有关要求（一）严格计划管理。各处室要严格按照计划执行。"
        "（二）加强协作配合。各处室加强日常沟通协调。 平潭综合实验区财政金融局2023年6月29日"
    )
    assert tasks(text) == [
        ("执法监督检查计划", "（一）", "开展财经纪律重点问题检查"),
        ("执法监督检查计划", "（二）", "开展预算执行监督检查"),
        ("督查检查考核计划", "（一）", "开展预决算公开检查"),
        ("督查检查考核计划", "（二）", "开展“1+X”监督检查"),
    ]


def test_goals_and_tasks_block_reads_tasks_not_goals() -> None:
    # GOALS_AND_TASKS, GOAL_TITLE; the inner block's ordinal items after "重点任务。主要包括：".
    text = (
        "一、工作回顾\n经济稳中向好。\n二、“十五五”时期主要目标任务\n（一）“十五五”发展目标。到2030年，高质量发展明显进位。\n"
        "（二）重点任务。主要包括：一是构建现代化产业体系，巩固实体经济根基；二是全方位扩大内需；三是提升创新体系整体效能。\n"
        "三、全面提升政府治理效能\n建设法治政府。\n"
    )
    assert tasks(text) == [
        ("重点任务", "一是", "构建现代化产业体系，巩固实体经济根基"),
        ("重点任务", "二是", "全方位扩大内需"),
        ("重点任务", "三是", "提升创新体系整体效能"),
    ]


def test_ordinal_paragraphs_are_the_items_of_a_block_heading_and_of_its_leaves() -> None:
    text = (
        "一、工作回顾\n经济稳中向好。\n二、“十五五”时期主要任务\n今后五年，政府将着力推进两个方面重点任务。\n一是经济综合实力显著提升。\n二是科技创新能力显著提升。\n"
        "三、2026年重点工作\n（一）着力贯彻新发展理念\n一是坚定实施扩大内需战略。\n二是坚定实施产业兴区战略。\n"
        "（二）着力办好民生实事\n办好十件实事。\n"
    )
    assert tasks(text) == [
        ("主要任务", "一是", "经济综合实力显著提升"),
        ("主要任务", "二是", "科技创新能力显著提升"),
        ("重点工作", "一是", "坚定实施扩大内需战略"),
        ("重点工作", "二是", "坚定实施产业兴区战略"),
        ("重点工作", "（二）", "着力办好民生实事"),
    ]


def test_a_run_in_label_stating_the_tasks_before_ordinal_items() -> None:
    # ORDINAL_LABEL: a label ending in 。 counts when its sentence sets the list out (明确 …);
    # a review's "完成了各项重点任务。一是…" does not, nor does a list of principles.
    text = (
        "问：《意见》确定了哪些重点任务？答：《意见》从两个方面，明确了加强队伍建设的工作任务。一是动员整合志愿服务队伍。"
        "二是发展培育志愿服务组织。\n"
        "问：去年做了哪些工作？答：全面完成了各项重点任务。一是经济运行稳中向好。二是改革开放持续深化。"
        "《意见》提出了四方面原则：一是坚持党的领导。二是坚持服务大局。\n"
    )
    assert tasks(text) == [("工作任务", "一是", "动员整合志愿服务队伍"), ("工作任务", "二是", "发展培育志愿服务组织")]


def test_a_run_in_sentence_counting_the_aspects_of_the_coming_work() -> None:
    # COUNTED_ORDINAL_LABEL (round 31): news announcing "要…N个方面重点任务。" / "要突出做好7方面工作:" / "重點有以下
    # 10個方面的內容。" over 一是 … (nat-water-security-14-news, bz-transport-2023-meeting,
    # nat-transport-power-5yr-trad); a review's "做了以下两个方面的工作：一是…" (past work) names no block.
    text = (
        "会议强调，抓好2023年交通运输工作，要突出做好7方面工作:一是项目要规划好。要坚持规划引领。二是工程要建设好。要推进项目。\n"
        "重点有以下2个方面的内容。\n一是加强现代化基础设施建设，优化布局。\n二是提升运输服务的质量，努力做到人享其行。\n"
        "去年主要做了以下两个方面的工作：一是经济运行稳中向好。二是改革开放持续深化。\n"
    )
    assert [(kind, marker, title[:6]) for kind, marker, title in tasks(text)] == [
        ("工作", "一是", "项目要规划好"),
        ("工作", "二是", "工程要建设好"),
        ("重点", "一是", "加强现代化基"),
        ("重点", "二是", "提升运输服务"),
    ]


def test_a_run_in_block_before_a_stray_heading_at_the_end() -> None:
    # PREAMBLE_RUN_IN_BLOCKS (round 31): a news page whose only heading is a footer line cut short after its body
    # (bz-transport-2023-meeting: "中华人民" under the 版权所有 line) reads the blocks before it.
    text = (
        "2023年滨州市交通运输工作会议召开\n"
        "会议强调，抓好2023年交通运输工作，要突出做好7方面工作:一是项目要规划好。要坚持规划引领。"
        "二是工程要建设好。要推进项目。三是行业要管理好。要加强监管。\n"
        "详情页广告(1)\n\n中国汽车维修行业协会 《汽车维护与修理》杂志社版权所有 苏ICP备15040913号-1\n中华人民\n"
    )
    assert [t[1] for t in tasks(text)] == ["一是", "二是", "三是"]


def test_important_measures_name_a_block() -> None:
    # IMPORTANT_MEASURES (round 31): "二、重要举措" over (一)…行动。 sections and their leaves 1.…
    # (sy-transport-2023-points, a 解读 on one line): the leaves 4 + 5 + 5 + 4 + 4.
    text = (
        "一、制定背景 2023年是全面贯彻落实党的二十大精神的开局之年,是“八八战略”实施20周年,“枫"
        "桥经验”60周年,杭州亚运会举办之年,也是上虞撤市设区10周年,做好新一年交通运输工作意义重大、"
        "影响深远。 二、重要举措 (一)基础设施提升行动。 1.扎实推进一批在建项目。 2.确保新开工一"
        "批项目。 3.力争转化一批前期项目。 4.深入谋划一批储备项目。 (二)平安交通强基行动。 1."
        "深化道路客货运领域安全整治。 2.深化道路(水路)交通安全整治。 3.狠抓工程建设安全整治。 4"
        ".抓好后疫情时代保通保畅工作。 5.深入做好意识形态领域工作。 (三)营商环境提质行动。 1.强"
        "化数字赋能。 2.加强各项纾困政策宣贯. 3.提高政务服务水平。 4.提升路域路况水平。 5.推"
        "进交通品质工程建设。 (四)绿色共富攻坚行动。 1.推进交通运输装备低碳转型。 2.引导培育绿色"
        "低碳的交通运输方式。 3.坚持“公交先行”战略。 4.持续完善农村路网。 (五)党建引领铸魂行动"
        "。 1.常态化开展学习教育。 2.推进全面从严治党。 3.全面深化作风建设。 4.探索行业党建工"
        "作。 解读机关及解读人 解读机关:上虞区交通运输局"
    )
    found = tasks(text)
    assert [t[0] for t in found] == ["重要举措"] * 22
    assert found[0][2] == "扎实推进一批在建项目"
    # TABLE_PIPE_BEFORE_FIRST_PART: joined after the page's metadata table's pipes, the parts are read all the same.
    assert tasks("负责人政策解读:区交通运输局局长俞林忠解读2023年区交通运输局工作计划 | |||||||" + text) == found


def test_no_block_where_the_plan_names_none() -> None:
    text = (
        "一、总体要求\n（一）指导思想。坚持统一是关键；一是坚持节约。\n"
        "二、加快推进农村人居环境整治\n（一）加强规划。二是试行。\n"
    )
    assert tasks(text) == []


def test_a_box_named_as_a_block_takes_its_kind_and_its_glued_items() -> None:
    # BOX_BLOCK_KIND, BOX_GLUED_FIRST_ITEM: only a box named as a block has glued items read.
    text = (
        "一、主要任务\n（一）推进污染治理\n开展治理。\n"
        "专栏1　环境治理保护重点工程（一）工业污染源全面达标排放。限期改造锅炉。"
        "（二）大气污染重点区域气化。建设管网。\n"
        "专栏2　各流域需要改善的控制单元（一）长江流域。双桥河单元。（二）黄河流域。某单元。\n"
        "（二）加强环境监管\n完善制度。\n"
    )
    found = tasks(text)
    assert ("重点工程", "专栏1", "环境治理保护重点工程") in found
    assert [t for t in found if t[0] == "重点工程" and t[1] != "专栏1"] == [
        ("重点工程", "（一）", "工业污染源全面达标排放"),
        ("重点工程", "（二）", "大气污染重点区域气化"),
    ]
    assert ("专栏", "专栏2", "各流域需要改善的控制单元") in found
    assert not any(t[2].startswith("长江流域") for t in found)


def test_run_in_numbered_items_of_a_leaf_in_a_text_without_line_breaks() -> None:
    # RUN_IN_FIRST_ITEM, only in a glued text (GLUED_CHARS_PER_LINE): the innermost numbered entries.
    filler = "坚持稳中求进工作总基调，统筹发展和安全。" * 60
    text = (
        f"关于推进工作的通知{filler}一、总体要求（一）指导思想。{filler}二、重点任务（一）加强组织领导。"
        f"1.建立工作专班。{filler}2.压实各方责任。落实到人。（二）强化督促检查。定期通报。三、保障措施（一）加强宣传。广泛宣传。"
    )
    assert tasks(text) == [
        ("重点任务", "1.", "建立工作专班"),
        ("重点任务", "2.", "压实各方责任"),
        ("重点任务", "（二）", "强化督促检查"),
    ]


def test_ordinal_items_in_sequence_after_a_sentence_or_clause_end() -> None:
    from plankg.loaders.structure.tasks import ordinal_items

    text = "主要包括：一是构建产业体系；二是扩大内需。"
    assert [(m, text[s:e]) for m, s, e in ordinal_items(text, 0, len(text))] == [
        ("一是", "一是构建产业体系；"),
        ("二是", "二是扩大内需。"),
    ]
    # "统一是" is no item, and one item alone is no list (ORDINAL_MIN)
    assert ordinal_items("坚持统一是关键；二是扩大内需。", 0, 15) == []
    assert ordinal_items("主要包括：一是构建产业体系。", 0, 14) == []


def test_ordinal_items_after_a_leading_clause() -> None:
    # ORDINAL_BEFORE has the comma: "到2025年，一是…。二是…" (round 4, ja-renewal-2023, read as no
    # items before) and "在市政基础设施提升改造方面，一是…" open their lists after a clause.
    from plankg.loaders.structure.tasks import ordinal_items

    text = "提升发展能级。到2025年，一是着力打造新亮点。重点推进东区更新。二是加快推动存量工业用地盘活。"
    assert [m for m, _, _ in ordinal_items(text, 0, len(text))] == ["一是", "二是"]
    assert ordinal_items("在基础设施方面，唯一是难点的是资金。", 0, 18) == []


def test_run_in_numbered_items_of_a_leaf_before_its_box_or_notes() -> None:
    # RUN_IN_FIRST_ITEM, ITEM_AREA_END: "（1）…（2）…" in a leaf's paragraph are its items; a box's
    # numbered lines and a table's notes are not (the box's items are read under the box).
    text = (
        "一、工作回顾\n经济稳中向好。\n二、2026年工作安排\n（一）扩大有效需求\n促进消费。\n"
        "（二）切实保障和改善民生\n今年要继续办好民生实事。（1）做好重点群体就业，培训30万人次。"
        "（2）改善农村学校条件。\n"
        "（三）加强生态保护\n治理河道。\n"
        "专栏1  易涝区域整治工程\n1. 完善城市排水防涝体系。\n2. 加快易涝区域能力提升。\n"
        "注：1.按表中所列重现期计算。2.雨水管渠按满管流计算。\n"
    )
    found = tasks(text)
    # BOX_PROJECT_TITLE: the box, titled as a project with numbered entries, is a block named so
    assert [t for t in found if t[0] == "易涝区域整治工程"] == [
        ("易涝区域整治工程", "专栏1", "易涝区域整治工程"),
        ("易涝区域整治工程", "1.", "完善城市排水防涝体系"),
        ("易涝区域整治工程", "2.", "加快易涝区域能力提升"),
    ]
    assert [t for t in found if t[0] == "工作安排"] == [
        ("工作安排", "（一）", "扩大有效需求"),
        ("工作安排", "（1）", "做好重点群体就业，培训30万人次"),
        ("工作安排", "（2）", "改善农村学校条件"),
        ("工作安排", "（三）", "加强生态保护"),
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("2026年工作安排", "工作安排"),  # BLOCK_NAME_PREFIX: a year
        ("“十五五”时期的主要目标任务", "主要目标任务"),  # a quoted period, 时期, 的; GOALS_AND_TASKS
        ("十四五时期主要任务", "主要任务"),  # an unquoted period
        ("2024-2026年重点任务", "重点任务"),  # years
        ("下一步工作安排", "工作安排"),
        ("主要目标和重大举措", "主要目标和重大举措"),
        ("重点任务和重大工程", "重点任务和重大工程"),  # TWO_BLOCKS
        ("重点工作任务", "重点工作任务"),
        ("重点治理任务", "重点治理任务"),  # QUALIFIED_TASKS
        ("行动任务", "行动任务"),  # an action plan's "一、行动任务"
        ("工作内容", "工作内容"),  # a 工作方案's "二、工作内容"
        ("主要行动", "主要行动"),  # an action plan's "三、主要行动"
        ("专项行动", "专项行动"),
        ("工作重点", "工作重点"),  # an opinion's "二、工作重点" over （一）…（四）
        ("重点任务。", "重点任务"),  # the run-in "（二）重点任务。主要包括：…"
        ("战略任务", "战略任务"),  # SCOPED_TASKS: a ministry's "三、战略任务"
        ("基本任务", "基本任务"),
        ("统筹更新任务", None),  # a theme of five (统筹更新任务/政策/行动 …), not a list
        # SUBJECT_SCOPED_TASKS: a pilot notice's "四、试点建设任务" (moe-first-aid-pilot-2021, round 58)
        ("试点建设任务", "试点建设任务"),
        ("试点建设原则", None),  # its principles beside the tasks, numbered alike
        ("实施阶段任务", None),  # a verb before the scoped name (SECTOR_VERBS): stages
        ("推进改革任务", None),
        ("整治内容", "整治内容"),  # CONTENT_BLOCKS: a campaign's "二、整治内容"
        ("活动内容", "活动内容"),  # a campaign's "二、活动内容" (mee-green-living-campaign-2018, round 14)
        ("重点整治内容", "重点整治内容"),
        ("试点主要内容", "主要内容"),  # CONTENT_TOPIC: a pilot's "四、试点主要内容"
        ("主要内容", None),  # bare: any summary
        ("《规划》的主要内容", None),  # an interpretation's summary of the plan
        ("试点内容", None),  # the kinds of pilot a call invites
        ("建设内容", None),  # by its title alone: BUILD_CONTENT_BLOCK looks at its parts (a heading's)
        ("发电行业重点任务", "重点任务"),  # SECTOR_PREFIX: a notice's "一、发电行业重点任务"
        ("交通运输领域主要任务", "主要任务"),
        ("重点区域重点工作", "重点工作"),
        ("加强重点领域重点工作", None),  # a verb before the sector (SECTOR_VERBS): a task
        ("推进重点区域重点工程", None),  # 工程 after a sector: a task's title
        ("治理整顿的主要内容和措施", "主要内容和措施"),  # WORK_TOPIC, AND_MEASURES
        ("主要任务和措施", "主要任务和措施"),  # AND_MEASURES
        ("主要任务和要求", "主要任务和要求"),  # AND_MEASURES: what is required of the work
        ("煤矿企业兼并重组的主要任务和要求", "主要任务和要求"),  # TOPIC_PREFIX (heldout8)
        ("“十一五”深化电力体制改革的主要任务", "主要任务"),  # a period, then a topic with 的
        ("《规划》的主要任务", None),  # a quoted plan title is no topic: an interpretation's summary
        ("推进煤矿企业兼并重组的政策措施", None),
        ("规划提出的主要任务", None),  # SUMMARISED_TOPIC: what another document set out
        ("检查内容", "检查内容"),  # CONTENT_WORK: a check campaign's "五、检查内容"
        # INSPECTION_PLAN_PART (pt-finance-inspection-plan-2023, round 57): a yearly 执法 plan's parts
        ("执法监督检查计划", "执法监督检查计划"),
        ("督查检查考核计划", "督查检查考核计划"),
        ("2024年度执法检查计划", "执法检查计划"),
        ("年度监督检查计划", "年度监督检查计划"),
        ("双随机抽查计划", "双随机抽查计划"),
        ("检查计划", None),  # bare: it may be a campaign's timetable
        ("制定现场检查计划", None),  # a verb before it: one task
        ("非洲猪瘟监测计划", None),  # one monitoring programme, not a plan of checks
        ("推进计划", None),  # stages and dates (sy-house-safety-systems-2024)
        ("计划安排", None),  # stages (sh-magnolia-2024)
        ("固定资产投资计划", None),  # an amount (songyang-invest-key-projects-2025)
        ("规划的主要内容", None),  # a topic that is no work
        ("科学技术攻关", "技术攻关"),  # ATTACK_PREFIX: a 六五 plan's "第二节科学技术攻关"
        ("加快推进重点任务落实", None),  # a title that names work, not a block
        ("主要目标", None),
        ("2025年工作回顾", None),
        ("保障措施", None),
    ],
)
def test_block_heading_names(title: str, kind: str | None) -> None:
    from plankg.loaders.structure.tasks import block_kind

    assert block_kind(title) == kind


def test_run_in_entries_announced_as_cases_or_records_stay_inside_their_item() -> None:
    # RECORDS_LEAD (dev3, mee-permit-cleanup-2020, mee-ghg-reporting-2022): "按照以下情形进行分类处置：1.…"
    # lists the cases of one task, "对以下台账和原始记录…进行存证：1.…；2.…" the data to upload; the
    # item stays one task. "重点开展以下工作：1.…" announces work: those entries are the tasks.
    filler = "坚持稳中求进工作总基调，统筹发展和安全。" * 60
    text = (
        f"关于做好清理整顿工作的通知{filler}一、工作内容（一）摸清底数。全面排查。"
        "（二）分类处置。按照以下情形进行分类处置：1.无整改情形类。依法核发。2.禁止核发类。不予核发。"
        "（三）整改清零。逐个销号。（四）强化存证。对以下台账和原始记录通过平台进行存证：1.燃料消耗量台账；"
        "2.检验检测报告。（五）加强培训。重点开展以下工作：1.编制培训教材。2.组织专题培训。"
        f"二、保障措施（一）加强组织领导。{filler}"
    )
    assert [t[1] + t[2] for t in tasks(text)] == [
        "（一）摸清底数",
        "（二）分类处置",
        "（三）整改清零",
        "（四）强化存证",
        "1.编制培训教材",
        "2.组织专题培训",
    ]


def test_a_glued_heading_title_goes_on_past_an_opener_inside_a_word() -> None:
    # OPENER_WORD_HEADS: 要 of 主要 opens no sentence; the block's title is whole (dev3,
    # nat-mineral-order-2001: "二、治理整顿的主要内容和措施(一)全面清理…" was read "治理整顿的主").
    from plankg.loaders.structure.headings import glued_clause_end

    assert glued_clause_end("治理整顿的主要内容和措施") is None
    assert glued_clause_end("加强领导各地区要认真组织") == 7  # 要 after 区 still opens the sentence
    filler = "坚持稳中求进工作总基调，统筹发展和安全。" * 60
    text = (
        f"关于进一步治理整顿的意见{filler}一、治理整顿的主要任务和基本目标治理整顿的主要任务是：全面取缔。"
        "二、治理整顿的主要内容和措施（一）全面清理许可证。对已发放的许可证进行清理。"
        f"（二）坚决制止违法开采。依法查处。三、治理整顿的工作要求（一）组织领导。{filler}"
    )
    assert tasks(text) == [
        ("主要内容和措施", "（一）", "全面清理许可证"),
        ("主要内容和措施", "（二）", "坚决制止违法开采"),
    ]


def test_a_glued_block_heading_cut_short_at_a_quote_is_read_with_the_rest_of_its_name() -> None:
    # CUT_TITLE_REST_MAX (heldout8, nat-power-reform-11): "二、“十一五”深化电力体制改革的主要任务（一）…" in a
    # one-line crawl is read with the title "“十一五”"; the rest before its first part names the block.
    filler = "坚持稳中求进工作总基调，统筹发展和安全。" * 60
    text = (
        f"关于深化电力体制改革的实施意见{filler}一、“十一五”深化电力体制改革的总体思路（一）总体思路。要深化改革。"
        "二、“十一五”深化电力体制改革的主要任务（一）抓紧处理厂网分开遗留问题要加快处理。"
        "（二）加快电力市场建设要建设市场。三、强化改革工作的组织领导电力工作直接关系经济发展。"
        f"（一）加强领导。{filler}"
    )
    assert [t[0] for t in tasks(text)] == ["主要任务", "主要任务"]


def test_block_headings_of_plans_attached_to_a_one_line_notice() -> None:
    # GLUED_BLOCK_HEADING, GLUED_INLINE_BLOCK (heldout8, nat-eia-permit-supervision-2021): the attached
    # plans number their parts 一、二、 again; the reader goes on with the notice's numbers and passes
    # over "二、重点任务" (glued before its parts, which it hangs under the notice's "二、") and
    # "二、工作内容" (its parts run into the text of a leaf). Both blocks' parts are their items; the
    # 主要任务 sentence without parts has none.
    filler = "坚持稳中求进工作总基调，统筹发展和安全。" * 40
    text = (
        f"关于印发监管行动计划和工作方案的通知各省、自治区、直辖市生态环境厅：{filler}现印发给你们，请遵照执行。"
        "一、高度重视、认真部署，进一步强化监管工作。本行动计划是重要举措。"
        "二、工作中如有重要事项，请及时反馈我部。联系人：张三。附件：1.监管行动计划 2.监管工作方案"
        "生态环境部办公厅2020年9月监管行动计划"
        "一、工作目标通过实施本行动计划，打击弄虚作假。二、重点任务（一）规划环评落实情况抽查检查对象。各地规划环评。"
        "（二）报告书复核复核对象。全国报告书。（三）排污许可证核发情况抽查检查对象。重点行业。"
        "三、组织方式及安排各级生态环境部门依据本行动计划制定方案。四、结果处理强化信用管理。"
        "五、工作要求（一）认真组织实施高度重视。（二）严格工作纪律工作中严格遵守规定。"
        "年度监管工作方案一、主要任务开展规划环评抽查。二、工作内容（一）报告书落实情况抽查检查对象。重点区域项目。"
        "（二）园区规划环评抽查检查对象。重点区域园区。（三）登记表项目抽查检查对象。重点流域项目。"
        f"三、工作要求统筹开展有关工作。{filler}"
    )
    assert [(kind, number) for kind, number, _ in tasks(text)] == [
        ("重点任务", "（一）"),
        ("重点任务", "（二）"),
        ("重点任务", "（三）"),
        ("工作内容", "（一）"),
        ("工作内容", "（二）"),
    ]


def test_a_blocks_entries_with_damaged_numerals_in_an_ocr_text() -> None:
    # DAMAGED_ENTRIES (heldout5, nat-fyp-6, an OCR'd 六五 plan): "、…" lost its numeral, "一、" is a
    # misread 三、, "四、 " has a space; the four lines are the block's entries (the last numbered 四).
    text = (
        "第一章基本任务\n第六个五年计划的基本任务，是继续贯彻执行调整的方针。它的具体要求是：\n"
        "、工农业生产，在提高经济效益的前提下，计划平均每年递增4%。\n"
        "、大力增加适合社会现实需要的农产品的生产。\n"
        "一、努力调整重工业的服务方向和产品结构。\n"
        "四、 有计划有重点地对现有企业进行技术改造。\n"
        "第二章财政和信贷\n财政收入稳定增长。\n"
    )
    assert [(t[0], t[1], t[2][:6]) for t in tasks(text)] == [
        ("基本任务", "、", "工农业生产，"),
        ("基本任务", "、", "大力增加适合"),
        ("基本任务", "一、", "努力调整重工"),
        ("基本任务", "四、", "有计划有重点"),
    ]


def test_a_line_naming_a_list_of_work_over_its_entries() -> None:
    # LINE_LABEL (nat-fyp-6): "…水利建设的主要任务是：" ends its line, its 一、 entries (numerals
    # damaged) follow, unnumbered paragraphs belong to the entry above; the last entry numbered 三.
    text = (
        "第七章农业\n农业稳定增长。\n第一节水利建设\n“六五”期间水利建设的主要任务是：\n"
        "、以巩固大江大河现有防洪能力为主要目标，确保安全。\n黄河，继续加高培厚下游堤防。\n"
        "、兴建必要的水源工程，解决北方重点地区用水问题。\n"
        "三、 进行三江平原等重点商品粮产区的水利建设。\n"
        "第二节气象事业\n、提高对灾害性天气的监测预报能力。\n、提高天气预报的准确度。\n三、 发展传真通信。\n"
    )
    assert [(t[0], t[1], t[2][:6]) for t in tasks(text)] == [
        ("主要任务", "、", "以巩固大江大"),
        ("主要任务", "、", "兴建必要的水"),
        ("主要任务", "三、", "进行三江平原"),
    ]


def test_run_in_items_may_follow_a_title_directly() -> None:
    from plankg.loaders.structure.tasks import run_in_items

    text = "三、主要任务1.加强组织领导。2.推进任务落实，增长1.5倍。"
    assert [(m, text[s:e]) for m, s, e in run_in_items(text, 6, len(text))] == [
        ("1.", "1.加强组织领导。"),
        ("2.", "2.推进任务落实，增长1.5倍。"),
    ]
    # one item is no list
    assert run_in_items("三、主要任务1.加强组织领导。", 6, 15) == []


def test_a_box_of_prose_before_the_first_section_of_a_block() -> None:
    # BOX_BEFORE_SECTIONS: the box "专栏1 …" of prose ends where "（一）…", a title numbered 1 in a
    # style the plan numbers sections with, opens the block's first section; the innermost entries
    # （1）… (three levels deep: （一） > 1. > （1）) are the block's tasks, and a box inside one of
    # them (a task only, no section) sits in the section holding it.
    text = (
        "一、工作回顾\n（一）主要成效\n成效明显。\n（二）主要问题\n问题不少。\n"
        "二、主要任务\n围绕安全要求，推进建设。\n\n专栏1　三堤三网\n三堤：建设大堤。三网：整治河道。\n\n"
        "（一）强化防洪体系建设，保障防汛安全\n\n1.海塘达标。按照标准推进达标建设。\n\n"
        "（1）崇明岛主海塘推进达标建设。\n\n（2）长兴岛主海塘推进达标建设。\n\n专栏2　小流域内容\n建设清洁小流域。\n\n"
        "2.泵闸建设。按照规划推进泵闸建设。\n\n（1）完成水闸的续建。\n\n（二）提升水环境\n\n"
        "1.管网更新工程。\n\n2.二次供水改造。\n\n三、保障措施\n加强领导。\n"
    )
    assert [(kind, number) for kind, number, _ in tasks(text) if kind != "专栏"] == [
        ("主要任务", "（1）"),
        ("主要任务", "（2）"),
        ("主要任务", "（1）"),
        ("主要任务", "1."),
        ("主要任务", "2."),
    ]


def test_a_speech_closing_after_the_last_leaf_holds_no_items_of_it() -> None:
    # AUDIENCE_ADDRESS: the work report's closing after its last heading ("各位代表！…一是坚持依法行政…")
    # is no list of the last leaf's items; the leaf is the task.
    text = (
        "一、2025年工作回顾\n经济稳中向好。\n二、2026年重点工作\n"
        "（一）立足扩大内需，推动经济发展\n扩大有效投资。\n（二）立足边境建设，推进兴边富民\n强化边境设施。\n"
        "各位代表！我们要支持群团机构依法履职。\n"
        "做好今年工作，对加强政府自身建设提出了新的更高要求。一是坚持依法行政，推进法治政府建设。"
        "二是坚持干字当头，持续改进工作作风。\n"
    )
    assert [(kind, number) for kind, number, _ in tasks(text)] == [("重点工作", "（一）"), ("重点工作", "（二）")]


ANNEX = (
    "一、主要任务\n（一）提升防汛能力\n推进泵闸建设。\n（二）改善水质\n推进河道整治。\n二、保障措施\n加强领导。\n\n"
    "附件：某区水务重点项目清单\n\n序号\n\n项目类型\n\n项目名称\n\n“十五五”目标\n\n一\n\n水安全\n\n"
    "1\n\n泵闸新改建工程\n\n蔡家浜泵闸建设工程\n\n完成建设\n\n2\n\n真如泵闸建设工程\n\n拆除重建真如泵闸\n\n完成建设\n\n"
    "二\n\n水管理\n\n3\n\n水务现代化管理\n\n数字化底座系统建设\n\n持续推进\n"
)


def test_the_rows_of_an_attached_table_of_projects_are_its_items() -> None:
    # ANNEX_TABLE: "附件：…重点项目清单", a table with a 序号 column flattened one cell per line; its rows
    # numbered 1, 2, 3 (not the group lines 一 / 二) are the block's items, of kind 重点项目清单.
    assert [t for t in tasks(ANNEX) if t[0] == "重点项目清单"] == [
        ("重点项目清单", "1", "泵闸新改建工程"),
        ("重点项目清单", "2", "真如泵闸建设工程"),
        ("重点项目清单", "3", "水务现代化管理"),
    ]
    # ANNEX_UNIT_COLUMN: a table naming who carries each row out is a who-does-what table, no block.
    with_units = ANNEX.replace("“十五五”目标", "责任单位")
    assert [t for t in tasks(with_units) if t[0] == "重点项目清单"] == []


def test_an_attached_table_titled_on_the_line_below_its_number_is_read() -> None:
    # ANNEX_TABLE: "附件2" / "" / "某区绿地重点建设计划表" (a web page puts the title under the number):
    # the rows are the items, the kind is the name without 表; the list of attachments above it
    # ("附件：1.…" / "2.某区绿地重点建设计划表") is no table.
    text = (
        "一、主要任务\n（一）建设绿地\n推进建设。\n（二）改造公园\n推进改造。\n二、保障措施\n加强领导。\n\n"
        "附件：1.某区林地项目表\n\n2.某区绿地重点建设计划表\n\n附件1\n\n某区林地项目表\n\n序号\n\n名称\n\n"
        "1\n\n甲林地\n\n2\n\n乙林地\n\n附件2\n\n某区绿地重点建设计划表\n\n序号\n\n名称\n\n位置\n\n面积(公顷)\n\n"
        "1\n\n东侧绿地建设\n\n沿河东侧\n\n3.75\n\n2\n\n西侧绿地建设\n\n沿河西侧\n\n6.88\n\n"
        "3\n\n中心公园\n\n新城中心\n\n12.5\n"
    )
    assert [t for t in tasks(text) if t[0] != "主要任务"] == [
        ("重点建设计划", "1", "东侧绿地建设"),
        ("重点建设计划", "2", "西侧绿地建设"),
        ("重点建设计划", "3", "中心公园"),
    ]


def test_a_table_row_number_after_a_group_line_is_a_cell_not_a_page_number() -> None:
    # TABLE_ROW_SPAN: "27" stands 7 cells after "26" (a group line "五" / "水管理" between them): it
    # follows its row numbering, so it is the table's, not a page's number.
    from plankg.loaders.structure.document import normalised_text

    row = ["26", "节水宣传教育", "宣传点建设", "建成宣传点", "完成建设", "五", "水管理", "27", "水务现代化管理"]
    cells = "\n\n".join(["25", "a", "b", "c", *row])
    assert "\n27\n" in normalised_text("正文。\n\n" + cells + "\n").text


def test_an_attached_table_in_parts_restarts_its_row_numbers_under_each_header() -> None:
    # ANNEX_HEADER_LINE: "杭州市" / "序号" / … / "1" / "2" / "宁波市" / "序号" / … / "1": rows of each part.
    text = (
        "一、主要任务\n（一）治理内涝\n推进工程。\n（二）完善设施\n推进建设。\n\n附表4  某省城市内涝治理重大项目表\n\n"
        "杭州市\n\n序号\n\n项目名称\n\n总投资\n\n1\n\n彭埠备塘河清淤工程\n\n240\n\n2\n\n九号港清淤工程\n\n150\n\n"
        "宁波市\n\n序号\n\n项目名称\n\n总投资\n\n1\n\n姚江排涝工程\n\n600\n\n附表5  其他\n\n1\n\n甲\n\n2\n\n乙\n"
    )
    assert [t for t in tasks(text) if t[0] == "重大项目"] == [
        ("重大项目", "1", "彭埠备塘河清淤工程"),
        ("重大项目", "2", "九号港清淤工程"),
        ("重大项目", "1", "姚江排涝工程"),
    ]


def test_em_space_indentation_is_indentation() -> None:
    # A web page indenting its paragraphs with em spaces ("\u2003\u2003二、重点工程", U+2003): the
    # headings are read as headings (normalise folds U+2002/U+2003 to a space, stripped as padding).
    text = (
        "各市人民政府：\n\u2003\u2003为推进融合发展，制定本意见。\n\u2003\u2003一、总体要求\n\u2003\u2003坚持创新引领。\n"
        "\u2003\u2003二、重点工程\n\u2003\u2003（一）新一代信息技术产业智能提升工程。推动技术协同。\n"
        "\u2003\u2003（二）高端装备制造业智能提升工程。发展智能装备。\n\u2003\u2003三、保障措施\n\u2003\u2003加强领导。\n"
    )
    assert tasks(text) == [
        ("重点工程", "（一）", "新一代信息技术产业智能提升工程"),
        ("重点工程", "（二）", "高端装备制造业智能提升工程"),
    ]


def test_an_action_plan_names_its_block_by_its_actions() -> None:
    # 主要行动 / 专项行动 (TASK_BLOCK_KINDS): the actions' numbered entries are the block's tasks.
    text = (
        "一、总体要求\n坚持创新。\n二、专项行动\n（一）融合创新能力提升行动。\n1.实施核心技术攻关计划。加大攻关力度。\n"
        "2.打造融合发展创新载体。支持建设中心。\n（二）智慧经济培育行动。\n1.发展一批新业态新模式。发展智能产品。\n"
        "2.壮大一批新市场主体。强化龙头带动。\n三、保障措施\n加强领导。\n"
    )
    assert [(kind, number) for kind, number, _ in tasks(text)] == [("专项行动", "1."), ("专项行动", "2.")] * 2


def test_a_heading_glued_to_the_end_of_a_full_line_is_not_joined_to_the_next() -> None:
    # A hard-wrapped PDF text: "…智能工厂建设。（三）技术装备推广工程" fills its line; the heading
    # ends it (GLUED_HEADING_TAIL), so the line break after it stays.
    from plankg.loaders.text.furniture import hard_wrap_joins

    full = "促进制造装备与检验测试装备互联互通提升产品智能化水平"  # 26 characters, 52 columns
    # distinct lines of one width, as a page's wrapped lines are (DISTINCT_WRAP_LINES: a line repeated
    # word for word is no evidence of a page width)
    rotated = [full[k:] + full[:k] for k in range(len(full))]
    glued_line = "化水平，支撑数字化车间、智能工厂建。（三）技术装备推广工程"
    lines = [*rotated[:24], glued_line, rotated[24], rotated[25], "结束。"]
    text = "\n".join(lines) + "\n"
    glued = text.find("推广工程") + len("推广工程")
    joins = hard_wrap_joins(text)
    assert joins and all(start != glued for start, _ in joins)


def test_entries_missing_from_the_numbering_of_a_blocks_leaves() -> None:
    # MISSING_ITEMS: "1.…。" and "2.…。" one sentence each are paragraphs of (二) before its heading
    # "3.…。…"; in (三) a PDF glued entry 2 to the end of entry 1, so the leaves read go 1., 3.
    text = (
        "一、总体要求\n坚持创新。\n二、重点工程\n（一）产业基础创新工程\n实施创新工程。\n1.建立健全创新体系。支持建设实验室。\n"
        "2.加强核心技术攻关。跟踪技术趋势。\n（二）产业化应用工程\n支持行业应用示范。\n"
        "1.选择典型行业，开展应用示范，构建解决方案。\n2.按照“机电仪一体化”的思路，开展应用示范。\n"
        "3.面向物联网技术瓶颈，加快研发。在智慧城市等领域开展示范。\n"
        "（三）产业生态优化工程\n完善产业生态。\n1.培育优质企业。引导企业发展，促进全面融通。2.加强标准研制。研制基础标准。\n"
        "3.完善产业公共服务。建设计量中心。\n三、组织保障\n加强统筹。\n"
    )
    found = [(kind, number, title) for kind, number, title in tasks(text)]
    assert [number for _, number, _ in found] == ["1.", "2.", "1.", "2.", "3.", "1.", "2.", "3."]
    assert ("重点工程", "2.", "按照“机电仪一体化”的思路，开展应用示范") in found
    assert ("重点工程", "2.", "加强标准研制") in found
    assert ("重点工程", "1.", "培育优质企业") in found


def test_entries_numbered_on_across_sections_after_a_lost_number() -> None:
    # CONTINUED_ITEMS: "6." was lost after a box, so "7.…" "8.…" under （三） were not read as headings
    # (out of sequence after 5.); they go on with the block's numbering, so they are its tasks.
    text = (
        "一、总体要求\n坚持创新。\n二、重点任务\n（一）生态体系构建行动\n1.完善贯标体系。继续引导企业。\n"
        "2.建立标准体系。成立推进小组。\n（二）技术创新行动\n3.突破关键核心技术。依托骨干企业。\n"
        "4.形成系统解决方案。提炼解决方案。\n专栏一  重点细分行业系统解决方案\n水泥行业：重点形成集成方案。\n"
        "创新一批工业互联网使用场景。构建三大功能体系。\n（三）推广应用行动\n6.大力培育智能工厂。培育一批工厂。\n"
        "7.着力推进典型应用。加快推广应用。\n三、保障措施\n（一）加强统筹协调\n加强组织。\n"
    )
    found = [(kind, number, title) for kind, number, title in tasks(text) if kind == "重点任务"]
    assert found[-2:] == [("重点任务", "6.", "大力培育智能工厂"), ("重点任务", "7.", "着力推进典型应用")]
    assert ("重点任务", "（三）", "推广应用行动") not in found
    # Numbers that do not go on from the block's last one are no items of it.
    from plankg.loaders.structure.tasks import continued_items

    assert continued_items("\n1.甲。\n2.乙。\n", 0, 12, 4) == []


def test_a_block_over_the_stages_of_the_work_is_a_schedule() -> None:
    # STAGE_TITLE: "工作安排" over "（一）集中攻坚阶段" "（二）巩固提升阶段" "（三）建立长效机制" has no tasks;
    # the block "重点整治内容" (CONTENT_BLOCKS) before it has its numbered paragraphs.
    text = (
        "总体要求\n\n全面排查养老服务机构燃气安全领域风险隐患，确保服务对象安全。\n\n重点整治内容\n\n"
        "1.对养老服务机构未落实消防安全责任制，未制定和实施灭火和应急疏散预案，违规用气、用火、用电的，"
        "要依法责令限期改正，逾期不改正的，实施处罚。\n\n"
        "2.对养老服务机构在地下空间使用瓶装液化石油气、在用气瓶和备用气瓶未分开放置的，"
        "要依法责令限期改正，逾期不改正的，责令停止使用。\n\n工作安排\n\n（一）集中攻坚阶段\n\n全面开展自查。\n\n"
        "（二）巩固提升阶段\n\n开展复查。\n\n（三）建立长效机制\n\n总结经验。\n"
    )
    assert [(kind, number) for kind, number, _ in tasks(text)] == [("重点整治内容", "1."), ("重点整治内容", "2.")]


def test_the_goal_beside_a_block_of_tasks_is_no_task() -> None:
    # GOAL_BESIDE_TASKS: each action's "1.行动目标" beside its "2.行动任务" (a block of its own, its
    # 一是… the items) is a goal, no item of the outer block.
    text = (
        "一、总体要求\n坚持创新。\n二、行动任务\n（一）全力服务建设行动\n1.行动目标\n到2030年，基本建成功能区。\n"
        "2.行动任务\n一是加快建设高端产业功能集聚区；二是加快创新要素集聚。\n（二）推进城市更新行动\n1.行动目标\n"
        "到2030年，完成更新。\n2.行动任务\n一是有序推进更新实施；二是推进楼宇盘活。\n三、保障措施\n加强领导。\n"
    )
    assert [(kind, number) for kind, number, _ in tasks(text)] == [("行动任务", "一是"), ("行动任务", "二是")] * 2


def test_paragraphs_numbered_as_sections_under_a_block_heading_without_sections() -> None:
    # PARAGRAPH_ITEMS: "（一）…;" entries closed by a semicolon are paragraphs, not sections; under a
    # block heading with no sections they are its items.
    text = (
        "一、总体目标\n完成2300亩整治。\n二、整治内容\n\n以下情形作为重点整治内容：\n\n"
        "（一）产业用地综合绩效评估为C类、D类的违法用地，我区涉及此类整治面积约1068亩;\n\n"
        "（二）不符合总体规划的违法用地，其中属于开发边界外的违法用地优先整治，我区涉及面积约1301亩;\n\n"
        "（三）“二调”后“三调”前发生的违法用地，我区涉及此类整治面积约99亩。\n\n三、整治方式\n\n（一）拆除还地\n\n拆除。\n"
    )
    assert [(kind, number) for kind, number, _ in tasks(text)] == [
        ("整治内容", "（一）"),
        ("整治内容", "（二）"),
        ("整治内容", "（三）"),
    ]


def test_a_box_titled_as_an_action_with_items_numbered_01() -> None:
    # BOX_WORK_TITLE, BOX_FIRST_ITEM ("01 " opening a line), BOX_ITEM_TITLE_LINE (the item's title is
    # its line), BOX_TITLE_AFTER_SENTENCE (a PDF glued the paragraph after box 1 to its last item, and
    # box 2's caption to that paragraph's end).
    text = (
        "一、总体要求\n坚持创新。\n二、重点任务\n（一）加快系统创新\n加强关键核心技术攻关。\n\n"
        "专栏 1 智能制造技术攻关行动\n01 关键核心技术\n突破产品优化设计与全流程仿真等基础技术；先进工艺技术。\n"
        "02 系统集成技术\n开发可复用数据集成技术。 聚力研发工业软件产品。专栏 2 工业软件突破提升行动\n"
        "01 研发设计类软件\n开发计算机辅助设计（CAD）等。\n02 生产制造类软件\n开发制造执行系统（MES）等。\n\n"
        "三、保障措施\n加强统筹。\n"
    )
    found = tasks(text)
    assert [t for t in found if t[0].endswith("行动")] == [
        ("智能制造技术攻关行动", "专栏 1", "智能制造技术攻关行动"),
        ("智能制造技术攻关行动", "01", "关键核心技术"),
        ("智能制造技术攻关行动", "02", "系统集成技术"),
        ("工业软件突破提升行动", "专栏 2", "工业软件突破提升行动"),
        ("工业软件突破提升行动", "01", "研发设计类软件"),
        ("工业软件突破提升行动", "02", "生产制造类软件"),
    ]


def test_a_section_of_a_block_glued_to_the_end_of_the_box_before_it() -> None:
    # MISSING_SECTION_ITEMS: a PDF glued "（二）…" to the last line of a box in （一）, after "。 ": the
    # sections read go （一）, （三）, so （二） is found in （一）'s text and is a task of the block.
    text = (
        "一、总体思路\n坚持创新。\n二、重点任务\n（一）加快系统创新，增强融合发展新动能。\n加强关键核心技术攻关。\n\n"
        "专栏 1 智能制造技术攻关行动\n01 关键核心技术\n突破基础技术。\n02 系统集成技术\n开发集成技术。 "
        "（二）深化推广应用，开拓转型升级新路径。聚焦企业转型升级需要，开展应用示范。\n建设智能制造示范工厂。\n\n"
        "（三）加强自主供给，壮大产业体系新优势。\n大力发展装备。\n三、保障措施\n加强统筹。\n"
    )
    assert [(kind, number) for kind, number, _ in tasks(text) if kind == "重点任务"] == [
        ("重点任务", "（一）"),
        ("重点任务", "（二）"),
        ("重点任务", "（三）"),
    ]


def test_the_key_points_of_the_work_are_a_block() -> None:
    # 工作重点 (TASK_BLOCK_KINDS): its one-sentence entries are the block's tasks
    text = (
        "一、总体要求\n做好改造。\n二、工作重点\n（一）对未改造地区的电网进行全面改造，彻底解决遗留问题。\n"
        "（二）对供电能力不足的电网实施升级改造，提高供电能力。\n三、保障措施\n（一）加大资金支持。加快步伐。\n"
    )
    assert [(kind, number) for kind, number, _ in tasks(text)] == [("工作重点", "（一）"), ("工作重点", "（二）")]


def test_a_gold_quote_opening_at_a_row_number_is_found_with_its_widths_folded() -> None:
    # A quote copied from the stored file ("12" / "" / "西侧绿地(沿河-南路）", a half-width bracket) is
    # found in the text as read, where the bracket is folded, at its row number: normalising the
    # whole quote would drop the lone "12" as a page number and find it after its marker.
    text = "11\n\n东侧绿地\n\n12\n\n西侧绿地（沿河-南路）\n"
    assert find_as_read(text, "12\n\n西侧绿地(沿河-南路）") == text.index("12")


def test_a_block_named_with_its_verb_and_count() -> None:
    # LIST_LEAD: "（二）抓好四项重点任务。" names the block 重点任务 (a verb and a count before the block
    # name), its paragraphs 一是… the items; "（一）紧盯两类风险。" beside it names no block.
    text = (
        "一、总体要求\n坚持问题导向。\n二、工作重点\n（一）紧盯两类风险。\n紧盯两类风险。一是资金风险；二是安全风险。\n"
        "（二）抓好四项重点任务。\n一是加强风险排查。组织全面排查。\n二是加强隐患整改。限期整改到位。\n"
        "三是加强执法检查。开展联合检查。\n四是加强宣传引导。普及安全知识。\n三、工作要求\n加强领导。\n"
    )
    found = [(kind, number, title) for kind, number, title in tasks(text) if kind == "重点任务"]
    assert found == [
        ("重点任务", "一是", "加强风险排查"),
        ("重点任务", "二是", "加强隐患整改"),
        ("重点任务", "三是", "加强执法检查"),
        ("重点任务", "四是", "加强宣传引导"),
    ]


def test_a_heading_whose_first_clause_sets_out_the_list_of_work() -> None:
    # LIST_LEAD_CLAUSE: "二、落实重点工作，稳步推进平台建设" names the block 重点工作; its run-in 一是… are the items.
    text = (
        "一、提高认识\n平台建设十分重要。\n二、落实重点工作，稳步推进平台建设\n"
        "平台建设要统筹推进。一是完成数据对接工作；二是开展应用试点；三是健全运维机制。\n"
        "三、加强组织保障，确保工作落实\n一是加强领导；二是强化考核。\n"
    )
    assert tasks(text) == [
        ("重点工作", "一是", "完成数据对接工作"),
        ("重点工作", "二是", "开展应用试点"),
        ("重点工作", "三是", "健全运维机制"),
    ]


def test_a_block_whose_lead_says_the_work_goes_in_stages_is_a_schedule() -> None:
    # STAGES_LEAD: "一、目标任务" whose text says "分两个阶段推进：" over parts titled by what each stage
    # does has no tasks (the stages carry dated targets, not work items).
    text = (
        "一、目标任务\n健全监测体系，分两个阶段推进：\n（一）试点先行，积累经验。2026年6月底前，试点地区完成平台部署。\n"
        "（二）全面推开，形成机制。2027年底前，全省实现监测全覆盖。\n二、主要任务\n（一）完善监测规则\n制定规则。\n"
        "（二）强化结果运用\n运用结果。\n"
    )
    assert [(kind, number) for kind, number, _ in tasks(text)] == [("主要任务", "（一）"), ("主要任务", "（二）")]


def test_a_part_named_like_a_block_beside_a_plain_part_is_a_part_of_the_outer_block() -> None:
    # PART_NAMED_AS_BLOCK (cm-illegal-land-2020): "（一）专项任务" names a block, but its sibling
    # "（二）综合整治新三年行动结转任务量" with items of its own does not: both are parts of 二、整治内容,
    # whose kind their items take (they were typed 专项任务 and 整治内容 by halves).
    text = (
        "一、总体目标\n全面完成整治任务。\n"
        "二、整治内容\n（一）专项任务\n1.设施农业疑似违法项目\n共计10个。\n2.督察违法项目\n共计5个。\n"
        "（二）综合整治新三年行动结转任务量\n1.经营性违法项目\n共计3个。\n2.公益性违法项目\n共计2个。\n"
        "三、保障措施\n（一）加强组织领导\n各部门要落实责任。\n"
    )
    got = tasks(text)
    assert [(kind, number) for kind, number, _ in got] == [("整治内容", "1."), ("整治内容", "2.")] * 2, got


def test_a_box_numbering_its_entries_as_the_tasks_around_it() -> None:
    # nat-light-industry-digital-2024 (round 14), PDF text: tasks 1. 2. in section （一）, then a box whose caption
    # runs on from its number (CAPTION, ITEM_AREA_END) and whose entries restart at 1. in the tasks' style
    # (BOX_OWN_LIST): the entries are the box's, not tasks 3.–; the box, a project with numbered entries, is a
    # block named by its title (BOX_PROJECT_TITLE); task 3. goes on in section （二）.
    text = (
        "一、总体要求\n促进轻工业梯次数字化转型。\n"
        "二、重点任务\n（一）培育数字化转型典型场景和解决方案\n1.培育数字化转型典型场景。支持行业协会等立足轻工\n"
        "业特点和差异化需求，分行业、分场景编制数字化转型场景清\n单。推广应用物联网、大数据、人工智能等数字技术。\n"
        "2.加强数字化转型解决方案研发。依托智能制造系统解\n决方案揭榜挂帅等工作机制，在轻工领域突破一批覆盖软硬\n"
        "件工具、数据模型等先进适用解决方案。面向中小企业研发推\n广一批“小快轻准”的解决方案，推动轻工业数字化转型。\n"
        "专栏1数字化解决方案研发推广工程\n1.家用电器行业：个性化定制平台、家电垂域大模型技术等解决方案。\n"
        "2.家具行业：家具数字化设计平台、3D建模技术等解决方案。\n3.五金制品行业：研发推广自动上下料工业机器人等解决方案。\n"
        "（二）深入开展数字化转型改造\n3.梯次推进企业“智改数转网联”。支持地方、行业协会开展评估诊断。\n"
        "4.实施大规模设备数字化改造更新。编制轻工行业设备更新指南。\n"
    )
    found = tasks(text)
    assert [t for t in found if t[0] == "重点任务"] == [
        ("重点任务", "1.", "培育数字化转型典型场景"),
        ("重点任务", "2.", "加强数字化转型解决方案研发"),
        ("重点任务", "3.", "梯次推进企业“智改数转网联”"),
        ("重点任务", "4.", "实施大规模设备数字化改造更新"),
    ]
    assert [t[1] for t in found if t[0] == "数字化解决方案研发推广工程"] == ["专栏1", "1.", "2.", "3."]


def test_a_project_box_of_unnumbered_entries_keeps_the_box_kind() -> None:
    # BOX_PROJECT_TITLE only with numbered entries: "专栏2：智能传感器推广示范工程" over run-in entries elaborates
    # the task above it (sd-smart-sensor-2021's gold: not a block)
    text = (
        "四、重点任务\n（一）推广应用\n1.打造智能传感器推广示范工程。推广应用。\n2.推进芯片制造。建设产线。\n"
        "专栏2：智能传感器推广示范工程\n智能家居。推动传感器在家居中的应用。\n智能交通。推动车路协同。\n"
        "五、保障措施\n（一）加强组织\n统筹推进。\n"
    )
    assert [t for t in tasks(text) if t[1].startswith("专栏")] == [("专栏", "专栏2", "智能传感器推广示范工程")]


# --- Texts that lost their line breaks (join20task) ---------------------------------------------------------

GLUED_FILLER = "坚持稳中求进工作总基调，统筹发展和安全。" * 60


def test_a_glued_annex_table_reads_its_rows_cell_after_cell() -> None:
    # GLUED_ANNEX_TABLE (fx-park-city-2021, heldout11, one-line): rows glued to each other, a figure with two
    # decimals running into the next row's number ("3.276胜利港"), one decimal not ("3.75需动迁2…" is row 2).
    text = (
        f"关于推进公园城市建设的实施方案{GLUED_FILLER}一、总体要求（一）指导思想。{GLUED_FILLER}二、保障措施（一）加强领导。"
        "落实责任。附件2公园绿地重点建设计划表序号名称位置面积（公顷）备注1G1503南侧（S4-金汇港）绿地建设位于G1503高速公路北侧，"
        "东至金汇港3.75需动迁2金汇港东侧、南奉公路南侧绿地建设金汇港东侧、南奉公路南侧3.16需动迁3金汇港西侧、南奉公路南侧绿地建设"
        "金汇港西侧6.88需动迁4金钱路沿线绿化（大叶公路-G1503）金钱路（大叶公路-G1503）16.80需动迁5沿港河两侧绿化沿港河两侧"
        "（金汇港-万顺路）3.276胜利港两侧绿化（金钱路-大寨河）胜利港两侧（金钱路-大寨河）4.74需动迁"
    )
    found = tasks(text)
    assert [(kind, number) for kind, number, _ in found] == [("重点建设计划", str(n)) for n in range(1, 7)]
    assert found[5][2].startswith("胜利港两侧绿化")


def test_a_glued_markdown_annex_table_restarts_its_count_after_a_group_row() -> None:
    # GLUED_ANNEX_TABLE, GLUED_ANNEX_GROUP (sj-energy-action-2026, heldout17, one-line).
    text = (
        f"松江区能源发展行动方案{GLUED_FILLER}一、总体要求（一）指导思想。{GLUED_FILLER}二、保障措施（一）加强领导。落实责任。"
        "附表2松江区“十五五”能源重点项目表|| 序号 | 项目名称 | 项目单位 || 电力方面 "
        "|| 1 | 上海松江新宅（新天马）110kV输变电工程 | 国网上海松江供电公司 "
        "|| 2 | 上海松江文诚（电气）110kV输变电工程 | 国网上海松江供电公司 || 燃气方面 "
        "|| 1 | 叶新公路（叶榭镇界-奉贤区界） | 上海松江燃气有限公司 |"
    )
    assert tasks(text) == [
        ("重点项目", "1", "上海松江新宅（新天马）110kV输变电工程"),
        ("重点项目", "2", "上海松江文诚（电气）110kV输变电工程"),
        ("重点项目", "1", "叶新公路（叶榭镇界-奉贤区界）"),
    ]


def test_nested_run_in_items_take_the_place_of_their_entry() -> None:
    # NESTED_RUN_IN_ITEMS, NESTED_TITLE_GLUED_ITEM (cm-water-14, heldout5, one-line).
    from plankg.loaders.structure.tasks import innermost_items

    text = (
        "（二）推进生态环境体系建设，创建幸福河湖1.滩涂保护。持续进行滩涂保护、修复。（1）坚守保护生态红线的工作底线，保护为本。"
        "（2）全面完成滩涂规范整改，实施生态种青。2.海洋管控。增强海洋综合管控能力。（1）加强海洋管理和公共服务领域应用技术研究。"
        "（2）实施入海排放口排放监测，强化海洋污染联防联控。"
    )
    found = innermost_items(text, [("（二）", 0, len(text))])
    assert [text[start:].split("，")[0].split("。")[0] for _, start, _ in found] == [
        "（1）坚守保护生态红线的工作底线",
        "（2）全面完成滩涂规范整改",
        "（1）加强海洋管理和公共服务领域应用技术研究",
        "（2）实施入海排放口排放监测",
    ]


def test_a_run_in_tasks_entry_gives_its_ordinals_and_its_goal_entry_none() -> None:
    # NESTED_GOAL_ENTRY, NESTED_TASKS_ENTRY (pt-land-space-2026, heldout6, one-line).
    from plankg.loaders.structure.tasks import innermost_items

    text = (
        "（一）全力服务上海“五个中心”建设行动1.行动目标加强普陀在上海“五个中心”建设国家战略中的作用。2.行动任务一是加快建设高端"
        "产业功能集聚区，培育经济发展新动能。二是加快创新要素高浓度集聚。"
    )
    found = innermost_items(text, [("（一）", 0, len(text))])
    assert [marker for marker, _, _ in found] == ["一是", "二是"]
    assert text[found[0][1] :].startswith("一是加快建设高端产业功能集聚区")


def test_a_glued_box_caption_before_its_first_item() -> None:
    # GLUED_BOX (nat-light-industry-digital-2024, heldout14, one-line): a box titled as a project, its items read.
    text = (
        f"轻工业数字化转型实施方案{GLUED_FILLER}一、总体要求（一）指导思想。{GLUED_FILLER}二、重点任务（一）深入开展数字化转型改造。"
        "推动轻工业由点及面数字化转型。专栏2 数字化改造升级工程1.家用电器行业：实施基于AI大模型的生产制造和产品服务。"
        "2.家具行业：应用家具设计一体化服务平台，开展数字化仿真设计。三、保障措施（一）加强组织领导。落实责任。"
    )
    found = tasks(text)
    assert ("数字化改造升级工程", "专栏2", "数字化改造升级工程") in found
    assert [t[1] for t in found if t[0] == "数字化改造升级工程"] == ["专栏2", "1.", "2."]


def test_glued_entries_numbered_on_across_parts_stop_at_a_glued_box() -> None:
    # GLUED_CONTINUED_ITEMS (nat-light-industry-digital-2024, heldout14, one-line): box 1's entries 3. 4. are no
    # tasks of part (一); part (二)'s entries go on from 3.
    text = (
        f"轻工业数字化转型实施方案{GLUED_FILLER}一、总体要求（一）指导思想。{GLUED_FILLER}二、重点任务"
        "（一）培育数字化转型典型场景和解决方案1.培育数字化转型典型场景。分行业编制场景清单。2.加强数字化转型解决方案研发。"
        "支持企业研发。专栏1数字化解决方案研发推广工程1.家用电器行业：个性化定制平台。2.家具行业：家具数字化设计平台。"
        "3.五金制品行业：智能锁数字化平台。4.造纸行业：造纸数字化平台。"
        "（二）深入开展数字化转型改造3.梯次推进企业“智改数转网联”。推动轻工业数字化转型。4.实施大规模设备数字化改造更新。"
        "编制设备更新指南。三、保障措施（一）加强组织领导。落实责任。"
    )
    found = tasks(text)
    assert [t[2] for t in found if t[0] == "重点任务"] == [
        "培育数字化转型典型场景",
        "加强数字化转型解决方案研发",
        "梯次推进企业“智改数转网联”",
        "实施大规模设备数字化改造更新",
    ]


def test_a_passed_over_block_heading_after_an_ascii_stop() -> None:
    # GLUED_BLOCK_AFTER (nat-smart-shipping-2019, heldout7, joined): a text written with ASCII stops; "二、主要任务"
    # follows ".", its parts "（一）…（二）…" run in after it.
    text = (
        f"智能航运发展指导意见{GLUED_FILLER}一、总体要求（一）指导思想.以习近平新时代中国特色社会主义思想为指导.{GLUED_FILLER}"
        "到2050年,形成高质量智能航运体系,为建设交通强国发挥关键作用.二、主要任务（一）加强顶层设计和系统谋划.开展智能航运"
        "架构体系研究.（二）提升港口码头和航运基础设施的信息化智能化水平.在港口建设方面进一步提升.（三）推进智能船舶技术应用."
        f"以集装箱船为重点.{GLUED_FILLER}"
    )
    assert [(kind, number) for kind, number, _ in tasks(text)] == [
        ("主要任务", "（一）"),
        ("主要任务", "（二）"),
        ("主要任务", "（三）"),
    ]


def test_a_glued_box_numbering_its_entries_01_02() -> None:
    # GLUED_PADDED_BOX (nat-smart-manufacturing-14, heldout6, joined): "专栏 1 智能制造技术攻关行动01 关键核心
    # 技术…。02 …"; its entries follow its caption and sentence ends, not line starts.
    text = (
        f"“十四五”智能制造发展规划{GLUED_FILLER}一、总体思路（一）指导思想。{GLUED_FILLER}三、重点任务（一）加快系统创新，"
        "增强融合发展新动能。建设一批试验验证平台，加速智能制造装备和系统推广应用。"
        "专栏 1 智能制造技术攻关行动01 关键核心技术突破产品优化设计与全流程仿真等基础技术。"
        "02 系统集成技术开发基于信息模型和标准接口的可复用数据集成技术。"
        f"（二）深化推广应用，开拓转型升级新路径。聚焦企业转型升级需要。{GLUED_FILLER}"
    )
    found = tasks(text)
    assert [t[1] for t in found if t[0] == "智能制造技术攻关行动"] == ["专栏1", "01 ", "02 "]


def test_a_block_headings_paragraphs_run_in_after_it() -> None:
    # GLUED_PARAGRAPH_ITEMS (sd-ai-clusters-2019, dev, joined): "二、重点工程" without sections, its parts
    # "（一）…。…。 （二）…" run into its text; a "（二）" inside a sentence is no part.
    text = (
        f"关于加快人工智能产业发展的指导意见{GLUED_FILLER}一、总体要求{GLUED_FILLER}"
        "二、重点工程  （一）新一代信息技术产业智能提升工程。推动人工智能技术与云计算协同，"
        "提升网络安全领域人工智能应用水平。 （二）高端装备制造业智能提升工程。"
        "推动智能装备发展。 （三）新能源新材料产业智能提升工程。推动新能源发展，见附表（四）所列。"
        f"三、保障措施（一）加强组织领导。落实责任。{GLUED_FILLER}"
    )
    assert [(kind, number) for kind, number, _ in tasks(text) if kind == "重点工程"] == [
        ("重点工程", "（一）"),
        ("重点工程", "（二）"),
        ("重点工程", "（三）"),
    ]


def test_a_part_holding_one_entry_that_goes_on_with_the_numbering() -> None:
    # GLUED_LONE_CONTINUED_ITEM (sd-smart-sensor-2021, heldout6, joined): part （三） holds entry 7. only, right
    # after its title ("（三）面向重点领域，开展应用示范7.打造智能传感器推广示范工程。…"); the entry is the task.
    from bench.eval_tasks import documents, load

    entry = next(d for d in documents("heldout6") if d["id"] == "sd-smart-sensor-2021")
    found = [(t.number, t.title) for t in load(entry, joined=True).tasks if t.kind == "重点任务"]
    assert ("7.", "打造智能传感器推广示范工程") in found
    assert not any(number == "（三）" for number, _ in found)


def test_a_part_glued_to_a_tables_last_cell_goes_on_the_run_of_parts() -> None:
    # GLUED_PAREN_PART (jd-sponge-2024, heldout5, joined): "…菊园东社区2.00/（二）全域推进海绵城市项目建设
    # 1.推进海绵型地块建设。…": （二） follows a schedule table's last cell; read, it keeps （三）…（六）.
    from bench.eval_tasks import documents, load

    entry = next(d for d in documents("heldout5") if d["id"] == "jd-sponge-2024")
    plan = load(entry, joined=True)
    assert "全域推进海绵城市项目建设" in [s.title for s in plan.sections if s.number == "（二）"]
    titles = [t.title for t in plan.tasks if t.kind == "重点任务"]
    assert "推进海绵型地块建设" in titles and "推进资源化利用" in titles


def test_parts_glued_in_a_row_after_boxes_left_as_pipes() -> None:
    # GLUED_PAREN_RUN (hn-lithium-storage-2024, heldout15, joined): "…|专栏3：…科技成果转化 |||（二）矿产资源固基行动1.…
    # |专栏4：…建设 |||（三）强链补链攻坚行动1.强化精准招商…。（四）…": （二） and （三） each follow a box's pipes.
    from bench.eval_tasks import documents, load

    entry = next(d for d in documents("heldout15") if d["id"] == "hn-lithium-storage-2024")
    plan = load(entry, joined=True)
    parts = [s.number for s in plan.sections if s.title in ("矿产资源固基行动", "强链补链攻坚行动")]
    assert parts == ["（二）", "（三）"]
    assert "强化精准招商" in [t.title for t in plan.tasks]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # PAGED_BLOCK_TITLE (cq-supercharge-2024, heldout22, joined): the page's footer and the next page's header
        ("重点任务- 3 -重庆市人民政府办公厅发布重庆市人民政府办公厅文件", "重点任务"),
        ("主要任务 — 12 — 某某市人民政府文件", "主要任务"),
        # a part's title before a page mark names no block
        ("提升新能源汽车与电网互动水平- 11 -重庆市人民政府办公厅发布", None),
        ("重点任务", None),  # no page mark: block_kind's own
    ],
)
def test_a_block_heading_run_on_into_a_page_footer(title: str, kind: str | None) -> None:
    from plankg.loaders.structure.tasks import paged_block_kind

    assert paged_block_kind(title) == kind


def test_a_block_heading_run_on_into_a_page_footer_keeps_its_parts() -> None:
    # PAGED_BLOCK_TITLE (cq-supercharge-2024, heldout22, joined): its eight parts are the block's items.
    from bench.eval_tasks import documents, load

    entry = next(d for d in documents("heldout22") if d["id"] == "cq-supercharge-2024")
    found = [(t.kind, t.number, t.title) for t in load(entry, joined=True).tasks]
    assert ("重点任务", "（一）", "科学规划布局") in found
    assert len([t for t in found if t[0] == "重点任务"]) == 8


def test_a_parts_first_entries_after_the_rest_of_its_cut_title() -> None:
    # MISSING_AFTER_TITLE_REST (bj-charging-14, heldout23, joined): "（一）加快建设" / "优化布局，建立覆盖全市的充换电
    # 设施网络1.多措并举推进居住区充电设施建设…。2.…。3.…" over the leaves 4.–7.: entries 1.–3. are tasks too.
    from bench.eval_tasks import documents, load

    entry = next(d for d in documents("heldout23") if d["id"] == "bj-charging-14")
    titles = [t.title for t in load(entry, joined=True).tasks if t.kind == "重点任务"]
    assert any(title.startswith("多措并举推进居住区充电设施建设") for title in titles)
    assert len(titles) == 17


def test_a_first_entry_after_a_sentence_end_is_no_title_rest() -> None:
    # MISSING_AFTER_TITLE_REST: a sentence mark between the part's title and "1." leaves the entry to MISSING_ITEMS'
    # own reading; so does a text with line breaks.
    from plankg.loaders.structure.tasks import _entries_after_title_rest

    glued = "（一）加快建设优化布局，建立网络1.多措并举推进建设加快研究。2.加强单位内部建设。" * 60
    assert _entries_after_title_rest(glued, 7, 60, "arabic", 2) is not None
    assert _entries_after_title_rest("（一）加快建设优化布局。1.多措并举。2.加强。", 7, 26, "arabic", 2) is None


def test_a_part_title_after_its_numbers_comma_names_its_block() -> None:
    # TITLE_AFTER_SEPARATOR (jingwu-town-gwr-2023-interp, heldout46): "第二部分,2024年的工作安排。重点提出了七个方面重点
    # 工作:一是…" is the 工作安排 block, its 一是… of that kind.
    from bench.eval_tasks import documents, load
    from plankg.loaders.structure.tasks import block_kind

    assert block_kind(",2024年的工作安排") == "工作安排"
    entry = next(d for d in documents("heldout46") if d["id"] == "jingwu-town-gwr-2023-interp")
    assert {t.kind for t in load(entry).tasks} == {"工作安排"}


def test_a_run_on_block_title_over_no_parts_names_its_block() -> None:
    # RUN_ON_LEAF_TITLE_BLOCK (nat-gwr-2006-tasks, heldout48, joined): "（四）“十一五”时期的战略重点和主要任务
    # 纲要（草案）》对…，都作了全面部署，…一是建设社会主义新农村。…" is the block 战略重点和主要任务 over 一是…六是.
    from bench.eval_tasks import documents, load

    entry = next(d for d in documents("heldout48") if d["id"] == "nat-gwr-2006-tasks")
    titles = [t.title for t in load(entry, joined=True).tasks if t.kind == "战略重点和主要任务"]
    assert titles[:2] == ["建设社会主义新农村", "加快推进经济结构调整和增长方式转变"]
    assert len(titles) == 6


def test_a_parts_own_text_opening_with_the_entry_before_its_first_leaf() -> None:
    # OPENING_ENTRIES (nat-light-industry-digital-2024, heldout14, joined): "（五）推进关键技术产品创新10.加快推进数字化
    # 转型关键技术研究。…11.完善…" over the leaves 11. 12.: entry 10. opens the part's own text, a task too.
    from bench.eval_tasks import documents, load

    entry = next(d for d in documents("heldout14") if d["id"] == "nat-light-industry-digital-2024")
    titles = [t.title for t in load(entry, joined=True).tasks if t.kind == "重点任务"]
    assert any(title.startswith("加快推进数字化转型关键技术研究") for title in titles)


def test_opening_entries_need_the_entry_at_the_opening() -> None:
    # OPENING_ENTRIES: the entry must open the part's own text (blank space before it allowed); an entry after
    # prose is left to MISSING_ITEMS' other readings.
    from plankg.loaders.structure.tasks import _opening_entries

    text = "推进创新 10.加快推进研究。组织编制。11.完善机制。"
    assert _opening_entries(text, 4, 20, "arabic", 10) == [("10.", 5)]
    assert _opening_entries("推进创新。组织编制。10.加快推进研究。11.完善", 4, 24, "arabic", 10) is None


@pytest.mark.parametrize(
    ("title", "rest", "kind"),
    [
        # GLUED_TITLE_BLOCK_PREFIX: nx-gov-report-2026 and he-gov-report-2026 (dev, one-line)
        ("2026年重点", "工作2026年是中国共产党成立105周年，是“十五五”规划实施第一年", "重点工作"),
        ("“十五五”时期的主要目标", "任务“十五五”时期，是基本实现社会主义现代化夯实基础", "主要目标任务"),
        # a heading reviewing the work (GLUED_TITLE_BLOCK_NOT_AFTER)
        ("“十四五”主要", "任务完成情况良好，各项指标全面完成", None),
        ("一、工作回顾", "过去一年，我们坚持稳中求进", None),
    ],
)
def test_a_cut_block_heading_title_names_its_block_with_its_text(title: str, rest: str, kind: str | None) -> None:
    from plankg.loaders.structure.tasks import glued_title_block_kind

    assert glued_title_block_kind(title, rest) == kind


# Every multi-line text joined as a crawl joins it (bench/eval_tasks.py --one-line, bench/one_line.py): item recall
# and precision measured when the glued-text rules above were written (join20task, session 20). First score, on main
# before them: recall dev 0.691, heldout5 0.401, heldout6 0.772, heldout11 0.371, heldout13 0.569, heldout14 0.348,
# heldout17 0.560. Most of what is left are block headings the inline reader does not find (segment.py's inline
# path). heldout9 is left out: none of its texts with task gold has line breaks to lose. Raised after the session's
# later merges (one20's inline headings, YEAR_OPENING_NOT_RESTATED, PAGE_NUMBER_BEFORE_PART): dev 0.904, heldout5
# 0.770, heldout11 0.967, heldout13 0.805, heldout15 0.850 (rounded down to the measure). ind21 (session 21):
# GLUED_BLOCK_AFTER, GLUED_PADDED_BOX and GLUED_PARAGRAPH_ITEMS: dev 0.904 -> 0.936, heldout6 0.831 -> 0.911 (P 0.974
# -> 0.976), heldout7 0.916 -> 1.000; GLUED_LOST_POINT (normalise.py): heldout6 0.911 -> 0.966 (P 0.996);
# GLUED_LONE_CONTINUED_ITEM: heldout6 0.970 (P 1.000); GLUED_PAREN_PART (segment.py): heldout5 0.770 -> 0.851 (P
# 0.977 -> 0.979); GLUED_PAREN_RUN: heldout15 0.850 -> 0.970.
ONE_LINE_FLOORS = {
    "dev": {"recall": 0.936, "precision": 1.0},
    # task48 (session 36): GLUED_NEXT_PART_BLOCK (hp-renewal-15's 二、主要任务 run on from its table) 0.931 -> 1.000
    "heldout4": {"recall": 1.0, "precision": 1.0},
    # task48 (session 36): RUN_IN_AUDIENCE_ADDRESS (xz-gwr-2026's 各位代表！ after a sentence) 0.851 / 0.979 ->
    # 0.855 / 1.000
    "heldout5": {"recall": 0.855, "precision": 1.0},
    # task48 (session 36): GLUED_BARE_BLOCK (fx-elderly-gas-2023's 。重点整治内容1.对…) 0.970 -> 0.985
    # task54 (session 40): PAGE_NUMBER_BEFORE_ENTRY, padded (nat-smart-manufacturing-14's "…环境。1105 行业专用软件")
    # 0.985 -> 0.992
    "heldout6": {"recall": 0.992, "precision": 1.0},
    "heldout7": {"recall": 1.0, "precision": 1.0},
    "heldout8": {"recall": 0.916, "precision": 0.916},
    "heldout10": {"recall": 1.0, "precision": 1.0},
    # task54 (session 40): TITLE_RUN_ON_ORDINAL (fx-park-city-2021: "（二）…优化生态空间环境一是聚焦…") 0.968 / 0.992
    # -> 1.000 / 1.000
    "heldout11": {"recall": 1.0, "precision": 1.0},
    "heldout12": {"recall": 1.0, "precision": 1.0},
    "heldout13": {"recall": 1.0, "precision": 1.0},  # 0.805 before fix21seg (round 21: REPORT_HEAD_NOUNS and the rest)
    # task52 (session 38): OPENING_ENTRIES (nat-light-industry-digital-2024's "（五）推进关键技术产品创新10.加快…")
    # 0.934 -> 0.956
    # task54 (session 40): PAGE_NUMBER_BEFORE_ENTRY (the page number 8 glued to 专栏3's "9.电池行业") 0.956 -> 1.000
    "heldout14": {"recall": 1.0, "precision": 1.0},
    "heldout15": {"recall": 0.97, "precision": 1.0},
    "heldout17": {"recall": 1.0, "precision": 1.0},
    "heldout19": {"recall": 1.0, "precision": 1.0},
    # 0.128 / 1.000 before fix22ind's INLINE_PAGE_MARK; 0.461 / 0.857 -> 0.666 / 0.962 with the lead's
    # LOST_MARKER_SKIPPED and CLOSED_NOTE_MARKS (session 23: a run past one lost "14.", a （二） after a 〔…〕 note
    # of the bodies responsible)
    # task46 (session 35): PAGED_BLOCK_TITLE (cq-supercharge-2024's eight parts) 0.666 / 0.962 -> 0.871 / 0.970
    "heldout22": {"recall": 0.871, "precision": 0.970},
    # bj-charging-14 joined: 0 of 17 (its 目录 repeats every title) before the lead's UNTITLED_GLUED_OUTLINE
    # (session 23)
    # task46 (session 35): MISSING_AFTER_TITLE_REST (bj-charging-14's entries 1.–3.) 0.823 -> 1.000
    "heldout23": {"recall": 1.0, "precision": 1.0},
    # round 24 joined: 0.074 at its first score; 0.296 after fix24task (PAGED_PART_HEADING); 1.000 with the lead's
    # LINK_TITLE_NUMBERING read inline (sh-eco-env-14's numbered breadcrumb of links opened the 1. numbering)
    "heldout24": {"recall": 1.0, "precision": 1.0},
    # round 25 joined: 0.169 (9 of 53); bj-gwr-tasklist-2024's list title and cq-industry-renewal-qa-2024's questions
    # are lost in the joined text (left by fix25task); 0.867 with fix25join's APPENDED_ISSUED_TITLE (the list's
    # title glued to the letter's date); 1.000 with BARE_QUESTION_INLINE (cq-industry-renewal-qa-2024's questions)
    "heldout25": {"recall": 1.0, "precision": 1.0},
    # round 26 joined: 0 of 10 (both texts with task gold are excerpts opening at 二、 / 三、, and fl-gwr-2026's bold
    # two-clause titles ran on to their paragraphs' full stops); 1.000 with join26b's EXCERPT_OPENING_MARKER and
    # TWO_CLAUSE_LINE_SPACE
    "heldout26": {"recall": 1.0, "precision": 1.0},
    # round 27 joined: 0.400 (2 of 5); 1.000 with task48's LEAD_LOOKS_PAST_ITEMS (zh-farmland-water-2025, no heading:
    # its counted lead 重点实施三项工程: was searched only up to its first item)
    "heldout27": {"recall": 1.0, "precision": 1.0},
    # round 28 joined: 0.143 (1 of 7); 0.714 with fix28task2's RUN_IN_BLOCK_SECTION (nat-digital-village-2025-news,
    # no heading, its four 一是… items). Left: bj-air-action-2021-table's task table.
    "heldout28": {"recall": 0.714, "precision": 1.0},
    # round 30 joined: 0.050 (1 of 20); 0.450 with fix30task's COUNTED_WORKS. Left: gd-disaster-action-trad's block
    # heading and first part run together with GBK mojibake (重點任務?。ㄒ唬?…), the news bullets.
    "heldout30": {"recall": 0.45, "precision": 1.0},
    # round 31 joined: 0.025 (1 of 40); 1.000 with fix31task's rules (TABLE_PIPE_BEFORE_FIRST_PART for
    # sy-transport-2023-points, whose 一、制定背景 follows the metadata table's pipes "|||||||一、" once joined).
    "heldout31": {"recall": 1.0, "precision": 1.0},
    # round 42 joined: 0.333 (7 of 21); 0.809 with fixtask42's GLUED_TITLE_NAMED_BLOCK (township-key-work-2021's title
    # glued to its first part). Left: nanguo-fyp15-graphic-2026, whose 一是 lines run on with no mark between them.
    "heldout42": {"recall": 0.809, "precision": 1.0},
    # round 44 joined: 0.000 (0 of 11); 0.636 with fixtask44's GLUED_ARABIC_BLOCK and CUT_OFF_LEAF_ORDINAL
    # (sanhe-town-work-plan-2024's "。二、工作重点1、…" passed over by the reader). Left:
    # shaoxing-key-work-2020q1-table's table glued cell after cell.
    "heldout44": {"recall": 0.636, "precision": 1.0},
    # round 46 joined: 0.144 (16 of 111); 0.936 with fixtask46's LIVELIHOOD_LIST (LIVELIHOOD_GLUED_LABEL: "…为2025年民生
    # 实事项目1.利川市…"), ANNOUNCED_ACTIONS and ORDINAL_OF_ENTRIES. Left: tongchuan's 10. 11. 12. once its headings are
    # lost, lintou's 聚焦“…” paragraphs.
    "heldout46": {"recall": 0.936, "precision": 0.99},
    # round 48 joined: 0.453 / 0.429 (39 of 91) at the first score; 0.534 / 0.593 with fixtask48's DASH_PARAGRAPH_ITEMS
    # (each —— run on after a sentence) and RUN_ON_TITLE_BLOCK ("三、2014年重点工作做好今年政府工作，…"). Left: the
    # in-paragraph 一是… once the paragraphs are lost (ORDINALS_THEN_PROSE needs them), 1988's own-text lead.
    # task50 (session 37): GLUED_ORDINALS_THEN_PROSE (the run-in 一是… of one topic run on over their leaf's later
    # paragraphs: nat-gwr-2006/2016/2017) 0.593 / 0.534 -> 0.648 / 0.662; GLUED_COUNTED_POINTS
    # ("今年重点抓好三项工作。一是…": nat-gwr-2004/2008/2016) -> 0.681 / 0.746; GLUED_ORDINAL_PARAGRAPHS (第一，…
    # paragraphs run on: nat-gwr-2004/2008) -> 0.791 / 0.791
    # task52 (session 38): RUN_ON_LEAF_TITLE_BLOCK (nat-gwr-2006's "（四）“十一五”时期的战略重点和主要任务纲要
    # （草案）》对…" over its run-in 一是…六是) P / R 0.791 / 0.791 -> 0.804 / 0.857
    "heldout48": {"recall": 0.857, "precision": 0.804},
    # round 49 joined: 1.000 / 0.235 (20 of 85) at the first score; 0.529 with fixtask49's LIVELIHOOD_RUN_ON_SENTENCES
    # (重庆's lines run on) and LIVELIHOOD_CHOSEN_LIST. Left: 崇明's 一、实事项目 glued after the attachment's title.
    "heldout49": {"recall": 0.529, "precision": 1.0},
    # round 50 joined: 1.000 / 0.647 (55 of 85) at the first score; 1.000 with fixtask50's LIVELIHOOD_HEADING_LINE and
    # BULLET_LIST_LABEL (the ■ run on after the block name) and LIVELIHOOD_GLUED_PARTS (宁波's 一、…十五、 run on).
    "heldout50": {"recall": 1.0, "precision": 1.0},
    # round 51 joined: 0.779 / 0.577 at the first score; 1.000 / 0.961 with fixtask51's YEAR_PLAN_PART, CAPTION_NUMBER
    # and GLUED_BOX_GROUP (every heldout51 text is one line already). Left: pt-disabled-14fyp's tasks after its boxes.
    "heldout51": {"recall": 0.961, "precision": 1.0},
    # round 52 joined: 0.938 / 0.869 at the first score; 0.991 / 0.991 with fixtask52's rules (plain's, and
    # TARGETS_BEFORE_BLOCK: pt-jinjing-farm-quality-2022's 二、目标任务 targets read as items once on one line);
    # 1.000 / 1.000 with INNER_RESTARTED_ORDINALS.
    "heldout52": {"recall": 1.0, "precision": 1.0},
    # round 53 joined: 0.620 / 0.424 at the first score; 1.000 / 0.962 with fixtask53's rules (plain's, and
    # RUN_IN_ENTRIES_PAST_DETAIL: by-housing-one-city-plan-2022's 1. 2. 3. run in past 1.'s 一是…); 1.000 / 1.000 with
    # fixtask58's BUILD_CONTENT_BLOCK (the fishing plan's 三、建设内容).
    "heldout53": {"recall": 1.0, "precision": 1.0},
    # round 54 joined: 0.991 / 0.799 at the first score (every heldout54 text is one line already); 0.992 / 0.992 with
    # fixtask54's rules (plain's); 1.000 / 1.000 with task55's CITED_ANNEX_NUMBER (plain's).
    "heldout54": {"recall": 1.0, "precision": 1.0},
    # round 55 joined: 1.000 / 0.615 at the first score; 1.000 / 1.000 with fixtask55's rules (plain's, and GLUED_BOX
    # reading reform boxes, GLUED_PADDED_UNSPACED: 广州's "…建设行动01珠江…", ANNEX_CONTINUED_PART in a glued table).
    "heldout55": {"recall": 1.0, "precision": 1.0},
    # round 56 joined: 1.000 / 0.517 at the first score; 1.000 / 0.793 with fixtask56 (plain's, GLUED_BOX_IN_LINE:
    # boxes glued to entry 1 in short excerpts on one line, GLUED_BOX_LEAD: a glued box's lead). Left: 杭州's 专栏11,
    # its entries read as headings after its lead's sentence end, and 南京's unnumbered 工程 entries glued.
    "heldout56": {"recall": 0.793, "precision": 1.0},
    # round 57 joined: 1.000 / 0.438 at the first score; 1.000 / 1.000 with fixtask57's INSPECTION_PLAN_PART (plain's).
    "heldout57": {"recall": 1.0, "precision": 1.0},
    # round 58 joined: 1.000 / 0.333 at the first score; 1.000 / 1.000 with fixtask58's rules (plain's).
    "heldout58": {"recall": 1.0, "precision": 1.0},
    # round 59 joined: 1.000 / 0.586 at the first score; 1.000 / 1.000 with fixtask59's MAIN_INITIATIVES (plain's) and
    # CHAPTERS_UNDER_LETTER (a rules text's 第二章 主要任务 kept its titled articles below a notice's 一、…三、).
    "heldout59": {"recall": 1.0, "precision": 1.0},
}


@pytest.mark.parametrize(("split", "floors"), sorted(ONE_LINE_FLOORS.items()))
def test_one_line_floors(split: str, floors: dict[str, float]) -> None:
    measured = summary(evaluate(split, joined=True))
    for metric, floor in floors.items():
        assert measured[metric] >= floor - 1e-9, (metric, measured)
