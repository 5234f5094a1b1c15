"""Rules from session 17's reading of rounds 11-14's false headings (seg17): entries numbered as items
that run on into their paragraphs, lead sentences read as headings, …"""

from __future__ import annotations

from tests.segmenting import PARA, tree


def test_run_in_items_under_a_part_are_its_list_not_sections() -> None:
    # RUN_IN_ITEMS (nat-fyp-6, the 六五 plan as OCR'd): the (1)…(5) measures under "、煤炭生产。" run on into
    # their paragraphs on the same line; the stand-alone "（2） 加快电力建设，增加装机容量。" is one sentence.
    text = "\n".join(
        [
            "第二节煤炭工业",
            "、煤炭生产。",
            "　　计划安排，1985年仝国原煤产量达到7亿吨，比1980年的6 · 2亿吨增加8，000万吨，平均每年增长2 · 5％。",
            "　　(1)加快现有矿井的技术改造，充分发挥生产潜力。对条件好的矿井进行扩建或改建，使之达到和超过设计能力。",
            "　　（2） 加快电力建设，增加装机容量。",
            "　　（3） 抓好煤矿企业的整顿工作，提高煤炭生产的全员效率。计划要求，原煤全员效率有所提高。",
            "、蝶炭建设。",
            PARA,
        ]
    )
    assert [(level, number) for level, number, _ in tree(text)] == [(1, "第二节"), (2, "、"), (2, "、")]


def test_stand_alone_item_titles_of_a_guide_stay_sections() -> None:
    # RUN_IN_ITEMS keeps the （1） title lines of a standards guide (nat-petrochem-std-guide-2022, heldout6).
    text = "\n".join(
        [
            "一、建设内容",
            "（一）基础共性标准",
            "1.智能装备标准",
            PARA,
            "（1）传感器与仪器仪表标准",
            PARA,
            "（2）自动识别设备标准",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)][-2:] == ["传感器与仪器仪表标准", "自动识别设备标准"]


def test_a_lead_line_is_no_unnumbered_heading() -> None:
    # LEAD_LINE_END (nat-fyp-6): a half-width colon, or the list-announcing words whose colon the OCR lost.
    leads = (
        "增加煤炭生产的主要措施是:",
        "各主要行业的更新改造计划如下",
        "六五”期间开展地区间经济技术协作，须认真注意下列各项#",
    )
    for lead in leads:
        text = "\n\n".join(["第二节煤炭工业", PARA, lead, PARA])
        assert [title for _, _, title in tree(text)] == ["煤炭工业"], lead


def test_measures_a_lead_sentence_announces_under_a_section_are_its_list() -> None:
    # ANNOUNCED_MEASURES (nat-fyp-6): "发展畜牧业的主要措施是：" then 一、 measures run on into their paragraphs,
    # two of them with their numerals lost by the OCR ("、继续调整…"), one unread (its title has a comma).
    text = "\n".join(
        [
            "第二节畜牧业",
            "　　要增加禽、蛋、奶和毛的产量，因地制宜地发展各种地方特有的畜、禽、蜂、兔优良品种。",
            "发展畜牧业的主要措施是：",
            "　　、认真落实各项政策，采取国家、集体和个体多种方式经营畜牧业，鼓励发展家庭饲养业和饲养专业户。",
            "　　、继续调整畜牧业内部结构。在发展养猪业的同时，抓好以草食为主的牛、羊、兔的生产。",
            "　　、增加饲草饲料生产。加强牧区草原建设，1985年人工草场将由1980年的3，200 万亩扩大到1亿亩。",
            "　　四、 在大、中城市郊区和大型工矿区附近，大力发展集体和农民户饲养奶牛。在奶牛基地筹建乳品企业。",
            "　　五、 做好种畜场的调整、整顿工作，办好冷冻精液站。加强畜牧、兽医、草原方面科技成果的推广工作。",
            "第三节水产业",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == ["畜牧业", "水产业"]


def test_sector_labels_a_lead_announces_stay_headings() -> None:
    # ANNOUNCED_MEASURES keeps label run-ins ("…化肥工业的建设部署如下" / "、磷肥。…" / "、钾肥。…", nat-fyp-6).
    text = "\n".join(
        [
            "第一节化肥工业",
            "1985年，生产化肥1，340万吨，比1980年增长8 · 8％。",
            "“六五”期间化肥工业的建设部署如下",
            "　　、磷肥。在矿山建设方面，重点建设广东、湖南、安徽、内蒙古等地的磷矿。",
            "　　、钾肥。重点建设青海察尔汗钾肥厂。",
            "第二节农药工业",
            PARA,
        ]
    )
    assert [title for _, _, title in tree(text)] == ["化肥工业", "磷肥", "钾肥", "农药工业"]


def test_a_notices_points_after_its_lead_stay_headings() -> None:
    # ANNOUNCED_MEASURES needs a section above the lead: a notice's "通知如下：" announces its own parts.
    text = "\n".join(
        [
            "为促进棉花、糖料继续增产，现将几个具体问题通知如下：",
            "一、加强棉粮挂钩的管理。各地要按照规定的基数执行，不得随意变动。",
            "二、做好奖售粮的供应。各地粮食部门要及时安排，保证兑现。",
        ]
    )
    assert [title for _, _, title in tree(text)] == ["加强棉粮挂钩的管理", "做好奖售粮的供应"]
