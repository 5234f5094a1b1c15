"""Session 40's heading rules (fixseg54, round 54). Each excerpt is quoted from the development texts
(tests/realworld/texts, as plankg reads them); each test fails on the code before the rule it names."""

from __future__ import annotations

from bench.one_line import one_line
from plankg.loaders.rules.structure import CHAPTER_DESCRIBED, UNIT_TAG_LINE
from plankg.loaders.structure.headings import is_unnumbered_heading
from plankg.schema import PlanMeta
from tests.segmenting import tree

WEAPONS = PlanMeta(id="t", title="国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知")
# nat-abandoned-chemical-weapons-notice-1996 (heldout54), shortened: three untitled provisions, no heading
WEAPONS_NOTICE = "\n".join(
    [
        "国办发〔1996〕25号",
        "",
        "日本军国主义在侵华战争中，公然违背国际法准则，使用化学武器，毒害中国军队和无辜民众。"
        "为彻底消除这一威胁我国生态环境和人民生命安全的隐患，必须进一步加强调查取证和有关管理工作，现通知如下：",
        "",
        "一、日军遗弃化学武器是历史遗留问题，敏感性、专业性较强，情况复杂。因此，这项工作由外交部和总参谋部统一归口管理，"
        "有关省、自治区、直辖市及军区也要相应指定有关部门负责管理。",
        "",
        "二、要加强对日军遗弃化学武器的调查取证工作，设法查找日军在我国储存化学武器、部署化学部队等文件资料和战败时处理化学"
        "武器的命令、指示等资料。同时抓紧查找当年参与掩埋化学武器的当事者和目击者，了解日军掩埋化学武器的地点、数量等情况。",
        "",
        "上述调查取证工作中的情况，要及时上报。",
        "",
        "三、对已发现的日军遗弃的化学武器，其技术处理和有关管理工作由军队各级防化业务部门负责。对遗弃化学武器的埋藏点和保管点，"
        "要采取措施加强管理，完善设备，确保安全。",
        "",
        "国务院办公厅 中央军委办公厅",
        "",
        "一九九六年六月二十九日",
    ]
)

FUND = PlanMeta(id="t", title="安庆市住房公积金管理委员会关于调整住房公积金贷款有关政策的意见")
# aq-housing-fund-loan-opinion-2022 (heldout54), shortened
FUND_OPINION = "\n".join(
    [
        "安庆市住房公积金管理委员会关于调整住房公积金贷款有关政策的意见",
        "各县（市）、区人民政府，市政府各部门、各直属机构：",
        "为贯彻落实国家、省、市稳经济工作要求，结合我市实际，现就我市住房公积金贷款有关政策调整如下：",
        "一、提高住房公积金贷款最高额度，夫妻双方缴存住房公积金的最高贷款额度为 55 万元，单方缴存的为 45 万元。"
        "具体贷款额度与职工公积金月缴存额和还款能力挂钩。",
        "二、支持异地缴存职工来我市购买住房，缴存互通互认，连续缴存满 6 个月，可在我市申请住房公积金贷款。",
        "三、本意见自 2022 年 8 月 1 日起执行。",
        "",
        "安庆市住房公积金管理委员会",
        "2022 年 7 月 27 日",
    ]
)

DIVISION = PlanMeta(id="t", title="贯彻落实《高校思想政治工作质量提升工程实施纲要》部内分工方案")
# moe-ideological-work-division-2018 (heldout54), shortened: tasks with their lead and joining units on lines
DIVISION_PLAN = "\n".join(
    [
        "贯彻落实《高校思想政治工作质量提升工程实施纲要》部内分工方案",
        "为深入贯彻落实《高校思想政治工作质量提升工程实施纲要》提出的重点任务，现制定如下分工方案。",
        "一、工作分工",
        "（一）统筹推进课程育人",
        "6.加强教材使用和课堂教学管理，建立哲学社会科学专业核心课程教材目录，研制引进教材选用办法。",
        "牵头司局：教材局",
        "参加司局：职成司、高教司、社科司、研究生司",
        "7.制定高校课堂教学管理指导意见，明确课堂教学的纪律要求。",
        "牵头司局：高教司",
        "8.培育选树一批“学科育人示范课程”，建立一批“课程思政研究中心”。",
        "牵头司局：思政司",
        "参加司局：高教司、职成司、社科司",
        "（二）着力加强科研育人",
        "9.改进科研环节和程序，把思想价值引领贯穿选题设计、科研立项、项目研究、成果运用全过程。",
        "牵头司局：社科司、科技司",
        "10.完善科研评价标准，改进学术评价方法，健全具有中国特色的学术评价标准和科研成果评价体系。",
        "牵头司局：社科司、科技司",
        "参加司局：教师司",
    ]
)

