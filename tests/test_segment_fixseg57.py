"""Rules of fixseg57 (session 43): causes round 57 (heldout57) showed in headings of 平潭 portal crawls on one line."""

from __future__ import annotations

from pathlib import Path

from plankg.loaders.rules.structure import INLINE_ANNOUNCED_LIST, NOTICE_LISTED_ATTACHMENT_SIGNED, TITLE_COUNT_BRACKET
from plankg.loaders.structure.segment import _text_before_appended_tables, split_lines
from plankg.schema import PlanMeta
from tests.segmenting import PARA, tree

TEXTS = Path(__file__).parent / "realworld" / "texts"

# The crawler's header lines over the page on one line, as the 平潭 crawls of rounds 53-57 have them.
HEADER = (
    "标题: 平潭综合实验区综合执法与应急管理局关于印发《2022年度监督检查工作计划》的通知\n"
    "发布时间: 2022-08-05 09:47\n文号: \n发布机构: 平潭综合实验区综合执法与应急管理局\n栏目: 年度计划\n"
    "==================== 正文 ====================\n"
)
PLAN = "平潭综合实验区综合执法与应急管理局2022年度监督检查工作计划"
# pt-safety-inspection-plan-2022 (heldout57): the notice's own 附件：<plan> line glued to its signer and date, the
# plan's title after them, then the plan
NOTICE_LISTING_ITS_PLAN = (
    HEADER + "当前位置： 首页政务公开规划信息年度计划 时间：2022-08-05 09:47 微信 微博 QQ空间 "
    f"局机关各处室、局属各单位：现将《{PLAN}》印发给你们，请遵照执行。 附件：{PLAN} "
    f"平潭综合实验区综合执法与应急管理局2022年8月4日 {PLAN} 为进一步加强安全生产监管执法，特制定本工作计划。"
    f"一、指导思想和工作目标 {PARA * 3}二、执法工作日的确定 {PARA * 3}三、工作要求 {PARA * 3}"
)


def test_a_notices_listed_attachment_is_no_heading_over_the_plan() -> None:
    # NOTICE_LISTED_ATTACHMENT: the plan's parts stay level 1, no 附件： heading above them
    meta = PlanMeta(id="t", title=PLAN)
    assert tree(NOTICE_LISTING_ITS_PLAN, meta) == [
        (1, "一、", "指导思想和工作目标"),
        (1, "二、", "执法工作日的确定"),
        (1, "三、", "工作要求"),
    ]


def test_the_listed_attachment_is_told_from_the_attachment_after_the_date() -> None:
    # NOTICE_LISTED_ATTACHMENT_SIGNED: signer and date after the listed title; a period's start is no signature date
    listed = f"附件：{PLAN} 平潭综合实验区综合执法与应急管理局2022年8月4日 {PLAN}"
    assert NOTICE_LISTED_ATTACHMENT_SIGNED.match(listed, len(f"附件：{PLAN}")) is not None
    # mee-npc-resolution-2018: the 附件 heading after the date, the plan's preamble opening with a period
    attached = "附件：生态环境部贯彻落实《…决议》实施方案2018年7月9日至10日，十三届全国人民代表大会常务委员会"
    assert NOTICE_LISTED_ATTACHMENT_SIGNED.match(attached, attached.index("2018")) is None


def test_a_count_in_brackets_ends_a_glued_title() -> None:
    # TITLE_COUNT_BRACKET: "（二）其他执法工作日（ 2471个工作日）其他执法工作日，是指…" (pt-safety-inspection-plan-2022)
    found = TITLE_COUNT_BRACKET.match("其他执法工作日（ 2471个工作日）其他执法工作日，是指下列工作")
    assert found is not None and found.group() == "其他执法工作日（ 2471个工作日）"
    found = TITLE_COUNT_BRACKET.match("非执法工作日（2845 个工作日，是按纳入执法力量的51人计算）非执法工作日")
    assert found is not None and found.group().endswith("51人计算）")
    assert TITLE_COUNT_BRACKET.match("加快推进，力争完成（100个）项目") is None  # a clause, no name


COUNTED = (
    f"{PLAN}\n为进一步加强安全生产监管执法，特制定本工作计划。"
    "一、执法工作日的安排 总法定工作日=监督检查工作日+其他执法工作日+非执法工作日"
    "（一）监督检查工作日（ 684个工作日） 监督检查工作日是指安全监管部门对生产经营单位开展监督检查的工作日。"
    "（二）其他执法工作日（ 2471个工作日）其他执法工作日，是指下列工作预计所占用的工作日，即开展综合监管、事故调查等。"
    "（三）非执法工作日（2845 个工作日，是按纳入执法力量的51人计算）非执法工作日，是指下列工作预计所占用的工作日。"
    f"二、工作要求{PARA * 40}"
)


