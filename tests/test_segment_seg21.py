"""Saved guides' pages (session 21, branch seg21): the same field labels under every part are its sub-headings, a
list of provisions some of whose entries are plain sentences is no list of titled run-ins, and a part's one short
value is no sub-heading."""

from __future__ import annotations

from plankg.schema import PlanMeta
from tests.segmenting import tree

# yx-graduate-startup-subsidy-2025 (heldout20), shortened: two of the four parts, each laid out as the same fields
FIELDS_PAGE = """广州市高校毕业生创业补贴，请查收
1、一次性创业资助
补贴条件：
（1）初创企业的法定代表人或个体户经营者（女性不超过55周岁、男性不超过60周岁），且属于以下人员之一：
①军转干部、退役军人；
②登记失业人员、就业困难人员、本省脱贫人口。
（2）初创企业登记注册满6个月，申请补贴当月前连续3个月有在职员工。
补贴对象：符合条件的创业者。
补贴标准：10000元。
补贴期限：一次性。
2、优秀创业项目资助
补贴条件：
（1）获得“赢在广州”创业大赛优胜奖及以上奖次；
（2）获奖项目吸纳就业3人或以上。
补贴对象：符合条件的创业项目。
补贴标准：一等奖20万元，二等奖15万元，三等奖10万元，优胜奖5万元。
补贴期限：一次性。
"""


def test_the_same_field_labels_under_every_part_are_its_sub_headings() -> None:
    # REPEATED_FIELD_LABELS
    fields = [(2, "", label) for label in ("补贴条件", "补贴对象", "补贴标准", "补贴期限")]
    assert tree(FIELDS_PAGE) == [(1, "1、", "一次性创业资助"), *fields, (1, "2、", "优秀创业项目资助"), *fields]


def test_labelled_paragraphs_under_every_part_stay_paragraphs() -> None:
    # REPEATED_FIELD_LABELS: no label stands alone (nat-health-ai-scenarios-2024, heldout8: paragraph content)
    text = (
        "一、医疗服务管理\n"
        "1.医学影像智能辅助诊断\n"
        "基本概念：针对医学影像数据进行智能分析、快速读片、报告生成，实现高效精准的医学影像辅助诊断。\n"
        "应用场景：利用计算机视觉、神经网络等技术，在X射线、CT、MRI等影像中辅助医生完成诊断。\n"
        "2.医学影像数据智能辅助质控\n"
        "基本概念：利用人工智能技术开展医学影像检查质量评价、分析，提高医学影像摄片质量和质控效率。\n"
        "应用场景：在影像检查、报告流程中，利用人工智能多模态技术对影像报告进行智能质控。\n"
    )
    assert [h for h in tree(text) if h[1] == ""] == []


# gz-pension-claim-guide-2025 (heldout20): two one-value parts and 十一、其他注意事项, requirement sentences
# some of which run on
NOTES_PAGE = (
    "2025年，广州市企业职工基本养老金申领详解\n"
    "**一、办理对象**\n"
    "广州市参保单位、参保人\n"
    "**二、收费标准**\n"
    "不收费\n"
    "**三、其他注意事项**\n"
    "（一）申办人按《受理回执》上所注明的时间，登录广东省社会保险公共服务平台查询、下载、打印《基本养老金核定表》。经审核符合领取基本养老金条件的，基本养老金将于审核通过的次月10日前通过受托银行划入退休人员的银行账户。\n"
    "（二）在申领人选择的退休时间当月，单位或个人必须到所属税务部门办理停保手续。\n"
    "（三）申领人申领基本养老金前请确认养老保险缴费历史完整，如曾在省外参加基本养老保险的，请在选择的退休时间前提前办理基本养老保险关系转移接续或明确不予处理；如有欠费，请先补缴或删除欠费。\n"
    "（四）申领人申领基本养老金前请确认是否已开具社保卡，如已开具社保卡的是否具备银行账户功能；如未开具社保卡的或未具备银行账户功能的，请及时到有关社保卡业务网点办理手续。\n"
    "（五）单位或个人提供的资料必须真实可靠。以虚假资料申报并获得养老待遇的，一经查实，除追回全部非法所得外，并按照有关法律法规严肃处理。\n"
    "（六）离退休人员每年须按规定办理基本养老金领取资格认证，逾期未认证或认证不通过的，暂停发放基本养老金。\n"
    "（七）申请特殊工种提前退休的参保人员，应按照《关于做好特殊工种岗位人员信息报送使用工作的通知》（人社厅发〔2020〕76号）规定办理特殊工种岗位人员信息全部纳入全国统一建立的特殊工种岗位人员信息库管理手续，具体流程见省人力资源和社会保障厅网站发布的《关于进一步做好企业申报特殊工种提前退休业务管理有关事项的通知》。交通、民航、铁路、地质等行业部分工种需满足特定的特殊工种工作年限。\n"
    "（八）申请特殊工种提前退休、政策性提前退休的，需知晓因提前退休减少养老保险缴费年限，会影响基本养老金核定结果、今后每年基本养老金调整水平等权益。\n"
    "（九）申领人对核定的养老待遇有异议的，可在收到《基本养老金核定表》之日起60日内向行政复议机关提出行政复议申请，或自收到《基本养老金核定表》之日起六个月内向有管辖权的人民法院提起行政诉讼。\n"
)


def test_a_list_of_provisions_some_plain_sentences_has_no_titled_run_ins() -> None:
    # CLAUSES_AMONG_GAPS and EMPTY_VALUE_LINE
    assert tree(NOTES_PAGE) == [(1, "一、", "办理对象"), (1, "二、", "收费标准"), (1, "三、", "其他注意事项")]


