"""Titles of numbered lines written as a label and its value."""

from __future__ import annotations

from tests.segmenting import PARA, tree


def test_a_label_and_its_value_on_a_part_line_is_titled_by_the_label() -> None:
    # LABEL_VALUE_LINE (nat-nsfc-quebec-smartcity-2019): "（一）中方联系人：陈婧  刘秀萍" beside "（二）加方联系人：".
    text = "\n".join(
        [
            "四、申请注意事项",
            PARA,
            "五、项目联系人",
            "（一）中方联系人：陈婧  刘秀萍",
            "电话：010-62326877，010-62325377",
            "（二）加方联系人：",
            "Mr. Jean Dupont",
        ]
    )
    assert [title.rstrip("：") for _, _, title in tree(text)][-2:] == ["中方联系人", "加方联系人"]


def test_a_label_before_a_sentence_keeps_the_sentence_rule() -> None:
    # LABEL_VALUE_LINE reads no sentence: a value with a clause mark is left to the other rules.
    text = "\n".join(["一、总体要求", PARA, "二、实施步骤", "（一）时间安排：2024年3月启动，12月底前完成", PARA])
    assert [title for _, _, title in tree(text)][-1] != "时间安排"
