"""Session 20's rules for texts that lost their line breaks (one20): a glued text's body after its 目录,
points glued to the titles before them, parts glued to what the crawl left of a table, and where a title
read inline ends. Excerpts are real texts of the scored rounds joined as a one-line crawl joins them
(bench/one_line.py); each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline, segment
from plankg.loaders.structure.toc import parse_toc


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


def test_a_decimal_point_glued_to_the_title_before_it_opens_its_run() -> None:
    # GLUED_DECIMAL_POINT (tx-ev-charging-2025 joined): "第一章 规划总则|1.1 编制目的和意义…"
    text = (
        "第一章 规划总则1.1 编制目的和意义为积极响应国家“碳达峰、碳中和”重大战略部署，本规划立足于科学谋划与精准施策。"
        "1.2 规划原则严格遵循国家法律法规与技术标准。1.3 规划范围及年限本次规划范围为通许县行政辖区。"
    )
    found = titles(text)
    assert [(level, number) for level, number, _ in found] == [(1, "第一章"), (2, "1.1"), (2, "1.2"), (2, "1.3")]
    assert found[1][2].startswith("编制目的和意义")


def test_a_glued_text_with_a_toc_has_its_body_read_inline() -> None:
    # GLUED_TOC_INLINE (tx-ev-charging-2025 joined): the TOC lists chapters and 1.1 … only, the body has more
    text = (
        "目录第一章 规划总则 .....11.1 编制目的和意义 .....11.2 规划原则 .....1第二章 发展现状 .....4"
        "* * *第一章 规划总则1.1 编制目的和意义为积极响应国家“碳达峰、碳中和”重大战略部署，本规划立足于科学谋划。"
        "1.2 规划原则严格遵循国家法律法规与技术标准。第二章 发展现状2.1 政策环境国家出台了一系列政策。"
        "2.2 充电设施现状全县已建成公共充电桩120个。" + "充电设施" * 700
    )
    toc = parse_toc(text)
    assert toc is not None and [e.marker for e in toc.entries] == ["第一章", "1.1", "1.2", "第二章"]
    headings, _ = segment(text, toc)
    assert [(h.level, h.number) for h in headings] == [
        (1, "第一章"), (2, "1.1"), (2, "1.2"), (1, "第二章"), (2, "2.1"), (2, "2.2")
    ]  # fmt: skip
    assert [h.title for h in headings if h.number == "第一章"] == ["规划总则"]  # the TOC's title


def test_a_point_glued_to_a_couplet_title_opens_its_run() -> None:
    # GLUED_POINT_AFTER_COUPLET (js-market-regulation-tasks-2022 joined; its 1． as normalisation reads it, 1.)
    text = (
        "现就2022年确定的八项主要任务提出如下分工方案。一、深化营商环境改革，支持市场主体发展1.深化改革激活力。按照进“四扇门”要求"
        "落实市场监管领域“证照分离”改革任务，建立评审早期介入机制。在全省范围实施“一照多址”改革，允许市场主体登记多个经营场所。"
        "（登记注册指导处等按职责分工负责）2.优化服务添动力。深化“不见面”审批，扩大远程审评、在线审批事项范围。开展住所在线核验"
        "试点，积极探索智慧登记、智慧审批应用。（行政审批处等按职责分工负责）二、强化市场秩序治理，营造公平竞争环境3.加强公平竞争"
        "监管。制定我省强化反垄断深入推进公平竞争政策实施的意见。推行公平竞争审查协查、抽查、考核以及第三方评估等制度。"
    )
    assert titles(text) == [
        (1, "一、", "深化营商环境改革，支持市场主体发展"),
        (2, "1.", "深化改革激活力"),
        (2, "2.", "优化服务添动力"),
        (1, "二、", "强化市场秩序治理，营造公平竞争环境"),
        (2, "3.", "加强公平竞争监管"),
    ]


def test_a_part_glued_to_a_tables_caption_goes_on_its_run() -> None:
    # GLUED_PART, INLINE_LEAD_OPENERS 本次 (gz-public-rental-allocation-2025 joined)
    text = (
        "现就2025年第一批常态分配有关事宜通告如下：一、房源情况本次推出分配的房源为2024年度户籍家庭公共租赁住房集中分配时未成功匹配的房源。"
        "房源点为萝岗和苑，详见《房源情况表》及附件1。房源情况表二、分配对象根据推出供应房源情况，本次常态分配的对象为已进入轮候册的家庭。"
        "三、分配原则两房一厅房源面向下列家庭分配。"
    )
    assert [(level, number, title) for level, number, title in titles(text)] == [
        (1, "一、", "房源情况"),
        (1, "二、", "分配对象"),
        (1, "三、", "分配原则"),
    ]


def test_a_glued_part_whose_next_part_is_glued_too_is_a_tables_row() -> None:
    # GLUED_PART (nat-city-checkup-2020 joined): an indicator table's rows 七、 八、 glued to the cells before them
    # (renumbered here to go on the parts)
    text = (
        "一、样本城市天津、上海等36个城市。二、体检方法采用2019年统计数据。三、指标体系共8个方面。"
        "市辖区常住人口的比例四、多元包容41常住人口基本公共服务覆盖率（%）市辖区比例五、创新活力46城市常住人口户籍人口比例"
    )
    assert [number for _, number, _ in titles(text)] == ["一、", "二、", "三、"]


def test_a_title_ends_before_a_full_date_or_its_first_counted_measure() -> None:
    # INLINE_DATE_OPENER (gz-public-rental-allocation-2025), INLINE_LEAD_OPENERS 一是 (yn-ev-charging-doubling-2026)
    text = (
        "一、分配流程及时间安排（一）公布房源2025年3月20日，市住房保障办在市住房城乡建设局网站公布常态分配房源。"
        "（二）完善高速公路及国省干线补能网络一是以高速公路“七出省五出境”主骨架为重点，加快服务区充电设施新建改建。"
    )
    assert [title for _, _, title in titles(text)] == [
        "分配流程及时间安排",
        "公布房源",
        "完善高速公路及国省干线补能网络",
    ]


def test_a_title_ends_after_its_action() -> None:
    # TITLE_HEAD_NOUNS 行动, OPENER_WORD_TAILS 推进|行动 (yn-ev-charging-doubling-2026 joined)
    text = (
        "一、主要目标通过优化充电设施布局、提升服务效能，推动构建高质量充电基础设施体系。二、公共充电设施提质升级行动"
        "（一）优化城市快速充电网络。加快覆盖城市各类停车场景。"
        "三、居住区充电设施覆盖推进行动严格落实“新建居住区固定车位100%配建或预留充电设施安装条件”要求。"
        "四、车网互动规模化应用延伸行动探索反向送电价格机制，支持昆明市持续深入推进车网互动规模化应用试点建设。"
    )
    found = [title for level, _, title in titles(text) if level == 1]
    assert found[2:] == ["居住区充电设施覆盖推进行动", "车网互动规模化应用延伸行动"]


def test_a_glued_numeral_list_or_a_point_glued_to_a_larger_parts_title_is_no_glued_part() -> None:
    # GLUED_PART (gz-outpatient-special-disease-2019 joined): "本市二、三级…" lists hospital grades
    grades = "一、高血压病本市二、三级社会保险定点医疗机构确诊符合诊断标准。三、糖尿病本市定点医疗机构确诊。"
    assert [number for _, number, _ in titles(grades)] == ["一、"]
    # GLUED_PART_AFTER_PART: "第二部分：…病种|二十八、" is the part's first point, numbered on across parts
    parts = (
        "一、高血压病本市定点医疗机构确诊符合诊断标准。二、糖尿病本市二级以上定点医疗机构确诊。"
        "第二部分：二类门诊特定病种三、分裂情感性障碍本市具备开展精神病专科诊疗资格的定点医疗机构确诊。四、精神分裂症确诊符合标准。"
    )
    assert [number for _, number, _ in titles(parts) if number.endswith("、")] == ["一、", "二、"]


def test_a_chapter_or_part_glued_to_a_sentence_without_its_mark_ends_the_line() -> None:
    # GLUED_WORD_TAIL (nat-fyp-11 joined: every 。 became a line break, the breaks were lost, the paragraph starts'
    # spaces break the lines again): the heading's title ends the line, its marker glued to the last sentence.
    text = (
        "第一篇  指导原则和发展目标\n"
        "第一章  全面建设小康社会的关键时期\n"
        "“十一五”时期是全面建设小康社会承上启下的关键时期我们要开创社会主义经济建设的新局面，为后十年顺利发展打下坚实基础"
        "，奋力把中国特色社会主义事业推向前进第二章  全面贯彻落实科学发展观\n"
        "发展必须是科学发展，要坚持以人为本，转变发展观念、创新发展模式、提高发展质量第二篇  建设社会主义新农村\n"
        "建设社会主义新农村是我国现代化进程中的重大历史任务，扎实稳步推进新农村建设第三章  发展现代农业\n"
        "推进农业结构战略性调整，转变农业增长方式，提高农业综合生产能力和增值能力第一节  提高农业综合生产能力\n"
        "坚持最严格的耕地保护制度，加快农业科技进步，加强农业设施建设第二节  推进农业结构调整\n"
        "发展农区、农牧交错区畜牧业，恢复和培育传统牧区可持续发展能力第四章  增加农民收入\n"
        "第一节  挖掘农业增收潜力\n"
        "发掘农业内部增收潜力，提高农产品质量和效益，发展设施农业和特色农业，拓宽农民增收渠道第二节  发展农村二三产业\n"
        "发展乡镇企业和县域经济，引导农民向非农产业转移，增加农民工资性收入和经营性收入\n"
    )
    headings, _ = segment(text, None)
    assert [(h.number, h.title) for h in headings] == [
        ("第一篇", "指导原则和发展目标"),
        ("第一章", "全面建设小康社会的关键时期"),
        ("第二章", "全面贯彻落实科学发展观"),
        ("第二篇", "建设社会主义新农村"),
        ("第三章", "发展现代农业"),
        ("第一节", "提高农业综合生产能力"),
        ("第二节", "推进农业结构调整"),
        ("第四章", "增加农民收入"),
        ("第一节", "挖掘农业增收潜力"),
        ("第二节", "发展农村二三产业"),
    ]


def test_a_glued_toc_finds_its_decimal_entries_past_long_leaders() -> None:
    # DECIMAL_UNDER_PART, TOC_LEADERS_NOT_TITLE (sh-fyp-14 joined): leaders longer than the titles, each page number
    # glued to the next entry's decimal number, numbered under its part ("…发展.....11.1“五个中心”…")
    dots = "." * 56
    text = (
        "上海市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要目 录"
        f"一、新阶段新起点，以党中央对上海的战略定位引领未来发展{dots}1"
        f"1.1“五个中心”建设既定目标如期实现{dots}{dots}1"
        f"1.2 准确把握新发展阶段上海发展面临的新机遇新挑战{dots}5"
        f"二、“十四五”时期经济社会发展指导方针和主要目标{dots}8"
        f"2.1 指导思想{dots}{dots}8"
        f"2.2 基本原则{dots}{dots}9一、新阶段新起点"
    )
    toc = parse_toc(text)
    assert toc is not None
    assert [e.marker for e in toc.entries] == ["一、", "1.1", "1.2", "二、", "2.1", "2.2"]


def test_a_lost_first_chapter_read_inline_puts_the_second_at_the_top() -> None:
    # INLINE_LOST_FIRST_CHAPTER (cy-fuel-stations-2026 joined): the text opens with 第一节; INLINE_LEAD_OPENERS 本规划
    text = (
        "第一节  规划概述本规划是崇阳县“十五五”期间成品油零售网络布局的专项指导性文件。第二节  规划范围与规划年限"
        "本次规划期限为5年，即2026年—2030年。第二章  现状分析第一节  崇阳县社会经济发展情况崇阳县隶属湖北省咸宁市。"
        "第二节  崇阳县成品油市场发展现状全县现有加油站共计48座。"
    )
    found = titles(text)
    assert [(level, number) for level, number, _ in found] == [
        (1, "第一节"), (1, "第二节"), (1, "第二章"), (2, "第一节"), (2, "第二节")
    ]  # fmt: skip
    assert [title for _, _, title in found[:3]] == ["规划概述", "规划范围与规划年限", "现状分析"]


def test_a_numerals_thousands_mark_at_a_lines_end_is_no_glued_part() -> None:
    # GLUED_WORD_TAIL (nat-fyp-1): "共为二、九七一公里" writes 2,971 with 、
    text = (
        "一、铁路\n"
        "五年内新建铁路干线和支线四、○八四公里，增加复线一、五一四公里，加上原有的复线一、四五七公里，共为二、九七一公里\n"
        "新建铁路要求达到的标准，应当适应运输的需要\n"
        "二、公路\n"
        "五年内新建公路一万公里以上\n"
    )
    headings, _ = segment(text, None)
    assert [(h.number, h.title) for h in headings] == [("一、", "铁路"), ("二、", "公路")]


def test_a_title_ends_before_a_standards_scope_or_a_year() -> None:
    # INLINE_LEAD_OPENERS 主要包括 (heldout10's smart-factory standards guide joined), INLINE_DATE_OPENER's year
    # (dev's gov reports joined)
    text = (
        "一、工作回顾2025年是“十四五”收官之年，全市经济运行稳中有进。二、重点任务（一）智能工厂标准主要包括智能工厂总体规划、"
        "智能工厂设计、智能工厂交付等标准。（二）互联互通与系统集成标准主要包括全厂通信网络架构、工业网络互联等标准。"
    )
    assert [title for _, _, title in titles(text)] == ["工作回顾", "重点任务", "智能工厂标准", "互联互通与系统集成标准"]


def test_a_title_ends_at_a_point_glued_with_a_space_after_its_mark() -> None:
    # FIRST_CHILD_GLUED_TO_TITLE with a space (nat-ai-grad-programme-2022 joined, heldout11)
    text = (
        "一、申报条件申报单位应为具有研究生培养资格的高校。二、项目组织申报工作流程1. 申报单位根据指南支持方向，"
        "组织编写申报材料。2. 项目管理专业机构组织专家评审。三、具体申报方式1. 网上填报申报单位通过系统填报。"
        "2. 材料报送纸质材料一式两份。"
    )
    found = [(level, title) for level, _, title in titles(text) if level == 1]
    assert found[1:] == [(1, "项目组织申报工作流程"), (1, "具体申报方式")]


def test_a_one_line_notice_issuing_two_documents_heads_each_by_its_title() -> None:
    # INLINE_ISSUED_DOCUMENTS (nat-fuel-power-rationing-1978, a one-line crawl)
    text = (
        "国务院批转燃料、电力凭证定量供应办法的通知国发〔1978〕2号各省、市、自治区革命委员会：国务院同意国家计划委员会会同有关部门"
        "拟定的《燃料统一管理、凭证定量供应办法》、《加强计划用电、实行凭证供电办法》。现转发给你们，请认真研究执行。"
        "国务院一九七八年一月九日（本文有删减）燃料统一管理、凭证定量供应办法燃料是发展国民经济的主要能源。特制定如下办法。"
        "一、统一管理燃料资源。全国统配矿生产的煤炭均由国家计委综合平衡。二、统一分配和供应。全部燃料资源都要统一平衡分配。"
        "加强计划用电、实行凭证供电办法电力供应不足已成为突出矛盾。特制定以下管理办法。一、实行凭证供电制。所有工矿企业一律"
        "实行凭电证供电制。二、开展“一查四定”。各地区要对用电单位进行核查。" + "各地区要厉行节约。" * 200
    )
    headings, _ = segment(text, None)
    assert [(h.level, h.number, h.title) for h in headings] == [
        (1, "", "燃料统一管理、凭证定量供应办法"),
        (2, "一、", "统一管理燃料资源"),
        (2, "二、", "统一分配和供应"),
        (1, "", "加强计划用电、实行凭证供电办法"),
        (2, "一、", "实行凭证供电制"),
        (2, "二、", "开展“一查四定”"),
    ]


def test_an_unspaced_chapter_with_a_two_clause_title_glued_at_a_lines_end() -> None:
    # GLUED_WORD_TAIL (nat-fyp-10 joined: its chapters unspaced from their titles)
    text = (
        "第一篇指导方针和目标\n"
        "第一章国民经济和社会发展的指导方针\n"
        "经过二十多年的改革开放和发展，我国社会生产力、综合国力和人民生活水平都上了一个大台阶把贯彻可持续发展战略提高到一个新的"
        "水平第二章国民经济和社会发展的主要目标\n"
        "“十五”期间国民经济和社会发展的主要目标是：国民经济保持较快发展速度社会风气和社会秩序好转第二篇经济结构\n"
        "第三章加强农业基础地位，促进农村经济全面发展\n"
        "要始终把农业放在发展国民经济的首位，保证农业在提高整体素质和效益的基础上持续、稳定发展\n"
    )
    headings, _ = segment(text, None)
    assert [h.number for h in headings] == ["第一篇", "第一章", "第二章", "第二篇", "第三章"]


def test_a_glued_tocs_listed_style_unlisted_in_its_span_is_a_boxs_entry() -> None:
    # GLUED_TOC_LISTED_STYLES (data/plans' shanghai-sti-center-14th-fyp: a 专栏's "3、糖类药物研发技术创新中心。" under
    # a heading the TOC lists, in the style of the TOC's 1、 entries)
    text = (
        "目录一、加快基础研究原创突破1（一）加快提升科学中心显示度11、加快推进科学中心建设12、建设重大科"
        "技基础设施集群2二、提升关键核心技术竞争力3（一）加快重点领域核心技术攻关31、集成电路32、生物医"
        "药4三、组织保障5一、加快基础研究原创突破加快推进张江综合性国家科学中心建设。（一）加快提升科学中心"
        "显示度立足国家重大战略需求。1、加快推进科学中心建设以全球视野推进张江综合性国家科学中心建设。2、建"
        "设重大科技基础设施集群持续布局建设重大科技基础设施。二、提升关键核心技术竞争力聚焦重点领域。（一）加"
        "快重点领域核心技术攻关围绕产业链部署创新链。1、集成电路加快突破芯片设计。2、生物医药推动创新药研发"
        "。专栏重大平台：1、药物靶标平台。布局新药创制源头创新。2、生物安全实验室。建设高级别生物安全实验平"
        "台。3、糖类药物研发技术创新中心。支持筹建糖类药物研发技术创新中心。三、组织保障加强统筹协调。"
        + "加强统筹协调。"
        * 300
    )
    toc = parse_toc(text)
    assert toc is not None
    headings, _ = segment(text, toc)
    assert "糖类药物研发技术创新中心" not in [h.title for h in headings]


def test_a_title_opening_with_a_year_is_not_restated_by_a_sentence_dated_by_it() -> None:
    # YEAR_OPENING_NOT_RESTATED: nx-gov-report-2026 joined, "三、2026年重点工作2026年是中国共产党成立105周年，…"
    from plankg.loaders.structure.segment import headings_inline

    text = (
        "一、2025年工作总结过去一年，我们做了很多工作。二、主要任务未来五年，要做好工作。"
        "三、2026年重点工作2026年是中国共产党成立105周年，是规划实施第一年。"
        "（一）着力贯彻新发展理念，在全面推动经济提质增效上开新局。主动适应新变化。"
        "（二）着力完善市场经济体制，在全面深化改革开放上开新局。深化改革。"
    )
    assert [h.title for h in headings_inline(text)][2] == "2026年重点工作"


def test_a_page_number_between_a_sentence_end_and_a_part_does_not_hide_the_part() -> None:
    # PAGE_NUMBER_BEFORE_PART: nat-testing-equipment-2023 joined, its page number 2 run into "…产业生态。2二、行动目标"
    from plankg.loaders.structure.segment import headings_inline

    text = (
        "一、总体要求（一）指导思想以习近平新时代中国特色社会主义思想为指导，构建完善产业生态。"
        "2二、行动目标到2025年，智能检测技术基本满足用户领域制造工艺需求。"
        "三、重点工程（一）产业基础创新工程实施产业基础创新工程，建设一批技术创新机构。"
    )
    assert [(h.number, h.title) for h in headings_inline(text) if h.level == 1] == [
        ("一、", "总体要求"),
        ("二、", "行动目标"),
        ("三、", "重点工程"),
    ]
