"""Round 49's readings (seg50, session 37): paragraphs of an explanation that tell what each chapter or part of the
explained document holds, and a graphic reading's unnumbered panel titles. Each excerpt is quoted from round 49's
texts (tests/realworld/texts); each test fails on the code before the rule it names."""

from __future__ import annotations

from pathlib import Path

from plankg.loaders.rules.structure import FURNITURE_LINES
from plankg.loaders.structure.headings import read_heading_line
from plankg.schema import PlanMeta
from tests.segmenting import tree
from tests.test_eval_tasks import tasks

REALWORLD = Path(__file__).parent / "realworld"

# fenghuang-fyp14-outline-explainer-2022 (the county portal's page, navigation left out)
CHAPTERS_DESCRIBED = "\n\n".join(
    [
        "关于《凤凰县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的说明",
        "根据会议安排,我们就《凤凰县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》的有关情况向会议作说明。",
        "一、规划纲要的基本框架",
        "规划纲要包括规划文本及经济社会发展主要指标体系、重大建设项目表两项附件。规划文本共分为1561节,从章节布局来看:",
        "第一章是全面建成小康社会,开启全面建设社会主义现代化凤凰新征程。主要阐述“十三五”发展成就、“十四五”时期我县面临"
        "的发展环境和2035年远景目标。",
        "第二章是“十四五”时期发展思路和主要目标。主要阐述“十四五”时期经济社会发展指导思想、总体思路、必须遵循的原则和主要目标。",
        "第十三章和第十四章主要阐述深化改革和文明安全方面重要举措,明确了改革开放、社会建设、安全发展等领域重要工作。",
        "二、需要说明的几个重点问题",
        "(一)准确把握全县“十四五”时期面临的发展形势",
    ]
)


def test_a_paragraph_on_a_chapter_of_the_explained_outline_is_no_section() -> None:
    # CHAPTER_DESCRIBED: before, 第一章 / 第二章 / 第十三章 were read as sections titled 是… / 和第十四章…
    assert [title for _, _, title in tree(CHAPTERS_DESCRIBED)] == [
        "规划纲要的基本框架",
        "需要说明的几个重点问题",
        "准确把握全县“十四五”时期面临的发展形势",
    ]


def test_a_part_described_by_its_name_is_no_heading_but_a_prepositional_title_is() -> None:
    # CHAPTER_DESCRIBED: linyi-emergency-support-action-interp-2021's "第一部分为总体要求。…" (gold: a list item)
    assert read_heading_line("第一部分为总体要求。提出到2022年,初步形成具有临沂特色的应急保障体系框架。") is None
    assert read_heading_line("第一章为总则，明确了《指南》编制的目的、适用范围和基本原则。") is None
    # nat-fyp-10's chapter title opening with the preposition 为 stays a heading
    heading = read_heading_line("第一节为产业升级提供技术支撑")
    assert heading is not None and heading.title == "为产业升级提供技术支撑"


# sy-historic-building-repair-interp-2026, a graphic reading's PDF text (its panels one line each; paragraphs shortened)
PANELS = "\n".join(
    [
        "《沈阳市历史建筑修缮管理办法》",
        "沈房发〔2026〕1 号",
        "出台背景",
        "根据《历史文化名城名镇名村保护条例》\t《沈阳历史文化名城保护条例》\t《沈阳市历史文化街区和历史建筑保护管理办法》，"
        "为了完善我市历史建筑修缮工作制度体系，推进历史建筑修缮工作的有效落实，结合本市实际制定了《沈阳市历史建筑修缮管理办法》。",
        "出台的必要性",
        "我市在 2019 年颁布的《沈阳市历史文化街区和历史建筑保护管理办法》中明确历史建筑修缮保护的具体办法由我局制定。"
        "同时，当前没有对历史建筑修缮工作具体开展进行规定的相关文件，亟需通过立法，为我市历史建筑修缮工作提供法律依据。",
        "制定依据",
        "《历史文化名城名镇名村保护条例》\t（国务院令第524 号）、\t《沈阳历史文化名城保护条例》"
        "（沈阳市人民代表大会常务委员会公告第 15 号）、\t《沈阳市历史文化街区和历史建筑保护管理办法》"
        "\t（沈阳市人民政府令第83 号）等相关法律法规。",
        "主要内容",
        "文件对我市历史建筑修缮工作的原则、职责、分类、程序、要件等进行了规定，并明确了市、区两级行政机关的职责和分工。",
        "重点内容",
        "（一）工程分类",
        "历史建筑修缮的一类工程是对历史建筑进行外部修缮装饰、添加设施以及改变历史建筑的结构或者使用性质的修缮工程。",
        "（二）专家论证",
        "由于历史建筑修缮设计方案专业技术性较强，一类工程的修缮设计方案需要经过专家论证，确保修缮设计方案的科学性和合理性。",
    ]
)


