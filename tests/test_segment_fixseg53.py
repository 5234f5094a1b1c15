"""Rules of fixseg53 (session 39): causes round 53 (heldout53) showed in headings."""

from __future__ import annotations

from plankg.schema import PlanMeta
from tests.segmenting import tree

# cs-hpf-policy-process-notice-2022 (heldout53): a scanned notice whose OCR layer reads each gap as a tab, the
# numeral of a part apart from its 、
OCR_GAPS = (
    "关于优化住房公积金业务政策和流程的 通知\n各有关单位：\n"
    "为全面落实“ 三 高四新” 战略定位 ， 现就优化住房公积金业务政策和流程通知如下:\n"
    "一\t、 贷款政策\n"
    "1、 我市住房公积金最高贷款额度提高至 70万元 ， 生育三 孩的职工 家庭住房公积金最高贷款额度提高至80 万元。\n"
    "2、 职工 家庭购买第二 套改善性 自住房， 首付款 比例不得低于购房 总价的 60%调整为 40%。\n"
    "二 、 提取政策\n"
    "提高租房提取金额。 职工 提取住房公积金支付房租， 每次提取金额不得超过近1 年的实际汇缴额。\n"
)


def test_an_ocr_gap_between_numeral_and_point_is_the_markers() -> None:
    # OCR_GAP_BEFORE_POINT
    assert tree(OCR_GAPS) == [(1, "一、", "贷款政策"), (1, "二、", "提取政策")]


# pt-medical-aid-rules-2012 (heldout53): a portal page crawled onto one line, the headline and a space before the
# first chapter, letter-spaced chapter titles, each a space before its first untitled article
ARTICLE = "医疗救助是指政府和社会对城乡经济困难家庭人员实施专项帮助和经济支持的一项社会救助制度。"
ONE_LINE_RULES = (
    "当前位置： 首页政务公开最新文件部门文件 平潭县城乡医疗救助实施办法 时间：2012-12-26 10:18 微信 微博 QQ空间 "
    "平潭县城乡医疗救助实施办法 第一章 总 则 第一条 根据《福建省城市医疗救助办法》(闽政[2009]22号)精神，"
    "结合我县实际，制定本实施办法。 "
    + " ".join(f"第{n}条 {ARTICLE * 5}" for n in "二三四五六七八九")
    + " 第二章 医疗救助对象 第十条 医疗救助对象为具有当地户籍、符合救助条件的城乡居民。 "
    + " ".join(f"第{n}条 {ARTICLE * 5}" for n in ("十一", "十二", "十三", "十四", "十五"))
    + " 第三章 附 则 第十六条 本实施细则适用于本县各乡镇，并报省民政厅备案。 第十七条 本办法自印发之日起执行。"
    " 来源：中国平潭 附件下载"
)


def test_a_first_chapter_after_the_headlines_space_opens_the_chapters() -> None:
    # SPACED_FIRST_CHAPTER, SPACED_ARTICLE_AFTER_CHAPTER
    meta = PlanMeta(id="t", title="平潭县城乡医疗救助实施办法")
    assert tree(ONE_LINE_RULES, meta) == [
        (1, "第一章", "总 则"),
        (1, "第二章", "医疗救助对象"),
        (1, "第三章", "附 则"),
    ]


# moe-worldskills-admission-notice-2020 (heldout53) joined: a notice of about a thousand characters on one line, its
# procedure's steps labelled "1.申请：…"
NOTICE_ON_ONE_LINE = (
    "教育部办公厅关于做好有关高校保送录取世界技能大赛获奖选手工作的通知教学厅〔2020〕3号各省、自治区、直辖市教育厅（教委）、"
    "招生考试机构：为贯彻落实《国家职业教育改革实施方案》，有关高校可对“世界技能大赛”获奖选手进行保送录取，进一步提升我国"
    "高素质技术技能人才培养水平和国际竞争力。现就有关工作要求通知如下。一、保送资格在世界技能大赛中获奖的中国国家代表队选手且符合以下条件者，"
    "具备保送至高校深造的资格。中职或高职在校生在其应届毕业当年获得保送资格。保送录取本科专业的高校限本科层次职业学校和应用型"
    "普通本科高校。二、保送程序1.申请：具有保送资格的中职毕业生须在其所在省（区、市）参加高考报名，向有关高校提出保送申请。"
    "具有保送资格的高职毕业生须在其所在省（区、市）参加专升本报名，向有关高校提出保送申请。2.考核：有关高校对申请保送的获奖"
    "学生进行资格审核，并根据学校选拔要求组织相关综合考核，免于技能考核。对申请攻读本科专业的中职毕业生，高校须增加文化课考核，"
    "确保学生具备接受高等教育的基本文化要求。3.录取：高校根据综合考核成绩确定拟录取保送生名单，在本校招生网站和我部“阳光高考”"
    "信息平台进行公示。经公示无异议的学生，高校联系有关省级教育行政部门或招生考试机构办理录取手续。4.培养：高校对录取的高职"
    "毕业生，可参照专升本学生培养方案，合理设置学制。三、工作要求1.加强报名资格审核。各高校要根据人力资源社会保障部公布的参赛"
    "选手获奖信息，结合选手高考或专升本报名信息，进行资格审核，严防冒名顶替现象发生。2.严格规范录取专业。高校应根据拟保送录取"
    "学生的专业、技能特长及参赛项目，安排至相同或相近的专业。相关专业计划纳入高校经主管部门核准备案的年度招生计划内。"
    "请各省、自治区、直辖市教育厅（教委）将本通知转发属地本科层次职业学校、应用型普通本科高校及高职院校。教育部办公厅2020年4月8日"
)


