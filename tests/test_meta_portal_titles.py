"""Titles, kinds, issuers, 文号 and years guessed without a manifest from portal pages, vault exports and decrees:
round 17's rules (branch fix17seg), each with the excerpt it was written from."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta


def meta(text: str):  # type: ignore[no-untyped-def]
    return guess_meta(text, "stem", "0" * 64)


def test_a_guide_and_an_faq_heading_a_page_are_its_title() -> None:
    # GUIDE_AND_FAQ_TITLES (th-hkmo-school-places-2026, gz-unemployment-faq-2025; titled by their file names)
    guide = meta(
        "2026年天河区港澳居民随迁子女（或持证适龄儿童少年）学位申请指引\n一、申请资格及学位情况\n经公示无异议的可登录系统填报志愿。\n"
    )
    assert guide.title == "2026年天河区港澳居民随迁子女（或持证适龄儿童少年）学位申请指引"
    faq = meta(
        "广州市失业保险常见问题解答（2025年11月版）\n搜索\n一、领取失业保险金需要符合什么条件？\n失业人员同时符合下列条件的，可以领取。\n"
    )
    assert (faq.title, faq.kind) == ("广州市失业保险常见问题解答（2025年11月版）", "interpretation")


def test_a_decree_that_puts_its_verb_first_names_the_rule_it_publishes() -> None:
    # DECREE_PUBLISHES_TITLE (nat-env-tax-regs-2017: titled by its file name)
    text = (
        "中华人民共和国国务院令第693号\n\n现公布《中华人民共和国环境保护税法实施条例》，自2018年1月1日起施行。"
        "总理　　李克强 　　 　　　　　2017年12月25日\n\n中华人民共和国环境保护税法实施条例\n\n第一章　总　　则\n\n"
        "第一条　根据《中华人民共和国环境保护税法》（以下简称环境保护税法），制定本条例。\n"
    )
    found = meta(text)
    assert (found.title, found.issuer) == ("中华人民共和国环境保护税法实施条例", "国务院")


def test_a_trial_plan_valid_for_three_years_runs_three_years() -> None:
    # VALIDITY_TERM with 试行 (lg-city-checkup-2024: 2024-2024, judged 2024-2027)
    text = (
        "临港新片区城市体检实施方案（试行）\n\n一、总体要求\n\n开展城市体检工作。\n\n"
        "上海市临港新片区管理委员会\n\n2024年5月18日\n\n本实施方案自发布之日起试行，有效期三年。\n"
    )
    found = meta(text)
    assert (found.start_year, found.end_year) == (2024, 2027)


VAULT = """---
id: P_2026_GD_GOV_1c8fcf22
title: {title}
official_number: {number}
issuer: []
date: '2026-06-17'
---

## 政策原文

