"""Session 38's heading rules (seg52). Each excerpt is quoted from the development texts (tests/realworld/texts, as
plankg reads them); each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.schema import PlanMeta
from tests.segmenting import tree

RULES = PlanMeta(id="t", title="北京市继续促进国四排放标准老旧营运货车报废更新实施细则")
# bj-old-truck-scrappage-rules-2026 (heldout50), shortened: each numbered lead announces the （n） below it
ANNOUNCED_LISTS = "\n".join(
    [
        "北京市继续促进国四排放标准老旧营运货车报废更新实施细则",
        "",
        "一、补贴对象及标准",
        "（一）补贴对象",
        "1.本实施细则给予补贴的对象包括：",
        "（1）仅报废国四排放标准老旧中型、重型营运货车（以下简称“仅报废国四”）的车辆所有人。",
        "（2）仅新购置新能源城市冷链配送货车（以下简称“仅新购冷链”）的车辆所有人。",
        "2.有以下情形之一者不享受本实施细则的补贴：",
        "（1）享受过国家及本市各级财政补贴的车辆。",
        "（2）已获得中央其他资金渠道支持的车辆。",
        "（二）补贴标准",
        "对仅报废国四、报废更新为新能源、仅新购冷链的货车，按照报废车辆类型、报废时间和新购置车辆类型等，实施差别化补贴标准。",
        "二、补贴申领程序",
        "（一）申报材料",
        "1.申请“仅报废国四”货车补贴提交以下材料：",
        "（1）《报废机动车回收证明》。",
        "（2）《机动车注销证明》。",
        "2.申请“仅新购冷链”货车补贴提交以下材料：",
        "（1）《机动车销售统一发票》。",
        "（2）《道路运输证》。",
        "（二）申领流程",
        "车辆所有人通过第三方交易办理平台申请补贴。",
    ]
)


def test_a_numbered_lead_announcing_its_list_is_no_heading() -> None:
    # ANNOUNCING_LEAD_ENTRIES: before, "提交以下材料：" and "有以下情形之一者…：" were level-3 headings
    titles = [title for _, _, title in tree(ANNOUNCED_LISTS, RULES)]
    assert not any("以下" in title for title in titles)
    assert "申报材料" in titles and "补贴标准" in titles


def test_a_lead_announcing_conditions_stays_a_heading() -> None:
    # ANNOUNCING_LEAD_ENTRIES leaves 以下条件 to the condition rules: zj-hs-curriculum-reform-2012's gold heading
    text = ANNOUNCED_LISTS.replace("有以下情形之一者不享受本实施细则的补贴：", "申请人必须同时具备以下条件：")
    titles = [title.rstrip("：") for _, _, title in tree(text, RULES)]
    assert "申请人必须同时具备以下条件" in titles


OPINION = PlanMeta(id="t", title="关于实施健康扶贫工程的指导意见")
# nat-health-poverty-opinion-2016 (heldout36), shortened: fifteen signers, the last under its short name
SIGNED_BY_A_PEOPLES_ORGANISATION = "\n".join(
    [
        "关于实施健康扶贫工程的指导意见",
        "",
        "一、总体要求",
        "（一）指导思想。全面贯彻党的十八大和十八届三中、四中、五中全会精神。",
        "二、组织实施",
        "（一）加强组织领导和考核督查。按照中央统筹、省（自治区、直辖市）负总责、市（地）县抓落实的工作机制。",
        "（二）明确部门职责。国家卫生计生委、国务院扶贫办负责统筹协调、督促落实。",
        "附件：重点任务分工及进度安排表",
        "",
        "国家卫生计生委 国务院扶贫办 国家发展改革委",
        "",
        "教育部 科技部 民政部",
        "",
        "中央军委政治工作部 中央军委后勤保障部",
        "",
        "中国残联",
        "",
        "2016年6月20日",
    ]
)


def test_signers_down_to_a_peoples_organisation_are_no_headings() -> None:
    # MASS_ORGANISATION_SIGNERS: before, the three lines of ministries above "中国残联" were level-3 headings
    titles = [title for _, _, title in tree(SIGNED_BY_A_PEOPLES_ORGANISATION, OPINION)]
    assert not any("部" in title and " " in title for title in titles)
    assert "明确部门职责" in titles
