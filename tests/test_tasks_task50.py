"""Task blocks fixed by task50 (session 37) on texts that lost their line breaks (the ``--one-line`` layout):
round 48's State Council work reports, whose run-in 一是… of one topic run on over the leaf's later paragraphs."""

from __future__ import annotations

from pathlib import Path

from bench.one_line import one_line
from plankg.loaders.structure.tasks import glued_last_item_runs_on
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
