"""Rules added after the third held-out round (heldout3) was scored once (issue #7, branch
seg-fix6); the set is no longer held out. Each test is a small synthetic text in the layout
that failed, and fails on the code before the rule."""

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

META = PlanMeta(id="t", title="测试方案")
PARA = "这是一段足够长的正文内容，用来说明这一部分的具体要求和主要做法，以及实施安排。"


def tree(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in load_plan(text, META).sections]


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
    assert tree(text) == [
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
    assert tree(text) == [
        (1, "附件", "测试联席会议制度"),
        (2, "一、", "主要职责"),
        (2, "二、", "成员单位"),
        (2, "三、", "议事规则"),
        (2, "四、", "工作要求"),
    ]


def test_a_joint_signature_of_many_issuers_two_per_line_is_front_matter() -> None:
    # hp-renewable-2025: thirteen issuers sign the notice two per line (a flattened two-column
    # table), seven lines above the date: more than SIGNATURE_LINES, none of them a section.
    signature = (
        "某区发展和改革委员会某区建设和管理委员会\n\n某区规划和自然资源局某区住房保障和房屋管理局\n\n"
        "某区城市管理行政执法局某区科学技术委员会\n\n某区机关事务管理局某区国有资产监督管理委员会\n\n"
        "某区商务委员会某区卫生健康委员会\n\n某区教育局某区文化和旅游局\n\n某区投资促进办公室\n\n"
    )
    text = (
        "关于印发《测试方案》的通知\n\n各委、办、局，各有关单位：\n\n现将《测试方案》印发给你们，请认真按照执行。\n\n"
        f"特此通知。\n\n{signature}2025年2月24日\n\n测试方案\n\n{PARA}\n\n一、主要任务\n\n{PARA}\n\n"
        f"二、保障措施\n\n{PARA}\n"
    )
    assert tree(text) == [(1, "一、", "主要任务"), (1, "二、", "保障措施")]


def test_a_date_broken_after_its_year_is_one_date_line_and_no_heading() -> None:
    # jd-illegal-land-2014: the page set the year apart: "2014" / "年8月26日" under the signature,
    # "2014" / "年11月15日" / "前，…" in the body; "年8月26日" and "年11月15日" became sections.
    text = (
        "某区人民政府关于印发《测试方案》的通知\n\n各镇人民政府：\n\n现将《测试方案》印发给你们，请按照执行。\n\n"
        f"某区人民政府\n\n2014\n年8月26日\n\n测试方案\n\n{PARA}\n\n一、行动步骤\n\n"
        f"（一）整改阶段（2014年7月1日—11月15日）\n\n2014\n\n年11月15日\n\n前，{PARA}\n\n"
        f"（二）验收阶段（2014年11月15日—11月30日）\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "行动步骤"),
        (2, "（一）", "整改阶段（2014年7月1日—11月15日）"),
        (2, "（二）", "验收阶段（2014年11月15日—11月30日）"),
    ]


def test_a_colon_after_a_part_marker_is_the_markers_and_labelled_one_sentence_lines_are_titled_parts() -> None:
    # pt-greening-15: "第一部分：发展基础" was titled "：发展基础"; under 二、 three lines
    # "1、强化高校合作：与…。" were taken for a list of sentences (LIST_RUN_MIN) and a lone one
    # was titled with its whole sentence; each is a part titled by its label.
    text = (
        f"测试规划\n\n第一部分：发展基础\n\n{PARA}\n\n第二部分：保障措施\n\n一、加强组织领导\n\n{PARA}\n\n"
        "二、提升科技与人才支撑\n\n1、强化高校合作：与高校专家在城市更新等领域深化交流，提升专业支撑。\n\n"
        "2、推进技术创新：探索数字化智慧管理系统，强化实时监测与数据分析。\n\n"
        "3、构建人才梯队：指导养护公司招录专业人才，提升队伍专业化水平。\n\n"
        "三、全面深化公众参与\n\n1、搭建多元参与平台：完善论证会、民意调查等传统渠道，广泛征集市民意见。\n"
    )
    assert tree(text) == [
        (1, "第一部分：", "发展基础"),
        (1, "第二部分：", "保障措施"),
        (2, "一、", "加强组织领导"),
        (2, "二、", "提升科技与人才支撑"),
        (3, "1、", "强化高校合作"),
        (3, "2、", "推进技术创新"),
        (3, "3、", "构建人才梯队"),
        (2, "三、", "全面深化公众参与"),
        (3, "1、", "搭建多元参与平台"),
    ]


def test_a_paren_marker_that_lost_its_opening_bracket_is_still_the_next_sibling() -> None:
    # yn-gov-report-2026: "三）改革开放持续深化、互促共进。" between （二） and （四） lost its "（".
    text = (
        f"测试报告\n\n一、过去一年工作回顾\n\n（一）经济运行顶住压力、稳中有进。{PARA}\n\n"
        f"（二）产业发展提质增效、动能增强。{PARA}\n\n三）改革开放持续深化、互促共进。{PARA}\n\n"
        f"（四）城乡发展齐头并进、融合加快。{PARA}\n"
    )
    assert [title for _, _, title in tree(text)] == [
        "过去一年工作回顾",
        "经济运行顶住压力、稳中有进",
        "产业发展提质增效、动能增强",
        "改革开放持续深化、互促共进",
        "城乡发展齐头并进、融合加快",
    ]
