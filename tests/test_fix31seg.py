"""Round 31's Word attachments and news pages (fix31seg, session 27). Each excerpt is quoted from round 31's texts
(tests/realworld/texts); each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

# hn-healthy-weight-2025 as read from its Word file (shortened): the 附件4 label, the title over two paragraphs
HEALTHY_WEIGHT = (
    "附件4\n\n海南省健康体重管理与健康食品产业\n发展行动\n\n"
    "体重与人体健康状况密切相关，是反映健康常用的重要指标。低体重影响人体免疫力，超重肥胖是导致心脑血管疾病、"
    "糖尿病和部分癌症等慢性病的重要危险因素。\n"
    "一、主要目标\n多部门协同实施健康体重管理行动，建立体重管理社会支持性环境。\n"
)


def test_an_action_titled_by_its_last_word_is_a_plan_title() -> None:
    # ACTION_TITLE_END: before, the title was the first paragraph alone, and the document an interpretation
    meta = guess_meta(HEALTHY_WEIGHT, "hn-healthy-weight-2025", "0" * 64)
    assert meta.title == "海南省健康体重管理与健康食品产业发展行动"
    assert meta.kind == "plan"


# gs-expressway-fyp12-news-2011 as read from its JSP page (shortened): a news headline with a bare period
EXPRESSWAY_NEWS = (
    "加快路网建设 甘肃十二五将开建17条高速\n"
    "“十二五”期间，甘肃将开建17条高速公路；到2015年，全省建成和在建的高速公路总里程突破5500公里；\n"
    "截至2010年底，全省建成和在建的高速公路总里程突破3000公里，其中高速公路通车里程达到2000公里。\n"
)


def test_a_news_headline_names_its_period_without_quotes() -> None:
    # NEWS_HEADLINE_PERIOD: before, the period and years were empty
    meta = guess_meta(EXPRESSWAY_NEWS, "gs-expressway-fyp12-news-2011", "0" * 64)
    assert meta.period == "十二五"
    assert (meta.start_year, meta.end_year) == (2011, 2015)


def test_a_bare_period_after_a_numeral_or_before_a_unit_is_none() -> None:
    from plankg.loaders.text.read import TITLE_PERIOD

    assert TITLE_PERIOD.search("每天锻炼十二五分钟") is None
    assert TITLE_PERIOD.search("第十二五号公告") is None


# sd-health-knowledge-2025 as read from its Word file (shortened): the account's labelled headline over its name
LABELLED_HEADLINE = (
    "**权威发布丨山东：推进“将健康融入所有政策” 通过健康知识普及行动向群众提供权威准确的健康科普知识**\n\n"
    "**闪电新闻**\n\n"
    "2025-02-21 12:13发布于山东山东广播电视台《闪电新闻》官方账号\n"
    "**+关注**\n\n"
    "齐鲁网·闪电新闻2月21日讯\u00a0为增强群众健康意识，扎实开展全省健康知识普及行动，推动“每个人是自己健康第一"
    "责任人”的理念深入人心。\n"
)


def test_a_labelled_account_headline_is_the_title() -> None:
    # LABELLED_NEWS_HEADLINE: before, the text was titled by its file name
    meta = guess_meta(LABELLED_HEADLINE, "sd-health-knowledge-2025", "0" * 64)
    assert meta.title == "权威发布丨山东：推进“将健康融入所有政策” 通过健康知识普及行动向群众提供权威准确的健康科普知识"
