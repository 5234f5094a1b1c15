"""Round 36's heading levels (lev31): how a text holding several documents is rooted - a notice's own titled parts
beside the plan it carries and that plan's own attachments, a page presenting an opinion and the interview on it,
programme plans that number their parts again under numbered titles - and a Word bookmark that hid a title line.

Each test fails on the code before the rule it names (heldout36 / heldout37, tests/realworld/README.md)."""

from __future__ import annotations

from plankg.loaders.text.formats import read_document, without_bookmark_anchors
from plankg.schema import PlanMeta
from tests.segmenting import PARA, tree

# zj-hs-curriculum-reform-2012 (heldout36), shortened: the notice's own titled requirements, its 附件 line, date,
# then the plan it carries (title line only), the plan's attachment list and its 附件1 / 附件2.
CURRICULUM_NOTICE = (
    "测试省教育厅关于深化普通高中课程改革的通知\n各市、县（市、区）教育局：\n"
    "《测试省深化普通高中课程改革方案》已经测试省人民政府批准同意。现就实施深化普通高中课程改革工作提出如下要求：\n"
    f"一、切实提高对深化普通高中课程改革重要性的认识\n{PARA}\n"
    f"二、研究制定深化普通高中课程改革的工作方案\n{PARA}\n"
    "附件：测试省深化普通高中课程改革方案\n测试省教育厅\n二○一二年六月十二日\n"
    f"测试省深化普通高中课程改革方案\n{PARA}\n"
    f"一、深化普通高中课程改革的重要意义\n{PARA}\n二、深化普通高中课程改革的主要内容\n{PARA}\n"
    "附件：1.测试省普通高中课程与学分结构\n2.测试省普通高中必修课程调整意见\n"
    f"附件1\n测试省普通高中课程与学分结构\n{PARA}\n"
    f"附件2\n测试省普通高中必修课程调整意见\n一、指导思想\n{PARA}\n二、基本原则\n{PARA}\n"
)


def test_a_notices_titled_parts_stay_beside_the_plan_it_carries_and_the_plans_attachments_below_it() -> None:
    # LETTER_TITLED_PARTS: the notice's own "一、切实提高…的认识" over its paragraph was cleared as a letter's point;
    # ANNEX_OF_ANNEX: the plan's 附件1 / 附件2 stood at level 1 beside the plan instead of under it
    sections = tree(CURRICULUM_NOTICE, PlanMeta(id="t", title="测试省教育厅关于深化普通高中课程改革的通知"))
    assert sections == [
        (1, "一、", "切实提高对深化普通高中课程改革重要性的认识"),
        (1, "二、", "研究制定深化普通高中课程改革的工作方案"),
        (1, "", "测试省深化普通高中课程改革方案"),
        (2, "一、", "深化普通高中课程改革的重要意义"),
        (2, "二、", "深化普通高中课程改革的主要内容"),
        (2, "附件1", "测试省普通高中课程与学分结构"),
        (2, "附件2", "测试省普通高中必修课程调整意见"),
        (3, "一、", "指导思想"),
        (3, "二、", "基本原则"),
    ]


def test_a_letters_run_in_points_above_its_annex_stay_its_front_matter() -> None:
    # LETTER_TITLED_PARTS leaves COVER_LETTER_POINTS as it was for points that run into their text
    text = (
        "测试工业大学：\n你校报送的试点实施方案收悉。经研究，现将有关事项函复如下：\n"
        "一、原则同意在城市公共交通智能化技术研究等方面开展试点（具体要点附后）。请你校认真组织实施。\n"
        "二、加强组织领导。建立健全试点工作推进机制，明确责任分工，强化政策支持。\n"
        f"测试部\n2022年9月20日\n交通强国建设试点任务要点（测试工业大学）\n一、城市公共交通研究\n{PARA}\n"
    )
    assert tree(text) == [(1, "", "交通强国建设试点任务要点（测试工业大学）"), (2, "一、", "城市公共交通研究")]


# sx1z-teacher-development-plan-2020 (heldout37), shortened: 总则 over the preamble, the plan's parts, then two
# programme plans, each a numbered title over a ——《…》 line and its own 一、…
TEACHER_PLAN = (
    f"测试中学教师专业发展行动方案\n总则\n{PARA * 2}\n一、培养目标\n{PARA}\n七、培训的保障\n{PARA}\n"
    "一、职初教师启梦工程\n——《职初教师“成长工作坊”实施方案》\n"
    f"一、指导思想\n{PARA}\n二、培养目标\n{PARA}\n"
    "二、骨干教师筑梦工程\n——《骨干教师“提升计划”实施方案》\n"
    f"一、指导思想\n{PARA}\n二、入选条件\n{PARA}\n"
)


