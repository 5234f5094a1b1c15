"""Rules written in session 27 (branch join27) for texts that lost their line breaks, each with the real excerpt
it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


def test_a_quantity_glued_to_a_word_is_no_decimal_point_of_another_prefix() -> None:
    # DECIMAL_PREFIX_GOES_ON (tx-ev-charging-2025, heldout17, joined): "按2.5辆" after 4.4 is no 4.5
    text = (
        "第四章 需求预测4.1 新能源汽车发展趋势新能源汽车包括纯电动汽车、增程式电动汽车。"
        "4.2 电动汽车保有量预测全国及开封市新能源汽车保有量高速增长。"
        "4.3 充电设施需求预测公用充电设施：按照政策要求的1:7车桩比建设。"
        "4.4 充电基础设施配置原则专用充电设施：2030年，公交车及客车全部替换为新能源车辆；出租车总量预计165辆；"
        "环卫车按2.5辆/万人估算，规划期末约82辆。各类型场所配置原则：新建住宅配建停车位100%建设或预留充电设施。"
        "第五章 规划目标和原则5.1 指导思想树立创新、协调、绿色、开放、共享的发展理念。"
        "5.2 基本原则坚持全局统筹，均衡布局，适度超前。"
    )
    # the text goes on from its 第三章 (``numbering``: the chapters read before it)
    found = [(h.level, h.number) for h in headings_inline(text, numbering={"chapter:章": 3})]
    assert found == [
        (1, "第四章"),
        (2, "4.1"),
        (2, "4.2"),
        (2, "4.3"),
        (2, "4.4"),
        (1, "第五章"),
        (2, "5.1"),
        (2, "5.2"),
    ]


def test_a_page_number_glued_before_a_decimal_point_still_goes_on() -> None:
    # DECIMAL_PREFIX_GOES_ON (nat-plan-checkup-rules-2020, dev, joined): "…开展。53.3.2 构建…" is 3.3.2 after page 5,
    # and 3.3.3 goes on from it
    text = (
        "3.3.1 制定体检评估工作方案体检评估工作专班每年制定年度体检或五年评估工作方案，有序指导体检评估工作开展。"
        "53.3.2 构建评估框架和指标体系各地参照本规程构建体检评估框架。体检评估框架应稳定延续。"
        "3.3.3 资料收集调查以全国国土调查为基础，充分收集体检评估所需资料。"
    )
    assert [(level, number) for level, number, _ in titles(text)] == [
        (1, "3.3.1"),
        (1, "53.3.2"),
        (1, "3.3.3"),
    ]


def test_a_bare_chapter_figure_over_its_first_decimal_point_opens_the_chapter() -> None:
    # DECIMAL_TOP_OVER_FIRST_POINT (fl-energy-station-2023, heldout20, joined): "…问题。2  现状分析2.1 涪陵区概况…"
    text = (
        "涪陵区综合能源站发展规划（2023—2030年）1  概  述1.1 规划背景"
        "党的二十大报告明确指出，要推动战略性新兴产业融合集群式发展。"
        "1.2 规划依据（1）《中华人民共和国安全生产法》；（2）《中华人民共和国消防法》。"
        "（4）统筹综合能源站安全加强对综合能源站安全保障，从规划阶段统筹考虑综合能源的建设、运营安全问题。"
        "2  现状分析2.1 涪陵区概况2.1.1 地理位置涪陵区位于北纬29°21′至30°01′、东经106°56′至107°43′之间。"
        "2.1.2 地形地貌涪陵区地处四川盆地和盆边山地过渡地带，境内地势以低山丘陵为主。"
    )
    found = [(level, number) for level, number, _ in titles(text) if "." in number or number.isdigit()]
    assert found == [(1, "1"), (2, "1.1"), (2, "1.2"), (1, "2"), (2, "2.1"), (3, "2.1.1"), (3, "2.1.2")]
    assert [title for _, number, title in titles(text) if number in ("1", "2")] == ["概  述", "现状分析"]


def test_a_title_ending_in_a_code_ends_where_its_words_are_restated() -> None:
    # RESTATED_AFTER_BRACKET (nat-nonferrous-std-guide-2023, heldout7, joined): "智能控制系统标准（CIBA）|智能控制…"
    text = (
        "分为智能控制系统标准、智能设备设施标准等2个部分。1.智能控制系统标准（CIBA）智能控制系统标准主要规定有色金属行业"
        "智能装备的控制方法、多装备的集成控制与协同、数据接口及协议规范。该类标准用于规范装备的智能化运行。"
        "2.智能设备设施标准（CIBB）智能设备设施标准主要包括有色金属行业智能制造所采用的设备设施标准。"
        "该类标准主要面向智能设备设施的行业应用。"
    )
    assert [title for _, _, title in titles(text)] == ["智能控制系统标准（CIBA）", "智能设备设施标准（CIBB）"]


def test_a_marker_after_a_figure_caption_opens_as_after_a_sentence() -> None:
    # CAPTION_BEFORE_MARKER (nat-petrochem-std-guide-2022, heldout6, joined): "…图4 智能装备标准子体系|（1）传感器…"
    text = (
        "（一）基础共性标准基础共性标准用于统一石化行业智能制造相关概念。AGC控制系统图3 基础共性标准子体系"
        "1.智能装备标准主要包括传感器与仪器仪表、自动识别装备、控制系统等七个部分，如图4所示。"
        "主要用于规定智能传感器、智能仪表等智能装备的数据字典。AGG工艺过程装备图4 智能装备标准子体系"
        "（1）传感器与仪器仪表标准主要包括面向石化复杂生产过程中的微型化、智能化传感器的数据编码与交换等通用技术标准。"
        "主要用于解决数据采集与交换过程中数据格式不统一的问题。（2）自动识别设备标准主要包括石化专有自动识别设备的数据编码、"
        "接口规范等标准。主要用于石化物流、仓储应用的自动识别设备及对象的数据采集和分析处理。"
    )
    assert [(level, number) for level, number, _ in titles(text)] == [
        (1, "（一）"),
        (2, "1."),
        (3, "（1）"),
        (3, "（2）"),
    ]


def test_a_title_ends_before_the_present_its_sentence_opens_with() -> None:
    # CURRENTLY_OPENER (fl-energy-station-2023, heldout20; ll-energy-station-2025, heldout16; joined)
    text = (
        "2.1 涪陵区概况2.1.1 地理位置涪陵区位于北纬29°21′至30°01′之间。"
        "2.2 涪陵区能源站现状截至目前，全区共建设98座加油站，9座压缩天然气（CNG）加气站。"
    )
    joined = (
        "而综合能源站将成为主要模式。三、存在问题（一）加氢站建设进度缓慢布局散乱目前已建成加氢站及综合能源站仅11座，"
        "数量少，因无规划，手续办理存在困难。（二）土地利用率低目前加油站基本饱和，其中100余座加油站停止运营，造成土地闲置。"
    )
    assert [title for _, number, title in titles(text) if number == "2.2"] == ["涪陵区能源站现状"]
    assert [title for _, _, title in titles(joined)] == ["加氢站建设进度缓慢布局散乱", "土地利用率低"]


def test_a_short_title_keeps_no_as_of_word_of_its_sentence() -> None:
    # AS_OF_WORDS_BEFORE_CUT (fl-energy-station-2023, heldout20, joined): "2.2.3 充电站|截至2024年6月底，…"
    text = (
        "2.2 涪陵区能源站现状截至目前，全区共建设98座加油站。2.2.1 加油站涪陵区现有98个已建成加油站。"
        "2.2.2 加气站目前涪陵区仅有9座CNG和LNG加气站。"
        "2.2.3 充电站截至2024年6月底，涪陵区已建成公用、专用电动汽车快充和超充充电站99座，充电桩944台。"
    )
    assert [title for _, number, title in titles(text) if number == "2.2.3"] == ["充电站"]
