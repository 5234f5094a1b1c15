"""Rules written in session 23 (branch fmt23) for texts read from the files they are published as (PDF, Word, web
page; bench/eval_formats.py), each with the real excerpt it was written from, shortened. Each test fails without
its rule."""

from __future__ import annotations

import random

from plankg.loaders.text.formats import read_document
from plankg.loaders.text.furniture import PageLine, strip_running_lines
from plankg.loaders.text.normalise import normalise
from tests.realworld.formats import looks_like_heading, paragraphs, publisher, set_apart_titles
from tests.segmenting import PARA, tree

# nat-storage-scale-plan-2025 (heldout23): crawler markdown of a PDF, its pages parted by "* * *" lines
PAGED = "（一）推进电源侧储能应用。推动新能源基地合理规划建设新型储能。\n\n* * *\n\n稳定运行支持能力。\n"


def test_a_page_mark_of_stars_survives_a_second_normalisation() -> None:
    # THEMATIC_BREAK_KEPT: "* * *" is no bullet; normalised twice it lost a star each time
    once = normalise(PAGED).text
    assert "* * *" in once
    assert normalise(once).text == once


# the same plan set as a Word file under a red head (ATTACHMENT_LABEL_IN_COVER)
RED_HEAD_ATTACHMENT = (
    "国家发展改革委文件\n"
    "政发〔2025〕69号\n"
    "附件\n"
    "新型储能规模化建设专项行动方案\n"
    "（2025—2027 年）\n"
    "为贯彻落实国家发展改革委、国家能源局等部门《关于加快推动新型储能发展的指导意见》，"
    "推动新型储能规模化建设和高质量发展，制定本方案。\n"
    "一、总体目标\n"
    f"{PARA}\n"
    "二、促进新型储能应用场景拓展\n"
    f"{PARA}\n"
)


def test_an_attachment_label_below_a_red_head_is_front_matter() -> None:
    assert tree(RED_HEAD_ATTACHMENT) == [(1, "一、", "总体目标"), (1, "二、", "促进新型储能应用场景拓展")]


def test_an_attachment_label_after_the_notices_sentences_still_opens_the_attachment() -> None:
    notice = "各有关单位：\n现将《测试规划》印发给你们，请认真贯彻执行。\n"
    headings = tree(notice + RED_HEAD_ATTACHMENT.split("政发〔2025〕69号\n")[1])
    assert headings[0][:2] == (1, "附件")
    assert headings[1] == (2, "一、", "总体目标")


# nat-ip-reform-interp-2021 (round 1): a one-line official Q&A, set as a Word file under its red head (LINE_SPACE)
ONE_LINE_QA = (
    "国家知识产权局文件\n"
    "国办发〔2021〕65号\n"
    "一、《通知》制定的背景是什么？当前，随着我国转向高质量发展阶段，知识产权工作面临新形势。"
    + PARA * 20
    + "二、《通知》的主要思路和主要内容有哪些？《通知》坚持问题导向。"
    + PARA * 20
    + "（一）加大信息化技术应用，助推商标、专利注册申请便民水平再上新台阶。"
    + PARA * 4
    + "（二）破除不合理障碍，降低制度性交易成本，加速创新创业进程。"
    + PARA * 4
    + "三、《通知》将如何提高知识产权公共服务效能？一是整合政务服务资源。"
    + PARA * 20
)


def test_a_marker_opening_a_line_of_a_glued_text_is_read() -> None:
    assert [h[:2] for h in tree(ONE_LINE_QA)] == [(1, "一、"), (1, "二、"), (2, "（一）"), (2, "（二）"), (1, "三、")]


# nat-beijing-pollution-reply-1999 (round 5): a one-line 批复 of 870 characters under a red head (NOTICE_GLUED_PARTS)
REPLY = (
    "国务院文件\n"
    "国办发〔1998〕35号\n"
    "国务院关于北京市环境污染防治目标和对策的批复 国函〔1999〕134号 北京市人民政府、国家环境保护总局：你们报送的"
    "《关于修改北京市环境污染防治目标和对策及有关问题的请示》收悉。现批复如下：一、原则同意修改后的《北京市环境污染"
    "防治目标和对策（1998—2002年）》。二、同意北京市制定的环境污染防治目标。"
    + PARA * 5
    + "三、北京市环境污染防治所需资金主要由北京市筹集，中央财政给予适当支持。"
    + PARA * 4
    + "\n国\u3000务\u3000院\n一九九九年十月三十一日\n"
)


