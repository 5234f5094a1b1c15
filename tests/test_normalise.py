import pytest

from plankg.loaders.text.normalise import NormalisedText, find_page_numbers, fold_widths, normalise, remove_spans


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("２０１５年达到４．５％", "2015年达到4.5%"),
        ("(一)指导思想", "（一）指导思想"),
        ("　　一、形势与需求", "一、形势与需求"),
        ("ＧＤＰ比重", "GDP比重"),
        ("<p>数字智慧城市</p> <p>城市运行</p>", "数字智慧城市\n\n城市运行"),
        ("- 高新技术企业数量**2.6**万家", "高新技术企业数量2.6万家"),
        ("甲\r\n\r\n\r\n\r\n乙", "甲\n\n乙"),
        ("研发&nbsp;投入", "研发 投入"),
        ("（一）總體要求：加快建設科技創新中心", "（一）总体要求：加快建设科技创新中心"),
        ("加快建设\n\n- 3 -\n\n二、任务", "加快建设\n\n二、任务"),
        ("加快建设\n— 12 —\n二、任务", "加快建设\n\n二、任务"),
        ("加快建设\n第 3 页 共 40 页\n二、任务", "加快建设\n\n二、任务"),
        ("\t0.85\n\t1.50", "\t0.85\n\t1.50"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_offsets_point_back_to_the_original_characters() -> None:
    raw = "　　（１）重大新药创制\n- **4.5%**左右"
    result = normalise(raw)
    for i, ch in enumerate(result.text):
        original = raw[result.offsets[i]]
        assert original == ch or original in "（）１" or ch == "\n" or ch in "（）1"
    assert raw[result.offsets[result.text.index("重")]] == "重"
    assert raw[result.offsets[result.text.index("4")]] == "4"


def test_radical_code_points_of_a_pdf_font_read_as_their_ideographs() -> None:
    # RADICAL_CODE_POINTS: heldout31's browser-printed pages write 革 as the Kangxi radical ⾰ (U+2FB0) and 黄 as the
    # supplement's ⻩ (U+2EE9), which NFKC leaves; both read as the ideograph, one character for one.
    raw = "建⽴⾰命⽂物⼤数据库；⻩冈市⻩州区陈潭秋故居"
    result = normalise(raw)
    assert result.text == "建立革命文物大数据库；黄冈市黄州区陈潭秋故居"
    assert len(result.offsets) == len(raw)
    assert fold_widths("⾰命⽂物⼤数据库") == "革命文物大数据库"


def test_remove_spans_keeps_offsets() -> None:
    text = NormalisedText.of("产业创新27打造高地")
    cleaned = remove_spans(text, [(4, 6)])
    assert cleaned.text == "产业创新打造高地"
    assert cleaned.offsets[4] == 6


def _pages(n: int) -> str:
    body = "这是正文内容。" * 60
    return "".join(f"{body}推进{page}建设" for page in range(1, n + 1))


def test_page_numbers_glued_into_text_are_found_as_a_rising_sequence() -> None:
    text = _pages(6)
    spans = find_page_numbers(text)
    assert [text[a:b] for a, b in spans] == ["1", "2", "3", "4", "5", "6"]


def test_page_number_before_a_list_marker_keeps_the_marker() -> None:
    body = "这是正文内容。" * 60
    text = "".join(f"{body}推进{p}建设" for p in range(1, 6)) + body + "推广。64、智能网联"
    spans = find_page_numbers(text)
    assert text[spans[-1][0] : spans[-1][1]] == "6"


def test_list_number_going_on_its_run_is_no_page() -> None:
    # LIST_NUMBER_GOES_ON: nat-health-ai-scenarios-2024 joined numbers 36 scenarios ("…提升医疗质量。11.智能陪诊基本
    # 概念：…"); 11., 21., 31., 41., 51. rose like pages 1 … 5 glued to "1." and cost entries 11 to 20 their numbers
    entry = "基本概念：针对医学影像数据进行智能分析，提升医疗质量。"
    text = "".join(f"{n}.智能陪诊{entry * 2}" for n in range(1, 56))
    assert find_page_numbers(text) == []


def test_few_small_numbers_are_not_page_numbers() -> None:
    text = "建设3个中心和4个基地。" + "正文。" * 400 + "推进5建设"
    assert find_page_numbers(text) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("一、总体\f（一）目标", "一、总体\n（一）目标"),  # pdftotext's page break
        ("一、总体\v正文", "一、总体\n正文"),  # Word's manual line break
        ("总\x00体要求\x08", "总体要求"),  # a broken UTF-16 save
        ("科技\u200b创新\ufeff", "科技创新"),  # zero-width space, stray BOM
    ],
)
def test_control_characters_never_reach_the_text(raw: str, expected: str) -> None:
    # Issue #7: \f, \v and \0 reached the graph's titles and texts.
    assert normalise(raw).text == expected


def test_markdown_titles_are_set_apart_as_sub_headings() -> None:
    text = normalise("前文。\n## 总体要求\n正文。\n**加快创新**\n正文**4.5%**左右。").text
    assert text == "前文。\n\n总体要求\n\n正文。\n\n加快创新\n\n正文4.5%左右。"


def test_character_replacements_are_one_character_or_none() -> None:
    # _translate keeps offsets by relying on this (str.translate, offsets shared or filtered).
    from plankg.loaders.text.normalise import _FULLWIDTH_ALNUM, _PUNCTUATION

    assert all(len(out) <= 1 for out in {**_FULLWIDTH_ALNUM, **_PUNCTUATION}.values())


def test_deleted_characters_take_their_offsets_with_them() -> None:
    from plankg.loaders.text.normalise import NormalisedText, _translate

    out = _translate(NormalisedText.of("一\r\n２０２５年（三）"))
    assert out.text == "一\n2025年（三）"
    assert out.offsets[:3] == (0, 2, 3)
    assert len(out.offsets) == len(out.text)


def test_a_private_use_glyph_after_a_lines_number_is_its_lost_point() -> None:
    # LOST_MARKER_POINT: "1\ue010突破…" (a city's AI plan, its tasks so numbered) is "1.突破…", one
    # character for one; a private-use glyph elsewhere stays (the segmenter reads "：\ue004一、" as a
    # lost paragraph break), and a quantity "10\ue010" before a digit is no marker.
    raw = (
        "二、主要任务\n　　1\ue010突破大模型关键核心技术。加强攻关。\n　　12\ue010打造标杆。\n"
        "现批复如下：\ue004一、同意。"
    )
    out = normalise(raw)
    assert out.text == "二、主要任务\n1.突破大模型关键核心技术。加强攻关。\n12.打造标杆。\n现批复如下：\ue004一、同意。"
    assert len(out.offsets) == len(out.text)
    assert raw[out.original_offset(out.text.index("1."))] == "1"
    assert normalise("增长10\ue0105%").text == "增长10\ue0105%"


def test_a_private_use_glyph_after_a_number_glued_into_a_joined_text_is_its_lost_point() -> None:
    # GLUED_LOST_POINT (qd-marine-ai-2024, heldout6, joined): the numbers no longer open lines; they follow the
    # part's title and a closing bracketed note. A number glued to a digit, a letter or a point is none.
    raw = (
        "（一）实施科技创新攻关行动1\ue010突破大模型关键核心技术。加强攻关。（责任单位：市科技局）"
        "2\ue010强化核心底层硬件创新攻关。"
    )
    assert normalise(raw).text == raw.replace("\ue010", ".")
    for kept in ("型号A1\ue010智能", "版本1.2\ue010升级", "增长10\ue0105%"):
        assert normalise(kept).text == kept
