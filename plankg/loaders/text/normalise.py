"""Normalise a decoded plan text while keeping a map back to the original characters.

Every step rewrites the text through :func:`substitute`, which carries, for each output
character, the offset of the original character it came from. Spans found later in the
normalised text can therefore always be shown against the file as it was written.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import opencc

from plankg.loaders.rules.structure import (
    BROKEN_DATE,
    LINKED_LIST,
    OCR_MARKER_LOOKALIKES,
    RELATED_HEADING,
    SPAN_BROKEN_DATE,
    SPAN_BROKEN_GOAL_YEAR,
)

# Full-width ASCII digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ) are written half-width, as
# numbers and acronyms are compared and parsed; Chinese punctuation stays full-width.
_FULLWIDTH_ALNUM = {
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
}
# Half-width brackets and the full-width period/percent are folded the other way, so that a
# heading marker "(一)" reads like the usual "（一）" and "2．" (or the small "2﹒") like "2.".
# The no-break space and the en and em spaces (U+2002, U+2003: web pages indent paragraphs with
# "\u2003\u2003二、重点工程") are spaces, so that indentation made of them is stripped as any other.
_PUNCTUATION = {
    "(": "（",
    ")": "）",
    "．": ".",
    "﹒": ".",
    "％": "%",
    "\u00a0": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\r": "",
}

# Page and line separators that some extractions keep (pdftotext's form feed "\f" between
# pages, Word's vertical tab "\v" for a manual line break, Unicode LS/PS): a line break.
CONTROL_BREAK = re.compile("[\f\v\x1c-\x1e\x85\u2028\u2029]")
# Other control characters ("\0" of a broken UTF-16 save, "\x08", DEL) and invisible
# format characters (zero-width space, a BOM inside the text): never part of a plan.
CONTROL_CHAR = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u200b-\u200d\u2060\ufeff]")
# PINYIN_GLOSS (round 27): some mirror sites insert a character's pinyin with its tone mark in brackets
# after it, to defeat copying: "學(xué)前三年毛入園率達(dá)到85%" (nat-edu-13th-fyp-news). The gloss is no part of
# the text; it splits names and verbs (達(dá)到 is no 达到). Only a bracketed lowercase syllable with a tone
# mark right after a Chinese character is a gloss, so "(a)", "(GDP)" or an English word stay.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}}[)）]")
# TONELESS_PINYIN_GLOSS (fix34meta, round 34): other mirror sites gloss without tone marks, many characters of a
# page so: "桂(gui)農廳發〔2022〕149號", "高標準農田建設提升(sheng)行動方案", "自治(zhi)區(qu)(qu)人民政府"
# (gx-farmland-upgrade-2023, 108 glosses in 2,000 bytes). The gloss split the 文号 (read 农厅发〔2022〕149号) and stayed
# in the title. A bracketed toneless syllable is also a unit or a list letter ("（m）", "(a)"), so only a bracketed
# pinyin syllable right after a Chinese character is one, and only in a text that has TONELESS_GLOSSES_MIN of them.
# A one-letter syllable (a, o, e) is no gloss here: a text without line breaks runs its list letters onto the
# characters before them ten times over, "4.1.1 模型算法安全风险应对(a)不断提高人工智能可解释性…(b)在设计、研发…"
# (nat-ai-safety-framework-2024 joined, heldout10: its (a)/(b) items were cut out and two headings lost with them).
_PINYIN_SYLLABLE = (
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er"
    r"|a|o|e|i|u|v|ü)"
)
# 區(qu)(qu): doubled
TONELESS_PINYIN_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])(?:[(（](?=[a-zü]{{2}}){_PINYIN_SYLLABLE}[)）])+")
TONELESS_GLOSSES_MIN = 10
# TONELESS_GLOSS_CANDIDATE: a text with no bracketed lowercase run (nearly every text) is not searched further
TONELESS_GLOSS_CANDIDATE = re.compile(r"[(（][a-z]{1,6}[)）]")
# GLOSS_NEEDS_TONE: a gloss holds a tone mark; a text without one (nearly every text) is not searched for a gloss,
# whose lookbehind the engine tries at every character (0.44 ms a plan, 0.4 % of the reading CPU).
TONED_CHARACTER = re.compile(f"[{_TONED}]")

# A private-use character (a font's own glyph, U+E000-U+F8FF, no Unicode meaning) between the number
# opening a line and its title stands where the number's point was lost in the crawl: "1\ue010突破大模型
# 关键核心技术。" (a city's AI plan, its tasks 1-15 so) is "1.突破…". Folded one character for one.
# GLUED_LOST_POINT (ind21): in a text that lost its line breaks the number no longer opens a line; it follows a
# sentence's end, a bracketed note or its part's title: "…（责任单位：市科技局…）2\ue010强化核心底层硬件创新攻关。"
# (qd-marine-ai-2024, heldout6, joined: its 15 tasks were lost). Any number not glued to a digit, letter or point.
LOST_MARKER_POINT = re.compile(
    r"(?m)(?:^[ \t\u3000]*|(?<![\dA-Za-z.．]))\d{1,2}(?P<ch>[\ue000-\uf8ff])(?=[\u4e00-\u9fff“《])"
)
# LOST_POINT_NEEDS_GLYPH: a text without a private-use glyph has no lost point; LOST_MARKER_POINT, which opens
# with a line start or a lookbehind, was tried at every character of every text (0.9 % of the analysis'
# samples over the N = 200 generated corpus); a search for the glyph alone skips through the text.
PRIVATE_USE_CHARACTER = re.compile(r"[\ue000-\uf8ff]")
# LOST_DECIMAL_POINT (fixseg49, round 49): a page whose encoding could not write a decimal number's point puts a
# question mark (or the replacement character) in its place: "1总则" / "1?1编制依据" / … / "1?4?1突发事件分"
# (qd-emergency-master-plan-2022, a city gazette page; heldout49 gold: 1?1…1?4 level 2, 1?4?1 level 3, as the
# private-use glyphs of LOST_MARKER_POINT). Only a line opening with digits so joined (at least one mark between two
# numbers of at most two digits) right before its title: a question ends a sentence, never stands between digits.
# Read on one line the number follows the title or sentence before it ("…总体应急预案1总则1?1编制依据以习近平…"), so
# a number glued to an ideograph or a closing mark counts as well; at least LOST_DECIMAL_POINTS_MIN such numbers in
# the text, as an outline has: a lone "1?2天" is a range whose dash was lost.
LOST_DECIMAL_POINT = re.compile(
    r"(?m)(?:^[ \t\u3000]*|(?<=[\u4e00-\u9fff。；：:）)]))"
    r"\d{1,2}(?P<points>(?:[?？\ufffd]\d{1,2})+)(?=[\u4e00-\u9fff“《])"
)
LOST_DECIMAL_POINTS_MIN = 2
LOST_DECIMAL_MARKS = re.compile(r"[?？\ufffd]")

HTML_TAG = re.compile(r"</?(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
# An HTML comment left in a page's text ("<!-- 正文下iframe -->", "<!-- 总声明-->") is the page
# template's, never the plan's.
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
# Tags that end a block of text in the infographic-style pages (003): they become line breaks.
HTML_BLOCK_TAGS = {"p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "table"}
HTML_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|#\d+);")
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"'}
MARKDOWN_BOLD = re.compile(r"\*\*|__")
# A Markdown heading ("## 总体要求") or a wholly bold line ("**总体要求**") is a title: it is
# set apart by blank lines, as the plain texts set their sub-headings apart.
MARKDOWN_TITLE_LINE = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+[^\n]+|\*\*[^*\n]+\*\*)[ \t]*$")
# BOLD_RUN_IN_TITLE (seg20, after round 15's second wave): a numbered line whose title is set in bold and whose
# paragraph follows after a space, "**3．完善规划管理和相应标准，加大土地支持力度** 鼓励省内各城乡加大充换电设施的
# 建设，…" (jl-ev-charging-2021, a vault's markdown of a PDF; gold: the bold words are the title): the bold run is
# the title although a comma in it would end a run-in title's search (TITLE_LINE_SPACE_CLAUSE), so the paragraph
# goes on its own line. A bold run without a comma ("**1．产学研用协同发展** 为积极…") or that ends a sentence
# ("**1.科学布局原则。** 结合…") is read as before.
BOLD_RUN_IN_TITLE = re.compile(
    r"(?m)^(?P<title>[ \t]*\*\*(?:\d{1,2}[.．]|[（(][一二三四五六七八九十]{1,3}[）)])"
    r"[^*\n，,]*[，,][^*\n]*[^*\n。：:；;！？]\*\*)[ \t\u3000]+(?=[^ \t\u3000\n*])"
)
# GLUED_BOLD_TITLE (seg25): a crawl that lost its line breaks keeps a markdown page's bold marks, and a numbered title
# set in bold ("**一、指导思想**", "**1.科学布局原则。**", a title split in bold pieces "**一、** **规划** **范围**")
# then stands glued between the text before it and its paragraph: "…第四节  布局方案**一、布局规划背景**“十五五”时期…",
# "…**一、高速与干线网络****1.高速公路。** 推动咸宁至崇阳…" (cy-fuel-stations-2026 joined: with the marks stripped
# the titles ran into their paragraphs and into each other). The bold run is the title as the line was: its pieces are
# joined, and its closing mark becomes the space a joined line's end leaves, where the inline reading ends a title
# (TITLE_LINE_SPACE; a line break would part the crawl into lines the line reading cannot read). Before another bold
# run or a point ("**二、规划原则****1.科学布局原则。**") it stays glued: a point glued to a title opens its run there
# (GLUED_POINT_AFTER_TITLE), a point after a space does not. Only a run that opens with a heading's number and stands
# after a word or a mark (a run at a line's start is MARKDOWN_TITLE_LINE's or BOLD_RUN_IN_TITLE's), at most a
# heading's length; a bold word in a sentence opens with no number.
GLUED_BOLD_TITLE = re.compile(
    r"(?<=[^\s*])\*\*(?P<title>(?:第[一二三四五六七八九十百零\d]{1,4}[章节部篇条]|[一二三四五六七八九十]{1,3}、"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:\.\d{1,2}){0,2}[.．、]?(?=[ \u3000\u4e00-\u9fff“*]))"
    r"(?:\*\*[ \t\u3000]*\*\*|[^*\n]){1,60}?)\*\*(?![ \t\u3000]+\*\*)"
)
BOLD_PIECES = re.compile(r"\*\*[ \t\u3000]*\*\*")
# What a bold title stays glued to: another bold run or a point's number ("**（二）持续拓展虚拟电厂资源**3.聚合城市空调
# 负荷资源。", sh-user-vpp-2025 joined: after a space its 3. was no task).
BOLD_TITLE_GLUED_TO = re.compile(
    r"\*|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\d]"
)


# BOLD_PART_AFTER_WORD (join26): a bold part title 一、 glued to a word or a figure (no sentence's end before it: a
# page's source line "来源：…社保中心", "参保人" or "020-12345" without a 。) keeps the space its line's start left too,
# so that its 一、 reads as a line's (SPACED_TITLE_LINE), not as a word's 一 ("统一、").
BOLD_PART_TITLE = re.compile(r"[一二三四五六七八九十]{1,3}、")
BOLD_PART_AFTER_MARKS = "。；！？：”）\n"  # a sentence's end before it: the 一、 reads as ever


def _glued_bold_title(match: re.Match[str]) -> str:
    """GLUED_BOLD_TITLE's title, its bold pieces joined, with the space its line's end left before its paragraph
    (and the space its line's start left after a word, BOLD_PART_AFTER_WORD)."""
    title = BOLD_PIECES.sub("", match.group("title"))
    before = match.string[match.start() - 1]
    if BOLD_PART_TITLE.match(title) and before not in BOLD_PART_AFTER_MARKS:
        title = " " + title
    return title if BOLD_TITLE_GLUED_TO.match(match.string, match.end()) else title + " "


# A Markdown bullet or heading marker at the start of a line ("- ", "* ", "## "). "- |" is no bullet but a table's
# empty cell closed by a pipe, one cell a line as stored web pages write tables (PIPE_CLOSED_CELL; "- |" under
# 2023年 in yj-life-expectancy-2025, round 22): read as a bullet, the cell was lost and its row shifted.
# THEMATIC_BREAK_KEPT (fmt23, round 23 rendered): nor is the first star of a line of stars, "* * *", a bullet: it is a
# crawled PDF's page mark (PAGE_MARK_LINE; nat-storage-scale-plan-2025, its pages parted so). Read as one, each pass
# took a star ("* * *" -> "* *" -> "*"), so a text normalised again (a published file made of a normalised text, read
# back) kept no marks and lost the page-mark rules (PAGED_TEXT) its plain reading had: its run-in sections after a
# page's lost heading were lost with them.
MARKDOWN_LINE_MARK = re.compile(r"(?m)^[ \t]*(?:[-*+]|#{1,6})[ \t]+(?!\|[ \t]*$)(?!(?:\*[ \t]*)+$)")
# TABLE_BORDER_BEFORE_HEADING (fixseg55, heldout55): antiword writes a Word table's rows between pipes and may glue the
# table's closing pipe to the paragraph after it: "二套房“存贷挂钩”     |50     |70     |-     |-     |需满足还贷能力
# 条件     |" / "|（四）明确贷款额度核定原则" (hi-hpf-loan-limits-interp-2026, a .wps 解读 as antiword text; heldout55
# gold: （四） the level-2 heading under 三、). A line that opens with a pipe and holds no other, its text opening with
# a heading's marker (一、, （一）, 1., 第…章/节/条), is that heading's line: the pipe is the table's border, dropped.
# A table's row holds its cells between pipes ("|三、贷款保底额度 |" stays a cell).
TABLE_BORDER_BEFORE_HEADING = re.compile(
    r"(?m)^[ \t\u3000]*\|(?=[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
    r"|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百零〇]{1,4}[章节条])[^|\n]*$)"
)
# Indentation: ASCII and ideographic spaces at the start or end of a line. Tabs stay: they
# separate the cells of tables (002's indicator table). Written as a space, then whether it
# opens a line or its run closes one, so that every match opens with a character of a class:
# the engine then skips to the spaces of a text (0.24 → 0.08 s over 100 generated plans) where
# "^[ \u3000]+|[ \u3000]+$" tried both alternatives at every character. The same matches: a
# run of spaces from a line's start, or the rest of a run that ends a line.
LINE_PADDING = re.compile(r"(?m)[ \u3000](?:(?<=^[ \u3000])|(?=[ \u3000]*$))[ \u3000]*")
# Page footers of a PDF extraction standing on their own line: "- 3 -", "— 12 —", "第3页 共40页".
PAGE_FOOTER_LINE = re.compile(
    r"(?m)^[ \t\u3000]*(?:[-—–－]{1,2}[ \t]*\d{1,3}[ \t]*[-—–－]{1,2}"
    r"|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*共[ \t]*\d{1,4}[ \t]*页)?)[ \t\u3000]*$"
)
# INLINE_PAGE_FOOTER: the same footer, in a dash's long forms with its spaces, glued into a text that lost its line
# breaks: "…智能辅助诊疗— 13 —3.中医经络智能检测…", "…提升药物研发效率和质量。— 38 —71.智能药品临床综合评价辅助…"
# (nat-health-ai-scenarios-2024 joined: the mark ran into a title, and the item after it, glued to the mark's dash,
# was lost). Dropped where text stands on both sides; the hyphen form is left ("2016 - 10 - 30 实施" is a date).
INLINE_PAGE_FOOTER = re.compile(r"(?<=[^\s\d])[ \t\u3000]*[—–－][ \t\u3000]\d{1,3}[ \t\u3000][—–－][ \t\u3000]*(?=\S)")
# FOOTER_NEEDS_SPACED_DASH: the footer holds a dash with a space after it; a text without one is not searched for a
# footer, whose lookbehind the engine tries at every character (a plan's 2021—2025 held a dash: 0.7 % of the reading CPU
# went to searching texts with a dash but no footer).
SPACED_DASH = re.compile(r"[—–－][ \t\u3000]")
# INLINE_PAGE_FOOTER_UNSPACED (fixseg41, round 40): the footer without spaces inside its dashes, glued into a
# text that lost its line breaks: "…现就有关事项通知如下。—2—一、准确把握涉网安全管理工作的总体要求（一）…"
# (hn-grid-safety-2025 joined: a part after its page's mark was no part, and the notice's 29 headings read as
# four). Text (not a digit) on both sides; a year's range "2021—2025" holds four digits, a date "2016-10-30" hyphens.
INLINE_PAGE_FOOTER_UNSPACED = re.compile(r"(?<=[^\s\d])[—–－]\d{1,3}[—–－](?=[^\s\d—–－])")
# Searched only in a text holding such a mark (cheap to find: a dash, digits, a dash).
UNSPACED_FOOTER_HINT = re.compile(r"[—–－]\d{1,3}[—–－]")
STRAY_BLANK_LINES = re.compile(r"\n(?:[ \t\u3000]*\n){2,}")

# Page numbers left in a PDF extraction sit between two pieces of running text (“…产业创新27打造…”)
# or right before a list marker (“…344、智能网联…” is page 34 + “4、”). Units after a number
# mean it is a quantity, not a page.
PAGE_NUMBER_CANDIDATE = re.compile(
    r"(?<=[\u4e00-\u9fff，。、；：”’）》])(?P<digits>\d{1,3})(?=[\u4e00-\u9fff“‘（《、.])"
)
# A page number glued before a list marker leaves the marker's digits ("344、" = 34 + "4、"); digits
# followed by the marker's point or comma are never a page by themselves: "…等回答记者提问。1. 问：
# 农业面源污染具有哪些主要特点？" numbers a question (1. … 5. spaced pages apart look like pages).
LIST_MARK_AFTER = "、."
# LIST_NUMBER_GOES_ON: digits before a marker's point whose whole number goes on a run of that point written before
# them are the run's number, not a page glued to a shorter marker: a scenario list read inline numbers 36 entries
# ("…提升医疗质量。10.智能预问诊基本概念：…。11.智能陪诊基本概念：…", nat-health-ai-scenarios-2024 joined), and its
# 11., 21., 31. … 81. rose like pages 1 … 8 glued to "1.", so 11. to 20. lost their numbers and their headings.
# The number before it (10.) within LIST_NUMBER_LOOKBACK characters is that run.
LIST_NUMBER_LOOKBACK = 3000
QUANTITY_UNITS = set("年月日时分秒个万亿千百十项家件名人次所元倍米吨度户条类种批期届号层座台套")
# CAPTION_NUMBER (fixtask51, round 51): the number after a caption word is the caption's, never a page: a plan
# crawled as one line runs its boxes in among its tasks, "…协助残疾人更好应对突发灾疫事故。专栏2残疾人社会保障重点
# 项目（一）资金类：1.…" … "专栏9基础设施、…重点项目1.…" (pt-disabled-14fyp, heldout51), and the boxes' 1 … 9, each
# hundreds of characters apart, rose like pages: the numbers were dropped and the boxes lost their captions.
CAPTION_NUMBER = re.compile(r"(?:专栏|附表|附件|表|图)$")
CAPTION_NUMBER_REACH = 2
# A real page is hundreds of characters long; closer "pages" are ordinary numbers.
MIN_PAGE_GAP = 300
# Fewer page numbers than this in sequence is not evidence of page noise.
MIN_PAGES = 5


@dataclass(frozen=True)
class NormalisedText:
    """Text plus, for each character, its offset in the original text."""

    text: str
    offsets: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> NormalisedText:
        return cls(text, tuple(range(len(text))))

    def original_offset(self, index: int) -> int:
        if index >= len(self.offsets):
            return (self.offsets[-1] + 1) if self.offsets else 0
        return self.offsets[index]


Replacement = str | Callable[[re.Match[str]], str]


def substitute(source: NormalisedText, pattern: re.Pattern[str], repl: Replacement) -> NormalisedText:
    """``re.sub`` that keeps the offset map: inserted characters map to the match's start."""
    text = source.text
    if pattern.search(text) is None:
        return source  # most patterns match nothing in most texts: no copy of the offset map
    chars: list[str] = []
    offsets: list[int] = []
    position = 0
    # A replacement without a backslash is its own expansion: Match.expand parses the template
    # again for every match (paragraph indents: one match a line).
    literal = repl if isinstance(repl, str) and "\\" not in repl else None
    for match in pattern.finditer(text):
        chars.append(text[position : match.start()])
        offsets.extend(source.offsets[position : match.start()])
        replacement = literal if literal is not None else (repl(match) if callable(repl) else match.expand(repl))
        chars.append(replacement)
        anchor = source.original_offset(match.start())
        offsets.extend([anchor] * len(replacement))
        position = match.end()
    chars.append(text[position:])
    offsets.extend(source.offsets[position:])
    return NormalisedText("".join(chars), tuple(offsets))


def remove_spans(source: NormalisedText, spans: list[tuple[int, int]]) -> NormalisedText:
    """The text without the characters of ``spans`` (which may overlap), offsets kept."""
    pieces: list[str] = []
    offsets: list[int] = []
    cursor = 0
    for start, end in sorted((max(0, a), min(b, len(source.text))) for a, b in spans):
        if start > cursor:
            pieces.append(source.text[cursor:start])
            offsets.extend(source.offsets[cursor:start])
        cursor = max(cursor, end)
    pieces.append(source.text[cursor:])
    offsets.extend(source.offsets[cursor:])
    return NormalisedText("".join(pieces), tuple(offsets))


# RADICAL_CODE_POINTS (round 31, fix31ext): some PDFs print with a font whose glyphs map to the Kangxi radicals
# (U+2F00–U+2FD5) and the CJK Radicals Supplement (U+2E80–U+2EF3) instead of the ideographs they look like:
# "建⽴⾰命⽂物⼤数据库" and "⻩冈市⻩州区陈潭秋故居" (a browser-printed gov.cn opinion and 湖北's 双十佳 route page,
# heldout31). Read so, no name rule, verb or vocabulary word matches (⾰命 is no 革命). Each is folded to its
# ideograph, one character for one: the Kangxi radicals by their compatibility decomposition (NFKC: ⾰ → 革), the
# supplement's stand-alone simplified forms by this table (NFKC leaves them: ⻩ → 黄, ⻓ → 长, ⻄ → 西); the
# supplement's component-only forms (⺡ for 氵) have no ideograph of their own and stay.
_RADICAL_SUPPLEMENT = {
    "⺟": "母",
    "⺠": "民",
    "⻄": "西",
    "⻅": "见",
    "⻆": "角",
    "⻉": "贝",
    "⻋": "车",
    "⻓": "长",
    "⻔": "门",
    "⻘": "青",
    "⻙": "韦",
    "⻚": "页",
    "⻛": "风",
    "⻜": "飞",
    "⻝": "食",
    "⻢": "马",
    "⻣": "骨",
    "⻤": "鬼",
    "⻥": "鱼",
    "⻦": "鸟",
    "⻧": "卤",
    "⻨": "麦",
    "⻩": "黄",
    "⻬": "齐",
    "⻮": "齿",
    "⻰": "龙",
    "⻳": "龟",
}
RADICAL_CODE_POINTS = {
    **{chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)},
    **_RADICAL_SUPPLEMENT,
}

