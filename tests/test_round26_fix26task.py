"""Rules written after round 26's first score (fix26task, session 25): each with a short real excerpt from
tests/realworld (heldout26, development data since its score) that fails without its rule."""

from __future__ import annotations

from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.loaders.structure.document import load_plan
from plankg.loaders.text.read import guess_meta
from plankg.pipeline import analyse
from plankg.schema import Indicator, PlanMeta


def _indicators(text: str, stem: str = "plan") -> list[Indicator]:
    meta = guess_meta(text, stem, "0" * 64)
    return analyse(text, meta, load_field_vocabulary()).indicators


def test_a_dated_goal_paragraph_in_the_lead_before_the_first_heading_sets_targets() -> None:
    # LEAD_GOAL_PARAGRAPH: sh-industry-renewal-action-2024 (上海市…专项行动) states its 到2027年 goals in an unlabelled
    # paragraph after its lead, before 一、; none of it was read (the plan has no section titled …目标 or 总体要求).
    text = (
        "**上海市推动工业领域大规模设备更新和创新产品扩大应用的专项行动**\n\n"
        "推动大规模设备更新和创新产品扩大应用是加快推进新型工业化的重要抓手，制定本专项行动。\n\n"
        "到2027年，实现本市工业领域设备更新规模累计达2000亿元，设备投资规模较2023年增长25%以上，"
        "规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过95%、77%，规上工业企业数字化改造全覆盖，"
        "市级创新产品推荐目录突破1500个，先进产能比重持续提高。\n\n"
        "**一、重点领域先进设备更新行动**\n\n"
        "**（一）创新重点产品进清单。** 围绕高端装备领域推出50类标志性产品。\n\n"
        "**（二）智能制造设备进工厂。** 到2027年打造500个智能制造示范场景。\n"
    )
    got = {(i.name, i.target, i.year) for i in _indicators(text)}
    assert ("关键工序数控化率", "77%", 2027) in got
    assert ("市级创新产品推荐目录", "1500个", 2027) in got
    assert not any("标志性产品" in name or "示范场景" in name for name, _, _ in got)  # the task part stays unread


def test_a_news_page_whose_only_headings_are_its_title_and_furniture_reads_as_headingless() -> None:
    # NUMBERLESS_HEADINGS: nat-vpp-news-2025 (国家能源局 repost): the title line and "**大** **中** **小**" were read as
    # two unnumbered headings, so the page was no text without headings and its dated lead went unread.
    text = (
        "全国虚拟电厂建设加快推进---国家能源局\n"
        "\n"
        "\n"
        "- [首 页](http://www.nea.gov.cn/)\n"
        "- [信息公开](http://www.nea.gov.cn/zfxxgk/gkzn.htm)\n"
        "- [领导活动](http://www.nea.gov.cn/ldhd/index.htm)\n"
        "- [新闻中心](http://www.nea.gov.cn/xwzx/index.htm)\n"
        "- [能源要闻](http://www.nea.gov.cn/xwzx/nyyw.htm)\n"
        "- [在线办事](https://xzsp.nea.gov.cn/nea/)\n"
        "\n"
        "您当前位置： [首页](http://www.nea.gov.cn/) \\> 正文\n"
        "\n"
        "全国虚拟电厂建设加快推进\n"
        "\n"
        "\n"
        "发布时间：2025-04-18\n"
        "\n"
        "来源：人民日报海外版\n"
        "**大** **中** **小**\n"
        "\n"
        "随着新型电力系统建设和电力市场建设加快推进，虚拟电厂的发展条件日益成熟、作用日益显著、需求日益增长。日前，"
        "国家发展改革委、国家能源局发布《关于加快推进虚拟电厂发展的指导意见》（以下简称“意见”），提出到2027年，"
        "虚拟电厂建设运行管理机制成熟规范，参与电力市场的机制健全完善，全国虚拟电厂调节能力达到2000万千瓦以上。"
        "到2030年，虚拟电厂应用场景进一步拓展，各类商业模式创新发展，全国虚拟电厂调节能力达到5000万千瓦以上。\n"
    )
    got = {(i.name, i.year) for i in _indicators(text)}
    assert got == {("全国虚拟电厂调节能力", 2027), ("全国虚拟电厂调节能力", 2030)}


