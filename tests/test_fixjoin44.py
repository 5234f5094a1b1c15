"""Rules written in session 34 (branch fixjoin44) for the annual plans of round 44's lineage set (lineage44), crawled
with their whole body on one line, each with the real excerpt it was written from, shortened. Each test fails without
its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


# pt-haitan-plan-2022 (lineage44): a pingtan.gov.cn page, its breadcrumb, date line and share icons glued to the body
HAITAN = (
    "当前位置： 首页政务公开规划信息年度计划 海坛片区管理局2022工作计划 时间：2022-11-16 08:22 微信 微博 QQ空间 "
    "（一）压实管党治党责任，在夯实基层基础上实现新进步。深入开展党的十九届六中全会和省第十一次党代会精神学宣贯活动，"
    "严格落实意识形态责任制。加强台籍营造师、乡村振兴指导员、科技特派员等队伍建设，为乡村振兴提供智慧支撑。"
    "（二）锚定高质量发展目标，在推动产业项目升级上实现新突破。全力推进项目建设，加快片区产业转型升级。"
    "（三）践行以通促融理念，在深化对台融合上实现新作为。深化两岸融合发展，打造台胞台企登陆第一家园。"
)


def test_a_point_after_the_page_dates_time_and_share_icons_opens_the_body() -> None:
    # PAGE_FURNITURE_BEFORE_MARKER: before, the （一） after "QQ空间 " was refused, and （二）（三） with it: no section
    found = titles(HAITAN)
    assert found == [
        (1, "（一）", "压实管党治党责任，在夯实基层基础上实现新进步"),
        (1, "（二）", "锚定高质量发展目标，在推动产业项目升级上实现新突破"),
        (1, "（三）", "践行以通促融理念，在深化对台融合上实现新作为"),
    ]


# pt-finance-plan-2022 (lineage44): each part's body counts its tasks 一是…二是…, glued to the part's title
FINANCE = (
    "进一步提高财政预算管理水平。（一）狠抓收入管理，着力培植壮大财源税源一是全面加强财源管理，持续培育财源增量。"
    "二是积极争取上级支持。继续争取地方级财政收入全留的财政体制。（二）优化支出结构,着力保障重点领域支出一是牢固树立过"
    "“紧日子”思想。不折不扣落实过紧日子要求。二是保障重点支出。（三）坚守债务红线，着力加强债务风险防控一是树立科学"
    "举债融资理念。强化债务风险分析、研判和预警。二是稳妥化解存量债务。"
)


def test_a_counted_body_glued_to_a_part_title_ends_the_title_at_its_first_count() -> None:
    # ENUMERATION_GLUED_TO_TITLE: before, the titles were cut at an opener inside them ("…着力保障重点领域",
    # "…着力加强")
    found = titles(FINANCE)
    assert (1, "（二）", "优化支出结构,着力保障重点领域支出") in found
    assert (1, "（三）", "坚守债务红线，着力加强债务风险防控") in found


def test_a_word_holding_one_before_is_is_no_count() -> None:
    # ENUMERATION_GLUED_TO_TITLE: "统一是" is a word, no count; nor is a 一是 without its 二是 in the part
    from plankg.loaders.structure.segment import _enumeration_glued_to_title

    text = "（一）坚持标准统一是基础保障工作的前提。二是落实。"
    assert _enumeration_glued_to_title(text, 3, text.index("。"), len(text)) is None
    text = "（一）优化支出结构,着力保障重点领域支出一是牢固树立过紧日子思想。"
    assert _enumeration_glued_to_title(text, 3, text.index("。"), len(text)) is None
