"""Rules of seg42 (session 33): headings on real layouts (PDF text, Word, HTML) of the later rounds."""

from __future__ import annotations

from plankg.loaders.text.formats import read_html

ARTICLE = (
    '<p style="text-align: justify; text-indent: 32px;"><span style="font-size: 16px;"><strong>'
    '<span style="font-family: 仿宋_GB2312;">{number}</span></strong>'
    '<span style="font-family: 仿宋_GB2312;">　{text}</span></span></p>'
)


def test_a_fragment_kept_as_a_script_template_literal_is_read_without_the_statement() -> None:
    # SCRIPT_TEMPLATE_FRAGMENT (nat-standardization-law-2017): the portal kept the article as "const article1 = `…`;";
    # read inside the statement, trafilatura kept only the paragraphs without a bold 第X条 and lost the 第X章 headings.
    body = (
        '<p style="text-align: center;"><span style="font-family: 黑体; font-size: 16px;">第一章　总则</span></p>'
        + ARTICLE.format(
            number="第一条",
            text="为了加强标准化工作，提升产品和服务质量，促进科学技术进步，保障人身健康和生命财产安全，"
            "维护国家安全、生态环境安全，提高经济社会发展水平，制定本法。",
        )
        + ARTICLE.format(
            number="第二条",
            text="本法所称标准（含标准样品），是指农业、工业、服务业以及社会事业等领域需要统一的技术要求。",
        )
        + '<p style="text-align: justify;"><span style="font-family: 仿宋_GB2312;">标准包括国家标准、行业标准、'
        "地方标准和团体标准、企业标准。国家标准分为强制性标准、推荐性标准，行业标准、地方标准是推荐性标准。</span></p>"
    )
    page = f'const article1 = `<div class="zhengwei1" id="zhengwen">\n<div class="view">{body}</div>\n<br>\n</div>`;'
    text = read_html(page.encode("utf-8"), "nat-standardization-law-2017.html")
    assert "const article1" not in text
    lines = [line.strip("* ") for line in text.splitlines()]
    assert lines[0] == "第一章 总则"
    assert lines[1].startswith("第一条 为了加强标准化工作")
    assert lines[2].startswith("第二条 本法所称标准")


def test_a_list_entrys_closing_semicolon_makes_no_sentence_of_its_value() -> None:
    # UNSTOPPED_LIST_END (gz-changshun-poverty-situation-2017): "1.长寨街道4个：…；" … "7.敦操乡3个：…。" list the
    # villages of each town under （二）深度贫困村 (list items, round-39 gold); the closing "；" read as a clause mark
    # of the value, and each town became a heading titled by its label.
    from plankg.loaders.structure.headings import read_heading_line

    assert read_heading_line("1.长寨街道4个：磨油村、杉木村、牛坡村、 长江村；") is None
    labelled = read_heading_line("1.术语定义标准:主要规范相关概念，包括分类和定义，阐明关系等")
    assert labelled is not None and labelled.title == "术语定义标准"  # UNSTOPPED_LABELLED_ENTRY still


GUIDE_WITH_APPENDICES = (
    "关于印发《广西电力市场履约风险管理工作指引》的通知\n各售电公司：\n"
    "现将《广西电力市场履约风险管理工作指引》印发给你们，请遵照执行。\n广西电力交易中心有限责任公司\n2023年12月1日\n"
    "附件：\n广西电力市场履约风险管理工作指引\n1 总则\n1.1 为规范广西电力市场履约风险管理工作，制定本指引。\n"
    "2 职责分工\n2.1 广西电力交易中心负责组织实施。\n附录 1：风险额度计算方法\n风险额度按月计算。\n"
    "附录 2：参数初始取值\n序号 参数名称 参数取值\n附录 5：\n广西电力市场售电公司履约保证保险条款\n"
    "1.履约保证保险适用于售电公司。\n"
)


def test_the_appendices_of_an_annexed_document_stand_beside_its_parts() -> None:
    # APPENDIX_OF_ANNEX, APPENDIX_LINE (gx-performance-risk-guide-2023): the guideline issued as the notice's 附件 has
    # 附录 1：… 附录 11： after its parts 1 总则 … 13 附则, at their level (round-40 gold); "附录 5：" stands alone over
    # its title.
    from plankg.loaders.structure.document import load_plan
    from plankg.schema import PlanMeta

    plan = load_plan(GUIDE_WITH_APPENDICES, PlanMeta(id="gx", title="广西电力市场履约风险管理工作指引"))
    levels = [(s.level, s.number, s.title) for s in plan.sections]
    assert levels[:3] == [(1, "附件：", "广西电力市场履约风险管理工作指引"), (2, "1", "总则"), (2, "2", "职责分工")]
    assert (2, "附录 1：", "风险额度计算方法") in levels
    assert (2, "附录 2：", "参数初始取值") in levels
    assert (2, "附录 5：", "广西电力市场售电公司履约保证保险条款") in levels


