"""Plan metadata guessed from real texts without a manifest (bench/eval_metadata.py) on the dev
split, with floors at the figures measured: a regression of a metadata rule fails here.

Measured 2026-12-02 on the 31 dev documents of tests/realworld/corpus.yaml. First (main 278593e):
title 14/31 exact, kind 24/31, issuer 5/30, 文号 7/8, period 3/5, years 1/27. After the rules of
plankg/loaders/rules/structure.py "Plan metadata read off a text" (branch meta-5): title 28/31,
kind 30/31, issuer 24/30, 文号 8/8, period 4/5, years
9/27. Most years the corpus gives are a plan's horizon read from its body ("到2022年"), which no
title states. 2026-12-03 (branch trial6: a plan runs from its year of issue to the last goal year
its opening sets; outlines issued by the congress that adopts them; work reports' regions): title
29/31, issuer 26/30, years 15/27.

Round 6 (heldout6, 14 documents), scored once at 07:42 UTC on 2026-12-03: title 8/14, kind 13/14,
issuer 4/14, 文号 3/4, period 3/3, years 4/10; after branch seg6fix (interviews, interpretations,
replies, decrees, 文号-glued titles): title 12/14, kind 14/14, issuer 7/14, 文号 4/4, years 6/10.
"""

from __future__ import annotations

import pytest

from bench.eval_metadata import documents, multi_line, score, totals

