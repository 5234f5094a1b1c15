"""Rules written in session 32 (branch fixseg41) for the layouts of round 40's PDF texts, each with the real excerpt
it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.text.normalise import normalise

# hn-grid-safety-2025 (heldout40): a red-header joint notice whose PDF text holds each page on one line under its mark
GRID_PAGES = [
    "为进一步提升海南省新能源和新型并网主体涉网安全能力，现就有关事项通知如下。",
    "一、准确把握涉网安全管理工作的总体要求（一）高度重视涉网安全管理工作。各市县发展改革委、各电力企业、"
    "各并网主体要根据国家能源局有关要求和工作部署，紧扣新形势下能源转型和电力保供目标，坚决防范并网安全事故发生。"
    "（二）明确涉网安全管理范围。应纳入涉网安全管理范围的并网主体包括海上风电、陆上风电、集中式光伏、分布式光伏"
    "等全部新能源，以及新型储能、虚拟电厂等全部新型并网主体。电力调度机构应根据国家标准及行业标准等规定要求，"
    "分类提出涉网安全管理要求。（三）压实各方涉网安全管理责任。电力调度机构要加强对纳入涉网安全管理范围的新能源和"
    "新型并网主体的统一调度管",
    "理，依据有关法律法规和标准规范，做好涉网二次系统和监控系统的技术监督工作，强化电网安全风险辨识。电网企业要加强"
    "电网安全风险管控，为并网主体安全并网提供保障。二、切实提升涉网安全性能（四）优化涉网管理服务。电网企业要"
    "优化并网接入服务流程，提高服务效率，公开并网接入相关信息。（五）推动并网主体友好并网。并网主体要按照国家和"
    "行业标准要求配置涉网设备，提升频率电压耐受能力和主动支撑能力，满足电力系统安全稳定运行需要。",
    "三、加强涉网参数管理（六）规范涉网参数管理流程。电力调度机构要建立健全涉网参数管理制度，明确参数报送、审核、"
    "备案等环节的工作要求，并网主体要按要求报送涉网参数，对参数的真实性、准确性负责，确保仿真模型与实际一致。"
    "（七）落实涉网参数复测要求。并网主体在设备改造、软件升级等可能影响涉网性能的情况下，应及时开展参数复测，"
    "并将复测结果报送电力调度机构，电力调度机构要加强复测结果的审核和应用，及时更新仿真模型和参数。",
]


# the pages' sentences cut out above, put back to a page's length (about 1,600 characters each in the notice)
FILLER = "各单位要加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处。" * 10


def grid_text(pages: list[str], joined: bool = False) -> str:
    marked = [f"—{k}—\n{page.replace('。', '。' + FILLER, 1)}" for k, page in enumerate(pages, 1)]
    return "".join(marked).replace("\n", "") if joined else "\n\n".join(marked)


def grid_headings(text: str) -> list[tuple[int, str]]:
    from plankg.loaders.structure.document import load_plan
    from plankg.schema import PlanMeta

    title = "关于提升海南省新能源和新型并网主体涉网安全能力的通知"
    plan = load_plan(normalise(text).text, PlanMeta(id="grid", title=title))
    return [(s.level, s.title) for s in plan.sections]


def test_a_text_of_one_line_a_page_is_read_inline() -> None:
    # PAGE_PER_LINE: read line by line, only the page line's first part stood as a heading (its title glued to （一）)
    found = grid_headings(grid_text(GRID_PAGES))
    assert (1, "切实提升涉网安全性能") in found
    assert (2, "推动并网主体友好并网") in found
    assert (1, "加强涉网参数管理") in found
    assert (1, "准确把握涉网安全管理工作的总体要求") in found


def test_a_page_mark_without_spaces_glued_into_one_line_goes() -> None:
    # INLINE_PAGE_FOOTER_UNSPACED: "…如下。—2—一、准确把握…" hid the part after its page's mark
    text = normalise(grid_text(GRID_PAGES, joined=True)).text
    assert "—2—" not in text and "落到实处。一、准确把握" in text
    assert "2021—2025年" in normalise("实施期限为2021—2025年，分两个阶段推进各项任务的落实和评估工作。").text


# gx-performance-risk-guide-2023 (heldout40): the guideline's title runs over every page, its page line under it
HEADER = "广西电力市场履约风险管理工作指引"
RISK_GUIDE = (
    "特此通知。\n附件：广西电力市场履约风险管理工作指引\n广西电力交易中心有限责任公司\n\n"
    f"{HEADER}\n第 3 页\n附件：\n{HEADER}\n1 总则\n1.1 为规范广西电力市场履约风险管理，制定本工作指引。\n"
    "2 职责分工\n2.1 广西电力交易中心职责\n2.1.1 负责拟定、修订广西电力市场履约保障凭证管理\n要求。\n\n"
    f"{HEADER}\n第 4 页\n2.2 售电公司职责\n2.2.1 按照本指引及时、足额开立符合要求的履约保函。\n"
    "8.6 售电公司对所提交履约保障凭证的真实性、合法性\n\n"
    f"{HEADER}\n第 5 页\n和有效性负责。售电公司存在伪造、变造履约保障凭证的，将被暂停交易权限。\n"
    "8.7 统一由广西电网有限责任公司作为受益人。\n\n"
    f"{HEADER}\n第 6 页\n9 履约保障凭证开立\n9.1 售电公司可自主选择开立履约保函或履约保险。\n"
)


def test_running_header_beside_its_page_line_goes_and_the_title_under_the_annex_label_stays() -> None:
    # RUNNING_BESIDE_PAGE_LINE: the header was glued into 8.6's clause across the page break
    text = normalise(RISK_GUIDE).text
    assert "合法性广西电力市场" not in text
    assert f"附件：\n{HEADER}\n1 总则" in text
    assert text.count(HEADER) == 2  # the notice's attachment line and the title under 附件：


# gx-performance-risk-guide-2023 (heldout40): untitled decimal provisions, one of them a sentence that fits its line
DECIMAL_PROVISIONS = (
    "附件：\n广西电力市场履约风险管理工作指引\n7 风险控制\n7.1 售电公司应在收到风险预警后，按以下要求开展风\n"
    "险响应：\n（1）收到黄色预警时，应做好补充履约担保凭证、支\n付电费的准备。\n"
    "8 履约保障凭证管理要求\n8.1 履约保障凭证包括履约保函和履约保险。\n"
    "8.2 售电公司须在参与批发、零售市场交易前，向广西\n电力交易中心提交足额的履约保障凭证。\n"
    "8.3 售电公司可以提交多份履约保障凭证。售电公司有\n效期内每日的有效额度为其提交的所有履约保障凭证有效\n"
    "期内该日额度的总和。\n"
    "8.4 履约保障凭证有效期应与考虑电费退补的市场结算\n周期匹配。考虑市场化电费差错退补有滞后性，其生效日期\n"
    "不晚于交易标的组织开始日期。\n"
    "9 履约保障凭证开立\n9.1 履约保函须为不可撤销、见索即付、独立性保函。\n"
)


def test_a_one_line_decimal_provision_among_untitled_ones_is_a_clause() -> None:
    # DECIMAL_SENTENCE_CLAUSES: 8.1's sentence fit its line and stood as a heading among the clauses 8.2-8.4
    from plankg.loaders.structure.segment import Heading, _without_decimal_sentence_clauses

    def heading(level: int, number: str, title: str) -> Heading:
        start = DECIMAL_PROVISIONS.index(f"{number} {title}")
        return Heading(level, number, title, start, start + len(number) + 1 + len(title))

    read = [
        heading(1, "7", "风险控制"),
        heading(1, "8", "履约保障凭证管理要求"),
        heading(2, "8.1", "履约保障凭证包括履约保函和履约保险"),
        heading(1, "9", "履约保障凭证开立"),
    ]
    kept = [h.number for h in _without_decimal_sentence_clauses(DECIMAL_PROVISIONS, read)]
    assert kept == ["7", "8", "9"]


def test_row_numbers_of_an_exploded_table_are_no_pages_and_the_cell_beside_them_stays() -> None:
    # RUNNING_PAGE_CHARS_MIN (nat-teachermid-2022): a list exploded one cell a line numbers its rows on lines of their
    # own; the university repeated beside each row number is data, not a running header.
    from plankg.loaders.text.furniture import PAGE_NUMBERS, page_edge_lines

    rows = "".join(f"{n}\n东北师范大学\n小学教育\n2028年6月\n" for n in range(1, 7))
    assert page_edge_lines("专业名单\n" + rows, PAGE_NUMBERS) == []
    page = "本指引所称履约保障凭证，是指售电公司按规定提交的履约保函或者履约保险。" * 8
    pages = "".join(f"{page}\n广西电力市场履约风险管理工作指引\n第 {n} 页\n" for n in range(1, 5))
    assert len(page_edge_lines(pages, PAGE_NUMBERS)) == 4
