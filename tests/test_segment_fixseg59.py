"""Rules of fixseg59 (session 45): causes round 59 (heldout59) showed in headings - a notice's provisions of which a
few open with a short title among mostly untitled rules, entries whose title was read cut inside their first sentence
at a subject, a request opening with 请, and titles glued to a sentence that opens with a comparison or with 各-bodies
and a time in digits. Each excerpt is quoted (shortened) from round 59's texts (tests/realworld/texts); each test
fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.structure.segment import _sentence_opening
from plankg.schema import PlanMeta
from tests.segmenting import tree

NOTICE = PlanMeta(id="t", title="长沙市人民政府办公厅关于进一步加强房地产市场调控工作的通知")
# changsha-housing-regulation-notice-2018: ten provisions, each one paragraph; 一、/二、/四、 open with a short title
PROVISIONS = [
    "一、加强项目监管，加快房源入市。全面建立在建楼盘清单，按项目节点加快商品住房入市。在建楼盘已达到预售条件的，"
    "必须在 30日内办理预售许可。",
    "二、严格落实年度土地出让计划，优先保障住宅用地供应。住宅用地供应实行商品住宅用地和安居型住宅用地挂钩，"
    "安居型住宅用地占比不少于60% 。",
    "三、进一步加强商品住房（含新建商品住房和二手住房）购买资格审查，在我市限购区域（除浏阳市、宁乡市以外的"
    "行政区域）购买商品住房须符合以下规定：",
    "（一）本市户籍家庭在限购区域内已有2套及以上住房的，不得在限购区域内再购买商品住房。",
    "（二）本市户籍家庭在限购区域内已有1套住房的，取得不动产权属证书满4年后方可购买第2套商品住房。",
    "四、加强市外迁入人员户籍管理。严格户口迁入政策和落户条件，实行“一房一户”。",
    "五、严禁销售炒作，对参加楼盘摇号的人数应进行有效控制，优先限购区域内首套刚需购房者摇号、购房。"
    "严禁房地产开发企业以任何形式蓄客和收取认筹金。",
    "六、住房公积金缴存职工在限购区域内购买商品住房申请住房公积金贷款的，贷款额度与缴存额度严格挂钩，"
    "购买家庭第二套住房首付款比例不得低于60% 。",
    "七、加大对房地产开发企业的税务稽查力度，严厉打击房产中介机构和从业人员偷逃税行为。严格落实差别化税收政策，"
    "适当提高存量房交易个人所得税核定征收率。",
    "八、对符合我市人才引进条件的，其购房资格、住房公积金使用可不受上述限制，但须获得市组织人事部门的认定。",
    "九、各区县（市）人民政府和有关单位要加强楼盘销售监管，加大对房地产开发企业、中介机构及从业人员违法违规行为的"
    "查处力度，切实维护房地产市场秩序。",
    "十、本通知自2018年 6月 26日起施行。我市原有房地产市场调控措施与本通知不一致的，按本通知执行。",
]
HEAD = [
    "长沙市人民政府办公厅",
    "关于进一步加强房地产市场调控工作的通知",
    "各区县（市）人民政府，市直机关各单位：",
    "为保障刚性购房需求，遏制投机炒房，维护房地产市场秩序，促进房地产市场平稳健康发展，经市人民政府同意，"
    "现就有关事项通知如下：",
]


def test_a_notice_of_mostly_untitled_provisions_has_no_heading() -> None:
    # UNTITLED_NOTICE_PROVISIONS_MOSTLY: before, 一、二、四、五、六、七、八、 stood as level-1 headings (0.000)
    assert tree("\n".join([*HEAD, *PROVISIONS, "长沙市人民政府办公厅", "2018年6月25日"]), NOTICE) == []


def test_a_notice_of_mostly_titled_provisions_keeps_them() -> None:
    # heldout58: measures titled by one short sentence stay headings, even beside one-sentence rules
    titled = [
        "一、加强组织领导。各地要建立工作专班，明确责任分工，确保各项措施落地见效。",
        "二、强化资金保障。各级财政要统筹安排资金，支持项目建设，提高资金使用效益。",
        "三、加强督促检查。各地要定期开展督导检查，及时发现和解决问题，推动工作落实。",
        "四、本通知自印发之日起施行，有效期至2025年12月31日，由市住房和城乡建设局负责解释。",
        "五、各区县（市）人民政府和有关单位要加强楼盘销售监管，切实维护房地产市场秩序。",
    ]
    assert [number for _, number, _ in tree("\n".join([*HEAD, *titled]), NOTICE)][:3] == ["一、", "二、", "三、"]


def test_provisions_read_from_one_line_are_left_to_the_strict_rule() -> None:
    # only on lines: a notice read from one line shows no one-sentence paragraph (nat-eco-enforcement-list-2020's
    # provisions are heldout6 gold headings); read so the changsha provisions are judged by UNTITLED_NOTICE_PROVISIONS
    one_line = "".join([*HEAD, *PROVISIONS])
    assert any(number == "一、" for _, number, _ in tree(one_line, NOTICE))


SHOWCASE = PlanMeta(id="t", title="教育部办公厅关于组织开展2020年度军事课教学展示的通知")
# edu-military-course-showcase-2020: 四、有关要求 over three requirements, each one paragraph on its line
REQUIREMENTS = [
    "三、参加人员",
    "各省级教育行政部门组织行政区域内普通高等学校教师参加军事课教学展示项目。",
    "四、有关要求",
    "（一）军事课教学展示列入《2020年学生军事训练工作要点》，按年度持续举办，教学展示结果由教育部国防教育办公室"
    "予以公布，并在国家教育资源公共服务平台进行展示。因疫情防控要求，本次军事课教学展示采取录制微课视频等形式进行展示。",
    "（二）各省级教育行政部门要把军事课教学展示作为检验学生军事课教学效果，创新发展学生军事课教学形式、内容和方法的"
    "重要抓手，周密安排、科学筹划，确保工作有序开展。",
    "（三）请各省级教育行政部门于2020年12月14日前将加盖公章的报名表（见附件2）以书面和电子邮件形式报承办单位。"
    "部属各高等学校、部省合建各高等学校由省级教育行政部门汇总后报承办单位。",
    "军事课教学展示实施方案另行印发。",
]


def test_requirements_cut_at_their_subject_are_clauses() -> None:
    # SENTENCE_OF_CUT_TITLE, REQUEST_OPENING: before, （一）（二）（三） stood as level-2 headings, （二） titled
    # 各省级教育行政部门 (0.727)
    purpose = "全面贯彻党的教育方针，落实立德树人根本任务，提升青少年学生国防观念。"
    text = "\n".join(["一、主要目的", purpose, *REQUIREMENTS])
    assert tree(text, SHOWCASE) == [(1, "一、", "主要目的"), (1, "三、", "参加人员"), (1, "四、", "有关要求")]


def test_a_request_opens_a_sentence_not_a_title() -> None:
    # REQUEST_OPENING: 请 opens a request; 请示 opens a title
    assert _sentence_opening("请各省级教育行政部门于2020年12月14日前将报名表报承办单位")
    assert not _sentence_opening("请示报告制度")


LETTER = PlanMeta(id="t", title="关于学习借鉴浙江湖州依法破获“COD去除剂”干扰在线监测数据案件经验做法的函")


def test_a_comparison_opens_the_sentence_glued_to_a_title() -> None:
    # INLINE_LEAD_WORDS 相较于 (mee-cod-remover-huzhou-letter-2022, a one-line cell): before, 二、 was titled by the
    # first 60 characters of its paragraph
    text = (
        "各省、自治区、直辖市生态环境厅（局）：现将浙江省湖州市查办环境违法犯罪案件的做法、经验和启示印发给你们，"
        "请在工作中参考借鉴。一、案件查处过程2021年1月，生态环境部公开通报陕西神木污水处理厂使用“COD去除剂”"
        "干扰在线监测数据违法案件，要求各地以案为鉴，依法严惩类似违法行为。二、违法案件的特点分析相较于过去简单粗暴地"
        "断开采样管路、破坏在线监测设施等违法手段，通过投加“COD去除剂”干扰在线监测数据更具有隐蔽性，且不易察觉，"
        "成为一些不法企业逃避监管、赚取非法利益的“潜规则”。三、经验总结及下步工作要求各地要认真学习借鉴湖州经验。"
    )
    assert (1, "二、", "违法案件的特点分析") in tree(text, LETTER)


PILOT = PlanMeta(id="t", title="关于开展生态环境遥感监测试点工作的通知")


def test_bodies_with_a_time_in_digits_open_the_sentence_glued_to_a_title() -> None:
    # EACH_BODY_TIME_DIGITS (mee-eco-remote-sensing-pilot-2019, a one-line cell): before, （三） was titled
    # 信息和成果报送各试点地区
    text = (
        "各有关省、自治区、直辖市生态环境厅（局）：为推进生态环境遥感监测工作，现就有关事项通知如下：一、试点范围"
        "河北省、山西省等地区。五、工作要求（一）职责分工生态环境遥感监测试点工作由生态环境监测司统一组织，"
        "卫星环境应用中心负责技术指导，各相关试点地区按照试点目的和内容，结合本地实际，制定试点方案，有侧重地选择"
        "不同领域开展试点工作。（二）组织保障各试点地区应加强组织协调，强化人员配备和资金保障，将试点工作纳入地方"
        "年度财政预算和生态环境保护规划。（三）信息和成果报送各试点地区在试点工作开展1个月内将联系人信息表（见附件）"
        "和试点方案报送我部。试点期间，每年12月底向我部报送阶段工作进展。"
    )
    assert (2, "（三）", "信息和成果报送") in tree(text, PILOT)