def test_a_one_line_body_with_its_parts_run_in_is_no_front_matter() -> None:
    assert [h[1] for h in tree(REPLY)] == ["一、", "二、", "三、"]


def _line(text: str, page: int, top: float, height: float = 15.6, left: float = 79.0, right: float = 516.0) -> PageLine:
    return PageLine(text, left, right, top, top - height, page)


def test_a_small_header_over_the_later_pages_of_a_short_pdf_is_dropped() -> None:
    # SMALL_RUNNING_HEADER: nat-enforcement-quiz-2020 (heldout23) as a three-page 公文, "生态环境部办公厅" in 10.5 pt
    # over pages 2 and 3 only
    body = [f"{word}，关于开展生态环境保护执法大练兵知识竞赛的通知内容。" for word in "甲乙丙丁戊己庚辛壬"]
    pages = []
    for p in range(3):
        lines = [_line("生态环境部办公厅", p, 792, 10.5, 250, 345)] if p else []
        lines += [_line(body[3 * p + k], p, 737 - 29 * k) for k in range(3)]
        pages.append(lines)
    kept = strip_running_lines(pages)
    assert [line.text for lines in kept for line in lines] == body


def test_a_table_row_at_a_pages_top_is_no_header() -> None:
    # the rows of a table run on at their own leading: the small first line of page 2 stays
    pages = [
        [_line("正文第一行。", 0, 737), _line("正文第二行。", 0, 708)],
        [_line("序号\t项目\t金额", 1, 737, 10.5), _line("1\t改造\t20", 1, 714, 10.5), _line("正文。", 1, 685)],
    ]
    kept = strip_running_lines(pages)
    assert kept[1][0].text == "序号\t项目\t金额"


def test_a_clause_ending_in_a_half_width_semicolon_is_not_set_as_a_heading() -> None:
    # the renderer (CLAUSE_END): gz-temporary-assistance-rules-2021 writes its punctuation half-width
    assert not looks_like_heading("(一)申请事项属于非紧急情况,可申请其他社会救助但未申请的;")
    assert looks_like_heading("（一）推进电源侧储能应用")


def test_the_red_head_names_the_issuer_without_the_corpus_note() -> None:
    # the renderer (ISSUER_NAME): the corpus's issuer field may carry a note in English
    doc = {
        "id": "x-2021",
        "issuer": "国家知识产权局 (official Q&A; the interpreted notice was adopted by the 国务院常务会议)",
    }
    assert publisher(doc, random.Random(1)).issuer == "国家知识产权局"
    assert publisher({"id": "x", "issuer": "(not printed; 住房和城乡建设部 work plan)"}, random.Random(1)).issuer == (
        "住房和城乡建设部"
    )


# gz-maternity-allowance-direct-2025 (heldout19) normalised: bold sub-headings set apart by blank lines
MATERNITY = (
    "本月起，这笔钱直接发放至个人！\n\n搜索\n好消息来了！广州市生育保险政策迎来新变化！\n\n政策速递\n\n"
    "符合《广东省职工生育保险规定》生育津贴领取条件的参保职工，可按规定由职工本人申请生育津贴。\n\n办理方式\n\n"
    "一、办理材料\n\na.病历资料：职工住院生育的，提供医疗机构盖章的出院记录。\nb.《信息采集表》\n\n二、办理步骤\n\n"
    "职工可通过穗好办APP线上办理。\n在穗好办微信公众号后台发送“生育津贴”。\n以穗好办APP业务办理为例，办理步骤如下：\n"
    "1.扫码打开穗好办APP。\n2.搜索“生育津贴”。\n"
)


def test_a_title_a_run_on_text_sets_apart_is_rendered_as_a_title() -> None:
    # the renderer (SET_APART_TITLE): bold on a page and in Word, spaced in a PDF
    assert set_apart_titles(MATERNITY) == {"政策速递", "办理方式"}
    # a text blank-separated throughout shows nothing by a blank line
    assert set_apart_titles("\n\n".join(["大国竞争，拼谁能“咬住”", PARA, PARA, "机遇", PARA])) == set()


