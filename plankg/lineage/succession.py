"""Which plan follows which: ``(Plan)-[:FOLLOWS]->(Plan)`` when the manifest does not say.

A plan of kind ``plan`` follows the plans of the nearest earlier period issued at the same
level for the same region, when their titles share a subject. 解读 (interpretations) and
reports are not steps of a succession. Several predecessors are allowed: a 十四五 S&T-centre
plan follows both the 十二五 S&T plan and the 十二五 industrial-technology plan when the folder
holds no 十三五 plan. A manifest ``follows:`` list overrides the inference for that plan.

Pure: plan records in, successions out; the graph step lives in ``plankg.lineage.link``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from scipy import sparse

from plankg.lineage.similarity import LineageTerms, bigram_codes, bigrams
from plankg.loaders.rules.structure import DOC_NUMBER_TEXT as DOC_NUMBER
from plankg.loaders.rules.structure import SPEAKER_LINE, STATE_COUNCIL, TITLE_OWN_YEAR
from plankg.loaders.text.furniture import metadata_block
from plankg.loaders.text.read import period_years

# A sub-region named right after the region in a title makes the issuer a district or county
# government, not the region's own: "上海市浦东新区科技创新“十四五”规划" is not a step of
# "上海市科技创新“十三五”规划". Two to six characters ending in 区/县/市 right after the region.
SUB_REGION = re.compile(r"^市?(?P<name>[\u4e00-\u9fff]{2,6}?(?:新区|区|县|市))")
# YEAR_FIRST_TITLE: an annual plan names its year before its issuer ("2026年嘉定区违法用地综合整治实施方案",
# "2024年浦东新区生态环境保护工作要点"): the district named after the year is still the issuer, as in the
# district's multi-year plan "嘉定区违法用地综合整治三年行动工作方案（2024－2026）" whose last year the annual
# plan carries out (round 13: the year read as the title's start hid 嘉定区, so the annual plan was put at
# the city's level and followed nothing). A leading year ("2026年", "2026年度", "2024—2025年") is skipped
# before SUB_REGION is matched.
# BRACKETED_REGION (lead, session 36): a document-sharing site files a district's plan under its city in brackets,
# "（上海市）崇明区国民经济和社会发展十四五规划（2022年更新）" (cm-fyp14-outline-2021, round 48): the district after the
# bracket is still the issuer, as in "上海市崇明区…"; read as 上海's own plan, the city's "上海市城市更新和住房发展
# “十五五”规划" was taken to follow it (the titles share only the page's 更新 label).
BRACKETED_REGION_END = re.compile(r"^[市省]?[）)]")
BRACKETS_OPENING = "（("
YEAR_FIRST_TITLE = re.compile(r"^[ ]*(?:19|20)\d{2}(?:[ ]*[—\-－–至~～][ ]*(?:19|20)\d{2})?[ ]*年度?[ ]*")
# Common nouns of that shape open a city-wide plan's subject, not a district: "上海市城市更新和住房
# 发展“十五五”规划" is the city's own (城市更新), "上海市郊区…", "…市区…", "…园区…" likewise. The
# region's own 市 may be read into the name ("市城市"), so it is compared without it.
NOT_SUB_REGIONS = frozenset({"城市", "都市", "城区", "市区", "郊区", "园区", "社区", "小区", "开发区"})
# Words in any plan title that say nothing about its subject: the plan kind, the period,
# connectives. Titles are compared on what is left (character bigrams).
TITLE_NOISE = re.compile(
    r"“?(?:十[一二三四五六七八九]?|[六七八九])五”?|[“”《》〈〉\"'\s]|\d{4}(?:—|-|－|至)?\d{0,4}年?|"
    r"[〇○零一二三四五六七八九]{4}年|年|远景目标|"
    r"规划|计划|纲要|方案|发展|建设|具有|全球|影响力|的|和|与|及|关于|实施|行动|专项|市|省|"
    r"国民经济|社会|第[一二三四五六七八九十]+个五年|中华人民共和国"
)
# PLAN_PROPOSAL_FRAME (lead, session 28): a party committee's proposal for a five-year plan is the first text of that
# plan, titled in a frame around the plan's name: "中共中央关于制定国民经济和社会发展第十五个五年规划的建议"
# (nat-fyp15-proposal-2025, heldout30) is the 十五五 general plan as "中华人民共和国国民经济和社会发展第十二个五年
# …规划纲要" is the 十二五 one. Left in, the frame's 制定 and 建议 were its only subject, and the proposal followed no
# outline once its title was read (it had followed the 十二五 outline while the title was lost).
PLAN_PROPOSAL_FRAME = re.compile(r"(?<=关于)制定(?=[^《》]{2,60}(?:规划|纲要)的建议$)|(?<=规划|纲要)的建议$")
# A period named as a five-year plan's: "十四五", "“十二五”", "九五", "十五".
FIVE_YEAR_PERIOD = re.compile(r"^“?(?:十[一二三四五六七八九]?|[六七八九])五”?$")
# An edition named in a title: "（2015年版）", "（2021 版）", "(2018年修订版)". Editions of one guide,
# catalogue or standard system carry the same title apart from it (国家智能制造标准体系建设指南
# 2015年版 → 2018年版 → 2021 版, round 7).
# An annual edition names its year before 年度: "…重大研究计划2023年度项目指南" → "…重大研究计划项目指南".
# A yearly notice or work programme names the year it plans before its work (TITLE_OWN_YEAR):
# "关于做好2021年六五环境日宣传工作的通知" → "关于做好六五环境日宣传工作的通知".
# A school names its year 学年 as others name theirs 年度 (SCHOOL_YEAR, after round 19's score): "关于公布2019学年工作
# 要点的通知" and "关于公布2021年度工作要点的通知" (a school's yearly work points) are editions of one title.
TITLE_EDITION = re.compile(
    r"[（(](?:(?:19|20)\d{2})?[ ]*年?[ ]*(?:修订|修正)?[ ]*版[）)]|[（(](?:征求意见稿|试行|草案)[）)]|\s"
    r"|(?:19|20)\d{2}[ ]*(?:年度|学年)"
    rf"|{TITLE_OWN_YEAR.pattern}"
)
# REGIONLESS_EDITIONS: a plan whose region is unknown (neither its title nor its opening names a place or
# the country: "可解释、可通用的下一代人工智能方法重大研究计划" 2023 and 2024, annual guides of a national
# funding agency whose headlines were lost, round 8) is no step of a region's succession; it is still an
# edition of the plans that carry its very title (edition_title, and a title read from the text, not a
# file name), and follows the nearest earlier of them, whatever region they were given. Same title, an
# earlier year: the evidence a reader takes for two editions of one document.
REGIONLESS_EDITIONS = True
# CONTENT_EDITIONS: a plan that lost what the rules above read (its title: "nat-icvstd-2019", a file
# name; or its region: a ministry's notice names no place) and found no predecessor by them follows
# the earlier plan whose TEXT is most like its own, when the two are alike enough: an issuer's yearly
# document keeps its opening and closing formulas, its field's vocabulary and most of its phrasing
# from one edition to the next (工信部's 智能网联汽车标准化工作要点 2018 → 2019, both without a headline;
# the 生态环境部 环境日 notices 2018 → 2019 → 2020, whose titles differ by a word; the AI standards guide
# 2020 → 2024, whose second edition lost its headline: texts alike at 0.31–0.50, while two unrelated
# plans of a folder reach ~0.3 in one pair in a hundred). Alike: the cosine of the texts' character
# bigrams (TF-IDF over the folder's plans, ``text_likeness``). A plan without years of its own is placed
# by the years its body names (``body_years``: "2018年智能网联汽车标准化工作的总体思路"; a guide's targets
# "到2026年"). Only a plan whose title or region is unknown: two plans that both name them are judged by
# the rules above (two districts' fire-service plans are alike texts and no succession).
# Where both titles are known they must be nearly one title (EDITION_TITLE_SHARE of their subject
# bigrams shared): "关于做好2019年环境日宣传工作的通知" after "关于做好2018年六五环境日宣传活动的通知"
# (0.67), not "有色金属行业智能制造标准体系建设指南" after "国家智能制造标准体系建设指南" (0.5: a sector's
# guide drawn from the national one, alike in text, another document).
CONTENT_EDITIONS = True
# SUBJECT_NAMED: a text that lost its title still names its subject, most often of all its words ("船舶" 103 times
# in the 船舶总装建造智能化标准体系建设指南, a sector's guide drawn from the national 智能制造 guide and as alike
# in text, 0.36, as two yearly 环境日 notices). An edition names its predecessor's subject about as often (the
# most frequent character pairs of the 2019 notice, 宣传 境日 活动, occur in the 2018 one at 0.9–1.2 times
# their rate; those of the AI guide 2024, 智能 标准 人工, in the 2020 one at 0.8–1.0); a later text one of
# whose SUBJECT_TOP most frequent pairs the earlier text names at under SUBJECT_RATE of its rate (船舶: 0.05) is
# about another subject, and is no edition of it. (The false 船舶 guide 2019 → 智能制造 guide 2018 among the
# repository's real texts gone; every content edition of rounds 8–10 kept.)
SUBJECT_NAMED = True
SUBJECT_TOP = 3
SUBJECT_RATE = 0.1
EDITION_LIKENESS = 0.28
EDITION_TITLE_SHARE = 0.6
# SECTOR_SERIES: one ministry's series of guides, one per sector, share all of their titles but the sector
# ("建材行业智能制造标准体系建设指南（2021 版）（征求意见稿）", "有色金属行业智能制造标准体系建设指南（2023 版）",
# heldout7): their texts are alike and their titles nearly one, yet neither carries on the other's line of work.
# Two titles that both name a sector before 行业 or 工业, by two different characters, are siblings of a series,
# not steps of one line (钢铁工业 … → 推动钢铁工业 … stays one line).
SECTOR_SERIES = re.compile(r"(?P<sector>[\u4e00-\u9fff]{2})(?:行业|工业)")
BODY_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})[ ]*年")
# TITLE_PLACE: a title that opens with a place ("济南市智能网联汽车道路测试与示范应用管理办法（试行）") is that
# place's document, not a step of the same-titled document of the country or of another place
# ("智能网联汽车道路测试与示范应用管理规范（试行）", the ministries' rules a city's rules implement) even when
# neither region was recognised (guess_meta knows provinces, not every city). Two to six characters ending
# in 省, 市, 区, 县 or 州 at the start of the title; common nouns of that shape (NOT_SUB_REGIONS) are no place.
TITLE_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,6}?(?:自治区|省|市|区|县|州))")
# PROPOSED_PLAN_PLACE (fixlin45, session 34): a party committee's proposal for a five-year plan (PLAN_PROPOSAL_FRAME)
# opens with the committee, not with the plan's place: "中共福建省委平潭综合实验区工作委员会关于制定平潭综合实验区
# 国民经济和社会发展第十五个五年规划的建议" (lineage45) opened with "中共福建省" and "中共合肥市委关于制定合肥市
# 国民经济和社会发展第十五个五年规划的建议" (heldout30) with "中共合肥市", never the place of the outlines they
# carry on ("平潭综合实验区国民经济和社会发展第十四个五年规划…纲要": 平潭综合实验区). The place of such a title is
# that of the plan it frames.
PROPOSED_PLAN_PLACE = True
PROPOSED_PLAN = re.compile(r"关于制定(?P<plan>[^《》]{2,60}?(?:规划|纲要))的建议$")
# CITED_PREDECESSOR: a plan whose opening says it implements an earlier document of its folder by
# title ("为落实《关于加强智能网联汽车生产企业及产品准入管理的意见》…，现将有关事项通知如下", "为贯彻落实
# 《…指导意见》，制定本方案") carries on that document's line of work: it follows it, whatever the
# texts' years say (the cited one was issued first, even when neither text names its year). Only a
# cue of implementing (落实, 贯彻, 实施; not 根据/依据, which cite laws and general plans), in the
# opening CITED_OPENING characters. The cited document is the plan whose title is the cited one (the
# cited form may leave the issuer out: 《关于加强…的意见》 for "工业和信息化部关于加强…的意见"), or a plan that
# lost its title and whose opening states the cited title's subject and kind: "为加强智能网联汽车生产企业及
# 产品准入管理，…提出以下意见" is the 意见 "关于加强智能网联汽车生产企业及产品准入管理的意见". Not a plan of
# another issuer (a district's plan implementing the city's), nor one still running when the citing
# plan starts (a 2023–2025 行动方案 implementing the 十四五 plan is no step after it).
CITED_PREDECESSOR = True
CITED_OPENING = 600
CITING = re.compile(r"(?:贯彻落实|贯彻|落实|实施)(?P<titles>(?:《[^《》\n]{4,80}》[、和及与]?)+)")
CITED_TITLE = re.compile(r"《(?P<title>[^《》]+)》")
CITED_SUBJECT = re.compile(r"关于(?P<subject>[\u4e00-\u9fff、，（）()]{4,60})的(?P<kind>[\u4e00-\u9fff]{2,4})$")
# FOLLOW_UP_CITED: a document whose opening says what happened since an earlier document of its folder was
# issued ("《国务院关于…的通知》（国发〔2004〕32号）下发后，各地区…认真开展工作。…现将…通知如下", "《…行动计划》印发
# 以来", "国办发〔2019〕7号文件实施以来") takes up that document's work where it stands: it follows it, whatever
# its title (a follow-up notice is seldom titled like the document it carries out, so TITLE_ISSUER/SUBJECT_SHARE
# cannot see it) and whether or not it lost its own title or region. Only a citation by 《title》 and/or 文号
# followed by a cue of having been issued or applied (下发/印发/发布/出台/实施/施行 + 后/以来), in the opening
# FOLLOW_UP_OPENING characters; not 根据/依据/贯彻 (laws, general plans) — those are CITED_PREDECESSOR's. The cited
# document is the plan of the folder whose text opens with the cited title (its headline, whatever the
# metadata made of it) or whose opening carries the cited 文号 outside 《》; none the years put after the citing
# plan, none of another issuer where both regions are known.
FOLLOW_UP_CITED = True
FOLLOW_UP_OPENING = 600
FOLLOW_UP = re.compile(
    rf"(?:《(?P<title>[^《》\n]{{6,80}})》[（(]?(?P<number>{DOC_NUMBER})?[）)]?|(?P<bare>{DOC_NUMBER})(?:文件)?)"
    r"(?:[^，。；《》\n]{0,4}?)(?:下发|印发|发布|出台|实施|施行|颁布)(?:后|以来)"
)
FOLLOW_UP_HEADLINE = 80
# CITED_NUMBER: a later document of one issuer's numbered series that cites an earlier one of the folder by its
# 文号 anywhere in its text ("就医地经办机构要按照《…关于进一步做好…结算工作的通知》（医保发〔2022〕22号）要求做好…协查
# 工作" in a 医保发〔2024〕 notice) carries on that document's line of work where the body takes it up, not only
# in its opening (FOLLOW_UP_CITED). Citations of laws and general plans are as common, so only: the cited plan
# carries that 文号 as its own (in its headline lines, outside 《》); the citing plan's own 文号 is of the same
# series (one issuer code: 医保发 and 医保发, 国办发 and 国办发; not 国发 citing 国办发, nor 卫医发 citing 农医发)
# and of a later year than the cited one; and their titles share a subject (at least CITED_NUMBER_SHARE of the
# larger title's subject pairs: "加强异地就医直接结算管理服务" and "做好基本医疗保险跨省异地就医直接结算工作", 9 of 19).
# A five-year plan follows the five-year plan before it, as in the title rules: the 国家环境保护“十一五”规划
# (国发〔2007〕37号) cites 国务院关于落实科学发展观加强环境保护的决定 (国发〔2005〕39号) as its basis, no edition of it.
CITED_NUMBER = True
CITED_NUMBER_SHARE = 1 / 3
# CITED_WITH_TITLE (fixlin57, round 57): a plan the page publishes without a 文号 of its own has no series to match
# (CITED_NUMBER wants the citing plan's code to be the cited one's), though its body may name the earlier plan it
# builds on beyond doubt, by its title and its 文号 together: the 平潭 综合执法与应急管理局's June 2021 集中攻坚 plan
# (no 文号) has every enterprise check itself "在前期下发的《2021年全区工矿商贸企业安全生产“五个一批”大整治活动实施
# 方案》（岚执法应急〔2021〕100号）…基础上", the bureau's April campaign it carries on (round 57; the same year, so no
# title or content rule placed it). Such a plan follows the plan of the folder whose own 文号 is the one cited right
# after a 《title》 that is that plan's title (is_cited), when: the citation is no basis (BASIS_CITED); both plans
# name one lead issuer (the page's 发布机构), so the cited code is the issuer's own series; the cited 文号's year is
# not after the citing plan's; and their titles share a subject as CITED_NUMBER's do (CITED_NUMBER_SHARE).
CITED_WITH_TITLE = True
CITED_TITLE_BEFORE = re.compile(r"《(?P<title>[^《》]{6,100})》[（(]$")
# SERIES_CONTENT: a later notice of one issuer's 文号 series that cites nothing of the folder but takes up an
# earlier notice's work in a narrower scope (the 医保办发〔2024〕19号 notice bringing five more 门诊慢特病 into the
# cross-province direct settlement the 医保发〔2022〕22号 notice set up, restating its payment, settlement and
# management rules) follows the earlier notice whose text is most like its own, when: it found no predecessor
# otherwise and its region is unknown (a ministry's notice names no place; two plans that name their region are
# judged by the title rules, as in CONTENT_EDITIONS: a city's action plans of one 沪府办发 series are alike in
# phrasing and share words of their titles, and are seldom editions of each other); both carry their own 文号
# in their headline lines, of one issuer (codes alike but for the office's 办: 医保办发 is the 国家医保局's office,
# 国办发 the 国务院's; same_series); its year is later; the texts are alike (EDITION_LIKENESS, as
# CONTENT_EDITIONS); their titles share a term (SERIES_TITLE_PAIRS character pairs: 直接结算) and one cadence.
# Over the repository's 203 real texts it adds that one succession and no false one (the pairs it would see
# otherwise are five-year plans and the decisions they cite, or pairs found already).
SERIES_CONTENT = True
SERIES_TITLE_PAIRS = 3
# ISSUER_SERIES (fixlin55, after round 55's score): a county bureau's yearly campaigns are crawled from its site
# with no 文号 and no region the metadata knows (平潭综合实验区 is no province: guess_meta reads none), and are
# renamed from one edition to the next: the 平潭综合实验区市场监督管理局's "关于2016年继续深入开展创建
# “无传销社区（片区）”活动的通知" → "关于组织开展2017年创建无传销示范点活动的通知" (5 of 20 subject pairs
# shared); its "食品生产加工小作坊小餐饮店小摊贩食品安全专项整治工作方案" (2016) → "食品生产加工小作坊
# 专项整治工作方案" (2017, the campaign narrowed to one of its three strands); its "2016年旅游景区餐饮服务
# 食品安全和价格服务专项整治实施方案" → "…关于开展2018年旅游景区及周边食品安全专项整治通知" (no 2017
# edition). Region-less, each was judged by CONTENT_EDITIONS alone, whose near-identical title (EDITION_TITLE_SHARE
# 0.6) none met, though the texts are alike at 0.38–0.58 while the bureau's other campaigns stand at 0.11–0.24 to
# them. The issuer the page names (发布机构, the signature) is the series a 文号 code is for SERIES_CONTENT: a
# region-less plan that found no predecessor otherwise follows the most alike earlier plan of its named lead issuer
# as SERIES_CONTENT would (EDITION_LIKENESS, SUBJECT_NAMED, SERIES_TITLE_PAIRS title pairs, one cadence; not a
# sibling of a sector series), where the two carry no 文号 of two series. Over the repository's 727 real texts it
# adds those three and no other: of one issuer, alike and titled apart, the 国家能源局江苏监管办公室's 2019
# registration notice after its 2018 supervision notice (0.32) shares one title pair (电力); the 工业和信息化部's
# 石化 and 有色金属 guides after the national 智能制造 guide (0.28–0.38) fail SUBJECT_NAMED.
ISSUER_SERIES = True
# NAMED_OBJECT_SERIES (fixlin57, round 57): a bureau's yearly round of one line of work may shrink to an itinerary one
# year and grow back into a plan the next: the 平潭 综合执法与应急管理局's "关于开展有限空间作业专家指导服务工作方案"
# (2022) → "…工贸重点企业有限空间作业指导帮扶工作方案" (2023, five days of visits to named enterprises) →
# "…2024年工贸重点企业有限空间作业专家指导服务实施方案". The itinerary is mostly company names and dates, so its text is
# alike its predecessor and its successor at 0.22–0.23 only (EDITION_LIKENESS 0.28), though the bureau's other
# campaigns stand at 0.10–0.15 to it. Their titles name one object of work in a long shared stretch (有限空间作业, 6
# characters; 工贸重点企业有限空间作业), where the bureau's other titles share 企业 or 整治. ISSUER_SERIES takes an
# earlier plan of the issuer whose title shares such a stretch (shared_title_words, NAMED_OBJECT_CHARS characters) at
# NAMED_OBJECT_LIKENESS; every other condition stands (SUBJECT_NAMED, one cadence, not a sector sibling).
NAMED_OBJECT_SERIES = True
NAMED_OBJECT_CHARS = 6
NAMED_OBJECT_LIKENESS = 0.2
# ISSUER_NEXT_IN_LINE (fixlin57): as NEXT_IN_LINE for CONTENT_EDITIONS, an ISSUER_SERIES succession that skips an
# edition moves to it: the 2024 有限空间 plan is alike the 2022 plan (0.25) a little more than the 2023 itinerary (0.23)
# that carries the 2022 plan on; placed after the 2022 plan it skipped the step between. A succession A → B moves to the
# latest plan C that ISSUER_SERIES places after B, dated between B and A, when A may follow C as well.
ISSUER_NEXT_IN_LINE = True
# RENAMED_SERIES_CONCEPT (lin59, issue 8): a yearly campaign may be renamed in other words for one line of work, so
# that its title shares no subject pair with its predecessor's but the issuer's own name: 芦洋乡人民政府's
# "芦洋乡夏季消防安全检查实施方案" (2016) → "芦洋乡火灾隐患排查活动实施方案" (2017; the same months, 劳动密集型企业,
# 学校、敬老院 as objects, 自查自纠/专项检查/重点检查 stages), alike at 0.31, the most alike of the township's texts.
# SERIES_TITLE_PAIRS counted only 芦洋 and 洋乡 (its place). ISSUER_SERIES takes the title condition as met when
# both titles name one concept of the lineage vocabulary (plankg/data/lineage_terms.yaml: 消防 and 火灾隐患 are terms of
# 城市安全) by a term of the concept itself, not only through a broader one; every other condition stands
# (EDITION_LIKENESS, SUBJECT_NAMED, one cadence, no sector siblings). The vocabulary names lines of work, not generic
# words, so a shared concept is the evidence a shared subject pair is. Over the repository's 780 scored texts it adds
# that succession and no other. (A concept 消防安全 of its own, 消防 moved out of 城市安全, inferred the same but
# cost lineage5's fire plans five links: precision 0.555 → 0.526.)
RENAMED_SERIES_CONCEPT = True
# PERIOD_REVIEWED: a document of the next five-year period carries on the work of its field from the period before
# without citing the earlier document by title or number: its opening reviews the period just ended and sets its goal
# for the period it works in ("“十三五”期间，我国充电基础设施实现了跨越式发展…到“十四五”末，我国电动汽车充电保障能力进
# 一步提升", 发改能源规〔2022〕53号, after the 国办发〔2015〕73号 opinion whose 工作目标 is "到2020年…"; round 22).
# Its title shares the field with the earlier one's but is longer (…服务保障能力, 9 of 20 pairs, below SUBJECT_SHARE)
# and the issuers differ (国务院办公厅, then 国家发展改革委 and nine departments), so neither the title rule nor a
# citation placed it. A plan that found no predecessor otherwise follows the plan whose targets end with the reviewed
# period, when: its opening (PERIOD_OPENING characters: a saved page's front matter, menus and headline lines come
# first; a beijing.gov.cn page's 文号 stands 4,850 characters into the saved Markdown, LABELLED_NUMBER) names a period
# that ended before the plan's start (PERIOD_NAMED: 期间, 时期, 以来, 末) and the period right after it (named, or by
# its last year as a target: PERIOD_TARGET "到2025年"); the earlier plan's years end in the reviewed period's last
# year (到2020年 for 十三五) and start within or just before it; the two are of one issuer line (CENTRAL_ISSUER) and
# one place where both titles name one; and the earlier title's field lies in the later title (PERIOD_SUBJECT_PAIRS
# character pairs shared, and SUBJECT_SHARE of the shorter title's). The review and the next goal are the evidence a
# reader takes for a next-period document of one field; a field word alone (环境保护, 3 pairs) is too broad to carry
# it. Over the repository's 324 real texts it adds this succession only.
PERIOD_REVIEWED = True
PERIOD_OPENING = 6000
PERIOD_NAMED = re.compile(r"(?<![第\d])“?(十[一二三四五六七八九]?|[六七八九])五”?(?:期间|时期|以来|期末|末)")
PERIOD_SUBJECT_PAIRS = 4
PERIOD_TARGET = re.compile(r"到((?:19|20)\d[05])年")
# CENTRAL_ISSUER: a national document's successor in its field is often issued by another central body than the
# first (国务院办公厅 sets the line, 国家发展改革委 and the departments carry it on; round 22), while a city's bureau on
# the same field is another line altogether (广州市工业和信息化委员会's EV-charging notice 穗工信规字〔2017〕2号, whose
# targets end in 2020 as well, is no predecessor of the national 2022 opinion). Where a region is unknown, both plans'
# lead issuers must be named and be one body, or both central: the State Council and its office, the Party centre,
# a body named 国家…/全国… (国家发展改革委, 国家能源局, 国家医保局), or a ministry (a name ending in 部, or its 办公厅:
# 工业和信息化部, 生态环境部办公厅) that names no place (a province's or city's department names its 省/市/区).
CENTRAL_ISSUER = re.compile(r"^(?:中华人民共和国|中共中央|国务院|国家(?!级)|全国)|^[^省市县区州]{2,10}部(?:办公厅)?$")
# TERM_PLAN_SERIES (fixlin41, after round 41's lineage score): a city's action plans titled by their own term of
# several years ("上海市北斗产业高质量发展三年行动计划（2021-2023年）", "上海市促进商业航天发展打造空间信息产业高地行
# 动计划（2023—2025年）", 沪府办发〔2023〕19号) are a series in back-to-back terms as five-year plans are: the next
# plan of the field starts in the year the last one ends (or the year after), runs as long, and is often renamed as
# its field widens (北斗 → 商业航天 and 空间信息, the BeiDou strand kept by name: 推进北斗规模应用, 青浦北斗空间信息应
# 用示范区). Their titles share too little for SUBJECT_SHARE (产业 and 业高 of 6 and 14 pairs), so the later plan
# followed nothing without a manifest. A plan with no predecessor otherwise follows the plan of its issuer when: both
# titles name their term (TITLE_TERM, the same length, at least two years); the later term starts in the earlier's
# last year or the next; the titles share a subject pair; and the later TEXT names most of the earlier title's subject
# (TERM_SUBJECT_NAMED of its pairs: 北斗, 产业, 高质, 质量, 业高 of 6) — the evidence a reader takes for a field
# carried on under a new name. An 意见 or 通知 dated by its body's years is no term plan (its title names no term).
TERM_PLAN_SERIES = True
TITLE_TERM = re.compile(
    r"[（(][ ]*(?P<first>(?:19|20)\d{2})[ ]*年?[ ]*[—\-－–至~～][ ]*(?P<last>(?:19|20)\d{2})[ ]*年?[ ]*[）)]"
)
TERM_SUBJECT_NAMED = 2 / 3
TERM_REASON = "back-to-back terms"
# DRAFT_THEN_ISSUED: a document issued after a call for comments carries on its draft, often word for
# word ("智能网联汽车生产企业及产品准入管理指南（试行）（征求意见稿）" in April, the 意见 that took its place in
# July of the same year). A plan that found no predecessor otherwise follows the draft for comments
# (征求意见稿, 送审稿 or 草案 in the draft's first DRAFT_OPENING characters) of its folder whose text is most
# like its own (EDITION_LIKENESS, same issuer, nearly one title where both are known), when their years do
# not put the draft later: both unknown (the draft's year is the issued text's, or before), or both known
# and the draft's not later. A plan that is a draft itself, or that the draft follows, is not placed so.
DRAFT_THEN_ISSUED = True
DRAFT_OPENING = 200
DRAFT_MARK = re.compile(r"征求意见稿|送审稿|草案")
# Bigrams too common in plan titles to show a shared subject on their own.
GENERIC_TITLE_BIGRAMS = frozenset({"上海", "中心", "工作", "重点", "推进", "加快", "全面"})
# TITLE_ISSUER: the issuer a title names is no subject. Whatever stands before the first 关于 is the issuer
# ("国务院办公厅关于加强环境监管执法的通知", "工业和信息化部关于…", "中共上海市委、上海市人民政府关于…"), and the
# central bodies' names and 国家 (the country, as a region's name is the region) are issuers wherever they
# stand ("国务院工作规则", "国家突发环境事件应急预案"). Compared on them, every document of the State Council
# shared 国务 务院 with every other (37 of the 38 false successions among the repository's 170 real texts,
# tests/gold/successions_inferred.yaml).
TITLE_ISSUER = re.compile(r"^[^《》]{0,40}?关于|中共中央|国务院|办公厅|人民政府|国家")
# TITLE_KIND: the kind of document a title ends with is no subject either: "…的若干意见" and "…的指导意见" after
# "…的意见", "…的通知", "…的决定", "…的批复", "…的函", "…有关事项", "…应急预案"; nor is the wrapper of a notice
# that issues or forwards a document ("关于印发《…规划》的通知", "转发…"). (Plan kinds — 规划, 计划, 纲要,
# 方案 — are in TITLE_NOISE.)
TITLE_KIND = re.compile(r"(?:指导|若干)?意见|通知|决定|批复|函|有关事项|预案|印发|转发")
# SUBJECT_SHARE: a document dated by its years (an 意见, a 通知, a guide, an action plan) is one of hundreds its
# issuer puts out in a year; two of them, or one and a five-year plan, are steps of one line only when their
# subjects are largely one: at least SUBJECT_SHARE of each subject's character pairs shared
# ("国家智能制造标准体系建设指南" 2015 → 2018: all). One generic pair is chance: "国务院办公厅关于优化学术环境的
# 指导意见" after "国家突发环境事件应急预案" (环境: 1 of 7), "国务院关于促进稀土行业持续健康发展的若干意见" after
# "…促进煤炭工业健康发展的若干意见" (促进 健康: 2 of 9); so is a broad subject inside a narrow one: "…关于生态
# 环境保护综合行政执法有关事项的通知" 2020 is no step after "国家环境保护“十二五”规划" (环境保护: 3 of 11).
# Five-year plans of one issuer in consecutive periods are a series by their period: there one shared pair
# is enough (上海 "科技创新中心“十四五”规划" after both "科技创新“十二五”规划" and "产业技术创新“十二五”发展规划",
# 创新).
SUBJECT_SHARE = 0.5
# TITLE_LOST_SERIES: a plan dated by its years whose title was lost follows no plan on region and years alone:
# its issuer's nearest earlier document is most often on another subject (a 2022 ministry's reply to a
# university, titled by its file name, after a 2006 State Council reply on an airport committee, both
# placed in 北京). CONTENT_EDITIONS places it by its text instead; five-year plans keep the rule above.
TITLE_LOST_SERIES = True
# SUPERSEDING_EDITION: a measure's new edition replaces the old one before the old one's term runs out: the
# "上海市可再生能源和新能源发展专项资金扶持办法（2020版）" (沪发改规范〔2020〕7号, 有效期至2028年7月14日) was
# replaced by the "上海市可再生能源和新能源发展专项资金扶持办法" of 2022 (沪发改规范〔2022〕14号, same issuers;
# round 14), so its years (2020–2028) overlap its successor's (2022–2026). The overlap that keeps a plan
# still running from being a step before a later one (a 2023–2025 行动方案 inside 十四五) does not hold
# between two editions of one title (edition_title: the same apart from "（2020版）", "（试行）", a year of
# its own) from one issuer: the later one is the new edition, the earlier one's term ends with it.
SUPERSEDING_EDITION = True


# YEARLY_LINE: an office's yearly notices (titles that name their own year, TITLE_OWN_YEAR) are a line of their own;
# a notice of the same subject whose title names no year at all, dated in between, is a side branch — a special
# campaign, a measure — not a step of that line (round 51: 上海 住房城乡建设管理委's "关于做好2023年本市既有建筑玻璃幕墙
# 安全排查整治的通知", then "关于做好既有建筑玻璃幕墙专项排查整治工作的通知" of 2024 on walls past their design life,
# then "关于开展2025年玻璃幕墙安全排查整治工作的通知": the campaign does not carry the 2023 notice on, the 2025 notice
# carries on the 2023 one and cites the campaign, "参照《关于做好既有建筑玻璃幕墙专项排查整治工作的通知》
# (沪建质安〔2024〕12号)"). By title alone, then, such a yearless notice follows no yearly notice, and a yearly notice
# follows the nearest earlier yearly notice of its subject rather than a yearless one in between; a citation by 文号
# (CITED_NUMBER) still joins the two lines. Editions of one title are exempt (a title that lost its year: "中央一号文件"
# 2025 before "2026年中央一号文件"), and so are plans with a term (a 2024–2026 三年行动 frames a 2026 方案).
YEARLY_LINE = True
YEAR_IN_TITLE = re.compile(r"(?:19|20)\d{2}")


def yearly_title(title: str) -> bool:
    """YEARLY_LINE: a title that names its own year (a yearly notice)."""
    return TITLE_OWN_YEAR.search(title) is not None


def yearless_notice(plan: PlanInfo) -> bool:
    """YEARLY_LINE: a one-year document whose title names no year at all (its year is its date's)."""
    return (
        not subject_unknown(plan.title)
        and YEAR_IN_TITLE.search(plan.title) is None
        and not five_year(plan)
        and start_year(plan) is not None
        and start_year(plan) == end_year(plan)
    )


def yearly_line(plan: PlanInfo, candidates: list[PlanInfo]) -> list[PlanInfo]:
    """YEARLY_LINE: the candidates a plan may follow by title once yearly notices and yearless ones are kept apart."""

    def apart(other: PlanInfo) -> bool:
        return edition_title(other.title) != edition_title(plan.title)

    if yearless_notice(plan):
        return [p for p in candidates if not (yearly_title(p.title) and apart(p))]
    if yearly_title(plan.title) and any(yearly_title(p.title) for p in candidates):
        return [p for p in candidates if not (yearless_notice(p) and apart(p))]
    return candidates


@dataclass(frozen=True)
class PlanInfo:
    id: str
    title: str
    region: str
    period: str
    start_year: int | None
    end_year: int | None
    kind: str
    follows: tuple[str, ...] = ()  # from the manifest; non-empty overrides inference
    doc_number: str = ""  # the 文号 the manifest or the page's metadata gives (METADATA_NUMBER)
    issuer: str = ""  # who issued it, as the metadata names it (PERIOD_REVIEWED's issuer line)
    named_title: str = ""  # the title as read, where ISSUER_NAMED_TITLE left the issuer's name out of ``title``

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> PlanInfo:
        return cls(
            id=row["id"],
            title=row.get("title") or "",
            region=row.get("region") or "",
            period=row.get("period") or "",
            start_year=row.get("start_year"),
            end_year=row.get("end_year"),
            kind=row.get("kind") or "plan",
            follows=tuple(row.get("follows") or ()),
            doc_number=row.get("doc_number") or "",
            issuer=row.get("issuer") or "",
        )


@dataclass(frozen=True)
class Succession:
    later: str
    earlier: str
    method: str  # "manifest" or "inferred"
    reason: str  # for the build message: why these two plans are consecutive


def issuer(plan: PlanInfo) -> str:
    """The issuing level: the region itself, or a district/county named right after it, or at
    the start of a title that leaves the region out ("静安区“卓越城区”城市更新行动方案" is
    上海/静安区, like "上海市静安区…")."""
    if not plan.region:
        return ""
    at = plan.title.find(plan.region)
    rest = plan.title[at + len(plan.region) :] if at >= 0 else plan.title
    if at > 0 and plan.title[at - 1] in BRACKETS_OPENING:
        rest = BRACKETED_REGION_END.sub("", rest, count=1)  # BRACKETED_REGION
    rest = YEAR_FIRST_TITLE.sub("", rest, count=1)
    match = SUB_REGION.match(rest)
    if match is None or match.group("name").removeprefix("市") in NOT_SUB_REGIONS:
        return plan.region
    if LISTED_AREAS and rest[match.end() : match.end() + 1] in LISTED_AREA_JOINS:
        return plan.region
    return f"{plan.region}/{match.group('name')}"


# ISSUER_NAMED_TITLE (lin58, session 44): a plan's title may open with the name of the body that issues it, the
# next edition's not: "平潭综合实验区市场监督管理局2018年食品安全监督抽检工作计划" after "2017年食品安全监督抽检工作
# 计划" (lineage54: the 2018 notice's issuing sentence names the plan so, the 2017 one's without the name; both issued
# by 平潭综合实验区市场监督管理局). Compared with the name in front, the two were no editions of one title and shared
# too few subject pairs, and the succession was lost (fixmeta57's ISSUED_WITH_ISSUER_NAME, which reads such titles in
# full: lineage54 strong 0.920 → 0.693 without a manifest). Who issued a plan is its metadata's issuer, not its
# subject: titles are compared without the issuer's name in front (spaces aside), where the rest still names a
# subject (ISSUER_NAMED_REST_MIN Chinese characters, and subject pairs: "…管理局工作计划" keeps its name). Two titles
# compared so are one title only for plans of one issuer: "A局2018年工作要点" is no edition of "B局2017年工作要点"
# (ISSUER_NAMED_SAME_ISSUER, where both issuers are known). The issuer's place stays where it is the plan's region
# (and the district after it, which sets the issuing level, ``issuer``): "上海市浦东新区科学技术委员会2018年…" is
# compared as "上海市浦东新区2018年…"; a plan of a region whose issuer names it after a party prefix keeps the place
# its title opens with (TITLE_PLACE: "中共四川省委四川省人民政府关于贯彻落实《交通强国建设纲要》…的实施意见" is
# compared as "中共四川省关于…", not as a title without a place, which CONTENT_EDITIONS took for an edition of the
# country's "数字交通发展规划纲要"). The rules that read a title's form, not its subject (a government's work
# report, a body's periodic work plan, whose line is named by its body), read the title as it was (``named_title``).
ISSUER_NAMED_TITLE = True
ISSUER_NAMED_REST_MIN = 4
ISSUER_NAME_MIN = 3


def without_issuer_name(plan: PlanInfo) -> PlanInfo:
    """The plan with its title compared without its issuer's name in front (ISSUER_NAMED_TITLE); the plan itself when
    its title does not open with the name, or names nothing else."""
    name = "".join(plan.issuer.split())
    if not ISSUER_NAMED_TITLE or len(name) < ISSUER_NAME_MIN or plan.named_title:
        return plan
    front = re.match(r"[ \u3000]*" + r"[ \u3000]*".join(map(re.escape, name)), plan.title)
    if front is None:
        return plan
    rest = plan.title[front.end() :].lstrip(" \u3000")
    if len(re.findall(r"[\u4e00-\u9fff]", rest)) < ISSUER_NAMED_REST_MIN or not title_subject(rest):
        return plan
    place = ""
    if plan.region and name.startswith(plan.region):
        place = plan.region
        _, _, district = issuer(plan).partition("/")
        if district and name[len(plan.region) :].startswith(district):
            place += district
    elif plan.region:
        place = title_place(plan.title)  # "中共四川省委四川省人民政府关于…": 中共四川省 stays the title's place
    return replace(plan, title=place + rest, named_title=plan.title)


def _other_issuer_named(plan: PlanInfo, other: PlanInfo) -> bool:
    """ISSUER_NAMED_SAME_ISSUER: was either title compared without its issuer's name, the two issuers known and
    different?"""
    named = bool(plan.named_title or other.named_title)
    return (
        named and bool(plan.issuer and other.issuer) and "".join(plan.issuer.split()) != "".join(other.issuer.split())
    )


def read_title(plan: PlanInfo) -> str:
    """The plan's title as read, its issuer's name in front kept (ISSUER_NAMED_TITLE)."""
    return plan.named_title or plan.title


def start_year(plan: PlanInfo) -> int | None:
    """When the plan starts: its years, else those of its five-year period (十二五 → 2011)."""
    if plan.start_year is not None:
        return plan.start_year
    years = period_years(plan.period) if plan.period else None
    return years[0] if years else None


def end_year(plan: PlanInfo) -> int | None:
    """When the plan ends: its years, else those of its five-year period (十二五 → 2015)."""
    if plan.end_year is not None:
        return plan.end_year
    years = period_years(plan.period) if plan.period else None
    return years[1] if years else None


def five_year(plan: PlanInfo) -> bool:
    """A plan of a five-year period (十四五, 九五, 第十个五年) rather than of its own years."""
    return FIVE_YEAR_PERIOD.search(plan.period) is not None


def plan_subject(plan: PlanInfo) -> set[str]:
    """``title_subject`` of a plan's title, without its district either: two plans of 黄浦区
    share the district's name whatever their subjects."""
    return _bigrams(_plan_title_runs(plan))


def _plan_title_runs(plan: PlanInfo) -> list[str]:
    _, _, district = issuer(plan).partition("/")
    return _title_runs(plan.title.replace(district, " ") if district else plan.title, plan.region)


def title_subject(title: str, region: str = "") -> set[str]:
    """Character bigrams of a title without region, period and plan-kind words."""
    return _bigrams(_title_runs(title, region))


def _title_runs(title: str, region: str) -> list[str]:
    """The runs of Chinese a title's subject is read from: without region, period and plan-kind words."""
    if region:
        title = title.replace(region, " ")
    title = TITLE_KIND.sub(" ", TITLE_ISSUER.sub(" ", PLAN_PROPOSAL_FRAME.sub("", title)))
    return re.findall(r"[\u4e00-\u9fff]+", TITLE_NOISE.sub(" ", title))


def _bigrams(runs: list[str]) -> set[str]:
    return {run[i : i + 2] for run in runs for i in range(len(run) - 1)} - GENERIC_TITLE_BIGRAMS


def shared_title_words(plan: PlanInfo, earlier: PlanInfo, limit: int = 4) -> list[str]:
    """The subject two titles share as a reader would name it: the longest stretches of the later title
    that the earlier one holds too, made of shared subject bigrams ("玻璃幕墙安全排查整治", not the
    bigrams 全排、墙安、安全 a reason once listed). Longest first, at most ``limit``."""
    shared = plan_subject(plan) & plan_subject(earlier)
    theirs = " ".join(_plan_title_runs(earlier))
    words: list[str] = []
    for run in _plan_title_runs(plan):
        i = 0
        while i < len(run) - 1:
            j = i + 1
            while j < len(run) and run[j - 1 : j + 1] in shared and run[i : j + 1] in theirs:
                j += 1
            if j - i >= 2:
                words.append(run[i:j])
                i = j
            else:
                i += 1
    return sorted(dict.fromkeys(words), key=lambda w: (-len(w), w))[:limit]


def edition_title(title: str) -> str:
    """A title without its edition (TITLE_EDITION): the same for every edition of one document."""
    return TITLE_EDITION.sub("", title)


def same_subject(a: set[str], b: set[str], series: bool = True) -> bool:
    """Titles on one subject share a bigram (``series``: two five-year plans) or SUBJECT_SHARE of each
    title's bigrams (any other pair); two five-year plans' titles with no subject left are both
    the region's general plan (国民经济和社会发展第十四个五年规划纲要 after 第十三个)."""
    if not a or not b:
        return series and not a and not b
    shared = len(a & b)
    return shared > 0 if series else shared >= SUBJECT_SHARE * max(len(a), len(b))


def subjects_match(plan: PlanInfo, other: PlanInfo, mine: set[str], theirs: set[str]) -> bool:
    """Whether two plans of one issuer are on one subject (``same_subject``; SUBJECT_SHARE unless both are
    five-year plans). A title the text lost rules nothing out between five-year plans; between plans
    dated by years it proves nothing either, and CONTENT_EDITIONS judges such a plan by its text
    (TITLE_LOST_SERIES)."""
    series = five_year(plan) and five_year(other)
    if subject_unknown(plan.title) or subject_unknown(other.title):
        return series or not TITLE_LOST_SERIES
    return same_subject(mine, theirs, series)


def subject_unknown(title: str) -> bool:
    """A title without Chinese is a file name standing in for a title the text lost (guess_meta
    falls back to the stem): it says nothing about the subject, so it rules no succession out.
    (It once held the text's opening sentence, whose bigrams matched almost any title.)"""
    return re.search(r"[\u4e00-\u9fff]", title) is None


def _regionless(plan: PlanInfo) -> bool:
    """A plan without a region that may still follow the editions of its title (REGIONLESS_EDITIONS)."""
    return REGIONLESS_EDITIONS and not subject_unknown(plan.title)


def superseded(plan: PlanInfo, other: PlanInfo) -> bool:
    """SUPERSEDING_EDITION: ``plan`` is a later edition of ``other``'s very title (edition_title; both
    titles known), so it replaces ``other`` even while ``other``'s term still runs."""
    if not SUPERSEDING_EDITION or subject_unknown(plan.title) or subject_unknown(other.title):
        return False
    return edition_title(plan.title) == edition_title(other.title)


def infer_successions(
    plans: Iterable[PlanInfo], texts: Callable[[Sequence[str]], Mapping[str, str]] | None = None
) -> list[Succession]:
    """Every FOLLOWS the plans imply: the manifest's where it speaks, inferred elsewhere.
    ``texts``: the plans' texts by id, for the plans that lost a title or region
    (CONTENT_EDITIONS); without it those plans follow only what their metadata shows."""
    plans = sorted((without_issuer_name(p) for p in plans), key=lambda p: p.id)  # ISSUER_NAMED_TITLE
    known = {p.id for p in plans}
    found: list[Succession] = []
    steps = [p for p in plans if p.kind == "plan" and start_year(p) is not None and (p.region or _regionless(p))]
    # Each plan's issuing level and title subject, worked out once: a store of 1,000 plans
    # compared every pair and recomputed both for each (2 s per build).
    level = {p.id: issuer(p) for p in steps}
    subject_of = {p.id: plan_subject(p) for p in steps}
    by_level: dict[str, list[PlanInfo]] = {}
    for step in steps:
        if step.region:
            by_level.setdefault(level[step.id], []).append(step)
    # REGIONLESS_EDITIONS: the plans of each title, for the plans without a region.
    by_title: dict[str, list[PlanInfo]] = {}
    for step in steps:
        if not subject_unknown(step.title):
            by_title.setdefault(edition_title(step.title), []).append(step)
    for plan in plans:
        if plan.follows:
            found += [Succession(plan.id, e, "manifest", "manifest follows:") for e in plan.follows if e in known]
            continue
        if plan.id not in level:
            continue
        begin = start_year(plan)
        assert begin is not None
        subject = subject_of[plan.id]
        same_titled = by_title.get(edition_title(plan.title), []) if not subject_unknown(plan.title) else []
        pool = by_level[level[plan.id]] if plan.region else []
        # a plan without a region meets (and is met by) the plans of its own title only
        pool = pool + [p for p in same_titled if not p.region or not plan.region]
        candidates = [
            p
            for p in dict.fromkeys(pool)
            if p.id != plan.id
            and (start_year(p) or 0) < begin
            # a plan still running when this one starts is no step before it (a 2023–2025 行动方案
            # inside 十四五); a year of overlap is how series of action plans often meet; a new
            # edition of its own title replaces it whatever its term (SUPERSEDING_EDITION)
            and ((end_year(p) or 0) <= begin or superseded(plan, p))
            and subjects_match(plan, p, subject, subject_of[p.id])
            and not _other_issuer_named(plan, p)
        ]
        if not candidates:
            continue
        # An edition follows the editions of its own title, not another guide on a subject that
        # shares its generic words (…标准体系建设指南) issued in between.
        same_title = [p for p in candidates if edition_title(p.title) == edition_title(plan.title)]
        if same_title:
            candidates = same_title
        # A five-year plan carries on the five-year plan before it, not a shorter plan that
        # started later in that period (a 2023–2025 行动方案 is no step of 十四五 → 十五五).
        same_cadence = [p for p in candidates if five_year(p) == five_year(plan)]
        if five_year(plan) and same_cadence:
            candidates = same_cadence
        if YEARLY_LINE:
            candidates = yearly_line(plan, candidates)
            if not candidates:
                continue
        nearest = max(start_year(p) or 0 for p in candidates)
        for earlier in candidates:
            if start_year(earlier) == nearest:
                shared = "、".join(shared_title_words(plan, earlier))
                about = (
                    f"titles share {shared}"
                    if shared
                    else "a title the text lost"
                    if subject_unknown(plan.title) or subject_unknown(earlier.title)
                    else "both the general plan"
                )
                periods = f"{earlier.period or nearest} → {plan.period or begin}"
                if not plan.region or not earlier.region:
                    reason = f"editions of one title ({edition_title(plan.title)}), {periods}, region unknown"
                else:
                    reason = f"same issuer ({level[plan.id]}), {periods}, {about}"
                found.append(Succession(plan.id, earlier.id, "inferred", reason))
    if TERM_WORK_PLANS:
        pairs = {(s.later, s.earlier) for s in found}
        found += [s for s in term_work_plans(steps, level) if (s.later, s.earlier) not in pairs]
    if GOVERNMENT_WORK_REPORTS:
        reports = government_work_reports(plans, texts)
        if NEAREST_REPORT_ONLY:
            found = [s for s in found if not _skips_a_report(s, reports, plans)]
        pairs = {(s.later, s.earlier) for s in found}
        found += [s for s in reports if (s.later, s.earlier) not in pairs]
    if texts is not None:
        scan = (
            scan_texts(plans, texts) if FOLLOW_UP_CITED or CITED_NUMBER or SERIES_CONTENT or PERIOD_REVIEWED else None
        )
        if FOLLOW_UP_CITED and scan is not None:
            pairs = {(s.later, s.earlier) for s in found}
            found += [s for s in follow_ups(plans, scan) if (s.later, s.earlier) not in pairs]
        if CITED_NUMBER and scan is not None:
            pairs = {(s.later, s.earlier) for s in found}
            found += [s for s in number_citations(plans, scan) if (s.later, s.earlier) not in pairs]
        # The rules that compare whole texts read them once between them (SHARED_TEXTS).
        whole = SharedTexts(texts)
        if ANNUAL_NOTICES and scan is not None:
            found += annual_notices(steps, level, {s.later for s in found}, scan, whole)
        if ANNEXED_EDITION and scan is not None:
            pairs = {(s.later, s.earlier) for s in found}
            found += [s for s in annexed_editions(steps, level, scan) if (s.later, s.earlier) not in pairs]
        if CALL_THEN_EDITION and scan is not None:
            pairs = {(s.later, s.earlier) for s in found}
            found += [s for s in called_editions(steps, level, scan) if (s.later, s.earlier) not in pairs]
        if TERM_PLAN_SERIES:
            found += term_plan_series(steps, level, subject_of, {s.later for s in found}, whole)
        if CONTENT_EDITIONS:
            found += content_editions(plans, {s.later for s in found}, whole)
        if LOST_EARLIER_EDITIONS:
            found += lost_earlier_editions(plans, {s.later for s in found}, whole)
        if NEXT_IN_LINE:
            found = next_in_line(found, plans, whole)
        if SERIES_CONTENT and scan is not None:
            found += series_editions(plans, {s.later for s in found}, scan, whole)
        if ISSUER_SERIES and scan is not None:
            found += issuer_editions(plans, {s.later for s in found}, scan, whole)
        if PERIOD_REVIEWED and scan is not None:
            found += next_period_plans(plans, {s.later for s in found}, scan)
        if UNDATED_EDITIONS:
            found += undated_editions(plans, found, scan.openings if scan is not None else texts)
    calls = {(s.later, s.earlier) for s in found if s.reason.startswith(CALL_REASON)}
    return _without_skipped_steps(found, {p.id: p.title for p in plans}, calls)


def title_term(title: str) -> tuple[int, int] | None:
    """TERM_PLAN_SERIES: the term a title names ("（2021-2023年）" → (2021, 2023)), when it spans two years or more."""
    match = TITLE_TERM.search(title)
    if match is None:
        return None
    first, last = int(match.group("first")), int(match.group("last"))
    return (first, last) if last > first else None


def term_plan_series(
    steps: Sequence[PlanInfo],
    level: Mapping[str, str],
    subject_of: Mapping[str, set[str]],
    followers: set[str],
    texts: Callable[[Sequence[str]], Mapping[str, str]],
) -> list[Succession]:
    """TERM_PLAN_SERIES: the FOLLOWS of term plans renamed from one term to the next (plans without a predecessor)."""
    terms = {p.id: t for p in steps if p.region and not five_year(p) and (t := title_term(p.title)) is not None}
    pairs: list[tuple[PlanInfo, PlanInfo]] = []
    for plan in steps:
        term = terms.get(plan.id)
        if term is None or plan.follows or plan.id in followers:
            continue
        for other in steps:
            before = terms.get(other.id)
            if (
                before is not None
                and other.id != plan.id
                and level[other.id] == level[plan.id]
                and before[1] - before[0] == term[1] - term[0]
                and term[0] in (before[1], before[1] + 1)
                and subject_of[plan.id] & subject_of[other.id]
            ):
                pairs.append((plan, other))
    if not pairs:
        return []
    text_of = texts([p.id for pair in pairs for p in pair])
    found: list[Succession] = []
    for plan, other in pairs:
        text, subject = text_of.get(plan.id, ""), subject_of[other.id]
        named = [pair for pair in sorted(subject) if pair in text]
        if text and len(named) >= TERM_SUBJECT_NAMED * len(subject):
            span = f"{terms[other.id][0]}-{terms[other.id][1]} → {terms[plan.id][0]}-{terms[plan.id][1]}"
            why = f"{TERM_REASON} of one issuer ({level[plan.id]}), {span}, text names {'、'.join(named[:4])}"
            found.append(Succession(plan.id, other.id, "inferred", why))
    return found


# TERM_WORK_PLANS (fix26lin, after round 26's score): a body's work plans for a year or a school term
# (工作思路, 工作要点, 工作计划) are one line of work whatever span each covers:
# "绍兴一中2009学年第二学期工作思路" (spring 2010), then "绍兴一中2010学年工作思路" (the school year from
# September 2010), then "绍兴一中2010学年第二学期工作思路" (spring 2011), written on the frame of both;
# "绍兴一中党委2010年工作思路" → "…2011年工作思路" (round 26's gold; round 19's "关于公布2019学年工作要点的通知"
# → "关于公布2021年度工作要点的通知" likewise). The title rules compare whole years and titles: a school year and
# a term of one calendar year stood side by side, and the year's plan is titled apart from the term's, so it
# followed nothing and the next term's plan only its own term's edition. A work plan whose title is that of a year
# or term (PERIODIC_WORK_PLAN: who, the year and cadence, what of the work, the kind) follows the plan of its line
# (the same words before the year and between the year and the kind: "绍兴一中党委" is not "绍兴一中"; "2022年秋季
# 运动会工作安排" is an event's arrangements, no work plan) whose span starts last before its own (TERM_MONTHS:
# school years start in September, second terms in February); the same term's earlier edition stays its
# predecessor too (EDITION_NOT_SKIPPED). Plans of two places or issuers are no line. Over the 130 dated pages of
# the school's site titled …工作思路/要点/计划/安排 (tangyixiao/Shaoxingyizhong) it adds only true steps: the term
# plans after their school year's plan, the 2010学年 plan after the draft and the final text of the term before.
TERM_WORK_PLANS = True
# A work plan is often titled by the notice that issues it: "关于公布2019学年工作要点的通知" (round 19),
# "XX局关于印发《XX局2023年工作要点》的通知": the plan is what the notice issues, its issuer the notice's where the
# plan's title names none.
WORK_PLAN_NOTICE = re.compile(
    r"^(?P<by>[^《》\d]{0,30}?)关于(?:公布|印发|下发|发布|转发)?《?(?P<plan>[^《》]+?)》?的通知$"
)
# SUMMARY_THEN_PLAN (round 44): a body's yearly text often reports on the year past and then plans the next,
# "平潭综合实验区财政金融局2022年工作总结及2023年工作思路" after its "…2022年工作计划": it is the plan of its
# second year (REVIEWED_YEAR: the reviewed year and its 工作总结 before the planned year are left out of the line). A
# bare year before 工作 is the year too ("海坛片区管理局2022工作计划", the same body's plan before its "…2022年工作
# 总结及2023年工作思路"; YEAR_ONLY).
SUMMARY_THEN_PLAN = True
REVIEWED_YEAR = (
    r"(?:(?P<reviewed>(?:19|20)\d{2})[ ]*年度?[^\d《》]{0,20}?工作总结[及和暨与、]?)?" if SUMMARY_THEN_PLAN else ""
)
YEAR_ONLY = r"|(?=工作)" if SUMMARY_THEN_PLAN else ""
PERIODIC_WORK_PLAN = re.compile(
    r"^(?P<who>[^\d《》“”]{0,30}?)"
    + REVIEWED_YEAR
    + r"(?:(?P<first>(?:19|20)\d{2})[ ]*[-—–－~～至][ ]*)?(?P<year>(?:19|20)\d{2})[ ]*"
    r"(?P<cadence>学年度?(?:[ ]*[（(]?第?[一二12上下][ ]*学期[）)]?)?|年度?(?:[上下]半年)?"
    + YEAR_ONLY
    + r")(?P<what>[^\d《》]{0,20}?)工作(?:思路|要点|计划)(?:[（(][^（）()]{1,10}[）)])*$"
)
# The month (0 = January) each cadence's span starts in, counted from January of the year the title names: a school
# year and its first term start in September, its second term in February of the next year; a calendar year's second
# half in July.
# A party committee is named with or without 中共 ("中共绍兴一中党委2009年下半年工作思路", "绍兴一中党委2010年工作
# 思路": one committee's plans on one site).
PARTY_PREFIX = "中共"
# OFFICE_LINE: a body's office plans the line of work it is named for: "绍兴一中2009学年第二学期安全处工作思路" (the
# safety office's term plan, spring 2010) carries on "绍兴一中2010年安全工作计划" (the school's safety plan of the
# calendar year, dated 2009年12月27日; round 28's gold), but 安全处 and 安全 were two lines. The office's suffix
# (OFFICE_WHAT: 处, 科, 室 closing what the work is) is left out of the line.
OFFICE_LINE = True
OFFICE_WHAT = re.compile(r"(?<=.)[处科室]$")
TERM_MONTHS = (("第二学期", 13), ("第2学期", 13), ("下学期", 13), ("学期", 8), ("学年", 8), ("下半年", 6), ("年", 0))
# SHORT_NAMED_BODY (round 44): a title may name its body short where the page's issuer line names it in full
# ("海坛片区管理局2022工作计划", 发布机构 平潭综合实验区海坛片区管理局; its next text is titled "平潭综合实验区
# 海坛片区管理局2022年工作总结及2023年工作思路"): the line is then the body's full name.
SHORT_NAMED_BODY = True


def term_start(title: str, by: str = "") -> tuple[str, int] | None:
    """TERM_WORK_PLANS: a periodic work plan's line (who and what, without whitespace: "2024年浦东新区生态环境保护工作
    要点" and "浦东新区2025年生态环境保护工作要点" are one) and the month its span starts in (years × 12 + month); None
    for any other title. ``by``: the plan's issuer as its metadata names it (SHORT_NAMED_BODY)."""
    title = "".join(title.split())
    notice = WORK_PLAN_NOTICE.match(title)
    match = PERIODIC_WORK_PLAN.match(notice.group("plan") if notice else title)
    if match is None:
        return None
    who = (match.group("who") or (notice.group("by") if notice else "")).removeprefix(PARTY_PREFIX)
    by = "".join(by.split()).removeprefix(PARTY_PREFIX)
    if SHORT_NAMED_BODY and who and by != who and by.endswith(who):
        who = by
    cadence = match.group("cadence")
    month = next((m for mark, m in TERM_MONTHS if mark in cadence), 0)
    year = int(match.group("first") or match.group("year"))
    what = match.group("what")
    if OFFICE_LINE:
        what = OFFICE_WHAT.sub("", what)
    return who + what, year * 12 + month


def term_work_plans(steps: Sequence[PlanInfo], level: Mapping[str, str]) -> list[Succession]:
    """TERM_WORK_PLANS: each periodic work plan after the plan of its line whose span starts last before its own."""
    timed = {p.id: t for p in steps if (t := term_start(read_title(p), p.issuer)) is not None}  # ISSUER_NAMED_TITLE
    lines: dict[str, list[PlanInfo]] = {}
    for step in steps:
        if step.id in timed:
            lines.setdefault(timed[step.id][0], []).append(step)
    found: list[Succession] = []
    for plan in (p for p in steps if p.id in timed and not p.follows):
        line, start = timed[plan.id]
        earlier = [
            (other, timed[other.id][1])
            for other in lines[line]
            if other.id != plan.id
            and timed[other.id][1] < start
            and (not plan.region or not other.region or level[plan.id] == level[other.id])
            and (not plan.issuer or not other.issuer or plan.issuer == other.issuer)
        ]
        if not earlier:
            continue
        nearest = max(month for _, month in earlier)
        for other, month in earlier:
            if month == nearest:
                why = f"the work plan of its line before it ({other.title} → {plan.title})"
                found.append(Succession(plan.id, other.id, "inferred", why))
    return found


# GOVERNMENT_WORK_REPORTS (fix30lin, after round 30's score): a government's yearly work report (政府工作报告)
# reviews the year past and sets the year's work (总体要求, 主要预期目标, the year's tasks): it is the annual plan of
# its government, and the next year's report carries on its lines of work ("2023年国务院政府工作报告" →
# "李强作的政府工作报告（摘登）", its task 着力扩大国内需求 → 着力扩大国内需求，推动经济实现良性循环; round 30's
# gold). As a report it is no step of the title rules (reports are not), and its title seldom names its year in
# the same words (a news digest; a school site's "每周一学（2024年3月11日-3月17日）政府工作报告"). A report whose
# title ends with 政府工作报告 (WORK_REPORT_TITLE; a digest's "（摘登）" after it; not a notice dividing a report's
# tasks among departments, "关于落实《政府工作报告》重点工作分工的意见") follows the report of the nearest earlier
# year of its government: its issuing level where its region is known, else the place its title opens with
# (TITLE_PLACE: "金华市政府工作报告"), else the country's (a report titled without a place is the State
# Council's, as the national press names it). The eight provinces' 2026 reports among the repository's texts are
# of eight places and one year: no step of each other.
GOVERNMENT_WORK_REPORTS = True
# NEAREST_REPORT_ONLY (fixlin49, round 49): a work report follows its government's report of the nearest earlier
# year, not an older one another rule pairs it with: with the State Council's reports of 2009 and 2010 in the
# repository, the 2018 report (its region unknown) still followed the 2005 one as "editions of one title" beside the
# 2010 one (the work report a year before), skipping 2009 and 2010. A succession from a report to an earlier
# report of the same government (one chain of GOVERNMENT_WORK_REPORTS) older than its nearest is dropped.
NEAREST_REPORT_ONLY = True


def _skips_a_report(step: Succession, reports: Sequence[Succession], plans: Sequence[PlanInfo]) -> bool:
    """NEAREST_REPORT_ONLY: whether ``step`` links a work report to an older report of its government than the
    nearest one ``reports`` (GOVERNMENT_WORK_REPORTS) gives it."""
    year = {p.id: start_year(p) or 0 for p in plans}
    nearest = {s.later: year.get(s.earlier, 0) for s in reports}
    if step.later not in nearest:
        return False
    chain: set[str] = {step.later}  # the later report's government's reports: linked by the reports' steps
    grown = True
    while grown:
        grown = False
        for s in reports:
            if (s.later in chain) != (s.earlier in chain):
                chain |= {s.later, s.earlier}
                grown = True
    return step.earlier in chain and year.get(step.earlier, 0) < nearest[step.later]


WORK_REPORT_TITLE = re.compile(r"政府工作报告(?:[（(][^（）()]{1,8}[）)])?$")
NATIONAL_REGION = "全国"


def work_report_place(plan: PlanInfo) -> str:
    """GOVERNMENT_WORK_REPORTS: the government whose yearly report a plan is ("" for no such report)."""
    title = "".join(read_title(plan).split())  # ISSUER_NAMED_TITLE: "…人民政府工作报告" is a report as read
    if plan.kind == "interpretation" or not WORK_REPORT_TITLE.search(title):
        return ""
    if plan.region:
        return issuer(plan)
    return title_place(YEAR_FIRST_TITLE.sub("", title, count=1)) or NATIONAL_REGION


# SPEAKER_BODY (fixlin47, round 47): a report titled without a place ("政府工作报告（2023）", a crawler's column of
# 平潭综合实验区管委会's reports) is the State Council's only if it is delivered for the State Council: its speaker
# says whose report it is, "现在，我代表平潭综合实验区管委会，向大会作报告" (平潭 2023; 2024: "…向大会报告工作"),
# "我代表国务院，向大会报告政府工作" (the State Council's 2021 and 2022 reports). Read as the country's, 平潭's
# reports of 2023 and 2024 followed the State Council's of 2022 and 2023, and its 2024 report took 平潭's 2023 one.
# Where a report's text names the body it speaks for within SPEAKER_SPAN characters, that body's place (its name
# without 管委会, 人民政府 …) is the report's government (the speaker's line: SPEAKER_LINE in rules/structure.py).
SPEAKER_BODY = True
SPEAKER_SPAN = 5000
SPEAKER_OFFICE = re.compile(r"(?:管委会|管理委员会|人民政府|政府)$")


def speaker_place(text: str) -> str:
    """SPEAKER_BODY: the government a work report's speaker speaks for ("" when no speaker line)."""
    found = SPEAKER_LINE.search(text[:SPEAKER_SPAN])
    if found is None:
        return ""
    body = found.group("body")
    return NATIONAL_REGION if body == STATE_COUNCIL else SPEAKER_OFFICE.sub("", body) or ""


def government_work_reports(
    plans: Sequence[PlanInfo], texts: Callable[[Sequence[str]], Mapping[str, str]] | None = None
) -> list[Succession]:
    """GOVERNMENT_WORK_REPORTS: each government's work report after its report of the nearest earlier year
    (``texts``: the plans' texts by id, for the speaker of a report whose metadata names no place)."""
    place = {p.id: work_report_place(p) for p in plans if start_year(p) is not None}
    if SPEAKER_BODY and texts is not None:
        unplaced = [p.id for p in plans if place.get(p.id) == NATIONAL_REGION and not p.region]
        for plan_id, text in (texts(unplaced) if unplaced else {}).items():
            place[plan_id] = speaker_place(text) or place[plan_id]
    reports = [p for p in plans if place.get(p.id)]
    found: list[Succession] = []
    for plan in (p for p in reports if not p.follows):
        year = start_year(plan) or 0
        earlier = [p for p in reports if place[p.id] == place[plan.id] and (start_year(p) or 0) < year]
        if not earlier:
            continue
        nearest = max(start_year(p) or 0 for p in earlier)
        for other in earlier:
            if start_year(other) == nearest:
                gap = "a year before" if year - nearest == 1 else "the nearest earlier year held"
                why = f"the work report of {place[plan.id]}'s government {gap} ({nearest} → {year})"
                found.append(Succession(plan.id, other.id, "inferred", why))
    return found


# ANNUAL_NOTICES: an office's yearly notice on its field ("关于做好2023年风电、光伏发电开发建设有关事项的通知",
# 沪发改能源〔2023〕80号; "关于做好2024年上海市可再生能源开发建设有关事项的通知", 沪发改能源〔2024〕190号; round 25) is
# the next edition of the year before's though its title renames the field (风电、光伏发电 → 可再生能源: 2 of 7 subject
# pairs shared, below SUBJECT_SHARE): the same office (one 文号 series: 沪发改能源), the same parts regrouped, texts
# alike (0.37, while its other notices of that year, the subsidy fund's, stand at 0.16–0.23). A plan that found no
# predecessor otherwise, of one year whose title names it (TITLE_OWN_YEAR), follows the earlier one-year plan of its
# issuer whose title names its own year too, whose own 文号 is of its series (same_series), and whose text is the most
# alike of those at EDITION_LIKENESS or more (SUBJECT_NAMED as for CONTENT_EDITIONS). Plans that name their region are
# otherwise judged by their titles (CONTENT_EDITIONS is for plans that lost one): the series, the own year and the
# yearly cadence are what tell an office's yearly notice from the other alike documents of its issuer.
ANNUAL_NOTICES = True


def annual_notices(
    steps: Sequence[PlanInfo],
    level: Mapping[str, str],
    followers: set[str],
    scan: TextScan,
    texts: Callable[[Sequence[str]], Mapping[str, str]],
) -> list[Succession]:
    """ANNUAL_NOTICES: a yearly notice of an office's 文号 series after the most alike earlier yearly notice of it."""

    def yearly(p: PlanInfo) -> bool:
        return (
            bool(p.region)
            and p.id in scan.own
            and start_year(p) is not None
            and start_year(p) == end_year(p)
            and TITLE_OWN_YEAR.search(p.title) is not None
        )

    notices = [p for p in steps if yearly(p)]
    open_plans = [p for p in notices if not p.follows and p.id not in followers]
    if len(notices) < 2 or not open_plans:
        return []
    text_of = texts([p.id for p in notices])
    notices = [p for p in notices if text_of.get(p.id)]
    position = {p.id: k for k, p in enumerate(notices)}
    vectors = _vectors(texts, [p.id for p in notices], [text_of[p.id] for p in notices])

    def yearly_notice_before(plan: PlanInfo, other: PlanInfo) -> bool:
        return (
            (start_year(other) or 0) < (start_year(plan) or 0)
            and level[other.id] == level[plan.id]
            and same_series(scan.own[plan.id].code, scan.own[other.id].code)
            and (not SUBJECT_NAMED or names_subject(text_of[plan.id], text_of[other.id]))
        )

    found: list[Succession] = []
    for plan in open_plans:
        if plan.id not in position:
            continue
        begin = start_year(plan) or 0
        best = most_alike(plan, vectors.likeness(position[plan.id]), position, notices, yearly_notice_before)
        if best is not None:
            alike, earlier = best
            number = scan.own[earlier.id]
            why = (
                f"the yearly notice of its series before it ({series_code(number.code)}, {start_year(earlier)} → "
                f"{begin}; texts alike {alike:.2f})"
            )
            found.append(Succession(plan.id, earlier.id, "inferred", why))
    return found


# ANNEXED_EDITION: a yearly notice may carry that year's edition of a yearly list or plan as its annex instead of
# the list being issued on its own: "关于做好2024年上海市可再生能源开发建设有关事项的通知" puts the year's plants
# "全部纳入2024年度陆上风电、光伏电站开发建设方案（见附件1）", the list issued on its own in 2023 ("上海市2023年
# 陆上风电、光伏电站开发建设方案") and again in 2025 (round 25). The notice is then that year's edition of the list as
# well: it follows the nearest earlier edition of the list (the plans of its issuer whose titles share the annexed
# title's subject, SUBJECT_SHARE), and the next documents on the list's subject follow it where it is the nearest
# earlier edition (the 2025 call for the list and the 2025 list follow the 2024 notice, not only the 2023 list). Only
# an annex of the notice's own year whose title is a plan or a list (ANNEX_KINDS: not "2019年环境日宣传工作总结简表
# （见附件）", a form), pointed to as （见附件1）, （详见附件） or （附件1）.
ANNEXED_EDITION = True
ANNEX_KINDS = "方案|计划|规划|清单|名单|目录"
ANNEX_EDITION = re.compile(
    r"(?P<year>(?:19|20)\d{2})年度?(?P<title>[\u4e00-\u9fff、“”]{4,40}?"
    rf"(?:{ANNEX_KINDS}))[（(](?:详?见)?附件[一二三四五六七八九十\d]*[）)]"
)


def annexed_editions(steps: Sequence[PlanInfo], level: Mapping[str, str], scan: TextScan) -> list[Succession]:
    """ANNEXED_EDITION: a notice that carries a year's edition of a list after the list's nearest earlier edition, and
    the later documents on the list's subject after the notice where it is their nearest earlier edition."""
    added: list[Succession] = []
    by_id = {p.id: p for p in steps if p.region}
    subject = {i: plan_subject(p) for i, p in by_id.items()}
    for holder in by_id.values():
        year = start_year(holder)
        if year is None:
            continue
        annexes = [(y, t) for y, t in scan.annexed.get(holder.id, []) if y == year]
        for _, title in annexes:
            annexed = title_subject(title, holder.region)
            if not annexed or same_subject(annexed, subject[holder.id], series=False):
                continue  # the notice's own title already names the list (the list issued with its own annex)
            # the editions of the list's subject at the notice's level: the plans titled by it, and the notice
            editions = [
                p
                for p in by_id.values()
                if p.id != holder.id
                and level[p.id] == level[holder.id]
                and same_subject(annexed, subject[p.id], series=False)
            ]
            earlier = [p for p in editions if (start_year(p) or 0) < year and (end_year(p) or 0) <= year]
            if earlier and not holder.follows:
                nearest = max(start_year(p) or 0 for p in earlier)
                added += [
                    Succession(holder.id, p.id, "inferred", f"its annex is the {year} edition of {title}")
                    for p in earlier
                    if start_year(p) == nearest
                ]
            for later in editions:
                begin = start_year(later) or 0
                if later.follows or begin <= year:
                    continue
                between = [p for p in editions if p.id != later.id and year < (start_year(p) or 0) < begin]
                if not between:
                    why = f"the nearest earlier edition of {title} (its annex, {year})"
                    added.append(Succession(later.id, holder.id, "inferred", why))
    return added


# CALL_THEN_EDITION: a call for applications to a year's edition of a list or plan ("关于做好2025年陆上风电、光伏
# 电站开发建设方案申报工作的通知", 沪发改能源〔2025〕18号, January) comes before that edition in the same year ("上海市
# 2025年陆上风电、光伏电站开发建设方案", 沪发改能源〔2025〕112号, June: "经项目立项单位申报，现将纳入…"; round 25): the
# edition
# follows the call, which set its scope and requirements. The title rule takes no plan of the same start year. A
# call: its title asks for submissions (CALL_MARK); the edition: a plan of the same issuer level and year whose
# title's subject pairs all stand in the call's title (CALL_SUBJECT_PAIRS of them at least), with no call mark of its
# own, and whose own 文号 is of the call's series and later (SAME_YEAR_SERIALS: the serial tells the order in a year).
CALL_THEN_EDITION = True
CALL_MARK = re.compile(r"申报|征集|推荐|遴选")
CALL_SUBJECT_PAIRS = 4
CALL_REASON = "the call for it came first"


def called_editions(steps: Sequence[PlanInfo], level: Mapping[str, str], scan: TextScan) -> list[Succession]:
    """CALL_THEN_EDITION: a year's edition of a list or plan after the call for applications to it."""
    numbered = [p for p in steps if p.region and p.id in scan.own and start_year(p) is not None]
    calls = [p for p in numbered if CALL_MARK.search(p.title)]
    found: list[Succession] = []
    for call in calls:
        asked = plan_subject(call)
        for edition in numbered:
            if edition.follows or edition.id == call.id or CALL_MARK.search(edition.title):
                continue
            if start_year(edition) != start_year(call) or level[edition.id] != level[call.id]:
                continue
            mine, theirs = scan.own[edition.id], scan.own[call.id]
            if not same_series(mine.code, theirs.code) or _number_order(theirs, True) >= _number_order(mine, True):
                continue
            subject = plan_subject(edition)
            if len(subject) >= CALL_SUBJECT_PAIRS and subject <= asked:
                why = f"{CALL_REASON} ({theirs.written} → {mine.written})"
                found.append(Succession(edition.id, call.id, "inferred", why))
    return found


# The citation rules (FOLLOW_UP_CITED, CITED_NUMBER, SERIES_CONTENT) and UNDATED_EDITIONS read each plan's text
# once, together (scan_texts): texts are fetched this many plans at a time and only what the rules use is kept — the
# opening, the plan's own 文号 and the 文号 its text cites — so a build of 1,000 plans does not hold all their
# texts at once (holding them, 24 M characters, raised the build's peak by ~110 MB at N = 1,000).
OPENINGS_BATCH = 100


@dataclass(frozen=True)
class DocNumber:
    """A 文号 read off a text: issuer code (as read, words in front of it included: series_code), year,
    serial, and as written."""

    code: str
    year: str
    serial: str
    written: str


@dataclass
class TextScan:
    """What the citation rules keep of the plans' texts: each plan's opening, its own 文号 (own_number) and
    the 文号 its text cites after its own."""

    openings: dict[str, str]
    own: dict[str, DocNumber]
    cited: dict[str, list[DocNumber]]
    # PERIOD_REVIEWED: the five-year periods (their years) each plan's opening names as a span of work
    periods: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # ANNEXED_EDITION: the editions of yearly documents each plan's text says it carries as its annex (year, title)
    annexed: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    # CITED_WITH_TITLE: the documents the text of a plan without a 文号 of its own cites by 《title》 and 文号
    titled: dict[str, list[tuple[str, DocNumber]]] = field(default_factory=dict)


def _doc_number(match: re.Match[str]) -> DocNumber:
    return DocNumber(match.group("code"), match.group("year"), match.group("serial"), match.group())


def scan_texts(plans: Sequence[PlanInfo], texts: Callable[[Sequence[str]], Mapping[str, str]]) -> TextScan:
    """One pass over the texts of the plans of kind plan, OPENINGS_BATCH at a time (see TextScan)."""
    ids = [p.id for p in plans if p.kind == "plan"]
    numbers = {p.id: p.doc_number for p in plans if p.doc_number}
    scan = TextScan({}, {}, {})
    if len(ids) < 2:
        return scan
    length = max(FOLLOW_UP_OPENING, FOLLOW_UP_HEADLINE * 3, UNDATED_OPENING)
    for at in range(0, len(ids), OPENINGS_BATCH):
        batch = ids[at : at + OPENINGS_BATCH]
        got = texts(batch)
        for i in batch:
            raw = got.get(i, "")
            scan.openings[i] = raw[:length]
            if PERIOD_REVIEWED:
                named = (period_years(f"{m.group(1)}五") for m in PERIOD_NAMED.finditer(raw[:PERIOD_OPENING]))
                aimed = ((int(m.group(1)) - 4, int(m.group(1))) for m in PERIOD_TARGET.finditer(raw[:PERIOD_OPENING]))
                scan.periods[i] = sorted({years for years in (*named, *aimed) if years is not None})
            text = "".join(raw.split())
            if ANNEXED_EDITION:
                scan.annexed[i] = [(int(m.group("year")), m.group("title")) for m in ANNEX_EDITION.finditer(text)]
            number = own_number(text)
            if number is None and CRAWLED_HEADLINE and (body := crawled_body(raw)) is not None:
                text = body  # the headline lines are the page's, after the crawler's header
                number = own_number(text)
            if number is not None:
                scan.own[i] = _doc_number(number)
                scan.cited[i] = [
                    _doc_number(m) for m in NUMBER_PARTS.finditer(text, number.end()) if not basis(text, m)
                ]
            elif METADATA_NUMBER and (listed := NUMBER_PARTS.fullmatch("".join(numbers.get(i, "").split()))):
                scan.own[i] = _doc_number(listed)
                scan.cited[i] = [
                    _doc_number(m)
                    for m in NUMBER_PARTS.finditer(text)
                    if m.group() != listed.group() and not basis(text, m)
                ]
            elif CITED_WITH_TITLE:
                scan.titled[i] = [
                    (title.group("title"), _doc_number(m))
                    for m in NUMBER_PARTS.finditer(text)
                    if (title := CITED_TITLE_BEFORE.search(text, max(0, m.start() - 200), m.start())) is not None
                    and not basis(text, m)
                ]
    return scan


# CRAWLED_HEADLINE (fixlin57, round 57): a crawler's text file opens with its own header (标题:/发布时间:/文号:/
# 发布机构:/…/本地目录: lines over a "==== 正文 ====" rule, CRAWLER_HEADER), whose nine lines fill the headline window
# own_number reads (FOLLOW_UP_HEADLINE * 3 characters): the page's 文号, printed after the page's breadcrumb and share
# buttons ("…的通知 时间：2021-04-26 11:29 微信 微博 QQ空间 岚执法应急〔2021〕100号 各企业：",
# pt-five-batches-campaign-2021, a pingtan.gov.cn page; none of the 19 such 平潭 pages of the repository had its number
# read), was never its own, so no later plan could cite it by number (CITED_NUMBER). Where the header's lines hold none,
# the headline lines are read after the header (its 本地目录 line, cut short, may leave a 《 open, which would hide
# every number after it).
CRAWLED_HEADLINE = True


def crawled_body(raw: str) -> str | None:
    """CRAWLED_HEADLINE: the text after the crawler's header that opens ``raw`` (whitespace removed), or None."""
    block = metadata_block(raw)
    if block is None or not block.crawled:
        return None
    return "".join(raw[block.match.end() :].split())


# BASIS_CITED: the documents a text names as its basis ("根据《光伏电站开发建设管理办法》（国能发新规〔2022〕104号）、
# 《关于做好2023年风电、光伏发电开发建设有关事项的通知》（沪发改能源〔2023〕80号），经各区申报，现将…项目清单予以公示")
# are what it stands on — laws, measures, the call it answers — not a line of work it carries on: CITED_PREDECESSOR
# leaves 根据/依据 out for that reason, and CITED_NUMBER now does too. (Round 25: the 2023 list of wind and solar
# plants, issued under the year's development notice, is no next step of it; its gold writes no follows between
# them. The citations CITED_NUMBER stands on elsewhere adjust, replace or apply an earlier notice: "对《…细则》
# （京商流通字〔2024〕8号）中补贴标准进行调整", "…（穗工信规字〔2017〕2号）同时作废",
# "按照《…》（医保发〔2022〕22号）要求".)
BASIS_CITED = True
BASIS = re.compile(r"(?:根据|依据)(?:《[^《》]{2,100}》(?:[（(][^（）()《》]{2,40}[）)])?[、和及与]?)+")


def basis(text: str, number: re.Match[str]) -> bool:
    """Whether a 文号 of ``text`` stands in a list of the documents the text is based on (BASIS_CITED)."""
    if not BASIS_CITED:
        return False
    start = max(0, number.start() - 400)
    return any(m.start() <= number.start() < m.end() for m in BASIS.finditer(text, start, number.end() + 2))


def follow_ups(plans: Sequence[PlanInfo], scan: TextScan) -> list[Succession]:
    """FOLLOW_UP_CITED: the plans whose opening reports on an earlier plan of the folder since it was issued."""
    steps = [p for p in plans if p.kind == "plan"]
    later = [p for p in steps if not p.follows]
    if len(steps) < 2 or not later:
        return []
    text_of = scan.openings
    heads = {p.id: "".join(text_of.get(p.id, "")[: FOLLOW_UP_HEADLINE * 3].split()) for p in steps}
    found: list[Succession] = []
    for plan in later:
        opening = "".join(text_of.get(plan.id, "")[:FOLLOW_UP_OPENING].split())
        for cue in FOLLOW_UP.finditer(opening):
            title = "".join((cue.group("title") or "").split())
            number = cue.group("number") or cue.group("bare") or ""
            for other in steps:
                if other.id == plan.id or not _is_followed_up(title, number, heads[other.id]):
                    continue
                if (start_year(other) or 0) > (start_year(plan) or 9999):
                    continue
                if plan.region and other.region and issuer(plan) != issuer(other):
                    continue
                if any(s.earlier == other.id for s in found if s.later == plan.id):
                    continue
                cited = f"《{title}》" if title else number
                found.append(Succession(plan.id, other.id, "inferred", f"its opening follows up {cited}"))
    return found


NUMBER_PARTS = re.compile(r"(?P<code>[\u4e00-\u9fff]{1,10})[〔\[［（(](?P<year>\d{4})[〕\]］）)](?P<serial>\d{1,4})号")


def _outside_titles(text: str, at: int) -> bool:
    """Whether ``at`` stands outside every 《》 of ``text``: a 文号 there is the text's own or cited bare, not
    part of a cited title."""
    return text[:at].count("《") == text[:at].count("》")


# CITED_AFTER_TITLE: a 文号 in brackets right after a cited title ("根据《光伏电站开发建设管理办法》（国能发新规〔2022〕
# 104号）、…，现将…通知如下") is that document's, not the citing one's. A page whose 文号 stood in its metadata (the
# Shanghai index's front matter, which the built text no longer holds) opens its text with the preamble, and the first
# 文号 of its headline lines was a citation: the nine 沪发改能源 notices of round 25 were all "国能发新规〔2022〕104号",
# so none could be cited by its own number (CITED_NUMBER) and every notice citing that measure would have "cited" them.
CITED_AFTER_TITLE = True
AFTER_TITLE = re.compile(r"》[（(]?$")


def own_number(head: str) -> re.Match[str] | None:
    """A plan's own 文号 (CITED_NUMBER): the first one in its headline lines (``head``, whitespace removed)
    outside 《》 and not right after one (CITED_AFTER_TITLE), or None."""
    for match in NUMBER_PARTS.finditer(head[: FOLLOW_UP_HEADLINE * 3]):
        if CITED_AFTER_TITLE and AFTER_TITLE.search(head, 0, match.start()):
            continue
        if _outside_titles(head, match.start()):
            return match
    if LABELLED_NUMBER:
        for label in NUMBER_LABEL.finditer(head[:LABELLED_NUMBER_CHARS]):
            labelled = NUMBER_PARTS.match(head, label.end())
            if labelled is not None:
                return labelled
    return None


# The words that stand before a 文号's issuer code when the regex reads it glued to the text before it: the end
# of a title ("…规划的通知国发〔2007〕37号") or a citing verb ("按照医保发〔2022〕22号"). The code is what follows
# the last of them. A saved page's heading over the document's text ("## 政策原文", the energy-policy vault's pages)
# runs into the 文号 below it once whitespace is gone: "…网站政策原文穗工信规字〔2017〕2号" (lineage21); 原文 ends it.
# A 信息公开 page's metadata labels its 文号 "文件编号" after the issuer's line ("发布机构 /
# 上海市住房和城乡建设管理委员会 / 文件编号 / 沪建质安〔2024〕12 号", round 51): read glued, "员会文件编号沪建质安" was
# no series of the 沪建质安 its successor cites (CITED_NUMBER lost sh-cw-2025 → sh-cw-2024); 编号 ends it
# (METADATA_CODE_LABEL).
METADATA_CODE_LABEL = True
# SHARE_BUTTONS_CODE (fixlin57, round 57): a page crawled onto one line prints its 文号 right after its share buttons
# (CRAWLED_HEADLINE: "微信 微博 QQ空间 岚执法应急〔2021〕100号"); read glued, "空间岚执法应急" was no series of the
# 岚执法应急 a later plan cites. The buttons' words end the lead like a label.
SHARE_BUTTONS_CODE = True
CODE_LEAD = re.compile(
    r".*(?:通知|意见|决定|批复|方案|规划|报告|办法|细则|纲要|要点|指南|规定|按照|根据|依据|参照|落实|执行|贯彻|印发|转发|"
    r"文件|原文|的|和|及|与|、"
    + ("|编号" if METADATA_CODE_LABEL else "")
    + ("|微信|微博|空间" if SHARE_BUTTONS_CODE else "")
    + ")"
)


def series_code(code: str) -> str:
    """A 文号's issuer code without words of the text read in front of it (CODE_LEAD)."""
    return CODE_LEAD.sub("", code)


def same_series(code: str, other: str, office: bool = False) -> bool:
    """Two 文号 of one issuer's series: one issuer code (series_code), two characters at least; 国发 and 国办发,
    医保发 and 医保办发 (the body and its office) are two, unless ``office`` (SERIES_CONTENT)."""
    a, b = series_code(code), series_code(other)
    if office:
        a, b = a.replace("办", ""), b.replace("办", "")
    return len(a) >= 2 and a == b


def number_citations(plans: Sequence[PlanInfo], scan: TextScan) -> list[Succession]:
    """CITED_NUMBER: the plans whose text cites an earlier plan of its issuer's series by its 文号."""
    steps = [p for p in plans if p.kind == "plan"]
    if len(steps) < 2 or not any(not p.follows for p in steps):
        return []
    own, cited = scan.own, scan.cited
    if len(own) < 2:
        return []
    subject = {p.id: title_subject(NUMBER_PARTS.sub(" ", "".join(p.title.split())), p.region) for p in steps}
    by_id = {p.id: p for p in steps}
    # the plans by the year and serial of their own 文号: a citation is looked up, not compared with every plan
    by_number: dict[tuple[str, str], list[str]] = {}
    for i, number in own.items():
        by_number.setdefault((number.year, number.serial), []).append(i)
    found: list[Succession] = []
    for plan in steps:
        if plan.follows or plan.id not in own:
            continue
        mine = own[plan.id]
        for cue in cited[plan.id]:
            for other_id in by_number.get((cue.year, cue.serial), []):
                theirs, other = own[other_id], by_id[other_id]
                if other_id == plan.id or any(s.earlier == other_id for s in found if s.later == plan.id):
                    continue
                code = theirs.code
                if not (same_series(cue.code, code) and same_series(mine.code, code)):
                    continue
                if _number_order(theirs, SAME_YEAR_SERIALS) >= _number_order(mine, SAME_YEAR_SERIALS):
                    continue
                if plan.region and other.region and issuer(plan) != issuer(other):
                    continue
                if five_year(plan) != five_year(other):
                    continue
                a, b = subject[plan.id], subject[other_id]
                if not a or not b or len(a & b) < CITED_NUMBER_SHARE * max(len(a), len(b)):
                    continue
                cited_number = f"{series_code(code)}〔{theirs.year}〕{theirs.serial}号"
                why = f"its text cites {cited_number}, its series' earlier 文号"
                found.append(Succession(plan.id, other_id, "inferred", why))
    if CITED_WITH_TITLE:
        found += titled_citations(steps, scan, subject, by_number, found)
    return found


def titled_citations(
    steps: Sequence[PlanInfo],
    scan: TextScan,
    subject: Mapping[str, set[str]],
    by_number: Mapping[tuple[str, str], list[str]],
    found: Sequence[Succession],
) -> list[Succession]:
    """CITED_WITH_TITLE: the plans without a 文号 of their own whose text cites an earlier plan of their lead issuer
    by its title and its 文号."""
    by_id = {p.id: p for p in steps}
    pairs = {(s.later, s.earlier) for s in found}
    out: list[Succession] = []
    for plan in steps:
        if plan.follows or plan.id in scan.own or not lead_issuer(plan.issuer):
            continue
        for title, cue in scan.titled.get(plan.id, []):
            for other_id in by_number.get((cue.year, cue.serial), []):
                other, theirs = by_id[other_id], scan.own[other_id]
                if other_id == plan.id or (plan.id, other_id) in pairs or not same_series(cue.code, theirs.code):
                    continue
                if lead_issuer(other.issuer) != lead_issuer(plan.issuer) or not is_cited(title, other, ""):
                    continue
                if int(theirs.year) > (start_year(plan) or 0) or five_year(plan) != five_year(other):
                    continue
                a, b = subject[plan.id], subject[other_id]
                if not a or not b or len(a & b) < CITED_NUMBER_SHARE * max(len(a), len(b)):
                    continue
                pairs.add((plan.id, other_id))
                number = f"{series_code(theirs.code)}〔{theirs.year}〕{theirs.serial}号"
                why = f"its text cites 《{title}》（{number}）, of its issuer"
                out.append(Succession(plan.id, other_id, "inferred", why))
    return out


def series_editions(
    plans: Sequence[PlanInfo],
    followers: set[str],
    scan: TextScan,
    texts: Callable[[Sequence[str]], Mapping[str, str]],
) -> list[Succession]:
    """SERIES_CONTENT: a plan of an issuer's 文号 series after the most alike earlier plan of that series."""
    steps = [p for p in plans if p.kind == "plan"]
    if len(steps) < 2 or all(p.follows or p.id in followers for p in steps):
        return []
    own = scan.own
    numbered = [p for p in steps if p.id in own]
    open_plans = [p for p in numbered if not p.follows and p.id not in followers and not p.region]
    if len(numbered) < 2 or not open_plans:
        return []
    text_of = texts([p.id for p in numbered])
    vectors = _vectors(texts, [p.id for p in numbered], [text_of.get(p.id, "") for p in numbered])
    position = {p.id: k for k, p in enumerate(numbered)}
    subject = {p.id: title_subject(NUMBER_PARTS.sub(" ", "".join(p.title.split())), p.region) for p in numbered}
    found: list[Succession] = []

    def same_series_before(plan: PlanInfo, other: PlanInfo) -> bool:
        mine, theirs = own[plan.id], own[other.id]
        return (
            same_series(mine.code, theirs.code, office=True)
            and int(theirs.year) < int(mine.year)
            and five_year(plan) == five_year(other)
            and not (plan.region and other.region and issuer(plan) != issuer(other))
            and len(subject[plan.id] & subject[other.id]) >= SERIES_TITLE_PAIRS
        )

    for plan in open_plans:
        mine = own[plan.id]
        best = most_alike(plan, vectors.likeness(position[plan.id]), position, numbered, same_series_before)
        if best is not None:
            alike, earlier = best
            why = f"one 文号 series ({own[earlier.id].written} → {mine.written}), texts alike ({alike:.2f})"
            found.append(Succession(plan.id, earlier.id, "inferred", why))
    return found


def issuer_editions(
    plans: Sequence[PlanInfo],
    followers: set[str],
    scan: TextScan,
    texts: Callable[[Sequence[str]], Mapping[str, str]],
) -> list[Succession]:
    """ISSUER_SERIES: a region-less plan after the most alike earlier plan of its named lead issuer."""
    steps = [p for p in plans if p.kind == "plan" and start_year(p) is not None and lead_issuer(p.issuer)]
    open_plans = [p for p in steps if not p.follows and p.id not in followers and not p.region]
    if len(steps) < 2 or not open_plans:
        return []
    by_issuer: dict[str, list[PlanInfo]] = {}
    for p in steps:
        by_issuer.setdefault(lead_issuer(p.issuer), []).append(p)
    open_plans = [p for p in open_plans if len(by_issuer[lead_issuer(p.issuer)]) > 1]
    if not open_plans:
        return []
    text_of = texts([p.id for p in steps])
    steps = [p for p in steps if text_of.get(p.id)]
    vectors = _vectors(texts, [p.id for p in steps], [text_of[p.id] for p in steps])
    position = {p.id: k for k, p in enumerate(steps)}
    subject = {p.id: plan_subject(p) for p in steps}

    def issuer_edition_before(plan: PlanInfo, other: PlanInfo) -> bool:
        begin = start_year(plan) or 0
        mine, theirs = scan.own.get(plan.id), scan.own.get(other.id)
        return (
            plan.id not in other.follows
            and (start_year(other) or 0) < begin
            and (end_year(other) or 0) <= begin
            and (mine is None or theirs is None or same_series(mine.code, theirs.code, office=True))
            and five_year(plan) == five_year(other)
            and (
                len(subject[plan.id] & subject[other.id]) >= SERIES_TITLE_PAIRS
                or bool(RENAMED_SERIES_CONCEPT and named_concepts(plan.title) & named_concepts(other.title))
            )
            and not sector_siblings(plan.title, other.title)
            and (not SUBJECT_NAMED or names_subject(text_of[plan.id], text_of[other.id]))
        )

    def floor(plan: PlanInfo, other: PlanInfo) -> float:
        if not NAMED_OBJECT_SERIES:
            return EDITION_LIKENESS
        # a crawler's 标题 line keeps the page title's wraps as blanks ("…工贸重点企业有限空间 作业指导帮扶工作方案")
        words = shared_title_words(unwrapped(plan), unwrapped(other), 1)
        return NAMED_OBJECT_LIKENESS if any(len(w) >= NAMED_OBJECT_CHARS for w in words) else EDITION_LIKENESS

    def fits(plan: PlanInfo, other: PlanInfo, likeness: np.ndarray) -> bool:
        return float(likeness[position[other.id]]) >= floor(plan, other) and issuer_edition_before(plan, other)

    found: list[Succession] = []
    placed: dict[str, tuple[float, PlanInfo]] = {}
    for plan in open_plans:
        if plan.id not in position:
            continue
        likeness = vectors.likeness(position[plan.id])
        issued = [p for p in by_issuer[lead_issuer(plan.issuer)] if p.id in position and p.id != plan.id]
        issued.sort(key=lambda p: -float(likeness[position[p.id]]))
        best = next(((float(likeness[position[p.id]]), p) for p in issued if fits(plan, p, likeness)), None)
        if best is not None:
            placed[plan.id] = best
    by_id = {p.id: p for p in steps}
    for later, (alike, earlier) in placed.items():
        plan = by_id[later]
        begin = start_year(plan) or 0
        if ISSUER_NEXT_IN_LINE:
            likeness = vectors.likeness(position[later])
            between = [
                by_id[c]
                for c, (_, b) in placed.items()
                if b.id == earlier.id and (start_year(earlier) or 0) < (start_year(by_id[c]) or 0) < begin
            ]
            between = [c for c in between if fits(plan, c, likeness)]
            if between:
                earlier = max(between, key=lambda c: (start_year(c) or 0, c.id))
                alike = float(likeness[position[earlier.id]])
        why = (
            f"one issuer's series ({lead_issuer(plan.issuer)}, {start_year(earlier)} → {begin}; region unknown), "
            f"texts alike ({alike:.2f})"
        )
        found.append(Succession(plan.id, earlier.id, "inferred", why))
    return found


_SERIES_TERMS: LineageTerms | None = None


def named_concepts(title: str) -> set[str]:
    """RENAMED_SERIES_CONCEPT: the concepts of the lineage vocabulary a title names itself (not their broader ones)."""
    global _SERIES_TERMS
    if _SERIES_TERMS is None:
        _SERIES_TERMS = LineageTerms.load()
    return {concept for concept, _ in _SERIES_TERMS.find(title)}


def unwrapped(plan: PlanInfo) -> PlanInfo:
    """NAMED_OBJECT_SERIES: the plan with its title's blanks removed."""
    return replace(plan, title="".join(plan.title.split()))


def next_period_plans(plans: Sequence[PlanInfo], followers: set[str], scan: TextScan) -> list[Succession]:
    """PERIOD_REVIEWED: a plan whose opening reviews the five-year period before its own after the plan of its
    field whose targets end with that period."""
    steps = [p for p in plans if p.kind == "plan" and start_year(p) is not None and end_year(p) is not None]
    found: list[Succession] = []
    for plan in steps:
        if plan.follows or plan.id in followers:
            continue
        begin = start_year(plan)
        assert begin is not None
        named = scan.periods.get(plan.id, [])
        reviewed = [p for p in named if p[1] < begin and (p[1] + 1, p[1] + 5) in named]
        if not reviewed:
            continue
        first, last = reviewed[-1]
        mine = plan_subject(plan)
        candidates = []
        for other in steps:
            ends, starts = end_year(other), start_year(other)
            if other.id == plan.id or ends != last or starts is None or not first - 5 <= starts <= last:
                continue
            if plan.id in other.follows or not edition_compatible(plan, other, share=False):
                continue
            if not one_issuer_line(plan, other):
                continue
            shared = len(mine & plan_subject(other))
            if shared >= PERIOD_SUBJECT_PAIRS and shared >= SUBJECT_SHARE * min(len(mine), len(plan_subject(other))):
                candidates.append((shared, other))
        if candidates:
            best = max(shared for shared, _ in candidates)
            for shared, other in candidates:
                if shared == best:
                    why = f"its opening reviews {first}–{last}, aims at the period after; titles share {shared} pairs"
                    found.append(Succession(plan.id, other.id, "inferred", why))
    return found


def one_issuer_line(plan: PlanInfo, other: PlanInfo) -> bool:
    """PERIOD_REVIEWED's issuer line: one issuing level where both regions are known; else both issuers named, with one
    lead issuer or two central bodies (CENTRAL_ISSUER)."""
    if plan.region and other.region:
        return issuer(plan) == issuer(other)
    mine, theirs = lead_issuer(plan.issuer), lead_issuer(other.issuer)
    return bool(mine and theirs) and (mine == theirs or (central(mine) and central(theirs)))


def lead_issuer(names: str) -> str:
    """The first of the issuers a plan's metadata names ("国家发展改革委、国家能源局、…" → 国家发展改革委)."""
    return re.split(r"[、，,；;\s]+", names.strip(), maxsplit=1)[0]


def central(name: str) -> bool:
    """A central body of the state (CENTRAL_ISSUER)."""
    return CENTRAL_ISSUER.search(name) is not None


def _is_followed_up(title: str, number: str, head: str) -> bool:
    """Whether a plan whose text opens with ``head`` (whitespace removed) is the one cited by ``title``
    (its headline: the text opens with it) or ``number`` (its 文号 in its opening, not inside 《》)."""
    if title and len(title) >= 6:
        at = head.find(title)
        if 0 <= at <= FOLLOW_UP_HEADLINE and not head[:at].endswith("《"):
            return True
    if number:
        # the regex reads up to ten characters before the bracket: words of the sentence may stand in front
        # ("自国办发〔2011〕3号文件印发以来"); the issuer's short form (国发, 国办发, 发改能源) is the longest run of
        # its last characters, two at least, that the other text's opening holds
        bracket = next(k for k, c in enumerate(number) if not "\u4e00" <= c <= "\u9fff")
        for k in range(max(0, bracket - 4), bracket - 1):
            at = head.find(number[k:])
            if at >= 0 and _outside_titles(head, at):
                return True
    return False


def names_subject(later: str, earlier: str) -> bool:
    """Whether ``earlier`` names the subject of ``later`` (see SUBJECT_NAMED): each of the later text's
    SUBJECT_TOP most frequent character pairs (``similarity.bigrams``) occurs in the earlier text at
    SUBJECT_RATE of its rate in the later one or more."""
    ours, theirs = Counter(bigrams(later)), Counter(bigrams(earlier))
    n_ours, n_theirs = sum(ours.values()), sum(theirs.values())
    if not n_ours or not n_theirs:
        return True
    return all(theirs[g] / n_theirs >= SUBJECT_RATE * count / n_ours for g, count in ours.most_common(SUBJECT_TOP))


# EXCERPT_NOT_EDITION (fixlin60, round 60): a text cut out of another is that document, not its next edition. Round
# 60's chapter 十四、 of 上海's 十四五 纲要 (sh-fyp14-ch14-life, lineage60: lines 2464-2820 of sh-fyp-14, byte for byte)
# was placed at 2025 by its body's years and followed the whole outline (2021), texts alike 0.43: a false succession
# over the scored texts. An edition rewrites (the 十五五 chapter after it shares phrases, not pages); a cut repeats:
# EXCERPT_SHARE or more of the shorter text's EXCERPT_SHINGLE-character pieces (whitespace aside, every
# EXCERPT_SHINGLE-th one) stand in the longer one, and the shorter is a part of it, EXCERPT_PART_MAX of its length at
# most (the chapter is an eighth of the outline): an amended regulation repeats most of the text it amends at about its
# length, and an action plan may restate the whole opinion it carries out ("以“十大工程”为主路径", GOAL_BEFORE_TERM) —
# both editions, not cuts.
EXCERPT_NOT_EDITION = True
EXCERPT_SHINGLE = 16
EXCERPT_SHARE = 0.8
EXCERPT_PART_MAX = 0.5


def excerpt_of(text: str, other: str) -> bool:
    """Whether one of two texts is cut out of the other (EXCERPT_NOT_EDITION)."""
    short, long = sorted((re.sub(r"\s+", "", text), re.sub(r"\s+", "", other)), key=len)
    if len(short) > EXCERPT_PART_MAX * len(long):
        return False
    pieces = [short[k : k + EXCERPT_SHINGLE] for k in range(0, len(short) - EXCERPT_SHINGLE + 1, EXCERPT_SHINGLE)]
    return bool(pieces) and sum(piece in long for piece in pieces) >= EXCERPT_SHARE * len(pieces)


# GOAL_YEARS_ONLY (lead, session 28): a text that names no year but its goals' ("力争到2025年，全省…", a 山东 guiding
# opinion of December 2023 without its title, date or signature, round 32) runs up to that year, not from it: placed at
# 2025 it was read as the next edition of the province's 2024-2025 action plan, which in fact takes up its projects.
# Such a text follows only plans that ended before its goal year ("到2026年" alone places the 2024 AI standards guide
# after the 2020 one, rightly).
GOAL_YEAR = re.compile(r"(?:到|至)[ ]*$")
# GOAL_BEFORE_TERM (issue 8, lin46b): such a text comes before a plan alike it whose term starts before its goal year
# and ends in it. The 山东 guiding opinion above ("力争到2025年", undated) is the step before the province's
# 新一代信息技术产业行动计划（2024-2025年）, whose 总体目标 takes up its way word for word
# ("以“十大工程”为主路径") and names the years between
# ("2024年、2025年分别突破2.2万亿元、2.4万亿元"):
# the plan for the years up to a goal carries out the text that set only that goal. Placed at its goal year the
# opinion stood after the action plan, and GOAL_YEARS_ONLY kept it from following it: no step either way.
GOAL_BEFORE_TERM = True


# BODY_PERIOD_YEARS (fixlin60, round 60): a text that names no year at all may still name its five-year period, quoted,
# as the outline it was cut from does: the 十、 chapters of 上海's two outlines (spatial layout) name no "2025年" or
# "2030年", only their maps' captions "“十四五”上海市域功能布局" and "图2 “十五五”城市功能空间布局示意图"; unplaced,
# CONTENT_EDITIONS compared neither, and the 十五五 chapter (texts alike 0.33) followed nothing. Such a text is placed
# in the years of the quoted period it names most often, the latest of equals (a plan reviews the period before its own,
# LATEST_TEXT_PERIOD; a 1986 speech, "中央关于制订“七五”计划的建议…要在“七五”、“八五”期间求得解决", is of 七五). Not the
# same characters counting something else: "“六五”环境日" (World Environment Day, 5 June), "积极推进“八五”普法" (the
# eighth five-year law-popularisation campaign, 2021-2025, in the 十四五 outline's reform chapter: read as a period,
# 1991). Only where no year is named: a year outranks a period.
BODY_PERIOD_YEARS = True
BODY_PERIOD = re.compile(r"“(?P<n>十[一二三四五六七八九]?|[六七八九])五”(?![、”]*(?:世界)?环境日|[、”]*普法)")


def body_years(text: str) -> tuple[int, int] | None:
    """The first and last of the years a text names ("2018年", "到2026年"), else those of the latest five-year period it
    names most often, quoted (BODY_PERIOD_YEARS), or None."""
    years = [int(m.group(1)) for m in BODY_YEAR.finditer(text)]
    if years:
        return min(years), max(years)
    if BODY_PERIOD_YEARS:
        named = Counter(span for m in BODY_PERIOD.finditer(text) if (span := period_years(f"{m.group('n')}五")))
        if named:
            return max(named, key=lambda span: (named[span], span))
    return None


def goal_before_term(own: tuple[int, int], theirs: tuple[int, int], own_goal_only: bool, goal_only: bool) -> bool:
    """Whether a text naming only its goal year (``theirs``) comes before a dated plan whose term (``own``) starts
    before that year and ends in it (GOAL_BEFORE_TERM)."""
    return GOAL_BEFORE_TERM and goal_only and not own_goal_only and own[0] < own[1] == theirs[0] == theirs[1]


def goal_years_only(text: str) -> bool:
    """Whether every year a text names is a goal's ("到2025年"; GOAL_YEARS_ONLY)."""
    found = list(BODY_YEAR.finditer(text))
    return bool(found) and all(GOAL_YEAR.search(text[max(0, m.start() - 3) : m.start()]) for m in found)


# SHARED_TEXTS: CONTENT_EDITIONS, LOST_EARLIER_EDITIONS and SERIES_CONTENT each compared whole texts, and each
# fetched them from the store and made their TF-IDF space anew: a folder whose plans lost titles or regions read every
# text three times. They now share one reading (``SharedTexts``: a text fetched once, kept while the rules run) and the
# space of each list of plans (the same plans give the same space: the IDF is over exactly those texts, so a space is
# reused only for an identical list, and the cosines are unchanged). The texts are held only once a rule needs them
# (most builds of generated plans need none), as scan_texts holds only openings.
class SharedTexts:
    """The plans' texts, fetched once from ``texts`` and kept; and ``text_vectors`` of each list of plans, made once."""

    def __init__(self, texts: Callable[[Sequence[str]], Mapping[str, str]]) -> None:
        self._fetch = texts
        self._texts: dict[str, str] = {}
        self._missing: set[str] = set()
        self._spaces: dict[tuple[str, ...], TextSpace] = {}

    def __call__(self, ids: Sequence[str]) -> Mapping[str, str]:
        wanted = [i for i in dict.fromkeys(ids) if i not in self._texts and i not in self._missing]
        if wanted:
            got = self._fetch(wanted)
            self._texts.update((i, got[i]) for i in wanted if i in got)
            self._missing.update(i for i in wanted if i not in got)
        return {i: self._texts[i] for i in ids if i in self._texts}

    def vectors(self, ids: Sequence[str], texts: Sequence[str]) -> TextSpace:
        """``text_space(texts)``, the texts of ``ids`` as given, made once per list of ids."""
        key = tuple(ids)
        if key not in self._spaces:
            self._spaces[key] = text_space(texts)
        return self._spaces[key]


def _vectors(
    texts: Callable[[Sequence[str]], Mapping[str, str]], ids: Sequence[str], given: Sequence[str]
) -> TextSpace:
    """The TF-IDF space of ``given`` (the texts of ``ids``), shared where ``texts`` is a ``SharedTexts``."""
    return texts.vectors(ids, given) if isinstance(texts, SharedTexts) else text_space(given)


def most_alike(
    plan: PlanInfo,
    likeness: np.ndarray,
    position: Mapping[str, int],
    candidates: Sequence[PlanInfo],
    accept: Callable[[PlanInfo, PlanInfo], bool],
) -> tuple[float, PlanInfo] | None:
    """The edition rules' choice of a plan's earlier edition: of the ``candidates`` other than the plan that
    ``accept(plan, candidate)`` takes, the one whose text is most like the plan's (``likeness`` by ``position``), at
    EDITION_LIKENESS or more; the first of equals. ``accept`` is asked only of a candidate that would be the best so
    far (it may read whole texts)."""
    best: tuple[float, PlanInfo] | None = None
    for other in candidates:
        if other.id == plan.id:
            continue
        alike = float(likeness[position[other.id]])
        if alike < EDITION_LIKENESS or (best is not None and alike <= best[0]) or not accept(plan, other):
            continue
        best = (alike, other)
    return best


# TRANSPOSED_ONCE: a text's likeness to every other is its row times the transposed space. ``row @ vectors.T`` made
# SciPy turn the transposed space (CSC) into CSR for every plan compared: over the repository's 332 real texts 409
# conversions were 1.24 s of the 2.17 s CONTENT_EDITIONS took, and their cost grows with the folder for each plan
# compared. The conversion is made once per space (``TextSpace.columns``): the same matrix, the same products.
@dataclass(frozen=True)
class TextSpace:
    """``text_vectors`` of some texts (``rows``) and its transpose in CSR (``columns``), made once."""

    rows: Any
    columns: Any

    def likeness(self, k: int) -> np.ndarray:
        """The cosine of text ``k`` with every text of the space."""
        return np.asarray((self.rows[k] @ self.columns).toarray()).ravel()


def text_space(texts: Sequence[str]) -> TextSpace:
    """``text_vectors(texts)`` with its transpose (TRANSPOSED_ONCE)."""
    vectors = text_vectors(texts)
    return TextSpace(vectors, vectors.T.tocsr())


def text_vectors(texts: Sequence[str]) -> Any:
    """The texts' character bigrams as L2-normalised TF-IDF rows (IDF over these texts; stop
    characters and the bigrams of generic words left out, as in lineage's similarity): the
    product of two rows is the cosine of two texts."""
    rows, codes = bigram_codes(texts)
    columns, inverse = np.unique(codes, return_inverse=True)
    counts = sparse.csr_matrix((np.ones(len(codes)), (rows, inverse)), shape=(len(texts), len(columns)))
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=len(columns))
    idf = np.log((len(texts) + 1) / (df + 1.0)) + 1.0
    counts.data = (1.0 + np.log(counts.data)) * idf[counts.indices]
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return (sparse.diags(1.0 / norms) @ counts).tocsr()


