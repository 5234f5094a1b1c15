"""Markdown pages of an energy-policy vault (round 15's second wave, heldout16, branch fix16seg): the file's YAML
metadata, the page's 文号 field and headline above the page's own lines, and the notice below them are no sections."""

from __future__ import annotations

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

# nat-industrial-equipment-renewal-2024 (heldout16), shortened: vault metadata, the page's headline, its share
# buttons, the notice with its seven signers, the plan.
PAGE = """---
id: P_2024_MIIT_53
title: 推动工业领域设备更新实施方案
official_number: 工信部联规〔2024〕53号
issuer:
- 工信部、发改委、财政部、央行、税务总局、市场监管总局、金融监管总局
date: '2024-03-27'
region:
  level: 国家
  code: '000000'
  name: 全国
provenance:
  fetched_via: firecrawl
  confidence: 0.85
---
# 推动工业领域设备更新实施方案

**文号**: 工信部联规〔2024〕53号
**发布日期**: 2024-03-27

## 政策原文

[首页](https://www.ndrc.gov.cn/) > [新闻动态](https://www.ndrc.gov.cn/xwdt/)

## 工业和信息化部等七部门关于印发推动工业领域设备更新实施方案的通知

发布时间：2024/04/17

来源：环资司

![](https://www.ndrc.gov.cn/images/dayin.png)\\[ 打印 \\]

分享到微信朋友圈x

打开微信，点击底部的“发现”，

使用“扫一扫”即可将网页分享至朋友圈。

微博微信

**工业和信息化部等七部门关于印发推动工业领域设备更新实施方案的通知**

工信部联规〔2024〕53号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

《推动工业领域设备更新实施方案》已经国务院同意，现印发给你们，请认真贯彻执行。

　　　　工业和信息化部

　　　　国家发展改革委

　　　　财政部

　　　　中国人民银行

　　　　税务总局

　　　　市场监管总局

　　　　金融监管总局

　　　　2024年3月27日

**推动工业领域设备更新实施方案**

推动工业领域大规模设备更新，有利于扩大有效投资，制定如下实施方案。

**一、总体要求**

推动工业领域大规模设备更新，要以习近平新时代中国特色社会主义思想为指导。

**二、重点任务**

（一）实施先进设备更新行动

加快落后低效设备替代。
"""


def _titles(text: str) -> list[str]:
    return [s.title for s in load_plan(text, PlanMeta(id="p", title="推动工业领域设备更新实施方案")).sections]


def test_the_page_and_its_notice_give_no_sections() -> None:
    # YAML_FRONT_MATTER (its official_number line ended the notice), NOTICE_BELOW (the headline over the share
    # buttons ended it), JOINT_SIGNATURE_LINE's 银行 (中国人民银行 broke the run of signers)
    assert _titles(PAGE) == ["总体要求", "重点任务", "实施先进设备更新行动"]


def test_a_yaml_block_is_not_the_notice() -> None:
    from plankg.loaders.structure.front_matter import find_front_matter
    from plankg.loaders.text.normalise import normalise

    front = find_front_matter(normalise(PAGE).text)
    assert front is not None
    assert (front.doc_number, front.title) == ("工信部联规〔2024〕53号", "推动工业领域设备更新实施方案")
    assert front.issuer.startswith("工业和信息化部")


def test_the_notice_below_the_page_gives_its_signers_as_issuers() -> None:
    # NOTICE_BELOW_SIGNERS, JOINT_SIGNATURE across blank lines: the page's headline names no issuer in full; the
    # seven signing bodies over the date, one a line with blank lines between, are the issuers as they sign
    from plankg.loaders.structure.front_matter import find_front_matter
    from plankg.loaders.text.normalise import normalise

    signers = "工业和信息化部、国家发展改革委、财政部、中国人民银行、税务总局、市场监管总局、金融监管总局"
    front = find_front_matter(normalise(PAGE).text)
    assert front is not None and front.signed_by == signers
    # the page opening with its 文号 field, no headline: the issuers are the notice's signers
    page = PAGE.replace("## 工业和信息化部等七部门关于印发推动工业领域设备更新实施方案的通知\n", "")
    front = find_front_matter(normalise(page).text)
    assert front is not None and front.issuer == signers


