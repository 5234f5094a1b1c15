"""Rules written in session 33 (branch join42) for texts that lost their line breaks, each with the real excerpt it was
written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[str]:
    return [h.title for h in headings_inline(text)]


# cq-icv-truck-measures-2025 (heldout11), joined: each measure's title runs into "对…给予…"
GRANTS = (
    "重庆市支持智能网联新能源商用车产业发展政策措施（2025—2027年）一、智能网联新能源商用车车型研发激励对销量达一定规"
    "模的智能网联新能源商用车全新车型或新公告改款车型给予一次性产品研发激励，其中：年销量3000（含）—5000辆（不含）的"
    "车型，给予500万元激励。（责任单位：市经济信息委）二、智能网联新能源商用车核心零部件新建及技改项目激励对智能网联新"
    "能源商用车动力电池、电驱等核心零部件新建及技改项目，按照企业实际项目贷款利率的50%，最高不超过贷款金额的2%给予贴息"
    "。（责任单位：市经济信息委）三、新能源商用车海外认证检测费用激励对新能源商用车整车及其关键零部件获得出口目标国家（地"
    "区）认证的商用车整车企业，按照相关出口产品认证检测费用的10%给予激励。（责任单位：市经济信息委、市商务委）"
)


def test_a_measure_title_ends_before_the_grant_sentence() -> None:
    # GRANT_OBJECT_OPENER and RESTATED_SUBJECT_NOT_ATTRIBUTIVE: not "…激励对销量达一定规" nor "…项目激"
    assert titles(GRANTS) == [
        "智能网联新能源商用车车型研发激励",
        "智能网联新能源商用车核心零部件新建及技改项目激励",
        "新能源商用车海外认证检测费用激励",
    ]


# nf-midlong-contract-supervision-2025 (heldout40), joined: the sentence opens with 各 + the bodies it binds
EACH_BODIES = (
    "现将有关事项通知如下：一、依法合规参与电力中长期交易各发电企业、售电公司和电力批发用户要充分认识中长期合同高比例签"
    "约的重要意义，认真履行合同。二、加强市场监测和风险防控各电力交易机构要强化中长期交易全过程、全方位监测分析，及时发"
    "现电力市场运行中存在的风险。三、做好年度交易信息报送各电力交易机构要指定业务部门和联系人，汇总统计交易进展情况。"
)


def test_a_title_ends_before_each_of_the_bodies_that_act() -> None:
    # EACH_BODY_SUBJECT
    assert titles(EACH_BODIES) == ["依法合规参与电力中长期交易", "加强市场监测和风险防控", "做好年度交易信息报送"]


# nat-smart-elderly-help-2022 (heldout11), nat-digital-china-report-2022 (heldout8), joined: a list of institutions,
# or one and the count of the others, opens the sentence
INSTITUTIONS = (
    "三、组织实施（一）支持社会组织开展公益活动全国老龄办、中国老龄协会将指导中国老年学和老年医学学会等单位在2021年开展"
    "公益活动。（二）做好宣传发动组织协调工作国家卫生健康委、全国老龄办将依托“健康中国”新媒体平台及各类短视频平台开展"
    "宣传。（三）全民数字素养与技能持续提升中央网信办等4部门印发《2022年提升全民数字素养与技能工作要点》，部署任务。"
)


def test_a_title_ends_before_the_institutions_that_act() -> None:
    # INSTITUTIONS_ACTING
    assert titles(INSTITUTIONS)[1:] == [
        "支持社会组织开展公益活动",
        "做好宣传发动组织协调工作",
        "全民数字素养与技能持续提升",
    ]


def test_one_institution_named_in_a_title_is_no_sentence() -> None:
    assert titles("一、职责分工（一）国家能源局职责负责统筹协调。（二）省能源局职责负责组织实施。")[1:] == [
        "国家能源局职责负责统筹协调",
        "省能源局职责负责组织实施",
    ]


# zj-gov-report-2026 (dev), yn-fyp-10 (heldout2), joined: a task's title runs into a sentence opened by a verb of work
TASK_VERBS = (
    "（一）着力提升创新体系整体效能持续做好“两篇大文章”，推动科技创新和产业创新深度融合。（二）大力提升旅游产业发挥自"
    "然风光、民族文化和气候多样性的优势，把旅游业培育成为支柱产业。（三）认真组织实施各地要把工作落到实处。"
)


def test_a_task_title_ends_before_a_verb_of_work() -> None:
    # INLINE_TASK_VERBS; 组织实施 stays one word (OPENER_WORD_HEADS)
    assert titles(TASK_VERBS)[:2] == ["着力提升创新体系整体效能", "大力提升旅游产业"]
    assert titles(TASK_VERBS)[2] != "认真组织"


# nat-pathology-ai-review-2023 (heldout10), sd-grid-rules-explanation-2025 (heldout40), nat-rural-2018 (dev), joined
LEAD_WORDS = (
    "二、临床试验设计（一）偏倚控制为了控制临床试验的偏倚，研究过程中应针对数据采集采取盲法。（二）临床评价指标针对定性分"
    "析，临床试验通常选择灵敏度和特异度作为主要评价指标。三、本次修订内容本次修订是在现行细则基础上的完善。四、新时代实施"
    "乡村振兴战略的重大意义党的十八大以来，在以习近平同志为核心的党中央坚强领导下，农业农村发展取得历史性成就。"
)


def test_a_title_ends_before_an_aim_a_target_this_round_or_a_congress() -> None:
    # INLINE_LEAD_WORDS, THIS_ROUND_SUBJECT, PARTY_CONGRESS_OPENER
    assert titles(LEAD_WORDS) == [
        "临床试验设计",
        "偏倚控制",
        "临床评价指标",
        "本次修订内容",
        "新时代实施乡村振兴战略的重大意义",
    ]


# south-ne-market-2025 (heldout33), joined: the cited plan appended behind a bare 附件 label
CITED = (
    "南方能源监管局经商有关单位，组织制定了《南方区域新能源参与电力市场交易实施方案（试行）》（见附件），现印发实施，请遵"
    "照执行。南方能源监管局2025年12月19日附件南方区域新能源参与电力市场交易实施方案（试行）为贯彻落实有关精神，制定本实"
    "施方案。一、总体要求（一）建立健全适应新能源发展的市场交易和价格机制。二、参与现货电能量市场方式（二）集中式新能源"
    "项目以报量报价参与现货市场。"
)


def test_an_attachment_the_letter_points_to_heads_its_parts() -> None:
    # APPENDED_CITED_TITLE
    assert [(h.level, h.title) for h in headings_inline(CITED)][:2] == [
        (1, "南方区域新能源参与电力市场交易实施方案（试行）"),
        (2, "总体要求"),
    ]


def test_a_cited_plan_the_notice_issues_as_its_body_is_no_heading() -> None:
    # APPENDED_CITED_POINTER: tj-demand-response-2021 (heldout12) cites the plan it issues without 见附件
    issued = CITED.replace("（见附件）", "")
    assert (1, "总体要求") in [(h.level, h.title) for h in headings_inline(issued)]


# sx-famous-teachers-principals-2011 (heldout38), joined: a school's notice forwards the bureau's opinion behind 附：
BARE_LABEL = (
    "请符合条件的教师于明天下班前将名单上报校长室，过期不候。附：绍兴市教育局关于开展第三轮名师名校长工程的实施意见各县"
    "（市、区）教育局，市属学校：经研究，决定启动第三轮绍兴市“名师名校长工程”，并提出如下意见。一、指导思想和基本原则"
    "1.指导思想：以科学发展观指导教师教育和人才培养工作。二、主要目标和任务从2011年到2013年，争取用3年时间建成一支队伍。"
)


def test_a_document_behind_a_bare_attachment_label_heads_its_parts() -> None:
    # APPENDED_BARE_LABEL
    assert [(h.level, h.title) for h in headings_inline(BARE_LABEL)][:2] == [
        (1, "绍兴市教育局关于开展第三轮名师名校长工程的实施意见"),
        (2, "指导思想和基本原则"),
    ]


# nat-ai-weather-demo-2024 (heldout11), cq-car-scrappage-subsidy-2025 (heldout21), joined: a year opens the sentence
YEAR_AFTER_NOUN = (
    "二、示范内容（一）灾害性天气过程预报2024—2025年纳入中央气象台重要天气过程纪要表的暴雨、强对流等过程预报示范。"
    "三、补贴适用时间2025年1月1日0时至12月31日24时。四、做好2024年电力中长期合同签订工作各地要及早部署。"
)


def test_a_title_ending_in_a_noun_ends_before_a_year() -> None:
    # YEAR_AFTER_NOUN_OPENER; after a verb the year is the title's own ("做好2024年…")
    found = titles(YEAR_AFTER_NOUN)
    assert found[1:3] == ["灾害性天气过程预报", "补贴适用时间"]
    assert found[3].startswith("做好2024年电力中长期合同签订工作")


# bj-data-zone-2022 (dev), joined: a part that names a mechanism runs into a sentence with no opener
HEAD_NOUNS = (
    "三、管理机制（一）完善政务数据共享机制按照我市政务数据共享机制，政务数据的申请、授权和共享依托市大数据平台开展。"
    "（二）建立数据质量反馈机制北京市经济和信息化局会同专区监管部门建立数据质量反馈机制。（三）探索专区长效运营机制数"
    "据专区采取政府授权运营模式。（四）深化体制机制改革释放活力。"
)


def test_a_title_ends_after_a_mechanism() -> None:
    # INLINE_PART_HEAD_NOUNS; 机制改革 is one word (INLINE_PART_HEAD_NOUN_SPLITS)
    assert titles(HEAD_NOUNS)[1:] == [
        "完善政务数据共享机制",
        "建立数据质量反馈机制",
        "探索专区长效运营机制",
        "深化体制机制改革释放活力",
    ]


def test_a_mechanism_term_or_a_stage_date_goes_on() -> None:
    # INLINE_PART_HEAD_NOUN_SPLITS: sc-ne-price-reform-2025, cm-city-checkup-2021 (joined)
    text = (
        "一、工作安排（一）建立工作机制（2021年8月）成立城市体检工作领导小组。二、存量新能源项目机制电量、电价和执行期限"
        "（一）机制电量规模按现行政策执行。"
    )
    found = titles(text)
    assert found[1].startswith("建立工作机制（2021年8月）")
    assert found[2].startswith("存量新能源项目机制电量")
