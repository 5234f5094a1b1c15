"""Task blocks met in round 49 (fixtask49): more layouts of a government's yearly 民生实事 / 实事项目 list
(LIVELIHOOD_LIST, plankg/loaders/rules/livelihood.py; PRACTICAL_PROJECTS in TASK_BLOCK_KINDS)."""

from __future__ import annotations

from tests.test_eval_tasks import tasks

# cq-fifteen-livelihood-2025-news (a news item), shortened to four lines
CQ = (
    "今年,重庆将突出“民呼我为”,聚焦“急难愁盼”,接续办好4件重点民生实事。具体包括:\n"
    "新开工改造城镇老旧小区3011万平方米。\n建设100个口袋公园、10座体育公园。\n"
    "启动中心城区交通堵点乱点分类治理60处。\n加装农村公路安全护栏4000公里。\n责任编辑:李茜"
)


def test_unmarked_sentence_lines_under_a_next_sentence_lead() -> None:
    # LIVELIHOOD_NEXT_SENTENCE_LEAD (。具体包括:), LIVELIHOOD_SENTENCE_LINES, KEY_LIVELIHOOD (kind 重点民生实事)
    found = tasks(CQ)
    assert len(found) == 4
    assert {kind for kind, _, _ in found} == {"重点民生实事"}
    assert found[1][2].startswith("建设100个口袋公园")


def test_sentence_lines_need_the_count() -> None:
    assert tasks(CQ.replace("4件", "5件")) == []


# licheng-34-livelihood-2025-news, shortened to four entries
LICHENG = (
    "近日,鲤城区公布2025年4件为民办实事项目清单,涵盖教育、医疗等多个民生领域。\n"
    "2025年鲤城区为民办实事项目清单包括:5G+同步课堂项目、长者食堂建设项目、“二次光改,上门网优,打造千兆鲤城项目”、"
    "“电动自行车充电桩、换电柜建设项目”。(记者张素萍)"
)


def test_the_count_of_the_list_named_just_before_and_quoted_entries() -> None:
    # LIVELIHOOD_EARLIER_COUNT (4件 in the lead), LIVELIHOOD_QUOTED_ENTRY (the 、 inside “” splits nothing)
    found = tasks(LICHENG)
    assert len(found) == 4
    assert {kind for kind, _, _ in found} == {"为民办实事项目"}
    assert found[-1][2].startswith("“电动自行车充电桩、换电柜")


# chongming-practical-projects-2025 (a district notice's attachment), shortened
CHONGMING = (
    "2025年区政府实事项目和重点工程安排\n\n  一、实事项目\n\n  (一)老有所享\n\n  1.*改建认知障碍照护床位220张\n\n"
    "  2.*新增1家社区长者食堂、*3家乡村长者照护之家\n\n  (二)儿童友好\n\n  3.*为义务教育学校普通教室安装200台空调\n"
)


def test_a_practical_projects_part_is_a_block() -> None:
    # PRACTICAL_PROJECTS: "一、实事项目" over topic groups holding the numbered projects
    found = tasks(CHONGMING)
    assert [number for _, number, _ in found] == ["1.", "2.", "3."]
    assert {kind for kind, _, _ in found} == {"实事项目"}


def test_run_on_sentences_once_the_lines_are_lost() -> None:
    # LIVELIHOOD_RUN_ON_SENTENCES: the four lines joined, each still a sentence ending in 。
    found = tasks(CQ.replace("\n", ""))
    assert len(found) == 4
    assert found[0][2].startswith("新开工改造城镇老旧小区")


# huzhou-livelihood-vote-2026-news (a daily's report of the vote), shortened to four topics
HUZHOU = (
    "本报讯 昨天上午,市九届人大六次会议第三次全体会议举行民生实事项目票决。\n"
    "此次提交大会票决的候选项目共12项。最终,医疗卫生服务、食品安全保障、帮困助弱扶残、基础教育提升被确定为2026年度"
    "市政府民生实事项目。\n上一篇:携策赴盛会"
)


def test_chosen_topics_named_after_them() -> None:
    # LIVELIHOOD_CHOSEN_LIST: short topics between 、 closed by 被确定为…民生实事项目。
    found = tasks(HUZHOU)
    assert [title for _, _, title in found] == ["医疗卫生服务", "食品安全保障", "帮困助弱扶残", "基础教育提升"]
    assert {kind for kind, _, _ in found} == {"民生实事项目"}


def test_chosen_list_needs_short_topics() -> None:
    # a sentence whose subject runs long names no list of topics
    text = HUZHOU.replace("医疗卫生服务、", "经过代表们认真审议和充分讨论的医疗卫生服务、")
    assert tasks(text) == []
