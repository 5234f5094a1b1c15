"""Rules written in session 29 (branch join29) for texts that lost their line breaks, each with the real excerpt
it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline
from plankg.loaders.structure.toc import parse_toc


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


def test_a_portals_numbered_metadata_fields_open_no_run() -> None:
    # LISTED_BRACKET_FIELD_INLINE (bj-hydrogen-measures-2024, heldout27, joined): the page's numbered field list ran
    # on into the plan; its 1.–5. opened the top run, the plan's 一、 fell to level 2 and its 4. went on the fields' run
    text = (
        '[政策文件](https://jxj.beijing.gov.cn/zwgk/2024zcwj/ "政策文件")1. \\[主题分类\\] 国土资源、能源/其他'
        "2. \\[制发单位\\] 北京市经济和信息化局3. \\[实施日期\\] 2024-12-174. \\[成文日期\\] 2024-12-17"
        "5. \\[发文字号\\] 京经信发〔2024〕69号# 北京市关于支持氢能产业发展的若干政策措施（修订版）"
        "为贯彻国家…，特制定以下措施。"
        "一、支持科技研发创新1.支持基础共性技术研究。面向氢能技术发展与应用的重大需求，…（市科委、中关村管委会）。"
        "2.支持强链工程实施。鼓励领军企业牵头，…（市科委、中关村管委会）。"
        "3.支持科技创新平台建设。鼓励氢能领域创新主体在京组建…创新平台载体，…。"
        "二、支持技术装备产业化4.支持产业筑基工程实施。鼓励氢能领域重点企业参与“筑基工程”，…。"
    )
    assert titles(text) == [
        (1, "一、", "支持科技研发创新"),
        (2, "1.", "支持基础共性技术研究"),
        (2, "2.", "支持强链工程实施"),
        (2, "3.", "支持科技创新平台建设"),
        (1, "二、", "支持技术装备产业化"),
        (2, "4.", "支持产业筑基工程实施"),
    ]


def test_an_unnumbered_toc_entry_holds_the_parts_the_chapters_after_it_hold() -> None:
    # NAMED_ENTRY_HOLDS_PARTS (bj-eco-security-2035, dev, joined): 总则 held 一、…五、 as each chapter holds its 一、;
    # closed by its 一、, the TOC left them at the top and put every chapter under a 一、
    text = (
        "目  录总 则 ................ 1一、指导思想 ................ 1二、规划原则 ................ 1"
        "第一章 规划定位及重点 .............. 5一、规划定位 ................ 5二、规划重点 ................ 5"
        "第二章 规划愿景与目标 .............. 7一、规划愿景 ................ 7二、规划目标 ................ 7"
        "总 则一、指导思想以习近平新时代中国特色社会主义思想为指导，…"
    )
    toc = parse_toc(text)
    assert toc is not None
    assert [(e.level, e.title) for e in toc.entries] == [
        (1, "总 则"),
        (2, "指导思想"),
        (2, "规划原则"),
        (1, "规划定位及重点"),
        (2, "规划定位"),
        (2, "规划重点"),
        (1, "规划愿景与目标"),
        (2, "规划愿景"),
        (2, "规划目标"),
    ]


def test_an_announced_annex_after_the_signatures_date_heads_its_own_parts() -> None:
    # UNLABELLED_ANNEX read inline (nat-transport-bjut-pilot-2022, heldout8, joined): the reply announces its annex
    # ("具体要点附后"); after the date, the annex's title and its 一、 restarting were read as no heading
    text = (
        "北京工业大学：经研究，主要意见回复如下：一、原则同意在城市公共交通智能化技术研究等方面开展试点（具体要点附后）。"
        "二、加强对试点工作的组织领导，建立健全试点工作推进机制。交通运输部2022年9月20日"
        "交通强国建设试点任务要点（北京工业大学）一、城市公共交通智能化技术研究（一）试点单位。北京工业大学。"
        "（二）试点指导单位。交通运输部运输服务司牵头，科技司、人事教育司配合。"
        "二、城市综合交通数字化协同运行技术研究（一）试点单位。北京工业大学。"
    )
    assert titles(text)[-6:] == [
        (1, "", "交通强国建设试点任务要点（北京工业大学）"),
        (2, "一、", "城市公共交通智能化技术研究"),
        (3, "（一）", "试点单位"),
        (3, "（二）", "试点指导单位"),
        (2, "二、", "城市综合交通数字化协同运行技术研究"),
        (3, "（一）", "试点单位"),
    ]


def test_a_procedure_parts_head_noun_ends_its_title_glued_to_its_sentence() -> None:
    # PROCEDURE_HEAD_NOUNS (jn-ai-island-subsidy-2023, heldout11, joined): 对象, 时间 head the parts of a subsidy's
    # rules; the first sentence ran on into the title headed by 对象
    text = (
        "一、政策依据《关于进一步支持企业专精特新发展的政策措施》（济办发电〔2022〕4号）规定，支持济南人工智能岛建设。"
        "二、补贴对象山东（济南）人工智能岛核心展示区建设运营主体（以下简称：建设运营主体）。"
        "三、申报时间每年申报一次，具体时间以当年申报通知为准。"
    )
    assert [title for _, _, title in titles(text)][1] == "补贴对象"
