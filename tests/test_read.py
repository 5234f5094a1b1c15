import re

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
    # EARLY_PERIODS: 一五 and 二五 stand before the three years of adjustment (1963-1965)
    assert period_years("一五") == (1953, 1957)
    assert period_years("二五") == (1958, 1962)
    assert period_years("三五") == (1966, 1970)
    assert period_years("第一个五年") == (1953, 1957)


def test_a_title_naming_an_early_plan_by_its_ordinal_gives_its_years() -> None:
    text = "某省发展国民经济的第二个五年计划\n一、基本任务\n发展工业和农业。\n二、主要指标\n增加产量。\n"
    meta = guess_meta(text, "stem", "0" * 64)
    assert (meta.period, meta.start_year, meta.end_year) == ("二五", 1958, 1962)


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
    assert re.fullmatch(r"plan-[0-9a-f]{8}", guess_meta(PLAN, "规划", "cd" * 32).id)


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
    # Nor is it the title at all: a text that lost its title is named by its file (issue #7), and
    # its region still comes from the opening line.
    meta = guess_meta(first, "p", "0" * 64)
    assert (meta.title, meta.region) == ("p", "上海")


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


def test_the_explanation_of_a_proposal_is_an_interpretation_titled_as_printed() -> None:
    """EXPLANATION_TITLE_ENDINGS (nat-fyp15-proposal-explanation-2025, round 30): its headline was passed over and the
    text titled by the plan its opening cites (PROPOSAL_FOR)."""
    title = "关于《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》的说明"
    text = (
        f"{title}\n习近平\n同志们：\n受中央政治局委托，我就《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》"
        "（以下简称《建议》）起草的有关情况向全会作说明。\n一、《建议》稿起草过程\n制定中长期规划指导经济社会发展。\n"
    )
    meta = guess_meta(text, "explanation", "0" * 64)
    assert (meta.title, meta.kind) == (title, "interpretation")
    # also: a plan's own title is no explanation
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


def test_years_that_are_no_plan_period_are_the_plans_years_without_a_period() -> None:
    meta = guess_meta("某省数字经济行动计划（2021-2023年）\n为落实“十四五”规划，制定本计划。\n", "p", "0" * 64)
    assert (meta.period, meta.start_year, meta.end_year) == ("", 2021, 2023)


def test_a_title_that_names_the_nation_or_a_central_issuer_is_national() -> None:
    assert guess_meta("中共中央 国务院关于实施乡村振兴战略的意见\n一、总体要求\n", "p", "0" * 64).region == "全国"
    assert guess_meta("上海市人民政府关于推进国家实验室建设的意见\n一、总体要求\n", "p", "0" * 64).region == "上海"


# --- Metadata read the way a researcher reads a real text (issue #7, "Front matter is metadata") ---

BODY = "\n\n一、总体要求\n\n加快推进相关工作，提升治理能力和服务水平。\n"


@pytest.mark.parametrize(
    "table",
    [
        # gov.cn: one row per line, label and value in tab-separated cells
        "标 题：\t国务院办公厅关于加强某某工作的通知\t\t\n发文字号：\t国办发〔2014〕56号\t发布日期：\t2014年11月27日\n"
        "发文机关：\t国务院办公厅\t成文日期：\t2014年11月12日\n",
        # the same table saved as text: each label alone on its line, its value on the next
        "标　　题：\n\n国务院办公厅关于加强某某工作的通知\n\n发文字号：\n\n国办发〔2014〕56号\n\n"
        "发文机关：\n\n国务院办公厅\n\n成文日期：\n\n2014年11月12日\n\n",
    ],
)
def test_a_portal_metadata_table_gives_title_number_issuer_and_date(table: str) -> None:
    # METADATA_FIELD: the text itself lost its headline and opens with its addressees
    text = (
        table
        + "\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n近年来，各地区不断加大工作力度，成效明显。"
        + BODY
    )
    meta = guess_meta(text, "stem", "0" * 64)
    assert (meta.title, meta.doc_number, meta.issuer, meta.issued) == (
        "国务院办公厅关于加强某某工作的通知",
        "国办发〔2014〕56号",
        "国务院办公厅",
        "2014-11-12",
    )


def test_a_headline_broken_over_lines_is_joined_up_to_its_document_kind() -> None:
    # HEADLINE_END / HEADLINE_LINE_MAX: "国务院办公厅关于推进" alone is no title
    text = (
        "国务院办公厅关于推进\n\n政务新媒体健康有序发展的意见\n\n国办发〔2018〕123号\n\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n政务新媒体是重要渠道。" + BODY
    )
    meta = guess_meta(text, "stem", "0" * 64)
    assert (meta.title, meta.issuer, meta.doc_number) == (
        "国务院办公厅关于推进政务新媒体健康有序发展的意见",
        "国务院办公厅",
        "国办发〔2018〕123号",
    )
    # LETTER_SPACED: a spaced-out line loses its spaces, a space between two issuers stays
    spaced = guess_meta("国务院办公厅关于印发\n国 家 某 某 应 急 预 案 的 函\n" + BODY, "s", "0" * 64)
    assert spaced.title == "国家某某应急预案"
    # WRAP_SPACE: a <br> of the headline saved as a space is no part of the name
    one_line = "国务院关于支持某某试验区 深化改革若干措施的通知 国发〔2018〕38号 各省、自治区人民政府：建设试验区。"
    assert guess_meta(one_line + BODY, "s", "0" * 64).title == "国务院关于支持某某试验区深化改革若干措施的通知"
    issued = "国务院办公厅关于印发《某某网站集约化 试点工作方案》的通知 国办函〔2018〕71号 各省、自治区人民政府："
    assert guess_meta(issued + "现印发给你们。" + BODY, "s", "0" * 64).title == "某某网站集约化试点工作方案"
    joint = guess_meta("中共中央 国务院关于实施某某战略的意见\n" + BODY, "s", "0" * 64)
    assert (joint.title, joint.issuer) == ("中共中央 国务院关于实施某某战略的意见", "中共中央 国务院")


