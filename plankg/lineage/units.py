"""The units of a plan that lineage links: Sections that name a line of work, and Tasks, and
the plan's framing sections, each with its role.

A section is a unit at any level when its title names a line of work ("（二）高新区自主创新
示范行动", "3.注重青年科技人才培养", "1、集成电路"). Block headings, which only say what kind
of list follows (``BLOCK_TITLE``: "1.重大任务", "重点方向"), are not units; the tasks under
them are, with the section above as their context.

Framing sections (``FRAMING_ROLES``: review of the last period, situation, guiding ideas,
principles, targets, implementation) are about the plan, not a line of work: each is a unit
with a role, and lineage links it only to the later plan's framing unit of the same role
("（二）发展目标" → "（三）主要目标", "“十二五”指导思想" → "指导思想"). Below a framing section,
a section without a role word of its own takes its parent's role, except under a review or a
target section, whose items name lines of work ("1.企业研发投入逐年增加", "（1）企业技术创新能力
明显增强") and are ordinary units.

Pure: section and task rows (as the store returns them) in, ``Unit`` records out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import Any

from plankg.lineage.clauses import clause_rows
from plankg.lineage.clauses import opening as clause_opening
from plankg.lineage.similarity import Unit

# Headings that name a kind of list, not a subject. Example: "1.重大任务" over "（1）重大新药创制".
# A period in front does not change that: "五、“十二五”主要任务", "四、“十二五”发展重点".
BLOCK_TITLE = re.compile(
    r"^(“?十[一二三四五六七八九]?五”?(时期|期间)?)?"
    r"(重[大点](任务|方向|工作|项目|工程)|主要(任务|内容|方向)|发展重点|技术攻关|具体任务|主要举措|重点领域"
    r"|(主要)?建设内容)[:：]?$"
)
# BUILD_CONTENT_BLOCK: "三、建设内容" is the task part of a standards-system guide (it holds the standards to be set,
# as "四、重点方向" does in the next edition): the 2020 AI standards guide's "三 、建设内容" is carried on by the 2024
# guide's "四、重点方向" (judged strong), and the smart-manufacturing guides of 2015, 2018 and 2021 each hold one.
# The roles of framing sections, by a word of their title (searched anywhere in it). A framing
# unit links only to a later unit of the same role: a judge reading two plans pairs the old
# targets with the new targets, not with whatever line of work the targets happen to mention.
# A title naming two roles or more frames the plan as a whole ("二、指导思想、发展目标和总体安排",
# "三、“十二五”发展思路和目标", "一、发展基础、形势使命与远景目标"): role ``OVERALL``.
FRAMING_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # what the last period achieved: "一、“十一五”发展回顾", "（一）“十三五”时期…主要进展",
    # "一、发展基础、形势使命与远景目标"; 发展基础 only at the start: "夯实发展基础" is a line of work
    # "（一）基础与优势", "现实基础和条件" (where the last period left the plan: 基础 with what it has; a
    # heading that opens with 基础 alone and names its subject, 基础研究, is a line of work)
    # "一、“十三五”期间发展成果" (成果 only after a period or as the heading's first word: "共享发展
    # 成果" and "科技成果转化" are lines of work); "（一）“十二五”期间消防工作成效" (成效 closing a
    # heading that opens with the period); "第一章  规划背景" (the chapter that opens a plan with what the
    # last period did, and then where it stands)
    # LOOKING_BACK (fix30lin, round 30): a work report's review headlines open with the span they look back
    # over, "过去一年…", "五年来…", "一年来加大宏观调控力度，推动经济运行持续好转", also after the speaker a
    # news digest puts first ("李克强在政府工作报告中指出，过去五年极不寻常、极不平凡"): what the last year
    # did, not the year's work. Read as lines of work, the 2023 digest's review (its 14 headlines one section)
    # took the 2024 task sections' links from the 2023 tasks that they carry on.
    (
        "review",
        re.compile(
            r"回顾|主要进展|^(“[^”]*”)?发展基础|主要成就|发展成就|^(“[^”]*”)?(时期|期间)?(发展|主要)成果"
            r"|^“[^”]*”(时期|期间)[^，。、]{0,8}成效$|^(规划|发展|编制)背景$"
            r"|^(“[^”]*”)?(发展|工作|现实)?基础[与和及](优势|条件)$"
            r"|(?:^|，)(?:过去(?:一|两|三|五)年|[一两三五]年来)"
        ),
    ),
    # where the plan stands: "一、形势与需求", "二、“十二五”发展环境和趋势", "（二）…面临的新形势、新使命";
    # 发展环境 only at the start: "营造良好发展环境" is a line of work
    # and where it is heading: "二、发展趋势", "（三）“十三五”期间趋势预判" (a heading, not a line of
    # work, names a 趋势 only as the thing it weighs)
    (
        "situation",
        re.compile(r"形势|^(“[^”]*”)?发展环境|环境和趋势|机遇和挑战|机遇与挑战|^(“[^”]*”)?(期间|时期)?(发展)?趋势"),
    ),
    # "（一）指导思想", "1.“十二五”指导思想", "总体思路"
    ("guiding", re.compile(r"指导思想|总体思路|发展思路")),
    # "（二）基本原则", "2.“十二五”发展原则"
    ("principles", re.compile(r"基本原则|发展原则")),
    # "（二）发展目标", "（三）主要目标", "远景目标", and the 目标 of "发展思路和目标"
    # "（二）工作目标", "（三）规划目标": the targets of the plan (or of its work) under another name
    # WORK_TARGETS: a heading that is only the work's own name and 目标 is the plan's 工作目标 under another name:
    # the glass-curtain-wall campaigns' "三、 排查目标" (2023) and "三、整治目标" (2024) are carried on by 2025's
    # "一、工作目标" (the same "底数清、隐患明、措施实" wording, judged strong twice), which as targets aligned only
    # with targets; the smart-manufacturing standards guides' "（三）建设目标" stands beside 指导思想 and 基本原则.
    # Only the whole heading: "实现碳达峰目标" or "推进治理目标落实" are lines of work.
    (
        "targets",
        re.compile(
            r"发展目标|主要目标|远景目标|总体目标|工作目标|规划目标|(思路|思想|原则)[和与及、]目标"
            r"|^(?:建设|整治|排查|治理|行动|专项整治|排查整治)目标$"
        ),
    ),
    # "二、总体要求"
    ("overall", re.compile(r"总体要求")),
    # carrying the plan out: "七、保障措施", "（七）加强组织保障", "规划实施"; "组织实施" only as
    # the whole heading — "（五）组织实施基础前沿重大战略项目" is a line of work
    # WORK_SAFEGUARDS: "六、工作保障" is the same closing part under another name ("保障措施" in the next year's plan;
    # round 13: its (一)…(三) 组织保障, 考核督办, 实施保障 were no implementation units and did not meet the later
    # plan's 通报督办 and 考核 under 保障措施); only as the whole heading ("完善工作保障机制" is a line of work)
    # IMPLEMENTATION_NOUN (round 53): 实施保障 names the part only as a noun ("四、实施保障", "六、实施保障措施",
    # "加强实施保障，…"); before another word it is the verb 实施 and its object: "实施保障民生补齐短板工程", the
    # run-in opening of 平潭 2019 "（七）做好民生实事，呼应人民群众新期盼 实施保障民生补齐短板工程，…" (its title as
    # segmented holds it), as "实施保障性住房供应", which set no role.
    (
        "implementation",
        re.compile(
            r"保障措施|组织保障|实施保障(?=措施|机制|能力|体系|[^\u4e00-\u9fff]|$)|规划实施|组织实施|^工作保障$"
        ),
    ),
    # CONTACT_ROLE: who to call about the document, "四、联系人及联系方式" (a notice's closing part, followed by
    # names and telephone numbers): not a line of work, but its text (a department's name, 宣传, 环境) made it
    # resemble the later notice's lines of work, and a later notice with no such part got a link from it.
    # As a role it continues only the later document's contact part. (Round 9 precision 0.766 → 0.787, near
    # 0.805 → 0.827; every other set unchanged.)
    ("contact", re.compile(r"^联系(人|方式)|联系人[和与及]联系方式")),
)
OVERALL = "overall"
# Roles whose items name lines of work (an achievement, a target): the items are ordinary units.
ITEMS_NAME_WORK = frozenset({"review", "targets"})
# Not framing even under a framing chapter: the layout of the plan's lines of work ("（三）总体
# 安排" lists the four 工程 the plan's chapters then carry out); an ordinary unit.
LAYOUT_TITLE = re.compile(r"总体安排|总体布局")
# How many subject-bearing section titles above a unit count as its context.
CONTEXT_DEPTH = 2
# A section's text for comparison: the titles below it (they name what it covers), then its opening
# (SECTION_OPENING characters; LEAF_BODY for a section with no unit below it).
SECTION_CHILD_TITLES = 24
SECTION_OPENING = 160
# A section with no unit below it (a leaf: "（四）住房保障扩容提质。强化…", its work all in its body)
# is compared on its body as a task is, up to LEAF_BODY characters (similarity.BODY_EVIDENCE).
LEAF_BODY = 600
# BLOCK_LEAF_UNIT: a block heading with nothing below it in the graph holds its list in its body, as
# run-in paragraphs ("2.重点任务" under 十四五 housing 发展目标: "持续构建住房租赁体系。… 深入改善居民居住
# 环境。…"): no unit stands for that work unless the block itself does. Such a block is a unit,
# compared on its body (LEAF_BODY) and its grouping; its generic title weighs nothing. (Round 4
# strong 0.681 → 0.696, weak 0.385 → 0.462; every other set unchanged.)
BLOCK_LEAF_UNIT = True


# TASK_BLOCKS: a plan's task part under a block heading ("三、主要任务", "二、重点任务") names no line of work, but
# it is the part of the plan that sets its work, and a judge reading two plans pairs it with the later plan's task
# part (round 41: 北斗 2021 "三、主要任务" → 商业航天 2023 "二、重点任务", strong). A block heading that holds units
# and has only block or wrapper headings above it is a unit of role TASKS_ROLE: like a framing unit it continues only
# the later plan's unit of that role; its items keep their own context (it stays out of it, as a block heading does).
TASK_BLOCKS = True
TASKS_ROLE = "tasks"


# BOX_GROUPS: a box ("专栏4：新一代信息技术", a Task numbered 专栏N) groups the numbered items printed in
# it ("1.高端服务器与高性能计算技术", "2.网络存储技术" …), which the task segmenter makes Tasks of the same
# section beside it. The box is their grouping, as a section is: each item has the box as its parent
# unit and the box's title as its nearest context (so an item is compared as part of 新一代信息技术,
# which the later plan's section "（一）新一代信息技术" carries on), and the box has its items as the
# titles below it (a broad unit, compared with the later plan's broad units). An item is in a box
# when it starts inside the box's span in the same section. (Round 6, 山东 科技创新 十三五 → 十四五, whose
# 16 boxes hold 107 of the 161 judged units: strong 0.630 → 0.759, weak 0.422 → 0.406, precision 0.577
# unchanged; no other set has a box.)
BOX_GROUPS = True
BOX_NUMBER = re.compile(r"^专栏\s*[\d一二三四五六七八九十]{1,3}$")


# BOX_TEXT_ENDS: a box runs, for the segmenter, from its caption to the next heading or caption, so its
# last item's text (and the box's) also holds the paragraphs printed after the box: in a plan whose
# fields each open with a run-in paragraph and then a box ("新一代信息技术。围绕…" / 专栏4 / "新材料技术。
# 立足…" / 专栏5), the next field's opening. 十三五 专栏4's last item "8.新一代通信网络与终端" read as new
# materials and was linked to 十四五 "（四）新材料技术". The text of a box and of its items, as lineage
# compares it, ends before a paragraph that opens with a run-in label (``RUN_IN_PARAGRAPH``: a short
# phrase closed by 。 and no item number), the next field's heading. (Round 6 strong 0.759 → 0.769,
# precision 0.577 → 0.600; its one negative more, 煤清洁利用技术 linked by its box alone, is
# align.BOX_ITEM_OWN_WORDS's.)
BOX_TEXT_ENDS = True
# A run-in label at a line's start: 2–24 characters closed by 。 with text after it, no item number.
RUN_IN_LABEL = (
    r"[ \t\u3000]*(?![\d（(一二三四五六七八九十]+[、.．）)])(?![-—－])(?P<label>[^\s。，；：:,;\d]{2,24})。(?=\S)"
)
RUN_IN_PARAGRAPH = re.compile(r"\n" + RUN_IN_LABEL)
# DASHED_TARGETS_STAY (a decision, branch lin42): the dashed items of a targets section ("——产业规模进一步壮大。…"
# under 北斗 2021 "二、发展目标", "——火灾形势持续稳定。…" under 黄浦 十二五 "（二）工作目标") are no graph units and
# no run-in parts (the label above excludes a line that opens with a dash): each restates a target of the plan, its
# section is aligned with the later plan's targets by role and, holding them in its body, as a line of work
# (align.RUN_IN_TARGETS_ARE_WORK), and the judged sets that list them (rounds 5 and 41) are scored on that section.
# Compared as parts of their section (links folded onto it, as RUN_IN_PARTS does), they moved round 5 weak 0.519 →
# 0.537 and precision 0.546 → 0.550, but lost round 6 weak 0.508 → 0.500 and precision 0.677 → 0.670 (its 十三五
# 发展目标's dashed items) and round 41 precision 0.490 → 0.480, with round 5's strict strong 0.811 → 0.792: left
# as they are.


def _box_text(text: str) -> str:
    """A box's or box item's text up to the run-in paragraph after the box (see BOX_TEXT_ENDS)."""
    if not BOX_TEXT_ENDS:
        return text
    cut = RUN_IN_PARAGRAPH.search(text)
    return text[: cut.start()] if cut else text


def _boxes(task_rows: list[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    """Task id → the box task it is printed in (see BOX_GROUPS)."""
    if not BOX_GROUPS:
        return {}
    boxes = [r for r in task_rows if BOX_NUMBER.match((r.get("number") or "").strip())]
    out: dict[str, Mapping[str, Any]] = {}
    for row in task_rows:
        for box in boxes:
            inside = (box.get("start") or 0) < (row.get("start") or 0) < (box.get("end") or 0)
            if box is not row and box["section"] == row["section"] and inside:
                out[row["id"]] = box
                break
    return out


# TARGET_ITEMS_ARE_WORK: an item of a targets section is a target, whatever framing word its title
# holds ("（一）火灾形势稳中向好" under "（三）发展目标" is a target, not a situation section): it restates
# the targets as the other items do.
TARGET_ITEMS_ARE_WORK = True


@lru_cache(maxsize=65_536)
def is_block(title: str) -> bool:
    """Cached: a unit asks it of every title above it (its grouping, its parent unit)."""
    return BLOCK_TITLE.match(title.strip()) is not None


@lru_cache(maxsize=65_536)
def framing_role(title: str) -> str:
    """The framing role a title names ("" for none; ``OVERALL`` for two or more). Cached: a
    unit asks it of every title above it, so each title is asked many times."""
    roles = [name for name, pattern in FRAMING_ROLES if pattern.search(title)]
    return roles[0] if len(roles) == 1 else OVERALL if roles else ""


def is_framing(title: str) -> bool:
    return framing_role(title) != ""


# LOCAL_FRAMING: a targets title below a section that names a line of work sets the targets of
# that line of work, not of the plan: "第十六章　东部沿海地带的经济发展" / "第一节　发展目标和任务",
# "第十二章　机械电子工业" / "第一节　发展目标和生产建设部署" (national outlines whose chapters open with
# their own targets). It is an ordinary unit, compared with its chapter's title as context; a later
# plan's targets section is no successor of it. Only targets: a 加强组织保障 under a line of work is
# still about carrying the plan out. A section whose own title speaks of targets ("第一章　指导方针和
# 目标", "一、…指导方针和奋斗目标") frames the plan, and its targets sections with it.
LOCAL_TARGETS_ROLE = "targets"
# PLAN_FRAME_SIBLINGS: ... unless the targets stand beside the plan's own framing sections (review,
# situation, guiding ideas, principles): then the chapter holding them frames the plan whatever its
# title says. 山东 十三五 "一、加快推进创新型省份建设" holds (一)基础与优势, (二)面临形势, (三)指导思想 and
# (四)发展目标; 十四五 "（二）确立科技创新发展新蓝图" holds 1.指导思想, 2.基本原则, 3.发展目标 — the plans'
# targets, which LOCAL_FRAMING read as the targets of a line of work named 创新型省份建设 / 新蓝图.
# With "基础与优势" read as a review: round 6 strong 0.833 → 0.843, weak 0.438 → 0.445, precision 0.525
# → 0.585; every other set unchanged.
PLAN_FRAME_SIBLINGS = True
# FRAMING_CONTEXT: a framing heading above a unit ("七、保障措施", "二、总体要求", "指导思想、发展原则和主要目标")
# is no grouping of its subject: its words (措施, 要求, 目标, 原则) stand above every unit it holds, in every plan,
# and linked its items to any unit under another such heading ("建立自查机制" under 保障措施 → "强化责任落实" under
# 保障措施, by 措施 and the plan's subject alone). It is left out of a unit's context, as a block heading is.
# A unit that restates (an item of a targets or review section) keeps it: two plans' targets are aligned
# with each other, and the heading is what says they are targets (十三五 "公共消防基础设施不断优化" → 十五五
# "应急救援实战保障水平显著提升", a judged strong pair, shares little else). (Round 4 weak 0.423 → 0.462,
# precision 0.796 → 0.800; round 5 precision 0.470 → 0.476; round 10 0.462 → 0.480; every other figure
# unchanged. For restating units too, round 5 lost that strong pair.)
FRAMING_CONTEXT = True
PLAN_FRAME_ROLES = frozenset({"review", "situation", "guiding", "principles"})


def _names_work(title: str) -> bool:
    plain = bool(title.strip()) and not is_block(title) and not is_framing(title)
    return plain and not LAYOUT_TITLE.search(title) and "目标" not in title


# ISSUED_DOCUMENT: a notice that issues a plan as its attachment ("…关于印发《2026年嘉定区违法用地综合整治实施方案》的
# 通知" / "附件：2026年嘉定区违法用地综合整治实施方案") often heads the attachment with the plan's title, and the
# segmenter makes that heading a section holding the whole plan. It names no line of work: it is the plan, and as a
# unit it was continued by every chapter of the earlier plan (round 13: the 2026 方案's wrapper linked to the 2024
# plan's 总体目标, 整治内容, 整治要求 and 行动步骤, none judged), and as the grouping of every unit below it it lent
# them all the same words. A section with units below it whose title is the title the text before it names in
# 《》 or after 附件： is no unit and no grouping, like a block heading (is_block). (Round 13 precision 0.649 → 0.698;
# round 10, whose 2024 notice heads its 附件 "智能网联汽车准入、召回及软件在线升级管理与技术指南" likewise, 0.490 →
# 0.571 and negatives 1 → 0, with or without the manifest; no recall lost; every other set unchanged.)
ISSUED_DOCUMENT = True
ISSUED_TITLE = re.compile(r"《(?P<cited>[^《》\n]{4,80})》|附件\s*\d*\s*[:：]\s*(?P<attached>[^\n]{4,80})")
# SOLE_ANNEX: a crawl that kept only the attachment of a notice opens with its bare annex heading and the plan's
# title on the next line ("附件" / "上海市北斗产业高质量发展三年行动计划" / "（2021-2023年）" / "一、总体思路"): the
# segmenter makes a section numbered 附件 of the title, holding the whole plan, and it stood as a line of work of its
# own beside the plan's parts and as the nearest grouping of each (the plan's name beside every unit's title), and it
# hid the plan's task part "三、主要任务" under a unit (TASK_BLOCKS). Such a heading is the issued plan's
# (ISSUED_DOCUMENT) when no other section beside it holds units: an annex beside a notice's own parts ("附件 1" /
# "各类机组判定标准" after the notice's 一、…五、, round 15: strong 0.926 → 0.778 when every bare annex heading was one)
# is a part of the document as printed. It stays a level (WRAPPER_NO_LEVEL counts unnumbered headings only):
# uncounted, round 41 lost weak 0.467 → 0.400 (two section → item links) and round 13's 方案, whose 附件 heading is a
# wrapper by its 《》, precision 0.725 → 0.712.
SOLE_ANNEX = True
ANNEX_TITLE = re.compile(r"(?m)^[ \t\u3000]*附件[ \t\u3000]*\d*[ \t\u3000]*\n\s*(?P<annexed>[^\n]{4,80})")


# WRAPPER_NO_LEVEL: a plan's own title line, when the segmenter does not know it for the plan's title, stays a section
# above every section of the plan (ISSUED_DOCUMENT makes it no unit), and adds a level to each: lineage compares units
# by their level (align.granularity: a chapter with the other plan's chapters, an item with its items). A notice that
# publishes its plan and is titled by its notice ("关于公布2019学年工作要点的通知" / "现将《绍兴市第一中学2019学年工作
# 要点》印发给你们" / "绍兴市第一中学2019学年工作要点" / "一、着重落实，抓实五项政策实施。" / "1.五星三名。…") had its
# parts at level 2 and its items at level 3 without a manifest, while with one (the title line then is the title) and
# in the next year's plan the parts are at level 1: its parts were compared as sections holding items, not with the
# later plan's parts. A unit's level does not count such a heading above it. Only an unnumbered one: an annex
# heading ("附件 1 智能网联汽车准入、召回及软件在线升级管理与技术指南", beside the notice's own 一、…四、) is a level of
# the document as printed, with or without a manifest. (Round 19 without its manifest: weak 0.120 → 0.280, precision
# 0.611 → 0.682, the figures with it; every other set unchanged. For annex headings too, rounds 10 and 13 each drew
# one more chapter-to-chapter link of WORK_WENT, unlisted.)
WRAPPER_NO_LEVEL = True


# TEMPLATE_SECTIONS: a plan may attach the outline of a document others are to write ("附件：调节能力建设
# 方案（2025—2027年）编制大纲" / "XX省（区、市）调节能力建设方案" / "一、发展现状" … "七、保障机制", the
# 2025 NDRC/NEA action plan's outline for the provinces' plans). Its headings are the chapters of that future
# document, not lines of work of the plan: they restate the plan's topics (抽水蓄能, 新型储能, 电网侧调节能力)
# and drew seventeen links from the 2018 opinion's lines of work, none judged (round 42's judge: "the 2025 附件
# (an outline for the provinces' plans …)" is no unit). Such an outline is told by its title's placeholder for
# who fills it in (XX省, ××市, **单位): a section so titled that holds headings or items below it is no unit,
# and neither is anything below it. A form with a placeholder title and nothing below it (round 15's "附件 5" /
# "XX 省（区、市）2019-2020 年发电行业…数据填报表", a judged unit) stays one.
TEMPLATE_SECTIONS = True
TEMPLATE_PLACEHOLDER = re.compile(
    r"(?:X{2,}|x{2,}|×{2,}|Ｘ{2,}|\*{2,}|○{2,}|某某)\s*(?:省|市|区|县|单位|公司|企业|学校)"
)


# FORM_ANNEXES (lin58, session 44): an annex that is a form to fill in or a list of names (an enterprise list, a
# checklist to tick, a return slip) is no line of work, and neither are its rows: "附件1全区重点工贸企业名单一、机械制造
# 平潭县看澳船舶修造公司…", "附件2 工贸重点企业现场会诊表 企业名称： 指导服务时间：…" (pt-confined-space-expert-2024),
# "附件1 实验区安全生产月”活动联络员反馈表 姓 名 性别 职务…" (pt-safety-month-2022; lineage57's judge: "Not units: …
# the annexes (enterprise lists, 会诊表, 统计表, 反馈表)"). Linked by the names of the companies or the words of the
# notice the form repeats, they drew three unlisted links of lineage57 (行程安排 ← 全区重点工贸企业名单, 其它事项 ←
# 工贸重点企业现场会诊表, 组织开展专家下基层安全培训活动 ← …联络员反馈表). A section numbered as an annex (附件N, 附表N)
# whose title names such a form (FORM_ANNEX_TITLE, in its first FORM_ANNEX_CHARS characters) is no unit, with all below
# it. A table of work stays a unit: "重点任务分工表", "项目清单", "任务清单" name no form of these kinds.
FORM_ANNEXES = True
FORM_ANNEX_NUMBER = re.compile(r"^附[件表]")
FORM_ANNEX_TITLE = re.compile(
    r"名单|名册|回执|(?:反馈|会诊|统计|登记|申请|申报|报名|汇总|信息|情况|推荐|评分|联系|备案|调查)[一览]*表"
)
FORM_ANNEX_CHARS = 40


def _form_annexes(by_id: Mapping[str, Mapping[str, Any]]) -> set[str]:
    """The annexes that are forms or lists of names (FORM_ANNEXES), and every section below them."""
    heads = {
        sid
        for sid, row in by_id.items()
        if FORM_ANNEX_NUMBER.match(row.get("number") or "")
        and FORM_ANNEX_TITLE.search((row.get("title") or "")[:FORM_ANNEX_CHARS])
    }
    out = set()
    for sid in by_id if heads else ():
        current: str | None = sid
        while current and current in by_id:
            if current in heads:
                out.add(sid)
                break
            current = by_id[current].get("parent")
    return out


def _templates(by_id: Mapping[str, Mapping[str, Any]], holders: set[str]) -> set[str]:
    """The sections of outlines for documents others write (TEMPLATE_SECTIONS), and every section below them."""
    heads = {
        sid for sid, row in by_id.items() if sid in holders and TEMPLATE_PLACEHOLDER.search(row.get("title") or "")
    }
    out = set()
    for sid in by_id:
        current: str | None = sid
        while current and current in by_id:
            if current in heads:
                out.add(sid)
                break
            current = by_id[current].get("parent")
    return out


def issued_titles(text: str) -> dict[str, int]:
    """The titles a text names as issued or attached (ISSUED_DOCUMENT), whitespace removed, with where each is first
    named."""
    found: dict[str, int] = {}
    for match in ISSUED_TITLE.finditer(text):
        title = "".join((match.group("cited") or match.group("attached") or "").split())
        found.setdefault(title, match.start())
    return found


def _sole_annexes(
    by_id: Mapping[str, Mapping[str, Any]],
    children: Mapping[str, list[Mapping[str, Any]]],
    tasks_of: Mapping[str, list[Mapping[str, Any]]],
    text: str,
) -> set[str]:
    """The sections that head a text's only attachment (SOLE_ANNEX): titled as the line after a bare 附件 heading
    that opens them, holding units, with no section beside them that holds any."""
    annexed = {"".join(m.group("annexed").split()): m.start() for m in ANNEX_TITLE.finditer(text)}
    if not annexed:
        return set()
    holds = {sid for sid in by_id if sid in children or sid in tasks_of}
    out = set()
    for row in by_id.values():
        at = annexed.get("".join((row.get("title") or "").split()))
        if row["id"] not in holds or at is None or at > (row.get("start") or 0):
            continue
        beside = [r for r in by_id.values() if r.get("parent") == row.get("parent") and r is not row]
        if not any(r["id"] in holds for r in beside):
            out.add(row["id"])
    return out


def plan_units(
    sections: Iterable[Mapping[str, Any]],
    tasks: Iterable[Mapping[str, Any]],
    text: str = "",
    fields: Mapping[str, Iterable[str]] | None = None,
    plan_id: str = "",
) -> list[Unit]:
    """Units of one plan.

    ``sections``: rows with id, plan_id, level, number, title, start, end, parent (parent
    section id or None); ``tasks``: rows with id, plan_id, number, title, text, start, section
    (its section id); ``text``: the plan's normalised text (for a section's opening);
    ``fields``: unit id → Field names; ``plan_id``: the plan's id (the holder of the articles of a text without
    chapters, clauses.PLAN_BODY_ARTICLES; else read from the sections' rows).
    """
    fields = fields or {}
    by_id = {row["id"]: row for row in sections}
    if TEMPLATE_SECTIONS:
        task_list = list(tasks)
        holders = {row.get("parent") for row in by_id.values()} | {row["section"] for row in task_list}
        outline = _templates(by_id, {h for h in holders if h})
        by_id = {sid: row for sid, row in by_id.items() if sid not in outline}
        tasks = [row for row in task_list if row["section"] not in outline]
    if FORM_ANNEXES:
        forms = _form_annexes(by_id)
        by_id = {sid: row for sid, row in by_id.items() if sid not in forms}
        tasks = [row for row in tasks if row["section"] not in forms]
    children: dict[str, list[Mapping[str, Any]]] = {}
    for row in sorted(by_id.values(), key=lambda r: r.get("start") or 0):
        if row.get("parent"):
            children.setdefault(row["parent"], []).append(row)
    task_rows = sorted(tasks, key=lambda r: r.get("start") or 0)
    tasks_of: dict[str, list[Mapping[str, Any]]] = {}
    for row in task_rows:
        tasks_of.setdefault(row["section"], []).append(row)

    # ISSUED_DOCUMENT: the sections that head the whole issued plan (its title, named in the text before them)
    wrappers = set()
    named = issued_titles(text) if ISSUED_DOCUMENT and text else {}
    for row in by_id.values() if named else ():
        title = "".join((row.get("title") or "").split())
        holds = row["id"] in children or row["id"] in tasks_of
        if holds and named.get(title, len(text)) < (row.get("start") or 0):
            wrappers.add(row["id"])
    if SOLE_ANNEX and text:
        wrappers |= _sole_annexes(by_id, children, tasks_of, text)

    def blockish(row: Mapping[str, Any]) -> bool:
        """A block heading (is_block) or the heading of the whole issued plan (ISSUED_DOCUMENT)."""
        return row["id"] in wrappers or is_block(row.get("title") or "")

    def level_of(chain: list[Mapping[str, Any]]) -> int:
        """The level of chain[0], not counting the issued plan's heading above it (WRAPPER_NO_LEVEL)."""
        own = int(chain[0].get("level") or 0) if chain else 0
        if WRAPPER_NO_LEVEL:
            own -= sum(1 for row in chain[1:] if row["id"] in wrappers and not (row.get("number") or "").strip())
        return own

    def ancestors(section_id: str | None) -> list[Mapping[str, Any]]:
        chain = []
        while section_id and section_id in by_id:
            chain.append(by_id[section_id])
            section_id = by_id[section_id].get("parent")
        return chain

    def role(chain: list[Mapping[str, Any]], own: bool) -> tuple[str, str]:
        """(role, restates) of a unit: its own title's role (``own``: chain[0] is the unit),
        else its nearest framing ancestor's; under a review or target section the role is ""
        and ``restates`` names that section's role. A layout heading in between ends the search."""
        if own and chain and TARGET_ITEMS_ARE_WORK:
            roles_above = [framing_role(r.get("title") or "") for r in chain[1:]]
            nearest = next((r for r in roles_above if r), "")
            if nearest == "targets" and framing_role(chain[0].get("title") or "") not in ("", "targets"):
                return "", nearest  # TARGET_ITEMS_ARE_WORK: "火灾形势稳中向好" under 发展目标
        for row in chain:
            title = row.get("title") or ""
            found = framing_role(title)
            if not found and LAYOUT_TITLE.search(title):
                return "", ""
            if found:
                above = chain[chain.index(row) + 1 :]
                local = found == LOCAL_TARGETS_ROLE and any(_names_work(r.get("title") or "") for r in above)
                if local and not (PLAN_FRAME_SIBLINGS and _frames_plan(row)):
                    return "", ""  # LOCAL_FRAMING: the targets of a line of work, not of the plan
                if (row is not chain[0] or not own) and found in ITEMS_NAME_WORK:
                    return "", found
                return found, ""
        return "", ""

    def _frames_plan(row: Mapping[str, Any]) -> bool:
        """Whether a section stands beside the plan's own framing sections (PLAN_FRAME_SIBLINGS)."""
        siblings = children.get(row.get("parent") or "", []) if row.get("parent") else []
        return any(framing_role(s.get("title") or "") in PLAN_FRAME_ROLES for s in siblings if s is not row)

    def context(chain: list[Mapping[str, Any]], restates: str = "") -> tuple[str, ...]:
        framing = FRAMING_CONTEXT and not restates  # FRAMING_CONTEXT: a restating unit keeps them
        titles = [
            row.get("title") or ""
            for row in chain
            if not blockish(row) and not (framing and is_framing(row.get("title") or ""))
        ]
        return tuple(t for t in titles if t)[:CONTEXT_DEPTH]

    def parent_unit(chain: list[Mapping[str, Any]]) -> str:
        return next((row["id"] for row in chain if not blockish(row)), "")

    def below(section_id: str) -> list[str]:
        titles: list[str] = []
        stack = [section_id]
        while stack and len(titles) < SECTION_CHILD_TITLES:
            current = stack.pop(0)
            titles += [t.get("title") or "" for t in tasks_of.get(current, [])]
            for child in children.get(current, []):
                if not blockish(child):
                    titles.append(child.get("title") or "")
                stack.append(child["id"])
        return [t for t in titles if t][:SECTION_CHILD_TITLES]

    box_of = _boxes(task_rows)
    items_of: dict[str, list[str]] = {}
    for row in task_rows:
        if row["id"] in box_of:
            items_of.setdefault(box_of[row["id"]]["id"], []).append((row.get("title") or "").strip())

    units: list[Unit] = []
    for row in by_id.values():
        title = (row.get("title") or "").strip()
        chain = ancestors(row["id"])
        leaf = row["id"] not in children and row["id"] not in tasks_of
        task_part = TASK_BLOCKS and not leaf and is_block(title) and all(blockish(r) for r in chain[1:])
        if not title or row["id"] in wrappers or (is_block(title) and not (BLOCK_LEAF_UNIT and leaf) and not task_part):
            continue
        start = row.get("start") or 0
        first_child = min((c.get("start") or 0 for c in children.get(row["id"], [])), default=row.get("end") or 0)
        opening = text[start : min(first_child, start + (LEAF_BODY if leaf else SECTION_OPENING))] if text else ""
        own_role, own_restates = (TASKS_ROLE, "") if task_part else role(chain, own=True)
        units.append(
            Unit(
                id=row["id"],
                plan_id=row["plan_id"],
                label="Section",
                title=_clause_title(title, opening),
                context=context(chain[1:], own_restates),
                text=opening,
                below=tuple(below(row["id"])),
                fields=frozenset(fields.get(row["id"], ())),
                number=row.get("number") or "",
                level=level_of(chain),
                parent=parent_unit(chain[1:]),
                start=start,
                role=own_role,
                restates=own_restates,
            )
        )
    for row in task_rows:
        title = (row.get("title") or "").strip()
        chain = ancestors(row["section"])
        if not title:
            continue
        task_role, task_restates = role(chain, own=False)
        box = box_of.get(row["id"])
        level = level_of(chain) + 1 if chain else 1
        grouping, parent = context(chain, task_restates), parent_unit(chain)
        if box is not None:  # BOX_GROUPS: an item of a box
            grouping = ((box.get("title") or "").strip(), *grouping)[:CONTEXT_DEPTH]
            parent, level = box["id"], level + 1
        body = row.get("text") or ""
        if box is not None or row["id"] in items_of:
            body = _box_text(body)
        units.append(
            Unit(
                id=row["id"],
                plan_id=row["plan_id"],
                label="Task",
                title=_clause_title(title, body),
                context=grouping,
                text=body,
                below=tuple(t for t in items_of.get(row["id"], ()) if t)[:SECTION_CHILD_TITLES],
                fields=frozenset(fields.get(row["id"], ())),
                number=row.get("number") or "",
                level=level,
                parent=parent,
                start=row.get("start") or 0,
                role=task_role,
                restates=task_restates,
            )
        )
    for row in clause_rows(by_id.values(), task_rows, text, plan_id):  # clauses.CLAUSE_UNITS
        chain = ancestors(row["section"])
        clause_role, clause_restates = role(chain, own=False)
        units.append(
            Unit(
                id=row["id"],
                plan_id=row["plan_id"],
                label="Clause",
                title=clause_opening(row["text"]),
                context=context(chain, clause_restates),
                text=row["text"],
                number=row["number"],
                level=level_of(chain) + 1 if chain else 1,
                parent=parent_unit(chain),
                start=row["start"],
                role=clause_role,
                restates=clause_restates,
            )
        )
    if RUN_IN_PARTS and text:
        parts = _run_in_parts(units, by_id, children, tasks_of, task_rows, text)
        if RESTATED_PARTS:
            parts, summaries = _restated(units, parts)
            places = {(u.title, u.start, u.parent) for u in units if u.id in summaries}
            units = [u for u in units if u.id not in summaries and (u.title, u.start, u.parent) not in places]
        units += parts
    if REVIEW_ITEM_PARTS and text:
        units += _review_items(units, by_id, children, tasks_of, text)
    return sorted(units, key=lambda u: (u.start, u.label != "Section", u.id))


