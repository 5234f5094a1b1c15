"""Metadata rules written after round 28's first score (branch fix28task), each with the real excerpt it was written
from (heldout28). Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

# gz-family-doctor-plan-2023 (heldout28, a saved commission page as read): the headline counts the other issuers
# (等4部门), the signature names all four, two a line
GZ_FOUR = (
    "广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知\n穗卫函〔2023〕1930号\n"
    "各区卫生健康局、财政局、人力资源社会保障局，市医保中心：\n"
    "现将《关于推进广州市家庭医生签约服务高质量发展实施方案》印发给你们，请贯彻执行。\n"
    "实施过程中遇到有关情况，请向相关部门反映。\n市卫生健康委联系人：孙映吟，联系电话：81085234\n"
    "广州市卫生健康委员会 广州市财政局\n广州市人力资源和社会保障局 广州市医疗保障局\n2023年10月19日\n"
    "**关于推进广州市家庭医生签约服务高质量发展实施方案**\n一、主要目标\n到2025年，家庭医生签约服务覆盖率稳步提升。\n"
)


def test_joint_issuers_counted_in_the_headline_are_read_from_a_signature_over_two_lines() -> None:
    # ABBREVIATED_ISSUER_END with a count (等4部门)
    assert guess_meta(GZ_FOUR, "gz", "0" * 64).issuer == (
        "广州市卫生健康委员会、广州市财政局、广州市人力资源和社会保障局、广州市医疗保障局"
    )


def test_a_signature_short_of_the_count_leaves_the_headlines_issuer() -> None:
    # the count must be met: two organs signed where the headline counts four
    text = GZ_FOUR.replace("广州市人力资源和社会保障局 广州市医疗保障局\n", "")
    assert guess_meta(text, "gz", "0" * 64).issuer == "广州市卫生健康委等4部门"
