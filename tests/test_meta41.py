"""Metadata guessed without a manifest: session 32's round 40/41 fixes (branch fixmeta41), each with the excerpt it was
written from (texts as plankg reads them)."""

from __future__ import annotations

from plankg.loaders.text.formats import read_html
from plankg.loaders.text.read import guess_meta, source_name

SHA = "0" * 64

# nat-emergency-plan-management-2016 (heldout41): a decree that promulgates a revised rule
REVISED_DECREE = (
    "国家安全生产监督管理总局令\n\n第88号\n"
    "修订后的《生产安全事故应急预案管理办法》已经 2016 年 4 月 15 日 "
    "国家安全生产监督管理总局第13次局长办公会议审议通过，"
    "现予公布，自 2016 年 7 月 1 日起 施行。\n局长 杨焕宁\n2016 年 6 月 3 日\n\n生产安全事故应急预案管理办法\n\n"
    "第一章 总 则\n\n第一条 为规范生产安全事故应急预案管理工作，制定本办法。\n"
)


def test_a_decree_of_a_revised_rule_is_titled_by_the_rule() -> None:
    # REVISED_PROMULGATED: before, titled by its order line "国家安全生产监督管理总局令"
    meta = guess_meta(REVISED_DECREE, "stem", SHA)
    assert meta.title == "生产安全事故应急预案管理办法"
    assert meta.issuer == "国家安全生产监督管理总局"


# nat-national-security-law-2015 (heldout40): a 主席令 numbered in Chinese numerals, the law adopted by the congress
PRESIDENT_ORDER = (
    "中华人民共和国主席令  第 二十九 号\n"
    "《中华人民共和国国家安全法》已由中华人民共和国第十二届全国人民代表大会常务委员会第十五次会议于2015年7月1日通过，"
    "现予公布，自公布之日起施行。\n中华人民共和国主席 习近平\n2015年7月1日\n"
    "中华人民共和国国家安全法  （2015年7月1日第十二届全国人民代表大会常务委员会第十五次会议通过）\n目录\n第一章 总则\n"
)


def test_a_presidents_order_is_titled_by_the_law_it_promulgates() -> None:
    # PRESIDENT_ORDER_NUMBER: before, titled "中华人民共和国主席令  第"
    assert guess_meta(PRESIDENT_ORDER, "stem", SHA).title == "中华人民共和国国家安全法"


# the gov.cn fragment's order line: the number's runs after a <br> in bold
PRESIDENT_ORDER_PAGE = (
    '<table><tr><td><p align="center"><font size="1"><strong>中华人民共和国主席令<br>\n</strong></font>'
    " 第　<strong>二十九</strong>　号</p>\n"
    "<p>《中华人民共和国国家安全法》已由中华人民共和国第十二届全国人民代表大会常务委员会第十五次会议于2015年7月1日通过，"
    "现予公布，自公布之日起施行。</p>\n<p>中华人民共和国主席 习近平</p>\n<p>2015年7月1日</p>\n"
    "<p><strong>第一章 总则</strong></p>\n<p>第一条 为了维护国家安全，保卫人民民主专政的政权和中国特色社会主义制度，"
    "保护人民的根本利益，根据宪法，制定本法。</p>\n<p>第二条 国家安全是指国家政权、主权、统一和领土完整、人民福祉"
    "相对处于没有危险和不受内外威胁的状态。</p></td></tr></table>"
)


def test_loose_runs_in_a_layout_cell_stay_with_their_paragraph() -> None:
    # LOOSE_RUNS_IN_CELL: before, the order's number "二十九 号" was lost
    text = read_html(PRESIDENT_ORDER_PAGE.encode("utf-8"), "page.html")
    first = text.splitlines()[0]
    assert "二十九" in first and first.rstrip().endswith("号")


# gx-midlong-contract-signing-2025 (heldout40): a letter-spaced red head over two lines
RED_HEAD_OVER_TWO_LINES = (
    "广 西 壮 族 自 治 区\n能 源 局 文 件\n桂能电力 〔 2025 〕 11 号\n广西壮族自治区能源局关于\n"
    "保障 2025 年 电力中长期 合同\n高比例签约 履约 的通知\n"
    "各设区 市 电力 市 场化交易主管部门，广西电力交易中心，各经营主体：\n"
    "为落实好国家上述工作要求， 现将有关事项通知如下：\n"
    "一、非现货结算试运行期间，燃煤发电企业正偏差电量按不同类型进行统计。\n"
)


def test_the_headline_names_the_issuer_a_broken_red_head_cuts() -> None:
    # TITLE_NAMES_ISSUER_IN_FULL: before, "能源局"
    assert guess_meta(RED_HEAD_OVER_TWO_LINES, "stem", SHA).issuer == "广西壮族自治区能源局"


