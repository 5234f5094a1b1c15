"""Metadata rules of session 38 (branch meta52), each with the excerpt it was written from."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta, source_issuer


def test_a_source_field_glued_onto_the_headline_names_the_issuer() -> None:
    # SOURCE_AFTER_HEADLINE and SOURCE_VALUE_RUN_ON (heldout41 pages crawled onto one line): no issuer before
    text = (
        "广州市新型农民科技培训工程实施方案来源：广州市农业局根据《中共中央 国务院关于积极发展现代农业扎实推进社会主义"
        "新农村建设的若干意见》(中发〔2007〕1号)的要求，结合广州市实际情况，制定我市新型农民科技培训工程实施方案。"
    )
    assert guess_meta(text, "gz-farmer", "0" * 64).issuer == "广州市农业局"
    text = (
        "七月份蔬菜主要病虫发生预报及防治意见来源：广州市农业环境与植物保护总站6月我市平均气温高，出现多次连续几天强降水"
        "天气，蔬菜病虫害发生趋重。"
    )
    assert source_issuer(text) == "广州市农业环境与植物保护总站"
    # a sentence's 数据来源 is no page field: what stands before it does not end as a headline does
    assert source_issuer("全市生产总值增长5%，数据来源：广州市统计局2025年公报。") == ""


def test_a_source_value_ends_where_the_next_lines_bold_text_starts() -> None:
    # SOURCE_EMPHASIS_END (gz-social-insurance-backpay-guide-2026, heldout19, one line): no issuer before
    text = (
        "广州市社会保险费补缴相关政策及业务宣传指引-广州市人力资源和社会保障局网站发布日期：2026-02-12来源：市人力资源"
        "社会保障局 社保中心**第一部分：合法缴纳****一、办理条件**用人单位和职工建立合法劳动关系期间，存在应缴未缴"
    )
    assert source_issuer(text) == "市人力资源社会保障局 社保中心"
    # nat-green-cert-faq-2024 (heldout27, one line)
    page = "正文关于绿电、绿证政策咨询发布时间：2024-08-20来源：国家能源局**大** **中** **小**|"
    assert source_issuer(page) == "国家能源局"
    # a bold label still reads as before
    assert source_issuer("**来源：**国家能源局\n正文") == "国家能源局"
