"""A PDF's text pasted into a web page or a Markdown file: each page's lines joined into one with spaces,
page marks ("— —", "* * *") on lines of their own, headings run in after the sentence before them and titled
up to the space their own line's end left; annex labels on lines of their own.

Excerpts from the crawled pages of lineage15 (tests/realworld/lineage15/plans: mee-ets-power-2019-2020 and its
2021、2022 draft) and from round 15 (gz-social-assistance-std-2025). Each test fails on the code before the rule
it names."""

from __future__ import annotations

from plankg.loaders.text.furniture import furniture_spans
from tests.segmenting import PARA, tree

MARK = "\n\n— —\n\n* * *\n\n"
PAGE1 = (
    "一、纳入配额管理的重点排放单位名单 根据发电行业（含其他行业自备电厂）2013-2019 年任一年排放 达到 2.6 万吨"
    "二氧化碳当量（综合能源消费量约 1 万吨标准煤）及 以上的企业或者其他经济组织的碳排放核查结果，筛选确定纳入 "
    "2019-2020 年全国碳市场配额管理的重点排放单位名单，并实行名录 管理。 二、纳入配额管理的机组类别 本方案中的"
    "机组包括纯凝发电机组和热电联产机组，自备电厂 参照执行，不具备发电能力的纯供热设施不在本方案范围之内。 对于"
    "使用非自产可燃性气体等燃料（包括完整履约年度内混烧自产"
)
PAGE2 = (
    "二次能源热量占比不超过 10%的情况）生产电力（包括热电联产）的 机组，其机组类别按照主 要燃料确定。 三、配额总量 "
    "省 级 生 态 环 境 主 管 部 门 根 据 本 行 政 区 域 内 重 点 排 放 单 位 2019-2020 年的实际产出量以及本方案确定的"
    "配额分配方法及碳排 放基准值，核定各重点排放单位的配额数量。 四、配额分配方法 对 2019-2020 年配额实行全部免费"
    "分配，并采用基准法核算重 点排放单位所拥有机组的配额量。 （一）配额核算公式 采用基准法核算机组配额总量的公式为："
    " 机组配额总量=供电基准值×实际供电量×修正系数+供热基准 值×实际供热量。 各类机组详细的配额计算方法见配额分配技术"
    "指南（见附件 2、 — —"
)
PAGE3 = (
    "3）。 （二）修正系数 考虑到机组固有的技术特性等因素，通过引入修正系数进一步提 高同一类别机组配额分配的公平性。"
    " 五、配额发放 省级生态环境主管部门根据配额计算方法及预分配流程，按机 组 2018 年度供电（热）量的 70%，通过全国"
    "碳排放权注册登记结算 系统向本行政区域内的重点排放单位预分配 2019-2020 年的配额。 六、其他说明 （一）地方碳市场"
    "重点排放单位 对已参加地方碳市场 2019 年度配额分配但未参加 2020 年度配 额分配的重点排放单位，暂不要求参加全国碳"
    "市场 2019 年度的配额 分配和清缴。"
)


def test_run_in_headings_of_a_paged_body_are_read_across_the_page_marks() -> None:
    # PAGE_BROKEN_PARAGRAPH (the pages joined across "— —" / "* * *"), TITLE_LINE_SPACE (a title ends at its
    # line's space, not at the next 。), GLUED_LINE_GOES_ON (三、 on the next page goes on from 二、) and the
    # （一） after a title's space (INLINE_HEADING: "八、其他说明 （一）地方碳市场重点排放单位")
    text = f"2019-2020 年全国碳排放权交易配额总量设定与分配实施方案\n\n{PAGE1}{MARK}{PAGE2}{MARK}{PAGE3}\n"
    assert tree(text) == [
        (1, "一、", "纳入配额管理的重点排放单位名单"),
        (1, "二、", "纳入配额管理的机组类别"),
        (1, "三、", "配额总量"),
        (1, "四、", "配额分配方法"),
        (2, "（一）", "配额核算公式"),
        (2, "（二）", "修正系数"),
        (1, "五、", "配额发放"),
        (1, "六、", "其他说明"),
        (2, "（一）", "地方碳市场重点排放单位"),
    ]