def test_programme_plans_number_their_parts_again_under_their_numbered_titles() -> None:
    # NUMBERED_TITLE_OVER_RESTART: "一、职初教师启梦工程" after 七、 was lost as out of sequence and the dash line taken
    # for a document title; GENERAL_PART_OVER_TEXT: the 总则 over its paragraph headed the plan's parts
    assert tree(TEACHER_PLAN, PlanMeta(id="t", title="测试中学教师专业发展行动方案")) == [
        (1, "", "总则"),
        (1, "一、", "培养目标"),
        (1, "七、", "培训的保障"),
        (1, "一、", "职初教师启梦工程"),
        (2, "一、", "指导思想"),
        (2, "二、", "培养目标"),
        (1, "二、", "骨干教师筑梦工程"),
        (2, "一、", "指导思想"),
        (2, "二、", "入选条件"),
    ]


def test_a_general_part_right_over_the_first_part_still_heads_the_parts() -> None:
    # GENERAL_PART_OVER_TEXT only for a 总则 over a paragraph of its own (bj-eco-security-2035: 总 则 / 一、指导思想)
    text = f"测试规划\n总 则\n一、指导思想\n{PARA}\n二、基本原则\n{PARA}\n"
    assert tree(text) == [(1, "", "总 则"), (2, "一、", "指导思想"), (2, "二、", "基本原则")]


# nat-party-political-building-2019 (heldout37), shortened: a study page's lead presenting an opinion and the
# interview on it, the opinion, then the interview's title over two lines and its 问： questions ending in 。
OPINION = "中共测试委员会关于加强测试建设的意见"
STUDY_PAGE = (
    f"【2019年4月学习材料】\n本月推荐给各位党员与老师们的是《{OPINION}》及办公厅负责人就《{OPINION}》答记者问。\n"
    f"{OPINION}\n{PARA}\n一、总体要求\n{PARA}\n二、坚定政治信仰\n（一）坚持用科学理论武装头脑\n{PARA}\n"
    f"办公厅负责人就《{OPINION}》\n答记者问\n{PARA}\n"
    "问：请介绍一下《意见》出台的背景和主要特点。\n答：" + PARA + "\n"
    "问：请谈谈如何抓好《意见》的贯彻落实。\n答：" + PARA + "\n"
)


def test_a_page_presenting_an_opinion_and_its_interview_heads_each_with_its_title() -> None:
    # PRESENTED_DOCUMENTS, COMPANION_SPEAKER, COMPANION_TITLE_WRAPPED, COMPANION_QUESTIONS: the opinion's title was
    # dropped as the plan's, its parts stood at level 1, the interview's two title lines were two level-3 headings
    sections = tree(STUDY_PAGE, PlanMeta(id="t", title=OPINION))
    assert sections == [
        (1, "", OPINION),
        (2, "一、", "总体要求"),
        (2, "二、", "坚定政治信仰"),
        (3, "（一）", "坚持用科学理论武装头脑"),
        (1, "", f"办公厅负责人就《{OPINION}》答记者问"),
        (2, "问：", "请介绍一下《意见》出台的背景和主要特点。"),
        (2, "问：", "请谈谈如何抓好《意见》的贯彻落实。"),
    ]


def test_a_page_whose_lead_names_one_document_keeps_its_title_as_the_plans() -> None:
    # PRESENTED_DOCUMENTS opens documents only when two open on the page: one presented document is the plan itself
    text = f"学习材料\n本月推荐的是《{OPINION}》。\n{OPINION}\n{PARA}\n一、总体要求\n{PARA}\n二、主要任务\n{PARA}\n"
    assert tree(text, PlanMeta(id="t", title=OPINION)) == [(1, "一、", "总体要求"), (1, "二、", "主要任务")]


