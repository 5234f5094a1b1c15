"""Metadata of round 17's lineage plans (the 2021 中央一号文件 crawled onto one line under a markdown headline):
each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

# the opening of cn-no1-doc-2021 (tests/realworld/lineage17): it cites the 十四五 proposal and reviews 十三五
BODY = (
    "党的十九届五中全会审议通过的《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，"
    "对新发展阶段优先发展农业农村、全面推进乡村振兴作出总体部署。 “十三五”时期，现代农业建设取得重大进展，"
    "乡村振兴实现良好开局。"
)


def test_a_numbered_document_headline_is_the_title() -> None:
    # NUMBERED_DOCUMENT (HEADLINE_END): without it the cited proposal's plan became the title, and the
    # 2021 document followed the national 十二五 outline as "both the general plan"
    meta = guess_meta("# 2021年中央一号文件（全文）\n\n## 政策原文\n\n|\n" + BODY, "stem", "0" * 64)
    assert meta.title == "2021年中央一号文件（全文）"


def test_a_title_year_before_zhongyang_is_the_documents_own_year() -> None:
    # TITLE_OWN_YEAR: 年中 is mid-year, 年中央 is not; the body's “十三五”时期 is no period of a 2021 document
    meta = guess_meta("2021年中央一号文件（全文）\n\n" + BODY, "stem", "0" * 64)
    assert (meta.period, meta.start_year, meta.end_year) == ("", 2021, 2021)
    # a deadline in mid-year still bounds no title year
    assert guess_meta("关于2025年中期评估工作的通知\n\n" + BODY, "stem", "0" * 64).period == "十三五"


def test_a_public_notice_headline_is_the_title() -> None:
    # 通告 as a kind (HEADLINE_END), round 18's Guangzhou pages: without it the page was titled by its file name
    title = "广州市社会保险基金管理中心关于开展2025年企业职工和城乡居民养老保险待遇领取资格认证的通告"
    head = title + "-广州市人力资源和社会保障局网站\n"
    body = "根据国家和省有关规定，参保人一年至少进行一次资格认证。现就有关事项通告如下：\n一、一年至少认证一次\n"
    assert guess_meta(head + body, "gz-pension", "0" * 64).title == title
