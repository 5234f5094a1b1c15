"""Rules from session 17's reading of rounds 11-14's false headings (seg17): entries numbered as items
that run on into their paragraphs, lead sentences read as headings, …"""

from __future__ import annotations

from tests.segmenting import PARA, tree


def test_run_in_items_under_a_part_are_its_list_not_sections() -> None:
    # RUN_IN_ITEMS (nat-fyp-6, the 六五 plan as OCR'd): the (1)…(5) measures under "、煤炭生产。" run on into
    # their paragraphs on the same line; the stand-alone "（2） 加快电力建设，增加装机容量。" is one sentence.
    text = "\n".join(
        [
            "第二节煤炭工业",
            "、煤炭生产。",
            "　　计划安排，1985年仝国原煤产量达到7亿吨，比1980年的6 · 2亿吨增加8，000万吨，平均每年增长2 · 5％。",
            "　　(1)加快现有矿井的技术改造，充分发挥生产潜力。对条件好的矿井进行扩建或改建，使之达到和超过设计能力。",
            "　　（2） 加快电力建设，增加装机容量。",
            "　　（3） 抓好煤矿企业的整顿工作，提高煤炭生产的全员效率。计划要求，原煤全员效率有所提高。",
            "、蝶炭建设。",
            PARA,
        ]
    )
    assert [(level, number) for level, number, _ in tree(text)] == [(1, "第二节"), (2, "、"), (2, "、")]


def test_stand_alone_item_titles_of_a_guide_stay_sections() -> None:
    # RUN_IN_ITEMS keeps the （1） title lines of a standards guide (nat-petrochem-std-guide-2022, heldout6).
    text = "\n".join(
        [
            "一、建设内容",
            "（一）基础共性标准",
            "1.智能装备标准",
            PARA,
            "（1）传感器与仪器仪表标准",
            PARA,
            "（2）自动识别设备标准",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)][-2:] == ["传感器与仪器仪表标准", "自动识别设备标准"]


def test_a_lead_line_is_no_unnumbered_heading() -> None:
    # LEAD_LINE_END (nat-fyp-6): a half-width colon, or the list-announcing words whose colon the OCR lost.
    leads = (
        "增加煤炭生产的主要措施是:",
        "各主要行业的更新改造计划如下",
        "六五”期间开展地区间经济技术协作，须认真注意下列各项#",
    )
    for lead in leads:
        text = "\n\n".join(["第二节煤炭工业", PARA, lead, PARA])
        assert [title for _, _, title in tree(text)] == ["煤炭工业"], lead
