"""Rules written in session 36 (branch join49) for texts that lost their line breaks, each with the real excerpt it was
written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[str]:
    return [h.title for h in headings_inline(text)]


# nat-gwr-2005 (heldout47), joined: a part's title runs into a sentence that opens with 一年来， or 今年 + a modal
REPORT_PARTS = (
    "各位代表：现在，我代表国务院，向大会作政府工作报告。一、过去一年工作回顾2004年，全国各族人民团结奋进。二、2005年工作"
    "总体部署今年，是全面完成“十五”任务的关键一年。三、继续保持经济平稳较快发展今年经济发展要着重抓好以下四个方面工作。"
    "四、大力推进经济体制改革和对外开放今年，我们要用更大力量推进经济体制改革。五、加强行政能力建设和政风建设一年来，我们"
    "在贯彻实施行政许可法等方面，做了一些工作。"
)


def test_a_part_title_ends_before_the_years_looked_back_on_and_this_years_modal() -> None:
    # PAST_YEARS_OPENER, THIS_YEAR_MODAL_OPENER: not "…较快发展今年" nor "…政风建设一年来，我们在…"
    assert titles(REPORT_PARTS)[2:] == [
        "继续保持经济平稳较快发展",
        "大力推进经济体制改革和对外开放",
        "加强行政能力建设和政风建设",
    ]


# ls-edu-14fyp-interp-2022 (heldout48), joined: the page's font-size widget before the first part, 背景 ending its title
READING = (
    "发布日期: 2022- 07- 19 17: 18 访问次数: 字号:[ ]一、政策背景“十四五”教育事业发展规划编制工作由区教育体育局牵头,"
    "结合莱山区经济发展和人口规模实际,制定本规划。二、决策依据根据《中国教育现代化2035》制定。三、出台目的为了推进教育发展。"
)


def test_the_first_part_after_a_page_widget_and_a_background_title() -> None:
    # PAGE_WIDGET_BEFORE_FIRST_PART, INLINE_PART_HEAD_NOUNS 背景: not [] (the 一、 after ] unread)
    assert titles(READING) == ["政策背景", "决策依据", "出台目的"]
