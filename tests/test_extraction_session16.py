"""Extraction rules of session 16 (issue #13, rounds 9-13 read with --details as development data):
kinds of centres confused (an exchange company, venues, bodies relied on), endings missing, plan items
named by a description, leftover words before names, the issuing level's short forms. Excerpts quoted
from the scored round-13 texts named in each test."""

from __future__ import annotations

from tests.extracting import document


def test_zones_and_towns_by_their_endings() -> None:
    """智创城, 实践区, 保税港区 are endings of places a plan builds (pt-landnear-2026, sh-sticenter-2015,
    lg-shuangte-2016)."""
    platforms, _ = document("“一城”：促进桃浦智创城动能迸发，打造上海中心城区转型升级示范区。")
    assert "桃浦智创城" in platforms
    platforms, _ = document("扶持“四新”企业发展，建设国家“四新”经济实践区。")
    assert "国家“四新”经济实践区" in platforms
    platforms, _ = document("依托上海自贸试验区洋山保税港区，在临港地区海关特定地点开展保税展示交易试点。")
    assert any(p.endswith("洋山保税港区") for p in platforms)


def test_palaces_and_arts_centres_are_venues() -> None:
    """体育宫, 文化宫, 艺术中心 are venues, institutions, not platforms (pt-landnear-2026)."""
    platforms, institutions = document(
        "三是推动高等级公共服务设施向重点地区集聚，加快推进波克艺术中心、市体育宫等重大项目建设。"
        "加快推进沪西工人文化宫等文化新地标建设工作。"
    )
    assert {"波克艺术中心", "沪西工人文化宫"} <= institutions
    assert "波克艺术中心" not in platforms


def test_an_equity_exchange_centre_is_a_company() -> None:
    """股权托管交易中心 is a firm that runs a market (sh-sticenter-2015); 技术交易中心 stays a platform. The exchange is
    read as a platform beside the firm (EXCHANGE_AS_PLATFORM, fixext57: round 20's convention, which this older gold
    does not follow)."""
    platforms, institutions = document("争取在上海股权托管交易中心设立科技创新专板，支持中小型科技创新创业企业挂牌。")
    assert "上海股权托管交易中心" in institutions and platforms == {"上海股权托管交易中心"}


def test_the_issuing_citys_government_in_an_excerpt_without_its_issuer() -> None:
    """OWN_LEVEL: 本市 says the text is the city's; its 市政府 is one body (lg-shuangte-2016,
    sh-sticenter-2015), and so is 本市政府. A text naming two own levels says nothing."""
    text = (
        "按照本市城乡基本公共服务均等化要求，做好保障工作。"
        "市政府对临港地区重大项目的规划布局以及资源配置、专项资金投入等方面给予支持。"
    )
    assert "市政府" in document(text)[1]
    assert "市政府" in document("支持外资研发机构参与本市研发公共服务平台建设，承接本市政府科研项目。")[1]
    assert "本市政府" not in document("支持外资研发机构参与本市研发公共服务平台建设，承接本市政府科研项目。")[1]
    assert "市政府" not in document("本市和本区共同推进。市政府对重大项目给予支持。")[1]


def test_an_adverb_and_a_preposition_open_no_name() -> None:
    """ADVERB_BEFORE_FUNCTION_WORD_TAGS: "积极与德国科学院…" names 德国科学院 (lg-imfc-2015)."""
    _, institutions = document(
        "加强与德国、美国等发达国家合作，积极与德国科学院、弗莱恩霍夫协会等智能制造领域知名机构加强互动对接。"
    )
    assert "德国科学院" in institutions
    assert not any(i.startswith("积极") for i in institutions)


def test_a_sentence_opening_by_building_one_platform_names_it() -> None:
    """DEFINITE_OPENING: "建立国际智能制造技术研究中心，…" at a sentence's start is one platform, however
    generic its words (lg-imfc-2015); a short kind stays a kind."""
    platforms, _ = document(
        "12、推动形成智能制造研究创新全球网络。建立国际智能制造技术研究中心，加强与德国合作。"
        "建设智能制造技术实训基地，依托德国在职业教育方面的特色优势。"
    )
    assert {"国际智能制造技术研究中心", "智能制造技术实训基地"} <= platforms
    platforms, _ = document("建设高标准数字园区，推动企业上云。")
    assert not platforms


def test_a_centre_among_units_relied_on_is_a_body() -> None:
    """UNIT_FRAME: "依托…、国家东部技术转移中心等单位" (lg-imfc-2015)."""
    platforms, institutions = document(
        "建设智能制造国际技术展示交易中心，依托德国技术中心联合会、国家东部技术转移中心等单位，整合现有资源。"
    )
    assert "国家东部技术转移中心" in institutions
    assert "国家东部技术转移中心" not in platforms


def test_a_centre_given_a_short_form_of_a_body_is_a_body() -> None:
    """BODY_SHORT_FORM_AFTER: "…电力调度控制中心（以下简称“省电力调度机构”）" (jx-peakaux-2020)."""
    platforms, institutions = document(
        "（一）市场运营机构为国网江西省电力有限公司电力调度控制中心（以下简称“省电力调度机构”）。"
    )
    assert "国网江西省电力有限公司电力调度控制中心" in institutions
    assert not platforms


def test_needed_is_no_exchange() -> None:
    """NEEDED_AFTER: "提供支撑市场化交易所需的相关数据" names no 交易所 (jx-peakaux-2020)."""
    _, institutions = document("（八）按照有关规定披露和提供电网运行信息，提供支撑市场化交易所需的相关数据；")
    assert not institutions


def test_verbs_that_open_lists_and_names() -> None:
    """遴选 opens a list of firms, 有效支撑 a platform's clause (lg-imfc-2015, pt-landnear-2026)."""
    _, institutions = document("遴选中航商发、上海电气、上海汽车、三一集团等一批骨干企业，给予支持。")
    assert "中航商发" in institutions and "遴选中航商发" not in institutions
    platforms, _ = document("打造完善的慢行系统为重点，有效支撑沿沪宁产业创新带建设发展，做好交通服务保障。")
    assert "沿沪宁产业创新带" in platforms


def test_words_of_a_list_before_a_platform_are_no_part_of_it() -> None:
    """COORDINATED_VERB_MARKS, SINGLE_CHARACTER_LIST_BEFORE (jx-peakaux-2020, lg-imfc-2015)."""
    platforms, _ = document("（一）保障电力系统统一调度，按规定建设、运行、维护和管理电网配套电力调度交易平台；")
    assert platforms == {"电网配套电力调度交易平台"}
    platforms, _ = document("依托新松机器人等骨干单位，搭建政、产、学、研、用、金“六位一体”创新平台，联合上下游企业。")
    assert platforms == {"“六位一体”创新平台"}


def test_an_area_of_a_place_and_its_committee() -> None:
    """NAMED_AREA_WORD, LEVELLED_PLACE_END: "临港地区管委会" is named; "奉贤区和临港地区管委会" names the
    committee after the district (lg-shuangte-2016, lg-imfcpolicy-2016)."""
    _, institutions = document("（三）加强临港地区管委会统筹职能。临港地区管委会负责统筹推进临港地区规划编制。")
    assert "临港地区管委会" in institutions
    _, institutions = document("本规定由上海市临港地区开发建设管理委员会负责解释。")
    assert "上海市临港地区开发建设管理委员会" in institutions
    _, institutions = document("专项发展资金管理办法由市财政局会同浦东新区、奉贤区和临港地区管委会制定。")
    assert "临港地区管委会" in institutions
    assert not any("和" in i for i in institutions)