_TRANSLATION = str.maketrans({**_FULLWIDTH_ALNUM, **_PUNCTUATION, **RADICAL_CODE_POINTS})
_TRANSLATED = re.compile(
    "[" + "".join(re.escape(ch) for ch in {**_FULLWIDTH_ALNUM, **_PUNCTUATION, **RADICAL_CODE_POINTS}) + "]"
)


def fold_widths(text: str) -> str:
    """The width folding of reading alone ("(四)" → "（四）", "１２" → "12"), for a quote copied from a
    stored file: the whole of ``normalise`` would also drop what it takes for furniture (a quote
    opening at a table's row number "12" on a line of its own, read as a page number)."""
    return text.translate(_TRANSLATION)


def _translate(source: NormalisedText) -> NormalisedText:
    # Every replacement is one character or none, so str.translate does the text in C and the
    # offsets only lose the deleted characters' entries (a per-character loop was a quarter of
    # a plan's analysis time).
    if _TRANSLATED.search(source.text) is None:
        return source  # nothing to fold (most texts): no pass over the text with the table
    table: dict[str, str | int | None] = {**_FULLWIDTH_ALNUM, **_PUNCTUATION, **RADICAL_CODE_POINTS}
    text = source.text.translate(_TRANSLATION)
    if len(text) == len(source.text):
        return NormalisedText(text, source.offsets)
    dropped = {ch for ch, out in table.items() if not out}
    offsets = tuple(o for ch, o in zip(source.text, source.offsets, strict=True) if ch not in dropped)
    return NormalisedText(text, offsets)


