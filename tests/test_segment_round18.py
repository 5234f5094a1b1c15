"""Causes round 18 (heldout18, the second wave of session 19) showed at its score: headings indented by a tab and a
page's lists of links to other sites. Excerpts from yn-ev-charging-doubling-2026; each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

META = PlanMeta(id="t", title="云南省电动汽车充电设施服务能力倍增行动方案")
BODY = (
    "\t一、主要目标\n\n\t通过优化充电设施布局、提升服务效能、强化要素保障，推动构建高质量充电基础设施体系。\n\n"
    "\t二、公共充电设施提质升级行动\n\n\t（一）优化城市快速充电网络\n\n"
    "\t建设快充为主、慢充为辅的城市公共充电网络，加快覆盖城市各类停车场景。\n\n"
)


def tree(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in load_plan(text, META).sections]


def test_headings_indented_by_a_tab_are_read() -> None:
    # TAB_INDENTED_STYLES: every paragraph of the page is indented by a tab, its 一、 and （一） too
    assert tree(BODY) == [
        (1, "一、", "主要目标"),
        (1, "二、", "公共充电设施提质升级行动"),
        (2, "（一）", "优化城市快速充电网络"),
    ]


def test_a_pages_lists_of_links_to_other_sites_are_no_sections() -> None:
    # LINK_LIST_HEAD: "国务院部门网站" over a ministry a line, "各省市政府网站" over the provinces
    links = "\n\n".join(
        ["国务院部门网站", "外交部", "国防部", "国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部"]
    )
    provinces = "\n\n".join(["各省市政府网站", "北京", "天津", "河北", "山西", "内蒙古"])
    assert tree(BODY + links + "\n\n" + provinces + "\n") == tree(BODY)


def test_a_replys_points_read_inline_are_titled_by_their_question() -> None:
    # TOPIC_TITLE (nat-guizhou-eco-reply-2004, a 复函 crawled onto one line): 巩固 inside the question cut it short
    from plankg.loaders.structure.segment import headings_inline

    text = (
        "现函复如下：一、关于从根本上巩固退耕还林成果问题贵州省要认真落实退耕还林政策，巩固已有成果。"
        "二、关于水利建设要大小并举问题水利建设要坚持大中小并举，加快解决工程性缺水问题。"
    )
    titles = [h.title for h in headings_inline(text)]
    assert titles == ["关于从根本上巩固退耕还林成果问题", "关于水利建设要大小并举问题"]


def test_a_sites_contact_and_letter_spaced_operator_lines_are_furniture() -> None:
    # policy-contact (联系方式) and site-footer (承 办, letter-spaced): yn-ev-charging-doubling-2026's footer
    footer = "联系方式：0871-12328\n\n承 办：省交通运输厅信息中心\n"
    assert tree(BODY + footer) == tree(BODY)