def content_editions(
    plans: Sequence[PlanInfo], followers: set[str], texts: Callable[[Sequence[str]], Mapping[str, str]]
) -> list[Succession]:
    """CONTENT_EDITIONS: the FOLLOWS of plans that lost their title or region, from their texts."""
    steps = [p for p in plans if p.kind == "plan"]
    known = [(start_year(p), end_year(p)) for p in steps]
    meta = {p.id: (b, e if e is not None else b) for p, (b, e) in zip(steps, known, strict=True) if b is not None}
    open_plans = [
        p for p in steps if not p.follows and p.id not in followers and (subject_unknown(p.title) or not p.region)
    ]
    # Texts are read only where an earlier plan may exist: plans of one start year (a folder of
    # 十四五 plans) follow nothing, whatever their texts.
    if steps and len(meta) == len(steps):
        first_start = min(b for b, _ in meta.values())
        first_end = min(e for _, e in meta.values())
        open_plans = [p for p in open_plans if meta[p.id][0] > first_start and meta[p.id][0] >= first_end]
    if not open_plans or len(steps) < 2:
        return []
    text_of = texts([p.id for p in steps])
    steps = [p for p in steps if text_of.get(p.id)]
    position = {p.id: k for k, p in enumerate(steps)}
    years: dict[str, tuple[int, int]] = {}
    for p in steps:
        placed = meta.get(p.id) or body_years(text_of[p.id])
        if placed is not None:
            years[p.id] = placed
    goal_only = {p.id for p in steps if p.id not in meta and goal_years_only(text_of[p.id])}
    vectors = _vectors(texts, [p.id for p in steps], [text_of[p.id] for p in steps])

    found: list[Succession] = []
    for plan in open_plans:
        if plan.id not in position:
            continue
        own = years.get(plan.id)
        if CITED_PREDECESSOR:
            cited = cited_plans(plan, steps, text_of, years)
            found += [
                Succession(plan.id, earlier.id, "inferred", f"its opening implements 《{title}》")
                for earlier, title in cited
                if edition_compatible(plan, earlier)
            ]
            if any(s.later == plan.id for s in found):
                continue
        if own is None:
            continue
        likeness = vectors.likeness(position[plan.id])
        best: tuple[float, PlanInfo] | None = None
        for k in np.flatnonzero(likeness >= EDITION_LIKENESS).tolist():
            other = steps[k]
            theirs = years.get(other.id)
            if other.id == plan.id or theirs is None:
                continue
            if not goal_before_term(own, theirs, plan.id in goal_only, other.id in goal_only) and (
                theirs[0] >= own[0] or theirs[1] > own[0]
            ):
                continue
            if plan.id in goal_only and theirs[1] >= own[0]:  # GOAL_YEARS_ONLY: still running in its goal year
                continue
            if (best is None or likeness[k] > best[0]) and edition_compatible(plan, other):
                if SUBJECT_NAMED and not names_subject(text_of[plan.id], text_of[other.id]):
                    continue
                if EXCERPT_NOT_EDITION and excerpt_of(text_of[plan.id], text_of[other.id]):
                    continue
                best = (float(likeness[k]), other)
        if best is not None:
            alike, earlier = best
            lost = "title" if subject_unknown(plan.title) else "region"
            reason = f"texts alike ({alike:.2f}; the {lost} unknown), {years[earlier.id][0]} → {own[0]}"
            if goal_before_term(own, years[earlier.id], plan.id in goal_only, earlier.id in goal_only):
                aim = f"an undated text aiming at {own[1]}, before the plan for {own[0]}-{own[1]}"
                reason = f"texts alike ({alike:.2f}; the {lost} unknown), {aim}"
            found.append(Succession(plan.id, earlier.id, "inferred", reason))
    if DRAFT_THEN_ISSUED:
        settled = {s.later for s in found}
        pairs = {(s.later, s.earlier) for s in found}
        drafts = [p for p in steps if draft(text_of[p.id])]
        for plan in open_plans:
            if plan.id in settled or plan.id not in position or draft(text_of[plan.id]):
                continue
            likeness = vectors.likeness(position[plan.id])
            own = years.get(plan.id)
            fits = [
                (float(likeness[position[d.id]]), d)
                for d in drafts
                if d.id != plan.id
                and (d.id, plan.id) not in pairs
                and likeness[position[d.id]] >= EDITION_LIKENESS
                and edition_compatible(plan, d)
                and (
                    (own is None and years.get(d.id) is None)
                    or (own is not None and d.id in years and years[d.id][0] <= own[0])
                )
            ]
            if fits:
                alike, earlier = max(fits, key=lambda f: (f[0], f[1].id))
                reason = f"issued after its draft for comments (texts alike {alike:.2f})"
                found.append(Succession(plan.id, earlier.id, "inferred", reason))
    return found


