"""Task blocks met in round 46 (fixtask46): a government's yearly list of 民生实事 / 为民办实事 projects
(LIVELIHOOD_LIST, plankg/loaders/rules/livelihood.py) in its layouts: numbered after the label, unnumbered lines,
run in between ；/、, 一、 lines, the top-level parts after the lead sentence, and named after the list."""

from __future__ import annotations

from bench.eval_tasks import find_as_read_span
from tests.test_eval_tasks import tasks

# langao-ten-livelihood-2023 (a county portal's news item)
LANGAO = (
    "经县人大代表票决,岚皋县2023年十大民生实事涉及民生保障、教育医疗、城市提升等各方面,分别包括:\n"
    "①岚皋县村级医保服务能力提升工程;\n②岚皋县中小学及幼儿园校舍提升改造工程;\n③岚皋县城区智慧水务建设工程。\n"
    "(图文/记者 李王灏)"
)


def test_a_livelihood_label_over_circled_items() -> None:
    # LIVELIHOOD_LABEL: the name, what it covers, 分别包括: over ①…
    found = tasks(LANGAO)
    assert [number for _, number, _ in found] == ["①", "②", "③"]
    assert {kind for kind, _, _ in found} == {"民生实事"}


def test_a_livelihood_name_in_running_text_is_no_label() -> None:
    # a review's "办好民生实事,…" names no list to set out: no colon, no items after it
    assert tasks("今年我们坚持办好民生实事,群众满意度持续提升。\n①新增就业1万人。\n②改造老旧小区5个。") == []


# renhua-eight-livelihood-2025: eight unnumbered lines each ending in ;
RENHUA = (
    "这八件民生实事项目是:\n完成城镇老旧小区改造项目(三期);\n完成城市管网基础设施提升改造项目;\n启动塘村引水渠更新改造项目;\n"
    "完成丹霞街道雨污分流基础配套设施项目建设;\n省道S246线康溪至大岭段改线工程建成通车;\n实施51.5公里“四好农村路”提档升级;\n"
    "实施农村生活污水改造提升工程;\n实施第三批仁化县典型镇村建设项目。"
)


def test_unnumbered_lines_count_as_the_label_says() -> None:
    # LIVELIHOOD_RUN_IN: 八件 and eight clauses
    found = tasks(RENHUA)
    assert len(found) == 8
    assert found[0] == ("民生实事项目", "", "完成城镇老旧小区改造项目（三期）")


def test_run_in_clauses_need_the_count() -> None:
    # nine announced, eight written: no list
    assert tasks(RENHUA.replace("这八件", "这九件")) == []


# hainan-ten-provincial-livelihood-2024: ten projects run in between 、, the second name the label's
HAINAN = (
    "以差额票决方式正式对2024年省级民生实事项目进行票决,最终选出10项省级民生实事项目,分别为:免费接种乙肝疫苗、"
    "增加婴幼儿托育托位数量、关爱困难妇女宫颈癌和乳腺癌救助计划、公办中小学教室(功能室)空调配置、改善农村出行条件、"
    "0—6岁孤独症谱系障碍儿童数字疗法干预、免费残疾评定和发放困难家庭残疾儿童康复训练生活补助、精神障碍患者社区康复服务、"
    "户外劳动者服务站(工会驿站)建设、老年幸福餐桌。\n“实施票决制是践行全过程人民民主的重要举措。”"
)


def test_run_in_between_enumeration_commas() -> None:
    found = tasks(HAINAN)
    assert len(found) == 10
    assert found[0][2] == "免费接种乙肝疫苗" and found[-1][2] == "老年幸福餐桌"


# lichuan-livelihood-projects-2025: the label ends a sentence broken over short lines; the items read as headings
LICHUAN = (
    "对市人民政府\n提交的10个民生实事候选项目\n进行票决\n8个项目被确定\n为2025年民生实事项目\n"
    "1.利川市谋道镇谋道小学综合楼建设项目\n2.利川市华盛大道至滨江北路连接线工程\n3.利川市凉雾乡水乡店子至集镇路段排涝及人行道建设项目\n"
    "您最关注哪个民生实事项目?\n欢迎在评论区留言"
)


def test_the_parts_after_a_livelihood_lead() -> None:
    # LIVELIHOOD_ANNOUNCED: the name within LIVELIHOOD_LEAD_GAP of the first part
    found = tasks(LICHUAN)
    assert [number for _, number, _ in found] == ["1.", "2.", "3."]
    assert {kind for kind, _, _ in found} == {"民生实事项目"}


def test_the_name_glued_to_the_first_item() -> None:
    # LIVELIHOOD_GLUED_LABEL: the crawl lost its line breaks
    found = tasks(LICHUAN.replace("\n", ""))
    assert [number for _, number, _ in found] == ["1.", "2.", "3."]


