"""Task blocks fixed by task50 (session 37) on texts that lost their line breaks (the ``--one-line`` layout):
round 48's State Council work reports, whose run-in 一是… of one topic run on over the leaf's later paragraphs."""

from __future__ import annotations

from pathlib import Path

from bench.one_line import one_line
from plankg.loaders.structure.tasks import glued_counted_points, glued_last_item_runs_on, glued_ordinal_paragraphs
from tests.test_eval_tasks import tasks

TEXTS = Path(__file__).parent / "realworld" / "tasks" / "texts"


def joined_numbers(doc: str) -> list[str]:
    return [number for _, number, _ in tasks(one_line((TEXTS / f"{doc}.txt").read_text(encoding="utf-8")))]


def test_a_glued_run_in_list_of_one_topic_is_no_items() -> None:
    # GLUED_ORDINALS_THEN_PROSE: "名目繁多的收费使许多企业不堪重负，要大幅降低非税负担。一是全面清理规范政府性基金…" and
    # paragraphs more of its leaf, joined: （一）…（九） are the items (round-48 gold: 9), not its 一是…五是
    found = joined_numbers("nat-gwr-2017-key-tasks")
    assert "一是" not in found and len(found) == 9
    # "今年将采取三项举措。一是全面实施营改增，…二是…三是将18项行政事业性收费的免征范围…" (nat-gwr-2016-key-work)
    assert "（一）" in joined_numbers("nat-gwr-2016-key-work")


def test_a_glued_run_in_list_closing_its_leaf_stays_the_items() -> None:
    # ja-renewal-2023 joined: "…满足人民群众日益增长的美好生活需要。一是加快“两旧”改造收尾攻坚。…二是…" closes its leaf
    # (round-4 gold keeps its 一是 items: 15 in all)
    found = joined_numbers("ja-renewal-2023")
    assert found.count("一是") == 5 and len(found) == 15


def test_the_last_item_is_measured_against_the_steps_between_items() -> None:
    # steps of 80 and 42, the last item running 771 characters to the leaf's end (nat-gwr-2016-key-work joined)
    items = [("一是", 0, 80), ("二是", 80, 122), ("三是", 122, 893)]
    assert glued_last_item_runs_on(items, 893)
    # one step of 99, the last item 374 characters to the leaf's end (ja-renewal-2023 joined)
    assert not glued_last_item_runs_on([("一是", 0, 99), ("二是", 99, 473)], 473)
    # a last item that ends before the leaf's end ended with its paragraph: ORDINALS_THEN_PROSE measures it
    assert not glued_last_item_runs_on([("一是", 0, 10), ("二是", 10, 20)], 500)


def test_a_glued_list_its_lead_counts_as_points_is_no_items() -> None:
    # GLUED_COUNTED_POINTS: "今年重点抓好三项工作。一是加快农业转移人口市民化…" and 387 characters more, steps of
    # 158 and 147 (nat-gwr-2016-key-work joined; round-48 gold: its 14 items, none of them 一是)
    found = joined_numbers("nat-gwr-2016-key-work")
    assert "一是" not in found and len(found) == 14


def test_a_counted_lead_must_count_the_items() -> None:
    text = "突出抓好三件事：一是大力发展粮食生产。二是加强农业基础设施建设。三是拓宽农民增收渠道。" + "今年" * 40
    first = text.index("一是")
    second, third = text.index("二是"), text.index("三是")
    items = [("一是", first, second), ("二是", second, third), ("三是", third, len(text))]
    assert glued_counted_points(text, items, len(text))
    assert not glued_counted_points(text, items[:2], third)  # two items under a lead of three
    assert not glued_counted_points(text.replace("三件事", "重要事"), items, len(text))


def test_glued_first_second_paragraphs_are_the_items_of_their_leaf() -> None:
    # GLUED_ORDINAL_PARAGRAPHS: "…努力增加农民收入。第一，保护和提高粮食综合生产能力。…第六，加快农业科技进步。…"
    # (nat-gwr-2004-tasks' （二） joined; round-48 gold: 第一，…第六， are items, 14 in all)
    found = joined_numbers("nat-gwr-2004-tasks")
    assert found.count("第一，") == 1 and len(found) == 14


def test_glued_first_second_points_deep_in_their_leaf_are_no_items() -> None:
    # "…（七）高度重视解决涉及群众切身利益的问题" … "加强安全生产必须标本兼治、重在治本。第一，各级政府要把安全生产摆在
    # 更加重要的位置…第二，…": the points of one paragraph's topic far into its leaf (nat-gwr-2006-tasks joined)
    lead = "（七）高度重视解决涉及群众切身利益的问题" + "要切实解决拖欠工资问题。" * 40
    lead += "加强安全生产必须标本兼治、重在治本。"
    text = lead + "第一，各级政府要把安全生产摆在更加重要的位置。第二，实行有利于安全生产的经济政策。"
    assert glued_ordinal_paragraphs(text, 20, len(text)) == []
    assert len(glued_ordinal_paragraphs(text, len(lead) - 18, len(text))) == 2