def test_toolbar_lines_and_a_glued_page_number_are_not_the_title() -> None:
    # TOOLBAR_LINE, GOV_REPORT_TITLE, TITLE_YEAR
    report = (
        "下载\n打印\n全屏\n收藏\n2026年某某省政府工作报告\n——2026年1月27日在某某省人民代表大会上\n各位代表：\n" + BODY
    )
    meta = guess_meta(report, "stem", "0" * 64)
    assert (meta.title, meta.kind, meta.issuer, meta.start_year, meta.end_year) == (
        "2026年某某省政府工作报告",
        "report",
        "某某省人民政府",
        2026,
        2026,
    )
    assert guess_meta("分享:\n" + report[12:], "stem", "0" * 64).title == "2026年某某省政府工作报告"
    # TITLE_PAGE_PREFIX: a PDF page number, or symbol junk, glued in front of the headline
    glued = guess_meta(
        "22 中共某市委、某市人民政府关于提高防灾能力的意见\n为深入贯彻落实，提出如下意见。" + BODY, "s", "0" * 64
    )
    assert (glued.title, glued.issuer) == ("中共某市委、某市人民政府关于提高防灾能力的意见", "中共某市委、某市人民政府")
    assert guess_meta("#! +某市生态安全格局专项规划\n" + BODY, "s", "0" * 64).title == "某市生态安全格局专项规划"


def test_the_plan_a_notice_forwards_is_named_as_its_issuing_sentence_names_it() -> None:
    # The notice's title paraphrases ("转发某部关于清理整顿社会团体意见的通知"); the issuing
    # sentence quotes the document's own title in 《》.
    text = (
        "国务院办公厅转发某某部关于\n清理整顿社会团体意见的通知\n国办发〔1997〕11号\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
        "某某部《关于清理整顿社会团体的意见》已经国务院同意，现转发给你们，请认真贯彻执行。\n"
        "国务院办公厅\n一九九七年四月八日\n关于清理整顿社会团体的意见\n" + BODY
    )
    meta = guess_meta(text, "stem", "0" * 64)
    assert (meta.title, meta.doc_number, meta.issued) == (
        "关于清理整顿社会团体的意见",
        "国办发〔1997〕11号",
        "1997-04-08",
    )
    # FORWARDING: the document is the forwarded body's, not that of the forwarder who signs
    assert meta.issuer == "某某部"


def test_a_title_run_on_into_its_document_number_ends_before_it() -> None:
    # TITLE_BEFORE_NUMBER: a one-line crawl of a notice that is the content itself
    text = (
        "国务院办公厅关于加强某某执法的通知国办发〔2014〕56号各省、自治区、直辖市人民政府：\n近年来，成效明显。" + BODY
    )
    meta = guess_meta(text, "stem", "0" * 64)
    assert (meta.title, meta.doc_number, meta.issuer) == (
        "国务院办公厅关于加强某某执法的通知",
        "国办发〔2014〕56号",
        "国务院办公厅",
    )


def test_a_cover_gives_title_years_and_issuer() -> None:
    # COVER_LINES: a standard's code lines above its title; a status line is not the title's
    standard = (
        "DB11/T XXXX—XXXX\nPXX\n北 京 市 地 方 标 准\nDB 11/T XXXX—XXXX\n某某城市建设导则\n（征求意见稿）\n目   次\n"
    )
    assert guess_meta(standard + BODY, "s", "0" * 64).title == "某某城市建设导则"
    # COVER_TITLE_MIN_CHARS: a category name below the first line is no title
    crumbs = "PXX\n发展规划\n某某城市建设导则\n"
    assert guess_meta(crumbs + BODY, "s", "0" * 64).title == "某某城市建设导则"
    # TITLE_QUALIFIER_LINE, ORGAN_NAME, TITLE_YEAR_SPAN
    cover = (
        "某市生态安全格局专项规划\n（2021 年-2035 年）\n（草案）\n某市规划和自然资源委员会\n2021 年 9 月\n前  言\n"
        + BODY
    )
    meta = guess_meta(cover, "s", "0" * 64)
    # DRAFT_STATUS_LINE: a 草案 is published under that name (the corpus titles of both Beijing
    # spatial plans keep it), unlike a comment draft's stage above
    assert (meta.title, meta.issuer, meta.start_year, meta.end_year, meta.period) == (
        "某市生态安全格局专项规划（2021 年-2035 年）（草案）",
        "某市规划和自然资源委员会",
        2021,
        2035,
        "",
    )
    # two issuers on one signature line, a date in brackets under them
    bulletin = "某县2022年国民经济和社会发展统计公报\n某县统计局 国家统计局某县调查队\n（2023年5月8日）\n" + BODY
    assert guess_meta(bulletin, "s", "0" * 64).issuer == "某县统计局、国家统计局某县调查队"


def test_kind_issuer_and_period_read_off_title_and_lead() -> None:
    # TITLE_ISSUER for an interpretation; INTERPRETATION_LEAD when the headline is lost
    interp = guess_meta("某部某司有关负责人就《某某方案》答记者问\n问：为什么？\n答：为了。\n", "s", "0" * 64)
    assert (interp.kind, interp.issuer) == ("interpretation", "某部某司")
    lead = "近日，某部发布《某某指导意见》。某部有关负责人就《意见》出台的背景，回答了记者提问。\n问：为什么？\n"
    assert guess_meta(lead, "s", "0" * 64).kind == "interpretation"
    # a statistical bulletin reports; its body's “十四五” is no period of its own
    bulletin = guess_meta("某县2022年国民经济和社会发展统计公报\n2022年，“十四五”规划实施顺利。\n", "s", "0" * 64)
    assert (bulletin.kind, bulletin.period, bulletin.start_year) == ("report", "", 2022)
    # ORDINAL_PERIOD; a span of exactly a plan period's years names that period
    fyp = guess_meta("中华人民共和国国民经济和社会发展第十一个五年（2006—2010 年）规划纲要\n" + BODY, "s", "0" * 64)
    assert (fyp.period, fyp.start_year, fyp.end_year) == ("十一五", 2006, 2010)
    assert guess_meta("某省某某发展规划（2016-2020年）\n" + BODY, "s", "0" * 64).period == "十三五"
    # TEXT_PERIOD: a plan's period named in its body counts only written as a plan's
    assert guess_meta("某某纲要\n根据“九五”计划的建议。\n", "s", "0" * 64).period == "九五"
    assert guess_meta("某某纲要\n回顾“十四五”发展成就。\n", "s", "0" * 64).period == ""


