"""Task rules written after round 28's first score (fix28task2, session 26): each with a short real excerpt from
tests/realworld (heldout28, development data since its score) that fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanDocument, PlanMeta


def _plan(text: str) -> PlanDocument:
    return load_plan(text, PlanMeta(id="p", title="t"))


# nat-digital-village-2025-news (a news repost of 《2025年数字乡村发展工作要点》, round 28): no heading at all.
DIGITAL_VILLAGE = (
    "《2025年数字乡村发展工作要点》印发\n"
    "时间:2025-05-18 09:57:27来源:人民邮电报\n"
    "近日,中央网信办、农业农村部、国家发展改革委、工业和信息化部联合印发《2025年数字乡村发展工作要点》(以下简称《工作要点》)。\n\n"
    "《工作要点》明确了工作目标:到2025年底,数字乡村发展“十四五”圆满收官。全国行政村5G通达率超过90%。\n\n"
    "《工作要点》部署了9个方面26项重点任务。一是夯实数字乡村发展基础。包括进一步完善农村网络基础设施、"
    "有序推进涉农数据资源集成共享。二是有力支撑守牢“两条底线”。包括完善粮食安全数字化支撑保障。"
    "三是加快推进智慧农业发展。包括促进智慧农业技术装备创新应用。四是壮大乡村新产业新业态。包括推动"
)


def test_a_text_without_headings_gives_its_labelled_block_a_run_in_section() -> None:
    # RUN_IN_BLOCK_SECTION: every Task hangs from a Section; a headingless news text lost its four 重点任务 items.
    plan = _plan(DIGITAL_VILLAGE)
    assert [(s.level, s.number, s.title) for s in plan.sections] == [(1, "", "重点任务")]
    section = plan.sections[0]
    assert plan.text[section.start :].startswith("《工作要点》部署了9个方面26项重点任务。")
    assert section.end == len(plan.text.rstrip())
    assert [(t.number, t.title, t.kind) for t in plan.tasks] == [
        ("一是", "夯实数字乡村发展基础", "重点任务"),
        ("二是", "有力支撑守牢“两条底线”", "重点任务"),
        ("三是", "加快推进智慧农业发展", "重点任务"),
        ("四是", "壮大乡村新产业新业态", "重点任务"),
    ]
    assert {t.section_id for t in plan.tasks} == {section.id}


def test_a_text_with_headings_keeps_its_sections() -> None:
    # RUN_IN_BLOCK_SECTION applies only to a text with no section: with a heading above, the block hangs from it.
    plan = _plan("一、工作安排\n" + DIGITAL_VILLAGE.split("\n\n")[-1])
    assert [s.title for s in plan.sections] == ["工作安排"]
    assert len(plan.tasks) == 4 and {t.section_id for t in plan.tasks} == {plan.sections[0].id}


def test_a_text_without_headings_or_blocks_has_no_section() -> None:
    plan = _plan(DIGITAL_VILLAGE.split("\n\n《工作要点》部署")[0])
    assert plan.sections == [] and plan.tasks == []


def test_ordinals_numbered_with_a_comma_under_a_strategic_tasks_label() -> None:
    # COMMA_ORDINALS and STRATEGIC_TASKS: nat-energy-strategy-2014-news (traditional characters, round 28) numbers
    # the plan's 戰略任務 "一," "二,"; neither the marker nor the block name was read.
    text = (
        "9日消息,國務院辦公廳印發《能源發展戰略行動計劃(2014-2020年)》,《行動計劃》明確了2020年我國能源發展的"
        "總體目標、戰略方針和重點任務。\n"
        "《行動計劃》明確了我國能源發展的五項戰略任務。一,增強能源自主保障能力。推進煤炭清潔高效開發利用,"
        "加強儲備應急能力建設;二,推進能源消費革命。嚴格控制能源消費過快增長,推動城鄉用能方式變革。\n"
        "分析認為,高層重視清潔能源發展。"
    )
    plan = _plan(text)
    assert [s.title for s in plan.sections] == ["战略任务"]
    assert [(t.number, t.title, t.kind) for t in plan.tasks] == [
        ("一,", "增强能源自主保障能力", "战略任务"),
        ("二,", "推进能源消费革命", "战略任务"),
    ]


def test_a_numeral_and_comma_in_running_text_is_no_list() -> None:
    # COMMA_ORDINALS: only right after a block's label; "其一,…" and a later "二," in a sentence are no items.
    text = "一、主要任务\n推进改革。其一,加强统筹;二,推进试点。\n"
    assert _plan(text).tasks == []
