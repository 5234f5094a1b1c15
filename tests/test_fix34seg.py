"""Round 34's headings (fix34seg, session 29): page openings, a page dump in SQL, a wiki page, one-line crawls. Each
excerpt is quoted from round 34's texts (tests/realworld/texts, shortened); each test fails on the code before the
rule it names."""

from __future__ import annotations

from bench.one_line import one_line
from tests.segmenting import tree

# gz-party-building-innovation-2012: a city committee's opinion as <p> HTML in the values line of an SQL INSERT, after
# the row's summary field cut with "..."; measures 1.–36. numbered across the parts, 1. a paragraph without a title
PARTY_BUILDING = (
    "('29','14','news','关于推进党建创新工程的实施意见','66e4b08c21f159ef5e82b5f12e1b6a51','','','0','0','','','','',"
    "'    为深入贯彻科学发展观，就推进党建创新工程，提出以下实施意见。　　一、目标任务...','"
    "<p>       为深入贯彻科学发展观，全面落实省第十一次党代会、市第十次党代会精神，就推进党建创新工程，提出以下实施"
    "意见。</p>"
    "<p>　　一、目标任务</p><p>　　1.以党的先进性和纯洁性建设为主线，以提高党的建设科学化水平为目标，以党建工作重心"
    "下移为抓手，"
    "以改革创新为动力，大力加强和改进党的思想建设、组织建设、作风建设、反腐倡廉建设和制度建设，进一步健全党员干部能"
    "力素质的"
    "提升机制，民主公开、竞争择优的选人用人科学机制，干部直接联系群众的常态机制，党员干部保持先进性和纯洁性的长效机"
    "制，全面"
    "构建起科学规范、运转有序的党内建设制度体系，为广州实施新型城市化发展战略提供坚强的组织保证。</p>"
    "<p>　　二、思想理论武装行动计划</p><p>　　2.强化党性教育。坚持从政治修养、理论修养、作风修养和纪律修养等方面着"
    "手，教育党员"
    "干部讲政治、顾大局、守纪律，永葆共产党人的政治本色，增强政治敏锐性。（牵头单位：市委宣传部，配合单位：市委党校"
    "、市委组织部）</p>"
    "<p>　　3.建设学习型党组织。组织党员、干部深入学习和掌握马克思列宁主义、毛泽东思想。（牵头单位：市委宣传部，配"
    "合单位："
    "市委党校、市委组织部）</p>"
    "<p>　　三、建设高素质干部队伍行动计划</p><p>　　4.提升领导干部能力素质。认真贯彻落实省委关于加强市、县领导班子"
    "建设的"
    "意见和市委的实施意见，加强领导班子和领导干部能力建设。（牵头单位：市委组织部）</p>"
    "<p>　　5.深化干部人事制度改革。坚持德才兼备、以德为先的用人标准，把德的表现作为干部选拔任用的首要依据。（牵头"
    "单位：市委组织部）</p>"
    "','5','90','news','1388642437','1388642490');\n"
)


def test_measures_numbered_across_parts_go_on_from_an_untitled_first_measure() -> None:
    # FIRST_ENTRY_UNDER_PART_ABOVE: before, 2. opened no run (a list opening at 2) and no measure was read;
    # CUT_TEASER_TITLE: before, the summary's "一、目标任务...','" was the part and the content's own 一、 was refused
    assert tree(PARTY_BUILDING) == [
        (1, "一、", "目标任务"),
        (1, "二、", "思想理论武装行动计划"),
        (2, "2.", "强化党性教育"),
        (2, "3.", "建设学习型党组织"),
        (1, "三、", "建设高素质干部队伍行动计划"),
        (2, "4.", "提升领导干部能力素质"),
        (2, "5.", "深化干部人事制度改革"),
    ]


