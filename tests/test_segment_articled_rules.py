"""A rule text made of articles, read inline (round 17's one-line ministry rules, branch fix17seg): its chapters are
its headings, each title ending before the first article glued to it, and the （一） points inside its articles are
clauses, not sections."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def tree(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


# mee-info-disclosure-2019 (heldout17, one line), shortened.
RULES = (
    "生态环境部政府信息公开实施办法第一章 总 则第一条为了保障公民、法人和其他组织依法获取生态环境部政府信息，"
    "提高政府工作的透明度，制定本办法。第二条本办法所称政府信息，是指生态环境部机关在履行生态环境管理职能过程中"
    "制作或者获取的信息。第三条办公厅负责组织协调政府信息公开日常工作。具体职能是：（一）组织办理政府信息公开事宜；"
    "（二）维护和更新公开的政府信息；（三）组织开展对拟公开政府信息的审查。第二章 主动公开第四条对涉及公共利益"
    "调整、需要公众广泛知晓的政府信息，应当主动公开。第五条主动公开的政府信息通过下列方式公开：（一）生态环境部"
    "政府网站；（二）广播、电视、报刊等新闻媒体。第三章 附 则第六条本办法由办公厅负责解释。第七条本办法自印发之日"
    "起施行，原有关规定同时废止，以前发布的其他规定与本办法不一致的，以本办法为准。"
)


def test_a_chapter_title_ends_before_its_first_article() -> None:
    # ARTICLE_ENDS_CHAPTER_TITLE: "总 则第一条为了保障公民…" was the chapter's title
    assert [(level, title) for level, _, title in tree(RULES)][:2] == [(1, "总 则"), (1, "主动公开")]


def test_the_points_of_an_article_are_no_sections() -> None:
    # ARTICLED_RULE_CLAUSES: "具体职能是：（一）组织办理政府信息公开事宜；…" were level-2 sections
    assert tree(RULES) == [(1, "第一章", "总 则"), (1, "第二章", "主动公开"), (1, "第三章", "附 则")]
