"""Session 32's headings (seg40): an attachment titled after 附： under the signature's date, over a document with
annexes of its own; a record laid out as field labels from its first line."""

from __future__ import annotations

from tests.segmenting import PARA, tree

# sx-classics-recitation-activities-2019 (heldout38), shortened: a school's notice, its signature and date,
# then "附：活动具体方案" over the ministry's plan (its title line, its parts 一、…, its annexes 附件1 … with
# parts of their own)
NOTICE_WITH_PLAN = "\n".join(
    [
        "关于开展2019年中华经典诵写讲系列活动的通知",
        "全校师生：",
        "现结合我校实际，就有关事项通知如下：",
        "一、经典诵读大赛",
        PARA,
        "二、诗词讲解大赛",
        PARA,
        "校团委",
        "2019年5月11日",
        "附：活动具体方案",
        "2019年中华经典诵写讲大赛",
        "一、活动宗旨",
        PARA,
        "二、活动主题",
        PARA,
        "三、技术平台",
        PARA,
        "附件：1. 经典诵读大赛方案",
        "2. 诗文创作大赛方案",
        "附件1",
        "经典诵读大赛方案",
        PARA,
        "一、组织机构",
        PARA,
        "二、奖项设置",
        PARA,
        "附件2",
        "诗文创作大赛方案",
        PARA,
        "一、组织机构",
        PARA,
    ]
)


def test_an_attachment_titled_after_the_date_heads_its_document_and_its_annexes() -> None:
    # ANNEX_AFTER_DATE: the plan's 一、 二、 were lost as a restart of the notice's own, its 三、 read on as the
    # notice's, its annexes at level 1
    assert tree(NOTICE_WITH_PLAN) == [
        (1, "一、", "经典诵读大赛"),
        (1, "二、", "诗词讲解大赛"),
        (1, "附：", "活动具体方案"),
        (2, "一、", "活动宗旨"),
        (2, "二、", "活动主题"),
        (2, "三、", "技术平台"),
        (2, "附件1", "经典诵读大赛方案"),
        (3, "一、", "组织机构"),
        (3, "二、", "奖项设置"),
        (2, "附件2", "诗文创作大赛方案"),
        (3, "一、", "组织机构"),
    ]


def test_an_attachment_list_before_the_signature_heads_nothing() -> None:
    # ANNEX_AFTER_DATE only under the date: "附：…" before the signature lists the attachment
    text = "\n".join(["一、总体要求", PARA, "二、工作安排", PARA, "附：活动具体方案", "校团委", "2019年5月11日"])
    assert [title for _, _, title in tree(text)] == ["总体要求", "工作安排"]


# gz-changshun-education-aid-2017 (heldout39), shortened: a county site's policy record with no title line, laid out
# as fields from its first line, numbered entries under a label that leads into them
RECORD = "\n".join(
    [
        "享受对象：在普通高中、中职学校、普通高校就读，具有全日制学历教育正式学籍和我省户籍的农村建档立卡贫困户子女。",
        "资助项目：除执行国家助学金和免学费政策外，贵州省增加以下教育精准扶贫学生资助项目:",
        "1.普通高中（1900元/生•年）",
        "（1）扶贫专项助学金，标准为1000元/生•年；",
        "（2）免教科书费，标准为400元/生•年；",
        "2.中职学校（一、二年级）（1900元/生•年）",
        "3.普通高校（本科：4830元/生•年；专科：4500元/生•年）",
        "（1）扶贫专项助学金，标准为1000元/生•年；",
        "（2）免学费，标准为本科3830元/生•年、专科(高职)3500元/生•年。",
        "**办理流程：**",
        "1.省内学校：已获得过资助的农村建档立卡贫困学生，入学报到时直接按资助标准免除有关费用。",
        "2.省外学校：已获得过资助的农村建档立卡贫困学生凭就读学校盖章的申请表到户籍所在地县级教育局申请。",
    ]
)


