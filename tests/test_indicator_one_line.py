"""Targets of texts that lost their line breaks (bench/eval_indicators.py --one-line): the rules that read a
crawl's run-on paragraphs. Excerpts from dev texts joined as a crawl joins them; each test fails without its rule."""

from __future__ import annotations

from bench.eval_indicators import documents, predict
from plankg.loaders.extract.indicators import _targets_end
from plankg.loaders.rules.indicators import VALUELESS_RUN, VALUELESS_SENTENCE

# gz-gov-report-2026 (贵州省 2026 年政府工作报告), its lines joined: the year's targets run on into its work.
REPORT = (
    "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。"
    "规模以上工业增加值增长7.5%左右；居民消费价格涨幅2%左右。"
    "围绕实现上述目标，重点抓好以下工作：（一）统筹促消费和扩投资，全力扩大有效需求。"
    "落实好“两重”“两新”政策，为经济增长提供有力支撑。"
    "稳定投资规模，完成交通投资800亿元、水利投资300亿元，新建5G基站1万个。"
)


def test_a_sentence_without_a_number_is_valueless() -> None:
    assert VALUELESS_SENTENCE.pattern.fullmatch("围绕实现上述目标，重点抓好以下工作：（一）统筹促消费和扩投资。")
    assert VALUELESS_SENTENCE.pattern.fullmatch("居民消费价格涨幅2%左右。") is None


def test_the_targets_after_a_lead_end_before_a_run_of_valueless_sentences() -> None:
    start = REPORT.index("：") + 1
    assert REPORT[start : _targets_end(REPORT, start, len(REPORT))].endswith("居民消费价格涨幅2%左右。")
    assert VALUELESS_RUN == 2


def test_one_goal_in_words_among_targets_does_not_end_them() -> None:
    # nat-voc-edu-2019 (国务院 国家职业教育改革实施方案), 具体指标：… joined: 建成…标准体系。 is a goal in words
    text = (
        "具体指标：到2022年，建设50所高水平高等职业学校和150个骨干专业（群）。"
        "建成覆盖大部分行业领域、具有国际先进水平的中国职业教育标准体系。"
        "推动建设300个具有辐射引领作用的高水平专业化产教融合实训基地。"
    )
    assert _targets_end(text, 5, len(text)) == len(text)


def test_a_joined_report_gives_its_targets_not_its_work() -> None:
    # the whole dev text joined: its 33 gold targets, and none of the counts of the year's work after them
    entry = next(d for d in documents("dev") if d["id"] == "gz-gov-report-2026")
    got = predict(entry, joined=True)
    assert len(got) == 33 and any(i.name.startswith("城镇调查失业率") for i in got)
    assert not any("5G" in i.name or "交通投资" in i.name for i in got)
