"""What pages and sites leave in a text: page numbers glued to headings, running headers, footnote
marks, site disclaimers and template comments, tables read one cell per line and their notes.

Each test fails on the code before the rule it names (they came from the held-out and dev rounds
that showed the cause; tests/realworld/README.md tells the rounds)."""

from __future__ import annotations

from pathlib import Path

from plankg.loaders.text.furniture import furniture_spans
from plankg.loaders.text.normalise import normalise
from tests.segmenting import PARA, tree


def test_what_follows_a_sites_disclaimer_is_no_section() -> None:
    body = "".join(f"{n}、第{n}部分\n\n{PARA}\n\n" for n in "一二三四五六")
    text = (
        f"测试规划\n\n{PARA}\n\n{body}免责声明：本文观点仅代表作者本人，不代表本站立场。\n\n"
        ".appendQr_wrap border:1px solid #E6E6E6;\n\n海量资讯、精准解读，尽在新浪财经APP\n"
    )
    assert [t for _, _, t in tree(text)] == [f"第{n}部分" for n in "一二三四五六"]


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


def test_bracketed_lines_and_captions_above_table_rows_are_no_headings() -> None:
    # wz-stat-bulletin-2015: "（万载县统计局）" signs the communiqué; "主要工业产品产量" stands over
    # a web table whose rows the reader gives with tab-joined cells.
    text = (
        f"测试公报\n\n一、工业\n\n{PARA}\n\n主要工业产品产量\n\n产品名称\t计量单位\t产量\n饮料酒\t千升\t15767\n\n"
        f"{PARA}\n\n二、人口\n\n{PARA}\n\n（万载县统计局）\n"
    )
    assert tree(text) == [(1, "一、", "工业"), (1, "二、", "人口")]


def test_a_running_header_left_in_a_pdf_text_is_furniture() -> None:
    # bj-quake-resilience-guide: "<page> DB11/T XXXX—XXXX" opens every page.
    pages = "".join(f"{n} DB11/T XXXX—XXXX\n{PARA}\n{n}.1 一般规定\n{PARA}\n" for n in range(1, 5))
    text = f"测试导则\n{pages}"
    removed = {text[s:e].strip() for s, e in furniture_spans(text)}
    assert {f"{n} DB11/T XXXX—XXXX" for n in range(1, 5)} <= removed
    assert not any("一般规定" in line for line in removed)


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


def test_a_web_page_laid_out_in_one_table_cell_keeps_its_paragraphs_and_a_data_row_is_one_line() -> None:
    # nat-hospital-perf-2019: gov.cn puts the whole article in one table cell; its <p>s were
    # joined ("二、指标体系三级公立医院…"), and a data cell's <br> split its row over lines.
    from plankg.loaders.text.formats import read_html

    article = "".join(
        f"<p>{p}</p>"
        for p in ["一、总体要求", PARA, "二、指标体系", PARA, "附件", "测试指标", "注：", "1.标记的指标为监测指标。"]
    )
    page = (
        "<html><head><title>测试规划</title></head><body><table><tr><td>"
        f"{article}</td></tr></table><table><tr><td>一级指标</td><td>指标说明</td></tr>"
        "<tr><td>一、医疗质量</td><td>计算方法：甲/乙。<br>指标来源：医院填报。</td></tr></table></body></html>"
    )
    text = read_html(page.encode("utf-8"), "t.html")
    assert "\n二、指标体系\n" in text
    assert "一、医疗质量\t计算方法：甲/乙。" in text
    assert "\n指标来源" not in text


def test_table_notes_and_a_closing_signature_are_no_sections() -> None:
    # nat-hospital-perf-2019: the notice signs after the body ("国务院办公厅" / "2019年1月16日" /
    # "（此件公开发布）"), and the attached table's notes "注：" + "1.…" / "2.…" are notes.
    text = (
        f"测试规划\n\n一、总体要求\n\n{PARA}\n\n二、组织实施\n\n{PARA}\n\n附件：测试指标\n\n国务院办公厅\n\n"
        "2019年1月16日\n\n（此件公开发布）\n\n附件\n\n测试指标\n\n注：\n\n"
        "1.三级公立综合医院考核应采用上述全部考核指标。专科医院可根据专科特点选用部分考核指标。\n\n"
        "2.标记“▲”的26个指标为国家监测指标。\n"
    )
    assert tree(text) == [(1, "一、", "总体要求"), (1, "二、", "组织实施"), (1, "附件", "测试指标")]


