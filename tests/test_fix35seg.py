"""Round 35's headings (fix35seg, session 30): page openings from a policy site and a portal's listing page; then the
weakest split, round 29's second wave (heldout29): a catalogue's notes and a specification of clauses. Each excerpt is
quoted from the rounds' texts (tests/realworld/texts, shortened); each test fails on the code before the rule it
names, but for the guards that keep what the rule must leave."""

from __future__ import annotations

from plankg.loaders.structure.front_matter import find_front_matter
from plankg.schema import PlanMeta
from tests.segmenting import tree

# hl-gwr-tasks-2013: a 政府工作报告's division of tasks, the year's targets one sentence each with its lead units
WORK_REPORT_TASKS = (
    "黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见\n\n发布日期:2013-03-27    浏览次数:1\n\n"
    "各市(地)人民政府(行署),绥芬河市、抚远县人民政府,省政府各有关直属单位:\n\n"
    "  按照省委经济工作会议的部署和省政府第一次常务会议的要求,现就2013年《政府工作报告》确定的重点工作任务提出责任分工"
    "意见如下:\n\n"
    "  一、全省经济社会发展主要目标\n\n"
    "  (一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)\n\n"
    "  (三)全社会固定资产投资增长30%以上。(省发改委主办,省工信委、国土资源厅、住建厅、环保厅协办)\n\n"
    "  (四)规模以上工业增加值增长12%左右。(省工信委负责)\n\n"
    "  (五)社会消费品零售总额增长15%以上。(省商务厅负责)\n\n"
    "  (六)进出口总额增长8%左右。(省商务厅负责)\n\n"
    "  (七)城镇居民人均可支配收入、农民人均纯收入均增长12%以上。(省发改委、农委、统计局分别负责)\n\n"
    "  二、大力推进产业项目建设,促进结构优化升级和质量效益提升\n\n"
    "  (一)全力推进产业项目建设。\n\n"
)


def test_target_entries_naming_their_lead_units_are_list_items() -> None:
    # STATEMENT_LEAD_UNITS: before, the bracket after the 。 kept (一) and (三)…(七) as level-2 headings
    meta = PlanMeta(id="t", title="黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见")
    assert tree(WORK_REPORT_TASKS, meta) == [
        (1, "一、", "全省经济社会发展主要目标"),
        (1, "二、", "大力推进产业项目建设,促进结构优化升级和质量效益提升"),
        (2, "（一）", "全力推进产业项目建设"),
    ]


# ordos-regional-coop-2025: a portal's listing page, a 文号 teaser line over the notice and plan crawled onto one line
LISTING_PAGE = (
    "鄂府发〔2025〕8号 各旗区人民政府,市人民政府各部...\n"
    "鄂尔多斯市人民政府关于印发鄂尔多斯市区域合作深化行动方案的通知, 鄂府发〔2025〕8号 各旗区人民政府,市人民政府"
    "各部门,各直属单位,各大企事业单位: 《鄂尔多斯市区域合作深化行动方案》已经市人民政府2025年第8次常务会议审议通"
    "过,现印发给你们,请认真组织实施。 鄂尔多斯市人民政府 2025年3月21日 鄂尔多斯市区域合作深化行动方案 为全面贯彻"
    "落实党中央、国务院各项决策部署,以铸牢中华民族共同体意识为工作主线,全力办好两件大事,持续实施“六个工程”,扎实开"
    "展“六个行动”,认真落实《内蒙古自治区人民政府关于印发自治区区域合作深化行动实施方案的通知》(内政发〔2025〕8号)"
    ",按照市委五届九次全会暨全市经济工作会议部署,以“四个世界级产业”工作任务为重点,全力推进区域合作深化行动,结合我"
    "市实际,制定本方案。 一、以互助共进为基础创新市域合作 (一)统筹旗区协同发展。各旗区立足地区实际,差异化定位、多"
    "元化布局、特色化发展,引导旗区间共建产业链,共享招商资源。支持东胜区高新技术与现代服务业协同发展,支持康巴什区"
    "建设全域智能网联交通示范区,支持达拉特旗打造中德隐形冠军产业园。(责任单位:市直相关部门,各旗区人民政府) (二)统"
    "筹工业园区间"
)


