"""Metadata guessed without a manifest: round 32's fixes (branch fix32meta, session 28), each with the excerpt it was
written from."""

from __future__ import annotations

from plankg.loaders.structure.front_matter import find_front_matter
from plankg.loaders.text.read import guess_meta

# nm-green-direct-supply-2026 (heldout32): a portal page dumped one HTML element a line
GREEN_DIRECT_SUPPLY = (
    "通知公告_ 内蒙古自治区能源局\n返回首页\n页面放大\n页面缩小\n语音播报\n指读\n大鼠标\n退出长者模式\n通知公告\n"
    "内蒙古自治区能源局关于印发《内蒙古自治区单一电力用户绿电直连项目开发建设实施方案（试行）》的通知\n"
    "发布日期：2026-01-14 23:00\n来源：内蒙古自治区能源局\n朗读\n内能源新能发\n〔\n2\n026\n〕\n1\n号\n"
    "各盟市能源局、有关盟市发展改革委，满洲里市、二连浩特市发展改革委，内蒙古电力公司、国网蒙东电力公司：\n"
    "按照《国家发展改革委 国家能源局关于有序推动绿电直连发展有关事项的通知》（发改能源〔2025〕650号）等有关要求，"
    "自治区能源局研究制定了《内蒙古自治区单一电力用户绿电直连项目开发建设实施方案（试行）》，现印发你们，请认真执行。\n"
    "此通知。\n附件：\n1.内蒙古自治区单一电力用户绿电直连项目开发建设实施方案（试行）\n"
    "2.内蒙古自治区单一电力用户绿电直连项目申报大纲\n内蒙古自治区能源局\n2026年1月13日\n（此件主动公开）\n附件1\n"
    "内蒙古自治区单一电力用户绿电直连项目\n开发建设实施方案（试行）\n为进一步明确自治区单一\n电力\n用户绿电直连项目开发建设\n"
)


def test_a_page_column_over_the_headline_is_no_part_of_the_issuer() -> None:
    # PAGE_COLUMN_LINE: "通知公告" / "内蒙古自治区能源局关于印发…的通知" was read as one notice title wrapped over two
    # lines, its issuer "通知公告内蒙古自治区能源局"
    meta = guess_meta(GREEN_DIRECT_SUPPLY, "nm", "0" * 64)
    assert meta.issuer == "内蒙古自治区能源局"
    # a notice title wrapped over two lines is still joined
    front = find_front_matter("国家发展改革委 国家能源局\n关于印发《某某实施方案》的通知\n发改能源〔2025〕1号\n")
    assert front is not None and front.issuer == "国家发展改革委 国家能源局"


def test_a_number_and_a_date_broken_one_span_a_line_are_read_whole() -> None:
    # SPAN_BROKEN_NUMBER_DATE: the 文号 one piece a line, the 朗读 button above it no part of it; the annex label over
    # the issued plan's title is none of the title (LEADING_ATTACHMENT_LABEL)
    meta = guess_meta(GREEN_DIRECT_SUPPLY, "nm", "0" * 64)
    assert (meta.doc_number, meta.issued) == ("内能源新能发〔2026〕1号", "2026-01-13")
    assert meta.title == "内蒙古自治区单一电力用户绿电直连项目开发建设实施方案（试行）"
    # md-ne-price-reform-2025 (heldout32): "内发改价费字〔" / "2025" / "〕" / "661" / "号", a date "2025" / "年" / …
    text = (
        "通知公告\n内蒙古自治区发展改革委 能源局关于印发《深化蒙东电网新能源上网电价市场化改革实施方案》的通知\n"
        "朗读\n内发改价费字〔\n2025\n〕\n661\n号\n赤峰市、通辽市发展改革委：\n"
        "我们组织制定了《深化蒙东电网新能源上网电价市场化改革实施方案》，现印发给你们，请认真贯彻执行。\n"
        "内蒙古自治区发展和改革委员会\n内蒙古自治区能源局\n2025\n年\n5\n月\n29\n日\n"
    )
    front = find_front_matter(text)
    assert front is not None and (front.doc_number, front.issued) == ("内发改价费字〔2025〕661号", "2025-05-29")
    # a 文号 cited in the issuing sentence, broken the same way, leaves the sentence one line: the notice reads on to
    # its signature and date
    text = text.replace(
        "我们组织制定了",
        "为贯彻落实《关于深化新能源上网电价市场化改革\n促进新能源高质量发展的通知》（发改价格〔\n2025\n〕\n136\n"
        "号）文件精神，我们组织制定了",
    )
    front = find_front_matter(text)
    assert front is not None and front.issued == "2025-05-29"
    assert front.documents == ("深化蒙东电网新能源上网电价市场化改革实施方案",)


