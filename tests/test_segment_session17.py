"""Rules from session 17's reading of rounds 11-14's false headings (seg17): entries numbered as items
that run on into their paragraphs, lead sentences read as headings, …"""

from __future__ import annotations

from plankg.loaders.structure.segment import Heading, _without_run_in_items
from tests.segmenting import PARA, tree


def test_run_in_items_under_a_part_are_its_list_not_sections() -> None:
    # RUN_IN_ITEMS (nat-fyp-6, the 六五 plan as OCR'd): the (1)…(5) measures "增加煤炭生产的主要措施是:" announces
    # under "、煤炭生产。" run on into their paragraphs; the stand-alone "（2） 加快电力建设，…。" is one sentence.
    text = "\n".join(
        [
            "第二节煤炭工业",
            "、煤炭生产。",
            "　　计划安排，1985年仝国原煤产量达到7亿吨，比1980年的6 · 2亿吨增加8，000万吨，平均每年增长2 · 5％。",
            "增加煤炭生产的主要措施是:",
            "　　(1)加快现有矿井的技术改造，充分发挥生产潜力。对条件好的矿井进行扩建或改建，使之达到和超过设计能力。",
            "　　（2） 加快电力建设，增加装机容量。",
            "　　（3） 抓好煤矿企业的整顿工作，提高煤炭生产的全员效率。计划要求，原煤全员效率有所提高。",
            "、蝶炭建设。",
            PARA,
        ]
    )
    assert [(level, number) for level, number, _ in tree(text)] == [(1, "第二节"), (2, "、"), (2, "、")]


def test_stand_alone_item_titles_of_a_guide_stay_sections() -> None:
    # RUN_IN_ITEMS keeps the （1） title lines of a standards guide (nat-petrochem-std-guide-2022, heldout6).
    text = "\n".join(
        [
            "一、建设内容",
            "（一）基础共性标准",
            "1.智能装备标准",
            PARA,
            "（1）传感器与仪器仪表标准",
            PARA,
            "（2）自动识别设备标准",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)][-2:] == ["传感器与仪器仪表标准", "自动识别设备标准"]


def test_a_lead_line_is_no_unnumbered_heading() -> None:
    # LEAD_LINE_END (nat-fyp-6): a half-width colon, or the list-announcing words whose colon the OCR lost.
    leads = (
        "增加煤炭生产的主要措施是:",
        "各主要行业的更新改造计划如下",
        "六五”期间开展地区间经济技术协作，须认真注意下列各项#",
    )
    for lead in leads:
        text = "\n\n".join(["第二节煤炭工业", PARA, lead, PARA])
        assert [title for _, _, title in tree(text)] == ["煤炭工业"], lead


