"""Structure rules of Chinese plan texts, each defined once: heading marker styles and how
each is spelt, the kinds of task block, and the page and site furniture that is not the plan.

Every rule is a named constant with the reason it exists and an example it must match; the
loaders (``text.furniture``, ``structure.headings``, ``structure.toc``, ``structure.tasks``)
import them from here and define none of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plankg.loaders.rules.named import NamedPattern

# --- Numerals -------------------------------------------------------------------------------

# Chinese numerals as they number headings: 一 … 十二 … 一百零五.
CN_NUMERAL = r"[一二三四五六七八九十百零〇两]+"
CN_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CN = "零一二三四五六七八九"


def cn_to_int(numeral: str) -> int:
    """一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105; ① → 1; Arabic digits pass through."""
    if len(numeral) == 1 and "\u2460" <= numeral <= "\u2473":
        return ord(numeral) - 0x2460 + 1
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    total, current = 0, 0
    for ch in numeral:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


def int_to_cn(n: int) -> str:
    """1 → 一, 12 → 十二, 23 → 二十三, 105 → 一百零五 (the way plans number past 99)."""
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        if rest == 0:
            tail = ""
        elif rest < 10:
            tail = "零" + _CN[rest]
        else:
            tail = ("一" if rest < 20 else "") + int_to_cn(rest)
        return _CN[n // 100] + "百" + tail
    return str(n)


# --- Heading marker styles -------------------------------------------------------------------
# A style says nothing about depth by itself (plans nest them in different orders); the
# section tree gives levels by the order in which styles open.

# 第七章 / 第一节 / 第3章 / 第二部分: chapter-style headings, title after optional space. One unit
# only: in "第六章节约保护资源" the 节 begins the title (节约), it is no second unit.
# The unit may be followed by a colon before the title ("第一部分：发展基础", "第二章：总体要求"): the
# colon is the marker's, never the title's first character.
# BRACKETED_CHAPTER: a report's parts may be written in black lenticular brackets, "【第一篇】数字中国建设
# 基础加快夯实" (round 8): the same chapter marker, brackets included.
CHAPTER = re.compile(
    rf"^(?P<bracket>【)?第(?P<num>{CN_NUMERAL}|\d+)(?P<unit>部分|[章节篇编])(?(bracket)】)[ \t]*(?:[：:][ \t]*)?"
)
# BRACKETED_PROVISION_TITLE (fix22seg, round 22): the provisions of a ministry's rules may open with a short title
# in the same black lenticular brackets, run into their text: "【登记备案要求】定点医药机构按以下要求对相关人员进行登记
# 备案：" / "【记1—3分情形】涉及医疗保障基金使用的相关责任人员出现以下负面情形，…" (the attachments of
# nat-medins-payment-qualification-2024). Each heads its provision one level below the heading open above it, number
# "" and the title with its brackets (round-22 gold, the heldout14/15/17 label rule), where the text opens
# BRACKETED_PROVISIONS_MIN lines or more so: a lone bracketed word is a page's ("【法宝引证码】 CLI.12.4638041",
# no text after it; "【打印本页】【关闭窗口】").
BRACKETED_PROVISION_TITLE = re.compile(
    r"^[ \t\u3000]*(?P<title>【(?!第)[^【】\s。，；：]{2,16}】)(?=[ \t\u3000]*[\u4e00-\u9fff“《（])"
)
BRACKETED_PROVISIONS_MIN = 2
# BRACKETED_COUNTER_LABEL (fix30seg, round 30): where the bracketed label is a counter, a name and a number that
# runs across the plan, "【重点任务1】加强学校德育工作。…" … "【重点任务40】营造良好环境和氛围。…"
# (sx-edu-fyp14-draft-2021, a city education plan's forty tasks under its parts), the label is the provision's NUMBER
# and its title the run-in words before the first 。 (round-30 gold: the heldout22 rule with a counter). Not a box's
# caption (专栏, 附表: captioned, not headed).
BRACKETED_COUNTER_LABEL = re.compile(r"^【(?!专栏|附表|表|图)[\u4e00-\u9fff]{1,8}\d{1,3}】$")
# SPACED_MARKER_POINT: a PDF's or web page's text sets a stray space between a heading's number and
# its point ("二 、建设思路", "1 .机器学习标准"). Only right before the point, and only when a title
# follows it, so a count ("3 、4 项") and a decimal ("2 .5%") stay running text (the marker styles
# match at a line's start or in the glued-heading contexts only).
# OCR_GAP_BEFORE_POINT (fixseg53, round 53): a scanned PDF's OCR layer reads that gap as a tab, as it reads every
# gap between two glyph runs of a line ("长金管委 \t〔2022〕3号"): "一\t、 贷款政策" / "二 、 提取政策"
# (cs-hpf-policy-process-notice-2022, heldout53: the 一、 unread, neither part was a heading).
SPACED_MARKER_POINT = r"(?:[ \t](?=[、.][ \t]*[\u4e00-\u9fff“]))?"
# STRAY_DOT_AFTER_POINT: the same texts set a middle dot after the point ("3.·测试评估标准"): it is the
# marker's, never the title's first character.
STRAY_DOT_AFTER_POINT = r"(?:·(?=[\u4e00-\u9fff“]))?"
# Characters of a marker as written that are no part of its spelling (SPACED_MARKER_POINT,
# STRAY_DOT_AFTER_POINT): "二 、" is written "二、", "3.·" is "3.".
STRAY_MARKER_CHARS = re.compile(r"(?<=[^\s])[ \t·](?=[、.])|(?<=[、.])·")
# 一、 (also the rarer 一. / 一．, already folded to "." by the normaliser).
CN_ENUM = re.compile(rf"^(?P<num>{CN_NUMERAL}){SPACED_MARKER_POINT}[、.]{STRAY_DOT_AFTER_POINT}[ \t]*")
# （一） — half-width "(一)" is folded to full-width by the normaliser.
# Its opening bracket may have been lost in typing or scraping ("三）改革开放持续深化、互促共进。" between
# "（二）产业发展…" and "（四）城乡发展…"): a numeral and a closing bracket open the same marker, and
# must continue its sequence like any other.
# PADDED_PAREN_NUMERAL (fix30seg, round 30): Word's alignment may pad a two-character numeral with a space inside its
# brackets, "(十 八)全面提高高等教育质量。" / "(二 十)提升科学研究水平。" between "(十七)…" and "(二十一)…"
# (nat-edu-reform-outline-draft-2010, a national outline's points on a school site): the same marker, kept as written
# (round-30 gold); only between both brackets, so that a count ("十 八）") stays text.
PAREN_CN = re.compile(rf"^(?P<open>（)?(?P<num>{CN_NUMERAL}(?(open)(?:[ \u3000]{CN_NUMERAL})?))）[ \t]*")
# ARABIC_POINT_BEFORE_YEAR (fix22seg, round 22): a point followed by a digit is a decimal's ("1.5亿元"),
# except before a year and its 年: a FAQ numbers questions that open with the year they ask about,
# "1.2025年度积分制入户指标有多少个？" (a city bureau's 热点13问), and no quantity reads "1.2025年".
ARABIC_POINT_BEFORE_YEAR = r"\.(?=(?:19|20)\d{2}年)"
# 1. / 1、 / 1．, but not a decimal such as "1.5亿元" or a year "2012年". Items run past 99
# in long plans ("100.", "（100）"): three digits are allowed.
# ESCAPED_LIST_POINT (fix27seg, round 27): a crawler's markdown escapes the point after a number at a line's start,
# lest it read as a list: "2\. 补贴项目绿证的应用场景" (a nea.gov.cn FAQ, nat-green-cert-faq-2024), "1\. 燃气机组豁免。
# 当燃气机组…" (nat-ets-power-2021-2022); the number is the text's 2. (round 27's gold keeps "2\." as its number).
ESCAPED_LIST_POINT = r"(?:\\(?=\.))?"
ARABIC_ENUM = re.compile(
    rf"^(?P<num>\d{{1,3}}){SPACED_MARKER_POINT}{ESCAPED_LIST_POINT}(?:[、]|\.(?!\d)|{ARABIC_POINT_BEFORE_YEAR})"
    rf"{STRAY_DOT_AFTER_POINT}[ \t]*"
)
# 1.1 / 1.1.1: decimal numbering; each depth its own style ("decimal:2", "decimal:3"), numbered
# by its last part. Not a quantity: "1.5亿元" has a unit after the number, "1.1 总体要求" a title
# (the space may be an ideographic one: "1.1　编制目的").
# An appendix numbers its sections after its letter ("附录 B" / "B.1 一般规定" / "B.1.1 安全方面",
# "A.1概述"): the letter stands where the top number would, the depth is the same. A top number
# is never 0: "0.15  20年～50年  4～6" is a weight in a table's row.
DECIMAL_ENUM = re.compile(
    r"^(?P<prefix>(?:[1-9]\d?|[A-Z])(?:\.\d{1,2}){0,2})\.(?P<num>\d{1,2})(?![\d.%])"
    r"(?:[ \t\u3000]+|(?=[\u4e00-\u9fff“《]))"
)
# Characters that make the number before them a quantity, not a heading number. A decimal number
# keeps its unit close ("1.5亿元"); one spaced from the next word heads a section: "4.2 年度体检要求".
QUANTITY_AFTER = set("亿万千百元年月日个项家倍人次吨米%‰")
# NOUNS_NOT_UNITS (fix28seg, round 28): a title may open with a noun whose first character is a unit's, "1 人口特征" /
# "2 婚姻及家庭状况" … (sz-gender-stats-2021, a statistics report's nine parts numbered 1…9; gold: level 1): these words
# name a thing, they count nothing ("1 人口" is no "1 人"), so the number before them is a heading's.
NOUNS_NOT_UNITS = ("人口", "人才", "人民", "人员", "人力", "项目", "家庭")
# （1） … （120）
PAREN_ARABIC = re.compile(r"^（(?P<num>\d{1,3})）[ \t]*")
# SECTION_SIGN_ENUM (seg40, after round 31's score): a document's largest parts numbered with a section sign:
# "§1.指导思想和办学目标" / "一、指导思想" / … / "§2.客观依据和内在条件" (sx1z-fyp-2010, heldout31, a school's five-year
# plan written in Word; round-31 gold: level-1 headings numbered "§1."). Read as "一、"-like parts were read as
# unnumbered titles "§2.客观依据和内在条件", §1 lost. The sign, the number, the point if any.
SECTION_SIGN_ENUM = re.compile(r"^§[ \t\u3000]*(?P<num>\d{1,3})[.．、]?[ \t\u3000]*(?=[^\d.．])")
# ① … ⑳
CIRCLED = re.compile(r"^(?P<num>[\u2460-\u2473])[ \t]*")
# "01 加快基础研究…": zero-padded numbers of infographics and slides.
# PADDED_GLUED_TITLE (fix28seg, round 28): a statistics communiqué's parts are numbered 01…12 glued to their titles,
# each a paragraph of its own, "01综合" / "02农业" / "11文化旅游、卫生健康与体育" (jx-stat-bulletin-2022, a provincial
# 统计公报 republished on a city portal; gold: level-1 headings, number kept as written). Glued, the number heads only
# a short plain title that is the whole line (no sentence mark), not a quantity's unit ("28日湖南省…", "55左右" have
# theirs, QUANTITY_AFTER): like every padded number it must come in sequence from 01.
PADDED_GLUED_TITLE_MAX = 20
# PADDED_DATE_WRAPPED (seg46, heldout31): a PDF's text may break a line inside a date, the day's number opening the
# next line with its space, "13 日的中国红色旅游推广联盟年会暨…开幕式在童声合唱《如愿》中结束，…"
# (hb-red-tourism-feature-2024: a level-2 heading "日的中国…"): a 年 / 月 / 日 after the space is a date's unit, never a
# padded title's first word (年度 is a word).
PADDED_DATE_WRAPPED = r"(?![年月日](?!度))"
PADDED_ENUM = re.compile(
    rf"^(?P<num>0\d|[1-9]\d)(?:[ \t]+(?=[\u4e00-\u9fff]){PADDED_DATE_WRAPPED}"
    r"|(?![亿万千百元年月日个项家倍人次吨米])"
    rf"(?=[\u4e00-\u9fff][^。；;！？!?，,：:\n]{{0,{PADDED_GLUED_TITLE_MAX - 1}}}$))"
)
# "1　总则" above "1.1　编制目的": the top level of decimal numbering, a bare number, a space
# (often an ideographic one) and the title ("decimal:1"). Not a quantity: "6 月 3 日" has a unit
# after the number (QUANTITY_AFTER); a zero-padded "01 " is PADDED_ENUM's; nor a table row,
# whose cells spaces separate ("1 全市生产总值年均增长率 % 预期性 - 5左右"): the title is the rest
# of the line, without a space.
# Being so weak, it must come in sequence: "11  加强…维护" after chapter 9 is a table row's
# number, not chapter 11; and "10  应急服务…" after chapter 9 is chapter 10, not PADDED_ENUM's.
# LETTER_SPACED_TOP (after round 19's second wave): a short title may be letter-spaced, "1  概  述" over
# "1.1 规划背景" (fl-energy-station-2023, a district plan with a four-deep decimal outline): two to four characters,
# each alone between spaces, are a title, not a table row's cells (those hold words).
DECIMAL_TOP = re.compile(
    r"^(?P<num>[1-9]\d?)[ \t\u3000]+"
    r"(?=[\u4e00-\u9fff][^ \t\u3000]*$|[\u4e00-\u9fff](?:[ \t\u3000]{1,3}[\u4e00-\u9fff]){1,3}[ \t\u3000]*$)"
)

# LETTER_ENUM: a framework or standard written as a decimal outline (1. / 1.1 / 3.1.1) numbers the
# entries under its deepest headings with bracketed Latin letters: "(a)可解释性差的风险。以深度学习…" /
# "(b)偏见、歧视风险。…" (round-10 gold: titled run-in entries are headings; requirement sentences,
# "(a)研发者应在需求分析、项目立项…", are list items: UNTITLED_ENTRIES judges them as a whole). Lower-case
# letters only, numbered a → 1; the text may skip or repeat a letter as found. Half- or full-width brackets.
# A marker read back on its own (a heading's number, "(a)", "应用一：") matches too.
LETTER_ENUM = re.compile(r"^[（(](?P<num>[a-z])[）)][ \t]*(?=[\u4e00-\u9fff“]|\Z)")
# LABELLED_ORDINAL: a catalogue's items numbered in words behind a repeated label and a colon, the
# series going on across the groups that hold them: "一、准入审批类" / "应用一：形式审查" /
# "应用二：辅助审评" / "二、日常监管类" / "应用四：远程监管" (round 10), likewise "场景一：…",
# "任务一：…", "案例一：…". The label (two characters, no numeral) and the numeral are the marker,
# written with its colon ("应用一："), as "第一部分："; the title is the rest of the line, a short
# plain title (no sentence mark): "目标一：到2025年，…。" is a sentence. Each label is a style of its
# own ("labelled:应用"), so "场景" entries under "应用" ones nest. In a table exploded one cell a line
# it is a cell (segment checks the cell run).
LABELLED_ORDINAL_TITLE_MAX = 30
LABELLED_ORDINAL = re.compile(
    rf"^(?P<label>(?:(?!{CN_NUMERAL})(?!第)[\u4e00-\u9fff]){{2}})(?P<num>{CN_NUMERAL})[：:][ \t\u3000]*"
    rf"(?=[\u4e00-\u9fff“][^。；;！？!?，,：:\n]{{0,{LABELLED_ORDINAL_TITLE_MAX - 1}}}[ \t\u3000]*$|\Z)"
)
# TOPIC_ORDINAL (fix30seg, round 30): an explanation (说明) or a speech counts the topics its part announces with
# 第一，… and names each with 关于, a title before its first 。: "这里，就其中几个重点问题作简要说明。" / "第一，关于
# “十五五”时期的重要地位。实现社会主义现代化是…" … "第七，关于坚持党的全面领导。…"
# (nat-fyp15-proposal-explanation-2025; round-30 gold: inline headings one level below the part, number with its
# comma as heldout18's speech parts "第一，…"). Only a 关于 topic: a 第一，… that is a sentence stays paragraph
# content (ORDINAL_PARAGRAPH).
TOPIC_ORDINAL_TITLE_MAX = 30
TOPIC_ORDINAL = re.compile(
    rf"^(?P<num>第{CN_NUMERAL})[，,][ \t\u3000]*(?=关于[^。；;！？!?\n]{{2,{TOPIC_ORDINAL_TITLE_MAX - 2}}}。|\Z)"
)
# ORDINAL_TITLE_LINE (seg48, round 47): a report's part may count its points 第一，… each as a line of its own that
# holds nothing but a short title and its 。, the point's paragraphs below it: "六、加强政府自身建设" / "第一，深化政府
# 机构改革。" / "按照精简、统一、效能的原则…" … "第六，大力加强政风建设。" (nat-gwr-2005, heldout47 gold: level-2
# headings below the part, not inline, the title without its 。, as the （一） title lines ending in 。 of heldout6).
# Only the whole line so (a bare title of at most ORDINAL_TITLE_LINE_MAX characters, no comma or clause mark): a
# 第一，… that runs on into its sentence stays paragraph content (ORDINAL_PARAGRAPH). And only a run of such lines
# counting 第一，第二，第三，… in sequence, at least ORDINAL_TITLE_LINES_MIN: a talk's one short 第一，… line among
# points that are sentences ("第一，从“十四五”来看当下的一些做法和形势。" / "第二，从《政府工作报告》的角度，看…",
# nat-fyp14-interp-liu) announces what it will say, no heading (heldout gold).
ORDINAL_TITLE_LINES_MIN = 3
ORDINAL_TITLE_LINE_MAX = 24
ORDINAL_TITLE_LINE = re.compile(
    rf"^(?P<num>第{CN_NUMERAL})[，,][ \t\u3000]*"
    rf"(?=[\u4e00-\u9fff“][^。；;！？!?，,：:、\n]{{1,{ORDINAL_TITLE_LINE_MAX - 1}}}。[ \t\u3000]*$|\Z)"
)
# ORDINAL_TITLE_OVER_PARAGRAPHS (fixseg49, round 49): a congress report's part counts its tasks 第一，… each as a line
# of its own that is one sentence of two clauses, over several paragraphs of its own: "第一，围绕社会主义市场经济体制的
# 建立，加快经济改革步伐。" / "十几年来，我们…" / … / "第二，进一步扩大对外开放，更多更好地利用国外资金、资源、技术和
# 管理经验。" (nat-cpc14-congress-report-1992, heldout49 gold: level-2 headings, title without its 。). A comma is
# allowed there (ORDINAL_TITLE_LINE has none) only when the line stands over at least TITLE_LINE_PARAGRAPHS_MIN
# paragraphs before the next numbered line: the one-sentence points of a list follow one another line by line.
ORDINAL_CLAUSED_TITLE_LINE_MAX = 45
ORDINAL_CLAUSED_TITLE_LINE = re.compile(
    rf"^(?P<num>第{CN_NUMERAL})[，,][ \t\u3000]*"
    rf"(?=[\u4e00-\u9fff“][^。；;！？!?：:\n]{{1,{ORDINAL_CLAUSED_TITLE_LINE_MAX - 1}}}。[ \t\u3000]*$|\Z)"
)
TITLE_LINE_PARAGRAPHS_MIN = 2
# A paragraph below such a title line ends a sentence: a notice's signature and date under its last point
# ("（五）医师资格考试报名资格有关规定…查询。" / "国家卫生和计划生育委员会" / "医师资格考试委员会" / "2016年3月21日",
# nat-physician-exam-notice-2016, heldout43: five clauses of 其他事项) are no paragraphs of the point.
PARAGRAPH_SENTENCE_END = ("。", "！", "？", "”", "；")
ORDINAL_POINT_OPENING = re.compile(rf"^第{CN_NUMERAL}[，,]")
# ANNOUNCED_LIST_RESTART (fixseg42, round 42): a request or report read inline may give two lists of top parts one
# after the other, each announced by a lead ending in a colon: "主要原因是：一、煤价太低，企业亏损严重，大量矿井被迫
# 关闭。…三、维持简单再生产费用不足…。…采取以下几项经济政策：一、实行亏损补贴。…二、适当减免税收。…四、适当提高
# 维简费用。" (nat-local-coal-mines-policy-1981, a 请示 on one line; heldout43 gold: both lists level 1). A 一、 of the
# top style right after a colon, titled by a short sentence of its own (no clause mark before its 。), with a 二、 the
# next marker of its style after it, starts the run again; the second list's 一、…三、 were lost and its 四、 taken
# for the first list's.
ANNOUNCED_LIST_RESTART_STYLES = ("cn",)
ANNOUNCED_LIST_RESTART_TITLE = re.compile(r"[^。；;！？!?，,：:、\n]{2,30}。")
# DECIMAL_UNTITLED_FIRST (fixseg42, round 42): a deep decimal point may open with a provision sentence and go on
# with titled points: "2.4.4　数据收集" / "2.4.4.1　提供数据来源合规性声明，列明数据来源机构的名称…" /
# "2.4.4.2　数据采集" / … / "2.4.4.5　数据集构建" (nat-flow-cytometry-ai-review-2023, heldout42 gold: 2.4.4.2…
# 2.4.4.5 level 6, 2.4.4.1 a clause, the heldout13 mixed-list rule entry by entry). The decimal 2 right under the
# point its number extends (2.4.4), with that point's 1 opening a line between them read as none, opens the run
# when it is a bare title (no clause or sentence mark): a 2 that is a provision sentence too is a clause ("若履约保障
# 凭证已失效，无需提交书面申请", gx-performance-risk-guide-2023, heldout40).
# SPEECH_TOPIC_POINTS (fixseg42, round 42): a speech whose only structure is its points counted 第一，…, each
# opening with a short topic sentence of its own: "当前最急迫的是聚焦重点难点，下决心清除顽瘴痼疾。" /
# "第一，着力整治企业低价无序竞争乱象。“内卷”重灾区，…" … "第六，着力纠治政绩观偏差。完善…"
# (nat-unified-market-speech-2025, heldout43 gold: level-1 inline headings, the title before the first 。, as
# heldout18/30's titled 第一， parts). Only where the text gives no other headings, every 第X， opening a paragraph
# or a sentence counts on from 第一 in sequence, at least SPEECH_TOPIC_POINTS_MIN of them, and each one's first
# sentence is a bare topic (no comma, at most SPEECH_TOPIC_TITLE_MAX characters): a press conference's answers
# count points that are sentences or restart ("第二，这是提升人民群众健康水平的现实需要。" … "第一，持续扩大…",
# hn-hiap-presser-2025: paragraph content).
SPEECH_TOPIC_POINTS_MIN = 4
SPEECH_TOPIC_TITLE_MAX = 24
SPEECH_TOPIC_OPENER = re.compile(
    rf"(?m)(?:^|(?<=[。！？!?]))[ \t\u3000*]*(?P<num>第(?P<n>{CN_NUMERAL})[，,])[ \t\u3000]*"
)
SPEECH_TOPIC_TITLE = re.compile(rf"[^。；;！？!?，,：:、\n]{{2,{SPEECH_TOPIC_TITLE_MAX}}}(?=。)")
# STEP_ORDINAL (fix25seg, round 25): a service guide's steps written 第X步 with a colon, each a short title set apart
# over its paragraphs, "第一步：提前准备社保卡相片回执号" / "第二步：办理申领" / "第三步：领卡" / "第四步：设置密码"
# (gz-social-security-card-guide-2026, bold lines under 四、申领方法; gold: number "第一步：", the title after it). The
# marker is written with its colon, as "应用一：" (LABELLED_ORDINAL); only over a short plain title: a step that is a
# sentence ("第一步：登录系统，点击…。") is a list's, as the 步骤1： counters of heldout24.
STEP_ORDINAL = re.compile(
    rf"^第(?P<num>{CN_NUMERAL})步[：:][ \t\u3000]*"
    rf"(?=[\u4e00-\u9fff“][^。；;！？!?，,：:\n]{{0,{LABELLED_ORDINAL_TITLE_MAX - 1}}}[ \t\u3000]*$|\Z)"
)

# FOOTNOTE_MARK_IN_TITLE: a PDF's text sets a footnote's superscript mark as a plain digit glued to the
# title it annotates ("3.数据中心1。", the footnote "1 是指门店的智慧中台…" at the page's foot, round 10):
# the digit is no part of the title when a footnote line of that number (FOOTNOTE_DEFINITION) stands in the
# text. A title that ends in a number of its own ("第5代移动通信5", rare) keeps it without such a line.
FOOTNOTE_MARK_IN_TITLE = re.compile(r"(?<=[\u4e00-\u9fff）”])(?P<mark>[1-9])$")
FOOTNOTE_DEFINITION = r"(?m)^[ \t\u3000]*{mark}[ \t\u3000]*(?:是指|指|系指|注[:：])"

# OCR of a scanned plan misreads marker brackets and points as their look-alikes: "〈一）内陆地区…",
# "（五〕财政…", "2·根据统筹规划…", "4 ·在搞好…". At the start of a line, before a numeral, they are
# the marker's own "（", "）" and "." (folded 1:1, offsets kept).
OCR_MARKER_LOOKALIKES = (
    (re.compile(rf"(?m)^[ \t\u3000]*(?P<ch>〈)(?:{CN_NUMERAL}|\d{{1,2}})[）〕]"), "（"),
    (re.compile(rf"(?m)^[ \t\u3000]*[（〈](?:{CN_NUMERAL}|\d{{1,2}})(?P<ch>〕)"), "）"),
    (re.compile(r"(?m)^[ \t\u3000]*\d{1,2}[ ]?(?P<ch>·)(?=[\u4e00-\u9fff“])"), "."),
    # The point set as a comma (a typesetting or OCR slip: "2，大力发展职业教育和成人教育" between
    # "1．加强城乡义务教育" and "3．改善高等教育结构…"): only before a plain title that is the whole
    # line (no further mark), so a sentence opening with a count ("2，3个…") stays as it is.
    (re.compile(r"(?m)^[ \t\u3000]*\d{1,2}(?P<ch>，)(?=[\u4e00-\u9fff“][^，,。；;：:\n]{1,40}$)"), "."),
    # OCR_NUMERAL_LOOKALIKES: a numeral read as a character that holds it ("叭、铁路机车车辆制造业。" for 八、,
    # "丸、民用船舶制造业。" for 九、, the 六五 plan's OCR) opening a line before its 、 and a title is that numeral.
    (re.compile(r"(?m)^[ \t\u3000]*(?P<ch>叭)(?=、[\u4e00-\u9fff“])"), "八"),
    (re.compile(r"(?m)^[ \t\u3000]*(?P<ch>丸)(?=、[\u4e00-\u9fff“])"), "九"),
)
# A web page that set a date's year in an element of its own (a <span> the scrape made a paragraph)
# breaks the date over lines: "2014" / "年8月26日" under a notice's signature, "2014" / "年11月15日" /
# "前，各街镇…" in the body. A line that is only a year, right above a line going on with its
# month, is one date with it ("2014年8月26日"): never a heading "年8月26日", and a date line again.
BROKEN_DATE = re.compile(r"(?m)^(?P<year>\d{4})[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*(?=年[ ]?\d{1,2}[ ]?月)")
# SPAN_BROKEN_DATE (fix32seg, round 32): a page saved one HTML element a line breaks a date at every piece, each
# number in a span: "1. 2025" / "年" / "6" / "月" / "1" / "日前投产的新能源存量项目" (a heading's title,
# md-ne-price-reform-2025), "2025" / "年" / "5" / "月" / "29" / "日" (its signature). The pieces are one date.
SPAN_BROKEN_DATE = re.compile(r"(?<!\d)(?P<year>\d{4})\n年\n(?P<month>\d{1,2})\n月(?:\n(?P<day>\d{1,2})\n(?=日))?")
# SPAN_BROKEN_GOAL_YEAR (fix32meta, round 32): a portal page dumped one HTML element a line breaks a goal year from
# its 年: "并不断提高自发自用比例，" / "2030" / "年前不低于" / "35%" (nm-green-direct-supply-2026, issued 2026-01-13:
# read 2026 only, gold 2026-2030): the year alone was dropped as a page number. A year alone on its line joins the 年
# that opens the next line, as BROKEN_DATE joins one over its month, where the line above ends a clause
# (CLAUSE_END_ABOVE; a year inside a phrase, "存量集中式新能源项目（不含甘孜州" / "2020" / "年南部光伏基地…）",
# sc-ne-price-reform-2025, is left as it was: joined, it changed a heading's reading).
CLAUSE_END_ABOVE = r"(?:(?<=[，,；;：:。]\n)|(?<=[，,；;：:。][ \t\u3000]\n))"
SPAN_BROKEN_GOAL_YEAR = re.compile(
    rf"(?m){CLAUSE_END_ABOVE}^[ \t\u3000]*(?P<year>(?:19|20)\d{{2}})[ \t\u3000]*\n[ \t\u3000]*(?=年)"
)
# A 一、 heading whose numeral OCR dropped (the strokes of 一, 二, 三 read as a rule line): "、1991一2000
# 年的主要目标和指导方针" at the start of a line, a title after it. Read as the next 一、 heading.
# Only a plain title stands after it: a wrapped line that begins with a sentence's 、 goes on
# with more clauses ("、 林产 、 以天然药物为主的现代医药 、 …").
# LOST_NUMERAL_LABEL: a label heading ending in 。 loses its numeral too, stand-alone or run on into its
# paragraph, indented or not: "、社会总产品。" / "　　、棉纺工业。1985年计划生产纱359 · 4万吨…" (the 六五 plan's
# OCR text, round 14: every 一、 of its sub-parts read as 、); read as 一、社会总产品。 would be.
# LOST_NUMERAL_SENTENCE: a task heading that is one sentence on a line of its own loses its numeral as well
# ("、发挥科研力量、技术水平和管理水平的优势，使工业生产朝着高、精、尖、新的方向发展。" over its paragraphs, the
# 六五 plan's 第二十章): a whole line of one sentence, up to LOST_NUMERAL_SENTENCE_MAX characters, ending in its 。
# (segment.py takes it only after a line that ends a sentence: a wrapped sentence's tail that opens with a 、
# follows a line that does not).
LOST_NUMERAL_SENTENCE_MAX = 40
# SPAN_BROKEN_ENUMERATION (fix32seg, round 32): a page saved one HTML element a line breaks a sentence at its spans,
# and a span may open with the 、 between two items: "绿电直连是指风电" / "光伏项目" / "、生物质发电" / "项目" /
# "等新能源不直接接入公共电网，…" (nm-green-direct-supply-2026). A "、…" line under a line that ends no sentence
# and is neither a heading's line nor a marker's is that sentence's piece, as the OCR'd plan's wrapped clauses are
# (LOST_NUMERAL_SENTENCE). Only a line that ends no sentence itself: the 六五 plan's OCR'd labels that lost their
# numerals run on into their paragraphs ("　　、钢铁企业的技术改造。五年内，…" under "…作如下部署", its colon lost).
SENTENCE_END_IN_LINE = re.compile(r"[。；！？]")
# The piece above is a span's few words, up to SPAN_PIECE_MAX characters: an OCR'd paragraph's last line that lost
# its full stop ("…全面实现到本世纪末的各项目标和任务．" over "、“八五”计划的基本任务和综合经济指标", nat-fyp-8) is
# longer.
SPAN_PIECE_MAX = 20
LOST_NUMERAL_CLAUSE = re.compile(r"[、，,]")  # what only the sentence form lets into the title
# WRAPPED_BEFORE_CLAUSE_MARK (fixseg55, heldout55): a tool that wraps a text at a width without the typesetter's rule
# that no line opens with a clause mark (antiword's text of a Word file, a PDF's text layer) may break a sentence
# right before its 、 or ，: "     四、借款人最终可贷金额在最高贷款额度限额内，根据借款人还贷能力、负债情况" /
# "、贷款期限及房屋价值等因素综合核定。" (hi-hpf-loan-limits-draft-2026, a .wps draft notice as antiword text;
# heldout55 gold: three titled parts and this untitled 四、 a clause). A line as wide as the text's wide lines
# (WRAP_WIDE_SHARE of the WRAP_WIDE_LINES-th widest) that ends in an ideograph, right above a line opening with a
# clause mark (SENTENCE_GOES_ON_MARKS), is the first piece of a sentence the wrap cut: the "、…" line is its tail,
# not a heading whose numeral OCR lost (LOST_NUMERAL_SENTENCE: those stand under a short title line, "第一节纺织
# 工业" / "、棉纺工业。…", or under a sentence's end, nat-fyp-6), and a numbered line so cut is a paragraph's first
# line, no stand-alone title (a title line ends its title: it does not go on with "、贷款期限…" below it). A text
# not wrapped at a width has no such wide lines: its third-widest line is a long paragraph.
WRAP_WIDE_LINES = 3
WRAP_WIDE_SHARE = 0.85
# WORD_NUMBER_LOST_TITLE (fixseg55, heldout55): a converter that does not print Word's automatic list numbering
# (antiword) leaves a part whose number Word generates as a bare title line, while its typed siblings keep theirs:
# "     一、出台背景" / "…切实增强住房公积金制度的保障作用。" / "政策依据" / "     （一）《住房公积金管理条例》" / … /
# "     三、主要调整内容" (hi-hpf-loan-limits-interp-2026, a .wps 解读 as antiword text; heldout55 gold: 政策依据 a
# level-1 heading numbered ""). Where two stand-alone siblings of one style skip exactly one number (一、 then 三、),
# the one line between them that reads as a title as they do - short (up to LOST_TITLE_MAX characters), no mark of a
# sentence or clause (LOST_TITLE_MARKS), no marker, no caption (LOST_TITLE_NOT_CAPTION), words (LOST_TITLE_WORDS: a
# crawl's page mark "* * *" between 一、 and 三、 is none, tx-ev-charging-2025), right after a sentence's end and over
# more text - is the skipped part's title, an unnumbered heading at their level. Two such lines or none: the number is
# skipped by the text itself. It holds where a text's own numbering slipped as well: "（五）竞价电量规模" … "限价规则"
# / "初期，竞价上限暂按照0.32元/千瓦时确定…" … "（七）执行期限" (tj-ne-price-reform-2025, heldout33 gold: 限价规则 a
# level-3 heading numbered "").
LOST_TITLE_MAX = 15
LOST_TITLE_MARKS = re.compile(r"[。，、；：！？,;:!?|\t]")
LOST_TITLE_NOT_CAPTION = re.compile(r"(?:^(?:表|图|附|注)|(?:表|图)$)")
LOST_TITLE_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")
# OCR_ONE_AFTER_LOST: where OCR lost the numerals of a run ("、" for 一、 二、), it may read the next one's 三 as 一
# ("一、积极开展水文、工程和环境地质工作" third of 第十四章, "一、提高日用工业品的自给水平" third of 第二十一章,
# the 六五 plan): a 一、 after a sibling written LOST_NUMERAL_WRITTEN, its style past 1, is the run's next heading.
LOST_NUMERAL_WRITTEN = "、"
LOST_NUMERAL = re.compile(
    r"^[ \t\u3000]*、(?=[\u4e00-\u9fff“\d](?:[^、，,。；：:\t\n]{1,40}$|[^、，,。；：:\t\n]{1,15}。"
    rf"|[^。；：:\t\n]{{1,{LOST_NUMERAL_SENTENCE_MAX}}}。[ \t\u3000]*$))"
)
# LOST_CHAPTER_NUMERAL: OCR loses or garbles a 节's numeral the same way: "第节造林和育林", "第=节中等专业学校"
# (the 六五 plan's OCR text, round 14; = for 二). A line that is only such a marker and a plain short title
# is the next 节 (or 章) heading, the marker kept as written.
LOST_CHAPTER_NUMERAL = re.compile(r"^[ \t\u3000]*第=?(?P<unit>[章节])(?=[\u4e00-\u9fff“][^、，,。；：:\t\n]{1,30}$)")
# A part or section heading glued onto the end of the paragraph before it (an OCR'd or PDF page
# whose line break was lost): "…综合利用率达到33％。五、“八五”期间科学技术、教育发展的任务和政策",
# "…继续推行合作医疗保险。保护残疾人的合法权益。〈九）改革计划体制和投资体制". After a sentence end,
# a 一、 or （一） marker (OCR's 〈 for （ too) and a plain title that runs to the end of the line.
# Split off only when its number is the next of its style (segment.py checks the sequence; the
# first number, 一、 or the （一） under a part, is the next when none came before).
# GLUED_AFTER_SPACE_OR_BRACKET: a PDF reading order also glues the heading after the 。 and a space
# ("…的智能服务型机器人。 三、推进平台提质升级，提升数据应用能力") or after the closing bracket of
# a task's lead units ("…(省发展改革委负责)四、实施场景创新引领区建设行动"); the same heading.
# GLUED_CHAPTER: a chapter marker glued so and spaced from its title ("…本指南由…起草。　第一章　总体要求　",
# a web page whose paragraphs were run together) is a chapter heading; unspaced ("。第三节课时…")
# it may be a sentence's words; bracketed ("…全面推进的新阶段。【第一篇】数字中国建设基础加快夯实", round 8)
# it never is.
# GLUED_ARABIC: a 1. heading right after a 。 ("…产品制造管理协同化。3.数字化平台标准（CICC）"), when the
# numbers before it under the same （n） opened lines of their own (a glued 1. may start a list).
# GLUED_TWO_CLAUSE_TITLE: the glued title may be two short clauses joined by one ， (the usual
# 一、 part title "推进平台提质升级，提升数据应用能力"); a sentence's tail has more breaks or ends with 。.
# GLUED_AFTER_COMMA: OCR also loses the 。 before a glued part heading and reads it as ，: "…提升“两库”智能化
# 水平，三、优化智能审核和监控流程" (round 8); only a 一、 part marker, in sequence, its title to the line end.
# GLUED_LABELLED_TITLE (lev31, heldout37): the glued title may be a label and its title after a colon, "…大体分为五个
# 阶段。 （一）第一阶段：迅即应对突发疫情" at the line's end (nat-covid-white-paper-part-2020), as after a ，.
GLUED_HEADING_TAIL = re.compile(
    rf"(?:(?<=[。；)）])|(?<=[。；][ \u3000])|(?<=，)(?={CN_NUMERAL}、))"
    rf"(?P<head>{CN_NUMERAL}、|[（〈(]{CN_NUMERAL}[）〉)]|第{CN_NUMERAL}(?:部分|[章节篇编])[ \u3000]+"
    rf"|【第{CN_NUMERAL}(?:部分|[章节篇编])】|(?<=。)\d{{1,2}}\.)"
    r"(?=[\u4e00-\u9fff“][^。，,；;：:！？!?\t\n]{1,40}(?:[，：][^。，,；;：:！？!?\t\n]{2,30})?[ \t\u3000]*$)"
)
# GLUED_LABELLED_ENTRY: a titled run-in entry "N.label:sentence" of a standards framework glued to the
# end of the paragraph before it, after its 。 or with no mark at all where the PDF text lost it ("…设计
# 和建设标准。4.测试与评估标准:主要统一…，…", "…包含数据标准和数据模型标准两部分1.数据标准:以《…》为
# 基础，…"): the label (a run-in title's length, no mark) and the colon, then a sentence (a clause or
# sentence mark after it). Split off when its number comes next under the open （n） (1 may open: a list glued after a
# lead sentence's colon is no such entry - the colon is no Chinese character).
# GLUED_LOST_NUMERAL_AFTER_LEAD: an OCR'd task heading that lost its numeral may be glued to the end of the
# lead sentence announcing it ("…必须做好以下五个方面的工作：、完善和执行重大技术经济政策。", "…须做好以下工作：
# 、严格控制仝民所有制职工人数增长。", the 六五 plan): a 、 right after a colon, then a short title and its 。 ending
# the line, opens a line of its own (no sentence puts an enumeration comma after a colon).
GLUED_LOST_NUMERAL_AFTER_LEAD = re.compile(r"(?<=[：:])(?=、[\u4e00-\u9fff“][^、，,。；;：:\t\n]{1,20}。[ \t\u3000]*$)")
GLUED_LABEL_MAX = 30  # a run-in title's length (RUN_IN_TITLE_MAX)
GLUED_LABELLED_ENTRY = re.compile(
    rf"(?<=[。\u4e00-\u9fff])(?P<head>\d{{1,2}}\.)(?=[\u4e00-\u9fff“][^。，,；;：:！？!?\t\n]{{1,{GLUED_LABEL_MAX}}}[：:][^\n]*[，,；;、。])"
)
# GLUED_LISTED_HEAD: a run-in heading glued after a sentence end, its body on the same line ("…事后处置
# 等标准。 （二）关键技术应用标准。包括信息感知（BA）…", a standards guide's PDF text), is split off when
# the text's TOC lists that title for that marker (and it comes next in sequence).
GLUED_LISTED_HEAD = re.compile(rf"(?:(?<=[。；])|(?<=[。；][ \u3000]))(?P<head>{CN_NUMERAL}、|（{CN_NUMERAL}）)")
# GLUED_LISTED_TAIL: a PDF whose figure was lost glues the next heading to the unfinished sentence that
# led into it, after a comma or a word ("…由基础共性标准和关键技术标准两部分组成，（三）基础共性标准"): split
# off when the rest of the line is exactly the title the TOC lists for that marker (and it comes next).
GLUED_LISTED_TAIL = re.compile(rf"(?<=[，,\u4e00-\u9fff”）)])(?P<head>{CN_NUMERAL}、|（{CN_NUMERAL}）)")
# GLUED_FIRST_ENTRY: the same loss glues a list's first titled entry to the end of such a sentence, with
# no mark between ("…未来三年需制定的关键技术标准1. 水泥领域"): a "1." and a short plain title to the line
# end, split off when a "2." with a short plain title opens a line of its own within
# GLUED_FIRST_ENTRY_LOOKAHEAD lines below ("2. 玻璃领域") - its siblings stand as headings.
GLUED_FIRST_ENTRY = re.compile(
    r"(?<=[\u4e00-\u9fff”）)])(?P<head>1[.．])(?=[ \u3000]?[\u4e00-\u9fff“][^。，,；;：:！？!?\t\n]{1,20}[ \t\u3000]*$)"
)
GLUED_FIRST_ENTRY_SIBLING = re.compile(
    r"^[ \t\u3000]*2[.．][ \u3000]?[\u4e00-\u9fff“][^。，,；;：:！？!?\t\n]{1,20}[ \t\u3000]*$"
)
GLUED_FIRST_ENTRY_LOOKAHEAD = 80
# GLUED_RUN_IN_AFTER_PART (fix32seg, round 32): a text that lost the line break after each part's title glues the
# part's first titled run-in measure to it, no mark between, the measures numbered across the parts: "一、强化工作统筹
# 协调，保障数字经济持续发展1.加强工作统筹谋划。充分发挥…", "二、加大“三招三引”力度，促进数字经济快速发展5.狠抓招商
# 引资。…" (sd-digital-econ-measures-2023, a data set's cell). A 一、 line whose title (no sentence end) runs into a
# number and a short title ending in 。 is two lines there, when the next number so titled opens a line of its own
# within GLUED_FIRST_ENTRY_LOOKAHEAD lines ("2.强化政策支持保障。研究出台…"): its siblings stand as headings.
GLUED_RUN_IN_AFTER_PART = re.compile(
    rf"^[ \t\u3000]*{CN_NUMERAL}、[^。；;：:！？\n]{{2,40}}?(?<=[\u4e00-\u9fff”）)])"
    r"(?P<head>(?P<num>\d{1,2})[.．])(?=[\u4e00-\u9fff“][^。，,；;：:！？!?\t\n]{1,20}。)"
)
# GLUED_TITLED_RUN_IN: the same text glues a measure to the end of the paragraph before when that paragraph lost its
# 。: "…带动优势资源向我省进一步集聚发展7.狠抓招才引智。会同组织…", "…建设格局，17.提升智慧社区数字化建设服务能力。…"
# (sd-digital-econ-measures-2023). Split off when it is the next number after the entries above and the number after
# it opens a line below so titled.
GLUED_TITLED_RUN_IN = re.compile(
    r"(?<=[\u4e00-\u9fff”）)，,])(?P<head>(?P<num>\d{1,2})[.．])(?=[\u4e00-\u9fff“][^。，,；;：:！？!?\t\n]{1,20}。)"
)
TITLED_RUN_IN_ENTRY = re.compile(r"^[ \t\u3000]*(?P<num>\d{1,2})[.．][\u4e00-\u9fff“][^。，,；;：:！？!?\t\n]{1,20}。")
# GLUED_RUN_IN_HEAD: without a TOC, a run-in （n） heading glued inside a line after a 。 ("…结果的精准性。
# (二)赋予统筹地区“两库”本地化权限。省级…", OCR text that lost its line breaks, round 8; its opening
# bracket may be lost: "。三)科学设置…") is split off when its title is short (up to RUN_IN_TITLE_MAX, ended by
# a 。) and its number is the next after the （n） that opens its line (a box's line, "专栏1　…（一）…。（二）…",
# opens with none: its glued items are the box's).
GLUED_RUN_IN_STYLE = "paren-cn"
GLUED_RUN_IN_HEAD = re.compile(
    rf"(?<=。)(?P<head>（?{CN_NUMERAL}）)(?=[\u4e00-\u9fff“][^。，,；;：:！？!?\n]{{1,29}}。)"
)
# A heading and its first body sentence on one line, the title ended by a paragraph mark of two
# or more ideographic (or no-break, read as plain) spaces: "第三节　石油工业　　1990年全国原油产量达到
# 1.5亿吨", "（三）耐用消费品工业　　1990年，电视机…" (sentence-per-line PDF text of the 七五 plan).
# PARAGRAPH_MARK leaves the mark before a digit (a table's numbers); after a marker and a short
# plain title it is the title's end.
TITLE_BEFORE_BODY_MARK = re.compile(r"^[ \t\u3000]*(?P<title>[^\s。，,；;：:！？!?]{2,30})(?:\u3000{2,}| {2,})(?=\S)")
# TITLE_BEFORE_ARTICLE: a chapter's title run on into its first article on the same line ("第七章 法律
# 责任 第四十二条 地下空间开发利用过程中…", a rule's PDF text): the title ends before the article, which
# is the chapter's text (round-6 gold: gz-underground-space-2019).
# A regulation's short titles may be letter-spaced, "第八章　附　　则　　第五十八条　船舶污染的防治…" (round 14,
# nat-marine-project-regs-2006): spaced pieces of a few characters make one title.
_PLAIN = r"[^\s。，,；;：:！？!?]"
TITLE_BEFORE_ARTICLE = re.compile(
    rf"^[ \t\u3000]*(?P<title>{_PLAIN}{{2,30}}|(?:{_PLAIN}{{1,6}}[ \u3000]{{1,4}}){{1,3}}{_PLAIN}{{1,6}})"
    rf"[ \t\u3000\u00a0]+第{CN_NUMERAL}条[ \t\u3000]"
)
# GLUED_CHAPTER_BEFORE_ARTICLE: a regulation crawled with its chapters glued after the previous chapter's last
# 。 (or after the regulation's title) and run on into their first article: "…并为举报人保密。第二章　环境影响
# 评价　　第八条　国家实行…" (round 14, nat-marine-project-regs-2006; a space may follow the 。). The chapter
# starts a line of its own there; TITLE_BEFORE_ARTICLE then ends its title before the article. Only a marker
# spaced from its title, the title spaced from a 第X条: a sentence's "依照本条例第三章的规定" is neither.
# Where normalising turned the paragraph mark before the article into a line break, the chapter ends its line
# and the next line opens with the article (group "eol"): "规划环境影响评价条例第一章　总　　则" /
# "第一条　为了…" (round 14, nat-plan-eia-regs-2009, the whole regulation on one line after its decree).
GLUED_CHAPTER_BEFORE_ARTICLE = re.compile(
    rf"(?:(?<=[^\s])|(?<=[。；][ \u3000\u00a0]))(?=第{CN_NUMERAL}章[ \t\u3000]+[^\s。，,；;：:！？!?]"
    rf"(?:[^。，,；;：:！？!?\n]{{0,28}}?[^\s。，,；;：:！？!?])?"
    rf"(?:[ \t\u3000\u00a0]{{2,}}第{CN_NUMERAL}条[ \t\u3000]|[ \t\u3000\u00a0]*(?P<eol>$)))"
)
# TITLE_GLUED_TO_DATE: a decree's date with the regulation's title glued after it by a space (a crawl that lost
# the line break): "二○○六年九月十九日 防治海洋工程建设项目污染损害" / "海 洋 环 境 管 理 条 例…" (round 14,
# nat-marine-project-regs-2006). The date ends its line: the signature above it and the title below it are
# read as such. Only a plain short tail, no sentence ("2020年5月1日 起施行，…" goes on).
TITLE_GLUED_TO_DATE = re.compile(
    r"^[ \t\u3000]*(?:\d{4}年\d{1,2}月\d{1,2}日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    r"[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff《“][^，,。；;：:！？!?\n]{1,40}$)"
)
# CHAPTER_TITLE_OVER_LINES: a regulation's chapter title broken over lines, empty lines between, before the
# chapter's first article: "第二章　防治船舶及其有关作业活动污染" / "" / "海洋环境的一般规定" / "第十条　船舶的结构…"
# (round 14, nat-ship-pollution-regs-2009). A short plain line between a chapter heading and the article that
# opens the chapter is the title's end: no article's text stands before the chapter's first article.
CHAPTER_TITLE_TAIL = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff“”、]{1,20}[ \t\u3000]*$")
ARTICLE_OPENS_LINE = re.compile(rf"^[ \t\u3000]*第{CN_NUMERAL}条[ \t\u3000]")
# ARTICLE_ITEMS: the provisions of a decree or rules are 第X条 articles without titles, paragraph content
# (heldout5 gold rule), and so are the items numbered under them ("第十七条 属于以下情形的，可以协议出让
# …：" / "（一）原土地使用权人利用自有用地开发建设地下空间项目的。" / "（二）…"): from a line that opens with an
# article (ARTICLE_LINE, a chapter's run-on title before it or not) on, item styles not open
# (ARTICLE_ITEM_STYLES) read as items, up to the next attachment.
ARTICLE_LINE = re.compile(rf"^[ \t\u3000]*(?:第{CN_NUMERAL}[章节][ \t\u3000]+\S+[ \t\u3000]+)?第{CN_NUMERAL}条")
ARTICLE_ITEM_STYLES = ("paren-cn", "arabic", "paren-arabic", "circled")
# TITLED_ARTICLES: a code of norms titles most of its articles with a short first sentence of their own ("第五条
# 推动敏捷治理。尊重…规律，…", round-12 gold: level-2 inline headings under their chapter, numbered by the article),
# where a decree's articles open with a sentence ("第一条　为了规范…，制定本办法。"): when at least
# TITLED_ARTICLES_SHARE of a text's article lines open with such a title (up to TITLED_ARTICLE_MAX characters, no
# clause mark, body after it on the line), those articles are headings; the untitled ones stay clauses (heldout5),
# and so do all articles of a text with only a few such (dev, heldout5, heldout11: "第十三条　规则库基于知识库产生。").
TITLED_ARTICLE_MAX = 15
# PAIRED_ARTICLE_TITLE (fixseg58, round 58): a title may pair two terms with one 、, as a principle's name does:
# "第四条 坚持规划引领、可持续发展原则。坚持与国家和北京市经济社会发展规划…相协调" / "第五条 坚持服务育人、分类卓越
# 发展原则。" / "第六条 坚持质量安全、经济高效廉洁原则。" (bj-muni-university-construction-rules-2026, the whole
# chapter 第二章 基本建设管理实施原则; heldout58 gold: level-2 headings like its "第十三条　建设项目的提出。"). The 、
# barred them, so the chapter's articles were clauses. One 、 between two terms of two characters or more, the
# whole title still within TITLED_ARTICLE_MAX: a list (甲、乙、丙) or a longer sentence ("招标活动应遵循“公开、公平、
# 公正”的原则。", its 第二十一条, untitled in the gold) stays no title.
TITLED_ARTICLE_TITLE = (
    rf"(?=[^\s。，,；;：:！？!?]{{2,{TITLED_ARTICLE_MAX}}}。)"
    r"[^\s。，,；;、：:！？!?]{2,}(?:、[^\s。，,；;、：:！？!?]{2,})?"
)
TITLED_ARTICLE = re.compile(
    rf"^[ \t\u3000]*(?P<number>第(?P<num>{CN_NUMERAL})条)[ \t\u3000]*"
    rf"(?P<title>{TITLED_ARTICLE_TITLE})。(?=\S)"
)
TITLED_ARTICLES_SHARE = 1 / 2
# BRACKETED_ARTICLE_TITLE (fixseg56, round 56): a rules text may title its articles in black lenticular
# brackets right after the number, with no 。: "第一条【上位法依据】" alone on its line over the provision,
# "第十四条【房款统一归集】　购房人支付的定金…" run on (bj-presale-funds-rules-draft-2023, a .doc's antiword
# text; antiword may part number and title by a run of spaces, "第二十条          【应急支取】"),
# "第一条【总体目标】为落实…" (yz-industrial-land-renewal-rules-2024, a portal page). Gold (hoseg56/hoseg56b,
# the heldout22 【…】 label rule): level-2 headings under their chapter, numbered 第X条, the title as written
# WITH its brackets. The brackets mark a title as plainly as a TITLED_ARTICLE's short first sentence does, so
# such articles count as titled for TITLED_ARTICLES (share), TITLED_CHAPTER_ARTICLES and TITLED_ARTICLE_RUN
# alike; a decree's untitled articles stay clauses. Up to BRACKETED_ARTICLE_TITLE_MAX characters inside the
# brackets, no sentence mark ("【编制城市更新方案、方案审核流程】").
BRACKETED_ARTICLE_TITLE_MAX = 20
BRACKETED_ARTICLE_TITLE = re.compile(
    rf"^[ \t\u3000]*(?P<number>第(?P<num>{CN_NUMERAL})条)[ \t\u3000]*"
    rf"(?P<title>【[^【】\s。，,；;：:！？!?]{{2,{BRACKETED_ARTICLE_TITLE_MAX}}}】)"
)
# TITLED_CHAPTER_ARTICLES: the titled articles may be one chapter's only: "第二章 基本原则" / "第四条 加强政策引领。
# 紧紧围绕…" / "第五条 实行分级管理。…" / "第六条 打造产业生态。…" / "第七条 突出发展特色。…" among untitled articles
# elsewhere (round 14, sd-digital-parks-2020: level-2 headings under their chapter). A chapter all of whose
# articles, at least TITLED_CHAPTER_ARTICLES_MIN, open with a title reads them as headings.
TITLED_CHAPTER_ARTICLES_MIN = 3
# TITLED_ARTICLE_RUN (fix28seg, round 28): the titled articles may be a run of their own among untitled ones, in no
# chapter or in one chapter's section: "第三条 载体建设。…" / "第四条 平台服务。…" / … / "第八条 专项支持。…" between
# "第二条 本办法所称港澳青年，是指…" and "第九条 符合本办法规定的…" (th-hk-macao-youth-measures-2023, a district's
# measures with no chapters), "第十六条 倡导助人为乐。…" … "第二十条 倡导低碳生活。…" in one 节 (zjj-civilized-behavior-
# regs-2019); gold: headings numbered by the article. At least TITLED_CHAPTER_ARTICLES_MIN titled articles in a row
# read as headings; one or two in a row are a clause's first sentence ("第十三条　规则库基于知识库产生。", heldout11).
ARTICLE_STYLE = "article"
# INLINE_TITLED_ARTICLES (join40): a code of norms or a district's measures crawled onto one line titles its articles as
# on lines ("…第二章　管理规范第五条　推动敏捷治理。尊重人工智能发展规律，…第六条　积极实践示范。…",
# nat-ai-ethics-2021 joined; "…未被认定为失信惩戒对象。第三条 载体建设。被香港…", th-hk-macao-youth-measures-2023
# joined; "第二章 基本原则第四条 加强政策引领。紧紧围绕…", sd-digital-parks-2020 joined): read inline, every article
# was a clause (ARTICLED_RULE_CLAUSES) and every titled one lost. The articles of the run from 第一条 are judged as the
# line reading judges lines (TITLED_ARTICLES by share, TITLED_CHAPTER_ARTICLES by 章, TITLED_ARTICLE_RUN), each read as
# TITLED_ARTICLE reads a line that opens with it (INLINE_TITLED_ARTICLE, within INLINE_TITLED_ARTICLE_REACH of its
# number: a title of at most TITLED_ARTICLE_MAX characters); the titled ones are headings one level below the chapter
# or section above them, and where most are titled, so are the points inside articles that open with a short title
# ending at their 。 (TITLED_RUN_IN_UNDER_ARTICLE: "第三条　…应遵循以下基本伦理规范。（一）增进人类福祉。坚持…"), one
# level below their titled article, or their chapter. A decree's articles ("第一条　为了规范…，制定本办法。") stay
# clauses, and their points with them.
INLINE_TITLED_ARTICLE = re.compile(
    rf"[ \t\u3000]*(?P<number>第(?P<num>{CN_NUMERAL})条)[ \t\u3000]*"
    rf"(?P<title>{TITLED_ARTICLE_TITLE})。(?=\S)"  # PAIRED_ARTICLE_TITLE
)
INLINE_TITLED_ARTICLE_REACH = TITLED_ARTICLE_MAX + 4  # the spaces after the number, the title, its 。 and a character
INLINE_TITLED_ARTICLE_BODY = "…"  # the body _titled_run_in wants after a title read up to its 。 only
# CHAPTERS_UNDER_LETTER (fixtask59, round 59): a notice that issues rules may number its own points before them (一、…
# 三、 of the covering letter); read inline, the rules' chapters then sit one level below those points, and the titled
# articles must sit one level below their chapter as read, not at the chapter's count alone: "…全员全程协同推进。第二章
# 主要任务第五条 开展学业辅导。激发学生…第六条 开展职业指导教育。…" (moe-vocational-guidance-rules-2018 joined, after
# "一、充分认识做好职业指导工作的重要意义。…三、注意研究新情况总结新经验。…"): the articles were read at the chapters'
# own level 2, so 第二章 主要任务 held no parts and its five tasks were lost (round-59 gold: the block 主要任务 over
# 第五条…第九条; the line reading nests them so). Only where every numbered heading before the first chapter sits above
# it: the offset is the first chapter's level less one.
TITLED_CHAPTER_STYLE = "chapter:章"
# TITLED_RUN_IN_UNDER_ARTICLE: an untitled article's lead sentence may announce titled run-in entries glued
# after it on its line ("第三条　…应遵循以下基本伦理规范。（一）增进人类福祉。坚持…。（二）促进公平公正。…"):
# they are split off from （一） on (GLUED_RUN_IN_HEAD) and are headings one level below the chapter (round-12
# gold), not the article's items (ARTICLE_ITEMS: "（一）原土地使用权人利用…的。", a whole one-sentence line); an
# entry whose first sentence is no short title ("（一）管理活动主要指…，…。") stays an item.
# TITLED_ITEM_LINE: an untitled article may group its text under stand-alone titled （n） lines ("第十二条 符合以下
# 条件的…：" / "（一）长期失能人员" / "在定点护理机构…：" / "1.…", round-13 gold: headings one level below the
# chapter): a line of a short title (up to TITLED_ITEM_LINE_MAX characters, no mark at all, not even a final 。) whose
# next line is neither its sibling nor an article is such a heading; the article's items ("（三）设备使用服务。",
# "（一）长护险待遇享受人员死亡；") end with a mark or run on into their siblings. A new article closes it.
TITLED_ITEM_LINE_STYLES = ("paren-cn",)
TITLED_ITEM_LINE_MAX = 20
# TITLED_ENTRIES_IN_ARTICLE (fix28seg, round 28): an untitled article may set out entries on lines of their own,
# every one titled: a short title and 。 run into its text, "第五条 老年人助餐配餐服务采取以下方式提供：" /
# "（一）自主供给服务模式。由政府出资…" / … / "（六）邻里互助服务模式。…" (gz-elderly-meal-service-rules-2024),
# or a title and 。 alone over paragraphs of its own, "（一）第一类资助对象。" / "1.…" / "（二）第二类资助对象。"
# (gz-home-community-eldercare-rules-2022), both in one run ("（一）需求评估。区级残联…" / "（二）适配评估。" / "1.…" /
# "（三）个性化适配服务。…", gz-assistive-device-rules-2019); round-28 gold, as heldout12/13's: headings one level
# below the chapter, even after a lead announcing them. Only when every entry of the style under the article (at
# least TITLED_ENTRIES_MIN) is so titled: conditions and cases ("（一）依法成立，取得…；", "（三）设备使用服务。" right
# over its sibling) are items.
TITLED_ENTRIES_MIN = 2
# A text of articles has at least this many lines opening with one.
ARTICLE_LINES_MIN = 3
# A chapter marker alone on its line, its title on the next: "第一节" / "消费资料流通　　1999年，社会商品
# 零售总额…" where the text wrote "第一节　　消费资料流通" and the paragraph mark (PARAGRAPH_MARK) after
# the marker broke the line. The two lines are one heading.
CHAPTER_MARKER_ALONE = re.compile(rf"^[ \t\u3000]*第{CN_NUMERAL}(?:部分|[章节篇编])[ \t\u3000]*$")
# ARTICLE_MARKER_ALONE (fix26seg, round 26): an untitled article's number alone on its line, its text flush left on
# the next, as a Word 97 file's antiword text writes most articles: "     第一条" / "为了实施生态立市战略，推进生态
# 文明建设，…" (shiyan-eco-civ-regs-2018; "第七条  每年12月12日为…" on one line in the same text). The two lines are
# one article, as "第二条  本市行政区域内…" is: no short title line "第一条" over a paragraph, nor where a blank line
# stands between (the same text as a PDF: "第三十四条" / "" / "市、县（市、区）人民政府应当加强…").
ARTICLE_MARKER_ALONE = re.compile(rf"^[ \t\u3000]*第{CN_NUMERAL}条[ \t\u3000]*$")
# ARTICLE_CUT_LINE (seg50): an untitled article whose sentence a page break cut short enough to pass for a title,
# "第十三条 预算执行中，可根据基金结余、就医人数变化、相关" / "重大政策调整、…"
# (nat-drg-dip-handling-rules-2025), "第十八条 现场检查作出检查结论前，飞行检查组应当向被检查" / "对象反馈检查的
# 有关情况。…" (nat-medfund-flight-inspection-2023; both heldout28, a RAG collection's PDF text; "第十四条  县级以上
# 人民政府应当建立和完善源头预防、过…", yn-eco-civilization-pioneer-regs-2020, heldout19), is a clause: no
# unnumbered heading of the gold of any round opens with 第X条 (a titled article is read by its number, TITLED_ARTICLE).
# An article titled in brackets, "第一条（目的和依据）" (sh-renewable-fund-2020 of round 14's lineage set, a line of its
# own over its text), is a heading and no cut sentence: without that exception round 14's strong recall fell 0.979 ->
# 0.875, its articles no units.
ARTICLE_CUT_LINE = re.compile(rf"^[ \t\u3000]*第{CN_NUMERAL}条(?![ \t\u3000]*$)(?![ \t\u3000]*[（(])")
# SPLIT_MARKER_PIECES (fix32seg, round 32): a portal page saved with every HTML element on a line of its own writes
# a part's or a point's number alone on its line, or in pieces, its title on the next line: "一、" / "总体要求",
# "（" / "二" / "）" / "健全完善现货市场交易规则。", "（" / "二" / "）创新建设模式", "四" / "、保障措施",
# "2." / "2025年6月1日后投产的新能源增量项目"
# (nm-green-direct-supply-2026, md-ne-price-reform-2025: 内蒙古自治区能源局 通知公告 pages). The pieces are one
# marker and, where the next line is no marker, one heading line with that title, as a chapter marker alone is
# (CHAPTER_MARKER_ALONE). Not over a line that holds a space: a PDF's table laid out in columns sets a cell's
# number alone and its neighbours' words beside the next line's ("三、" / "按职责和要求配置乡（镇）气象
# 象协理员和信息员，得2分； 乡 提供…", zj-village-meteo-std-2016).
SPACED_LINE = re.compile(r"\s")
# The title so joined is a title's length, up to SPLIT_MARKER_TITLE_MAX characters; a number alone over a paragraph
# is no heading of it. SPLIT_MARKER_OVER_BLANK: the page as a PDF sets a blank line between a number alone and its
# title ("二、" / "" / "适用范围"): one blank line may stand between.
SPLIT_MARKER_TITLE_MAX = 40
PART_MARKER_ALONE = re.compile(rf"^[ \t\u3000]*(?:{CN_NUMERAL}、|[（(]{CN_NUMERAL}[）)]|\d{{1,2}}[.．])[ \t\u3000]*$")
OPEN_BRACKET_ALONE = re.compile(r"^[ \t\u3000]*[（(][ \t\u3000]*$")
CLOSE_BRACKET_ALONE = re.compile(r"^[ \t\u3000]*[）)][ \t\u3000]*$")
NUMERAL_ALONE = re.compile(rf"^[ \t\u3000]*{CN_NUMERAL}[ \t\u3000]*$")
MARKER_CLOSE_LED = re.compile(r"^[ \t\u3000]*(?:(?P<comma>、)|[）)])")
# SPAN_BROKEN_TITLE (fix32seg, round 32): on such a page a run-in title breaks at its spans too, its 。 on a line of
# its own before the paragraph goes on: "（一）" / "新增" / "用电" / "负荷" / "。" / "所有" / "新增" / …,
# "（" / "四" / "）" / "燃煤" / "燃气" / "自备电厂" / "。" (nm-green-direct-supply-2026). Up to SPAN_TITLE_PIECES_MAX
# short pieces without punctuation after the split marker's title line, right over a line opening with the 。, are
# the title's. Without that 。 the pieces cannot be told from the paragraph's first words ("（一）" / "项目" / "申报"
# / "绿电直连" / "项目" / "是" / "同一投资主体的，"): the title stays the first line.
SPAN_TITLE_PIECES_MAX = 3
SPAN_TITLE_PIECE = re.compile(r"^[\u4e00-\u9fff]{1,8}$")
SPAN_TITLE_END = "。"
# LOST_FIRST_PART: a text whose first part heading OCR damaged ("总体要求-、" for 一、总体要求) opens
# with 二、; a document's first heading is otherwise numbered 1 (a page number glued to a title line
# reads "22 中共…"). A 二、 line whose next number of the style (三、) opens a later heading line of its
# own is the first part that survived.
LOST_FIRST_PART_STYLES = ("cn",)
# The first surviving part may itself be glued after a 。 ("…合理使用。二、加强“两库”建设和应用", round 8,
# its 一、 damaged into "明确目标任务-、" at the end of the preamble): a glued 二、 with no 一、 before it
# is split off when the next part marker opening a later line (on its own or glued) is at most
# LOST_FIRST_PART_GAP numbers further on.
LOST_FIRST_PART_GAP = 2
# EXCERPT_FIRST_PART: a text cut out of a longer plan (a data set's cell) may open in the middle of a
# part, mid-sentence, with no title line: "制造实用工程人才、卓越工程师…培养和培训。…" / "四、推进重点领域
# 智能化转型" / "立足我省…" / "(一)汽车及零部件。…". When every line before it is a paragraph ending in a
# sentence mark, a stand-alone part heading of these styles is the excerpt's first heading, whatever its
# number (a document's first heading is otherwise numbered 1).
EXCERPT_FIRST_PART_STYLES = ("cn",)
# EXCERPT_OPENS_WITH_PART (fix26task, round 26): an excerpt may open with the part heading itself, nothing before it,
# its own parts opening at 1 on the next line: "**三、规划重点任务**" then "**（一）推动生态能级高标准跃升，打造绿色
# 生态“桥头堡”**" (cm-eco-civ-demo-2024, a portal page cut to a district plan's task part); a page number glued to
# a title ("22 中共…") has no deeper run opening below it.
# EXCERPT_PART_LEAD (fixlin58, round 58): the part heading may stand over its lead paragraph before its own run opens:
# "四、强化科技创新策源功能，扩大高水平科技供给" / "按照把创新放在国家现代化建设全局核心地位…" (ten wrapped PDF lines) /
# "4.1 大幅提升基础研究水平" (sh-fyp14-ch04-sci, lineage58, a chapter cut of 上海's 十四五 纲要), and "七、增强国际科技
# 创新中心策源功能" / "坚持科技创新打头阵，…" / "1.加强原始创新和关键核心技术攻关" (its 十五五 纲要): a plan's chapters
# open with such a lead as a rule, and the chapter heading was dropped (a first heading not numbered 1), its lead in no
# unit. The first numbered line below then opens the deeper run at 1 on a line of its own, after at most
# EXCERPT_PART_LEAD_MAX_CHARS of prose lines (no numbered line between); a page number glued to a title still has
# no such run below it.
EXCERPT_PART_LEAD_MAX_CHARS = 1500
# EXCERPT_LEAD_PDF_MARKS (fixlin60, round 60): a PDF's page numbers and figures stand between such a lead and the
# run: "十、优化功能布局，塑造市域空间新格局" / its lead / "78图 2 “十四五”上海市域功能布局" (page 78 glued to the map's
# caption) / "7910.1 推动主城区综合功能升级" (page 79 glued to 10.1), and "十四、努力创造高品质生活，…" / its lead /
# "11014.1 切实办好人民满意的一流教育" (sh-fyp14-ch10-layout, sh-fyp14-ch14-life, lineage60: chapter cuts of 上海's
# 十四五 纲要). The caption's 78 and the glued 7910 were read as the first numbered line, no run at 1, and each chapter
# heading was dropped, its sections flattened to the top and its title in no unit. A figure's or table's caption
# (CAPTION, page number glued or not) is no line of the run; and the first numbered line may carry a page number of at
# most three digits glued before the run's first marker when what is left names the part's own number as its parent
# ("10.1" under 十、: a decimal outline repeats its chapter's number, as _without_glued_page cuts it once the part is
# open). A decimal section cut alone opens its excerpt likewise when the first numbered line below repeats its number
# ("3.4 深入建设全球领先的国际航运中心" / its lead / "3.4.1 增强海港的区域联动和辐射能力。…", run in;
# sh-fyp14-s3-4-ship): a first heading not numbered 1 whose child spells out its whole number is a cut section, not a
# page's number.
EXCERPT_LEAD_PDF_MARKS = True
EXCERPT_LEAD_CAPTION = re.compile(r"^\d{0,3}[图表][ \u3000]*[\d一二三四五六七八九十]{1,3}(?:[ \u3000:：.、]|$)")
EXCERPT_LEAD_GLUED_PAGE = re.compile(r"^[1-9]\d{0,2}(?=\d)")
# EXCERPT_UNDER_RED_HEAD (fmt23, round 11 rendered): the lines of a red head above the excerpt (RED_HEAD_ORGAN,
# RED_HEAD_END: "山东省经济和信息化委员会文件" / "省政发〔2017〕88号", sd-smart-mfg-plan-2017 set as a Word file) are
# the file's, not paragraphs of the excerpt: they do not stop its first part from opening it.
# Order matters: the first style that matches a line wins.
MARKER_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", CHAPTER),
    ("cn", CN_ENUM),
    ("paren-cn", PAREN_CN),
    ("paren-arabic", PAREN_ARABIC),
    ("decimal", DECIMAL_ENUM),
    ("arabic", ARABIC_ENUM),
    ("circled", CIRCLED),
    ("section", SECTION_SIGN_ENUM),
    ("letter", LETTER_ENUM),
    ("labelled", LABELLED_ORDINAL),
    ("step", STEP_ORDINAL),
    ("topic", TOPIC_ORDINAL),
    ("ordinal-line", ORDINAL_TITLE_LINE),
    ("padded", PADDED_ENUM),
    ("decimal-top", DECIMAL_TOP),
)
# Chapter headings run together on one line (a newspaper database export, a TOC without page
# numbers): "第三篇推进改革开放第十三章深化各项改革", "第二十五章改善宏观经济管理第二十六章保障计划全面
# 落实序言". A line that starts with a chapter marker and holds no sentence mark is split before each
# further chapter marker, and before a preface heading glued onto its end.
CHAPTER_RUN_SPLIT = re.compile(
    rf"(?<=[^\s【])(?=【?第(?:{CN_NUMERAL}|\d+)(?:部分|[章节篇编])】?[^\s的])|(?<=[^\s])(?=(?:序言|前言|引言|导言)$)"
)
CHAPTER_RUN_STOP = re.compile(r"[。，；！？]")
# A PDF text whose pages were written without a line break glues the next page's first line to the
# last line of the page before: a cover's date and the preface after it read "2020 年 10 月 19 日前 言".
# A letter-spaced preface heading at the end of a line is that heading (spaced, it is no word of the
# sentence: "…本书的前言" is). A space may stand between the date and the heading ("2021 年 9 月 前    言",
# bj-eco-restoration-2035).
GLUED_PREFACE = re.compile(r"(?<=\S)[ \t\u3000]*(?P<name>[前序引导][ \u3000]+言)[ \t\u3000]*$")
# Chapter units rank by their meaning, whatever order they open in: a 篇 (or 部分) holds 章,
# a 章 holds 节. A unit never nests below a smaller one: "总则 / 第一节 指导思想 / 一、… /
# 第一章 规划愿景" puts 第一章 at the top, beside 总则, not under 第四节's 一、. A 节 right after a
# named heading (总则) nests under it; a 章 or 篇 closes it.
CHAPTER_UNIT_RANK = {"篇": 0, "编": 0, "部分": 0, "章": 1, "节": 2}
# PARTS_ABOVE_ENUMERATIONS: a document's largest parts (篇, 部分: the units of this rank) are never
# sections of an enumerated heading. When one opens and no chapter unit is open, the enumerations
# open above it (a summary's "一、…三、" before the body, round 8: "三、2023年数字中国发展形势与展望" then
# "【第一篇】数字中国建设基础加快夯实" over chapters "一、"…"十四、") close: the part is at the top.
PARTS_ABOVE_ENUMERATIONS_RANK = 0
PARTS_ABOVE_ENUMERATIONS_STYLES = ("cn", "paren-cn", "arabic", "paren-arabic", "circled")
# Styles a TOC or an inline reader may see open as a new, deeper level.
NEW_STYLES = ("cn", "paren-cn", "arabic", "paren-arabic")


def marker_spellings(style: str, number: int) -> list[str]:
    """Every way a marker of this style and number is written, e.g. ("cn", 3) → 三、 / 三."""
    if style == "cn":
        return [f"{int_to_cn(number)}、", f"{int_to_cn(number)}."]
    if style == "paren-cn":
        return [f"（{int_to_cn(number)}）"]
    if style == "arabic":
        return [f"{number}、", f"{number}."]
    if style == "paren-arabic":
        return [f"（{number}）"]
    if style == "circled":
        return [chr(0x2460 + number - 1)] if 1 <= number <= 20 else []
    if style == "section":
        return [f"§{number}.", f"§{number}"]
    if style == "padded":
        return [f"{number:02d}{space}" for space in (" ", "\u3000", "\t")]
    if style == "ordinal-comma":  # ORDINAL_PARAGRAPH_LEAF_ITEMS: 第一， opening a paragraph
        return [f"第{int_to_cn(number)}，", f"第{int_to_cn(number)},"]
    if style.startswith("chapter:"):
        unit = style.split(":", 1)[1]
        return [f"第{int_to_cn(number)}{unit}", f"第{number}{unit}"]
    return []


# A heading run into the text of a document that lost its line breaks: a chapter, 一、 or （一）
# marker right after the end of a sentence (or of the previous heading's title), e.g.
# "…加快发展。二、总体要求（一）指导思想。以…". Arabic and （1） markers are not read inline: in
# running text they number list items and tasks, and "1." meets decimals. A paragraph may end in
# the bracketed note of its lead units, after its full stop: "…加快项目落地。（国家发展改革委牵头，
# 国务院相关部门按职责分工负责）（二）进一步提升…" (the numbering sequence still has to continue).
# LOST_BREAK_GLYPH: a crawl may leave a private-use character (an icon font's glyph, U+E000-U+F8FF)
# where a paragraph break was ("现批复如下：\ue004一、原则同意…"): it stands between a sentence and
# a marker like a space.
# LEAD_POINTS: in a text read inline, points announced by a lead sentence ending in a colon
# ("现批复如下：一、原则同意修改后的《…》。二、同意北京市制定的环境污染防治目标。…", the points of a
# reply or a notice) are run-in paragraphs: each title is the point's first sentence, up to its 。,
# however long, never cut where a glued title would end (SENTENCE_OPENERS: "北京市要认真组织实施…").
# The first point stands right after the colon (spaces and LOST_BREAK_GLYPH aside); its siblings
# follow it.
# LEAD_POINTS_GLUED_TITLES: the parts of an opinion or a notice that a one-line crawl glued to their
# paragraphs are announced by a colon too ("…现提出以下意见：一、坚决遏制产能无序增长全面贯彻…的要求，…。二、
# 切实减轻企业负担按照…", "…通知如下：一、有保有限，强化需求侧管理切实做好有序供电。…", round 12, three 国务院办公厅
# crawls): when most of the announced points (LEAD_POINTS_GLUED_SHARE, at least LEAD_POINTS_GLUED_MIN) show a
# title glued to their first sentence (a sentence opener or a part's head noun where the title ends, outside
# brackets: GLUED_TITLE_BRACKETS), they are titled parts, read as any heading; a reply's points ("一、原则同意
# 修改后的《…（以下简称《…》）》。二、同意…") and a notice's subject-led points ("一、《目录》实施要以…为指导，…") show
# no such title in most of them and keep their first sentences.
LEAD_POINTS_GLUED_SHARE = 2 / 3
LEAD_POINTS_GLUED_MIN = 2
# GLUED_TITLE_BRACKETS: a glued title never ends inside brackets or quotes ("原则同意《关于深化…的实施方案》":
# 深化 inside the 《》 opens no sentence).
GLUED_TITLE_BRACKETS = ("《》", "（）", "“”", "()")
LEAD_POINTS_BEFORE = re.compile(r"[：:][ \t\u3000\ue000-\uf8ff]*\Z")
# INLINE_ANNOUNCED_LIST (fix22seg, round 22): a lead that announces the conditions, standards or contents that
# follow, by 以下 or 下列 and their count perhaps, makes the （n） after it a list, whether it ends in a colon or, as a
# one-line crawl shows, in a full stop: "二、先进集体、先进个人候选对象推荐条件先进集体、先进个人的评选应满足以下3个
# 条件。（一）坚持以习近平新时代中国特色社会主义思想为指导，…。（二）…" (nat-eco-civilization-award-2022; round-22 gold:
# list items, as heldout14's criteria announced by 确诊符合以下标准：). Its siblings are entries too.
# SIBLINGS_WHOLE_AT_FULL_STOP (join31): a title read up to its own 。 is cut before an opener when the rest looks like a
# sentence glued to it; but where most of its siblings (SIBLINGS_WHOLE_SHARE of a run of SIBLINGS_WHOLE_MIN at least)
# are run-in titles of at most RUN_IN_TITLE_MAX characters that end at their 。 uncut, the run is one of titled
# run-ins and so is it: "（二）鲜明提出落实中央八项规定要从中央政治局抓起、自上而下推动。习近平总书记指出，…" among
# "（一）必须坚持以上率下、示范带动。" (nat-eight-rules-experience-2025 joined, read as 鲜明提出). A cut after a part's
# head noun stays (TITLE_HEAD_NOUNS, REPORT_HEAD_NOUNS: "（三）基本原则|——坚持党管农村工作。", nat-rural-2018), and
# so does one before a mark.
SIBLINGS_WHOLE_MIN = 3
SIBLINGS_WHOLE_SHARE = 2 / 3
# STAND_ALONE_SIBLINGS (seg58, round 58): a title stands alone (STAND_ALONE_ENTRY_TITLE) as its run's do. A list
# whose entries end their names with a stop may drop one: "…下分六个整治小组： 1、建筑工地排查整治小组。 组长：陈秋生
# 由土地所…组成，负责… 2、…小组。 … 5、中小学及幼儿园排查整治小组。 组长：… 6、宗教场所排查整治小组 组长：翁绳武
# 成员由…组成，负责…" (ly-fire-hazard-campaign-2016, lineage56, a one-line crawl: its judged units keep the six groups
# as list entries; read as a heading, 6、 alone cost lineage56 strong 0.838 -> 0.811), where the 平潭 plan's headings
# all stand alone: "（一）完善机制 1.… （二）加强宣传 1.动员部署 … （三）经济措施 对标准化管理活动组织有力…给予…
# （四）行政措施 1.…" (pt-transport-works-standardization-2013). Siblings: the points of one style and level under one
# parent point; at least STAND_ALONE_SIBLINGS_MIN of them and STAND_ALONE_SIBLINGS_SHARE of the run stand alone.
STAND_ALONE_SIBLINGS_SHARE = 1 / 2
STAND_ALONE_SIBLINGS_MIN = 2
# ANNOUNCED_CONDITIONS_COPULA (join31): a lead may name the conditions with 是 / 为 before its colon: "根据《浙江省
# 特级教师评选暂行办法》，本次特级教师评选的基本条件是：（一）坚持党的基本路线，…。（二）具有适用的教师资格，…"
# (sx-special-teacher-nomination-2009 joined: its eight criteria read as headings titled by their first sentences),
# and the materials to send with 包括: "报送的评选推荐材料包括：（一）《浙江省特级教师评审表》一式35份，…" (the same).
# ANNOUNCED_MEMBERS_DUTIES (fixseg57, round 57): so does a lead announcing a group's members or an office's duties: "…组
# 成人员名单如下： （一）组 长：王进足 （二）常务副组长：赖德芳 …" and "“标准办”职责为： （一）负责标准化管理活动的总体
# 规划和实施方案的编制； （二）…" (pt-transport-works-standardization-2013, a one-line crawl; heldout57 gold: list
# items both; read as headings, the second list's （五）…（十一） went on from the first's （四） as eleven level-2
# headings).
INLINE_ANNOUNCED_LIST = re.compile(
    r"(?:(?:下列|以下)[^。；：:，]{0,12}?(?:条件|标准|情形|内容)[。：:]|(?:条件|标准|情形|材料)(?:是|为|包括)[：:]"
    r"|名单如下[：:]|职责(?:是|为)[：:])"
    r"[ \t\u3000\ue000-\uf8ff]*\Z"
)
INLINE_ANNOUNCED_LIST_STYLES = ("paren-cn",)
LEAD_POINTS_LOOKBACK = 20  # characters before a marker searched for the colon
# A crawl may write the sentence mark before a marker half-width (HALF_WIDTH_SENTENCE_MARKS): "提出以下
# 意见:一、指导思想…" (an ASCII colon), "…(本文有删减)…": they end a sentence as their full-width forms do.
HALF_WIDTH_SENTENCE_MARKS = ":;!?)"
# CLOSED_NOTE_MARKS: a task's paragraph often ends in a note of the bodies responsible, set in brackets with no full
# stop after it; its closing bracket ends the paragraph as ） does, whichever bracket the plan sets it in:
# "…建成超充桩 4000 个。〔责任 单位：…国网重庆电力、重庆高速集 团〕 （二）合理选址布点" (cq-supercharge-2024, a
# city's action plan as PDF text read on one line: its （二）…（八） were lost, the numbering with them),
# "…【牵头单位：…】2. …".
CLOSED_NOTE_MARKS = "〕】"
# INLINE_ARABIC_MARKERS: after a sentence's end, a text read inline also opens headings with arabic
# numbers - 1. / 1． / 1、 / （1） and decimal 1.1 / 1.1.1 - the levels most plans use below （一）:
# "…的通知如下：一、总体要求（一）指导思想。…。1．加快推进工业领域节能降碳。…" (a 实施方案's run-in tasks
# crawled onto one line). A number glued to a quantity ("。1.5万吨", "。2025年") is none: a digit, a unit
# or 年 after it reads as a quantity (read_marker's QUANTITY_AFTER), and the style's numbering must
# go on (1 after 1 is no heading).
# INLINE_ARABIC_GLUED: an arabic point glued to the text before it with no sentence mark ("…丰顺留隍（铅锌银）
# 等4.地质科技攻关。", a table's last row run into the next point, round 8's 找矿 plan) is one only where
# it goes on the numbering of its style's open run (4. after an accepted 3.); it never opens a run.
# Both take a point before a year's 年 as ARABIC_ENUM does (ARABIC_POINT_BEFORE_YEAR): "…持平。1.2025年度…？".
# LOST_MARKER_SKIPPED: a crawl of a PDF may lose one marker of a run (a page break took "14." with its line): the
# run read inline goes on past it when the marker after the lost one, and the next of its style, both stand after a
# sentence's end: "…（区教育局、区科技局等按职责分工负责）15. 提升文旅设施设备水平。…（区文广旅局牵头负责）16. 推动医疗
# 卫生装备更新。" (a district's equipment-renewal plan on one line, its 14. lost: 15.–26. were read as no task).
# Only in a run of LOST_MARKER_RUN_MIN markers or more (a 3. after a 1. is more often a cited item), and not in a
# standard's decimal clauses (3.2 after 3.1 of another chapter: a term's number, bj-quake-resilience-guide).
LOST_MARKER_RUN_MIN = 3
INLINE_ARABIC_GLUED = rf"\d{{1,2}}(?:[.．、](?!\d)|{ARABIC_POINT_BEFORE_YEAR})"
INLINE_ARABIC_MARKERS = (
    r"\d{1,2}(?:\.\d{1,2}){1,2}(?=[ \t\u3000]*[\u4e00-\u9fff])"
    rf"|\d{{1,2}}(?:[.．、﹒](?!\d)|{ARABIC_POINT_BEFORE_YEAR})|（\d{{1,2}}）"
)
# INLINE_ARABIC_LIST_ENTRY: an arabic item read inline (1. / （1）) is a heading when its paragraph goes on
# past its first sentence ("1．加快推进工业领域节能降碳。推进…", or a title glued to that sentence:
# "1.人工智能安全治理原则秉持共同、综合…的安全观，…。"). An item whose first clause ends at ；, that is one
# sentence with nothing after it, or that runs into its next number with no mark between, is an entry
# of a list: "…属于规划的重大调整：1.矿区主要边界调整导致规划面积扩大的；2.新增井（矿）田的；" (the cases of a
# clause, round 12), "附件：1.排污单位自行监测现场评估细则2.排污单位自行监测帮扶指导报告抄送：…。". A run of
# siblings is a list when half of them read so (its last entry runs on into the clause), or when a colon
# announces it: "按照以下情形进行分类处置：1.无整改情形类。依法核发。2.…" (the cases of one task, dev's
# mee-permit-cleanup-2020; RECORDS_LEAD reads them inside their item). An item with headings below it
# is a part, and decimal markers (1.1) number headings, whatever follows them.
INLINE_ARABIC_LIST_STYLES = ("arabic", "paren-arabic")
INLINE_ARABIC_ENTRY_END = re.compile(r"[。！？；;，,、：:]")
# ANNOUNCED_POINTS_ENUMERATED (fixseg58, round 58): points a colon announces are no list of one paragraph when each
# opens with a short title sentence of its own (as TITLED_RUN_IN_UNDER_ARTICLE reads one) and most of them count what
# they hold 一是…二是…: "以预售合同示范文本为例，主要修订内容如下：1.更新了部分合同内容。一是将合同订立依据由合同法、
# 物权法调整为民法典。二是…六是…。2.源头化解交易纠纷。一是针对…。二是针对…。3.更有利于保护购房者权益。一是…。二是…"
# (bj-housing-contract-templates-explain-2025 read on one line; heldout58 gold: inline level-2 headings, as its line
# reading gives them). A point that holds an enumeration of its own is a part over it, as a point with headings below it
# is; a list's cases ("按照以下情形进行分类处置：1.无整改情形类。对符合发证条件的…依法核发排污许可证。2.禁止核发类。…",
# mee-permit-cleanup-2020) count nothing and stay entries.
ANNOUNCED_POINT_ENUMERATION = re.compile(r"(?<![统唯第万之单同专划归合])一是(?=[\u4e00-\u9fff“《])")
ANNOUNCED_POINT_ENUMERATION_NEXT = "二是"
ANNOUNCED_POINTS_ENUMERATED_MIN = 2  # points in the run at least
ANNOUNCED_POINTS_ENUMERATED_SHARE = 1 / 2  # of them counting 一是…二是…, at least
INLINE_SENTENCE_END = re.compile(r"[。！？]")
# INDENTED_LINE_SPACES: a page that indents each paragraph by two em spaces (gov.cn's
# "\u2003\u2003一、总体要求"), its lines joined, leaves that indent between a title and the marker
# after it: "…现提出以下意见。  一、总体要求  （一）指导思想  以习近平…" (nat-digital-culture-industry-2020
# joined: every （一） after its part's title was lost). The marker after a title may stand behind up
# to INDENTED_LINE_SPACES_MAX such spaces (a fixed-width look-behind for each count).
INDENTED_LINE_SPACES_MAX = 4
_AFTER_TITLE_LINE_SPACES = "|".join(
    rf"(?<=[\u4e00-\u9fff][ \t\u3000]{{{n}}})" for n in range(1, INDENTED_LINE_SPACES_MAX + 1)
)
# CITED_ANNEX_NUMBER (task55): a number glued to 附件 is the attachment's: it cites one
# ("…减少人工干预的比例。（示例见附件2、附件3）---完成建设前期工作（6月底前）。…2.建设实施阶段（2015年7月-12月）…",
# pt-power-online-pilot-2015, a 平潭 工作方案 on one line: the "2、" of 附件2 went on the stages' 1. and took
# 2.建设实施阶段's place; "…报告内容见附件3." of a ministry's notice) or labels one ("附件2.受检单位人员名单", an
# inspection notice's attachment read inline), never a point that goes on the numbering of the text before it.
CITED_ANNEX_NOUN = "附件"
# not a bare 图: a title may end in 蓝图 (cn-fyp-15)
CITED_TABLE_NOUNS = ("附表", "附图", "下表", "上表", CITED_ANNEX_NOUN)
_NOT_AFTER_CITED_TABLE = "".join(f"(?<!{noun})" for noun in CITED_TABLE_NOUNS)
# A word's or a figure's end and the spaces after it (SPACED_TITLE_LINE: "…电话：020-12345 十一、其他注意事项").
_AFTER_LINE_SPACES = "|".join(rf"(?<=\S[ \t\u3000]{{{n}}})" for n in range(1, INDENTED_LINE_SPACES_MAX + 1))
# LETTER_SPACED_PAREN_NUMERAL (join28): a PDF may letter-space a bracketed numeral of two characters, "（十 八）", as
# its line reading accepts (read_marker); read inline it is a marker too: "（十 八）全面提高高等教育质量。…（十 九）提高
# 人才培养质量。" (nat-edu-reform-outline-draft-2010 joined: the run stopped at its first spaced number).
PAREN_NUMERAL = r"（[一二三四五六七八九十百零〇两](?: ?[一二三四五六七八九十百零〇两])*）"
INLINE_HEADING = re.compile(
    rf"(?:(?:^|(?<=[。；！？：”）\n{re.escape(HALF_WIDTH_SENTENCE_MARKS + CLOSED_NOTE_MARKS)}]))"
    r"[ \t\u3000\ue000-\uf8ff]*"
    # PAGE_NUMBER_BEFORE_PART: a PDF's page number, its line joined, may stand between a sentence's end and the 一、
    # part after it ("…构建完善产业生态。2二、行动目标到2025年，…", a ministry's action plan crawled onto one line);
    # not before 第X章, where a plan's own figures (…12第二章…) read as chapters too often (bj-eco-security-2035)
    rf"(?:\d{{1,3}}(?={CN_NUMERAL}、))?"
    rf"(?P<marker>第(?:{CN_NUMERAL}|\d+)[章节篇编]|第{CN_NUMERAL}部分|{CN_NUMERAL}、|{PAREN_NUMERAL}|{INLINE_ARABIC_MARKERS})"
    # INLINE_PART: a part 第一部分 (CN numeral: "第1部分：术语" cites a standard's part, nat-petrochem-std-guide-2022)
    # a chapter or （一） may also follow the previous heading's title directly: "总体要求（一）指导思想", or
    # after the space its line's end left (TITLE_LINE_SPACE): "八、其他说明 （一）地方碳市场重点排放单位"
    # CITED_TABLE_ITEM: glued to 附表 or 附图 it cites a table's or figure's item ("…推动新能源发展，见附表（四）
    # 所列。", GLUED_PARAGRAPH_ITEMS' guard: read as a heading once INDENTED_LINE_SPACES let the （一）…（三） run on)
    rf"|(?:(?<=[\u4e00-\u9fff]){_NOT_AFTER_CITED_TABLE}|{_AFTER_TITLE_LINE_SPACES})"
    rf"(?P<joined>第{CN_NUMERAL}(?:部分|[章节篇编])|{PAREN_NUMERAL}|{INLINE_ARABIC_GLUED})"
    # SPACED_TITLE_LINE: a part's 一、 after a word and the space a line's start left, its title ended by the space
    # of its line's end ("…来源：市人力资源社会保障局 社保中心 一、办理对象 广州市参保单位、参保人 二、受理条件 申领…")
    rf"|(?:{_AFTER_LINE_SPACES})(?P<spaced>{CN_NUMERAL}、))"
)
# INLINE_HEADING_FIRST: what every match of INLINE_HEADING begins with (the spaces or a private-use glyph after a
# sentence's end, a page number, or its marker's first character: 第, a Chinese numeral, （, a digit). Its every branch
# opens with a lookbehind, which the engine tries at every character of a text; finditer_from_first tries it only
# here (0.20 -> 0.02 s over the texts read inline of 60 generated plans; 3.6 % of the reading CPU before).
INLINE_HEADING_FIRST = re.compile(r"[ \t\u3000\ue000-\uf8ff\d第（一二三四五六七八九十百零〇两]")
# GLUED_FIRST_PART: in a text read inline, the first part's 一、 may be glued to the text before it with
# no mark at all, when the crawl lost the break after a title line ("(本文有删减)电 力 体 制 改 革 方 案
# 一、加快电力体制改革的必要性（一）…"): where no 一、 after a sentence's end opens the parts that 二、
# continues, the last such glued 一、 before that 二、 opens them. A 一 that ends a word (统一、规范,
# 唯一、, 第一、, 之一、 …: GLUED_FIRST_PART_WORDS) is no marker. TABLE_PIPE_BEFORE_FIRST_PART (fix31task, round 31):
# a portal page's metadata table written with | cells, its lines joined, glues its last row's pipes to the first
# part: "…解读2023年区交通运输局工作计划 | |||||||一、制定背景 2023年是…。 二、重要举措 (一)基础设施提升行动。"
# (sy-transport-2023-points joined; round-31 gold: 二、重要举措 over five sections, 22 leaves), so a pipe counts as
# a word's end before that 一、. PAGE_WIDGET_BEFORE_FIRST_PART (join49): so does the bracket closing a portal page's
# font-size widget: "…访问次数: 字号:[ ]一、政策背景“十四五”教育事业发展规划编制工作由…二、决策依据…" (ls-edu-14fyp-
# interp-2022, heldout48 joined: the first part lost, its 二、 and 三、 read).
GLUED_FIRST_PART = re.compile(r"(?<=[\u4e00-\u9fff|\]])一、")
GLUED_FIRST_PART_WORDS = "统唯第之同单逐万划专归合其十"
# INLINE_TOP_PARTS: the largest parts (第N部分, 第N篇) read inline sit under no enumeration (as
# PARTS_ABOVE_ENUMERATIONS for lines): one that would open under a letter's 一、 is none, as a cited part
# of an attachment's own parts ("…准入标准第一部分：一类门诊特定病种一、高血压病…" after the notice's
# points, gz-outpatient-special-disease-2019, is read line by line, not here).
INLINE_TOP_PARTS = ("chapter:部分", "chapter:篇")
# PART_FIRST_POINT_GLUED: so may the first point of every later part, glued to its part's title: a
# 第N部分 / 篇 / 章 read inline whose title runs, within a run-in title's length (RUN_IN_TITLE_MAX) and no
# clause or sentence mark, into a glued 一、 has that 一、 as its first point ("第二部分：发展趋势|一、从发展
# 背景看，…", pt-greening-15; "第一部分：一类门诊特定病种|一、高血压病…", gz-outpatient-special-disease-2019).
PART_FIRST_POINT_GLUED = re.compile(r"(?<=[\u4e00-\u9fff”）])一、(?=[\u4e00-\u9fff“])")
# COUPLET_TITLES: a government work report titles its tasks by couplets, two clauses of one length joined by ，
# ("（一）着力扩大有效需求，推动经济稳中向好", all nine of sn-gov-report-2026's 2026 tasks 8 + 8), and a crawl glues
# each task's first run-in point to its second clause ("…推动经济稳中向好|扩大有效投资。深化…"). Where
# COUPLET_MIN or more sibling titles read inline (COUPLET_SHARE of their level at least) open with a first clause of
# one length n (COUPLET_CLAUSE_MIN to COUPLET_CLAUSE_MAX characters), each second clause that runs on
# INLINE_TWO_CLAUSE_SENTENCE_MIN characters or more past n ends after n characters, or after n + 1 where a sentence
# opener (INLINE_OPENERS) starts there and none at n ("引领新质生产力发展|推动科技创新…"). Shorter first clauses
# ("有保有限，强化电力需求侧管理") pair a slogan with a task: no couplet. Half the couplets at least
# (COUPLET_OPENER_SHARE) must show that opener: a plan's "（一）坚持高端引领，提升四大历史文化风貌区品牌影响力" (6 + 14,
# hp-heritage-14) shows none where its clauses would match ("提升四大历史|文化风貌区").
COUPLET_MIN = 3
COUPLET_SHARE = 2 / 3
COUPLET_CLAUSE_MIN = 6
COUPLET_CLAUSE_MAX = 10
COUPLET_OPENER_SHARE = 1 / 2
# UNEVEN_COUPLETS (seg22): a report's couplets need not be of one length: "（一）巩固壮大实体经济根基，
# 纵深推进产业强省建设|做强做优做大资源型产业，…" (10 + 10), "（二）促进消费和投资良性互动，有效释放
# 内需潜力|深入实施提振消费专项行动" (11 + 8), "（三）一体推进教育科技人才发展，提升创新体系整体效能|
# 优化教育资源供给" (12 + 10), "（九）统筹发展和安全，保持社会和谐稳定|防范化解地方债务风险" (7 + 8),
# yn-gov-report-2026 joined; "（三）强化创新驱动发展，加速新旧动能转换|提升科技创新效能", he-gov-report-2026.
# Where no one length rules, each couplet's second clause ends where a sentence opener starts within
# UNEVEN_COUPLET_SLACK characters of its first clause's length (the nearest such place), among sibling couplets
# (COUPLET_MIN at least, COUPLET_SHARE of their level) of first clauses up to UNEVEN_COUPLET_CLAUSE_MAX
# characters; half of those whose second clause runs on past that length and the slack (the glued ones:
# "（二）充分挖掘内需潜力，推动经济稳定增长" is whole) must show that opener (COUPLET_OPENER_SHARE).
# A report's task sentences open with verbs of work and the adverbs that lead them besides INLINE_OPENERS
# (COUPLET_SENTENCE_OPENERS: 做强, 深入实施, 突出, 抓实, 全力, 持续, 提升, 防范化解 there); inside a
# couplet's second clause, near its matching length, they open no title words. A plan's "坚持高端引领，
# 提升四大历史文化风貌区品牌影响力" (6 + 14, hp-heritage-14) shows none there and stays whole.
UNEVEN_COUPLET_SLACK = 3
UNEVEN_COUPLET_CLAUSE_MAX = 14
COUPLET_SENTENCE_OPENERS = (
    "做强", "做优", "做好", "深入", "突出", "抓实", "抓好", "全力", "持续", "提升", "防范", "扎实", "着力", "统筹",
)  # fmt: skip
# STAT_BULLETIN_SECTIONS: a 统计公报 (named so near its start, STAT_BULLETIN_LOOKAHEAD) titles its parts by the
# statistics' fields alone, a word or a few joined by 和 / 与 / 、, and a crawl glues the part's first sentence to
# them ("一、综合|国民经济继续健康稳定发展。", "三、工业与建筑业|全年规模以上…", "五、交通、邮电和旅游业|交通运输和
# 邮电通信业…", wz-stat-bulletin-2015/2022, yc-stat-bulletin-2022 joined): a part's title read inline is the run
# of field words it opens with, up to a word that is not one, or one it has already named (农业|农业综合生产能力;
# 消费 is a field only after 居民收入: "国内贸易和服务业|消费品市场日趋活跃").
STAT_BULLETIN = re.compile(r"统计公报")
STAT_BULLETIN_LOOKAHEAD = 300
STAT_BULLETIN_FIELDS = tuple(
    (
        "综合 农业 林业 畜牧业 渔业 工业 建筑业 服务业 固定资产投资 房地产开发 "
        "房地产 国内贸易 对外经济 开放型经济 对外贸易 交通运输 交通 邮电 邮政 "
        "电信 旅游业 旅游 财政 金融 保险业 保险 证券 教育 科学技术 科技 文化 "
        "卫生 健康 体育 人口 居民收入消费 居民收入 人民生活 社会保障 体育事业 "
        "文化事业 卫生事业 社会事业 资源 环境保护 生态环境 环境 能源 安全生产 "
        "应急管理 城市建设 公用事业 价格 就业 "
    ).split()
)
STAT_BULLETIN_JOINS = ("和", "与", "及", "、")
# GLUED_SENTENCE_MIN: a title glued to its first sentence is cut where that sentence starts
# (SENTENCE_OPENERS, TITLE_HEAD_NOUNS) only when what follows the cut, up to the title's own end
# (its full stop or the next heading), is long enough to be a sentence: "（三）加大中央财政建设投资
# 支持力度。" / "（十七）严格目标考核。" / "一、坚持和加强党的全面领导（一）…" are whole titles whose
# last words (支持力度, 考核, 全面领导) only look like the start of a sentence.
GLUED_SENTENCE_MIN = 8
# HEAD_NOUN_THEN_OPENER: where the two signs agree - a part's head noun (TITLE_HEAD_NOUNS) ends the title
# and a sentence opener (SENTENCE_OPENERS) starts right after it - the title is cut however short the
# rest: "（二）基本原则坚持绿色发展。牢固树立…" (a stand-alone 基本原则 glued to its first run-in
# principle in a one-line crawl, round 9) is 基本原则. "（十七）严格目标考核。" has no opener after 目标.
# TITLE_UP_TO_NEXT_HEADING: a title that runs straight into the next heading, with no sentence or clause
# mark before it, has no first sentence glued to it and is never cut: "二、推动地方政府加强在生态环境保护领域的
# 合作（四）建立…" (round 9) is a part's whole title, whatever opener (加强) it holds.
# HEAD_NOUN_OPENER_WORD (join31): an opener that with what follows it up to the full stop is a single word, not a
# sentence, ends no title: "（七）确定劳动教育内容要求。根据教育目标，…" (nat-labor-education-2020 joined, read as
# 确定劳动教育内容 before its 要) - the rest after a head noun must be longer than HEAD_NOUN_OPENER_WORD_MAX.
HEAD_NOUN_OPENER_WORD_MAX = 2
# HEAD_NOUN_LEAD_LINE (fixseg46, round 46): the same sign on a title line of its own, glued to the first run-in
# lead below it where a repost lost the break between them: "（一）基本原则以人为本,公平共享。" / "把有序推进
# 农业转移人口市民化…" (cs-new-urbanization-2021; the lead is the first principle's, content): the title ends after
# the head noun. Only where the line ends in the lead's full stop (RUN_IN_LEAD_END): a title line ending there
# anyway runs on after its head noun ("（一）顶层设计和制度规则加快健全", nat-digital-china-report-2022).
RUN_IN_LEAD_END = "。"
# HEAD_NOUN_LEAD_NAME_MAX: and only a part's name (基本原则, 指导思想, 主要目标) is cut so, not a clause that happens to
# hold a head noun: "（二）项目代码由项目审批单位|在项目立项时负责赋码，…。"
# (jj-project-info-share-spec-2011, a clause).
HEAD_NOUN_LEAD_NAME_MAX = 8
INLINE_CLAUSE_MARK = re.compile(r"[，、；：,;:]")
# LEAD_POINTS_WITH_PARTS: points announced by a colon ("现提出以下意见：一、…") that have headings of
# their own below them ("二、主要任务电煤市场化改革是…（一）建立电煤产运需衔接新机制。…") are the parts of
# an opinion or a plan, not a reply's one-sentence points: their titles are read as any heading's.
# INLINE_ATTACHED_PLAN: a notice that issues its plan as an attachment, read inline ("…生态环境部2018年7月
# 30日附件：生态环境部贯彻落实《…决议》实施方案2018年7月9日至10日，…。一、指导思想…"): the 附件 before the
# plan's first heading is the level-1 heading the plan's parts sit under (the attachment rule of lines),
# titled up to the first document kind (ATTACHED_PLAN_KINDS) outside 《》 (with a bracketed period
# after it: "行动计划（2021-2023年）").
INLINE_ATTACHED_PLAN = re.compile(r"附[ \u3000]*件[ \u3000]*\d{0,2}[：:][ \u3000]*")
# APPENDED_LISTED_ATTACHMENT: a notice read inline lists its attachment before the signature ("…附件：规划环评管理
# 信息共享系统使用说明生态环境部办公厅2021年10月13日（此件社会公开）") and the crawl appends the attachment itself,
# its label glued to its title and the title to its first sentence ("附件规划环评管理信息共享系统使用说明规划环评
# 管理信息共享系统与…", nat-eia-infosys-2021). Where the text after a later bare 附件 repeats the listed title
# (the longest prefix the two share, at least APPENDED_ATTACHMENT_TITLE_MIN characters, no sentence mark), that
# 附件 is a level-1 heading and the attachment's own numbering, restarting at 一、, sits under it.
# APPENDED_LABEL_WITH_COLON (join52): the appended attachment's label may keep the colon of the list's, its title on a
# line of its own under it: "…附件：广西电力市场履约风险管理工作指引广西电力交易中心有限责任公司2023 年 11 月 7 日…第 3
# 页附件：广西电力市场履约风险管理工作指引1 总则1.1 为规范…" (gx-performance-risk-guide-2023 joined, heldout40: the
# attachment's title, the level-1 heading over its chapters, was lost and every chapter rose a level). A later 附件：
# that repeats the listed title is the appended label all the same; the list's own label opens the search and is
# passed over. Only a bare 附件：, with no number: a numbered one cites or links an attachment in the letter ("（附件1：
# 省级相关部门…职责清单）" … "附件列表：附件1：省级相关部门…职责清单.docx", hn-health-in-all-policies-2025, heldout30).
# Not where the letter has points of its own (a 一、 before the list): the plan it issues is read as
# ever, its points front matter (COVER_LETTER_POINTS: "…附件：关于深化煤炭资源有偿使用制度改革试点的实施方案国务院二○○
# 六年九月三十日附件：关于…实施方案…", nat-coal-resource-fee-2006, heldout11).
APPENDED_ATTACHMENT = re.compile(r"附[ \u3000]*件[ \u3000]*\d{0,2}(?:[：:][ \u3000]*)?(?![\d：:])")
APPENDED_ATTACHMENT_TITLE_MIN = 6
# LISTED_SINGLE_ENTRY (join31): a list of one numbered attachment ("附件：1.建档立卡农村贫困人口因病致贫因病返贫调查
# 方案国家卫生计生委办公厅…附件1建档立卡农村贫困人口“因病致贫、因病返贫”调查方案根据…", nat-illness-poverty-survey-2016
# joined: read as a 附件： heading titled 1.建档立卡… over the whole plan) lists its title after the number; and the
# appended title may quote words the list wrote bare (APPENDED_TITLE_MARKS, passed over where the list has none).
APPENDED_TITLE_MARKS = "“”‘’「」、"
# APPENDED_ISSUED_TITLE (fix25join): a letter that numbers points of its own ("一、提高政治站位…二、…三、…") and issues
# a document by its title in 《》 ("现将《2024年市政府工作报告重点任务清单》印发给你们"), read inline, with the document
# appended after the signature's date, its title glued to the date and its own numbering restarting at 一、:
# "…北京市人民政府2024年1月26日2024年市政府工作报告重点任务清单一、持续提升首都功能…" (bj-gwr-tasklist-2024 joined:
# the restarted 一、 read as no heading after the letter's 三、, and the document's parts and tasks were lost). The
# repeated title is a level-1 heading (no label, as the title line its plain reading has) and the document's
# numbering sits under it. A date glued to a cited title with no 一、 after it is left as it was.
APPENDED_ISSUED_DATE = re.compile(
    r"(?:\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
)
APPENDED_ISSUED_CITED = re.compile(r"《(?P<title>[^《》。；！？\n]{6,60})》")
APPENDED_ISSUED_FIRST_PART = re.compile(r"[ \t\u3000]*一、")
# FIRST_CHILD_GLUED_TO_TITLE: in a text read inline, a part's title may run straight into its first numbered
# child ("二、信息管理端1.访问地址各级规划环评管理人员通过…", nat-eia-infosys-2021): a title holds no "1." between
# two Chinese characters, so it ends there.
# GLUED_POINT_ENDS_TITLE: so does any arabic point a title runs into, first child or not: points numbered on
# across the parts ("（二）推进服务贸易升级|5.深化服务贸易合作。", ah-rcep-2022; "（二）制定方案阶段|1.…"), after a
# score in brackets or a quoted word ("推进政务服务“跨域通办”（1分）|14.推动基层部门…", bt-digital-gov-eval-2022;
# "实施高新技术企业“厚植沃土”行动|10.…"), or a decimal one, a space after it perhaps ("…引领未来发展|1.1 “五个
# 中心”建设…", sh-fyp-14). A number after a word with a Chinese character or a quote after its mark is no
# quantity (1.5万, 2.3%).
# (one20) A space may follow the point's mark as it may a decimal's: "（二）项目组织申报工作流程|1. 申报单位根据指南…",
# "（三）具体申报方式|1. 网上填报" (heldout11 joined).
# A listed document may follow the point as well: "三、规划依据|1.《中华人民共和国城乡规划法》（2019 年修正）2.《…"
# (bj-eco-security-2035, cy-fuel-stations-2026 joined).
# DATED_POINT_GLUED_TO_TITLE (seg58, round 58): so does a point whose sentence opens with its deadline's year:
# "（一）制定方案阶段|1.2024年8月底前，各区绿化管理部门对本区域…梳理" and "（二）实施阶段|1.2024年9月…"
# (sh-magnolia-2024, heldout3 joined: both titles ran on into the year, cut after "1."); a work plan's steps often
# open with their deadline. A decimal holds no four-digit year before 年 (1.5年: no 19/20 century).
FIRST_CHILD_GLUED_TO_TITLE = re.compile(
    r"(?<=[\u4e00-\u9fff）)”])\d{1,2}(?:[.．、]|\.\d{1,2}(?:\.\d{1,2})?)[ \u3000]?"
    r"(?=[\u4e00-\u9fff“《]|(?:19|20)\d{2}年)"
)
# BRACKETED_CHILD_GLUED_TO_TITLE: so does a bracketed first child, numbered or lettered, where the text's own points
# are not headings: "（三）模型算法安全风险应对|（a）不断提高人工智能可解释性…" (nat-ai-safety-framework-2024),
# "5.2.1 站内设施与站外建构筑物安全间距要求|（1）汽油、柴油工艺设备…" (fl-energy-station-2023 joined). A title holds a
# bracketed score or year ("（1分）", "（2019 年修正）"), never a bare （1） or （a） before a word.
BRACKETED_CHILD_GLUED_TO_TITLE = re.compile(r"(?<=[\u4e00-\u9fff”])[（(](?:1|a)[）)](?=[\u4e00-\u9fff“《])")
# ENUMERATION_GLUED_TO_TITLE (fixjoin44): a part's body that counts its tasks 一是…二是… may open right after the
# title, no mark between: "（三）优化支出结构,着力保障重点领域支出|一是牢固树立过“紧日子”思想。…二是…", "（四）坚守债务
# 红线，着力加强债务风险防控|一是树立科学举债融资理念。" (pt-finance-plan-2022, lineage44, crawled onto one line: the
# title was cut at an opener inside it, "…着力加强", losing 债务风险防控). The 一是 ends the title where its 二是
# follows in the same part; a word that holds 一 before 是 ("统一是", "唯一是", "第一是") is none.
ENUMERATION_GLUED_TO_TITLE = re.compile(
    r"(?<=[\u4e00-\u9fff）)”])(?<![统唯第万之单同专划归合])一是(?=[\u4e00-\u9fff“《])"
)
ENUMERATION_GLUED_NEXT = "二是"
ENUMERATION_GLUED_TITLE_MIN = 4  # a title's words at least before the 一是
# GLUED_POINT_AFTER_TITLE: such a point, glued to the title of the heading read last (within a run-in title's
# length, RUN_IN_TITLE_MAX, and no clause or sentence mark between), opens a run of points where INLINE_ARABIC_GLUED
# would refuse it: "（一）扩大货物贸易规模|1.扩大优势产品出口。…（二）推进服务贸易升级|5.深化服务贸易合作。"
# (ah-rcep-2022 read inline): a word and then a number in a sentence ("…等4.地质科技攻关") has no title before it.
TITLE_CLAUSE_OR_SENTENCE_MARK = re.compile(r"[，、；：,;:。！？\n]")
# GLUED_BRACKETED_POINT_GOES_ON (join28): a bracketed point glued to a part's title opens the part's points too when it
# is the first or the next of its style's numbering, which a plan may run on across its parts: "一、“十五五”时期是基本
# 实现社会主义现代化的关键时期|（1）“十四五”时期我国发展取得重大成就。…二、“十五五”时期经济社会发展的指导方针和主要
# 目标|（4）…" (nat-fyp15-proposal-2025 joined: none of its 61 points was read). A title holds a bracketed score or
# year, never the number after the last point before a word.
GLUED_BRACKETED_POINT = re.compile(r"[（(]\d{1,2}[）)](?=[\u4e00-\u9fff“《])")
# Only under a part numbered in words (一、, （一）): a task table's rows numbered 1、 2、 … glued to their targets
# "（1）建设精品道路300条。" ("1、改善城市道路环境|（1）…2、改善农村道路环境|（2）…", sh-transport-finemgmt-2024 joined)
# hold no headings.
GLUED_BRACKETED_POINT_PARENTS = ("cn", "paren-cn")
# LISTED_PART_TITLE (join40): a part's title lists what it covers with 、 ("一、进一步全面深化改革、推进中国式现代化的
# 重大意义和总体要求|（1）进一步全面深化改革的重要性和必要性。…", nat-deepen-reform-decision-2024 joined: its bold title
# glued to the first of sixty points (1)-(60) numbered on across its fifteen parts, which were all lost with it). A 、
# lists nouns within one phrase, no clause of a sentence: between a part's marker and a bracketed point that goes on
# its numbering (GLUED_BRACKETED_POINT_GOES_ON) only a clause or sentence mark (GLUED_BRACKETED_POINT_TITLE_MARK)
# shows the point stands in a sentence. The point starts within a run-in title's length (RUN_IN_TITLE_MAX) of the part's
# marker, as GLUED_POINT_AFTER_TITLE measures it, and is read whole past it (GLUED_BRACKETED_POINT_REACH: "（10）" and
# the character after it): that title of 29 characters was cut off by the window's end.
GLUED_BRACKETED_POINT_TITLE_MARK = re.compile(r"[，；：,;:。！？\n]")
GLUED_BRACKETED_POINT_REACH = 5
# ARTICLE_ENDS_CHAPTER_TITLE: a chapter's title read inline runs into its first article ("第一章总则|第一条为加强…",
# "第二章子女教育|第五条…", gd-public-data-2021, nat-iit-deductions-2018: TITLE_BEFORE_ARTICLE without the
# space; "第一章 总 则第一条为了保障公民…", mee-info-disclosure-2019, round 17): a chapter's title holds no 第N条,
# so it ends there. Chapters only: a provision's sentence cites
# articles ("（一）依照本法第十条规定…").
# SPACED_ARTICLE_AFTER_CHAPTER (fixseg53, round 53): a crawl that kept a space for each break sets it before the first
# article, after a letter-spaced title whose one-character gaps end no title line (TITLE_LINE_SPACE_MIN): "第一章 总 则
# 第一条 根据《福建省城市医疗救助办法》…", "第七章 附 则 第三十四条 本实施细则适用于…" (pt-medical-aid-rules-2012,
# heldout53: both titles ran on into their articles' sentences). The article ends the title after that space too.
ARTICLE_ENDS_CHAPTER_TITLE = re.compile(rf"(?<=[\u4e00-\u9fff])[ \t\u3000]*第{CN_NUMERAL}条")
# TOC_RUN_INTO_BODY (join40): a code's 目录 crawled onto one line runs its last entry into the body's first chapter:
# "目录第一章　总则第二章　规划建设…第五章　附则第一章　总　则第一条　为了保障…" (gy-eco-city-regs-2013 joined;
# so did six more codes of rounds 21-28, zjj-civilized-behavior-regs-2019, xz-eco-highland-regs-2021…: each read
# "附则第一章"). A chapter's title holds no first chapter of its own: it ends before it, as before a first article.
FIRST_CHAPTER_ENDS_CHAPTER_TITLE = re.compile(r"(?<=[\u4e00-\u9fff])第一[章编篇]")
# POINT_ENDS_CHAPTER_TITLE (seg58, round 58): so does a point numbered on across the chapters, as an article would be:
# "第三章 全面履行政府职能|十二、国务院及各部门要加快政府职能转变，…" and seven chapters more, "第四章 实行科学民主决策|
# 十七、…" (国务院工作规则, nat-state-council-rules-2004, heldout5 joined: eight chapter titles ran on into their first
# point's sentence). A chapter's title holds no numbered point either.
POINT_ENDS_CHAPTER_TITLE = re.compile(rf"(?<=[\u4e00-\u9fff])[ \t\u3000]*{CN_NUMERAL}、(?=[\u4e00-\u9fff])")
# LOST_NUMBER_TOC_ENTRY: a standard's PDF text may lose the auto-numbers of its second level (4.1, 5.2 …) in
# its 目次 and its body alike: "4  基本原则 ….. 1" / " 客观真实 ….. 1" / " 科学合理 ….. 2" and, in the body,
# "4  基本原则" / "客观真实" / … / "数据准备" / "5.2.1  基础数据" (城区范围确定规程, nat-urban-area-std-draft). An
# unnumbered TOC entry listed under a bare-numbered chapter ("decimal:1"), not a named heading or an appendix,
# is such a lost-number heading: the line of the chapter's body that is its title alone is a heading one level
# below the chapter, and the chapter's third-level headings (5.2.1) sit under it.
LOST_NUMBER_NOT_ENTRY = re.compile(r"^附[ \u3000]*[录件表]")
# SENTENCE_GOES_ON_BELOW: a short line whose next line opens with a clause or sentence mark is a piece of a
# sentence a page's markup broke (a bold phrase on its own line: "申报参与固定补贴价格模式的用户" / "，需在规定
# 时间内登录平台…", tj-demand-response-2021), no unnumbered heading.
SENTENCE_GOES_ON_MARKS = "，。、；：,;:）)"
# TOC_TITLE_OVER_GLUED_CUT: a chapter line a PDF's hard-wrap join ran into its first paragraph ("第三章  强化国土
# 空间的整体统筹，促进绿韵红脉融合通过建立和完善生态保护体系，…", bj-eco-restoration-2035) ends where the TOC's
# title for that number ends, whether or not the line reads as a title glued to its sentence.
TOC_TITLE_OVER_GLUED_CUT = True
# TITLE_COUNT_BRACKET (fixseg57, round 57): a point titled by what it counts, the count in brackets after the name
# (days, hours, points of a score), ends its title at the bracket where the reading lost the break after it: "（二）其
# 他执法工作日（ 2471个工作日）其他执法工作日，是指…", "2.一般检查对象（164个工作日）对16家危险化学品贸易型企业…
# 进行抽查", "5.调查核实安全生产投诉举报 （150个工作日）隐患举报平台日常管理…" (pt-safety-inspection-plan-2022, a crawl
# on one line; heldout57 gold: the title keeps the bracket with its inner spaces, the rest is content), as an indicator
# group's score does ("（一）一体化政务服务平台建设（3分）|1．除涉密…", ENTRIES_ACROSS_GROUPS). The name holds no
# sentence or clause mark but 、 ("实施行政审批、许可（332个工作日）"), the bracket opens with the count and its unit
# (a comment after a comma may follow: "（2845 个工作日，是按纳入执法力量的51人计算）"). Such a point is titled, no
# provision.
TITLE_COUNT_BRACKET = re.compile(
    r"[^\s。；！？，、：:,;（）()《》][^。；！？，：:,;（）()《》\n]{1,48}?"
    r"[ \u3000]?[（(][ \u3000]*\d+(?:\.\d+)?[ \u3000]*"
    r"(?:个)?(?:工作日|日|天|小时|学时|课时|分)(?:[，,][^（）()\n。；]{1,30})?[ \u3000]*[）)]"
)
ATTACHED_PLAN_KINDS = re.compile(r"(?:方案|规划|计划|意见|纲要|办法|细则|要点|措施|指南)(?:[（(][^）)]{1,20}[）)])?")
ATTACHED_PLAN_TITLE_MAX = 100
# NOTICE_LISTED_ATTACHMENT (fixseg57, round 57): a notice lists what it attaches between its issuing sentence and its
# signature, "附件：T" / issuer / date, as a printed notice does above the signature; read inline that list line is
# glued to the signer and the date, and the plan's title follows bare: "…现将《平潭综合实验区综合执法与应急管理局2022年
# 度监督检查工作计划》印发给你们，请遵照执行。 附件：平潭综合实验区综合执法与应急管理局2022年度监督检查工作计划
# 平潭综合实验区综合执法与应急管理局2022年8月4日 平潭综合实验区…工作计划 为进一步…" (pt-safety-inspection-plan-2022,
# heldout57 gold: the whole notice, its 附件： line with it, is front matter, the plan's parts 一、… level 1). That 附件
# is the notice's, no heading the plan sits under (INLINE_ATTACHED_PLAN): the 附件 heading stands AFTER the date ("…
# 生态环境部2018年7月30日附件：生态环境部贯彻落实…实施方案2018年7月9日至10日，…", mee-npc-resolution-2018; "附件：T
# 国务院二○○六年九月三十日附件：T财政部…", nat-coal-resource-fee-2006, whose second 附件 is the heading). The signer is
# a name of a few words (no sentence mark), the date a day, not the start of a period (2018年7月9日至10日).
NOTICE_LISTED_ATTACHMENT_SIGNED = re.compile(
    r"[ \u3000]*(?P<signer>[^\s。；！？，、：:,;《》（）()]{2,30}"
    r"(?:[ \u3000]+[^\s。；！？，、：:,;《》（）()]{2,30}){0,3})[ \u3000]*"
    r"(?:\d{4}[ ]?年[ ]?\d{1,2}[ ]?月[ ]?\d{1,2}[ ]?日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    r"(?![至到—\-~～])"
)
# APPENDED_CITED_TITLE (join42): a text read inline that cites a document by its title in 《》 and then appends that
# document, its title written bare behind an 附件 label, and the document's own 一、 a preamble after it: "…组织制定了《
# 南方区域新能源参与电力市场交易实施方案（试行）》（见附件），现印发实施…附件南方区域 新能源参与电力市场交易实施方案（试
# 行）为贯彻落实…制定本实施方案。一、总体要求（一）…" (south-ne-market-2025 joined, no "附件：" list above it: the title
# was lost and its parts rose a level). The title is a heading over the parts that follow, the letter's own headings
# before it stay as they are. Only where the citation points to the attachment ("（见附件）", APPENDED_CITED_POINTER): a
# notice that issues the document it cites ("我局组织编制了《天津市2021年春节 期间电力需求响应实施细则》，现予以印发…附
# 件天津市2021年春节期间电力需求响应实施细则2021年2月目录…", tj-demand-response-2021 joined) has that document for its
# body, its title the plan's, no heading (heldout12 gold).
APPENDED_CITED_POINTER = re.compile(r"[（(]见附件")
APPENDED_CITED_LABEL = re.compile(r"附[ \u3000]*件[ \u3000]*\d{0,2}[：:]?[ \u3000]*$")
APPENDED_CITED_LABEL_MAX = 8
APPENDED_CITED_TITLE_MIN = 6
# the document's first part stands within a preamble's length of its title
APPENDED_CITED_BODY_MAX = 600
# APPENDED_BARE_LABEL (join42): a school's or a bureau's notice read inline appends the document it forwards behind a
# bare 附： label, the title glued to the label and to what follows, the document's 一、 a preamble after it: "…过期不候
# 。附：绍兴市教育局关于开展第三轮名师名校长工程的实施意见各县（市、区）教育局，市属学校：…一、指导 思想和基本原则…"
# (sx-famous-teachers-principals-2011 joined), "…2019年5月11日附：活动具体方案2019年中华经典诵写讲大赛一、活动宗旨…"
# (sx-classics-recitation-activities-2019 joined): both lost the title and read its parts a level up. The title ends at
# its first document kind (ATTACHED_PLAN_KINDS), with no mark before it.
# APPENDED_BARE_LABEL_CITED: a letter that names the document it forwards by its title ("国务院办公厅…的通知中称,《中国
# 反对拐卖妇女儿童行动计划（2008—2012年）》已经国务院同意,现印发给你们…附:中国反对拐卖妇女儿童行动计划（2008—2012年）
# 拐卖妇女儿童犯罪…", nat-anti-trafficking-plan-2007 joined) has that document for its body, its title the plan's, no
# heading (heldout32 gold), as APPENDED_CITED_POINTER.
APPENDED_BARE_LABEL = re.compile(
    rf"附[：:][ \u3000]*(?P<title>[^\s。，,；;：:！？、]{{2,{ATTACHED_PLAN_TITLE_MAX}}}?{ATTACHED_PLAN_KINDS.pattern})"
)
# DOCUMENT_OVER_RESTART (fix26seg, round 26): a data file of documents in a row (a RAG index's PDF text) runs the
# next document on after the last paragraph of the one before, without an 附件 label: "…提升标准社会认知度。" /
# "医保疾病诊断和手术操作、药品、医疗服务项目、医用耗材 四项信息业务编码规则和方法" / "一、医保疾病诊断和手术操作
# 编码规则和方法" (nat-medins-standardization-2019, after the guideline's 一、…四、). A line that is no sentence (no
# 。, no clause mark at its end, at least DOCUMENT_OVER_RESTART_MIN characters) between a paragraph's end and a 一、
# that numbers the parts again is that document's title: a level-1 heading over its parts (round-26 gold).
# A table's header row over its first row ("一级指标\t二级指标…" / "一、\t医疗质量\t…", nat-hospital-perf-2019) is
# none, nor is an attachment's label line, a page number glued before it ("143附件：《纲要》有关指标及名词解释",
# sh-fyp-14): the attachment rules read it.
# GROUP_TITLE_OVER_RESTART (fix28seg, round 28): such title lines may head the groups of one list, each over its parts
# numbered afresh: "**面向单位的扶持政策**" / "一、小微企业社保补贴" … "七、初创企业经营者能力提升补助" / "**面向毕业生
# 的扶持政策**" / "一、灵活就业社保补贴" … (gd-graduate-employment-policy-list-2026, a province's policy list on a city
# portal; gold: the two group titles level 1, each list level 2 under it). Where the run before the restart stands
# right under a title line of its own (a level-1 unnumbered heading), that run goes one level down under it, as under
# an unnumbered parent (UNNUMBERED_PARENT); a run under no such line (a guideline's parts under the document's title,
# nat-medins-standardization-2019) stays where it is.
# WRAPPED_OUTLINE_OVER_RESTART (seg48, round 32): inside an attachment, a second document's title may be broken over
# short lines (a page that sets every span on a line of its own) over its parts numbered afresh: after 附件2's
# "四、项目批复" and its paragraph, "单一电力用户" / "绿电直连项目实施方案" / "编制大纲" / "一、项目概况" /
# "（一）申报企业概况" … "九、附件材料" (nm-green-direct-supply-2026; round-32 gold: an unnumbered level-2 heading
# beside the attachment's parts, its 一、 at level 3, its （一） at level 4). The lines, at most
# ATTACHMENT_TITLE_LINES_MAX, right below one another, short, unnumbered, no sentence mark, joined end with a document
# kind (HEADLINE_END, ATTACHMENT_TITLE_ENDS); a paragraph's end above them, a 一、 below them once the attachment's
# parts have passed 一、. Read part by part, the parts 一、…四、 were lost as a restart and 五、…九、 read on the
# attachment's.
DOCUMENT_OVER_RESTART_MIN = 6
DOCUMENT_OVER_RESTART_STYLE = "cn"
DOCUMENT_OVER_RESTART_NOT = re.compile(r"^[\d \u3000]*附[ \u3000]*[件表录]")
# INTERPRETATION_AFTER_NOTICE (seg55, heldout52): a notice's PDF or page may carry its 解读 after it,
# without an 附件 label: "特此通知" / "关于阶段性实施部分住房公积金提取政策的解读" / "东莞市住房公积金
# 管理委员会（下称管委会）印发《…的通知（暂行）》，…现对阶段性实施部分提取政策解读如下：" / "一、关于提取
# 公积金支付购买本市新建商品住房首付款" … (dg-hpf-withdrawal-notice-interp-2023). The 解读 is a document of its
# own (round-52 gold: its title an unnumbered level-1 heading, its 一、…五、 level 2 below it), as a companion
# titled after the document it explains (COMPANION_DOCUMENT). DOCUMENT_OVER_RESTART misses it twice: the closing
# formula above it ends no sentence and its preamble stands between it and its 一、. Read, it was a level-2
# heading under the notice's 一、 and its own 一、 was lost as a repeat. A line, once the body has started and a
# heading has been read, that is a title (no sentence or clause mark, unnumbered, at most ATTACHED_PLAN_TITLE_MAX
# characters) ending in an interpretation's word (INTERPRETATION_TITLE_END), right over an opening that announces
# the interpretation (INTERPRETATION_PREAMBLE) or over a 一、, opens that document.
INTERPRETATION_AFTER_NOTICE = True
INTERPRETATION_TITLE_END = re.compile(r"(?:解读|答记者问|问题解答)$")
INTERPRETATION_PREAMBLE = re.compile(r"解读如下[：:。]?$")
# COVER_LETTER_POINTS: a reply or notice read inline may number points of its own before the plan it
# attaches ("…现批复如下：一、原则同意《…实施方案》，…。二、…。三、…。附件：…实施方案国务院二○○六年九月
# 三十日附件：…实施方案财政部　国土资源部…一、总体思路…"): the letter is the plan's front matter, so its
# points are no headings when an 附件 with a plan's title (ATTACHED_PLAN_KINDS) stands after them and the
# plan behind it - longer than the letter before it - opens its own 一、; its headings are read from there.
# Line by line the same: a letter whose only headings are its flat points ("一、原则同意…开展试点（具体要点
# 附后）。" / "二、加强对试点工作的组织领导，…") above the annex it carries without a label (UNLABELLED_ANNEX)
# has them as front matter (round-8 gold: clauses of the reply).
# UNLABELLED_ANNEX: a letter or reply may carry its annex without an 附件 label (round 8: "…（具体要点附
# 后）。" / "交通运输部" / "2022年9月20日" / "交通强国建设试点任务要点（北京工业大学）" / "一、…"): a line right
# under the signature's date (DATE_LINE) that is a document's title - ending in a document kind
# (ATTACHED_PLAN_KINDS), no sentence mark, no marker - heads the annex as a second document, when the
# letter announces it (ANNEX_ANNOUNCED: "附后"). A notice's date above the plan it issues
# ("…现印发给你们" / date / "普陀区…规划") is the plan's own title line, read as front matter.
ANNEX_ANNOUNCED = re.compile(r"附后")
UNLABELLED_ANNEX_TITLE = re.compile(
    rf"^[^\s。，,；;：:！？!?、]{{2,{ATTACHED_PLAN_TITLE_MAX}}}?{ATTACHED_PLAN_KINDS.pattern}$"
)
# CITED_ANNEX_LABEL_LOST (fix22seg, round 22): a PDF extraction may lose the 附件1 / 附件2 lines over a letter's
# attachments and keep their titles only. The letter cites them by number, "进行登记备案（附件1）" / "可参照记分标准对
# 相关责任人员记分（附件2）", the signature's date closes it, then "登记备案及登记备案状态维护" / "定点医药机构通过…"
# … "记分规则（2024年版）（推荐）" / "国家医保局根据…" (nat-medins-payment-qualification-2024, a ministries' opinion).
# Where the letter cites N attachments so and no line of the text opens with 附件 (CITED_ANNEX_LABEL_LINE),
# the first N title lines below the date - short (CITED_ANNEX_TITLE_MAX), no sentence or clause mark, no marker,
# over a line of text with a clause mark - head them as documents of their own (round-22 gold: unnumbered level-1
# headings, as the titles of documents one notice carries are).
CITED_ANNEX = re.compile(r"[（(]见?附件(?P<n>\d{1,2})[）)]")
# Any line opening with 附件 (a list "附件：1.…报名表", a page's "### 附件下载", a link "[附件：2.…doc]") shows the
# labels or the list were kept (sz-banquet-food-safety-2026, heldout17: the forms it cites are downloads).
CITED_ANNEX_LABEL_LINE = re.compile(r"^[ \t\u3000#*\[]*附[ \u3000]*件")
CITED_ANNEX_TITLE_MAX = 40
CITED_ANNEX_TITLE = re.compile(rf"^[^\s。，,；;：:！？!?、【】]{{4,{CITED_ANNEX_TITLE_MAX}}}$")
CITED_ANNEX_TEXT_MARK = re.compile(r"[，。；：]")
# A table of contents lists the headings down to some depth. In a text that lost its line breaks
# (read from its TOC), a listed heading with no listed heading below it may still number run-in
# sub-headings in the style the TOC uses one level deeper: under "（一）强化企业技术创新主体地位" (listed),
# "…有力支撑高质量发展。1、支持创新型企业发展壮大。支持众创空间…。2、充分激发国有企业创新活力。…"
# (not listed; the TOC's level below （一） is 1、). Each starts a sentence (a page number may be glued
# in front: "…互联互通。1082、推进科研作风学风和科研诚信建设。" is page 108, then 2、), its title is a
# short first sentence, and they run 1, 2, … with at least RUN_IN_MIN of them: a lone "1、" in a
# paragraph numbers a list, not sub-headings.
RUN_IN_MIN = 2
RUN_IN_TITLE_MAX = 30
RUN_IN_BEFORE = re.compile(r"[。；！？](?:\d{1,3})?$")
# COVER_BYLINE (seg19): a line in brackets closes a cover, the author ("（刘元春，中国人民大学副校长）" under
# the headline of nat-fyp14-interp-liu, heldout) or the date ("（2017年10月18日）"); after it only the speaker's
# name ("习近平") is still the cover's. A line after it that is more is the first section's heading: "大国竞争，
# 拼谁能“咬住”" (a bold heading of the article) was taken for a cover line and lost once the article's YAML
# block (YAML_FRONT_MATTER), whose lines had made the cover too long to be one, was cut.
COVER_BYLINE = re.compile(r"^[（(][^（）()\n]{2,40}[）)]$")
COVER_NAME_LINE = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
# Sentence-final punctuation: a line ending in one is a paragraph, not a bare heading.
SENTENCE_END = "。！？；：…"
# An inline title ends at the first full stop: "（1）建设技术创新示范企业。鼓励…"; a question
# heading of an interpretation at its question mark, which it keeps: "一、《通知》出台的背景是什么？答：…".
INLINE_TITLE_END = "。"
# A run-in heading that labels its first sentence ("1.简政提效：深化行政审批改革集成增效。持续推进…")
# is titled by the label: its title ends at the colon before the full stop.
LABEL_END = re.compile(r"[：:]")
# CONDITION_LABEL (fixseg52, round 52): a label ending in 的 is the condition a rule's sentence opens with, not a
# title: "1、在 2017 年 3 月 16 日前已开具购房证明的：因已过有效期且未购房重新申请开具的，按《…》执行。"
# (nj-purchase-limit-opinions-notice-2017, heldout52 gold: a clause among the opinions' 1、… clauses; it was a level-2
# heading). No gold heading of any split ends in 的 but the noun 目的 (编制目的, 监测目的).
CONDITION_LABEL = re.compile(r"(?<!目)的[ \u3000]*$")
# LEAD_CLAUSE_NOT_LABEL: words before a colon that hold a clause mark are a sentence's lead-in, not a
# label: "（一）人工智能基础理论研究相关方向，如：模型与理论、数学基础…。" / "（四）…研究方向，包括但不限于：
# 智能制造、机器人…。" (a list of fields, round 11) - a label is one phrase ("1、强化高校合作：…").
LABEL_CLAUSE_MARK = re.compile(r"[，,；;]")
# UNSTOPPED_LABELLED_ENTRY: a labelled run-in entry whose line lost its final 。 (a PDF's or database's
# text of a standard framework: "1.术语定义标准:主要规范…相关概念，包括…分类和定义，阐明…关系等") is still
# titled by its label, when the body after the label reads as a sentence (it holds a clause mark): a
# label and a value ("1.牵头单位：市发改委") has none.
# Only the entries of a standard's or guide's decimal outline ("1.", "2.") are read so: a part's 一、 line
# "一、在东北各省：新建和改建九个电站，…" in a list announced by "分布状况如下列：" is a list's sentence.
UNSTOPPED_LABEL_BODY = re.compile(r"[，,；;]")
# LABEL_INSIDE_BRACKETS (seg40, after round 39's score): a colon inside an open bracket ends no label: "3.普通高校
# （本科：4830元/生•年；专科：4500元/生•年）" (gz-changshun-education-aid-2017, heldout39) is titled whole, its amounts
# in brackets kept (round-39 gold), not "普通高校（本科".
LABEL_OPEN_BRACKETS = "（("
LABEL_CLOSE_BRACKETS = "）)"
UNSTOPPED_LABEL_STYLES = ("arabic",)
# LABEL_VALUE_LINE: a part's line that gives a label and its value, with no sentence in it
# ("（一）中方联系人：陈婧  刘秀萍" beside "（二）加方联系人：", a call for proposals, round-14 gold rule for label
# forms of （n）) is titled by its label, as the label：value run-in "（三）资助规模：不超过4项。" is; a value that
# holds a sentence mark is a sentence's.
LABEL_VALUE_STYLES = ("cn", "paren-cn")
LABEL_VALUE_SENTENCE = re.compile(r"[。，,；;！？!?]")
# LABEL_VALUE_NOTE (seg40, after round 39's score): a count's note in brackets after the value is no sentence of
# the value's: "（一）极贫乡镇：1个（代化镇，目前建档立卡贫困户1898户7683人，…）" / "（二）深度贫困村：24个（具体
# 情况见附表）" (gz-changshun-poverty-situation-2017, heldout39; round-39 gold: level-2 headings titled by their
# labels). The marks inside a closing bracketed note are passed over.
LABEL_VALUE_NOTE = re.compile(r"[（(][^（）()]*[）)]$")
# ORDINAL_LABEL_TITLE (lev31, heldout37): a label that only counts (第一阶段, 第二步, 第三部分) titles nothing by
# itself: on a line of its own, what follows its colon is the heading's title too, "（二）第二阶段：初步遏制疫情蔓延
# 势头" over "（1月20日至2月20日）" (nat-covid-white-paper-part-2020); a field's label keeps its value apart.
ORDINAL_LABEL_TITLE = re.compile(r"第[一二三四五六七八九十百零〇\d]+(?:阶段|步|部分|批|期|轮)")
# INLINE_LABEL_SENTENCE (join44): read inline, a part's entry that opens with a short label and a colon, its sentence
# after it ("（一）申报主体：单位内部充电设施、移动充电设施…由产权单位申报，…。", bj-charging-rewards-2024;
# "（一）市教育局基教处：牵头负责统筹协调工作，提供政策支持和保障。", sx-quality-lessons-selection-2022, all joined)
# is titled by its label, as its line is (labelled_sentence_title): the title ran on to a heading's length. A label
# is short (at most INLINE_LABEL_MAX characters) and holds no clause mark; an ordinal label ("第二阶段：…") heads a
# title that goes on.
INLINE_LABEL_MAX = 12
# INLINE_LABELLED_STEP (fixseg53, round 53): so is a 1. entry, as its line is ("1.简政提效：深化…", LABEL_END): a
# procedure's labelled steps read inline, "二、保送程序1.申请：具有保送资格的中职毕业生须在…提出保送申请。2.考核：有关
# 高校对…" (moe-worldskills-admission-notice-2020 joined, heldout53 gold: 申请, 考核, 录取, 培养; the first ran on to
# a heading's length, the other three went as untitled sentences). A step's label is a word or two, up to
# INLINE_STEP_LABEL_MAX characters: a longer one holds a title and a field label glued, "6.手术智能辅助规划基本概念：
# 智能分析医学影像…" (nat-health-ai-scenarios-2024 joined, heldout8 gold: 手术智能辅助规划, cut by REPEATED_LABEL).
INLINE_LABEL_STYLES = (*LABEL_VALUE_STYLES, "arabic")
INLINE_STEP_LABEL_STYLES = ("arabic",)
INLINE_STEP_LABEL_MAX = 6
# LABEL_VALUE_LIST_END (fix28seg, round 28): the label：value lines of a run end as a list's entries do, in ； and the
# last in 。: "（一）初核机构：广州市高校毕业生就业指导中心（以下简称市高指中心）；" / "（二）复核机构：中国南方人才
# 市场管理委员会办公室（以下简称南方人才市场管委办）。" (gz-internship-base-rules-2019's attachment, under
# 一、经办机构; gold: level-3 inline headings titled by the label, heldout14/15 label rule): that one final mark makes
# no sentence, nor do such lines read as criteria (CRITERIA_UNDER_LABEL).
LABEL_VALUE_LIST_END = "；;"
# A colon inside brackets or before a letter is a notation's, no label's end: "（三）因子Ⅷ促凝活性（Ⅷ:C）减少或极少；" /
# "（五）血浆Ⅸ:Ｃ测定示因子Ⅸ:Ｃ减少或缺乏。" (a diagnostic criteria list, gz-outpatient-special-disease-2019).
NOTATION_COLON = re.compile(r"[：:](?=[A-Za-zＡ-Ｚａ-ｚ])")
QUESTION_END = "？"
# A chapter-style title glued to its section's first sentence, with no space or mark between them
# (sentence-per-line PDF text: "第一节稳定粮食生产能力严格执行基本农田保护制度，…"): the title ends
# where the sentence visibly starts, within the first clause and at least GLUED_TITLE_MIN
# characters in: at the second copy of words the sentence repeats from the title ("加强水利建设水利
# 建设要全面规划", "推进社区建设推进社区建设是…"), or at a word that opens sentences of plans and
# not titles (严格执行…, 通过…, 按照…, 要…). None found: the line is left as it was.
# ENTRY_INTO_FORCE_PROVISION: a document's last provision saying when it takes effect, numbered like a part
# ("七、本通知自2024年3月4日起施行，有效期5年。", round-13 gold rule), is a clause, never a heading.
# (fixseg54) 执行 says it as well: "三、本意见自 2022 年 8 月 1 日起执行。" (aq-housing-fund-loan-opinion-2022,
# heldout54 gold: a clause; it was a level-1 heading).
ENTRY_INTO_FORCE_PROVISION = re.compile(
    r"^[ \t\u3000]*本(?:通知|办法|规定|意见|细则|实施细则|方案|决定|措施|政策|条例|规则|指引|公告)"
    r"[^。；]{0,40}?(?:起|之日)(?:施行|实施|生效|执行)"
)
# INTERPRETING_BODY_PROVISION (fixseg52, round 52): so is the provision naming who interprets the document,
# "十一、本办法由重庆市人民政府解释。" (cq-property-tax-rules-amendment-2023, heldout52 gold: a clause; it was a level-3
# heading).
INTERPRETING_BODY_PROVISION = re.compile(
    r"^[ \t\u3000]*本(?:通知|办法|规定|意见|细则|实施细则|方案|决定|措施|政策|条例|规则|指引|公告)"
    r"由[^。；，,\n]{2,30}?(?:负责)?解释[。；]?"
)
# REVISION_CLAUSE (fixseg52, round 52): an amendment decision's numbered entries each revise one article of the rules
# it amends, "（一）将第二条第一款第三项中的“…”修改为“…”。", "（五）删去第十七条第一款。", "在第十条后增加一条…"
# (cq-property-tax-rules-amendment-2023, heldout52 gold: revision clauses, under the parts naming the rules): a
# clause, never a heading, whatever its length (13 were read as level-3 headings).
REVISION_CLAUSE = re.compile(r"^[ \t\u3000]*(?:将|删去|删除|在)第[一二三四五六七八九十百零〇\d]+条")
GLUED_TITLE_MIN = 4
# CHAPTER_DESCRIBED (seg50, round 49): a paragraph of a reading that tells what each chapter or part of the document
# it explains holds opens with that chapter's marker and a copula or a second marker, never a title: "第一章是全面建成
# 小康社会,开启…。主要阐述…" / "第十三章和第十四章主要阐述深化改革…" (fenghuang-fyp14-outline-explainer-2022, six
# such paragraphs read as sections), "第一部分为总体要求。提出到2022年,…" (linyi-emergency-support-action-interp-2021;
# gold: a list item). 为 opens a title as a preposition ("第一节为产业升级提供技术支撑", nat-fyp-10), so it is a copula
# only before a short name closed by a mark ("第一章为总则，明确了…", nat-wetland-guide-interp-2021).
# (fixseg54) So does a chapter's short name closed by a full stop and a sentence telling what the chapter sets out:
# "《办法》共五章。" / "第一章总则。明确了办法制定目的和依据、…" / "第三章信用信息归集、录入。明确了…" / "第五章附则。
# 明确了…" (sy-property-credit-rules-interp-2025, heldout54 gold: list items, five level-2 sections read). A chapter's
# title is no sentence of its own, and a chapter's first sentence opens with its article or its subject, not with
# 明确了 / 规定了 (CHAPTER_SUMMARY_VERBS).
CHAPTER_SUMMARY_VERBS = r"(?:(?:明确|规定|提出|阐述|界定|细化|强调)了|主要(?:包括|规定|明确|阐述|内容))"
CHAPTER_DESCRIBED = re.compile(
    r"^(?:是|(?:和|与|及|到|至|、)第|为[^，。；：,;:\s]{1,12}[，。；,;]"
    rf"|[^，。；：,;:\s]{{1,12}}。{CHAPTER_SUMMARY_VERBS})"
)
# TITLE_REPEAT_FIRST: a repeat of TITLE_REPEAT_MIN or more characters right after the title is the surest sign of
# where it ends, surer than an opener word before it: "五、积极稳妥地推进电力体制改革|电力体制改革是…" (round 13, a
# one-line 国务院办公厅 crawl) ends at the repeat, not at 推进 (a verb of the title itself, after its adverb).
TITLE_REPEAT_MIN = 4
GLUED_TITLE_MAX = 40
# GLUED_LINE_TITLE: a 一、 or （一） heading that stood alone may reach a text glued to its paragraph on
# one line, no mark between ("（八）虚拟现实之都--打造“VR+AI”场景交互高地依托国家级虚拟现实制造业创新中心，
# 围绕…", "（十一）储能之都--打造国内领先的千万千瓦级储能基地加快突破…", OCR text, round 7): where the
# first clause - or, after a short first clause and a ，, the second (GLUED_TWO_CLAUSE_TITLE, the usual
# two-clause part title) - runs past a run-in title's length (RUN_IN_TITLE_MAX) inside a first sentence
# longer than a heading (MAX_HEADING_CHARS), the title ends where that clause shows the sentence start
# (glued_clause_end). A provision titled by its first sentence opens with a short clause and a short
# one after it ("（二）经过几十年发展，我国电力工业形成了…"). Chapters have their own rule (GLUED_TITLE_MIN);
# 依托 and 立足 open such sentences as often as 围绕 (SENTENCE_OPENERS); so do 集中力量, 结合 and the time phrase
# 近年来 (session 15, one-line crawls: "二、加大对…支持力度|集中力量支持…", "三、加强…扶贫|结合全面加强…", "二、合理
# 安排近期电站建设|近年来我国电力需求…").
# (fix25join) 抓好 opens sentences as 搞好 does ("（一）防范电力领域高风险和敏感场所火灾事故|抓好电力领域高风险场所火灾
# 防控检查治理。", nat-power-fire-prevention-notice-2021 joined: cut after 抓好, where the sentence restates the title).
# (seg22) 遵照 and 依照 open sentences as 按照 and 根据 do ("八、建立统一的燃料管理机构|遵照国务院领导同志关于…的
# 指示", nat-fuel-power-rationing-1978, a one-line crawl).
# GLUED_LEAD_SENTENCE: a shorter line whose title runs into a lead sentence ending in a colon ("五、防雷和接地电站
# 防雷和接地应符合《…导则》(NB/T35050)的相关规定:", round 12 PDF text) is cut too, by the surest signs only
# (restated_title_end: the title restated, a deadline); "（三）主要任务：" shows none and stays whole.
GLUED_LINE_TITLE_STYLES = ("cn", "paren-cn")
SENTENCE_OPENERS = (
    "要", "以", "在", "通过", "按照", "根据", "围绕", "坚持", "抓住", "加快", "积极", "进一步", "依靠", "适应",
    "严格", "搞好", "抓好", "健全", "加强", "大力", "着力", "继续", "认真", "全面", "切实", "鼓励", "支持", "实行",
    "建立", "促进", "充分", "努力", "逐步", "依法", "强化", "确立", "保持", "打破", "巩固", "深化",
    "组织实施", "更好地", "推进", "依托", "立足", "千方百计", "近年来", "集中力量", "结合", "遵照", "依照",
)  # fmt: skip
# An opener of one character is no opener where it ends a word with the character before it
# (OPENER_WORD_HEADS, opener → those characters): "治理整顿的主要内容和措施" (主要, not a sentence
# opening 要…), "可以" "所以" "予以", "存在" "现在" "正在". The title goes on past them.
# (fix25join) 结合 opens no sentence after 相: "X与Y相结合" ends a title ("一、推进临床路径管理与医疗质控和绩效考核
# 相结合|要充分发挥…", nat-clinical-pathway-notice-2016 joined: the title was cut at 相, 结合 read as an opener).
# (join46) 实施 opens no sentence after the plan, the landing or the drafting it names: "（二）强化发展规划落地实施",
# "（三）完善规划实施监测评估" (cn-fyp-15 joined, cut at 落地 and 规划), "（四）加强文物保护规划编制实施"
# (ja-heritage-protect-2018 joined, cut at 编制).
OPENER_WORD_HEADS = {
    "要": "主重需必只首纲摘提概简紧扼",
    "以": "可所予加难足用借得据藉",
    "在": "存现正所实潜内外自",
    "结合": "相",
    "实施": "织贯进彻划地制",  # (join42) INLINE_TASK_VERBS; (join46) 规划实施, 落地实施, 编制实施
    "本措施": "治根",  # (join50) INLINE_LEAD_OPENERS: "强化长效治本措施" (a gold title)
    # (seg57) INLINE_GLUED_OPENERS: after an adverb or a modal 采用 is the title's own verb: "在新校区建设和既有校区
    # 改造中优先采用节能减排新技术产品和服务" (moe-green-lowcarbon-edu-plan-2022, a gold title), "宜采用", "应采用"
    "采用": "先宜应可均须需",
}
# Nor is an opener one where it starts a noun with the words after it (OPENER_WORD_TAILS, opener →
# those words): "完善土地支持政策和建设管理" (支持政策), "加大对深度贫困地区支持力度" (支持力度), "调动各方积极性"
# (积极性): the title goes on past them. Nor after a conjunction (OPENER_AFTER_CONJUNCTION): "进一步充实和
# 完善…的功能" goes on with a second verb of the same title; 或 joins two as 和 does ("（三）对隐瞒不报或继续违规建设的
# 电站项目，…", lineage11's 2005 notice read inline: no sentence opens at 继续).
# (one20) 推进 starts one with 行动: "三、居住区充电设施覆盖推进行动|严格落实…" (yn-ev-charging-doubling-2026 joined).
# (seg22) 所有 opens no sentence where it starts 所有制 / 所有权 / 所有者 ("坚持公有制为主体、多种所有制经济…").
# (join31) nor 要 where it starts 要素: "（九）完善技能要素参与分配制度。" (nat-high-skill-talent-2022 joined).
# (join46) nor 全面 where it starts 全面领导, the party's leadership a plan's last part names: "第一节 坚持党的全面领导
# 加强党的领导。…" (lineage45's pt-fyp14-outline on one line: cut at 坚持党的).
OPENER_WORD_TAILS = {
    "支持": ("力度", "政策", "体系", "范围", "作用", "方式"),
    "积极": ("性",),
    "推进": ("行动",),
    "所有": ("制", "权", "者"),
    "要": ("素",),
    "针对": ("性",),  # (join42) INLINE_LEAD_WORDS
    "全面": ("领导",),  # (join46)
    "努力": ("方向",),  # (fixtask52) EFFORT_DIRECTION_NOUN
}
# BOUND_AFTER_FIGURE (fixjoin60, round 60): 以上 / 以下 / 以内 / 以外 bound a figure or a range before them ("营业面积
# 5000平方米（含）以上", "1000万元以上"), one word, no 以 opening a sentence: "（二）申报商业企业升级改造项目应为营业面
# 积5000平方米（含）|以上百货、…" (bj-mall-district-upgrade-projects-2026 joined) was cut so. Only after a
# figure, its unit or a bracket: "实施商品住房限购政策|对以下三种类型居民家庭，…"
# (fz-housing-market-supplement-notice-2016 joined) opens at 对以下.
BOUND_AFTER_FIGURE = re.compile(r"(?<=[\d）)元米个户套间人年月日天次%％])以[上下内外]")
OPENER_AFTER_CONJUNCTION = "和与及、并或"
# OPENER_AFTER_COGNITION_VERB (fix34seg, round 34): an opener right after a verb of understanding starts its object,
# no sentence: "一、充分认识加快我省水利改革发展的极端重要性和紧迫性《决定》是…"
# (gs-water-reform-opinion-2011, a PDF's text run into one line: cut after 认识 at 加快), as
# "深刻认识推进…的重大意义", "准确把握加强…的总体要求" title parts of opinions: the title goes on past them.
OPENER_AFTER_COGNITION_VERB = ("认识", "把握", "理解", "领会", "看到")
# ADVERB_BEFORE_OPENER (join40): an opener right after an adverb of manner is the verb that adverb qualifies, inside
# the title: no title ends in an adverb, so no sentence opens after one. "（1）进一步全面深化改革的重要性和必要性。",
# "一、进一步全面深化改革、推进中国式现代化的重大意义和总体要求" (nat-deepen-reform-decision-2024 joined: cut at 深化,
# read as "进一步全面"), "积极稳妥推进和实现碳达峰" (cn-fyp-15, nat-fyp15-proposal-2025 joined: cut at 推进), "坚定不移
# 全面从严治党" (nat-19th-congress-report-2017 joined). A sentence that opens with such an adverb opens at the adverb,
# which the openers name where it is one (全面, 切实, 大力, 进一步…).
ADVERB_BEFORE_OPENER = (
    "进一步", "全面", "切实", "大力", "着力", "稳步", "逐步", "更好地", "更加", "积极稳妥", "持续深入", "坚定不移",
)  # fmt: skip
# MODAL_BEFORE_OPENER (fixjoin60, round 60): nor after a modal or a negation that waits for its verb: the opener is that
# verb, inside the sentence the modal's subject opened, and no title ends in a modal (SUBJECT_MODAL_CLAUSE). "（五）有下
# 列情形的不予支持近三年内发生较大及以上生产安全、火灾事故；…" (bj-mall-district-upgrade-projects-2026 joined, a
# stand-alone title over its list of exclusions; round-60 gold 有下列情形的不予支持) was cut as 有下列情形的不予 before
# 支持, "（三）申报商业步行街高质量发展项目应在街区环境…方面…" as …项目应 before 在. A one-character modal is one only
# where it ends no word of its own: 供应, 响应, 适应, 相应, 对应… end in 应 (MODAL_WORD_HEADS).
MODAL_BEFORE_OPENER = ("不予", "予以", "应当", "不得", "不宜", "必须", "无须", "可以", "应", "须")
MODAL_WORD_HEADS = "供响适对相反效呼感答回照"
# ATTRIBUTIVE_PHRASES (join31): a 在 whose phrase closes with 中的 / 上的 / 里的 (…方面的, …过程中的), and a 以 whose
# phrase is 以X为Y的, qualify the noun after them and open no sentence: "（九）家庭要发挥在劳动教育中的基础作用。"
# (nat-labor-education-2020 joined, read as 家庭要发挥 before 在), "（一）继续加强以全科医生为重点的基层卫生人才培养。"
# (nat-healthreform-tasks-2016 joined), "大力发展以知识密集型服务为代表的高端生产性服务业" (sh-fyp-14 joined); a
# sentence's phrase closes with a comma or a verb ("在…中，…", "以…为指导，…", "在…中发挥…").
ATTRIBUTIVE_PHRASES = {
    "在": re.compile(r"在[^，。；：！？、]{1,16}?[中上里]的"),
    "以": re.compile(r"以[^，。；：！？、为]{1,16}为[^，。；：！？、]{1,6}?的"),
}
# OPENER_LISTED_AFTER (seg28): the first clause's last word opens no sentence ("加强行业规范引导，…") unless a 、 lists
# more after it: "（一）认真组织实施|高度重视、精心部署，加强组织领导" (nat-eia-permit-supervision-2021, round 28): a
# sentence of listed verbs of work, glued to the title.
OPENER_LISTED_AFTER = "、"
# CONJUNCTION_IN_WORD (seg28): a conjunction's character that ends a word of the title joins nothing: 参与 is a verb,
# and an opener after it opens the sentence glued to the title ("（五）推动公众参与|加强宣传教育引导，通过电视、网络…",
# nat-aquatic-biodiversity-2018, round 28: the title ran on to the clause's end).
CONJUNCTION_IN_WORD = ("参与",)
# INLINE_SENTENCE_OPENERS: in a text read inline (a one-line crawl of an opinion), (n) titles stand glued
# to their first sentence, which opens with a verb of work as often as with the openers above ("（一）巩固
# 生态资源优势加大贫困地区…", "（二）建立贫困人口参与机制引导贫困地区…", "（三）强化各类政策协同明确主管部门责权…",
# "（二）充分发挥…的激励和约束作用稳步推进…"), or with its subject ("七、强化组织实施各地有关部门要…", "八、加强
# 组织领导各有关部门要根据…", round 9). Only there, and only for a task's title (opening with an opener:
# 巩固, 建立, 强化, 充分, …) that finds no full stop of its own within a heading's length or runs past a
# clause mark: a short run-in title ending at its 。 ("（二）大力督促落实生态文明建设责任制。"), a provision
# led by its subject ("（十）有关职能部门应当将…事项分解落实到相关单位，…") and a line's title keep these words.
# Round 12 (国务院办公厅 crawls): 优化 and 提高 are verbs of work as 完善 and 推动 are ("（三）加强调度和协调，充分
# 发挥现有设施能力|优化电力调度。", "四、提高企业生产经营水平|引导企业加强…"); 千方百计 and 高度重视 open sentences of
# work, never end a title ("四、切实做好保障工作|千方百计增加电煤库存。", "五、高度重视安全生产|各地区…").
# Round 13 (国务院办公厅 crawls): the subject 地方各级 (人民政府) opens a sentence before its 各级 does ("二、建立健全
# …的长效机制|地方各级人民政府要…"), and 严厉 (打击, 查处) opens titles of work as 严格 does ("三、严厉打击破坏…的违法
# 犯罪行为|各地公安机关要…").
INLINE_SENTENCE_OPENERS = (
    "加大", "落实", "推动", "明确", "完善", "稳步", "引导", "各地", "各级", "各有关", "优化", "提高", "高度重视",
    "地方各级", "严厉",
)  # fmt: skip
# INLINE_TIME_OPENER: in a text read inline, a part's title is often glued to a first sentence that opens with
# the period it speaks of, then a comma or 是 ("一、2025年工作回顾|刚刚过去的一年，是…", "（二）发展形势|“十四五”
# 时期是我国…", "（一）发展环境|当前，世界变乱交织…", "二、2026年重点工作|今年是“十五五”开局之年",
# "“十三五”发展回顾|过去五年，…", "（三）水利建设|“六五”期间，…": gov reports and 五年规划 of rounds 5-16
# joined), a day ("2.开展主题实践活动|6月5日上午，我部将…"), or the issuer speaking of itself ("1.做好主题预热宣传|我部
# 将陆续推出…", round 9's 环境日 notices). A title names such a period without the comma ("2025年和“十四五”时期
# 工作回顾", "“十四五”期间规划加油站建设情况"), so the comma or 是 must follow.
INLINE_TIME_OPENER = re.compile(
    r"(?:“[一二三四五六七八九十]+五”(?:期间|时期)|今年|过去(?:一|两|三|五|十)年|刚刚过去的一年|当前"
    r"|\d{1,2}月\d{1,2}日(?:上午|下午|晚上|前后?)?|目前)(?=[，,]|是)"
    r"|我[部委局厅办省市区县](?=将|要|会同|联合)"
    # CURRENTLY_OPENER (join27): the present a sentence's figures stand at opens it whatever follows, 截至 (截止)
    # 目前 with it: "2.2 涪陵区能源站现状|截至目前，全区共建设98座加油站" (fl-energy-station-2023 joined), "（二）
    # 土地利用率低|目前加油站基本饱和" (ll-energy-station-2025 joined); no title names such a time past its first words
    r"|(?:截[至止])?目前"
    # PAST_YEARS_OPENER (join49): the years a report looks back on, counted with 年来 and a comma, open its first
    # sentence: "六、加强行政能力建设和政风建设|一年来，我们在贯彻实施行政许可法…" (nat-gwr-2005 joined); 近年来 is a
    # SENTENCE_OPENERS word already. No title holds such a count before a comma.
    r"|(?<![一二三四五六七八九十百〇零])(?:一|两|几|多|[二三四五六七八九十]{1,2})年来(?=[，,])"
    # THIS_YEAR_MODAL_OPENER (join49): 今年 opens a report's sentence of what this year's work must do without the
    # comma as well, its subject and 要 / 将 a few characters after: "三、继续保持经济平稳较快发展|今年经济发展要
    # 着重抓好以下四个方面工作" (nat-gwr-2005 joined; "四、…对外开放|今年，我们要…" has the comma). A title names
    # this year's work as its object ("做好今年工作"), with no modal after; 要点 / 要求 are nouns.
    r"|(?<![做好抓])今年(?=[\u4e00-\u9fff]{0,8}?(?:要(?![点求素])|将))"
    # COMING_YEARS_OPENER (fixtask52): the years a report looks ahead to, with a comma, open its first sentence as
    # the past ones do: "二、新一届政府努力方向和2022年重点工作|今后五年，我们肩负加快建设…"
    # (pt-county-gwr-2022, heldout52, a crawl on one line). A title names such a span without the comma
    # ("今后五年的主要任务").
    r"|(?:今后|未来)(?:一|两|三|五|十)年(?=[，,])"
    # RECENT_YEARS_CONDITION (fixjoin60, round 60): the years an applicant's record is judged over open a condition
    # or an exclusion: "（五）有下列情形的不予支持|近三年内发生较大及以上生产安全、火灾事故；…"
    # (bj-mall-district-upgrade-projects-2026 joined; round-60 gold 有下列情形的不予支持). A title names such a span
    # at its start, not past its first words.
    r"|近(?:一|两|二|三|五|十)年内"
)
# INLINE_GLUED_OPENERS: words that open a glued first sentence in texts read inline besides SENTENCE_OPENERS,
# whatever the title: 聚焦 ("攻坚关键核心技术|聚焦制约产业发展的关键领域…", "发挥三大产业引领作用|聚焦集成电路、
# 生物医药…", sh-fyp-14, cn-fyp-15 joined); titles open with it ("聚焦…") but do not hold it after their first words.
# (seg57) So does 采用, the means a sentence of method opens with: "（1）监测阳性个体|采用PCR或实时荧光PCR
# 检测，结果为阳性的" (nat-animal-disease-monitoring-plan-2021, heldout44), "（三）填报志愿|采用网上填报志愿方式"
# (th-points-school-admission-2026, heldout21), "信息共享|采用…" (nat-bus-smart-demo-guide-2014, heldout7), all
# joined; of 12,269 gold titles one holds it past its first words, after the adverb 优先 ("…改造中优先采用节能
# 减排新技术产品和服务").
INLINE_GLUED_OPENERS = ("聚焦", "采用")
# INLINE_SUBJECT_OPENERS: a sentence glued to a title read inline often opens with its subject, the place or the
# bodies the text speaks for, named by 本/我/各 ("认定范围|本市特困人员认定条件按…", gz-destitute-support-2021
# joined; "提升城市商业能级|各地商务主管部门要将…", nat-smart-business-district-2022; "规划布局不合理|我县加油站
# 主要坐落于…", cy-fuel-stations-2026): no title ends in such a word, so the title ends before it. A word that ends
# in 本 is no 本市 (SUBJECT_WORD_HEADS: 资本市场, 成本, 基本, 样本…); after a verb of work the subject is the
# title's object ("因地制宜推动各地绿色低碳发展", "统筹发展各级各类教育": SUBJECT_AFTER_VERBS); and after a date it
# is the title's own ("1996年我国地震活动情况和…", nat-quake-trend-1997: SUBJECT_WORD_HEADS ends with 年月日).
# (seg22) So does a subject every body of a kind is named by, 所有 ("三、实行凭证定量制度|所有使用燃料的企业、
# 单位，都要…", nat-fuel-power-rationing-1978, a one-line crawl); 所有制 is a noun (OPENER_WORD_TAILS).
# INSTITUTION_SUBJECT (join26b): a sentence glued to a title read inline often opens with the body that acts, named by
# its level (省 / 市 / 区 / 县 / 国家 / 各级) and its kind (局 / 委员会 / 厅 / 政府 / 部门 / 机构), then what it does
# ("七、加强组织领导|省能源局统筹负责推进行动方案落地实施", yn-ev-charging-doubling-2026 joined; "（一）配额有偿发放|
# 市生态环境局将根据…", cq-carbon-allowance-2023 joined; "（一）压实管理责任|国家医疗保障局指导和推动…",
# nat-medins-payment-qualification joined): the title ends where that name starts.
# INSTITUTION_SUBJECT_LEVELS (seg27): the State Council's departments, the local governments and the bodies concerned
# act so as well, and the departments act by their duties: "（一）加强组织领导|国务院各部门按照职责分工,建立协调联络
# 机制", "（二）完善资金机制|地方政府要整合现有资金渠道", "（三）加强执法检查|有关各级人民政府和行业主管部门要加强…"
# (nat-aquatic-biodiversity-2018, a data-set cell on one line; heldout28 gold: the titles before the bodies).
INSTITUTION_SUBJECT = re.compile(
    r"(?:(?:[省市区县]|国家|各级)[\u4e00-\u9fff]{1,10}?|(?:国务院|地方|有关)[\u4e00-\u9fff]{0,12}?)"
    r"(?:局|委员会|委|厅|政府|部门|机构|中心)"
    r"(?:应当|应(?![急用对变])|要|将|可|负责|统筹|会同|是|指导|牵头|组织|按照)"
)
# INSTITUTIONS_ACTING (join42): a sentence glued to a title read inline often opens with the bodies that act, named as a
# list ("4.支持社会组织开展公益活动|全国老龄办、中国老龄协会将指导…", "5.做好宣传发动组织协调工作|国家卫生健康委、 全国
# 老龄办将依托…", nat-smart-elderly-help-2022 joined) or as one body and the count of the others ("（六）全民数字 素养与
# 技能持续提升|中央网信办等4部门印发《…》", nat-digital-china-report-2022 joined), then what they do: the title ends
# where the first name starts. Two bodies at least, or 等…部门: one body's name inside a title ("国家能源局职责") has no
# such list after it.
INSTITUTION_NAME = (
    r"(?:国家|全国|中央|中国|国务院|[省市区县])[\u4e00-\u9fff]{1,10}?"
    r"(?:委员会|局|委|厅|办|部|协会|学会|中心|机构|部门|政府)"
)
INSTITUTIONS_ACTING = re.compile(
    rf"{INSTITUTION_NAME}(?:(?:[、和]{INSTITUTION_NAME})+|等\d*个?(?:部门|单位))"
    r"(?:将|要|应当|应(?![急用对变])|须|负责|会同|联合|牵头|印发|组织|指导|共同|制定|发布|确定|开展)"
)
# EACH_BODY_SUBJECT (join42): or with every body of a kind it speaks to, 各 + the bodies (listed with 、 和 perhaps) +
# what they shall do: "一、依法合规参与电力中长期交易|各发电企业、售电公司和电力批发用户要充分认识…", "二、加强 市场监测
# 和风险防控|各电力交易机构要强化…" (nf-midlong-contract-supervision-2025 joined: cut before 要, the bodies kept in the
# title). After a verb of work (SUBJECT_AFTER_VERBS, EACH_OBJECT_AFTER_VERBS) the bodies are the title's object ("督促各
# 地要…" is no title's end); 各自 is no body.
# EACH_BODY_TIME_DIGITS (fixseg59, round 59): a time written in digits may stand between the bodies and what they
# shall do: "（三）信息和成果报送|各试点地区在试点工作开展1个月内将联系人信息表（见附件）和试点方案报送我部。"
# (mee-eco-remote-sensing-pilot-2019, a one-line cell, heldout59 gold: （三）信息和成果报送 beside its siblings
# （一）职责分工 / （二）组织保障; read as 信息和成果报送各试点地区).
EACH_BODY_SUBJECT = re.compile(
    r"各(?!自)[\u4e00-\u9fff、0-9]{2,20}?"
    r"(?:(?<![主重需必只首纲摘提概简紧扼])要(?![求素点件])|应当|应(?![急用对变该])|须|必须|将|负责)"
)
EACH_OBJECT_AFTER_VERBS = ("督促", "要求", "动员", "调动", "发挥", "压实", "明确", "落实", "协调", "激发")
# INLINE_TASK_VERBS (join42): a task's title read inline (it opens with an opener, INLINE_SENTENCE_OPENERS) runs into a
# first sentence that opens with a verb of work these lists lacked: "着力提升创新体系整体效能|持续做好“两篇大文章”"
# (zj-gov-report-2026), "大力提升旅游产业|发挥自然风光、民族文化…的优势" (yn-fyp-10), "…|扩大高中阶段教育规模"
# (yn-fyp-10), "…|深入践行人民城市重要理念" (cn-fyp-15), "…|实施乡村振兴战略,必须…" (nat-rural-2018), "…|制定和落实 优惠
# 政策" (yn-fyp-10), all joined. Only after such a title. Not 统筹: it ends a title's noun as often ("强化规划统筹 引领
# ", "强化工作统筹协调"); nor 实施 after a verb it makes one word with ("认真组织实施", "加大宣贯实施":
# OPENER_WORD_HEADS).
INLINE_TASK_VERBS = ("持续", "发挥", "扩大", "深入", "实施", "制定", "打造", "全力", "做好")
# INLINE_LEAD_WORDS (join42): words that open a sentence and no title's last words, whatever the title: the aim or the
# target a sentence opens with ("（二）偏倚控制|为了控制临床试验的偏倚，…", "（四）临床评价指标|针对定性分析，…",
# nat-pathology-ai-review-2023; "（三）新增并网主体功率振荡考核|针对…" sd-grid-rules-explanation-2025; "（三）建立自然人
# 失信行为认定机制|对于违反《…》…" nat-pit-credit-notice-2019; "（二）减污降碳激励机制|对于实现…"
# cq-carbon-allowance-2023, all joined). 针对性 is a noun (OPENER_WORD_TAILS).
# (join50) and the cause a sentence opens with, 由于: "（二）专家论证|由于历史建筑修缮设计方案专业技术性较强，…"
# (sy-historic-building-repair-interp-2026, heldout49), "3.氢能汽车保有量|由于氢能源具备零排放和无污染等优点，…"
# (fl-energy-station-2023, heldout20), both joined; their plain texts and sh-magnolia-2024, tx-ev-charging-2025,
# nat-gwr-1984 open a part's first line with it too. No gold title holds 由于 after its first words.
# (fixseg59, round 59) and the comparison a sentence opens with, 相较于 / 相比于: "二、违法案件的特点分析|相较于过去简单
# 粗暴地断开采样管路、破坏在线监测设施等违法手段，通过投加“COD去除剂”干扰在线监测数据…" (mee-cod-remover-huzhou-
# letter-2022, a one-line cell, heldout59 gold: 违法案件的特点分析; read as a 60-character title). A title that
# compares asks a question ("请问《…》相较于流域规划有哪些特点？", mee-canal-interp-2020: no cut in a title ending
# in ？) or opens with the word (GLUED_TITLE_MIN).
INLINE_LEAD_WORDS = ("针对", "为了", "对于", "由于", "相较于", "相比于")
# THIS_ROUND_SUBJECT (join42): so does 本次, the revision or plan the text speaks of ("二、规划期限|本次规划期限为…",
# bj-eco-restoration-2035; "二、“两个细则”主要修订内容|本次修订是在…", sd-grid-rules-explanation-2025, joined).
THIS_ROUND_SUBJECT = ("本次",)
# PARTY_CONGRESS_OPENER (join42): and the congress a sentence dates its course from ("一、新时代实施乡村振兴战略的 重大
# 意义|党的十八大以来，…", nat-rural-2018; "（一）我国数字经济发展成效显著|党的十八大以来…", nat-digital-economy-report;
# "1.1 规划背景|党的二十大报告明确指出，…", fl-energy-station-2023, all joined); a title names a congress for its spirit
# ("学习贯彻党的二十大精神"), not with 以来 or a verb of saying after it. GRANT_OBJECT_OPENER (join42): a measure's
# title read inline runs into the sentence saying to whom it grants what, 对 + the beneficiary + 给予 / 予以: "一、智能
# 网联新能源商用车车型研发激励|对销量达一定规模的…车型给予一次性产品研发激励" (four of the six measures of
# cq-icv-truck-measures-2025 joined). 对 ending a word (针对, 相对, 面对, 应对…), after a verb of work whose object it
# leads ("加大对…支持", "加强对…"), or starting one (对于, 对外, 对接, 对标…) is none.
# (join44) A case clause, 对 + the case + 的 and a comma, opens such a sentence as well: "（三）严格责任追究|对不依法
# 履行职责、决策失误、失职渎职，导致文物遭受破坏，以及失盗、失火的，要依法依纪追究…" (ja-heritage-protect-2018
# joined). A title's 对 names what a measure bears on ("强化对重点领域的监管"), never a case ending at a comma.
GRANT_OBJECT_OPENER = re.compile(
    r"(?<![针相面绝核比应反大强以是并])对(?![于外接标象照称话策比应])"
    r"(?:[^。；！？]{2,60}?(?:给予|予以)|[^。；！？]{2,40}?的[，,])"
)
# YEAR_AFTER_NOUN_OPENER (join42): a year opens the sentence glued to a title that ends in a noun of time, ground,
# plan or measure (no verb before the year to take it for its object): "（五）灾害性天气过程预报|2024—2025年纳入…"
# (nat-ai-weather-demo-2024), "（二）需求预测|2024年全县实现…" (cy-fuel-stations-2026), "2.市(县)层面|2024年…"
# (tx-ev-charging-2025), "一、补贴适用时间|2025年1月1日0时至…" (cq-car-scrappage-subsidy-2025), "一、总体要求|2019年…"
# (nat-pit-credit-notice-2019), "三、市场交易安排|2025年电力中长期…" (gx-power-trading-2025), "（二）修正系数|2021年度
# 供电基准值…" (nat-ets-power-2021-2022), "一、实施背景|2018~…" (tj-demand-response-2021), all joined. A title dates
# its object after a verb or a preposition ("做好2024年…", "到2025年…"), not after such a noun.
YEAR_AFTER_NOUN_OPENER = re.compile(
    r"(?<=时间|背景|安排|预测|预报|层面|系数|要求|现状|情况|概况|目标|任务)(?:19|20)\d\d(?:年|[~～—－-])"
)
PARTY_CONGRESS_OPENER = re.compile(
    r"党的(?:十[一二三四五六七八九]?|二十)(?:届[一二三四五六七]中全会|大)"
    r"(?=以来|报告|提出|强调|明确|作出|指出|召开|[，,])"
)
# (join31) a commission named short (委) and a centre act so too: "八、成绩发布及成绩单打印|国家卫生计生委人才中心将于
# 考后2个月在中国卫生人才网公布考试成绩" (bj-health-title-exam-2016 joined, cut at 在 after 2个月).
# DOCUMENT_SUBJECT (join30): a titled entry read inline often runs into a first sentence that opens with the subject
# the text speaks of throughout, a noun no opener list names, then what it shall or may do: "（一）配额清缴|重点排放
# 单位应在规定时间内…" (cq-carbon-allowance-2023 joined), "（五）强化数据安全主体责任|运营单位应…" (bj-data-zone-2022
# joined), "（三）投产认定|项目应全部建成投产" (tj-ne-price-reform-2025 joined). The words between a point of the first
# clause, GLUED_TITLE_MIN characters in or more, and a modal after them (DOCUMENT_SUBJECT_ROLE) are such a subject when
# they are DOCUMENT_SUBJECT_CHARS long and the document writes them DOCUMENT_SUBJECT_MIN times or more: the title
# ends where the earliest such subject starts (the longest: 运营单位, not 单位; 责任运营单位 is written once). A modal's
# character that ends or starts another word is none (重要, 响应, 可持续: DOCUMENT_SUBJECT_ROLE).
DOCUMENT_SUBJECT_ROLE = re.compile(
    r"(?<![主重需必只首纲摘提概简紧扼响适供相反效呼感即])(?:应当|应(?![急用对变该])|须|必须|将|负责|要(?![求素点件])"
    r"|可(?!能|持续|靠|行|视|控|信|再生|以为))"
)
DOCUMENT_SUBJECT_MIN = 3
# DOCUMENT_SUBJECT_OPENS: and it opens a clause or a point of the document once at least, after a mark, as a subject
# does; words that only ever follow a title's own ("相结合|要充分发挥…", round 25 joined) are none. Nor does a subject
# follow a conjunction (OPENER_AFTER_CONJUNCTION). DOCUMENT_SUBJECT_WORD_TAIL: nor is a word a subject where the
# document writes it elsewhere too with the title's character before it: it ends a longer word there ("国务院各|部门
# 要…", "西藏自治|区人民政府要…", "推进人工|智能可解释性研究", "…和资本|项目可兑换…", rounds 1, 5 and 10
# joined).
DOCUMENT_SUBJECT_OPENS = "。；;：:，,、）)．."
DOCUMENT_SUBJECT_WORD_TAIL = 2
# DOCUMENT_SUBJECT_DETERMINERS: nor where a word that picks out which ones (各类, 有关, 所有…) stands before it: the
# subject starts there, and a provision led by it has no title ("（二）重组后各类|电力企业要注重转变经营机制…",
# nat-power-reform-2002, a one-line crawl on dev: an untitled provision).
DOCUMENT_SUBJECT_DETERMINERS = ("各", "各类", "各级", "有关", "相关", "其他", "其它", "所有", "全体", "该", "本")
DOCUMENT_SUBJECT_CHARS = (2, 8)
# (join50) So does the subject named by 该, the product or the work a part speaks of: "（二）确认软件提高阅片准确性的
# 样本量估算|该类产品临床试验的主要评价指标为…" (nat-pathology-ai-review-2023, heldout10), "一、产品简介|该类软件的分析
# 对象…" (nat-flow-cytometry-ai-review-2023, heldout42), "三、组织实施|该项工作由市教育局…组织实施"
# (sx-quality-lessons-selection-2022, heldout38), all joined. No gold title holds 该类 / 该项; 应该 is a word (该 alone
# is not listed).
INLINE_SUBJECT_OPENERS = (
    "本市", "本区", "本县", "本省", "我国", "我省", "我市", "我区", "我县",
    "各地", "各省", "各市", "各区", "各县", "各州", "各级",
    "所有",
    "该类", "该项",
)  # fmt: skip
SUBJECT_WORD_HEADS = "资成基根版样文标剧课账脚读范年月日"
SUBJECT_AFTER_VERBS = (
    "推动",
    "发展",
    "加强",
    "支持",
    "促进",
    "统筹",
    "带动",
    "推进",
    "引导",
    "鼓励",
    "指导",
    "组织",
    "覆盖",
    "面向",
    "服务",
    "终止",
    # (fix34seg) 加快 as 推进: "充分认识加快我省水利改革发展的极端重要性和紧迫性" (gs-water-reform-opinion-2011)
    "加快",
)
# REPEATED_SUB_TITLE: a rule book or guide repeats the same sub-headings under each of its parallel parts
# ("一、首诊负责制度（一）定义|指患者的首位接诊医师…（二）基本要求|1.…二、三级查房制度（一）定义|指患者住院期间…",
# eighteen systems each with （一）定义 and （二）基本要求, nat-medqual-core-rules-2018 joined). Where
# REPEATED_SUB_TITLE_MIN or more headings of one number at one level all open with the same words
# (REPEATED_SUB_TITLE_CHARS or more, no clause mark; a point's number after them dropped,
# REPEATED_SUB_TITLE_TRAILING) and most of them (REPEATED_SUB_TITLE_SHARE) run on into a sentence of
# GLUED_SENTENCE_MIN characters or more, those words are their title: no sentence opens the same way under every
# part. Titles that only begin alike ("加强组织领导" / "加强组织实施") end within a few characters.
REPEATED_SUB_TITLE_MIN = 3
# REPEATED_LABEL_IN_TITLE: a scenario list labels each entry's first paragraph the same way, and read inline each title
# runs into that label ("1.医学影像智能辅助诊断|基本概念：针对…", "2.医学影像数据智能辅助质控|基本概念：…",
# nat-health-ai-scenarios-2024 joined): words of up to REPEATED_LABEL_MAX characters before a colon that
# REPEATED_SUB_TITLE_MIN or more titles of one level end with, leaving GLUED_TITLE_MIN characters of title, are
# the label, and the title ends before it.
REPEATED_LABEL_MAX = 6
# TITLE_WHOLE_ELSEWHERE (fixjoin60, round 60): a notice of several project kinds titles its parts by the kinds again and
# again, and where a part's title stands alone on its line its first sentence opens with a modal, the title its subject:
# "（二）申报商业企业升级改造项目" / "应为营业面积5000平方米（含）以上…" under 二、支持条件, the same title over its
# materials "（一）申报商业企业升级改造项目" / "1.商业企业升级改造项目申报书…" under 三、申报材料
# (bj-mall-district-upgrade-projects-2026). Read inline the first one runs into its sentence ("…项目应为营业面积5000平方
# 米（含）以上百货…；"), where no opener shows its end; the second is whole (read up to its 1.). A numbered heading read
# inline whose text opens with the whole title of another one (TITLE_WHOLE_ELSEWHERE_MIN characters at least, no clause
# mark, not itself followed by a modal) and then a modal (PROVISION_MODALS) is titled by those words.
TITLE_WHOLE_ELSEWHERE_MIN = 6
# SIBLINGS_SHARED_SUBJECT (fixjoin60, round 60): the steps of a procedure each open their paragraph with the body that
# takes them, the same body each time: "（一）房源情况核验" / "运营单位登录浙江省…", "（二）房屋租赁合同登记备案" / "运
# 营单位向市房管中心申请…", "（三）租赁情况核验" / "运营单位向属地镇（街道）…", "（四）提交申请资料" / "运营单位向市保障
# 性租赁住房工作领导小组办公室提交…" (cixi-rental-housing-operation-subsidy-rules-2023; round-60 gold: the four titles).
# Read inline, no opener showed where the titles end: cut at the head noun 情况 (房源情况|核验…) or before the 向 after
# the body (…备案运营单位|向…). Where REPEATED_SUB_TITLE_MIN or more siblings (one parent, level and style) open their
# first clause, GLUED_TITLE_MIN characters in or more, with the same words ending in a body noun (SHARED_SUBJECT_NOUNS,
# up to REPEATED_LABEL_MAX characters, the most siblings' and then the longest) followed by what a subject does
# (SHARED_SUBJECT_FOLLOWERS: a preposition, a modal, a verb of applying), each of them ends its title before them.
SHARED_SUBJECT_NOUNS = ("单位", "部门", "机构", "企业", "中心", "主体", "政府", "人员")
SHARED_SUBJECT_FOLLOWERS = (
    "向", "在", "对", "按", "由", "从", "经", "通过", "根据", "依据", "登录", "提交", "提出", "申请", "负责",
    "要", "应", "须", "必须", "将", "可",
)  # fmt: skip
# The opening clause ends at a clause mark or at a point's marker (a child glued to the title is no sentence of its
# own: "三、具体申报方式1. 网上填报申报单位通过系统填报。", nat-ai-grad-programme-2022 joined), or at the next heading.
# An article or chapter glued to a chapter's title stops it too ("第三章 重要活动报告第十五条核动力厂营运单位应当…",
# mee-npp-safety-reporting-2020, a one-line text: the articles' shared subject is no chapter's), and so does a part's
# 一、 ("全面履行政府职能十二、国务院及各部门要…", nat-state-council-rules-2004 joined).
SHARED_SUBJECT_OPENING_STOP = re.compile(
    r"[，,。；;：:！？\n]|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十百]{1,3}、"
    r"|第[一二三四五六七八九十百零〇\d]+[条章节]"
)
REPEATED_SUB_TITLE_SHARE = 2 / 3
REPEATED_SUB_TITLE_CHARS = 2
REPEATED_SUB_TITLE_TRAILING = "0123456789.．、（("
# REPEATED_SUB_TITLE_AFTER_PARENT: a plan that repeats the same points under each of its parallel parts may open
# each point with its part's name ("（一）长江流域1.长江流域水生生物多样性及其保护现状|据不完全统计，…（二）黄河
# 流域1.黄河流域水生生物多样性及其保护现状|据不完全统计…", seven basins × four points,
# nat-aquatic-biodiversity-2018): the titles share no opening words, but after the part's name they do. Where
# REPEATED_SUB_TITLE_MIN or more headings of one number at one level, each under a different parent, open with their
# parent's title, the words that most of them
# (REPEATED_SUB_TITLE_SHARE) write next up to a clause mark, read from the text (a title cut short by the name its
# sentence repeats, "松花江流域水生生物多样性及其保护|现状松花江流域已知…", is read on), end every title that reads
# them, when those words are REPEATED_SUB_TITLE_AFTER_PARENT_CHARS or more. Where most of the titles were cut already
# inside those words, their sentences open alike under every part ("…保护任务|开展长江流域…", "…保护任务|开展黄河流域…")
# and the titles end there.
REPEATED_SUB_TITLE_AFTER_PARENT_CHARS = 2
# INLINE_TWO_CLAUSE_TITLE: an inline title may be two clauses joined by one ， (GLUED_TWO_CLAUSE_TITLE), its
# first short (at most INLINE_FIRST_CLAUSE_MAX characters): "一、有保有限，强化电力需求侧管理|切实做好有序供电、
# 限电。" / "二、区别对待，运用价格杠杆调节电力供求|实行差别电价政策。" - where the first clause shows no end, the
# second is searched (glued_clause_end) for where the sentence starts.
INLINE_FIRST_CLAUSE_MAX = 8
# INLINE_TWO_CLAUSE_SURE_SIGNS: a longer first clause (up to INLINE_FIRST_CLAUSE_SURE_MAX characters) may open a
# two-clause title too, but its second clause is cut by the surest signs only (no opener word: a repeat, the title's
# subject restated before 要, a deadline): "三、抓紧制订电力发展规划，统筹安排电源和电网建设|电力发展要坚持…" (round 13;
# the restated subject is searched in the whole title, RESTATED_SUBJECT); "深化生态环境保护督察，压实责任推动高质量发展"
# (heldout9) shows no such sign and stays whole.
INLINE_FIRST_CLAUSE_SURE_MAX = 12
# HALF_WIDTH_CLAUSE_COMMA (fix34seg, round 34): a page may write its commas half-width, and its two-clause titles
# with them: "一、筑牢水安全屏障,守护群众平安以保障人民群众生命财产安全为首要目标,…" (county-water-affairs-points-2026
# joined), "（一）深入学习贯彻习近平新时代中国特色社会主义思想,提高党建科学化水平…" (hb-culture-tourism-points-2023
# joined): the first clause ends at the "," as at a "，" (INLINE_TWO_CLAUSE_TITLE), where no digit follows it (a
# thousands separator, "4,740公里").
INLINE_CLAUSE_BREAK = re.compile(r"[，、：；\s]|,(?!\d)")
INLINE_CLAUSE_COMMAS = ("，", ",")
# TWO_CLAUSE_LINE_SPACE (join26b): a two-clause title whose second clause ends at a space its line's end left, the
# paragraph's first words after it, ends there when no opener shows: "（一）聚焦扩大内需，在提振投资消费上开创新
# 局面 推动投资稳定向好。" (fl-gwr-2026 joined, a bold title's closing mark kept as a space: GLUED_BOLD_TITLE): the
# clause split at the space found no opener and the title ran on to the sentence's full stop, also where the run's
# （n） read as untitled provisions (_provision_title_end). The space stands between a title's character (an ideograph
# or a closing mark) and an ideograph, not inside a figure.
TWO_CLAUSE_LINE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff”’）》])[ \u3000](?=[\u4e00-\u9fff“])")
# INLINE_TWO_CLAUSE_SENTENCE_MIN: the sentence cut off there holds a verb and its object at least ("优化电力调度",
# 6); a shorter rest ends the title itself ("（五）加强组织领导，推进政策措施全面落地。", heldout9: 全面落地).
INLINE_TWO_CLAUSE_SENTENCE_MIN = 6
# UNTITLED_PROVISIONS: a State Council or ministry document crawled onto one line may number untitled
# provisions （一）…（三十二） that open with their subject, not with a title (dev: "（二）经过几十年发展，我国
# 电力工业形成了…", "（四）电力体制改革的指导思想是：…", "（十二）各发电企业要尽量在内部消化…", "（十八）公安机关依法
# 严厉打击…"): by the round-3 / heldout5 gold rule each is titled by its first sentence, up to its 。 or ：, however
# long. Judged for the text as a whole: when at least UNTITLED_ENTRIES_MIN of its （n） paragraphs, and
# UNTITLED_PROVISIONS_SHARE of them, open with no verb of work (the task titles' openers: "（一）巩固生态资源
# 优势加大…", "（三）强化规划环评效力。") and run past a clause mark or a run-in title's length, all of them
# are so titled; a text of task titles glued to their paragraphs keeps its short titles.
# UNTITLED_PROVISIONS_GLUED: among them, a provision that has a title of its own glued to its first sentence
# shows it by the surest signs (restated_title_end: "（二）生态环境部|生态环境部委托…组织实施", "（一）地方生态环境部门|
# 2020年10月底前，…", round 12) and is titled by it; the others keep their first sentences.
# PROVISION_HEAD_NOUN_GLUED: a stand-alone title glued to its first sentence ends after a part's head noun
# (TITLE_HEAD_NOUNS) where a sentence opener (INLINE_OPENERS) or a target year follows it, even among subject-led
# provisions: "（一）指导思想|坚持以习近平新时代中国特色社会主义思想为指导，…", "（三）建设目标|到2025年，建立较为完善的
# 石化行业智能制造标准体系" (nat-petrochem-std-guide-2022 and the other 智能制造标准体系建设指南 of round 6, joined).
PROVISION_TARGET_YEAR = re.compile(r"到(?:19|20)\d\d")
UNTITLED_PROVISION_STYLES = ("paren-cn",)
# PROVISION_TASK_VERBS (join44): a task's title opens with verbs of work the openers lack as well, and a run of such
# （n） is no run of untitled provisions: "（一）布局一批产业提速成长场景|人工智能领域，…", "（二）培育一批…",
# "（四）攻关一批…", "（六）打造一批…", "（二十二）谋划建立全省场景库|面向…", "（二十三）搭建场景创新服务大厅|
# 聚焦…", "（二十七）营造良好氛围|构建…" (sd-scenario-innovation-2025 joined: each titled by its whole first sentence).
# Not 扩大 (INLINE_TASK_VERBS): a provision opens with it as often ("（一）扩大内地西藏初中班（校）招生规模，以1995年
# 实招人数1445名为基数，…", nat-tibet-classes-1996, untitled provisions in heldout5's gold).
PROVISION_TASK_VERBS = ("布局", "培育", "开放", "攻关", "突破", "打造", "谋划", "搭建", "营造")
# REQUIREMENT_PROVISIONS (fix22seg, round 22): a run of untitled provisions half of whose first sentences state
# what shall or may be done (CLAUSE_REQUIREMENT) or ask it (REQUEST_IN_CLAUSE) are a notice's requirements, clauses:
# "一、申报要求（一）申报单位应具有…。（二）申报单位具备…。（三）申报单位应充分了解…。（四）申报单位须在…"
# (nat-permit-spec-projects-call-2018), "四、有关事项…（三）请高度重视，…（四）请推荐单位向评委会秘书处提交…"
# (nat-eco-civilization-award-2022); round-22 gold, as heldout17's untitled duties.
# A request asks with 请 at its subject's end as well: "（三）电子邮件标题和邮寄材料信封请注明…", "（四）申报材料的
# 电子件请发送到联系人电子邮箱" (the same call); not 申请 / 提请, nor 请求 / 请示.
REQUEST_IN_CLAUSE = re.compile(r"(?<![申提])请(?![求示])")
# TITLED_REQUIREMENT (join31): a first sentence that is a run-in title's length, one phrase (no comma or semicolon),
# opening with its modal (no subject before it, PROVISION_MODALS) states no requirement of a clause: "四、在实践中
# 总结、从总结中提升，积累的经验弥足珍贵（一）必须坚持以上率下、示范带动。习近平总书记以身作则、…（二）必须坚持固本
# 培元、激浊扬清。…" (nat-eight-rules-experience-2025 joined: the six lessons were dropped as requirements, where
# MIXED_TITLED_ENTRIES keeps them on lines). "项目信息公开内容列表页须采用分页浏览方式" (a subject first) stays one.
# TITLED_REQUIREMENT_ON_LINES (seg48, round 37): so on lines, where a list whose entries open with a sentence holds
# clauses (SENTENCE_OPENED_ENTRIES): "四、在实践中总结、从总结中提升，积累的经验弥足珍贵" / "（一）必须坚持以上率下、
# 示范带动。习近平总书记以身作则、…" … "（六）必须坚持明确责任、压实责任。…" (nat-eight-rules-experience-2025,
# heldout37 gold: level-2 run-in headings) were dropped as six requirements.
UNTITLED_PROVISIONS_SHARE = 2 / 3
# ONE_SENTENCE_CLAUSES (join48): a run of （n） siblings read inline (ONE_SENTENCE_CLAUSES_MIN or more, none with
# points under it) half or more of which are titled by their whole paragraph, one sentence a clause's length or with a
# clause mark and nothing after its 。 before the next marker, are a rule's clauses, not headings titled by it: "一、项
# 目信息公开专栏（一）在政府网站首页设置项目信息公开专栏，名称为…（以下简称“专栏”）。（二）…（三）“专栏”设置项目信息公开
# 区和信用信息共享区。（四）…" (jj-project-info-share-spec-2011 joined), "二、政策衔接…（二）领取工伤保险护理费、纳入特
# 困人员救助供养范围的残疾人，不享受残疾人两项补贴。（三）享受孤儿基本生活保障政策的残疾儿童不享受…"
# (gz-disability-subsidy-2022 joined); on lines each is a paragraph of one sentence, which no heading is. A titled
# run's paragraphs go on past their title's sentence ("（一）自愿申请。申请我市…"), and the State Council's untitled
# provisions (UNTITLED_PROVISIONS) run to several sentences each. Four such （n） are still a part's provisions as
# round-3 gold titles them: "二、保证必要的办学投资和办学条件（一）扩大内地西藏初中班（校）所需的正常经费…解决。（二）国
# 家将对…" (nat-tibet-classes-1996).
ONE_SENTENCE_CLAUSES_MIN = 5
ONE_SENTENCE_CLAUSES_SHARE = 1 / 2
# DECIMAL_ONE_SENTENCE_CLAUSES (join52): a decimal outline's points read inline are clauses so too, where most
# of a run titled by its whole sentence has nothing after its 。: "1 总则|1.1 为规范广西电力市场履约风险管理，根据…，
# 制定本工作指引。1.2 本指引所称履约风险管理是指…。1.3 本指引适用于…工作。2 职责分工2.1 广西电力交易中心职责2.1.1
# 负责拟定、修订广西电力市场履约保障凭证管理要求。2.1.2 …" (gx-performance-risk-guide-2023 joined, heldout40: on
# lines DECIMAL_SENTENCE_CLAUSES drops them, gold titles only 总则 and 广西电力交易中心职责). A standard's or 预案's
# points are fewer to a parent than a rule's （n）: three make a run.
DECIMAL_ONE_SENTENCE_CLAUSE_STYLES = ("decimal:2", "decimal:3", "decimal:4")
DECIMAL_ONE_SENTENCE_CLAUSES_MIN = 3
# SHORT_TITLED_POINT: a point the inline reader titles by a short name cut before a sentence that opens with the
# time of a status ("截至2024年6月底", "目前") is a titled point of a plan's account of where things stand, and its run
# no rule's clauses, whatever its siblings' titles ran to ("2.2.1 加油站涪陵区现有98个已建成加油站。2.2.2 加气站目前…
# 加气站。2.2.3 充电站|截至2024年6月底，…", fl-energy-station-2023 joined: the run was dropped, 充电站 with it;
# tests/test_segment_join27.py). Any short cut is not enough: a rule's clauses are cut short at their subject too
# ("7.1 售电公司应|在收到风险预警后…", gx-performance-risk-guide-2023; "3.9 传播节点|依法开展…", a standard's term).
SHORT_TITLED_POINT_MAX = 6
SHORT_TITLED_POINT_OPENERS = ("截至", "截止")
ONE_SENTENCE_END = re.compile(r"[。！？]")
# TITLED_ENTRY_OPENERS: a （n） paragraph whose short title (at most TITLED_ENTRY_TITLE_MAX characters) runs into a
# first sentence opening with a word of sentences, not of subjects, is a titled entry, not an untitled provision,
# whatever its title's kind: "（一）离散型智能制造试点示范|在机械、汽车、船舶…领域", "（一）加强组织领导|积极向工信部
# 进行汇报和沟通" (sd-smart-mfg-pilot-2016 joined, whose noun titles read as subjects). 要 is left out: a provision's
# subject runs into it ("（十二）各发电企业要尽量…", nat-power-reform-2002), and so are 以 and 在, which open
# provisions' clauses ("在厂网分开的重组完成以后，…").
TITLED_ENTRY_OPENERS = tuple(o for o in SENTENCE_OPENERS if o not in ("要", "以", "在"))
TITLED_ENTRY_TITLE_MAX = 16
# PROVISION_MODALS: a provision's subject runs into its modal before the verb an opener list holds ("（一）地方各级党委
# 和政府要坚持以人民为中心的发展思想", "有关职能部门应当加强…", mee-dept-duty-2022): no title ends in a modal.
PROVISION_MODALS = ("要", "应", "应当", "须", "必须", "将", "可", "可以", "负责", "依法")
PROVISION_SENTENCE_END = re.compile(r"[。！？：:\n]")
# NOUN_USED_OPENERS: an opener that a title ends with as a noun ("强化金融政策支持", "强化环境经济政策引导")
# is the title's last word, not the sentence's first, where another opener follows it at once: "（二）强化
# 金融政策支持完善金融监管政策，…", "（一）强化环境经济政策引导推动形成…" (round 9).
NOUN_USED_OPENERS = ("支持", "引导")
# STRENGTHENED_SUPPORT (seg59): after a verb of strengthening and a short noun, 支持 / 引导 is that verb's object
# ("加大…支持", "强化…引导"), the title's last word whatever comes after it, not a sentence's first: "第七节加大政策
# 支持和保护力度|稳定和完善党在农村的基本政策。" (yn-fyp-10, heldout2 joined, cut as 加大政策|支持…), "（七）强化舆论
# 引导|广泛宣传城市内涝安全常识" (zj-waterlogging-14, heldout), "（二十六）强化政策支持|对符合条件的场景创新项目，…"
# (sd-scenario-innovation-2025, heldout7), "5.1.6 加大用地支持|拓展场站用地空间，…" (fl-energy-station-2023,
# heldout20): the title so far is the verb and its noun, nothing else. The title ends after it unless a longer noun goes
# on from it (STRENGTHENED_SUPPORT_GOES_ON: "…支持和保护力度", "…引导作用"), where the search for its end goes on.
STRENGTHENED_SUPPORT = re.compile(r"(?:加大|强化|加强)[\u4e00-\u9fff]{1,6}")
STRENGTHENED_SUPPORT_GOES_ON = re.compile(r"[和与及、的等]|力度|作用|政策|体系|机制|措施|服务|工作|方式|能力|资金")
# ADVERB_OPENS_SENTENCE (seg58, round 58): a sentence glued to a title read inline may open with an adverb before its
# opener, and the title ends before the adverb, not after it: "（三）积极推进体育强区建设|统筹推进群众体育和竞技体育
# 发展，…" (cn-fyp-15, heldout2 joined, read as …建设统筹), "（二）聚焦服务民生，加快推动旧区改造和历史建筑修缮更新|
# 全力推动旧区改造。" (hp-heritage-14, heldout2), "…增强绿色发展动能|全力做好污染防治工作。", "…加快建设现代化人民
# 城市|持续优化城市体系。" (yn-gov-report-2026, heldout3), "智驾之都--建设国家级“车路云一体化”应用试点城市|统筹推进
# 车、路、云…" (sd-scenario-innovation-2025, heldout7), "创新大数据中心体系构建|统筹围绕国家重大区域发展战略，…"
# (nat-bigdata-center-2020, heldout10). The adverbs the openers do not name already (ADVERB_BEFORE_OPENER's 着力,
# 大力, 进一步… are openers themselves), right before an opener; no title ends with one.
# ADVERB_AS_OBJECT (seg59): 统筹 is a noun too, the object of a title that opens with a verb of strengthening: "（二）
# 加强资金统筹|健全水务工程项目与长效管理的资金投入增长机制，…" (cm-water-14 joined) ends after its 统筹. The cut of a
# two-clause title's second clause moves before such an adverb as well (COUPLET_TITLES, UNEVEN_COUPLETS: "…加快建设
# 现代化人民城市|持续优化城市体系。", not "…城市持续|优化…").
ADVERB_OPENS_SENTENCE = ("统筹", "全力", "持续", "不断")
ADVERB_AS_OBJECT = ("统筹",)
ADVERB_AS_OBJECT_VERBS = ("加强", "强化", "注重", "做好")
# A 一、/（一） heading whose paragraph break was lost in a text read inline (its title glued to the
# first sentence, no mark between: "二、成员单位联席会议由交通运输部…组成", "三、议事规则联席会议实行全体会议
# 和专题会议制度。") often shows no opener: its title ends right after the noun that heads the
# titles of such documents' parts (成员单位, 议事规则, 工作要求, 主要职责, 总体要求, 配套措施), from
# GLUED_TITLE_MIN characters in, unless the title goes on with a conjunction or a 的 ("主要目标和任务",
# "工作要求的落实"). The nouns are the parts' kinds, which no sentence opens with after a title.
# 范围 heads the scope part of guidance documents ("（四）定义和支持范围气候投融资是指…", 适用范围, 规划范围);
# 范围内 / 范围外 go on as one word.
# (one20) 行动 heads the parts of a 行动方案 ("四、车网互动规模化应用延伸行动|探索反向送电价格机制，…",
# "五、充电运营服务提质行动|一是…", yn-ev-charging-doubling-2026 joined); 行动计划 / 行动方案 / 行动纲要 /
# 行动起来 go on as one word.
# PROCEDURE_HEAD_NOUNS (join29): the parts of a notice, a call or a rule set that say how, on what terms and to whom
# are headed by 流程, 条件, 对象, 方法, 程序, and read inline their first sentence runs on with no opener: "（一）选取
# 流程|每年底确定下一年度保底售电公司" (hn-default-retail-2025), "二、补贴对象|山东（济南）人工智能岛…"
# (jn-ai-island-subsidy-2023), "四、实施流程|方案…", "（二）用户参与条件|具备一定负荷响应能力"
# (tj-demand-response-2021), "三、体检方法|采用2019年统计数据" (nat-city-checkup-2020), "二、申领方法|第一步：…"
# (all joined). 条件下, 流程再造 / 流程图, 程序化, 方法论 go on as one word (HEAD_NOUN_WORD_SPLITS). Not 依据: it
# opens sentences as a verb too ("生态修复优先序|依据…", bj-eco-restoration-2035 joined, lost its title so).
PROCEDURE_HEAD_NOUNS = ("流程", "条件", "对象", "方法", "程序")
TITLE_HEAD_NOUNS = (
    "要求", "职责", "规则", "单位", "内容", "措施", "原则", "目标", "任务", "思想", "范围", "行动",
    *PROCEDURE_HEAD_NOUNS,
)  # fmt: skip
TITLE_HEAD_GOES_ON = "和与及、的，"
# A head noun's last character may start a word with the next one: "制订气候项目标准以应对…" is 项目|标准,
# not 目标 (HEAD_NOUN_WORD_SPLITS, head noun → characters that make such a word after it).
HEAD_NOUN_WORD_SPLITS = {
    "目标": "准", "范围": "内外", "行动": "计方纲起者指", "情况": "下", "问题": "导",
    "条件": "下", "流程": "再图", "程序": "化", "方法": "论",
    "目的": "地", "方式": "方转", "期限": "内",  # (join44) INLINE_PART_HEAD_NOUNS
    "背景": "下资材音图板墙色说看介",  # (join49) INLINE_PART_HEAD_NOUNS: 背景下, 背景资料, 背景说明, 从…背景看
}  # fmt: skip
# HEAD_NOUN_PAIR (join26): two head nouns in a row are one compound head, the title's end after the second: "“十五五”
# 时期主要目标任务|今后五年，…" (six 2026 government reports joined, zj/jl/he/gz/yn/hefei: each was cut to "…主要目标",
# its 任务 sent to the sentence).
# RESTATED_SUBJECT: a glued sentence often opens by restating the title's subject, then 要: "第三节健全
# 综合交通体系|交通建设要统筹规划，…", "优化能源结构|能源建设要…", "提高东部地区的发展水平|东部地区要在…":
# the title ends where a short noun phrase that starts with two characters of the title runs into 要.
# Round 13: a subject of six characters too ("…建立有效的电力安全应急机制|电力系统运行要坚持…").
RESTATED_SUBJECT = re.compile(r"(?P<subject>[\u4e00-\u9fff]{2,6}?)要")
# RESTATED_SUBJECT_COPULA: or the sentence opens by saying what that subject is or bears on - a longer noun phrase
# starting with two characters of the title, then 是 / 事关 / 涉及 / 关系 ("一、高度重视电力设施保护工作|保护电力设施
# 安全是保证电力系统安全稳定运行…的基础", "一、加强法规建设，切实落实电力安全生产责任制|电力系统安全和应急处置事关
# 国家安全…", round-13 one-line 国务院办公厅 crawls): the title ends where that phrase starts.
RESTATED_SUBJECT_COPULA = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:是|事关|涉及|关系)")
# RESTATED_SUBJECT_ROLE (join26b): or it opens with that subject, then what the subject must do or is - 应 / 应当 /
# 须 / 将 / 负责 / 作为 / 由 - as the provisions of a guideline or a notice read inline do: "（二）落实专区运营主体
# 责任|运营单位作为专区运营主体，…", "（二）建立数据使用备案制度|数据专区应建立数据使用备案制度", "（四）加强专区安全
# 合规监管|专区监管部门负责监督…" (bj-data-zone-2022 joined), "（三）样本量估算|样本量一般…" (nat-pathology-ai-
# review-2023 joined). 应 opening a word (应急, 应用, 应对, 应变) is no modal; the subject is short (2-8 characters).
RESTATED_SUBJECT_ROLE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:应当|应(?![急用对变])|须|必须|将|负责|作为|一般|由)")
# 把 fronting an object opens a sentence, not a title ("第三节积极合理有效地利用外资把吸收外商直接
# 投资作为利用外资的重点": the title ends before 把); 把握 and 把关 are words of titles (准确把握…).
OBJECT_FRONTING_OPENER = re.compile(r"把(?![握关])")
# DEADLINE_OPENER: a deadline opens a sentence of work, not a title's last words ("二、切实减轻企业税费负担|2013年
# 年底前，财政部…要对…进行清理", "（一）地方生态环境部门|2020年10月底前，各省级…", round 12): a year, a month
# perhaps, then 年底/底/前/内 where the title would end.
# AS_OF_OPENER (join26b): so does the date a sentence's figures stand at, 截至 then a year, its month and 底 / 末
# perhaps ("（二）私人小型载客汽车保有量|截至2023年末，…", fl-energy-station-2023 joined; "数字乡村建设迈向规模化部署
# 阶段|截至2022年底，…", nat-digital-china-report-2022 joined): the title ends before 截至, not at the year after it.
DEADLINE_OPENER = re.compile(
    r"截至(?:19|20)\d\d年(?:\d{1,2}月)?(?:年底|底|末)?|(?:19|20)\d\d年(?:\d{1,2}月)?(?:年底|底|前|内)"
)
# CITED_DOCUMENT_SUBJECT (fix34seg, round 34): a part of an opinion on a higher document opens its first sentence with
# that document's short name as the subject, "《决定》是新中国成立以来…" ("一、充分认识加快我省水利改革发展的
# 极端重要性和紧迫性|《决定》是…", gs-water-reform-opinion-2011, a PDF's text run into one line), "《规划》提出…",
# "《纲要》明确…":
# the title ends before the name. A title that cites the document governs it with a verb ("贯彻落实《纲要》提出的任务",
# "学习《条例》精神"): after such a verb, or with 的 after the verb, the name is the title's.
CITED_DOCUMENT_SUBJECT = re.compile(
    r"(?<![彻实习照据行施传宣读])《[^《》\n]{1,20}》(?:是|(?:提出|明确|指出|强调|要求)(?!的))"
)
# AS_OF_WORDS_BEFORE_CUT (join27): a short title's sentence may open with 截至 (到) before its date, 截至 standing
# within the title's first GLUED_TITLE_MIN characters where no opener is looked for: the date after it is found
# instead and the title kept the word ("2.2.3 充电站截至|2024年6月底，涪陵区已建成…", fl-energy-station-2023
# joined). No title ends in such a word: a cut right after one goes back before it.
AS_OF_WORDS_BEFORE_CUT = ("截至", "截止", "到")
AS_OF_TITLE_MIN = 2
# PREPOSITION_BEFORE_CUT (join42): nor in the preposition 对 that leads the sentence's object: a cut right after it (the
# sentence restating the title's words: "…技改项目激励对|智能网联新能源商用车动力电池…给予贴息",
# cq-icv-truck-measures-2025 joined, its 给予 past the heading's length) goes back before it. 对 ending a word (应对, 面
# 对, 核对…: PREPOSITION_WORD_HEADS) ends titles ("风险应对").
PREPOSITION_BEFORE_CUT = "对"
PREPOSITION_WORD_HEADS = "应面核比相针绝反校"
# RESTATED_TITLE_WORDS: the first sentence often opens by restating RESTATED_TITLE_WORDS_MIN or more characters
# of the title's object, not right after it ("一、建立和完善煤炭行业管理工作协调机制|煤炭行业管理涉及面广，…",
# round 12; the adjacent repeat "加强水利建设水利建设要…" is GLUED_TITLE's own): the title ends where they start again.
# More than two words: a title may repeat one two-word noun itself ("加强基础研究和应用基础研究", heldout2).
RESTATED_TITLE_WORDS_MIN = 5
# RESTATED_AFTER_SUBJECT: or its opening words after a subject of one or two characters ("五、防雷和接地|电站防雷和接地
# 应符合《…》的相关规定", round 12 PDF text): the title ends before that subject.
RESTATED_AFTER_SUBJECT = 2
# RESTATED_TAIL_AFTER_QUALIFIER (fixjoin60, round 60): or the title's last words after a short qualifier naming what
# they are of: "二、调整后缴存基数下限|住房公积金缴存基数下限标准分为三档:第一档，…"
# (harbin-provident-fund-base-floor-2025 joined, a notice of three stand-alone parts; round-60 gold 调整后缴存基数下限)
# was cut as 调整后缴存基数下限住房公积金 before the restated 缴存基数下限. Where the restated words
# (RESTATED_TITLE_WORDS_MIN characters at least, read as far as they go on alike) end earlier in the title, at most
# RESTATED_TAIL_QUALIFIER_MAX characters before the cut and with no clause mark between, the title ends there and the
# qualifier opens the sentence; words ending in a part's head noun there end the title themselves ("加强煤炭行业管理协调
# 机制|煤炭行业管理…"). Not the title's opening words: those restated are SUBJECT_BEFORE_WHOLE_TITLE's ("区属市实验性
# 示范性高中名额分配|区属市实验性示范性高中的名额分配…", heldout56).
# A qualifier of RESTATED_TAIL_QUALIFIER_MIN characters at least: one or two are the title's own last word, "一、省级
# “基础教育精品课”遴选|“基础教育精品课”以微课形式呈现…" (sx-quality-lessons-selection-2022 joined, heldout38),
# and so are three, a title's last word being often a three-character one (现代化, 一体化, 标准化):
# "十、坚持走中国特色强军之路，全面推进国防和军队现代化|国防和军队建设正站在新的历史起点上"
# (nat-19th-congress-report-2017 joined, heldout) was cut before 现代化.
RESTATED_TAIL_QUALIFIER_MIN = 4
RESTATED_TAIL_QUALIFIER_MAX = 5
# SUBJECT_BEFORE_WHOLE_TITLE (join56b, round 56): such a subject stands before the WHOLE title restated (电站 +
# 防雷和接地); where the sentence restates only the title's opening words and then goes its own way, the one or two
# characters before them are the title's last word, and the title ends after them (the plain restatement,
# RESTATED_OPENING_WORDS): "2.区属市实验性示范性高中名额分配|区属市实验性示范性高中的名额分配招生计划占…"
# (sh-hs-admission-reform-measures-2021 joined, cut at 名额|分配 as if 分配 were a subject), "①九年一贯制直升入学|
# 九年一贯制学校小学应届毕业生直升本校初中" (xc-compulsory-edu-enrolment-2020 joined, cut at 直升|入学). A period
# after 本 is a subject still ("…考务工作本|年度人机对话考试的各专业具体时间…", bj-health-title-exam-2016,
# TIME_WORD_BEFORE_CUT). (headings.py, _restates_title)
# OPENER_BEFORE_RESTATED_OPENING (seg57): the one or two characters before the title's opening words restated are no
# title's last word where they open the sentence: a verb of work or of means that takes the restated words as its
# object, or a determiner of the occasion ("一、绿化建设增存并举|推动绿化建设增量提质，…", pt-greening-15 joined;
# "（二）非结构蛋白抗体检测|采用非结构蛋白（NSP）抗体ELISA方法进行检测", nat-animal-disease-monitoring-plan-2021 joined;
# "清理整顿工作的组织领导|这次清理整顿工作政策性强，…", nat-social-org-1997 joined). The title ends before them, as
# SUBJECT_BEFORE_WHOLE_TITLE's subject. Words that end a title (分配, 入学, 检测…) are none of these. (headings.py,
# _restates_title; the openers of SENTENCE_OPENERS / INLINE_SENTENCE_OPENERS count too)
OPENER_BEFORE_RESTATED_OPENING = ("采用", "利用", "运用", "这次", "此次", "本次", "这项", "此项", "本项")
# RESTATED_SUBJECT_NOT_ATTRIBUTIVE (join42): no such subject holds 的 or the preposition 对 (headings.py,
# _restates_title).
RESTATED_SUBJECT_NOT_ATTRIBUTIVE = "的对"
# RESTATED_OPENING_WORDS (seg28): or the title's own first words, RESTATED_OPENING_WORDS characters of them, as the
# subject the sentence is about: "一、竞赛时间和参与对象|竞赛时间为2020年10月20日至11月20日。"
# (nat-enforcement-quiz-2020, round 23, a one-line mee.gov.cn notice). Four characters are two words, a noun phrase,
# not one verb a title may use twice.
RESTATED_OPENING_WORDS = 4
# RESTATED_AS_THIS (seg28): or the title's last word, its head noun, after 本 / 该 ("this"): "（一）“匹配对战”模式|
# 本模式每人每天最多参加5轮次，…", "（二）“每周一测”模式|本模式每人每周最多参加1次" (nat-enforcement-quiz-2020,
# round 23): the sentence names the thing the title names. RESTATED_AS_THIS_CHARS characters of the noun, ideographs.
RESTATED_AS_THIS = re.compile(r"[本该](?P<noun>[\u4e00-\u9fff]{2})")
RESTATED_AS_THIS_CHARS = 2
# REPEAT_NOT_DIGITS (seg28): digits that repeat are a number's, not a title restated: "…竞赛时间为20|20年…" was cut
# inside the year 2020 (nat-enforcement-quiz-2020) by the adjacent-repeat sign (TITLE_REPEAT_FIRST).
# RESTATED_AFTER_YEAR (lead, session 28): or its last words after the year the sentence opens with: "一、统一宣传主题|
# 2020年六五环境日宣传主题为…" (mee-envday-2020, a one-line mee.gov.cn notice of lineage9; before REPEAT_NOT_DIGITS the
# repeated "20" cut it inside the year, after it the title ran on to the sentence). RESTATED_OPENING_WORDS characters
# of the title's end stand again within RESTATED_AFTER_YEAR_GAP characters after "20XX年".
RESTATED_AFTER_YEAR = re.compile(r"(?:19|20)\d{2}年")
RESTATED_AFTER_YEAR_GAP = 12
# RESTATED_LISTED_OPENING (fix22seg, round 22): a part's title that opens with a list of nouns, glued to a first
# sentence that opens with the same list, ends where the list starts again: "二、先进集体、先进个人候选对象推荐条件|
# 先进集体、先进个人的评选应满足以下3个条件。", "三、先进集体、先进个人候选对象申报推荐|先进集体、先进个人候选对象由…"
# (nat-eco-civilization-award-2022, a ministry's notice on one line). The list's first noun (GLUED_TITLE_MIN to
# RESTATED_LISTED_WORDS_MAX characters) and its 、 come again with no clause mark before them.
RESTATED_LISTED_WORDS_MAX = 8
# RESTATED_AFTER_BRACKET (join27): a title that ends in a bracket (a standard's code in a standards guide, a note)
# glued to a sentence that opens with the title's first words ends after the bracket: "1.智能控制系统标准（CIBA）|智能
# 控制系统标准主要规定有色金属行业…", "（三）智能工厂标准（CIC）|智能工厂标准分为设计建设、…" (nat-nonferrous-std-guide-
# 2023 joined: the bracket kept the repeat from standing right after the title, TITLE_REPEAT_FIRST). The title's first
# RESTATED_AFTER_BRACKET_WORDS characters stand again right after its closing bracket, no clause mark before it.
RESTATED_AFTER_BRACKET_WORDS = 4
RESTATED_AFTER_BRACKET = re.compile(r"[^，。；：！？、（）]{2,30}?（[^（）。；，]{1,20}）")
# OPENING_AS_LABEL (fix22seg, round 22): a part's title glued to a field label that repeats the title's first
# word ends before the label: "四、联系人及联系方式|联系人：生态环境部王之正 赵军通信地址：…"
# (nat-permit-spec-projects-call-2018, a ministry's call on one line). The word is two to four characters, the
# title clause-free up to it.
OPENING_AS_LABEL = re.compile(r"(?P<title>(?P<word>[\u4e00-\u9fff]{2,4})[^。；，、：:\s]{1,30}?)(?P=word)[：:]")
# YEAR_OPENING_NOT_RESTATED (session 20): a title that opens with a year is not restated by a sentence that opens with
# the same year ("三、2026年重点工作|2026年是中国共产党成立105周年，…", a provincial government report joined onto
# one line, cut at "2026年重点|工作2026年是…" as if 工作 were the sentence's subject): the year dates the sentence
# (INLINE_DATE_OPENER reads it), it restates nothing.
YEAR_OPENING = re.compile(r"(?:19|20)\d\d[ ]*年")
# A chapter-style marker opening a line is a heading even where the glued title's end shows no
# repeat and no opener: rather than losing the section, its title is the first clause, when
# that clause is at most GLUED_TITLE_MAX characters long.
# NUMBERED_PARAGRAPH_COUNTS: a numbered line whose title lost its line break and runs into its paragraph
# ("19.精准配送面向厂内物流配送等业务活动，针对…" among stand-alone "18.智能仓储" / "20.危险作业自动化", round 12)
# is read as no heading, but it still holds its number: the next heading of its style, numbered on across
# the parts, continues from it (20 after 18, 19 opening a line in between, at most NUMBERED_PARAGRAPH_LOOKBACK
# lines above), where it was refused as a paragraph's list with every sibling after it. Only for a title standing
# alone on its line: run-in entries ("（3）加强工资基金的管理，…。") skipping a number are a paragraph's list.
NUMBERED_PARAGRAPH_LOOKBACK = 20
# UNTITLED_FIRST_ENTRY: a run of titled run-in entries ("2.加快推进辅助驾驶标准的制定。推进…" / "3.积极开展自动驾驶
# 标准的研究。…") may open with an entry that has no title of its own, one long sentence its whole paragraph ("1.全面
# 落实《标准体系建设指南》，针对其提出的重点项目，开展…全周期研究，确保…有序进行。"): read as no heading, it left the
# run opening at 2, refused as a paragraph's list, and every entry after it with it, so the section above held the
# lines of work of all its entries. Where a titled run-in 2. of a style not open follows a 1. of that style opening
# its own line (the nearest numbered line above, at most NUMBERED_PARAGRAPH_LOOKBACK lines up) that is one sentence
# longer than a run-in title, not ending in a clause mark, the 1. is the run's first heading, titled by its
# sentence (as ONE_SENTENCE_PARAGRAPH titles a （一） paragraph), and the run goes on from it.
UNTITLED_FIRST_ENTRY_STYLES = ("arabic", "paren-arabic")
# FIRST_ENTRY_UNDER_PART_ABOVE (fix34seg, round 34): measures numbered 1.…36. across a plan's parts may open
# with a 1. that has no title of its own, one paragraph under the part before: "一、目标任务" / "1.以党的先进性和
# 纯洁性建设为主线，…提供坚强的组织保证。" / "二、思想理论武装行动计划" / "2.强化党性教育。坚持…（牵头单位：…）"
# (a city committee's opinion stored as HTML in an SQL dump, gz-party-building-innovation-2012; round 34's gold:
# 2.…36. level-2 titled run-in headings, 1. a clause). The 2. opened no run (a list opening at 2) and every
# measure after it was lost. Where a titled run-in 2. of a style not open follows, across the one part heading
# above it, a 1. of its style opening its own line (at most NUMBERED_PARAGRAPH_LOOKBACK lines up), the run goes on
# from that 1.; the 1. stays no heading.
FIRST_ENTRY_UNDER_PART_ABOVE_STYLES = UNTITLED_FIRST_ENTRY_STYLES
# A numbered line ending in a clause mark is an item of an enumeration, not a heading:
# "（1）初判为特别重大或重大突发环境事件；" / "（2）可能造成国际影响的…；".
LIST_ITEM_END = "；;，,"
# A run of at least this many numbered lines in sequence, one right under the other with no text
# between them, each one whole sentence ending in LIST_SENTENCE_END, is a list announced by the
# line above it, not a run of headings: headings have text of their own under them.
# "（二）符合下列要求的社会团体予以保留。" / "1.遵守国家法律法规和有关政策规定，依照章程开展活动。" /
# "2.有规范的名称。" / … / "10.法人社会团体还应具备：".
LIST_RUN_MIN = 3
# LOST_NUMERAL_ITEM: in an OCR'd list some items lost their numeral ("、工农业生产，在提高经济效益的前提下，计划
# 平均每年递增4％…。" between "一、…。" lines of the 六五 plan's 基本任务, round 14): a one-sentence line opening
# with a bare 、 is an item of the run whatever its number, and the run goes on past it.
LOST_NUMERAL_ITEM = re.compile(r"^、(?=[\u4e00-\u9fff“])")
# RUN_UNDER_HEADING: a run of such lines standing right under a heading line (no sentence mark at its
# end) has nothing announcing it: those are the heading's sub-headings with their text lost (a page's
# figures: "四、车辆涂装样图" / "（一）小型车辆涂装样图。" / "（二）中型车辆涂装样图。" / "（三）大型…。",
# the pictures gone; heldout6 gold: a stand-alone （n） ending with 。 is a heading), not a list. Only
# for （n） runs: "1.…。" and "D.1.1 …。" lines under a heading are its provisions and clauses.
RUN_UNDER_HEADING_STYLES = ("paren-cn",)
# MATERIALS_LIST: unless the heading names the documents to hand in - "五、申报材料" / "（一）…补贴资金申请表。"
# / "（二）年度…情况报告。" / "（三）其他需要证明的材料。" (a subsidy's or programme's rules, round 11):
# its one-line entries are that list's items (申请材料, 报送材料, 所需材料, 材料清单), not sub-headings.
MATERIALS_HEADING = re.compile(r"材料(?:清单|目录)?[：:]?$")
# MATERIALS_LIST_APART (seg29): so are they where a note stands between them, the run broken: "二、申领所需材料" /
# "（一）申领人本人有效身份证件原件。" / "法定监护人代16周岁以下的未成年人…办理的，还需提供…原件。" / "（二）申领人社会
# 保障卡（以下简称社保卡）相片回执号。" (gz-social-security-card-guide-2026, heldout25; gold: list items). Every entry
# right under the materials heading one clause ending at 。 on its line, at least MATERIALS_LIST_APART_MIN.
MATERIALS_LIST_APART_MIN = 2
# MATERIALS_LIST_BY_KIND (fixseg60, round 60): a materials heading may group the list by the kind of
# application, one （n） per kind, each over its own numbered list: "三、申报材料" / "（一）申报商业企业
# 升级改造项目" / "1.商业企业升级改造项目申报书、项目支出明细表、项目可行性报告、项目支出明细表
# （附件3）。" / "2.项目申报单位简介。包括项目申报单位营业执照（副本）复印件、…" / "3.项目支撑材料。
# 项目竣工验收单或…" (bj-mall-district-upgrade-projects-2026, heldout60 gold: list items; 2. and 3.
# were read as level-3 run-in headings). Where the first entry of such a list is a bare document's name,
# its 。 alone after it (as MATERIALS_LIST_APART's entries), the list is one of documents, and its later
# entries naming a document before what it holds are documents too (the gold marks that doubtful). Only one
# level down, under a sub-part of the materials heading, and only for the 1. style.
MATERIALS_LIST_BY_KIND_STYLES = ("arabic",)
LIST_SENTENCE_END = "。；;：:"
# LEAD_SENTENCE_LIST: a body sentence that ends in a colon announces a list, and the items numbered
# from 1 right under it (in the item styles, one level below what is open) are that sentence's
# list, not sub-headings: "五年计划对钢铁工业在生产上有如下要求：" / "（1）积极地扩大钢和钢材的新种类产品" /
# "（2）提高优质钢在钢的总产量中的比重" (a PDF text whose sentences stand one per line, so its
# items end in no 。), when the first item has no paragraph of its own (the second stands right
# under it, or no blank line sets it off in a text whose paragraphs blank lines set off - at least
# one blank line for every two with text; elsewhere a blank line is a page break), nor by a line
# under it that ends a sentence (PARAGRAPH_END: a paragraph of its own, as a Word text has, one
# paragraph a line): "主要表现在：" / "1.企业研发投入逐年增加" / a paragraph / "2.…" are headings.
PARAGRAPH_END = "。！？"
# QUOTED_PARAGRAPH_END (seg40, after round 31's score): a news report's paragraph may end in a quotation closed after
# its full stop: "…规划上一定要对接上。”" / "需与中心城区等高对接" is no paragraph's end but a sub-title between two
# paragraphs (hf-planning-news-2011, heldout31: its sub-titles around quoted paragraphs were lost). A closing quote
# right after a sentence's end ends the paragraph as the mark does.
QUOTED_PARAGRAPH_END = re.compile(r"[。！？][”’」』]$")
# KEYWORD_GROUP_LINE (seg40, after round 31's score): a newspaper's report groups its sub-titles under keyword
# lines, "关键词：水文章、绿文章" / "打包做透水文章" / paragraphs / "合肥正进行“绿道梳理”" / … / "关键词：交通" /
# "需与中心城区等高对接" / … (hf-planning-news-2011, heldout31, a 合肥 paper's report on a district's planning;
# round-31 gold: the keyword lines level-1 headings titled whole, the sub-titles level 2 under them). A line that is
# nothing but the 关键词 label and a few words (no sentence mark) heads the sub-titles after it up to the next one;
# one such line (a paper's keywords under its abstract) is no group: at least KEYWORD_GROUP_MIN of them.
KEYWORD_GROUP_LINE = re.compile(
    r"^[ \t\u3000*【\[]*关键词[】\]]?[ \u3000]*[：:]?[ \u3000]*[^\s。！？；;，,：:][^。！？；;：:]{0,19}$"
)
KEYWORD_GROUP_MIN = 2
# ENTRY_OVER_OWN_ITEMS (seg40, after round 39's score): a lead's first entry with items of its own right under it,
# numbered 1 in another item style, heads them: "资助项目：…贵州省增加以下教育精准扶贫学生资助项目:" /
# "1.普通高中（1900元/生•年）" / "（1）扶贫专项助学金，标准为1000元/生•年；" / … / "2.中职学校（一、二年级）
# （1900元/生•年）" (gz-changshun-education-aid-2017, heldout39; round-39 gold: the school levels headings, their
# aid items list items). A list's line holds no list. Only an entry that is a title, no sentence or clause mark on
# its line: "（1）初创企业的法定代表人…符合以下条件之一：" / "①普通高等学校…" is a condition that announces its
# own list (yx-graduate-startup-subsidy-2025, heldout20).
ENTRY_OVER_OWN_ITEMS_NOT_TITLE = re.compile(r"[，,。；;：:！？!?]")

# The list goes on while its numbers come in sequence. A heading line ending in
# a colon ("（三）主要任务：") heads its items as usual, and so does a sentence above run-in headings
# ("…主要表现在以下四方面：" / "1．已有设施标准偏低。对照…": titled parts, not a list's lines).
LEAD_SENTENCE_END = "：:"
# ANNOUNCING_LEAD_ENTRIES (seg52): a numbered line that only announces the list below it, its whole line a lead
# ending in a colon with 以下/如下 naming what follows, is a clause of its list, not a heading, when nothing under it
# is a heading: "1.申请“仅报废国四”货车补贴提交以下材料：" / "（1）…" (bj-old-truck-scrappage-rules-2026, heldout50),
# "（一）初次投放的经营者，按以下程序办理：" (bj-shared-bike-supervision-2026, heldout47), "2.以下情况需要办理跨省
# 转移：" (gz-unemployment-faq-2025, heldout17); the gold marks them `kind: clause`. A lead announcing conditions
# stays, the gold is split on those ("（二）普通高中学生取得毕业资格，必须同时具备以下条件：",
# zj-hs-curriculum-reform-2012, a level-4 heading; "（二）补贴对象为同时满足以下条件的消费者"), and so do 以下简称
# and a 以下 of an age or rank.
ANNOUNCING_LEAD = re.compile(r"(?<![\d岁级及省])(?:以下|如下|下列)(?!简称|条件)")
# COPULA_LEAD_ENTRIES (seg53): a lead may announce its list by its copula alone, the colon ending the line right after
# 是, as surely as by 以下/如下: "（2）以加强教科研为突破口搞好学术环境建设，具体做法是：" / "①加强教师教科研意识，…" …
# "（3）以搞好各类课外活动为突破口优化校园文化环境，具体做法是：" (sx1z-fyp-2010, heldout31; the gold titles neither).
# Only a whole line so (a run-in "（四）电力体制改革的指导思想是：…" keeps its paragraph on its line,
# nat-power-reform-2002's gold heading), only a sentence's length (at least COPULA_LEAD_MIN characters: a label
# "实事求是" ends in 是 too). Not 包括: a requirement part is titled so, "二、企业网络安全保障要求至少包括："
# over its unread items (nat-icv-access-guide-2021, a unit of the lineage10 set), as is "1.本实施细则给予补贴的对象
# 包括：" (heldout50's clause).
COPULA_LEAD = re.compile(r"是[：:]?$")
COPULA_LEAD_MIN = 8
# LONE_ENTRY_AMONG_CLAUSES (seg53): a list is judged as a whole, and an entry that is the only one of its list read as
# a heading, run-in titled by its first sentence while the next entry on its own line goes on as a clause, is a clause
# of that list too: "一、购买本市新建商品住房可提取住房公积金支付首付款。本市缴存人及其配偶可…" / "二、自本通知实施之日
# 起至 2025 年 2 月 28 日，养育至少有一名未成年子女的…" (dg-hpf-withdrawal-notice-interp-2023, heldout52: the notice's
# four clauses), "1.符合补贴条件的车辆所有人通过第三方交易办理平台申请补贴。“仅报废国四”…" / "2.车辆所有人需清晰、
# 完整、准确填报相关信息…" (bj-old-truck-scrappage-rules-2026, heldout50); neither gold titles them. Only a leaf, no
# sibling of its style read as a heading, and the next number of its style opening a line before its list's next
# heading. LONE_ENTRY_NAMED_ELSEWHERE: an entry titled as another heading of the text names one of the kinds the text
# is divided by, a title beside a sibling clause: "（一）教育部门办幼儿园" under 招生方式, then under 资格审核 "1. 教育
# 部门办幼儿园。5月24日至…" / "2.国有企业、事业单位…的资格审核方式尽可能采用信息化手段进行，减少线下办理。"
# (th-kinder-admission-2026, heldout13 gold: 1. a level-3 heading, 2. a clause).
LONE_ENTRY_AMONG_CLAUSES = True
# LONE_SENTENCE_LINE_AMONG_CLAUSES (seg55, heldout54): so is such an entry whose first sentence fills its
# line, the paragraph going on below it, when that sentence is longer than a run-in title (RUN_IN_TITLE_MAX):
# "一、深圳湾口岸港方口岸区范围包括港方查验区和与之相连接的深圳湾公路大桥部分桥面。" / "港方查验区总用地
# 面积为41.565公顷（…）。" / "二、深圳湾口岸港方口岸区的土地使用权，由香港特别行政区政府同…签订国有土地
# 租赁合同，…" (nat-shenzhen-bay-port-reply-2006, a State Council reply, heldout54 gold: both clauses, only its
# two 附件 headings). A short line ("一、加强组织领导。") is a title line standing over its paragraphs.
LONE_SENTENCE_LINE_AMONG_CLAUSES = True
# UNTITLED_NOTICE_PROVISIONS (fixseg54, round 54): a short notice whose only numbered parts are its provisions
# 一、…三、, each opening straight with its content, has no heading at all (heldout5 rule): "一、日军遗弃化学武器是
# 历史遗留问题，敏感性、专业性较强，情况复杂。因此，…" / "二、要加强对日军遗弃化学武器的调查取证工作，设法查找…" /
# "三、对已发现的日军遗弃的化学武器，其技术处理…由军队各级防化业务部门负责。…" (nat-abandoned-chemical-weapons-
# notice-1996), "一、提高住房公积金贷款最高额度，夫妻双方缴存…为 55 万元，单方缴存的为 45 万元。具体…" / "二、支持异地
# 缴存职工来我市购买住房，缴存互通互认，…可在我市申请住房公积金贷款。" (aq-housing-fund-loan-opinion-2022), both
# heldout54 gold: empty heading lists. Judged for the text as a whole: every heading read is a 一、 leaf titled by its
# whole first sentence up to 。 broken into clauses (UNTITLED_ENTRY_BREAKS), most of them longer than a run-in title
# (RUN_IN_TITLE_MAX; 一、 above is 30 characters), at least UNTITLED_NOTICE_PROVISIONS_MIN of them. A notice of
# titled parts ("一、加强组织领导。…") or with points under its parts keeps them, and so does a title whose clause
# marks stand inside its brackets: "一、科教惠民工程(項目6個,其中基建工程類5個、“小而美”事項類1個)。主要是…"
# (wuzhou-ten-projects-2024-trad, heldout46 tasks: its five 工程 are the task items).
UNTITLED_NOTICE_PROVISION_STYLE = "cn"
UNTITLED_NOTICE_PROVISIONS_MIN = 2
# UNTITLED_NOTICE_PROVISIONS_MOSTLY (fixseg59, round 59): the provisions are judged as a list, as a whole
# (heldout6/56/58): a few that open with a short title-like sentence among mostly untitled ones do not make the list
# titled. "一、加强项目监管，加快房源入市。全面建立…" / "四、加强市外迁入人员户籍管理。严格户口迁入政策…" beside "五、
# 严禁销售炒作，对参加楼盘摇号的人数应进行有效控制，优先限购区域内首套刚需购房者摇号、购房。…" / "六、住房公积金缴存职
# 工在限购区域内购买商品住房申请住房公积金贷款的，贷款额度与缴存额度严格挂钩，…。" / "八、对符合我市人才引进条件的，其
# 购房资格…可不受上述限制，但须获得市组织人事部门的认定。" (changsha-housing-regulation-notice-2018, heldout59 gold:
# ten clause items, no heading; three titled among the seven read as headings kept all of them, 0.000;
# UNTITLED_NOTICE_PROVISIONS wants every one clause-broken). Each provision is judged by its first sentence up to its
# 。 (or the ： of a lead): untitled when longer than a run-in title and clause-broken; a title read cut inside that
# sentence ("六、住房公积金缴存职工|在限购区域内…", a subject cut) is judged by the whole sentence
# (SENTENCE_OF_CUT_TITLE). The sign that the list holds clauses is a provision that is a paragraph of one sentence,
# nothing after its 。 and the next provision on the next line - a heading over no text is none: at least
# MOSTLY_UNTITLED_ONE_SENTENCE_MIN of them. Only on lines, each provision alone on its line: a notice read from one
# line whose provisions each open with a clause-broken sentence but for one (nat-eco-enforcement-list-2020,
# nat-beijing-pollution-reply-1999, one-line cells; heldout5/6 gold: the provisions inline level-1 headings titled by
# their first sentence) shows no such paragraph, and is left to UNTITLED_NOTICE_PROVISIONS. A provision read as a
# title line with no sentence on it ("一、总体要求" over its paragraphs) keeps them all, and so does a notice of
# mostly short titled provisions ("一、加强组织领导。…", heldout58: measures titled by one short sentence are inline
# level 1).
MOSTLY_UNTITLED_ONE_SENTENCE_MIN = 2
UNTITLED_NOTICE_SENTENCE_ENDS = "。：:"
# ENTRIES_ACROSS_GROUPS: headings restart their numbering under each parent; entries numbered on
# across the groups that hold them are the rows of one list (an indicator table written as text:
# "（一）一体化政务服务平台建设（3分）" / "1．除涉密…全程网办。（6月底完成，牵头考核单位：…）" / "2．…" /
# "（二）政务服务便民热线升级（2分）" / "3．全面提升…"), not sub-headings, when the numbering goes on
# into a new parent at least ENTRIES_ACROSS_GROUPS_MIN times, no entry has headings under it, and
# most of the groups carry their score (GROUP_SCORE: "（3分）", an assessment's indicator table).
# Plans that number their titled tasks across groups without scores ("（一）统筹两个市场，打造加工制造
# 中心。" / "1.拓展两个市场。…" / … / "（二）推动创新创业…" / "6.促进研发创新。…") keep them as headings.
# ENTRIES_NUMBERED_ON_UNREAD (fixseg42, round 42): a list numbered on across the parts that hold it is one list of
# items, judged as a whole (heldout6/23): "一、深化党中央机构改革" / "1.组建国家监察委员会。同中央纪律检查委员会…"
# … "20.将中央防范…职责划归中央政法委员会、公安部。" / "二、深化全国人大机构改革" / "21.组建全国人大社会建设委员会。"
# … "60.武警部队不再承担海关执勤任务。" (nat-institution-reform-digest-2018, heldout43 gold: sixty measures, items).
# The line reading takes no 21. under 二、 for a heading (the style restarts under each part), so the first part's
# run read as its headings stands alone: where the first line numbered in a run's style under the next part of its
# parent's style goes on from the run's last number (at least ENTRIES_NUMBERED_ON_MIN entries from 1. up, some lines
# between them read as none, no entry with headings under it), and no heading stands under that next part, the run
# is that list's, no headings - when that line is titled as they are, a short first sentence without a clause mark
# (ENTRY_NUMBERED_ON_TITLE): entries that go on as measure sentences are another kind ("1.深刻认识依法惩治
# 医保骗保犯罪的重大意义。…" … "二、准确认定医保骗保犯罪" / "4.本意见所指医保骗保刑事案件，是指…",
# nat-medfund-fraud-crime-2024, heldout13; hn-healthy-weight-2025, heldout31: gold judges each part's list by
# itself, the titled 1.…3. headings).
ENTRIES_NUMBERED_ON_STYLES = ("arabic", "paren-arabic")
ENTRIES_NUMBERED_ON_MIN = 2
ENTRY_NUMBERED_ON_TITLE = re.compile(rf"[ \t\u3000]*[^。；;！？!?，,：:\n]{{2,{RUN_IN_TITLE_MAX}}}。")
GROUP_SCORE = re.compile(r"[（(]\d+(?:\.\d+)?分[）)]$")
ENTRIES_ACROSS_GROUPS_STYLES = ("arabic", "paren-arabic")
ENTRIES_ACROSS_GROUPS_MIN = 2
# UNTITLED_ENTRIES: run-in entries numbered 1./1、 whose first sentence is a task's sentence, not a
# title - longer than a run-in title (RUN_IN_TITLE_MAX) and broken into clauses (UNTITLED_ENTRY_BREAKS)
# - are the items of a task list, not
# sub-headings (round-6 gold rule, the heldout5 rule for untitled provisions): "（一）医养健康产业数字
# 化转型" / "1.支持高水平建设国家健康医疗大数据中心（北方）；加快省市（县）全民健康信息平台建设，打造
# “互联网+医疗健康”示范省。（牵头单位：…）" / "2.全面推动…平台建设，推进…数据共享。完善…". The list is
# judged as a whole: all run-in entries of that style at one level (at least UNTITLED_ENTRIES_MIN,
# none with headings under it) go when most of them read so, the few that open with a short
# sentence included ("3.搭建数字化转型公共服务平台。加快…"); titled tasks ("1.巩固延伸特色产业。…",
# no run-in arabic title in the gold breaks into clauses) stay headings, and so do titles of two
# short phrases ("1.以人为本，安全第一。…", "1.对标规划，查找差距。…" / "10.完善四级法院统一的执行办案
# 系统，提升执行办案智能化水平。…", a court plan's 22 tasks, 8 of them longer).
# LISTS_UNDER_DECIMAL_OUTLINE: a standard, technical guide or contingency plan (预案) numbers its
# sections decimally ("1  总则" / "1.1  编制目的" / "2.1.1  指挥部职责", appendices "G.3.1"), and what it
# numbers （1）（2）… below them are the entries of a clause's list, whatever their length (dev and
# heldout gold, five guides and 预案: "3.2  …" / "（1）统一领导、分级负责。在国务院统一领导下…" /
# "（2）科学监测、预防为主。…"; "4.3  区域协同" / "（1）完善区域协调格局" on a line of its own): never
# sections. A （1） whose nearest numbered ancestor is a decimal heading (DECIMAL_HEADING_NUMBER)
# is dropped with what it holds; （1） under 一、/（一）/1. (a plan's outline) stays as it is.
LISTS_UNDER_DECIMAL_STYLES = ("paren-arabic",)
DECIMAL_HEADING_NUMBER = re.compile(r"(?:[1-9]\d?|[A-Z])(?:\.\d{1,2}){1,3}|[1-9]\d?")
# REQUIREMENT_ENTRIES: the entries 1./2./… under one heading (run in, or one sentence a line) most of
# whose first sentences state what shall or may be done (CLAUSE_REQUIREMENT's modal verbs: "1. 项目
# 牵头申报单位和参与单位应为…注册的科研院所…。" / "2. 项目（课题）负责人须具有高级职称…" / "3. …原则上应为…",
# a call for proposals' 申报资格要求, round-11 gold: clauses) are provisions, not sub-headings, at least
# REQUIREMENT_ENTRIES_MIN of them: judged per heading, as titled tasks elsewhere in the same text
# ("1. 网上填报。请各申报单位…") hold no such verb in their title.
# REQUIREMENT_ENTRIES_MIN: three are a list already ("（二）夯实建设条件。" / "1.申报项目应严格执行…规定，
# 并履行项目核准（备案）手续。已开工项目应…" / "2.申报项目应于2026年5月前开工并形成实物工作量。" /
# "3.项目已完工、…的项目不予以支持。", a call for projects, round 14 gold: clauses); a titled task list of
# three ("1.加强组织领导。…") states no requirement in its titles.
# SUBJECTLESS_CAPABILITIES: a short list whose entries open with the modal itself, naming no one who must act, lists
# what a product must be able to do ("1. 应能自动识别自动驾驶系统失效…" / "2. 应具备人机交互功能…" / "3. 应具有事件数据
# 记录系统…", an opinion on vehicle access, whose capabilities lineage10's gold judges as units carried on): such a
# list is judged from UNTITLED_ENTRIES_MIN entries on, as before.
REQUIREMENT_ENTRIES_MIN = 3
# REQUIREMENT_LISTS_ALIKE: a text that repeats one part under each of its headings ("（二）基本要求" under each of
# the eighteen 制度 of the core medical-quality rules, round 13) gives each its list of requirement sentences; a
# short list, or one whose sentences are half requirements ("1.…所有住院患者手术必须实施术前讨论…。" / "2.术前讨论的
# 范围包括…。" / "3.…方可开具手术医嘱…。" / "4.…应当记入病历。"), is such a list when the lists at its style and
# level, at least REQUIREMENT_LISTS_MIN of them, hold mostly requirements together.
REQUIREMENT_LISTS_MIN = 3
# SENTENCE_ENTRY: a run-in 1./1、 entry whose first sentence, up to its 。, is longer than a run-in title and
# broken into clauses is a provision, not a titled part, whatever its siblings are ("3. 国有企业、事业单位…办幼
# 儿园的集中报名时间原则上为6月2日至6月4日，报名方式由各园自定，…。" among "1. 教育部门办幼儿园小区配套园区。…",
# round 13; "1.申报项目应严格执行国家及本市有关投资管理各种规定，并履行项目核准（备案）手续。…", round 14): no run-in
# arabic heading of the gold of any round is such a sentence (the round-13 rule for mixed lists).
# TITLE_LOST_FULL_STOP: among titled run-in entries ("12.培育高成长性企业。充分激发…"), one whose 。 was lost
# reads as one long sentence ("13.促进大中小企业融合融通支持领航型企业发挥产业链“链主”作用，通过…", a provincial
# plan's HTML, round 14; the round-14 gold rule for a titled run-in task that lost its 。): where most of its
# siblings, at least LOST_FULL_STOP_SIBLINGS_MIN, are titled by a run-in title's few words
# (LOST_FULL_STOP_SIBLING_TITLE_MAX) and its first clause shows where the sentence starts (glued_clause_end: the
# opener 支持), the title ends there. Long titled entries in clauses among short ones ("3. 依法保护耕地，开垦宜农
# 荒地，…", the 九五 plan) show no opener.
LOST_FULL_STOP_STYLES = ("arabic",)
LOST_FULL_STOP_SIBLINGS_MIN = 2
LOST_FULL_STOP_SIBLING_TITLE_MAX = 15
# LONE_LIST_HEAD: a 1. that is the only heading of its style under its parent while the 2. after it stands in its
# text, refused as a list's line, is that list's first entry, not a sub-section ("（二）基本要求" / "1.按照手术风险性
# 和难易程度不同，手术分为四级。具体要求按照国家有关规定执行。" / "2.医疗机构应当建立手术分级管理工作制度…。" / …,
# the core medical-quality rules, round 13; "（1）应提交的现状图件：", dev): when its sentence reads as an entry's -
# broken into clauses, a requirement, or a lead ending in a colon. A short title of its own ("1. 教育部门办幼儿园。…"
# over provisions 2., 3., round-13 rule for mixed lists) keeps its heading.
LONE_LIST_HEAD_STYLES = ("arabic", "paren-arabic")
# COUNTED_ASPECTS: a paragraph that counts the aspects it announces ("…继续认真办好十方面民生实事，坚决做到言必信、
# 行必果。", a provincial government work report, dev) is followed by that many entries each naming its aspect
# ("1.医疗卫生方面。全省30万以上参保孕产妇…" … "10.除险保安方面。…"): the items of the announced list, not
# sub-sections (the gold's 十方面民生实事). Only when the count matches the run of siblings under one parent and
# every entry's title ends in the counted unit: "（一）品德素质方面。…" after an uncounting paragraph, or the four
# 2.1 … 2.4 "…方面" after "从技术管理两方面提出…", stay headings.
COUNTED_ASPECTS = re.compile(rf"(?P<count>{CN_NUMERAL}|\d{{1,2}})个?(?P<unit>方面)")
# BARE_ENTRIES_UNDER_LABEL: a label line ending in its colon ("（一）资助领域：", round 14) lists what it names on the
# lines below it ("1. 城市管理和治理（City Management and Governance）" / "2. 公众参与和公共管理（…）" / …), each a
# line with no text of its own under it: the entries of its list, not sub-sections, at least BARE_ENTRIES_MIN of
# them (a heading has its own text; "（一）指导思想" stands over a paragraph).
# RUN_IN_ENTRIES_NOT_BARE (fix28seg, round 28): an entry whose text runs on after its title on its own line has text
# of its own: "第五条 企业培育。…具体如下：" / "（一）落户补贴。在广州天英汇…" / "（二）租金补贴。…" /
# "（三）高质量发展奖励。…" (th-hk-macao-youth-measures-2023; gold: level-2 inline headings under the titled article).
# Only a short title (TITLED_ENTRY_TITLE_MAX) is one: a requirement's first sentence with more after it ("（二）封闭场地
# 测试应考虑驾驶自动化功能设计运行条件内的关键要素。场景应覆盖…", under "二、封闭场地测试的要求至少包括：", a ministry's
# access guide, lineage10) stays an entry of the list its label announces, and so does a short requirement
# (REQUIREMENT_OPENING: "（一）应能够防御信息传输安全威胁。…", the same guide): a title names its topic, it does not
# open with 应/须/不得 (应急, 应用, 应对, 应变 are nouns and verbs of their own).
REQUIREMENT_OPENING = re.compile(r"(?:应(?!急|用|对|变)|须|必须|不得|不应)")
BARE_ENTRIES_MIN = 3
# NOTES_UNDER_LABEL (fix29seg, round 28): "说明：" on a line of its own announces numbered notes (注：/备注： are
# NOTES_LABEL's, whatever follows), and the 一、… right under it are that list's items even in the top style, when
# each is one sentence-ended paragraph and none has entries of its own (a 说明 over titled parts, "一、编制背景" over
# its paragraph, keeps them): "     说明：" / "一、本目录中的专业来源于教育部制定的专业
# 目录，往届毕业生中新旧专业名称不一致" / "的，可对照…对照表》。" / … / "六、不在本目录范围的，…研究" / "决定。"
# (jx-teacher-major-catalogue-2023, a catalogue's notes above its table; round-28 gold: list items).
EXPLANATION_LABEL_LINE = re.compile(r"^[ \t\u3000]*说[ \t\u3000]*明[ \t\u3000]*[:：][ \t\u3000]*$")
NOTES_UNDER_LABEL_MIN = 2
# TITLE_ONLY_CATALOGUE (fix30seg, round 30): an attachment that is a catalogue numbered as a decimal outline,
# classes, sub-classes and items with not a word under any of them, "附件" / "2024—2026年海南省" /
# "农机购置与应用补贴机具种类范围" / "（21大类40个小类91个品目）" / "   1.耕整地机械" / "     1.1耕地机械" /
# "       1.1.1犁" / "       1.1.2旋耕机" … (hn-farmmach-subsidy-2024, 152 entries): its entries are the catalogue's
# list items, the attachment the only heading (round-30 gold). At least TITLE_ONLY_CATALOGUE_MIN entries over two
# depths or more, nothing but line breaks and indentation between them and after the last: an attachment whose
# sections hold text or tables keeps them.
TITLE_ONLY_CATALOGUE_MIN = 10
BARE_ENTRY_TITLE_END = " \t\u3000。．.；;：:"
SENTENCE_ENTRY_STYLES = ("arabic",)
# SENTENCE_ENTRY_TITLE_STOPPED (seg42, round 41): a title may end in a full stop among titles that do not:
# "3.种子处理和秧田阻隔预防病虫技术" / … / "4.性信息素诱杀害虫技术。" / "二化螟越冬代和主害代…" / "5.生物农药防治病虫
# 技术" (nat-rice-pest-control-2014, nine techniques over a paragraph each; round-41 gold: level-2 headings). Where a
# sibling is dropped as a sentence (SENTENCE_ENTRY: "7.人工释放赤眼蜂防治害虫技术于二化螟蛾高峰期…，间隔3～5天。"), an
# entry whose line ends in 。 goes with it as a provision of the same list (SENTENCE_ENTRY_SIBLINGS) - unless it is
# title-sized, no clause in it and no requirement, and most of its siblings, BARE_TITLE_SIBLINGS_MIN at least, are
# titles of that size standing bare on their lines: it is a title like theirs. ("1.申请报送日期为2019年12月9日至16日
# 16时。" beside "2.申请书由…接收，联系方式如下：" is a provision: nat-nsfc-quebec-smartcity-2019.)
BARE_TITLE_SIBLINGS_MIN = 3
# PART_SENTENCE_ENTRIES (fix26seg, round 26): "第N部分：" numbers the parts of a thing as well as a plan's parts: a
# code's structure described part by part, "第1部分：西药药品识别码，用1位大写英文字母“X”表示。" / "第2部分：西药药品
# 类别码，对西药自然属性进行分类的代码， 采用层次代码结构。" / … (nat-medins-standardization-2019, the coding rules:
# list items in the round-26 gold). A run of such entries under one parent, each a clause-broken sentence that ends
# its line in 。 with nothing under it, is a list; a plan's part is a title ("第一部分：总体要求").
PART_SENTENCE_STYLE = "chapter:部分"
# SENTENCE_ENTRY_TASKS: a task entry is kept as the tasks stage reads it, a section, whatever its length: its sentence
# opens with a verb of work (the task openers) or its line names the units in charge ("2.持续推进永丰仓城、泗泾下塘
# 历史文化风貌区城市更新项目，探索…。（牵头单位：永丰街道、泗泾镇…）", a district's renewal plan of the task corpus).
SENTENCE_ENTRY_DUTY = re.compile(r"[（(](?:责任|牵头|主责|实施)(?:单位|部门)")
# SENTENCE_ENTRY_SIBLINGS: the siblings of such an entry whose line is one sentence ("2.申报项目应于2026年5月前开工并
# 形成实物工作量。" / "3.项目已完工、…的项目不予以支持。", round 14) or a lead ("3. …两步进行，具体工作流程如下：",
# round 11) are the same list's provisions; titled run-ins ("1. 教育部门办幼儿园小区配套园区。…") stay headings.
SENTENCE_ENTRY_ENDS = ("。", "：", ":")
# SENTENCE_ENTRY_LEAD: an entry whose clause-broken sentence, longer than a run-in title, leads what follows with a
# colon ("2.申请书由国家自然科学基金委员会项目材料接收工作组接收，联系方式如下：" / "通讯地址：…", a call for proposals,
# round 14) is a provision as a run-in one is, and its one-sentence siblings with it ("1.申请报送日期为…16时。").
# DEFINITION_ENTRY: a numbered entry whose first sentence defines a term ("4.本意见所指医保骗保刑事案件，是指采取欺骗
# 手段，骗取医疗保障基金的犯罪案件。", a judicial opinion's provision, round 13; "本办法所称…，是指…", "…系指…") is a
# clause, never a heading: a title names a topic, it does not define one (no heading of the gold of any round holds
# such a definition; a Q&A question asking what a term means ends in ？ and stays).
DEFINITION_SENTENCE = re.compile(r"所(?:称|指)|(?:是|系)指(?![导挥引标数南针])")
UNTITLED_ENTRIES_STYLES = ("arabic", "letter")
UNTITLED_ENTRY_BREAKS = re.compile(r"[，；,;]")
UNTITLED_ENTRIES_MIN = 4
# UNTITLED_ENTRIES_INLINE (join48): read inline, a task list's run-in entries are judged as on lines (UNTITLED_ENTRIES)
# where the title read stops at the entry's own 。 or ； and its paragraph goes on: "（一）医养健康产业数字化转型1.支持
# 高水平建设国家健康医疗大数据中心（北方）；加快…。（牵头单位：…）2.全面推动“互联网+医疗健康”便民服务平台建设，推进医疗
# 机构电子病历和医学影像数据共享。完善…" (sd-service-digital-2021 joined: 42 entries read as headings).
# UNTITLED_ENTRY_CUT_AT_MAX (fixseg54, round 54): an entry whose first sentence runs past a heading's length
# (MAX_HEADING_CHARS) is read as a title cut there, no 。 after it, and is judged with its list all the same: "41.明确
# 育人职能，在后勤保障服务中，持续开展“节粮节水节电”…" (60 characters read, the sentence goes on), sixteen such entries
# among the 67 tasks of moe-ideological-work-division-2018 joined (heldout54: task items, no headings) stayed
# headings when their list was dropped. Only where a long line's entries are judged as on lines (UNTITLED_ENTRIES):
# in the text read wholly inline (UNTITLED_ENTRIES_INLINE) it cost bj-gwr-tasklist-2024 joined ten of its 37 tasks
# (heldout25 task recall 1.000 -> 0.736), whose reader finds them from the headings.
UNTITLED_ENTRY_SENTENCE_ENDS = "。；;"
# UNTITLED_ENTRIES_PER_PARENT: lettered entries (LETTER_ENUM) sit under a decimal outline's deepest
# headings in short lists (two to ten), and one text mixes titled lists ("3.1.1 模型算法安全风险" /
# "(a)可解释性差的风险。…" / "(b)偏见、歧视风险。…") with lists of requirement sentences ("4.1.1 …" /
# "(a)不断提高人工智能可解释性、可预测性，为…。" / "(b)在设计、研发…"): the list under one heading is the
# whole that is judged, however short (a list whose other entries did not read as headings at all:
# "(d)对于…数据资源，应高度关注供应链安全。" alone is a sentence).
UNTITLED_ENTRIES_PER_PARENT_STYLES = ("letter",)
# MIXED_PROVISIONS_INLINE (join56): a county's or a bureau's measures may number their （n） across their parts and mix
# titled measures, a short title closed by its own 。 and a paragraph after it, with untitled provisions, a paragraph
# that is one sentence or opens with a clause-broken one: "一、放宽首套房认定标准（一）对自建房、拆迁安置房、房改房
# 不计入“首套房”，对购房前…政策。…二、优化住房公积金使用政策（二）缴存人连续…即可申请住房公积金贷款。（三）提高住房
# 公积金贷款额度。借款人家庭成员…（四）取消夫妻离异一年内购买住房不得申请住房公积金提取和贷款的限制。（五）缴存人家
# 庭再次申请…不低于20%。" (laian-housing-measures-2022 joined, heldout54: gold titles （三）（八）… and none of the
# provisions; twelve provisions read as level-2 headings, titled by their whole sentence or its first 60 characters).
# On lines the provisions are read as no headings (MIXED_TITLED_ENTRIES); read inline, where MIXED_TITLED_ENTRIES_MIN
# or more leaves of one run (one level, numbered on, whatever part they sit in) are such titled measures, and no fewer
# than the provisions, the leaves of the run whose title read is the whole paragraph (nothing after its 。 or ；) or
# a clause-broken sentence cut at a heading's length are its provisions and are dropped. Titles cut before an opener
# are left (the reader found a title's end there), and so are two-clause titles closed by their 。 with a paragraph
# after them ("（四）优化科研管理环境，落实扩大科研机构自主权。…", nat-academic-env-2015 joined). Where the provisions
# outnumber the titled measures, they are a State Council text's untitled provisions, titled by their first sentence
# (UNTITLED_PROVISIONS: nat-power-reform-2002, 1.000 -> 0.689 plain when they were dropped too).
MIXED_PROVISIONS_INLINE_STYLES = ("paren-cn",)
MIXED_PROVISIONS_INLINE_MIN = 2
UNTITLED_ENTRIES_PARENT_MIN = 1
# RESTATED_ENTRIES: run-in entries whose sentence opens by naming their label again are the described
# items of a list, not sub-headings (round-8 gold rule, like the heldout7 "（1）智能装备：规范…" entries
# of standards guides): "（1）术语定义。术语定义标准用于统一…" / "（2）空间参照。空间参照标准用于…" - each
# entry says what the thing it names is. Judged as a whole: the run-in leaves of one style and level
# (at least RESTATED_ENTRIES_MIN) go when most of them restate their label; titled tasks
# ("1.加强组织领导。各地要…", "（1）培育优质企业。实施…") open their sentence with something else.
RESTATED_ENTRIES_STYLES = ("paren-arabic", "arabic", "circled")
RESTATED_ENTRIES_MIN = 3
RESTATED_LABEL_MIN = 2  # characters of the label the sentence must repeat at its start
# DESCRIBED_LABEL: a label and a colon whose text says what the labelled thing is or does, in the
# words of a specification ("1.车辆运行监控：主要包括以模拟方式和电子地图方式实现…" / "2.客流动态监测：
# 通过IC卡刷卡机…采集…" / "1.数据库服务器：建议采用物理主机…", a ministry's construction guide, round
# 7), is a described entry too, judged with its list as RESTATED_ENTRIES are; a titled part goes on
# with what to do ("1、强化高校合作：与高校专家…深化交流", "1. 简政提效：深化行政审批改革…。").
DESCRIBED_LABEL = re.compile(
    r"^[：:][ \t\u3000]*(?:(?:主要|应|可)?包括|应当|应(?![急用对])|可(?![持靠])|通过|根据|建议"
    r"|(?:是|系)?指(?![导标挥引])|用于|能够)"
)
# DESCRIBED_OUTLINE (fix35seg, heldout29): a catalogue's notes describe each category with a label and what it covers,
# and open a category that has kinds of its own with the bare label over them: "（一） 从业单位信用信息" / "1. 企业
# 基本信息：企（事）业单位名称、…等内容。" / "2. 资质信息：包括资质等级名称、…等内容。" / … / "6. 不良行为记录信息" /
# "（1） 违法信息：包括…" (jj-credit-info-catalogue-notes-2011; jj-project-info-catalogue-notes-2011's "1. 土地使用权
# 审批和出让信息：" over its （1）…（3）): the entries are the catalogue's outline, level-2 inline headings in the
# round-29 gold. Described entries of a style and level at which a bare label (nothing or a colon after its title)
# holds numbered entries of its own are kept; a described list has no entry with kinds under it.
LEAD_LIST_STYLES = ("paren-arabic", "arabic", "circled")
# DESCRIBED_KINDS (seg42, round 29): in such a described outline, the kinds a bare label holds are described
# the same way, one level below: "6. 不良行为记录信息" / "（1） 违法信息：包括法院判决结果、…等内容。" /
# "（2） 行政处罚信息：包括…" … "（6） 质量安全信息：…" (jj-credit-info-catalogue-notes-2011, twice);
# "1. 土地使用权审批和出让信息：" / "（1）土地招标拍卖挂牌出让信息：包括位置、…" … "2. 矿业权审批和出让信息：" /
# "（4）探矿权审批信息：…" (jj-project-info-catalogue-notes-2011, its kinds numbered on across the two labels):
# round-29 gold, level-3 inline headings titled by their labels. Read line by line they were items
# (TASK_ONLY_STYLES keep a labelled （n） sentence an item's, a line past MAX_HEADING_CHARS is no heading,
# RUN_IN_ITEMS). The lines that open a bare label's body, at least DESCRIBED_KINDS_MIN of them numbered in
# sequence, each a label (RUN_IN_TITLE_MAX at most, no clause mark) and its description after the colon, are its
# kinds, where a heading of the label's style and level is a described entry.
DESCRIBED_KINDS_MIN = 2
# ANNOUNCED_MEASURES: under a section, a body sentence announcing measures ("六五”期间，在农业的生产技术方面采取
# 以下措施：", "发展畜牧业的主要措施是：", heldout14's OCR'd 1982 plan) is followed by 一、… entries that run on into
# their paragraphs ("、选育和推广优良品种。五年内，…", "四、 防治病虫害。五年内，…"): the measures of its list, not
# sub-sections (round-14 gold, as for the plan's other announced lists), when at least half of them run in or
# are whole sentences in clauses on their lines ("、在搞清森林资源的基础上，做好…，实现永续作业。") and most of
# them open with a verb of work (ANNOUNCED_MEASURE_VERBS and the task openers) or are such sentences. The sector
# labels a lead may announce as well stay headings ("建设部署如下：" / "、钢铁企业的技术改造。…" / "、矿山建设。…"),
# and so do a notice's 一、 points after its "通知如下：" (no section above them) and titled entries on lines of
# their own ("、加强科学技术队伍的组织管理。" over its paragraphs).
# ANNOUNCED_PARTS_OF_DOCUMENT (fixseg44, round 44): under the title of one of several documents on a page
# (ISSUED_DOCUMENT, DOCUMENTS_IN_A_ROW) the lead is the document's own opening, as a notice's "通知如下：" is:
# "2024年8月，我开始担任…现述职如下：" / "**一、认真学习，提高自身素质**" / "半年来，…" (sx1z-vp-duty-reports-2024,
# the third of three duty reports; its 一、…五、 and the first report's 三、/四、 were dropped as announced measures).
# They stay its parts.
# UNREAD_ENTRY_TEXT: the lead is looked for past the entries the reading left unread, and past the text line
# right under such an entry, whatever its end: the OCR may put a stray 。 in a wrapped sentence
# ("必须注意做好下列各项工作：" / "、搞好住宅建设同城市发展规划的协调一致。制定住宅小区的建设规划，并把新。" /
# "建住宅同旧城改造结合起来。…" / "、加强…"), so the line above that text line is no paragraph's end.
# ANNOUNCED_CRITERIA: an entry's lead sentence that announces the criteria it must meet ("本市三级社会保险定点医疗
# 机构确诊符合以下标准：", "…诊断标准，具有下列4项或4项以上指征的：", heldout14's admission rules) is followed by
# （一）… criteria: the items of its list, not sub-sections (round-14 gold), even where a criterion is a bare label
# over its own numbered lines ("（一）症状和体征" / "1. 关节疼痛及压痛；") or a label and its value ("（二）实验室
# 检查：C反应蛋白…轻度升高。"). The lead states a condition (CRITERIA_LEAD: 符合, 具备, 具有, 满足, or 下列/以下 …
# 标准, 条件, 情形, 指征), stands right above the （一） in the body of a heading, and at least half of the
# list's （n） lines read as a list's (CRITERION_LINE: ending in a clause mark, a label and its colon at the
# start, or one sentence longer than a run-in title); a plan's "重点抓好以下工作：" / "（一）加快…。…" is no
# criteria lead, and its titled run-ins stay headings.
# CRITERIA_UNDER_LABEL: an entry that is only a label ("四十、小儿脑性瘫痪") may give its criteria with no lead: the
# （n） list that opens its text is the same list when at least half of its lines end in a clause mark or lead a
# criteria list of their own ("（一）成人及18个月龄（含18个月龄）以上未成年人，符合下列其中一项：", CRITERIA_LEAD), and
# it holds CRITERIA_UNDER_LABEL_MIN lines at least.
CRITERIA_UNDER_LABEL_MIN = 2
# CRITERIA_WRAPPED_LINES (fix23seg, round 23): a PDF's text keeps its line ends inside paragraphs, so a （n） line may
# end in a comma where its paragraph goes on below: "（一）推进电源侧储能应用。推动沙漠…优化运行方式，" / "提升调节
# 能力。鼓励利用退役火电厂场地…" (nat-storage-scale-plan-2025, run-in sections right under "二、促进新型储能应用场景
# 拓展"). A list's entry is judged by where its paragraph ends: the lines right below a （n） line that carry no
# marker go on its text, while it ends in a comma (CRITERIA_WRAPPED_LINE_ENDS: no paragraph ends so; a line that ends
# in a sentence's end, a semicolon or a colon is a whole line: "（一）申请条件" / "申请人应当具备以下条件：" stays
# a label over its lead, nat-nsfc-quebec-smartcity-2019).
CRITERIA_WRAPPED_LINE_ENDS = ("，", ",", "、")
# CRITERIA_OVER_OWN_ITEMS: a （n） line over numbered lines of its own most of which end in a clause mark
# holds a criteria list too, whatever it reads as itself - a bare label ("四十一、重型β地中海贫血" /
# "（一）临床表现" / "1. 自出生后出现贫血…面容；" / "2. 发育滞后；" / "3. 可发生病理性骨折。" / "（二）实验室检查" / …)
# or a rule over its indicators ("（一）符合1至3项中一项以上指标，且有4至7项中一项以上指标。" / "1. 肌酐清除率…；"
# …), heldout14's admission criteria. Findings, not requirements: a titled part's conditions ("（一）申请条件" /
# "1. 申请人须具有高级专业技术职务（职称）；") state what an applicant shall have (CLAUSE_REQUIREMENT) and stay
# headings.
CRITERIA_OWN_ITEM_STYLES = ("arabic",)
# CRITERIA_NEED_MODAL (fixseg60, round 60): 需 before a verb is a modal as 须 is - "4.项目需在2024年9月30日前开工新建，
# 且在…竣工（含装修）并投入交付运营；" / "2.改建项目需符合我市非住宅改建为住房的相关政策；" (cixi-rental-housing-
# operation-subsidy-rules-2023, under "二、申请项目条件" / "（一）新建类项目" / "（二）改建类项目", heldout60 gold: the
# three kinds stand-alone level-2 headings over their conditions, list items): such a line states what a project
# shall do, a condition, no finding of a criteria list. Not the words 需要, 需求, nor 所需/必需/急需/亟需.
CRITERIA_NEED_MODAL = re.compile(r"(?<![所必急亟])需(?![要求])(?=[\u4e00-\u9fff])")
ANNOUNCED_CRITERIA_STYLES = ("paren-cn",)
CRITERIA_LEAD = re.compile(
    r"(?:(?:符合|具备|具有|满足)[^。；]*|(?:下列|以下)[^。；]*(?:标准|条件|情形|指征|特征)[^。；]*)[：:][ \t\u3000]*$"
)
ANNOUNCED_MEASURE_STYLES = ("cn",)
ANNOUNCED_MEASURE_VERBS = (
    "选育", "防治", "办好", "增加", "做好", "建设", "开发", "合理", "开展", "调整", "发展", "改进", "组织", "适当",
    "编制", "抓紧", "抓好", "控制", "改善", "扩大", "保证", "贯彻", "实施", "提倡",
)  # fmt: skip
# RUN_IN_ITEMS: an entry numbered as an item (（1）, ①) whose paragraph runs on after its title on the
# same line ("（1）加快现有矿井的技术改造，充分发挥生产潜力。对条件好的矿井进行扩建…", "(1)华北电网。建设总规模为
# 485万千瓦…", heldout14's 1982 plan; "（1）家庭收入或者家庭财产在…准入限额1.5倍以内的，…", round 13) is a
# task or a list's entry, paragraph content, never a section: no gold of any round holds a run-in （1）
# heading, while the stand-alone （1） lines of standards guides ("（1）传感器与仪器仪表标准", heldout6) are.
# RUN_IN_ITEMS_BY_LINE: in a text that stands one sentence a line (SENTENCE_PER_LINE, PDF texts of the national
# plans) a line break is a 。, so a （1） title on a line of its own ("（1）电力" / "坚持开发与节约并重，…" /
# "继续贯彻政企分开…", the 九五 plan, dev) is a run-in entry all the same: an item, as the dev gold has it.
# RUN_IN_UNANNOUNCED: only where a lead announces them ("增加煤炭生产的主要措施是:" / "(1)加快现有矿井的技术改造，…")
# or the text stands one sentence a line: unannounced run-in entries - the run-in labels of a guide's outline
# ("（1）传感器与仪器仪表标准。主要包括…", lineage7's nat-imstd-2021) and a plan's titled tasks ("（1）强化科技计划体系
# 建设。…", lineage6's sd-sti-14), both judged as units by the lineage gold - stay sections.
# RUN_IN_GOALS: the goals a plan states run in under its goals heading ("3．“十二五”发展目标" / "（1）企业技术创新能力
# 明显增强。推进“十、百、千”发展计划。…", data/plans' sh-iti-12, whose gold counts them as its level-3 sections) stay
# sections: a parent titled as goals (GOAL_TITLE) keeps its run-in （1）.
RUN_IN_ITEM_STYLES = ("paren-arabic", "circled")
# ORDINAL_PARAGRAPH_ITEMS: paragraphs counted 第一，/第二，… are paragraph content, not headings, and
# the items numbered under them ("第二，在农产品方面：　　由于…" / "（1）根据粮食产量和国家需要，合理地
# 分配购粮任务" / "（2）…") are their items, not sub-headings of the section above: from an ordinal
# paragraph on, item-style markers (LEAD_LIST_STYLES) not yet open read as items until the next heading.
ORDINAL_PARAGRAPH = re.compile(rf"^[ \t\u3000]*第{CN_NUMERAL}[，,]")
# A bare heading line longer than this is a paragraph that happens to start with a number.
# STANDARD_ROW: a line that cites a standard by its code ("第1部分：系统要求国家标准已发布GB/T33008.1-2016",
# a row of heldout6's list of current standards, its cells run together) in a heading's title is a catalogue's row,
# not a heading, whatever marker opens it: no heading title of the gold holds such a code.
STANDARD_CODE = re.compile(r"(?<![A-Za-z])(?:GB|[A-Z]{2,3})/[TZ][ \u3000]?\d{3,5}(?:\.\d{1,3})*(?:[-—－]\d{2,4})?")
MAX_HEADING_CHARS = 60
# BRACKETED_TITLE_NOTE (fix28seg, round 28): a part's title may carry a long note in the brackets that close its line,
# "一、10米×4往返跑（达标：男子组30周岁（含）以下≤13"1、31周岁（含）以上≤13"4；女子组30（含）周岁以下≤14"1、…）"
# (police-fitness-test-norms-2011, a test item and its pass marks; gold: the whole line is the title, a bracket after
# a title being part of it, heldout5): the title before the bracket is short (up to RUN_IN_TITLE_MAX), the bracket
# opened after it closes at the line's end and no sentence ends in it; the line is that title, however long.
BRACKETED_TITLE_NOTE_STYLES = ("cn",)
# TITLE_TAIL_LINE: a numbered heading whose title runs to its line's end, with no mark ending it, may
# have lost its last characters to the next line: a PDF or OCR line break one or two characters
# before the end ("（十二）精钢智造基地--打造钢铁产业转型升级核心引领" / "区" / "依托…"), or a page
# break with its page number between ("六、推动智能产品适老化设计，提升老年人智能技术运" / "8" /
# "用能力" / "（一）…"). A next line of at most TITLE_TAIL_MAX ideographs, nothing else on it, is
# the title's end, not a heading of its own; the title line itself is a long one
# (TITLE_TAIL_LINE_MIN characters), as a line the layout had to break is.
TITLE_TAIL_MAX = 3
TITLE_TAIL_LINE_MIN = 15
TITLE_TAIL = re.compile(rf"^[ \t\u3000]*[\u4e00-\u9fff]{{1,{TITLE_TAIL_MAX}}}[ \t\u3000]*$")
# ONE_SENTENCE_PARAGRAPH: a （一） paragraph that is one long sentence ending in 。 is a run-in
# paragraph all the same, titled by that sentence (round-3 gold rule: title up to the first 。):
# "二、保证必要的办学投资和办学条件" / "（一）扩大内地西藏初中班（校）所需的正常经费、基建投资、开办费等，依照
# 《…》所确定的经费开支渠道原则解决。" / "（二）…". Its number must still come in sequence.
ONE_SENTENCE_PARAGRAPH_STYLES = ("paren-cn",)
# SENTENCE_PER_LINE: a PDF text that stands one sentence a line, its 。 turned into line breaks (the
# national outlines, the 1956 二五 proposal): of its lines at least SENTENCE_LINE_MIN_CHARS long
# (at least SENTENCE_LINES_MIN of them), at most SENTENCE_LINES_STOP_SHARE hold a 。 (0 to 2 % in
# those texts; 23 % and more in every other text of the corpus). There a （一） line longer than a
# title is a one-sentence paragraph ending at the line break (ONE_SENTENCE_PARAGRAPH; round-6 gold
# rule: "（三）我国第二个五年计划的中心任务仍然是优先发展重工业，这是社会主义工业化的主要标志，因为重工业是
# 建立我国强大的经济力量和国防力量的基础，也是完成我国国民经济的技术改造的基础" / "要求1962年…").
# Only where the points are the text's own parts (nothing but （一） open above them): under the
# chapters of an outline such lines are the items of a section's list ("第一章　主要任务" / "（一）进一步
# 为经济体制改革创造良好的经济环境…" / … / "上述三项任务，…", the 七五 plan of the lineage set).
SENTENCE_LINE_MIN_CHARS = 20
SENTENCE_LINES_MIN = 20
SENTENCE_LINES_STOP_SHARE = 0.05
# A bare number ("1  总则", DECIMAL_TOP) is the weakest marker: a PDF page number glued to the
# first line of the next page ("2 市级总规一般包括市域和中心城区两个层次。市域要统", "8 络化能源布
# 局，建设低碳城市。") and a table row read the same. Its title is a plain phrase: none of these
# marks in it, and never run in with its text.
PLAIN_TITLE_BREAKS = "，。；：！？,;:!?"
# A decimal-numbered clause of a standard or technical rule is text, not a heading: the line
# announces a list ("4.3 城市地震安全韧性目标应满足下述要求：") or is one whole sentence of more
# than CLAUSE_SENTENCE_MIN characters ("4.4 地震安全韧性城市建设的基本流程宜按照图1的规定进行。");
# a heading line that ends in "。" is short ("1.1.1 综合经济实力大幅提升。").
CLAUSE_SENTENCE_MIN = 20
CLAUSE_LEAD_END = "：:"
# CLAUSE_REFERENCE: a short one-sentence clause that points elsewhere is a clause all the same, not
# a title: "12.1  指标解释见附录C。", "12.2  乡村气象防灾减灾建设评估细则见附录D。", "…按表3执行。".
# "A.2.1 城市空间抗震韧性值按公式（1）计算。" points to a formula.
CLAUSE_REFERENCE = re.compile(
    r"(?:见|参照|参见|按)(?:附录|附件|附表|表|图|公式)[ \u3000]*[（(]?[A-Z\d一二三四五六七八九十]"
)
# CLAUSE_REQUIREMENT: a decimal-numbered line whose first sentence states what shall, should or may
# be done - a standard's or 预案's modal verb 应/应当/宜/须/不得/可 (followed by its verb) - is a
# clause, run in or wrapped by the PDF, however short: "7.3.2  防灾分区应配备与…相适应的应急保障基础设施。各类
# 设施宜…", "8.1.1  应根据城区自身特点，制定…规划。短期可…", "6.4.1 对参加应急工作的人员，应给予适当的…补助。",
# "7.3.1  防灾分区可依据行政区划界线…按三级" / "进行划分：". A title names a topic and holds none (no
# decimal heading of the gold does): 应 in a word is no modal (应急, 应用, 应对, 适应, 供应, 响应, 相应),
# nor 宜 in 宜居, 可 in 可持续, 可靠. REQUIREMENT_NOT_IN_WORD (seg29): nor 宜 in 因地制宜, 事宜, 便宜:
# "（二）坚持因地制宜发展新质生产力，新兴产业聚集地建设实现新突破。" (hefei-gwr-2026, heldout25: a run-in title).
CLAUSE_REQUIREMENT = re.compile(
    r"(?<![适响供相反对效感呼回顺])(?:应当|应(?![急用对变])|须|不得|(?<![制事便])宜(?![居业人])"
    r"|可(?=[以依按根在由对将通采结参]))"
)
# A decimal-numbered line as wide as the page whose sentence goes on, unbroken, over a next line
# as wide is a clause wrapped by the PDF ("B.1.1 规划分区应落实上位国土空间规划要求，为本行政" /
# "区域国土空间保护开发做出综合部署…"). A wrapped heading leaves a short tail ("3.5  完善公共空间…
# 便利" / "的人居环境"), and a short heading line stands above a wide paragraph.
CLAUSE_WRAP_SHARE = 0.85
# A line narrower than this (display columns) is no page-wide line of a wrapped clause.
CLAUSE_WRAP_MIN_WIDTH = 40
# Unnumbered sub-headings (004's "金融政策") are short lines standing alone.
MAX_UNNUMBERED_HEADING_CHARS = 30
# LEAD_LINE: a short line that announces what follows is a lead sentence, never an unnumbered heading:
# one ending in a half-width colon as well as a full-width one ("增加煤炭生产的主要措施是:", heldout14's OCR'd
# 1982 plan; "今后五年必须贯彻以下发展方针 :", heldout2), or in the words that announce a list even where the
# OCR lost or garbled its colon ("各主要行业的更新改造计划如下", "…须认真注意下列各项#", "…主要措施是",
# "…着重做好以下几项工作"): no heading of the gold of any round ends so.
# LEAD_COLON_GARBLED: the OCR may turn that colon into an ideograph, not only into a sign ("要切实做好以下几项工作霉",
# "要采取以下措施#", heldout14's 1982 plan, over their (1)… measures): after words that name what the list holds
# (以下几项工作, 以下措施) one character of any kind still ends the lead.
LEAD_COLON_GARBLED = r"(?:以下几项工作|以下(?:主要)?措施)\S?"
LEAD_LINE_END = re.compile(
    r"(?:[:：]|(?:如下|下列各项|以下各项|以下几项(?:工作)?|措施是)[^\u4e00-\u9fff\w]?"
    rf"|{LEAD_COLON_GARBLED})[ \t\u3000]*$"
)
BULLETS = "◎●○■□◆◇•·▪►▶"
# IMAGE_NAMES_LINE (fixseg46, round 46): a repost writes the file names of the pictures it lost where the page
# showed them, glued on one line: "1.png2.png3.png" (zs-transport-14fyp-2022, furniture, read as a 1. heading over
# the plan's 第一章). A line of image file names heads nothing, whatever number its first name is.
IMAGE_NAMES_LINE = re.compile(r"[ \t\u3000]*(?:[\w\-]+\.(?:png|jpe?g|gif|bmp|webp)[ \t\u3000]*)+", re.IGNORECASE)
# DASH_ITEM_LINE (fixseg46, round 46): a line opening with a dash pair is a ——item of a list (targets, principles),
# never a heading, however short and alone on its line: "（二）主要目标" / "——实现广泛覆盖" (cs-new-urbanization-2021,
# the text cut after it; no gold heading of any round opens with ——, the two such gold entries are list items).
DASH_ITEM_MARK = "——"
# STAR_TIP_LABEL (fix25seg, round 25): a service guide marks its tip boxes with a star, "★小贴士" over a few numbered
# tips, six times under the parts and steps of gz-social-security-card-guide-2026 (gold: `box` items like 专栏, at no
# fixed depth): a line opening with a star is a box's label, no section, as a bulleted line is none.
STAR_MARKS = "★☆"
# PIPE_TABLE_ROW (fmt23): a Markdown table's row is no heading, as a row of tab-parted cells is none: "| 制发日期: |
# 2025-07-23 |", the last row of a ministry page's metadata table (nat-charging-proposal-reply-2025, heldout21).
PIPE_TABLE_ROW = re.compile(r"^\|.*\|$")
# A table extracted one cell per line (Word and web tables): runs of short lines, each a label,
# a number or a unit ("序号" / "项目类别" / "单位" / "1" / "综合整治城市河道" / "条" / "350"). A short
# unnumbered line in a run of at least this many short lines (blank lines between them aside)
# is a table cell, not a sub-heading, when the run holds a number standing alone (a cell's
# value or a row number): an infographic's runs of short headings ("总体要求" / "主线" /
# "基本原则") hold none.
TABLE_CELL_RUN = 3
# A cell holding only a number: "350", "113%", "2.5", "≥20", or a range of them: "50～100", "3-5".
NUMBER_CELL = re.compile(r"^[ \t\u3000]*[<>≤≥＜＞~～±+\-－]?\d[\d.,，%‰]*(?:[~～\-－—–]\d[\d.,，%‰]*)?[ \t\u3000]*$")

# An unnumbered heading right above a heading numbered 1 whose style is open with a higher
# number: the numbering restarts under it, so it is that run's parent, at the run's level; the
# unnumbered heading right above the earlier run is its sibling and that run's parent. Web
# articles title their parts without numbers: "未来五年，中国经济的10大趋势" / "1. 战略目标…" …
# "10. 安全领域扩展" / "中国经济面临的机遇与挑战" / "1. 机遇". The styles it applies to (chapter
# numbers never restart).
# RESTART_AFTER_PROSE (fixseg47, round 47): the part's own paragraphs may come between the unnumbered heading and the
# restarted 1: "关于外交工作" / "一年来，我国积极开展外交活动，…。" (seven paragraphs ending in 。) /
# "一、维护世界和平是我国对外政策的主要目标，…" after "关于国内建设" / … / "一、…" … "五、…" (nat-gwr-1984, a work
# report's unnumbered parts).
# Only whole sentences (lines ending in SENTENCE_END) may stand between; any other line ends the look.
RESTART_AFTER_PROSE = True
UNNUMBERED_PARENT_OF = ("cn", "paren-cn", "arabic", "paren-arabic", "circled", "padded")
# A numbered line that only cites a document is a reference list entry (规划依据), not a
# heading: "1.《中华人民共和国城乡规划法》（2019年修正）".
REFERENCE_ENTRY = re.compile(r"^《[^》]{2,60}》(?:[（(][^）)]{0,20}[）)])?$")
# CITED_REFERENCE_LINE (meta17, session 17): a reference list's entry citing a document with its 文号 is no notice's
# 文号 line: "1） 《国务院关于调整城市规模划分标准的通知》（国发[2014]51号）" under "4 基本原则" of a standard's draft
# (nat-urban-area-std-draft, heldout13) opened a notice there and gave the draft that 文号 and the year 2014. The
# entry's marker is optional; the line holds nothing but the cited title and its bracket.
CITED_REFERENCE_LINE = re.compile(
    r"^[ \t\u3000]*(?:\d{1,3}[)）.、．]|\[\d{1,3}\]|[（(]\d{1,3}[)）])?[ \t\u3000]*"
    r"《[^《》]{2,60}》[（(][^（）()]{0,20}[）)][ \t\u3000。；;]*$"
)
# The title of a table of contents: "目　录", or "目　次" as standards (GB/T 1.1, DB11/T …) and
# the ministries' technical rules write it ("目   次" over "1  范围 ....... 2"). 目次 is also a
# word's tail ("项目次数"): only a 目次 that no ideograph touches is the title ("…研究院。目 次").
# TOC_TITLE_SPACED_GLUED (seg23): a letter-spaced 目 次 is no word, and a text that lost its line breaks glues its
# first entry to it ("DB33/T 2016—2016目    次前言 ....", zj-village-meteo-std-2016; "目 次国土空间规划城市体检评估
# 规程 （试行）....", nat-plan-checkup-rules-2020): so spaced, the ideograph after it may touch it.
TOC_TITLE = re.compile(r"目[ \t\u3000]*录|(?<![\u4e00-\u9fff])目(?:[ \t\u3000]*次(?![\u4e00-\u9fff])|[ \t\u3000]+次)")
# TOC_MARK: extraction skips a table of contents before the first heading (it is no running text), wherever the
# loader's TOC_TITLE stands as a title, not inside a compound or a cited catalogue ("《产业结构调整指导目录》",
# "…目录（2024年本）", "| 目录项的基本信息 |": a government information-disclosure page's metadata table,
# nat-newenergy-plan-2022, whose forwarding notice "国家发展改革委、国家能源局《…实施方案》已经国务院同意，现转发给你们"
# was skipped as a TOC once the table's rows stopped being headings). It may follow the title glued ("…科技创新中心
# “十四五”规划目录一、发展…", data/plans). CATALOGUE_IN_SENTENCE (session 35): a 目录 a clause mark follows
# is a catalogue a sentence names, no title: "落地商业保险创新药目录，建立临床急需药品进口便利化服务机制"
# (cq-gwr26-culture-2026, a report with no headings: once a yearly 民生实事 list far below became its one
# section, everything above that list was skipped as a "TOC" and its five platforms lost).
TOC_MARK = re.compile(f"(?:{TOC_TITLE.pattern})(?![项清管编中内的和及》（(，,。；;、])")
# TOC_LEADER_ENTRY: a table of contents whose dot leaders wrapped onto lines of their own and whose page
# numbers went as page furniture ("一、实施背景........................" / "..................." / "- 1 -", "附录" /
# "1" / "：方案实施流程图" / "................", round 12: a web page's copy of a Word file) is not read as one;
# an entry whose title ends in leader dots (TOC_LEADER_TAIL) or that a line of leaders alone (TOC_LEADER_LINE)
# follows within TOC_LEADER_LOOKAHEAD lines is a TOC entry, never a heading: a heading's title never ends in a
# run of dots, and text never stands on a line of dots.
TOC_LEADER_LINE = re.compile(r"^[ \t\u3000]*[.·…]{3,}[ \t\u3000]*$")
TOC_LEADER_TAIL = re.compile(r"[.·…]{4,}[ \t\u3000]*$")
TOC_LEADER_LOOKAHEAD = 3
# CONTACT_LINE (fixseg48, round 48): a contact line after the text's last part names whom to call, it heads
# nothing: "联系人:迟鑫,联系电话:0535-6775259" (ls-edu-14fyp-interp-2022, half-width colon and comma, so no
# sentence mark ended it). A label with its value after the colon; "联系人及联系方式" alone may title a part.
CONTACT_LINE = re.compile(r"^(?:联系人|联系电话|联系方式|咨询电话|监督电话)[ \t\u3000]*[:：][ \t\u3000]*\S")
# UNIT_TAG_LINE (fixseg54, round 54): a task's line naming the units that lead or join it, a label with its value,
# heads nothing either: "7.制定高校课堂教学管理指导意见，明确课堂教学的纪律要求。" / "牵头司局：高教司" / "8.培育选树…"
# (moe-ideological-work-division-2018, heldout54: ten such lines were level-3 headings where no 参加司局 line stood
# between them and the next task), "责任单位及承办单位：市城管局、市供水公司" (ahsz-housing-measures-rules-2022).
# Only with its value after the colon: "责任单位及承办科室" alone titles a part (the same text's gold). Not 主责单位：
# the task reader finds bj-gwr-tasklist-2024's 37 tasks (heldout25) between such lines read as headings.
UNIT_TAG_LINE = re.compile(
    r"^[^：:。，]{0,8}?(?:牵头|参加|参与|配合|责任|协办|承办)(?:司局|单位|部门|处室|科室)"
    r"[ \t\u3000]*[:：][ \t\u3000]*\S"
)
# TOC_LEADER_PAST_PROSE (fixseg48, round 48): a line of dots after a paragraph of sentences is a site's cut of the
# text, not a TOC entry's leaders: "一、起草背景" / "按照市委、市政府部署,…。" / "《规划》编制经历了…进行了现" /
# "......" (wh-eco-14fyp-interp-2021, a law-database site's page). A TOC holds no sentence: the lookahead stops at one.
TOC_LEADER_PAST_PROSE = re.compile(r"[。；;！？]")
# "目　录" / "目　次" alone on its line titles a table of contents, it is no section.
TOC_HEADING = re.compile(r"^[ \t\u3000]*目[ \t\u3000]*[录次][ \t\u3000]*$")
# Boxes, tables and figures are captioned, not headed: "专栏1 工业互联网网络互联互通工程",
# "表2 主要指标", "图1 空间结构示意图". A box's caption may run its title straight on from the
# box's number in digits ("专栏1数字化解决方案研发推广工程" beside "专栏2 数字化改造升级工程", a
# ministry's PDF plan, round 14).
# CAPTION_AFTER_PAGE: a PDF text may glue the page number to the caption that opens the page ("107图 3 “十四五”
# 上海公园绿地建设布局", sh-fyp-14): still a caption.
CAPTION = re.compile(
    r"^[ \t\u3000]*(?:\d{1,3}(?=[图表]))?"
    r"(?:(?:专栏|附表|表|图)[ \u3000]*[\d一二三四五六七八九十]{1,3}(?:[ \u3000:：.、]|$)"
    r"|专栏[ \u3000]*\d{1,2}(?=[\u4e00-\u9fff“]))"
)
# CAPTION_OPENS_LINE: in a hard-wrapped PDF text a caption line is never the wrap of the line above,
# even when that line is full ("…支持发展能够提高老年人生活质量的家庭服务机器人。" / "专栏一 智慧健养老
# 产品供给工程" / "1.健康管理类智能产品。…"): joined, the caption would be buried at a paragraph's end
# and its box's items read as sub-headings. Only a caption that reads as a title (no sentence or
# clause mark: CAPTION_TITLE_BREAKS) counts; "表1、表2所示…" wrapped to a line start is a sentence.
CAPTION_TITLE_BREAKS = "。，；！？,;!?"
# A table's caption ("表2  近10年全省县城以上建成区发生严重内涝灾害情况") opens the table: until
# the next paragraph or numbered line, its short lines are cells (a Word or web table extracted
# one cell per line: "序号" / "城市名称" / "兰溪市" / "2011年6月"), never sub-headings.
TABLE_CAPTION = re.compile(r"^[ \t\u3000]*(?:续)?表[ \u3000]*[\d一二三四五六七八九十]{1,3}(?:[ \u3000:：.、-]|$)")
# TABLE_HEADER_ROW: a table without a caption is opened by its header row, "序号" and the column
# labels on one line ("附件1" / "智能网联汽车自动驾驶功能通用检测项目" / "序号 检测项目" / "1 交通信号识别及
# 响应…" / "2 …", round 7): its rows are numbered by a bare number and a space ("1 …", TABLE_ROW_NUMBER),
# no heading marker (1. 1、 （1）), and are rows, not sections, as long as they come in sequence.
TABLE_HEADER_ROW = re.compile(r"^[ \t\u3000]*序[ \u3000]*号(?:[ \t\u3000]+[^\s。，；：]{1,12}){1,8}[ \t\u3000]*$")
TABLE_ROW_NUMBER = re.compile(r"^[ \t\u3000]*(?P<n>\d{1,3})[ \t\u3000]+(?=\S)")
# TABLE_GROUP_ROW: a table exploded one cell a line ("序号" alone among "目 标" / "指 标" / "解 释", its
# header cells: TABLE_HEADER_CELL) groups its rows under numbered lines that read like 一、 headings
# ("一、生态宜居" / "1" / "区域开发强度（%）" / …, round-1 gold: table-group): until a paragraph that no
# cell follows (a cell may be a sentence: "…占机动化出行总量的比例。" / "五、风貌特色" / "32"), a numbered
# line whose next line is a row's bare number (BARE_NUMBER_LINE) is such a group, not a section.
TABLE_HEADER_CELL = re.compile(r"^[ \t\u3000]*序[ \u3000]*号[ \t\u3000]*$")
# TASK_TABLE_HEADER: a task table exploded one cell a line, without a 序号 column, is opened by its header
# cells, short labels one a line ending in the column of the units in charge ("任务" / "分类" / "主要方向" /
# "重点任务（2024-2026）" / "2024年工作项目" / … / "牵头" / "部门" / "配合" / "部门", round 12: a task list
# attached to a plan): from a duty cell (TASK_TABLE_DUTY_CELL) with at least TASK_TABLE_HEADER_MIN such
# labels right above it, the numbered cells below ("（一）" / "提升…品质", "1、改善城市道路环境", "（1）建设精品道路
# 300条。") are the table's group and task rows (table-group), not headings, even where they repeat the plan's
# own outline, up to the next attachment, caption or 序号 table.
TASK_TABLE_DUTY_CELL = re.compile(
    r"^[ \t\u3000]*(?:牵[ \u3000]*头|配[ \u3000]*合|责任|实施|主[ \u3000]*责)(?:部门|单位|主体)?[ \t\u3000]*$"
)
TASK_TABLE_HEADER_MIN = 3
TASK_TABLE_HEADER_CELL_MAX = 16
# A box ("专栏3 重大科技基础设施") holds a list of its own: its numbered lines open no sections.
# It is a task (kind BOX_KIND), titled by its caption ("专栏1  易涝区域整治工程" → 易涝区域整治工程),
# from its caption to the next heading or caption; its numbered items are tasks too.
BOX_TITLE = re.compile(
    r"^[ \t\u3000]*(?P<number>专栏[ \u3000]*[\d一二三四五六七八九十]{1,3})[ \u3000:：.、]*(?P<title>[^\n]*)"
)
# BROKEN_BOX_CAPTION (fixtask55, round 55): a PDF's text may break a box's caption at every span, "专栏" alone on its
# line over its number alone and its title in pieces, a blank line after each: "专栏" / "6" / " “" / "5+2+4" /
# "”国际知名商圈建设行动" / "01" / "5个世界级地标商圈" / … (gz-fyp15-consumption-center-2026; round-55 gold: two boxes,
# their entries 01…10). "专栏" alone whose next filled line is a number alone (BOX_CAPTION_NUMBER_LINE) opens a box as
# BOX_TITLE does; its title is the next at most BROKEN_BOX_TITLE_LINES short lines without a sentence mark, joined, up
# to the line opening its first entry. "专栏" alone without a number under it (a site's menu) opens nothing. The number
# may be broken too, a digit a line: "专栏" / "1" / "0" / "重点领域碳达峰行动" / "01" (gz-fyp15-green-2026: 专栏10), at
# most BOX_CAPTION_NUMBER_MAX digits.
BOX_CAPTION_ALONE = re.compile(r"^[ \t\u3000]*专[ \u3000]?栏[ \t\u3000]*$")
BOX_CAPTION_NUMBER_LINE = re.compile(r"^[ \t\u3000]*(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})[ \t\u3000]*$")
BOX_CAPTION_NUMBER_MAX = 3
BROKEN_BOX_TITLE_LINES = 4
BROKEN_BOX_TITLE_LINE = re.compile(r"^[ \t\u3000]*[^\n。；！？]{1,30}$")
# PADDED_ENTRY_ALONE: the entry's two-digit number alone on its line, its name on the lines below ("01" / "5个世界级
# 地标商圈" / "（天河路—珠江新城、…）" / its text), in a box only; and its name broken at a dash set alone on a line
# ("02" / "环南昆山" / "—" / "罗浮山县镇村高质量发展文旅协作示范区"): the pieces make one name (ENTRY_NAME_DASH_LINE).
PADDED_ENTRY_ALONE = re.compile(r"(?m)^[ \t\u3000]*(?P<n>\d{2})[ \t\u3000]*$")
ENTRY_NAME_DASH_LINE = re.compile(r"^[ \t\u3000]*[—–\-－]{1,2}[ \t\u3000]*$")
# Unnumbered headings that plans share, alone on their line, often letter-spaced ("前  言",
# "总 则"): a heading wherever it stands. A preface heads only its own text; the others head
# the numbered sections after them (总则 → 一、指导思想 …) until a chapter or another of them.
PREFACE_HEADINGS = frozenset({"前言", "序言", "引言", "导言", "序"})
# 参考文献 closes a standard or a study after its appendices, letter-spaced alone on its line
# ("参 考 文 献" / "[1]  GB/T 16820-2009  地图学术语", 城区范围确定规程): a heading even inside an
# appendix, where other short lines are cells (REFERENCES_HEADING).
REFERENCES_HEADING = "参考文献"
NAMED_HEADINGS = PREFACE_HEADINGS | frozenset(
    {"总则", "附则", "结语", "结束语", "名词解释", "术语解释", "附录", "附图", "附表", REFERENCES_HEADING}
)
# An attachment: "附件" or "附件2" alone on its line, its title on the next line; a level-1
# heading. Inside an attachment (tables, forms, lists) short lines standing alone are cells, not
# sub-headings. ("附件：2020年…" with its title on the same line lists the attachments.)
# A numbered one may end in a colon ("附件1：" / its title on the next line); a bare "附件：" alone
# is the notice's list of attachments (ATTACHMENT_LIST_ALONE).
# Standards and technical rules number their appendices with letters and call them 附录 (or
# 附件): "附件 A" over "城市空间抗震韧性评估方法" (APPENDIX_NUMBER).
# ATTACHED_BELOW: "附：" alone on its line over an unnumbered title line ("附：" / "内地西藏初中班（校）
# 扩大招生计划表" / "单位：人" / the table) heads the attachment like "附件"; over numbered lines
# ("附：" / "1.…" / "2.…") it lists the attachments, and "附：…" with its title on the same line before
# the signature is that list too.
# "附件：" alone over an unnumbered title line heads the attachment the same way (round-6 gold:
# "附件：" / "2008年北京奥运会首都国际机场" / "协 调 委 员 会 组 建 方 案" / lead / "一、主要职能"), over
# numbered lines it lists the attachments (ATTACHMENT_LIST_ALONE).
# ATTACHMENT_TITLE_WRAPPED: an attachment's title broken over two lines, the second letter-spaced
# or not, is read joined when the first line ends with no document kind and the joined lines do
# (HEADLINE_END; the second line short, unnumbered, without sentence marks: HEADLINE_LINE_MAX,
# HEADLINE_BREAKS).
# SPAN_BROKEN_ANNEX_TITLE (fix32seg, round 32): a page saved one HTML element a line breaks an attachment's title at
# every span: "附件" / "2" / "内蒙古自治区" / "单一电力用户" / "绿电直连项目" / "申报大纲"
# (nm-green-direct-supply-2026; the "2" alone is read as a page's number and dropped); up to
# ATTACHMENT_TITLE_LINES_MAX lines so read are the title.
ATTACHMENT_TITLE_LINES_MAX = 4
# An attachment may be an outline for what applicants write, its title ending so: "…绿电直连项目申报大纲" (the same
# page); the end of such a title besides a document kind's (HEADLINE_END).
# ANNEX_TERMS_TITLE (seg48, round 40): so may the terms a contract or policy must hold, "附录 5：" /
# "广西电力市场售电公司履约保证保险" / "规范性条款" (gx-performance-risk-guide-2023, round-40 gold: one wrapped title).
ATTACHMENT_TITLE_ENDS = ("大纲", "条款")
# A "附件：" over a title that stands again on one of the next ATTACHMENT_LIST_LOOKAHEAD lines (under
# "附件" alone: "附件：" / "包头市数字政府建设考评指标" / "附件" / "包头市数字政府建设考评指标") lists it.
ATTACHMENT_LIST_LOOKAHEAD = 6
# ATTACHMENT_FILE_LINK: under "附件：" a web page may give the attachment as a file to download ("附件----天津市…
# 电力需求响应.wps| 政策解读 | 相关政策", round 12): a file name is no attachment's title, and the link no heading.
ATTACHMENT_FILE_LINK = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|et|ofd|zip|rar)(?:[ \t\u3000|｜]|$)", re.IGNORECASE)
ATTACHED_BELOW = re.compile(r"^[ \t\u3000]*(?P<number>附(?:[ \u3000]*[件表][ \u3000]*)?[：:])[ \t\u3000]*$")
# ANNEX_SHORT_LABEL: "附 1" … "附 4" alone on their lines over the annexes of a ministry's draft (附件 2 of 环办气候函
# 〔2022〕111号, mee-ets-power-2021-2022-draft, lineage15), listed as "附：1.各类别机组碳排放基准值", are labels too.
# SPACED_TABLE_LABEL (fixseg51, round 51): a PDF's text layer spaces the 附表 label from its number as it does
# 附件's ("附件 2" / "附表 1" / "“好年华 聚福州”长乐区人才租赁补贴申请表", changle-talent-housing-subsidy-rules-2023,
# WPS 文字): "附表 1" is the label "附表1" is.
# SUB_ANNEX_LABEL (fixseg46, round 46): an annex's own annex is numbered after its parent's number and a hyphen,
# "附件 1-1" / "申请纳入江门市“人才房票”房源库的房源信息表" (jiangmen-talent-housing-voucher-2026, the form the
# 附件 1 承诺书 lists): a label like "附件 2".
ATTACHMENT_LINE = re.compile(
    r"^[ \t\u3000]*(?P<number>附[ \u3000]*件[ \u3000]*\d{0,2}(?:-\d{1,2})?|附[ \u3000]*表[ \u3000]*\d{1,2}"
    r"|附[ \u3000]*\d{1,2}"
    r"|附[ \u3000]*[件表][ \u3000]*\d{1,2}[：:]|附[ \u3000]*[件录][ \u3000]*[A-Z][：:]?"
    r"|附[ \u3000]*录[ \u3000]*\d{1,2}[：:])[ \t\u3000]*$"  # APPENDIX_LINE: "附录 5：" over its title
)
# An attachment numbered and titled on one line: "附表1  浙江省城市易涝风险区域整治计划表",
# "附件2 重点项目清单" (number, a space, the title; no colon, no full stop). A level-1 heading like
# ATTACHMENT_LINE; what follows is the attachment (its short lines are cells, not headings).
# The space may be missing when an extraction joined the lines: "附件2国家环境应急指挥部组成及
# 工作组职责" (a line ending in a sentence mark is a sentence, never a title).
# A lettered appendix ("附录 A  名词解释和说明", "附录 B：体检评估指标体系", "附录A（规范性）…") may
# put a colon after its letter: a letter is no list of attachments (ATTACHMENT_LIST).
# APPENDIX_TITLED: an appendix of the document itself, numbered and titled after a colon ("附录1：方案实施流程图",
# "附录2：竞价指引", round 12), heads its part as an attachment does; unlike "附件1：…" lines, which list a notice's
# attachments before its signature, 附录 lines are the document's own parts.
# ATTACHMENT_OVER_FIRST_PART: "附件：《纲要》有关指标及名词解释" at a plan's end, the attachment's "一、部分指标解释"
# on the next line (sh-fyp-14): not a list of the attachments (ATTACHMENT_LIST, whose next lines are a
# signature, a date or the numbered titles 1. 2.) but the attachment itself, titled after the colon; a level-1
# heading over its parts. A page number may be glued in front of it ("143附件：…", PAGE_PREFIX).
# NUMBERED_ANNEX_OVER_FIRST_PART (fixlin50, round 50): so is a numbered one, "附件1：2025年省十件民生实事" /
# "一、为老年人提供健康管理…。…" at the end of 广东's 2025 work report (gd-gwr-2025, lineage50: the ten 民生实事,
# no parts of the report): read on as the report's parts, its 三、…八、 made the report eight chapters, and its
# review chapter was no longer told from its plan chapter (align.REVIEW_THEN_PLAN). A list of attachments is never
# followed by 一、 ("附件1：…情况表.xls" / "附件2：…", js-retailer-supervision-2018, stays a list).
NUMBERED_ANNEX_OVER_FIRST_PART = True
ATTACHMENT_COLON_TITLED = re.compile(
    r"^[ \t\u3000]*(?P<number>附[ \u3000]*件[ \u3000]*"
    + (r"\d{0,2}" if NUMBERED_ANNEX_OVER_FIRST_PART else "")
    + r"[ \u3000]*[：:])[ \t\u3000]*"
    r"(?P<title>[^。；;\s][^。；;]{1,59}?)[ \t\u3000]*$"
)
# ANNEX_AFTER_DATE (seg40, after round 38's score): "附：…" titled on its line lists the attachments before
# the signature (ATTACHED_BELOW), but right under the signature's date (DATE_LINE) it heads the attachment
# itself: "校团委" / "市语委、市教育局" / "2019年5月11日" / "附：活动具体方案" / "2019年中华经典诵写讲大赛" /
# "一、活动宗旨" … / "附件：1. 经典诵读大赛方案" / … / "附件1" / "经典诵读大赛方案" / "一、组织机构"
# (sx-classics-recitation-activities-2019, heldout38: a school's notice carrying the ministry's activity plan;
# the plan's 一、…四、 were lost as a restart of the notice's own, its 五、 read on as the notice's, its annexes
# at level 1). A level-1 heading titled after the colon (round-38 gold); the attached document's own title line
# under it (unnumbered, no sentence mark, over its first part or its preamble) is its front matter, and the
# document's own annexes (附件1 …) are level 2 beside its parts, as a letter's annex's are (ANNEX_OF_ANNEX).
ANNEX_AFTER_DATE = re.compile(
    r"^[ \t\u3000]*(?P<number>附[ \u3000]*[：:])[ \t\u3000]*(?P<title>[^\s\d。；;：:][^。；;，,]{1,39}?)[ \t\u3000]*$"
)
ATTACHMENT_TITLED = re.compile(
    r"^[ \t\u3000]*(?P<number>附[ \u3000]*(?:件|表)[ \u3000]*\d{1,2}|附[ \u3000]*[件录][ \u3000]*[A-Z][：:]?"
    r"|附[ \u3000]*录[ \u3000]*\d{1,2}[：:])"
    r"(?:[ \t\u3000]+|(?=[\u4e00-\u9fff“《]))"
    r"(?P<title>[^\s：:][^。；！？]{1,58}[^\s。；！？：:，,])[ \t\u3000]*$"
)
# An attachment heading run into the end of the line before it, where an extraction turned the
# line break into a space (often a no-break space): "…“以下”不含本数。 附件2国家环境应急指挥部
# 组成及工作组职责". The space before "附件2" is a line break; "见附件1。" has none and stays.
# Written as its first space, then the lookbehind (a character that is no space before it), as
# are HEADING_AFTER_MARK below: a pattern that opens with a character class lets the engine skip
# to the spaces of a text, where an opening lookbehind was tried at every character (0.14 → 0.03 s
# over 100 generated plans; the same matches as "(?<=[^\s])[ \u00a0\u3000]+(?=附…)").
ATTACHMENT_AFTER_SPACE = re.compile(
    r"[ \u00a0\u3000](?<=[^\s][ \u00a0\u3000])[ \u00a0\u3000]*(?=附[ \u3000]*[件表][ \u3000]*\d{1,2}(?![\d：:]))"
)
# FORM_TEMPLATE (seg48, round 47): an attachment that is a model form to fill in, titled as one ("附录 3：保函范本",
# "附录 4：保单范本", gx-performance-risk-guide-2023) or whose title line stands over a note saying so ("附件 4" /
# "批评教育通知书" / "（参考模板）", bj-shared-bike-supervision-2026), holds the form's own wording: its numbered
# lines are the blank policy's field groups ("一、投保人" … "十二、适用条款"), a guarantee's provisions ("（一）本保函
# 项下索赔不允许分次进行…") or a pledge's points ("一、改正 在行政检查（检查单号：XXX）中发现的问题。"), content, not
# headings (round-40 and round-47 gold). A further form of the same attachment, its title over the same note
# ("责令改正通知书" / "（参考模板）"), heads its part one level below the attachment (round-47 gold).
FORM_TEMPLATE_TITLE = re.compile(r"(?:范本|模板|样本|式样|样式)$")
FORM_TEMPLATE_NOTE = re.compile(r"^[（(](?:参考)?(?:范本|模板|样本|式样|样式)[）)]$")
# "附件：2020年城市体检指标体系" at the end of a notice lists the attachments, and so does
# "附表：1.浙江省城市易涝风险区域整治计划表": not a heading.
# BARE_ANNEX_LIST (fix27seg, round 27): so does "附：" with the first numbered title on its line, "附：1\. 各类机组判定
# 标准" / "2. 各类别机组碳排放基准值" / … (nat-ets-power-2021-2022, a ministry's PDF via markdown; round 27's gold: the
# attachment list). Read as a heading, its 4. and 5. after page breaks continued the part's 1. 2. 3. as headings.
# ANNEX_RANGE_LIST (seg48, round 47): the attachments listed as one range of numbers, "附件 1-4：相关程序文件" after a
# regulation's last article, each attachment then headed "附件 1" … "附件 4" on its own page
# (bj-shared-bike-supervision-2026): a list of what is attached, not an attachment's heading.
ANNEX_RANGE = r"\d{1,2}[ \u3000]*[-－—–~～至][ \u3000]*\d{1,2}"
ATTACHMENT_LIST = re.compile(
    r"^[ \t\u3000]*(?:附[件表][ \u3000]*(?:\d{0,2}|" + ANNEX_RANGE + r")[：:]|附[：:][ \t\u3000]*\d{1,2}\\?[.．、])"
)
# "附件：" alone on its line, the attachments' titles numbered on the lines after it
# ("1.“十四五”时期…规划指标" / "2.…项目清单"): a list of what is attached, its numbered lines no
# sections (the attachments themselves follow, each headed "附件1：").
ATTACHMENT_LIST_ALONE = re.compile(r"^[ \t\u3000]*附[ \u3000]*[件表][ \u3000]*[：:][ \t\u3000]*$")
# "注：" (or "备注：") alone on its line, numbered notes after it ("1.三级公立综合医院考核应采用上述
# 全部考核指标。" / "2.标记“▲”的26个指标为国家监测指标…"): a table's or a list's notes, never sections.
NOTES_LABEL = re.compile(r"^[ \t\u3000]*(?:注|备注|注释)[ \u3000]*[:：][ \t\u3000]*$")
# NOTES_FIRST_ON_LABEL: the label with the first note on its line ("注：1. ①内涝防治达标率（%）=…" /
# "2. …" / … / "4. 风险管控：①指现存和当年新发生的…"): the lines numbered on in that note's style
# (2, 3, … in sequence) are the other notes, never sections, short label：text ones included.
NOTES_FIRST_ON_LABEL = re.compile(r"^[ \t\u3000]*(?:注|备注|注释)[ \u3000]*[:：][ \t\u3000]*(?=\S)")
# A glossary's numbered entries ("1.新质生产力：…") are entries, not sections.
GLOSSARY_HEADINGS = frozenset({"名词解释", "术语解释", "名词注释", "术语"})
# A numbered heading (or attachment) titled as a glossary ("二、有关名词解释", "一、部分指标解释",
# "附件：《纲要》有关指标及名词解释") opens one too: the short lines under it are the terms it
# explains ("揭榜挂帅", "“瞪羚”企业"), not sub-headings.
# Standards and technical rules title theirs "2 术语", "3 术语和定义" (GB/T 1.1) or "附录 A  名词解释
# 和说明".
GLOSSARY_TITLE = re.compile(
    r"(?:(?:名词|术语|指标)(?:解释|注释|说明)(?:[和与及](?:说明|定义))?|术语(?:[和与及]定义)?)$"
)
# GLOSSARY_QUESTIONS (fixseg47, round 47): a Q&A page asks its glossary's terms as questions, numbered like its other
# sub-questions: "5. 此次出台的《实施办法》涉及的部分名词解释" / "（1）什么是普通高中自主招生录取?" /
# "普通高中自主招生录取是…" … "（5）什么是区属市实验性示范性高中？" (sh-hs-admission-reform-qa-2021, gold:
# level-2 question headings, as the （1）… questions under its 2.). A numbered entry whose title ends in a question
# mark (full- or half-width) is a question heading, not a term.
GLOSSARY_QUESTIONS = True
GLOSSARY_QUESTION_ENDS = ("？", "?")
# A line wholly in brackets is a note, a date or a signature, never a heading: "（万载县统计局）" at
# the end of a communiqué, "（民政部　一九九七年一月二十八日）" under a forwarded document's title,
# "（2023年5月）", "（资料性附录）" under an appendix heading.
BRACKETED_LINE = re.compile(r"^[（(][^（）()]*[）)]$")
# FORM_NUMBER_LINE: a form attached to a notice carries its number line between "附件3" and the
# form's title ("附件3" / "20XX年  第XXX号" / "智能网联汽车道路测试（示范应用）安全性" / "自我声明", round 7):
# a year and a 第…号 number, digits or placeholders (X, ×, 〇): not the title, but read past like
# the bracketed line of an appendix (APPENDIX_SUBTITLE).
FORM_NUMBER_LINE = re.compile(r"^[\dXx×Ｘ〇○]{4}[ \u3000]*年[ \u3000]*第[ \u3000]*[\dXx×Ｘ〇○]{1,6}[ \u3000]*号$")
# The speaker's byline under a report's or a speech's title, an office and a name apart: "省长 李炳军",
# "河北省人民政府省长 王正谱" (the line under 2026年河北省政府工作报告): who speaks, never a heading.
SPEAKER_BYLINE = re.compile(
    r"^[\u4e00-\u9fff]{0,16}(?:省长|市长|区长|县长|州长|盟长|旗长|主席|总理|书记|主任|部长)"
    r"[ \t\u3000]+[\u4e00-\u9fff·]{2,4}$"
)
# ACCOUNT_DATE_LINE (fix31seg, round 31): an account's article saved as Word or text has, under its headline, the
# account's name, the date and clock time of posting and the poster's place: "海南发布 2025年05月13日 16:44 海南"
# (hn-weight-action-news-2025, hn-hiap-presser-2025). A date with a clock time is when a page was posted, never a
# heading of the article.
ACCOUNT_DATE_LINE = re.compile(
    r"^[\u4e00-\u9fff·]{2,16}[ \t\u3000]+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t\u3000]+\d{1,2}:\d{2}"
    r"(?:[ \t\u3000]+[\u4e00-\u9fff]{2,8})?$"
)
# APPENDIX_SUBTITLE: an attachment or appendix number alone on its line ("附  录  A"), then a bracketed
# line ("（资料性附录）", "（规范性附录）": the appendix's kind in a standard), then the title: the
# bracketed line stands between number and title and belongs to neither; the title is the line after.
# Web pages and Word files give a table's row as one line, its cells joined by this separator
# (formats.py). A short line standing right above such a row is the table's caption
# ("主要工业产品产量" / "产品名称\t计量单位\t产量\t较上年±%"), not a heading.
TABLE_CELL_SEPARATOR = "\t"
# GAPPED_SENTENCE_ROW (seg50, round 49): a PDF's text layer may leave a tab where a graphic reading set a gap between
# book titles inside a sentence: "根据《历史文化名城名镇名村保护条例》\t《沈阳历史文化名城保护条例》\t《…》，
# 为了完善…。" / "《…条例》\t（国务院令第524 号）、\t《…》…等相关法律法规。" (sy-historic-building-repair-interp-2026,
# under its panel titles 出台背景 and 制定依据): a line whose every tab follows a mark inside a sentence (》）、，)
# and that ends the sentence is a paragraph, no table's row, and the short line above it no caption. A row's cells
# end in words or figures, and a row ends in no 。.
GAPPED_SENTENCE_ROW = re.compile(r"^[^\t]+(?:(?<=[》）)、，,])\t+[^\t]+)+(?<=。)$")
# TAB_PADDED_HEADING: normalising keeps tabs (they separate table cells), so an OCR'd heading set off by tabs
# ("\t第七节海关和商品检验\t", "\t第二节居民消费\t", the 六五 plan) keeps them around it; a line with no tab inside it
# whose text reads a chapter marker is read without that padding (TAB_PADDING, with the CR of a CRLF text); a list's
# "\t      4．…重大项目表" keeps its tab (zj-waterlogging-14's attachment list).
TAB_PADDING = "\t\r "
# TAB_INDENTED_STYLES (after round 18's score): a page converted to text may indent every paragraph
# with a tab, headings too: "\t一、主要目标" / "\t通过优化充电设施布局…" /
# "\t（一）优化城市快速充电网络" (yn-ev-charging-doubling-2026, a provincial
# department's news page: its 18 headings were all lost). A 一、 or （一） line so
# indented is that heading; an arabic entry keeps its tab, as above.
TAB_INDENTED_STYLES = ("cn", "paren-cn")
# GLUED_FIGURES_ROW: a table whose cells lost their separators leaves rows of figures run together ("增减情况
# 119951800254927.8%1316105313542.9%…" under the header "计划目标2005年“十五”", nat-env-11): a line of at least
# GLUED_FIGURES_ROW_MIN characters, GLUED_FIGURES_SHARE of them digits, points and percent signs, is such a row, and
# the short line above it the table's header or caption, not a heading.
GLUED_FIGURES_ROW_MIN = 10
GLUED_FIGURES_SHARE = 0.5
# A TOC line: a title, dot leaders and a page number ("一、指导思想 ........ 1").
TOC_LINE = re.compile(r"(?:\.{3,}|…{2,}|·{3,}|-{4,}|_{4,})[ \t]*\d{1,4}[ \t]*$")
# TOC_LINE_GLUED_ENTRY (lead, round 30): a PDF text may glue the next TOC line onto an entry's page number where a
# box's list ends ("2.文物行政执法能力提升工程............... 10四、加强考古科研创新 ..... 10", the 湖北 relics
# 十四五 plan's PDF): the line holds two entries. It is cut after a leader run's page number where a heading marker
# opens (the page keeping pages rising: "…… 1011.…" is page 10 and entry 11.); the entry after the cut may have lost
# its own page ("… 20六、推进革命文物保护利用 ......................": TOC_LEADER_TAIL).
TOC_LINE_GLUED_ENTRY = re.compile(r"(?:\.{3,}|…{2,}|·{3,})[ \t]*(?P<page>\d{1,4})(?=[^\s\d.·…])")
# GLUED_LEADER_TOC (seg23, session 23): a standard's or guide's 目次 whose lines were joined runs its entries
# together, each ended by its dot leaders and page number, the next entry glued to that number and often
# unnumbered or numbered by a bare top number ("目    次前言 ........ I1  范围 ........ 12  规范性引用文件 ...",
# zj-village-meteo-std-2016; "目  录1 总体要求 ....... 11.1  适用范围 ....... 1", nat-city-plan-guide-2020;
# "目 录前 言........ 1 一、总体要求......", nat-smart-ship-std-guide-2021). The leaders end each entry's title;
# the digits after them are the page and, glued on, the next entry's number (GLUED_LEADER_PAGE splits them).
# A page may be a roman numeral: the front matter's (前言 … I, 引言 … II).
GLUED_LEADER = re.compile(r"[ \t\u3000]*(?:\.{3,}|…{2,}|·{3,})[ \t\u3000]*(?P<page>\d{1,4}|[IVXⅠ-Ⅻ]{1,4})")
# GLUED_LEADER_APPENDIX: a lettered appendix among those entries, its kind in brackets before its title
# ("附录A（规范性）  实体地物类别及最小面积要求列表", nat-urban-area-std-draft; "附录B （资料性附录） 乡村气象科普知识",
# zj-village-meteo-std-2016; "附录 B：体检评估指标体系"): numbered by its letter, titled after the kind, its sections
# (B.1, B.2) below it. The spaces after its letter may hold a break PARAGRAPH_MARK put back ("附录 B    规划分区").
GLUED_LEADER_APPENDIX = re.compile(
    r"^(?P<number>附[ \u3000]*[录件][ \u3000]*[A-Z])[：:]?\s*"
    r"(?:[（(](?:规范性|资料性)(?:附录)?[）)]\s*)?(?P<title>[^\s：:].{0,58})$"
)
# GLUED_LEADER_RUNNING_HEAD: a standard's running head (its code, after the page's roman number) glued to the entry
# the next page of the TOC opens with: "…9.7  应急燃气韧性能力建设 ........ 22i DB11/T XXXX—XXXX10  应急保障服务设施…"
# (bj-quake-resilience-guide), "…12  其它 ........ 10II DB33/T 2016—2016附录A …" (zj-village-meteo-std-2016): page
# furniture, no part of the entry. Its year and number may still be placeholders (XXXX).
GLUED_LEADER_RUNNING_HEAD = re.compile(
    r"(?:[ivxIVX]{1,4}[ \t\u3000]*)?(?:GB|[A-Z]{2,3}\d{0,2})/[TZ][ \u3000]?[\dX]{3,5}(?:\.\d{1,3})*"
    r"[-—－][\dX]{2,4}[ \t\u3000]*"
)

# Paragraph marks left inside a line by an extraction that lost its line breaks: the indent
# of the next paragraph ("…如下决定：　　一、充分认识…", "…发展目标     第一章  全面…"), two
# or more ideographic spaces or three or more spaces between two pieces of text. A text with
# at least PARAGRAPH_MARKS_MIN of them inside its lines is broken into lines there.
# A digit after the mark is a table's number, unless it is a decimal heading marker (number,
# one space, a title): "…制定本预案。　　1.3　适用范围".
# Letter spacing is no mark: a run of spaces between two characters that each stand alone
# ("目   次", "前      言", "北        京        市" on a standard's cover, "总　　则") keeps
# the title on its line; a PDF text whose columns are spaced apart has many marks, and splitting
# there would break every letter-spaced heading into one character a line.
# TOC_TITLE_SPACED_GLUED (seg23): nor is the spacing of a TOC's title "目    次" a mark when the text lost its line
# breaks and glued the first entry to it ("DB33/T 2016—2016目    次前言 ......", zj-village-meteo-std-2016).
PARAGRAPH_MARK = re.compile(
    r"(?<=[^\s])(?!(?<![^\s]{2})[ \u3000]+[^\s](?:[ \t\u3000\r\n]|$))(?!(?<=目)[ \u3000]+次)"
    r"(?:\u3000{2,}|[ \u3000]{3,})(?=[^\s\d.%]|\d{1,2}(?:\.\d{1,2}){0,2}[ \u3000][\u4e00-\u9fff])"
)
PARAGRAPH_MARKS_MIN = 10
# PAIRED_SPACE_MARK (fix34seg, round 34): a page crawled to one line may keep two spaces where each line break was:
# "…请认真贯彻执行。  国务院  2021年12月30日  （本文有删减）“十四五”国家应急体系规划  为全面贯彻落实…制定本规划。  一、
# 规划背景  （一）“十三五”时期取得的工作进展。  “十三五”时期,…" (nat-emergency-system-fyp14-page, a reprint on an
# industry association's site: no heading was read). PARAGRAPH_MARK wants three spaces, as two are a PDF's spacing
# inside a line ("第一章  总则"). A line at least PAIRED_SPACE_LINE_MIN characters long with at least
# PAIRED_SPACE_MARKS_MIN pairs right after a sentence or clause end is such a crawl: each pair of spaces between
# two pieces of text (not a letter spacing's one character) breaks it.
PAIRED_SPACE_MARK = re.compile(r"(?<=\S\S) {2}(?=\S\S)")
PAIRED_SPACE_AFTER_END = re.compile(r"[。；：！？;:!?] {2}(?=\S)")
# WIKI_EDIT_LINK (fix34seg, round 34): a wiki page puts a section-edit link after each of its headings, "[编辑]" on a
# line of its own in a stored Wikisource page ("一、规划基础" / "[编辑]" / "（一）发展现状" / "[编辑]",
# yn-transport-network-outline-2021: both read as sections), glued to the title once the page lost its breaks
# ("一、规划基础[编辑](一)发展现状[编辑]改革开放…", joined: neither heading was read). MediaWiki writes it 编辑 / 編輯 /
# 编辑源代码 in square brackets (escaped by a crawler's markdown perhaps); no plan's text holds it: it is dropped.
WIKI_EDIT_LINK = re.compile(r"\\?\[[ \t]*(?:编辑|編輯)(?:源代码|原始碼|源代碼)?[ \t]*\\?\]")
PAIRED_SPACE_LINE_MIN = 400
PAIRED_SPACE_MARKS_MIN = 3
# Only where the pairs stand for every break: a line holding a part or point glued straight after a sentence's end
# ("…标准。（二）加强产品碳足迹碳标识标准建设。  发布…", nat-carbon-standards-metrology-2024 joined: the pairs are
# the body's indent under each run-in title) lost its breaks without them, and broken at the pairs only, its glued
# headings were lost (24 → 4). Nor does a pair after a heading's marker break ("第一节  规划概述", cy-fuel-stations-2026
# joined): it parts the marker from its title (PAIRED_SPACE_AFTER_MARKER).
PAIRED_SPACE_GLUED_HEADING = re.compile(rf"[。；！？](?:{CN_NUMERAL}、|（{CN_NUMERAL}）|第{CN_NUMERAL}[章节])")
PAIRED_SPACE_AFTER_MARKER = re.compile(
    rf"(?:第{CN_NUMERAL}[章节篇部条]|{CN_NUMERAL}、|（{CN_NUMERAL}）|(?<![\d.])\d{{1,2}}(?:\.\d{{1,2}})*)$"
)
# A paragraph mark right before a heading marker breaks the line even in a text with fewer
# marks: a table or box run together with the heading after it ("…4.3个百分点　　（三）环境保护工作
# 进入新阶段。", "专栏3　环境保护重点城市名单　　1.确保实现二氧化硫减排目标。").
HEADING_AFTER_MARK = re.compile(
    rf"\u3000(?<=[^\s]\u3000)\u3000+(?=（{CN_NUMERAL}）|{CN_NUMERAL}、|\d{{1,2}}[.、](?!\d)|第{CN_NUMERAL}[章节篇编])"
)
# A question of an interview-style interpretation, run in with its answer: "问：…？答：…" (the
# answer's "答：" right after the question mark is what makes it one).
# The questions may be numbered in front of their 问： ("1. 问：农业面源污染具有哪些主要特点？答：…"):
# the number is the heading's, and the question keeps its 问： (as written after the number).
# QUESTION_AS_REQUEST: a question may be put as a request ending in 。, "问：请简要介绍一下《条例》的出台背景。答：…"
# (nat-pollution-permit-interp-2021, round 15): the 答： right after it makes it one all the same (and no question
# runs on over an answer's 答： to the next one's ？).
# QUESTION_OWN_PARAGRAPH (fix24seg, round 24): a page may set each question in a paragraph of its own (bold),
# its answer's 答： opening the next one: "**问：《规则》修订印发的背景和目的是什么？**" / "" / "**答：** 新一轮
# 电力体制改革…" (nat-power-midlong-rules-qa-2025, an ndrc.gov.cn 答记者问 page crawled to markdown). The 答： may
# follow after the line break and blank lines between, never after another line of text.
QUESTION_HEADING = re.compile(
    r"(?:(?P<number>(?<![\d.])\d{1,2}[.、](?!\d)|" + CN_NUMERAL + r"、)[ \t\u3000]*)?"
    r"(?P<marker>问[:：])(?P<title>(?:(?!答[:：])[^\n？]){2,80}？|[^\n？。]{2,80}。)"
    r"(?=[ \t\u3000]*(?:\n[ \t\u3000]*)*答[:：])"
)
# QUESTION_MARKER_LINE (fixseg46, round 46): a Q&A page asking a single question (too few for QUESTION_HEADING's
# run) has it read as an unnumbered heading line; its 问： is the heading's number as in a run, not part of its
# title: "问:意见出台的背景是什么?" / "答:生态环境分区管控是…" (nat-eco-zoning-interp-2024, half-width marks).
QUESTION_MARKER_LINE = re.compile(r"(?P<marker>问[:：])[ \t\u3000]*(?P<title>[^\n]+[？?])$")
# QUESTION_LINE (round 25, fix25task and fix25seg; one rule since session 25): a question set alone on its line, no
# 问：/答： and no marker, heads the paragraphs below it. Two layouts use it, each with its own condition:
# - a Q&A page whose questions are its only headings (QA_PAGE, segment._bare_questions): "重庆市推动工业领域大规模设备
#   更新和技术改造实施方案工作目标？" / "到2027年，力争实现…" … "…实施方案的重点任务？" / "（一）全面推广先进设备应用。"
#   (cq-industry-renewal-qa-2024, a city commission's 政策问答 reposted by a district portal): where no heading is read
#   otherwise, such lines, each followed by a line that is no question, are its sections when there are at least
#   MIN_QUESTIONS of them;
# - a portal article closing with its FAQ as unnumbered question paragraphs (bold), each over its answer (FAQ_RUN,
#   segment._faq_question_lines): "已申领的实体居住证还可以使用吗？" / "已经领取且处于有效期内的实体居住证仍可继续使用，
#   …。" / "前期已申领电子居住证，需要重新申领吗？" / "无需重新申领，…。" (th-e-residence-permit-guide-2024, after its
#   numbered parts 01…04; gold: level-1 headings keeping their ？, the heldout24 bold-title rule): a question line whose
#   next line is its answer (a paragraph: it ends a sentence, or is paragraph-long) heads that answer where
#   FAQ_QUESTIONS_MIN such follow one another, each answer at most FAQ_ANSWER_LINES_MAX lines long. A teaser of
#   questions one under another ("之前办理的实体卡还能用吗？" / "家里的老人…？" / "赶紧来了解一下") is content, and so
#   are a speech's questions to its audience, paragraphs apart ("大家知道今年美国的增长速度可能是多少？" /
#   "原来大家都预计…", nat-fyp14-interp-liu).
# The line holds no sentence end (。！；) and no colon, so a quoted question is none ("很多人就会问：为什么是6%以上？");
# a second question on the line is allowed ("…还可以使用吗？需要重新申领吗？").
QUESTION_LINE = re.compile(r"^[ \t\u3000]*(?P<title>[^\s。！!；;：:？?][^\n。！!；;：:]{3,79}[？?])[ \t\u3000]*$")
# REPORTER_QUESTION (fix26seg, round 26): a press-conference transcript (a 发布会's 答记者问, reposted by a
# ministry's page) has no numbered parts; each speaker's turn opens with a label line, and the reporters' questions
# are its sections, like an interview's 问：…？ (round-26 gold): "**中央广播电视总台央视记者:**" / "" / "绿色消费
# 推进行动对实现高质量发展、…具有重要意义。请问，近年来聚焦绿色消费主要开展了哪些工作，取得了哪些成效？"
# (nat-green-consumption-presser-2026). A label line ending in 记者 and a colon (bold or not) heads a question
# paragraph: its title runs from the paragraph's start (context sentences kept) to its last question mark, the
# closing 谢谢。 left out; the label is a speaker line, not the title. The answers' labels (**盛秋平:**) and the
# host's turns head nothing.
_REPORTER_LABEL = (
    r"(?m)^[ \t\u3000]*(?:\*\*)?[^\n*：:]{0,30}记者[ \t\u3000]*[:：](?:\*\*)?[ \t\u3000]*\n(?:[ \t\u3000]*\n)*"
)
REPORTER_QUESTION = re.compile(_REPORTER_LABEL + r"[ \t\u3000]*(?:\*\*)?(?P<title>[^\s*][^\n]*?[？?])[^\n？?]*$")
# REPORTER_REQUEST (lev31, heldout36): a reporter may put the question as a request, no question mark in the paragraph:
# "中新社记者:" / "刚才您提到要加强…，想问您主要采取哪些措施会吸引医疗人才到…农村地区去进行医疗服务。谢谢。"
# (nat-health-poverty-presser-2016; gold: the whole paragraph without its last 。 and the closing 谢谢。, heldout15).
REPORTER_REQUEST = re.compile(
    _REPORTER_LABEL + r"[ \t\u3000]*(?:\*\*)?(?P<title>[^\s*？?][^\n？?]*?)。(?:[ \t\u3000]*谢谢[。！!]?)?[ \t\u3000]*$"
)
FAQ_ANSWER_END = "。！"
FAQ_QUESTIONS_MIN = 3
FAQ_ANSWER_LINES_MAX = 3
# BARE_QUESTION_INLINE (fix25join): QUESTION_LINE's Q&A questions in a crawl that lost its line breaks stand glued
# between the sentence before and the answer: "…【字体：大中小】重庆市推动工业领域大规模设备更新和技术改造实施方案
# 工作目标？到2027年，…先进产能比重持续提高。重庆市推动…实施方案的重点任务？（一）全面推广先进设备应用。（二）…"
# (cq-industry-renewal-qa-2024 joined: no heading was read, and the blocks its questions name were lost). A question
# opens after a sentence's end or a closing bracket and holds no sentence mark, bracket or colon of a page's fields
# (【字体：大中小】, 日期：); in a glued text where nothing else is read, MIN_QUESTIONS of them are its sections. A
# question numbered by two digits and a space keeps that number as written ("…效力。02 电子居住证有哪些优势特点？ 办事
# 更方便…", th-e-residence-permit-guide-2024 joined; its gold numbers 01…04 so).
# REPORTER_LABEL_INLINE (lev31, heldout36): in a transcript that lost its line breaks a reporter's question opens
# right after the label's colon, "…不封顶。中新社记者:请问王主任，对于农村的贫困人口如何开展健康扶贫？王培安:…"
# (nat-health-poverty-presser-2016 joined, once EMPTY_BOLD_BREAK kept its speaker labels).
BARE_QUESTION_INLINE = re.compile(
    r"(?:(?<=[。！？?】）)])|(?<=记者[:：]))(?:(?P<number>\d{2})[ \u3000\u00a0])?"
    r"(?P<title>[^\s。；！？?【】\[\]：:（(][^。；！？?【】\[\]：:]{3,79}[？?])"
)
# NUMBERED_FAQ_QUESTION (fix22seg, round 22): a FAQ page's numbered questions, each answered by 答：, crawled onto
# one line glue the first to the page's fields and each to the answer before it: "…来源：市人力资源社会保障局、市人力
# 资源市场服务中心1.2025年度积分制入户指标有多少个？答：根据年度人口迁入计划，…持平。2.申请2025年度积分制入户需要
# 具备哪些基本条件？答：…" (gz-points-hukou-faq-2025 joined; round-22 gold: number 1., the question up to its ？, a
# line with two questions one heading). Numbered 1, 2, … in sequence, MIN_QUESTIONS of them at least, they are the
# text's sections as 问： questions are (a point before a year is the number's: ARABIC_POINT_BEFORE_YEAR).
NUMBERED_FAQ_QUESTION = re.compile(
    rf"(?P<number>(?<![\d.．])(?P<n>\d{{1,2}})(?:[.．、](?!\d)|{ARABIC_POINT_BEFORE_YEAR}))[ \t\u3000]*"
    r"(?P<title>[^。；！？\n]{2,60}？(?:[^。；！？\n答]{2,30}？)?)(?=[ \t\u3000]*答[:：])"
)

# --- Task blocks -----------------------------------------------------------------------------

# Block names, as they end a block heading ("1.重大任务", "五、“十二五”主要任务") or stand
# before "：" in running text ("重点方向：（1）芯片研发。…"). One list: plans of every issuer name
# their lists of work so, the government work report's year part too ("三、2026年重点工作",
# "二、2026年工作安排", "三、2026年主要工作"), and a five-year outline's 重大举措 ("主要目标和重大举措").
TASK_BLOCK_KINDS = (
    "重大任务",
    "重点任务",
    "主要任务",
    "重点方向",
    "技术攻关",
    "重点工程",
    "重大工程",
    "重大项目",
    "重点项目",
    "重大专项",
    "重点专项",
    "重点工作",
    "主要工作",
    "工作任务",
    "工作安排",
    "重点举措",
    "重大举措",
    # IMPORTANT_MEASURES (fix31task, round 31): a 解读 names the plan's measures 重要举措 as others name them 重点举措:
    # "二、重要举措 (一)基础设施提升行动。 1.扎实推进一批在建项目。…" (sy-transport-2023-points, a district
    # bureau's 解读 of its yearly work plan; round-31 gold, kind 重要举措, the leaves 1.… its items).
    "重要举措",
    # MAIN_INITIATIVES (fixtask59, round 59): the plan's initiatives ranked 主要 are its list of work as those
    # ranked 重点/重大/重要 are: "二、主要举措" over "1. 碳中和人才培养提质行动" … "7.碳中和战略研究创新行动",
    # each alone on its line over its paragraphs (moe-carbon-neutral-universities-2021, 教育部's 高等学校碳中和
    # 科技创新行动计划; round-59 gold, kind 主要举措). 举措 (initiatives) only: the gold reads 措施 (measures) as no
    # block under any rank — 主要措施 (dongyang-disabled-employment-2023, hc-equipment-renewal-2024,
    # moe-preschool-county-highschool-2021), 工作措施 (gm-elderly-fire-safety-2022, nat-kindergarten-2019), 政策措施,
    # 推进措施 — even where no other part names tasks.
    "主要举措",
    "重点工作任务",
    "主要工作任务",
    # An action plan (行动方案) names its list of work 行动任务: "一、行动任务" over "（一）区域更新行动"
    # sections holding the numbered tasks "1.加力推进…单元" (a district's 城市更新 plan).
    "行动任务",
    # A 工作方案 names the work it will do 工作内容, as others name it 主要工作: "二、工作内容" over
    # "（一）严把“源头清洗关”，…" sections (a district's 渣土车 campaign).
    "工作内容",
    # An action plan names its list of work by its actions: "三、主要行动" over "（一）技术创新工程"
    # sections holding numbered entries (a ministry's 传感器 action plan), "三、专项行动" over
    # "（一）融合创新能力提升行动" (a province's 人工智能 guiding opinion), "重点行动" likewise.
    "主要行动",
    "专项行动",
    "重点行动",
    # The key points of the work, written 工作重点 as often as 重点工作: "二、工作重点" over "（一）对未改造
    # 地区的农村电网…进行全面改造。" … "（四）…" (a State Council opinion on an upgrade programme, round 9).
    "工作重点",
    # BUILD_KEY_POINTS (round 27): the key works a plan will build, written 建设重点 as 工作重点 is: "三、建設重點" over
    # "1、繼續抓好病險水庫的除險加固工作。…" (farmland-water-plan-trad, a county's farmland-water plan; round-27 gold,
    # kind 建設重點, the 重点工程 family).
    "建设重点",
    # The measures of the work, named 工作举措 as 重点举措 is, apart from the plan's 保障措施:
    # "…实施方案的工作举措？" over "（一）全面增强三方支撑能力。" … "（三）加大财政金融政策支持。"
    # (cq-industry-renewal-qa-2024, round-25 gold, kind 工作举措; its 保障措施 a question of its own).
    "工作举措",
    # STRATEGIC_TASKS (fix28task2, round 28): a plan names its list of work 战略任务 as it names 主要任务, run in
    # as well as a heading ("三、战略任务", heldout6's nat-disaster-ai-2023, SCOPED_TASKS): "《行動計劃》明確了我國能源
    # 發展的五項戰略任務。一,增強能源自主保障能力。…" (nat-energy-strategy-2014-news, round-28 gold, kind 戰略任務).
    "战略任务",
    # WORK_ARRANGEMENTS (fix32task, round 32): a government work report names its part for the coming year 主要工作安排
    # (or 重点工作安排) as others name it 工作安排: "三、2024年主要工作安排" over "围绕上述目标,重点抓好以下九个方面
    # 工作:(一)坚持农业农村优先发展,…。一是切实保障粮食安全。…二是夯实乡村振兴基础。…" (qz-gov-report-2024-p3, a
    # county's 政府工作报告; round-32 gold, kind 主要工作安排, the 一是 leaves its items).
    "主要工作安排",
    "重点工作安排",
    # PRACTICAL_PROJECTS (fixtask49, round 49): a district government's yearly list of 实事项目, read as 民生实事 lists
    # are (LIVELIHOOD_LIST): "2025年区政府实事项目和重点工程安排" / "一、实事项目" over "(一)老有所享" groups holding
    # "1.*改建认知障碍照护床位220张" … "19.…" (chongming-practical-projects-2025; round-49 gold, kind 实事项目).
    "实事项目",
)
_KINDS = "|".join(TASK_BLOCK_KINDS)
# A block heading may name the period or year its work is for, before the block name: a quoted
# period "“十二五”主要任务", with 时期/期间 and 的 "“十五五”时期的主要目标任务", an unquoted one
# "十四五时期主要任务", a year or years "2026年工作安排", "2024-2026年重点任务" (a government work
# report's part for the coming year), or "今年重点工作", "下一步工作安排", "今后五年主要任务".
BLOCK_NAME_PREFIX = (
    r"(?:“[^”]{1,8}”|十[一二三四五六七八九]五|\d{4}(?:[-—–至]\d{4})?年度?|今年|下一步|(?:今后|未来)五年)"
    r"(?:时期|期间)?的?"
)
# PLAN_NAMED_BLOCK (fix26task, round 26): a plan may name its list of work after itself, "**三、规划重点任务**"
# over "**（一）…**" / "**1.…**" / "**（1）严守生态保护空间**" (cm-eco-civ-demo-2024, a district's 生态文明建设示范区
# 规划, whose 前言 says 设置4项重点任务), as "规划主要任务" does: 规划 / 计划 right before 主要/重点 任务 or 工作 is
# no topic of the work. Not with 的 or before 内容: "二、规划的主要内容" summarises a plan in its interpretation.
PLAN_NAMED_BLOCK = r"(?:规划|计划)(?=(?:主要|重点)(?:任务|工作)[:：。]?$)"
# A block of goals and tasks, its name opening with (主要)目标: "“十五五”时期主要目标任务",
# "“十五五”时期主要目标和重大举措", "目标任务". Its parts that name goals ("（一）“十五五”发展目标", GOAL_TITLE)
# are not tasks; the rest are. Its kind is the whole name, as written: 主要目标任务. Two block names
# joined ("重点任务和重大工程", TWO_BLOCKS) name one block too, its kind the joined name.
# GOALS_TASKS_AND_BLOCK (fixtask48, round 48): the goals and tasks may be joined with a block name in
# turn, "二、“十三五”时期主要目标任务和重大举措" (nat-gwr-2016-key-work, a State Council work report's
# part on the five-year plan; round-48 gold: a block, kind 主要目标任务和重大举措), as TWO_BLOCKS joins
# two block names.
GOALS_TASKS_AND_BLOCK = rf"(?:(?:和|与|及)(?:{_KINDS}))?"
GOALS_AND_TASKS = rf"(?:主要|发展)?目标(?:和|与|及)?(?:{_KINDS}|任务){GOALS_TASKS_AND_BLOCK}"
# A block heading naming its tasks by what they do, between 主要/重点/重大 and 任务: "三、重点治理任务",
# "二、主要建设任务", "重点攻坚任务" (QUALIFIED_TASKS; a block heading only, its kind the whole name).
QUALIFIED_TASKS = r"(?:主要|重点|重大)[\u4e00-\u9fff]{2,4}任务"
TWO_BLOCKS = rf"(?:{_KINDS})(?:和|与|及|、)(?:{_KINDS})"
# FOCUS_AND_TASKS (fixtask48, round 48): a five-year plan's strategic focus joined with its tasks names the block
# too, its kind the whole name: "（四）“十一五”时期的战略重点和主要任务" over paragraphs 一是建设社会主义新农村。… …
# 六是努力建设和谐社会。… (nat-gwr-2006-tasks, the report's part on the 十一五 纲要; round-48 gold: a block, kind
# 战略重点和主要任务, the 一是…六是 its items).
FOCUS_AND_TASKS = rf"战略重点(?:和|与|及)(?:{_KINDS})"
GOAL_TITLE = re.compile(r"目标[:：。]?$")
# A block heading's title is the block name, with at most a period or year prefix and a trailing
# colon or full stop: "主要任务", "“十二五”主要任务", "重点任务：", "2026年重点工作", and the run-in
# "（二）重点任务。主要包括：一是…" (its title 重点任务). BLOCK_HEADING is also how the segmenter knows
# a block label standing alone on its line ("重点任务：" over "（1）…").
BLOCK_HEADING = re.compile(
    rf"^(?:{BLOCK_NAME_PREFIX})?(?P<kind>{GOALS_AND_TASKS}|{TWO_BLOCKS}|{_KINDS}|{QUALIFIED_TASKS})[:：。]?$"
)
# Block names that are a block as a heading's whole title, but too common as words (in a table's
# cells, in running text) to be labels: BLOCK_TITLE is BLOCK_HEADING with them, for headings only.
# SCOPED_TASKS: a list of tasks named by its scope or rank, two characters before 任务, as 行动任务
# and 工作任务 are: "三、战略任务" (a ministry's plan: （一）…（七） holding 1. 2. …), "第一章基本任务",
# "具体任务". Longer names are themes, not lists ("一、统筹更新任务", the first of five parallel
# 统筹更新任务/政策/行动/资源/力量, whose numbered 任务1-21 run through all five).
SCOPED_TASKS = r"[\u4e00-\u9fff]{2}任务"
# CONTENT_BLOCKS: the content of the work a 工作方案 will do, named by that work, as 工作内容 is:
# "二、整治内容" (a campaign against illegal land use: four kinds of land to clear), "重点整治内容"
# (numbered 1.-4.), "治理内容" (CONTENT_WORK); or the 主要/重点 content of the subject named before it
# (CONTENT_TOPIC, two characters, its kind without them): "四、试点主要内容" (a pilot's （一）…（十一）)
# is 主要内容. Bare "主要内容" / "重点内容" are not: "二、《规划》的主要内容" summarises a plan in its
# interpretation, and "重点内容" heads a column of a table; nor is "试点内容", the kinds of pilot a call
# for applications invites, nor "建设内容" / "改造内容", the parts of what is built ("三、建设内容" of a
# standards guide: （一）基础共性标准 over （1）传感器与仪器仪表标准 …, the standard system's parts).
# The topic may also be the work itself with 的 (a campaign's "二、治理整顿的主要内容和措施", WORK_TOPIC:
# up to two characters and a CONTENT_WORK word, then 的), as it is for 整治内容 without 的.
# A block name joined with the measures that carry it out names the block too (AND_MEASURES, its
# kind the whole name): "主要内容和措施" over "(一)全面清理勘查、采矿许可证" … (a State Council campaign
# against illegal mining), "主要任务和措施", "重点工作及政策措施"; measures alone (保障措施) never are.
# A check campaign names the checks it will make its 检查内容: "五、检查内容" over "（一）…专项检查" (a
# ministry's three-year plan of quality checks on monitoring), as a campaign names its 整治内容.
# A campaign (活动) names what it does its 活动内容: "二、活动内容（一）学校。将树立生态文明观…（二）社区。…" (five
# ministries' notice of a green-living campaign, round-14 gold, kind 活动内容), as a clean-up names its 整治内容.
CONTENT_WORK = "工作|整治|治理|整顿|整改|改革|攻坚|检查|活动"
CONTENT_BLOCKS = rf"(?:主要|重点)?(?:{CONTENT_WORK})内容|(?<=[\u4e00-\u9fff]{{2}})(?:主要|重点)内容"
# A block name joined with what is required of the work names the block too, as with measures:
# "三、煤矿企业兼并重组的主要任务和要求" over （一）…（三） (a State Council opinion), kind 主要任务和要求.
AND_MEASURES = r"(?:和|与|及)(?:(?:主要|具体|政策)?措施|要求)"
# AND_DUTIES (fixtask54, round 54): a plan's list of work joined with the split of duties for it names the block,
# even as bare 主要内容: "三、主要内容及职责分工" over project sections "（一）建设美丽乡村…实施项目：
# 1、1个美丽乡村示范乡…责任分工：…" (pt-livable-env-plan-2015, a 平潭 行动计划实施方案; round-54 gold: a block,
# kind 主要内容及职责分工). An interpretation summarising a plan's 主要内容 assigns no duties; a who-does-what
# part alone (三、职责分工, 任务分工) names no block.
AND_DUTIES = r"(?:和|与|及)(?:职责|责任)分工"
DUTY_SPLIT_BLOCK = rf"(?:{_KINDS}|(?:主要|重点)内容){AND_DUTIES}"
WORK_TOPIC = rf"[\u4e00-\u9fff]{{0,2}}(?:{CONTENT_WORK})的"
CONTENT_TOPIC = rf"(?:[\u4e00-\u9fff]{{2}}|{WORK_TOPIC})(?=(?:主要|重点)内容(?:{AND_MEASURES})?[:：。]?$)"
# SECTOR_PREFIX: a notice may split its tasks by the sector or area they concern, each part a block
# named so: "一、发电行业重点任务" over （一）…（六）, "二、其他行业重点任务" over （一）（二） (a ministry's
# notice on greenhouse-gas reports), "农业领域主要任务", "重点区域重点工作". Only before the names
# of a list of work (主要/重点 任务 or 工作): "推进重点区域重点工程" is a task, not a block.
# Nor after a verb (SECTOR_VERBS): "加强重点领域重点工作" is a task.
SECTOR_VERBS = "加强|推进|实施|强化|推动|做好|抓好|落实|完成|开展|聚焦|突出|围绕|深化|提升|优化|统筹|加快|促进"
SECTOR_PREFIX = (
    rf"(?!{SECTOR_VERBS})[\u4e00-\u9fff]{{2,4}}(?:行业|领域|产业|区域|地区|流域)(?=(?:重点|主要)(?:任务|工作)[:：。]?$)"
)
# TOPIC_PREFIX: a list of work named by the subject it reforms or builds, joined with 的, after any
# period: "二、“十一五”深化电力体制改革的主要任务" over （一）…（八） (a State Council opinion), "煤矿企业兼并
# 重组的主要任务和要求". Only before 主要/重点 任务 or 工作 (the names of a list of work); the topic is
# Chinese characters only, so a quoted plan title ("《规划》的主要任务", an interpretation's summary)
# is no topic, nor is what another document set out ("规划提出的主要任务", SUMMARISED_TOPIC: an
# interpretation's summary). The topic may open with the verb of the reform ("深化…改革的"): with 的 it
# names the subject of the list, not a task.
SUMMARISED_TOPIC = r"(?:提出|确定|明确|部署|规定|列出)的"
TOPIC_PREFIX = (
    rf"(?:{BLOCK_NAME_PREFIX})?(?![\u4e00-\u9fff]{{0,12}}{SUMMARISED_TOPIC})[\u4e00-\u9fff]{{2,14}}的"
    rf"(?=(?:主要|重点)(?:任务|工作)(?:{AND_MEASURES})?[:：。]?$)"
)
# CUT_TITLE_REST: in a text without line breaks the reader may end a heading's title too early, at a
# closing quote ("二、“十一五”" of "二、“十一五”深化电力体制改革的主要任务（一）抓紧处理…", a State Council
# opinion crawled as one line): the rest of the block name is the heading's own text before its first
# part. It is read as part of the title for the block's name when it is one phrase of at most this
# many characters (no blank space, sentence or clause mark): a heading's own text is prose otherwise.
CUT_TITLE_REST_MAX = 24
# GLUED_BLOCK_HEADING: a notice crawled as one line may attach plans that number their parts 一、二、
# again; the reader, going on with the notice's numbers, passes over the plan's "二、重点任务" glued after a
# sentence end right before its parts "（一）…（五）", which it hangs under the notice's "二、…" (a
# ministry's notice with two attached plans). A block name so glued at the end of a heading's own text,
# right before its first part, makes that heading's parts the block's items.
# GLUED_INLINE_BLOCK: the same passed-over block heading inside a section's running text, its parts
# "（一）…（二）…" run in after it ("…依规实施监管。…工作方案一、主要任务开展…。二、工作内容（一）建设项目…抽查
# 检查对象。…（二）…", the second attached plan of that notice): a label, read only in a text without line
# breaks and only with its first part right after it.
# GLUED_BLOCK_AFTER (ind21): a passed-over block heading in running text may follow more than a sentence end: a
# text written with ASCII stops ("…为建设交通强国发挥关键作用.二、主要任务（一）加强顶层设计和系统谋划.…",
# nat-smart-shipping-2019, heldout7, joined: its ten parts were lost), a paragraph a crawl ended with a comma, or the
# bracketed note closing a paragraph ("…（每年根据设施量动态更新核定后调整）五、主要任务（一）…", fx-rural-road-2021).
# Not for GLUED_BLOCK_HEADING (a heading's own text ending so): nat-power-equipment-digital-2024's "…世界先进水平，
# 二、重点任务" over parts whose items lost their sentence ends gave two parts as tasks and two items only.
GLUED_BLOCK_AFTER = "。；！？，.）)"
GLUED_INLINE_BLOCK = re.compile(
    rf"(?<=[{GLUED_BLOCK_AFTER}])[一二三四五六七八九十]{{1,3}}、(?P<title>[^。；！？，、\s（(]{{2,20}})(?=（一）)"
)
# PAGED_PART_HEADING (fix24task, round 24): a PDF crawled a page a line, each page's lines joined with spaces, runs
# a block heading and its first part into the middle of a line, blank space around them: "…为实现碳中和目标提供有力
# 支撑。 三、重点方向 （一）源头减碳类" over "1.非化石能源先进示范项目。…" (nat-lowcarbon-demo-2023, heldout24: its
# 一、总体要求 was lost, so 二、 and 三、 were read as no headings, and the leaves 1.–12. hung under （一）指导思想 and
# the parts （二）（三） after it). The block's items are the leaves of the section holding it and of the sections
# after it that go on with its parts' numbering (（二）过程降碳类, （三）末端固碳类), up to the next part run in so
# ("…负责） 四、强化项目保障 （一）…").
PAGED_PART_HEADING = re.compile(
    r"(?<=[。；！？）)])[ \t\u3000]+[一二三四五六七八九十]{1,3}、"
    r"(?P<title>[^。；！？，、\s（(]{2,20})[ \t\u3000]+(?=（一）)"
)
GLUED_BLOCK_HEADING = re.compile(
    r"(?:^|(?<=[。；！？]))[一二三四五六七八九十]{1,3}、(?P<title>[^。；！？，、\s]{2,20})$"
)
# ATTACK_PREFIX: 技术攻关 named with what it attacks: "第二节科学技术攻关" (a 六五 plan), "关键核心技术攻关".
ATTACK_PREFIX = r"(?:科学|关键|核心|关键核心)(?=技术攻关[:：。]?$)"
# LIST_LEAD: a block heading may name its list of work with the verb that sets it out and the count of
# its entries before the block name: "（二）做好三方面重点工作。" over paragraphs "一是…" "二是…" "三是…" (a
# ministry's notice), "三、明确五项重点任务", "抓好四个方面重点工作", "二、六大重点任务". The count alone
# names the list too ("三方面重点工作"); the verb alone only with a count or right before the block
# name ("明确工作任务"). Its kind is the block name (重点工作). Not SECTOR_VERBS with a sector between
# them ("加强重点领域重点工作" is a task): nothing but a count stands between the verb and the name.
LIST_VERBS = "明确|落实|做好|抓好|突出|聚焦|部署|完成|推进|狠抓|扎实推进|全力推进|统筹推进"
LIST_COUNT = r"[一二三四五六七八九十两\d]{1,3}(?:个方面|方面|项|大|个)"
LIST_LEAD = rf"(?:(?:{LIST_VERBS})?{LIST_COUNT}|(?:{LIST_VERBS}))(?=(?:{_KINDS}))"
# YEAR_PLAN_PART (fixtask51, round 51): a department's yearly 工作总结 and plan names its part for the coming year
# 工作计划 or 工作思路 after that year, as a work report names its 2026年工作安排: "一、2022年主要工作开展情况"
# (the review) … "二、2023年工作计划" over "（一）…。一是做强海洋经济。…" (pt-agri-plan-2023), "二、2025年工作思路"
# over "…重点抓好五个方面工作：一是持续提升市场监管安全保障水平。…" (pt-market-reg-plan-2025; round-51 gold: blocks,
# kinds 工作计划 and 工作思路, the 一是 leaves their items). Only after a year: a bare "一、工作思路" is a plan's
# guiding idea, one paragraph (sanhe-town-work-plan-2024's not_blocks).
# NEXT_STEP_PLAN_PART (fixtask52, round 52): or it names that part 下一步 rather than by the year, as a report's
# "下一步工作安排" does: "三、下一步工作计划（一）大力开展干部职工法治教育学习…（责任处室：…）" after
# 一、工作开展情况 and 二、存在问题 (pt-social-law-points-2023, a 工作情况暨工作要点的报告; round-52 gold: a block,
# kind 工作计划, its （一）…（四） the items).
YEAR_PLAN_PART = (
    r"(?<=\d年)(?:工作计划|工作思路|工作打算)|(?<=\d年度)(?:工作计划|工作思路|工作打算)"
    r"|(?<=下一步)(?:工作计划|工作思路|工作打算)"
)
# DATED_BLOCK_AFTER_AND (fixtask52, round 52): a work report's part may name two things joined by 和, the second the
# year's block: "二、新一届政府努力方向和2022年重点工作" over the five-year 一是…四是 directions, then the year's
# （一）…（七） (pt-county-gwr-2022; round-52 gold: a block, kind 重点工作). The dated block name ends the title;
# a first half that reviews work (GLUED_TITLE_BLOCK_NOT_AFTER: "2021年工作回顾和2022年重点工作") is left to the
# reader.
DATED_BLOCK_AFTER_AND = re.compile(
    rf"^(?P<first>[^。；！？，,：:\s]{{2,20}})(?:和|及|与)(?:\d{{4}}年度?|今年)(?P<kind>{_KINDS})[:：。]?$"
)
# WORK_FOCUS_TOPIC (fixtask53, round 53): a guide names the focus of the work it governs after that work's verb, two
# characters before 工作重点: "四、划定工作重点" over "1.突出服务保障首都功能。…" … "5.鼓励自主更新改造。…"
# (bj-renewal-unit-guide-2026, a 实施单元划定工作指引 whose other parts 划定原则 / 划定流程方法 / 保障措施 number their
# points alike; round-53 gold: a block, kind 划定工作重点), as a bare "二、工作重点" is one (sanhe-town-work-plan-2024).
# Its kind is 工作重点.
WORK_FOCUS_TOPIC = r"[\u4e00-\u9fff]{2}(?=工作重点[:：。]?$)"
# INSPECTION_PLAN_PART (fixtask57, round 57): a body's yearly 执法/督查 plan names each of its parts after the plan
# of inspections (or assessments) it lists, every entry one inspection the body will carry out: "一、执法监督检查计划
# （一） 开展财经纪律重点问题检查。依据…计划对…开展检查。…(责任处室:监督检查处)（二）开展预算执行监督检查。…" and
# "二、督查检查考核计划（一）开展预决算公开检查。…（五）…" (pt-finance-inspection-plan-2023, a 平潭 bureau's 2023年度
# 执法监督检查计划, the yearly plan 福建 finance bodies publish after the province's template; round-57 gold: blocks,
# kinds as written). A plan named by the work it lists is a block as 工作计划 (YEAR_PLAN_PART), 重点建设计划 (the
# annex table) and 检查内容 (CONTENT_BLOCKS) are; a plan named by what is not work is none: 计划安排 and 推进计划
# (stages and dates, sh-magnolia-2024 / sy-house-safety-systems-2024 not_blocks), 固定资产投资计划 (an amount,
# songyang-invest-key-projects-2025), nor a 监测计划 (one monitoring programme each, "1.非洲猪瘟监测计划" … in a
# national animal-disease plan). Only with the kind of check named before it (INSPECTION_QUALIFIERS: 执法, 监督,
# 督查, 现场, 专项, 双随机 …; 年度 may stand before them, "年度监督检查计划"): a bare "检查计划" may be a campaign's
# timetable, and "制定检查计划" (a verb before it) is one task.
INSPECTION_QUALIFIERS = "执法|监督|督查|督导|检查|考核|抽查|巡查|稽查|专项|现场|随机|双随机|联合|日常|行政"
INSPECTION_PLAN_PART = rf"(?:年度)?(?:{INSPECTION_QUALIFIERS}){{1,3}}(?:检查|督查|考核|抽查|巡查|稽查)计划"
# BUILD_CONTENT_BLOCK (fixtask58, round 58): a plan names what it will build 建设内容, a list of work as 工作内容 and
# 整治内容 are (CONTENT_BLOCKS): "三、建设内容" over "（一）建设海上钓场。海上钓场…" … "（六）打响海钓品牌。…"
# (pt-fishing-base-plan-2016, a 海钓示范基地建设工作方案; round-53 gold: a block, kind 建设内容), "二、建设内容" over
# "（一）转变观念，理念新起来。以新理念引领…" … "（七）政策激励，教学热起来。…" (moe-first-class-courses-2019, a 教育部
# 实施意见; round-58 gold: a block, kind 建设内容). Not in a standards-system guide (标准体系建设指南), whose 建设内容
# lists the parts of the standard system it will hold: "三、建设内容" over "（一）基础共性标准" / "（1）…标准"
# (nat-chem-smart-std-2024, round-8 gold: no block; nat-petrochem-std-guide-2022, whose （1） headings were lost as
# tasks when 建设内容 was read as a block, a8116ed1), "（一）体系框架" / "（二）体系内容" (nat-av-map-std-guide-2023):
# a part naming a standard (its code in brackets may follow: "基础综合标准（CIA）") or the system makes it none
# (BUILT_STANDARD_PART). Nor where its parts are the parts of a thing, titled on their own lines over their
# description, as a report outline's "五、建设内容" over "（一）电源建设方案" / "明确电源属性…" … "（四）调节能力
# 建设方案" (nm-green-direct-supply-2026, heldout11: the chapters of the application report to write, no block): a
# list of work sets each entry as a titled sentence its paragraph runs on from (BUILT_WORK_PART_END: "（一）建设海上
# 钓场。海上钓场…"). A heading only, over numbered parts that are all so; its kind the name as written.
BUILD_CONTENT_TITLE = re.compile(r"^(?P<kind>(?:主要)?建设内容)[:：。]?$")
BUILT_STANDARD_PART = re.compile(r"(?:标准|体系[\u4e00-\u9fff]{0,2})(?:[（(][^）)]{1,12}[）)])?[:：。]?$")
BUILT_WORK_PART_END = re.compile(r"。[ \t\u3000]*[^\s]")

# SUBJECT_SCOPED_TASKS (fixtask58, round 58): a notice may name each of its parts after its subject, the list of work
# among them a SCOPED_TASKS name with that subject before it: "二、试点建设目标" / "三、试点建设原则" /
# "四、试点建设任务" over "（一）普及校园急救知识。建立…" … "（三）开展应急救护培训。…" (moe-first-aid-pilot-2021, a
# 教育部 notice on a pilot; round-58 gold: a block, kind 试点建设任务, the whole name; its 试点建设原则 numbered
# alike is none: no 任务), as "四、试点主要内容" (CONTENT_TOPIC) names a pilot's work. The subject is two characters
# naming what the work is for, not a verb doing it: "一、统筹更新任务" is the first of five parallel themes
# 统筹更新任务/政策/行动/资源/力量 (sh-renewal-resources-2026, no block), 统筹 a verb (SECTOR_VERBS), and "实施阶段
# 任务" names stages. Its kind is the whole name, as QUALIFIED_TASKS's.
SUBJECT_SCOPED_TASKS = rf"(?!{SECTOR_VERBS}|{LIST_VERBS})[\u4e00-\u9fff]{{2}}{SCOPED_TASKS}"
BLOCK_TITLE = re.compile(
    rf"^(?:{BLOCK_NAME_PREFIX}|{PLAN_NAMED_BLOCK}|{CONTENT_TOPIC}|{SECTOR_PREFIX}|{TOPIC_PREFIX}|{ATTACK_PREFIX}"
    rf"|{LIST_LEAD}|{WORK_FOCUS_TOPIC})?"
    rf"(?P<kind>{GOALS_AND_TASKS}|{TWO_BLOCKS}|{FOCUS_AND_TASKS}|(?:{_KINDS}|{CONTENT_BLOCKS}){AND_MEASURES}"
    rf"|{DUTY_SPLIT_BLOCK}|{_KINDS}|{QUALIFIED_TASKS}|{YEAR_PLAN_PART}"
    rf"|{CONTENT_BLOCKS}|{SCOPED_TASKS}|{SUBJECT_SCOPED_TASKS}|{INSPECTION_PLAN_PART})[:：。]?$"
)
# LIST_LEAD_CLAUSE: a heading of two clauses, the first setting out the list of work (LIST_LEAD and a
# block name), the second what it is for: "二、明确工作任务，有序推进信息业务编码标准贯彻执行" over a
# run-in paragraph "…。一是做好…；二是…" (a ministry's notice). The first clause names the block, its
# kind the block name (工作任务); a bare block name before the comma does not ("重点任务，…" may be
# a sentence's subject), nor does a verb with anything between it and the name.
LIST_LEAD_CLAUSE = re.compile(rf"^(?:{LIST_LEAD})(?P<kind>{_KINDS})[，,]")
# COUNTED_ACTIONS: an action plan may name its list of work by the count of its actions, after the verb that
# carries them out: "四、实施产业倍增六大行动" over "（一）创新能力提升行动" … "（六）要素保障赋能行动", each holding
# its numbered tasks "1．提升产业创新平台能级" (hn-lithium-storage-2024, round 15). The heading names a block,
# its kind the list's name without the verb (产业倍增六大行动). Only a count with 大 or 项 before 行动 at the
# title's end: one action ("实施清洁能源高质量发展行动") names no list, nor does a plan ("三大行动计划").
COUNTED_ACTIONS = re.compile(
    r"^(?:(?:组织|深入|大力|全面)?实施|开展|推进|推动)?"
    r"(?P<kind>[\u4e00-\u9fff“”]{0,10}?[一二三四五六七八九十两]{1,2}(?:大|项)(?:专项)?行动)[:：。]?$"
)
# COUNTED_WORKS (fix30task, round 30): an interpretation or news page names the plan's list of work by its count,
# after the plan's short title and the verb that set it out: "二、《實施計劃》八大任務:" over
# " 1、建設更加便利的健身場地設施,…;" … " 8、營造更為濃厚全民健身氛圍,…。" and "三、《實施計劃》提出了四大工程:" over
# "1、全民運動健身模范市、縣" (fj-fitness-2021-trad, a 政策解讀 of a province's 全民健身實施計劃; round-30 gold,
# kinds 任務 and 工程), as "二、六大重点任务" (LIST_LEAD) does. Only a count with 大 or 项 right before 任务 or 工程
# ending the title; its kind is the name without the count (任务, 重点工程). "一、《實施計劃》目標任務" (the
# targets) counts nothing: no block. A quoted title or verb alone names none.
COUNTED_WORKS = re.compile(
    rf"^(?:《[^》\n]{{1,20}}》)?(?:(?:{LIST_VERBS}|提出|确定|规定|列出|实施)了?)?"
    r"[一二三四五六七八九十两\d]{1,3}(?:大|项)(?P<kind>(?:主要|重点|重大)?(?:任务|工程))[:：。]?$"
)
# TASK_LIST_TITLE (fix25task, round 25): a year's list of the key tasks of a report, issued as the
# document's work, is titled by what it lists, 重点任务清单 after the name of what sets the tasks:
# "**2024年市政府工作报告重点任务清单**" over "**一、持续提升首都功能…**", sections
# "（一）深入落实城市总体规划" and tasks "1.严格执行首都规划重大事项向党中央请示报告制度…" numbered
# 1.–37. across them, each followed by its 主责单位：… line (bj-gwr-tasklist-2024, a city government's
# notice issuing it). The heading names a block, its kind the list's name (重点任务清单), only with
# numbered headings under it (tasks.TASK_LIST_NEEDS_PARTS): an annex table so titled, rows under a 序号
# header restating a body's work with its units (ja-renewal-2023's "…重点任务清单（2023-2025年）",
# bs-waste-sorting-2019's "…工作任务清单": who-does-what tables, no block), has none, nor a period
# after the name.
# TITLED_LIST_PARTS: such a title, unnumbered, may stand on the level of the parts it heads
# ("**…重点任务清单**" over "**一、…**" at the top of an attachment that numbers nothing before it):
# the parts after it at its level, up to the next unnumbered heading there, are its block's
# (tasks.titled_parts).
TASK_LIST_TITLE = re.compile(r"^[^\s。；！？，,：:（(）)]{0,30}?(?P<kind>(?:重点|主要)任务清单)[:：]?$")
# QUESTION_BLOCK_TITLE (fix25task, round 25): a Q&A's question asking for a plan's list of work names that block,
# its answer's entries the items: "重庆市推动工业领域大规模设备更新和技术改造实施方案的重点任务？" over the lines
# "（一）全面推广先进设备应用。" … "（四）重点提升本质安全水平。" (cq-industry-renewal-qa-2024, QUESTION_LINE), as
# "…的主要任务有哪些?" or "《行动方案》制定了哪些重点任务？" ask. Its kind is the block name asked for; a question on
# 保障措施 or 工作目标 names none. QUESTION_ANSWER_LABEL: an answer that names its block itself, a label before its
# items ("问：请问《意见》在加强志愿服务队伍建设方面确定了哪些重点任务？" / "…《意见》从两个方面，明确了加强队伍建设的
# 工作任务。一是…", nat-eco-volunteer-interp-2021, dev gold kind 工作任务), is read by that label, not the question.
QUESTION_BLOCK_TITLE = re.compile(
    rf"^[^。；！\n]{{0,60}}?(?:哪些)?(?P<kind>{_KINDS})(?:是什么|主要有哪些|有哪些|包括哪些)?[？?]$"
)
# PART_NAMED_AS_BLOCK: a block's numbered part whose title happens to name a block ("二、整治内容" over
# "（一）专项任务" 1.–4. and "（二）综合整治新三年行动结转任务量" 1.–3., cm-illegal-land-2020) is one part of the
# outer block, as its sibling is, when a sibling part with items of its own names no block: its items
# are the outer block's and take its kind (整治内容), not a block of their own (专项任务).
PART_NAMED_AS_BLOCK = "part-named-as-block"
# UNNUMBERED_PARTS_RUN_IN (fixtask42, round 42): a block heading whose sections are all unnumbered (a newspaper's
# graphic page, each short line a paragraph of its own and read as a heading: "重大战略任务" over "突出体现4个方面" /
# "一是突出推动高质量发展" / "数字经济核心产业增加值…" / "二是突出做强国内大循环" …, nanguo-fyp15-graphic-2026) has
# no numbered leaf; its items are the ordinal (一是 …) or numbered entries run through the whole of its subtree, read
# as for a block heading without sections (round-42 gold: the four 一是…四是, kind 重大战略任务). An unnumbered
# heading is no item (a table's cells read as headings), so nothing else is read in such a block.
UNNUMBERED_PARTS_RUN_IN = True
# ANNOUNCED_BLOCK: a notice or arrangement whose preamble announces its whole body as a list of work by a
# block name ("…结合本市实际，现将2025年碳达峰碳中和及节能减排重点工作安排如下：" over parts 一、…十六、, a
# municipal commission's yearly carbon-work arrangement, round 19) makes its top-level parts that block's items,
# its kind the name as written before 如下 (重点工作安排). Only a block name announces so: "现就有关事项通知如下："
# and "提出以下意见：" announce measures named by what they do (round-13 and round-19 gold: no block), and only
# in a text where no heading or label names a block of its own.
ANNOUNCED_BLOCK = re.compile(rf"现将[^。；！？\n：:]{{0,60}}?(?P<kind>(?:重点|主要)?(?:{_KINDS}))如下[：:]")
# TITLE_NAMED_BLOCK (fixtask42, round 42): a plan's own title may name its whole body as a list of work, on its line
# above the first part: "乡镇重点工作安排" over "(一)扎实做好村两委换届选举工作。…" … "(五)…" (township-key-work-2021, a
# township's yearly arrangement; round-42 gold: one block of kind 重点工作安排), as a preamble's 现将…重点工作安排如下：
# does (ANNOUNCED_BLOCK, sh-carbon-work-2025): the same parts, read the same way, only where nothing else names a
# block. Only a title line ending in a block name ("…工作要点" and "关于…重点工作的通知" end otherwise); its kind is
# the name as written after its place, year and topic.
TITLE_NAMED_BLOCK = re.compile(
    rf"(?m)^[ \t\u3000]*[^。；！？，,：:、\s]{{0,30}}?(?P<kind>(?:重点|主要)?(?:{_KINDS}))[ \t\u3000]*$"
)
# GLUED_TITLE_NAMED_BLOCK: in a text that lost its line breaks the title runs into the first part: "…时间:2022-04-09
# 08:27:37乡镇重点工作安排(一)扎实做好村两委换届选举工作。…" (township-key-work-2021 joined): a block name right before
# the first part, after no sentence or clause mark (a preamble's sentence is no title), names the block so; in a
# glued text or one of a single line too short to count as glued (is_glued), as GLUED_PARAGRAPH_ITEMS reads.
GLUED_TITLE_NAMED_BLOCK = re.compile(rf"(?P<kind>(?:重点|主要)?(?:{_KINDS}))[ \t\u3000]*$")
GLUED_TITLE_NOT_AFTER = "。；！？，,、：:"

# ANNOUNCED_LEAVES (fixtask42, round 42): a part of an announced block (ANNOUNCED_BLOCK, TITLE_NAMED_BLOCK) whose
# paragraph numbers its work 一是、二是 … has those entries as the block's items in its place, as the leaves of a
# block heading do (tests/realworld/tasks/README.md: the innermost entries are the items): "(二)打造一批高质量的党建示范
# 单位。一是扎实抓好党建示范村的建设。…；二是积极申报党建示范区。…；三是…" (township-key-work-2021: (二) and (四)
# give their 一是… entries, (一) (三) (五) are items themselves), as "(一)坚持农业农村优先发展,…。一是…" does under a
# report's 主要工作安排 (qz-gov-report-2024-p3, round 32).
ANNOUNCED_LEAVES = True
# A block heading over the stages of the work ("工作安排" over "（一）集中攻坚阶段" "（二）巩固提升阶段"
# "（三）建立长效机制"; "实施步骤" over "（一）方案制定阶段（3月底前）") is a schedule, not a list of tasks:
# a block whose numbered parts are more than half stages (STAGE_TITLE) has no tasks.
STAGE_TITLE = re.compile(r"阶段(?:[（(][^）)\n]{0,20}[）)])?[:：。]?$")
# STAGES_LEAD: the block heading's own text, before its first part, says the work goes in stages: "一、目标
# 任务" / "…分三个阶段推进相关工作：" over "（一）开展试点，探索经验。2025年12月底前，…" "（二）全省推开，逐步覆盖。…"
# (a ministry's notice: dated stages with their targets), "分两步走：", "按三个阶段实施". Its parts are the
# stages, titled by what each stage does, not STAGE_TITLE: a schedule too, no tasks.
STAGES_LEAD = re.compile(r"分[一二三四五六七八九十两\d]{1,2}个?(?:阶段|步走?)")
# GOAL_BESIDE_TASKS: a block's part split into its goal and its tasks, each a numbered heading
# ("（一）全力服务上海“五个中心”建设行动" over "1.行动目标" and "2.行动任务", the latter a block of its
# own): the heading naming the goal (GOAL_TITLE) beside a block heading is no task.
# PARAGRAPH_ITEMS: a block heading without sections whose text opens paragraphs "（一）…" "（二）…"
# that the segmenter read as running text ("二、整治内容" over "（一）“两评估、一清单、一盘活”中…的违法用地，
# 我区涉及此类整治面积约1068亩;", entries closed by a semicolon, no titles): each is an item, from
# its marker to the next, at least ORDINAL_MIN in sequence (tasks.line_items).
# A box whose caption ends with a block name ("专栏2  “十二五”环境保护重点工程", "专栏3  城市更新重大项目")
# is that block: the box and its numbered items take the block's kind (重点工程), not BOX_KIND.
BOX_BLOCK_KIND = re.compile(rf"(?P<kind>{_KINDS})[:：]?$")
# A box titled as an action ("专栏 1 智能制造技术攻关行动" over "01 关键核心技术" "02 系统集成技术", a
# ministry's 智能制造 plan), as 专项行动 and 重点行动 name blocks, is a block named so: it and its numbered
# items take the box's title as their kind (BOX_WORK_TITLE).
# A box titled as a project (工程) that numbers its entries is a block named so too, as 重点工程 and
# 重大工程 name blocks (BOX_PROJECT_TITLE; round-14 gold: "专栏1数字化解决方案研发推广工程" over "1.家用电器
# 行业：…" … "10.照明行业：…", a ministry's 轻工业 plan, kind 数字化解决方案研发推广工程). A 工程 box of
# unnumbered run-in entries ("专栏2：智能传感器推广示范工程" / "智能家居。…", a province's 传感器 plan)
# elaborates the task above it and keeps BOX_KIND.
BOX_WORK_TITLE = re.compile(r"行动$")
BOX_PROJECT_TITLE = re.compile(r"工程$")
# BOX_REFORM_TITLE (fixtask55, round 55): an outline files its boxes of reforms beside its project and action boxes
# (重大改革专栏): "专栏27 教育重点领域改革" over "1.名校集团化办学改革。以…" … "6.人工智能教育创新改革",
# "专栏28 共富型大社保体系改革" over "1.医疗保险。…" (hz-fyp15-public-services-2026; round-55 gold: blocks of kind
# 教育重点领域改革 and 共富型大社保体系改革). Like a 工程 box, a box titled as a reform that numbers its entries is a
# block named so.
BOX_REFORM_TITLE = re.compile(r"改革$")
# BOX_KIND_NOT_COUNTED (fixtask55, round 55): a box title used as a kind is the block's name "without
# number/year/period prefix" (the gold's rule, as 十大工程 → 工程): a leading period in quotes, "专栏23
# “十五五”社会公共安全整体防控体系建设工程" → 社会公共安全整体防控体系建设工程 (nj-fyp15-security-2026), and a count of
# the entries before 大,
# "专栏29 民生领域十大标志性工程" → 民生领域标志性工程 (hz-fyp15-public-services-2026), "专栏 7 十大文旅功能区建设行动"
# → 文旅功能区建设行动 (gz-fyp15-consumption-center-2026). A slogan in quotes is kept ("“5+2+4”国际知名商圈建设行动").
BOX_KIND_PERIOD = re.compile(r"^“[一二三四五六七八九十]{2,3}五”(?:时期|期间)?")
BOX_KIND_COUNT = re.compile(r"(?<![重扩壮强做第])[一二三四五六七八九十百两]{1,3}大(?=[\u4e00-\u9fff]{2})")
# A box's items may be numbered 01, 02 … each opening a line, its title alone on it ("01 关键核心技术"
# over its text: a ministry's 智能制造 plan), as infographics number theirs (PADDED_ENUM). BOX_FIRST_ITEM:
# the markers a box's first item may open with. A box item whose first line is short and ends in no
# sentence mark has that line as its title (BOX_ITEM_TITLE_LINE), not the start of the text below it.
BOX_FIRST_ITEM = r"（1）|1[、.](?!\d)|①|01[ \t\u3000]"
BOX_ITEM_TITLE_LINE = re.compile(r"[ \t\u3000]*(?P<title>[^\n。；！？]{2,30}?)[ \t\u3000]*\n")
# BOX_LEAD_LINE (fixtask56, round 56): an outline's box may open with one unnumbered lead line, what the box's entries
# serve, between its caption and its first numbered entry: "专栏11 消费转型升级重点行动" / "稳步推进消费供给侧改革，加快
# 消费转型升级、扩容提质，…" / "1.打造服务消费新标杆。…" … "5.塑造国际商圈新地标。…", "专栏12 重大投资十大工程" /
# "突出稳总量、优结构、增效益、促招引，聚焦十大领域谋划推进市重大项目1000个以上，…" / "1.先进制造业基地领域。…" …
# "10.民生设施领域。…" (hz-fyp15-consumption-investment-2026; round-56 gold: the lead lines are no items, the numbered
# entries are). The entries are read from the line after it, as if it were not there, when that line opens the first
# entry (BOX_FIRST_ITEM); a line that opens with a number of its own (BOX_LEAD_NUMBERED: a group's "（一）…", "一、…")
# is no lead.
# BOX_SET_APART (lin60, round 59): a box runs, as read, from its caption to the next heading or caption, and a box
# whose parent's paragraphs go on after it took them in. A text that sets its box apart by blank lines shows where the
# box ends: a run of blank lines before its caption, its entries one blank line apart, and a run of blank lines again
# after its last entry, the parent's text going on below. 上海 十五五 纲要 三、1.1 (sh-15th):
# "加快发展三大先导产业。…" / 10 blank lines / "专栏1 上海加快实施“人工智能+”行动" / "“人工智能+”新质发展。…" …
# "“人工智能+”治理增效。…" (one blank line apart) / 9 blank lines / "着力打造六大新兴支柱产业集群。…" /
# "前瞻布局六大未来产业。…" — the last two are 1.1's lines of work, not the box's (round 59's gold: the 十四五
# 六大重点产业集群 items continue 1.1); 山东 十三五 科技创新规划's boxes the same with 3 blank lines
# ("8.新一代通信网络与终端。…" / 3 blank lines / "新材料技术。立足…", the next field's opening, which lineage's
# BOX_TEXT_ENDS cut off by hand). So a box captioned on its own line after at least BOX_SET_APART_LINES blank lines
# ends at the first run of at least that many blank lines after it that is wider than every gap between its own lines
# (its caption's included). Blank lines are counted in the text as read (the normaliser folds a run of them into one);
# a gap that held anything else (a page number dropped) does not count.
BOX_SET_APART = True
BOX_SET_APART_LINES = 2
_LEAD_NUMBER = r"[一二三四五六七八九十\d]{1,3}"
BOX_LEAD_NUMBERED = re.compile(rf"[ \t\u3000]*(?:[（(]{_LEAD_NUMBER}[）)]|{_LEAD_NUMBER}[、.．])")
# BOX_NAMED_ENTRY (fixtask56, round 56): a box titled as a project or an action (BOX_PROJECT_TITLE, BOX_WORK_TITLE) may
# list its entries unnumbered, each a line opening with the name of one project of that word and a colon:
# "专栏18  “十五五”历史文化遗产保护工程" / "物质文化遗产保护挖掘工程：推进明故宫遗址、…" / "非物质文化遗产传承活化工程：
# 持续推动金陵琴派、…" (nj-fyp15-heritage-2026; round-56 gold: a block of kind 历史文化遗产保护工程, the two names its
# items). At least BOX_NAMED_ENTRIES_MIN such lines in a row from the box's first line, each name ending in the word
# that ends the box's title (工程 under a 工程 box); a box of other run-in lines ("专栏2：智能传感器推广示范工程" /
# "智能家居。…") keeps BOX_KIND, and a box of 项目 lines ("续建工程：…") names no project of its title's word.
BOX_NAMED_ENTRY = re.compile(r"[ \t\u3000]*(?P<name>[^\n\d。；！？，,：:、.．（）()]{2,24}?)[：:]")
BOX_NAMED_ENTRIES_MIN = 2
# A box's caption glued to the end of the paragraph before it by an extraction, its items on the lines
# after it ("…开展安全可控工业软件应用示范。专栏 5 工业软件突破提升行动" / "01 研发设计类软件"): a caption
# after a sentence end, alone to its line's end, whose next line opens the first item (BOX_FIRST_ITEM).
BOX_TITLE_AFTER_SENTENCE = re.compile(
    r"(?m)(?<=[。；！？])[ \t\u3000]*(?P<number>专栏[ \u3000]*\d{1,3})[ \u3000:：.、]*(?P<title>[^\n。；！？]{2,30})$"
    rf"(?=\n[ \t\u3000]*(?:{BOX_FIRST_ITEM}))"
)
# A box whose items were glued to its caption line ("专栏8　环境治理保护重点工程（一）工业污染源全面达标
# 排放。…（二）大气污染重点区域气化。…"): its title ends where its first item begins, at least
# BOX_TITLE_MIN characters in. Only a box named as a block (BOX_BLOCK_KIND) has its glued items
# read as tasks; other boxes' glued lists (控制单元, 指标) name no work.
BOX_GLUED_FIRST_ITEM = re.compile(r"（一）|（1）|1[、.](?!\d)|①")
BOX_TITLE_MIN = 2
# Item markers that may open the first item right after a label. A digit after "1." is a decimal ("1.5亿元"), not
# after "1、" (COUNT_AFTER_COMMA_MARKER, fixtask54, round 54): an entry may open with a count or a year, "实施项目：
# 1、1个美丽乡村示范乡：白青乡；2、3个美丽乡村示范村：…；3、8个村庄整治：…" (pt-livable-env-plan-2015;
# round-54 gold: 1、…4、 items).
FIRST_ITEM = r"（1）|1、|1\.(?!\d)|①"
# A block label ending a paragraph, its items on the lines after it: "聚焦芯片。重点任务：".
TRAILING_LABEL = re.compile(rf"(?:(?<=[。；！？])|^)(?P<title>(?:“[^”]{{1,8}}”)?(?P<kind>{_KINDS}))[:：]$")
# The segmenter's test for a line opening a block's first item keeps "1、" before a digit out, as before:
# COUNT_AFTER_COMMA_MARKER was measured on run-in task items, not on the headings this test decides.
FIRST_ITEM_LINE = re.compile(r"^(?:（1）|1[、.](?!\d)|①)")
# "重点方向：" followed by the first item "（1）", "1、" or "①" (on the same line or the next).
INLINE_LABEL = re.compile(rf"(?P<kind>{_KINDS})[:：][ \t\n]*(?={FIRST_ITEM})")
# DASH_BULLET_LABEL (fixtask42, round 42): a summary page whose markdown list lost its line breaks runs a block's
# name and its dash bullets into one line, each bullet a name, a colon and its sentence: "…[9] 主要目标指标 - 经济发展:
# … [4] - 创新驱动:… 重大战略任务 - 推动高质量发展:强调科技创新的引领作用,… [10] - 做强国内大循环:坚持扩大内需战略
# 基点,… [11] - 推进全体人民共同富裕:… [13] - 统筹发展和安全:…" (reportify-fyp15-summary-2026; round-42 gold: four
# items of kind 重大战略任务, each opening at its name, the dash a bullet, no number). A block name (or a 重大/重点/主要
# …任务 name, QUALIFIED_TASKS) right before " - " and a bullet's "name:" is the label; its items are the bullets in a
# row (DASH_BULLET_ITEM), at least ORDINAL_MIN, up to the first dash whose words are no "name:" (the next heading's
# "核心观点 - 文章阐述了…") or the section's end. 主要目标指标 names no work: its bullets are targets.
DASH_BULLET_LABEL = re.compile(
    rf"(?:^|(?<=[\s\]]))(?P<kind>{_KINDS}|{QUALIFIED_TASKS})[ \t\u3000]+-[ \t\u3000]+"
    r"(?=[^\s\-:：。；，,]{2,20}[:：])"
)
DASH_BULLET_ITEM = re.compile(r"(?:^|(?<=\s))-[ \t\u3000]+(?P<name>[^\s\-:：。；，,]{2,20}[:：])?")
# BULLET_LIST_LABEL (fixtask50, round 50): a news box names a block in a short line and lists its entries one a line,
# each opening with a bullet mark, no number: "今年排定的市重大工程项目" over "■ 科技产业类安排正式项目62项,…" … five
# ■ lines (shanghai-major-projects-2026-news; round-50 gold: five items of kind 重大工程项目, each opening at its ■;
# round-30 gold reads nat-no1-doc-2023-forum's ■ bullets as items too). A line (or, in a glued text, a run of words
# after a sentence end) of at most BULLET_LABEL_MAX characters ending in a block name (项目 after it kept in the kind)
# right before the bullet is the label; its items are the bullets of that mark in a row, at least ORDINAL_MIN.
# BULLET_NEXT_LABEL: the box's next heading may lose its line break and run on at the end of an entry, naming the same
# work again ("…推进新型城镇化和乡村振兴战略去年重大工程建设成绩单" over three ■ lines of last year's figures): an
# entry whose last clause holds the block's name again ends the list.
# BULLET_MARKS is the part of BULLETS that opens an entry of such a list: the filled marks a news box sets before each
# entry. The hollow ones (○□◇) and ◎ also mark a page's own furniture and sub-points, · a name separator ("张三·李四")
# and the arrows ►▶ a link line, so a label over them would open a list where the page has none.
BULLET_MARKS = "■●◆•▪"
BULLET_LABEL_MAX = 20
BULLET_LIST_LABEL = re.compile(
    rf"(?:^|(?<=[\n。！？]))[ \t\u3000]*(?P<title>[^\n。；;！？:：,，{BULLET_MARKS}]{{0,{BULLET_LABEL_MAX}}}?"
    rf"(?P<kind>(?:{_KINDS})(?:项目)?))[ \t\u3000]*\n?[ \t\u3000\n]*(?=(?P<mark>[{BULLET_MARKS}]))"
)
# RUN_IN_BLOCK_SECTION (fix28task2, round 28): every Task hangs from a Section (DESIGN.md (Section)-[:HAS_TASK]->
# (Task)), but a news report of a plan may have no heading at all while its paragraph names the plan's list of work
# and runs its items in: "《工作要点》部署了9个方面26项重点任务。一是夯实数字乡村发展基础。…二是…"
# (nat-digital-village-2025-news, round-28 gold: four items of kind 重点任务). In a text with no section, each such
# labelled block (read by the run-in label rules: ORDINAL_LABEL, INLINE_LABEL …) is a run-in section of its own:
# level 1, no number, its title the block's name as the text writes it (重点任务), from the start of the label's
# sentence (RUN_IN_BLOCK_SENTENCE_END before it) to the end of its items. A text with any section keeps its
# sections as they are: its blocks hang from them.
RUN_IN_BLOCK_SECTION = True
# PREAMBLE_RUN_IN_BLOCKS (fix31task, round 31): a news page's only "heading" may stand after its body (a footer
# line cut short, "中华人民" under the 版权所有 line of bz-transport-2023-meeting), so the report's run-in block
# "会议强调，…要突出做好7方面工作:一是项目要规划好。…七是队伍要打造好。" stands before every section, where no
# section's label search looks. When no heading, label or announcing preamble of the sections names a block, the
# text before the first heading is read as a text with no section is (RUN_IN_BLOCK_SECTION): each labelled block a
# run-in section of its own (round-31 gold: seven items 一是…七是 of kind 工作).
PREAMBLE_RUN_IN_BLOCKS = True
RUN_IN_BLOCK_SENTENCE_END = "。！？；;\n"
# "重点任务：" with no numbered item after it: a block whose items cannot be read.
UNREAD_LABEL = re.compile(rf"(?:^|(?<=[。；\n]))(?P<kind>{_KINDS})[:：]")
# "生物医药领域关键核心技术攻关1、…": a field's key-technology block, its items follow at once.
ATTACK_LABEL = re.compile(
    r"(?:(?<=[。；！？\n])|^)(?P<name>[^。；！？\n：]{2,24}?领域(?:关键核心)?技术攻关)[ \t\n]*(?=1[、.])"
)
# A box (专栏) in a text that lost its line breaks lost its frame and its title line too: its title
# is glued to its first sentence, right after the sentence before it, and a block label and its
# items follow its intro ("…一体化。建设长三角国家技术创新中心定位于从科学到技术的转化，…枢纽。
# 主要任务：（1）…"). A box is read backwards from a block label: among the BOX_INTRO_SENTENCES
# sentences before it, the nearest whose first clause is a title glued to a sentence
# (``headings.glued_clause_end`` with BOX_INTRO_OPENERS); never the section's own first sentences
# (BOX_AFTER_SENTENCES of them: the section's intro, which a label may follow directly). The box is
# a Task of kind BOX_KIND, from its title to the end of its items; it ends the block before it.
BOX_KIND = "专栏"
BOX_INTRO_SENTENCES = 2
BOX_AFTER_SENTENCES = 2
# Words that open a box's intro sentence, besides those of glued chapter titles (SENTENCE_OPENERS):
# "…城市能源微网示范聚焦临港新片区", "…碳中和示范区针对崇明岛生态优势", "…技术创新中心定位于从科学到技术的转化",
# "…可持续智能建造示范推进建造技术从…", "…青年人才培育打造与科技创新中心建设…相适应的…队伍",
# "精准智能诊疗面向复杂疾病的诊治", "食品安全构建食品安全的全过程追溯…", "…精准防控综合运用超级计算机…".
BOX_INTRO_OPENERS = ("聚焦", "针对", "定位于", "推进", "打造", "面向", "构建", "综合运用")
# A box title names a line of work: at most BOX_TITLE_MAX characters, and it does not open with a
# preposition ("将传统建造和人工智能学科中具有重要…" is a sentence, its 要 no opener).
BOX_TITLE_MAX = 30
BOX_TITLE_NOT_FIRST = "将把被对在以为从由向与和及"
# Labels of non-task blocks end a task block too: "重大平台：加快建设…".
OTHER_BLOCK_LABEL = re.compile(r"(?:重大平台|重点平台|重大设施|保障措施)[:：]")
# Marker styles that number items, not sections. A heading numbered so that is a task of a block
# heading ("1.重大任务" / "（1）重大新药创制") is the task only. A task numbered as a section
# (一、, （一）, 1., 第X章: "二、主要任务" / "（一）强化顶层设计引领，发挥政府宏观指导作用。…") is
# a section as well: it has its own title and text, and readers count it among the plan's
# headings (tests/gold/realworld/README.md, "What counts as a heading").
TASK_ONLY_STYLES = ("paren-arabic", "circled")
# An item title is its first sentence, or its first clause when that sentence is long.
ITEM_TITLE_MAX = 30


@dataclass(frozen=True)
class ItemStyle:
    """How the items of a block are numbered, given how its first item is written."""

    first: str  # the first item's marker: "（1）", "1、", "1.", "①"
    style: str


# The item styles a block may use, by its first marker (a block keeps one style throughout).
ITEM_STYLES = (
    ItemStyle("（一）", "paren-cn"),  # only in a box whose items are glued to its caption
    ItemStyle("（1）", "paren-arabic"),
    ItemStyle("1、", "arabic"),
    ItemStyle("1.", "arabic"),
    ItemStyle("①", "circled"),
    ItemStyle("01", "padded"),  # only in a box, each opening a line (BOX_FIRST_ITEM)
)

# Ordinal items, "一是…；二是…" (十一是, 二十是 …): how reports and many plans number the work of a
# block in running text ("（二）重点任务。主要包括：一是构建…；二是全方位扩大内需；…") or one
# paragraph each ("一是经济综合实力显著提升，…。\n二是…"). Read in sequence from 一是; each opens the
# text or follows a sentence, clause or line end (ORDINAL_BEFORE: also a comma, "到2025年，一是…",
# "在基础设施方面，一是…"), so 统一是 is no item. At least
# ORDINAL_MIN of them make a list. The last item ends with its paragraph.
ORDINAL_BEFORE = "。；;：:！？，,\n"
ORDINAL_MIN = 2
# CUT_OFF_FIRST_ORDINAL (fixtask42): a page cut short may break off inside a labelled block's first item, so one
# 一是 stands after its label and no 二是: "《规划》指出,“十四五”期间要抓好8个方面重点任务。一是实施国家
# 节水行动,强化水资源刚性约束。…推动水资源利用方式" (nat-water-security-14-news, round 31: the stored answer
# ends there; gold: one item of kind 重点任务), as nanguo-fyp15-graphic-2026 (round 42) breaks off in its
# fourth (四是突出统). After a run-in label (ORDINAL_LABEL) only, the item at once after it, running to the end of
# the text, its last paragraph, which ends in no sentence or closing mark (CUT_OFF_CLOSERS): a text that ends so
# is cut, not finished after one item.
CUT_OFF_CLOSERS = "。！？；;.!?”’」』）)】]…"
# A run-in label naming a block whose ordinal items follow: "重点任务：一是…", "重点任务。主要包括：
# 一是…", "主要任务包括以下五个方面：一是…". A label closing its sentence with a full stop names the
# plan's list only when the sentence sets it out (ORDINAL_LABEL_VERBS): "《意见》从两个方面，明确了
# 加强队伍建设的工作任务。一是…", not a review's "全面完成了各项重点任务。一是…".
ORDINAL_LABEL_VERBS = "明确|提出|部署|确定|安排"
# COMMA_ORDINALS (fix28task2, round 28): news and traditional-character texts number ordinal items by the numeral
# and a comma, "一," "二," as others write 一是 二是: "《行動計劃》明確了我國能源發展的五項戰略任務。一,增強能源自主
# 保障能力。…;二,推進能源消費革命。…" (nat-energy-strategy-2014-news, round-28 gold: items 一, and 二,). Read
# only where the first follows a block's label at once (COMMA_ORDINAL_FIRST), then in sequence as 一是 … are:
# a comma after a numeral in running text is no list.
COMMA_ORDINALS = ",，"
COMMA_ORDINAL_FIRST = re.compile(r"[ \t\u3000\n]*一[,，]")
# COUNTED_ORDINAL_LABEL (fix31task, round 31): news of a plan or a work conference announces the coming work by the
# count of its aspects, what must be done (要/将/需要/必须 …) or what the plan's key points are, then numbers them
# 一是 …: "“十四五”期间要抓好8个方面重点任务。一是实施国家节水行动，…" (nat-water-security-14-news), "抓好2023年交通
# 运输工作，要突出做好7方面工作:一是项目要规划好。" (bz-transport-2023-meeting), "重點有以下10個方面的內容。" /
# "一是加強現代化基礎設施建設，…" (nat-transport-power-5yr-trad; round-31 gold: blocks of kinds 重点任务, 工作, 重點).
# The kind is the block name after the count (工作 standing for the year's work), or 重点 where the key points are
# the subject. Only a count of 方面 right before the list, and only forward-looking: a review's "主要做了以下几个
# 方面的工作：一是…" (past work) has no 要/将 (主要 and 重要 are no 要) and names no 重点.
COUNTED_ORDINAL_COUNT = r"(?:以下)?[几一二三四五六七八九十两\d]{1,3}个?方面的?"
COUNTED_ORDINAL_LABEL = (
    rf"(?:(?:(?<![主重])要|将|需要|必须)[^。；！？\n：:]{{0,10}}?{COUNTED_ORDINAL_COUNT}(?P<counted_kind>{_KINDS}|工作)"
    rf"|(?P<point_kind>重点)(?:主要)?(?:有|包括){COUNTED_ORDINAL_COUNT}(?:内容|工作))"
    r"[。：:][ \t\u3000\n]*(?=一是)"
)
ORDINAL_LABEL = re.compile(
    rf"(?P<kind>{_KINDS})(?:[:：]|。?(?:主要)?(?:包括|有|如下)(?:以下)?(?:[几一二三四五六七八九十\d]+个?方面)?[:：])"
    r"[ \t\u3000\n]*(?=一是|一[,，])"
    rf"|(?:{ORDINAL_LABEL_VERBS})了?[^。；！？\n]{{0,30}}?(?P<stated_kind>{_KINDS})。[ \t\u3000\n]*(?=一是|一[,，])"
    rf"|{COUNTED_ORDINAL_LABEL}"
)
# The groups of ORDINAL_LABEL that hold a block's kind, one per branch.
ORDINAL_LABEL_KINDS = ("kind", "stated_kind", "counted_kind", "point_kind")


# An attachment that is a table listing the plan's projects or tasks ("附件：普陀区水务“十五五”重点项目清单",
# "附件2 重大工程项目表") is a task block, its kind the table's name (重点项目清单): its rows, flattened
# one cell per line ("序号" / "项目类型" / "项目名称" / … / "1" / "泵闸新改建工程" / …), are its items,
# each opening at its row number, a line of its own, in sequence 1, 2, 3 … (group lines "一" / "水安全"
# between them are no rows). Only a table with a 序号 column (ANNEX_TABLE_HEADER) within
# ANNEX_HEADER_CHARS of its title; a table naming who carries each row out (ANNEX_UNIT_COLUMN:
# 责任单位, 牵头单位, 推进单位 …) is a who-does-what table like 任务分工, no block.
# The title may stand on the line below a bare "附件2" (a web page's "附件2" / "" / "公园绿地重点建设计划表"),
# but not be an entry of the list of attachments ("附件：" / "1.郊野公园建设项目表" / "2.…重点建设计划表").
# The kind is the table's name without the word 表 ("重点建设计划表" → 重点建设计划, "重大项目表" → 重大项目;
# 清单 and 一览表 are kept: 重点项目清单); the names: 重点/重大, 工程 or 建设, then 项目, 任务, 工程 or
# 计划 ("重点建设项目表", "重大工程项目表", "重点任务清单", "重点建设计划表").
# ANNEX_PROJECT_PACKAGE (fixtask55, round 55): a 十五五 outline may bundle its projects by field into packages, each row
# of its table one package, "附表" / "“十五五”时期重大工程包" / "序号 领域 重大工程" / "1" / "全国政治" / "中心建设" /
# "中央政务环境与服务提升、…等3项工程" (bj-fyp15-implementation-projects-2026; round-55 gold: twelve rows of kind
# 重大工程包): 包 after the name is kept in the kind, as 清单 is (重大项目包 likewise).
ANNEX_PACKAGE = "包"
ANNEX_TABLE = re.compile(
    r"(?m)^[ \t\u3000]*附[ \u3000]*[件表][ \u3000]*\d{0,2}[ \u3000：:]*"
    r"(?:\n[ \t\u3000]*)*?(?![ \t\u3000]*\d{1,2}[.．、])[^\n]{0,40}?"
    rf"(?P<kind>(?:重点|重大)(?:工程|建设)?(?:项目|任务|工程|计划)(?:{ANNEX_PACKAGE}|清单|一览表)?)表?"
    r"(?:[（(][^）)\n]{0,20}[）)])?[ \t\u3000]*$"
)
ANNEX_TABLE_HEADER = "序号"
ANNEX_HEADER_CHARS = 300
ANNEX_UNIT_COLUMN = re.compile(r"(?:责任|牵头|推进|实施|配合|主体)(?:单位|部门)")
ANNEX_ROW_NUMBER = re.compile(r"(?m)^[ \t\u3000]*(?P<n>\d{1,3})[ \t\u3000]*$")
# A table in parts, each under its own header, its rows numbered from 1 again ("杭州市" / "序号" / … /
# "1" … "45" / "宁波市" / "序号" / … / "1" …): a 序号 line of its own restarts the numbering.
ANNEX_HEADER_LINE = re.compile(r"(?m)^[ \t\u3000]*序号[ \t\u3000]*$")
# ANNEX_HEADER_ROW (fixtask55, round 55): a PDF's text keeps a header row's cells on one line while it breaks the rows'
# cells one fragment a line: "序号 领域 重大工程" over "1" / "全国政治" / "中心建设" / … (bj-fyp15-implementation-
# projects-2026). A line opening with 序号 followed by at most ANNEX_HEADER_ROW_CELLS short column names (no figure, no
# sentence mark) is the table's header as the 序号 line alone is. ANNEX_CONTINUED_PART: a header repeated after a page
# break ("— 148 —" / "序号 领域 重大工程" / "7" / "富有活力" …) opens no new numbering: a part whose first row number
# is the next of the rows so far continues the table (rows 7…12), one whose first is 1 restarts it (a table in parts).
ANNEX_HEADER_ROW_CELLS = 6
ANNEX_HEADER_ROW = re.compile(
    r"(?m)^[ \t\u3000]*序[ \u3000]?号"
    rf"(?:[ \t\u3000]+[^\s\d。；;，,：:]{{1,10}}){{0,{ANNEX_HEADER_ROW_CELLS}}}[ \t\u3000]*$"
)
# The table ends where the next attachment begins ("附表5  …", "附件3").
ANNEX_NEXT = re.compile(r"(?m)^[ \t\u3000]*附[ \u3000]*[件表][ \u3000]*\d")


# A speech turning to its audience at a paragraph's start ("各位代表！我们要全力支持群团机构…",
# "同志们！") closes the passage before it: a government work report's last section has no heading
# after it, and its closing paragraphs (on the government's own conduct: "…对加强政府自身建设提出了新的
# 更高要求。…一是坚持依法行政…") are no items of the block's last leaf. A leaf's items are read
# only before such a paragraph, unless the leaf's text opens with it.
AUDIENCE_ADDRESS = re.compile(r"(?m)^[ \t\u3000]*(?:各位代表|同志们)[！!，,：:]")
# SPEAKER_ABOVE_SALUTATION (fixseg52, round 52): a speech printed with its speaker's name on a line of its own
# right above the salutation, "(二〇二六年一月十五日)" / "浦 虹" / "同志们:" (lijiang-fyp15-proposal-explanation-2026;
# "习近平" / "同志们：" in nat-19th-congress-report-2017 and nat-fyp15-proposal-explanation-2025): the name is front
# matter, also letter-spaced as a top title would be ("序 言"), never a heading.
SALUTATION_LINE = re.compile(r"^[ \t\u3000]*(?:各位代表|同志们)[！!，,：:][ \t\u3000]*$")


# Numbered items run into the text of a block's innermost section, each after a sentence or clause
# end ("（一）加强组织领导。1.建立工作专班。…2.压实责任。…" in a text whose lines were joined,
# "办好民生实事：（1）做好重点群体就业。（2）…"): by the rule that a block's items are its innermost
# numbered entries, they are the tasks, not the section; at least ORDINAL_MIN of them, in sequence.
# They are looked for only before the section's first box, table or note (ITEM_AREA_END): the
# numbered lines of "专栏1  易涝区域整治工程" are the box's items, and "注：1.按表中所列…" a table's notes.
RUN_IN_FIRST_ITEM = re.compile(rf"(?:^|(?<=[。；;：:\n]))[ \t\u3000]*(?P<marker>{FIRST_ITEM})")
ITEM_AREA_END = re.compile(
    r"(?m)^[ \t\u3000]*(?:(?:专栏|附表|续表|表|图)[ \u3000]*[\d一二三四五六七八九十]{1,3}(?:[ \u3000:：.、]|$)"
    r"|专栏[ \u3000]*\d{1,2}(?=[\u4e00-\u9fff“])|(?:注|备注|说明)[ \u3000]*[:：])"
)
# DAMAGED_ENTRIES: an OCR'd text loses or misreads the numerals of a block's 一、 entries ("、工农业生产，…"
# for "一、…", "一、努力调整…" for "三、…", "四、 有计划…" with a space), so the segmenter reads only some of
# them as sections. The lines of a block that open with a 一、-style marker or a bare 、 (DAMAGED_ENTRY)
# are its entries when they are at least DAMAGED_ENTRIES_MIN, the last one's numeral is their count
# (the list ends where the printed numbering says), and at least one of them is damaged (numeral lost
# or out of place; an intact list is read from the section tree as usual): a State Council 六五 plan's
# "第一章基本任务" (ten entries, four markers damaged), "第二节科学技术攻关" (eight).
DAMAGED_ENTRY = re.compile(
    rf"(?m)^[ \t\u3000]*(?P<marker>(?P<numeral>{CN_NUMERAL})?、)[ \t\u3000]*(?=[\u4e00-\u9fff“])"
)
DAMAGED_ENTRIES_MIN = 3
# LINE_LABEL: a line that ends by naming a list of work, its entries on the lines below it, numbered
# 一、 (or damaged, DAMAGED_ENTRIES): "“六五”期间水利建设的主要任务是：", "“六五”期间的具体任务如下" (a section's
# text, not a heading). Its kind is the block name (主要任务, 具体任务: SCOPED_TASKS).
LINE_LABEL = re.compile(
    rf"(?m)(?:^|(?<=[。；！？]))[^。；！？\n]{{0,30}}?(?P<kind>{_KINDS}|{SCOPED_TASKS})"
    r"(?:是|如下|为)[:：]?[ \t\u3000]*$"
)
# LINE_LABEL's ending alone: a line (or the window) ending in 是/如下/为 and a colon. LINE_LABEL tries
# its lazy 0-30 characters and every kind at each line and sentence start; a section's own text
# with no such line end holds no match, so it is not searched (LINE_LABEL over every section was
# 0.75 % of a build of 200 generated plans).
LINE_LABEL_END = re.compile(r"(?m)(?:是|如下|为)[:：]?[ \t\u3000]*$")
# RECORDS_LEAD: run-in entries announced as "the following" cases, records or documents are a list
# inside the item, not its tasks: the item stays one task. "按照以下情形进行分类处置：1.无整改情形类。…
# 2.禁止核发类。…" (a notice on clearing up discharge permits: how each kind of unit is handled),
# "并对以下台账和原始记录通过环境信息平台进行存证：1.发电设施月度燃料消耗量…；2.…" (the data to upload).
# The lead is the clause before the first entry, from the sentence end before it to its colon;
# "重点开展以下工作：1.…" and "主要包括：1.…" announce work and stay tasks.
RECORDS_LEAD = re.compile(
    r"(?:以下|下列|如下)[\u4e00-\u9fff]{0,4}(?:情形|情况|类型|类别|台账|记录|材料|资料|文件|数据|证明)"
    r"[^。；;！？\n]*[：:][ \t\u3000]*$"
)


# Numbered entries of a block that the segmenter could not read as headings, found by the gap
# they leave in the numbering of the headings that it did read (MISSING_ITEMS): "（四）产业化应用
# 工程" whose entries "1.选择…。" and "2.按照…。" are one sentence each, so paragraphs, while
# "3.面向…。在智慧城市…。" has a run-in title, so a heading: 1. and 2. are in (四)'s own text before
# 3.; and "1.培育优质企业。…全面融通。2.加强标准研制。…" where a PDF extraction glued entry 2 to the end of
# entry 1, so the headings read go 1., 3., 4.: 2. is in 1.'s text. A missing entry opens its text
# or a line, or follows a sentence end (MISSING_ITEM_BEFORE); all the missing numbers must be
# found, in sequence, or none is taken.
# A block's sections （一）… count too (MISSING_SECTION_ITEMS): a PDF glued "（二）深化推广应用，开拓转型升级
# 新路径。…" to the end of the last entry of a box in （一）, after its full stop and a space (a sentence
# end followed by blank space counts as one), so the leaves read go （一）, （三）, （四）: （二） is in
# （一）'s text.
# Entries numbered across a block's sections ("（二）… 4. 5." / "（三）… 7. 8. 9.") that the segmenter
# could not read as headings because a number was lost before them (entry 6 of a ministry's
# 建材 plan lost its "6." after a box): a leaf section whose own text holds, each opening a line, at
# least ORDINAL_MIN entries in sequence from a number above the block's last numbered leaf, at most
# CONTINUED_ITEM_GAP numbers on, has them as its tasks (CONTINUED_ITEMS).
# NUMBERED_ACROSS_SECTIONS (fix25task, round 25): a block that numbers its entries on across its sections ("（一）…
# 1.–6." / "（二）… 7.–12." / "（三）… 13.–20.", each entry a paragraph followed by its own "主责单位：…" line,
# bj-gwr-tasklist-2024) loses entries the segmenter did not read as headings at a section's edges too: the last
# ones of a section, after its last leaf read ("5.继续推进…" then "主责单位：…" then "6.统筹推动…"), and the first
# ones of the next section, before its first leaf read ("（二）加强国际交往中心功能建设" then "7.加强…" before "8.…").
# The count goes on from the section before when a section's first leaf read goes on with it; after a section's
# last leaf, the entries that go on with its number, each opening a line, are its entries too, up to the number
# before the next section's first leaf. An unnumbered line read as a heading among the entries (主责单位：… under a
# task) is no entry and does not stop the count.
CONTINUED_ITEM_GAP = 2
MISSING_ITEM_NUMBER = re.compile(r"^(?:（(?P<paren>\d{1,2})）|(?P<arabic>\d{1,2})[.、])$")
MISSING_SECTION_NUMBER = re.compile(rf"^（(?P<cn>{CN_NUMERAL})）$")
MISSING_ITEM_BEFORE = "。；;！？\n"
# ENTRY_AFTER_UNIT_TAG (fixjoin48): joined, a task list's entry follows the unit tag that closed the entry before,
# not a sentence end: "…认真落实首规委部署要求。主责单位：市规划自然资源委（首规委办）2.配合自然资源部编制…"
# (bj-gwr-tasklist-2024 joined), "…示范省。（牵头单位：省卫生健康委，参加单位：省大数据局）2.全面推动…"
# (sd-service-digital-2021 joined). Once UNTITLED_ENTRIES_INLINE reads such run-in entries as no headings (as the
# heading gold of sd-service-digital-2021 has them: task items, paragraph content), the task reader has to find
# them in the text (MISSING_ITEMS): bj-gwr-tasklist-2024 joined lost 15 of its 37 tasks. The tag opens after a
# sentence end and runs, without one, to the marker, at most UNIT_TAG_MAX characters.
UNIT_TAG_MAX = 200
ENTRY_AFTER_UNIT_TAG = re.compile(
    rf"[。；;！？]\s*[（(]?(?:主责|牵头|责任)单位[:：][^。；;！？\n]{{1,{UNIT_TAG_MAX}}}$"
)


def ordinal_spelling(number: int) -> str:
    """The ordinal item marker of a number: 1 → 一是, 11 → 十一是, 20 → 二十是."""
    return f"{int_to_cn(number)}是"


def comma_ordinal_spellings(number: int) -> tuple[str, ...]:
    """The ordinal item markers of a number numbered with a comma (COMMA_ORDINALS): 2 → 二, and 二，."""
    return tuple(f"{int_to_cn(number)}{comma}" for comma in COMMA_ORDINALS)


# --- Page and site furniture ------------------------------------------------------------------
# What a PDF page or a web page adds around the plan: removed before segmentation, so that it
# never becomes a section, a title or a task. Each rule is one line pattern with its reason and
# an example it must match (tests/test_furniture.py checks every example).


# A number alone on its line is a page's number only where pages could break: a page holds
# dozens of lines, so two such lines within TABLE_NUMBER_SPAN non-empty lines of each other are
# the cells of a table exploded one cell per line ("序号" / "指标" / "1" / "片区更新数量" / "个" /
# "2" / "商办楼宇更新数量" / "25"), kept as text so that the table is read as a table.
BARE_NUMBER_LINE = re.compile(r"^[ \u3000]*\d{1,4}[ \t\u3000]*$")
TABLE_NUMBER_SPAN = 6
# A table's row number is a cell too when the row before it is numbered one less and stands within
# TABLE_ROW_SPAN non-empty lines: a row grows longer than TABLE_NUMBER_SPAN cells when a group line
# stands before it ("26" / "节水宣传教育" / … / "完成建设" / "五" / "水管理" / "27" / "水务现代化管理").
TABLE_ROW_SPAN = 12
# TABLE_ROW_RUN (fixtask55, round 55): a table whose rows ran in sequence for TABLE_ROW_RUN_MIN rows or more keeps
# counting when a row grows longer still, up to TABLE_LONG_ROW_SPAN lines: a PDF's table of project packages breaks a
# row's run of projects one fragment a line, "10" / "超大城市" / "治理现代" / "化水平提" / "升" / eight lines of
# "居住类城市更新、产业类城市更新、…" / "11" / "美丽北京" (bj-fyp15-implementation-projects-2026: rows 11 and 12 were
# dropped as page numbers, the text's own page numbers being "— 148 —"). A page's number that happens to be the next
# row's after a run of rows is far less likely than a long row; the span stays under a PDF page's lines (the corpus's
# shortest pages, of wide-set 北京 plans and a ministry's standards guide, hold 19 lines or more: bj-eco-security-2035's
# page numbers 13, 14 … stand 20 lines apart, and must stay page numbers).
TABLE_ROW_RUN_MIN = 3
TABLE_LONG_ROW_SPAN = 16
_LINE_END = r"[ \t\u3000]*$"
FURNITURE_LINES: tuple[NamedPattern, ...] = (
    NamedPattern(
        "page-number",
        re.compile(
            r"^(?!.*\t)[ \u3000]*(?:[-—–－]{1,2}[ \t]*\d{1,4}[ \t]*[-—–－]{1,2}"
            r"|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[，,/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?"
            r"|(?:[Pp]age[ \t]*)?\d{1,4}[ \t]*(?:/|of)[ \t]*\d{1,4}"
            r"|[\[【（]?[ \t]*\d{1,4}[ \t]*[\]】）]?)" + _LINE_END
        ),
        "a page number standing on its own line is the page's, not the plan's (a tab means a table cell)",
        "— 12 —",
    ),
    NamedPattern(
        "publication-metadata",
        re.compile(
            r"^(?!.*。)[ \t\u3000]*【?(?:(?:发布|发表|印发|成文|更新)?(?:时间|日期)|信息来源|来源"
            r"|浏览(?:次数|量)|阅读(?:次数|量)|访问量|点击(?:数|率|量)"
            r"|字号|字体|作者|编辑|责任编辑|索引号|分类|发文机关|主题分类"
            # NEWSROOM_CREDITS (fix31seg, round 31): an account's article ends with its credits run on one line,
            # "摄影：李昊编辑：张刘洋内容审核：温锦清值班主任：林明洋" (hn-hiap-presser-2025): the photographer and the
            # duty editor are the newsroom's, as 编辑 is, and so is the reviewer, "内容审核：温锦清" on a line of its
            # own (hn-weight-action-news-2025)
            r"|摄影|内容审核|值班主任"
            # POSTER_LINE (seg50, round 49): the page's poster, "发布者:政务公开办" under "发布日期:2021-07-01 15:12"
            # (jixian-fyp14-outline-explainer-2021, read as a level-1 section), "发布人：-" / "发布人：刘东"
            # (furniture in the gold of gs-expressway-fyp12-news-2011, qd-transport-fyp12-news-2011,
            # sc-policy-selfcheck-notice-2014)
            r"|发布者|发布人)[:：].{0,120}$"
        ),
        "a web page's publication line (date, source, views, font size) describes the page",
        "发布时间：2021-07-05 来源：上海市人民政府办公厅 浏览次数：12345 字号：大 中 小",
    ),
    NamedPattern(
        "breadcrumb",
        re.compile(
            r"^(?!.*。)[ \t\u3000]*(?:当前位置|您的位置|您现在的位置|当前所在位置)[:：].{0,120}$"
            r"|^.{0,20}首页[ \t]*[>＞›»/].{0,100}$"
        ),
        "the site's path to the page: 当前位置：首页 > 政务公开 > 规划信息",
        "当前位置：首页 > 政务公开 > 规划信息",
    ),
    NamedPattern(
        "share-bar",
        re.compile(
            r"^(?!.*。)[ \t\u3000]*(?:分享到|扫一扫|【?打印本页|【?关闭窗口|【?打印】|【?关闭】|【?收藏】"
            r"|【?字体[:：]?[大中小]|分享[:：](?=[ \t\u3000]*$)"
            # SHARE_TARGETS_LINE (fix24seg, round 24): the share widget's icons, their names run together on a
            # line, "微博微信" (ndrc.gov.cn pages: nat-power-midlong-rules-qa-2025,
            # nat-industrial-equipment-renewal-2024, read as a section); two names at least, so that a line "微信"
            # alone stays what its neighbours make it.
            # ... "微博空间qq" (fix26seg: QQ空间 written 空间 and qq lower-case, gx-power-trading-2025)
            r"|(?:(?:新浪)?微博|微信|QQ空间|QQ|qq|空间|朋友圈|豆瓣)"
            r"(?:[ \t\u3000、|/]*(?:(?:新浪)?微博|微信|QQ空间|QQ|qq|空间|朋友圈|豆瓣))+(?=[ \t\u3000]*$)"
            # BRACKETED_PRINT (fix24seg): the print button in square brackets, escaped by a crawler's markdown, and
            # the words beside it: "\[打印\]仅打印内容" (a mee.gov.cn page, nat-carbon-peak-assessment-2026, read as a
            # section)
            r"|\\?\[[ \t]*打印[ \t]*\\?\]"
            # FONT_SIZE_BUTTONS (fix27seg, round 27): the font-size buttons alone on their line, without the 字体
            # label, apart or parted by pipes a crawler's markdown escaped: "**大** **中** **小**" (a nea.gov.cn page,
            # nat-green-cert-faq-2024), "大\|中\|小" (csglw.beijing.gov.cn, bj-charging-rewards-2024); both were
            # read as level-1 sections
            r"|大[ \t\u3000]*(?:\\?[|｜][ \t\u3000]*)?中[ \t\u3000]*(?:\\?[|｜][ \t\u3000]*)?小(?=[ \t\u3000]*$)"
            # QR_CAPTION_LINE (fix21seg): an app's QR code caption whose image the crawl lost, "支付宝扫一扫" /
            # "微信扫一扫" / "云闪付扫一扫" (cq-car-scrappage-subsidy-2025, heldout21, four lines read as sections)
            r"|[\u4e00-\u9fffA-Za-z]{1,6}扫一扫(?=[ \t\u3000]*$)"
            # PAGE_NAV_LINE (fix21seg): a page's links to its neighbours and its close button, each on a line of its
            # own: "上一篇" / "下一篇" / "关闭" (nm-ev-taxi-subsidy-2024, heldout21, read as three sections)
            r"|(?:上一篇|下一篇)(?=[:：]|[ \t\u3000]*$)|关闭(?=[ \t\u3000]*$)"
            # FAVOURITES_BUTTONS (fixlin52, round 52): a 广东 portal's bookmark buttons alone on their line,
            # "我的收藏 收藏" (gd-gwr-2023's 两会 page, gd-gwr-2022's 政府信息公开 page, lj-health-14-indicators' bar):
            # joined with the "政府工作报告" cover line below it, it titled the 2023 report "我的收藏收藏政府工作报告",
            # which has no year and no place, so that it followed no report.
            r"|我的收藏(?:[ \t\u3000]*收藏)?(?=[ \t\u3000]*$)"
            # PRINT_DOCUMENT_BUTTON (seg54, session 40): the print button named 打印文档 between the share label
            # and the close button, "分享到：" / "打印文档" / "关闭窗口" (a drc.gd.gov.cn page,
            # gd-pumped-storage-market-2024, heldout33: the share and close lines were furniture, the print line a
            # level-2 section)
            r"|【?打印文档】?(?=[ \t\u3000]*$)).{0,80}$"
        ),
        "share, print and close buttons of a web page (a bare 分享: too, its icons lost)",
        "分享到：微信 微博 打印本页 关闭窗口",
    ),
    NamedPattern(
        "policy-contact",
        re.compile(
            r"^(?!.*。)[ \t\u3000]*(?:政策咨询|咨询电话|咨询热线|业务咨询|联系方式)[:：].{0,80}?\d[\d\- －]{5,}\d"
            + _LINE_END
        ),
        "the page's line naming whom to ask about the policy and their telephone number, under the text"
        " (seg19: ll-energy-station-2025, heldout16, where it was read as a heading; a site's footer's"
        " '联系方式：0871-12328', yn-ev-charging-doubling-2026, heldout18)",
        "政策咨询：吕梁市发展和改革委员会 服务就业 8239747",
    ),
    NamedPattern(
        "photo-credit",
        re.compile(
            r"^.{0,60}记者[ \t\u3000]*[\u4e00-\u9fff·]{2,6}(?:[ \t\u3000、，,]+[\u4e00-\u9fff·]{2,6})*"
            r"[ \t\u3000]*摄[)）]?" + _LINE_END
        ),
        "a news page's photo caption and its credit (记者 … 摄) stand for a picture, not for the text",
        "政府工作报告。 贵州日报天眼新闻记者 李森 摄",
    ),
    NamedPattern(
        "database-export",
        re.compile(
            r"^[ \t\u3000]*(?:【法宝引证码】|原文链接[:：]|【?法规类别】?[:：]|【?效力级别】?[:：]|法宝联想[:：])"
            r".{0,200}$"
        ),
        "the citation code and source link a law database adds to its exports, and the links to related"
        " articles it sets between a law's articles ('法宝联想：法学期刊 3 篇', round 12)",
        "【法宝引证码】 CLI.12.5679380",
    ),
    NamedPattern(
        "browser-print-footer",
        re.compile(r"^[ \t\u3000]*(?:https?|file)://[!-~]+(?:[ \t\u3000]+\d{1,4}[ \t]*/[ \t]*\d{1,4})?" + _LINE_END),
        "a web page saved as PDF by a browser: the footer names the page's address and the page of the"
        " printout; what a text extracted from it keeps of it is no part of the plan. The address is"
        " ASCII to the end of the line: a one-line crawl that opens with its page address runs on into"
        " the plan's words and is no footer",
        "https://www.gov.cn/zhengce/content/2021-12/27/content_5712881.htm 1/29",
    ),
    NamedPattern(
        "browser-print-header",
        re.compile(
            r"^[ \t\u3000]*\d{1,4}[/-]\d{1,2}[/-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AP]M)?[ \t]+"
            r"\S.{0,120}?[_|｜].{0,60}$"
        ),
        "the same printout's header: the date and time it was printed and the page's title with the"
        " site's name after '_' or '|' (a body line never opens with a clock time and a site title)",
        "2026/9/19 08:49 某某市城市更新行动实施方案 _ 市政府文件 _ 某某市人民政府",
    ),
    NamedPattern(
        "numbered-metadata-field",
        re.compile(
            r"^[ \t\u3000]*\d{1,2}[.．、][ \t\u3000]*\\?[\[【][ \t\u3000]*"
            r"(?:主题分类|发文机[构关]|联合发文单位|制发单位|发布机构|实施日期|成文日期|发文字号|发文序号|文号"
            r"|废止日期|失效日期|发布日期|有效性|文件来源|索引号|主题词|公文种类|时效性)[ \t\u3000]*\\?[\]】].{0,200}$"
        ),
        "a portal's metadata list written as numbered entries, a field label in brackets and its value: the page's"
        " description of the document, not its outline (www.beijing.gov.cn pages saved as Markdown, lineage21,"
        " whose ten entries nested the whole document under '05. [成文日期]'; sw.beijing.gov.cn puts each value on"
        " the next line: '5. [发文序号]')",
        "01. \\[主题分类\\] \\-\\-\\--商贸、海关、旅游/国内贸易",
    ),
    NamedPattern(
        "page-widget",
        re.compile(
            r"^[ \t\u3000]*(?:回到顶部|返回顶部|我在听，请说话[（(]\d{1,2}s[)）]|抱歉，没听清，请再说一遍吧?"
            # SEARCH_BOX_LINE (fix26seg): the search box's button, its label doubled by a crawl: "搜索搜索" atop a
            # mofcom.gov.cn page (nat-green-consumption-presser-2026 as a PDF, read as its first section); a lone
            # "搜索" is left to the menu rules (removed alone it moved gd-medical-insurance-new-measures-2025's PDF
            # page breaks and three of its titles with them)
            r"|搜索搜索"
            # LEAVE_SITE_BUTTONS (fix27seg, round 27): the buttons of a page's leave-site dialog under its message,
            # "您访问的链接即将离开“北京市城市管理委员会”门户网站 是否继续？" / "放弃" (bj-charging-rewards-2024,
            # read as a level-3 heading), "…即将离开生态环境部网站" / "继续访问取消" (nat-carbon-peak-assessment-2026)
            r"|放弃|继续访问(?:取消)?|取消"
            # SHARE_QR_CAPTION (seg55, heldout54): the caption of a page's share-by-QR-code box, "返回顶部" /
            # "扫描二维码分享" at the end of a 中房网 reprint (laian-housing-measures-2022, a level-2 heading
            # under its last part)
            r"|扫描二维码分享)"
            r"[ \t\u3000]*$"
        ),
        "the page's back-to-top button and its voice-search prompts (every www.beijing.gov.cn page, lineage21,"
        " where they were read as the document's first three sections)",
        "我在听，请说话(10s)",
    ),
    NamedPattern(
        "accessibility-toolbar",
        re.compile(
            r"^[ \t\u3000]*(?:请按F11切换[\u4e00-\u9fff]{1,6}模式|请注意，该操作链接到其他网站"
            r"|当前访问页面超出辅助工具操作范围|该网站无法启动无障碍工具条！|无障碍辅助工具无法正常工作！"
            r"|提示：该链接属站外链接，将无法使用辅助浏览工具！|是否继续访问？"
            r"|(?:导航|视窗|交互|服务|列表|正文)区[(（]\d{1,3}[)）]|ALT\+\d)[ \t\u3000]*$"
        ),
        "the messages and region keys of the accessibility toolbar (无障碍) a crawl keeps at a government page's end,"
        " one a line: '导航区(0)' / 'ALT+1' / … / '请按F11切换全屏模式' / '请注意，该操作链接到其他网站'"
        " (fix26seg, round 26: gx-power-trading-2025 and hn-mlt-price-mechanism-2026, two provinces' commission"
        " sites, read as sections)",
        "当前访问页面超出辅助工具操作范围",
    ),
    NamedPattern(
        "site-footer",
        re.compile(
            r"^(?!.*。).{0,80}(?:ICP备|ICP证|公网安备|版权所有|Copyright|©|网站标识码|主办单位"
            r"|主[ \u3000]*办[:：]|承[ \u3000]*办[:：]"
            r"|技术支持[:：]|网站地图|联系我们|使用帮助).{0,120}$"
            # SITE_ADDRESS_LINE (fix26seg): the sponsor's address and postcode, "地址：湖南省长沙市湘府西路8号  邮编：
            # 410004", and the login bar's greeting, "欢迎光临湖南省人民政府" (hn-mlt-price-mechanism-2026)
            r"|^[ \t\u3000]*地[ \u3000]*址[:：](?!.*。).{0,60}邮[ \u3000]*编[:：][ \t\u3000]*\d{6}[ \t\u3000]*$"
            r"|^[ \t\u3000]*欢迎(?:光临|访问)[\u4e00-\u9fff]{2,20}[!！]?[ \t\u3000]*$"
        ),
        "the site's footer: sponsor, copyright, ICP registration, site map (主办/承办 letter-spaced too:"
        " '承 办：省交通运输厅信息中心', heldout18)",
        "版权所有：上海市人民政府 沪ICP备05005080号 沪公网安备31010102002533号",
    ),
)
# BROWSER_PRINT_EDGE: at the top or bottom edge of a PDF page (not in running text), a line opening
# with the print's date and time is the browser's header even where the page title it carries lost
# its "_ site" tail to a line of its own ("12/3/26, 12:33 PM\t国务院办公厅关于…的指导意见" and "_\t_"
# under it, Chromium's layout); a line of nothing but underscores and spaces at the edge is that
# tail. Needed where a printout has too few pages for the running-line count (one or two pages: a
# short notice).
BROWSER_PRINT_STAMP = re.compile(
    r"^[ \t\u3000]*\d{1,4}[/-]\d{1,2}[/-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AP]M)?(?:[ \t]|$)"
)
BARE_RULE_LINE = re.compile(r"^[ \t\u3000_＿]+$")
# A metadata or breadcrumb label alone on its line ("来源：", "【字体："), its value on the lines
# after it: the value lines go with it, up to this many short lines.
LABEL_ALONE = re.compile(
    r"^[ \t\u3000]*【?(?:当前位置|您的位置|您现在的位置|(?:发布|发表|印发|更新)?(?:时间|日期)|信息来源|来源"
    r"|浏览(?:次数|量)|阅读(?:次数|量)|访问量|点击(?:数|率|量)|字号|字体|作者|编辑|责任编辑)[:：][ \t\u3000]*$"
)
LABEL_VALUE_LINES = 6
# A breadcrumb label ("您的位置：" + 首页 > 云南要闻) whose last item the page prints again as its
# channel heading on the next line ("云南要闻"): that line is the site's too; left, it was joined to
# the headline below it ("云南要闻2026年政府工作报告").
BREADCRUMB_LABEL = re.compile(r"^[ \t\u3000]*(?:当前位置|您的位置|您现在的位置|当前所在位置)[:：]")
# REPEATED_LINE_TAIL (seg19): a PDF converter that rebuilds paragraphs sometimes writes a line's
# last words again on a line of their own under it: "…市场渗透率为 3.7%。长春市作为全国首批 5G
# 信号覆盖城市，充分抓住 5G" / "长春市作为全国首批 5G 信号覆盖城市，充分抓住 5G" / "产业发展机遇，…"
# (jl-ev-charging-2021, heldout16), read as a heading. A line of at least REPEATED_LINE_TAIL_MIN
# characters that the line above (the nearest with text) ends with is that copy. Not a numbered heading:
# a page's headline ends with the chapter it holds, and the chapter's heading follows it ("2012上海科技进步
# 报告 第七章 技术创新服务体系" / "第七章 技术创新服务体系", the data/plans report as a web page).
REPEATED_LINE_TAIL_MIN = 12
# YAML_FRONT_MATTER: the metadata block that opens a Markdown file between two "---" lines, keys a program
# wrote: a site exporter's ("---" / "标题: …" / "文号: 黄府办发〔2021〕28号" / "官方链接: https://…" / "---",
# hp-renewable-2025, heldout13) or a notes vault's or static site's, with lists and nested keys ("---" / "id:
# P_2024_MIIT_53" / "aliases:" / "- P_2024_MIIT_53" / "official_number: 工信部联规〔2024〕53号" / "region:" / "  level:
# 国家" / … / "---", nat-industrial-equipment-renewal-2024, heldout16), after a blank line at times
# (nat-fyp14-interp-liu, heldout). The file's, not the plan's: its key: value lines would sit in front of the
# notice and hide it, and its number line was taken for the notice's 文号 (the notice ended there and the real one
# below was read as sections). Cut as furniture on the file as written, before Markdown is stripped: there a
# list item still has its "- " (stripped, "P_2024_MIIT_53" is no key line and the block was kept). A block line is
# a key line, a list item, an indented (nested or continued) line or blank; the closing "---" comes within
# YAML_FRONT_MATTER_LINES_MAX lines, or the "---" was a rule of the text.
YAML_FRONT_MATTER_LINES_MAX = 80
YAML_FRONT_MATTER = re.compile(
    r"\A\ufeff?(?:[ \t\r]*\n)*[ \t]*---[ \t\r]*\n"
    r"(?:[^\n]*[:：][^\n]*\n|[ \t\r]*\n|[ \t]*-[ \t][^\n]*\n|[ \t]+[^\n]*\n)"
    rf"{{1,{YAML_FRONT_MATTER_LINES_MAX}}}?[ \t]*---[ \t\r]*(?:\n|\Z)"
)
# CRAWLER_HEADER (crawlhdr45, after round 45's score): a crawler's text file opens with the page's fields as
# key: value lines and a rule line before the body: "标题: 中共福建省委平潭综合实验区工作委员会关于制定…的建议" /
# "发布时间: 2026-01-30 16:15" / "文号: " / "发布机构: 平潭综合实验区经济发展局" / "栏目: 中长期发展规划" /
# "原文链接: https://…" / "本地目录: zwgk/…" / "页面链接与图片详见 links.tsv(同目录)" /
# "==================== 正文 ====================" (the nine pingtan texts of lineage44 and lineage45). Kept, its
# last line was read as the title ("页面链接与图片详见 links.tsv（同目录）", pt-fyp15-proposal, whose body prints no
# title line) and the text as an interpretation. The file's, not the plan's: one more kind of metadata block
# (metadata_block), read for its keys (标题, 发布时间, 文号, 发布机构) and cut where the metadata is read
# (crawler_header_cut); kept for the sections (cut there, a one-line body under it was read otherwise:
# pt-fyp14-outline lost its chapter 着力建设高质量新兴产业区, lineage45 five judged units). At the very start, a key
# line first, then key lines or a crawler's note (a line without a colon, at most CRAWLER_HEADER_NOTES_MAX of them,
# at least CRAWLER_HEADER_KEYS_MIN key lines in all), closed within CRAWLER_HEADER_LINES_MAX lines by a rule line: a
# run of "=" or "-", with or without a word in it ("正文").
CRAWLER_HEADER_LINES_MAX = 15
CRAWLER_HEADER_KEYS_MIN = 3
CRAWLER_HEADER_NOTES_MAX = 2
CRAWLER_HEADER_KEY_LINE = re.compile(r"[ \t]*[^\s:：=-][^\n:：]{0,11}[:：]")
CRAWLER_HEADER = re.compile(
    r"\A\ufeff?(?:[ \t\r]*\n)*(?P<lines>[ \t]*[^\s:：=-][^\n:：]{0,11}[:：][^\n]*\n"
    rf"(?:[^\n]*\n){{0,{CRAWLER_HEADER_LINES_MAX}}}?)"
    r"[ \t]*(?:={4,}|-{4,})[ \t]*(?:[^\s=-]{1,8}[ \t]*(?:={4,}|-{4,})[ \t]*)?\r?(?:\n|\Z)"
)
# Keys of that front matter that say what the notice's own lines say (文号, issuer, date): they
# fill what the body does not state (a scraped page often keeps the 文号 only there).
EXPORT_META_KEYS = {
    "文号": "doc_number",
    "发文字号": "doc_number",
    "发布单位": "issuer",
    "发文机关": "issuer",
    "发布日期": "issued",
    "成文日期": "issued",
    # the crawler's header (CRAWLER_HEADER): "发布机构: 平潭综合实验区经济发展局" / "发布时间: 2026-01-30 16:15"
    "发布机构": "issuer",
    "发布时间": "issued",
    # VAULT_NUMBER_KEY (fix17seg, after round 17's score): an energy-policy vault's front matter names the 文号
    # "official_number: 苏市监〔2022〕1号" (js-market-regulation-tasks-2022), the page printing it only in a
    # broken table far below; the vault writes '' where it has none.
    "official_number": "doc_number",
}
# EXPORT_TITLE (meta17, session 17): a page saved as a blog's Markdown post keeps its headline as the front matter's
# title, where no headline line reads as a title (a news headline has a comma and no document kind): "title:
# '刘元春：未来5年是中国GDP赶超美国关键时点，拼谁能_咬住_'" over the body's first paragraph "刘元春：未来5年是中国
# GDP赶超美国关键时点，拼谁能“咬住”" (nat-fyp14-interp-liu, heldout). The exporter wrote each quotation mark as
# EXPORT_TITLE_PLACEHOLDER; the body's line the title stands for, read with the placeholder as any one character,
# is the title as printed. Taken only where nothing else gives a title (the file stem otherwise). The front matter
# may follow a blank line.
EXPORT_TITLE_KEYS = ("title", "标题")
EXPORT_TITLE_PLACEHOLDER = "_"
# What exporters write for a field they have no value for.
# "**文号**: （无）" (tx-ev-charging-2025 and three more energy-policy vault pages, rounds 16-17): none, bracketed.
NO_VALUE = {"-", "—", "无", "（无）", "(无)", "null", "None", "~"}
# LABELLED_CELL (session 18): a cell that opens with a label of its own ("发布单位: 上海市规划和自然资源局") is the next
# field, not the value of an empty one before it: an export's "文号: " left blank (sh-lowuse-toolbox-2024, lineage13)
# took "发布单位: 上海市规划和自然资源局" as its document number.
LABELLED_CELL = re.compile(r"^[\u4e00-\u9fff]{2,6}[ \u3000]*[:：]")
# The exporter's note in blockquote lines right after that front matter ("> 本文正文由脚本自上海市
# 官方公开页面提取，仅供检索查阅；…" / "> 依《中华人民共和国著作权法》第五条…"): the export's, not the plan's.
EXPORT_NOTE = re.compile(r"(?:[ \t]*\n)*(?:[ \t]*>[^\n]*(?:\n|\Z))+")
# Separators of a breadcrumb split over lines ("首页", ">", "政务信息", ">", "宁夏要闻").
BREADCRUMB_SEPARATOR = re.compile(r"^[ \t\u3000]*[>＞›»/|][ \t\u3000]*$")
# The metadata table above a government document ("索 引 号：\t000014349/2019-00025",
# "发文字号：\t国发〔2019〕4号"): a row whose first cell is one of these labels, letter-spaced or not.
# 发文日期 and 发布机构 (fmt23): the same table as provincial portals label it, "索引号：\t…\t发布机构：\t山东省
# 经济和信息化委员会" / "发文日期：\t2014-03-15\t文号：\t省政发〔2017〕88号" (sd-smart-mfg-plan-2017 as a portal
# page): left in, the row stood above an excerpt's first part as a paragraph of it (EXCERPT_FIRST_PART), 四、 lost.
_TABLE_LABELS = (
    "索引号 主题分类 发文机关 发布机构 成文日期 发文日期 发布日期 标题 发文字号 主题词 文号 有效性 时效性 公文种类"
).split()
METADATA_TABLE_ROW = re.compile(
    r"^[ \t\u3000]*(?:" + "|".join("[ \u3000]*".join(word) for word in _TABLE_LABELS) + r")[ \u3000]*[:：]?[ \u3000]*\t"
)
# A page number glued in front of a heading marker at the start of a line (a PDF extraction):
# "50六、推进…" is page 50, then "六、推进…". Digits never begin a Chinese-numeral marker.
PAGE_BEFORE_MARKER = re.compile(
    rf"(?m)^[ \t\u3000]*\d{{1,3}}(?=(?:{CN_NUMERAL})、|（(?:{CN_NUMERAL})）|第(?:{CN_NUMERAL})[章节])"
)
# A PDF page number glued in front of a decimal heading or a named heading: "7910.1 推动主城区…"
# is page 79 + "10.1" under 十、, "425.1.3 促进…" page 42 + "5.1.3" under 五、, "142结 语" page 142
# + "结 语". The split is the one whose decimal starts with the open top-level heading's number.
GLUED_PAGE = re.compile(r"^(?P<page>[1-9]\d{0,2})(?=\d)")  # PAGE_NOT_ZERO_LED
# A PDF text whose pages were written one after the other without a line break glues every
# page's number (1 … 39, or a roman i, ii, II of the front pages) to the next page's first line,
# whatever that line is: "12 术语" (page 1, "2 术语"), "33.1.3 坚持操作导向", "43.2 工作组织",
# "115 体检评估成果报送及应用", "II1 范围", "12附录 A：体检评估工作流程图", "33 G.3 划定技术流程".
# The number to cut off is the one that leaves the heading that comes next in sequence (the next
# sibling, or the first child, of the open numbering) or an appendix heading; a line that reads
# in sequence as it stands keeps its digits.
# A page number never begins with 0 (PAGE_NOT_ZERO_LED): "07  住宅用地" in a table of land-use codes
# (城区范围确定规程, 附录A) is code 07, not page 0 glued to "7  住宅用地".
PAGE_PREFIX = re.compile(r"^(?:[1-9]\d{0,2}|[ivxIVX]{1,5})")
GLUED_PAGE_BEFORE_NAME = re.compile(r"^(?P<page>\d{1,3})(?=[^\d\s.、])")
# A PDF's running header or footer kept in its text (no page boxes left to compare): a short line
# with the page number at one end, the same words on every page: "22 DB11/T XXXX—XXXX",
# "ii DB11/T XXXX—XXXX", "XX市国土空间总体规划 7". A line that carries a heading marker is no
# running line ("6.1 一般规定" recurs under several chapters). ANNEX_LABEL_NOT_RUNNING: nor is an annex's label
# alone on its line (ATTACHMENT_LINE), numbered in sequence as a page would be, in a text whose pages are marked
# (PAGE_MARK_LINE on PAGED_TEXT_MARKS_MIN pages: the crawl that marks them drops the running lines with the page):
# "附件 1" … "附件 4" / "附件 5" over each annex of a crawled PDF plan (mee-ets-power-2019-2020, lineage15) are the
# annexes' headings. (Elsewhere too, as in nat-imstd-2021's "附件 1" / "智能制造相关名词术语和缩略语", but there the
# annex sections drew one link lineage7's judges did not list: left as it was.)
# ANNEX_LABELS_LISTED (fixseg46, round 46): so is an annex's label in a text without page marks whose attachment list
# numbers its entries ("附件：1.江门市“人才房票”房源提供企业承诺书2.…" / … / "附件 1" / "江门市“人才房票”房源提供企业
# 承诺书" / … "附件 2" … "附件 4", jiangmen-talent-housing-voucher-2026, a red-header PDF: the four labels went as a
# running "附件" line and the annexes' titles and parts were lost under the plan's 七、附则).
# A list given as a range of numbers, "附件 1-4：相关程序文件" (ANNEX_RANGE, bj-shared-bike-supervision-2026: its labels
# "附件 1" … "附件 4" went as a running line and the four annexes' titles fell under 第六章 附则), numbers them too.
ANNEX_LIST_NUMBERED = re.compile(
    r"^[ \t\u3000]*附[ \u3000]*[件表][ \u3000]*"
    r"(?:[：:][ \t\u3000]*1[.．、](?!\d)|1[ \u3000]*[-－—–~～至][ \u3000]*\d{1,2}[：:])",
    re.MULTILINE,
)
RUNNING_LINE = re.compile(
    r"^[ \t\u3000]*(?:(?:\d{1,3}|[ivxIVX]{1,5})[ \t\u3000]+\S.{0,40}?|\S.{0,40}?[ \t\u3000]+\d{1,3})[ \t\u3000]*$"
)
# The page number at either end of a running line (RUNNING_LINE): what is left are its words.
RUNNING_LINE_PAGE = re.compile(r"^[ \t\u3000]*(?:\d{1,3}|[ivxIVX]{1,5})[ \t\u3000]+|[ \t\u3000]+\d{1,3}[ \t\u3000]*$")
# PAGE_EDGE_RUNNING (round 22, fix22ind): a crawl that marks a PDF's pages (PAGE_MARK_LINE, in a paged text) and
# joins each page's lines keeps the page's running footer as a line of its own right above the mark, without the
# page number (its "- 4 -" line is a page footer, PAGE_FOOTER_LINE), and the running header glued to the start of the
# page's joined line: "- 4 -" / "  重庆市人民政府办公厅发布" / "* * *" / "重庆市人民政府办公厅文件 （一）科学规划布局
# 到 2025
# 年，…" (cq-supercharge-2024, 14 pages). The same words at the same page edge on RUNNING_LINE_MIN pages or more
# are the running line: the footer line goes, and the header's words (the line's first space-separated word, at most
# PAGE_EDGE_WORDS_MAX characters) with it, the page's text stays. Read as text, the footer stood as a heading under
# 二、重点任务 four times and the header hid the eight run-in （一）…（八） task titles after it.
PAGE_EDGE_WORDS_MAX = 40
# ... at least this many times (pages) with the same words, never on neighbouring lines (a page
# has text between its header and the next page's: rows of a table repeat side by side).
RUNNING_LINE_MIN = 3
RUNNING_LINE_GAP = 3
# Words of a site's navigation menu; a run of short lines holding two of them is the menu.
NAV_WORDS = frozenset(
    "首页 English 无障碍 政务公开 政务服务 政民互动 互动交流 走进上海 信息公开 办事服务 新闻中心 网站地图 登录 注册 "
    "搜索 长者模式 繁体 简体 移动版 手机版 微信 微博 "
    # SHARE_WIDGET_WORDS (fix26seg, round 26): a share widget one target a line, "文章分享" / "_分享_" / "微信" /
    # "头条" / "微博空间qq" (gx-power-trading-2025, a provincial commission's page: 头条 read as a section)
    "文章分享 分享 头条".split()
)
# A menu item is short: at most this many characters, and no sentence punctuation.
NAV_ITEM_MAX = 8
# LINK_LIST_HEAD (after round 18's score): a government page ends with lists of links to other sites, each under
# its heading, a name a line: "国务院部门网站" / "外交部" / "国防部" / "国家发展和改革委员会" / … / "各省市政府网站" / …
# (yn-ev-charging-doubling-2026, a provincial department's page: 225 names read as headings). A line naming such
# a list (…网站, …链接) with at least LINK_LIST_MIN short lines under it, none a sentence, is the page's.
# LINK_LISTS_RUN_ON (fix26seg, round 26): the heads may end in a colon and the lists follow one another, their items
# ending in 网站 like a head: "友情链接：" / … / "各省发改委网站" / "河北省发展和改革委员会" / … / "市州发改委网站" /
# "株洲市发改委网站" / "长沙市发改委网站" / … (hn-mlt-price-mechanism-2026, a provincial commission's page, its
# markdown bullets stripped: twelve city sites read as sections). A head under a head is one more name of the list.
LINK_LIST_HEAD = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{0,10}(?:网站|链接|网址)[:：]?[ \t\u3000]*$")
LINK_LIST_MIN = 5
LINK_ITEM_MAX = 20
# LINK_LIST_ENDS_AT_CHAPTER (fixseg52, round 52): a portal's bulleted metadata block may give a site as a value
# ("  • 发文机构:" / "    县政府网站" / "  • 发文字号:" / … / "  • 内容概述:" / "镇巴县人民政府工作规则" / "第一章总则",
# zhenba-county-gov-work-rules-2024): read as a list of links under its head, the short lines after it ran on into
# the document's first chapter, lost (heldout52 gold: 第一章 总则 level 1). A chapter's line is no site's name: it
# ends the list.
LINK_LIST_CHAPTER = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十百零〇\d]{1,4}[章编]")
# A list of related documents after the article ends the plan: "相关文件", "相关链接"; RELATED_POLICIES:
# "相关政策与解读" over the links to the notice's 解读 and 答记者问 at the end of a ministry's page
# (nat-capacity-price-2026, round 15). PAGE_QR_LINE (fix17seg, after round 17's score): the QR line's wording
# varies by site, "扫一扫在手机上查看当前页面" / "政务微信" / "移动门户" / "顶部" (wd-farm-machinery-subsidy-2024, a
# district portal page's last lines, read as three sections). RELATED_STORIES (seg21): "相关稿件" over the links to a
# portal's other stories closes the article (nat-platform-economy-smes-interp-2026, heldout20, a 中国政府网 page read
# it as a section). 相关文章 (fix21seg): "上一篇 / 下一篇 / 关闭 / 相关文章" closing nm-ev-taxi-subsidy-2024
# (heldout21). 相关阅读推荐 (fix24seg): "相关阅读推荐" / "您可能对以下文章感兴趣" closing a mee.gov.cn page
# (nat-carbon-peak-assessment-2026, round 24, read as sections with the footer and leave-site dialog after it).
RELATED_HEADING = re.compile(
    r"^[ \t\u3000]*(?:相关文件|相关链接|相关解读|相关阅读(?:推荐)?|相关新闻|相关稿件|相关附件|相关文章"
    r"|相关政策(?:与解读)?|扫一扫在手机上?(?:打开|查看)当前页面?)[:：]?" + _LINE_END
)
# A site's disclaimer closes the article it follows: what comes after it (QR-code styles, the
# app's promotion "海量资讯、精准解读，尽在新浪财经APP") is the page's, not the plan's.
DISCLAIMER_LINE = re.compile(r"^[ \t\u3000]*(?:免责声明|版权声明|特别声明)[:：]")
# Pinyin glosses that some sites add after a character: "任务(wù)" → "任务". Lower-case
# syllables with tone marks, right after a Chinese character; "(R&D)" and "(GDP)" stay.
PINYIN_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[）)]"
)
# A marker written twice by a site's list styling: "(一)(一)发展现状", "一、一、总体要求". A
# digit after the second one makes it decimal numbering, not a doubled marker: "2.2.1 坚持党的
# 全面领导" is 2.2.1, never "2.1".
DUPLICATED_MARKER = re.compile(
    rf"(?m)^(?P<marker>（(?:{CN_NUMERAL}|\d{{1,3}})）|(?:{CN_NUMERAL}|\d{{1,3}})[、.])[ \t]*(?P=marker)(?!\d)"
)

# --- Front matter: the notice that issues a plan ----------------------------------------------
# A plan is often published inside the notice that issues it; the notice is metadata of the
# plan (title, issuer, document number, date), not sections of it.

# "国务院关于印发国家职业教育改革实施方案的通知", "北京市经济和信息化局印发《关于…意见》的通知":
# issuer, then the title of what is issued. Offices also 下发 (hand down) or 颁发 a plan:
# "上海市绿化和市容管理局关于下发《上海市花白玉兰推广应用三年行动计划（2024-2026年）》的通知". A
# notice title may name no issuer ("关于印发《黄浦区可再生能源发展行动方案》的通知", the issuer given
# elsewhere): the group is then empty, never "关于". The State Council 批转 (approves and forwards) a
# ministry's document: "国务院批转发展改革委关于坚决制止电站项目无序建设意见的紧急通知" is 批转 + 发展改革委's
# opinion, not 转发 inside 批转发展 (that read the issuer 国务院批 and the title 展改革委…紧急); a
# 紧急通知 is a notice. RE_ISSUED (meta18, session 18): a notice re-issues a document: "广州市人民政府办公厅关于
# 重新发布广州市积分制入户管理办法的通知" (gz-points-hukou-2025, round 15) is issued by 广州市人民政府办公厅,
# not "…办公厅关于重新".
NOTICE_TITLE = re.compile(
    r"^(?P<issuer>(?!关于)[^。；，：:\t\n]{2,60}?)?(?:关于)?(?:重新|再次)?(?P<verb>印发|下发|颁发|发布|批转|转发|颁布)(?:〈|《)?"
    r"(?P<title>[^\n]{2,80}?)(?:〉|》)?的?(?:紧急)?(?:通知|决定|公告|函)$"
)
# DRAFTER_BEFORE_QUOTED (fix13ind, after round 13's score): "…关于批转区文化局《关于进一步加强…的实施意见》的
# 通知", "转发市发展改革委《…方案》的通知": a forwarding notice names the body that drafted the document before
# its quoted title; the document's title is what stands in 《》, not the drafter with half the brackets.
DRAFTER_BEFORE_QUOTED = re.compile(r"^(?P<drafter>[^《》〈〉]{2,30}?)[《〈](?P<title>[^《》〈〉]{2,80})[》〉]?$")


# ISSUED_PLAN_OF_SEVERAL: a notice that issues a plan with its supporting policies ("关于印发支持工业互联网发展若干
# 政策和安徽省工业互联网创新发展行动计划（2021—2023年）的通知", its issuing sentence naming both in 《》, round 1)
# is the plan's: the one document titled as a plan (PLAN_TITLE_KIND, its years' bracket after it) gives the
# title, not the two names joined by 和. Where none or several are plans the notice's own words stand.
PLAN_TITLE_KIND = re.compile(r"(?:规划|计划|方案|纲要)(?:[（(][^（）()]{1,20}[）)])?$")


def notice_document_title(title: str) -> str:
    """The document a notice title issues, as NOTICE_TITLE's ``title`` group gives it: without a
    drafter written before its 《》 (DRAFTER_BEFORE_QUOTED) and without the brackets.

    SPACE_BEFORE_QUOTED (fixmeta56, round 56): a portal may set a space between the verb and the 《》: "平潭综合实验区
    金井片区管理局关于印发 《金井片区2022年动物疫病强制免疫计划》的通知" (pt-jinjing-animal-immunization-plan-2022) was
    titled " 《金井片区2022年动物疫病强制免疫计划", the bracket kept behind the space. The spaces around the name are
    stripped before its brackets."""
    quoted = DRAFTER_BEFORE_QUOTED.match(title.strip())
    return quoted.group("title") if quoted else title.strip().strip("《》〈〉").strip()


# 文号: "国发〔2016〕65号", "（皖政办秘〔2021〕82号）", "京经信发[2022]87号". A PDF's text keeps the gap the
# page set around the serial as a space ("（医保发〔2024〕21 号）", a notice's number line, round 12):
# DOC_NUMBER_GAP allows one on either side of the serial; the kept 文号 drops it (doc_number_text).
DOC_NUMBER_GAP = " ?"
DOC_NUMBER_TEXT = rf"[\u4e00-\u9fff]{{1,10}}[〔\[［(（]\d{{4}}[〕\]］)）]{DOC_NUMBER_GAP}\d{{1,4}}{DOC_NUMBER_GAP}号"
DOC_NUMBER = re.compile(DOC_NUMBER_TEXT)
# SPAN_BROKEN_NUMBER_DATE (fix32meta, round 32): a portal page dumped one HTML element a line breaks a notice's 文号
# and date at their spans, one piece a line: "内能源新能发" / "〔" / "2" / "026" / "〕" / "1" / "号"
# (nm-green-direct-supply-2026), "内发改价费字〔" / "2025" / "〕" / "661" / "号" and the signature's date "2025" /
# "年" / "5" / "月" / "29" / "日" (md-ne-price-reform-2025, both 内蒙古 energy bureau pages). A run of short lines
# (each at most SPAN_PIECE_MAX_CHARS, at most SPAN_BROKEN_MAX_LINES of them) that holds a bare piece (SPAN_PIECE:
# digits, a bracket, a unit) and reads as one 文号 or date line when joined is that line, as the page shows it.
SPAN_PIECE = re.compile(r"\d{1,4}|[〔〕\[\]［］()（）]|[年月日号]")
SPAN_PIECE_MAX_CHARS = 12
SPAN_BROKEN_MAX_LINES = 8
# DOC_NUMBER_ALONE (fix26seg, round 26): a 文号 alone on its line under a red header ("国家发展和改革委员会文件" /
# "政发〔2024〕44号" over a page's text, nat-energy-saving-plan-qa-2024 as a 公文 PDF) is the document's number,
# never an unnumbered heading: read as one, it hid the page's 问：…答： questions.
DOC_NUMBER_ALONE = re.compile(rf"[（(]?{DOC_NUMBER_TEXT}[）)]?")


def doc_number_text(found: str) -> str:
    """A 文号 as kept: without brackets around it and without a PDF's gap inside it."""
    return found.strip("（）()").replace(" ", "")


# A notice title glued to its 文号 ("…有关事项的通知国办函〔2020〕18号", a crawl that lost the line break,
# round 6): DOC_NUMBER's organ prefix takes the title's tail with it; no organ prefix holds 的 or a
# document kind, so the number starts after the last of them (DOC_NUMBER_TITLE_TAIL). A reply letter's 复函 is such a
# kind (seg20): "国务院办公厅关于修复贵州省生态环境问题的复函国办函〔2004〕20号" (nat-guizhou-eco-reply-2004, one-line)
# gave the 文号 "复函国办函〔2004〕20号"; no organ prefix holds 复函 (国办函 holds 函 alone).
DOC_NUMBER_TITLE_TAIL = re.compile(r"^[^〔\[［(（]*(?:的|通知|意见|决定|公告|批复|复函)(?=[^〔\[［(（]*[〔\[［(（])")
# DATE_THEN_CLOCK (session 35): a crawler's header or an export's front matter stamps the date of issue with the
# clock time it was posted, "发布时间: 2026-01-30 16:15" (pt-finance-plan-2023's CRAWLER_HEADER), "发布时间:2024-03-28
# 09:33" (wuhu-education-2024-points): the time says when the page went up, not another date, so the value is read as
# its date alone.
DATE_THEN_CLOCK = re.compile(r"(?P<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[ T]+\d{1,2}:\d{2}(?::\d{2})?")
# The notice's date line: "2019年1月24日", "（2018年1月2日）", "二〇一六年十二月十九日".
DATE_LINE = re.compile(
    r"^[（(]?(?P<date>(?P<y>\d{4})[ ]?年[ ]?(?P<m>\d{1,2})[ ]?月[ ]?(?P<d>\d{1,2})[ ]?日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[）)]?"
    r"[ \u3000]*(?:[（(]此件[^）)]{2,12}[）)])?$"
)
# A cover or a report's signature dates by year and month only: "二〇二〇年八月", "2021 年 9 月",
# "（2023年5月）". The issuers stand on the short lines right above it (at most SIGNATURE_LINES):
# "深圳市统计局" / "深圳市妇女儿童工作委员会" / "深圳市性别平等促进办公室" / "二〇二二年十二月" on a
# PDF report's cover. Neither they nor the date head a section.
MONTH_DATE_LINE = re.compile(
    r"^[ \t\u3000]*[（(]?(?:\d{4}[ ]?年[ ]?\d{1,2}[ ]?月"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月)[）)]?[ \t\u3000]*$"
)
SIGNATURE_LINES = 4
# A cover's month date stands under its title after at most two status lines ("（二次征求意见稿）", round 7;
# "（试行）" / "征求意见稿"): its year is the year of issue of a document without a notice. The issuers'
# names may stand between (ORGAN_NAME lines do not count) and the date may be in Chinese numerals:
# "市级国土空间总体规划编制指南" / "（试行）" / "征求意见稿" / "自然资源部" / "二〇二〇年八月" (dev) → 2020.
COVER_DATE_LINES = 2
# "（此件公开发布）", "（此件有删减）", and on gov.cn pages of older documents "（本文有删减）": the
# notice's last line.
PUBLICATION_MARK_TEXT = r"[（(](?:此件|本文)[^）)]{2,12}[）)]"
NOTICE_END = re.compile(rf"^{PUBLICATION_MARK_TEXT}$")
# A notice's closing formula is a sentence, its 。 dropped or not: "特此通知" standing alone between
# the issuing sentence and the plan's title (zl-heritage-14, round 6) heads no section.
NOTICE_CLOSING = re.compile(r"^特此(?:通知|通告|公告|函告|函复|批复|报告)[。.]?$")
# Recipients: "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "各区政府,各相关单位：".
RECIPIENTS = re.compile(r"^各[^。\n]{2,120}[：:]$")
# The issuing sentence: "现将《…》印发给你们，请认真贯彻执行。"
ISSUING_SENTENCE = re.compile(r"(?:印发|转发|发)给你们")
# ISSUED_IN_FULL (fix26meta): how far after a 《》 title the issuing sentence's verb stands ("》印发给你们", "》等文件
# 印发给你们") for the title to be the one it issues.
ISSUED_IN_FULL_GAP = 12
# APPROVED_ISSUING (fixmeta54, round 54): the issuing sentence may put the approval between the 《》 title and its
# verb, further off than ISSUED_IN_FULL_GAP: "《广东省进一步提振和扩大消费的若干措施》已经省人民政府同意，现印发给
# 你们" (gd-consumption-measures-2023), as "《…》已经国务院同意，现印发给你们" does in the State Council offices'
# notices.
APPROVED_ISSUING = re.compile(r"[ \u3000]*已经?[^。；，,《》]{1,16}同意[，,][ \u3000]*现?(?:印发|转发|发)给你们")
# NOTICE_DROPPED_DE (fixmeta54, round 54): a notice's title drops the 的 of the document it issues, as not to say 的
# twice ("…的若干措施的通知"): "关于印发广东省进一步提振和扩大消费若干措施的通知" issues "《广东省进一步提振和扩大消费的
# 若干措施》" (gd-consumption-measures-2023); where no front matter is read (the page on one line) the document
# was titled as the notice's title names it, without its 的.
NOTICE_DROPPED_DE = "的"
# NOTICE_OWN_PROVISIONS (fix14meta, after round 14's score): a notice titled as issuing a document ("…关于印发广州市
# 社会医疗保险统筹基金支付门诊特定病种费用范围及标准的通知", 穗医保规字〔2019〕4号, gz-outpatient-special-disease-2019)
# that has no issuing sentence and instead lays down its provisions itself ("现就…有关事项通知如下：" / "一、…" to
# "十二、…", the issued lists as its annexes) is the document: its title is the notice's. Read in the first
# NOTICE_OWN_PROVISIONS_CHARS characters, where a notice that issues a plan says so (ISSUING_SENTENCE).
NOTICE_OWN_PROVISIONS = re.compile(r"现就[^。\n]{0,80}?(?:通知|规定)如下[：:]")
NOTICE_OWN_PROVISIONS_CHARS = 3000
# CALL_FOR_COMMENTS (seg19, after round 15's second wave): a page calling for comments on a draft opens with the
# call, a notice of its own ("关于《长宁区节能降碳和循环经济发展“十五五”规划（草案）》征询公众意见的公告" / "根据…起草了
# 《…（草案）》。现将《…（草案）》公开征求市民和有关单位意见…有关事宜告知如下：" / "一、市民和各有关单位可以将书面意见
# 直接寄送…" / "二、征求意见截止日期为2026年5月1日。" / "上海市长宁区发展和改革委员会" / "2026年4月1日", then the draft
# "长宁区节能降碳和循环经济发展 “十五五”规划（草案）" / "一、发展基础" …, sh-changning-energy-saving-2026, heldout16;
# "关于征求《排污许可证后管理指导意见（征求意见稿）》意见的函", mee-permit-post-2018). The call presents the draft
# it names in 《》 as an issuing notice presents its plan: its points (一、二、: where to send comments, by when)
# are the call's, no sections, and it ends where the draft's title stands on its own line.
CALL_FOR_COMMENTS = re.compile(
    r"^(?P<issuer>(?!关于)[^。；，：:\t\n《》]{2,60}?)?关于"
    r"(?:(?:公开)?(?:征求|征询)[^《》\n]{0,6}《(?P<title>[^《》\n]{2,80})》[^《》\n]{0,8}?"
    r"|《(?P<named>[^《》\n]{2,80})》[^《》\n]{0,8}?(?:征求|征询)[^《》\n]{0,8}?)"
    r"(?:意见|建议)[^《》\n]{0,6}?的?(?:公告|通知|函|公示)$"
)
# COMPANION_DOCUMENT (seg19): a page that carries a document carries its companions after it, each titled after it
# and set on its own line: "关于《长宁区节能降碳和循环经济发展“十五五”规划（草案）》草案解读" (questions 一、…五、) and
# "关于《长宁区节能降碳和循环经济发展“十五五”规划（草案）》的制定背景说明" (一、二、) after the draft (its 一、…四、),
# sh-changning-energy-saving-2026, heldout16. Each is a document of its own, as the second of two documents one
# notice issues (ISSUED_DOCUMENT): its title a level-1 heading, its numbering restarted (its 一、 is no list inside
# the draft's 四、保障措施). A line counts only when the 《》 title is one the notice presents.
# COMPANION_SPEAKER (lev31, heldout37): an interview names who answers before the document it is about,
# "中央办公厅负责人就《中共中央关于加强党的政治建设的意见》答记者问" (nat-party-political-building-2019).
COMPANION_DOCUMENT = re.compile(
    r"^[ \t\u3000]*(?:关于|[^《》。，；\s]{2,20}?就)?《(?P<title>[^《》\n]{2,80})》(?:的)?[^《》。，；\n]{0,10}?"
    r"(?:解读|说明|问答|答记者问)[ \t\u3000]*$"
)
# The documents an issuing sentence names: "《支持工业互联网发展若干政策》《安徽省工业互联网创新
# 发展行动计划（2021-2023年）》已经省政府同意，现印发给你们". When one notice issues two or more,
# each title standing alone on its line in the body opens that document: a level-1 heading, and
# the numbering restarts under it (一、… of the second document is not a list inside the first).
ISSUED_DOCUMENT = re.compile(r"《(?P<title>[^《》\n]{2,80})》")
# SIGNED_THEN_NAMED (meta42, session 33): a notice without its headline crawled onto one line names the document in
# 《》, signs, and runs its signature and date straight into that document's title: "…：《深化医药卫生体制改革2016年
# 重点工作任务》已经国务院同意，现印发给你们，请结合实际，认真组织实施。国务院办公厅2016年4月21日深化医药卫生体制改革
# 2016年重点工作任务新一轮医改启动以来，…" (nat-healthreform-tasks-2016), "…我部研究制定了《“十二五”期间卫生扶贫工作
# 指导意见》。现印发给你们，请遵照执行。二〇一二年七月四日“十二五”期间卫生扶贫工作指导意见为贯彻落实…"
# (nat-health-poverty-12fyp-2012), "…国家煤矿安全监察局2018年5月2日**防治煤矿冲击地压细则**第一章 总 则…"
# (nat-coal-rockburst-rules-2018), and with a crawl's spaces for the breaks: "…现印发给你们,请认真组织实施。
# 鄂尔多斯市人民政府 2025年3月21日 鄂尔多斯市区域合作深化行动方案 为全面贯彻落实…" (ordos-regional-coop-2025). With its
# breaks the title stands on a line of its own under the date; on one line a name that the opening gives in 《》 and
# that follows the date at once is the document's title, the organs before the date (if any) its issuer. Read in the
# first SIGNED_THEN_NAMED_WINDOW characters.
# SIGNED_MARKED_THEN_NAMED (meta44, session 34): the notice's "（此件公开发布）" (NOTICE_END) may stand between the date
# and the title, as it stands on its own line with the breaks: "…现将《安顺市市级储备粮管理办法》印发给你们，请认真抓好
# 贯彻落实。安顺市人民政府2023年9月5日（此件公开发布）安顺市市级储备粮管理办法第一章 总 则…" (as-grain-reserve-2023),
# "…（爱国卫生运动委员会）（代章）2025年3月17日（此件主动公开）海南省将健康融入所有政策实施方案为深入贯彻…"
# (hn-health-in-all-policies-2025 on one line, its date and so its years 2025-2030 found).
SIGNED_THEN_NAMED_WINDOW = 1500
# SIGNED_IN_RUN (meta52, session 38): the same run gives the notice's signers where no title follows the date:
# "…现将《中山市综合交通运输“十四五”规划》印发给你们，请认真组织实施。…请径向市交通运输局反映。
# 中山市人民政府办公室2022年7月26日1.png2.png3.png第一章 发展基础…" (zs-transport-14fyp-2022, heldout46),
# "…做好业务编码的信息维护工作。国家医疗保障局办公室 2020年9月17日医保药品中药饮片…"
# (nat-tcm-decoction-coding-rules-2020, heldout28): with the breaks the notice's front matter reads a signature line
# over the date; on one line nothing named the issuer. The first SIGNATURE_DATE_IN_RUN with organs after the issuing
# sentence (ISSUING_SENTENCE); read only where nothing else names an issuer. So, with its breaks, is a signature on
# the date's line, "国家医疗保障局办公室 2020年9月17日" under the issuing sentence
# (nat-tcm-decoction-coding-rules-2020), which the front matter, wanting the date on a line of its own, did not read:
# SIGNATURE_DATE_ON_LINE, below.
# JOINT_MEETING_SIGNER (fixmeta57, round 57): a joint meeting signs as an organ does, its name ending in 会议 and in
# none of the organ ends: "…现将《关于进一步优化调整房地产政策若干措施》印发给你们，请认真贯彻执行。滁州市房地产工作
# 联席会议2024年5月23日关于进一步…" (chuzhou-housing-measures-2024 on one line; with its breaks the signature stands
# on its own line over the date). Only 联席会议: a 会议 that adopted a text (常务会议) is no signer.
JOINT_MEETING_SIGNER = "联席会议"
SIGNATURE_ORGAN_END = rf"(?:[院厅部委局司府会办室署央心组处所队]|{JOINT_MEETING_SIGNER})"
SIGNATURE_DATE_TEXT = (
    rf"[ \u3000]*(?P<organs>(?:[\u4e00-\u9fff、 ]{{0,58}}{SIGNATURE_ORGAN_END})?)"
    r"[ \u3000]*"
    r"(?P<date>(?P<y>\d{4}) ?年 ?(?P<m>\d{1,2}) ?月 ?(?P<d>\d{1,2}) ?日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    rf"[ \u3000]*(?:{PUBLICATION_MARK_TEXT}[ \u3000]*)?(?:\*\*)?"
)
SIGNATURE_DATE_IN_RUN = re.compile(rf"(?<=[。）)]){SIGNATURE_DATE_TEXT}")
SIGNATURE_DATE_ON_LINE = re.compile(rf"(?<=[。）)\n]){SIGNATURE_DATE_TEXT}")
# CITED_BY_NUMBER (meta30, session 30): a 《》 title with its 文号 in brackets after it is a document the issuing
# sentence cites, not one it issues (a document being issued has no number of its own yet): "根据《国家医疗保障局
# 关于印发医疗保障标准化工作指导意见的通知》 （医保发〔2019〕39号）有关要求，我局研究制定了医保药品中药饮片和医疗机构
# 制剂统一编码规则和方法，现印发给你们" (nat-tcm-decoction-coding-rules-2020) issues the rules it names unquoted.
CITED_BY_NUMBER = re.compile(rf"[ \u3000]*[（(]{DOC_NUMBER_TEXT}[）)]")
# CITED_FOR_PURPOSE (meta31, session 31): a 《》 title the issuing sentence opens with as the purpose it serves is cited
# too, not issued: "为贯彻落实《中国农村扶贫开发纲要（2011-2020年）》，…我部研究制定了《“十二五”期间卫生扶贫工作指导意
# 见》。现印发给你们" (nat-health-poverty-12fyp-2012, round 36) issues the guideline only; both counted, the notice
# seemed to issue two documents and neither was taken for the plan.
CITED_FOR_PURPOSE = re.compile(r"(?:贯彻|落实|根据|依据|按照|遵照)$")
# A document title ends with the kind of document it names. Where a text lost its line breaks
# the title runs on into the body ("…就《农业面源污染治理与监督指导实施方案（试行）》答记者问日前，生态
# 环境部…"): the title is cut after the first such ending outside 《》, with a bracketed
# qualifier that follows it (（试行）, （2021—2025年）).
# WORK_APPROACH_TITLE (fix26lin, after round 26's score): a body's yearly or term work plan is often titled 工作思路
# ("绍兴一中党委2010年工作思路", "绍兴一中2009学年第二学期工作思路", a school's pages, round 26) as others title theirs
# 工作要点 or 工作计划: a document kind. Not recognised, the page's headline was taken for a news headline and the
# plan for an interpretation, which is no step of a succession (none of the round's five plans was placed).
WORK_APPROACH_TITLE = "工作思路"
TITLE_ENDING = re.compile(
    r"(?:答记者问|规划纲要|发展纲要|行动计划|实施方案|工作方案|指导意见|实施意见|工作要点|政府工作报告|"
    rf"{WORK_APPROACH_TITLE}|规划|纲要|计划|方案|意见|通知|决定|办法|要点|报告|解读)"
    r"(?:[（(][^（）()\n]{1,16}[）)])?"
)
# A notice title that runs on into its 文号 or recipients because the text lost its line breaks:
# "国务院关于印发国家环境保护“十二五”规划的通知国发〔2011〕42号 各省、自治区…". The notice ends at
# 通知/决定/公告/函 when a document number or an addressee follows at once.
# NOTICE_RUN_ON_LEAD (fix22seg, round 22): an announcement (公告) has no addressees, its lead's purpose or ground
# follows the title at once: "关于发布《大型活动碳中和实施指南（试行）》的公告为推动践行低碳理念，…"
# (nat-event-carbon-neutral-guide-2019, a ministry's page on one line, titled by its file name before).
NOTICE_RUN_ON_LEAD = r"为了?|根据|按照|依据"
# NOTICE_RUN_ON_DATE_FIELD (fixmeta57, round 57): a portal prints its date field under the headline, and on one line
# the headline runs on into it: "中共北京市委办公厅 北京市人民政府办公厅印发《关于深化职称制度改革的实施意见》的通知
# 发布日期：2018-02-08各区委、区政府，…：" (bj-protitle-reform-opinion-2018, 首都之窗 on one line): the notice ends
# there too (the notice's own title was read as the text's, the opinion it issues lost).
NOTICE_RUN_ON_DATE_FIELD = r"发布(?:日期|时间)[：:]"
NOTICE_RUN_ON = re.compile(
    r"(?:通知|决定|公告|函)(?=\s*[（(]?[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}|\s*各(?:省|市|区|县|地|部门|有关)"
    rf"|(?:{NOTICE_RUN_ON_LEAD})[\u4e00-\u9fff]|\s*{NOTICE_RUN_ON_DATE_FIELD})"
)

# Titles of an interpretation, not a plan: an official 解读, or a department head answering
# questions on a plan ("…有关负责人就《…方案》答记者问"). They explain a plan; they are no step in a
# succession.
# An FAQ a bureau publishes on its rules answers questions on them as a 问答 does: "广州市失业保险常见问题解答
# （2025年11月版）" (gz-unemployment-faq-2025, round 17; fix17seg).
# POLICY_QA_TITLES (fix26meta, round 26): a commission's Q&A on a tariff it puts to a hearing is headed "重庆市居民分时
# 电价有关问题释疑" (cq-tou-price-faq-2023, a mobile portal page; titled by its file name and read as a plan): 释疑 and
# 答疑 ("政策答疑") name questions answered on a policy as 问题解答 does.
POLICY_QA_ENDINGS = ("释疑", "答疑")
# EXPLANATION_TITLES (session 27, round 30): the explanation given of a document as it is put forward is an
# interpretation of it, titled "关于《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》的说明" (the 十五五
# proposal's, nat-fyp15-proposal-explanation-2025, a saved page), "…的起草说明", "…编制说明". Unknown as a title's
# ending, the headline was passed over and the text was titled by the plan its opening cites (PROPOSAL_FOR), a plan
# that then "followed" the 十二五 outline. Only after 的, 起草 or 编制: "使用说明" is an instruction sheet.
EXPLANATION_TITLE_ENDINGS = ("的说明", "起草说明", "编制说明")
INTERPRETATION_WORDS = ("解读", "答记者问", "问答", "问题解答", *POLICY_QA_ENDINGS, *EXPLANATION_TITLE_ENDINGS)

SELF_REFERENCE = "本该此"  # 本规划, 该方案, 此通知: the text speaking of itself

# A plan text without a title line (a PDF extraction that starts at its 序言 or its first
# paragraph) still names itself in its opening: "根据《…建议》，制定《中华人民共和国国民经济和社会发展
# “九五”计划和二○一○年远景目标纲要》（以下简称《纲要》）" (the 九五 outline). The title is a plan's
# (TITLE_ENDING at its end), not a law being drafted. A notice that lost its headline names the
# document it issues the same way, a guide or catalogue with its edition included: "共同组织制定了
# 《国家智能制造标准体系建设指南（2015年版）》，现予发布" (round 7); so does "现将《…》印发". A year's
# 工作要点 is a plan of that year: "我部制定了《2022年推进智慧水利建设水资源管理工作要点》，现印发你们"
# (round 8, a notice without its headline).
# Without 《》, a preamble ends on the document it makes, named in full: "…为强省会战略和工业强市战略实施
# 提供强有力支撑，现制定山东（济南）人工智能岛核心展示区建设运营补贴资金实施细则。" (round 11, a text
# copied without its title line); "特制定本方案" names none (本/此/如下 …).
SELF_NAMED_TITLE = re.compile(
    r"(?:(?:制定|编制)了?|现将)《(?P<title>[^《》\n]{4,80}?(?:规划|纲要|计划|方案|指南|目录|标准体系|工作要点)"
    r"(?:[（(][^（）()《》\n]{1,12}[）)])?)》"
    r"|[，,](?:现|特)(?:制定|编制)(?!本|此|如下|以下|相关|有关|具体)(?P<bare>[^，,。；;《》“”\n]{6,60}?"
    r"(?:规划|纲要|计划|方案|指南|细则|办法|措施|工作要点)(?:[（(][^（）()《》\n]{1,12}[）)])?)。"
)
# A guide's preamble names who drew it up and the edition it is: "…，工业和信息化部、交通运输部、国家
# 标准化管理委员会组织制定了《智能船舶标准体系建设指南（2021版）》" (round 7), "工业和信息化部依据
# 《国家标准化发展纲要》…，组织编制了《有色金属行业智能制造标准体系建设指南（2023 版）》" (round 7).
# The bodies before 组织制定/组织编制 (past a 依据/根据/按照 clause) issue the document named; read on
# the opening with its line breaks removed (PDF text breaks lines at the page's width), and only
# where the document named is the text's own (its title, with an edition at most).
DRAFTING_ORGAN = r"[\u4e00-\u9fff]{2,20}?(?:部|委员会|局|署|院|厅|办公室|中心)"
DRAFTED_BY = re.compile(
    rf"(?P<organs>(?:{DRAFTING_ORGAN}[、和与])*{DRAFTING_ORGAN})"
    r"(?:(?:依据|根据|按照)[^。]{0,200}?[，,])?(?:共同|联合)?组织(?:编制|制定|起草|修订)了?"
    r"《(?P<title>[^《》]{4,80})》"
)
DRAFTED_BY_ORGAN = re.compile(rf"{DRAFTING_ORGAN}(?=[、和与]|$)")
# A guide or catalogue that lost its title line names itself where it provides for its own
# revision: "每两年滚动修订《国家智能制造标准体系建设指南》" (the 2018 edition of that guide, round 7,
# whose text starts at 一、总体要求). Rolling or periodic revision is of the document itself;
# searched in the whole text, for it stands in the closing 组织实施.
SELF_REVISED_TITLE = re.compile(
    r"(?:每[一二两三四五]年)?(?:滚动|定期)(?:修订|更新)《(?P<title>[^《》\n]{4,60}?(?:指南|目录|标准体系))》"
)
# Such an edition names the edition before it, "按照《国家智能制造标准体系建设指南（2015年版）》中提出的…"
# ({title} followed by an edition year, TITLE_EDITION_YEAR): it was issued after that year, by its first
# goal year after it at the latest ("到2018年，累计制修订150项以上…"), which is taken as its start.
# Not the text naming its own edition as it is drawn up ("…组织制定了《智能船舶标准体系建设指南（2021
# 版）》", round 7: SELF_NAMED_TITLE's verbs).
EARLIER_EDITION = r"(?<!制定)(?<!制定了)(?<!编制)(?<!现将)《{title}[（(](?P<year>(?:19|20)\d{{2}})\s*年?\s*版[）)]》"
# Or it names the plan through the proposal it was drawn up from, as every five-year outline
# does: "本纲要根据《中共中央关于制定国民经济和社会发展第十个五年计划的建议》编制" (the 十五 outline):
# the plan is 国民经济和社会发展第十个五年计划, its outline when the text calls itself 本纲要 or 《纲要》.
PROPOSAL_FOR = re.compile(r"《(?P<by>[^《》\n]{0,20}?)关于制定(?P<title>[^《》\n]{4,80}?)的建议》")
OUTLINE_SELF = ("本纲要", "《纲要》")
# SELF_PROPOSAL (meta17, session 17): a proposal that lost its title line says who puts it forward and on what:
# "为此，中国共产党第八次全国代表大会提出关于我国发展国民经济的第二个五年计划的建议，提交中华人民共和国国务院加以
# 讨论" (heldout6, the 八大's proposal for the 二五, whose text starts at its first paragraph) is titled "{by}关于
# {subject}的建议" and issued by the congress. After a clause's punctuation, so that no words before the body's
# name are taken in. "我国" is the speaker's word, not the title's (SPOKEN_WORDS): "关于发展国民经济的…".
SELF_PROPOSAL = re.compile(
    r"(?<=[，,。；：:\s])(?P<by>[\u4e00-\u9fff]{2,30}?(?:全国代表大会|中央委员会|全体会议|中共中央))"
    r"(?:向[^，。；\n]{2,20})?提出(?:了)?关于(?P<subject>[^，。；《》\n]{4,60}?)的建议[，,。]"
)
SPOKEN_WORDS = ("我国",)
# PROPOSAL_HEADLINE (meta28, session 28): a proposal for a plan headed by its own title, "中共中央关于制定国民经济和
# 社会发展第十五个五年规划的建议" (nat-fyp15-proposal-2025, heldout30, a saved page; gold kind plan), is the proposal,
# no news report headlined so: its headline is its title and its kind a plan's.
PROPOSAL_HEADLINE = re.compile(r"关于[^《》\n，。；]{4,60}?(?:规划|计划)[^《》\n，。；]{0,12}?的建议$")
# The country's outline, drawn up from the 中共中央's proposal, is titled with the state's name:
# "中华人民共和国国民经济和社会发展第十个五年计划纲要" (round 2), as every national outline since the
# 九五 is; the proposal names the plan without it.
NATIONAL_OUTLINE_SUBJECT = "国民经济和社会发展"
NATIONAL_OUTLINE_STATE = "中华人民共和国"
# An opening line that is no title: a preface heading, or a sentence (a title has no ，。；).
NOT_A_TITLE_LINE = re.compile(r"^(?:序言|前言|引言|序)(?:[\s\u3000]|$)|[，。；]")
# Who speaks for the whole country: the state's name in a title, the State Council or the party's
# Central Committee ("国务院关于…的意见", "中共中央 国务院关于…"; provincial outlines rest on a 省委's
# proposal and name their province, and a province comes first in the region check).
# A title quoted in a notice ("印发《安徽省关于加快对接〈区域全面经济伙伴关系协定〉（RCEP）…实施意见》")
# writes the titles inside it with the inner marks 〈〉; the plan's own title line, and a reader, writes
# them 《》: "安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）…实施意见".
NESTED_TITLE_MARKS = ("〈〉", "《》")  # the inner marks, and the marks they stand for
# TITLE_FOOTNOTE_MARK (fix28seg, round 28): a headline may carry a footnote's mark at its end, "江西省2022年国民经济和
# 社会发展统计公报[1]" (jx-stat-bulletin-2022, note [1] saying the figures are preliminary): the mark is the note's,
# no part of the title (round-28 gold: the headline without it).
TITLE_FOOTNOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff）)》”])\[\d{1,2}\]$")
NATIONAL_ISSUERS = ("中华人民共和国", "中共中央", "国务院")
NATIONAL_REGION = "全国"
# A title that opens with 国家 names the country's own document: "国家智能制造标准体系建设指南（2015年版）"
# (工业和信息化部 and 国家标准化管理委员会, round 7), "国家新型城镇化规划". Not 国家级 (a province's
# "…国家级开发区…" plan names a rank, and a province's title opens with the province anyway).
NATIONAL_TITLE = re.compile(r"^国家(?!级)")
# An outline of the national economy and social development (国民经济和社会发展…五年规划纲要,
# "…“九五”计划和二○一○年远景目标纲要") is the people's congress's, which adopts it: the country's
# is 全国人民代表大会's ("本规划经过全国人民代表大会审议批准"), a province's its own congress's, as the
# line under its title says: "(2001年2月16日云南省第九届人民代表大会第四次会议通过)" → 云南省人民代表大会.
# SIXTH_PLAN_TITLE (fix14meta, after round 14's score): before the outlines, the plan itself was what the congress
# adopted: "中华人民共和国国民经济和社会发展第六个五年计划" (第五届全国人民代表大会第五次会议, 1982, nat-fyp-6) ends
# with 五年计划, no 纲要; a proposal for it (…的建议) or a report on it (…的报告) ends otherwise.
DEVELOPMENT_OUTLINE_TITLE = re.compile(
    r"国民经济和社会发展.{0,40}?(?:规划|计划).{0,20}?纲要|国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年计划$"
)
NATIONAL_CONGRESS = "全国人民代表大会"
CONGRESS_ADOPTION = re.compile(
    r"(?P<body>[\u4e00-\u9fff]{2,12})第[一二三四五六七八九十]+届\s*人民代表大会\s*第[一二三四五六七八九十]+次会议"
    r"(?:审议)?(?:批准|通过)"
)

# A line longer than this is not a title on its own: it is a title run on into its body, or a
# body line.
TITLE_MAX_CHARS = 60


# The front matter is looked for in the first characters of a text only.
FRONT_MATTER_WINDOW = 4000
# NOTICE_LINE_MAX: a notice's lines are short; a line longer than this is a body crawled onto one line
# (a whole 意见 with its notice, 一、…二、… inside it), laid out under a red head's lines of its own when
# the crawl is published as a Word file or a PDF ("生态环境部…文件" / "环督察〔2022〕58号" / "…关于印发《…》的
# 通知各省…现印发给你们…。一、坚持和加强党的全面领导（一）…"): the front matter ends before it, and the
# line's headings are read inline (GLUED_LINE_CHARS), as those of the same crawl kept as plain text are.
NOTICE_LINE_MAX = 1000
# NOTICE_GLUED_PARTS (fmt23, round 5 rendered): nor a shorter line whose body runs its parts 一、 and 二、 in after
# sentences' ends, as segment reads such a line inline (GLUED_LINE_CHARS, MIN_GLUED_LINE_PARTS): a one-line 批复 of
# 870 characters under a red head, "国务院文件" / "国办发〔1998〕35号" / "国务院关于…的批复 国函〔1999〕134号 北京市人民
# 政府…：…现批复如下：一、原则同意…。二、同意…" / "国　务　院" / "一九九九年十月三十一日" (nat-beijing-pollution-reply-
# 1999 as a Word file): the notice ran on to its date over the whole body and every point was dropped as front matter.
NOTICE_GLUED_PARTS_MIN = 500
NOTICE_GLUED_PARTS = re.compile(r"[。：；！？][\s\ue000-\uf8ff]*一、.*?[。；！？][\s\ue000-\uf8ff]*二、")
# NOTICE_RUN_ON_BODY (fix35seg, round 35): a page's opening cut after its first part holds no 二、, yet its line
# runs the notice on into the body all the same: a 文号 teaser line, then "鄂尔多斯市人民政府关于印发…的通知,
# 鄂府发〔2025〕8号 各旗区人民政府,…: 《…》已经…现印发给你们,请认真组织实施。 鄂尔多斯市人民政府 2025年3月21日
# 鄂尔多斯市区域合作深化行动方案 为全面贯彻落实…制定本方案。 一、以互助共进为基础创新市域合作 (一)统筹旗区协同
# 发展。…" on one line (ordos-regional-coop-2025, a portal's listing page): its part and first point were dropped as
# front matter. In a line of at least NOTICE_GLUED_PARTS_MIN characters under a notice already begun, a 一、 part run
# in after a sentence's end with its (一) point right after its short title starts the body: the notice ends at that
# sentence's end.
NOTICE_RUN_ON_BODY = re.compile(
    r"[。：；！？](?=[\s\ue000-\uf8ff]*一、[^。；：:，,\n]{2,40}?[\s\ue000-\uf8ff]*[（(]一[）)])"
)
# NOTICE_OWN_BODY: a notice that issues no document (no ISSUING_SENTENCE) is the document itself;
# its front matter ends before the first part heading of its body (一、, 第一章), not at its
# signature and date after the body (nat-cotton-grain-bonus-1981, round 6: "国发〔1981〕88号" /
# "各省、市、自治区人民政府…：" / "…现将几个具体问题通知如下：" / "一、关于棉粮挂钩的奖售基数问题。…" /
# "二、…" / "国务院" / "一九八一年五月二十三日": 一、 and 二、 are its headings).
NOTICE_OWN_BODY_STYLES = ("cn", "chapter")

# --- Plan metadata read off a text without a manifest (loaders/text/read.py: guess_meta) ----------
# What a researcher reads as a plan's title, issuer, 文号 and years, where the text shows them.

# The labelled fields of a portal's metadata table above a document (gov.cn: "标　　题：\t国务院办公厅
# 关于印发国家粮食应急预案的函", "发文字号：\t国办函〔2005〕57号", "发文机关：\t国务院"), letter-spaced or
# not, the value in the next cell or on the next non-empty line. The table says in so many words
# what the headline below it may show broken over lines; normalisation removes the table, so it is
# read from the text as it came.
METADATA_FIELD_LABELS = {
    "标题": "title",
    "名称": "title",
    "文件名称": "title",
    "发文字号": "doc_number",
    "文号": "doc_number",
    "发文机关": "issuer",
    "发布机构": "issuer",
    "发文机构": "issuer",
    "成文日期": "issued",
    # PUBLISHED_NEXT_YEAR (meta17) reads it: the day the portal published the document
    "发布日期": "published",
    # PUBLISHED_TIME_LABEL (fix24seg, round 24): the same field as an ndrc.gov.cn page words it,
    # "发布时间：2025/12/26" over its 答记者问 (nat-power-midlong-rules-qa-2025)
    "发布时间": "published",
    # LISTED_BRACKET_FIELD (fix27seg, round 27): a Beijing bureau's page names its issuer 制发单位,
    # "2. \[制发单位\] 北京市经济和信息化局" (bj-hydrogen-measures-2024)
    "制发单位": "issuer",
    # NUMBER_FIELD_FILE_NUMBER (fixmeta59, round 59): a city portal's 政府信息公开 block names the 文号 文件编号,
    # "文件编号:" / "大政办发〔2021〕31号" (dalian-housing-regulation-notice-2021, the number's only place in the
    # page; a county portal's "文件编号: | 发布机构:" likewise, pj-agri-modern-14fyp-draft-2021, left empty there)
    "文件编号": "doc_number",
}
# PUBLISHED_NEXT_YEAR (meta17, session 17): a document signed late in one year and published by the portal in the
# next starts its years in the year it was published, as its readers, and the round's judges, date it: "成文日期：
# 2018年12月29日" / "发布日期：2019年01月21日" above "“无废城市”建设试点工作方案" ("2019年6月底前，研究建立…", "到
# 2020年") is 2019-2020 (heldout), "成文日期：2018年12月05日" / "发布日期：2019年01月03日" (行政执法公示制度 指导意见,
# heldout3) begins in 2019. Only the year right after the signing year: an old document reposted years later
# ("成文日期：1981年05月23日", "发布日期：2018年12月04日", heldout6) keeps its own.
PUBLISHED_NEXT_YEAR = 1
# PUBLISHED_NEXT_YEAR_MAX_DAYS (session 18): and only a portal date soon after the signing, as in those examples (24
# and 29 days): a document signed in April and posted a year later is a repost, not a new start. "沪规划资源用〔2024〕
# 126号" (signed 2024年4月12日) under an export's "发布日期: 2025-04-21" (sh-lowuse-toolbox-2024, lineage13) is of 2024,
# the year its 2.0 edition (2025) succeeds.
PUBLISHED_NEXT_YEAR_MAX_DAYS = 92
# EFFECTIVE_NEXT_YEAR (meta17): so does a document signed in December whose measures start with the new year:
# "国务院办公厅关于深化电煤市场化改革的指导意见" (国办发〔2012〕57号, 2012年12月20日): "自2013年起，取消重点合同，取消
# 电煤价格双轨制" (dev, judged 2013); "自2019年1月1日起施行" under 国发〔2018〕41号 of 2018年12月13日 (heldout5, judged
# "2019-"). Only the year right after the signing year ({year}), only for a December signature: "自2015年起，市级以上
# 环境保护部门要…" in a notice of 2014年11月12日 (dev, judged 2014-2017) is one task's start.
EFFECTIVE_NEXT_YEAR = r"自[ ]*{year}[ ]*年(?:[ ]*1[ ]*月(?:[ ]*1[ ]*日)?)?起"
EFFECTIVE_NEXT_YEAR_MONTH = 12
# PUBLISHED_ONLY (meta17): a page whose table gives its publication date and nothing else dates the document
# (no signature, 成文日期 or export date) is dated by its publication: the year a reader first had it.
# BRACKETED_FIELD_LABEL (fix14meta, after round 14's score): a commission's page writes its labels in square
# brackets without a colon, each over its value's line: "[发文机构]" / "北京市发展和改革委员会", "[成文日期]" /
# "2026-03-06" (fgw.beijing.gov.cn, bj-newenergy-heating-call-2026), below two long menus: the table is looked for
# in the first METADATA_TABLE_LINES lines.
METADATA_FIELD = re.compile(
    r"^[ \u3000]*(?P<open>[\[【])?(?P<label>"
    + "|".join("[ \u3000]*".join(word) for word in sorted(METADATA_FIELD_LABELS, key=len, reverse=True))
    + r")(?(open)[\]】]|[ \u3000]*[:：])[ \u3000]*$"
)
METADATA_TABLE_LINES = 120
# LISTED_BRACKET_FIELD (fix27seg, round 27): a Beijing bureau's page crawled to markdown keeps its metadata as a
# numbered list, each item a bracketed label (escaped by the export) and its value on one line: "1. \[主题分类\]
# 国土资源、能源/其他" / "2. \[制发单位\] 北京市经济和信息化局" / … / "5. \[发文字号\] 京经信发〔2024〕69号"
# (bj-hydrogen-measures-2024, bj-charging-rewards-2024: jxj.beijing.gov.cn, csglw.beijing.gov.cn). The item is
# read as BRACKETED_FIELD_LABEL's two lines, label cell then value cell; a bracketed word before a bracketed address
# is a markdown link, "- [政务公开](https://…)" of a menu, no field.
LISTED_BRACKET_FIELD = re.compile(
    r"^[ \u3000]*\d{1,2}[.、．][ \t]*"
    r"\\?\[(?P<label>[\u4e00-\u9fff]{2,6})\\?\][ \u3000]*(?P<value>[^\s(（].*)$"
)
# LISTED_BRACKET_FIELD_INLINE (join29): the same list in a crawl that lost its line breaks runs on, "…[政策文件](https://…)
# 1. \[主题分类\] 国土资源、能源/其他2. \[制发单位\] 北京市经济和信息化局3. \[实施日期\] 2024-12-174. …8. \[有效性\]
# 现行有效# 北京市经济和信息化局关于印发…" (bj-hydrogen-measures-2024 joined): read inline, its 1.–8. opened a
# run at the top, the plan's 一、 fell to level 2 and its 4. 支持产业筑基工程实施 went on the fields' run at level 1.
# A numbered marker whose title opens with a bracketed label of a few characters (no link's address after it,
# LINK_TITLE) is a field, never a heading (no gold heading of any split opens with a bracketed label).
LISTED_BRACKET_FIELD_INLINE = re.compile(r"[ \t\u3000]*\\?\[[\u4e00-\u9fff]{2,6}\\?\](?![(（])")
# EXPORT_KEY_FIELD (fix25seg, round 25): a research exporter's Word file opens with a table keyed in English, one
# field a row, the key's cell without a colon: "Title\t七台河市文明祭祀条例" / "Office\t七台河市人民代表大会常务
# 委员会" / "Publish\t2022-11-03 00:00:00" (qth-civilized-sacrifice-regs-2022, a regulation exported from the
# national law database; the title was guessed as "Title\t七台河市文明祭祀条例"). Those keys say what the Chinese
# labels say; only a cell that is the key alone counts.
EXPORT_KEY_LABELS = {"Title": "title", "Office": "issuer", "Publish": "published"}
EXPORT_KEY_FIELD = re.compile(r"^(?P<label>" + "|".join(EXPORT_KEY_LABELS) + r")$")
# Its Title row names the document as the database does: the title, before any line below it (the export's table
# rows, "Title\t…" itself, would otherwise be taken for a headline).
EXPORT_KEY_TITLE = re.compile(r"^Title\t[ \u3000]*(?P<title>[^\t\n]*[\u4e00-\u9fff][^\t\n]*?)[ \u3000]*$", re.MULTILINE)
# BLANK_LINES_UNCOUNTED (meta18, session 18): lines with text; a saved page or an export that sets a blank line between
# all its lines (the same commission's page so saved, bj-newenergy-heating-call-2026 with its breaks doubled) has its
# table as far down in lines of text.
# BROKEN_TABLE_NUMBER (fix14meta, after round 14's score): the same page breaks the 文号 value over three lines,
# "京发改" / "〔2026〕" / "341号": up to METADATA_NUMBER_CELLS cells after the label are joined while no 文号 is whole.
METADATA_NUMBER_CELLS = 3
# A page's toolbar above the headline, one button per line ("下载" / "打印" / "全屏" / "收藏",
# "分享:", "【字号：加大"): the page's, never the title. DOWNLOAD_LAYOUT_BUTTON (fixmeta44, round 44): a ministry's
# rules page offers its PDF as "下载版式" (download the laid-out file) above the title, "下载版式" / "农业农村部规章" /
# "兽药标签和说明书管理办法" (nat-vet-drug-label-measures-2017): one button; cut as 下载 it left "版式" in the title.
TOOLBAR_LINE = re.compile(
    r"^[ \t\u3000]*【?(?:下载(?:版式)?|打印|全屏|收藏|分享(?:到)?|转发|关闭|返回|纠错|打印本页|关闭窗口|字号|字体"
    r"|大|中|小|加大|还原|减小)(?:[:：].{0,40})?】?[ \t\u3000]*$"
)
# RUNNING_HEADER_LINE (fixmeta44, round 44): a PDF's text keeps its running header on every page, and on the first
# page above the title: "下载版式" / "农业农村部规章" / "兽药标签和说明书管理办法" / …, "农业农村部发布" / "" /
# "农业农村部规章" / "第四条…" (nat-vet-drug-label-measures-2017, seven copies): joined to the title as its first
# half. A short line the head repeats RUNNING_HEADER_MIN_COPIES times or more that is no title by its ending is the
# page's header (a running header that is the document's title, "…发展规划" on every page, stays: it is the title).
RUNNING_HEADER_MIN_COPIES = 3
RUNNING_HEADER_MAX_CHARS = 20
# EPAPER_PAGE_LINE (fix32meta, round 32): a newspaper's e-paper page opens with its page label and the page's article
# list label above the dated headline: "第02版:聚焦2024年全国交通运输工作会议" / "本版新闻列表" / "2023年12月22日
# 星期" / "李小鹏部长在2024年全国交通运输工作会议上的讲话摘要版" (nat-transport-speech-2024, a 中国水运报 e-paper
# page): the list label was taken for the news headline. The page's, never the title, as its toolbar (TOOLBAR_LINE).
EPAPER_PAGE_LINE = re.compile(
    r"^[ \t\u3000]*(?:第[ \u3000]*[0-9０-９A-Za-z]{1,3}[ \u3000]*版[ \u3000]*(?:[:：].{0,30})?"
    r"|本版(?:新闻|文章|稿件)?(?:列表|导航|目录)|版面(?:导航|概览|目录)|(?:上|下)一版)[ \t\u3000]*$"
)
# MARKDOWN_LINK_LINE (fix26meta, round 26): a page converted to Markdown opens with its site's logo, menu and
# breadcrumb as lines of links and nothing else: "[![](…/logo_m.png)](http://fgw.hunan.gov.cn/)" / "- [网站首页](…)" /
# … / "[首页](…) > [信息公开](…) > [通知公告](…)" / "### 关于完善2026年度电力中长期交易价格机制的通知"
# (hn-mlt-price-mechanism-2026: nine such lines pushed the headline out of the cover's lines and the page was titled
# by its file name). A line of links (images included, between separators) is the page's, never the title; the links'
# syntax is the evidence, read after the widths are folded (a link's brackets may read （…）).
MARKDOWN_LINK = r"!?\[(?:!\[[^\[\]\n]*\][(（][^)）\n]*[)）]|\\[\[\]]|[^\[\]\n])*\][(（][^)）\n]*[)）]"
MARKDOWN_LINK_SEPARATOR = r"[ \t\u3000>＞»|｜\\_/·]"
MARKDOWN_LINK_LINE = re.compile(
    rf"^[ \t\u3000]*(?:[-*+][ \t]+)?(?:{MARKDOWN_LINK_SEPARATOR}*{MARKDOWN_LINK})+{MARKDOWN_LINK_SEPARATOR}*$"
)
# MARKDOWN_LINKS_TAIL: so does a page end with them, under the signature: "重庆市发展和改革委员会" / "2023年4月6日" /
# "[渝公网安备 50019002501601号](http://www.beian.gov.cn/…) [![](…/slyhwzafw.jpg)](http://wza.isc.org.cn/…)"
# (cq-tou-price-faq-2023): cut off before the signature is read, on its own lines or glued on one line.
MARKDOWN_LINKS_TAIL = re.compile(
    rf"(?:{MARKDOWN_LINK_SEPARATOR}|\n)*(?:{MARKDOWN_LINK}(?:{MARKDOWN_LINK_SEPARATOR}|\n)*)+\Z"
)
# LEADING_ATTACHMENT_LABEL (fix22seg, round 22): a Word file that was some covering document's attachment keeps
# that label alone above its own title: "附件2" / "" / "福建省生态文明建设促进条例" / "（2018年9月30日…通过）"
# (fj-eco-civilization-regs-2018; round-22 gold: the label is front matter). Never part of the title.
# Nor a level-1 attachment heading over the whole file when it is the text's first line (fix23seg, round 23): "附件" /
# "新型储能规模化建设专项行动方案" / "（2025—2027 年）" / preamble / "一、总体目标" (nat-storage-scale-plan-2025, a
# crawled PDF: round-23 gold has the label and title as front matter and the parts 一、… at level 1).
# ATTACHMENT_LABEL_IN_COVER (fmt23, round 23 rendered): nor below the short lines of a cover, above the text's first
# sentence and before any heading: a Word file's red head "国家发展改革委文件" / "政发〔2025〕69号" / "附件" / "新型储能
# 规模化建设专项行动方案" / "（2025—2027 年）" / preamble, or a web page's headline over the same lines
# (nat-storage-scale-plan-2025 rendered as Word and as a page): read as the attachment's heading, every part went to
# level 2. An attachment label after the notice's sentences still opens the attachment.
LEADING_ATTACHMENT_LABEL = re.compile(r"^附[ \u3000]*件[ \u3000]*\d{0,2}[：:]?$")
# SIBLING_ATTACHMENTS (fixseg51, round 51): a file that opens with "附件 1" and holds "附件 2" further down is not one
# attachment but the several of a notice not in it: "附件 1" / "“好年华 聚福州”长乐区人才购房补贴的实施细则（试行）" /
# … / "附件 2" / "“好年华 聚福州”长乐区人才租赁补贴的实施细则（试行）" (changle-talent-housing-subsidy-rules-2023;
# round-51 gold: both labels level-1 headings over their rules' parts, as a notice's 附件1 / 附件2 are, heldout3). The
# leading label heads its part then; a lone "附件" or "附件2" with no 附件3 below stays front matter
# (LEADING_ATTACHMENT_LABEL).
SIBLING_ATTACHMENT_NUMBER = re.compile(r"^附[ \u3000]*件[ \u3000]*(?P<n>\d{1,2})[：:]?$")
# GLUED_ATTACHMENT_LABEL (meta42, session 33): a file that is an attachment, crawled onto one line, keeps its label
# glued in front of its title: "附件2**福建省生态文明建设促进条例**（2018年9月30日…通过）目    录…"
# (fj-eco-civilization-regs-2018), "附件新型储能规模化建设专项行动方案（2025—2027 年）为贯彻落实…"
# (nat-storage-scale-plan-2025), "附件2海南省儿童青少年心理健康关爱行动计划心理健康是…" (hn-child-mental-health-2025),
# "附件５《海南省将健康融入所有政策实施方案》政策解读在新时代…": the label is no part of the title
# (LEADING_ATTACHMENT_LABEL, on a line of its own when the breaks are kept). Not a page's "附件下载" link.
GLUED_ATTACHMENT_LABEL = re.compile(
    r"^附[ \u3000]*件[ \u3000]*[\d０-９]{0,2}[：:]?[ \u3000]*(?!下载)(?=[\u4e00-\u9fff“《*])"
)
# A PDF page number glued in front of the headline by a concatenated extraction ("22 中共上海市委、
# 上海市人民政府关于…的意见"), and symbol junk a PDF extraction leaves there ("#! +北京市生态安全
# 格局专项规划"): cut off the title, never part of it. A front page numbered in Roman numerals leaves
# its number glued to the title: "II浙江省城市内涝治理“十四五”规划" (round 1). Two letters at least: a
# title may open with one ("X射线…"). DASHED_PAGE_PREFIX (fix34meta, round 34): a page number printed between dashes,
# "-1-中共甘肃省委甘肃省人民政府贯彻落实《…》的实施意见(2011年4月20日)为全面贯彻落实…" (gs-water-reform-opinion-2011, a
# PDF's text run into one line), "— 1 —" as many government PDFs print it.
TITLE_PAGE_PREFIX = re.compile(
    r"^(?:[-—－–][ \t\u3000]*\d{1,3}[ \t\u3000]*[-—－–][ \t\u3000]*"
    r"|\d{1,3}[ \t\u3000]+|[#!+*=~_|\\/<>\-\s]+|(?:II|III|IV|VI{1,3}|IX|XI{1,2}|[Ⅰ-Ⅻ])[ \t\u3000]*)"
    r"(?=[\u4e00-\u9fff“《])"
)
# SITE_BEFORE_HEADLINE (meta42, session 33): a saved page's <title> names its site before the headline,
# "广东省发展和改革委员会 - 广东省能源局 国家能源局南方监管局关于印发广东省抽水蓄能参与电力市场交易实施方案的通知"
# (gd-pumped-storage-market-2024, the 广东 development and reform commission's portal hosting the energy bureau's
# notice): the site is no issuer of the notice (it was read as "广东省发展和改革委员会 - 广东省能源局
# 国家能源局南方监管局"). An organ's name, a spaced dash or bar, then the headline.
SITE_BEFORE_HEADLINE = re.compile(
    r"^[\u4e00-\u9fff]{2,30}[院厅部委局司府会办室署央心组处所队网][ \u3000]+[-－—|｜_][ \u3000]+(?=[\u4e00-\u9fff])"
)
# NUMBER_BEFORE_NOTICE_TITLE (meta42, session 33): a notice's 文号, printed on its own line over the notice title, is
# glued in front of it when the text loses its line breaks: "— 1 —南方监能市场〔2025〕146 号关于印发《南方区域新能源参与
# 电力市场交易实施方案（试行）》的通知广州电力交易中心、…：" (south-ne-market-2025, nf-unit-market-connection-2025,
# nf-midlong-contract-supervision-2025, the 南方能源监管局's PDFs on one line): it is the number's line, not the
# notice's issuer (the issuer was read as "南方监能市场〔2025〕146 号") nor part of its title.
# NUMBER_OVER_ISSUER (meta48, session 36): or over the notice's issuer, its title's 关于 further on:
# "琼健爱卫〔2025〕7号海南省健康海南建设委员会（爱国卫生运动委员会）关于印发《…》的通知"
# (hn-health-in-all-policies-2025, one-line), "穗府办规〔2024〕13号**广州市人民政府办公厅关于印发…"
# (gz-public-rental-mgmt-2024, a Markdown export on one line, read without its bold marks).
NUMBER_OVER_ISSUER_CHARS = 60
# DISCLOSURE_MARK_OVER_NUMBER (fixmeta56, round 56): a red-header notice may print its disclosure attribute above its
# 文号, letter-spaced: "公 开" / "沪建房管联〔2021〕476 号" / "关于加强住房赠与管理的通知" (sh-housing-gift-notice-2021,
# a 上海 joint notice's PDF). On one line "公 开沪建房管联〔2021〕476 号关于加强住房赠与管理的通知各区…：" the mark
# kept the number from being read (NUMBER_BEFORE_NOTICE_TITLE wants it first) and stayed in the title. The mark before
# a 文号 is cut off as a page number is (TITLE_PAGE_PREFIX); a 公开 that runs on into other words is left alone.
DISCLOSURE_MARK_OVER_NUMBER = re.compile(
    rf"^[ \u3000]*(?:公[ \u3000]*开|主动公开|依申请公开)[ \u3000]*(?={DOC_NUMBER_TEXT})"
)
NUMBER_BEFORE_NOTICE_TITLE = re.compile(
    rf"^(?P<number>{DOC_NUMBER_TEXT})[ \u3000]*(?=[^。，：:\n]{{0,{NUMBER_OVER_ISSUER_CHARS}}}?关于)"
)
# HEADLINE_COLUMN_TAG (fix25seg, round 25): a portal sets the column's tag in black lenticular brackets in front of
# its headline, "【关注】学历型人才引进入户申报指南-广州市人力资源和社会保障局网站" (gz-degree-talent-hukou-guide-2026,
# the page's title; corpus title 学历型人才引进入户申报指南): the tag is the page's, no part of the title. A bracketed
# chapter ("【第一篇】") is none. So is a repost's mark in round brackets, "（转载）广州市人民政府办公厅关于
# 印发广州市公共租赁住房管理办法的通知" (gz-public-rental-mgmt-2024, a district portal's headline element,
# HEADLINE_ELEMENT).
# DATED_COLUMN_TAG (meta28, session 28): or the column that runs a document for a week, with that week in brackets,
# "每周一学（2025年11月10日-16日）中共中央关于制定国民经济和社会发展第十五个五年规划的建议" and
# "每周一学（2025年11月3日-9日）关于《…》的说明" (nat-fyp15-proposal-2025 and its explanation, heldout30; corpus
# titles without the column): the column's name and dates are the page's.
# COLUMN_TAG_LINE (meta31, session 31): the same site sets the tag alone on the line above the document's title, its
# week's dash doubled ("每周一学（2022年6月20日——6月26日）" over "中国共产党党内法规体系…",
# nat-party-regulations-system-2021), or a month's study label in black lenticular brackets ("【2019年4月学习材料】",
# nat-party-political-building-2019; round 37): no headline, the page's. Read as the headline, the first was taken for a
# news report's (an interpretation titled by the tag).
DATED_COLUMN_TAG = r"[\u4e00-\u9fff]{2,6}[（(]\d{4}年\d{1,2}月\d{1,2}日[-—–~～至]{1,2}\d{0,2}月?\d{1,2}日[）)]"
COLUMN_TAG_LINE = re.compile(rf"^(?:{DATED_COLUMN_TAG}|【\d{{4}}年(?:\d{{1,2}}月)?[\u4e00-\u9fff]{{2,8}}】)$")
# LONG_COLUMN_TAG (fixseg51, round 51): a county portal's column may take seven characters, "【主要负责人解读】安丘市
# 发改局党组书记、局长李华锋解读《安丘市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》"
# (anqiu-fyp14-outline-interp-2021; corpus title without the tag): as long a tag is the page's too.
COLUMN_TAG_CHARS_MAX = 8
# INTERPRETER_TITLE (fixseg51, round 51): a leader's interpretation is titled by who interprets and the plan's name
# after 解读, ending in 》, not in a document kind: "安丘市发改局党组书记、局长李华锋解读《安丘市国民经济和社会发展
# 第十四个五年规划和2035年远景目标纲要》" (anqiu-fyp14-outline-interp-2021, a portal's 标题 field; corpus title the
# same).
INTERPRETER_TITLE = re.compile(r"[^。，；：:;!?！？\n《》]{2,30}解读《[^《》\n]{4,50}》")
HEADLINE_COLUMN_TAG = re.compile(
    rf"^(?:【(?!第)[\u4e00-\u9fff]{{2,{COLUMN_TAG_CHARS_MAX}}}】|[（(]转载[）)]|{DATED_COLUMN_TAG})"
    r"[ \t\u3000]*(?=[\u4e00-\u9fff“《])"
)
# COLUMN_TAG_BEFORE_ISSUER (fixmeta57, round 57): the same tag glued before a notice's headline stands where the
# notice's issuer stands, before its 关于: "【市级相关政策】关于印发《关于进一步优化调整房地产政策若干措施》的通知"
# (chuzhou-housing-measures-2024, a city portal's headline; signed below by 滁州市房地产工作联席会议). The tag is the
# page's column, no issuer (it was read as the notice's issuer, "【市级相关政策】"); what follows it, if anything, is.
COLUMN_TAG_BEFORE_ISSUER = re.compile(
    rf"^(?:【(?!第)[\u4e00-\u9fff]{{2,{COLUMN_TAG_CHARS_MAX}}}】|[（(]转载[）)]|{DATED_COLUMN_TAG})[ \t\u3000]*"
)
# COLUMN_WEEK_DATE (lead, session 28): the week a DATED_COLUMN_TAG names is when the page ran the document, its one
# date where the text prints none: "每周一学（2024年3月11日-3月17日）政府工作报告" (nat-gwr-2024, lineage30: a work
# report's digest whose only year was in that tag; once the tag left the title, the report had no year and no longer
# followed the 2023 report). Its first day is the page's date of publication, as PUBLISHED_ONLY reads a page's own.
COLUMN_WEEK_DATE = re.compile(
    r"(?m)^[ \t\u3000]*[\u4e00-\u9fff]{2,6}[（(](?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
    r"[-—–~～至]{1,2}\d{0,2}月?\d{1,2}日[）)]"
)
# BOOKLET_PART_TITLE (meta46, session 35): a briefing booklet's part opens with its number, a space and the part's
# title, "第一 习总书记对深度贫困地区脱贫的要求" (gz-changshun-deep-poverty-xi-2017) and
# "第二 我省对打赢深度贫困地区脱贫攻坚战的要求" (gz-changshun-deep-poverty-province-2017, heldout39): a title that names
# no document kind, so no headline is read; where none is, that first line without its number is the title (no
# 章/条/部分 after the numeral: "第一章 总则" is a chapter).
BOOKLET_PART_TITLE = re.compile(r"^第[一二三四五六七八九十]{1,3}[ \u00a0\u3000]+(?P<title>[\u4e00-\u9fff“”]{4,40})$")
# The document kinds a title ends with (TITLE_ENDING, plus the kinds of emergency plans, guides,
# standards and statistical bulletins), followed by bracketed qualifiers: "国家粮食应急预案",
# "地震安全韧性城市建设导则", "…专项规划（2021 年-2035 年）（草案）", "…统计公报", a State Council reply
# "国务院关于同意组建…协调委员会的批复" (round 6), a standard "乡村气象防灾减灾建设规范" (DB33/T, round 5), a
# form's "…安全性自我声明" (round 7). NUMBERED_DOCUMENT: a year's numbered document of a body is a kind by its
# number, "2021年中央一号文件（全文）" (a markdown page's headline, round 17); a letterhead "…部文件" has no number.
# A public notice (通告) is a kind as 公告 is: "广州市社会保险基金管理中心关于开展2025年…资格认证的通告" (round 18).
# GUIDE_AND_FAQ_TITLES (fix17seg, after round 17's score): a bureau's admission guide "2026年天河区港澳居民随迁子女
# （或持证适龄儿童少年）学位申请指引" (th-hkmo-school-places-2026) and an FAQ "广州市失业保险常见问题解答
# （2025年11月版）" (gz-unemployment-faq-2025), each the first line of a saved portal page, were no headline: both
# pages were titled by their file names.
# CATALOGUE_TITLE_ENDING (seg27, round 29): a catalogue is a document kind, and so are its notes: "江西省中小学教师
# 招聘岗位专业要求参照目录" (jx-teacher-major-catalogue-2023's headline), "项目信息公开目录说明" (the 九江 column's page
# jj-project-info-catalogue-notes-2011). Unknown, such a headline was taken for a news headline and the document for
# an interpretation. Only after two ideographs: a "目录" line alone is a table of contents' head.
CATALOGUE_TITLE_ENDING = r"(?<=[\u4e00-\u9fff]{2})目录(?:说明)?"
# ACTION_TITLE_END (fix31seg, round 31): a provincial action is titled by the word 行动 alone, no 计划 or 方案
# after it: "海南省健康体重管理与健康食品产业" / "发展行动" (hn-healthy-weight-2025, attachment 4 of a 2025 notice,
# the title over two Word paragraphs), as "健康中国行动（2019—2030年）". Only a title's (_title_shaped), not a
# heading's: "（三）实施健康知识普及行动" stays a section title for HEADLINE_END's users in segmentation. After four
# ideographs, with HEADLINE_END's bracketed qualifiers.
ACTION_TITLE_END = re.compile(r"(?<=[\u4e00-\u9fff]{4})行动(?:[（(][^（）()\n]{1,20}[）)])*$")
# MEASURES_TITLE_END (meta40, session 32): measures, a year's task list, working rules and frameworks are issued as
# plans under titles that end with none of HEADLINE_END's kinds: "北京市关于支持氢能产业发展的若干政策措施
# （修订版）" (bj-hydrogen-measures-2024), "关于进一步培育新增长点繁荣文化和旅游消费的若干措施"
# (nat-culture-tourism-consumption-2025), "深化医药卫生体制改革2016年重点工作任务" (nat-healthreform-tasks-2016),
# "国务院工作规则" (nat-state-council-rules-2004), "矿山智能化标准体系框架" (nat-smart-mine-std-2023), every one a plan
# in the gold. Alone on a cover (a Word attachment,
# a PDF, a page that lost its notice) such a title was no headline: the text was taken for a news report headlined so,
# an interpretation. Only a title's (_title_shaped), as ACTION_TITLE_END, and only after words of its own: four
# ideographs before 措施/规则/框架 (a heading "保障措施" or "议事规则" is none), one before the task list's
# (…年重点工作任务; a heading "重点任务" alone is none).
MEASURES_TITLE_END = re.compile(
    r"(?:(?<=[\u4e00-\u9fff]{4})(?:措施|规则|框架)|(?<=[\u4e00-\u9fff])(?:工作任务|重点任务))"
    r"(?:[（(][^（）()\n]{1,20}[）)])*$"
)
# GUIDE_PROPOSAL_ENDING (fixmeta42, round 42): a programme's draft call names itself a guide's proposal,
# "“制造基础技术与关键部件”重点专项2021 年度项目申报指南建议（征求意见稿）" (nat-rd-guides-2021-draft, and the
# transport programme's in nat-transportrd-2021): ending in 建议, not 指南, its title line read as none and the text
# was titled by its file.
GUIDE_PROPOSAL_ENDING = "指南建议"
HEADLINE_END = re.compile(
    rf"(?:{CATALOGUE_TITLE_ENDING}|{GUIDE_PROPOSAL_ENDING}|"
    r"[一二三四五六七八九十]号文件|答记者问|规划纲要|发展纲要|行动计划|实施方案|工作方案|指导意见|实施意见|工作要点|政府工作报告|规划|纲要|计划|方案"
    r"|意见|通知|决定|办法|要点|报告|解读|预案|函|批复|导则|指南|指引|问题解答|规程|规范|公报|细则|条例|规定|公告|通告|声明|"
    + "|".join((*POLICY_QA_ENDINGS, *EXPLANATION_TITLE_ENDINGS))
    + rf"|{WORK_APPROACH_TITLE})"
    + r"(?:[（(][^（）()\n]{1,20}[）)])*$"
)
# A concatenated extraction glues the last sentence of the document before onto the first line:
# "第四十九条 本办法自 2012 年 2 月 1 日起施行。 上海市国民经济和社会发展第十四个五年规划" (round 1). What
# follows the last sentence's 。 is the headline, where it reads as one (_headline).
PREVIOUS_DOCUMENT_TAIL = re.compile(r"^.*。[ \t\u3000]+(?=[\u4e00-\u9fff“《])")
# PAGE_TITLE_TRAIL (fix14meta, after round 14's score): a saved page's text opens with the page's <title>, the
# headline with the site's column and name after "-", "_" or "|": "北京市发展和改革委员会关于公开征集市政府固定资产
# 投资支持新能源供热项目的通知-本委其他文件-北京市发展和改革委员会" (bj-newenergy-heating-call-2026), "…的通知_委局
# 文件_政务公开" (tj-demand-response-2021), "…的通知-广州市人力资源和社会保障局网站" (gz-talent-hukou-2022). The
# headline ends with a document kind (HEADLINE_END); one to three short parts without a sentence's punctuation
# follow it. They are the site's, cut off the first line.
PAGE_TITLE_TRAIL = re.compile(r"(?:[ \t\u3000]*[-_|｜][ \t\u3000]*[^-_|｜。，；：:\n]{2,30}){1,3}$")
# SITE_BEFORE_TITLE (fixseg49, round 49): a page title may put the site's name first, "凤凰县政府门户网站-关于《凤凰县
# 国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的说明" (fenghuang-fyp14-outline-explainer-2022, over the
# page's own headline without it), as PAGE_TITLE_TRAIL's sites stand after it: a site's name (ending in a word only a
# site is named by) and a dash before the title are the site's.
SITE_BEFORE_TITLE = re.compile(
    r"^[ \t\u3000]*[\u4e00-\u9fff]{2,20}?(?:门户网站|政府网|官方网站|政府门户)[ \t\u3000]*[-_|｜—－][ \t\u3000]*(?=\S)"
)
# VALIDITY_MARK_BEFORE_HEADLINE (fixmeta59, round 59): a portal marks a repealed notice in front of its headline, and a
# page's <title> may put the site's name and the series of its 文号 before that: "大连市人民政府 大政办发 [已废止]大连市
# 人民政府办公室关于进一步加强房地产市场调控和监管工作的通知", and again "[已废止]大连市人民政府办公室关于…的通知" as
# the page's headline (dalian-housing-regulation-notice-2021; front matter's VALIDITY_MARK strips "（失效）" before a
# notice's issuer, bj-charging-rewards-2024). The title was read with the site, the series and the mark, the issuer
# as "大连市人民政府 大政办发 [已废止]大连市人民政府办公室". The mark, and up to
# VALIDITY_MARK_PREFIX_CHARS characters of the page's words before it on the first line, are no part of the title.
VALIDITY_MARK_PREFIX_CHARS = 40
VALIDITY_MARK_BEFORE_HEADLINE = re.compile(
    rf"^[^。，；：:\n]{{0,{VALIDITY_MARK_PREFIX_CHARS}}}?"
    r"[（(【\[](?:已?失效|已?废止|现行有效|有效)[）)】\]][ \t\u3000]*(?=[\u4e00-\u9fff“《])"
)
# A headline's second part joined by 和/及 on the next line: "…第十四个五年规划" / "和二〇三五年远景目标纲要".
HEADLINE_JOINED_PART = re.compile(r"^[ \u3000]*(?:和|及|暨)[\u4e00-\u9fff〇“”]")
# A headline broken over short lines ("国务院办公厅关于推进" / "政务新媒体健康有序发展的意见", a
# notice title over three lines): its lines are joined until the text ends with a document kind
# (HEADLINE_END), each at most HEADLINE_LINE_MAX characters without sentence punctuation, at most
# HEADLINE_LINES of them.
HEADLINE_LINE_MAX = 40
# OPEN_BRACKET_HEADLINE (fixmeta58, round 58): a title does not end inside its brackets. A headline line that leaves a
# 《 or a （ open goes on on the next line, however long that line is (up to TITLE_MAX_CHARS):
# "《北京市商品房预售合同示范文本（2025年修订" / "公开征求意见稿）》、《北京市商品房现房买卖合同示范文本（2025年修订" /
# "公开征求意见稿）》的起草说明" (bj-housing-contract-templates-explain-2025, a .doc's centred name as antiword wraps
# it; the reader joined the third line to the second, 56 characters) was titled by its first line alone,
# "《北京市商品房预售合同示范文本（2025年修订", and read as a news headline.
OPEN_BRACKETS = (("《", "》"), ("（(", "）)"))
# QUOTED_NAMES_TITLE (fixmeta58, round 58): a title made of the names it quotes and its own kind after them - an
# explanation or a decision on two documents - is as long as their names: "《北京市商品房预售合同示范文本（2025年修订
# 公开征求意见稿）》、《北京市商品房现房买卖合同示范文本（2025年修订 公开征求意见稿）》的起草说明" (72 characters,
# bj-housing-contract-templates-explain-2025's gold title). It is title-shaped up to QUOTED_NAMES_TITLE_MAX_CHARS; no
# body line is quoted names alone and a kind word.
QUOTED_NAMES_TITLE = re.compile(r"^(?:《[^《》\n]{2,80}》[、和及与]?)+的?[\u4e00-\u9fff]{1,8}$")
QUOTED_NAMES_TITLE_MAX_CHARS = 120
# HEADLINE_OCR_DOT (fix14meta, after round 14's score): an OCR'd gazette leaves a middle dot at the end of a
# headline line, "中华人民共和国" / "国民经济和社会发展第六个五年计划·" / "1981一1985" (nat-fyp-6): no part of the
# title, and with it the joined lines did not end with their document kind.
HEADLINE_OCR_DOT = re.compile(r"[ \u3000]*[·•・][ \u3000]*$")
HEADLINE_LINES = 4
# FIELDS_AFTER_RECORD_TITLE (seg27, round 29): a platform's record view sets its record's title and the record's
# fields on one line, a space between: "关于立即开展落实民生19项核查点情况意见通知 发布人：刘东 联络点：下寺镇查点
# 时间：7月8号" (sc-policy-selfcheck-notice-2014, a county platform's detail page, under its caption 接访信息详情).
# What stands before the first field, title-shaped, is the headline.
FIELDS_AFTER_RECORD_TITLE = re.compile(
    r"[ \u3000\u00a0]+(?:发布人|发布者|发布单位|作者|来源|发布时间|发布日期|时间|日期|浏览次数|点击数|阅读数)"
    r"[ \u3000]*[:：]"
)
# CAPTION_OVER_PLACED_TITLE (seg27, round 29): a page's caption may stand right above a headline that is whole on its
# own line and opens with the place or year a document's name opens with: "县级考核依据" (the <h2> of a county
# platform's view) / "石城县2018年度河长制湖长制工作责任单位目标管理（绩效）考核细则" (its table's <caption>,
# sc-river-chief-unit-assessment-2018). The caption is no part of the title: a headline broken over lines does not
# restart with a place or a year after a first line that is no title (it breaks after 关于 or an issuer:
# "…人民政府" / "关于印发…的通知").
PLACED_TITLE_OPENING = re.compile(r"^(?:[\u4e00-\u9fff]{1,7}?[省市县区州盟旗](?![级长委场域])|(?:19|20)\d\d年)")
HEADLINE_BREAKS = "。，；：！？:;!?"
# REPEATED_PAGE_TITLE (meta28, session 28): a portal's page title stands over the document's own cover, which
# restates it with the lines that qualify it: "国家中长期教育改革和发展规划纲要" / "国家中长期教育改革和发展规划纲要" /
# "(2010-2020年)" / "(公开征求意见稿)" (nat-edu-reform-outline-draft-2010, heldout30),
# "绍兴一中五年发展规划(征求意见稿)" / "绍兴一中" / "五年发展规划" / "(2010年3月～2015年2月)" / "(征求意见稿)"
# (sx1z-fyp-2010, heldout31): the cover's headline, years and all, is the title where it is the page's title
# once brackets, title marks and spaces (RESTATED_TITLE_NOISE) are set aside, and longer.
RESTATED_TITLE_NOISE = re.compile(r"[（(][^（）()]*[）)]|[《》\s\u3000]")
# FULLER_RESTATED_HEADLINE (meta31, session 31): or the page's title is the tail of the document's own headline, its
# issuer and first words cut: "浙江省第十批“浙江省特级教师”推荐工作的通知" over "绍兴市教育局关于做好浙江省第十批“浙江省
# 特级教师”推荐工作的通知" (sx-special-teacher-nomination-2009, round 37, a school site's notice board): the headline
# below, which ends as the page's title does, is the title, when what it adds in front names its issuer (关于): a motto
# set before the title, "创新管理共同发展 创优成绩全面提高——绍兴一中2009学年第二学期工作思路" under the page's "绍兴一中
# 2009学年第二学期工作思路" (sxyz-work-2009s2, lineage26), is no part of it. Glued on one line, the headline starts
# right after the page's title, its issuer and 关于 at most FULLER_HEADLINE_PREFIX_MAX characters before the title's
# words again.
FULLER_HEADLINE_PREFIX_MAX = 30
FULLER_HEADLINE_ISSUER_WORD = "关于"  # what the fuller headline's added words must hold (its issuer's 关于)
# DRAFT_FOR_REVIEW (seg20, after round 17's score): a county plan's cover names its draft for review the same way,
# "通许县新能源汽车充电设施布局专项规划" / "（2025-2030 年）" / "（送审稿）" / "2025 年 12 月" (tx-ev-charging-2025,
# gold title "…（2025-2030年）（送审稿）"): a plan put to the council is cited under that name, as a 草案 is. A
# standard's "（报批稿）" stands below its English title, never right under its years.
DRAFT_FOR_REVIEW = "送审稿"
# A 草案 on a line of its own under the title and its years: "北京市生态安全格局专项规划" /
# "（2021 年-2035 年）" / "（草案）" (a city's spatial plans put to the public, round 1 and dev): a plan
# submitted for adoption is published and cited under that name. A comment draft's stage
# ("（征求意见稿）", "（二次征求意见稿）" under 地震安全韧性城市建设导则, 智能船舶标准体系建设指南) and a
# trial ("（试行）" under 国土空间规划城市体检评估规程) are not part of the name.
DRAFT_STATUS_LINE = re.compile(rf"^(?P<qualifier>[（(](?:草案|{DRAFT_FOR_REVIEW})[）)])$")
# A PDF cover's last line glued to the next page's heading: "2021 年 9 月 前    言", "2020 年 10 月
# 19 日前 言" (a concatenated extraction): the heading is cut off before the line is read as the
# cover's date.
COVER_NEXT_PAGE_HEADING = re.compile(r"[ \u3000]*(?:前[ \u3000]*言|目[ \u3000]*录|序[ \u3000]*言)$")
# A text that opens with an index row, its cells apart by tabs (a corpus exported from a
# spreadsheet: "2024年5月23日\t关于印发河津市2024年冬季清洁取暖工作实施方案的通知\t",
# "2024-04-13     发改能源〔2023〕1721号\t国家发展改革委等部门关于…的实施意见\t"): each cell is a line
# of its own, so the title is read from its cell, not with the date glued in front of it. Within a
# cell, a run of spaces parts cells too.
INDEX_ROW_CELL_BREAK = re.compile(r"[ \u3000]*\t[\t \u3000]*|[ \u3000]{3,}")
# A bracketed line of years right under a title belongs to it ("（2021 年-2035 年）"); a status
# line on a cover ("（试行）", "征求意见稿") says what state the document is in, not its name, and a
# date or a source ("（民政部 一九九七年一月二十八日）") is neither.
# A draft's status may follow the years on the same line, "（2021 版）（征求意见稿）" (建材行业智能制造标准
# 体系建设指南, round 7): the years belong to the title, the status does not (group qualifier). A
# bracketed 文号 ("（医保发〔2024〕21 号）", round 12) has a year in it too, but is the notice's number.
# REVISION_DATE_LINE (seg27, round 29): a line that says when the document was revised, "（2023年修订）" under
# "江西省中小学教师招聘岗位专业要求参照目录" (jx-teacher-major-catalogue-2023; round 29's gold: front matter), dates
# it as a law's "（2018年修正）" does: no part of its name, unlike an edition's "（2024年版）".
REVISION_DATE_LINE = r"[（(][^（）()\n]*\d{4}[ ]*年?[ ]*(?:修订|修正)[）)]$"
TITLE_QUALIFIER_LINE = re.compile(
    rf"^(?![（(]{DOC_NUMBER_TEXT}[）)]$)(?!{REVISION_DATE_LINE})"
    r"(?P<qualifier>[（(](?:[^（）()\n月日]*\d{4}[^（）()\n月日]*"
    # TITLE_MONTH_SPAN: "（2010年3月～2015年2月）" under a plan's title is its term, no date
    r"|\d{4}[ ]*年[ ]*\d{1,2}[ ]*月[ ]*[-—–－~～至到][ ]*\d{4}[ ]*年[ ]*\d{1,2}[ ]*月)[）)])"
    r"(?:[（(](?:[一二三四]次)?(?:征求意见稿|送审稿|报批稿|草案|试行)[）)])?$"
)
# COMMENT_DRAFT_QUALIFIER (fixmeta56, round 56): a comment draft may name the revision it drafts and its stage in one
# bracket under its name: "北京市商品房预售资金监督管理办法" / "（2023年修订版 公开征求意见稿）"
# (bj-presale-funds-rules-draft-2023; gold title 北京市商品房预售资金监督管理办法; on one line "…管理办法
# （2023年修订版 公开征求意见稿） 第一章 总则…"). Its year is no term of the plan: as a revision date is no part of a
# name (REVISION_DATE_LINE, "（2023年修订）"), a bracket that dates a revision or edition (修订, 修正, 版) and ends in
# the draft's stage says what state the text is in, and the whole bracket is left out of the title. A bracket of
# years alone ("（2021-2035年）") and a 送审稿 or 草案 (DRAFT_FOR_REVIEW) stay; so does a "（征求意见稿）" bracket
# of its own, which earlier rounds' titles keep ("电力需求侧管理办法（征求意见稿）", nat-power-dsm-measures-draft-2023).
COMMENT_DRAFT_QUALIFIER = re.compile(
    r"[ \u3000]*[（(][^（）()\n]*\d{4}[^（）()\n]*(?:修订|修正|版)[^（）()\n]*征求意见稿[）)]$"
)
# COMMENT_DRAFT_MARK (fixmeta58, round 58): a comment draft's stage closing the title it was put out under is no part
# of the name, whether the mark stands on a line of its own, is glued to the headline's last line or is quoted with
# the name by the notice inviting comments: "贵阳市住房公积金管理中心关于《住房公积金服务贵安新区高质量发展的十条措施
# （征求意见稿）》公开征求意见的公告" over "附件" / "住房公积金服务贵安新区高质量" / "发展的十条措施" / "（征求意见稿）"
# (guiyang-hpf-guian-measures-2023, gold title 住房公积金服务贵安新区高质量发展的十条措施),
# "…关于进一步优化调整住房公积金贷款" / "政策的通知（征求意见稿）" (hi-hpf-loan-limits-draft-2026, round 55: gold
# without the mark), and rounds 48,
# 53 and 56 likewise (pj-agri-modern-14fyp-draft-2021, hi-hpf-downpayment-withdrawal-draft-2023,
# bj-presale-funds-rules-draft-2023): the gold's convention since round 48 (five of five drafts; "the round-55 rule"
# of the gold README). Rounds 23-42 kept it (nat-rd-guides-2021-draft, nat-power-dsm-measures-draft-2023): their
# titles are the ones this costs. Only the comment draft's stage at the very end, plain, public or a second round
# (公开征求意见稿, 二次征求意见稿): a 草案 or 送审稿 put up for adoption stays (DRAFT_STATUS_LINE, DRAFT_FOR_REVIEW),
# and so does a draft mark inside 《》 ("关于征求《…（征求意见稿）》意见的函", "《…（2025年修订 公开征求意见稿）》、
# 《…》的起草说明": the quoted names are other documents').
COMMENT_DRAFT_MARK = re.compile(
    r"[ \u3000]*[（(][ \u3000]*(?:公开|[一二三四五]次)?征求意见稿[ \u3000]*[）)][ \u3000]*$"
)
# BROKEN_QUALIFIER (fixmeta44, round 44): a ministry page that breaks its lines before digits leaves a title's years
# qualifier's opening bracket alone on a line: "国家动物疫病监测与流行病学调查计划" / "（" / "2021—2025年）"
# (nat-animal-disease-monitoring-plan-2021; the page breaks "…农业部公告第" / "898号等规定" and "（" / "2021—2025年）》"
# in its issuing sentence the same way). The lone bracket and the line after it read as one qualifier line.
QUALIFIER_OPENING_LINE = re.compile(r"^[ \u3000]*[（(][ \u3000]*$")
# A headline whose characters are spaced out ("国 家 粮 食 应 急 预 案 的 函"): the spaces are layout.
LETTER_SPACED = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]+)+[\u4e00-\u9fff]")
# LETTER_SPACED_HEADING_TOP (fix30seg, round 30): a document sets its unnumbered top titles letter-spaced, "序 言"
# before "第一部分 总体战略" and "实 施" after "第二十二章 加强组织领导" / "(七 十)切实维护教育系统和谐稳定。…"
# (nat-edu-reform-outline-draft-2010), "结 语" after a plan's last section (sh-fyp-14), "参 考 文 献" after an
# appendix's sections (nat-urban-area-std-draft): every letter-spaced unnumbered heading of the gold stands at level
# 1, whatever was open above it, never one below the last numbered point.
LETTER_SPACED_TITLE_MAX = 6
# TAB_SPACED_CHAPTER_TITLE (fixseg52, round 52): a PDF's text layer may keep a letter-spaced chapter title's gap as
# a tab, "第一章 总 \t则", "第六章 \t税 \t率", "第十一章 附 \t则" (cq-property-tax-rules-amendment-2023, heldout52
# gold: 总 则 / 税 率 / 附 则 at level 2), as a portal's table keeps its letter-spaced labels' (TAB_SPACED_LABEL:
# "文 \t号："): single characters parted by tabs are a title like "总 则", not a table's cells. Chapter markers only,
# a top title's length (LETTER_SPACED_TITLE_MAX).
TAB_SPACED_CHAPTER_TITLE = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]*\t[ \t\u3000]*)+[\u4e00-\u9fff]")
TAB_SPACED_GAP = re.compile(r"[ \t\u3000]+")
# A cover's title need not open the text: a standard's code and class lines ("DB11/T XXXX—XXXX",
# "PXX", "北 京 市 地 方 标 准") stand above it. The title is the first title-shaped line among the
# first COVER_LINES, looked for only while no sentence has begun.
COVER_LINES = 8
# Below the first line a title is at least this long: shorter lines there are a menu's or a
# breadcrumb's category names ("发展规划", "政府工作报告"), not a document's name.
COVER_TITLE_MIN_CHARS = 8
# A title run on into its 文号 (a text that lost its line breaks): "国务院办公厅关于加强环境监管执法的
# 通知国办发〔2014〕56号各省、…：" ends at 通知, where a document number begins (its issuer code has no 的).
# A reply too: "国务院关于北京市环境污染防治目标和对策的批复 国函〔1999〕134号 北京市人民政府、…：" (round 5).
# The title ends outside brackets (CITED_NUMBER): a first sentence that cites a document with its number
# ("“…示范工程”是《公路水路交通运输信息化“十二五”发展规划》（交规划发〔2011〕192号文印发）确定的…", round 7)
# was cut at "（交规划" (the 规划 of the cited number's issuer code) and titled so, its 十二五 taken for the
# text's period. Round brackets and 《》 are read whole, closed within the title.
TITLE_BEFORE_NUMBER = re.compile(
    r"^(?P<title>(?:[^（(《》）)\n]|[（(][^（()）\n]*[）)]|《[^《》\n]*》){4,80}?"
    r"(?:意见|通知|决定|公告|批复|函|规划|纲要|计划|方案|办法|报告|预案|条例|规定|细则))"
    r"(?=[ \u3000]*[（(]?(?:(?!的)[\u4e00-\u9fff]){1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号)"
)
# TITLE_BEFORE_RECIPIENTS: a title run on into its addressees on one line (a crawl that lost its line
# breaks) ends where they begin, "各省、…：" after a document kind, and may join two aims with a comma
# as titles do: "关于生态环境领域进一步深化“放管服”改革，推动经济高质量发展的指导意见各省、自治区、直辖市环境
# 保护厅（局），新疆生产建设兵团环境保护局：为…" (round 9). A headline on a line of its own has no comma
# (HEADLINE_BREAKS); here the addressees' colon right after vouches for the title.
# TITLE_BEFORE_NAMED_RECIPIENTS (fix21seg): the addressees may be named one by one, a list joined by 、 up to the
# colon, and the document may be a 通报 or a 报告: "关于2018年4月国家地表水考核断面水质自动监测站建设进展情况的通报
# 北京市、天津市、河北省、…环境保护厅(局)，海南省生态环境保护厅:各地…" (nat-water-stations-bulletin-2018, heldout21, a
# one-line crawl), "关于印发《海南昌江核电厂…核安全检查报告》的函华能海南昌江核电有限公司、海南核电有限公司:根据…"
# (hn-changjiang-fcd-inspection-2021, the same data set); both fell back to the file name. A line opening with 各… is
# the addressees themselves, no title: "各省、自治区、直辖市、计划单列市工业和信息化主管部门、…：" (nat-imstd-2015,
# lineage7, whose 计划 of 计划单列市 had ended a "title").
TITLE_BEFORE_RECIPIENTS = re.compile(
    r"^(?!各)(?P<title>[^。；！？：:;!?\n]{4,80}?(?:意见|通知|方案|决定|规划|计划|办法|函|通报|报告))"
    r"(?=各(?:省|市|区|县|有关|地|部门|级|单位|直属|相关)[^。\n]{0,160}?[：:]"
    r"|[\u4e00-\u9fff（）()]{2,30}、[^。；！？\n]{0,800}?[：:])"
)
# A space between two Chinese characters of a document's name is a line break of the page (a <br>
# in its headline saved as a space): "国务院关于支持自由贸易试验区 深化改革创新若干措施的通知", "印发
# 《政府网站集约化 试点工作方案》的通知". It is dropped from the name, which follows 关于 or is the
# issued document's; a space between joint issuers in front of 关于 stays ("中共中央 国务院关于…").
WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
# WRAPPED_LINE_SPACE: PDF text whose paragraphs were joined with a space at each line break of the page
# keeps those spaces at a fixed stride, the page's line width: "（五）支持…在备案地和参保地双向享 受医保待遇。
# 跨省异地…基本医疗 保险基金的起付标准…" (a space every 31 characters, lineage12). A heading cut from such
# a paragraph is joined as its body is read: a single space at one of the line's stride positions is a
# line break, not part of the title ("双向享受医保待遇"). The stride shows by WRAP_STRIDE_GAPS_MIN gaps between
# such spaces of one width (± WRAP_STRIDE_SLACK) of at least WRAP_STRIDE_MIN characters; a space that
# separates two phrases of a title ("坚持创新驱动 建设科技强市") stands in no such run and stays, and so do the
# spaces a PDF sets around Latin letters and digits ("建设以 5G 为重点…"): only a space between two Chinese
# characters or marks is taken for a break.
WRAPPED_LINE_SPACE = re.compile(r"(?<=[^\x00-\x7f\s]) (?=[^\x00-\x7f\s])")
WRAP_STRIDE_MIN = 15
WRAP_STRIDE_GAPS_MIN = 2
WRAP_STRIDE_SLACK = 1
# A 文号 right after a title, glued to it or on the next line: "…的意见国办发〔2014〕69号各省…",
# "政务新媒体健康有序发展的意见" / "国办发〔2018〕123号". Read from where the title ends, so that the
# title's last characters are not taken for the issuer code.
# REPRINTED_FROM_NUMBER (fix34meta, round 34): a reprint notes the 文号 of the document it copied in the headline's
# brackets: "国务院办公厅关于进一步激发文化和旅游消费潜力的意见（转自国办发〔2019〕41号）"
# (nat-culture-tourism-consumption-2019-py): the note's verb is no part of the issuer code (转自国办发 was read).
REPRINTED_FROM = "(?:转载自|转自|摘自|选自|引自)"
DOC_NUMBER_AFTER_TITLE = re.compile(rf"[（(]?{REPRINTED_FROM}?(?P<number>{DOC_NUMBER_TEXT})[）)]?")
# TITLE_BRACKETED_NUMBER (fix26meta, round 26): a 文号 in brackets right after a run-on title is no qualifier of the
# title (TITLE_ENDING takes a short bracketed text after a kind for one, "（试行）", "（2021—2025年）"): "…促进合理
# 用药的意见的通知（国卫医发〔2020〕2 号）各省、自治区…" (nat-hospital-pharmacy-2020 on one line): the title ends
# before it.
TITLE_BRACKETED_NUMBER = re.compile(rf"[（(]{DOC_NUMBER_TEXT}[）)]$")
# Titles of a report, not a plan: a 政府工作报告 or a yearly report ("2012上海科技进步报告"), and a
# statistical bulletin ("万载县2015年国民经济和社会发展统计公报"), which reports a year's figures.
# (Not 工作总结: round 44's judged "平潭综合实验区财政金融局2022年工作总结及2023年工作思路" is a plan, where round 53's
# "县卫健委2023年工作总结及2024年工作安排" is a report; the title does not tell them apart.)
REPORT_WORDS = ("报告", "公报")
# OPINIONS_REPORT: a report that submits a body's opinions for approval ("关于…和加强防震减灾工作意见的报告",
# 国家地震局, forwarded by 国务院办公厅 to be carried out, dev and heldout5) is a plan of measures, not a report
# of what was done: its title ends with 意见的报告 (a 情况的报告 or a 政府工作报告 stays a report).
OPINIONS_REPORT = re.compile(r"意见的报告$")
# REPORT_QUOTED (meta30, session 30): a 报告 the title names in 《》 is the document it acts on, not what it is:
# "黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见" (hl-gwr-tasks-2013, round 35, gold kind plan) shares
# out the report's tasks. Its report words are looked for with the quoted names taken out.
REPORT_QUOTED = re.compile(r"《[^《》]*》")
# The issuers a cover names stand right above its date ("北京市规划和自然资源委员会" / "2021 年 9 月",
# "自然资源部" / "二〇二〇年八月"; two on one line: "某县统计局 国家统计局某县调查队" / "（2023年5月8日）"),
# each ending as an organ's name does.
ORGAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,30}[院厅部委局司府会办室署央心组处所队]$")
# BYLINED_COVER (meta31, session 31): a document reprinted under a page's lines keeps its own cover: its title line
# over its date in brackets and/or the organ that wrote it, "抗击新冠肺炎疫情的中国行动" / "（2020年6月）" /
# "中华人民共和国" / "国务院新闻办公室" under a study group's lines (a white paper, nat-covid-white-paper-part-2020),
# "党的十八大以来深入贯彻中央八项规定精神的成效和经验" / "中央党的建设工作领导小组" (nat-eight-rules-experience-2025),
# and
# one paragraph run together, "中国共产党党内法规体系（二〇二一年七月）中共中央办公厅法规局"
# (nat-party-regulations-system-2021; round 37): that title is the document's, that organ its issuer, and a title
# naming no document kind (HEADLINE_END) under an organ's name is no news report: the organ's own report
# (BYLINED_REPORT). A page headline that names a document itself stays the title: "中央一号文件" over "中共中央 国务院
# 关于进一步深化农村改革 扎实推进乡村全面振兴的意见" / "（2025年1月1日）" (nat-no1-document-2025, round 36, whose gold
# title is the line below) - taken so, the 2025 edition was no longer found between the 2023 and 2026 中央一号文件
# (eval_successions: two true pairs missed, one false), the name those editions share being the page's.
_COVER_DATE = (
    r"[（(](?:\d{4}[ ]?年[ ]?\d{1,2}[ ]?月(?:[ ]?\d{1,2}[ ]?日)?"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)[）)]"
)
BYLINED_COVER_DATE = re.compile(rf"^{_COVER_DATE}$")
BYLINED_COVER_GLUED = re.compile(
    rf"^(?P<title>[^（()）。，；：:！？\n]{{8,60}}){_COVER_DATE}(?P<organ>[\u4e00-\u9fff]{{2,30}}[院厅部委局司府会办室署央心组处所队])$"
)
# The state's name set on a line of its own above a central organ's on a cover ("中华人民共和国" / "国务院新闻办公室")
BYLINED_COVER_STATE = "中华人民共和国"
BYLINED_COVER_TITLE = re.compile(r"^[^。，；：:！？\n]{8,60}$")
# A document's red head (文件头) names its issuers above its 文号, one a line, letter-spaced to one
# width, the word 文件 beside or below them: "济南市工业和信息化局" / "济 南 市 公 安 局" /
# "济南市城乡交通运输局" / "济工信装备字〔2022〕1号" / "文件" (round 7), "山东省人民政府文件" /
# "鲁政发〔2021〕1号". The head is set in whole names, where the signature at the notice's end is
# broken over PDF lines ("济南市工业和" / "信息化局"): the head names the issuers.
RED_HEAD_ORGAN = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{2,30}[院厅部委局司府会办室署央心组处所队])(?:文件)?$")
RED_HEAD_END = re.compile(r"^(?:文件|[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号)$")
RED_HEAD_LINES = 8
# GLUED_RED_HEAD: a page crawled onto one line keeps its red head glued in front of the title (round 9):
# "生态环境部国家发展和改革委员会中国人民银行…中国证券监督管理委员会文件环气候〔2020〕57号关于促进应对气候变化投融资
# 的指导意见各省…", "国家发展改革委生态环境部水利部发改振兴〔2022〕101号国家发展改革委 生态环境部 水利部关于推动…
# 的指导意见上海市、…：". The issuers run up to 文件 or up to the issuer code of the 文号 (the longest run of
# names ending as an organ's name does that leaves a code of two characters at least: 国务院办公厅|国办发);
# the title starts right after the 文号. A title glued to its own 文号 ("…的通知国办发〔2014〕56号") holds
# 关于 or 的, which no red head does (TITLE_BEFORE_NUMBER reads it).
# GLUED_RED_HEAD_GAPS (meta42, session 33): a PDF's number keeps the gap its page set before 号,
# "广西电力交易中心有限责任公司文件桂电交易〔2023〕137 号关于印发《…》的通知各相关市场成员："
# (gx-performance-risk-guide-2023 on one line), as DOC_NUMBER_GAP allows; and a head of two bodies printed side by
# side with one 文件 keeps 文件 between them,
# "国家能源局南方监管局文件海南省发展和改革委员会南方监能安全〔2025〕84号…" (hn-grid-safety-2025): both are the
# issuers (RED_HEAD_INNER_FILE_WORD parts them).
# DATELINE_HEADLINE (fixseg46, round 46): a news agency's dispatch glued its dateline to the headline it carries, the
# headline marked 题: "新华社北京3月17日电题:加强生态环境分区管控为发展“明底线”“划边框”——生态环境部有关负责人就…
# 答记者问" (nat-eco-zoning-interp-2024, a law site's teaser page): the title is what follows 题.
DATELINE_HEADLINE = re.compile(r"^[ \t\u3000]*新华社[^，。；：:\n]{0,20}电[ \t\u3000]*题[：:][ \t\u3000]*")
# HEADLINE_SUBTITLE_ISSUER (fixseg46, round 46): such a headline names the interviewed body in its subtitle, after
# the dash pair: "…“划边框”——生态环境部有关负责人就关于加强生态环境分区管控的意见答记者问" → 生态环境部 (TITLE_ISSUER
# read on the subtitle where the whole title names none).
HEADLINE_SUBTITLE_MARK = "——"
# RED_HEAD_FILE_BEFORE_NUMBER (fixmeta59, round 59): the head's last 文件 stands right before the 文号, and the
# organs end there: "生态环境部办公厅商务部办公厅文件环办环评〔2022〕2号关于印发《…》的通知各省…"
# (mee-overseas-projects-eco-guide-2022 on one line, the two offices' red head) was read as the organs
# "生态环境部办公厅商务部办公厅文件环办" (环办, the number's prefix, ends as an office's name does) and the number
# "环评〔2022〕2号": the issuers "生态环境部办公厅商务部办公厅、环办". The organs run over no 文件 that is followed by
# a number's code and bracket (an inner 文件 between two organs, hn-grid-safety-2025's, is followed by an organ's name).
# LETTER_HEAD_WORD (fixmeta60, round 60): a letter's head (函件格式) ends in 函 where a document's ends in 文件, and
# the organs end there as well: "生态环境部办公厅自然资源部办公厅函环办环评函〔2023〕34号关于做好…的通知各省…"
# (mee-spatial-plan-eia-notice-2023 on one line, the two offices' letter head) was read as the organs
# "生态环境部办公厅自然资源部办公厅函环办" and the number "环评函〔2023〕34号" (环办, the number's prefix, ends as an
# office's name does). The head's word is either; the number's own 函 (环评函〔) stands right before its bracket,
# no code after it.
LETTER_HEAD_WORD = "(?:文件|函)"
RED_HEAD_FILE_BEFORE_NUMBER = rf"{LETTER_HEAD_WORD}(?:(?!文件)[^\W\d_的]){{2,10}}[〔\[［(（]\d{{4}}"
GLUED_RED_HEAD = re.compile(
    rf"^(?P<organs>(?:(?!关于|{RED_HEAD_FILE_BEFORE_NUMBER})[^\W\d_的]){{2,200}}[院厅部委局司府会办室署央心组处所队])"
    rf"{LETTER_HEAD_WORD}?"
    r"(?P<number>(?:(?!文件)[^\W\d_的]){2,10}[〔\[［(（]\d{4}[〕\]］)）] ?\d{1,4} ?号)(?=[\u4e00-\u9fff“《])"
)
RED_HEAD_INNER_FILE_WORD = re.compile(r"(?<=[院厅部委局司府会办室署央心组处所队])文件(?=[\u4e00-\u9fff]{2,30}$)")
# A document that lost its notice still ends with its signature and date: "…重大事项及时报告国务院。" /
# "国务院办公厅" / "2018年12月11日" / "（此件公开发布）", or in a one-line crawl glued to the last sentence:
# "…确保改革措施落地见效。国务院办公厅2020年7月15日（此件公开发布）" (round 2). Read on the text's
# last CLOSING_SIGNATURE_CHARS characters with their spaces removed ("国　务　院　　…一九九九年十月三十一日"),
# after a sentence's end or a line break; a 版记's "…办公室 2022年3月10日印发" is the printing office's.
# JOINT_SIGNATURE: issuers signing jointly stand one a line above the one date ("国家发展改革委" /
# "中 央 网 信 办" / "工业和信息化部" / "国 家 能 源 局" / "2020年12月23日", round 10): each line an organ's
# name of its own (2 to 20 characters, an organ's ending), all of them the issuers (joined with 、).
# SIGNATURE_AFTER_BRACKET (meta18, session 18): on one line the signature may follow a task's closing bracket:
# "…并加快推进落实。（各地区、各部门负责）国家发展改革委中央网信办工业和信息化部国家能源局2020年12月23日"
# (nat-bigdata-center-2020 on one line). SIGNERS_APART (meta18): an export that sets a blank line between all its
# lines sets one between the signers' too: "国家发展改革委" / "" / "中 央 网 信 办" / "" / … / "2020年12月23日".
_ORGAN_END = "[院厅部委局司府会办室署央心组处所队]"
CLOSING_SIGNATURE = re.compile(
    rf"(?:^|(?<=[。）\n]))(?P<organs>(?:[\u4e00-\u9fff]{{1,19}}{_ORGAN_END}\n+)*[\u4e00-\u9fff、]{{1,60}}?{_ORGAN_END})\n*"
    r"(?P<date>(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    r"\n*(?:[（(](?:此件|本文)[^）)\n]{2,12}[）)])?\n*"
    # CLOSING_TRAILING_ORGAN (fix21seg): a PDF's last page may print one organ's name again under the date:
    # "国家医保局" / "人力资源社会保障部" / "2025年12月5日" / "国家医疗保障局" (nat-drug-list-notice-2025, heldout21)
    rf"(?:[\u4e00-\u9fff]{{2,19}}{_ORGAN_END}\n*)?$"
)
CLOSING_SIGNATURE_CHARS = 200
# SIGNING_DEPARTMENT (fix14meta, after round 14's score): an organ's department signs on the line under the
# organ's name, "国家自然科学基金委员会" / "国际合作局" / "2019年9月10日" (a joint call's guide,
# nat-nsfc-quebec-smartcity-2019): the organ issues it, the department is no second issuer. A department's name
# is short and ends in 局, 司 or 处 with nothing in it that names a state, a central body or a place (国家能源局,
# 中国气象局, 北京市统计局 are organs signing jointly); the organ above it is one that has departments (a
# commission, a ministry, an academy).
SIGNING_DEPARTMENT = re.compile(
    r"^(?!国家|中国|中央|国务院|全国)(?![^省市县区州盟旗]*[省市县区州盟旗])[\u4e00-\u9fff]{2,6}[局司处]$"
)
SIGNING_DEPARTMENT_PARENT = re.compile(r"(?:委员会|部|院)$")
# SIGNERS_ON_ONE_LINE: issuers signing jointly on one line stand apart by spaces ("国家医保局  财政部" /
# "2022年7月1日", "国家发展改革委 国家能源局"): that space divides two names (kept as 、) where a whole name of
# three characters or more ends before it with an organ's ending and a name, no date, follows; the spaces of
# a letter-spaced signature ("国 务 院", "国　家　能　源　局") stand after single characters and go.
# SIGNERS_TAB_APART (fixmeta56, round 56): a PDF's text may part them by a space and a tab, "市住房城乡建设管理委
# \t市房屋管理局 \t市自然资源确权登记局" (sh-housing-gift-notice-2021, PDFium text): the three names were glued.
SIGNERS_ON_ONE_LINE = re.compile(
    rf"(?<=[^\W\d_][^\W\d_]{_ORGAN_END})[ \t\u3000]+(?=[^\W\d_〇○零一二三四五六七八九十][^\W\d_]{{1,19}}{_ORGAN_END})"
)
# CLOSING_BRACKETED_ORGAN: a communiqué or a bulletin signs with its issuer alone in brackets as its
# last line, no date ("…农村居民家庭恩格尔系数为41.77%。" / "（万载县统计局）", a county's 统计公报):
# that organ (an organ's ending) is the issuer, read where no dated signature is.
CLOSING_BRACKETED_ORGAN = re.compile(rf"(?:^|\n)[（(](?P<organs>[\u4e00-\u9fff、]{{1,60}}?{_ORGAN_END})[）)]\n*$")
# CRAWL_TAIL_FURNITURE: a ministry page crawled onto one line keeps, after the signature and date, its
# 版记 and the page's links (round 9, mee.gov.cn): "…落到实处。生态环境部2021年11月19日（此件社会公开）
# 抄送：各省、自治区、直辖市人民政府办公厅，…研究院。生态环境部办公厅2021年11月19日印发解读：1.…答记者问2.一图读懂
# 《…》字号". Cut off the text's end, last first, before the signature is read: the page's font-size
# button (字号), the printing office's line (an organ, a date, 印发) with the related links after it
# (解读…), a 抄送 list up to its 。, and a note "（此件社会公开）" between them. What is left ends with
# the signature: "…落到实处。生态环境部2021年11月19日". The cut never goes past a sentence's end, and the
# printing office's name never starts with the 日 of the signature's date glued before it.
CRAWL_TAIL_FURNITURE = re.compile(
    r"(?:字号"
    r"|(?!日)[\u4e00-\u9fff]{2,30}?[院厅部委局司府会办室署央心组处所队]\d{4}年\d{1,2}月\d{1,2}日印发(?:解读[^。]*)?"
    r"|解读\d?[：:][^。]*"
    r"|(?:抄送|抄报)[：:][^。]{2,400}。"
    r"|[（(](?:此件|本文)[^）)\n]{2,12}[）)]"
    r"|[（(](?:主动公开|依申请公开|不予公开)[）)])\s*\Z"
)
# DISCLOSURE_NOTE_TAIL (fixmeta41, round 40): a red-header notice prints its disclosure attribute under the date,
# "南方能源监管局" / "2025 年 12 月 12 日" / "（主动公开）", then its 版记 on the last page, "— 4 —" /
# "抄送：广东省能源局、…。" / "南方能源监管局综合处 2025 年 12 月 12 日印发" (nf-midlong-contract-supervision-2025):
# the attribute is furniture as "（此件公开发布）" is, and a cut 版记 leaves the line break that ended it (hence the
# trailing whitespace allowed before the end); the signature was not found.
# SIGNATURE_IN_RUN: a notice crawled onto one line signs right after its issuing sentence, before the
# document it issues ("…现印发给你们，请结合实际认真贯彻落实。生态环境部2022年3月28日（此件社会公开）生态环境部
# 办公厅2022年3月29日印发关于加强排污许可执法监管的指导意见为贯彻落实…", "…请结合实际认真贯彻落实。生态环境部
# 2018年7月30日附件：…"): organs right after a sentence's end, then a date, then what only follows a
# signature (a publication note, 附件, 抄送, the printing office's line). A date in a sentence
# ("…国务院2018年5月印发的《…》") goes on with words and is none.
# SIGNED_IN_RUN_WITH_GAPS (meta42, session 33): a red-header PDF on one line keeps the gaps its page set in the date and
# prints its disclosure attribute after it: "…现印发实施，请遵照执行。南方能源监管局2025 年 12 月 19 日（主动公开）
# 抄送：…" (south-ne-market-2025, nf-unit-market-connection-2025): a signature as well.
SIGNATURE_IN_RUN = re.compile(
    r"(?<=[。）])(?P<organs>[\u4e00-\u9fff、]{1,60}?[院厅部委局司府会办室署央心组处所队])"
    r"(?P<date>(?P<y>\d{4}) ?年 ?(?P<m>\d{1,2}) ?月 ?(?P<d>\d{1,2}) ?日)"
    r"(?=[（(](?:此件|本文|主动公开|依申请公开|不予公开)|附件|抄送|抄报"
    r"|[\u4e00-\u9fff]{2,30}?[厅部委局司府会办室署]\d{4}年\d{1,2}月\d{1,2}日印发)"
)
# SIGNATURE_AFTER_ANNEX_LIST (meta17, session 17): or it signs right after the list of its annexes, whose last
# title runs into the signer: "…附件：规划环评管理信息共享系统使用说明生态环境部办公厅2021年10月13日（此件社会公开）附件
# 规划环评管理信息共享系统使用说明…" (nat-eia-infosys-2021, heldout13, mee.gov.cn on one line). The annex title ends
# in a document kind (ANNEX_TITLE_KINDS); the signer and date are followed by the publication note, as nowhere else.
ANNEX_TITLE_KINDS = "说明|方案|办法|清单|目录|名单|名录|表|指南|细则|要点|计划|规程|规范|标准|模板|格式"
# ANNEX_AFTER_SIGNATURE (fix22seg, round 22): without the publication note the first annex itself may follow the
# date, "…附件：1.排污许可技术规范项目指南2.国家环境保护标准制修订项目申报表生态环境部办公厅2018年6月7日附件1.排污许可
# 技术规范项目指南序号…" (nat-permit-spec-projects-call-2018, mee.gov.cn on one line): its label closes the letter too.
# There the list holds two titles, the first ending in a kind inside the second ("…保护标准|制修订项目申报表"): no
# signer holds the kind 表, so the signer starts after it (生态环境部办公厅, not 制修订项目申报表生态环境部办公厅).
ANNEX_AFTER_SIGNATURE = r"附件\d{0,2}[.．、]?[\u4e00-\u9fff]"
# COPIED_AFTER_SIGNATURE (fix23ind, session 23): or the copy list (抄送) follows the date, as on every letter
# without a publication note: "…附件：1.检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）2.《…》编制
# 说明生态环境部办公厅2018年6月6日抄送：国家认证认可监督管理委员会。" (nat-monitoring-lab-review-draft-2018,
# heldout21, mee.gov.cn on one line).
COPIED_AFTER_SIGNATURE = r"(?:抄送|抄报)[：:]"
SIGNATURE_AFTER_ANNEX_LIST = re.compile(
    r"附件[：:][ \t\u3000]*(?:\d{1,2}[.．、][ \t\u3000]*)?[^。；\n]{2,80}?(?:" + ANNEX_TITLE_KINDS + r")"
    r"(?P<organs>(?:(?!表)[\u4e00-\u9fff、]){1,60}?[院厅部委局司府会办室署央心组处所队])"
    rf"(?P<date>(?P<y>\d{{4}})年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日)(?=[（(](?:此件|本文)|{ANNEX_AFTER_SIGNATURE}|{COPIED_AFTER_SIGNATURE})"
)
# A notice signed jointly by many bodies lists them above its date, often two or more glued on a
# line where a two-column table was flattened ("黄浦区发展和改革委员会黄浦区建设和管理委员会" / … /
# "黄浦区投资促进办公室" / "2025年2月24日", thirteen issuers on seven lines): however many such
# lines there are, a run of lines each made of organ names (ORGAN_NAME's endings), ending right
# above the notice's date line, is its signature, never sections. A bank signs as well (fix16seg):
# "财政部" / "中国人民银行" / "税务总局" / … / "2024年3月27日" (nat-industrial-equipment-renewal-2024,
# heldout16, seven signers).
JOINT_SIGNATURE_LINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,30}?(?:[院厅部委局司府会办室署央心组处所队]|银行)[ \u3000]*)+$"
)
JOINT_SIGNATURE_MAX_LINES = 20
# GLUED_SIGNERS (meta17, session 17): such a line is two issuers glued, each named with the place the line
# opens with: "黄浦区发展和改革委员会黄浦区建设和管理委员会" → 黄浦区发展和改革委员会、黄浦区建设和管理委员会
# (hp-renewable-2025, heldout3, thirteen signers on seven lines). Parted where the place recurs right after an
# organ's ending; a line not opening with a place ("国家发展改革委") is left whole.
GLUED_SIGNER_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,6}?[省市区县旗])(?=[\u4e00-\u9fff]{2,})")
GLUED_SIGNER_END = r"(?<=[院厅部委局会办室署心组处所队])(?={place})"
# The body that issues a document, named in its title before 关于 or before the head who answers
# questions: "中共中央 国务院关于实施乡村振兴战略的意见" → 中共中央 国务院, "生态环境部环评司有关负责人
# 就《…》答记者问" → 生态环境部环评司. It ends as an organ's name does (院, 厅, 部, 委, 局 …).
# SPEAKERS_UNNAMED_UNITS: "有关司局" names no unit, it says the ministries' departments concerned: "生态环境部、
# 农业农村部有关司局负责同志就《农业面源污染治理与监督指导实施方案（试行）》答记者问" → 生态环境部、农业农村部
# (round 3), as INTERVIEW_LEAD reads a lead.
# ISSUER_BEFORE_CARRYING_OUT (fix34meta, round 34): or before 贯彻落实, the title of a province's answer to a central
# document: "中共甘肃省委甘肃省人民政府贯彻落实《中共中央国务院关于加快水利改革发展的决定》的实施意见"
# (gs-water-reform-opinion-2011) → 中共甘肃省委甘肃省人民政府.
TITLE_ISSUER = re.compile(
    r"^(?P<issuer>[^，。；：:《》“”\n]{2,40}?[院厅部委局司府会办室署央心组处所])"
    r"(?:关于|贯彻落实|(?:有关)?(?:司局)?负责(?:人|同志)就)"
)
# ISSUER_NAMED_HEADLINE (meta40, session 32): a saved page's menu, skip links or search box stand one short item a
# line above the headline: "首页" / "机构" / … / "国情" / "国务院办公厅关于印发…的通知", "跳转到主要内容" /
# "无障碍浏览" / "长者模式" / "…关于印发…的通知" (a portal's accessibility bar; lps-health-action-2020's "适老版-"
# is the same bar), "请输入关键字" / "搜索" / "高级搜索" / …. Short lines above a title are joined to it (a headline
# broken over lines), and the items were read into the issuer ("服务数据国情国务院办公厅"). A line that is a whole
# title naming its own issuer before 关于 (TITLE_ISSUER) starts the headline afresh unless what stands above it ends
# as an organ's name does (ORGAN_NAME_END: "国家发展改革委" / "国家能源局关于…的通知", joint issuers a line each,
# stay joined).
ORGAN_NAME_END = re.compile(rf"{_ORGAN_END}[ \u3000、]*$")
# PURPOSE_CLAUSE: an opening that says what the document carries out ("为贯彻落实水利部党组关于大力推进…
# 决策部署，…" round 8, "为深入贯彻党中央、国务院…关于…", "根据国务院关于…") names the body whose decision
# it follows, not its issuer: a TITLE_ISSUER match that opens so is no issuer.
PURPOSE_CLAUSE = re.compile(r"^(?:为了?|根据|按照|依据|依照|遵照|贯彻|落实|围绕|结合)")
# A notice that forwards (转发, NOTICE_TITLE's verb) another body's document: the document is that
# body's, named before 关于 in what is forwarded ("国务院办公厅转发民政部关于清理整顿社会团体意见的通知" →
# 民政部); the notice's signature is the forwarder's. The verb is NOTICE_TITLE's, never a substring of
# the title: "国务院批转发展改革委…" holds 转发 inside 批转发展 and is no 转发.
FORWARDING = "转发"
# APPROVED_FORWARDING: a body that approves and forwards (批转) its subordinate's document makes it its
# own decision, issued under its own 文号 (国发〔2004〕32号): "国务院批转发展改革委关于坚决制止电站项目无序建设
# 意见的紧急通知" is issued by 国务院 (the approving, forwarding body; 发展改革委 is the document's drafter).
# Read before that, the whole run "国务院批转发展改革委" (an organ's name ending 委 before 关于) was
# taken for one issuer, and the title named no region.
APPROVED_FORWARDING = "批转"
# A government work report is the people's government's: "2026年宁夏回族自治区政府工作报告",
# "陕西省2026年政府工作报告" (its speaker says "我代表省人民政府，向大会报告工作"), also when the
# title names the people's government itself: "2026年四川省人民政府工作报告" is 四川省人民政府, not
# 四川省人民人民政府.
GOV_REPORT_TITLE = re.compile(r"^(?P<region>[\u4e00-\u9fff]{2,12}?)(?:人民)?政府工作报告$")
# A report headed by its kind alone ("政府工作报告", "2026年政府工作报告": a newspaper's or a
# portal's page, the province in the paper's masthead or the site's name) names its region and year
# on the line that says where it was delivered: "（2026年1月27日在贵州省第十四届人民代表大会第四次
# 会议上）", "——2026年1月28日在云南省第十四届人民代表大会第四次会议上". Its title is then the
# one the other provinces' reports print, "2026年贵州省政府工作报告", and its issuer 贵州省人民政府.
# NATIONAL_REPORT_DELIVERY (fixlin46, round 46): the State Council's report is delivered to the national congress,
# whose name holds no place before its term: "政府工作报告" / "——2021年3月5日在第十三届全国人民代表大会第四次会议上"
# (a Wikisource text of the 2021 and 2022 reports, round 46). Such a report is titled as the State Council's
# (NATIONAL_REPORT_GOVERNMENT: "2021年国务院政府工作报告", as round 30's 2023 report printed itself), so that its
# year is known and the next year's report is its step (lineage.succession.GOVERNMENT_WORK_REPORTS).
NATIONAL_REPORT_DELIVERY = True
NATIONAL_REPORT_GOVERNMENT = "国务院"
BARE_GOV_REPORT_TITLE = re.compile(r"^(?:(?P<year>\d{4})年)?政府工作报告$")
REPORT_DELIVERY_LINE = re.compile(
    r"(?P<year>\d{4})年\d{1,2}月\d{1,2}日在(?:(?P<region>[\u4e00-\u9fff]{2,12}?)第[一二三四五六七八九十]+届人民代表大会"
    + (r"|第[一二三四五六七八九十]+届全国人民代表大会" if NATIONAL_REPORT_DELIVERY else "")
    + ")"
)
# COVER_UNDER_PAGE (fixlin50, round 50): a news portal's page whose own title is lost in its furniture
# ("全文来了！2025年广东省政府工作报告|大力|重点领域|重点任务|巴黎奥运会_网易订阅", a 网易号 page: a lead-in,
# five keyword tags and the site) still prints the report's cover under its navigation: "政府工作报告" alone
# on its line, then "——2025年1月15日在广东省第十四届" / "人民代表大会第三次会议上" (gd-gwr-2025, lineage50;
# the 2024 report's page on 东方财富网股吧 prints the same cover, "——2024年1月23日在广东省第十四届" /
# "人民代表大会第二次会议上"). A text left titled by its file name is titled from that cover as a bare headline
# is (REPORT_DELIVERY_LINE): "2025年广东省政府工作报告". The delivery line may be broken after its congress's
# term (REPORT_COVER_BREAK). Without it the report had no year and no region, and followed nothing.
COVER_UNDER_PAGE = True
# BROKEN_DELIVERY_UNDER_BARE_TITLE (fixlin52, round 52): a report headed "政府工作报告" alone whose delivery line is
# broken after its congress's term, "——2023年1月12日在广东省第十四届" / "人民代表大会第一次会议上" (gd-gwr-2023's
# cover under the 广东 portal's furniture; gd-gwr-2024's and gd-gwr-2025's in round 50 are broken the same way), is
# dated and placed from that cover too, as a lost title is: else it stayed "政府工作报告", of no year and no place.
REPORT_COVER_LINE = re.compile(r"(?m)^[ \t\u3000]*政府工作报告[ \t\u3000]*\n(?P<next>(?:[^\n]*\n){0,2})")
REPORT_COVER_BREAK = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")
# A report the government makes to a congress's standing committee by a minister who speaks for it:
# "受国务院委托，现就数字经济发展情况报告如下，请审议。" (round 7, its headline lost) is titled
# "国务院关于数字经济发展情况的报告" and issued by 国务院; its occasion line "2022年10月28日在第十三届全国
# 人民代表大会常务委员会第三十七次会议上" dates it (REPORT_OCCASION, the first line).
DELEGATED_REPORT = re.compile(
    r"受(?P<body>国务院|[\u4e00-\u9fff]{2,12}?(?:人民政府|委员会))委托[，,][ \u3000]*(?:现|我)?就"
    r"(?P<subject>[^，。；：\n]{2,40}?)(?:作|做)?(?:的)?报告(?:如下)?[，,。]"
)
# CONGRESS_REPORT_BODY (meta17, session 17): a party congress's report is the outgoing Central Committee's, as
# its speaker says before he reads it: "——在中国共产党第十九次全国代表大会上的报告" / "习近平" / "同志们：" /
# "现在，我代表第十八届中央委员会向大会作报告。" (heldout: 中国共产党第十八届中央委员会). The committee is
# the party's (CONGRESS_REPORT_PARTY): the sentence names it by its term only.
# SPEAKER_LINE (fixseg47 and fixlin47, round 47): a work report's speaker names the body the report is delivered for,
# "现在，我代表国务院，向大会作政府工作报告，请予审议" (nat-gwr-2005), "我代表国务院向大会作政府工作报告"
# (nat-gwr-1984), "现在，我代表平潭综合实验区管委会，向大会作报告" (平潭's 2023 report). Read for the issuer
# where it is the State Council (STATE_COUNCIL_SPEAKER: a page that keeps no headline and no delivery line; a
# province's speaker says "我代表省人民政府", which names no province) and by the succession inference for the
# place of a report whose title names none (SPEAKER_BODY in plankg/lineage/succession.py).
SPEAKER_LINE = re.compile(r"我代表(?P<body>[^，,。；;\s]{2,30}?)[，,]?向(?:大会|本次大会|全体会议)")
STATE_COUNCIL = "国务院"
# LAW_ADOPTING_CONGRESS (fixmeta41, round 40/41): a national law is the act of the congress that adopted it, named in
# its adoption note, "中华人民共和国煤炭法" / "（1996年8月29日第八届全国人民代表大会常务委员会第二十一次会议通过 …）"
# (nat-coal-law-2013), or in the 主席令 that promulgates it, "《中华人民共和国国家安全法》已由中华人民共和国第十二届
# 全国人民代表大会常务委员会第十五次会议于2015年7月1日通过" (nat-national-security-law-2015): the texts had no issuer.
# Read for a text titled as a law (LAW_TITLE) only, within DECREE_WINDOW characters of the opening; the first
# adoption named (later amendments name the same congress or its standing committee).
LAW_ADOPTING_CONGRESS = re.compile(
    r"第[一二三四五六七八九十]{1,3}届(?P<body>全国人民代表大会(?:常务委员会)?)第[一二三四五六七八九十]{1,4}次(?:全体)?会议"
    r"(?:于\d{4}年\d{1,2}月\d{1,2}日)?(?:通过|修订)"
)
LAW_TITLE = re.compile(r"^中华人民共和国[\u4e00-\u9fff]{1,30}法$")
CONGRESS_REPORT_BODY = re.compile(r"我代表(?P<body>第[一二三四五六七八九十]{1,3}届中央委员会)[，,]?向大会作报告")
CONGRESS_REPORT_PARTY = "中国共产党"
REPORT_OCCASION = re.compile(
    r"^[（(]?(?P<date>(?P<y>\d{4})[ ]?年[ ]?(?P<m>\d{1,2})[ ]?月[ ]?(?P<d>\d{1,2})[ ]?日)"
    r"[ ]?在[^，。\n]{2,60}?(?:会议|大会)上"
)
# A text whose headline was lost but whose lead says a head answers questions on a document
# ("生态环境部有关负责人就《意见》出台的背景目的…回答了记者提问") is an interpretation.
INTERPRETATION_LEAD = re.compile(r"负责(?:人|同志)就《")
INTERPRETATION_LEAD_CHARS = 300
# The 文号 an interpretation's lead gives right after the document it explains, in the brackets
# that name its short form: "《关于推动生态环境志愿服务发展的指导意见》（环宣教〔2021〕49号，以下简称
# 《意见》）" (dev), "（环办水体〔2021〕19号，以下简称《通知》）" (round 6): the interpretation's year.
INTERPRETED_NUMBER = re.compile(r"》[（(][\u4e00-\u9fff]{1,10}[〔\[［](?P<year>(?:19|20)\d{2})[〕\]］]\d{1,4}号")
# INTERVIEW_TITLE: such a text is titled as interviews are headlined, from the lead's own words
# (round-6 gold rule; the headline of nat-agri-nonpoint-interp-2021 reads so): "…发布了《关于加快补齐
# 医疗机构污水处理设施短板 提高污染治理能力的通知》（环办水体〔2021〕19号，以下简称《通知》）。生态环境部水
# 生态环境司有关负责人就《通知》有关问题回答了记者的提问。" → "生态环境部水生态环境司有关负责人就《关于加快
# 补齐…的通知》答记者问", the document under the full title its short form stands for
# (INTERVIEW_SHORT_FORM); the speaker's organ is the issuer ("生态环境部水生态环境司").
# INTERVIEW_LEAD_CONJUNCTION (meta31, session 31): the speaker starts after a conjunction that joins him to what the
# sentence names before, "…是《中共中央关于加强党的政治建设的意见》及中央办公厅负责人就《…》答记者问" (an editor's note,
# nat-party-political-building-2019 joined, round 37): the organ is 中央办公厅, not "及中央办公厅".
INTERVIEW_LEAD = re.compile(
    r"(?P<speaker>(?P<organ>(?![及和与并、])[\u4e00-\u9fff、与和]{2,40}?)(?:有关)?(?:司局)?负责(?:人|同志))"
    r"就《(?P<short>[^《》\n]{1,80})》[^。？\n]{0,80}?(?:回答了?记者的?提问|答记者问)"
)
# PRESS_CONFERENCE_SPEAKER (fix26meta, round 26): a ministry reposts the transcript of a press conference its leader
# gave, headlined by his name and post, "盛秋平副部长出席国新办发布会介绍推进绿色消费有关情况", the transcript labelling
# each speaker by organ, post and name, "**商务部副部长 盛秋平:**" (nat-green-consumption-presser-2026, mofcom.gov.cn):
# the headline's speaker speaks for that organ, whose page it is. Posts of a ministry's, a bureau's or a commission's
# head and deputies.
SPEAKER_POST = r"(?:副)?(?:部长|局长|主任|署长|行长|司长|厅长|秘书长)"
PRESS_CONFERENCE_HEADLINE = re.compile(rf"^(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?P<post>{SPEAKER_POST})出席")
PRESS_CONFERENCE_SPEAKER = (
    r"(?m)^[ \t\u3000*]*(?P<organ>[\u4e00-\u9fff]{{2,20}}?[院厅部委局署行办会])(?:[\u4e00-\u9fff]{{0,10}}?)"
    r"{post}[ \t\u3000]*{name}[ \t\u3000*]*[:：]"
)
INTERVIEW_SHORT_FORM = r"《(?P<full>[^《》\n]{{2,80}})》[（(][^（）()\n]{{0,40}}?以下简称《{short}》[）)]"
INTERVIEW_TITLE = "{speaker}就《{document}》答记者问"
# INTERPRETED_DOCUMENT: a 政策解读 without its headline whose opening paragraph ends by naming the
# document it interprets ("…市政府办公厅印发了《济南市“十四五”加快数字化高质量发展规划（2021-2025年）》
# （以下简称《规划》），现解读如下。", round 6) is titled as such pages are headlined: "《…》解读".
INTERPRETED_DOCUMENT = re.compile(
    r"(?:印发|发布|出台|制定)了?《(?P<document>[^《》\n]{4,80})》[^。\n]{0,40}?现(?:将[^。\n]{0,20}?)?解读如下"
)
INTERPRETED_TITLE = "《{document}》解读"
# INTERPRETED_BY_SECTIONS: or its lead only names the document with its short form ("…市政府印发《济南市…
# 若干政策》（以下简称《若干政策》），自2020年6月17日起施行。", round 10) and its parts are about that short
# form, as an interpretation's are: "一、《若干政策》出台背景" / "二、《若干政策》主要内容" (出台背景, 起草过程,
# 主要内容, 主要特点 …). A plan's own parts never head a section with another document's short form.
# Within the first INTERPRETED_SECTION_LINES lines.
SHORT_FORM_LEAD = re.compile(
    r"《(?P<document>[^《》\n]{4,80})》[（(][^（）()\n]{0,30}?以下简称《(?P<short>[^《》\n]{1,12})》[）)]"
)
INTERPRETED_SECTION = (
    rf"^[ \t\u3000]*{CN_NUMERAL}、《{{short}}》的?(?:出台|起草|制定|编制|修订)?"
    r"(?:背景|过程|依据|主要内容|主要特点|重点内容)"
)
INTERPRETED_SECTION_LINES = 4
# INTERPRETED_QUESTION (meta17, session 17): or it is a bare Q&A, its headline and lead lost, whose numbered
# questions ask about a document by its short form: "一、《通知》制定的背景是什么？…二、《通知》的主要思路和主要内容有
# 哪些？…三、《通知》在继续压减审查周期方面，将采取哪些改进举措？" (nat-ip-reform-interp-2021, heldout, a crawl on one
# line); the body names the document in full once, ending in the short form: "国家知识产权局起草制定了《关于深化知识
# 产权领域“放管服”改革优化创新环境和营商环境的通知》". At least INTERPRETED_QUESTIONS_MIN such questions on the
# same short form, the first at the text's start; a plan's parts ask no questions. The question is numbered 一、
# or 1. or asked after 问：, and may name the short form after a few words ("二、为什么要制定《通知》？").
INTERPRETED_QUESTION = re.compile(
    rf"(?:^|(?<=[。？！；\n]))[ \t\u3000]*(?:{CN_NUMERAL}、|\d{{1,2}}[.．、]|问[：:])[ \t\u3000]*"
    r"[^。？！《》\n]{0,12}《(?P<short>[^《》\n]{1,12})》[^。？《》\n]{0,40}？"
)
INTERPRETED_QUESTIONS_MIN = 2
# QUESTIONED_DOCUMENT_DRAFTER: the body the Q&A says drew that document up answers for it: "…在国务院办公厅职能转变
# 办的支持下，国家知识产权局起草制定了《关于深化…的通知》" → 国家知识产权局 (the round's judges: "国家知识产权局
# (official Q&A…)"). After a clause's punctuation, so that no words before the organ's name are taken in.
QUESTIONED_DOCUMENT_DRAFTER = (
    r"(?<=[，,。；：:\s])(?P<organ>[\u4e00-\u9fff]{{2,20}}?(?:部|委员会|局|署|院|厅|办公室|中心))"
    r"(?:牵头|会同有关部门)?(?:起草|制定|起草制定|研究制定)了?《{document}》"
)
# INTERPRETED_EFFECTIVE: without a 文号 (INTERPRETED_NUMBER), the date the lead says the document takes
# effect ("自2020年6月17日起施行") is the interpretation's year: it comes out with the document.
INTERPRETED_EFFECTIVE = re.compile(r"自(?P<year>(?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?起(?:施行|实施|执行)")
# INTERPRETED_ISSUED: nor the day the lead says the document was issued: "…编制完成《大运河生态环境保护修复专项
# 规划》（以下简称《规划》），并于2020年8月3日联合印发。生态环境部有关负责人就《规划》…" (mee-canal-interp-2020,
# round 9) → 2020.
INTERPRETED_ISSUED = re.compile(
    r"于(?P<year>(?:19|20)\d{2})[ ]*年[ ]*\d{1,2}[ ]*月(?:[ ]*\d{1,2}[ ]*日)?(?:联合|正式)?(?:印发|发布|公布|出台)"
)
# DECREE_ISSUER: a government rule is promulgated by its organ's order, named under the title
# ("（2011 年 12 月 15 日广州市人民政府令第 61 号公布，…）", "广东省人民政府令" / "（第290号）"): that organ
# is its issuer (round 6). The dates are taken out first (DECREE_DATE), so the organ's name starts
# where no Chinese character stands before it.
# The order stands within the first DECREE_WINDOW characters (a pkulaw export's header lines before it).
# NUMBERED_ORDER_NOTE (fixmeta53, round 53): the note may number the order before 令, "（2022 年 12 月 23 日北京市人民
# 政府第 307 号令公布 自2023 年 3 月 1 日起施行）" under "北京市地震预警管理办法"
# (bj-earthquake-early-warning-rules-2022, a PDF of the city's rules): the organ before 第…号令公布 is the issuer, as
# before 令第…号.
DECREE_WINDOW = 600
# PROPOSED_DOCUMENT: a notice or a reply of a higher organ names, in its opening, the bodies that drew
# up the document it issues or approves; they are the document's issuers (as a forwarded document's,
# FORWARDING): "国务院同意能源部提出的《电力工业管理体制改革方案》，现印发给你们" → 能源部; a 批复
# "…国函〔2006〕102号财政部、国土资源部、发展改革委：你们《关于深化…的实施方案》收悉" → the three
# addressees (round 11). Read within DECREE_WINDOW characters of the opening; each body ends as an
# organ's name does, bodies joined by 、.
_PROPOSING_BODIES = rf"(?:[\u4e00-\u9fff]{{2,30}}?{_ORGAN_END}、?){{1,12}}"
PROPOSED_DOCUMENT = re.compile(
    rf"同意(?P<proposer>{_PROPOSING_BODIES})(?:提出|制定|拟定|起草|编制|报送|上报)的《[^《》\n]{{2,80}}》[，,]?现(?:印发|转发)给你们"
    rf"|(?:^|(?<=号)|(?<=[\s，,。]))(?P<addressees>{_PROPOSING_BODIES})[：:]你们(?:报送的|上报的|关于)?《(?![^《》]*请示》)[^《》\n]{{2,80}}》"
    r"(?:的请示)?收悉",
    re.MULTILINE,
)
# FORWARDED_DOCUMENT (fix14meta, after round 14's score): a forwarding notice's sentence names the bodies that
# drew up the document it forwards right before its 《》 title, after the addressees' colon: "国务院各部委、各直属
# 机构：交通运输部、中央政法委、…、中国国家铁路集团有限公司《关于加强铁路沿线安全环境治理工作的意见》已经国务院
# 同意，现转发给你们" (国办函〔2021〕49号, nat-railway-environment-2021). Those bodies are the document's issuers
# and the 《》 title its title: the notice's own title shortened them to "交通运输部等单位" and dropped the 的.
FORWARDED_DOCUMENT = re.compile(
    rf"(?<=[：:])(?P<drafters>{_PROPOSING_BODIES})《(?P<title>[^《》\n]{{2,80}})》"
    r"(?:已经|经)[^。，,\n]{1,20}同意[，,][ \t\u3000]*现(?:转发|印发)给你们"
)
# APPROVED_ANNEX: a reply that approves a plan its addressees sent ("你们《关于深化…的实施方案》收悉。
# 现批复如下：一、原则同意…") and carries that plan as its annex ("附件：关于深化…的实施方案", the plan's
# text following) is the plan's text: its title is the plan's, not the reply's (round 11). A reply that
# only answers a request (《…的请示》) or attaches nothing keeps its own title.
APPROVED_DOCUMENT = re.compile(r"你们(?:报送的|上报的)?《(?P<title>(?![^《》]*请示》)[^《》\n]{2,80})》收悉")
# A standard or a rule book says in its foreword who put it forward: "本文件由北京市地震局提出并归口"
# (地震安全韧性城市建设导则), "本规程由自然资源部国土空间规划局提出" (国土空间规划城市体检评估规程, dev):
# that body is its issuer where no notice names one. Read in the first STANDARD_FOREWORD_CHARS.
STANDARD_PROPOSER = re.compile(
    r"本(?:文件|标准|规程|规范|导则|指南|细则)由(?P<organ>[^，。、；\s]{2,30}?[院厅部委局司府会办室署央心组处所])"
    r"(?:提出|归口)"
)
STANDARD_FOREWORD_CHARS = 6000
# An issued standard's cover names the day it is issued and the body that issues it:
# "2016 -09 - 30 发布  2016 - 10 - 30 实施" / "浙江省质量技术监督局            发 布" (DB33/T 2016—2016,
# round 5). That body issues it, not the one that put it forward; a draft's cover ("20XX– XX –XX
# 发布" / "北京市市场监督管理局 发布") is not issued yet, and its proposer stands for its issuer.
STANDARD_ISSUE_DATE = re.compile(
    r"(?P<date>(?P<y>(?:19|20)\d{2})[ ]*[-–—][ ]*(?P<m>\d{1,2})[ ]*[-–—][ ]*(?P<d>\d{1,2}))[ \t\u3000]*发[ \t\u3000]*布"
)
STANDARD_PUBLISHER = re.compile(
    r"^[ \t\u3000]*(?P<organ>[\u4e00-\u9fff]{2,30}?(?:局|委员会|部|院|厅))[ \t\u3000]+发[ \t\u3000]*布",
    re.MULTILINE,
)
STANDARD_COVER_CHARS = 2000
DECREE_DATE = re.compile(r"\d{4}[ ]*年[ ]*\d{1,2}[ ]*月[ ]*\d{1,2}[ ]*日")
# CITED_DECREE: "根据《公共租赁住房管理办法》（住房城乡建设部令第11号）…" in a city bureau's notice (round 13;
# fix13ind, after the score): a decree number in brackets right after a cited 《title》 names the order
# that issued the cited rule, not this text's promulgating organ (the notice was read as the ministry's).
# STATE_COUNCIL_DECREE (fix14meta, after round 14's score): the State Council's regulations are promulgated
# by "中华人民共和国国务院令" / "第　559　号" (nat-plan-eia-regs-2009, nat-ship-pollution-regs-2009,
# nat-marine-project-regs-2006): the organ is 国务院 (the state's name before it is no part of it; its name
# ends in 院, which the list of endings lacked), and the number stands between full-width spaces.
# DECREE_ORGAN_SPLIT (fix22seg, round 22): PDF text breaks a line inside a cited decree's organ and leaves a space
# there, "《医疗机构医疗保障定点管理暂行办法》（国家医 疗保障局令第2号" (nat-medins-payment-qualification-2024):
# an organ never starts right after a space that follows a Chinese character or a bracket ("疗保障局" was the
# opinion's issuer).
# DECREE_ORGAN_NO_TITLE (fixmeta44, round 44): OCR that lost a revision note's opening words glues the title to the
# first decree it cites, and a crawl onto one line glues the page's header in front: "农业农村部规章兽药标签和说明书
# 管理办法业部令第38号、2007年11月8日农业部令第6号…" (nat-vet-drug-label-measures-2017 on one line) gave the organ
# "…规章兽药标签和说明书管理办法业部". An organ's name holds no document kind (DECREE_ORGAN_NO_TITLE_WORDS); the
# next order, "农业部令第6号", names it.
DECREE_ORGAN_NO_TITLE_WORDS = r"(?!办法|条例|规定|规章|细则)"
# CITED_DECREE_AFTER_GAP (meta50, round 49): PDF text of a graphic 解读 sets a tab (a panel's column gap) between the
# cited 《title》 and its bracketed decree, "《历史文化名城名镇名村保护条例》\t（国务院令第524 号）"
# (sy-historic-building-repair-interp-2026): still the cited rule's order, not this text's (read as 国务院's).
CITED_DECREE_AFTER_GAP = r"(?<!》[ \t\u3000][（(])"
DECREE_ISSUER = re.compile(
    r"(?<![\u4e00-\u9fff])(?<!》（)(?<!》\()(?<![\u4e00-\u9fff（(] )" + CITED_DECREE_AFTER_GAP + r"(?:中华人民共和国)?"
    rf"(?P<organ>国务院|(?:{DECREE_ORGAN_NO_TITLE_WORDS}[\u4e00-\u9fff]){{2,30}}?(?:人民政府|部|委员会|总局|局|署|银行))"
    r"(?:令[ \t\u3000]*\n?[ \t\u3000\n]*[（(]?第[ \t\u3000]*\d{1,4}[ \t\u3000]*号"
    r"|第[ \t\u3000]*\d{1,4}[ \t\u3000]*号[ \t\u3000]*令[ \t\u3000]*(?:公布|发布))"  # NUMBERED_ORDER_NOTE
)
# PROMULGATED_DOCUMENT (fix14meta, after round 14's score): a text that opens with the order promulgating a
# rule names the rule in the order's sentence: "中华人民共和国国务院令" / "第　559　号" / "《规划环境影响评价条例》
# 已经2009年8月12日国务院第76次常务会议通过，现予公布，自2009年10月1日起施行。" / signature, date / the rule's
# title glued to its 第一章 (nat-plan-eia-regs-2009): that 《》 title is the document's, where no headline
# stands above the order. Read within DECREE_WINDOW characters of the opening.
# DECREE_PUBLISHES_TITLE (fix17seg, after round 17's score): the order may put the verb first, "中华人民共和国国务院令
# 第693号" / "现公布《中华人民共和国环境保护税法实施条例》，自2018年1月1日起施行。" (nat-env-tax-regs-2017): the
# same 《》 title, the text was titled by its file name.
# REVISED_PROMULGATED (fixmeta41, round 41): a decree that promulgates a revised rule names it "修订后的《…》":
# "国家安全生产监督管理总局令" / "第88号" / "修订后的《生产安全事故应急预案管理办法》已经 2016 年 4 月 15 日
# …审议通过，现予公布" (nat-emergency-plan-management-2016): the text was titled by its order line.
# PRESIDENT_ORDER_NUMBER (fixmeta41): a 主席令 numbers itself in Chinese numerals and its law is adopted by ("已由")
# the congress, "中华人民共和国主席令" / "第　二十九　号" / "《中华人民共和国国家安全法》已由中华人民共和国第十二届
# 全国人民代表大会常务委员会第十五次会议于2015年7月1日通过，现予公布" (nat-national-security-law-2015).
DECREE_NUMBER = r"第[ \t\u3000]*(?:\d{1,4}|[一二三四五六七八九十百零〇]{1,6})[ \t\u3000]*号"
PROMULGATED_DOCUMENT = re.compile(
    rf"令[ \t\u3000\n]*[（(]?{DECREE_NUMBER}[）)]?[ \t\u3000\n]*"
    r"(?:(?:修[订正]后的)?《(?P<title>[^《》\n]{2,80})》(?:已经|已于|已由|经)[^。\n]{0,80}?(?:通过|批准|同意)[，,]"
    r"[ \t\u3000]*现予(?:以)?(?:公布|发布)"
    r"|现(?:予(?:以)?)?(?:公布|发布)《(?P<published>[^《》\n]{2,80})》[，,][^。\n]{0,30}?(?:施行|实施))"
)
# ADOPTED_AND_ISSUED (fixmeta41, round 40): a department's notice without a headline (a record that kept its recipients
# and body only) issues a rule in the same sentence a decree does, at the start of its first paragraph:
# "各产煤省、…有关中央企业：" / "《防治煤矿冲击地压细则》已经2018年4月16日国家煤矿安监局第14次局长办公会议审议通过，
# 现予印发，自2018年8月1日起施行" (nat-coal-rockburst-rules-2018): the rule's title is the document's; the text was
# titled by its file. Read within DECREE_WINDOW characters of the opening, at a line's start only.
ADOPTED_AND_ISSUED = re.compile(
    r"(?:^|\n)[ \t\u3000]*《(?P<title>[^《》\n]{2,80})》(?:已经|已于|已由|经)[^。\n]{0,80}?(?:通过|批准|同意)[，,]"
    r"[ \t\u3000]*现予(?:以)?(?:印发|公布|发布)"
)
# ADOPTING_MEETING_ORGAN (fixmeta45, round 45): a ministry's rule promulgated by its 部令 names, in the order's
# sentence, the organ whose meeting adopted it; a crawl that kept the sentence but lost the order's line
# ("生态环境部令" / "第19号") has no other issuer: "碳排放权交易管理办法（试行）《碳排放权交易管理办法（试行）》已于
# 2020年12月25日由生态环境部部务会议审议通过，现予公布" (mee-carbon-trading-measures-2020), "《核动力厂营运单位核安全
# 报告规定》已于2020年11月5日由生态环境部部务会议审议通过，现予公布" (mee-npp-safety-reporting-2020): that organ
# (生态环境部) is the issuer. A government's term before its name is none of it: "已经2021年9月22日十三届广东省人民
# 政府第162次常务会议审议通过" (gd-public-data-2021 on one line). Read within DECREE_WINDOW characters of the opening,
# last of the issuer's sources (a page's full "国家煤矿安全监察局" over the meeting's short "国家煤矿安监局").
ADOPTING_MEETING_TERM = r"(?:第?[一二三四五六七八九十]{1,3}届)?"
ADOPTING_MEETING_ORGAN = re.compile(
    r"》(?:已经|已于|已由|经)[ \t\u3000]*(?:\d{4}[ ]*年[ ]*\d{1,2}[ ]*月[ ]*\d{1,2}[ ]*日)?[ \t\u3000]*由?"
    + ADOPTING_MEETING_TERM
    + r"(?P<organ>国务院|[\u4e00-\u9fff]{2,30}?(?:人民政府|部|委员会|总局|局|署|银行))"
    r"(?:第[ ]*\d{1,4}[ ]*次)?(?:部务|局务|委务|署务|行务|常务|局长办公|主任办公)会议(?:审议)?通过[，,]"
    r"[ \t\u3000]*现予(?:以)?(?:公布|印发|发布)"
)
# TITLE_RESTATED_IN_MARKS (fixmeta45, round 45): a crawl onto one line glues a rule's title to the order's sentence
# that names it again in 《》: "核动力厂营运单位核安全报告规定《核动力厂营运单位核安全报告规定》已于2020年11月5日
# 由…" (mee-npp-safety-reporting-2020) was cut at its first document-kind word (报告), titled "核动力厂营运单位核安全
# 报告" and read as a report. The words before their own restatement in 《》 are the whole title.
TITLE_RESTATED_IN_MARKS = re.compile(r"^(?P<title>[^《》\s]{4,60})《(?P=title)》")
# REPORT_RULE_TITLE (fixmeta45, round 45): a title names what it is by its last kind word; a report word before a
# rule's kind word is the rule's subject: "核动力厂营运单位核安全报告规定" (mee-npp-safety-reporting-2020) is a rule
# on reports, a plan as rules are, not a report (REPORT_WORDS). A qualifier in brackets may follow ("（试行）").
REPORT_RULE_TITLE = re.compile(
    r"(?:报告|公报)[\u4e00-\u9fff]{0,6}(?:规定|办法|条例|细则|规则|制度)(?:[（(][^（）()]{1,8}[）)])?$"
)
# GLUED_MARKDOWN_HEADING (fixmeta45, round 45): a Markdown page crawled onto one line glues its next heading's marks to
# the headline: "平顶山市人民政府关于印发平顶山市“十四五”现代综合交通运输体系发展规划的通知## 政策原文平顶山市人民政府
# 关于印发…的通知平政〔2023〕9号各县（市、区）…" (pds-transport-14fyp-2023 on one line, an energy-policy vault's page)
# was titled from the first 的通知 to the notice's second, "…发展规划的通知## 政策原文平顶山市人民政府关于印发…规划".
# The marks (two to six #, then a space) stand where a line broke; the first line is broken there again when what
# stands before them, within HEADLINE_FIELD_WINDOW characters, is a title.
GLUED_MARKDOWN_HEADING = re.compile(r"(?<=[^#\s])[ \t]*#{2,6}[ \t]+(?=\S)")
# VAULT_ISSUER_LIST (fixmeta45, round 45): an energy-policy vault's front matter lists the page's publishers as YAML
# list items under its "issuer:" key, "issuer:" / "- 湖南省发展和改革委员会" (hunan-power-support-action-2022: a
# commission's page with no notice, signature or source line, its issuer printed nowhere else; on one line
# "issuer:- 湖南省发展和改革委员会date: …"). Read as key: value lines (export_metadata), the key had no value. The
# items, joined by 、, name the issuer where nothing else in the text does (last of its sources), and only as a body's
# name ends (source_name): the vault also lists a portal ("- 政府门户.www.pds.gov.cn") or a group ("…委员会等").
VAULT_ISSUER_KEY = "issuer"
VAULT_LIST_ITEM = re.compile(r"^[ \t]*-[ \t]+(?P<item>\S.*)$")
# A five-year plan named by its ordinal: "第十一个五年（2006—2010 年）规划纲要" is 十一五.
# EARLY_PERIODS: the ordinal names the first five plans too ("中华人民共和国发展国民经济的第一个五年计划",
# 1953-1957; "…第二个五年计划（1958―1962）的建议"): written so, 一五…五五 are periods, where bare "一五"
# or "三五" in a text are mostly other words. Their years: 五五 1976-1980, 四五 1971-1975, 三五
# 1966-1970 run on to 六五 (1981) five years a plan; 二五 (1958-1962) and 一五 (1953-1957) stand
# before the three years of adjustment (1963-1965), so they are listed (EARLY_PERIOD_START).
ORDINAL_PERIOD = re.compile(r"第(?P<n>十[一二三四五六七八九]?|[一二三四五六七八九])个五年")
EARLY_PERIOD = re.compile(r"“?(?P<n>[一二三四五])五”?")
EARLY_PERIOD_START = {1: 1953, 2: 1958}
# The years a title names: a span "（2021-2023年）", "（2021 年-2035 年）", "（2006—2010 年）", else one
# year "2026年…政府工作报告", "2020年城市体检工作方案" (start = end).
# A span closed by its bracket needs no 年: "山东省服务业数字化转型行动方案（2021—2023）" (round 6).
# TITLE_MONTH_SPAN (meta28, session 28): a school's or unit's plan may run between months, "绍兴一中五年发展规划" /
# "（2010年3月～2015年2月）" (sx1z-fyp-2010, heldout31; gold years 2010-2015): the span's years are its years.
TITLE_MONTH_SPAN = r"[ ]*\d{1,2}[ ]*月"
TITLE_YEAR_SPAN = re.compile(
    rf"(?P<start>\d{{4}})[ ]*年?(?:{TITLE_MONTH_SPAN})?[ ]*[-—–－~～至到][ ]*(?P<end>\d{{4}})(?:[ ]*年|(?=[ ]*[）)]))"
)
# REVIEW_THEN_PLAN_YEARS (fixmeta53, round 53): a yearly summary titled with the next year's arrangements runs over
# both years: "县卫健委2023年工作总结及2024年工作安排" (qingyang-health-summary-plan-2023, 2023-2024).
REVIEW_THEN_PLAN_YEARS = re.compile(
    r"(?P<start>\d{4})[ ]*年度?[^，。\d]{0,12}?工作总结(?:及|和|暨|与|、)(?P<end>\d{4})[ ]*年度?[^，。\d]{0,12}?"
    r"(?:工作)?(?:安排|计划|思路|打算|要点)"
)
# NEXT_YEAR_PLAN_IN_REPORT (fixmeta53, round 53): and so does a report on a year that sets out the next year's work
# in a part of its own: "平潭综合实验区国有资产管理局关于2022年度国资国企监管工作情况的报告" / "现将主要工作及2023年
# 工作计划报告如下：一、2022年主要工作…二、2023年工作计划" (pt-soe-supervision-report-2022, gold 2022-2023): the
# report's years run to the year it plans.
NEXT_YEAR_PLAN_PART = r"(?<!\d){year}[ ]*年度?(?:主要)?工作(?:计划|思路|打算|安排|要点)"
# An edition year in a title ("石化行业智能制造标准体系建设指南（2022 版）", round 6) is the year the
# document was issued: its years run from it to the opening's last goal year (GOAL_YEAR), as a
# notice's date does.
TITLE_EDITION_YEAR = re.compile(r"[（(](?P<year>(?:19|20)\d{2})[ ]*年?[ ]*版[）)]")
# A reply's title names what it approves, not its own years ("国务院关于同意组建2008年北京奥运会首都国际机场
# 协调委员会的批复", 国函〔2006〕38号, round 6): its one year is no span; the years run from its issue.
REPLY_TITLE = re.compile(r"(?:批复|复函)$")
TITLE_YEAR = re.compile(r"(?P<year>\d{4})[ ]*年")
# TITLE_YEAR_LIST (meta28, session 28): a title may list the years it covers, "2021、2022 年度全国碳排放权交易配额总量
# 设定与分配实施方案（发电行业）" (nat-ets-power-2021-2022, heldout27; gold 2021-2022): its years run from the first
# listed to the last, not the last alone.
TITLE_YEAR_LIST = re.compile(
    r"(?P<start>(?:19|20)\d{2})[ ]*(?:年度?)?(?:[ ]*[、和及][ ]*(?:19|20)\d{2}[ ]*(?:年度?)?)*?"
    r"[ ]*[、和及][ ]*(?P<end>(?:19|20)\d{2})[ ]*年"
)
# SCHOOL_TERM_TITLE (fix26lin, after round 26's score): a school's plan names the school year it plans (学年, from
# September to the next summer) or one term of it (学期): "绍兴一中2010学年工作思路" runs 2010–2011, "绍兴一中2009学年
# 第二学期工作思路" is the spring term of 2010 (dated 2010年2月), "2010学年第一学期" the autumn of 2010 to January 2011;
# a school year may be written as its two years, "2010-2011学年第二学期". No year was read from such titles (TITLE_YEAR
# wants 年 right after the digits), so the plans were no steps of any succession.
SCHOOL_TERM_TITLE = re.compile(
    r"(?:(?P<first>(?:19|20)\d{2})[ ]*[-—–－~～至][ ]*)?(?P<year>(?:19|20)\d{2})[ ]*学年度?"
    r"(?:[ ]*[（(]?第?(?P<term>[一二12上下])[ ]*学期)?"
)
SECOND_TERM = "二2下"
# A plan whose title names no years runs from the year it is issued to the last year its opening
# sets a goal for: "到2022年，…" in the 总体要求 of 国家职业教育改革实施方案 (国发〔2019〕4号) is
# 2019–2022, "到2050年，乡村全面振兴" in the 乡村振兴 意见 of 2018 is 2018–2050; a plan that sets no
# goal year (an emergency 预案, a one-year 试点方案) covers its year of issue only. The year of issue
# is the notice's date, else the 文号's year (国办发〔2019〕2号 → 2019); without either the plan has
# no years. Goal years are read in the body's first GOAL_YEAR_WINDOW characters (after the notice),
# and only those from the year of issue to GOAL_YEAR_MAX_SPAN years after it ("截至2018年底" states
# a baseline, not a goal; "至2020年" ends a span "2018年至2020年"). A deadline sets a goal year too:
# "2017年底前，现有环境监察执法人员要全部…" (国务院办公厅关于加强环境监管执法的通知, 国办发〔2014〕56号)
# → 2014–2017.
# PDF text spaces the year out from its words too: "到 2025 年，建立较为完善的…标准体系" (round 7).
# A deadline names its month as often: "试点地区要于2019年12月底前…", "国务院办公厅将于2020年4月底前组织
# 对试点工作进行验收总结" (国办函〔2018〕71号: 2018–2020, dev).
# DEADLINE_DAY (meta48, session 36): and its day: "并将相关材料于2021年2月26日前发送至联系人邮箱" (a call signed
# 2020年11月4日, nat-mascot-creative-call-2020, gold 2020-2021), "请各县（市、区）教育局于2010年2月5日前报市教育局
# 政治处" (a notice of 2009年12月24日, sx-special-teacher-nomination-2009, gold 2009-2010).
# SCHEDULED_YEAR_END: a sentence that opens with a year's end schedules a step for it: "（二）时间进度。2006年10月，
# 由财政部…启动试点工作。2007年底，对试点工作进行评估、总结" (煤炭资源有偿使用制度改革试点 实施方案, 国函〔2006〕
# 102号, round 11: 2006–2007). Only at a sentence's start and followed by its comma; "截至2018年底，" is a
# baseline and a year before the issue is none (the window below).
GOAL_YEAR = re.compile(
    r"(?<!截)(?<!截[ ])(?:到|至)[ ]*(?P<year>(?:19|20)\d{2})[ ]*年"
    r"|(?P<by>(?:19|20)\d{2})[ ]*年(?:[ ]*\d{1,2}[ ]*月(?:[ ]*\d{1,2}[ ]*日)?)?(?:年?底|末|上旬|中旬|下旬)?(?:以)?前"
    r"|(?<=[。；\n])[ \u3000]*(?P<end>(?:19|20)\d{2})[ ]*年年?底(?=[，,])"
)
# A goal set as a span from the issue: "利用2-3年时间，…" (北京市数据专区 指导意见 of November 2022: to
# 2025), "在1-2年内，", "经过三年努力，": the last goal year is the year of issue plus the span's upper
# end. Only a span that opens its sentence's goals (a comma after it) and only where the opening sets
# no goal year: "经过5—10年左右时间，职业教育基本完成…转变" after "到2022年" (国家职业教育改革实施方案)
# is a vision, "可渐进调整支付标准，在2—3年内调整到位" (药品集中采购 试点方案) one task's deadline.
GOAL_SPAN = re.compile(
    r"(?:用|经过|在)[ ]*(?:今后|未来)?[ ]*(?:(?:\d{1,2}|[一二两三四五六七八九十])[ ]*[-—–～~至到][ ]*)?"
    r"(?P<span>\d{1,2}|[一二两三四五六七八九十])[ ]*(?:个)?年(?:左右)?(?:时间|的时间|努力|内)[ ]*[，,]"
)
GOAL_YEAR_WINDOW = 4000
# RESEARCH_TERM (meta17, session 17): a call for research proposals sets the term its projects run, and its work
# runs to that term's end as a plan's runs to its last goal year: "1.资助期限为3年，申请书中的研究期限应填写2020年4月1
# 日—2023年3月31日；" in NSFC's 2019 guide with the Québec fund (nat-nsfc-quebec-smartcity-2019, heldout14: judged
# 2019-2023). The term's last year counts as a goal year of the opening.
RESEARCH_TERM = re.compile(
    r"研究期限(?:应填写|填写为|为|应为)[ ]*(?:19|20)\d{2}[ ]*年[^。；;\n]{0,12}?[-—–~～至到][ ]*"
    r"(?P<end>(?:19|20)\d{2})[ ]*年"
)
# UNDATED_ACTION_PLAN (meta17, session 17): an action plan copied without its title, date or 文号, whose only year
# is the goal year its opening sets ("为加快全市人工智能产业创新发展…，制定本行动计划。" … "到2026年，全市新一代人工
# 智能…", heldout6; "…结合山东实际，制定本行动计划。" … "到2027年，基本构建形成…", heldout7; "…特制订本行动计划。"
# … "到2025年，创新环境进一步优化", heldout14), is a three-year action plan ending in that year: 2024-2026,
# 2025-2027, 2023-2025 as their pages title them. Three years is the action plan's usual span: of the eight
# action plans the scored rounds title with their years, five run three years ("安徽省工业互联网创新发展行动计划
# （2021-2023年）", "上海市花白玉兰推广应用三年行动计划（2024-2026年）", "山东省服务业数字化转型行动方案（2021—
# 2023）"), one five, one two and one a single year. Only where the text calls itself an action plan
# (ACTION_PLAN_SELF) and names no year but that goal year: a plan naming another year is dated by it, or not.
ACTION_PLAN_SELF = re.compile(r"(?:制定|制订|出台|印发)本行动(?:计划|方案)")
ACTION_PLAN_YEARS = 3
# TITLE_TERM_YEARS (fixmeta44, round 44): a title may count its own term in years without naming them, "山西省打赢蓝天
# 保卫战三年行动计划" issued 2018-07-29 by 晋政发〔2018〕30号 (shanxi-blue-sky-action-plan-2018, gold 2018-2020, as the
# State Council's 打赢蓝天保卫战三年行动计划 of 2018 it carries out runs): read from the year of issue
# (issue_to_goal_years), that many years, where the opening sets no goal year further.
# TERM_CAMPAIGN_WORDING (fixmeta53, round 53): or a campaign counted the same way, "道路交通安全综合整治“三年提升工程”
# 实施方案" issued 2016-05-16 (pt-road-safety-three-year-plan-2016, gold 2016-2018, as the province's 闽政办〔2016〕
# 16号 campaign it carries out runs).
TITLE_TERM_YEARS = re.compile(r"(?<![\d一二三四五六七八九十])(?P<count>[两二三四五])年(?:行动|攻坚|提升)")
NAMED_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})[ ]*年")
# IMPLEMENTED_PLAN_SPAN: a guide or standard drawn up to carry out a plan of fixed years, the opening
# naming that plan with its span ("为贯彻落实《推进船舶总装建造智能化转型行动计划（2019-2021年）》，充分
# 发挥标准在…", round 10), serves that plan's years: they are its own when nothing else gives any.
# Only in the opening (IMPLEMENTED_PLAN_WINDOW characters), only a purpose clause (为…落实/实施/推进).
# NESTED_IMPLEMENTED_PLAN: the plan may be named inside the notice that issued it, its title in ＜＞ within
# the notice's 《》: "为贯彻落实《中共中央　国务院关于印发＜国家新型城镇化规划（2014-2020年）＞的通知》（中发
# [2014]4号）…，现提出以下意见" (关于促进智慧城市健康发展的指导意见, round 7: 2014–2020).
IMPLEMENTED_PLAN_SPAN = re.compile(
    r"为了?(?:深入)?(?:贯彻落实|落实|贯彻|实施|推进)[^。《\n]{0,20}《[^《》\n]{2,60}?[（(]"
    r"(?P<start>(?:19|20)\d{2})[ ]*年?[ ]*(?:[-—–~～]|至|到)[ ]*(?P<end>(?:19|20)\d{2})[ ]*年?[）)]"
    r"(?:[＞〉>](?:的通知|的意见))?》"
)
IMPLEMENTED_PLAN_WINDOW = 300
# APPROVED_PLAN_SPAN: a reply (REPLY_TITLE) that approves a plan of fixed years serves that plan's years, not
# its own year of issue: "国务院关于北京市环境污染防治目标和对策的批复" (国函〔1999〕134号): "原则同意修改后的《北京市
# 环境污染防治目标和对策(1998—2002年)》" → 1998–2002 (round 5). Only the 同意 sentence of a reply's opening
# (IMPLEMENTED_PLAN_WINDOW characters after its addressees).
APPROVED_PLAN_SPAN = re.compile(
    r"同意[^。《\n]{0,20}《[^《》\n]{2,60}?[（(]"
    r"(?P<start>(?:19|20)\d{2})[ ]*年?[ ]*(?:[-—–―~～]|至|到)[ ]*(?P<end>(?:19|20)\d{2})[ ]*年?[）)]》"
)
# A plan may state its own span where its title names none: "试点示范培育行动实施年度为2016年-2018年"
# (山东省 智能制造试点示范培育行动实施方案, round 7), "规划期限为 2021 年至 2035 年": those are its years.
# STATED_TIME_LIMIT: a campaign states its time limit by months, with a long dash (U+2015) as old gov.cn
# pages print it: "清理整顿时限是1997年4月―1998年2月" (民政部 关于清理整顿社会团体的意见, 国办发〔1997〕11号,
# dev) → 1997–1998; a bare 时限 is that limit, the start's month does not end the span.
STATED_SPAN = re.compile(
    r"(?:(?:规划|计划|方案|行动|实施)(?:年度|期限|期|时限)|时限)(?:为|是|：|:)?[ ]*"
    r"(?P<start>(?:19|20)\d{2})[ ]*年?(?:[ ]*\d{1,2}[ ]*月)?[ ]*"
    r"(?:[-—–―~～]+|至|到)[ ]*(?P<end>(?:19|20)\d{2})[ ]*年"
)
# VALIDITY_SPAN: measures, rules and 办法 state their term in their last article: "本办法自2022年4月30日起执行，
# 有效期至2025年12月31日", "自2024年1月1日起施行，有效期截至2026年12月31日": the document's years run from the
# day it takes effect to the day it expires (session 15). The start is the date it takes effect, not a
# date in between ("政策措施从…起算" counts too).
VALIDITY_SPAN = re.compile(
    r"(?:自|从)[ ]*(?P<start>(?:19|20)\d{2})[ ]*年[ ]*\d{1,2}[ ]*月(?:[ ]*\d{1,2}[ ]*日)?[ ]*起"
    r"[^。；\n]{0,24}?有效期(?:至|截至|截止至|到)[ ]*(?P<end>(?:19|20)\d{2})[ ]*年"
)
# VALIDITY_TERM: the same closing article giving the term as a number of years: "本通知自印发之日起施行，有效
# 期5年", "本通知自2024年3月4日起施行，有效期5年" (a city's normative documents, round 13; fix13ind, after the
# score): the years run from the day it takes effect (the day of issue for 自印发之日起) for that many
# years; a trial plan's "本实施方案自发布之日起试行，有效期三年" (lg-city-checkup-2024, round 17; fix17seg) too
# years. Only the closing formula 自…起施行/实施/执行，有效期N年 — a certificate's or an assessment's term
# ("评估结果有效期内", "证书自颁发之日起有效期3年") is no term of the document.
# OWN_TERM (fix23ind, session 23): or the document names itself and its term without the formula: "本通知有效期1年。"
# (gz-social-assistance-std-2025, heldout15, signed 2025年5月30日: 2025-2026), "本办法有效期五年，自发布之日起施行"
# (nat-smart-coalmine-demo-2020, heldout12: 2020-2025): 本 and a document kind say whose term it is.
OWN_TERM_KINDS = "通知|办法|方案|意见|细则|规定|措施|决定|规划|计划|指引|政策"
# DATED_TERM_WORDING (meta48, session 36): the dated formula also comes without 起 or with a stray 之日, and a PDF's
# hard wrap may part 有效期 from its count: "本办法自2019年2月1日实施，有效期5年。" (gz-assistive-device-rules-2019,
# gold 2019-2024), "本规定自 2026 年 1 月 1 日之日起实施，有效期" / "2 年。" (nf-unit-market-connection-2025).
# OCR_SPACE_BEFORE_COMMA (fixmeta53, round 53): an OCR text layer sets a space before the comma too, "本通知 自2022 年
# 8月 1 日起施行 ， 有效期 5年。" (cs-hpf-policy-process-notice-2022, a scanned notice: 2022-2027).
VALIDITY_TERM = re.compile(
    r"(?:(?:自|从)[ ]*(?:(?P<start>(?:19|20)\d{2})[ ]*年[ ]*(?P<month>\d{1,2})[ ]*月(?:[ ]*(?P<day>\d{1,2})[ ]*日)?"
    r"(?:之日)?[ ]*起?(?=[ ]*(?:施行|实施|执行|生效|试行))"
    r"|(?:印发|发布|公布|下发|颁布)之日[ ]*起)[ ]*(?:施行|实施|执行|生效|试行)[ ]*[，,]?[ ]*"
    rf"|本[\u4e00-\u9fff]{{0,6}}?(?:{OWN_TERM_KINDS})[ ]*)有效期(?:为)?\s*"
    r"(?P<n>\d{1,2}|[一二三四五六七八九十])[ ]*年"
)
# TERM_FROM_NEW_YEAR (meta48, session 36): a term that starts on 1 January runs whole calendar years, so its last
# year is the start's year plus the count less one: "本规定自 2026 年 1 月 1 日之日起实施，有效期 2 年"
# (nf-unit-market-connection-2025, gold 2026-2027; so does one from 1月 without a day), where a term from 2019年2月1日
# for 5 years ends in 2024.
TERM_FROM_NEW_YEAR = ("1", "1")
# VALID_UNTIL_FROM_ISSUE (meta28, session 28): or it takes effect on the day it is issued and names the month it
# expires: "本政策措施自发布之日起实施，有效期至2025年8月" (bj-hydrogen-measures-2024, heldout27, issued 2024: gold
# 2024-2025), "自印发之日起施行，有效期至2026年…" (gz-points-hukou-2025, heldout15): its years run from the year of
# issue to that year.
VALID_UNTIL_FROM_ISSUE = re.compile(
    r"(?:印发|发布|公布|下发|颁布)之日[ ]*起(?:施行|实施|执行|生效|试行)[，,]?[ ]*"
    r"有效期(?:至|截至|截止至|到)[ ]*(?P<end>(?:19|20)\d{2})[ ]*年"
)
# VALID_UNTIL_UNDATED (fixmeta59, round 59): a reprint without its date of issue (no signature, 文号 or page date read)
# still says it runs from its issue to a named year: "本措施自印发之日起实施，有效期至2022年12月31日" under measures
# that name "2022年1月5日疫情防控措施启动后" (bozhou-housing-finance-measures-2022, a paper's reprint; gold 2022-2022):
# it was issued after the latest date it names and before it expires. Its years run from the latest year the text
# names before that sentence (that year itself where it names none earlier) to the year it expires.
VALID_UNTIL_UNDATED_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})[ ]*年")
# TERM_UNTIL (fixmeta54, round 54): a term stated from a day to the day it ends, "土地使用期限自口岸启用之日起至
# 2047年6月30日止" (nat-shenzhen-bay-port-reply-2006, 国函〔2006〕132号: the land-use term the reply grants,
# judged 2006-2047): the document's years run from the term's start (its year of issue where the start is an event)
# to that year.
TERM_UNTIL = re.compile(
    r"期限(?:为)?[ ]*(?:自|从)[ ]*(?:(?P<start>(?:19|20)\d{2})[ ]*年)?[^。；\n]{0,24}?起[ ]*(?:至|到)[ ]*"
    r"(?P<end>(?:19|20)\d{2})[ ]*年[^。；\n]{0,12}?止"
)
GOAL_YEAR_MAX_SPAN = 35
# TITLE_OWN_YEAR: a year a title names as its own: a yearly notice or work programme names the year it
# plans before its work ("关于做好2023年六五环境日宣传工作的通知", 生态环境部 every year, round 9;
# "2018年智能网联汽车标准化工作要点"). Not a year that bounds the work (2030年前, 2025年底, 年内, 年初) or
# a span's end (2021-2025年). Such a title is that year's edition (lineage.succession.TITLE_EDITION),
# and its body's five-year period ("“十四五”时期") is the frame it works in, not its period. 年中 bounds the work
# (mid-year) but 年中央 / 年中共 / 年中国 open the title's words ("2021年中央一号文件", round 17).
TITLE_OWN_YEAR = re.compile(
    r"(?<![\d\-—–~～至到])(?:19|20)\d{2}[ ]*年(?=[\u4e00-\u9fff])(?![前底末内初以起至到度]|中(?![央共国]))"
)
# ANNUAL_EDITION: an annual edition of a guide (a funding programme's 年度项目指南) that lost its headline
# names its year in its part headings: "三、2023年度资助研究方向", "五、2023年度资助计划" (NSFC major research
# programme guides, round 8). Where a text's part headings (一、…) name the 年度 of one year only, and the
# text has no other years, that is the edition's year (start and end). Two years named in such headings
# say nothing (a review of 2022 beside the plan of 2023).
ANNUAL_EDITION = re.compile(
    r"(?m)^[ \t\u3000]*[一二三四五六七八九十]{1,3}[ \t\u3000]*、[ \t\u3000]*(?P<year>(?:19|20)\d{2})[ ]*年度"
)
# WORK_YEAR_OPENING: a year's work notice without a date or 文号 opens its body's own paragraph with the
# year it plans ("2023年，聚焦医疗保障基金智能审核和监控知识库、规则库…建设", round 8): that year stands
# for the year of issue (its goal years run on from it, "到2025年底"), within WORK_YEAR_LINES lines of
# the opening and only for a plan.
WORK_YEAR_OPENING = re.compile(r"^[ \t\u3000]*(?P<year>(?:19|20)\d{2})[ ]*年[，,]", re.MULTILINE)
WORK_YEAR_LINES = 3
# ANNUAL_REPORT_LINE (fixmeta44, round 44): a page that shows several reports under a headline of its own names the
# year they report on only in their title lines, "学校班子成员年度述职报告展示" / … / "2024年度述职述廉述德述法报告" /
# "绍兴市第一中学副校长俞奇弘" (sx1z-vp-duty-reports-2024, three such lines, gold 2024): a report that no title, date or
# 文号 dates is of the one year its reports' title lines name.
ANNUAL_REPORT_LINE = re.compile(
    r"(?m)^[ \t\u3000]*(?P<year>(?:19|20)\d{2})[ ]*年度?[^。；，,\n]{0,30}报告[ \t\u3000]*$"
)
# WORK_REPORT_REVIEWED_YEAR (meta48, session 36): a government work report kept without its headline opens with the
# speaker's salutation and reviews the year before the one it is delivered in, its first year named: "各位代表：现在，
# 我代表国务院，向大会作政府工作报告…一、过去一年工作回顾 2004年，全国各族人民…" (nat-gwr-2005, gold 2005) and
# "各位代表：我代表国务院向大会作政府工作报告…一年来…根据一九八三年六月第六届全国人民代表大会…" (nat-gwr-1984,
# gold 1984):
# the report is of the year after the first one it names, when its opening speaks of the past year
# (WORK_REPORT_PAST_YEAR within WORK_REPORT_REVIEW_CHARS of the salutation). HEADLESS_NATIONAL_REPORT: such a
# report its speaker delivers for 国务院 is titled as NATIONAL_REPORT_DELIVERY titles the State Council's
# ("2005年国务院政府工作报告"), so that lineage.succession.GOVERNMENT_WORK_REPORTS places it among the State Council's
# yearly reports: read with its year and without a title, nat-gwr-2005 was taken for the next edition of the 十五
# outline (texts alike, 0.36).
# TERM_END_REPORT (lead, session 36): the report closing a government's five-year term opens "我代表国务院，向大会报告
# 过去五年政府工作，对今年工作提出建议" (nat-gwr-2018, lineage48); read as no report, it was dated by the "“十二五”规划
# 胜利完成" of its review and taken for a 十二五 plan that nat-gwr-2019 and a 2024 决定 followed. Its review names no
# past year; WORK_REPORT_PLAN_PART_YEAR dates it by the part that sets the year's work: "二、2018年经济社会发展总体
# 要求和政策取向", "三、对2018年政府工作的建议" (nat-gwr-2019: "三、2019年政府工作任务"; nat-gwr-2005: "二、2005年工作
# 总体部署"), never the review "一、2018年工作回顾"; at a line's start or, in a text that lost its line breaks, after
# a sentence or a space.
WORK_REPORT_OPENING = re.compile(
    r"^\s*各位代表[：:！!]?\s*[^。]{0,30}?我代表[^。，,]{0,20}?(?P<body>人民政府|国务院)[，,]?\s*"
    r"向[^。]{0,10}?(?:作政府工作报告|报告(?:过去[一二三四五]年)?(?:政府)?工作)"
)
WORK_REPORT_PLAN_PART_YEAR = re.compile(
    r"(?m)(?:^|(?<=[。！!\s]))[ \t\u3000]*[一二三四五六七八九十]+、[ \t\u3000]*对?(?P<year>(?:19|20)\d{2})年"
    r"(?!工作回顾)[^\n。]{0,12}?(?:总体要求|建议|任务|重点工作|总体部署)"
)
WORK_REPORT_REVIEWED_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年")
WORK_REPORT_PAST_YEAR = re.compile(r"过去一年|一年来|去年")
WORK_REPORT_REVIEW_CHARS = 600
# NOTICE_SUBJECT_YEAR: a notice without a date or 文号 names the year its subject is for in the
# sentence that says what it gives notice of: "现就做好2022年“智慧助老”有关工作通知如下",
# "现将“智能机器人”等重点专项2019年度项目申报指南予以公布" (round 11). That year stands for the year of
# issue (as WORK_YEAR_OPENING's), read within WORK_YEAR_LINES lines of the opening.
# PURPOSE_SUBJECT_YEAR (meta31, session 31): or in the purpose clause before it: "…为做好2016年度卫生专业技术资格考试
# （以下简称考试）考务工作，现将有关事项通知如下：" (bj-health-title-exam-2016, round 37, an exam area's work plan that
# starts at its lead).
NOTICE_SUBJECT_YEAR = re.compile(
    r"现(?:就|将)[^。：:\n]{0,40}?(?P<year>(?:19|20)\d{2})[ ]*年度?[^。\n]{0,60}?"
    r"(?:通知如下|予以公布|予以发布|印发给你们|公布如下)"
    r"|为(?:切实|进一步)?做好(?P<purpose>(?:19|20)\d{2})[ ]*年度?[^。\n]{0,60}?[，,]"
    r"现(?:就|将)[^。：:\n]{0,20}?通知如下"
)
# FORWARDED_NUMBER_YEAR (seg27, round 29): a forwarding notice without a date or 文号 of its own is of the year of
# the document it forwards, as its 文号 writes it: "现将《国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面
# 督查的通知》（国发明电〔2014〕1号）转发你们" (sc-policy-selfcheck-notice-2014, kept in a county platform's record view
# with no date; period 2014). Read as NOTICE_SUBJECT_YEAR is, within WORK_YEAR_LINES lines of the opening.
FORWARDED_NUMBER_YEAR = re.compile(
    r"现将《[^《》\n]{2,100}》[（(][\u4e00-\u9fff]{1,10}[〔\[［(（](?P<year>(?:19|20)\d{2})[〕\]］)）][^）)\n]{0,8}[）)]"
    r"[^。\n]{0,10}?转发"
)
# STAGE_SCHEDULE: a plan without a date, 文号 or years of its own lays out its stages under numbered
# headings, each dated in brackets: "（一）启动期（2024年5—6月）" … "（四）评估期（2025年9—10月）" (round
# 11), "（一）动员部署阶段（2021年12月10日前）". Its years run from the first stage's year to the last
# stage's; taken when at least STAGE_SCHEDULE_MIN stages are dated and they span at most
# STAGE_SCHEDULE_MAX_SPAN years (a work plan's stages run months to a few years).
STAGE_SCHEDULE = re.compile(
    r"(?m)^[ \t\u3000]*[（(][一二三四五六七八九十]{1,2}[)）][ \t\u3000]*[\u4e00-\u9fff]{2,12}"
    r"[（(](?P<dates>[^（()）\n]{0,30}?(?:19|20)\d{2}[ ]*年[^（()）\n]{0,30})[)）]"
)
STAGE_SCHEDULE_MIN = 2
STAGE_SCHEDULE_MAX_SPAN = 10
DOC_NUMBER_YEAR = re.compile(r"[〔［\[(（](?P<year>(?:19|20)\d{2})[〕］\])）]")
# A five-year period in the body counts only written as a plan's ("“十四五”规划", "“九五”计划",
# "“十三五”时期"); a report reviewing "“十四五”发展成就" has no period of its own.
# LATEST_TEXT_PERIOD (meta52, session 38): a plan's opening reviews the period before its own first,
# "全省水利发展“十三五”规划确定的目标任务基本完成…省水利发展“十四五”规划在全面总结“十三五”…的基础上"
# (ah-water-fyp14-news, heldout34),
# "“十三五”时期，市委、市政府坚持把教育摆在优先发展的战略地位…“十四五”期间，绍兴教育发展面临全新的形势"
# (sx-edu-fyp14-draft-2021 on one line, heldout30): the latest period the opening names as a plan's is the text's, not
# the first (both read 十三五, 2016-2020). Not one a period opens for good, "“十六五”时期起，每个五年规划期的第一年…"
# (nat-carbon-peak-assessment-2026, a 2026 rule whose articles name the 十五五 first). Nor for a headline-less work
# report, whose review of the periods it closed, "“十二五”规划胜利完成，“十三五”规划顺利实施"
# (nat-gwr-2018 of lineage48), REVIEWED_PERIOD reads by the first: the latest gave it 十三五, its year and title lost.
TEXT_PERIOD = re.compile(r"“(?P<n>十[一二三四五六七八九]?|[六七八九])五”(?:规划|计划|时期|期间)(?!起)")
# CITED_PERIOD: nor one inside the 《》 of a document the text cites: "我部《重点流域水生态环境保护“十四五”规划编
# 制技术大纲》…均将人工湿地作为…措施" in the 解读 of a technical guide of 2021 (nat-wetland-guide-interp-2021,
# round 6) names another document's period, not the guide's.
CITED_TITLE = re.compile(r"《[^《》\n]*》")

# --- Plan metadata of texts crawled onto one line (meta18, session 18) -------------------------------------------
# GLUED_TABLE_LABEL: a portal's metadata table crawled onto one line keeps its tabs between label and value but
# loses the break after each row, so a value runs on into the next row's label: "成文日期：\t2019年01月24日标 题：\t
# 国务院关于印发国家职业教育改革实施方案的通知发文字号：\t国发〔2019〕4号\t发布日期：\t2019年02月13日主 题 词：…"
# (gov.cn, the page of nat-voc-edu-2019 with its line breaks removed), or label and value share a cell: "发 布 机
# 构 ：天津市工业和信息化局发 文 字 号 ：津工信电力〔2021〕3号主 题 ：…" (tj-demand-response-2021 on one line). A
# cell is cut before and after each label followed by its colon: the fields read (METADATA_FIELD_LABELS) and the
# other labels such tables carry, which end the value before them and are read as nothing.
TABLE_OTHER_LABELS = (
    "索引号", "主题分类", "主题词", "主题", "统一编号", "实施日期", "失效日期", "文件状态", "有效性", "信息来源",
    "公开方式", "公开范围", "体裁分类", "组配分类", "服务对象", "发布机关",
    # PORTAL_LIST_LABELS (fixseg51, round 51): a county portal's fields as a Markdown list, "- 发布机构:市发改局" /
    # "- 发文日期:2021-07-02" / "- 效力状态:" / "- 公开时限:长期公开" (anqiu-fyp14-outline-interp-2021): on one line
    # the issuer ran on into the date's label, "市发改局- 发文日期:2021-07-02-"
    "发文日期", "效力状态", "公开时限",
    # CRAWLER_HEADER_LABELS (fixmeta53, round 53): a portal archive's crawler heads each page with its own fields,
    # "发布机构: 平潭综合实验区市场监督管理局" / "栏目: 部门文件" / "原文链接: https://…"
    # (pt-road-safety-three-year-plan-2016);
    # on one line the issuer ran on into the column's label, "…市场监督管理局栏目: 部门文件原文链接: …"
    "栏目", "所属栏目", "原文链接",
)  # fmt: skip
# UNPLACED_PORTAL_ISSUER (fixseg51, round 51): a county-level city's portal names its bureau without the city,
# "发布机构:市发改局", where the title opens with it in full, "安丘市发改局党组书记、局长李华锋解读《…》"
# (anqiu-fyp14-outline-interp-2021; corpus issuer 安丘市发改局): the title's name is the issuer's (FULLER_ISSUER).
UNPLACED_ISSUER_PLACE = re.compile(r"^[市县区省][\u4e00-\u9fff]{2,}")
# GLUED_LIST_BULLET (fixseg51, round 51): the list's bullet then stands glued to the end of the value before the next
# label, "发布机构:市发改局- 发文日期:…": no part of the value.
GLUED_LIST_BULLET = re.compile(r"[ \u3000]*-[ \u3000]*$")
# SPACED_LABEL_ROW (fixseg49, round 49): a portal's table crawled as text may part its labels from their values by
# single spaces, no colon, two fields a line: "索引号 1585729837/zfb/2021-0000106 发布机构 临沂市政府办公室" / "文号
# 临政办字〔2021〕90号 公开方式 主动公开" / "标题 文字解读:临沂市重大突发事件应急保障体系建设行动计划(2021-2022年)"
# (linyi-emergency-support-action-interp-2021: no title, issuer or 文号 read), "索引号 000014349/2020-3761045 成文日期
# 2020-10-15" / "文号 发布时间 2020-10-15" (lps-health-action-2020, an empty 文号). A line that opens with a known
# label followed by a space, and holds SPACED_LABEL_ROW_MIN labels so spaced, or whose label is 标题, is read as
# cells: each such label a label cell, the text up to the next one its value.
SPACED_LABEL_ROW_MIN = 2
_SPACED_LABEL = "|".join(sorted((*METADATA_FIELD_LABELS, *TABLE_OTHER_LABELS), key=len, reverse=True))
SPACED_LABEL = re.compile(rf"(?:^|(?<=[ \u3000]))(?P<label>{_SPACED_LABEL})(?=[ \u3000]|$)")
SPACED_LABEL_ROW = re.compile(rf"^(?P<label>{_SPACED_LABEL})[ \u3000]+\S")
# DATE_VALUE_RUN_ON (meta42, session 33): a page's date field crawled onto one line runs on into the next field, whose
# label no table list names: "…广州市人力资源和社会保障局网站发布日期：2025-11-18来源：市人力资源社会保障局 …"
# (gz-startup-loan-faq-2025), "…快速办理！发布日期：2023-12-14来源：广州市医疗保障局…" (gz-remote-medical-filing-2023),
# "电子居住证如何申领？一文说清发布日期：2024-07-19**01 什么是电子居住证？**…" (th-e-residence-permit-guide-2024): the
# date the value opens with is the field's (the value was no date at all, and the page went undated; its emphasis marks
# removed, the date may run into the digits after it, "2024-07-1901").
DATE_VALUE_RUN_ON = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日")
# PRINTED_ON (meta42, session 33): a notice whose date line lost its signature, or stands where no signature reading
# finds it, still prints its 版记: "抄送：市府办" / "绍兴市教育局办公室 2009年12月24日印发"
# (sx-special-teacher-nomination-2009, under an unsigned "二○○九年十二月二十四日" and a school's note),
# "浙江省教育厅办公室 2012年6月13日印发" (zj-hs-curriculum-reform-2012). The printing office issues it that day or
# within days: where nothing else dates the text, that date is its date of issue (the year its years start from).
PRINTED_ON = re.compile(
    r"[\u4e00-\u9fff]{2,30}[厅部委局司府会办室署心][ \t\u3000]*"
    r"(?P<date>(?P<y>\d{4}) ?年 ?(?P<m>\d{1,2}) ?月 ?(?P<d>\d{1,2}) ?日)[ \t\u3000]*印发"
)
# TAB_SPACED_LABEL (meta42, session 33): a portal's table letter-spaces its two-character labels and a crawl may keep
# that space as a tab, "文 \t号： \t赣府厅发〔2025〕6号", "标 \t题： \t江西省人民政府办公厅关于…的意见"
# (jx-health-in-all-policies-2025): the label's first character stands in a cell of its own, and on one line it is
# glued to the value before it, "发文机关： \t江西省人民政府办公厅文 \t号： \t…" (the issuer was read as "…办公厅文").
# A cell that is a label's last character and its colon takes back the characters before it that make a label.
LABEL_TAIL_CELL = re.compile(r"^[\u4e00-\u9fff][ \u3000]*[:：]$")
TAB_SPACED_LABEL_MAX = 3
# MARKDOWN_TABLE_CELLS (session 18): a page converted to markdown keeps its metadata table as pipe rows
# and its labels in bold: "| 发文机关： | 吕梁市人民政府办公室 | 成文日期： | 2025年11月30日 |" and
# "**发文机构**: 崇阳县商务局" (round 15's second wave, heldout16: the issuer came out as
# "| 吕梁市人民政府办公室 |" or not at all). Pipes part cells as tabs do; emphasis marks are no part of a label.
MARKDOWN_TABLE_CELLS = re.compile(r"[ \u3000]*[\t|][ \u3000]*")
MARKDOWN_EMPHASIS = re.compile(r"\*\*|__")
GLUED_TABLE_LABEL = re.compile(
    "(?:"
    + "|".join(
        "[ \u3000]*".join(word) for word in sorted((*METADATA_FIELD_LABELS, *TABLE_OTHER_LABELS), key=len, reverse=True)
    )
    + r")[ \u3000]*[:：]"
)
# TABLE_ROW_MAX_CHARS: a table row is furniture (METADATA_TABLE_ROW) only as long as a row is; a line that opens
# with a row and runs on for thousands of characters is a whole page crawled onto one line ("索 引
# 号：\t000014349/2019-00005\t主题分类：…扫一扫在手机打开当前页国务院关于印发国家职业教育改革实施方案的通知国发〔20
# 19〕4号各省…", gov.cn): dropping it dropped the document. The longest row of the scored gov.cn tables is under
# 120 characters.
TABLE_ROW_MAX_CHARS = 400
# RUN_ON_TITLE_ENDING: a title run on into its body that ends with none of TITLE_ENDING's kinds ends with one of
# the kinds HEADLINE_END adds for standards, guides, rules and bulletins: "万载县2015年国民经济和社会发展统计公报201
# 5年，全县人民在县委…" (wz-stat-bulletin-2015 crawled onto one line), "智能网联汽车道路测试与示范应用管理规范（试行
# ）第一章 总 则第一条…" (nat-icv-road-test-2021), "新一代人工智能伦理规范新一代人工智能伦理规范为深入贯彻…" (a
# page that repeats its headline). Read only where TITLE_ENDING finds no ending: 规范 and 规定 are verbs too ("关于
# 进一步规范…的通知"), and TITLE_ENDING's kinds end the title first. A guide's and an FAQ's (GUIDE_AND_FAQ_TITLES,
# fix17seg) too: "…学位申请指引一、申请资格及学位情况…" (th-hkmo-school-places-2026 on one line).
# DRAFTING_NOTE_ENDING (fixmeta52, round 52): so does a drafting note's, "《北京市商品房预售资金监督管理办法》起草说明
# 一、起草背景2010年，…" (bj-presale-funds-rules-drafting-note-2023, its headline over two Word paragraphs, crawled
# onto one line; sd-grid-rules-explanation-2025's "…》编制说明为深入贯彻…" likewise): the rules it explains are in 《》.
# And an explanation of a document named in 《》, "关于《中共丽江市委关于制定…的建议》的说明民风民俗 1 0关于
# 《…》的说明(二〇二六年一月十五日)…" (lijiang-fyp15-proposal-explanation-2026, a news page with its column's
# counts, on one line).
DRAFTING_NOTE_ENDING = "起草说明|编制说明|(?<=[》）)])的说明"
RUN_ON_TITLE_ENDING = re.compile(
    r"(?:统计公报|公报|指南|指引|问题解答|规范|规程|导则|条例|细则|规则|预案|批复|标准|(?<=的)函|"
    + DRAFTING_NOTE_ENDING
    + r")"
    r"(?:[（(](?![^（）()\n]*(?:征求意见|送审|报批))[^（）()\n]{1,16}[）)])?"
)
# DATE_QUALIFIER: a date in brackets after a title is the day it was adopted or published, not part of the title: "
# 中共中央 国务院关于实施乡村振兴战略的意见（2018年1月2日）实施乡村振兴战略，是…" (nat-rural-2018 crawled onto one
# line; with its breaks, the date stands on a line of its own under the title).
DATE_QUALIFIER = re.compile(
    r"[（(][ \u3000]*(?:19|20)\d{2}[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月"
    r"(?:[ \u3000]*\d{1,2}[ \u3000]*日)?[ \u3000]*[）)]$"
)
# DATED_NOTE_AFTER_TITLE (fixmeta53, round 53): nor is a note that opens with a full date after it, the rule's
# promulgation note, even where a tab cut the line inside it: "北京市地震预警管理办法（2022 年 12 月 23 日北京市人民
# 政府第 307 号令公布 \t自2023 年 3 月 1 日起施行）第一章…"
# (bj-earthquake-early-warning-rules-2022 crawled onto one line, the PDF's tab splitting the note): the title is what
# stands before the bracket.
DATED_NOTE_AFTER_TITLE = re.compile(
    r"[（(][ \u3000]*(?:19|20)\d{2}[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*日"
)
# GLUED_DATABASE_HEADER: a law database's citation code and source link glued in front of the document when its
# export was crawled onto one line: "【法宝引证码】 CLI.12.5679380原文链接：https://www.pkulaw.com/lar/a28211d0….htm
# l北京市经济和信息化局印发《关于推进北京市数据专区建设的指导意见》的通知北京市经济和信息化局印发…" (bj-data-zone-20
# 22 on one line; with its breaks, the "database-export" furniture rule drops those lines). Cut off the first line;
# the address ends at its .html (ASCII runs on into nothing else there).
GLUED_DATABASE_HEADER = re.compile(
    r"^[ \t\u3000]*【法宝引证码】[ \t\u3000]*CLI\.[\d.]+(?:[ \t\u3000]*原文链接[:：][ \t\u3000]*https?://[!-~]+?\.html?)?"
)
# DUMPED_RECORD (fix34meta, round 34): a page stored as a database row or a program's source, its HTML content
# one field among others: "INSERT INTO `cms_article` VALUES （32, 20, 57,
# '国务院办公厅关于印发“十四五”中医药发展规划的通知', NULL, '', '卫健委', '2022-03-28', '为贯彻落实…', '<p>…"
# (nat-tcm-plan-14-opening), the VALUES tuple on the line after a column list ("…`updated_at`） VALUES" /
# "（'28','11','news','关于走新型城市化发展道路建设廉洁广州的决定','6bcc…',", gz-clean-city-decision-2012), or
# setter calls one a line ('graph.setTitle（"关于全面推开农业\"三项补贴\"改革工作的通知"）;' …
# 'graph.setContent（"<h2>…', nat-farm-subsidy-reform-2016). Those lines are no headline; the record's title is
# its first quoted field that is title-shaped (a teaser field cut mid-sentence is not: miit-explosives-plan-13's
# content then gives the title).
DUMPED_RECORD_START = re.compile(r"^(?:(?i:insert[ \t]+into)\b|[A-Za-z_][\w.]*\.set[A-Z]\w*[ \t]*[（(][ \t]*\")")
DUMPED_RECORD_VALUES = re.compile(r"^[（(][ \t]*(?:'|\d)")  # the VALUES tuple on its own line, after the INSERT line
DUMPED_RECORD_FIELD = re.compile(r"'(?P<single>(?:[^'\\\n]|\\.)*)'|\"(?P<double>(?:[^\"\\\n]|\\.)*)\"")
DUMPED_RECORD_ESCAPE = re.compile(r"\\(.)")  # \" and \' inside a field: the quote itself
# DUMPED_RECORD_TAIL: the record's close after its content, on a line of its own: '"）;' (the setter call's end, after
# the signature "财政部 农业部" / "2016年4月18日", nat-farm-subsidy-reform-2016), "','1','0','12',…）;" (a row's
# later fields): no Chinese in it, no part of the page; the signature is read above it.
DUMPED_RECORD_TAIL = re.compile(r"\n[\"'][^\u4e00-\u9fff\n]*$")
# REPEATED_HEADLINE: that export (and some portals) print the headline twice; on one line the two copies are glued:
# "…关于印发…行动计划(2021—2023年)的通知安徽省人民政府办公厅关于印发…行动计划（2021-2023年）的通知（皖政办秘〔2021〕
# 82号）各市人民政府…" (ah-iiot-2021 on one line). A first line that opens with a title-shaped text (HEADLINE_END)
# repeated at once, brackets and dashes folded, keeps one copy.
REPEATED_HEADLINE_MIN = 8
# TRAILED_REPEATED_HEADLINE (fixseg50, round 50): a page's <title> - the headline and the site's name after "_", "-"
# or "|" (PAGE_TITLE_TRAIL) - glued before the page's own headline when the crawl lost its line breaks:
# "“十四五”文化产业发展规划_百度百科“十四五”文化产业发展规划文旅产业发〔2021〕42号收藏…" (nat-culture-industry-14fyp-
# baike-2021 on one line; with its lines the trail ends the first line and is cut there). The second copy is the
# headline; the trail between the two, at most TRAILED_HEADLINE_GAP_MAX characters, is the site's.
TRAILED_HEADLINE_GAP_MAX = 30
# TITLE_END_BOUNDARY: a title run on into its body ends where the body begins, not at the first document kind
# inside it: "国土空间规划城市体检评估规程（试行）2020 年 10 月 19 日前 言根据…" (nat-plan-checkup-rules-2020
# on one line) is cut after 规程（试行）, where a date follows, not after 国土空间规划; "市级国土空间总体规划编制
# 指南 （试行） 征求意见稿 自然资源部…" after 指南. Of the endings within reach, the first one followed by what
# opens a body is taken: a space, a digit, a bracket, Latin, a sentence's end (。: what went before is one line
# of the page, "政府工作报告。" over a photo caption in gz-gov-report-2026), a 文号, addressees (各省…), or a
# preamble's first words (为…, 根据…, 第一章, 一、, 前言); where none is, the first ending, as before. Also the
# separator before a page title's site name ("…实施细则的通知-广州市人力资源和社会保障局网站穗人社规字…",
# gz-talent-hukou-2022, PAGE_TITLE_TRAIL) and a dash before the date of a report's delivery ("2026年河北省政府工作
# 报告——2026年1月26日在河北省第十四届人民代表大会第四次会议上来源：河北日报…王正谱作政府工作报告。本报记者…",
# he-gov-report-2026: not the caption's 报告 before its 。), and the page's labels under its headline ("2026年宁夏回族
# 自治区政府工作报告发表时间：2026-02-09 09:45:30来源：宁夏日报客户端…", nx-gov-report-2026 on one line).
# The 文号 form asks for the bracket that closes a 文号's year (meta19b): without it a title's own year span passed for
# an issuer code and its year, and a run-on title was cut at the kind before it: "进一步强化碳达峰碳中和标准计量体系建设
# 行动方案（2024-2025年）文号: 发改环资〔2024〕1046号…" was "进一步强化碳达峰碳中和标准"
# (nat-carbon-standards-metrology-2024, one-line).
TITLE_END_BOUNDARY = re.compile(
    r"$|[\s\u3000\dA-Za-z（(〔［\[【。\-_|｜]|——?(?=[ \u3000]*\d)|[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]"
    r"|各(?:省|市|区|县|地|部门|有关|级|单位|直属|相关)"
    r"|(?:为了?|根据|按照|依据|近日|日前|近年来|第一章|第一条|一、"
    r"|前[ \u3000]*言|目[ \u3000]*录|序[ \u3000]*言|总[ \u3000]*则)"
    r"|(?:发表|发布|更新)?(?:时间|日期)[ \u3000]*[:：]|(?:信息)?来源[ \u3000]*[:：]|阅读(?:量|次数)"
)
# DRAFT_AFTER_TITLE: a 草案 in brackets right after a title run on into its cover is part of its name, as it is on a
# line of its own (DRAFT_STATUS_LINE): "北京市国土空间生态修复规划（2021 年-2035 年）（草案）北京市规划和自然资源委员会
# 2021 年 9 月" (bj-eco-restoration-2035 on one line).
DRAFT_AFTER_TITLE = re.compile(r"[（(]草案[）)]")
# SIGNATURE_BEFORE_DOCUMENT: a notice crawled onto one line signs after its last sentence, and the document it
# issues follows its date at once, titled: "…现印发你们，请结合实际做好相关工作。水利部办公厅2022年6月14日2022年
# 推进智慧水利建设水资源管理工作要点2022年智慧水利…" (nat-water-smart-resources-2022 on one line), "…请认真贯彻
# 执行。国家医疗保障局2022年3月30日医疗保障基金智能审核和监控知识库、规则库管理办法（试行）第一章…"
# (nat-medins-rulebase-2022), with a
# contact note between: "…请及时报告我局。国家能源局华北监管局2019年8月2日（联系电话：010-51968578）京津唐电网…方案"
# (hb-spot-surplus-2019). Organs after a sentence's end, a date, then (past a contact note or a page number) a title
# without a sentence's punctuation that ends in a document kind within SIGNED_DOCUMENT_CHARS: a date inside a sentence
# ("。国务院2018年5月10日印发的《…》") goes on with 印发, 的, 起 …, never with a title. Read in the opening.
SIGNED_DOCUMENT_CHARS = 60
SIGNATURE_BEFORE_DOCUMENT = re.compile(
    r"(?<=[。）)])(?P<organs>[\u4e00-\u9fff、 ]{1,60}?[院厅部委局司府会办室署央心组处所队])"
    r"(?P<date>(?P<y>\d{4}) ?年(?P<m>\d{1,2})月(?P<d>\d{1,2})日)"
    r"(?:[（(]联系[^（）()]{0,60}[）)])?(?:[—-] ?\d{1,3} ?[—-])?"
    r"(?!印发|发布|起|前|至|以来|召开|出台|颁布|的|，)"
    rf"(?=[^。，；：:《》\n]{{2,{SIGNED_DOCUMENT_CHARS}}}?"
    r"(?:规划|纲要|计划|方案|意见|通知|决定|办法|要点|指南|细则|规则|规范|规定|条例|标准|预案|措施|清单|目录|导则|规程))"
)
# GLUED_TOOLBAR: a news page's buttons above the headline (TOOLBAR_LINE, one a line) glued in front of it when the
# page is crawled onto one line: "下载打印全屏收藏【字号：加大还原减小】2026年浙江省政府工作报告2026年1月14日在浙江省
# 第十四届人民代表大会第四次会议上…" (zj-gov-report-2026 on one line), "分享:陕西省2026年政府工作报告…"
# (sn-gov-report-2026). Cut off the first line. Not 转发: a notice's own title may open with it ("转发省发展改革委
# 关于…的通知").
GLUED_TOOLBAR = re.compile(
    r"^(?:[ \t\u3000]*(?:【?(?:下载(?:版式)?|打印|全屏|收藏|分享到?)(?:[:：](?=[\u4e00-\u9fff]))?】?"
    r"|【?(?:字号|字体)[:：]?(?:加大|还原|减小|[大中小]|[ \t\u3000|｜])+】?))+"
)
# GLUED_BREADCRUMB: a page's breadcrumb glued in front of the headline on one line, its last item (the column) glued
# to the title, the column's heading repeated at times: "当前位置：首页>政务信息>宁夏要闻2026年宁夏回族自治区政府工作
# 报告发表时间：…" (nx-gov-report-2026 on one line), "您的位置:首页>云南要闻云南要闻2026年政府工作报告来源：…"
# (yn-gov-report-2026). The column ends with a column's word (BREADCRUMB_COLUMN_END); cut off the first line with
# the repeated heading.
BREADCRUMB_COLUMN_END = r"(?:要闻|动态|新闻|文件|公开|政策|信息|公告|法规|解读|专栏|通知)"
# HEADLINE_COLUMN_BAR (fixseg48, round 48): a law-database site glues the column's name to the headline with a bar,
# "政策解读丨市生态环境局主要负责人解读《威海市“十四五”生态环境保护规划》政策" (wh-eco-14fyp-interp-2021): the
# column is the page's, as a tag in black lenticular brackets is (HEADLINE_COLUMN_TAG). Only a column's word
# (BREADCRUMB_COLUMN_END) before the bar: "实录丨“海南自贸港政策解读”系列主题新闻发布会…" keeps its word (a transcript's
# own title, hn-hiap-presser-2025).
HEADLINE_COLUMN_BAR = re.compile(
    rf"^[\u4e00-\u9fff]{{0,6}}{BREADCRUMB_COLUMN_END}[ \t\u3000]*[丨｜|][ \t\u3000]*(?=[\u4e00-\u9fff“《])"
)
# PAGE_COLUMN_LINE (fix32meta, round 32): a portal page names its column alone on a line right above the headline, as
# its <title> line names it before the site ("通知公告_ 内蒙古自治区能源局" / … / "通知公告" / "内蒙古自治区能源局关
# 于印发《…实施方案（试行）》的通知", nm-green-direct-supply-2026 and md-ne-price-reform-2025): read as the first half
# of a notice title wrapped over two lines, the column was glued in front of the issuer
# ("通知公告内蒙古自治区能源局"). A short line ending in a column's word (BREADCRUMB_COLUMN_END) over a line that is a
# notice title by itself is the page's column, never part of that title.
PAGE_COLUMN_LINE = re.compile(rf"[\u4e00-\u9fff]{{0,6}}{BREADCRUMB_COLUMN_END}")
GLUED_BREADCRUMB = re.compile(
    r"^[ \t\u3000]*(?:当前位置|您的位置|您当前的位置|所在位置|当前的位置)[:：]?[ \t\u3000]*"
    r"(?:[^>＞»\n]{1,12}?[ \t\u3000]*[>＞»][ \t\u3000]*)+"
    rf"(?P<column>[^>＞»\n]{{0,10}}?{BREADCRUMB_COLUMN_END})(?:(?P=column))?"
)
# GLUED_MARKDOWN_LINKS (fix26meta, round 26): so a Markdown page crawled onto one line opens with its logo, menu and
# breadcrumb links glued in front of the headline (MARKDOWN_LINK_LINE, one a line), the breadcrumb's last column at
# times unlinked: "[![](…logo_m.png)](…)- [网站首页](…)- [信息公开](…)…[通知公告](…)### 关于完善2026年度电力中长期
# 交易价格机制的通知湖南省发展和改革委员会…" (hn-mlt-price-mechanism-2026 on one line), "![](…)关怀版[首页](…)
# [政务公开](…)…[首页](… "首页") >通知公告重庆市居民分时电价有关问题释疑日期：…" (cq-tou-price-faq-2023). Cut off the
# first line: the
# links, a short word between two of them (an unlinked menu item), the column after the last '>'
# (BREADCRUMB_COLUMN_END) and a Markdown heading's marks.
GLUED_MARKDOWN_LINKS = re.compile(
    rf"^(?:(?:{MARKDOWN_LINK_SEPARATOR}|[-*+][ \t]|[\u4e00-\u9fff]{{1,4}}(?={MARKDOWN_LINK_SEPARATOR}*!?\[))*"
    rf"{MARKDOWN_LINK})+{MARKDOWN_LINK_SEPARATOR}*"
    rf"(?:(?<=[>＞»])[\u4e00-\u9fff]{{0,4}}{BREADCRUMB_COLUMN_END})?(?:#{{1,6}}[ \t]*)?"
)
# TABLE_ENDS_AT_ANNEX: a table opened by its caption ("表 2 暂不纳入配额管理的机组判定标准") ends at the next annex's
# label alone on its line ("附件 2" over "2019-2020 年燃煤机组配额分配技术指南", mee-ets-power-2019-2020, lineage15),
# as it ends at a paragraph or a numbered line: the label is the next annex's heading, no cell.
# PAGE_BROKEN_PARAGRAPH: a PDF's text pasted into a web page or Markdown file keeps the page breaks as marks on
# lines of their own ("— —", "* * *"; read "* *" after Markdown is stripped) and joins the lines of each page into
# one long line, so a paragraph runs on across the mark in mid-sentence: "…（包括完整履约年度内混烧自产" / "— —" /
# "* * *" / "二次能源热量占比不超过 10%的情况）…" (mee-ets-power-2019-2020, lineage15). A line of a paragraph's length
# at least (PAGE_BROKEN_PARAGRAPH_MIN) that ends in no sentence's end (PAGE_BROKEN_SENTENCE_ENDS; a mark glued to
# its end aside, PAGE_MARK_TAIL) goes on after the marks: its headings run in across them (GLUED_LINE_CHARS).
PAGE_MARK_LINE = re.compile(r"^[ \t\u3000]*(?:[—–－][ \t\u3000]*[—–－]|\*(?:[ \t]*\*){1,2})[ \t\u3000]*$")
PAGE_MARK_TAIL = re.compile(r"[ \t\u3000]+[—–－][ \t\u3000]*[—–－][ \t\u3000]*$")
PAGE_BROKEN_PARAGRAPH_MIN = 100
PAGE_BROKEN_SENTENCE_ENDS = ("。", "！", "？", "；")
# PAGE_BROKEN_SHORT_LINE (seg19): a PDF converted to Markdown page by page keeps a page's last
# line short when a paragraph opens at the page's foot: "吉林省新能源汽车产业主要集中在长春和辽源
# 两个地" / "* * *" / "区，长春主要研发和生产新能源整车，…" (jl-ev-charging-2021, heldout16), read as
# a heading. A line shorter than PAGE_BROKEN_PARAGRAPH_MIN goes on across the marks too when it has
# no marker, at least PAGE_BROKEN_SHORT_MIN characters and no sentence's end, and the line after
# the marks has no marker and goes on in mid-sentence: a comma or semicolon within its first
# PAGE_BROKEN_CLAUSE_CHARS characters ("区，", "量为 0.65 万辆；"), where a page that opens with a
# heading opens with a short title.
PAGE_BROKEN_SHORT_MIN = 10
PAGE_BROKEN_CLAUSE_CHARS = 16
PAGE_BROKEN_CLAUSE = re.compile(r"[，；、,]")
# TITLE_LINE_SPACE: where a PDF's lines were joined with spaces (PAGE_BROKEN_PARAGRAPH, a one-line crawl), a run-in
# part's or section's title ends at the space its own line's end left: "一、纳入配额管理的重点排放单位名单 根据…",
# "（二）修正系数 考虑到机组固有的技术特性…" (mee-ets-power-2019-2020, lineage15). The space follows a character of the
# title (an ideograph or a closing mark, not a number before its unit: "2019-2020 年"), after TITLE_LINE_SPACE_MIN
# characters at least (a letter-spaced "总 则" is no end), with no clause mark before it (TITLE_LINE_SPACE_CLAUSE: a
# title glued to its sentence shows a clause before the wraps do); what the line held is the whole title.
# SPACED_PUNCTUATION (seg25): nor is a space before a punctuation mark a line's end (no line opens with one): a text
# that spaces its marks ("第二节调整农业产业和产品结构坚持稳粮调结构 、 提质增效益 , 引导农民…", yn-fyp-10, a converted
# PDF) had every 第X节 title end at the space before its first 、 and run on into its sentence.
# SPACED_NUMBER (join50): nor is a space that sets a number off from the words on both sides, as a Word file exported to
# text writes its figures: "（一）适用范围及时间自本文件发布之日起至 2023 年 2 月 20 日 24:00 止，…", "（二）补贴总额度
# 本文件实施期内购房消费补贴总额不超过 1000 万元。" (fj-mingxi-housing-measures-2022, heldout49 joined: each title ran
# on to the space before its first figure, past the glued sentence's opener); "二、规划期限本次规划期限为 2021 年至 2035
# 年" (bj-eco-restoration-2035, heldout), "一、总体要求2019 年 1 月 1 日起全面施行的…" (nat-pit-credit-notice-2019,
# heldout26), "一、“两个细则”修订背景现行“两个细则”于 2023 年 7 月修订实施" (sd-grid-rules-explanation-2025, heldout40),
# all joined: read whole up to 为 / 年 / 于, each ends at its opener (本次, the date, 现行…) once the space is none.
TITLE_LINE_SPACE = re.compile(
    r"(?<=[\u4e00-\u9fff）》”])[ \t\u3000]+(?=[^\s，、；：。,;:！？!?）)])(?!\d[\d.:：%]*[ \t\u3000]+[\u4e00-\u9fff])"
)
TITLE_LINE_SPACE_MIN = 2
# WRAP_SPACE_BEFORE_FULL_STOP (join31): a page hard-wrapped inside its paragraphs keeps each wrap as a space, inside
# run-in titles too: "（四）健全 科学补偿机制。巩固…", "（一）巩固完 善基本药物制度。" (nat-healthreform-tasks-2016
# joined, read as 健全 and 巩固完). A space followed by fewer than GLUED_SENTENCE_MIN characters and no clause mark
# up to the title's full stop is no line's end: no sentence glued to a title is that short.
# GLUED_BEFORE_LINE_SPACE (join31): and where the wrap falls in the sentence glued to a title, the sentence's opener
# before it still ends the title: "一、指导思想以 邓小平理论和…为指导，" (nat-health-poverty-12fyp-2012 joined, read as
# 指导思想以): where the wrap leaves at most WRAPPED_OPENER_MAX characters of the sentence before it. A bold title's
# spaces (GLUED_BOLD_TITLE) end it whole, openers and all: "**二、党内法规体系的加快建成**党内法规…" (加快 opens
# no sentence there, nat-party-regulations-system-2021 joined), "**三、市场秩序需进一步规范**" (cy-fuel-stations-2026).
WRAPPED_OPENER_MAX = 1
# LEAD_AFTER_TITLE_SPACE (join46): a short run-in lead of its own after a title's space opens with a verb of work, a
# wrap inside a title does not: "第一节 坚持党的全面领导 加强党的领导。充分发挥…", "第六节 加快建设“海丝”核心区海上
# 合作战略支点 深化互联互通。加强…" (lineage45's pt-fyp14-outline on one line: both titles ran on to the lead's 。).
# SPACED_TITLE_LINE (join26): a markdown page's bold part title glued into a joined crawl after a word, not a
# sentence's end ("…社保中心**一、办理对象**广州市参保单位、参保人**二、受理条件**申领…", gz-pension-claim-guide-2025
# joined: no 一、 was read, so no heading at all), keeps the spaces of the line it stood on at both its ends
# (GLUED_BOLD_TITLE): its 一、 after a word and a space is a part when its title ends at a line's space within
# SPACED_TITLE_LINE_MAX characters, before any clause mark (TITLE_LINE_SPACE_CLAUSE). A 一、 after a space that
# no such title follows (a PDF's wrap inside 统 一、规范) stays none.
SPACED_TITLE_LINE_MAX = RUN_IN_TITLE_MAX
# LINE_SPACE (fmt23, round 1 rendered): the spaces TITLE_LINE_SPACE means are a line's, not its end: a marker that
# opens a line ("国家知识产权局文件" / "国办发〔2021〕65号" / "一、《通知》制定的背景是什么？当前，…", a one-line
# Q&A set as a Word file under its red head, nat-ip-reform-interp-2021) is the start of the text's outline. Read
# as a marker after a space, 一、 was refused and every question with it.
LINE_SPACE = " \t\u3000\u00a0"
TITLE_LINE_SPACE_CLAUSE = re.compile(r"[，；：。,;:]")
# SPARSE_TITLE_SPACES (join31): a page whose bold titles kept a space at their end when joined (GLUED_BOLD_TITLE) and
# holds no other word spaces shows that space after a two-clause title too: "一、举旗定向、领航掌舵，习近平总书记关于…
# 强大人格力量 党的十八大以来，…" (nat-eight-rules-experience-2025 joined: every part title ran on to 60 characters).
# Where the text has no more such spaces than SPARSE_TITLE_SPACES_PER_HEADING per marker read, TITLE_LINE_SPACE_CLAUSE
# is waived for commas (SPARSE_TITLE_SPACE_CLAUSE): they are no wraps (a PDF joined with spaces, or a page hard-wrapped,
# has one every line). A colon or a full stop before the space still shows a label's value or a sentence, no title:
# "二、联系人及联系方式联系人：生态环境部王之正 赵军通信地址：…" (nat-permit-spec-projects-call-2018 joined).
SPARSE_TITLE_SPACES_PER_HEADING = 1
SPARSE_TITLE_SPACE_CLAUSE = re.compile(r"[；：。;:]")
# PAGED_TEXT: a text with page marks on lines of their own (PAGE_MARK_LINE) on PAGED_TEXT_MARKS_MIN pages at least holds
# each page's lines joined into one: a line of a paragraph's length (PAGE_BROKEN_PARAGRAPH_MIN) has its headings read
# inline even when it holds no two parts, "—机组所属类别的供热基准值，单位：tCO2/GJ 二、配额预分配与核定 （一）
# 配额预分配 对于纯发电机组：…" (the gas guide of mee-ets-power-2019-2020, lineage15), continuing the numbering
# open above it.
PAGED_TEXT_MARKS_MIN = 6
# PAGED_TEXT_MARKS_BEFORE_JOIN (fix23seg, round 23): the marks are counted on the text's lines as written, before a
# paragraph a mark cut is joined across it (PAGE_BROKEN_PARAGRAPH_MIN): joining took three of the seven marks of
# nat-storage-guidance-draft-2021 (crawler markdown of a PDF draft, five pages each ONE line), and its flattened pages
# were read as one heading a line.
# NUMBERING_STAYS_OPEN (fix23seg, round 23): such a page's line opens mid-sentence and runs on through the headings
# of the page: "…提升储能行业 建设运行水平。 （三）主要目标 到 2025 年，…" / "…关键支撑之一。 二、强化规划引导，
# 鼓励储能多元发展 （一）统筹开展储能专项规划。…（二）大力推进…" (nat-storage-guidance-draft-2021, under
# "一、总体要求" / "（二）基本原则" above). Read alone, （三） opened the line's outline and 二、 went under it,
# so （一） restarting under 二、 was refused; the open parts and sections (OPEN_NUMBERING_STYLES, from the outermost
# until a style of another kind) stay open, so （三） goes on from （二）, 二、 closes it and （一） opens anew. Not
# decimal or arabic numbers: "环卫车按2.5辆/万人估算" would go on a 2.4 (tx-ev-charging-2025).
OPEN_NUMBERING_STYLES = ("cn", "paren-cn")
# PAGE_LOST_ENTRIES (fix23seg, round 23): a crawl of a PDF into pages (PAGED_TEXT) may lose the text around a page
# break, with a heading in it: nat-storage-scale-plan-2025 runs "（四）培育试点应用场景。…" / "三、推动新型储能利用
# 水平提升" / "（六）合理提升新型储能调用水平。…", its （五） lost, and nat-storage-guidance-draft-2021 "（十三）明确
# 储能备案并网流程。…" / … / "六、加强组织领导，强化监督保障工作" / "（十五）加强组织领导工作。…" (round-23 gold: lost
# headings are not gold, the numbering jumps are kept as found). In a paged text a titled run-in heading that goes on
# numbering across parents may skip up to PAGE_LOST_ENTRIES numbers (else it read as a paragraph's list and every
# section after it was lost with it).
PAGE_LOST_ENTRIES = 1
# STATEMENT_ENTRIES: a notice's （一）（二）… that each state a rate or a date in one sentence, the whole of their line,
# are clauses of the heading above, not sections: "一、社会救助标准" / "（一）全市城乡最低生活保障标准为每人每月1309
# 元。" /
# "（二）最低生活保障边缘家庭认定标准按最低生活保障标准的1.5倍确定，为每人每月1963.5元。" / … and "二、标准执行时间" /
# "（二）…自2025年6月1日起按新标准计算执行。" (gz-social-assistance-std-2025, round 15). Dropped together when at least
# STATEMENT_ENTRIES_MIN leaves of one style under one heading, most of them such a line (a figure with its unit, or a
# starting date: STATEMENT_FIGURE); a titled entry has text of its own, on its line or under it.
STATEMENT_ENTRY_STYLES = ("paren-cn",)
STATEMENT_ENTRIES_MIN = 3
STATEMENT_FIGURE = re.compile(
    r"\d(?:[\d.]*\d)?[ ]*(?:元|倍|%|％)|(?:19|20)\d{2}[ ]*年[ ]*\d{1,2}[ ]*月[ ]*\d{1,2}[ ]*日起"
)
# STATEMENT_LEAD_UNITS (fix35seg, round 35): a yearly work plan's target entries state their figure and then name the
# units in charge in a bracket after the full stop: "一、全省经济社会发展主要目标" / "(三)全社会固定资产投资增长30%
# 以上。(省发改委主办,省工信委、…协办)" / "(四)规模以上工业增加值增长12%左右。(省工信委负责)" / … (hl-gwr-tasks-2013, a
# 政府工作报告's division of tasks; list items in the round-35 gold). Such a bracket, all that follows the 。, still
# leaves the sentence the whole of its line.
STATEMENT_LEAD_UNITS = re.compile(
    r"[（(](?:(?:责任|牵头|主责)(?:单位|部门)[：:][^（）()]*|[^（）()]{2,80}?(?:负责|牵头|主办|协办|配合))[）)]"
)
# NOTICE_BELOW (fix16seg, after round 15's second wave): a web page names its notice
# above the page's own lines and shows the notice itself below them. Two ways, both on
# heldout16's pages: a labelled field giving the document number ("文号: 苏府〔2024〕34号" /
# "发文机构: 苏州市人民政府" / "来源: [http://…]" / "政策原文" / breadcrumb / … /
# "市政府关于印发苏州市碳达峰实施方案的通知" / "苏府〔2024〕34号" / …, sz-carbon-peak-2024), and the
# page's headline over its print and share buttons
# ("工业和信息化部等七部门关于印发推动工业领域设备更新实施方案的通知" / "发布时间：2024/04/17" / "[ 打印 ]" /
# "打开微信，点击底部的“发现”，" / "使用“扫一扫”即可将网页分享至朋友圈。" / "微博微信" / the notice's title again, 文号,
# recipients, issuing sentence, the seven signing bodies, date:
# nat-industrial-equipment-renewal-2024). Taken for the notice, the field or headline
# ended it at the page's lines, and the notice below became level-1 sections ("工业和信息化部"
# / "国家发展改革委" / … ). When the notice found issues nothing (no issuing sentence) and does
# not open a body of its own (NOTICE_OWN_BODY), and a notice that does issue a document
# stands below it within the window, the front matter runs from the first through the
# one below: the page's lines between are the page's, not sections.
# PAGE_CAPTIONS (fix16seg, after round 15's second wave): a policy page's caption over the text it
# carries, "## 政策原文" ("the policy's original text") between the page's metadata and its
# breadcrumb (all seven pages of heldout16, an energy-policy vault's markdown), or the like
# over a page's text, names no part of the document. An unnumbered heading so titled, before the
# document's first numbered heading, is no section.
PAGE_CAPTIONS = frozenset({"政策原文", "文件原文", "政策全文", "文件全文", "原文", "正文", "全文"})
# REPEATED_TITLE_LINES (fix16seg): a page shows the document's title more than once above it,
# as its headline and again over the text: "### 崇阳县“十五五”加油站布局专项规划（2026-2030年）" /
# "发布时间：2025-08-21来源：商务局录入：Gov144" / "### 崇阳县“十五五”加油站布局专项规划（2026-2030年）" /
# "第一节  规划概述" (cy-fuel-stations-2026, heldout16): each is the title, none a section. Up to
# REPEATED_TITLE_LINES_MAX showings are dropped.
REPEATED_TITLE_LINES_MAX = 3
# LINK_TITLE (fix16seg): a heading line that is wholly a markdown link, "[text](url "title")", is a
# page's navigation (a breadcrumb written as a numbered list: "1. [首页](https://www.shcn.gov.cn/ "首页")"
# / "2. [政务公开](https://zwgk.shcn.gov.cn/xxgk/ "政务公开")", sh-changning-energy-saving-2026, heldout16;
# a site's list of links), never a part of the document: no gold heading of any split is a link.
LINK_TITLE = re.compile(r"!?\[[^\]\n]*\][(（][^\n]*[)）]")
# CUT_TEASER_TITLE (fix34seg, round 34): a site's summary of an article, cut at a length and closed with an ellipsis,
# repeats the article's opening and its first heading ahead of the article: "…提出以下实施意见。　　一、目标任务...','"
# (the summary field of a company site's SQL dump, gz-party-building-innovation-2012, before the content's own
# "<p>　　一、目标任务</p>"); read as the heading, it took 一 and the article's own 一、 was refused as a restart. A
# heading's title is never cut (no gold heading of any split ends in an ellipsis): a numbered line whose title ends in
# one, dump quotes and commas aside, is a teaser, no heading.
CUT_TEASER_TITLE = re.compile(r"(?:\.{3,}|…+)[',\"]*$")
# SIGNERS_ABOVE_DATE (fix16seg): a document that is its own notice signs after its body with the
# issuers one a line above the date, a name letter-spaced as a red head sets it: "国家发展改革委" /
# "市场监管总局" / "生 态 环 境 部" / "2024年7月14日" (nat-carbon-standards-metrology-2024, heldout16):
# only the line right above the date was a signature, the others became sub-headings. Every line
# of an unbroken run of organ names (JOINT_SIGNATURE_LINE, its spaces dropped: SIGNER_SPACING) down
# to a date line is the signature.
SIGNER_SPACING = re.compile(r"[ \t\u3000]+")
# MASS_ORGANISATION_SIGNERS (seg52): a people's organisation signs a joint notice under its short name, which
# ends in none of an organ's endings (JOINT_SIGNATURE_LINE): "中央军委政治工作部 中央军委后勤保障部" / "中国残联" /
# "2016年6月20日" (nat-health-poverty-opinion-2016, heldout36: the last signer broke the run, and the five lines of
# ministries above it became sub-headings of 四、组织实施). Only the run down to the date (SIGNERS_ABOVE_DATE) reads
# these endings; the front matter keeps JOINT_SIGNATURE_LINE.
SIGNER_LINE_WITH_MASS_ORGANISATIONS = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,30}?(?:[院厅部委局司府会办室署央心组处所队]|银行|[妇残侨文]联|工商联|科协)[ \u3000]*)+$"
)
# ANNEX_MARKDOWN_TABLE (fix17task, round 17): an attached table of projects (ANNEX_TABLE) kept as a markdown
# table by a page crawled to markdown, one row a line: "附表2" / "" / "松江区“十五五”能源重点项目表" / "| 序号 |
# 项目名称 | 项目单位 | 主要建设内容 | …" / "| 电力方面 |" / "| 1 | 上海松江新宅（新天马）110kV输变电工程 | …" /
# … / "| 燃气方面 |" / "| 1 | 叶新公路（叶榭镇界-奉贤区界） | …" (sj-energy-action-2026, heldout17: 40 rows, the
# gold's 重点项目 block, read as nothing since the one-cell-a-line rule needs 序号 and each row number on a line
# of their own). Its header is the row whose first cell is 序号 (ANNEX_MARKDOWN_HEADER, within
# ANNEX_HEADER_CHARS of the title); its items are the rows whose first cell is a number
# (ANNEX_MARKDOWN_ROW), counted on 1, 2, 3 …; after a group row of one cell without digits
# (ANNEX_MARKDOWN_GROUP: "| 电力方面 |") the count may restart at 1 or carry on. A row's title is its second cell.
# The table ends at its first blank line (ANNEX_MARKDOWN_END), not at the page's form below it; a unit
# column in its header (ANNEX_UNIT_COLUMN) makes it a who-does-what table, no block, as for the flat form.
ANNEX_MARKDOWN_HEADER = re.compile(r"(?m)^[ \t\u3000]*\|[ \t\u3000]*序号[ \t\u3000]*\|")
ANNEX_MARKDOWN_ROW = re.compile(r"(?m)^[ \t\u3000]*\|[ \t\u3000]*(?P<n>\d{1,3})[ \t\u3000]*\|")
ANNEX_MARKDOWN_GROUP = re.compile(r"(?m)^[ \t\u3000]*\|[^|\d\n]{1,30}\|[ \t\u3000]*$")
ANNEX_MARKDOWN_END = re.compile(r"\n[ \t\u3000]*\n")
# ANNEX_TAB_TABLE (fix17task): the same table on an HTML page, read a row a line with its cells joined by tabs
# (how plankg's HTML readers write a <tr>): "序号\t项目名称\t项目单位\t…" / "电力方面\t\t\t" / "1\t…工程\t…" — the
# header, group and numbered rows as in the markdown form, cells split on tabs.
ANNEX_TAB_HEADER = re.compile(r"(?m)^[ \u3000]*序号[ \u3000]*\t")
ANNEX_TAB_ROW = re.compile(r"(?m)^[ \u3000]*(?P<n>\d{1,3})[ \u3000]*\t")
ANNEX_TAB_GROUP = re.compile(r"(?m)^[ \u3000]*[^\t\n\d|]{1,30}[\t \u3000]*$")
# Each form of a table written a row a line: (header row, numbered row, group row).
ANNEX_ROW_LINE_FORMS = (
    (ANNEX_MARKDOWN_HEADER, ANNEX_MARKDOWN_ROW, ANNEX_MARKDOWN_GROUP),
    (ANNEX_TAB_HEADER, ANNEX_TAB_ROW, ANNEX_TAB_GROUP),
)
# SIGNATURE_AFTER_CLOSING_FORMULA (fix17seg, after round 17's score): a notice on a portal page signs under its
# closing formula and annex list, and the page goes on past it (downloads, share widgets, links), so the text's
# tail holds no signature: "特此通知。" / "附件：1.2026年度重大活动供餐单位评估报名表" / "2.2026年深圳市重大活动供餐单位
# 食品安全现场评估表" / "深圳市市场监督管理局" / "2026年6月17日" / "### 附件下载" (sz-banquet-food-safety-2026): the
# organ lines right under the formula (past the annex list's numbered lines) and above a date line sign it.
SIGNATURE_AFTER_CLOSING_FORMULA = re.compile(
    r"特此(?:通知|函告|公告|通告|批复)。[ \t\u3000]*\n\s*"
    r"(?:附件[：:][^\n]*\n\s*(?:\d{1,2}[.．、][^\n]*\n\s*)*)?"
    rf"(?P<organs>(?:[\u4e00-\u9fff]{{1,19}}{_ORGAN_END}[ \t\u3000]*\n\s*)*[\u4e00-\u9fff、]{{1,60}}?{_ORGAN_END})"
    r"[ \t\u3000]*\n\s*"
    r"(?P<date>(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日)[ \t\u3000]*(?:\n|\Z)"
)
# SIGNATURE_ABOVE_PAGE_FURNITURE (fix26meta, round 26): a notice on a portal page signs under its last paragraph and
# the page goes on (an image, the page's 信息来源 and reviewers, link lists, a footer), so the text's tail holds no
# signature and no 特此通知 stands above it: "…共同维护电力市场秩序。" / "湖南省发展和改革委员会" / "2025年12月31日" /
# "![](…/W020160701361632689463.jpg)" / "信息来源：价调处初审：…" (hn-mlt-price-mechanism-2026). The organ lines right
# under a sentence's end and above a date line sign it when what follows the date is the page's: a Markdown image or
# link, a source field, a page button.
# On one line the same stand glued: "…共同维护电力市场秩序。湖南省发展和改革委员会2025年12月31日![](…)信息来源：…".
SIGNATURE_ABOVE_PAGE_FURNITURE = re.compile(
    r"。\s*"
    rf"(?P<organs>(?:[\u4e00-\u9fff]{{1,19}}{_ORGAN_END}[ \t\u3000]*\n\s*)*[\u4e00-\u9fff、]{{1,60}}?{_ORGAN_END})"
    r"\s*"
    r"(?P<date>(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日)\s*"
    r"(?=!?\[[^\]\n]*\][(（]|(?:信息|文章|稿件)?来[ \u3000]*源[ \u3000]*[:：]|【?(?:打印|关闭|分享|返回顶部))"
)
# EXPORT_TITLE_AFFIXED (fix17seg, after round 17's score): a vault's front matter gives the page's title with
# what its file naming or the site added around the document's: a stray leading "2" ("title: 2市市场监管局关于开展
# 2026年度重大活动供餐单位食品安全现场评估工作的通知" over the page's "# 市市场监管局关于开展…的通知",
# sz-banquet-food-safety-2026). The longest body line of at least EXPORT_TITLE_AFFIXED_MIN characters that the
# front matter's title contains, and that reads as a title, is the title as printed.
EXPORT_TITLE_AFFIXED_MIN = 8
# PAGE_TITLE_SITE (fix17seg): the site's column and name after a page's title may follow a title whose kind is
# none HEADLINE_END knows, "2024—2026年农机购置与应用补贴实施操作要求_实施情况_乌达区人民政府" (a vault's title and
# the page's # line, wd-farm-machinery-subsidy-2024): a trail (PAGE_TITLE_TRAIL) whose last part names the
# government or its site is the site's, cut whatever the title ends with.
PAGE_TITLE_SITE = re.compile(r"(?:人民政府|政府网|门户网站|政府门户|网站)$")
# ARTICLED_RULE_CLAUSES (fix17seg): in a rule made of articles 第一条, 第二条… that a text read inline shows as a
# run of sentence-opening article markers (at least ARTICLED_RULE_MIN, from 第一条), the （一）/1. points after the
# first article are clauses of an article, never headings: "第三条…具体职能是：（一）组织办理政府信息公开事宜；
# （二）维护和更新公开的政府信息；…" (mee-info-disclosure-2019: 29 such points read as sections). Only its
# chapters (and 节) stay headings, as with line breaks (round 15's decrees, nat-env-tax-regs-2017).
# An article marker anywhere (glued to a chapter's title too); a citation ("环境保护税法第六条第二款") breaks no
# run, since only the markers numbered in sequence from 第一条 count.
ARTICLE_OPENING = re.compile(rf"第(?P<n>{CN_NUMERAL})条(?=[\u4e00-\u9fff \u3000])")
ARTICLED_RULE_MIN = 3
# PAGE_HEADINGS_ABOVE_TITLE (fix17seg, after round 17's score): a saved portal page prints its own headings and
# labels above the document's title line, "## 热门搜索排行" (a search-ranking table) and the column label "通知公告"
# over "# 市市场监管局关于开展2026年度重大活动供餐单位食品安全现场评估工作的通知" (sz-banquet-food-safety-2026):
# where the document's title stands on a line of its own and no numbered heading comes before it, the unnumbered
# headings above it are the page's.
# NOTICE_CLOSED (fix17seg): a notice ends with its closing formula on a line of its own, "特此通知。", then its
# annex list, signature and date; a page goes on with its downloads and widgets ("附件下载", "微信扫一扫：分享",
# "触碰右侧展开", sz-banquet-food-safety-2026), and the annex list's "2.2026年深圳市…评估表" continued the last
# part's numbering. Below the formula nothing continues the notice's open parts: headings below level 1 there
# are no sections until a level-1 heading (an appended document's title, an 附件 heading) opens a new part, or a
# heading numbered from 1 again starts an appended document's own outline (a notice with the guide it cites
# appended, its 一、 lost, "特此通知。" / "国家医疗保障局" / … / "（一）指导思想": nat-medins-standardization-2019,
# whose indicators sit under its "（三）主要目标").
CLOSING_FORMULA_LINE = re.compile(r"(?m)^[ \t\u3000]*特此(?:通知|函告|公告|通告|批复)。[ \t\u3000]*$")
# LOGIN_WALL (fix34seg, round 34): an article site shows a text only up to a read-more button over a login prompt,
# "二、深化水生态治理，提升环境品质" / "阅读全文" / "(想阅读完全部图文内容,您需要先登陆!)", then its tip jar, share bar,
# comment box, "本文标题:…" and "微信订阅号" lines (county-water-affairs-points-2026, four of them read as sections
# under 二、). The text stops at the wall as a notice does at its closing formula (NOTICE_CLOSED); a read-more button
# without the prompt may only unfold text the page holds, and closes nothing.
LOGIN_WALL = re.compile(
    r"(?m)^[ \t\u3000]*(?:阅读全文|展开全文|查看全文|继续阅读)[^\n]{0,6}\n(?:[ \t\u3000]*\n)*"
    r"[^\n]{0,40}(?:登录|登陆|注册|会员|VIP|付费|订阅)"
)
# NOTICE_SIGNED (fix26seg, round 26): a notice without the formula ends with its signature and date all the same:
# "湖南省发展和改革委员会" / "2025年12月31日" after its last part, then the page's image, 信息来源 line, link lists,
# login bar ("### 省直单位") and the title again (hn-mlt-price-mechanism-2026, read as sections under its 二、). A date
# line (DATE_LINE) right under a signature line (at most SIGNATURE_LINE_MAX characters, no sentence mark, no heading's
# number) closes the notice as the formula does.
SIGNATURE_LINE_MAX = 40
# BOX_ABOVE_PREAMBLE (fix34seg, round 34): a newspaper's or site's reprint may set an editor's summary box between a
# decision's title and its preamble: "廉洁广州总体目标" / four targets / "廉洁广州建设主要任务" / "廉洁清明政治" / one
# sentence / … (gz-clean-city-decision-2012, read as five sections; round 34's gold: box items), then "为深入贯彻…特就
# 建设廉洁广州作出如下决定：" and "一、…". The document's own text starts at the preamble that announces its parts
# (PREAMBLE_ANNOUNCEMENT, a paragraph ending "作出如下决定：", "提出以下实施意见。"): an unnumbered heading above it,
# when numbered parts follow, is no section of it.
PREAMBLE_ANNOUNCEMENT = re.compile(
    r"(?m)^[^\n]{10,}(?:如下|以下)(?:决定|意见|实施意见|若干意见|措施|若干措施)[。：:][ \t\u3000]*$"
)
# CHAPTER_DECIMAL_PLAN_TITLES (fix17seg, after round 17's score): LISTS_UNDER_DECIMAL_OUTLINE is a standard's,
# guide's or 预案's decimal outline ("1  总则" / "1.1  编制目的"). A county plan made from a PDF puts 第N章 over
# its decimal sections and titles what it holds with （1） lines of their own over paragraphs: "第一章 规划总则" /
# "1.2 规划原则" / "（1）科学合理，合规建设" / "强化规划引领，推动…" (tx-ev-charging-2025, 37 such titles lost). Under
# a 第N章, a （1） that is a short title alone on its line (one phrase, a full stop at most at its end, at most
# STAND_ALONE_TITLE_MAX characters: "(1) 全局统筹，均衡布局，适度超前。", "（2）燃油车市场：私人乘用车占据主导，
# 公共领域车型逐步退出") stays a heading; entries running on into their paragraph stay list entries.
STAND_ALONE_TITLE_MAX = 30
# HALF_PAREN_TITLE_NUMBER (fix17seg, after round 17's score): a heading read without a marker may open with an
# arabic number closed by a half bracket, which is no marker style here: "1）聚焦核心需求，筑牢充电服务底线" /
# "2）强化多规协同，实现项目同步落地" (tx-ev-charging-2025, four principles under 第七章, each over its paragraph).
# The number is the heading's, not its title's.
HALF_PAREN_TITLE_NUMBER = re.compile(r"^(?P<number>\d{1,2}[）)])[ \t\u3000]*(?P<title>[\u4e00-\u9fff“《].*)$")
# RUNNING_TITLE (fix17seg): a PDF's map pages print the plan's title as a running title over each map, "通许县
# 新能源汽车充电设施布局专项规划（2025-2030年）" / "中心城区公共充电设施布局规划图-1" / "图例" (tx-ev-charging-2025,
# four times): after the first numbered heading, an unnumbered heading that is the document's title (bracketed
# qualifiers aside: TITLE_QUALIFIERS) and recurs (RUNNING_TITLE_MIN times at least) is no section; once, it is a
# page's second document's title ("安徽省工业互联网创新发展行动计划（2021-2023年）" under the notice's first
# document, ah-iiot-2021, heldout). MAP_LEGEND: "图例" is a map's legend label, and the
# unnumbered lines after it at its level ("机关充电设施", "环卫充电设施", …) its entries, the unnumbered line right
# above it at its level its map's caption ("中心城区公共充电设施布局规划图-1"); no gold heading of any split is a
# legend.
TITLE_QUALIFIERS = re.compile(r"[（(][^（）()]*[）)]|\s+")
RUNNING_TITLE_MIN = 2
MAP_LEGEND = "图例"
# SECOND_QUESTION_ON_LINE (fix17seg, after round 17's score): an FAQ's question may ask two things on its line,
# "十五、领取失业金期间死亡，遗属可以申请丧葬补助金和抚恤金吗？能领多少钱？" (gz-unemployment-faq-2025): the title is
# the whole line, not its first question with the second read as the answer's start.
SECOND_QUESTION_ON_LINE = re.compile(r"[ \t\u3000]*[^。；？?！\n]{1,20}[？?][ \t\u3000]*")
# GLUED_FRONT_MATTER (fix17seg, after round 17's score): an export's YAML front matter crawled onto one line keeps
# its keys, each glued to the value before it: "---id: P_2022_JS_X_1aliases:- P_2022_JS_X_1title: 2022年全省市场监管
# 主要任务分工方案official_number: 苏市监〔2022〕1号issuer: []date: '2022-03-09'…---## 政策原文…"
# (js-market-regulation-tasks-2022 on one line: titled by its file name). Between the --- marks, each value runs to
# the next key (GLUED_FRONT_MATTER_KEY: a lowercase identifier or a Chinese label, then a colon). A key follows the
# opening --- (meta19b: the block is cut as furniture too, and a one-line text opening "---…---" is no block without).
# The portal export's other labels end a value too (meta19b): "发布日期: 2021-07-20层级: 区级类型: 规划与计划…"
# (hp-heritage-14 on one line: its date was lost).
GLUED_FRONT_MATTER = re.compile(
    r"\A\ufeff?[ \t]*---(?=[ \t]*[A-Za-z_\u4e00-\u9fff]{1,30}[ \t]*[:：])(?P<body>[^\n]{1,4000}?)---"
)
GLUED_FRONT_MATTER_KEY = re.compile(
    r"(?P<key>[a-z_]{2,30}|标题|文号|发文字号|发布单位|发文机关|发布日期|成文日期|层级|类型|分类|状态|官方链接)[:：]"
)

# GLUED_FRONT_MATTER, cut (meta19b, session 19): a Markdown export's metadata block (YAML_FRONT_MATTER) crawled with its
# line breaks lost reads as one run of key: value pairs between two "---": "---标题: 黄浦区人民政府办公室关于印发
# 黄浦区历史风貌保护和利用“十四五”规划的通知文号: 黄府办发〔2021〕28号发布单位: 上海市黄浦区人民政府办公室发布日期:
# 2021-07-20层级: 区级…官方链接: https://www.shanghai.gov.cn/…&siteId=0071---" (hp-heritage-14, one-line), "---id:
# P_2022_JL_11114feealiases:- P_2022_JL_11114feetitle: 吉林省电动汽车充换电基础设施发展规划(2021-2025年)
# official_number: ''issuer:- 吉林省发展改革委员会date: '2022-11-11'region:…---" (jl-ev-charging-2021, one-line).
# Kept, the block was the opening line: its title and issuer were lost (the file stem was the title) and the page's
# 发布单位 was not read. It opens with "---" and a key (GLUED_FRONT_MATTER, fix17seg's, read by export_metadata) and is
# cut as YAML_FRONT_MATTER is (remove_front_matter), with the exporter's note under it.
# The exporter's note under that block (EXPORT_NOTE) glued on as well: each "> " line a sentence up to its "。" and
# what no Chinese follows it (a link's tail) before the next ">": "---> 本文正文由脚本自上海市官方公开页面提取，仅供
# 检索查阅；以[官方链接](https://www.shanghai.gov.cn/zhengce/detail?businessId=5_10369)发布版本为准。&siteId=0080> 依
# 《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。# 上海市嘉定区人民政府关于印发
# …的通知" (jd-illegal-land-2014, one-line). Kept, it was the opening line, and the note lines' furniture rule
# took the whole text with it.
GLUED_EXPORT_NOTE = re.compile(r"(?:[ \t]*>[^>\n]*?。[^\u4e00-\u9fff>\n]{0,40})+")
# RUN_ON_COVER (meta19b, session 19): a cover crawled onto one line runs its title on into its issuers and its date,
# past a draft's status, where line by line they stand under the title (ORGAN_NAME, _cover_issuer; MONTH_DATE_LINE,
# _cover_date_year): "市级国土空间总体规划编制指南 （试行） 征求意见稿 自然资源部 二〇二〇年八月 前  言 为贯彻落实…"
# (nat-city-plan-guide-2020, dev, one-line), "…规划（2021 年-2035 年）（草案）北京市规划和自然资源委员会 2021 年 9 月
# 前    言" (bj-eco-restoration-2035), "宜春市2022年国民经济和社会发展统计公报宜春市统计局 国家统计局宜春调查队（2023年
# 4月12日）2022年，…" (yc-stat-bulletin-2022). Read right after the title: the organs (several parted by spaces) and
# the date's year; the issuer only where nothing else names one. A cover may name no issuer: "国土空间规划城市体检
# 评估规程（试行）2020 年 10 月 19 日前 言根据…" (nat-plan-checkup-rules-2020, one-line) gives its year alone.
RUN_ON_COVER_ORGAN = r"[\u4e00-\u9fff]{2,30}[院厅部委局司府会办室署央心组处所队]"
RUN_ON_COVER = re.compile(
    r"(?:[ \u3000]*(?:[（(][^（）()\n]{1,10}[）)]|征求意见稿|送审稿|报批稿|草案))*[ \u3000]*"
    rf"(?:(?P<organs>{RUN_ON_COVER_ORGAN}(?:[ \u3000]+{RUN_ON_COVER_ORGAN})*)[ \u3000]*)?[（(]?"
    r"(?P<date>\d{4}[ \u3000]?年[ \u3000]?\d{1,2}[ \u3000]?月"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月)"
)
# PAGE_FOOTER_TAIL (meta19b, session 19): a page crawled onto one line keeps its footer after the signature, where
# line by line the footer's lines are furniture: "…国家能源局江苏监管办公室2018年9月28日扫一扫在手机打开当前页网站地图
# 联系我们地址: 南京市中山路268号汇杰广场21楼邮编:210008主办单位: 国家能源局江苏监管办公室京公网安备 11010202007691…
# 版权所有，如需转载，请注明来源" (js-retailer-supervision-2018, one-line). Cut off the text's end as
# CRAWL_TAIL_FURNITURE is, from the footer's first mark on, never past a sentence's end.
# FOOTER_MARKS (fix26meta, round 26): so do a page's back-to-top button and its copyright line, "…系统无法使用）。
# 重庆市发展和改革委员会2023年4月6日返回顶部重庆市发展和改革委员会版权所有 重庆市发展和改革委员会主办…政府网站标识码：
# 5000000043" (cq-tou-price-faq-2023 on one line).
PAGE_FOOTER_TAIL = re.compile(r"(?:扫一扫在手机打开当前页|网站地图|联系我们|主办单位[:：]|返回顶部|版权所有)[^。]*\Z")
# RELATED_LIST_TAIL (fix27seg, round 27): a ministry page ends, under the signature and date, with its
# related-links box and its ranking list: "2024年8月23日" / "附件：" / "[1.…申报表](….docx)" / "相关政策与解读" /
# "排行榜" / "- _01_" / "## [2026年4月21日国内成品油价格下调](…)" / "2026-04-21" … (nat-v2g-pilot-2024,
# nat-power-stability-2023, nat-capacity-price-2026, nat-carbon-standards-metrology-2024: ndrc.gov.cn pages).
# Cut off from the box's label on its own line, looked for in the text's last RELATED_LIST_WINDOW characters only
# (a ranking list runs long; a label of that name higher up heads the document's own part), before the signature
# is read.
RELATED_LIST_TAIL = re.compile(
    r"(?:^|\n)(?:相关(?:政策与解读|政策|文件|解读|链接|阅读|新闻)|排行榜)[ \t\u3000]*\n[\s\S]*\Z"
)
RELATED_LIST_WINDOW = 6000
# RELATED_LIST_NOT_SECTIONS (seg54, session 40): the page's related-links box and ranking list cut off before the
# signature is read (RELATED_LIST_TAIL) hold no section of the document either. Under an empty "附件：" label (its
# links were a row of icons) the ranking list's label was read as the attachment's title, a level-1 heading:
# "…营造全社会共同参与的良好氛围。" / "附件：" / "排行榜" / "- _01_" / "## [2026年4月21日国内成品油价格下调](…)"
# (qh-equip-renewal-2024, heldout23; nat-industrial-equipment-renewal-2024, heldout16; hi-trade-in-renewal-2025,
# heldout19: the same ndrc.gov.cn page furniture). A heading whose title is read from that tail, the box's label
# line included, is dropped. RELATED_LIST_NO_SENTENCE: only a tail that holds no sentence end is such a box
# (link titles and dates); a short page's "相关新闻" box above the notice, "相关新闻" /
# "【政策解读】《…》政策解读 2025-07-05" / "穗府办规〔2025〕8号" / "广州市人民政府办公厅关于重新发布…的通知" …
# (gz-points-hukou-2025, heldout15), is followed by the whole document, its sentences and headings.
RELATED_LIST_NOT_SECTIONS = True
RELATED_LIST_NO_SENTENCE = "。"
# EMPTY_ANNEX_LABEL_TAIL (fix27seg, round 27): a page's "附件：" label under the date whose list was a row of
# links or an icon (cut as MARKDOWN_LINKS_TAIL) is left with nothing after it: "国家发展改革委办公厅" /
# "国家能源局综合司" / "2022年5月24日" / "附件：" / "![](…/icon_zhiding@2x.png)" (nat-storage-market-2022); the
# signature above it is the text's end.
EMPTY_ANNEX_LABEL_TAIL = re.compile(r"(?:^|\n|(?<=日))附件[：:]?\n*\Z")
# ATTACHED_FILE_END: the link to an attached file ends its line, the signature under it; on one line the
# signature follows the file's extension: "附件2：售电企业基本情况表.xls国家能源局江苏监管办公室2018年9月28日"
# (js-retailer-supervision-2018). The break is put back there before the signature is read (CLOSING_SIGNATURE
# starts after a sentence's end or a break).
ATTACHED_FILE_END = re.compile(r"\.(?:xlsx?|docx?|pdf|wps|ofd|zip|rar)(?=[\u4e00-\u9fff])", re.IGNORECASE)
# BRACKETED_ORGAN_AFTER_SENTENCE: CLOSING_BRACKETED_ORGAN's "（万载县统计局）" on a line of its own, on one line
# right after the last sentence: "…农村居民家庭恩格尔系数为41.77%。（万载县统计局）" (wz-stat-bulletin-2015).
BRACKETED_ORGAN_AFTER_SENTENCE = re.compile(rf"(?<=。)[（(](?P<organs>[\u4e00-\u9fff、]{{1,60}}?{_ORGAN_END})[）)]$")
# ESCAPED_BRACKET (fix27seg, round 27): a markdown export escapes square brackets, so a 文号 written with them
# reads "苏商运\[2025\]56号" under a red head's "江苏省商务厅" / "文件" (js-fuel-retail-inspection-2025, a PDF
# crawled to markdown; no 文号 was found): the escape is the export's, not the document's. Metadata is read with a
# year's brackets unescaped; other escaped brackets stay ("…有关情况[\[政策原文\]](…)", a link's label after a
# headline, nat-green-consumption-presser-2026).
ESCAPED_BRACKET = re.compile(r"\\\[(\d{4})\\\]")
# SQUARE_NUMBER_BRACKETS (fix27seg, round 27): a 文号's year stands in 六角括号 〔〕; square brackets are what a
# keyboard typed for them, "苏商运[2025]56号" for 苏商运〔2025〕56号 (js-fuel-retail-inspection-2025; round 27's gold
# names it with 〔〕, as every round's gold does). The guessed 文号 is kept with 〔〕.
SQUARE_NUMBER_BRACKETS = str.maketrans("[]［］", "〔〕〔〕")
# GLUED_NUMBER (meta19b, session 19): a page crawled onto one line glues the notice's 文号 to what its own line had
# neighbours: the page's words before it (a site's name, a column, a search button, a red head's 文件) and the
# notice title after it, "…-广州市人力资源和社会保障局网站穗人社规字〔2022〕2号广州市人力资源和社会保障局 广州市公安局
# 关于印发…的通知各有关单位：" (gz-talent-hukou-2022), "搜索穗医保规字〔2024〕1号广州市医疗保障局 广州市财政局…关于
# 印发…" (gz-ltc-insurance-2024), "国家能源局华北监管局文件华北监能市场〔2019〕228号华北能源监管局关于印发…"
# (hb-spot-surplus-2019); or the notice title before it and the addressees after it, "…关于印发《…》的通知渝经信规范
# 〔2025〕13号各有关单位：" (cq-icv-truck-measures-2025), its line's page furniture ahead. The number's issuer code
# starts after the page word (NUMBER_AFTER_PAGE_WORD) or after the title's 的通知 (NUMBER_AFTER_NOTICE_TITLE).
# GLUED_NUMBER_GAP (meta48, session 36): a PDF's number keeps the gap around its serial on one line as on its own
# line (DOC_NUMBER_GAP): "文件江建〔2026〕55 号江门市住房和城乡建设局 江门市财政局关于印发《…》"
# (jiangmen-talent-housing-voucher-2026, one-line). NOTICE_TITLE_NUMBER_BRACKETS: and the notice title may hold its
# number in brackets: "…（2025 年）的通知（医保发〔2025〕33 号）各省、自治区…：" (nat-drug-list-notice-2025, one-line).
_GLUED_NUMBER = (
    rf"(?P<number>(?:(?!的)[\u4e00-\u9fff]){{1,10}}[〔\[［]\d{{4}}[〕\]］]{DOC_NUMBER_GAP}\d{{1,4}}{DOC_NUMBER_GAP}号)"
)
NUMBER_AFTER_PAGE_WORD = re.compile(rf"(?:网站|文件|搜索|信息公开){_GLUED_NUMBER}(?=[^。，：:\n]{{2,80}}?关于)")
# NUMBER_OVER_TABLE_DATE (fixmeta54, round 54): a portal's metadata table gives the notice's title, its 文号 and its
# date one cell a line; on one line the number stands between the title and the date: "…关于印发广东省进一步提振和
# 扩大消费若干措施的通知粤办函〔2023〕305号2023-11-24**广东省人民政府办公厅关于…" (gd-consumption-measures-2023).
NUMBER_OVER_TABLE_DATE = r"(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)"
NUMBER_AFTER_NOTICE_TITLE = re.compile(
    rf"的通知[（(]?{_GLUED_NUMBER}[）)]?(?=各[^。\n]{{1,120}}?[：:]|{NUMBER_OVER_TABLE_DATE})"
)
# NUMBER_BEFORE_RECIPIENTS (fixmeta44, round 44): a repost that prints its notice without a title line leads it with
# the 文号, and on one line that number stands between the page's words and the addressees: "来源:甘肃省文化和旅游厅
# 网站甘文旅厅字〔2021〕72号各市州文化和旅游部门,…,机关各处室:为进一步…" (gs-culture-tourism-14fyp-2021), "…签署战略
# 合作协......晋政发〔2018〕30号各市、县人民政府,省人民政府各委、办、厅、局:现将《…》印发给你们" (shanxi-blue-sky-
# action-plan-2018). The number starts after a page word (as NUMBER_AFTER_PAGE_WORD's) or where no Chinese character,
# bracket or quotation mark stands before it (a 文号 cited in a sentence stands in brackets), the addressees after it.
# READ_ALOUD_BUTTON (fixmeta54): a portal's 朗读 (read aloud) button stands before the number as a page word does:
# "来源：内蒙古自治区能源局朗读内能源新能发〔2026〕1号各盟市能源局、…：" (nm-green-direct-supply-2026,
# md-ne-price-reform-2025, heldout32, one-line; their 文号 lost).
NUMBER_BEFORE_RECIPIENTS = re.compile(
    rf"(?:(?<=网站)|(?<=文件)|(?<=搜索)|(?<=信息公开)|(?<=朗读)|(?<![\u4e00-\u9fff（(《〈“\"]))"
    rf"{_GLUED_NUMBER}(?=各[^。\n]{{1,120}}?[：:])"
)
# NUMBER_AFTER_DISCLOSURE_SCOPE (fixmeta60, round 60): a portal's metadata block whose labels the page reader lost (a
# 浙江 county's 政府信息公开 page sets them in <h1> elements the extractor drops) keeps its values one a line, the
# disclosure scope over the 文件编号: "2023-04-21" / "面向社会" / "慈住建〔2023〕36号" / "发布日期：2023-04-24 15:12
# 信息来源：市住建局" (cixi-rental-housing-operation-subsidy-rules-2023, the number read from its own line). On one line
# the number is glued between the scope's value and the article's date field, "…2023-04-21面向社会慈住建〔2023〕36号
# 发布日期：…", and was lost: no page word stood before it. The scope's value (面向社会, 主动公开, 依申请公开, 不予公开)
# is a page word as a site's name is (NUMBER_AFTER_PAGE_WORD), never a code's first characters; the number is the
# field's where another field's label and colon, the notice's 关于 title or its addressees follow it.
DISCLOSURE_SCOPE_VALUE = "(?:面向社会|主动公开|依申请公开|不予公开)"
NUMBER_AFTER_DISCLOSURE_SCOPE = re.compile(
    rf"{DISCLOSURE_SCOPE_VALUE}{_GLUED_NUMBER}"
    rf"(?=[\u4e00-\u9fff]{{2,6}}[：:]|[^。，：:\n]{{0,{NUMBER_OVER_ISSUER_CHARS}}}?关于|各[^。\n]{{1,120}}?[：:])"
)
# NUMBER_LINE_AS_SPACES (fixmeta57, round 57): a crawl that kept each former line break as a single space keeps the
# notice's 文号 line as a number between spaces, after the page's share buttons and before the notice title: "…时间：
# 2013-12-16 15:42 微信 微博 QQ空间 闽岚综实管办〔2013〕142号 平潭综合实验区管委会办公室关于 印发《交通建设工程标准化
# 管理实施方案》的通知 平潭县人民政府，…：" (pt-transport-works-standardization-2013, the 平潭 portal on one line). With
# the breaks the number is a line of its own over the title (NUMBER_ABOVE_TITLE); between spaces it is that line. A
# number cited in a sentence stands in brackets or runs on from words, not between spaces before a 关于 title.
NUMBER_LINE_AS_SPACES = re.compile(
    rf"(?<=[ \u3000]){_GLUED_NUMBER}(?=[ \u3000][^。，：:\n]{{0,{NUMBER_OVER_ISSUER_CHARS}}}?关于)"
)
# NUMBER_AFTER_LABEL (fixmeta54): a portal's metadata table on one line keeps the number right after its label, in
# whatever marks the crawl left: "5. \\[发文字号\\] 京经信发〔2024〕69号6. \\[失效日期\\]" (bj-hydrogen-measures-2024,
# bj-charging-rewards-2024), "- 发文字号- 涪陵府发〔2024〕23号- 有 效 性-" (fl-energy-station-2023), "文号
# 临政办字〔2021〕90号 公开方式" (linyi-emergency-support-action-interp-2021): read as their lines are. The table may
# follow a site's menu of links thousands of characters long (bj's 4,500): the label is looked for further than the
# opening (NUMBER_LABEL_WINDOW). NUMBER_FIELD_FILE_NUMBER (fixmeta59): or label it 文件编号,
# "索引号:2102000003/2021-13983文件编号:大政办发〔2021〕31号成文日期:" (dalian-housing-regulation-notice-2021
# on one line).
NUMBER_LABEL_WINDOW = 8000
NUMBER_AFTER_LABEL = re.compile(rf"(?:发文字号|文件编号|文号)[ \u3000\t\\\]】）)：:\-]*{_GLUED_NUMBER}")
# SHORT_GOVERNMENT (meta19b): a page's 发布单位 may name a government as it calls itself, "区政府", under a notice title
# naming it in full, "上海市嘉定区人民政府关于印发《嘉定区2014年违法用地专项治理行动实施方案》的通知"
# (jd-illegal-land-2014, one-line): for FULLER_ISSUER the full name's 人民政府 reads as 政府.
SHORT_GOVERNMENT = ("人民政府", "政府")
# ENERGY_REGULATOR_SHORT (meta30, session 30): the National Energy Administration's regional regulators call themselves
# short in titles and signatures, "华北能源监管局关于进一步规范电力调峰辅助服务市场结算流程的通知"
# (hb-peak-settlement-2021, its footer "主办单位: 国家能源局华北监管局"), "南方能源监管局" / "2025 年 12 月 19 日"
# (south-ne-market-2025), a province's office "山东能源监管办": the issuer is named as the body is,
# 国家能源局华北监管局, 国家能源局山东监管办公室.
ENERGY_REGULATOR_SHORT = re.compile(
    r"(?<!国家能源局)(?P<region>华北|东北|西北|华东|华中|南方|西南|[\u4e00-\u9fff]{2})能源监管(?P<body>局|办(?:公室)?)"
)
# STANDARD_COVER (meta19b, session 19): a standard's cover crawled onto one line runs its kind ("地 方 标 准", "行 业
# 标 准", letter-spaced) and its number ("DB 11/T XXXX—XXXX", "TD/T XXXX—202X", "DB33/T 2016—2016") on into its title,
# which ends at its status in brackets or its English title: "北 京 市 地 方 标 准 DB 11/T XXXX—XXXX 地震安全韧性城市
# 建设导则 （征求意见稿） Guideline for earthquake resilient city construction" (bj-quake-resilience-guide, one-line),
# "中 华 人 民 共 和 国土 地 管 理 行 业 标 准 TD/T XXXX—202X 城区范围 确定规程 Code of practice for …"
# (nat-urban-area-std-draft). Line by line the title is the cover's headline; here it is read after the number, its
# wrapping spaces dropped.
STANDARD_COVER = re.compile(
    r"标[ \u3000]*准[ \u3000]*[A-Z]{1,4}[ \u3000]*\d{0,3}/[A-Z][ \u3000]*[\dX]{1,5}[—\-–][\dX]{2,4}[ \u3000]*"
    r"(?P<title>[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{3,40}?)[ \u3000]*(?=\s*(?:[（(]|[A-Z][a-z])|$)"
)
STANDARD_COVER_ONE_LINE_CHARS = 300  # a one-line cover: the title follows the number within this
# NUMBER_IN_ISSUER (meta19b, session 19): a notice title read off a one-line crawl may hold, before its issuer, the
# page's words and the 文号 glued in front of it (GLUED_NUMBER): "搜索穗医保规字〔2024〕1号广州市医疗保障局 广州市财政局
# 广州市民政局 广州市卫生健康委员会关于印发广州市长期护理保险试行办法的通知" (gz-ltc-insurance-2024, one-line). No
# issuer's name holds a 文号: the issuer is what follows it.
NUMBER_IN_ISSUER = re.compile(DOC_NUMBER_TEXT)
# ISSUER_SHAPE (fixmeta53, round 53): an issuer is a name, or names joined by 、 or spaces, never a sentence. A portal's
# 发布机构 field crawled onto one line runs on into the page's next fields and its whole body, "发布机构: 平潭综合实验区
# 市场监督管理局栏目: 部门文件原文链接: https://…的通知》（闽工商企监〔2016〕54号）和《…》（岚综管综〔2016〕59号）精神，
# 维护良好的市场经济和社会秩序，我局…" (pt-road-safety-three-year-plan-2016 joined): NUMBER_IN_ISSUER then kept what
# followed the body's last 文号, 1,500 characters of it. A value holding a sentence's punctuation, or longer than the
# longest joint issuers of the scored texts (eleven ministries, under 120 characters), names no issuer: the next
# reading is asked.
ISSUER_SENTENCE_MARK = re.compile(r"[。，；！？：:]")
ISSUER_MAX_CHARS = 150
# ISSUER_FIELD_NOT_ORGAN (fixmeta53, round 53): a portal fills its 发布机构 field with the site's own name where the
# department gave none, "发布机构: 中国平潭" over "平潭县国土资源局开展国有资产清查工作方案" and over "平潭县城乡医疗
# 救助实施办法" (pt-land-bureau-asset-inventory-plan-2012, pt-medical-aid-rules-2012; "来源：中国平潭" at their end).
# A body's name ends as an organ's does (局, 委员会, 人民政府, 银行, …; joint issuers abbreviated "…等",
# ABBREVIATED_ISSUERS): a value ending otherwise is the site's name, no issuer, and the title or signature is read.
ISSUER_FIELD_ORGAN_END = re.compile(rf"(?:{_ORGAN_END}|[行社台站报司校学等])$")
# TOWNSHIP_ISSUER_FIELD (fixlin56, after round 56's score): a township's portal page names the township alone
# in its 发布机构 field, "发布机构: 芦洋乡" over "芦洋乡2016年消防安全排查整治工作方案" and
# "芦洋乡2017年火灾隐患排查整治工作方案" (lineage56; "来源：芦洋乡" at their end, no signature), which
# ISSUER_FIELD_NOT_ORGAN took for a site's name: they had no issuer, while the township's signed texts read
# "芦洋乡人民政府" (its 2016 夏季消防安全检查实施方案, signed "芦洋乡人民政府 2016年6月8日"), and the township's
# yearly campaign followed nothing (ISSUER_SERIES wants a named issuer). A 乡 or 镇 (民族乡 too) has one organ of
# its own name, its 人民政府 (宪法 第九十五条: 乡、民族乡、镇设立人民代表大会和人民政府), so a field naming a
# township alone names that government ("潭城镇" → 潭城镇人民政府). Not the words 城乡 and 城镇 (住房和城乡…),
# not a 街道 (its office is the district's).
TOWNSHIP_ISSUER_FIELD = re.compile(r"^(?!城镇$)[\u4e00-\u9fff]{1,8}(?:(?<!城)乡|镇)$")
TOWNSHIP_GOVERNMENT = "人民政府"
# TOPIC_TITLE (after round 18's score): a reply's points read inline are titled by the question they answer,
# "关于…问题", glued to the answer: "一、关于从根本上巩固退耕还林成果问题|贵州省要…", "四、关于实施“科技兴黔”问题|一是…"
# (nat-guizhou-eco-reply-2004, a 国务院办公厅 复函 crawled onto one line; an opener inside the question, 巩固,
# cut it at "关于从根本上"). Such a title ends at its first 问题.
TOPIC_TITLE = re.compile(r"关于[^。；，：]{2,40}?问题")
# REGULATION_ADOPTION (fix19seg, after round 19's score): a local regulation (条例, 规定, 办法) is the people's
# congress's, or its standing committee's, that adopted it, as the bracketed note under its title says:
# "（2019年5月30日河北省第十三届人民代表大会常务委员会第十次会议通过）" → 河北省人民代表大会常务委员会
# (hb-civilized-conduct-regs-2019), "（2020年5月12日云南省第十三届人民代表大会第三次会议通过）" → 云南省人民代表大会
# (yn-eco-civilization-pioneer-regs-2020), "（2018年7月27日东莞市第十六届人民代表大会常务委员会第十五次会议通过
# 2018年9月30日广东省…批准…）" → 东莞市人民代表大会常务委员会 (dg-eco-civilization-regs-2018: the adopting body, not
# the province that approved it). Read in the note right under the title (REGULATION_ADOPTION_CHARS), its line breaks
# and spaces dropped (Word files break the note mid-word: "常务委\n员会").
# ABBREVIATED_CONGRESS (fix22seg, round 22): an older note names the session short, without 第 before the term
# and with the congress abbreviated: "（1994年2月21日黑龙江省八届人大常委会第八次会议通过 …修正 2008年6月13日
# 黑龙江省第十一届人民代表大会常务委员会第三次会议修订）" (hlj-civilized-units-regs-2008) → 黑龙江省人民代表大会
# 常务委员会, named in full.
# ARABIC_SESSION (fix26meta, after round 26): a note may number the session in Arabic digits, "（2019年7月12日西宁市第十
# 六届人民代表大会常务委员会第22次会议通过 2019年7月31日青海省…批准）" (xn-civilized-behavior-regs-2019, heldout24: no
# issuer found).
REGULATION_TITLE = re.compile(r"(?:条例|规定|办法)$")
# PARTY_REGULATION_ISSUER (meta31, session 31): the Party's own regulations named 条例 or 准则 are made by the Central
# Committee alone (中国共产党党内法规制定条例: other organs' regulations are named 规定, 办法, 规则 or 细则), and a
# reprint often prints neither a notice nor a signature: "中国共产党纪律处分条例" / "（2018年修订，自2018年10月1日起施
# 行）" (nat-party-discipline-rules-2018, round 37, a school page's weekly study material) is 中共中央's.
PARTY_REGULATION_TITLE = re.compile(r"^中国共产党[\u4e00-\u9fff、“”]{2,30}(?:条例|准则)(?:[（(]试行[）)])?$")
PARTY_CENTRAL_COMMITTEE = "中共中央"
REGULATION_ADOPTION = re.compile(
    r"[（(](?:\d{4}年\d{1,2}月\d{1,2}日)?(?P<body>[\u4e00-\u9fff]{2,12}?)?第?[一二三四五六七八九十]+届"
    r"(?P<national>全国)?(?:人民代表大会|人大)(?P<standing>常务委员会|常委会)?第(?:[一二三四五六七八九十]+|\d{1,3})次"
    r"(?:全体)?会议"
    r"(?:审议)?通过"
)
REGULATION_ADOPTION_CHARS = 200
# ABBREVIATED_ISSUERS (fix19seg, after round 19's score): a page's metadata may name joint issuers by the first and
# 等, "发文机构: 四川省发展和改革委员会等", over the notice's signature naming them all, "四川省发展和改革委员会
# 四川省财政厅" (sc-trade-in-renewal-2026): the issuers are the signature's, joined by 、. A signature line opens with
# the first issuer's name and holds only organ names (SIGNATURE_ORGANS) within the opening's first
# ABBREVIATED_ISSUER_LINES lines.
# The headline may count the others, "广州市卫生健康委等4部门关于印发…的通知" (fix28task, round 28's
# gz-family-doctor-plan-2023), over a signature of two organs a line: "广州市卫生健康委员会 广州市财政局" /
# "广州市人力资源和社会保障局 广州市医疗保障局". With a count (等N部门, 等七部门, 等4家单位) the signature's lines
# right below the first are read on while they hold organs only, and the names are the issuers only when they are
# as many as the headline counts.
ABBREVIATED_ISSUER_END = re.compile(
    r"等(?:(?P<count>[\d一二三四五六七八九十两]{1,3})(?:个|家)?(?:部门|单位|部委|委办局))?$"
)
ABBREVIATED_ISSUER_LINES = 20
SIGNATURE_ORGANS = re.compile(r"[\u4e00-\u9fff（）()]{2,30}(?:[ \u3000、]+[\u4e00-\u9fff（）()]{2,30})+")
# ONE_ORGAN_A_LINE (fixmeta56, round 56): a signature may name its issuers one a line: "北京市商务局等9部门印发《关于
# 进一步优化营商环境促进北京餐饮业高质量发展的若干措施》的通知" over "北京市商务局" / "北京市经济和信息化局" / … /
# "国家税务总局北京市税务局" / "2025年9月26日" (bj-catering-measures-2025, a 首都之窗 page). SIGNATURE_ORGANS wants
# two organs on a line, so the issuer stayed "北京市商务局等9部门". Where the headline counts them (等N部门), a line
# that is one organ's name (ending as one does, _ORGAN_END) is a signature line too: the count still decides whether
# the names read are the issuers.
SIGNATURE_ORGAN_ALONE = re.compile(rf"[\u4e00-\u9fff（）()]{{1,29}}{_ORGAN_END}")
# NEWS_HEADLINE (fix19seg, after round 19's score): a saved portal page's article may be a news report headlined as
# news, without a document kind: "本月起，这笔钱直接发放至个人！" (gz-maternity-allowance-direct-2025),
# "广东多项医保新措1月1日起实施" (gd-medical-insurance-new-measures-2025), the first line of the text as the page
# reads. Both pages were titled by their file names. When nothing else titles a text, a first line of
# NEWS_HEADLINE_CHARS characters at most, NEWS_HEADLINE_MIN_HAN Chinese characters at least, without a sentence's
# 。；： and not opening with a heading's number, is its headline; and a text headlined as news, not as a document,
# reports on a policy: its kind is interpretation.
# NEWS_HEADLINE_YEAR (seg21): a year opens a headline, not a heading's number:
# "2025年，广州市企业职工基本养老金申领详解" (gz-pension-claim-guide-2025, heldout20, once its site's name is cut:
# PAGE_TITLE_TRAIL) was titled by its file name.
NEWS_HEADLINE = re.compile(r"^(?![一二三四五六七八九十（(第]|\d(?!\d{3}年))[^。；：:\n]+$")
NEWS_HEADLINE_CHARS = 30
# NEWS_HEADLINE_DOCUMENT (fixmeta44, round 44): a page whose headline is read as news (NEWS_HEADLINE) when nothing
# else titles it may print a document whole under the document's own name: a school site's study column reprints
# "中华人民共和国宪法" (nat-constitution-2018, gold kind plan), a law reads "中华人民共和国煤炭法" (nat-coal-law-2013,
# gold plan), a school page shows its leaders' reports under "学校班子成员年度述职报告展示" (sx1z-vp-duty-reports-2024,
# gold report). A headline that is a law's title (LAW_TITLE's form) or names a report (REPORT_WORDS, a 《》 name
# taken out: REPORT_QUOTED) is the document's, no news about one; its kind is read off it as any title's.
NEWS_HEADLINE_DOCUMENT = re.compile("|".join((LAW_TITLE.pattern, *REPORT_WORDS)))
# REPEATED_NEWS_HEADLINE (fix32meta, round 32): a news page prints its headline twice, as its title and as its <h1>,
# under the site's furniture: "中华网" / "设为书签Ctrl+D将本页面保存为书签,…。" / "生态环境部:打赢蓝天保卫战重点为京津
# 冀及周边等" twice / "2018-07-04 20:36:05 新华网" / "据生态环境部网站消息,…生态环境部有关负责人就《打赢蓝天保卫战三
# 年行动计划》有关问题回答了记者的提问。" (nat-bluesky-plan-interp-2018, gold title the headline): the furniture's
# sentence hid the headline, and the Q&A was titled from its lead as an interview that lost its headline is
# (INTERVIEW_TITLE). A line of a headline's length (NEWS_HEADLINE_CHARS, with an organ's "机构:" label allowed) right
# above its own copy, among the first COVER_LINES lines, is the page's headline and titles the report.
REPEATED_NEWS_HEADLINE = re.compile(r"^(?![一二三四五六七八九十（(第]|\d(?!\d{3}年))[^。；\n]+$")
# HEADLINE_ISSUED_DOCUMENT (fix26meta, after round 26): a news agency's release of a document is headlined by who
# issued it and its title in 《》, the document following in full: "中共中央办公厅 国务院办公厅印发《碳达峰碳中和综合
# 评价考核办法》" / "新华社北京4月23日电 近日，…印发《…》，并发出通知…" / "《…》全文如下。" / "碳达峰碳中和综合评价考核
# 办法" (nat-carbon-peak-assessment-2026, heldout24, a gov.cn page: titled by its file name). The document is the
# one in 《》, its issuers the organs before 印发 (no notice's 关于 among them).
HEADLINE_ISSUED_DOCUMENT = re.compile(
    rf"^(?P<issuer>(?:(?:(?!关于)[\u4e00-\u9fff]){{2,20}}?{_ORGAN_END}[ \u3000、]*)+?)印发"
    r"《(?P<title>[^《》\n]{2,80})》(?:并发出通知)?$"
)
# LEAD_ISSUED_DOCUMENT (meta31, session 31): the same release under the document's own title names the issuers in its
# lead only: "关于加强新时代高技能人才队伍建设的意见" / "近日，中共中央办公厅、国务院办公厅印发了《关于加强新时代高技能
# 人才队伍建设的意见》，并发出通知，…" (nat-high-skill-talent-2022, round 36, a school page's weekly study material).
# The organs before 印发 issue the document when the 《》 title is the one the text is titled by. LEAD_AFTER_GLUED_TITLE
# (meta40, session 32): crawled onto one line, the lead starts right where the title ends, no break or 。 before it:
# "…**关于加强新时代高技能人才队伍建设的意见**近日，中共中央办公厅、国务院办公厅印发了《…》" (that page on one line):
# the lead is looked for from the title's end, which counts as a line's start.
LEAD_ISSUED_DOCUMENT = re.compile(
    r"(?:^|[。\n])[ \t\u3000]*(?:新华社[^，。\n]{0,20}电[ \t\u3000]*)?(?:近日|日前|\d{1,2}月\d{1,2}日)，"
    rf"(?P<issuer>(?:(?:(?!关于)[\u4e00-\u9fff]){{2,20}}?{_ORGAN_END}[ \u3000、]*)+?)(?:近日|日前)?印发了?"
    r"《(?P<title>[^《》\n]{2,80})》"
)
LEAD_ISSUED_DOCUMENT_CHARS = 600
NEWS_HEADLINE_MIN_HAN = 6
# NEWS_REPRINT (fixmeta59, round 59): a news page headlined as news (NEWS_HEADLINE) may reprint the document it reports
# whole, under a lead that says so: "洛阳出台18条房地产举措 贷款最低首付比例为20%" / "洛阳出台18条举措，…。" /
# "财联社4月29日讯，从洛阳市政府办公室获悉，…" / "政策全文如下：" / the measures (luoyang-housing-18-measures-2022,
# 财联社);
# "公积金贷款最高50万，我市出台支持房地产发展政策" / "近日，我市印发《关于加大对房地产业资金支持的若干措施》，…。" /
# "一、加大对房地产企业的信贷支持力度。…" (bozhou-housing-finance-measures-2022, a city paper). Both were titled by
# the news headline and read as interpretations; the gold has them as the plans they print (as a gov.cn release,
# "《…》全文如下。", is: nat-carbon-peak-assessment-2026, HEADLINE_ISSUED_DOCUMENT). Within NEWS_REPRINT_LINES lines
# after the headline, a line that says the full text follows (NEWS_REPRINT_FULL_TEXT), or a lead naming the document
# issued in 《》 (NEWS_LEAD_ISSUED) right above the document's first part (NEWS_REPRINT_FIRST_PART), makes the page
# the document's: titled by the name the lead gives, else by the headline's first part, what follows a space in a
# news headline being its sub-headline (a figure of one measure); its kind read off that title as any title's; its
# issuer the organ the lead names as its source (NEWS_SOURCE_ORGAN: "从洛阳市政府办公室获悉").
NEWS_REPRINT_LINES = 4
NEWS_REPRINT_FULL_TEXT = re.compile(r"^[^。；\n]{0,100}?(?:全文|原文)如下[：:。]?$")
NEWS_LEAD_ISSUED = re.compile(r"(?:印发|出台|发布)了?《(?P<title>[^《》\n]{2,80})》")
# NEWS_REPRINT_COMMENTARY: an interpretation under a news headline names the plan in its lead too, then explains it in
# parts of its own: "政策解读丨市生态环境局主要负责人解读《威海市“十四五”生态环境保护规划》政策" / "12月2日,市政府印发了
# 《…》（以下简称《规划》）。…" / "一、起草背景" (wh-eco-14fyp-interp-2021, an interpretation in the gold). A headline
# with an interpretation's word (INTERPRETATION_WORDS) reprints nothing, and a first part headed as commentary on the
# document (its background, basis, drafting, main contents, highlights) is no part of it.
NEWS_REPRINT_COMMENTARY = r"背景|依据|起草|制定过程|编制过程|主要内容|亮点|特点|解读|意义"
NEWS_REPRINT_FIRST_PART = re.compile(rf"^一[、.．](?![^。\n]{{0,6}}(?:{NEWS_REPRINT_COMMENTARY}))")
# NEWS_REPRINT_GLUED_PART: on one line the first part follows the lead's sentence right after its 。: "…若干措施》，支持
# 商品房市场…健康发展。一、加大对房地产企业的信贷支持力度。…" (the 亳州 page on one line), matched from the 》 on.
NEWS_REPRINT_GLUED_PART = re.compile(rf"[^。\n]*。一[、.．](?![^。\n]{{0,6}}(?:{NEWS_REPRINT_COMMENTARY}))")
NEWS_SUBHEADLINE_BREAK = re.compile(r"[ \u3000]+")
NEWS_SOURCE_ORGAN = re.compile(rf"从(?P<organ>[\u4e00-\u9fff]{{2,30}}?{_ORGAN_END})获悉")
# LABELLED_NEWS_HEADLINE (fix31seg, round 31): an account's article (WeChat, 腾讯新闻) heads its headline with the
# column's label and a vertical bar, and runs longer than a page's news headline, a place's colon inside:
# "权威发布丨山东：推进“将健康融入所有政策” 通过健康知识普及行动向群众提供权威准确的健康科普知识"
# (sd-health-knowledge-2025), "实录丨“海南自贸港政策解读”系列主题新闻发布会（第三十七场）——《海南省将健康融入所有
# 政策实施方案》专场" (hn-hiap-presser-2025), each the first paragraph of a saved Word file over the account's name and
# a 发布于 / date line: both were titled by their file names. A label of two to eight ideographs, then the bar, then
# a headline without a sentence's 。；, LABELLED_NEWS_HEADLINE_CHARS characters at most.
LABELLED_NEWS_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,8}[丨｜|](?=[\u4e00-\u9fff“《])[^。；\n]+$")
LABELLED_NEWS_HEADLINE_CHARS = 80
# EMPTY_HEADING_RUN (fix19seg, after round 19's score): a saved page ends with its accessibility toolbar, one word a
# line: "视窗区0" / "ALT+Shift+1" / "导航区0" / "ALT+Shift+2" / … / "读屏专用" / "声音开关" / "语速" / "配色" / "放大" /
# "缩小" / … / "退出服务" (sh-carbon-market-reform-2026, a Shanghai portal page: 22 sections). A run of at least
# EMPTY_HEADING_RUN_MIN unnumbered headings one after another, none with a Chinese character in its own text, is a
# menu or a toolbar: a document's heading has text under it, or numbered headings.
EMPTY_HEADING_RUN_MIN = 5
# ... each a word or two, as a toolbar's buttons are: not an infographic's titles without text under them, "总体要求" /
# "主线" / "强化科技创新策源功能,提升城市核心竞争力" / "基本原则" / … (shanghai-sti-center-14th-fyp-interpretation in
# data/plans).
EMPTY_HEADING_MAX_CHARS = 6
# TOP_LEVEL_FIRST (fix19seg): the page's lines dropped above a document (a breadcrumb as a numbered list, "1.
# [首页](https://www.shanghai.gov.cn/index.html "首页")", LINK_TITLE; the notice's 文号 and the plan's title line
# as front matter) took the first level, and the document's parts came out one level down: "2 实施碳排放权交易市场
# 提质增效行动" where its gold is level 1 (sh-carbon-market-reform-2026). Once such headings are dropped, the
# highest level left is level 1 and the others move up with it.
# GROUP_HEADING (fix19seg, after round 19's score): a page's unnumbered headings may stand two levels deep, a
# category right over the first title of its group: "参保待遇" / "医保“家庭共济”范围扩大至近亲属" / text /
# "连续参保和基金零报销有激励" / text / … / "医保药品" / "新版药品目录增加34个药品" / text
# (gd-medical-insurance-new-measures-2025, all in bold); "办理方式" / "一、办理材料" / text / "二、办理步骤"
# (gz-maternity-allowance-direct-2025). An unnumbered heading with no text of its own right above a heading of its
# level heads the headings of that level after it, down to the next such heading or a higher level: they move one
# level down.
# LISTED_ANNEX (fix19seg, after round 19's score): a notice may list its annex above the signature,
# "附件：2025年海南省加力扩围推动消费品以旧换新实施方案", and carry it after the date with no 附件 label, only its title
# (in bold on the page): "海南省人民政府办公厅" / "2025年1月23日" / "2025年海南省加力扩围推动消费品以旧换新实施方案" /
# "一、总体要求" (hi-trade-in-renewal-2025: the annex's title came out a sub-heading of the notice's last point, its
# parts lost). The list names the annex as "附后" announces it (UNLABELLED_ANNEX): a line above that holds
# ANNEX_LIST_LABEL and the title.
ANNEX_LIST_LABEL = "附件"
# DATED_LINK_RUN (after round 19's score): a saved page lists other articles of the site, each a link line closed by
# its date in brackets, above or beside the article: "推荐阅读" / "教育集团全体教职工大会通知[08-18]" /
# "教学楼办公室调整公告(定)[08-12]" / … / "关于开展6月支部主题党日活动的通知[06-29]" / "关于公布2021年度工作要点的通知"
# (a school's saved page of its yearly 工作要点; the title guessed from the page glued the last link to the
# article's title). A run of DATED_LINK_MIN such lines or more is the site's, not the plan's, and so is a short
# line right above it that names the list (推荐阅读, 最新动态: a menu item's length, no sentence mark).
DATED_LINK_LINE = re.compile(
    r"^[ \t\u3000]*[^\n]{2,60}?[\[［(（](?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}[\]］)）][ \t\u3000]*$"
)
DATED_LINK_MIN = 3
# GLUED_DATED_LINK_RUN (meta31, session 31): a text that lost its line breaks opens with that run glued, the list's name
# and its links one string before the headline: "推荐阅读教育集团全体教职工大会通知[08-18]教学楼办公室调整公告（定）
# [08-12]…2026年度“养新”党建活动方案[03-11]浙江省教育厅关于深化普通高中课程改革的通知各市、县（市、区）教育局：…"
# (zj-hs-curriculum-reform-2012 joined, round 36; the same school site's pages of rounds 30, 31 and 37): every such page
# was titled by its first link. The run, DATED_LINK_MIN links or more at the first line's start, is the site's.
_LINK_DATE = r"\[(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\]"
GLUED_DATED_LINK_RUN = re.compile(
    rf"^[^\[\]［］\n。]{{0,60}}?(?:{_LINK_DATE}[^\[\]［］\n。]{{2,60}}?){{{DATED_LINK_MIN - 1},}}{_LINK_DATE}"
)
# GLUED_TOC_INLINE (one20, session 20): a long plan with a 目录 crawled onto one line runs its TOC, with page numbers,
# into its body ("目录第一章 规划总则 .....11.1 编制目的和意义 .....1…* * *第一章 规划总则1.1 编制目的和意义为积极响应
# …", tx-ev-charging-2025 joined): the TOC lists two levels, or is cut short where a page number runs into the next
# entry's number ("概况 .....42.1"), while the body has four. Its body, from the first heading the TOC lists found
# there, is read inline as a text of its own, and its headings are taken where they are more than the TOC's
# (GLUED_TOC_INLINE_SHARE times as many).
GLUED_TOC_INLINE_SHARE = 1
# UNTITLED_GLUED_OUTLINE: a page's 目录 may stand past the window a TOC is looked for in (a portal's navigation and
# metadata list before it) and list no page numbers, so no TOC is parsed; read inline, its entries continue their
# numbering as headings do and the body's own 第一章 then continues nothing: "…**目 录****序言****第一章 "十三五"
# 时期发展回顾**(一)"十三五"时期发展成效(二)…**第五章 组织保障**(一)加强组织协同…(三)做好媒体宣传**序    言**
# "十三五"时期，…**第一章 "十三五"时期发展回顾**(一)…" (bj-charging-14 joined: its 17 tasks under 第四章 were lost).
# Where the headings read first stand UNTITLED_OUTLINE_GAP_MAX characters apart or less, UNTITLED_OUTLINE_MIN of them
# at least, and the first of them is written again after them, they were an outline: it is read as the TOC it is
# (GLUED_TOC_INLINE).
UNTITLED_OUTLINE_MIN = 5
UNTITLED_OUTLINE_GAP_MAX = 40
# UNTITLED_OUTLINE_IN_ORDER (join46): an outline is written again in its order, its second entry after its first; a
# close run of short parts late in a text whose first title a later attachment reuses is none: "…七、检测方法（一）
# 病原学检测聚合酶链式反应（PCR）…（二）血清学检测…八、判定标准（一）监测阳性个体…" in 附件1 of a monitoring plan,
# 附件2's "七、检测方法（一）病原检测采集…" written later (nat-animal-disease-monitoring-plan-2021 joined: read as a
# TOC, the plan's 一、…六、 and its other attachments were lost).
# FIRST_NUMBERED_UNDER_UNNUMBERED_STYLES: the styles whose run must open at 1 under unnumbered headings too (arabic
# points under a page's bold "温馨提示": "（2）已办理异地就医备案…" after a （1） that is a sentence); a （二）
# under titled articles ("第四条（支持范围）", unnumbered) opens its run, its （一） read as an entry
# (sh-renewable-fund-2020, lineage14).
FIRST_NUMBERED_UNDER_UNNUMBERED_STYLES = ("paren-arabic", "arabic")
# GLUED_DECIMAL_POINT (one20): a decimal point glued to the title of the heading read last ("第一章 规划总则|1.1 编制
# 目的和意义", "2.1 社会经济发展概况|2.1.1 区域基本情况", tx-ev-charging-2025 joined) opens its run as an arabic one
# does (GLUED_POINT_AFTER_TITLE); glued elsewhere it only goes on its style's open run.
GLUED_DECIMAL_POINT = re.compile(r"(?<=[\u4e00-\u9fff）)”])\d{1,2}(?:\.\d{1,2}){1,2}(?=[ \u3000]?[\u4e00-\u9fff“])")
# DECIMAL_TOP_OVER_FIRST_POINT (join27): a report set out as "1  概述" / "1.1 规划背景" (a chapter numbered by a
# bare figure over its decimal points, the layout of planning institutes' reports and of standards), its lines
# joined, has the chapter's figure and spaces after a sentence's end and its title glued to its first point: "…安全
# 问题。2  现状分析2.1 涪陵区概况2.1.1 地理位置涪陵区位于…" (fl-energy-station-2023 joined: its 7 chapters and 110
# headings were lost). A bare figure, spaces, and a short title without a sentence mark straight before the point
# N.1 of the same figure (not N.1.1, a deeper point) open chapter N, as the line reading's decimal-top does.
DECIMAL_TOP_TITLE_MAX = 30
DECIMAL_TOP_OVER_FIRST_POINT = re.compile(
    r"(?<=[。；！？”）)\u4e00-\u9fff])(?P<number>\d{1,2})[ \u3000]+"
    rf"(?=[\u4e00-\u9fff“][^。；！？]{{0,{DECIMAL_TOP_TITLE_MAX}}}?(?P=number)\.1(?![.\d]))"
)
# DECIMAL_TOP_OPENS_ATTACHMENT (join52): read as a text of its own from an appended attachment's title (APPENDED_LISTED_
# ATTACHMENT), the outline's chapter 1 stands at the text's very start: "1 总则1.1 为规范…" (gx-performance-risk-
# guide-2023 joined): an attachment's start is a line's start as a sentence's end is. Only there: a text cut at a
# table of contents ("目 录1 总则1.1 编制目的及依据1.2 …", nat-grain-emergency-2005 joined) reads its entries as ever.
DECIMAL_TOP_OPENS_ATTACHMENT = re.compile(
    rf"(?P<number>1)[ \u3000]+(?=[\u4e00-\u9fff“][^。；！？]{{0,{DECIMAL_TOP_TITLE_MAX}}}?1\.1(?![.\d]))"
)
# CAPTION_BEFORE_MARKER (join27): a figure's or table's caption stands on a line of its own, with no full stop; its
# lines joined, the heading after it is glued to its last word: "…AGC控制系统图3 基础共性标准子体系1.智能装备标准…",
# "图4 智能装备标准子体系（1）传感器与仪器仪表标准主要包括…" (nat-petrochem-std-guide-2022 joined: every 1. and （1）
# of its standards lost), "图2 船舶智能制造标准体系框架三、建设内容…" (nat-ship-smart-std-2019). A marker right after a
# caption - 图 or 表, its number, spaces (a figure cited in a sentence, "如图4所示", has none), a short title without a
# sentence or clause mark - stands where a line starts, as after a sentence's end.
# PAGE_DATE_BEFORE_MARKER (join40): a portal page's date line ("发布时间：2011-09-29") stands on a line of its own
# over the body; its lines joined, the body's first point is glued to the date's last figure: "…项目信息公开目录说明
# 发布时间：2011-09-29（一）项目审批公开信息1. 项目审批信息：…" (jj-project-info-catalogue-notes-2011 joined,
# heldout29: its （一） refused, every point after it was lost). A point's marker right after a date written with
# hyphens or slashes stands where a line starts, as after a caption; a sentence dates with 年月日, and no sentence runs
# a date into a （一）.
# PAGE_FURNITURE_BEFORE_MARKER (fixjoin44): the date line may carry the time and the share widget's icons, "时间：
# 2022-11-16 08:22 微信 微博 QQ空间 （一）压实管党治党责任…" (pt-haitan-plan-2022, lineage44, a pingtan.gov.cn page
# crawled onto one line: its （一） after the icons' space was refused, and (二)…(五) with it, no section at all). The
# time and the icons belong to the page's date line: a point after them stands where a line starts, after a space too.
PAGE_DATE_TIME = r"(?:[ \u3000]+\d{1,2}:\d\d(?::\d\d)?)?"
PAGE_SHARE_TARGETS = r"(?:[ \u3000]*(?:(?:新浪)?微博|微信|QQ空间|QQ|qq|朋友圈|豆瓣))*"
PAGE_DATE_BEFORE_MARKER = re.compile(
    rf"(?:19|20)\d\d[-/]\d{{1,2}}[-/]\d{{1,2}}{PAGE_DATE_TIME}{PAGE_SHARE_TARGETS}[ \u3000]*"
    r"(?P<marker>（[一二三四五六七八九十]{1,3}）|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)"
)
# UNIT_TAG_BEFORE_MARKER (join55b, round 55): a part's last line naming the units that answer for it
# ("责任单位：市财政局", UNIT_TAG_LINE) ends with no full stop; its lines joined, the next part's marker is glued to the
# last unit's name: "…以购房合同网签备案时间为准。责任单位：市财政局二、加大住房公积金和金融信贷支持（一）…责任单位：
# 市住房公积金管理中心（二）加大住房融资信贷支持…" (anyang-housing-opinion-2022 joined, heldout55: glued to words, its
# 二、…十二、 were all refused as GLUED_PART lapses, eleven of its twelve parts lost). A marker right after such a
# label and its value (names joined by 、 or ，, no sentence mark, bracket or figure) stands where a line starts, as
# after a caption; the bracketed tag "（责任单位：…）" ends at its bracket and needs no rule; "…市卫健委二、三级医院"
# is no 二、 (as GLUED_PART).
# UNIT_NAME_BRACKETS (join57, round 57): a unit's name may carry a bracketed word of its own, "各县（市）人民政府",
# "各县（市、区）", "市市场监督管理局(知识产权局)", and a tag naming many units runs past 60 characters: "…责任单位：
# 市房管局、市发改委、…、市住房公积金管理中心,各县（市）人民政府六、加大保障住房供给力度。…"
# (fz-housing-opinions-2016 joined, heldout57, 61 characters: its 二、…七、 were all refused as GLUED_PART lapses, one
# of seven measures found). A
# bracketed word with no figure, numeral, clause or sentence mark inside is part of a name (a marker's （二） is not);
# the tag's value may run to 80 characters.
UNIT_TAG_VALUE_MAX = 80
UNIT_NAME_BRACKET_CHARS = r"[^（）()\d一二三四五六七八九十。；;！？!?：:\s]{1,12}"
UNIT_NAME_BRACKETS = rf"（{UNIT_NAME_BRACKET_CHARS}）|\({UNIT_NAME_BRACKET_CHARS}\)"
UNIT_TAG_BEFORE_MARKER = re.compile(
    r"(?:牵头|参加|参与|配合|责任|协办|承办)(?:司局|单位|部门|处室|科室)[ \u3000]*[:：][ \u3000]*"
    rf"[\u4e00-\u9fff](?:[^。；;！？!?：:（）()\d\s]|{UNIT_NAME_BRACKETS}){{0,{UNIT_TAG_VALUE_MAX}}}?"
    r"(?P<marker>（[一二三四五六七八九十]{1,3}）|\([一二三四五六七八九十]{1,3}\)"
    r"|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])|\d{1,2}[.．、](?!\d))"
)
# CASES_ANNOUNCED_ENTRIES (join55b, round 55): a sentence that announces the cases a provision covers, a colon
# after them, numbers them as its clauses, not as titled parts: "…但因历史原因未达到净地条件…的土地，符合以下情形可
# 分宗与开发企业签订土地出让补充合同：（一）原规划条件中项目用地为若干独立地块，且…（二）前款规定…（三）土地出让
# 价款按补充合同约定分宗缴纳，…" (changchun-housing-opinion-2015 joined, heldout55: its three cases were level-2
# headings, "原规划条件" cut at a head noun; read by its lines they are untitled provisions). Read inline, a run of
# （一） or 一、 right after 以下/下列 情形 or 情况 and a colon, no sentence mark between, opens no headings: a case is
# what a clause names. Only where no comma stands between the cases and the colon: "且符合以下情形的，可按下述规定办
# 理土地手续：（一）完善历史上已出让的居住项目用地审批手续。" (the same text) announces the rules, titled parts.
# Only cases a condition names (符合/属于/有/存在… 以下情形): "其中，以下情形作为“新三年行动”的重点整治内容：
# (一)…" lists the work itself, the block's task items (fx-illegal-land-2024, heldout6's task gold: one-line
# recall 0.992 → 0.978 when any 以下情形 counted; found by the fresh-clone make test).
CASES_ANNOUNCED_ENTRIES = re.compile(
    r"(?:符合|属于|具有|具备|有|存在|出现|发生)(?:以下|下列|如下)(?:几种)?(?:情形|情况)"
    r"[^。；！？，,]{0,40}[：:][ \u3000]*$"
)
CASES_ANNOUNCED_STYLES = ("paren-cn", "cn")
CASES_ANNOUNCED_LOOKBEHIND = 60
CAPTION_TITLE_MAX = 30
CAPTION_BEFORE_MARKER = re.compile(
    r"(?:图|表)[ \u3000]?\d{1,2}(?:[-－—.．]\d{1,2})*[ \u3000]+[\u4e00-\u9fff“（]"
    rf"[^。；！？：\d（]{{1,{CAPTION_TITLE_MAX}}}?"
    r"(?P<marker>\d{1,2}[.．、](?!\d)|（\d{1,2}）|（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、)"
)
# GLUED_PART (one20): read inline, a part's 二、 (三、 …) may be glued to the words before it where the crawl
# dropped what ended the part above, a table or a line without a full stop: "一、房源情况本次推出分配的房源为…详见《房
# 源情况表》及附件1。房源情况表|二、分配对象根据…" (gz-public-rental-allocation-2025 joined: the table's caption, its
# rows gone). Such a marker goes on the open run of its style, the next number, where that number stands nowhere later
# after a sentence's end; it never opens a run, and a numeral or 第 before it makes it part of a longer number ("第十
# 二、"), a numeral after it one of a list of numbers ("本市二、三级社会保险定点医疗机构",
# gz-outpatient-special-disease-2019). One glued to the title of a larger part (GLUED_PART_AFTER_PART: "。第二部分：二
# 类门诊特定病种|二十八、分裂情感性障碍…", gz-outpatient-special-disease-2019; "。【第三篇】数字中国关键能力逐步强化|
# 八、数字技术创新能力…", nat-digital-china-report-2022) is that part's first point, numbered on across parts, which
# the part's reading places (PART_FIRST_POINT_GLUED): it is left to it.
GLUED_PART_AFTER_PART = re.compile(rf"第{CN_NUMERAL}(?:部分|篇|章)[^。；！？]*$")
GLUED_PART = re.compile(
    r"(?<=[\u4e00-\u9fff”》）])(?<![一二三四五六七八九十百第])[二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])(?=[\u4e00-\u9fff“])"
)
# LEAD_GLUED_FIRST_PART (fix32seg, round 32): a lead that announces the points below it may lose its colon or full
# stop, its last words glued to the first part: "…结合山东大数据工作实际，制定如下措施一、强化工作统筹协调，…"
# (sd-digital-econ-measures-2023, a data set's cell; joined it read no heading at all). A 一、 right after such an
# announcement (如下/以下 and what is announced) opens the run of parts as after a sentence's end.
LEAD_GLUED_FIRST_PART = re.compile(
    r"(?:如下|以下)(?:措施|意见|任务|要求|事项|几点意见|工作)(?P<first>一、)(?=[\u4e00-\u9fff“])"
)
# GLUED_PAREN_PART (ind21): a part's （二） (（三） …) glued to what a table left before it, a slash, a pipe or a
# percent sign: "…2029年北部科技驿站（徐行片区）1.38/2030年菊园东社区2.00/（二）全域推进海绵城市项目
# 建设1.推进海绵型地块建设。…" (jd-sponge-2024, heldout5, joined: a schedule table's rows before it). Without it
# the run of parts broke there and every later part, （三） to （六）, was lost. It goes on the open run of its
# style only (as GLUED_PART), where the first part of its style written after it after a sentence's end is the
# next number.
# Not after a digit: "…年度考评分值=（上半年考评分值+下半年考评分值）÷2（二）实行百分制。" (bt-digital-gov-eval-2022,
# heldout5, joined) is a part too, but its run's later parts (（三）以各牵头考核单位报送分值为基础，…) then had their
# titles cut short: two wrong headings for one right.
# GLUED_PAREN_RUN: several parts in a row may be so glued, each after a box's table left as pipes: "…创新生态。|专栏3：
# 创新能力提升行动——科技成果转化 |||（二）矿产资源固基行动1.增强…。|专栏4：…“四个矿山”建设 |||（三）强链补链攻坚行动
# 1.强化精准招商…。（四）产业主体育优行动…" (hn-lithium-storage-2024, heldout15, joined): a glued part is followed by
# its next number, glued or after a sentence's end.
GLUED_PAREN_PART = re.compile(r"(?<=[/|%])（[二三四五六七八九十]{1,3}）(?=[\u4e00-\u9fff“])")
# INLINE_DATE_OPENER (one20): a title read inline may run into a first sentence that opens with a full date, then a
# comma or 起: "（一）公布房源|2025年3月20日，市住房保障办…", "（五）资格复核|2025年4月11日起，由各区住房保障部门…"
# (gz-public-rental-allocation-2025 joined; a notice's steps are dated). A title names a day without them.
# A year then 是 or a comma opens one as well: "一、工作回顾|2025年是“十四五”收官之年" (dev's gov reports joined).
# STAGE_LABEL_OPENER (join31): a schedule's title read inline runs into its first stage's label, an ordinal stage and
# a colon: "三、时间安排|第一阶段：2016年4月，印发…；第二阶段：…" (nat-illness-poverty-survey-2016 joined, read whole
# up to its first 。); a title names a stage without the colon ("（二）第一阶段重点任务").
STAGE_LABEL_OPENER = re.compile(r"第[一二三四五六七八九十]{1,3}(?:阶段|步|批|期)[：:]")
# DATED_PERIOD_OPENER (join55b, round 55): a measure's first sentence may open with the period it runs, 自 before its
# first day and the year again after 至: "一、实施购房契税补贴|2022年4月25日至2022年12月31日，在安阳市区内购买…"
# (anyang-housing-opinion-2022 joined), "十四、鼓励企业开展商品房团购活动|自2023年1月1日至2023年12月31日，面向…"
# (jilin-housing-consumption-measures-2023 joined, heldout55: both titles ran on to the comma or past it).
INLINE_DATE_OPENER = re.compile(
    r"(?:自|从)?(?:19|20)\d\d年(?:\d{1,2}月\d{1,2}日(?:至(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午)?(?=[，,]|起)"
    r"|\d{1,2}月(?=[，,])|(?=是|[，,]))"
)
# INLINE_LEAD_OPENERS (one20): words that open a glued first sentence read inline, whatever the title: 一是 opens the
# first of a task's counted measures ("（二）完善高速公路及国省干线补能网络|一是以高速公路…", "（四）强化重点场景充电
# 服务|一是加快…", yn-ev-charging-doubling-2026 joined) and 本次 a notice's account of this round ("一、房源情况|本次
# 推出分配的房源为…", gz-public-rental-allocation-2025 joined); neither stands inside a title after its first words.
# The document speaking of itself opens such a sentence too: "第一节  规划概述|本规划是崇阳县“十五五”期间…"
# (cy-fuel-stations-2026 joined); a title names it after a verb first ("编制本规划的依据"), inside GLUED_TITLE_MIN. So
# do a standard's or a guide's own words of scope and its "based on" / "according to": "（二）互联互通与系统集成标准|
# 主要包括全厂通信网络架构…" (heldout10), "1.陶瓷领域|本部分标准适用于建筑陶瓷…", "（一）数据架构|本工程涉及…"
# (heldout7), "人工智能安全治理框架构成|基于风险管理理念，…" (heldout10), "（三）评估标准|依据《重大活动食品安全监督…
# 》" (heldout17).
# (join50) and a standard or a county's measures name themselves 本文件 / 本措施: "（二）补贴总额度|本文件实施期内购房消
# 费补贴总额不超过1000万元", "（三）发放流程|本措施补贴申报时间截止…" (fj-mingxi-housing-measures-2022, heldout49
# joined); "规范性引用文件|本文件没有规范性引用文件", "范围|本文件规定了…" (nat-urban-area-std-draft,
# bj-quake-resilience-guide, the standards' parts). 治本措施 / 根本措施 are words (OPENER_WORD_HEADS).
# (join50) and a plan's chapter names itself 本章 as its part does 本部分: "一、发展现状|本章具体分析国外、国内
# 综合化能源站发展现状，…" (ll-energy-station-2025, heldout16 joined).
INLINE_LEAD_OPENERS = (
    "一是", "本次", "本规划", "本方案", "本计划", "本办法", "本意见", "本通知",
    "主要包括", "本部分", "本工程", "本标准", "本指南", "基于", "依据",
    "本《", "为贯彻", "为深入贯彻", "为进一步", "为确保",
    "本文件", "本措施", "本章",
)  # fmt: skip
# PROVISION_HEAD_NOUN_SUBJECTS (join51): after a part's head noun (PROVISION_HEAD_NOUN_GLUED) the sentence of a titled
# （n） among untitled provisions opens with the text or the round naming itself, as it does read inline
# (INLINE_LEAD_OPENERS, THIS_ROUND_SUBJECT), or with the place it speaks for (INLINE_SUBJECT_OPENERS):
# "（四）发放流程|本措施补贴申报时间截止2023年8月20日" (fj-mingxi-housing-measures-2022 joined: its （一）…（三）
# open with their subject, so all four were read as untitled provisions, titled by their whole first sentence).
PROVISION_HEAD_NOUN_SUBJECTS = (*INLINE_LEAD_OPENERS, *THIS_ROUND_SUBJECT, *INLINE_SUBJECT_OPENERS)
# GLUED_POINT_AFTER_COUPLET (one20): the title a point is glued to (GLUED_POINT_AFTER_TITLE) may be a couplet, two
# short clauses joined by one ，: "一、深化营商环境改革，支持市场主体发展|1．深化改革激活力。…二、强化市场秩序治理，营
# 造公平竞争环境|4．加强公平竞争监管。" (js-market-regulation-tasks-2022 joined; its 1．… under each part numbered
# on). Each clause is at most GLUED_POINT_COUPLET_CLAUSE_MAX characters; any other mark between title and point is a
# sentence's.
GLUED_POINT_COUPLET_CLAUSE_MAX = 12
# GLUED_POINT_AFTER_PART_CLAUSES (join44): a part's title in words (一、) may run in two or three longer clauses before
# its first point: "一、完善和简化政府采购预算编制和执行确认程序，提高政府采购预算管理水平|1.应编尽编政府采购
# 预算。…二、改进集中采购服务，优化政府采购流程，着力提高政府采购效率|4.建立政府采购临时确认制度。"
# (zj-procurement-efficiency-2010 joined: none of its 30 points, numbered on across six parts, was read). Only after
# a 一、 part, each clause at most GLUED_POINT_PART_CLAUSE_MAX characters, at most GLUED_POINT_PART_CLAUSES of them,
# joined by ， alone (an enumeration's 、 inside a clause: "四、以信息化为手段，促进政府采购管理和操作的规范化、科学化和
# 现代化|16.加快“一网三库”建设。"); no other mark (GLUED_POINT_PART_MARK).
GLUED_POINT_PART_STYLES = ("cn",)
GLUED_POINT_PART_CLAUSE_MAX = 24
GLUED_POINT_PART_MARK = re.compile(r"[；：,;:。！？\n]")
GLUED_POINT_PART_CLAUSES = 3
# GLUED_WORD_TAIL (one20): a text whose sentences end without a mark (PDF text whose every 。 became a line break,
# joined onto one line) runs each paragraph's last words into the next heading, whose title ends where the paragraph
# start left its spaces (normalisation breaks the line there): "…推向前进第二章  全面贯彻落实科学发展观", "…提高农业的
# 组织化程度第四节  完善农村流通体系" (nat-fyp-11 joined), "…保持三步走发展战略的连续性一、“八五”计划完成情况"
# (nat-fyp-9 joined), "…促进城乡共同进步第二章国民经济和社会发展的主要目标" (nat-fyp-10 joined, its chapters
# unspaced). A chapter marker, or a 一、 part, glued to a word with its title (one clause, or two as
# GLUED_TWO_CLAUSE_TITLE allows) to the end of a line is split off as GLUED_HEADING_TAIL's are, in sequence (a 第一节
# may open again under each chapter); a 一 that ends a word (GLUED_FIRST_PART_WORDS: 统一、) is none, nor is a
# numeral's 、 that separates thousands ("共为二、九七一公里", nat-fyp-1).
GLUED_WORD_TAIL = re.compile(
    rf"(?<=[\u4e00-\u9fff”])(?P<head>第{CN_NUMERAL}(?:部分|[章节篇编])[ \u3000]*"
    rf"|{CN_NUMERAL}、(?![一二三四五六七八九十百千〇○零两]))"
    r"(?=[\u4e00-\u9fff“][^。，,；;：:！？!?\t\n]{1,40}(?:，[^。，,；;：:！？!?\t\n]{2,30})?$)"
)
# DECIMAL_UNDER_PART (one20): a TOC's decimal entries may number under its parts, the part's number first: "一、新阶段新
# 起点…1.1“五个中心”建设既定目标如期实现…1.2…二、“十四五”时期…2.1 指导思想" (sh-fyp-14), "第一章 规划总则 …1.1 编制目的
# 和意义 …第二章 …2.1 社会经济发展概况" (tx-ev-charging-2025). Joined onto one line each page number runs into the next
# entry's number ("…发展........11.1“五个中心”…", "概况 .....42.1"): only the spelling the part's number gives (1.1
# after 一、, 2.1 after 第二章, 1.2 after 1.1 under 一、) finds where the entry starts.
DECIMAL_UNDER_PART_STYLES = ("cn",)
# INLINE_LOST_FIRST_CHAPTER (one20): a plan whose 第一章 line was lost opens with its 第一节 (cy-fuel-stations-2026: "
# 第一节  规划概述…第四节  规划范围与规划年限…。第二章  现状分析第一节  崇阳县社会经济发展情况…"); read inline, its 第
# 二章 opens the chapters at the top level, the sections it was under gone, and its own 第一节 opens under it.
INLINE_LOST_FIRST_CHAPTER = ("chapter:章", "chapter:节")
# EXCERPT_OPENING_MARKER (join26b): a text that is an excerpt of a plan opens with the part it was cut from, whatever
# its number ("三、规划重点任务（一）推动生态能级高标准跃升…" cm-eco-civ-demo-2024, "二、“十五五”时期主要目标任务
# 按照…" fl-gwr-2026, task excerpts read inline): read inline, a marker that stands first in the whole text (spaces
# aside) opens its style (a part's, EXCERPT_FIRST_PART_STYLES) at its own number, as a line of its own opens it when
# the lines are kept (EXCERPT_FIRST_PART); elsewhere a style opens at 1 only (a glued line of a text read by lines,
# "（3）随着…" in jl-ev-charging-2021, goes on the numbering open before it).
# INLINE_ISSUED_DOCUMENTS (one20): a notice crawled onto one line that issues two documents or more names them in 《》
# ("国务院同意国家计划委员会会同有关部门拟定的《燃料统一管理、凭证定量供应办法》、《加强计划用电、实行凭证供电办法》。
# 现转发给你们", nat-fuel-power-rationing-1978) and then runs each one's title, without its 《》, into its text ("（本
# 文有删减）燃料统一管理、凭证定量供应办法燃料（包括煤炭…）是…一、统一管理燃料资源…十、本办法自…加强计划用电、实行凭证
# 供电办法在国民经济…一、实行凭证供电制…"). Each title found so, in order, heads its document at the top level, and
# the document's points, numbered from 一、 again, sit under it (ISSUED_DOCUMENT of the line reading).
# ISSUED_TITLES_FIRST (join26): the titles may come first and their verb after them, and stand side by side without a
# mark between: "《支持工业互联网发展若干政策》《安徽省工业互联网创新发展行动计划（2021-2023年）》已经省政府同意，
# 现印发给你们" (ah-iiot-2021 joined: the second document's 一、 went on from the first's 八、, a level too high).
ISSUED_VERB_AFTER_TITLES_MAX = 40
INLINE_ISSUED_DOCUMENTS = re.compile(
    r"(?P<verb>(?:同意|批转|转发|印发)[^。]{0,80}?)?(?P<titles>《[^》]{4,60}》(?:[、和及与]?《[^》]{4,60}》)+)"
    rf"(?(verb)|(?=[^。]{{0,{ISSUED_VERB_AFTER_TITLES_MAX}}}?(?:同意|批转|转发|印发)))"
)
INLINE_ISSUED_LOOKAHEAD = 1500
# GLUED_DOCUMENTS_IN_A_ROW (join46): documents of one kind in a row (DOCUMENTS_IN_A_ROW, REPORTS_IN_A_ROW) crawled
# onto one line have no title lines left: each title opens a sentence (the text's start, after a full stop or a
# date) and runs into its document's first words, "…党政办2025年1月21日2024年度述职述廉述德述法报告绍兴市第一中学
# 副校长俞奇弘2024年度，…。2024年度述职述廉述德述法报告绍兴市第一中学副校长杨佩琼一年来，…"
# (sx1z-vp-duty-reports-2024 joined), "“制造基础技术与关键部件”重点专项2021 年度项目申报指南建议（征求意见稿）为落实
# 《…》…。“网络协同制造和智能工厂”重点专项2021 年度项目申报指南建议（征求意见稿）为落实…"
# (nat-rd-guides-2021-draft joined): every part went one level up, no heading of either matched. A title is the
# longest stretch of a sentence's opening clause (up to a clause mark, a 《 or a date's 日) that ends as a headline
# does (HEADLINE_END); the first such title that another one later shares its ends with (DOCUMENTS_IN_A_ROW_TAIL_MIN)
# opens the row, each title of the row over parts read inline that open at 1 and go on past it (GLUED_ROW_PARTS_MIN
# headings at least), as the line reading heads each document with its title.
GLUED_ROW_TITLE_START = re.compile(r"(?:^|(?<=[。！？])|(?<=\d日))(?=[^\s。，；：！？、])")
GLUED_ROW_CLAUSE_END = re.compile(r"[。，,；;：:！？!?《]|(?<=\d)日")  # a date ends a signature
GLUED_ROW_TITLE_MIN = 8
GLUED_ROW_PARTS_MIN = 2
# ARTICLES_BEFORE_ROW (fixjoin60, round 60): a rule's articles are its parts as much as a 一、 is, so a row opens before
# the first article of the run from 第一条 (ARTICLE_OPENING, ARTICLED_RULE_MIN) as it opens before the first part read
# inline. Read inline, the articles are clauses (ARTICLED_RULE_CLAUSES) and no part stood in the row's way: three
# untitled articles' opening clauses ending in a document noun and sharing their ends, "第八条 执法人员依法当场作出行政
# 处罚决定，应当遵守下列程序：（一）…" / "第十八条 行政机关作出行政处罚决定前，…" / "第二十五条 除可以当场作出行政处罚决
# 定…" (bj-admin-penalty-procedure-rules-2023 joined, a 北京 government rules PDF; heldout60 gold: no heading), were
# read as three documents' titles (…作出行政处罚决定), each over its article's （一）…（五） as level-2 parts: 22
# sections.
ARTICLES_BEFORE_ROW = True
# SUBJECT_MODAL_CLAUSE (seg20, after round 18's score): a numbered line whose glued title would end on a modal or a
# negation (cut at the sentence opener after it) opens straight with a sentence, subject and modal, and has no title
# of its own: "（一）待遇领取人员可|通过“粤省事”…办理认证" (gz-pension-eligibility-check-2025), "（三）获预配租房屋
# 的分配对象确认配租后未|在规定时间内补正补齐…的，视为弃租" (gz-public-rental-allocation-2025); gold: clauses (heldout13
# rule). A title names a topic and never ends on a word that waits for its verb.
# DUTY_BEFORE_VERB (fixseg44, round 44): a body's duty 负责 waits for its verb as a modal does: "（一）农业农村部畜牧
# 兽医局负责|组织实施全国动物疫病监测与流行病学调查工作，…" (nat-animal-disease-monitoring-plan-2021, 三、职责分工;
# round-44 gold: clauses). Over the corpora's lines only that one changed.
MODAL_BEFORE_VERB = ("可", "应", "须", "需", "要", "未", "不", "将", "能", "均", "负责")
# TITLE_LINE_REPEATED_OVER_BODY (seg20): PAGE_HEADINGS_ABOVE_TITLE reads the page's headings above the title line
# nearest above the body (its first numbered heading or a preface, PREFACE_HEADINGS), not above the first title
# line: a vault's "# 云南省电动汽车充电设施服务能力倍增行动方案" stands over the page's news headline "明年底建成25万
# 枪！云南印发方案服务电车充电", its lead and the title again over "一、主要目标" (yn-ev-charging-doubling-2026);
# both the headline and the second title line were level-1 sections. A standard's 前言 between its cover title and
# its body title stays (bj-quake-resilience-guide).
# ATTACHMENT_LIST_OVER_SIGNATURE (seg20): "附件：" whose next line stands over a date line heads no attachment: the
# page lost the list's links and the line is the signature, "附件：" / "广州市住房保障办公室" / "2025年3月19日"
# (gz-public-rental-allocation-2025); DATE_LINE.
# CAPTION_OVER_COVER (seg20): a page's caption (PAGE_CAPTIONS) over a cover is no first line of its title:
# "政策原文" / "通许县新能源汽车充电设施布局专项规划" / "（2025-2030 年）" / "（送审稿）" (tx-ev-charging-2025, a
# vault's markdown of a county's PDF) was guessed "政策原文通许县…专项规划（2025-2030 年）".
# PAGE_TITLE_WITH_NUMBER (seg20, after round 15's score): a ministry page's title bar gives the notice's title with
# its 文号 in brackets, "关于完善发电侧容量电价机制的通知（发改价格〔2026〕114号）", over the notice's own headline,
# broken over two lines right above its 文号 line: "国家发展改革委 国家能源局关于" / "完善发电侧容量电价机制的通知" /
# "发改价格〔2026〕114号" (nat-capacity-price-2026, gold title the headline with its issuers). The headline is the
# title; without one, the bar less its 文号.
PAGE_TITLE_WITH_NUMBER = re.compile(rf"[（(]{DOC_NUMBER_TEXT}[）)]$")
# HEADLINE_BLOCK_OVER_NUMBER (fix27seg, round 27): above a notice's 文号 line (the front matter's start), before any
# numbered heading, stands the page's headline block, never a section: "# 关于进一步推动新型储能参与电力市场和调度运用的
# 通知" / "2022/06/07 运行局" / "**国家发展改革委办公厅 国家能源局综合司关于**" / "**进一步推动新型储能参与电力市场**" /
# "**和调度运用的通知**" / "发改办运行〔2022〕475号" (nat-storage-market-2022, an ndrc.gov.cn page: the date line and
# the three headline lines were level-1 sections; round 27's gold: front matter).
HEADLINE_BLOCK_OVER_NUMBER = True
# PREFACE_RUN_IN (seg20, after round 15's second wave): a PDF text may run its letter-spaced preface heading into
# the preface's first paragraph on one line, "前 言 充换电基础设施是电动汽车推广应用的基础和保障， 大力推进…"
# (jl-ev-charging-2021, its 目录 listing "前 言.....1"; gold: the heading 前 言): before the body's first numbered
# heading, the spaced word opening a line of text is that heading (spaced, it is no word of a sentence, as
# GLUED_PREFACE).
PREFACE_RUN_IN = re.compile(r"^[ \t\u3000]*(?P<name>[前序引导][ \u3000]+言)[ \t\u3000]+(?=[^\n]{20})")
# INLINE_SPACED_PREFACE (join55): a text that lost its line breaks keeps its letter-spaced preface heading between
# the cover (or the TOC) and the preface's first paragraph, glued to both: "…自然资源部二〇二〇年八月前  言为贯彻
# 落实《…》，…" (nat-city-plan-guide-2020), "…2020 年 10 月 19 日前 言根据《…》的要求，…" (nat-plan-checkup-
# rules-2020), "…上海市崇明区人民政府制定前 言新世纪以来,…" (cm-fyp14-outline-2021), "…绍兴市第一中学2010年1月
# 前 言一流的校舍、…" (sx1z-fyp-2010), "…关键词:十四五用水节水前 言水安全是…" (nat-water-security-14fyp-journal-
# 2021), all joined; ten texts of eight rounds lost it so, the line reading keeps it (GLUED_PREFACE, PREFACE_RUN_IN).
# Spaced, the name is no word of a sentence ("…本书的前言" is not spaced): read inline, it is a level-1 heading
# wherever it stands, once. A TOC's entry is no heading: the name followed by leaders or a page number ("1前 言
# .........", "目 次前 言 I"), or by the chapter the TOC lists next ("目录序 言第一章 总体要求第一节…",
# nat-culture-industry-14fyp-toc-2021).
INLINE_SPACED_PREFACE = re.compile(
    r"(?P<name>[前序引导][ \u3000]+言)"
    r"(?![ \t\u3000]*(?:[.…·．\-—_\dⅠⅡⅢIVXivx]"
    rf"|第(?:{CN_NUMERAL}|\d+)[章篇编节部]|[一二三四五六七八九十]+、))"
    r"(?=[^\n]{20})"
)
# QUANTITY_GOES_ON_BELOW (seg20, after round 15's second wave): a PDF's line that breaks a sentence before a quantity
# leaves a short line over a line opening with the number and its unit: "全省电动汽车销售量为 8.01 万辆，“十四五”期间
# 增长" / "18.40 万辆，结果详见表 2-2。…", "预测到 2025 年，全省投入公用充电设施金额将达到" / "11.99 亿元。其中，…"
# (jl-ev-charging-2021): a title never runs on into an amount, so the short line is no unnumbered heading (as
# SENTENCE_GOES_ON_BELOW). A year ("2025 年") or a numbered line ("1. …") opens no quantity here.
QUANTITY_GOES_ON = re.compile(r"\d+(?:\.\d+)?[ \u3000]?(?:[万亿千百]|[元辆吨座台套户项个%])")
# SPEECH_TITLE (seg20, after round 17's second wave): a speech reports as a report does, titled "…上的讲话":
# "国务院关于印发万里同志在全国地矿局长会议上的讲话的通知" (nat-geology-speech-1986, gold kind report). Only a
# title that ends with it: a plan titled "关于贯彻落实…重要讲话精神的实施意见" is a plan.
# SPEECH_DIGEST (fix32meta, round 32): so does its digest, "李小鹏部长在2024年全国交通运输工作会议上的讲话摘要版"
# (nat-transport-speech-2024, an e-paper page; gold kind report), "…上的讲话（摘要）".
SPEECH_TITLE = re.compile(r"讲话(?:稿)?(?:摘要版?|摘编|[（(](?:摘要|摘编|节选)[）)])?$")
# GLUED_ANNEX_TABLE (join20task): an attached table of projects (ANNEX_TABLE) in a text that lost its line
# breaks has its title glued to its header and its rows glued to each other, cell after cell:
# "附件2公园绿地重点建设计划表序号名称位置面积（公顷）备注1G1503南侧（S4-金汇港）绿地建设位于…金汇港3.75需动迁
# 2金汇港东侧、南奉公路南侧绿地建设…" (fx-park-city-2021, heldout11, one-line: 76 rows), "附件：普陀区水务“十五五”
# 重点项目清单普陀区水务“十五五”重点项目清单序号项目类型项目名称具体内容“十五五”目标一水安全1泵闸新改建工程…"
# (pt-water-15, heldout5), a markdown table's rows glued at their bars "…| 备注 || 电力方面 || 1 | 上海松江新宅
# （新天马）110kV输变电工程 | …" (sj-energy-action-2026, heldout17). The title is an annex caption naming the table
# as ANNEX_TABLE does, anywhere in the text (not the list of attachments "附表：1.…表2.…表"), with 序号 within
# ANNEX_HEADER_CHARS after it and no sentence end between (GLUED_ANNEX_HEADER_GAP). Read only in a glued text.
GLUED_ANNEX_TABLE = re.compile(
    r"附[ \u3000]*[件表][ \u3000]*\d{0,2}(?![ \u3000：:]*\d{1,2}[.．、])[ \u3000：:]*"
    r"(?:(?!\d{1,2}[.．、])[^。；！？\n|]){0,40}?"
    rf"(?P<kind>(?:重点|重大)(?:工程|建设)?(?:项目|任务|工程|计划)(?:{ANNEX_PACKAGE}|清单|一览表)?)表?"
    r"(?:[（(][^）)\n]{0,20}[）)])?"
)
GLUED_ANNEX_HEADER_GAP = re.compile(r"[^。；！？\n]*?序号")
# Its rows are read in sequence 1, 2, 3 … from the header (a 序号 again restarts the count: a table in parts),
# each number standing alone: not inside a longer figure ("G1503", "2024年", "18812") or a word of Latin letters
# (a link's "a5c767fc"), not after a full stop, not a figure's start by what follows it ("3.16", "10kV", "2个":
# GLUED_ANNEX_ROW_NOT_BEFORE). A cell's figure with two decimals may run into the next row's number: "…（金汇港-
# 万顺路）3.276胜利港两侧绿化…" is 3.27 then row 6, "…5.0210东方美谷大道…" 5.02 then row 10
# (GLUED_ANNEX_ROW_AFTER_DECIMAL); a figure with one decimal does not ("3.75需动迁" is no row 5).
GLUED_ANNEX_ROW_NOT_BEFORE = (
    "0123456789.．,，%％年月日万亿个项座处家米公千平吨台辆户亩元人条所次倍号期级层栋类KMW-—~～至/、"
    "abcdefghijklmnopqrstuvwxyz"
)
GLUED_ANNEX_ROW_AFTER_DECIMAL = re.compile(r"\d[.．]\d{2,}$")
GLUED_ANNEX_NEXT = re.compile(r"附[ \u3000]*[件表][ \u3000]*\d")
# A row number glued to a figure that opens its first cell ("202个生态清洁小流域建设": row 20, "2个…";
# "…1.363615单元金钱公路绿地…3.14需动迁3715单元10地块绿地…0.2538浦兰路…": rows 36 and 37) is found only by a
# row after it: when no number n stands alone, the first n not inside a longer figure before row n + 1 (or
# n + 2) opens row n.
# A markdown table's group row, one cell ("|| 燃气方面 ||"), lets the count restart at 1 (ANNEX_MARKDOWN_TABLE).
GLUED_ANNEX_GROUP = re.compile(r"\|\|[ \t\u3000]*[^|\d\n]{1,30}?[ \t\u3000]*\|(?=\|)")
# NESTED_RUN_IN_ITEMS (join20task): a block's items are its innermost numbered entries; an item whose own text
# runs in entries of a finer numbering has those in its place. A text that lost its line breaks leaves the
# entries "1." of a part as run-in items and their "（1）" below them run in too: "（一）强化防洪除涝体系建设，
# 保障防汛安全1.海塘建设。…（1）崇明岛主海塘推进达标建设8.94公里…（2）长兴岛主海塘…" and "（二）…1.滩涂保护。…
# （1）坚守保护生态红线的工作底线…" (cm-water-14, heldout5, one-line: the gold's items are the （1） entries). The
# item's title may run straight into its first entry, with no sentence mark (NESTED_TITLE_GLUED_ITEM, at most
# ITEM_TITLE_MAX characters in): "（一）强化排水防涝体系建设，提升防汛安全1.城市防洪除涝建设强化防汛设施提标改造。
# …2.雨水排水能力提升…" (pt-water-15, heldout5).
NESTED_TITLE_GLUED_ITEM = re.compile(rf"[^。；;！？\n\d]{{2,{ITEM_TITLE_MAX}}}?(?P<marker>{FIRST_ITEM})")
# An entry so run in may split its part into a goal and tasks, the tasks numbered 一是、二是 … ("（一）全力服务
# 上海“五个中心”建设行动1.行动目标加强普陀在上海…2.行动任务一是加快建设高端产业功能集聚区，…二是…",
# pt-land-space-2026, heldout6, one-line): the tasks entry's ordinal items are the items, and the goal entry beside
# it (NESTED_GOAL_ENTRY, its text opening with a few words and 目标, beside one opening with a block name:
# NESTED_TASKS_ENTRY) is none, as GOAL_BESIDE_TASKS for headings.
NESTED_GOAL_ENTRY = re.compile(r"[\u4e00-\u9fff]{0,4}目标")
NESTED_TASKS_ENTRY = re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{_KINDS})")
# GLUED_TITLE_BLOCK_PREFIX (join20task): in a text that lost its line breaks the reader may cut a block heading's
# title short, "三、2026年重点" of "三、2026年重点工作2026年是中国共产党成立105周年，…" (nx-gov-report-2026, dev,
# one-line; its 一是 … items under the parts below), "二、“十五五”时期的主要目标" of "…主要目标任务“十五五”时期，…"
# (he-gov-report-2026). The block is named by the title and the shortest start of its own text, at most
# CUT_TITLE_REST_MAX characters, that names one with it (BLOCK_TITLE), unless what follows says the heading reviews
# the work ("二、“十四五”主要任务完成情况": GLUED_TITLE_BLOCK_NOT_AFTER). A title that ran on into its first sentence
# is not read so: "三、工作安排专项整治工作自2021年11月开始，分3个阶段推进" (nat-eia-credit-cleanup-2021, a schedule)
# and a glued table of contents' "第一编 基本任务和综合指标" name no block.
GLUED_TITLE_BLOCK_NOT_AFTER = re.compile(r"完成|落实|进展|情况|执行|取得|成效|回顾|总结|评估")
# GLUED_BOX (join20task): a box in a text that lost its line breaks has its caption glued between the text before
# it and its first item: "…建立健全网络安全和数据安全防护机制。专栏2 数字化改造升级工程1.家用电器行业：实施基于AI
# 大模型的生产制造和产品服务；…2.家具行业：…" (nat-light-industry-digital-2024, heldout14, one-line). Its title runs to
# its first item (at most BOX_TITLE_MAX characters, no sentence mark); only a box titled as work, a block name, an
# action or a project (BOX_BLOCK_KIND, BOX_WORK_TITLE, BOX_PROJECT_TITLE) is read, as a box captioned on its line is,
# its items to the next heading or box.
# GLUED_PADDED_BOX (ind21): a box whose entries are numbered 01, 02 … ("专栏 1 智能制造技术攻关行动01 关键核心技术突破
# …技术。02 系统集成技术开发…", nat-smart-manufacturing-14, heldout6, joined; on its lines each entry opens one)
# is such a box too: its first entry follows its caption, each later one a sentence end (PADDED_AFTER_GLUED).
# GLUED_BOX_GROUP (fixtask51, round 51): a box may group its entries under labels of a kind, the first glued between
# its title and its first entry: "…协助残疾人更好应对突发灾疫事故。专栏2残疾人社会保障重点项目（一）资金类：1.最低生活
# 保障：…" (pt-disabled-14fyp, heldout51, one line; 专栏3's "（一）补贴类：1.…" likewise; round-51 gold: the boxes are
# blocks, the numbered entries their items). The label is no part of the title, and the entries are read after it.
GLUED_BOX_GROUP = r"(?:（[一二三四五六七八九十]{1,2}）[\u4e00-\u9fff]{1,8}[:：])"
# GLUED_PADDED_UNSPACED (fixtask55, round 55): a box whose entries' numbers stood alone on their lines ("专栏" / "7" /
# "十大文旅功能区建设行动" / "01" / "珠江“一江两岸”都市文旅功能区", BROKEN_BOX_CAPTION) reads, its lines joined, with no
# space after them: "专栏7十大文旅功能区建设行动01珠江“一江两岸”都市文旅功能区串联…示范区。02环南昆山—罗浮山…",
# "专栏6“5+2+4”国际知名商圈建设行动015个世界级地标商圈…" (gz-fyp15-consumption-center-2026 joined; round-55 gold: 01…10
# and 01…03). A padded entry is two digits, so "01" right after the title opens the first entry whatever follows, and
# each later entry is its two digits after a sentence end (PADDED_AFTER_GLUED). A slogan in quotes may hold figures
# inside the title (GLUED_BOX_QUOTED: "“5+2+4”"); elsewhere a figure ends the title.
GLUED_BOX_QUOTED = r"“[^”。；！？\n|]{1,12}”"
GLUED_BOX = re.compile(
    rf"(?P<number>专栏[ \u3000]*\d{{1,2}})[ \u3000:：.、]*"
    rf"(?P<title>(?:{GLUED_BOX_QUOTED}|[^。；！？\n|\d“]|“(?![^”。；！？\n|]{{1,12}}”)){{2,{BOX_TITLE_MAX}}}?)"
    rf"(?P<group>{GLUED_BOX_GROUP})?"
    r"(?=1[、.](?!\d)|（1）|①|01[ \u3000]|01(?=[\u4e00-\u9fff“\d]))"
)
# GLUED_BOX_IN_LINE (fixtask56, round 56): a box glued to its first item is read so wherever it stands, also inside a
# line of a text that is not glued as a whole: a short excerpt read on one line is shorter than GLUED_CHARS_PER_LINE
# ("…构建“建设—运营—盘活—再投资”— 94 —的循环机制。专栏 9 城市更新重点行动1. 名城保护赓续行动。…" of 1,800
# characters, su-fyp15-urban-renewal-2026 joined; "…示范园区。专栏33 碳达峰试点城市标志性工程1.产业领域绿色低碳
# 转型工程。…" hz-fyp15-carbon-peak-2026 joined; round-56 gold: the boxes' 8 and 3 entries). A caption opening its
# line is the line reader's (BOX_TITLE).
# GLUED_BOX_LEAD (fixtask56, round 56): a glued box may hold its lead (BOX_LEAD_LINE) between its title and its first
# entry: "…深入挖掘和释放农村消费。专栏11 消费转型升级重点行动稳步推进消费供给侧改革，…打造引领全国的消费转型升级高地。
# 1.打造服务消费新标杆。…", "专栏12 重大投资十大工程突出稳总量、…计划投资1.5万亿元左右。1.先进制造业基地领域。…"
# (hz-fyp15-consumption-investment-2026 joined; round-56 gold: 5 and 10 entries, the leads no items). Only a title
# ending in the word of work a box is read for (行动, 工程, 改革) can be told from its lead: the title is the shortest
# such run after the number, the lead at most GLUED_BOX_LEAD_MAX characters ending a sentence or with a colon, with
# no entry marker nor caption inside, right before entry 1.
GLUED_BOX_LEAD_MAX = 160
GLUED_BOX_LEAD = re.compile(
    rf"(?P<number>专栏[ \u3000]*\d{{1,2}})[ \u3000:：.、]*"
    rf"(?P<title>(?:{GLUED_BOX_QUOTED}|[^。；！？\n|\d“”，,：:]){{0,{BOX_TITLE_MAX}}}?(?:行动|工程|改革))"
    rf"(?P<lead>(?:(?!专栏|1[、.](?!\d)|（1）|①)[^\n|]){{4,{GLUED_BOX_LEAD_MAX}}}?[。：:])"
    rf"(?P<group>{GLUED_BOX_GROUP})?"
    r"(?=1[、.](?!\d)|（1）|①)"
)
# The box's later groups ("…（二）服务类：1.困难残疾人走访探视服务：…") number their entries from 1 again: each group's
# entries are the box's items too.
GLUED_BOX_NEXT_GROUP = re.compile(rf"{GLUED_BOX_GROUP}(?=1[、.](?!\d))")
PADDED_AFTER_GLUED = "\n。；！？"
# PAGE_NUMBER_BEFORE_ENTRY (task54): a PDF's page number, its line joined, sticks to the next entry's number, so a
# box's entry reads as a larger one: "…智能仓储物流技术要求及评估标准等。89.电池行业：制定铅蓄电池…" (page 8, entry 9.;
# nat-light-industry-digital-2024 read on one line, heldout14; round-14 gold: 专栏3's entries 1.–10.). When the entry
# numbered next is nowhere else in the range, it is taken after at most PAGE_NUMBER_MAX_DIGITS digits that follow a
# sentence end.
# A box's padded entries take it so too: "…集成开发环境。1105 行业专用软件开发…" (page 11, entry 05;
# nat-smart-manufacturing-14 joined, heldout6; round-6 gold: 专栏5's 01 … 06).
PAGE_NUMBER_MAX_DIGITS = 3
PAGE_NUMBER_STYLES = ("arabic", "padded")
PAGE_NUMBER_BEFORE_ENTRY = re.compile(rf"[。；！？]\d{{1,{PAGE_NUMBER_MAX_DIGITS}}}$")
# GLUED_CONTINUED_ITEMS (join20task): CONTINUED_ITEMS in a text that lost its line breaks. A block numbering its
# entries on across its parts ("（一）…1.…2.…（二）深入开展数字化转型改造3.梯次推进企业“智改数转网联”。…4.实施大规模设备
# 数字化改造更新。…专栏2 数字化改造升级工程1.家用电器行业：…", nat-light-industry-digital-2024, heldout14, one-line) has
# the run-in entries of a part as the numbers so far; a later part's entries go on from them, the first right after
# the part's title or a sentence end, the others after a sentence end, up to a glued box (GLUED_BOX, which ends
# run-in items as ITEM_AREA_END does a box on its line: its own 1.–10. are no tasks of the part).
# LINKED_LIST_NAME (after round 19's second wave): a page converted to Markdown keeps its site's menus as lists of
# links, each under a short name: "部  门" / "- [区发展改革委](http://www.fl.gov.cn/bm/fzggw/ "区发展改革委")" / … and
# "街  镇" / "- [马鞍街道办事处](…)" / … (fl-energy-station-2023, a district portal's plan in the energy vault: the two
# names were read as level-1 sections and every heading of the plan sank a level). A run of three link items or
# more is the site's, and so is the short line that names it.
# Read before the Markdown is stripped (the links' syntax is the evidence), after the widths are folded (a link's
# brackets may read （…）). A name that is RELATED_HEADING's ("相关政策与解读" over the links to the 解读) stays: it
# closes the article, and what follows it is the site's too.
LINKED_LIST = re.compile(
    r"(?m)^(?P<name>[ \t\u3000]*[^\n。，；：！？:,;\[\]()（）]{1,10}[ \t\u3000]*\n)(?:[ \t\u3000]*\n)*"
    r"(?:[ \t\u3000]*[-*+][ \t]+\[[^\]\n]{1,60}\][(（][^\n]*[)）][ \t]*(?:\n|$)){3,}"
)
# --- seg21 (session 21): metadata of saved portal pages ---------------------------------------------------------
# TABLE_LABEL_LINE (seg21): a portal's metadata table exploded one cell a line keeps each label on a line of its own
# over its value: "标题" / "重庆市涪陵区人民政府 关于印发涪陵区综合能源站发展规划（2023—2030年）的通知" / "发文字号" /
# "涪陵府发〔2024〕23号" (fl-energy-station-2023, heldout20, a district page in Markdown). The label is no first half of
# a notice title wrapped over two lines: joined, the issuer read "标题重庆市涪陵区人民政府".
TABLE_LABEL_LINE = re.compile(
    r"^[-*+ \t\u3000]*(?:"
    + "|".join("[ \u3000]*".join(word) for word in _TABLE_LABELS)
    + r")[ \u3000]*[:：]?[ \u3000]*$"
)
# SOURCE_ISSUER (seg21): a portal's article, guide or 解读 may name whoever wrote it only in the page's source field:
# "信息来源： 市人力资源社会保障局 社保中心" (gz-pension-claim-guide-2025, heldout20;
# gz-social-insurance-backpay-guide-2026, heldout19), "文章来源：市人力资源社会保障局官网"
# (yx-graduate-startup-subsidy-2025), "来源：" / "工业和信息化部网站" (nat-platform-economy-smes-interp-2026, a
# 中国政府网 page in Markdown), "来源：广州市民政局" (gz-disability-subsidy-2022, heldout14), "来源：广州日报"
# (gd-medical-insurance-new-measures-2025, heldout19), "信息来源：天河区教育局" (th-hkmo-school-places-2026,
# heldout17): each round's judges took it for the issuer. Taken only where nothing else names one (no signature, red
# head, notice, table field or title), and only a body's name: the site's word for itself (网站, 官网) dropped, the
# rest ending as an organ's or a paper's name does (SOURCE_ORGAN_END), not "本站". The label may stand alone, its value
# on the next line; other fields may follow on the same line ("文章来源：…官网 字体大小：【 A-AA+ 】"): the value ends
# before them (SOURCE_VALUE_END).
SOURCE_LABEL = re.compile(r"(?:^|(?<=[\s\d\]】>]))(?:信息|文章|稿件)?来[ \u3000]*源[ \u3000]*[:：][ \u3000]*")
SOURCE_VALUE_END = re.compile(r"[ \t\u3000]+(?=[\u4e00-\u9fff]{2,6}[ \u3000]*[:：])|[\t|【\[<>\"]")
SOURCE_SITE_WORD = re.compile(r"(?:门户网站|政府网|官方网站|网站|官网|官微|微信公众号|公众号)$")
SOURCE_ORGAN_END = re.compile(r"(?:局|部|委|厅|办|院|府|会|中心|室|署|所|站|报|社|台)$")
SOURCE_VALUE_MAX = 40
# SOURCE_BUREAU_OFFICE (fixmeta41, round 41): a page's source field may name the bureau's office that posted it,
# "文章来源：广州市农业局科教处" (gz-farmer-training-2013): the office (a 处 or 科 of two to four characters right after
# the bureau's name) speaks for its bureau, 广州市农业局, whose document it is.
SOURCE_BUREAU_OFFICE = re.compile(r"(?<=[局厅委])[\u4e00-\u9fff]{2,4}[处科]$")
# SOURCE_VALUE_RUN_ON (meta22): a page crawled onto one line runs the source's value on into what stood after it:
# the page's search button or its next field, a bold or numbered heading, the first sentence:
# "来源：广州市人力资源和社会保障局搜索**一、领取失业保险金…" (gz-unemployment-faq-2025, heldout17),
# "来源：天河区教育局一、申请资格及学位情况…" (th-hkmo-school-places-2026, heldout17),
# "来源：市人力资源社会保障局 社保中心**一、办理对象**" (gz-pension-claim-guide-2025, heldout20),
# "信息来源：深圳市市场监督管理局信息提供日期：2026-06-24" (sz-banquet-food-safety-2026, heldout17),
# "来源：工业和信息化部网站字号：默认大超大" (nat-platform-economy-smes-interp-2026, heldout20),
# "来源：广州市民政局为进一步完善和规范…" (gz-disability-subsidy-2022, heldout14). With its breaks each of them
# stands on the next line; the value ends before the first of them. So does a first sentence that opens citing a
# document, "来源：广州市农业局根据《中共中央 国务院关于…》" (gz-farmer-training-2013), or with a number right after the
# body's name, "来源：广州市农业环境与植物保护总站6月我市平均气温高" (gz-vegetable-pest-forecast-2013; both heldout41,
# meta52, session 38).
SOURCE_VALUE_RUN_ON = re.compile(
    r"搜索|\*\*|#|[一二三四五六七八九十]{1,3}、"
    r"|(?:字号|字体|信息提供日期|发布日期|发布时间|浏览次数|作者)[ \u3000]*[:：]"
    r"|为(?=进一步|了|加强|深入|全面|贯彻|切实|规范)"
    r"|(?:根据|按照|依据)(?=《)"
    r"|(?:(?<=[局部委厅办院府会室署所站报社台])|(?<=中心))(?=\d)"
)
SOURCE_LINES = 120  # the first lines of text, as a portal's metadata table (METADATA_TABLE_LINES)
# SOURCE_AFTER_HEADLINE (meta52, session 38): a page crawled onto one line glues its source field straight onto the
# headline above it, no space or digit between: "广州市新型农民科技培训工程实施方案来源：广州市农业局根据《…》"
# (gz-farmer-training-2013), "七月份蔬菜主要病虫发生预报及防治意见来源：广州市农业环境与植物保护总站6月我市…"
# (gz-vegetable-pest-forecast-2013), "2014年水稻重大病虫害防控技术方案来源：全国农技推广服务中心**趋势预测**"
# (nat-rice-pest-control-2014; heldout41). SOURCE_LABEL wants the label at a line's start or after a space, so none
# was read. A label with any character before it is taken only where what precedes it on the line ends as a headline
# does (HEADLINE_END): "数据来源：" or "资金来源：" in a sentence is no field of the page.
SOURCE_LABEL_ANYWHERE = re.compile(r"(?:信息|文章|稿件)?来[ \u3000]*源[ \u3000]*[:：][ \u3000]*")
# SOURCE_EMPHASIS_END (meta52, session 38): a one-line crawl of a page in Markdown runs the source's value on into the
# next line's bold text, "来源：市人力资源社会保障局 社保中心**第一部分：合法缴纳**" (gz-social-insurance-backpay-guide-
# 2026, heldout19), "来源：市人力资源社会保障局、市人力资源市场服务中心**1.2025年度积分制入户指标有多少个？**"
# (gz-points-hukou-faq-2025, heldout22), "来源：国家能源局**大** **中** **小**" (nat-green-cert-faq-2024, heldout27).
# With the emphasis removed first (a bold label, "**来源：**…") the value read on into "第一部分", "1.2025年度…" or
# "大 中 小"; read again with each emphasis mark as a cell's end, the value stops where the bold text starts.
SOURCE_EMPHASIS_END = "\t"
# PAGE_SOURCE (seg21): the web reader keeps an article's main text, and with it lost the page's source field that
# stands in the page's header (`<span class="resourse">信息来源：<font> 市人力资源社会保障局 社保中心`, the
# 广州 portals of rounds 14-20: seven pages). Where the main text has no source line, the page's first source field
# with a body's name (SOURCE_ISSUER) is set after the title as "来源：…", the line the page shows; the normaliser
# drops it as the page's publication line (publication-metadata), so only the metadata reads it.
PAGE_SOURCE_FIELD = re.compile(
    r"(?:信息|文章|稿件)?来[ \u3000]*源[ \u3000]*[:：](?:\s|&nbsp;|<[^>]{0,200}>)*(?P<value>[^<>\"\n&]{2,60})"
)
# ENTITY_ENDS_SOURCE (fixmeta41, round 41): a JSP portal spaces its source field from its date field with entities,
# "文章来源：全国农技推广服务中心&nbsp;&nbsp;&nbsp;&nbsp;" / "发布时间：2014-03-24" (nat-rice-pest-control-2014):
# the value ran on into "&nbsp;…", which ends as no body's name, and the page had no issuer. An entity ends the value
# (the "&" excluded above).
# PAGE_DATE (fix24seg, round 24): so the reader lost the page's date, printed beside an icon or in a tag of the
# site's own (`<li class="date"><i><img title="发布时间"></i><span>2023-12-14</span>`, gz-remote-medical-filing-2023;
# `发表时间：<publishtime>2021-08-05 11:23</publishtime>`, gz-flexible-pension-intro-2021). The page states it again in
# the head field every government site carries by the national site standard (GB/T 政府网站网页设计规范:
# `<meta name="PubDate" content="2023-12-14 10:39:22"/>`). Where the main text has no date line (PAGE_DATE_LABEL), it is
# set after the title as "发布日期：…", the line a page shows: a guide, FAQ or 解读 dated by nothing else is dated by it
# (PUBLISHED_ONLY), as every round's judges date such a page (heldout3's, heldout6's, heldout19's … round 24's).
PAGE_DATE_META = re.compile(
    r"<meta\s+(?:name=[\"']PubDate[\"']\s+content=[\"'](?P<date>\d{4}-\d{1,2}-\d{1,2})"
    r"|content=[\"'](?P<before>\d{4}-\d{1,2}-\d{1,2})[^\"']*[\"']\s+name=[\"']PubDate[\"'])",
    re.IGNORECASE,
)
PAGE_DATE_LABEL = re.compile(r"(?:发布|发表|印发|成文|更新)(?:时间|日期)[ \u3000]*[:：]")
# PAGE_DATED_HEAD (fix24seg): nor where the text's first PAGE_DATE_HEAD_BLOCKS blocks hold a date of their own: a
# bulletin's "宜春市统计局 国家统计局宜春调查队" / "（2023年4月12日）" under its title (yc-stat-bulletin-2022, dev) is
# dated by it, and a line set between its title and its issuer hid the issuer once the lines were joined. So is a
# notice whose 文号 stands on a line of its own there: "…关于印发…实施细则的通知-广州市人力资源和社会保障局网站" /
# "穗人社规字〔2022〕2号" (gz-talent-hukou-2022, heldout13): the line glued to the 文号 hid the title once joined.
PAGE_DATE_HEAD_BLOCKS = 4
# Lines of a page's head, not its lead: a lead citing "2020年9月…" (gz-flexible-pension-intro-2021) dates no page.
PAGE_HEAD_LINE_MAX = 40
PAGE_HEAD_DATE = re.compile(r"(?:19|20)\d{2}[ ]*(?:年[ ]*\d{1,2}[ ]*月|[-/.]\d{1,2}[-/.]\d{1,2})")
# FIELD_AFTER_HEADLINE (seg21): a page whose lines were joined has its source or date field glued right after its
# headline: "广州市医疗保险服务中心关于开展2026年度广州市城乡居民基本医疗保险集中参保缴费工作的通告来源：
# 广州市医疗保障局为持续深入推进全民参保计划…" (gz-resident-medins-enrol-2026, heldout18, one-line). Where what stands
# before the field, within TITLE_MAX_CHARS, ends as a headline does (HEADLINE_END: 通告, which no run-on ending
# knows), that is the title.
FIELD_AFTER_HEADLINE = re.compile(r"(?:(?:发表|发布|更新)?(?:时间|日期)|(?:信息|文章|稿件)?来源)[ \u3000]*[:：]")
# GLUED_HEADLINE_FIELD (meta22): that page's headline need not end as a document's: a news headline
# "本月起，这笔钱直接发放至个人！来源：广州市政务服务和数据管理局…" (gz-maternity-allowance-direct-2025, heldout19),
# "广州市高校毕业生创业补贴，请查收发布日期：2025-04-08 11:24:11 文章来源：…" (yx-graduate-startup-subsidy-2025,
# heldout20), or a page title with its site's name after it, "…养老保险待遇领取资格认证的通告-广州市人力资源和社会保障局
# 网站来源：市人力资源社会保障局 社保中心根据国家和省有关规定…" (gz-pension-eligibility-check-2025, heldout18); with
# its breaks the field stands on the line under the headline and the headline is read off its own line
# (_news_headline, PAGE_TITLE_TRAIL). A first line longer than a title is broken again before its first field label
# (FIELD_AFTER_HEADLINE, or a metadata table's label: GLUED_TABLE_LABEL) within HEADLINE_FIELD_WINDOW characters,
# where what stands before it reads as one line of a headline: no sentence end and no other field's colon
# (HEADLINE_FIELD_SENTENCE_END: not "…的通知搜索基本信息统一编号： GZ0220210007文 号：", a vault's table), at least
# NEWS_HEADLINE_MIN_HAN Chinese characters, and a title (_title_shaped, once a site's name after it is cut) or a news
# headline (NEWS_HEADLINE): not "2026年浙江省政府工作报告2026年1月14日在…会议上来源：", an occasion line glued on too.
HEADLINE_FIELD_WINDOW = 100
# REPOSTED_HEADLINE (meta40, session 32): a page that reposts another body's plan heads it with the plan's title
# under a repost mark, "转发" before it or "（转发）"/"（转载）" after it, with no notice's ending:
# "转发2026年浙江省省级职工职业技能竞赛高中学科教师命题能力赛项实施方案" (zj-exam-item-writing-contest-2026, heldout38,
# a school's page; its list of recommended pages: "2026 年全市高中学校教师学科综合素养比武方案（转发）"). The mark is
# the page's, not the title's: the plan's title is what it marks. A notice that forwards ("转发省发展改革委关于…的
# 通知") keeps its words (NOTICE_TITLE): the notice is a document of its own.
REPOSTED_HEADLINE = re.compile(r"^转发(?P<before>[^。，；\n]{4,60})$|^(?P<after>[^。，；\n]{4,60}?)[（(]转[发载][）)]$")
# GLUED_BOLD_LINES (meta40, session 32): a page read as Markdown sets its headline, the organs over it and its
# sub-headings wholly in bold, each a line ("**中共中央 国务院**" / "**关于全面加强新时代大中小学劳动教育的意见**",
# nat-labor-education-2020, heldout36, a school page's study material); crawled onto one line, the bold marks are the
# only breaks left: "…（3月份党员学习推荐资料）**中共中央 国务院****关于全面加强新时代大中小学劳动教育的意见**
# 来源：共产党员网为构建…", "每周一学（2025年6月9日-6月15日）党的十八大以来…的成效和经验**党的十八大以来…的成效和
# 经验**中央党的建设工作领导小组党的十八大以来，…" (nat-eight-rules-experience-2025, heldout37). A first line longer
# than a title has each bold span of a title's length within GLUED_BOLD_WINDOW characters set on a line of its own
# again, as the page printed it; bold words further on are the body's. Only when the text read as it stands gives no
# title: a first line that gives one keeps its fields and notice together (GLUED_HEADLINE_FIELD reads
# "广州市失业保险常见问题解答（2025年11月版）来源：…" off a line the bold sub-heading after it would cut short,
# gz-unemployment-faq-2025).
GLUED_BOLD_SPAN = re.compile(r"\*\*(?P<body>[^*\n]{2,60})\*\*")
GLUED_BOLD_WINDOW = 200
HEADLINE_FIELD_SENTENCE_END = re.compile(r"[。；：:]")
# GLUED_RELEASE_LEAD (meta40, session 32): a news release of a document crawled onto one line has its headline glued
# to its lead, which opens with the agency's dateline or 近日/日前: "中共中央办公厅印发《干部人事档案工作条例》近日，
# 中共中央办公厅印发了《干部人事档案工作条例》，并发出通知，…" (nat-cadre-files-regulation-2018, heldout38),
# "每周一学（2025年6月23日-6月29日）中共中央 国务院印发《党政机关厉行节约反对浪费条例》近日，中共中央、国务院印发了修订
# 后的《…》…" (nat-thrift-regulation-2025); the title ran on into the lead ("…条例》近日，…印发了《…》，并发出"). A
# first line longer than a title is broken before such a lead within HEADLINE_FIELD_WINDOW characters, where what stands
# before it reads as one line of a headline (no sentence end, at least NEWS_HEADLINE_MIN_HAN Chinese characters, not
# longer than a title): the headline is then read as with its breaks (HEADLINE_ISSUED_DOCUMENT).
GLUED_RELEASE_LEAD = re.compile(r"(?:新华社[^，。；\n]{0,20}电[ \t\u3000]*)?(?:近日|日前)，")
# GLUED_ADOPTION_NOTE (meta22): the same for the note under a law's, an outline's or a speech's headline saying when
# (and by which meeting) it was adopted or delivered: "云南省创建生态文明建设排头兵促进条例（2020年5月12日云南省第十三届
# 人民代表大会第三次会议通过）目  录第一章…" (yn-eco-civilization-pioneer-regs-2020, heldout19, one line), "…——在中国
# 共产党第十九次全国代表大会上的报告（2017年10月18日）习近平同志们：…" (nat-19th-congress-report-2017, heldout), and
# without brackets "…第十四个五年规划和二〇三五年远景目标纲要2021 年 1 月 27 日上海市第十五届人民代表大会第五次会议
# 批准目 录" (sh-fyp-14, heldout). A bracketed date (OCR may space its digits: "（2 0 0 1年2月1 6日…通过）"), alone or
# with the meeting's 通过/批准, or an unbracketed date with a meeting's 通过/批准, right after a title that ends as
# one (HEADLINE_END) within HEADLINE_FIELD_WINDOW characters: the note is set on a line of its own between the title
# and the rest (a sentence of another document glued in front is PREVIOUS_DOCUMENT_TAIL's; the title after it at most
# TITLE_MAX_CHARS long).
GLUED_ADOPTION_NOTE = re.compile(
    r"[（(][ \u3000]*(?:\d[ \u3000]*){4}年[ \u3000\d]*月[ \u3000\d]*日"
    r"(?:[^（）()。]{0,50}?(?:通过|批准))?[ \u3000]*[）)]"
    r"|(?<![（(\d])(?:19|20)\d{2}[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*日"
    r"[^（）()。，；]{2,50}?会议(?:审议)?(?:通过|批准)"
)
# --- seg21: headings of saved guides -----------------------------------------------------------------------------
# CLAUSES_AMONG_GAPS (seg21): a list of （n） entries of which some are read as no heading (a one-sentence provision:
# "（二）在申领人选择的退休时间当月，单位或个人必须到所属税务部门办理停保手续。") is a list of provisions, judged as
# a whole (heldout6, heldout13 rules): its other entries whose first sentence is a clause-broken sentence longer than
# a run-in title, or a requirement ("（五）单位或个人提供的资料必须真实可靠。以虚假资料申报…"), are its clauses too,
# not titled run-ins. gz-pension-claim-guide-2025 (heldout20, 十一、其他注意事项: （一）, （五）…（九） were read as
# headings around （二）…（四）), gz-public-rental-allocation-2025 (heldout18, 五、温馨提示: （一）（二）（四）
# around （三）). Only where the numbers the headings skip stand in the text as entries of the list.
CLAUSES_AMONG_GAPS_STYLES = ("paren-cn",)
# EMPTY_VALUE_LINE (seg21): a saved guide's part may hold one short value and nothing else: "**一、办理对象**" /
# "广州市参保单位、参保人" / "**二、受理条件**", "**八、收费标准**" / "不收费" (gz-pension-claim-guide-2025,
# heldout20). An unnumbered line read as a sub-heading (level EMPTY_VALUE_LINE_MIN_LEVEL or deeper), right under its
# part's title, with no text under it before the next heading at its parent's level or above is the part's value, no
# heading (a heading has text under it, or headings; the last of a run of bare titles is judged with the run).
EMPTY_VALUE_LINE_MIN_LEVEL = 2
# REPEATED_FIELD_LABELS (seg21, after hoseg20's decision): a guide whose every part is laid out as the same fields:
# "1、一次性创业资助" / "补贴条件：" (alone, over （1）…（n） conditions and their ①…⑤) /
# "补贴对象：符合条件的创业者。" / "补贴标准：10000元。" / "补贴期限：一次性。", then "2、优秀创业项目资助" with
# the same four fields, … (yx-graduate-startup-subsidy-2025, heldout20, a district portal's page). Where every part
# of a run of at least REPEATED_FIELD_PARTS_MIN sibling parts holds nothing but the same REPEATED_FIELD_LABELS_MIN
# labels or more, in the same order, each a 2-8 character label before ： (alone, with only numbered items under
# it, or with its value after it), and at least one label of each part stands alone over its items, the labels are
# the parts' sub-headings, unnumbered, one level below: the heldout14/15/17 label rule where the labels carry no
# number. The same one or two labels under some parts only ("牵头单位：" after a task's sentence), a part with text
# of its own besides its labels, or parts of labelled paragraphs only ("1.医学影像智能辅助诊断" /
# "基本概念：针对医学影像数据…" / "应用场景：利用计算机视觉…", nat-health-ai-scenarios-2024, heldout8: paragraph
# content) give none.
FIELD_LABEL_LINE = re.compile(r"^[ \t\u3000]*(?P<label>[\u4e00-\u9fff]{2,8})[ \u3000]*[：:]")
# RUN_IN_SENTENCE_LABELS (fix28one, after hoseg28's decision): read inline, an entry laid out in fixed run-in
# labels that end in a full stop, each a sentence of its own ("（一）重点领域规划环评落实情况抽查|检查对象。生态
# 环境部选取…。检查内容。主要包括…", "（二）建设项目环境影响报告书（表）复核|复核对象。…复核内容。…",
# nat-eia-permit-supervision-2021, a ministry's action plan on one line), has its first label glued to its
# title: the labels are the entry's sub-headings, unnumbered, one level below (the heldout20 label rule).
# Where RUN_IN_LABEL_ENTRIES_MIN or more sibling entries have first sentences ending in the same
# RUN_IN_LABEL_TAIL_CHARS characters (对象), and an entry holds a sentence of RUN_IN_LABEL_CHARS characters
# (no clause mark) that opens with the same word (RUN_IN_LABEL_HEAD_CHARS) as its first sentence's last as
# many characters (复核内容 / …复核|复核对象), those sentences and that ending are its labels and its title
# ends before the first one. Short sentences of other words in the entry stay its text.
RUN_IN_LABEL_CHARS = (3, 6)
RUN_IN_LABEL_TAIL_CHARS = 2
RUN_IN_LABEL_HEAD_CHARS = 2
RUN_IN_LABEL_ENTRIES_MIN = 3
RUN_IN_LABEL_SENTENCE = re.compile(rf"(?<=。)[\u4e00-\u9fff]{{{RUN_IN_LABEL_CHARS[0]},{RUN_IN_LABEL_CHARS[1]}}}(?=。)")
REPEATED_FIELD_LABELS_MIN = 2
REPEATED_FIELD_PARTS_MIN = 2
# GLUED_FIELD_LABELS (seg44, heldout42): a PDF text that lost line breaks inside its entries has the same fixed
# labels under every entry, the first opening the entry's text, the later ones glued after the 。 that closes the
# label before: "1.1 滚动轴承基础物理参数检测技术" / "研究内容：研究滚动轴承润滑性能检测原理与技术；…应用验证。
# 考核指标：研制出…" (nat-rd-guides-2021-draft, 41 tasks, 40 of them so). The glued label stands where a line break
# was lost: the labels are the entries' sub-headings, unnumbered, one level below (round-42 gold, the heldout20 label
# rule). Where a run of at least GLUED_FIELD_PARTS_MIN sibling entries each holds nothing but the same
# GLUED_FIELD_LABELS_MIN labels or more, in the same order, the first opening its first line, and at least
# GLUED_FIELD_SHARE of all such entries of the text have a label glued after a 。 . An entry whose title broke over
# two lines has the title's tail glued before its first label ("2.6 离散智能车间制造资源自适应动态集成方法及优化" /
# "运行支持技术研究内容：…"): the tail, up to GLUED_FIELD_TITLE_TAIL_MAX characters without a clause mark, goes back
# to the title. Labels on lines of their own with their values ("基本概念：…" / "应用场景：…",
# nat-health-ai-scenarios-2024, heldout8) lost no break and stay the paragraphs' content (REPEATED_FIELD_LABELS),
# also where the hard-wrap join glued 39 of its 84 应用场景： after the 。 of a full line: only where nearly every
# entry lost its break did the text lose them.
GLUED_FIELD_LABEL = re.compile(r"(?:^[ \t\u3000]*|(?<=。))(?P<label>[\u4e00-\u9fff]{2,8})[ \u3000]*[：:]", re.MULTILINE)
GLUED_FIELD_LABELS_MIN = 2
GLUED_FIELD_PARTS_MIN = 3
GLUED_FIELD_SHARE = 0.8
GLUED_FIELD_TITLE_TAIL_MAX = 20
# STAGE_LABEL_LINES (seg44, heldout31/36): a schedule's stages written as run-in labels before a sentence, each
# opening its line: "三、时间安排" / "第一阶段：2016年4月，印发《…调查方案》，启动调查工作；" / "第二阶段：2016年5月，
# 逐级培训…" … (nat-illness-poverty-survey-2016, heldout36), "一、实施步骤" / "**第一阶段(2010年3月∼2010年8月)：
# 进一步转变观念，寻找差距，…。**" / "1.围绕…" … / "**第二阶段(2010年9月∼2013年2月)：全面启动，…。**" (sx1z-fyp-2010,
# heldout31). Where at least STAGE_LABEL_LINES_MIN such lines count 第一, 第二 … in sequence under one heading with no
# heading between, the labels (with their dates in brackets) are inline headings one level below it, number ""
# (round-31/36 gold, the heldout14/15 label rule). Only a 阶段 before a sentence (a clause mark in what follows the
# colon): "第一步：提前准备社保卡相片回执号" (gz-social-security-card-guide-2026) titles its step by what follows, as a
# numbered heading.
STAGE_LABEL_LINE = re.compile(
    r"^(?P<lead>[ \t\u3000*]*)"
    r"(?P<label>第(?P<n>[一二三四五六七八九十]{1,3})阶段(?:[（(][^()（）\n]{1,30}[)）])?)[ \u3000]*[：:]"
    r"(?P<value>[^\n]*[，,；;。][^\n]*)$",
    re.MULTILINE,
)
STAGE_LABEL_LINES_MIN = 2
# FIELD_LABEL_RECORD (seg40, after round 39's score): a policy record of a county site's data module (Word-made
# HTML in a JS template string, no title line) is laid out as fields, the record opening with its first one:
# "享受对象：在普通高中、中职学校…就读…的农村建档立卡贫困户子女。" / "资助项目：…贵州省增加以下教育
# 精准扶贫学生资助项目:" / "1.普通高中（1900元/生•年）" / … / "**办理流程：**" / "1.省内学校：…"
# (gz-changshun-education-aid-2017; "搬迁对象和规模：…" / "补助标准：…" / "建设标准：…" / "办理流程：…",
# -relocation-policy-2017; "保障对象：…" / "1.资助参合。…" / … / "申办流程：…", -medical-aid-2017, heldout39).
# Where the text's first line is such a label before its value (a 2-8 character label, no marker, not a
# portal's metadata field: METADATA_FIELD_LABELS), its unnumbered label lines are the record's level-1 headings
# (the heldout20 label rule at the top level, round-39 gold), at least FIELD_LABEL_RECORD_MIN of them; the
# headings under a label that stands alone or whose value ends in a lead's colon ("…资助项目:") go one level
# down under it, those after a label with a value of its own stay beside it. A notice's salutation
# ("各区县人民政府：", alone) is no first field. The labels name what a service guide's fields name, the word
# they end in one of FIELD_LABEL_RECORD_ENDS: a saved page's link line or source ("点击查看政策解读：【音频
# 解读】…" / "来源：天河区科技工业和信息化局" over a notice, th-hk-macao-youth-measures-2023, heldout28) is no
# field of a record.
FIELD_LABEL_RECORD_MIN = 2
FIELD_LABEL_RECORD_ENDS = re.compile(
    r"(?:对象|条件|标准|流程|程序|材料|方式|时限|期限|地点|依据|范围|项目|规模|内容|待遇|政策|办法)$"
)
FIELD_LABEL_LEAD_END = ("：", ":")
# DECIMAL_OUTLINE_TITLE_LINES (seg21): CHAPTER_DECIMAL_PLAN_TITLES without the 第N章. A district plan whose
# chapters are "1  概  述" / "1.7 社会影响" titles what a section holds with （1） lines of their own, no full stop,
# each over a paragraph: "（1）环境效益" / "大力发展综合能源站，有利于…。", "（1）CNG汽车用气指标" /
# "各类汽车的用气量指标可…" (fl-energy-station-2023, heldout20: 16 such titles and the ① lines under them lost).
# In a document titled as a plan (DECIMAL_OUTLINE_PLAN_TITLE), not as the standards, guides and 预案 that
# LISTS_UNDER_DECIMAL_OUTLINE was written for ("（1）区县指引" over its paragraph under "5.x" of dev's
# 市级国土空间总体规划编制指南 is a list entry), such a line stays a heading when the next line is a paragraph (no
# marker of its own, a sentence's end or a lead's colon past DECIMAL_TITLE_PARAGRAPH_MIN characters: "（3）布局方案" /
# "综合能源站布局应符合相应的技术规范要求，选址应满足以下条件："); a list's one-sentence entries
# ("（1）严格执行国家的有关方针、政策、标准、规范。", the same plan's 规划原则) and run-in entries stay list entries.
DECIMAL_TITLE_PARAGRAPH_MIN = 20
DECIMAL_OUTLINE_PLAN_TITLE = re.compile(r"(?:规划|计划|方案)(?:[ \u3000]*[（(][^（）()]{1,20}[）)])*$")
# MIXED_TITLED_ENTRIES (seg21): UNTITLED_ENTRIES judges a list of run-in entries as a whole; where the list mixes
# both kinds, its entries that open with a short run-in title of their own stay headings and those that open
# straight with a sentence are clauses (heldout13 rule): "（七）统一补贴品类和标准。" / "8. 支持汽车报废更新。2026年，
# 对个人消费者报废…" / "9. 支持汽车置换更新。…" / "10. 对个人消费者购买…的，按…给予补贴…"
# (sc-trade-in-renewal-2026, heldout19: 8 titled entries among 30, numbered across the parts, all lost). At least
# MIXED_TITLED_ENTRIES_MIN titled entries make a mixed list; one entry that happens to read like a title is judged
# with its list (round 6).
MIXED_TITLED_ENTRIES_MIN = 3
# GLUED_PARAGRAPH_ITEMS (ind21): PARAGRAPH_ITEMS in a text that lost its line breaks. A block heading
# without sections whose own text opens with "（一）" runs its paragraphs in: "二、重点工程  （一）新一代
# 信息技术产业智能提升工程。推动…提升网络安全领域人工智能应用水平。 （二）高端装备制造业智能提升工程。…"
# (sd-ai-clusters-2019, dev, joined; on its lines each part opens one). Each part, from its marker to the
# next, is an item, the first right after the title, each later one after a sentence end
# (GLUED_PARAGRAPH_AFTER, blanks between allowed), at least ORDINAL_MIN of them.
GLUED_PARAGRAPH_FIRST = re.compile(r"[ \t\u3000]*（一）")
GLUED_PARAGRAPH_AFTER = "。；！？）)"
# GLUED_LONE_CONTINUED_ITEM (ind21): GLUED_CONTINUED_ITEMS for a part holding one entry only: "…（三）面向重点
# 领域，开展应用示范7.打造智能传感器推广示范工程。以应用需求为导向，…" (sd-smart-sensor-2021, heldout6, joined;
# 1.–6. in the parts before). The entry that goes on with the block's numbering (last + 1, no gap) right after
# the part's title is the part's task; without it the part itself was read as one.
# INLINE_SEMICOLON_LIST (fix21seg, after round 21's first score): in a text that lost its line breaks, a run of
# （一）（二）… siblings whose entries each end their first clause at ； (all but the last, which ends the list at
# 。) is a list of references or inspected items, not headings: "一、检查依据（一）《中华人民共和国核安全法》；（二）
# 《中华人民共和国民用核设施安全监督管理条例》及其实施细则；…（七）国家核安全局批准或认可的文件。二、检查内容（一）质量
# 保证体系运转情况；…" (hn-changjiang-fcd-inspection-2021, heldout21, a one-line crawl; the same lists on their
# own lines end in ； and are read as items there). Only ； counts (a titled （n） ends at 。 and an untitled
# provision's first clause at ，), and an entry with headings below it is a part (_inline_list_entry).
# An entry broken by a comma is a clause, not a list's noun phrase: "（三）“二调”后“三调”前发生的违法用地，我区涉及此类
# 整治面积约99亩;" (heldout6's fx-illegal-land-2024 joined: the kinds of land its tasks gold judges a block's items).
INLINE_SEMICOLON_LIST_STYLES = ("paren-cn",)
INLINE_SEMICOLON_LIST_END = "；;"
INLINE_SEMICOLON_LIST_CLAUSE = re.compile(r"[，,]")
# INLINE_DATE_RANGE_OPENER (fix21seg): INLINE_DATE_OPENER's full date may be a span of days: "三、检查活动|2021年3月16日
# 至19日，国家核安全局组织检查组…" (hn-changjiang-fcd-inspection-2021, heldout21, one-line); written into
# INLINE_DATE_OPENER. INLINE_NOW_OPENER: 目前 opens a sentence as 当前 does (INLINE_TIME_OPENER): "（三）关于现场准备|
# 目前，用于3号机组核岛施工的人员…" (the same text). HEAD_NOUN_OVER_OPENER: a part's head noun (TITLE_HEAD_NOUNS) that
# holds an opener (the 要 of 要求) ends the title after itself: "五、检查发现问题及整改要求|为确保施工建造质量，…"
# (the same text; 工作要求 of "四、工作要求|现在距离…", nat-water-stations-bulletin-2018, is read so too).
HEAD_NOUN_CHARS = 2
# INLINE_NOW_OPENER: 目前 then a comma, also where the （n） are untitled provisions (_provision_title_end), as
# INLINE_DATE_OPENER is there.
INLINE_NOW_OPENER = re.compile(r"目前(?=[，,])")
# SENTENCE_ENTRIES_BESIDE_TITLED (fix21seg): in a text whose （n） are stand-alone titled lines under some parts
# ("（一）补贴适用时间" / "（二）申报补贴渠道" on lines of their own), the （n） of another part that each open
# with a sentence ending at 。 (its paragraph may go on), broken by clauses and longer than a run-in title, are
# its clauses, not headings: "三、申报补贴程序" / "（一）自申报对象按期提交齐全、清晰的申报材料之日起，由市商务委
# 会同…完成网上审核。" / "（二）对审核通过的申报对象，将在…进行公示…。" (cq-car-scrappage-subsidy-2025, heldout21;
# the heldout13/heldout17 gold rule: "untitled duties （一）（二） under another part of the same notice are
# clauses"). All the entries under one heading must read so, and at least SENTENCE_ENTRIES_BESIDE_TITLED_MIN.
SENTENCE_ENTRIES_BESIDE_TITLED_STYLES = ("paren-cn",)
# RUN_IN_TITLED_BESIDE (fix27seg, round 27): so do titled run-in （n） of other parts, a short title (no clause mark,
# at most RUN_IN_TITLE_MAX) ended by 。 with the paragraph after it on its line: "二、重点任务" / "（一）发挥电动汽车
# 作为新型储能的潜力。…" … "三、组织实施" / "（一）请各省（区、市）牵头负责充电设施发展的部门会同…，推荐本地区…项目。
# 原则上…" (nat-v2g-pilot-2024, an ndrc.gov.cn notice: its five bold titled run-in （n） under 二、 are headings, the
# four requirement sentences under 三、 clauses in round 27's gold, as heldout13/17's untitled duties).
# Only a part whose （n） are all such titled run-in entries, at least RUN_IN_TITLED_MIN of them, shows the text titles
# its entries: nat-tibet-classes-1996 (heldout5) mixes "（一）加强政府的责任。…" with a 34-character first sentence
# under one part, and its sentence （n） of other parts are headings in heldout5's gold.
RUN_IN_TITLED_BESIDE = True
RUN_IN_TITLED_MIN = 2
# SENTENCE_ENTRY_MARKS (fix27seg, round 27): a one-sentence entry longer than a run-in title shows it is a sentence
# by a clause mark in its title, or by an enumeration's 、: "（四）充换电设施的产品、建设施工、竣工验收、运营管理符合
# 国家和本市相关标准规范要求。" (bj-charging-rewards-2024, whose untitled （n） conditions under 三、申报条件 sit beside
# stand-alone titled （一）奖励对象及方式; round 27's gold: clauses). Only entries whose title ends at the 。
# (SENTENCE_ENTRIES_BESIDE_TITLED): nat-tibet-classes-1996's sentence （n）, cut at a clause, stay headings as
# heldout5's gold has them.
SENTENCE_ENTRY_MARKS = re.compile(r"[，；,;、]")
SENTENCE_ENTRIES_BESIDE_TITLED_MIN = 2
# SENTENCE_ENTRY_BESIDE_TITLED (seg29): where a text's （n） are numbered across its parts, each part holding one or
# two, a list is too short to be judged as a whole, and one entry that plainly opens with a sentence is a clause
# beside its titled siblings (heldout13's mixed-list rule): "四、参与中长期电能量市场方式" / "（六）新能源项目机制电量
# 之外的上网电量，自主决定是否参与中长期电能量市场，不对其中长期合同签约比例进行考核。" / "（七）建立健全适应新能源
# 发电特性的中长期交易机制。允许…" (south-ne-market-2025, heldout33; gold: （六） a clause, （七） a heading). Plainly:
# broken by two clauses or more before its 。, or opened by a circumstance clause ending in 时/后
# (SENTENCE_CIRCUMSTANCE: "（十三）各省（区）预计发生或实际发生新能源消纳困难时，…"), or by SENTENCE_OPENING_CLAUSE,
# or stating a requirement (CLAUSE_REQUIREMENT), and ending at 。 on its line; a leaf. Judged after the lists as
# wholes (SENTENCE_OPENED_ENTRIES), so that a list's count is its own. One comma is not enough: hefei-gwr-2026's
# run-in titles "（一）坚持以合肥滨湖科学城实体化改革为牵引，科技创新策源地建设塑造新优势。…" (heldout25) are headings.
# Switched off by the lead (session 29) after the full run: a crawl that glued a run-in title to its first sentence
# without a mark reads as exactly such a sentence, "（四）总结交流经验及时做好环境日宣传工作总结，展示工作亮点，不断
# 提升宣传工作水平。" (mee-envday-2019, a 环境日 notice of the lineage9 set), and the entry, a titled line of work,
# stopped being a unit: lineage9's strong recall 0.957 → 0.935 and precision 0.795 → 0.762, lineage12 one negative
# more (2 → 3) and weak 0.545 → 0.515, against headings heldout33 0.935 → 0.944 and heldout13 0.979 → 0.982 (heldout5
# 0.960 → 0.957). Until a glued title can be told from a sentence the rule costs more than it gains.
SENTENCE_ENTRY_BESIDE_TITLED = False
SENTENCE_ENTRY_CLAUSES_MIN = 2
SENTENCE_CIRCUMSTANCE = re.compile(r"^[^，,；;。]{2,}(?:时|后)[，,]")
# SENTENCE_OPENED_ENTRIES (clause28, the rounds-13/17/21/29 convention, the lead's decision of session 28): a list
# whose entries open straight with a sentence, no run-in title of their own, holds clauses, not headings (heldout13's
# and heldout15's gold rule: "in a list, entries opening with a short run-in title are headings, entries opening
# straight with a sentence are clauses"). An entry opens with a sentence when its first sentence (its title as read)
# opens with a circumstance clause ended by a comma (SENTENCE_OPENING_CLAUSE: "（一）对监测机构，明确了主体责任，…。",
# nat-monitoring-lab-review-draft-2018; "1.针对营运单位管理部门审查程序中存在的…问题，营运单位应…",
# hn-changjiang-fcd-inspection-2021, heldout21; both read by other paths, a TOC and the inline reading, where the
# rule is not applied yet), states a requirement in its first clause (CLAUSE_REQUIREMENT:
# "（二）项目信息公开内容列表页须采用分页浏览方式。", jj-project-info-share-spec-2011, heldout29), or is longer than a
# run-in title and broken by clauses ("（一）从1996年起，新开工项目由中国人民建设银行贷款；…", nat-gold-policy-1996,
# heldout18). The list under one heading is judged as a whole: most of its entries, at least SENTENCE_OPENED_MIN,
# read so; only leaves. Round 3's and heldout5's gold still titles such entries by their first sentence
# (nat-quake-defence-1996, nat-tibet-classes-1996: a gold conflict the later convention settles).
# SENTENCE_OPENED_RUN_IN: only an entry whose first sentence ends at 。 on its line reads as a sentence; a line of
# its own without a full stop is a title, however it reads ("1.国际经济走势和竞争格局发生重大变化，给产业技术创新
# 既带来挑战又带来机遇" over its paragraphs, a plan of data/plans). A list whose entries open with the modal
# itself (SUBJECTLESS_CAPABILITIES) is left to UNTITLED_ENTRIES.
# SENTENCE_OPENED_UNDER_HEADING: only a list under a heading; a text whose top level is numbered sentences
# ("一、根据现在国内和国际条件及总的趋势来说，在第二个五年计划期间，…" …, nat-fyp-2-proposal-1956, heldout6) has no
# other outline, and round 6's gold titles its parts so.
# SENTENCE_OPENED_PAREN_ARABIC (seg29): the （1） entries under a 1. title read so too: "1.虚拟电厂运营商注册。" /
# "（1）虚拟电厂运营商市场注册条件和流程参照《售电公司管理办法》，具体按照…执行。" / "（2）虚拟电厂运营商注册时应明确其
# 虚拟电厂类型，…。" (gd-vpp-market-2024, heldout33; hn-default-retail-2025's "（1）保底售电公司按原合同价格承接…，
# 不再另行签订协议。"; both golds: clauses, the 1. above headings).
SENTENCE_OPENED_STYLES = ("paren-cn", "arabic", "paren-arabic")
SENTENCE_OPENING_CLAUSE = re.compile(
    r"^(?:针对|对(?![标接外口照比话])|为了?|从|自|凡|按照|根据|依据)[^，,。；;]{1,30}[，,]"
)
SENTENCE_OPENED_MIN = 2
# SENTENCE_OF_CUT_TITLE (fixseg59, round 59): an entry whose title was read cut inside its first sentence on its line
# (a subject cut: "（二）各省级教育行政部门|要把军事课教学展示作为检验学生军事课教学效果，创新发展…的重要抓手，周密安
# 排、科学筹划，确保工作取得实效。") opens with that sentence, judged whole up to its 。 on the line: a run-in title
# ends at its own 。, and a subject with its modal after it is a sentence's opening, not a title
# (edu-military-course-showcase-2020, heldout59 gold: the three requirements under 四、有关要求 are clause items; read
# as level-2 headings, 0.727). REQUEST_OPENING: an entry opening with 请 asks something of its addressees, a notice's
# request, never a title: "（三）请各省级教育行政部门于2020年12月14日前将加盖公章的报名表（见附件2）以书面和电子邮件形
# 式报承办单位。" (the same notice); not 请示 / 请求 (a 请示报告制度 is a title). REQUEST_IN_CLAUSE decides read
# inline (REQUIREMENT_PROVISIONS). CUT_TITLE_LINE_ALONE: only an entry whose paragraph stands alone on its line, no
# other heading on it and a line break after it: in a text that lost its line breaks a title with no end mark is glued
# to its paragraph as often as not ("（一）职责分工生态环境遥感监测试点工作由…", mee-eco-remote-sensing-pilot-2019, a
# one-line cell: gold level 2).
REQUEST_OPENING = re.compile(r"^请(?![求示])")
# TWO_CLAUSE_RUN_IN_TITLE (fixseg56, round 56): a measure's run-in title may be two clauses, what is done
# and what it brings, longer than RUN_IN_TITLE_MAX with its comma: "（九）合并办理国有建设用地使用权首次
# 登记与抵押登记，缩短融资抵押办理周期。全市范围内申请办理…" / "（二十）提高综合医院、专科医院、幼儿园、
# 小学、中学类建筑停车泊位配建指标，解决瞬时集中停放需求。大幅度提高…" (gz-approval-service-measures-3-2023,
# heldout56 gold: level-2 run-in headings, "a bold two-clause title (做什么，带来什么。)";
# SENTENCE_OPENED_ENTRIES dropped 10 of its 21 points as clauses opening with a sentence). A first sentence of
# exactly two clauses (one comma, no semicolon), up to TWO_CLAUSE_TITLE_MAX characters, whose paragraph goes on
# on its line for at least as long again, is such a title, not a clause's sentence; one that opens with a
# circumstance (SENTENCE_OPENING_CLAUSE) or states a requirement stays a sentence, and so do three clauses or
# more ("（一）从1996年起，新开工项目由中国人民建设银行贷款；…") and a one-sentence paragraph.
# (seg57) Only for a measure whose run-in paragraph is the whole of it, the next heading on the next line (the 广州
# page's 21 points, one paragraph each): an entry whose line leads paragraphs of its own below it is a section whose
# opening sentence runs into its lead ("（一）做实粤港澳大湾区“一点两地”全新定位，更好发挥高质量发展动力源作用。推动…"
# over five paragraphs, gd-gwr-2025, lineage50: read as titled units there the report's sections took the links
# judged at the part, weak 0.707 -> 0.511, precision 0.909 -> 0.735), left to the rules for a report's sections. A
# text read from one line has no such line: the rule is off there (its figures stayed with the sentence reading).
# TWO_CLAUSE_SUBJECT: a first clause that names the subject of a sentence, opening with a determiner
# (DOCUMENT_SUBJECT_DETERMINERS, INLINE_SUBJECT_OPENERS) or defining a short name (TWO_CLAUSE_SUBJECT_NAMED), is a
# sentence's: "（一）各房地产开发企业（以下简称“开发商”），支持购房人使用住房公积金…" (hi-hpf-downpayment-
# withdrawal-draft-2023, heldout53 gold: a clause; read as a title it cost the text 0.750 -> 0.600).
TWO_CLAUSE_SUBJECT_NAMED = "以下简称"
TWO_CLAUSE_TITLE_MAX = 2 * RUN_IN_TITLE_MAX
TWO_CLAUSE_TITLE_CLAUSES = 2
# SENTENCE_TITLE_OVER_PARAGRAPHS (fixseg49, round 49): an entry whose line holds nothing but one sentence and its 。,
# over paragraphs of its own (at least TITLE_LINE_PARAGRAPHS_MIN, none numbered) before the next heading, is a title
# line however long and clause-broken, not a clause opening with its sentence: "三、关于经济发展战略" / "（一）把发展
# 科学技术和教育事业放在首要位置，使经济建设转到依靠科技进步和提高劳动者素质的轨道上来。" / "现代科学技术和现代化管理
# 是…" / "加速科技进步，…" (nat-cpc13-congress-report-1987, heldout49 gold: level-2 headings, the heldout6 rule for
# stand-alone titles ending in 。). A clause's paragraph goes on on its own line; a list of clauses holds no
# paragraphs of each entry's own between them.
# SENTENCE_OPENED_ACROSS_PARTS (fix35seg, heldout29): a rule list's parts hold clauses all through, and where a part
# holds too few of them to be judged as a list (its other clauses read as no heading), the one or two left over stand
# as headings: "二、项目信息公开" / "(一)项目信息公开的基本内容，应包括：…" / … (dropped as SENTENCE_OPENED_ENTRIES) and
# "五、信息表现格式" / "(二)非结构化数据包括办公文档、纯文本、表格、网页、图片、音频、视频。" / "(四)办公文档、纯文本、
# 表格和网页中的中文采用简体中文字符。" (jj-project-info-share-spec-2011: clauses in the round-29 gold). Where at least
# more than SENTENCE_OPENED_ACROSS_SHARE of a style's leaves at one level were dropped so, its leaves left whose first
# sentence ends at 。 on their line and that hold nothing but that line go too (the lines up to the next heading, if
# any, the list's other entries); a title over paragraphs ("（二）用户侧年度交易电量上限。" / "售电公司年度交易分月…",
# gd-annual-trading-2025, whose 五、 holds clauses), a short run-in title ("（一）加强政府的责任。各有关省（市）…",
# nat-tibet-classes-1996) or a label：value entry stays.
SENTENCE_OPENED_ACROSS_SHARE = 0.5
# TITLE_LINES_ABOVE_BODY (fix21seg): a document's title broken over short lines of its own right above its first
# numbered heading, the last line ending in the document's kind, is its title (front matter), not unnumbered
# sections: "内蒙古自治区交通运输厅 财政厅“十四五”" / "推广应用新能源巡游出租汽车" / "奖补实施细则" / "第一章 总则"
# (nm-ev-taxi-subsidy-2024, heldout21: the rules' title in three bold lines under the 印发 sentence of a repost).
# Only before any numbered heading is found, at most TITLE_LINES_ABOVE_BODY_MAX lines.
TITLE_LINES_ABOVE_BODY_KIND = re.compile(
    r"(?:方案|规划|计划|意见|纲要|办法|细则|要点|措施|指南|指引|条例|规定|规则|通知|决定)[ \t\u3000]*$"
)
TITLE_LINES_ABOVE_BODY_MAX = 4
# BULLETIN_TITLE (fix21seg): a 通报 tells the addressees how a matter stands (progress, an inspection's findings),
# a report, not a plan: "关于2018年4月国家地表水考核断面水质自动监测站建设进展情况的通报"
# (nat-water-stations-bulletin-2018, heldout21, kind report in the gold); REPORT_WORDS' 报告 / 公报 miss it.
BULLETIN_TITLE = re.compile(r"通报$")
# FEEDBACK_LETTER_TITLE (fixmeta58, round 58): a 反馈函 reports back on what a higher body asked about, as a 通报 tells
# how a matter stands: "平潭综合实验区经济发展局关于《协助提供加强闽港合作三年（2014-2016）行动方案物流产业合作落实
# 情况》的反馈函" (pt-jinjing-berths-feedback-2015, "…反馈如下：" on the state of the 金井 berths; kind report in the
# gold) was read as a plan for its 函. A 复函 (a reply that decides, "国务院办公厅关于黄金经济政策有关问题的复函") is no
# report; only 反馈 and 反馈函 at the title's end.
FEEDBACK_LETTER_TITLE = re.compile(r"反馈函?$")
# EXPERIENCE_SHARED_TITLE (fixmeta59, round 59): a letter or notice that passes on one place's experience for others
# to learn from tells what was done there, as a 通报 does: "关于学习借鉴浙江湖州依法破获“COD去除剂”干扰在线监测数据
# 案件经验做法 持续提升生态环境执法效能的函" (mee-cod-remover-huzhou-letter-2022, the case, its difficulties and
# lessons, then five requirements; kind report in the gold, as round 37's "…的成效和经验", nat-eight-rules-experience-
# 2025) was read as a plan for its 函. A title that asks to learn from (学习借鉴) an experience (经验) names a report.
EXPERIENCE_SHARED_TITLE = re.compile(r"学习借鉴[^。；]{0,80}?经验")
# REPORT_CITED_YEARS (fixmeta58, round 58): a report's title may name the plan it reports on with that plan's years:
# "…关于《协助提供加强闽港合作三年（2014-2016）行动方案物流产业合作落实情况》的反馈函" (pt-jinjing-berths-feedback-2015,
# signed 2015-09-18, a report on the state in 2015; gold years 2015, not the action plan's 2014-2016). A span of years
# inside the 《》 of a report's title is the cited document's, not the report's: the report's years are read from its
# title without its quoted names (REPORT_QUOTED), else as any other document's (its year of issue). An interpretation
# takes the years of the plan it explains ("《济南市“十四五”加快数字化高质量发展规划（2021-2025年）》解读",
# jn-digital-14-interp, gold 2021-2025): only a report.
REPORT_CITED_YEARS = True
# SEVERAL_ISSUED (fix21seg): a notice that issues two documents, each quoted in its title, is titled as the notice
# (no one of them is the document): "关于印发《国家基本医疗保险、生育保险和工伤保险药品目录》以及《商业健康保险创新
# 药品目录》（2025 年）的通知" (nat-drug-list-notice-2025, heldout21, its title over two PDF lines), not
# "国家基本…目录》以及《商业…目录》（2025 年）" with the brackets half gone.
SEVERAL_ISSUED = re.compile(r"》[^《》]{0,6}《")
# APPENDED_NUMBERED_ATTACHMENTS (fix21seg): APPENDED_LISTED_ATTACHMENT for a list of several numbered attachments,
# "附件：1.检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）2.《…（征求意见稿）》编制说明生态环境部办公厅
# 2018年6月6日抄送：…。附件1检验检测机构…（征求意见稿）第一条本补充要求…附件2《…(征求意见稿)》编 制 说 明一、背景情况…"
# (nat-monitoring-lab-review-draft-2018, heldout21, a one-line crawl: the letter has no headings, its two attachments
# do). Each listed entry (ATTACHMENT_LIST_ENTRY, numbered from 1 within ATTACHMENT_LIST_WINDOW characters of 附件：)
# must come back, in order, as 附件n glued to the title it lists (widths and spaces folded: the note's title is
# letter-spaced there); each is a level-1 heading, its own numbering under it. Not where a table of contents above
# the list names the attachments as labelled ("附件1石化行业智能制造现行和在研标准清单......32", heldout6's
# nat-petrochem-std-guide-2022 joined): the outline is read with the TOC.
# APPENDED_NUMBERED_TABLES (fix28one, after hoseg28b's decision): an attachment may list tables of its own and
# the crawl append them the same way as a notice's numbered attachments, "附表：1. 广州市就业见习基地申请表2.
# 广州市就业见习基地见习岗位需求信息表…6.广州市就业见习示范基地学员补贴花名册附表1广州市就业见习基地申请表（ 年）
# 单位名称…附表2…" (gz-internship-base-rules-2019 joined, under its 附件): in an attachment's text they are read
# as APPENDED_NUMBERED_ATTACHMENTS with 附表 for 附件, each table heading its part beside the attachment's 一、
# (hoseg28b: 附表1…附表6 level 2 under the 附件).
APPENDED_LIST_NOUNS = ("件", "表")  # 附件, 附表
ATTACHMENT_LIST_ENTRY = re.compile(r"(?<![\d.．])(?P<n>[1-9])[.．、](?!\d)")
ATTACHMENT_LIST_WINDOW = 300
APPENDED_NUMBERED_MIN = 2
# APPENDED_FIRST_ATTACHMENTS (join46): a page may append only its first attachments of the many it lists ("附件：1.
# 非洲猪瘟监测计划2.动物流感监测计划…33.相关国家兽医参考（专业、区域）实验室名单附件1非洲猪瘟监测计划一、监测目的…
# 附件4布鲁氏菌病监测计划一、…", nat-animal-disease-monitoring-plan-2021 joined, its 附件1…附件4 only): the
# attachments found so, APPENDED_NUMBERED_MIN at least and no other 附件 label after the last, are appended all the
# same.
# INLINE_LEAD_OPENERS (fix21seg): the document speaking of itself by its short name in 《》
# ("四、需要说明的问题|本《补充要求》是在…") and a purpose clause of policy ("二、编制过程|为贯彻落实中央文件
# 要求，…", "五、检查发现问题及整改要求|为确保施工建造质量，…") open a glued first sentence
# (nat-monitoring-lab-review-draft-2018 and hn-changjiang-fcd-inspection-2021, heldout21, one-line crawls);
# a year and month then a comma too ("一、背景情况|2017年9月，中共中央办公厅…", INLINE_DATE_OPENER).
# Written into INLINE_LEAD_OPENERS and INLINE_DATE_OPENER.
# ATTACHMENT_TITLE_DATE (fix21seg): an appended attachment's title may carry the date of its figures in brackets
# that the list left out: "附件：1.各省（区、市）水站建设进展情况统计表2.…" / "附件1.各省（区、市）水站建设进展情况
# 统计表（截至2018年5月3日）省份新建水站…" (nat-water-stations-bulletin-2018, heldout21, one line): the bracket is
# the title's (APPENDED_NUMBERED_ATTACHMENTS).
ATTACHMENT_TITLE_DATE = re.compile(r"[（(](?:截至|截止)?[^（）()。，；\n]{2,16}?[年月日底][）)]")
# REPORT_HEAD_NOUNS (fix21seg): the parts of a report or bulletin are headed by 情况 / 做法 / 问题 as a plan's
# by 要求 / 任务 (TITLE_HEAD_NOUNS); read inline, the title ends after them: "一、总体进展情况|全国2050个…",
# "（二）已（在）建水站进展情况|530个地方投资的…", "二、典型做法|河北省委书记…" (nat-water-stations-bulletin-2018,
# heldout21, one line).
# 情况下 and 问题导向 go on as one word (HEAD_NOUN_WORD_SPLITS: "坚持问题导向，实施专项行动，…", heldout14).
# A comparison opening the sentence, 与…相比, ends the title even after 与 (TITLE_HEAD_GOES_ON):
# "三、存在问题|与水站建设时序要求相比，…" (HEAD_NOUN_THEN_COMPARISON).
REPORT_HEAD_NOUNS = ("情况", "做法", "问题")
# INLINE_PART_HEAD_NOUNS (join42): the parts of a plan or a guide that name a mechanism or an approach end in 机制 /
# 思路, and read inline the first sentence runs on with no opener: "（二）建立数据质量反馈机制|北京市经济和信息化局…",
# "（一）探索专区长效运营机制|数据专区采取政府授权运营模式" (bj-data-zone-2022), "二、建设思路|采用“政府引导、…"
# (nat-bus-smart-demo-guide-2014), "改革总体思路|蒙东电力市场…" (all joined). 机制性 / 机制建设 / 机制改革 / 机制创新
# go on as one word, and so do the price reforms' 机制电量 / 机制电价 ("二、存量新能源项目机制电量、电价和执行期限",
# sc-ne-price-reform-2025), and a stage's date in brackets ("（一）建立工作机制（2021年8月）", cm-city-checkup-2021):
# INLINE_PART_HEAD_NOUN_SPLITS. Not 体系, 现状, 定位, 模式, which qualify a noun after them as often
# ("着力提升创新体系整体效能", 现状调查, 定位系统, 模式创新).
# (join44) and the parts of a notice or a call that say why, how and for how long end in 目的 / 方式 / 期限, their first
# sentence run on with no opener: "一、示范目的|为推进气象人工智能大模型…", "四、报名方式|示范单位通过平台填写申请表"
# (nat-ai-weather-demo-2024), "2.临床试验目的|产品临床试验应该…" (nat-pathology-ai-review-2023), "一、竞价目的|需求侧
# 竞价是…" (tj-demand-response-2021), "三、培养方式|人工智能具有…" (nat-ai-grad-programme-2022), "二、管理方式|华北电力
# 调控分中心…", "二、规划期限|本次规划期限为…" (all joined). 目的地, 方式方法 / 方式转变, 期限内 go on as one word
# (HEAD_NOUN_WORD_SPLITS).
# (join49) and the first part of a plan or of its reading that says why it was drafted ends in 背景, its first sentence
# run on with no opener: "一、政策背景|“十四五”教育事业发展规划编制工作由…" (ls-edu-14fyp-interp-2022, heldout48
# joined); parts so titled elsewhere: 发展背景, 起草背景, 编制背景, 出台背景, 实施背景 (gold, heldout48 and earlier).
# 背景下 / 背景资料 / 背景说明 / 从…背景看 go on as words (HEAD_NOUN_WORD_SPLITS).
INLINE_PART_HEAD_NOUNS = ("机制", "思路", "目的", "方式", "期限", "背景")
INLINE_PART_HEAD_NOUN_SPLITS = "化性建改创电（("
HEAD_NOUN_THEN_COMPARISON = re.compile(r"与[^，。；、]{1,20}相比")
# COLLECTOR_NOTES (fix21seg): a vault's markdown may carry its collector's notes as ## headings between the vault's
# header and the page caption: "## 摘要" / "## 初步影响分析" / "**加油业务**: 无直接影响。" / "## 六维评分" /
# a score table / "## 政策原文" (nat-charging-proposal-reply-2025, heldout21): every unnumbered heading above
# the caption (PAGE_CAPTIONS) is the collector's, none the document's (_without_page_captions).
# PAGE_TITLE_PLACEHOLDERS: a frame's default page title, "无标题文档" (the same page, under the reply), names nothing.
# (A markdown table row read as a heading, "| 制发日期: | 2025-07-23 |", is left: on heldout19's
# nat-newenergy-plan-2022 the forwarding notice under such a row is read for its institutions as that row's section.)
PAGE_TITLE_PLACEHOLDERS = frozenset({"无标题文档", "无标题页", "Untitled Document"})
# CONDITIONS_TITLE (fix21seg): a stand-alone title that announces the conditions below it, with no colon, heads a
# list: "（二）补贴对象为同时满足以下条件的消费者" / "1．个人消费者。" / "2．补贴适用时间内，在全国范围内报废注销了…" /
# … / "8．按程序成功申报并经审查要件齐全属实。" (cq-car-scrappage-subsidy-2025, heldout21: the short entries were
# read as sections, the long ones not). Its numbered leaves (CONDITIONS_STYLES) are the list's items (CRITERIA_LEAD
# for a lead sentence ending in a colon).
CONDITIONS_TITLE = re.compile(r"(?:满足|符合|具备|具有)(?:以下|下列|如下)[^。；：:]{0,8}?(?:条件|标准|情形|要求)")
CONDITIONS_STYLES = ("arabic", "paren-arabic", "circled")
# CONDITION_ENTRY (fix25seg, round 25): an entry whose sentence opens with a condition clause ending in 的 and a comma
# states a rule for a case, "（一）选择到银行网点领卡的，领卡时同步设置社保卡密码。" / "1.如有其他特殊情况需代办业务
# 的，按银行有关规定办理，…" (gz-social-security-card-guide-2026, bold or not; gold: list items): a title names a topic
# and never opens with a case (no heading of the gold of any round does), so such a leaf is the list's item.
CONDITION_ENTRY = re.compile(r"^[^，。；：,;:！？!?]{2,40}的[，,]")
CONDITION_ENTRY_STYLES = ("arabic", "paren-cn", "paren-arabic")
# ATTACHMENT_LIST_FIRST_ON_LABEL (fix21seg): an attachment list whose first entry stands on the label's line goes on
# below it as ATTACHMENT_LIST_ALONE's does: "附件：1.重庆碳市场2023年度重点排放单位名录" / "2.…" / "3.…" /
# "          4.重庆碳市场不同行业调节系数表" (cq-carbon-allowance-2023, heldout21: the 4. went on the numbering of the
# run-in 1.–3. above and was read as a section).
ATTACHMENT_LIST_FIRST_ON_LABEL = re.compile(r"^[ \t\u3000]*附[ \u3000]*[件表][ \u3000]*[：:][ \t\u3000]*1[.．、](?!\d)")
# RUN_ON_LETTER_TITLE (fix21seg): a letter's title run on into its addressees ends at its 的函, not at the kind
# word before it: "关于征求《检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）》意见的函各省、自治区、…：" was
# read "…意见" (nat-monitoring-lab-review-draft-2018, heldout21, one line); written into RUN_ON_TITLE_ENDING.
# VAULT_OWN_NOTICE (fix21seg): a vault page's # title may be the collector's short name of a notice that is itself
# the document (no 印发 sentence; its provisions announced by 通知如下): "重庆市2025年汽车报废更新补贴政策" over
# "重庆市商务委员会关于实施2025年汽车报废更新补贴政策的通知" / addressees / "…现将有关事项通知如下。"
# (cq-car-scrappage-subsidy-2025, heldout21), "海南省2025年加力扩围实施大规模设备更新和消费品以旧换新政策" over
# "海南省人民政府办公厅" / "关于2025年海南省加力扩围…政策的通知" (hi-trade-in-renewal-2025, heldout19). The notice
# title under the page caption (PAGE_CAPTIONS) that ends with the page title's last OWN_NOTICE_TAIL_CHARS
# characters before its 的通知, on one line or two (issuer over 关于…), is the title, when 通知如下 follows within
# OWN_NOTICE_WINDOW characters with no issuing sentence before it.
OWN_NOTICE_TITLE = re.compile(r"[^。，；：:\s]{2,40}?关于[^。；\n]{4,80}?的通知")
OWN_NOTICE_PROVISIONS = re.compile(r"(?:通知|规定)如下")
OWN_NOTICE_TAIL_CHARS = 6
OWN_NOTICE_WINDOW = 1500
# FIRST_PART_MARK: the mark of a first part, "一、": a body that numbers afresh below a notice's own points opens
# with it (NOTICE_POINTS_RESTART in segment.py).
FIRST_PART_MARK = "一、"
