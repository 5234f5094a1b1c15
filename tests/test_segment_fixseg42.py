"""Rules written in session 33 (branch fixseg42) after round 42's first score, each with the real excerpt it was
written from, shortened. Each test fails without its rule."""

from __future__ import annotations

import re

from tests.segmenting import tree

# nat-unified-market-speech-2025 (heldout43): a part of a speech in 求是, its only structure six titled 第一，… points
UNIFIED_MARKET = "\n".join(
    [
        "纵深推进全国统一大市场建设",
        "建设全国统一大市场，是党中央作出的重大决策。近年来，我们相继出台了一系列政策文件，取得积极成效。",
        "落实这些基本要求，当前最急迫的是聚焦重点难点，下决心清除顽瘴痼疾。",
        "第一，着力整治企业低价无序竞争乱象。“内卷”重灾区，要依法依规有效治理。",
        "第二，着力整治政府采购招标乱象。重点整治最低价中标、以次充好、利益勾连等突出问题。",
        "第三，着力整治地方招商引资乱象。要制定全国统一的地方招商引资行为清单。",
        "第四，着力推动内外贸一体化发展。畅通出口转内销路径，提高国内国际标准一致性。",
        "建设全国统一大市场，既是攻坚战，也是持久战，各地区各部门要从政治和全局高度抓好落实。",
    ]
)

# hn-hiap-presser-2025 (heldout31): a press conference's answers count points that restart and are sentences
PRESSER_POINTS = "\n".join(
    [
        "第一，这是落实党中央决策部署的必然要求。",
        "第二，这是提升人民群众健康水平的现实需要。",
        "第三，是加快建设“更高水平的国际健康岛”的需要。",
        "下一步，我们将重点做好以下工作。",
        "第一，持续扩大健康影响评估工作。",
        "第二，实施跨部门干预重大健康风险。",
    ]
)


def test_speech_topic_points_are_headings() -> None:
    # SPEECH_TOPIC_POINTS: the titled 第一，… points of a speech with no other structure, lines kept and joined
    expected = [
        (1, "第一，", "着力整治企业低价无序竞争乱象"),
        (1, "第二，", "着力整治政府采购招标乱象"),
        (1, "第三，", "着力整治地方招商引资乱象"),
        (1, "第四，", "着力推动内外贸一体化发展"),
    ]
    assert tree(UNIFIED_MARKET) == expected
    assert tree(UNIFIED_MARKET.replace("\n", "")) == expected


def test_restarting_answer_points_stay_content() -> None:
    # SPEECH_TOPIC_POINTS: points that count again from 第一 are an answer's, paragraph content
    assert tree(PRESSER_POINTS) == []


