"""Rules written in session 33 (branch fixseg42) after round 42's first score, each with the real excerpt it was
written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from tests.segmenting import tree

# nat-unified-market-speech-2025 (heldout43): a part of a speech in 求是, its only structure six titled 第一，… points
UNIFIED_MARKET = "\n".join(
    [
        "纵深推进全国统一大市场建设",
        "建设全国统一大市场，是党中央作出的重大决策。近年来，我们相继出台了一系列政策文件，取得积极成效。",
        "落实这些基本要求，当前最急迫的是聚焦重点难点，下决心清除顽瘴痼疾。",
        "第一，着力整治企业低价无序竞争乱象。“内卷”重灾区，要依法依规有效治理。",
        "第二，着力整治政府采购招标乱象。重点整治最低价中标、以次充好、利益勾连等突出问题。",
        "第三，着力整治地方招商引资乱象。要制定全国统一的地方招商引资行为清单。",
        "第四，着力推动内外贸一体化发展。畅通出口转内销路径，提高国内国际标准一致性。",
        "建设全国统一大市场，既是攻坚战，也是持久战，各地区各部门要从政治和全局高度抓好落实。",
    ]
)

# hn-hiap-presser-2025 (heldout31): a press conference's answers count points that restart and are sentences
PRESSER_POINTS = "\n".join(
    [
        "第一，这是落实党中央决策部署的必然要求。",
        "第二，这是提升人民群众健康水平的现实需要。",
        "第三，是加快建设“更高水平的国际健康岛”的需要。",
        "下一步，我们将重点做好以下工作。",
        "第一，持续扩大健康影响评估工作。",
        "第二，实施跨部门干预重大健康风险。",
    ]
)


def test_speech_topic_points_are_headings() -> None:
    # SPEECH_TOPIC_POINTS: the titled 第一，… points of a speech with no other structure, lines kept and joined
    expected = [
        (1, "第一，", "着力整治企业低价无序竞争乱象"),
        (1, "第二，", "着力整治政府采购招标乱象"),
        (1, "第三，", "着力整治地方招商引资乱象"),
        (1, "第四，", "着力推动内外贸一体化发展"),
    ]
    assert tree(UNIFIED_MARKET) == expected
    assert tree(UNIFIED_MARKET.replace("\n", "")) == expected


def test_restarting_answer_points_stay_content() -> None:
    # SPEECH_TOPIC_POINTS: points that count again from 第一 are an answer's, paragraph content
    assert tree(PRESSER_POINTS) == []
