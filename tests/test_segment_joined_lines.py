"""Texts whose line breaks were lost or moved: one-line crawls, hard-wrapped PDF lines, titles glued
to their first sentence or to the paragraph before, run-in headings.

Each test fails on the code before the rule it names (they came from the held-out and dev rounds
that showed the cause; tests/realworld/README.md tells the rounds)."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline
from plankg.loaders.text.furniture import hard_wrap_joins
from plankg.loaders.text.normalise import normalise
from tests.segmenting import PARA, SCHEME, tree


def test_a_paragraph_mark_before_a_numbered_item_breaks_the_line_in_a_one_line_text() -> None:
    # nat-third-party-2014: a gov.cn page as ONE line, paragraphs separated by "　　"; the marks
    # before "1." were left inside the line, so the run-in 1.…3. under （二）基本原则 were lost.
    text = (
        "国务院办公厅关于推行环境污染第三方治理的意见国办发〔2014〕69号各省、自治区、直辖市人民政府：　　"
        f"{PARA}现提出以下意见：　　一、总体要求　　（一）指导思想。{PARA}　　（二）基本原则。"
        f"　　1.坚持排污者付费。{PARA}　　2.坚持市场化运作。{PARA}　　3.坚持政府引导推动。{PARA}"
        f"　　（三）主要目标。{PARA}　　二、推进投资运营市场化　　（四）改革投资运营模式。{PARA}"
        f"　　（五）推进审批便利化。{PARA}　　（六）合理确定收益。{PARA}　　{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (2, "（一）", "指导思想"),
        (2, "（二）", "基本原则"),
        (3, "1.", "坚持排污者付费"),
        (3, "2.", "坚持市场化运作"),
        (3, "3.", "坚持政府引导推动"),
        (2, "（三）", "主要目标"),
        (1, "二、", "推进投资运营市场化"),
        (2, "（四）", "改革投资运营模式"),
        (2, "（五）", "推进审批便利化"),
        (2, "（六）", "合理确定收益"),
    ]


def test_a_full_width_heading_ending_its_block_is_not_joined_with_the_next_line() -> None:
    # bj-eco-security-2035 (PDF text, 26 characters a line): the wrapped lines end at their last
    # character, block ends with a space; the heading "（一）…服务 " is as wide as the page and was
    # joined with its paragraph into one long title.
    body = "综合考虑水源保护与涵养、洪涝调蓄与排泄、水环境提升、湿地生境支撑和水系廊道连通，构建水生态安全格局。" * 6
    wrapped = "\n".join(body[i : i + 26] for i in range(0, len(body), 26))
    text = (
        f"测试规划\n{wrapped} \n一、强化生态过程调控，保障重要生态功能 \n"
        f"（一）构建水生态安全格局，保障流域水生态系统服务 \n{wrapped} \n"
        f"（二）构建生物保护格局，加强生物多样性和生境保护 \n{wrapped} \n"
    )
    assert tree(text) == [
        (1, "一、", "强化生态过程调控，保障重要生态功能"),
        (2, "（一）", "构建水生态安全格局，保障流域水生态系统服务"),
        (2, "（二）", "构建生物保护格局，加强生物多样性和生境保护"),
    ]


def test_letter_spacing_is_no_paragraph_mark() -> None:
    # A PDF text with columns spaced apart has many marks (PARAGRAPH_MARKS_MIN): "目   次" and
    # "前      言" were broken into one character a line.
    rows = "\n".join(f"{n}  项目{'甲乙丙丁戊己庚辛壬癸子'[n - 1]}      指标乙      单位丙" for n in range(1, 12))
    text = normalise(f"北        京        市\n目   次\n前      言\n{rows}\n").text
    assert "北        京        市\n目   次\n前      言\n" in text
    assert "\n1  项目甲\n指标乙\n单位丙\n" in text  # a mark between two pieces of text still breaks


def test_a_page_number_before_a_heading_stops_a_hard_wrap_join() -> None:
    # nat-city-plan-guide-2020: "…不视为边界调整。" + "33 G.3 划定技术流程" was joined into one line.
    full = "规划实施中因地形差异、用地勘界、产权范围界定、比例尺衔接等情况需要局部勘误"
    body = "\n".join(full[k:] + full[:k] for k in range(30))  # distinct lines (DISTINCT_WRAP_LINES)
    text = f"{body}\n33 G.3 划定技术流程\n{full}\n"
    joined_before = [text[s:e] for s, e in hard_wrap_joins(text)]
    heading_at = text.index("33 G.3")
    assert all(not (s < heading_at <= e) for s, e in hard_wrap_joins(text)), joined_before


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


def test_a_body_on_one_line_behind_a_notice_has_its_headings_read_inline() -> None:
    # nat-eco-fiscal-2020: the notice keeps its lines, the whole 方案 is one line with no
    # separator; 一、 is glued to its first sentence ("一、总体要求以…"), （一） is run in.
    body = (
        "按照有关决策部署，现就测试领域改革制定如下方案。一、总体要求以新发展理念为指导，" + PARA * 6
        + "二、主要内容（一）规划制度制定。" + PARA * 3 + "（二）监测执法。" + PARA * 3
        + "三、配套措施（一）加强组织领导。" + PARA * 3 + "（二）落实支出责任。" + PARA * 2
    )  # fmt: skip
    text = (
        "国务院办公厅关于印发测试方案的通知国办发〔2020〕13号\n\n各省、自治区、直辖市人民政府：《测试方案》"
        "已经国务院同意，现印发给你们，请认真贯彻落实。国务院办公厅2020年5月31日（此件公开发布）\n\n\n\n"
        f"测试方案\n\n{body}\n"
    )
    assert tree(text, SCHEME) == [
        (1, "一、", "总体要求"),
        (1, "二、", "主要内容"),
        (2, "（一）", "规划制度制定"),
        (2, "（二）", "监测执法"),
        (1, "三、", "配套措施"),
        (2, "（一）", "加强组织领导"),
        (2, "（二）", "落实支出责任"),
    ]


def test_a_glued_part_title_ends_after_its_head_noun_within_an_attachment() -> None:
    # nat-railway-env-2021: a 函's 附件 whose 制度 is one line; "二、成员单位联席会议由…组成" and
    # "三、议事规则联席会议实行…制度。" show no sentence opener: the title ends after the noun
    # heading it (TITLE_HEAD_NOUNS); the parts sit under the attachment.
    body = (
        "为加强统筹协调，建立测试联席会议制度。一、主要职责在国务院领导下，" + PARA * 3
        + "二、成员单位联席会议由交通运输部、公安部等部门组成。" + PARA * 3
        + "三、议事规则联席会议实行全体会议和专题会议制度。" + PARA * 3
        + "四、工作要求交通运输部要牵头做好联席会议各项工作。" + PARA * 2
    )  # fmt: skip
    text = f"测试方案\n\n{PARA}\n\n附件\n\n测试联席会议制度\n\n{body}\n"
    assert tree(text, SCHEME) == [
        (1, "附件", "测试联席会议制度"),
        (2, "一、", "主要职责"),
        (2, "二、", "成员单位"),
        (2, "三、", "议事规则"),
        (2, "四、", "工作要求"),
    ]


def test_a_glued_scope_title_ends_after_its_head_noun() -> None:
    # TITLE_HEAD_NOUNS 范围 (heldout9): "二、定义和支持范围气候投融资是指…" in a text read inline; a
    # title going on with 范围内 is one word.
    body = (
        "为加强统筹协调，现提出以下意见。一、主要目标到2025年，" + PARA * 3
        + "二、定义和支持范围气候投融资是指为实现国家自主贡献目标引导资金投向应对气候变化领域的投资活动。" + PARA * 3
        + "三、保障措施各地要加强组织领导。" + PARA * 2
    )  # fmt: skip
    assert [h.title for h in headings_inline(body)] == ["主要目标", "定义和支持范围", "保障措施"]
    within = body.replace("定义和支持范围气候", "在规划范围内气候")
    assert "在规划范围" not in [h.title for h in headings_inline(within)]


def test_decimal_numbering_from_a_bare_top_number_in_a_text_run_together() -> None:
    # One line: a TOC without page numbers, then the body; paragraphs marked by "　　" only.
    marks = "　　"
    toc = marks.join(["1　总则", "1.1　编制目的", "1.2　编制依据", "2　组织指挥", "2.1　指挥机构"])
    body = marks.join(
        [
            f"1　总则{marks}1.1　编制目的\n{PARA}",
            f"1.2　编制依据\n{PARA}",
            f"2　组织指挥{marks}2.1　指挥机构\n{PARA}",
            f"2.1.1　现场指挥\n{PARA}",
        ]
    )
    text = f"测试预案{marks}{toc}{marks}{body}{marks}{PARA}\n"
    assert tree(text) == [
        (1, "1", "总则"),
        (2, "1.1", "编制目的"),
        (2, "1.2", "编制依据"),
        (1, "2", "组织指挥"),
        (2, "2.1", "指挥机构"),
        (3, "2.1.1", "现场指挥"),
    ]


def test_a_question_heading_read_inline_keeps_its_question_mark() -> None:
    body = "。".join(["这是说明的内容"] * 400)
    text = f"一、《通知》制定的背景是什么？{body}。二、《通知》的主要内容有哪些？{body}。"
    assert [t for _, _, t in tree(text)] == ["《通知》制定的背景是什么？", "《通知》的主要内容有哪些？"]


def test_a_heading_run_together_with_a_table_before_it_starts_its_own_line() -> None:
    text = (
        f"测试规划\n\n一、现状\n\n（一）成效\n\n{PARA}\n\n（二）指标\n\n{PARA}指标　完成　4.3个百分点"
        f"　　（三）环境保护工作进入新阶段。\n\n{PARA}\n"
    )
    assert [t for _, _, t in tree(text)] == ["现状", "成效", "指标", "环境保护工作进入新阶段"]


def test_a_heading_joined_with_its_paragraph_ends_where_the_toc_says() -> None:
    long_para = "“十四五”时期，上海发展环境面临更为深刻复杂变化，当今世界和平与发展仍是时代主题，新机遇新挑战并存。"
    text = (
        "测试规划\n\n目  录\n\n一、总体 .......... 1\n\n1.1 发展基础 .......... 1\n\n"
        "1.2 准确把握新发展阶段面临的新机遇新挑战 .......... 2\n\n二、任务 .......... 3\n\n"
        f"一、总体\n\n1.1 发展基础\n\n{PARA}\n\n"
        f"1.2 准确把握新发展阶段面临的新机遇新挑战{long_para}\n\n二、任务\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体"),
        (2, "1.1", "发展基础"),
        (2, "1.2", "准确把握新发展阶段面临的新机遇新挑战"),
        (1, "二、", "任务"),
    ]


def test_a_heading_glued_onto_the_end_of_a_paragraph_is_split_off_when_it_is_next_in_sequence() -> None:
    # GLUED_HEADING_TAIL (nat-fyp-8): "…达到33％。五、“八五”期间科学技术…政策" and "…合法权益。〈九）改革
    # 计划体制和投资体制": the OCR lost the line break before the heading. A marker out of sequence
    # (五、 after 三、) stays text.
    text = (
        f"测试规划\n{PARA}\n一、地区经济\n（一）沿海地区\n{PARA}\n（二）内陆地区\n{PARA}工业废气处理率达到74％。二、科学技术和教育\n"
        f"（一）科学技术的发展\n{PARA}保护残疾人的合法权益。〈二）教育事业的发展\n{PARA}\n"
        f"三、对外贸易\n{PARA}按这个原则办理。五、下一个部分的标题\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "地区经济"),
        (2, "（一）", "沿海地区"),
        (2, "（二）", "内陆地区"),
        (1, "二、", "科学技术和教育"),
        (2, "（一）", "科学技术的发展"),
        (2, "（二）", "教育事业的发展"),
        (1, "三、", "对外贸易"),
    ]


def test_a_title_ends_at_the_paragraph_mark_before_its_first_sentence() -> None:
    # TITLE_BEFORE_BODY_MARK (nat-fyp-7, sentence-per-line PDF text): "第三节　石油工业　　1990年全国原油
    # 产量…" - the mark before a digit is no line break (a table's numbers), so the heading ran on
    # into its sentence and was too long to be read.
    long_sentence = (
        "1990年全国原油产量达到1.5亿吨，比1985年增加2，500万吨；天然气产量达到150亿立方米，比1985年增加21亿立方米"
    )
    text = (
        f"测试规划\n{PARA}\n第一章\u3000能源\n{PARA}\n第一节\u3000电力工业\n{PARA}\n"
        f"第二节\u3000石油工业\u3000\u3000{long_sentence}\n{PARA}\n"
        f"（一）耐用消费品工业\u3000\u3000{long_sentence}\n"
    )
    assert tree(text) == [
        (1, "第一章", "能源"),
        (2, "第一节", "电力工业"),
        (2, "第二节", "石油工业"),
        (3, "（一）", "耐用消费品工业"),
    ]


def test_a_glued_section_title_ends_before_ba_fronting_its_object() -> None:
    # nat-fyp-10: "第三节积极合理有效地利用外资把吸收外商直接投资作为利用外资的重点，…" lost its
    # section (no repeat, no listed opener); 把 opens the sentence (OBJECT_FRONTING_OPENER).
    # 把握 is a word of titles and does not end one; a 节 line whose title shows no end at all
    # keeps its section, titled by its first clause (it was lost).
    text = (
        f"第十七章扩大对外开放\n{PARA}\n"
        "　　第三节积极合理有效地利用外资把吸收外商直接投资作为利用外资的重点，完善利用外资政策\n"
        "　　第四节全面准确把握对外开放的新形势，推动开放型经济发展，构建开放新格局，"
        "完善涉外法律法规，提高涉外经济工作依法行政的水平，维护国家经济安全\n"
    )
    assert tree(text) == [
        (1, "第十七章", "扩大对外开放"),
        (2, "第三节", "积极合理有效地利用外资"),
        (2, "第四节", "全面准确把握对外开放的新形势"),
    ]


def test_a_list_point_set_as_a_comma_before_a_plain_title_is_the_point() -> None:
    # nat-fyp-9: "2，大力发展职业教育和成人教育" between "1．…" and "3．…" was no heading; a
    # sentence that opens with a count keeps its comma.
    text = (
        f"　　1．加强城乡义务教育\n{PARA}\n　　2，大力发展职业教育和成人教育\n"
        f"{PARA}\n　　3．改善高等教育结构，提高教育质量\n{PARA}\n　　4，5个试点省份已经完成，其余地区继续推进\n"
    )
    assert [t for _, _, t in tree(text)] == [
        "加强城乡义务教育",
        "大力发展职业教育和成人教育",
        "改善高等教育结构，提高教育质量",
    ]


def test_points_after_a_colon_on_one_line_are_titled_by_their_first_sentence() -> None:
    # LEAD_POINTS, LOST_BREAK_GLYPH (nat-beijing-pollution-reply-1999): a reply crawled onto one
    # line, a private-use glyph where the break before 一、 was; each point's title is its first
    # sentence, "北京市要…" included (no glued-title cut at the opener 要).
    text = (
        "国务院关于测试目标的批复\u00a0国函〔1999〕134号\u00a0北京市人民政府：你们报送的请示收悉。现批复如下：\ue004"
        "一、原则同意修改后的《测试目标和对策(1998—2002年)》(以下简称《目标和对策》)。" + PARA * 3
        + "二、同意北京市制定的环境污染防治目标。" + PARA * 3
        + "三、北京市要认真组织实施《目标和对策》，坚持可持续发展战略；要加大环境执法力度。" + PARA * 3
        + "\u3000\u3000国\u3000务\u3000院\u3000\u3000一九九九年十月三十一日\n"
    )  # fmt: skip
    assert [title for _, _, title in tree(text)] == [
        "原则同意修改后的《测试目标和对策（1998—2002年）》（以下简称《目标和对策》）",
        "同意北京市制定的环境污染防治目标",
        "北京市要认真组织实施《目标和对策》，坚持可持续发展战略；要加大环境执法力度",
    ]


def test_a_long_point_of_sentence_per_line_text_ends_at_its_line_break() -> None:
    # SENTENCE_PER_LINE (nat-fyp-2-proposal-1956, round 6): the PDF text stands one sentence a
    # line, its 。 turned into line breaks; a （三） point whose first sentence is longer than a
    # title ("（三）我国第二个五年计划的中心任务仍然是优先发展重工业，这是…的基础") is run-in all the same.
    # each line its own words: a line that only repeats the end of the line above is a converter's copy
    # (REPEATED_LINE_TAIL), not a sentence
    body = "\n".join(
        "　　" + "".join(f"正文内容说明第{k}段第{j}句的要求，以及具体的实施安排" for j in range(n))
        for k, n in enumerate((1, 3, 2, 4, 1, 2, 3, 1))
    )
    third = (
        "我国第二个五年计划的中心任务仍然是优先发展重工业，这是社会主义工业化的主要标志，"
        "因为重工业是建立我国强大的经济力量和国防力量的基础，也是完成我国国民经济的技术改造的基础"
    )
    text = (
        f"{body}\n　　（一）国民经济有必要继续保持比较高的发展速度\n{body}\n"
        f"　　（二）1962年的国民收入有可能比1957年增加一半左右\n{body}\n　　（三）{third}\n{body}\n"
    )
    assert tree(text) == [
        (1, "（一）", "国民经济有必要继续保持比较高的发展速度"),
        (1, "（二）", "1962年的国民收入有可能比1957年增加一半左右"),
        (1, "（三）", third),
    ]


def test_a_first_part_heading_glued_after_the_preamble_s_sentence_end_is_split_off() -> None:
    # nat-nonferrous-std-guide-2023 (heldout7): "…组织编制了《…指南（2023 版）》。一、总体要求", the
    # first 一、 glued to the preamble's 。 (GLUED_HEADING_TAIL took only a number after one seen
    # before), and "…（省工业和信息化厅负责）三、…" glued after a task's lead-unit bracket
    # (GLUED_AFTER_SPACE_OR_BRACKET); every part and its （n） were lost or one level too high.
    text = (
        f"{PARA}\n{PARA}组织编制了《测试指南》。一、总体要求\n（一）指导思想\n{PARA}\n（二）基本原则\n{PARA}\n"
        f"二、建设内容\n（一）基础标准\n{PARA}（省工业和信息化厅负责）\n（二）装备标准\n"
        f"{PARA}（省工业和信息化厅负责）三、实施路径\n（一）强化组织协调\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (2, "（一）", "指导思想"),
        (2, "（二）", "基本原则"),
        (1, "二、", "建设内容"),
        (2, "（一）", "基础标准"),
        (2, "（二）", "装备标准"),
        (1, "三、", "实施路径"),
        (2, "（一）", "强化组织协调"),
    ]


def test_a_spaced_first_chapter_glued_after_the_preface_sentence_is_split_off() -> None:
    # nat-bus-smart-demo-guide-2014 (heldout7): "…本指南由…起草。　第一章　总体要求　", the first
    # chapter glued to the preface's last sentence (GLUED_CHAPTER); its 一、 parts were read as the
    # top level and the later chapters lost.
    text = (
        f"{PARA}\n　　本指南由有关单位起草。　第一章　总体要求　\n\n　　一、建设目的\n　　{PARA}\n"
        f"　　二、建设范围\n　　{PARA}\n　第二章　系统架构　\n　　一、业务架构\n　　{PARA}\n"
    )
    assert tree(text) == [
        (1, "第一章", "总体要求"),
        (2, "一、", "建设目的"),
        (2, "二、", "建设范围"),
        (1, "第二章", "系统架构"),
        (2, "一、", "业务架构"),
    ]


def test_a_glued_part_heading_may_have_a_two_clause_title() -> None:
    # nat-smart-elderly-care-2021 (heldout7): "…型机器人。 三、推进平台提质升级，提升数据应用能力", a
    # part glued after the 。 and a space with a two-clause title (GLUED_TWO_CLAUSE_TITLE); it was
    # lost and its （n） read under the part before.
    text = (
        f"测试规划\n一、总体要求\n（一）指导思想\n{PARA}\n二、强化产品供给，丰富智能产品\n（一）发展健康产品\n"
        f"{PARA} 三、推进平台提质升级，提升数据应用能力\n（一）做强软件系统平台\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (2, "（一）", "指导思想"),
        (1, "二、", "强化产品供给，丰富智能产品"),
        (2, "（一）", "发展健康产品"),
        (1, "三、", "推进平台提质升级，提升数据应用能力"),
        (2, "（一）", "做强软件系统平台"),
    ]


def test_a_run_in_heading_glued_after_a_sentence_end_is_split_off_when_the_toc_lists_it() -> None:
    # nat-smart-ship-std-guide-2021 (heldout7): "…事后处置等标准。 （二）关键技术应用标准。包括信息感知
    # （BA）…", a run-in （n） glued to the paragraph before (GLUED_LISTED_HEAD); the 目录 lists
    # （二）关键技术应用标准, and its 1.… were read under （一）.
    text = (
        "测试规划\n\n目  录\n\n一、总体要求 .......... 1\n\n二、建设内容 .......... 2\n\n"
        "（一）基础共性标准 .......... 2\n\n（二）关键技术应用标准 .......... 3\n\n"
        f"一、总体要求\n{PARA}\n二、建设内容\n（一）基础共性标准。包括术语（AA）等。\n"
        f"1.术语标准（AA）。{PARA}\n2.分级分类标准（AB）。{PARA}"
        "应急机制等标准。 （二）关键技术应用标准。包括信息感知（BA）等。\n"
        f"1.信息感知（BA）。{PARA}\n2.网络与通信（BB）。{PARA}\n"
    )
    assert [(level, title) for level, _, title in tree(text)] == [
        (1, "总体要求"),
        (1, "建设内容"),
        (2, "基础共性标准"),
        (3, "术语标准（AA）"),
        (3, "分级分类标准（AB）"),
        (2, "关键技术应用标准"),
        (3, "信息感知（BA）"),
        (3, "网络与通信（BB）"),
    ]


def test_a_heading_glued_after_a_comma_is_split_off_when_the_toc_lists_it_as_the_lines_rest() -> None:
    # GLUED_LISTED_TAIL: a PDF lost the figure the sentence led into, and the next heading stands glued
    # after its comma ("…两部分组成，（二）基础共性标准"): the 目录 lists exactly that title.
    text = (
        "测试指南\n\n目  录\n\n一、总体要求 .......... 1\n\n二、建设内容 .......... 2\n\n"
        "（一）体系结构 .......... 2\n\n（二）基础共性标准 .......... 3\n\n"
        f"一、总体要求\n{PARA}\n二、建设内容\n（一）体系结构\n{PARA}\n"
        "标准体系由基础共性标准和关键技术标准两部分组成，（二）基础共性标准\n"
        f"{PARA}\n"
    )
    assert [(level, title) for level, _, title in tree(text)] == [
        (1, "总体要求"),
        (1, "建设内容"),
        (2, "体系结构"),
        (2, "基础共性标准"),
    ]


def test_a_first_entry_glued_to_a_wrapped_sentence_is_split_off_when_its_second_stands_below() -> None:
    # GLUED_FIRST_ENTRY: "…未来三年需制定的关键技术标准1. 水泥领域" in PDF text broken at the page's width
    # (the figure between was lost), "2. 玻璃领域" on a line of its own below: the line is not joined
    # to the next, and "1." opens the list of fields; a "1." glued so with no "2." below stays text.
    wide = "本部分标准适用于该领域生产线的智能化升级改造，制定的标准可"  # a line as wide as the page
    body = "\n".join([wide, "包括：", wide, "包括："] * 2)
    lines = [
        "测试指南",
        "一、建设内容",
        "（一）关键技术标准",
        *[wide] * 12,
        "细分领域未来三年需制定的关键技术标准1. 水泥领域",
        body,
        "2. 玻璃领域",
        body,
        "二、实施路径",
        wide,
        "加强组织协调，推进任务落实，建立常态化的工作机制1. 组织协调",
        body,
    ]
    assert [(level, n, title) for level, n, title in tree("\n".join(lines))] == [
        (1, "一、", "建设内容"),
        (2, "（一）", "关键技术标准"),
        (3, "1.", "水泥领域"),
        (3, "2.", "玻璃领域"),
        (1, "二、", "实施路径"),
    ]


def test_a_numbered_heading_glued_after_a_sentence_end_is_split_off_after_its_siblings() -> None:
    # nat-nonferrous-std-guide-2023 (heldout7): "…产品制造管理协同化。3.数字化平台标准（CICC）" after
    # 1. and 2. on lines of their own (GLUED_ARABIC); 3. was lost and its （1）… read under 2.
    text = (
        f"测试规划\n一、建设内容\n（一）智能工厂标准（CIC）\n{PARA}\n1.设计建设标准（CICA）\n{PARA}\n"
        f"2.通用技术要求标准（CICB）\n{PARA}产品制造管理协同化。3.数字化平台标准（CICC）\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "建设内容"),
        (2, "（一）", "智能工厂标准（CIC）"),
        (3, "1.", "设计建设标准（CICA）"),
        (3, "2.", "通用技术要求标准（CICB）"),
        (3, "3.", "数字化平台标准（CICC）"),
    ]


def test_an_article_line_is_not_joined_to_a_page_wide_chapter_title() -> None:
    # jn-icv-road-test-2022 (heldout7): "第三章  道路测试与示范应用主体、驾驶人（安全员）及车辆" is as
    # wide as the PDF lines, and "第九条  道路测试主体是指…" was joined onto it, the title read as
    # "…及车辆第九条" (ARTICLE_OPENS_LINE in furniture.hard_wrap_joins).
    full = "规划实施中因地形差异、用地勘界、产权范围界定、比例尺衔接等情况需要局部勘误"
    body = "\n".join(full[k:] + full[:k] for k in range(30))  # distinct lines (DISTINCT_WRAP_LINES)
    chapter = "第三章  道路测试与示范应用主体、驾驶人（安全员）及车辆用地勘界产权范围界定"
    text = f"{body}\n{chapter}\n第九条  道路测试主体是指提出申请的单位，应符合下列条件：\n{full}\n"
    article_at = text.index("第九条")
    assert all(not (s < article_at <= e) for s, e in hard_wrap_joins(text))


# Round-8 dev (one-line gov.cn / mee.gov.cn crawls of the GCCMPD data set): each test fails before
# the rule it names. The texts are made up; the layouts are the crawls'.
FILLER = "。".join(["各地区各部门要结合实际认真组织实施有关工作并加强督促检查"] * 60) + "。"


def test_a_half_width_colon_before_the_first_part_ends_the_lead_sentence() -> None:
    # HALF_WIDTH_SENTENCE_MARKS: "提出以下意见:一、…" (an ASCII colon) hid 一、, so the parts were lost
    # and their （n） came out at the top level.
    text = (
        f"某某意见某发〔2005〕1号各有关单位：{FILLER}提出以下意见:一、总体要求（一）指导思想。{FILLER}"
        f"（二）基本原则。{FILLER}二、主要任务（三）加快结构调整。{FILLER}"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (2, "（一）", "指导思想"),
        (2, "（二）", "基本原则"),
        (1, "二、", "主要任务"),
        (2, "（三）", "加快结构调整"),
    ]


def test_a_first_part_glued_to_a_title_line_before_it_opens_the_parts() -> None:
    # GLUED_FIRST_PART: "…(本文有删减)某 某 方 案一、…" - the crawl lost the break after the plan's
    # title line, so 一、 follows a character; 二、 after a full stop continues it. 统一、 is a word.
    text = (
        "某某通知各有关单位：现印发给你们。某某机关二〇〇二年二月十日"
        "改 革 方 案一、改革的必要性（一）建立统一、规范的市场。"
        f"{FILLER}二、改革的目标（二）打破垄断。{FILLER}"
    )
    assert [(level, number, title) for level, number, title in tree(text)] == [
        (1, "一、", "改革的必要性"),
        (2, "（一）", "建立统一、规范的市场"),
        (1, "二、", "改革的目标"),
        (2, "（二）", "打破垄断"),
    ]


def test_a_short_run_in_title_is_not_cut_where_its_last_words_could_open_a_sentence() -> None:
    # GLUED_SENTENCE_MIN: "（三）加大中央财政建设投资支持力度。" was cut before 支持 (an opener),
    # "（四）严格目标考核。" after 目标 (a head noun), "一、坚持和加强党的全面领导（一）…" before 全面.
    text = (
        f"某某意见各有关单位：{FILLER}现提出如下意见。一、坚持和加强党的全面领导（一）加大中央财政建设投资支持力度。"
        f"{FILLER}（二）严格目标考核。{FILLER}二、总体要求以习近平新时代中国特色社会主义思想为指导，全面推进各项工作。"
        f"{FILLER}"
    )
    assert [t for _, _, t in tree(text)] == [
        "坚持和加强党的全面领导",
        "加大中央财政建设投资支持力度",
        "严格目标考核",
        "总体要求",
    ]


def test_parts_announced_by_a_colon_with_headings_below_are_not_a_replys_points() -> None:
    # LEAD_POINTS_WITH_PARTS: "…提出以下指导意见：一、…二、主要任务电煤…（一）…" - the parts have
    # （n） below them, so their titles are read as headings' (glued title cut), not as first sentences.
    text = (
        f"某某指导意见各有关单位：{FILLER}现提出以下指导意见：一、总体要求以习近平新时代中国特色社会主义思想为指导，深化改革。"
        f"{FILLER}二、主要任务电煤市场化改革是能源领域的一项重要改革。（一）建立电煤产运需衔接新机制。{FILLER}"
    )
    assert [t for _, _, t in tree(text)] == ["总体要求", "主要任务", "建立电煤产运需衔接新机制"]


def test_a_plan_issued_as_an_attachment_read_inline_sits_under_its_attachment() -> None:
    # INLINE_ATTACHED_PLAN: "…某某部2018年7月30日附件：某某部贯彻落实《某某决议》实施方案2018年7月…。一、…" - the
    # plan's parts sit under the 附件 heading, titled up to its kind outside 《》.
    text = (
        f"关于印发某某方案的通知各有关单位：现印发给你们，请认真贯彻落实。某某部2018年7月30日附件：某某部贯彻落实"
        f"《关于加强生态环境保护的决议》实施方案2018年7月，{FILLER}一、指导思想深入学习贯彻有关精神，推进各项工作。{FILLER}"
        f"二、落实举措（一）大力督促落实责任制。{FILLER}"
    )
    assert tree(text) == [
        (1, "附件：", "某某部贯彻落实《关于加强生态环境保护的决议》实施方案"),
        (2, "一、", "指导思想"),
        (2, "二、", "落实举措"),
        (3, "（一）", "大力督促落实责任制"),
    ]


def test_a_glued_section_title_ends_where_its_sentence_restates_the_subject() -> None:
    # RESTATED_SUBJECT (heldout2 nat-fyp-10, sentence-per-line PDF text): "第三节健全综合交通体系交通建设要
    # 统筹规划" was cut before 要; the sentence opens by restating the title's subject. 推进 opens
    # sentences as 加快 does ("第五节形成合理的城镇体系推进城镇化要遵循…").
    text = (
        "测试纲要\n\n第一章　基础设施\n\n第一节健全综合交通体系交通建设要统筹规划，合理安排，扩大网络\n\n"
        "第二节提高东部地区的发展水平东部地区要在体制创新方面走在前列\n\n"
        "第三节形成合理的城镇体系推进城镇化要遵循客观规律\n"
    )
    assert [t for _, _, t in tree(text)] == [
        "基础设施",
        "健全综合交通体系",
        "提高东部地区的发展水平",
        "形成合理的城镇体系",
    ]


def test_a_one_line_part_title_running_into_the_next_heading_is_whole() -> None:
    # TITLE_UP_TO_NEXT_HEADING: "二、推动各地加强在测试领域的合作（三）…" has no sentence of its own, so
    # the opener 加强 inside it cuts nothing; HEAD_NOUN_THEN_OPENER: "（二）基本原则坚持绿色发展。" is
    # 基本原则 though its rest is short.
    body = (
        "为做好测试工作，提出如下意见。一、总体要求（一）指导思想以新发展理念为指导，" + PARA * 3
        + "（二）基本原则坚持绿色发展。" + PARA * 3
        + "二、推动各地加强在测试领域的合作（三）建立会商机制。" + PARA * 3 + "（四）完善协作机制。" + PARA * 3
        + "三、保障措施（五）加强组织领导。" + PARA * 3
    )  # fmt: skip
    text = f"关于推动测试工作的指导意见各省、自治区、直辖市人民政府：{body * 2}"
    assert tree(text, SCHEME)[:7] == [
        (1, "一、", "总体要求"),
        (2, "（一）", "指导思想"),
        (2, "（二）", "基本原则"),
        (1, "二、", "推动各地加强在测试领域的合作"),
        (2, "（三）", "建立会商机制"),
        (2, "（四）", "完善协作机制"),
        (1, "三、", "保障措施"),
    ]


def test_a_stand_alone_task_title_glued_to_its_paragraph_ends_at_a_verb_of_work() -> None:
    # INLINE_SENTENCE_OPENERS (加大, 明确 …) for a task title glued to a sentence that runs past a clause
    # mark; NOUN_USED_OPENERS: "政策支持|完善…"; OPENER_WORD_TAILS: 支持力度 opens nothing; a short run-in
    # title ending at its own 。 keeps its verbs ("大力督促落实测试责任制。").
    body = (
        "为做好测试工作，提出如下意见。一、总体要求（一）指导思想以新发展理念为指导，" + PARA * 3
        + "二、主要任务（二）巩固测试资源优势加大测试地区保护力度，将整体保护与精准治理相结合。" + PARA * 3
        + "（三）强化测试政策支持完善测试监管政策，推动市场发展。" + PARA * 3
        + "（四）强化各类政策协同明确主管部门责权，完善协调机制。" + PARA * 3
        + "（五）大力督促落实测试责任制。" + PARA * 3
        + "（六）加大测试地区支持力度。" + PARA * 3
    )  # fmt: skip
    text = f"关于推动测试工作的指导意见各省、自治区、直辖市人民政府：{body * 2}"
    assert tree(text, SCHEME)[2:8] == [
        (1, "二、", "主要任务"),
        (2, "（二）", "巩固测试资源优势"),
        (2, "（三）", "强化测试政策支持"),
        (2, "（四）", "强化各类政策协同"),
        (2, "（五）", "大力督促落实测试责任制"),
        (2, "（六）", "加大测试地区支持力度"),
    ]


def test_untitled_provisions_read_inline_are_titled_by_their_first_sentence() -> None:
    # UNTITLED_PROVISIONS: most （n） open with their subject, not a verb of work, so each is titled by
    # its first sentence up to 。 or ：, however long; the few that open with a verb keep the rule.
    long = "要按照统一部署，结合本地实际，认真组织实施，确保各项工作取得实效，并及时报告工作进展情况"
    body = (
        "为做好测试工作，提出如下意见。一、总体要求（一）测试工作的指导思想是：" + PARA * 3
        + "（二）各地区" + long + "。" + PARA * 3
        + "二、职责分工（三）有关职能部门" + long + "。" + PARA * 3
        + "（四）公安机关依法严厉打击各类违法行为，支持有关部门依法履职。" + PARA * 3
        + "（五）在国务院领导下，成立测试工作领导小组。" + PARA * 3
        + "（六）加强组织领导。" + PARA * 3
    )  # fmt: skip
    text = f"关于推动测试工作的指导意见各省、自治区、直辖市人民政府：{body * 2}"
    assert tree(text, SCHEME)[:8] == [
        (1, "一、", "总体要求"),
        (2, "（一）", "测试工作的指导思想是"),
        (2, "（二）", "各地区" + long),
        (1, "二、", "职责分工"),
        (2, "（三）", "有关职能部门" + long),
        (2, "（四）", "公安机关依法严厉打击各类违法行为，支持有关部门依法履职"),
        (2, "（五）", "在国务院领导下，成立测试工作领导小组"),
        (2, "（六）", "加强组织领导"),
    ]


def test_a_one_line_crawl_under_red_head_lines_is_read_inline() -> None:
    # NOTICE_LINE_MAX: the crawl laid out under a red head (a Word file or PDF of it) is no notice line,
    # its headings are read inline (GLUED_LINE_CHARS), under the 附件 of the plan it issues too.
    body = (
        "关于印发《测试工作实施方案》的通知各省、自治区、直辖市某某厅（局）：《测试工作实施方案》已经部务会议审议"
        "通过，现印发给你们，请结合实际认真贯彻落实。某某部2018年7月30日附件：测试工作实施方案为做好测试工作，"
        "制定本方案。一、指导思想以新发展理念为指导，" + PARA * 8 + "二、落实举措（一）加强组织领导。" + PARA * 8
        + "（二）强化督促检查。" + PARA * 8
    )  # fmt: skip
    text = f"某某部文件\n\n某发〔2018〕12号\n\n{body}\n"
    assert tree(text, SCHEME) == [
        (1, "附件：", "测试工作实施方案"),
        (2, "一、", "指导思想"),
        (2, "二、", "落实举措"),
        (3, "（一）", "加强组织领导"),
        (3, "（二）", "强化督促检查"),
    ]


def test_a_box_caption_opens_its_own_line_in_a_hard_wrapped_text() -> None:
    # CAPTION_OPENS_LINE (round 7): a full line ending a paragraph, then a box's caption; joined,
    # the caption was buried at the paragraph's end and the box's numbered items became sections.
    full = "重点发展具有趋势分析、智能预警等功能的健康管理类产品和智能设备。"
    body = "\n".join(full[k:] + full[:k] for k in range(30))  # distinct lines (DISTINCT_WRAP_LINES)
    text = f"{body}\n{full}\n专栏一 智慧养老产品供给工程\n{full}\n"
    caption_at = text.index("专栏一")
    assert all(not (s < caption_at <= e) for s, e in hard_wrap_joins(text))
    # a caption-like line that is a sentence's wrapped words is joined as before
    sentence = text.replace("专栏一 智慧养老产品供给工程", "表1、表2所示，各项指标均已完成。")
    wrapped_at = sentence.index("表1、")
    assert any(s < wrapped_at <= e for s, e in hard_wrap_joins(sentence))
    # CAPTION: a caption whose title runs on from the box's number in digits ("专栏1数字化解决方案研发推广工程",
    # nat-light-industry-digital-2024, round 14) opens its own line too
    glued = text.replace("专栏一 智慧养老产品供给工程", "专栏1数字化解决方案研发推广工程")
    glued_at = glued.index("专栏1")
    assert all(not (s < glued_at <= e) for s, e in hard_wrap_joins(glued))


def test_a_heading_title_broken_before_its_last_characters_is_read_whole() -> None:
    # TITLE_TAIL_LINE (round 7): a numbered title that lost its last characters to the next line,
    # after a page break (a blank line where the page number stood) or a plain line break.
    text = (
        f"测试规划\n一、总体要求\n{PARA}\n"
        "二、推动智能产品适老化设计，提升老年人智能技术运\n\n用能力\n"
        f"（一）增强智能产品适老化设计。{PARA}\n"
        "（二）精密智造基地--打造钢铁产业转型升级核心引领\n区\n"
        f"{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (1, "二、", "推动智能产品适老化设计，提升老年人智能技术运用能力"),
        (2, "（一）", "增强智能产品适老化设计"),
        (2, "（二）", "精密智造基地--打造钢铁产业转型升级核心引领区"),
    ]


def test_a_heading_glued_after_a_line_its_predecessor_opens_comes_in_sequence() -> None:
    # GLUED_AFTER_SPACE_OR_BRACKET (round 7): "(十三)…(…负责)(十四)…" - the (十三) opening the same
    # line is the one before the glued (十四); it was compared with (十二) and left in the line.
    text = (
        f"测试规划\n一、总体要求\n{PARA}\n"
        f"（一）打造算力场景新高地\n{PARA}\n"
        f"（二）建设海洋科创集聚区。{PARA}（省海洋局负责）（三）打造智慧港口应用引领区\n"
        f"{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (2, "（一）", "打造算力场景新高地"),
        (2, "（二）", "建设海洋科创集聚区"),
        (2, "（三）", "打造智慧港口应用引领区"),
    ]


def test_a_section_title_glued_to_its_paragraph_on_one_line_ends_where_the_sentence_starts() -> None:
    # GLUED_LINE_TITLE (round 7, OCR text): "（二）…高地依托…，…" - the title stood alone, the line break
    # before its paragraph was lost; the first clause runs far past a title's length.
    body = "围绕构建融合创新能力体系，推动关键零部件和整机产品研发，培育一批具有竞争力的骨干企业。"
    text = (
        f"测试规划\n一、总体要求\n{PARA}\n"
        f"（一）虚拟现实之都--打造场景交互高地依托国家级虚拟现实制造业创新中心，{body}\n"
        f"（二）储能之都--打造国内领先的千万千瓦级储能基地加快突破压缩空气储能、磁悬浮储能技术，{body}\n"
        f"（三）智慧港口--打造智慧港口全场景应用引领区\n{body}\n"
    )
    assert [t for _, _, t in tree(text)] == [
        "总体要求",
        "虚拟现实之都--打造场景交互高地",
        "储能之都--打造国内领先的千万千瓦级储能基地",
        "智慧港口--打造智慧港口全场景应用引领区",
    ]


def test_a_cover_letters_points_before_the_plan_it_attaches_are_no_headings() -> None:
    # COVER_LETTER_POINTS (round 11): a reply read inline numbers points of its own, then attaches the
    # plan with its own 一、…; the plan is the document, the reply's points its front matter.
    text = (
        "国务院关于同意某项改革试点方案的批复国函〔2030〕1号某部、某局：你们《某项改革试点方案》收悉。"
        "现批复如下：一、原则同意《某项改革试点方案》，请认真组织实施。二、试点工作要以完善制度为核心，"
        "稳妥推进。三、各试点省人民政府要加强领导，精心组织。附件：某项改革试点方案国务院二〇三〇年一月一日"
        "附件：某项改革试点方案某部　某局为推进改革，现提出如下方案："
        f"一、总体思路坚持稳中求进，以完善制度为核心，逐步推开。{PARA}"
        f"二、主要措施（一）完善有偿取得制度。{PARA}{PARA}（二）加强开发管理。{PARA}{PARA}"
        f"三、工作安排（一）试点范围。{PARA}{PARA}（二）时间进度。{PARA}{PARA}"
    )
    assert [(level, title) for level, _, title in tree(text, SCHEME)] == [
        (1, "某项改革试点方案"),
        (2, "总体思路"),
        (2, "主要措施"),
        (3, "完善有偿取得制度"),
        (3, "加强开发管理"),
        (2, "工作安排"),
        (3, "试点范围"),
        (3, "时间进度"),
    ]


def test_an_excerpt_that_opens_mid_part_keeps_its_first_part_heading() -> None:
    # EXCERPT_FIRST_PART (round 11): a data set's cell cut out of a plan opens mid-sentence, in the
    # part before 三、; the stand-alone 三、 is the excerpt's first heading, whatever its number.
    text = (
        f"和专业技能人才的培养，不断强化人才支撑能力。{PARA}\n"
        "三、推进重点行业数字化转型\n"
        f"{PARA}\n"
        f"(一)纺织服装。{PARA}\n"
    )
    assert [(level, title) for level, _, title in tree(text)] == [(1, "推进重点行业数字化转型"), (2, "纺织服装")]


def test_labelled_entries_without_full_stops_or_glued_to_the_paragraph_are_titled_by_their_label() -> None:
    # UNSTOPPED_LABELLED_ENTRY, GLUED_LABELLED_ENTRY (round 11): a standards framework's
    # "N.label:sentence" entries whose line lost its 。, or glued to the paragraph before them.
    text = (
        "一、体系结构\n"
        "(一)基础标准子体系\n"
        f"{PARA}\n"
        "1.名词术语标准:主要规范有关概念，包括场景、业务和装备的分类，阐明概念之间的关系\n"
        "2.通用技术标准:主要规范关键技术架构，包括网络、平台和数据等技术要求。3.评价标准:主要规范评价方法，"
        "包括指标和流程等\n"
        "(二)数据标准子体系\n"
        "本子体系包含数据标准和数据模型标准两部分1.数据标准:以现行规范为基础，规定数据分类和编码\n"
        "2.数据模型标准:针对文本、图像两类数据，规范数据模型的要求\n"
    )
    assert [(level, title) for level, _, title in tree(text)] == [
        (1, "体系结构"),
        (2, "基础标准子体系"),
        (3, "名词术语标准"),
        (3, "通用技术标准"),
        (3, "评价标准"),
        (2, "数据标准子体系"),
        (3, "数据标准"),
        (3, "数据模型标准"),
    ]


def test_points_a_colon_announces_with_titles_glued_to_their_paragraphs_are_titled_parts() -> None:
    # LEAD_POINTS_GLUED_TITLES, INLINE_TWO_CLAUSE_TITLE, DEADLINE_OPENER, RESTATED_TITLE_WORDS (round 12):
    # an opinion crawled onto one line announces its parts with a colon, and each part's title is glued
    # to its first sentence; the titles end where the sentence starts, not at the first 。.
    body = (
        "某某省人民政府办公厅关于做好测试工作的意见某政办发〔2020〕1号各市人民政府，省政府各部门：经省政府同意，"
        "现提出以下意见：一、稳妥推进，加强测试设施统筹管理实行测试设施分级登记制度。" + PARA * 4
        + "二、切实减轻测试企业费用负担2020年年底前，省财政厅要对测试收费进行清理。" + PARA * 4
        + "三、建立和完善测试数据共享机制测试数据共享涉及面广，工作复杂。" + PARA * 4
        + "四、加快建设一批测试公共服务平台在保证质量的前提下，" + PARA * 4
        + "某某省人民政府办公厅2020年3月1日"
    )  # fmt: skip
    assert [h.title for h in headings_inline(body)] == [
        "稳妥推进，加强测试设施统筹管理",
        "切实减轻测试企业费用负担",
        "建立和完善测试数据共享机制",
        "加快建设一批测试公共服务平台",
    ]


def test_a_replys_points_keep_their_first_sentences_and_titles_never_end_inside_brackets() -> None:
    # LEAD_POINTS, GLUED_TITLE_BRACKETS: a reply's points show no glued title (深化 inside 《》 opens no
    # sentence), so each is titled by its first sentence, as before.
    body = (
        "国务院关于测试方案的批复某函〔2006〕1号某某省人民政府：你省报送的请示收悉。现批复如下："
        "一、原则同意《关于深化测试制度改革试点的实施方案》（以下简称《方案》），请认真组织实施。"
        "二、试点工作要以完善制度为核心，" + PARA * 2 + "三、同意某某省开展试点。" + PARA + "国务院二○○六年九月三十日"
    )  # fmt: skip
    assert [h.title for h in headings_inline(body)] == [
        "原则同意《关于深化测试制度改革试点的实施方案》（以下简称《方案》），请认真组织实施",
        "试点工作要以完善制度为核心，" + PARA[:-1],
        "同意某某省开展试点",
    ]


def test_an_untitled_provisions_entry_with_a_glued_title_of_its_own_is_titled_by_it() -> None:
    # UNTITLED_PROVISIONS_GLUED, DEADLINE_OPENER (round 12): among subject-led provisions read inline, an
    # entry whose title is glued to its first sentence shows it by a repeat or a deadline.
    long = "要按照统一部署，结合本地实际，认真组织实施，确保各项工作取得实效，并及时报告工作进展情况"
    body = (
        "为做好测试工作，制定本方案。一、时间安排（一）省级测试部门2021年6月底前，各省级测试部门组织开展测试。"
        + PARA * 3 + "（二）测试总站测试总站组织专家组具体实施，其中，各分站派员参加。" + PARA * 3
        + "二、组织保障（三）各地" + long + "。" + PARA * 3 + "（四）各有关部门" + long + "。" + PARA * 3
    )  # fmt: skip
    assert [h.title for h in headings_inline(body)] == [
        "时间安排",
        "省级测试部门",
        "测试总站",
        "组织保障",
        "各地" + long,
        "各有关部门" + long,
    ]


def test_a_part_title_run_into_a_lead_sentence_that_restates_it_ends_before_its_subject() -> None:
    # GLUED_LEAD_SENTENCE, RESTATED_AFTER_SUBJECT (round 12 PDF text): "五、防雷和接地" lost its break and runs
    # into "电站防雷和接地应符合…的相关规定:"; a short heading line ending in a colon stays whole.
    text = (
        f"一、测试要求\n{PARA}\n二、防雷和接地电站防雷和接地应符合《测试设计技术导则》(NB/T35050)的相关规定:\n"
        f"{PARA}\n三、主要任务：\n{PARA}\n"
    )
    assert tree(text, SCHEME) == [(1, "一、", "测试要求"), (1, "二、", "防雷和接地"), (1, "三、", "主要任务：")]


def test_a_part_title_glued_to_a_sentence_opening_with_a_common_opener_ends_there() -> None:
    # SENTENCE_OPENERS (session 15): one-line crawls glue each part's title to its first sentence; 集中力量,
    # 结合 and 近年来 open such sentences.
    body = PARA * 8
    text = (
        "某部关于推进某项工作的意见各省、自治区、直辖市有关部门：为推进某项工作，现提出以下意见。"
        f"一、加大对重点地区支持力度集中力量支持重点地区加快发展，协同处理好发展和保护的关系。{body}"
        f"二、加强生态环境保护协作结合全面加强生态环境保护工作，落实行业责任，让有关地区稳定受益。{body}"
        f"三、合理安排近期项目建设近年来我国有关需求增长很快，需要在规划指导下适度加快建设。{body}"
        f"四、强化组织保障各地要加强组织领导，明确责任分工，确保各项任务落到实处。{body}某部2018年1月1日"
    )
    assert [t for _, _, t in tree(text)] == [
        "加大对重点地区支持力度",
        "加强生态环境保护协作",
        "合理安排近期项目建设",
        "强化组织保障",
    ]


def test_one_line_notice_parts_cut_by_repeat_restated_subject_and_subject_openers() -> None:
    # Round 13 (one-line 国务院办公厅 crawls): TITLE_REPEAT_FIRST (a 4+ character repeat ends the title, not the
    # verb 推进 before it), INLINE_TWO_CLAUSE_SURE_SIGNS (a first clause of 9-12 characters, the second clause cut
    # where the first clause's subject is restated before 要), RESTATED_SUBJECT of six characters, and the openers
    # 地方各级 / 严厉 (INLINE_SENTENCE_OPENERS).
    body = (
        "某某省人民政府办公厅关于加强测试工作的通知某政办发〔2020〕2号各市人民政府，省政府各部门：为加强测试工作，"
        "现将有关事项通知如下：一、稳步有序地推进测试体制改革测试体制改革是做好测试工作的重要举措。" + PARA * 4
        + "二、抓紧制订测试发展规划，统筹安排设备和场地建设测试发展要坚持统一规划的原则，保证供需平衡。" + PARA * 4
        + "三、完善测试调度体系，建立有效的测试应急机制测试系统运行要坚持统一调度的原则，完善调度体系。" + PARA * 4
        + "四、建立健全测试设施保护工作的长效机制地方各级人民政府要切实负起责任，加强组织领导。" + PARA * 4
        + "五、严厉打击破坏测试设施的违法行为各地公安机关要严厉打击盗窃、破坏测试设施的违法行为。" + PARA * 4
        + "某某省人民政府办公厅2020年3月1日"
    )  # fmt: skip
    assert [h.title for h in headings_inline(body)] == [
        "稳步有序地推进测试体制改革",
        "抓紧制订测试发展规划，统筹安排设备和场地建设",
        "完善测试调度体系，建立有效的测试应急机制",
        "建立健全测试设施保护工作的长效机制",
        "严厉打击破坏测试设施的违法行为",
    ]


def test_one_line_notice_parts_end_where_the_sentence_says_what_the_title_subject_is() -> None:
    # RESTATED_SUBJECT_COPULA (nat-power-facility-protect-2006, nat-power-safety-2003: one-line 国务院办公厅 crawls):
    # the first sentence opens with a noun phrase starting with two characters of the title, then 是 / 事关.
    body = (
        "国务院办公厅关于加强测试设施保护工作的通知国办发〔2006〕1号各省、自治区、直辖市人民政府，国务院各部委：为加强测试"
        "设施保护工作，经国务院同意，现就有关事项通知如下：一、高度重视电力设施保护工作保护电力设施安全是保证电力系统安全"
        "稳定运行和电力可靠供应的基础和关键环节，事关经济发展和社会稳定大局。" + PARA * 4
        + "二、加强法规建设，切实落实电力安全生产责任制电力系统安全和应急处置事关国家安全和社会稳定大局，各地区、"
        "各部门要高度重视电力安全工作。" + PARA * 4
        + "三、严厉打击破坏测试设施的违法行为各地公安机关要严厉打击盗窃、破坏测试设施的违法行为。" + PARA * 4
        + "国务院办公厅2006年3月1日"
    )  # fmt: skip
    assert [h.title for h in headings_inline(body)] == [
        "高度重视电力设施保护工作",
        "加强法规建设，切实落实电力安全生产责任制",
        "严厉打击破坏测试设施的违法行为",
    ]


def test_an_appended_attachment_its_notice_lists_heads_its_own_parts_in_a_one_line_text() -> None:
    # APPENDED_LISTED_ATTACHMENT, FIRST_CHILD_GLUED_TO_TITLE (nat-eia-infosys-2021): a one-line crawl lists
    # its attachment before the signature, then appends it, 附件 glued to its title and the title to its
    # first sentence; the attachment's 一、 restarts under it, and 二、's title runs into its 1.
    text = (
        "关于规划环评管理信息共享系统上线运行的通知各省、自治区、直辖市生态环境厅（局）：为提升规划环评信息化管理水平，"
        "现就有关事项通知如下。一、核实完善已录入信息。请各省级生态环境部门核实完善已录入信息。二、建立规划环评信息报送机制。"
        "请各级生态环境部门及时报送规划环评信息。附件：规划环评管理信息共享系统使用说明生态环境部办公厅2021年10月13日"
        "（此件社会公开）附件规划环评管理信息共享系统使用说明规划环评管理信息共享系统与全国建设项目环评统一申报和审批系统"
        "共用一套登录网址、一套账号体系。一、信息填报端规划编制机关通过互联网访问规划环评共享系统的信息填报端。"
        "二、信息管理端1.访问地址各级规划环评管理人员通过环保专网访问规划环评共享系统的信息管理端。"
    )
    read = [(h.level, h.number, h.title) for h in headings_inline(text)]
    assert [(level, number) for level, number, _ in read] == [
        (1, "一、"),
        (1, "二、"),
        (1, "附件"),
        (2, "一、"),
        (2, "二、"),
    ]
    assert read[2][2] == "规划环评管理信息共享系统使用说明"
    assert read[4][2] == "信息管理端"


def test_a_titled_run_in_task_that_lost_its_full_stop_ends_where_its_sentence_starts() -> None:
    # TITLE_LOST_FULL_STOP (sd-mfg-innovation-2023): "13.促进大中小企业融合融通支持领航型企业…" among titled run-in
    # siblings ("12.培育高成长性企业。…") ends before the opener 支持.
    text = "\n".join(
        [
            "一、总体要求",
            PARA,
            "二、重点任务",
            "（一）产业基础提升行动",
            "　　1.强化产业基础技术攻关。实施产业基础再造工程，编制重点产业基础领域攻关清单。",
            "　　2.推进制造业“卡脖子”技术精准攻坚。大力推广“揭榜挂帅”等新型攻关机制。",
            "　　（二）优质企业培育提升行动",
            (
                "　　3.打造领航型企业。全面推行“链长制”，支持企业间战略合作和跨行业、跨区域兼并重组，"
                "提高规模化、集约化经营水平，聚焦“十强”产业，加快打造一批具有生态主导力、核心竞争力的领航"
                "。"
            ),
            (
                "　　4.培育高成长性企业。充分激发中小企业创新创业活力，加快培育一批专注细分市场、聚焦主"
                "营业务、创新能力突出、成长潜力较高的优质中小企业，形成专精特新、瞪羚、独角兽、制造业单项冠"
                "。"
            ),
            (
                "　　5.促进大中小企业融合融通支持领航型企业发挥产业链“链主”作用，通过行业协会、产业联"
                "盟等方式，在技术攻关、产品配套、品牌渠道、资金融通等方面，带动关联度高、协同性强、涵盖一二"
                "三产的中小企业进入产业链、供应链、创新链，打造100家左右省级中小企业特色产业集群。鼓励中"
                "小企业加强与领航型企业的协同创新、配套合作，支持建设中小企业信息、技术、进出口和数字化转型"
                "综合性服务平台。"
            ),
            "　　（三）产业链协同创新能力提升行动",
        ]
    )
    titles = [title for _, _, title in tree(text)]
    assert "促进大中小企业融合融通" in titles


def test_one_line_provisions_end_where_the_restated_subject_says_what_it_must_do() -> None:
    # RESTATED_SUBJECT_ROLE (join26b, bj-data-zone-2022 joined): the first sentence opens with a noun phrase that
    # starts with two characters of the title, then 作为 / 应 / 负责: the title ends where that phrase starts.
    body = (
        "一、总体要求为加快推进数据专区建设，制定本办法。" + PARA * 2
        + "二、运营管理（一）落实专区运营主体责任运营单位作为专区运营主体，负责数据专区的建设运营、数据管理、运行"
        "维护及安全保障等工作。" + PARA * 2
        + "（二）建立数据使用备案制度数据专区应建立数据使用备案制度，运营单位对外提供数据服务时，应向专区监管部门"
        "备案。" + PARA * 2
        + "（三）加强专区安全合规监管专区监管部门负责监督运营单位落实数据安全管理要求，定期开展检查。" + PARA * 2
    )  # fmt: skip
    titles = [h.title for h in headings_inline(body)]
    assert titles[2:] == ["落实专区运营主体责任", "建立数据使用备案制度", "加强专区安全合规监管"]


def test_an_excerpt_read_inline_opens_with_the_part_it_was_cut_from() -> None:
    # EXCERPT_OPENING_MARKER (join26b, cm-eco-civ-demo-2024 and fl-gwr-2026 task excerpts joined): a text that opens
    # with 三、 (or 二、) lost that part, and its （一）… came out as the top level.
    body = (
        "三、规划重点任务（一）推动生态能级高标准跃升，打造绿色生态“桥头堡”以建设世界级生态岛为指引，对标国际一流"
        "水平，推进生态保护修复。" + PARA * 2
        + "（二）推动绿色发展高质量转型，打造绿色发展“样板间”以绿色低碳发展为导向，推动产业生态化。" + PARA * 2
        + "四、规划保障措施（一）加强组织领导区政府成立工作领导小组。" + PARA * 2
    )  # fmt: skip
    read = [(h.level, h.number) for h in headings_inline(body)]
    assert read[:3] == [(1, "三、"), (2, "（一）"), (2, "（二）")]
    assert (1, "四、") in read


def test_a_two_clause_title_ends_at_the_space_its_line_left_in_a_one_line_text() -> None:
    # TWO_CLAUSE_LINE_SPACE (join26b, fl-gwr-2026 joined: bold titles whose closing marks were kept as spaces): a
    # two-clause title ran on to its paragraph's first full stop; it ends at the space after its second clause.
    body = (
        "二、2026年工作安排今年是“十五五”开局之年，重点抓好六个方面工作。"
        "（一）聚焦扩大内需，在提振投资消费上开创新局面 推动投资稳定向好。顶格争取国家一揽子增量政策。" + PARA * 2
        + "（二）聚焦创新驱动，在构建现代化产业体系上开创新局面 推动先进制造业固本向新。实施制造业提质行动。" + PARA * 2
        + "（三）聚焦民生为大，在共创共享美好生活上开创新局面 促进社会保障公平可及。完善社会保障体系。" + PARA * 2
    )  # fmt: skip
    titles = [h.title for h in headings_inline(normalise(body).text)]
    assert titles[1:] == [
        "聚焦扩大内需，在提振投资消费上开创新局面",
        "聚焦创新驱动，在构建现代化产业体系上开创新局面",
        "聚焦民生为大，在共创共享美好生活上开创新局面",
    ]


def test_a_title_ends_where_its_sentence_opens_with_the_body_that_acts_or_the_date_it_stands_at() -> None:
    # INSTITUTION_SUBJECT (join26b, yn-ev-charging-doubling-2026 / cq-carbon-allowance-2023 joined): the sentence
    # opens with a body named by its level and kind, then what it does; AS_OF_OPENER (fl-energy-station-2023 joined):
    # 截至 and a year open a sentence, the title ends before 截至 (not at the year after it).
    body = (
        "一、总体要求为推动充电基础设施建设，制定本方案。" + PARA * 2
        + "二、重点任务（一）配额有偿发放市生态环境局将根据本市碳排放权交易市场运行情况，适时组织有偿发放。" + PARA * 2
        + "（二）私人小型载客汽车保有量截至2023年末，全区私人小型载客汽车保有量为10万辆。" + PARA * 2
        + "三、保障措施（一）加强组织领导省能源局统筹负责推进行动方案落地实施，各州市要细化工作措施。" + PARA * 2
    )  # fmt: skip
    titles = [h.title for h in headings_inline(body)]
    assert titles[2:4] == ["配额有偿发放", "私人小型载客汽车保有量"]
    assert titles[-1] == "加强组织领导"