# LOST_EARLIER_EDITIONS: CONTENT_EDITIONS places a plan that lost its title or region after the editions
# before it; the earlier edition may be the one that lost them, and the later one then finds no step (its
# titled predecessor is not there to share its title with). The 2021 中央一号文件 as a news site
# crawls it is headed "2021年中央一号文件（全文）", the page's headline, without the issuer line
# 中共中央 国务院 (no region) and without the official title, while the 2023 edition carries both
# ("中共中央　国务院关于做好2023年全面推进乡村振兴重点工作的意见"): the two share no title word, and
# the 2021 text is no later plan for CONTENT_EDITIONS to place. A plan that follows nothing follows
# such an earlier plan when that plan is, of all the folder's plans that ended by the time it starts,
# the one whose text is most alike (EDITION_LIKENESS and SUBJECT_NAMED as for CONTENT_EDITIONS; one
# place where both titles open with one, TITLE_PLACE). The title share is not asked: one of the two
# titles is a headline, not the document's title. Only for a later plan that knows its own title and region: where
# both lost something, CONTENT_EDITIONS judges them, title share and all (a sector's guide is no edition of the
# national guide it implements). (Over the repository's real texts,
# bench/eval_successions: 中央一号文件 2023 → 2021 (0.40; the next most alike, the 2018 rural
# opinions, 0.30) found; no other pair passes: 京津唐 2021 → 2019 (0.35) fails SUBJECT_NAMED, and a
# district's 城市体检 plan 2021 → the 2020 national one, 0.23, stays under EDITION_LIKENESS.)
LOST_EARLIER_EDITIONS = True


