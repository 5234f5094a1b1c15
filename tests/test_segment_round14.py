"""Rules from round 14's misses (fix14seg, after its first score): a 编 above 章 above 节, regulations
crawled with their chapters glued, OCR-lost numerals, a hidden copy of the page's document."""

from __future__ import annotations

from plankg.loaders.text.formats import read_document
from plankg.schema import PlanMeta
from tests.segmenting import PARA, tree

REGULATION = PlanMeta(id="t", title="防治海洋工程建设项目污染损害海洋环境管理条例")


def test_a_bian_holds_chapters_and_a_chapter_its_sections() -> None:
    # CHAPTER_UNIT_RANK (nat-fyp-6, the 六五 plan): "第一编 基本任务和综合指标" / "第一章基本任务" /
    # "第三章财政和信贷" / "第一节财政收人": 编 level 1, 章 level 2, 节 level 3.
    text = "\n".join(
        [
            "第一编 基本任务和综合指标",
            "第一章基本任务",
            PARA,
            "第三章财政和信贷",
            "第一节财政收人",
            PARA,
            "第二编各经济部门发展计划",
            "第七章农业",
            "第一节种植业",
            PARA,
        ]
    )
    assert [(level, number) for level, number, _ in tree(text)] == [
        (1, "第一编"),
        (2, "第一章"),
        (2, "第三章"),
        (3, "第一节"),
        (1, "第二编"),
        (2, "第七章"),
        (3, "第一节"),
    ]


def test_chapters_glued_after_a_sentence_and_run_into_their_first_article_are_headings() -> None:
    # GLUED_CHAPTER_BEFORE_ARTICLE, TITLE_BEFORE_ARTICLE letter-spaced, TITLE_GLUED_TO_DATE
    # (nat-marine-project-regs-2006): the decree's date with the title glued after it, the title glued to
    # 第一章, each later chapter glued after the last 。 of the chapter before.
    text = "\n\n".join(
        [
            "中华人民共和国国务院令第　475　号　　《防治海洋工程建设项目污染损害海洋环境管理条例》已经2006年8月30日"
            "国务院第148次常务会议通过，现予公布，自2006年11月1日起施行。",
            "总　理 　温家宝",
            "二○○六年九月十九日\u00a0防治海洋工程建设项目污染损害",
            "海 洋 环 境 管 理 条 例第一章　总　　则　　第一条　为了防治和减轻海洋工程建设项目污染损害海洋环境，"
            "制定本条例。",
            "第二条　在中华人民共和国管辖海域内从事海洋工程污染损害海洋环境防治活动，适用本条例。",
            "　　接到举报的海洋主管部门应当依法进行调查处理，并为举报人保密。第二章　环境影响评价　　第八条　"
            "国家实行海洋工程环境影响评价制度。",
            "　　（五）未按规定进行监督检查的。第三章　附　　则　　第五十八条　船舶污染的防治按照国家有关法律的"
            "规定执行。",
        ]
    )
    assert tree(text, REGULATION) == [
        (1, "第一章", "总　　则"),
        (1, "第二章", "环境影响评价"),
        (1, "第三章", "附　　则"),
    ]


def test_a_whole_regulation_on_one_line_after_its_decree_keeps_its_chapters() -> None:
    # GLUED_CHAPTER_BEFORE_ARTICLE "eol" (nat-plan-eia-regs-2009): normalising turned the no-break space and
    # 　　 before each article into a line break, so each chapter ends a line above its first article.
    text = (
        "中华人民共和国国务院令\n\n第　559　号\n《规划环境影响评价条例》已经2009年8月12日国务院第76次常务会议通过，"
        "现予公布，自2009年10月1日起施行。\n\n总　理\n温家宝\n\n二○○九年八月十七日\n\n"
        "规划环境影响评价条例第一章　总　　则\u00a0　　第一条　为了加强对规划的环境影响评价工作，制定本条例。"
        "\u3000\u3000第二条\u3000国务院有关部门应当进行环境影响评价。\u3000\u3000第三条\u3000对规划进行环境影响评价，"
        "应当遵循客观、公开、公正的原则。有关部门接到举报后，应当依法调查处理。\u00a0第二章　评　　价\u00a0　　第七条　"
        "规划编制机关应当在规划编制过程中对规划组织进行环境影响评价。\u3000\u3000第八条\u3000对综合性规划，应当根据"
        "规划实施后可能对环境造成的影响，编写环境影响篇章或者说明。\u3000\u3000第九条\u3000对规划进行环境影响评价，应当"
        "分析、预测和评估规划实施可能对相关区域、流域、海域生态系统产生的整体影响。"
    )
    assert tree(text, PlanMeta(id="t", title="规划环境影响评价条例")) == [
        (1, "第一章", "总　　则"),
        (1, "第二章", "评　　价"),
    ]


def test_a_chapter_title_broken_over_lines_before_its_first_article_is_one_title() -> None:
    # CHAPTER_TITLE_OVER_LINES (nat-ship-pollution-regs-2009).
    text = "\n".join(
        [
            "第一章　总　　则",
            "第一条　为了防治船舶及其有关作业活动污染海洋环境，制定本条例。",
            "第二条　防治船舶及其有关作业活动污染中华人民共和国管辖海域适用本条例。",
            "第二章　防治船舶及其有关作业活动污染",
            "",
            "海洋环境的一般规定",
            "第十条　船舶的结构、设备、器材应当符合国家有关防治船舶污染海洋环境的技术规范。",
            "第十一条　船舶应当依照法律、行政法规的规定，取得并随船携带相应的防治船舶污染海洋环境的证书、文书。",
        ]
    )
    assert tree(text)[1] == (1, "第二章", "防治船舶及其有关作业活动污染海洋环境的一般规定")
    assert len(tree(text)) == 2


