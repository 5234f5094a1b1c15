"""What is not a name: classes and kinds named by generic words (一批, 省级, 高水平, 工业设计…),
statuses sought (争创, 申建), roles of a region, bases and hubs named only by what they produce,
numbered slogans, a body's own platform, legal forms, committees every body has.

Each case is a clause from a dev or scored held-out excerpt that showed the general cause (the
rounds are told in tests/realworld/README.md); guards ("also…") pin what a rule must leave alone."""

from __future__ import annotations

import pytest

from plankg.loaders.extract import entities as ent
from plankg.loaders.extract.names import is_generic
from tests.extracting import all_names, document, framed, framed_kinds


@pytest.mark.parametrize(
    "text",
    [
        # a sub-national tier makes a class (SUBNATIONAL_TIER), after verbs of managing (ANCHOR_WORDS)
        "整合规范省级创新平台",
        "培育认定省级工业设计中心20个以上，加快推进国家级省级质检中心和计量中心建设",
        # designations given to many (PLATFORM_GENERIC_WORDS 工业设计, 验证)
        "打造工业设计集聚区",
        "一体布局认证中心、中试验证基地",
        # a sought status governs the whole enumeration (STATUS_SOUGHT_LIST)
        "争创国家服务贸易创新发展示范区、数字贸易示范区。",
        # a numbered set of platforms (NUMBERED_CONCEPT)
        "扎实推进“两平台一中心”建设",
        # kinds of institution: an association set up by kind, a kind of bank, of school, of college
        "鼓励贫困地区组建休闲农业和乡村旅游协会、产业及区域品牌联盟等组织",
        "推动农商行、村镇银行改革重组",
        "高质量办好老年大学。",
        "推动院校企共建卓越工程师学院、现代产业学院、未来技术学院",
        # 破局 breaks a deadlock (NOT_A_BODY)
        "坚持以改革破局、以开放突围",
        # also: a bare 谷 is no valley
        "推动削峰填谷，降低低谷电价",
    ],
)
def test_classes_are_not_names(text: str) -> None:
    assert all_names(text) == []