def test_a_list_of_titled_run_ins_keeps_its_entries() -> None:
    # CLAUSES_AMONG_GAPS: no entry read as a plain sentence, nothing skipped (nat-quake-defence-1996, dev)
    text = (
        "国务院关于1996年全国地震趋势和加强防震减灾工作的通知\n"
        "一、关于进一步加强我国防震减灾工作的意见\n"
        "（一）进一步健全与完善防震减灾工作体系，充分发挥各级政府在防震减灾中的职能作用。各级政府要把防震减灾工作纳入议事日程。\n"
        "（二）为使防震减灾工作与国民经济和社会发展相同步，防震减灾各个环节的工作和措施，要在国民经济和社会发展规划中得到体现。"
        "各地要做好有关工作。\n"
    )
    # clause28 (SENTENCE_OPENED_ENTRIES, the lead's decision of session 28): both entries open straight with a
    # sentence, so they are clauses (round 3's gold still titles them by their first sentence)
    assert [h[1] for h in tree(text)] == ["一、"]


# fl-energy-station-2023 (heldout20), shortened: a plan's decimal outline with titled （1） lines over paragraphs
DECIMAL_PLAN = """涪陵区综合能源站发展规划
1  概  述
1.1 规划原则
（1）严格执行国家的有关方针、政策、标准、规范。
（2）合理利用现有空地位置，并根据相关规范严格控制安全间距。
1.2 社会影响
近年来，构建综合能源系统的步伐正在稳步向前，不断促进传统的不同能源系统之间的融合。
（1）环境效益
大力发展综合能源站，有利于汽车油、气、电充换基础设施优化布局，有利于推动天然气汽车的发展。
（2）社会效益
综合能源系统社会效益包括碳减排效益、减少系统备用成本的社会收益等，社会效益显著。
（3）布局方案
综合能源站布局应符合相应的技术规范要求，选址应满足以下条件：
①应符合国土空间总体规划、地区控制性详细规划、环境保护、消防安全的要求；
②应选在交通便利的地方。
"""


def test_a_plans_titled_lines_under_its_decimal_sections_are_headings() -> None:
    # DECIMAL_OUTLINE_TITLE_LINES: titled as a plan, its （1） titles over paragraphs stay; a list's sentences do not
    plan = PlanMeta(id="fl", title="涪陵区综合能源站发展规划（2023—2030年）")
    assert [h[1:] for h in tree(DECIMAL_PLAN, plan) if h[0] == 3] == [
        ("（1）", "环境效益"),
        ("（2）", "社会效益"),
        ("（3）", "布局方案"),
    ]
    # titled as a guide, its decimal outline lists (LISTS_UNDER_DECIMAL_OUTLINE, dev's 编制指南)
    guide = PlanMeta(id="g", title="市级国土空间总体规划编制指南")
    assert [h for h in tree(DECIMAL_PLAN, guide) if h[0] == 3] == []


def test_related_stories_after_the_article_are_the_pages() -> None:
    # RELATED_STORIES (nat-platform-economy-smes-interp-2026, heldout20): "相关稿件" over the portal's links
    para = "工业和信息化部将与有关部门密切配合，形成合力，推动《行动方案》落地见效。" * 3
    body = "\n\n".join(f"{n}、推动平台企业与中小企业协同发展的第{n}项措施\n\n{para}" for n in "一二三")
    text = f"《促进平台经济大中小企业协同发展行动方案》解读\n\n{body}\n\n相关稿件\n\n- 链接：\n- [全国人大](http://www.npc.gov.cn/)\n"
    assert tree(text)[-1] == (1, "三、", "推动平台企业与中小企业协同发展的第三项措施")


# sc-trade-in-renewal-2026 (heldout19), shortened: entries numbered across the parts, most of them sentences, some
# titled run-ins
MIXED_ENTRIES = """四川省2026年大规模设备更新和消费品以旧换新实施方案

一、持续推进大规模设备更新

（一）优化设备更新项目支持范围。

1. 聚焦工业、用能设备、能源电力、交通运输等领域，支持符合条件的项目申报超长期特别国债资金。各地要加强统筹协调。

2. 按照省级统筹、市县组织、企业申报的方式，由各市（州）发展改革部门会同有关部门组织项目申报工作。各地要加强统筹协调。

（二）优化设备更新项目申报流程。

3. 对符合条件的项目实行常态化申报、分批次审核，省级部门按程序审核下达资金。各地要加强统筹协调。

4. 指导企业做好项目前期工作，加快推进项目开工建设，形成实物工作量，确保资金及时有效发挥作用。各地要加强统筹协调。

二、提质增效实施消费品以旧换新

（三）统一补贴品类和标准。

5. 支持汽车报废更新。2026年，对个人消费者报废符合条件的汽油乘用车并购买新车的，给予一次性补贴。

6. 支持汽车置换更新。2026年，对个人消费者转让本人名下乘用车并购买新车的，按车辆价格给予补贴。

7. 支持家电以旧换新。2026年1月1日起，对个人消费者购买冰箱、洗衣机等家电产品的，按售价给予补贴。

（四）加强资金分配调度。

8. 根据各市（州）工作进展、资金使用效率等情况，由财政厅会同有关部门按季度动态调整资金分配。各地要加强统筹协调。
"""


def test_a_list_mixing_titled_run_ins_and_sentences_keeps_its_titled_ones() -> None:
    # MIXED_TITLED_ENTRIES
    titles = [h[2] for h in tree(MIXED_ENTRIES) if h[1][:1].isdigit()]
    assert titles == ["支持汽车报废更新", "支持汽车置换更新", "支持家电以旧换新"]