![](https://www.sz.gov.cn/pubimages/web/P020180511601473426208.png)

- 无障碍浏览\\|
- 繁体版\\|

## 热门搜索排行

- [首 页](https://www.sz.gov.cn/)
- [政务公开](https://www.sz.gov.cn/?dw=zwgk)

通知公告

_您现在的位置_ [首页](https://www.sz.gov.cn/cn/) > [通知公告](https://www.sz.gov.cn/cn/xxgk/zfxxgj/tzgg/)

# 市市场监管局关于开展2026年度重大活动供餐单位食品安全现场评估工作的通知

各有关单位：

为进一步完善我市重大活动食品安全管理体系，现将有关事项通知如下：

一、评估对象

特此通知。

附件：1.2026年度重大活动供餐单位评估报名表

2.2026年深圳市重大活动供餐单位食品安全现场评估表

深圳市市场监督管理局

2026年6月17日

### 附件下载

分享到：

**微信扫一扫：分享**

扫一扫，分享给好友或朋友圈

【打印本页】【关闭窗口】

触碰右侧展开
"""


def test_a_vault_title_with_a_stray_prefix_is_the_printed_headline() -> None:
    # EXPORT_TITLE_AFFIXED (sz-banquet-food-safety-2026: "2市市场监管局…的通知")
    found = meta(
        VAULT.format(title="2市市场监管局关于开展2026年度重大活动供餐单位食品安全现场评估工作的通知", number="''")
    )
    assert found.title == "市市场监管局关于开展2026年度重大活动供餐单位食品安全现场评估工作的通知"


def test_a_notice_signed_above_a_page_tail_is_signed_by_its_signature() -> None:
    # SIGNATURE_AFTER_CLOSING_FORMULA (sz-banquet-food-safety-2026: no issuer found)
    found = meta(
        VAULT.format(title="2市市场监管局关于开展2026年度重大活动供餐单位食品安全现场评估工作的通知", number="''")
    )
    assert (found.issuer, found.issued) == ("深圳市市场监督管理局", "2026-06-17")


def test_a_vault_names_the_number_the_page_keeps_in_a_table() -> None:
    # VAULT_NUMBER_KEY (js-market-regulation-tasks-2022: 苏市监〔2022〕1号 only in a broken table)
    found = meta(VAULT.format(title="2022年全省市场监管主要任务分工方案", number="苏市监〔2022〕1号"))
    assert found.doc_number == "苏市监〔2022〕1号"


def test_a_bracketed_none_is_no_number() -> None:
    # NO_VALUE "（无）" (tx-ev-charging-2025: "**文号**: （无）" read as its 文号)
    text = "# 通许县新能源汽车充电设施布局专项规划(2025-2030年)送审稿\n\n"
    text += "**文号**: （无）  \n**发文机构**: 通许县人民政府  \n"
    assert meta(text + "\n第一章 规划总则\n").doc_number == ""


def test_a_page_title_keeps_no_site_trail() -> None:
    # PAGE_TITLE_SITE (wd-farm-machinery-subsidy-2024: a title whose kind is no HEADLINE_END)
    title = "2024—2026年农机购置与应用补贴实施操作要求"
    page = f"{title}_实施情况_乌达区人民政府"
    text = f"---\ntitle: {page}\nofficial_number: ''\n---\n\n# {page}\n\n"
    assert meta(text + "## 政策原文\n\n一、补贴范围和补贴机具\n\n（一）常规机具\n").title == title


def test_a_guide_run_on_into_its_body_ends_at_its_kind() -> None:
    # RUN_ON_TITLE_ENDING with 指引 (th-hkmo-school-places-2026 on one line: titled by its file name)
    text = (
        "2026年天河区港澳居民随迁子女（或持证适龄儿童少年）学位申请指引一、申请资格及学位情况经公示无异议的港澳居民随迁"
    )
    text += "子女（或持证适龄儿童少年）可登录系统填报志愿。2026年，我区港澳居民随迁子女积分入学招生计划总数为135个。"
    assert meta(text).title == "2026年天河区港澳居民随迁子女（或持证适龄儿童少年）学位申请指引"


def test_a_front_matter_crawled_onto_one_line_is_read_key_by_key() -> None:
    # GLUED_FRONT_MATTER (js-market-regulation-tasks-2022, tx-ev-charging-2025 on one line: titled by file names)
    text = (
        "---id: P_2025_OTHER420B_1201dedaaliases:- P_2025_OTHER420B_1201dedatitle: 2022年全省市场监管主要任务分工方案"
        "official_number: 苏市监〔2022〕1号issuer: []date: '2022-03-09'region:level: 省code: '320000'type: policy---"
        "## 政策原文无障碍阅读长者浏览模式退出长者浏览模式"
        "各设区市市场监管局，省局各处室、直属单位：现将有关任务分工如下。"
    )
    found = meta(text)
    assert (found.title, found.doc_number) == ("2022年全省市场监管主要任务分工方案", "苏市监〔2022〕1号")


def test_the_headline_names_the_issuer_more_fully_than_the_export() -> None:
    # FULLER_ISSUER from the headline (zl-heritage-14 on one line: "奉贤区柘林镇人民政府" from its 发布单位)
    text = (
        "---标题: 上海市奉贤区柘林镇人民政府关于印发《柘林镇文物保护规划》的通知文号: 奉柘府〔2023〕21号发布单位: "
        "奉贤区柘林镇人民政府发布日期: 2023-10-13层级: 街镇级---"
        "上海市奉贤区柘林镇人民政府关于印发《柘林镇文物保护规划》的通知奉柘府〔2023〕21号各村（居）委会、镇各部门：现将《柘林镇文物保护规划》印发给你们，请认真按照执行。"
    )
    assert meta(text).issuer == "上海市奉贤区柘林镇人民政府"