def test_a_government_named_by_level_alone_is_a_class() -> None:
    """is_generic: "各省级人民政府负责" and a bare 人民政府 say not whose government (nat-povcons-2018)."""
    assert ent.is_generic("省级人民政府", "institution")
    assert ent.is_generic("人民政府", "institution")
    assert not ent.is_generic("上海市人民政府", "institution")  # also: a place says whose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numbered slogans and classes named by generic words
        ("北京市西城区推进“三纵两横一平台”紧密型医联体建设", []),
        ("山西省长治市城区积极搭建“双创”平台", []),
        ("改善演出排练条件，搭建展演展示平台", []),
        ("统筹建设监管工作平台", []),
        ("生态环境监测网络建设", []),
        ("（三）推进贸易便利化，打造物流分拨中心。", []),
        ("在职业教育实训基地建设等重大项目中予以倾斜支持", []),
        ("允许绿色公司发行债券", []),
        ("支持共建校地产业研究院", []),
        # also: regulatory science names a base
        ("建设监管科学创新研究基地", [("监管科学创新研究基地", "platform")]),
    ],
)
def test_numbered_slogans_and_generic_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # kinds of stage, zone and sector are generic words (PLATFORM_GENERIC_WORDS)
        "更多布局建设概念验证和中试平台，培育引进更多新型研发机构",  # gd; 更多 also (QUANTIFIER)
        "依托企业布局建设产学研协同创新中心",  # hb
        "完善文创园区建设、文化科技融合等支持政策",  # sh
        "推进绿电产业园区建设",  # sx (产业园区 is one ending)
        # a field before a bare 产业园区 is a kind (PLAIN_HEAD_ENDINGS, round 7: sd, jn)
        "培育和支持软件产业园区发展",
        "支持各具特色的人工智能产业园区建设。",
        "梯次布局未来产业孵化基地、科技园和先导区",  # ah
        "支持创新型产业集群示范区更好承接三城研发成果",  # bj
        "高质量建设爱国主义教育基地",  # bj
        "探索打造“高新产业主导、产学研协同”的现代产业生态园区",  # hb
        "打造更多原材料、零部件交易集散平台",  # gd (QUANTIFIER 更多)
        # a rank aimed at without 的 is a role (ROLE_NAME)
        "加快打造世界领先科技园区",  # bj
        "产融结合建设全产业链体系，打造全球高端智能家居研发制造基地；",  # heldout6 (qd-aizone-2020)
        # a status applied or competed for (STATUS_SOUGHT)
        "支持鄂州申建空港综保区，支持荆州申建保税物流中心",  # hb
        "支持襄阳争创国家农业高新技术产业示范区",  # hb
        # counts with 间 (COUNTED)
        "一张办公桌、一间办公室、一层办公楼",  # gd
        # associations named by kind alone are a class (INSTITUTION_GENERIC_WORDS)
        "深入整治金融、国企、能源、教育、学会协会、开发区和招标投标等领域腐败",  # sn-gov-report-2026
        # verbs the anchors lacked (ANCHOR_WORDS: 下放至, 从事, 允许)
        "将外商投资设立建筑业资质许可的省级及以下审批权限下放至自贸试验区",  # nat-ftz
        "允许劳务派遣员工从事企业研发中心研发岗位临时性工作",  # nat-ftz
        # 枢纽 after one common word is a kind of hub (PLAIN_HEAD_ENDINGS)
        "拓展航空枢纽国际航线",  # bj
        # a kind of firm by who owns it (OWNER_QUALIFIER)
        "在平等互利的基础上允许外国航空公司承载经郑州至第三国的客货业务",  # nat-ftz
        "支持符合条件的地方法人银行开展业务",  # nat-ftz
        # 部门 is a kind of department, not a ministry
        "推动科技部门、高校院所、产业部门共同凝练科技项目",  # sx
        # classes of hospitals and medical centres (医疗, 三级: generic words)
        "推动三级医院和区域医疗中心建设，加快建设国家区域医疗中心",
        # one plain word before 中心 without a region word stays a kind (REGION_WORDS guard)
        "支持建设数据流通服务中心",
    ],
)
def test_classes_and_statuses_are_not_names(text: str) -> None:
    assert framed_kinds(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 宅基地 is a homestead plot, not a base (NOT_A_PLATFORM, nat-rural-2018)
        ("探索宅基地所有权、资格权、使用权“三权分置”，适度放活宅基地和农民房屋使用权", []),
        # 部委 is ministries in general; 三甲 is a grade of hospitals (nx-gov-report-2026)
        ("积极争取国家部委支持，推动市级三甲医院建设", []),
    ],
)
def test_words_that_only_look_like_endings(text: str, expected: list[tuple[str, str]]) -> None:
    found = ent.apply_frames(text, ent.find_mentions(text))
    assert [(m.name, m.category) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SUBNATIONAL_TIER for institutions too: a tier is a class
        ("由省级粮食应急工作指挥部报同级人民政府批准", []),
        # legal forms alone are classes (INSTITUTION_GENERIC_WORDS)
        ("依法登记为有限责任公司或股份有限公司，", []),
        ("国有独资及国有控股公司的负责人收入分配", []),
        # a committee every body has (PLAIN_COMMITTEE), also where a place names one
        ("须设立编辑委员会或艺术委员会等专门委员会", []),
        ("上海市科学技术委员会", [("上海市科学技术委员会", "institution")]),
        ("北京市规划和自然资源委员会", [("北京市规划和自然资源委员会", "institution")]),
        # a class coordinated with 及 (is_generic)
        ("涉及内容导向管理的重大事项及公司运营与发展的重大决策", []),
        # task words alone (应急, 工作) name no body
        ("结合本地实际情况成立相应的应急工作指挥部", []),
        # PLAIN_HEAD_ENDINGS: a park named by one common word is a kind
        ("支持建设现代农业产业园", []),
        ("推进哔哩哔哩新世代产业园建设", [("哔哩哔哩新世代产业园", "platform")]),
    ],
)
def test_tiers_legal_forms_and_plain_heads(text: str, expected: list[tuple[str, str]]) -> None:
    assert framed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # verbs of coordinating, following up, reviewing, applying for, linking up; 新一轮
        "市发展改革委统筹零碳园区建设与本市新能源规划布局。",
        "定期跟进零碳园区建设情况。",
        "支持其申请国家级零碳园区验收。",
        "紧密对接全球先进制造业基地建设需要。",
        # FRAMEWORK_ITEM: a system before 和 is an item of its own; what follows is a class here
        "支持重点企业参与碳排放计量标准体系和零碳园区建设。",
        # CLASS_OPENING, 有条件的, PLACES_SHARING_MIN, PLACES_SUBJECT_VERB, QUOTED_STATUS_PARK
        "加快培育高水平工业设计中心。",
        "支持有条件的地方创建国家级数据标注试点基地、数字服务出口基地等。",
        "建好济南、青岛、枣庄算力枢纽。",
        "支持铁岭、朝阳打造现代农业及农产品精深加工基地。",
        "扎实推进“五好”园区建设。",
        "推进“无废园区”“无废企业”建设。",
        # STATION_ENDINGS: stations named by what they measure or how are kinds of station
        "进一步完善固定监测站与移动监测站相配合的监测网络。",
        "在主要河流源头建设地表水自动监测站。",
        "建立国家级环境监测站的运行维护机构。",
    ],
)
def test_classes_and_statuses_are_no_platforms(text: str) -> None:
    assert [n for n, c in framed(text) if c == "platform"] == []