# years raised to 26 by branch devmeta14 (session 16: cover dates in Chinese numerals under the issuer, a time
# limit stated by months; measured 26/35)
# years raised to 28 by meta17 (session 17: December documents whose measures start the next year, a document
# issued inside a period only its body names)
# all six raised to the measure by meta18 (session 18: 38/39, 39/39, 36/38, 9/9, 4/5, 28/35 on main and after)
FLOORS = {"title": 38, "kind": 39, "issuer": 36, "doc_number": 9, "period": 4, "years": 28}
# issuer 8 and years 9 by meta17 (an undated action plan's three years, a proposal without its title line)
HELDOUT6_FLOORS = {"title": 12, "kind": 14, "issuer": 8, "doc_number": 4, "period": 3, "years": 9}
# Round 7 (heldout7, 11 documents), scored once at 08:40 UTC: title 4/11, kind 10/11, issuer 0/4,
# 文号 1/1, years 1/10 (five texts lost their headline; issuers are rarely printed in them).
# years raised to 6 by devmeta14 (session 16: a purpose clause naming its plan inside the plan's notice)
# title 8 as measured on main, years 7 by meta17 (an undated action plan's three years)
# kind 11 and issuer 4 as measured by meta18 (session 18)
HELDOUT7_FLOORS = {"title": 8, "kind": 11, "issuer": 4, "doc_number": 1, "years": 7}
# Round 14 (heldout14, 13 documents), scored once at 05:14 UTC: title 3/13, issuer 4/11, period 0/1, years 3/10;
# after fix14meta (session 16: State Council orders, a forwarding sentence's drafters, a page title's site trail,
# bracketed table labels, an OCR'd headline, a notice laying down its own provisions, a department signing under
# its organ) as measured below. Three texts print no title, two no date.
# years 7 by meta17 (an undated action plan's three years, a call's research term)
# issuer 11 after seg21 (SOURCE_ISSUER, PAGE_SOURCE: a page's 来源 field names the body)
HELDOUT14_FLOORS = {"title": 10, "kind": 13, "issuer": 11, "doc_number": 3, "period": 1, "years": 7}
# Round 1 (heldout, 14 documents), floors added by meta17 (session 17) at its measure: a bare Q&A's kind and
# drafter, a party congress report's Central Committee, a blog export's title, a portal's next-year publication.
HELDOUT_FLOORS = {"title": 13, "kind": 13, "issuer": 11, "doc_number": 3, "period": 6, "years": 5}
# The other scored rounds, floors added by meta18 (session 18) at the measure on main: most titles missed there are
# not in the text (title_in_text: false in the corpus: pkulaw cells and pages that start at the preamble).
ROUND_FLOORS = {
    "heldout2": (11, {"title": 10, "kind": 11, "issuer": 10, "doc_number": 5, "period": 5, "years": 8}),
    "heldout3": (15, {"title": 14, "kind": 15, "issuer": 14, "doc_number": 10, "years": 13}),
    "heldout5": (11, {"title": 10, "kind": 11, "issuer": 10, "doc_number": 7, "years": 8}),
    "heldout8": (10, {"title": 2, "kind": 10, "issuer": 3, "years": 3}),
    "heldout9": (9, {"title": 9, "kind": 9, "issuer": 9, "doc_number": 3, "years": 5}),
    "heldout10": (9, {"title": 2, "kind": 9, "issuer": 1, "years": 3}),
    "heldout11": (13, {"title": 6, "kind": 13, "issuer": 4, "doc_number": 3, "years": 7}),
    "heldout12": (14, {"title": 8, "kind": 14, "issuer": 8, "doc_number": 6, "years": 10}),
    "heldout13": (13, {"title": 13, "kind": 13, "issuer": 11, "doc_number": 6, "years": 11}),
    # round 15, scored at 13:46 on 2026-12-04: on main title 6, kind 8, issuer 5, years 4; issuer 6 after meta18's
    # RE_ISSUED (a notice that 重新发布 a document)
    # title 7 and issuer 7 after seg20 (PAGE_TITLE_WITH_NUMBER: a notice's headline under a page's title bar)
    # years 5 after fix23ind (OWN_TERM, TERM_OVER_TITLE_YEAR: "本通知有效期1年" under a title naming 2025)
    # issuer 8 after meta30 (ENERGY_REGULATOR_SHORT: 华北能源监管局 is 国家能源局华北监管局)
    "heldout15": (8, {"title": 7, "kind": 8, "issuer": 8, "years": 5}),
    # round 15's second wave, scored at 14:46: title 7, kind 7, issuer 1, years 7; issuer 4 with MARKDOWN_TABLE_CELLS
    # (the other three name their issuers in full where the gold gives short forms, or the reverse); 5 after seg19
    # (NOTICE_BELOW_SIGNERS: the notice's signers, not the page field's short forms)
    "heldout16": (7, {"title": 7, "kind": 7, "issuer": 5, "years": 7}),
    # round 17, scored at 16:00 on 2026-12-04: title 3, kind 8, issuer 4, 文号 1, years 4; after fix17seg (guides and
    # FAQs as headlines, verb-first decrees, vault titles' stray affixes, signatures under a closing formula, the
    # vault's official_number, 试行 validity terms; tests/test_meta_portal_titles.py); title 9 after seg20 (a page's
    # caption over a cover, a draft for review's 送审稿)
    # issuer 7 after seg21 (SOURCE_ISSUER, PAGE_SOURCE)
    "heldout17": (9, {"title": 9, "kind": 9, "issuer": 7, "doc_number": 2, "years": 6}),
    # round 17's second wave, scored at 17:31: title 4, kind 8, issuer 6, 文号 3, years 6; title 7 and years 7 with
    # 通告 a headline kind
    # 文号 4 and kind 9 after seg20 (a reply letter's 复函 glued to its 文号; a speech is a report)
    "heldout18": (9, {"title": 7, "kind": 9, "issuer": 6, "doc_number": 4, "years": 7}),
    # round 19, scored at 18:45 on 2026-12-04: title 7, kind 7, issuer 3, 文号 4, years 4; after fix19seg (regulations'
    # adopting congress, joint issuers named by the first and 等, news headlines; tests/test_meta_fix19.py)
    # issuer 10 after seg21 (SOURCE_ISSUER, PAGE_SOURCE); title 10 after fix21seg (VAULT_OWN_NOTICE: the notice under
    # the vault page's caption is the document); years 6 after fix24seg (PAGE_DATE: a guide dated by its page's PubDate)
    "heldout19": (10, {"title": 10, "kind": 9, "issuer": 10, "doc_number": 4, "years": 6}),
    # round 19's second wave, scored at 19:32 after every branch of session 20: no fix after it
    # title 9, kind 9, issuer 9 after seg21 (SOURCE_ISSUER, PAGE_SOURCE, TABLE_LABEL_LINE, NEWS_HEADLINE_YEAR)
    # years 5 after meta42 (session 33: DATE_VALUE_RUN_ON, a page's date field run on into the next field)
    "heldout20": (9, {"title": 9, "kind": 9, "issuer": 9, "doc_number": 2, "years": 5}),
    # round 21, scored once at 21:23 UTC on 2026-12-04: title 3, kind 8, issuer 6, 文号 4, period 1, years 4; after
    # fix21seg (TITLE_BEFORE_NAMED_RECIPIENTS, BULLETIN_TITLE, SEVERAL_ISSUED, RUN_ON_LETTER_TITLE, TITLE_PERIOD_RULES,
    # VAULT_OWN_NOTICE, CLOSING_TRAILING_ORGAN; tests/test_segment_fix21.py): title 8, kind 10, issuer 7, years 6
    # issuer 9, years 7 after fix23ind (COPIED_AFTER_SIGNATURE: a one-line letter's signer before its 抄送)
    # title 9 after fixmeta53 (session 39: TABLE_NAME_FIELD, nat-charging-proposal-reply-2025 titled by its page's 标题
    # field, "关于政协第十四届全国委员会第三次会议第02366号…提案的公开答复摘要", over its vault's front-matter title)
    "heldout21": (10, {"title": 9, "kind": 10, "issuer": 10, "doc_number": 4, "period": 1, "years": 7}),
    # round 22, scored once at 23:50 UTC on 2026-12-04: title 7, kind 10, issuer 7, 文号 3, years 4; after fix22seg
    # (LEADING_ATTACHMENT_LABEL, NOTICE_RUN_ON_LEAD, ABBREVIATED_CONGRESS, DECREE_ORGAN_SPLIT, ANNEX_AFTER_SIGNATURE, a
    # letter signed above attachments whose labels were lost; tests/test_meta_fix22.py): title 9, issuer 10
    "heldout22": (10, {"title": 9, "kind": 10, "issuer": 10, "doc_number": 3, "years": 4}),
    # round 23, scored once at 01:07 UTC on 2026-12-05: title 6, kind 8, issuer 5, 文号 0, years 3 (measured by
    # fix23ind: the misses are issuers and years the texts do not print, and gold conventions); 文号 1 after
    # NUMBER_BELOW
    # years 4 at session 34's start (measured by meta44 on main f0141c3c)
    # years 5 after meta48 (session 36: DEADLINE_DAY, nat-mascot-creative-call-2020's "于2021年2月26日前")
    "heldout23": (8, {"title": 6, "kind": 8, "issuer": 6, "doc_number": 1, "years": 5}),
    # round 24, scored once at 02:31 UTC on 2026-12-05: title 8, kind 10, issuer 6, years 0; years 4 after fix24seg
    # (PAGE_DATE, PUBLISHED_TIME_LABEL: a guide, FAQ or 答记者问 page dated by its publication; tests/test_fix24seg.py)
    # title 9 and issuer 8 after fix26meta (HEADLINE_ISSUED_DOCUMENT: a release headlined "…办公厅印发《…》";
    # ARABIC_SESSION: a regulation adopted at "第22次会议")
    "heldout24": (10, {"title": 9, "kind": 10, "issuer": 8, "years": 4}),
    # round 25, scored once at 05:08 UTC on 2026-12-05: title 5, kind 8, issuer 5, 文号 2, years 6; after fix25seg
    # (EXPORT_KEY_FIELD, HEADLINE_COLUMN_TAG, HEADLINE_ELEMENT; tests/test_fix25seg.py): title 8, issuer 6
    "heldout25": (10, {"title": 8, "kind": 8, "issuer": 6, "doc_number": 2, "years": 6}),
    # round 26, scored once at 07:53 UTC on 2026-12-05: title 9, kind 10, issuer 7, 文号 4, years 4; after fix26meta
    # (MARKDOWN_LINK_LINE, MARKDOWN_LINKS_TAIL, POLICY_QA_TITLES, SIGNATURE_ABOVE_PAGE_FURNITURE, ISSUER_OF_FOUND_TITLE,
    # NEWS_HEADLINE_IN_COVER, PRESS_CONFERENCE_SPEAKER, NEWS_DATELINE, NEWS_BODY_PERIOD; tests/test_meta_fix26.py).
    # The two misses are gold conventions: an issuer the gold names in full where the page prints only its short form
    # (国家发展改革委), and a guideline's years without its 到2020年 goal
    "heldout26": (12, {"title": 12, "kind": 12, "issuer": 11, "doc_number": 4, "years": 7}),
    # round 27, scored once at 09:20 UTC on 2026-12-05: title 4, kind 8, issuer 4, 文号 3, years 4; after fix27seg
    # (RELATED_LIST_TAIL, EMPTY_ANNEX_LABEL_TAIL, LISTED_BRACKET_FIELD, ESCAPED_BRACKET, SQUARE_NUMBER_BRACKETS;
    # tests/test_read_fix27seg.py). Two titles are a gold conflict: an ndrc.gov.cn page's notice headline with its
    # issuers is the title in heldout15's gold (nat-capacity-price-2026), the page bar's title in round 27's
    # years 4 -> 6 with VALID_UNTIL_FROM_ISSUE and TITLE_YEAR_LIST (meta28, session 28)
    # title 5 -> 6 with NOTICE_TITLE_WITH_NUMBER and VALIDITY_MARK (fixmeta42, session 33: bj-charging-rewards-2024's
    # "（失效）…的通知（京管发〔2024〕9号）" line read as its notice)
    "heldout27": (8, {"title": 6, "kind": 8, "issuer": 7, "doc_number": 6, "years": 6}),
    # round 28, scored once at 10:54 UTC on 2026-12-05: title 15, kind 17, issuer 11, 文号 8, years 9; issuer 13 after
    # fix28task (ISSUER_NOTE: the scorer dropped the note after an issuer's parenthesis, "…(source line; no 文号),
    # republished by the 广州市人民政府 portal", only when the parenthesis closed the entry); 14 with
    # ABBREVIATED_ISSUER_END's count (等4部门 over a signature of two organs a line); fix28seg (TITLE_FOOTNOTE_MARK:
    # "…统计公报[1]"): title 16, kind 18
    # years 10 after meta48 (session 36: DATED_TERM_WORDING, gz-assistive-device-rules-2019: "自2019年2月1日实施")
    # issuer 16 after meta52 (session 38: SIGNATURE_DATE_ON_LINE, nat-tcm-decoction-coding-rules-2020's
    # "国家医疗保障局办公室 2020年9月17日")
    "heldout28": (18, {"title": 16, "kind": 18, "issuer": 16, "doc_number": 8, "years": 10}),
    # round 28's second wave, scored once at 12:33 UTC on 2026-12-05: title 2, kind 5, years 2; after seg27
    # (HEADLINE_OVER_DATE, MENU_LINK_CELLS, CAPTION_OVER_PLACED_TITLE, FIELDS_AFTER_RECORD_TITLE, FORWARDED_NUMBER_YEAR,
    # CATALOGUE_TITLE_ENDING, REVISION_DATE_LINE; tests/test_seg27.py). The title missed is a page whose headline is a
    # sibling page's, the gold title the name its lead sentence gives (制定《…规范（试行）》)
    "heldout29": (7, {"title": 6, "kind": 7, "issuer": 1, "doc_number": 0, "years": 3}),
    # round 31, scored once at 14:54 UTC on 2026-12-05: title 5, kind 3, period 1, years 1; after fix31seg
    # (ACTION_TITLE_END, NEWS_HEADLINE_PERIOD, LABELLED_NEWS_HEADLINE; tests/test_fix31seg.py). Its news reports are
    # golded kind report where round 19's were interpretation (left as they are)
    # round 30, measured by meta28 (session 28): years 7 -> 8 with REPEATED_PAGE_TITLE (the cover's "(2010-2020年)"
    # under the page title); round 31's years 2 -> 3 with TITLE_MONTH_SPAN ("(2010年3月～2015年2月)"); title 8 -> 10
    # and issuer 5 -> 6 with DATED_COLUMN_TAG and PROPOSAL_HEADLINE (the 十五五 proposal and its explanation)
    # 文号 3 after meta30: the eval folds a number's square brackets and spaces ("阜蒙健促办发[2020] 3 号", as printed)
    # title 11 after meta42 (session 33: TAB_SPACED_LABEL, "标 \t题：" read whole)
    "heldout30": (13, {"title": 11, "kind": 13, "issuer": 6, "doc_number": 3, "period": 1, "years": 8}),
    "heldout31": (11, {"title": 8, "kind": 5, "period": 2, "years": 3}),
    # round 32, scored once at 16:43 UTC on 2026-12-05: title 5, then 8 with as_read (b058d9d9), kind 12, issuer 6,
    # 文号 3, years 4; after fix32meta (PAGE_COLUMN_LINE, SPAN_BROKEN_NUMBER_DATE, SPAN_BROKEN_GOAL_YEAR,
    # EPAPER_PAGE_LINE, SPEECH_DIGEST, REPEATED_NEWS_HEADLINE; tests/test_meta_fix32meta.py): title 10, kind 13,
    # issuer 7, 文号 5, years 5. The three 山东 titles are not in their texts (title_in_text: false)
    "heldout32": (13, {"title": 10, "kind": 13, "issuer": 7, "doc_number": 5, "period": 2, "years": 5}),
    # heldout33 (round 32's second wave, scored once at 18:15 UTC after every branch of session 28; not worked on)
    # issuer 1 after meta30 (ENERGY_REGULATOR_SHORT: the signature 南方能源监管局)
    # issuer 2 after meta42 (session 33: SITE_BEFORE_HEADLINE, the portal's name before the page's notice headline)
    "heldout33": (6, {"title": 6, "kind": 6, "issuer": 2, "doc_number": 1, "years": 1}),
    # round 34, scored once at 19:30 UTC: title 10, kind 16, issuer 6, 文号 3, period 3, years 11; after fix34meta
    # (DUMPED_RECORD, DUMPED_RECORD_TAIL, TONELESS_PINYIN_GLOSS, REPRINTED_FROM_NUMBER, DASHED_PAGE_PREFIX,
    # ISSUER_BEFORE_CARRYING_OUT; tests/test_meta_fix34meta.py). The four kinds missed are free-text kinds in the
    # gold ("decision (plan-type: …)")
    # kind 20 after meta30: the eval reads a free-text kind by the word it names (KIND_IN_FREE_TEXT); 文号 5 of 5 now,
    # the two numbers these texts do not print left unscored (NUMBER_IN_TEXT)
    # period 4, years 12 after meta52 (session 38: LATEST_TEXT_PERIOD, ah-water-fyp14-news)
    "heldout34": (20, {"title": 15, "kind": 20, "issuer": 10, "doc_number": 5, "period": 4, "years": 12}),
    # heldout35 (round 34's second wave, scored once at 20:46 UTC after every branch of session 29; not worked on)
    # title 6 and kind 6 after meta30 (CITED_BY_NUMBER: ordos-regional-coop-2025's issuing sentence cites a numbered
    # notice; REPORT_QUOTED: "关于落实《政府工作报告》重点工作责任分工的意见" is a plan)
    # issuer 4 and years 4 after meta42 (session 33: SIGNED_THEN_NAMED with a crawl's spaces, ordos-regional-coop-2025;
    # DATE_VALUE_RUN_ON, hl-gwr-tasks-2013)
    "heldout35": (6, {"title": 6, "kind": 6, "issuer": 4, "doc_number": 2, "period": 3, "years": 4}),
    # round 36 and its second wave (heldout36, heldout37), scored once at 23:38 UTC after every branch of session 30:
    # heldout36 title 4, kind 8, issuer 4, period 0, years 3; heldout37 title 2, kind 4, issuer 0, years 0. After meta31
    # (session 31: CITED_FOR_PURPOSE, PARTY_REGULATION_ISSUER, LEAD_ISSUED_DOCUMENT, COLUMN_TAG_LINE, BYLINED_COVER,
    # BYLINED_REPORT, FULLER_RESTATED_HEADLINE, PURPOSE_SUBJECT_YEAR; tests/test_meta31.py) as below. Misses left:
    # titles the texts do not print (title_in_text: false), an issuer the gold writes as "… and twelve other bodies",
    # the 2025 中央一号文件 kept under its page headline (BYLINED_COVER: the editions are found by that name)
    # years 5 at session 34's start (measured by meta44 on main f0141c3c)
    "heldout36": (9, {"title": 5, "kind": 8, "issuer": 5, "period": 1, "years": 5}),
    # years 2 after meta48 (session 36: DEADLINE_DAY, sx-special-teacher-nomination-2009)
    "heldout37": (8, {"title": 5, "kind": 7, "issuer": 5, "years": 2}),
    # round 38 and its second wave, scored once at 02:30 UTC on 2026-12-06 after every branch of session 31; not worked
    # on. heldout39's county booklet records print no title line nor issuer (title_in_text: false, "not printed").
    # title 9 after meta40 (session 32: REPOSTED_HEADLINE, "转发2026年…实施方案" is the plan's title under a
    # repost mark)
    "heldout38": (10, {"title": 9, "kind": 10, "issuer": 6, "doc_number": 1, "years": 6}),
    # title 3 after meta46 (session 35: BOOKLET_PART_TITLE, "第一 习总书记对深度贫困地区脱贫的要求" and the booklet's
    # second part)
    "heldout39": (9, {"title": 3, "kind": 9, "issuer": 1, "doc_number": 1, "years": 2}),
    # round 40 and its second wave, scored once at 04:52 UTC on 2026-12-06: heldout40 title 7, kind 8, issuer 3, 文号 3,
    # years 3; heldout41 title 5, kind 6, issuer 4, 文号 1, years 0. After fixmeta41 (session 32: REVISED_PROMULGATED,
    # PRESIDENT_ORDER_NUMBER, LOOSE_RUNS_IN_CELL, TITLE_CLASS, ENTITY_ENDS_SOURCE, SOURCE_BUREAU_OFFICE,
    # TITLE_NAMES_ISSUER_IN_FULL, DISCLOSURE_NOTE_TAIL, LAW_ADOPTING_CONGRESS, ADOPTED_AND_ISSUED;
    # tests/test_meta41.py) as below
    # issuer 8 after meta42 (session 33: GLUED_RED_HEAD_GAPS, a red head of two bodies with 文件 between them)
    # years 4 after meta54 (session 40: NEXT_YEAR_WORK, a December notice for "做好 2026 年…工作")
    "heldout40": (10, {"title": 9, "kind": 9, "issuer": 8, "doc_number": 3, "years": 4}),
    # kind 11 after fixmeta44 (session 34: NEWS_HEADLINE_DOCUMENT, nat-coal-law-2013 headlined by the law's title is
    # the law, no news about it)
    # years 2 after meta48 (session 36: DATED_TERM_WORDING and TERM_FROM_NEW_YEAR, nf-unit-market-connection-2025)
    "heldout41": (11, {"title": 9, "kind": 11, "issuer": 8, "doc_number": 1, "years": 2}),
    # round 42 and its second wave, scored once at 09:35 UTC on 2026-12-06: heldout42 title 1, kind 6, issuer 2, 文号 2,
    # years 0; heldout43 title 6, kind 8, issuer 6, 文号 0, years 1. After fixmeta42 (session 33: TITLE_ABOVE_NUMBER,
    # NOTICE_TITLE_WITH_NUMBER, VALIDITY_MARK, GUIDE_PROPOSAL_ENDING, REGULATION_HEADLINE, STORY_ISSUERS,
    # SPEECH_PART_NOTE; tests/test_fixmeta42.py) as below. Two titles are not in their texts (title_in_text: false:
    # the flow-cytometry review points, the physician examination announcement); the eval scores them all the same,
    # as misses.
    # title 7 after meta44 (SIGNED_MARKED_THEN_NAMED: as-grain-reserve-2023, "…2023年9月5日（此件公开发布）安顺市…")
    # title 6 since fixmeta58's COMMENT_DRAFT_MARK (session 44): nat-rd-guides-2021-draft is titled without its
    # （征求意见稿）, as the gold has titled comment drafts since round 48 (rounds 48, 53, 55, 56, 58: five of five);
    # round 42's gold keeps the mark (across every split plain titles 525 -> 527, joined 388 -> 390)
    "heldout42": (8, {"title": 6, "kind": 8, "issuer": 5, "doc_number": 3, "years": 2}),
    # heldout43 title 7 at session 34's start (measured by meta44 on main f0141c3c)
    "heldout43": (10, {"title": 7, "kind": 9, "issuer": 7, "doc_number": 0, "years": 1}),
    # round 44, scored once at 12:20 UTC on 2026-12-06: title 6, kind 6, issuer 6, 文号 2, years 4. After fixmeta44
    # (session 34: BROKEN_QUALIFIER, DOWNLOAD_LAYOUT_BUTTON, RUNNING_HEADER_LINE, NEWS_HEADLINE_DOCUMENT; years 6 with
    # TITLE_TERM_YEARS, "…三年行动计划" issued 2018 runs 2018-2020; years 7 with ANNUAL_REPORT_LINE, the duty reports'
    # "2024年度述职述廉述德述法报告"; tests/test_fixmeta44.py) as below. Misses left:
    # a page's headline the stored text does not print (bj-health-commission-performance-2023), issuers named only
    # in part (党政办, 市卫生健康委) or not at all (the constitution's 全国人民代表大会)
    "heldout44": (9, {"title": 8, "kind": 8, "issuer": 6, "doc_number": 2, "years": 7}),
    # round 44's second wave, scored once at 13:02 UTC on 2026-12-06: title 6, kind 6, issuer 4, 文号 1, years 3. After
    # fixmeta45 (session 34; tests/test_fixmeta45.py): the two ministry rules crawled onto one line without their 部令
    # line, title 7 and kind 7 with TITLE_RESTATED_IN_MARKS and REPORT_RULE_TITLE ("…核安全报告规定《…报告规定》已于…",
    # a rule on reports), issuer 6 with ADOPTING_MEETING_ORGAN ("由生态环境部部务会议审议通过，现予公布"), issuer 7 with
    # VAULT_ISSUER_LIST (the vault's "issuer:" / "- 湖南省发展和改革委员会", printed nowhere else)
    "heldout45": (7, {"title": 7, "kind": 7, "issuer": 7, "doc_number": 1, "years": 3}),
    # round 46, scored once at 15:03 UTC on 2026-12-06: title 6, kind 6, issuer 2, 文号 1, years 5. After fixseg46
    # (session 35; tests/test_segment_fixseg46.py): title 7 and kind 7 with DATELINE_HEADLINE (a 新华社 dispatch's
    # "…电题:" glued before the Q&A's headline), issuer 3 with HEADLINE_SUBTITLE_ISSUER ("——生态环境部有关负责人就…")
    "heldout46": (7, {"title": 7, "kind": 7, "issuer": 3, "doc_number": 1, "years": 5}),
    # round 46's second wave, scored once at 15:57 UTC on 2026-12-06: title 2, kind 4, issuer 0, 文号 0, years 0. After
    # fixseg47 (session 35; tests/test_segment_fixseg47.py): issuer 2 with STATE_COUNCIL_SPEAKER (two Wikisource work
    # reports with no headline, "我代表国务院向大会作政府工作报告"). Misses left: their titles and years (neither text
    # prints its year or delivery line), the shared-bike rules' 文号
    # years 2 after meta48 (session 36: WORK_REPORT_REVIEWED_YEAR, nat-gwr-2005 and nat-gwr-1984)
    "heldout47": (4, {"title": 2, "kind": 4, "issuer": 2, "doc_number": 0, "years": 2}),
    # round 48, scored once at 17:53 UTC on 2026-12-06: title 5, kind 9, issuer 4, 文号 1, years 8. After fixseg48
    # (session 36; tests/test_fixseg48.py): title 7 and issuer 5 with CALL_WRAPPED (a call for comments wrapped over two
    # lines names the draft and its issuer, pj-agri-modern-14fyp-draft-2021), title 8 with HEADLINE_COLUMN_TAG on a
    # headline below the page's fields (ls-edu-14fyp-interp-2022) and HEADLINE_COLUMN_BAR ("政策解读丨…",
    # wh-eco-14fyp-interp-2021); title 9 after fixmeta52 (session 38: SHARED_DOCUMENT_NAME, cm-fyp14-outline-2021's
    # "(上海市)崇明区…十四五规划(2022年更新)" over its title)
    "heldout48": (9, {"title": 9, "kind": 9, "issuer": 5, "doc_number": 1, "years": 8}),
    # round 48's second wave, scored once at 18:15 UTC on 2026-12-06: title 4, kind 7, issuer 3, 文号 4, years 5. After
    # fixseg49 (session 36; tests/test_segment_fixseg49.py): issuer 4 with SPACED_LABEL_ROW (a table's labels
    # parted from their values by spaces, "索引号 … 发布机构 临沂市政府办公室"), title 5 with SITE_BEFORE_TITLE
    # ("凤凰县政府门户网站-关于《…》的说明"). Misses left: the two congress reports (no headline, issuer or year
    # in the text), the 沈阳 graphic 解读 (read as the measures, issued by 国务院), linyi's 解读 title ("文字解读:…"
    # read as a label)
    "heldout49": (9, {"title": 5, "kind": 7, "issuer": 4, "doc_number": 4, "years": 5}),
    # round 50, scored once at 20:49 UTC on 2026-12-06: title 7, kind 8, issuer 1, 文号 1, years 7 (unchanged by
    # fixseg50). Misses left: gs-edu-11fyp-2006's encyclopedia row "词条 | … |" read as the title, zs-transport's page
    # 3 (no headline in the text), xt-eco-env's issuer in the wiki's 發布單位 bullet, bj-old-truck's year
    "heldout50": (9, {"title": 7, "kind": 8, "issuer": 1, "doc_number": 1, "years": 7}),
    # round 50's second wave, scored once at 20:59 UTC on 2026-12-06: title 8, kind 9, issuer 1, 文号 0, years 7. After
    # fixseg51 (session 37; tests/test_fixseg51.py): title 9, kind 10 and issuer 2 with LONG_COLUMN_TAG,
    # INTERPRETER_TITLE and UNPLACED_PORTAL_ISSUER (anqiu-fyp14-outline-interp-2021, "【主要负责人解读】安丘市发改局
    # …解读《…》" under "发布机构:市发改局"). Misses left: the 上海 notice forwarding the ministry's notice (titled and
    # issued as the ministry's), nat-agri-mech-14fyp-2022's issuer (only in the page's headline 农业农村部发布《…》),
    # the 长乐 rules' years (实施期限为 2023 年 6 月 27 日-2026 年 6 月 27 日)
    "heldout51": (10, {"title": 9, "kind": 10, "issuer": 2, "doc_number": 0, "years": 7}),
    # round 52, scored once at 23:38 UTC on 2026-12-06: title 10, kind 14, issuer 6, 文号 7, period 2, years 8. After
    # fixmeta52 (session 38; tests/test_fixmeta52.py): title 13 with SHARED_DOCUMENT_NAME (gongan, alxa: a sharing
    # site's "(省)…规划(2022年更新)" over the outline's title) and RECORD_BEFORE_TITLE (nj: the covering notice's 印发
    # line over the opinions' title), issuer 11 with those, JOINT_ISSUER_AND (zhuanglang's entry "A and B"),
    # ATTACHMENT_LIST_NO_SIGNER (moe-voc), ISSUER_FIELD_SITE with UNPLACED_SHORT_GOVERNMENT (zhenba's 县政府网站) and
    # SPEAKER_UNDER_DATE (lijiang's 浦 虹). Misses left: the water plan's title with its date in brackets, moe-voc's
    # years (经过3-5年的努力; nat-coal-2005's 用３～５年时间 is one year in its entry)
    "heldout52": (14, {"title": 13, "kind": 14, "issuer": 11, "doc_number": 7, "period": 2, "years": 8}),
    # round 53, scored once at 02:45 UTC on 2026-12-07: title 12, kind 13, issuer 9, 文号 4, years 3. After fixmeta53
    # (session 39; tests/test_fixmeta53.py): title 13 with TABLE_NAME_FIELD (qingyang's pipe table "名称: |
    # 县卫健委2023年工作总结及2024年工作安排 |"; its kind, report, left: round 44 judged such a title a plan),
    # issuer 10 with NUMBERED_ORDER_NOTE (bj's "北京市人民政府第 307 号令公布"), years 7 with REVIEW_THEN_PLAN_YEARS,
    # NEXT_YEAR_PLAN_IN_REPORT (pt-soe),
    # TERM_CAMPAIGN_WORDING (pt-road's 三年提升工程) and OCR_SPACE_BEFORE_COMMA (cs-hpf's "起施行 ， 有效期 5年").
    # Misses left: wangjiang's title (only after its preamble), pt-land's issuer (named in its title before 开展, no
    # 关于), cs-hpf's OCR'd red head, signature and 文号 ("长金管委 \t〔2022〕3号")
    "heldout53": (14, {"title": 13, "kind": 13, "issuer": 10, "doc_number": 4, "years": 7}),
    # round 54, scored once at 05:36 UTC on 2026-12-07: title 11, kind 11, issuer 9, 文号 8 of 9, years 1. After
    # fixmeta54 (session 40; tests/test_fixmeta54.py): years 2 with TERM_UNTIL (nat-shenzhen-bay's land-use term "至
    # 2047年6月30日止"); 文号 8 of 8 with the scorer's NO_NUMBER_NOTED (ahsz's entry: "no 文号", the number it names the
    # cited measures'). Miss left: ahsz's issuer (市房管中心; the full name only in the page's <title> and meta tags)
    "heldout54": (11, {"title": 11, "kind": 11, "issuer": 9, "doc_number": 8, "years": 2}),
    # round 56, scored once at 11:47 UTC on 2026-12-07: title 10, kind 12, issuer 7 of 10, 文号 5, years 3. After
    # fixmeta56 (session 42; tests/test_fixmeta56.py): title 12 with COMMENT_DRAFT_QUALIFIER (bj-presale's
    # "（2023年修订版 公开征求意见稿）") and SPACE_BEFORE_QUOTED (pt-jinjing's "印发 《…》"), issuer 8 with
    # ONE_ORGAN_A_LINE (bj-catering's nine signers one a line) and the scorer's JOINT_ISSUER_WITH. Misses left:
    # sh-housing-gift's issuer (signed short, 市住房城乡建设管理委 …, the entry gives the full names),
    # sy-house-checkup's (the file prints none; the entry names the notice's bodies without "not printed"; not scored
    # since fixmeta57's ISSUER_NOT_IN_FILE: issuer 8 of 9)
    "heldout56": (12, {"title": 12, "kind": 12, "issuer": 8, "doc_number": 5, "years": 3}),
    # round 57, scored once at 14:10 UTC on 2026-12-07: title 10, kind 11, issuer 8 of 11, 文号 3 of 5, years 5. After
    # fixmeta57 (session 43; tests/test_fixmeta57.py): issuer 9 of 9 with COLUMN_TAG_BEFORE_ISSUER (chuzhou's
    # 【市级相关政策】) and the scorer's ISSUER_NOT_IN_FILE (the two 沈阳 attachments print no issuer), 文号 4 of 4 with
    # NUMBER_LINE_AS_SPACES (pt-transport's number between spaces) and the scorer's "without 文号" (pt-drug's entry
    # names a cited number). Miss left: pt-safety's title (the headline's short 《2022年度监督检查工作计划》; its
    # issuing sentence names it with the bureau's name in front - read so, lineage54's 2018 sampling plan lost its
    # 2017 edition)
    "heldout57": (11, {"title": 10, "kind": 11, "issuer": 9, "doc_number": 4, "years": 5}),
    # round 58, scored once at 17:16 UTC on 2026-12-07: title 7, kind 8, issuer 7, 文号 6, years 1. After fixmeta58
    # (session 44; tests/test_fixmeta58.py): title 9 with COMMENT_DRAFT_MARK (guiyang's "…十条措施（征求意见稿）")
    # and OPEN_BRACKET_HEADLINE with QUOTED_NAMES_TITLE (bj-housing-contract's 起草说明 over three antiword lines
    # broken inside its 《（…》), kind 9 and years 2 with FEEDBACK_LETTER_TITLE and REPORT_CITED_YEARS (pt-jinjing's
    # 反馈函, a report on 2015, not the cited 2014-2016 action plan)
    "heldout58": (9, {"title": 9, "kind": 9, "issuer": 7, "doc_number": 6, "years": 2}),
    # round 59, scored once at 20:19 UTC on 2026-12-07: title 9 (+1 notice's), kind 9, issuer 8 of 11, 文号 5 of 6,
    # years 5. After fixmeta59 (session 45; tests/test_fixmeta59.py): title 12 and kind 11 with NEWS_REPRINT (luoyang's
    # 财联社 page, "政策全文如下：", titled by its headline's first part; bozhou's lead "我市印发《…若干措施》" over its
    # measures) and VALIDITY_MARK_BEFORE_HEADLINE (dalian's "大连市人民政府 大政办发 [已废止]…的通知"), kind 12 with
    # EXPERIENCE_SHARED_TITLE (the COD letter, a report), issuer 11 with NEWS_SOURCE_ORGAN, that mark and
    # RED_HEAD_FILE_BEFORE_NUMBER (mee-overseas' "…商务部办公厅文件环办环评〔2022〕2号"), 文号 6 with the latter,
    # years 6 with VALID_UNTIL_UNDATED (bozhou's "有效期至2022年12月31日", no date of issue)
    "heldout59": (12, {"title": 12, "kind": 12, "issuer": 11, "doc_number": 6, "years": 6}),
    # round 60, scored once at 23:24 UTC on 2026-12-07: title 9, kind 8, issuer 8, 文号 5 of 6, years 4. After
    # fixmeta60 (session 46; tests/test_fixmeta60.py): issuer 9 and 文号 6 with LETTER_HEAD_WORD (mee-spatial's
    # letter head "…自然资源部办公厅函环办环评函〔2023〕34号"). Miss left: bj-mall-interp's kind (its entry says
    # report for a 《…》政策解读 page; every other 解读 of the corpus is an interpretation)
    "heldout60": (9, {"title": 9, "kind": 8, "issuer": 9, "doc_number": 6, "years": 4}),
}
# Every scored text of more than one line crawled onto one line (eval_metadata --one-line, 149 texts), measured by
# meta18 (session 18): on main title 50, kind 136, issuer 51, 文号 3, period 16, years 46; after the rules of
# "Plan metadata of texts crawled onto one line" (a portal table's glued rows, run-on titles, a database header):
# the rounds scored when it was measured (later rounds are measured apart)
ONE_LINE_SPLITS = ("dev", "heldout", *(f"heldout{n}" for n in range(2, 15)))
# title 93 and issuer 84 after fix17seg (session 19: GLUED_FRONT_MATTER, a run-on guide's kind, the headline's fuller
# issuer)
# raised by meta19b (session 19: a Markdown export's front matter glued onto one line, a cover's issuers and date run
# on after its title, a signature before a page's footer, a 文号 glued between page words and the notice title, a
# standard's cover titled after its number): measured on main (with fix17seg's) and after, title 93 -> 97, issuer
# 84 -> 91, 文号 37 -> 42, years 82 -> 85
# Session 20: bench/one_line.py takes a carriage return for a break too; the texts that ended their lines with \r
# alone are now really joined, and one title, one issuer and one year of them are lost so (title 97 -> 96, issuer
# 91 -> 90, years 85 -> 84):
# the measure changed, not the rules (every line-broken figure the same).
# meta22 (session 22: GLUED_HEADLINE_FIELD, GLUED_ADOPTION_NOTE) title 96 -> 98, kind 145 -> 146; period 16 -> 15: the
# 19th party congress's report (heldout) was titled by its file name on one line, so its body's 十三五 counted; titled
# now, it is a report and takes no period from its body, as with its breaks (the line-broken figure unchanged).
# issuer 90 -> 91 with SOURCE_VALUE_RUN_ON (+8 more on rounds 15-21, which these splits leave out)
# Session 24: issuer 91 -> 92 and 文号 42 -> 41, one text traded: gz-public-rental-mgmt-2024 joined (a saved portal
# page whose <h1> reads "（转载）广州市人民政府办公厅关于印发…的通知") now takes its issuer from that headline
# (fix25seg's HEADLINE_ELEMENT and the （转载） mark stripped) but no longer finds 穗府办规〔2024〕13号
# centred below it.
# issuer 92 -> 93 after meta30 (ENERGY_REGULATOR_SHORT, hb-spot-surplus-2019 joined)
# title 98 -> 100 after meta42 (session 33: SIGNED_THEN_NAMED, a signature run into the title the notice named in 《》)
# years 85 with DATE_VALUE_RUN_ON and PRINTED_ON
# issuer 94 after fixmeta45 (ADOPTING_MEETING_ORGAN: gd-public-data-2021 joined, "…已经2021年9月22日十三届广东省人民政府
# 第162次常务会议审议通过，现予公布")
# 文号 42 after meta48 (session 36: NUMBER_OVER_ISSUER, gz-public-rental-mgmt-2024 joined, "穗府办规〔2024〕13号…关于")
# title 101, issuer 95, years 86 after meta53 (session 39: TITLE_ENDING_JOINED, SPACED_SIGNATURE_AFTER_ANNEX_LIST,
# TERM_FROM_NEW_YEARS_DAY)
# years 87 after fixmeta54 (session 40: NUMBER_AFTER_LABEL, bj-newenergy-heating-call-2026 joined: its 文号 dates it)
ONE_LINE_FLOORS = {"title": 101, "kind": 146, "issuer": 95, "doc_number": 42, "period": 15, "years": 87}
# The rounds scored after those floors were set (heldout15 … heldout21, 54 texts of more than one line), measured by
# meta22 (session 22): on main title 38, kind 48, issuer 34, 文号 11, period 2, years 30; after GLUED_HEADLINE_FIELD,
# GLUED_ADOPTION_NOTE and SOURCE_VALUE_RUN_ON as below.
LATER_ONE_LINE_SPLITS = tuple(f"heldout{n}" for n in range(15, 22))
# issuer 44 after meta30 (ENERGY_REGULATOR_SHORT, hb-peak-settlement-2021 joined)
# title 45 and years 32 after meta42 (session 33: sh-carbon-market-reform-2026 joined, titled with its bracketed years)
# years 37 with DATE_VALUE_RUN_ON ("发布日期：2025-01-01来源：…" on one line)
# 文号 12 after meta48 (session 36: NOTICE_TITLE_NUMBER_BRACKETS, nat-drug-list-notice-2025 joined)
# issuer 45 after meta52 (session 38: SOURCE_EMPHASIS_END, gz-social-insurance-backpay-guide-2026 joined)
# 文号 13 after fixmeta54 (session 40: NUMBER_AFTER_LABEL, fl-energy-station-2023 joined)
LATER_ONE_LINE_FLOORS = {"title": 45, "kind": 52, "issuer": 45, "doc_number": 13, "period": 2, "years": 37}
# The rounds scored after those (heldout22 … heldout39, 169 texts of more than one line), floors added by meta40
# (session 32) at its measure: on main title 87, kind 147, issuer 67, 文号 22, period 8, years 57; after
# GLUED_BOLD_LINES (a page read as Markdown and crawled onto one line is read again by its bold lines when it gives no
# title otherwise; title 95), GLUED_RELEASE_LEAD (a release's headline glued to its "近日，" lead; title 97) and
# LEAD_AFTER_GLUED_TITLE (that lead glued to the title it names; issuer 70) as below.
LATEST_ONE_LINE_SPLITS = tuple(f"heldout{n}" for n in range(22, 40))
# title 102, issuer 72, 文号 23 after meta42 (session 33: GLUED_ATTACHMENT_LABEL, "附件2福建省…条例" and four more;
# NUMBER_BEFORE_NOTICE_TITLE and SIGNED_IN_RUN_WITH_GAPS, south-ne-market-2025; SITE_BEFORE_HEADLINE)
# title 105, issuer 73, years 59 with SIGNED_THEN_NAMED (nat-healthreform-tasks-2016, nat-health-poverty-12fyp-2012,
# jl-agri-modern-14 joined)
# title 106, issuer 74, 文号 24 with TAB_SPACED_LABEL (jx-health-in-all-policies-2025 joined); years 70 with
# DATE_VALUE_RUN_ON (eleven portal pages whose 发布日期 ran on into 来源)
# 文号 26 with BRACKETED_TABLE_NUMBER and NUMBER_TITLE_TAIL_CUT (sc-ne-price-reform-2025, jl-agri-modern-14 joined)
# years 71 after meta44 (SIGNED_MARKED_THEN_NAMED: hn-health-in-all-policies-2025 joined, "…日（此件主动公开）海南…")
# 文号 28 after fixmeta44 (NUMBER_BEFORE_RECIPIENTS: nat-clinical-pathway-notice-2016 and gx-farmland-upgrade-2023
# joined, the number between the page's words and the addressees)
# years 73 after meta48 (session 36: DATED_TERM_WORDING, DEADLINE_DAY; gz-assistive-device-rules-2019 and
# sx-special-teacher-nomination-2009 joined)
# 文号 30 after meta48 (session 36: NOTICE_TITLE_NUMBER_BRACKETS and NUMBER_OVER_ISSUER, nat-medins-standardization-2019
# and hn-health-in-all-policies-2025 joined)
# issuer 76 after meta52 (session 38: SOURCE_EMPHASIS_END, gz-points-hukou-faq-2025 and nat-green-cert-faq-2024 joined)
# issuer 78 after meta52 (SIGNED_IN_RUN: nat-tcm-decoction-coding-rules-2020 and gx-farmland-upgrade-2023 joined)
# period 9, years 75 after meta52 (LATEST_TEXT_PERIOD: ah-water-fyp14-news and sx-edu-fyp14-draft-2021 joined)
# title 107, kind 150 after fixmeta52 (DRAFTING_NOTE_ENDING's 》的说明: nat-fyp15-proposal-explanation-2025 joined)
# title 109, issuer 79, years 76 after meta53 (session 39: TITLE_ENDING_JOINED, SPACED_SIGNATURE_AFTER_ANNEX_LIST,
# TERM_FROM_NEW_YEARS_DAY)
# 文号 33, years 77 after fixmeta54 (session 40: NUMBER_AFTER_LABEL, bj-hydrogen-measures-2024 and
# bj-charging-rewards-2024 joined; READ_ALOUD_BUTTON, nm-green-direct-supply-2026 joined)
LATEST_ONE_LINE_FLOORS = {"title": 109, "kind": 150, "issuer": 79, "doc_number": 33, "period": 9, "years": 77}
# Round 40 and its second wave crawled onto one line (20 texts of more than one line), floors added by fixmeta41 at its
# measure
ROUND40_ONE_LINE_SPLITS = ("heldout40", "heldout41")
# title 12, issuer 10, 文号 4 after meta42 (session 33: NUMBER_BEFORE_NOTICE_TITLE, "南方监能市场〔2025〕142 号关于…";
# GLUED_RED_HEAD_GAPS, "…有限责任公司文件桂电交易〔2023〕137 号关于…" and the two bodies of hn-grid-safety-2025)
# title 13 with SIGNED_THEN_NAMED ("…国家煤矿安全监察局2018年5月2日**防治煤矿冲击地压细则**第一章…")
# kind 19 at session 34's start (measured by meta44 on main f0141c3c)
# years 4 after meta48 (session 36: TERM_FROM_NEW_YEAR, nf-unit-market-connection-2025 joined)
# issuer 13 after meta52 (session 38: SOURCE_AFTER_HEADLINE and SOURCE_VALUE_RUN_ON's 根据《 and number: three
# heldout41 pages whose "来源：" was glued onto the headline, gz-farmer-training-2013 and two more)
# kind 20 after fixmeta52 (DRAFTING_NOTE_ENDING: sd-grid-rules-explanation-2025's "…》编制说明为深入贯彻…" joined)
# issuer 14 after meta53 (session 39: TITLE_ENDING_JOINED, SPACED_SIGNATURE_AFTER_ANNEX_LIST, TERM_FROM_NEW_YEARS_DAY)
# years 5 after meta54 (session 40: NEXT_YEAR_WORK, nf-midlong-contract-supervision-2025 joined)
ROUND40_ONE_LINE_FLOORS = {"title": 13, "kind": 20, "issuer": 14, "doc_number": 4, "years": 5}
# Round 42 and its second wave crawled onto one line (14 texts of more than one line), floors added by fixmeta42 at its
# measure: first scored title 6, kind 10, issuer 6, 文号 0, years 1; gd-animal-epidemic-2010 titled by its headline
# (REGULATION_HEADLINE) and a regulation so, and the speech's note naming its speaker (SPEECH_PART_NOTE) as below
ROUND42_ONE_LINE_SPLITS = ("heldout42", "heldout43")
ROUND42_ONE_LINE_FLOORS = {"title": 7, "kind": 12, "issuer": 7, "doc_number": 0, "years": 1}
# Round 44 crawled onto one line (9 texts of more than one line), floors added by fixmeta44 at its measure: first
# scored title 6, kind 7, issuer 4, 文号 0, years 4; the constitution's page a plan by its headline
# (NEWS_HEADLINE_DOCUMENT), two notices' 文号 glued before their addressees (NUMBER_BEFORE_RECIPIENTS), the vet-drug
# rules' issuer from its second decree (DECREE_ORGAN_NO_TITLE) and the three-year plan's years (TITLE_TERM_YEARS) as
# below
ROUND44_ONE_LINE_SPLITS = ("heldout44",)
ROUND44_ONE_LINE_FLOORS = {"title": 6, "kind": 8, "issuer": 5, "doc_number": 2, "years": 5}
# Round 44's second wave crawled onto one line (5 texts of more than one line), floors added by fixmeta45 at its
# measure: first scored title 4, kind 5, issuer 4, 文号 1, years 3; the vault page's headline glued to its "## 政策原文"
# heading (GLUED_MARKDOWN_HEADING, pds-transport-14fyp-2023) and the vault's listed issuer on one line
# (VAULT_ISSUER_LIST, hunan-power-support-action-2022) as below
ROUND45_ONE_LINE_SPLITS = ("heldout45",)
ROUND45_ONE_LINE_FLOORS = {"title": 5, "kind": 5, "issuer": 5, "doc_number": 1, "years": 3}
# Round 46 crawled onto one line (7 texts of more than one line), floors added by fixseg46 at its measure: first scored
# title 5, kind 6, issuer 1, 文号 0, years 4; issuer 2 with HEADLINE_SUBTITLE_ISSUER (nat-eco-zoning-interp-2024)
ROUND46_ONE_LINE_SPLITS = ("heldout46",)
# 文号 1 after meta48 (session 36: GLUED_NUMBER_GAP, jiangmen-talent-housing-voucher-2026 joined, "江建〔2026〕55 号")
# issuer 3 after meta52 (session 38: SIGNED_IN_RUN, zs-transport-14fyp-2022 joined)
ROUND46_ONE_LINE_FLOORS = {"title": 5, "kind": 6, "issuer": 3, "doc_number": 1, "years": 4}
# Round 46's second wave crawled onto one line (4 texts of more than one line), floors added by fixseg47 at its measure:
# first scored title 1, kind 3, issuer 0, 文号 0, years 0; issuer 2 with STATE_COUNCIL_SPEAKER (nat-gwr-1984 and
# nat-gwr-2005)
ROUND47_ONE_LINE_SPLITS = ("heldout47",)
# years 2 after meta48 (session 36: WORK_REPORT_REVIEWED_YEAR, nat-gwr-2005 and nat-gwr-1984 joined)
ROUND47_ONE_LINE_FLOORS = {"title": 1, "kind": 3, "issuer": 2, "doc_number": 0, "years": 2}
# Round 48 crawled onto one line (9 texts of more than one line), floors added by fixseg48 at its measure: first scored
# title 6, kind 9, issuer 3, 文号 1, years 6 (unchanged by fixseg48)
ROUND48_ONE_LINE_SPLITS = ("heldout48",)
# title 7 after meta53 (session 39: TITLE_ENDING_JOINED, SPACED_SIGNATURE_AFTER_ANNEX_LIST, TERM_FROM_NEW_YEARS_DAY)
ROUND48_ONE_LINE_FLOORS = {"title": 7, "kind": 9, "issuer": 3, "doc_number": 1, "years": 6}
# Round 48's second wave crawled onto one line (8 texts of more than one line), floors added by fixseg49 at its
# measure: first scored title 3, kind 5, issuer 3, 文号 2, years 3
ROUND49_ONE_LINE_SPLITS = ("heldout49",)
# title 4, kind 6 after fixmeta52 (DRAFTING_NOTE_ENDING's 》的说明: fenghuang-fyp14-outline-explainer-2022 joined)
# 文号 3, years 4 after fixmeta54 (session 40: NUMBER_AFTER_LABEL, linyi-emergency-support-action-interp-2021 joined)
ROUND49_ONE_LINE_FLOORS = {"title": 4, "kind": 6, "issuer": 3, "doc_number": 3, "years": 4}
# Round 50 crawled onto one line (8 texts of more than one line), floors added by fixseg50 at its measure: first scored
# title 6, kind 8, issuer 1, 文号 1, years 6; title 7 with TRAILED_REPEATED_HEADLINE (the page's <title> and its site
# glued before the headline, "…规划_百度百科…规划", nat-culture-industry-14fyp-baike-2021)
ROUND50_ONE_LINE_SPLITS = ("heldout50",)
ROUND50_ONE_LINE_FLOORS = {"title": 7, "kind": 8, "issuer": 1, "doc_number": 1, "years": 6}
# Round 50's second wave crawled onto one line (7 texts of more than one line), floors added by fixseg51 at its
# measure: first scored title 5, kind 6, issuer 0, 文号 0, years 4; title 6, kind 7 and issuer 1 with LONG_COLUMN_TAG,
# INTERPRETER_TITLE, PORTAL_LIST_LABELS, GLUED_LIST_BULLET and UNPLACED_PORTAL_ISSUER (anqiu-fyp14-outline-interp-2021:
# its Markdown list of fields run on, "发布机构:市发改局- 发文日期:2021-07-02-")
ROUND51_ONE_LINE_SPLITS = ("heldout51",)
# issuer 2 after meta52 (session 38: SIGNED_IN_RUN, nat-digital-transport-outline-2019 joined)
ROUND51_ONE_LINE_FLOORS = {"title": 6, "kind": 7, "issuer": 2, "doc_number": 0, "years": 4}
# Round 52 crawled onto one line (14 texts of more than one line), floors added by fixmeta52 at its measure: first
# scored title 8, kind 12, issuer 6, 文号 7, period 2, years 8; title 10, kind 14 with DRAFTING_NOTE_ENDING (bj's
# "…》起草说明一、起草背景…", lijiang's "…》的说明民风民俗 1 0…"), issuer 8 with SPEAKER_UNDER_DATE (lijiang) and
# JOINT_ISSUER_AND (zhuanglang)
ROUND52_ONE_LINE_SPLITS = ("heldout52",)
# issuer 9 after meta53 (session 39: TITLE_ENDING_JOINED, SPACED_SIGNATURE_AFTER_ANNEX_LIST, TERM_FROM_NEW_YEARS_DAY)
ROUND52_ONE_LINE_FLOORS = {"title": 10, "kind": 14, "issuer": 9, "doc_number": 7, "period": 2, "years": 8}
# Round 53 crawled onto one line (14 texts of more than one line), floors added by fixmeta53 at its measure: first
# scored title 9, kind 13, issuer 8, 文号 4, years 3; title 11 with DATED_NOTE_AFTER_TITLE (bj's note cut by a tab) and
# TABLE_NAME_FIELD (qingyang), issuer 10 with NUMBERED_ORDER_NOTE (bj) and CRAWLER_HEADER_LABELS with ISSUER_SHAPE
# (pt-road's 发布机构 run on into the body, 1,500 characters read as its issuer)
ROUND53_ONE_LINE_SPLITS = ("heldout53",)
# title 12 after fixmeta58 (COMMENT_DRAFT_MARK: hi-hpf-downpayment-withdrawal-draft-2023, "…的通知（征求意见稿）")
ROUND53_ONE_LINE_FLOORS = {"title": 12, "kind": 13, "issuer": 10, "doc_number": 4, "years": 7}
# Round 54 crawled onto one line (11 texts of more than one line), floors added by fixmeta54 at its measure: first
# scored title 10, kind 11, issuer 9, 文号 7 of 9, years 1; title 11 with APPROVED_ISSUING and NOTICE_DROPPED_DE
# (gd-consumption's "《…消费的若干措施》已经省人民政府同意，现印发给你们"), 文号 8 with NUMBER_OVER_TABLE_DATE (its
# "…的通知粤办函〔2023〕305号2023-11-24") and NO_NUMBER_NOTED (ahsz, not scored), years 2 with TERM_UNTIL
ROUND54_ONE_LINE_SPLITS = ("heldout54",)
ROUND54_ONE_LINE_FLOORS = {"title": 11, "kind": 11, "issuer": 9, "doc_number": 8, "years": 2}
# round 56 on one line, scored title 8, kind 11, issuer 7, 文号 4 of 5, years 2; after fixmeta56 title 11 (also
# DISCLOSURE_MARK_OVER_NUMBER: sh-housing-gift's "公 开沪建房管联〔2021〕476 号关于…"), 文号 5
ROUND56_ONE_LINE_SPLITS = ("heldout56",)
ROUND56_ONE_LINE_FLOORS = {"title": 11, "kind": 11, "issuer": 7, "doc_number": 5, "years": 2}
# round 57 on one line, scored title 9 (+1 notice's), kind 11, issuer 8 of 11, 文号 3 of 5, years 5; after fixmeta57
# title 10 (NOTICE_RUN_ON_DATE_FIELD: bj-protitle's "…的通知发布日期：2018-02-08各区委、…"), issuer 9 of 9 (also
# JOINT_MEETING_SIGNER: chuzhou's "…执行。滁州市房地产工作联席会议2024年5月23日…"), 文号 4 of 4
ROUND57_ONE_LINE_SPLITS = ("heldout57",)
ROUND57_ONE_LINE_FLOORS = {"title": 10, "kind": 11, "issuer": 9, "doc_number": 4, "years": 5}
# round 58 on one line, scored title 7 (+1 notice's), kind 7, issuer 7, 文号 6, years 1; after fixmeta58 title 8 (+1
# notice's: guiyang's 公告 headline, the call for comments run on) with QUOTED_NAMES_TITLE (bj-housing-contract's
# "《…》、《…》的起草说明一、起草背景…", 72 characters), kind 9, years 2
ROUND58_ONE_LINE_SPLITS = ("heldout58",)
ROUND58_ONE_LINE_FLOORS = {"title": 8, "kind": 9, "issuer": 7, "doc_number": 6, "years": 2}
# round 59 on one line, scored title 5 (+1 notice's), kind 7, issuer 5 of 8, 文号 2 of 5, years 3; after fixmeta59
# title 7, kind 8, issuer 6, years 4 (dalian's mark, bozhou's reprint: NEWS_REPRINT_GLUED_PART), 文号 3 with
# NUMBER_FIELD_FILE_NUMBER (dalian's "文件编号:大政办发〔2021〕31号"). Misses left: luoyang's headline glued to its
# summary (no title), cq-consumption's "…行政规范性文件" series line over its glued date and signers
ROUND59_ONE_LINE_SPLITS = ("heldout59",)
ROUND59_ONE_LINE_FLOORS = {"title": 7, "kind": 8, "issuer": 6, "doc_number": 3, "years": 4}
# round 60 on one line, scored title 8, kind 7, issuer 8, 文号 4 of 5, years 4; after fixmeta60 文号 5 with
# NUMBER_AFTER_DISCLOSURE_SCOPE (cixi's portal block, its labels lost: "…面向社会慈住建〔2023〕36号发布日期：…")
ROUND60_ONE_LINE_SPLITS = ("heldout60",)
ROUND60_ONE_LINE_FLOORS = {"title": 8, "kind": 7, "issuer": 8, "doc_number": 5, "years": 4}
# Titles read exactly on dev: a slip on any of them is a regression of a rule.
EXACT_TITLES = (
    "nat-voc-edu-2019", "nat-gov-newmedia-2018", "nat-grain-emergency-2005", "sh-disaster-2020",
    "zj-gov-report-2026", "sn-gov-report-2026", "jl-gov-report-2026", "nat-env-supervision-2014",
    "nat-env-decision-2005", "nat-quake-defence-1996", "nat-social-org-1997", "bj-quake-resilience-guide",
)  # fmt: skip


