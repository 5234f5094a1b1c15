"""Metadata rules written after round 26's first score (branch fix26meta), each with the real excerpt it was written
from, shortened. Each test fails without its rule."""

from __future__ import annotations

from bench.one_line import one_line
from plankg.loaders.text.read import guess_meta

# hn-mlt-price-mechanism-2026 (heldout26): a commission's page in Markdown, its logo, menu and breadcrumb as links
HUNAN_PAGE = (
    "[![](https://fgw.hunan.gov.cn/fgw/xhtml/newimages/logo_m.png)](http://fgw.hunan.gov.cn/)\n\n"
    + "".join(
        f"- [{item}](https://fgw.hunan.gov.cn/fgw/{n}.html)\n"
        for n, item in enumerate(("网站首页", "信息公开", "办事服务", "互动交流", "机关党建", "发展改革", "专题专栏"))
    )
    + "\n[首页](https://fgw.hunan.gov.cn/fgw/index_m.html) > [信息公开](https://fgw.hunan.gov.cn/fgw/xxgk_70899/index.html)"
    " > [通知公告](https://fgw.hunan.gov.cn/fgw/xxgk_70899/tzgg/newxxgklist_nochn.html)\n\n"
    "### 关于完善2026年度电力中长期交易价格机制的通知\n\n"
    "湖南省发展和改革委员会 fgw.hunan.gov.cn时间：2026年01月04日 15:33【字体： _大_ _中_ _小_】\n\n"
    "国网湖南省电力有限公司、湖南电力交易中心有限公司、相关发电企业、售电公司、零售用户：\n\n"
    "为贯彻落实《电力中长期市场基本规则》（发改能源规〔2025〕1656号）等要求，现就完善2026年度电力中长期交易价格机制"
    "有关事项通知如下：\n\n"
    "一、优化中长期价格形成机制。2026年度全省电力中长期交易全面建立灵活价格机制。\n\n"
    "请各市场主体准确把握政策要求，共同维护电力市场秩序。\n\n"
    "湖南省发展和改革委员会\n\n2025年12月31日\n\n"
    "![](https://fgw.hunan.gov.cn/fgw/xhtml/img/W020160701361632689463.jpg)\n\n"
    "信息来源：价调处初审：陶海音审核：田拥军\n\n"
    "## 友情链接：\n\n无障碍辅助工具无法正常工作！\n\n关于完善2026年度电力中长期交易价格机制的通知\n\n33886065"
)


def test_a_page_s_lines_of_links_above_its_headline_are_no_title() -> None:
    # MARKDOWN_LINK_LINE: nine lines of links pushed the headline out of the cover's lines
    meta = guess_meta(HUNAN_PAGE, "t", "0" * 64)
    assert meta.title == "关于完善2026年度电力中长期交易价格机制的通知"


def test_a_page_s_notice_signs_above_the_page_s_image_and_source_line() -> None:
    # SIGNATURE_ABOVE_PAGE_FURNITURE: no 特此通知, and the page goes on past the signature
    meta = guess_meta(HUNAN_PAGE, "t", "0" * 64)
    assert (meta.issuer, meta.issued) == ("湖南省发展和改革委员会", "2025-12-31")


def test_a_page_s_menu_glued_to_its_headline_on_one_line() -> None:
    # GLUED_MARKDOWN_LINKS, and SIGNATURE_ABOVE_PAGE_FURNITURE glued on one line (hn-mlt-price-mechanism-2026)
    meta = guess_meta(one_line(HUNAN_PAGE), "t", "0" * 64)
    assert (meta.title, meta.issuer) == ("关于完善2026年度电力中长期交易价格机制的通知", "湖南省发展和改革委员会")


