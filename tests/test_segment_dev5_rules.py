"""Rules added in the fifth dev round (branch seg-dev5: whole saved portal pages, gov.cn notices
forwarding 1990s ministry documents, and pdfplumber texts of a ministry's guideline and rules and
of a local standard): each test fails on the code before the rule."""

from pathlib import Path

from plankg.loaders.structure.document import load_plan
from plankg.loaders.structure.toc import parse_toc
from plankg.loaders.text.furniture import furniture_spans, hard_wrap_joins
from plankg.loaders.text.normalise import normalise
from plankg.schema import PlanMeta

META = PlanMeta(id="t", title="测试规划")
PARA = "这是一段足够长的正文内容，用来说明这一部分的具体要求和主要做法，以及实施安排。"


def tree(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in load_plan(text, META).sections]


def test_a_standard_titles_its_table_of_contents_mu_ci() -> None:
    # bj-quake-resilience-guide, nat-plan-checkup-rules-2020: GB/T 1.1 calls the TOC 目次.
    text = "测试导则\n\n目   次\n\n1  范围 ........ 2\n2  术语 ........ 3\n3  总则 ........ 4\n\n1  范围\n\n正文。\n"
    toc = parse_toc(text)
    assert toc is not None
    assert [e.title for e in toc.entries] == ["范围", "术语", "总则"]
    # a word's tail is no TOC title
    assert parse_toc("本项目次年启动。\n1 范围 ........ 2\n2 术语 ........ 3\n3 总则 ........ 4\n") is None


def test_letter_spacing_is_no_paragraph_mark() -> None:
    # A PDF text with columns spaced apart has many marks (PARAGRAPH_MARKS_MIN): "目   次" and
    # "前      言" were broken into one character a line.
    rows = "\n".join(f"{n}  项目{'甲乙丙丁戊己庚辛壬癸子'[n - 1]}      指标乙      单位丙" for n in range(1, 12))
    text = normalise(f"北        京        市\n目   次\n前      言\n{rows}\n").text
    assert "北        京        市\n目   次\n前      言\n" in text
    assert "\n1  项目甲\n指标乙\n单位丙\n" in text  # a mark between two pieces of text still breaks


def test_a_page_number_glued_before_the_next_heading_is_cut_off() -> None:
    # nat-plan-checkup-rules-2020: pages written without a line break between them glue each
    # page's number (arabic, or roman on the front pages) in front of the next page's first line.
    text = (
        f"测试规程\n\nII1 范围\n{PARA}\n12 术语\n{PARA}\n23 总则\n3.1 工作原则\n3.1.1 坚持目标导向\n{PARA}\n"
        f"3.1.2 坚持问题导向\n{PARA}\n33.1.3 坚持操作导向\n{PARA}\n43.2 工作组织\n{PARA}\n"
        f"54 成果应用\n{PARA}\n12附录 A：工作流程图\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "1", "范围"),
        (1, "2", "术语"),
        (1, "3", "总则"),
        (2, "3.1", "工作原则"),
        (3, "3.1.1", "坚持目标导向"),
        (3, "3.1.2", "坚持问题导向"),
        (3, "3.1.3", "坚持操作导向"),
        (2, "3.2", "工作组织"),
        (1, "4", "成果应用"),
        (1, "附录 A：", "工作流程图"),
    ]


def test_page_numbers_glued_in_front_keep_the_numbering_in_sequence() -> None:
    text = (
        f"测试规程\n\n1 范围\n{PARA}\n12 术语\n{PARA}\n23 总则\n{PARA}\n34 内容要求\n{PARA}\n"
        f"45 成果应用\n{PARA}\n12附录 A：工作流程图\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "1", "范围"),
        (1, "2", "术语"),
        (1, "3", "总则"),
        (1, "4", "内容要求"),
        (1, "5", "成果应用"),
        (1, "附录 A：", "工作流程图"),
    ]


