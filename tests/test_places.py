"""Place rules hold for any province, not only the Shanghai texts the rules were written on."""

import pytest

from plankg.loaders.extract.entities import is_generic
from plankg.loaders.text.read import guess_meta


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("上海南部科技创新中心", True),  # the city's ambition, not a platform
        ("北京科技创新中心", True),
        ("粤港澳大湾区国际科技创新中心", True),
        ("京津冀国家技术创新中心", False),  # a national centre located in a region
        ("长三角国家技术创新中心", False),
        ("广东省科技成果转化公共服务平台", False),  # a place plus a long description is one platform
        ("北京工程技术研究中心", True),  # a place plus a generic kind is a class
    ],
)
def test_place_prefixes(name: str, generic: bool) -> None:
    assert is_generic(name, "platform") is generic


def test_region_guessed_from_any_province() -> None:
    text = "广东省科技创新“十四五”规划\n" + "一、总体要求\n加快建设科技创新强省，提升自主创新能力和核心竞争力。" * 3
    assert guess_meta(text, "gd", "0" * 64).region == "广东"