def test_a_markdown_exports_note_is_furniture_and_its_title_heading_no_section() -> None:
    # cn-fyp-15: YAML front matter, a "> 本文正文由脚本…" note, then "# 《…规划纲要》" as the only #
    # heading: with the note gone the title is the text's first line, the plan's title, no section.
    text = (
        "---\n标题: 《测试规划纲要》\n文号: -\n发布单位: 某区发展和改革委员会\n---\n\n"
        "> 本文正文由脚本自官方公开页面提取，仅供检索查阅。\n> 依《著作权法》第五条第一项，不适用著作权法。\n\n"
        f"# 《测试规划纲要》\n\n{PARA}\n\n一、发展基础\n\n{PARA}\n\n二、总体要求\n\n{PARA}\n"
    )
    assert tree(text) == [(1, "一、", "发展基础"), (1, "二、", "总体要求")]


def test_cells_of_a_captioned_table_one_per_line_are_not_headings() -> None:
    text = (
        f"测试规划\n\n一、现状\n\n{PARA}\n\n表1  主要指标完成情况\n\n序号\n\n项目类别\n\n单位\n\n"
        f"综合整治城市河道\n\n条\n\n新开城市河道\n\n条\n\n{PARA}\n\n二、任务\n\n{PARA}\n"
    )
    assert [t for _, _, t in tree(text)] == ["现状", "任务"]


def test_a_run_of_short_lines_holding_a_number_is_a_table() -> None:
    text = f"测试规划\n\n一、现状\n\n{PARA}\n\n序号\n\n项目类别\n\n完成率\n\n113%\n\n{PARA}\n\n二、任务\n\n{PARA}\n"
    assert [t for _, _, t in tree(text)] == ["现状", "任务"]


def test_a_bare_number_before_table_cells_is_no_heading() -> None:
    text = f"测试规划\n\n一、目标\n\n{PARA}\n\n1 全市生产总值年均增长率 % 预期性 - 5左右\n\n{PARA}\n"
    assert [number for _, number, _ in tree(text)] in (["一、"], ["一、", ""])


def test_html_comments_of_a_page_template_are_not_text() -> None:
    assert "iframe" not in normalise("<p>一、总体要求</p><!-- 正文下iframe --><p>正文。</p>").text


def test_a_page_number_glued_before_a_decimal_heading_is_not_its_number() -> None:
    text = (
        f"测试规划\n\n一、总体\n\n1.1 甲节\n\n{PARA}\n\n十、布局\n\n{PARA}\n\n"
        f"7910.1 推动主城区综合功能升级\n\n10.1.1 加强功能复合。{PARA}\n\n142结 语\n\n{PARA}\n"
    )
    assert tree(text)[3:] == [(2, "10.1", "推动主城区综合功能升级"), (3, "10.1.1", "加强功能复合"), (1, "", "结 语")]


def test_notes_numbered_on_after_the_first_note_on_the_label_line_are_notes() -> None:
    # NOTES_FIRST_ON_LABEL: "注：1. …" / "2. …" / … / "4. 风险管控：指…" under a table: the notes after
    # the first are no sections, though "4." goes on from the sections "1. …" … "3. …" above and
    # reads "label：text" like a run-in title; the next part "三、…" is a section.
    text = "\n\n".join(
        [
            "测试规划",
            "一、总体要求",
            PARA,
            "二、主要指标",
            "1. 指导思想",
            PARA,
            "2. 基本原则",
            PARA,
            "3. 总体目标",
            PARA,
            "表1  主要指标",
            "序号",
            "指标",
            "目标值",
            "1",
            "达标率（%）",
            "95",
            "注：1. 达标率=（达标面积/建成区面积）×100%。",
            "2. 覆盖率按年度统计。",
            "3. 评估按季度开展。",
            "4. 风险管控：指当年易涝区域的处置比例。",
            "5. 数字赋能：指智慧化管控比例。",
            "三、主要任务",
            PARA,
        ]
    )
    assert [(n, t) for _, n, t in tree(text)] == [
        ("一、", "总体要求"),
        ("二、", "主要指标"),
        ("1.", "指导思想"),
        ("2.", "基本原则"),
        ("3.", "总体目标"),
        ("三、", "主要任务"),
    ]


