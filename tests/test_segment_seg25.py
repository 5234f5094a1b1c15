"""Session 25 (branch seg25): headings of markdown crawls that lost their line breaks, read inline."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline
from plankg.loaders.text.normalise import normalise


def inline(text: str) -> list[tuple[int, str]]:
    """(level, title) of the headings of a text that lost its line breaks, read inline after normalising."""
    return [(h.level, h.title) for h in headings_inline(normalise(text).text)]


# cy-fuel-stations-2026 (heldout16) joined, shortened: bold titles glued to the text before them and to their
# paragraphs, one of them in bold pieces ("**一、** **规划** **范围**").
CY_FUEL = (
    "第一章  规划概述第一节  规划指导思想与原则**一、指导思想**以国家关于成品油市场整顿规范的要求为指引，立足崇阳县"
    "加油站实际现状，加强对加油站行业发展的宏观调控与精细化管理。**二、规划原则****1.科学布局原则。** 结合城乡空间"
    "规划、交通流量分布和人口密度，优先覆盖主干道、工业园区等用油需求集中区域。**2.适度超前原则。** 预留新能源汽车"
    "转型空间，统筹传统加油站与充电/加氢等综合能源站的协同布局。第二节  规划范围与规划年限**一、** **规划** **范围**"
    "**1.地理范围。** 覆盖崇阳县全域，包括中心城区、12个乡镇及主要行政村。**2.对象范围。** 现有加油站（附表一）、"
    "在建/规划结转站点（附表二）、新增规划站点（附表三）。**二、规划年限**本次规划期限为5年，即2026年—2030年。"
    "第二章  现状分析第一节  交通运输发展规划总体目标：建成“外联内畅、多式融合”的立体交通网，打造鄂南区域性物流"
    "节点。**一、高速与干线网络****1.高速公路。** 推动咸宁至崇阳至通城高速延伸段（对接江西）前期工作。**2.干线"
    "公路。** 完成G106、S246等干线智慧化改造，提升通往赤壁、通山等邻县的通道能力。"
)


def test_a_glued_bold_title_keeps_its_end_as_a_line_space() -> None:
    # GLUED_BOLD_TITLE: the bold marks were stripped and "规划年限本次规划期限为5年" was read as one title; the bold
    # pieces of "规划 范围" are one title, and a point's bold run right after its part's title stays glued to it
    text = normalise(CY_FUEL).text
    assert "一、规划范围1.地理范围。" in text
    assert "二、规划年限 本次规划期限" in text
    assert "二、规划原则1.科学布局原则。" in text


def test_glued_bold_titles_are_read_inline_as_titles() -> None:
    titles = inline(CY_FUEL)
    for heading in ((3, "规划范围"), (4, "地理范围"), (3, "规划年限"), (3, "高速与干线网络"), (4, "高速公路")):
        assert heading in titles


def test_a_bold_word_in_a_sentence_or_a_line_is_left() -> None:
    # a bold run that opens with no heading's number, or opens a line, is none of GLUED_BOLD_TITLE's
    assert normalise("要求**严格执行**安全间距标准。").text == "要求严格执行安全间距标准。"
    assert normalise("**一、指导思想**\n以国家要求为指引。").text == "一、指导思想\n\n以国家要求为指引。"


# gz-destitute-support-2021 (heldout13) joined, shortened: points a colon announces, each a bold title glued to its
# paragraph (the page's <strong> titles read as markdown bold).
GZ_DESTITUTE = (
    "广州市人民政府办公厅关于进一步加强特困人员救助供养工作的通知各区人民政府，市政府各部门、各直属机构：经市人民"
    "政府同意，现就进一步加强特困人员救助供养工作通知如下：**一、认定范围**本市特困人员认定条件按国家、省有关规定"
    "实施，特困人员经济状况核对标准参照本市最低生活保障家庭标准执行。**二、认定程序**根据国家、省有关特困人员认定"
    "管理的规定，市、区社会福利机构的政府供养人员符合申请特困人员救助供养条件的，应按规定向户籍所在地镇人民政府"
    "（街道办事处）提出申请。**三、供养标准**特困人员基本生活标准按本市最低生活保障标准的1.6倍，且不低于所在区"
    "现行特困人员基本生活标准确定。**四、供养形式**区民政部门应在特困人员签订供养意愿书之日起1个月内，为有集中供养"
    "意愿的特困人员落实集中供养服务。"
)


def test_announced_points_with_bold_titles_are_titled_by_them() -> None:
    # LEAD_POINTS_GLUED_TITLES: a point whose title ends at its line's space (GLUED_BOLD_TITLE) shows a glued title; the
    # points were titled by their first sentences ("认定范围 本市特困人员认定条件按…实施，…执行")
    assert inline(GZ_DESTITUTE) == [(1, "认定范围"), (1, "认定程序"), (1, "供养标准"), (1, "供养形式")]


# yn-fyp-10 (heldout2) joined, shortened: a converted PDF that spaces its punctuation marks ("结构 、 提质",
# "市场变化 ,").
YN_FYP = (
    "第一章农业和农村经济第一节加强农业基础设施建设进一步搞好农村电网和乡村道路改造 。改善农业生产条件 , 优化农村生态"
    "环境 , 提高农民生活质量 。第二节调整农业产业和产品结构坚持稳粮调结构 、 提质增效益 , 引导农民根据市场变化 , 自主"
    '调整种植 、 养殖结构 。第三节发展特色林产业念好 " 山 " 字经 , 作好 " 林 " 字文 。建立森林资源可持续利用机制 。'
)


def test_a_space_before_a_punctuation_mark_is_no_title_line_end() -> None:
    # SPACED_PUNCTUATION: "调整农业产业和产品结构坚持稳粮调结构 、" ended at the space before its 、
    # (TITLE_LINE_SPACE) and kept the sentence's first words; the title now ends where its sentence opens (坚持)
    titles = inline(YN_FYP)
    assert (2, "调整农业产业和产品结构") in titles
