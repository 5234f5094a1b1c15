"""Round 28's second wave (heldout29, fix29seg, session 26): a Word 97 regulation whose 目录 lists its chapter
titles without numbers, and a catalogue whose 说明： notes are numbered 一、…六、. Each excerpt is quoted from the
antiword texts in tests/realworld/texts (development data since heldout29's score at 12:33); each test fails on the
code before the rule it names."""

from __future__ import annotations

from tests.segmenting import tree

# jx-teacher-major-catalogue-2023: the notes above the catalogue's table, as antiword writes them
JX_NOTES = "\n".join(
    [
        "",
        "附件2",
        "",
        "                  江西省中小学教师招聘岗位专业要求参照目录",
        "                               （2023年修订）",
        "",
        "     说明：",
        "",
        "一、本目录中的专业来源于教育部制定的专业目录，往届毕业生中新旧专业名称不一致",
        "的，可对照《普通高等学校本科专业目录新旧专业对照表》《高等职业教育本科新旧专业对",
        "照表》《高等职业教育专科新旧专业对照表》和《高等教育自学考试新旧专业对照表》。",
        "",
        "二、本目录中的分类是按照中小学教师招聘岗位需要进行归类的，与教育学科分类没有",
        "直接对应关系。",
        "    三、本目录仅适用于全省中小学及特岗教师招聘，考生应参照此目录进行报考。",
        "",
        "四、研究生、本科、专科学历的小学教育专业（代码分别为：045115、040107、670103",
        "K）报考对应学历（及以下）层次要求的小学阶段任一学科岗位，均符合专业要求。",
        "",
        "五、研究生学历的教育学专业（代码：0401）、教育经济与管理专业（代码：120403）",
        "、教育管理专业（045101），本科学历的教育学专业（代码：040101），如取得与报考",
        "岗位相同学科的教师资格证，均符合专业要求。",
        "",
        "六、不在本目录范围的，能否通过资格审查、参加面试，由当地教师招聘领导小组研究",
        "决定。",
        "|招聘岗位   |相关专业目录                 |",
        "|1.语文教师 |0501中国语言文学，045103学   |",
        "",
    ]
)


def test_notes_under_a_label_line_are_no_headings() -> None:
    # NOTES_UNDER_LABEL
    assert [n for _, n, _ in tree(JX_NOTES) if n.endswith("、")] == []


def test_parts_with_a_paragraph_under_a_title_line_stay_headings() -> None:
    text = "说明：\n\n一、总体要求\n\n坚持稳中求进。\n\n二、主要任务\n\n加快发展。\n"
    assert [(n, t) for _, n, t in tree(text)] == [("一、", "总体要求"), ("二、", "主要任务")]