def test_a_reply_with_its_annexed_plan_keeps_its_own_title() -> None:
    # the annex label skipped only under a notice that issues a document: a 批复 is its own document
    # (nat-olympic-airport-committee-2006, heldout6)
    text = (
        "国务院关于同意组建2008年北京奥运会\n首都国际机场协调委员会的批复\n国函〔2006〕38号\n民航总局：\n"
        "你局《关于报送2008年北京奥运会首都国际机场协调委员会组建方案的请示》（民航总局〔2006〕80号）收悉。"
        "现批复如下：\n同意组建2008年北京奥运会首都国际机场协调委员会。协调委员会不刻制印章，不正式行文，"
        "请按照国务院有关文件精神认真组织开展工作。\n附件：2008年北京奥运会首都国际机场协调委员会组建方案\n国务院\n"
        "二〇〇六年五月二十三日\n附件：\n2008年北京奥运会首都国际机场\n协 调 委 员 会 组 建 方 案\n"
        "为做好第29届奥运会期间首都国际机场及相关机场的组织协调工作，保障2008年奥运体育代表团等安全便捷地抵离首都国际机场"
        "及国内相关机场，根据国务院第126次常务会议精神，组建2008年北京奥运会首都国际机场协调委员会（以下简称协调委）。\n"
    )
    meta = guess_meta(text, "olympic", "0" * 64)
    assert meta.title == "国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的批复"


def test_an_e_paper_page_label_and_article_list_are_no_title_and_a_speech_digest_is_a_report() -> None:
    # EPAPER_PAGE_LINE, SPEECH_DIGEST (nat-transport-speech-2024, heldout32): titled "本版新闻列表", an interpretation
    text = (
        "第02版:聚焦2024年全国交通运输工作会议\n本版新闻列表\n\u00a0\n2023年12月22日 星期\n\n"
        "李小鹏部长在2024年全国交通运输工作会议上的讲话摘要版\n\n\n2023年交通运输工作回顾\n\n"
        "2023年是全面贯彻党的二十大精神的开局之年,是三年新冠疫情防控转段后经济恢复发展的一年。\n"
    )
    meta = guess_meta(text, "speech", "0" * 64)
    assert (meta.title, meta.kind) == ("李小鹏部长在2024年全国交通运输工作会议上的讲话摘要版", "report")


def test_a_q_and_a_reported_under_its_repeated_headline_is_titled_by_it() -> None:
    # REPEATED_NEWS_HEADLINE (nat-bluesky-plan-interp-2018, heldout32): titled from its lead, "…答记者问"
    text = (
        "中华网\n\n设为书签Ctrl+D将本页面保存为书签,全面了解最新资讯,方便快捷。\n"
        "军事APP\n当前位置:新闻 > 中国新闻 >\n\n"
        "生态环境部:打赢蓝天保卫战重点为京津冀及周边等\n\n生态环境部:打赢蓝天保卫战重点为京津冀及周边等\n"
        "2018-07-04 20:36:05 新华网\n\n据生态环境部网站消息,蓝天保卫战三年行动计划的目标是什么?……4日,"
        "生态环境部有关负责人就《打赢蓝天保卫战三年行动计划》有关问题回答了记者的提问。\n"
    )
    meta = guess_meta(text, "bluesky", "0" * 64)
    assert (meta.title, meta.kind, meta.issuer) == (
        "生态环境部:打赢蓝天保卫战重点为京津冀及周边等",
        "interpretation",
        "生态环境部",
    )
    # without the repeated headline the lead still titles it (INTERVIEW_TITLE)
    once = text.replace("生态环境部:打赢蓝天保卫战重点为京津冀及周边等\n\n", "", 1)
    meta = guess_meta(once, "bluesky", "0" * 64)
    assert meta.title == "生态环境部有关负责人就《打赢蓝天保卫战三年行动计划》答记者问"


def test_a_goal_year_alone_over_its_nian_is_no_page_number() -> None:
    # SPAN_BROKEN_GOAL_YEAR (nm-green-direct-supply-2026): "2030" dropped as a page number, years 2026-2026
    meta = guess_meta(GREEN_DIRECT_SUPPLY + "，并不断提高自发自用比例，\n2030\n年前不低于\n35%\n。\n", "nm", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2026, 2030)
