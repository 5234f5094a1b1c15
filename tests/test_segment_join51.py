"""Rules written in session 37 (branch join51) for texts that lost their line breaks, each with the real excerpt it was
written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[str]:
    return [h.title for h in headings_inline(text)]


# fj-mingxi-housing-measures-2022 (heldout49), joined: the （n） open with their subject, so they are read as untitled
# provisions; the last one's title ends after its head noun, its sentence opening with the measures naming themselves
PROVISIONS = (
    "一、居民住房消费补贴措施及标准（一）适用范围及时间自本文件发布之日起至 2023 年 2 月 20 日 24:00 止，在我县城市规"
    "划区内房地产开发项目购买新建商品住房。（二）补贴总额度本文件实施期内购房消费补贴总额不超过 1000 万元。（三）补贴"
    "标准1.凡在我县城市规划区范围内购买新建商品住房的，按所购商品住房面积予以每平方米 150 元的补贴。（四）发放流程本"
    "措施补贴申报时间截止2023年8月20日。购房人在购买的新建商品房买卖合同网签备案后，向县住建局提出申请，并提交相关材"
    "料。四、其他相关规定（一）个人提供虚假证明违规享受居民消费补贴的，经查实后，将依法依规追究其相应责任。（二）开发"
    "企业或股东个人以商品住房产权抵偿个人债务不发生现金购置新建商品住房的，不享受本措施的补贴政策。（三）购房时间以网"
    "签新建商品住房买卖合同登记备案时间为准。（四）自发文之日起，已通过验收的房地产开发项目不享受本文件补贴政策。（五"
    "）本文“中级及以上职称”是指由人社部门颁发的中、高级职称证书。（六）本措施中的补贴政策只可享受一项，不可重复享受。"
    "（七）各乡（镇）要加强宣传，积极引导鼓励辖区内人口进城购房。"
)


def test_a_provision_s_title_ends_after_its_head_noun_before_the_text_naming_itself() -> None:
    # PROVISION_HEAD_NOUN_SUBJECTS: it was titled "发放流程本措施补贴申报时间截止2023年8月20日"
    assert "发放流程" in titles(PROVISIONS)