def lost_earlier_editions(
    plans: Sequence[PlanInfo], followers: set[str], texts: Callable[[Sequence[str]], Mapping[str, str]]
) -> list[Succession]:
    """LOST_EARLIER_EDITIONS: plans that follow nothing, after the most alike earlier text that lost its title or
    region."""
    steps = [p for p in plans if p.kind == "plan" and start_year(p) is not None]
    term = {p.id: (start_year(p) or 0, end_year(p) or start_year(p) or 0) for p in steps}
    lost = [p for p in steps if subject_unknown(p.title) or not p.region]
    open_plans = [
        p
        for p in steps
        if not p.follows
        and p.id not in followers
        and p.region
        and not subject_unknown(p.title)
        and any(q.id != p.id and term[q.id][0] < term[p.id][0] and term[q.id][1] <= term[p.id][0] for q in lost)
    ]
    if not open_plans:
        return []
    text_of = texts([p.id for p in steps])
    steps = [p for p in steps if text_of.get(p.id)]
    position = {p.id: k for k, p in enumerate(steps)}
    vectors = _vectors(texts, [p.id for p in steps], [text_of[p.id] for p in steps])
    lost_ids = {p.id for p in lost}
    found: list[Succession] = []
    for plan in open_plans:
        if plan.id not in position:
            continue
        own = term[plan.id][0]
        likeness = vectors.likeness(position[plan.id])
        earlier = [
            (float(likeness[k]), other)
            for k, other in enumerate(steps)
            if other.id != plan.id and term[other.id][0] < own and term[other.id][1] <= own
        ]
        if not earlier:
            continue
        alike, best = max(earlier, key=lambda e: (e[0], e[1].id))
        if best.id not in lost_ids or alike < EDITION_LIKENESS:
            continue
        if plan.region and best.region and issuer(plan) != issuer(best):
            continue
        known = not subject_unknown(plan.title) and not subject_unknown(best.title)
        if known and title_place(plan.title) != title_place(best.title):
            continue
        if SUBJECT_NAMED and not names_subject(text_of[plan.id], text_of[best.id]):
            continue
        lost_what = "title" if subject_unknown(best.title) else "region"
        reason = f"the most alike earlier text ({alike:.2f}; its {lost_what} unknown), {term[best.id][0]} → {own}"
        found.append(Succession(plan.id, best.id, "inferred", reason))
    return found


