"""Portal pages of round 17 (branch fix17seg): an FAQ question asking two things on its line, and a district
page's QR-code line closing the document."""

from __future__ import annotations

from tests.segmenting import PARA, tree


def test_a_question_line_asking_two_things_keeps_both() -> None:
    # SECOND_QUESTION_ON_LINE (gz-unemployment-faq-2025): the title stopped at the first ？
    text = (
        f"十四、失业保险金领取期限如何计算？\n{PARA}\n"
        f"十五、领取失业金期间死亡，遗属可以申请丧葬补助金和抚恤金吗？能领多少钱？\n{PARA}\n"
    )
    assert [title for _, _, title in tree(text)] == [
        "失业保险金领取期限如何计算？",
        "领取失业金期间死亡，遗属可以申请丧葬补助金和抚恤金吗？能领多少钱？",
    ]


def test_a_pages_qr_line_closes_the_document() -> None:
    # PAGE_QR_LINE (wd-farm-machinery-subsidy-2024): "政务微信" / "移动门户" / "顶部" were sections
    text = f"一、补贴范围和补贴机具\n\n{PARA}\n\n二、补贴对象\n\n{PARA}\n\n"
    text += "扫一扫在手机上查看当前页面\n\n政务微信\n\n移动门户\n\n顶部\n"
    assert [title for _, _, title in tree(text)] == ["补贴范围和补贴机具", "补贴对象"]