# the same plan's first tasks (moe-ideological-work-division-2018), read inline: three of the sentences run past a
# heading's length
DIVISION_TASKS = "\n".join(
    [
        "贯彻落实《高校思想政治工作质量提升工程实施纲要》部内分工方案",
        "为深入贯彻落实《高校思想政治工作质量提升工程实施纲要》（教党〔2017〕62号）提出的重点任务，特制订本分工方案。",
        "一、工作分工",
        "（一）统筹推进课程育人",
        "1.深入推动习近平新时代中国特色社会主义思想进教材、进课堂、进头脑。",
        "牵头司局：社科司、教材局",
        "参加司局：职成司、高教司、民族司、思政司、研究生司、巡视办",
        "2.完善课程设置管理、课程标准和教案评价制度，实施高校课程体系和教育教学创新计划，推动面向全体学生开设提高思想品德、人文素养、认知能力的哲学社会科学课程，实施高校思想政治理论课建设"
        "体系创新计划。",
        "牵头司局：高教司",
        "参加司局：职成司、社科司、体卫艺司、研究生司、巡视办",
        "3.修订各类专业教材，加强课堂教学设计，推进马克思主义理论研究和建设工程教材、思想政治理论课统编教材编写修订。",
        "牵头司局：教材局",
        "参加司局：高教司、社科司、研究生司、巡视办",
        "4.研制课程育人指导意见，充分挖掘和运用各门课程蕴含的思想政治教育元素，作为教材讲义必要章节、课堂讲授重要内容和学生考核关键知识。",
        "牵头司局：思政司",
        "参加司局：教材局、职成司、高教司、社科司",
        "5.发挥专业教师课程育人的主体作用，健全课程育人管理、运行体制，将课程育人作为教师思想政治工作的重要环节，作为教学督导和教师绩效考核的重要方面。",
        "牵头司局：高教司",
        "参加司局：督导局、教师司",
        "6.加强教材使用和课堂教学管理，建立哲学社会科学专业核心课程教材目录，研制引进教材选用管理办法，建立国家教材建设奖励制度。",
        "牵头司局：教材局",
        "参加司局：职成司、高教司、社科司、研究生司",
    ]
)


def test_a_notices_untitled_provisions_are_no_headings() -> None:
    # UNTITLED_NOTICE_PROVISIONS: each of 一、…三、 opens straight with its provision, on lines and inline
    assert tree(WEAPONS_NOTICE, WEAPONS) == []
    assert tree(one_line(WEAPONS_NOTICE), WEAPONS) == []


def test_a_notices_titled_parts_stay_headings() -> None:
    text = WEAPONS_NOTICE.replace(
        "一、日军遗弃化学武器是历史遗留问题，敏感性、专业性较强，情况复杂。", "一、统一归口管理。"
    )
    text = text.replace(
        "二、要加强对日军遗弃化学武器的调查取证工作，", "二、加强调查取证。要加强对日军遗弃化学武器的调查取证工作，"
    )
    assert [title for _, _, title in tree(text, WEAPONS)][:2] == ["统一归口管理", "加强调查取证"]


def test_a_provision_taking_effect_from_a_date_is_a_clause() -> None:
    # ENTRY_INTO_FORCE_PROVISION: 起执行 as 起施行, on lines and inline
    assert tree(FUND_OPINION, FUND) == []
    assert tree(one_line(FUND_OPINION), FUND) == []


def test_a_tasks_unit_lines_are_no_headings() -> None:
    # UNIT_TAG_LINE: "牵头司局：高教司" right above the next task was read as a level-3 heading
    titles = [title for _, _, title in tree(DIVISION_PLAN, DIVISION)]
    assert not any(title.startswith(("牵头", "参加")) for title in titles)
    assert titles == ["工作分工", "统筹推进课程育人", "着力加强科研育人"]