def test_measures_a_lead_sentence_announces_under_a_section_are_its_list() -> None:
    # ANNOUNCED_MEASURES (nat-fyp-6): "发展畜牧业的主要措施是：" then 一、 measures run on into their paragraphs,
    # two of them with their numerals lost by the OCR ("、继续调整…"), one unread (its title has a comma).
    text = "\n".join(
        [
            "第二节畜牧业",
            "　　要增加禽、蛋、奶和毛的产量，因地制宜地发展各种地方特有的畜、禽、蜂、兔优良品种。",
            "发展畜牧业的主要措施是：",
            "　　、认真落实各项政策，采取国家、集体和个体多种方式经营畜牧业，鼓励发展家庭饲养业和饲养专业户。",
            "　　、继续调整畜牧业内部结构。在发展养猪业的同时，抓好以草食为主的牛、羊、兔的生产。",
            "　　、增加饲草饲料生产。加强牧区草原建设，1985年人工草场将由1980年的3，200 万亩扩大到1亿亩。",
            "　　四、 在大、中城市郊区和大型工矿区附近，大力发展集体和农民户饲养奶牛。在奶牛基地筹建乳品企业。",
            "　　五、 做好种畜场的调整、整顿工作，办好冷冻精液站。加强畜牧、兽医、草原方面科技成果的推广工作。",
            "第三节水产业",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == ["畜牧业", "水产业"]


def test_sector_labels_a_lead_announces_stay_headings() -> None:
    # ANNOUNCED_MEASURES keeps label run-ins ("…化肥工业的建设部署如下" / "、磷肥。…" / "、钾肥。…", nat-fyp-6).
    text = "\n".join(
        [
            "第一节化肥工业",
            "1985年，生产化肥1，340万吨，比1980年增长8 · 8％。",
            "“六五”期间化肥工业的建设部署如下",
            "　　、磷肥。在矿山建设方面，重点建设广东、湖南、安徽、内蒙古等地的磷矿。",
            "　　、钾肥。重点建设青海察尔汗钾肥厂。",
            "第二节农药工业",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == ["化肥工业", "磷肥", "钾肥", "农药工业"]


def test_a_notices_points_after_its_lead_stay_headings() -> None:
    # ANNOUNCED_MEASURES needs a section above the lead: a notice's "通知如下：" announces its own parts.
    text = "\n".join(
        [
            "为促进棉花、糖料继续增产，现将几个具体问题通知如下：",
            "一、加强棉粮挂钩的管理。各地要按照规定的基数执行，不得随意变动。",
            "二、做好奖售粮的供应。各地粮食部门要及时安排，保证兑现。",
        ]
    )
    assert [title for _, _, title in tree(text)] == ["加强棉粮挂钩的管理", "做好奖售粮的供应"]


def test_criteria_a_lead_announces_are_items_even_as_labels() -> None:
    # ANNOUNCED_CRITERIA (gz-outpatient-special-disease-2019): the lead under "十一、骨关节炎" announces the
    # criteria; a bare label over its own numbered lines and label：value lines are items of that list.
    text = "\n".join(
        [
            "十、类风湿关节炎",
            "本市三级社会保险定点医疗机构确诊符合以下标准：",
            "（一）晨僵至少1小时（≥6周）；",
            "（二）皮下结节。",
            "十一、骨关节炎",
            "本市二、三级社会保险定点医疗机构确诊符合《广东省基本医疗保险诊疗常规》的骨关节炎诊断标准：",
            "（一）症状和体征",
            "1. 关节疼痛及压痛；",
            "2. 关节僵硬：在早晨起床时关节僵硬及发紧感，也称之晨僵，活动后可缓解；",
            "3. 关节肿大：手部关节肿大变形明显，可出现Heberden结节和Bouchard结节。",
            "（二）实验室检查：C反应蛋白和血细胞沉降率轻度升高。",
            "（三）X线检查：非对称性关节间隙变窄，软骨下骨硬化和（或）囊性变。",
            "十二、甲状腺功能减退症",
            "本市二、三级社会保险定点医疗机构确诊符合以下标准：",
            "（一）有怕冷、皮肤干燥、纳差、便秘等表现；",
            "（二）血胆固醇、甘油三酯水平升高，可伴随贫血。",
        ]
    )
    assert [title for _, _, title in tree(text)] == ["类风湿关节炎", "骨关节炎", "甲状腺功能减退症"]


def test_criteria_opening_a_labels_text_are_items() -> None:
    # CRITERIA_UNDER_LABEL (gz-outpatient-special-disease-2019): no lead, the list opens the entry's text; the
    # bare labels over paragraphs of the entry before stay headings.
    text = "\n".join(
        [
            "三十九、耐多药肺结核",
            "（一）临床表现",
            PARA,
            "（二）实验室检查",
            PARA,
            "四十、小儿脑性瘫痪",
            "（一）婴儿期内出现的中枢性瘫痪，包括：运动发育落后，主动运动减少，肌张力异常，姿势异常，反射异常；",
            "（二）可伴有智力低下，癫痫、行为异常、感知觉障碍及语言障碍等；",
            "（三）排除进行性疾病所致的中枢性瘫痪及正常小儿一过性运动发育落后。",
            "四十一、重型β地中海贫血",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == [
        "耐多药肺结核",
        "临床表现",
        "实验室检查",
        "小儿脑性瘫痪",
        "重型β地中海贫血",
    ]


def test_a_plans_titled_run_ins_after_its_lead_stay_headings() -> None:
    # ANNOUNCED_CRITERIA needs a lead that states a condition: "重点抓好以下工作：" announces sections.
    text = "\n".join(
        [
            "一、主要任务",
            "围绕上述目标，重点抓好以下工作：",
            "（一）加快数字基础设施建设。推进千兆光网和5G网络建设，提升算力供给能力。",
            "（二）推动产业数字化转型：实施智能制造工程，培育一批示范工厂。",
            "（三）提升公共服务水平。推进教育、医疗等领域数字化应用。",
        ]
    )
    assert [title for _, _, title in tree(text)] == [
        "主要任务",
        "加快数字基础设施建设",
        "推动产业数字化转型",
        "提升公共服务水平",
    ]


def test_requirement_lists_of_repeated_parts_are_judged_together() -> None:
    # REQUIREMENT_LISTS_ALIKE (nat-medqual-core-rules-2018): the short 查对制度 list, two of its three sentences
    # requirements, and the 术前讨论制度 list, half of it, are of the kind of the other 基本要求 lists.
    def part(number: str, name: str, sentences: list[str]) -> list[str]:
        numbered = [f"{k}.{sentence}" for k, sentence in enumerate(sentences, 1)]
        return [f"{number}、{name}", "（一）定义", PARA, "（二）基本要求", *numbered]

    text = "\n".join(
        [
            *part(
                "一",
                "三级查房制度",
                [
                    "医疗机构实行科主任领导下的三个不同级别的医师查房制度。 三个不同级别的医师可以包括主治医师。",
                    "遵循下级医师服从上级医师，所有医师服从科主任的工作原则。",
                    "医疗机构应当明确各级医师的医疗决策和实施权限。",
                    "医疗机构应当严格明确查房周期。工作日每天至少查房2次，非工作日每天至少查房1次。",
                ],
            ),
            *part(
                "二",
                "术前讨论制度",
                [
                    "除以紧急抢救生命为目的的急诊手术外，所有住院患者手术必 须实施术前讨论，术者必须参加。",
                    "术前讨论的范围包括手术组讨论、医师团队讨论、病区内讨论 和全科讨论。临床科室应当明确其范围。",
                    "术前讨论完成后，方可开具手术医嘱，签署手术知情同意书。",
                    "术前讨论的结论应当记入病历。",
                ],
            ),
            *part(
                "三",
                "查对制度",
                [
                    "医疗机构的查对制度应当涵盖患者身份识别、临床诊疗行为、 设备设施运行和医疗环境安全等相关方面。",
                    "每项医疗行为都必须查对患者身份。应当至少使用两种身份查 对方式，严禁将床号作为身份查对的标识。",
                    "医疗器械、设施、药品、标本等查对要求按照国家有关规定和 标准执行。",
                ],
            ),
        ]
    )
    assert [number for level, number, _ in tree(text) if level == 3] == []


def test_a_run_in_entry_titled_by_a_whole_sentence_is_a_provision() -> None:
    # SENTENCE_ENTRY (th-kinder-admission-2026): among titled run-ins, the entry that opens straight with a long
    # clause-broken sentence is a provision, not a heading.
    text = "\n".join(
        [
            "一、招生工作安排",
            "（一）报名",
            "1. 教育部门办幼儿园小区配套园区。报名时间为5月20日至5月22日，报名方式为网上报名。",
            "2. 教育部门办幼儿园。报名时间为5月25日至5月27日，报名方式为网上报名。",
            "3. 国有企业、事业单位、部队、机关、村集体等其他部门办幼儿园及民办幼儿园的集中报名时间原则上为"
            "6月2日至6月4日，报名方式由各园自定。幼儿园要通过多种渠道公布报名信息。",
            "（二）公示",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == [
        "招生工作安排",
        "报名",
        "教育部门办幼儿园小区配套园区",
        "教育部门办幼儿园",
        "公示",
    ]


def test_one_sentence_siblings_of_a_provision_go_with_it() -> None:
    # SENTENCE_ENTRY_SIBLINGS (nat-robot-rd-guide-2019): 1. is a provision run on, 3. its sibling a one-sentence lead.
    text = "\n".join(
        [
            "一、项目组织申报工作流程",
            "1. 申报单位根据指南支持方向的研究内容以项目形式组织申报，项目可下设课题。项目应整体申报。",
            "2. 项目的组织实施应整合集成全国相关领域的优势创新团队，聚焦研发问题，强化基础研究。",
            "3. 国家重点研发计划项目申报评审采取填写预申报书、正式申报书两步进行，具体工作流程如下。",
            "——项目申报单位根据指南相关申报要求，通过国家科技管理信息系统填写并提交项目预申报书。",
            "二、组织申报的推荐单位",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == ["项目组织申报工作流程", "组织申报的推荐单位"]


def test_bare_entries_a_label_line_lists_are_no_sections() -> None:
    # BARE_ENTRIES_UNDER_LABEL (nat-nsfc-quebec-smartcity-2019): the four fields under "（一）资助领域：".
    text = "\n".join(
        [
            "　　一、项目说明",
            "　　（一）资助领域：",
            "　　1. 城市管理和治理（City Management and Governance）",
            "　　2. 公众参与和公共管理（Public Participation and Public Management）",
            "　　3. 数据共享和城市发展（Data Sharing and Urban Development）",
            "　　4. 互联社区与老年人（Connected Communities and the Elderly）",
            "　　（二）申请代码：",
            "　　中方申请人须选择管理科学部代码（G04）作为申请代码1填写。",
        ]
    )
    assert [number for _, number, _ in tree(text)] == ["一、", "（一）", "（二）"]


def test_a_one_sentence_line_among_titled_siblings_is_a_provision() -> None:
    # SENTENCE_ENTRY_AMONG_TITLES (th-kinder-admission-2026, 资格审核): 1. is titled, 2. one long sentence.
    # Since seg53's LONE_ENTRY_AMONG_CLAUSES (a lone titled entry among untitled clauses is a clause too) the entry
    # stays a heading because the text names the same kind of kindergarten in a heading of its own
    # (LONE_ENTRY_NAMED_ELSEWHERE: "（一）教育部门办幼儿园。" under 三、招生方式), as th-kinder-admission-2026 does.
    text = "\n".join(
        [
            "三、招生方式",
            "（一）教育部门办幼儿园。教育部门办幼儿园2026年面向社会电脑派位招生的比例为90%。",
            "四、招生工作安排",
            "（一）资格审核",
            "1. 教育部门办幼儿园。资格审核采用线上审核方式，由各园组织实施。",
            "2. 国有企业、事业单位、部队等其他部门办幼儿园及民办幼儿园的资格审核方式尽可能采用信息化手段进行，"
            "减少线下办理。",
            "各园要做好审核记录。",
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


def test_one_sentence_task_lines_that_lost_their_numerals_are_headings() -> None:
    # LOST_NUMERAL_SENTENCE and OCR_ONE_AFTER_LOST (nat-fyp-6, 第二十一章): "、" for 一、 and 二、, "一、" for 三、.
    text = "\n".join(
        [
            "第二十一章内陆地区",
            "　　内陆地区，即除沿海地区以外的各省、自治区，地域辽阔，资源丰富。",
            "、加快能源、交通和原材料工业建设，支援沿海地区经济的发展。",
            "　　能源工业，重点是开发山西煤炭，增加晋煤调出量，就近供应北京、天津、辽宁。",
            "、对现有机械工业进行调整、改组和配套。",
            "　　西南、西北等地区的机械工业已形成了一批新基地。但布点过于分散，一些生产能力闲置。",
            "一、提高日用工业品的自给水平。",
            "　　内地各省和自治区棉、毛、麻、丝、糖料和烟叶等资源丰富。",
            "四、充分发挥内地的农业生产潜力。",
            "　　内地各省、自治区是我国的主要农业区，增产潜力很大。",
        ]
    )
    assert [title for _, _, title in tree(text)] == [
        "内陆地区",
        "加快能源、交通和原材料工业建设，支援沿海地区经济的发展",
        "对现有机械工业进行调整、改组和配套",
        "提高日用工业品的自给水平",
        "充分发挥内地的农业生产潜力",
    ]


def test_a_wrapped_tail_opening_with_a_comma_mark_is_no_heading() -> None:
    # LOST_NUMERAL_SENTENCE needs a sentence's end above: a wrapped line opening with 、 goes on the sentence.
    text = "\n".join(
        [
            "第二章农业",
            "　　积极发展多种经营，重点发展棉花、油料、糖料、烟叶、麻类",
            "、蚕桑、茶叶和水果等经济作物的生产。",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == ["农业"]


def test_the_aspects_a_paragraph_counts_are_its_list() -> None:
    # COUNTED_ASPECTS (zj-gov-report-2026): "…继续认真办好三方面民生实事…" over three "X方面。" entries.
    text = "\n".join(
        [
            "（一）用心用情办好民生实事",
            "各位代表！今年我们要坚持和完善为民办实事长效机制，继续认真办好三方面民生实事，坚决做到言必信、行必果。",
            "1.医疗卫生方面。全省30万以上参保孕产妇产前检查、住院分娩等政策范围内生育费用“零自付”。",
            "2.养老帮困方面。提高城乡居民基本养老保险缴费补贴标准、鼓励多缴多得。",
            "3.关爱儿童方面。新增托位2万个，建设儿童友好示范点100个。",
            "（二）加强政府自身建设",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == ["用心用情办好民生实事", "加强政府自身建设"]


def test_aspects_no_paragraph_counts_stay_headings() -> None:
    # COUNTED_ASPECTS needs the count (nat-ai-grad-programme-2022: "（一）品德素质方面。…" are headings).
    text = "\n".join(
        [
            "一、培养目标",
            "面向原始创新、产业升级和技术革新的实际需求，培养高层次复合型人才。",
            "（一）品德素质方面。热爱祖国、热爱人民，拥护党的路线、方针和政策。",
            "（二）知识水平方面。掌握坚实宽广的理论基础和系统深入的专门知识。",
        ]
    )
    assert [title for _, _, title in tree(text)] == ["培养目标", "品德素质方面", "知识水平方面"]


def test_a_caption_behind_its_page_number_is_no_heading() -> None:
    # CAPTION_AFTER_PAGE (sh-fyp-14): "107图 3 “十四五”上海公园绿地建设布局" stands between blank lines.
    text = "\n\n".join(["第一章 总体要求", PARA, "107图 3 “十四五”上海公园绿地建设布局", PARA])
    assert [title for _, _, title in tree(text)] == ["总体要求"]


def test_a_header_over_a_row_of_glued_figures_is_no_heading() -> None:
    # GLUED_FIGURES_ROW (nat-env-11): a table's header over its figures run together.
    text = "\n\n".join(
        [
            "一、环境形势",
            PARA,
            "计划目标2005年“十五”",
            "增减情况119951800254927.8%1316105313542.9%21165110011831.5%",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == ["环境形势"]


def test_a_chapter_line_padded_by_tabs_is_a_heading() -> None:
    # TAB_PADDED_HEADING (nat-fyp-6): "\t第七节海关和商品检验\t" between the paragraphs of its chapter.
    text = "\r\n".join(["第六节旅游", "\u3000\u3000" + PARA, "\t第七节海关和商品检验\t", "\u3000\u3000" + PARA])
    assert [title for _, _, title in tree(text)] == ["旅游", "海关和商品检验"]


def test_numerals_read_as_characters_that_hold_them_are_numerals() -> None:
    # OCR_NUMERAL_LOOKALIKES (nat-fyp-6): 叭、 for 八、 and 丸、 for 九、 after 一、 … 七、.
    lines = ["第一节主要机械行业发展计划"]
    for numeral in "一二三四五六七":
        lines += [f"{numeral}、第{numeral}类机械制造业。", PARA]
    lines += ["叭、铁路机车车辆制造业。", PARA, "丸、民用船舶制造业。", PARA]
    assert [number for _, number, _ in tree("\n".join(lines))][-2:] == ["八、", "九、"]


def test_a_lost_numeral_heading_glued_to_its_lead_opens_its_own_line() -> None:
    # GLUED_LOST_NUMERAL_AFTER_LEAD (nat-fyp-6, 第四节发展科学技术的措施).
    text = "\n".join(
        [
            "第四节发展科学技术的措施",
            "为了完成科学技术发展计划的各项任务，必须做好以下五个方面的工作：、完善和执行重大技术经济政策。",
            "　　" + PARA,
            "、调整科研机构，改革科研体制。",
            "　　" + PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == [
        "发展科学技术的措施",
        "完善和执行重大技术经济政策",
        "调整科研机构，改革科研体制",
    ]


def test_item_titles_of_a_sentence_per_line_text_are_run_ins() -> None:
    # RUN_IN_ITEMS_BY_LINE (nat-fyp-9, dev): one sentence a line, no 。; the "（1）电力" and "（2）煤炭" the whole
    # text's numbering read as headings under 1．能源工业 are its items, with the line break for their 。.
    text = "\n".join(
        [
            "\u3000\u30001．能源工业",
            "\u3000\u3000能源工业要适应国民经济增长的需要，逐步缓解瓶颈制约",
            "\u3000\u3000（1）电力",
            "坚持开发与节约并重，依靠技术进步，提高电能利用效率",
            "\u3000\u3000（2）煤炭",
            "贯彻执行中央和地方并举、大中小结合的方针",
        ]
    )
    headings = [
        Heading(1, "1．", "能源工业", 2, 8),
        Heading(2, "（1）", "电力", text.index("（1）"), text.index("（1）") + 5),
        Heading(2, "（2）", "煤炭", text.index("（2）"), text.index("（2）") + 5),
    ]
    assert [h.title for h in _without_run_in_items(text, headings)] == ["能源工业", "电力", "煤炭"]
    assert [h.title for h in _without_run_in_items(text, headings, sentences=True)] == ["能源工业"]


def test_a_row_citing_a_standard_is_no_heading() -> None:
    # STANDARD_ROW (nat-petrochem-std-guide-2022): a list-of-standards row that opens with "第1部分：". The guide's
    # last sentence stands above its 附件1 as in the text (a label opening the text is front matter,
    # LEADING_ATTACHMENT_LABEL).
    text = "\n".join(
        [
            "企业积极参与智能制造相关国际标准化活动，为石化行业智能化发展贡献中国方案。",
            "附件1",
            "石化行业智能制造现行和在研标准清单",
            "序号 体系结构 标准名称",
            "第1部分：系统要求国家标准已发布GB/T33008.1-2016",
        ]
    )
    assert [number for _, number, _ in tree(text)] == ["附件1"]


def test_announced_measures_count_one_sentence_lines_with_the_run_ins() -> None:
    # ANNOUNCED_MEASURES (nat-fyp-6, 第二节木材采运): a stand-alone measure that lost its numeral, a sentence in
    # clauses, goes with the run-in one its lead announces.
    text = "\n".join(
        [
            "第二节木材采运",
            "　　1985年，木材产量达到5，500万立方米，比1980年增长2％。",
            "实现上述计划，要做好以下工作：",
            "　　、认真执行国家木材政策，严格控制森林采伐量，坚决制止乱砍滥伐。",
            "　　、合理使用国家投资。重点用于森工企业的后期林场、道路和电力的建设。",
            "　　、在搞清森林资源的基础上，做好森工企业木材产量的核定工作，合理组织生产，实现永续作业。",
            "第三节林产工业",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == ["木材采运", "林产工业"]


def test_goals_run_in_under_a_goals_heading_stay_sections() -> None:
    # RUN_IN_GOALS (data/plans' sh-iti-12): the （1）–（3） goals under "3．“十二五”发展目标".
    text = "\n\n".join(
        [
            "一、“十二五”发展思路和目标",
            "3．“十二五”发展目标",
            "到2015年，通过实施上海产业技术创新工程，增强骨干企业的技术创新能力，提升重点产业的整体技术水平。",
            "（1）企业技术创新能力明显增强。推进“十、百、千”发展计划。支持发展十家左右具有国际竞争力的创新型企业。",
            "（2）重点产业技术能级显著提升。实施“双百”攻关计划。每年组织重点产业百项技术攻关。",
        ]
    )
    assert [title for _, _, title in tree(text)][-2:] == ["企业技术创新能力明显增强", "重点产业技术能级显著提升"]


def test_criteria_that_lead_lists_of_their_own_are_items() -> None:
    # CRITERIA_UNDER_LABEL with criteria leads (gz-outpatient-special-disease-2019, 三十六、艾滋病病毒感染).
    text = "\n".join(
        [
            "三十五、心房颤动抗凝治疗",
            "（一）临床表现",
            PARA,
            "（二）实验室检查",
            PARA,
            "三十六、艾滋病病毒感染",
            "（一）成人及18个月龄（含18个月龄）以上未成年人，符合下列其中一项：",
            "1. HIV抗体确证试验阳性或血液中分离出HIV毒株；",
            "2. 有急性HIV感染综合征或流行病学史，且不同时间的两次HIV核酸检测结果均为阳性。",
            "（二）小于18个月龄的婴幼儿，符合下列其中一项：",
            "1. 为HIV感染母亲所生，同时HIV分离试验结果阳性；",
            "2. 为HIV感染母亲所生，不同时间的两次HIV 核酸检测均为阳性。",
            "三十七、恶性肿瘤镇痛治疗",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == [
        "心房颤动抗凝治疗",
        "临床表现",
        "实验室检查",
        "艾滋病病毒感染",
        "恶性肿瘤镇痛治疗",
    ]


def test_unannounced_run_in_labels_of_a_guides_outline_stay_sections() -> None:
    # RUN_IN_UNANNOUNCED (lineage7's nat-imstd-2021, whose lineage gold judges these run-in labels as units).
    text = "\n".join(
        [
            "三、建设内容",
            "（二）关键技术标准",
            "1. 智能装备标准",
            "主要包括传感器与仪器仪表、自动识别设备等5个部分。",
            "（1）传感器与仪器仪表标准。主要包括特性与分类、",
            "可靠性设计、寿命预测、系统及部件全生命周期管理等通用技术标准。",
            "（2）自动识别设备标准。主要包括标识及解析、数据编码与交换等标准。",
            "（3）人机交互系统标准。主要包括人机交互的标识、设备模型等标准。",
        ]
    )
    labels = ["传感器与仪器仪表标准", "自动识别设备标准", "人机交互系统标准"]
    assert [title for _, _, title in tree(text)][-3:] == labels
