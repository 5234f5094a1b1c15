"""Metadata guessed without a manifest: session 40's fixes (branch meta54), each with the excerpt it was written from
(texts as plankg reads them)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# nf-midlong-contract-supervision-2025 (heldout40): a December notice implementing the call to do 2026's work
NEXT_YEAR_CALL = (
    "南方监能市场〔2025〕142 号\n关于加强辖区中长期批发交易合同\n签约履约监管的通知\n"
    "广州电力交易中心，广东、广西、海南电力交易中心，各有关发\n电企业、售电公司和电力批发用户：\n"
    "为落实《国家发展改革委 国家能源局关于做好 2026 年电力\n中长期合同签约履约工作的通知》（发改运行〔2025〕1502 号）\n"
    "要求，规范辖区电力中长期交易秩序，现就加强辖区中长期批发交易签约履\n约监管有关事项通知如下。\n"
    "一、依法合规参与电力中长期交易\n各发电企业、售电公司应依法合规参与交易。\n"
    "南方能源监管局\n2025 年 12 月 12 日\n"
)


def test_a_december_notice_for_the_next_years_work() -> None:
    # NEXT_YEAR_WORK: before, 2025-2025 from the year of signing
    meta = guess_meta(NEXT_YEAR_CALL, "stem", SHA)
    assert meta.issued == "2025-12-12"
    assert (meta.start_year, meta.end_year) == (2026, 2026)