def test_a_station_named_by_its_place_stays() -> None:
    # also (STATION_ENDINGS): the place or a proper word names one station
    assert "长江口水文水质监测站" in {n for n, c in framed("建设长江口水文水质监测站。") if c == "platform"}


def test_class_opening_and_quoted_status_are_generic() -> None:
    assert is_generic("高水平工业设计中心", "platform")
    assert is_generic("高质量医学影像数据库", "platform")  # a quality asked for (CLASS_OPENING)
    assert is_generic("高标准数字园区", "platform")
    assert is_generic("“五好”园区", "platform")
    # also: a quoted brand of a platform is no status
    assert not is_generic("“浙里办”平台", "platform")


@pytest.mark.parametrize(
    "name",
    [
        # CLASS_BASE_ENDINGS: a base or hub named only by what it produces, stores or moves
        "大型煤炭基地",
        "造船基地",
        "高端食品生产基地",
        "全省重要汽车生产基地",
        "精深加工基地",
        "优质农牧产品重要供给基地",
        "物流集散枢纽",
        "大宗商品资源配置枢纽",
        "站产城综合枢纽节点",
        # … and theme zones
        "低空经济发展集聚区",
        "人工智能核心产业集聚区",
        # NOT_A_PLATFORM: a dam is a water project
        "白濑水利枢纽",
    ],
)
def test_classes_of_bases_and_hubs(name: str) -> None:
    assert is_generic(name, "platform")


@pytest.mark.parametrize(
    "name",
    [
        # a place, an organisation, a brand, Latin letters name one
        "宁东能源化工基地",
        "北部湾战略矿产资源储备基地",
        "CEPA先行先试示范基地",
        "科大讯飞人工智能基地",
        "赤峰商贸服务型国家物流枢纽",
        # a research, testing or service function names one
        "智能网联汽车测试基地",
        "金砖创新基地",
        "现代煤化工中试基地",
        "通导遥一体化时空信息服务枢纽",
        "马池口国重基地",
        "大型大马力高端智能农机装备研发制造推广应用先导区",
        "全国一体化算力网络国家枢纽节点",
    ],
)
def test_named_bases_and_hubs_stay(name: str) -> None:
    assert not is_generic(name, "platform")


def test_roles_of_a_region_are_not_platforms_in_a_document() -> None:
    platforms, _ = document(
        "深度打造高效养殖、精深加工基地，建设实证基地。推进白濑水利枢纽建设。建设宁东能源化工基地。"
    )
    assert platforms == {"宁东能源化工基地"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TIER_AFTER_ZONE: a tier after a zone opens a status the zone holds
        ("推进石河子经济技术开发区国家级零碳园区建设", {"石河子经济技术开发区"}),
        # also: with no zone ending before the tier the whole is one name
        ("建成南川国家级零碳园区", {"南川国家级零碳园区"}),
        # roles of a region (ROLE_CENTRE_WORDS) and urban sub-centres are no platforms
        ("支持澳门建设世界旅游休闲中心", set()),
        ("在电力负荷中心建设必要的热电联产项目", set()),
        ("打造功能更加集聚的活力副中心", set()),
    ],
)
def test_statuses_roles_and_sub_centres(text: str, expected: set[str]) -> None:
    platforms, _ = document(text + "。")
    assert platforms == expected


