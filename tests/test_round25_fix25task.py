"""Rules written after round 25's first score (fix25task, session 24): each with a short real excerpt from
tests/realworld (heldout25, development data since its score) that fails without its rule."""

from __future__ import annotations

from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.loaders.structure.document import load_plan
from plankg.loaders.text.read import guess_meta
from plankg.pipeline import analyse
from plankg.schema import PlanMeta

# bj-gwr-tasklist-2024: a city government's year list of the tasks of its 政府工作报告, issued by notice; tasks
# numbered on across the sections, each followed by its 主责单位 line (tasks shortened).
TASK_LIST = (
    "京政发〔2024〕1号\n\n各区人民政府，市政府各委、办、局，各市属机构：\n\n"
    "市第十六届人民代表大会第二次会议批准了《政府工作报告》，明确了2024年经济社会发展目标和重点任务。为推动《政府工作"
    "报告》确定的各项任务落地落实，现将《2024年市政府工作报告重点任务清单》印发给你们，请认真抓好贯彻落实。\n\n"
    "北京市人民政府\n\n2024年1月26日\n\n"
    "**2024年市政府工作报告重点任务清单**\n\n"
    "**一、持续提升首都功能，推动京津冀协同发展取得新的更大进展**\n\n"
    "（一）深入落实城市总体规划\n\n"
    "1.严格执行首都规划重大事项向党中央请示报告制度，认真落实首规委部署要求。\n\n"
    "主责单位：市规划自然资源委（首规委办）\n\n"
    "2.配合自然资源部编制京津冀国土空间规划，会同天津、河北编制现代化首都都市圈空间协同规划。\n\n"
    "主责单位：市京津冀协同办，市规划自然资源委\n\n"
    "3.继续推进农村乱占耕地建房等专项整治，以零容忍态度严控新增，严防“大棚房”等问题反弹，维护规划严肃性权威性。\n\n"
    "主责单位：市规划自然资源委，市农业农村局\n\n"
    "4.统筹推动核心区控规三年行动计划落地见效，优化中央政务功能布局，加强外围重点地区规划管控。推动太庙社稷坛有关"
    "单位搬迁，推动更多文物腾退和开放利用，推进中轴线申遗保护，加强老城整体保护和有机更新。\n\n"
    "主责单位：市规划自然资源委（首规委办），市文物局，东城区政府，西城区政府\n\n"
    "（二）加强国际交往中心功能建设\n\n"
    "5.加强重点区域和硬件设施功能引领，实现新国展二期项目竣工，强化雁栖湖国际会都、奥林匹克中心区服务保障能力，"
    "完善第四使馆区外围综合交通体系，推进国际交往功能核心区建设，提升国际交往硬件设施的承载能力和服务水平。\n\n"
    "主责单位：市政府外办，朝阳区政府，顺义区政府，怀柔区政府\n\n"
    "6.全力服务国家总体外交大局，高标准做好国家主场外交和重大国事活动服务保障，高水平接待外国党宾国宾来访。\n\n"
    "主责单位：市政府外办\n\n"
    "7.优化友城交往布局，适时举办友城结好周年纪念活动，以灵活多样形式深化友城务实合作，不断提升城市国际美誉度和影响力。\n\n"
    "主责单位：市政府外办\n"
)


def test_a_key_task_list_names_its_block_and_entries_are_numbered_across_sections() -> None:
    # TASK_LIST_TITLE and NUMBERED_ACROSS_SECTIONS: none before (the title named no block; 4. and 5., paragraphs of
    # several sentences, were lost at the edges of their sections).
    title = "北京市人民政府关于印发《2024年市政府工作报告重点任务清单》的通知"
    plan = load_plan(TASK_LIST, PlanMeta(id="bj-gwr-tasklist-2024", title=title))
    assert [t.number.rstrip(".") for t in plan.tasks] == [str(n) for n in range(1, 8)]
    assert {t.kind for t in plan.tasks} == {"重点任务清单"}


def test_an_annex_table_titled_as_a_task_list_stays_no_block() -> None:
    # ja-renewal-2023's annex: a who-does-what table (任务类型, 序号, 工作任务, 推进单位) under
    # "…重点任务清单（2023-2025年）".
    text = (
        "附件：静安区“卓越城区”城市更新行动重点任务清单（2023-2025年）\n\n"
        "静安区“卓越城区”城市更新行动重点任务清单（2023-2025年）\n\n"
        "任务类型\n\n序号\n\n工作任务\n\n推进单位\n\n"
        "区域更新\n\n1\n\n推进苏河湾地区城市更新\n\n区规划资源局\n\n"
        "2\n\n推进中环两翼集聚带存量工业用地盘活\n\n区发展改革委\n"
    )
    plan = load_plan(text, PlanMeta(id="ja-renewal-2023", title="静安区“卓越城区”城市更新行动方案"))
    assert plan.tasks == []