# REVIEW_ITEM_PARTS (fixlin46, round 46): a yearly report's review chapter may go over the year's lines of work as
# enumerated lines, each alone or opening its paragraph, "一是保持宏观政策连续性针对性，推动经济运行保持在合理区间。" …
# "八是…" (the State Council's 2022 report, "一、2021年工作回顾"; its 2021 report's "一、2020年工作回顾" counts them the
# same way), each reporting on one line of the year's plan (the 2021 report's "（一）保持宏观政策连续性稳定性可持续性，
# 促进经济运行在合理区间"; round 46's gold). The segmenter makes no unit of them (a comma inside, no number of a
# heading), and the chapter, a framing unit, is compared by role only. They are the review's parts (``PART`` ids, the
# line without its 一是 as title), kept with the chapter's role: only align.REVIEW_THEN_PLAN compares them, as the
# report's lines of work, with the earlier plan's, and writes their links on the chapter.
REVIEW_ITEM_PARTS = True
REVIEW_ITEM_LINE = re.compile(
    r"(?m)^[ \t\u3000]*(?P<number>[一二三四五六七八九十]是)[，,]?(?P<label>[^\n。；;！？]{4,40})。"
)
# GOAL_ITEM_PARTS (fixlin46, round 46): so are the dashed goals of a chapter that frames the plan as a whole (role
# overall) and names its targets: the State Council's 2021 report, "二、“十三五”时期发展成就和“十四五”时期主要目标
# 任务" / "——着力提升发展质量效益，保持经济持续健康发展。…" … nine goals, each taken up by a task section of the 2022
# report (round 46's gold: 质量效益 → （一）, 创新 → （四）, 绿色 → （八）, 民生 → （九）). Only
# align.GOAL_ITEMS_ALONE compares them (a targets section's dashed items stay whole: units.DASHED_TARGETS_STAY).
GOAL_ITEM_PARTS = True
GOAL_ITEM_LINE = re.compile(r"(?m)^[ \t\u3000]*(?P<number>——)(?P<label>[^\n。；;！？]{4,40})。")
TARGETS_ROLE = "targets"


