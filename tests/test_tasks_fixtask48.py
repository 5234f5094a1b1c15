"""Task blocks fixed by fixtask48 (session 36) on round 48's State Council work reports (heldout48, development data
since its first score): the （一）… sections are the items, not the run-in 一是 of one topic; 第一， paragraphs and a
counted list of dash paragraphs are items."""

from __future__ import annotations

from pathlib import Path

from bench.one_line import one_line
from plankg.loaders.structure.tasks import block_kind
from tests.test_eval_tasks import tasks

TEXTS = Path(__file__).parent / "realworld" / "tasks" / "texts"


def numbers(doc: str) -> list[str]:
    return [number for _, number, _ in tasks((TEXTS / f"{doc}.txt").read_text(encoding="utf-8"))]


def test_a_run_in_list_of_one_topic_among_paragraphs_is_no_items() -> None:
    # ORDINALS_THEN_PROSE: "（五）加快卫生文化体育事业发展，…" /
    # "发展卫生事业，今年重点抓好三件事。一是加强公共卫生体系建设…" / "随着我国经济发展和社会进步，…":
    # （五） is the item, its 一是…三是 none (round-48 gold: 14 items)
    found = numbers("nat-gwr-2004-tasks")
    assert "一是" not in found and "（五）" in found and len(found) == 14


# ja-renewal-2023 (round 4), its (二) shortened: the list opens its paragraph, the leaf's items all the same
JA_RENEWAL = (
    "二、重点任务\n\n（一）焕新城市功能行动\n\n推动城市功能提升。\n\n（二）重塑美丽新居行动——人居环境品质提升\n\n"
    "增进民生福祉，推动人居环境品质提升。\n\n一是加快“两旧”改造收尾攻坚。根据全市“两旧一村”改造工作要求，滚动推进。"
    "二是持续巩固“美丽家园”建设成果，创建“美丽家园”示范小区。\n\n"
    "到2025年，全面完成中心城区零星二级旧里以下房屋改造，基本完成小梁薄板房屋改造。\n"
)


def test_a_run_in_list_opening_its_paragraph_stays_the_items() -> None:
    assert [number for _, number, _ in tasks(JA_RENEWAL)] == ["（一）", "一是", "二是"]


def test_paragraphs_counted_first_second_are_the_items_of_their_leaf() -> None:
    # ORDINAL_PARAGRAPH_LEAF_ITEMS: "（九）加快行政管理体制改革，加强政府自身建设" / … /
    # "第一，加快转变政府职能。这是…" … "第四，…"
    assert numbers("nat-gwr-2008-tasks")[-5:] == ["（八）", "第一，", "第二，", "第三，", "第四，"]


def test_goals_and_tasks_joined_with_a_block_name_name_a_block() -> None:
    # GOALS_TASKS_AND_BLOCK
    assert block_kind("“十三五”时期主要目标任务和重大举措") == "主要目标任务和重大举措"


# nat-gwr-2016-key-work, part 二 (shortened)
GWR_2016 = (
    "二、“十三五”时期主要目标任务和重大举措\n\n《纲要草案》围绕全面建成小康社会目标，突出了以下三个方面：\n\n"
    "——保持经济中高速增长，推动产业迈向中高端水平。\n\n——强化创新引领作用，为发展注入强大动力。\n\n"
    "——推进新型城镇化和农业现代化，促进城乡区域协调发展。\n\n"
    "做好“十三五”时期经济社会发展工作，一是坚持稳中求进。二是坚持深化改革。三是坚持扩大开放。\n\n"
    "三、2016年重点工作\n\n（一）稳定和完善宏观经济政策\n\n积极的财政政策要加大力度。\n\n（二）加强供给侧结构性改革\n\n推动去产能。\n"
)


def test_counted_dash_paragraphs_are_the_items_of_a_block_without_sections() -> None:
    # DASH_PARAGRAPH_ITEMS: 以下三个方面 over three —— paragraphs; the later 一是… none
    found = tasks(GWR_2016)
    assert [number for _, number, _ in found] == ["——", "——", "——", "（一）", "（二）"]
    assert found[0][0] == "主要目标任务和重大举措"
    # joined, each dash runs on after the sentence before it
    joined = one_line((TEXTS / "nat-gwr-2016-key-work.txt").read_text(encoding="utf-8"))
    assert [number for _, number, _ in tasks(joined)][:6] == ["——"] * 6


def test_uncounted_dash_paragraphs_are_no_items() -> None:
    # DASH_PARAGRAPH_COUNT: fl-gwr-2026's "实现上述目标，要精心谋划前行路径：" counts nothing (round-26 gold: no items)
    text = GWR_2016.replace("突出了以下三个方面：", "要精心谋划前行路径：")
    assert "——" not in [number for _, number, _ in tasks(text)]


def test_a_heading_whose_own_text_counts_its_parts_names_their_block() -> None:
    # COUNTED_OWN_LEAD: "今后五年建设和改革的目标、方针和任务" /
    # "…国务院要在今后五年里努力实现以下的十项主要任务。" over 一、…十、; ORDINAL_PARAGRAPH_LEAF_ITEMS
    # leaves 五、's 第一，…第三， (one topic's points, prose after them) alone
    found = tasks((TEXTS / "nat-gwr-1988-ten-tasks.txt").read_text(encoding="utf-8"))
    assert [number for _, number, _ in found] == [f"{n}、" for n in "一二三四五六七八九十"]
    assert {kind for kind, _, _ in found} == {"主要任务"}


def test_a_count_unlike_the_parts_names_no_block() -> None:
    text = (
        (TEXTS / "nat-gwr-1988-ten-tasks.txt")
        .read_text(encoding="utf-8")
        .replace("以下的十项主要任务", "以下的九项主要任务")
    )
    assert tasks(text) == []


def test_a_strategic_focus_joined_with_tasks_names_a_block() -> None:
    # FOCUS_AND_TASKS: "（四）“十一五”时期的战略重点和主要任务" over 一是…六是 paragraphs
    assert block_kind("“十一五”时期的战略重点和主要任务") == "战略重点和主要任务"
    assert numbers("nat-gwr-2006-tasks")[-6:] == ["一是", "二是", "三是", "四是", "五是", "六是"]


def test_a_block_title_run_on_into_its_paragraph_names_the_block() -> None:
    # RUN_ON_TITLE_BLOCK: joined, "三、2014年重点工作做好今年政府工作，要以深化改革为强大动力，…" over （一）…（九）
    joined = one_line((TEXTS / "nat-gwr-2014-key-work.txt").read_text(encoding="utf-8"))
    found = tasks(joined)
    assert [number for _, number, _ in found] == [f"（{n}）" for n in "一二三四五六七八九"]
    assert {kind for kind, _, _ in found} == {"重点工作"}
