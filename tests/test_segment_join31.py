"""Rules written in session 31 (branch join31) for texts that lost their line breaks, each with the real excerpt
it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


# nat-labor-education-2020 (heldout36) joined: run-in （n） titles ending at their own 。
LABOR_EDUCATION = (
    "一、把握新时代劳动教育基本内涵（一）设置劳动教育课程。整体优化学校课程设置，将劳动教育纳入中小学国家课程方案。"
    "（二）确定劳动教育内容要求。根据教育目标，针对不同学段、类型学生特点，以日常生活劳动为主要内容开展劳动教育。"
    "二、广泛开展劳动教育实践活动（三）家庭要发挥在劳动教育中的基础作用。注重抓住衣食住行等日常生活中的劳动实践机会，"
    "鼓励孩子自觉参与、自己动手。（四）学校要发挥在劳动教育中的主导作用。明确实施机构和人员，开齐开足劳动教育课程。"
)


def test_an_opener_that_is_one_word_with_the_rest_after_a_head_noun_ends_no_title() -> None:
    # HEAD_NOUN_OPENER_WORD: "内容|要求" is one word; read as 确定劳动教育内容 before
    assert (2, "（二）", "确定劳动教育内容要求") in titles(LABOR_EDUCATION)


def test_a_place_phrase_qualifying_a_noun_opens_no_sentence() -> None:
    # ATTRIBUTIVE_PHRASES: "发挥在…中的…作用"; read as 家庭要发挥 / 学校要发挥 before
    found = titles(LABOR_EDUCATION)
    assert (2, "（三）", "家庭要发挥在劳动教育中的基础作用") in found
    assert (2, "（四）", "学校要发挥在劳动教育中的主导作用") in found


def test_a_by_phrase_qualifying_a_noun_opens_no_sentence() -> None:
    # ATTRIBUTIVE_PHRASES: "以X为Y的" (nat-healthreform-tasks-2016, heldout36, joined: read as 继续加强)
    text = (
        "六、加强卫生人才队伍建设（一）继续加强以全科医生为重点的基层卫生人才培养。完善农村订单定向免费医学生就业、"
        "履约管理等相关政策。（二）深化医学教育改革。开展专科医师规范化培训制度试点。"
    )
    assert (2, "（一）", "继续加强以全科医生为重点的基层卫生人才培养") in titles(text)
    # a sentence's 以…为… still opens it
    guided = "一、总体要求以习近平新时代中国特色社会主义思想为指导，坚持稳中求进。二、重点任务（一）加强统筹。"
    assert titles(guided)[0] == (1, "一、", "总体要求")


def test_yao_opens_no_sentence_where_it_starts_yaosu() -> None:
    # OPENER_WORD_TAILS 要素 (nat-high-skill-talent-2022, heldout36, joined: read as 完善技能)
    text = (
        "一、完善技能人才待遇（一）注重青年高技能人才选用。高技能人才配置状况应作为重要因素。"
        "（二）完善技能要素参与分配制度。引导企业建立健全基于岗位价值、能力素质和业绩贡献的技能人才薪酬分配制度。"
    )
    assert (2, "（二）", "完善技能要素参与分配制度") in titles(text)


def test_a_wrap_space_a_few_characters_before_the_full_stop_ends_no_title() -> None:
    # WRAP_SPACE_BEFORE_FULL_STOP (nat-healthreform-tasks-2016, heldout36, joined: a page hard-wrapped inside its
    # paragraphs; read as 健全 and 巩固完)
    text = (
        "一、全面深化公立医院改革（一）落实政府责任。全面落实政府对公立医院投入责任。（二）健全 科学补偿机制。巩固公立"
        "医院取消药品加成的改革成果，新增试点城市所有公立医院取消药品加成。二、健全药品供应保障机制（一）巩固完 善基本"
        "药物制度。研究基本药物目录、生产、标识、价格、配送等方面实行政策统一的工作。"
    )
    found = titles(text)
    assert (2, "（二）", "健全 科学补偿机制") in found
    assert (2, "（一）", "巩固完 善基本药物制度") in found


def test_a_glued_sentence_whose_opener_stands_before_a_wrap_still_ends_the_title() -> None:
    # GLUED_BEFORE_LINE_SPACE (nat-health-poverty-12fyp-2012, heldout36, joined: read as 指导思想以)
    text = (
        "现对“十二五”时期卫生扶贫工作提出以下意见。一、指导思想以 邓小平理论和“三个代表”重要思想为指导，深入贯彻落实"
        "科学发展观，以保障扶贫对象享有基本医疗卫生服务为目标。二、工作目标到2015年，贫困地区医疗卫生服务体系进一步健全。"
    )
    assert titles(text)[0] == (1, "一、", "指导思想")


def test_a_bold_titles_space_ends_it_whole_whatever_opener_it_holds() -> None:
    # WRAPPED_OPENER_MAX: "党内法规体系的加快建成" (a bold title's spaces, nat-party-regulations-system-2021 joined)
    text = (
        "为世界政党治理贡献了中国智慧。 一、党内法规体系的发展历程 党内法规因党而生、因党而立、因党而兴。"
        " 二、党内法规体系的加快建成 党内法规体系建设是一个久久为功、持续推进的历史过程。"
    )
    assert (1, "二、", "党内法规体系的加快建成") in titles(text)


def test_a_schedules_title_ends_at_its_first_stage_label() -> None:
    # STAGE_LABEL_OPENER (nat-illness-poverty-survey-2016, heldout36, joined: read whole up to its first 。)
    text = (
        "二、工作流程（一）利用数据进行比对。三、时间安排第一阶段：2016年4月，印发调查方案，启动调查工作；第二阶段："
        "2016年5月，逐级培训调查人员；第三阶段：2016年5-6月，开展并完成调查工作任务。四、保障措施（一）加强组织领导。"
    )
    assert (1, "三、", "时间安排") in titles(text)


def test_a_list_of_one_numbered_attachment_heads_the_attachment_appended() -> None:
    # LISTED_SINGLE_ENTRY and APPENDED_TITLE_MARKS (nat-illness-poverty-survey-2016, heldout36, joined: read as a 附件：
    # heading titled 1.建档立卡… over the whole plan, its parts a level too deep)
    text = (
        "请结合实际，认真组织开展。附件：1.建档立卡农村贫困人口因病致贫因病返贫调查方案国家卫生计生委办公厅"
        "2016年4月26日附件1建档立卡农村贫困人口“因病致贫、因病返贫”调查方案根据健康扶贫工作部署要求，制定本调查方案。"
        "一、调查事项（一）调查范围。全国28个省（区、市）。二、工作流程各地按以下路径开展调查。"
    )
    found = titles(text)
    assert found[0] == (1, "附件1", "建档立卡农村贫困人口“因病致贫、因病返贫”调查方案")
    assert (2, "一、", "调查事项") in found
    assert (2, "二、", "工作流程") in found


def test_a_list_of_several_attachments_is_no_single_entry() -> None:
    # LISTED_SINGLE_ENTRY reads a list of one entry only: "附件：1.A2.B" stays as it was read
    text = (
        "请遵照执行。附件：1.浙江省普通高中课程与学分结构2.浙江省普通高中必修课程调整意见"
        "附件浙江省普通高中课程与学分结构一、指导思想（一）保持课程结构基本稳定。"
    )
    assert all(not number.startswith("附件1") for _, number, _ in titles(text))


def test_conditions_and_materials_a_lead_names_with_a_copula_are_a_list() -> None:
    # ANNOUNCED_CONDITIONS_COPULA (sx-special-teacher-nomination-2009, heldout37, joined: the criteria and the materials
    # were read as headings titled by their first sentences)
    text = (
        "五、申报条件根据《浙江省特级教师评选暂行办法》，本次特级教师评选的基本条件是：（一）坚持党的基本路线，"
        "贯彻执行党的教育方针，热爱社会主义祖国。（二）具有适用的教师资格，《教师法》规定的合格学历，任中小学高级教师"
        "职务三年及以上。六、材料报送报送的评选推荐材料包括：（一）《浙江省特级教师评审表》一式35份，附word文档。"
        "（二）两件代表本人教育教学水平的教案。（三）其他有关考核、考察、评议和论著等材料。"
    )
    assert titles(text) == [(1, "五、", "申报条件"), (1, "六、", "材料报送")]


def test_a_centre_named_after_its_commission_opens_a_glued_sentence() -> None:
    # INSTITUTION_SUBJECT with 委 / 中心 (bj-health-title-exam-2016, heldout37, joined: cut at 在, after 2个月)
    text = (
        "七、违纪处理各考点须在规定的时间内完成对违纪情况的处理。八、成绩发布及成绩单打印国家卫生计生委人才中心将于考后"
        "2个月在中国卫生人才网公布考试成绩，考生可凭本人准考证号进行成绩查询。九、其他本通知未尽事宜另行通知。"
    )
    assert (1, "八、", "成绩发布及成绩单打印") in titles(text)


# nat-eight-rules-experience-2025 (heldout37) joined: bold part titles that kept a space at their end, two-clause
# titles; the lessons of 四、 are run-in titles opening with 必须
EIGHT_RULES = (
    "在党的建设史上具有重要里程碑意义。一、举旗定向、领航掌舵，习近平总书记关于深入贯彻中央八项规定精神的重要论述"
    "生动彰显我们党的强大真理力量 党的十八大以来，习近平总书记站在战略高度，作出一系列重要论述。"
    "（一）鲜明提出中央八项规定是长期有效的铁规矩、硬杠杠。习近平总书记指出，我们抓中央八项规定贯彻落实。"
    "（二）鲜明提出落实中央八项规定要从中央政治局抓起、自上而下推动。习近平总书记指出，各级领导干部要以身作则。"
    "（三）鲜明提出中央八项规定是改进作风的切入口和动员令。习近平总书记强调，作风建设永远在路上。"
    "（四）鲜明提出制定和落实中央八项规定要坚持从严要求。习近平总书记强调，落实中央八项规定要一抓到底。"
    "二、在实践中总结、从总结中提升，积累的经验弥足珍贵 党的十八大以来深入贯彻中央八项规定精神取得显著成效。"
    "（一）必须坚持以上率下、示范带动。习近平总书记以身作则、率先垂范，对中央八项规定的落实发挥了决定性作用。"
    "（二）必须坚持固本培元、激浊扬清。党的作风建设要坚持从思想上固本培元。"
    "（三）必须坚持心系群众、情系百姓。深入贯彻中央八项规定精神要站稳人民立场。"
    "（四）必须坚持制度治党、依规治党。中央八项规定是长期有效的铁规矩、硬杠杠。"
)


def test_in_a_text_of_few_spaces_a_space_ends_a_two_clause_title() -> None:
    # SPARSE_TITLE_SPACES: every part title ran on to 60 characters past its clause mark
    found = titles(EIGHT_RULES)
    first = "举旗定向、领航掌舵，习近平总书记关于深入贯彻中央八项规定精神的重要论述生动彰显我们党的强大真理力量"
    assert found[0] == (1, "一、", first)
    assert (1, "二、", "在实践中总结、从总结中提升，积累的经验弥足珍贵") in found


def test_a_title_among_siblings_ending_whole_at_their_full_stops_is_whole_too() -> None:
    # SIBLINGS_WHOLE_AT_FULL_STOP: read as 鲜明提出 (its sentence's subject 落实中央八项规定 before 要)
    assert (2, "（二）", "鲜明提出落实中央八项规定要从中央政治局抓起、自上而下推动") in titles(EIGHT_RULES)


def test_short_run_in_titles_opening_with_a_modal_are_no_requirements() -> None:
    # TITLED_REQUIREMENT: the lessons were dropped as requirement provisions
    found = titles(EIGHT_RULES)
    assert (2, "（一）", "必须坚持以上率下、示范带动") in found
    assert (2, "（三）", "必须坚持心系群众、情系百姓") in found


def test_a_short_requirement_with_its_subject_first_stays_a_clause() -> None:
    # TITLED_REQUIREMENT asks for the modal first: jj-project-info-share-spec-2011 (heldout29) joined keeps its short
    # subject-first requirements as clauses (six more false headings when any short sentence counted)
    from plankg.loaders.structure.segment import _titled_requirement

    assert _titled_requirement("必须坚持以上率下、示范带动")
    assert not _titled_requirement("项目信息公开内容列表页须采用分页浏览方式")
    assert not _titled_requirement("必须坚持从政治上认识和对待作风问题，把深入贯彻中央八项规定精神作为长期任务")


def test_a_title_cut_after_its_head_noun_stays_cut_among_whole_siblings() -> None:
    # SIBLINGS_WHOLE_AT_FULL_STOP keeps HEAD_NOUN cuts (nat-rural-2018, dev, joined: 基本原则——坚持党管农村工作)
    text = (
        "二、总体要求（一）指导思想。全面贯彻党的十九大精神。（二）目标任务。按照党的十九大提出的决胜全面建成小康社会。"
        "（三）基本原则——坚持党管农村工作。毫不动摇地坚持和加强党对农村工作的领导。（四）加强组织领导。各级党委要加强领导。"
    )
    assert (2, "（三）", "基本原则") in titles(text)
