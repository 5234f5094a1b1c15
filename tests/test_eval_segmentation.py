"""The real-world segmentation evaluation (bench/eval_segmentation.py) on the dev split, with a
floor at the figures measured when the rules were last tuned: a regression fails here.

The dev split and the two held-out rounds, each scored once by hand before it was developed on,
have floors here.
"""

from __future__ import annotations

import pytest

from bench.eval_segmentation import documents, overall, read_text, score
from bench.one_line import has_line_breaks

# Measured on the dev split (14 documents, 575 gold headings) on 2026-12-02: P 0.963, R 0.990,
# F1 0.976 (level + title). Round 3 (branch seg-dev3) added 8 fresh dev texts (236 gold headings;
# first score P 0.955, R 0.979, F1 0.967 before any rule was changed): measured 2026-12-02 on the
# 22 dev documents (811 gold headings) after its fixes: P 0.965, R 0.995, F1 0.980. Round 5
# (branch seg-dev5) added 8 texts unlike the others (whole saved portal pages, 1990s ministry
# documents forwarded on gov.cn, pdfplumber texts of a ministry's guideline and rules and of a
# local standard; 238 gold headings; first score P 0.300, R 0.517, F1 0.380): measured 2026-12-02
# on the 30 dev documents (1049 gold headings) after its fixes: P 0.930, R 0.994, F1 0.961 (the
# 22 earlier ones unchanged at 0.980; nat-city-plan-guide-2020 keeps its （1） items as sections,
# as the data/plans gold wants, 0.714). The floor is lower than before only because the split
# grew by harder texts. Then nat-grain-emergency-2005 joined dev (taken out of heldout3 before
# scoring: the same text was an extraction dev excerpt): first F1 0.648 (its decimal 目录 without
# page numbers read as sections), 0.883 after the decimal TOC rule (tests/test_toc.py); the 31 dev
# documents (1083 gold headings) measure P 0.924, R 0.994, F1 0.958. Lower only with a reason
# written next to the new figure. Round 8 (branch seg8dev) added 8 one-line gov.cn / mee.gov.cn
# crawls (GCCMPD; 203 gold headings; first F1 of those 8: 0.476, after: 0.833; all 39: 0.888): after
# its fixes the 39 dev documents (1286 gold headings) measure P 0.912, R 0.970, F1 0.940 - lower
# only because the split grew by harder texts (the 31 earlier ones unchanged; nat-power-reform-2002
# keeps run-in （n） paragraphs titled by their whole first sentence, which the inline reading cuts).
DEV_F1_FLOOR = 0.991  # 0.986 at session 14's end; 0.995 after seg17 (COUNTED_ASPECTS, RUN_IN_ITEMS_BY_LINE)
# clause28 (session 28, the lead's decision: an untitled list entry is a clause, SENTENCE_OPENED_ENTRIES) lowers it
# 0.995 -> 0.991 on purpose: round 3's gold titles the sentence entries of two 1990s State Council texts by their
# first sentence (nat-quake-defence-1996 6, nat-social-org-1997 3), which the later rounds' gold calls clauses;
# nat-social-org-1997 left EXACT_ON_DEV for the same reason.
# join31 (session 31): 0.991 -> 0.992, mee-npc-resolution-2018's glued run-in titles kept whole among their siblings
# (SIBLINGS_WHOLE_AT_FULL_STOP).
DEV_F1_FLOOR = 0.992
# Documents read exactly right on dev: any slip there is a regression of a rule (zj-gov-report-2026 since
# seg17's COUNTED_ASPECTS).
EXACT_ON_DEV = ("nat-voc-edu-2019", "bj-data-zone-2022", "nx-gov-report-2026", "sh-disaster-2020", "nat-rural-2018",
                "sn-gov-report-2026", "nat-surface-water-interp-14", "nat-env-decision-2005",
                "nat-drug-procurement-2019", "nat-fyp-11", "nat-eco-env-13",
                "nat-gov-website-pilot-2018", "nat-gov-newmedia-2018", "nat-third-party-2014",
                "nat-env-supervision-2014", "nat-park-eia-interp", "nat-eco-volunteer-interp-2021",
                "jl-gov-report-2026", "wz-stat-bulletin-2015", "wz-stat-bulletin-2022", "yc-stat-bulletin-2022",
                "nat-plan-checkup-rules-2020", "zj-gov-report-2026")  # fmt: skip
