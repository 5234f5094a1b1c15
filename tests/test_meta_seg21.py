"""Metadata of saved portal pages: session 21's rules (branch seg21), each with the excerpt it was written from."""

from __future__ import annotations

from plankg.loaders.structure.front_matter import find_front_matter
from plankg.loaders.text.read import guess_meta, source_issuer


def test_a_guide_named_only_by_its_source_field_is_that_bodys() -> None:
    # SOURCE_ISSUER (yx-graduate-startup-subsidy-2025, heldout20): the page's 文章来源 is the only issuer printed
    text = (
        "广州市高校毕业生创业补贴，请查收\n"
        "发布日期：2025-04-08 11:24:11 文章来源：市人力资源社会保障局官网 字体大小：【 A-AA+ 】\n"
        "1、一次性创业资助\n补贴条件：\n（1）初创企业的法定代表人或个体户经营者。\n"
    )
    assert guess_meta(text, "yx", "0" * 64).issuer == "市人力资源社会保障局"
    # a label alone over its value (nat-platform-economy-smes-interp-2026, a 中国政府网 page in Markdown)
    assert source_issuer("2026-06-18 21:15\n来源：\n工业和信息化部网站\n") == "工业和信息化部"
    # a link or the site itself names no body
    assert source_issuer("**来源**: [http://www.fl.gov.cn/](http://www.fl.gov.cn/)\n") == ""
    assert source_issuer("来源：本站原创\n") == ""
    # a table's "指标来源：" is no page field
    assert source_issuer("计算方法：…\t指标来源：医院填报\n") == ""


def test_a_pages_source_field_outside_its_main_text_is_kept() -> None:
    # PAGE_SOURCE (gz-pension-claim-guide-2025, heldout20): the field stands in the page's header, which the reader's
    # main text leaves out; the nested tags of gz-disability-subsidy-2022 (heldout14) too
    from plankg.loaders.text.formats import _page_source

    body = [("p", "一、办理对象"), ("p", "广州市参保单位、参保人")]
    page = (
        '<div class="head"><span class="resourse" wzades="信息来源：市人力资源社会保障局 社保中心">信息来源：<font> '
        "市人力资源社会保障局 社保中心</font></span></div>"
    ).encode()
    assert _page_source(page, "page.html", body) == "市人力资源社会保障局 社保中心"
    nested = (
        '<span>来源:\n\t\t<span class="Js_hideShow">\n\t\t广州市民政局\n\t\t</span>\n</span>'
        "<p>广州市困难残疾人生活补贴和重度残疾人护理补贴实施办法</p>"
    ).encode()
    assert _page_source(nested, "page.html", body) == "广州市民政局"
    # none where the main text prints its own source line
    assert _page_source(page, "page.html", [*body, ("p", "来源：广州日报")]) == ""


def test_a_table_label_alone_on_its_line_is_no_part_of_the_notice_title_below() -> None:
    # TABLE_LABEL_LINE (fl-energy-station-2023, heldout20): the issuer read "标题重庆市涪陵区人民政府"
    text = (
        "发布机构\n涪陵区人民政府\n成文日期\n2024-10-23\n标题\n"
        "重庆市涪陵区人民政府 关于印发涪陵区综合能源站发展规划（2023—2030年）的通知\n发文字号\n涪陵府发〔2024〕23号\n"
    )
    front = find_front_matter(text)
    assert front is not None and front.issuer == "重庆市涪陵区人民政府"


def test_a_year_led_page_title_after_its_site_name_is_cut_is_its_headline() -> None:
    # NEWS_HEADLINE_YEAR (gz-pension-claim-guide-2025, heldout20): titled by its file name
    text = (
        "2025年，广州市企业职工基本养老金申领详解-广州市人力资源和社会保障局网站\n"
        "**一、办理对象**\n广州市参保单位、参保人\n"
    )
    meta = guess_meta(text, "gz-pension", "0" * 64)
    assert (meta.title, meta.kind) == ("2025年，广州市企业职工基本养老金申领详解", "interpretation")


def test_a_source_field_glued_after_a_headline_ends_the_title() -> None:
    # FIELD_AFTER_HEADLINE (gz-resident-medins-enrol-2026, heldout18, one-line)
    text = (
        "广州市医疗保险服务中心关于开展2026年度广州市城乡居民基本医疗保险集中参保缴费工作的通告来源：广州市医疗保障局"
        "为持续深入推进全民参保计划，切实保障参保人员医保权益，我市正式启动2026年度城乡居民基本医疗保险参保缴费工作，"
        "现就有关事项通告如下：一、参保范围未参加职工医保的下列人员。"
    )
    meta = guess_meta(text, "gz-medins", "0" * 64)
    assert meta.title == "广州市医疗保险服务中心关于开展2026年度广州市城乡居民基本医疗保险集中参保缴费工作的通告"
