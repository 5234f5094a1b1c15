"""Where a title read inline ends when the crawl glued its first sentence to it (a text that lost its
line breaks). Excerpts are real texts of the dev and held-out rounds joined as a one-line crawl joins
them (bench/one_line.py); each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


def test_points_glued_to_their_part_title_open_a_run_and_end_the_title() -> None:
    # GLUED_POINT_AFTER_TITLE, GLUED_POINT_ENDS_TITLE (ah-rcep-2022 joined): points numbered on across the
    # parts, each run glued to its part's title with no mark between.
    text = (
        "一、发展目标全面拓展和深化与其他RCEP国家的经贸合作，引导鼓励企业用好RCEP规则。二、重点任务（一）大力发展货物贸易1.扩大优势产品出口。建立RCEP国别商品税率对比清单，深化企业对RCEP重点国别"
        "关税减让的理解掌握。2.积极扩大进口。扩大自其他RCEP国家铁矿石、铜矿石的进口。3.用好原产地规则。"
        "加快实施经核准出口商原产地自主声明制度。4.着力拓展对日贸易。指导企业用好中日关税减让承诺。（二）推进服务贸易升级5.深化"
        "服务贸易合作。推进落实外商投资准入前国民待遇加负面清单管理制度。6.大力发展数字贸易。推进数字贸易发展。"
    )
    assert titles(text) == [
        (1, "一、", "发展目标"),
        (1, "二、", "重点任务"),
        (2, "（一）", "大力发展货物贸易"),
        (3, "1.", "扩大优势产品出口"),
        (3, "2.", "积极扩大进口"),
        (3, "3.", "用好原产地规则"),
        (3, "4.", "着力拓展对日贸易"),
        (2, "（二）", "推进服务贸易升级"),
        (3, "5.", "深化服务贸易合作"),
        (3, "6.", "大力发展数字贸易"),
    ]


def test_a_title_ends_at_a_point_glued_after_its_score_in_brackets() -> None:
    # GLUED_POINT_ENDS_TITLE (bt-digital-gov-eval-2022 joined): "…（1分）14.推动…" - the title keeps its score.
    text = (
        "一、考评对象各旗县区人民政府。二、考评内容（一）优化政务服务（20分）1.深化一网通办改革。推进政务服务事项全部纳入平台。"
        "（二）推进政务服务“跨域通办”（1分）2.推动基层部门的公共服务业务系统与一体化平台对接，不断优化全市通办互办"
        "事项目录。实现更多事项跨区域办理。"
    )
    found = titles(text)
    assert (2, "（二）", "推进政务服务“跨域通办”（1分）") in found
    assert any(number == "2." and title.startswith("推动基层部门") for _, number, title in found)


def test_a_chapter_title_ends_at_its_glued_first_article() -> None:
    # ARTICLE_ENDS_CHAPTER_TITLE (gd-public-data-2021, nat-iit-deductions-2018 joined): "第一章总则第一条为…".
    text = (
        "第一章　总则第一条　为了规范公共数据管理，根据有关法律法规，结合本省实际，制定本办法。第二条　本办法适用于本省"
        "行政区域内公共数据的管理活动。第二章　公共数据目录管理第九条　公共数据实行目录管理。"
    )
    assert [(h.number, h.title) for h in headings_inline(text)] == [
        ("第一章", "总则"),
        ("第二章", "公共数据目录管理"),
    ]
