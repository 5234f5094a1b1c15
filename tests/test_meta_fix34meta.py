"""Metadata guessed without a manifest: round 34's fixes (branch fix34meta, session 29), each with the excerpt it was
written from."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

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
    "<p>　　2015年，经国务院同意，财政部、农业部印发了《关于调整完善农业三项补贴政策的指导意见》。</p>"
    '"\n'
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