# The first held-out half (split "heldout") has been scored and may now be developed on (F1 0.943
# at the start of round 3); measured 2026-12-02 after the round-3 fixes (14 documents, 1055
# gold headings): P 0.981, R 0.984, F1 0.982.
# 0.990 at session 14's end; 0.996 after devseg14 (GLUED_PREFACE spaced, TOC_TITLE_OVER_GLUED_CUT,
# DECIMAL_PARENT_PATH, ATTACHMENT_OVER_FIRST_PART).
HELDOUT1_F1_FLOOR = 0.996  # 0.997 after seg17 (CAPTION_AFTER_PAGE, GLUED_FIGURES_ROW)
# The second held-out round (split "heldout2", 11 documents, 564 gold headings) was scored once by
# the lead before anyone developed on it: P 0.745, R 0.684, F1 0.713. It is no longer held out:
# measured 2026-12-02 after the fixes of branch seg-fix4 (their rule tests are in tests/test_segment_*.py):
# P 0.949, R 0.929, F1 0.939 (nat-fyp-8, an OCR'd book, 0.550; nat-fyp-10 0.941). After branch
# lineage-fix6 (its unread two-column 目录 and glued
# 五、): P 0.979, R 0.977, F1 0.978 (nat-fyp-8 0.908).
HELDOUT2_F1_FLOOR = 0.977
# The third held-out round (split "heldout3", 15 documents, 367 gold headings) was scored once by
# the lead before anyone developed on it: P 0.949, R 0.921, F1 0.935. It is no longer held out:
# measured 2026-12-02 after the fixes of branch seg-fix6 (rule tests in tests/test_segment_*.py):
# P 1.000, R 0.997, F1 0.999 (nat-railway-env-2021 misses its appended 成员名单 title, 0.909).
HELDOUT3_F1_FLOOR = 0.998
# The fifth held-out round (split "heldout5", 11 documents, 293 gold headings: pkulaw exports, gov.cn
# fragments with tags, a provincial standard and the First Five-Year Plan as PDF text, a decree and
# rules of 第X章/第X条, a one-line 1999 reply) was scored once by the lead at 04:52 UTC on 2026-12-03:
# P 0.594, R 0.925, F1 0.724. It is no longer held out: measured 2026-12-03 after the fixes of branch
# seg5 (LEAD_SENTENCE_LIST, ENTRIES_ACROSS_GROUPS, LOST_BREAK_GLYPH + LEAD_POINTS, APPENDIX_SUBTITLE,
# ONE_SENTENCE_PARAGRAPH, ATTACHED_BELOW, ORDINAL_PARAGRAPH_ITEMS, CLAUSE_REFERENCE; rule tests in
# tests/test_segment_*.py): P 0.973, R 0.976, F1 0.974 (zj-village-meteo-std-2016 0.926,
# nat-rescue-plates-2018 0.909).
HELDOUT5_F1_FLOOR = 0.960  # session 13: RUN_UNDER_HEADING; 0.981 at session 14's end
# clause28 lowers it 0.981 -> 0.960 on purpose (SENTENCE_OPENED_ENTRIES, the lead's decision of session 28): heldout5's
# gold titles the sentence entries of nat-quake-trend-1997 (6) and nat-tibet-classes-1996 (6) by their first sentence.
# seg29 lowers it 0.960 -> 0.957 the same way (SENTENCE_ENTRY_BESIDE_TITLED): bt-digital-gov-eval-2022's
# （三）以…为基础，…。 / （四）对…，由…。 beside the titled （二）实行百分制。 are headings in heldout5's gold, clauses
# by the later convention. Back to 0.960 once the lead switched that rule off (session 29).
# The sixth held-out round (split "heldout6", 14 documents, 311 gold headings: Shandong, Jinan and
# Guangzhou plans from a research spreadsheet, State Council pages and ministry Q&A crawled onto one
# line, a 1956 proposal as PDF text, a ministry standards guide with a 目录, a town heritage plan) was
# scored once by the lead at 07:42 UTC on 2026-12-03: P 0.853, R 0.952, F1 0.900. It is no longer held
# out: after the fixes of branch seg6fix (UNTITLED_ENTRIES, SENTENCE_PER_LINE, ATTACHMENT_LIST_LOOKAHEAD,
# ATTACHMENT_TITLE_WRAPPED, NOTICE_OWN_BODY, ARTICLE_ITEMS, TITLE_BEFORE_ARTICLE, NOTICE_CLOSING):
# P 0.994, R 1.000, F1 0.997.
HELDOUT6_F1_FLOOR = 1.0  # 1.000 after seg17 (STANDARD_ROW)
# The seventh held-out round (split "heldout7", 11 documents, 348 gold headings: national standards
# guides with 目录 and headings glued after a 。, a report without a headline, a Jinan rule with 第X章,
# Shandong plans with damaged and half-width numbering), collected after round 6's fixes and scored
# once by the lead at 08:40 UTC on 2026-12-03: P 0.578, R 0.425, F1 0.490 (titles alone 0.735).
# After GLUED_HEADING_TAIL took a first number and GLUED_AFTER_SPACE_OR_BRACKET: P 0.685, R 0.543, F1 0.606.
# After GLUED_CHAPTER: P 0.789, R 0.773, F1 0.781.
# After LOST_FIRST_PART: P 0.853, R 0.851, F1 0.852.
# After GLUED_TWO_CLAUSE_TITLE: P 0.851, R 0.871, F1 0.861.
# After GLUED_LISTED_HEAD: P 0.860, R 0.937, F1 0.897.
# After GLUED_ARABIC: P 0.861, R 0.943, F1 0.900.
# After ARTICLE_OPENS_LINE: P 0.864, R 0.945, F1 0.903.
HELDOUT7_F1_FLOOR = 0.992  # session 13: DESCRIBED_LABEL, …; 0.989 at session 14's end; 0.993 after seg17 (RUN_IN_ITEMS)
# The eighth held-out round (split "heldout8", 10 documents, 340 gold headings: national and Shandong
# texts from a research spreadsheet, several without a headline; damaged OCR numbering, a reply with an
# annex and no 附件 label, a report with a summary before its 【第X篇】 parts, a standards guide's
# labelled list entries) was scored once by the lead at 10:39 UTC on 2026-12-03: F1 0.702 (titles
# alone 0.887). After the fixes of branch seg9fix (BRACKETED_CHAPTER, PARTS_ABOVE_ENUMERATIONS,
# RESTATED_ENTRIES, LOST_FIRST_PART_GAP, GLUED_AFTER_COMMA, UNLABELLED_ANNEX, DISTINCT_WRAP_LINES,
# GLUED_RUN_IN_HEAD): P 0.983, R 0.991, F1 0.987.
HELDOUT8_F1_FLOOR = 0.992  # 0.991 at session 14's end; 0.9926 after seg20 (QUANTITY_GOES_ON_BELOW)
# Rounds 9-12, each scored once (first F1 0.891, 0.889, 0.767, 0.531), then developed on; the floors are
# what they measure at session 14's end (round 11 after fix11seg and seg14, round 12 after fix12seg).
# Round 13 (first F1 0.770 at 22:20 UTC in session 15) after fix13seg (TITLE_REPEAT_FIRST, TITLED_ITEM_LINE,
# ENTRY_INTO_FORCE_PROVISION; not held out): 0.823; after devseg14 (session 16: PAGE_NOT_ZERO_LED,
# REFERENCES_HEADING, TITLE_BROKEN_OVER_LINES, APPENDED_LISTED_ATTACHMENT, LOST_NUMBER_TOC_ENTRY): 0.909;
# round 12 after devseg14 (SENTENCE_GOES_ON_BELOW): 0.929.
# Round 9 after UNTITLED_FIRST_ENTRY and read15: 0.989.
# Round 14 (first F1 0.415 at 05:14 UTC in session 16, titles 0.669) after fix14seg (a 编 above 章, chapters glued
# before their first article, OCR-lost numerals, hidden page copies, a chapter title over lines,
# a lost numeral counted from the open heading, titled articles of one chapter): 0.811.
# After seg17 (session 17: RUN_IN_ITEMS, ANNOUNCED_MEASURES, ANNOUNCED_CRITERIA, REQUIREMENT_LISTS_ALIKE,
# SENTENCE_ENTRY, LOST_NUMERAL_SENTENCE, …; rule tests in tests/test_segment_session17.py): round 11 0.957,
# round 13 0.937, round 14 0.922 (0.946 before run-in （1） entries no lead announces, the run-in labels and tasks
# lineage6/7 judge as units, were kept as sections).
# After seg18 (session 18: LEAD_COLON_GARBLED, REQUIREMENT_ENTRIES_MIN, CRITERIA_OVER_OWN_ITEMS, DEFINITION_ENTRY,
# LABEL_VALUE_LINE, RESTATED_SUBJECT_COPULA, SENTENCE_ENTRY_LEAD, LONE_LIST_HEAD, UNREAD_ENTRY_TEXT,
# TITLE_LOST_FULL_STOP; tests in tests/test_segment_item_lists.py, test_segment_clauses.py,
# test_segment_label_titles.py, test_segment_joined_lines.py): round 13 0.950, round 14 0.947.
LATER_ROUND_F1_FLOORS = {
    "heldout9": 0.988,
    "heldout10": 1.0,
    "heldout11": 0.956,
    "heldout12": 0.962,  # 0.931 before fix22seg's REQUIREMENT_PROVISIONS (nat-coal-eia-2020's requirement clauses)
    # heldout13 0.955 -> 0.968, heldout14 0.947 -> 0.950 after fix27seg (HEADLINE_BLOCK_OVER_NUMBER and others)
    "heldout13": 0.968,  # 0.951 before INLINE_SUBJECT_OPENERS (session 21: "访问地址|各级规划环评管理人员…")
    "heldout14": 0.950,
    # Round 15 (first F1 0.883 at 13:46 UTC in session 18) after fix15seg (STATEMENT_ENTRIES, RELATED_POLICIES,
    # QUESTION_AS_REQUEST): 0.971.
    "heldout15": 0.971,
    # round 15's second wave (heldout16), scored once at 14:46 UTC on 2026-12-04 after session 18's branches: 0.802;
    # after fix16seg (METADATA_BLOCK, since seg19 YAML_FRONT_MATTER, NOTICE_BELOW, a bank signing, PAGE_CAPTIONS,
    # REPEATED_TITLE_LINES, LINK_TITLE, SIGNERS_ABOVE_DATE): 0.842; after seg19 (CALL_FOR_COMMENTS,
    # COMPANION_DOCUMENT: a call for comments, its draft, the draft's 解读 and 说明 on one page): 0.964;
    # policy-contact, PAGE_BROKEN_SHORT_LINE, REPEATED_LINE_TAIL: 0.970 (0.978 on main at 16:50); 0.982 with
    # fix17seg (RUNNING_TITLE, PAGE_HEADINGS_ABOVE_TITLE: sh-changning-energy-saving-2026's 智能搜索 / 搜一下 and its
    # title printed again below the page's search box); 0.986 after seg20 (PREFACE_RUN_IN: "前 言 充换电…";
    # BOLD_RUN_IN_TITLE: "**3．完善…标准，加大土地支持力度** 鼓励…"); 0.989 with QUANTITY_GOES_ON_BELOW.
    "heldout16": 0.989,
    # round 17 (heldout17), scored once at 16:00 UTC on 2026-12-04: 0.729; after fix17seg (ARTICLE_ENDS_CHAPTER_TITLE,
    # ARTICLED_RULE_CLAUSES, PAGE_HEADINGS_ABOVE_TITLE, NOTICE_CLOSED, CHAPTER_DECIMAL_PLAN_TITLES,
    # HALF_PAREN_TITLE_NUMBER, RUNNING_TITLE, MAP_LEGEND, SECOND_QUESTION_ON_LINE, PAGE_QR_LINE): 0.939.
    "heldout17": 0.939,
    # round 17's second wave (heldout18), scored once at 17:31 UTC after every branch of session 19: 0.215; after
    # TAB_INDENTED_STYLES (headings indented by a tab) and LINK_LIST_HEAD (a page's lists of site links): 0.659;
    # TOPIC_TITLE (a reply's 关于…问题 points): 0.704; a footer's 联系方式 and letter-spaced 承 办 lines: 0.712;
    # INLINE_ISSUED_DOCUMENTS (one20: a one-line notice issuing two documents): 0.728; after seg20
    # (TITLE_LINE_REPEATED_OVER_BODY, ATTACHMENT_LIST_OVER_SIGNATURE, SUBJECT_MODAL_CLAUSE): 0.754; both merged: 0.770;
    # seg21 (CLAUSES_AMONG_GAPS): 0.784; session 21's INLINE_SUBJECT_OPENERS ("开展“一查四定”|各地区、各部门要在…", a
    # 1978 notice): 0.782; both merged: 0.795; seg22 (遵照 / 依照 openers, 所有 / 凡是 / 凡有 / 凡属 subjects: the same
    # notice's 一、…十、 titles glued to their paragraphs): 0.819; fix25seg (CONDITION_ENTRY: "（一）…的，…" rules of
    # gz-resident-medins-enrol-2026): 0.838.
    "heldout18": 0.838,
    # round 19 (heldout19), scored once at 18:45 UTC on 2026-12-04: 0.634; after fix19seg (BOLD_PARAGRAPH,
    # GROUP_HEADING, EMPTY_HEADING_RUN, TOP_LEVEL_FIRST, LISTED_ANNEX): 0.959; 0.956 merged with seg20 (药品购买 is no
    # heading there, the toolbar's last button keeps the vault's 采集于 line as its text); seg21 (MIXED_TITLED_ENTRIES):
    # 0.981; fix24seg (SHARE_TARGETS_LINE, BRACKETED_PRINT, RELATED_AFTER_IN_WORDS: sh-carbon-market-reform-2026's
    # page furniture): 0.988.
    "heldout19": 0.988,
    # round 19's second wave (heldout20), scored once at 19:32 UTC after every branch of session 20: 0.397 (a district
    # plan's outline sunk a level under two menu names, 0.082); after LINKED_LIST_NAME and LETTER_SPACED_TOP: 0.827;
    # seg21 (REPEATED_FIELD_LABELS, CLAUSES_AMONG_GAPS, EMPTY_VALUE_LINE): 0.902; DECIMAL_OUTLINE_TITLE_LINES: 0.959;
    # RELATED_STORIES: 0.962; a lead's colon under a titled line (DECIMAL_OUTLINE_TITLE_LINES): 0.965.
    "heldout20": 0.965,
    # round 21 (heldout21), scored once at 21:23 UTC on 2026-12-04: 0.649; after fix21seg (INLINE_SEMICOLON_LIST,
    # INLINE_DATE_RANGE_OPENER, INLINE_NOW_OPENER, HEAD_NOUN_OVER_OPENER, APPENDED_NUMBERED_ATTACHMENTS,
    # ATTACHMENT_TITLE_DATE, REPORT_HEAD_NOUNS, INLINE_LEAD_OPENERS 本《/为贯彻; QR_CAPTION_LINE, PAGE_NAV_LINE,
    # TITLE_LINES_ABOVE_BODY, SENTENCE_ENTRIES_BESIDE_TITLED, COLLECTOR_NOTES, CONDITIONS_TITLE,
    # ATTACHMENT_LIST_FIRST_ON_LABEL; tests/test_segment_fix21.py): 0.921; PIPE_TABLE_ROW (fmt23): 0.925.
    "heldout21": 0.925,
    # round 22 (heldout22), scored once at 23:50 UTC on 2026-12-04: 0.652; after fix22seg (ARABIC_POINT_BEFORE_YEAR,
    # CITED_ANNEX_LABEL_LOST, BRACKETED_PROVISION_TITLE, RESTATED_LISTED_OPENING, INLINE_ANNOUNCED_LIST,
    # OPENING_AS_LABEL, REQUIREMENT_PROVISIONS; tests/test_segment_fix22.py): 0.946.
    "heldout22": 0.946,
    # round 23 (heldout23), scored once at 01:07 UTC on 2026-12-05: 0.706; after fix23seg (LEADING_ATTACHMENT_LABEL,
    # CRITERIA_WRAPPED_LINES, PAGED_TEXT_MARKS_BEFORE_JOIN, NUMBERING_STAYS_OPEN, PAGE_LOST_ENTRIES;
    # tests/test_segment_fix23.py): 0.902; fix25seg (CONDITION_ENTRY: "其他人员…的，…" in gz-startup-loan-faq-2025):
    # 0.905; fix28seg (TITLED_ARTICLE_RUN: zjj-civilized-behavior-regs-2019's five titled 倡导 articles): 0.921.
    "heldout23": 0.921,
    # round 24 (heldout24), scored once at 02:31 UTC on 2026-12-05: 0.881; after fix24seg (QUESTION_OWN_PARAGRAPH,
    # SHARE_TARGETS_LINE, BRACKETED_PRINT, 相关阅读推荐, RELATED_AFTER_IN_WORDS; tests/test_fix24seg.py): 0.961;
    # FIRST_NUMBERED_UNDER_UNNUMBERED: 0.984.
    "heldout24": 0.984,
    # round 25 (heldout25), headings scored once at 05:08 UTC on 2026-12-05: 0.638; after fix25seg (XML_INDENT_BETWEEN_
    # RUNS, BRACKETED_TAG_BEFORE_BODY, STEP_ORDINAL, STAR_TIP_LABEL, CONDITION_ENTRY, FAQ_QUESTION_LINE,
    # SUB_TITLE_OVER_SHORT_PARAGRAPH; tests/test_fix25seg.py): 0.930.
    "heldout25": 0.930,
    # round 26 (heldout26), headings scored once at 07:53 UTC on 2026-12-05: 0.624; after fix26seg
    # (ARTICLE_MARKER_ALONE, LOST_NUMERAL_WRAPPED_TAIL, REPORTER_QUESTION, LINK_LISTS_RUN_ON, accessibility-toolbar,
    # NOTICE_SIGNED, NOTICE_IN_BODY, DOCUMENT_OVER_RESTART, PART_SENTENCE_ENTRIES, DOC_NUMBER_ALONE;
    # tests/test_fix26seg.py): 0.988.
    "heldout26": 0.988,
    # round 27 (heldout27), headings scored once at 09:20 UTC on 2026-12-05: 0.875; after fix27seg
    # (RUN_IN_TITLED_BESIDE, SENTENCE_ENTRY_MARKS, LEAVE_SITE_BUTTONS, HEADLINE_BLOCK_OVER_NUMBER, FONT_SIZE_BUTTONS,
    # ESCAPED_LIST_POINT, BARE_ANNEX_LIST; tests/test_segment_fix27seg.py): 0.942 (joined 0.470 -> 0.483); fix28seg
    # (bj-charging-rewards-2024's titled entries): 0.953.
    "heldout27": 0.953,
    # round 28 (heldout28), headings scored once at 10:54 UTC on 2026-12-05: 0.610; after fix28seg (PADDED_GLUED_TITLE,
    # TITLED_ARTICLE_RUN, TITLED_ENTRIES_IN_ARTICLE, RUN_IN_ENTRIES_NOT_BARE, GROUP_TITLE_OVER_RESTART, NOUNS_NOT_UNITS,
    # BRACKETED_TITLE_NOTE, LABEL_AFTER_CLOSED_BRACKET, LABEL_VALUE_LIST_END; tests/test_segment_fix28seg.py): 0.746.
    "heldout28": 0.746,
}
# round 28 (heldout28), headings scored once at 10:54 UTC on 2026-12-05: 0.610; after fix28one's rules for its two
# one-line documents (REPEATED_SUB_TITLE_AFTER_PARENT, RUN_IN_SENTENCE_LABELS, COVER_LETTER_POINTS of issued documents;
# tests/test_fix28one.py): 0.780 (joined 0.595 -> 0.656, an appended attachment read as a text of its own).
LATER_ROUND_F1_FLOORS |= {"heldout28": 0.780}
# Both branches merged (the one-line documents and the line-broken ones): 0.899.
LATER_ROUND_F1_FLOORS |= {"heldout28": 0.899}
# round 28's second wave (heldout29), headings scored once at 12:33 UTC on 2026-12-05: 0.347; after fix29seg
# (UNNUMBERED_LINE_TOC, NOTES_UNDER_LABEL; tests/test_fix29seg.py): 0.442.
LATER_ROUND_F1_FLOORS |= {"heldout29": 0.442}
# seg27 (session 27: SERVER_TEMPLATE_TAGS, MENU_LINK_CELLS; tests/test_seg27.py): 0.455 - the JSP pages' attribute text
# and menu no longer headings.
LATER_ROUND_F1_FLOORS |= {"heldout29": 0.455}
# seg27: INSTITUTION_SUBJECT_LEVELS and ATTACHMENTS_OWN_TABLES (an attachment's 附表1… one level below its 附件):
# heldout28 0.899 -> 0.928.
LATER_ROUND_F1_FLOORS |= {"heldout28": 0.928}
# seg27: INLINE_LABEL_VALUE (a label：value （n） read inline titled by its label) heldout23 0.921 -> 0.933;
# HALF_WIDTH_EXCLAMATION ("各位代表!" no bare heading) heldout25 0.930 -> 0.934.
LATER_ROUND_F1_FLOORS |= {"heldout23": 0.933, "heldout25": 0.934}
# heldout29 after fix30seg (PARAGRAPH_IN_PARAGRAPH reads jj-project-info-share-spec-2011's nested paragraphs): 0.450.
LATER_ROUND_F1_FLOORS |= {"heldout29": 0.450}
# round 30 (heldout30), headings scored once at 13:51 UTC on 2026-12-05: 0.641; after fix30seg (PARAGRAPH_IN_PARAGRAPH,
# BRACKETED_COUNTER_LABEL, PADDED_PAREN_NUMERAL, LETTER_SPACED_HEADING_TOP, TITLE_ONLY_CATALOGUE, TOPIC_ORDINAL,
# FLUSH_TITLE_OVER_INDENTED_PARAGRAPH, FIRST_TITLE_AFTER_LEAD, OVERLAPPING_RECT_TEXT; tests/test_fix30seg.py): 0.994.
LATER_ROUND_F1_FLOORS |= {"heldout30": 0.994}
# seg27 and fix30seg merged (session 27): heldout29 0.463.
LATER_ROUND_F1_FLOORS |= {"heldout29": 0.463}
# round 31 (heldout31), headings scored once at 14:54 UTC on 2026-12-05: 0.663; after fix31seg (BROKEN_BOOK_TITLE,
# ACCOUNT_DATE_LINE, NEWSROOM_CREDITS; tests/test_fix31seg.py): 0.712.
LATER_ROUND_F1_FLOORS |= {"heldout31": 0.712}
# round 32 (heldout32), headings scored once at 16:43 UTC on 2026-12-05: 0.670; after fix32seg (SPLIT_MARKER_PIECES,
# SPAN_BROKEN_TITLE, SPAN_BROKEN_ENUMERATION, SPAN_BROKEN_DATE, GLUED_RUN_IN_AFTER_PART, GLUED_TITLED_RUN_IN,
# SPAN_BROKEN_ANNEX_TITLE;
# tests/test_fix32seg.py): 0.853.
LATER_ROUND_F1_FLOORS |= {"heldout32": 0.862}  # with bench/as_read.py and session 28's later branches
# round 32's second wave (heldout33), headings scored once at 18:15 UTC on 2026-12-05, after every branch of session 28:
# 0.919; not worked on.
LATER_ROUND_F1_FLOORS |= {"heldout33": 0.919}
# seg28 (session 28; tests/test_seg28.py): CONJUNCTION_IN_WORD heldout28 0.928 -> 0.931.
LATER_ROUND_F1_FLOORS |= {"heldout28": 0.931}
# seg28: RESTATED_OPENING_WORDS + REPEAT_NOT_DIGITS heldout23 0.933 -> 0.939.
LATER_ROUND_F1_FLOORS |= {"heldout23": 0.939}
# seg28: RESTATED_AS_THIS heldout23 0.939 -> 0.952.
LATER_ROUND_F1_FLOORS |= {"heldout23": 0.952}
# seg28: OPENER_LISTED_AFTER heldout28 0.931 -> 0.935.
LATER_ROUND_F1_FLOORS |= {"heldout28": 0.935}
# clause28: SENTENCE_OPENED_ENTRIES (a list whose entries open straight with a sentence holds clauses).
LATER_ROUND_F1_FLOORS |= {
    "heldout12": 0.969,
    "heldout13": 0.979,
    "heldout14": 0.956,
    "heldout15": 1.0,
    "heldout16": 0.991,
    "heldout18": 0.853,
    "heldout23": 0.960,
    "heldout26": 0.994,
    "heldout29": 0.526,
}
# seg29: SENTENCE_OPENED_PAREN_ARABIC heldout33 0.919 -> 0.935, heldout31 0.712 -> 0.743, heldout14 0.956 -> 0.959.
LATER_ROUND_F1_FLOORS |= {"heldout33": 0.935, "heldout31": 0.743, "heldout14": 0.959}
# seg29: SENTENCE_ENTRY_BESIDE_TITLED + REQUIREMENT_NOT_IN_WORD heldout33 0.935 -> 0.944, heldout13 0.979 -> 0.982.
LATER_ROUND_F1_FLOORS |= {"heldout33": 0.944, "heldout13": 0.982}
# SENTENCE_ENTRY_BESIDE_TITLED switched off by the lead (it made a crawl's glued run-in title a clause and cost two
# lineage sets, see its comment): heldout33 0.944 -> 0.935, heldout13 0.982 -> 0.979, heldout5 0.957 -> 0.960.
LATER_ROUND_F1_FLOORS |= {"heldout33": 0.935, "heldout13": 0.979}
# seg29: MATERIALS_LIST_APART heldout25 0.934 -> 0.942.
LATER_ROUND_F1_FLOORS |= {"heldout25": 0.942}
# round 34 (heldout34), headings scored once at 19:30 UTC on 2026-12-05: 0.852; after fix34seg
# (FIRST_ENTRY_UNDER_PART_ABOVE, CUT_TEASER_TITLE, PAIRED_SPACE_MARK, LOGIN_WALL, WIKI_EDIT_LINK,
# CITED_DOCUMENT_SUBJECT …; tests/test_fix34seg.py).
LATER_ROUND_F1_FLOORS |= {"heldout34": 0.985}
# Then BOX_ABOVE_PREAMBLE (an editor's summary box between a decision's title and its preamble): heldout34 0.985 ->
# 0.997; every other figure, joined or not, unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout34": 0.997}
# round 34's second wave (heldout35: six page openings, 14 headings), scored once at 20:46 UTC on 2026-12-05, after
# every branch of session 29: 0.514; not worked on. 0.629 once two gold titles YAML had cut at their half-width comma
# were quoted as their maker wrote them (a flow mapping splits at ","; tests/test_gold_files.py found it).
LATER_ROUND_F1_FLOORS |= {"heldout35": 0.629}
# fix35seg (session 30; tests/test_fix35seg.py): STATEMENT_LEAD_UNITS (a target entry with its lead units after the 。)
# and NOTICE_RUN_ON_BODY (a notice line running on into the body under a 文号 teaser) heldout35 0.629 -> 0.933;
# DESCRIBED_OUTLINE (a catalogue's described categories beside a bare label over kinds) and SENTENCE_OPENED_ACROSS_PARTS
# (one-line sentences left over in a part of a clause list) heldout29 0.526 -> 0.821. Every other split, plain and
# joined, unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout35": 0.933, "heldout29": 0.821}
# join30 (session 30; tests/test_segment_join30.py): DOCUMENT_SUBJECT ends a one-line crawl's title before the subject
# its sentence opens with ("五、厉行节约用电|生产企业要大力开展技术革新…", nat-fuel-power-rationing-1978):
# heldout18 0.854 -> 0.866; every other line-broken figure unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout18": 0.866}
# round 36 (heldout36: nine whole documents, 294 headings) and its second wave (heldout37: eight, 232), scored once
# at 23:38 UTC on 2026-12-05 after every branch of session 30: 0.706 and 0.526; not worked on.
LATER_ROUND_F1_FLOORS |= {"heldout36": 0.706, "heldout37": 0.526}
# lev31 (session 31; tests/test_segment_lev31.py): how a text holding several documents is rooted - LETTER_TITLED_PARTS,
# ANNEX_OF_ANNEX, NUMBERED_TITLE_OVER_RESTART, GENERAL_PART_OVER_TEXT, PRESENTED_DOCUMENTS, COMPANION_SPEAKER,
# COMPANION_TITLE_WRAPPED, COMPANION_QUESTIONS, WORD_BOOKMARK_ANCHOR - and titles missed: GLUED_LABELLED_TITLE,
# ORDINAL_LABEL_TITLE, EMPTY_BOLD_BREAK, REPORTER_REQUEST, RECORD_LINE: heldout36 0.706 -> 0.942, heldout37 0.526 ->
# 0.945, heldout31 0.743 -> 0.750 (REPORTER_REQUEST: hn-hiap-presser-2025's request).
LATER_ROUND_F1_FLOORS |= {"heldout36": 0.942, "heldout37": 0.945, "heldout31": 0.750}
# round 38 (heldout38: ten whole pages of a school site, 275 headings: the 2024 reform decision, two party regulations,
# education notices and plans) and its second wave (heldout39: eight records of a county's poverty-relief booklet and
# a CMS dump's repost of the 十三五 informatization plan, 73 headings), scored once at 02:30 UTC on 2026-12-06 after
# every branch of session 31: 0.855 and 0.723; not worked on.
LATER_ROUND_F1_FLOORS |= {"heldout38": 0.855, "heldout39": 0.723}
# seg40 (session 32; tests/test_segment_seg40.py): ANNEX_AFTER_DATE (附：… under the signature's date heads the
# attached document, its own 附件N level 2), FIELD_LABEL_RECORD (a record laid out as service-guide fields),
# ENTRY_OVER_OWN_ITEMS, LABEL_INSIDE_BRACKETS, LABEL_VALUE_NOTE, SECTION_SIGN_ENUM (§1. parts), KEYWORD_GROUP_LINE
# (a report's 关键词 lines) and QUOTED_PARAGRAPH_END: heldout31 0.750 -> 0.860, heldout38 0.855 -> 0.973, heldout39
# 0.723 -> 0.877; every other figure, line-broken and joined, unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout31": 0.860, "heldout38": 0.973, "heldout39": 0.877}
# round 40/41 (heldout40: ten texts of power-market notices, laws and a Word table; heldout41: eleven coal, farming and
# standardization texts), scored once at 04:52 UTC on 2026-12-06: 0.653 and 0.889. fixseg41 (tests/
# test_segment_fixseg41.py): PAGE_PER_LINE (a PDF text of one line a page read inline), RUNNING_BESIDE_PAGE_LINE (a
# running header over its 第 n 页 line) and DECIMAL_SENTENCE_CLAUSES (a one-sentence decimal provision among
# untitled ones is a clause): heldout40 0.653 -> 0.815, heldout33 0.935 -> 0.938; every other figure unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout40": 0.815, "heldout41": 0.889, "heldout33": 0.938}
# seg42 (session 33, tests/test_segment_seg42.py): SCRIPT_TEMPLATE_FRAGMENT (a page fragment kept as a JavaScript
# template literal: nat-standardization-law-2017 0 -> 6 of 6), UNSTOPPED_LIST_END (a list entry's closing ；),
# APPENDIX_OF_ANNEX / APPENDIX_LINE / ANNEX_OPENS_LINE (an annexed guideline's 附录 N： beside its parts),
# DESCRIBED_KINDS (the （n） kinds of a described catalogue's bare label) and SENTENCE_ENTRY_TITLE_STOPPED: heldout29
# 0.821 -> 0.961, heldout39 0.877 -> 0.919, heldout40 0.815 -> 0.881, heldout41 0.889 -> 0.933 (floors rounded down);
# every other figure unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout29": 0.960, "heldout39": 0.918, "heldout40": 0.880, "heldout41": 0.932}
# round 42 (heldout42: eight texts; heldout43: its second wave of ten), scored once at 09:35 UTC, 2026-12-06: 0.500 and
# 0.780. fixseg42 (tests/test_segment_fixseg42.py): SPEECH_TOPIC_POINTS (a speech's titled 第一，… points),
# ENTRIES_NUMBERED_ON_UNREAD (measures numbered on across parts are items) and ANNOUNCED_LIST_RESTART (a second 一、
# list after a lead's colon, read inline): heldout43 0.780 -> 1.000; DECIMAL_UNTITLED_FIRST (a titled decimal 2 after
# its 1 read as a provision sentence): heldout42 0.500 -> 0.516; every other figure unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout42": 0.516, "heldout43": 1.000}
# seg44 (session 34, tests/test_segment_seg44.py): DOCUMENTS_IN_A_ROW (title lines of one kind, each over parts
# numbered from 1, head their documents) and GLUED_FIELD_LABELS (研究内容：/考核指标： under every task, the later one
# glued after a 。): heldout42 0.516 -> 0.995; STAGE_LABEL_LINES (第X阶段：… run-in stage labels): heldout31 0.860 ->
# 0.877, heldout36 0.943 -> 0.951 (floors rounded down); every other figure unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout42": 0.995, "heldout31": 0.877, "heldout36": 0.951}
# seg44: CITED_BARE_ANNEX_BODY (a bare 附: over the document the text cites in 《》 and forwards is front matter):
# heldout32 0.862 -> 0.868.
LATER_ROUND_F1_FLOORS |= {"heldout32": 0.868}
# round 44 (heldout44: nine texts), scored once at 12:20 UTC, 2026-12-06: 0.753. fixseg44
# (tests/test_segment_fixseg44.py): REPORTS_IN_A_ROW and ANNOUNCED_PARTS_OF_DOCUMENT (three duty reports in a row
# after a portal's notice, each title over its restarted parts), INVISIBLE_AS_READ (gold titles compared without the
# Word paste's U+200C), the bj gold's two comma titles quoted, RUNNING_PAIR_OVER_BREAK (a PDF's footer and header
# around its page-break blank lines) and DUTY_BEFORE_VERB ("（一）…局负责|组织实施…" is a clause): heldout44
# 0.753 -> 0.959; every other figure unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout44": 0.959}
# round 44's second wave (heldout45: seven texts, a 平顶山 transport plan with flattened 专栏 boxes, a 湖南 action
# plan in markdown bold runs, two MEE measures on one line, two Word regulations with a 目录, a 四川 page opening),
# scored once at 13:02 UTC, 2026-12-06, after every branch of session 34 but fixjoin44: 0.970.
LATER_ROUND_F1_FLOORS |= {"heldout45": 0.97}
# round 46 (heldout46: seven texts), scored once at 15:03 UTC, 2026-12-06: 0.763. fixseg46
# (tests/test_segment_fixseg46.py): ANNEX_LABELS_LISTED (a red-header PDF's "附件 1" … "附件 4" labels, announced by
# its numbered attachment list, are no running line), IMAGE_NAMES_LINE ("1.png2.png3.png" heads nothing),
# QUESTION_MARKER_LINE (a lone 问:…? numbered 问:), HEAD_NOUN_LEAD_LINE ("（一）基本原则|以人为本,公平共享。") and
# DASH_ITEM_LINE (a ——item is no heading): heldout46 0.763 -> 0.975; SUB_ANNEX_LABEL ("附件 1-1" over an annex's
# form): 0.975 -> 0.983; every other figure unchanged, joined or not.
LATER_ROUND_F1_FLOORS |= {"heldout46": 0.983}
# round 46's second wave (heldout47: four texts), scored once at 15:57 UTC, 2026-12-06: 0.579. fixseg47
# (tests/test_segment_fixseg47.py): RESTART_AFTER_PROSE (a work report's 一、 restarting after its unnumbered part's
# paragraphs nests under the unnumbered parts: nat-gwr-1984 0.211 -> 0.900) and GLOSSARY_QUESTIONS (a glossary asked
# as numbered questions: sh-hs-admission-reform-qa-2021 0.815 -> 1.000): heldout47 0.579 -> 0.688.
LATER_ROUND_F1_FLOORS |= {"heldout47": 0.688}
# seg48 (session 36, tests/test_segment_seg48.py): ANNEX_RANGE ("附件 1-4：相关程序文件" lists the annexes, and
# their "附件 1" … "附件 4" labels are no running line) and FORM_TEMPLATE (a model form's numbered lines are its
# wording, further forms over "（参考模板）" head their parts): bj-shared-bike-supervision-2026 0.354 -> 0.898;
# ORDINAL_TITLE_LINE (a run of "第一，深化政府机构改革。" title lines): nat-gwr-2005 0.897 -> 1.000; heldout47
# 0.688 -> 0.944. WRAPPED_OUTLINE_OVER_RESTART (an outline's title over three span lines inside 附件2 heads its
# restarted parts): nm-green-direct-supply-2026 0.480 -> 0.929, heldout32 0.869 -> 0.969. FORM_TEMPLATE
# (附录 3：保函范本, 附录 4：保单范本) and ANNEX_TERMS_TITLE ("…履约保证保险" / "规范性条款"):
# gx-performance-risk-guide-2023 0.667 -> 0.836, heldout40 0.881 -> 0.937. Every other split unchanged, joined or not.
LATER_ROUND_F1_FLOORS |= {"heldout47": 0.943, "heldout32": 0.969, "heldout40": 0.937}
# seg48: TITLED_REQUIREMENT_ON_LINES (lessons "（一）必须坚持以上率下、示范带动。…" keep their run-in titles on lines,
# nat-eight-rules-experience-2025 0.875 -> 1.000): heldout37 0.946 -> 0.959; every other split unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout37": 0.959}
# round 48 (heldout48: nine texts), scored once at 17:53 UTC, 2026-12-06: 0.951. fixseg48 (tests/test_fixseg48.py):
# CALL_WRAPPED, DRAFT_TITLE_WRAPPED and NOTICE_POINTS_RESTART (a call for comments wrapped over two lines, its points
# 一、…三、 no sections, the draft's 一、 numbering afresh: pj-agri-modern-14fyp-draft-2021 0 -> 1.000),
# TOC_LEADER_PAST_PROSE (a site's "......" cut after a part's paragraphs: wh-eco-14fyp-interp-2021 0 -> 1.000) and
# CONTACT_LINE ("联系人:迟鑫,联系电话:…" no heading: ls-edu-14fyp-interp-2022 0.909 -> 1.000): heldout48 -> 1.000.
LATER_ROUND_F1_FLOORS |= {"heldout48": 1.0}
# round 48's second wave (heldout49: nine texts), scored once at 18:15 UTC, 2026-12-06: 0.645. fixseg49
# (tests/test_segment_fixseg49.py): ORDINAL_TITLE_OVER_PARAGRAPHS (a congress report's 第一，… task lines of two clauses
# over their paragraphs: nat-cpc14-congress-report-1992 0.348 -> 1.000), SENTENCE_TITLE_OVER_PARAGRAPHS (（一） title
# lines ending in 。 over their paragraphs are no sentence-opened clauses: nat-cpc13-congress-report-1987 0.816 ->
# 0.885), LOST_DECIMAL_POINT ("1?1编制依据": qd-emergency-master-plan-2022 0.222 -> 1.000): heldout49 0.645 -> 0.832.
LATER_ROUND_F1_FLOORS |= {"heldout49": 0.832}
# round 50 (heldout50: nine texts), scored once at 20:49 UTC, 2026-12-06: 0.481. fixseg50
# (tests/test_segment_fixseg50.py):
# UNPAGED_LINE_TOC_TO_PROSE (a 目录 one entry a line without page numbers, ended by the preamble or the text's end:
# nat-culture-industry-14fyp-toc-2021 0.047 -> 1.000), UNPAGED_TOC_CUT (such a 目录 cut by the text's end gives no
# outline: nat-culture-industry-14fyp-baike-2021 0 -> 1.000): heldout50 0.481 -> 0.816.
LATER_ROUND_F1_FLOORS |= {"heldout50": 0.816}
# round 50's second wave (heldout51: ten texts), scored once at 20:59 UTC, 2026-12-06: 0.636 plain, 0.238 joined.
# fixseg51 (session 37, tests/test_fixseg51.py): SIBLING_ATTACHMENTS (a file that opens with 附件 1 and holds 附件 2
# heads each), SPACED_TABLE_LABEL ("附表 1" over its form) and ANNEX_TITLE_OVER_GAP (a form's full-width title is no
# hard wrap), changle-talent-housing-subsidy-rules-2023 0.431 -> 1.000: heldout51 0.636 -> 0.983 plain; joined
# unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout51": 0.983}
# seg52 (session 38, tests/test_segment_seg52.py): ANNOUNCING_LEAD_ENTRIES (a numbered line that only announces its
# list, "1.申请“仅报废国四”货车补贴提交以下材料：", is a clause: bj-old-truck-scrappage-rules-2026 0.773 -> 0.872):
# heldout14 0.958 -> 0.959, heldout17 0.938 -> 0.940, heldout47 0.943 -> 0.948, heldout50 0.815 -> 0.873.
LATER_ROUND_F1_FLOORS |= {"heldout14": 0.959, "heldout17": 0.940, "heldout47": 0.948, "heldout50": 0.873}
# seg52: MASS_ORGANISATION_SIGNERS (signers down to "中国残联" above the date are the signature:
# nat-health-poverty-opinion-2016 0.906 -> 1.000): heldout36 0.951 -> 0.959.
LATER_ROUND_F1_FLOORS |= {"heldout36": 0.959}


