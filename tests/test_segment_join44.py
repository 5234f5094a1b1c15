"""Rules written in session 34 (branch join44) for texts that lost their line breaks, each with the real excerpt it was
written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.document import load_plan
from plankg.loaders.structure.segment import headings_inline
from plankg.schema import PlanMeta


def titles(text: str) -> list[str]:
    return [h.title for h in headings_inline(text)]


def plan_titles(text: str) -> list[str]:
    """The section titles of a whole plan read (its half-width brackets folded as load_plan folds them)."""
    return [s.title for s in load_plan(text, PlanMeta(id="t", title="场景创新行动计划")).sections]


# nat-ai-weather-demo-2024 (heldout11), tj-demand-response-2021, hb-spot-surplus-2019, joined: a notice's part headed
# by 目的 / 方式 runs into its first sentence with no opener
NOTICE_PARTS = (
    "一、示范目的为推进气象人工智能大模型的规范应用和有序发展，促进人工智能气象预报大模型的业务转化和应用。二、管理方式"
    "华北电力调控分中心根据“统一平衡、分省申报”的原则组织参与。三、竞价目的需求侧竞价是需求侧资源参与电力市场竞争的一种"
    "实施模式。四、报名方式示范单位通过平台填写申请表。平台网址为http：//aimfdp.nmc.cn/ai/dist/"
)


def test_a_notice_part_ends_after_its_head_noun() -> None:
    # INLINE_PART_HEAD_NOUNS (join44): 目的, 方式
    assert titles(NOTICE_PARTS) == ["示范目的", "管理方式", "竞价目的", "报名方式"]


# ja-heritage-protect-2018 (heldout14), joined: the sentence after the title opens with a case clause 对…的，
CASE_CLAUSE = (
    "六、严格文物执法（一）完善文物保护制度根据《上海市文物保护条例》等相关配套法规和文件出台、完善区域内文物保护制度，让区域"
    "内的文物保护相关工作有法可依，有章可循。（二）加强文物执法工作，落实执法责任加强区文化市场执法部门执法督察力量。强化"
    "预防控制措施，加大执法巡查力度，及时制止违法行为。（三）严格责任追究对不依法履行职责、决策失误、失职渎职，导致文物遭"
    "受破坏，以及失盗、失火的，要依法依纪追究有关人员的责任；涉嫌犯罪的，移送司法机关处理。"
)


def test_a_title_ends_before_a_case_clause() -> None:
    # GRANT_OBJECT_OPENER (join44): 对 + the case + 的，
    assert titles(CASE_CLAUSE)[-1] == "严格责任追究"


# sd-scenario-innovation-2025 (heldout7), joined: task titles opening with verbs the openers lacked, read as untitled
# provisions and titled by their whole first sentences
# Each entry keeps a second sentence of the real text (sd-scenario-innovation-2025, whose entries run on for
# several): cut to one sentence each, five or more such entries are a rule's clauses (join48's ONE_SENTENCE_CLAUSES).
TASKS = (
    "一、重点任务(一)布局一批产业提速成长场景人工智能领域，加快发展面向制造业领域的嵌入式人工智能。低空经济领域，扩大"
    "农林植保、物探巡检、航空培训、短途运输等传统通用航空业务场景应用。(二)培育一批产业推广"
    "应用场景新一代信息技术领域，进一步推广集成电路、新型显示、高端软件等场景应用。新能源领域，探索再生能源发电与绿电"
    "制氢、储能技术融合发展场景。(三)开放一批产业转型升级场景智能制造"
    "领域，围绕重点领域智能化转型，开展数字化研发与设计。高端化工领域，围绕园区运行、生产工艺优化等重点场景，开展AI大"
    "模型等智能化技术研发应用。(四)中国算谷--打造全球算力场景新高地依托国家超算济南中心、山东"
    "大学、济南量子技术研究院。实施“超算+”“AI+”“区块链+”“量子+”等场景示范应用。"
    "(五)重点企业升级场景以数智技术、绿色技术应用为导向，围绕提升企业核心竞争力，鼓励企业。"
    "(六)谋划建立全省场景库面向“十强产业”雁阵形集群、战略性新兴产业集群、未来产业集群等。(七)营造良好氛围构建完善"
    "“政府搭台、企业出题、揭榜挂帅、市场阅卷”场景创新矩阵。"
)


def test_task_titles_with_other_verbs_of_work_are_no_untitled_provisions() -> None:
    # PROVISION_TASK_VERBS: read as untitled provisions, (四) and (五) were titled by their whole first sentences
    read = plan_titles(TASKS)
    assert "中国算谷--打造全球算力场景新高地" in read
    assert "重点企业升级场景" in read


# bj-charging-rewards-2024 (heldout27), joined: a label and its colon open the entry's sentence
LABELLED = (
    "四、项目申报（一）申报主体：单位内部充电设施、移动充电设施、公用充电设施、换电设施、光（储）充充电设施由产权单位申报，"
    "智能有序升级改造的自用充电设施由项目服务商申报。（二）申报方式：登录北京市人民政府门户网站“政策兑现”频道，选择相对应"
    "的项目申报进行申请。（三）申报材料：申报单位提交项目申报书（附件2），所有项目申报材料不予退回。"
)


def test_an_entry_opening_with_a_label_is_titled_by_it() -> None:
    # INLINE_LABEL_SENTENCE
    assert titles(LABELLED) == ["项目申报", "申报主体", "申报方式", "申报材料"]


# zj-procurement-efficiency-2010 (heldout42), joined: points numbered on across parts whose titles run in clauses
PART_CLAUSES = (
    "现提出如下意见，请遵照执行。一、完善和简化政府采购预算编制和执行确认程序，提高政府采购预算管理水平1.应编尽编政府采购"
    "预算。政府采购预算是开展政府采购工作的依据和基础。2.简化政府采购预算追加或调整审批程序。预算单位用预算资金追加涉及政府"
    "采购的项目预算时，须同时编制政府采购预算。3.优化采购预算执行确认程序。采购单位在上报“政府采购预算执行建议书”时，除因"
    "特殊情形需采购进口商品或服务外。4.建立政府采购临时确认制度。对财政预算基本明确但尚未批复的紧急项目。二、改进集中采购"
    "服务，优化政府采购流程，着力提高政府采购效率5.建立集中采购定期预告制度。对一些日常大宗采购项目和通用公共采购项目，省"
    "政府采购中心应当于每月15日前，在浙江政府采购网定期发布后3个月拟集中采购的项目计划。"
)


def test_points_glued_to_a_part_title_of_clauses_are_read() -> None:
    # GLUED_POINT_AFTER_PART_CLAUSES
    assert titles(PART_CLAUSES) == [
        "完善和简化政府采购预算编制和执行确认程序，提高政府采购预算管理水平",
        "应编尽编政府采购预算",
        "简化政府采购预算追加或调整审批程序",
        "优化采购预算执行确认程序",
        "建立政府采购临时确认制度",
        "改进集中采购服务，优化政府采购流程，着力提高政府采购效率",
        "建立集中采购定期预告制度",
    ]