def _html_tag(match: re.Match[str]) -> str:
    return "\n" if match.group("tag").lower() in HTML_BLOCK_TAGS else ""


# INLINE_PAGE_MARK (round 22, fix22ind): a crawl that lost its line breaks glues a PDF's page mark "* * *" (a
# Markdown rule on a line of its own before) into the text: "…推动经济高质量发展。* * *二、重点任务（一）实施设备更新
# 行动。…" (yd-equipment-renewal-2024 joined): the mark hid the heading after it, and the tasks of 二、重点任务 were
# read as the goals of 一、总体要求. Glued between text it is dropped; on a line of its own it stays (PAGE_MARK_LINE).
INLINE_PAGE_MARK = re.compile(r"(?<=[^\s*])[ \t]*\*[ \t]\*[ \t]\*[ \t]*(?=[^\s*])")


def strip_markup(source: NormalisedText) -> NormalisedText:
    # MARKS_NEED_THEIR_CHARACTER: the page mark is made of *, and the text's edges hold a line break to drop only
    # where the text opens or ends with one: the patterns, which open with a lookbehind or try every line break,
    # are not run over a text that cannot hold a match (the two were 1 % of the analysis' samples over the N = 200
    # generated corpus, almost all of it over texts without either).
    out = substitute(source, INLINE_PAGE_MARK, "") if "*" in source.text else source
    out = substitute(out, MARKDOWN_TITLE_LINE, "\n\\g<0>\n")
    out = substitute(out, HTML_COMMENT, "")
    out = substitute(out, HTML_TAG, _html_tag)
    out = substitute(out, HTML_ENTITY, lambda m: _ENTITIES.get(m.group(), " "))
    out = substitute(out, BOLD_RUN_IN_TITLE, "\\g<title>\n")
    # MARKS_NEED_THEIR_CHARACTER: a glued bold title opens with ** (its lookbehind tried at every character, 0.4 %)
    out = substitute(out, GLUED_BOLD_TITLE, _glued_bold_title) if "**" in out.text else out
    out = substitute(out, MARKDOWN_BOLD, "")
    return substitute(out, MARKDOWN_LINE_MARK, "")


