"""Rules of fixlin50 (session 37): causes round 50's lineage set (lineage50, 广东's work reports) showed."""

from __future__ import annotations

from tests.segmenting import PARA, tree

# gd-gwr-2025 (lineage50): the report's annex of ten 民生实事 numbered 一、… as the report's parts are, under its label
# and title on one line
ANNEXED_ITEMS = (
    "2025年广东省政府工作报告\n"
    "一、2024年工作回顾\n" + PARA + "\n"
    "二、2025年工作安排\n" + PARA + "\n"
    "各位代表！潮头逐浪勇击桨，无边胜景在前方。让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋勇前进！\n"
    "附件1：2025年省十件民生实事\n"
    "一、为老年人提供健康管理、医养结合服务和提升养老机构服务水平。" + PARA + "\n"
    "二、提升困难群众兜底保障和关爱服务水平。" + PARA + "\n"
    "三、为重点群体提供稳定就业保障和温馨暖心服务。" + PARA + "\n"
)


def test_a_numbered_annex_titled_after_its_colon_over_its_first_part_heads_its_items() -> None:
    # NUMBERED_ANNEX_OVER_FIRST_PART: the annex's 一、 二、 三、 were read as the report's parts (its 三、 after 二、)
    annexed = [(1, "附件1："), (2, "一、"), (2, "二、"), (2, "三、")]
    assert [s[:2] for s in tree(ANNEXED_ITEMS)] == [(1, "一、"), (1, "二、"), *annexed]


def test_a_numbered_annex_list_stays_a_list() -> None:
    # NUMBERED_ANNEX_OVER_FIRST_PART: only over a first part 一、; "附件1：…" / "附件2：…" lines list attachments
    listed = "附件1：江苏售电企业注册及参与市场化交易情况表\n附件2：售电企业基本情况表\n"
    text = ANNEXED_ITEMS.split("附件1")[0] + listed
    assert [s[:2] for s in tree(text)] == [(1, "一、"), (1, "二、")]
