"""fixmeta59 (session 45, round 59): metadata rules for faults round 59 showed, each with the real quote that motivated
it, shortened. Each test fails without its rule."""

from __future__ import annotations

from bench.one_line import one_line
from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# mee-overseas-projects-eco-guide-2022 (heldout59), a data-set cell: the two offices' red head, 文件 and the 文号 glued
# in front of the notice title
MEE_GUIDE = (
    "生态环境部办公厅商务部办公厅文件环办环评〔2022〕2号关于印发《对外投资合作建设项目生态环境保护指南》的通知"
    "各省、自治区、直辖市、计划单列市及新疆生产建设兵团生态环境部门、商务主管部门，有关中央企业：为深入贯彻习近平生态文明"
    "思想，生态环境部、商务部制定了《对外投资合作建设项目生态环境保护指南》。现印发给你们，请遵照执行。"
    "生态环境部办公厅商务部办公厅2022年1月5日（此件社会公开）"
    "对外投资合作建设项目生态环境保护指南第一条为指导企业贯彻生态文明理念，制定本指南。"
)

# dalian-housing-regulation-notice-2021 (heldout59): the portal's <title> (site, 文号 series, the repeal mark, the
# headline), its metadata block, the headline with the mark again
DALIAN = (
    "大连市人民政府 大政办发 [已废止]大连市人民政府办公室关于进一步加强房地产市场调控和监管工作的通知\n"
    "文件编号:\n大政办发〔2021〕31号\n发布机构:\n大连市政府办公室\n有效性:\n废止\n"
    "[已废止]大连市人民政府办公室关于进一步加强房地产市场调控和监管工作的通知\n"
    "各区市县人民政府、各先导区管委会，市政府各委办局、各直属机构，各有关单位：\n"
    "为深入贯彻党中央、国务院决策部署，经市政府同意，现将有关事宜通知如下：\n"
    "一、进一步严格限制新购住房上市交易\n"
    "凡在中山区、西岗区新购买住房的严格限制上市交易。（责任单位：市住房城乡建设局、市自然资源局）\n"
)
DALIAN_TITLE = "大连市人民政府办公室关于进一步加强房地产市场调控和监管工作的通知"

# luoyang-housing-18-measures-2022 (heldout59), a 财联社 page: the headline with a sub-headline after a space, the
# summary, the lead naming its source, 政策全文如下：, the measures without their title line
LUOYANG = (
    "洛阳出台18条房地产举措 贷款最低首付比例为20%\n"
    "洛阳出台18条举措，促进房地产市场持续平稳健康发展。\n"
    "财联社4月29日讯，从洛阳市政府办公室获悉，洛阳出台18条举措，促进房地产市场持续平稳健康发展。"
    "对贷款购买首套普通自住房的家庭，贷款最低首付比例为20%。\n"
    "政策全文如下：\n"
    "为认真贯彻落实党中央、国务院和省委、省政府决策部署，结合我市实际，现制定以下工作措施：\n"
    "一、综合评级企业，突出分类施策\n"
    "（一）依据企业综合评级实行差别化预售管理。根据房地产企业日常表现，评定为一级、二级和三级。\n"
    "本通知自2022年5月1日起施行，有效期2年。\n"
)

# bozhou-housing-finance-measures-2022 (heldout59), a city paper's page: the headline, a lead naming the measures in
# 《》, the measures right below
BOZHOU = (
    "公积金贷款最高50万，我市出台支持房地产发展政策\n"
    "近日，我市印发《关于加大对房地产业资金支持的若干措施》，支持商品房市场更好满足购房者的合理需求，"
    "因城施策促进房地产业良性循环和健康发展。\n"
    "一、加大对房地产企业的信贷支持力度。促进房地产企业贷款提质增效，办理时限缩短三分之一。\n"
    "二、降低首付比例和贷款利率。对贷款购买首套普通商品住房的家庭，贷款最低首付比例为20%。\n"
    "本措施自印发之日起实施，有效期至2022年12月31日。\n"
)
BOZHOU_TITLE = "关于加大对房地产业资金支持的若干措施"

# mee-cod-remover-huzhou-letter-2022 (heldout59), a data-set cell: the letter's headline glued to its addressees
MEE_COD = (
    "关于学习借鉴浙江湖州依法破获“COD去除剂”干扰在线监测数据案件经验做法 持续提升生态环境执法效能的函"
    "各省、自治区、直辖市生态环境厅（局），新疆生产建设兵团生态环境局：2021年1月，我部印发《关于优化生态环境保护执法"
    "方式提高执法效能的指导意见》以来，各地不断优化工作方式方法。现将湖州市有关经验做法通报如下，请在工作中参考借鉴。"
    "一、基本案情2021年5月，湖州市公安局发现某公司添加COD去除剂。生态环境部办公厅2022年2月24日（此件社会公开）"
)


def test_a_red_head_s_organs_end_at_the_file_word_before_the_number() -> None:
    # RED_HEAD_FILE_BEFORE_NUMBER: issuers "生态环境部办公厅商务部办公厅、环办" and 文号 "环评〔2022〕2号" before
    meta = guess_meta(MEE_GUIDE, "t", SHA)
    assert (meta.issuer, meta.doc_number) == ("生态环境部办公厅商务部办公厅", "环办环评〔2022〕2号")
    assert meta.title == "对外投资合作建设项目生态环境保护指南"


