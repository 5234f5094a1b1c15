"""Metadata of texts crawled onto one line (session 18, branch meta18): the rules of plankg/loaders/rules/
structure.py "Plan metadata of texts crawled onto one line", each with the real excerpt it was written from (a
scored text with its line breaks removed, as bench/eval_metadata.py --one-line reads it)."""

from __future__ import annotations

from plankg.loaders.text.normalise import normalise
from plankg.loaders.text.read import guess_meta, metadata_table

# nat-voc-edu-2019 (gov.cn page, dev) on one line: the table's rows glued, the notice and the plan after it
VOC_EDU_ONE_LINE = (
    "索 引 号：\t000014349/2019-00005\t主题分类：\t科"
    "技、教育\\教育发文机关：\t国务院\t成文日期：\t2019年01月24日"
    "标 题：\t国务院关于印发国家职业教育改革实施方案的通知发文字号"
    "：\t国发〔2019〕4号\t发布日期：\t2019年02月13日"
    "主 题 词：扫一扫在手机打开当前页国务院关于印发国家职业教育"
    "改革实施方案的通知国发〔2019〕4号各省、自治区、直辖市人民"
    "政府，国务院各部委、各直属机构：现将《国家职业教育改革实施"
    "方案》印发给你们，请认真贯彻执行。国务院2019年1月24日"
    "（此件公开发布）国家职业教育改革实施方案职业教育与普通教育是两种不同教育类型，具有同等重要地位。"
)


def test_a_portal_table_whose_rows_were_glued_is_read_cell_by_cell() -> None:
    # GLUED_TABLE_LABEL: "…2019年01月24日标 题：\t国务院关于…的通知发文字号：\t国发〔2019〕4号…"
    table = metadata_table(VOC_EDU_ONE_LINE)
    assert table.get("title") == "国务院关于印发国家职业教育改革实施方案的通知"
    assert (table["doc_number"], table["issuer"], table["issued"]) == ("国发〔2019〕4号", "国务院", "2019-01-24")
    # a label and its value in one cell: "发 布 机 构 ：天津市工业和信息化局发 文 字 号 ：…" (tj-demand-response-2021)
    table = metadata_table("发 布 机 构 ：天津市工业和信息化局发 文 字 号 ：津工信电力〔2021〕3号主 题 ：科技")
    assert (table["issuer"], table["doc_number"]) == ("天津市工业和信息化局", "津工信电力〔2021〕3号")


def test_a_table_row_that_runs_on_into_the_whole_page_is_not_dropped_as_furniture() -> None:
    # TABLE_ROW_MAX_CHARS: the row rule dropped the page, and with it the document
    body = VOC_EDU_ONE_LINE + "职业教育与普通教育是两种不同教育类型。" * 40
    assert "国家职业教育改革实施方案" in normalise(body).text
    meta = guess_meta(VOC_EDU_ONE_LINE, "voc", "0" * 64)
    assert (meta.title, meta.doc_number) == ("国家职业教育改革实施方案", "国发〔2019〕4号")


def test_a_bulletin_or_standard_title_run_on_into_its_body_ends_at_its_kind() -> None:
    # RUN_ON_TITLE_ENDING (wz-stat-bulletin-2015 and nat-icv-road-test-2021 on one line)
    text = (
        "万载县2015年国民经济和社会发展统计公报2015年，全县人"
        "民在县委、县政府的正确领导下，全面贯彻党的十八大和十八届三中、"
        "四中、五中全会精神，积极应对各种风险挑战，主动适应经济发展新常态，坚持稳中求进工作总基调。"
    )
    meta = guess_meta(text, "wz", "0" * 64)
    assert (meta.title, meta.kind) == ("万载县2015年国民经济和社会发展统计公报", "report")
    text = (
        "智能网联汽车道路测试与示范应用管理规范（试行）第一章 总 则"
        "第一条 为深入贯彻落实党的十九大精神，加快制造强国、科技强国、"
        "网络强国、交通强国建设，推动汽车智能化、网联化技术应用和"
        "产业发展，规范智能网联汽车道路测试与示范应用，制定本规范。"
    )
    assert guess_meta(text, "icv", "0" * 64).title == "智能网联汽车道路测试与示范应用管理规范（试行）"


