"""Metadata guessed without a manifest: session 32's fixes (branch meta40), each with the excerpt it was written from
(texts as plankg reads them, or as a crawl that lost the line breaks reads them: bench/one_line.py)."""

from __future__ import annotations

from bench.eval_metadata import documents, score
from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# zj-exam-item-writing-contest-2026 (heldout38): a school page reposting the province's plan under "转发"
REPOSTED_PLAN = (
    "推荐阅读\n"
    "关于2026年“名师激励”岗位考核激励资深班主任人员名单…[08-18]\n"
    "2026 年全市高中学校教师学科综合素养比武方案（转发）[07-07]\n"
    "关于2026年“名师激励”岗位考核激励人员名单及结果公示[08-15]\n"
    "关于配合完成教育部“县域普通高中振兴行动计划”线上问…[07-06]\n"
    "物理组外出参加培训活动的通知[04-14]\n"
    "关于历史教研活动的通知[05-08]\n"
    "英语教研活动通知[04-14]\n"
    "转发2026年浙江省省级职工职业技能竞赛高中学科教师命题能力赛项实施方案\n"
    "为深入贯彻《教育强国建设规划纲要（2024—2035 年）》精神，落实国家深化教育教学改革，特制定本方案。\n"
    "**一、竞赛组织**\n"
    "2026 年浙江省省级职工职业技能竞赛高中学科教师命题能力赛项由省教育厅和省总工会联合举办。\n"
)


def test_a_reposted_plan_is_titled_without_the_repost_mark() -> None:
    # REPOSTED_HEADLINE: before, the page's "转发" stood in the title
    meta = guess_meta(REPOSTED_PLAN, "zj-exam-item-writing-contest-2026", SHA)
    assert meta.title == "2026年浙江省省级职工职业技能竞赛高中学科教师命题能力赛项实施方案"


def test_a_repost_mark_after_the_title_is_dropped_too() -> None:
    text = "全市高中学校教师学科综合素养比武方案（转发）\n为提升教师学科综合素养，特制定本方案。\n一、比武内容\n"
    assert guess_meta(text, "stem", SHA).title == "全市高中学校教师学科综合素养比武方案"


def test_a_forwarding_notice_keeps_its_own_words() -> None:
    # NOTICE_TITLE, not REPOSTED_HEADLINE: the notice that forwards is a document of its own, titled by what it issues
    text = (
        "转发省发展改革委关于印发《浙江省节能降碳行动方案》的通知\n"
        "各区、县（市）人民政府：\n现将《浙江省节能降碳行动方案》转发给你们。\n"
    )
    assert not guess_meta(text, "stem", SHA).title.startswith("转发")
    assert guess_meta(text, "stem", SHA).title != "省发展改革委关于印发《浙江省节能降碳行动方案》的通知"


# nat-labor-education-2020 (heldout36) crawled onto one line: the bold lines are the only breaks left
BOLD_LINES_GLUED = (
    "【2020年3月学习材料】绍兴一中党委理论学习中心组学习材料第三专题（3月份党员学习推荐资料）**中共中央 国务院**"
    "**关于全面加强新时代大中小学劳动教育的意见**来源：共产党员网为构建德智体美劳全面培养的教育体系，现就加强新时代大中小学"
    "劳动教育提出如下意见。**一、充分认识新时代培养社会主义建设者和接班人对加强劳动教育的新要求**（一）重大意义。劳动教育是"
    "中国特色社会主义教育制度的重要内容。"
)


def test_a_one_line_crawl_is_read_by_its_bold_lines_when_it_gives_no_title() -> None:
    # GLUED_BOLD_LINES: before, the text kept its file name as its title and no issuer
    meta = guess_meta(BOLD_LINES_GLUED, "nat-labor-education-2020", SHA)
    assert meta.title == "中共中央 国务院关于全面加强新时代大中小学劳动教育的意见"
    assert meta.issuer == "中共中央 国务院"


def test_a_one_line_crawl_titled_as_it_stands_keeps_its_reading() -> None:
    # gz-unemployment-faq-2025 on one line: its headline is read off the line before the page's field; the bold
    # sub-heading after it does not cut the line short
    text = (
        "广州市失业保险常见问题解答（2025年11月版）来源：广州市人力资源和社会保障局搜索**一、领取失业保险金需要符合什么条件？**"
        "失业人员同时符合下列条件的，可以领取失业保险金，并按照规定享受其他失业保险待遇：（一）失业前用人单位和本人已经缴纳失业"
        "保险费累计满一年。"
    )
    assert guess_meta(text, "gz-unemployment-faq-2025", SHA).title == "广州市失业保险常见问题解答（2025年11月版）"


def test_an_issuer_the_entry_says_is_not_printed_is_not_scored() -> None:
    # NOT_PRINTED_FIRST: "not printed (a 长顺县 briefing of the provincial policy)" was scored against its words
    rows = {r.doc: r for r in (score(doc) for doc in documents("heldout39"))}
    assert rows["gz-changshun-education-aid-2017"].issuer == "-"
    assert rows["gz-changshun-deep-poverty-xi-2017"].issuer == "-"


