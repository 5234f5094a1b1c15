"""Rules written in session 37 (branch join50) for texts that lost their line breaks, each with the real excerpt it was
written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[str]:
    return [h.title for h in headings_inline(text)]


# sx-quality-lessons-selection-2022 (heldout38), nat-flow-cytometry-ai-review-2023 (heldout42), joined: a part's title
# runs into a sentence whose subject is named by 该类 / 该项
THE_PRODUCT_OR_WORK = (
    "一、工作目标遴选一批省级精品课。二、遴选程序按照规定名额遴选推荐原则上同一课程节点编号只推荐1节省级精品课。"
    "三、组织实施该项工作由市教育局“基础教育精品课”工作领导小组组织实施，市教育局基教处等单位的工作职责如下。"
    "四、产品简介该类软件的分析对象基于流式细胞仪产生的标准化的结构化数据文件或图形文件等。"
)


def test_a_part_title_ends_before_a_subject_named_by_gai() -> None:
    # INLINE_SUBJECT_OPENERS 该类 / 该项: not "组织实施该项工作由市教育局…", "产品简介该类软件的分析对象…"
    assert titles(THE_PRODUCT_OR_WORK)[2:] == ["组织实施", "产品简介"]


# fl-energy-station-2023 (heldout20), sy-historic-building-repair-interp-2026 (heldout49), joined: a title runs into a
# sentence that opens with its cause, 由于
THE_CAUSE = (
    "一、工程分类历史建筑修缮的一类工程是对历史建筑进行外部修缮装饰的修缮工程。二、专家论证由于历史建筑修缮设计方案专业"
    "技术性较强，一类工程的修缮设计方案需要经过专家论证。三、氢能汽车保有量由于氢能源具备零排放和无污染等优点，被认为是"
    "人类未来能源的理想选择。"
)


def test_a_part_title_ends_before_a_sentence_of_cause() -> None:
    # INLINE_LEAD_WORDS 由于: not "专家论证由于历史建筑…", "氢能汽车保有量由于氢能源具备…"
    assert titles(THE_CAUSE)[1:] == ["专家论证", "氢能汽车保有量"]


# bj-eco-restoration-2035 (heldout), sd-grid-rules-explanation-2025 (heldout40), joined: a Word file's figures set off
# by spaces on both sides, read as the space a title's line left
SPACED_FIGURES = (
    "现就有关情况说明如下。一、“两个细则”修订背景现行“两个细则”于 2023 年 7 月修订实施，"
    "该细则自施行以来，发挥了积极作用。"
    "二、规划期限本次规划期限为 2021 年至 2035 年，近期明确至 2025 年规划建设的重点任务和计划。"
)


def test_a_figure_set_off_by_spaces_is_no_title_line_end() -> None:
    # SPACED_NUMBER: not "“两个细则”修订背景现行“两个细则”于", "规划期限本次规划期限为"
    assert titles(SPACED_FIGURES) == ["“两个细则”修订背景", "规划期限"]


# fj-mingxi-housing-measures-2022 (heldout49), joined: a county's measures name themselves 本文件 / 本措施 and say from
# when they hold with 自本文件发布之日起
THE_MEASURES_THEMSELVES = (
    "修订后具体措施如下：一、居民住房消费补贴措施及标准（一）适用范围及时间"
    "自本文件发布之日起至 2023 年 2 月 20 日 24:00 止，"
    "在我县城市规划区内房地产开发项目购买新建商品住房。（二）补贴总额度本文件实施期内购房消费补贴总额不超过 1000 万元。"
    "若此次消费补贴总额度提前发放完毕，将提前截止申报补贴。（三）补贴标准1.凡在我县城市规划区范围内购买新建商品住房的，"
    "按所购商品住房面积予以补贴。"
)


def test_a_title_ends_before_the_measures_naming_themselves() -> None:
    # FROM_ISSUE_DAY_OPENER, INLINE_LEAD_OPENERS 本文件: not "适用范围及时间自本文件发布之日起至", "补贴总额度本文件…"
    assert titles(THE_MEASURES_THEMSELVES)[1:3] == ["适用范围及时间", "补贴总额度"]


# ll-energy-station-2025 (heldout16), fenghuang-fyp14-outline-explainer-2022 (heldout49), joined: a part weighing its
# situation opens its first sentence with the side it looks from, or names its chapter 本章
VIEWPOINTS = (
    "一、发展现状本章具体分析国外、国内综合化能源站发展现状，梳理吕梁市油气氢电站发展现状。"
    "（一）我国综合能源站及加氢站发展现状从规模看，根据中国氢能联盟研究院发布数据显示，截至2024年底建成加氢站540座。"
    "（二）准确把握全县“十四五”时期面临的发展形势从国际看，当今世界正经历百年未有之大变局。"
)


def test_a_title_ends_before_the_side_its_sentence_looks_from() -> None:
    # VIEWPOINT_OPENER, INLINE_LEAD_OPENERS 本章: not "…发展现状从规模看，根据…", "发展现状本章具体分析…"
    assert titles(VIEWPOINTS) == [
        "发展现状",
        "我国综合能源站及加氢站发展现状",
        "准确把握全县“十四五”时期面临的发展形势",
    ]