@pytest.fixture(scope="module")
def dev_scores() -> dict:
    return {s.doc: s for s in (score(doc) for doc in documents("dev"))}


def test_the_dev_split_scores_at_least_its_floor(dev_scores: dict) -> None:
    total = overall(list(dev_scores.values()))
    assert total.prf(total.matched)[2] >= DEV_F1_FLOOR


@pytest.mark.parametrize("doc_id", EXACT_ON_DEV)
def test_documents_read_exactly_stay_exact(dev_scores: dict, doc_id: str) -> None:
    s = dev_scores[doc_id]
    assert (s.matched, s.predicted) == (s.gold, s.gold)


def test_the_first_held_out_half_scores_at_least_its_floor() -> None:
    total = overall([score(doc) for doc in documents("heldout")])
    assert total.prf(total.matched)[2] >= HELDOUT1_F1_FLOOR


def test_the_second_held_out_round_scores_at_least_its_floor() -> None:
    total = overall([score(doc) for doc in documents("heldout2")])
    assert total.prf(total.matched)[2] >= HELDOUT2_F1_FLOOR


def test_the_third_held_out_round_scores_at_least_its_floor() -> None:
    total = overall([score(doc) for doc in documents("heldout3")])
    assert total.prf(total.matched)[2] >= HELDOUT3_F1_FLOOR


