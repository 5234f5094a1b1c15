"""Task blocks met in round 54 (fixtask54): 平潭 区管委会办公室 texts of 2012/2015 read on one line - a notice's
point ending with a lead naming its parts as the key work without a count (UNCOUNTED_WORK_LEAD), a block named with
the split of duties (AND_DUTIES), entries opening with a count after 1、 (COUNT_AFTER_COMMA_MARKER), entries run
into the text of one read as a heading after office tails (GLUED_SIBLING_ENTRIES, OFFICE_TAIL_UNITS) and a list
numbered afresh after the last entry of another (RESTARTED_LIST_AFTER_ENTRY), and parts numbered past a gap
(SKIPPED_PARTS)."""

from __future__ import annotations

import re

from bench.eval_tasks import documents, load
from plankg.loaders.rules.structure import FIRST_ITEM
from plankg.loaders.structure.segment import Heading
from plankg.loaders.structure.tasks import OFFICE_TAIL, block_kind, innermost_items, skipped_parts

ROUND = {entry["id"]: entry for entry in documents("heldout54")}


def numbered(doc: str, joined: bool = False) -> list[tuple[str, str, str]]:
    return [(t.kind, t.number, t.title) for t in load(ROUND[doc], joined).tasks]


def test_an_uncounted_key_work_lead_before_the_parts_names_the_block() -> None:
    # UNCOUNTED_WORK_LEAD: pt-opengov-keywork-2012's "…今年要重点做好以下工作：（一）以细化政府财政总预算…；（二）…"
    found = numbered("pt-opengov-keywork-2012")
    assert [(kind, number) for kind, number, _ in found] == [("工作", f"（{n}）") for n in "一二三四"]


def test_a_block_joined_with_the_split_of_duties_is_a_block() -> None:
    # AND_DUTIES: pt-livable-env-plan-2015's "三、主要内容及职责分工"
    assert block_kind("主要内容及职责分工") == "主要内容及职责分工"
    assert block_kind("重点任务和责任分工") == "重点任务和责任分工"
    assert block_kind("主要内容") is None  # an interpretation's summary of a plan
    assert block_kind("职责分工") is None  # who does what
    assert block_kind("组织领导与责任分工") is None


def test_an_entry_may_open_with_a_count_after_its_comma_marker() -> None:
    # COUNT_AFTER_COMMA_MARKER: "实施项目：1、1个美丽乡村示范乡：白青乡；2、3个美丽乡村示范村：…"
    assert re.match(FIRST_ITEM, "1、1个美丽乡村示范乡") is not None
    assert re.match(FIRST_ITEM, "1.5亿元") is None  # a decimal
    found = numbered("pt-livable-env-plan-2015")
    assert [number for _, number, _ in found[:4]] == ["1、", "2、", "3、", "4、"]


def test_entries_run_into_the_text_of_one_read_as_a_heading_are_its_siblings() -> None:
    # GLUED_SIBLING_ENTRIES and OFFICE_TAIL_UNITS: pt-lake-reserve-opinion-2015's "（一）…1.恢复采矿坑…
    # （牵头单位：…）2.实施水库库区生态护岸…（牵头单位：…）3.迁移…4.在土地收储…", its "2." read as a heading
    tail = (
        "发现问题及时转报相关部门处理。（牵头单位：三十六脚湖水库管理处；"
        "配合单位：区环境与国土资源局、区综合执法局，岚城乡、北厝镇、澳前镇）"
    )
    assert OFFICE_TAIL.search(tail) is not None
    found = numbered("pt-lake-reserve-opinion-2015")
    counts = [4, 3, 2, 3, 4]
    entries = [f"{n}." for c in counts for n in range(1, c + 1)]
    assert [number for _, number, _ in found] == [*entries, "（六）", "（七）"]
    assert found[1][2].startswith("实施水库库区生态护岸")


def test_a_list_numbered_afresh_after_an_entry_follows_it() -> None:
    # RESTARTED_LIST_AFTER_ENTRY: "…4.区社会事业局：科技奖励项目评审管理网上公开…。…主要任务如下：
    # 1.梳理公开事项目录…2.…"
    text = "1.甲单位：公开。2.乙单位：公开。3.丙单位：公开。相关单位的主要任务如下：1.梳理目录。2.编制流程图。"
    items = [("1.", 0, 8), ("2.", 8, 16), ("3.", 16, len(text))]
    found = innermost_items(text, items)
    assert [marker for marker, _, _ in found] == ["1.", "2.", "3.", "1.", "2."]
    assert found[2][2] == text.index("1.梳理")
    # a finer numbering still takes the entry's place (NESTED_RUN_IN_ITEMS)
    finer = "1.海塘建设。（1）推进达标建设。（2）加固。2.滩涂保护。"
    second = finer.index("2.滩")
    nested = innermost_items(finer, [("1.", 0, second), ("2.", second, len(finer))])
    assert [marker for marker, _, _ in nested] == ["（1）", "（2）", "2."]
    found_doc = numbered("pt-power-online-pilot-2015")
    assert [number for _, number, _ in found_doc[:8]] == ["1.", "2.", "3.", "4.", "1.", "2.", "3.", "4."]


def test_parts_numbered_past_a_gap_are_the_blocks_parts() -> None:
    # SKIPPED_PARTS: pt-livable-env-plan-2015's "（三）整治提升城镇…指导。（六）市政提升五千工程1.排水…（七）…"
    found = numbered("pt-livable-env-plan-2015")
    assert [number for _, number, _ in found[4:]] == ["（二）", "（三）", "1.", "2.", "3.", "4.", "5."] + [
        f"（{n}）" for n in ("七", "八", "九", "十", "十一", "十二", "十三")
    ]
    text = "（三）整治项目实施内容：甲。（六）市政工程实施内容：乙。（七）绿道建设实施内容：丙。"
    leaf = Heading(level=2, number="（三）", title="整治项目", start=0, title_end=7)
    assert [marker for marker, _, _ in skipped_parts(text, leaf, len(text))] == ["（六）", "（七）"]
    cited = "（三）整治项目，按第（六）项办理。"  # a cited number, no part
    assert skipped_parts(cited, Heading(level=2, number="（三）", title="整治项目", start=0, title_end=7), 17) == []