def test_a_notice_that_quotes_no_title_gives_the_title_line_after_its_signature() -> None:
    # The forwarding notice paraphrases the title ("转发某某部关于某某工作意见的通知") and its
    # sentence quotes none ("某某部的意见已经国务院同意"): the document's own title stands on the line
    # after the signature and date.
    text = (
        "国务院办公厅转发某某部关于\n某某工作意见的通知\n国办发〔1997〕11号\n各省、自治区、直辖市人民政府：\n"
        "某某部的意见已经国务院同意，现转发给你们，请认真贯彻执行。\n国务院办公厅\n1997年4月8日\n关于某某工作的意见\n"
        + BODY
    )
    meta = guess_meta(text, "stem", "0" * 64)
    assert (meta.title, meta.issuer, meta.doc_number, meta.issued) == (
        "关于某某工作的意见",
        "某某部",
        "国办发〔1997〕11号",
        "1997-04-08",
    )


def test_a_plan_without_a_title_line_takes_the_title_it_gives_itself() -> None:
    # PDF text of a national outline that starts at its first paragraph: it names itself after
    # 制定《…》 (SELF_NAMED_TITLE); the state's name makes it national.
    text = (
        "　　一九九六～二○一○年，是我国改革开放和社会主义现代化建设事业承前启后、继往开来的重要时期\n"
        "根据《中共中央关于制定国民经济和社会发展“九五”计划和二○一○年远景目标的建议》，制定《中华人民共和国"
        "国民经济和社会发展“九五”计划和二○一○年远景目标纲要》（以下简称《纲要》），作为行动纲领\n" + "正文。" * 20
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert (meta.title, meta.period, meta.start_year, meta.region) == (
        "中华人民共和国国民经济和社会发展“九五”计划和二○一○年远景目标纲要",
        "九五",
        1996,
        "全国",
    )


def test_a_plan_that_opens_with_its_preface_is_the_plan_its_proposal_is_for() -> None:
    # The 十五 outline opens "序言　　世纪之交…" (no title line) and says 本纲要根据《中共中央关于制定
    # …的建议》编制 (PROPOSAL_FOR); its review of the period before comes first ("九五"期间), so the
    # period is the ordinal one of the title (第十个五年 → 十五), not the first one named.
    text = (
        "　　序言　　世纪之交，我国胜利实现了现代化建设的前两步战略目标\n"
        "　　“九五”期间，国民经济和社会发展取得巨大成就\n"
        "本纲要根据《中共中央关于制定国民经济和社会发展第十个五年计划的建议》编制，是战略性、宏观性、政策性的规划\n"
        + "正文。"
        * 20
    )
    meta = guess_meta(text, "p", "0" * 64)
    # NATIONAL_OUTLINE_STATE: the country's outline carries the state's name (the corpus title)
    assert (meta.title, meta.period, meta.start_year, meta.region) == (
        "中华人民共和国国民经济和社会发展第十个五年计划纲要",
        "十五",
        2001,
        "全国",
    )
    # a provincial outline rests on its 省委's proposal: not national, its province named
    provincial = text.replace("中共中央关于制定国民经济", "中共云南省委关于制定云南省国民经济")
    assert guess_meta(provincial, "p", "0" * 64).region == "云南"
    # a title line is kept, whatever the opening says
    titled = "某市数字经济发展规划\n" + text
    assert guess_meta(titled, "p", "0" * 64).title == "某市数字经济发展规划"


def test_a_notice_that_hands_down_a_plan_or_names_no_issuer_still_gives_the_plans_title() -> None:
    # NOTICE_TITLE: 下发 issues a plan as 印发 does; "关于印发…" names no issuer, which is no "关于"
    handed = (
        "上海市绿化和市容管理局关于下发《上海市花白玉兰推广应用三年行动计划（2024-2026年）》的通知\n各区绿化市容局：\n"
    )
    meta = guess_meta(handed + "一、总体要求\n", "p", "0" * 64)
    assert meta.title == "上海市花白玉兰推广应用三年行动计划（2024-2026年）"
    assert meta.issuer == "上海市绿化和市容管理局"
    bare = "关于印发《某区可再生能源发展行动方案》的通知\n各有关单位：\n一、总体要求\n"
    meta = guess_meta(bare, "p", "0" * 64)
    assert (meta.title, meta.issuer) == ("某区可再生能源发展行动方案", "")


def test_a_district_plan_titled_without_its_city_takes_the_region_from_its_issuer() -> None:
    # "黄浦区城市更新“十五五”规划" names no province; the export's 发布单位 上海市黄浦区人民政府办公室
    # does, and a succession needs the region (a region-less plan follows none).
    text = (
        "---\n标题: 黄浦区人民政府办公室关于印发《黄浦区城市更新“十五五”规划》的通知\n"
        "发布单位: 上海市黄浦区人民政府办公室\n---\n"
        "黄浦区城市更新“十五五”规划\n\n一、发展基础\n\n正文。\n"
    )
    meta = guess_meta(text, "hp-renewal-15", "ef" * 32)
    assert meta.title == "黄浦区城市更新“十五五”规划"
    assert meta.region == "上海"


def test_a_draft_cover_keeps_its_draft_mark_and_a_date_glued_to_the_next_page() -> None:
    # DRAFT_STATUS_LINE: "（草案）" under the title and its years is part of the name; a comment draft's
    # stage is not. COVER_NEXT_PAGE_HEADING: "2023 年 6 月 前 言" is the cover's date and the next page.
    cover = (
        "某市绿地系统专项规划\n（2023 年-2035 年）\n（草案）\n某市园林绿化局\n"
        "2023 年 6 月 前    言\n绿地是城市的基础设施。\n"
    )
    meta = guess_meta(cover, "p", "0" * 64)
    assert meta.title == "某市绿地系统专项规划（2023 年-2035 年）（草案）"
    assert meta.issuer == "某市园林绿化局"
    comment = (
        "某省地质灾害防治导则\n（征求意见稿）\n2022 年 3 月 15 日前 言\n"
        "为做好地质灾害防治工作，到2025年，基本建成体系。\n"
    )
    meta = guess_meta(comment, "p", "0" * 64)
    assert meta.title == "某省地质灾害防治导则"
    assert (meta.start_year, meta.end_year) == (2022, 2025)


def test_a_guides_preamble_names_its_drafters_and_its_edition() -> None:
    # DRAFTED_BY: the bodies before 组织制定了《…》, when the document named is the text's own
    text = (
        "某行业数字化标准体系建设指南\n（征求意见稿）\n2022 年 5 月\n"
        "为加快推动行业数字化转型，支撑和引领产业发展，某某部、国家\n标准化管理委员会组织制定了《某行业数字化标准体系建设指南（2022\n版）》。\n"
        "一、总体要求\n"
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert meta.title == "某行业数字化标准体系建设指南（2022版）"
    assert meta.issuer == "某某部、国家标准化管理委员会"
    other = text.replace("组织制定了《某行业数字化标准体系建设指南（2022\n版）》", "组织制定了《另一个产业发展规划》")
    assert guess_meta(other, "p", "0" * 64).issuer == ""


def test_a_red_head_names_the_joint_issuers_the_signature_breaks() -> None:
    # RED_HEAD_ORGAN above RED_HEAD_END: the head's whole names, letter-spaced or not
    text = (
        "某市科学技术局\n某 市 财 政 局\n某科发〔2023〕5号\n文件\n"
        "关于印发《某市科技创新券管理办法》的通知\n各有关单位：\n"
        "现印发给你们，请遵照执行。\n某市科学\n技术局 某市\n财政局\n2023年5月6日\n"
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert meta.issuer == "某市科学技术局、某市财政局"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "国务院关于某市环境污染防治目标的批复 国函〔1999〕1号 某市人民政府：你们的请示收悉。",
            "国务院关于某市环境污染防治目标的批复",
        ),
        ("II某省城市排水防涝“十四五”规划", "某省城市排水防涝“十四五”规划"),
        ("X射线检测产业发展规划", "X射线检测产业发展规划"),
    ],
)
def test_a_reply_run_on_into_its_number_and_a_roman_page_number(first: str, title: str) -> None:
    # TITLE_BEFORE_NUMBER ends at 批复 too; TITLE_PAGE_PREFIX cuts a front page's Roman number
    assert guess_meta(first + "\n一、总体要求\n", "p", "0" * 64).title == title


