"""Round 25's platform and institution causes (fix25ext, session 24): seventeen excerpts of the 十五五 texts of seven
cities (南京, 深圳, 广州, 苏州, 北京, 杭州 and 合肥's proposal) in plain, portal, PDF and HTML text. Each case is a
short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_science_parks_listed_among_parks() -> None:
    # 苏州's outline, 第二十八章: parks of the 中新 cooperation listed before 等一批标志性产业园区
    platforms, _ = document("做强中新生命科学园、中新昆承湖园区、中新具身智能产业园等一批标志性产业园区。")
    assert {"中新生命科学园", "中新昆承湖园区", "中新具身智能产业园"} <= platforms