def _names_targets(title: str) -> bool:
    """GOAL_ITEM_PARTS: a title that names the plan's targets (among its roles)."""
    return any(name == TARGETS_ROLE and pattern.search(title) for name, pattern in FRAMING_ROLES)


def _review_items(
    units: list[Unit],
    by_id: Mapping[str, Mapping[str, Any]],
    children: Mapping[str, list[Mapping[str, Any]]],
    tasks_of: Mapping[str, list[Mapping[str, Any]]],
    text: str,
) -> list[Unit]:
    """The enumerated review lines of the review chapters (see REVIEW_ITEM_PARTS), the dashed goals of an overall
    chapter naming the targets (GOAL_ITEM_PARTS)."""
    parts: list[Unit] = []
    for unit in units:
        if unit.label != "Section" or unit.parent:
            continue
        if unit.role == "review":
            line = REVIEW_ITEM_LINE
        elif GOAL_ITEM_PARTS and unit.role == OVERALL and _names_targets(unit.title):
            line = GOAL_ITEM_LINE
        else:
            continue
        row = by_id[unit.id]
        below = [c.get("start") or 0 for c in children.get(unit.id, [])]
        below += [t.get("start") or 0 for t in tasks_of.get(unit.id, [])]
        start, end = row.get("start") or 0, min(below, default=row.get("end") or 0)
        body = text[start:end]
        found = list(line.finditer(body))
        if len(found) < RUN_IN_MIN:
            continue
        for k, match in enumerate(found):
            until = found[k + 1].start() if k + 1 < len(found) else len(body)
            parts.append(
                replace(
                    unit,
                    id=f"{unit.id}{PART}{k + 1}",
                    title=match.group("label"),
                    number=match.group("number"),
                    context=(unit.title, *unit.context)[:CONTEXT_DEPTH],
                    text=body[match.start("label") : until].strip(),
                    below=(),
                    fields=frozenset(),
                    level=unit.level + 1,
                    parent=unit.id,
                    start=start + match.start("label"),
                )
            )
    return parts


