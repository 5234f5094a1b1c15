"""Numbered entries that are the items of a list, not sections: measures a lead line announces (its colon
garbled by the OCR), short lists of requirement sentences."""

from __future__ import annotations

from tests.segmenting import PARA, tree


def test_measures_under_a_lead_whose_colon_the_ocr_turned_into_an_ideograph_are_its_list() -> None:
    # LEAD_COLON_GARBLED (nat-fyp-6, the 六五 plan as OCR'd): "要切实做好以下几项工作霉" announces the (1)… measures
    # that run on into their paragraphs; the colon became 霉 (or #: "要采取以下措施#").
    for lead in ("为了实现上述计划，要切实做好以下几项工作霉", "为了实现成人教育计划的任务，要采取以下措施#"):
        text = "\n".join(
            [
                "第三节高等教育",
                "　　“六五”期间，高等学校的招生人数要稳步增加，五年内大学毕业生共150万人。",
                lead,
                "(1)搞好专门人才的需求预测和培养规划。",
                "国家计委、教育部要会同各部门进行调查研究，根据现代化建设的长远目标，制定出专门人才的培养规划。",
                "（2）调整科类结构、专业布局和专业内容。",
                "　　第一，提高大学专科的比重。目前在高等学校中，专科学生的比重过低。",
                "（3） 分期分批地做好“五定”工作。",
                "　　实行“五定”，即定任务、定专业、定学制、定规模、定编制。",
                "第四节成人教育",
                PARA,
            ]
        )
        assert [title for _, _, title in tree(text)] == ["高等教育", "成人教育"], lead


def test_three_requirement_sentences_under_a_heading_are_clauses() -> None:
    # REQUIREMENT_ENTRIES_MIN (bj-newenergy-heating-call-2026, a call for projects): three entries, two of them
    # stating what shall be done, are the provisions of "（二）夯实建设条件。", not its sub-sections.
    text = "\n".join(
        [
            "一、申报条件",
            "（一）符合规划要求。申报项目应符合本市能源发展规划，满足所在区域生态环境、绿色转型等相关要求。",
            "（二）夯实建设条件。",
            "1.申报项目应严格执行国家及本市有关投资管理各种规定，并履行项目核准（备案）手续。已开工项目应履行前期手续。",
            "2.申报项目应于2026年5月前开工并形成实物工作量。",
            "3.项目已完工、试运行、投资完成率超过80%的项目不予以支持。",
            "（三）落实资金来源。项目资金拼盘应完整闭合，项目各渠道资金相加应等于总投资。",
        ]
    )
    expected = [(1, "一、"), (2, "（一）"), (2, "（二）"), (2, "（三）")]
    assert [(level, number) for level, number, _ in tree(text)] == expected


def test_three_titled_tasks_stay_sections() -> None:
    # REQUIREMENT_ENTRIES_MIN: titled tasks state no requirement in their titles and stay headings.
    text = "\n".join(
        [
            "一、保障措施",
            "1.加强组织领导。各区要建立工作机制，明确责任分工，确保各项任务落到实处。",
            "2.强化资金保障。市、区财政要统筹安排资金，支持重点项目建设和运营。",
            "3.做好宣传引导。各部门要加强政策解读，及时回应社会关切，营造良好氛围。",
        ]
    )
    assert [title for _, _, title in tree(text)] == ["保障措施", "加强组织领导", "强化资金保障", "做好宣传引导"]


def test_three_capabilities_a_product_must_have_stay_sections() -> None:
    # SUBJECTLESS_CAPABILITIES (nat-icv-access-opinion-2021, lineage10): entries that open with the modal itself list
    # what a product must be able to do; a list of three of them (the fourth, one long sentence, is read as none) is
    # not judged as provisions.
    text = "\n".join(
        [
            "一、总体要求",
            PARA,
            "二、加强产品管理",
            "（一）严格履行告知义务。企业应当明确告知车辆功能及性能限制。",
            "（二）加强自动驾驶功能产品安全管理。企业生产具有自动驾驶功能的汽车产品的，应当确保汽车产品至少满足以下要求：",
            (
                "　　1.应能自动识别自动驾驶系统失效以及是否持续满足设计运行条件，并能采取风险减缓措施以达到最小风险"
                "状态。"
            ),
            (
                "2.应具备人机交互功能，显示自动驾驶系统运行状态。在特定条件下需要驾驶员执行动态驾驶任务的，应具备识"
                "别驾驶员执行动态驾驶任务能力的功能。车辆应能够依法依规合理使用灯光信号、声音等方式与其他道路使用者进"
                "行交互。"
            ),
            (
                "3.应具有事件数据记录系统和自动驾驶数据记录系统，满足相关功能、性能和安全性要求，用于事故重建、责任"
                "判定及原因分析等。其中，自动驾驶数据记录系统记录的数据应包括车辆及系统基本信息、车辆状态及动态信息、"
                "自动驾驶系统运行信息、行车环境信息、驾乘人员操作及状态信息、故障信息等。"
            ),
            (
                "4.应满足功能安全、预期功能安全、网络安全等过程保障要求，以及模拟仿真、封闭场地、实际道路、网络安全"
                "、软件升级、数据记录等测试要求，避免车辆在设计运行条件内发生可预见且可预防的安全事故。"
            ),
            "（三）确保可靠的时空信息服务。企业应当确保汽车产品具有安全、可靠的卫星定位及授时功能。",
        ]
    )
    assert [number for _, number, _ in tree(text)] == ["一、", "二、", "（一）", "（二）", "1.", "2.", "3.", "（三）"]


