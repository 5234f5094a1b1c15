"""Task blocks met in round 42 (fixtask42): a block whose lines were read as unnumbered headings, a plan's title
naming its body as a block, dash bullets of a summary run into one line."""

from __future__ import annotations

from tests.test_eval_tasks import tasks

# nanguo-fyp15-graphic-2026 (a newspaper's graphic page, round 42): each short line a paragraph of its own
GRAPHIC = (
    "  主要目标指标\n\n  细化提出20项\n\n  经济发展方面\n\n  围绕增长、结构、效率提出3项指标\n\n"
    "  重大战略任务\n\n  突出体现4个方面\n\n  一是突出推动高质量发展\n\n"
    "  数字经济核心产业增加值占国内生产总值比重达到12.5%\n\n  二是突出做强国内大循环\n\n"
    "  坚持惠民生和促消费、投资于物和投资于人紧密结合,大力提振消费\n\n  三是突出推进全体人民共同富裕\n\n"
    "  办好人民满意的教育,劳动年龄人口平均受教育年限提高到11.7年\n\n  四是突出统"
)


def test_ordinal_lines_read_as_unnumbered_headings_are_the_items_of_their_block() -> None:
    # UNNUMBERED_PARTS_RUN_IN: "重大战略任务" over unnumbered headings, four of them 一是…四是
    assert tasks(GRAPHIC) == [
        ("重大战略任务", "一是", "突出推动高质量发展"),
        ("重大战略任务", "二是", "突出做强国内大循环"),
        ("重大战略任务", "三是", "突出推进全体人民共同富裕"),
        ("重大战略任务", "四是", "突出统"),
    ]


# township-key-work-2021 (a township's yearly arrangement on a model-text site, round 42)
TOWNSHIP = (
    "乡镇重点工作安排\n\n时间:2022-04-09 08:27:37\n\n乡镇重点工作安排\n\n"
    "(一)扎实做好村两委换届选举工作。镇村庄多、村情复杂,要精心组织实施换届选举。\n\n"
    "(二)打造一批高质量的党建示范单位。一是扎实抓好党建示范村的建设。2021年计划申报并打造3个以上的“六星级”党建示范村;"
    "二是积极申报党建示范区。要采取点片结合、组团打造、联创共建的方式;三是要大力推行“党建+”模式,加强“两新”组织建设。\n\n"
    "(三)完成“津南第一党支部”建设。为迎接明年建党一百周年,我镇积极打造红色主题的乡村游。\n\n"
    "(四)大力推动重点项目建设。一是2021年计划投资2500万元再建27公里农村道路;二是计划投资1700万元进行镇初中的二期附属"
    "工程建设。\n\n(五)高质量办好产业展会。2021年我镇计划于下半年继续举办展览会,"
)


def test_a_title_naming_a_list_of_work_makes_the_parts_its_items_and_their_ordinals_the_leaves() -> None:
    # TITLE_NAMED_BLOCK and ANNOUNCED_LEAVES: (二) and (四) give their 一是… entries, (一) (三) (五) are items
    found = tasks(TOWNSHIP)
    assert [number for _, number, _ in found] == ["（一）", "一是", "二是", "三是", "（三）", "一是", "二是", "（五）"]
    assert {kind for kind, _, _ in found} == {"重点工作安排"}


def test_a_title_ending_otherwise_names_no_block() -> None:
    # "…工作要点" and "关于…的通知" end in no block name: the parts are no tasks
    assert tasks(TOWNSHIP.replace("乡镇重点工作安排", "乡镇工作要点")) == []


# reportify-fyp15-summary-2026 (a summary page whose markdown list lost its line breaks, round 42)
SUMMARY = (
    "“十五五”时期主要目标和重大任务,一文看懂\n中汽协会数据·2026-03-06 10:12\n\n"
    "核心观点 - 文章阐述了“十五五”规划纲要草案的核心内容 [1][9] 主要目标指标 - 经济发展:提出国内生产总值增长保持在合理"
    "区间 [4] - 创新驱动:提出全社会研发经费投入年均增长7%以上 [5] 重大战略任务 - 推动高质量发展:强调科技创新的引领作用,"
    "构建以先进制造业为骨干的现代化产业体系 [10] - 做强国内大循环:坚持扩大内需战略基点,大力提振消费 [11] - "
    "推进全体人民共同富裕:建设生育友好型社会 [13] - 统筹发展和安全:增强粮食、能"
)


def test_dash_bullets_after_a_block_name_on_one_line_are_its_items() -> None:
    # DASH_BULLET_LABEL: the four bullets of 重大战略任务, not those of 主要目标指标 (targets)
    assert tasks(SUMMARY) == [
        ("重大战略任务", "", "推动高质量发展"),
        ("重大战略任务", "", "做强国内大循环"),
        ("重大战略任务", "", "推进全体人民共同富裕"),
        ("重大战略任务", "", "统筹发展和安全"),
    ]


def test_dash_bullets_end_at_the_next_heading_words() -> None:
    from plankg.loaders.structure.tasks import dash_bullet_items

    text = "重大任务 - 甲乙丙丁:做一件事 [1] - 戊己庚辛:做另一件事 [2] 保障措施 - 加强组织领导"
    items = dash_bullet_items(text, text.index("甲"), len(text))
    assert [text[s:e] for s, e in items] == ["甲乙丙丁:做一件事 [1]", "戊己庚辛:做另一件事 [2]"]


# nat-water-security-14-news (round 31): the stored page breaks off inside the first item
WATER = (
    "《规划》提出,到2025年,国家水安全保障能力明显提升。\n"
    "《规划》指出,“十四五”期间要抓好8个方面重点任务。一是实施国家节水行动,强化水资源刚性约束。按照“严管控、抓重点、"
    "建机制”的思路,实施国家节水行动方案,推动水资源利用方式"
)


def test_a_labelled_first_ordinal_the_text_breaks_off_in_is_the_blocks_one_item() -> None:
    # CUT_OFF_FIRST_ORDINAL
    assert tasks(WATER) == [("重点任务", "一是", "实施国家节水行动,强化水资源刚性约束")]


def test_a_labelled_first_ordinal_closing_the_text_with_a_full_stop_is_no_list() -> None:
    assert tasks(WATER + "转变。") == []


def test_a_title_glued_to_the_first_part_names_the_block_in_a_joined_text() -> None:
    # GLUED_TITLE_NAMED_BLOCK: township-key-work-2021 joined ("…08:27:37乡镇重点工作安排(一)扎实做好…")
    found = tasks(TOWNSHIP.replace("\n", ""))
    assert [number for _, number, _ in found] == ["（一）", "一是", "二是", "三是", "（三）", "一是", "二是", "（五）"]


def test_a_preamble_sentence_ending_in_a_block_name_before_the_first_part_names_no_title_block() -> None:
    joined = TOWNSHIP.replace("\n", "").replace("08:27:37乡镇重点工作安排", "08:27:37今年安排如下,重点工作安排")
    assert tasks(joined) == []