def test_a_panel_title_over_a_sentence_with_a_pdfs_gaps_and_one_over_numbered_points() -> None:
    sections = tree(PANELS, PlanMeta(id="t", title="《沈阳市历史建筑修缮管理办法》"))
    # GAPPED_SENTENCE_ROW: before, 制定依据 was taken for a caption over a table's row (the tabs of the PDF's gaps)
    assert (1, "", "制定依据") in sections
    # TITLE_OVER_FIRST_POINT: before, 重点内容 was lost and its （一）/（二） stood at level 1 beside the panels
    assert (1, "", "重点内容") in sections
    assert (2, "（一）", "工程分类") in sections and (2, "（二）", "专家论证") in sections


# heldout28's RAG collection PDF texts: page breaks cut untitled articles into short lines
CUT_ARTICLES = "\n".join(
    [
        "第四章 预算管理",
        "第十二条 在基金支出预算的基础上，综合考虑当地经济社会发 展水平、医保基金运行情况、医疗资源配置规划、"
        "人民健康需求等因 素，科学编制按病种付费等预算。",
        "第十三条 预算执行中，可根据基金结余、就医人数变化、相关",
        "重大政策调整、重大公共卫生事件等因素，按程序调整按病种付费预 算，提高医保基金使用效率，"
        "维护医疗机构和参保人员权益。",
        "第五章 核心要素管理",
        "第十四条 按照国家DRG技术规范，在DRG核心分组（ADRG） 全国一致的基础上，结合本地实际制定细分组方案。",
    ]
)


def test_an_article_cut_by_a_page_break_is_no_heading() -> None:
    # ARTICLE_CUT_LINE (nat-drg-dip-handling-rules-2025): before, "第十三条 预算执行中，…相关" was a level-2 section
    assert [title for _, _, title in tree(CUT_ARTICLES)] == ["预算管理", "核心要素管理"]


def test_the_pages_poster_line_is_furniture() -> None:
    # POSTER_LINE: before, "发布者:政务公开办" (jixian-fyp14-outline-explainer-2021) was read as a level-1 section
    rule = next(rule for rule in FURNITURE_LINES if rule.name == "publication-metadata")
    for line in ("发布者:政务公开办", "发布人：-", "发布人：刘东"):
        assert rule.pattern.match(line)
    assert not rule.pattern.match("发布人应当对发布内容负责。")


def test_a_sentence_cut_by_the_texts_end_is_no_heading() -> None:
    # CUT_LAST_LINE: before, "从国际看,当今世界正经历百年未有之大" (fenghuang-fyp14-outline-explainer-2022, cut by the
    # corpus) was a level-3 section
    cut = CHAPTERS_DESCRIBED + "\n\n从国际看,当今世界正经历百年未有之大"
    assert [title for _, _, title in tree(cut)][-1] == "准确把握全县“十四五”时期面临的发展形势"
    # wz-longju-emergency-plan-2023: a decimal provision cut after its first character
    provisions = "\n".join(
        [
            "1总则",
            "1.1制定目的",
            "为了提高政府保障公共安全和处置突发事件的能力,最大程度地预防和减少突发事件及其造成的损害,制定本预案。",
            "1.4工作原则",
            "1.4.1以",
        ]
    )
    assert [title for _, _, title in tree(provisions)] == ["总则", "制定目的", "工作原则"]


def test_a_numbered_entry_cut_by_the_texts_end_stays() -> None:
    # CUT_LAST_LINE dropped the 19th 实事 of chongming-practical-projects-2025 (a page opening cut inside it), and the
    # task reader took "（六）体绿融合" for an item in its place: a numbered entry is kept, cut or not.
    text = (REALWORLD / "tasks" / "texts" / "chongming-practical-projects-2025.txt").read_text(encoding="utf-8")
    found = tasks(text)
    assert found[-1][1] == "19." and found[-1][2].startswith("*新建改建1个市民球场")
    assert all(title != "体绿融合" for _, _, title in found)
