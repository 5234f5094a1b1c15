"""Metadata guessed without a manifest: round 34's fixes (branch fix34meta, session 29), each with the excerpt it was
written from."""

from __future__ import annotations

from plankg.loaders.text.normalise import normalise
from plankg.loaders.text.read import _closing_signature, guess_meta

# nat-tcm-plan-14-opening (heldout34): one SQL INSERT line, the notice headline a field before the HTML content
TCM_ROW = (
    "INSERT INTO `cms_article` VALUES (32, 20, 57, '国务院办公厅关于印发“十四五”中医药发展规划的通知', NULL, '', "
    "'卫健委', '2022-03-28', '为贯彻落实党中央、国务院关于中医药工作的决策部署，制定本规划。', "
    "'<p>&nbsp; &nbsp; 为贯彻落实党中央、国务院关于中医药工作的决策部署，"
    "明确“十四五”时期中医药发展目标任务和重点措施，制定本规划。</p>"
    '<p>&nbsp;<font face=\\"黑体\\">一、规划背景</font></p><p>“十三五”期间，中医药发展顶层设计加快完善。</p>'
)
# gz-clean-city-decision-2012 (heldout34): the column list on the INSERT line, the VALUES tuple on the next
CLEAN_CITY_ROW = (
    "INSERT INTO `post` (`id`,`category_id`,`model`,`title`,`alias`,`content`,`status`) VALUES\n"
    "('28','11','news','关于走新型城市化发展道路建设廉洁广州的决定','6bcc468c3d8ef378d6b31056adb861d4','','',"
    "'廉洁广州总体目标　　建设廉洁政治，让廉洁成为广州政治活动的基本准则；　　建设廉洁市场，让廉洁成为...',"
    "'<p>廉洁广州总体目标</p><p>　　建设廉洁政治，让廉洁成为广州政治活动的基本准则；</p>"
)
# miit-explosives-plan-13 (heldout34): no title-shaped field (a teaser cut mid-sentence); the content's own title
EXPLOSIVES_ROW = (
    "INSERT INTO `oa_news` VALUES ('9', '3', '民用', '民用爆炸物品行业发展规划（2016-2020年）"
    "“十三五”时期，面对国际国内经济发展复杂形势，民用爆炸物品行业（以下简称民爆行业）需要抓住机遇、"
    "迎接挑战、锐意进取，通过深化结构调整、转变发展方式、推进', "
    "'<p>&nbsp;</p><p>民用爆炸物品行业发展规划</p><p>（2016-2020年）</p><p>&nbsp;</p>"
    "<p>“十三五”时期，面对国际国内经济发展复杂形势，民用爆炸物品行业需要抓住机遇。</p><h1>一、回顾与总结</h1>"
)
# nat-farm-subsidy-reform-2016 (heldout34): Java setter calls, the title's quotes escaped ASCII
SUBSIDY_SETTERS = (
    '\t\tgraph.setTitle("关于全面推开农业\\"三项补贴\\"改革工作的通知");\n'
    '\t\tgraph.setName("关于全面推开农业\\"三项补贴\\"改革工作的通知");\n'
    '\t\tgraph.setType("政策");\n'
    '\t\tgraph.setProof("财农 (2016) 26号");\n'
    '\t\tgraph.setContent("<h2 style=\\"text-align: center;\\">财农〔2016〕26号</h2>'
    "<p>各省、自治区、直辖市、计划单列市财政厅（局）、农业（农牧、农村经济）厅（局、委员会）：</p>"
    '<p>　　2015年，经国务院同意，财政部、农业部印发了《关于调整完善农业三项补贴政策的指导意见》。</p>" +\n'
    '\t\t\t\t"<p style=\\"text-align: right;\\">　　财政部 农业部</p>'
    '<p style=\\"text-align: right;\\">　　2016年4月18日</p>");\n'
)


def test_a_page_stored_as_a_database_row_is_titled_by_its_title_field() -> None:
    # DUMPED_RECORD: the INSERT line was read as the headline's place, no title found (the file name was the guess)
    meta = guess_meta(TCM_ROW, "nat-tcm", "0" * 64)
    assert (meta.title, meta.issuer, meta.period) == ("“十四五”中医药发展规划", "国务院办公厅", "十四五")
    assert guess_meta(CLEAN_CITY_ROW, "gz", "0" * 64).title == "关于走新型城市化发展道路建设廉洁广州的决定"
    assert guess_meta(EXPLOSIVES_ROW, "miit", "0" * 64).title == "民用爆炸物品行业发展规划（2016-2020年）"


def test_a_page_stored_as_setter_calls_is_titled_by_its_title_value() -> None:
    # DUMPED_RECORD: the escaped straight quotes are the Chinese pair the exporter flattened
    meta = guess_meta(SUBSIDY_SETTERS, "nat-farm", "0" * 64)
    assert meta.title == "关于全面推开农业“三项补贴”改革工作的通知"
    assert meta.doc_number == "财农〔2016〕26号"
    # DUMPED_RECORD_TAIL: the setter call's close under the signature hid it
    assert meta.issuer.replace("、", " ") == "财政部 农业部"


