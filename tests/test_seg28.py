"""Session 28's heading rules (branch seg28). Excerpts are quoted from the scored rounds' texts (tests/realworld/texts);
each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline

# nat-aquatic-biodiversity-2018 (round 28), a one-line crawl of gov.cn: the 保障措施 titles glued to their paragraphs
AQUATIC_MEASURES = (
    "六、保障措施（一）加强组织领导国务院各部门按照职责分工,建立协调联络机制,密切沟通配合,落实监管责任。"
    "（二）完善资金机制地方政府要整合现有资金渠道，提高使用效率，建立长期、稳定的资金投入机制。"
    "（三）加强执法检查有关各级人民政府和行业主管部门要加强对捕捞、养殖、废污水排放等涉水行为的监管力度。"
    "（四）强化科技支撑完善科技支撑体系，加强珍稀濒危水生生物繁育技术研究。"
    "（五）推动公众参与加强宣传教育引导，通过电视、网络及微信、微博等新媒体，营造水生生物多样性保护的舆论氛围，"
    "提升公众对水生生物多样性保护的认知水平。"
)


def test_a_word_ending_in_a_conjunction_s_character_joins_nothing() -> None:
    # CONJUNCTION_IN_WORD: before, 加强 after 参与 read as a second verb joined by 与, and the title ran to the comma
    titles = [h.title for h in headings_inline(AQUATIC_MEASURES)]
    assert "推动公众参与" in titles


# nat-enforcement-quiz-2020 (round 23), a one-line mee.gov.cn notice: its parts' titles glued to their paragraphs
QUIZ_PARTS = (
    "一、竞赛时间和参与对象竞赛时间为2020年10月20日至11月20日。参与对象为各省份所有在编在职生态环境执法人员。"
    "二、竞赛内容竞赛内容包括政治理论、生态环境相关政策、生态环境相关法律法规和监管执法相关规章制度等4大类（详见附件）。"
)


def test_a_sentence_restating_the_title_s_first_words_ends_it_and_a_year_is_no_repeat() -> None:
    # RESTATED_OPENING_WORDS and REPEAT_NOT_DIGITS: before, the title was cut inside the year, "…竞赛时间为20"
    titles = [h.title for h in headings_inline(QUIZ_PARTS)]
    assert titles[0] == "竞赛时间和参与对象"
    assert "竞赛内容" in titles


QUIZ_MODES = (
    "三、竞赛方式本次竞赛通过微信小程序开展，无需下载APP或关注微信公众号。"
    "（一）“匹配对战”模式本模式每人每天最多参加5轮次，工作日任一时间均可参加，每轮对战最多用时50秒。"
    "（二）“每周一测”模式本模式每人每周最多参加1次，工作日任一时间均可参加，每次答题限时30分钟完成。"
)


def test_a_sentence_naming_the_title_s_noun_as_this_one_ends_it() -> None:
    # RESTATED_AS_THIS: before, the titles ran on to "…每轮对战最多用时50秒"
    titles = [h.title for h in headings_inline(QUIZ_MODES)]
    assert "“匹配对战”模式" in titles and "“每周一测”模式" in titles


# nat-eia-permit-supervision-2021 (round 28), a one-line mee.gov.cn crawl
EIA_REQUIREMENTS = (
    "五、工作要求（一）认真组织实施高度重视、精心部署，加强组织领导。强化人员和经费保障，及时通报进展情况，使行动计划取得"
    "实效。（二）坚持问题导向聚焦重点区域和重点行业的突出问题，依法严厉查处，推动落实建设（排污）单位的主体责任。"
)


def test_an_opener_ending_the_first_clause_before_a_list_opens_the_sentence() -> None:
    # OPENER_LISTED_AFTER: before, 高度重视 ending the clause read as the title's last word, "认真组织实施高度重视"
    titles = [h.title for h in headings_inline(EIA_REQUIREMENTS)]
    assert "认真组织实施" in titles


# mee-envday-2020 (lineage9), a one-line mee.gov.cn notice: its first part's title glued to a sentence that opens
# with the year, then names the title's words again
ENVDAY_THEME = (
    "一、统一宣传主题2020年六五环境日宣传主题继续沿用“美丽中国，我是行动者”。2020年是全面建成小康社会的收官之年。"
    "二、创新宣传方式各地要结合实际，创新宣传方式。"
)


def test_a_title_restated_after_the_year_its_sentence_opens_with_ends_before_the_year() -> None:
    # RESTATED_AFTER_YEAR: before seg28 the title was cut inside the year ("统一宣传主题20"), after it
    # (REPEAT_NOT_DIGITS) it ran on to the sentence ("统一宣传主题2020年六五环境日宣传主题"): lineage9 lost a link
    titles = [h.title for h in headings_inline(ENVDAY_THEME)]
    assert titles[0] == "统一宣传主题"