def test_ocr_lost_numerals_of_label_headings_and_sections_are_read_in_sequence() -> None:
    # LOST_NUMERAL_LABEL, LOST_CHAPTER_NUMERAL (nat-fyp-6): "、社会总产品。" stand-alone, "　　、棉纺工业。1985年…"
    # run in; "第=节中等专业学校" for 第二节.
    text = "\n".join(
        [
            "第二章社会总产品、国民收人和经济效益",
            "、社会总产品。",
            PARA,
            "、国民收入。",
            PARA,
            "第三章高等和中等专业教育",
            "第一节普通高等学校",
            PARA,
            "第=节中等专业学校",
            "　　、棉纺工业。1985年计划生产纱359 · 4万吨，比1980年的293万吨增长22％。",
            "　　、毛麻工业。五年内，新增毛纺能力47万锭，计划生产毛线和呢绒。",
        ]
    )
    assert tree(text) == [
        (1, "第二章", "社会总产品、国民收人和经济效益"),
        (2, "、", "社会总产品"),
        (2, "、", "国民收入"),
        (1, "第三章", "高等和中等专业教育"),
        (2, "第一节", "普通高等学校"),
        (2, "第=节", "中等专业学校"),
        (3, "、", "棉纺工业"),
        (3, "、", "毛麻工业"),
    ]


def test_a_list_item_that_lost_its_numeral_keeps_its_list_together() -> None:
    # LOST_NUMERAL_ITEM (nat-fyp-6, 第一章基本任务): whole-sentence items, two of them without a numeral.
    text = "\n".join(
        [
            "第一章基本任务",
            "　　第六个五年计划的基本任务，是继续贯彻执行调整、改革、整顿、提高的方针。它的具体要求是：",
            "　　、工农业生产，在提高经济效益的前提下，计划平均每年递增4％，在执行中争取达到5％。",
            "　　、大力增加适合社会现实需要的农产品、轻纺产品和其它日用工业品的生产，保持市场物价的基本稳定。",
            "　　三、努力调整重工业的服务方向和产品结构，使生产资料生产同消费资料生产的发展保持大体协调。",
            "　　四、 有计划有重点地对现有企业进行技术改造，广泛地开展以节约能源为主要目标的技术革新活动。",
            "第二章社会总产品、国民收人和经济效益",
            PARA,
        ]
    )
    assert [number for _, number, _ in tree(text)] == ["第一章", "第二章"]


def test_a_hidden_copy_of_the_document_in_the_page_is_not_read() -> None:
    # HIDDEN_PAGE_COPY (gz-outpatient-special-disease-2019): the whole notice again in a display:none block.
    item = "项规定的内容，参保人员按照本通知的规定办理门诊特定病种确认手续。"
    body = "".join(f"<p>{n}、第{n}{item}</p>" for n in "一二三四五")
    hidden = "附件规定" * 60
    page = (
        "<html><head><meta charset='utf-8'><title>关于印发门诊特定病种费用范围的通知</title></head><body>"
        f"<div class='article'><h1>关于印发门诊特定病种费用范围的通知</h1>{body}</div>"
        f"<div class='bbnr' style='display: none'><p>{hidden}</p>{body}</div></body></html>"
    )
    text = read_document(page.encode("utf-8"), "page.html", ".html")
    assert "附件规定附件规定" not in text
    assert text.count("第三项规定的内容") == 1


def test_a_lost_numeral_counts_from_the_open_heading_of_its_style_not_from_an_earlier_section() -> None:
    # LOST_NUMERAL (nat-fyp-6, 第二节有色金属工业): "、铝业。" "、铅锌业。" "、铜业。" then "四、 镍业。"; the 一、
    # headings of the 节 before do not count on into this one.
    text = "\n".join(
        [
            "第一节钢铁工业",
            "　　一、钢铁企业的技术改造。要重点改造鞍山、武汉等钢铁公司。",
            "　　二、钢铁厂的建设。续建宝山钢铁总厂第一期工程。",
            "第二节有色金属工业",
            "　　、铝业。主要是改造和扩建现有企业。",
            "　　、铅锌业。在矿山方面，改造广东仁化凡口铅锌矿。",
            "　　、铜业。在矿山方面，主要是抓好湖北大冶铜矿。",
            "四、 镍业。重点抓好甘肃金川有色金属公司的生产和建设。",
        ]
    )
    assert [title for _, _, title in tree(text)][-4:] == ["铝业", "铅锌业", "铜业", "镍业"]


def test_the_titled_articles_of_one_chapter_are_headings_under_it() -> None:
    # TITLED_CHAPTER_ARTICLES (sd-digital-parks-2020): only 第二章's articles open with a title.
    text = "\n".join(
        [
            "第一章 总则",
            "第一条 为贯彻落实省委省政府关于数字经济发展的部署，制定本办法。",
            "第二条 本办法所称山东省省级数字经济园区，是指数字经济产业集聚发展的区域。",
            "第二章 基本原则",
            "第四条 加强政策引领。紧紧围绕全省数字经济发展重点，引导园区集聚发展。",
            "第五条 实行分级管理。设立省级园区和示范园区，实行分级分类管理。",
            "第六条 打造产业生态。以省级园区为载体，完善产业链条。",
            "第三章 申报条件",
            "第八条 申报省级园区应具备下列条件。",
            "第九条 省级主管部门组织省级园区的申报工作。",
        ]
    )
    assert tree(text) == [
        (1, "第一章", "总则"),
        (1, "第二章", "基本原则"),
        (2, "第四条", "加强政策引领"),
        (2, "第五条", "实行分级管理"),
        (2, "第六条", "打造产业生态"),
        (1, "第三章", "申报条件"),
    ]