def test_a_unit_label_alone_may_title_a_part() -> None:
    assert UNIT_TAG_LINE.match("责任单位及承办单位：市城管局、市供水公司") is not None
    assert UNIT_TAG_LINE.match("责任单位及承办科室") is None and is_unnumbered_heading("责任单位及承办科室")
    assert not is_unnumbered_heading("牵头司局：社科司、科技司")


def test_entries_cut_at_a_headings_length_go_with_their_untitled_list() -> None:
    # UNTITLED_ENTRY_CUT_AT_MAX: read inline, 2., 4. and 5. were cut at 60 characters and kept as headings
    titles = [title for _, _, title in tree(one_line(DIVISION_TASKS), DIVISION)]
    assert titles == ["工作分工", "统筹推进课程育人", "深入推动习近平新时代中国特色社会主义思想"]


READING = PlanMeta(id="t", title="《沈阳市物业服务企业和物业项目负责人信用信息管理办法》政策图文解读")
# sy-property-credit-rules-interp-2025 (heldout54), shortened: the reading tells what each chapter of the 办法 holds
READING_TEXT = "\n".join(
    [
        "《沈阳市物业服务企业和物业项目负责人信用信息管理办法》政策图文解读",
        "",
        "一、制定背景",
        "随着物业行业市场发展，我市现有900余家物业服务企业从事物业服务，物业服务企业管理水平参差不齐。",
        "二、主要内容",
        "《办法》共五章。",
        "第一章总则。明确了办法制定目的和依据、适用范围、定义条款、基本原则、管理主体和职责等。",
        "第二章信用信息内容。规定了信用信息基本信用信息内容、优良信用信息内容、不良信用信息内容。",
        "第三章信用信息归集、录入。明确了信用信息归集渠道、基本信用信息申报、信息变更、加分申报等流程。",
        "第四章信用记分、评级及管理。明确了信用分值产生方式、信用加分、重复加分、信用扣分录入等程序",
        "第五章附则。明确了项目负责人信用管理、政策调整、推荐应用、有效期等内容。",
        "",
        "三、工作目标",
        "此次《办法》的修订是在总结我市物业管理工作实际经验基础上开展的，着眼于解决物业行业的痛点、难点、堵点问题。",
    ]
)


def test_a_readings_note_on_a_chapter_is_no_heading() -> None:
    # CHAPTER_DESCRIBED: a chapter's name closed by 。 and 明确了… tells what the chapter holds
    assert [title for _, _, title in tree(READING_TEXT, READING)] == ["制定背景", "主要内容", "工作目标"]


def test_a_chapter_title_over_its_article_is_no_note() -> None:
    assert CHAPTER_DESCRIBED.match("总则。第一条为了规范物业服务企业信用信息管理，制定本办法。") is None
    assert CHAPTER_DESCRIBED.match("总则。明确了办法制定目的和依据") is not None


def test_a_notices_titles_with_marks_inside_their_brackets_stay_headings() -> None:
    # UNTITLED_NOTICE_PROVISIONS: wuzhou-ten-projects-2024-trad (heldout46 tasks), shortened; its 工程 are titled
    text = "\n".join(
        [
            "梧州市2024年市本级为民办实事“十大”工程",
            "今年市本級為民辦實事“十大”工程計劃項目主要實施內容如下：",
            "一、科教惠民工程(項目6個,其中基建工程類5個、“小而美”事項類1個)。主要是新建(改擴建)幼兒園35所、義務教育學校113所。",
            "二、就業社保惠民工程(項目3個,不涉及基建工程類,均為“小而美”事項類)。主要是開展金牌就業管家服務,全年舉辦400場招聘會。",
            "三、健康惠民工程(項目5個,其中基建工程類3個、“小而美”事項類2個)。主要是推進醫院建設,新增床位1000張。",
        ]
    )
    titles = [title for _, _, title in tree(text, PlanMeta(id="t", title="梧州市2024年市本级为民办实事“十大”工程"))]
    assert len(titles) == 3 and titles[0].startswith("科教惠民工程")