def test_a_body_s_own_platform_is_a_class() -> None:
    # CLASS_OPENING 本部门, 本单位 …: every department builds its own.
    platforms, _ = document("政务部门应当建立本部门政务数据资源池，及时归集本部门的政务数据。")
    assert platforms == set()


@pytest.mark.parametrize(
    "text",
    [
        # a count with 左右 before the name (COUNTED_CLASS, heldout6: 青岛, 山东)
        "建设20个左右人工智能创新平台,形成50个左右人工智能深度应用场景",
        "支持发展10家左右行业（产品）垂直电商平台、20家左右电商综合服务平台。",
        # a grant list of whichever are newly approved (QUANTIFIER 新获批, heldout6: 济南)
        "对新获批国家重点实验室、技术创新中心、临床医学研究中心、新一代人工智能开放创新平台等国家科技创新平台（基地）的企业，给予扶持",
        # a platform of a kind (NOT_A_PLATFORM 类平台, heldout6: 中山)
        "政务部门原则上不得重复建设跨层级使用的政务数据共享类平台系统。",
    ],
)
def test_counted_approved_and_kinds_of_platforms_are_classes(text: str) -> None:
    assert [n for n in all_names(text) if n[1] == "platform"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 维护, 扩充 take a platform as object (ANCHOR_WORDS, heldout6)
        ("（一）规划、建设、管理、运行和维护中山市政务大数据中心；", [("中山市政务大数据中心", "platform")]),
        # also: 获批建设 still names the platform approved
        ("上海获批建设国家集成电路创新中心", [("国家集成电路创新中心", "platform")]),
    ],
)
def test_maintaining_and_approval_open_no_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # courts named by tier or reach are classes (COURT_CLASS_HEAD, heldout6: a court system's plan)
        "为全国法院提供智能语音服务",
        "联通上级法院和辖区法院",
        "高级人民法院及有条件的中级人民法院",
        "指导基层人民法院开展工作",
        "建设中国特色现代化智慧法院",
        # a verb before a bare 法院 is the clause (_verb_head now for government bodies too)
        "严防法院专网主机违规外联",
        "确保法院数据安全",
    ],
)
def test_tiers_of_courts_are_classes(text: str) -> None:
    assert [n for n in all_names(text) if n[1] == "institution"] == []


