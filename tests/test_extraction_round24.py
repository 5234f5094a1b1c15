"""Round 24's platform and institution causes (fix24ext, session 23): the 十五五 outlines of six cities (南京,
杭州, 广州, 北京, 苏州, 深圳) in plain, portal, PDF and news-client text. Each case is a short excerpt of a scored
text; guards pin what the rules leave alone."""

from __future__ import annotations

from plankg.loaders.extract.scoring import name_key
from tests.extracting import document

# round 24: 杭州's outline, 第X章 on higher education
UNIVERSITIES = (
    "支持西湖大学进入国家“双一流”建设高校序列并成为新型研究型大学标杆、杭州师范大学争创国家A类学科、"
    "浙大城市学院建设高水平一流应用型大学、钱塘大学（暂名）建设新型研究型大学、杭州职业技术大学建设一流职业本科大学、"
    "杭州科技职业技术学院争创职业本科大学。\n"
)


def test_scorer_drops_a_page_number_or_endnote_line_inside_a_broken_name() -> None:
    # the gold copies a name broken by a PDF page footer or a portal page's endnote number as printed
    assert name_key("中关\n— 40 —\n村翠湖科技园区") == name_key("中关村翠湖科技园区")
    assert name_key("南沙港区五期工程数字孪生\n88\n平台") == "南沙港区五期工程数字孪生平台"
    # guard: a line of the name's own words stays, and so does a name's first or last line
    assert name_key("人类器官生\n理病理模拟装置") == "人类器官生理病理模拟装置"
    assert name_key("88\n平台") == "88平台"


def test_a_role_reaches_no_body_that_is_the_subject_of_its_own_item() -> None:
    _, institutions = document(UNIVERSITIES)
    named = {"西湖大学", "杭州师范大学", "浙大城市学院", "钱塘大学", "杭州职业技术大学", "杭州科技职业技术学院"}
    assert named <= institutions
    # guard: the role's own objects stay classes
    assert not {"新型研究型大学", "一流职业本科大学", "职业本科大学"} & institutions
