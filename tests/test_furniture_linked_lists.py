"""LINKED_LIST_NAME (after round 19's second wave): a portal's menus kept as Markdown link lists, each under a
short name, are the site's; LETTER_SPACED_TOP: a bare top number may head a letter-spaced title (1  概  述)."""

from __future__ import annotations

from plankg.loaders.rules.structure import LINKED_LIST
from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

# fl-energy-station-2023 (涪陵区综合能源站发展规划, a district portal page in Markdown), shortened
PAGE = (
    "## 政策原文\n\n部  门\n\n"
    '- [区发展改革委](http://www.fl.gov.cn/bm/fzggw/ "区发展改革委")\n'
    '- [区财政局](http://www.fl.gov.cn/bm/czj/ "区财政局")\n'
    '- [区经济信息委](http://www.fl.gov.cn/bm/jjxxw/ "区经济信息委")\n\n'
    "街  镇\n\n"
    '- [涪陵高新区（涪陵综保区）](http://www.fl.gov.cn/jz/xcq/ "涪陵高新区（涪陵综保区）")\n'
    '- [马鞍街道办事处](http://www.fl.gov.cn/jz/majd/ "马鞍街道办事处")\n'
    '- [李渡街道办事处](http://www.fl.gov.cn/jz/ldjd/ "李渡街道办事处")\n\n'
    "**涪陵区综合能源站发展规划**\n\n**1  概  述**\n\n1.1 规划背景\n\n"
    "党的二十大报告明确指出，要推动战略性新兴产业融合集群式发展。\n\n"
    "1.2 规划依据\n\n（1）《中华人民共和国安全生产法》；\n\n"
    "**2  现状分析**\n\n2.1 涪陵区概况\n\n涪陵区位于重庆市中部。\n"
)


def test_a_menu_and_its_name_are_one_match() -> None:
    assert [m.group().split("\n")[0] for m in LINKED_LIST.finditer(PAGE)] == ["部  门", "街  镇"]


def test_the_plan_outline_starts_at_its_own_first_chapter() -> None:
    plan = load_plan(PAGE, PlanMeta(id="fl-energy-station-2023", title="涪陵区综合能源站发展规划（2023—2030年）"))
    assert [(s.level, s.title) for s in plan.sections][:3] == [(1, "概  述"), (2, "规划背景"), (2, "规划依据")]
    assert not any(s.title in ("部  门", "街  镇") for s in plan.sections)


def test_a_list_of_two_links_is_no_menu() -> None:
    text = '参考\n\n- [文件一](http://a.cn/1 "文件一")\n- [文件二](http://a.cn/2 "文件二")\n'
    assert LINKED_LIST.search(text) is None