def test_short_cells_beside_ranges_of_numbers_are_a_tables_cells() -> None:
    # NUMBER_CELL: a table exploded one cell a line whose values are ranges ("特级区域" / "50～100"),
    # after a numbered line that ended the table's caption run: the short labels are its cells.
    text = "\n\n".join(
        [
            "测试规划",
            "一、总体要求",
            PARA,
            "二、设计标准",
            PARA,
            "表2  设计重现期（年）",
            "区域类型",
            "重现期（年）",
            "积水标准",
            "中心区域",
            "100",
            "1.建筑物的底层不进水；",
            "2.道路中一条车道的积水深度不超过15cm。",
            "特级区域",
            "50～100",
            "一般区域",
            "30～50",
            "其他区域",
            "20～30",
            "三、主要任务",
            PARA,
        ]
    )
    assert [t for _, _, t in tree(text)] == ["总体要求", "设计标准", "主要任务"]


def test_a_line_break_of_the_page_left_as_a_space_inside_a_run_in_title_is_joined() -> None:
    # WRAPPED_LINE_SPACE (session 15): PDF text joined each paragraph's page lines with a space, one
    # every line width; a title cut from such a paragraph is joined like its body. A space between two
    # phrases of a title, in no such run, stays.
    paragraph = (
        "（一）允许参保人员在居住地和参保地双向享受相关待遇。参保人员在居住地就医时，起付标准、支付比例和最高支付"
        "限额原则上执行参保地的规定；备案有效期内确需回参保地就医的，可以在参保地享受结算服务，原则上不低于转诊"
        "转院待遇水平，并按规定办理有关手续。"
    )
    # the page's lines hold 26 characters, the first 6 fewer (its indent and number were not counted)
    breaks = range(20, len(paragraph), 26)
    wrapped = "".join(ch + (" " if k + 1 in breaks else "") for k, ch in enumerate(paragraph))
    assert "双向享 受" in wrapped
    text = f"测试通知\n\n一、完善政策\n{wrapped}\n（二）坚持创新驱动 建设科技强市。{PARA}\n"
    assert tree(text) == [
        (1, "一、", "完善政策"),
        (2, "（一）", "允许参保人员在居住地和参保地双向享受相关待遇"),
        (2, "（二）", "坚持创新驱动 建设科技强市"),
    ]


def test_a_zero_led_code_is_no_page_number_glued_to_a_heading() -> None:
    # PAGE_NOT_ZERO_LED (nat-urban-area-std-draft, 附录A): a table of land-use codes one row a line;
    # "07  住宅用地" is code 07, not page 0 glued to chapter 7.
    text = (
        f"测试规程\n\n1  范围\n{PARA}\n2  术语\n{PARA}\n3  总则\n{PARA}\n4  基本原则\n{PARA}\n"
        f"5  技术方法\n{PARA}\n6  范围确定\n{PARA}\n"
        "0701  城镇住宅用地  200m2  必选\n07  住宅用地\n0702  农村宅基地  200m2  候选\n"
        "08H1  机关团体新闻出版用地  200m2  必选\n08  公共管理与公共服务用地\n0809  公共设施用地  200m2  必选\n"
    )
    assert [t for _, _, t in tree(text)] == ["范围", "术语", "总则", "基本原则", "技术方法", "范围确定"]


def test_letter_spaced_references_after_the_appendices_is_a_heading() -> None:
    # REFERENCES_HEADING (nat-urban-area-std-draft): "参 考 文 献" alone on its line after the appendices,
    # where short lines are otherwise a table's cells.
    text = (
        f"测试规程\n\n1  范围\n{PARA}\n2  总则\n{PARA}\n附 录 A\n（规范性）\n实体地物类别及最小面积要求列表\n"
        f"{PARA}\n\n12 TD/T XXXX—202X\n参 考 文 献\n[1]  GB/T 16820-2009  地图学术语\n"
        "[2]  GB/T 32000-2015  美丽乡村建设指南\n"
    )
    assert tree(text)[-1] == (1, "", "参 考 文 献")