def test_metadata_floors_on_dev() -> None:
    rows = [score(doc) for doc in documents("dev")]
    assert len(rows) == 39  # 31, and 8 one-line crawls added by seg8dev (round 8 dev)
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in FLOORS.items()), total
    by_id = {r.doc: r for r in rows}
    assert [d for d in EXACT_TITLES if by_id[d].title != "exact"] == []


def test_metadata_floors_on_round_1() -> None:
    rows = [score(doc) for doc in documents("heldout")]
    assert len(rows) == 14
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in HELDOUT_FLOORS.items()), total


def test_metadata_floors_on_round_6() -> None:
    rows = [score(doc) for doc in documents("heldout6")]
    assert len(rows) == 14
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in HELDOUT6_FLOORS.items()), total


def test_metadata_floors_on_round_7() -> None:
    rows = [score(doc) for doc in documents("heldout7")]
    assert len(rows) == 11
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in HELDOUT7_FLOORS.items()), total


def test_metadata_floors_on_round_14() -> None:
    rows = [score(doc) for doc in documents("heldout14")]
    assert len(rows) == 13
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in HELDOUT14_FLOORS.items()), total


def test_joint_issuers_parted_by_a_slash_are_folded_as_by_the_enumeration_comma() -> None:
    # "生态环境部 / 农业农村部" (nat-agri-nonpoint-interp-2021's corpus entry)
    from bench.eval_metadata import issuer_key

    assert issuer_key("生态环境部 / 农业农村部") == issuer_key("生态环境部、农业农村部")