# NEXT_IN_LINE (fix30lin, round 30): CONTENT_EDITIONS places a plan that lost its title or region after the earlier
# text most like its own that it may follow by title; an edition in between, titled otherwise, may be the step the
# line passed through. The 2026 中央一号文件 as a Word digest ("2026年中央一号文件", no issuer line) was placed after
# the 2021 text ("2021年中央一号文件（全文）", 0.35), whose title it shares, not after the 2023 edition (0.37), which
# follows the 2021 one (LOST_EARLIER_EDITIONS) and is titled by its issuer and subject ("中共中央　国务院关于做好
# 2023年全面推进乡村振兴重点工作的意见"). A succession CONTENT_EDITIONS inferred (A after B) moves to the latest plan C
# known to follow B that starts between B and A, when A's text is alike C's as well (EDITION_LIKENESS,
# SUBJECT_NAMED): the line B → C → A. (bench/eval_successions: that pair only.)
NEXT_IN_LINE = True
CONTENT_REASON = "texts alike"


def next_in_line(
    found: list[Succession], plans: Sequence[PlanInfo], texts: Callable[[Sequence[str]], Mapping[str, str]]
) -> list[Succession]:
    """NEXT_IN_LINE: CONTENT_EDITIONS' successions moved to the step between, where there is one."""
    by_id = {p.id: p for p in plans}
    later_of: dict[str, list[str]] = {}
    for s in found:
        later_of.setdefault(s.earlier, []).append(s.later)

    def between(s: Succession) -> list[PlanInfo]:
        own, before = start_year(by_id[s.later]), start_year(by_id[s.earlier])
        if own is None or before is None:
            return []
        steps = [by_id[c] for c in later_of.get(s.earlier, []) if c != s.later and c in by_id]
        return [c for c in steps if before < (start_year(c) or 0) < own]

    moved = [s for s in found if s.method == "inferred" and s.reason.startswith(CONTENT_REASON) and s.later in by_id]
    moved = [s for s in moved if s.earlier in by_id and between(s)]
    if not moved:
        return found
    steps = [p for p in plans if p.kind == "plan"]
    text_of = texts([p.id for p in steps])
    steps = [p for p in steps if text_of.get(p.id)]
    position = {p.id: k for k, p in enumerate(steps)}
    vectors = _vectors(texts, [p.id for p in steps], [text_of[p.id] for p in steps])
    out: list[Succession] = []
    for s in found:
        if s not in moved or s.later not in position:
            out.append(s)
            continue
        likeness = vectors.likeness(position[s.later])
        fits = [
            (start_year(c) or 0, float(likeness[position[c.id]]), c)
            for c in between(s)
            if c.id in position
            and likeness[position[c.id]] >= EDITION_LIKENESS
            and (not SUBJECT_NAMED or names_subject(text_of[s.later], text_of[c.id]))
        ]
        if not fits:
            out.append(s)
            continue
        year, alike, step = max(fits, key=lambda f: (f[0], f[1], f[2].id))
        why = f"{CONTENT_REASON} ({alike:.2f}), the edition after {s.earlier} ({year} → {start_year(by_id[s.later])})"
        if all((x.later, x.earlier) != (s.later, step.id) for x in found):
            out.append(Succession(s.later, step.id, "inferred", why))
    return out


