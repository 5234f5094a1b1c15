"""A piece of a title naming several lineage units: the refusal names each item once. Real texts: 广东's 2022 and
2023 government work reports (tests/realworld/lineage52), whose 工作安排 items are each a Section and a Task."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plankg.errors import NotFoundError
from plankg.graph.store import GraphStore
from plankg.lineage.report import lineage_unit
from plankg.pipeline import discover, load_plans, write_all

PLANS = Path(__file__).parent / "realworld" / "lineage52" / "plans"


def test_an_ambiguous_title_lists_each_twin_item_once(store: GraphStore, tmp_path: Path) -> None:
    # "4 units match '乡村振兴'" listed gd-gwr-2022/s2.6 and gd-gwr-2022/s2/t1.6, one item, and the same in 2023
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in ("gd-gwr-2022.txt", "gd-gwr-2023.txt"):
        shutil.copy(PLANS / name, folder / name)
    write_all(store, load_plans(discover([folder])))
    with pytest.raises(NotFoundError) as refused:
        lineage_unit(store, "乡村振兴")
    message = str(refused.value)
    assert message.startswith("2 units match '乡村振兴', give an id: ")
    assert message.count("gd-gwr-2022/") == 1 and message.count("gd-gwr-2023/") == 1