# nat-institution-reform-digest-2018 (heldout43): measures numbered on across the parts, one paragraph each
REFORM_MEASURES = "\n".join(
    [
        "**一、深化党中央机构改革**",
        "1.组建国家监察委员会。同中央纪律检查委员会合署办公,实行一套工作机构、两个机关名称。不再保留监察部、国家预防腐败局。",
        "2.组建中央全面依法治国委员会。中央全面依法治国委员会办公室设在司法部。",
        "3.组建中央审计委员会。中央审计委员会办公室设在审计署。",
        "4.中央全面深化改革领导小组、中央网络安全和信息化领导小组、中央财经领导小组、中央外事工作领导小组改为委员会。",
        "5.组建中央教育工作领导小组。中央教育工作领导小组秘书组设在教育部。",
        "6.组建中央和国家机关工作委员会。不再保留中央直属机关工作委员会、中央国家机关工作委员会。",
        "7.组建新的中央党校（国家行政学院）。将中央党校和国家行政学院的职责整合,组建新的中央党校（国家行政学院）。",
        "8.组建中央党史和文献研究院。不再保留中央党史研究室、中央文献研究室、中央编译局。",
        "9.中央组织部统一管理中央机构编制委员会办公室。",
        "10.中央组织部统一管理公务员工作。不再保留单设的国家公务员局。",
        "11.中央宣传部统一管理新闻出版工作。",
        "12.中央宣传部统一管理电影工作。",
        "13.中央统战部统一领导国家民族事务委员会。",
        "14.中央统战部统一管理宗教工作。不再保留单设的国家宗教事务局。",
        "15.中央统战部统一管理侨务工作。不再保留单设的国务院侨务办公室。",
        "16.优化中央网络安全和信息化委员会办公室职责。",
        "17.不再设立中央维护海洋权益工作领导小组。有关职责交由中央外事工作委员会及其办公室承担。",
        "18.不再设立中央社会治安综合治理委员会及其办公室。有关职责交由中央政法委员会承担。",
        "19.不再设立中央维护稳定工作领导小组及其办公室。有关职责交由中央政法委员会承担。",
        "20.将中央防范和处理邪教问题领导小组及其办公室职责划归中央政法委员会、公安部。",
        "**二、深化全国人大机构改革**",
        "21.组建全国人大社会建设委员会。",
        "22.全国人大内务司法委员会更名为全国人大监察和司法委员会。",
        "23.全国人大法律委员会更名为全国人大宪法和法律委员会。",
        "**三、深化国务院机构改革**",
        "24.组建自然资源部。不再保留国土资源部、国家海洋局、国家测绘地理信息局。",
    ]
)


def test_entries_numbered_on_across_parts_are_items() -> None:
    # ENTRIES_NUMBERED_ON_UNREAD: the first part's 1.…20. go on as 21. under 二、: one list of measures, no headings
    assert tree(REFORM_MEASURES) == [
        (1, "一、", "深化党中央机构改革"),
        (1, "二、", "深化全国人大机构改革"),
        (1, "三、", "深化国务院机构改革"),
    ]


def test_entries_restarting_under_each_part_stay_headings() -> None:
    # ENTRIES_NUMBERED_ON_UNREAD: a run that restarts at 1. under the next part is that part's own
    renumbered = REFORM_MEASURES.replace("24.组建", "1.组建")
    restarted = re.sub(r"(?m)^2([1-3])\.", lambda m: f"{int(m.group(1))}.", renumbered)
    assert (2, "1.", "组建国家监察委员会") in tree(restarted)


# nat-medfund-fraud-crime-2024 (heldout13): titled 1.…3. under 一、, the numbering going on under 二、 as sentences
MEDFUND_OPINION = "\n".join(
    [
        "一、全面把握总体要求",
        "1.深刻认识依法惩治医保骗保犯罪的重大意义。医疗保障基金是人民群众的“看病钱”“救命钱”。",
        "2.坚持严格依法办案。坚持以事实为根据、以法律为准绳，依法惩治医保骗保犯罪。",
        "3.坚持分工负责、互相配合、互相制约。公安机关、人民检察院、人民法院依法履行职责。",
        "二、准确认定医保骗保犯罪",
        "4.本意见所指医保骗保刑事案件，是指采取欺骗手段，骗取医疗保障基金的犯罪案件。",
        "5.定点医药机构以非法占有为目的，骗取医疗保障基金支出的，依照刑法规定定罪处罚。",
        "三、依法惩处医保骗保犯罪",
        "6.依法从严惩处医保骗保犯罪，重点打击幕后组织者、职业骗保人等。",
    ]
)


def test_titled_entries_before_numbered_on_sentences_stay_headings() -> None:
    # ENTRY_NUMBERED_ON_TITLE: the 4. going on under 二、 is a measure sentence, not a titled entry like 1.…3.
    assert (2, "1.", "深刻认识依法惩治医保骗保犯罪的重大意义") in tree(MEDFUND_OPINION)


