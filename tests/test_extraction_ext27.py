"""Platform and institution rules of session 27 (ext27): causes of missed and false names in the development splits
(read with --details) that recur beyond one text. Excerpts quoted from the texts named in each test."""

from __future__ import annotations

from plankg.loaders.extract.link import curled_quotes
from tests.extracting import document


def test_a_name_in_straight_quotes_is_read_as_in_curly_ones() -> None:
    """STRAIGHT_QUOTE_PAIR (hz-gwr26-review-2026, a work report typed with ASCII quotes): the name keeps the marks
    as printed."""
    text = (
        '健全"三个为企""市领导包保""督导服务""三分协调"等工作机制，整合设立全市统一的"企呼我应"平台，'
        "80.1%的新出让工业用地"
    )
    platforms, _ = document(text)
    assert '"企呼我应"平台' in platforms
    assert not {p for p in platforms if "“" in p or "”" in p}


def test_curled_quotes_keep_every_offset() -> None:
    """STRAIGHT_QUOTE_PAIR replaces one character by one; a lone straight quote and a line break stay."""
    text = '整合设立"企呼我应"平台，发挥好“鲁科融"融资路演平台作用，尺寸为5"\n"另起'
    read = curled_quotes(text)
    assert len(read) == len(text)
    assert "“企呼我应”平台" in read and "“鲁科融”融资" in read
    assert read.endswith('5"\n"另起')


def test_a_count_before_the_kind_closing_a_list_of_firms_says_how_many() -> None:
    """COUNT_QUALIFIER (zj-88strategy-review-2018, 浙江's 八八战略 review): "一大批" between 等 and 企业."""
    _, institutions = document("阿里巴巴、万向、海康威视、吉利、正泰等一大批企业成长为行业龙头。")
    assert {"阿里巴巴", "海康威视", "正泰"} <= institutions
    _, institutions = document("推动人工智能、生物医药等一批企业加快集聚。")
    assert not institutions


def test_a_body_after_a_passive_or_dative_preposition_is_named_from_it() -> None:
    """CLAUSE_PREPOSITIONS_ONE (sx1z-report-teaching-2023, nj-gwr26-review14-2026)."""
    _, institutions = document(
        "此外，2位高二学生被西湖大学录取，2位高一学生和4位高二学生被中国科学技术大学少创班录取，人数创历史新高。"
        "先后给南京大学留学归国青年学者、南京审计大学审计专业硕士回信。由市给水公司负责。"
    )
    assert {"西湖大学", "中国科学技术大学", "南京大学", "南京审计大学", "市给水公司"} <= institutions
    assert not {n for n in institutions if "被" in n or "给南" in n}


def test_the_citys_sports_centre_is_its_one_venue() -> None:
    """ONE_PER_LEVEL_AGENCIES 体育中心 (sz-fyp15-culture-2026, sz-gwr26-review14-2026)."""
    _, institutions = document(
        "推动大运中心、深圳湾体育中心、市体育中心、欢乐剧场、深圳歌剧院等场馆提质。"
        "深圳湾文化广场、前海冰雪世界、市体育中心等一批文旅体新地标精彩亮相。各区建设体育中心。"
    )
    assert {"市体育中心", "深圳湾体育中心"} <= institutions
    assert "体育中心" not in institutions


def test_firms_named_by_their_brand_alone() -> None:
    """firms in data/names.yaml (hz-gwr26-review-2026, sz-gwr26-review-city-2026, sz-gwr26-review14-2026,
    nj-gwr26-industry-2026): a brand inside a longer name found by its ending is that name."""
    _, institutions = document(
        "海康威视获浙江制造业领域首个中国工业大奖。腾讯为村2个项目入选全球减贫最佳案例。"
        "建成投产中芯国际12英寸产线、华星光电T7二期等11个百亿元级重大工业项目。支持京东方、杉金光电产线升级。"
    )
    assert {"海康威视", "腾讯", "中芯国际", "华星光电", "京东方"} <= institutions
    _, institutions = document("与华为技术有限公司共建服务器生产基地。")
    assert "华为" not in institutions


def test_a_brand_heading_another_short_name_or_quoted_as_a_likeness_is_no_firm() -> None:
    """BRAND_HEADS_ITEM, BRAND_QUOTED (sh-icv-acceptance-2023, ah-iiot-2021, nat-smedigital-platforms-2020)."""
    _, institutions = document(
        "经现场检查，智能出租（百度智行、裹动科技、赛可出行）、智能重卡（上港集团）等6类场景的9个创新项目完成预期试点目标。"
        "即：通过集采降本，打造工业互联网“拼多多”模式。华为云WeLink远程协同办公，支持基于华为终端的一对一加密通话。"
        "百度智行科技（上海）\n有限公司"
    )
    assert not {"百度", "拼多多", "华为"} & institutions
    _, institutions = document("支持华为、腾讯等公司牵头组建创新联合体。")
    assert {"华为", "腾讯"} <= institutions
