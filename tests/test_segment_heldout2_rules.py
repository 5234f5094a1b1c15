"""Rules added after the second held-out round (heldout2) was scored once (issue #7, branch
seg-fix4); the set is no longer held out. Each test is a small synthetic text in the layout
that failed, and fails on the code before the rule."""

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

META = PlanMeta(id="t", title="测试规划")
PARA = "这是一段足够长的正文内容，用来说明这一部分的具体要求和主要做法，以及实施安排。"


def tree(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in load_plan(text, META).sections]


def test_the_yaml_front_matter_of_a_markdown_export_is_metadata_and_the_notice_is_front_matter() -> None:
    # hp-heritage-14, sh-transport-bizenv-2026: "---" / key: value lines / "---", a > note, the
    # notice title as the only # heading; the signature, date and plan title became sections.
    text = (
        "---\n标题: 某区人民政府办公室关于印发某区测试规划的通知\n文号: 某府办发〔2021〕28号\n"
        "发布单位: 某区人民政府办公室\n发布日期: 2021-07-20\n层级: 区级\n类型: 规划与计划\n状态: 有效\n"
        "官方链接: https://example.gov.cn/detail?id=1\n---\n\n"
        "> 本文正文由脚本自官方公开页面提取，仅供检索查阅。\n> 以官方链接发布版本为准。\n\n"
        "# 某区人民政府办公室关于印发某区测试规划的通知\n\n各委、局、办，各街道办事处：\n\n"
        "《某区测试规划》已经区政府同意，现印发给你们，请认真按照执行。\n\n特此通知。\n\n"
        f"某区人民政府办公室\n\n2021年7月20日\n\n某区测试规划\n\n{PARA}\n\n一、总体要求\n\n{PARA}\n\n"
        f"二、主要任务\n\n{PARA}\n"
    )
    assert tree(text) == [(1, "一、", "总体要求"), (1, "二、", "主要任务")]


def test_the_attachment_list_is_no_section_and_numbered_attachments_with_a_colon_head_their_part() -> None:
    # hp-heritage-14: "附件：" + "1.…指标" / "2.…清单" lists the attachments; "附件1：" with its
    # title on the next line heads the attachment, whose table cells are no sections.
    text = (
        f"测试规划\n\n一、总体要求\n\n{PARA}\n\n附件：\n1.测试规划指标\n\n2.测试规划项目清单\n\n"
        "附件1：\n\n测试规划指标\n\n序号\n\n类型\n\n指标名称\n\n1\n\n保护修缮\n\n修缮面积\n\n"
        "附件2：\n\n测试规划项目清单\n\n序号\n\n主要领域\n\n1\n\n外滩风貌区\n"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (1, "附件1：", "测试规划指标"),
        (1, "附件2：", "测试规划项目清单"),
    ]


def test_a_run_in_heading_that_labels_its_first_sentence_is_titled_by_the_label() -> None:
    # sh-transport-bizenv-2026: "1.简政提效：深化行政审批改革集成增效。持续推进…" is titled
    # 简政提效 (tests/gold/realworld/README.md: a run-in title ends before the first 。 or ：).
    text = (
        f"测试规划\n\n一、示范场景\n\n1.简政提效：深化行政审批改革集成增效。{PARA}\n\n"
        f"2.协同联建：推进长三角交通一体互联。{PARA}\n"
    )
    assert tree(text) == [(1, "一、", "示范场景"), (2, "1.", "简政提效"), (2, "2.", "协同联建")]


def test_a_one_line_text_finds_headings_after_a_bracketed_lead_unit_note() -> None:
    # nat-business-env-2020: ONE line, no paragraph marks; each run-in （n） ends with its lead
    # units in brackets, glued to the next heading: "…加快项目落地。（国家发展改革委牵头，…负责）（二）…".
    note = "（国家发展改革委牵头，国务院相关部门按职责分工负责）"
    body = PARA * 40
    text = (
        f"各省、自治区、直辖市人民政府：{body}现提出以下意见。一、持续提升投资建设便利度（一）优化再造审批流程。"
        f"{body}{note}（二）进一步提升审批效率。{body}{note}二、进一步简化审批和条件（三）进一步降低准入门槛。"
        f"{body}{note}"
    )
    assert tree(text) == [
        (1, "一、", "持续提升投资建设便利度"),
        (2, "（一）", "优化再造审批流程"),
        (2, "（二）", "进一步提升审批效率"),
        (1, "二、", "进一步简化审批和条件"),
        (2, "（三）", "进一步降低准入门槛"),
    ]


def test_numbered_questions_of_a_one_line_interview_keep_their_numbers() -> None:
    # nat-agri-nonpoint-interp-2021: "…回答记者提问。1. 问：…？答：…" on ONE line; the numbers 1.…5.,
    # pages apart, were taken for page numbers glued into the text and removed.
    answer = PARA * 8
    text = "有关负责同志就《测试方案》答记者问近日，有关负责同志回答记者提问。" + "".join(
        f"{n}. 问：{q}？答：{answer}"
        for n, q in enumerate(
            [
                "农业面源污染具有哪些主要特点",
                "工作进展如何",
                "方案出台的背景是什么",
                "基本原则是什么",
                "如何开展监督指导工作",
            ],
            start=1,
        )
    )
    assert tree(text) == [
        (1, "1.", "问：农业面源污染具有哪些主要特点？"),
        (1, "2.", "问：工作进展如何？"),
        (1, "3.", "问：方案出台的背景是什么？"),
        (1, "4.", "问：基本原则是什么？"),
        (1, "5.", "问：如何开展监督指导工作？"),
    ]


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