def test_a_sentence_naming_the_periods_goals_dates_the_rest_of_its_paragraph() -> None:
    # PERIOD_GOALS_NAMED and BARE_YEAR_CLAUSE: nat-new-energy-system-15-news (a news item on the 十五五 energy plan, its
    # full-width ％ folded by the reader); none of its six targets was read before.
    text = (
        "## 政策原文\n\n"
        "国家发展改革委、国家能源局日前发布《新型能源体系建设“十五五”规划》，提出2030年初步建成清洁低碳安全高效的"
        "新型能源体系。\n"
        "规划提出“十五五”时期新型能源体系建设的主要目标。其中，能源综合生产能力达到58亿吨标准煤，电力系统互补互济和"
        "安全韧性水平全面提升，能源进口多元可控；煤炭和石油消费达峰，非化石能源消费比重达到25％，风电和太阳能发电"
        "装机比重超过50％、成为电力装机主体，非化石能源发电量比重达到50％、成为电量主体。\n"
        "规划明确，推动配电网向源网荷储资源高效配置平台转变，2030年力争具备承载9亿千瓦分布式新能源接入能力。"
        "建立完善新能源消纳综合评价指标体系，2030年新能源发电量占比达到30％。\n"
    )
    got = {(i.name, i.target, i.year) for i in _indicators(text, "nat-new-energy-system-15-news")}
    assert ("非化石能源消费比重", "25%", 2030) in got
    assert ("风电和太阳能发电装机比重", "50%", 2030) in got
    assert ("新能源发电量占比", "30%", 2030) in got
    assert any(name == "分布式新能源接入能力" and year == 2030 for name, _, year in got)


def test_a_work_reports_period_targets_climb_steps_and_list_levels_without_verbs() -> None:
    # SHARED_STEP with FIRST_NAME_IN_LAST, PER_PERSON_AMOUNT, RATIO_COLON_FORMS and MEANS_AFTER_GOALS: fl-gwr-2026
    # (重庆涪陵, 2026 政府工作报告): the two steps were lost (or named 地区生产总值地区生产总值), 30万元/人 and 2.1︰1
    # unread, and the project investments after 实现上述目标， read as four targets named 总投资超.
    text = (
        "**二、“十五五”时期主要目标任务**\n\n"
        "“十五五”时期的主要预期目标是：围绕2030年确保基本实现社会主义现代化取得决定性进展，着力巩固拓展优势。"
        "地区生产总值、人均地区生产总值分别迈上2400亿元、21万元新台阶，工业增加值1200亿元，全员劳动生产率30万元/人，"
        "常住人口城镇化率76%，城乡居民人均可支配收入比2.1︰1。\n\n"
        "**实现上述目标，要精心谋划前行路径：**\n\n"
        "**——以“10大标志性、30个支撑性项目”为重要抓手。** 10大标志性项目：包括广涪柳铁路、绕城高速西环北环等，"
        "总投资超2500亿元，“十五五”期间计划投资超700亿元。\n\n"
        "**三、2026年工作安排**\n\n今年主要预期目标是：地区生产总值增长6%，固定资产投资增长5%。\n"
    )
    got = {(i.name, i.target) for i in _indicators(text, "fl-gwr-2026")}
    assert {("地区生产总值", "2400亿元"), ("人均地区生产总值", "21万元")} <= got
    assert ("全员劳动生产率", "30万元/人") in got
    assert ("城乡居民人均可支配收入比", "2.1︰1") in got
    assert not any("投资超" in name for name, _ in got)


def test_an_excerpt_opening_with_a_part_named_for_the_plans_tasks_is_a_task_block() -> None:
    # EXCERPT_OPENS_WITH_PART and PLAN_NAMED_BLOCK: cm-eco-civ-demo-2024 (an excerpt of a district plan's task
    # part): its first line 三、 was dropped (a first heading not numbered 1) and 规划重点任务 named no block; no task
    # was read.
    text = (
        "**三、规划重点任务**\n\n"
        "**（一）推动生态能级高标准跃升，打造绿色生态“桥头堡”**\n\n"
        "以建设世界级生态岛为指引，对标国际一流水平，推进生态保护修复，打造世界级生态会客厅。\n\n"
        "**1.筑牢世界级生态岛生态基底**\n\n"
        "**（1）严守生态保护空间**\n\n"
        "优化生态空间格局。以水系为脉、田园为底、林带成网为导向，构建“五源多廊”生态空间格局。\n\n"
        "**（2）加强生态系统保护修复**\n\n"
        "提升湿地生态系统质量。推进东滩、西沙等湿地保护修复。\n"
    )
    plan = load_plan(text, PlanMeta(id="cm-eco-civ-demo-2024", title="上海市崇明区国家生态文明建设示范区规划"))
    assert plan.sections[0].number == "三、"
    assert [(t.number, t.kind) for t in plan.tasks] == [("（1）", "重点任务"), ("（2）", "重点任务")]


