"""Session 39's ext53 causes (issue #13). Each case is a short excerpt of a real text; guards pin what the rules
leave alone."""

from __future__ import annotations

from tests.extracting import document, framed

# The navigation of a 广东 government work report reposted on 网易 (lineage50's gd-gwr-2025), then its body.
PORTAL_LINKS = "\n".join(
    [
        "网易首页",
        "应用",
        "网易新闻",
        "网易公开课",
        "网易严选",
        "中国大学视频公开课",
        "国际名校公开课",
        "赏课·纪录片",
        "付费精品课程",
        "北京大学公开课",
        "英语课程学习",
        "新人特价",
    ]
)


def test_a_portal_link_line_yields_no_name() -> None:
    # PAGE_LINK_LIST: "北京大学公开课" is a course channel of the portal, not 北京大学
    body = "支持华南理工大学建设国家卓越工程师学院。"
    _, institutions = document(PORTAL_LINKS + "\n" + body)
    assert "北京大学" not in institutions
    assert "中国大学" not in institutions
    assert "华南理工大学" in institutions


def test_a_line_that_is_a_name_whole_and_table_cells_stay() -> None:
    # A department link is the department (may in gold): kept, as is a name in a table's cells (序号 "1").
    links = "\n".join(["省直单位", "广东省人民政府办公厅", "广东省教育厅", *[f"栏目{i}" for i in "一二三四五六七八九"]])
    _, institutions = document(links + "\n支持广东省教育厅开展试点工作。")
    assert "广东省教育厅" in institutions
    cells = "\n".join(
        ["序号", "学校名称", "专业名称", "1", "北京师范大学", "汉语言文学", "本科", "2", "华东师范大学", "数学", "本科"]
    )
    _, institutions = document(cells + "\n以上专业通过认证。")
    assert "北京师范大学" in institutions


def test_a_time_word_or_a_person_then_a_verb_opens_no_name() -> None:
    # CLAUSE_OPENING_BEFORE_VERB (round 29's interview and school report, round 50's 平潭 tourism plan)
    _, institutions = document("表示当时建清华长三角研究院是对的，建在嘉兴也是对的。")
    assert "当时建清华长三角研究院" not in institutions
    assert "清华长三角研究院" in institutions
    _, institutions = document("其中，翟锦程、徐睿取得北京大学保送资格，5人入选国家集训队。")
    assert "徐睿取得北京大学" not in institutions
    platforms, _ = document("体育设施主要有国际风帆运动训练基地、沙滩运动基地。")
    assert not any(p.startswith("主要有") for p in platforms)


def test_names_that_open_with_a_place_or_a_verb_of_their_own_stay_whole() -> None:
    _, institutions = document("支持上海交通大学建设国家实验室。")
    assert "上海交通大学" in institutions


def test_a_common_noun_phrase_then_a_proper_body_joins_two_things() -> None:
    # NOUN_PHRASE_THEN_PROPER_BODY (round 50, 平潭's 金井 report)
    t = "认真落实实验区党的工作会议精神和党工委、管委会各项工作部署要求。"
    assert ("工作会议精神和党工委", "institution") not in framed(t)
    assert ("党工委", "institution") in framed(t)


def test_ministries_joined_by_and_stay_whole() -> None:
    for name in ("国家发展和改革委员会", "工业和信息化部", "住房和城乡建设部", "人力资源和社会保障部"):
        assert (name, "institution") in framed(f"由{name}牵头，各地区配合落实。")
    # round 17 (上海's carbon-footprint plan): the city heads the group, whose name holds 及
    t = "成立上海市应对气候变化及节能减排工作领导小组，统筹推进工作。"
    assert ("上海市应对气候变化及节能减排工作领导小组", "institution") in framed(t)