def test_the_fifth_held_out_round_scores_at_least_its_floor() -> None:
    total = overall([score(doc) for doc in documents("heldout5")])
    assert total.prf(total.matched)[2] >= HELDOUT5_F1_FLOOR - 5e-4


def test_the_seventh_held_out_round_scores_at_least_its_floor() -> None:
    total = overall([score(doc) for doc in documents("heldout7")])
    assert total.prf(total.matched)[2] >= HELDOUT7_F1_FLOOR


def test_the_sixth_held_out_round_scores_at_least_its_floor() -> None:
    total = overall([score(doc) for doc in documents("heldout6")])
    assert total.prf(total.matched)[2] >= HELDOUT6_F1_FLOOR


def test_the_eighth_held_out_round_scores_at_least_its_floor() -> None:
    total = overall([score(doc) for doc in documents("heldout8")])
    assert total.prf(total.matched)[2] >= HELDOUT8_F1_FLOOR


# Every split's texts joined onto one line, as a crawl that lost its line breaks reads them (eval_segmentation
# --one-line, bench/one_line.py; texts already on one line left out). Measured in session 19: before it,
# 0.232-0.673 on most splits (arabic points were never read inline, titles glued to their first sentence
# were not cut); after one19, one19b, fix17seg (a chapter's title glued to its first article) and one19c
# (parts, couplets, bulletins), these.
# heldout4 and heldout9 have no multi-line text.
# After one20 (session 20: GLUED_TOC_INLINE with DECIMAL_UNDER_PART and TOC_LEADERS_NOT_TITLE, a long plan's 目录
# run into its body; GLUED_WORD_TAIL, headings glued to sentences that lost their 。; GLUED_PART, GLUED_DECIMAL_POINT,
# GLUED_POINT_AFTER_COUPLET, INLINE_LOST_FIRST_CHAPTER; title ends INLINE_LEAD_OPENERS, INLINE_DATE_OPENER; rule
# tests in tests/test_segment_one_line_session20.py): these (heldout18 joined 0.362 before).
# bench/one_line.py then took a carriage return for a break too (three texts ending lines with \r alone had kept
# every break when "joined"): heldout14 0.396 -> 0.382 (its texts now really on one line); heldout 0.725, heldout6
# 0.764 with the session's later merges; dev 0.678, heldout3 0.699, heldout5 0.633 after YEAR_OPENING_NOT_RESTATED;
# heldout 0.776, heldout7 0.584 after PAGE_NUMBER_BEFORE_PART;
# heldout19 and heldout20 added at their first joined figures (after every branch of session 20).
# Session 21: INLINE_SUBJECT_OPENERS and BRACKETED_CHILD_GLUED_TO_TITLE (tests/test_segment_one_line_session21.py):
# heldout10 0.625 -> 0.654, heldout13 0.630 -> 0.646, heldout15 0.667 -> 0.688, heldout16 0.587 -> 0.607, heldout18
# 0.583 -> 0.639; then TITLED_ENTRY_OPENERS (noun-titled (n) entries are no untitled provisions): heldout6 0.764 ->
# 0.767, heldout7 0.584 -> 0.617, heldout10 0.654 -> 0.668.
# fix21seg (after round 21's score: INLINE_SEMICOLON_LIST, REPORT_HEAD_NOUNS, HEAD_NOUN_OVER_OPENER, date-range / 目前 /
# 本《 / 为贯彻 openers, APPENDED_NUMBERED_ATTACHMENTS): dev 0.678 -> 0.679, heldout 0.776 -> 0.778, heldout3 0.699 ->
# 0.774, heldout5 0.633 -> 0.637, heldout10 0.668 -> 0.678, heldout14 0.382 -> 0.432, heldout15 0.688 -> 0.708,
# heldout16 0.607 -> 0.624, heldout17 0.546 -> 0.551, heldout18 0.639 -> 0.711; heldout21 added at 0.647 (its
# multi-line texts joined; its two one-line crawls are scored as they are, in LATER_ROUND_F1_FLOORS).
# seg22 (LIST_NUMBER_GOES_ON, ENTRIES_ACROSS_GROUPS read inline, UNEVEN_COUPLETS; tests in
# tests/test_segment_one_line_session22.py and tests/test_normalise.py): heldout2 0.653 -> 0.662, heldout3 0.774 ->
# 0.803, heldout5 0.637 -> 0.660, heldout8 0.555 -> 0.626; every line-broken figure and every task figure unchanged.
# seg23 (session 23: GLUED_LEADER_TOC, a standard's or guide's 目次 run together with bare top numbers, unnumbered and
# lettered appendix entries and running heads; TOC_TITLE_SPACED_GLUED; TOC_OVER_UNREAD_LINES; rule tests in
# tests/test_segment_one_line_session23.py): dev 0.679 -> 0.744, heldout 0.778 -> 0.814, heldout5 0.660 -> 0.729,
# heldout7 0.617 -> 0.650, heldout13 0.646 -> 0.667, heldout16 0.694 -> 0.716; every line-broken figure unchanged;
# then an appendix found however the body spaces its letter: dev 0.744 -> 0.753; then GLUED_UNPAGED_TOC (a 目录
# without page numbers run into its body): dev 0.753 -> 0.768, heldout19 0.740 -> 0.758, heldout20 0.301 -> 0.317.
ONE_LINE_F1_FLOORS = {
    "dev": 0.768,
    "heldout": 0.814,
    "heldout2": 0.662,
    "heldout3": 0.803,
    "heldout5": 0.729,
    "heldout6": 0.767,
    "heldout7": 0.650,
    "heldout8": 0.626,
    "heldout10": 0.678,
    "heldout11": 0.440,
    "heldout12": 0.449,
    "heldout13": 0.667,
    "heldout14": 0.436,
    "heldout15": 0.708,
    # fix22ind (session 22): INLINE_PAGE_MARK (normalise.py: a "* * *" page mark glued into joined text is dropped) lets
    # the headings after the marks be read: heldout16 0.624 -> 0.694; heldout17 0.551 -> 0.529 (tx-ev-charging-2025
    # joined: recall 0.170 -> 0.213, its own F1 0.268 -> 0.274, title F1 0.369 -> 0.457, but 40 more headings read at
    # 0.385 precision, most of them real headings at another level or with their run-in text: lowered, told the lead;
    # 0.530 with fix22seg).
    "heldout16": 0.716,
    "heldout17": 0.530,
    "heldout18": 0.711,
    "heldout19": 0.758,
    "heldout20": 0.317,
    "heldout21": 0.647,
    # fix22seg (INLINE_ANNOUNCED_LIST, REQUIREMENT_PROVISIONS): heldout14 0.432 -> 0.436, heldout17 0.551 -> 0.552,
    # heldout20 0.290 -> 0.301; heldout22 added at 0.679 (0.643 at its first score), 0.824 with NUMBERED_FAQ_QUESTION.
    "heldout22": 0.824,
    # heldout23 added at 0.802 (its first score, unchanged by fix23seg); 0.805 after fix25seg (CONDITION_ENTRY).
    "heldout23": 0.805,
}
# The lead's LOST_MARKER_SKIPPED and CLOSED_NOTE_MARKS (session 23, tests/test_segment_one_line_lead23.py): heldout7
# 0.617 -> 0.635, heldout12 0.449 -> 0.463, heldout14 0.436 -> 0.444, heldout17 0.530 -> 0.539, heldout20 0.301 ->
# 0.328; heldout6 0.767 -> 0.764: sd-service-digital-2021 joined loses "3." to the figure after it ("3.0402年组织开展…")
# and 4. then goes on past it, where its gold reads that run as list entries (2 more false headings of 42).
# UNTITLED_GLUED_OUTLINE (the lead, session 23): heldout2 0.662 -> 0.614. yn-fyp-10 joined (37,311 characters, a 目录
# without page numbers) was read as its outline: 41 headings, all but a few inside the first 1,000 characters, the body
# in none of them (P 0.756, R 0.279 on titles alone). Its outline is now read as the TOC it is and its body after it:
# 111 headings where they stand, its 第X节 titles run on into their text ("调整农业产业和产品结构坚持稳粮调结构": the
# joined text has no mark where the title ends), F1 0.288. Lowered: the sections now hold their text.
ONE_LINE_F1_FLOORS |= {
    "heldout2": 0.614,
    "heldout6": 0.764,
    "heldout7": 0.661,
    "heldout12": 0.463,
    "heldout14": 0.444,
    "heldout17": 0.539,
    "heldout20": 0.344,
    # heldout24 added at session 23's end: 0.803 at its first score, 0.819 after every branch
    "heldout24": 0.819,
}
# seg25 (session 25: GLUED_BOLD_TITLE, a markdown crawl's bold titles keep their end as a line's space when joined;
# LEAD_POINTS_GLUED_TITLES counts a title ended so; tests/test_segment_seg25.py): heldout13 0.667 -> 0.703, heldout14
# 0.444 -> 0.451, heldout16 0.716 -> 0.746, heldout17 0.539 -> 0.547, heldout18 0.711 -> 0.756, heldout19 0.758 ->
# 0.778, heldout24 0.819 -> 0.866; every other split and every line-broken figure unchanged. Then SPACED_PUNCTUATION (a
# space before a punctuation mark is no title line's end, TITLE_LINE_SPACE): heldout2 0.614 -> 0.718 (yn-fyp-10).
ONE_LINE_F1_FLOORS |= {
    "heldout2": 0.718,
    "heldout13": 0.703,
    "heldout14": 0.451,
    "heldout16": 0.746,
    "heldout17": 0.547,
    "heldout18": 0.756,
    "heldout19": 0.778,
    "heldout24": 0.866,
}
# fix25join (session 24): heldout25 joined 0.511 on main with its headings gold -> 0.551 with BARE_QUESTION_INLINE (a
# Q&A page's bare questions glued between its answers), 0.592 with 结合 no opener after 相 (OPENER_WORD_HEADS; both in
# tests/test_segment_fix25join.py), 0.602 with 抓好 a sentence opener (heldout2 0.718 -> 0.721 with it).
# Then 0.600 with RHETORICAL_INLINE_QUESTION (the lead's, after the merges: a news report's questions inside its
# paragraphs are no sections, one asked straight after another or set after a comma; th-e-residence-permit-guide's
# FAQ question "前期已申领电子居住证，需要重新申领吗？" has that comma too, and is lost joined).
ONE_LINE_F1_FLOORS |= {"heldout2": 0.721, "heldout25": 0.600}
# join26 (session 25: INDENTED_LINE_SPACES, a marker after a title and the two em spaces of a paragraph's indent;
# tests/test_segment_join26.py): heldout7 0.661 -> 0.713 (nat-digital-culture-industry-2020 5 -> 30 of 30).
# Then INLINE_PAGE_FOOTER (normalise.py: a PDF's "— 13 —" footer glued into joined text is dropped): heldout7 0.713 ->
# 0.717 (jn-icv-road-test-2022 6 -> 8 of 12), heldout8 0.626 -> 0.706 (nat-health-ai-scenarios-2024 64 -> 99 of 101).
ONE_LINE_F1_FLOORS |= {"heldout7": 0.717, "heldout8": 0.706}
# Then ISSUED_TITLES_FIRST (INLINE_ISSUED_DOCUMENTS: "《A》《B》已经省政府同意，现印发给你们"): heldout 0.842 -> 0.891
# (ah-iiot-2021 0 -> 51 of 59: the second document's parts no longer sit one level up under the first's).
ONE_LINE_F1_FLOORS |= {"heldout": 0.891}
# Then BOLD_PART_AFTER_WORD (normalise.py) and SPACED_TITLE_LINE: a markdown page's bold 一、 title glued to a word
# keeps the spaces of its line, and reads as a part: heldout20 0.344 -> 0.412 (gz-pension-claim-guide-2025 0 -> 14
# of 17).
ONE_LINE_F1_FLOORS |= {"heldout20": 0.412}
# Then UNPAGED_SHORT_FIRST_ENTRY (toc.py: a regulation's unpaged 目录 whose first entry "第一章\u3000总则" is shorter
# than the repeat looked for): heldout20 0.412 -> 0.426, heldout25 0.600 -> 0.611 (three regulations' "附则第一章" ->
# 附则).
ONE_LINE_F1_FLOORS |= {"heldout20": 0.426, "heldout25": 0.611}
# Then LETTER_SPACED_BODY_TITLE (toc.py: a TOC entry found where the body letter-spaces its title, "结 语"): heldout
# 0.891 -> 0.892 (sh-fyp-14), heldout13 0.703 -> 0.713 (nat-urban-area-std-draft 12 -> 15 of 40).
ONE_LINE_F1_FLOORS |= {"heldout": 0.892, "heldout13": 0.713}
# Then HEAD_NOUN_PAIR (two head nouns in a row, "主要目标任务", end the title after the second): dev 0.768 -> 0.770,
# heldout3 0.803 -> 0.813, heldout25 0.621 (six 2026 government reports, one heading each).
ONE_LINE_F1_FLOORS |= {"dev": 0.770, "heldout3": 0.813, "heldout25": 0.621}
# Then OPENER_PAST_BRACKETS (an opener inside the title's quotes, the 以 of “以旧换新”, no longer stops the search for
# its end): heldout11 0.440 -> 0.450, heldout14 0.451 -> 0.453.
ONE_LINE_F1_FLOORS |= {"heldout11": 0.450, "heldout14": 0.453}
# fix27seg (round 27): heldout11 joined 0.450 -> 0.459 (nat-ai-weather-demo-2024: its headline block over the 文号)
ONE_LINE_F1_FLOORS |= {"heldout11": 0.459, "heldout27": 0.483}
# join26b (session 26): RESTATED_SUBJECT_ROLE (a glued sentence opens with the title's subject restated, then
# 应 / 作为 / 负责 …), EXCERPT_OPENING_MARKER and TWO_CLAUSE_LINE_SPACE (tests/test_segment_joined_lines.py): dev
# 0.770 -> 0.774, heldout5 0.729 -> 0.733, heldout10 0.678 -> 0.683, heldout16 0.746 -> 0.749; every line-broken
# figure unchanged.
ONE_LINE_F1_FLOORS |= {"dev": 0.774, "heldout5": 0.733, "heldout10": 0.683, "heldout16": 0.749}
# Then INSTITUTION_SUBJECT (a glued sentence opens with the body that acts: "加强组织领导|省能源局统筹…") and
# AS_OF_OPENER (截至 and a year): heldout18 0.756 -> 0.770, heldout22 0.824 -> 0.840; every other figure unchanged.
ONE_LINE_F1_FLOORS |= {"heldout18": 0.770, "heldout22": 0.840}
# fix28one (round 28): heldout28 joined 0.595 -> 0.656 (gz-internship-base-rules-2019: its attachment's points,
# then its own numbered tables, APPENDED_NUMBERED_TABLES)
ONE_LINE_F1_FLOORS |= {"heldout28": 0.656}
# seg27 (session 27): INSTITUTION_SUBJECT_LEVELS (国务院各部门 / 地方政府 / 有关各级人民政府 open a glued sentence):
# heldout21 joined 0.647 -> 0.662; every other joined figure unchanged.
ONE_LINE_F1_FLOORS |= {"heldout21": 0.662}
# join27 (session 27; rule tests in tests/test_segment_join27.py): DECIMAL_PREFIX_GOES_ON, DECIMAL_TOP_OVER_FIRST_POINT,
# RESTATED_AFTER_BRACKET, CAPTION_BEFORE_MARKER, CURRENTLY_OPENER: dev 0.774 -> 0.776, heldout5 0.733 -> 0.740,
# heldout6 0.764 -> 0.790, heldout7 0.717 -> 0.768, heldout10 0.683 -> 0.731, heldout16 0.749 -> 0.755, heldout17
# 0.547 -> 0.549, heldout20 0.426 -> 0.643, heldout25 0.621 -> 0.632; every line-broken figure unchanged.
ONE_LINE_F1_FLOORS |= {"dev": 0.776, "heldout5": 0.740, "heldout6": 0.790, "heldout7": 0.768, "heldout10": 0.731}
ONE_LINE_F1_FLOORS |= {"heldout16": 0.755, "heldout17": 0.549, "heldout20": 0.643, "heldout25": 0.632}
# Then AS_OF_WORDS_BEFORE_CUT (a short title keeps no 截至 of its sentence): heldout20 0.643 -> 0.655.
ONE_LINE_F1_FLOORS |= {"heldout20": 0.655}
# fix32seg (session 28: LEAD_GLUED_FIRST_PART, a 一、 glued to the lead announcing the points; tests/test_fix32seg.py):
# heldout32 joined 0.709 -> 0.740 (its first joined score, 16:43 UTC); every line-broken figure kept.
ONE_LINE_F1_FLOORS |= {"heldout32": 0.740}
# seg28 (session 28): RESTATED_OPENING_WORDS + REPEAT_NOT_DIGITS heldout5 0.740 -> 0.744, heldout10 0.731 -> 0.736.
ONE_LINE_F1_FLOORS |= {"heldout5": 0.744, "heldout10": 0.736}
# seg28: RESTATED_AS_THIS heldout10 0.736 -> 0.740.
ONE_LINE_F1_FLOORS |= {"heldout10": 0.740}
# seg28: OPENER_LISTED_AFTER heldout11 0.459 -> 0.469.
ONE_LINE_F1_FLOORS |= {"heldout11": 0.469}
# clause28: SENTENCE_OPENED_ENTRIES heldout15 0.708 -> 0.731.
ONE_LINE_F1_FLOORS |= {"heldout15": 0.731}
# join28 (session 28): GLUED_LEADERS_OVER_PAGES and TOC_BOX_ENTRIES in a glued leader 目录 (toc.py; tests/test_toc.py):
# heldout17 joined 0.549 -> 0.610 (tx-ev-charging-2025 30 -> 44 of 141), heldout30 0.479 -> 0.571 (hb-relics-fyp14-2021
# 8 -> 42 of 42); every other figure, joined or not, unchanged.
ONE_LINE_F1_FLOORS |= {"heldout17": 0.610, "heldout30": 0.571}
# Then GLUED_BRACKETED_POINT_GOES_ON (a （1） glued to a 一、 part's title, numbered on across the parts;
# tests/test_segment_join28.py): heldout30 0.571 -> 0.669 (nat-fyp15-proposal-2025 9 -> 64 of 76); every other figure,
# joined or not, unchanged.
ONE_LINE_F1_FLOORS |= {"heldout30": 0.669}
# Then LETTER_SPACED_PAREN_NUMERAL (a PDF's "（十 八）" read inline as read_marker reads it): heldout30 0.669 -> 0.793
# (nat-edu-reform-outline-draft-2010 27 -> 95 of 98); every other figure, joined or not, unchanged.
ONE_LINE_F1_FLOORS |= {"heldout30": 0.793}
# Then LOST_FIRST_PART (a part run whose 一、 a scan lost opens at its 二、 when 三、 and 四、 follow):
# heldout7 0.768 -> 0.779 (sd-scenario-innovation-2025 0 -> 6 of 34), heldout12 0.463 -> 0.466, heldout27 0.483 -> 0.518
# (js-fuel-retail-inspection-2025 1 -> 8 of 10); every other figure, joined or not, unchanged.
ONE_LINE_F1_FLOORS |= {"heldout7": 0.779, "heldout12": 0.466, "heldout27": 0.518}
# join29 (session 29; rule tests in tests/test_segment_join29.py): LISTED_BRACKET_FIELD_INLINE (a portal's numbered
# metadata fields open no run), NAMED_ENTRY_HOLDS_PARTS (toc.py: 总则 over 一、 before 第一章 in a glued leader 目录),
# UNLABELLED_ANNEX read inline (an announced annex after the signature's date) and PROCEDURE_HEAD_NOUNS (流程, 条件,
# 对象, 方法, 程序 end a glued title): dev 0.776 -> 0.807, heldout2 0.721 -> 0.723, heldout5 0.744 -> 0.748, heldout8
# 0.706 -> 0.768, heldout11 0.469 -> 0.480, heldout12 0.466 -> 0.481, heldout13 0.713 -> 0.718, heldout15 0.731 ->
# 0.753, heldout17 0.610 -> 0.623, heldout19 0.778 -> 0.784, heldout21 0.662 -> 0.676, heldout25 0.632 -> 0.642,
# heldout27 0.518 -> 0.767, heldout30 0.793 -> 0.795, heldout32 0.740 -> 0.745; every line-broken figure unchanged.
ONE_LINE_F1_FLOORS |= {"dev": 0.807, "heldout2": 0.723, "heldout5": 0.748, "heldout8": 0.768, "heldout11": 0.480}
ONE_LINE_F1_FLOORS |= {"heldout12": 0.481, "heldout13": 0.718, "heldout15": 0.753, "heldout17": 0.623}
ONE_LINE_F1_FLOORS |= {"heldout19": 0.784, "heldout21": 0.676, "heldout25": 0.642, "heldout27": 0.767}
ONE_LINE_F1_FLOORS |= {"heldout30": 0.795, "heldout32": 0.745}
# fix34seg (session 29; tests/test_fix34seg.py): SHORT_GLUED_TEXT (a page's opening on one line, one part only, read
# inline) and the round-34 rules: heldout34 joined 0.406 -> 0.871 (its first joined score, 19:30 UTC), heldout13
# 0.713 -> 0.718, heldout32 0.740 -> 0.746; every other figure, joined or not, unchanged.
ONE_LINE_F1_FLOORS |= {"heldout13": 0.718, "heldout32": 0.746, "heldout34": 0.871}
# Then HALF_WIDTH_CLAUSE_COMMA (a two-clause title parted by ",") and WIKI_EDIT_LINK dropped inline as well:
# heldout34 joined 0.871 -> 0.893; every other figure, joined or not, unchanged.
ONE_LINE_F1_FLOORS |= {"heldout34": 0.893}
# Merged with main after join29 and seg29 (20:30 UTC): heldout13 joined 0.718 -> 0.724, heldout32 0.745 -> 0.751,
# heldout34 0.997 plain, 0.893 joined; every other figure, joined or not, as main's.
ONE_LINE_F1_FLOORS |= {"heldout13": 0.724, "heldout32": 0.751}
# join30 (session 30; tests/test_segment_join30.py): DOCUMENT_SUBJECT (a title read inline ends where a subject the
# document opens clauses with starts, before its modal: "（一）配额清缴|重点排放单位应在…"): dev 0.807 -> 0.809,
# heldout7 0.779 -> 0.794, heldout10 0.740 -> 0.745, heldout14 0.453 -> 0.455, heldout17 0.623 -> 0.628, heldout20
# 0.655 -> 0.661, heldout21 0.676 -> 0.706, heldout32 0.751 -> 0.761, heldout33 0.535 -> 0.540; every other joined
# figure unchanged.
ONE_LINE_F1_FLOORS |= {"dev": 0.809, "heldout7": 0.794, "heldout10": 0.745, "heldout14": 0.455, "heldout17": 0.628}
ONE_LINE_F1_FLOORS |= {"heldout20": 0.661, "heldout21": 0.706, "heldout32": 0.761, "heldout33": 0.540}

