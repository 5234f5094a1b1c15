"""Metadata guessed without a manifest: session 33's round 42/43 fixes (branch fixmeta42), each with the excerpt it was
written from (texts as plankg reads them)."""

from __future__ import annotations

from plankg.loaders.structure.front_matter import find_front_matter
from plankg.loaders.text.formats import headline_element
from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# nat-electrolytic-aluminium-2011 (heldout42): a news item wrapping the notice it reports
NEWS_WRAPPED_NOTICE = (
    "九部门紧急通知遏制电解铝行业产能过剩和重复建设\n"
    "发布时间：2011-04-21 发布人：\n"
    "工业和信息化部网站4月20日消息，工业和信息化部、国家发展和改革委员会等部门联合印发了"
    "《关于遏制电解铝行业产能过剩和重复建设引导产业健康发展的紧急通知》。\n"
    "《通知》称，自通知下发之日起，各地要立即叫停拟建电解铝项目。具体内容如下：\n"
    "关于遏制电解铝行业产能过剩和重复建设引导产业健康发展的紧急通知\n"
    "工信部联原[2011]177号\n"
    "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业主管部门、发展改革委：\n"
    "电解铝是国民经济建设所需要的重要原材料，我国铝工业取得了积极进展。\n"
    "一、统一思想认识，转变发展方式。各地区、各部门要严格执行国家产业政策。\n"
)


def test_the_title_line_over_a_wrapped_notices_number_titles_the_document() -> None:
    # TITLE_ABOVE_NUMBER: before, the notice was found from its 文号 untitled, the text titled by its file
    front = find_front_matter(NEWS_WRAPPED_NOTICE)
    assert front is not None
    assert front.title == "关于遏制电解铝行业产能过剩和重复建设引导产业健康发展的紧急通知"
    assert front.doc_number == "工信部联原[2011]177号"
    meta = guess_meta(NEWS_WRAPPED_NOTICE, "stem", SHA)
    assert meta.title == "关于遏制电解铝行业产能过剩和重复建设引导产业健康发展的紧急通知"


def test_a_sentence_over_a_number_is_no_title() -> None:
    # TITLE_ABOVE_NUMBER: only a line that ends as a document's title and holds no sentence mark
    title = "关于遏制电解铝行业产能过剩和重复建设引导产业健康发展的紧急通知\n"
    text = NEWS_WRAPPED_NOTICE.replace(title, "")
    front = find_front_matter(text)
    assert front is not None and front.title == ""


# nb-commerce-award-2007 (heldout42): the notice's title and its bracketed 文号 in one block
TITLE_AND_NUMBER = (
    "宁波市人民政府办公厅关于印发2007宁波市商贸流通服务业评价与奖励办法的通知 （甬政办发〔2007〕153号）\n"
    "二○○七年八月七日\n"
    "2007年宁波市商贸流通服务业评价与奖励办法\n"
    "为进一步贯彻落实全市商贸流通服务业工作会议精神，推动我市商贸流通服务业实现又好又快发展，特制定本办法。"
    " 一、评价对象 （一）各县（市）、区人民政府； （二）市级有关部门和单位。\n"
)


def test_a_notice_title_with_its_number_on_one_line_is_a_notice() -> None:
    # NOTICE_TITLE_WITH_NUMBER: before, no notice was found; the title lost its 年, the issuer and 文号 were empty
    front = find_front_matter(TITLE_AND_NUMBER)
    assert front is not None
    assert (front.issuer, front.doc_number) == ("宁波市人民政府办公厅", "甬政办发〔2007〕153号")
    assert front.issued == "2007-08-07"
    meta = guess_meta(TITLE_AND_NUMBER, "stem", SHA)
    assert meta.title == "2007年宁波市商贸流通服务业评价与奖励办法"
    assert meta.issuer == "宁波市人民政府办公厅"
    assert (meta.start_year, meta.end_year) == (2007, 2007)