def test_a_date_after_a_run_on_title_is_not_part_of_it() -> None:
    # DATE_QUALIFIER (nat-rural-2018 on one line)
    text = (
        "中共中央 国务院关于实施乡村振兴战略的意见（2018年1月2日"
        "）实施乡村振兴战略，是党的十九大作出的重大决策部署，是决胜全面"
        "建成小康社会、全面建设社会主义现代化国家的重大历史任务，是新"
        "时代“三农”工作的总抓手。现就实施乡村振兴战略提出如下意见。"
    )
    assert guess_meta(text, "rural", "0" * 64).title == "中共中央 国务院关于实施乡村振兴战略的意见"


def test_a_run_on_title_ends_where_its_body_begins_with_its_draft_status() -> None:
    # TITLE_END_BOUNDARY: not after 国土空间规划 inside the title (nat-plan-checkup-rules-2020 on one line)
    text = (
        "国土空间规划城市体检评估规程（试行）2020 年 10 月 19 "
        "日前 言根据《中共中央 国务院关于建立国土空间规划体系并监督实施的"
        "若干意见》的要求，建立国土空间规划定期体检评估制度有助于及时发现国土空间治理问题，制定本规程。"
    )
    assert guess_meta(text, "checkup", "0" * 64).title == "国土空间规划城市体检评估规程（试行）"
    # DRAFT_AFTER_TITLE (bj-eco-restoration-2035 on one line)
    text = (
        "北京市国土空间生态修复规划（2021 年-2035 年）（草案）北京市"
        "规划和自然资源委员会 2021 年 9 月 前    言 国土空间生态"
        "修复是我国生态文明建设的重大举措，是关系国家生态安全和民生福祉的重要国家战略任务。"
    )
    assert guess_meta(text, "restoration", "0" * 64).title == "北京市国土空间生态修复规划（2021 年-2035 年）（草案）"


def test_a_database_export_on_one_line_loses_its_header_and_second_headline() -> None:
    # GLUED_DATABASE_HEADER and REPEATED_HEADLINE_MIN (bj-data-zone-2022, a pkulaw export, on one line)
    text = (
        "    【法宝引证码】 CLI.12.5679380原文链接：https://www.pkulaw"
        ".com/lar/a28211d04d610dda90d16553dc812a4bbdfb.html"
        "北京市经济和信息化局印发《关于推进北京市数据专区建设的指导意"
        "见》的通知北京市经济和信息化局印发《关于推进北京市数据专区建设"
        "的指导意见》的通知京经信发〔2022〕87号各区政府,各相关单"
        "位：为促进政企数据融合应用，充分释放数据要素价值，培育和带动数字"
        "经济产业发展，现将《关于推进北京市数据专区建设的指导意见》印发给你们，请结合实际认真贯彻落实。"
    )
    meta = guess_meta(text, "bj-data-zone", "0" * 64)
    assert (meta.title, meta.issuer, meta.doc_number) == (
        "关于推进北京市数据专区建设的指导意见",
        "北京市经济和信息化局",
        "京经信发〔2022〕87号",
    )