# join31 (session 31; tests/test_segment_join31.py): titles read inline kept whole before words that only look like
# openers (HEAD_NOUN_OPENER_WORD, ATTRIBUTIVE_PHRASES, 要素), across a hard-wrapped page's spaces
# (WRAP_SPACE_BEFORE_FULL_STOP, GLUED_BEFORE_LINE_SPACE), among siblings ending whole at their 。
# (SIBLINGS_WHOLE_AT_FULL_STOP), ended at a bold title's lone space (SPARSE_TITLE_SPACES) or a stage label
# (STAGE_LABEL_OPENER); LISTED_SINGLE_ENTRY, LIST_RESTARTS, ANNOUNCED_CONDITIONS_COPULA, TITLED_REQUIREMENT: dev
# 0.809 -> 0.811, heldout 0.892 -> 0.896, heldout3 0.813 -> 0.826, heldout5 0.748 -> 0.751, heldout7 0.794 -> 0.797,
# heldout8 0.768 -> 0.774, heldout19 0.784 -> 0.791, heldout30 0.795 -> 0.816; heldout36 joined 0.678 -> 0.755 and
# heldout37 0.438 -> 0.499 added; every line-broken figure unchanged but dev 0.991 -> 0.992 (mee-npc-resolution-2018,
# read inline on its lines: 广泛动员和鼓励公众积极参与生态环境保护 whole).
ONE_LINE_F1_FLOORS |= {"dev": 0.811, "heldout": 0.896, "heldout3": 0.826, "heldout5": 0.751, "heldout7": 0.797}
ONE_LINE_F1_FLOORS |= {"heldout8": 0.774, "heldout19": 0.791, "heldout30": 0.816}
ONE_LINE_F1_FLOORS |= {"heldout36": 0.755, "heldout37": 0.499}
# round 38 and its second wave crawled onto one line, scored with them (02:30 UTC, session 31): 0.404 and 0.545.
ONE_LINE_F1_FLOORS |= {"heldout38": 0.404, "heldout39": 0.545}
# join40 (session 32, tests/test_segment_join40.py): INLINE_TITLED_ARTICLES (a code of norms' titled articles
# read inline as TITLED_ARTICLES reads their lines), LISTED_PART_TITLE (a 、 in a part's title no longer keeps a
# glued （1） from opening its run) and ADVERB_BEFORE_OPENER (no sentence opens after 进一步, 全面, 积极稳妥…):
# heldout2 0.723 -> 0.725, heldout12 0.481 -> 0.607, heldout14 0.455 -> 0.462, heldout23 0.805 -> 0.827, heldout28
# 0.656 -> 0.693, heldout30 0.816 -> 0.821, heldout38 0.404 -> 0.592; every other split, and every line-broken
# figure, unchanged.
ONE_LINE_F1_FLOORS |= {"heldout2": 0.725, "heldout12": 0.607, "heldout14": 0.462, "heldout23": 0.827}
ONE_LINE_F1_FLOORS |= {"heldout28": 0.693, "heldout30": 0.821, "heldout38": 0.592}
# Then TOC_RUN_INTO_BODY (a code's 目录 run into its body ends its last chapter's title before the body's 第一章,
# "附则|第一章　总　则…"): heldout21 0.706 -> 0.721, heldout22 0.840 -> 0.857, heldout23 0.827 -> 0.835, heldout26
# 0.574 -> 0.588, heldout28 0.693 -> 0.706; every other figure, joined or not, unchanged.
ONE_LINE_F1_FLOORS |= {"heldout21": 0.721, "heldout22": 0.857, "heldout23": 0.835, "heldout26": 0.588}
ONE_LINE_F1_FLOORS |= {"heldout28": 0.706}
# Then BRACKETED_TOP_PARTS (a one-line body's top level may be （一）（二）) and PAGE_DATE_BEFORE_MARKER (a point
# glued to a page's "发布时间：2011-09-29" stands at a line's start): heldout29 0.275 -> 0.365, heldout39 0.545 ->
# 0.574; every other figure, joined or not, unchanged.
ONE_LINE_F1_FLOORS |= {"heldout29": 0.365, "heldout39": 0.574}
# LOOSE_RUNS_IN_CELL (branch fixmeta41: a paragraph trafilatura split at a <br> inside bold text keeps its loose
# rest) restores a body item jj-project-info-share-spec-2011 lost, "(三) 项目代码是采用组合编码方式生成的…"; joined it
# is read as a heading like its 28 sibling items already were: heldout29 joined 0.365 -> 0.362 (the text is whole now;
# the loss is that document's joined-list cause), every other figure unchanged.
ONE_LINE_F1_FLOORS |= {"heldout29": 0.362}
# round 40/41 crawled onto one line, scored with them (04:52 UTC, session 32): 0.300 and 0.565. fixseg41:
# INLINE_PAGE_FOOTER_UNSPACED (a "—2—" mark glued before a part goes): heldout40 0.300 -> 0.517; every other split
# unchanged.
ONE_LINE_F1_FLOORS |= {"heldout40": 0.517, "heldout41": 0.565}
# seg42: SCRIPT_TEMPLATE_FRAGMENT (nat-standardization-law-2017 read whole, its chapters found joined too): heldout41
# joined 0.565 -> 0.601; every other split unchanged.
ONE_LINE_F1_FLOORS |= {"heldout41": 0.601}
# join42 (session 33; rule tests in tests/test_segment_join42.py): EACH_BODY_SUBJECT, INSTITUTIONS_ACTING,
# GRANT_OBJECT_OPENER, PREPOSITION_BEFORE_CUT, INLINE_LEAD_WORDS, THIS_ROUND_SUBJECT, PARTY_CONGRESS_OPENER,
# INLINE_TASK_VERBS, RESTATED_SUBJECT_NOT_ATTRIBUTIVE (a title read inline ends where its sentence opens),
# APPENDED_BARE_LABEL and APPENDED_CITED_TITLE (a document appended behind 附： / 附件 heads its parts) and
# YEAR_AFTER_NOUN_OPENER: dev 0.811 -> 0.816, heldout2 0.725 -> 0.733, heldout5 0.751 -> 0.755, heldout7 0.797 ->
# 0.800, heldout10 0.745 -> 0.754, heldout11 0.480 -> 0.530, heldout12 0.607 -> 0.620, heldout13 0.724 -> 0.733,
# heldout14 0.462 -> 0.473, heldout16 0.755 -> 0.758, heldout17 0.628 -> 0.636, heldout18 0.770 -> 0.785, heldout26
# 0.588 -> 0.602, heldout27 0.767 -> 0.773, heldout33 0.540 -> 0.613, heldout37 0.499 -> 0.503, heldout38 0.592 ->
# 0.760, heldout40 0.517 -> 0.543; every other split unchanged, joined or not.
ONE_LINE_F1_FLOORS |= {"dev": 0.816, "heldout2": 0.733, "heldout5": 0.755, "heldout7": 0.800, "heldout10": 0.754}
ONE_LINE_F1_FLOORS |= {"heldout11": 0.530, "heldout12": 0.620, "heldout13": 0.733, "heldout14": 0.473}
ONE_LINE_F1_FLOORS |= {"heldout16": 0.758, "heldout17": 0.636, "heldout18": 0.785, "heldout26": 0.602}
ONE_LINE_F1_FLOORS |= {"heldout27": 0.773, "heldout33": 0.613, "heldout37": 0.503, "heldout38": 0.760}
ONE_LINE_F1_FLOORS |= {"heldout40": 0.543}
# Then INLINE_PART_HEAD_NOUNS (a part's title ends after 机制 / 思路): dev 0.816 -> 0.818, heldout7 0.800 -> 0.803,
# heldout11 0.530 -> 0.540, heldout26 0.602 -> 0.622, heldout27 0.773 -> 0.780, heldout32 0.761 -> 0.765, heldout33
# 0.613 -> 0.618; every other split unchanged, joined or not.
ONE_LINE_F1_FLOORS |= {"dev": 0.818, "heldout7": 0.803, "heldout11": 0.540, "heldout26": 0.622, "heldout27": 0.780}
ONE_LINE_F1_FLOORS |= {"heldout32": 0.765, "heldout33": 0.618}
# round 42 crawled onto one line, scored with it (09:35 UTC, session 33): heldout42 0.239, heldout43 0.484. fixseg42:
# SPEECH_TOPIC_POINTS (a speech's titled 第一，… points, read on one line too): heldout43 0.484 -> 0.554; every other
# split unchanged.
ONE_LINE_F1_FLOORS |= {"heldout42": 0.239, "heldout43": 0.554}
# seg44 (tests/test_segment_seg44.py): GLUED_FIELD_LABELS read the joined yx-graduate-startup-subsidy-2025's fields
# (补贴条件：…。补贴对象：…, every label glued after a 。) as its parts' sub-headings: heldout20 0.661 -> 0.720; every
# other split unchanged, joined or not.
ONE_LINE_F1_FLOORS |= {"heldout20": 0.720}