# nat-emergency-system-fyp14-page: a reprint crawled to one line with two spaces for every line break
EMERGENCY_SYSTEM = (
    "国务院关于印发“十四五”国家应急体系规划的通知\n\n"
    "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:  现将《“十四五”国家应急体系规划》印发给你们,请认真贯彻"
    "执行。  "
    "国务院  2021年12月30日  (本文有删减)“十四五”国家应急体系规划  为全面贯彻落实习近平总书记关于应急管理工作的一系"
    "列重要"
    "指示和党中央、国务院决策部署,扎实做好安全生产、防灾减灾救灾等工作,积极推进应急管理体系和能力现代化,根据《中华"
    "人民共和国"
    "国民经济和社会发展第十四个五年规划和2035年远景目标纲要》,制定本规划。  一、规划背景  (一)“十三五”时期取得的工"
    "作进展。  "
    "“十三五”时期,各地区、各有关部门以习近平新时代中国特色社会主义思想为指导,认真贯彻落实党中央、国务院决策部署,推"
    "动应急管理"
    "事业改革发展取得重大进展,防范化解重大安全风险能力明显提升,各项目标任务如期实现。  应急管理体系不断健全。改革完"
    "善应急管理"
    "体制,组建应急管理部,强化了应急工作的综合管理、全过程管理和力量资源的优化管理,增强了应急管理工作的系统性、整体"
    "性、协同性。\n"
)


def test_two_spaces_for_each_line_break_break_a_crawled_line() -> None:
    # PAIRED_SPACE_MARK: before, no heading was read
    assert tree(EMERGENCY_SYSTEM) == [
        (1, "一、", "规划背景"),
        (2, "（一）", "“十三五”时期取得的工作进展"),
    ]


def test_two_spaces_inside_a_short_line_break_nothing() -> None:
    # PAIRED_SPACE_MARK holds only for a long line crawled with them: a PDF's "第一章  总则" keeps its title
    assert tree(
        "第一章  总则\n第一条  为了规范管理，制定本办法。\n第二章  职责\n第二条  各部门按照职责分工负责。\n"
    ) == [
        (1, "第一章", "总则"),
        (1, "第二章", "职责"),
    ]


# county-water-affairs-points-2026: an article site's login wall, then its tip jar, share bar and widgets
WATER_AFFAIRS = (
    "县水务局2026年工作要点\n2026-02-10 222\n\n县水务局2026年工作要点\n\n"
    "2026年是实施“十五五”规划的开局之年,也是我县在新的起点上乘势突破、奋力赶超的关键之年。主要目标及措施如下:\n\n"
    "一、筑牢水安全屏障,守护群众平安\n\n以保障人民群众生命财产安全为首要目标,系统提升水旱灾害防御能力。投资1974万元"
    ",加快推进"
    "松山东闸除险加固工程建设。\n\n二、深化水生态治理,提升环境品质\n\n阅读全文\n(想阅读完全部图文内容,您需要先登陆!)\n"
    "如果喜欢本篇内容,请赞赏鼓励哦!\n尚未有人赏赞,赶紧来一个吧\n查看更多>>\n请选择打赏类型\n¥0.01\n¥1\n赏赞\n\n分享"
    ":\n\n"
    "微信扫一扫在手机阅读、分享本文\n\n精选留言\n我要留言\n关于本文\n\n本文标题:县水务局2026年工作要点\n\n"
    "链接地址:http://www.haowensou.com//index/article/detail/detail_id/157821.html\n\n相关内容\n    热门推荐\n"
    "    • 本周热门\n    • 本月热门\n        二维码\n\n        微信订阅号\n\n        联系\n"
)


def test_a_login_wall_closes_the_text() -> None:
    # LOGIN_WALL: before, 微信扫一扫…, 本文标题:…, 微信订阅号 and 联系 were sections under 二、
    assert tree(WATER_AFFAIRS) == [
        (1, "一、", "筑牢水安全屏障,守护群众平安"),
        (1, "二、", "深化水生态治理,提升环境品质"),
    ]


# yn-transport-network-outline-2021: a stored Wikisource page, a section-edit link under each heading
TRANSPORT_NETWORK = (
    "云南省综合立体交通网规划纲要\n2021年12月27日\n\n"
    "  为深入贯彻落实《交通强国建设纲要》、《国家综合立体交通网规划纲要》精神,构建现代化高质量综合立体交通网,深入推"
    "进交通强省"
    "建设,制定本规划纲要。规划期为2021—2035年,远景展望到本世纪中叶。\n\n  一、规划基础\n\n[编辑]\n\n  (一)发展现状\n"
    "\n[编辑]\n\n"
    "  改革开放特别是党的十八大以来,在以习近平同志为核心的党中央坚强领导下,省委、省政府全力推动交通运输破瓶颈、补短"
    "板、强服务、"
    "惠民生、提品质,全省交通运输事业取得了长足发展。\n"
)


def test_a_wiki_edit_link_is_no_section() -> None:
    # WIKI_EDIT_LINK: before, each "[编辑]" was a section
    assert tree(TRANSPORT_NETWORK) == [(1, "一、", "规划基础"), (2, "（一）", "发展现状")]