def test_a_notice_on_one_line_signs_before_the_document_it_issues() -> None:
    # SIGNATURE_BEFORE_DOCUMENT (nat-medins-rulebase-2022 and hb-spot-surplus-2019 on one line)
    text = (
        "《医疗保障基金智能审核和监控知识库、规则库管理办法（试行）》"
        "已经国家医疗保障局第53次局长办公会审议通过，现印发给你们，"
        "请认真贯彻执行。国家医疗保障局2022年3月30日医疗保障"
        "基金智能审核和监控知识库、规则库管理办法（试行）第一章　总则"
        "第一条　为进一步健全医疗保障基金监管体系，制定本办法。"
    )
    meta = guess_meta(text, "rulebase", "0" * 64)
    assert (meta.issuer, meta.issued, meta.start_year) == ("国家医疗保障局", "2022-03-30", 2022)
    text = (
        "现将方案印发给你们，请认真遵照执行。执行中如遇相关问题，请及"
        "时报告我局。国家能源局华北监管局2019年8月2日（联系电话："
        "010-51968578）京津唐电网参与跨区域省间可再生能源电力现货交易差额收益分配方案一、总则"
    )
    assert guess_meta(text, "hb", "0" * 64).issued == "2019-08-02"
    # a date inside a sentence is no signature
    text = "为贯彻落实有关部署。国务院2018年5月10日印发的《关于推进政务新媒体健康有序发展的意见》要求各地…"
    assert guess_meta(text, "x", "0" * 64).issued == ""


def test_a_signature_on_one_line_may_follow_a_tasks_closing_bracket() -> None:
    # SIGNATURE_AFTER_BRACKET (nat-bigdata-center-2020 on one line)
    text = (
        "各省、自治区、直辖市及计划单列市人民政府，新疆生产建设兵团，"
        "国务院各部委、各直属机构：数据是国家基础战略性资源和重要生产"
        "要素。各地区要制定大数据中心建设规划和协同创新实施方案，并加快"
        "推进落实。（各地区、各部门负责）国家发展改革委中 央 网 信 "
        "办工业和信息化部国 家 能 源 局2020年12月23日"
    )
    meta = guess_meta(text, "bigdata", "0" * 64)
    assert (meta.issuer, meta.issued) == ("国家发展改革委中央网信办工业和信息化部国家能源局", "2020-12-23")


def test_a_news_pages_buttons_glued_before_the_headline_are_no_part_of_it() -> None:
    # GLUED_TOOLBAR, and TITLE_END_BOUNDARY's dash before a date: not the caption's 报告 before its 。
    # (he-gov-report-2026 on one line)
    text = (
        "下载打印全屏收藏【字号：加大还原减小】2026年河北省政府"
        "工作报告——2026年1月26日在河北省第十四届人民代表大会"
        "第四次会议上来源：河北日报时间：2026-02-02河北省"
        "人民政府省长 王正谱王正谱作政府工作报告。本报记者 霍艳恩摄"
        "各位代表：现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和列席人员提出意见。"
    )
    meta = guess_meta(text, "he", "0" * 64)
    assert (meta.title, meta.kind, meta.issuer) == ("2026年河北省政府工作报告", "report", "河北省人民政府")


def test_a_notice_title_run_on_into_its_page_trail_is_read_as_a_notice() -> None:
    # RUN_ON_NOTICE_TITLE and TITLE_END_BOUNDARY's page-title separator (gz-talent-hukou-2022 on one line)
    text = (
        "广州市人力资源和社会保障局 广州市公安局关于印发广州市引进人"
        "才入户管理办法实施细则的通知-广州市人力资源和社会保障局网站"
        "穗人社规字〔2022〕2号广州市人力资源和社会保障局 广州市"
        "公安局关于印发广州市引进人才入户管理办法实施细则的通知各有关"
        "单位：为进一步贯彻落实《广州市引进人才入户管理办法》，规"
        "范引进人才办理流程，提高引进人才工作效率，现将《广州市引进"
        "人才入户管理办法实施细则》印发给你们，请认真组织实施。"
    )
    assert guess_meta(text, "gz", "0" * 64).title == "广州市引进人才入户管理办法实施细则"


