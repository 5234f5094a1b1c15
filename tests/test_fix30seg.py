"""Round 30 (heldout30, fix30seg, session 27): whole saved pages of a 绍兴 school site (a Word document pasted with
an unclosed 目录 link, forty 【重点任务N】 tasks, a national outline's padded (十 八) points and its letter-spaced
closing part). Each excerpt is quoted from the texts in tests/realworld/texts (development data since heldout30's
score at 13:51); each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.rules.structure import int_to_cn
from plankg.loaders.text.formats import read_document
from tests.segmenting import PARA, tree


def test_paragraphs_inside_an_unclosed_toc_link_are_paragraphs() -> None:
    # PARAGRAPH_IN_PARAGRAPH (sx-edu-fyp14-draft-2021): Word's 目录 link left open around the next paragraph; lxml
    # nested the rest of the document in that one <p>, read as one line
    toc = "".join(
        f'<p><span><a href="#_Toc{n}"><span>{entry}</span><span>……</span><span>{page}</span></a></span></p>'
        for n, (entry, page) in enumerate([("（三）提升教育投入水平", 19), ("（四）推进教育信息化", 20)])
    )
    body = [
        "【重点任务32】统筹构建协同集成的智治体系………………20",
        "绍兴市教育事业“十四五”发展规划",
        "一、现实基础和发展形势",
        "“十三五”时期，市委、市政府坚持把教育摆在优先发展的战略地位，统筹推进教育改革发展各项工作。",
        "二、总体要求",
        "（一）指导思想",
        "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务。",
    ]
    unclosed = '<p><span><a href="#_Toc19240">' + "".join(f"<p><span>{line}</span></p>" for line in body)
    page = (
        "<html><head><meta charset='utf-8'><title>绍兴市教育事业十四五发展规划</title></head><body>"
        f"<div class='content'>{toc}{unclosed}</div></body></html>"
    )
    lines = read_document(page.encode("utf-8"), "page.html", ".html").splitlines()
    assert "一、现实基础和发展形势" in lines
    assert "（一）指导思想" in lines


SX_TASKS = "\n".join(
    [
        "绍兴市教育事业“十四五”发展规划",
        "为在全省率先高水平实现教育现代化，推动我市教育向更高质量、更有效率、更加公平、更可持续发展，制订本规划。",
        "一、现实基础和发展形势",
        "“十三五”时期，市委、市政府坚持把教育摆在优先发展的战略地位，统筹推进教育改革发展各项工作。",
        "二、落实立德树人根本任务",
        "【重点任务1】加强学校德育工作。完善党组织领导下的校长负责、群团组织参与、家庭社会联动的思政和德育工作机制。",
        "【重点任务2】促进学生德智体美劳全面发展。坚持“五育并举”，深化“五星育人”体系建设，促进学生全面发展。",
        "三、保障措施",
        "（一）加强党的全面领导。全面加强党对教育工作的领导，把党的领导贯穿教育改革发展各方面全过程。",
        "（二）推动“四个重大”落地。坚持问题导向和目标导向，以重大平台、重大政策、重大项目、重大改革为抓手。",
        "【重点任务25】重大平台：建设滨海高教园区。按照“办好一批、引进一批、迁建一批”的操作思路，集中建设高等教育园区。",
        "【重点任务28】重大项目:改扩建154个学校项目。“十四五”期间，将以区、县（市）为主体，改扩建一批学校项目。",
    ]
)


def test_a_bracketed_counter_is_the_number_of_its_run_in_title() -> None:
    # BRACKETED_COUNTER_LABEL (sx-edu-fyp14-draft-2021): forty tasks numbered across the plan in lenticular brackets
    assert tree(SX_TASKS)[1:] == [
        (1, "二、", "落实立德树人根本任务"),
        (2, "【重点任务1】", "加强学校德育工作"),
        (2, "【重点任务2】", "促进学生德智体美劳全面发展"),
        (1, "三、", "保障措施"),
        (2, "（一）", "加强党的全面领导"),
        (2, "（二）", "推动“四个重大”落地"),
        (3, "【重点任务25】", "重大平台：建设滨海高教园区"),
        (3, "【重点任务28】", "重大项目:改扩建154个学校项目"),
    ]


def test_a_bracketed_provision_title_without_a_counter_keeps_its_brackets() -> None:
    # BRACKETED_PROVISION_TITLE (round 22) unchanged: "【登记备案要求】定点医药机构…" is titled by its bracket
    text = "\n".join(
        [
            "一、登记备案",
            "【登记备案要求】定点医药机构按以下要求对相关人员进行登记备案。" + PARA,
            "【记1—3分情形】涉及医疗保障基金使用的相关责任人员出现以下负面情形。" + PARA,
        ]
    )
    assert [(n, t) for _, n, t in tree(text)][1:] == [("", "【登记备案要求】"), ("", "【记1—3分情形】")]


NAT_EDU_OUTLINE = "\n".join(
    [
        "国家中长期教育改革和发展规划纲要",
        "根据党的十七大关于“优先发展教育，建设人力资源强国”的战略部署，制定本规划纲要。",
        "第一部分 总体战略",
        "第一章 指导思想和工作方针",
        *(f"({int_to_cn(n)})第{int_to_cn(n)}项要点。{PARA}" for n in range(1, 17)),
        "第七章 高等教育",
        "(十七)增强职业教育吸引力。完善职业教育支持政策。逐步实行中等职业教育免费制度，完善家庭经济困难学生资助政策。",
        "(十 八)全面提高高等教育质量。高等教育承担着培养高级专门人才、发展科学技术文化、促进现代化建设的重大任务。",
        "(十 九)提高人才培养质量。牢固确立人才培养在高校工作中的中心地位，着力培养信念执著、品德优良的高素质人才。",
        "(二 十)提升科学研究水平。充分发挥高校在国家创新体系中的重要作用，鼓励高校在知识创新中作出贡献。",
        "(二十一)增强社会服务能力。高校要牢固树立主动为社会服务的意识，全方位开展服务。",
        "第二十二章 加强组织领导",
        "(七 十)切实维护教育系统和谐稳定。深入开展平安校园、文明校园、绿色校园、和谐校园创建活动，为师生创造良好环境。",
        "实 施",
        "本规划纲要是21世纪我国第一个中长期教育规划纲要，涉及面广、时间跨度大、任务重、要求高。",
        "明确目标任务，落实责任分工。贯彻实施规划纲要，是各级党委、政府的重要职责。",
    ]
)


def test_a_numeral_padded_inside_its_brackets_goes_on_the_sequence() -> None:
    # PADDED_PAREN_NUMERAL (nat-edu-reform-outline-draft-2010): "(十 八)" after "(十七)"
    titles = [t for _, _, t in tree(NAT_EDU_OUTLINE)]
    assert titles[19:24] == [
        "增强职业教育吸引力",
        "全面提高高等教育质量",
        "提高人才培养质量",
        "提升科学研究水平",
        "增强社会服务能力",
    ]


def test_a_letter_spaced_closing_part_is_at_the_top() -> None:
    # LETTER_SPACED_HEADING_TOP (nat-edu-reform-outline-draft-2010): "实 施" after the last chapter's points
    assert tree(NAT_EDU_OUTLINE)[-1] == (1, "", "实 施")