def edition_compatible(plan: PlanInfo, other: PlanInfo, share: bool = True) -> bool:
    """Whether two plans placed by their texts (CONTENT_EDITIONS, CITED_PREDECESSOR, DRAFT_THEN_ISSUED)
    may be steps of one line: one issuer where both regions are known, one place where both titles
    open with one (TITLE_PLACE), and (``share``) nearly one title where both titles are known."""
    if plan.region and other.region and issuer(plan) != issuer(other):
        return False
    if subject_unknown(plan.title) or subject_unknown(other.title):
        return True
    if title_place(plan.title) != title_place(other.title):
        return False
    if sector_siblings(plan.title, other.title):
        return False
    if not share:
        return True
    mine, theirs = plan_subject(plan), plan_subject(other)
    return len(mine & theirs) >= EDITION_TITLE_SHARE * len(mine | theirs)


def sector_siblings(title: str, other: str) -> bool:
    """Two titles of one series naming two sectors (SECTOR_SERIES)."""
    mine, theirs = SECTOR_SERIES.search(title), SECTOR_SERIES.search(other)
    return mine is not None and theirs is not None and mine.group("sector") != theirs.group("sector")


def title_place(title: str) -> str:
    """The place a title opens with (TITLE_PLACE), or ""."""
    proposed = PROPOSED_PLAN.search(title) if PROPOSED_PLAN_PLACE else None
    if proposed is not None:
        title = proposed.group("plan")  # PROPOSED_PLAN_PLACE: the place of the plan a proposal frames
    match = TITLE_PLACE.match(title)
    return match.group("place") if match and match.group("place") not in NOT_SUB_REGIONS else ""