@pytest.mark.parametrize(
    "ending",
    [
        "各地区要抓好落实。\n某省人民政府办公厅\n2020年7月15日\n（此件公开发布）\n",
        "各地区要抓好落实。某省人民政府办公厅2020年7月15日（此件公开发布）",
        "各地区要抓好落实。\n某　省　人　民　政　府　办　公　厅　　　　二〇二〇年七月十五日\n",
    ],
)
def test_a_text_without_its_notice_is_signed_and_dated_at_its_end(ending: str) -> None:
    # CLOSING_SIGNATURE: the signature and date at the end give issuer and year of issue, and the
    # years run to the last deadline (GOAL_YEAR with a month)
    text = "各市人民政府：\n为优化营商环境，现提出以下意见。\n一、工作任务\n2021年6月底前实现信息共享。" + ending
    meta = guess_meta(text, "p", "0" * 64)
    assert (meta.issuer, meta.issued, meta.start_year, meta.end_year) == (
        "某省人民政府办公厅",
        "2020-07-15",
        2020,
        2021,
    )


def test_a_bulletin_signed_by_its_organ_in_brackets_names_its_issuer() -> None:
    # CLOSING_BRACKETED_ORGAN: a county's 统计公报 ends with "（某县统计局）", no date
    text = "某县2015年国民经济和社会发展统计公报\n一、综合\n全县实现生产总值110亿元。\n（某县统计局）\n"
    assert guess_meta(text, "p", "0" * 64).issuer == "某县统计局"
    # a bracketed note that names no organ is no signature
    assert guess_meta(text.replace("（某县统计局）", "（数据为初步统计）"), "p", "0" * 64).issuer == ""


def test_a_printing_offices_line_is_no_signature() -> None:
    text = "一、工作任务\n做好工作。\n某市工业和信息化局办公室              2022年3月10日印发\n"
    assert guess_meta(text, "p", "0" * 64).issuer == ""


def test_an_interpretation_takes_the_year_of_the_document_it_explains() -> None:
    # INTERPRETED_NUMBER: the 文号 in the lead's brackets
    lead = (
        "近日，某部发布了《关于推动某项服务发展的指导意见》（某宣教〔2021〕49号，以下简称《意见》）。"
        "某部有关负责人就《意见》出台的背景回答了记者提问。问：背景是什么？答：近年来，服务发展很快。\n"
    )
    meta = guess_meta(lead, "p", "0" * 64)
    assert meta.kind == "interpretation"
    assert (meta.start_year, meta.end_year) == (2021, 2021)


STANDARD_COVER = (
    "A 47\nDB33\n浙 江 省 地 方 标 准\nDB33/T 2000—2016\n     某村气象服务建设规范           \n"
    "Construction regulation\n{date} 发布  {date} 实施\n某省质量技术监督局            发 布\n"
    "前言\n本标准由某省气象局提出并归口。\n1 范围\n本标准规定了某村气象服务的要求。\n"
)


def test_a_standard_is_issued_by_its_cover_and_a_draft_by_its_proposer() -> None:
    # STANDARD_ISSUE_DATE + STANDARD_PUBLISHER on an issued standard's cover; a draft's cover has
    # no date, and its foreword's proposer (STANDARD_PROPOSER) is its issuer; HEADLINE_END 规范
    issued = guess_meta(STANDARD_COVER.format(date="2016 -09 - 30"), "p", "0" * 64)
    assert (issued.title, issued.issuer, issued.issued) == ("某村气象服务建设规范", "某省质量技术监督局", "2016-09-30")
    draft = guess_meta(STANDARD_COVER.format(date="20XX– XX –XX"), "p", "0" * 64)
    assert (draft.issuer, draft.issued) == ("某省气象局", "")


