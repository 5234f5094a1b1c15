"""Round 27's headings (fix27seg): requirement sentences （n） beside titled run-in （n）, one-sentence conditions
beside stand-alone titled （n）, a leave-site dialog's button, the headline block over a notice's 文号."""

from __future__ import annotations

from tests.segmenting import tree

# nat-v2g-pilot-2024 (heldout27), shortened: bold titled run-in （n） under 二、, requirement sentences under 三、
V2G = "\n\n".join(
    [
        "**一、总体要求**",
        "按照“创新引导、先行先试”的原则，全面推广新能源汽车有序充电，扩大双向充放电（V2G）项目规模。",
        "**二、重点任务**",
        "**（一）发挥电动汽车作为新型储能的潜力。** 以城市为主体完善规模化、可持续的车网互动政策机制。",
        "**（二）加快车网互动标准制定和应用。** 加快研究制定车网互动相关标准，推动标准实施应用。",
        "**三、组织实施**",
        "（一）请各省（区、市）牵头负责充电设施发展的部门会同相关部门和国家能源局派出机构，推荐本地区有意愿参与车网互动"
        "规模化应用的城市和V2G项目。原则上各省（区、市）推荐的城市不超过1个。",
        "（二）请各省（区、市）牵头负责充电设施发展的部门按照附件要求汇总编写相关材料，并于2024年10月31日前将纸质版材料"
        "盖章后寄至国家能源局电力司。国家发展改革委将适时组织专家审查。",
        "（三）各级牵头负责充电设施发展的部门要严格落实主体责任，加大与相关部门的协同力度，积极创新政策机制和监管方式。",
    ]
)


def test_requirement_sentences_beside_titled_run_in_entries_are_clauses() -> None:
    # RUN_IN_TITLED_BESIDE: the three sentences under 三、 were level-2 headings titled by their first sentence
    assert [(level, number) for level, number, _ in tree(V2G)] == [
        (1, "一、"),
        (1, "二、"),
        (2, "（一）"),
        (2, "（二）"),
        (1, "三、"),
    ]


# bj-charging-rewards-2024 (heldout27), shortened: stand-alone titled （n） under 二、, one-sentence conditions under
# 三、 (an enumeration's 、, no comma), the page's leave-site dialog at its end.
CHARGING = "\n\n".join(
    [
        "**二、奖励对象及标准**",
        "（一）奖励对象及方式",
        "对在本市行政区域内投资建设充换电设施的单位给予建设奖励和运营奖励，奖励资金按年度申报。",
        "（二）奖励标准",
        "单位内部充电设施按照额定功率给予300元/千瓦的建设奖励，公用充电设施按照充电量给予运营奖励。",
        "**三、申报条件**",
        "（一）申报单位营业执照的经营范围中含有电动汽车充换电设施建设运营、机动车充电销售、能源供应及设备研发生产等相关内容。",
        "（二）充换电设施的产品、建设施工、竣工验收、运营管理符合国家和本市相关标准规范要求。",
        "（三）充换电设施应具有充电安全责任保险、火灾保险或公众责任险等保险之一。",
        "您访问的链接即将离开“北京市城市管理委员会”门户网站 是否继续？",
        "放弃",
    ]
)


def test_one_sentence_conditions_beside_stand_alone_titles_are_clauses_and_a_dialog_button_is_furniture() -> None:
    # SENTENCE_ENTRY_MARKS: conditions with no comma stayed headings; LEAVE_SITE_BUTTONS: "放弃" was a heading
    assert [(level, number, title) for level, number, title in tree(CHARGING)] == [
        (1, "二、", "奖励对象及标准"),
        (2, "（一）", "奖励对象及方式"),
        (2, "（二）", "奖励标准"),
        (1, "三、", "申报条件"),
    ]


# nat-storage-market-2022 (heldout27), shortened: the page's headline, its date and department line, the notice's bold
# headline over three lines, its 文号; run-in titled parts.
STORAGE = "\n\n".join(
    [
        "# 关于进一步推动新型储能参与电力市场和调度运用的通知",
        "2022/06/07 运行局",
        "**国家发展改革委办公厅 国家能源局综合司关于**",
        "**进一步推动新型储能参与电力市场**",
        "**和调度运用的通知**",
        "发改办运行〔2022〕475号",
        "各省、自治区、直辖市发展改革委、能源局，国家能源局各派出机构：",
        "为贯彻落实党中央、国务院决策部署，进一步明确新型储能市场定位，现就有关事项通知如下。",
        "**一、总体要求。** 新型储能具有响应快、配置灵活、建设周期短等优势，可在电力运行中发挥调峰、调频等多种作用。",
        "**二、新型储能可作为独立储能参与电力市场。** 具备独立计量、控制等技术条件的新型储能项目可转为独立储能。",
    ]
)


def test_the_headline_block_over_a_notices_number_is_no_section() -> None:
    # HEADLINE_BLOCK_OVER_NUMBER: the date line and the three headline lines were level-1 sections
    assert [(level, number) for level, number, _ in tree(STORAGE)] == [(1, "一、"), (1, "二、")]


def test_font_size_buttons_alone_on_their_line_are_furniture() -> None:
    # FONT_SIZE_BUTTONS: "**大** **中** **小**" (nat-green-cert-faq-2024) and "大\|中\|小" (bj-charging-rewards-2024)
    # were level-1 sections
    for buttons in ("**大** **中** **小**", "大\\|中\\|小"):
        text = "\n\n".join(
            ["关于绿电、绿证政策咨询", buttons, "一、总体要求", "这是一段足够长的正文内容，用来说明这一部分的要求。"]
        )
        assert [(level, number) for level, number, _ in tree(text)] == [(1, "一、")]


def test_a_number_whose_point_the_markdown_export_escaped_is_a_number() -> None:
    # ESCAPED_LIST_POINT (nat-green-cert-faq-2024, its answer's <br> lines): "2\. 补贴项目绿证的应用场景" was an
    # unnumbered heading titled with its number
    text = "\n\n".join(
        [
            "一、关于补贴绿证",
            "1\\. 补贴项目绿证与无补贴项目绿证的主要区别",
            "这是一段足够长的正文内容，用来说明这一部分的具体要求和主要做法，以及实施安排。",
            "2\\. 补贴项目绿证的应用场景",
            "这是一段足够长的正文内容，用来说明这一部分的具体要求和主要做法，以及实施安排。",
        ]
    )
    assert [(level, title) for level, _, title in tree(text)] == [
        (1, "关于补贴绿证"),
        (2, "补贴项目绿证与无补贴项目绿证的主要区别"),
        (2, "补贴项目绿证的应用场景"),
    ]
