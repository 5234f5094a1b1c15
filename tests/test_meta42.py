"""Metadata guessed without a manifest: session 33's fixes (branch meta42), each with the excerpt it was written from
(texts as plankg reads them, crawled onto one line where the cause is a lost line break)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta, metadata_table

SHA = "0" * 64

# nat-storage-scale-plan-2025 (heldout23) on one line
GLUED_LABEL = (
    "附件新型储能规模化建设专项行动方案（2025—2027 年）为"
    "贯彻落实国家发展改革委、国家能源局等部门《关于加快推动新型储能"
    "发展的指导意见》《加快构建新型电力系统行动方案（2024—202"
    "7 年）》，发挥新型储能支撑建设新型能源体系和新型电力系统作用，"
    "培育能源领域新质生产力，进一步扩大内需，推动新型储能规模化建"
    "设，制定本方案。一、总体目标到2027年，全国新型储能装机规模"
    "达到1.8亿千瓦以上。"
)
# hn-child-mental-health-2025 (heldout30) on one line
GLUED_NUMBERED_LABEL = (
    "附件2海南省儿童青少年心理健康关爱行动计划心理健康是健康的"
    "重要组成部分。从世界范围来看，心理健康问题已经成为影响广泛的"
    "“全球病”，学生群体作为全社会关注的重点群体，面临着学业、就业等压力的增大，心理健康问题日益突出。"
)


def test_an_attachment_label_glued_to_the_title_is_no_part_of_it() -> None:
    # GLUED_ATTACHMENT_LABEL: before, "附件新型储能规模化建设专项行动方案（2025—2027 年）", "附件2海南省…行动计划"
    assert guess_meta(GLUED_LABEL, "stem", SHA).title == "新型储能规模化建设专项行动方案（2025—2027 年）"
    assert guess_meta(GLUED_NUMBERED_LABEL, "stem", SHA).title == "海南省儿童青少年心理健康关爱行动计划"


# south-ne-market-2025 (heldout33), the 南方能源监管局's PDF on one line
NUMBER_GLUED_BEFORE_TITLE = (
    "— 1 —南方监能市场〔2025〕146 号关于印发《南方区域"
    "新能源参与电力市场交易实施方案（试行）》的通知广州电力交易中心、"
    "南方总调，五省（区）电力交易中心、电力调度中心，各有关省级"
    "电网企业、发电企业：根据《国家发展改革委 国家能源局关于深化"
    "新能源上网电价市场化改革 促进新能源高质量发展的通知》（发改价格"
    "〔2025〕136 号）要求和有关工作部署，组织制定了《南方区域"
    "新能源参与电力市场交易实施方案（试行）》（见附件），现印发实施，请"
    "遵照执行。南方能源监管局2025 年 12 月 19 日（主动公开）"
    "抄送：国家发展改革委价格司，国家能源局法改司、监管司。"
)
# nf-midlong-contract-supervision-2025 (heldout40) on one line
NUMBER_GLUED_BEFORE_OWN_NOTICE = (
    "— 1 —南方监能市场〔2025〕142 号关于加强辖区中长期批发"
    "交易合同签约履约监管的通知广州电力交易中心，广东、广西、海南电力交易"
    "中心，各有关发电企业、售电公司和电力批发用户：为落实《国家发展改"
    "革委 国家能源局关于做好 2026 年电力中长期合同签约履约工作"
    "的通知》（发改运行〔2025〕1502 号）要求，现就加强辖区中长"
    "期批发交易签约履约监管有关事项通知如下。一、依法合规参与电力中长期"
    "交易各发电企业、售电公司和电力批发用户要充分认识中长期合同高比例签约的重要意义。"
)


def test_a_number_glued_before_the_notice_title_is_its_number_not_its_issuer() -> None:
    # NUMBER_BEFORE_NOTICE_TITLE: before, issuer "南方监能市场〔2025〕146 号", no 文号; the number before the title
    meta = guess_meta(NUMBER_GLUED_BEFORE_TITLE, "stem", SHA)
    assert meta.doc_number == "南方监能市场〔2025〕146号"
    assert "〔" not in meta.issuer
    own = guess_meta(NUMBER_GLUED_BEFORE_OWN_NOTICE, "stem", SHA)
    assert own.title == "关于加强辖区中长期批发交易合同签约履约监管的通知"
    assert own.doc_number == "南方监能市场〔2025〕142号"


def test_a_signature_in_a_run_keeps_its_dates_gaps_and_disclosure_note() -> None:
    # SIGNED_IN_RUN_WITH_GAPS: "南方能源监管局2025 年 12 月 19 日（主动公开）" after the issuing sentence
    meta = guess_meta(NUMBER_GLUED_BEFORE_TITLE, "stem", SHA)
    assert meta.issuer == "国家能源局南方监管局"
    assert meta.issued == "2025-12-19"


# gx-performance-risk-guide-2023 (heldout40) on one line
RED_HEAD_WITH_GAP = (
    "广西电力交易中心有限责任公司文件桂电交易〔2023〕137 号关"
    "于印发《广西电力市场履约风险管理工作指引》的通知各相关市场成员："
    "为规范广西电力市场履约风险管理，我中心组织编制了《广西电力市场履约风险管理工作指引》。现予以印发，请遵照执行。"
)
# hn-grid-safety-2025 (heldout40): a PDF whose red head of two bodies, with one 文件 between, ran onto one line
RED_HEAD_OF_TWO = (
    "—1—\n国家能源局南方监管局文件海南省发展和改革委员会南方监能"
    "安全〔2025〕84号国家能源局南方监管局海南省发展和改革委员会"
    "关于提升海南省新能源和新型并网主体涉网安全能力的通知各市"
    "、县发展改革委，各有关电力企业、各有关并网主体：为贯彻落实"
    "《国家能源局关于提升新能源和新型并网主体涉网安全能力服务新型电"
    "力系统高质量发展的通知》（国能发安全〔2024〕79号）要求，"
    "进一步提升海南省新能源和新型并网主体涉网安全能力，现就有关事项通知如下。\n"
)


def test_a_glued_red_head_keeps_its_numbers_gap_and_its_two_bodies() -> None:
    # GLUED_RED_HEAD_GAPS: before, issuer "广西电力交易中心有限责任公司文件桂电交易〔2023〕137 号" and no 文号;
    # "国家能源局南方监管局文件海南省发展和改革委员会"
    gapped = guess_meta(RED_HEAD_WITH_GAP, "stem", SHA)
    assert gapped.issuer == "广西电力交易中心有限责任公司"
    assert gapped.doc_number == "桂电交易〔2023〕137号"
    assert guess_meta(RED_HEAD_OF_TWO, "stem", SHA).issuer == "国家能源局南方监管局、海南省发展和改革委员会"


# gd-pumped-storage-market-2024 (heldout33): the page's <title> line over its breadcrumb, then the notice
SITE_BEFORE_HEADLINE = (
    "广东省发展和改革委员会 - 广东省能源局 国家能源局南方监管局关于印发广东省抽水蓄能参与电力市场交易实施方案的通知\n"
    "返回主站\n您所在的位置：\n首页\n>\n广东省能源局\n>\n通知公告\n"
    "广东省能源局 国家能源局南方监管局关于印发广东省抽水蓄能参与电力市场交易实施方案的通知\n"
    "信息来源：省能源局电力处\n时间：2024-07-17 17:28:30\n"
    "各地级以上市发展改革局（委），广东电力交易中心、广东省电力调度中心，各电力市场成员：\n"
    "为贯彻落实国家和省关于电力市场化改革的部署要求，我们研究制定了《广东省抽水蓄能参与电力市场交易实施方案》，"
    "现印发给你们，请认真组织实施。\n广东省能源局 国家能源局南方监管局\n2024年7月9日\n"
    "广东省抽水蓄能参与电力市场交易实施方案\n为贯彻落实国家关于电力市场化改革的部署要求，制定本方案。\n"
)


def test_a_sites_name_before_the_page_headline_is_no_issuer() -> None:
    # SITE_BEFORE_HEADLINE: before, issuer "广东省发展和改革委员会 - 广东省能源局 国家能源局南方监管局"
    meta = guess_meta(SITE_BEFORE_HEADLINE, "stem", SHA)
    assert meta.issuer == "广东省能源局 国家能源局南方监管局"
    assert meta.title == "广东省抽水蓄能参与电力市场交易实施方案"


# nat-healthreform-tasks-2016 (heldout36) on one line: the 国务院办公厅's notice without its headline
SIGNED_THEN_NAMED = (
    "各省、自治区、直辖市人民政府，国务院有关部门：《深化医药卫生体制改革2016年重点工作任务》已经国务院同意，现印发给你们，"
    "请结合实际，认真组织实施。国务院办公厅2016年4月21日深化医药卫生体制改革2016年重点工作任务新一轮医改启动以来，"
    "在党中央、国务院的正确领导下，各地区、各有关部门协力同心推进改革，顶层设计不断完善。"
)
# nat-health-poverty-12fyp-2012 (heldout36) on one line: unsigned, dated in Chinese numerals
DATED_THEN_NAMED = (
    "各省、自治区、直辖市卫生厅局，新疆生产建设兵团及计划单列市卫生局：为贯彻落实《中国农村扶贫开发纲要（2011-2020年）》，"
    "指导各地卫生部门在“十二五”期间开展卫生扶贫工作，我部研究制定了《“十二五”期间卫生扶贫工作指导意见》。现印发给你们，"
    "请遵照执行。二〇一二年七月四日“十二五”期间卫生扶贫工作指导意见为贯彻落实《中国农村扶贫开发纲要（2011-2020年）》"
    "（以下简称《纲要》），现对“十二五”时期卫生扶贫工作提出以下意见。"
)


def test_a_signature_run_into_the_title_it_named_gives_the_title() -> None:
    # SIGNED_THEN_NAMED: before, both were titled by their file's stem
    meta = guess_meta(SIGNED_THEN_NAMED, "stem", SHA)
    assert (meta.title, meta.issuer, meta.issued) == (
        "深化医药卫生体制改革2016年重点工作任务",
        "国务院办公厅",
        "2016-04-21",
    )
    dated = guess_meta(DATED_THEN_NAMED, "stem", SHA)
    assert (dated.title, dated.issued) == ("“十二五”期间卫生扶贫工作指导意见", "2012-07-04")


# gz-startup-loan-faq-2025 (heldout23) on one line: the page's date field runs on into its source field
DATE_RUN_ON = (
    "创业担保贷款常见问题-广州市人力资源和社会保障局网站发布日期：2025-11-18来源："
    "市人力资源社会保障局  市劳动就业服务管理中心"
    "**一、创业担保贷款申请对象有哪几类？**答：创业担保贷款申请对象分别是个人借款人和小微企业借款人。"
)


def test_a_date_field_run_on_into_the_next_field_keeps_its_date() -> None:
    # DATE_VALUE_RUN_ON: before, undated ("2025-11-18来源：…" is no date), and so without years
    assert metadata_table(DATE_RUN_ON)["published"] == "2025-11-18"
    assert guess_meta(DATE_RUN_ON, "stem", SHA).start_year == 2025


# sx-special-teacher-nomination-2009 (heldout37): the date line stands unsigned under the annex list, a school's note
# below it, then the 版记
PRINTED_ONLY = (
    "绍兴市教育局关于做好浙江省第十批“浙江省特级教师”推荐工作的通知\n各县（市、区）教育局、市属学校：\n"
    "根据浙教人〔2009〕206号文件，省教育厅决定于2010年评选第十批浙江省特级教师。为做好我市的推荐工作，现将有关事项通知如下：\n"
    "一、指导思想\n以科学发展观为指导。\n附件：1．《各县（市、区）第十批省特级教师推荐人选名额分配表》\n"
    "二○○九年十二月二十四日\n符合条件的老师，请把你的资料按要求整理好，在2010年1月8日前交校办。\n\n抄送：市府办\n\n"
    "绍兴市教育局办公室 2009年12月24日印发\n\n（共印20份）\n"
)


def test_the_printing_offices_date_dates_a_notice_nothing_else_dates() -> None:
    # PRINTED_ON: before, issued ""
    assert guess_meta(PRINTED_ONLY, "stem", SHA).issued == "2009-12-24"


# jx-health-in-all-policies-2025 (heldout30): the portal's table, its letter-spaced labels' space kept as a tab
TAB_SPACED = (
    "索 引 号： \t014500810/2025-00821\n发文机关： \t江西省人民政府办公厅\n文 \t号： \t赣府厅发〔2025〕6号\n"
    "成文日期： \t2025-04-03\n"
)


def test_a_label_split_by_a_tab_is_read_whole() -> None:
    # TAB_SPACED_LABEL: before, no 文号 read; on one line the issuer "江西省人民政府办公厅文"
    assert metadata_table(TAB_SPACED)["doc_number"] == "赣府厅发〔2025〕6号"
    glued = metadata_table(TAB_SPACED.replace("\n", ""))
    assert (glued["issuer"], glued["doc_number"]) == ("江西省人民政府办公厅", "赣府厅发〔2025〕6号")


# ordos-regional-coop-2025 (heldout35): a crawl that wrote the notice's line breaks as spaces, under a preview line
SIGNED_THEN_NAMED_SPACED = (
    "鄂府发〔2025〕8号 各旗区人民政府,市人民政府各部...\n"
    "鄂尔多斯市人民政府关于印发鄂尔多斯市区域合作深化行动方案的通知, 鄂府发〔2025〕8号 各旗区人民政府,市人民政府各部门,"
    "各直属单位,各大企事业单位: 《鄂尔多斯市区域合作深化行动方案》已经市人民政府2025年第8次常务会议审议通过,"
    "现印发给你们,请认真组织实施。 鄂尔多斯市人民政府 2025年3月21日 鄂尔多斯市区域合作深化行动方案 "
    "为全面贯彻落实党中央、国务院各项决策部署,以铸牢中华民族共同体意识为工作主线,制定本方案。"
    " 一、以互助共进为基础创新市域合作 (一)统筹旗区协同发展。各旗区立足地区实际,差异化定位、多元化布局、特色化发展,"
    "引导旗区间共建产业链,共享招商资源。(责任单位:市直相关部门,各旗区人民政府)"
)


def test_a_signature_in_a_run_of_spaces_gives_the_issuer() -> None:
    # SIGNED_THEN_NAMED with spaces: before, no issuer
    assert guess_meta(SIGNED_THEN_NAMED_SPACED, "stem", SHA).issuer == "鄂尔多斯市人民政府"


def test_a_tables_number_in_brackets_and_a_run_on_titles_tail_are_cut_off_the_number() -> None:
    # BRACKETED_TABLE_NUMBER (sc-ne-price-reform-2025 joined): before, "(川发改价格〔2025〕480号)"
    assert metadata_table("发文字号：\t(川发改价格〔2025〕480号)\n")["doc_number"] == "川发改价格〔2025〕480号"
    # NUMBER_TITLE_TAIL_CUT (jl-agri-modern-14 joined): before, "的通知吉政办发〔2021〕51号"
    run_on = (
        "吉林省人民政府办公厅关于印发吉林省“十四五”推进农业农村现代化规划的通知吉政办发〔2021〕51号各市(州)人民政府,"
        "长白山管委会,各县(市)人民政府,省政府各厅委办、各直属机构:现将《吉林省“十四五”推进农业农村现代化规划》印发给你们,"
        "请认真组织实施。"
    )
    assert guess_meta(run_on, "stem", SHA).doc_number == "吉政办发〔2021〕51号"
