"""Session 29 (seg29): one entry that plainly opens with a sentence, in a list numbered across parts beside titled
entries, is a clause (SENTENCE_ENTRY_BESIDE_TITLED, switched off after the full run; tested with it on); 宜 in
因地制宜 states no requirement (REQUIREMENT_NOT_IN_WORD)."""

from __future__ import annotations

import pytest

from plankg.loaders.structure import segment
from tests.segmenting import tree

# south-ne-market-2025 (heldout33), shortened: （n） numbered across the parts, one or two a part
NUMBERED_ACROSS_PARTS = "\n".join(
    [
        "一、总体要求",
        "（一）贯彻落实深化新能源上网电价市场化改革文件精神，建立健全适应新能源发展的市场交易和价格机制，推动新能源上网电量全面"
        "进入电力市场、通过市场交易形成价格，促进新能源高质量发展。",
        "二、参与现货电能量市场方式",
        "（二）集中式新能源项目，原则上应具备接收并执行电力调度机构的有功功率控制指令和发电计划曲线条件，以报量报价、报量不报价"
        "参与现货市场优化出清。",
        "（三）分布式新能源项目，经虚拟电厂运营商按同一节点聚合后成为可直接调度的发电类虚拟电厂，以报量报价或报量不报价参与现货"
        "市场。",
        "三、参与现货电能量市场要求",
        "（四）加快实现新能源项目自愿参与日前市场。",
        "1.分离前过渡模式",
        "南方区域日前电能量市场与可靠性机组组合分离前，按短期功率预测作为日前分时最大可发能力。",
        "2.分离后模式",
        "调度机构以日前分时出力上限和报价纳入日前市场出清计算。",
        "四、参与中长期电能量市场方式",
        "（五）新能源项目机制电量之外的上网电量，自主决定是否参与中长期电能量市场，不对其中长期合同签约比例进行考核。",
        "（六）建立健全适应新能源发电特性的中长期交易机制。允许交易双方约定分时电量、电价、执行时间段。",
        "五、绿色电力交易",
        "（七）推进省内绿电交易。省内绿电交易仅开展双边协商、挂牌交易，不单独组织集中竞价、滚动撮合交易。",
        "（八）全面推广多年期绿电交易（PPA）机制。健全多年期绿电合同签订机制。",
        "六、新能源消纳困难时的处理原则",
        "（九）各省（区）预计发生或实际发生新能源消纳困难时，所有新能源项目均有义务参与系统优化，确保电力系统安全稳定运行。",
    ]
)

# hefei-gwr-2026 (heldout25), shortened: run-in titles of two clauses
TWO_CLAUSE_TITLES = "\n".join(
    [
        "二、“十五五”时期经济社会发展主要目标任务",
        "（一）坚持以合肥滨湖科学城实体化改革为牵引，科技创新策源地建设塑造新优势。深入实施创新驱动发展战略。",
        "（二）坚持因地制宜发展新质生产力，新兴产业聚集地建设实现新突破。坚持工业立市不动摇。",
        "（三）坚持首创性差异化改革，改革开放新高地建设迈出新步伐。深化重点领域改革。",
        "三、2026年重点工作",
        "（一）着力巩固经济稳中向好势头",
        "全力扩大有效需求。",
    ]
)


def test_a_sentence_entry_beside_titled_entries_is_a_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    # SENTENCE_ENTRY_BESIDE_TITLED (switched off: see its comment): （一）, （五） and （九） were level-2 headings
    # titled by their first sentence
    monkeypatch.setattr(segment, "SENTENCE_ENTRY_BESIDE_TITLED", True)
    assert [number for _, number, _ in tree(NUMBERED_ACROSS_PARTS)] == [
        "一、",
        "二、",
        "三、",
        "（四）",
        "1.",
        "2.",
        "四、",
        "（六）",
        "五、",
        "（七）",
        "（八）",
        "六、",
    ]


def test_two_clause_run_in_titles_stay_headings() -> None:
    # REQUIREMENT_NOT_IN_WORD: 因地制宜 read as 宜 (should) made （二） a sentence
    assert [number for _, number, _ in tree(TWO_CLAUSE_TITLES)] == [
        "二、",
        "（一）",
        "（二）",
        "（三）",
        "三、",
        "（一）",
    ]


# gz-social-security-card-guide-2026 (heldout25), shortened: the documents to bring, a note between them
MATERIALS_APART = "\n".join(
    [
        "一、申领对象",
        "本市户籍人员以及依法享受本市社会保障及其他公共服务待遇的非本市户籍人员。",
        "二、申领所需材料",
        "（一）申领人本人有效身份证件原件。",
        "法定监护人代16周岁以下的未成年人及其他无民事行为能力人办理的，还需提供法定监护人的有效身份证件原件。",
        "（二）申领人社会保障卡（以下简称社保卡）相片回执号。",
        "三、社保卡服务银行",
        "目前我市社保卡服务银行有工商银行、农业银行、中国银行，申领人在申领时可自愿选择服务银行。",
    ]
)


def test_materials_listed_apart_are_items() -> None:
    # MATERIALS_LIST_APART: （一） and （二） were level-2 headings, the note between them breaking the list's run
    assert [number for _, number, _ in tree(MATERIALS_APART)] == ["一、", "二、", "三、"]
