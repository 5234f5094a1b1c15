"""Bodies named in lists, annexes and signatures (round 15, after the score): works named by what they
make, list items whose place jieba misreads, bare tails of listed names, asides after lead units,
addressee alternatives, glued signatures and what stands before a body (a year, a verb of handing, a
list's title). Short real excerpts of round 15's texts; guards ("also…") pin what a rule leaves alone."""

from __future__ import annotations

from tests.extracting import document


def test_works_named_by_place_and_product_are_enterprises() -> None:
    """INSTITUTION_ENDINGS (煤机厂, 支架厂, 仪表厂, 设备厂, 洗煤厂 …): a State Council annex's works."""
    text = (
        "四、重点煤机厂（8个）河北省：张家口煤机厂、石家庄煤机厂、峰峰金属支架厂山东省：兖州煤机厂"
        "陕西省：西安煤机厂、西安煤矿仪表厂、渭南煤矿专用设备厂五、重点洗煤厂（1个）湖南省株洲洗煤厂"
    )
    _, institutions = document(text)
    assert {"张家口煤机厂", "石家庄煤机厂", "兖州煤机厂", "西安煤矿仪表厂", "渭南煤矿专用设备厂"} <= institutions
    assert "湖南省株洲洗煤厂" in institutions
    assert "西安煤矿" not in institutions


def test_works_named_by_kind_alone_or_by_its_old_site_are_no_firm() -> None:
    """WORKS_CLASS_ENDINGS, WORKS_SITE_AFTER: a kind of works, or the site of a former one."""
    _, institutions = document(
        "将骨干统配煤矿和相应的煤炭工业厅、煤矿设备制造厂及设计、科研、教育等单位划归煤炭部直属。"
        "修缮上海水产公司渔船修理所旧址、大中华造船机器厂旧址，衔接船台公园。"
    )
    assert "煤矿设备制造厂" not in institutions
    assert "大中华造船机器厂" not in institutions


def test_list_item_whose_place_jieba_misreads_keeps_its_head() -> None:
    """LISTED_HEAD_BREAKS: 大同 (read as an adverb) and 澄合 (a verb) before the shared ending."""
    _, institutions = document(
        "一、统配煤矿（29个）山西省：大同矿务局、阳泉矿务局、西山矿务局。陕西省：铜川矿务局、蒲白矿务局、澄合矿务局、韩城矿务局。"
    )
    assert {"大同矿务局", "澄合矿务局", "阳泉矿务局"} <= institutions
    assert "矿务局" not in institutions


def test_bare_tail_of_listed_bodies_is_their_class() -> None:
    """BARE_TAIL_SIBLINGS, HANDED_TO: "要把权力下放给矿务局" after the bureaus are listed."""
    _, institutions = document(
        "山西省：大同矿务局、阳泉矿务局、西山矿务局。要把权力下放给矿务局。矿务局要重视多种经营。"
    )
    assert "矿务局" not in institutions
    assert not any(name.startswith("权力") for name in institutions)


def test_bare_tail_rule_leaves_a_level_alone() -> None:
    """Also: "省能源局" is the province's bureau, though 国家能源局 and 山东省能源局 end alike."""
    _, institutions = document("国家能源局、山东省能源局联合印发方案。省发展改革委、省能源局牵头负责组织实施。")
    assert "省能源局" in institutions


def test_lead_unit_with_its_other_name_after_it() -> None:
    """UNIT_ITEM_ASIDE: "<人才办>" and "（数据管理局）" after a lead unit are the same body's other name."""
    _, institutions = document(
        "（三）加强人才支撑。推进高端孵化服务模式。（市委组织部<人才办>、市发改委、市工信局等部门按职责分工负责）"
        "强化城市间充电服务数据交换共享。〔责任单位：省发改委（数据管理局）、工信厅、交通运输厅按职责分工负责〕"
    )
    assert {"市委组织部", "省发改委"} <= institutions
    assert not any("人才办>" in name or "（" in name for name in institutions)


def test_city_addressees_with_an_alternative_are_a_class() -> None:
    """ADDRESSEE_ALTERNATIVE: "各市发展改革委（能源局），" is each city's commission and bureau."""
    _, institutions = document("各市发展改革委（能源局），各有关企业：\n现将方案印发给你们，请认真贯彻执行。")
    assert "市发展改革委" not in institutions
    assert "能源局" not in institutions