def test_criteria_labels_over_their_own_findings_are_the_entry_list() -> None:
    # CRITERIA_OVER_OWN_ITEMS (gz-outpatient-special-disease-2019): under an entry that is only a label, bare labels
    # over numbered findings ending in ； are the entry's criteria, not its sub-sections.
    text = "\n".join(
        [
            "第一部分：一类门诊特定病种",
            "一、小儿脑性瘫痪",
            "（一）婴儿期内出现的中枢性瘫痪，包括：肌张力异常、姿势异常、反射异常等；",
            "（二）排除进行性疾病所致的中枢性瘫痪及正常小儿暂时性运动发育迟缓。",
            "二、重型β地中海贫血",
            "（一）临床表现",
            "1. 自出生后出现贫血、肝脾肿大、颧骨隆起、眼距增宽、鼻梁低平等骨骼改变，呈现特殊的“地中海贫血”面容；",
            "2. 发育滞后；",
            "3. 可发生病理性骨折。",
            "（二）实验室检查",
            "1. 外周血象呈小细胞低色素性贫血，红细胞大小不等，有靶形红细胞（10%以上）和红细胞碎片；",
            "2. 抗碱血红蛋白（HbF）达30%-90%；",
            "3. 骨髓象呈红细胞系统极度增生，或患者地中海贫血基因检查结果存在基因点突变或珠蛋白基因的缺失。",
            "（三）X线检查",
            "X线检查可见颅骨皮质变薄，板障增宽，骨小梁条纹清晰，似短发直立状。",
            "三、慢性丙型肝炎",
            "（一）有输血，使用血液制品历史，HCV感染者密切接触史；",
            "（二）长期饮食不振，肝脾肿大，叩击痛；",
        ]
    )
    assert [title for _, _, title in tree(text)] == [
        "一类门诊特定病种",
        "小儿脑性瘫痪",
        "重型β地中海贫血",
        "慢性丙型肝炎",
    ]


def test_conditions_an_applicant_must_meet_stay_under_their_titled_part() -> None:
    # CRITERIA_OVER_OWN_ITEMS leaves requirements alone (nat-nsfc-quebec-smartcity-2019): "（一）申请条件" over
    # "1. 申请人须具有…；" is a titled part.
    text = "\n".join(
        [
            "一、项目说明",
            PARA,
            "二、申请条件和要求",
            "（一）申请条件",
            "中方申请人须符合以下条件：",
            "1. 申请人须具有高级专业技术职务（职称）；",
            "2. 作为项目负责人，正在承担或承担过3年期及以上国家自然科学基金项目；",
            "3. 与国外（地区）合作者具有良好的合作基础；",
            "（二）申请要求",
            "1.资助期限为3年，申请书中的研究期限应填写2020年4月1日至2023年3月31日。",
            "2.合作研究项目的国内合作研究单位数量不得超过2个。",
        ]
    )
    assert [title for _, _, title in tree(text)] == ["项目说明", "申请条件和要求", "申请条件", "申请要求"]


