"""Rules that correct institution names after the mentions of a document are found (session 13,
issue #13). Each rule is named once, with the reason and an example; the code that applies them is
:func:`plankg.loaders.extract.institutions.refine_institutions`. Kept apart from
:mod:`plankg.loaders.rules.names` (the finders' rules) so that the two are edited independently."""

from __future__ import annotations

import re

# A firm or body named by the role it plays for someone else is any firm in that role, a class:
# "国家水站由第三方运维公司负责运行维护", "委托第三方检测机构" (whoever is the third party). So is a body
# named by its rank to another or by a reference back (round 11): "上级医院要为基层预留号源" (any
# higher-level hospital), "上述钢铁集团报名表请传真" (the groups listed before, each).
# … and a body named by whose it is ("申请人所在公司营业执照复印件", "户籍所在单位": whichever firm the
# applicant works for; round 12, after the score).
ROLE_CLASS_WORDS = re.compile(r"第三方|上级|下级|上述|所在")

# A body named after a list of places closed by 等地 (or after 各地) is each place's body of that
# kind, a class: "上海、江苏等地生态环境厅依托信息化系统平台…" names no one 生态环境厅.
EACH_PLACE_BEFORE = re.compile(r"(?:等地|等省市|等省份|等城市|等地区|各地|各省市?|各地市)$")
# … and so is a body named after a tier of government ("由区级残联组织负责", "同级财政部门"): each
# district's federation, a class (round 12, after the score; the finders read the short name alone).
TIER_BEFORE = re.compile(r"(?:省|市|区|县|乡|镇|街道|同|本)级$")
# A list closed by 等事业 lists lines of work a review reports on, not bodies (round 28, 杭州's 2026 review: "工会、
# 老龄、妇女儿童、青少年、残疾人、慈善、红十字会、爱国卫生等事业取得新进展"; round 35, 河南's: "工会、共青团、妇女儿童、
# 科协、残疾人、红十字、慈善等事业健康发展"; neither gold names a body there). Not 事业单位 ("高校、科研机构等
# 事业单位").
LINES_OF_WORK_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{1,8})*等事业(?!单位)")

# A department of a bureau or ministry is named by its duty, often a verb ("数字平台建设处",
# "核电安全监管司", "规划管理处") or numbered ("行政审批服务三处"); written right after the body, the
# department is the unit the sentence names: "青岛市行政审批服务局数字平台建设处负责人介绍道",
# "生态环境部核电安全监管司有关负责人回答了记者提问". (The finders' SUB_DEPARTMENT takes up to six
# characters without verbs; these are longer or end in a verb of duty.) The department must be
# followed by who speaks for it or by a break (DUTY_DEPARTMENT_NEXT) and hold no word of a clause
# (DUTY_DEPARTMENT_NOT).
DUTY_DEPARTMENT_HOST = re.compile(r"(?:部|局|厅|委|署)$")
DUTY_DEPARTMENT = re.compile(
    r"(?P<sub>[\u4e00-\u9fff]{2,8}?(?:建设|管理|监管|服务|发展|规划|保障|监督|运行|审批|协调)?"
    r"[一二三四五六七八九十]?[司处])"
)
DUTY_DEPARTMENT_DUTY = re.compile(
    r"(?:建设|管理|监管|服务|发展|规划|保障|监督|运行|审批|协调)[司处]$|[一二三四五六七八九十][司处]$"
)
DUTY_DEPARTMENT_NEXT = re.compile(
    r"(?:有关负责人|相关负责人|负责人|工作人员|[处司]长|副[处司]长|同志|[，。；：、）)\s]|$)"
)
DUTY_DEPARTMENT_NOT = re.compile(r"公司|上司|[各有相所等和与及、到之好的在对为将把被]")
DUTY_DEPARTMENT_MAX = 10

# A body a sentence reports or submits to stands after the verb, which is no part of its name:
# "研究讨论联席会议议题和需提交联席会议议定的事项", "定期报告联席会议" name 联席会议. The name is cut
# after the last such verb when what follows still ends like an institution.
REPORTED_TO = re.compile(r"(?:提交|报告|报送|上报|呈报|提请|汇报|报请)")

# Universities or research bodies qualified only by their standing are a class, whatever verb or place
# stands before them: "取得境外高水平大学本科学历的毕业生", "建设世界一流大学", "与国内知名高校合作".
STANDING_CLASS = re.compile(
    r"(?:高水平|知名|一流|顶尖|著名|重点|优质)(?:研究型)?(?:大学|高校|院校|学府|科研院所|科研机构|研究机构)$"
)

# Items that name a kind of business, not one firm, read as firms in "…等企业": "逐步将智慧旅游景区、
# 饭店等企业建设水平纳入评级" lists scenic spots and hotels in general. An item ending in such a
# word without a proper word (jieba, BUSINESS_KIND_PROPER_TAGS) is no name ("锦江饭店" is one). Not
# jieba's person tag: it reads common words so ("智慧" nr).
BUSINESS_KIND_END = re.compile(r"(?:景区|景点|饭店|酒店|宾馆|旅行社|商场|超市|民宿|网吧|农家乐)$")
BUSINESS_KIND_PROPER_TAGS = frozenset({"ns", "nt", "nz", "j"})

# A centre or institute written right after the ministry or bureau that speaks ("我部", "本局") is that
# body's own agency, an institution: "我部环境监测仪器质量监督检验中心负责…" (a reply to a proposal).
# The finders leave a name after a pronoun alone, or read the pronoun into it ("我部标准样品研究所");
# this names what follows it.
OWN_AGENCY = re.compile(
    r"(?<=[我本](?:部|局|委|厅|署))(?P<name>[\u4e00-\u9fff]{2,24}?(?:中心|研究院|研究所|检验所|监测站))"
    r"(?=负责|牵头|承担|组织|开展|已|将|[，。；、）)]|$)"
)
OWN_AGENCY_PRONOUN = 2  # "我部", "本局": the pronoun and the body

