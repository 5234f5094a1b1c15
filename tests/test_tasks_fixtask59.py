"""Task-block rules written after round 59 (fixtask59), each with the real excerpt it was written from, shortened.
Each test fails without its rule."""

from __future__ import annotations

import pytest

from bench.eval_tasks import documents, load
from bench.one_line import one_line
from plankg.loaders.structure.segment import headings_inline
from tests.test_eval_tasks import tasks

# moe-carbon-neutral-universities-2021 (heldout59): 教育部's 高等学校碳中和科技创新行动计划, one paragraph a line
CARBON = (
    "一、总体目标\n围绕实现碳达峰碳中和目标，发挥高校基础研究主力军作用。\n"
    "二、主要举措\n"
    "1. 碳中和人才培养提质行动\n加强碳中和相关学科专业建设，培养一批紧缺人才。\n"
    "2.碳中和基础研究突破行动\n推进碳中和领域基础研究。\n"
    "3.碳中和关键技术攻关行动\n加快碳减排关键技术攻关。\n"
    "三、组织实施\n1.加强顶层设计。各高校要成立领导小组。\n2.加强资源配置。统筹资源。\n"
)


def test_main_initiatives_name_a_task_block() -> None:
    # MAIN_INITIATIVES: "二、主要举措" over "1. 碳中和人才培养提质行动" … is the plan's list of work, as 重点举措 is
    assert tasks(CARBON) == [
        ("主要举措", "1.", "碳中和人才培养提质行动"),
        ("主要举措", "2.", "碳中和基础研究突破行动"),
        ("主要举措", "3.", "碳中和关键技术攻关行动"),
    ]


def test_main_measures_stay_no_task_block() -> None:
    # MAIN_INITIATIVES is for 举措 only: "二、主要措施" (dongyang-disabled-employment-2023, hc-equipment-renewal-2024,
    # moe-preschool-county-highschool-2021's plan B) and "四、工作措施" (gm-elderly-fire-safety-2022) name no block in
    # the gold, even where no other part names tasks
    assert tasks(CARBON.replace("主要举措", "主要措施")) == []
    assert tasks(CARBON.replace("二、主要举措", "二、工作措施")) == []


# moe-vocational-guidance-rules-2018 (heldout59) joined: a notice's own points 一、…三、, then the rules it issues
VOCATIONAL = (
    "教育部关于印发《中等职业学校职业指导工作规定》的通知\n各省、自治区、直辖市教育厅（教委）：\n"
    "我部制订了《中等职业学校职业指导工作规定》，现印发给你们，请认真贯彻实施。\n"
    "一、充分认识做好职业指导工作的重要意义。职业指导是职业教育的重要内容。\n"
    "二、切实贯彻落实《规定》各项要求。各地各校要认真组织学习宣传贯彻。\n"
    "三、注意研究新情况总结新经验。各地各校要注意研究新情况。\n"
    "教育部\n2018年4月20日\n中等职业学校职业指导工作规定\n第一章 总则\n"
    "第一条 为规范和加强中等职业学校职业指导工作，制订本规定。\n"
    "第二条 职业指导是职业教育的重要内容，是职业学校的基础性工作。\n"
    "第三条 中等职业学校职业指导工作应深入贯彻习近平新时代中国特色社会主义思想。\n"
    "第四条 中等职业学校职业指导工作应坚持以下原则：以学生为本，循序渐进。\n"
    "第二章 主要任务\n"
    "第五条 开展学业辅导。激发学生的学习兴趣，帮助学生进行学业规划与管理。\n"
    "第六条 开展职业指导教育。帮助学生认识自我，了解社会。\n"
    "第七条 提供就业服务。帮助学生了解就业信息。\n"
    "第三章 主要途径\n"
    "第八条 课程教学是职业指导的主渠道。中等职业学校要按照国家有关规定开设职业指导课程。\n"
    "第九条 实践活动是职业指导的重要载体。学校要组织学生参加实践活动。\n"
    "第四章 附则\n第十条 本规定自发布之日起施行。"
)


def test_titled_articles_read_inline_sit_below_chapters_under_a_letters_points() -> None:
    # CHAPTERS_UNDER_LETTER: read inline, the chapters sit at level 2 below the letter's 一、…三、; their titled
    # articles one level below them (they were read at level 2, beside their chapter)
    found = [(h.level, h.number, h.title) for h in headings_inline(one_line(VOCATIONAL))]
    assert (1, "三、", "注意研究新情况总结新经验") in found
    assert (2, "第二章", "主要任务") in found
    assert (3, "第五条", "开展学业辅导") in found
    assert (3, "第七条", "提供就业服务") in found


# The round's texts are stored in the repository (tests/realworld/tasks/texts): the rule is checked on the text that
# motivated it, as read plain and on one line (the excerpt above is too short to be read as a glued text).
ROUND = {entry["id"]: entry for entry in documents("heldout59")}


@pytest.mark.parametrize("joined", [False, True])
def test_a_rules_task_chapter_keeps_its_articles_when_read_inline(joined: bool) -> None:
    # CHAPTERS_UNDER_LETTER: the block 第二章 主要任务 over its five titled articles, in the text as written and on
    # one line (on one line it held none: its articles were read beside it)
    found = [(t.kind, t.number, t.title) for t in load(ROUND["moe-vocational-guidance-rules-2018"], joined).tasks]
    assert [(kind, number) for kind, number, _ in found] == [("主要任务", f"第{n}条") for n in "五六七八九"]
    assert found[0][2] == "开展学业辅导"
