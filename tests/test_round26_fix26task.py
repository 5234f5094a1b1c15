"""Rules written after round 26's first score (fix26task, session 25): each with a short real excerpt from
tests/realworld (heldout26, development data since its score) that fails without its rule."""

from __future__ import annotations

from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.loaders.text.read import guess_meta
from plankg.pipeline import analyse
from plankg.schema import Indicator


def _indicators(text: str, stem: str = "plan") -> list[Indicator]:
    meta = guess_meta(text, stem, "0" * 64)
    return analyse(text, meta, load_field_vocabulary()).indicators


def test_a_dated_goal_paragraph_in_the_lead_before_the_first_heading_sets_targets() -> None:
    # LEAD_GOAL_PARAGRAPH: sh-industry-renewal-action-2024 (上海市…专项行动) states its 到2027年 goals in an unlabelled
    # paragraph after its lead, before 一、; none of it was read (the plan has no section titled …目标 or 总体要求).
    text = (
        "**上海市推动工业领域大规模设备更新和创新产品扩大应用的专项行动**\n\n"
        "推动大规模设备更新和创新产品扩大应用是加快推进新型工业化的重要抓手，制定本专项行动。\n\n"
        "到2027年，实现本市工业领域设备更新规模累计达2000亿元，设备投资规模较2023年增长25%以上，"
        "规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过95%、77%，规上工业企业数字化改造全覆盖，"
        "市级创新产品推荐目录突破1500个，先进产能比重持续提高。\n\n"
        "**一、重点领域先进设备更新行动**\n\n"
        "**（一）创新重点产品进清单。** 围绕高端装备领域推出50类标志性产品。\n\n"
        "**（二）智能制造设备进工厂。** 到2027年打造500个智能制造示范场景。\n"
    )
    got = {(i.name, i.target, i.year) for i in _indicators(text)}
    assert ("关键工序数控化率", "77%", 2027) in got
    assert ("市级创新产品推荐目录", "1500个", 2027) in got
    assert not any("标志性产品" in name or "示范场景" in name for name, _, _ in got)  # the task part stays unread


def test_a_news_page_whose_only_headings_are_its_title_and_furniture_reads_as_headingless() -> None:
    # NUMBERLESS_HEADINGS: nat-vpp-news-2025 (国家能源局 repost): the title line and "**大** **中** **小**" were read as
    # two unnumbered headings, so the page was no text without headings and its dated lead went unread.
    text = (
        "全国虚拟电厂建设加快推进---国家能源局\n"
        "\n"
        "\n"
        "- [首 页](http://www.nea.gov.cn/)\n"
        "- [信息公开](http://www.nea.gov.cn/zfxxgk/gkzn.htm)\n"
        "- [领导活动](http://www.nea.gov.cn/ldhd/index.htm)\n"
        "- [新闻中心](http://www.nea.gov.cn/xwzx/index.htm)\n"
        "- [能源要闻](http://www.nea.gov.cn/xwzx/nyyw.htm)\n"
        "- [在线办事](https://xzsp.nea.gov.cn/nea/)\n"
        "\n"
        "您当前位置： [首页](http://www.nea.gov.cn/) \\> 正文\n"
        "\n"
        "全国虚拟电厂建设加快推进\n"
        "\n"
        "\n"
        "发布时间：2025-04-18\n"
        "\n"
        "来源：人民日报海外版\n"
        "**大** **中** **小**\n"
        "\n"
        "随着新型电力系统建设和电力市场建设加快推进，虚拟电厂的发展条件日益成熟、作用日益显著、需求日益增长。日前，"
        "国家发展改革委、国家能源局发布《关于加快推进虚拟电厂发展的指导意见》（以下简称“意见”），提出到2027年，"
        "虚拟电厂建设运行管理机制成熟规范，参与电力市场的机制健全完善，全国虚拟电厂调节能力达到2000万千瓦以上。"
        "到2030年，虚拟电厂应用场景进一步拓展，各类商业模式创新发展，全国虚拟电厂调节能力达到5000万千瓦以上。\n"
    )
    got = {(i.name, i.year) for i in _indicators(text)}
    assert got == {("全国虚拟电厂调节能力", 2027), ("全国虚拟电厂调节能力", 2030)}
