"""Extraction rules of session 41 (ext55): lists joined by 和 / 与 / 及 split where they join two items, causes
recurring across the scored rounds (dev, heldout … heldout54 read together with --details). Excerpts quoted from
the scored texts named in each test."""

from __future__ import annotations

from tests.extracting import document


def test_a_city_with_its_level_before_a_zone_is_an_item_of_its_own() -> None:
    """PLACE_PAIR_LEVELLED_FIRST: 南平市 written with its level is no head shared with 莆田高新区
    (fj-gwr26-fyp14review-2026, heldout37)."""
    platforms, _ = document("三明入选第二轮国家生态产品价值实现机制试点，南平市和莆田高新区列入国家碳达峰试点。")
    assert "莆田高新区" in platforms
    assert "南平市和莆田高新区" not in platforms


def test_a_bare_place_before_a_zone_still_needs_more_words() -> None:
    """PLACE_PAIR_LEVELLED_FIRST leaves the shared head of two bare places alone (xj-gwr-2026, heldout4)."""
    platforms, _ = document("加快乌鲁木齐国际陆港区、喀什和霍尔果斯经济开发区创新发展。")
    assert "霍尔果斯经济开发区" in platforms


def test_a_project_and_a_placed_firm_are_two_items() -> None:
    """WORD_THEN_PLACED_BODY: 项目 and 宁夏隆基乐叶科技有限公司 (nx-major-projects-showcase-news-2021, heldout50)."""
    _, institutions = document(
        "按责任单位（主管单位）划分分别是：银川市2个，银川市一体化绿色交通建设项目和宁夏隆基乐叶科技有限公司"
        "年产3GW单晶电池项目；吴忠市1个。"
    )
    assert "宁夏隆基乐叶科技有限公司" in institutions
    assert "项目和宁夏隆基乐叶科技有限公司" not in institutions


def test_a_firms_short_name_and_a_placed_group_are_two_firms() -> None:
    """WORD_THEN_PLACED_BODY: 大唐 and 南宁产投集团 formed one consortium (gx-wind-allocation-notice-2024,
    heldout51)."""
    _, institutions = document(
        "然后是国家能源集团和南宁能源集团组成联合体、大唐和南宁产投集团组成联合体分别获得200MW风电指标。"
    )
    assert "南宁产投集团" in institutions
    assert "大唐和南宁产投集团" not in institutions


def test_ministries_named_by_two_fields_stay_whole() -> None:
    """WORD_THEN_PLACED_BODY asks for a place after the conjunction: 工业和信息化部 is one ministry."""
    _, institutions = document("支持工业和信息化部、住房和城乡建设部开展工作。")
    assert {"工业和信息化部", "住房和城乡建设部"} <= institutions


def test_a_region_and_its_surroundings_name_one_body() -> None:
    """WORD_THEN_PLACED_BODY leaves "京津冀及周边地区…" whole: the body of the region and the area around it
    (nat-yellowriver-reply-2018, heldout14)."""
    _, institutions = document(
        "国务院印发《打赢蓝天保卫战三年行动计划》，将协作小组调整为京津冀及周边地区大气污染防治领导小组"
        "（以下简称领导小组），同时建立汾渭平原大气污染防治协作机制。"
    )
    assert "京津冀及周边地区大气污染防治领导小组" in institutions


def test_a_bodys_business_after_its_name_leaves_the_name_whole() -> None:
    """BUSINESS_AFTER_NAME: 业务 after 香港证券交易所 is the exchange's business, no larger noun (gz-fyp15-bayarea-2026,
    heldout30)."""
    _, institutions = document(
        "加快筹建大湾区国际商业银行，深化广州期货交易所与香港证券交易所业务产品合作，"
        "联合澳门建设面向葡语系国家的粤港澳大湾区农产品交易中心。"
    )
    assert "香港证券交易所" in institutions


def test_a_sector_after_a_bank_is_still_no_bank() -> None:
    """CONTINUATION keeps 银行业 a sector: "引导银行业金融机构…" names no bank."""
    _, institutions = document("引导银行业金融机构加大对制造业中长期贷款支持。")
    assert not any(name.endswith("银行") for name in institutions)


def test_schools_named_by_a_bare_place_in_a_list() -> None:
    """BARE_PLACE_SCHOOL: 青田中学, 温州中学 open their list items with a place word alone (sx1z-report-teaching-2023,
    heldout29); 杭州二中 and 金华一中 are short forms no rule reads."""
    _, institutions = document(
        "加强省内外学校交流合作：与仙居中学、青田中学、灵溪中学等开展“县中崛起”结对帮扶；与北师大附中、"
        "金融街杭州湾学校等组建五校共同体；强化与杭州二中、温州中学、金华一中的“四校联盟”合作。"
    )
    assert {"青田中学", "温州中学"} <= institutions


def test_a_school_named_by_a_bare_place_in_a_project_list() -> None:
    """BARE_PLACE_SCHOOL: "…、滨湖小学、…" (fj-pingtan-social-plan-2023, heldout52)."""
    _, institutions = document(
        "教育领域6个（含平潭大卫幼儿园、城关第二幼儿园、平潭龙山小学新校区、龙南初中改扩建、滨湖小学、"
        "福建信息职业技术学院平潭校区）"
    )
    assert "滨湖小学" in institutions


def test_schools_of_a_kind_or_of_a_levelled_place_are_no_names() -> None:
    """BARE_PLACE_SCHOOL leaves kinds alone: 城区中学 (SCHOOL_CLASS_WORDS) and a city's schools written with its
    level."""
    _, institutions = document("推动城区中学和乡村小学结对帮扶，新建温州市中学2所。")
    assert not any(name.endswith(("中学", "小学")) for name in institutions)
