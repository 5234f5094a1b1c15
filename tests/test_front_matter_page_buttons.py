"""Metadata of a saved page whose buttons stand on lines of their own above the notice (session 18, branch
meta18): "打印" / "关闭" (TOOLBAR_LINE) are neither half of the notice's title nor lines of its opening."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

# a page's breadcrumb, font-size switch and buttons, as a saved gov page has them above its headline
BUTTONS = "当前位置：首页 > 政务公开 > 政策文件\n字号：大 中 小\n打印\n关闭\n"


def test_a_button_line_is_no_first_half_of_a_notice_title() -> None:
    # TOOLBAR_LINE in find_front_matter (bt-digital-gov-eval-2022 under a page's buttons): "关闭" + "包头市人民
    # 政府办公室关于印发…的通知" read as one wrapped title gave the issuer "关闭包头市人民政府办公室"
    text = BUTTONS + (
        "包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知\n包府办发〔2022〕43号\n"
        "各旗、县、区人民政府，稀土高新区管委会，市直有关部门、单位：\n"
        "现将《包头市2022年数字政府建设考评办法》印发给你们，请认真贯彻执行。\n包头市人民政府办公室\n2022年5月6日\n"
        "包头市2022年数字政府建设考评办法\n一、考评对象\n"
    )
    meta = guess_meta(text, "bt", "0" * 64)
    assert (meta.issuer, meta.doc_number) == ("包头市人民政府办公室", "包府办发〔2022〕43号")


def test_button_lines_do_not_push_a_notices_subject_year_out_of_its_opening() -> None:
    # _text_lines for NOTICE_SUBJECT_YEAR (nat-smart-elderly-help-2022 under a page's buttons)
    text = BUTTONS + (
        "各省、自治区、直辖市及新疆生产建设兵团卫生健康委（老龄办），各有关涉老社会组织：\n"
        "为深入贯彻习近平总书记关于老龄工作的重要指示精神，深入开展“智慧助老”行动，现就做好2022年“智慧助老”有关工作"
        "通知如下。\n一、聚焦疫情防控中老年人的实际需求\n"
    )
    meta = guess_meta(text, "elderly", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2022, 2022)


def test_a_notice_that_re_issues_a_document_is_issued_by_the_body_before_its_about() -> None:
    # RE_ISSUED in NOTICE_TITLE (gz-points-hukou-2025, round 15)
    from plankg.loaders.rules.structure import NOTICE_TITLE

    notice = NOTICE_TITLE.match("广州市人民政府办公厅关于重新发布广州市积分制入户管理办法的通知")
    assert notice is not None
    assert (notice.group("issuer"), notice.group("title")) == ("广州市人民政府办公厅", "广州市积分制入户管理办法")