# A list of projects names each project by its firm and its product, often after the place it is
# built in: "加快推进中州时代电池三期、中创新航动力电池及储能等项目", "推动新和成南港新材料、飞毛腿绿色
# 储能、恒瑞创新药等建设", "推动三一重能风电整机、特变电工智慧产业园等投运". jieba does not know most
# brands (it cuts 中创新航 into 中/创新/航), so the firm is found from the other side: it is what stands
# between the place (a word jieba tags ns) and the first word of the product or of the work done
# (PRODUCT_WORDS, or another place: "新和成|南港|新材料"). The list holds at least two items and is
# closed by 等, at most PROJECT_LIST_QUALIFIER characters, and a word of projects (PROJECT_LIST).
# PROJECT_COUNT (ext40): a count of the projects may stand between 等 and the word of projects, the list naming examples
# of them (round 35, 湖北's review of the 14th plan: "长江存储二期、东风岚图、邦普时代等1.1万个重大产业项目投产达效"
# names the three firms, gold).
PROJECT_COUNT = r"(?:\d+(?:\.\d+)?[万千百]?(?:多|余)?个)?"
PROJECT_LIST = re.compile(
    r"(?P<items>[\u4e00-\u9fffA-Za-z0-9]{2,24}(?:、[\u4e00-\u9fffA-Za-z0-9]{2,24})+)"
    r"等" + PROJECT_COUNT + r"(?:(?!的)[\u4e00-\u9fff]){0,8}?(?:项目|建设|投运|投产)"
)
PRODUCT_WORDS = (
    "动力电池 电池 锂电 储能 芯片 半导体芯片 通信芯片 通信 新材料 材料 整机 风电 光伏 创新药 新药 传感器 器件 显示 "
    "极片 正极 负极 磷酸 扩产 技改 升级 提升 改造 能级 一期 二期 三期 四期 基地 产业园 生产 制造 研发 新一代 绿色 "
    "先进 全球 总部 新能源 乘用车 商用车 整车 零部件 装备 智能化 一体化 数字化 绿电 氢能"
).split()
# … and 高端 (high-end), which opens the product, never a firm's name: "推进扬子石化长链尼龙、金陵石化苏油特炼、
# 诚志高端光学新材料等项目建设" (round 26, 南京's 2026 report) names 诚志, "西门子高端医疗影像设备" 西门子.
PRODUCT_WORDS.append("高端")
# … and the elements a chemical or metal product opens with: "巨化硅氟新材料" (巨化), "金川镍钴高品质镍基
# 材料" (金川); a firm's own element word stays whole where the finders found it ("蓝科锂业").
PRODUCT_WORDS += list("硅氟锂镁钾钠钴镍铝铜钛磷")
# A province or place before a firm whose remaining name is one common word is part of the name
# (firms registered at a place's level are named after it): "青海时代动力电池极片" names 青海时代,
# "中州时代电池三期" 中州时代 — 时代 alone is a common word (jieba's dictionary counts it at least
# COMMON_WORD_FREQ times), 先导 in "衢州先导智能传感器" is not (the firm is 先导智能).
COMMON_WORD_FREQ = 1000
# … and so is one whose remaining name is one word of two characters jieba reads as an abbreviation (tag j, ext40):
# jieba tags rivers as places, and a firm is not named by such a short form after the place it builds in ("长江存储二期"
# names 长江存储, round 35, 湖北's review of the 14th plan; not a firm 存储, 长江|存储/j).
PLACED_FIRM_SHORT = 2
PLACED_FIRM_SHORT_TAG = "j"
# A power plant named by its site is no firm: "推进白龙核电一期、红沙核电三期、钦州电厂三期" (the
# finders' INFRASTRUCTURE_ITEM says so of roads and ports).
PLANT_ITEM = re.compile(r"核电|电厂|电站|煤电|火电|水电|抽水蓄能")
PROJECT_FIRM_MIN = 2
# A production line named by its code after the firm (a display fab's generation, T8; a phase may follow) ends the
# firm's name as a product does, though written in Latin letters and figures: "加快华星光电T8、粤芯四期等重大项目建设"
# (round 26, 广州's 2026 report) names 华星光电, whose eighth-generation line is the project.
PRODUCT_LINE_CODE = re.compile(r"[A-Z]{1,2}[0-9]{1,2}(?:[一二三四五六七八九十]期)?$")
# The list must be of firms' projects, not of places' or fields' (a flood-control reach, "海绵城市"): at
# least PROJECT_LIST_FIRMS_MIN of its items read as a firm and a product, one of the firms proven a
# name — found as an institution, a listed form, or opening with a word jieba tags as proper. A firm that
# is one common word ("卫星", "智慧": COMMON_WORD_FREQ) is none.
PROJECT_LIST_FIRMS_MIN = 2
# Items whose firm was found before count among them where that firm is the one the item reads before its product
# ("加快华星光电T8、粤芯四期等重大项目建设", round 26, 广州: 华星光电 found, 粤芯 named), or where at least
# PROJECT_LIST_FIRMS_MIN items open with a firm found ("推进扬子石化长链尼龙、金陵石化苏油特炼、诚志高端光学新材料等
# 项目建设", round 26, 南京: 诚志). One found firm opening one item is not enough: "加快国电湖东、同热三期等新一代煤电
# 试点项目建设" (a plant's phase), "上海电气全链智能化、上重铸锻能级提升" name no firm 同热, 铸锻.
# A list closed by 等 and a word of firms' projects (FIRM_PROJECT_CLOSE: industrial, foreign-invested) names each
# firm by its name alone, with no product after it: "落地中科盈德、通嘉宏瑞、智谱华章等重大产业项目" (round 28,
# 杭州's 2026 report), "加快建设西门子高端医疗影像设备、海克斯康、达索系统等重大外资项目" (round 26, 深圳's),
# "推动京东方、惠科等重大产业项目尽快投产" (四川's). A whole item (PROJECT_FIRM_MIN to PROJECT_FIRM_MAX characters)
# is the firm where every item of the list reads as a firm and none names a works (FIRM_PROJECT_WORKS): "加快中沙古雷
# 乙烯、古雷炼化一体化工程二期等重大产业项目" (round 4, 福建's report: projects, gold as such) names none.
# The runs a list of projects is read in: the characters of a list (as the enumerations' runs) and a count's decimal
# point (PROJECT_COUNT: "等1.1万个重大产业项目").
PROJECT_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9、“.]+")
FIRM_PROJECT_CLOSE = re.compile(r"等" + PROJECT_COUNT + r"(?:重大|重点)?(?:产业|外资|工业|制造业)项目")
FIRM_PROJECT_WORKS = re.compile(r"工程")
PROJECT_PROPER_TAGS = frozenset({"nz", "nr", "j", "nt", "nrt"})
# A shorter firm found at the item's start gives way to the longer one read up to the product ("泰丰|先行磷酸铁锂" →
# 泰丰先行), unless jieba knows it whole as an organisation's name (tag nt): "支持广汽自主电池、增芯一期等项目增产增效"
# (round 26, 广州's 2026 report) names 广汽, whose own-brand battery is the product, not a firm "广汽自主".
PROJECT_KNOWN_FIRM_TAG = "nt"
PROJECT_FIRM_MAX = 6

