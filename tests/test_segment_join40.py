"""Rules written in session 32 (branch join40) for texts that lost their line breaks, each with the real excerpt
it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


# nat-ai-ethics-2021 (heldout12) joined: a code of norms, most of its articles titled by a first short sentence
AI_ETHICS = (
    "为此，制定本规范。第一章\u3000总则第一条\u3000本规范旨在将伦理道德融入人工智能全生命周期。"
    "第二条\u3000本规范适用于从事人工智能管理、研发、供应、使用等相关活动的自然人、法人和其他相关机构等。"
    "（一）管理活动主要指人工智能相关的战略规划、政策法规和技术标准制定实施。（二）研发活动主要指人工智能相关的"
    "科学研究、技术开发、产品研制等。第三条\u3000人工智能各类活动应遵循以下基本伦理规范。（一）增进人类福祉。"
    "坚持以人为本，遵循人类共同价值观。（二）促进公平公正。坚持普惠性和包容性，切实保护各相关主体合法权益。"
    "第四条\u3000人工智能特定活动应遵守的伦理规范包括管理规范、研发规范、供应规范和使用规范。第二章\u3000管理规范"
    "第五条\u3000推动敏捷治理。尊重人工智能发展规律，充分认识人工智能的潜力与局限。第六条\u3000积极实践示范。"
    "遵守人工智能相关法规、政策和标准。第七条\u3000正确行权用权。明确人工智能相关管理活动的职责和权力边界。"
    "第八条\u3000加强风险防范。增强底线思维和风险意识。"
)


def test_titled_articles_read_inline_head_their_text_under_the_chapter() -> None:
    # INLINE_TITLED_ARTICLES (TITLED_ARTICLES by share): read inline, every article was a clause before
    found = titles(AI_ETHICS)
    assert (1, "第二章", "管理规范") in found
    assert (2, "第五条", "推动敏捷治理") in found
    assert (2, "第八条", "加强风险防范") in found
    # the untitled articles stay clauses
    assert not any(number == "第二条" or number == "第四条" for _, number, _ in found)


def test_titled_entries_of_an_untitled_article_are_headings_under_the_chapter() -> None:
    # INLINE_TITLED_ARTICLES: 第三条's titled （一）（二） under 第一章, numbered from 1 within their article; 第二条's
    # untitled （一）（二） stay its items
    found = titles(AI_ETHICS)
    assert (2, "（一）", "增进人类福祉") in found
    assert (2, "（二）", "促进公平公正") in found
    assert not any(title.startswith("管理活动") for _, _, title in found)


def test_a_run_of_titled_articles_among_untitled_ones_is_read_inline() -> None:
    # INLINE_TITLED_ARTICLES (TITLED_ARTICLE_RUN; th-hk-macao-youth-measures-2023, heldout28, joined): no chapters,
    # three titled articles in a row between untitled ones; the titled entries of a titled article sit under it
    text = (
        "2023年8月9日第一条 为全面落实《粤港澳大湾区发展规划纲要》，制定本实施办法。第二条 本办法所称港澳青年，是指"
        "45周岁以下的香港、澳门特别行政区居民。第三条 载体建设。被授予港澳青年创新创业相关荣誉称号的孵化载体，给予"
        "每家30万元奖励。第四条 平台服务。支持港澳青年创新创业服务平台建设。第五条 企业培育。对符合条件的港澳青年"
        "企业给予支持和发展奖励，具体如下：（一）落户补贴。给予一次性10万元的落户奖金支持。（二）租金补贴。给予"
        "租金补贴。第六条 符合本办法规定的同一项目，按就高不重复原则执行。"
    )
    found = titles(text)
    assert (1, "第三条", "载体建设") in found
    assert (1, "第五条", "企业培育") in found
    assert (2, "（一）", "落户补贴") in found
    assert (2, "（二）", "租金补贴") in found
    assert not any(number in ("第一条", "第二条", "第六条") for _, number, _ in found)


def test_a_chapter_all_of_whose_articles_are_titled_reads_them_inline() -> None:
    # INLINE_TITLED_ARTICLES (TITLED_CHAPTER_ARTICLES; sd-digital-parks-2020, heldout14, joined)
    text = (
        "第一章 总则第一条 为进一步发挥数字经济园区的集聚和带动作用，制定本办法。第二条 本办法所称省级园区是指聚焦"
        "数字产业化的集聚区。第三条 省级主管部门负责省级园区的统筹规划。第二章 基本原则第四条 加强政策引领。紧紧"
        "围绕全省发展战略。第五条 实行分级管理。设立省级园区名录库。第六条 打造产业生态。以省级园区为载体。"
        "第三章 申报条件第七条 申报省级园区应具备下列条件：（一）有完整的园区建设和发展规划；（二）有明确的主导产业。"
    )
    found = titles(text)
    assert (2, "第四条", "加强政策引领") in found
    assert (2, "第六条", "打造产业生态") in found
    assert (1, "第三章", "申报条件") in found
    assert not any(number in ("第一条", "第七条") for _, number, _ in found)


def test_a_decrees_untitled_articles_stay_clauses() -> None:
    # INLINE_TITLED_ARTICLES: articles that open with a sentence are clauses, their points with them
    text = (
        "第一章 总则第一条 为了规范政府信息公开工作，制定本办法。第二条 本办法适用于本市各级行政机关。第三条 政府信息"
        "公开工作机构的具体职能是：（一）组织办理政府信息公开事宜；（二）维护和更新公开的政府信息。第二章 公开的主体"
        "第四条 行政机关应当建立健全政府信息公开协调机制。"
    )
    assert titles(text) == [(1, "第一章", "总则"), (1, "第二章", "公开的主体")]


# nat-deepen-reform-decision-2024 (heldout38) joined: (1)-(60) numbered on across fifteen parts, the first glued to the
# first part's title, which lists its subjects with 、
DEEPEN_REFORM = (
    "作出如下决定。一、进一步全面深化改革、推进中国式现代化的重大意义和总体要求（1）进一步全面深化改革的重要性和"
    "必要性。改革开放是党和人民事业大踏步赶上时代的重要法宝。（2）进一步全面深化改革的指导思想。坚持马克思列宁主义。"
    "二、构建高水平社会主义市场经济体制（3）坚持和落实“两个毫不动摇”。毫不动摇巩固和发展公有制经济。"
    "（4）构建全国统一大市场。推动市场基础制度规则统一。"
)


def test_a_point_glued_to_a_part_title_that_lists_with_a_comma_of_enumeration_opens_the_run() -> None:
    # LISTED_PART_TITLE: read inline, the 、 in the title refused the glued （1）, and every （n） after it was lost
    found = titles(DEEPEN_REFORM)
    assert (2, "（1）", "进一步全面深化改革的重要性和必要性") in found
    assert (2, "（3）", "坚持和落实“两个毫不动摇”") in found
    assert (2, "（4）", "构建全国统一大市场") in found


def test_an_opener_after_an_adverb_opens_no_sentence() -> None:
    # ADVERB_BEFORE_OPENER: read as "进一步全面", cut before 深化
    found = titles(DEEPEN_REFORM)
    assert found[0] == (1, "一、", "进一步全面深化改革、推进中国式现代化的重大意义和总体要求")
    assert (2, "（2）", "进一步全面深化改革的指导思想") in found
    # an adverb that opens the glued sentence still ends the title before it
    glued = "一、加强组织领导全面落实各项任务要求，确保取得实效。二、强化督促检查（一）定期调度。"
    assert titles(glued)[0] == (1, "一、", "加强组织领导")


def test_a_tocs_last_chapter_ends_before_the_bodys_first_chapter() -> None:
    # TOC_RUN_INTO_BODY (gy-eco-city-regs-2013, heldout21, joined: read "附则第一章")
    text = (
        "贵阳市建设生态文明城市条例目录第一章　总则第二章　规划建设第三章　附则第一章　总　则第一条　为了保障和促进"
        "生态文明城市建设，制定本条例。第二条　本条例适用于本市行政区域。第三条　市人民政府统一领导生态文明城市建设。"
        "第二章　规划建设第四条　市人民政府应当组织编制生态文明城市建设规划。第三章　附　则"
        "第五条　本条例自公布之日起施行。"
    )
    found = titles(text)
    assert (1, "第三章", "附则") in found
    assert not any("第一章" in title for _, _, title in found)


# jj-credit-info-catalogue-notes-2011 / jj-project-info-catalogue-notes-2011 (heldout29) joined: a portal's catalogue
# notes of about 1,200 characters, its top level （一）（二） with no 一、 above them
CREDIT_NOTES = (
    "| www.jiangxi.gov.cn项目信息公开目录说明发布时间：2011-09-29从业单位是指参与工程建设领域相关业务活动的法人单位，"
    "包括建设、勘察、设计、施工、监理、咨询、检测、招标代理、材料及设备供应等单位和机构。从业人员是指参与工程建设领域"
    "相关业务活动的主要自然人，包括法人代表，项目负责人（项目经理），具有建造师、监理工程师等执业资格的从业人员。"
    "不良行为记录信息限定在工程建设相关的信息范畴内。（一） 从业单位信用信息1. 企业基本信息：企（事）业单位名称、"
    "营业执照注册号、营业执照登记机关、企业类型（事业性质）、经营范围、注册资本、成立日期、住所等内容。2. 资质信息："
    "包括资质等级名称、资质证书号、有效起始日期、有效到期日期、资质证书核发机关、资质证书状态等内容。3. 项目业绩信息："
    "包括项目名称、项目类别、项目规模、合同价格、开竣工时间等内容。（二）从业人员信用信息1. 人员基本信息：包括姓名、"
    "性别、身份证号、学历、职称、所在单位等内容。2. 执业资格信息：包括执业资格类别、执业资格证书号、注册单位、"
    "注册有效期等内容。3. 良好行为记录信息：包括获奖情况、表彰情况等内容。"
)


def test_a_one_line_bodys_bracketed_top_points_are_read_inline() -> None:
    # BRACKETED_TOP_PARTS: before, no heading was read (the line's parts counted only 一、)
    from tests.segmenting import tree

    found = tree(CREDIT_NOTES)
    assert (1, "（一）", "从业单位信用信息") in found
    assert (1, "（二）", "从业人员信用信息") in found


def test_a_point_glued_to_a_page_date_opens_the_body() -> None:
    # PAGE_DATE_BEFORE_MARKER: "发布时间：2011-09-29|（一）…": refused before, and every point after it with it
    text = CREDIT_NOTES.replace("2011-09-29从业单位是指", "2011-09-29（一）从业单位信用信息从业单位是指").replace(
        "（一） 从业单位信用信息", ""
    )
    found = titles(text)
    assert found[0][:2] == (1, "（一）")
    assert (1, "（二）", "从业人员信用信息") in found