def _page(body: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>\n" for line in body.split("\n"))
    return (
        "<html><head><title>学习材料</title></head><body><div class=conTxt>\n" + paragraphs + "</div></body></html>"
    ).encode("utf-8")


def test_a_title_paragraph_opening_with_a_word_bookmark_is_read() -> None:
    # WORD_BOOKMARK_ANCHOR: trafilatura dropped "<A name=_GoBack></A><B>…意见</B>" as a link (the opinion's title)
    body = "\n".join([f"本月推荐给各位党员与老师们的是《{OPINION}》。{PARA}", f"<A name=_GoBack></A><B>{OPINION}</B>"])
    body += "\n" + "\n".join([PARA * 2, "<b>一、总体要求</b>", PARA * 3, "<b>二、主要任务</b>", PARA * 3])
    text = read_document(_page(body), "page.html", ".html")
    assert OPINION in text.split("\n") or f"**{OPINION}**" in text.split("\n")


# nat-covid-white-paper-part-2020 (heldout37), shortened: the first stage glued after the part's lead sentence,
# each stage a 第X阶段：title line over its bracketed dates
WHITE_PAPER = (
    f"测试白皮书\n一、中国抗击疫情的艰辛历程\n{PARA}回顾前一阶段中国抗疫历程，大体分为五个阶段。"
    " （一）第一阶段：迅即应对突发疫情\n"
    f"（2019年12月27日至2020年1月19日）\n{PARA}\n（二）第二阶段：初步遏制疫情蔓延势头\n（1月20日至2月20日）\n{PARA}\n"
)


def test_stage_titles_keep_their_words_after_the_ordinal_label_also_glued_to_a_sentence() -> None:
    # GLUED_LABELLED_TITLE: the glued （一） was no heading (its title held a colon), so （二） was out of sequence;
    # ORDINAL_LABEL_TITLE: "第二阶段" alone was read as a field label titling the line
    assert tree(WHITE_PAPER) == [
        (1, "一、", "中国抗击疫情的艰辛历程"),
        (2, "（一）", "第一阶段：迅即应对突发疫情"),
        (2, "（二）", "第二阶段：初步遏制疫情蔓延势头"),
    ]


def test_a_field_label_still_titles_its_value_line() -> None:
    # ORDINAL_LABEL_TITLE leaves LABEL_VALUE_LINE's field labels as they were ("（一）中方联系人：陈婧  刘秀萍")
    text = f"测试指南\n一、联系方式\n（一）中方联系人：陈婧  刘秀萍\n（二）外方联系人：张三\n{PARA}\n"
    assert (3 - 1, "（一）", "中方联系人") in tree(text)


def test_a_reporters_request_without_a_question_mark_is_a_question() -> None:
    # REPORTER_REQUEST (nat-health-poverty-presser-2016): "…想问您主要采取哪些措施会吸引…医疗服务。谢谢。"
    text = (
        "测试发布会\n主持人:\n下面进入答问环节。\n中新社记者:\n请问如何发挥社会力量在健康扶贫中的促进作用？谢谢。\n"
        f"王培安:\n{PARA}\n中国日报记者:\n刚才您提到要加强人才队伍建设，想问您主要采取哪些措施吸引医疗人才。谢谢。\n"
        f"王培安:\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "", "请问如何发挥社会力量在健康扶贫中的促进作用？"),
        (1, "", "刚才您提到要加强人才队伍建设，想问您主要采取哪些措施吸引医疗人才"),
    ]


def test_a_bold_holding_only_a_line_break_is_that_line_break() -> None:
    # EMPTY_BOLD_BREAK (nat-health-poverty-presser-2016): trafilatura lost the turns after "<b><br />\n</b>" (one
    # question and its answer, five speaker labels); the break is kept, the label's own bold too
    record = "<b>中央电视台新闻中心记者:</b>&nbsp;<b><br />\n</b> 请问王培安副主任，具体有哪些措施？&nbsp;<br />\n"
    assert without_bookmark_anchors(record.encode()).decode() == (
        "<b>中央电视台新闻中心记者:</b>&nbsp;<br /> 请问王培安副主任，具体有哪些措施？&nbsp;<br />\n"
    )
    assert without_bookmark_anchors(b"<A name=_GoBack></A><B>title</B>") == b"<B>title</B>"


def test_the_record_lines_under_a_notice_are_no_headings() -> None:
    # RECORD_LINE (sx-special-teacher-nomination-2009): the 版记 after a school's note under the date were read as
    # three short headings under the notice's last part
    text = (
        f"测试通知\n一、推荐范围\n{PARA}\n二、关于材料及报送要求\n{PARA}\n"
        "二○○九年十二月二十四日\n符合条件的老师，请把你的资料按要求整理好，在2010年1月8日前交校办。\n\n"
        "抄送：市府办\n\n绍兴市教育局办公室 2009年12月24日印发\n\n（共印20份）\n\n主题词：中小学 人事 教师 通知\n"
    )
    assert [title for _, _, title in tree(text)] == ["推荐范围", "关于材料及报送要求"]
