"""Session 35's extraction causes (ext46, issue #13): power plants named as the actors of a plan's energy work, and
clause verbs jieba reads as nouns or adjectives before a zone or a platform. Each case is a short excerpt of a scored
text; guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document


def test_a_power_plant_named_by_its_place_or_firm_is_an_enterprise() -> None:
    # POWER_PLANT_ENDING (广州's 十五五 outline, round 30; 深圳's carbon pilot, round 15b)
    _, institutions = document("实施珠江电厂、恒运电厂煤电机组等容量替代项目。")
    assert {"珠江电厂", "恒运电厂"} <= institutions
    _, institutions = document("实施妈湾电厂煤电替代及低碳化改造项目，扩建华润海丰电厂两台百万千瓦清洁煤电项目。")
    assert {"妈湾电厂", "华润海丰电厂"} <= institutions
    _, institutions = document("增强北京第一热电厂应急备用热源功能，保持应急燃煤储备。")
    assert "北京第一热电厂" in institutions


def test_kinds_phases_and_sites_of_power_plants_are_no_enterprise() -> None:
    # POWER_PLANT_KIND_HEADS, POWER_PLANT_PROJECT_AFTER (round 4's 2004 letter, round 15, round 35)
    _, institutions = document("加快培育广州市虚拟电厂，推动燃煤电厂超低排放改造。")
    assert not {i for i in institutions if i.endswith("电厂")}
    _, institutions = document("发展改革委已优先考虑营口电厂二期、丹东电厂二期和元宝山电厂二期以及阜新电厂等项目。")
    assert not {i for i in institutions if i.endswith("电厂")}
    _, institutions = document("电源点建设应优先考虑煤炭资源丰富的蒙东、黑龙江坑口电厂等。")
    assert not {i for i in institutions if i.endswith("电厂")}
    _, institutions = document("你公司福建漳州核电厂1号机组装料申请收悉。")
    assert not {i for i in institutions if i.endswith("电厂")}
    _, institutions = document("依托工业遗产建设杨树浦电厂遗迹公园、船台公园等一批主题突出的工业遗址公园。")
    assert "杨树浦电厂" not in institutions


def test_a_clause_verb_jieba_reads_as_a_noun_is_no_part_of_a_name() -> None:
    # CLAUSE_VERBS_MISTAGGED (重庆's 十五五 outline, round 27; 深圳's, round 33; 广州's, round 30;
    # 上海's report, round 38)
    platforms, _ = document("优化调整北碚经开区范围。培育壮大智能传感器产业。")
    assert "调整北碚经开区" not in platforms
    platforms, institutions = document("畅通前海股权交易中心转新三板挂牌“绿色通道”机制。")
    assert "畅通前海股权交易中心" not in platforms | institutions
    platforms, _ = document("打造立足湾区、协同港澳、面向世界的重大战略性平台。")
    assert "立足湾区" not in platforms
    platforms, _ = document("加快理顺开发区权责关系和运营模式，推进开发区整合提升。")
    assert "理顺开发区" not in platforms


def test_a_firm_brought_in_is_named_without_the_verb() -> None:
    # 引入 in ANCHOR_WORDS (重庆's review of the 14th plan, round 36)
    _, institutions = document("引入国机集团，组建新央企中国长安汽车集团。")
    assert "国机集团" in institutions
    assert "引入国机集团" not in institutions


def test_a_body_of_every_township_is_a_class() -> None:
    # TOWNSHIPS_CLASS (北京's 2026 report, rounds 26, 28, 36; 湖北's review, round 37; 山西's report, round 38)
    _, institutions = document("区级覆盖率达80%以上，村卫生室与乡镇卫生院一体化管理率达90%。")
    assert not {i for i in institutions if "卫生院" in i}
    _, institutions = document("县域医共体实现医务人员下沉帮扶乡镇卫生院全覆盖。")
    assert not {i for i in institutions if "卫生院" in i}
    platforms, _ = document("七是改扩建50个社区养老工程和乡镇（街道）区域养老服务中心。")
    assert not {p for p in platforms if "养老服务中心" in p}


def test_a_provinces_pilot_free_trade_zone_is_named_without_a_verb() -> None:
    # PLACED_PILOT_FTZ (广西's review, round 38; 广东's, round 40)
    platforms, _ = document("188个园区整合优化为120个。广西自贸试验区新增3项改革成果获全国最佳实践案例。")
    assert "广西自贸试验区" in platforms
    platforms, _ = document("广东自贸试验区43项改革创新成果在全国推广。")
    assert "广东自贸试验区" in platforms
    # guard: a region wider than a province counts the zones in it (重庆's outline, round 23)
    platforms, _ = document("积极参与长江经济带自贸试验区联动发展合作机制建设。")
    assert not {p for p in platforms if p.endswith("自贸试验区")}


def test_a_national_botanical_garden_founded_is_a_platform() -> None:
    # FOUNDED_GARDEN_ENDINGS (江苏's, 广西's and 广东's 2026 reports, round 34)
    platforms, institutions = document("推动设立南京中山国家植物园。")
    assert "南京中山国家植物园" in platforms
    assert "南京中山国家植物园" not in institutions
    platforms, _ = document("推进西南岩溶国家公园和南宁国家植物园创建。")
    assert "南宁国家植物园" in platforms
    # guards: a garden named as the core of a system or as an actor stays a venue; the bare title is aimed at
    platforms, institutions = document("持续完善以华南国家植物园为核心的城园融合体系。")
    assert "华南国家植物园" in institutions
    assert "华南国家植物园" not in platforms
    platforms, _ = document("推进玄武湖景区争创国家5A级旅游景区、中山植物园创建国家植物园。")
    assert "国家植物园" not in platforms


def test_an_inventory_of_rooms_by_kind_names_no_platform() -> None:
    # ROOM_INVENTORY_LIST (绍兴一中's report to its inspectors, round 29)
    platforms, _ = document(
        "建有数学图形计算器实验室、物理学科实验室、物理数字传感器实验室、物理光学实验室、物理竞赛实验室、化学创新实验室、"
        "生化数字传感器实验室、生物创新实验室、组织培养实验室、生物竞赛实验室、地理、机器人实验室、木工实践室、"
        "金工实践室、3D打印创新实验室等创新实验室，还建有计算机教室、音乐教室。"
    )
    assert not {p for p in platforms if p.endswith("实验室")}
    # guard: labs named by their places stay
    platforms, _ = document(
        "高水平建设之江实验室、西湖实验室、湖畔实验室、良渚实验室、瓯江实验室、甬江实验室等省实验室。"
    )
    assert {"之江实验室", "西湖实验室", "甬江实验室"} <= platforms