# join44 (session 34; rule tests in tests/test_segment_join44.py): INLINE_PART_HEAD_NOUNS 目的 / 方式 / 期限 (a notice's
# part ends after them), GRANT_OBJECT_OPENER's case clause 对…的，, PROVISION_TASK_VERBS (task titles opening with
# 布局 / 培育 / 打造… are no untitled provisions), INLINE_LABEL_SENTENCE (an entry opening with a short label and a
# colon is titled by the label) and GLUED_POINT_AFTER_PART_CLAUSES (points glued after a 一、 title of 2-3 clauses
# open their run): heldout7 0.803 -> 0.852, heldout10 0.754 -> 0.759, heldout11 0.541 -> 0.571, heldout12 0.621 ->
# 0.628, heldout13 0.734 -> 0.739, heldout19 0.791 -> 0.797, heldout27 0.781 -> 0.801, heldout32 0.766 -> 0.775,
# heldout38 0.760 -> 0.776, heldout42 0.239 -> 0.416; every other split unchanged, joined or not.
ONE_LINE_F1_FLOORS |= {"heldout7": 0.852, "heldout10": 0.759, "heldout11": 0.571, "heldout12": 0.628}
ONE_LINE_F1_FLOORS |= {"heldout13": 0.739, "heldout19": 0.797, "heldout27": 0.801, "heldout32": 0.775}
ONE_LINE_F1_FLOORS |= {"heldout38": 0.776, "heldout42": 0.416}
# round 44 crawled onto one line, scored with it (12:20 UTC, session 34): heldout44 0.238; with fixseg44 (the bj gold's
# comma titles quoted, INVISIBLE_AS_READ, DUTY_BEFORE_VERB): 0.246. Every other split unchanged.
ONE_LINE_F1_FLOORS |= {"heldout44": 0.246}
# round 44's second wave crawled onto one line, scored with it (13:02 UTC, session 34): heldout45 0.745.
ONE_LINE_F1_FLOORS |= {"heldout45": 0.745}
# round 46 crawled onto one line, scored with it (15:03 UTC, session 35): heldout46 0.711 (0.7107, unchanged by
# fixseg46).
ONE_LINE_F1_FLOORS |= {"heldout46": 0.71}
# round 46's second wave crawled onto one line, scored with it (15:57 UTC, session 35): heldout47 0.386 (unchanged by
# fixseg47).
ONE_LINE_F1_FLOORS |= {"heldout47": 0.386}
# round 48 crawled onto one line, scored with it (17:53 UTC, session 36): heldout48 0.898 (0.8983, unchanged by
# fixseg48).
ONE_LINE_F1_FLOORS |= {"heldout48": 0.898}
# round 48's second wave crawled onto one line, scored with it (18:15 UTC, session 36): heldout49 0.403; 0.408 after
# fixseg49's LOST_DECIMAL_POINT (qd-emergency-master-plan-2022 joined no longer reads its front matter as a heading).
ONE_LINE_F1_FLOORS |= {"heldout49": 0.408}
# round 50 crawled onto one line, scored with it (20:49 UTC, session 37): heldout50 0.600 (unchanged by fixseg50).
ONE_LINE_F1_FLOORS |= {"heldout50": 0.6}
# round 50's second wave crawled onto one line (heldout51), scored with it (20:59 UTC, session 37): 0.238; fixseg51
# left it unchanged.
ONE_LINE_F1_FLOORS |= {"heldout51": 0.238}
# join46 (session 35, tests/test_segment_join46.py): UNTITLED_OUTLINE_IN_ORDER, GLUED_DOCUMENTS_IN_A_ROW (with the
# entries' GLUED_FIELD_LABELS), APPENDED_FIRST_ATTACHMENTS, 实施 after 规划/落地/编制 and 全面领导 no openers,
# LEAD_AFTER_TITLE_SPACE: heldout2 0.734 -> 0.735 (cn-fyp-15), heldout13 0.739 -> 0.744 (ja-heritage-protect-2018),
# heldout18 0.785 -> 0.800 (yn-ev-charging-doubling-2026), heldout42 0.416 -> 0.943 (nat-rd-guides-2021-draft 0 -> 130
# of 130), heldout44 0.246 -> 0.755 (nat-animal-disease-monitoring-plan-2021 7 -> 72 of 111, sx1z-vp-duty-reports-2024
# 0 -> 38 of 38); every other split unchanged, joined or not.
ONE_LINE_F1_FLOORS |= {"heldout2": 0.735, "heldout13": 0.744, "heldout18": 0.800, "heldout42": 0.943}
ONE_LINE_F1_FLOORS |= {"heldout44": 0.755}

# seg46 (session 35; rule tests in tests/test_segment_seg46.py): SUBJECT_BEFORE_COMMA_MODAL, START_FROM_YEAR_OPENER and
# TITLE_RESTATED_AS_CLAUSE end a part's title glued to its first sentence (nat-fuel-power-rationing-1978),
# ANNOUNCED_SPEECH_TOPICS reads the topics a speech announces (nat-geology-speech-1986): heldout18 0.866 -> 0.934;
# joined heldout43 0.554 -> 0.569; every other split unchanged, joined or not.
LATER_ROUND_F1_FLOORS |= {"heldout18": 0.934}
# seg46: CONDITION_OPENER (凡有… opens the sentence after a title of two phrases, nat-fuel-power-rationing-1978):
# heldout18 0.934 -> 0.946; every other split unchanged, joined or not.
LATER_ROUND_F1_FLOORS |= {"heldout18": 0.946}
# seg46: PADDED_DATE_WRAPPED (a day's number opening a PDF line, "13 日的…", is no padded heading number,
# hb-red-tourism-feature-2024): heldout31 0.878 -> 0.882; every other split unchanged, joined or not.
LATER_ROUND_F1_FLOORS |= {"heldout31": 0.882}
ONE_LINE_F1_FLOORS |= {"heldout43": 0.569}
# join48 (session 36, tests/test_segment_join48.py): ONE_SENTENCE_CLAUSES (a run of five or more (n) read inline,
# half of them titled by their whole one-sentence paragraph, are a rule's clauses): heldout11 0.571 -> 0.632,
# heldout14 0.474 -> 0.478, heldout20 0.721 -> 0.739, heldout26 0.623 -> 0.645, heldout27 0.801 -> 0.818, heldout29
# 0.362 -> 0.403, and heldout21 on lines 0.925 -> 0.948 (nat-monitoring-lab-review-draft-2018, a one-line crawl: 5
# clauses no longer headings). UNTITLED_ENTRIES_INLINE (a task list's 1./2. read inline judged as on lines): heldout6
# 0.790 -> 0.825 (sd-service-digital-2021), heldout13 0.744 -> 0.753. Every other split unchanged, joined or not.
LATER_ROUND_F1_FLOORS |= {"heldout21": 0.948}
ONE_LINE_F1_FLOORS |= {
    "heldout6": 0.825,
    "heldout11": 0.632,
    "heldout13": 0.753,
    "heldout14": 0.478,
    "heldout20": 0.739,
    "heldout26": 0.645,
    "heldout27": 0.818,
    "heldout29": 0.403,
}
# join49 (session 36, tests/test_segment_join49.py): PAST_YEARS_OPENER and THIS_YEAR_MODAL_OPENER (nat-gwr-2005):
# heldout47 0.386 -> 0.414 joined; PAGE_WIDGET_BEFORE_FIRST_PART and 背景 in INLINE_PART_HEAD_NOUNS
# (ls-edu-14fyp-interp-2022): heldout48 0.898 -> 0.908 joined (heldout49 joined 0.403 -> 0.417 on its pre-fixseg49
# base, no floor set here); every other split unchanged, joined or not.
ONE_LINE_F1_FLOORS |= {"heldout47": 0.413, "heldout48": 0.907}
# join50 (session 37, tests/test_segment_join50.py): 由于 (INLINE_LEAD_WORDS), 该类 / 该项 (INLINE_SUBJECT_OPENERS),
# 本文件 / 本措施 / 本章 (INLINE_LEAD_OPENERS), FROM_ISSUE_DAY_OPENER, VIEWPOINT_OPENER and SPACED_NUMBER
# (TITLE_LINE_SPACE):
# heldout 0.896 -> 0.897, heldout10 0.759 -> 0.767, heldout16 0.758 -> 0.764, heldout20 0.739 -> 0.744, heldout26
# 0.645 -> 0.652, heldout38 0.776 -> 0.779, heldout40 0.543 -> 0.560, heldout42 0.943 -> 0.948, heldout49 0.408 ->
# 0.436; every line-broken figure unchanged.
ONE_LINE_F1_FLOORS |= {
    "heldout": 0.897,
    "heldout10": 0.767,
    "heldout16": 0.764,
    "heldout20": 0.744,
    "heldout26": 0.652,
    "heldout38": 0.779,
    "heldout40": 0.560,
    "heldout42": 0.948,
    "heldout49": 0.436,
}

# join52 (session 38, tests/test_segment_join52.py): APPENDED_LABEL_WITH_COLON, DECIMAL_TOP_OPENS_ATTACHMENT and
# DECIMAL_ONE_SENTENCE_CLAUSES (a decimal outline under an appended 附件：, its one-sentence points clauses,
# gx-performance-risk-guide-2023; nat-grain-emergency-2005, zj-village-meteo-std-2016, hn-default-retail-2025):
# joined dev 0.818 -> 0.819, heldout5 0.755 -> 0.774, heldout33 0.618 -> 0.657, heldout40 0.560 -> 0.575;
# PURPOSE_VERB_OPENER (a title glued to 为 + a verb and a clause, sd-grid-rules-explanation-2025,
# md-ne-price-reform-2025, sx-classics-recitation-activities-2019): joined heldout40 0.575 -> 0.596, heldout32 0.775
# -> 0.779, heldout38 0.779 -> 0.783. Every plain split unchanged, every other joined split unchanged.
ONE_LINE_F1_FLOORS |= {
    "dev": 0.819,
    "heldout5": 0.774,
    "heldout32": 0.779,
    "heldout33": 0.657,
    "heldout38": 0.783,
    "heldout40": 0.596,
}


def test_a_title_printed_in_traditional_characters_with_glosses_is_compared_as_read() -> None:
    """Round 32's gold keeps a mirror's title as printed (nat-agri-modern-fyp14-tw); plankg reads it without the
    glosses in simplified characters: the two agree, and a different character still does not."""
    from bench.eval_segmentation import normalise_title

    printed = "“十四五”推進農業農村(cūn)現代化規劃"
    assert normalise_title(printed) == normalise_title("“十四五”推进农业农村现代化规划")
    assert normalise_title(printed) != normalise_title("“十四五”推进农业现代化规划")


def test_zero_width_characters_a_word_paste_left_in_a_gold_title_are_compared_as_read() -> None:
    """Round 44's gold keeps the U+200C a Word paste left inside titles (sx1z-vp-duty-reports-2024); plankg drops
    them as it reads (INVISIBLE_AS_READ): the two agree, and a different character still does not."""
    from bench.eval_segmentation import normalise_title

    assert normalise_title("谋发展，积极参与\u200c龙山书院筹建") == normalise_title("谋发展，积极参与龙山书院筹建")
    assert normalise_title("\u200c存在不足与下一步打算\u200c") == normalise_title("存在不足与下一步打算")
    assert normalise_title("谋发展，积极参与\u200c龙山书院筹建") != normalise_title("谋发展，参与龙山书院筹建")