def tidy_lines(source: NormalisedText) -> NormalisedText:
    out = substitute(source, LINE_PADDING, "")
    out = substitute(out, STRAY_BLANK_LINES, "\n\n")
    if not out.text.startswith("\n") and not out.text.endswith("\n"):
        return out  # MARKS_NEED_THEIR_CHARACTER
    return substitute(out, re.compile(r"^\n+|\n+$"), "")


def find_page_numbers(text: str, skip: tuple[int, int] = (0, 0)) -> list[tuple[int, int]]:
    """Spans of page numbers glued into running text, found as one rising sequence.

    A candidate is accepted when it continues the sequence (next page, or one skipped for a
    full-page table or figure) at least ``MIN_PAGE_GAP`` characters after the last one. Digits
    that also begin a list marker ("344、" = page 34 + "4、") keep the marker.
    """
    spans: list[tuple[int, int]] = []
    page, last_end = 0, -MIN_PAGE_GAP
    for match in PAGE_NUMBER_CANDIDATE.finditer(text):
        start, end = match.span()
        if skip[0] <= start < skip[1]:
            continue
        after = text[end] if end < len(text) else ""
        if after in QUANTITY_UNITS:
            continue
        if CAPTION_NUMBER.search(text, max(0, start - CAPTION_NUMBER_REACH), start) is not None:
            continue  # CAPTION_NUMBER: "专栏2残疾人社会保障重点项目" is box 2, not page 2
        digits = match.group("digits")
        if after in LIST_MARK_AFTER and _goes_on_list(text, start, int(digits), after):
            continue  # LIST_NUMBER_GOES_ON: "。10.…。11.智能陪诊" is entry 11, not page 1 and "1."
        for cut in range(len(digits), 0, -1):
            rest = digits[cut:]
            if rest and not (after in "、." and not rest.startswith("0")):
                continue
            if not rest and after in LIST_MARK_AFTER:
                continue  # "。1. 问：…": the whole number and its point are a list marker, no page
            value = int(digits[:cut])
            if page + 1 <= value <= page + 2 and start - last_end >= MIN_PAGE_GAP:
                spans.append((start, start + cut))
                page, last_end = value, start + cut
                break
    return spans if len(spans) >= MIN_PAGES else []