# SUBJECT_CUT_TITLES: in a text crawled onto one line the segmenter ends a run-in heading where a sentence seems
# to start, and 要 is such a start: a provision led by its subject keeps only the subject as its title ("四、各省级
# 人民政府要认真清理违规建设的电站项目，…" → "各省级人民政府", "八、各级价格主管部门要积极推进电价改革，…" → "各级
# 价格主管部门"), and 要求 is cut in two ("一、按照科学发展观的要求，…" → "按照科学发展观的"). Such a title names who
# acts, not the line of work, and lineage compares titles first. Where a unit's text runs on from its title straight
# into 要, its title for lineage runs on to the end of that clause (the next ，。；：！？ or line end), if that stays
# within SUBJECT_CUT_MAX characters; the graph keeps the heading as segmented. (Round 11 with its manifest: weak
# 0.435 → 0.478, precision 0.444 → 0.472; without it precision 0.529 → 0.600; lineage-dev precision 0.610 → 0.617,
# one link fewer; every other lineage set unchanged. Any character after the title (应 of 应对, …) changed dev and
# heldout and cost dev three strong pairs.)
SUBJECT_CUT_TITLES = True
SUBJECT_CUT_MAX = 40
CLAUSE_END = re.compile(r"[，。；：！？\n]")


def _clause_title(title: str, text: str) -> str:
    """A title cut before 要 run on to the end of its clause (SUBJECT_CUT_TITLES), else ``title``."""
    at = text.find(title) if SUBJECT_CUT_TITLES and title else -1
    if not 0 <= at <= 12 or not text.startswith("要", at + len(title)):
        return title
    end = CLAUSE_END.search(text, at + len(title))
    stop = end.start() if end else len(text)
    return text[at:stop] if stop - at <= SUBJECT_CUT_MAX else title