def draft(text: str) -> bool:
    """A draft for comments (DRAFT_THEN_ISSUED): its opening lines say so."""
    return DRAFT_MARK.search(text[:DRAFT_OPENING]) is not None


def cited_plans(
    plan: PlanInfo, steps: Sequence[PlanInfo], text_of: Mapping[str, str], years: Mapping[str, tuple[int, int]]
) -> list[tuple[PlanInfo, str]]:
    """CITED_PREDECESSOR: the plans of ``steps`` that ``plan``'s opening says it implements, with
    the title it cites them by; none that the years place at or after ``plan``'s start."""
    found: list[tuple[PlanInfo, str]] = []
    own = years.get(plan.id)
    for cue in CITING.finditer(text_of[plan.id][:CITED_OPENING]):
        for named in CITED_TITLE.finditer(cue.group("titles")):
            title = named.group("title")
            matches = []
            for other in steps:
                theirs = years.get(other.id)
                if other.id == plan.id or any(other is f for f, _ in found):
                    continue
                if own is not None and theirs is not None and (theirs[0] >= own[0] or theirs[1] > own[0]):
                    continue
                if is_cited(title, other, text_of[other.id]):
                    matches.append(other)
            # One document is cited: the edition the citation names ("（2021版）") where the folder holds
            # it, else the latest of the editions that match.
            exact = [m for m in matches if "".join(m.title.split()).endswith("".join(title.split()))]
            matches = exact or matches
            if len(matches) > 1:
                latest = max(years.get(m.id, (0, 0))[0] for m in matches)
                matches = [m for m in matches if years.get(m.id, (0, 0))[0] == latest]
            found += [(m, title) for m in matches]
    return found


