"""Session 27 (fix31ext) platform and institution causes of round 31 (heldout31): each case is a short excerpt of a
scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_stops_of_a_route_chain_are_names_of_their_own() -> None:
    # ROUTE_CHAIN_DASH: 湖北's red-tourism routes (heldout31), stops joined by dashes
    _, institutions = document(
        "  武汉革命博物馆—辛亥革命博物院—长江大桥—八七会议会址纪念馆—武汉二七纪念馆—中国桥梁博物馆—光谷空轨"
    )
    assert "八七会议会址纪念馆" in institutions
    assert "长江大桥—八七会议会址纪念馆" not in institutions
    # guard: one dash between partners stays inside the name
    platforms, _ = document("共建中国—中亚贸易畅通合作平台。")
    assert "中国—中亚贸易畅通合作平台" in platforms


def test_radical_code_points_read_as_ideographs() -> None:
    # RADICAL_CODE_POINTS: 湖北's 双十佳 page (heldout31), printed with a font of radical code points
    _, institutions = document("线路：武汉⾰命博物馆—⾟亥⾰命博物馆—中共五⼤会址纪念馆")
    assert "武汉革命博物馆" in institutions


def test_memorial_venues_of_a_route_are_institutions() -> None:
    # 烈士陵园, 纪念园, 陈列馆 as 场馆 (rounds 5 and 23): 湖北's red-tourism routes (heldout31)
    _, institutions = document("  英山烈士陵园—宜城张自忠将军纪念园—湘鄂边苏区革命文物陈列馆")
    assert {"英山烈士陵园", "宜城张自忠将军纪念园", "湘鄂边苏区革命文物陈列馆"} <= institutions
    # guard: 涉及 (a verb of reach, as 覆盖) opens no name (a railway EIA, heldout17)
    _, institutions = document("针对成都枢纽涉及烈士陵园、幼儿园等敏感地下线段目标的路段，应采取措施。")
    assert "成都枢纽涉及烈士陵园" not in institutions