# RUN_IN_PARTS: a section (or item) whose lines of work are run-in paragraphs, each opening with its
# label ("（二）完善科研基地和创新平台布局。…" / "建设国家级重大科技创新平台。…" / "推进技术创新平台建设。…" /
# "加快发展新型研发机构。…"), holds several lines of work that the segmenter makes no unit of: compared
# as one unit, the section reads as its strongest subject and continues one counterpart, while the
# later plan gives each its own item (十四五 "2.布局建设技术创新中心", "4.推进新型研发机构建设量质提升").
# Each run-in paragraph is compared as a part of its unit (``PART``: id "<unit id>#<n>", its label as
# title, the unit's title as its grouping), and a part's links are written on the unit holding it
# (align.fold_parts): the graph has no node for it, and the unit is where a reader finds it. Only where
# a unit holds RUN_IN_MIN such paragraphs or more (a list of run-in lines of work, not one lead
# sentence), in the unit's own text (before the first unit below it), and not in framing units.
# (Round 6 strong 0.769 → 0.833, weak 0.414 → 0.438, precision 0.600 → 0.525, the framing sections'
# run-ins being parts until PLAN_FRAME_SIBLINGS; 七五 → 八五, whose 八五 sections run in their sectors
# "种植业。… 林业。… 水产业。…": strong 0.851 → 0.894, weak 0.255 → 0.291, precision 0.634 → 0.646.)
RUN_IN_PARTS = True
RUN_IN_MIN = 2
# BLOCK_ITEM_PARTS: a block heading numbered as an item ("2.重点任务" under a 发展目标 section, BLOCK_LEAF_UNIT) is
# no line of work of its own: its run-in paragraphs ("持续构建住房租赁体系。…" / "深入改善居民居住环境。…" /
# "推进住房领域数字化转型。…") are the lines of work, each taken up by its own later unit. With this flag its run-in
# paragraphs are parts (RUN_IN_HOLDERS does not apply, nor the skip of restating units; the parts restate as the
# block does). Measured: round 4 strong 0.797 → 0.899 (7 pairs), precision 0.800 → 0.780, negatives 0 → 1 (the part
# "更加优化住房空间布局" → "完善交通基础设施" by ≈交通 alone, a judged negative); every other set unchanged. On
# since align.PART_OWN_SUBJECT, which drops that link (a part's vocabulary-only link to a subject its label does
# not name): round 4 strong 0.797 → 0.884, precision 0.800 → 0.789, negatives 0 → 0.
BLOCK_ITEM_PARTS = True
# RESTATED_PARTS: a unit whose run-in parts are, more than half of them, titles of other units of its plan
# is a summary of them, not a line of work of its own: the 2021 standards guide closes each subsystem
# with a box "智能装备标准建设重点" whose run-in paragraphs ("工业机器人标准。数据格式、对象字典等…")
# repeat the items above it ("（6）工业机器人标准。主要包括…"). Compared as units, the box and its parts
# drew the links of the earlier items from their counterparts (2018 "工业机器人标准" → the box's
# "工业机器人标准" part, folded onto the box), and, without its parts, the box alone resembled every
# item it sums up. Neither the summary nor its parts are lineage units; the items they restate are.
# (Round 7 strong 0.967 → 0.978, weak 0.643 → 0.679, precision 0.543 → 0.578, near 0.782 → 0.844; every
# other set unchanged. Marking the summary as restating (align.RESTATING) instead of dropping it kept
# its links and linked two negatives more; dropping only the parts, one more.)
RESTATED_PARTS = True
# RUN_IN_HOLDERS: parts only in a chapter, a section (一、, （一）, 第一节) or a box, not in an item numbered
# 1. or （1）: an item is already the finest line of work a plan numbers, and its run-in paragraphs are
# its measures (十四五 housing "3.积极优化大型居住社区配套服务" / "提高已建大型居住社区配套水平。重点完善公共
# 交通…", a judged negative of 十五五 "完善交通基础设施" once compared apart). (Round 4 strong 0.797 with
# and without the rule's parts: unchanged; 0.768 and one negative more with parts of items.)
ITEM_NUMBER = re.compile(r"^[（(]?\d+[)）.、．]?$")
PART = "#"
RUN_IN_LINE = re.compile(r"(?m)^" + RUN_IN_LABEL)


