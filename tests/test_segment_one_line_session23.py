"""Session 23's rules for texts that lost their line breaks (seg23): a standard's or guide's 目次 whose entries run
together, each ended by its dot leaders and page number. Excerpts are real texts of the scored rounds joined as a
one-line crawl joins them (bench/one_line.py); each test fails without its rule."""

from __future__ import annotations

from pathlib import Path

from bench.one_line import one_line
from plankg.loaders.structure.document import load_plan
from plankg.loaders.structure.toc import parse_toc
from plankg.loaders.text.formats import read_document
from plankg.schema import PlanMeta

TEXTS = Path(__file__).parent / "realworld" / "texts"


def _joined(name: str) -> str:
    path = TEXTS / name
    return one_line(read_document(path.read_bytes(), str(path), path.suffix))


def test_a_glued_toc_of_bare_top_numbers_splits_each_page_from_the_next_number() -> None:
    # GLUED_LEADER_TOC (nat-city-plan-guide-2020 joined): "1 总体要求 .... 11.1  适用范围 ...." is the entry 1, page 1,
    # then the entry 1.1; a bare top number reads as one within its entry only
    text = (
        "研究制定了《市级国土空间总体规划编制指南》（试行）。目  录1 总体要求 ........................ 11.1  适用范围 "
        "........................ 11.2  规划定位 ........................ 11.3  工作原则 "
        "........................ 11.4  规划范围、期限和层次 ........................ 2"
        "1.5  编制主体与程序 ........................ 31.6  成果形式 "
        "........................ 32  基础工作 ........................ 32.1  统一底图底数 ........................ 3"
        "1  总体要求1.1  适用范围本指南适用于市级（包括副省级和地级城市）国土空间总体规划编制。"
    )
    toc = parse_toc(text)
    assert toc is not None
    assert [(e.level, e.marker, e.title, e.page) for e in toc.entries][:3] == [
        (1, "1", "总体要求", 1),
        (2, "1.1", "适用范围", 1),
        (2, "1.2", "规划定位", 1),
    ]
    assert [(e.marker, e.page) for e in toc.entries][-2:] == [("2", 3), ("2.1", 3)]


def test_a_glued_toc_drops_a_standard_s_running_head_before_an_entry() -> None:
    # GLUED_LEADER_RUNNING_HEAD (bj-quake-resilience-guide joined): the next TOC page's roman number and the
    # standard's code glued between page 22 and the entry 10
    text = (
        "目   次1  范围 ................ 28  建筑物地震安全韧性能力建设 ................ 15"
        "9  应急保障基础设施韧性能力建设 ................ 17"
        "9.7  应急燃气韧性能力建设 ........................................ 22i DB11/T XXXX—XXXX10  "
        "应急服务设施韧性能力建设 .................................... 2210.1  一般规定 "
        ".................................................... 2210.2  应急服务设施抗震韧性分类 .................... 23"
    )
    toc = parse_toc(text)
    assert toc is not None
    assert [(e.level, e.marker, e.title) for e in toc.entries][-3:] == [
        (1, "10", "应急服务设施韧性能力建设"),
        (2, "10.1", "一般规定"),
        (2, "10.2", "应急服务设施抗震韧性分类"),
    ]


def test_a_glued_toc_numbers_a_lettered_appendix_by_its_letter() -> None:
    # GLUED_LEADER_APPENDIX (nat-urban-area-std-draft joined): "附录B（规范性）  连接条件" is the appendix B titled
    # 连接条件, its B.1 below it
    text = (
        "TD/T XXXX—202X目 次前言 .................... II引言 .................... III1  范围 .................... 1"
        "2  规范性引用文件 .................... 1附录A（规范性）  实体地物类别及最小面积要求列表 .................... 7"
        "附录B（规范性）  连接条件 .................... 9B.1  距离判断 .................... 9B.2  阻隔判断 "
        ".................... 9参考文献 .................... 13"
    )
    toc = parse_toc(text)
    assert toc is not None
    entries = [(e.level, e.marker, e.title) for e in toc.entries]
    assert (1, "附录B", "连接条件") in entries
    assert (2, "B.1", "距离判断") in entries
    assert (1, "", "前言") in entries and (1, "1", "范围") in entries


def test_a_glued_toc_puts_sections_under_an_unnumbered_part_and_chapters_above_them() -> None:
    # GLUED_LEADER_UNITS (bj-eco-restoration-2035 joined): 第一节 … under "总    则", then 第一章 at the top again
    text = (
        "的指导性、纲领性文件。II 目    录总    则 .................... 1第一节  指导思想 .................... 1"
        "第二节  规划原则 .................... 1第三节  规划依据 .................... 3第一章  规划愿景与修复目标 "
        ".................... 6第一节  谋划首都生态文明建设蓝图 .................... 6"
    )
    toc = parse_toc(text)
    assert toc is not None
    assert [(e.level, e.marker) for e in toc.entries] == [
        (1, ""),
        (2, "第一节"),
        (2, "第二节"),
        (2, "第三节"),
        (1, "第一章"),
        (2, "第一节"),
    ]