def test_a_notice_line_running_on_into_the_body_ends_before_its_first_part() -> None:
    # NOTICE_RUN_ON_BODY: before, the notice ran to the line's end and every heading was dropped as front matter
    front = find_front_matter(LISTING_PAGE)
    assert front is not None
    assert LISTING_PAGE[: front.end].endswith("结合我市实际,制定本方案。")
    assert front.doc_number == "鄂府发〔2025〕8号"
    meta = PlanMeta(id="t", title="鄂尔多斯市区域合作深化行动方案")
    assert tree(LISTING_PAGE, meta) == [
        (1, "一、", "以互助共进为基础创新市域合作"),
        (2, "（一）", "统筹旗区协同发展"),
        (2, "（二）", "统筹工业园区间"),
    ]


# jj-credit-info-catalogue-notes-2011 (heldout29): a catalogue's notes, each category a label and what it covers, a
# category with kinds of its own a bare label over them
CATALOGUE_NOTES = (
    "项目信息公开目录说明\n\n发布时间：2011-09-29\n\n"
    "从业单位是指参与工程建设领域相关业务活动的法人单位，包括建设、勘察、设计、施工、监理、咨询、检测、招标代理等单位。\n"
    "（一） 从业单位信用信息\n"
    "1. 企业基本信息：企（事）业单位名称、营业执照注册号、营业执照登记机关、企业类型（事业性质）、经营范围等内容。\n"
    "2. 资质信息：包括资质等级名称、资质证书号、有效起始日期、有效到期日期、资质证书核发日期等内容。\n"
    "3. 项目业绩信息：包括项目名称、起止日期、项目规模、项目负责人、项目获奖情况等内容。\n"
    "4. 不良行为记录信息\n"
    "（1） 违法信息：包括法院判决结果、处罚对象、执行期限、判决机关和检察院行贿受贿犯罪档案查询结果等内容。\n"
    "（2） 行政处罚信息：包括处罚种类、处罚对象、处罚事由、处罚依据、处罚内容、处罚日期等内容。\n"
    "（二）从业人员信用信息\n"
    "1. 人员基本信息：包括姓名、性别、证件类型、证件号码等内容。\n"
    "2. 执业资格信息：包括证书名称、编号、有效起始日期、有效到期日期、核发日期、核发机关、证书状态等内容。\n"
)


def test_described_categories_beside_a_bare_label_over_kinds_are_an_outline() -> None:
    # DESCRIBED_OUTLINE: before, the described 1.–3. and 1.–2. went as RESTATED_ENTRIES (a described list)
    titles = [
        (level, title) for level, _, title in tree(CATALOGUE_NOTES, PlanMeta(id="t", title="项目信息公开目录说明"))
    ]
    assert [t for t in titles if t[0] == 2] == [
        (2, "企业基本信息"),
        (2, "资质信息"),
        (2, "项目业绩信息"),
        (2, "不良行为记录信息"),
        (2, "人员基本信息"),
        (2, "执业资格信息"),
    ]


