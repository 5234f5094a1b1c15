"""Rules of fixseg57 (session 43): causes round 57 (heldout57) showed in headings of 平潭 portal crawls on one line."""

from __future__ import annotations

from pathlib import Path

from plankg.loaders.rules.structure import NOTICE_LISTED_ATTACHMENT_SIGNED, TITLE_COUNT_BRACKET
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