def test_points_titled_by_their_counts_are_headings_up_to_the_bracket() -> None:
    meta = PlanMeta(id="t", title=PLAN)
    assert tree(COUNTED, meta) == [
        (1, "一、", "执法工作日的安排"),
        (2, "（一）", "监督检查工作日（ 684个工作日）"),
        (2, "（二）", "其他执法工作日（ 2471个工作日）"),
        (2, "（三）", "非执法工作日（2845 个工作日，是按纳入执法力量的51人计算）"),
        (1, "二、", "工作要求"),
    ]


def test_appended_tables_do_not_count_in_the_body_lines_share() -> None:
    # APPENDED_TABLES_NOT_BODY: the attachments' lines after the long body line are not the body's text
    text = "标题\n" + "正文" * 400 + "\n附件1企业名单 类别序号企业名称" + "公司" * 300 + "\n附件2名单" + "公司" * 300
    lines = split_lines(text)
    assert _text_before_appended_tables(lines) == len("标题") + 800
    assert _text_before_appended_tables(split_lines("标题\n附件1名单\n" + "正文" * 400)) == 2 + 5 + 800


def test_the_whole_crawl_keeps_its_points_under_the_parts() -> None:
    # pt-safety-inspection-plan-2022 as crawled: 1.-13. points under 四、's （一）/（二）, 五、 and the two attachments'
    # tables split off after the body (APPENDED_TABLES_NOT_BODY with NOTICE_LISTED_ATTACHMENT, TITLE_COUNT_BRACKET)
    text = (TEXTS / "pt-safety-inspection-plan-2022.txt").read_text(encoding="utf-8")
    sections = tree(text, PlanMeta(id="t", title=PLAN))
    assert sections[0] == (1, "一、", "指导思想和工作目标")
    assert (3, "2.", "一般检查对象（164个工作日）") in sections
    assert (3, "13.", "应急类的监管、审批、行政处罚的监督检查等（20个工作日）") in sections
    assert (1, "五、", "工作要求") in sections


# pt-transport-works-standardization-2013 (heldout57): a crawl keeping its former line breaks as single spaces
STANDARDS = (
    "交通建设工程标准化管理实施方案\n为进一步加强交通建设工程质量安全管理，制定本方案。 一、组织机构 "
    "为确保标准化管理活动能够顺利进行，区管委会决定成立领导小组，组成人员名单如下： （一）组 长：王进足 "
    "（二）常务副组长：赖德芳 （三）副组长：皮华林、徐志远 （四）成 员：李 平、林剑飞、林荣 "
    "领导小组下设办公室（简称“标准办”）。 “标准办”职责为： （一）负责标准化管理活动的总体规划和实施方案的编制； "
    "（二）负责标准化管理活动计划的制定； "
    "（三）负责与省住建厅及其相关部门联系对接，结合省住建厅工作部署，尽快制定实施方案； "
    "（四）采取各种方式指导各参建单位开展标准化管理活动； （五）定期编写标准化管理活动信息。 "
    "二、活动内容 本次活动将有关规定作为活动内容和检验标准，特将以下要求列为本次活动的重点内容： "
    "（一）工地建设及施工文明标准化 切实抓好场地建设标准化，确保施工文明形象得到有效改观，具体做到：（1）钢筋集中加工。"
    "（2）场地硬化。 （二）施工工艺标准化 在继续强化落实“一析二控三必备”的基础上，认真落实施工工艺“精细化”措施。 "
    "三、推进措施 （一）完善机制 各组团（项目）建设指挥部和项目业主代表均应指定专人负责组织开展标准化管理工作。 "
    "（二）经济措施 对标准化管理活动组织有力、效果较好的施工、监理单位，可给予适当的经济奖励。 "
    "（三）行政措施 标准化管理工作应作为项目业主年度综合考核的重要内容。 " + PARA * 60
)


def test_stand_alone_titles_head_their_paragraphs_and_announced_members_and_duties_are_items() -> None:
    # STAND_ALONE_ENTRY_TITLE, ANNOUNCED_MEMBERS_DUTIES
    meta = PlanMeta(id="t", title="交通建设工程标准化管理实施方案")
    assert tree(STANDARDS, meta) == [
        (1, "一、", "组织机构"),
        (1, "二、", "活动内容"),
        (2, "（一）", "工地建设及施工文明标准化"),
        (2, "（二）", "施工工艺标准化"),
        (1, "三、", "推进措施"),
        (2, "（一）", "完善机制"),
        (2, "（二）", "经济措施"),
        (2, "（三）", "行政措施"),
    ]


def test_members_and_duties_leads_announce_lists() -> None:
    assert INLINE_ANNOUNCED_LIST.search("组成人员名单如下： ") is not None
    assert INLINE_ANNOUNCED_LIST.search("“标准办”职责为：") is not None
    assert INLINE_ANNOUNCED_LIST.search("具体做到：") is None
