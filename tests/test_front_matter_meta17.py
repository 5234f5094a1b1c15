"""Years, kinds and titles guessed without a manifest: session 17's rules (branch meta17) for the causes
the scored rounds share, each with the excerpt it was written from."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

WASTEFREE_TABLE = (
    "索 引 号：\t000014349/2019-00005\t主题分类：\t城乡建设、环境保护\\节能与资源综合利用\n"
    "发文机关：\t国务院办公厅\t成文日期：\t2018年12月29日\n"
    "标 题：\t国务院办公厅关于印发“无废城市”建设试点工作方案的通知\t\t\n"
    "发文字号：\t国办发〔2018〕128号\t发布日期：\t{published}\n\n"
    "国务院办公厅关于印发“无废城市”建设试点工作方案的通知\n国办发〔2018〕128号\n"
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    "《“无废城市”建设试点工作方案》已经国务院同意，现印发给你们，请认真贯彻执行。\n"
    "国务院办公厅\n2018年12月29日\n（此件公开发布）\n“无废城市”建设试点工作方案\n"
    "（四）试点目标。到2020年，系统构建“无废城市”建设指标体系，探索建立“无废城市”建设综合管理制度和技术体系。\n"
)


def test_a_document_the_portal_published_the_year_after_its_signing_starts_that_year() -> None:
    # PUBLISHED_NEXT_YEAR (nat-wastefree-2019, heldout): signed 2018-12-29, published 2019-01-21, judged 2019-2020
    meta = guess_meta(WASTEFREE_TABLE.format(published="2019年01月21日"), "wastefree", "0" * 64)
    assert (meta.issued, meta.start_year, meta.end_year) == ("2018-12-29", 2019, 2020)
    # published in its own year, it starts in it
    meta = guess_meta(WASTEFREE_TABLE.format(published="2018年12月31日"), "wastefree", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2018, 2020)
    # PUBLISHED_NEXT_YEAR_MAX_DAYS (session 18): posted more than a season after it was signed, it is a repost
    meta = guess_meta(WASTEFREE_TABLE.format(published="2019年12月20日"), "wastefree", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2018, 2020)


def test_a_blank_field_of_an_export_does_not_take_the_next_field_as_its_value() -> None:
    # LABELLED_CELL (sh-lowuse-toolbox-2024, lineage13): "文号: " left blank above "发布单位: 上海市规划和自然资源局"
    from plankg.loaders.text.read import metadata_table

    head = "---\n标题: 关于印发《上海市低效产业用地再开发政策工具箱（1.0版）》的通知\n文号: \n"
    head += "发布单位: 上海市规划和自然资源局\n"
    assert "doc_number" not in metadata_table(head + "发布日期: 2025-04-21\n---\n")


def test_a_document_issued_inside_a_period_its_body_names_runs_from_its_issue() -> None:
    # BODY_PERIOD_FROM_ISSUE (nat-power-reform-2002, dev): 国发〔2002〕5号, "“十五”期间…的主要任务是" → 2002-2005
    text = (
        "国务院关于印发电力体制改革方案的通知国发〔2002〕5号各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
        "国务院同意由国家计委会同有关部门和单位研究提出的《电力体制改革方案》，现印发给你们，请认真贯彻执行。"
        "国务院二〇〇二年二月十日(本文有删减)电 力 体 制 改 革 方 案一、加快电力体制改革的必要性"
        "（六）“十五”期间电力体制改革的主要任务是：实施厂网分开，重组发电和电网企业。"
    )
    meta = guess_meta(text, "power", "0" * 64)
    assert (meta.period, meta.start_year, meta.end_year) == ("十五", 2002, 2005)


JINAN_AI = (
    "\u3000为加快全市人工智能产业创新发展，进一步提升人工智能赋能实体经济发展能级，推进工业强市和数字先锋城市建设，"
    "制定本行动计划。\n\n\n\u3000\u3000一、总体要求\n\n\n"
    "\u3000\u3000（一）发展思路。坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。\n"
    "\u3000\u3000（二）发展目标。到2026年，全市新一代人工智能产业规模和创新能力进一步提升。\n"
)


def test_an_undated_action_plan_runs_three_years_to_its_only_goal_year() -> None:
    # UNDATED_ACTION_PLAN (jn-ai-2024, heldout6: 济南市新一代人工智能高质量发展行动计划（2024-2026年）)
    meta = guess_meta(JINAN_AI, "jn-ai", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2024, 2026)
    # a second year named is no undated action plan's: no guess
    assert guess_meta(JINAN_AI + "\u3000\u3000截至2023年底，已建成一批应用场景。\n", "x", "0" * 64).start_year is None
    # a plan that does not call itself an action plan is not guessed
    assert guess_meta(JINAN_AI.replace("本行动计划", "本方案"), "x", "0" * 64).start_year is None


def test_a_bare_qa_on_a_documents_short_form_is_its_interpretation_answered_by_its_drafter() -> None:
    # INTERPRETED_QUESTION, QUESTIONED_DOCUMENT_DRAFTER (nat-ip-reform-interp-2021, heldout: a crawl on one line)
    notice = "关于深化知识产权领域“放管服”改革优化创新环境和营商环境的通知"
    text = (
        "一、《通知》制定的背景是什么？当前，随着我国转向高质量发展阶段，知识产权在国家发展战略全局中地位和作用日益凸显。"
        f"在国务院办公厅职能转变办的支持下，国家知识产权局起草制定了《{notice}》，并经4月27日国务院常务会议审议通过。"
        "二、《通知》的主要思路和主要内容有哪些？《通知》坚持目标导向和问题导向相结合。"
        "三、《通知》在继续压减审查周期方面，将采取哪些改进举措？进一步压减专利、商标审查周期。"
    )
    meta = guess_meta(text, "qa", "0" * 64)
    assert (meta.kind, meta.title, meta.issuer) == ("interpretation", f"《{notice}》解读", "国家知识产权局")
    # another notice cited before the one drawn up is not the one asked about
    cited = text.replace("当前，", "当前，《国务院关于印发“十四五”国家知识产权保护和运用规划的通知》提出，")
    assert guess_meta(cited, "qa", "0" * 64).title == f"《{notice}》解读"
    # asked after 问：, the short form a few words in
    asked = text.replace("一、《通知》制定的背景", "问：为什么要制定《通知》？制定的背景").replace("二、", "问：")
    assert guess_meta(asked, "qa", "0" * 64).title == f"《{notice}》解读"
    # one question is no Q&A: a plan may ask one in its text
    one = text[: text.index("二、")]
    assert guess_meta(one, "qa", "0" * 64).kind == "plan"


def test_a_call_for_proposals_runs_to_the_end_of_the_research_term_it_sets() -> None:
    # RESEARCH_TERM (nat-nsfc-quebec-smartcity-2019, heldout14): judged 2019-2023
    text = (
        "国家自然科学基金委员会（NSFC）根据与加拿大魁北克研究基金会（FRQ）的双边合作协议，2019年双方拟联合征集合作研究项目。\n"
        "　　一、项目说明\n　　（一）资助领域：城市管理和治理。\n　　三、资助计划\n"
        "　　1.资助期限为3年，申请书中的研究期限应填写2020年4月1日—2023年3月31日；\n"
        "国家自然科学基金委员会\n国际合作局\n2019年9月10日"
    )
    meta = guess_meta(text, "guide", "0" * 64)
    assert (meta.issued, meta.start_year, meta.end_year) == ("2019-09-10", 2019, 2023)


POWER_COAL = (
    "国务院办公厅关于深化电煤市场化改革的指导意见国办发〔2012〕57号各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    "为深入贯彻落实党的十八大精神，加快完善社会主义市场经济体制，经国务院同意，现就深化电煤市场化改革提出以下指导意见："
    "二、主要任务（一）建立电煤产运需衔接新机制。自2013年起，取消重点合同，取消电煤价格双轨制。"
    "继续加强对电价形成机制改革、电力体制改革、煤炭期货市场建设等重大问题研究。国务院办公厅{date}"
)


def test_a_december_document_whose_measures_start_with_the_new_year_begins_then() -> None:
    # EFFECTIVE_NEXT_YEAR (nat-power-coal-2012, dev): signed 2012-12-20, "自2013年起，取消重点合同", judged 2013
    meta = guess_meta(POWER_COAL.format(date="2012年12月20日"), "coal", "0" * 64)
    assert (meta.issued, meta.start_year, meta.end_year) == ("2012-12-20", 2013, 2013)
    # signed earlier in the year, "自2013年起" is one task's start
    meta = guess_meta(POWER_COAL.format(date="2012年11月20日"), "coal", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2012, 2012)


def test_a_party_congress_report_is_the_outgoing_central_committees() -> None:
    # CONGRESS_REPORT_BODY (nat-19th-congress-report-2017, heldout: judged 中国共产党第十八届中央委员会)
    text = (
        "决胜全面建成小康社会\n\n夺取新时代中国特色社会主义伟大胜利\n\n——在中国共产党第十九次全国代表大会上的报告\n\n"
        "（2017年10月18日）\n\n习近平\n\n同志们：\n\n\u3000\u3000现在，我代表第十八届中央委员会向大会作报告。\n\n"
        "\u3000\u3000中国共产党第十九次全国代表大会，是在全面建成小康社会决胜阶段召开的一次十分重要的大会。\n"
    )
    meta = guess_meta(text, "report", "0" * 64)
    assert (meta.kind, meta.issuer) == ("report", "中国共产党第十八届中央委员会")


def test_a_proposal_without_its_title_line_is_titled_and_issued_as_its_sentence_puts_it_forward() -> None:
    # SELF_PROPOSAL, SPOKEN_WORDS (nat-fyp-2-proposal-1956, heldout6: the 八大's proposal for the 二五, 1958-1962)
    text = (
        "\ufeff\u3000\u3000在我国实行第一个五年计划的期间，全国人民表现了空前高涨的社会主义积极性\n"
        "\u3000\u3000鉴于第一个五年计划即将胜利实现，我国发展国民经济的第二个五年计划（1958―1962）应该及时拟定\n"
        "为此，中国共产党第八次全国代表大会提出关于我国发展国民经济的第二个五年计划的建议，提交中华人民共和国国务院加以讨论\n"
        "\u3000\u3000第二个五年计划是实现我国过渡时期总任务的一个极其重要的关键\n"
    )
    meta = guess_meta(text, "proposal", "0" * 64)
    assert meta.title == "中国共产党第八次全国代表大会关于发展国民经济的第二个五年计划的建议"
    assert meta.issuer == "中国共产党第八次全国代表大会"
    assert (meta.period, meta.start_year, meta.end_year) == ("二五", 1958, 1962)


def test_signers_glued_two_to_a_line_are_parted_where_their_place_recurs() -> None:
    # GLUED_SIGNERS (hp-renewable-2025, heldout3): a flattened two-column table of thirteen signers
    text = (
        "# 关于印发《黄浦区可再生能源发展行动方案》的通知\n"
        "区政府各委、办、局，区属企业集团，各街道管理办，黄浦区各重点用能和排放单位，各有关单位：\n"
        "现将《黄浦区可再生能源发展行动方案》印发给你们，请认真按照执行。\n特此通知。\n"
        "黄浦区发展和改革委员会黄浦区建设和管理委员会\n\n黄浦区规划和自然资源局黄浦区住房保障和房屋管理局\n\n"
        "黄浦区投资促进办公室\n\n2025年2月24日\n\n黄浦区可再生能源发展行动方案\n"
    )
    assert guess_meta(text, "hp", "0" * 64).issuer == (
        "黄浦区发展和改革委员会、黄浦区建设和管理委员会、黄浦区规划和自然资源局、黄浦区住房保障和房屋管理局、黄浦区投资促进办公室"
    )


def test_a_blog_exports_front_matter_title_is_read_as_its_body_prints_it() -> None:
    # EXPORT_TITLE (nat-fyp14-interp-liu, heldout): the exporter wrote the quotation marks as "_"
    text = (
        "\n---\ntitle: '刘元春：未来5年是中国GDP赶超美国关键时点，拼谁能_咬住_'\ncategories: \n - 金融\n - 新浪财经\n"
        "author: 新浪财经\ncomments: false\ndate: Sun, 04 Apr 2021 00:48:57 GMT\n---\n\n<div>   \n"
        "<p>\u3000\u3000刘元春：未来5年是中国GDP赶超美国关键时点，拼谁能“咬住”</p>\n<p>\u3000\u3000来源：人大重阳官方账号</p>\n"
        "<p>\u3000\u3000今天很高兴跟大家来分享我们的研究，核心内容是几个层面：</p>\n"
    )
    assert guess_meta(text, "liu", "0" * 64).title == "刘元春：未来5年是中国GDP赶超美国关键时点，拼谁能“咬住”"


def test_a_reference_entry_citing_a_document_with_its_number_opens_no_notice() -> None:
    # CITED_REFERENCE_LINE (nat-urban-area-std-draft, heldout13): the draft took the cited 文号 and its year
    text = (
        "城区范围 确定规程\n（报批稿）\n202X - XX - XX 发布  202X - XX - XX 实施\n中华人民共和国自然资源部    发 布\n"
        "4  基本原则\n客观真实\n\n1） 《国务院关于调整城市规模划分标准的通知》（国发[2014]51号）\n\n"
        "城区实体地域范围及其对应的城区范围的确定应以客观反映城市建成现状为前提，以真实可信的数据为基础。\n"
    )
    meta = guess_meta(text, "draft", "0" * 64)
    assert (meta.doc_number, meta.start_year) == ("", None)


def test_a_one_line_notice_signed_under_its_annex_list_is_dated_by_that_signature() -> None:
    # SIGNATURE_AFTER_ANNEX_LIST (nat-eia-infosys-2021, heldout13): no date was read
    text = (
        "关于规划环评管理信息共享系统上线运行的通知各省、自治区、直辖市生态环境厅（局），新疆生产建设兵团生态环境局："
        "为提升规划环评信息化管理水平，我部组织建设了规划环评管理信息共享系统（以下简称系统）。"
        "联系人：生态环境部环境工程评估中心吴保见（系统支持）电话：（010）84757227、84757069"
        "附件：规划环评管理信息共享系统使用说明生态环境部办公厅2021年10月13日（此件社会公开）"
        "附件规划环评管理信息共享系统使用说明规划环评管理信息共享系统与全国建设项目环评统一申报和审批系统共用一套登录网址。"
        "一、信息填报端规划编制机关通过互联网访问规划环评共享系统的信息填报端，自行注册账号。"
    )
    meta = guess_meta(text, "infosys", "0" * 64)
    assert (meta.issued, meta.issuer) == ("2021-10-13", "生态环境部办公厅")


def test_a_page_dated_only_by_its_publication_is_dated_so() -> None:
    # PUBLISHED_ONLY: the table's 发布日期 where nothing else dates the document
    text = (
        "发文机关：\t国务院办公厅\t发布日期：\t2019年01月21日\n\n“无废城市”建设试点工作方案\n"
        "（四）试点目标。到2020年，系统构建“无废城市”建设指标体系。\n"
    )
    meta = guess_meta(text, "page", "0" * 64)
    assert (meta.issued, meta.start_year, meta.end_year) == ("2019-01-21", 2019, 2020)
