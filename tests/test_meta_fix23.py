"""Metadata rules written after round 23's first score (branch fix23ind), each with the real excerpt it was written
from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta


def test_a_signature_before_the_copy_list_of_a_one_line_letter() -> None:
    # COPIED_AFTER_SIGNATURE (nat-monitoring-lab-review-draft-2018, heldout21, mee.gov.cn crawled onto one line):
    # the annex list runs into the signer, the date into 抄送
    text = (
        "关于征求《检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）》意见的函各省、自治区、直辖市环境保护厅"
        "（局）：为进一步规范环境监测机构资质认定工作，我部组织编制了《检验检测机构资质认定环境监测机构评审补充要求"
        "（征求意见稿）》。请于2018年7月6日前将书面意见反馈我部。联系人：某某电话：（010）12345678地址：北京市东城区"
        "朝阳门内大街115号附件：1.检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）2.《检验检测机构资质认定"
        "环境监测机构评审补充要求（征求意见稿）》编制说明生态环境部办公厅2018年6月6日抄送：国家认证认可监督管理委员会。"
        "附件1检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）第一条为规范环境监测机构资质认定评审工作，制定本要求。"
    )
    meta = guess_meta(text, "t", "0" * 64)
    assert (meta.issuer, meta.issued, meta.start_year) == ("生态环境部办公厅", "2018-06-06", 2018)
