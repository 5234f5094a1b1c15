"""Task blocks met in round 50 (fixtask50): a 实事 list named by its count alone under a heading line
(COUNTED_PRACTICAL_PROJECTS, LIVELIHOOD_HEADING_LINE), a congress notice's 一、 lines run on
(LIVELIHOOD_GLUED_PARTS), and a news box's bullet lines under a block name (BULLET_LIST_LABEL, BULLET_NEXT_LABEL)."""

from __future__ import annotations

from tests.test_eval_tasks import tasks

# shiyan-ten-projects-2011-news (a news page), shortened to three entries
SHIYAN = (
    "    十堰新闻频道1月20日讯 在昨日开幕的市四届人大一次会议上,市长周霁在《政府工作报告》中郑重承诺,"
    "今年市政府要为全市人民着力办好3件实事,解决一批事关群众切身利益的问题。\n \n"
    "    市政府2011年3件实事\n \n    一、解决农村10万人安全饮水问题。\n \n"
    "    二、新建300个农村村级综合服务社、新建改造20个社区综合服务站。\n \n    三、完善26个乡镇卫生院医疗急救站。"
)


def test_a_counted_practical_projects_heading_over_its_entries() -> None:
    # COUNTED_PRACTICAL_PROJECTS (3件实事, kind 实事), LIVELIHOOD_HEADING_LINE (the heading line is the label)
    found = tasks(SHIYAN)
    assert [number for _, number, _ in found] == ["一、", "二、", "三、"]
    assert {kind for kind, _, _ in found} == {"实事"}
    assert found[0][2].startswith("解决农村10万人安全饮水问题")


def test_an_uncounted_practical_project_names_no_list() -> None:
    # "每做一件实事" has a count, but no list after it; without 件 before 实事 no name at all
    assert tasks(SHIYAN.replace("2011年3件实事", "2011年实事")) == []


# ningbo-livelihood-vote-2026 (a congress notice), shortened to four entries, its lines lost
NINGBO = (
    "宁波市第十六届人民代表大会第六次会议依法票决产生了2026年宁波市民生实事项目,共4项,分别是:"
    "一、提升医疗服务二、规范食品管理三、完善养老服务四、守护学生身心健康宁波市第十六届人民代表大会第六次会议主席团"
)


def test_glued_parts_after_a_livelihood_label() -> None:
    # LIVELIHOOD_GLUED_PARTS: 一、…四、 run on after the label's colon
    found = tasks(NINGBO)
    assert [number for _, number, _ in found] == ["一、", "二、", "三、", "四、"]
    assert {kind for kind, _, _ in found} == {"民生实事项目"}
    assert found[1][2] == "规范食品管理"


def test_glued_parts_need_their_sequence() -> None:
    assert tasks(NINGBO.replace("二、", "六、")) == []


# shanghai-major-projects-2026-news (a newspaper's front-page box), shortened
SHANGHAI = (
    "今年排定的市重大工程项目\n"
    "■ 科技产业类安排正式项目62项,预备项目7项,重点围绕国家重点部署和本市重大战略\n"
    "■ 社会民生类安排正式项目29项,预备项目1项,聚焦教育医疗卫生和文化体育设施建设\n"
    "■ 城乡融合与乡村振兴类安排正式项目12项,推进新型城镇化和乡村振兴战略去年重大工程建设成绩单\n"
    "■ 全年完成投资2510.1亿元,同比增长5.3%\n"
    "■ 新开工30项,超计划16项\n"
)


def test_bullet_lines_under_a_block_name() -> None:
    # BULLET_LIST_LABEL (kind 重大工程项目), BULLET_NEXT_LABEL (the review's heading run on at the third line's end)
    found = tasks(SHANGHAI)
    assert [title for _, _, title in found] == [
        "科技产业类安排正式项目62项",
        "社会民生类安排正式项目29项",
        "城乡融合与乡村振兴类安排正式项目12项",
    ]
    assert {kind for kind, _, _ in found} == {"重大工程项目"}


def test_bullet_lines_under_no_block_name_are_no_block() -> None:
    assert tasks(SHANGHAI.replace("今年排定的市重大工程项目", "今年排定的城市建设")) == []