def test_signature_and_dated_bodies() -> None:
    """LIST_TITLE_BEFORE, GLUED_NATIONAL_OPENING, YEAR_OPENING: a one-line crawl's annex title, two
    commissions glued in the signature, a year before a body."""
    _, institutions = document(
        "附件：划归煤炭部统一管理的重点煤炭企事业单位名单国家经济委员会国家计划委员会"
        "财　　政　　部一九八四年八月二十八日"
        "继续按照一九八三年国家计委、国家经委、财政部《关于部分统配煤矿试行超产加价的通知》规定执行。"
    )
    assert {"国家经济委员会", "国家计划委员会"} <= institutions
    assert not any(name.startswith(("一九八三年", "重点煤炭")) for name in institutions)


def test_short_academies_regulator_offices_and_fire_corps_are_institutions() -> None:
    """INSTITUTION_ENDINGS (环科院, 能源监管办, 消防救援总队) and ONE_PER_LEVEL_AGENCIES (市环科院)."""
    _, institutions = document(
        "4.推进数字能源科技创新：依托市环科院、重庆地大工研院等研发机构开展研究。"
        "省市场监管局、山东能源监管办等加强协同。"
        "省工信厅、数据管理局，福建省消防救援总队,各设区市发改委：现将方案印发给你们。"
    )
    assert {"市环科院", "山东能源监管办", "福建省消防救援总队"} <= institutions


def test_industrial_ministry_written_short() -> None:
    """MINISTRY (煤炭, 冶金, 化工, 石油): "煤炭部" is the coal ministry of a 1984 notice."""
    _, institutions = document("煤炭部对统配煤矿实行总承包，是我国煤炭行业改革的一项重要内容。")
    assert "煤炭部" in institutions


def test_body_written_once_after_listed_provinces_is_each_ones() -> None:
    """ELIDED_PLACE_LIST: the body after "北京市、天津市、…、" is every listed province's; the one written
    in full after the comma is one addressee."""
    _, institutions = document(
        "关于水站建设进展情况的通报北京市、天津市、河北省、青海省、宁夏回族自治区环境保护厅(局)，海南省生态环境保护厅："
        "为贯彻党中央决策部署，现将有关情况通报如下。"
    )
    assert "宁夏回族自治区环境保护厅" not in institutions
    assert "海南省生态环境保护厅" in institutions


def test_leading_group_named_by_its_mission_keeps_its_verb() -> None:
    """MISSION_GROUP_END, MISSION_VERB_BEFORE: "推动长江经济带发展领导小组办公室" on a copy line."""
    _, institutions = document(
        "现将办法印发给你们。抄送：推动长江经济带发展领导小组办公室，云南省人民政府办公厅，中国环境监测总站。"
    )
    assert "推动长江经济带发展领导小组办公室" in institutions


def test_mines_of_an_industry_or_a_ministry_are_a_class() -> None:
    """MINE_CLASS_WORDS (行业, 直属): an industry's or a ministry's mines as a whole."""
    _, institutions = document(
        "（二）本技术政策适用于黄金行业金矿采选和以金精矿为原料冶炼黄金过程的污染防控。"
        "这样，煤炭部直属煤矿的产量占全国煤炭产量的比重将由19%上升到45%。"
    )
    assert not any(name.endswith(("金矿", "煤矿")) for name in institutions)


def test_body_before_a_count_is_a_group_label() -> None:
    """COUNTED_LABEL_AFTER: "省煤炭工业厅（总公司）（5个）" heads the annex's group of departments."""
    _, institutions = document(
        "五、重点洗煤厂（1个）湖南省株洲洗煤厂六、省煤炭工业厅（总公司）（5个）河北省煤炭工业厅山西省煤炭工业厅"
        "山东省煤炭工业总公司河南省煤炭工业厅陕西省煤炭工业厅以及上述煤炭工业厅直属的企事业单位。"
    )
    assert "省煤炭工业厅" not in institutions
    assert {"河北省煤炭工业厅", "湖南省株洲洗煤厂"} <= institutions


def test_body_written_once_after_listed_provinces_on_a_copy_line_is_one() -> None:
    """Also: on a copy line the elided item is the one body written (ELIDED_SALUTATION_AFTER)."""
    _, institutions = document(
        "现将办法印发给你们。抄送：云南省、贵州省、四川省、重庆市、湖北省、上海市人民政府办公厅，中国环境监测总站。"
    )
    assert "上海市人民政府办公厅" in institutions