def test_a_yaml_block_with_lists_is_cut_as_furniture_before_markdown_is_stripped() -> None:
    # YAML_FRONT_MATTER, one rule at one depth: stripped, "- P_2024_MIIT_53" was no key line and the vault's block
    # stayed in the text (a second rule had to hide it from the notice); CRLF, a BOM and a blank line above it
    # (nat-fyp14-interp-liu, heldout) change nothing
    from plankg.loaders.text.normalise import normalise

    for page in (PAGE, "\ufeff\n" + PAGE.replace("\n", "\r\n")):
        text = normalise(page).text
        assert "P_2024_MIIT_53" not in text and "official_number" not in text and "firecrawl" not in text
        assert text.lstrip().startswith("推动工业领域设备更新实施方案")


def test_a_rule_of_the_text_over_prose_is_no_yaml_block() -> None:
    # YAML_FRONT_MATTER: a block's lines are keys, list items, nested lines or blank; a "---" rule over the
    # document's own lines is kept
    from plankg.loaders.text.normalise import normalise

    text = "---\n推动工业领域设备更新实施方案\n\n推动工业领域大规模设备更新，有利于扩大有效投资。\n---\n一、总体要求\n"
    assert "推动工业领域设备更新实施方案" in normalise(text).text


def test_a_number_field_over_the_page_is_followed_to_the_notice_below() -> None:
    # NOTICE_BELOW, sz-carbon-peak-2024 (heldout16) shortened: the "文号" field, the page's lines,
    # the notice
    names = ("苏州概览", "新闻中心", "政务公开")
    nav = "".join(f'- [{name}](http://www.suzhou.gov.cn/ "{name}")\n' for name in names)
    text = (
        "**文号**: 苏府〔2024〕34号  \n**发文机构**: 苏州市人民政府  \n\n## 政策原文\n\n" + nav + "\n"
        "## 当前位置： 首页 > 政务公开 > 政府信息公开专栏 > 市政府文件\n\n"
        "# 市政府关于印发苏州市碳达峰实施方案的通知\n\n## 苏府〔2024〕34号\n\n"
        "各县级市（区）人民政府，苏州工业园区、苏州高新区、太仓港口管委会；市各委办局，各直属单位：\n\n"
        "《苏州市碳达峰实施方案》已经市政府第61次常务会议审议通过，现印发给你们，请认真贯彻执行。\n\n"
        "苏州市人民政府\n\n2024年5月23日\n\n苏州市碳达峰实施方案\n\n一、总体要求\n\n为深入贯彻落实党中央决策部署。\n\n"
        "二、主要目标\n\n到2025年，绿色低碳循环发展的经济体系初步形成。\n"
    )
    titles = [s.title for s in load_plan(text, PlanMeta(id="p", title="苏州市碳达峰实施方案")).sections]
    assert titles == ["总体要求", "主要目标"]


def test_a_page_caption_and_the_title_shown_twice_are_no_sections() -> None:
    # PAGE_CAPTIONS ("## 政策原文") and REPEATED_TITLE_LINES, cy-fuel-stations-2026 (heldout16) shortened
    title = "崇阳县“十五五”加油站布局专项规划（2026-2030年）"
    text = (
        "**文号**: （无）\n**发文机构**: 崇阳县商务局\n\n## 政策原文\n\n"
        "[首页](http://swj.chongyang.gov.cn/) →　[规划计划](http://swj.chongyang.gov.cn/Column.aspx?colid=529) →　"
        f"{title} 正文\n\n### {title}\n\n发布时间：2025-08-21来源：商务局录入：Gov144\n\n### {title}\n\n"
        "第一节  规划概述\n\n本规划是崇阳县“十五五”期间成品油零售网络布局的专项指导性文件。\n\n"
        "第二节  规划编制依据\n\n1.《中华人民共和国城乡规划法》（2019年修订）；\n"
    )
    titles = [s.title for s in load_plan(text, PlanMeta(id="p", title=title)).sections]
    assert titles == ["规划概述", "规划编制依据"]