def test_a_report_made_on_the_governments_behalf_is_the_governments() -> None:
    # DELEGATED_REPORT and REPORT_OCCASION: a report to a standing committee without its headline
    text = (
        "2023年6月26日在第十四届全国人民代表大会常务委员会第三次会议上\n某某部部长 某某\n"
        "全国人民代表大会常务委员会：\n　　受国务院委托，现就某某产业发展情况报告如下，请审议。\n一、发展成效\n正文。\n"
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert (meta.title, meta.issuer, meta.kind, meta.issued) == (
        "国务院关于某某产业发展情况的报告",
        "国务院",
        "report",
        "2023-06-26",
    )
    # the minister reporting his own work is no delegation
    own = text.replace("受国务院委托，现就某某产业发展情况报告如下", "我就某某产业发展情况作报告")
    assert guess_meta(own, "p", "0" * 64).title == "p"


def test_the_portals_full_name_of_an_issuer_the_notice_title_shortens() -> None:
    # FULLER_ISSUER: 黄浦区人民政府办公室 in the notice title, 上海市黄浦区人民政府办公室 as 发布单位
    text = (
        "---\n标题: 黄浦区人民政府办公室关于印发黄浦区某某“十四五”规划的通知\n"
        "发布单位: 上海市黄浦区人民政府办公室\n---\n"
        "# 黄浦区人民政府办公室关于印发黄浦区某某“十四五”规划的通知\n\n各委、办、局：\n\n"
        "现将《黄浦区某某“十四五”规划》印发给你们，请认真按照执行。\n\n黄浦区人民政府办公室\n\n2021年7月20日\n\n"
        "黄浦区某某“十四五”规划\n\n一、发展基础\n\n正文。\n"
    )
    assert guess_meta(text, "p", "0" * 64).issuer == "上海市黄浦区人民政府办公室"


def test_a_period_only_the_body_names_is_not_an_opinions_that_outruns_it() -> None:
    # BODY_PERIOD_OUTRUN: issued in 2014 with goals to 2020, "完成“十二五”规划任务" names no period of its own
    text = (
        "国务院办公厅关于改善某某环境的指导意见\n国办发〔2014〕25号\n各省、自治区、直辖市人民政府：\n"
        "为改善某某环境，现提出以下意见：\n一、总体要求\n到2020年，全国某某环境基本达到要求。"
        "全面完成“十二五”规划任务。\n"
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert (meta.period, meta.start_year, meta.end_year) == ("", 2014, 2020)


def test_a_previous_documents_last_sentence_glued_before_the_headline_is_cut() -> None:
    # PREVIOUS_DOCUMENT_TAIL and HEADLINE_JOINED_PART (a concatenated PDF extraction)
    text = (
        "第四十九条 本办法自 2012 年 2 月 1 日起施行。 某市国民经济和社会发展第十四个五年规划\n"
        "和二〇三五年远景目标纲要\n2021 年 1 月 27 日某市第十五届\n人民代表大会第五次会议批准目 录\n"
        "一、新阶段新起点......1\n"
    )
    assert guess_meta(text, "p", "0" * 64).title == "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    # a first line that is a paragraph keeps no fragment of its next sentence as a title
    body = "为贯彻落实国家部署，制定本方案。 根据\n《某某条例》，结合实际。\n一、总体要求\n"
    assert guess_meta(body, "p", "0" * 64).title != "根据"


def test_a_plan_that_states_its_own_span_has_those_years() -> None:
    # STATED_SPAN: "实施年度为2016年-2018年" where neither title nor notice dates it
    text = (
        "某某试点示范培育行动实施方案\n为推动发展，特制定本实施方案。\n一、总体要求\n"
        "试点示范培育行动实施年度为2016年-2018年。\n"
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2016, 2018)


def test_a_purpose_clause_is_no_issuer_and_a_years_work_points_name_themselves() -> None:
    # PURPOSE_CLAUSE (round 8): "为贯彻落实某部党组关于…" names the body whose decision the text
    # follows, not its issuer; SELF_NAMED_TITLE takes a 工作要点 the notice says it drew up.
    text = (
        "　为贯彻落实测试部党组关于大力推进智慧水利建设决策部署，加强水资源管理，我部制定了"
        "《2022年推进智慧水利建设水资源管理工作要点》，现印发你们，请结合实际做好相关工作。\n"
        "     测试部办公厅\n　　2022年6月14日\n一、总体要求\n正文。\n"
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert not meta.issuer.startswith("为")
    assert meta.title == "2022年推进智慧水利建设水资源管理工作要点"
    purpose = "为深入贯彻党中央、国务院和省委、省政府关于强化企业科技创新主体地位的决策部署，制定本方案。\n"
    purpose += "一、总体要求\n"
    assert guess_meta(purpose, "p", "0" * 64).issuer == ""


def test_a_reply_signed_above_its_announced_annex_is_the_signers() -> None:
    # UNLABELLED_ANNEX (round 8): "…（具体要点附后）。" / "测试运输部" / "2022年9月20日" / the annex: the
    # letter's signature stands above the annex, not at the text's end.
    text = (
        "测试工业大学：\n　　你校报送的方案收悉，原则同意开展试点（具体要点附后）。\n测试运输部\n"
        "　　2022年9月20日\n\n交通强国建设试点任务要点（测试工业大学）\n　　一、城市公共交通智能化技术研究\n"
        "　　（一）试点单位。\n　　测试工业大学。\n"
    )
    text += "　　（二）试点内容。\n　　研究城市公共交通出行感知与运行监测、系统仿真与优化等技术。\n" * 20
    assert guess_meta(text, "p", "0" * 64).issuer == "测试运输部"


def test_a_years_work_notice_without_date_runs_from_the_year_it_opens_with() -> None:
    # WORK_YEAR_OPENING (round 8): no date, no 文号; "2023年，聚焦…" opens the body and "到2025年底"
    # sets its goal: 2023-2025.
    text = (
        "各省、自治区、直辖市医疗保障局:为贯彻落实有关要求，现就相关工作通知如下。\n"
        "2023年，聚焦医疗保障基金智能审核和监控知识库建设，推动智能监控全覆盖。到2025年底，基本建成智能监控体系。\n"
        "一、加强建设\n正文。\n"
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2023, 2025)


def test_a_title_names_a_period_only_as_a_plans() -> None:
    # TITLE_PERIOD (round 9): 生态环境部's yearly "六五环境日" notices were read as 六五 plans (1981-1985),
    # which put five annual editions in the wrong decade and kept them from following each other.
    from plankg.loaders.text.read import _period

    assert _period("关于做好2020年六五环境日宣传工作的通知", "", "plan") == ""
    assert _period("上海市十五分钟社区生活圈规划导则", "", "plan") == ""
    assert _period("上海市科技创新“十四五”规划", "", "plan") == "十四五"
    assert _period("十四五数字经济发展规划", "", "plan") == "十四五"
    assert _period("国民经济和社会发展第十个五年计划纲要", "", "plan") == "十五"


def test_the_year_a_yearly_notice_names_is_its_edition() -> None:
    # TITLE_EDITION (round 9): editions of one yearly notice carry the same title apart from the year.
    from plankg.lineage.succession import edition_title

    assert edition_title("关于做好2021年六五环境日宣传工作的通知") == edition_title(
        "关于做好2022年六五环境日宣传工作的通知"
    )
    assert edition_title("2030年前碳达峰行动方案") == "2030年前碳达峰行动方案"
    assert edition_title("上海市科技创新“十四五”规划（2021-2025年）") == "上海市科技创新“十四五”规划（2021-2025年）"


def test_a_one_line_crawl_takes_its_region_from_its_first_sentence_only() -> None:
    # OPENING_SENTENCE / GLUED_RECIPIENTS (round 9): a ministry's notice crawled onto one line named the
    # province hosting an event further on (主场活动在湖南…) and the addressees glued after its title
    # (…新疆生产建设兵团生态环境局：); neither is whose plan it is.
    from plankg.loaders.text.read import _opening_sentence

    crawl = (
        "关于做好2021年六五环境日宣传工作的通知各省、自治区、直辖市生态环境厅（局），"
        "新疆生产建设兵团生态环境局：今年主场活动在青海西宁举办。"
    )
    assert "新疆" not in _opening_sentence(crawl) and "青海" not in _opening_sentence(crawl)
    assert "上海" in _opening_sentence("“十二五”是上海创新驱动发展的关键时期。本规划…")


def test_a_title_with_its_own_year_takes_no_period_from_its_body() -> None:
    # TITLE_OWN_YEAR (round 9): "“十四五”时期" in the body of a 2023 notice is its frame, not its period.
    from plankg.loaders.text.read import _period

    body = "“十四五”时期是生态环境保护的关键期。"
    assert _period("关于做好2023年六五环境日宣传工作的通知", body, "plan") == ""
    assert _period("上海市生态环境保护规划", "本规划是“十四五”规划的专项规划。", "plan") == "十四五"


def test_a_one_line_crawl_is_signed_before_its_copy_list_printing_line_and_links() -> None:
    # CRAWL_TAIL_FURNITURE: 字号, the related links, the printing office's line, 抄送 and the
    # publication note are cut off the end before CLOSING_SIGNATURE reads the signature
    text = (
        "关于推进某项工作的指导意见各省、自治区、直辖市某某厅（局）：为做好某项工作，提出如下意见。"
        "一、总体要求做好工作。二、保障措施加强领导。某某部2021年5月30日（此件社会公开）"
        "抄送：某某中心，某某研究院。某某部办公厅2021年5月31日印发解读：1.某某部有关负责人答记者问"
        "2.一图读懂《关于推进某项工作的指导意见》字号"
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert (meta.issuer, meta.issued) == ("某某部", "2021-05-30")


def test_a_notice_crawled_onto_one_line_is_signed_after_its_issuing_sentence() -> None:
    # SIGNATURE_IN_RUN: organs and a date right after a sentence, then a note or 附件
    text = (
        "关于印发《某项工作实施方案》的通知各有关单位：现印发给你们，请认真贯彻落实。"
        "某某部2018年7月30日附件：某项工作实施方案为做好工作，制定本方案。一、总体要求做好工作。"
    )
    assert guess_meta(text, "p", "0" * 64).issuer == "某某部"
    # a date inside a sentence is no signature
    other = "某项工作方案\n一、背景\n近年来成效明显。某某部2018年7月30日发布的《办法》要求加强管理。\n"
    assert guess_meta(other, "p", "0" * 64).issuer == ""


def test_a_red_head_glued_before_the_title_gives_issuers_number_and_title() -> None:
    # GLUED_RED_HEAD: organs (文件) 文号 then the title; TITLE_BEFORE_RECIPIENTS keeps a comma
    text = (
        "某某部某某委员会文件某环〔2020〕57号关于深化某领域改革，推动高质量发展的指导意见"
        "各省、自治区、直辖市某某厅（局）：为做好某项工作，提出如下意见。一、总体要求做好工作。"
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert (meta.title, meta.issuer, meta.doc_number) == (
        "关于深化某领域改革，推动高质量发展的指导意见",
        "某某部某某委员会",
        "某环〔2020〕57号",
    )


def test_an_interpretation_whose_parts_are_about_the_documents_short_form() -> None:
    # INTERPRETED_BY_SECTIONS, INTERPRETED_EFFECTIVE (round 10): no headline, a lead naming the document
    # with its short form and its effective date, parts headed by that short form.
    text = (
        "为推动产业升级，市政府印发《某市促进数字经济发展若干措施》（以下简称《若干措施》），自2022年3月1日起施行。\n"
        "一、《若干措施》出台背景\n根据有关要求，我市研究制定了本措施。\n二、《若干措施》主要内容\n共十条。\n"
    )
    meta = guess_meta(text, "interp", "0" * 64)
    assert (meta.kind, meta.title) == ("interpretation", "《某市促进数字经济发展若干措施》解读")
    assert (meta.start_year, meta.end_year) == (2022, 2022)


def test_a_guide_carrying_out_a_plan_of_fixed_years_takes_its_years() -> None:
    # IMPLEMENTED_PLAN_SPAN (round 10): the opening's purpose clause names the plan with its span.
    text = (
        "一、总体要求\n（一）指导思想\n为贯彻落实《推进某行业智能化转型行动计划（2022-2024年）》，发挥标准的引领作用，"
        "制定本指南。\n（二）基本原则\n统筹规划。\n"
    )
    meta = guess_meta(text, "guide", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2022, 2024)


def test_issuers_signing_jointly_one_a_line_are_all_the_issuers() -> None:
    # JOINT_SIGNATURE (round 10): the organ lines stacked above the one date.
    text = "一、总体要求\n做好工作。\n\n某省发展改革委\n某 省 网 信 办\n某省能源局\n2021年3月2日\n"
    assert guess_meta(text, "p", "0" * 64).issuer == "某省发展改革委、某省网信办、某省能源局"


def test_a_text_too_short_to_be_a_plan_says_so_rather_than_that_it_has_no_chinese() -> None:
    # "一、总体要求" alone was refused with "no Chinese text found", which it plainly has.
    with pytest.raises(InputError, match=r"only 5 Chinese characters; too short for a plan text"):
        decode("一、总体要求\n".encode(), "tiny.txt")
    with pytest.raises(InputError, match=r"no Chinese text found"):
        decode(b"just some English words\n", "english.txt")


def test_a_pdf_gap_inside_the_number_line_is_still_the_notices_number() -> None:
    # DOC_NUMBER_GAP: a PDF keeps the gap before 号 as a space; the number still dates the notice
    # and is kept without it.
    text = "关于进一步做好某项服务管理工作的通知\n（某保发〔2024〕21 号）\n各省医保局：\n现就有关事项通知如下。\n"
    meta = guess_meta(text, "stem", "0" * 64)
    assert meta.doc_number == "某保发〔2024〕21号"
    assert meta.start_year == 2024
    # the bracketed number line has a year in it, but is no qualifier of the title (TITLE_QUALIFIER_LINE)
    assert meta.title == "关于进一步做好某项服务管理工作的通知"


def test_a_text_that_names_no_place_takes_its_issuers_province() -> None:
    # ISSUER_REGION (session 15): a notice that lost its headline names no place in its title or opening;
    # its signature does.
    body = "一、工作目标\n做好某项审核工作，加强监管。\n二、工作要求\n加强组织领导。\n\n"
    assert guess_meta(body + "河北省地震局\n2021年9月1日\n", "p", "0" * 64).region == "河北"
    assert guess_meta(body + "某市地震局\n2021年9月1日\n", "p", "0" * 64).region == ""


def test_addressees_glued_to_the_first_paragraph_name_no_region() -> None:
    # RECIPIENTS_LED (session 15): the crawl lost the headline and glued the addressees to the text.
    from plankg.loaders.text.read import _opening_sentence

    line = "各省、自治区、直辖市及新疆生产建设兵团医疗保障局:为贯彻落实有关要求，现就有关工作通知如下。"
    assert "新疆" not in _opening_sentence(line)
    assert _opening_sentence(line).startswith("为贯彻落实")


def test_a_letterhead_of_two_bodies_signed_by_one_is_the_signers() -> None:
    # RED_HEAD_ONE_SIGNER (session 15): an office's letterhead under its old and new names, the notice
    # signed by one; a jointly issued notice (each head body signs) keeps all its issuers.
    one = (
        "某区电力监管办文件\n国家能源局某区监管局文件\n某监能〔2019〕12号\n某区能源监管局关于印发某项分配方案的通知\n"
        "各有关单位：\n现将《某项分配方案》印发给你们，请遵照执行。\n国家能源局某区监管局\n2019年8月2日\n"
        "某项分配方案\n一、总体要求\n做好分配。\n"
    )
    assert guess_meta(one, "p", "0" * 64).issuer == "国家能源局某区监管局"
    joint = (
        "某市工业和信息化局\n某市公安局\n文件\n某工信字〔2022〕1号\n关于印发某项管理办法的通知\n各有关单位：\n"
        "现将《某项管理办法》印发给你们，请遵照执行。\n某市工业和信息化局\n某市公安局\n2022年1月5日\n"
        "某项管理办法\n一、总体要求\n做好管理。\n"
    )
    assert guess_meta(joint, "p", "0" * 64).issuer == "某市工业和信息化局、某市公安局"


def test_a_measure_runs_from_the_day_it_takes_effect_to_the_day_it_expires() -> None:
    # VALIDITY_SPAN (session 15): the last article states the term; no title or notice gives years.
    text = (
        "第一条　为规范某类认定工作，制定本办法。\n第二条　本办法适用于全市范围。\n"
        "第十条　本办法自2023年6月1日起施行，有效期至2026年5月31日。\n"
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2023, 2026)


def test_a_report_submitting_opinions_is_a_plan_and_a_report_of_what_was_done_a_report() -> None:
    # OPINIONS_REPORT (session 15): "关于…工作意见的报告" submits measures to be carried out.
    opinions = "关于加强某省防汛抗旱工作意见的报告\n一、总体要求\n做好防汛抗旱工作。\n"
    assert guess_meta(opinions, "p", "0" * 64).kind == "plan"
    done = "国务院关于某项工作进展情况的报告\n一、主要进展\n工作取得成效。\n"
    assert guess_meta(done, "p", "0" * 64).kind == "report"


def test_joint_signers_on_one_line_stay_apart_and_a_letter_spaced_signer_is_joined() -> None:
    # SIGNERS_ON_ONE_LINE (session 15): "国家医保局  财政部" was read as one name "国家医保局财政部".
    body = "一、工作目标\n做好某项工作，加强监管。\n二、工作要求\n加强组织领导。\n\n"
    assert guess_meta(body + "国家医保局  财政部\n2022年7月1日\n", "p", "0" * 64).issuer == "国家医保局、财政部"
    assert guess_meta(body + "国 务 院\n2022年7月1日\n", "p", "0" * 64).issuer == "国务院"
    assert guess_meta(body + "某省发展改革委 二〇二二年七月一日\n", "p", "0" * 64).issuer == "某省发展改革委"


def test_a_term_in_years_counts_from_the_day_it_takes_effect() -> None:
    # VALIDITY_TERM (fix13ind, after round 13's score): "自印发之日起施行，有效期5年" runs from the
    # year of issue for five years; an explicit start date counts from its year.
    notice = (
        "某市某局关于加强某项保障工作的通知\n某市某局\n2022年3月1日\n"
        "一、保障对象\n做好保障。\n二、其他\n本通知自印发之日起施行，有效期5年。\n"
    )
    meta = guess_meta(notice, "p", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2022, 2027)
    dated = notice.replace("本通知自印发之日起施行", "本通知自2023年7月1日起施行")
    meta = guess_meta(dated, "p", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2023, 2028)
    # a certificate's or an assessment's term is no term of the document
    other = notice.replace("本通知自印发之日起施行，有效期5年。", "资格证书自颁发之日起有效期3年。")
    assert guess_meta(other, "p", "0" * 64).end_year != 2025


def test_a_decree_cited_after_a_quoted_title_is_no_issuer() -> None:
    # CITED_DECREE (fix13ind): "根据《某某管理办法》（某某部令第9号）" names the cited rule's order.
    text = (
        "某市某局关于进一步做好某项保障工作的通知\n各区人民政府：\n"
        "根据《某某管理办法》（住房城乡建设部令第9号）等规定，现就有关事项通知如下：\n一、对象\n做好保障。\n"
    )
    assert guess_meta(text, "p", "0" * 64).issuer == "某市某局"


def test_a_number_line_above_a_joint_notice_title_is_its_number() -> None:
    # NUMBER_ABOVE_TITLE (fix13ind): the 文号 line is not the first half of the notice title below it.
    text = (
        "某医保规字〔2023〕2号\n某市医疗保障局 某市财政局关于印发某市某项保险试行办法的通知\n各有关单位：\n"
        "《某市某项保险试行办法》现印发给你们，请遵照执行。\n某市医疗保障局 某市财政局\n2023年2月1日\n"
        "某市某项保险试行办法\n第一条 为了保障参保人员权益，制定本办法。\n"
    )
    meta = guess_meta(text, "p", "0" * 64)
    assert meta.doc_number == "某医保规字〔2023〕2号"
    assert "〔" not in meta.issuer and meta.issuer.startswith("某市医疗保障局")


def test_a_forwarded_document_after_its_drafter_is_titled_by_its_quote() -> None:
    # DRAFTER_BEFORE_QUOTED (fix13ind): "批转区某局《…》的通知" issues the document in 《》.
    from plankg.loaders.rules.structure import notice_document_title

    assert notice_document_title("区某局《关于加强某项工作的实施意见》") == "关于加强某项工作的实施意见"
    assert notice_document_title("《某某规划》") == "某某规划"
    text = (
        "某区人民政府关于批转区某局《关于加强某项保护工作的实施意见》的通知\n各街道办事处：\n"
        "区某局《关于加强某项保护工作的实施意见》已经区政府常务会议通过，现批转给你们，请遵照执行。\n"
        "关于加强某项保护工作的实施意见\n一、总体要求\n做好保护。\n"
    )
    assert guess_meta(text, "p", "0" * 64).title == "关于加强某项保护工作的实施意见"


def test_a_file_name_whose_latin_part_is_a_number_takes_the_name_hash() -> None:
    """NAME_WITHOUT_LATIN_WORD: "2021年政府工作报告.txt" and "2021年科技工作要点.txt" in one folder both gave the id
    2021 and the second was refused; a number alone tells no documents apart, a name with letters does.
    NAME_HASH_NOT_TEXT_HASH (user54): the digits are the name's, so the file edited keeps its id and a build
    replaces it (they were the text's: "2019年政府工作报告.txt" edited was built beside its old version)."""
    report = guess_meta(PLAN, "2021年政府工作报告", "ab" * 32).id
    assert re.fullmatch(r"2021-[0-9a-f]{8}", report)
    assert guess_meta(PLAN, "2021年科技工作要点", "ab" * 32).id not in (report, "2021")
    assert guess_meta(PLAN + "修改。\n", "2021年政府工作报告", "cd" * 32).id == report  # edited: the same id
    assert guess_meta(PLAN, "2021", "cd" * 32).id == "2021"  # the name is the number: the user's own id
    assert guess_meta(PLAN, "sh-sti-12", "cd" * 32).id == "sh-sti-12"
    # NAME_WORDS_DROPPED: two editions "x-2021" and "x-2021-修订版" in one folder had one id
    edition = guess_meta(PLAN, "pt-soe-upgrade-year-2021-修订版", "cd" * 32).id
    assert re.fullmatch(r"pt-soe-upgrade-year-2021-[0-9a-f]{8}", edition)
    assert guess_meta(PLAN, "pt-soe-upgrade-year-2021", "cd" * 32).id == "pt-soe-upgrade-year-2021"
    assert guess_meta(PLAN, "规划", "cd" * 32).id == guess_meta(PLAN + "修改。\n", "规划", "ab" * 32).id


def test_a_file_named_as_its_title_keeps_the_title_read() -> None:
    """TITLE_LOST_NOT_NAMED_SO: a work plan saved as "2021年科技工作要点.txt", its first line the same title, is a plan;
    its title line was taken for a news headline under a lost title, and the plan called an interpretation."""
    text = "2021年科技工作要点\n\n一、加强基础研究\n建设重点实验室。\n二、推动成果转化\n建设中试基地。\n"
    meta = guess_meta(text, "2021年科技工作要点", "ab" * 32)
    assert (meta.kind, meta.title) == ("plan", "2021年科技工作要点")
    assert guess_meta(text, "kj", "ab" * 32).kind == "plan"
