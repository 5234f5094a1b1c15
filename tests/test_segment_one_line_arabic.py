"""Arabic-numbered headings in a text read inline (INLINE_ARABIC_MARKERS) and the lists they are not
(INLINE_ARABIC_LIST_ENTRY). Excerpts are real one-line crawls of the dev and held-out rounds; each test
fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


def test_titled_arabic_points_after_a_sentence_are_headings_on_one_line() -> None:
    # mee-climate-finance-2020 (round 9, a mee.gov.cn crawl on one line): 1./2. under （四） were lost.
    text = (
        "现提出如下意见。一、总体要求（一）指导思想以习近平新时代中国特色社会主义思想为指导，推动形成绿色发展方式。"
        "（二）定义和支持范围气候投融资是指为实现国家自主贡献目标和低碳发展目标，引导和促进更多资金投向应对气候"
        "变化领域的投资和融资活动。支持范围包括减缓和适应两个方面。1.减缓气候变化。包括调整产业结构，积极发展战略性"
        "新兴产业；优化能源结构，大力发展非化石能源。2.适应气候变化。包括提高农业、水资源、林业和生态系统、海洋、"
        "气象、防灾减灾救灾等重点领域适应能力。二、加快构建气候投融资政策体系（一）强化环境经济政策引导。推动形成"
        "国家自主贡献目标导向的政策体系。"
    )
    found = titles(text)
    assert (3, "1.", "减缓气候变化") in found and (3, "2.", "适应气候变化") in found
    assert (1, "二、", "加快构建气候投融资政策体系") in found


def test_decimal_headings_after_a_sentence_are_read_on_one_line() -> None:
    # nat-ai-safety-framework-2024 (round 10) joined as a crawl loses its breaks (bench/one_line.py):
    # 1.1… under 1., then 2.1 under 2. (the decimal numbering starts again under the next part).
    text = (
        "人工智能是人类发展新领域，给世界带来巨大机遇，也带来各类风险挑战。1.人工智能安全治理原则秉持共同、综合、"
        "合作、可持续的安全观，坚持发展和安全并重。1.1包容审慎、确保安全。鼓励发展创新，对人工智能研发及应用采取"
        "包容态度。1.2风险导向、敏捷治理。密切跟踪人工智能研发及应用趋势。2.人工智能安全治理框架构成基于风险管理"
        "理念，本框架针对不同类型的人工智能安全风险，提出技术应对和综合防治措施。2.1安全风险方面。通过分析人工智能"
        "技术特性，梳理人工智能技术本身面临的各种安全风险隐患。"
    )
    found = titles(text)
    assert (2, "1.1", "包容审慎、确保安全") in found and (2, "1.2", "风险导向、敏捷治理") in found
    assert (2, "2.1", "安全风险方面") in found
    assert [t[1] for t in found if t[0] == 1] == ["1.", "2."]


def test_a_clauses_list_of_cases_is_no_headings_on_one_line() -> None:
    # nat-coal-eia-2020 (round 12): the cases 1.…8. of a clause end at ；, the last runs on into the clause.
    text = (
        "一、规范规划环评管理（五）对已批准的煤炭矿区总体规划，发生下列情形之一的，属于规划的重大调整，应编制煤炭矿区"
        "总体规划（修改版），同步开展规划环评，并按程序报批（审）：1.矿区主要边界调整导致规划面积扩大的；2.新增井（矿）"
        "田的；3.原规划井（矿）田合并或分立时，增加涉及的井（矿）田总规模的；4.开采方式（露天或井工）变化的；"
        "5.其他规定的情形。属于矿区边界范围缩小等规划非重大调整情形的，应编制煤炭矿区总体规划局部调整。"
        "（六）对于有重大生态环境影响的煤炭矿区总体规划，应及时组织规划环境影响的跟踪评价。"
    )
    assert not [t for t in titles(text) if t[1][0].isdigit()]


def test_an_attachment_list_is_no_heading_on_one_line() -> None:
    # nat-selfmonitor-help-2020 (round 12): the attachments listed after 附件： glued to the copy list.
    text = (
        "一、总体目标按照“测管协同”的原则，加强对排污单位自行监测的帮扶指导。二、工作要求各地应建立长效机制。"
        "附件：1.排污单位自行监测现场评估细则2.排污单位自行监测帮扶指导报告抄送：中国环境监测总站。"
    )
    assert not [t for t in titles(text) if t[1][0].isdigit()]


def test_a_point_glued_to_a_tables_last_row_goes_on_its_run() -> None:
    # nat-mineral-exploration-2011 (round 8): the table of 成矿带 ran into "4.地质科技攻关" with no mark.
    text = (
        "二、主要任务（一）基础地质调查与研究。加强基础地质调查。1.基础地质调查。开展区域地质调查。2.油气资源调查。"
        "开展油气基础地质调查。3.矿产远景调查。重点成矿区带包括：19武夷成矿带（浙江、福建、江西、广东）浙江龙泉－高亭"
        "（钼铅锌金银），广东大柘－弄坑（金银铅锌硫铁）、丰顺留隍（铅锌银）等4.地质科技攻关。加强基础地质业务建设，"
        "完善重点成矿区带成矿理论和矿床模型。（二）重要矿产勘查。加大勘查力度。"
    )
    assert [t[1:] for t in titles(text) if t[1][0].isdigit()][2:] == [("3.", "矿产远景调查"), ("4.", "地质科技攻关")]
    # a glued number never opens a run: "…等4.地质…" alone is no heading
    assert not [t for t in titles("一、主要任务（一）基础调查。开展调查等4.地质科技攻关。加强建设。") if t[1] == "4."]