CHONGQING_FAQ = (
    "![](https://fzggw.cq.gov.cn/zwxx/tzgg/202304/t20230406_11850338_wap.html)\n\n关怀版\n\n"
    "[首页](https://fzggw.cq.gov.cn/wap.html) [政务公开](https://fzggw.cq.gov.cn/zwgk/wap.html)\n\n"
    '[首页](https://fzggw.cq.gov.cn/wap.html "首页") >通知公告\n\n'
    "重庆市居民分时电价有关问题释疑\n\n\n日期：2023-04-06来源：重庆市发展改革委\n\n【字体：大中小】\n\n"
    "1.为什么要建立居民分时电价机制？\n\n"
    "    这是根据我市当前用电的实际情况来制定的。我市电力系统峰谷差较大。\n\n"
    "    2.居民可否选择不执行分时电价？\n\n    可以的。居民用户可以根据家庭用电情况自愿选择是否执行。\n\n"
    "重庆市发展和改革委员会\n\n2023年4月6日\n\n"
    "[渝公网安备 50019002501601号](http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=50019002501601)"
    " [![](https://fzggw.cq.gov.cn/images/slyhwzafw.jpg)](http://wza.isc.org.cn/rzpt/bsgl/dt/20250715/4138.html)"
)


def test_a_commission_s_questions_answered_are_headed_and_signed_above_footer_links() -> None:
    # POLICY_QA_TITLES (释疑) and MARKDOWN_LINKS_TAIL (the footer's links under the date): cq-tou-price-faq-2023
    meta = guess_meta(CHONGQING_FAQ, "t", "0" * 64)
    assert (meta.title, meta.kind) == ("重庆市居民分时电价有关问题释疑", "interpretation")
    assert (meta.issuer, meta.start_year, meta.end_year) == ("重庆市发展和改革委员会", 2023, 2023)


def test_the_same_questions_crawled_onto_one_line_with_the_page_s_footer() -> None:
    # GLUED_MARKDOWN_LINKS (the breadcrumb's unlinked column 通知公告 cut with it) and FOOTER_MARKS (返回顶部, 版权所有)
    text = one_line(
        CHONGQING_FAQ.replace("2023年4月6日\n\n", "2023年4月6日\n\n返回顶部\n\n重庆市发展和改革委员会版权所有\n\n")
    )
    meta = guess_meta(text, "t", "0" * 64)
    assert (meta.title, meta.issuer, meta.issued) == (
        "重庆市居民分时电价有关问题释疑",
        "重庆市发展和改革委员会",
        "2023-04-06",
    )


def test_the_issuers_of_a_title_found_in_a_page_s_table_under_its_toolbar() -> None:
    # ISSUER_OF_FOUND_TITLE (gx-power-trading-2025): the page opens with its accessibility toolbar, one word a line
    title = "广西壮族自治区能源局 国家能源局南方监管局关于2025年广西电力市场化交易工作有关事项的通知"
    text = (
        "页面\n\n大\n\n小\n\n配色\n\n无\n\n字\n\n辅助线\n\n开\n\n重置\n\n19450555\n\n"
        f"{title}\n\n"
        "| 基本信息 |  |\n| --- | --- |\n| 标题： | " + title + " |\n| 文号： | 桂能电力〔2024〕594号 |\n"
        "| 成文日期： | 2024-12-21 |\n\n"
        f"# {title}\n\n各市、县发展改革委（能源局），各有关单位：\n\n"
        "为做好2025年广西电力市场化交易工作，现将有关事项通知如下：\n\n# 一、市场主体\n\n（一）发电企业。\n"
    )
    meta = guess_meta(text, "t", "0" * 64)
    assert meta.issuer == "广西壮族自治区能源局 国家能源局南方监管局"


PRESSER = (
    "搜索搜索\n\n"
    "[首页](https://www.mofcom.gov.cn/index.html) _>_ [政策解读](https://www.mofcom.gov.cn/zcjd/index.html) _>_"
    " [国内贸易](https://www.mofcom.gov.cn/zcjd/gnmy/index.html)\n\n"
    "来源：国新网\n类型：转载 分类：新闻 2026-01-06 16:59\n\n"
    "盛秋平副部长出席国新办发布会介绍推进绿色消费有关情况"
    "[\\[政策原文\\]](https://ltfzs.mofcom.gov.cn/gztz/art/2026/art_e5d0ed39982846cc9163c5dbbff8ebb5.html)\n\n"
    "**国务院新闻办新闻局副局长、新闻发言人 周建设:**\n\n"
    "女士们、先生们，大家下午好！今天我们邀请到商务部副部长盛秋平先生，请他向大家介绍有关情况。\n\n"
    "**商务部副部长 盛秋平:**\n\n"
    "开展绿色消费是践行绿色低碳发展理念的重要抓手，为“十五五”时期经济社会高质量发展作出重要贡献。\n"
)