def _run_in_parts(
    units: list[Unit],
    by_id: Mapping[str, Mapping[str, Any]],
    children: Mapping[str, list[Mapping[str, Any]]],
    tasks_of: Mapping[str, list[Mapping[str, Any]]],
    task_rows: list[Mapping[str, Any]],
    text: str,
) -> list[Unit]:
    """The run-in parts of the units (see RUN_IN_PARTS)."""
    tasks = {row["id"]: row for row in task_rows}
    sections = {(u.title, u.start, u.parent) for u in units if u.label == "Section"}
    parts: list[Unit] = []
    for unit in units:
        if unit.label == "Clause":
            continue  # clauses.CLAUSE_UNITS: a clause is the finest unit, as an item is (RUN_IN_HOLDERS)
        if unit.role or (unit.restates and not (BLOCK_ITEM_PARTS and is_block(unit.title))):
            continue
        if unit.label == "Task" and (unit.title, unit.start, unit.parent) in sections:
            continue  # the twin of a Section (align.TWINS): its parts are the Section's
        if ITEM_NUMBER.match(unit.number.strip()) and not (BLOCK_ITEM_PARTS and is_block(unit.title)):
            continue  # RUN_IN_HOLDERS: an item's run-in paragraphs are its measures
        if unit.label == "Section":
            row = by_id[unit.id]
            below = [c.get("start") or 0 for c in children.get(unit.id, [])]
            below += [t.get("start") or 0 for t in tasks_of.get(unit.id, [])]
            start, end = row.get("start") or 0, min(below, default=row.get("end") or 0)
        else:
            start = tasks[unit.id].get("start") or 0
            end = start + len(tasks[unit.id].get("text") or "")
        if unit.label == "Section" and SECTION_TEXT_AFTER_TASKS:
            own = _own_text_parts(
                text, by_id[unit.id], start, end, children.get(unit.id, []), tasks_of.get(unit.id, [])
            )
            if own:
                for k, (at, label, until) in enumerate(own):
                    parts.append(_part(unit, k, label, text[at:until].strip(), at))
                continue
        body = text[start:end]
        first_line = body.find("\n")
        found = list(RUN_IN_LINE.finditer(body, first_line)) if first_line >= 0 else []
        # (where the part's text starts, its title, where the text before it ends)
        spans = (
            [(m.start("label"), m.group("label"), m.start("label")) for m in found] if len(found) >= RUN_IN_MIN else []
        )
        if not spans and INLINE_ITEM_PARTS and unit.label == "Section":
            spans = _inline_items(body)
        heads: dict[int, str] = {}
        one_line = ONE_LINE_PARTS and unit.label == "Section" and first_line < 0 and _run_on(text, start)
        if not spans and one_line and not (ONE_PARAGRAPH_SECTION and _paragraph_section(body, unit.number)):
            spans, heads = _one_line_parts(body)
        if not spans:
            continue
        for k, (at, label, _) in enumerate(spans):
            until = spans[k + 1][2] if k + 1 < len(spans) else len(body)
            head = (heads[k],) if k in heads else ()
            parts.append(_part(unit, k, label, body[at:until].strip(), start + at, head))
    return parts


