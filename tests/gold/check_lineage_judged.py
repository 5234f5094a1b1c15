#!/usr/bin/env python3
"""Check the lineage sets judged by hand against their plan texts (stdlib + pyyaml).

    python tests/gold/check_lineage_judged.py            # every set
    python tests/gold/check_lineage_judged.py seven-to-eight

One checker for every judged set (`SETS` below: the Shanghai 十二五 → 十四五 set, the national
九五 → 十五 dev pair, the 七五 → 八五 round-3 set, the round-4 housing plans, the round-5
district fire-service plans, the round-6 Shandong S&T plans, the round-7
national smart-manufacturing standards guides 2015 → 2018 → 2021). The sets share their format
(tests/gold/lineage_judged.yaml explains it); what differs between them is written down once per set in `JudgedSet`: the
heading styles of their texts, the windows a quote must fall in, the splits, the minimum size.

For every earlier unit, successor and negative pair it verifies that
  * the plan is listed in the set's manifest and its text exists; a successor's plan (and a
    negative's later plan) is one that `follows` the earlier unit's plan;
  * `title` occurs in the text, and the heading occurs: number, then (where the set allows
    it) the horizontal whitespace the text has there, then title; run-in and box units have
    number "";
  * every `path` element occurs in the text, in order, before the heading (searched backwards
    from the heading, so a 目录 does not count), and no other heading of a kind the set names
    lies between a path element of that kind and the unit;
  * the path starts at a top-level heading, and a unit with an empty path is one (for the sets
    that say what a top-level heading is);
  * `quote` (<= 60 chars) occurs exactly within the window after the heading that the set
    gives for the unit's heading style (for some sets an earlier unit's quote must be its
    opening words);
plus structural rules: unique ids, splits of the set, label in {strong, weak},
`successors: []` exactly when `none_why` is given, no duplicate successor, a negative pair never
also a successor link, the set's minimum numbers of units and negatives (and for the Shanghai
set, the held-out share of its first round).
Exit status 0 when every set passes. Texts are UTF-8 files, or Word files kept byte for byte (round 40): a .docx
read with zipfile, a .doc by antiword (Debian package antiword, as plankg reads it; without it that set fails).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CN = "[一二三四五六七八九十]"


@dataclass(frozen=True)
class JudgedSet:
    """One judged set and the conventions of its texts."""

    gold: str  # the judged YAML, relative to the repository
    manifest: str  # the manifest listing the plans (id, file, follows)
    manifest_key: str  # the manifest's list of plans ("plans" or "documents")
    splits: tuple[str, ...]
    min_units: int
    min_negatives: int
    # Number and title may be separated by the text's own horizontal whitespace (the 七五 text
    # writes 第七章　农业, the 八五 OCR text （二） 水利建设); elsewhere they are adjacent.
    heading_gap: bool = False
    # With heading_gap, the gap may also hold one line end: antiword writes an article number alone on its line
    # and the article's text flush left on the next (“     第一条” / “为了引导和促进公民文明行为，……”).
    gap_line_end: bool = False
    # A path starts at, and an empty path belongs to, a heading of this style (None: unchecked).
    top: re.Pattern[str] | None = None
    # (style of the unit's number, window in characters after the heading); the first match
    # wins, `window` otherwise.
    windows: tuple[tuple[re.Pattern[str], int], ...] = ()
    window: int = 6000
    # An earlier unit's quote are its opening words: within this many characters of the heading.
    opening: int | None = None
    # Heading styles that may not recur between a path element of that style and the unit (a
    # wrong section in the path would leave its sibling in between).
    exclusive: tuple[re.Pattern[str], ...] = ()
    # Share of `heldout` units and negatives in the first round (dev + heldout).
    heldout_share: tuple[float, float] | None = None


SETS: dict[str, JudgedSet] = {
    # sh-sti-12 and sh-iti-12 → sh-stic-14 (data/plans); chapters 一、, sections （一）.
    "shanghai": JudgedSet(
        gold="tests/gold/lineage_judged.yaml",
        manifest="data/plans/plans.yaml",
        manifest_key="plans",
        splits=("dev", "heldout", "heldout2"),
        min_units=70,
        min_negatives=20,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、$"), 40000),),
        window=6000,
        exclusive=(re.compile(f"（{CN}+）"),),
        heldout_share=(0.25, 0.42),
    ),
    # 九五 → 十五 national outlines (dev); parts 一、, 第X篇 and chapters 第X章 are top level.
    "nine-to-ten": JudgedSet(
        gold="tests/realworld/lineage-dev/judged.yaml",
        manifest="tests/realworld/lineage-dev/corpus.yaml",
        manifest_key="documents",
        splits=("dev",),
        min_units=40,
        min_negatives=10,
        windows=((re.compile(f"^({CN}+、|第{CN}+[篇章])$"), 40000),),
        window=6000,
        opening=80,
    ),
    # 七五 → 八五 national plans (round 3); parts 一、 (a bare 、 where OCR lost the numeral).
    "seven-to-eight": JudgedSet(
        gold="tests/realworld/lineage/judged.yaml",
        manifest="tests/realworld/lineage/corpus.yaml",
        manifest_key="documents",
        splits=("heldout3",),
        min_units=40,
        min_negatives=10,
        heading_gap=True,
        top=re.compile(f"^{CN}*、"),
        windows=((re.compile(f"^{CN}*、"), 20000), (re.compile(f"^第{CN}+章"), 8000)),
        window=4000,
        exclusive=(re.compile(f"第{CN}+章"), re.compile(f"第{CN}+节"), re.compile(f"[（〈]{CN}+[）〕]")),
    ),
    # 上海市住房发展“十四五”规划 → 上海市城市更新和住房发展“十五五”规划 (round 4): parts 一、,
    # sections （一） restarting under each part, items 1. under sections, run-in labels.
    "housing-14-to-15": JudgedSet(
        gold="tests/realworld/lineage4/judged.yaml",
        manifest="tests/realworld/lineage4/corpus.yaml",
        manifest_key="documents",
        splits=("heldout4",),
        min_units=60,
        min_negatives=15,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、"), 20000),),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"（{CN}+）"), re.compile(r"\d+\.")),
    ),
    # Round 5: two district fire-service plan pairs of the Shanghai index (黄浦区消防“十二五” →
    # 消防事业发展“十四五”; 普陀区消防“十三五” → 消防事业发展“十五五”): parts 一、 or chapters 第X章 (the
    # 十五五 text writes 第三章  主要任务, hence the gap), sections （一）, items 1. / 1、 and run-in labels.
    "shanghai-district-fire": JudgedSet(
        gold="tests/realworld/lineage5/judged.yaml",
        manifest="tests/realworld/lineage5/corpus.yaml",
        manifest_key="documents",
        splits=("heldout5",),
        min_units=60,
        min_negatives=15,
        heading_gap=True,
        top=re.compile(f"^({CN}+、|第{CN}+章)"),
        windows=((re.compile(f"^({CN}+、|第{CN}+章)"), 20000),),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"（{CN}+）"), re.compile(r"\d+[.、]")),
    ),
    # Round 6: 山东省“十三五”科技创新规划 → 山东省“十四五”科技创新规划 (both texts cut at 32,767
    # characters by the spreadsheet they come from). Parts 一、; sections (一) (ASCII parentheses,
    # 十三五) or （一） (十四五), items 1. and （1）, run-in labels and 专栏 boxes. Section and item
    # numbers recur inside body text ((R&D), 2.27%), so the exclusive styles only count at the
    # start of a line (after the 十三五 text's U+3000 indent).
    "shandong-sti-13-to-14": JudgedSet(
        gold="tests/realworld/lineage6/judged.yaml",
        manifest="tests/realworld/lineage6/corpus.yaml",
        manifest_key="documents",
        splits=("heldout6",),
        min_units=60,
        min_negatives=15,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、"), 20000),),
        window=3000,
        opening=80,
        exclusive=(
            re.compile(f"(?m)^[\u3000 ]*[(（]{CN}+[)）]"),
            re.compile(r"(?m)^[\u3000 ]*\d+\."),
        ),
    ),
    # Round 7: 国家智能制造标准体系建设指南 2015年版 → 2018年版 → 2021版 (工信部、国家标准委; the 2021
    # text is cut inside 附件3 by the spreadsheet it comes from). Parts 一、 (the 2021 text runs
    # 三、建设思路 on after the previous paragraph; the 2015 and 2021 texts have a 目录 at their head),
    # sections （一）, items 1. written with a space before the title (1. 通用标准; the 2015 text also
    # writes （一） 指导思想 and （4）　智能生产标准, hence the gap), sub-items （1）, run-in labels; the
    # 2015 text indents its lines with U+3000, so the exclusive styles allow it.
    "imstd-2015-to-2021": JudgedSet(
        gold="tests/realworld/lineage7/judged.yaml",
        manifest="tests/realworld/lineage7/corpus.yaml",
        manifest_key="documents",
        splits=("heldout7",),
        min_units=100,
        min_negatives=18,
        heading_gap=True,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、"), 20000),),
        window=3000,
        opening=80,
        exclusive=(
            re.compile(f"(?m)^[\u3000 ]*（{CN}+）"),
            re.compile(r"(?m)^[\u3000 ]*\d+[.．] ?"),
        ),
    ),
    # Round 8: two national successions — 国家新一代人工智能标准体系建设指南 (2020) → 国家人工智能产业
    # 综合标准化体系建设指南（2024版）, and the NSFC 可解释、可通用的下一代人工智能方法 project guides
    # 2023 → 2024. Parts 一、 (the 2020 text writes 二 、建设思路 with a space before 、, hence the
    # gap in `top`), sections （一） (one followed by a TAB), items 1. (1 .机器学习标准, 3.·测试评估标准).
    "ai-guides-2020-to-2024": JudgedSet(
        gold="tests/realworld/lineage8/judged.yaml",
        manifest="tests/realworld/lineage8/corpus.yaml",
        manifest_key="documents",
        splits=("heldout8",),
        min_units=60,
        min_negatives=15,
        heading_gap=True,
        top=re.compile(f"^{CN}+ ?、"),
        windows=((re.compile(f"^{CN}+ ?、"), 20000),),
        window=3000,
        opening=80,
        exclusive=(
            re.compile(f"(?m)^[\u3000 \t]*（{CN}+）"),
            re.compile(r"(?m)^[\u3000 \t]*\d+ ?[.．] ?"),
        ),
    ),
    # Round 9: annual editions of two national work programmes — 工信部 智能网联汽车标准化工作要点
    # 2018 → 2019 (parts 一、 alone on a line, items 1. run in, one written 3. with a space) and the
    # 生态环境部办公厅 六五环境日 notices 2018 → … → 2023 (one-line crawls: every heading runs on
    # after the sentence before it, so no style is anchored at a line start).
    "annual-programmes-2018-to-2023": JudgedSet(
        gold="tests/realworld/lineage9/judged.yaml",
        manifest="tests/realworld/lineage9/corpus.yaml",
        manifest_key="documents",
        splits=("heldout9",),
        min_units=60,
        min_negatives=15,
        heading_gap=True,
        windows=((re.compile(f"^{CN}+、"), 8000),),
        window=3000,
        opening=80,
    ),
    # Round 10: three successive 工信部 documents on the access of intelligent connected vehicles —
    # 准入管理指南（试行）（征求意见稿）2021-04 → 准入管理的意见 2021-07 → 准入、召回及软件在线升级
    # 管理 通知 2024 (征求意见稿, with its 指南). Articles 第X条 (a space after the number), parts 一、,
    # sections （一） or (一) (ASCII, 2024), items 1.; the 2021 guide is a PDF crawl (lines wrapped
    # mid-clause, page numbers on lines of their own) and the 2024 text lost one part numeral and runs
    # one section heading on after an item, so no style is anchored at a line start.
    "icv-access-2021-to-2024": JudgedSet(
        gold="tests/realworld/lineage10/judged.yaml",
        manifest="tests/realworld/lineage10/corpus.yaml",
        manifest_key="documents",
        splits=("heldout10",),
        min_units=60,
        min_negatives=15,
        heading_gap=True,
        windows=((re.compile(f"^{CN}+、"), 8000),),
        window=3000,
        opening=80,
    ),
    # Round 11: three successive State Council documents on one line of regulation — the 2004 urgent
    # notice forwarding the opinion on stopping disorderly power-plant construction → the 2005 General
    # Office notice on the clean-up and near-term construction → the 2007 notice forwarding the opinion
    # on closing small thermal units. Parts/items 一、 (…二十四、), sub-items (一) with ASCII parentheses,
    # no gap after a number; one-line crawls (no line break at all, every heading runs on after the
    # sentence before it, some titles run into the body without punctuation), so no style is anchored
    # at a line start.
    "power-plants-2004-to-2007": JudgedSet(
        gold="tests/realworld/lineage11/judged.yaml",
        manifest="tests/realworld/lineage11/corpus.yaml",
        manifest_key="documents",
        splits=("heldout11",),
        min_units=20,
        min_negatives=15,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、"), 8000),),
        window=3000,
        opening=80,
    ),
    # Round 12: a national notice on the direct settlement of medical bills across provinces (2022) and its
    # two successors issued together in 2024 (management and services; chronic and special outpatient
    # diseases). PDF text: parts 一、 alone on their lines, sections （一） run in at a line start (title up
    # to the first 。), a space where the PDF wrapped a line, no gap after a number; paths start at an 一、
    # heading and no other part may lie between.
    "ydjy-settlement-2022-to-2024": JudgedSet(
        gold="tests/realworld/lineage12/judged.yaml",
        manifest="tests/realworld/lineage12/corpus.yaml",
        manifest_key="documents",
        splits=("heldout12",),
        min_units=30,
        min_negatives=15,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、"), 8000),),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?m)^{CN}+、"), re.compile(f"(?m)^（{CN}+）")),
    ),
    # Round 13: two Shanghai successions of land-use plans — a district three-year plan on illegal land use
    # (2024-2026) → its 2026 annual plan (parts 一、 and sections （一） alone on their lines), and a city
    # policy toolbox 1.0 → 2.0 (flattened tables: classes 1. and tools 1-1 at a line start, no gap, class
    # cells repeated; 2.0 breaks some class names over two lines). Paths start at an 一、 or 1. heading.
    "land-plans-2024-to-2026": JudgedSet(
        gold="tests/realworld/lineage13/judged.yaml",
        manifest="tests/realworld/lineage13/corpus.yaml",
        manifest_key="documents",
        splits=("heldout13",),
        min_units=30,
        min_negatives=15,
        top=re.compile(rf"^({CN}+、|\d+\.)"),
        windows=((re.compile(rf"^({CN}+、|\d+\.)$"), 8000),),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?m)^{CN}+、"), re.compile(f"(?m)^（{CN}+）")),
    ),
    # Round 14: a Shanghai municipal funding measure for renewable energy, 2020 edition → its 2022 successor
    # (Markdown pages of the Shanghai policy index). Articles 第一条（目的和依据） alone on their lines (number
    # 第X条, title the bracketed caption, no gap), sections （一） and items 1. at a line start, alone or run in.
    # Paths start at an article; no other article or section heading at a line start between a path element
    # and the unit.
    "renewable-fund-2020-to-2022": JudgedSet(
        gold="tests/realworld/lineage14/judged.yaml",
        manifest="tests/realworld/lineage14/corpus.yaml",
        manifest_key="documents",
        splits=("heldout14",),
        min_units=40,
        min_negatives=15,
        top=re.compile(f"^第{CN}+条"),
        windows=((re.compile(f"^第{CN}+条$"), 4000),),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?m)^第{CN}+条"), re.compile(f"(?m)^（{CN}+）")),
    ),
    # Round 15: the national carbon-market allocation plan for the power sector, 2019-2020 (生态环境部) → the
    # 2021、2022 draft (环办气候函〔2022〕111号). PDF text: parts 一、 and sections （一） run in after the sentence
    # before (title up to the first space or 。), a few alone on their lines, items 1. at a line start; annexes
    # (technical guides, tables) are units with number "" and the annex or table title as written. No style
    # is anchored at a line start; no other 一、 or （一） heading may lie between a path element of that style
    # and the unit, and no other guide title line between a guide and a unit of it.
    "ets-power-2019-to-2022": JudgedSet(
        gold="tests/realworld/lineage15/judged.yaml",
        manifest="tests/realworld/lineage15/corpus.yaml",
        manifest_key="documents",
        splits=("heldout15",),
        min_units=30,
        min_negatives=10,
        windows=((re.compile(f"^{CN}+、"), 8000),),
        window=3000,
        opening=80,
        exclusive=(
            re.compile(f"{CN}+、"),
            re.compile(f"（{CN}+）"),
            re.compile(r"(?m)^(?:# )?(?:\d{4}-\d{4} 年)?燃[煤气]机组配额分配技术指南$"),
        ),
    ),
    # Round 17: 中央一号文件 2021 (a one-line crawl: parts 一、 and sections （一） run in after a space, run-in
    # labels 实施……工程。 inside sections) → 2023 (a saved school web page: parts and sections each open an HTML
    # paragraph after ">"). A heading style counts only after a space or ">" (not 统一、 inside a sentence).
    "no1-doc-2021-to-2023": JudgedSet(
        gold="tests/realworld/lineage17/judged.yaml",
        manifest="tests/realworld/lineage17/corpus.yaml",
        manifest_key="documents",
        splits=("heldout17",),
        min_units=35,
        min_negatives=12,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、"), 12000),),
        window=3000,
        opening=80,
        exclusive=(
            re.compile(f"(?:(?<=[ >])|^){CN}+、"),
            re.compile(f"(?:(?<=[ >])|^)（{CN}+）"),
        ),
    ),
    # Round 19: the annual work plans (工作要点) of 绍兴市第一中学, 2019学年 → 2021年度, two saved ASP.NET pages
    # with Word-pasted HTML: parts 一、 each open a <span> after ">", items 1. have their number in a span of
    # their own, so an item is a unit with number "" and its run-in title (the words before the first 。).
    # Windows count raw HTML (Word styles between spans): an earlier unit's opening words lie within 700
    # characters of its heading.
    "school-work-2019-to-2021": JudgedSet(
        gold="tests/realworld/lineage19/judged.yaml",
        manifest="tests/realworld/lineage19/corpus.yaml",
        manifest_key="documents",
        splits=("heldout19",),
        min_units=30,
        min_negatives=15,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、"), 12000),),
        window=3000,
        opening=700,
        exclusive=(re.compile(f"(?:(?<=>)|^){CN}+、"),),
    ),
    # Round 21: Beijing car trade-in subsidies 2024-05 细则 → 2024-08 加力细则 → 2025 实施方案, and the Guangzhou EV
    # charging notice 2017 → 2019 (Markdown made from saved pages, navigation kept). Parts **一、title** (bold),
    # sections （一） alone at a line start or run in, items 1.title; the 2019 Guangzhou page writes **一、**title, so
    # its parts have number "" and no path starts at a styled heading (no `top`). A part style counts only after "**",
    # a section style only at a line start.
    "car-tradein-evcharge-2017-to-2025": JudgedSet(
        gold="tests/realworld/lineage21/judged.yaml",
        manifest="tests/realworld/lineage21/corpus.yaml",
        manifest_key="documents",
        splits=("heldout21",),
        min_units=30,
        min_negatives=10,
        windows=((re.compile(f"^{CN}+、"), 8000),),
        window=3000,
        opening=80,
        exclusive=(
            re.compile(f"(?:(?<=\\*\\*)|^){CN}+、"),
            re.compile(f"(?:(?<=\\n)|^)（{CN}+）"),
        ),
    ),
    # Round 21 (holin21b): a Shanghai local regulation, the edition as amended in 2011 (上海市历史文化风貌区和优秀
    # 历史建筑保护条例) → the edition as amended in 2019 and 2023 (renamed 上海市历史风貌区和优秀历史建筑保护条例),
    # Markdown pages of the index. Chapters 第一章 总则 alone on their lines and articles 第一条 … at a line start, a
    # U+3000 between number and title (the gap is the text's own); articles have no caption, their title is their
    # opening words up to the first ，。；：. Paths start at a chapter; no other chapter heading at a line start
    # between a chapter and the unit.
    "heritage-reg-2011-to-2023": JudgedSet(
        gold="tests/realworld/lineage21b/judged.yaml",
        manifest="tests/realworld/lineage21b/corpus.yaml",
        manifest_key="documents",
        splits=("heldout21",),
        min_units=30,
        min_negatives=10,
        heading_gap=True,
        top=re.compile(f"^第{CN}+章"),
        windows=((re.compile(f"^第{CN}+章$"), 8000),),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?m)^第{CN}+章"),),
    ),
    # Round 22 (holin22): 国办发〔2015〕73号 EV charging guidance → 发改能源规〔2022〕53号 (its 十四五
    # successor), and the 生态环境部 carbon-market work notices 2025 → 2026 (Markdown pages of
    # ZaynShao/energy-policy-analysis). Parts are **一、title** inside the one table cell that holds the 2015
    # document, ### 一、title in 2022, 一、title alone on a line in 2025/2026; sections （一） run in or alone on a
    # line (2026 restarts them in every part, so the path decides). A part style counts only after "**", after
    # "### " or at a line start.
    "evcharge-cets-2015-to-2026": JudgedSet(
        gold="tests/realworld/lineage22/judged.yaml",
        manifest="tests/realworld/lineage22/corpus.yaml",
        manifest_key="documents",
        splits=("heldout22",),
        min_units=40,
        min_negatives=15,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、"), 8000),),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?:(?<=\\*\\*)|(?<=### )|(?<=\\n)|^){CN}+、"),),
    ),
    # Round 25 (holin25): 上海市发展和改革委员会's annual renewable-energy documents 2023 → 2026 (Markdown pages of
    # zhiyao87/Shanghai-Gov-Docs-Index): the yearly 风电/光伏 development notices, the yearly 陆上风电、光伏电站
    # 开发建设方案 and its 2025 申报 notice, the yearly 专项资金奖励 notices. Parts 一、title alone on a line or run
    # in up to the first 。; items 1.title。 run in (2024 notice); four unnumbered run-in paragraphs of the 2023
    # notice's 二、 (number ""). Paths start at a part; no other part heading at a line start in between.
    "sh-renewables-2023-to-2026": JudgedSet(
        gold="tests/realworld/lineage25/judged.yaml",
        manifest="tests/realworld/lineage25/corpus.yaml",
        manifest_key="documents",
        splits=("heldout25",),
        min_units=40,
        min_negatives=12,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、"), 8000),),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?:(?<=\\n)|^){CN}+、"),),
    ),
    # Round 26: 绍兴市第一中学's party-committee work plans 2010 → 2011 and its term/year work plans (工作思路)
    # 2009学年第二学期 → 2010学年 → 2010学年第二学期: five saved ASP.NET pages, Word-pasted HTML, bytes unchanged. Parts
    # 一、 and sections （一） stand whole in one <span> after ">" (number and title adjacent), except the two Word-list
    # parts of the 2010 party plan (“一、<span> </span>…<span>指导思想”), which have number ""; items 1． have their
    # number in a span of their own, so items have number "" and their title (run in up to the first 。 where the
    # item runs on). Paths are the ancestors' heading text; no `top` (two parts have number ""). Windows count raw
    # HTML: an earlier unit's opening words lie within 1,500 characters of its heading (Word styles in between).
    "school-plans-2010-to-2011": JudgedSet(
        gold="tests/realworld/lineage26/judged.yaml",
        manifest="tests/realworld/lineage26/corpus.yaml",
        manifest_key="documents",
        splits=("heldout26",),
        min_units=40,
        min_negatives=12,
        windows=((re.compile(f"^{CN}+、"), 20000),),
        window=8000,
        opening=1500,
        exclusive=(re.compile(f"(?<=>){CN}+、"), re.compile(f"(?<=>)（{CN}+）")),
    ),
    # Round 28 (holin28): two more successions of 绍兴市第一中学 plans, in fields no lineage set had: the 行风建设
    # (conduct) plans 2010 → 党风、行风建设 2011 and the campus-safety plans 2010年安全工作计划 → 2009学年第二学期安全处
    # 工作思路; four saved ASP.NET pages, Word-pasted HTML, bytes unchanged, laid out as round 26's. Parts 一、 and
    # sections （一） stand whole in one <span> after ">"; items 1． of the conduct plans and of the safety term plan
    # have their digit in a span of their own (number "", title run in up to the first 。, or its first span), the
    # safety year plan's items 1．title stand whole in one span (number "1．"). Windows count raw HTML as in round 26.
    "school-conduct-safety-2010-to-2011": JudgedSet(
        gold="tests/realworld/lineage28/judged.yaml",
        manifest="tests/realworld/lineage28/corpus.yaml",
        manifest_key="documents",
        splits=("heldout28",),
        min_units=40,
        min_negatives=12,
        windows=((re.compile(f"^{CN}+、"), 20000),),
        window=8000,
        opening=1500,
        exclusive=(re.compile(f"(?<=>){CN}+、"), re.compile(f"(?<=>)（{CN}+）")),
    ),
    # Round 30 (holin30): two successions.
    # (1) 金华市文明行为促进条例 as adopted in 2019 → as amended in 2020 (Word 97 files of
    # mpr1255/pragmatic_moral_governance, judged on their antiword text): chapters 第一章  总则
    # centred alone on their lines (two spaces between number and title); articles 第一条 …
    # indented, then two spaces and the text, or a line end and the text flush left; articles
    # have no caption, their title is their opening words up to the first ，。；： or the line
    # end; no other chapter line between a chapter in a path and the unit.
    # (2) The 国务院 government work reports 2023 → 2024 as reprinted by 绍兴市第一中学's site
    # (saved ASP.NET pages, the article on one HTML line): news headlines with number ""
    # (2023: 李克强在政府工作报告中…; 2024: 今年发展主要预期目标 and the task headlines), the 2023
    # tasks （一）title。 run in, the 2024 sub-tasks run in with number "" (title up to the first
    # 。). No `top` (the headlines have number ""); windows count raw HTML, so an earlier unit's
    # opening words lie within 1,500 characters of its heading, as in rounds 26 and 28.
    "civ-reg-gwr-2019-to-2024": JudgedSet(
        gold="tests/realworld/lineage30/judged.yaml",
        manifest="tests/realworld/lineage30/corpus.yaml",
        manifest_key="documents",
        splits=("heldout30",),
        min_units=40,
        min_negatives=12,
        heading_gap=True,
        gap_line_end=True,
        windows=((re.compile(f"^第{CN}+章$"), 8000),),
        window=3000,
        opening=1500,
        exclusive=(re.compile(f"(?m)^ *第{CN}+章"),),
    ),
    # Round 40 (holin40): 杭州市文明行为促进条例 2016 → as amended in 2021, the Word files themselves
    # (kept byte for byte, read as `read_plan` says): the 2016 .docx types chapters 第一章　总则 and articles
    # 　　第一条　text (U+3000 gaps); the 2021 .doc's chapters are Word-numbered, so antiword writes them
    # without a number, one space and the title (“ 总  则”: number ""), and its articles “     第一条  text”.
    # Articles have no caption, their title is their opening words. No `top` (the 2021 chapters have
    # number ""); no other chapter line between a chapter in a path and the unit (a 2021 chapter line: at
    # most one space, then Han characters, two spaces inside 总  则 and 附  则).
    "hz-civ-reg-2016-to-2021": JudgedSet(
        gold="tests/realworld/lineage40/judged.yaml",
        manifest="tests/realworld/lineage40/corpus.yaml",
        manifest_key="documents",
        splits=("heldout40",),
        min_units=40,
        min_negatives=15,
        heading_gap=True,
        windows=((re.compile(f"^第{CN}+章$"), 8000),),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?m)^第{CN}+章"), re.compile("(?m)^ ?[\u4e00-\u9fff]+(?:  [\u4e00-\u9fff]+)?$")),
    ),
    # Round 41 (holin41): 上海市北斗产业高质量发展三年行动计划（2021-2023年） → 上海市促进商业航天发展打造空间信息产业
    # 高地行动计划（2023—2025年）, two markdown files of zgch1238/Huace_policy-document-analyzer kept byte for byte.
    # Parts 一、, sections （一） restarting under each part, items 1. with their title run in up to 。, target items
    # ——title。 (number "——"); the later file indents every line with two ASCII spaces. Number and title adjacent.
    # No other section or item line between a path element of that style and the unit.
    "sh-space-info-2021-to-2023": JudgedSet(
        gold="tests/realworld/lineage41/judged.yaml",
        manifest="tests/realworld/lineage41/corpus.yaml",
        manifest_key="documents",
        splits=("heldout41",),
        min_units=39,
        min_negatives=15,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、"), 8000),),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?m)^ *（{CN}+）"), re.compile(r"(?m)^ *\d+\.")),
    ),
    # Round 42 (holin42): two successions. (1) 国家发展改革委/国家能源局 关于提升电力系统调节能力的指导意见
    # (2018) → 电力系统调节能力优化专项行动实施方案（2025—2027年）, Markdown pages of
    # ZaynShao/energy-policy-analysis written from read_file's text: the 2018 document is ONE table cell, parts
    # **一、title** and sections （一）title。 run in between <br>; the 2025 PDF text has 一、title alone on a line
    # and （一）title。 run in, numbered （一）…（二十二） across the parts (its 附件 outline restarts 一、 and
    # （一）). (2) 长沙市文明行为促进条例 2019 → as amended in 2021, two .docx files of
    # mpr1255/pragmatic_moral_governance kept byte for byte: chapters “第一章   总则” / “第一章　总  则” and
    # articles “第一条　text” / “第九条  text”, number and title separated by the text's own blank. A part style
    # counts only after "**" or at a line start.
    "power-flex-civ-reg-2018-to-2025": JudgedSet(
        gold="tests/realworld/lineage42/judged.yaml",
        manifest="tests/realworld/lineage42/corpus.yaml",
        manifest_key="documents",
        splits=("heldout42",),
        min_units=40,
        min_negatives=15,
        heading_gap=True,
        top=re.compile(f"^({CN}+、|第{CN}+章)"),
        windows=((re.compile(f"^{CN}+、$"), 8000), (re.compile(f"^第{CN}+章$"), 8000)),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?:(?<=\\*\\*)|(?<=\\n)|^){CN}+、"), re.compile(f"(?m)^第{CN}+章")),
    ),
    # Round 44 (holin44): three annual work plans of 平潭综合实验区 bodies → the next year's plan (苏平片区管理局
    # 2022 → 2023 年度工作计划; 财政金融局 and 海坛片区管理局 2022 plan → 2022年工作总结及2023年工作思路), page.txt
    # files of changwu/pingtan-gov-zwgk-archive written from read_file's text. The whole body is ONE line: parts
    # 一、title。 and sections （一）title。 (or the title run into the next sentence with no stop), items
    # 1.title run in; 一是…五是 are not units. Top level: a part, or a section where a text has no parts. Number
    # and title adjacent. No other part or section between a path element of that style and the unit.
    "pingtan-annual-plans-2022-to-2023": JudgedSet(
        gold="tests/realworld/lineage44/judged.yaml",
        manifest="tests/realworld/lineage44/corpus.yaml",
        manifest_key="documents",
        splits=("heldout44",),
        min_units=38,
        min_negatives=15,
        top=re.compile(f"^({CN}+、|（{CN}+）)"),
        windows=((re.compile(f"^{CN}+、$"), 8000),),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"{CN}+、"), re.compile(f"（{CN}+）")),
    ),
    # Round 45 (holin45): the five-year plan documents of 平潭综合实验区, 十三五 纲要 (2016) → 十四五 纲要 (2021) → the
    # 党工委's 建议 for the 十五五 plan (2026), page.txt files of changwu/pingtan-gov-zwgk-archive written from
    # read_file's text; each body is ONE line. 十三五: a 目录 with dot leaders and page numbers, parts 一、title,
    # sections （一）title and items 1.title each run into the next words, Word review anchors ([U17]) in the text and
    # the reviewers' comments after it; “小（二）型水库” is not a section. 十四五: a 目录, chapters “第三章 title” and
    # sections “第一节 title” or “第一节title”. 建议: parts 一、title run into their preamble, items “6.title。”
    # numbered 1.…43. through the parts. Number and title may be separated by a blank. Top level: a part or a
    # chapter. No other part, chapter or section between a path element of that style and the unit (the 目录 lies
    # before every heading, so it never counts). A 十三五 item runs to 5,000 characters: items get a wider window.
    "pingtan-fyp13-to-fyp15": JudgedSet(
        gold="tests/realworld/lineage45/judged.yaml",
        manifest="tests/realworld/lineage45/corpus.yaml",
        manifest_key="documents",
        splits=("heldout45",),
        min_units=75,
        min_negatives=15,
        heading_gap=True,
        top=re.compile(f"^({CN}+、|第{CN}+章)"),
        windows=(
            (re.compile(f"^{CN}+、$"), 8000),
            (re.compile(f"^第{CN}+章$"), 8000),
            (re.compile(r"^\d+\.$"), 6000),
        ),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"{CN}+、"), re.compile(f"第{CN}+章"), re.compile(f"(?<!小)（{CN}+）")),
    ),
    # Round 46 (holin46): the State Council's government work reports of 2021 and 2022 (国务院政府工作报告), Wikisource
    # texts stored as JSON strings in aldohemsn/chinese-political-corpora, written unquoted. Line breaks kept: a
    # paragraph a line, parts “三、title” and sections “（一）title。” alone on their lines, the goals of the 十四五
    # summary and the 2022 review as “——title。” and “一是title。” lines, and the tasks' sub-headings as the first
    # sentence of their paragraph (number ""). Wikisource's links split some lines (“根据《” / title / “》，”) and
    # lines of one zero-width space stand where the page broke, mid-sentence. Top level: a part. Number and title
    # adjacent. No other part or section at a line start between a path element of that style and the unit.
    "national-gwr-2021-to-2022": JudgedSet(
        gold="tests/realworld/lineage46/judged.yaml",
        manifest="tests/realworld/lineage46/corpus.yaml",
        manifest_key="documents",
        splits=("heldout46",),
        min_units=47,
        min_negatives=15,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、$"), 16000), (re.compile(f"^（{CN}+）$"), 6000)),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?m)^{CN}+、"), re.compile(f"(?m)^（{CN}+）")),
    ),
    # 平潭综合实验区管委会 government work reports 2023 → 2024 (round heldout47): crawler files whose body is one line;
    # parts 一、 run into their text after a sentence end (an 一、 inside a clause, 多网合一、, is no heading), sections
    # （一）, sub-headings run in with number "" (the sentence that opens a printed paragraph).
    "pingtan-gwr-2023-to-2024": JudgedSet(
        gold="tests/realworld/lineage47/judged.yaml",
        manifest="tests/realworld/lineage47/corpus.yaml",
        manifest_key="documents",
        splits=("heldout47",),
        min_units=40,
        min_negatives=15,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、$"), 9000), (re.compile(f"^（{CN}+）$"), 3000)),
        window=1000,
        opening=80,
        exclusive=(re.compile(f"(?:^|(?<=[。！？：])){CN}+、"), re.compile(f"（{CN}+）")),
    ),
    # State Council government work reports 2018 → 2019 (round heldout48): Wikisource plain text, a paragraph a line;
    # parts 一、 alone on their lines; 2018 sections “（一）title。” run into their preamble on the same line, 2019
    # sections alone; sub-headings run in with number "" (the sentence that opens a paragraph); 2019 review items
    # “——title。” and “一是title。”. Top level: a part. No other part or section at a line start between a path
    # element of that style and the unit.
    "national-gwr-2018-to-2019": JudgedSet(
        gold="tests/realworld/lineage48/judged.yaml",
        manifest="tests/realworld/lineage48/corpus.yaml",
        manifest_key="documents",
        splits=("heldout48",),
        min_units=51,
        min_negatives=17,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、$"), 16000), (re.compile(f"^（{CN}+）$"), 6000)),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?m)^{CN}+、"), re.compile(f"(?m)^（{CN}+）")),
    ),
    # State Council government work reports 2009 → 2010 (round heldout49): Xinhua texts decoded from GB18030, a
    # paragraph a line, full-width digits; parts 一、 and the 2009 tasks' and 2010 plan's sections （一） alone on their
    # lines, the 2010 review's sections “（一）title。” run into their text; sub-headings run in with number "" (the
    # sentence that opens a paragraph) and enumerated lead phrases “一是title。” / “一要title。” where a paragraph opens
    # with a lead-in (2009 （二） to （四）). Top level: a part. No other part or section at a line start between a
    # path element of that style and the unit.
    "national-gwr-2009-to-2010": JudgedSet(
        gold="tests/realworld/lineage49/judged.yaml",
        manifest="tests/realworld/lineage49/corpus.yaml",
        manifest_key="documents",
        splits=("heldout49",),
        min_units=53,
        min_negatives=16,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、$"), 16000), (re.compile(f"^（{CN}+）$"), 6000)),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?m)^{CN}+、"), re.compile(f"(?m)^（{CN}+）")),
    ),
    # 广东省 government work reports 2024 → 2025 (round heldout50): web pages saved as text with their navigation
    # (东方财富网股吧 and 网易号 reprints), a paragraph a line; parts 一、 alone on their lines; 2024 sections （一）
    # alone on their lines, 2025 sections “（一）title。” run into their preamble on the same line; sub-headings run in
    # with number "" (the sentence that opens a paragraph); 2025 review items “一是title。”. Top level: a part. No
    # other part or section at a line start between a path element of that style and the unit.
    "guangdong-gwr-2024-to-2025": JudgedSet(
        gold="tests/realworld/lineage50/judged.yaml",
        manifest="tests/realworld/lineage50/corpus.yaml",
        manifest_key="documents",
        splits=("heldout50",),
        min_units=63,
        min_negatives=17,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、$"), 16000), (re.compile(f"^（{CN}+）$"), 6000)),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?m)^{CN}+、"), re.compile(f"(?m)^（{CN}+）")),
    ),
    # The 上海 住房城乡建设管理委's glass-curtain-wall inspection notices (round heldout51): 2023 and the 2024
    # special campaign → 2025 → 2026, markdown scrapes of the official pages (front matter, metadata lines, footer).
    # Parts 一、 alone on their lines (2023 writes 三、 排查目标, hence the gap); sections “（一）title。” run into
    # their text (2023: （一） 现场隐患检查。, （四）   强化技术支撑。) or alone on their lines (2024: （一）基本信息
    # 核查更新（即日起至2024年1月31日）); the 2026 text has parts only. Top level: a part. No other part or section
    # at a line start between a path element of that style and the unit.
    "sh-curtain-wall-2023-to-2026": JudgedSet(
        gold="tests/realworld/lineage51/judged.yaml",
        manifest="tests/realworld/lineage51/corpus.yaml",
        manifest_key="documents",
        splits=("heldout51",),
        min_units=41,
        min_negatives=16,
        heading_gap=True,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、$"), 3000), (re.compile(f"^（{CN}+）$"), 1500)),
        window=1000,
        opening=80,
        exclusive=(re.compile(f"(?m)^{CN}+、"), re.compile(f"(?m)^（{CN}+）")),
    ),
    # 广东省 government work reports 2022 → 2023 (round heldout52): pages of the 广东 government's sites saved as
    # text (the 政府信息公开 page with its search form and metadata; the portal's 两会专题 page), a paragraph a line;
    # parts 一、 alone on their lines; sections （一） alone on their lines in both years; sub-headings run in with
    # number "" (the sentence that opens a paragraph); 2023 review items “一是title。”. Top level: a part. No other
    # part or section at a line start between a path element of that style and the unit.
    "guangdong-gwr-2022-to-2023": JudgedSet(
        gold="tests/realworld/lineage52/judged.yaml",
        manifest="tests/realworld/lineage52/corpus.yaml",
        manifest_key="documents",
        splits=("heldout52",),
        min_units=55,
        min_negatives=16,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、$"), 16000), (re.compile(f"^（{CN}+）$"), 6000)),
        window=3000,
        opening=80,
        exclusive=(re.compile(f"(?m)^{CN}+、"), re.compile(f"(?m)^（{CN}+）")),
    ),
    # 平潭综合实验区管委会 (平潭县人民政府) government work reports 2018 → 2019 (round heldout53): crawler
    # files of the same column as round 47, each body one line after the page furniture; 2018: parts 一、 run in
    # after a sentence end, sections （一） without a stop, sub-headings run in with number "" and, under them,
    # lead phrases “一是title。” (number 一是); 2019: parts, sections （一） without a stop, sub-headings with
    # number "". Top level: a part. Number and title adjacent. No other part or section between a path element
    # of that style and the unit.
    "pingtan-gwr-2018-to-2019": JudgedSet(
        gold="tests/realworld/lineage53/judged.yaml",
        manifest="tests/realworld/lineage53/corpus.yaml",
        manifest_key="documents",
        splits=("heldout53",),
        min_units=54,
        min_negatives=17,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、$"), 9000), (re.compile(f"^（{CN}+）$"), 3000)),
        window=1000,
        opening=80,
        exclusive=(re.compile(f"(?:^|(?<=[。！？：])){CN}+、"), re.compile(f"（{CN}+）")),
    ),
    # 平潭综合实验区 food-safety plans (round heldout54): the annual action plan 治理“餐桌污染”建设“食品放心工程”,
    # the 管委会办公室's 2015 → 2016 editions and the 2016 edition → the 市场监督管理局's 2018 实施方案, and that
    # bureau's 食品安全监督抽检工作计划 2017 → 2018; crawler files, each body one line after the page furniture.
    # Parts 一、 run into their text, sections （一） or (一） (mixed brackets; “（二） title” with a blank) run into
    # a label or the text, items 1.title。 run in (“1. title” with a blank after the number, hence the gap), 2018
    # sub-items （1）title。, 2017 run-in labels 抽检场所： (number ""). Top level: a part. No other part or section
    # between a path element of that style and the unit.
    "pingtan-food-safety-2015-to-2018": JudgedSet(
        gold="tests/realworld/lineage54/judged.yaml",
        manifest="tests/realworld/lineage54/corpus.yaml",
        manifest_key="documents",
        splits=("heldout54",),
        min_units=128,
        min_negatives=23,
        heading_gap=True,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、$"), 8000), (re.compile(f"^[（(]{CN}+）$"), 3000)),
        window=1500,
        opening=80,
        exclusive=(re.compile(f"{CN}+、"), re.compile(f"[（(]{CN}+）")),
    ),
    # 平潭综合实验区市场监督管理局 campaign plans (round heldout55): four successions of one bureau's yearly special
    # campaigns — 三小 2016 → 小作坊 2017, 旅游景区 food safety 2016 → 2018, 校园周边 2016 → 2017, 无传销 2016 → 2017;
    # crawler files, each body one line after the page furniture. Parts 一、 run into their text (or after a blank),
    # sections （一） / (三) run into a label or the text, items 1.title。 and lead items 一要title，; the 2017 校园周边
    # notice is the bureau's form layout — run-in labels 工作任务 / 时间安排 / 注意事项 / 落实反馈 (number "") hold
    # its sections, so a path may start at 工作任务 or 注意事项 and a label unit has an empty path. No other part or
    # section between a path element of that style and the unit.
    "pingtan-market-campaigns-2016-to-2018": JudgedSet(
        gold="tests/realworld/lineage55/judged.yaml",
        manifest="tests/realworld/lineage55/corpus.yaml",
        manifest_key="documents",
        splits=("heldout55",),
        min_units=74,
        min_negatives=16,
        heading_gap=True,
        top=re.compile(f"^(?:{CN}+、|工作任务$|注意事项$|$)"),
        windows=((re.compile(f"^{CN}+、$"), 8000), (re.compile(f"^[（(]{CN}+[）)]$"), 3000)),
        window=1500,
        opening=80,
        exclusive=(re.compile(f"{CN}+、"), re.compile(f"[（(]{CN}+[）)]")),
    ),
    # 芦洋乡 fire campaigns and the 旅发委 tourism-market campaigns (round heldout56, holin56): three
    # successions of crawler files from the 安全检查 column, each body one line; parts 一、, sections （一）
    # or ASCII (一), items 1、/1． and lead items 一是.
    "luyang-fire-and-tourism-campaigns-2016-to-2018": JudgedSet(
        gold="tests/realworld/lineage56/judged.yaml",
        manifest="tests/realworld/lineage56/corpus.yaml",
        manifest_key="documents",
        splits=("heldout56",),
        min_units=64,
        min_negatives=15,
        heading_gap=True,
        top=re.compile(f"^(?:{CN}+、|$)"),
        windows=((re.compile(f"^{CN}+、$"), 8000), (re.compile(f"^[（(]{CN}+[）)]$"), 3000)),
        window=1500,
        opening=80,
        exclusive=(re.compile(f"{CN}+、"), re.compile(f"[（(]{CN}+[）)]")),
    ),
    # 执法应急局 有限空间 expert visits 2022 → 2023 → 2024, the 2021 “五个一批” → 集中攻坚 campaigns and the 2021 →
    # 2022 安全生产月 notices (round heldout57, holin57): crawler files from the 安全生产 相关文件 column, each body one
    # line; parts 一、, sections （一）, items 1./1. , sub-items （10）.
    "pingtan-enforcement-campaigns-2021-to-2024": JudgedSet(
        gold="tests/realworld/lineage57/judged.yaml",
        manifest="tests/realworld/lineage57/corpus.yaml",
        manifest_key="documents",
        splits=("heldout57",),
        min_units=60,
        min_negatives=15,
        heading_gap=True,
        top=re.compile(f"^(?:{CN}+、|$)"),
        windows=((re.compile(f"^{CN}+、$"), 8000), (re.compile(f"^[（(]{CN}+[）)]$"), 3000)),
        window=1500,
        opening=80,
        exclusive=(re.compile(f"{CN}+、"), re.compile(f"[（(]{CN}+[）)]")),
    ),
    # 上海 十四五 纲要 chapters → the matching chapters of the 十五五 纲要 (round heldout58, holin58): four successions
    # of chapter cuts; 十四五 PDF text (CRLF, wrapped lines, page numbers glued on) with 一、/4.1/4.1.1 (run-in, a blank
    # after the number), 十五五 portal text (em-space indents) with 一、/1./1.1 (title ending in 。).
    "shanghai-outline-14-to-15-chapters": JudgedSet(
        gold="tests/realworld/lineage58/judged.yaml",
        manifest="tests/realworld/lineage58/corpus.yaml",
        manifest_key="documents",
        splits=("heldout58",),
        min_units=60,
        min_negatives=15,
        heading_gap=True,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、$"), 40000), (re.compile(r"^\d+\.(\d+)?$"), 3000)),
        window=1500,
        opening=80,
    ),
    # 上海 十四五 纲要 chapters → the matching chapters of the 十五五 纲要, a second set (round heldout59, holin59):
    # 九、长三角 → 九、, 十二、基础设施 → 十一、, 十六、改革 and 六、开放 → 八、改革开放 (and 五、产业 → 三、经济中心);
    # the same two texts and heading styles as round 58 (a wrapped heading's title holds its CRLF, as written).
    "shanghai-outline-14-to-15-chapters-2": JudgedSet(
        gold="tests/realworld/lineage59/judged.yaml",
        manifest="tests/realworld/lineage59/corpus.yaml",
        manifest_key="documents",
        splits=("heldout59",),
        min_units=60,
        min_negatives=15,
        heading_gap=True,
        top=re.compile(f"^{CN}+、"),
        windows=((re.compile(f"^{CN}+、$"), 40000), (re.compile(r"^\d+\.(\d+)?$"), 3000)),
        window=1500,
        opening=80,
    ),
    # 上海 十四五 纲要 → 十五五 纲要, a third set (round heldout60, holin60): 十、功能布局 → 十、,
    # 十四、高品质生活 → 十三、, and the section 三、3.4 国际航运中心,
    # (cut alone, so its heading is the top of its file) → 六、国际航运中心.
    "shanghai-outline-14-to-15-chapters-3": JudgedSet(
        gold="tests/realworld/lineage60/judged.yaml",
        manifest="tests/realworld/lineage60/corpus.yaml",
        manifest_key="documents",
        splits=("heldout60",),
        min_units=60,
        min_negatives=15,
        heading_gap=True,
        top=re.compile(rf"^({CN}+、|3\.4( |$))"),
        windows=((re.compile(f"^{CN}+、$"), 40000), (re.compile(r"^\d+\.(\d+)?$"), 3000)),
        window=1500,
        opening=80,
    ),
}

Ref = dict[str, object]

# A set whose corpus files are Word files kept byte for byte (round 40): a .docx is read as its body paragraphs' text
# (w:t runs; w:tab a TAB, w:br a line end), one paragraph a line; a .doc as antiword writes it with the options plankg
# uses (plankg.loaders.text.formats.ANTIWORD: a paragraph a line, UTF-8).
WORD_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ANTIWORD = ("antiword", "-w", "0", "-m", "UTF-8.txt")


def docx_text(path: str) -> str:
    """A .docx file's body paragraphs, one a line (tables' paragraphs in document order too)."""
    with zipfile.ZipFile(path) as package:
        root = ElementTree.fromstring(package.read("word/document.xml"))
    lines = []
    for paragraph in root.iter(f"{WORD_NS}p"):
        parts = []
        for run in paragraph.iter(f"{WORD_NS}r"):
            for node in run:
                if node.tag == f"{WORD_NS}t":
                    parts.append(node.text or "")
                elif node.tag == f"{WORD_NS}tab":
                    parts.append("\t")
                elif node.tag in (f"{WORD_NS}br", f"{WORD_NS}cr"):
                    parts.append("\n")
        lines.append("".join(parts))
    return "\n".join(lines)


def doc_text(path: str) -> str | None:
    """A Word 97 .doc file's text by antiword (plankg's options); None when antiword is missing."""
    if shutil.which(ANTIWORD[0]) is None:
        return None
    done = subprocess.run([*ANTIWORD, path], capture_output=True, check=False)
    return done.stdout.decode("utf-8", errors="replace")


def read_plan(path: str) -> str | None:
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".doc"):
        return doc_text(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


@dataclass
class Checked:
    errors: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"strong": 0, "weak": 0, "none": 0})


def load_plans(spec: JudgedSet) -> tuple[dict[str, str], dict[str, set[str]]]:
    """The texts of the set's plans, and for each plan the plans that follow it."""
    with open(os.path.join(ROOT, spec.manifest), encoding="utf-8") as f:
        entries = yaml.safe_load(f)[spec.manifest_key]
    folder = os.path.dirname(os.path.join(ROOT, spec.manifest))
    plans_dir = os.path.join(folder, "plans") if spec.manifest_key == "documents" else folder
    texts: dict[str, str] = {}
    later_of: dict[str, set[str]] = {e["id"]: set() for e in entries}
    for e in entries:
        path = os.path.join(plans_dir, e["file"])
        text = read_plan(path) if os.path.exists(path) else None
        if text is not None:
            texts[e["id"]] = text
        for earlier in e.get("follows") or []:
            later_of.setdefault(earlier, set()).add(e["id"])
    return texts, later_of


