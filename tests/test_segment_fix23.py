"""Rules written after round 23's first score (branch fix23seg), each with the real excerpt of heldout23 it was
written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from tests.segmenting import tree

# nat-storage-scale-plan-2025 (heldout23): crawler markdown of a ministries' PDF plan that was a notice's attachment
ATTACHED_PLAN = (
    "附件\n"
    "\n"
    "新型储能规模化建设专项行动方案\n"
    "（2025—2027 年）\n"
    "\n"
    "为贯彻落实国家发展改革委、国家能源局等部门《关于加快推动新型储能发展的指导意见》，"
    "推动新型储能规模化建设和高质量发展，制定本方案。\n"
    "\n"
    "一、总体目标\n"
    "\n"
    "2027 年，新型储能基本实现规模化、市场化发展。全国新型储能装机规模达到 1.8 亿千瓦以上。\n"
    "\n"
    "二、促进新型储能应用场景拓展\n"
    "\n"
    "鼓励在配电网扩建受限或偏远地区推广电网替代型储能。\n"
    "\n"
    "三、推动新型储能利用水平提升\n"
    "\n"
    "电力现货市场运行地区要完善新型储能市场调用机制。\n"
)


def test_a_lone_attachment_label_opening_the_file_is_front_matter() -> None:
    # LEADING_ATTACHMENT_LABEL: the file is the attachment; 附件 is no level-1 heading over its parts
    assert tree(ATTACHED_PLAN) == [
        (1, "一、", "总体目标"),
        (1, "二、", "促进新型储能应用场景拓展"),
        (1, "三、", "推动新型储能利用水平提升"),
    ]


# the same plan: its run-in sections right under a part, PDF line ends left inside their paragraphs
WRAPPED_RUN_INS = (
    "一、总体目标\n"
    "\n"
    "2027 年，新型储能基本实现规模化、市场化发展。\n"
    "\n"
    "二、促进新型储能应用场景拓展\n"
    "\n"
    "（一）推进电源侧储能应用。推动沙漠、戈壁、荒漠等新能源基地合理规划建设新型储能。研究煤电机组与电化学储能、"
    "飞轮储能、热储能等新型储能项目联合运行，优化运行方式，\n"
    "提升调节能力。鼓励利用退役火电厂场地和送出线路，科学规划建设新型储能。\n"
    "\n"
    "（二）创新多场景应用模式。聚焦工业园区、大数据中心等重点用能场景，探索新型储能与分布式新能源、\n"
    "微电网、可调节负荷等融合发展。\n"
    "\n"
    "（三）培育试点应用场景。各地重点围绕电源侧、电网侧、用户侧等领域，开展新型储能试点应用，\n"
    "打造一批典型应用场景。\n"
)


def test_run_in_sections_whose_pdf_lines_end_in_a_comma_are_no_criteria_list() -> None:
    # CRITERIA_WRAPPED_LINES: judged by where each paragraph ends, not by its PDF line's comma
    assert tree(WRAPPED_RUN_INS) == [
        (1, "一、", "总体目标"),
        (1, "二、", "促进新型储能应用场景拓展"),
        (2, "（一）", "推进电源侧储能应用"),
        (2, "（二）", "创新多场景应用模式"),
        (2, "（三）", "培育试点应用场景"),
    ]


# nat-storage-guidance-draft-2021 (heldout23): crawler markdown of a PDF draft, pages between "* * *" lines, some pages
# ONE line each (every PDF line end a space), stand-alone （三） and part 二、 glued between their sentences
FLATTENED_PAGES = (
    "国家发展改革委 国家能源局关于加快推动新型储能发展的指导意见（征求意见稿）\n"
    "\n"
    "储能是支撑新型电力系统的重要技术和基础装备，现提出如下意见。\n"
    "\n"
    "一、总体要求\n"
    "\n"
    "（一）指导思想\n"
    "\n"
    "以习近平新时代中国特色社会主义思想为指导，推动储能高质量发展。\n"
    "（二）基本原则\n"
    "\n"
    "* * *\n"
    "\n"
    "统筹规划、多元发展。加强顶层设计，统筹储能发展各 项工作，强化规划科学引领作用。 规范管理、保障安全。"
    "完善储能建设运行程序，健全标准、检测和认证体系，提升储能行业 建设运行水平。 （三）主要目标 到 2025 年，"
    "实现新型储能从商业化初期向规模化发展 转变。到 2030 年，实现新型储能全面市场化发展。新型储能成为 能源领域"
    "碳达峰碳中和的关键支撑之一，与电力系统各环节\n"
    "\n"
    "* * *\n"
    "\n"
    "深度融合发展，装机规模基本满足新型电力系统相应需求。 新型储能成为能源领域碳达峰碳中和的关键支撑之一。 "
    "二、强化规划引导，鼓励储能多元发展 （一）统筹开展储能专项规划。研究编制新型储能规划， 进一步明确“十四五”"
    "及中长期新型储能发展目标及重点任务。 （二）大力推进电源侧储能项目建设。结合系统实际需 求，布局一批配置"
    "储能的系统友好型新能源电站项目。\n"
    "\n"
    "* * *\n"
    "\n"
    "（三）积极推动电网侧储能合理化布局。通过关键节点 布局电网侧储能，提升大规模高比例新能源及大容量直流接入后"
    "系统灵活调节能力和安全稳定水平。 三、推动技术进步，壮大储能产业体系 （四）提升科技创新能力。开展前瞻性、"
    "系统性、战略性储能关键技术研发。\n"
    "\n"
    "* * *\n"
    "\n"
    "四、完善政策机制，营造健康市场环境\n"
    "\n"
    "（五）明确新型储能独立市场主体地位。研究建立储能参与中长期交易、现货和辅助服务等各类电力市场的准入条件。\n"
    "\n"
    "* * *\n"
    "\n"
    "五、规范行业管理，提升建设运行水平\n"
    "\n"
    "（六）完善储能建设运行要求。以电力系统需求为导向，建立健全各地方新建电力装机配套储能政策。\n"
    "\n"
    "* * *\n"
    "\n"
    "六、加强组织领导，强化监督保障工作\n"
    "\n"
    "（七）加强组织领导工作。国家发展改革委、国家能源局负责牵头构建储能高质量发展体制机制。\n"
)


def test_pages_flattened_to_one_line_give_their_headings_in_the_numbering_open_above() -> None:
    # PAGED_TEXT_MARKS_BEFORE_JOIN: six marks make a paged text though joined paragraphs took some;
    # NUMBERING_STAYS_OPEN: （三） continues the （二） open above, 二、 closes it and its （一） opens anew
    assert tree(FLATTENED_PAGES) == [
        (1, "一、", "总体要求"),
        (2, "（一）", "指导思想"),
        (2, "（二）", "基本原则"),
        (2, "（三）", "主要目标"),
        (1, "二、", "强化规划引导，鼓励储能多元发展"),
        (2, "（一）", "统筹开展储能专项规划"),
        (2, "（二）", "大力推进电源侧储能项目建设"),
        (2, "（三）", "积极推动电网侧储能合理化布局"),
        (1, "三、", "推动技术进步，壮大储能产业体系"),
        (2, "（四）", "提升科技创新能力"),
        (1, "四、", "完善政策机制，营造健康市场环境"),
        (2, "（五）", "明确新型储能独立市场主体地位"),
        (1, "五、", "规范行业管理，提升建设运行水平"),
        (2, "（六）", "完善储能建设运行要求"),
        (1, "六、", "加强组织领导，强化监督保障工作"),
        (2, "（七）", "加强组织领导工作"),
    ]


# nat-storage-scale-plan-2025 again: run-in sections numbered across parts, （五） and （十） lost around page breaks
LOST_AT_PAGE_BREAKS = (
    "二、促进新型储能应用场景拓展\n"
    "\n"
    "（一）推进电源侧储能应用。推动沙漠、戈壁、荒漠等新能源基地合理规划建设新型储能。\n"
    "\n"
    "* * *\n"
    "\n"
    "稳定运行支持能力。鼓励在配电网扩建受限或偏远地区推广电网替代型储能。\n"
    "\n"
    "（三）创新多场景应用模式。聚焦工业园区、大数据中心等重点用能场景，探索新型储能融合发展。\n"
    "\n"
    "（四）培育试点应用场景。各地重点围绕电源侧、电网侧、用户侧等领域，开展新型储能试点应用。\n"
    "\n"
    "* * *\n"
    "\n"
    "三、推动新型储能利用水平提升\n"
    "\n"
    "（六）合理提升新型储能调用水平。电力现货市场运行地区要完善新型储能市场调用机制。\n"
    "\n"
    "（七）提高新型储能调度适应能力。新型储能项目应满足电力系统安全稳定运行要求。\n"
    "\n"
    "* * *\n"
    "\n"
    "四、引领新型储能创新融合\n"
    "\n"
    "（八）大力推动技术创新。依托国家产业技术创新平台，加快新型储能关键技术攻关。\n"
    "\n"
    "（九）组织实施储能产业创新工程。强化重大技术装备攻关。\n"
    "\n"
    "* * *\n"
    "\n"
    "五、加强新型储能标准体系建设\n"
    "\n"
    "* * *\n"
    "\n"
    "（十一）加快完善新型储能标准体系。结合新型储能发展需要，完善新型储能标准体系。\n"
    "\n"
    "* * *\n"
    "\n"
    "（十二）加强关键领域标准制修订。优先开展新型储能安全标准制修订。\n"
)


def test_a_run_in_section_after_one_a_page_break_lost_goes_on_the_numbering() -> None:
    # PAGE_LOST_ENTRIES: （六） after （四） and （十一） after （九） in a paged text
    assert tree(LOST_AT_PAGE_BREAKS) == [
        (1, "二、", "促进新型储能应用场景拓展"),
        (2, "（一）", "推进电源侧储能应用"),
        (2, "（三）", "创新多场景应用模式"),
        (2, "（四）", "培育试点应用场景"),
        (1, "三、", "推动新型储能利用水平提升"),
        (2, "（六）", "合理提升新型储能调用水平"),
        (2, "（七）", "提高新型储能调度适应能力"),
        (1, "四、", "引领新型储能创新融合"),
        (2, "（八）", "大力推动技术创新"),
        (2, "（九）", "组织实施储能产业创新工程"),
        (1, "五、", "加强新型储能标准体系建设"),
        (2, "（十一）", "加快完善新型储能标准体系"),
        (2, "（十二）", "加强关键领域标准制修订"),
    ]
