"""LISTED_ANNEX (branch fix19seg, after round 19's score; plankg/loaders/rules/structure.py): an annex listed above
the signature and carried after the date with only its title heads a document of its own."""

from __future__ import annotations

from plankg.schema import PlanMeta
from tests.segmenting import PARA, tree

# hi-trade-in-renewal-2025 (heldout19): the notice's last point, its annex list, signature, date, the annex's title
HI_NOTICE = (
    "海南省人民政府办公厅关于2025年海南省加力扩围实施大规模设备更新和消费品以旧换新政策的通知\n\n"
    "各市、县、自治县人民政府，省政府直属各单位：\n\n经省政府同意，现将2025年海南省加力扩围实施大规模设备更新和消费品以旧"
    "换新政策，通知如下。\n\n**一、加力实施设备更新行动**\n\n"
    f"（一）加大重点领域设备更新支持力度。{PARA}\n\n**二、加强组织实施**\n\n"
    f"（二）强化宣传引导。各市县、各有关部门要大力宣传“两新”政策进展成效。{PARA}\n\n"
    "附件：2025年海南省加力扩围推动消费品以旧换新实施方案\n\n海南省人民政府办公厅\n\n2025年1月23日\n\n"
    f"**2025年海南省加力扩围推动消费品以旧换新实施方案**\n\n为全面贯彻党的二十大精神，{PARA}\n\n**一、总体要求**\n\n"
    f"{PARA}\n\n**二、加大扩围支持内容**\n\n（一）支持汽车报废更新。\n\n{PARA}\n\n（二）支持汽车置换更新。\n\n{PARA}\n"
)


def test_an_annex_listed_above_the_signature_heads_a_document_after_the_date() -> None:
    title = "海南省人民政府办公厅关于2025年海南省加力扩围实施大规模设备更新和消费品以旧换新政策的通知"
    meta = PlanMeta(id="t", title=title)
    sections = [(level, title) for level, _, title in tree(HI_NOTICE, meta)]
    assert sections[-5:] == [
        (1, "2025年海南省加力扩围推动消费品以旧换新实施方案"),
        (2, "总体要求"),
        (2, "加大扩围支持内容"),
        (3, "支持汽车报废更新"),
        (3, "支持汽车置换更新"),
    ]