# gx-farmland-upgrade-2023 (heldout34): a company page in traditional characters glossed with toneless pinyin
FARMLAND_GLOSSED = (
    "歡(huan)迎訪(fang)問廣(guang)西方略土地(di)房地(di)產(chan)評(ping)估有限公司官(guan)方網站\n"
    "桂(gui)農廳發〔2022〕149號\n"
    "各市、縣人民政(zheng)府(fu),自治區人民政(zheng)府(fu)各組成部門、各直屬機構(gou):\n"
    "經自治(zhi)區(qu)(qu)人民政(zheng)府同意,現將《廣西(xi)壯(zhuang)族自治(zhi)區(qu)(qu)高標準農田建設提升(sheng)行動方案"
    "(2023—2025年)》印發(fa)給(gei)你們,請認真組織實(shi)施。\n"
    "廣西(xi)壯族自治區農(nong)業農(nong)村廳 廣西(xi)壯族自治區財政廳\n"
    "2022年11月22日\n"
    "廣西壯族自治區高標準農田建設提升(sheng)行動方案\n"
    "(2023—2025年)\n"
)


def test_toneless_pinyin_glosses_of_a_glossed_page_are_no_part_of_its_text() -> None:
    # TONELESS_PINYIN_GLOSS: the gloss split the 文号 (农厅发〔2022〕149号) and stayed in the title
    meta = guess_meta(FARMLAND_GLOSSED, "gx", "0" * 64)
    assert meta.doc_number == "桂农厅发〔2022〕149号"
    assert meta.title == "广西壮族自治区高标准农田建设提升行动方案（2023—2025年）"
    assert meta.issuer == "广西壮族自治区农业农村厅 广西壮族自治区财政厅"
    # the finals 決(jue), 學(xue), 約(yue) write 'ue': "關于加快高標準農田建設的決(jue)策部署" kept its gloss
    assert "决策部署" in normalise(FARMLAND_GLOSSED + "關于加快高標準農田建設的決(jue)策部署\n").text
    # a page without glosses throughout keeps a bracketed unit or list letter
    assert normalise("面积单位(m)，分为(a)类和(b)类。").text == "面积单位（m），分为（a）类和（b）类。"


def test_list_letters_run_onto_characters_are_no_toneless_glosses() -> None:
    # TONELESS_PINYIN_GLOSS wants two letters: nat-ai-safety-framework-2024 (heldout10) joined runs its (a)/(b) items
    # onto the characters before them ten times over; cut out as glosses, two of its headings were lost
    joined = "".join(f"4.{n}.1 风险应对(a)不断提高可解释性，可预测性(b)建立并实施安全开发规范。" for n in range(1, 13))
    assert normalise(joined).text.count("（a）") == 12


def test_a_reprint_note_before_the_number_is_no_part_of_it() -> None:
    # REPRINTED_FROM_NUMBER: nat-culture-tourism-consumption-2019-py (heldout34), its tone-marked glosses as printed
    text = (
        "國(guó)務(wù)院办公厅关于进一步激发文(wén)化和旅游消费潜力的意见(转自國(guó)办发〔2019〕41号)\n\n"
        "各省、自治區(qū)、直辖市人民(mín)政府,國(guó)務(wù)院各部委、各直属机构:\n\n"
        "為(wèi)贯彻落实《中共中央國(guó)務(wù)院关于完善促进消费體(tǐ)制机制进一步激发居民(mín)消费潜力的若干意见》,"
        "提升文(wén)化和旅游消费质量水平,经國(guó)務(wù)院同意,现提出以下意见:\n\n一、总體(tǐ)目标\n"
    )
    meta = guess_meta(text, "nat", "0" * 64)
    assert meta.doc_number == "国办发〔2019〕41号"
    assert meta.title == "国务院办公厅关于进一步激发文化和旅游消费潜力的意见"


def test_a_dashed_page_number_and_issuers_before_carrying_out_in_a_run_on_pdf_text() -> None:
    # DASHED_PAGE_PREFIX, ISSUER_BEFORE_CARRYING_OUT: gs-water-reform-opinion-2011 (heldout34), a PDF's text on one
    # line; the title was "-1-中共甘肃省委…", no issuer found
    text = (
        "-1-中共甘肃省委甘肃省人民政府贯彻落实《中共中央国务院关于加快水利改革发展的决定》的实施意见(2011年4月20日)"
        "为全面贯彻落实《中共中央国务院关于加快水利改革发展的决定》(中发[2011]1号,以下简称《决定》),抢抓机遇,"
        "进一步加快我省水利改革发展,现就贯彻落实《决定》提出如下实施意见。一、充分认识加快我省水利改革发展的极端重要性"
    )
    meta = guess_meta(text, "gs", "0" * 64)
    assert meta.title.startswith("中共甘肃省委甘肃省人民政府贯彻落实《")
    assert meta.issuer == "中共甘肃省委甘肃省人民政府"


def test_a_stored_record_s_close_under_the_signature_is_no_part_of_the_page() -> None:
    # DUMPED_RECORD_TAIL: nat-farm-subsidy-reform-2016's last setter piece; the signature and date were not found
    tail = (
        '\t\t\t\t"&nbsp; &nbsp;</p><p>　　（三）加强督导考核。财政部、农业部将强化监管督导检查，'
        '适时对各地农业支持保护补贴政策落实情况开展绩效考核。" +\n'
        '\t\t\t\t"&nbsp; &nbsp;</p><p style=\\"text-align: right;\\">　　财政部 农业部</p>'
        '<p style=\\"text-align: right;\\">　　2016年4月18日</p>");\n'
    )
    assert _closing_signature(tail) == ("财政部、农业部", "2016-04-18")