def _goes_on_list(text: str, start: int, number: int, point: str) -> bool:
    """Is ``number`` with its point, at ``start``, the next of a run whose number before it stands within
    LIST_NUMBER_LOOKBACK characters (LIST_NUMBER_GOES_ON)?"""
    if number < 2:
        return False
    # NUMBER_BEFORE_BY_FIND: the number before is looked for as written, then checked for digits around it (not a
    # regex opening with a lookbehind, which was tried at each of the LIST_NUMBER_LOOKBACK characters for every
    # candidate: 1 % of the analysis' samples over the N = 200 generated corpus). The digits around it are those
    # "(?<!\d)…(?!\d)" saw searching up to ``start``: any before it, none at or past ``start``.
    written, stop = f"{number - 1}{point}", min(start, len(text))
    at = text.find(written, max(0, start - LIST_NUMBER_LOOKBACK), stop)
    while at != -1:
        end = at + len(written)
        if not (at > 0 and text[at - 1].isdecimal()) and not (end < stop and text[end].isdecimal()):
            return True
        at = text.find(written, at + 1, stop)
    return False


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# A text is converted only when traditional characters are a real share of it. A plan written in
# simplified characters keeps the few that OpenCC would change, because they are part of proper
# names there: "昇腾生态适配中心" (Ascend), "乾县", "頔塘" must stay as written, or the names the
# plan gives are not the names extracted. A traditional text changes a third or more of its
# characters; a simplified one a few per ten thousand, and a short simplified passage one or two
# (so a share alone would convert "加快建设昇腾生态适配中心" to 升腾): both must be reached.
TRADITIONAL_MIN_SHARE = 0.01
TRADITIONAL_MIN_CHARS = 3