def test_a_record_laid_out_as_fields_has_its_labels_as_headings() -> None:
    # FIELD_LABEL_RECORD: the labels were read as no headings, the entries under 办理流程 at level 1;
    # ENTRY_OVER_OWN_ITEMS: the school levels, each over its aid items, were read as the lead's list;
    # LABEL_INSIDE_BRACKETS: "3.普通高校（本科：…）" was titled "普通高校（本科"
    assert tree(RECORD) == [
        (1, "", "享受对象"),
        (1, "", "资助项目"),
        (2, "1.", "普通高中（1900元/生•年）"),
        (2, "2.", "中职学校（一、二年级）（1900元/生•年）"),
        (2, "3.", "普通高校（本科：4830元/生•年；专科：4500元/生•年）"),
        (1, "", "办理流程"),
        (2, "1.", "省内学校"),
        (2, "2.", "省外学校"),
    ]


# gz-changshun-medical-aid-2017 (heldout39), shortened: a label with a value of its own, the record's numbered
# measures beside it, then another label
MEDICAL_RECORD = "\n".join(
    [
        "保障对象：全县农村建档立卡贫困人口",
        "1.资助参合。2017年起，对农村建档立卡贫困人口参加新型农村合作医疗个人缴费部分给予全额资助。",
        "2.实施“两提高、两降低、一减免”政策。“两提高”即提高普通门诊和普通住院报销比例。",
        "申办流程：医院就诊→提供身份证和合医卡（合医证）→治愈出院→医院“一站式”结报。",
    ]
)


def test_a_record_field_with_its_value_leaves_the_entries_after_it_beside_it() -> None:
    # FIELD_LABEL_RECORD: 保障对象 and 申办流程 were read as no headings
    assert tree(MEDICAL_RECORD) == [
        (1, "", "保障对象"),
        (1, "1.", "资助参合"),
        (1, "2.", "实施“两提高、两降低、一减免”政策"),
        (1, "", "申办流程"),
    ]


def test_a_page_opening_with_a_link_line_is_no_record() -> None:
    # FIELD_LABEL_RECORD_ENDS: a saved page's link and source lines name no record's fields
    text = "\n".join(
        [
            "点击查看政策解读：【音频解读】关于《天河区深化支持港澳青年创新创业高质量发展办法》的解读",
            "来源：天河区科技工业和信息化局",
            "一、工作安排",
            PARA,
            "公开方式：主动公开",
        ]
    )
    assert tree(text) == [(1, "一、", "工作安排")]


def test_a_notice_opening_with_its_salutation_is_no_record() -> None:
    # FIELD_LABEL_RECORD: a salutation alone is no first field; the label：content lines under it stay text
    text = "\n".join(
        [
            "各区县人民政府：",
            "现将有关事项通知如下。",
            "一、工作安排",
            "牵头单位：市发展改革委，各区县人民政府配合落实。",
            "完成时限：2025年年底前完成全部工作任务。",
        ]
    )
    assert tree(text) == [(1, "一、", "工作安排")]


def test_a_leads_first_entry_over_items_of_its_own_heads_them() -> None:
    # ENTRY_OVER_OWN_ITEMS: "1.普通高中" and "2.中职学校" were read as the lead sentence's list
    text = "\n".join(
        [
            "一、资助标准",
            "贵州省增加以下教育精准扶贫学生资助项目：",
            "1.普通高中",
            "（1）扶贫专项助学金，标准为1000元/生•年；",
            "（2）免教科书费，标准为400元/生•年。",
            "2.中职学校",
            "（1）扶贫专项助学金，标准为1000元/生•年；",
            "（2）免住宿费，标准为500元/生•年。",
        ]
    )
    assert tree(text) == [(1, "一、", "资助标准"), (2, "1.", "普通高中"), (2, "2.", "中职学校")]


