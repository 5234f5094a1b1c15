"""Task blocks met in round 44 (fixtask44): blocks announced inside a sentence (重点抓好以下工作, 重点将做好以下
三项工作 over titled paragraphs), counted lists (“七项工程”分别为, 重点实施三项工程), a glued 二、工作重点1、 and a leaf
cut off after its one 一是."""

from __future__ import annotations

from tests.test_eval_tasks import tasks

# zhouwang-gwr-2025-pinyin-trad (a town's 政府工作报告 on a copy site: traditional, pinyin glosses after characters)
ZHOUWANG = (
    "綜合各方面因素,建議2025年經(jīng)濟(jì)社會(huì)發(fā)展主要預(yù)期目標(biāo)為:完成區(qū)里下達(dá)財(cái)政稅收任務(wù),"
    "一般公共預(yù)算收入增長2%以上。\n我們將重點(diǎn)抓好以下工作:\n(一)搶項(xiàng)目、興產(chǎn)業(yè),打好項(xiàng)目建設(shè)突破戰(zhàn)\n"
    "推動(dòng)項(xiàng)目建設(shè),提升經(jīng)濟(jì)續(xù)航力。對(duì)標(biāo)“項(xiàng)目提質(zhì)增效年”活動(dòng),深度研究特別國債、專項(xiàng)債"
)


def test_key_work_announced_in_a_sentence_makes_the_parts_after_it_items() -> None:
    # ANNOUNCED_WORK_LEAD: "我们将重点抓好以下工作:" over （一）… as "现将…重点工作安排如下：" is
    assert tasks(ZHOUWANG) == [("重点工作", "（一）", "抢项目、兴产业,打好项目建设突破战")]


# yunzhou-street-three-tasks-pinyin-trad (a street's news item, glossed as above)
YUNZHOU = (
    "今年以來,按照市委市政府的總體部署,結(jié)合云周的發(fā)展實(shí)際,推動(dòng)創(chuàng)建生態(tài)云周,和諧云周,"
    "重點(diǎn)將做好以下三項(xiàng)工作。\n"
    "全力推進(jìn)大拆大整。一是持續(xù)深化大拆大整專項(xiàng)行動(dòng),保障群眾生產(chǎn)生活。二是加快違章拆除,計(jì)劃拆除34畝違章舊廠房。"
    "三是以大拆大整工作為契機(jī),做好周萇路口拆后利用。\n"
    "攻堅(jiān)剿滅劣V類水。一是開展河道清淤。全年街道計(jì)劃完成清淤13條河道。二是做好截污納管,至6月底完成集鎮(zhèn)二級(jí)管網(wǎng)"
    "建設(shè)。三是遏制沿河違章反彈,加速沿河違章拆除。\n"
    "創(chuàng)建全國(guó)文明城市。提升轄區(qū)環(huán)境水平,引導(dǎo)群眾參與社會(huì)公益活動(dòng)。\n??"
)


def test_counted_titled_paragraphs_give_their_ordinals_or_themselves() -> None:
    # ANNOUNCED_TITLED_PARAGRAPHS: three paragraphs "全力推进大拆大整。…", the first two with 一是…三是 (the leaves)
    found = tasks(YUNZHOU)
    assert [number for _, number, _ in found] == ["一是", "二是", "三是", "一是", "二是", "三是", ""]
    assert found[-1] == ("重点工作", "", "创建全国文明城市")
    assert {kind for kind, _, _ in found} == {"重点工作"}


def test_the_count_must_match_the_titled_paragraphs() -> None:
    # four paragraphs announced, three written: not read as the lead's parts
    assert tasks(YUNZHOU.replace("以下三項(xiàng)工作", "以下四項(xiàng)工作")) == []


def test_a_lead_without_key_work_announces_no_block() -> None:
    # "做好以下三项工作" without 重点: a notice asks its recipients for measures
    assert tasks(YUNZHOU.replace("重點(diǎn)將做好", "請做好")) == []


# chengxi-street-seven-projects-2018-trad (as read: a wrong decoding lost the marker of 三是)
CHENGXI = (
    "近日,城西街道党工委召开会议。提出2018年城西街道的工作目标是:“七项工程”打造“丝路起点、红色城西”,实现赶超发展。\n"
    "这“七项工程”分别为:一是大平台建设工程。补齐创新短板,培植后发优势。二是拓空间提品质工程。促进产城融合,提升发展?jié"
    "）摿ΑH亲》堪簿庸こ。以重点工程拆迁安置为工作核心。四是平安城西工程。积极打造“平安城西”。五是文化提升工程。打造一批"
    "美丽村庄。六是惠民利民工程。不断增进民生福祉。七是党建高地工程。全面带动党建工作上一个新台阶。\n|"
)


def test_a_counted_list_reads_past_one_lost_marker_up_to_its_count() -> None:
    # COUNTED_LIST_LABEL and COUNTED_ORDINAL_GAP: 一是 二是 四是 … 七是, seven announced
    found = tasks(CHENGXI)
    assert [number for _, number, _ in found] == ["一是", "二是", "四是", "五是", "六是", "七是"]
    assert {kind for kind, _, _ in found} == {"工程"}


