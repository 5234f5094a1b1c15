"""Where a title read inline ends when the crawl glued its first sentence to it (a text that lost its
line breaks). Excerpts are real texts of the dev and held-out rounds joined as a one-line crawl joins
them (bench/one_line.py); each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


def test_points_glued_to_their_part_title_open_a_run_and_end_the_title() -> None:
    # GLUED_POINT_AFTER_TITLE, GLUED_POINT_ENDS_TITLE (ah-rcep-2022 joined): points numbered on across the
    # parts, each run glued to its part's title with no mark between.
    text = (
        "一、发展目标全面拓展和深化与其他RCEP国家的经贸合作，引导鼓励企业用好RCEP规则。二、重点任务（一）大力发展货物贸易1.扩大优势产品出口。建立RCEP国别商品税率对比清单，深化企业对RCEP重点国别"
        "关税减让的理解掌握。2.积极扩大进口。扩大自其他RCEP国家铁矿石、铜矿石的进口。3.用好原产地规则。"
        "加快实施经核准出口商原产地自主声明制度。4.着力拓展对日贸易。指导企业用好中日关税减让承诺。（二）推进服务贸易升级5.深化"
        "服务贸易合作。推进落实外商投资准入前国民待遇加负面清单管理制度。6.大力发展数字贸易。推进数字贸易发展。"
    )
    assert titles(text) == [
        (1, "一、", "发展目标"),
        (1, "二、", "重点任务"),
        (2, "（一）", "大力发展货物贸易"),
        (3, "1.", "扩大优势产品出口"),
        (3, "2.", "积极扩大进口"),
        (3, "3.", "用好原产地规则"),
        (3, "4.", "着力拓展对日贸易"),
        (2, "（二）", "推进服务贸易升级"),
        (3, "5.", "深化服务贸易合作"),
        (3, "6.", "大力发展数字贸易"),
    ]


def test_a_title_ends_at_a_point_glued_after_its_score_in_brackets() -> None:
    # GLUED_POINT_ENDS_TITLE (bt-digital-gov-eval-2022 joined): "…（1分）14.推动…" - the title keeps its score.
    text = (
        "一、考评对象各旗县区人民政府。二、考评内容（一）优化政务服务（20分）1.深化一网通办改革。推进政务服务事项全部纳入平台。"
        "（二）推进政务服务“跨域通办”（1分）2.推动基层部门的公共服务业务系统与一体化平台对接，不断优化全市通办互办"
        "事项目录。实现更多事项跨区域办理。"
    )
    found = titles(text)
    assert (2, "（二）", "推进政务服务“跨域通办”（1分）") in found
    assert any(number == "2." and title.startswith("推动基层部门") for _, number, title in found)


def test_a_chapter_title_ends_at_its_glued_first_article() -> None:
    # ARTICLE_ENDS_CHAPTER_TITLE (gd-public-data-2021, nat-iit-deductions-2018 joined): "第一章总则第一条为…".
    text = (
        "第一章　总则第一条　为了规范公共数据管理，根据有关法律法规，结合本省实际，制定本办法。第二条　本办法适用于本省"
        "行政区域内公共数据的管理活动。第二章　公共数据目录管理第九条　公共数据实行目录管理。第三章　内容审核要求"
        "第十条　资源内容审核重点围绕政治性、导向性、科学性和规范性。"
    )
    assert [(h.number, h.title) for h in headings_inline(text)] == [
        ("第一章", "总则"),
        ("第二章", "公共数据目录管理"),
        ("第三章", "内容审核要求"),  # whole up to its article, whatever opener (要) it holds
    ]


def test_a_report_part_title_ends_where_its_sentence_opens_with_a_period() -> None:
    # INLINE_TIME_OPENER (sn-gov-report-2026 joined): "一、2025年工作回顾|刚刚过去的一年，是…"; a title naming a
    # period without a comma after it keeps it.
    text = (
        "各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。一、2025年工作回顾刚刚过去的一年，是“十四五”收官之年。"
        "我们坚持以习近平新时代中国特色社会主义思想为指导。二、2026年重点工作今年是“十五五”开局之年，做好政府工作意义重大。"
        "三、“十四五”时期工作回顾与展望全省上下团结奋斗，经济社会发展取得新成效。"
    )
    found = [title for _, _, title in titles(text)]
    assert found[:2] == ["2025年工作回顾", "2026年重点工作"]
    assert found[2].startswith("“十四五”时期工作回顾")


def test_a_stand_alone_title_among_provisions_ends_after_its_head_noun() -> None:
    # PROVISION_HEAD_NOUN_GLUED (nat-petrochem-std-guide-2022 joined): （n） paragraphs read as provisions led by their
    # subject, yet "指导思想|坚持以…" and "建设目标|到2025 年，…" are titles glued to their first sentence.
    text = (
        "为加快推进石化行业智能制造标准体系建设，制定本指南。一、总体要求（一）指导思想坚持以习近平新时代中国特色社会主义"
        "思想为指导，全面贯彻党的二十大精神，立足新发展阶段。（二）基本原则统筹规划、协调配套。结合石化行业特点，构建与国家"
        "智能制造标准体系协调配套的石化行业智能制造标准体系。（三）建设目标到2025 年，建立较为完善的石化行业智能制造"
        "标准体系，累计制修订30项以上石化行业重点标准。二、建设思路（一）石化行业智能制造标准体系结构包括基础共性、石化关键"
        "数据及模型技术、石化关键应用技术、细分行业应用等四个部分。"
    )
    found = [title for _, _, title in titles(text)]
    assert "指导思想" in found and "建设目标" in found


def test_sub_headings_repeated_under_parallel_parts_keep_their_shared_title() -> None:
    # REPEATED_SUB_TITLE (nat-medqual-core-rules-2018 joined): each system's （一）定义 glued to "指…".
    parts = [
        (
            "首诊负责制度",
            "指患者的首位接诊医师在一次就诊过程结束前或由其他医师接诊前，负责该患者全程诊疗管理的制度。",
            "首诊",
        ),
        (
            "三级查房制度",
            "指患者住院期间，由不同级别的医师以查房的形式实施患者评估、制定与调整诊疗方案的制度。",
            "查房",
        ),
        ("会诊制度", "会诊是指出于诊疗需要，由本科室以外或本机构以外的医务人员协助提出诊疗意见的活动。", "会诊"),
    ]
    numbers = "一二三"
    text = "医疗质量安全核心制度要点如下。" + "".join(
        f"{numbers[k]}、{name}（一）定义{definition}（二）基本要求医疗机构应当明确{word}的工作流程和职责分工。"
        for k, (name, definition, word) in enumerate(parts)
    )
    found = titles(text)
    assert [title for level, _, title in found if level == 2] == ["定义", "基本要求"] * 3


def test_a_title_ends_before_the_label_its_siblings_repeat() -> None:
    # REPEATED_LABEL_IN_TITLE (nat-health-ai-scenarios-2024 joined): each scenario's title runs into "基本概念：".
    text = (
        "一、“人工智能+”医疗服务管理（一）“人工智能+”医疗服务"
        "1.医学影像智能辅助诊断基本概念：针对医学影像数据进行智能分析、快速读片，提高诊断效率。应用场景：放射科。"
        "2.医学影像数据智能辅助质控基本概念：利用人工智能技术开展医学影像检查质量评价。应用场景：医院质控部门。"
        "3.临床专病智能辅助决策基本概念：智能清洗处理临床专科疾病数据，构建决策模型。应用场景：临床科室。"
    )
    assert [title for level, _, title in titles(text) if level == 3] == [
        "医学影像智能辅助诊断",
        "医学影像数据智能辅助质控",
        "临床专病智能辅助决策",
    ]


def test_a_point_title_ends_where_its_sentence_opens_with_a_day_or_the_issuer() -> None:
    # INLINE_TIME_OPENER (mee-envday-2018, a one-line mee.gov.cn crawl): "1.做好主题预热宣传|我部将…",
    # "2.开展主题实践活动|6月5日上午，…".
    text = (
        "现将有关事项通知如下：一、宣传主题2018年六五环境日统一使用“美丽中国，我是行动者”主题。二、工作安排"
        "1.做好主题预热宣传我部将陆续推出六五环境日主题宣传海报、宣传片等，供社会各界免费使用。各地可结合实际"
        "制作宣传产品。2.开展主题实践活动6月5日上午，我部将联合湖南省人民政府围绕主题，共同举办2018年六五环境日主场活动。"
        "各地要结合实际组织开展形式多样的宣传活动。"
    )
    found = [title for _, number, title in titles(text) if number in ("1.", "2.")]
    assert found == ["做好主题预热宣传", "开展主题实践活动"]


def test_a_part_read_inline_opens_its_points_glued_to_its_title() -> None:
    # INLINE_PART, PART_FIRST_POINT_GLUED (pt-greening-15 joined): 第N部分 with its colon is a heading
    # read inline, and each part's 一、 glued to its title opens the part's points.
    text = (
        "是指导普陀区绿化市容行业未来五年发展的蓝图。第一部分：发展基础一、“十四五”规划执行情况“十四五”时期，普陀区"
        "根植上海城市特点。（一）多维建绿，全面提升绿地品质服务功能围绕提升绿地品质功能。环卫车辆停车用地紧张、公厕布局不够"
        "均衡。第二部分：发展趋势一、从发展背景看，新时代对绿化市容提出新要求党的二十届四中全会明确，将持续推进生态系统优化。"
        "二、从发展基础看，土地资源对生态空间提出新挑战普陀区土地开发强度高。"
    )
    assert [(level, number, title[:8]) for level, number, title in titles(text)] == [
        (1, "第一部分：", "发展基础"),
        (2, "一、", "“十四五”规划执"),
        (3, "（一）", "多维建绿，全面提"),
        (1, "第二部分：", "发展趋势"),
        (2, "一、", "从发展背景看，新"),
        (2, "二、", "从发展基础看，土"),
    ]


def test_a_chapter_read_inline_opens_its_points_glued_to_its_title() -> None:
    # PART_FIRST_POINT_GLUED (nat-bus-smart-demo-guide-2014 joined): every chapter's 一、 after the first.
    text = (
        "本指南由工程技术支持单位交通运输部科学研究院起草。　第一章　总体要求一、建设目的通过城市公共交通"
        "智能化应用示范工程建设达到如下目的。二、建设原则坚持需求导向。各城市可根据工程建设目标和建设条件，"
        "进一步丰富工程建设任务。第二章　系统架构一、业务架构根据工程业务范围，工程包括三大业务。"
        "二、技术架构本工程采用分层架构。"
    )
    assert [(level, number) for level, number, _ in titles(text)] == [
        (1, "第一章"),
        (2, "一、"),
        (2, "二、"),
        (1, "第二章"),
        (2, "一、"),
        (2, "二、"),
    ]
    assert titles(text)[3][2] == "系统架构"


def test_a_part_never_opens_under_a_letter_point_nor_as_a_standard_part() -> None:
    # INLINE_TOP_PARTS (gz-outpatient-special-disease-2019 joined): an attachment's 第一部分 after the notice's
    # points is no part read inline; INLINE_PART: "第1部分：术语" cites a standard (nat-petrochem-std-guide-2022).
    text = (
        "一、总则。本办法适用于本市参保人员。二、待遇标准。按规定执行。附件2广州市社会医疗保险门诊特定病种准入标准第一部分：一类"
        "门诊特定病种一、高血压病本市社会保险定点医疗机构确诊符合以下标准的。"
    )
    assert all(not number.startswith("第") for _, number, _ in titles(text))
    standard = "一、基础共性标准。智能传感器第1部分：术语国家标准已发布。二、关键技术标准。"
    assert [number for _, number, _ in titles(standard)] == ["一、", "二、"]


def test_a_statistical_bulletin_part_is_titled_by_its_fields() -> None:
    # STAT_BULLETIN_SECTIONS (wz-stat-bulletin-2015 joined): the parts' field words, up to their first sentence.
    text = (
        "万载县2015年国民经济和社会发展统计公报2015年，全县人民在县委、县政府的正确领导下，民生持续改善。一、综合国民经济"
        "继续健康稳定发展。2015年，全县实现生产总值(GDP)1102284万元。二、农业农业综合生产能力稳步提高。全县农业总产值"
        "282563万元。三、国内贸易和服务业消费品市场日趋活跃。全年社会消费品零售总额增长12%。四、交通、邮电和旅游业"
        "交通运输和邮电通信业进一步发展，基础设施建设力度加大。五、文化、卫生和体育事业文化事业繁荣发展。"
    )
    assert [title for _, _, title in titles(text)] == [
        "综合",
        "农业",
        "国内贸易和服务业",
        "交通、邮电和旅游业",
        "文化、卫生和体育事业",
    ]


def test_a_work_report_task_title_is_a_couplet_of_one_clause_length() -> None:
    # COUPLET_TITLES (sn-gov-report-2026 joined): 8 + 8 characters, the first run-in point glued after them; a
    # second clause of 9 ends where an opener starts (引领新质生产力发展|推动…).
    text = (
        "今年要重点做好9个方面工作：（一）着力扩大有效需求，推动经济稳中向好扩大有效投资。深化高质量项目推进年活动。"
        "（二）提升创新体系效能，引领新质生产力发展推动科技创新和产业创新深度融合。落实西安区域科技创新中心建设重点任务。"
        "（三）加快产业体系建设，发展壮大实体经济巩固提升优势产业和传统产业。推动能源化工产业高端化。"
        "（四）深化重点领域改革，扩大高水平对外开放积极融入全国统一大市场。深入整治内卷式竞争。"
    )
    assert [title for _, _, title in titles(text)] == [
        "着力扩大有效需求，推动经济稳中向好",
        "提升创新体系效能，引领新质生产力发展",
        "加快产业体系建设，发展壮大实体经济",
        "深化重点领域改革，扩大高水平对外开放",
    ]


def test_a_plan_task_title_of_a_short_and_a_long_clause_is_no_couplet() -> None:
    # COUPLET_OPENER_SHARE (hp-heritage-14 joined): 6 + 14 characters, no sentence opens where the clauses would match.
    text = (
        "四、“十四五”主要任务（一）坚持高端引领，提升四大历史文化风貌区品牌影响力高起点推动外滩历史文化风貌区建设。"
        "（二）聚焦服务民生，加快推动旧区改造和历史建筑修缮更新全力推进旧区改造。"
        "（三）发挥多方合力，推动历史风貌保护和利用的有效实施发挥政府部门主导作用。"
    )
    # the excerpt's opening 四、 is read too (EXCERPT_OPENING_MARKER); its （n） are the couplets
    assert all(len(title) > 14 for _, number, title in titles(text) if number.startswith("（"))
