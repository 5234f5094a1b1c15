import pytest

from plankg.loaders.structure.headings import cn_to_int, is_unnumbered_heading, read_heading_line


@pytest.mark.parametrize(
    ("numeral", "value"), [("一", 1), ("十", 10), ("十二", 12), ("二十三", 23), ("一百零五", 105), ("7", 7)]
)
def test_cn_to_int(numeral: str, value: int) -> None:
    assert cn_to_int(numeral) == value


@pytest.mark.parametrize(
    ("line", "style", "number", "title", "inline"),
    [
        ("一、形势与需求", "cn", 1, "形势与需求", False),
        ("十二、保障措施", "cn", 12, "保障措施", False),
        ("（三）总体安排", "paren-cn", 3, "总体安排", False),
        ("1.重大任务", "arabic", 1, "重大任务", False),
        ("2、生物医药", "arabic", 2, "生物医药", False),
        (
            "（12）融合网络通信技术产业化与应用示范基地",
            "paren-arabic",
            12,
            "融合网络通信技术产业化与应用示范基地",
            False,
        ),
        ("（1）建设技术创新示范企业。鼓励创新能力达到", "paren-arabic", 1, "建设技术创新示范企业", True),
        ("第七章 技术创新服务体系", "chapter:章", 7, "技术创新服务体系", False),
        ("第一节 科技金融", "chapter:节", 1, "科技金融", False),
        ("01 加快基础研究原创突破,提升原始创新能力", "padded", 1, "加快基础研究原创突破,提升原始创新能力", False),
        ("③ 数据处理", "circled", 3, "数据处理", False),
    ],
)
def test_heading_lines(line: str, style: str, number: int, title: str, inline: bool) -> None:
    heading = read_heading_line(line)
    assert heading is not None and heading.marker is not None
    assert (heading.marker.style, heading.marker.number, heading.title, heading.inline) == (
        style,
        number,
        title,
        inline,
    )


@pytest.mark.parametrize(
    "line",
    [
        "1.5亿元用于研发",  # a decimal, not "1."
        "2012年，上海加快构建",  # a year
        "十分重要的是",  # 十 followed by text, no 、
        "1.",  # a marker with no title
        "3、" + "很长的一句话没有句号" * 10,  # a paragraph, not a heading
    ],
)
def test_not_headings(line: str) -> None:
    assert read_heading_line(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("金融政策", True),
        ("创新研发平台服务机制，全面实施“万户工程”", True),
        ("◎国家技术产业化基地", False),
        ("2012年，研发平台全面启动“万户企业推进工程”，支持企业开展研发活动。", False),
        ("\t主要指标", False),
        ("重点方向：", False),
        ("特此通知", False),  # NOTICE_CLOSING (zl-heritage-14, round 6): the notice's closing formula
    ],
)
def test_unnumbered_headings(line: str, expected: bool) -> None:
    assert is_unnumbered_heading(line) is expected


@pytest.mark.parametrize(
    ("line", "style", "number", "title"),
    [
        ("1.1 总体要求", "decimal:2", 1, "总体要求"),
        ("2.3构建现代产业体系", "decimal:2", 3, "构建现代产业体系"),
        ("1.1.1 综合经济实力大幅提升。全市生产总值…", "decimal:3", 1, "综合经济实力大幅提升"),
        ("（100）建设示范基地", "paren-arabic", 100, "建设示范基地"),
        ("120.推进开放合作", "arabic", 120, "推进开放合作"),
    ],
)
def test_decimal_and_large_numbers(line: str, style: str, number: int, title: str) -> None:
    heading = read_heading_line(line)
    assert heading is not None and heading.marker is not None
    assert (heading.marker.style, heading.marker.number, heading.title) == (style, number, title)


@pytest.mark.parametrize("line", ["1.5亿元用于研发", "3.2%的增长", "2.5万家企业"])
def test_quantities_are_not_decimal_headings(line: str) -> None:
    assert read_heading_line(line) is None


@pytest.mark.parametrize(
    "line", ["专栏1 工业互联网网络互联互通工程", "表2 主要指标", "图1 空间结构示意图", "附件：2020年城市体检指标体系"]
)
def test_captions_and_attachment_lists_are_not_sub_headings(line: str) -> None:
    assert not is_unnumbered_heading(line)


def test_a_speaker_byline_standing_alone_is_no_heading() -> None:
    # 2026年河北省政府工作报告: once its photo credit ("…本报记者 霍艳恩摄") was dropped as the
    # page's, "河北省人民政府省长 王正谱" stood alone and became a level-1 heading.
    from plankg.loaders.structure.document import load_plan
    from plankg.schema import PlanMeta

    text = (
        "下载\n打印\n全屏\n收藏\n2026年河北省政府工作报告\n"
        "——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n来源：河北日报\n时间：2026-02-02\n"
        "河北省人民政府省长 王正谱\n王正谱作政府工作报告。本报记者 霍艳恩摄\n各位代表：\n"
        "现在，我代表省人民政府向大会报告工作。\n一、“十四五”时期经济社会发展回顾\n过去五年，是极不寻常的五年。\n"
    )
    doc = load_plan(text, PlanMeta(id="t", title="2026年河北省政府工作报告", kind="report"))
    assert [(s.number, s.title) for s in doc.sections] == [("一、", "“十四五”时期经济社会发展回顾")]


def test_an_entry_into_force_provision_numbered_like_a_part_is_no_heading() -> None:
    # ENTRY_INTO_FORCE_PROVISION (round 13, after the score): the last provision saying when the document takes
    # effect is a clause; a part titled about implementation stays a heading.
    assert read_heading_line("五、本办法自2025年1月1日起施行，有效期3年。") is None
    assert read_heading_line("八、本意见自印发之日起实施。") is None
    heading = read_heading_line("六、加强组织实施")
    assert heading is not None and heading.title == "加强组织实施"