# gs-water-reform-opinion-2011: a PDF's text run into one line, its page marks -1- -2- kept
WATER_REFORM = (
    "-1-中共甘肃省委甘肃省人民政府贯彻落实《中共中央国务院关于加快水利改革发展的决定》的实施意见(2011年4月20日)为全"
    "面贯彻落实《中共中央国务院关于加快水利改革发展的决定》(中发[2011]1号,以下简称《决定》),"
    "抢抓机遇,进一步加快我省水利改革发展,为全省经济社会跨越式发展提供坚强的水利支撑和保障,现就贯彻落实《决定》提出"
    "如下实施意见。一、充分认识加快我省水利改革发展的极端重要性和紧迫性《决定》是新中国成立以来中央发出的第一个关"
    "于水利改革发展的综合性文件,是党中央、国务院从经济社会发展大局做出的新的重大部署,《决定》系统谋划了加快水利改革"
    "发展的新思路、新举措,含金量高,指导性强,必将对水利事业的跨越式发展产生深远影响。我省水资源短缺、时空分布不"
    "均、水旱灾害频繁、水土流失严重,水利的战略地位尤为突出。新中国成立以后特别是改革开放以来,我省水利事业取得了长足"
    "发展,形成了以供水、灌溉、防洪、发电、生态保护为主的水利工程体系,在改善民生、防灾减灾、保护生态等方面发挥了"
    "重要作用。但也必须清醒地看到,与全省经济社会发展对水利的要求相比,水利投入不足,历史欠账较多,每年频繁发生的干旱和"
    "局地暴洪灾害,特别是去年发生的舟曲特大山洪泥石流灾害,暴露出水利基础设施薄弱、抗-2-御自然灾害的能力不强"
    "等问题。严峻的水利形势警示我们,加快水利发展刻不容缓,深化水利改革时不我待,强化水利管理势在必行。二、水利改革发"
    "展的指导思想、目标任务和基本原则(一)指导思想。全面贯彻党的十七届五中全会和省委十一届十次全委会议精神,认真"
    "落实《中共中央国务院关于加快水利改革发展的决定》,坚持科学发展主题和加快转变经济发展方式主线。"
)


def test_a_title_glued_to_a_sentence_on_its_cited_document_ends_before_the_name() -> None:
    # OPENER_AFTER_COGNITION_VERB and 加快 in SUBJECT_AFTER_VERBS: before, the title was cut to "充分认识";
    # CITED_DOCUMENT_SUBJECT: it ends before "《决定》是"
    assert tree(WATER_REFORM)[0] == (1, "一、", "充分认识加快我省水利改革发展的极端重要性和紧迫性")


# county-edu-points-2024, a page's opening of ~2,000 bytes, joined onto one line
EDU_POINTS = (
    "县教育局2024年工作要点\n2024-04-04 393\n\n县教育局2024年工作要点\n\n\n2024年是新中国成立75周年,是实现“十四五”"
    "规划目标任务的关键一年。全县教育工作总体要求是:以习近平新时代中国特色社会主义思"
    "想为指导,深入学习习近平总书记关于教育的重要论述,认真落实各级教育工作会精神,全面贯彻党的教育方针,落实立德树人根"
    "本任务,紧紧围绕县委、县政府“123”发展思路,聚焦创建全国义务教育优质均衡发展县,深入实施“六大工程”,"
    "推动教育承载能力、基础教育质量、服务创新发展、教师队伍素质、教育惠民水平和育人质量全面跃升,以优异的成绩喜迎县"
    "庆40周年。\n\n一、实施党建铸魂工程\n\n(一)深入学习宣传党的创新理论。认真学习习近平新时代中国特色社会主义思"
    "想、习近平总书记重要讲话和重要指示、批示,全面贯彻落实关于坚持立德树人、建设教育强国、弘扬教育家精神的各项要求"
    "。巩固拓展主题教育学习教育成果,推进党的理论学习进教材、进课堂、进头脑,运用理论学习中心组、“三会一课”、支部"
    "主题党日活动、“四个讲堂”等阵地创新学习,坚持不懈用党的创新理论凝心铸魂,更加深刻领悟“两个确立”的决定性意义,更加"
    "自觉增强“四个意识”、坚定“四个自信”、做到“两个维护”。\n\n(二)加强党对教育工作全面领导。完善党对教"
    "育工作全面领导的体制机制,形成党的领导纵到底、横到边、全覆盖的工作格局。全面健全中小学校党组织领导的校长负责制,"
    "落实“把方向、管大局、作决策、抓班子、带队伍、保落实”总体要求,强化学校党、政、工、团多方力量的有效整合,完"
    "善集体领导、党政分工合作、协调运行的工作机制。\n\n(三)提升教育系统党建工作质量。立足“基层党建全面过硬年”,抓实"
    "基层党组织建设。\n"
)