def test_named_courts_stay() -> None:
    assert all_names("（最高人民法院、最高人民检察院、公安部负责）") == [
        ("公安部", "institution"),
        ("最高人民检察院", "institution"),
        ("最高人民法院", "institution"),
    ]
    assert all_names("建议左权县人民法院依法审理") == [("左权县人民法院", "institution")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare 公司 or 银行 is the object of the verb before it (VERB_OBJECT_FIRM_ENDINGS, round 7)
        ("积极引导和支持企业上市融资、发行公司债券", []),
        ("对入库重点项目发生的银行贷款，参照银行１年期贷款基准利率给予贴息", []),
        # 经 before a body's department that recommends ("经" in _GUARDED_ANCHORS)
        ("经市政府主管部门推荐，对十大产业领域新建研发机构给予补助", []),
        # 设置, 具有, 随 open no name (ANCHOR_WORDS)
        (
            "服务资源产品清单将随华为软件技术有限公司公开目录的更新而优化调整。",
            [("华为软件技术有限公司", "institution")],
        ),
        # an institute named by one field is a kind (PLAIN_INSTITUTE_ENDINGS)
        ("支持高校在我市落地设置人工智能研究院等新型研发机构", []),
        # titles firms hold are not firms (TITLE_QUALIFIER)
        ("服务券优先向具有济南市领军领先企业、瞪羚、独角兽、小巨人、专精特新等荣誉资格的企业倾斜", []),
        # also: a brand jieba reads whole, a place, and a place before the institute still name one
        ("随着联想公司发展", [("联想公司", "institution")]),
        ("支持上海人工智能研究院建设", [("上海人工智能研究院", "institution")]),
        ("支持随州市人民政府开展试点", [("随州市人民政府", "institution")]),
    ],
)
def test_verbs_objects_and_titles_before_an_institution_ending(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank aimed at internationally is a role (ROLE: 国际领先的)
        ("打造国际领先的轨道交通装备研发制造和集成服务基地。", []),
        # bounds and "each" open no name (ANCHOR_WORDS 不超过, 每个; QUANTIFIER)
        ("对跨行业跨领域工业互联网平台，按不超过平台建设总投入的３０％予以资助", []),
        ("对建成开通的每家电信运营企业每年每个园区给予20万元的奖补资金", []),
        # an information system before a conjunction is an item of its own (FRAMEWORK_ITEM)
        ("推动部门主要业务系统与统一业务协同平台的对接", [("统一业务协同平台", "platform")]),
        # also: a laboratory named for systems and technology stays whole
        (
            "加快建设大规模个性化定制系统与技术全国重点实验室",
            [("大规模个性化定制系统与技术全国重点实验室", "platform")],
        ),
    ],
)
def test_roles_bounds_and_systems_before_a_platform(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # levels listed before a name make a tier, one per level (LEVEL_LIST_BEFORE, round 7)
        ("建立健全国家、省、市旅游应急指挥平台，提升旅游应急服务水平。", []),
        # a database named by its tier in a data centre is a kind (TIER_DATABASE, heldout6)
        ("对数据进行整合，形成集中统一建设和管理的基础数据库和主题数据库。", []),
        # also: its content names one
        ("加快建设森林资源数据库。", [("森林资源数据库", "platform")]),
    ],
)
def test_tiers_of_platforms_by_level_and_by_role(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an association's ending ends a word (_may_end): 促进/会展业 (round 7)
        ("按照《济南市促进会展业发展若干措施》规定执行", []),
        # an association named by another kind alone is a kind (ASSOCIATION_ENDINGS)
        ("整合高校、科研院所、联盟协会等资源，建设创新中心", []),
        # also: associations with a place or 中国 stay names
        ("支持上海市软件行业协会发展", [("上海市软件行业协会", "institution")]),
        ("发挥中国汽车工业协会作用", [("中国汽车工业协会", "institution")]),
    ],
)
def test_associations_end_a_word_and_are_not_named_by_a_kind(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company named by its industry alone is a kind (PLAIN_FIRM_ENDINGS, round 7)
        ("鼓励旅游企业、航空公司、相关企业的数据实现实时共享", []),
        # also: a level or a brand names one
        ("市电力公司负责接网工程建设", [("市电力公司", "institution")]),
        ("支持华为公司建设创新中心", [("华为公司", "institution")]),
    ],
)
def test_a_company_named_by_its_industry_is_a_kind(text: str, expected: list[tuple[str, str]]) -> None:
    assert all_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a body's short name before 发〔year〕 is a document code (DOCUMENT_CODE_AFTER)
        "《数字技术工程师培育项目实施办法》(人社厅发(2021〕71号)，为推动数字技术工程师培育项目实施",
        # a 营业厅 is a firm's service hall (NOT_A_BODY)
        "老年人进入三大电信运营商的所有线下营业厅，都可享用“爱心通道”",
    ],
)
def test_codes_and_halls_are_not_bodies(text: str) -> None:
    assert all_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # tiers of platforms and a clause repeating its head are not names (NOT_A_PLATFORM)
        "建立集团—矿—前端两级平台，实现井下人的不安全行为智能分析",
        "接入国家智慧教育门户的平台应统一平台要素，以资源服务为主要内容",
    ],
)
def test_tiers_and_clauses_are_not_platforms(text: str) -> None:
    assert document(text)[0] == set()


