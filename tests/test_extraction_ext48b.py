"""Session 36's ext48b causes (issue #13): institutions the rules missed on the development rounds, venues named by an
ending the rules did not know. Each case is a short excerpt of a scored text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_archives_of_publications_and_their_branches_are_venues() -> None:
    # 版本馆, 分馆 (广州's review and bay-area outline, rounds 28 and 30; 杭州's review, round 28; 福建's, round 36)
    _, institutions = document("亲自谋划部署推动广州实验室、国家版本馆广州分馆、华南国家植物园等重大项目。")
    assert "国家版本馆广州分馆" in institutions
    _, institutions = document("建成杭州国家版本馆、吴越文化博物馆、南宋德寿宫遗址博物馆。")
    assert "杭州国家版本馆" in institutions
    _, institutions = document("国家级客家文化（闽西）生态保护区获批，中国考古博物馆壳丘头分馆挂牌。")
    assert "中国考古博物馆壳丘头分馆" in institutions


def test_a_science_museum_by_its_long_form_is_a_venue() -> None:
    # 科学技术馆 (深圳's review, round 28)
    _, institutions = document("深圳科学技术馆、美术馆新馆、图书馆北馆、深圳湾文化广场建成开放。")
    assert "深圳科学技术馆" in institutions


def test_a_centre_that_runs_one_sport_is_an_agency() -> None:
    # 运动管理中心 (福建's review, round 36; 广宁's healthy-county plan, round 31)
    platforms, institutions = document("出台足球振兴发展政策文件，成立省足球运动管理中心。")
    assert "省足球运动管理中心" in institutions
    assert "省足球运动管理中心" not in platforms


def test_a_branch_named_only_by_its_parent_is_the_parent() -> None:
    # UNNAMED_BRANCH (data/plans, 上海's 12th S&T plan): the branch names no museum of its own
    _, institutions = document("建设上海天文博物馆、上海自然博物馆（上海科技馆分馆）、航天科普馆等。")
    assert "上海科技馆" in institutions
    assert "上海科技馆分馆" not in institutions


def test_the_party_schools_second_name_in_brackets_is_no_school() -> None:
    # PARTY_SCHOOL_SECOND_NAME (深圳's digital-society outline, round 32; the red-relics opinion, round 31)
    _, institutions = document("构建终身学习公共服务，推动全市党校（行政学院）、高等教育、职业教育资源开放共享。")
    assert "行政学院" not in institutions
    _, institutions = document("鼓励学校、党校（行政学院）到革命旧址开展教学活动。")
    assert "行政学院" not in institutions


def test_the_former_site_of_a_revolutionary_body_is_a_venue() -> None:
    # 旧址 after a revolutionary body's head (重庆's culture outline, round 23; 湖北's red-tourism plans, round 31)
    _, institutions = document(
        "加强红岩村八路军重庆办事处旧址、歌乐山“中美合作所”集中营旧址、酉阳南腰界红军革命旧址群等红岩革命文物整体保护利用展示。"
    )
    assert {"红岩村八路军重庆办事处旧址", "歌乐山“中美合作所”集中营旧址", "酉阳南腰界红军革命旧址群"} <= institutions


def test_a_former_factory_is_no_venue_and_takes_nothing_before_it() -> None:
    # 杨浦's industrial-heritage plan (dev round 1): the factories' former sites are no gold venues
    platforms, institutions = document(
        "研究制定杨树浦电厂综合改造工程设计方案，推进哔哩哔哩新世代产业园内慎昌洋行杨树浦工厂旧址，"
        "以及抖音集团上海滨江中心项目上海船厂旧址保护利用。"
    )
    assert not any(name.endswith("旧址") for name in institutions)
    assert "哔哩哔哩新世代产业园" in platforms
    assert "抖音集团" in institutions
