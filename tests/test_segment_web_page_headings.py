"""Headings of saved web pages written after round 19's score (branch fix19seg): BOLD_PARAGRAPH
(plankg/loaders/text/formats.py), EMPTY_HEADING_RUN, TOP_LEVEL_FIRST and GROUP_HEADING (plankg/loaders/rules/
structure.py, applied in plankg/loaders/structure/document.py), each with the real excerpt it was written from."""

from __future__ import annotations

from plankg.loaders.text.formats import read_html
from plankg.schema import PlanMeta
from tests.segmenting import PARA, tree

# gz-maternity-allowance-direct-2025 (heldout19): the article's paragraphs as the Guangzhou portal saves them
GZ_PAGE = (
    "<html><head><title>本月起，这笔钱直接发放至个人！</title></head><body><div class='content'>"
    "<p>好消息来了！广州市生育保险政策迎来新变化！2025年12月1日起生育津贴由参保职工本人申请，直接发放至个人，无需再"
    "通过用人单位申请。</p><p><strong>政策速递</strong></p><p>符合《广东省职工生育保险规定》生育津贴领取条件的参保职工，"
    "在2025年12月1日（含当日，下同）后分娩、终止妊娠或实施计划生育手术的，可按规定由职工本人申请生育津贴，直接发放至"
    "个人。</p><p><strong>办理方式</strong></p><p><strong>一、办理材料</strong></p><p>a.病历资料：职工住院生育或施行计生"
    "手术的，提供医疗机构盖章的出院记录；职工门诊生育或施行计生手术的，提供相应的门诊病历。</p>"
    "<p style='text-align: center'><strong>房源情况表</strong></p>"
    "<p><strong>二、办理步骤</strong></p><p>职工可通过穗好办APP、穗好办微信公众号、广东政务服务网线上办理，或携资料前往"
    "广州市各医保分中心服务大厅办理。</p></div></body></html>"
)


def test_a_wholly_bold_paragraph_of_a_page_is_a_title_line() -> None:
    text = read_html(GZ_PAGE.encode("utf-8"), "gz.html")
    assert "**政策速递**" in text.splitlines()
    assert "**一、办理材料**" in text.splitlines()
    assert "房源情况表" in text.splitlines()  # a caption stays a plain line (BOLD_CAPTION_END)


def test_a_bold_group_heading_without_text_heads_the_headings_below_it() -> None:
    # gd-medical-insurance-new-measures-2025 (heldout19): category and subtitle, both bold
    text = (
        f"广东多项医保新措1月1日起实施\n{PARA}\n\n**参保待遇**\n\n**医保“家庭共济”范围扩大至近亲属**\n\n{PARA}\n\n"
        f"**连续参保和基金零报销有激励**\n\n{PARA}\n\n**医保药品**\n\n**新版药品目录增加34个药品**\n\n{PARA}\n\n"
        f"**调出药品有半年过渡期**\n\n{PARA}\n"
    )
    meta = PlanMeta(id="t", title="广东多项医保新措1月1日起实施")
    assert [(level, title) for level, _, title in tree(text, meta)] == [
        (1, "参保待遇"),
        (2, "医保“家庭共济”范围扩大至近亲属"),
        (2, "连续参保和基金零报销有激励"),
        (1, "医保药品"),
        (2, "新版药品目录增加34个药品"),
        (2, "调出药品有半年过渡期"),
    ]


def test_a_toolbar_is_no_heading_and_a_breadcrumb_takes_no_level() -> None:
    # sh-carbon-market-reform-2026 (heldout19): a breadcrumb as a numbered list above, the toolbar below
    toolbar = "\n\n".join(
        ["视窗区0", "ALT+Shift+1", "导航区0", "ALT+Shift+2", "读屏专用", "声音开关", "语速", "阅读方式", "配色", "放大"]
    )
    text = (
        '## 政策原文\n\n1. [首页](https://www.shanghai.gov.cn/index.html "首页")\n'
        '2. [政务公开](https://www.shanghai.gov.cn/nw2319/index.html "")\n\n'
        "**上海碳市场全面深化改革行动方案（2026-2030年）**\n\n"
        f"为健全绿色低碳发展机制，{PARA}\n\n**一、实施碳排放权交易市场提质增效行动**\n\n"
        f"**（一）建立健全配额总量管理制度。** 合理确定碳排放配额总量，{PARA}\n\n"
        f"**（二）分阶段逐步扩大市场覆盖范围。** 按照“降门槛、扩类别、增种类”的推进方式实施市场扩围。{PARA}\n\n"
        f"**二、实施温室气体自愿减排引导激励行动**\n\n**（三）推动企业自主碳减排。** {PARA}\n\n分享：\n\n{toolbar}\n"
    )
    meta = PlanMeta(id="t", title="上海碳市场全面深化改革行动方案（2026-2030年）")
    assert [(level, title) for level, _, title in tree(text, meta)] == [
        (1, "实施碳排放权交易市场提质增效行动"),
        (2, "建立健全配额总量管理制度"),
        (2, "分阶段逐步扩大市场覆盖范围"),
        (1, "实施温室气体自愿减排引导激励行动"),
        (2, "推动企业自主碳减排"),
    ]


def test_an_infographics_titles_without_text_stay_headings() -> None:
    # data/plans/shanghai-sti-center-14th-fyp-interpretation.txt: titles one under another with no text between, some
    # long (EMPTY_HEADING_MAX_CHARS), none over a titled section (GROUP_HEADING)
    text = (
        "上海市建设具有全球影响力的科技创新中心“十四五”规划（图解）\n\n总体要求\n\n主线\n\n"
        "强化科技创新策源功能,提升城市核心竞争力\n\n基本原则\n\n使命导向 策源驱动 赋能发展 开放融通\n\n规划目标\n\n"
        "到2025年,上海科技创新策源功能明显增强\n"
    )
    meta = PlanMeta(id="t", title="上海市建设具有全球影响力的科技创新中心“十四五”规划（图解）")
    titles = [(level, title) for level, _, title in tree(text, meta)]
    assert (1, "总体要求") in titles and (1, "主线") in titles and (1, "规划目标") in titles