def test_a_second_level_title_whose_number_the_pdf_lost_is_found_by_its_toc_entry() -> None:
    # LOST_NUMBER_TOC_ENTRY (nat-urban-area-std-draft): the 目次 and the body lost the numbers 4.1, 5.1, 5.2;
    # the TOC still lists their titles under their chapters, and 5.2.1 sits under 数据准备.
    dots = " " + "." * 40 + " "
    toc = (
        f"目 次\n前言{dots}II\n1  范围{dots}1\n2  规范性引用文件{dots}1\n3  术语和定义{dots}1\n4  基本原则{dots}1\n"
        f" 客观真实{dots}1\n"
        f" 科学合理{dots}2\n5  城区实体地域范围确定技术方法{dots}2\n 技术流程{dots}2\n 数据准备{dots}3\n"
        f"参考文献{dots}13\n"
    )
    body = (
        f"前 言\n{PARA}\n1  范围\n{PARA}\n2  规范性引用文件\n{PARA}\n3  术语和定义\n{PARA}\n"
        f"4  基本原则\n客观真实\n{PARA}\n科学合理\n{PARA}\n"
        f"5  城区实体地域范围确定技术方法\n技术流程\n{PARA}\n数据准备\n"
        f"5.2.1  基础数据\n{PARA}\n5.2.2  数学基础\n{PARA}\n"
    )
    sections = tree(f"城区范围确定规程\n\n{toc}{body}")
    assert [(level, title) for level, _, title in sections][4:] == [
        (1, "基本原则"),
        (2, "客观真实"),
        (2, "科学合理"),
        (1, "城区实体地域范围确定技术方法"),
        (2, "技术流程"),
        (2, "数据准备"),
        (3, "基础数据"),
        (3, "数学基础"),
    ]


def test_a_short_line_whose_sentence_goes_on_below_after_a_comma_is_no_heading() -> None:
    # SENTENCE_GOES_ON_BELOW (tj-demand-response-2021): a bold phrase of a web page on its own line, its
    # sentence going on below after a comma.
    text = (
        f"测试方案\n\n一、总体要求\n\n{PARA}\n\n二、实施流程\n\n{PARA}\n\n申报参与固定补贴价格模式的用户\n\n"
        "，需在规定时间内登录平台填写日申报响应量，经系统校验确认响应能力符合条件后，申报成功。\n\n"
        f"三、保障措施\n\n{PARA}\n"
    )
    assert [t for _, _, t in tree(text)] == ["总体要求", "实施流程", "保障措施"]


def test_a_chapter_line_joined_with_its_paragraph_ends_where_its_toc_title_ends() -> None:
    # TOC_TITLE_OVER_GLUED_CUT (bj-eco-restoration-2035): a hard-wrap join ran the chapter line into its first
    # paragraph; the 目录 lists the title.
    toc = (
        "目  录\n第一章  总体要求 ..... 1\n第二章  主要任务 ..... 5\n"
        "第三章  强化国土空间的整体统筹，促进绿韵红脉融合 ..... 11\n"
    )
    body = (
        f"第一章  总体要求\n{PARA}\n第二章  主要任务\n{PARA}\n"
        "第三章  强化国土空间的整体统筹，促进绿韵红脉融合通过建立和完善生态保护体系，有序统筹非建设空间与建设空间之间的"
        "共轭关系，促进“绿韵”和“红脉”有机融合。完善“环首都-市域-平原区-中心城”多尺度镶嵌融合的生态网络体系。\n"
    )
    assert tree(f"测试规划\n\n{toc}{body}")[-1] == (1, "第三章", "强化国土空间的整体统筹，促进绿韵红脉融合")


def test_unnumbered_toc_entries_after_the_last_chapter_are_annexes_not_lost_numbers() -> None:
    # LOST_NUMBER_TOC_ENTRY, its limit (nat-city-plan-guide-2020): "5 审查要求" then 名词解释和说明, 规划分区 … to the
    # 目录's end are annexes whose 附录 label the TOC omits, not sections of chapter 5.
    from plankg.loaders.structure.segment import _lost_number_entries
    from plankg.loaders.structure.toc import parse_toc

    dots = " " + "." * 30 + " "
    toc = parse_toc(
        f"测试指南\n\n目  录\n1  总体要求{dots}1\n2  基础工作{dots}3\n3  主要编制内容{dots}5\n4  公众参与{dots}9\n"
        f"5  审查要求{dots}10\n名词解释和说明{dots}11\n规划分区{dots}12\n强制性内容{dots}13\n\n1  总体要求\n{PARA}\n"
    )
    assert toc is not None and len(toc.entries) >= 6
    assert _lost_number_entries(toc) == {}
