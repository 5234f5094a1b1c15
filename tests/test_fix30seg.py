"""Round 30 (heldout30, fix30seg, session 27): whole saved pages of a 绍兴 school site (a Word document pasted with
an unclosed 目录 link, forty 【重点任务N】 tasks, a national outline's padded (十 八) points and its letter-spaced
closing part). Each excerpt is quoted from the texts in tests/realworld/texts (development data since heldout30's
score at 13:51); each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.rules.structure import int_to_cn
from plankg.loaders.text.formats import _seam_overlap, read_document
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


# hn-farmmach-subsidy-2024: the attachment of a subsidy plan, as antiword writes it (the first 40 lines)
FARMMACH_CATALOGUE = "\n".join(
    [
        "一、总体要求",
        "坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快推进农业机械化和农机装备产业转型升级。",
        "二、实施重点",
        "加快补齐农业机械化短板弱项，支持购置先进适用的农业机械，推进农业机械化全程全面高质高效发展。",
        "附件",
        "\u2002",
        "                              2024—2026年海南省",
        "                       农机购置与应用补贴机具种类范围",
        "                         （21大类40个小类91个品目）",
        "   \u2002",
        "   1.耕整地机械",
        "   \u2002\u20021.1耕地机械",
        "   \u2002\u2002\u2002\u20021.1.1犁",
        "   \u2002\u2002\u2002\u20021.1.2旋耕机",
        "   \u2002\u2002\u2002\u20021.1.3微型耕耘机",
        "   \u2002\u2002\u2002\u20021.1.4深松机",
        "   \u2002\u2002\u2002\u20021.1.5开沟机",
        "   \u2002\u2002\u2002\u20021.1.6挖坑（成穴）机",
        "   \u2002\u20021.2整地机械",
        "   \u2002\u2002\u2002\u20021.2.1耙（限圆盘耙、驱动耙）",
        "   \u2002\u2002\u2002\u20021.2.2埋茬起浆机",
        "   \u2002\u2002\u2002\u20021.2.3起垄机",
        "   \u2002\u2002\u2002\u20021.2.4铺膜机",
        "   2.种植施肥机械",
        "   \u2002\u20022.1种子播前处理和育苗机械设备",
        "   \u2002\u2002\u2002\u20022.1.1育秧（苗）播种设备",
        "   \u2002\u20022.2播种机械（可含施肥功能）",
        "   \u2002\u2002\u2002\u20022.2.1穴播机",
        "   \u2002\u2002\u2002\u20022.2.2单粒（精密）播种机",
        "   \u2002\u20022.3耕整地播种作业机械（可含施肥功能）",
        "   \u2002\u2002\u2002\u20022.3.1旋耕播种机",
        "   \u2002\u2002\u2002\u20022.3.2铺膜（带）播种机",
        "   \u2002\u20022.4栽植机械",
        "   \u2002\u2002\u2002\u20022.4.1插秧机",
        "   \u2002\u2002\u2002\u20022.4.2移栽机",
        "   \u2002\u20022.5施肥机械",
        "   \u2002\u2002\u2002\u20022.5.1施肥机",
        "   \u2002\u2002\u2002\u20022.5.2撒（抛）肥机",
        "   3.田间管理机械",
        "   \u2002\u20023.1中耕机械",
        "   \u2002\u2002\u2002\u20023.1.1中耕机",
        "   \u2002\u2002\u2002\u20023.1.2田园管理机",
        "   \u2002\u2002\u2002\u20023.1.3割草机（含果园无人割草机）",
        "   \u2002\u20023.2植保机械",
    ]
)


def test_a_title_only_catalogue_attachment_is_no_outline() -> None:
    # TITLE_ONLY_CATALOGUE: 1.耕整地机械 / 1.1耕地机械 / 1.1.1犁 … with nothing under any entry
    assert [(n, t) for _, n, t in tree(FARMMACH_CATALOGUE)][2:] == [("附件", "2024—2026年海南省")]


def test_an_attachment_outline_with_text_keeps_its_sections() -> None:
    text = "\n".join(["一、总体要求", PARA, "附件", "", "    补贴资金测算办法", ""])
    text += "\n".join(f"{n}.第{n}项测算\n{PARA}\n{n}.1分项测算\n{PARA}" for n in range(1, 7))
    assert len(tree(text)) == 14


EXPLANATION_TOPICS = "\n".join(
    [
        "一、《建议》稿起草过程",
        PARA,
        "二、起草《建议》稿的主要考虑和《建议》稿的基本内容",
        PARA,
        "三、需要说明的几个重点问题",
        "《建议》稿提出了一些重要观点和重大举措。这里，就其中几个重点问题作简要说明。",
        "第一，关于“十五五”时期的重要地位。实现社会主义现代化是一个阶梯式递进、不断发展进步的历史过程，需要不懈努力。",
        "第二，关于“十五五”时期经济社会发展目标。科学设定发展目标，对制定和实施好“十五五”规划至关重要。",
        "第三，我们要坚持稳中求进工作总基调，统筹国内国际两个大局，办好发展和安全两件大事。",
    ]
)


def test_topic_points_named_with_guanyu_are_headings() -> None:
    # TOPIC_ORDINAL (nat-fyp15-proposal-explanation-2025): "第一，关于…。" under a part that announces them; a
    # 第三，… that is a sentence stays content (ORDINAL_PARAGRAPH)
    assert tree(EXPLANATION_TOPICS)[2:] == [
        (1, "三、", "需要说明的几个重点问题"),
        (2, "第一，", "关于“十五五”时期的重要地位"),
        (2, "第二，", "关于“十五五”时期经济社会发展目标"),
    ]


# hn-health-in-all-policies-interp-2025: the first 40 lines of the antiword text
INTERPRETATION = "\n".join(
    [
        "",
        "附件５",
        "",
        "",
        "                     《海南省将健康融入所有政策实施方案》",
        "                                  政策解读",
        "     在新时代党的卫生健康工作方针指引和自贸港建设背景下，我省出台《海南省将健",
        "康融入所有政策实施方案》（以下简称《方案》）。“将健康融入所有政策”（Health   in",
        "All",
        "Policy）是一种规范化的政策制定方法，在2013年世卫组织于赫尔辛基举办的全球健康",
        "促进大会上正式提出，这一方法系统地考虑公共政策可能带来的健康后果，寻求部门间",
        "协作，避免政策对健康造成不利影响，最终目的是改善公众健康和维护健康公平。",
        "出台《方案》的重要意义",
        "     一是贯彻落实党中央决策部署的有力举措。习近平总书记在2016年全国卫生与健康",
        "大会上强调“将健康融入所有政策，人民共建共享”，党的二十大及二十届三中全会明确",
        "指出“把保障人民健康放在优先发展的战略位置”“实施健康优先发展战略”。习近平总书",
        "记在听取海南省委和省政府工作汇报时强调，要“全面提高民生保障和社会治理水平”。",
        "我们以制度形式推动将健康融入所有政策，是贯彻习近平总书记“12·17”重要讲话精神、",
        "落实健康优先发展战略的具体措施和生动实践。",
        "     二是提升人民健康水平的现实需要。研究表明，决定健康状况的因素超七成是生活",
        "方式和社会环境因素。近年来，我们开始关注不良生活方式对健康的影响，但对社会和",
        "环境因素的关注仍然不够。“将健康融入所有政策”就是要解决社会健康支持性环境的问",
        "题，引导各部门及整个社会建立起统一的健康价值观，用政策手段形成合力，不断提升",
        "人民群众健康福祉。",
        "     三是自贸港先行先试精神的生动体现。目前，国家层面主要开展了健康影响评估制",
        "度建设试点工作，《方案》结合我省实际从体制机制和政策措施上对其进行了扩展和深化",
        "，创新推出重大风险干预和主动健康行动，是全国首个全面部署推进“将健康融入所有政",
        "策”的省级政策文件。",
        "《方案》的主要内容",
        "     一是建立4个工作机制——领导体系、工作机制、专业技术支撑体系、公众参与机制",
        "。《实施方案》明确了健康融入所有政策的组织领导体系、部门职责清单和工作推进机制",
        "，推动形成政府主导、部门协同、社会参与的工作格局，共同促进健康。省级层面，省",
        "健康海南建设委员会负责统筹协调，实行定期联席会议制度，建立涵盖公共卫生、医疗",
        "、规划、环境等领域的专家库；市县层面，成立相关领导体系，健全基层工作网络；在",
        "公众参与方面，健全重大决策听证、质询、公示、论证制度，鼓励公众参与健康影响评",
        "估工作。",
        "     二是开展3个专项行动——重大健康风险干预跨部门专项行动、主动健康协同行动、",
        "健康影响评估行动。随着经济社会发展和疾病谱变化，生活与行为方式因素和环境因素",
        "对健康的影响越来越突出。为了控制影响我省居民的主要健康危险因素，践行“大卫生大",
        "健康”理念，我们谋划推出重大健康风险干预跨部门专项行动、主动健康协同行动，选定",
    ]
)


def test_flush_titles_over_indented_paragraphs_of_a_wrapped_text_are_headings() -> None:
    # FLUSH_TITLE_OVER_INDENTED_PARAGRAPH, FIRST_TITLE_AFTER_LEAD
    assert tree(INTERPRETATION) == [(1, "", "出台《方案》的重要意义"), (1, "", "《方案》的主要内容")]


def test_the_seam_of_overlapping_pdf_rectangles_is_read_once() -> None:
    # OVERLAPPING_RECT_TEXT (hb-relics-fyp14-2021): rectangles "14." and "4." of one line
    assert _seam_overlap("14.", "4.") == 2
    assert _seam_overlap("第一", "章") == 0