# cq-industry-renewal-qa-2024: a Q&A page whose questions are bare lines (no 问：/答：, no number), the answers below.
BARE_QA = (
    "《重庆市推动工业领域大规模设备更新和技术改造实施方案》政策问答\n\n\n"
    "日期：2024-07-25来源：市经济信息委\n\n"
    "【字体：大中小】\n\n"
    "重庆市推动工业领域大规模设备更新和技术改造实施方案工作目标？\n\n"
    "到2027年，力争实现工业领域设备投资规模较2023年增长25%以上，工业技改投资占工业投资比重达40%。\n\n"
    "重庆市推动工业领域大规模设备更新和技术改造实施方案的重点任务？\n\n"
    "（一）全面推广先进设备应用。\n\n"
    "（二）加快引导制造业数字赋能。\n\n"
    "（三）深入推进绿色装备替代。\n\n"
    "（四）重点提升本质安全水平。\n\n"
    "重庆市推动工业领域大规模设备更新和技术改造实施方案的工作举措？\n\n"
    "（一）全面增强三方支撑能力。\n\n"
    "（二）加快培育技术改造生态。\n\n"
    "（三）加大财政金融政策支持。\n\n"
    "重庆市推动工业领域大规模设备更新和技术改造实施方案实施的保障措施？\n\n"
    "一是强化组织领导，设立工业领域大规模设备更新和技术改造工作专班，统筹推进相关工作。二是加大设备供给。\n"
)


def test_bare_question_lines_are_sections_and_a_question_names_its_block() -> None:
    # BARE_QUESTION_LINE, QUESTION_BLOCK_TITLE, 工作举措: no section and no task before.
    title = "《重庆市推动工业领域大规模设备更新和技术改造实施方案》政策问答"
    plan = load_plan(BARE_QA, PlanMeta(id="cq-industry-renewal-qa-2024", title=title))
    assert [s.title[-6:] for s in plan.sections] == ["案工作目标？", "的重点任务？", "的工作举措？", "的保障措施？"]
    assert [(t.kind, t.number) for t in plan.tasks] == [
        *[("重点任务", f"（{n}）") for n in "一二三四"],
        *[("工作举措", f"（{n}）") for n in "一二三"],
    ]


def test_an_answer_that_names_its_block_keeps_its_own_label() -> None:
    # QUESTION_ANSWER_LABEL: nat-eco-volunteer-interp-2021 (dev gold: kind 工作任务, the answer's label).
    text = (
        "问：请问《意见》在加强志愿服务队伍建设方面确定了哪些重点任务？\n\n"
        "答：《意见》从两个方面，明确了加强队伍建设的工作任务。一是动员整合生态环境志愿服务队伍。"
        "二是发展培育生态环境志愿服务组织。\n\n"
        "问：请问《意见》提出了哪些工作要求？\n\n"
        "答：《意见》提出4个方面工作要求。\n"
    )
    plan = load_plan(text, PlanMeta(id="nat-eco-volunteer-interp-2021", title="解读"))
    assert [(t.kind, t.number) for t in plan.tasks] == [("工作任务", "一是"), ("工作任务", "二是")]


def _indicators(text: str, stem: str) -> list[tuple[str, str, int | None]]:
    """The indicators plankg reads in a text without a manifest entry, as the evals read a file."""
    doc = analyse(text, guess_meta(text, stem, "0" * 64), load_field_vocabulary())
    return [(i.name, i.target, i.year) for i in doc.indicators]


# nat-new-grid-15-news: a news feature's lead dates its targets by the period, a later paragraph reports projects
# approved over a span of time.
GRID_NEWS = (
    "## 政策原文\n\n"
    "电网是连接电力生产和消费的枢纽平台，是新型电力系统的核心环节。\n"
    "“十五五”时期，我国着力推进新型电网建设，将投资5万亿元以上，推动西电东送规模达4.2亿千瓦以上，"
    "支撑“双碳”目标实现和能源强国建设。\n"
    "眼下，一批跨区域电力灵活互济工程正在落地。2025年底到2026年初，闽赣、皖鄂、湘粤、渝黔、湘黔等5项直流背靠背工程"
    "陆续核准开工。这些工程对提升电力余缺互补和紧急事故支援能力具有重要作用，投用后可增加省份间电力互济能力1500万千瓦。\n"
)


def test_a_period_set_off_by_commas_dates_a_headingless_report_and_a_span_of_time_does_not() -> None:
    # PERIOD_ADVERBIAL: 西电东送规模 was missed; DATE_RANGE: 5项 (2026) and 1500万 (2026) were read as targets.
    found = _indicators(GRID_NEWS, "“十五五”时期投资5万亿元以上，推动西电东送规模超4.2亿千瓦")
    assert [(year, target.startswith("4.2亿")) for name, target, year in found if "西电东送规模" in name] == [
        (2030, True)
    ]
    assert not [f for f in found if f[0].endswith("核准开工") or "互济能力" in f[0]]


# nat-water-network-15-news (traditional characters in the stored text; the same sentences here in simplified).
WATER_NEWS = (
    "“十五五”期间我国将加快建设现代化水网\n"
    "央视网消息(新闻联播):记者从水利部了解到,“十五五”时期,我国将加快建设现代化水网。基本建成南水北调中线引江补汉工程,"
    "推进一批跨流域跨区域重大引调排水工程规划建设。\n\n"
    "与此同时,打通水网“最后一公里”,推进灌区现代化建设与改造,新增耕地灌溉面积4000万亩,并推进农村供水标准化建设和管护"
    "模式全面落地,将农村自来水普及率提升至98%,规模化供水工程覆盖农村人口比例达到78%。\n"
)


def test_a_paragraph_opening_at_the_same_time_goes_on_in_the_period_before() -> None:
    # SAME_TIME_PARAGRAPH with PERIOD_ADVERBIAL: none of the three was read.
    found = _indicators(WATER_NEWS, "“十五五”期间我国将加快建设现代化水网")
    assert ("农村自来水普及率", "98%", 2030) in found
    assert ("规模化供水工程覆盖农村人口比例", "78%", 2030) in found