# A military command named by its place is an institution, though no ending of ours says so: "港澳
# 人员上岛时应征得广州军区同意", "抄送：…，济南警备区，市法院" (the garrison of a city, the command of a
# region). The place before the ending is a province or city the place list knows, or one word
# jieba's dictionary tags as a place (MILITARY_PLACE_MAX characters at most).
MILITARY_BODY_END = re.compile(r"(?:军分区|警备区|军区)")
MILITARY_PLACE_MIN = 2
MILITARY_PLACE_MAX = 4

# A group or company described by its size or standing and its trade is a kind of firm the plan wants
# to grow, not one firm: "培育大型综合性现代物流集团", "培育具有国际竞争力的农机装备生产企业集团". So is a
# 企业集团 named by its trade alone (no word jieba tags as proper, BUSINESS_KIND_PROPER_TAGS).
DESCRIBED_FIRM_CLASS = re.compile(
    r"^(?:大型|特大型|大中型|中小型|综合性|现代|骨干|龙头|领军|世界级|一流)[\u4e00-\u9fff]*(?:集团|公司)$"
)
TRADE_GROUP_END = re.compile(r"企业集团$")
# … and so is a company named by its trade alone, two or more common words before 公司 (TRADE_FIRM_TAGS
# for every word, no place, organisation, abbreviation or person jieba knows, no level): "依托园区开发
# 公司", "引入融资租赁公司", "售电公司参与市场交易" (round 13, after the score: kinds of firms read as
# firms). A firm's legal form (有限公司, 有限责任公司, 股份公司, 集团公司, 总公司, 分公司) makes it one firm,
# and so does a level ("市电力公司": the city's firm); a short form of one word ("监理公司") is left alone.
TRADE_FIRM_END = re.compile(r"(?<!有限|责任|股份|集团)(?<![总分子])公司$")
TRADE_FIRM_TAGS = frozenset({"n", "v", "vn"})
TRADE_FIRM_MIN_WORDS = 2

# --- round 11 (after the score, issue #13) ---------------------------------------------------------
# A body a sentence asks, sends copies to, notifies or is about stands after that word, which is no
# part of its name: "请某某科技（沈阳）有限公司组织验收" (a request in an approval), "抄送水利部松辽水利
# 委员会", "将问题通报省级人民政府", "分送上述部门及沈阳市人民政府办公室", "《关于某某集团…的批复》". The
# name is cut after the last such word when what follows still ends like an institution (the rest is
# then judged as any name: "省级人民政府" is a class). 请 and 关于 open the name only.
ADDRESSED_AFTER = re.compile(
    r"(?:抄送|分送|转送|印送|送达|通报|^请|^关于"
    # Round 12 (after the score): where to take problems ("执行中遇到问题，请径向市民政局反映", 径向 /
    # 迳向: straight to), whom a case is handed to ("服务机构交由某某镇人民政府"), who reviews it
    # ("经市人力资源社会保障局复核通过的单位"; 经 before a level or place only, not 经济…), and whom
    # an application goes to next ("初核通过后交某某管委办复核", "复核后某某管委办将…"; 后 is the
    # verb's locative, cut only before a body of three characters or more).
    r"|径向|迳向|交由|^经(?=[省市区县]|国务院)|^后(?:交由?|报|送)?(?=[\u4e00-\u9fff]{3}))"
)
# … and a class of bodies joined to the one named by 及 / 和 ("上述部门及沈阳市人民政府办公室") is cut too.
CLASS_THEN_BODY = re.compile(r"^(?:上述|有关|相关|各)?(?:部门|单位|机构)(?:及|和|、)")