def _part(unit: Unit, k: int, label: str, body: str, start: int, head: tuple[str, ...] = ()) -> Unit:
    """The k-th run-in part of ``unit`` (RUN_IN_PARTS): its label as title, its paragraph as text."""
    return replace(
        unit,
        id=f"{unit.id}{PART}{k + 1}",
        title=label,
        number="",
        context=(*head, unit.title, *unit.context)[:CONTEXT_DEPTH],
        text=body,
        below=(),
        fields=frozenset(),
        level=unit.level + 1,
        parent=unit.id,
        start=start,
    )


# SECTION_TEXT_AFTER_TASKS (lin60, round 59): a section's own text is not only what stands before its first task or
# sub-section: a box that ends before the section does (tasks.BOX_SET_APART) gives the paragraphs after it back to the
# section, and they are its lines of work as much as those before the box. 上海 十五五 纲要
# 三、"1.1增创制造业高质发展新 优势。" runs in "推动传统产业数智化、绿色化转型。…" and "加快发展三大先导产业。…", then
# 专栏1, then "着力打造六大新兴支柱产业 集群。…" and "前瞻布局六大未来产业。…": its run-in parts are all four (round
# 59's gold: the 十四五 六大重点产业集群 items, 5.2.1-5.2.6, continue 1.1 by the third). The run-in labels
# (RUN_IN_LINE) are read in every stretch of the section's own text, the one before its first task or sub-section
# (below its heading's line) and each after a task or sub-section that ends before the next one begins; a part's text
# ends at the next label or at the end of its stretch. Only where a stretch after a task holds a label; else the parts
# are read as before.
SECTION_TEXT_AFTER_TASKS = True


def _own_text_parts(
    text: str,
    row: Mapping[str, Any],
    start: int,
    end: int,
    children: list[Mapping[str, Any]],
    tasks: list[Mapping[str, Any]],
) -> list[tuple[int, str, int]]:
    """(start, label, end) of the run-in parts in every stretch of a section's own text (SECTION_TEXT_AFTER_TASKS),
    or [] when no stretch after a task or sub-section holds a run-in label or they are fewer than RUN_IN_MIN."""
    covered = sorted(
        [((c.get("start") or 0), (c.get("end") or 0)) for c in children]
        + [((t.get("start") or 0), (t.get("start") or 0) + len(t.get("text") or "")) for t in tasks]
    )
    first_line = text.find("\n", start, end)
    stretches = [(first_line, end)] if first_line >= 0 else []
    reach = end
    for k, (_, stop) in enumerate(covered):
        reach = max(reach, stop)
        following = covered[k + 1][0] if k + 1 < len(covered) else (row.get("end") or 0)
        if reach < following and text[reach:following].strip():
            stretches.append((reach, following))
    found: list[tuple[int, str, int]] = []
    later = False
    for k, (begin, stop) in enumerate(stretches):
        labels = list(RUN_IN_LINE.finditer(text, begin, stop))
        if k == 0 and len(labels) < RUN_IN_MIN:
            return []  # the section's paragraphs before its first task are no run-in parts: nothing goes on after it
        later = later or (k > 0 and bool(labels))
        for n, label in enumerate(labels):
            until = labels[n + 1].start("label") if n + 1 < len(labels) else stop
            found.append((label.start("label"), label.group("label"), until))
    return found if later and len(found) >= RUN_IN_MIN else []