def test_an_entry_leading_contact_lines_and_its_one_sentence_sibling_are_provisions() -> None:
    # SENTENCE_ENTRY_LEAD (nat-nsfc-quebec-smartcity-2019): "2.申请书由…接收，联系方式如下：" is a provision leading the
    # address lines, and "1.申请报送日期为…。" is the same list's.
    text = "\n".join(
        [
            "三、限项申请规定",
            PARA,
            "四、申请注意事项",
            "（一）项目申请接收",
            "　　1.申请报送日期为2019年12月9日至16日16时。",
            "　　2.申请书由国家自然科学基金委员会项目材料接收工作组接收，联系方式如下：",
            "　　通讯地址：北京市海淀区双清路83号自然科学基金委项目材料接收工作组（行政楼101房间）",
            "　　邮编：100085",
            "（二）依托单位注意事项",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == ["限项申请规定", "申请注意事项", "项目申请接收", "依托单位注意事项"]


def test_a_first_entry_whose_siblings_were_refused_as_a_list_is_that_list() -> None:
    # LONE_LIST_HEAD (nat-medqual-core-rules-2018): 2.-4. are one-sentence lines refused as a list; the run-in 1. above
    # them, a sentence in clauses, is that list's first entry.
    text = "\n".join(
        [
            "十二、手术分级管理制度",
            "（一）定义",
            "指为保障患者安全，按照手术风险程度、复杂程度、难易程度和 资源消耗不同，对手术进行分级管理的制度。",
            "（二）基本要求",
            "1.按照手术风险性和难易程度不同，手术分为四级。具体要求按 照国家有关规定执行。",
            "2.医疗机构应当建立手术分级管理工作制度和手术分级管理目 录。",
            "3.医疗机构应当建立手术分级授权管理机制，建立手术医师技术 档案。",
            "4.医疗机构应当对手术医师能力进行定期评估，根据评估结果对 手术权限进行动态调整。",
            "十三、新技术和新项目准入制度",
            "（一）定义",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == [
        "手术分级管理制度",
        "定义",
        "基本要求",
        "新技术和新项目准入制度",
        "定义",
    ]


def test_a_first_entry_with_a_short_title_of_its_own_stays_a_heading() -> None:
    # LONE_LIST_HEAD keeps "1. 教育部门办幼儿园。…" (th-kinder-admission-2026, round-13 rule for mixed lists) though its
    # sibling 2., a provision, is no heading.
    # Since seg53's LONE_ENTRY_AMONG_CLAUSES (a lone titled entry among untitled clauses is a clause too) the entry
    # stays a heading because the text names the same kind of kindergarten in a heading of its own
    # (LONE_ENTRY_NAMED_ELSEWHERE: "（一）教育部门办幼儿园。" under 三、招生方式), as th-kinder-admission-2026 does.
    text = "\n".join(
        [
            "三、招生方式",
            "（一）教育部门办幼儿园。教育部门办幼儿园2026年面向社会电脑派位招生的比例为90%。",
            "四、招生工作安排",
            "（一）资格审核",
            "1. 教育部门办幼儿园。5月24日至5月27日，凡经电脑随机派位录取的幼儿父（母）或其他法定监护人持相关证明材料，"
            "到幼儿园进行资格审核。",
            "未在规定时间内前往幼儿园参加现场资格审核的，一律取消录取资格。由此造成的空缺名额，按排位序号从小到大依次补录。",
            "2.国有企业、事业单位、部队等其他部门办幼儿园及民办幼儿园的资格审核方式尽可能采用信息化手段进行，减少线下办理。",
            "（二）公示",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == [
        "招生方式",
        "教育部门办幼儿园",
        "招生工作安排",
        "资格审核",
        "教育部门办幼儿园",
        "公示",
    ]


def test_measures_a_lead_announces_above_an_unread_entry_and_its_text_are_its_list() -> None:
    # UNREAD_ENTRY_TEXT (nat-fyp-6): the first measure is unread and the OCR put a 。 inside its wrapped sentence; the
    # lead "必须注意做好下列各项工作：" above it still announces the measures after it.
    text = "\n".join(
        [
            "第二节城镇居民住宅",
            "　　五年内计划在城镇共建成住宅3 · 1亿平方米，平均每年6，200万平方米。城镇居民的居住条件将会有所改善。",
            "为了把城镇的住宅建设搞好，必须注意做好下列各项工作：",
            "、搞好住宅建设同城市发展规划的协调一致。制定住宅小区的建设规划，并把新。",
            "建住宅同旧城改造结合起来。同时搞好相应的园林、绿地建设。十分注意节约用地，不占或少占菜地和粮田。",
            "、加强住宅建设与市政公用设施和居住区生活配套工程的统一规划，统一建设。",
            "竣工住宅必须达到水通、电通、路通、能住人使用的标准。所有新建住宅，都必须统一安装分户电表和水表。",
            "　　、做好住宅的设计工作。在适用、坚固、经济的前提下注意美观和多样化，不断改进标准设计。",
            "四、在四平、郑州、常州、沙市进行出售住宅的试点工作。鼓励个人买房。",
            "第三节城市市政公用设施",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == ["城镇居民住宅", "城市市政公用设施"]


def test_a_bare_marker_is_no_criterion_line() -> None:
    # A （n） left alone on its line (its title wrapped onto the next, as PDF text has it) says nothing about the
    # list it belongs to; `""[-1:] in "；;，,"` is true in Python, so an empty rest counted as a clause-mark ending.
    from plankg.loaders.structure.segment import _criterion_line

    assert not _criterion_line("")
    assert not _criterion_line("   ")
    assert _criterion_line("具有独立法人资格；")