@pytest.mark.parametrize("split", sorted(ROUND_FLOORS))
def test_metadata_floors_on_the_other_rounds(split: str) -> None:
    count, floors = ROUND_FLOORS[split]
    rows = [score(doc) for doc in documents(split)]
    assert len(rows) == count
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in floors.items()), total


def test_metadata_floors_on_every_text_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 149
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_the_later_rounds_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in LATER_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 54
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in LATER_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_the_latest_rounds_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in LATEST_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 169
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in LATEST_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_40_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND40_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    # 21 since seg42's SCRIPT_TEMPLATE_FRAGMENT: nat-standardization-law-2017, a JS template literal, is read as its
    # lines (before, trafilatura kept one line of it, so it was no text of more than one line to crawl onto one)
    assert len(rows) == 21
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND40_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_42_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND42_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 14
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND42_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_44_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND44_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 9
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND44_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_45_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND45_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 5
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND45_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_46_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND46_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 7
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND46_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_47_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND47_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 4
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND47_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_48_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND48_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 9
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND48_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_49_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND49_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 8
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND49_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_50_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND50_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 8
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND50_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_51_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND51_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 7
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND51_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_52_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND52_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 14
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND52_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_53_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND53_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 14
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND53_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_54_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND54_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 11
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND54_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_56_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND56_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 11
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND56_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_57_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND57_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 11
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND57_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_58_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND58_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 9
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND58_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_59_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND59_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 9
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND59_ONE_LINE_FLOORS.items()), total


def test_metadata_floors_on_round_60_crawled_onto_one_line() -> None:
    rows = [score(doc, joined=True) for split in ROUND60_ONE_LINE_SPLITS for doc in documents(split) if multi_line(doc)]
    assert len(rows) == 8
    total = totals(rows)
    assert all(total[name]["right"] >= floor for name, floor in ROUND60_ONE_LINE_FLOORS.items()), total
