"""Task-block rules of session 41's task55: a number glued to 附件 cites or labels an attachment and goes on no
numbering read inline (CITED_ANNEX_NUMBER)."""

from __future__ import annotations

from bench.eval_tasks import documents, load
from plankg.loaders.rules.structure import CITED_ANNEX_NOUN, CITED_TABLE_NOUNS, INLINE_HEADING

# pt-power-online-pilot-2015 (heldout54, a 平潭 工作方案 whose body is one line): the stage 1.'s text cites two
# attachments, "（示例见附件2、附件3）", before the stage 2. that goes on its numbering
CITING_STAGE = (
    "1.准备阶段（2015年4月-6月）该阶段的工作重点在于梳理需求。监察规则应尽最大可能进行定性和定量的准确描述，"
    "以便实现最大程度的自动比对，减少人工干预的比例。（示例见附件2、附件3）---完成建设前期工作（6月底前）。"
    "根据业务需求，形成区级电子监察系统升级完善方案。2.建设实施阶段（2015年7月-12月）该阶段的工作重点在于实现业务"
    "需求与技术方案的对接。3.推广阶段（2016年1月-6月）该阶段重点在于全面推广。"
)


def test_a_number_glued_to_an_attachment_is_no_marker() -> None:
    assert CITED_ANNEX_NOUN in CITED_TABLE_NOUNS
    at = CITING_STAGE.index("2、附件3")
    assert not any(m.start("joined") == at for m in INLINE_HEADING.finditer(CITING_STAGE) if m.group("joined"))
    # a number glued to another word still goes on an open run (INLINE_ARABIC_GLUED): "…等4.地质科技攻关。"
    glued = "丰顺留隍（铅锌银）等4.地质科技攻关。"
    assert any(m.group("joined") == "4." for m in INLINE_HEADING.finditer(glued))


def test_the_plan_gives_its_three_stages() -> None:
    # round-54 gold: 二、工作任务's items end with the three stages 1.准备阶段 2.建设实施阶段 3.推广阶段
    entry = next(d for d in documents("heldout54") if d["id"] == "pt-power-online-pilot-2015")
    for joined in (False, True):
        titles = [t.title for t in load(entry, joined).tasks]
        assert [t[:6] for t in titles[-3:]] == ["准备阶段（2", "建设实施阶段", "推广阶段（2"]
        assert not any("附件3" in t for t in titles)