def test_seal_note_is_not_part_of_a_name() -> None:
    # a seal note on a form is no qualifier (SEAL_NOTE, NOT_A_QUALIFIER)
    text = "教育部网络安全和信息化领导小组办公室（盖章）\n\n年  月  日\n"
    assert all_names(text) == [("教育部网络安全和信息化领导小组办公室", "institution")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a department after a platform's name is the division building it (DEPARTMENT_AFTER)
        ("市大数据局公共数据平台建设处负责人表示，将加快推进", set()),
        # a programme cultivating a tier of platforms (PROGRAMME_AFTER)
        ("全面实施“百千万”工业互联网平台培育工程，打造一批标杆", set()),
        # alternatives make a kind (ALTERNATIVE_IN_NAME)
        ("支持跨国企业设立总部或者区域结算中心", set()),
        # 线上线下 launches nothing (LAUNCH_GUARDED); a real launch still frames
        ("实现政务服务线上线下融合服务中心全覆盖", set()),
        ("年内建成并上线运行工程建设审批管理平台", {"工程建设审批管理平台"}),
    ],
)
def test_departments_programmes_and_alternatives_are_not_platforms(text: str, expected: set[str]) -> None:
    assert document(text)[0] == expected


def test_a_department_after_a_platform_is_the_bodys_division() -> None:
    """DEPARTMENT_AFTER: the division of the body named in front is an institution."""
    text = "”市大数据局公共数据平台建设处负责人表示，将加快推进。"
    assert document(text) == (set(), {"市大数据局公共数据平台建设处"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二、重点任务\n（三）强化健康医疗大数据平台建设\n1.推动数据共享。\n", set()),
        ("三、提升治理能力\n7、建设养老数字化平台\n发展互联网+养老，加快建设养老服务设施。\n", set()),
        ("一、重点任务\n（四）支持跨学科前沿交叉研究平台建设。支持研究型大学开展研究。\n", set()),
        # also: a national opening, a quote or a place marks a name of its own; the body names one
        ("二、重点任务\n（三）加快建设国家康复医学数据中心\n", {"国家康复医学数据中心"}),
        ("二、重点任务\n（三）推进“杭康通”平台建设\n", {"“杭康通”平台"}),
        ("二、重点任务\n（三）建设智慧养老服务平台\n年内建成全市统一的智慧养老服务平台。\n", {"智慧养老服务平台"}),
    ],
)
def test_a_heading_names_its_topic_not_a_platform(text: str, expected: set[str]) -> None:
    """HEADING_TOPIC: "7、建设…平台" names what the section is about, a kind."""
    assert document(text)[0] == expected


def test_a_count_after_a_built_name_makes_a_class() -> None:
    """COUNTED_NAME, COUNTED_AFTER_VERB: "建设…基地20个" counts the kind it builds."""
    assert document("省林业局计划在全省建设国家森林康养示范基地20个，已启动项目5个。")[0] == set()


@pytest.mark.parametrize(
    "text",
    [
        # an event's title (EVENT_AFTER)
        "举办长三角生态绿色一体化发展示范区建设成果发布会。",
        # a definition of a kind (DEFINITION_BEFORE)
        "WMS（仓储管理系统）：指基于仓储作业流程的库存管理平台，能实现库位管理。",
        # functions a place brings together (INTEGRATED_AFTER)
        "持续推动商务区建设，打造集高端商务办公及企业研发基地于一体的集聚区。",
        # whichever are recognised make a class of grantees (RECOGNISED_BEFORE)
        "对2024年后认定的国家技术标准创新基地，给予一次性奖励。",
        "对新命名的国家文化产业示范基地，给予奖励。",
    ],
)
def test_events_definitions_and_integrated_functions_name_no_platform(text: str) -> None:
    assert document(text)[0] == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # partners co-building a thing named by its function build one each (COBUILT_BEFORE)
        ("鼓励沿江各市共建生态旅游示范区、文化交流合作区。", set()),
        # also: a place marks the one they build
        ("部省共建湖北长江航运交易中心，力争交易额翻番。", {"湖北长江航运交易中心"}),
    ],
)
def test_a_kind_co_built_by_partners_is_no_name(text: str, expected: set[str]) -> None:
    assert document(text)[0] == expected