def test_a_heading_opening_a_page_of_a_paged_text_is_read_on_the_joined_line() -> None:
    # PAGED_TEXT: the gas guide's "二、配额预分配与核定 （一）配额预分配 …" opens a page after a formula's
    # "…tCO2/GJ" (mee-ets-power-2021-2022-draft, 附 3): read inline, its numbering going on from 一、
    page = (
        "—机组所属类别的供电基准值，单位：tCO2/MWh Fr —机组供热量修正系数，燃气机组供热量修正系数为 1-0.6×供热比 "
        "机组供热 CO2配额计算方法为： Ah= Qh×Bh 式中： Qh —机组供热量，单位：GJ Bh —机组所属类别的供热基准值，单位："
        "tCO2/GJ"
    )
    second = (
        "二、配额预分配与核定 （一）配额预分配 对于纯发电机组： 第一步，省级生态环境主管部门核实机组基年的供电量（MWh）"
        " 数据。 第二步：按机组基年供电量的 70%，乘以机组所属类别的各年度供电基准值，计算得到机组相应年度预分配的"
        "配额量。"
        " （二）配额核定 对于纯发电机组： 第一步：核实机组各年度实际供电量数据。 第二步：核定机组配额量。"
    )
    marks = MARK * 3
    text = (
        f"燃气机组配额分配技术指南\n\n一、配额核算方法 燃气机组的 CO2排放配额计算公式如下：\n\n{page}{marks}"
        f"{second}{marks}{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "配额核算方法"),
        (1, "二、", "配额预分配与核定"),
        (2, "（一）", "配额预分配"),
        (2, "（二）", "配额核定"),
    ]


def test_annex_labels_in_sequence_are_no_running_lines() -> None:
    # ANNEX_LABEL_NOT_RUNNING: "附件 1" … "附件 5" over the annexes of mee-ets-power-2019-2020, a paged text, read as
    # a running header with its page number at one end (RUNNING_LINE) and were dropped with their headings
    annexes = ["各类机组判定标准", "燃煤机组配额分配技术指南", "燃气机组配额分配技术指南", "各类别机组碳排放基准值"]
    text = "".join(f"附件 {n}\n\n{title}\n\n{PARA}{MARK}{PARA}{MARK}" for n, title in enumerate(annexes, 1))
    assert not furniture_spans(text)
    assert tree(f"测试方案\n\n一、总体要求\n\n{PARA}\n\n{text}") == [
        (1, "一、", "总体要求"),
        *((1, f"附件 {n}", title) for n, title in enumerate(annexes, 1)),
    ]


def test_a_table_ends_at_the_next_annex_label() -> None:
    # TABLE_ENDS_AT_ANNEX: "表 2 暂不纳入配额管理的机组判定标准" and its rows, then "附件 2" over the coal guide
    text = (
        f"测试方案\n\n一、总体要求\n\n{PARA}\n\n附件 1\n\n各类机组判定标准\n\n表 2 暂不纳入配额管理的机组判定标准\n\n"
        "| 机组类型 | 判定标准 |\n| --- | --- |\n| 生物质发电机组 | 1.纯生物质发电机组 |\n\n"
        f"附件 2\n\n2019-2020 年燃煤机组配额分配技术指南\n\n一、配额计算方法\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (1, "附件 1", "各类机组判定标准"),
        (1, "附件 2", "2019-2020 年燃煤机组配额分配技术指南"),
        (2, "一、", "配额计算方法"),
    ]


def test_a_short_annex_label_heads_its_annex() -> None:
    # ANNEX_SHORT_LABEL: "附 1" alone over "各类别机组碳排放基准值" (mee-ets-power-2021-2022-draft)
    text = (
        f"测试方案\n\n一、总体要求\n\n{PARA}\n\n附 1\n\n各类别机组碳排放基准值\n\n{PARA}\n\n"
        f"附 2\n\n燃煤机组配额分配技术指南\n\n一、配额核算方法\n\n{PARA}\n"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (1, "附 1", "各类别机组碳排放基准值"),
        (1, "附 2", "燃煤机组配额分配技术指南"),
        (2, "一、", "配额核算方法"),
    ]