# nat-rd-guides-2021-draft (heldout42): a draft guide's proposal
GUIDE_PROPOSAL = (
    "“制造基础技术与关键部件”重点专项2021 年度项目申报指南建议（征求意见稿）\n"
    "为落实《国家中长期科学和技术发展规划纲要（2006—2020 年）》《国家创新驱动发展战略纲要》等规划，国家重点研发计划启动"
    "实施“制造基础技术与关键部件”重点专项。根据本重点专项实施方案的部署，现提出 2021 年度项目申报指南建议。\n"
    "1. 基础前沿\n1.1 滚动轴承基础物理参数检测技术\n"
)


def test_a_guides_proposal_titles_its_text() -> None:
    # GUIDE_PROPOSAL_ENDING: before, titled by its file, its years 2006-2020 from the cited outline
    meta = guess_meta(GUIDE_PROPOSAL, "stem", SHA)
    # without its （征求意见稿） since fixmeta58's COMMENT_DRAFT_MARK (the gold's convention since round 48; round 42's
    # gold keeps it, the one title of the split it costs)
    assert meta.title == "“制造基础技术与关键部件”重点专项2021 年度项目申报指南建议"
    assert (meta.start_year, meta.end_year) == (2021, 2021)


# gd-animal-epidemic-2010 (heldout42): a JSP portal's page headlining a regulation
REGULATION_PAGE = (
    '<html><head><title>信息服务 >> 政策法规 >> 动植物防疫</title></head><body><div class="ahead">'
    '<p class="title">广东省动物防疫条例</p><p>文章来源：农业部&nbsp;&nbsp;发布时间：2011-11-14</p></div>'
    '<div class="content"><p>第一条　为了加强对动物防疫工作的管理，制定本条例。</p></div></body></html>'
)


def test_a_headline_of_class_title_naming_a_regulation_titles_the_page() -> None:
    # REGULATION_HEADLINE: before, the breadcrumb titled the page
    breadcrumb = "信息服务 >> 政策法规 >> 动植物防疫"
    assert headline_element(REGULATION_PAGE.encode("utf-8"), breadcrumb) == "广东省动物防疫条例"


# bj-charging-rewards-2024 (heldout27): a portal's validity mark before the notice title with its 文号
MARKED_NOTICE = (
    "（失效）北京市城市管理委员会关于印发2024年北京市电动汽车充换电设施建设运营奖励实施细则的通知（京管发〔2024〕9号）\n\n"
    "2024-11-21 11:53\n\n各有关单位：\n\n"
    "现将《2024年北京市电动汽车充换电设施建设运营奖励实施细则》印发给你们，请认真贯彻落实。\n"
)


def test_a_validity_mark_is_no_part_of_the_issuer() -> None:
    # VALIDITY_MARK: read by NOTICE_TITLE_WITH_NUMBER, the issuer was "（失效）北京市城市管理委员会"
    front = find_front_matter(MARKED_NOTICE)
    assert front is not None
    assert (front.issuer, front.doc_number) == ("北京市城市管理委员会", "京管发〔2024〕9号")


def test_the_story_wrapping_a_document_names_its_issuers() -> None:
    # STORY_ISSUERS: before, the unsigned notice below the story had no issuer
    meta = guess_meta(NEWS_WRAPPED_NOTICE, "stem", SHA)
    assert meta.issuer == "工业和信息化部、国家发展和改革委员会"


# nat-unified-market-speech-2025 (heldout43): part of a speech, as a journal printed it
SPEECH_PART = (
    "纵深推进全国统一大市场建设\n"
    "建设全国统一大市场，是党中央作出的重大决策。\n"
    "建设全国统一大市场，既是攻坚战，也是持久战，各地区各部门要从政治和全局高度抓好落实。\n"
    "来源：《求是》2025年第18期\n"
    "（习近平总书记2025年7月1日在二十届中央财经委员会第六次会议上讲话的一部分）\n"
)


def test_a_closing_note_naming_a_speech_makes_the_text_its_speakers_report() -> None:
    # SPEECH_PART_NOTE: before, a plan without an issuer
    meta = guess_meta(SPEECH_PART, "stem", SHA)
    assert (meta.title, meta.kind, meta.issuer) == ("纵深推进全国统一大市场建设", "report", "习近平")
