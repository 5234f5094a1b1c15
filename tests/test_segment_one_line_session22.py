"""Session 22's rules for texts that lost their line breaks. Excerpts are real texts of the scored rounds joined as a
one-line crawl joins them (bench/one_line.py); each test fails without its rule."""

from __future__ import annotations

from pathlib import Path

from bench.one_line import one_line
from plankg.loaders.structure.document import load_plan
from plankg.loaders.structure.segment import headings_inline
from plankg.loaders.text.formats import read_document
from plankg.schema import PlanMeta

TEXTS = Path(__file__).parent / "realworld" / "texts"


def test_indicator_rows_numbered_across_scored_groups_are_no_headings_read_inline() -> None:
    # ENTRIES_ACROSS_GROUPS read inline (bt-digital-gov-eval-2022 joined): the 1．… 90． rows of an
    # assessment's indicator table run on from one scored group into the next ("（一）一体化政务服务平台
    # 建设（3分）|1．除涉密…。…（二）政务服务便民热线升级（2分）|3．全面提升…"): the table's rows, not
    # sub-headings
    path = TEXTS / "bt-digital-gov-eval-2022.txt"
    text = one_line(read_document(path.read_bytes(), str(path), path.suffix))
    plan = load_plan(text, PlanMeta(id="bt-digital-gov-eval-2022", title="包头市2022年数字政府建设考评办法"))
    numbered = [s.number for s in plan.sections]
    assert "（一）" in numbered and "（三）" in numbered
    assert not any(number.rstrip("．.").isdigit() for number in numbered)


def test_a_report_s_uneven_couplets_end_where_their_sentences_open() -> None:
    # UNEVEN_COUPLETS (yn-gov-report-2026 joined): couplets of 10 + 10, 11 + 8, 12 + 10, 7 + 8 characters, each glued to
    # the first run-in point of its task; no one clause length rules them (COUPLET_TITLES finds none)
    text = (
        "（一）巩固壮大实体经济根基，纵深推进产业强省建设做强做优做大资源型产业。实施新一轮重点产业链高质量"
        "发展行动。（二）促进消费和投资良性互动，有效释放内需潜力深入实施提振消费专项行动。促进城乡居民增收，提升消费能力。"
        "（三）一体推进教育科技人才发展，提升创新体系整体效能优化教育资源供给。实施新时代立德树人工程。（四）推动改革开放走深"
        "走实，全面激活发展动力突出重点领域改革。推进要素市场化配置改革。（五）加快农业农村现代化，扎实推进乡村全面振兴抓实"
        "常态化帮扶。建立常态化防止返贫致贫机制。（六）统筹发展和安全，保持社会和谐稳定防范化解地方债务风险。加强地方政府"
        "债券借用管还全生命周期管理。"
    )
    assert [h.title for h in headings_inline(text)] == [
        "巩固壮大实体经济根基，纵深推进产业强省建设",
        "促进消费和投资良性互动，有效释放内需潜力",
        "一体推进教育科技人才发展，提升创新体系整体效能",
        "推动改革开放走深走实，全面激活发展动力",
        "加快农业农村现代化，扎实推进乡村全面振兴",
        "统筹发展和安全，保持社会和谐稳定",
    ]


def test_whole_couplets_are_not_cut_where_no_glued_one_shows_an_opener() -> None:
    # UNEVEN_COUPLETS needs half its glued couplets to show an opener near the first clause's length: a plan's
    # "坚持高端引领，提升四大历史文化风貌区品牌影响力" (6 + 14, hp-heritage-14) shows none and stays whole
    text = (
        "（一）坚持高端引领，提升四大历史文化风貌区品牌影响力高起点谋划风貌区发展。（二）聚焦服务民生，加快推动旧区"
        "改造和历史建筑修缮更新全力推进旧区改造。（三）发挥多方合力，推动历史风貌保护和利用的有效实施发挥政府部门主导作用。"
        "（四）加强智慧管理，建立完善历史风貌保护综合信息系统打造立体化信息数据库。"
    )
    titles = [h.title for h in headings_inline(text)]
    assert titles[0].startswith("坚持高端引领，提升四大历史文化风貌区品牌影响力")


def test_titles_end_before_sentences_opening_with_yield_or_a_quantified_subject() -> None:
    # 遵照 (SENTENCE_OPENERS) and 所有 (INLINE_SUBJECT_OPENERS): nat-fuel-power-rationing-1978, a one-line crawl
    text = (
        "二、统一分配和供应全部燃料资源，都要由各级计划部门按照国家计划的要求统一平衡分配。三、实行凭证定量制度所有使用燃料的"
        "企业、单位，都要发动群众，制定先进的消耗定额。四、认真执行煤炭送货办法。五、充分利用燃料。六、因地制宜、大力开展群众"
        "办电凡有余热资源的地区，要发动群众大办余热发电。七、加强计划管理。八、建立统一的燃料管理机构遵照国务院领导同志关于"
        "煤炭、石化等六个生产部门的销售机构，实行国家物资总局和主管部双重领导的指示精神，各省、市、自治区也要建立统一的机构。"
    )
    titles = {h.number: h.title for h in headings_inline("一、统一管理燃料资源。" + text)}
    assert titles["三、"] == "实行凭证定量制度"
    assert titles["八、"] == "建立统一的燃料管理机构"


def test_ownership_is_no_subject_opening_a_sentence() -> None:
    # OPENER_WORD_TAILS: 所有制 is a noun of the title ("坚持公有制为主体、多种所有制经济共同发展")
    text = "一、坚持多种所有制经济共同发展。二、深化国有企业改革。"
    assert next(h.title for h in headings_inline(text)) == "坚持多种所有制经济共同发展"