def test_this_levels_and_in_province_platforms_are_classes() -> None:
    """CLASS_OPENING: 本级 asks each level for its own, 省内/市内 gathers the many within."""
    assert is_generic("本级政务数据共享平台", "platform")
    assert is_generic("省内物流公共信息服务平台", "platform")
    assert not is_generic("省物流公共信息服务平台", "platform")  # also: the province's own stays


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a system of platforms (SYSTEM_OF_ONE without a place, PLACED_WORD_MIN: 云 is no 云南)
        ("统筹整合现有资源，构建全省一体化政务云平台体系，实现统筹管理。", set()),
        # also: the system of one placed platform names it
        ("完善国家技术转移郑州中心体系，争创国家科技成果转移转化示范区。", {"国家技术转移郑州中心"}),
    ],
)
def test_a_system_of_unplaced_platforms_is_no_name(text: str, expected: set[str]) -> None:
    assert document(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # GENERIC_BUILDER: a kind of actor builds one each (in the platform's clause or an open clause before)
        "鼓励龙头企业建设工业大数据分析平台。",
        "支持制造企业联合高校，搭建质量检测服务平台、工艺仿真平台。",
        "各中级人民法院建设完善审判管理平台。",
        "各市生态环境部门可根据需要，建立完善辐射监测数据库。",
    ],
)
def test_platforms_a_kind_of_actor_builds_are_kinds(text: str) -> None:
    assert [n for n, c in framed(text) if c == "platform"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # also: a name of its own stays (a place), the actor's own clause closed by its verb, a platform used
        ("支持企业建设安徽省智能装备创新中心。", "安徽省智能装备创新中心"),
        ("支持本地高校“双一流”建设，推动滨江大学城发展。", "滨江大学城"),
        ("推动各部门业务系统向政务云平台迁移。", "政务云平台"),
        ("通过各地农业部门的交换中心，建立农业资源监管平台。", "农业资源监管平台"),
    ],
)
def test_generic_builder_leaves_named_and_used_platforms(text: str, expected: str) -> None:
    assert expected in {n for n, c in framed(text) if c == "platform"}


@pytest.mark.parametrize(
    "text",
    [
        # CITED_TITLE_SUBJECT_AFTER: inside a cited title, a base or park before a project or a plant
        "按照《关于鄂尔多斯煤化工基地项目环境影响报告书的批复》要求，落实整改。",
        "按照《关于宁东工业园区工业污水处理厂提标改造的承诺书》目标，加快推进。",
    ],
)
def test_bases_in_cited_titles_before_a_project_are_not_platforms(text: str) -> None:
    assert [n for n, c in framed(text) if c == "platform"] == []


def test_a_base_named_in_a_title_without_a_project_stays() -> None:
    # also: the zone a cited plan builds ("《…试验区建设方案》") is the zone
    text = "为落实《南湖国家人工智能创新发展试验区建设方案》任务部署，制定本政策。"
    assert "南湖国家人工智能创新发展试验区" in {n for n, c in framed(text) if c == "platform"}


@pytest.mark.parametrize(
    "text",
    [
        # EXAMPLE_ASIDE: examples in a "（如…等）" aside illustrate a kind of actor
        "支持有资质的检测单位（如国家质量检验检测中心等）开展比对试验。",
        # 某类 (QUANTIFIER): a kind of support each applicant builds
        "申报单位应当建设某类装备的长江装备测试验证中心。",
    ],
)
def test_examples_and_kinds_of_support_are_no_platforms(text: str) -> None:
    assert [n for n, c in framed(text) if c == "platform"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SHARED_MODIFIER_MAX: short modifiers listed before one head share it; the last item is no name
        ("构建场内作业车辆、作业船舶、运输车辆协同调度平台。", []),
        ("支持开源社区、开放计算服务平台建设。", []),
        # also: places, proper words and marks of a name of its own keep the name
        ("推动丽泽金融商务区、中关村科学城建设。", ["丽泽金融商务区", "中关村科学城"]),
        ("建设大青山、鄂尔多斯实验室。", ["鄂尔多斯实验室"]),
        ("支持海洋科考、“共享航次”服务平台建设。", ["“共享航次”服务平台"]),
    ],
)
def test_shared_modifiers_make_no_name(text: str, expected: list[str]) -> None:
    assert [n for n, c in framed(text) if c == "platform"] == expected