# The addressees of a national notice are each province's departments, a class: "各省、自治区、直辖市
# 及新疆生产建设兵团教育厅、体育局、文物局：" names no one 教育厅. Everything from the opening of
# provinces to the colon that closes the salutation is the list; a firm named there by its full name
# ("…，中国某某集团有限公司：") is one addressee and stays.
ADDRESSEE_LIST = re.compile(r"各省(?:、|（)[^。：:\n]{0,160}?[：:]")
# … and so are the addressees of a city's or district's notice, a salutation opening a line or
# sentence: "各区民政局、财政局、市场监督管理局：", "各区卫生健康局、财政局、人力资源社会保障局，市医保中心："
# (round 12, after the score): every item after 各区 is each district's bureau, not the city's. Only
# the list of 、 items right after 各… is taken; a body after the comma ("市医保中心") is one addressee.
# (An item may carry the body's other name in brackets, round 15: "各市发展改革委（能源局），各有关企业：",
# a provincial notice's salutation: each city's commission and energy bureau.)
ADDRESSEE_ALTERNATIVE = r"(?:[（(][\u4e00-\u9fff、]{1,12}[）)])?"
LOCAL_ADDRESSEE_LIST = re.compile(
    r"(?:^|(?<=[。：:\n]))各(?:区|县|市|区县|县区|县市|市县|镇|乡镇|街道|街镇)"
    r"[\u4e00-\u9fff]{1,20}"
    + ADDRESSEE_ALTERNATIVE
    + r"(?:、[\u4e00-\u9fff]{1,20}"
    + ADDRESSEE_ALTERNATIVE
    + r")*(?=[：:，,])",
    re.MULTILINE,
)
ADDRESSEE_FIRM_KIND = "企业"
# … named as a firm is named: with a firm's ending (an institution ending of the firm kind: 公司, 集团,
# 设计总院 …). A short word a brand finder read as a firm ("…、总工会、团委、妇联…" gave 团委) is one of the
# class (round 14, after the score, a six-issuer notice).

# ADDRESSEE_OWN_ITEM (fixext55): an item of the addressee list after its comma, not after 各 or 有关, is one body
# addressed by its own name as a firm is, not each province's: "各省、自治区、直辖市环境保护厅（局），新疆生产建设兵团
# 环境保护局，各派出机构、直属单位：" (heldout55, the ministry's circular on 临汾's air data, gold; round 20's
# "…生态环境厅（局），新疆生产建设兵团生态环境局：" gold the same). "及新疆生产建设兵团教育厅" after the provinces
# shares their list (the corps' department of each kind) and is no item of its own.
# The item is the whole of it, the list's separator or its colon after it: "，能源局各派出机构，" (round 13, a national
# grid notice) addresses the administration's agencies, no 能源局 of its own.
ADDRESSEE_OWN_ITEM_BEFORE = frozenset("，,")
ADDRESSEE_OWN_ITEM_AFTER = frozenset("，,：:")
ADDRESSEE_CLASS_OPENING = ("各", "有关", "相关")

# The writer's own body named by a pronoun is no name: "我部、财政部联合印发…", "本局将…" (a reply to a
# proposal, a notice). What follows it may be its agency (OWN_AGENCY).
PRONOUN_BODY = re.compile(r"^[我本](?:部|局|委|厅|署|办|院|所|中心|公司|单位)$")

# Bodies named after a count of places are one per place, a class: "江苏、浙江、安徽三省人民政府签署了
# 协议" (the finders read the last place into the name). The count is a count ("三", "十二"), not a unit's
# number read digit by digit, and 地 is no 地质 (round 17, a 1980 circular on field work: "如安徽三二二地质队一台
# 钻机", "三二七地质队派车" name numbered geology teams).
COUNTED_PLACES_BODY = re.compile(
    r"(?<![一二三四五六七八九十〇零两])(?:[两二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九])"
    r"(?:省|市|县|区|州|地(?!质))(?:区|市)?(?=[\u4e00-\u9fff]{2})"
)

# A body's name broken by a PDF line wrap that became a space leaves its first character behind: "… 报送
# 国家医保局。国 家医保局将总结…" was read as 家医保局. When the character before the space and the
# name's first character make one word of jieba's dictionary (国家), the name is read whole, without
# the space.
WRAP_SPACE = " "
WRAP_WORD_FREQ = 1000
# … and a wrap that falls further inside the name leaves a longer head before the break ("国家医疗 保障局",
# "国家发\n展改革委" read as 保障局, 改革委: round 13, after the score, PDF texts of national bodies). When
# the head, the break and the fragment, read without the break, make a name the same text names whole
# elsewhere, the fragment is that name (WRAPPED_HEAD_MAX characters before it at most, one break of
# WRAP_BREAK_MAX white-space characters).
WRAPPED_HEAD_MAX = 12
WRAP_BREAK_MAX = 2