def test_a_standard_joined_then_broken_at_its_paragraph_marks_reads_its_headings_from_its_toc() -> None:
    # TOC_TITLE_SPACED_GLUED and TOC_OVER_UNREAD_LINES (zj-village-meteo-std-2016 joined): "目    次前言 ...." is a
    # TOC's title, whose spacing no paragraph mark breaks; the lines the marks put back hold no heading of their own, so
    # the TOC's entries are found in the body
    plan = load_plan(_joined("zj-village-meteo-std-2016.txt"), PlanMeta(id="zj", title="乡村气象防灾减灾建设规范"))
    found = {(s.level, s.title) for s in plan.sections}
    assert {(1, "范围"), (1, "防灾计划"), (2, "气象防灾减灾风险地图"), (2, "气象灾害应急预案")} <= found


def test_a_guide_joined_reads_its_decimal_headings_from_its_glued_toc() -> None:
    # GLUED_LEADER_TOC (nat-city-plan-guide-2020 joined): no heading was read before
    plan = load_plan(_joined("nat-city-plan-guide-2020.txt"), PlanMeta(id="g", title="市级国土空间总体规划编制指南"))
    found = {(s.level, s.title) for s in plan.sections}
    assert {(1, "总体要求"), (2, "适用范围"), (2, "规划定位"), (1, "基础工作")} <= found


def test_a_glued_toc_s_appendix_is_found_however_the_body_spaces_its_letter() -> None:
    # GLUED_LEADER_APPENDIX (nat-city-plan-guide-2020 joined): "附录A    名词解释和说明 ...." in the TOC,
    # "17 附录 A  名词解释和说明A.1 都市圈…" in the body; "附录 A：体检评估工作流程图" (nat-plan-checkup-rules-2020)
    # puts a colon after it
    plan = load_plan(_joined("nat-city-plan-guide-2020.txt"), PlanMeta(id="g", title="市级国土空间总体规划编制指南"))
    found = {(s.level, s.number, s.title) for s in plan.sections}
    assert {(1, "附录A", "名词解释和说明"), (1, "附录 G", "城镇开发边界划定要求")} <= found
    plan = load_plan(_joined("nat-plan-checkup-rules-2020.txt"), PlanMeta(id="c", title="国土空间规划城市体检评估规程"))
    assert "体检评估工作流程图" in {s.title for s in plan.sections}


def test_a_glued_toc_without_page_numbers_ends_where_its_first_entry_stands_again() -> None:
    # GLUED_UNPAGED_TOC (nat-grain-emergency-2005 joined, its TOC cut after 2.2): a 预案's 目录 with no page numbers
    # runs into its body; each title ends where a marker that may follow it begins
    text = (
        "国务院办公厅二〇〇五年六月十一日国家粮食应急预案目 录1 总则1.1 编制目的及依据1.2 等级划分"
        "1.3 适用范围1.4 工作原则"
        "2 组织机构和职责2.1 国家粮食应急工作指挥部2.2 地方粮食应急机构及其职责"
        "1 总则1.1 编制目的及依据为有效监测和控制各类突发公共事件或者其他"
        "原因引起的粮食市场异常波动，确保粮食市场供应，保持粮食市场价格基本稳定，维护正常的社会秩序。"
    )
    toc = parse_toc(text)
    assert toc is not None
    assert [(e.level, e.marker, e.title) for e in toc.entries] == [
        (1, "1", "总则"),
        (2, "1.1", "编制目的及依据"),
        (2, "1.2", "等级划分"),
        (2, "1.3", "适用范围"),
        (2, "1.4", "工作原则"),
        (1, "2", "组织机构和职责"),
        (2, "2.1", "国家粮食应急工作指挥部"),
        (2, "2.2", "地方粮食应急机构及其职责"),
    ]
    assert text[toc.end :].startswith("1 总则1.1 编制目的及依据为")


def test_a_regulation_s_glued_chapter_toc_without_pages_is_no_title_of_its_last_entry() -> None:
    # GLUED_UNPAGED_TOC (jn-dog-keeping-regs-2021 joined): "目  录第一章  总则第二章 …第八章  附则第一章  总则第一条 …":
    # 附则 is the TOC's last title, not "附则第一章"
    plan = load_plan(_joined("jn-dog-keeping-regs-2021.docx"), PlanMeta(id="j", title="济南市养犬管理条例"))
    titles = [s.title for s in plan.sections]
    assert "附则" in titles and not any(t.startswith("附则第") for t in titles)