def test_an_appendix_heading_is_no_wrap_of_the_full_line_above() -> None:
    # ANNEX_OPENS_LINE (gx-performance-risk-guide-2023): "49 G 调整系数 调整系数参考实际负荷增长确定，初始取值见附录 2"
    # is a full line of the hard-wrapped PDF text; the page break after it went, and "附录 2：参数初始取值" was joined
    # to it as its wrap.
    from plankg.loaders.text.furniture import hard_wrap_joins

    full = "售电公司应当按照本指引规定的履约保障凭证范本开立，不得修改第{}项"
    last = "49 G 调整系数 调整系数参考实际负荷增长确定，初始取值见附录 2"
    text = "\n".join(full.format(n) for n in range(10, 34)) + f"\n{last}\n附录 2：参数初始取值\n序号"
    at = text.index("\n附录 2")
    assert all(start != at for start, _ in hard_wrap_joins(text))


CREDIT_CATALOGUE = (
    "项目信息公开目录说明\n"
    "（一） 从业单位信用信息\n"
    "1. 企业基本信息：企（事）业单位名称、营业执照注册号、经营范围、注册资本等内容。\n"
    "2. 资质信息：包括资质等级名称、资质证书号、有效起始日期、有效到期日期等内容。\n"
    "3. 不良行为记录信息\n"
    "（1） 违法信息：包括法院判决结果、处罚对象、执行期限、判决机关和检察院行贿受贿犯罪档案查询结果等内容。\n"
    "（2） 行政处罚信息：包括处罚种类、处罚对象、处罚事由、处罚依据、处罚内容、处罚日期、处罚机关等内容。\n"
    "（3） 行政强制信息：包括行政强制机关、行政强制决定文书编号、行政强制事项名称、行政强制依据、行政强制日期等内容。\n"
    "（二）从业人员信用信息\n"
    "1. 人员基本信息：包括姓名、性别、证件类型、证件号码等内容。\n"
    "2. 执业资格信息：包括证书名称、编号、有效起始日期、有效到期日期、核发日期、核发机关等内容。\n"
)


def test_the_kinds_a_bare_label_of_a_described_outline_holds_are_its_headings() -> None:
    # DESCRIBED_KINDS (jj-credit-info-catalogue-notes-2011): "3. 不良行为记录信息" beside the described "1. 企业
    # 基本信息：…" holds its kinds "（1） 违法信息：包括…" …, level-3 inline headings titled by their labels (round-29
    # gold).
    from plankg.loaders.structure.document import load_plan
    from plankg.schema import PlanMeta

    plan = load_plan(CREDIT_CATALOGUE, PlanMeta(id="jj", title="项目信息公开目录说明"))
    kinds = [(s.level, s.number, s.title) for s in plan.sections if s.level == 3]
    assert kinds == [(3, "（1）", "违法信息"), (3, "（2）", "行政处罚信息"), (3, "（3）", "行政强制信息")]


RICE_TECHNIQUES = (
    "2014年水稻重大病虫害防控技术方案\n"
    "专业化统防统治主推技术\n"
    "1.选用抗（耐）病品种防病技术\n"
    "因地制宜选用抗（耐）稻瘟病、稻曲病、条纹叶枯病的水稻品种，淘汰抗性差、易感病品种。\n"
    "2.深耕灌水灭蛹控螟技术\n"
    "利用螟虫化蛹期抗逆性弱的特点，在春季越冬代螟虫化蛹期统一翻耕冬闲田、绿肥田，降低虫源基数。\n"
    "3.性信息素诱杀害虫技术。\n"
    "二化螟越冬代和主害代、稻纵卷叶螟主害代蛾始见期，集中连片使用性信息素，诱杀成虫，降低田间卵量和虫量。\n"
    "4.生态工程保护天敌治虫技术\n"
    "田埂种植芝麻、大豆等显花植物，保护和提高蜘蛛、寄生蜂、黑肩绿盲蝽等天敌的控害能力。\n"
    "5.人工释放赤眼蜂防治害虫技术于二化螟蛾高峰期和稻纵卷叶螟迁入代蛾高峰期开始释放稻螟赤眼蜂，每代放蜂2～3次，"
    "间隔3～5天。\n"
    "6.稻鸭共育治虫防病控草技术\n"
    "水稻移栽后7～10天，禾苗开始返青分蘖时，将15天左右的雏鸭放入稻田饲养，破口抽穗前收鸭。\n"
)


def test_a_title_ending_in_a_full_stop_among_bare_titles_stays_a_heading() -> None:
    # SENTENCE_ENTRY_TITLE_STOPPED (nat-rice-pest-control-2014): "4.性信息素诱杀害虫技术。" went with the sentence
    # entry "7.人工释放赤眼蜂防治害虫技术于…" (SENTENCE_ENTRY_SIBLINGS); its siblings are bare titles.
    from plankg.loaders.structure.document import load_plan
    from plankg.schema import PlanMeta

    plan = load_plan(RICE_TECHNIQUES, PlanMeta(id="rice", title="2014年水稻重大病虫害防控技术方案"))
    assert "性信息素诱杀害虫技术" in [s.title for s in plan.sections]