# seg50 (session 37, tests/test_seg50.py): CHAPTER_DESCRIBED (a reading's paragraphs on the chapters of the document
# it explains, fenghuang-fyp14-outline-explainer-2022, linyi-emergency-support-action-interp-2021), GAPPED_SENTENCE_ROW
# and TITLE_OVER_FIRST_POINT (a graphic reading's panel titles, sy-historic-building-repair-interp-2026): heldout49
# 0.832 -> 0.934; ARTICLE_CUT_LINE (an untitled article cut by a page break, nat-drg-dip-handling-rules-2025,
# nat-medfund-flight-inspection-2023, yn-eco-civilization-pioneer-regs-2020): heldout28 0.935 -> 0.939, heldout19
# 0.988 -> 0.990. Every other split unchanged, joined or not.
LATER_ROUND_F1_FLOORS |= {"heldout19": 0.990, "heldout28": 0.939, "heldout49": 0.934}
# seg50: POSTER_LINE (a portal page's 发布者:/发布人: line is its publication furniture,
# jixian-fyp14-outline-explainer-2021): heldout49 0.934 -> 0.940; heldout29/31/42/46 (the other texts with such
# lines) unchanged, joined or not.
LATER_ROUND_F1_FLOORS |= {"heldout49": 0.940}
# seg50: CUT_LAST_LINE (a sentence cut by the text's end, a comma in it or one character long, is no last heading:
# fenghuang-fyp14-outline-explainer-2022, wz-longju-emergency-plan-2023): heldout49 0.940 -> 0.951, heldout32 0.969 ->
# 0.971 (nat-agri-modern-fyp14-tw), heldout38 0.973 -> 0.974 (sx-edtech-research-contest-2026); joined heldout34
# 0.893 -> 0.902, heldout49 0.422 -> 0.425. Every other split unchanged, joined or not.
LATER_ROUND_F1_FLOORS |= {"heldout32": 0.971, "heldout38": 0.974, "heldout49": 0.951}
ONE_LINE_F1_FLOORS |= {"heldout34": 0.902, "heldout49": 0.425}
# join51 (session 37, tests/test_segment_join51.py): PROVISION_HEAD_NOUN_SUBJECTS (a titled （n） among untitled
# provisions ends after its head noun before 本措施 / 本次 / 本市…, fj-mingxi-housing-measures-2022): heldout49 joined
# 0.437 -> 0.450 (the floor above had fallen back to 0.425 by a later |=); every other split unchanged, joined or not,
# task figures unchanged (plain and one-line).
ONE_LINE_F1_FLOORS |= {"heldout49": 0.450}
# round 52 (heldout52: fourteen texts, hoseg52 and hoseg52b), scored once at 23:38 UTC, 2026-12-06: 0.620 plain,
# 0.610 joined. fixseg52 (session 38, tests/test_segment_fixseg52.py): SPEAKER_ABOVE_SALUTATION (lijiang 0 -> 1.000),
# TAB_SPACED_CHAPTER_TITLE, PRESENTED_REVISED_DOCUMENTS with ISSUED_TITLE_WRAPPED, REVISION_CLAUSE,
# INTERPRETING_BODY_PROVISION and HEADLINE_SPAN_LINES (cq-property-tax-rules-amendment-2023 0.243 -> 0.900),
# CONDITION_LABEL (nj-purchase-limit-opinions-notice-2017 0.750 -> 1.000), LINK_LIST_ENDS_AT_CHAPTER
# (zhenba-county-gov-work-rules-2024 0.667 -> 1.000): heldout52 0.620 -> 0.870 plain, 0.610 -> 0.653 joined (the
# revision clauses read inline). Left: dg-hpf-withdrawal-notice-interp-2023 (0.000: the notice's lone titled-looking
# 一、 among clause siblings holds the 解读 under it), moe-voc-teacher-base-opinion-2000 (…指导思想是： entries, which
# heldout's nat-power-reform-2002 gold titles).
# Merged with main after seg52 (e97b7070): heldout52 0.874 plain (main alone 0.623), 0.653 joined; every other split,
# plain and joined, text by text, as main measures it.
LATER_ROUND_F1_FLOORS |= {"heldout52": 0.874}
ONE_LINE_F1_FLOORS |= {"heldout52": 0.653}

# join53 (session 39, tests/test_segment_join53.py): TIME_WORD_BEFORE_CUT (自 / 从 before a date, 本 before 年度 go to
# the sentence: bj-health-title-exam-2016, nm-chifeng-health-exam-2016), JOINED_PART_HEAD_NOUNS (形势 / 进展 / 过程 /
# 时间 end a part's title read inline: nat-env-health-14fyp-2022, linyi-emergency-support-action-interp-2021,
# xiuning-fyp14-outline-interp-2021, nat-digital-economy-report-2022, jn-ai-island-subsidy-2023,
# gz-pension-transfer-faq-2025) and PROVISION_FROM_OPENERS (自本文件发布之日起 ends a provision's title,
# fj-mingxi-housing-measures-2022): joined heldout7 0.852 -> 0.854, heldout11 0.633 -> 0.644, heldout24 0.866 -> 0.881,
# heldout37 0.503 -> 0.512, heldout43 0.569 -> 0.584, heldout49 0.451 -> 0.478, heldout50 0.600 -> 0.657, heldout51
# 0.238 -> 0.285. Every plain split unchanged, every other joined split unchanged.
ONE_LINE_F1_FLOORS |= {
    "heldout7": 0.854,
    "heldout11": 0.644,
    "heldout24": 0.881,
    "heldout37": 0.512,
    "heldout43": 0.584,
    "heldout49": 0.478,
    "heldout50": 0.657,
    "heldout51": 0.285,
}


# The floor tests come last: their parametrize reads each dict when the function is defined, and a floor raised in
# a `|=` line below them was never checked (seg50's heldout38 0.974 plain and heldout34 0.902 joined, join51's
# heldout49 0.450 joined were not; join52 found it). heldout38 and heldout34 joined measure 0.973 and 0.893 at
# session 37's end (b789bdfd) and now: the gains seg50 measured for its first CUT_LAST_LINE did not survive the rule's
# later narrowing; their floors sit at what is measured.
LATER_ROUND_F1_FLOORS |= {"heldout38": 0.973}
ONE_LINE_F1_FLOORS |= {"heldout34": 0.893}
# seg53 (session 39, tests/test_segment_seg53.py): LONE_ENTRY_AMONG_CLAUSES (a lone run-in entry whose next number
# goes on unread is a clause of its list: nat-gas-pipeline-approval-2021 0 -> 1.000, bj-old-truck-scrappage-rules-2026
# 0.872 -> 0.895, gz-disability-subsidy-2022, bj-health-title-exam-2016, sx-teaching-stars-nomination-2024,
# bj-shared-bike-supervision-2026, cq-property-tax-rules-amendment-2023, sx1z-teacher-development-plan-2020) and
# COPULA_LEAD_ENTRIES ("…具体做法是：" over its list, sx1z-fyp-2010 0.854 -> 0.871): heldout14 0.959 -> 0.960,
# heldout31 0.882 -> 0.891, heldout37 0.959 -> 0.965, heldout38 0.973 -> 0.974, heldout40 0.937 -> 0.940, heldout47
# 0.948 -> 0.952, heldout50 0.873 -> 0.885, heldout52 0.874 -> 0.878; every other split unchanged, joined unchanged.
LATER_ROUND_F1_FLOORS |= {
    "heldout14": 0.960,
    "heldout31": 0.891,
    "heldout37": 0.965,
    "heldout38": 0.974,
    "heldout40": 0.940,
    "heldout47": 0.952,
    "heldout50": 0.885,
    "heldout52": 0.878,
}
# round 53 (heldout53: fourteen texts), scored once at 02:45 UTC, 2026-12-07: 0.914 plain, 0.792 joined. fixseg53
# (session 39, tests/test_segment_fixseg53.py): OCR_GAP_BEFORE_POINT (cs-hpf-policy-process-notice-2022 0 -> 1.000),
# SPACED_FIRST_CHAPTER and SPACED_ARTICLE_AFTER_CHAPTER (pt-medical-aid-rules-2012 0 -> 1.000 plain and joined),
# PREFACE_ABOVE_TITLE (wangjiang-eco-env-fyp14-2021 0.667 -> 1.000), WHOLE_BODY_LINE_UNSPLIT and INLINE_LABELLED_STEP
# (moe-worldskills-admission-notice-2020 joined 0 -> 0.909; js-retailer-supervision-2018 joined 0 -> 0.706,
# gz-farmer-training-2013 joined 0 -> 0.737, hn-default-retail-2025 joined 0.304 -> 0.320), CLAUSE_PROVISION_BEFORE_CUT
# (hi-hpf-downpayment-withdrawal-draft-2023 joined 0.571 -> 0.667), and the gold of pt-road-safety-three-year-plan-2016
# quoted (a title's half-width comma had split it in YAML; 0.818 -> 0.909): heldout53 0.914 -> 0.972 plain, 0.792 ->
# 0.903 joined; joined heldout15 0.753 -> 0.820, heldout33 0.658 -> 0.663, heldout39 0.574 -> 0.585, heldout41 0.601 ->
# 0.671. Every other split unchanged, plain and joined.
LATER_ROUND_F1_FLOORS |= {"heldout53": 0.972}
ONE_LINE_F1_FLOORS |= {
    "heldout53": 0.903,
    "heldout15": 0.820,
    "heldout33": 0.663,
    "heldout39": 0.585,
    "heldout41": 0.671,
}
# join54 (session 40, tests/test_segment_join54.py): SUBSIDY_AMOUNT_HEADS (a subsidy rule's part titled by its grant's
# amount, 补贴标准 / 补贴总额度, ends its title read inline there: fj-mingxi-housing-measures-2022 0.560 -> 0.640,
# bj-old-truck-scrappage-rules-2026 0.533 -> 0.578): joined heldout49 0.479 -> 0.493, heldout50 0.657 -> 0.685. Every
# plain split unchanged, every other joined split unchanged.
ONE_LINE_F1_FLOORS |= {"heldout49": 0.493, "heldout50": 0.685}

# seg54 (session 40, tests/test_segment_seg54.py): RELATED_LIST_NOT_SECTIONS (an ndrc.gov.cn page's 排行榜 under an
# empty 附件： label was a level-1 section: nat-industrial-equipment-renewal-2024 0.979 -> 1.000,
# hi-trade-in-renewal-2025 0.990 -> 1.000, qh-equip-renewal-2024 0.933 -> 0.944) and PRINT_DOCUMENT_BUTTON
# (gd-pumped-storage-market-2024's 打印文档 was a level-2 section): heldout16 0.9915 -> 0.9929, heldout19 0.9907 ->
# 0.9938, heldout23 0.9605 -> 0.9634, heldout33 0.9381 -> 0.9405 plain. Joined unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout16": 0.992, "heldout19": 0.993, "heldout23": 0.963, "heldout33": 0.940}


# round 54 (heldout54: eleven texts), scored once at 05:36 UTC, 2026-12-07: 0.886 plain, 0.764 joined. fixseg54 (session
# 40, tests/test_segment_fixseg54.py): UNTITLED_NOTICE_PROVISIONS (a short notice's untitled 一、 provisions, on lines
# and inline: nat-abandoned-chemical-weapons-notice-1996 and aq-housing-fund-loan-opinion-2022 0.000 -> 1.000), 起执行
# in ENTRY_INTO_FORCE_PROVISION (also read inline), UNIT_TAG_LINE ("牵头司局：高教司" lines were level-3 headings:
# moe-ideological-work-division-2018 0.762 -> 1.000), UNTITLED_ENTRY_CUT_AT_MAX (a long line's entries cut at 60
# characters judged with their untitled list) and CHAPTER_DESCRIBED's "第一章总则。明确了…"
# (sy-property-credit-rules-interp-2025 0.545 -> 1.000, joined 0.364 -> 0.667): heldout54 0.886 -> 0.935 plain,
# 0.764 -> 0.784 joined; plain heldout18 0.946 -> 0.951, heldout49 0.951 -> 0.957; joined heldout13 0.753 -> 0.755,
# heldout14 0.478 -> 0.479, heldout32 0.779 -> 0.781, heldout46 0.710 -> 0.716, heldout49 0.493 -> 0.507. Every other
# split unchanged.
LATER_ROUND_F1_FLOORS |= {"heldout18": 0.951, "heldout49": 0.957, "heldout54": 0.935}
ONE_LINE_F1_FLOORS |= {
    "heldout13": 0.755,
    "heldout14": 0.479,
    "heldout32": 0.781,
    "heldout46": 0.716,
    "heldout49": 0.507,
    "heldout54": 0.784,
}

# seg55 (session 41, tests/test_segment_seg55.py): INTERPRETATION_AFTER_NOTICE (a notice's 解读 carried after it, its
# title over "…现对…解读如下：", opens a document of its own: dg-hpf-withdrawal-notice-interp-2023 0.000 -> 1.000) and
# LONE_SENTENCE_LINE_AMONG_CLAUSES (a lone entry whose long first sentence fills its line, beside an unread clause,
# is a clause: nat-shenzhen-bay-port-reply-2006 0.400 -> 0.500) and SHARE_QR_CAPTION (a share box's "扫描二维码分享"
# was a level-2 heading: laian-housing-measures-2022 0.667 -> 0.686): heldout52 0.879 -> 0.939, heldout54 0.936 ->
# 0.941 plain. Every other split unchanged, plain and joined.
LATER_ROUND_F1_FLOORS |= {"heldout52": 0.939, "heldout54": 0.941}

