"""Rules of seg42 (session 33): headings on real layouts (PDF text, Word, HTML) of the later rounds."""

from __future__ import annotations

from plankg.loaders.text.formats import read_html

ARTICLE = (
    '<p style="text-align: justify; text-indent: 32px;"><span style="font-size: 16px;"><strong>'
    '<span style="font-family: 仿宋_GB2312;">{number}</span></strong>'
    '<span style="font-family: 仿宋_GB2312;">　{text}</span></span></p>'
)


def test_a_fragment_kept_as_a_script_template_literal_is_read_without_the_statement() -> None:
    # SCRIPT_TEMPLATE_FRAGMENT (nat-standardization-law-2017): the portal kept the article as "const article1 = `…`;";
    # read inside the statement, trafilatura kept only the paragraphs without a bold 第X条 and lost the 第X章 headings.
    body = (
        '<p style="text-align: center;"><span style="font-family: 黑体; font-size: 16px;">第一章　总则</span></p>'
        + ARTICLE.format(
            number="第一条",
            text="为了加强标准化工作，提升产品和服务质量，促进科学技术进步，保障人身健康和生命财产安全，"
            "维护国家安全、生态环境安全，提高经济社会发展水平，制定本法。",
        )
        + ARTICLE.format(
            number="第二条",
            text="本法所称标准（含标准样品），是指农业、工业、服务业以及社会事业等领域需要统一的技术要求。",
        )
        + '<p style="text-align: justify;"><span style="font-family: 仿宋_GB2312;">标准包括国家标准、行业标准、'
        "地方标准和团体标准、企业标准。国家标准分为强制性标准、推荐性标准，行业标准、地方标准是推荐性标准。</span></p>"
    )
    page = f'const article1 = `<div class="zhengwei1" id="zhengwen">\n<div class="view">{body}</div>\n<br>\n</div>`;'
    text = read_html(page.encode("utf-8"), "nat-standardization-law-2017.html")
    assert "const article1" not in text
    lines = [line.strip("* ") for line in text.splitlines()]
    assert lines[0] == "第一章 总则"
    assert lines[1].startswith("第一条 为了加强标准化工作")
    assert lines[2].startswith("第二条 本法所称标准")
