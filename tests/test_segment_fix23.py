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