def test_lettered_appendices_and_their_numbering() -> None:
    # nat-city-plan-guide-2020, bj-quake-resilience-guide: 附录 A / 附件 A and B.1, G.3.1.
    text = (
        f"测试指南\n\n1  总体要求\n{PARA}\n2  审查要求\n{PARA}\n附录 B  规划分区\nB.1 一般规定\n{PARA}\n"
        f"B.2 分区类型\n{PARA}\n附件 A\n评估方法\nA.1概述\n{PARA}\nA.2 计算\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "1", "总体要求"),
        (1, "2", "审查要求"),
        (1, "附录 B", "规划分区"),
        (2, "B.1", "一般规定"),
        (2, "B.2", "分区类型"),
        (1, "附件 A", "评估方法"),
        (2, "A.1", "概述"),
        (2, "A.2", "计算"),
    ]


def test_a_bare_number_heading_has_a_plain_title_and_comes_in_sequence() -> None:
    # nat-city-plan-guide-2020: page 2's number glued to its first line, a sentence; a table
    # row's number skipping ahead (bj-quake-resilience-guide); "10  …" after chapter 9.
    chapters = "".join(f"{n}  第{n}部分内容\n{PARA}\n" for n in range(3, 10))
    text = (
        f"测试指南\n\n1  总体要求\n{PARA}\n2 市级总规一般包括市域和中心城区两个层次。市域要统\n筹全域。\n"
        f"2  基础工作\n{PARA}\n{chapters}12  加强日常巡检和维护\n10  应急服务设施建设\n{PARA}\n"
    )
    titles = [(number, title) for _, number, title in tree(text)]
    assert ("2", "基础工作") in titles
    assert ("10", "应急服务设施建设") in titles
    assert not any(title.startswith(("市级总规", "加强日常")) for _, title in titles)


def test_decimal_clauses_of_a_standard_are_text() -> None:
    # bj-quake-resilience-guide: "4.3 …应满足下述要求：" announces a list, "4.4 …进行。" is one
    # long sentence, "4.1 …统筹工程措" a sentence the PDF wrapped onto a line as wide; a section
    # ("5.1 承灾体抗震韧性类别") and a short run-in one ("1.1.1 综合经济实力大幅提升。") stay.
    wide = "地震安全韧性城市建设应以承灾体抗震韧性目标和抗震韧性能力评价为依据，统筹工程措"
    text = (
        f"测试导则\n\n1  基本规定\n1.1 {wide}\n施与管理措施，提升城市整体抗震韧性水平，并保障城市功能快速恢复。\n"
        f"1.2 城市地震安全韧性目标应满足下述要求：\n{PARA}\n"
        "1.3 地震安全韧性城市建设的基本流程宜按照图1的规定进行。\n"
        f"2  承灾体抗震韧性目标\n2.1 承灾体抗震韧性类别\n{PARA}\n2.1.1 综合经济实力大幅提升。\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "1", "基本规定"),
        (1, "2", "承灾体抗震韧性目标"),
        (2, "2.1", "承灾体抗震韧性类别"),
        (3, "2.1.1", "综合经济实力大幅提升"),
    ]


def test_a_run_of_one_sentence_numbered_lines_is_a_list() -> None:
    # nat-social-org-1997: "（二）符合下列要求的社会团体予以保留。" and nine 1.…9. one sentence each,
    # one under the other; two such lines ((四), (五)) are no run.
    text = (
        f"测试意见\n\n一、清理整顿的主要内容\n{PARA}\n（一）符合下列要求的社会团体予以保留。\n"
        "1.遵守国家法律法规和有关政策规定，依照章程开展活动。\n2.有规范的名称。\n3.有50个以上的成员。\n"
        f"（二）对宗旨相同的社会团体，予以合并。\n（三）对存在下列问题的社会团体予以撤销。\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "清理整顿的主要内容"),
        (2, "（一）", "符合下列要求的社会团体予以保留"),
        (2, "（二）", "对宗旨相同的社会团体，予以合并"),
        (2, "（三）", "对存在下列问题的社会团体予以撤销"),
    ]