def _is_traditional(text: str, converted: str) -> bool:
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    changed = sum(1 for a, b in zip(text, converted, strict=False) if a != b)
    return han > 0 and changed >= TRADITIONAL_MIN_CHARS and changed / han >= TRADITIONAL_MIN_SHARE


# One character for one: a key that folds script variants of a name (indicators' TRADITIONAL_SPELLING,
# the scorers' as-read comparison) needs each character's simplified form alone, without OpenCC's phrase
# table joining neighbours into a phrase of another length.
CJK_FIRST, CJK_LAST = 0x4E00, 0x9FFF


@lru_cache(maxsize=1)
def simplified_characters() -> dict[int, str]:
    """Each CJK character OpenCC's t2s writes as another single character, to that character
    (a ``str.translate`` table)."""
    chars = [chr(c) for c in range(CJK_FIRST, CJK_LAST + 1)]
    # one character a line: OpenCC's phrase table cannot join neighbours into a phrase
    converted = _t2s().convert("\n".join(chars)).split("\n")
    return {ord(a): b for a, b in zip(chars, converted, strict=True) if a != b and len(b) == 1}


def to_simplified(source: NormalisedText) -> NormalisedText:
    """Traditional characters → simplified (OpenCC), so that one set of patterns serves plans
    from Taiwan, Hong Kong and Macao and older documents. Offsets stay 1:1: where OpenCC's
    phrase conversion would change a line's length, that line is converted character by
    character. A text already in simplified characters is left as written
    (TRADITIONAL_MIN_SHARE, TRADITIONAL_MIN_CHARS)."""
    converted = _t2s().convert(source.text)
    if converted == source.text:
        return source
    if not _is_traditional(source.text, converted):
        return source
    if len(converted) == len(source.text):
        return NormalisedText(converted, source.offsets)
    lines = []
    for line in source.text.split("\n"):
        out = _t2s().convert(line)
        lines.append(out if len(out) == len(line) else "".join(_t2s().convert(ch)[:1] or ch for ch in line))
    return NormalisedText("\n".join(lines), source.offsets)


