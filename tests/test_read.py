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


def test_a_title_run_on_into_its_body_is_cut_after_its_document_kind() -> None:
    # one-line texts (a crawl that lost the line breaks): the title ends at 答记者问 / 方案 …,
    # not inside 《》, and keeps a bracketed qualifier
    text = (
        "生态环境部、农业农村部有关司局负责同志就《农业面源污染治理与监督指导实施方案（试行）》答记者问"
        "日前，生态环境部与农业农村部联合印发《农业面源污染治理与监督指导实施方案（试行）》（以下简称"
        "《实施方案》），有关负责同志就《实施方案》出台的背景回答记者提问。"
    )
    meta = guess_meta(text, "interp", "0" * 64)
    assert meta.title == (
        "生态环境部、农业农村部有关司局负责同志就《农业面源污染治理与监督指导实施方案（试行）》答记者问"
    )
    opening = "某市数字经济发展行动计划（2023—2025年）为加快数字经济发展，"
    plan = guess_meta(opening + "推进产业数字化转型。" * 8, "p", "0" * 64)
    assert plan.title == "某市数字经济发展行动计划（2023—2025年）"


def test_a_text_that_opens_with_its_addressees_has_no_title_of_its_own() -> None:
    text = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：党中央、国务院高度重视优化营商环境工作。" * 2
    assert guess_meta(text, "nat-business-env-2020", "0" * 64).title == "nat-business-env-2020"


def test_a_body_sentence_naming_its_own_plan_is_not_cut_as_a_title() -> None:
    first = (
        "“十二五”是上海创新驱动、转型发展的关键时期，科技创新在经济社会发展中的地位和作用更加突出，"
        "为全面推进上海科技创新，制定本规划。"
    )
    assert guess_meta(first, "p", "0" * 64).title == first[:80]


def test_a_markdown_exports_front_matter_gives_the_document_number_the_body_lacks() -> None:
    text = (
        "---\n标题: 某区人民政府办公室关于印发某区历史风貌保护“十四五”规划的通知\n文号: 某府办发〔2021〕28号\n"
        "发布单位: 某区人民政府办公室\n发布日期: 2021年7月20日\n官方链接: https://example.org/x\n---\n\n"
        "> 本文正文由脚本自官方公开页面提取。\n\n"
        "# 《某区历史风貌保护“十四五”规划》\n\n一、发展基础\n正文。\n"
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert (meta.doc_number, meta.issuer, meta.issued) == ("某府办发〔2021〕28号", "某区人民政府办公室", "2021-07-20")
    assert meta.title == "某区历史风貌保护“十四五”规划"
    assert guess_meta(text.replace("某府办发〔2021〕28号", "-"), "p", "0" * 64).doc_number == ""


def test_a_department_answering_questions_on_a_plan_is_an_interpretation() -> None:
    text = "生态环境部有关负责人就《某某实施方案》答记者问\n问：为什么出台？\n答：为了……\n"
    assert guess_meta(text, "interp", "0" * 64).kind == "interpretation"
    assert guess_meta("某省科技创新“十四五”规划\n一、发展基础\n", "p", "0" * 64).kind == "plan"


@pytest.mark.parametrize(
    ("title", "period", "years"),
    [
        ("中华人民共和国国民经济和社会发展第十一个五年（2006—2010 年）规划纲要", "十一五", (2006, 2010)),
        ("中华人民共和国国民经济和社会发展第七个五年计划", "七五", (1986, 1990)),
        ("某省生态环境保护规划（2016-2020年）", "十三五", (2016, 2020)),
    ],
)
def test_the_period_comes_from_the_title_by_ordinal_or_by_the_years_of_one_plan(
    title: str, period: str, years: tuple[int, int] | None
) -> None:
    # the opening mentions the period before first: the title decides
    meta = guess_meta(f"{title}\n“十五”计划胜利完成。\n一、发展基础\n", "p", "0" * 64)
    assert meta.period == period
    assert ((meta.start_year, meta.end_year) if meta.start_year else None) == years


def test_years_that_are_no_plan_period_leave_the_period_to_the_opening() -> None:
    meta = guess_meta("某省数字经济行动计划（2021-2023年）\n为落实“十四五”规划，制定本计划。\n", "p", "0" * 64)
    assert (meta.period, meta.start_year) == ("十四五", 2021)


def test_a_title_that_names_the_nation_or_a_central_issuer_is_national() -> None:
    assert guess_meta("中共中央 国务院关于实施乡村振兴战略的意见\n一、总体要求\n", "p", "0" * 64).region == "全国"
    assert guess_meta("上海市人民政府关于推进国家实验室建设的意见\n一、总体要求\n", "p", "0" * 64).region == "上海"