def test_bracketed_lines_and_captions_above_table_rows_are_no_headings() -> None:
    # wz-stat-bulletin-2015: "（万载县统计局）" signs the communiqué; "主要工业产品产量" stands over
    # a web table whose rows the reader gives with tab-joined cells.
    text = (
        f"测试公报\n\n一、工业\n\n{PARA}\n\n主要工业产品产量\n\n产品名称\t计量单位\t产量\n饮料酒\t千升\t15767\n\n"
        f"{PARA}\n\n二、人口\n\n{PARA}\n\n（万载县统计局）\n"
    )
    assert tree(text) == [(1, "一、", "工业"), (1, "二、", "人口")]


def test_a_forwarded_documents_title_line_and_its_deletion_note_are_front_matter() -> None:
    # nat-social-org-1997, nat-quake-defence-1996: gov.cn pages of notices forwarding one
    # ministry document, closed by "（本文有删减）".
    text = (
        "国务院办公厅转发民政部关于清理整顿社会团体意见的通知\n\n国办发〔1997〕11号\n\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n"
        "民政部《关于清理整顿社会团体的意见》已经国务院同意，现转发给你们，请认真贯彻执行。\n\n"
        "国务院办公厅\n\n一九九七年四月八日\n\n（本文有删减）\n\n关于清理整顿社会团体的意见\n\n"
        f"（民政部　一九九七年一月二十八日）\n\n一、清理整顿工作的指导思想\n\n{PARA}\n\n二、清理整顿的原则\n\n{PARA}\n"
    )
    assert tree(text) == [(1, "一、", "清理整顿工作的指导思想"), (1, "二、", "清理整顿的原则")]


def test_glossaries_of_standards_hold_terms_and_end_at_the_next_attachment() -> None:
    # nat-plan-checkup-rules-2020: "2 术语" over 2.1 …; "附录 A  名词解释和说明" over A.1 …;
    # a glossary-like "B.2 指标说明" no longer swallows the next appendix's C.1.
    text = (
        f"测试规程\n\n1 范围\n{PARA}\n2 术语\n2.1 年度体检\n{PARA}\n2.2 五年评估\n{PARA}\n3 总则\n{PARA}\n"
        f"附录 A  名词解释和说明\nA.1 都市圈\n{PARA}\nA.2 城镇圈\n{PARA}\n附录 B：指标体系\nB.1 指标分级\n{PARA}\n"
        f"B.2 指标说明\n{PARA}\n附录 C：重点任务清单\nC.1 清单内容\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "1", "范围"),
        (1, "2", "术语"),
        (1, "3", "总则"),
        (1, "附录 A", "名词解释和说明"),
        (1, "附录 B：", "指标体系"),
        (2, "B.1", "指标分级"),
        (2, "B.2", "指标说明"),
        (1, "附录 C：", "重点任务清单"),
        (2, "C.1", "清单内容"),
    ]


def test_a_running_header_left_in_a_pdf_text_is_furniture() -> None:
    # bj-quake-resilience-guide: "<page> DB11/T XXXX—XXXX" opens every page.
    pages = "".join(f"{n} DB11/T XXXX—XXXX\n{PARA}\n{n}.1 一般规定\n{PARA}\n" for n in range(1, 5))
    text = f"测试导则\n{pages}"
    removed = {text[s:e].strip() for s, e in furniture_spans(text)}
    assert {f"{n} DB11/T XXXX—XXXX" for n in range(1, 5)} <= removed
    assert not any("一般规定" in line for line in removed)


