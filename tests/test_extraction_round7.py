"""Rules added after the fourth held-out round (heldout4: 2026 provincial work plans, the 十一五 and
十二五 outlines, a district renewal plan) had been scored, for causes it shares with the earlier
rounds: classes of bases and hubs, dams taken for hubs, firms named through their projects, short
forms of institutes. Each case is a clause from a scored excerpt that showed the general cause;
guards ("also…") pin what a rule must leave alone."""

from __future__ import annotations

import pytest

from plankg.loaders.extract.names import is_generic
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.pipeline import analyse
from plankg.schema import PlanMeta


def document(text: str) -> tuple[set[str], set[str]]:
    doc = analyse(text, PlanMeta(id="t", title="t"), load_field_vocabulary())
    return {p.name for p in doc.platforms}, {i.name for i in doc.institutions}


@pytest.mark.parametrize(
    "name",
    [
        # CLASS_BASE_ENDINGS: a base or hub named only by what it produces, stores or moves
        "大型煤炭基地",
        "造船基地",
        "高端食品生产基地",
        "全省重要汽车生产基地",
        "精深加工基地",
        "优质农牧产品重要供给基地",
        "物流集散枢纽",
        "大宗商品资源配置枢纽",
        # NOT_A_PLATFORM: a dam is a water project
        "白濑水利枢纽",
    ],
)
def test_classes_of_bases_and_hubs(name: str) -> None:
    assert is_generic(name, "platform")


@pytest.mark.parametrize(
    "name",
    [
        # a place, an organisation, a brand, Latin letters name one
        "宁东能源化工基地",
        "北部湾战略矿产资源储备基地",
        "CEPA先行先试示范基地",
        "科大讯飞人工智能基地",
        "赤峰商贸服务型国家物流枢纽",
        # a research, testing or service function names one
        "智能网联汽车测试基地",
        "金砖创新基地",
        "现代煤化工中试基地",
        "通导遥一体化时空信息服务枢纽",
        "马池口国重基地",
    ],
)
def test_named_bases_and_hubs_stay(name: str) -> None:
    assert not is_generic(name, "platform")


def test_roles_of_a_region_are_not_platforms_in_a_document() -> None:
    platforms, _ = document("深度打造高效养殖、精深加工基地，建设实证基地。推进白濑水利枢纽建设。建设宁东能源化工基地。")
    assert platforms == {"宁东能源化工基地"}
