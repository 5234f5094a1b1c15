"""Indicator rules written in session 32 (branch ind40) from the later rounds' real plans, each with the excerpt it was
written from. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.extract.indicators import extract_indicators
from plankg.schema import PlanDocument
from tests.test_indicators import doc_with

GOALS = [("一、", "发展目标"), ("二、", "重点任务")]


def _read(doc: PlanDocument) -> list[tuple[str, str, int | None]]:
    return [(i.name, i.target, i.year) for i in extract_indicators(doc)]


def _goals(sentence: str, end_year: int = 2025) -> list[tuple[str, str, int | None]]:
    return _read(doc_with(f"一、发展目标\n{sentence}\n二、重点任务\n", GOALS, end_year=end_year))


def test_a_bare_target_may_be_in_ten_thousand_hundred_millions() -> None:
    # BARE_TARGET with 万亿 (hunan-tourism-14-action-news-trad): "实现旅游总收入1.15万亿元以上" has no verb before its
    # value, and its magnitude is two characters
    got = _goals("到2023年,全省接待旅游总人数9.6亿人次以上,实现旅游总收入1.15万亿元以上;过夜游客比重达到35%左右。")
    assert ("实现旅游总收入", "1.15万亿元以上", 2023) in got


def test_a_volume_names_its_object_with_a_short_name() -> None:
    # VOLUME_MEASURE (farmland-water-plan-trad): earthworks in 立方 are named by 土石方, three characters
    got = _goals("到2025年，渠道硬化42公里,更新改造机电泵站25座,完成土石方252万立方。")
    assert [name for name, _, _ in got][-1] == "土石方"


def test_a_verb_before_de_is_part_of_the_name() -> None:
    # VERB_BEFORE_DE (nat-irrigation-14-news): 新建的 qualifies the irrigation districts, it is no verb to strip
    got = _goals("到2025年，新建的大型灌区预计可新增有效灌溉面积1500万亩,改善灌溉面积980万亩。")
    assert got[0][0].startswith("新建的大型灌区")


def test_a_dated_aim_in_the_work_items_of_a_notice_without_goals_is_a_target() -> None:
    # DATED_AIM_WITHOUT_GOALS (nat-high-power-charging-2025, yn-rural-revitalization-2022): a 通知 without a goal part
    titles = [("一、", "加强大功率充电设施专项规划统筹"), ("二、", "推进设施建设")]
    text = (
        "各省、自治区、直辖市发展改革委：\n为推动大功率充电设施科学规划建设，现就有关事项通知如下。\n"
        "一、加强大功率充电设施专项规划统筹\n对重大节假日期间利用率超过40%的充电设施实施大功率改造。"
        "到2027年底，力争全国范围内大功率充电设施超过10万台，服务品质和技术应用实现迭代升级。\n"
        "二、推进设施建设\n严格落实粮食安全党政同责,确保2026年全省粮食播种面积稳定在6287万亩以上、产量稳定在1930万吨以上。"
        "到2026年底前,全市首批100个示范社区全面建成。\n"
    )
    doc = doc_with(text, titles, end_year=None)
    doc = doc.model_copy(update={"plan": doc.plan.model_copy(update={"start_year": 2025})})
    got = _read(doc)
    assert ("全国范围内大功率充电设施", "10万", 2027) in got
    assert ("全省粮食播种面积", "6287万", 2026) in got
    # a deadline without 力争/确保 is a task's, and a trigger (利用率超过40%) no target
    assert all(year is not None for _, _, year in got)
    assert not any("示范社区" in name or "利用率" in name for name, _, _ in got)
    # a document with a goal part reads its targets there only
    titled = text.replace("一、加强大功率充电设施专项规划统筹", "一、发展目标")
    titles = [("一、", "发展目标"), ("二、", "推进设施建设")]
    doc = doc_with(titled, titles, end_year=None)
    doc = doc.model_copy(update={"plan": doc.plan.model_copy(update={"start_year": 2025})})
    assert not any(name == "全省粮食播种面积" for name, _, _ in _read(doc))


def test_the_years_secured_value_is_its_target_and_the_stretch_after_it_none() -> None:
    # THIS_YEAR_SECURED, STRETCH_AFTER_SECURED, NAME_MODAL_TAIL's 确保完成 (bz-transport-2023-meeting): a headingless
    # report of the year's work conference; 确保 dates the year's amount, the 力争 value is its stretch
    text = (
        "会议强调,抓好交通运输工作,要突出做好7方面工作:一是项目要规划好。二是工程要建设好。"
        "围绕构建格局,全年交通基础设施投资确保完成150亿元,力争完成200亿元。三是行业要管理好。\n"
    )
    doc = doc_with(text, [], end_year=None)
    doc = doc.model_copy(update={"plan": doc.plan.model_copy(update={"issued": "2023-02-10"})})
    assert _read(doc) == [("交通基础设施投资", "150亿元", 2023)]


def test_a_sentence_opening_with_a_status_before_the_plan_is_no_target() -> None:
    # STATUS_OPENS (eb-rooftop-pv-12-news): a headingless news report of a 十二五 plan; the status 截至2010年 is not
    # dated by the 到2015年 of the sentence before it
    text = (
        "光伏发电规划\n值得注意的是，到2015年，屋顶光伏电站规模为300万千瓦，到2020年则达2500万千瓦。"
        "截至2010年，屋顶光伏电站的装机规模约30万千瓦。\n"
    )
    doc = doc_with(text, [], end_year=2015)
    doc = doc.model_copy(update={"plan": doc.plan.model_copy(update={"start_year": 2011})})
    assert not any(value.startswith("30万") for _, value, _ in _read(doc))


def test_a_paragraph_where_the_plan_goes_on_keeps_the_year_before_it() -> None:
    # PLAN_GOES_ON_PARAGRAPH (hk01-health-14-news): "规划又提到," continues the 到2025年 paragraph before it
    text = (
        "十四五国民健康规划公布\n另外,规划还提出,到2025年,中国居民健康素养水平要提高到25.0%,经常参加体育锻炼人数比例达38.5%。\n"
        "规划又提到,国家和省级健康县区比例不低于40%,二级以上医院中健康促进医院比例不低于50%。\n"
    )
    got = _read(doc_with(text, [], end_year=None))
    assert ("国家和省级健康县区比例", "40%", 2025) in got
    # a paragraph that opens otherwise is dated by its own words only
    other = text.replace("规划又提到,", "有专家认为,")
    assert not any(name == "国家和省级健康县区比例" for name, _, _ in _read(doc_with(other, [], end_year=None)))


def test_a_year_in_chinese_numerals_dates_its_sentence() -> None:
    # CHINESE_YEAR (nat-power-bonds-1987): the lead of a notice without a goal part; 一九八七年 dates the amounts
    titles = [("一、", "各省购买电力建设债券数额"), ("二、", "暂行规定")]
    text = (
        "国务院：一月七日，国务院会议讨论决定，一九八七年发行国家重点建设债券五十五亿元，重点企业债券四十五亿元。\n"
        "一、各省购买电力建设债券数额\n见附表。\n二、暂行规定\n略。\n"
    )
    doc = doc_with(text, titles, end_year=None)
    doc = doc.model_copy(update={"plan": doc.plan.model_copy(update={"start_year": 1987})})
    got = _read(doc)
    assert ("发行国家重点建设债券", "55亿元", 1987) in got
    assert ("重点企业债券", "45亿元", 1987) in got
    # a year in numerals before the plan reviews (nat-refining-capacity-1991, a 1991 notice): it dates nothing
    text = (
        "国务院各部委：到一九九〇年底，我国炼油加工能力已达到一亿四千五百万吨。"
        "一九九〇年我国实际加工原油一亿零七百二十万吨，炼油加工能力的平均利用率只有74%。\n"
        "一、各省购买电力建设债券数额\n见附表。\n二、暂行规定\n略。\n"
    )
    doc = doc_with(text, titles, end_year=None)
    doc = doc.model_copy(update={"plan": doc.plan.model_copy(update={"start_year": 1991})})
    assert _read(doc) == []
