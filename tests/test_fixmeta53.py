"""Metadata guessed without a manifest: session 39's fixes after round 53's first score (branch fixmeta53), each with
the excerpt it was written from (texts as plankg reads them)."""

from __future__ import annotations

from bench.one_line import one_line
from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# pt-road-safety-three-year-plan-2016 (heldout53): a portal archive's crawler header over the page on one line
CRAWLED_HEADER = (
    "标题: 平潭综合实验区市场监督管理局关于印发《道路交通安全综合整治“三年提升工程”实施方案》的通知\n"
    "发布时间: 2016-05-20 18:09\n"
    "文号: \n"
    "发布机构: 平潭综合实验区市场监督管理局\n"
    "栏目: 部门文件\n"
    "原文链接: https://www.pingtan.gov.cn/zwgk/zxwj/bmwj/201612/t20161223_6320.htm\n"
    "本地目录: zwgk/zxwj/bmwj/201612/6320_平潭综合实验区市场监督管理局关于印发"
    "《道路交通安全综合整治“三年提升工程”实施方\n"
    "页面链接与图片详见 links.tsv(同目录)\n"
    "==================== 正文 ====================\n"
    "当前位置： 首页政务公开最新文件部门文件 平潭综合实验区市场监督管理局关于印发《道路交通安全综合整治“三年提升工程”"
    "实施方案》的通知 时间：2016-05-20 18:09 微信 微博 QQ空间 局机关各处（室）、各分局，下属各相关单位："
    "《道路交通安全综合整治“三年提升工程”实施方案》已经局务会议研究通过，"
    "现印发给你们，请认真贯彻执行。 "
    "平潭综合实验区市场监督管理局2016年5月16日 道路交通安全综合整治“三年提升工程”实施方案 "
    "为深入贯彻落实《福建省人民政府"
    "办公厅关于印发福建省道路交通安全综合整治“三年提升工程”实施方案的通知》（闽政办〔2016〕16号）、《福建省工商局关于印发"
    "全省工商系统道路交通安全综合整治“三年提升工程”实施方案的通知》（闽工商企监〔2016〕54号）和《平潭综合实验区管委会关于"
    "印发<平潭综合实验区道路交通安全综合整治“三年提升工程”实施方案>的通知》（岚综管综〔2016〕59号）精神，维护良好的市场"
    "经济和社会秩序，我局立足市场监管职能，积极参与道路交通安全综合整治工作，结合实际，特制定本方案。"
)


def test_a_crawled_issuer_field_ends_at_the_column_label_and_is_never_a_paragraph() -> None:
    # CRAWLER_HEADER_LABELS, ISSUER_SHAPE: before, joined, the issuer was the body after its last 文号
    # (1,500 characters)
    meta = guess_meta(one_line(CRAWLED_HEADER), "stem", SHA)
    assert meta.issuer == "平潭综合实验区市场监督管理局"


def test_a_three_year_campaign_runs_three_years_from_its_issue() -> None:
    # TERM_CAMPAIGN_WORDING: before, 2016-2016
    meta = guess_meta(CRAWLED_HEADER, "stem", SHA)
    assert (meta.start_year, meta.end_year) == (2016, 2018)


# pt-land-bureau-asset-inventory-plan-2012 (heldout53): the portal's 发布机构 is the site's own name
SITE_AS_ISSUER = (
    "标题: 平潭县国土资源局开展国有资产清查工作方案\n发布时间: 2012-10-17 15:24\n文号: \n发布机构: 中国平潭\n"
    "栏目: 部门文件\n==================== 正文 ====================\n"
    "当前位置： 首页政务公开最新文件部门文件 平潭县国土资源局开展国有资产清查工作方案 "
    "时间：2012-10-17 15:24 微信 微博 "
    "QQ空间 为全面摸清我局国有资产清查情况，进一步加强国有资产管理，提高资产使用效益，"
    "结合我局实际情况，特制定如下方案。"
)


def test_a_sites_name_in_the_issuer_field_is_no_issuer() -> None:
    # ISSUER_FIELD_NOT_ORGAN: before, issued by "中国平潭"
    assert guess_meta(SITE_AS_ISSUER, "stem", SHA).issuer != "中国平潭"


