"""Metadata rules of session 38 (branch meta52), each with the excerpt it was written from."""

from __future__ import annotations

from pathlib import Path

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


def test_a_notice_signed_in_a_run_names_its_issuer() -> None:
    # SIGNED_IN_RUN (zs-transport-14fyp-2022, heldout46, one line): no issuer before
    text = (
        "中山市人民政府办公室关于印发中山市综合交通运输“十四五”规划的通知时间:2024-05-24 火炬开发区管委会,各镇政府、"
        "街道办事处,市各有关单位:经市政府同意,现将《中山市综合交通运输“十四五”规划》印发给你们,请认真组织实施。实施过程"
        "中遇到的问题,请径向市交通运输局反映。中山市人民政府办公室2022年7月26日1.png2.png3.png第一章 发展基础“十三五”"
        "期间,中山市交通基础设施建设加快推进。"
    )
    from plankg.loaders.text.read import _signed_in_run

    assert _signed_in_run(text) == "中山市人民政府办公室"
    # SIGNATURE_DATE_ON_LINE: the signature on the date's line (nat-tcm-decoction-coding-rules-2020, heldout28)
    text = (
        "医保药品中药饮片和医疗机构制剂统一编码规则和方法的通知\n（医保办发〔2020〕42 号）\n"
        "各省、自治区、直辖市及新疆生产建设兵团医疗保障局：\n"
        "为加快推进统一的医保信息业务编码标准，我局研究制定了医保药品中药饮片和医疗机构制剂统一编码规则和方法，现印发给你们，"
        "请认真贯彻 落实。\n国家医疗保障局办公室 2020年9月17日\n医保药品中药饮片和医疗机构制剂统一编码规则和方法\n"
        "一、中药饮片编码\n中药饮片编码分4个部分共10位。\n"
    )
    assert guess_meta(text, "nat-tcm", "0" * 64).issuer == "国家医疗保障局办公室"
    # a body's dated sentence before any issuing sentence signs nothing
    assert _signed_in_run("国务院2019年3月5日印发了规划。现将方案印发给你们，请认真执行。") == ""


def test_the_latest_period_an_opening_names_as_a_plans_is_the_texts() -> None:
    # LATEST_TEXT_PERIOD (ah-water-fyp14-news, heldout34): read 十三五, 2016-2020, before
    text = (
        "您当前的位置: 安徽新闻 > 安徽要闻\n"
        "“十三五”以来,安徽水利坚持以习近平新时代中国特色社会主义思想为指导,通过五年努力,全省水利发展“十三五”规划确定的目标"
        "任务基本完成,水安全保障能力显著提高。\n"
        "省水利发展“十四五”规划在全面总结“十三五”全省水利发展成就的基础上,科学分析全省水利现状与形势。\n"
        "本规划是指导今后五年水利工作的重要依据。\n第一章现状与形势\n"
    )
    meta = guess_meta(text, "ah-water", "0" * 64)
    assert (meta.period, meta.start_year, meta.end_year) == ("十四五", 2021, 2025)
    # a period that opens for good is no text's own (nat-carbon-peak-assessment-2026)
    from plankg.loaders.text.read import _period

    body = "第七条　“十五五”时期，国家发展改革委应当会同有关部门。第九条　“十六五”时期起，每个五年规划期的第一年。"
    assert _period("碳达峰碳中和综合评价考核办法", body, "plan") == "十五五"
    # a headline-less work report keeps the first period its review names (nat-gwr-2018, lineage48)
    text = (Path(__file__).parent / "realworld/lineage48/plans/nat-gwr-2018.txt").read_text(encoding="utf-8")
    meta = guess_meta(text, "nat-gwr-2018", "0" * 64)
    assert (meta.title, meta.period, meta.start_year) == ("2018年国务院政府工作报告", "", 2018)