def test_a_page_number_before_a_heading_stops_a_hard_wrap_join() -> None:
    # nat-city-plan-guide-2020: "…不视为边界调整。" + "33 G.3 划定技术流程" was joined into one line.
    full = "规划实施中因地形差异、用地勘界、产权范围界定、比例尺衔接等情况需要局部勘误"
    body = "\n".join([full] * 30)
    text = f"{body}\n33 G.3 划定技术流程\n{full}\n"
    joined_before = [text[s:e] for s, e in hard_wrap_joins(text)]
    heading_at = text.index("33 G.3")
    assert all(not (s < heading_at <= e) for s, e in hard_wrap_joins(text)), joined_before


def test_a_decimal_heading_spaced_from_a_unit_word_is_a_heading() -> None:
    # nat-plan-checkup-rules-2020: "4.2 年度体检要求" was read as the quantity "4.2年"; a number
    # keeps its unit close ("1.5亿元").
    text = f"测试规程\n\n1 总则\n1.1 体检评估内容\n{PARA}\n1.2 年度体检要求\n{PARA}\n1.5亿元用于试点。\n{PARA}\n"
    assert tree(text) == [(1, "1", "总则"), (2, "1.1", "体检评估内容"), (2, "1.2", "年度体检要求")]



def test_issuers_above_a_year_and_month_date_are_a_cover_not_sections() -> None:
    # A PDF report's cover (深圳 社会性别统计报告, read while checking the PDF reader; the round's
    # nat-city-plan-guide-2020 has "自然资源部" / "二〇二〇年八月"): issuers over a date without a day.
    text = (
        "2021年深圳市社会性别统计报告\n\n深圳市统计局\n\n深圳市妇女儿童工作委员会\n\n深圳市性别平等促进办公室\n\n"
        f"二〇二二年十二月\n\n一、人口特征\n\n（一）人口规模\n\n（二）性别比\n\n{PARA}\n\n二、婚姻及家庭状况\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "人口特征"),
        (2, "（一）", "人口规模"),
        (2, "（二）", "性别比"),
        (1, "二、", "婚姻及家庭状况"),
    ]


def test_a_pdf_line_keeps_its_low_commas_and_drops_its_footnote_marks(tmp_path: Path) -> None:
    # 深圳 社会性别统计报告 (a real PDF, one box per glyph): a footnote mark set small above the
    # line started a line band of its own, so the line's comma and decimal point fell onto the
    # next line ("常住人口性别比 为 122443" / "。 ."); kept, the mark also glued onto the number.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from plankg.loaders.text.formats import read_document

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "report.pdf"
    pdf = canvas.Canvas(str(path))
    x, y = 72.0, 700.0
    pieces = (("户籍人口", 12, 0), ("4", 6, 7), ("630", 12, 0), (".", 12, -1), ("94万人，性别比为97.73。", 12, 0))
    for piece, size, rise in pieces:
        pdf.setFont("STSong-Light", size)
        pdf.drawString(x, y + rise, piece)
        x += pdfmetrics.stringWidth(piece, "STSong-Light", size)
    pdf.setFont("STSong-Light", 12)
    for row in range(6):
        pdf.drawString(72.0, 680.0 - 20 * row, PARA[:30])
    pdf.save()
    text = read_document(path.read_bytes(), "report.pdf")
    assert "户籍人口630.94万人，性别比为97.73。" in text


def test_a_preface_glued_to_the_covers_last_line_is_the_preface() -> None:
    # nat-plan-checkup-rules-2020: pages glued without a line break: "2020 年 10 月 19 日前 言".
    text = f"测试规程\n（试行）\n2020 年 10 月 19 日前 言\n{PARA}\n1 范围\n{PARA}\n2 总则\n{PARA}\n"
    assert tree(text) == [(1, "", "前 言"), (1, "1", "范围"), (1, "2", "总则")]
    # unspaced, at the end of a sentence, it is a word: "…写在本书的前言"
    assert tree(f"测试规程\n\n1 范围\n{PARA}写在本书的前言\n2 总则\n{PARA}\n")[0] == (1, "1", "范围")