def test_a_colon_inside_brackets_ends_no_label() -> None:
    # LABEL_INSIDE_BRACKETS: titled "普通高校（本科"
    text = "\n".join(
        [
            "一、资助标准",
            PARA,
            "1.普通高中：扶贫专项助学金，标准为1000元/生•年；免教科书费，标准为400元/生•年",
            "2.普通高校（本科：4830元/生•年；专科：4500元/生•年）",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)][-1] == "普通高校（本科：4830元/生•年；专科：4500元/生•年）"


def test_parts_numbered_with_a_section_sign_are_headings() -> None:
    # SECTION_SIGN_ENUM: "§2.客观依据和内在条件" was read as an unnumbered title, "§1." lost
    text = "\n".join(
        [
            "§1.指导思想和办学目标",
            "一、指导思想",
            PARA,
            "二、办学目标",
            PARA,
            "§2.客观依据和内在条件",
            "一、客观依据",
            PARA,
            "二、内在条件",
            PARA,
        ]
    )
    assert tree(text) == [
        (1, "§1.", "指导思想和办学目标"),
        (2, "一、", "指导思想"),
        (2, "二、", "办学目标"),
        (1, "§2.", "客观依据和内在条件"),
        (2, "一、", "客观依据"),
        (2, "二、", "内在条件"),
    ]


# hf-planning-news-2011 (heldout31), shortened: a paper's report, its sub-titles grouped under keyword lines, some
# between paragraphs that end in a closed quotation
QUOTE = "“这样的规划要特别注重操作性，要把每一项工作都落到实处，让群众看得见、摸得着。”"
NEWS = "\n".join(
    [
        "合肥的“水文章”要进一步挖掘其内涵和外延，“打包”做透；东部组团的交通要与中心城区等高对接。",
        "关键词：水文章、绿文章",
        "打包做透水文章",
        PARA,
        QUOTE,
        "合肥正进行“绿道梳理”",
        PARA + PARA,
        "关键词：交通",
        "需与中心城区等高对接",
        QUOTE,
        "繁华大道将延至肥东",
        QUOTE,
    ]
)


def test_keyword_lines_head_the_sub_titles_of_a_report() -> None:
    # KEYWORD_GROUP_LINE, QUOTED_PARAGRAPH_END: no heading was read
    assert tree(NEWS) == [
        (1, "", "关键词：水文章、绿文章"),
        (2, "", "打包做透水文章"),
        (2, "", "合肥正进行“绿道梳理”"),
        (1, "", "关键词：交通"),
        (2, "", "需与中心城区等高对接"),
        (2, "", "繁华大道将延至肥东"),
    ]


def test_one_keywords_line_heads_nothing() -> None:
    # KEYWORD_GROUP_MIN: a paper's keywords under its abstract
    text = "\n".join(["摘要：本文研究城市规划的编制方法。", "关键词：城市规划", "一、引言", PARA, "二、方法", PARA])
    assert [title for _, _, title in tree(text)] == ["引言", "方法"]


def test_a_sub_title_between_quoted_paragraphs_is_a_heading() -> None:
    # QUOTED_PARAGRAPH_END: a paragraph closed by a quotation after its full stop was read as no paragraph's end
    text = "\n".join(["一、总体情况", PARA + PARA, QUOTE, "繁华大道将延至肥东", QUOTE + QUOTE])
    assert tree(text) == [(1, "一、", "总体情况"), (2, "", "繁华大道将延至肥东")]


def test_a_label_value_with_a_bracketed_note_is_titled_by_its_label() -> None:
    # LABEL_VALUE_NOTE: the note's commas made the value a sentence, the entries no headings
    text = "\n".join(
        [
            "一、贫困情况",
            PARA,
            "二、深度贫困情况",
            "（一）极贫乡镇：1个（代化镇，目前建档立卡贫困户1898户7683人，贫困发生率29%）",
            "（二）深度贫困村：24个（具体情况见附表）",
            PARA,
        ]
    )
    assert tree(text) == [
        (1, "一、", "贫困情况"),
        (1, "二、", "深度贫困情况"),
        (2, "（一）", "极贫乡镇"),
        (2, "（二）", "深度贫困村"),
    ]