def test_a_lead_after_the_period_dates_its_targets_in_a_text_of_one_line() -> None:
    # LEAD_PERIOD_YEAR and MEANS_AFTER_GOALS after a lead: fl-gwr-2026 crawled onto one line, its part headings lost,
    # so no section title dated "“十五五”时期的主要预期目标是：" and none of its targets was read.
    text = (
        "**二、“十五五”时期主要目标任务**按照区委六届十一次全会部署，“十五五”时期全区经济社会发展的总体要求是：坚持"
        "稳中求进工作总基调。“十五五”时期的主要预期目标是：围绕2030年确保基本实现社会主义现代化取得决定性进展，"
        "着力巩固拓展优势。地区生产总值、人均地区生产总值分别迈上2400亿元、21万元新台阶，工业增加值1200亿元，"
        "常住人口城镇化率76%。**实现上述目标，要精心谋划前行路径：****——以“10大标志性、30个支撑性项目”为重要抓手。**"
        "10大标志性项目：包括广涪柳铁路等，总投资超2500亿元，“十五五”期间计划投资超700亿元。"
    )
    got = {(i.name, i.target, i.year) for i in _indicators(text, "fl-gwr-2026")}
    assert ("工业增加值", "1200亿元", 2030) in got
    assert ("常住人口城镇化率", "76%", 2030) in got
    assert not any("投资超" in name for name, _, _ in got)


def test_this_year_is_the_year_the_report_names_as_the_periods_first() -> None:
    # THIS_YEAR_OF_PERIOD: fl-gwr-2026 crawled onto one line lost its heading 三、2026年工作安排, and
    # "今年主要预期目标是：" had no year; its five targets went unread.
    text = (
        "为涪陵现代化建设注入澎湃动能。**三、2026年工作安排**今年是“十五五”开局之年，也是纵深推进涪陵现代化建设的关键"
        "之年。今年主要预期目标是：地区生产总值增长6%，规上工业增加值增长8%，固定资产投资增长5%，社会消费品零售总额"
        "增长5%左右，居民收入增长与经济增长同步，单位地区生产总值碳排放下降3.8%左右。实现上述目标，必须牢牢把握稳进"
        "提质、改革创新、除险固安、强企富民工作导向，重点抓好六个方面工作。**（一）聚焦扩大内需，在提振投资消费上开创"
        "新局面**推动投资稳定向好。全年向上争取资金118亿元。"
    )
    got = {(i.name, i.year) for i in _indicators(text, "fl-gwr-2026")}
    assert ("地区生产总值增长", 2026) in got
    assert ("单位地区生产总值碳排放下降", 2026) in got


def test_a_sentence_naming_the_periods_goals_dates_the_next_sentence_on_one_line() -> None:
    # PERIOD_GOALS_NAMED in a text without line breaks: nat-new-energy-system-15-news joined had no paragraph to date,
    # and its four 其中，… targets went unread.
    text = (
        "## 政策原文国家发展改革委、国家能源局日前发布《新型能源体系建设“十五五”规划》，提出2030年初步建成清洁低碳安全"
        "高效的新型能源体系。规划提出“十五五”时期新型能源体系建设的主要目标。其中，能源综合生产能力达到58亿吨标准煤，"
        "能源进口多元可控；煤炭和石油消费达峰，非化石能源消费比重达到25％，非化石能源发电量比重达到50％、成为电量主体。"
        "规划明确，推动清洁能源基地外送输电通道建设。"
    )
    got = {(i.name, i.year) for i in _indicators(text, "nat-new-energy-system-15-news")}
    assert {("非化石能源消费比重", 2030), ("非化石能源发电量比重", 2030)} <= got