def test_a_short_notice_on_one_line_is_read_inline_whole() -> None:
    # WHOLE_BODY_LINE_UNSPLIT, INLINE_LABELLED_STEP
    meta = PlanMeta(id="t", title="教育部办公厅关于做好有关高校保送录取世界技能大赛获奖选手工作的通知")
    assert tree(NOTICE_ON_ONE_LINE, meta) == [
        (1, "一、", "保送资格"),
        (1, "二、", "保送程序"),
        (2, "1.", "申请"),
        (2, "2.", "考核"),
        (2, "3.", "录取"),
        (2, "4.", "培养"),
        (1, "三、", "工作要求"),
        (2, "1.", "加强报名资格审核"),
        (2, "2.", "严格规范录取专业"),
    ]


# wangjiang-eco-env-fyp14-2021 (heldout53): a repost that opens with the letter-spaced preface, then the plan's title
PREFACE_FIRST = (
    "前 言\n\n  望江县委、县政府历来高度重视生态环境保护工作。“十三五”以来,坚持以环境质量为统领,持续推进生态制度创新,"
    "大力发展生态经济,着力改善生态环境。\n\n"
    "  为切实做好望江县“十四五”生态环境保护工作,持续改善生态环境质量,制定本规划。\n\n"
    "  望江县生态环境保护“十四五”规划\n\n  一、“十三五”生态环境保护成就\n\n"
    "  “十三五”期间,全县生态环境质量持续改善,污染防治攻坚战阶段性目标任务圆满完成。\n\n"
    "  二、“十四五”面临的形势\n\n  “十四五”时期,生态环境保护仍处于压力叠加、负重前行的关键期。\n"
)


def test_a_preface_above_the_title_line_is_the_plans() -> None:
    # PREFACE_ABOVE_TITLE
    meta = PlanMeta(id="t", title="望江县生态环境保护“十四五”规划")
    assert tree(PREFACE_FIRST, meta) == [
        (1, "", "前 言"),
        (1, "一、", "“十三五”生态环境保护成就"),
        (1, "二、", "“十四五”面临的形势"),
    ]


# hi-hpf-downpayment-withdrawal-draft-2023 (heldout53) joined: a draft notice on one line, its last part the clause
# naming who interprets it
DRAFT_ON_ONE_LINE = (
    "海南省住房和城乡建设厅海南省住房公积金管理局关于提取住房公积金支付购买新建商品住房和保障性住房首付款的通知（征求意见稿）"
    "各市县住房和城乡建设局，各住房公积金直属管理局，各房地产开发企业，各住房公积金缴存人：为贯彻落实党的二十大精神,全面落实"
    "“租购并举”住房政策，切实减轻购买住房家庭支付购房首付款压力，结合我省实际，现就有关事宜通知如下：一、优化住房合同备案规定"
    "（一）各房地产开发企业（以下简称“开发商”），支持购房人使用住房公积金与自筹资金相结合的方式支付购房首付款。对购房人已在房屋"
    "买卖合同中约定上述付款方式的，开发商应予以签订合同并办理合同备案手续。（二）各市县住房和城乡建设部门，支持购房人使用住房"
    "公积金支付首付款，应予以办理合同备案手续。二、提取住房公积金支付购房首付款购房人及其配偶无未结清住房公积金贷款，在签订合同"
    "并办理备案后，可向我省住房公积金管理机构申请提取其住房公积金用于支付购房首付款。三、注销合同备案的工作要求（一）购房人及其"
    "配偶提取住房公积金支付购房首付款后，又注销合同备案的，应于注销合同备案之日起5个工作日内主动向公积金局申请退回已提取的住房"
    "公积金。（二）对注销合同备案且不按要求退回住房公积金的购房人（及其配偶）和开发商，公积金局将按信用评价管理办法进行评级管理。"
    "四、本通知由海南省住房公积金管理局负责解释；本通知未涉及的购房提取规定，仍按原购房提取相关规定办理；本通知自印发之日起实施。"
    "海南省住房和城乡建设厅    海南省住房公积金管理局2023年  月   日"
)


def test_an_interpreting_clause_read_inline_is_judged_before_its_cut() -> None:
    # CLAUSE_PROVISION_BEFORE_CUT
    meta = PlanMeta(id="t", title="关于提取住房公积金支付购买新建商品住房和保障性住房首付款的通知")
    numbers = [number for level, number, _ in tree(DRAFT_ON_ONE_LINE, meta) if level == 1]
    assert numbers == ["一、", "二、", "三、"]