# nat-rice-pest-control-2014, gz-farmer-training-2013 (heldout41): a JSP portal's page
JSP_PAGE = (
    '<%@ page contentType="text/html; charset=utf-8" language="java" %>\n<html><head>'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
    "<title>信息服务 >> 政策法规 >> 惠农政策</title></head><body>"
    '<div class="details"><div class="article"><div class="ahead">'
    '<p class="title">广州市新型农民科技培训工程实施方案</p>'
    "<p>文章来源：广州市农业局科教处&nbsp;&nbsp;&nbsp;&nbsp;\n发布时间：2013-10-05</p></div>"
    '<div class="content"><p>　　根据中央的要求，结合广州市实际情况，制定我市新型农民科技培训工程实施方案。</p>'
    "<p>　　<strong>一、培训目标和任务</strong></p>"
    "<p>　　通过实施新型农民科技培训工程，培养造就一大批觉悟高、懂科技、善经营、会管理的新型农民。"
    "每年培训7000人，培训对象为50岁以下有一定文化基础的农业经营者。</p>"
    "<p>　　<strong>二、培训班设置及安排</strong></p>"
    "<p>　　各培训机构可根据当前农业产业结构调整和农民的报名情况，围绕当地农业主导产业设置培训班。</p>"
    "</div></div></div></body></html>"
)


def test_a_headline_of_class_title_titles_a_page_titled_by_its_breadcrumb() -> None:
    # TITLE_CLASS: before, the text opened with the breadcrumb and was titled by it
    text = read_html(JSP_PAGE.encode("utf-8"), "page.html")
    assert text.startswith("广州市新型农民科技培训工程实施方案")
    meta = guess_meta(text, "stem", SHA)
    assert meta.title == "广州市新型农民科技培训工程实施方案"
    # ENTITY_ENDS_SOURCE, SOURCE_BUREAU_OFFICE
    assert meta.issuer == "广州市农业局"


def test_a_source_field_naming_a_bureaus_office_names_the_bureau() -> None:
    # SOURCE_BUREAU_OFFICE
    assert source_name("广州市农业局科教处") == "广州市农业局"
    assert source_name("广州市农业环境与植物保护总站") == "广州市农业环境与植物保护总站"


# nf-midlong-contract-supervision-2025 (heldout40): a disclosure note under the date, the 版记 on the last page
SIGNED_OVER_DISCLOSURE_NOTE = (
    "南方监能市场〔2025〕142 号\n关于加强辖区中长期批发交易合同\n签约履约监管的通知\n"
    "广州电力交易中心，各有关发电企业：\n为规范辖区电力中长期交易秩序，现就有关事项通知如下。\n"
    "一、依法合规参与电力中长期交易\n各发电企业要充分认识中长期合同的作用。\n"
    "二、强化市场监管与违规查处\n我局将按有关规定进行处理。\n"
    "南方能源监管局\n2025 年 12 月 12 日\n（主动公开）\n\n— 4 —\n"
    "抄送：广东省能源局、广西壮族自治区能源局、海南省发展和改革委员\n会。\n南方能源监管局综合处 2025 年 12 月 12 日印发"
)


def test_a_signature_over_a_disclosure_note_and_a_cut_page_record_is_read() -> None:
    # DISCLOSURE_NOTE_TAIL: before, no issuer
    meta = guess_meta(SIGNED_OVER_DISCLOSURE_NOTE, "stem", SHA)
    assert meta.issuer == "国家能源局南方监管局"
    assert meta.issued == "2025-12-12"


# nat-coal-law-2013 (heldout41): a law under its adoption note
LAW_WITH_ADOPTION_NOTE = (
    "中华人民共和国煤炭法\n（1996年8月29日第八届全国人民代表大会常务委员会第二十一次会议通过 "
    "根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正）\n"
    "目 录\n第一章 总 则\n第一条 为了合理开发利用和保护煤炭资源，制定本法。\n"
)


def test_a_law_is_issued_by_the_congress_that_adopted_it() -> None:
    # LAW_ADOPTING_CONGRESS: before, no issuer
    assert guess_meta(LAW_WITH_ADOPTION_NOTE, "stem", SHA).issuer == "全国人民代表大会常务委员会"
    assert guess_meta(PRESIDENT_ORDER, "stem", SHA).issuer == "全国人民代表大会常务委员会"


def test_a_plan_the_congress_approved_is_not_its_law() -> None:
    # LAW_TITLE: only a text titled as a law takes the adopting congress as its issuer
    text = (
        "国民经济和社会发展第十四个五年规划纲要\n"
        "（2021年3月11日第十三届全国人民代表大会第四次会议通过）\n第一篇 开启新征程\n"
    )
    assert guess_meta(text, "stem", SHA).issuer != "全国人民代表大会"


# nat-coal-rockburst-rules-2018 (heldout40): a notice record without its headline
ADOPTED_AND_ISSUED_RECORD = (
    "各产煤省、自治区、直辖市及新疆生产建设兵团煤矿安全监管部门，有关中央企业：\n"
    "《防治煤矿冲击地压细则》已经2018年4月16日国家煤矿安监局第14次局长办公会议审议通过，现予印发，"
    "自2018年8月1日起施行，请认真贯彻落实。\n国家煤矿安全监察局\n2018年5月2日\n**防治煤矿冲击地压细则**\n"
    "第一章 总 则\n第一条 为了加强煤矿冲击地压防治工作，制定本细则。\n"
)


def test_a_headless_notice_is_titled_by_the_rule_it_adopts_and_issues() -> None:
    # ADOPTED_AND_ISSUED: before, titled by its file
    assert guess_meta(ADOPTED_AND_ISSUED_RECORD, "stem", SHA).title == "防治煤矿冲击地压细则"
