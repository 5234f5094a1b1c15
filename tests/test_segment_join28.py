"""Rules written in session 28 (branch join28) for texts that lost their line breaks, each with the real excerpt
it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


def test_bracketed_points_glued_to_part_titles_numbered_on_across_parts() -> None:
    # GLUED_BRACKETED_POINT_GOES_ON (nat-fyp15-proposal-2025, heldout30, joined): each part's title runs into its first
    # point, the points numbered on across the parts ((4) under 二、); none of the 61 was read
    text = (
        "就制定国民经济和社会发展“十五五”规划提出以下建议。"
        "一、“十五五”时期是基本实现社会主义现代化的关键时期（1）“十四五”时期我国发展取得重大成就。"
        "“十四五”时期我国发展历程极不寻常、极不平凡。（2）“十五五”时期在基本实现社会主义现代化进程中具有承前启后的"
        "重要地位。基本实现社会主义现代化是我国全面建成社会主义现代化强国的关键一步。"
        "二、“十五五”时期经济社会发展的指导方针和主要目标（3）“十五五”时期经济社会发展的指导思想。"
        "坚持以马克思列宁主义为指导。（4）“十五五”时期经济社会发展的主要目标。今后五年，要努力实现以下主要目标。"
    )
    # (the titles are cut where the sentence after them restates their opening words, RESTATED_OPENING_WORDS)
    assert [(h.level, h.number) for h in headings_inline(text)] == [
        (1, "一、"),
        (2, "（1）"),
        (2, "（2）"),
        (1, "二、"),
        (2, "（3）"),
        (2, "（4）"),
    ]
    assert titles(text)[3] == (1, "二、", "“十五五”时期经济社会发展的指导方针和主要目标")


def test_a_bracketed_number_inside_a_title_sentence_is_no_point() -> None:
    # GLUED_BRACKETED_POINT_GOES_ON reads only a point right after a title: a bracketed figure after a clause mark stays
    text = "一、总体要求坚持稳中求进，推进（2）类项目建设。二、重点任务（1）加强统筹。全面推进。"
    assert [(h.level, h.number) for h in headings_inline(text)] == [(1, "一、"), (1, "二、"), (2, "（1）")]


def test_letter_spaced_bracketed_numerals_go_on_their_run() -> None:
    # LETTER_SPACED_PAREN_NUMERAL (nat-edu-reform-outline-draft-2010, heldout30, joined): the PDF letter-spaces the
    # two-character numbers ("（十 八）"); the run stopped at the first, and (二十三) after the skipped ones was refused
    text = (
        "第六章 职业教育（十七）增强职业教育吸引力。完善职业教育支持政策。"
        "第七章 高等教育（十 八）全面提高高等教育质量。高等教育承担着培养高级专门人才的重大任务。"
        "（十 九）提高人才培养质量。牢固确立人才培养在高校工作中的中心地位。"
        "第八章 继续教育（二 十）加快发展继续教育。继续教育是面向学校教育之后所有社会成员的教育活动。"
    )
    found = [
        (h.level, h.number, h.title)
        for h in headings_inline(text, numbering={"chapter:章": 5, "paren-cn": 16}, nested=True)
    ]
    assert found == [
        (1, "第六章", "职业教育"),
        (2, "（十七）", "增强职业教育吸引力"),
        (1, "第七章", "高等教育"),
        (2, "（十 八）", "全面提高高等教育质量"),
        (2, "（十 九）", "提高人才培养质量"),
        (1, "第八章", "继续教育"),
        (2, "（二 十）", "加快发展继续教育"),
    ]


def test_a_part_run_whose_first_part_was_lost_opens_at_its_second() -> None:
    # LOST_FIRST_PART (sd-scenario-innovation-2025, heldout7, joined): the scan read 一、 as a hyphen after the title
    # ("总体要求-、"); its 二、 (glued to the words before it) opens the parts, 三、 and 四、 written after it
    text = (
        "结合山东实际，制定本行动计划。总体要求-、坚持以习近平新时代中国特色社会主义思想为指导，"
        "带动支柱型雁阵集群营收规模年均增长8%左右二、实施场景机会培创行动深入实施“十强产业”行动计划。"
        "（一）布局一批产业提速成长场景。人工智能领域。（省工业和信息化厅负责）三、实施场景创新攻关行动。聚焦技术验证。"
        "（省科技厅负责）四、实施场景创新引领区建设行动。依托国家超算济南中心。"
    )
    assert titles(text) == [
        (1, "二、", "实施场景机会培创行动"),
        (2, "（一）", "布局一批产业提速成长场景"),
        (1, "三、", "实施场景创新攻关行动"),
        (1, "四、", "实施场景创新引领区建设行动"),
    ]


def test_a_second_part_without_the_next_parts_after_it_opens_nothing() -> None:
    # LOST_FIRST_PART needs 三、 and 四、 after the 二、: a lone 二、 in a text without parts stays words
    text = "根据通知精神，现就有关事项说明如下。按照规定，二、三级医院应当执行。（一）加强领导。做好工作。"
    assert [h.number for h in headings_inline(text)] == ["（一）"]
