"""Metadata rules written after round 19's score (branch fix19seg): REGULATION_ADOPTION, ABBREVIATED_ISSUERS and
NEWS_HEADLINE of plankg/loaders/rules/structure.py, each with the real excerpt it was written from."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

# hb-civilized-conduct-regs-2019 (heldout19, a Word file): the title and the adoption note, broken mid-name
HB_REGULATION = (
    "河北省文明行为促进条例\n（2019年5月30日河北省第十三届人民代表大会\n常务委员会第十次会议通过）\n\n"
    "第一章\u3000总\u3000\u3000则\n\n\u3000\u3000第一条\u3000为了引导和促进文明行为，培育和践行社会主义核心价值观，"
    "提升公民文明素质和社会文明程度，推动社会进步，根据有关法律、行政法规的规定，结合本省实际，制定本条例。\n"
)
# yn-eco-civilization-pioneer-regs-2020 (heldout19): the congress itself adopted it
YN_REGULATION = (
    "云南省创建生态文明建设排头兵\n促进条例\n\n（2020年5月12日云南省第十三届人民代表大会\n第三次会议通过）\n\n"
    "目  录\n第一章  总  则\n第二章  规划与建设\n\n第一章  总  则\n\n第一条  为了推进生态文明建设，筑牢国家西南生态"
    "安全屏障，根据有关法律、法规，结合本省实际，制定本条例。\n"
)
# sc-trade-in-renewal-2026 (heldout19): the vault's 发文机构 names the first issuer and 等, the signature both
SC_JOINT = (
    "# 四川省2026年实施大规模设备更新和消费品以旧换新政策措施\n\n**文号**: 川发改环资〔2026〕47号  \n"
    "**发文机构**: 四川省发展和改革委员会等  \n**发布日期**: 2026-01-01  \n\n## 政策原文\n\n"
    "省直有关部门、有关单位，各市（州）发展改革委、财政局：\n\n《四川省2026年实施大规模设备更新和消费品以旧换新政策措施》"
    "已经省政府同意，现印发你们，请结合实际抓好贯彻落实。\n\n四川省发展和改革委员会 四川省财政厅\n\n2026年2月9日\n\n"
    "四川省2026年实施大规模设备更新和消费品以旧换新政策措施\n\n为全面贯彻党中央、国务院决策部署，优化实施大规模设备更新"
    "和消费品以旧换新政策，制定以下政策措施。\n"
)
# gz-maternity-allowance-direct-2025 (heldout19, a saved portal page as read): a news headline, no document kind
GZ_NEWS = (
    "本月起，这笔钱直接发放至个人！\n搜索\n好消息来了！广州市生育保险政策迎来新变化！2025年12月1日起生育津贴由参保"
    "职工本人申请，直接发放至个人，无需再通过用人单位申请。\n政策速递\n符合《广东省职工生育保险规定》生育津贴领取条件"
    "的参保职工，可按规定由职工本人申请生育津贴，直接发放至个人。\n"
)


def test_a_regulation_is_issued_by_the_congress_that_adopted_it() -> None:
    assert guess_meta(HB_REGULATION, "hb", "0" * 64).issuer == "河北省人民代表大会常务委员会"
    assert guess_meta(YN_REGULATION, "yn", "0" * 64).issuer == "云南省人民代表大会"


def test_joint_issuers_abbreviated_with_deng_are_read_from_the_signature() -> None:
    assert guess_meta(SC_JOINT, "sc", "0" * 64).issuer == "四川省发展和改革委员会、四川省财政厅"


def test_a_news_headline_titles_a_report_on_a_policy() -> None:
    meta = guess_meta(GZ_NEWS, "gz-news", "0" * 64)
    assert (meta.title, meta.kind) == ("本月起，这笔钱直接发放至个人！", "interpretation")