def test_a_title_line_glued_to_a_lead_sentence_ends_at_its_space() -> None:
    # TITLE_LINE_SPACE in GLUED_LEAD_SENTENCE: "一、配额计算方法 燃煤机组的 CO2 排放配额计算公式如下："
    text = (
        f"测试方案\n\n一、配额计算方法 燃煤机组的 CO2 排放配额计算公式如下：\n\n{PARA}\n\n"
        f"二、配额预分配与核定\n\n{PARA}\n"
    )
    assert tree(text) == [(1, "一、", "配额计算方法"), (1, "二、", "配额预分配与核定")]


def test_entries_stating_rates_in_one_sentence_are_clauses() -> None:
    # STATEMENT_ENTRIES (gz-social-assistance-std-2025, round 15)
    text = (
        "测试通知\n\n现就有关事项通知如下：\n一、社会救助标准\n（一）全市城乡最低生活保障标准为每人每月1309元。\n"
        "（二）最低生活保障边缘家庭认定标准按最低生活保障标准的1.5倍确定，为每人每月1963.5元。\n"
        "（三）孤儿养育标准和事实无人抚养儿童基本生活补贴标准为每人每月2976元。\n二、标准执行时间\n"
        "（一）最低生活保障边缘家庭认定标准自2025年6月1日起按新标准计算执行。\n"
        "（二）最低生活保障家庭等金融资产的人均金额（市值）标准自2025年6月1日起按新标准计算执行。\n"
        "（三）流浪乞讨受助人员基本饮食标准自2025年6月1日起按新标准计算执行。\n本通知有效期1年。\n"
    )
    assert tree(text) == [(1, "一、", "社会救助标准"), (1, "二、", "标准执行时间")]


def test_a_question_put_as_a_request_heads_its_answer() -> None:
    # QUESTION_AS_REQUEST (nat-pollution-permit-interp-2021, round 15): "问：请简要介绍一下《条例》的出台背景。答：…"
    text = (
        "日前，司法部、生态环境部负责人就《条例》的有关问题回答了记者提问。问：请简要介绍一下《条例》的出台背景。答："
        "党中央、国务院高度重视排污许可管理工作。问：《条例》在强化排污单位的主体责任方面作了哪些规定？答：强化排污单位的"
        "主体责任是落实排污许可制度的关键环节。"
    )
    assert [t for _, _, t in tree(text)] == [
        "请简要介绍一下《条例》的出台背景。",
        "《条例》在强化排污单位的主体责任方面作了哪些规定？",
    ]


def test_a_paragraphs_first_words_at_a_page_foot_go_on_after_the_page_mark() -> None:
    # PAGE_BROKEN_SHORT_LINE, jl-ev-charging-2021 (heldout16): the line before "* * *" was read as a heading
    text = (
        f"一、发展现状\n\n{PARA}\n\n吉林省新能源汽车产业主要集中在长春和辽源两个地\n\n* * *\n\n"
        "区，长春主要研发和生产新能源整车，辽源以生产新能源汽车零部件为主。\n\n二、发展目标\n\n"
        f"{PARA}\n\n（一）总体目标\n\n* * *\n\n到2025年，全省建成充电站52座。\n"
    )
    # a page that opens with its heading's text keeps the heading
    assert tree(text) == [(1, "一、", "发展现状"), (1, "二、", "发展目标"), (2, "（一）", "总体目标")]


def test_a_lines_last_words_written_again_under_it_are_the_converters() -> None:
    # REPEATED_LINE_TAIL, jl-ev-charging-2021 (heldout16): the copy was read as a heading
    line = "市场渗透率为 3.7%。长春市作为全国首批 5G 信号覆盖城市，充分抓住 5G"
    text = f"一、发展现状\n\n{line}\n\n长春市作为全国首批 5G 信号覆盖城市，充分抓住 5G\n产业发展机遇。\n"
    assert len(furniture_spans(text)) == 1
    assert tree(text) == [(1, "一、", "发展现状")]
