"""Metadata guessed without a manifest: session 34's fixes (branch meta44), each with the excerpt it was written from
(texts as plankg reads them)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# as-grain-reserve-2023 (heldout42): a notice that lost its headline and every line break, its 印发 sentence, signature,
# date and publication mark run straight into the measures it issues
SIGNED_MARKED_THEN_NAMED = (
    "各县、自治县、区人民政府（管委会），市政府各工作部门、各直属事业单位，市属国有企业：现将《安顺市市级储备粮管理办法》"
    "印发给你们，请认真抓好贯彻落实。安顺市人民政府2023年9月5日（此件公开发布）安顺市市级储备粮管理办法第一章\u2002 总"
    "\u2002 \u2002 则第一条\u2002\u2002为加强市级储备粮管理，保障市级储备粮数量真实、质量良好和储存安全，制定本办法。"
)


def test_a_publication_mark_between_the_date_and_the_named_title_keeps_the_title() -> None:
    # SIGNED_MARKED_THEN_NAMED: before, titled by the file's stem (the mark stood between the date and the title)
    meta = guess_meta(SIGNED_MARKED_THEN_NAMED, "stem", SHA)
    assert (meta.title, meta.issuer, meta.issued) == ("安顺市市级储备粮管理办法", "安顺市人民政府", "2023-09-05")


# hn-health-in-all-policies-2025 (heldout30) on one line: the mark reads （此件主动公开）, the signer with its （代章）
MARKED_PUBLIC_THEN_NAMED = (
    "各市、县、自治县人民政府，海南省健康海南建设委员会（爱国卫生运动委员会）各成员单位：《海南省将健康融入所有政策实施方案》"
    "已经全体委员会研究通过，现印发你们，请遵照执行。附件：海南省将健康融入所有政策实施方案海南省健康海南建设委员会"
    "（爱国卫生运动委员会）（代章）2025年3月17日（此件主动公开）海南省将健康融入所有政策实施方案为深入贯彻党的二十大和"
    "二十届三中全会精神，制定本方案。"
)


def test_a_public_mark_between_the_date_and_the_named_title_dates_the_document() -> None:
    # SIGNED_MARKED_THEN_NAMED: before, undated on one line
    meta = guess_meta(MARKED_PUBLIC_THEN_NAMED, "stem", SHA)
    assert (meta.title, meta.issued) == ("海南省将健康融入所有政策实施方案", "2025-03-17")
