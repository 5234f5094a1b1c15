"""A crawler's header over its text (session 34, branch crawlhdr45): the rule of plankg/loaders/rules/structure.py named
CRAWLER_HEADER, one more kind of metadata block (furniture.metadata_block), with the real header it was written from
(pt-fyp15-proposal, lineage45; the same nine lines open every text of lineage44)."""

from __future__ import annotations

from plankg.loaders.text.furniture import crawler_header_cut
from plankg.loaders.text.normalise import normalise
from plankg.loaders.text.read import export_metadata, guess_meta

TITLE = "中共福建省委平潭综合实验区工作委员会关于制定平潭综合实验区国民经济和社会发展第十五个五年规划的建议"
PT_FYP15_PROPOSAL = (
    f"标题: {TITLE}\n"
    "发布时间: 2026-01-30 16:15\n"
    "文号: \n"
    "发布机构: 平潭综合实验区经济发展局\n"
    "栏目: 中长期发展规划\n"
    "原文链接: https://www.pingtan.gov.cn/zwgk/ghxx/ztgh/202601/t20260130_104907.htm\n"
    f"本地目录: zwgk/ghxx/ztgh/202601/104907_{TITLE[:44]}\n"
    "页面链接与图片详见 links.tsv(同目录)\n"
    "==================== 正文 ====================\n"
    "（2026年1月6日中共福建省委平潭综合实验区工作委员会第1次委员会议通过） 中共福建省委平潭综合实验区工作委员会"
    "2026年第1次委员会会议，认真学习贯彻党的二十届四中全会及省委十一届九次全会精神，紧密结合平潭综合实验区（以下简称"
    "平潭）实际，就制定平潭国民经济和社会发展第十五个五年规划提出以下建议。一、“十五五”时期是平潭在中国式现代化建设中"
    "奋勇争先的关键时期1.“十四五”时期平潭发展取得明显成效。“十四五”时期是平潭发展历程中极不寻常、极不平凡的五年。\n"
)


def test_a_crawlers_header_is_cut_for_the_metadata_and_kept_for_the_sections() -> None:
    # kept for the metadata, its last line "页面链接与图片详见 links.tsv（同目录）" was the title and the text an
    # interpretation; cut for the sections, pt-fyp14-outline lost a chapter
    assert crawler_header_cut(normalise(PT_FYP15_PROPOSAL)).text.lstrip().startswith("（2026年1月6日")
    assert normalise(PT_FYP15_PROPOSAL).text.startswith("标题")


def test_a_crawlers_header_gives_its_keys_as_metadata() -> None:
    # DATE_THEN_CLOCK (session 35): "发布时间: 2026-01-30 16:15" is the date it was posted, with its clock time
    assert export_metadata(PT_FYP15_PROPOSAL) == {
        "title": TITLE,
        "issuer": "平潭综合实验区经济发展局",
        "issued": "2026-01-30",
    }
    meta = guess_meta(PT_FYP15_PROPOSAL, "pt-fyp15-proposal", "0" * 64)
    assert (meta.title, meta.kind, meta.issued) == (TITLE, "plan", "2026-01-30")
    # the region as the header's 标题 names it, not as the body's first sentence names an approving province
    assert meta.region == "福建"


def test_key_lines_without_a_rule_line_under_them_are_no_crawlers_header() -> None:
    # a notice's own labelled lines run into its body: no rule line closes them
    text = "标题: 关于印发某规划的通知\n文号: 某府〔2021〕1号\n发布机构: 某市人民政府\n一、总体要求\n"
    assert crawler_header_cut(normalise(text)).text.startswith("标题")
    # a rule line under one key line and prose is no header either
    prose = "说明：以下为正文。\n第一段文字。\n第二段文字。\n----------\n正文"
    assert crawler_header_cut(normalise(prose)).text.startswith("说明")
