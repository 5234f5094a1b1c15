"""Metadata guessed off a county plan's cover under a vault page's caption (session 20, branch seg20)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

# tx-ev-charging-2025 (heldout17), shortened: the vault's "## 政策原文" caption over the PDF's cover.
COVER = (
    "## 政策原文\n\n通许县新能源汽车充电设施布局专项规划\n\n（2025-2030 年）\n\n（送审稿）\n\n2025 年 12 月\n\n"
    "* * *\n\n第一章 规划总则\n\n1.1 编制目的和意义\n\n"
    "为加快推进充电基础设施建设，满足新能源汽车充电需求，编制本规划。\n"
)


def test_a_page_caption_over_a_cover_is_no_part_of_the_title() -> None:
    # CAPTION_OVER_COVER: "政策原文" was glued in front of the title; DRAFT_FOR_REVIEW: "（送审稿）" was left out
    assert guess_meta(COVER, "s", "0" * 64).title == "通许县新能源汽车充电设施布局专项规划（2025-2030 年）（送审稿）"


def test_a_comment_draft_stays_out_of_the_title() -> None:
    # a comment draft's stage is still no part of the name (DRAFT_STATUS_LINE)
    draft = COVER.replace("送审稿", "征求意见稿")
    assert guess_meta(draft, "s", "0" * 64).title == "通许县新能源汽车充电设施布局专项规划（2025-2030 年）"


# nat-capacity-price-2026 (heldout15), shortened: the ministry page's title bar, then the notice's headline broken
# over two lines above its 文号.
MINISTRY_PAGE = (
    "关于完善发电侧容量电价机制的通知（发改价格〔2026〕114号）\n\n[ 打印 ]\n国家发展改革委 国家能源局关于\n"
    "完善发电侧容量电价机制的通知\n发改价格〔2026〕114号\n各省、自治区、直辖市发展改革委、能源局：\n"
    "为贯彻落实党中央和国务院关于推进能源领域价格改革的决策部署，现就有关工作通知如下。\n一、总体思路\n"
)


def test_the_notice_headline_above_its_number_is_the_title_not_the_page_bar() -> None:
    # PAGE_TITLE_WITH_NUMBER: the title bar "…的通知（发改价格〔2026〕114号）" was the title, no issuer found
    meta = guess_meta(MINISTRY_PAGE, "s", "0" * 64)
    assert (meta.title, meta.issuer, meta.doc_number) == (
        "国家发展改革委 国家能源局关于完善发电侧容量电价机制的通知",
        "国家发展改革委 国家能源局",
        "发改价格〔2026〕114号",
    )


def test_a_page_bar_without_a_headline_below_loses_its_number() -> None:
    bar_only = "关于完善发电侧容量电价机制的通知（发改价格〔2026〕114号）\n\n各省、自治区、直辖市发展改革委：\n"
    assert guess_meta(bar_only, "s", "0" * 64).title == "关于完善发电侧容量电价机制的通知"


def test_a_reply_letters_number_glued_to_its_title_loses_the_kind() -> None:
    # DOC_NUMBER_TITLE_TAIL: "…的复函国办函〔2004〕20号" gave the 文号 "复函国办函〔2004〕20号"
    text = (
        "国务院办公厅关于修复贵州省生态环境问题的复函国办函〔2004〕20号\n\n钱正英同志：\n\n"
        "您的文章收悉。现将有关部门的意见函复如下：一、关于从根本上巩固退耕还林成果问题。\n"
    )
    assert guess_meta(text, "s", "0" * 64).doc_number == "国办函〔2004〕20号"


def test_a_speech_is_a_report_and_a_plan_citing_a_speech_is_a_plan() -> None:
    # SPEECH_TITLE: "…在全国地矿局长会议上的讲话" was kind plan
    speech = (
        "国务院关于印发万里同志在全国地矿局长会议上的讲话的通知\n国发〔1986〕52号\n各省、自治区、直辖市人民政府：\n"
        "现将万里同志《在全国地矿局长会议上的讲话》印发给你们，请认真贯彻执行。\n国务院\n1986年9月25日\n"
    )
    assert (guess_meta(speech, "s", "0" * 64).title, guess_meta(speech, "s", "0" * 64).kind) == (
        "在全国地矿局长会议上的讲话",
        "report",
    )
    plan = "关于贯彻落实重要讲话精神的实施意见\n\n一、总体要求\n\n坚持统筹推进。\n"
    assert guess_meta(plan, "s", "0" * 64).kind == "plan"
