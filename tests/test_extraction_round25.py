"""Round 25's platform and institution causes (fix25ext, session 24): seventeen excerpts of the 十五五 texts of seven
cities (南京, 深圳, 广州, 苏州, 北京, 杭州 and 合肥's proposal) in plain, portal, PDF and HTML text. Each case is a
short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_science_parks_listed_among_parks() -> None:
    # 苏州's outline, 第二十八章: parks of the 中新 cooperation listed before 等一批标志性产业园区
    platforms, _ = document("做强中新生命科学园、中新昆承湖园区、中新具身智能产业园等一批标志性产业园区。")
    assert {"中新生命科学园", "中新昆承湖园区", "中新具身智能产业园"} <= platforms


def test_a_place_s_own_tribunal_arbitration_court_and_emission_market() -> None:
    # 南京's, 广州's and 深圳's outlines (round 25)
    platforms, institutions = document(
        "高标准建设南京数据资源法庭，探索构建数据权益司法保障机制。依托广州国际航运仲裁院做强海商法律仲裁服务。"
        "发展壮大深圳碳排放权交易市场，有序扩大覆盖范围。"
    )
    assert {"南京数据资源法庭", "广州国际航运仲裁院"} <= institutions
    assert "深圳碳排放权交易市场" in platforms
    # guards (PLACE_OPENED_ENDINGS): a kind of court, and a left edge inside a clause (heldout21, heldout19)
    platforms, institutions = document("　　智慧法庭。建设集审判、人员于一体的智慧法庭数据平台，促进人工智能。")
    assert "智慧法庭" not in institutions
    platforms, _ = document("其结余的碳排放配额原则上三年内在上海碳排放权交易市场逐步结转。")
    assert not {p for p in platforms if p.endswith("交易市场")}


def test_roles_of_the_city_and_kinds_of_care_are_classes() -> None:
    # 南京's outline (roles the city is to play) and 苏州's (kinds of care every hospital runs), round 25
    platforms, _ = document("打造国际会展经济枢纽、国际航空枢纽与自贸服务门户、国际顶级商业中心等一批国际化功能载体。")
    assert not {"国际航空枢纽", "国际顶级商业中心"} & platforms
    platforms, _ = document("推进基层慢性病管理中心、康复中心、护理中心建设。建强多学科诊疗中心“新三大中心”。")
    assert not {"康复中心", "护理中心", "多学科诊疗中心"} & platforms


def test_a_short_form_inside_a_word_and_a_bank_account_name_no_body() -> None:
    # 广州's outline (学科协同 holds 科协) and 杭州's (a bank account system), round 25
    _, institutions = document("强化跨领域跨学科协同，健全机制。深化推广本外币合一银行账户体系，实施试点。")
    assert not institutions
    # guards: the association as a word of its own, a bank
    _, institutions = document("（责任单位：市委编办、市科协）。支持招商银行开展业务。")
    assert {"市科协", "招商银行"} <= institutions
