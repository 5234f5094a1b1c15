"""Metadata guessed without a manifest: session 28's rules (branch meta28), each with the excerpt it was written
from."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta


def test_a_one_line_ministry_notice_signed_after_any_annex_title_is_signed_by_the_central_body() -> None:
    # CENTRAL_SIGNER_AFTER_ANNEX (nat-enforcement-quiz-2020, heldout23): the annex title 题库范围 ends in no
    # document kind, so no signer was read
    text = (
        "关于开展2020年生态环境保护执法大练兵知识竞赛的通知各省、自治区、直辖市生态环境厅（局），新疆生产建设兵团生态环境局："
        "为推动地方各级生态环境执法人员学习政治理论和法律知识，我部将组织开展首届生态环境保护执法大练兵网络知识竞赛。"
        "现将有关事项通知如下。一、竞赛时间和参与对象竞赛时间为2020年10月20日至11月20日。"
        "附件：题库范围生态环境部办公厅2020年9月23日(此件社会公开)字号"
    )
    meta = guess_meta(text, "quiz", "0" * 64)
    assert (meta.issuer, meta.issued) == ("生态环境部办公厅", "2020-09-23")
    # nat-aquatic-biodiversity-2018 (heldout28): joint signers before the printing office's dated 印发 line
    text = (
        "关于印发《重点流域水生生物多样性保护方案》的通知各有关省、自治区、直辖市环保厅（局）、渔业厅（局）、水利（水务）厅（局）："
        "为贯彻落实《水污染防治行动计划》，生态环境部会同农业农村部、水利部制订了《重点流域水生生物多样性保护方案》，"
        "现印发给你们，请结合本地实际，抓好落实。附件：重点流域水生生物多样性保护方案生态环境部农业农村部水利部2018年3月22日"
        "生态环境部办公厅2018年4月3日印发附件重点流域水生生物多样性保护方案我国水生生物多样性极为丰富。"
    )
    meta = guess_meta(text, "aquatic", "0" * 64)
    assert (meta.issuer, meta.issued) == ("生态环境部农业农村部水利部", "2018-03-22")
    # an annex title that names a ministry in a sentence, with no date after it, signs nothing
    text = "关于开展检查的通知各有关单位：现将有关事项通知如下。附件：生态环境部办公厅联系方式一、检查内容。"
    assert guess_meta(text, "none", "0" * 64).issued == ""


def test_a_cover_that_restates_the_page_title_with_its_years_gives_the_title_and_years() -> None:
    # REPEATED_PAGE_TITLE (nat-edu-reform-outline-draft-2010, heldout30): the page's title line over the cover hid the
    # cover's "(2010-2020年)"; no years were read
    text = (
        "国家中长期教育改革和发展规划纲要\n**国家中长期教育改革和发展规划纲要**\n(2010-2020年)\n(公开征求意见稿)\n"
        "根据党的十七大关于“优先发展教育，建设人力资源强国”的战略部署，为全面提高国民素质，特制定本规划纲要。\n序 言\n"
    )
    meta = guess_meta(text, "outline", "0" * 64)
    expected = ("国家中长期教育改革和发展规划纲要（2010-2020年）", 2010, 2020)
    assert (meta.title, meta.start_year, meta.end_year) == expected
    # TITLE_MONTH_SPAN (sx1z-fyp-2010, heldout31): a term between months under a title broken over two lines
    text = (
        "绍兴一中五年发展规划(征求意见稿)\n**绍兴一中**\n**五年发展规划**\n(2010年3月～2015年2月)\n(征求意见稿)\n"
        "§1.指导思想和办学目标\n§2.客观依据和内在条件\n绍兴市第一中学\n2010年1月\n前 言\n"
        "一流的校舍、设施，优质的师资、生源，为我们实施全面素质教育提供了多方面的有利条件。\n"
    )
    meta = guess_meta(text, "school", "0" * 64)
    assert (meta.title, meta.start_year, meta.end_year) == ("绍兴一中五年发展规划（2010年3月～2015年2月）", 2010, 2015)
    # a page title over a cover that restates nothing more keeps the page's title
    text = "绍兴一中五年发展规划\n绍兴一中五年发展规划\n一、指导思想\n坚持育人为本。\n"
    assert guess_meta(text, "school", "0" * 64).title == "绍兴一中五年发展规划"


def test_a_weekly_column_tag_is_no_part_of_the_title_and_a_proposal_headline_is_a_plan() -> None:
    # DATED_COLUMN_TAG and PROPOSAL_HEADLINE (nat-fyp15-proposal-2025, heldout30): titled by its file name before
    text = (
        "每周一学（2025年11月10日-16日）中共中央关于制定国民经济和社会发展第十五个五年规划的建议\n"
        "中共中央关于制定国民经济和社会发展第十五个五年规划的建议\n"
        "（2025年10月23日中国共产党第二十届中央委员会第四次全体会议通过）\n"
        "中国共产党第二十届中央委员会第四次全体会议深入分析国际国内形势，就制定国民经济和社会发展“十五五”规划提出以下建议。\n"
        "**一、“十五五”时期是基本实现社会主义现代化的关键时期**\n"
        "（1）“十四五”时期我国发展取得重大成就。“十四五”时期我国发展历程极不寻常、极不平凡。\n"
    )
    meta = guess_meta(text, "proposal", "0" * 64)
    assert (meta.title, meta.kind, meta.issuer) == (
        "中共中央关于制定国民经济和社会发展第十五个五年规划的建议",
        "plan",
        "中共中央",
    )
    # the explanation of it, in the same column
    text = (
        "每周一学（2025年11月3日-9日）关于《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》的说明\n"
        "关于《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》的说明\n习近平\n同志们：\n"
        "受中央政治局委托，我就《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》起草的有关情况向全会作说明。\n"
    )
    meta = guess_meta(text, "explanation", "0" * 64)
    assert (meta.title, meta.kind) == (
        "关于《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》的说明",
        "interpretation",
    )


def test_a_term_until_a_month_from_the_day_of_issue_and_a_title_listing_years_give_the_years() -> None:
    # VALID_UNTIL_FROM_ISSUE (bj-hydrogen-measures-2024, heldout27): 2024-2024 before
    text = (
        "北京市关于支持氢能产业发展的若干政策措施（修订版）\n京经信发〔2024〕69号\n"
        "一、支持关键技术攻关。对企业开展燃料电池关键零部件研发的，给予资金支持。\n"
        "本政策措施自发布之日起实施，有效期至2025年8月。《北京市关于支持氢能产业发展的若干政策措施》（京经信发〔2022〕63号）即日起失效。\n"
        "北京市经济和信息化局\n2024年12月17日\n"
    )
    meta = guess_meta(text, "hydrogen", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2024, 2025)
    # TITLE_YEAR_LIST (nat-ets-power-2021-2022, heldout27): 2022-2022 before
    text = (
        "2021、2022 年度全国碳排放权交易配额总量设定与分配实施方案（发电行业）\n"
        "一、纳入配额管理的重点排放单位名单\n根据发电行业（含其他行业自备电厂）2013-2020年任一年排放达到2.6万吨二氧化碳当量的企业。\n"
    )
    meta = guess_meta(text, "ets", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2021, 2022)