def test_a_short_text_on_one_line_is_read_inline() -> None:
    # SHORT_GLUED_TEXT: before, the joined opening (one line of ~700 characters) had no heading read
    assert tree(one_line(EDU_POINTS)) == [
        (1, "一、", "实施党建铸魂工程"),
        (2, "（一）", "深入学习宣传党的创新理论"),
        (2, "（二）", "加强党对教育工作全面领导"),
        (2, "（三）", "提升教育系统党建工作质量"),
    ]


# gx-farmland-upgrade-2023 joined: a toneless-glossed page opening, under a long paragraph's length once the glosses
# are read out of it
FARMLAND_GLOSSED = (
    "廣西壯族自治區高標準農田建設提升(sheng)行動方案(2023—2025年)\n為(wei)認真貫徹中央和自治(zhi)區(qu)關于加快"
    "高標準農田建設的決(jue)策部署,深入實(shi)施“藏糧于地、藏糧于技”戰略,推動“十四五”時(shi)期全區(qu)高標準農田建設"
    "提質增效,鞏固和提高農田防災抗災減災能力和綜合生產能力,夯實(shi)糧食安全基礎,決(jue)定組織實(shi)施高標準農田建設"
    "提升(sheng)行動。為(wei)保障行動順利開展,制定本方案。\n一、總體要(yao)求(qiu)\n(一)指導(dao)思想\n以習(xi)近平新時(shi)代"
    "中國特色社會(hui)主義思想為(wei)指導(dao),深入學習貫徹黨的二十大精神,堅持以高質量發(fa)展為(wei)統攬。\n"
)


def test_a_glossed_opening_shorter_than_a_paragraph_once_read_is_read_inline() -> None:
    # SHORT_GLUED_LINE_MIN: without its glosses the joined line held less than GLUED_LINE_CHARS: no heading read
    assert [(level, number) for level, number, _ in tree(one_line(FARMLAND_GLOSSED))] == [(1, "一、"), (2, "（一）")]


# hb-culture-tourism-points-2023 joined: a page writing its commas half-width, a two-clause part title glued to its
# first point
CULTURE_TOURISM = (
    "附件:\n省文化和旅游厅2023年工作要点\n2023年是全面贯彻落实党的二十大精神的开局之年,是贯彻落实省"
    "第十二次党代会决策部署的关键之年。省文化和旅游厅将坚持以习近平新时代中国特色社会主义思想为指导,全面学习"
    "贯彻党的二十大精神,深入贯彻落实习近平总书记对湖北工作重要指示要求、关于文化和旅游工作重要论述精神,贯彻"
    "落实省第十二次党代会精神,坚持稳中求进工作总基调,立足新发展阶段,完整准确全面贯彻新发展理念,服务构建新"
    "发展格局,以推动高质量发展为主题,以满足人民文化需求和增强人民精神力量为着力点,高效统筹疫情防控和文旅行"
    "业恢复发展,更好统筹发展和安全,努力创作优秀文艺作品,努力提供优秀文化产品和优质旅游产品,奋力开创文化和"
    "旅游工作新局面,为谱写全面建设社会主义现代化国家荆楚篇章作出更大贡献。\n一、深入学习贯彻习近平新时代中国"
    "特色社会主义思想,提高党建科学化水平\n(一)加强党的政治建设。始终把政治建设放在各项工作首位,坚持以习近"
    "平新时代中国特色社会主义思想为指导实践,不断提升政治判断力、政治领悟力和政治执行力,深刻领悟“两个确立”"
    "的决定性意义,树牢“四个意识”,坚定“四个自信”,做到“两个维护”,在思想上政治上行动上同以习近平同志为"
    "核心的党中央保持高度一致。"
)


def test_a_half_width_comma_parts_a_two_clause_title_read_inline() -> None:
    # HALF_WIDTH_CLAUSE_COMMA: before, the title was cut at its first clause
    # "深入学习贯彻习近平新时代中国特色社会主义思想"
    assert (2, "一、", "深入学习贯彻习近平新时代中国特色社会主义思想,提高党建科学化水平") in tree(
        one_line(CULTURE_TOURISM)
    )