@pytest.mark.parametrize(
    ("text", "kind_of_college"),
    [
        # a college named by a field of the vocabulary is a kind (GENERIC_RULES "college by its field")
        ("推动人工智能领域一级学科建设，尽快在试点院校建立人工智能学院，增加相关学科方向。", "人工智能学院"),
        ("推动上海高校与国际知名大学共建智能制造特色学院、联合实验室。", "智能制造特色学院"),
        ("“双一流”建设高校、国家示范性人工智能学院的毕业生，给予补贴。", "国家示范性人工智能学院"),
    ],
)
def test_a_college_named_by_a_field_is_a_kind(text: str, kind_of_college: str) -> None:
    _, institutions = document(text)
    assert kind_of_college not in institutions


def test_a_college_with_a_place_or_a_name_of_its_own_is_one() -> None:
    # also: a place before the field, a name jieba reads as a plain word, a field not in the vocabulary
    _, institutions = document("支持广西人工智能学院、同济大学和国家冰雪运动学院建设。")
    assert {"广西人工智能学院", "同济大学", "国家冰雪运动学院"} <= institutions


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # NOT_A_PLATFORM: a great bay area, or a compass part's, is a region (rounds 1, 5 and 4)
        ("4、推进数字大湾区建设　　建设一批重大项目。", "数字大湾区"),
        ("系统谋划交汇区域，建设上海南部大湾区生态公园。", "上海南部大湾区"),
        ("推进西南及北部湾区综合科考。", "西南及北部湾区"),
    ],
)
def test_a_great_bay_area_is_a_region_not_a_platform(text: str, region: str) -> None:
    platforms, _ = document(text)
    assert not any(name.endswith(region) for name in platforms)


def test_a_bay_area_a_city_builds_is_a_platform() -> None:
    # also: 湾区 after a field, not after 大 or a compass part, names one park
    platforms, _ = document("高质量建设重庆人工智能湾区，建好创新孵化生态社区。")
    assert "重庆人工智能湾区" in platforms


def test_a_grant_heading_under_a_platform_heading_names_no_platform() -> None:
    # GRANT_TITLE (heldout12, gz-internbase-2019): "（二）就业见习示范基地" / "3.就业见习示范基地补贴。"
    assert ent.list_item_platform("就业见习示范基地补贴") is None
    assert ent.list_item_platform("示范基地建设奖励") is None
    # also: a sub-heading naming a platform without a regular ending is still one
    item = ent.list_item_platform("上海生物样本库")
    assert item is not None and item.name == "上海生物样本库"


def test_the_city_main_centre_is_an_area_not_a_platform() -> None:
    # NOT_A_PLATFORM (heldout12, sh-qcitypoints-2026), as 副中心
    platforms, _ = document("分场景、分区域构建三维空间数据，建成城市主中心和城市副中心等地区的精细化空间米料。")
    assert "城市主中心" not in platforms


@pytest.mark.parametrize(
    ("text", "kind_of_body"),
    [
        # CLASS_OPENING: "all …" and a tier with its alternative in brackets (heldout12)
        ("到2025年，全部社区卫生服务中心和镇卫生院均应提供长期处方服务。", "全部社区卫生服务中心"),
        ("充分发挥村（社区）公共卫生委员会的作用，依托社区综合服务设施。", "村（社区）公共卫生委员会"),
        # … and a scope or an owner's level (heldout13, heldout6)
        ("依托省级药品招标采购机构，推进建设区域性、全国性药品联盟采购机制。", "全国性药品联盟"),
        ("推进询价评估系统与全国性评估行业协会系统对接。", "全国性评估行业协会"),
        ("推动市属国有大型商业集团支持临港地区商业超前配套并入驻。", "市属国有大型商业集团"),
        # KIND_MARKED_HEAD: a body "of the X kind" (heldout12)
        ("以具有工业旅游开发价值的工业遗产、工业类博物馆、工业企业等为依托。", "工业类博物馆"),
    ],
)
def test_all_bodies_a_tier_in_brackets_and_a_marked_kind_are_classes(text: str, kind_of_body: str) -> None:
    _, institutions = document(text)
    assert not any(name.endswith(kind_of_body) for name in institutions)


def test_a_named_body_after_all_of_a_list_stays() -> None:
    # also: a body named whole beside such classes, and 人类 is no kind mark
    _, institutions = document("支持复旦大学附属华山医院和中国人类遗传资源研究院建设。")
    assert {"复旦大学附属华山医院", "中国人类遗传资源研究院"} <= institutions