# A body listed after the provinces as a whole ("各省、自治区、直辖市、新疆生产建设兵团", "每省（自治区、直辖
# 市、新疆生产建设兵团）不超过10人") is one more of the provincial units addressed as a class, no body the
# text speaks of (round 11). Named after a province by its name ("某某自治区人民政府、新疆生产建设兵团")
# it stays: only the class words 直辖市 / 计划单列市 count.
# So do the provinces written short as 省（区、市） (round 14, after the score, a national contest notice):
# "由选手所在省（区、市）、新疆生产建设兵团团委在次年度向共青团中央优先申报" (each winner's province's).
# The corps' own body written after it ("…、新疆生产建设兵团妇联") is one of the class too (its bare name
# is read alone: 妇联 is a named body).
PROVINCE_CLASS_BEFORE = re.compile(r"(?:直辖市|计划单列市|[（(]区、市[）)])[、，,及和](?:新疆生产建设兵团)?$")
PROVINCE_CLASS_WINDOW = 16
# … and a body whose name opens with that class word is each such city's body (round 22, the State Council's 1991
# notice on tungsten mining): "由省、自治区、直辖市人民代表大会常务委员会授权的机构办理".
PROVINCE_CLASS_OPENING = re.compile(r"(?:直辖市|计划单列市)(?=[\u4e00-\u9fff])")
# A kind of body named after two or three regions at once is the class of those regions' bodies: one bank, hospital
# or university is not Hong Kong's and Macao's both (round 42, 广州's services outline: "争取扩大港澳银行分支机构经营
# 范围"; round 43, 广州's glossary: "临床急需、港澳公立医院已采购使用"; the gold names neither). The rest after the
# regions must be a class (``is_generic``): "港澳大家软件产业有限公司" is a firm.
PAIRED_REGIONS_OPENING = re.compile(r"^港澳台?")
# A venue whose own name holds 和 is read from its second half only, the conjunction taken for a list's: "在黄麻起义和
# 鄂豫皖苏区纪念园" (round 31, three 湖北 red-tourism texts: the park of the 黄麻 uprising and the 鄂豫皖 soviet area),
# "壳丘头遗址博物馆与美国宝尔博物馆、塔希提和岛屿博物馆" (round 51, 平潭's tourism work: the Tahiti and islands
# museum). The venue (kind 场馆) takes the words before 和 back to a list break or 在 when they end like no body of
# their own (a list of two bodies, "大唐和南宁产投集团", is no venue).
JOINED_VENUE_HEAD = re.compile(r"(?:[、：:，,；;。\s]|在)((?:(?!在)[\u4e00-\u9fff]){2,12})和$")
JOINED_VENUE_WINDOW = 16
JOINED_VENUE_KIND = "场馆"
# Bodies listed after 本地区 ("the region's own") in a national notice are each region's bodies, a class:
# "省级赛由各省（区、市）…生态环境部门联合本地区人力资源社会保障厅（局）、总工会、团委、妇联和市场监督
# 管理局（厅、委）组织实施" (round 14, after the score). The list before the body holds only bodies
# (with their bracketed alternatives) joined by 、/和/及.
REGION_OWN_LIST = re.compile(
    r"本(?:地区|辖区|行政区域?)(?:[\u4e00-\u9fff]{2,16}(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?[、和及])*$"
)
REGION_OWN_WINDOW = 80

# --- round 12 (after the score, issue #13) ---------------------------------------------------------
# A Party committee's working departments are written right after it, with no break: "向天河区委组织部
# 提交申请", "中共某某市某某区委统战部", "市委宣传部牵头". The finders stop at the committee (委), the
# department's first word being read as a verb (组织); the department is the unit the sentence names,
# so a committee ending in 委 is named with the department after it.
PARTY_COMMITTEE_END = re.compile(r"(?:省|市|区|县|州|旗|镇|乡)委$")
PARTY_DEPARTMENT = re.compile(
    r"(?:组织|宣传|统战|统一战线工作|政法|社会工作|网信|外事工作|农村工作|金融工作|机构编制)"
    r"(?:部|委员会|委|办公室|办)"
)

# Two bodies written together (the issuers of a joint notice, with or without a space between them) are
# sometimes cut one character late, the first body's last character read into the second: "《广州市残疾人
# 联合会广州市财政局关于印发…》" gave 会广州市财政局, "某某管理委员会 某某市规划和自然资源局" gave
# 会某某市…局. A name opening with the closing character of a body's ending (LEFTOVER_ENDING_CHARS)
# right before a place written in full is the second body, without that character.
LEFTOVER_ENDING_CHARS = frozenset("会局委厅部院办")
LEFTOVER_PLACE_TAG = "ns"  # the place: a province the place list knows, or a word jieba tags as a place

# A centre a rule names after a label of the role it plays ("初核机构：某某市就业指导中心", "受理单位：
# 某某服务中心", round 12 after the score) is the body that plays it, an institution, not a platform.
# So is a centre listed in a task's bracket of lead units ("（责任部门：市规划资源局、市数据局、市城运中心、
# 各相关委办局）"): every item there is a body that leads, ROLE_LABEL_WINDOW characters at most back.
ROLE_LABEL_BEFORE = re.compile(
    r"(?:机构|单位|部门)[：:]\s*$|[（(](?:责任|牵头|主责|实施)(?:部门|单位)[：:][^（）()。；\n]*$"
)
ROLE_LABEL_WINDOW = 120
ROLE_LABEL_KIND = "其他"
# So is an association or alliance a plan lists among the platforms or carriers it relies on: its members' body,
# not a unit built ("依托南京麒麟人工智能产业技术创新联盟、人工智能创新中心等平台", round 32, 南京's linkage
# outline; "…、苏州市农业科技创新联盟等载体", round 25, 苏州's agriculture outline; both gold institutions, and no
# gold of any round has a platform with an association's ending).
LISTED_ASSOCIATION_ENDINGS = ("联盟", "协会", "学会", "联合会", "商会", "促进会")