def fold_lookalikes(source: NormalisedText) -> NormalisedText:
    """OCR look-alikes of marker brackets and points (OCR_MARKER_LOOKALIKES), folded one
    character for one: the offsets stay as they were."""
    found = [
        (match.start("ch"), replacement)
        for pattern, replacement in OCR_MARKER_LOOKALIKES
        for match in pattern.finditer(source.text)
    ]
    if not found:
        return source  # the usual case: no copy of the text
    chars = list(source.text)
    for position, replacement in found:
        chars[position] = replacement
    return NormalisedText("".join(chars), source.offsets)


def fold_lost_points(source: NormalisedText) -> NormalisedText:
    """Private-use glyphs standing for a line's lost number point (LOST_MARKER_POINT) and question marks standing for
    a decimal number's (LOST_DECIMAL_POINT) → ".", one character for one: the offsets stay as they were."""
    source = _fold_lost_decimal_points(source)
    if PRIVATE_USE_CHARACTER.search(source.text) is None:
        return source  # the usual case: no glyph to fold, the text is not searched for markers
    found = [match.start("ch") for match in LOST_MARKER_POINT.finditer(source.text)]
    if not found:
        return source
    chars = list(source.text)
    for position in found:
        chars[position] = "."
    return NormalisedText("".join(chars), source.offsets)


