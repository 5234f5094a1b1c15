"""A notice on a saved portal page (round 17, branch fix17seg): the page's headings above the notice's title and
what follows the notice's closing formula (its annex list, signature, the page's downloads and widgets) are no
sections."""

from __future__ import annotations

from plankg.schema import PlanMeta
from tests.segmenting import PARA, tree

TITLE = "市市场监管局关于开展2026年度重大活动供餐单位食品安全现场评估工作的通知"
META = PlanMeta(id="t", title=TITLE)
# sz-banquet-food-safety-2026 (heldout17), shortened.
PAGE = f"""## 政策原文

## 热门搜索排行

|     |     |
| --- | --- |
| 1 | [就业](https://search.gd.gov.cn/search/all/755001) |
| 2 | [人才引进](https://search.gd.gov.cn/search/all/755001) |
| 3 | [公租房](https://search.gd.gov.cn/search/all/755001) |
| 4 | [公积金](https://search.gd.gov.cn/search/all/755001) |
| 5 | [环保](https://search.gd.gov.cn/search/all/755001) |
| 6 | [育儿补贴](https://search.gd.gov.cn/search/all/755001) |

热门搜索： [就业](https://search.gd.gov.cn/search/all/755001) [人才引进](https://search.gd.gov.cn/search/all/755001)

- [首 页](https://www.sz.gov.cn/)
- [政务公开](https://www.sz.gov.cn/?dw=zwgk)
- [政务服务](https://www.sz.gov.cn/?dw=zwfw)
- [政民互动](https://www.sz.gov.cn/?dw=zmhd)
- [走进深圳](https://www.sz.gov.cn/?dw=zjsz)

通知公告

_您现在的位置_ [首页](https://www.sz.gov.cn/cn/) > [政务公开](https://www.sz.gov.cn/?dw=zwgk) > 通知公告

# {TITLE}

###### 信息来源：深圳市市场监督管理局信息提供日期：2026-06-24 14:54 【字体：大中小 】

各有关单位：

为进一步完善我市重大活动食品安全管理体系，现将有关事项通知如下：

一、评估对象

本市范围内为重大活动提供供餐服务的餐饮服务经营者。

二、评估时间

（一）报名阶段：自本通知发布之日起至2026年6月30日期间，请参与现场评估的单位将评估报名表发送到指定邮箱。

（二）评估阶段：2026年9月30日前完成评估。

特此通知。

附件：1.2026年度重大活动供餐单位评估报名表

2.2026年深圳市重大活动供餐单位食品安全现场评估表

深圳市市场监督管理局

2026年6月17日

### 附件下载

**微信扫一扫：分享**

触碰右侧展开

通知公告

深圳市市场监督管理局
"""


def test_the_page_headings_above_the_title_are_no_sections() -> None:
    # PAGE_HEADINGS_ABOVE_TITLE: "热门搜索排行" and "通知公告" were level-1 sections
    assert [title for _, _, title in tree(PAGE, META)][:2] == ["评估对象", "评估时间"]


def test_nothing_below_the_closing_formula_goes_on_the_notice_parts() -> None:
    # NOTICE_CLOSED: "2.2026年深圳市…评估表", "附件下载", "微信扫一扫：分享"… were level-3 sections
    assert tree(PAGE, META) == [
        (1, "一、", "评估对象"),
        (1, "二、", "评估时间"),
        (2, "（一）", "报名阶段"),
        (2, "（二）", "评估阶段"),
    ]


def test_a_document_appended_after_the_signature_keeps_its_parts() -> None:
    # NOTICE_CLOSED stops at a level-1 heading: the plan a notice issues may follow its signature
    text = (
        "各区人民政府：\n\n现将有关事项通知如下：\n\n一、工作目标\n\n这是一段足够长的正文内容，用来说明这一部分的具体要求。\n\n"
        "特此通知。\n\n附件：测试方案\n\n某某市人民政府\n\n2026年6月17日\n\n附件\n\n测试方案\n\n一、总体要求\n\n"
        "这是一段足够长的正文内容，用来说明这一部分的具体要求。\n\n（一）主要目标\n\n这是一段足够长的正文内容，用来说明。\n"
    )
    titles = [title for _, _, title in tree(text, PlanMeta(id="t", title="某某通知"))]
    assert "主要目标" in titles


def test_an_appended_document_numbered_afresh_keeps_its_parts() -> None:
    # NOTICE_CLOSED stops at a heading numbered from 1 again (nat-medins-standardization-2019: the guide appended
    # after the notice's signature, its 一、 lost, its "（三）主要目标" holding the indicators)
    text = (
        f"一、提高政治站位\n\n{PARA}\n\n四、广泛宣传培训\n\n{PARA}\n\n特此通知。\n\n国家医疗保障局\n\n"
        f"医疗保障标准化工作指导意见\n\n{PARA}\n\n（一）指导思想\n\n{PARA}\n\n（二）基本原则\n\n{PARA}\n"
    )
    titles = [title for _, _, title in tree(text, PlanMeta(id="t", title="某某通知"))]
    assert "指导思想" in titles and "基本原则" in titles