def test_a_wholly_bold_word_paragraph_is_a_title() -> None:
    # BOLD_WORD_PARAGRAPH: "办理方式" in bold over its paragraphs (gz-maternity-allowance-direct-2025 as Word)
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("本月起，这笔钱直接发放至个人！")
    document.add_paragraph().add_run("办理方式").bold = True
    document.add_paragraph("职工可通过穗好办APP线上办理。")
    document.add_paragraph().add_run("房源情况表").bold = True  # a caption: no title
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_document(buffer.getvalue(), "x.docx", ".docx")
    assert text.split("\n") == [
        "本月起，这笔钱直接发放至个人！",
        "**办理方式**",
        "职工可通过穗好办APP线上办理。",
        "房源情况表",
    ]


# sd-smart-mfg-plan-2017 (heldout11): an excerpt opening mid-part, set as a Word file under a red head and as a page
EXCERPT = (
    "制造实用工程人才、卓越工程师、高级管理人才和专业技能人才培养和培训。优化人才引进和培养环境。\n"
    "四、推进重点领域智能化转型\n"
    "立足我省产业基础和优势，在重点优势领域创新应用智能制造新技术、新产品、新装备、新模式。\n"
    "（一）汽车及零部件。研究电子信息技术、智能化技术在车辆中的应用。\n"
)


def test_an_excerpts_first_part_under_a_red_head_opens_it() -> None:
    # EXCERPT_UNDER_RED_HEAD
    head = "山东省经济和信息化委员会文件\n省政发〔2017〕88号\n"
    assert tree(head + EXCERPT) == [(1, "四、", "推进重点领域智能化转型"), (2, "（一）", "汽车及零部件")]


def test_a_portals_metadata_row_labelled_issue_date_is_furniture() -> None:
    # METADATA_TABLE_ROW with 发文日期 / 发布机构
    rows = (
        "索引号：\t001905028/2014-01804\t发布机构：\t山东省经济和信息化委员会\n"
        "发文日期：\t2014-03-15\t文号：\t省政发〔2017〕88号\n\n"
    )
    assert tree(rows + EXCERPT) == [(1, "四、", "推进重点领域智能化转型"), (2, "（一）", "汽车及零部件")]


def test_a_letter_spaced_chapter_title_stays_one_paragraph() -> None:
    # the renderer (LETTER_SPACED_KEPT): nat-plan-eia-regs-2009 (heldout14) "第一章\u3000总\u3000\u3000则"
    assert paragraphs("规划环境影响评价条例第一章\u3000总\u3000\u3000则") == [
        "规划环境影响评价条例第一章\u3000总\u3000\u3000则"
    ]
    assert paragraphs("第五章\u3000附\u3000\u3000则\u3000\u3000第三十六条\u3000本条例自2009年10月1日起施行。") == [
        "第五章\u3000附\u3000\u3000则",
        "第三十六条\u3000本条例自2009年10月1日起施行。",
    ]
    # nor is the date set apart under a signature set as a title (SET_APART_TITLE)
    assert "二○○九年八月十七日" not in set_apart_titles(f"总\u3000理\n温家宝\n\n二○○九年八月十七日\n\n{PARA}\n{PARA}\n")


def test_a_pages_last_paragraph_repeating_earlier_words_is_kept() -> None:
    # TRAILING_REPEAT: yx-graduate-startup-subsidy-2025 (heldout20) as a portal page, three of its four parts closing
    # "补贴期限：一次性。": trafilatura collapsed the last one
    from bench.eval_formats import read_as
    from bench.eval_segmentation import documents

    doc = next(d for d in documents("heldout20") if d["id"] == "yx-graduate-startup-subsidy-2025")
    assert read_as(doc, "html").endswith("补贴期限：一次性。")


def test_a_markdown_table_row_is_no_heading() -> None:
    # PIPE_TABLE_ROW: nat-charging-proposal-reply-2025 (heldout21), "| 制发日期: | 2025-07-23 |" closing a ministry
    # page's metadata table
    from bench.eval_formats import plain_text, sections
    from bench.eval_segmentation import documents

    doc = next(d for d in documents("heldout21") if d["id"] == "nat-charging-proposal-reply-2025")
    assert not [title for _, title in sections(doc, plain_text(doc)) if title.startswith("|")]