# INLINE_ITEM_PARTS: in a text crawled onto one line, a section's numbered items run on inside its body after the lead
# that announces them, each title straight into its text with no mark between: 平潭 财政金融局 2022 "（一）统筹学习，
# 加强政治思想教育…重点抓好以下四方面工作：1.强政治、增三力，永葆对党忠诚把党的政治建设摆在首位，…。2.强理论、增能力，
# 坚定理想信念营造迎接党的二十大浓厚氛围…3.强纪律、增定力…4.强作风、增动力…". The segmenter makes no unit of them
# (nothing marks where a title ends), so the section was compared as one unit, read as its strongest subject, and
# continued none of the 2023 units that take the four items up one by one ("突出“政治性”，永葆政治本色", "以“关键少数”为
# 重点，加强廉洁自律"). Such items are compared as parts of their section (RUN_IN_PARTS; links folded onto it): a
# lead that names work and ends in "：" (INLINE_ITEM_LEAD: "…以下四方面工作：", 济南's digital-economy interpretation
# "主要任务：1.加快软件名城提档升级…"), then 1., 2., … in order (at least RUN_IN_MIN), each after a sentence's end
# (。；：) on the same line, in the section's own text; the part's title is its first sentence (INLINE_ITEM_TITLE_MAX
# characters at most). Only for a section, as RUN_IN_HOLDERS keeps an item's measures whole. A lead of conditions or
# papers ("发生下列情形之一的，属于规划的重大调整：1.矿区主要边界调整…", "提供以下资料：1.有效身份证明") sets out no
# lines of work.
INLINE_ITEM_PARTS = True
INLINE_ITEM = re.compile(r"(?<=[。；;：:])(?P<n>\d{1,2})[.．、](?![\d])")
INLINE_ITEM_LEAD = re.compile(r"(工作|任务|措施|举措|重点)[：:]$")
INLINE_ITEM_TITLE_MAX = 30
INLINE_ITEM_TITLE_END = re.compile(r"[。；;！？]")


def _inline_items(body: str) -> list[tuple[int, str, int]]:
    """The numbered items run on inside a section's body (INLINE_ITEM_PARTS): (offset of the item's text in
    ``body``, its title, offset of its number) each."""
    items: list[re.Match[str]] = []
    for match in INLINE_ITEM.finditer(body):
        number = int(match.group("n"))
        if items and number == len(items) + 1 and "\n" not in body[items[-1].end() : match.start()]:
            items.append(match)
        elif number == 1 and len(items) < RUN_IN_MIN:
            items = [match]  # a first item (or a list begun again before its second item)
    if len(items) < RUN_IN_MIN or not INLINE_ITEM_LEAD.search(body[: items[0].start()]):
        return []
    spans = []
    for match in items:
        stop = INLINE_ITEM_TITLE_END.search(body, match.end())
        title = body[match.end() : stop.start() if stop else len(body)][:INLINE_ITEM_TITLE_MAX]
        spans.append((match.end(), title, match.start()))
    return spans


# ONE_LINE_PARTS: a section of a text crawled onto one line holds its run-in paragraphs on that line: the sentence that
# opened a printed paragraph ("加快发展优势特色产业。一是旅游文化康体产业。用足用活…", 平潭 政府工作报告 2018; "大力发展
# 文旅康体产业。聚焦“大旅游”，…", 2019) follows the last sentence of the paragraph before with no line break, so
# RUN_IN_PARTS (labels at a line's start) finds none, and the section, compared whole, continued one later section
# where its lines of work went to three (2018 （一） 人兴业旺 → 2019 （一） 特色产业 and （四） 旅游). Without the line
# breaks a label is told from a short sentence of a paragraph by two marks: enumerated lead phrases "一是title。" …
# in order (ONE_LINE_LEAD), the finest lines of work, each a part (its sub-heading, the sentence just before its
# 一是, is its grouping); or, in a section without them, a short sentence without a comma (ONE_LINE_LABEL_MAX
# characters at most: the 2019 labels have 6-11, the sentences of its paragraphs mostly more). ONE_LINE_RUN_ON: only
# where the section runs on from the text before it on its line (a body crawled onto one line), not in a section of
# a text with its line breaks whose body happens to be one line.
# ONE_PARAGRAPH_SECTION: nor where the section's heading is itself a run-in label closed by 。, as a printed
# paragraph opens ("（十五）加强乡村公共基础设施建设。继续把公共基础设施建设的重点放在农村，…实施农村道路畅通工程。…全面
# 实施路长制。…", the 中央一号文件 2021 crawled onto one line): the section is one paragraph, its short sentences its
# measures. Read as parts they took round 17's 2021 sections to 2023 units they do not continue (precision 0.841 →
# 0.788). A heading that runs straight into its preamble (平潭 "（一）聚焦“人兴业旺”，加快建设活力迸发的创业之城立足
# …") stood on a line of its own in print, its paragraphs below it.
ONE_LINE_PARTS = True
ONE_PARAGRAPH_SECTION = True
RUN_IN_HEAD = re.compile(RUN_IN_LABEL)
ONE_LINE_LABEL_MAX = 12
ONE_LINE_RUNS_MIN = 2
ONE_LINE_LEAD = re.compile(r"(?<=[。；])(?P<n>[一二三四五六七八九十])是(?P<label>[^。；;！？]{2,40})。")
ONE_LINE_LABEL = re.compile(
    r"(?<=[。；])(?![一二三四五六七八九十]是)(?P<label>[^\s。，；：:,;！？\d]{2,"
    + str(ONE_LINE_LABEL_MAX)
    + r"})。(?=\S)"
)
ONE_LINE_HEAD = re.compile(r"(?:^|[。；])(?P<head>[^。；;！？]{2,40})。$")
LEAD_ORDER = "一二三四五六七八九十"
ENUMERATED = re.compile(r"一是.+?[。；，]二是")


def _run_on(text: str, start: int) -> bool:
    """ONE_LINE_RUN_ON: the section stands on a line that runs on from the text before it."""
    return bool(text[text.rfind("\n", 0, start) + 1 : start].strip())


def _paragraph_section(body: str, number: str) -> bool:
    """ONE_PARAGRAPH_SECTION: the section's heading is a run-in label closed by 。 (its number, then RUN_IN_LABEL)."""
    at = body.find(number) if number else -1
    return at >= 0 and bool(RUN_IN_HEAD.match(body, at + len(number)))


def _one_line_parts(body: str) -> tuple[list[tuple[int, str, int]], dict[int, str]]:
    """The run-in parts of a section's one-line body (ONE_LINE_PARTS): spans as ``_run_in_parts`` takes them, and,
    by span index, the sub-heading a lead phrase stands under."""
    leads: list[re.Match[str]] = []
    runs: list[list[re.Match[str]]] = []
    for match in ONE_LINE_LEAD.finditer(body):
        number = LEAD_ORDER.index(match.group("n"))
        if leads and number == LEAD_ORDER.index(leads[-1].group("n")) + 1:
            leads.append(match)
        elif number == 0:
            if len(leads) >= RUN_IN_MIN:
                runs.append(leads)
            leads = [match]
    if len(leads) >= RUN_IN_MIN:
        runs.append(leads)
    spans: list[tuple[int, str, int]] = []
    heads: dict[int, str] = {}
    if runs or ENUMERATED.search(body):
        if len(runs) < ONE_LINE_RUNS_MIN:
            return [], {}  # one enumeration: the section's own measures, not its lines of work
        for run in runs:
            before = ONE_LINE_HEAD.search(body, 0, run[0].start())
            head = before.group("head") if before else ""
            for k, match in enumerate(run):
                if head:
                    heads[len(spans)] = head
                cut = before.start("head") if k == 0 and before else match.start()
                spans.append((match.start(), match.group("label"), cut))
        return spans, heads
    found = list(ONE_LINE_LABEL.finditer(body))
    if len(found) < RUN_IN_MIN:
        return [], {}
    return [(m.start("label"), m.group("label"), m.start("label")) for m in found], {}


def _restated(units: list[Unit], parts: list[Unit]) -> tuple[list[Unit], set[str]]:
    """The parts without those of summaries (RESTATED_PARTS), and the ids of the summary units."""
    titled = {_bare(u.title) for u in units}
    holders: dict[str, list[bool]] = {}
    for p in parts:
        holders.setdefault(p.parent, []).append(_bare(p.title) in titled)
    summaries = {h for h, said in holders.items() if sum(said) * 2 > len(said)}
    return [p for p in parts if p.parent not in summaries], summaries


def _bare(title: str) -> str:
    return "".join(title.split()).rstrip("。；;：:")
