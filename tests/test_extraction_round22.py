"""Round 22's platform and institution causes (fix22ext, session 22): schools named by their place and a word of
their own (SCHOOL_NAME_END …). Each case is a short excerpt of a scored text (round 22, round 8, round 21); guards
pin what the rules leave alone."""

from __future__ import annotations

from plankg.loaders.extract.mentions import named_schools
from tests.extracting import document


def _schools(text: str) -> set[str]:
    return {m.name for m in named_schools(text)}


def test_schools_named_by_place_and_own_word() -> None:
    # round 22: a 天河 district news page on school admission
    text = (
        "中度智力残疾适龄儿童可报读天河区御景小学或广州市天河中学猎德实验学校的特教班（小学）以及天河区智谷第一"
        "实验学校或广州市天河中学猎德实验学校的特教班（初中）；中度、重度智力残疾适龄儿童可报读天河区启慧学校；"
        "盲、聋哑儿童则分别到广州市启明学校、广州市启聪学校接受教育。"
    )
    assert _schools(text) == {
        "天河区御景小学",
        "广州市天河中学猎德实验学校",
        "天河区智谷第一实验学校",
        "天河区启慧学校",
        "广州市启明学校",
        "广州市启聪学校",
    }
    listed = "华南师范大学附属中学初中部、广州市华颖外国语学校、广东实验中学天河学校等多所学校将采用自主报名"
    assert _schools(listed) == {"华南师范大学附属中学初中部", "广州市华颖外国语学校", "广东实验中学天河学校"}
    _, institutions = document("其中，" + listed + "。")
    assert "广东实验中学天河学校" in institutions


def test_schools_of_other_rounds() -> None:
    # a ministry's reply (round 8) and a railway's EIA approval (round 21)
    assert "澳门培正中学" in _schools(
        "我部下属宣传教育中心与台湾中华环境教育学会、香港中文大学教育学院、澳门培正中学等共同发起"
    )
    assert "重庆师范大学城口附属中学" in _schools("对重庆师范大学城口附属中学等敏感目标影响可能更大")


def test_schools_by_kind_are_none() -> None:
    assert not _schools("天河区按免试就近入学原则确定公办初中的招生方式，申请入读天河区公办中学，天河户籍小学毕业生")
    assert not _schools("登录“广州市义务教育学校招生报名系统”，到实际居住地地段对口小学现场递交材料，入读公办学校")
    assert not _schools("鼓励广东省内普通高等学校、本市中等职业学校和老挝南塔省省立中学")
    assert not _schools("全区电脑派位学校由原来的5所增至7所；改善乡镇初中寄宿制学校；国际网球学校")