# round 55 (heldout55: eleven texts), scored once at 08:42 UTC, 2026-12-07: 0.904 plain, 0.671 joined. fixseg55 (session
# 41, tests/test_segment_fixseg55.py): SCRIPT_WRITTEN_BODY (a hidden block a page script document.write()s is the shown
# body: changchun-housing-opinion-2015 0.000 -> 1.000, joined 0.000 -> 0.897), WRAPPED_BEFORE_CLAUSE_MARK (a wide line
# cut before the 、 opening the next line: hi-hpf-loan-limits-draft-2026 0.750 -> 1.000), TABLE_BORDER_BEFORE_HEADING
# and WORD_NUMBER_LOST_TITLE (hi-hpf-loan-limits-interp-2026 0.857 -> 1.000): heldout55 0.904 -> 1.000 plain, 0.671 ->
# 0.708 joined. Wrapped over every document of the corpus, the rules fire in one other text: WORD_NUMBER_LOST_TITLE
# finds tj-ne-price-reform-2025's 限价规则 between （五） and （七） (a gold level-3 heading): heldout33 0.941 -> 0.944.
# Every other split unchanged, plain and joined (the line rules need line breaks; the text changes touch two pages).
LATER_ROUND_F1_FLOORS |= {"heldout55": 1.000, "heldout33": 0.944}
ONE_LINE_F1_FLOORS |= {"heldout55": 0.708}
# join55b (session 41, tests/test_segment_join55b.py): UNIT_TAG_BEFORE_MARKER (a part's marker glued after
# its "责任单位：市财政局" tag line stands where a line starts: anyang-housing-opinion-2022 joined 0.235 -> 0.643),
# DATED_PERIOD_OPENER ("实施购房契税补贴|2022年4月25日至2022年12月31日，…", "…团购活动|自2023年1月1日至…";
# jilin-housing-consumption-measures-2023 0.412 -> 0.529) and CASES_ANNOUNCED_ENTRIES ("符合以下情形…合同：|
# （一）…" numbers a clause's cases: changchun-housing-opinion-2015 0.897 -> 1.000): heldout55 0.708 -> 0.774
# joined. UNIT_TAG_BEFORE_MARKER also finds moe-ideological-work-division-2018's "…参加司局：督导局、…评估中心|
# 二、工作要求" (its one joined miss), whose two untitled clauses "1. 各单位要高度重视，…" are then read as level-2
# headings (the line reader keeps them clauses): the document 0.405 -> 0.416, heldout54 0.7845 -> 0.7837 joined
# (more sections, the split's micro F1 a hair lower). Every other split unchanged joined; plain identical everywhere.
ONE_LINE_F1_FLOORS |= {"heldout55": 0.774, "heldout54": 0.783}
# join56 (session 42, tests/test_segment_join56.py): MIXED_PROVISIONS_INLINE (read inline, a run of （n） numbered on
# across parts that mixes titled measures, "（三）提高住房公积金贷款额度。借款人…", with untitled provisions drops the
# provisions, where the titled measures are three or more and no fewer): laian-housing-measures-2022 joined 0.778 ->
# 0.913 (12 extra level-2 headings -> 4), south-ne-market-2025 joined 0.636 -> 0.718 (level-3 provisions among titled
# points): heldout54 0.7837 -> 0.7990, heldout33 0.6631 -> 0.6720 joined. Over every scored text it fires in those two
# only, joined; plain identical everywhere.
ONE_LINE_F1_FLOORS |= {"heldout54": 0.799, "heldout33": 0.672}
# join56b (session 42, tests/test_segment_join56b.py): SUBJECT_BEFORE_WHOLE_TITLE (a subject before a restated title
# only where the sentence restates the WHOLE title, or is a period after 本; "2.区属市实验性示范性高中名额分配|区属…
# 的名额分配…" kept its 分配): joined +15 headings over 14 texts of 12 splits (fl-energy-station-2023 +3,
# sh-hs-admission-reform-measures-2021, jilin-housing-consumption-measures-2023, cn-fyp-15 …), -3 where the one or two
# characters before the restated opening open the sentence (verb or determiner): "绿化建设增存并举|推动…"
# (pt-greening-15, heldout3 0.826 -> 0.823), "…组织领导|这次…" (nat-social-org-1997, dev 0.822 -> 0.821, above
# its floor), "非结构蛋白抗体检测|采用…" (nat-animal-disease-monitoring-plan-2021, heldout44 0.756 -> 0.750):
# those two floors lowered. Plain and task figures identical on every split.
ONE_LINE_F1_FLOORS |= {
    "heldout3": 0.823,
    "heldout44": 0.750,
    "heldout": 0.899,
    "heldout10": 0.772,
    "heldout16": 0.768,
    "heldout17": 0.641,
    "heldout2": 0.738,
    "heldout20": 0.762,
    "heldout38": 0.787,
    "heldout45": 0.755,
    "heldout5": 0.779,
    "heldout55": 0.785,
    "heldout56": 0.672,
    "heldout7": 0.858,
}

# round 56 (heldout56: twelve texts), scored once at 11:46 UTC, 2026-12-07: 0.803 plain. fixseg56 (session
# 42, tests/test_segment_fixseg56.py): BRACKETED_ARTICLE_TITLE (articles titled in lenticular brackets count as
# titled articles: bj-presale-funds-rules-draft-2023 0.211 -> 1.000, yz-industrial-land-renewal-rules-2024
# 0.333 -> 1.000; no other corpus or lineage text has such articles): heldout56 0.803 -> 0.939 plain. Joined
# unchanged (a text read from one line has no article lines).
LATER_ROUND_F1_FLOORS |= {"heldout56": 0.939}
# seg57 (session 43, tests/test_segment_seg57.py): OPENER_BEFORE_RESTATED_OPENING (a sentence opener
# before the title's opening restated ends the title: SUBJECT_BEFORE_WHOLE_TITLE's three losses won back,
# "绿化建设增存并举|推动…", "…组织领导|这次…", "非结构蛋白抗体检测|采用…"), INLINE_GLUED_OPENERS 采用 (no
# opener after 优先 or a modal) and CONDITION_OPENER 符合…条件的: joined dev 0.8205 -> 0.8216, heldout3
# 0.8231 -> 0.8264, heldout7 0.8576 -> 0.8606, heldout21 0.7206 -> 0.7353, heldout44 0.7500 -> 0.7670,
# heldout46 0.7167 -> 0.7333; no heading lost on any split. TWO_CLAUSE_RUN_IN_TITLE again, only for a
# measure whose run-in paragraph is the whole of it (gd-gwr-2025's report sections over paragraphs,
# lineage50, stay as they were), with TWO_CLAUSE_SUBJECT: gz-approval-service-measures-3-2023 plain
# 0.773 -> 1.000, heldout56 plain 0.939 -> 0.961.
ONE_LINE_F1_FLOORS |= {
    "dev": 0.821,
    "heldout3": 0.826,
    "heldout7": 0.860,
    "heldout21": 0.735,
    "heldout44": 0.767,
    "heldout46": 0.733,
}
LATER_ROUND_F1_FLOORS |= {"heldout56": 0.960}
# join57 (session 43, tests/test_segment_join57.py): UNIT_NAME_BRACKETS (a joined 责任单位 tag whose names carry a
# bracketed word, 各县（市）人民政府, still stands before the next part's marker: fz-housing-opinions-2016 joined
# 0.250 -> 1.000), DUTY_DIVISION_HEAD (职责分工|市房产局：…) and WHOLE_PROCESS_MODIFIER (全流程监督 is no 流程
# part's end): heldout57 joined 0.583 -> 0.629, heldout45 0.755 -> 0.764, heldout56 0.672 -> 0.677; plain unchanged.
ONE_LINE_F1_FLOORS |= {"heldout57": 0.629, "heldout45": 0.764, "heldout56": 0.677}

# round 57 (heldout57: eleven texts), scored once at 14:10 UTC, 2026-12-07: 0.766 plain. fixseg57 (session 43,
# tests/test_segment_fixseg57.py), three 平潭 crawls on one line: NOTICE_LISTED_ATTACHMENT (the notice's own
# 附件：<plan> line is no heading over the plan), APPENDED_TABLES_NOT_BODY (the body line's share is measured up to
# the appended attachment tables), TITLE_COUNT_BRACKET (a point titled by its day count ends at the bracket):
# pt-safety-inspection-plan-2022 0.000 -> 0.915; heldout57 0.766 -> 0.889 plain. (STAND_ALONE_ENTRY_TITLE and
# ANNOUNCED_MEMBERS_DUTIES took pt-transport-works-standardization-2013 0.480 -> 0.826 but lineage56's strong recall
# 0.838 -> 0.811 with the manifest: reverted.)
LATER_ROUND_F1_FLOORS |= {"heldout57": 0.889}
# Joined (--one-line) heldout57 with the same rules and join57's, measured on main after both merged: 0.583 -> 0.803.
ONE_LINE_F1_FLOORS |= {"heldout57": 0.803}
# seg58 (session 44, tests/test_segment_seg58.py): STAND_ALONE_ENTRY_TITLE and ANNOUNCED_MEMBERS_DUTIES back from
# fixseg57 with STAND_ALONE_SIBLINGS (a title stands alone where most of its siblings do: lineage56's one entry without
# its stop stays a list entry, every lineage plan's sections unchanged): pt-transport-works-standardization-2013 0.480
# -> 0.826, heldout57 0.889 -> 0.945 plain, 0.803 -> 0.858 joined. Joined only: DATED_POINT_GLUED_TO_TITLE
# ("制定方案阶段|1.2024年8月底前…") and POINT_ENDS_CHAPTER_TITLE ("第三章 全面履行政府职能|十二、…"): heldout3 0.833,
# heldout5 0.810 (nat-state-council-rules-2004: 8 chapter titles), heldout14 0.482, heldout52 0.670 joined; no joined
# text lost a heading. (ADVERB_OPENS_SENTENCE, "…建设|统筹推进…", was reverted: "（二）加强资金统筹" of cm-water-14
# ends with its 统筹.)
LATER_ROUND_F1_FLOORS |= {"heldout57": 0.945}
ONE_LINE_F1_FLOORS |= {
    "heldout57": 0.858,
    "heldout3": 0.833,
    "heldout5": 0.810,
    "heldout14": 0.482,
    "heldout52": 0.670,
}

# round 58 (heldout58: nine texts), scored once at 17:16 UTC, 2026-12-07: 0.854 plain, 0.832 joined. fixseg58
# (session 44, tests/test_segment_fixseg58.py): DRAFT_TITLE_OVER_MARK (a call for comments ends at its draft's name
# wrapped over two lines, the draft mark on a third: guiyang-hpf-guian-measures-2023 0.000 -> 1.000),
# PAIRED_ARTICLE_TITLE (坚持规划引领、可持续发展原则。 titles its article: bj-muni-university-construction-rules-2026
# 0.930 -> 1.000) and ANNOUNCED_POINTS_ENUMERATED (announced points counting 一是…二是… are parts:
# bj-housing-contract-templates-explain-2025 joined 0.571 -> 1.000): heldout58 0.854 -> 1.000 plain, 0.832 -> 0.874
# joined.
LATER_ROUND_F1_FLOORS |= {"heldout58": 1.0}
ONE_LINE_F1_FLOORS |= {"heldout58": 0.874}
# seg59 (session 45, tests/test_segment_seg59.py), joined only, no plain text changed: ADVERB_OPENS_SENTENCE back with
# ADVERB_AS_OBJECT ("…体育强区建设|统筹推进…", "…修缮更新|全力推动…", "…人民城市|持续优化…"; 加强资金统筹 stays whole)
# and STRENGTHENED_SUPPORT ("强化舆论引导|广泛宣传…", "加大用地支持|拓展…"): heldout 0.899 -> 0.900, heldout2 0.738
# -> 0.742, heldout3 0.833 -> 0.840, heldout7 0.861 -> 0.867, heldout10 0.772 -> 0.777, heldout20 0.762 -> 0.768,
# heldout55 0.785 -> 0.796 (anyang-housing-opinion-2022 0.643 -> 0.714).
ONE_LINE_F1_FLOORS |= {
    "heldout": 0.900,
    "heldout2": 0.742,
    "heldout3": 0.840,
    "heldout7": 0.867,
    "heldout10": 0.777,
    "heldout20": 0.768,
    "heldout55": 0.796,
}

# round 59 (heldout59: twelve texts), scored once at 20:19 UTC, 2026-12-07: 0.939 plain, 0.904 joined. fixseg59
# (session 45, tests/test_segment_fixseg59.py): UNTITLED_NOTICE_PROVISIONS_MOSTLY (ten provisions judged as a list,
# a few titled among mostly untitled one-sentence rules: changsha-housing-regulation-notice-2018 7 extras -> none),
# SENTENCE_OF_CUT_TITLE with REQUEST_OPENING (requirements whose title was cut at their subject, a request opening
# with 请: edu-military-course-showcase-2020 0.727 -> 1.000; nat-healthreform-tasks-2016 0.838 -> 0.880,
# gz-outpatient-special-disease-2019 0.897 -> 0.917, cq-property-tax-rules-amendment-2023 0.915 -> 0.931,
# hi-hpf-downpayment-withdrawal-draft-2023 0.750 -> 1.000), 相较于 opening a glued sentence (mee-cod-remover-huzhou-
# letter-2022 0.917 -> 1.000) and EACH_BODY_TIME_DIGITS (mee-eco-remote-sensing-pilot-2019 0.950 -> 1.000):
# heldout59 0.939 -> 1.000 plain (joined unchanged, 0.904), heldout14 0.961 -> 0.964, heldout36 0.959 -> 0.967,
# heldout52 0.939 -> 0.944, heldout53 0.973 -> 0.982; no split fell, plain or joined.
LATER_ROUND_F1_FLOORS |= {"heldout59": 1.0, "heldout14": 0.964, "heldout36": 0.967, "heldout52": 0.944}
LATER_ROUND_F1_FLOORS |= {"heldout53": 0.982}
ONE_LINE_F1_FLOORS |= {"heldout59": 0.904}
# round 60 (heldout60: nine texts), scored once at 23:24 UTC, 2026-12-07: 0.730 plain, 0.605 joined. fixseg60
# (session 46, tests/test_segment_fixseg60.py): CRITERIA_NEED_MODAL (conditions written with 需 are no criteria list:
# cixi-rental-housing-operation-subsidy-rules-2023 0.714 -> 0.839) and MATERIALS_LIST_BY_KIND (documents listed per
# kind of application under a materials heading: bj-mall-district-upgrade-projects-2026 0.844 -> 1.000,
# gz-pension-claim-guide-2025 0.909 -> 0.938): heldout60 0.730 -> 0.787 plain (joined unchanged, 0.605), heldout20
# 0.965 -> 0.967; every other document's headings unchanged, plain or joined.
LATER_ROUND_F1_FLOORS |= {"heldout60": 0.787, "heldout20": 0.967}
# round 60 (heldout60), joined 0.605 at its score. fixjoin60: ARTICLES_BEFORE_ROW (bj-admin-penalty-procedure-rules-2023
# joined 0.000 -> 1.000: its untitled articles no row of documents), MODAL_BEFORE_OPENER, BOUND_AFTER_FIGURE,
# RECENT_YEARS_CONDITION and TITLE_WHOLE_ELSEWHERE (bj-mall-district-upgrade-projects-2026 0.612 -> 0.735),
# SIBLINGS_SHARED_SUBJECT (cixi-rental-housing-operation-subsidy-rules-2023 0.621 -> 0.897),
# RESTATED_TAIL_AFTER_QUALIFIER (harbin-provident-fund-base-floor-2025 0.667 -> 1.000): heldout60 joined 0.605 -> 0.800
ONE_LINE_F1_FLOORS |= {"heldout60": 0.800}


@pytest.mark.parametrize(("split", "floor"), sorted(LATER_ROUND_F1_FLOORS.items()))
def test_the_later_held_out_rounds_score_at_least_their_floors(split: str, floor: float) -> None:
    total = overall([score(doc) for doc in documents(split)])
    assert total.prf(total.matched)[2] >= floor - 5e-4


@pytest.mark.parametrize(("split", "floor"), sorted(ONE_LINE_F1_FLOORS.items()))
def test_every_split_joined_onto_one_line_scores_at_least_its_floor(split: str, floor: float) -> None:
    docs = [doc for doc in documents(split) if has_line_breaks(read_text(doc))]
    total = overall([score(doc, joined=True) for doc in docs])
    assert total.prf(total.matched)[2] >= floor - 5e-4