# Two issuers of a joint notice written together without a break ("某某市人力资源和社会保障局某某市
# 财政局关于印发…的通知", a title line; round 12, after the score) are two bodies: the name is split
# where the first body's ending is followed by a place that opens a body of its own
# (GLUED_BODY_ENDINGS; the place: PLACE_RE or a word jieba tags ns, LEFTOVER_PLACE_TAG).
GLUED_BODY_ENDINGS = re.compile(r"(?:局|厅|委员会|委|办公室|联合会)")
GLUED_BODY_MIN = 4
# The place must be written with its level ("广州市", "海珠区"): "某某委员会海淀分局" is the commission's
# branch, not two bodies.
GLUED_PLACE_LEVELS = ("省", "市", "区", "县", "州")

# --- round 15 (after the score, issue #13) ---------------------------------------------------------
# An item of a list of bodies sharing one ending whose place jieba reads as a common word (an adverb,
# a verb) loses that head, and only the ending is left: "山西省：大同矿务局、阳泉矿务局" (大同 read as an
# adverb) gave 矿务局, "铜川矿务局、蒲白矿务局、澄合矿务局" (澄合 a verb) likewise. When the name read is
# the bare tail of a sibling item next to it (the item after or before the 、, named with a head and
# that tail), the item is named from the list's break (LISTED_HEAD_BREAKS) on: at least
# LISTED_HEAD_MIN and at most LISTED_HEAD_MAX characters of head, all Chinese.
LISTED_HEAD_BREAKS = frozenset("、：:，,；;。")
LISTED_HEAD_MIN = 2
LISTED_HEAD_MAX = 4
LISTED_SEPARATOR = "、"
# A body named only by the tail that a list of the text's bodies each carry with a head is those
# bodies as a class, no one of them: "要把权力下放给矿务局", "矿务局要重视多种经营" after the annex lists
# 开滦矿务局、峰峰矿务局…. At least BARE_TAIL_SIBLINGS distinct longer names end with it; the tail is one
# word for jieba (no place, level or proper word of its own: "省能源局" is the province's).
BARE_TAIL_SIBLINGS = 2
# A body handed something (powers, funds) stands after 给, which is no part of its name: "要把权力下放给
# 矿务局" (round 15, a State Council notice). Not 给水 (water supply: "市给水排水设计研究院").
HANDED_TO = re.compile(r"(?:下放|移交|转交|交|划拨|拨|发放|提供|返还|反馈|分配|授予)给(?!水)")
# A year written before a body is the date of what it did, no part of its name: "继续按照一九八三年国家
# 计委、国家经委、财政部《关于…的通知》规定执行" (round 15, a 1984 notice); also with Arabic figures.
YEAR_OPENING = re.compile(r"^(?:[一二三四五六七八九〇零○]{4}|\d{4})年(?:度|底|初|末)?")
# A works named only by what it makes is a class, no one works (the endings of round 15: 煤机厂,
# 机械厂 …, in rules.names): "煤矿设备制造厂及设计、科研、教育等单位" (round 15), "纺织机械厂",
# "重型机器制造厂" (round 8, a first five-year plan). Its head (the name without the ending) holds no
# word jieba tags as a place or a proper name (WORKS_PROPER_TAGS) and no place of the place list:
# "张家口煤机厂" (张家口, nr), "渭南煤矿专用设备厂" (渭南, ns) are works.
WORKS_CLASS_ENDINGS = frozenset(
    {"煤机厂", "机械厂", "机器厂", "制造厂", "设备厂", "仪表厂", "支架厂", "洗煤厂", "选煤厂"}
    # … and power plants (POWER_PLANT_ENDING in rules.names): "燃煤电厂" is a kind, "珠江电厂" a plant.
    | {"电厂"}
)
POWER_PLANT = "电厂"
WORKS_PROPER_TAGS = frozenset({"ns", "nr", "nz", "nt", "j", "nrt", "nrfg", "nrf", "eng"})
# … and a head word (WORKS_HEAD_WORD_MIN characters or more) that opens another body of the text with
# another ending is the place both are named after: "峰峰金属支架厂" beside "峰峰矿务局" (峰峰 read n).
WORKS_HEAD_WORD_MIN = 2
# (The bare tail rule, BARE_TAIL_SIBLINGS, leaves a tail that opens with a place or a level alone:
# "省能源局" is the province's bureau.)
BARE_TAIL_LEVELS = tuple("省市区县州镇乡")
BARE_TAIL_PLACE_TAG = "ns"
# A works named before its former site or its renovation project is the site or the project, no firm
# the plan speaks to: "修缮上海水产公司渔船修理所旧址、大中华造船机器厂旧址" (dev round 5, a district's
# heritage plan; the endings of round 15 read it as a works).
WORKS_SITE_AFTER = re.compile(r"旧址|遗址|遗迹|原址|老厂房|(?:综合)?(?:改造|改建|搬迁)工程")
# … and so a power plant named before its phase or as one of a list of projects: the project, no firm
# (POWER_PLANT_ENDING in rules.names; round 4, a 2004 letter: "优先考虑营口电厂二期、丹东电厂二期和元宝山电厂二期
# 以及阜新电厂等项目"; round 21, 广西's report: "推进…钦州电厂三期…等项目"; round 35, 湖南's review: "益阳电厂三期
# 建成投产"), nor the plant's site ("在奉贤区既有退役电厂场址建设…", round 18). (Round 15b's "大唐南京电厂二期" among
# 重点能源项目 is lost with them.)
POWER_PLANT_PROJECT_AFTER = re.compile(r"[一二三四五六七八九十\d]+期|等?项目|场址")
# The kinds of power plant, whatever place stands before them: a virtual plant is an aggregation platform, nuclear
# plants are the sites a regulator's letters license (`may` in rounds 10, 14, 19, 44), and a region's mine-mouth,
# coal, gas, own-use or retired plants are kinds (round 4: "蒙东、黑龙江坑口电厂等", "辽中南地区电厂"; round 15:
# "广州市虚拟电厂", "山东省虚拟电厂"; round 10: "福清核电厂").
POWER_PLANT_KIND_HEADS = ("虚拟", "核", "坑口", "燃煤", "煤", "燃气", "自备", "退役", "焚烧发", "地区", "火")
# Two issuers written together are two bodies when the second opens with a national word as well as with
# a place (GLUED_PLACE_LEVELS): "…名单国家经济委员会国家计划委员会财政部一九八四年八月二十八日" (round 15,
# the signature of a one-line crawled request), "国家发展改革委国家能源局关于…的通知".
GLUED_NATIONAL_OPENING = re.compile(r"(?:国家|国务院|中华人民共和国)")
# A list's or catalogue's title written right before a body (a one-line crawl runs the annex's title into
# the signature after it) is no part of its name: "划归煤炭部统一管理的重点煤炭企事业单位名单国家经济委员会"
# (round 15). The name is cut after the last such word when what follows still ends like an institution.
LIST_TITLE_BEFORE = re.compile(r"名单|名录|清单|目录")
# The last item of an addressee list of provinces or cities that writes the body once, after the last
# place, is each place's body, a class: "北京市、天津市、…、青海省、宁夏回族自治区环境保护厅(局)，海南省生态
# 环境保护厅：" (round 15: 宁夏's department stands for every province's), "…、浙江省、上海市生态环境（环境
# 保护）厅（局）：". At least ELIDED_PLACES_MIN places with their level stand right before the body's own
# place (ELIDED_PLACE_LIST, ELIDED_WINDOW characters back at most).
ELIDED_PLACE_LIST = re.compile(r"(?:[\u4e00-\u9fff]{1,7}?(?:省|市|自治区)、){3,}$")
ELIDED_WINDOW = 200
# Only in a salutation, closed by its colon (after the body's alternatives in brackets, or after one more
# addressee): a copy line's elided item is gold as the one body written ("抄送：…、浙江省、上海市人民政府
# 办公厅，中国环境监测总站。", round 15).
ELIDED_SALUTATION_AFTER = re.compile(r"(?:[（(][^（）()]{1,8}[）)])*(?:[：:]|[，,][^。：:，,]{2,24}[：:])")
# A leading or coordinating group is often named by its mission, a verb first: "推动长江经济带发展领导小组
# 办公室" (round 15, a copy line: "抄送：推动长江经济带发展领导小组办公室，…"), "国务院促进中小企业发展工作
# 领导小组". The finders cut the verb off as a frame; written right after a break, a conjunction or the
# copy label, the verb is the group's own (MISSION_GROUP_END, MISSION_VERB_BEFORE).
MISSION_GROUP_END = re.compile(r"(?:领导小组|协调小组|工作小组)(?:办公室)?$")
MISSION_VERB_BEFORE = re.compile(r"(?:^|[、，,：:；;。（(\s]|和|及|与)(?P<verb>推动|推进|促进)$")
MISSION_VERB_WINDOW = 4
# A body followed by a count in brackets is the label of a group of an annex's list, a class: "六、省煤炭
# 工业厅（总公司）（5个）河北省煤炭工业厅山西省煤炭工业厅…" (round 15, the coal ministry's enterprises), as
# "四、重点煤机厂（8个）". An alternative name in brackets may stand between the body and the count.
COUNTED_LABEL_AFTER = re.compile(
    r"(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?[（(][0-9０-９一二三四五六七八九十百]+(?:个|家|所|项|处|座)[）)]"
)
# UNNAMED_BRANCH (ext48b): a venue's branch (分馆, a venue's ending) is named by what stands between its parent and
# 分馆 ("国家版本馆广州分馆", "中国考古博物馆壳丘头分馆"); with nothing between, 分馆 only says what the museum named
# before it is, and the name is the parent's (data/plans, 上海's 12th S&T plan: "上海自然博物馆（上海科技馆分馆）"
# names 上海科技馆); so does a library's system of a central library and its branches (总分馆: "推进市文化馆、区图书馆
# 总分馆建设" names 区图书馆).
UNNAMED_BRANCH = re.compile(r"(?<=馆)总?分馆$")
# PARTY_SCHOOL_SECOND_NAME (ext48b): party schools are also their level's schools of administration, and a plan naming
# the class writes the second name in brackets: "鼓励学校、党校（行政学院）到革命旧址…" (round 31, the national
# red-relics opinion), "推动全市党校（行政学院）、高等教育…" (round 32, 深圳's digital-society outline); the golds
# keep "党校（行政学院）" out (`must_not`), and the bare 行政学院 in the bracket is no school of one name.
PARTY_SCHOOL_SECOND_NAME = re.compile(r"党校[（(]$")
PARTY_SCHOOL_SECOND_NAME_WORD = "行政学院"
# STAFF_LIST_HEADER (fixext50): an inspection report's annex lists its staff as a table (name, unit, title); a page
# flattened into one line runs each row's title, the next row's person and unit into one word: "附件1检查组人员
# 名单姓名单位职务/职称韩爱良生态环境部华东核与辐射安全监督站处长李龙志…高工邹衍华湖南工学院副院长…" (round 50,
# 国家核安全局's 石岛湾 letter; the tables of rounds 14, 19 and 44 number their rows and space the names,
# "1郝晓峰国家核安全局副司长", and are read as before). After the header, the table is cut at its titles
# (STAFF_TITLE); each piece is a person of STAFF_PERSON_LENGTHS characters and the unit (STAFF_UNIT_MIN characters
# at least), up to STAFF_LIST_END.
STAFF_LIST_HEADER = re.compile(r"姓名单位(?:职务/职称|职务|职称)")
STAFF_LIST_END = re.compile(r"附件|字号|[。；;\n]")
STAFF_TITLE = re.compile(
    r"(?:代理|常务)?副?(?:总经理|总工程师|工程师|高工|总工|处长|科长|司长|室主任|主任|院长|所长|监督员|研究员|专家"
    r"|经理|主管|组长|书记|董事长|总监|巡视员)"
)
STAFF_PERSON_LENGTHS = (2, 3)
STAFF_UNIT_MIN = 4
# STAFF_UNIT_PLACE_WORD (fixext57): where both of a row's person lengths leave a unit the text writes as often and
# neither unit opens with a place the place list knows, the person ends where jieba ends a word of the person and the
# unit opens with a word it tags as a place (LEFTOVER_PLACE_TAG) of this many characters at least:
# "陈丽辉|苏州核安全中心", "许佳兴|阳江核电有限公司运行三部" (round 57, the 阳江 experience-feedback
# letter: each department written once, the shorter person made "辉苏州核安全中心" and six
# "…阳江核电有限公司…部" with a character of the person in front); "刘伟国|核示范电站…" has no such
# word, so the shorter person stays ("刘伟|国核示范电站有限责任公司").
STAFF_UNIT_PLACE_WORD_MIN = 2
# JOINED_BODY (fixext50): a copy line of a one-line letter joins its last two bodies with 和, and the finder reads
# both as one name: "抄送：…，生态环境部华北督察局、黄河流域生态环境监督管理局和环境工程评估中心。" (round 50, the
# 集宁–原平 railway EIA approval). When what stands before 和 ends like an institution itself (at least
# JOINED_BODY_MIN characters each side), the name is the two bodies; when it is a place with its level
# (GLUED_PLACE_LEVELS) sharing the body written after the last place ("…、朔州市和忻州市生态环境局"), only the last,
# written in full, is named (the golds' convention for places listed under one head). A body whose own name holds 和
# ("国家发展和改革委员会", "人力资源和社会保障局") has no institution's ending before it and is left whole.
JOINED_BODY = re.compile(r"和")
JOINED_BODY_MIN = 4
# After a body, a centre joined by 和 is a body of the list too (a centre alone reads as a platform).
JOINED_BODY_CENTRE = "中心"
# STANDING_COMMITTEE_MEMBER (fixext51): 常委 without 会 is a member of a party or people's congress standing committee,
# a person's title, not a body: "由湖南省委常委、长沙市委书记吴桂英向大会作…报告" (round 51, the 长沙 digital-economy
# news), "湖北省委常委、宣传部部长…" (round 31), "自治区常委、副主席马顺清" (round 15), "省委常委扩大会议" (round 29:
# the committee's meeting; the gold keeps 省委). The committee itself ends in 常委会.
STANDING_COMMITTEE_MEMBER = re.compile(r"常委$")
# MEETING_SESSION (fixext51): a joint meeting written with its session's ordinal or a demonstrative is a meeting held,
# not the standing joint-meeting body: "京津冀能源协同专题工作组第一次联席会议在京召开", "…工作组的成立及此次联席会议
# 的召开" (round 51, the 京津冀 energy working group's first meeting; the gold has the group, the meetings are no
# bodies). What stands before the session is the body that meets when it ends like one.
MEETING_SESSION = re.compile(
    r"(?:第[一二三四五六七八九十百0-9]+次|[此本这该首上下]次)(?:全体|成员单位)?(?:联席会议|全体会议|会议)$"
)
# … a working group's name has no institution ending of its own ("专题工作组"), so it is read by its head.
MEETING_BODY_END = re.compile(r"(?:工作组|专班|小组)$")
MEETING_BODY_MIN = 4
# FIRM_CLASS_OPENING (fixext51): a word classing a firm by its owner or origin written before the firm's own name is
# no part of it: "新央企中国长安汽车集团落户重庆" (round 36, 重庆's 2026 work report; the gold has 中国长安汽车集团),
# "城发集团引入台企林氏永龄医疗集团" (round 51, 平潭's investment-promotion bureau; the gold has 林氏永龄医疗集团).
FIRM_CLASS_OPENING = re.compile(r"^新?(?:央企|国企|民企|外企|台企|港企|澳企|侨企|港澳台企)")
FIRM_CLASS_REST_MIN = 4

# LEADERSHIP_FRAME, LEVEL_BODY (session 40, issue #13): the province's and the city's party committee and government
# written bare as the leadership a review's work was done under are gold institutions (README, rounds 3 and 27), but
# have no place or ending the finder reads. Round 28, 杭州's 2026 report: "在省委、省政府和市委的坚强领导下"; 南京's and
# 深圳's: "在市委的（正确）领导下"; round 49, 天津's: "在市委坚强领导下". Only in that frame: citing their plans or
# their leaders ("为贯彻落实市委、市政府工作部署", "按照市委领导…要求", "贯彻省委省政府领导关于…部署")
# the golds leave them out.
LEADERSHIP_FRAME = re.compile(
    r"在(?P<bodies>(?:[省市](?:委|人民政府|政府)[、和与及]?){1,4})的?(?:坚强|正确|有力|统一)?领导下"
)
LEVEL_BODY = re.compile(r"[省市](?:委|人民政府|政府)")
# … and only where the city's own bodies are in the frame: a province's review crediting its own committee alone
# ("在省委坚强领导下": 河南's, 广东's, 江苏's, 辽宁's and 山西's reviews) is the formula the golds keep `may`.
LEADERSHIP_CITY_BODY = "市"