def heading_spans(spec: JudgedSet, text: str, number: str, title: str) -> list[tuple[int, int]]:
    gap = r"[^\S\n]*" if spec.heading_gap and number else ""
    if gap and spec.gap_line_end:
        gap = r"[^\S\n]*(?:\n[^\S\n]*)?"
    pattern = re.escape(number) + gap + re.escape(title)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def window_after(spec: JudgedSet, number: str, earlier: bool) -> int:
    if earlier and spec.opening is not None:
        return spec.opening
    for style, size in spec.windows:
        if style.match(number):
            return size
    return spec.window


def path_leads_to(spec: JudgedSet, text: str, path: list[str], heading_at: int) -> bool:
    pos = heading_at
    for ancestor in reversed(path):
        j = text.rfind(ancestor, 0, pos)
        if j < 0:
            return False
        for style in spec.exclusive:
            if style.match(ancestor) and style.search(text, j + len(ancestor), heading_at):
                return False
        pos = j
    return True


def check_ref(
    spec: JudgedSet,
    ref: Ref,
    texts: dict[str, str],
    where: str,
    out: Checked,
    allowed: set[str],
    earlier: bool = False,
) -> None:
    errors = out.errors
    plan = ref.get("plan")
    if plan not in allowed:
        errors.append(f"{where}: plan {plan!r} not allowed here ({sorted(allowed)})")
        return
    text = texts.get(str(plan))
    if text is None:
        errors.append(f"{where}: no text for plan {plan}")
        return
    number, title, quote, path = ref.get("number"), ref.get("title"), ref.get("quote"), ref.get("path")
    if not isinstance(number, str) or not isinstance(title, str) or not title:
        errors.append(f"{where}: number/title missing")
        return
    if not isinstance(path, list):
        errors.append(f"{where}: path must be a list")
        return
    if not isinstance(quote, str) or not quote:
        errors.append(f"{where}: quote missing")
        return
    if len(quote) > 60:
        errors.append(f"{where}: quote longer than 60 chars ({len(quote)})")
    if spec.top is not None:
        if path and not spec.top.match(path[0]):
            errors.append(f"{where}: path must start at a top-level heading: {path[0]!r}")
        if not path and not spec.top.match(number):
            errors.append(f"{where}: empty path for a unit that is not top-level")
    if title not in text:
        errors.append(f"{where}: title not in {plan}: {title!r}")
        return
    heads = heading_spans(spec, text, number, title)
    if not heads:
        errors.append(f"{where}: heading {number + title!r} not in {plan}")
        return
    if quote not in text:
        errors.append(f"{where}: quote not in {plan}: {quote!r}")
        return
    win = window_after(spec, number, earlier)
    good = [start for start, end in heads if quote in text[start : end + win]]
    if not good:
        errors.append(f"{where}: quote {quote!r} not within {win} chars after heading {number + title!r}")
        return
    if any(path_leads_to(spec, text, path, h) for h in good):
        return
    missing = [a for a in path if a not in text]
    extra = f" (not in text: {missing})" if missing else " (order, or another heading in between)"
    errors.append(f"{where}: path {path} does not lead to heading {number + title!r}{extra}")


