"""Round 31's Word attachments and news pages (fix31seg, session 27). Each excerpt is quoted from round 31's texts
(tests/realworld/texts); each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta
from tests.segmenting import tree

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


# hn-weight-action-news-2025 as read from its Word file (shortened): a poster block of bold short lines breaking a
# sentence, one of them inside a cited title, before the report's paragraphs
POSTER_BLOCK = (
    "5月13日上午\n“海南自贸港政策解读”\n系列主题新闻发布会——\n《海南省将健康\n融入所有政策实施方案》专场举行\n\n"
    "记者从会上获悉\n今年\n“国家喊你来减重”火爆出圈\n"
    "**《海南省将健康融入**\n**所有政策实施方案》中也提出**\n**开展健康体重管理与健康食品产业**\n**协同发展行动**\n\n"
    "海南省卫生健康委员会党委委员、副主任、新闻发言人张毓辉在发布会上表示，“健康体重管理与健康食品产业协同发展行动”"
    "是海南将健康融入所有政策实施方案中的创新行动，它属于三大行动中的“主动健康协同”行动，是卫生健康发展的新理念。\n\n"
    "同时，积极通过多元化的合作，形成“健康食品产业”发展的新动力，推进健康食品向高质量、多元化、个性化的方向发展，"
    "推动健康食品产业转型升级，更好地维护人民群众身心健康。\n"
)


def test_a_line_breaking_a_cited_title_is_no_heading() -> None:
    # BROKEN_BOOK_TITLE: before, both halves of the cited title were level-1 headings
    titles = [title for _, _, title in tree(POSTER_BLOCK)]
    assert not any("《" in title or "》" in title for title in titles)


# hn-weight-action-news-2025 as read from its Word file (shortened): the account/date line under the headline, over
# the poster block
ACCOUNT_ARTICLE = (
    "**事关“减重”，海南将从这六方面推动→**\n"
    "海南发布 2025年05月13日 16:44 海南 \n\n"
    "5月13日上午\n“海南自贸港政策解读”\n系列主题新闻发布会——\n《海南省将健康\n融入所有政策实施方案》专场举行\n\n"
    "海南省卫生健康委员会党委委员、副主任、新闻发言人张毓辉在发布会上表示，“健康体重管理与健康食品产业协同发展行动”"
    "是海南将健康融入所有政策实施方案中的创新行动，它属于三大行动中的“主动健康协同”行动，是卫生健康发展的新理念。\n\n"
    "同时，积极通过多元化的合作，形成“健康食品产业”发展的新动力，推进健康食品向高质量、多元化、个性化的方向发展，"
    "推动健康食品产业转型升级，更好地维护人民群众身心健康。\n"
)


def test_an_account_date_line_is_no_heading() -> None:
    # ACCOUNT_DATE_LINE: before, "海南发布 2025年05月13日 16:44 海南" was a level-1 heading
    assert not any("16:44" in title for _, _, title in tree(ACCOUNT_ARTICLE))


def test_a_newsroom_credits_line_is_page_furniture() -> None:
    # NEWSROOM_CREDITS (hn-hiap-presser-2025's last line): before, it was a level-1 heading
    from plankg.loaders.rules.structure import FURNITURE_LINES

    for line in ("摄影：李昊编辑：张刘洋内容审核：温锦清值班主任：林明洋", "内容审核：温锦清", "值班主任：林明洋"):
        assert any(rule.pattern.match(line) for rule in FURNITURE_LINES if rule.name == "publication-metadata")
