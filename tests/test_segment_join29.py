"""Rules written in session 29 (branch join29) for texts that lost their line breaks, each with the real excerpt
it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


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