def test_a_chapter_title_starting_with_jie_is_no_second_unit() -> None:
    # nat-fyp-10: "第六章节约保护资源，实现永续利用" is 第六章 + 节约…, not a "章节" unit.
    text = f"第五章发展服务业\n\n{PARA}\n\n第六章节约保护资源，实现永续利用\n\n{PARA}\n"
    assert tree(text) == [(1, "第五章", "发展服务业"), (1, "第六章", "节约保护资源，实现永续利用")]


def test_a_section_title_glued_to_its_first_sentence_ends_where_the_sentence_starts() -> None:
    # nat-fyp-10 (sentence-per-line PDF text, every 。 a line break): 节 titles run straight into
    # the first sentence; the sentence repeats the title's words or opens with a sentence word.
    text = (
        f"第一章加强基础设施建设\n\n{PARA}\n\n"
        "第一节加强水利建设水利建设要全面规划，统筹兼顾，标本兼治，综合治理\n"
        "第二节稳定粮食生产能力严格执行基本农田保护制度，保持全国耕地总量动态平衡\n"
        "第三节推进社区建设推进社区建设是新时期我国经济和社会发展的重要内容\n"
    )
    assert tree(text) == [
        (1, "第一章", "加强基础设施建设"),
        (2, "第一节", "加强水利建设"),
        (2, "第二节", "稳定粮食生产能力"),
        (2, "第三节", "推进社区建设"),
    ]


def test_chapter_headings_run_together_and_a_toc_without_page_numbers_before_a_preface() -> None:
    # yn-fyp-10 (newspaper database export): "目录序言" and TOC lines of several entries each, the
    # body's 序言 glued onto the last one; in the body "第二篇调整经济结构第三章巩固…" on one line.
    text = (
        "测试规划纲要\n目录序言\n第一篇指导思想\n第一章发展的指导思想第二章发展的主要目标第二篇调整经济结构\n"
        f"第三章巩固农业基础地位第四章加强基础设施建设序言\n{PARA}\n第一篇指导思想\n第一章发展的指导思想\n{PARA}\n"
        f"第二章发展的主要目标\n{PARA}\n第二篇调整经济结构第三章巩固农业基础地位\n{PARA}\n"
        f"第四章加强基础设施建设\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "", "序言"),
        (1, "第一篇", "指导思想"),
        (2, "第一章", "发展的指导思想"),
        (2, "第二章", "发展的主要目标"),
        (1, "第二篇", "调整经济结构"),
        (2, "第三章", "巩固农业基础地位"),
        (2, "第四章", "加强基础设施建设"),
    ]


def test_a_markdown_exports_note_is_furniture_and_its_title_heading_no_section() -> None:
    # cn-fyp-15: YAML front matter, a "> 本文正文由脚本…" note, then "# 《…规划纲要》" as the only #
    # heading: with the note gone the title is the text's first line, the plan's title, no section.
    text = (
        "---\n标题: 《测试规划纲要》\n文号: -\n发布单位: 某区发展和改革委员会\n---\n\n"
        "> 本文正文由脚本自官方公开页面提取，仅供检索查阅。\n> 依《著作权法》第五条第一项，不适用著作权法。\n\n"
        f"# 《测试规划纲要》\n\n{PARA}\n\n一、发展基础\n\n{PARA}\n\n二、总体要求\n\n{PARA}\n"
    )
    assert tree(text) == [(1, "一、", "发展基础"), (1, "二、", "总体要求")]


def test_an_ocr_text_keeps_headings_whose_numerals_and_brackets_were_misread() -> None:
    # nat-fyp-8 (OCR of a scanned book): "序" alone heads the preface; 一、/二、 lost their numerals
    # ("、“八五”计划的基本任务…"); "〈一）" / "（二〕" and "2·" are OCR look-alikes of （一） / （二） / 2.
    text = (
        f"序\n\n{PARA}\n\n、主要目标和指导方针\n\n〈一）奋斗目标和总体蓝图\n\n{PARA}\n\n（二〕基本指导方针\n\n"
        f"1.积极调整产业结构\n\n{PARA}\n\n2·努力改善地区经济结构\n\n{PARA}\n\n、基本任务和综合经济指标\n\n"
        f"（一）基本任务\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "", "序"),
        (1, "、", "主要目标和指导方针"),
        (2, "（一）", "奋斗目标和总体蓝图"),
        (2, "（二）", "基本指导方针"),
        (3, "1.", "积极调整产业结构"),
        (3, "2.", "努力改善地区经济结构"),
        (1, "、", "基本任务和综合经济指标"),
        (2, "（一）", "基本任务"),
    ]
