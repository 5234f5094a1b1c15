"""Session 38's ext52 causes (issue #13): platform endings the rules lacked on the later development rounds. Each case
is a short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_branded_city_operation_hub_is_a_platform() -> None:
    # CITY_HUB_ENDING (广州's 2026 review, round 28; its 十五五 outline, round 30)
    platforms, _ = document("建立城市体检工作机制，推动“穗智管”城市运行管理中枢提档升级。")
    assert "“穗智管”城市运行管理中枢" in platforms


def test_aviation_innovation_towns_and_medicine_chip_information_ports_are_platforms() -> None:
    # NEW_TOWN_CARRIERS (上海's 十五五 outline and 2026 report, rounds 28 and 36; 杭州's and 广西's, rounds 33 and 35)
    platforms, _ = document("加快建设浦东国际航空城，统筹推进产业功能、城市功能。")
    assert "浦东国际航空城" in platforms
    platforms, _ = document("全面推进南北转型，推动吴淞创新城建设。")
    assert "吴淞创新城" in platforms
    platforms, _ = document("建设中国视谷、中国数谷、中国云谷、中国医药港等产业地标。")
    assert "中国医药港" in platforms
    platforms, _ = document("加快打造一批高水平科创社区，持续提升东方芯港。")
    assert "东方芯港" in platforms
    platforms, _ = document("深入实施自贸试验区提升战略。提升中国—东盟信息港。")
    assert "中国—东盟信息港" in platforms


def test_a_market_data_report_store_is_a_platform() -> None:
    # 报告库 (上海's 十五五 finance outline, round 28; its 2026 review, round 36)
    platforms, _ = document("增强金融基础设施服务能力。推动银行间市场数据报告库建设，建立完善交易报告制度。")
    assert "银行间市场数据报告库" in platforms


def test_kinds_and_running_words_stay_no_platform() -> None:
    for text in (
        "推动海港、陆港、空港、信息港建设。",  # kinds of ports
        "积极探索创新城乡融合发展机制。",  # 创新 城乡
        "与全球主要创新城市加强合作。",  # 创新城市
        "推动智慧城市建设。",  # 智慧城市
        "完善城市运行和治理智能中枢。",  # the hub described, not named (智能中枢 is no ending)
    ):
        platforms, _ = document(text)
        assert not platforms, (text, platforms)


def test_a_platform_named_by_the_kind_of_service_first_is_a_class() -> None:
    # KIND_ADJECTIVE_OPENING (上海's 十五五 trade outline, round 28; its demand-and-hubs report, round 38)
    platforms, _ = document("深化全国性大宗商品仓单注册登记中心建设，提升生产性互联网平台能级。")
    assert "生产性互联网平台" not in platforms
    platforms, _ = document("加快大宗商品资源配置枢纽建设，推动生产性互联网服务平台集聚发展。")
    assert "生产性互联网服务平台" not in platforms
    # a name of one puts its own words first (round 29, gold)
    platforms, _ = document("优化商贸布局和载体，沿中山北路打造有色金属生产性互联网服务平台“一核多园”发展布局。")
    assert "有色金属生产性互联网服务平台" in platforms
