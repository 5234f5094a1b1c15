"""Session 29 (inst29) institution causes of the recent rounds (heldout25 … heldout33): each case is a short excerpt
of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_joint_university_keeps_its_city() -> None:
    # FOREIGN_UNIVERSITY_HEAD_TAGS: 苏州's 十五五 education outline (round 32) and work-report review (round 27)
    _, institutions = document("办好西交利物浦大学、昆山杜克大学等中外合作大学。")
    assert "昆山杜克大学" in institutions
    assert "杜克大学" not in institutions
    # guard: a district before a Chinese university jieba knows whole locates it
    _, institutions = document("依托嘉定同济大学，建设汽车创新港。")
    assert "同济大学" in institutions


def test_alliance_of_a_level_or_a_code_or_the_globe_is_named() -> None:
    # _own_association_head (LEVEL_PREFIX, ASSOCIATION_CODE) and 全球 in ASSOCIATION_PROPER_OPENING:
    # 南京's review (round 28), 深圳's reports (rounds 26, 28), 北京's opening outline (round 32)
    _, institutions = document("牵头成立省具身智能机器人产业联盟，工业机器人产量增长35.4%。")
    assert "省具身智能机器人产业联盟" in institutions
    _, institutions = document("推动X9高校院所联盟加强科教协作。")
    assert "X9高校院所联盟" in institutions
    _, institutions = document("支持全球服务贸易联盟、“一带一路”绿色发展国际联盟等国际组织在京发展。")
    assert "全球服务贸易联盟" in institutions
    # guard: a tier or a kind of association stays a class
    _, institutions = document("组建省级产业联盟和行业协会。")
    assert not institutions


def test_museum_by_grade_or_theme_is_a_class() -> None:
    # 一级 文物 历史 专题 备案 重要 in INSTITUTION_GENERIC_WORDS: 广州's 2026 review (round 28),
    # the 革命文物 plans (round 31)
    _, institutions = document("新增国家一级博物馆3家、省级以上文保单位14处。")
    assert "国家一级博物馆" not in institutions
    _, institutions = document("推动文物博物馆单位发展，建设特色专题博物馆和重要地市级博物馆。")
    assert not institutions & {"文物博物馆", "特色专题博物馆", "重要地市级博物馆"}
    # guard: a place or a name of its own names one museum; a level's listed venues stay
    _, institutions = document("线路：武汉革命博物馆—辛亥革命博物院")
    assert "武汉革命博物馆" in institutions
    _, institutions = document("建成开放省文化馆新馆、省非遗馆、省图书馆新馆、安徽革命军事馆、市博物馆等重点文化场馆。")
    assert {"安徽革命军事馆", "省非遗馆", "市博物馆"} <= institutions