# the same page, longer, to be joined onto one line
TRANSPORT_NETWORK_OPENING = (
    "2021年12月27日\n\n  为深入贯彻落实《交通强国建设纲要》、《国家综合立体交通网规划纲要》精神,构"
    "建现代化高质量综合立体交通网,深入推进交通强省建设,制定本规划纲要。规划期为2021—2035年,远景展"
    "望到本世纪中叶。\n\n  一、规划基础\n\n[编辑]\n\n  (一)发展现状\n\n[编辑]\n\n  改革开放特别是"
    "党的十八大以来,在以习近平同志为核心的党中央坚强领导下,省委、省政府全力推动交通运输破瓶颈、补短板、强服"
    "务、惠民生、提品质,全省交通运输事业取得了长足发展。到“十三五”末,综合交通运输发展实现从“基本缓解”到"
    "“基本适应”的重大转变,有力提升了云南在国家重大发展战略中的地位和作用,为全省全面建成小康社会和经济社会"
    "持续健康发展提供了坚实的支撑保障。\n\n  基础设施网络基本形成,运输服务能力和水平大幅提升。全省综合交通"
    "实体线网总里程30.2万公里。铁路营运里程4740公里,其中高铁营运里程1105公里;公路总里程29.2"
    "万公里,其中高速公路里程9006公里;内河航道里程5108公里;民用运输机场15个,通用机场7个;邮政普"
    "遍服务局(所)1818个,快递网点9180个。12个州(市)通铁路、8个州(市)通高铁;129个县(市、"
    "区)全部通高等级公路,110个县(市、区)通高速公路;民航客货航线666条,国内外通航城市185个;乡镇"
    "(街道)、行政村(社区)实现100%通硬化路、通客车、通邮。\n\n  面向南亚东南亚的交通辐射能力不断增强"
    "。国家综合立体交通网“6轴7廊8通道”主骨架布局中成渝昆、沪昆、广昆等3条走廊在昆明交汇后由河口、磨憨、"
    "瑞丽口岸出境南亚东南亚。"
)


def test_a_wiki_edit_link_glued_to_its_heading_is_dropped() -> None:
    # WIKI_EDIT_LINK: before, the joined page had no heading read
    assert tree(one_line(TRANSPORT_NETWORK_OPENING))[0] == (1, "一、", "规划基础")


# gz-clean-city-decision-2012 (shortened): an editor's summary box between the decision's title and its preamble
CLEAN_CITY = (
    "关于走新型城市化发展道路建设廉洁广州的决定\n\n"
    "廉洁广州建设主要任务\n\n廉洁清明政治\n\n"
    "建设廉洁清明政治，重点要打造廉洁高效政府、建设廉洁公正司法、强化对权力的监督制约、严肃查处腐败行为；\n\n"
    "廉洁城市文化\n\n"
    "建设廉洁城市文化，重点要加强廉洁诚信教育、加大廉洁文化产品供给、深化群众性廉洁文化活动、拓展廉洁文化阵地和载体；\n\n"
    "为深入贯彻广东省第十一次党代会、广州市第十次党代会精神，不断提高反腐倡廉建设水平，更好服务、保障、促进广州新型"
    "城市化发展和国家中心城市建设，特就建设廉洁广州作出如下决定。\n\n"
    "一、充分认识建设廉洁广州的重要意义\n\n"
    "改革开放以来，我市坚持“两手抓、两手都要硬”，在大力推进改革开放和现代化建设的同时，高度重视党风廉政建设和反腐败"
    "工作，反腐倡廉建设总体呈现出全面发展、深入推进的良好态势。\n\n"
    "二、建设廉洁广州的指导思想、基本原则和总体目标\n\n"
    "（一）指导思想。高举中国特色社会主义伟大旗帜，以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观。\n"
)


def test_a_summary_box_above_the_preamble_is_no_section() -> None:
    # BOX_ABOVE_PREAMBLE: before, 廉洁广州建设主要任务, 廉洁清明政治 and 廉洁城市文化 were sections
    assert [title for _, _, title in tree(CLEAN_CITY)] == [
        "充分认识建设廉洁广州的重要意义",
        "建设廉洁广州的指导思想、基本原则和总体目标",
        "指导思想",
    ]