def key(ref: Ref) -> tuple[object, ...]:
    return (ref.get("plan"), ref.get("number"), ref.get("title"), tuple(ref.get("path") or []))  # type: ignore[arg-type]


def check_set(spec: JudgedSet) -> tuple[Checked, str]:
    texts, later_of = load_plans(spec)
    earlier_plans = {p for p, later in later_of.items() if later}
    with open(os.path.join(ROOT, spec.gold), encoding="utf-8") as f:
        gold = yaml.safe_load(f)
    out = Checked()
    errors = out.errors
    if not isinstance(gold.get("note"), str) or not gold["note"].strip():
        errors.append("note missing")
    units = gold.get("units") or []
    negatives = gold.get("negatives") or []
    ids: set[str] = set()
    links: set[tuple[object, object]] = set()
    per_split = {s: [0, 0] for s in spec.splits}
    for unit in units:
        uid = unit.get("id")
        if uid in ids:
            errors.append(f"duplicate id {uid}")
        ids.add(uid)
        if unit.get("split") not in spec.splits:
            errors.append(f"{uid}: split must be one of {spec.splits}")
        else:
            per_split[unit["split"]][0] += 1
        earlier = unit.get("earlier") or {}
        check_ref(spec, earlier, texts, f"{uid}.earlier", out, earlier_plans, earlier=True)
        successors = unit.get("successors")
        if not isinstance(successors, list):
            errors.append(f"{uid}: successors must be a list")
            continue
        if not successors:
            out.counts["none"] += 1
            if not str(unit.get("none_why") or "").strip():
                errors.append(f"{uid}: successors [] needs none_why")
        elif unit.get("none_why"):
            errors.append(f"{uid}: none_why given but successors listed")
        seen: set[tuple[object, ...]] = set()
        for k, succ in enumerate(successors):
            label = succ.get("label")
            if label not in ("strong", "weak"):
                errors.append(f"{uid}.successors[{k}]: bad label {label!r}")
            else:
                out.counts[label] += 1
            if not str(succ.get("why") or "").strip():
                errors.append(f"{uid}.successors[{k}]: why missing")
            if key(succ) in seen:
                errors.append(f"{uid}.successors[{k}]: duplicate successor")
            seen.add(key(succ))
            links.add((key(earlier), key(succ)))
            allowed = later_of.get(str(earlier.get("plan")), set())
            check_ref(spec, succ, texts, f"{uid}.successors[{k}]", out, allowed)
    for neg in negatives:
        nid = neg.get("id")
        if nid in ids:
            errors.append(f"duplicate id {nid}")
        ids.add(nid)
        if neg.get("split") not in spec.splits:
            errors.append(f"{nid}: split must be one of {spec.splits}")
        else:
            per_split[neg["split"]][1] += 1
        for fld in ("shared", "why"):
            if not str(neg.get(fld) or "").strip():
                errors.append(f"{nid}: {fld} missing")
        earlier, later = neg.get("earlier") or {}, neg.get("later") or {}
        check_ref(spec, earlier, texts, f"{nid}.earlier", out, earlier_plans)
        allowed = later_of.get(str(earlier.get("plan")), set())
        check_ref(spec, later, texts, f"{nid}.later", out, allowed)
        if (key(earlier), key(later)) in links:
            errors.append(f"{nid}: pair is also listed as a successor link")
    if len(units) < spec.min_units:
        errors.append(f"only {len(units)} units judged (need >= {spec.min_units})")
    if len(negatives) < spec.min_negatives:
        errors.append(f"only {len(negatives)} negatives (need >= {spec.min_negatives})")
    if spec.heldout_share is not None:
        low, high = spec.heldout_share
        for i, what in enumerate(("units", "negatives")):
            held = per_split["heldout"][i]
            first_round = held + per_split["dev"][i]
            if first_round and not low <= held / first_round <= high:
                errors.append(f"heldout share of {what} is {held}/{first_round}")
    c = out.counts
    splits = ", ".join(f"{s} {u}/{n}" for s, (u, n) in per_split.items())
    summary = (
        f"units {len(units)}; links strong {c['strong']} weak {c['weak']}; none {c['none']}; "
        f"negatives {len(negatives)}; units/negatives by split: {splits}"
    )
    return out, summary


def main(argv: list[str]) -> int:
    names = argv or list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"unknown set(s) {unknown}; known: {', '.join(SETS)}")
        return 2
    failed = 0
    for name in names:
        out, summary = check_set(SETS[name])
        for e in out.errors:
            print(f"FAIL {name}: {e}")
        status = "OK" if not out.errors else f"{len(out.errors)} problem(s)"
        print(f"{name}: {summary}: {status}")
        failed += bool(out.errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
