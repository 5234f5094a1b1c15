"""Metadata guessed without a manifest: rounds 36 and 37's fixes (branch meta31, session 31), each with the excerpt it
was written from (texts as plankg reads them: a school portal's weekly study pages and a 健康扶贫 site's records)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# nat-health-poverty-12fyp-2012 (heldout36): the record starts at the recipients; the issuing sentence opens with the
# outline it serves and names the guideline it issues
HEALTH_POVERTY_12FYP = (
    "各省、自治区、直辖市卫生厅局，新疆生产建设兵团及计划单列市卫生局，部预算管理单位，卫生部扶贫开发与对口支援工作领导小组"
    "成员单位：\n"
    "为贯彻落实《中国农村扶贫开发纲要（2011-2020年）》，指导各地卫生部门在“十二五”期间开展卫生扶贫工作，我部研究制定了"
    "《“十二五”期间卫生扶贫工作指导意见》。现印发给你们，请遵照执行。\n"
    "二〇一二年七月四日\n"
    "“十二五”期间卫生扶贫工作指导意见\n"
    "为贯彻落实《中国农村扶贫开发纲要（2011-2020年）》（以下简称《纲要》），努力完成中央确定的卫生扶贫工作任务，"
    "现对“十二五”时期卫生扶贫工作提出以下意见。\n"
    "一、指导思想\n"
    "以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观。\n"
)


def test_a_document_the_issuing_sentence_serves_is_cited_not_issued() -> None:
    # CITED_FOR_PURPOSE: before, both 《》 titles counted as issued, and the text kept its file name as its title
    meta = guess_meta(HEALTH_POVERTY_12FYP, "nat-health-poverty-12fyp-2012", SHA)
    assert meta.title == "“十二五”期间卫生扶贫工作指导意见"
    assert (meta.period, meta.start_year, meta.end_year) == ("十二五", 2011, 2015)


# nat-party-discipline-rules-2018 (heldout37): the week's tag, the title and its revision line, no issuer printed
DISCIPLINE_RULES = (
    "每周一学（2021年10月18日—24日）\n"
    "中国共产党纪律处分条例\n"
    "（2018年修订，自2018年10月1日起施行）\n"
    "第一编 总则\n"
    "第一章 指导思想、原则和适用范围\n"
    "第一条 为了维护党章和其他党内法规，严肃党的纪律，纯洁党的组织，保障党员民主权利，制定本条例。\n"
)


def test_a_party_regulation_named_tiaoli_is_the_central_committees() -> None:
    # PARTY_REGULATION_ISSUER
    meta = guess_meta(DISCIPLINE_RULES, "nat-party-discipline-rules-2018", SHA)
    assert (meta.title, meta.issuer) == ("中国共产党纪律处分条例", "中共中央")


def test_a_regulation_of_another_body_takes_no_central_committee() -> None:
    # a province's regulation is no Party regulation: the rule does not name 中共中央 for it
    text = DISCIPLINE_RULES.replace("中国共产党纪律处分条例", "河北省文明行为促进条例")
    assert guess_meta(text, "x", SHA).issuer != "中共中央"


# nat-high-skill-talent-2022 (heldout36): the title line, then the 新华社 lead naming its issuers
HIGH_SKILL_TALENT = (
    "每周一学（2022年10月10日-10月16日）\n"
    "关于加强新时代高技能人才队伍建设的意见\n"
    "近日，中共中央办公厅、国务院办公厅印发了《关于加强新时代高技能人才队伍建设的意见》，并发出通知，"
    "要求各地区各部门结合实际认真贯彻落实。\n"
    "《关于加强新时代高技能人才队伍建设的意见》全文如下。\n"
    "技能人才是支撑中国制造、中国创造的重要力量。\n"
    "一、总体要求\n"
)


def test_the_issuers_a_release_lead_names_for_the_titled_document() -> None:
    # LEAD_ISSUED_DOCUMENT
    meta = guess_meta(HIGH_SKILL_TALENT, "nat-high-skill-talent-2022", SHA)
    assert meta.title == "关于加强新时代高技能人才队伍建设的意见"
    assert meta.issuer == "中共中央办公厅、国务院办公厅"


def test_a_lead_issuing_another_document_names_no_issuer_of_this_one() -> None:
    text = HIGH_SKILL_TALENT.replace("印发了《关于加强新时代", "印发了《关于深化新时代", 1)
    assert guess_meta(text, "x", SHA).issuer != "中共中央办公厅、国务院办公厅"


# nat-party-regulations-system-2021 (heldout37): the week's tag alone with a doubled dash, the cover's title, date and
# issuer in one paragraph
PARTY_REGULATIONS_SYSTEM = (
    "每周一学（2022年6月20日——6月26日）\n"
    "中国共产党党内法规体系（二〇二一年七月）中共中央办公厅法规局\n"
    "前 言\n"
    "2021年7月1日，习近平总书记在庆祝中国共产党成立100周年大会上宣布，我们党已经“形成比较完善的党内法规体系”。\n"
    "一、党内法规体系的发展历程\n"
)


def test_a_column_tag_alone_is_no_headline_and_a_cover_run_together_is_read() -> None:
    # COLUMN_TAG_LINE, BYLINED_COVER (glued), BYLINED_REPORT: before, the tag was the title of an interpretation
    meta = guess_meta(PARTY_REGULATIONS_SYSTEM, "nat-party-regulations-system-2021", SHA)
    assert (meta.title, meta.issuer, meta.kind) == ("中国共产党党内法规体系", "中共中央办公厅法规局", "report")
    assert meta.issued == "2022-06-20"  # the week the column ran it (COLUMN_WEEK_DATE, its dash doubled)


# nat-no1-document-2025 (heldout36): the page's headline after its tag, the document's own title over its date
NO1_DOCUMENT = (
    "每周一学（2025年3月3日-9日）中央一号文件\n"
    "中共中央 国务院关于进一步深化农村改革 扎实推进乡村全面振兴的意见\n"
    "（2025年1月1日）\n"
    "实现中国式现代化，必须加快推进乡村全面振兴。\n"
    "一、持续增强粮食等重要农产品供给保障能力\n"
)


def test_a_headline_naming_a_document_stays_over_the_documents_dated_cover() -> None:
    # BYLINED_COVER leaves a headline that is a document's name: the editions of the 中央一号文件 are found by it
    meta = guess_meta(NO1_DOCUMENT, "nat-no1-document-2025", SHA)
    assert meta.title == "中央一号文件"


# nat-covid-white-paper-part-2020 (heldout37): study-group lines and a news lead over the white paper's cover
COVID_WHITE_PAPER = (
    "【2020年6月学习材料】\n"
    "绍兴一中党委理论学习中心组学习材料第六专题\n"
    "《抗击新冠肺炎疫情的中国行动》白皮书（部分）\n"
    "国务院新闻办公室6月7日发布《抗击新冠肺炎疫情的中国行动》白皮书。\n"
    "抗击新冠肺炎疫情的中国行动\n"
    "（2020年6月）\n"
    "中华人民共和国\n"
    "国务院新闻办公室\n"
    "目录\n"
    "前言\n"
)


def test_a_white_papers_cover_gives_its_title_issuer_and_kind() -> None:
    meta = guess_meta(COVID_WHITE_PAPER, "nat-covid-white-paper-part-2020", SHA)
    assert (meta.title, meta.issuer, meta.kind) == ("抗击新冠肺炎疫情的中国行动", "国务院新闻办公室", "report")


# nat-eight-rules-experience-2025 (heldout37): the title, the organ's byline, the lead paragraph
EIGHT_RULES = (
    "党的十八大以来深入贯彻中央八项规定精神的成效和经验\n"
    "中央党的建设工作领导小组\n"
    "党的十八大以来，以习近平同志为核心的党中央不忘初心、牢记使命，以强烈的历史担当和顽强的意志品质，直面党面临的"
    "重大风险考验。\n"
    "一、举旗定向、领航掌舵\n"
)


def test_an_organs_byline_under_the_first_line_makes_its_report() -> None:
    # BYLINED_COVER, BYLINED_REPORT: before, read as a news report (an interpretation) with no issuer
    meta = guess_meta(EIGHT_RULES, "nat-eight-rules-experience-2025", SHA)
    assert (meta.issuer, meta.kind) == ("中央党的建设工作领导小组", "report")


def test_a_joint_signature_is_no_cover() -> None:
    # nat-illness-poverty-survey-2016 (heldout36): the notice's signers over its date are no title over a byline
    text = (
        "为贯彻落实中央扶贫开发工作会议精神，现就开展调查工作通知如下。\n"
        "附件：1.建档立卡农村贫困人口因病致贫因病返贫调查方案\n"
        "国家卫生计生委办公厅 人力资源社会保障部办公厅\n"
        "国务院扶贫办行政人事司\n"
        "2016年4月26日\n"
    )
    assert guess_meta(text, "x", SHA).title != "国家卫生计生委办公厅 人力资源社会保障部办公厅"


def test_a_subtitle_over_its_date_stays_in_the_headline() -> None:
    # nat-19th-congress-report-2017 (heldout): "——在…上的报告" over its date is the headline's second line
    text = (
        "决胜全面建成小康社会 夺取新时代中国特色社会主义伟大胜利\n"
        "——在中国共产党第十九次全国代表大会上的报告\n"
        "（2017年10月18日）\n"
        "同志们：\n"
    )
    assert guess_meta(text, "x", SHA).title.startswith("决胜全面建成小康社会")


# sx-special-teacher-nomination-2009 (heldout37): the page's title, then the notice's own headline that ends with it
SPECIAL_TEACHER = (
    "浙江省第十批“浙江省特级教师”推荐工作的通知\n"
    "绍兴市教育局关于做好浙江省第十批“浙江省特级教师”推荐工作的通知\n"
    "各县（市、区）教育局、市属学校：\n"
    "根据浙教人〔2009〕206号文件，省教育厅决定于2010年评选第十批浙江省特级教师。为做好我市的推荐工作，"
    "现将有关事项通知如下：\n"
    "一、指导思想\n"
)


def test_the_headline_below_that_ends_as_the_pages_title_is_the_title() -> None:
    # FULLER_RESTATED_HEADLINE
    meta = guess_meta(SPECIAL_TEACHER, "sx-special-teacher-nomination-2009", SHA)
    assert meta.title == "绍兴市教育局关于做好浙江省第十批“浙江省特级教师”推荐工作的通知"
    assert meta.issuer == "绍兴市教育局"


def test_an_interviews_speaker_starts_after_the_conjunction() -> None:
    # INTERVIEW_LEAD_CONJUNCTION: nat-party-political-building-2019 (heldout37) joined, the editor's note first
    text = (
        "【2019年4月学习材料】党的政治建设是党的根本性建设，决定党的建设方向和效果。本月推荐给各位党员与老师们的是"
        "《中共中央关于加强党的政治建设的意见》及中央办公厅负责人就《中共中央关于加强党的政治建设的意见》答记者问。"
        "为深入贯彻落实习近平新时代中国特色社会主义思想和党的十九大精神，现提出如下意见。"
    )
    meta = guess_meta(text, "x", SHA)
    assert meta.issuer == "中央办公厅"
    assert meta.title == "中央办公厅负责人就《中共中央关于加强党的政治建设的意见》答记者问"


def test_a_sites_dated_links_glued_before_the_headline_are_the_sites() -> None:
    # GLUED_DATED_LINK_RUN: zj-hs-curriculum-reform-2012 (heldout36) joined, titled by its first link before
    text = (
        "推荐阅读教育集团全体教职工大会通知[08-18]教学楼办公室调整公告（定）[08-12]关于开展6月支部主题党日活动的通知[06-29]"
        "绍兴市第一中学 2026年度“养新”党建活动方案[03-11]浙江省教育厅关于深化普通高中课程改革的通知各市、县（市、区）"
        "教育局：《浙江省深化普通高中课程改革方案》已经浙江省人民政府批准同意，将于2012年秋季开学在全省普通高中全面实施。"
    )
    meta = guess_meta(text, "x", SHA)
    assert (meta.title, meta.issuer) == ("浙江省教育厅关于深化普通高中课程改革的通知", "浙江省教育厅")


def test_the_fuller_headline_glued_after_the_pages_title_is_the_title() -> None:
    # FULLER_RESTATED_HEADLINE on one line (sx-special-teacher-nomination-2009 joined, heldout37)
    text = "".join(SPECIAL_TEACHER.splitlines())
    assert guess_meta(text, "x", SHA).title == "绍兴市教育局关于做好浙江省第十批“浙江省特级教师”推荐工作的通知"


def test_the_year_a_purpose_clause_names_for_the_notices_work() -> None:
    # PURPOSE_SUBJECT_YEAR: bj-health-title-exam-2016 (heldout37) starts at its lead, no date or 文号 of its own
    text = (
        "根据国家卫生计生委人才交流服务中心《关于2016年卫生专业技术资格考试考务工作安排的通知》（卫人才发【2016】第4号）"
        "文件精神，为做好2016年度卫生专业技术资格考试（以下简称考试）考务工作，现将有关事项通知如下：\n"
        "一、报名管理\n"
        "（一） 报名方式和时间：考试报名包括网上报名和现场确认两个阶段。\n"
    )
    meta = guess_meta(text, "x", SHA)
    assert (meta.start_year, meta.end_year) == (2016, 2016)


def test_a_motto_before_the_pages_title_is_no_fuller_headline() -> None:
    # sxyz-work-2009s2 (lineage26): the motto set before the title adds no issuer; the page's title stays the title
    text = (
        "绍兴一中2009学年第二学期工作思路\n"
        "创新管理共同发展 创优成绩全面提高——绍兴一中2009学年第二学期工作思路\n"
        "一、明确指导思想\n"
        "以科学发展观为指导，全面贯彻党的教育方针。\n"
    )
    assert guess_meta(text, "x", SHA).title == "绍兴一中2009学年第二学期工作思路"
