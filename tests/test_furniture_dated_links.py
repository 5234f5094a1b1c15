"""DATED_LINK_RUN (after round 19's score): a saved page's list of the site's other articles, each dated."""

from __future__ import annotations

from plankg.loaders.text.furniture import furniture_spans
from plankg.loaders.text.read import guess_meta

# sxyz-work-2021 (绍兴一中2021年度工作要点, a whole saved school page), the lines above the article as read
PAGE = (
    "推荐阅读\n教育集团全体教职工大会通知[08-18]\n教学楼办公室调整公告(定)[08-12]\n"
    "中共绍兴市第一中学委员会 绍兴市第一中学关于调整绍兴一…[08-14]\n开学工作行事历[08-19]\n"
    "关于开展6月支部主题党日活动的通知[06-29]\n关于公布2021年度工作要点的通知\n绍兴一中2021年度工作要点\n"
    "2021年是国家十四五规划开局之年，也是我校新一轮（2021-2023）高水平发展三年规划制定和启动之年。\n"
)


def test_the_dated_links_and_their_list_name_are_the_sites() -> None:
    cut = {PAGE[s:e].strip() for s, e in furniture_spans(PAGE)}
    assert {"推荐阅读", "开学工作行事历[08-19]", "关于开展6月支部主题党日活动的通知[06-29]"} <= cut
    assert not cut & {"关于公布2021年度工作要点的通知", "绍兴一中2021年度工作要点"}


def test_the_title_is_no_longer_glued_to_the_last_link() -> None:
    assert guess_meta(PAGE, "sxyz-work-2021", "0" * 64).title == "关于公布2021年度工作要点的通知"


def test_two_dated_lines_are_no_list() -> None:
    text = "通知一[08-18]\n通知二[08-12]\n关于公布2021年度工作要点的通知\n"
    assert furniture_spans(text) == []