# nat-cadre-files-regulation-2018 (heldout38) crawled onto one line: the release's headline glued to its lead
RELEASE_GLUED_TO_LEAD = (
    "中共中央办公厅印发《干部人事档案工作条例》近日，中共中央办公厅印发了《干部人事档案工作条例》，并发出通知，要求各地区各部门"
    "认真遵照执行。通知指出，《条例》全面贯彻习近平新时代中国特色社会主义思想和党的十九大精神。《干部人事档案工作条例》全文如下。"
    "第一章 总则第一条 为了坚持党管干部原则，建立健全干部人事档案工作制度，制定本条例。"
)


def test_a_release_headline_glued_to_its_lead_titles_the_document_it_issues() -> None:
    # GLUED_RELEASE_LEAD: before, the title ran on into the lead, "干部人事档案工作条例》近日，中共中央办公厅印发了…"
    meta = guess_meta(RELEASE_GLUED_TO_LEAD, "nat-cadre-files-regulation-2018", SHA)
    assert meta.title == "干部人事档案工作条例"
    assert meta.issuer == "中共中央办公厅"


def test_measures_on_a_cover_of_their_own_are_a_plan_titled_so() -> None:
    # MEASURES_TITLE_END: before, the cover line was no headline and the text was read as a news report (an
    # interpretation) headlined by it; bj-hydrogen-measures-2024's title, the page's notice left out
    text = "北京市关于支持氢能产业发展的若干政策措施（修订版）\n为加快氢能产业发展，制定以下措施。\n一、支持技术攻关\n"
    meta = guess_meta(text, "stem", SHA)
    assert (meta.title, meta.kind) == ("北京市关于支持氢能产业发展的若干政策措施（修订版）", "plan")


def test_a_task_list_and_a_framework_are_plans() -> None:
    tasks = "深化医药卫生体制改革2016年重点工作任务\n新一轮医改启动以来，各地区协力推进改革。\n一、深化公立医院改革\n"
    assert guess_meta(tasks, "stem", SHA).kind == "plan"
    framework = "矿山智能化标准体系框架\n为加快推进矿山智能化建设，制定本框架。\n1 总体要求\n"
    assert guess_meta(framework, "stem", SHA).kind == "plan"


def test_a_bare_heading_of_measures_is_no_title() -> None:
    # only after words of its own: "保障措施" alone heads a plan's part
    text = "保障措施\n各地要加强组织领导，确保各项任务落实。\n"
    assert guess_meta(text, "stem", SHA).title != "保障措施"


# nat-high-skill-talent-2022 (heldout36) crawled onto one line: the 新华社 lead glued to the title it names
LEAD_GLUED_TO_TITLE = (
    "每周一学（2022年10月10日-10月16日）**关于加强新时代高技能人才队伍建设的意见**近日，中共中央办公厅、国务院办公厅印发了"
    "《关于加强新时代高技能人才队伍建设的意见》，并发出通知，要求各地区各部门结合实际认真贯彻落实。《关于加强新时代高技能人才"
    "队伍建设的意见》全文如下。技能人才是支撑中国制造、中国创造的重要力量。"
)


def test_a_lead_glued_to_the_title_names_its_issuers() -> None:
    # LEAD_AFTER_GLUED_TITLE: before, the lead had to start a line or follow a 。, and no issuer was read
    meta = guess_meta(LEAD_GLUED_TO_TITLE, "nat-high-skill-talent-2022", SHA)
    assert meta.title == "关于加强新时代高技能人才队伍建设的意见"
    assert meta.issuer == "中共中央办公厅、国务院办公厅"


# a saved portal page: its accessibility bar, one item a line, above the notice's headline
NOTICE_UNDER_PAGE_BAR = (
    "跳转到主要内容\n无障碍浏览\n长者模式\n"
    "国务院办公厅关于印发深化医药卫生体制改革2016年重点工作任务的通知\n"
    "各省、自治区、直辖市人民政府，国务院有关部门：\n"
    "《深化医药卫生体制改革2016年重点工作任务》已经国务院同意，现印发给你们，请结合实际，认真组织实施。\n"
    "国务院办公厅\n2016年4月21日\n"
    "深化医药卫生体制改革2016年重点工作任务\n"
    "新一轮医改启动以来，在党中央、国务院的正确领导下，各地区协力推进改革。\n"
    "一、全面深化公立医院改革\n"
)


def test_a_page_bar_over_a_headline_naming_its_issuer_is_no_part_of_the_issuer() -> None:
    # ISSUER_NAMED_HEADLINE: before, the bar's items were joined to the headline and read into the issuer
    # ("长者模式国务院办公厅")
    meta = guess_meta(NOTICE_UNDER_PAGE_BAR, "stem", SHA)
    assert meta.title == "深化医药卫生体制改革2016年重点工作任务"
    assert meta.issuer == "国务院办公厅"
    bar, menu_items = "跳转到主要内容\n无障碍浏览\n长者模式\n", "首页\n机构\n新闻\n政策\n服务\n数据\n国情\n"
    menu = NOTICE_UNDER_PAGE_BAR.replace(bar, menu_items)
    assert guess_meta(menu, "stem", SHA).issuer == "国务院办公厅"


def test_joint_issuers_a_line_each_stay_joined() -> None:
    text = (
        "国家发展改革委\n国家能源局关于印发新型储能发展实施方案的通知\n"
        "各省、自治区：\n现将《新型储能发展实施方案》印发给你们。\n"
    )
    assert guess_meta(text, "stem", SHA).issuer == "国家发展改革委国家能源局"
