"""Round 28's one-line documents (fix28one, session 26): a three-ministry plan whose seven basins repeat the same
four points, each opening with its basin's name, and a ministry's notice issuing two documents whose entries are laid
out in run-in labels ending in a full stop. Each excerpt is quoted from round 28's texts (tests/realworld/texts,
development data since its score at 10:54), shortened to the first sentence under each heading or label; each test
fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.structure.segment import _inline_issued_documents, headings_inline


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


# nat-aquatic-biodiversity-2018 (one data-set cell): 五、's seven basins, point 1. of each
AQUATIC_BASINS = (
    "（一）长江流域1.长江流域水生生物多样性及其保护现状据不完全统计，长江流域有淡水鲸类2种，鱼类424种，浮游植物1200"
    "余种（属），浮游动物753种（属），底栖动物1008种（属），水生高等植物1000余种。4.长江流域水生生物多样性保护任"
    "务开展长江流域水生生物多样性调查与观测网络建设，定期发布长江水生生物多样性观测公报。（二）黄河流域1.黄河流域水生生物多"
    "样性及其保护现状据不完全统计，黄河流域有鱼类130种，底栖动物38种（属），水生植物40余种，浮游生物333种（属）。4"
    ".黄河流域水生生物多样性保护任务开展黄河流域水生生物多样性调查与观测网络建设，评估黄河水生生物受威胁状况。（三）珠江流域"
    "1.珠江流域水生生物多样性及其保护现状据不完全统计，珠江流域有鱼类425种，浮游藻类210种（属），浮游动物410种（属"
    "），底栖动物268种（属），水生维管束植物129种。4.珠江流域水生生物多样性保护任务开展珠江流域水生生物多样性调查与观"
    "测网络建设，定期发布珠江水生生物多样性观测公报。（四）松花江流域1.松花江流域水生生物多样性及其保护现状松花江流域已知有"
    "鱼类81种，底栖动物118种（属），水生维管束植物80种，两栖爬行动物23种。4.松花江流域水生生物多样性保护任务开展松"
    "花江流域水生生物多样性调查与观测网络建设,评估松花江水生生物受威胁状况。（五）淮河流域1.淮河流域水生生物多样性及其保护"
    "现状淮河水系已知鱼类115种，水生植物60余种，两栖爬行动物40余种，浮游动物200余种（属），浮游植物250余种（属）"
    "，底栖动物70余种（属）。4.淮河流域水生生物多样性保护任务开展淮河流域水生生物多样性调查与观测网络建设。（六）海河流域"
    "1.海河流域水生生物多样性及其保护现状据不完全统计，海河流域有鱼类100余种，底栖动物72种（属）。4.海河流域水生生物"
    "多样性保护任务开展海河流域水生生物多样性调查与观测网络建设，评估海河水生生物受威胁状况。（七）辽河流域1.辽河流域水生生"
    "物多样性及其保护现状辽河流域已知鱼类53种，常见大型水生植物16种，流域内分布有斑海豹、江豚等国家重点保护动物；鲂、鲤、"
    "鲫、乌鳢、辽河刀鲚、乔氏新银鱼、东北雅罗鱼、凤鲚、海龙、海马等重要经济鱼类，以及中国毛虾、中华绒螯蟹、文蛤等水产资源。4"
    ".辽河流域水生生物多样性保护任务开展辽河流域水生生物多样性调查与观测网络建设，评估辽河水生生物受威胁状况。"
)

# nat-eia-permit-supervision-2021 (one data-set cell): 二、重点任务's first three entries
EIA_ENTRIES = (
    "二、重点任务（一）重点领域规划环评落实情况抽查检查对象。生态环境部选取重点区域（指京津冀及周边“2+26”城市和汾渭平原"
    "等重点区域，各地可根据实际指定本行政区域的重点区域，下同）、重点流域（指长江经济带、黄河流域和环渤海地区等重点流域，各地"
    "可根据实际指定本行政区域的重点流域，下同），对由各级生态环境部门组织审查的产业园区、流域、交通、煤炭矿区等领域规划环评落"
    "实情况进行抽查。检查内容。主要包括规划环境影响报告书结论及审查意见提出的准入要求、避让敏感区等优化调整建议及环保对策措施"
    "等落实情况，并对实施中已产生重大不良环境影响的规划依法进行核查，同步倒查报告书是否存在严重失实等质量问题。（二）建设项目"
    "环境影响报告书（表）复核复核对象。生态环境部按季度对地方生态环境部门或其他环评审批部门审批的环境影响报告书（表）开展复核"
    "。复核内容。主要包括环境影响报告书（表）编制规范性检查和编制质量检查。（三）建设项目环评文件及批复要求落实情况抽查检查对"
    "象。生态环境部对重点区域、重点流域内本级和地方审批的石化、化工、煤化工、水利水电、煤炭等行业环境影响报告书（表）项目进行"
    "抽查；对重点区域、重点流域内环境影响登记表项目环评合法合规情况进行抽查。检查内容。编制环境影响报告书（表）的建设项目，已"
    "经开工在建的，重点检查生态环境保护要求和措施是否同步实施，是否存在重大变动；已经投入生产或者使用的，重点检查环评文件及批"
    "复提出的各项生态环境保护措施和污染物区域削减替代等要求落实情况，是否按要求开展自主验收。"
)

# the same cell: the covering notice, its two points, the first document's opening and the second document's title
EIA_NOTICE = (
    "关于印发《环评与排污许可监管行动计划（2021-2023年）》《生态环境部2021年度环评与排污许可监管工作方案》的通知"
    "各省、自治区、直辖市生态环境厅（局），新疆生产建设兵团生态环境局：为贯彻党的十九届四中全会精神、全国生态环境保护大会精神"
    "，落实《国务院关于加强和规范事中事后监管的指导意见》（国发〔2019〕18号）、《国务院办公厅关于印发控制污染物排放许可"
    "制实施方案的通知》（国办发〔2016〕81号）要求，我部制定了《环评与排污许可监管行动计划（2021-2023年）》和《"
    "生态环境部2021年度环评与排污许可监管工作方案》，推进审查审批与行政执法衔接，形成监管合力。现印发给你们，请结合工作实"
    "际认真落实，并就有关工作安排通知如下：一、高度重视、认真部署，进一步强化环评与排污许可监管工作。本行政区域监管行动计划（"
    "2021-2023年）和2021年度工作方案，请于2020年11月15日前报送我部。二、工作中如有重要事项及典型案例，请"
    "及时反馈我部。联系人：胡笑浒 赵鑫电话：（010）65646207，65646172传真：（010）65646186邮箱"
    "：hu.xiaohu@mee.gov.cn生态环境部办公厅2020年9月1日部内抄送：执法局、环境工程评估中心。附件1环"
    "评与排污许可监管行动计划（2021-2023年）加强环评与排污许可监管是深化生态环境领域“放管服”改革的必然要求，是打好"
    "污染防治攻坚战的重要任务。为贯彻全国深化“放管服”改革优化营商环境电视电话会议精神，落实《国务院关于加强和规范事中事后监"
    "管的指导意见》（国发〔2019〕18号）、《国务院办公厅关于印发控制污染物排放许可制实施方案的通知》（国办发〔2016〕"
    "81号）以及我部相关建设项目环境保护监督管理要求，着力解决环评与排污许可工作中存在的突出问题，充分发挥环评制度源头预防和"
    "排污许可固定污染源核心管理制度优势，制定本行动计划。"
)
EIA_FIRST_GOAL = (
    "一、工作目标通过实施本行动计划，打击和遏制环评弄虚作假、粗制滥造、不落实环评要求、无证排污、不按证排污等违法行为，切实提"
    "高规划环境影响报告书、建设项目环评报告书（表）和排污许可证等技术文件质量，推动建设（排污）单位、管理（审批、评估）单位、"
    "第三方技术单位等责任落实，提升环评与排污许可的业务监管能力，推进审查审批与行政执法衔接，增强监管合力，营造环评与排污许可"
    "自觉守法、违法必究的良好氛围。"
)
EIA_SECOND = (
    "生态环境部2021年度环评与排污许可监管工作方案一、主要任务开展产业园区规划环评落实情况抽查、建设项目环境影响报告书（表"
    "）复核、建设项目环评要求落实情况抽查、固定污染源排污许可证核发情况抽查。"
)


def test_points_repeated_under_each_part_after_its_name_end_at_the_shared_words() -> None:
    # REPEATED_SUB_TITLE_AFTER_PARENT: "1.长江流域水生生物多样性及其保护现状|据不完全统计，…" under each basin;
    # the sentences after the shared words differ (据不完全统计 / 松花江流域已知… / 淮河水系…), and the 松花江
    # title a repeated name cut short ("…及其保护|现状松花江流域…") is read on.
    basins = ["长江", "黄河", "珠江", "松花江", "淮河", "海河", "辽河"]
    numbers = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"]
    expected = []
    for number, basin in zip(numbers, basins, strict=True):
        expected += [(1, number, f"{basin}流域"), (2, "1.", f"{basin}流域水生生物多样性及其保护现状")]
    assert titles(AQUATIC_BASINS) == expected


def test_run_in_labels_ending_in_a_full_stop_are_sub_headings_and_end_the_entry_title() -> None:
    # RUN_IN_SENTENCE_LABELS: "（一）…抽查|检查对象。…。检查内容。…", "（二）…复核|复核对象。…复核内容。…"
    assert titles(EIA_FIRST_GOAL + EIA_ENTRIES) == [
        (1, "一、", "工作目标"),
        (1, "二、", "重点任务"),
        (2, "（一）", "重点领域规划环评落实情况抽查"),
        (3, "", "检查对象"),
        (3, "", "检查内容"),
        (2, "（二）", "建设项目环境影响报告书（表）复核"),
        (3, "", "复核对象"),
        (3, "", "复核内容"),
        (2, "（三）", "建设项目环评文件及批复要求落实情况抽查"),
        (3, "", "检查对象"),
        (3, "", "检查内容"),
    ]


def test_a_notice_issuing_two_documents_keeps_its_own_points_as_front_matter() -> None:
    # COVER_LETTER_POINTS for INLINE_ISSUED_DOCUMENTS: the notice's 一、高度重视… / 二、工作中如有… are no headings
    text = EIA_NOTICE + EIA_FIRST_GOAL + EIA_ENTRIES + EIA_SECOND
    found = [(h.level, h.number, h.title) for h in _inline_issued_documents(text)]
    assert found[0] == (1, "", "环评与排污许可监管行动计划（2021-2023年）")
    assert (2, "一、", "工作目标") in found
    assert found[-2:] == [(1, "", "生态环境部2021年度环评与排污许可监管工作方案"), (2, "一、", "主要任务")]
    assert not any("高度重视" in title or "工作中如有" in title for _, _, title in found)


# gz-internship-base-rules-2019 (a 广州 bureau's rules saved as a page, joined; the bold marks the reader
# drops): the first four articles, the last one and the attachment's opening
INTERNSHIP_RULES = (
    "第一章 总则第一条 为加强本市就业见习基地管理，切实做好青年在我市的就业见习工作，根据《广东省高等学"
    "校学生实习与毕业生就业见习条例》（广东省第十一届人民代表大会常务委员会公告第35号）、《广州市人民政"
    "府关于进一步促进就业的实施意见》（穗府规〔2018〕19号）和《广州市人力资源和社会保障局 广州市财"
    "政局关于印发广州市就业补助资金使用管理办法的通知》（穗人社规字〔2019〕1号）的有关规定，制定本办"
    "法。第二条 本办法所指就业见习基地是指面向社会征集，经过市人力资源社会保障局认定的就业见习单位。本办"
    "法所指就业见习人员是指离校未就业（毕业2年内）高校毕业生和16-24岁失业青年。第三条 市人力资源社"
    "会保障局是本市就业见习基地管理工作行政主管部门，负责本办法组织实施。市高校毕业生公共就业服务机构是本"
    "市就业见习基地日常管理机构，负责就业见习基地申请材料受理和评估。市财政局按照职责，协同实施本办法。第"
    "四条 在本市行政区域范围内依法注册成立的各类企事业单位及其他组织有权申请就业见习基地认定。第二章 见"
    "习基地的申请条件和程序第二十三条 本办法自印发之日起施行，有效期5年。《广州市人力资源和社会保障局 "
    "广州市财政局关于印发〈广州市高校毕业生就业见习基地管理办法〉的通知》（穗人社发〔2015〕27号）同"
    "时废止。附件：广州市就业见习基地申请程序附件广州市就业见习基地申请程序一、经办机构（一）初核机构：广"
    "州市高校毕业生就业指导中心（以下简称市高指中心）；（二）复核机构：中国南方人才市场管理委员会办公室（"
    "以下简称南方人才市场管委办）。二、申请程序"
)


def test_an_appended_attachment_is_read_as_a_text_of_its_own_after_articled_rules() -> None:
    # APPENDED_LISTED_ATTACHMENT read from its title's end as a text of its own: the rules' 第一条… no longer make
    # the attachment's 一、经办机构 / 二、申请程序 clauses of an article (ARTICLED_RULE_CLAUSES)
    assert titles(INTERNSHIP_RULES) == [
        (1, "第一章", "总则"),
        (1, "第二章", "见习基地的申请条件和程序"),
        (1, "附件", "广州市就业见习基地申请程序"),
        (2, "一、", "经办机构"),
        (2, "二、", "申请程序"),
    ]