def _fold_lost_decimal_points(source: NormalisedText) -> NormalisedText:
    """The question marks standing for the points of a line's opening decimal number (LOST_DECIMAL_POINT) → "."."""
    if LOST_DECIMAL_MARKS.search(source.text) is None:
        return source  # the usual case: no question mark at all
    numbers = list(LOST_DECIMAL_POINT.finditer(source.text))
    if len(numbers) < LOST_DECIMAL_POINTS_MIN:
        return source
    found = [
        match.start("points") + k
        for match in numbers
        for k, ch in enumerate(match.group("points"))
        if LOST_DECIMAL_MARKS.fullmatch(ch)
    ]
    chars = list(source.text)
    for position in found:
        chars[position] = "."
    return NormalisedText("".join(chars), source.offsets)


def _span_broken_date(match: re.Match[str]) -> str:
    """A date broken one piece a line, as one (SPAN_BROKEN_DATE)."""
    return f"{match.group('year')}年{match.group('month')}月{match.group('day') or ''}"


def toneless_glossed(text: str) -> bool:
    """Whether ``text`` glosses its characters with toneless pinyin throughout (TONELESS_PINYIN_GLOSS)."""
    if TONELESS_GLOSS_CANDIDATE.search(text) is None:
        return False
    glosses = itertools.islice(TONELESS_PINYIN_GLOSS.finditer(text), TONELESS_GLOSSES_MIN)
    return sum(1 for _ in glosses) >= TONELESS_GLOSSES_MIN


def normalise(raw: str) -> NormalisedText:
    """Width, markup, control characters, page and site furniture (``furniture``) and
    whitespace normalisation; page numbers glued into running text are removed by the caller,
    which knows where a table of contents sits (its page numbers are parsed, not dropped)."""
    source = NormalisedText.of(raw)
    if ("(" in raw or "（" in raw) and TONED_CHARACTER.search(raw):  # GLOSS_NEEDS_TONE
        source = substitute(source, PINYIN_GLOSS, "")
    if toneless_glossed(raw):  # TONELESS_PINYIN_GLOSS
        source = substitute(source, TONELESS_PINYIN_GLOSS, "")
    out = to_simplified(_translate(source))
    out = fold_lookalikes(substitute(substitute(out, CONTROL_BREAK, "\n"), CONTROL_CHAR, ""))
    out = fold_lost_points(out)
    from plankg.loaders.text.furniture import (  # furniture builds on this module
        PAGE_NUMBERS,
        page_edge_lines,
        remove_front_matter,
        remove_furniture,
    )

    out = remove_front_matter(out)  # before Markdown is stripped: a list item there keeps its "- "
    # LINKED_LIST_NAME: a site's menu of links, before Markdown is stripped
    out = substitute(out, LINKED_LIST, lambda m: m.group("name") if RELATED_HEADING.match(m.group("name")) else "")
    running = page_edge_lines(out.text, PAGE_NUMBERS) if "页" in out.text or "—" in out.text else []
    out = remove_spans(out, running) if running else out  # RUNNING_BESIDE_PAGE_LINE, beside the page lines
    out = substitute(out, PAGE_FOOTER_LINE, "")  # before Markdown bullets: "- 3 -" is no bullet
    out = substitute(out, INLINE_PAGE_FOOTER, "") if SPACED_DASH.search(out.text) else out  # FOOTER_NEEDS_SPACED_DASH
    if UNSPACED_FOOTER_HINT.search(out.text):
        out = substitute(out, INLINE_PAGE_FOOTER_UNSPACED, "")
    out = substitute(strip_markup(out), BROKEN_DATE, r"\g<year>")
    out = substitute(out, TABLE_BORDER_BEFORE_HEADING, "") if "|" in out.text else out
    if "\n年\n" in out.text:  # SPAN_BROKEN_DATE: only a page dumped one element a line has a 年 alone
        out = substitute(out, SPAN_BROKEN_DATE, _span_broken_date)
    if "\n年" in out.text:
        out = substitute(out, SPAN_BROKEN_GOAL_YEAR, r"\g<year>")  # a year alone over its 年, never a page number
    return tidy_lines(remove_furniture(out))