def test_a_press_conference_reposted_by_a_ministry() -> None:
    # NEWS_HEADLINE_IN_COVER, MARKDOWN_LINKS_TAIL (the link glued to the headline), PRESS_CONFERENCE_SPEAKER,
    # NEWS_DATELINE, NEWS_BODY_PERIOD (nat-green-consumption-presser-2026)
    meta = guess_meta(PRESSER, "t", "0" * 64)
    assert (meta.title, meta.kind) == ("盛秋平副部长出席国新办发布会介绍推进绿色消费有关情况", "interpretation")
    assert (meta.issuer, meta.issued, meta.period, meta.start_year, meta.end_year) == (
        "商务部",
        "2026-01-06",
        "",
        2026,
        2026,
    )


def test_a_release_headlined_by_who_issued_the_document() -> None:
    # HEADLINE_ISSUED_DOCUMENT (nat-carbon-peak-assessment-2026, heldout24, a gov.cn page under its menu of links)
    text = (
        "- [首页](https://www.gov.cn/)\n- [政策](https://www.gov.cn/zhengce/)\n\n"
        "## 中共中央办公厅 国务院办公厅印发《碳达峰碳中和综合评价考核办法》\n\n"
        "_发布时间：2026-04-23_ _来源：中国政府网_\n\n"
        "新华社北京4月23日电 近日，中共中央办公厅、国务院办公厅印发《碳达峰碳中和综合评价考核办法》，并发出通知，"
        "要求各地区各部门认真遵照执行。\n\n《碳达峰碳中和综合评价考核办法》全文如下。\n\n碳达峰碳中和综合评价考核办法\n\n"
        "第一章\u3000总则\n\n第一条\u3000为了发挥碳达峰碳中和的战略牵引作用，制定本办法。\n"
    )
    meta = guess_meta(text, "t", "0" * 64)
    assert (meta.title, meta.issuer) == ("碳达峰碳中和综合评价考核办法", "中共中央办公厅 国务院办公厅")


def test_a_regulation_adopted_at_a_session_numbered_in_arabic_digits() -> None:
    # ARABIC_SESSION (xn-civilized-behavior-regs-2019, heldout24, a Word file)
    text = (
        "西宁市文明行为促进条例\n（2019年7月12日西宁市第十六届人民代表大会常务委员会第22次会议通过  2019年7月31日"
        "青海省第十三届人民代表大会常务委员会第十一次会议批准）\n第一章  总则\n第一条  为倡导文明行为，制定本条例。\n"
    )
    assert guess_meta(text, "t", "0" * 64).issuer == "西宁市人民代表大会常务委员会"


def test_a_notice_title_without_the_issued_opinion_s_guan_yu_on_one_line() -> None:
    # ISSUED_IN_FULL (nat-hospital-pharmacy-2020, a PDF's text crawled onto one line: no front matter read)
    text = (
        "卫生健康委 教育部 财政部 人力资源社会保障部医保局 药监局关于印发加强医疗机构药事管理促进合理用药的意见的通知"
        "（国卫医发〔2020〕2 号）各省、自治区、直辖市人民政府，新疆生产建设兵团：经国务院同意，现将《关于加强医疗机构"
        "药事管理促进合理用药 的意见》印发给你们，请认真贯彻执行。卫生健康委 教 育 部财 政 部 人力资源社会保障部"
        "医 保 局 药 监 局2020年2月21日关于加强医疗机构药事管理促合理用药的意见加强医疗机构药事管理，是建立健全现代医院"
        "管理制度的重要内容。"
    )
    meta = guess_meta(text, "t", "0" * 64)
    assert meta.title == "关于加强医疗机构药事管理促进合理用药的意见"
    # TITLE_BRACKETED_NUMBER: the bracketed 文号 after the run-on notice title is no qualifier of it
    assert meta.doc_number == "国卫医发〔2020〕2号"