# bj-earthquake-early-warning-rules-2022 (heldout53): the rules' note numbers the order before 令
RULES_NOTE = (
    "北京市地震预警管理办法\n\n（2022 年 12 月 23 日北京市人民政府第 307 号令公布 \t自2023 年 3 月 1 日起施行）\n\n"
    "第一章 \t总 \t则\n\n第一条 \t为了规范地震预警活动，有效发挥地震预警作用，防御和减轻地震灾害，服务保障首都功能，"
    "保护人民生命和财产安全，结合本市实际，制定本办法。\n第二条 \t本市行政区域内的地震预警系统规划与建设、地震预警信息"
    "发布、应急处置等活动及其监督管理，适用本办法。\n"
)


def test_the_organ_before_a_numbered_order_is_the_issuer() -> None:
    # NUMBERED_ORDER_NOTE: before, no issuer
    assert guess_meta(RULES_NOTE, "stem", SHA).issuer == "北京市人民政府"


def test_a_dated_note_cut_by_a_tab_is_no_part_of_the_title() -> None:
    # DATED_NOTE_AFTER_TITLE: before, joined, titled by the file stem
    meta = guess_meta(one_line(RULES_NOTE), "stem", SHA)
    assert meta.title == "北京市地震预警管理办法"
    assert meta.issuer == "北京市人民政府"


# cs-hpf-policy-process-notice-2022 (heldout53): an OCR text layer's space before the comma
OCR_TERM = (
    "关于优化住房公积金业务政策和流程的 通知\n\n各有关单位：\n现就优化住房公积金业务政策和流程通知如下:\n"
    "一\t、 贷款政策\n1、 我市住房公积金最高贷款额度提高至 70万元。\n"
    "本通知 自2022 年 8月 1 日起施行 ， 有效期 5年。 原政策规定与本通知规定不一 致的， 按本通知规定 \t。\n"
)


def test_a_validity_term_with_a_space_before_its_comma() -> None:
    # OCR_SPACE_BEFORE_COMMA: before, no years
    meta = guess_meta(OCR_TERM, "stem", SHA)
    assert (meta.start_year, meta.end_year) == (2022, 2027)


# qingyang-health-summary-plan-2023 (heldout53): a county portal's metadata table flattened into pipe-separated lines
PIPED_TABLE = (
    "索引号: | 11341823MB1566401C/202311-00052 | 组配分类: | 规划计划 |\n"
    "发布机构: | 青阳县卫生健康委员会 | 主题分类: | 卫生、体育 |\n"
    "名称: | 县卫健委2023年工作总结及2024年工作安排 | 文号: | |\n"
    "成文日期: | 发布日期: | 2023-11-07 | |\n"
    "废止日期: |\n"
    "2023年,县卫生健康委坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实党的二十大精神和中央、省市决策部署。\n"
    "一、工作开展情况\n(一)扎实开展党的建设工作\n"
)


def test_a_tables_name_field_titles_a_page_without_a_headline() -> None:
    # TABLE_NAME_FIELD, REVIEW_THEN_PLAN_YEARS: before, titled by the stem, of 2023
    meta = guess_meta(PIPED_TABLE, "stem", SHA)
    assert meta.title == "县卫健委2023年工作总结及2024年工作安排"
    assert (meta.start_year, meta.end_year) == (2023, 2024)


# pt-soe-supervision-report-2022 (heldout53): a year's report with the next year's plan as its second part
REPORT_WITH_PLAN = (
    "平潭综合实验区国有资产管理局关于2022年度国资国企监管工作情况的报告\n"
    "2022年，在实验区党工委、管委会的坚强领导下，服务实验区经济社会发展大局。现将主要工作及2023年工作计划报告如下："
    "一、2022年主要工作（一）基本情况截止2022年底，实验区国有企业资产总额持续增长。"
    "二、2023年工作计划2023年是全面落实党的二十大精神的开局之年。\n"
)


def test_a_report_planning_the_next_year_runs_to_it() -> None:
    # NEXT_YEAR_PLAN_IN_REPORT: before, 2022-2022
    meta = guess_meta(REPORT_WITH_PLAN, "stem", SHA)
    assert (meta.start_year, meta.end_year) == (2022, 2023)