def test_a_notice_below_the_page_may_be_its_own_document() -> None:
    # NOTICE_BELOW with a notice that is its own document (NOTICE_OWN_BODY), nat-carbon-standards-metrology-2024
    # (heldout16) shortened: its title over three bold lines, 文号, recipients, opening, 一、…
    text = (
        "**文号**: 发改环资〔2024〕1046号\n**发文机构**: 国家发展和改革委员会、市场监督管理总局、生态环境部\n\n"
        "## 政策原文\n\n"
        "## 关于进一步强化碳达峰碳中和标准计量体系建设行动方案(2024—2025年)的通知(发改环资〔2024〕1046号)\n\n"
        "发布时间：2024/08/08\n\n来源：环资司\n\n![](https://www.ndrc.gov.cn/images/dayin.png)\\[ 打印 \\]\n\n"
        "分享到微信朋友圈x\n\n打开微信，点击底部的“发现”，\n\n使用“扫一扫”即可将网页分享至朋友圈。\n\n微博微信\n\n"
        "**国家发展改革委 市场监管总局 生态环境部关于**\n\n**进一步强化碳达峰碳中和标准计量体系建设**\n\n"
        "**行动方案（2024—2025年）的通知**\n\n发改环资〔2024〕1046号\n\n"
        "各省、自治区、直辖市、新疆生产建设兵团发展改革委、市场监管局（厅、委）、生态环境厅（局）：\n\n"
        "为贯彻落实党中央、国务院关于碳达峰碳中和的重大战略决策，现就有关事项通知如下。\n\n"
        "**一、总体目标**\n\n按照系统推进、急用先行、开放协同的原则，围绕重点领域研制一批国家标准。\n\n"
        "**二、重点任务**\n\n（一）加快企业碳排放核算标准研制。 加快制修订一批重点行业企业碳排放核算标准。\n"
    )
    title = "进一步强化碳达峰碳中和标准计量体系建设行动方案（2024—2025年）"
    titles = [s.title for s in load_plan(text, PlanMeta(id="p", title=title)).sections]
    assert titles[:2] == ["总体目标", "重点任务"]


def test_a_link_is_no_heading() -> None:
    # LINK_TITLE, sh-changning-energy-saving-2026 (heldout16): a breadcrumb written as a numbered markdown list
    text = (
        '1. [首页](https://www.shcn.gov.cn/ "首页")\n2. [政务公开](https://zwgk.shcn.gov.cn/xxgk/ "政务公开")\n'
        '3. [政策意见征集](https://zwgk.shcn.gov.cn/xxgk/cazj-zw/index.html "政策意见征集")\n\n'
        "长宁区节能降碳和循环经济发展规划\n\n一、发展基础\n\n“十四五”期间，长宁区绿色转型取得显著成效。\n\n"
        "二、主要任务\n\n构筑绿色低碳产业生态。\n"
    )
    titles = [s.title for s in load_plan(text, PlanMeta(id="p", title="长宁区节能降碳和循环经济发展规划")).sections]
    assert titles == ["发展基础", "主要任务"]


def test_issuers_one_a_line_above_the_date_are_the_signature() -> None:
    # SIGNERS_ABOVE_DATE, nat-carbon-standards-metrology-2024 (heldout16): the last task, three issuers (one
    # letter-spaced) and the date after the body
    text = (
        "进一步强化碳达峰碳中和标准计量体系建设行动方案\n\n一、重点任务\n\n（一）加快企业碳排放核算标准研制。\n\n"
        "加快制修订一批重点行业企业碳排放核算标准。\n\n二、保障措施\n\n（一）深化国际合作。\n\n"
        "持续推进应对气候变化计量、标准领域国际合作。\n\n国家发展改革委\n\n市场监管总局\n\n生 态 环 境 部\n\n"
        "2024年7月14日\n"
    )
    plan = load_plan(text, PlanMeta(id="p", title="进一步强化碳达峰碳中和标准计量体系建设行动方案"))
    assert [s.title for s in plan.sections] == ["重点任务", "加快企业碳排放核算标准研制", "保障措施", "深化国际合作"]


