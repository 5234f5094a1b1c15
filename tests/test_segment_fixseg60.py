"""Rules of fixseg60 (session 46): causes round 60 (heldout60) showed in headings on lines - conditions written with
the modal 需 taken for a criteria list, and a materials heading grouping its documents by the kind of application.
Each excerpt is quoted (shortened) from round 60's texts (tests/realworld/texts); each test fails on the code before
the rule it names."""

from __future__ import annotations

from plankg.schema import PlanMeta
from tests.segmenting import tree

SUBSIDY = PlanMeta(id="t", title="慈溪市保障性租赁住房运营奖补实施细则（试行）")
# cixi-rental-housing-operation-subsidy-rules-2023: three kinds of project, each over its numbered conditions
KINDS = [
    "一、申请主体条件",
    "已在我市工商注册并已办理税务登记，具有独立法人资格的企业，经营范围包含“住房租赁”相关字样。",
    "二、申请项目条件",
    "（一）新建类项目",
    "1.利用新供应国有建设用地、产业园区配套用地、企事业单位自有闲置用地等新建的保障性租赁住房；",
    "2.新建类保障性租赁住房租赁运营期不少于10年，运营期自项目投入交付运营之日起计算；",
    "3.项目需在2024年9月30日前开工新建，且在2025年12月31日前（含）竣工（含装修）并投入交付运营；",
    "（二）改建类项目",
    "1.由闲置的商业、办公、旅馆、厂房、仓储、教育科研等非居住既有建筑改建成的保障性租赁住房；",
    "2.改建项目需符合我市非住宅改建为住房的相关政策；",
    "3.改建类保障性租赁住房租赁运营期不少于8年，运营期自项目投入交付运营之日起计算；",
    "三、申请评审",
    "运营单位登录浙江省保障性租赁住房管理服务系统建立保障性租赁住房楼盘表和完成房源核验。",
]


def test_kinds_over_conditions_written_with_need_are_headings() -> None:
    # CRITERIA_NEED_MODAL: before, 新建类项目 and 改建类项目 were dropped as the criteria of a list (ANNOUNCED_CRITERIA)
    numbers = [(level, number) for level, number, _ in tree("\n".join(KINDS), SUBSIDY)]
    assert (2, "（一）") in numbers and (2, "（二）") in numbers


def test_findings_without_a_modal_still_make_a_criteria_list() -> None:
    # heldout14's admission criteria (CRITERIA_OVER_OWN_ITEMS) are untouched: 所需 and 需要 are no modal
    findings = [
        "四十一、重型β地中海贫血",
        "（一）临床表现",
        "1. 自出生后出现贫血，所需输血间隔逐渐缩短；",
        "2. 发育滞后，需要长期随访；",
        "（二）实验室检查",
        "1. 血红蛋白低于60g/L；",
        "2. 骨髓象呈增生性贫血。",
        "四十二、血友病",
        "因子Ⅷ促凝活性低于正常水平的患者，经确诊后可申请。",
    ]
    numbers = [number for _, number, _ in tree("\n".join(findings))]
    assert "（一）" not in numbers and "（二）" not in numbers


CALL = PlanMeta(id="t", title="北京市商务局关于征集2026年支持商场、商街、商圈品质提升项目的通知")
# bj-mall-district-upgrade-projects-2026: a materials heading, one （n） per kind of project, each over its documents
MATERIALS = [
    "一、支持方向及标准",
    "（一）支持商业企业升级改造。支持本市传统商业设施进行经营场所外立面改造、店内装修、无障碍设施、设备购置。",
    "（二）支持商业步行街高质量发展。按照“达标即享”的原则，依据评价指标体系对达标的步行街给予支持。",
    "二、申报材料",
    "项目申报纸质材料一式两份，应按顺序装订成册，加盖单位公章及骑缝章（全套申报材料应扫描电子版一并提交）。",
    "（一）申报商业企业升级改造项目",
    "1.商业企业升级改造项目申报书、项目支出明细表、项目可行性报告、项目支出明细表（附件3）。",
    "2.项目申报单位简介。包括项目申报单位营业执照（副本）复印件、银行开户许可证复印件、相关行业从业资质等。",
    "3.项目支撑材料。项目竣工验收单或开业运营时间证明材料（包括但不限于第三方物业证明、新闻宣传等外部证明）。",
    "（二）申报商业步行街高质量发展项目",
    "1.商业步行街高质量发展项目申报书（附件4）。",
    "2.项目申报单位简介。包括项目申报单位营业执照（副本）复印件、银行开户许可证复印件等。",
    "3.项目支撑材料。客流量和销售额增长的证明材料，以及改造前后的对比资料和其他相关的材料。",
    "三、申报流程",
    "（一）项目申报",
    "自本通知发布之日起，项目需通过登录北京市人民政府门户网站“政策兑现”栏目进行网上申报。",
    "（二）项目审核",
    "各区商务局对申报项目进行初审，自收到企业申报材料起10个工作日内，将初审意见报送市商务局。",
]


def test_documents_listed_by_kind_under_a_materials_heading_are_items() -> None:
    # MATERIALS_LIST_BY_KIND: before, 2.项目申报单位简介 and 3.项目支撑材料 were level-3 headings under each kind
    numbers = [(level, number) for level, number, _ in tree("\n".join(MATERIALS), CALL)]
    assert not any(level == 3 for level, _ in numbers)
    assert numbers.count((2, "（一）")) == 3 and numbers.count((2, "（二）")) == 3


def test_titled_points_under_a_part_that_names_no_materials_stay_headings() -> None:
    # the same list shape under a heading that names no materials keeps its run-in titled points
    steps = [line.replace("申报材料", "工作安排") if line == "二、申报材料" else line for line in MATERIALS]
    numbers = [(level, number) for level, number, _ in tree("\n".join(steps), CALL)]
    assert (3, "2.") in numbers
