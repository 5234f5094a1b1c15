"""Session 45's ext59 causes (issue #13): platforms a clause relies on by a role (以X为重点/为引领/为主体/为主要载体),
and the earlier items of a 、-list whose last item a predicate after it deploys. Each case is a short excerpt of a
scored text, with the guards that pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_platform_a_clause_is_focused_on_or_carried_by_is_relied_on() -> None:
    # RELIED_ON_ROLES (round 23, cq-fyp15-culture-2026; round 33, nj-fyp15-jiangbei-2026; round 25,
    # hf-fyp15-culture-2026; round 52, tj-fyp15-proposal-sci-2025: gold each time)
    platforms, _ = document("4．陆海出版文化综合体。研究以陆海版本资源中心为主体，一体化建设创意版权展示厅等。")
    assert "陆海版本资源中心" in platforms
    platforms, _ = document(
        "建设扬子江产业科技创新试验区。以产业科技创新枢纽港、江北新区科学城、新一代自主可控工业软件科学园为主要载体，"
        "打造集成电路、生命健康等产业。"
    )
    assert {"江北新区科学城", "新一代自主可控工业软件科学园"} <= platforms
    platforms, _ = document("40.加快发展文化产业。以紫云山（包河）文化创意产业园为先行示范，促进核心平台建设。")
    assert "紫云山（包河）文化创意产业园" in platforms
    platforms, _ = document("12.加强科创园区建设。以天开高教科创园为重点高质量推进科创园区建设。")
    assert "天开高教科创园" in platforms


def test_a_kind_a_clause_is_focused_on_stays_a_class() -> None:
    # RELIED_ON_ROLES: the role relies on the thing, is_generic still judges its name
    platforms, _ = document("构建以国家公园为主体的自然保护地体系，以国家产业创新中心为重点的产业创新体系。")
    assert "国家公园" not in platforms
    assert "国家产业创新中心" not in platforms


def test_a_predicate_after_a_list_deploys_each_item() -> None:
    # LIST_SHARED_PREDICATE (round 28, sz-gwr26-review14-2026; round 35, ha-gwr26-fyp14review-2026; round 36,
    # tj-gwr26-review25-2026: gold each time)
    platforms, _ = document(
        "鹏城实验室等在深国家战略科技力量、西丽湖国际科教城、光明科学城、大运深港国际科教城加快建设发展。"
    )
    assert {"西丽湖国际科教城", "光明科学城", "大运深港国际科教城"} <= platforms
    platforms, _ = document("农作物综合机械化率90%。中原农谷、周口国家农高区加快建设，国家农业科技创新高地加快建设。")
    assert "中原农谷" in platforms
    platforms, _ = document(
        "北京大学京津冀生物医学前沿创新中心、智能网联新能源汽车科技生态港、京津电子化学品基地等加快建设。"
    )
    assert "智能网联新能源汽车科技生态港" in platforms


def test_a_predicate_after_a_list_of_no_platform_deploys_nothing() -> None:
    # LIST_SHARED_PREDICATE: the last item must end like a platform, the predicate stay in the clause
    platforms, _ = document("推进东部、西部、中部科技园区和城乡建设示范工程建设，提升服务。")
    assert "东部" not in platforms
    platforms, _ = document("西丽湖国际科教城、光明科学城周边的配套道路加快建设，通勤时间缩短。")
    assert "西丽湖国际科教城" not in platforms


def test_a_mistagged_frame_verb_opening_a_list_is_dropped() -> None:
    # FRAME_VERB_MISTAGS (dev, sx-gwr-2026: 深化/j before the list's only item, gold 数据流量谷)
    platforms, _ = document("加快建设大同国家数据标注基地。深化数据流量谷等省级数字经济园区建设。开展数据授权运营。")
    assert "数据流量谷" in platforms
    assert "深化数据流量谷" not in platforms


def test_a_name_opening_with_a_frame_word_jieba_reads_whole_is_kept() -> None:
    # FRAME_VERB_MISTAGS: only a word jieba cuts as the verb itself is dropped ("建设工程" is one word)
    from plankg.loaders.extract.names import strip_leading_verbs

    assert strip_leading_verbs("建设工程质量检测中心") == "建设工程质量检测中心"
    assert strip_leading_verbs("加快建设中新生命科学园") == "中新生命科学园"
