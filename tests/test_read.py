import pytest

from plankg.errors import InputError
from plankg.loaders.text.read import decode, guess_meta, period_years
from plankg.manifest import parse_manifest

PLAN = "上海市科技创新“十四五”规划\n一、总体要求\n加快建设具有全球影响力的科技创新中心，提升城市能级和核心竞争力。"


def test_utf8_and_bom() -> None:
    assert decode(PLAN.encode("utf-8"), "a") == PLAN
    assert decode(b"\xef\xbb\xbf" + PLAN.encode("utf-8"), "a") == PLAN


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16"])
def test_other_encodings_decode(encoding: str) -> None:
    assert decode(PLAN.encode(encoding), "a").strip("\ufeff") == PLAN


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (bytes(range(256)) * 20, "binary|not a text"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary|not a text"),
        (b"just some english text " * 20, "no Chinese"),
    ],
)
def test_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data, "bad.txt")


def test_period_years() -> None:
    assert period_years("十二五") == (2011, 2015)
    assert period_years("十四五") == (2021, 2025)
    assert period_years("“十一五”") == (2006, 2010)


def test_guess_meta_reads_the_first_line() -> None:
    meta = guess_meta(PLAN, "My Plan", "ab" * 32)
    assert (meta.id, meta.title, meta.period, meta.start_year, meta.region, meta.kind) == (
        "my-plan",
        "上海市科技创新“十四五”规划",
        "十四五",
        2021,
        "上海",
        "plan",
    )
    assert guess_meta("《某规划》解读\n" + PLAN, "解读", "cd" * 32).kind == "interpretation"
    assert guess_meta(PLAN, "规划", "cd" * 32).id == "plan-cdcdcdcd"


def test_manifest_errors_name_the_entry() -> None:
    with pytest.raises(InputError, match="entry 1"):
        parse_manifest("plans:\n  - file: a.txt\n    id: Bad Id\n    title: x\n", "plans.yaml")
    with pytest.raises(InputError, match="not valid YAML"):
        parse_manifest("plans: [", "plans.yaml")
    assert (
        parse_manifest("plans:\n  - file: a.txt\n    id: a\n    title: 甲\n    period: 2012\n", "m")["a.txt"].period
        == "2012"
    )


def test_a_file_mixing_utf8_and_gbk_lines_decodes_line_by_line() -> None:
    # Issue #7: a plan pasted together from a UTF-8 page and a GBK page was refused as "binary".
    utf8 = "上海市科技创新“十四五”规划\n一、总体要求\n".encode()
    gbk = "加快建设具有全球影响力的科技创新中心，提升城市能级和核心竞争力。\n".encode("gbk")
    assert decode(utf8 + gbk + utf8, "mixed.txt") == (
        "上海市科技创新“十四五”规划\n一、总体要求\n加快建设具有全球影响力的科技创新中心，提升城市能级和核心竞争力。\n"
        "上海市科技创新“十四五”规划\n一、总体要求\n"
    )


def test_a_mix_with_lines_in_no_known_encoding_says_it_is_mixed() -> None:
    utf8 = "上海市科技创新“十四五”规划\n一、总体要求，加快建设具有全球影响力的科技创新中心。\n".encode()
    with pytest.raises(InputError, match="mixes UTF-8"):
        decode(utf8 + b"\x80\x80\x80\xff\n" + utf8, "mixed.txt")


def test_a_guessed_title_carries_no_control_characters_or_site_furniture() -> None:
    text = "当前位置：首页 > 规划信息\n\f上海市科技\x00创新“十四五”规划\n一、总体要求\n" + PLAN
    assert guess_meta(text, "plan", "ab" * 32).title == "上海市科技创新“十四五”规划"


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        # A notice whose title runs on into its 文号 and addressees (the line breaks were lost).
        (
            "国务院关于印发国家环境保护“十二五”规划的通知国发〔2011〕42号 各省、自治区、直辖市人民政府：",
            "国家环境保护“十二五”规划",
        ),
        # The same, with the notice title itself broken over two lines.
        (
            "国务院关于印发国家环境保护\n\n\n“十一五”规划的通知国发〔2007〕37号各省、自治区、直辖市人民政府，国务院各部委：",
            "国家环境保护“十一五”规划",
        ),
    ],
)
def test_a_run_on_notice_gives_the_plan_its_title(opening: str, title: str) -> None:
    meta = guess_meta(
        opening + "\n　　国务院同意，现印发给你们，请认真贯彻执行。\n一、总体要求\n" + "正文。" * 20, "x", "0" * 64
    )
    assert meta.title == title and meta.period == title[title.index("“") + 1 : title.index("”")]