# jj-project-info-share-spec-2011 (heldout29): a specification's parts, each a list of clauses
SHARE_SPEC = (
    "一、项目信息公开\n"
    "(一)项目信息公开的基本内容，应包括：项目审批信息、项目建设管理信息、项目从业单位和主要从业人员信用信息等。\n"
    "(二)项目信息公开内容列表页须采用分页浏览方式。列表条目内容应以“序号”、“项目编码”、“项目名称”、“发布日期”等标识。\n"
    "(三)详细信息页面上方应显示项目信息标题，注明信息发布部门和日期。\n"
    "二、信用信息共享\n"
    "(一)信用信息共享的基本内容，应包括：从业单位基本信息、资质信息、项目业绩信息、信用评价信息等。\n"
    "(二)信用信息共享提供部门须提供网络在线的信息获取方式。\n"
    "(三)共享信用信息的提供、更新、维护和服务，由各级行业主管部门依据职能负责。\n"
    "三、信息表现格式\n"
    "(一)项目信息和信用信息表现形式为电子数据，包括结构化数据和非结构化数据。\n"
    "(二)非结构化数据包括办公文档、纯文本、表格、网页、图片、音频、视频。\n"
    "(三)根据GB/T20916-2007，文本文档采用XML格式，图片采用JPEG格式，音频采用WAV格式，视频采用AVI格式。\n"
    "(四)办公文档、纯文本、表格和网页中的中文采用简体中文字符。\n"
)


def test_clauses_left_over_in_a_part_of_a_clause_list_are_clauses() -> None:
    # SENTENCE_OPENED_ACROSS_PARTS: before, 三、's (二) and (四) stayed level-2 headings
    assert tree(SHARE_SPEC) == [(1, "一、", "项目信息公开"), (1, "二、", "信用信息共享"), (1, "三、", "信息表现格式")]


# gd-annual-trading-2025 (heldout33): titles ending in 。 over paragraphs, in a text whose 工作要求 holds clauses
TRADING_PLAN = (
    "二、批发市场年度交易\n"
    "（一）发电侧年度交易电量上限。\n"
    "燃煤、煤气机组年度交易分月电量上限，按照当年年度交易采用的分月平均小时数的一定比例、容量系数计算得到。\n"
    "（二）用户侧年度交易电量上限。\n"
    "售电公司年度交易分月电量上限为与其存在零售关系的各电力用户分月的用电需求之和。\n"
    "三、工作要求\n"
    "（一）请各经营主体贯彻落实国家关于电力市场交易有关工作要求，依法合规参与电力市场交易，做好签约履约工作。\n"
    "（二）批发市场年度交易成交均价和零售合同固定价格不得超过最新价格上下限，对于签约价格超出的合同按上下限执行。\n"
    "（三）零售用户应在符合《广东电力零售市场管理办法》有关账号管理要求的前提下，办理零售合同签订业务。\n"
    "（四）广东电力市场成员要强化风险意识，落实好防控措施，共同保障电力市场平稳运行和电力系统安全稳定运行。\n"
)


def test_titles_over_paragraphs_stay_beside_a_clause_list() -> None:
    # SENTENCE_OPENED_ACROSS_PARTS holds only entries with nothing under their line
    assert tree(TRADING_PLAN) == [
        (1, "二、", "批发市场年度交易"),
        (2, "（一）", "发电侧年度交易电量上限"),
        (2, "（二）", "用户侧年度交易电量上限"),
        (1, "三、", "工作要求"),
    ]


def test_short_run_in_titles_stay_beside_a_clause_list() -> None:
    # SENTENCE_OPENED_ACROSS_PARTS leaves a short run-in title (nat-tibet-classes-1996, heldout5: headings in its gold)
    text = SHARE_SPEC.split("三、")[0] + (
        "三、加强领导，明确职责\n"
        "（一）加强政府的责任。各有关省（市）人民政府应把援藏办学列入政府的重要议事日程，明确专人负责，及时协调解决问题。\n"
        "（二）加强援藏办学工作的领导。建立制度，理顺关系，形成指挥畅通，职责明确，步调一致，共同负责的管理机制。\n"
    )
    assert tree(text) == [
        (1, "一、", "项目信息公开"),
        (1, "二、", "信用信息共享"),
        (1, "三、", "加强领导，明确职责"),
        (2, "（一）", "加强政府的责任"),
        (2, "（二）", "加强援藏办学工作的领导"),
    ]