def test_an_inner_file_word_between_two_organs_still_parts_them() -> None:
    # GLUED_RED_HEAD_GAPS (hn-grid-safety-2025): the 文件 between two organs is followed by an organ's name, not a code
    text = (
        "国家能源局南方监管局文件海南省发展和改革委员会南方监能安全〔2025〕84号关于印发《某项工作方案》的通知"
        "各有关单位：现将《某项工作方案》印发给你们，请遵照执行。国家能源局南方监管局2025年3月1日"
    )
    meta = guess_meta(text, "t", SHA)
    assert meta.issuer == "国家能源局南方监管局、海南省发展和改革委员会"
    assert meta.doc_number == "南方监能安全〔2025〕84号"


def test_a_repeal_mark_and_the_page_s_words_before_it_are_no_part_of_the_title() -> None:
    # VALIDITY_MARK_BEFORE_HEADLINE: titled "大连市人民政府 大政办发 [已废止]…的通知" before, issuer likewise
    meta = guess_meta(DALIAN, "t", SHA)
    assert (meta.title, meta.issuer) == (DALIAN_TITLE, "大连市人民政府办公室")


def test_a_repeal_mark_before_the_headline_on_one_line_goes_too() -> None:
    meta = guess_meta(one_line(DALIAN), "t", SHA)
    assert (meta.title, meta.issuer) == (DALIAN_TITLE, "大连市人民政府办公室")


def test_a_news_page_printing_the_measures_in_full_is_the_measures() -> None:
    # NEWS_REPRINT, NEWS_SUBHEADLINE_BREAK, NEWS_SOURCE_ORGAN: the whole headline, an interpretation, no issuer before
    meta = guess_meta(LUOYANG, "t", SHA)
    assert (meta.title, meta.kind, meta.issuer) == ("洛阳出台18条房地产举措", "plan", "洛阳市政府办公室")


def test_a_news_page_whose_lead_names_the_measures_above_them_is_titled_by_that_name() -> None:
    # NEWS_REPRINT, NEWS_LEAD_ISSUED: titled by the news headline and read as an interpretation before
    meta = guess_meta(BOZHOU, "t", SHA)
    assert (meta.title, meta.kind) == (BOZHOU_TITLE, "plan")


def test_the_lead_glued_to_the_first_measure_on_one_line_still_shows_the_reprint() -> None:
    # NEWS_REPRINT_GLUED_PART: "…健康发展。一、加大…" (the headline stays a line of its own on the 亳州 page)
    text = BOZHOU.replace("健康发展。\n一、", "健康发展。一、")
    meta = guess_meta(text, "t", SHA)
    assert (meta.title, meta.kind) == (BOZHOU_TITLE, "plan")


def test_news_about_measures_that_does_not_print_them_stays_news() -> None:
    # the lead names the measures, the story goes on about them: no reprint, an interpretation under its headline
    text = BOZHOU.replace("一、加大对", "据介绍，加大对").replace("二、降低", "同时降低")
    meta = guess_meta(text, "t", SHA)
    assert (meta.title, meta.kind) == ("公积金贷款最高50万，我市出台支持房地产发展政策", "interpretation")


def test_a_letter_passing_on_a_place_s_experience_is_a_report() -> None:
    # EXPERIENCE_SHARED_TITLE: a plan for its 函 before
    assert guess_meta(MEE_COD, "t", SHA).kind == "report"
    plain = MEE_COD.replace("学习借鉴浙江湖州依法破获“COD去除剂”干扰在线监测数据案件经验做法 持续提升", "进一步提升")
    assert guess_meta(plain, "t", SHA).kind == "plan"


def test_a_portal_s_file_number_field_gives_the_number() -> None:
    # NUMBER_FIELD_FILE_NUMBER: a portal's 文件编号 field, the number's only place (none read on one line before)
    text = DALIAN.replace("[已废止]大连市人民政府办公室关于", "大连市人民政府办公室关于", 1)
    assert guess_meta(one_line(text), "t", SHA).doc_number == "大政办发〔2021〕31号"
    cell = "索引号:2102000003/2021-13983\n文件编号:\n大政办发〔2021〕31号\n发布机构:\n大连市政府办公室\n"
    assert guess_meta(cell + DALIAN.split("有效性:\n废止\n", 1)[1], "t", SHA).doc_number == "大政办发〔2021〕31号"


def test_measures_valid_until_a_year_without_a_date_of_issue_run_in_the_years_they_name() -> None:
    # VALID_UNTIL_UNDATED: no years before (no signature, 文号 or page date to count from)
    text = BOZHOU.replace("二、降低", "二、2022年1月5日疫情防控措施启动后，降低")
    meta = guess_meta(text, "t", SHA)
    assert (meta.start_year, meta.end_year) == (2022, 2022)
    later = BOZHOU.replace("有效期至2022年12月31日", "有效期至2024年12月31日")
    later = later.replace("二、降低", "二、2023年3月起，降低")
    meta = guess_meta(later, "t", SHA)
    assert (meta.start_year, meta.end_year) == (2023, 2024)


def test_an_interpretation_under_a_news_headline_is_no_reprint() -> None:
    # NEWS_REPRINT_COMMENTARY (wh-eco-14fyp-interp-2021): the lead names the plan, the parts explain it
    text = (
        "|\n【全文】\n"
        "政策解读丨市生态环境局主要负责人解读《威海市“十四五”生态环境保护规划》政策\n"
        "12月2日,市政府印发了《威海市“十四五”生态环境保护规划》（以下简称《规划》）。市政府新闻办举行新闻发布会。\n"
        "一、起草背景\n按照市委、市政府部署,市生态环境局牵头编制《规划》。\n"
    )
    assert guess_meta(text, "t", SHA).kind == "interpretation"
    plain_headline = text.replace(
        "政策解读丨市生态环境局主要负责人解读《威海市“十四五”生态环境保护规划》政策", "威海生态环境保护有了新蓝图"
    )
    assert guess_meta(plain_headline, "t", SHA).kind == "interpretation"