# nat-local-coal-mines-policy-1981 (heldout43): a 请示 on one line with two lists of parts, each after a colon
COAL_MINES = (
    "国务院：今年一至七月，地方国营煤矿产量比去年同期减产九百二十七万吨。据各地反映和有关部门最近的调查，地方国营煤矿"
    "生产下降的主要原因是：一、煤价太低，企业亏损严重，大量矿井被迫关闭。目前地方煤矿吨煤售价平均为十八元七角。"
    "二、基建投资和改造资金削减太多，新井投产越来越少，技术改造进度缓慢。一九七一年到一九八○年投产的新井较多。"
    "三、维持简单再生产费用不足，安全状况很差，采掘关系失调。据二十五个省、市、自治区统计，欠账很多。"
    "为此，我们建议对地方国营煤矿采取以下几项经济政策：一、实行亏损补贴。目前地方煤价偏低，亏损比较严重。"
    "二、适当减免税收。建议从一九八二年起降低工商税率。三、增加基建投资和技术改造资金。前几年拨给的资金太少。"
    "四、适当提高维简费用。建议地方国营煤矿的维简费每吨煤提高到四元。以上请示如无不妥，请批转各地执行。"
)


def test_announced_second_list_restarts_the_parts() -> None:
    # ANNOUNCED_LIST_RESTART: "…采取以下几项经济政策：一、实行亏损补贴。" opens a second list of parts, level 1
    assert [(level, number) for level, number, _ in tree(COAL_MINES)] == [
        (1, "一、"),
        (1, "二、"),
        (1, "三、"),
        (1, "一、"),
        (1, "二、"),
        (1, "三、"),
        (1, "四、"),
    ]


# nat-flow-cytometry-ai-review-2023 (heldout42): a review guideline's deep decimal outline, 2.4.4.1 a provision sentence
FLOW_CYTOMETRY = "\n".join(
    [
        "一、注册申报资料说明",
        "（一）研究资料",
        "1.　产品风险管理资料",
        "　　提供产品风险管理资料，说明风险分析、风险评价、风险控制措施。",
        "2.　软件研究资料",
        "　　2.1　软件基本信息",
        "　　明确软件的名称、型号规格、结构组成等信息。",
        "　　2.4　算法研究资料",
        "　　根据《人工智能医疗器械注册审查指导原则》的要求，提供算法研究资料。",
        "　　2.4.1　算法基本信息",
        "　　明确算法的名称、类型、结构、输入输出、流程图、算法编程框架、运行环境等基本信息。",
        "　　2.4.2　算法风险管理",
        "　　结合预期用途、使用场景、和核心功能、算法成熟度、网络安全等因素开展算法风险管理。",
        "　　2.4.3　算法需求规范",
        "　　提供算法需求规范文档，若无单独文档可提供软件需求规范，并注明算法需求相关内容。",
        "　　2.4.4　数据收集",
        "　　2.4.4.1　提供数据来源合规性声明，列明数据来源机构的名称、所在地域、数据收集量、伦理批件编号等信息。",
        "　　2.4.4.2　数据采集",
        "　　建议参考2.2需求规范的要求，提供数据采集操作规范文档，包括数据采集设备、数据采集过程等。",
        "　　2.4.4.3　数据整理",
        "　　数据整理基于原始数据库考虑数据清洗、数据预处理的质量控制要求。",
        "　　2.4.5　算法训练",
        "　　依据适用人群、数据来源机构、采集设备等因素划分训练集、调优集。",
    ]
)


def test_titled_decimal_points_after_an_untitled_first_are_headings() -> None:
    # DECIMAL_UNTITLED_FIRST: 2.4.4.2 opens the run under 2.4.4, its 2.4.4.1 a provision sentence (no heading)
    sections = tree(FLOW_CYTOMETRY)
    assert (6, "2.4.4.2", "数据采集") in sections
    assert (6, "2.4.4.3", "数据整理") in sections
    assert not any(number == "2.4.4.1" for _, number, _ in sections)