# gonghe-town-ten-livelihood-2022-pinyin-trad (as read: simplified, glosses dropped), shortened to four entries
GONGHE = (
    "以下项目为共和镇人民政府2022年度四大民生实事项目:\n一、共和镇平岭小学改扩建工程。\n二、铁岗片区雨污改造工程。\n"
    "三、乡村振兴红色文化教育展馆建设。\n四、新连卫生站建设\n现予公告。"
)


def test_livelihood_label_over_ordinal_lines() -> None:
    # LIVELIHOOD_LINE_ENTRIES: 一、 entries opening the lines below the label
    found = tasks(GONGHE)
    assert [number for _, number, _ in found] == ["一、", "二、", "三、", "四、"]


# datong-ten-livelihood-2023-pinyin-trad (as read), the list named after it
DATONG = (
    "会上,与会代表采取无记名投票方式进行差额投票表决,最终票决出:创建智慧康养示范社区;建设户外工作者驿站,实施劳动者温暖"
    "爱心行动;开展智慧化便捷化公交提升工程,为我市2023年市政府3项民生实事项目。\n大会结束"
)


def test_a_list_named_after_its_entries() -> None:
    # LIVELIHOOD_TRAILING_LABEL: the clauses between the colon and ",为…3项民生实事项目。"
    found = tasks(DATONG)
    titles = ["创建智慧康养示范社区", "建设户外工作者驿站", "开展智慧化便捷化公交提升工程"]
    assert [title for _, _, title in found] == titles


def test_a_glossed_quote_moves_the_cursor_by_its_length_as_read() -> None:
    # bench: "一、共和鎮(zhèn)…" is read without its gloss, shorter than written
    text = "一、共和镇平岭小学改扩建工程。\n二、共和镇农村道路"
    assert find_as_read_span(text, "一、共和鎮(zhèn)平嶺小學(xué)改擴建工程") == (0, 14)


# charm-civilised-city-action-plan (a city's 行动方案 in PDF text), shortened
CHARM = (
    "魅力文明城市创建行动方案\n\n 为全面落实省委提出的新目标、新定位、新要求,经研究决定,以深化文明城市创建为抓手,"
    "开展魅力城市建设十大专项行动,进一步完善城市功能,提升城市品质。现制定如下行动方案。\n\n"
    " 一、开展拆违拆临和改造整治专项行动\n\n 1.加大违建整治力度。巩固提升拆违拆临成果,健全完善长效管控机制。\n\n"
    " 2.强力推进风景区周边建筑整治。对影响风景名胜区整体景观的建筑,开展专项整治。\n\n"
    " 二、开展交通秩序整治专项行动\n\n 1.整治交通秩序。严查违法停车。\n"
)


def test_a_preamble_counting_actions_over_parts_titled_as_actions() -> None:
    # ANNOUNCED_ACTIONS: 十大专项行动 in the preamble, every part an action: its 1. leaves are the items
    found = tasks(CHARM)
    assert [(kind, number) for kind, number, _ in found] == [("专项行动", "1."), ("专项行动", "2."), ("专项行动", "1.")]


def test_parts_not_titled_as_actions_are_not_announced() -> None:
    assert tasks(CHARM.replace("二、开展交通秩序整治专项行动", "二、保障措施")) == []


# tongchuan-gwr-key-work-division-2025 (a city's 重点工作分工 意见), shortened
TONGCHUAN = (
    "一、2025年年度目标\n\n1.生产总值增长6%左右\n\n2.固定资产投资增长7%左右\n\n"
    "二、2025年重点工作\n\n（一）突出挖潜能稳增长,巩固经济回升向好态势\n\n"
    "3. 开展提振消费专项行动,扩围实施“两新”政策。（市商务局负责）\n\n"
    "4. 加快10个商贸项目建设,推动客货邮融合发展。（市商务局、市交通运输局负责）\n"
)


def test_entries_numbered_on_from_the_section_before() -> None:
    # NUMBERED_ON_FROM_SIBLING: 3. 4. go on from the targets' 1. 2.
    found = tasks(TONGCHUAN)
    assert [(kind, number) for kind, number, _ in found] == [("重点工作", "3."), ("重点工作", "4.")]


# hanbin-laocheng-ten-projects-2014 (a street office's news item), shortened
HANBIN = (
    "年后,办事处主任王宏在初八收心会上,结合市、区、办中心工作重点,敞出了“十大工程”的盘子——\n"
    "之一:“亮点工程”——南正街改造提升是该办2014年重中之重的标杆工作。\n"
    "之二:“地标工程”——力争投资逾2亿元的大南门净菜市场项目主体框架竣工。\n"
    "之三:“网格工程”——充分发挥首创的“网格化管理、精细化服务”体系。\n"
)


def test_entries_numbered_as_the_first_of_a_counted_list() -> None:
    # ORDINAL_OF_ENTRIES: 之一: 之二: 之三: after “十大工程”的盘子——
    found = tasks(HANBIN)
    assert [(kind, number) for kind, number, _ in found] == [("工程", "之一:"), ("工程", "之二:"), ("工程", "之三:")]


def test_a_lone_first_of_is_no_list() -> None:
    assert tasks(HANBIN.split("之二")[0]) == []