def test_blank_lines_between_all_lines_leave_signers_and_tables_read() -> None:
    # SIGNERS_APART (nat-bigdata-center-2020 with its breaks doubled)
    text = (
        "各地区要制定大数据中心建设规划和协同创新实施方案，并加快推进落"
        "实。\n\n（各地区、各部门负责）\n\n国家发展改革委\n\n"
        "中 央 网 信 办\n\n工业和信息化部\n\n国 家 能 源 局\n\n2020年12月23日\n"
    )
    assert guess_meta(text, "bigdata", "0" * 64).issuer == "国家发展改革委、中央网信办、工业和信息化部、国家能源局"
    # BLANK_LINES_UNCOUNTED: a table below a long menu (bj-newenergy-heating-call-2026), its lines apart
    menu = "\n\n".join(["政务公开", "政策文件", "政策解读", "依申请公开"] * 20)
    table = metadata_table(f"{menu}\n\n[发文机构]\n\n北京市发展和改革委员会\n\n[成文日期]\n\n2026-03-06\n")
    assert (table.get("issuer"), table.get("issued")) == ("北京市发展和改革委员会", "2026-03-06")


def test_a_breadcrumb_glued_before_the_headline_and_page_labels_after_it_are_cut_off() -> None:
    # GLUED_BREADCRUMB and TITLE_END_BOUNDARY's page labels (nx-gov-report-2026 on one line)
    text = (
        "当前位置：首页>政务信息>宁夏要闻2026年宁夏回族自治区政府工作报"
        "告发表时间：2026-02-09 09:45:30来源：宁夏日报客户端"
        "阅读量：【字体：小中大】政府工作报告——2026年2月3日在"
        "宁夏回族自治区第十三届人民代表大会第四次会议上自治区人民政府"
        "主席 张雨浦各位代表：现在，我代表自治区人民政府，向大会报告工作，请予审议。"
    )
    meta = guess_meta(text, "nx", "0" * 64)
    assert (meta.title, meta.issuer) == ("2026年宁夏回族自治区政府工作报告", "宁夏回族自治区人民政府")
    # the column's heading repeated after the trail (yn-gov-report-2026 on one line)
    text = (
        "您的位置:首页>云南要闻云南要闻2026年政府工作报告来源：云南日报20"
        "26-02-03 09:02:33【字体：大中小】——2026年1月28日"
        "在云南省第十四届人民代表大会第四次会议上省长　王予波各位"
        "代表：现在，我代表省人民政府，向大会报告工作，请予审议。"
    )
    assert guess_meta(text, "yn", "0" * 64).title == "2026年云南省政府工作报告"


def test_a_title_opening_with_a_verb_a_button_also_has_keeps_it() -> None:
    # GLUED_TOOLBAR leaves 转发 alone: a notice's own title opens with it
    from plankg.loaders.text.read import _opening_lines

    assert _opening_lines("转发省发展改革委关于进一步做好节能工作的通知\n各县区人民政府：\n")[0].startswith("转发")
    assert _opening_lines("收藏【字号：加大还原减小】2026年浙江省政府工作报告2026年1月14日在…")[0].startswith("2026年")


def test_a_headline_printed_again_after_the_pages_menu_is_not_taken_with_the_menu() -> None:
    # the first copy before a page's menu (hb-peak-settlement-2021, round 15, on one line): TITLE_END_BOUNDARY would
    # take the second copy, followed by its date, with the menu in between
    text = (
        "华北能源监管局关于进一步规范电力调峰辅助服务市场结算流程"
        "的通知设为首页工作邮箱首页机构概览动态要闻信息公开在线办事"
        "互动回应专题专栏华北能源监管局关于进一步规范电力调峰辅助服务市场结算"
        "流程的通知2021-02-09 00:00来源：Aa字体：小|中|大"
        "华北监能市场〔2021〕47号国网华北分部，各有关市场主体：按"
        "照党中央、国务院关于简政放权的相关要求，现将有关事项通知如下。"
    )
    assert guess_meta(text, "hb", "0" * 64).title == "华北能源监管局关于进一步规范电力调峰辅助服务市场结算流程的通知"
