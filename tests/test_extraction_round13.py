"""Extraction rules added after round 13 was scored (issue #13, heldout13 read with --details):
district bodies and leading groups named for a long task, a level's land-reserve and
investment-promotion centres. Example sentences written for the general cases."""

from __future__ import annotations

from tests.extracting import document


def test_a_leading_group_keeps_the_task_it_is_named_for() -> None:
    """TASK_GROUP_AHEAD: "推进…领导小组", "促进…领导小组" are one body's name, not a verb and a group."""
    _, institutions = document("成立县推进数字乡村建设领导小组，由县委主要领导任组长。")
    assert "县推进数字乡村建设领导小组" in institutions
    _, institutions = document("县对外贸易促进工作领导小组办公室负责日常协调。")
    assert "县对外贸易促进工作领导小组办公室" in institutions


def test_a_district_body_opening_with_its_level_is_named_whole() -> None:
    """BODY_LEVEL_OPENING: "区…领导小组" opens with the district, verbs of its work and all."""
    _, institutions = document("由区招商促进工作领导小组统筹推进。")
    assert "区招商促进工作领导小组" in institutions


def test_a_levels_land_reserve_and_investment_centres_are_agencies() -> None:
    """LEVEL_AGENCY: a level's 土地储备中心 and 投资促进中心 are institutions."""
    _, institutions = document("地块由县土地储备中心统一收储。（县规划资源局、县投资促进中心）")
    assert {"县土地储备中心", "县投资促进中心"} <= institutions


def test_a_company_named_by_its_trade_alone_is_a_kind() -> None:
    """TRADE_FIRM_END: "物业管理公司", "设备租赁公司" name kinds of firms; a firm with a place, a legal
    form or a level stays."""
    _, institutions = document("鼓励设备租赁公司、物业管理公司参与改造。由宁波港口公司和市燃气公司负责供应。")
    assert "设备租赁公司" not in institutions and "物业管理公司" not in institutions
    assert "市燃气公司" in institutions


def test_a_platform_of_the_writers_own_city_is_named_without_it() -> None:
    """OWN_BODY_OPENING: "本市…平台" names the platform without 本市; a kind stays a kind."""
    platforms, _ = document("将企业失信信息纳入本市公共信用信息服务平台，实施联合惩戒。")
    assert "公共信用信息服务平台" in platforms
    platforms, _ = document("推进本市不同类型园区绿色转型。")
    assert not platforms


def test_a_plan_coordinated_before_a_platform_is_an_item_of_its_own() -> None:
    """FRAMEWORK_ITEM with document words: "…方案和…中心" names the centre alone."""
    platforms, _ = document("进一步完善工作方案和怀柔综合性国家科学中心建设方案。")
    assert "怀柔综合性国家科学中心" in platforms
    assert not any("方案" in p for p in platforms)


def test_a_body_broken_by_a_line_wrap_is_read_whole() -> None:
    """_wrapped_head: "国家林业和 草原局" after a PDF wrap is the bureau the text names whole elsewhere;
    a space between two bodies of a signature breaks no name."""
    _, institutions = document("国家林业和草原局负责解释。各地要及时报告国家林业和 草原局。")
    assert institutions == {"国家林业和草原局"}