# sh-changning-energy-saving-2026 (heldout16) shortened: a call for comments, the draft it names, the draft's 解读
# and 说明 on one page.
CALL_PAGE = """关于《长宁区节能降碳和循环经济发展“十五五”规划（草案）》征询公众意见的公告

根据《长宁区国民经济和社会发展第十五个五年规划纲要》等要求，长宁区发展和改革委员会起草了《长宁区节能降碳和循环经济发展“十五五”规划（草案）》。现将《长宁区节能降碳和循环经济发展“十五五”规划（草案）》公开征求市民和有关单位意见。有关事宜告知如下：

一、市民和各有关单位可以将书面意见直接寄送上海市长宁区发展和改革委员会，也可以发送电子邮件。

来信地址：上海市长宁路599号1111室，邮编：200050

二、征求意见截止日期为2026年5月1日。

上海市长宁区发展和改革委员会

2026年4月1日

长宁区节能降碳和循环经济发展 “十五五”规划（草案）

为进一步推动节能降碳和循环经济工作，如期实现碳达峰目标，制定本规划。

一、发展基础

“十四五”期间，长宁区绿色转型取得显著成效，单位生产总值能耗累计下降率超额完成目标。

二、保障措施

(一)强化组织保障

围绕“双碳”目标，加强市区衔接、协同推进，建立高效的区级节能降碳工作的顶层设计构架。

(二)完善政策支持

积极落实国家和上海市绿色低碳、循环经济发展支持政策，完善区级节能降碳、资源综合利用支持体系。

关于《长宁区节能降碳和循环经济发展“十五五”规划（草案）》草案解读

一、《长宁区节能降碳和循环经济发展“十五五”规划(草案)》编制的依据是什么?

根据《上海市节能降碳和循环经济发展“十五五”规划(征求意见稿)》，结合长宁区实际情况编制。

二、《长宁区节能降碳和循环经济发展“十五五”规划(草案)》实施期限是如何安排的?

实施期限为2026年至2030年，目前处于征求意见阶段。

关于《长宁区节能降碳和循环经济发展“十五五”规划（草案）》的制定背景说明

一、制定《长宁区节能降碳和循环经济发展“十五五”规划(草案)》的决策背景

“十五五”时期是全面构建碳排放双控制度、实现碳达峰目标的关键窗口期。
"""


def test_a_call_for_comments_is_the_drafts_front_matter() -> None:
    # CALL_FOR_COMMENTS: its points 一、二、 (where to send comments, by when) and signature are no sections
    from plankg.loaders.structure.front_matter import find_front_matter
    from plankg.loaders.text.normalise import normalise

    text = normalise(CALL_PAGE).text
    front = find_front_matter(text)
    assert front is not None
    assert (front.title, front.issued) == ("长宁区节能降碳和循环经济发展“十五五”规划（草案）", "2026-04-01")
    assert text[front.end :].startswith("长宁区节能降碳和循环经济发展 “十五五”规划（草案）")


def test_a_drafts_interpretation_and_background_after_it_are_documents_of_their_own() -> None:
    # COMPANION_DOCUMENT: each title a level-1 heading, its 一、 restarting the numbering
    doc = load_plan(CALL_PAGE, PlanMeta(id="p", title="长宁区节能降碳和循环经济发展 “十五五”规划（草案）"))
    draft = "《长宁区节能降碳和循环经济发展“十五五”规划（草案）》"
    assert [(s.level, s.number, s.title) for s in doc.sections] == [
        (1, "", "长宁区节能降碳和循环经济发展 “十五五”规划（草案）"),
        (2, "一、", "发展基础"),
        (2, "二、", "保障措施"),
        (3, "（一）", "强化组织保障"),
        (3, "（二）", "完善政策支持"),
        (1, "", f"关于{draft}草案解读"),
        (2, "一、", f"{draft}编制的依据是什么?"),
        (2, "二、", f"{draft}实施期限是如何安排的?"),
        (1, "", f"关于{draft}的制定背景说明"),
        (2, "一、", f"制定{draft}的决策背景"),
    ]
