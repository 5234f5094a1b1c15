"""Metadata guessed without a manifest: session 34's fixes after round 45's first score (branch fixmeta45), each with
the excerpt it was written from (texts as plankg reads them)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# mee-npp-safety-reporting-2020 (heldout45): a ministry's page crawled onto one line without its 部令 line
NPP_REPORTING_RULES = (
    "核动力厂营运单位核安全报告规定《核动力厂营运单位核安全报告规定》已于2020年11月5日由生态环境部部务会议审议通过，"
    "现予公布，自2021年1月1日起施行。部长 黄润秋2020年11月16日核动力厂营运单位核安全报告规定第一章  总  则第一条为了"
    "规范核动力厂营运单位核安全报告制度，根据《中华人民共和国核安全法》《中华人民共和国民用核设施安全监督管理条例》等法律"
    "法规，制定本规定。"
)
# mee-carbon-trading-measures-2020 (heldout45), the same way
CARBON_TRADING_MEASURES = (
    "碳排放权交易管理办法（试行）《碳排放权交易管理办法（试行）》已于2020年12月25日由生态环境部部务会议审议通过，现予"
    "公布，自2021年2月1日起施行。部长 黄润秋2020年12月31日碳排放权交易管理办法（试行）第一章总则第一条为落实党中央、"
    "国务院关于建设全国碳排放权交易市场的决策部署，在应对气候变化和促进绿色低碳发展中充分发挥市场机制作用，制定本办法。"
)
# gd-public-data-2021 (heldout5) on one line: the order's line before the sentence names the government by its term
PUBLIC_DATA_MEASURES = (
    "广东省公共数据管理办法广东省人民政府令（第290号）《广东省公共数据管理办法》已经2021年9月22日十三届广东省人民政府"
    "第162次常务会议审议通过，现予公布，自2021年11月25日起施行。省长　马兴瑞2021年10月18日广东省公共数据管理办法"
    "第一章　总　　则第一条　为了规范公共数据管理，制定本办法。"
)


def test_a_title_restated_in_marks_is_the_whole_title() -> None:
    # TITLE_RESTATED_IN_MARKS: before, cut at 报告, "核动力厂营运单位核安全报告"
    assert guess_meta(NPP_REPORTING_RULES, "stem", SHA).title == "核动力厂营运单位核安全报告规定"


def test_a_rule_on_reports_is_no_report() -> None:
    # REPORT_RULE_TITLE: before, a report by the 报告 in its title
    assert guess_meta(NPP_REPORTING_RULES, "stem", SHA).kind == "plan"


def test_the_organ_whose_meeting_adopted_the_rule_issues_it() -> None:
    # ADOPTING_MEETING_ORGAN: before, no issuer
    assert guess_meta(NPP_REPORTING_RULES, "stem", SHA).issuer == "生态环境部"
    assert guess_meta(CARBON_TRADING_MEASURES, "stem", SHA).issuer == "生态环境部"


def test_the_adopting_government_is_named_without_its_term() -> None:
    # ADOPTING_MEETING_ORGAN: before, no issuer (the order "广东省人民政府令（第290号）" glued after the title)
    assert guess_meta(PUBLIC_DATA_MEASURES, "stem", SHA).issuer == "广东省人民政府"


# pds-transport-14fyp-2023 (heldout45) crawled onto one line: a vault page's headline, its "## 政策原文" heading and
# the notice glued
GLUED_HEADING_PAGE = (
    "# 平顶山市人民政府关于印发平顶山市“十四五”现代综合交通运输体系发展规划的通知## 政策原文平顶山市人民政府关于印发"
    "平顶山市“十四五”现代综合交通运输体系发展规划的通知平政〔2023〕9号各县（市、区）人民政府，城乡一体化示范区、高新区"
    "管委会，市人民政府各部门：《平顶山市“十四五”现代综合交通运输体系发展规划》已经2023年2月24日市政府第3次常务会议研究"
    "同意，现印发给你们，请认真贯彻实施。2023年3月15日平顶山市“十四五”现代综合交通运输体系发展规划"
)


def test_a_glued_markdown_heading_breaks_the_headline() -> None:
    # GLUED_MARKDOWN_HEADING: before, "…发展规划的通知## 政策原文平顶山市人民政府关于印发…发展规划"
    assert guess_meta(GLUED_HEADING_PAGE, "stem", SHA).title == "平顶山市“十四五”现代综合交通运输体系发展规划"


# hunan-power-support-action-2022 (heldout45): a vault page without notice, signature or source line
VAULT_LISTED_ISSUER = (
    "---\n"
    "id: P_1900_HN_70420f94\n"
    "title: 湖南省电力支撑能力提升行动方案（2022—2025年）\n"
    "official_number: ''\n"
    "issuer:\n"
    "- 湖南省发展和改革委员会\n"
    "date: '2025-01-01'\n"
    "type: policy\n"
    "---\n\n\n"
    "# 湖南省电力支撑能力提升行动方案（2022—2025年）\n\n"
    "## 政策原文\n\n"
    "电力是经济社会高质量发展的重要支撑，是满足人民群众美好生活用能需求、助力“双碳”目标顺利实现的重要路径，根据省政府"
    "“三大支撑八项重点”部署，特制定本行动方案。\n"
)


def test_a_vault_names_the_issuer_it_lists() -> None:
    # VAULT_ISSUER_LIST: before, no issuer (the key's value is a YAML list)
    assert guess_meta(VAULT_LISTED_ISSUER, "stem", SHA).issuer == "湖南省发展和改革委员会"


def test_a_vault_names_the_issuer_it_lists_on_one_line() -> None:
    # VAULT_ISSUER_LIST on one line: "issuer:- 湖南省发展和改革委员会date: …"
    text = "".join(VAULT_LISTED_ISSUER.split("\n"))
    assert guess_meta(text, "stem", SHA).issuer == "湖南省发展和改革委员会"


def test_a_vault_listing_a_portal_names_no_issuer() -> None:
    # VAULT_ISSUER_LIST: "- 政府门户.www.pds.gov.cn" is no body's name
    text = VAULT_LISTED_ISSUER.replace("湖南省发展和改革委员会\n", "政府门户.www.pds.gov.cn\n", 1)
    assert guess_meta(text, "stem", SHA).issuer == ""