def is_cited(title: str, plan: PlanInfo, text: str) -> bool:
    """Whether a title cited in 《》 names ``plan``: its own title (the issuer may be left out of the
    cited form), or, for a plan that lost its title, the subject and kind its opening states
    ("为加强…管理，…提出以下意见" for 《关于加强…管理的意见》)."""
    cited = edition_title(title)
    if len(cited) < 6:
        return False
    if not subject_unknown(plan.title):
        own = edition_title(plan.title)
        return own == cited or own.endswith(cited)
    shape = CITED_SUBJECT.search(cited)
    if shape is None:
        return False
    opening = text[:CITED_OPENING]
    subject, kind = re.escape(shape.group("subject")), re.escape(shape.group("kind"))
    return re.search(rf"为{subject}[，,].{{0,300}}?(?:提出|制定|印发)(?:以下|如下|本)?{kind}", opening) is not None


# LABELLED_NUMBER: a saved government page puts the document's 文号 in the page's metadata list, after the site's
# navigation menus, labelled ("06. [发文字号] 京商流通字〔2024〕12号" on beijing.gov.cn, 2,000 characters into the
# text as built and 4,850 into the saved Markdown with the menus' links; "文号：" on others), not in the headline
# lines own_number reads first; so a 2024-08 细则 that cites "京商流通字〔2024〕8号" had no number of its own to be
# cited by and to cite from (round 21: the 加力细则 after the 细则 it adjusts was not inferred). Where the headline
# lines hold none, a 文号 right after a label (NUMBER_LABEL: 发文字号 or 文号, then up to a few marks, no character of
# a word between) in the first LABELLED_NUMBER_CHARS characters is the plan's own. A label followed by anything
# else ("文号: （无）", the saved page's own header) gives none.
LABELLED_NUMBER = True
# METADATA_NUMBER: where the text as built shows no 文号 of its own, the one the plan's metadata gives (the manifest's,
# or the one the loader read off the page's metadata table, e.g. "06. [发文字号] 京商流通字〔2024〕12号", a list the
# built text no longer holds: furniture), and every other 文号 of the text is cited.
METADATA_NUMBER = True
LABELLED_NUMBER_CHARS = 8000
NUMBER_LABEL = re.compile(r"(?:发文字号|文号)[^\u4e00-\u9fff（(〔\d]{0,8}")
# SAME_YEAR_SERIALS: an issuer numbers its documents in one series each year, so of two documents of one year the
# one with the smaller serial was issued first: 京商流通字〔2024〕12号 (2024-08-29) cites 〔2024〕8号 (2024-05-31),
# whose 补贴标准 it adjusts. CITED_NUMBER compared years only and took no citation within a year.
SAME_YEAR_SERIALS = True


def _number_order(number: DocNumber, serials: bool) -> tuple[int, int]:
    """When a 文号 was issued, as far as it says: its year, then (``serials``) its serial within the year."""
    return int(number.year), int(number.serial) if serials else 0


# SKIPPED_STEP: the rules may place a plan after two steps of one line: after the nearest earlier plan of its
# issuer whose title shares its subject (the title rule) and after the plan its text cites (CITED_NUMBER), when
# the cited plan itself follows the first. The 2025 汽车以旧换新实施方案 cites the 加力细则 (京商流通字〔2024〕12号),
# which follows the 2024-05 细则; its title shares more with the 2024-05 细则's, and the title rule alone put
# it after that one (round 21). The step it skips is its predecessor's predecessor: an inferred succession A → B
# is dropped where A also follows C and C follows B (a line of work passes through C).
SKIPPED_STEP = True
# EDITION_NOT_SKIPPED: an edition of the very title (edition_title) stays a predecessor though a step lies between: the
# 2025 list of wind and solar plants follows the 2023 list, whose 2024 edition came as the annex of a notice
# (ANNEXED_EDITION), as well as that notice (round 25's gold: the 2025 list takes up both). The step skipped in round 21
# (the 2025 方案 after the 2024-05 细则) was another document's title.
EDITION_NOT_SKIPPED = True


def _without_skipped_steps(
    found: list[Succession], titles: Mapping[str, str], calls: set[tuple[str, str]] | None = None
) -> list[Succession]:
    """Without the inferred successions that skip a step of the line (see SKIPPED_STEP); ``titles``: the plans' titles
    by id (EDITION_NOT_SKIPPED); ``calls``: the pairs (edition, call) of CALL_THEN_EDITION, a call being no step of the
    edition's line."""
    if not SKIPPED_STEP:
        return found
    follows: dict[str, set[str]] = {}
    for s in found:
        follows.setdefault(s.later, set()).add(s.earlier)

    def skips(s: Succession) -> bool:
        later = titles.get(s.later, "")
        if (
            EDITION_NOT_SKIPPED
            and not subject_unknown(later)
            and edition_title(later) == edition_title(titles.get(s.earlier, ""))
        ):
            return False
        steps = [c for c in follows[s.later] if c != s.earlier and (s.later, c) not in (calls or set())]
        return any(s.earlier in follows.get(c, ()) for c in steps)

    return [s for s in found if s.method != "inferred" or not skips(s)]


# UNDATED_EDITIONS: a consolidated regulation has no period in its title or metadata (the 2011 text of
# 上海市历史文化风貌区和优秀历史建筑保护条例, and the same regulation, renamed 上海市历史风貌区和优秀历史建筑保护条例,
# as amended in 2023; round 21: no years were read for either, so neither was a step of any line). Its revision note
# under the title dates each edition ("（2002年7月25日…通过　根据2010年9月17日…第一次修正　根据2011年12月22日…第二次
# 修正）"): the latest year of a date its opening names (FULL_DATE: year, month and day; "到2020年" is a target, not a
# date) is the edition's. A plan with neither years nor a predecessor, whose
# title and region are known, follows the plan of its issuer with nearly one title (edition_compatible:
# EDITION_TITLE_SHARE of the titles' subject pairs, one place) that is undated as well and whose opening's latest
# year is the nearest before its own. Both undated: a dated plan is placed by its years, and an undated text's latest
# year says nothing of a dated plan's.
# A city's regulation whose city the metadata does not know (guess_meta knows provinces, not every city: the 2019
# 金华市文明行为促进条例 and its 2020 amendment, "根据2020年6月29日…修正", round 30) has no region, but its title opens
# with its place (TITLE_PLACE), which names its issuer as well: UNDATED_PLACED takes such a title's place for the
# region the rule asks for (edition_compatible still wants one place and nearly one title).
UNDATED_EDITIONS = True
UNDATED_PLACED = True
UNDATED_OPENING = 1000
FULL_DATE = re.compile(r"(?<![\d.])((?:19|20)\d{2})[ ]*年[ ]*\d{1,2}[ ]*月[ ]*\d{1,2}[ ]*日")


def undated_editions(
    plans: Sequence[PlanInfo],
    known: Sequence[Succession],
    openings: Mapping[str, str] | Callable[[Sequence[str]], Mapping[str, str]],
) -> list[Succession]:
    """UNDATED_EDITIONS: the FOLLOWS of undated editions of one document, placed by the dates their openings name;
    none of a plan that has a predecessor (``known``) and none against a succession known. ``openings``: the
    openings scan_texts kept (UNDATED_OPENING characters at least), or the texts to read them from."""
    followers = {s.later for s in known}
    pairs = {(s.later, s.earlier) for s in known}
    undated = [
        p
        for p in plans
        if p.kind == "plan"
        and start_year(p) is None
        and (p.region or (UNDATED_PLACED and title_place(p.title)))
        and not subject_unknown(p.title)
    ]
    if len(undated) < 2 or all(p.follows or p.id in followers for p in undated):
        return []
    text_of = openings if isinstance(openings, Mapping) else openings([p.id for p in undated])
    latest: dict[str, int] = {}
    for p in undated:
        years = [int(m.group(1)) for m in FULL_DATE.finditer(text_of.get(p.id, "")[:UNDATED_OPENING])]
        if years:
            latest[p.id] = max(years)
    found: list[Succession] = []
    for plan in undated:
        if plan.follows or plan.id in followers or plan.id not in latest:
            continue
        earlier = [
            p
            for p in undated
            if p.id != plan.id
            and latest.get(p.id, 9999) < latest[plan.id]
            and (p.id, plan.id) not in pairs
            and plan.id not in p.follows
            and edition_compatible(plan, p)
        ]
        if earlier:
            nearest = max(latest[p.id] for p in earlier)
            for p in earlier:
                if latest[p.id] == nearest:
                    why = f"editions of one title, undated; their openings' dates {nearest} → {latest[plan.id]}"
                    found.append(Succession(plan.id, p.id, "inferred", why))
    return found


# LISTED_AREAS: a 区 word joined to another subject by 和/与/及/、 is a kind of area the title lists, not the district
# that issues it: "上海市历史文化风貌区和优秀历史建筑保护条例" (the city's regulation on 风貌区 and 优秀历史建筑)
# read as the district "历史文化风貌区"'s, and its 2023 edition "上海市历史风貌区和…" as another district's, so the
# two editions had two issuers (round 21). A district's own title goes on to its subject ("上海市浦东新区科技创新
# “十四五”规划").
LISTED_AREAS = True
LISTED_AREA_JOINS = frozenset("和与及、")