def test_a_gap_that_does_not_reach_the_count_is_not_bridged() -> None:
    # eight announced, the entries end at 七是: the list stops at the gap
    found = tasks(CHENGXI.replace("这“七项工程”分别为", "这“八项工程”分别为"))
    assert [number for _, number, _ in found] == ["一是", "二是"]


# zh-farmland-water-2025 (a district portal's news item, round 27)
ZHUHUI = (
    "珠晖区水利局扎实推进农田水利设施建设助力乡村振兴\n"
    "今年全区计划投资340万元,重点实施三项工程:\n"
    "1.大中型灌区续建配套与现代化改造项目:计划恢复和改善灌溉面积0.3万亩,1-5月实际完成恢复和改善灌溉面积0.12万亩;\n"
    "2.小型病险水库除险加固项目(新增蓄水能力):计划新增蓄水能力2万方,已完成投资61.6万元;\n"
    "3.农村小水源蓄水能力恢复和山上经济作物灌溉水源保障能力提升项目(新增蓄水能力):计划新增蓄水能力8万方,"
    "已完成投资110万元。\n截至目前,全区已完成总工程量的43.9%,预计十月底前全部竣工。\n"
)


def test_a_counted_list_in_a_sentence_over_numbered_entries() -> None:
    # COUNTED_LIST_LABEL over 1.–3. (two read as headings, the third continued: COUNTED_PARTS_CONTINUED)
    found = tasks(ZHUHUI)
    assert [number for _, number, _ in found] == ["1.", "2.", "3."]
    assert {kind for kind, _, _ in found} == {"重点工程"}


def test_a_review_of_counted_work_names_no_block() -> None:
    # 工作 without 重点 or 分别为: "完成了三项工作:" reviews
    assert tasks(ZHUHUI.replace("重点实施三项工程", "去年完成了三项工作")) == []


# sanhe-town-work-plan-2024 joined (a model-text site's town work plan crawled onto one line, cut inside 5、's 一是)
SANHE = (
    "政府2024年工作计划2024年工作计划篇1一、工作思路坚持以解放思想为先导,以科学发展促进三和集镇经济社会的大发展。"
    "二、工作重点1、狠抓招商引资工作。加大对已签约项目帮办工作。2、继续打造特色农业。一是加快现代农业示范园建设,积极申报家庭农场;"
    "二是积极打造大陈村乌云山3000亩蓝莓基地建设;三是加快后李村1000亩特色水产养殖基地建设。3、稳步推进美好乡村建设,加大投入。"
    "4、继续做好“三线三边”环境整治工作,建立长效管理机制。5、努力维护社会稳定。我们要进一步树立“稳定压倒一切”的思路。"
    "一是要切实做好群众的思想工作,加大矛盾排查和调处力度,提高处理信访工作的效"
)


def test_a_glued_block_heading_over_arabic_items_and_a_cut_off_leaf() -> None:
    # GLUED_ARABIC_BLOCK with the entries' 一是 … in their place, and CUT_OFF_LEAF_ORDINAL: 5、 breaks off in its 一是
    found = tasks(SANHE)
    assert [number for _, number, _ in found] == ["1、", "一是", "二是", "三是", "3、", "4、", "一是"]
    assert {kind for kind, _, _ in found} == {"工作重点"}


def test_a_finished_leaf_keeps_itself() -> None:
    # the text closes its sentence: 5、 is finished with one 一是, no cut: the entry itself is the item
    found = tasks(SANHE + "率。")
    assert [number for _, number, _ in found][-1] == "5、"


# shaoxing-key-work-2020q1-table (a city's open-government page: the table flattened one cell a paragraph)
SHAOXING = (
    "> 政务公开 > 工作报告\n\n市政府2020年重点工作（预下达）一季度进展情况表\n\n"
    "序号\n\n内容与要求\n\n进展情况\n\n责任单位\n\n"
    "1\n\n坚持“稳开稳走,提质提效”的总体态势,加强季度、月度数据监测,确保地区生产总值增长7%左右。\n\n"
    "从1-2月主要经济指标完成情况看,金融机构存贷款余额、保费收入等错月指标实现正增长。\n\n市发改委\n\n"
    "2\n\n持续推进重大项目攻坚,确保有效投资增长高于经济增长。\n\n1-2月,全市固定资产投资同比下降12.7%。\n\n市发改委\n\n"
    "3\n\n聚焦重点领域编制培育发展新兴产业新三年行动计划,力争规上工业中四大新兴产业增加值占比提升至44%。\n\n"
    "启动培育发展新兴产业研究报告招投标相关前期工作;\n\n市发改委\n\n"
    "4\n\n深入推进省级军民融合示范区建设,取得军工资质8本以上。\n\n目前已有10家企业提出申办军工资质需求。\n\n市发"
)


def test_a_page_that_is_a_key_work_table_has_its_rows_as_items() -> None:
    # TITLED_WORK_TABLE: the title names 重点工作, the rows 1-4 open at their numbers (its 责任单位 column no matter)
    found = tasks(SHAOXING)
    assert [number for _, number, _ in found] == ["1", "2", "3", "4"]
    assert {kind for kind, _, _ in found} == {"重点工作"}
    assert found[1][2] == "持续推进重大项目攻坚,确保有效投资增长高于经济增长"


def test_a_division_of_work_table_is_no_block() -> None:
    # a 分工 table says who does what (README: no block)
    assert tasks(SHAOXING.replace("一季度进展情况表", "任务分工表")) == []
