"""Rules for names of platforms and institutions: endings, anchor verbs and frames, generic
words, guards. Each rule is defined once, named, with its reason and an example; the code that
applies them is in :mod:`plankg.loaders.extract` (names, mentions, platforms, institutions)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Literal

import yaml

from plankg.loaders.extract.places import FUNCTION_WORD_PLACES, PLACE, PROVINCE_ABBREVIATIONS, PROVINCES, place_words
from plankg.loaders.rules.named import NamedPattern
from plankg.loaders.rules.structure import TASK_BLOCK_KINDS
from plankg.loaders.rules.trie import trie_pattern

Category = Literal["platform", "institution"]


def _words(text: str) -> tuple[str, ...]:
    """Word lists are written as space-separated text: easier to read and extend."""
    return tuple(text.split())


Framing = Literal["block", "list", "institution-frame", "free"]

# --- endings ------------------------------------------------------------------------------
# (ending, kind). Platform kinds follow the contract (实验室, 创新中心, 研发中心, 科学设施,
# 功能型平台, 基地 …); the longest ending wins, so the most specific kind is used.
PLATFORM_ENDINGS: tuple[tuple[str, str], ...] = (
    ("国家技术创新中心", "技术创新中心"),
    ("技术创新中心", "技术创新中心"),
    ("制造业创新中心", "创新中心"),
    ("开放创新平台", "开放创新平台"),
    ("功能型平台", "功能型平台"),
    ("大数据平台", "大数据平台"),
    ("创新平台", "创新平台"),
    ("服务平台", "服务平台"),
    ("研发平台", "研发平台"),
    ("示范平台", "创新平台"),
    ("赋能平台", "创新平台"),
    ("共享平台", "服务平台"),
    ("技术平台", "研发平台"),
    ("研究平台", "研发平台"),
    ("应用平台", "服务平台"),
    ("孵化平台", "服务平台"),
    ("评价平台", "服务平台"),
    ("测试平台", "服务平台"),
    ("检测平台", "服务平台"),
    ("实验平台", "实验室"),
    ("创新中心", "创新中心"),
    ("科创中心", "创新中心"),
    ("研发中心", "研发中心"),
    ("科学中心", "科学中心"),
    ("研究中心", "研究中心"),
    ("工程中心", "研发中心"),
    ("试验中心", "研发中心"),
    ("应用中心", "研发中心"),
    ("计算中心", "科学设施"),
    ("交叉科学设施", "科学设施"),
    ("科学设施", "科学设施"),
    ("研究设施", "科学设施"),
    # Plain 基础设施 is mostly city infrastructure (交通基础设施); the research kind says 科技.
    ("科技基础设施", "科学设施"),
    ("试验装置", "科学设施"),
    ("束流装置", "科学设施"),
    # … and the research, measuring and simulation facilities the 十五五 texts and work reports name (rounds 24-26):
    # "加快建设冷泉生态系统研究装置" (广州), "超高灵敏极弱磁场和惯性测量装置" (杭州), "人类器官生理病理模拟装置"
    # (北京), "南京鼓楼医院仿生人体生命支持及测控装置" (a plain 装置 is a plant's unit: "40万吨熔盐装置"); and the AI
    # computing facility named 云脑: "建好用好鹏城云脑Ⅲ等国家人工智能重大训力基础设施" (深圳, 广东).
    ("研究装置", "科学设施"),
    ("测量装置", "科学设施"),
    ("模拟装置", "科学设施"),
    ("测控装置", "科学设施"),
    ("云脑", "科学设施"),
    # BIG_SCIENCE_FACILITY_ENDINGS: the big-science facilities that name themselves by what they are, with no 设施
    # or 装置 (round 40, 广东's and 上海's texts: "江门中微子实验站、惠州强流重离子加速器建成运行，
    # 散裂中子源技术转化的…", "引导上海光源、蛋白质设施等在沪重大科技基础设施…"). A light source is one only where a
    # place opens its name (PLACE_OPENED_ENDINGS: not "太阳能光源"); an accelerator of particles, not a business one
    # ("孵化器、加速器"). Not 射电望远镜: "110米口径全向可动射电望远镜" (round 35) opens with a measure and a verb that
    # cut it to "可动射电望远镜".
    ("中子源", "科学设施"),
    ("中微子实验站", "科学设施"),
    ("离子加速器", "科学设施"),
    ("光源", "科学设施"),
    # … and a baseline station of the atmosphere watch, named by its place (round 36, 青海's 2026 review: "瓦里关全球
    # 大气本底站入选全国绿色低碳典型案例"); one named by its kind alone is a class (STATION_ENDINGS: heldout10's "区域
    # 大气本底站").
    ("本底站", "观测站"),
    ("实验室", "实验室"),
    # Field stations of the national network (国家野外科学观测研究站): "上海城市森林生态系统国家定位
    # 观测研究站" (round 5); a class without a proper word ("国家野外科学观测研究站").
    ("观测研究站", "科学设施"),
    # A telecom gateway office is infrastructure, not an agency: "青岛国际通信业务出入口局"
    # (the longer ending keeps 局 from making it a government body).
    ("出入口局", "网络"),
    ("中试基地", "中试基地"),
    ("大学科技园", "科技园"),
    ("科技园", "科技园"),
    ("基地", "基地"),
    ("试验场", "试验场"),
    # A scientific experimental site is a science facility (round 41, the national emergency plan: "建设地震科学实验场
    # 和地震动力学国家重点实验室", the national seismic site in 川滇): a plain 实验场 is a school's or a trial's ground.
    ("科学实验场", "科学设施"),
    # Pilot training grounds for embodied AI and robots: "广西—东盟具身智能中试训练场" (round 4).
    ("中试训练场", "试验场"),
    # A trading centre the plan builds is market infrastructure: "内蒙古牛羊肉交易中心",
    # "上海技术交易中心" (an exchange, 交易所, stays an institution).
    ("交易中心", "交易中心"),
    # … and a city's emission-rights market (round 23 and 25, 重庆's and 深圳's outlines): "重庆碳排放权交易市场",
    # "发展壮大深圳碳排放权交易市场" (a plain 交易市场, "技术交易市场", is a kind of market).
    ("排放权交易市场", "交易中心"),
    ("试验设施", "科学设施"),
    ("实验设施", "科学设施"),
    ("科学装置", "科学设施"),
    ("实验装置", "科学设施"),
    # An experimental reactor is a science facility (round 14, after the score, a regulator's inspection):
    # "对你所2MWt液态燃料钍基熔盐实验堆进行了建造施工准备情况检查".
    ("实验堆", "科学设施"),
    # RESEARCH_REACTOR_ENDINGS: … written 试验堆, and the pulsed reactors and critical assemblies a nuclear regulator
    # licenses as research reactors (round 53, 国家核安全局's licence renewals): "关于颁发岷江试验堆、中国脉冲堆、
    # 高通量工程试验堆临界装置和18-5临界装置运行许可证（延续）的通知". Not a plain 反应堆 ("确保反应堆运行安全").
    ("试验堆", "科学设施"),
    ("脉冲堆", "科学设施"),
    ("临界装置", "科学设施"),
    # A library or museum online is a platform, not a venue: "打造…林业文化馆，包括智慧林业数字图书馆、
    # 智慧林业网络博物馆…" (heldout6); the longer ending wins over 图书馆, 博物馆 (场馆).
    ("数字图书馆", "平台"),
    ("网络图书馆", "平台"),
    ("数字博物馆", "平台"),
    ("网络博物馆", "平台"),
    ("网上博物馆", "平台"),
    ("虚拟博物馆", "平台"),
    ("数字展馆", "平台"),
    ("网上展馆", "平台"),
)
# Heads that name a platform only where the plan deploys it — a building, strengthening or
# supporting verb in its clause (PLATFORM_FRAME) or "…建设" after it: "建立国家核安全监控预警和
# 应急响应平台", "完善全国辐射环境监测网络", "加快建设国家新型互联网交换中心", "加快推进长三角工业
# 互联网一体化发展示范区建设". Elsewhere these words are too common to be endings ("中心城区",
# "网络安全", "平台经济", "…的数据库").
FRAMED_PLATFORM_ENDINGS: tuple[tuple[str, str], ...] = (
    ("平台", "平台"),
    ("中心", "中心"),
    # Only the infrastructure kind of network: "技术转移网络", "宽带网络" are not platforms.
    ("监测网络", "网络"),
    ("观测网络", "网络"),
    ("监控网络", "网络"),
    ("感知网络", "网络"),
    ("数据库", "数据库"),
    ("项目库", "数据库"),
    ("信息库", "数据库"),
    ("资源库", "资源库"),
    # Data pools, case and document stores and cloud platforms a plan builds: "长三角信用数据资源池",
    # "法律服务办件库", "健康专有云", "医疗保障专属行业云", "浙江乡村智慧网".
    ("资源池", "数据库"),
    # Trusted data spaces a plan builds, the national programme of the 十五五 texts (rounds 27 and 30):
    # "打造医保行业可信数据空间" (重庆), "建成中新跨境可信数据空间" (苏州); the bare ending, "推进可信数据空间
    # 建设" (广东), and one of a tier, "加快国家级可信数据空间建设", are classes.
    ("可信数据空间", "数据库"),
    ("办件库", "数据库"),
    ("案例库", "数据库"),
    # Stores of trainers and of records a plan keeps (round 17, two ministry texts): "完善执法师资库",
    # "记入职称评审诚信档案库" (framed as 案例库: "师资库" alone is a kind).
    ("师资库", "数据库"),
    ("档案库", "数据库"),
    # STORES_OF_UNITS (session 34): stores of firms, service bodies and talents a plan keeps, as of trainers
    # (round 42, 广州's 十五五 outline: "加强上市后备企业库和专业服务机构库动态管理"; a 十五五 talent chapter:
    # "建立高技能领军人才库"); the bare ending with nothing of its own ("建立人才库", "科技型企业库") stays a kind.
    ("企业库", "数据库"),
    ("机构库", "数据库"),
    ("人才库", "数据库"),
    ("知识库", "数据库"),
    ("专有云", "平台"),
    ("行业云", "平台"),
    ("政务云", "平台"),
    # A cloud named by what it serves, "建设药品监管云" (round 21, heldout6): CLOUD_HEAD_MIN keeps kinds out.
    ("云", "平台"),
    ("智慧网", "网络"),
    # An office network a plan builds (round 22 and heldout21, the 2013 smart-forestry opinion): "建成集约整合的中国
    # 林业网站群及中国林业办公网". (Not 专网: "外部专网", "移动专网", "卫生专网" name kinds far more often, heldout6.)
    ("办公网", "网络"),
    # Nodes of a national network a plan builds: "推动建设“星火链网”济南超级节点" (heldout6, round 7),
    # "工业互联网标识解析国家顶级节点".
    ("超级节点", "网络"),
    # PLACED_NODE (ext58): the node a place hosts of a national platform or network, the place right before 节点 (or
    # before 解析节点), is a platform of its own (rounds 24, 28 and 36: 苏州's outline, 上海's, 青海's review, gold each
    # time): "推进国家统一技术交易服务平台苏州节点建设", "推动建设长三角量子通信骨干网上海节点", "国家顶级域名青海解析
    # 节点"; a node without its place ("工业互联网标识解析节点", "特色节点", "关键节点") is a kind (NODE_WITHOUT_PLACE).
    ("节点", "网络"),
    ("顶级节点", "网络"),
    # Named towns and film cities: "云栖小镇", "宁波象山影视城" ("特色小镇" stays a class).
    ("小镇", "园区"),
    ("影视城", "园区"),
    # National parks, national cultural parks (often by a province's section) and archaeological and geological parks
    # a province builds, founds or has approved (rounds 34, 2 and 15: gold where built, `may` elsewhere):
    # "推进西南岩溶国家公园和南宁国家植物园创建", "加快建设长江国家文化公园（湖北段）", "提档建设钓鱼城国家考古遗址
    # 公园". The bare kinds ("推进国家公园建设", "国家考古遗址公园管理机制") have no proper word: classes
    # (is_generic). Not a plain 公园: a city's parks are places.
    ("国家公园", "其他"),
    ("国家文化公园", "其他"),
    ("考古遗址公园", "其他"),
    ("地质公园", "其他"),
    # Language corpora a plan builds for AI: "推进杭州语料库建设" (dev round 6).
    ("语料库", "数据库"),
    ("样本库", "资源库"),
    # Stores of samples, documents and works a plan builds or sets up (session 17, three rounds):
    # "海洋生物样品库" (heldout9), "建设…动态更新的政策文件库" (heldout7), "设立针对房屋建筑工程的单位
    # 工程库" (heldout12).
    ("样品库", "资源库"),
    ("文件库", "数据库"),
    ("工程库", "数据库"),
    ("基因库", "资源库"),
    ("种质库", "资源库"),
    # A named fish-breeding station or stock farm a project relies on for its releases (round 14, after
    # the score, hydropower approvals): "依托两河口鱼类增殖站实施增殖放流", "依托重庆南方大口鲶原种场
    # 实施增殖放流"; a station named by its kind alone is a class (STATION_ENDINGS).
    ("增殖站", "观测站"),
    ("原种场", "基地"),
    # A reserve of projects is a database as a 项目库 is (round 11): "推动将…纳入国家生态环保项目储备库"
    # (only where projects are put into it: RESERVE_ENDINGS).
    ("储备库", "数据库"),
    # … and a pool of firms to foster (round 19, a 山西 county's reform tasks): "在“专精特新”中小企业中筛选发展潜力好的
    # 企业建立“小巨人”企业培育库" (a pool of people is one too, "“数字工匠\"培育库", earlier gold `may`).
    ("培育库", "数据库"),
    ("观测站", "观测站"),
    ("监测站", "观测站"),
    ("试验站", "观测站"),
    ("园区", "园区"),
    ("产业园", "园区"),
    ("创新园", "园区"),
    # A software park is a park with a name of its own (round 23, 重庆's 十五五 outline: "推动
    # 重庆数字经济产业园、重庆软件园等向特色化…发展"; round 42, 广州's: "提质升级天河软件园"; round 28,
    # 深圳's review: "投用深圳工业软件园"): before, the name was not read at all. The bare kind
    # ("强化软件园等载体支撑") and a kind with a quality in front ("特色软件园") stay out as for
    # every park ending.
    ("软件园", "园区"),
    ("示范区", "示范区"),
    ("试验区", "示范区"),
    # "“互联网+义务教育”实验区": a pilot zone, written 实验区 as often as 试验区.
    ("实验区", "示范区"),
    ("先导区", "示范区"),
    # LEADING_ZONE_ENDING (ext58): a leading zone the state designates is a pilot zone by another word, named by its
    # place or its aim (rounds 26, 28, 38 and 45, 广州's and 广东's reports and outline, 上海's outline, gold each
    # time): "深入打造浦东社会主义现代化建设引领区", "全面落实环南昆山—罗浮山县镇村高质量发展引领区…"; a role written
    # with a tier ("全国公共文化服务高质量发展引领区", a trap) stays a class as every 示范区 does.
    ("引领区", "示范区"),
    # Practice zones of a new economy a plan builds, a pilot zone by another word (round 13, a 上海 S&T
    # opinion): "建设国家“四新”经济实践区".
    ("实践区", "示范区"),
    # The areas of a pilot free trade zone: "湖北自贸试验区襄阳片区", "辽宁自贸试验区营口片区"
    # (a head of generic words alone, "重点片区", stays a class).
    ("片区", "示范区"),  # only after a pilot zone (PILOT_ZONE_AREA)
    # A new area of a pilot free trade zone, named by its place (round 17, a 浦东 carbon plan):
    # "临港新片区加快研究制定低碳发展行动方案" (not a city's 片区; a bare "新片区" has nothing of its own).
    ("新片区", "园区"),
    # Industrial and innovation districts a place names (round 17, a 浦东 carbon plan; round 6, the 临港
    # plan): "推进临港产业区、金桥经济技术开发区…", "临港装备产业区", "临港国际创新协同区".
    ("产业区", "园区"),
    ("协同区", "园区"),
    ("集聚区", "园区"),
    # … written 聚集区 as often (round 20, 重庆's key projects): "| 187 | 成渝滨江智谷新质生产力聚集区项目 |".
    ("聚集区", "园区"),
    # Industrial districts and parks and airport and inland-port districts a plan names by their
    # place: "推进吴泾工业区污染土地治理", "有序推进常青工业园…工作", "郑州航空港区", "乌鲁木齐国际
    # 陆港区" (round 4, round 2; not a bare 港区: "青岛港董家口港区" is a district of a harbour, a
    # port). 工业园区 is one ending, not 工业园 and a stray 区 ("苏州工业园区").
    ("工业区", "园区"),
    # Chemical industry zones, the field written in the ending (round 17, two 上海 texts): "在上海化学工业区、
    # 苏州工业园区…开展试点", "鼓励各区、临港新片区、上海化工区等区域开展…"; the place alone names the zone
    # (FIELD_ZONE_ENDINGS).
    ("化学工业区", "园区"),
    ("化工区", "园区"),
    ("工业园", "园区"),
    ("工业园区", "园区"),
    ("航空港区", "园区"),
    # … and the airport economic zones a city builds around its airports (round 32, 北京's outline; 重庆's and
    # 广州's outlines name the kind alone, round 27): "推进北京大兴国际机场临空经济区高质量发展", "在朝阳区、城市
    # 副中心、北京首都国际机场临空经济区…等区域规划建设国际组织集聚区".
    ("临空经济区", "园区"),
    # ECONOMIC_ZONE_ENDING (ext58): any economic zone a place names as its own carrier, as 临空经济区 (rounds 25, 38
    # and 45, 广州's outline and 广东's report, gold each time): "加快番禺国家级沿海渔港经济区…", "加快汕头、湛江临港
    # 经济区…", "推动广州东部中心与东莞水乡经济区…"; a kind written without its place ("临港经济区") stays a class
    # (KIND_ECONOMIC_ZONE). Not 功能区: "主体功能区", "重点功能区", "核心功能区" are planning classes far more often.
    ("经济区", "园区"),
    ("陆港区", "园区"),
    # A province's pilot free trade zone is one zone: "加快广西自贸试验区首创式、集成式探索" (round 4);
    # the bare "自贸试验区" of "所有自贸试验区" stays a class (ONE_PER_PLACE needs the place).
    ("自贸试验区", "示范区"),
    ("合作区", "园区"),
    # … and the zone a city builds to link with another region's hub (HUB_ZONE_AFTER, round 43, 合肥's outline):
    # "加快建设虹桥国际开放枢纽合肥联动区".
    ("联动区", "园区"),
    # INNOVATION_ZONE_ENDING (fixext59): innovation zones and source-of-innovation zones a city names as its own
    # are zones, as 协同区 and 联动区 (round 59, 广州's outline: "推动环五山创新策源区提质增效发展", "环港科大
    # （广州）创新区"; round 40's "徐汇区“营养健康谷”精准营养创新策源区"; round 33's "狮山商务创新区", gold each
    # time); an area named by its function alone ("科教创新区", "融合创新区") is `may` in the golds.
    ("创新区", "园区"),
    ("策源区", "园区"),
    ("高新区", "园区"),
    ("农高区", "园区"),
    ("经开区", "园区"),
    ("开发区", "园区"),
    ("保税区", "园区"),
    # Bonded port zones are one ending, not 保税港 and a stray 区 (round 13, a 临港 opinion): "依托上海自贸
    # 试验区洋山保税港区，…开展保税展示交易试点".
    ("保税港区", "园区"),
    ("综保区", "园区"),
    ("新区", "园区"),
    ("湾区", "园区"),
    ("街区", "园区"),
    ("物流园", "园区"),
    ("科学城", "园区"),
    ("科技城", "园区"),
    ("科创城", "园区"),
    # Innovation towns named 智创城 as 科创城 (round 13, a 普陀 district plan): "促进桃浦智创城动能迸发".
    ("智创城", "园区"),
    # Science-education, knowledge and digital towns, innovation districts and innovation ports a city's outline
    # names as its innovation carriers (heldout24, four cities' 十五五 outlines): "以广州科教城为核心载体", "西丽湖国际
    # 科教城", "南沙科学城、中新广州知识城", "河西中央科创区、南京软件谷、玄武数智城", "长三角智能制造与装备创新港
    # 和六合产业科技创新港", "建好国际人才创新港" (a class written with 等平台, "高校创新港", stays one).
    ("科教城", "园区"),
    ("知识城", "园区"),
    ("数智城", "园区"),
    ("科创区", "园区"),
    ("创新港", "园区"),
    # Service ports a city builds as platforms (round 26, 南京's 2026 report; round 23, 重庆's outline): "高水平建设
    # 扬子江法律服务集聚区、江苏国际法商服务港", "运营国际人才创新创业服务港" (not 数据港: "云计算数据港" is a kind,
    # sh-sti-12).
    ("服务港", "平台"),
    # Industry towns, pilot zones and agricultural comprehensive zones a plan builds: "中新济南未来
    # 产业城", "武清京津产业新城", "中非经贸深度合作先行区", "潍坊国家农综区", "沈抚科创园".
    ("产业城", "园区"),
    ("产业新城", "园区"),
    # … and the towns a work report builds for a sector or a service, named like 产业城 (round 26, 广州's and
    # 深圳's 2026 reports): "建设低空产业生态城、低空装备制造园", "加快建设…深港国际服务城等项目", "高水平打造…
    # 蛇口国际海洋城" (a bare "现代海洋城" stays a class).
    ("生态城", "园区"),
    ("服务城", "园区"),
    ("海洋城", "园区"),
    # … and the finance towns, legal-service districts, talent ports and manufacturing towns a city's outline builds
    # as its service platforms, named by their place (rounds 32 and 26-28, 深圳's, 上海's and 广州's outlines and
    # reports; gold: 城 and 港 written in full are platforms): "提升深港国际金融城、深港国际法务区、前海国际人才港等
    # 发展能级", "提升陆家嘴金融城…能级", "高标准建设广州湾区中央法务区", "高水平推进深汕智造城规划建设".
    ("金融城", "园区"),
    ("法务区", "园区"),
    ("人才港", "平台"),
    ("智造城", "园区"),
    ("先行区", "示范区"),
    ("农综区", "园区"),
    ("科创园", "园区"),
    # … and entrepreneurship and manufacturing parks (round 26, 南京's and 广州's 2026 reports; round 25, 南京's
    # outline; 临港's 2019 plan): "推进南京高等职业教育创新创业园建设", "在新片区留学人员创业园", "建设低空产业
    # 生态城、低空装备制造园".
    ("创业园", "园区"),
    ("制造园", "园区"),
    # … and science parks a city's outline lists among its parks (round 25, 苏州's outline): "做强中新生命科学园、
    # 中新绿色数码港、中新昆承湖园区…".
    ("科学园", "园区"),
    # Demonstration parks: "加快推进西宁绿电智算融合示范园…建设" (heldout4).
    ("示范园", "园区"),
    # … written 示范园区 as often, one ending as 工业园区 is (not 示范园 and a stray 区, which left the name unread;
    # round 32, 北京's outline; heldout25, 苏州's): "加快建设京津冀职业教育改革示范园区", "中日韩产业合作示范园区".
    ("示范园区", "园区"),
    # Spaceports, inland ports and science new towns a plan builds or supports (heldout2, dev,
    # heldout5): "推动烟台东方航天港融入国家商业航天布局", "推进…银川陆港等5个物流园区建设", "在海口美安
    # 科技新城等三个园区试行" (a bare 国际陆港 stays a class).
    ("航天港", "园区"),
    ("陆港", "园区"),
    ("科技新城", "园区"),
    # Science valleys, named 谷 after their field: "中原农谷", "中原量子谷", "中国声谷" (not a bare 谷:
    # "削峰填谷", "低谷"). The field word is in the ending, so the rest must name the valley.
    ("农谷", "园区"),
    ("光谷", "园区"),
    ("药谷", "园区"),
    ("声谷", "园区"),
    ("车谷", "园区"),
    ("氢谷", "园区"),
    ("算谷", "园区"),
    ("数谷", "园区"),
    # … and carbon valleys named after their digital-carbon field (round 32, 南京's outline; round 26, its report):
    # "支持江苏国际数碳谷建设".
    ("碳谷", "园区"),
    ("智谷", "园区"),
    # … and valleys named after software or medicine (heldout24, 南京's and 北京's outlines): "南京软件谷",
    # "打造中关村翠湖科技园区、国际医谷等一批高品质园区".
    ("软件谷", "园区"),
    ("医谷", "园区"),
    ("芯谷", "园区"),
    ("量子谷", "园区"),
    # … and valleys named after the cloud, vision or medical devices (plat29; rounds 28 and 33, 杭州's and 上海's):
    # "建设中国视谷、中国数谷、中国云谷、中国医药港等产业地标", "上海械谷".
    ("云谷", "园区"),
    ("视谷", "园区"),
    ("械谷", "园区"),
    # … and valleys named after sensors, the heart (biomedicine) or green industries (fixext51; round 51, 郑州's 十五五
    # proposal: "推进中国（郑州）智能传感谷等园区建设", "培育中原心谷、体外诊断等生物医药产业基地"; heldout4, 闵行's
    # renewal plan: "虹桥绿谷"). Not yet 美谷 (round 36's "东方美谷"): data/plans' sh-stic-14 names it too, and its
    # graph counts are the README's.
    ("传感谷", "园区"),
    ("心谷", "园区"),
    ("绿谷", "园区"),
    # … and valleys named after energy or computing power (fixext55; heldout55, 北京's 十五五 outline: "绿色先进能源产业
    # 重点建设昌平区“能源谷”、中关村(房山)绿\n色能源产业园…", gold 能源谷; heldout52, 郑州's proposal: "中原算力谷").
    ("能源谷", "园区"),
    ("算力谷", "园区"),
    # The data and governance bases (底座) a city builds as one platform (session 26, rounds 26-27): "推进建设实景三维
    # 广州统一时空数据底座" (广州's 2026 report), "建成一体化公共数据底座" (苏州's), "建设“多规合一”的国土空间数智治理
    # 底座" (重庆's outline); a bare "数字底座" is not one of these endings.
    ("数据底座", "平台"),
    ("治理底座", "平台"),
    # … and the international data ports a province or city names (rounds 25-27, 南京's outline and 2026 report,
    # 苏州's, 广州's outline): "依托江苏国际数据港", "高标准打造苏州国际数据港", "加快南沙国际数港" (not 数据港 alone:
    # "云计算数据港" is a kind, sh-sti-12; a bare "国际数据港" has nothing of its own).
    ("国际数据港", "园区"),
    ("国际数港", "园区"),
    ("材料谷", "园区"),
    # CITY_HUB_ENDING (ext52): the city operation hub a city names with its brand and builds as one platform (rounds
    # 28 and 30, 广州's review and 十五五 outline, gold each time): "推动“穗智管”城市运行管理中枢…". Not the 智能中枢 of
    # "完善城市运行和治理智能中枢" (round 30: the same hub described, not gold) nor a bare "智能中枢".
    ("管理中枢", "平台"),
    # NEW_TOWN_CARRIERS (ext52): the aviation, space, innovation and smart towns and the medicine, chip and information
    # ports a city names as its carriers, as 科学城 and 创新港 (rounds 28, 33, 35, 36 and 40, 上海's, 杭州's and 广西's
    # texts): "加快建设浦东国际航空城", "围绕闵行上海航天城", "推动吴淞创新城…", "中国医药港", "持续提升东方芯港", "提升
    # 中国—东盟信息港"; a bare 信息港 ("海港、陆港、空港、信息港") has nothing of its own (is_generic), and 智慧城市 /
    # 创新城市 run on. Not a plain 新城: "平原新城", "现代化滨江新城" are classes and roles far more often than names.
    ("航空城", "园区"),
    ("航天城", "园区"),
    ("创新城", "园区"),
    ("智慧城", "园区"),
    ("医药港", "园区"),
    # NAMED_PORT_ENDINGS (ext58): the eco-ports a city names as its carriers, as 创新港 (rounds 36 and 56, 天津's review
    # and 北京's outline, gold both times): "高标准推进京津冀智能网联新能源汽车科技生态港等园区建设"; and the free trade
    # port a province is built into (rounds 30 and 50, 广州's outline and the 20th congress report, gold; `may` in eight
    # other texts): "深化与海南自由贸易港协同". Not 数码港: "中新绿色数码港" is read whole as a listed park (round 25),
    # and as an ending its head of generic words made it a class.
    ("生态港", "园区"),
    ("自由贸易港", "示范区"),
    ("芯港", "园区"),
    ("信息港", "平台"),
    # A market's data report store (rounds 28 and 36, two 上海 texts, gold both times): "推动银行间市场数据报告库…".
    ("报告库", "数据库"),
    # A national monitoring network written 网: "建设国家环境监测网".
    ("监测网", "网络"),
    # A network of monitoring stations (站网) a basin has built: "已建成包括10个省（区）监测总站、35个地市
    # 监测分站、215个监测点的水土保持监测站网" (round 14, after the score).
    ("监测站网", "网络"),
    ("生物城", "园区"),
    ("创新带", "园区"),
    ("科创带", "园区"),
    ("科创大走廊", "园区"),
    ("科创走廊", "园区"),
    ("创新走廊", "园区"),
    ("枢纽", "其他"),
    ("数据中心集群", "其他"),
    ("直联点", "网络"),
    ("专用通道", "网络"),
    ("区域节点", "网络"),
    # Nodes of national computing and data networks: "全国一体化算力网络国家枢纽节点",
    # "国家数据基础设施（甘肃）区域功能节点".
    ("枢纽节点", "网络"),
    ("功能节点", "网络"),
    # Launch sites and education towns a plan builds: "商业航天发射场", "海口永兴教育城".
    # Not 大市场: "建设全国统一大市场" is a policy aim, not a platform.
    ("发射场", "其他"),
    # A command headquarters the nation builds for emergencies (rounds 41 and 46, the national 十四五 emergency plan's
    # projects and governance parts): "建成国家应急指挥总部", "建立国家应急指挥总部指挥机制"; not the 部 of a ministry.
    ("指挥总部", "其他"),
    ("教育城", "园区"),
    ("大学城", "园区"),
    # SCIENCE_SOURCE_ENDING: the science-and-innovation source a university town grows into, a carrier named as one
    # (rounds 26 and 53, 上海's 2026 report and 十五五 outline, gold both times): "加快松江大学城科创源建设",
    # "支持松江大学城科创源加快形成核心功能" (not 松江大学城 with a stray 科创源).
    ("科创源", "其他"),
    # Registries a plan sets up: "国家技术技能大师库", "专家库".
    ("大师库", "数据库"),
    ("专家库", "数据库"),
    # Parks written with 区 after a park ending: "世界领先科技园区", "绿电产业园区" end in one
    # ending, not in 科技园 plus a stray 区 (which made "世界领先科技园" a name).
    ("产业园区", "园区"),
    ("科技园区", "园区"),
    # Business districts, higher-education parks and innovation parks a plan builds or supports:
    # "丽泽金融商务区", "沙河高教园", "国际医药创新公园" (a bare 公园 is a city park).
    ("商务区", "园区"),
    ("高教园", "园区"),
    ("创新公园", "园区"),
    # Technology markets a plan strengthens: "建强安徽科技大市场" (not "全国统一大市场": the head
    # must say technology).
    ("科技大市场", "平台"),
    ("技术大市场", "平台"),
    # Computing networks and corridors: "积极融入全国一体化算力网", "打造环京津冀算力走廊".
    ("算力网", "网络"),
    ("算力走廊", "网络"),
    # TRIAL_NETWORK (ext48): a trial network of a new generation of mobile networks a lab or a city builds,
    # framed like every 网 (rounds 28 and 37, three 2026 reviews, gold each time): "紫金山实验室搭建全球首个
    # 6G外场试验网" (南京's and 江苏's), "6G小规模实验网率先建成" (北京's).
    ("试验网", "网络"),
    ("实验网", "网络"),
    # The e-government networks every level runs, named by what they carry (EGOV_NETWORKS,
    # heldout5, heldout3): "负责全州统一的…电子政务外网…的建设", "建设全省统一的政务服务网"
    # (not "工业互联网外网", "企业内网": a firm's network is a kind).
    ("政务外网", "网络"),
    ("政务内网", "网络"),
    ("政务服务网", "网络"),
    # Government websites and site groups and sensing networks a plan builds or strengthens
    # (heldout6: a State Council reply, a forestry and a provincial digital plan): "积极推进中央政府
    # 门户网站建设", "全面推进中国林业网站群建设", "加快建设天空地一体化水利感知网". Framed like every 网:
    # "政府网站服务体系" is no name. (Not 专网: "…与互联网、移动专网、外部专网…交换" names kinds.)
    ("门户网站", "平台"),
    ("网站群", "平台"),
    ("感知网", "网络"),
    # A nation's private, office and one-network networks a plan builds (session 22: round 21 and heldout6, the
    # forestry opinions and the drug regulator's cloud plan): "加快国家林业信息专网的升级改造", "中国林业办公网",
    # "构建全国药监一张网". Only with a name of their own (OWN_NETWORK_OPENING): "业务专网", "移动专网、外部专网",
    # "卫生专网" are kinds (is_generic).
    ("专网", "网络"),
    ("办公网", "网络"),
    ("一张网", "网络"),
)
# VALLEY_ENDINGS (plat29): a valley's ending holds its field, so a place or 国际 before it is a name of its own,
# not nothing of its own (heldout24, round 32: "打造中关村翠湖科技园区、国际医谷等一批高品质园区", "支持江苏国际
# 数碳谷建设").
VALLEY_ENDINGS = tuple(e for e, _ in FRAMED_PLATFORM_ENDINGS if e.endswith("谷"))
# … with at least this many characters before the ending ("国际医谷"; a lone 谷 word is no name).
VALLEY_HEAD_MIN = 2
# "以X为基础/为核心/为依托" relies on X as 依托 does (heldout6: a forestry plan, a drug regulator's
# plan): "以中国林业基础数据库和现有的资源监管数据库为基础", "以现有森林资源数据库、湿地资源数据库…等
# 专题数据库等四项专题库为基础". RELIED_ON_AFTER follows the name (through the rest of its list) with
# 以 before it in the clause.
RELIED_ON_BEFORE = "以"
# RELIED_ON_ROLES (ext59): … and so does "以X为重点/为主体/为主要载体/为先行示范/为主平台" — the work the clause plans
# is focused on X or carried by it (rounds 19, 23, 25, 33 and 52, cities' 十五五 outlines and proposals, a province's
# carbon plan, gold each time): "研究以陆海版本资源中心为主体" (重庆), "以产业科技创新枢纽港、江北新区科学城、新一代
# 自主可控工业软件科学园为主要载体" (南京), "以紫云山（包河）文化创意产业园为先行示范" (合肥), "以天开高教科创园为重点"
# (天津), "以沈大国家自主创新示范区等区域为重点" (辽宁). A kind ("以国家公园为主体的自然保护地体系", "以国家产业创新中心
# 为重点的…") stays a class (is_generic). Not 为引领 / 为牵引: what leads the work is a role or a designation to win
# more often than a unit built ("以中医类国家医学中心为引领", round 24, a trap).
RELIED_ON_AFTER = re.compile(
    r"(?:[、和及与][^，。；！？]{2,30}?)*(?:等[^，。；！？]{0,20}?)?为(?:主要|重要)?"
    r"(?:基础|核心|依托|载体|支撑|骨干|龙头|重点|主平台|主体|承载|先行示范)"
)
# Launching a platform (上线) deploys it, but not the 上线 inside "线上线下" (online and offline,
# session 13): "推动政务服务线上线下标准统一" launches nothing, and cuts no name there either.
LAUNCH_GUARDED = r"(?<!线)上线(?!下)"
# LINKED_ZONES_VERB (ext58): 联动 frames the zones its clause links with, not services or bodies it works with
# (round 43, 广东's annexes: "联动青少年服务中心、12338妇联维权服务中心…", not gold).
# Its first item must not be a centre, a station or a room (read as a lookahead that fails, not one that must see the
# zone: the patterns are searched up to a name's ending); one alternative of PLATFORM_FRAME, so no "|" in it.
LINKED_GUARDED = r"联动(?![^，。；！？\n、]{1,20}?[心站室所])"
# OPERATED_GUARDED (ext60): 运营 frames what it runs, not as a firm's line of work before a noun (企业, 商, 主体, 机构,
# 公司, 单位: "充电运营企业等经营主体、智慧车联网平台", round 15, a class); one alternative of PLATFORM_FRAME, so no
# "|" in it (_FRAME_WORDS splits the pattern; there it is the plain anchor word 运营).
OPERATED_GUARDED = r"运营(?![企商主机公单])"
# The verbs of that frame: build (建设 …), strengthen (完善, 提升 …) or support (依托, 支持 …).
PLATFORM_FRAME = re.compile(
    r"建设|建立|建成|打造|布局|搭建|组建|筹建|创建|设立|新建|共建|扩建|构建|培育|推进|推动|加快|完善|健全|提升|"
    r"升级|优化|强化|加强|依托|支持|争创|谋划|迭代|整合|做强|发挥|争取|促进|落地|办好|建好|建强|用好|做大|做优|增强|提高|壮大|巩固|拓展|深化|"
    # "加速未来科学城…建设" (accelerate, as 加快); "积极融入全国一体化算力网" (join: relied on).
    # LINKED_ZONES_VERB (ext58): linking with a zone relies on it as 依托 does (round 57, 杭州's 十五五 outline:
    # "联动杭州钱塘新区、宁波前湾新区、绍兴滨海新区、舟山群岛新区，加强产业链、创新链合作", all four gold).
    r"加速|融入|" + LINKED_GUARDED + r"|"
    # "推广应用国家农产品质量安全追溯平台": spreading the use of a platform relies on it.
    r"推广|"
    # Finishing or launching one builds it: "完成西藏南路隧道数字孪生平台试点", "完成轨道交通结构与
    # 轨道设施智能运维平台基础功能开发", "建成并上线运行…平台" (LAUNCH_GUARDED).
    r"完成|" + LAUNCH_GUARDED + r"|投运|"
    # … and so does putting one into use (投用, as 投运; ext40, round 28, 深圳's 2026 review): "投用深圳工业软件园、
    # 尖岗山软件产业园".
    r"投用|"
    # OPENED_OR_RUN_FRAME (ext60): … and so does opening one for use or running it (启用 as 投用; 运营, 挂牌运营 —
    # a centre the city runs is one it has; 点亮, lighting up a computing centre): rounds 23, 27, 28 and 33 (重庆's,
    # 苏州's, 南京's and 深圳's 2026 reports and outlines, gold each time): "启用市数字城市运营管理中心", "启用江苏
    # （南京）涉外法律服务中心", "挂牌运营国际船舶登记服务中心", "高水平运营国际人才创新创业服务港", "全面点亮国家超算
    # 深圳中心二期" (运营 guarded, OPERATED_GUARDED).
    r"启用|" + OPERATED_GUARDED + r"|点亮|"
    # … and so does starting one (round 14, after the score, a reply on the green Belt and Road):
    # "启动“一带一路”绿色供应链平台".
    r"启动|"
    # … and so does expanding one (round 17's second wave, 重庆's outline): "扩容重庆国家级互联网骨干直联点".
    r"扩容|"
    # Forming one is building it: "逐步形成集数据储存、共享功能于一体的行政执法数据中心".
    r"形成|"
    # Bringing data or work into a platform relies on it (heldout5): "将各区可回收物信息接入绿色账户
    # 平台", "逐步纳入各级城运中心“一网统管”平台", "纳入全国信用信息共享平台".
    r"接入|纳入|"
    # Building on a platform and logging in to one rely on it (heldout6: a forestry plan, 中山):
    # "基于目前的林业空间地理数据库和遥感影像数据库，构建…", "应当登录中山市政务数据开放平台上传数据".
    r"基于|登录|"
    # Data sent into a platform relies on it as 接入 does (round 9, a monitoring notice and reply):
    # "实时上传至国家水质自动综合监管平台", "报送至全国排污许可管理信息平台" (with 至: "上传数据到中央
    # 数据库" is a mine's own store).
    r"(?:上传|报送|汇交)至|"
    # Settling in, renting or using a base or a centre relies on it (ANCHOR_WORDS 入驻 租用 利用); so does projects'
    # settling in a park (round 35, 辽宁's review of the 14th plan: "中科院金属研究所创新港14个项目落户沈抚科创园").
    r"入驻|租用|利用|落户|"
    # A status a review says the region won is one it has (SOUGHT_AND_WON): "成功申建中国（新疆）自贸试验区".
    r"成功申建|"
    # Entering records into a platform relies on it as 接入 does (round 12, after the score): "将本辖区
    # 内长者饭堂的基本信息录入广州市为老服务综合平台".
    r"录入|"
    # … and so does entering a record into one (round 17, a ministry's title-review notice): "记入职称评审
    # 诚信档案库，纳入全国信用信息共享平台".
    r"记入"
)
# LIST_CONTINUED_CLAUSE (round 54, 广州's outline): a clause that opens with 以及 goes on with the list of the clause
# before, whose verb deploys it too: "建设白云“白云美湾”、…、从化“湾区美谷”，以及花都狮岭皮革皮具跨境贸易小镇、…、
# 番禺钻汇时尚产业园、海珠TIT创意园等" builds the parks after 以及 as the ones before (all gold).
LIST_CONTINUED_CLAUSE = re.compile(r"[ \t　]*以及")
# … an item of that list ends at a list mark, 等 or the clause's end (LIST_CONTINUED_ITEM_END); a name that
# qualifies what is built is none: "建设…等海洋研究实验室群，以及东海海底观测试验网的仪器装备、…等重大科研设施"
# (the section gold of sh-sti-12 has no 东海海底观测试验网).
LIST_CONTINUED_ITEM_END = re.compile(r"[、，,。；;和及与]|等|\s|$")
INSTITUTION_ENDINGS: tuple[tuple[str, str], ...] = (
    ("医院", "医院"),
    # Health facilities and public-health agencies named by their kind of service: "市妇幼保健院",
    # "市疾控中心", "市急救中心", "省血液中心", "…街道社区卫生服务中心"; these 中心 are agencies,
    # not platforms. Named by a level or 乡镇/社区 alone they are classes ("乡镇卫生院").
    ("保健院", "医院"),
    ("卫生院", "医院"),
    ("疾控中心", "其他"),
    ("疾病预防控制中心", "其他"),
    ("急救中心", "医院"),
    ("血液中心", "医院"),
    # … and a city's central blood station (round 25, 苏州: "推进苏州市中心血站改扩建", gold as 其他), not 苏州市中心.
    ("中心血站", "其他"),
    ("卫生服务中心", "医院"),
    ("大学", "高校"),
    ("学院", "高校"),
    # A junior college's formal name ends in 高等专科学校 (round 28, 教育部's list of certified teacher programmes):
    # "黔南民族幼儿师范高等专科学校"; named by its kind alone ("具备条件的专科学校") it is a class (高等 generic).
    ("专科学校", "高校"),
    # A university's graduate school in another city is a body of its own, named with its university (round 26,
    # 深圳's 2026 report): "加快建设清华大学深圳国际研究生院（二期）".
    ("研究生院", "高校"),
    ("科学院", "科研院所"),
    ("研究所", "科研院所"),
    ("研究院", "科研院所"),
    # An institute's or academy's branch in a city is a body of its own, named with its host (round 25, 合肥's
    # proposal): "建强用好安徽高等研究院合肥分院" (not 安徽高等研究院 alone), "中国科学院上海分院"; only with its host
    # in the name (BRANCH_WITH_HOST): "…研究院正高级工程师/风景分院院长" (heldout9) names a person's post.
    ("分院", "科研院所"),
    # New R&D institutions named 创新院: "加快建设湘江科技创新院".
    ("创新院", "科研院所"),
    # … and institutes by their usual short forms, X研院 for X技术研究院: "提升哈工大先研院、省工研院
    # 运营质效" (round 4), 产研院 (产业技术研究院), 高研院 (高等研究院), 智研院, 创研院.
    ("先研院", "科研院所"),
    ("工研院", "科研院所"),
    ("产研院", "科研院所"),
    ("高研院", "科研院所"),
    ("智研院", "科研院所"),
    ("创研院", "科研院所"),
    ("设计院", "企业"),
    ("公司", "企业"),
    ("集团", "企业"),
    ("银行", "企业"),
    ("分行", "企业"),
    # Works are enterprises, named by their place and what they make (round 5): "重庆炼钢厂",
    # "唐山钢厂", "马鞍山铁厂", "抚顺制铝厂", "大连船用柴油机厂". A head with no proper word is a
    # class ("大型钢铁厂"), as for every ending.
    ("钢厂", "企业"),
    ("铁厂", "企业"),
    ("铝厂", "企业"),
    ("铜厂", "企业"),
    ("柴油机厂", "企业"),
    ("机车厂", "企业"),
    ("造船厂", "企业"),
    # … and the works that make machines, instruments and equipment, or wash coal, named by their place
    # (round 15, the annex of a State Council notice listing the coal ministry's enterprises):
    # "张家口煤机厂、石家庄煤机厂、峰峰金属支架厂", "西安煤矿仪表厂、渭南煤矿专用设备厂", "湖南省株洲
    # 洗煤厂". A head of kinds alone is a class ("纺织机械厂", "机器制造厂": WORKS_CLASS_ENDINGS in
    # rules.institutions).
    ("煤机厂", "企业"),
    ("机械厂", "企业"),
    ("机器厂", "企业"),
    ("制造厂", "企业"),
    ("设备厂", "企业"),
    ("仪表厂", "企业"),
    ("支架厂", "企业"),
    ("洗煤厂", "企业"),
    ("选煤厂", "企业"),
    # POWER_PLANT_ENDING (ext46): a power plant named by its place or its firm is an enterprise, the actor of the
    # project it runs (rounds 15b, 27, 30: "推进珠江电厂、恒运电厂等煤电机组…改造", "合川电厂…", "大唐南京电厂二期",
    # "北京第一热电厂"); a plant named only as a project's site is `may` ("审批庄河电厂项目", round 4). A head of kinds
    # alone is a class (WORKS_CLASS_ENDINGS): "虚拟电厂", "生活垃圾焚烧发电厂", "核电厂" are kinds.
    ("电厂", "企业"),
    # Research and design academies with branches, and survey institutes named by what they do (round 9,
    # an expert list): "煤炭科学研究总院", "水电水利规划设计总院", "中国地质环境监测院", "中国国土勘测
    # 规划院". A head of generic words alone stays a class ("省级规划院").
    ("研究总院", "科研院所"),
    ("设计总院", "企业"),
    ("规划院", "科研院所"),
    ("监测院", "科研院所"),
    # … and refineries and chemical works, named by their owner and place (round 9, a member list):
    # "中国石化济南炼油厂", "中国石化湖北化肥厂", "中国石化九江石油化工总厂" (总厂: a works with branches).
    # "大型炼油厂" has no proper word: a class. (Not 化工厂: a city's plans name the sites of closed
    # chemical works far more often than the works, "在上海化工厂老厂房旧址上建设…", dev round 5.)
    ("炼油厂", "企业"),
    ("化肥厂", "企业"),
    ("总厂", "企业"),
    # WORKS_OF_A_CASE (fixext49): works a supervision letter or an enforcement case names by place and trade name,
    # the firm inspected (round 48's second wave, 生态环境部's letters to 长治: "发现长治飞扬报废车辆拆解厂等2家企业
    # （点位）存在未安装治污设施等问题"; round 19, cases of monitoring fraud: "执法人员对尉氏县宏兴新型建筑材料厂进行
    # 现场检查"). A head of kinds alone is a class ("新建四个耐火材料厂", "小耐火材料厂"), as for every ending.
    ("材料厂", "企业"),
    ("拆解厂", "企业"),
    # Enforcement corps of a bureau are bodies of government, named by their place and duty (round 19, cases
    # of monitoring fraud): "安徽省环境监察局联合滁州市环境监察支队、定远县环境监察大队对…进行检查", as
    # earlier rounds' lead units were ("青岛市综合行政执法支队", "市消防救援支队"). A head of kinds alone is a
    # class, as for every ending.
    *((f"{duty}{tier}", "政府部门") for duty in ("监察", "执法", "救援") for tier in ("总队", "支队", "大队")),
    # … and so are their environmental monitoring stations, the agencies that sample and test for them (same
    # text): "定远县环境监测站对锅炉水膜除尘池循环液进行采样监测", "滁州市环境监测站对锅炉烟气进行执法监测".
    # Named by what they watch alone they stay a class ("建立健全环境监测站"); a station named by its
    # site stays a platform ("长江口水文水质监测站").
    ("环境监测站", "政府部门"),
    ("环境监测中心站", "政府部门"),
    # Mines are enterprises named by their place (heldout5, heldout4: "热河寿王坟铜矿", "安徽铜官山
    # 铜矿", "云南崮旧锡矿", "芦岭煤矿", "左权县河南村煤矿"; not 露天矿: "抚顺西露天矿、阜新海州露天矿
    # 等矿坑综合治理" are pits to restore). 铁矿, 煤矿 are also the ore and the
    # industry: a head of kinds and sizes alone is a class (MINE_CLASS_WORDS: "低品位铁矿",
    # "中小煤矿", "新建智能化煤矿"), and so is a mine before a field word ("煤矿安全", MINE_FIELD_AFTER).
    ("煤矿", "企业"),
    ("铜矿", "企业"),
    ("锡矿", "企业"),
    ("钨矿", "企业"),
    ("铁矿", "企业"),
    ("金矿", "企业"),
    # The administrative committee of a zone, written short: "临港新片区管委会" (round 5).
    ("管委会", "政府部门"),
    # … and its office, written short (管理委员会办公室): "交南方人才市场管委办复核" (round 12, after the
    # score); a head of generic words alone ("园区管委办") stays a class.
    ("管委办", "政府部门"),
    # ASSISTANCE_TEAM (fixext52): the ministry's team sent to assist and supervise in the air campaign is a
    # body the letters name as the one that found the problems (rounds 49 and 52, the 督办函 of 长治, 咸阳 and
    # 鹤壁: "我部蓝天保卫战重点区域强化监督定点帮扶工作组，在你市发现…", gold each time); the whole team's
    # name ends it, so that 强化 inside is no verb that cuts it; a team named by its task alone is no ending
    # ("科技攻关工作组", "工作组": traps).
    ("强化监督定点帮扶工作组", "其他"),
    # The governments of the special administrative regions: "被香港特别行政区政府、澳门特别行政区政府
    # 授予…称号" (round 12, after the score); 政府 alone is no ending (人民政府, 市政府 are).
    ("特别行政区政府", "政府部门"),
    # The health-insurance and social-insurance agencies of a city or district (医疗保障事业管理中心,
    # 社会保险基金管理中心), written short: "市医保中心", "区社保中心" (round 12, after the score, an
    # addressee); agencies that pay, not platforms.
    ("医保中心", "其他"),
    ("社保中心", "其他"),
    ("交易所", "其他"),
    # Regional equity exchanges are companies that run a market, named 股权(托管)交易中心 (round 13, a
    # 上海 S&T opinion): "争取在上海股权托管交易中心设立科技创新专板"; the longer ending wins over the
    # platform's 交易中心 ("上海技术交易中心" stays a platform).
    ("股权交易中心", "企业"),
    ("股权托管交易中心", "企业"),
    # The environmental monitoring headquarters station is an agency: "中国环境监测总站" (round 9). Not
    # the bare 监测总站, its defined short form, which a clause's words run into ("…管理监测总站").
    ("环境监测总站", "其他"),
    # A ministry's regional supervision stations are agencies: "生态环境部华东核与辐射安全监督站"
    # (round 10, a regulator's letters); a head of generic words alone ("质量监督站") stays a class.
    ("监督站", "政府部门"),
    ("促进会", "其他"),
    # Foundations, national, provincial and international (round 14, after the score, a reply on Hong
    # Kong cooperation): "国家林业和草原局与世界自然基金会、保尔森基金会共同举办…", "云南绿色环境发展
    # 基金会"; a head of generic words alone ("公益基金会") stays a class.
    ("基金会", "其他"),
    ("委员会", "其他"),
    # A sub-committee of a joint commission is a body of its own: "在中俄总理定期会晤委员会下成立中俄
    # 环境保护分委会" (round 9, a ministry's Belt and Road water plan).
    ("分委会", "其他"),
    # Museums and science venues ("上海科技馆", "上海天文馆", "上海辰山植物园").
    ("科技馆", "场馆"),
    ("天文馆", "场馆"),
    ("博物馆", "场馆"),
    ("博物院", "场馆"),
    ("科普馆", "场馆"),
    ("展览馆", "场馆"),
    ("纪念馆", "场馆"),
    ("美术馆", "场馆"),
    ("图书馆", "场馆"),
    ("植物园", "场馆"),
    # The national archives of publications (中国国家版本馆) and their branches, and a science museum by its long
    # form (rounds 28–30, 40: "杭州国家版本馆", "国家版本馆广州分馆", "广州国家版本馆"; round 28, 深圳's review:
    # "深圳科学技术馆…建成开放"; gold venues): 科技馆 does not end 科学技术馆. A bare "国家版本馆" stays `may`.
    ("版本馆", "场馆"),
    ("科学技术馆", "场馆"),
    # … and a venue's branch, named after its parent (rounds 28, 30, 36: "推动广州实验室、国家版本馆广州分馆…",
    # "中国考古博物馆壳丘头分馆挂牌"; every 分馆 of the development texts is a gold venue).
    ("分馆", "场馆"),
    # 档案馆 is left out: "数字档案馆（室）全覆盖" (heldout, a class) and "中国第二历史档案馆新馆" (round 26, no gold
    # name) cost more than "中国第一历史档案馆" (round 30) gains.
    ("动物园", "场馆"),
    ("海洋馆", "场馆"),
    # Theatres and concert halls ("建成开放上海大歌剧院").
    ("剧院", "场馆"),
    # … and a culture plaza with a name of its own, a venue of the city's culture (rounds 28 and 40, 深圳's and 广东's
    # reviews: "建成广州南沙大湾区文化体育中心、深圳湾文化广场、湛江文化中心等重大…"; gold venues). Not 广场 alone:
    # a shopping plaza is a firm's ("德基广场"), a square a place.
    ("文化广场", "场馆"),
    # Sports and exhibition venues, named partners and projects of a plan like museums: "以旗忠网球
    # 中心为核心", "串联…昆阳湖水上运动中心", "国家会展中心" (round 4); not platforms it builds.
    ("网球中心", "场馆"),
    ("体育中心", "场馆"),
    # … and an Olympic sports centre by its short form, 奥(林匹克)体(育)中心 (round 35, 湖南's review of 2025:
    # "长沙奥体中心开工建设"; round 23: "重庆国际博览中心、奥体中心、大田湾体育场等场馆"), alone too
    # (VENUE_SHORT_FORMS).
    ("奥体中心", "场馆"),
    ("运动中心", "场馆"),
    # The sports administration's centres that run one sport are its agencies, not platforms a plan builds (round 31,
    # a county's healthy-county plan: "国家体育总局武术运动管理中心"; round 36, 福建's review: "省足球运动管理中心";
    # gold institutions).
    ("运动管理中心", "政府部门"),
    ("会展中心", "场馆"),
    # … and an expo centre, listed among the venues a plan puts to use (round 23, 重庆's 十五五 outline): "推动重庆国际
    # 博览中心、奥体中心、大田湾体育场等场馆综合利用" (the gold's venue, as 国家会展中心 is round 4's).
    ("博览中心", "场馆"),
    # … and a conference centre, a venue the city runs and opens to visitors like an expo centre (round 26, 深圳's
    # 2026 work report: "提升深圳国际交流中心、前海国际会议中心外事服务功能"); a platform's is no 会议 (the ending
    # is read where jieba ends a word there, as every ending).
    ("会议中心", "场馆"),
    ("音乐厅", "场馆"),
    # Sports palaces, workers' culture palaces and arts centres, venues a plan builds or renovates as
    # projects like theatres (round 13, a 普陀 district plan): "加快推进波克艺术中心、市体育宫等重大项目
    # 建设", "沪西工人文化宫"; not platforms.
    ("体育宫", "场馆"),
    ("文化宫", "场馆"),
    ("艺术中心", "场馆"),
    # … and performing-arts centres (round 24, 杭州: "推进杭州未来国际演艺中心等项目建设"; round 25, 广州:
    # "黄埔国际体育演艺中心"), venues like theatres; a city's international communication centre is a media body
    # it runs (round 25, 南京 and 合肥: "持续建设南京国际传播中心", "建设合肥科技传播中心").
    ("演艺中心", "场馆"),
    # … and a city's public culture centre, youth activity centre and equestrian centre (ext50: round 28, 深圳's review:
    # "安托山公共文化中心", "建成光明国际马术中心"; round 36, 重庆's review: "市青少年活动中心"; gold venues, each a
    # false platform before). Not 文化中心 or 活动中心 alone: "岭南文化中心", "长三角公共活动中心" are roles.
    ("公共文化中心", "场馆"),
    ("青少年活动中心", "场馆"),
    ("马术中心", "场馆"),
    ("传播中心", "其他"),
    # Other venues plans renovate, open or partner with: "推进定海剧场改建项目", "打造“上海人民城市
    # 实践展示馆”", memorial sites "中共一大会址", "陈望道旧居" (a former residence kept as a museum).
    ("剧场", "场馆"),
    ("展示馆", "场馆"),
    ("会址", "场馆"),
    ("旧居", "场馆"),
    ("故居", "场馆"),
    # … and the memorial venues a red-tourism route or a 革命文物 plan names as its stops (round 31, after rounds 5
    # and 23): "枣阳市革命烈士陵园", "宜城张自忠将军纪念园", "湘鄂边苏区革命文物陈列馆" (湖北's routes, heldout31).
    # Not 旧址 alone: a district's heritage plan names dozens of factories' old sites ("上海锅炉厂旧址", dev), `may`
    # where round 5 met them.
    ("烈士陵园", "场馆"),
    ("纪念园", "场馆"),
    ("陈列馆", "场馆"),
    # The former site (旧址) of a revolutionary body, a unit of the Red Army, a base area or a meeting is a venue of
    # its own (rounds 23 and 31: "红岩村八路军重庆办事处旧址", "歌乐山“中美合作所”集中营旧址", "大悟中原军区旧址",
    # "红三军司令部旧址", "七里坪工会旧址", "陕南周报社旧址", "红四军、红六军会师旧址"; gold venues); 旧址 alone is no
    # ending: an industrial-heritage plan's former factories are no gold venues (dev round 1, 杨浦's: "上海锅炉厂旧址",
    # "永安栈房旧址"), and the ending took the platform and firm before them ("哔哩哔哩新世代产业园内…工厂旧址").
    *(
        (f"{head}{site}", "场馆")
        for head in (
            *("军区", "军部", "司令部", "指挥部", "政治处", "办事处"),
            *("革命", "根据地", "集中营", "会师", "工会", "报社"),
        )
        for site in ("旧址", "旧址群")
    ),
    # Associations and learned societies ("中国证券投资基金业协会"); a head of generic words alone
    # ("行业协会") stays a class.
    ("协会", "其他"),
    ("学会", "其他"),
    # Branches of an association named for their field (round 20, 广州's V2G plan; round 14, a reply on the Greater Bay
    # Area): "成立广州市电力行业协会车网互动分会", "指导全国水生野生动物保护分会" (an association's ending, read only
    # where jieba ends a word there: not "部分会议", "分会场").
    ("分会", "其他"),
    # Federations of members: "发挥滨江治理联合会参与社会治理的作用", "中国科学技术协会"'s kin
    # "省工商业联合会"; a head of generic words alone ("行业联合会") stays a class.
    ("联合会", "其他"),
    # Alliances named by their members' region or a national word: "中国人工智能产业技术创新联盟",
    # "省会经济圈科技创新联盟" (heldout6); a head of generic words alone ("产业技术创新联盟") stays a
    # class (ASSOCIATION_ENDINGS).
    ("联盟", "其他"),
    # Observatories: "香港天文台", "澳门地球物理气象台" (heldout6, a meteorology reply).
    ("天文台", "其他"),
    ("气象台", "其他"),
    # International organisations named by their kind of body ("世界气象组织", "联合国开发计划署");
    # those without such an ending are listed in data/names.yaml.
    ("组织", "国际组织"),
    ("规划署", "国际组织"),
    ("计划署", "国际组织"),
    # Working groups, offices and joint conferences set up with a proper name: "中央教育工作领导小组",
    # "国家组织药品集中采购和使用试点工作小组", "联合采购办公室", "国务院职业教育工作部际联席会议";
    # a head of generic words alone ("成立工作小组") stays a class.
    ("领导小组", "政府部门"),
    # A standing group that pushes a line of work: "北京市大数据工作推进小组" (dev round 6).
    ("推进小组", "政府部门"),
    # … and a coordinating group or a task force set up for one line of work: "国家自主创新示范区部际
    # 协调小组", "省人工智能先导区工作专班", "市人工智能工作专班" (heldout6).
    ("协调小组", "政府部门"),
    # … and the regional air-pollution cooperation group the State Council set up before its leading
    # group (round 14, after the score): "成立了京津冀及周边地区大气污染防治协作小组".
    ("协作小组", "政府部门"),
    ("工作专班", "政府部门"),
    ("工作小组", "其他"),
    ("办公室", "其他"),
    ("联席会议", "政府部门"),
    # Command headquarters set up for an emergency or a task: "国家粮食应急工作指挥部",
    # "三峡库区地质灾害防治工作指挥部" (not a ministry: 部 alone needs MINISTRY).
    ("指挥部", "其他"),
    # An agency run for a government: "上海市医药集中招标采购事务管理所".
    ("管理所", "其他"),
    # "供销合作总社": a national body named 总社.
    ("总社", "政府部门"),
    # Courts and procuratorates named as lead units ("（最高人民法院、最高人民检察院、公安部负责）");
    # one named by its level alone ("县人民法院") is a class like "区人民政府".
    ("法院", "政府部门"),
    # … and a specialised tribunal and an arbitration court (round 25, 南京's and 广州's outlines): "高标准建设南京数据
    # 资源法庭", "依托广州国际航运仲裁院做强海商法律仲裁服务" (杭州国际仲裁院, round 25's 杭州 text).
    ("法庭", "政府部门"),
    ("仲裁院", "其他"),
    # … and an arbitration centre a place names (round 30, 南京's 十五五 outline: "江苏（南京）国际商事仲裁中心" is a
    # gold institution; written without its place it is a designation, may in rounds 25 and 30).
    ("仲裁中心", "其他"),
    # Detention centres, named by their county as receptors of a project's noise (round 14, after the
    # score, a hydropower approval): "针对雅江县社会福利救助中心、雅江县看守所…采取…措施".
    ("看守所", "政府部门"),
    ("检察院", "政府部门"),
    ("人民法院", "政府部门"),
    ("人民检察院", "政府部门"),
    # The Red Cross societies health plans name as actors ("发挥中国红十字会作用"). (Not 工程院 or
    # 研究室: in science plans they are mostly units of a lab or a project, "大科学工程院",
    # "…分子分型研究室".)
    ("红十字会", "其他"),
    # Representative offices of organisations in China: "世界自然保护联盟中国代表处".
    ("代表处", "其他"),
    # The production and construction corps, a body of its own in every national text that lists
    # the provinces: "各省（区、市）和新疆生产建设兵团", "新疆生产建设兵团狠抓土地利用监管".
    ("生产建设兵团", "其他"),
    # Culture halls, trade unions, supply-and-marketing federations and provincial academies of
    # agriculture: "市文化馆", "市总工会", "省供销合作社联合社", "省农科院".
    ("文化馆", "场馆"),
    ("总工会", "其他"),
    ("联合社", "其他"),
    ("农科院", "科研院所"),
    # … and the other academies written short, a province's or city's own (round 15, a city's digital
    # energy plan): "依托市环科院、重邮科技园、重庆地大工研院等研发机构" (环境科学研究院); 林科院, 社科院 alike.
    ("环科院", "科研院所"),
    ("林科院", "科研院所"),
    ("社科院", "科研院所"),
    # Regional offices of a national regulator and a province's fire and rescue corps, listed among the
    # units that act (round 15): "省市场监管局、山东能源监管办等加强协同" (国家能源局山东监管办公室),
    # "…数据管理局，福建省消防救援总队,各设区市发改委" (an addressee list).
    ("能源监管办", "政府部门"),
    ("消防救援总队", "政府部门"),
    ("消防救援支队", "政府部门"),
    # The field teams of geology, named by their place or number (round 17, a 1980 State Council circular):
    # "如安徽三二二地质队一台钻机", "三二七地质队派车给钻机送料" (a bare 地质队 stays a class).
    ("地质队", "其他"),
    ("地质大队", "其他"),
    ("人民政府", "政府部门"),
    ("市政府", "政府部门"),
    ("省政府", "政府部门"),
    ("区政府", "政府部门"),
    ("县政府", "政府部门"),
    ("科委", "政府部门"),
    ("办公厅", "政府部门"),
    ("总局", "政府部门"),
    ("管理局", "政府部门"),
    ("局", "政府部门"),
    ("厅", "政府部门"),
    ("部", "政府部门"),
    ("委", "政府部门"),
    ("署", "政府部门"),
)
# Government bodies and academies named without a regular ending.
NAMED_INSTITUTIONS: dict[str, str] = {
    "国务院": "政府部门",
    "人民银行": "政府部门",
    # The Party's and the State Council's general offices and the central staffing commission by the
    # short forms replies use (round 17, two replies to NPC deputies): "2016年9月以中办、国办名义正式印发",
    # "我部会同中央编办等部门起草"; not inside a word ("集中办理", "全国办理": SHORT_OFFICE_FORMS).
    "中办": "政府部门",
    "国办": "政府部门",
    "中央编办": "政府部门",
    "网信办": "政府部门",
    # The State Council's offices for Hong Kong and Macao, Taiwan and overseas Chinese, by the short
    # forms replies use (round 14, after the score): "由我部会同农业农村部、国家林业和草原局、国务院港澳办
    # 办理" (its 办 runs into 办理, so OFFICE_END cannot end it).
    "国务院港澳办": "政府部门",
    "港澳办": "政府部门",
    "国务院台办": "政府部门",
    "国台办": "政府部门",
    "国务院侨办": "政府部门",
    "侨办": "政府部门",
    "金融办": "政府部门",
    "扶贫办": "政府部门",
    "外办": "政府部门",
    # The armed police's headquarters, an addressee and an actor of State Council notices (round 22, the 1991
    # notice on tungsten mining): "解放军总后勤部，武警总部：", "由军矿主管部门、武警总部和司法部…办理审批".
    "武警总部": "其他",
    # The national legislature's standing committee by its usual short form, named as an actor in replies to NPC
    # deputies (round 22): "我部积极配合全国人大常委会制修订了大气、水、土壤…等16部专门法律".
    "全国人大常委会": "其他",
    # The legislature itself and the supreme court by the short forms ministries' replies use, next to the
    # procuratorate's (round 48, 生态环境部's 2020 reply on damage compensation, twice each): "2020年5月28日全国人大审议
    # 通过的民法典", "生态环境部和最高法、最高检、司法部…等11个部门，联合印发", "司法部与最高法、最高检联合出台".
    "全国人大": "其他",
    "最高法": "其他",
    "最高检": "其他",
    # … and a province's or city's, named where a work report reviews the laws it sent up (round 35, 湖北's and 陕西's
    # reviews of the 14th plan; round 33, 北京's): "提请省人大常委会审议地方性法规草案41件" (NAMED_PREFIX lets 省/市
    # stand before it).
    "人大常委会": "其他",
    "银保监会": "政府部门",
    "证监会": "政府部门",
    "银监会": "政府部门",
    "保监会": "政府部门",
    "科技部": "政府部门",
    "教育部": "政府部门",
    "工业和信息化部": "政府部门",
    "工信部": "政府部门",
    "国家发展改革委": "政府部门",
    "市科委": "政府部门",
    "市经济信息化委": "政府部门",
    "市发展改革委": "政府部门",
    "市教委": "政府部门",
    "中国科学院": "科研院所",
    "中科院": "科研院所",
    # The other national academy, written without an ending of ours (工程院 alone is left out: in science plans
    # it is mostly a unit of a project, "大科学工程院"): "深化与中国科学院、中国工程院等单位的战略合作" (round 23,
    # 重庆's 十五五 outline), "中国科学院院士、中国工程院院士" (round 12, a district's talent rules).
    "中国工程院": "科研院所",
    # Mass organisations (群团组织) named without an ending: "发挥工会、共青团、妇联等群团组织作用",
    # "省科协". 工会 is left out: the word is also any trade union.
    "共青团": "其他",
    # Their national bodies: "共青团中央", "全国妇联" (NAMED_PREFIX lets 全国 stand before a body).
    "共青团中央": "其他",
    "妇联": "其他",
    "科协": "其他",
    "残联": "其他",
    "侨联": "其他",
    "文联": "其他",
    # … and the Red Cross and the family-planning association, which the lead's settled convention (session 29) names
    # with them (round 34, 河南's and 湖南's reports: "发挥工会、共青团、妇联、科协、红十字会等群团组织作用",
    # "…贸促会、红十字会、计生协等…"; round 27: 重庆's welfare outline).
    "红十字会": "其他",
    "计生协": "其他",
}
# A city's venue its short form names alone, as a named body is (round 23: "…、奥体中心、大田湾体育场等场馆").
VENUE_SHORT_FORMS = frozenset({"奥体中心"})
# Only a place or a level of government may stand before a named body ("上海市科委", "省发展改革委",
# "全国妇联");
# anything else before it is the clause ("月底前报送国务院" names 国务院).
# 中央 but not 党中央: "党中央国务院" is two bodies written without their 、 (党中央 is a body of
# its own, not a level of 国务院), so the name is 国务院.
# A Party committee's office is named with its level and 委: "市委金融办", "省委网信办" (dev round 6).
# A level of government written before a body named without an ending is that level's own body of the plan's place,
# one body, where the level alone before an ending is a kind ("试点地区政府"): "提请省人大常委会审议地方性法规草案41件"
# (round 35, 湖北's and 陕西's reviews), "（责任单位：…市科协）" (round 10), "省科协" in a bracket of units (round 3).
# An autonomous region's is one too (round 37, 内蒙古's review of the 14th plan: "提请自治区人大常委会审议地方性
# 法规案29件").
LEVEL_OF_NAMED_BODY = frozenset({"省", "市", "区", "县", "自治区"})
# A named body's level or place written right after a verb the anchor words miss opens the name; the verb is the
# clause's (round 35, 湖北's and 陕西's reviews: "自觉接受省人大常委会监督" names 省人大常委会, "接受省科协指导").
# jieba's verb tag only: a place before the level is the name's own ("上海市浦东新区科协").
VERB_BEFORE_NAMED_BODY = frozenset({"v", "vd"})
NAMED_PREFIX = re.compile(rf"(?:{PLACE}|(?:省|市|区|县)委?|自治区|国家|(?<!党)中央|中国|全国)$")
# A government body is a class only when its head says which bodies generically ("有关部门",
# "各地区政府", "主管部门"); subject words are its name ("省科技厅", "市教委").
# "本省人民政府", "园区所属人民政府": whichever province or park the rule applies to (round 9).
# 地区 after a place's own name is an area of that place, named: "临港地区管委会", "上海市临港地区开发
# 建设管理委员会" (round 13, three 临港 texts); "试点地区政府" stays generic (NAMED_AREA_WORD).
NAMED_AREA_WORD = "地区"
NAMED_AREA_PLACE_TAG = "ns"
# … and so is the area around a named place, written 及周边地区: "京津冀及周边地区大气污染防治协作小组",
# "…领导小组" (round 14, after the score: the State Council's regional air-pollution groups).
SURROUNDING_AREA = "及周边地区"
GOVERNMENT_GENERIC_WORDS = _words(
    "有关 相关 主管 各 地方 本地区 各地区 试点地区 试点 地区 行政 本级 同级 上级 下级 其他 直辖市 所在地 当地 本省 所属"
    # Whichever town a person is registered or lives in (round 12, after the score): "由户籍地镇人民政府
    # 选定的服务机构", "交由居住地镇人民政府": one body per person, a class.
    " 户籍地 居住地 户籍所在地 居住所在地"
    # Cities' governments as a class and a bureau's dispatched branches (round 17, two replies to NPC
    # deputies): "指出存在短板，提出改进建议，压实城市政府工作责任", "县级环保局调整为市级环保局的派出分局".
    " 城市政府 城市人民政府 派出分局"
)
# 行政 is generic only right before the body's ending (a kind of body: "教育行政局"); before the work a
# bureau does it is part of its name: "青岛市行政审批服务局", "市行政执法局" (round 10).
ADMINISTRATION_WORD = "行政"
# … but a bureau jieba's dictionary knows whole as an organisation is named by its domain before 行政 (round 22,
# the State Council's 1991 notice on tungsten mining): "会同国家工商行政管理局指定收购单位", "省工商行政管理局".
ADMINISTRATION_NAMED_TAG = "nt"
# A city's own laboratory is named by the city alone: "重庆实验室" (where "上海工程技术研究中心"
# is a class).
CITY_LAB = re.compile(rf"^(?:{'|'.join(PROVINCES)})实验室$")
# Endings of which a place has one: place + these is a name even with only generic words between
# ("上海技术交易中心", "重庆人工智能湾区"), where place + 研究中心 may be a class.
# So are a place's technology market and computing corridor ("安徽科技大市场", "环京津冀算力走廊").
# A level of government has one big-data platform: "依托市大数据平台实施共享" names the city's own,
# as "市疾控中心" names its agency (ONE_PER_LEVEL_AGENCIES; dev round 6).
ONE_PER_LEVEL_PLATFORMS = frozenset({"大数据平台"})
# PART_OF_COUNTRY_OPENING (round 23, 重庆's 十五五 outline): a part of the country names the one platform of a kind
# that serves it (ONE_PER_PLACE), as a place does, though 西部 alone is a generic word: "升级打造西部数据交易中心"; a
# head of the part alone is left to the other rules (PART_OF_COUNTRY_HEAD_MIN).
PART_OF_COUNTRY_OPENING = re.compile(r"^(?:东部|西部|中部|东北|西北|华北|华东|华中|华南|西南|东南|中南)")
PART_OF_COUNTRY_HEAD_MIN = 4
# PLACE_INSIDE_DESCRIPTION (session 25): a province, a regional grouping or a part of the country set inside a
# platform's description, after at least PLACE_INSIDE_AFTER characters of it, names the one serving that place,
# however generic the other words (a name opening with its place is left to the rules above): "用好先进技术成果
# 长三角转化中心" (苏州's outline, heldout24), "发挥先进技术成果西部转化中心…等平台作用" (四川's work report, dev).
PLACE_INSIDE_DESCRIPTION = re.compile(rf"(?:{PLACE}|{PART_OF_COUNTRY_OPENING.pattern.removeprefix('^')})")
PLACE_INSIDE_AFTER = 4
ONE_PER_PLACE = frozenset(
    {"交易中心", "科学城", "科技城", "科创城", "生物城", "新区", "湾区", "科技大市场", "技术大市场", "算力走廊"}
    | {"自贸试验区"}
    # A national hub's data-centre cluster is one per place (round 17's second wave, 重庆's outline: "构建
    # 重庆数据中心集群与跨域共享协同发展的算力供给体系"; "庆阳数据中心集群", "和林格尔数据中心集群").
    | {"数据中心集群"}
)
# PLACE_OWN_ENDINGS: a province or region names its one big-data or cloud-computing centre by itself, however
# generic the words between ("推进宝武马钢的长三角大数据中心", dev; "山东省云计算中心", round 7; "依托山东云计算中心",
# round 21), where a kind has no place ("区域性大数据中心", "超级计算中心"); so a park of a field named by its province
# or municipality, 产业园 and 软件园 ("推动重庆数字经济产业园、重庆软件园等向特色化、专业化发展", round 23; a
# kind has none: "现代农业产业园"). Read by the name's end: jieba's ending of the centres is the bare 中心 or 计算中心.
PLACE_OWN_ENDINGS = ("大数据中心", "云计算中心", "产业园", "软件园")
# A sub-national tier opening a platform's name makes it a class: every province or city has its
# "省级工业设计中心", "市级…平台" ("国家级省级质检中心" too); a quoted brand after the tier names one
# ("省级政务“一朵云”平台"). 国家级 alone is not such a tier: "国家级金融改革试验区" is one zone.
# Science towns an institution builds at a place keep the institution in their name: "加快中科院
# 济南科创城等重大载体建设" (heldout6: 济南, 山东), where a centre or lab after its host is the host's
# own unit named without it.
# So do a university's innovation port and science-education town ("山东大学龙山创新港", heldout6).
# … and a science park an academy builds in a city (round 26, 广州's 2026 report): "推进…中国科学院广州明珠科学园建设".
HOSTED_TOWN_ENDINGS = frozenset({"科创城", "科学城", "科技城", "创新港", "科教城", "科学园"})
# HOSTED_SITE: so does a base named by nothing but the place it stands in: the host's site there, one name (round 35,
# 辽宁's review of the 14th plan: "华锦阿美精细化工、中国原子能科学院葫芦岛基地、大连金州湾国际机场…等重点项目"; a base
# with words of its own after its host is the base alone, "…有限责任公司|国家光伏发电试验测试基地").
HOSTED_SITE_ENDINGS = frozenset({"基地"})
HOSTED_SITE_PLACE_TAG = "ns"
# The tiers below a district count too, with the alternative a plan gives in brackets: "（三）社区（村）级社区养老服务
# 设施。每个社区、行政村应当设置…" (gz-homecare-2022, heldout12: one class per tier, next to 区级 and 街道（镇）级).
SUBNATIONAL_TIERS = ("省", "市", "区", "县", "地市", "省市", "市县", "省市县", "乡镇", "街道", "社区", "镇", "乡", "村")
SUBNATIONAL_TIER = re.compile(rf"^(?:国家级)?(?:{'|'.join(SUBNATIONAL_TIERS)})(?:（[镇乡村]）)?级")
# COORDINATED_TIERS (ext48): the nation's tier coordinated with a lower one ranks a class as a tier alone
# does, one centre at each level (rounds 26 and 31: "建设国家和省级区域医疗中心", "国家和省级文物数据中心";
# the golds' "国家级和省级零碳园区", "国家和省级未来产业先导区", "国家、省两级数据中心" alike).
COORDINATED_TIERS = re.compile(r"^国家级?[和与及、](?:省部?|市|区|县|地市|省市|市县|省市县)(?:级|[、和与及两三四])")
# "全国一体化算力网", "全国一体化在线政务服务平台": the one integrated national system, a name
# even when the rest of its head is generic.
# So is a province's or a city's one integrated system (heldout6: 山东): "基本完成全省一体化综合指挥平台
# 建设", "完善省一体化大数据平台".
# Without the level too: the plan's own level is meant, one system ("推进一体化在线政务服务平台建设",
# heldout7: a provincial digital plan; "依托一体化政务大数据体系").
NATIONAL_INTEGRATED = re.compile(r"^(?:全国|全省|全市|省|市)?一体化")
# The nation's network, platform or database, named by 全国 and what it carries, is one thing even in
# generic words (round 9, a monitoring opinion and a reply): "初步建立全国生态监测网络", "建立…全国生态
# 环境监测大数据平台" (as "全国信用信息共享平台"). Not a kind of the nation's (全国性, 全国重点), nor
# one per unit ("全国各…", 全国统一 says how, not which).
NATIONAL_ONE_INFRASTRUCTURE = re.compile(
    r"^“?全国(?!性|重点|统一|各|范围|一体化)[\u4e00-\u9fff“”]{2,16}(?:平台|网络|数据库|信息库|资源库)”?$"
)
# The one e-government network of the plan's level is a name even with no word of its own:
# "政务服务网", "电子政务外网" (a tier or 各 before it still makes a class: "各地政务服务网").
EGOV_NETWORKS = frozenset({"政务外网", "政务内网", "政务服务网"})
# "国家重要能源和战略资源基地", "全国重要的…基地": a role of the region, not a platform.
# So is "老工业基地" ("甘肃老工业基地的地位", "东北老工业基地振兴"): a status of a region.
# So is a rank aimed at without 的: "打造世界领先科技园区", "国内领先…基地", "全球先进制造业基地" (dev round 6),
# "打造全球高端智能家居研发制造基地" (heldout6: "a role aimed at" in its gold), "国内知名…".
# So is a top rank (顶级, 顶尖; session 34, heldout40's 杨浦 innovation-zone plan): "深化上海数学与交叉学科研究院建设，
# 打造国际顶级科学家交流对接平台" is the institute's role, not a platform of its own (not in its gold).
# So is a name opening with 标杆性 ("of benchmark standing", heldout28's glossary of 上海's outline): "旨在打造全球人
# 才、技术、项目、资金汇聚中国的标杆性对接平台" says what a talent campaign aims to be.
# COUNTY_WIDE_OPENING (round 43, 合肥's 十五五 outline; 湖南's 2026 report, round 38): a platform named by 县域 opens
# one in every county, a kind: "加强县域医疗次中心建设", "县域特色产业园区", "县域医共体" (traps or may in every gold).
COUNTY_WIDE_OPENING = re.compile(r"^县域")
# IMPORTANT_ROLE_HEAD (round 42, 深圳's 十五五 outline; 新疆's 2026 report, round 35): 重要 right before a base or a
# hub, the field in front, is the same role: "加快建设世界服务贸易重要基地", "打造高端服务进出口重要基地和重大平台",
# "优质农牧产品重要供给基地" (all three traps in their gold).
# … and before a node (ext58, PLACED_NODE; round 4, 青海's 2026 report: "全国一体化算力网重要节点", not gold).
IMPORTANT_ROLE_HEAD = r"重要[\u4e00-\u9fff]{0,2}(?:基地|枢纽|节点)$"
ROLE_NAME = re.compile(
    r"^(?:国家|全国|世界|全球|区域)?重要|^(?:世界|全球|国际|国内|全国)(?:领先|一流|先进|高端|知名|顶级|顶尖)|老工业基地$"
    r"|^标杆性"
    rf"|{IMPORTANT_ROLE_HEAD}"
)
# INTERNATIONAL_ROLE_CENTRE (ext50, rounds 27, 28, 32, 33): a centre named only by a place, 国际 or 全球 and the
# sectors of ROLE_CENTRE_WORDS (or 科创) is the role the city aims to play, as "上海国际金融中心" is (must-not in
# rounds 13, 33 and 40), whatever the place: "打造南京国际航运中心" (南京's 江北 outline), "巩固提升沪港国际金融中心
# 功能" (上海's finance outline), "建设中国特色国际交往中心" (北京's outline), "国际航运和离岸贸易中心" (深圳's).
# A host or a word of its own keeps the name ("南京航运中心", "国际贸易服务中心", "浙江大学杭州国际科创中心" are gold).
INTERNATIONAL_ROLE_CENTRE = re.compile(r"(?:国际|全球)(?P<roles>[\u4e00-\u9fff]+)中心$")
INTERNATIONAL_ROLE_EXTRA = ("科创", "离岸", "和", "与", "及")
INTERNATIONAL_ROLE_OPENINGS = ("中国特色",)
# TRANSPORT_HUB (session 26, rounds 25-27): a hub named by a station or a mode of transport is an interchange
# the plan builds or a road, rail or freight role, never a platform (every round golds such hubs may or
# must-not): "推动重庆东站枢纽新城建设", "重庆站铁路综合交通枢纽工程" (重庆's 十五五 outline), "南京都市圈
# 货运枢纽经济区" (南京's); the designated logistics hubs stay ("重庆（长寿）生产服务型国家物流枢纽",
# "中新广州知识城国际数字枢纽" are gold).
# Passenger hubs, airports' and river ports' hubs too (round 30, 南京's and 杭州's 十五五 outlines:
# "禄口国际机场客运枢纽", "“五主四辅”客运枢纽", "内河港枢纽"; shipping service hubs are roles: "国际航运服务枢纽"
# is must-not in round 22). A hub named by a place of two or three characters alone (PLACE_ONLY_HUB) is an
# interchange or a district (round 30: "集中推进南沙湾、庆盛枢纽和南沙枢纽3个先行启动区建设", "苏沪省界至东桥
# 枢纽段"; "重庆枢纽", "莘庄枢纽", "松江枢纽" may in rounds 20–24); the hubs of the gold name what they serve
# ("临沂国家物流枢纽", "虹桥国际开放枢纽").
TRANSPORT_HUB = re.compile(
    r"(?:站|交通|货运|客运|铁路|高铁|航空|航运|联运|空港|机场|港|公交)[\u4e00-\u9fff“”（）]{0,8}枢纽$"
)
PLACE_ONLY_HUB = re.compile(r"^[\u4e00-\u9fff]{2,3}枢纽$")
# KIND_ECONOMIC_ZONE (ext58, with ECONOMIC_ZONE_ENDING): an economic zone named by one word alone is a kind every port
# or airport city has or a region several provinces share, neither a platform of its own: "打造临港经济区" (rounds 24,
# 27 and 33: 广州's, 重庆's and 苏州's outlines, never gold), "海西经济区" (round 2, must_not), "北部湾经济区",
# "海峡西岸经济区" (`may`); so is a region named by its theme ("江淮生态经济区", "辽东绿色经济区", `may`). Not
# "湛江临港经济区", "东莞水乡经济区" (a place and a kind, gold).
KIND_ECONOMIC_ZONE_ENDING = "经济区"
REGION_THEME_ECONOMIC_ZONE = re.compile(r"(?:生态|绿色)经济区$")
# NODE_WITHOUT_PLACE (ext58, with PLACED_NODE): the node endings that need a place right before them.
NODE_ENDING = "节点"
NODE_PLACE_BEFORE = re.compile(r"(?:解析)?节点$")
NODE_OWN_ENDINGS = ("超级节点", "顶级节点", "区域节点", "枢纽节点", "功能节点")
# … a place word jieba tags for any town or region names none (round 2, 河南's report: "陇海铁路沿线城市节点"; round
# 32, 北京's outline: "区域城镇节点", not gold).
NODE_NOT_PLACE = frozenset({"城市", "城镇", "区域", "城乡", "沿线"})
# Not names at all: a plan period ("“十四五”科技创新中心"), a numbered concept ("一心三区一平台"),
# a description with 的 ("具有全球影响力的科技创新中心").
NOT_A_NAME = re.compile(r"^“?十[一二三四五六七八九]五|的")
# NUMERAL_DISTRICT_GOVERNMENT (fixext59): a count before 区 names a district, no numbered concept, where the
# district's government follows it (round 59, 生态环境部's supervision letters to 郑州: "郑州市人民政府,二七区人民政府:"
# addresses 郑州's 二七区, gold; "一心三区" and "两区" are concepts, never a government's).
NUMERAL_DISTRICT_GOVERNMENT = r"(?![一二三四五六七八九十两]+区(?:人民)?政府)"
NUMBERED_CONCEPT = re.compile(
    # "两平台一中心" too: a numbered set of platforms.
    r"^" + NUMERAL_DISTRICT_GOVERNMENT + r"[一二三四五六七八九十两]+(?:[心区园带廊轴核城体网库委局部厅]|平台|中心|基地)"
    # … or closes it: "基层治理四平台" is a set of four platforms, not one.
    r"|(?<![第])[二三四五六七八九十两]+(?:平台|中心|基地)$"
    # … or a slogan counting its parts before one platform: "三纵两横一平台" (a model of a medical
    # alliance), "一馆一苑一论坛一广场一中心"; not "统一平台" (one counted part at least before it).
    r"|^(?:[一二三四五六七八九十两][\u4e00-\u9fff]{1,2})+[一二三四五六七八九十两](?:平台|中心|基地)$"
    # … or a quoted "one X, many Y" before it: "优化“一超多专\"工业互联网平台体系" (heldout6) is a tier
    # system of platforms ("一主多辅", "一核多点" likewise).
    r"|“[一两][\u4e00-\u9fff]多[\u4e00-\u9fff][”\"]"
)
# Associations and societies are set up by kind ("组建休闲农业和乡村旅游协会、产业及区域品牌联盟等
# 组织"): one with neither a place, nor 中国/全国/国际…, nor a proper word in its head is a class
# ("中国证券投资基金业协会", "上海市软件行业协会" are names).
ASSOCIATION_ENDINGS = frozenset({"协会", "学会", "促进会", "商会", "联合会", "联盟", "分会"})
# ASSOCIATION_SET_UP: … but one the plan itself sets up, right after the verb of founding it, is that one body when its
# head keeps ASSOCIATION_SET_UP_OWN_MIN characters of its own besides the generic words (rounds 41 and 2: "组建未来产业
# 国际创新联盟" (the national opinion on future industries), "17.建立脑机接口产业创新战略联盟" (上海's BCI plan),
# "组建省区域国别研究联盟" (江西's report)). Not where the clause urges others to found one each (ASSOCIATION_URGED:
# "鼓励贫困地区组建休闲农业和乡村旅游协会", "引导企业、高校…建立产业创新战略联盟"), nor a bare kind ("组建产业联盟").
ASSOCIATION_SET_UP_BEFORE = re.compile(r"(?:组建|建立|成立|筹建|发起)$")
ASSOCIATION_URGED = re.compile(r"鼓励|支持|引导|推动|推进|指导|倡导|各")
ASSOCIATION_SET_UP_OWN_MIN = 2
# ASSOCIATION_KIND_WORDS: words an alliance's kind carries in every field, no words of its own:
# "产业技术创新战略联盟" is the kind of alliance set up field by field (sh-sti-12:
# "组建产业技术创新战略联盟和应用技术创新平台"; the 2012 report counts "15个新建产业技术创新战略联盟"), which
# ASSOCIATION_SET_UP read as one body for its 战略.
ASSOCIATION_KIND_WORDS = re.compile(r"战略")
# … and one named by another kind of association alone: "整合高校、科研院所、联盟协会等资源" (round 7).
# An association's ending ends a word: "《济南市促进会展业发展若干措施》" (促进/会展业, round 7) and
# "学会使用" name none (_may_end).
# A task force is named by the government that sets it up: "市人工智能工作专班", "省…先导区工作专班";
# "体检评估工作专班" that "各地…组成" is every city's (heldout6).
TASK_FORCE = "工作专班"
TASK_FORCE_OPENING = re.compile(rf"^(?:{PLACE}|省|市|区|县|国家|全国|中央|国务院)")
# … or by a long description of the work it does, one task however it opens: "市级层面成立量子城市空间
# 智能建设工作专班" (heldout12); four characters ("体检评估") name a kind of task every city has.
TASK_FORCE_NAME_MIN = 8
# A body named for the task it coordinates carries the task's verbs ("工业遗产保护利用联席会议"): right
# after a verb of setting it up (TASK_BODY_SET_UP), the name is whole from there and not cut after its
# last verb, as a ministry's would be ("…案例获应急管理部"). heldout12 (yp-indheritage-2023): "成立工业
# 遗产保护利用联席会议" gave "利用联席会议"; after another verb ("形成…合力抓实四级…联席会议制度",
# heldout5) the cut stays.
TASK_BODY_ENDINGS = frozenset({"联席会议", "领导小组", "推进小组", "协调小组", "协作小组", "工作专班"})
TASK_BODY_SET_UP = re.compile(r"(?:成立|建立|组建|设立)了?$")
# NATIONAL_TASK_BODY: a task body of the nation or the centre carries its task's verbs whole, as one set up in the
# clause does (round 41, the national opinion on future industries: "按照国家制造强国建设领导小组要求" gave
# 强国建设领导小组, cut after 制造/v; "国家科技体制改革和创新体系建设领导小组" reads the same way). The body opens
# at that word after the prepositions before it (FUNCTION_WORD_TAGS: 按照, 根据).
NATIONAL_TASK_BODY_WORDS = frozenset({"国家", "中央", "国务院"})
ASSOCIATION_PROPER_OPENING = re.compile(r"^(?:中国|全国|国际|世界|全球|亚洲|亚太|中华)")
# … and one whose head opens with its level of government and a description (LEVEL_PREFIX, LEVEL_MIN_DESCRIPTION) is
# that level's own, as "省工商业联合会" is; so is one with a code of letters and figures for its members: "牵头成立省
# 具身智能机器人产业联盟" (round 28, 南京's review), "推动X9高校院所联盟加强科教协作" (rounds 26 and 28, 深圳), and
# "支持全球服务贸易联盟…等国际组织在京发展" (round 32, 全球 as 国际). "省级产业联盟" names a tier, "行业协会" a kind.
ASSOCIATION_CODE = re.compile(r"^[A-Za-z]+\d+")
# Institutions whose platforms carry their name: "上药集团生物医药产业园" is the group's park, one
# name (the group is still named as an institution), where "复旦大学附属中山医院|上海国际医学科创中心"
# is a host and the platform it hosts. So are exchanges, associations and other bodies of kind 其他:
# "中国水权交易所武汉交易服务中心" is the exchange's Wuhan centre, one name.
# So are government bodies, courts and bureaus: their platforms are their own systems, one name
# ("建设国家药品监督管理局政务服务平台", "建设完善人民法院审判管理工作平台", "最高人民法院智能语音云平台";
# heldout6, a bureau's and a court system's IT plans), as a firm's AI base is (dev round 6).
# So are international organisations (heldout9): "上海合作组织环保信息共享平台" is the organisation's own.
OWNER_KINDS = frozenset({"企业", "其他", "政府部门", "国际组织"})
# A hospital's base or centre keeps the hospital in its name, a national one too (a firm's national base does not,
# HOSTED_NATIONAL_OPENING): "加快推进省人民医院国家重大传染病防治基地、省中医院中医药传承创新中心、兰大二院国家紧急
# 医学救援基地等重点项目" (round 26, 甘肃's 2026 report), "建设市中医院国家中医疫病防治基地" (round 25, 重庆),
# "建设广东省中医院国家医学中心" (round 24): the gold names each base with its host hospital in front. Only a base
# or a centre (HOSPITAL_OWNED_ENDINGS, the gold notes' "national health base or centre"): a national facility a
# hospital runs is named alone ("支持上海交通大学附属瑞金医院转化医学国家重大科技基础设施加快发展", sh-stic-14), and
# so is a centre named by a place of its own ("复旦大学附属中山医院上海国际医学科创中心", sh-stic-14).
HOSPITAL_OWNER_KINDS = frozenset({"医院"})
# UNIVERSITY_LAB: a laboratory glued after its university keeps the university in its name, as its designation
# writes it; the university is still named as an institution (round 42, 杭州's 十五五 outline: "浙江大学极端光学技术
# 与仪器全国重点实验室", "浙江大学脑机智能全国重点实验室"; 青海's 2026 report: "青海大学三江源生态大数据应用实验室",
# "青海师范大学藏语智能实验室跻身全国重点实验室": every gold of the rounds keeps such a lab whole). Centres and parks
# a university hosts keep the split the Shanghai gold makes ("上海科技大学|上海临床研究中心").
UNIVERSITY_LAB_ENDING = "实验室"
# A level's hospital named by an ordinal or as its TCM hospital is that level's own hospital, one entity,
# though its head is a level and a numeral or 中 (round 30, 杭州's 十五五 outline: "推进…市四医院迁建工程、…、
# 市九医院二期建设工程等重点项目"; every round golds such names or keeps them may: "省中医院" (round 26),
# "市中医院" (round 25), "市一医院" (round 24)).
LEVEL_ORDINAL_HOSPITAL = re.compile(r"^[省市区县](?:[一二三四五六七八九十]{1,2}|中)医院$")
HOSPITAL_OWNED_ENDINGS = ("基地", "中心")
# "组织" and "…署" name an international body only after these openings: "世界气象组织",
# "联合国开发计划署"; "社会组织", "党组织" are not institutions.
INTERNATIONAL_OPENING = re.compile(r"^(?:联合国|世界|国际|亚太|亚洲|全球|欧洲|非洲|东盟|上海合作)")
INTERNATIONAL_ENDINGS = frozenset({"组织", "规划署", "计划署"})
# One-character body endings (部, 委, 局, 厅, 署) name a government body only after a word that
# can head one and where the word ends: "交通运输部", "省国资委", "民航局", "省经济和信息化厅",
# "国际发展合作署"; not "东部", "布局", "展厅", "部署", "委托".
SHORT_BODY_ENDINGS = frozenset({"部", "委", "局", "厅", "署"})
# HEAD_POST_AFTER (fixext55): a one-character body ending with 长 after it, where jieba leaves that 长 a word alone,
# is the head's post written short (局长, 厅长, 部长 of the body), a person, not the body: "本案主犯张文清身为环保局长，
# 受党教育多年" (heldout55, the ministry's circular on 临汾's falsified air data: 张文清 was the bureau's head).
# Where 长 opens a word of its own the body stands: "水利部长江水利委员会" (长江), "国家发展改革委长期…" (长期).
HEAD_POST_AFTER = "长"
# A tribunal and an emission-rights market name one only where a place opens the name (the city's own):
# "南京数据资源法庭", "深圳碳排放权交易市场"; not "推进智慧法庭…" (a kind, heldout21) nor a left edge left inside a
# clause ("…配额原则上三年内在上海碳排放权交易市场", heldout19).
PLACE_OPENED_ENDINGS = frozenset({"法庭", "排放权交易市场", "光源"})
# BEAUTIFUL_CHINA_PIONEER: a pioneer zone of Beautiful China (or of beautiful villages) is a status the centre confers
# on a province or a region, not a platform it builds, whatever place or tier opens it (rounds 36-38:
# "打造长三角美丽中国先行区" (上海), "被明确为美丽中国省域先行区" (山东), "加快建设省域美丽中国先行区" (重庆);
# the gold keeps every one out, as heldout28's, heldout32's and heldout35's).
BEAUTIFUL_CHINA_PIONEER = re.compile(r"美丽(?:中国|乡村)(?:省域)?先行区$")
# TOWNSHIPS_CLASS (ext46): 乡镇 is the townships, all of them: a centre, hospital or station a name gives to 乡镇 is one
# in every township, a class, whatever the clause glued before it (rounds 26, 28, 29, 30, 36-38: "村卫生室与乡镇卫生院
# 一体化管理率达90%", "县域医共体实现医务人员下沉帮扶乡镇卫生院全覆盖", "乡镇（街道）区域养老服务中心"; the gold keeps
# every such name out, must_not in six texts). One town is named by its own name ("大桥镇卫生院").
TOWNSHIPS_CLASS = re.compile(r"乡镇")
# PLACE_NAMED_FACILITY: a light source named by its city alone is that city's facility, one entity (round 40, 上海's
# public-health S&T opinion: "引导上海光源、蛋白质设施等在沪重大科技基础设施…"; heldout13: "张江上海光源"), though
# nothing but the place stands before its ending.
PLACE_NAMED_FACILITY_ENDINGS = frozenset({"光源"})
# A branch (分院) names a body only with its host institute, academy or hospital in front: "安徽高等研究院合肥分院",
# "重医附一院一分院"; not "工程师/风景分院院长" (a post).
BRANCH_ENDING = "分院"
BRANCH_WITH_HOST = re.compile(r"(?:院|大学)[\u4e00-\u9fff]{1,6}分院$")
# A network of the nation is one network: "国家地表水自动监测网络根据不同功能需求分为…", "对国家环境质量
# 监测网的建设运维工作进行公开招标" (round 10, a ministry's reply) name it without a verb of building
# before it. A monitoring network opening with 国家/全国 counts without a frame (the framed heads
# otherwise need one); generic words alone ("国家监测网络") stay a class (is_generic).
NATIONAL_NETWORK = re.compile(r"^(?:国家|全国)(?!级)[\u4e00-\u9fff“”]{2,}(?:监测|观测|监控)网(?:络)?$")
# The networks of OWN_NETWORK_ENDINGS are named only by the nation or a place in front of what they carry:
# "国家林业信息专网", "中国林业办公网", "全国药监一张网" (round 21, heldout6); without it they are kinds every
# body keeps ("有序推进非涉密业务专网", heldout7 must_not; "互联网、移动专网、外部专网", heldout6).
OWN_NETWORK_ENDINGS = frozenset({"专网", "办公网", "一张网"})
OWN_NETWORK_OPENING = re.compile(rf"^(?:国家|中国|全国|{PLACE})[\u4e00-\u9fff]{{2,}}")
# An item of a list of bodies opens right after the list's 、: "配合某市人民政府、横山区人民政府、榆横工业区
# 管委会" (round 11). jieba tags single characters of place names as verbs (横/v); the body's verb cut does
# not cut at such a character there.
LIST_ITEM_BEFORE = "、"
# … nor at one right before a word jieba tags as a place or a word of a zone ending in 区 ("配合横山区人民政府":
# 横/v 山区/ns; "配合榆横工业区管委会": 横/v 工业区).
PLACE_WORD_END = "区"
# Two things joined by 和 / 与 / 及 where the first is one common noun and the second opens with a proper
# word (a place jieba does not know, tagged ng / nr / ns / nz): "建立项目与榆横工业区…的联动机制", "包括正线和
# 昝岗车辆基地等工程" (round 11). The platform is named from the second; the first is no part of it.
COMMON_NOUN_TAG = "n"
PROPER_AFTER_CONJUNCTION_TAGS = frozenset({"ng", "nr", "ns", "nz", "nrt"})
# WORD_THEN_PLACED_BODY: so for an institution, one word before the conjunction (a common noun, or a firm's or
# body's short name jieba tags nz / nt) and a body opening with a place after it join two things; the body is
# named from the place: "银川市一体化绿色交通建设项目和宁夏隆基乐叶科技有限公司年产3GW单晶电池项目" (heldout53, 宁夏's
# project showcase: the firm, not "项目和宁夏…公司"), "大唐和南宁产投集团组成联合体" (heldout51, 广西's wind
# allocation: 南宁产投集团, not "大唐和南宁产投集团"). Not "工业和信息化部", "住房和城乡建设部" (no place after the
# conjunction).
WORD_THEN_PLACED_BODY_FIRST_TAGS = frozenset({"n", "nz", "nt"})
WORD_THEN_PLACED_BODY_SECOND_TAGS = frozenset({"ns"})
# NOUN_PHRASE_THEN_PROPER_BODY: for an institution, a phrase of common words ending in a noun (two or more, or one
# after a verb; no proper word in the part) before 和 / 与 / 及 and a proper word after it (an organisation, a place,
# an abbreviation jieba knows) join two things; the body is named from the proper word: "认真落实实验区党的工作会议
# 精神和党工委、管委会各项工作部署" (round 50, 平潭's 金井 report: 党工委, not the meeting's spirit). Not
# "国家发展和改革委员会" (改革 is no proper word), "工业和信息化部" (one word before 和), "中共济南市工业和信息化局"
# and "上海市应对气候变化及节能减排工作领导小组" (round 17: the place heads the body).
NOUN_PHRASE_MIN_WORDS = 2
NOUN_PHRASE_TAGS = frozenset({"n", "vn"})
NOUN_PHRASE_VERB_TAG = "v"
NOUN_PHRASE_PROPER_AFTER_TAGS = frozenset({"nt", "ns", "nz", "j"})
# Two places joined by 和 / 与 / 及 before one platform's head each have one of their own, the head
# written once: "加快济南、青岛、临沂国家物流枢纽，济南和青岛国家骨干冷链物流基地建设" (heldout6), "加快乌鲁木齐
# 国际陆港区、喀什和霍尔果斯经济开发区创新发展" (heldout4). Only the second is written in full and is the
# name (the gold's rule for elided heads, "大青山、鄂尔多斯实验室"). The first is one place word (jieba ns),
# the second opens with one (ns, nr, or nrt for a transliterated name: 霍尔果斯/nrt); regional
# groupings ("长三角和长江经济带…") share one platform and are not split.
# A dash joins partners of one platform instead ("中国—中亚贸易畅通合作平台", "济南—青岛人工智能创新应用先导区").
PLACE_PAIR_CONJUNCTIONS = ("和", "与", "及")
# THING_BEFORE_CONJUNCTION (ext58): a thing named in full whose last word is a corridor, a harbour, a trunk line, a
# station or a town - a whole of its own that no platform's name holds before 和 / 与 / 及 - ends its item there; the
# platform after the conjunction is named from its own words (round 15, 深圳's carbon pilot: "高标准建设前海天然气贸易
# 集聚区、大鹏液化天然气走廊和盐田国际船舶保税LNG加注中心", gold the centre; round 57, 杭州's outline: "推动钱塘江金融
# 港湾与陆家嘴金融集聚区…"; round 50, 平潭's work report: "发挥金井综合文化站和社区文化服务中心作用"; round 23,
# 重庆's outline: "打造农业强县（区）、产业强镇和农业产业园", a class after it).
THING_BEFORE_CONJUNCTION = re.compile(r"(?:走廊|港湾|干线|[\u4e00-\u9fff]站|强镇)$")
THING_BEFORE_CONJUNCTION_MIN = 4
# ABSTRACT_BEFORE_CONJUNCTION (ext58): a role, a project, firms, an event or a capacity before the conjunction is a
# thing of its own, never a platform's head: the platform (or kind) after it is named from its own words (round 52,
# 北京's AI measures: "充分发挥政府引导作用和创新平台…"; round 21, 山东's AI pilot paths: "重大项目和创新平台"; round
# 52, "重大项目和创新平台"), however short what is left: a bare kind, dropped as a class. Not 企业: firms joined to a
# platform they use ("重点污染源企业与我部监控中心联网", round 18) leave a body's own platform, a pronoun before it.
ABSTRACT_BEFORE_CONJUNCTION = re.compile(r"(?:作用|项目|活动|能力)$")
PLACE_PAIR_FIRST_TAG = "ns"
PLACE_PAIR_SECOND_TAGS = frozenset({"ns", "nr", "nrt"})
# PLACE_PAIR_LEVELLED_FIRST: the second place may be the platform's whole head when the first is written with its
# level (市, 县, 区, 省, 州): a city or county so written is an item of its own, not a head shared with the second
# (heldout37, 福建's 2026 review of the 十四五: "南平市和莆田高新区列入国家碳达峰试点" names the city and
# 莆田高新区, not "南平市和莆田高新区"; the gold has 莆田高新区). A bare first place keeps asking for more words
# after the second ("喀什和霍尔果斯经济开发区").
PLACE_PAIR_LEVELLED_FIRST = ("市", "县", "区", "省", "州")
# JOINT_ZONE_WORDS (plat29): … but a zone the two places integrate or build together is one of both, named in full
# (rounds 28 and 32, 北京's 2026 review and 十五五 outline): "扎实推进通州区与北三县一体化高质量发展示范区建设" (not
# 北三县一体化高质量发展示范区 alone); the partners' own heads stay apart ("济南和青岛国家骨干冷链物流基地").
JOINT_ZONE_WORDS = re.compile(r"[^，。；、]{1,8}?(?:一体化|协同发展|合作)")
# A title names its issuer, then 关于 and its subject: "某省能源局关于某某动力电池江门基地项目节能报告的审查
# 意见" (round 11, a page's title line): the platform's name starts after 关于.
TITLE_ABOUT = re.compile(r"关于")
# So is an information platform of the nation, named by its trade: "将数据归集到国家交通运输信息平台",
# "推广全国项目信用平台" (round 11, notices and replies name them without a verb of building). A tier
# ("国家级…平台") is excluded as above; a system of them is SYSTEM_OF_ONE's.
NATIONAL_PLATFORM = re.compile(r"^(?:国家|全国)(?!级)[\u4e00-\u9fff“”]{2,}(?:信息|信用|数据|服务)平台$")
# A platform the writing body calls its own by pronoun is named without it: "登录我部政务服务综合平台报名"
# names 政务服务综合平台 (round 11).
# So is one the writer calls its own place's, "本市", "本省", "本区" ("this city"): "纳入本市公共信用信息
# 服务平台" names 公共信用信息服务平台, as "加快建设本市低空飞行综合监管服务平台" (round 13, after the
# score; the gold writes such names without it). Not 本区域 (this region), 本市级 (this tier).
# … and one the letter calls its addressee's ("你所", "你公司", "贵公司"): "对你所2MWt液态燃料钍基熔盐实验堆进行
# 了建造施工准备情况检查" (round 14, after the score, a regulator's letter to an institute).
# … and so is one the writer calls "我市", "我省" ("our city"), as 本市 (round 13, a city's carbon
# pilot plan): "全力打造我市北部山区集中式百万千瓦级光伏基地" names 北部山区集中式百万千瓦级光伏基地.
OWN_BODY_OPENING = re.compile(
    r"^(?:[我本](?:部(?!门)|局|委|厅|署|办(?!公))|[本我](?:市|省|区|县)(?!域|级)|[你贵](?:所|公司|单位|院|局|厅))"
)  # not "本部门…"
# The writer's own place among those openings: a kind after it is left to the class rules ("本市不同
# 类型园区").
OWN_PLACE_OPENING = re.compile(r"^[本我](?:市|省|区|县)")
# A platform a plan wants "of high quality" is named without that wish (round 12, a construction
# business plan): "构建高质量行业监测数据库" names 行业监测数据库. Not 高质量发展…, the policy's name
# ("高质量发展示范区").
# Not after a description ending in 的, which makes the whole a kind (round 8, an open call): "建立包含
# 医学影像、生理参数数据…等方面的高质量医学人工智能数据库" names no database (QUALITY_DESCRIBED_BEFORE).
QUALITY_OPENING = re.compile(r"^高质量(?!发展)")
# FIRST_CLASS_OPENING: the same for a platform wished "first-class" (round 52, 郑州's proposal: "建设
# 一流数智金融信用服务平台", gold 数智金融信用服务平台; round 23, 重庆's health outline: "一流公共卫生检测
# 平台", 公共卫生检测平台 may). Not 世界一流 / 国际一流, roles (ROLE_NAME).
FIRST_CLASS_OPENING = re.compile(r"^一流(?!的)")
# … and a platform or body a work report calls the first of its kind somewhere is named without that boast
# (round 28, five 2026 city work reports' review parts; round 26 gold "全省首个民用无人机试飞运行基地" as a kind):
# "全国首个国家黄金珠宝产业计量测试中心" names 国家黄金珠宝产业计量测试中心, "全球首个国际红树林中心" 国际红树林中心,
# and what is left must be a name of its own (a kind stays none). Only the first one (个, 家, 座):
# "国家首批服务贸易创新发展示范区" is a designation's name.
FIRST_OF_KIND = re.compile(r"^[\u4e00-\u9fff]{0,6}?首[个家座]")
QUALITY_DESCRIBED_BEFORE = "的"
# A name opening with 其 ("its", or 其他/其它 "other") refers back or names the rest, never one body or
# platform: "自觉接受人民代表大会及其常务委员会的监督" (the national plans, once 人民代表大会 is read whole),
# "其水文水资源监测中心", "其他商业银行".
PRONOUN_OPENING = re.compile(r"^其")
# A store or platform set up 分领域 / 分层级 ("per field", "per tier") is one for each part, a kind (round 15,
# a virtual power plant plan): "逐步建立分领域、分层级响应资源库". Not 分布式 (distributed), 分中心 (a branch).
PER_PART_OPENING = re.compile(r"^分(?:领域|层级|行业|区域|类别|类型|级|地区|片区)")
# A platform of "本行政区" / "本辖区" is each region's own, a class: "各省可建立本行政区生态保护监管平台"
# (round 11, a national measure addressed to every province).
# So is one of 当地 ("the local one", round 21, NMPA's plan): "省级药品监管部门可…租用当地政务云或第三方云".
EACH_OWN_REGION = re.compile(r"^(?:本行政区域?|本辖区|本地区|本区域|当地)")
# Stations are many: a monitoring, observing or test station named only by what it measures or how
# ("固定监测站", "移动监测站", "地表水自动监测站", "国家级环境监测站", round 10) is a kind of station, a
# class; one station is named by its place or another proper word ("长江口水文水质监测站", "三大礁
# 海洋站", "上海城市森林生态系统国家定位观测研究站"; PROPER_TAGS or a place name).
# A reserve is named as one where projects are put into it (纳入, 列入, RESERVE_INTO_BEFORE): "推动将甘孜州农村
# 生活污水处理纳入国家生态环保项目储备库" (round 14, after the score); a notice's title about building
# reserves ("关于开展水污染防治行动计划项目储备库建设", round 11) names none.
RESERVE_ENDINGS = frozenset({"储备库"})
RESERVE_INTO_BEFORE = re.compile(r"(?:纳入|列入|进入)$")
STATION_ENDINGS = frozenset({"监测站", "观测站", "试验站", "增殖站", "原种场", "本底站"})
# A bracketed body of BRACKETED_BODY_MIN characters or more is a name of its own, no qualifier of the
# name before it: "生态环境部（国家核安全局）" (round 10).
BRACKETED_BODY_MIN = 4
# A 部 is a ministry only after the name of a ministry's domain ("突破部分", "冰盖深部" are not).
MINISTRY = re.compile(
    r"(?:教育|科技|科学技术|工业和信息化|外交|国防|公安|国家安全|民政|司法|财政|人力资源和社会保障|人力资源社会保障|"
    r"住房城乡建设|中央宣传|中宣|中组|自然资源|"
    r"生态环境|环境保护|住房和城乡建设|交通运输|水利|农业农村|农业|商务|文化和旅游|文化|卫生|退役军人事务|应急管理|"
    # Departments named for their work: "中央军委政治工作部", "中央统战工作部".
    r"审计|组织|宣传|统战|国土资源|铁道|监察|政治工作|统战工作|联络工作|国防动员|"
    # Ministries of earlier governments, named in older plans and reports (round 5): "交通部",
    # "劳动部", "地质部", "建筑工程部", "林业部", "邮电部", "水利电力部", "对外贸易部", "粮食部";
    # and every industrial ministry, named by its industry: "重工业部", "纺织工业部", "轻工业部",
    # "冶金工业部", "第一机械工业部" ("燃料工业各部" is several, and ends in 各部).
    r"交通|劳动|地质|建筑工程|林业|邮电|水利电力|电力|对外贸易|外贸|粮食|农垦|人事|劳动人事|城乡建设|"
    # … and the industrial ones written short (round 15, a 1984 State Council notice): "煤炭部对统配煤矿实行
    # 总承包" (煤炭工业部), "冶金部", "化工部", "石油部".
    r"煤炭|冶金|化工|石油|"
    # … and the trade ministry of 1982-1993 by its short form (round 22, the State Council's 1991 notice on
    # tungsten mining): "由经贸部会同中国有色金属工业总公司…制定出口计划" (对外经济贸易部).
    r"经贸|对外经济贸易|"
    # … and of the 1998-2008 government, named in replies and letters of those years (heldout6):
    # "批示发展改革委、科技部、建设部和环保总局", "经商信息产业部、国务院信息办".
    r"建设|信息产业|"
    r"(?:第[一二三四五六七八九]|[\u4e00-\u9fff]{1,2})工业)部$"
)
# ("全局" is the whole picture, but 安全局 a security or safety bureau: "国家核安全局", round 10.)
# "国家部委" is ministries in general (部委), not a body; "以改革破局" breaks a deadlock; a 营业厅 is a
# service hall of a firm ("三大电信运营商的所有线下营业厅", heldout8).
NOT_A_BODY = re.compile(
    r"(?:[东西南北中内外全局干总俱头底顶背腹胸腰足]部|(?:[布格大结开时当变赛胜残好新破棋骗饭]|(?<!安)全)局"
    # Halls and a place named 官厅 (round 30, 北京's 十五五 outline: "推动建设永定河官厅山峡和张坊洪水控制工程", the
    # 官厅 gorge of the 永定河) are no department: "音乐厅", "报告厅", "宴会厅", "多功能厅".
    r"|[展大餐客门舞歌官乐影前]厅|营业厅|报告厅|宴会厅|功能厅|[部签公]署|[党编评部]委"
    # A flat's layout is no hall of government (round 12, after the score, a talent-flat call):
    # "包含房源：四房一厅4套、三房一厅17套、两房一厅10套".
    r"|房[一二两三四]厅)$"
)
# (营业厅 is a business hall; 林业厅, 农业厅 are a province's departments: "广东省林业厅有意申请将…保护区指定
# 为国际重要湿地", round 14, after the score — 业厅 alone blocked them.)
# A body's short name before 发〔2021〕 / 函〔…〕 is the code of a document it issued, not a mention of
# the body: "《…实施办法》(人社厅发(2021〕71号)" (heldout8).
# So is a short name written straight before the year in the hexagonal brackets only document numbers
# use: "（医保网信办〔2022〕12号）" (round 11) is a document of that office, no mention of it.
# … and so is one before 规 / 规字, the codes of normative documents (round 12, after the score):
# "穗残联规字〔2019〕2号", "穗府办规〔2022〕13号"; and the year in square brackets a web page typed for
# the hexagonal ones: "（穗残联[2016] 11 号）". A firm's papers are coded 经办字 (round 20, an EIA approval):
# "（塔山煤矿经办字〔2021〕184号）".
DOCUMENT_CODE_AFTER = re.compile(r"(?:发|函|办发|经办字|规?字|规)\s*[〔(（\[［]\s*\d{4}|\s*[〔［\[]\s*\d{4}\s*[〕］\]]")
# A body named right before 网站 / 官网 names a website, a link of a page's navigation ("工业和信息化部网站",
# "某某市人民政府网站" in the footer of a crawled page, round 11), not the body in the text.
# … and before a bare 网 that ends the link's text (round 17, a 重庆 commission's page): "[重庆市人民政府网](https://
# www.cq.gov.cn/)" ("人民政府网站" the same site; not 网 inside a word: "…政府网络").
WEBSITE_AFTER = re.compile(r"(?:门户)?(?:网站|官网)|网(?![\u4e00-\u9fff])")
# RING_AROUND_UNIVERSITY: 环 written right before a university's listed short form names the area around it (an
# innovation ring of firms and labs) by the one word the place goes by, not the university (round 53, 上海's 十五五
# outline: "促进环复旦、环同济、环上大等环大学城功能提升", gold 环复旦 may and no 复旦大学). Before a university
# written in full the 环 is no part of the university's name, which stays named (heldout27, 重庆's outline: "构建
# 环西南大学创新创业生态圈" names 西南大学, not 环西南大学; data/plans' gold keeps 上海交通大学 of "闵行环上海交通大学—
# 华东师范大学"). Only a 环 that is no word's first character (jieba: 环境, 环保, 环湖 are words).
RING_AROUND = "环"
# RING_AROUND_VENUE (fixext59): so is a 环 of its own before a venue opening with a place (jieba: 环 a word, then a
# place): round 59, 南京's outline, "协同推进环红山森林动物园片区升级改造" names the block around the zoo and the zoo
# (红山森林动物园, `may`), not a venue 环红山森林动物园. Not 环湖, 环城 (jieba's words: "环湖医院" is one hospital).
RING_AROUND_VENUE_KIND = "场馆"
RING_AROUND_VENUE_PLACE_TAGS = frozenset({"ns"})
# A short form of the alias list written before the last character of a village or town's name is part
# of that place's name: "南大阳村" is a village, not 南大 (南京大学); round 11.
VILLAGE_AFTER_FORM = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:村|镇|乡|屯|寨|街道|社区)(?![\u4e00-\u9fff]*(?:大学|学院))")
# A firm's brand (firms in data/names.yaml) is not the firm where it heads another short name in a list, a
# subsidiary or a product ("智能出租（百度智行、裹动科技、赛可出行）": 百度智行 is the operator, round 19's 上海
# acceptance notice, which also names it whole over a line break: "百度智行科技（上海）\n有限公司"), or its cloud
# or devices (round 21, a ministry's list of SME platforms: "华为云WeLink远程协同办公", "支持基于华为终端的一对一
# 加密通话"), nor where it is quoted alone as a likeness ("打造工业互联网“拼多多”模式", round 1's 安徽 plan). Where it
# heads its firm's registered name that name is the firm ("将随华为软件技术有限公司公开目录的更新", round 7), not
# where a list's kind follows ("华为、腾讯等公司").
BRAND_HEADS_ITEM = re.compile(
    r"[\u4e00-\u9fff]{1,3}[、，,）)]|[\u4e00-\u9fff]{1,6}[（(]|云|终端|(?!等)[\u4e00-\u9fff（）()]{0,12}?(?:公司|集团)"
)
BRAND_QUOTED = re.compile(r"”")
# A 委员会 is an authority when it administers (管委会 of a zone, 科学技术委员会); an advisory or
# international committee is 其他.
AUTHORITY_COMMITTEE = re.compile(r"(?:管理|科学技术|发展和改革|经济和信息化|教育)委员会$")

ENDINGS: dict[str, tuple[Category, str]] = {
    **{e: ("platform", k) for e, k in FRAMED_PLATFORM_ENDINGS},
    **{e: ("platform", k) for e, k in PLATFORM_ENDINGS},
    **{e: ("institution", k) for e, k in INSTITUTION_ENDINGS},
    **{e: ("institution", k) for e, k in NAMED_INSTITUTIONS.items()},
}
# Endings whose category the context decides; the value is the default without context.
# "…建设" after a name deploys it too: "长三角工业互联网一体化发展示范区建设", "…等大数据中心建设".
# So does "…研究及建设", "…规划和建设" (heldout6: a regulator's IT plan): "开展国家局移动应用管理平台研究及建设".
# So does a platform's paragraph opening with what it builds first (session 22, heldout6: the 2017 national AI
# plan's platform items): "混合增强智能支撑平台重点建设支持大规模训练的异构实时计算引擎…".
AFTER_FRAME = re.compile(r"(?:重点)?建设|等[^，。；]{0,12}建设|(?:研究|规划|设计|开发)(?:及|和|与|、)建设")
# ACHIEVED_AFTER (plat29, fix34ext): a review of the year (or of five years) reports a platform or a zone as the subject
# of what was achieved with it (rounds 27-28: government work reports' reviews, 杭州's, 苏州's, 南京's, 广州's; round
# 34, 甘肃's five-year review; rounds 26 and 30 gold what a review names for what it achieved): "中非数字技术合作中心
# 获批建设", "金砖国家特殊经济区中国合作中心正式落地", "“东数西算”长三角算力调度中心建成启用", "中国数谷入选国家数据
# 产业集聚区试点", "国家人工智能赋能新型工业化先导区加快建设", "“穗智管”城市运行管理中枢提档升级", "临夏地质公园获批
# 世界地质公园", "大熊猫国家公园成立运行", "…、庆阳东数西算产业园入选首批国家级零碳园区建设名单", "天水经开区跻身…":
# the predicate right after the name deploys it as a building verb before it does.
# Running alone is no predicate ("若有多家算力中心运营机构": the operators), nor is a period, 建成期 ("零碳研发商办园区
# 建成期的年综合能耗…", a kind's criteria in 上海's zero-carbon plan, dev).
ACHIEVED_AFTER = re.compile(
    r"(?:正式|率先|全面|加快|启动|开工|获批|落地|基本)?(?:建设|建成(?!期)|落地|启用|投用|投运|揭牌|挂牌|开园|上线)"
    r"|(?:正式|建成|开机|入轨|投入)(?:运行|运营)|投入使用|入选|获批|提档升级|迭代升级|(?:正式)?(?:成立|跻身)"
    # … and what the state granted it (round 35, 辽宁's and 河南's reviews of the 14th plan): "国防科技先进技术成果
    # 沈阳转化中心获国家支持建设", "新郑综保区获准扩区".
    r"|获准|获(?:国家|中央)?支持"
    # REPORTED_BUILT_OR_RAISED (ext60): … a network put up or a computing centre lit up, and a centre raised to a
    # higher standing (rounds 36, 37 and 42, reviews of 2025 and of the 14th plan, gold each time): "全球首个6G外场
    # 试验网成功搭建" (江苏's), "…、金山云智算中心、新华三青海图灵小镇等相继点亮" (青海's), "江苏中亚中心升级为中国—中亚
    # 贸易畅通合作平台" (江苏's and 南京's).
    r"|(?:成功|相继)?(?:搭建|点亮)|升级为"
)
# LIST_SHARED_PREDICATE (ext59): the predicate after the last item of a 、-list (AFTER_FRAME, ACHIEVED_AFTER) deploys
# every item of the list, as a building verb before the list does (rounds 28, 35, 36 and 58, 2025 reviews and
# 十五五 outlines, gold each time): "西丽湖国际科教城、光明科学城、大运深港国际科教城加快建设发展" (深圳), "中原农谷、
# 周口国家农高区加快建设" (河南), "北京大学京津冀生物医学前沿创新中心、智能网联新能源汽车科技生态港、京津电子化学品基地
# 等加快建设" (天津). The items run to the predicate within the clause (no comma between), the last one ends like a
# platform; each item is still judged as a name (is_generic) on its own.
LIST_SHARED_ITEM_MARKS = "、"
LIST_SHARED_REACH = 80  # how far after an item its list's predicate is looked for
LIST_SHARED_STOP = re.compile(r"[，。；：！？\n,;:!?（(]")
# … but not of a system's tiers counted at the name's opening, one centre per tier (苏州's 2026 review, round 27):
# "全域推广社会治理网格化联动机制，四级“一站式”矛调中心全面建成".
TIER_SYSTEM_OPENING = re.compile(r"[一二三四五六两]级")
# USAGE_MEASURED_AFTER (ext40): a review reports a platform as the subject of a measured use, the people or firms it
# served, its users or its turnover counted: one platform running, named by what it does, not a kind the plan wants
# built (a kind has no figures of its own), however plain its words (round 37, 山东's 2026 review: "医疗机构检查结果
# 互认平台服务群众1500万次"; round 28, 深圳's: "公共智慧停车平台服务量增长8倍", "电子元器件和集成电路国际交易中心
# 交易额1421亿元"). A figure must follow within a few characters: "平台服务能力" is no use measured.
# HOSTED_COUNT_AFTER (ext60): … and so does a park or a centre reported with the firms, bodies or projects it drew in,
# counted (rounds 28 and 36, 北京's, 广州's and 天津's 2025 reviews, gold each time): "国际医药创新公园新引入8家跨国
# 药企", "广州湾区中央法务区集聚法务机构超1300家", "航运服务集聚区新增企业476家". 新增 needs the counted noun between
# it and the figure: "…研究中心新增20家" counts the kind itself.
HOSTED_COUNT_AFTER = (
    r"(?:新|累计)?(?:引入|引进|集聚|聚集|吸引|签约|落户|入驻)[^，。；、\d]{0,8}\d"
    r"|新增[^，。；、\d]{1,8}\d"
)
USAGE_MEASURED_AFTER = re.compile(
    r"(?:累计)?服务(?:群众|企业|市民|居民|患者|用户|对象|量)?[^，。；、\d]{0,4}\d"
    r"|(?:注册)?用户(?:数|量)?(?:超|达|突破)[^，。；、\d]{0,2}\d"
    r"|(?:交易额|交易量|访问量)[^，。；、\d]{0,4}\d"
    r"|" + HOSTED_COUNT_AFTER
)
# UNIFIED_BEFORE (ext40): "统一的" right before a platform makes it the one platform of the whole jurisdiction, however
# plain its words or whoever the sentence says uses it (round 38, 上海's 2026 report: "支持民营企业参与…，建设全市统一的
# 中小企业融资服务平台"; round 32, 北京's 十五五 outline: "探索建立统一的智慧交通管理平台"; round 22: "全国统一的排污
# 许可证管理信息平台"). Only with 的: "统一身份认证平台", "统一技术平台" are kinds of shared components.
UNIFIED_BEFORE = re.compile(r"统一的$")
# Both need a description of the platform's own, at least this many characters before its ending, and the use is
# measured of a platform opening its clause, the report's subject: "统一的政务云", "统一的数据库", "…投票期间平台访问量
# 达240万" name none.
ONE_PLATFORM_HEAD_MIN = 4
# … and a subject holding a conjunction is no one platform's name the figure belongs to (round 20, a ministry's praise
# of a drill: "候选集体和个人网络投票期间平台访问量达240万人次" counts the visits of the voting period).
JOINED_SUBJECT = re.compile(r"[和或与及]")
# Linking with a platform relies on it too (round 9): "实现与“全国排污许可管理信息平台”互联互通",
# "…系统与国家…平台对接": 与 right before the name (LINKED_BEFORE), the link right after it.
LINKED_BEFORE = re.compile(r"与“?$")
# … and so does being networked with it (round 14, after the score, a reply on inspection): "18个省（区、市）
# 的全部2028个执法机构与环境监管执法平台联网".
LINKED_AFTER = re.compile(r"[”\"]?(?:互联互通|互通|对接|联网)")
# Work done on a platform relies on it: "在规划大机平台上标注" (heldout5), "在全国信用信息共享平台上公示".
ON_PLATFORM = re.compile(r"上(?!级|海|线|市)")
ON_PLATFORM_BEFORE = "在"
# Rules of a service name the platform people apply, file or register through (round 12, after the
# score: a city's care and health rules): "通过市为老服务综合信息平台提出居家社区养老服务申请",
# "通过某某平台向镇人民政府提交申请" (USED_THROUGH_BEFORE right before the name, a verb of applying
# or filing later in the clause), "在市家庭医生签约服务管理平台备案" (在 before, the verb right after).
USED_THROUGH_BEFORE = "通过"
USED_THROUGH_AFTER = re.compile(r"[^，。；：\n]{0,24}?(?:提出|提交|申请|办理|申报|填报|预约|登记|备案)")
REGISTERED_ON_AFTER = re.compile(r"(?:备案|登记|注册|申报|填报)")
FRAMED_ENDINGS = frozenset(e for e, _ in FRAMED_PLATFORM_ENDINGS)
# An ending that is there the first part of a longer word ends no name: "建设船舶大气污染物排放遥感监测
# 和油品质量监测网点" (nat-eco-env-13, dev) builds monitoring points, and the platform
# "船舶大气污染物排放遥感监测和油品质量监测网" it gave was cut from 网点 (a network written 网 stands
# before a stop or a verb: "建设国家环境监测网。"). 网格 (a grid) and 网站 (a website) run on the same way.
# 分行 runs on into 行政, 行业, 行为, 行动, 行使 (round 17, a reply to an NPC deputy): "行政处罚法拟赋予乡镇
# 街道部分行政处罚权" names no bank branch; nor does "分行业分领域".
ENDING_RUNS_ON: dict[str, tuple[str, ...]] = {
    "监测网": ("点", "格", "站"),
    "分行": ("政", "业", "为", "动", "使", "驶"),
    # A group's or a firm's articles name no body (round 19, the CNPC founding reply): "中国石油集团公司要抓紧制订石油
    # 集团章程" (not 石油集团).
    "集团": ("章程",),
    "公司": ("章程",),
    # A quoted cloud is the brand of the platform after it (heldout5, heldout): "“水之云”服务平台",
    # "省级政务“一朵云”平台"; 云 opening a compound is no cloud's end (data/plans, sh-sti-12): "构建…绿色高效能云
    # 计算机系统", "云服务能力", "云资源".
    "云": ("”", '"', "计算", "服务", "资源", "存储", "原生"),
    # … and so is a quoted one-network (heldout2): "加快建设“物流一张网”平台" names the platform, not a network.
    "一张网": ("”", '"'),
}
# A works' ending (…厂) runs on into 厂区 (its grounds) and 厂房 (its buildings), places of a city's renewal, no
# body (round 27, 重庆's 十五五 outline: "一体推进老重钢厂区小区街区更新改造" names no 老重钢厂).
# … and into 厂家, a maker of a kind, no works of its own (round 46, 国家核安全局's investigation report:
# "应进一步与SEC泵电机制造厂家开展沟通", the motor's maker; round 17, 重庆's railway notice: "对涉及重庆市油嘴厂家…").
WORKS_RUN_ON = ("区", "房", "家")
ENDING_RUNS_ON |= {e: WORKS_RUN_ON for e, _ in INSTITUTION_ENDINGS if e.endswith("厂")}
# A valley's ending runs on into 校区, a campus named after its valley (plat29, round 27, 重庆's outline): "新建重庆
# 大学智谷校区" names no 智谷.
ENDING_RUNS_ON |= {e: ("校区",) for e in VALLEY_ENDINGS}
# Any name right before 段 is the place a stretch of road, rail or river runs through, no mention of it
# (ROUTE_SEGMENT_AFTER, round 30, 苏州's 十五五 outline: "635 国道苏州高新区段（230 省道苏州高新区段）改扩建",
# "苏沪省界至东桥枢纽段"), and the first end of a stretch from it to another place ("常台高速公路尹山枢纽至苏浙省界段").
ROUTE_SEGMENT_AFTER = re.compile(r"段|至[\u4e00-\u9fff（）]{1,12}段")
# ROUTE_END_AFTER (round 56): a name that is an end of a route from one place to another, right before the route's
# kind, is the place the road or railway runs to, no mention of it: "新建北京至雄安新区城际铁路项目" (生态环境部's
# 三同时 circular), "城口经达州至两江新区高速重庆段", "建成两江新区至长寿快速通道" (重庆's 十五五 outline, heldout27);
# the first end runs on into 至 and the other place (ROUTE_FROM_AFTER), the last end has 至 or 经 before it
# (ROUTE_TO_BEFORE) and the route's kind right after it.
ROUTE_KIND = r"(?:城际铁路|铁路|高铁|高速公路|高速|公路|快速通道|快速路|城际)"
ROUTE_FROM_AFTER = re.compile(rf"至[\u4e00-\u9fff]{{1,8}}?{ROUTE_KIND}")
ROUTE_TO_AFTER = re.compile(ROUTE_KIND)
ROUTE_TO_BEFORE = re.compile(r"[至经][\u4e00-\u9fff]{0,10}\Z")
# HUB_ZONE_AFTER (round 43, 合肥's 十五五 outline and 苏州's 2026 report): a hub whose name runs on, past a place or a
# direction, into 联动区 or 拓展带 is named for the zone that links with it, no mention of the hub itself: "加快建设
# 虹桥国际开放枢纽合肥联动区" (the zone, 联动区 an ending), "持续深化虹桥国际开放枢纽北向拓展带、G60科创走廊建设".
HUB_ZONE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:联动区|拓展带)")
# A centre that runs on into 城区 or 城市 is a city's central district or a central city, no centre of ours (round 30,
# 苏州's 十五五 outline: "推进张家港至苏州中心城区快速路建设"; "国家中心城市" is a city's role).
ENDING_RUNS_ON["中心"] = ("城区", "城市")
# UNIVERSITY_HOSPITAL_RUN_ON (ext58): a university runs on into its general hospital, one body named after it (round
# 28, 深圳's review: "推进深圳大学总医院口腔中心、市中医院针灸推拿中心等…", gold the centre whole; it was cut to
# 总医院口腔中心).
ENDING_RUNS_ON["大学"] = ("总医院",)
# … and a node runs on into 城市, a node city, no node (ext58, PLACED_NODE): "加快中欧班列广州集结中心、深圳节点
# 城市建设".
ENDING_RUNS_ON["节点"] = ("城市",)
# The supreme court's short form (NAMED_INSTITUTIONS) is also the head of longer words, a court's or a legal limit's:
# "最高法院" (a court named by its ending), "最高法定限额", "最高法律效力" name no 最高法.
ENDING_RUNS_ON["最高法"] = ("院", "定", "律", "规")
# ECOSYSTEM_RUN_ON: platforms that run on into an ecosystem (生态圈) are the members of an innovation circle around
# universities, a kind, no platform named (heldout24, 杭州's 十五五 talent outline: "强化环大学大科创平台创新生态圈";
# round 53, 杭州's 2026 report: "巩固拓展环大学环重大科创平台创新生态圈").
ENDING_RUNS_ON["平台"] = ("创新生态圈", "生态圈")
AMBIGUOUS_ENDINGS: dict[str, Category] = {"研究院": "institution", "研究中心": "platform"}
# Any ending, the longest where several end at one place ("研究中心" before "中心"), as a trie
# (trie_pattern): the same matches as the alternation of the endings longest first, which the
# engine tried one by one at every character of every sentence (half the time over plan texts).
ENDING = trie_pattern(ENDINGS)

# A place or qualifier in parentheses between name characters is part of the name: "中国（上海）知识
# 产权保护中心", "西部（重庆）科学城", "国家（西部）算力调度平台"; after a name it is not
# ("国家蛋白质科学中心（上海）" is 国家蛋白质科学中心). So is a quoted word: "宿迁“四化”同步集成改革
# 示范区", "“一带一路”国际技术转移中心" (a name quoted whole loses its quote marks).
# A quoted brand closed by a straight quote is kept as printed: "发挥好“鲁科融"融资路演平台作用",
# "深化“星火·链网"济南超级节点建设" (round 7; QUOTE_CLOSED_STRAIGHT).
# A slogan's pause mark inside the quote is part of it: "加强“双随机、一公开”监管工作平台建设" (heldout7
# nat-digigov-2022); two quoted words in a row stay apart ("“一网通办”、“一网统管”": the 、 is outside).
# So is a capital-letter abbreviation ("完善城市信息模型（CIM）平台", 重庆's 十五五 outline) and one
# character after a bilateral 中X ("加快打造中欧（亚）班列集结中心", 重庆's; session 26). Not a mixed-case
# one: "构建城市级出行即服务（MaaS）平台" (南京's) would be cut at 即 to "服务（MaaS）平台".
# QUOTED_PLUS_SLOGAN (ext50b): a slogan of parts joined by "+" is one quoted word however long its parts make it,
# inside a name and not a formula (rounds 27, 34 and 40: 重庆's outline and 成渝 report, 延平's innovation zone):
# "打造“贸易撮合+物流组织+融资结算+专业服务”综合服务平台", "搭建“科学家+企业家+投资人”综合性服务平台", "完善“人工
# 智能+城市体检更新”应用平台" (two to four parts of up to ten characters).
QUOTED_PLUS_SLOGAN = r"“[^“”\"，。；：、+]{1,10}(?:\+[^“”\"，。；：、+]{1,10}){1,3}[”\"]"
PLACE_IN_NAME = re.compile(
    r"[（(](?:[\u4e00-\u9fff]{2,8}|[A-Z][A-Z0-9]{1,7}|(?<=中[\u4e00-\u9fff][（(])[\u4e00-\u9fff])[）)](?=[\u4e00-\u9fff])|“[^“”\"，。；：、]{1,10}(?:、[^“”\"，。；：、]{1,10})?[”\"](?=[\u4e00-\u9fff])|"
    + QUOTED_PLUS_SLOGAN
    + r"(?=[\u4e00-\u9fff])"
)
# PLACE_PART_BRACKET (plat29): a part of a place in brackets inside a name (a place and 片区) locates it as a place
# does, no name of its own though 片区 ends zones (rounds 27 and 30, 苏州's 2026 report and 十五五 outline): "争创国家级
# 江南文化（苏州片区）生态保护实验区" (not 生态保护实验区 alone).
PLACE_PART_BRACKET = ("片区",)
# An opening curly quote closed by a straight one ("“鲁科融\"融资路演平台", a typing flaw texts keep):
# the straight quote is the pair's close and stays in the name, as the gold writes it.
QUOTE_CLOSED_STRAIGHT = re.compile(r"“[^“”\"]{1,10}\"")
# Straight ASCII quotes used as Chinese quote marks (round 28, 杭州's 2026 work report, typed with ASCII quotes
# throughout): '"AI Hangzhou"综合涉外服务平台2.0发布', '"企呼我应"平台'. Extraction reads each pair (or a pair half
# straight: '“青岛政策通"平台') as the curly pair every quote rule is written for, one character for one so that spans
# hold; the names keep the marks as printed (link.extract_entities). Only here: the reader keeps the text as printed
# (changing it there moved headings on six splits). A pair stays on one line and within a name's reach.
STRAIGHT_QUOTE_PAIR = re.compile(r"[\"“](?P<body>[^\"“”\n]{1,40})[\"”]")
# A "+" inside a quoted word with more after it is part of a name: "“互联网+义务教育”实验区",
# "全省统一行政执法监管（“互联网+监管”）平台"; elsewhere "+" makes a formula ("企业+合作社+基地").
# QUOTED_PLUS_BRAND (fix32ext, round 32): so is a quoted word that closes on its "+", a brand of the "互联网+" kind
# written before a park's or town's own name (深圳's and 北京's outlines): "推进“互联网+”未来科技城…开发建设",
# "加快京津冀“机器人+”产业园建设".
QUOTED_PLUS_BRAND = r"“[\u4e00-\u9fff]{2,8}\+”"
# PLUS_BRAND_OWN_NAME (lead, session 28): only before a name of its own — a place before the brand, or five characters
# or more after it ("未来科技城"). The brand opening a bare kind ("建设“互联网+”服务平台", "推进“互联网+”平台建设") is
# the formula's class of platforms, as tests/test_entities.py and round 26's guard have it.
PLUS_BRAND_OPENING = re.compile(QUOTED_PLUS_BRAND + r"(?P<rest>[^“”]*)$")
PLUS_BRAND_OWN_NAME_MIN = 5
QUOTED_WORD = re.compile(QUOTED_PLUS_SLOGAN + r"|“[^“”]{2,12}[^+”]”|" + QUOTED_PLUS_BRAND)

# A bracketed qualifier right after a name that says which one or what kind is part of it:
# "国家海洋综合试验场（深海）", "北航重庆科创中心（低空电磁安全）", "杭州“芯火”双创基地（平台）".
# Not a place ("国家蛋白质科学中心（上海）" is 国家蛋白质科学中心: where it stands), nor an aside
# (NOT_A_QUALIFIER): a phase ("（二期）"), a status ("（筹）", "（试行）"), an abbreviation
# ("（以下简称…）"), examples ("（含…）"), lead units ("（…牵头）"), years.
TRAILING_QUALIFIER = re.compile(r"[（(](?P<q>[\u4e00-\u9fff“”]{2,10})[）)]")
# A regional node of a national network is named by its region in brackets: "建好高校区域技术转移
# 转化中心（福建）", "全国高校区域技术转移转化中心（成渝地区）" (round 4, dev); so is a local branch of
# a national or provincial centre or base, and a centre a city runs abroad: "国家碳计量中心（辽宁）"
# (heldout2), "国家虚拟现实创新中心（青岛）", "山东省技术成果交易中心（济南）" (heldout6), "国家第三代
# 半导体技术创新中心（南京）" (round 24), "支持国家对外文化贸易基地（深圳）", "规划建设中国戏曲博物馆
# （合肥）", "苏州工业园区国际商务合作中心（新加坡）" (round 25). A bracketed place or region right after
# a name is part of it (the bare name is the network's kind of node); the realworld gold of every round
# keeps it (the Shanghai section gold of 2012's "国家蛋白质科学中心（上海）" does not: a conflict).
REGIONAL_BRACKET = re.compile(r"[（(](?P<q>[一-鿿]{2,8}?)(?:地区)?[）)]")
# A province's or city's section of a national cultural park is named with it, bracketed or not (round 34, 湖北's,
# 广东's and 江苏's 2026 reports; rounds 15 and 30 gold the sections as the park's): "加快建设长江国家文化公园
# （湖北段）", "建设好长征国家文化公园（广东段）", "建好长江、大运河国家文化公园江苏段". Only a place before 段
# (SECTION_AFTER's place, read by _only_places), and only after SECTIONED_ENDINGS: a line's sections are projects.
SECTION_AFTER = re.compile(r"[（(](?P<b>[一-鿿]{2,6})段[）)]|(?P<p>[一-鿿]{2,3})段")
SECTIONED_ENDINGS = ("国家文化公园",)
# A park is named by one place or feature before its kind: a conjunction in the candidate joins another item, no
# part of the park's name (round 26, 杭州's 2026 report: "高标准建设良渚文化大走廊和大运河国家文化公园" names
# 大运河国家文化公园; the corridor, with no ending of its own, did not end a name there). The park starts after the
# last one.
PARK_ENDINGS = ("国家公园", "国家文化公园", "考古遗址公园", "地质公园")
PARK_CONJUNCTION = re.compile(r"[和与及、]")
# Domains jieba tags as place names (ns) that are not places: "（深海）" says what kind.
DOMAIN_NOT_PLACE = frozenset(_words("深海 深空 深地 极地 远海 近海 海洋 空天 太空"))
# A seal or signature note on a form ("教育部…办公室（盖章）", heldout8) is no part of the name either.
# … nor the website or app a platform is reached through (round 12, a district's rental guide):
# "广州市房屋租赁信息服务平台(阳光租房官网)" names 广州市房屋租赁信息服务平台; the site is its alias.
NOT_A_QUALIFIER = re.compile(
    r"简称|含|包括|筹|试行|暂行|期|年|等|以下|以上|下同|牵头|负责|参与|地区|部|委|局|厅|、|及|和|与"
    r"|盖章|签章|签字|公章|印章"
    r"|官网|网站|小程序|公众号|客户端"
)
SEAL_NOTE = re.compile(r"盖章|签章|签字|公章|印章")
# NEW_SITE_AFTER (round 23, 重庆's 十五五 outline): an institution's new building or campus is named with it, as a
# campus is ("海南大学崖州校区", round 5): "谋划建设重庆博物馆新馆、重庆美术馆新馆等", "建成市第十人民医院新院区一期
# 工程" (the new building is what the plan builds; the museum alone is not named there).
NEW_SITE_AFTER = re.compile(r"新(?:馆|院区|校区)")
# NAMED_CAMPUS_AFTER (session 40, issue #13): a university or hospital named only through a campus named by its place
# is `may`, as the campus is (README's campus rule), so neither is put out (round 28, 北京's 2026 report:
# "北京工业大学房山校区、北京儿童医院亦庄院区等开工建设" gave the bare 北京工业大学 and 北京儿童医院; 广州's:
# "孙逸仙纪念医院花都院区"; round 26, 深圳's: "深圳职业技术大学深汕校区"). The golds list some campuses (may) and
# leave others out ("宣武医院房山院区", "市三医院临平院区", rounds 26 and 30), so the campus is not put out either.
# Not across a list or a joining word ("儿童医院等通州校区").
# The campus is read whole first, so that no later reading takes a piece of it ("广州市惠爱医院芳村院区提升改造" in a
# list of projects gave the firm 惠爱), and dropped once all are read (NAMED_CAMPUS_NAME; not a new campus,
# NEW_SITE_AFTER).
NAMED_CAMPUS_NAME = re.compile(r"(?<!新)[校院]区$")
NAMED_CAMPUS_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}?[校院]区")
NAMED_CAMPUS_BREAK = re.compile(r"[和与及等的在、]")

# PLACE_BRACKET_QUALIFIER (fixext59): a bracketed qualifier right after the place a name opens with makes the whole
# one name, however many words follow it (a verb jieba tags, a second place): round 59, 广州's outline lists
# "环港科大（广州）创新区、广州（国际）科技成果转化天河基地、…", gold as written; _second_place_name read 转化 before
# 天河 as the clause's verb and kept 天河基地. Two phrases ("…旧址研究建造上海百年排水科技园") have no such bracket.
PLACE_BRACKET_QUALIFIER = re.compile(r"[（(][\u4e00-\u9fff]{2,8}[）)]")
# Before such a place, "中国" or a bilateral "中X" opens the name ("中以（上海）创新园", "中德（太仓）…")
# even where 以 reads as a preposition.
BILATERAL_OPENING = re.compile(r"(?:中国|中[以德法英美日韩俄新意芬瑞荷欧非阿加澳比丹挪奥]|[京沪]港)$")
# Characters names are made of: Chinese, Latin letters and digits (other provinces keep
# "6G", "EDA"), the dash of "国家磁—惯性聚变能源研究中心", the middle dot also typed as a bullet
# ("大连重工•起重集团公司", round 4). Everything else ends a name.
NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9—·•]")

# The point of a version number between digits belongs to a name's run: "政务服务2.0平台".
VERSION_POINT = re.compile(r"(?<=\d)[.．](?=\d)")
# A hyphen between two words of a name joins partners, as a dash does: "中国-中亚荒漠化防治中心",
# "中国-东盟信息港"; the name keeps it as written (dev round 6).
HYPHEN_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[-－](?=[\u4e00-\u9fff])")
# ROUTE_CHAIN_DASH (round 31, fix31ext): a route list joins its stops with dashes, one stop after another on a line
# that wraps anywhere: "武汉革命博物馆—辛亥革命博物院—长江大桥—八七会议会址纪念馆—武" (湖北's red-tourism routes,
# heldout31), read as one run, so that "长江大桥—八七会议会址纪念馆" was taken for a name. A name holds one dash
# between partners ("中国—中亚贸易畅通合作平台", NAME_CHAR); a run holding ROUTE_CHAIN_DASHES or more such dashes is
# a chain, cut at each of them.
ROUTE_CHAIN_DASH = re.compile(r"(?<=[\u4e00-\u9fff）])—(?=[\u4e00-\u9fff（])")
ROUTE_CHAIN_DASHES = 2

# A body followed by a kind of department or by 分管 qualifies a generic actor or a person, it is not
# named as an actor itself: "国务院教育行政部门负责…", "国务院分管教育工作的副总理"; so does a body
# (a government, a corps) before 部门 or a …主管部门: "山东省、青岛市政府部门颁发的奖项", "新疆生产建设
# 兵团工业和信息化主管部门" (addressees and classes of department, heldout8).
# … but not 分管 before the body's own official: "会议由北京市发展改革委分管负责同志主持", "天津市发展改革委、
# 河北省发展改革委分管负责同志…出席" (round 51, the 京津冀 energy working group's meeting) and "副总指挥：国家发展改革委
# 分管负责人" (round 20's grain plan) name the commission whose official in charge acts.
OFFICIAL_IN_CHARGE = r"负责同志|负责人|领导|同志"
GENERIC_ACTOR_AFTER = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:行政|主管)部门|部门|分管(?!" + OFFICIAL_IN_CHARGE + ")")
# A department of a ministry or bureau written right after it is the unit the plan names: "国家能源局
# 煤炭司组织…", "工业和信息化部装备工业二司", "青岛市工业和信息化局科技处，联系电话" (heldout8). The
# department is one to six characters before 司 or 处 with no verb, adverb, pronoun or function word
# among them (SUB_DEPARTMENT_NOT_TAGS, jieba's tags of the words before 司 / 处), and the name ends
# there (punctuation, a line end, or a verb a unit takes: SUB_DEPARTMENT_NEXT); not "…局处理", "公司".
SUB_DEPARTMENT_HOST_ENDINGS = ("部", "局", "厅", "委", "署")
# An office of the State Council is named by two characters and 办 right after it: "经商信息产业部、
# 国务院信息办，现答复如下", "国务院扶贫办负责", "国务院新闻办会同…" (heldout6: the gold names
# 国务院信息办, and 国务院 alone was read out of it). Not 交办, 举办 (one character), 办公厅, 办理.
STATE_COUNCIL = "国务院"
STATE_COUNCIL_OFFICE = re.compile(r"[\u4e00-\u9fff]{2}办(?![公理事法学])")
SUB_DEPARTMENT = re.compile(r"(?P<sub>[\u4e00-\u9fff]{1,6}?[司处])")
SUB_DEPARTMENT_NEXT = re.compile(
    r"(?:[^\u4e00-\u9fff]|$|组\s*织|负\s*责|牵\s*头|会\s*同|联\s*系|指\s*导|主\s*办|承\s*办|等|和|及|与)"
)
SUB_DEPARTMENT_NOT_TAGS = frozenset({"v", "vd", "ad", "d", "p", "r", "c", "u", "f", "uj", "ul"})
SUB_DEPARTMENT_NOT = re.compile(r"公司|上司|[各有相所等和与及、到之好]")
# SUB_DEPARTMENT_PAIR (fixext58): but a department named by two fields joined by 与 is one department: "…环境法
# 生态环境部法规与标准司79竺效…" (round 58, the expert list's recommending body, four rows; the ministry's
# 科技与财务司 and a bureau's 海洋与渔业处 are named so too). Two words of two or three characters on either side,
# each passing SUB_DEPARTMENT_NOT_TAGS; 与 is the only conjunction ("部门参与调查处理": 参与 is a verb, no pair).
SUB_DEPARTMENT_PAIR = re.compile(r"(?P<first>[\u4e00-\u9fff]{2,3})与(?P<second>[\u4e00-\u9fff]{2,3})[司处]")

# An institution's name after a relation or a place inside something before it: "隶属于国家能源集团乌海
# 能源有限责任公司" names the company, "入驻园区内崂山区政府指定发展载体" 崂山区政府 (heldout8); the place
# part must open with a place name (PLACE_RE, or a word jieba tags ns) for the locative to be cut ("园区内|崂山区…"),
# and the locative is not a body ("教育部内蒙古高等研究院" is one name: 教育部|内蒙古…).
INSTITUTION_LEADING_RELATION = re.compile(r"^[\u4e00-\u9fff]*?(?:隶属于|隶属|从属于|归属于)")
INSTITUTION_LEADING_LOCATIVE = re.compile(r"^[\u4e00-\u9fff]{2,4}?[内外中]")

# A platform named by a quoted brand is named whatever verb stands before it: "通过“青岛政策通\"平台提交",
# "纳入各级城运中心“一网统管”平台", "接入…“司法链”平台" (heldout8; gold of earlier rounds). Not a formula
# ("“互联网+”平台") nor a two-character campaign ("“双创”平台", a kind: QUOTED_BRAND_MIN).
QUOTED_BRAND_PLATFORM = re.compile(r"“(?P<brand>[^“”\"，。；：、+]{3,10})[”\"]平台")
QUOTED_BRAND_MIN = 3
# … and so is a platform whose name opens with a quoted brand before its descriptive head, however generic the
# words inside the brand: "上线“广智能”服务平台" (round 26, 广州's 2026 report), "高效运作“宁科荟”科技成果信息
# 发布与供需对接服务平台" (南京's); the gold writes the name whole, quotation marks kept. Only a name ending in
# 平台, the brand at least QUOTED_BRAND_MIN characters and no formula ("“互联网+”服务平台"; a status parks earn,
# "“无废园区”", is no platform).
QUOTED_BRAND_OPENING = re.compile(r"^“(?P<brand>[^“”\"，。；：、+]{3,10})”[\u4e00-\u9fff]{1,24}平台$")
# A quoted word jieba knows whole as a distinguishing word or an idiom (tags b, l) describes the platform, it is
# no brand: "“一站式”综合服务平台" (heldout21 sd-digital-society-2019; the gold of every round has “一站式”
# platforms `may`), "“新三样”产业平台".
QUOTED_DESCRIPTION_TAGS = frozenset({"b", "l"})
# The parts a plan lists after its head with 包括 or an appositive 即 are what the head is made of, so
# each one is deployed as the head is, whatever verb stands before the head (round 21, the 2013 forestry
# opinion; heldout6, heldout5): "建成林业三大基础数据库，即林业资源数据库、林业地理空间信息库、林业产业
# 数据库", "智慧林业管理方面包括中国林业云、…、中国林业办公网、智慧林政管理平台和智慧林业决策平台等",
# "建设国家药品监督管理局政务服务平台，包括政务服务管理平台、政务服务数据共享平台和政务服务门户". Only a
# list's own items: the part before the item is 包括/即 and earlier items of the same list. 即 only as an
# apposition, after ，or ： that closes a head with a platform's ending ("…基础数据库，即"; not "材料齐全的，即转交",
# "即可"); 如 and 例如 give examples of a kind (EXAMPLE_ASIDE), not parts.
# A part named by its kind alone stays a class (is_generic: "主要包括地理信息平台、林业云平台…").
LISTED_PARTS = NamedPattern(
    "LISTED_PARTS",
    re.compile(r"(?:包括|包含|(?P<apposed>[，,：:])即)[：:]?(?:[^，。；：！？、]{2,40}?[、和及与])*$"),
    "the items a head lists with 包括 or an appositive 即 are its parts, deployed as the head is",
    "建成林业三大基础数据库，即林业资源数据库、林业地理空间信息库、",
)
# How far back a list's 包括 or 即 may stand before one of its items: a list of a dozen names.
LISTED_PARTS_REACH = 240
# A platform the plan gives a short form for is one platform, whatever verb stands before it: "同步在
# 专业技术人才知识更新工程公共服务平台(以下简称工程服务平台，网址:…)网上申报" (heldout8).
# A short kind with a short form is a kind abbreviated ("建设自由贸易试验区（以下简称自贸试验区）"):
# only a name of DEFINED_SHORT_MIN characters or more counts so.
DEFINED_SHORT_AFTER = re.compile(r"[（(](?:以下)?简称")
DEFINED_SHORT_MIN = 10
# A directory table flattened into lines names a firm's product on the line after the firm: "深圳壹账通
# 智能科技有限公司\n中小企业大数据服务一体化平台\n通过…" (heldout8): a line holding only a name with a
# framed ending (…平台) right after a line that is a firm's name is that product's name.
FIRM_LINE = re.compile(r"(?:公司|集团)[）)]?[ \t\u3000]*$")

# A renovation project after a name: "推进兰州铁路枢纽优化提升工程" names a project on existing
# infrastructure, not a platform the plan builds.
RENOVATION_AFTER = re.compile(r"(?:优化|提升|改造|扩能|扩建|改扩建|升级|提质)+工程")
# A programme of cultivating platforms after a name: "大力推进“个十百”工业互联网平台培育工程建设",
# "深化“个十百”平台培育工程" (session 13: a provincial digital plan) name a programme that grows a
# tier of platforms, not one platform.
PROGRAMME_AFTER = re.compile(r"培育(?:工程|计划|行动|专项)")
# DESIGNED_AFTER: a device whose design or making the plan completes is a technology under research, not a platform it
# deploys (sh-stic-14, once 中子源 named facilities, BIG_SCIENCE_FACILITY_ENDINGS: "完成高温超导聚变中子源的设计和关键
# 部件制造"; sh-sti-12: "…、高亮度发光二极管光源的研制").
DESIGNED_AFTER = re.compile(r"的(?:设计|研制|预研|概念设计)")
# Inside the title of a cited document (an open 《 before the name, CITED_TITLE_OPEN), a base or park
# followed by a project, a works or a plant names what that document is about, not a platform the plan
# builds: "按照《关于某某集团某地化工基地项目搬迁安置规划的批复》", "《关于某某工业区工业污水处理厂…的承诺书》"
# (round 11: an environmental approval citing its letters). Outside a title the same words may name the
# platform that hosts the project ("推进…产业基地项目建设"), so only titles.
CITED_TITLE_OPEN = re.compile(r"《[^《》\n]{0,120}$")
# ZONE_OPENING_TITLE: a zone that opens the title of a document the plan cites or drafts is the scope of that document,
# not a platform the text builds or relies on (rounds 50 and 52, 平潭's work summaries and plans): "牵头制订
# 《平潭综合实验区餐饮业态打造提升攻坚行动方案》", "制定《平潭综合实验区护林员队伍建设暂行管理办法》". A title
# that is the zone whole ("《…》" closing right after it) is left alone, and so is a title about building or developing
# the zone, whose subject it is (round 7: "为落实《济南国家新一代人工智能创新发展试验区建设方案》" names the zone).
ZONE_OPENING_TITLE_MARK = "《"
ZONE_TITLE_GOES_ON = re.compile(r"(?!建设|发展|总体|规划)[^》\n]{2,}》")
CITED_TITLE_SUBJECT_AFTER = re.compile(r"项目|工程|[\u4e00-\u9fff]{0,6}?(?:厂|站)(?![\u4e00-\u9fff]{0,2}(?:平台|中心))")
# A department of a body after a platform's name: "…数字平台建设处负责人介绍道" (session 13: a city
# news article) names the division that builds the platform, not the platform; the division's
# ending stands before a title, a verb of speaking or acting, or punctuation (not "处理", "科技").
DEPARTMENT_AFTER = re.compile(r"(?:建设|管理|运行|运维|服务|发展)?[处科](?=负责|长|[、，。；：）)\s]|$)")
# After an ending, these make it part of a larger noun: "创新平台体系", "实验室群", "基地平台",
# "大学生", "大学校区", "集团级"; and 业 after 行 or 银行 makes a sector, not a bank ("覆盖大部分行业",
# "银行业金融机构").
# So does 校 after 院: "政法院校", "医药院校" are kinds of schools, not a court or a hospital (round 5).
# So does 网 after a station: "完成长江口和省市边界水文水质监测站网建设" builds a network of stations
# (heldout5), not one station.
# So does 技术 after a store: "利用分布式数据库技术" (heldout6) is a technology, not a database.
# So does 法 after a company or a bank: "《中华人民共和国公司法》", "商业银行法" are laws (round 9), not
# bodies ("公司法人" is a firm's legal person, still a firm).
# So do a city brand, a regulation, an event and a setting after a venue's 馆 (round 25, culture chapters of
# 南京's and 北京's outlines): "建设“博物馆之城”", "组织策划博物馆之夜", "推动出台北京市博物馆条例", "“南京高校
# 博物馆联展”等品牌", "营造国际友好型博物馆环境" name no museum (VENUE_CONTINUATION).
VENUE_CONTINUATION = r"(?<=馆)(?:之城|之夜|之都|条例|联展|环境)"
# So does an account or a card after 银行 (round 25, 杭州's outline): "深化推广本外币合一银行账户体系" names no bank.
BANK_ACCOUNT_CONTINUATION = r"(?<=银行)(?:账户|卡)"
# So does a measure of how many there are (round 34, 甘肃's 2026 report, a review): "人均博物馆拥有量居全国第1位"
# counts museums, it names none.
COUNT_MEASURE_CONTINUATION = r"拥有量|覆盖率"
# BUSINESS_AFTER_NAME: but 业务 after a name is that body's business, a word of its own, and the name stays one (round
# 30, 广州's bay-area outline: "深化广州期货交易所与香港证券交易所业务产品合作" names 香港证券交易所; round 22, the
# environmental statistics rules: "生态环境部在国家统计局业务…"); only 业 alone makes a sector ("银行业金融机构").
BUSINESS_AFTER_NAME = "务"
# INSTITUTE_HEAD_POST (fixext58): but 所长 after an institute's 所 is its head's post, and the institute's name ends
# before it (as TITLE_AFTER_UNIT): "87张伯驹男自然之友环境研究所所长自然保护…" (round 58, the expert list) lost the
# institute, read as running on into 所.
INSTITUTE_HEAD_POST = r"(?<!所)所|所(?!长)"
CONTINUATION = re.compile(
    r"体系|集群|群|格局|网络|联盟|矩阵|城市|平台|"
    + INSTITUTE_HEAD_POST
    + r"|载体|布局|级|化|规范|业(?!"
    + BUSINESS_AFTER_NAME
    + r")|(?<=院)校|(?<=站)网|(?<=公司|银行)法(?!人)"
    r"|(?<=库)技术|" + VENUE_CONTINUATION + "|" + BANK_ACCOUNT_CONTINUATION + "|" + COUNT_MEASURE_CONTINUATION
)
# … except 体系 after a platform: "完善国家技术转移郑州中心体系" names the centre and its network
# (round 2); a class before it ("创新平台体系") is still a class.
SYSTEM_OF_ONE = re.compile(r"体系")
# … only where the platform is placed, a place name in it ("郑州"; a jieba place word of at least
# PLACED_WORD_MIN characters: jieba reads the 云 of "政务云" as 云南): "构建全国一体化政务云平台体系",
# "纳入…政务云平台体系统筹管理" (session 13: a national e-government guide) build a system of clouds.
PLACED_WORD_MIN = 2
# … and not a word jieba tags as a place that names no one place (round 44, 苏州's 十五五 outline): "完善城市生活服务平
# 台体系" builds a system of the city's life-service platforms (城市/ns: any city), it places none.
PLACED_NOT_PLACE = frozenset(_words("城市 山区"))
# After 大学 / 学院 also "大学生", "大学校区", "大学城"; and "大学路", a road named for its universities whose district
# names a platform (round 40, 杨浦's innovation-zone plan: "深化大学路科创街区、环高校国际创新人文…" gave 路科创街区);
# not 路演, 路径, 路线 (a roadshow, a path, a route).
UNIVERSITY_CONTINUATION = re.compile(r"生|校区|城|路(?![演径线])")
# A hub whose function or part the plan strengthens is a role a place or platform plays, not a unit it
# builds: "强化北部湾经济区大宗商品交易和配置枢纽功能" (heldout4 gx-gwr-2026), "充分发挥全国一体化政务服务
# 平台“一网通办”枢纽作用" (heldout7 nat-digigov-2022), "发挥全国重要物流枢纽作用".
# A platform named right after the copula 是 is what the subject is, a description, not a name the plan deploys
# (session 22, round 21: a directory's feature cell): "物流信息云平台是综合性物流信息服务平台" (the product's own
# cell names it); "上海是国际金融中心" is a role. Institutions after 是 stay ("牵头单位是市科委").
COPULA_BEFORE = "是"
HUB_ENDING = "枢纽"
HUB_ROLE_AFTER = re.compile(r"(?:功能|作用|地位)")
# ROLE_VERB_SERIES (ext48): a bare ending after a verb of acting as, which the next item repeats with another
# ending, is a series of roles a city is to play, no name (rounds 38 and 42, 广东's and 深圳's 2026 texts:
# "在服务国内国际双循环畅通中作基地、作平台、作通道", where jieba reads 中作 as a place).
ROLE_VERB_SERIES = re.compile(r"(?P<verb>[作做当])(?P<ending>[\u4e00-\u9fff]{2})、(?P=verb)")
# "…基地和平台", "…中心与平台": the candidate is a category of platforms.
FOLLOWED_BY_CATEGORY = re.compile(r"(?:和|与|及)(?:平台|基地|中心)(?![\u4e00-\u9fff]*(?:平台|基地|中心))")

# --- left edge: verbs, prepositions, quantifiers ------------------------------------------
# A name does not contain these; it starts after the last one before its ending. Longer forms
# first so that "加快建设" is cut as a whole. The copula 是 too (session 22, round 21: a directory's feature cell,
# "物流信息云平台是综合性物流信息服务平台，分为…" named no platform of that whole); see COPULA_BEFORE.
# A work report's clauses joined by 、 each open with their verb: "承担国家重大科技攻关项目、承建国家级创新中心",
# "构建涵盖赋能中心、应用场景和高价值园区的…平台体系" (round 26, 深圳's and 广州's 2026 reports: 承建, 涵盖).
# A box's projects open with the stage of their works: "续建人民法院基础设施强基工程" (round 27, 重庆's 十五五 outline;
# jieba takes 续建 for a person's name), "重点改善医院、学校、商圈周边道路交通微循环" (改善 after an adverb).
# Verbs of sending, like 至 and 到, end the clause before the body something is sent to (round 56, the 三同时
# circular's table: "该公司将部分矸石送往神华神东电力河曲发电公司进行综合利用", "要求该单位煤矸石运往河曲低热值电厂").
ANCHOR_WORDS = _words(
    """
    加快建设 加快推进 加快构建 加快打造 持续推进 积极争取 支持筹建 探索建立 研究建立 布局建设
    培育建设 重点打造 全力打造 建设 推进 推动 支持 依托 打造 筹建 组建 布局 建立 新建 建成 创建
    争取 设立 发挥 围绕 聚焦 构建 形成 成为 包括 完善 提升 加强 强化 培育 引进 集聚 参与 通过 加快
    鼓励 引导 实施 开展 推广 提供 做实做强 认定为 作为 整合 牵头 落户 健全 优化 深化 夯实 争创
    探索 搭建 攻克 包含 扩大 突出 重视 增强 发展 使用 建有 拥有 共有 累计 至此 获得 采用 分别是
    安排 协调 加大 联合 从 成立 共建 面对 意味着 进入 吸引 下属 以及 或 一批 首批 若干个 若干 一个
    多个 各类 一系列 其中 时期 左右 以上 的 了 以 将 把 向 由 对 为 即 如 在 等
    更新改造 升级改造 改造提升 改造 等地 能级
    办好 建好 建强 用好 管好 运行 落地 招引 更多 升级 报送 根据 已经 基于 领域 全力 积极稳妥
    稳妥 大力 着力 力争 谋划 实施好 用 到 向着 面向 推出 启动 完成 召开 举办 承办 组织开展 组织
    配合 会同 督促 要求 明确 印发 出台 要 带动 制定 做大 做优 代表
    听取 委托 指导 可以 经 以下简称 简称 落实 承担 负责 纳入 含 自建 搭 三级
    同意 特别是 尤其是 答记者问 构筑 迈向 接入
    是指 系指 经商 维护 扩充 获批 现有
    建成开放 下放至 至 授权 从事 允许 申建 申报
    规范 认定 重塑 做实 运营 推广应用
    充分利用 连接 扶持 规定 报 设
    统筹 跟进 总结 申请 对接 新一轮
    责令 建议 只有
    串联 助力 助推 做好
    整治 清理 查处
    改建
    承建 涵盖
    续建 改扩建 扩建 改善
    暨
    参观
    设置 具有 随 随着
    筑牢
    不超过 不低于 每个 每家 发挥好
    两次 多次 首次 历次
    适用于
    入驻 租用 利用
    打通
    送往 运往
    遴选 有效支撑 有力支撑
    提交
    认为 表示 指出 覆盖 涉及
    分送 抄送 转送 印送
    主办
    地点
    位于 业经 约谈
    是
    衔接
    列入 好
    投产 创办 引育
    稳居 位居 跻身
    运作
    调整 立足 畅通 理顺 链接
    引入
    来自 采购自 购自 源自
    适合
    追究 撤销
    申创
    """
)
# 追究 (holds to account) and 撤销 (revokes), sanctions as 责令 and 查处, take the body sanctioned or its licence as
# object and open no name (fixext55; heldout55, the ministry's circular on 临汾's air data: "根据合同约定追究先河公司
# 违约责任" names 先河公司, the firm's declared short form, not "合同约定追究先河公司"; "撤销先河公司2名涉案人员…").
# 申创 (applies to be made, as 申建 and 争创) takes the designation sought as object (fixext55; heldout55, 北京's
# 十五五 outline: "积极申创国家农业高新技术产业示范\n区" names the national designation, not "积极申创国家…示范区").
# 适合 (suited to) opens the zone or body a system is fitted to, no part of its name (fixext48; round 48, a digest of
# 雄安's smart-city opinion: "构建适合雄安新区高标准建设、高质量发展的标准体系" names 雄安新区; jieba tags 雄安 as an
# adjective, so no clause-verb cut sees a place after the verb).
# SOURCE_VERBS (fixext46): 来自 and its kin (采购自 bought from, 购自, 源自) say where data or goods come from, the
# body after them; no name holds them (round 46, 国家核安全局's investigation report: "SEC泵的配套电机采购自佳木斯电机
# 股份有限公司" names 佳木斯电机股份有限公司; round 29, 宜春's statistical bulletin: "存贷款数据来自人民银行宜春市中心
# 支行").
# CLAUSE_VERBS_MISTAGGED (ext46): verbs that open a clause whose object is a zone or a platform, and that jieba
# tags as a noun, an adverb or an adjective (调整 vn, 立足 d, 畅通 a, 链接 n), so strip_leading_verbs keeps them;
# none opens a name (rounds 23, 27, 30, 33, 34, 38): "优化调整北碚经开区范围" names 北碚经开区,
# "畅通前海股权交易中心转新三板挂牌…机制" names 前海股权交易中心 (not after 贸易: _GUARDED_ANCHORS),
# "打造立足湾区、协同港澳…的重大战略性平台" names nothing, "加快理顺开发区权责关系" names no zone,
# "链接欧亚大陆战略枢纽" a role.
# 引入 (brings in, as 引进) opens the firm or platform it brings (round 36, 重庆's review of the 14th plan:
# "引入国机集团" names 国机集团); no name holds it.
# 运作 (runs, as 运营) takes a platform as object (round 26, 南京's 2026 report): "高效运作“宁科荟”科技成果信息发布
# 与供需对接服务平台" names the platform from its quoted brand on. Not inside a name: "资本运作中心", "江海联运作业区"
# (_GUARDED_ANCHORS).
# 跻身 (ranks among, as 稳居) after a lab names the lab (session 34, heldout36, 青海's 2026 report:
# "青海师范大学藏语智能实验室跻身全国重点实验室" names 青海师范大学藏语智能实验室).
# 稳居 and 位居 (ranks, steadily) put a zone or a park among its peers in a review, no part of either's name (plat29,
# round 28, 广州's 2026 review): "南沙综保区跨境电商进出口额稳居全国综保区第一", "广州经开区综合实力稳居国家级经开区
# 第二" name 南沙综保区 and 广州经开区.
# 有力支撑 (give strong support to, as 有效支撑) opens the park or platform it supports (round 19, 辽宁's carbon
# S&T plan): "有力支撑辽河口国家公园建设" names 辽河口国家公园; not 支撑 alone, which many platforms' names hold
# ("…智能支撑平台").
# 投产 (put into production, after 建成), 创办 (found) and 引育 (attract and foster) take a park, a school or a class
# of firms as object and open no name (round 28, 2026 work reports' review parts and 上海's 十五五 outline): "建成投产
# 深汕比亚迪汽车工业园", "获批创办国家人工智能学院深圳河套学院" (jieba read neither as a verb the cuts saw), "加快引育
# 一流投资银行" (a class). 运作 only guarded (below): "江海联运作业区" is a port area.
# 列入 (listing into, as 纳入) stands between a facility and the class or programme it is listed in, no part of
# either's name (round 24, 苏州's outline): "积极争取信息器件原子级制造实验装置列入国家重大科技基础设施" names the
# facility, not "…实验装置列入国家重大科技基础设施".
# 衔接 (linking one thing to another, as 对接 and 连接) stands between a platform and the one it links to, no part of
# either's name (round 22, a ministry's reply on cement permits): "推动排污许可管理信息平台衔接企业征信平台".
# 位于 (lies in) and 业经 (has been approved by) open the place or body after them (round 20): "该项目位于山西晋北煤炭
# 基地大同矿区" (an EIA approval) names the coal base, "…工作方案》业经市人民政府同意" (广州's V2G plan) the city's
# government; round 19's PPP table: "位于双台子区精细化工产业园区内".
# 约谈 (summons for a talk) stands between the body that summons and the one summoned (round 20, a ministry's reply):
# "中国环境监测总站约谈河北先河环保科技股份有限公司".
# 地点 (place): a notice's heading "评审地点" glued to the venue in a one-line crawl opens no name (round 17,
# a ministry's title-review notice): "三、评审地点生态环境部北京会议与培训基地四、申报条件".
# 主办 (hosting, as 承办): a page's footer names its host and operator in one run, "湘阴县人民政府办公室主办
# 湘阴县数据局承办…" (round 17, a county portal's page); the operator's name starts after the verb.
# 助推 ("boosting", as 助力) is a verb between two things, no part of either's name (round 13, a cited
# title): "《关于上海加快发展智能制造助推全球科技创新中心建设的实施意见》" names no 智能制造…中心;
# not 助推器 (a booster, _GUARDED_ANCHORS).
# 提交 (submitting) takes a paper, or the body that issues or receives it, as object and opens no name:
# "需提交广州市残疾人辅助器具服务中心出具的…适配意见" (round 12; jieba reads "需提交" as one noun, so no
# verb cut sees it).
# (认为 表示 指出 覆盖: verbs of judging and saying, and of reach, open no name — "检查组认为大亚湾核电基地
# 6台机组…", "针对严重事故演习未全部覆盖大亚湾核电基地6台机组的问题"; nor do the verbs of sending copies:
# "将批准后的环境影响报告书及批复文件分送上述部门及甘孜藏族自治州人民政府办公室" ran past MAX_NAME before
# ADDRESSED_AFTER could cut it; round 14, after the score. 涉及 as 覆盖: "针对成都枢纽涉及烈士陵园、幼儿园等敏感
# 地下线段目标的路段" (heldout17), once 烈士陵园 ended a venue in round 31.)
# 遴选 (select, round 13, a 临港 action plan): "遴选中航商发、上海电气…等一批骨干企业" opens the list;
# 有效支撑 (effectively support, as 大力推进): "有效支撑沿沪宁产业创新带建设发展" (round 13, 普陀).
# 打通 (linking up, breaking the walls between; round 21 and heldout9) takes stores and bodies as objects and opens
# no name: "打通国家局数据中心和各直属单位的“信息孤岛”" (not a body "打通国家局"), "逐步打通企业-集团…".
# 入驻, 租用, 利用 (settling in, renting, using; heldout7, round 11) take a base, a centre or a store
# as object, and the clause relies on it (PLATFORM_FRAME): "吸引企业入驻国家…产业孵化基地", "租用国家
# 超级计算济南中心服务器", "利用生态环境资源中心，汇聚…数据". (Not 利用 inside a name: "资源综合利用
# 基地", "国家文物保护利用示范区".)
# 维护, 扩充 (maintaining, expanding) take a platform as object: "运行和维护中山市政务大数据中心",
# "依托数据共享平台扩充国家局数据中心的数据资源" (heldout6). 获批 (approved) opens no name either:
# "对新获批国家重点实验室…" (QUANTIFIER then sees 新获批 before the name).
# 现有 ("existing") says the plan builds on it, and is no part of its name: "以现有森林资源数据库…为基础".
# 是指, 系指 ("means") define a term by the bodies it covers and open no name: "政务部门，是指市政府
# 组成部门、直属机构…" (heldout6).
# 参观 (visiting) takes a venue as object: "参观国家博物馆".
# 筑牢 (making firm, as 夯实 and 构筑; fixext59) takes a barrier, a line or a position as object and opens no name
# (round 59, 北京's outline: "筑\n牢新时代文明实践中心阵地" was read with the verb in the centre's name).
# 设置 (setting up, like 设立) and 具有 (having, like 拥有) take a body as object (round 7): "在我市落地
# 设置人工智能研究院等新型研发机构", "优先向具有济南市领军领先企业…等荣誉资格的企业".
# A count of times opens no name: "两次国家核安全局专家委员会审议" (heldout6).
# 发挥好 (making good use of, like 用好): "发挥好“鲁科融"融资路演平台作用" (round 7).
# 不超过, 不低于 ("at most", "at least") and 每个, 每家 ("each") open no name: "按不超过平台建设总投入的
# ３０％予以资助", "对…每家电信运营企业每年每个园区给予20万元" (round 7); 每个 also counts (QUANTIFIER).
# 随 ("along with") before a firm: "清单将随华为软件技术有限公司公开目录的更新而优化调整" (round 7;
# not 随州, 随县).
# 暨 ("and also") joins an event to the zone it serves and opens the zone's name (dev):
# "举办文物事业高质量发展暨上海杨浦国家文物保护利用示范区深化建设工作研讨会".
# 改建 (round 5): rebuilding, like 新建 and 扩建, takes a works as object: "恢复和改建本溪钢铁公司".
# 串联 (round 4): linking places up takes them as objects: "串联旗忠网球中心、昆阳湖水上运动中心…";
# 助力 (helping, dev round 5) likewise: "助力博物馆“火”起来" names no 助力博物馆; and 做好 (doing
# well, like 办好, 建好): "协同做好宁河京津合作示范区资源导入" (round 2). 整治, 清理, 查处: verbs of
# rectifying and investigating take firms as objects: "整治银行强制搭售产品" (round 4).
# 责令, 建议, 只有 (round 4): ordering, recommending and "only" take a body as object or subject and
# open no name: "责令左权县人民政府…", "建议中国第一重型机械集团公司…", "国内只有上海船用曲轴公司能…".
# 统筹, 跟进, 总结, 申请, 对接 (dev round 6): verbs of coordinating, following up, reviewing, applying
# for and linking up that take a park or a platform as object: "统筹零碳园区建设", "定期跟进零碳园区
# 建设情况"; 新一轮 ("a new round of") opens no name: "加快新一轮国家数字经济创新发展试验区建设".
# 充分利用, 连接, 扶持, 规定, 报, 设: verbs of using, connecting, fostering, laying down, reporting to
# and setting up that take a name as object: "充分利用全国一体化在线政务服务平台", "连接雄安新区与京津",
# "扶持“双创”支撑平台", "规定生态环境部…", "报司法部备案", "省级人民政府设监管工作平台". (One-character
# anchors count only where jieba reads them as words: not 报 of "日报社", 设 of "设计院".)
# Anchors that are also parts of words: "高等研究院", "等离子体", "建设银行", "在线".
# TASK_GROUP_AHEAD: a leading group (领导小组) is named for the task it pushes, and the task may be
# long: "市推进科技创新中心建设领导小组", "区投资促进工作领导小组" (round 13, after the score: both were
# cut to "中心建设领导小组", "工作领导小组"). A verb of pushing or promoting that a leading group's ending
# follows within twelve characters, with no punctuation between, opens no name: it is part of the group's.
TASK_GROUP_AHEAD = r"(?![\u4e00-\u9fff]{0,12}?领导小组)"
# 推进 right before 中心 after a character of a name is the centre's own word, no verb (see 推进 below).
PROMOTION_CENTRE_AHEAD = r"(?<![\u4e00-\u9fff]推进(?=中心))"
# A list of bodies that review or approve, written after 经 (the 经 anchor of _GUARDED_ANCHORS).
_APPROVER = r"[\u4e00-\u9fff]{2,14}?(?:公司|集团|小组|[部委局厅署办府])"
APPROVER_LIST = _APPROVER + r"(?:[、和及]" + _APPROVER + r")*(?:审查|审批|批准|同意|审核)"
_GUARDED_ANCHORS = {
    # ABOVE_NOT_SHANGHAI: 以上 ("and above") is no anchor where its 上 opens a place after the preposition 以 (round
    # 40, 上海's public-health S&T opinion: "以上海市预防医学科学院为我市传染病防控研究核心基地" gave
    # 海市预防医学科学院); the anchor 以 still cuts there. A place opening with 上: 上海, 上饶, 上虞, 上杭, 上蔡, 上犹.
    "以上": r"以上(?![海饶虞杭蔡犹])",
    # COORDINATED_ZONE: 统筹 ("coordinated") before 发展 and a zone's ending is the zone's own word, no verb (round 34,
    # 重庆's 成渝 part of its 2026 report: "提质建设川渝高竹新区、万达开统筹发展示范区" was cut to 发展示范区).
    "统筹": r"统筹(?!发展(?:示范区|试验区|先行区|先导区))",
    "等": r"(?<![高平同中初均相])等(?!离子|级)",
    "利用": r"(?<!综合|循环|保护|开发|合理|高效|节约|资源)(?<!再)利用(?!率|效率)",
    # … and a body named for its task: "省数字政府建设工作小组", "…建设领导小组办公室".
    # … and a commission named for building and managing: "市住房城乡建设管理委" (dev round 6).
    # … and a headquarters or platform that directs building: "市生活垃圾设施建设指挥平台",
    # "重大工程建设指挥部"; 工程建设 is a noun ("工程建设项目审批管理平台", round 5).
    # … and a task force named for building ("量子城市空间智能建设工作专班", round 12, after the score).
    # … and an expert committee advising on building: "成立海洋牧场建设专家咨询委员会" (round 9).
    # … and the noun 建设项目 after a scope word (round 17, an EIA approval): "登录全国建设项目竣工环境保护验收
    # 信息平台" (a nationwide platform for construction projects, not "全国 | build | 项目…平台").
    # … and a construction firm's trade word before its legal form (CONSTRUCTION_FIRM; round 44 and round 21, the
    # regulator's FCD-inspection letters for 漳州 and 三澳): "中核华兴建设有限公司", "中国核工业第二二建设有限公司",
    # "中核二四建设有限公司" were cut to a bare 有限公司.
    # … and a bureau named for two domains, building and another (round 12, a district's signature line): "广州市天河区
    # 住房建设和园林局", as "城乡建设和交通委员会".
    "建设": r"(?<!工程)(?!(?<=全国|全省|全市)建设项目)"
    # … and a leading zone named for the building it leads (LEADING_ZONE_ENDING, ext58; round 28, 上海's outline):
    # "深入打造浦东社会主义现代化建设引领区".
    r"建设(?!银行|部|厅|局|委|管理委|管理局|工作小组|领导小组|工作专班|办公室|兵团|指挥|引领区"
    r"|专家(?:咨询)?委员会|和[\u4e00-\u9fff]{1,4}(?:局|委)|(?:股份)?有限公司)",
    # … and a group or office named for the work it pushes or the pilot it runs: "北京市大数据工作
    # 推进小组办公室", "国家组织药品集中采购和使用试点工作小组" (dev round 6).
    # … and a joint meeting named for the work it pushes: "市生活垃圾分类减量推进工作联席会议" (heldout5).
    # … and a leading group named for a longer task it pushes or promotes (TASK_GROUP_AHEAD): "市推进科技
    # 创新中心建设领导小组", "区投资促进工作领导小组办公室" (round 13, after the score).
    # … and a centre named for what it promotes, the verb glued to 中心 after a name word (round 24 and 25, 深圳's and
    # 合肥's outlines): "建强用好国际先进技术应用推进中心（合肥）" (PROMOTION_CENTRE_AHEAD).
    "推进": r"推进(?![\u4e00-\u9fff]{0,4}?(?:小组|办公室|联席会议))" + TASK_GROUP_AHEAD + PROMOTION_CENTRE_AHEAD,
    "使用": r"使用(?![\u4e00-\u9fff]{0,4}?(?:工作小组|领导小组|办公室))",
    # "国家组织药品集中采购…工作小组": state-organised, part of the body's name.
    # … and the 组织 of an international organisation's name: "中国—上海合作组织冰雪体育示范区",
    # "世界卫生组织" (round 4).
    # ORGANISATION_DEPARTMENT (fixext49): … and a Party committee's organisation department, 组织部, a body whose
    # name the verb would cut to 部 (round 48's second wave, 生态环境部's reply on the central inspection: "由我部会同
    # 中央组织部办理", "成员由中央组织部、发展改革委等多个部门负责同志组成"; 中央宣传部, 中央统战部 were always read).
    "组织": r"(?<!国家)(?<!合作|卫生|贸易|气象|产权|粮农|海事|劳工|旅游)组织(?!部)",
    # "湘琼先进制造业共建产业园": a park two provinces build together keeps 共建 (dev round 6).
    # 公共建筑 (public buildings) holds 共建 across two words (session 22, round 17's second wave, 深圳's
    # virtual-power-plant measures): "梳理形成大型公共建筑资源库" (not "…公共建 | 筑资源库").
    "共建": r"(?<!公)共建(?!产业园|园区|示范区|合作区)",
    "在": r"在(?!线)",
    # 为老服务, 为民服务, 为企服务, 为农服务 ("serving the elderly / the people / firms / farmers") are
    # terms of a service's name, not the preposition 为 (round 12, after the score): "通过市为老服务综合
    # 信息平台提出申请", "录入广州市为老服务综合平台", "区为民服务中心".
    "为": r"为(?![老民企农]服务)",
    # 对外 ("outward", "for the public") and 对口 ("paired") are words of a name, not the preposition 对
    # (session 13: a city AI plan): "济南市人工智能创新发展对外展示与宣传平台".
    "对": r"对(?!外|口)",
    # "…一体化发展示范区", "…融合发展试验区": 发展 before a zone belongs to its name ("南丹关键金属
    # 高质量发展综合试验区" too, round 4), and before a park ("海南算电协同发展产业园", heldout4).
    # So does 发展 before a body's ending: "省大数据发展管理局", "数字经济发展领导小组".
    # 创新发展 is a noun inside a name, not the verb 发展 (heldout7): "济南市人工智能创新发展对外展示与宣传平台".
    # … and the commission "发展和改革委员会" ("上海市发展和改革委员会", dev round 6).
    # 绿色发展 and "环境与发展" are nouns too (heldout9 and heldout14, replies on the Belt and Road): "成立“一带
    # 一路”绿色发展国际联盟", "在中国环境与发展国际合作委员会年会…" (the body, not "国际联盟", "国际合作委员会").
    "发展": (
        r"(?<!创新)(?<!绿色)(?<!与)发展(?!研究|改革|和改革|中心|银行|合作|示范|试验|综合试验|综合示范|先行|先导|集聚|促进|管理局|领导小组|工作小组"
        r"|产业园|园区"
        r"|办公室|创新中心|协调|基金会"
        # … and before a leading zone's ending (LEADING_ZONE_ENDING, ext58): "环南昆山—罗浮山县镇村高质量发展引领区".
        r"|引领区"
        # … and before a group's or an institute's words (round 19, a table of acceptance results): "上海嘉定交通发展
        # 集团有限公司", "中国工程科技发展战略上海研究院" (not "发展战略性新兴产业": the verb).
        r"|集团|战略(?!性))"
    ),
    # … and before a foundation's ending: "云南绿色环境发展基金会" (round 14, after the score).
    # 深化 before a leading group is the reform it is named for: "中央全面深化改革领导小组审议通过…" (round 14,
    # after the score; TASK_GROUP_AHEAD).
    "深化": r"深化" + TASK_GROUP_AHEAD,
    # A platform, centre or body named for coordinating: "全市轨道交通发展协调平台", "…协调中心",
    # "…协调小组" (round 5); elsewhere 协调 is the verb ("协调长三角…").
    "协调": r"协调(?!平台|中心|小组|办公室|机制)",
    "运作": r"运作(?<!联运作)(?!中心|业)",
    # 畅通 (CLAUSE_VERBS_MISTAGGED) after 贸易 or 循环 is the noun of a trade corridor's or a cycle's name (five rounds:
    # "中国—中亚贸易畅通合作平台"), no verb.
    "畅通": r"(?<![易环])畅通",
    # MATCHING_PLATFORM: a platform named for matching supply and demand keeps 对接 right before its 平台 (round 44,
    # 苏州's 十五五 outline; heldout26, 深圳's 2026 report): "建设人工智能应用对接平台", "搭建政银企信贷融资常态化
    # 对接平台" were cut to a bare 平台; elsewhere 对接 is the verb ("积极对接中小企业公共服务平台").
    "对接": r"对接(?!(?:服务)?平台)",
    # A platform or office named for supervising a clean-up keeps 整治 ("城市黑臭水体整治监管平台",
    # round 11); elsewhere 整治 is the verb that takes firms as objects ("整治银行强制搭售产品").
    # … and a water body before 整治 makes it a field of engineering, a word of the name (round 23, 重庆's outline):
    # "国家内河航道整治工程技术研究中心" (not "…航道 | 整治 | 工程技术研究中心", a class).
    "整治": r"整治(?<!航道整治)(?<!河道整治)(?!监管|督查|指挥|管理(?:平台|中心|办公室))",
    # CITY_OPERATION: 城市运行 ("the city's running") is a noun a centre or platform of city governance is named by
    # (heldout38, 天津's 2026 report; round 27, 重庆's digital-city outline): "建设数字化城市运行和治理平台" was cut to
    # 和治理平台; elsewhere 运行 after a name is the verb.
    "运行": r"运行(?<!城市运行)(?!管理|维护|监测|服务|监控)",
    "要": r"(?<![重主需纲摘])要(?!素|求)",
    # "联合国", and a joint office named for its work: "联合采购办公室".
    # "深海领域国家技术创新中心": the field before a national centre names it (NATIONAL_FIELD_NAME).
    # FIELD_OF_NATIONAL_PLATFORM (ext48): so before any one national platform, a field of the nation's (rounds
    # 41, 42 and 30: "建设应急管理领域国家科技资源共享服务平台", "加快建设医疗领域国家人工智能中试基地", gold
    # whole each time); not before a tier ("文化科技领域国家级创新平台") or two levels ("智能制造领域国家和市级
    # 重点实验室"), nor after a field of none ("积极创建重点领域国家医学中心", "相关领域", "等领域"): classes.
    # FIELD_OF_ONE_SERVICE (fixext52): and before a service platform or pilot base the field names (round 52, 北京's AI
    # measures: "建设通用人工智能领域科技伦理治理公共服务平台"; round 4, 黑龙江's report: "建好用好国家“人工智能+”农业
    # 领域中试基地", gold whole both times).
    "领域": r"领域(?!国家(?!级|和)|[\u4e00-\u9fff]{0,10}(?:公共服务平台|中试基地))"
    r"|(?<=重点)领域|(?<=相关)领域|(?<=新兴)领域|(?<=[各等])领域",
    # A tier of government before a name ("省、市、县三级全民健康信息平台", "省市两级公共数据平台")
    # says which levels build it; the name starts after it.
    "三级": r"(?<=[省市县区乡镇村])[两三四五]级",
    # 中国联合 opens a national firm's name (round 19, the CNPC founding reply): "将中国联合石油公司改组为…".
    # An exchange formed by merging is named 联合…交易所 (round 23, 重庆's 十五五 outline): "重庆联合产权交易所".
    # … and so is a trading centre formed jointly (ext50: rounds 26 and 33, 深圳's report and outline: "支持前海
    # 联合交易中心完善期现货联动业务"; round 25, 广州's: "依托大湾区航运联合交易中心做大船舶交易"; gold platforms, cut
    # to a bare 交易中心 before). Two characters at most between: "联合上海数据交易中心开展…" is the verb.
    "联合": r"(?<!中国)联合(?!国|[\u4e00-\u9fff]{1,6}办公室|[\u4e00-\u9fff]{1,4}交易所|[\u4e00-\u9fff]{0,2}交易中心)",
    # Verbs of supervision and commission before a body ("听取国家职业教育指导咨询委员会…的意见",
    # "政府可以委托…", "指导公立医院改革"); 指导 inside a body's name stays ("…指导咨询委员会").
    # … and a steering group that coordinates: "专业技术人才知识更新工程指导协调小组" (heldout8).
    "指导": r"指导(?!咨询|委员会|中心|站|小组|服务|协调(?:小组|委员会|办公室))",
    # "（含香港医院管理局专家）": 含 opening an aside means "including" (elsewhere "含氟", "含量").
    # After 内容 or 范围 it means "include" too: "评估内容含园区建设成效", "检查范围含企业研发中心" (heldout10:
    # the name ran back over "评估内容含" onto a park's bare ending).
    # (the lookbehinds after 含, so that the pattern opens with it: _start_class, test_fast_paths).
    "含": r"含(?:(?<=[（(]含)|(?<=内容含)|(?<=范围含))",
    "随": r"随(?![州县着即后时])",
    # "连接器", "连接件" are parts, not the verb.
    "连接": r"连接(?!器|件|线)",
    # "扶持中心" is an agency's name; the verb elsewhere.
    "扶持": r"扶持(?!中心)",
    # 设 of 建设部, 开设, 设计, 设施 is no verb of its own.
    "设": r"(?<![建开增假铺预架陈摆敷下])设(?!计|备|施|置|想|定)",
    # "政府搭平台": the verb 搭 alone (not 搭载, 搭配).
    "搭": r"搭(?!载|配|乘|档|建)",
    # "企业自建平台": platforms firms build for themselves, a class.
    "自建": r"自建(?!房)",
    # "委托加工平台", "委托研发": a kind of service inside a platform's name.
    "委托": r"委托(?!加工|生产|研发|开发|管理|培养|服务|检测|代理)",
    # "经生态环境部会同有关部门…", "经国务院同意", "经省级人民政府批准": 经 before a body that approves
    # or acts; elsewhere 经 begins words (经济, 经开区, 经营).
    # 经商 ("after consulting") before the bodies consulted: "经商信息产业部、国务院信息办" (heldout6).
    "经商": r"经商(?=[\u4e00-\u9fff]{1,12}?[部委局厅署办府])",
    # … and before a committee that reviews: "经国家科学技术奖励评审委员会评审" (heldout6).
    "经": (
        # … and through the body's competent department that recommends: "经市政府主管部门推荐" (round 7).
        r"经(?=国务院|[\u4e00-\u9fff]{1,12}?[部委局厅署办府](?:[\u4e00-\u9fff]{0,4}?部门)?"
        r"(?:会同|同意|批准|审核|审定|认定|备案|组织|研究|推荐)"
        r"|[\u4e00-\u9fff]{2,16}?委员会(?:评审|审议|审查|审定|审核|同意|批准)"
        # … and before the firm or group that reviews, alone or with others (round 22, the State Council's 1991
        # notice on tungsten mining): "需经中国有色金属工业总公司、国务院稀土领导小组审查批准", "须分别经中国
        # 有色金属工业总公司和国务院稀土领导小组审查批准" (APPROVER_LIST).
        r"|" + APPROVER_LIST + r")"
        # Not the short form of the 1982-1993 trade ministry, 经贸部 ("由经贸部会同…制定出口计划").
        r"(?!贸部|贸委)"
    ),
}
# Counted items: "100家各级医院", "3个公用辅助研发平台", "六大生物医药产业基地", "一所…大学".
# "7大要素交易服务平台" counts with 大 after digits too; "一间办公室" with 间 (not 张: "一张网",
# "一张图" open names: "全省“一张网”公共资源交易平台").
# Digits of a version are no count: "政务服务2.0平台" (VERSION_POINT keeps "2.0" in the name's run).
# 中共一大, 中共二大 number the Party's congresses, not a count ("中共一大会址").
# Digits closing a quoted word are a number's name, not a count: "建设“江西12345”政务服务热线平台"
# (round 5), "“12345”热线".
# Digits after a Latin letter are part of a code, no count: "白云区多场景多主体V2G标杆示范区建设项目" (round 20,
# 广州's V2G plan; the 2 of V2G cut the name to "G标杆示范区").
# Digits before 世纪 number a century, no count: "中国21世纪议程管理中心" (session 13: an expert list).
# A size before a name is no part of it, with its unit: "在…取水口下游关刀碛建设1万平方米人工鱼巢示范区"
# (round 14, after the score: the count's digit was cut, 万平方米 stayed in the name).
MEASURE = r"(?<![\d.．])\d+(?:[.．]\d+)?[万亿]?(?:平方米|平方公里|平方千米|公顷|亩|立方米|千米|公里|米)"
# Digits before a unit of power are a facility's rating, no count: "2MWt液态燃料钍基熔盐实验堆" (round 14).
# PLACEHOLDER_COUNT (round 43, 广州's 2026 report glossary; 杭州's outline writes "“6+X”个未来产业集群"): a capital N
# or X alone before a counting word is a count left open, as a digit would be: "以…为枢纽的N家科产融合创新平台为基础
# 网络" counts a class of platforms, not one named "N家…".
PLACEHOLDER_COUNT = r"(?<![A-Za-z\d])[NX](?=[家个类所])"
# PRODUCT_CODE_AFTER (round 42, 广州's 十五五 outline; a school plan's gold writes "3D打印创新实验室"): a digit before
# one capital letter and an ideograph is a product's code, no count: "完善荔湾3D打印产业园、白云机器人产业园" (the 3
# was cut, leaving "D打印产业园"), "建立3D模型信息平台"; so is "5G" now ("6G试验网", "5G+MEC平台" in the gold).
PRODUCT_CODE_AFTER = r"[A-Z](?=[\u4e00-\u9fff+])"
COUNTED = (
    rf"(?<![\d.．A-Za-z])\d+(?![\d.．”]|世纪|[kMG]W|kV|{PRODUCT_CODE_AFTER})[家个项批所年类种座名大]?"
    r"|(?<!共)[一二三四五六七八九十两]+[大所家个批间]"
    rf"|{PLACEHOLDER_COUNT}[家个类所]"
)
# A count right before a name makes it a class: "建设20家科技传播人才实训基地",
# "3个公用辅助研发平台".
# … also with "about" or "at least" after the count: "建设20个左右人工智能创新平台", "支持发展10家左右
# 行业（产品）垂直电商平台" (heldout6: 青岛, 山东).
COUNTED_CLASS = re.compile(
    rf"(?:\d+|[一二三四五六七八九十两]+|{PLACEHOLDER_COUNT})(?:多|余)?[家个项批所类种座名大间](?:左右|以上)?$"
)
# A count opening an enumeration of levels counts every item: "建设100个行业级、区域级、企业级省级
# 工业互联网平台".
COUNTED_LEVELS = re.compile(r"\d+(?:多|余)?[家个项批所类种座](?:[\u4e00-\u9fff]{1,4}级、)+[\u4e00-\u9fff]{0,4}$")
# The verbs a resultative 好 follows (the 好 anchor of _GUARDED_ANCHORS); two characters each (one lookbehind).
# The pattern opens with 好 and looks behind it (so that it opens with its word: _start_class, test_fast_paths).
_GOOD_AFTER = (
    "保障",
    "服务",
    "维护",
    "守护",
    "落实",
    "保护",
    "传承",
    "建设",
    "运营",
    "管理",
    "经营",
    "利用",
    "谋划",
    "组织",
    "筹办",
)
RESULTATIVE_GOOD = "好(?<=" + "|".join(f"{verb}好" for verb in _GOOD_AFTER) + ")"
# A verb of the platform frame ends the clause before a name as well ("促进|全国高校区域技术转移转化
# 中心成果对接"), except where it begins a name's last word ("…产业促进中心", "技术支持中心").
_FRAME_WORDS = tuple(
    "上线" if w == LAUNCH_GUARDED else "联动" if w == LINKED_GUARDED else "运营" if w == OPERATED_GUARDED else w
    for w in PLATFORM_FRAME.pattern.split("|")
)
_GUARDED_ANCHORS.update(
    {
        "上线": LAUNCH_GUARDED,
        # LINKED_ZONES_VERB (ext58): 联动 is the verb only where no name word comes before it; after one it is a word of
        # a zone's name (round 35, 广西's goals: "江海联动产业发展先行区"; "虹桥国际开放枢纽合肥联动区").
        "联动": r"(?<![\u4e00-\u9fff])" + LINKED_GUARDED,
        # 投资促进 ("investment promotion") is a noun, part of a name (round 13, a district's land
        # plan): "录入区投资促进信息化平台", as "市投资促进局".
        "促进": r"(?<!投资)促进(?!中心|会)" + TASK_GROUP_AHEAD,
        # UPGRADE_GROUP (fixext50): … and 提升, the task of a group set up for a campaign (round 50, 金井's 2022 work
        # summary: "成立全区餐饮业态提升百日攻坚行动工作领导小组和全区餐饮业态提升政策研究工作领导小组" was cut to
        # 百日攻坚行动工作领导小组, 政策研究工作领导小组), as 推进 and 促进 (TASK_GROUP_AHEAD).
        "提升": r"提升" + TASK_GROUP_AHEAD,
        "助推": r"助推(?!器)",
        # FIRM_TRADE_WORD_HAVING (fixext59): 具有 ("having") is no verb where its 有 opens the firm's legal
        # form, 有限公司 or 有限责任公司, after a trade word ending in 具 (磨具, 模具, 家具, 工具, 器具, 玩具):
        # round 59, 生态环境部's letters to 郑州, "发现郑州市永泰磨料磨具有限公司等2家企业" was cut to
        # 限公司 and lost.
        "具有": r"具有(?!限(?:责任)?公司)",
        # 代表 ("representing") opens no name, but 人民代表大会 is one word of a body's name (round 12, a
        # city's rules citing a provincial proclamation; the national plans): "全国人民代表大会常务委员会"
        # was read as 大会常务委员会.
        "代表": r"代表(?!大会)",
        "支持": r"支持(?!中心|平台|系统)",
        "培育": r"培育(?!基地|中心)",
        "整合": r"整合(?!平台)",
        # Verbs of managing what exists ("整合规范省级创新平台", "培育认定省级工业设计中心",
        # "重塑大学科技园", "做实绿色石化科创中心", "开通运营…出入口局"); not where they begin
        # a name's last word ("标准规范中心", "认定中心", "运营中心", "运营平台").
        "规范": r"规范(?!中心|化|平台)",
        # 资质认定 ("qualification accreditation", CMA) is a noun, part of a name (round 14, a
        # regulator's monitoring notice): "建立生态环境监测机构资质认定评审员数据库".
        "认定": r"(?<!资质)认定(?!中心|机构)",
        # OPERATION_NOUN (fixext57): … nor where 运营 is the first noun of a two-word head before a name's last
        # word, "operation trading centre" (round 57, 苏州's outline: "优化提升江苏国际知识产权运营交易中心服务
        # 功能" was cut to a bare 交易中心 and lost), as in the golds' "民用大飞机运营保障基地" (round 42) and
        # "西部陆海新通道物流和运营组织中心" (round 34), which other rules still lose.
        "运营": r"运营(?!中心|平台|管理|服务|商|主体|(?:交易|保障|组织)(?:中心|基地|平台))",
        # A verb with the resultative 好 ("well": 保障好, 维护好, 落实好, as 办好, 建好, 用好) ends the clause's
        # verb, and the name starts after it (round 24, 苏州's outline): "举全市之力服务保障好苏州实验室建设" names
        # 苏州实验室. Only after such verbs: 好 begins or ends words of names ("穗好办", "好会计", "中日友好…").
        "好": RESULTATIVE_GOOD,
    }
)
# A date before a body is no part of its name: "已经2020年4月29日中山市人民政府…常务会议审议通过",
# "2019年7月30日市政府第60次常务会议" (heldout6: 中山, 上海).
DATE = r"(?<![\d.．])\d{1,2}[月日]"
# A table of people flattened onto one line runs each row's number, the person's name and sex into the
# work unit that follows: "序号姓名性别工作单位…1黄艺女北京大学教授…2黄建平男兰州大学…" (round 9, an
# expert list). The row's number, a name of two or three characters and 男/女 are no part of the unit.
_TABLE_ROW_PERSON = r"(?<![\d.．])\d{1,3}[\u4e00-\u9fff]{2,3}?[男女]"
TABLE_ROW_PERSON = _TABLE_ROW_PERSON + r"(?=[\u4e00-\u9fff])"
# … and the person's title after the unit ends the unit's name: "北京大学教授环境生态学教育部",
# "中国科学院植物研究所研究员生态学" (round 9). A title is never the last word of a body's name.
# So does a post of the unit's head ("中国循环经济协会副会长", "…研究所所长"), after a campus in
# brackets too ("中国地质大学（武汉）教授").
TITLE_AFTER_UNIT = re.compile(
    r"(?:[（(][\u4e00-\u9fff]{2,10}[）)])?(?:(?:正高级|高级|副)?(?:教授|研究员|工程师)|教授级高工|院士|讲师"
    r"|副?(?:会长|院长|所长|校长|馆长|理事长))"
)
# FORMER_POST_AFTER_UNIT (fixext55): 原 and a post or a staff word right after a unit is a person's former post in it,
# which ends the unit's name as a title does (TITLE_AFTER_UNIT): "授意环保局原办公室主任张烨和临汾市环境监测站原聘用人员
# 张永鹏对…" (heldout55, the ministry's circular on 临汾's falsified air data) ran the bureau, the post, the person and
# the monitoring station into one name, and the station (gold) was lost with it; "临汾市环保局原局长张文清" the same.
FORMER_POST_AFTER_UNIT = re.compile(
    r"原(?:[\u4e00-\u9fff]{0,4}?)(?:主任|书记|局长|厅长|处长|科长|站长|所长|院长|部长|校长|主席|经理|人员|干部|职工)"
)
# … and the person's name (two or three characters) with a conjunction after it is no part of the next unit either.
FORMER_POST_PERSON = re.compile(r"[\u4e00-\u9fff]{2,3}?[和及与、]")
# The unit of a table row (after TABLE_ROW_PERSON) is an institution whatever its ending: the column is
# the person's work unit, so "…男国家海洋信息中心", "…男中国科学院生态环境研究中心" name agencies and
# institutes, not platforms a plan builds.
TABLE_ROW_UNIT = re.compile(_TABLE_ROW_PERSON + "$")
# ROW_COLUMN_UNIT (fixext58): a staff list flattened onto one line writes a unit in a later column too (the body
# that recommends the person), right after the person's title and field with no separator, so the title and the field
# run into that unit's name: "103高吉喜男生态环境部卫星环境应用中心研究员/主任自然生态保护修复生态环境部卫星环境应用
# 中心" read "主任自然生态保护修复生态环境部卫星环境应用中心", "95周大庆男…副研究员动物生态学生态环境部南京环境科学
# 研究所", "99李俊生男…研究员/所长生态学中国环境科学研究院" (round 58, the rest of the ministry's 2021 expert-pool
# list; round 9's part names ministries there, which _central_body cut). The bodies of such a column are the list's own
# units: the unit opens where the longest run of characters opening a row's unit (after the row's person and sex,
# TABLE_ROW_PERSON) begins — at least ROW_COLUMN_UNIT_OPENING_MIN of them, so that a field opening with a common
# word ("生态遥感…" before "生态环境部…") is no unit — "法律|全国人大环资委" after "76付莎女全国人大环境与资源保护
# 委员会…". Only in a list of ROW_COLUMN_ROWS_MIN rows at least, within ROW_COLUMN_REACH characters of the row's
# person, never in the row's first unit (TABLE_ROW_UNIT), and not past a sentence's end or a number (ROW_COLUMN_BREAK:
# the list's last row runs on into "附件2.自然保护地生态环境监管咨询专家库管理办法…", whose 生态环境 opens rows too).
# ROW_COLUMN_PLACE_OPENING: where no such run is that long, the unit opens at the first national word or place
# (ROW_UNIT_OPENING) that opens a row's unit too: a province's department recommends the province's experts
# (round 9's list shape with a province's experts, no text of ours yet: "2李红女湖南大学教授环境工程|湖南省生态环境厅"
# after "1王明男湖南省环境保护科学研究院…"; 湖南省 is three characters). The first such word: a unit holds places of
# its own after its opening ("中国科学院南京土壤研究所").
ROW_COLUMN_PERSON = re.compile(_TABLE_ROW_PERSON)
ROW_COLUMN_UNIT_OPENING_MIN = 4
ROW_COLUMN_ROWS_MIN = 3
ROW_COLUMN_REACH = 100
ROW_COLUMN_BREAK = re.compile(r"[。；;！？\n\d]")
# ROW_COLUMN_TITLE (fixext58): in such a row a person's title or post ends the unit before it and opens no name after
# it, however graded: "76付莎女全国人大环境与资源保护委员会|三级调研员|法律全国人大环资委" ran the NPC committee, the
# post and the short form into one name, "75…第八监察厅主办检察官…", "81孙秀艳女人民日报社高级记者（正高）…",
# "102朱彦鹏男中国环境科学研究院高级工程师|国家公园等自然保护地研究…" read 国家公园 with the title (round 58).
# Wider than TITLE_AFTER_UNIT, which holds anywhere: only within ROW_COLUMN_REACH characters after a row's person and
# sex. Not 委员会 or 理事会, bodies.
ROW_COLUMN_TITLE = re.compile(
    r"(?:(?:正高级|高级|副高级|副|[一二三四]级|主办|首席|资深)?(?:教授|研究员|研究馆员|工程师|调研员|检察官|记者|编辑|讲师)"
    r"|教授级高工|院士|创始人|(?:副|执行)?(?:会长|院长|所长|校长|馆长|理事长|秘书长|处长|主任)|(?:理事|委员)(?!会))"
)
# ROW_COLUMN_ASSOCIATIONS (fixext58): in a staff row's unit an association's ending before another association's or
# alliance's name ends the first: the person works for both, written one after the other ("88王蕾女蓝丝带海洋保护协会|
# 社会公益保护地联盟理事/执委会委员…", round 58, the expert list, read as one name). Not a branch of it (分会), and
# only in a staff row (_in_staff_row): elsewhere an association may name a body it hosts.
ROW_COLUMN_ASSOCIATION_BRANCH = "分会"
ROW_COLUMN_ASSOCIATION_HEAD_MIN = 2
# REPORTER_NEWSPAPER (fixext58): a newspaper named before a reporter's or an editor's title is the paper the person
# works for, an institution (the gold's convention: "新华社、人民日报等主流媒体", round 22; "宁夏日报记者 王鼎", the
# 宁夏 report's byline), though no ending of ours reads 日报 or 报社 ("…日报告制度", "监测日报", "10月21日报到" are
# none): "81孙秀艳女人民日报社高级记者（正高）…", "82刘世昕女中国青年报高级记者…", "84张蕾女光明日报高级记者…"
# (round 58, the expert list's newspaper rows). The paper opens after a mark, or after a staff row's person and sex
# (TABLE_ROW_PERSON, the row's number before them); its head is two characters at least.
REPORTER_NEWSPAPER = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<paper>[\u4e00-\u9fff]{2,12}?(?:日报社|日报|报社|青年报|晚报|时报|商报))"
    r"(?=(?:首席|高级|资深|主任|特约)?(?:记者|编辑))"
)
# REPORTER_NEWSPAPER_IN_RUNS (perf60): a match of REPORTER_NEWSPAPER consumes only ideographs, and the paper's 报 (or
# 报社) is followed by the title its lookahead asks for, ideographs too (REPORTER_NEWSPAPER_SPOT): searched only in the
# runs of ideographs holding that (finditer_in_runs), where its lookbehind and lazy paper were tried at every character
# of every text (0.8 % of the reading's samples over 100 generated plans, py-spy).
REPORTER_NEWSPAPER_RUN = re.compile(r"[\u4e00-\u9fff]+")
REPORTER_NEWSPAPER_SPOT = re.compile(r"报社?(?:首席|高级|资深|主任|特约)?(?:记者|编辑)")
# A staff list flattened onto one line WITHOUT a sex column runs the row's number, the person's name
# and the unit together as well: "序号姓名单位职务/职称1王兆然生态环境部（国家核安全局）项目官员2张  帅
# 生态环境部…监督员" (round 10, an inspection letter's lists). The name is a surname (listed_surnames,
# data/names.yaml) and one or two more characters — jieba's person tag (PERSON_TAG) says how many —
# or a surname and one character letter-spaced ("张  帅"); it is no part of the unit after it, and
# that unit is an institution whatever its ending (as TABLE_ROW_UNIT).
ROW_NUMBER_BEFORE = re.compile(r"(?<![\d.．])\d{1,3}\Z")
# Where the row's unit opens with a national word or a province (ROW_UNIT_OPENING) after exactly one
# of the name's possible lengths, that length is the name's: "4贺战军|中国科学院上海应用物理研究所",
# "1何京东|中国科学院重大任务局", "11李超|中国科学院…" (round 14, after the score: the unit repeated on
# the rows of 李志军 and 张有军 made "军中国科学院…" look like a unit written elsewhere too).
ROW_UNIT_OPENING = re.compile(rf"(?:中国|国家|中央|全国|国务院|中共|{PLACE})")
# ROW_UNIT_MOST_WRITTEN (round 44, the 漳州 FCD-inspection letter): of the name's possible lengths the one that leaves
# the unit written most often is the name's: "12何朝辉中核国电漳州能源有限公司" and "10赵小辉中核国电…" wrote
# "辉中核国电漳州能源有限公司" twice, which the first length that left a unit written more than once took for a unit;
# "中核国电漳州能源有限公司" is written on 15 rows.
# ROW_UNIT_OPENING_WRITTEN: where the unit is written once and jieba reads no person's name (陈坤/nrfg 勇), the length
# whose unit opens with ROW_UNIT_OPENING_SPAN characters written most often elsewhere is the name's: "28陈坤勇|中核
# 混凝土股份有限公司漳州分公司" (中核 opens the units of many rows, 勇中 none).
ROW_UNIT_OPENING_SPAN = 2
SPACED_ROW_PERSON_BEFORE = re.compile(r"(?<![\d.．])\d{1,3}(?P<surname>[\u4e00-\u9fff])[ \u00a0\u3000]+\Z")
# ROW_UNIT_OF_OTHER_ROWS (round 56, the 田湾 and 漳州 inspection letters): a unit that another row of the list writes
# after its own row number and person's name is a row's unit, whatever the surname list or jieba say of the person
# before it: "15闻  凡|华北核与辐射安全监督站" (闻 is no listed surname; "14王  冲华北核与辐射安全监督站" is another
# row), "52同江涛|西安中核核仪器有限公司" (同 read as "with"; "51刘国福西安中核核仪器有限公司"), and a word of the
# person's name the left edge cut as an anchor ("43向|云峰中核二三公司": 向 "towards") or a verb inside the unit
# ("45陈新华江苏省电力|建设|第三工程公司": "46张福安江苏省电力建设第三工程公司") does not cut the unit. An address
# ("省府前街1号|省工业和信息化厅") has no other row writing its unit so.
# The other row's person opens with a listed surname (listed_surnames), so that a count ("3个县级综合养老服务中心")
# is no row.
# The row number "(?<![\d.．])\d{1,3}" is written to open with its first digit (ROW_NUMBER_OPENS_WITH_A_DIGIT,
# perf57): a pattern opening with a lookbehind is tried at every character of the text, one opening with a
# character class only where a digit stands; the same matches, a third of the time to scan a plan.
ROW_NUMBER_OPENING = r"\d(?<![\d.．]\d)\d{{0,2}}"
ROW_UNIT_OF_OTHER_ROWS = (
    ROW_NUMBER_OPENING + r"(?P<surname>[\u4e00-\u9fff])[ \u00a0\u3000]*[\u4e00-\u9fff]{{1,2}}{unit}"
)
# A letter's or notice's title ends in its kind of document, and a one-line crawl runs the addressee
# on after it: "关于印发《…检查报告》的函福建某核电有限公司：", "关于…的通知各区人民政府：" (round 10).
# The document word is no part of the addressee's name ("函数" is no letter).
DOCUMENT_KIND_END = r"的(?:复函|函(?!数)|批复|通知)"
# The verbs of official letters (BODY_LETTER_VERBS) open a clause of their own: "将资金安排意见函告
# 市财政局" names 市财政局, where jieba reads "告市" as a verb (round 10).
LETTER_VERB_ANCHOR = r"函(?:请|告|商|复|询)"
# 商 ("consulting") right after a body and before another is the verb between them: "发展改革委商林草局，
# 结合防护林体系建设…" names 发展改革委 and 林草局 (round 14, after the score, a reply by a ministry); not
# 商务部, 商会, 商业 and the other words 商 opens ("发展改革委也将商林草局" too: after 将).
CONSULT_VERB_ANCHOR = (
    r"(?<=[委部局厅署将])商(?![务业会标品贸户场城圈家人店铺号定量讨议谈])"
    r"(?=[\u4e00-\u9fff]{1,10}?(?:局|部|委|厅|署))"
)
ANCHOR = re.compile(
    # Digits are counts or table debris in a run ("…6左右8外资研发中心").
    DATE
    + "|"
    + DOCUMENT_KIND_END
    + "|"
    + LETTER_VERB_ANCHOR
    + "|"
    + CONSULT_VERB_ANCHOR
    + "|"
    + TABLE_ROW_PERSON
    + "|"
    + MEASURE
    + "|"
    + COUNTED
    + "|"
    + "|".join(
        _GUARDED_ANCHORS.get(w, re.escape(w))
        for w in sorted(set(ANCHOR_WORDS) | set(_FRAME_WORDS), key=len, reverse=True)
    )
)
# Conjunctions split a run only where the left part is itself a complete name ("A和B"); inside
# names they are common ("药物靶标发现与确证…", "光电子及激光…").
CONJUNCTIONS = ("和", "及", "与", "—")
# jieba tags for a leading verb that the anchor list did not catch ("攻克", "夯实" …); verbs that
# begin real names ("转化医学", "计算生物学", "合成生物学") are kept.
LEADING_VERB_TAGS = {"v", "vd", "ad"}
# FRAME_VERB_MISTAGGED (ext59): a deploying verb of PLATFORM_FRAME that jieba reads as an abbreviation (j) or a verbal
# noun (vn) at the start of a list's first item is still the verb that deploys the list, not the first word of a name
# (dev, 山西's 2026 work plan: "深化数据流量谷等省级数字经济园区建设", 深化/j; round 25, 苏州's outline: "加快建设
# 中新生命科学园、绿色数码港等标志性项目", 建设/vn after 加快).
FRAME_VERB_MISTAGS = frozenset({"j", "vn"})
# jieba tags of place names (ns) and of the names it mistakes districts for (nr).
UNIVERSITY_ENDINGS = ("大学", "学院")
# The parts of the country that name universities and firms, never a district that locates one: "东北
# 林业大学", "华中农业大学", "西南大学" (round 9), where "嘉定同济大学" is 同济大学 in 嘉定.
COMPASS_REGIONS = frozenset(_words("东北 西北 华北 华东 华中 华南 西南 东南 中南"))
# A university jieba knows whole whose own word it reads as a person's name is a foreign one (杜克 nr, 牛津 nr,
# 斯坦福 nr, 哈佛 nrt), which stands in a Chinese city only as the joint university that city names: "办好西交利物浦
# 大学、昆山杜克大学等中外合作大学" (rounds 27 and 32, 苏州), not 杜克大学 in 昆山 as 同济大学 in 嘉定 (同济 n).
FOREIGN_UNIVERSITY_HEAD_TAGS = frozenset({"nr", "nrt", "nrf"})
# 仿生 (bionic) and 具身 (embodied), which jieba tags v, open fields that name labs and centres (round 27, 苏州's
# work report: "仿生界面材料全国重点实验室获批", "启用具身智能机器人综合创新中心"); and 散裂 (spallation) the neutron
# source (round 40, 广东's 2026 review: "…建成运行，散裂中子源技术转化的新型重症治疗项目进入临床试验").
NAME_INITIAL_VERBS = frozenset(
    _words(
        """
        转化 计算 发现 确证 开放 创新 孵化 应用 示范 协同 融合 实验 营销 合成 制造 检测 测试 评价
        监测 服务 集成 仿真 模拟 研究 研发 设计 加工 交易 转移 创业 智造 教考 遥感 导航 观测 联合
        共享 支撑 育种 养殖 照明 显示 存储 传感 驱动 控制 识别 定位 通信 计量 飞行 动力 冶金 精密
        生命 微纳
        仿生 具身
        散裂
        """
    )
)
# … but such a verb (jieba v or vn) right before a place name (ns) is the clause's verb, whose object is named after the
# place: "服务苏州实验室成为材料领域科技攻关总平台" (round 24, 苏州's outline) names 苏州实验室; a name opens with such
# a word before its own words ("服务型制造…", "转化医学…"), not before a place.
VERB_BEFORE_PLACE_TAGS = frozenset({"ns"})
# Verbs that deploy a platform (BUILDS) when they open its clause or follow its name.
BUILD_VERB = re.compile(r"建设|建立|打造|筹建|组建|布局|新建|建成|创建|搭建|设立|培育|构建|推进|加快")
BUILD_AFTER = re.compile(r"^(?:建设|等[^，。；]{0,12}建设)")
# A data store the plan itself builds, one of it, is that store even when every word of its name is
# generic: "探索建立产业科技人才数据库", "建设环境信息资源中心", "建好…、山东文化数据中心" (the round-2
# convention: a single definite platform described by its content; dev round 6). Only right after a
# verb of building (DEFINITE_BUILD_BEFORE), not after a count, a quantifier or in a class's list.
DEFINITE_DATA_ENDING = re.compile(r"(?:数据库|数据中心|资源中心|信息库)$")
# ("开发建设了生态环境资源中心": the aspect particle after the verb, round 9.)
DEFINITE_BUILD_BEFORE = re.compile(r"(?:建设|建立|建好|筹建|新建|建成|搭建|构建)了?、?$")
DEFINITE_MIN_DESCRIPTION = 4
# Any platform the plan builds, one of it, is named by its description when its sentence opens with
# the verb and closes the clause on it (the round-2 convention, round 13: a 临港 action plan's items,
# "12、推动形成…全球网络。建立国际智能制造技术研究中心，加强与…合作", "建设智能制造技术实训基地，
# 依托…"): the item's subject, not a kind listed or counted. A long description only
# (DEFINITE_OPENING_MIN_DESCRIPTION): "建设公共服务平台，…" stays a kind, and so do shorter kinds a
# sentence opens on ("建设高标准数字园区，…", "搭建行业型和专业型平台，…": rounds 4 and dev).
DEFINITE_OPENING_BEFORE = re.compile(
    r"(?:^|[。；！？\n]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])[ \t\u3000]*$"
)
DEFINITE_OPENING_VERB = re.compile(r"(?:建设|建立|筹建|新建|搭建|组建)$")
DEFINITE_OPENING_AFTER = re.compile(r"[，。；]")
DEFINITE_OPENING_MIN_DESCRIPTION = 8

# "推动上海成为…基地", "把X建设成为…中心", "将上海建成…基地": a role the plan aims at, not a
# platform it names.
# So is "打造全国重要的…基地" (ROLE_NAME is the same role written without 的).
# ("建设全国领先的…种源基地" likewise: a rank the region aims at; it qualifies the items up to the
# next 和/及/与 only: "…全国领先的牛、羊、牧草种源基地和国家高水平南繁科研育种基地" names the last.)
# 国际 too: "打造国际领先的轨道交通装备研发制造和集成服务基地" (heldout6 qd-aizone-2020, heldout7 sd-aipilot-2020).
ROLE = re.compile(
    r"成为|(?:将|把)[^，。；]*建成|基本建成|(?:国家|全国|国际|世界|全球|区域|我国)(?:重要|领先)的[^和及与]*$"
)
# A role reaches the items of its own enumeration only: a body after a 、 that is the subject of a verb of its own
# (SUBJECT_VERB_AFTER) opens a new item with its own aim (heldout24, 杭州's outline: "支持西湖大学…成为新型研究型
# 大学标杆、杭州师范大学争创国家A类学科、浙大城市学院建设…、钱塘大学（暂名）建设新型研究型大学" names the three;
# a bracket after the name, its provisional or second name, may stand before the verb).
SUBJECT_VERB_AFTER = re.compile(r"(?:（[^（）]{1,6}）)?(?:争创|创建|建设|建成|成为|进入|申建|打造)")
# A quantifier opening the clause makes every listed item a class ("组建若干…").
# "更多": "打造更多原材料、零部件交易集散平台", "更多布局建设概念验证和中试平台".
# "宅基地" is a homestead plot, not a 基地 ("适度放活宅基地使用权"). A 水利枢纽 / 航电枢纽 is a dam,
# a water or navigation project, not a hub the plan runs ("推进白濑水利枢纽、…建设", "亭子口水利枢纽工程";
# round 4, dev round 5).
# An urban sub-centre is an area of a city's plan, not a unit it builds: "打造…活力副中心", "北京城市
# 副中心" (round 4, round 3); so is the city's main centre ("建成城市主中心和城市副中心…的精细化空间",
# heldout12; not a data centre's 主中心).
# "规范政府门户网站建设", "各级政府门户网站" (heldout6) are every government's sites, a class; the one
# site is named by whose it is ("中央政府门户网站").
# A platform "of the X kind" is a kind: "不得重复建设…政务数据共享类平台系统" (heldout6: 中山).
# Tiers of platforms ("集团—矿—前端两级平台", "省市两级平台", heldout8) are one per level, a class.
# A name that repeats its own head after a modal verb is a clause ("…的平台应统一平台要素", heldout8).
# Platforms "at home and abroad" are many ("推动绿色“一带一路”国内外平台建设", round 14, after the score).
# A great bay area, or the bay area of a compass part, is a region: "推进数字大湾区建设" (round 1),
# "建设上海南部大湾区生态公园" (round 5), "推进西南及北部湾区综合科考" (round 4); a bay area a city
# builds is named otherwise ("重庆人工智能湾区").
# KIND_ADJECTIVE_OPENING (ext52): a platform name that opens with the kind of service a class of platforms gives
# (生产性: business-to-business, as in 生产性服务业) is that class (rounds 28 and 38, two 上海 texts, must_not both
# times): "提升生产性互联网平台能级", "推动生产性互联网服务平台集聚发展"; a name of one puts its own words first
# ("有色金属生产性互联网服务平台", gold in round 29).
KIND_ADJECTIVE_OPENING = r"^生产性"
NOT_A_PLATFORM = re.compile(
    r"宅基地$|(?:水利|航电|水电)枢纽$|副中心$|城市主中心$|^[各级省地市县区]*政府门户网站$|类(?:平台|中心|基地)$"
    r"|[两三四五六多]级平台$|^平台[应须要可]|国内外(?:平台|中心|基地)$|(?:大|[东南西北]部)湾区$|"
    + KIND_ADJECTIVE_OPENING
)
# DISTRICT_NEW_AREA (ext48): a state-level new area that is a district of its city is a place, as 闵行区 is, not a
# platform (every gold writes 浦东新区 and 滨海新区 `may`, README: a state-level new area is `may`; they were false
# platforms in rounds 18, 28, 36, 38 and 40: "浦东新区率先开展…", "天津滨海新区…"). Other cities' 滨海新区 are left.
DISTRICT_NEW_AREA = re.compile(r"^(?:上海市?)?浦东新区$|^(?:天津市?)?滨海新区$")
# A government body named after a verb of the clause: "…案例获应急管理部…", "…做法得到金融监管总局…",
# "也是省委…", "…职责划转生态环境部": the body starts after the last word jieba tags as a verb (v) or
# adverb (d). Only for bodies of government, whose names carry no verb (tags vn stay: "国务院职业
# 教育工作部际联席会议").
BODY_CUT_TAGS = frozenset({"v", "d"})
# A person named before a conjunction is an actor of their own: "芦艾林、范先红和河南村村民委员会主任"
# names the village committee (heldout4). jieba's tag for a person's name; Chinese names have two or
# three characters.
PERSON_TAG = "nr"
PERSON_NAME_LENGTHS = frozenset({2, 3})
# A venue of the nation named by the nation alone is the one such venue: "国家会展中心", "国家博物馆",
# "中国美术馆", "国家大剧院" (heldout4).
NATIONAL_VENUE_HEADS = frozenset({"国家", "中国"})
# A body set up at several levels is one at each of them, a class: "抓实四级生活垃圾分类工作联席会议
# 制度" (heldout5; a platform the levels share is one: "省市两级公共数据平台").
SEVERAL_LEVELS_BODY = re.compile(r"^[两三四五六]级")
# … but a body that opens with its level is named whole, verbs of its work and all: "市生活垃圾分类
# 减量推进工作联席会议" (heldout5).
# … and so is a district's (区) body, as the districts of a city name their own: "区投资促进工作领导小组"
# (round 13, after the score: cut to "工作领导小组" after 促进/v); not 区域, 区块, 区间 (a region, a block,
# a range), 区级 (the tier).
BODY_LEVEL_OPENING = re.compile(r"^(?:[省市州县](?!级|场)|区(?!域|块|间|级|内|外|位))")
# An institution named after a verb or a locative of its clause the anchors missed: "修缮上海水产公司
# 渔船修理所旧址", "“百年根脉”红色文化中陈望道旧居". Not for platforms, whose names hold places after
# verbs ("国家超算/v深圳中心"). Where jieba
# tags a verb (v) or a locative (f) inside the candidate and the next word is a place (ns), an
# organisation (nt), an abbreviation (j) or a person's name (nr), the name may start there. jieba's
# verb tags are too loose to cut anywhere else ("上海技术转移/v学院", "重庆市生物制造/v研究院",
# "重庆通用/v人工智能研究院": nz is its catch-all for unknown words, so it does not count).
CLAUSE_CUT_TAGS = frozenset({"v", "f"})
# Between two body endings, a verb right after the first ends it: "国家粮食应急工作指挥部下设办公室"
# names the headquarters (and a bare office), "省级粮食应急工作指挥部提请国家粮食应急工作指挥部"
# two headquarters. (附属 in "复旦大学附属中山医院" is tagged b, not v.)
BODY_VERB_TAGS = frozenset({"v"})
# An adverb before that verb goes with it: "由青岛市工业和信息化局会同市公安局、市交通运输局共同组成青岛市
# 智能网联汽车道路测试联席工作小组" names the bureau and the group (round 10, a Qingdao rule; jieba tags
# 共同 d, 组成 v).
BODY_VERB_ADVERB_TAGS = frozenset({"d"})
# Verbs of official letters that jieba does not tag as verbs when a level follows ("函请市|财政局"):
# "市工业和信息化局函请市财政局拨付资金" names two bureaus (heldout8).
BODY_LETTER_VERBS = ("函请", "函告", "函商", "函复", "函询")
# A body named by a pronoun is the writer's or the addressee's own, no name: "受我局委托", "现将检查
# 报告印送给你公司", "该公司", "贵委" (round 10, a regulator's letters). jieba tags the pronoun r; the
# candidate that ends in such a body names nothing, and "我部与市场监管总局" names the second only.
PRONOUN_TAG = "r"
# So is a level's government after the pronoun ("承接本市政府科研项目", round 13): the writer's own,
# named by its level alone where the text's level is known (OWN_GOVERNMENT: 市政府).
PRONOUN_BODY = re.compile(r"[我你贵本该其](?:部|局|委|厅|署|办|院|公司|集团|[省市州县区](?:人民)?政府)")
# So may an attribute word (jieba b: a tier, an owner, a scope) after the verb: the rest is then a kind of body, left to
# is_generic (rounds 21 and 23): "合理控制三级公立医院规模" (三级/b), "基本实现公共图书馆…" (公共/b) name no hospital
# and no library, where the whole candidate read as one.
# … and a transliterated place or person's name (jieba nrt), which opens a body as a place does (round 35, 新疆's
# review of the 14th plan: "推动新疆银行吸收合并库尔勒银行", 库尔勒 nrt).
CLAUSE_VERB_OPENING_TAGS = frozenset({"ns", "nt", "j", "nr", "nrt", "b"})
# FOUND_VERBS (fixext49): what a supervisor finds or punishes is the body it names next, whatever jieba tags its first
# word, since a city jieba reads as a noun opens a firm's name as a place does (round 48's second wave, 生态环境部's
# letters to 长治: "在你市（区）发现长治飞扬报废车辆拆解厂等2家企业", 长治/n; the same letters'
# "发现壶关县永丰建材有限公司" and round 19's "发现宜黄县金丰纸业有限公司", "查处武汉华测检测技术有限公司" open with a
# place jieba knows).
FOUND_VERBS = frozenset({"发现", "查处"})
# Verbs of one character cut there too when they only say what there is (round 5): "建设单位有/v
# 天津/ns钢厂" names 天津钢厂, "主要的是/v上海/ns…公司". Other one-character verbs may be part of a
# firm's name ("可", "鲁" tagged v in "上海可鲁系统软件有限公司").
EXISTENTIAL_VERBS = frozenset({"有", "是"})
# CLAUSE_OPENING_BEFORE_VERB: a candidate that opens with a time word or a person's name (jieba t, nrfg) and then a
# verb, or with an adverb-like word and then an existential verb (b, d, t before 有 / 是), holds the words of its
# clause before the name: "当时建清华长三角研究院" (round 29, an interview), "徐睿取得北京大学保送资格" (round 29, a
# school's report), "主要有国际风帆运动训练基地" (round 50, 平潭's tourism plan). The name starts after the verb.
CLAUSE_OPENING_TAGS = frozenset({"t", "nrfg"})
EXISTENCE_OPENING_TAGS = frozenset({"b", "d", "t"})
# A name does not open with a preposition or a conjunction (jieba tags p, c): "据湖北省地震局…",
# "与财政部", "按照市委领导…", "关于德阳重大技术装备基地建设问题", "建成并投运…". The name starts
# after them; what is left must still be a name.
FUNCTION_WORD_TAGS = frozenset({"p", "c"})
# … nor with an adverb of manner before such a word (jieba ad, d): "积极与德国科学院、弗莱恩霍夫协会…
# 加强互动对接" (round 13, a 临港 action plan), "主动向…", "共同与…"; both go.
ADVERB_BEFORE_FUNCTION_WORD_TAGS = frozenset({"ad", "d"})
# … and 经 ("after review by"), which jieba tags as a noun when a place follows: "经华东监督站确认"
# (round 10). As a word of its own 经 is no part of a name (经济, 经开区 are words of their own).
MISTAGGED_PREPOSITIONS = frozenset({"经"})
# Words jieba cuts after a first character it reads as a preposition, which open names as a whole
# (session 13: a provincial digital plan): "同城容灾中心" (same-city, jieba "同/p 城容"); "经开区" (an
# economic development zone, jieba "经/p 开区": "建设经开区数字能源智慧管理平台", round 15).
NOT_PREPOSITION_OPENINGS = ("同城", "经开区")
# Inside an institution's candidate, a preposition of two characters or more (jieba p) ends the
# clause before it: "县（市）人民政府按照/p州人民政府…要求" names 州人民政府 (round 5), as "据…",
# "与…" do at its start. One-character ones may be parts of names' words and are left alone.
INNER_PREPOSITION_MIN = 2
# … except the passive and dative ones, which sit in no name: the body after 被/给/把 is the agent or recipient of
# the clause's verb (round 28's second wave, a 绍兴 school's report: "2位高二学生被西湖大学录取", "4位高二学生被中国
# 科学技术大学少创班录取"; round 28, 南京's review: "先后给南京大学留学归国青年学者…回信"). Read as jieba's word (p), so
# 给水 ("市给水公司") stays.
CLAUSE_PREPOSITIONS_ONE = frozenset({"被", "给", "把"})
# A place alone before 和/及/与 is an actor of its own when an organisation's word (jieba nt, j)
# follows: "由闵行区和城投集团负责" names 城投集团 (round 5); where anything else follows, the
# places share the name ("长三角和长江经济带发展研究院").
PLACE_CONJUNCT_NEXT_TAGS = frozenset({"nt", "j"})
# … and a district, county or city named with its level before 和 is an actor of its own (its government)
# when a place's government body follows: "会同浦东新区、奉贤区和临港地区管委会制定" names 临港地区管委会
# (round 13); "长三角和长江经济带发展研究院" (no level) shares the name.
LEVELLED_PLACE_END = ("区", "县", "市")
LEVELLED_PLACE_NEXT_TAG = "ns"
# A status a region applies or competes for is not a platform it has: "支持鄂州申建空港综保区",
# "支持襄阳争创国家农业高新技术产业示范区"; the verb right before the name says so. Not 创建, which
# plans also use for what they set up ("创建中国（内蒙古）自由贸易试验区").
# … but one a review says the region won (成功, round 35, 新疆's review of the 14th plan: "成功申建中国（新疆）
# 自贸试验区，出台69项支持政策") is one it has (SOUGHT_AND_WON).
STATUS_SOUGHT = re.compile(r"(?<!成功)(?:争创|申建|申报)$")
# … and so is a status a region or a park was granted, told in a work report's review (round 28; gold as a status
# since round 26, "入选国家高新区新赛道培育重点园区"): "盐田区入选国家骨干冷链物流基地", "浦口区获评国家“两山”实践
# 创新基地" (the region and the verb read into the name's head, no anchor between them). A verb of earning before the
# ending.
STATUS_EARNED = re.compile(r"入选|获评")
# … and for an institution a verb of earning inside the candidate makes it a designation the places before won (round
# 34, 甘肃's 2026 report): "金昌、庆阳、白银入选全国紧密型城市医疗集团试点城市" names no group (the designation earned).
# The verb governs every item of the enumeration it opens: "争创国家服务贸易创新发展示范区、数字贸易
# 示范区", "争创…等领域国家制造业创新中心、国家产业技术工程化中心" seek both.
# 创建 before a national zone's designation with no place of its own names the status aimed at, not a zone
# set up: "支持郑州、开封、洛阳、安阳创建国家文物保护利用示范区" (heldout2 ha-gwr-2026), "积极创建国家科创
# 金融改革试验区" (heldout6 jn-kcjn-2021). A place in the name makes it one zone ("创建长株潭国家科技成果转移
# 转化示范区", "创建中国（内蒙古）自由贸易试验区"), and 国家…中心 is built ("创建国家数据智能技术创新中心").
# A phase or version after a platform's name says the plan builds on one platform it has, however generic
# its words: "推进人才服务平台（二期）建设", "迭代建设公共数据平台2.0" (heldout zj-digital-2020; the gold
# writes the name without the phase).
PHASE_AFTER = re.compile(r"[（(]?[一二三四五六七八九十\d]期[）)]?|\d\.\d")
# LAUNCHED_AFTER (fixext48): a platform the text reports as going live is one platform running, whatever plain words
# name it by what it does; a kind the plan wants built is launched by no one (round 48, 重庆's smart-city digest:
# "2019年，全面建成“国土房管云”，…，监测监管平台上线运行"; heldout35, 辽宁's review: "省科技成果转化综合服务平台
# 上线运行", 湖南's: "“信用湖南”一体化平台上线运行", both gold). Only right after the name: "平台上线以来" is no launch.
LAUNCHED_AFTER = re.compile(r"(?:正式|全面|顺利)?上线(?:试)?运行")
CREATED_BEFORE = re.compile(r"创建$")
NATIONAL_STATUS_ZONE = re.compile(r"^国家(?!级)[\u4e00-\u9fff]{2,16}(?:示范区|试验区|实验区|先导区|先行区)$")
STATUS_SOUGHT_LIST = re.compile(r"(?:争创|申建|申报)[^，。；：！？]*、$")
# "支持有条件的地方创建国家级数据标注试点基地": wherever conditions allow, a class (dev round 6).
# "对新获批国家重点实验室、技术创新中心…的企业，给予…扶持": whichever are newly approved, a class
# of the grant list (heldout6: 济南). "某类…的数据库、临床试验中心" names a kind of support each
# applicant builds (heldout8: a task guide).
QUANTIFIER = re.compile(
    r"若干|一批|首批|第[一二三四五六七八九十\d]+批|各类|多个|一系列|各级|一些|更多|有条件的|新获批|新认定|每个|每家"
    r"|某类|某种"
)
# A builder that is a kind of actor, not one body, builds one platform each: the platform is a kind,
# not a unit with a name of its own (heldout6, heldout7, heldout11: "支持企业联合高校、科研院所，搭建
# 数据开放平台、标准测试评估平台", "鼓励龙头骨干企业构建开源软件平台", "各高级人民法院建设完善数据中心和
# 大数据管理平台", "各省（区、市）生态环境部门可…建立完善…监管平台和监督数据库"). The builder stands
# earlier in the sentence: a verb of encouragement and a kind of actor at most ten characters after it
# ("支持制造业龙头企业"), or 各 + a kind of body ("各市", "各级人民法院"). A name with a mark of
# its own (OWN_NAME_MARK, a place) is still one: "支持企业建设山东省人工智能创新中心". A verb of building
# (BUILD_VERB) must follow the actor: "推动各部门…向政务云平台集中部署" uses the one platform.
GENERIC_BUILDER = re.compile(
    r"(?:支持|鼓励|引导|推动|动员|带动)[^，。；：、]{0,10}?"
    r"(?:企业|高校|院校|科研院所|科研机构|研究机构|医疗卫生机构|医疗机构|创新主体|市场主体|经营主体)"
    r"|各(?!类|项|方面|环节|种|个|有关|自)[\u4e00-\u9fff（）、]{0,12}?"
    r"(?:人民法院|法院|部门|单位|企业|医院|学校|高校|政府)"
    # … and 各区 / 各县 / 各市 as the builders (round 12, after the score, a city's health notice):
    # "鼓励各区依托、开发APP或小程序…搭建家庭医生与签约居民互动交流管理平台" (each district its own).
    r"|各(?:区|县|市|区县|县区|县市)(?![\u4e00-\u9fff]{0,3}(?:人民政府|政府))"
)
# A platform inside a bracketed aside of examples ("（如…等）") illustrates a kind of actor or
# qualification, it is not a unit the plan builds or relies on: "支持权威医疗卫生机构（如国家临床医学
# 研究中心等）建设…", "科研资质（如高新技术企业、企业技术中心、重点实验室等）" (heldout8: a task guide).
EXAMPLE_ASIDE = re.compile(r"[（(](?:如|例如|比如|诸如)[^（()）]*$")
# Short modifiers listed before a platform's head share it: "港区作业车辆、港区作业船舶、疏运集装箱运输
# 车辆一体化智能管控平台" (heldout9), "开源开放平台、开放技术网络、开源社区、开放计算服务平台" (heldout7)
# describe one or several platforms by what they serve; the last item with the head is no name of its
# own. The item before the 、 is at most SHARED_MODIFIER_MAX characters, has no ending of a name and is
# no place, and the name holds no place, proper word (jieba) or mark of a name of its own: "大青山、
# 鄂尔多斯实验室", "…、丽泽金融商务区", "…、“共享航次”服务平台" stay (lists of places sharing a title are
# _shared_title's and _shared_by_places' business).
SHARED_MODIFIER_MAX = 6
SHARED_MODIFIER_ITEM = re.compile(r"[\u4e00-\u9fff]+")
# Levels listed before a name whose first character is the last level make a tier of platforms,
# one per level: "建立健全国家、省、市旅游应急指挥平台" (round 7) names none.
LEVEL_LIST_BEFORE = re.compile(r"(?:国家|中央|省|市|县|区)(?:、(?:国家|中央|省|市|县|区))*、$")
LEVEL_LIST_OPENING = re.compile(r"[省市县区]")
# --- classes by the builders and the list around a name (session 15, issue #13) ----------------
_TOWN_TIER = r"(?:街道|镇|乡|村|社区)(?:[（(](?:街道|镇|乡|村|社区)[）)])?"
# A list of tiers that goes down to streets, towns or villages, right before a platform named by
# its function only, says each tier runs one: a class, not one platform (round 12, a city's
# home-care rules). LEVEL_LIST_BEFORE needs the name to open with the last level; here the last
# tier is a street or town, written with its alternative in brackets.
TOWN_TIER_LIST = NamedPattern(
    "TOWN_TIER_LIST",
    re.compile(rf"(?:省|市|县|区)(?:、(?:省|市|县|区))*、{_TOWN_TIER}(?:、{_TOWN_TIER})*$"),
    "the tiers down to a street or town each run one: the name after them is a kind of platform",
    "统筹区、街道（镇）",
)
# A plural subject that has "each", "all" built a platform named by its function only built one
# apiece: the name is a class wherever else the text uses it (rounds 9 and 11, replies of a ministry:
# "全国30个省（市、区）均建立了…信息公开平台"). Not 分别 ("在张江、临港分别建设…"), which pairs named
# places with named platforms. A name with a mark of its own (OWN_NAME_MARK, a place) stays one.
DISTRIBUTED_BUILD = NamedPattern(
    "DISTRIBUTED_BUILD",
    re.compile(r"(?:均|都|各自|普遍)(?:已经|已)?(?:建立|建成|建设|搭建|设立|组建|开通|上线)(?:了|起)?$"),
    "every member of a plural subject built one: a class of platforms, not a named unit",
    "各省、自治区均建立了",
)
# A platform written bare after the text named it whole with a place or a national qualifier in front
# is the same platform, not a second one: the whole name stands for it ("国家（海南）海洋生物技术公共
# 研发基地" … "加快海洋生物技术公共研发基地建设", round 9; "大连双岛湾工业区" … "双岛湾工业区", round 4).
# The part in front must be only such a qualifier: a place (PLACE_RE, or a jieba place word), or
# 国家 / 中国 / 全国 with or without a bracketed place.
RESTATED_QUALIFIER = NamedPattern(
    "RESTATED_QUALIFIER",
    re.compile(r"^(?:国家|中国|全国)(?:[（(][\u4e00-\u9fff]{2,8}[）)])?$|^[（(][\u4e00-\u9fff]{2,8}[）)]$"),
    "a qualifier in front of a name the text also writes bare: the bare form restates the whole name",
    "国家（海南）",
)
# A body named only as the author of cited documents ("根据《广州市人民政府办公厅关于印发…的通知》",
# "按照《某市财政局关于…的通知》执行") is no actor of this plan: the plan cites its paper, and the gold
# of every round leaves such issuers out (rounds 10 and 12: "named only inside a cited notice title").
# A body the plan also names outside a title stays.
CITED_TITLE = NamedPattern(
    "CITED_TITLE",
    re.compile(r"《[^《》\n]{1,200}》"),
    "an institution named only inside the titles of cited documents is their author, not an actor of the plan",
    "根据《某市人民政府办公厅关于印发残疾预防行动方案的通知》",
)
# A name listed before "等场所", "等载体", "等场地" (such sites, such carriers) is an example of a kind
# of site when it has no mark of a name of its own (round 10: an inspection letter, "对原材料存储场地、
# 混凝土实验室、混凝土搅拌站等场所进行了现场检查"; a guide to firms, "积极对接中小企业公共服务平台等
# 载体"). A placed or quoted name stays ("依托张江实验室等载体").
# … and the rooms and works of a plant an inspection visits (INSPECTED_SITES; round 44, heldout14: the regulator's
# inspection letters): "对示范工程主控室、…、环境实验室、环境监测站、…、危废暂存库等进行了现场查勘", "对主控室、…、辐射
# 防护实验室、固体废物仓库、…以及取排水口等进行了现场勘查" (traps in their gold); an item may hold digits and Latin
# letters: "…、混凝土实验室、混凝土搅拌站、FCD施工用2000立方米应急水池等场所".
INSPECTED_SITES = r"(?:进行了?)?现场(?:检查|查勘|勘查|查看|核查)"
# The rooms an inspection visits are rooms wherever the letter names them again, in its findings: "配套的环境实验室、
# 流出物排放在线监测…", "9.针对辐射防护实验室刻度装置控制台未设置…" (INSPECTED_SITE_LIST: the list after 对).
# INSPECTED_SITE_LIST_ALSO (round 56): the list may run on past a comma into 以及 and the plant's systems, one
# list still: "对核电厂主控室、反应堆厂房、…、应急指挥中心、环境实验室，以及反应堆冷却剂系统、…等进行了现场查看"
# (the 阳江 and 田湾 pre-licence inspection letters, heldout19 and heldout56; 环境实验室 a trap in both golds).
INSPECTED_SITE_LIST = re.compile(r"对(?P<items>(?:[^，。；！？：]|，(?=以及)){2,400}?)等(?:场所)?" + INSPECTED_SITES)
INSPECTED_SITE_SEPARATOR = re.compile(r"，以及|、|以及")
# INSPECTED_SITE_SIBLINGS (round 56): a unit coordinated with an inspected room, with the room's ending and no place or
# proper word of its own, is a room of the same plant: "流出物实验室、环境实验室和厂区辐射与气象监测系统已投入运行"
# (阳江, heldout19), "建立了环境监测系统、环境实验室和放射性流出物实验室" (田湾, heldout56; traps in both golds).
INSPECTED_SITE_SIBLINGS = (
    r"(?P<item>[^，。；！？：、和及与\s]{{2,20}}?)(?:、|和|及|与){site}",
    r"{site}(?:、|和|及|与)(?P<item>[^，。；！？：、和及与\s]{{2,20}})",
)
# ROOM_INVENTORY_LIST (ext46): a long list of units that share one ending, closed by 等 and a kind with that ending,
# is an inventory of rooms of that kind; its items named by what is done in them, with no place or proper word, are
# rooms, no platforms (round 29, a school's report to its inspectors: "建有数学图形计算器实验室、物理学科实验室、…、
# 生物竞赛实验室、地理、机器人实验室、木工实践室、金工实践室、3D打印创新实验室等创新实验室" — traps in its gold,
# round 10's rooms). A placed or proper item stays ("之江实验室、西湖实验室…等省实验室" names labs). No other list of
# the sets is so long.
ROOM_INVENTORY_LIST = re.compile(
    r"(?P<items>(?:[^，。；！？：、（）\n]{1,20}、){5,}[^，。；！？：、（）\n]{1,20})等(?P<kind>[\u4e00-\u9fff]{2,8}?)(?=[，。；！？：])"
)
ROOM_INVENTORY_MIN = 5
# ROOM_INVENTORY_IN_RUNS (perf60): a match of ROOM_INVENTORY_LIST consumes only characters of one clause (no clause
# mark, bracket or line break: ROOM_INVENTORY_RUN; its lookahead reads the mark after) and holds 等: searched only in
# the clauses holding 等 (finditer_in_runs), where the engine tried its twenty-character items at every character of
# every text (1.6 % of the reading's samples over 100 generated plans, py-spy).
ROOM_INVENTORY_RUN = re.compile(r"[^，。；！？：（）\n]+")
ROOM_INVENTORY_SPOT = re.compile("等")
SITE_KIND_LIST_AFTER = NamedPattern(
    "SITE_KIND_LIST_AFTER",
    re.compile(r"(?:、[^，。；！？、]{1,24}){0,6}等(?:场所|载体|场地|" + INSPECTED_SITES + ")"),
    "items listed as examples of a kind of site or carrier are kinds, not named units",
    "、混凝土搅拌站等场所",
)
# A bracket still open before a name: the name is in an aside ("（包含…、香港医院管理局专家…）",
# "（生态环境部牵头，…）"), out of reach of a quantifier before the bracket.
OPEN_ASIDE = re.compile(r"[（(][^（()）]*$")
# "…等新型高水平研究机构" closes an enumeration of research institutions.
# An enumeration closed by "等" or a count ("7大", "三个") and a kind of platform lists platforms,
# whatever their endings: "…、中国水权交易所武汉交易服务中心、武汉农村综合产权交易所7大要素交易服务
# 平台" makes the exchange one of the seven platforms.
# Only institutions of the kinds a market or service body has (交易所 → 其他, firms) are switched;
# universities, institutes and agencies listed before "等…平台" stay institutions.
# So does one closed by a kind of area a city's outline plans (heldout24, 广州's and 深圳's outlines): "鼓励在
# 南沙科学城、中新广州知识城、广州科学城等科技创新重点功能片区…打造…".
PLATFORM_LIST_AFTER = re.compile(
    r"(?:、[^，。；！？、]{2,30})*(?:等|\d+[大个家类]|[二三四五六七八九十两]+[大个家类])[\u4e00-\u9fff]{0,12}?(?:平台|载体|园区|片区)"
)
LISTED_AS_PLATFORM_KINDS = frozenset({"其他", "企业"})
# FOUNDED_NATIONAL_GARDEN (ext46): a national botanical garden a province builds, founds or sets up, or lists among its
# platforms, is a platform (round 34's convention, kept in rounds 32, 34, 35: "高标准建设华南国家植物园和深圳国际红树林
# 中心", "推进西南岩溶国家公园和南宁国家植物园创建", "推动设立南京中山国家植物园"); named as a venue or an actor it
# stays one ("持续完善以华南国家植物园为核心的城园融合体系", "支持华南国家植物园建设世界一流植物园", round 25/26).
FOUNDED_GARDEN_ENDINGS = ("国家植物园",)
# BOX_ITEM_KIND_LIST (round 23, 重庆's 十五五 outline): a box's numbered item titled with a kind of platform and
# followed by a bare list (no verb) lists platforms of that kind, whatever their endings or places:
# "7．要素市场化交易平台。重庆联合产权交易所、重庆农村土地交易所、…、重庆电力交易中心。", "1．“万亩千亿”产业
# 平台。西永综合保税区、江津工业园区、…、永川高新区等。" The title is the frame the verb would give; the list runs
# from the title's 。 through 、-separated items to the name (an item of a kind, such as "1．技术要素。完善…",
# opens a sentence with a verb, and its names keep their own frames).
BOX_ITEM_KIND_LIST = NamedPattern(
    "BOX_ITEM_KIND_LIST",
    re.compile(
        r"(?:^|\n)[ \t]*\d{1,2}[．.、][ \t]*[^。，；：、\n]{0,16}(?:平台|园区|载体|基地)[ \t]*[。：:][ \t]*"
        r"(?:[^，。；：、\n]{2,30}、)*$"
    ),
    "a box item titled with a kind of platform followed by a bare list lists platforms of that kind",
    "7．要素市场化交易平台。重庆联合产权交易所、",
)
# How far back BOX_ITEM_KIND_LIST looks for the item's title: a title and up to a dozen items.
BOX_ITEM_KIND_LIST_REACH = 400
# A line of a table of contents (a dot leader and a page number) names the body's sections, not
# what the plan builds: "附录 F：体检评估基础数据库建设……………38" (heldout6, a standard's PDF text).
TOC_LINE_END = re.compile(r"[.．…·]{5,}\s*\d+[ \t]*$", re.M)
# A site named after the platform it holds: "紧凑型聚变能实验装置园区", "…光源园区".
PLATFORM_SITE_ENDINGS = frozenset({"园区"})
# Institutes of an academy are named by the academy's short form and the institute's short form
# ending in 所: "中科院山西煤化所" (山西煤炭化学研究所), "中科院上海药物所".
ACADEMY_INSTITUTE = re.compile(
    r"(?:中科院|中国科学院|中国农科院|中国农业科学院|中国社科院|中国医学科学院|中国林科院|中物院)"
    r"[\u4e00-\u9fff]{2,10}?所(?=[^\u4e00-\u9fff]|[等和与及]|$)"
)
# SCHOOL_NAME (round 22, a 天河 district news page on school admission): a school is named by its place and a
# word of its own before 学校/中学/小学, a university's school and a school's section by the host's name:
# "可报读天河区御景小学或广州市天河中学猎德实验学校的特教班", "到广州市启明学校、广州市启聪学校接受教育",
# "华南师范大学附属中学初中部", "澳门培正中学" (round 8), "重庆师范大学城口附属中学" (round 21). These
# endings are no INSTITUTION_ENDINGS: plans name schools by kind far more often ("薄弱学校", "中等职业学校",
# "全区电脑派位学校", "地段对口小学"), so a school counts only where its name opens with a place written with
# its level or a province or part of the country (SCHOOL_PLACE_LEVEL, PLACE_RE, COMPASS_REGIONS), jieba's
# place word after the clause's last conjunction or 等 (SCHOOL_BREAK_TAGS, SCHOOL_BREAK_WORDS: "或", "以及",
# "、", "…天河学校等多所学校"), and the words between the place and the ending are no kind of school
# (SCHOOL_CLASS_WORDS: "天河区公办中学", "广州市义务教育学校", "广东省内普通高等学校", "老挝南塔省省立中学")
# and leave at least SCHOOL_OWN_MIN characters without the words every school may carry (SCHOOL_KIND_WORDS:
# "广州市实验学校" names a kind). A name inside a longer one ("广州市天河中学" in "广州市天河中学猎德实验
# 学校") is that longer school's.
SCHOOL_NAME_END = re.compile(r"(?:学校|中学|小学)(?:初中部|高中部|小学部)?(?![生部])")
SCHOOL_NAME_MAX = 16
SCHOOL_PLACE_TAGS = frozenset({"ns"})
SCHOOL_PLACE_LEVEL = re.compile(r"..*(?:省|市|区|县|州|旗|镇)$")
SCHOOL_BREAK_TAGS = frozenset({"c"})
SCHOOL_BREAK_WORDS = frozenset({"、", "或", "和", "及", "以及", "与", "等"})
SCHOOL_CLASS_WORDS = re.compile(
    r"公办|民办|公立|私立|义务教育|中等|高等|普通|职业|技工|技术|专业|寄宿|乡村|乡镇|农村|山区|城区|地区|社区|"
    r"贫困|边远|薄弱|对口|地段|户籍|毕业|所属|特殊|特教|专门|中小|省立|市立|县立|区立|区属|市属|省属|县属|"
    r"重点|示范|优质|相关|各类|新建|周边|辖区|其他|所有|各|该|全"
)
SCHOOL_KIND_WORDS = re.compile(r"外国语|实验|附属")
SCHOOL_OWN_MIN = 2
# BARE_PLACE_SCHOOL: a middle or primary school named by a place word alone, written without its level, is one school
# where that word opens its list item (after a separator, a conjunction or a preposition): "与仙居中学、青田中学、灵溪
# 中学等开展“县中崛起”结对帮扶", "强化与杭州二中、温州中学、金华一中的“四校联盟”合作" (heldout29, a school's
# teaching report), "…龙南初中改扩建、滨湖小学、福建信息职业技术学院平潭校区" (heldout52, 平潭's social-project
# plan): the gold names each. A place with its level before the ending is the place's schools ("温州市中学"), and
# 学校 after a bare place is rarely a name; class words still keep it a kind (SCHOOL_CLASS_WORDS: "城区中学"). A
# place of two characters ending in 州 is a city's name, no level ("温州中学").
BARE_PLACE_SCHOOL_ENDINGS = ("中学", "小学")
BARE_PLACE_SCHOOL_BEFORE_TAGS = frozenset({"c", "p"})
BARE_PLACE_SCHOOL_WORD_MIN = 2
# Government offices named by their short form ending in 办 (国务院新闻办, 西部开发办, 振兴东北办,
# 省扶贫办): 办 ends so many verbs ("承办", "一网通办", "马上办") that it is no ending of its own. An
# office counts where jieba knows it as an organisation (nt: "国务院新闻办", "西部开发办") or where
# it stands alone between separators and leads a task, alone or in a list of lead units
# (LEAD_LIST_AFTER: "振兴东北办会同国资委…", "（中央编办、国务院研究室…负责）").
OFFICE_END = re.compile(r"办(?=[、，。；：）)\s]|会同|牵头|负责|等|和|$)")
# What follows a unit that leads or shares a task: the rest of its list of units, then the verb
# ("振兴东北办会同…", "（中央编办、国务院研究室、国家信访局按职责分工负责）").
# So does a centre that organises or hosts an event, its short form given in a bracket first: "培训由我部
# 某某司主办，由国家某某战略研究和国际合作中心（简称“某某中心”）承办" (round 11, a ministry's notice).
LEAD_LIST_AFTER = re.compile(
    r"(?:[（(]简称[^（）()]{1,20}[）)])?"
    r"(?:[、和][^、，。；：（）()]{2,20})*(?:等(?:有关)?(?:部门|单位)(?:和单位)?)?(?:按职责分工|分别)?"
    r"(?:负责|牵头|参与|会同|配合|承办|主办|协办)"
)
# A labelled list of the units that lead, share or draft a piece of work names a unit in every
# item, whatever its ending: "（牵头单位：市委组织部，责任单位：市委编办、市科协、市口岸物流办）",
# "（省大数据局牵头，省委组织部、省档案馆按职责分工负责）" (heldout6: 济南, 山东, 青岛), and a
# standard's "本文件起草单位：…规划国土发展研究中心、青岛市综合行政执法支队、北京华易智美城镇规划研究
# （有限合伙）" (heldout6, two ministries' standards): a 中心 there is the agency, not a platform. The
# list runs to the end of its clause (UNIT_LIST_LABEL) or is a bracket closed by a verb of leading
# (UNIT_LIST_BRACKET). An item counts when it opens with a place, a level of government or a national
# word, or ends like an institution (UNIT_ITEM_OPENING); items that say which units generically
# ("各区市", "有关部门"), places alone and items that read as clauses are left out.
# The same labels name the units 部门 (round 41, 上海's BeiDou and brain-computer-interface plans: every task closes
# with "（牵头部门：市科委、市经济信息化委、市发展改革委、市国防科工办）" or "（责任部门：市经济信息化委、…）").
UNIT_LIST_LABEL = re.compile(
    r"(?:牵头单位|责任单位|配合单位|参与单位|协办单位|主办单位|承办单位|实施单位|主要起草单位|起草单位|"
    r"参编单位|编制单位|归口单位|牵头部门|责任部门|配合部门|参与部门)[：:]"
)
# A 抄送 (copied to) line lists bodies separated by commas as well, up to its 。 or line end:
# "抄送：市委各部门，市人大常委会办公厅，…，济南警备区，市法院，市检察院。" (round 7).
COPY_LIST_LABEL = re.compile(r"(?:抄送|抄报|分送)[：:]")
# Every item of such a list is a body the letter is copied to, so one that ends like a unit (UNIT_ITEM_END)
# names it whatever its opening (COPY_LIST_UNIT): "抄送：中国环境监测总站、环境发展中心、核与辐射安全
# 中心、国家海洋环境监测中心、辐射环境监测技术中心" (round 14, after the score: the agencies' bare names
# opened with no place or national word, and the 中心 read as a platform's ending went unnamed).
COPY_LIST_END = re.compile(r"[。\r\n]")
UNIT_LIST_BRACKET = re.compile(
    r"[（(](?P<items>[^（()）。；：:]{2,200}?)(?:按职责分工|分别)?(?:负责|牵头|配合|参与)[）)]"
)
UNIT_ITEM_OPENING = re.compile(
    rf"^(?:{PLACE}|(?:省|市|区|县|州)委?(?!级)|自治区|国家|中国|全国|中央|国务院|人民银行|中科院|中国科学院)"
)
UNIT_ITEM_TRAILER = re.compile(r"(?:按职责分工|分别)?(?:负责|牵头|配合|参与)$")
UNIT_ITEM_GENERIC = re.compile(r"^(?:各|有关|相关|其他|其它|本级|全市|全省|全区)|等$|(?:部门|单位|各区|区县|区市)$")
UNIT_ITEM_MAX = 30
# … and ends like a unit, whatever its kind ("市委编办", "市科协", "…执法支队", "…（有限合伙）"); an item
# running on into a verb is no unit ("（商务部指导…负责）"). The part after 等 says which others
# generically ("财政部等和各有关省级人民政府负责": 财政部).
UNIT_ITEM_END = re.compile(r"(?:办|协|联|队|站|台|所|馆|行|部|社|会|中心|委|局|厅|院|署|司|处|组|班|校|团|[）)])$")
UNIT_ITEM_OTHERS = re.compile(r"等.*$")
# A unit of a level of government with no institution ending is a government body: "市委编办", "市科协".
UNIT_ITEM_LEVEL = re.compile(r"^(?:省|市|区|县|州)委?(?!级)")
# A member list names each member by person and post: the body of the post is an institution,
# written whole before the post with nothing but a separator before it ("　　戴东昌　　交通运输部副部长",
# "王春峰　　自然资源部党组成员", "中央宣传部部务会议成员、新闻办副主任"; heldout6, a leading group's
# members). jieba reads "部副", "部党组" as words, so the ending search alone misses the body. A body
# ending in 部/委/局/厅/署 counts where MINISTRY knows the ministry or a national or level word opens
# it (POST_BODY_OPENING: "中央军委后勤保障部").
MEMBER_POST = re.compile(
    r"(?:(?<=[\s、：:，,])|^)(?P<body>[\u4e00-\u9fff]{2,16}?(?:部|委|局|厅|署|办))"
    r"(?:党组成员|党组书记|副部长|部长|副主任|主任|副局长|局长|副秘书长|秘书长|副署长|署长|副厅长|厅长|副司长|司长)"
    r"(?=[\s、，,。；;<]|$)"
)
# A match of MEMBER_POST consumes only ideographs (MEMBER_POST_RUN) and holds a post (MEMBER_POST_SPOT: each
# post above holds one of these words): searched only in the runs holding one (finditer_in_runs), as
# its lookbehind was tried at every character of every text.
MEMBER_POST_RUN = re.compile(r"[\u4e00-\u9fff]+")
MEMBER_POST_SPOT = re.compile(r"党组|部长|主任|局长|秘书长|署长|厅长|司长")
# A central ministry or commission glued after the words of the column or clause before it is that body
# alone: a table flattened onto one line runs a field of work into the recommending ministry ("…研究员/
# 副主任土壤肥料农业农村部", "…能源转型国家能源局", "…资源综合利用发展改革委"; round 9), a reply runs its
# pronoun in ("我部和外交部"). The body keeps what may head it (CENTRAL_BODY_HEAD): the centre or a Party
# committee ("中共中央宣传部", "省委组织部", "中央军委政治工作部"), a place or a level of government
# ("省发展改革委"); a former ministry keeps its 原 ("原文化部", "原国家环境保护总局": the name of a body
# that no longer is, gold since round 3).
# Its general office likewise, after the annex title a signature is glued to ("附件：…比对测试方案生态环境部
# 办公厅2018年9月21日", round 9).
CENTRAL_BODY = re.compile(
    "(?:" + MINISTRY.pattern[:-1] + r"|(?:国家)?(?:发展改革|发展和改革|卫生健康)委|国家[\u4e00-\u9fff]{2,8}局)"
    r"(?:办公厅|办公室)?$"
)
# CENTRAL_SIGNER_AFTER_ANNEX (meta28, session 28): a ministry's notice crawled onto one line signs right after the
# title of its last annex, whatever word that title ends in (SIGNATURE_AFTER_ANNEX_LIST needs a document kind):
# "…附件：题库范围生态环境部办公厅2020年9月23日(此件社会公开)字号" (nat-enforcement-quiz-2020, heldout23),
# "…3.水站站房主体工程量完成不足50%的断面生态环境部办公厅2018年5月7日抄送：…" (nat-water-stations-bulletin-2018,
# heldout21), and the joint signers before the printing office's line, "附件：重点流域水生生物多样性保护方案生态环境部
# 农业农村部水利部2018年3月22日生态环境部办公厅2018年4月3日印发附件…" (nat-aquatic-biodiversity-2018, heldout28;
# all mee.gov.cn pages). Where the title ends and the signer begins is read from the signer's side: a run of central
# bodies (CENTRAL_BODY) right before the date, the date followed by what only follows a signature (a publication
# note, 附件, 抄送, the printing office's dated 印发 line).
CENTRAL_SIGNER_AFTER_ANNEX = re.compile(
    r"附件[：:][^。；\n]{2,160}?(?P<organs>(?:" + CENTRAL_BODY.pattern[:-1] + r")+)"
    r"(?P<date>(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日)"
    r"(?=[（(](?:此件|本文)|附件|抄送|抄报|[\u4e00-\u9fff]{2,30}?[厅部委局司府会办室署]\d{4}年\d{1,2}月\d{1,2}日印发)"
)
# A notice's contact line names the unit before the people to call: "联系人：生态环境监测司张某、李某
# 电话：…", "联系人：省大数据局王某，电话…" (round 9). The unit ends in a kind of body or office
# (CONTACT_UNIT_END), the people are names of two or three characters, the line goes on with a
# telephone, a comma or a bracket.
CONTACT_UNIT_END = r"(?:司|局|处|室|厅|部|委|办|站|中心|院|所|公司|集团)"
CONTACT_LINE = re.compile(
    r"联系人[:：]\s*(?P<unit>[\u4e00-\u9fff（）]{2,24}?" + CONTACT_UNIT_END + r")"
    r"[\u4e00-\u9fff]{2,3}(?:[、，,\s]+[\u4e00-\u9fff]{2,3})*?\s*(?:联系电话|电话|手机|传真|[（(]|[，,；;。]|\d)"
)
# A sub-platform is named after the platform it belongs to: "发布大数据平台子平台中国-东盟环境信息共享
# 平台" names 中国-东盟环境信息共享平台 (round 9); the name starts after 子平台.
SUB_PLATFORM = re.compile(r"子平台")
# A quoted brand's platform after the body or centre that runs it is named by the brand: "逐步纳入各级城运中心
# “一网统管”平台" (heldout5 sh-greening-2022; the gold of earlier rounds writes "“一网统管”平台"). The owner
# ends with a body's or platform's ending right before the opening quote (OWNED_BRAND_OWNER_END).
OWNED_BRAND_OWNER_END = re.compile(r"(?:中心|局|委|办|厅|部|院|集团|公司)$")
CENTRAL_BODY_HEAD = re.compile(rf"(?:中共中央|中共|中央|中央军委|国务院|中华人民共和国|委|{PLACE}|[省市区县州]|^原)$")
POST_BODY_OPENING = re.compile(r"^(?:中央|国务院|国家|全国|中国)")
# A centre leading a task in a bracket of lead units, or after 由, is an agency, not a platform:
# "（国家卫生健康委、中国疾病预防控制中心负责）", "由中国疾病预防控制中心牵头"; an item of a list of lead units so
# ended is one whatever opens it (round 41, 上海's medical-device plan: "（责任单位：市卫生健康委、申康医院发展中心）").
LEAD_UNIT_ENDINGS = frozenset({"中心"})
# So is a centre that issues a paper (出具: a certificate, an opinion, a report) — an agency acts, a
# platform does not: "需提交广州市残疾人辅助器具服务中心出具的同意适配上述辅助器具的适配意见" (round 12, a
# Guangzhou subsidy rule).
# … and so does a centre that undertakes the work the notice hands out (round 17, a ministry's title-review
# notice): "此次高级职称评审工作委托中日友好环境保护中心承办" names the centre that acts.
ISSUES_PAPER_AFTER = re.compile(r"出具|承办")
# A letter's copy list (抄送) names the bodies it is copied to, so a centre in it is an agency: "抄送：
# 生态环境部华北督察局、海河流域北海海域生态环境监督管理局、环境工程评估中心。" (round 11, a ministry's
# reply). The list runs from its label (COPY_LIST_LABEL) to its full stop or line end (COPY_LIST_END).
# A letter's annex listing its addressees is such a list too: "附件：主送单位名单生态环境部华北核与辐射安全监督站…
# 北京核安全审评中心中机生产力促进中心苏州核安全中心中国核工业集团有限公司…" (round 46, 国家核安全局's investigation
# report crawled onto one line: the centres there are the addressees, agencies).
ADDRESSEE_LIST_TITLE = re.compile(r"(?:主送|抄送|抄报|分送)单位名单")
COPIED_TO_BEFORE = re.compile(r"(?:" + COPY_LIST_LABEL.pattern + "|" + ADDRESSEE_LIST_TITLE.pattern + r")[^。\r\n]*$")
# A crawl that drops the annex's line breaks runs the addressees of such a list together with no separator (round 46:
# "…生态环境部东北核与辐射安全监督站生态环境部核与辐射安全中心北京核安全审评中心中机生产力促进中心…
# 中国核工业集团有限公司中国广核集团有限公司国家电力投资集团有限公司…中国核动力研究设计院上海核工程研究设计院
# 清华大学核研院核动力运行研究所中国核电工程有限公司", 33 bodies on one run). In a run holding the list's title, or
# right after a copy line's label (ADDRESSEE_RUN_LABEL), a body with a leaf ending — a firm, a centre, a station, an
# institute, which hosts no further body in a list of addressees (ADDRESSEE_LEAF_ENDINGS) — ends its name where the
# text up to the next ending opens another name: two characters at least, not the rest of a firm's form
# ("集团|有限公司", ADDRESSEE_CONTINUATION) and not its branch ("…有限公司上海分公司", ADDRESSEE_BRANCH). A ministry
# or university keeps the unit written after it ("生态环境部华北核与辐射安全监督站", "清华大学核研院核动力运行研究所":
# the addressee whole). No verb cuts a name there either: 运行 in the institute's name (_addressee_run).
ADDRESSEE_RUN_LABEL = re.compile(r"(?:主送|抄送|抄报|分送)(?:单位)?[：:]$")
ADDRESSEE_RUN_LABEL_WINDOW = 6
ADDRESSEE_LEAF_ENDINGS = ("公司", "中心", "站", "研究所", "研究院", "设计院")
ADDRESSEE_CONTINUATION = re.compile(r"有限|股份|分|子")
ADDRESSEE_BRANCH = "分"
ADDRESSEE_HEAD_MIN = 2
COPIED_TO_WINDOW = 200
OFFICE_MAX = 8
OFFICE_TAGS = frozenset({"nt"})
# An office's name opens with its subject, never with an adjective or adverb: "大操大办" is an idiom
# jieba tags nt.
OFFICE_NOT_OPENING = frozenset({"a", "d", "ad"})
# Agencies of which each level of government has one: "市疾控中心", "省血液中心" name the city's
# and the province's own, where "市医院" or "省研究院" say nothing of which.
# So do its library, culture hall, museum and science museum ("市图书馆", "区文化馆"), its trade
# union federation ("市总工会") and its academy of agriculture ("省农科院"). (Schools are left out:
# national plans name many kinds of school, "薄弱学校", "中等职业学校和普通高中…".)
ONE_PER_LEVEL_AGENCIES = frozenset(
    {"疾控中心", "疾病预防控制中心", "急救中心", "血液中心", "图书馆", "文化馆", "博物馆", "科技馆", "总工会", "农科院"}
    | {"中心血站"}  # "市中心血站": the city's blood station (round 25)
    | {"工研院", "产研院"}  # "省工研院", "省产研院": the province's own institute of industrial technology
    | {"医保中心", "社保中心"}  # "市医保中心": the city's health-insurance agency (round 12)
    | {"环科院", "林科院", "社科院"}  # "市环科院": the city's academy of environmental sciences (round 15)
    # "市体育中心": the city's sports centre, a venue named with 深圳湾体育中心 and 深圳歌剧院 (round 25, 深圳's
    # culture outline: "大运中心、深圳湾体育中心、市体育中心、欢乐剧场…"; round 28: "市体育中心等一批文旅体新地标")
    | {"体育中心"}
    # "市青少年活动中心": the city's youth activity centre, a venue built like its library (ext50: round 36, 重庆's
    # review: "红岩文化公园二期、市青少年活动中心建成投用"; gold venue)
    | {"青少年活动中心"}
)
# Courts and procuratorates named by their tier, their reach or what they are to become are classes
# ("为全国法院提供…", "联通上级法院和辖区法院", "高级人民法院及有条件的中级人民法院", "全国四级法院",
# "建设中国特色现代化智慧法院"; heldout6, a court system's IT plan), as "县人民法院" is (round 1).
COURT_ENDINGS = frozenset({"法院", "人民法院", "检察院", "人民检察院"})
COURT_CLASS_HEAD = re.compile(
    r"(?:全国|各级|辖区|上级|下级|基层|中级|高级|专门|试点|本院|地方|[两三四]级|中国特色|现代化|智慧)+"
)
LEVEL_ONLY = re.compile(r"(?:省|市|区|县|州|自治区|自治州)委?")
# A government body headed by levels alone is a class ("区人民政府", "省级人民政府"); so is a zone's
# administrative committee headed by the kind of zone alone: "园区管委会", "开发区管委会" (round 5;
# "临港新片区管委会", "苏州工业园区管委会" say which).
# 城市 too: "以下统称为城市人民政府" (heldout6) is every city's government.
# Towns, townships and streets too (round 12, after the score): "镇人民政府、街道办事处负责本辖区…",
# "区、镇人民政府和街道办事处应…" name every town's government.
LEVELS_ONLY_BODY = re.compile(r"各?(?:城市|省|市|区|县|自治区|自治州|州|地|园区|开发区|新区|片区|乡镇|镇|乡|街道)*级?")
# An organisation jieba knows (nt) closing a candidate after common words of the clause is named
# alone: "建议湖北省人民政府按照专家组意见…", "建议和湖北省人民政府的要求". Five characters at least, so
# that a bare "人民政府" never stands for "省人民政府". NAMING_TAGS: words that would be part of a name.
ORGANISATION_TAIL_TAGS = frozenset({"nt"})
ORGANISATION_TAIL_MIN = 5
NAMING_TAGS = frozenset({"ns", "nt", "nr", "j", "nz"})
# Words of a company's form that its name puts in brackets: "上海机场（集团）有限公司",
# "中国铁路工程（集团）有限公司", "…（控股）有限公司"; the bracket is inside the name.
COMPANY_FORM_WORDS = frozenset({"集团", "控股", "集团控股"})
# Committees every organisation has, named by one common word: "设立编辑委员会或艺术委员会等专门
# 委员会", "学术委员会" (a place or a proper word makes one: "上海市科学技术委员会").
# Only a two-character word: "规划和自然资源委员会" (北京市规划和自然资源委员会) is a government body.
# An institute named by one field alone is a kind of institute regions attract, not one: "落地设置
# 人工智能研究院等新型研发机构" (round 7); a place, a level or a proper word names one ("上海人工智能
# 研究院", "省产业技术研究院", "北京智源人工智能研究院").
PLAIN_INSTITUTE_ENDINGS = frozenset({"研究院"})
# A company named by its industry alone is a kind of firm: "鼓励旅游企业、航空公司、相关企业的数据
# 实现实时共享" (round 7), "物流公司"; a brand, place or level names one ("华为公司", "城投公司",
# "上海电力公司", "市电力公司").
# The industry is a noun (jieba n, vn): a brand jieba reads as a verb is a name ("随着联想/v公司发展").
PLAIN_FIRM_ENDINGS = frozenset({"公司"})
INDUSTRY_TAGS = frozenset({"n", "vn"})
PLAIN_COMMITTEE = "委员会"
PLAIN_COMMITTEE_HEAD = 2
# A venue, institute or body whose head is one verb is a clause, not a name: "吸纳博物馆、景区等周边
# 资源". Not firms: jieba tags some short firm names as verbs ("上药/v集团").
VERB_HEAD_TAGS = frozenset({"v"})
# A bare 公司 or 银行 after one verb is its object, not a firm: "发行公司债券", "参照银行１年期贷款基准
# 利率" (round 7). A brand jieba reads as a verb is named with 集团 ("上药/v集团") or read whole by jieba
# ("联想公司/nt"), so those stay names.
VERB_OBJECT_FIRM_ENDINGS = frozenset({"公司", "银行"})
# … or verbs with adverbs: "切实维护银行债权" (切实/ad 维护/v): a clause before a bare ending, firms too.
ADVERB_TAGS = frozenset({"d", "ad"})
# A kind of institution qualified only by who owns or where it comes from is a class: "允许外国航空
# 公司承载…", "地方法人银行", "国外航空公司" (where "招商银行", "国家开发银行" are names).
OWNER_QUALIFIER = re.compile(
    # … or by where it serves: "村镇银行", "农村商业银行" are kinds of bank.
    r"^(?:外国|国外|境外|外资|中外合资|外商独资|民营|地方法人|地方|中小|国有|商业|港澳台资|台资|村镇|农村商业|城市商业)"
)
INSTITUTION_FRAME = re.compile(r"[^，。；！？]*?等[^，。；！？]{0,30}(?:研究机构|科研机构|研发机构)")
# A centre listed before "等单位" is one of the bodies (units) the plan relies on, an institution, not a
# platform (round 13, a 临港 action plan): "依托德国技术中心联合会、国家东部技术转移中心等单位". Only
# centres, the ending shared by agencies and platforms (LEAD_UNIT_ENDINGS).
# 所 before 需 is "what is needed" (所需), not the 所 of an institute or an exchange: "提供支撑市场化
# 交易所需的相关数据" (round 13, a power-market rule) names no 交易所; "科研所需设备" no 研究所.
NEEDED_AFTER = "需"
# A verb coordinated with verbs before it opens no platform's name: "按规定建设、运行、维护和管理电网
# 配套电力调度交易平台" (round 13, a power-market rule) names 电网配套电力调度交易平台. Where the name
# follows a conjunction (COORDINATED_VERB_MARKS) after a verb and its first word is a verb too (jieba
# v, vn; two characters or more), that word goes.
COORDINATED_VERB_MARKS = frozenset("和及与、")
COORDINATED_VERB_TAGS = frozenset({"v", "vn"})
# Single characters listed with 、 abbreviate the parties of a model ("政、产、学、研、用、金" =
# government, industry, academia …); the last one glued to a platform is no part of its name:
# "搭建政、产、学、研、用、金“六位一体”创新平台" (round 13, a 临港 action plan) names "“六位一体”创新平台".
SINGLE_CHARACTER_LIST_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]、){2,}$")
UNIT_FRAME = re.compile(r"[^，。；！？]*?等[\u4e00-\u9fff]{0,4}单位")
# … and so is a centre the text gives a short form that calls it a body (机构, 单位): "国网江西省电力
# 有限公司电力调度控制中心（以下简称“省电力调度机构”）" (round 13, a power-market rule).
BODY_SHORT_FORM_AFTER = re.compile(r"[（(](?:以下)?(?:简称|称)[“\"]?[^”\"（()）]{0,12}(?:机构|单位)[”\"]?[）)]")
# A section about research institutions ("建设高水平研究机构").
INSTITUTION_SECTION = re.compile(r"研究机构|科研机构|研发机构|科研院所")
# The marks that end a clause and a sentence; the patterns are their classes (names.clause_bounds
# also looks for the last mark before a position with str.rfind, which the engine cannot do).
CLAUSE_BREAK_MARKS = "，。；！？：:\n"
SENTENCE_BREAK_MARKS = "。；！？\n"
CLAUSE_BREAK = re.compile("[" + re.escape(CLAUSE_BREAK_MARKS) + "]")
SENTENCE_BREAK = re.compile("[" + re.escape(SENTENCE_BREAK_MARKS) + "]")
# A list flattened onto one line (an annex or a table crawled without line breaks) keeps only its item
# numbers between items: "1.北京燕山石油化工集团有限公司2.…", "…及下属的各级石油公司和加油站4.湖北省石油
# 总公司…". A number and its point before a word open a new item, so a name's clause starts there: the
# quantifier of the item before ("各级") does not count the next item's name (round 9, a member list).
# Not a version or a decimal ("2.0平台", "3.5%"): the point has no digit on either side.
LIST_ITEM_NUMBER = re.compile(r"(?<![\d.．])\d{1,3}[.．](?=[\u4e00-\u9fff])")
NAME_CLAUSE_BREAK = re.compile(f"{CLAUSE_BREAK.pattern}|{LIST_ITEM_NUMBER.pattern}")

# --- generic names ------------------------------------------------------------------------
# Words that say what kind of platform something is, not which one. A platform whose head
# consists of these alone ("国家重点实验室", "高校协同创新中心") is a class. Kinds of stage
# (概念验证, 产学研: "概念验证和中试平台", "产学研协同创新中心"), of zone (自贸: "自贸试验区"; 集群:
# "创新型产业集群示范区") and sectors that label a kind of park ("文创园区", "零碳园区", "绿电产业园区",
# "未来产业孵化基地", "现代产业生态园区") and "新时代" (a period) are such words too, as is 医疗 for
# the class of medical centres ("国家区域医疗中心"). Not 医学: "上海国际医学科创中心" is hosted by a hospital
# whose name is glued before it, and a generic tail would keep the two as one name.
PLATFORM_GENERIC_WORDS = _words(
    """
    国家级 国家 市级 省级 区级 本市 本省 全市 全省 全国 重点 重大 重要 科技 科研 技术
    创新 研发 研究 工程 专业 公共 共性 产业 行业 企业 高校 大学 新型 高水平 一流 世界级 世界 国际
    国内 联合 协同 综合 基础 科学 前沿 实验 试验 转化 成果 功能型 功能性 开放 服务 平台 基地 中心
    设施 海外 相关 数字 信息 新一代 特色 示范 孵化 中试 检测 测试 创业 众创 科普 教育 人才 培养
    合作 交流 资源 数据 共享 条件 保障 发展 应用 类 化 市 区 县 院 所 地方 外资 开放式 高端 全球
    新 高 大 一体化 一站式 专业化 理论 机构 各 和 与 及 或 南部 北部 东部 西部 中部 工程技术
    实验室 集成 联动 区域 支撑 制造 实践 战略 联盟 场馆 优势 现有 先进 知识 交叉 多功能 跨国公司
    外资 关键 检验 大科学 数据库 网络 园区 产业园 示范区 试验区 标杆 标杆性 生态 样板 引领 枢纽
    智能 智慧 数字化 智能化 网络化 绿色 老旧 工业互联网 总部 双跨 重要 型 省内 市内 区内 域内 低碳 头部 自由贸易
    经济技术 经济 高新技术 综合保税 活动 自主
    国际化 功能
    实训 实习 培训 产教融合
    概念验证 产学研 自贸 现代 新时代 集群 文创 零碳 绿电 未来产业 爱国主义 消费品 境外 经贸 多元
    医疗
    工业设计 验证
    双创 监管工作 职业教育 展演 展示 演艺 生态环境 监测
    自动
    系统 网上 线上 多级
    最佳 最优
    康复 护理 诊疗 多学科
    慢病 慢性病 疑难 罕见病 罕见 危重 病症 筛防 青训 综治 托育
    供需
    文明
    """
)
# 文明 (CIVILITY_PRACTICE_CLASS, fixext59): the civility-practice centres (新时代文明实践中心, 所, 站) are a
# network every county, town and village sets up, no one centre (round 59, 北京's outline: "筑\n牢新时代文明
# 实践中心阵地"; round 40, 广东's review; a trap in three golds). A place or a word of its own still names one
# ("中希文明互鉴中心", "夏商文明考古研究中心", gold).
# 供需 (session 34, round 44; MATCHING_PLATFORM keeps 对接 in a name): matching supply and demand is what a kind of
# platform every sector sets up does, no name of one: "搭建高效精准的供需对接平台" (heldout32, 京津冀's outline), "有
# 针对性地搭建供需对接平台" (heldout17); a subject names one: "人工智能应用对接平台", "政银企信贷融资常态化对接平台"
# are gold. (Not 对接 itself: "人工智能应用对接平台" would be left with one plain word, 人工智能.)
# 慢病 … 托育 (session 26, rounds 24-26): the diseases, cases and services a kind of care centre takes: "危重疑难
# 病症诊疗中心", "重大疑难罕见病诊疗中心" (广州's outline), "足球青训中心" (苏州's), "三级综治中心", "托育综合服务
# 中心" (2026 reports): classes every city builds; a place, a level or a host names one ("市托育综合服务中心" is an
# institution, LEVEL_CARE_CENTRE). Not 基层: "基层治理数字化平台" is gold.
# 康复 护理 诊疗 多学科 (round 25, 苏州's outline): kinds of care every hospital or community runs, "推进基层慢性病
# 管理中心、康复中心、护理中心建设", "多学科诊疗中心“新三大中心”" (classes; a place or host names one).
# 最佳 最优 (session 16, data/plans): a superlative says what a place is to become, not which one:
# "构建“政产学研金服用”系统集成创新的最佳实践区" is a role of 张江科学城, named just before it.
# 系统 网上 线上 多级 (round 10): how a platform works or where it stands in an information system,
# not what it is about: "依托信息化系统平台", "促进网上服务平台与实体服务大厅的融合",
# "…共享交换接口、多级共享平台对接" are classes every office builds (a subject names one:
# "政务服务管理平台" keeps 政务; 业务, 管理, 调度, 统一 stay out: "统一业务协同平台", "算力调度平台",
# "统一信息资源库" are gold).
# 自动 (round 2): "自动监测网络" is how a network works, a kind ("…监控点位和自动监测网络").
# 双创 (大众创业、万众创新, like 创业, 众创), 监管工作 (not 监管 alone: "监管科学创新研究基地"),
# 职业教育, 展演 展示, 演艺, 生态环境 监测: kinds of
# work and sectors that label a class of platform every region builds: "搭建“双创”平台", "建设本辖区
# 统一的…监管工作平台（以下称省级平台）", "职业教育实训基地建设", "搭建展演展示平台", "建设…演艺集聚区",
# "生态环境监测网络建设" (a place or a proper word names one: "全国辐射环境监测网络").
# 工业设计, 验证: designations given to many ("培育认定省级工业设计中心", "中试验证基地"), kinds, not
# names. (Not 现代农业: "现代农业技术创新服务基地" is one of the Shanghai plan's named bases.)
# A 中心 whose head is a sector the city aims to be a centre of is a role, not a platform:
# (分拨, 加工, 维修, 销售: the roles a bonded zone is to play, "发展成为…加工制造中心、物流分拨中心、
# 检测维修中心、销售服务中心"; 休闲, 分销, 电力负荷: "支持澳门建设世界旅游休闲中心", "…区域分销中心",
# "在电力负荷中心建设…热电联产项目", round 4)
# "新兴金融中心", "国际航运中心", "现代服务业和先进制造业中心", "全国领先的大数据产业中心".
ROLE_CENTRE = "中心"
ROLE_ENDINGS = frozenset({"中心", "枢纽"})  # "全球资源配置功能和开放枢纽" too
ROLE_CENTRE_WORDS = _words(
    """
    金融 贸易 航运 经济 消费 物流 商务 会展 商贸 文化 旅游 时尚 服务业 制造业 新兴 现代 领先 知名
    产业 运营 总部 创意 设计 交往 交通 国内 大循环 循环 资源配置 配置 功能 开放 节点 门户
    分拨 加工 维修 销售
    休闲 分销 电力负荷 负荷
    航空 商业 顶级
    货运
    """
)
# 航空 商业 顶级 (round 25, 南京's outline): "国际航空枢纽与自贸服务门户、国际顶级商业中心等一批国际化功能载体" are
# roles the city is to play.
# 货运 (round 27, 重庆's 十五五 outline: "打造西部航空货运中心": a role the city is to play, as 物流 and 航运 are).
PLATFORM_GENERIC_WORDS = (*PLATFORM_GENERIC_WORDS, *place_words())
# Mines (INSTITUTION_ENDINGS): a mine is named by a place or a proper word; a head with a count, a
# verb, a pronoun or a distinguishing word ("四起特大煤矿", "实现煤矿", "其他民窿钨矿", "所有煤矿",
# "一九五七年铁矿", "万吨煤矿", "生产煤矿") or a kind or size (MINE_CLASS_WORDS: "中小煤矿",
# "低品位铁矿", "智能化煤矿", "部分煤矿") is the ore or a class of mines, not one mine.
MINE_ENDINGS = frozenset({"煤矿", "铜矿", "锡矿", "钨矿", "铁矿", "金矿"})
# Also kinds by gas and outbursts, and the scope or rank of a case book ("全国煤矿智能化建设典型案例",
# "典型煤矿", "矿井为低瓦斯煤矿", heldout8).
MINE_CLASS_WORDS = _words(
    "特大 中小 大型 小型 低品位 高品位 智能化 部分 国有 地方 乡镇 重点 高瓦斯 低瓦斯 瓦斯 突出 非 典型 示范 全国 全省"
    # … and the mines of an industry or of a ministry (round 15): "黄金行业金矿采选" (a technical policy's
    # scope), "划归煤炭部直属煤矿的产量" (the ministry's mines as a whole).
    " 行业 直属"
)
MINE_CLASS_TAGS = frozenset({"m", "v", "vn", "vd", "r", "b", "d", "ad", "q", "p", "c", "u"})
# The gold names a mine without the province, city or county that locates it ("大同市杏儿沟煤矿",
# "山西左权县河南村煤矿", "热河寿王坟铜矿" → 杏儿沟煤矿, 河南村煤矿, 寿王坟铜矿) unless the rest would
# be under MINE_NAME_MIN characters before the ending ("中南钨矿" stays whole).
MINE_PLACE_UNIT = ("省", "市", "县")
# A firm glued before a mine owns it: "安徽省淮北矿业（集团）公司芦岭煤矿" names the firm and the mine.
MINE_OWNER_ENDINGS = ("公司", "集团")
PROVINCE_SUFFIX = "省"
MINE_NAME_MIN = 2
# A mine listed before "等项目" is the project of opening it, not a firm (dev: "加快实施引大济岷、红格南
# 钒钛磁铁矿等项目").
MINE_PROJECT_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{2,12})*等[\u4e00-\u9fff]{0,6}项目")
# An institution whose head consists of these alone is a class ("世界一流大学", "跨国公司").
# So is a company named by its legal form alone: "依法登记为有限责任公司或股份有限公司",
# "国有独资及国有控股公司" (有限, 责任, 独资, 控股, 合资, 合伙 are forms, not names; so is 一人, round 27, 重庆's
# outline: "鼓励发展“一人公司”、青春小店、共享办公室"). A body named
# only by its task is one each level sets up: "成立相应的应急工作指挥部" (应急, 工作), where
# "国家粮食应急工作指挥部" says which.
# 绿色: "绿色公司" (a kind of firm by what it does); 校地: "校地产业研究院" (institutes universities and
# localities set up together, a kind).
# 老年: "办好老年大学" (a kind of school for the elderly); 卓越工程师, 未来技术: kinds of college the
# Ministry of Education designates in many universities ("共建卓越工程师学院、未来技术学院").
# 综合, 工科, 农业科学: kinds of university and institute by what they teach or study ("发展高等工科
# 学校和综合大学", "各地方现有的农业科学研究所"; round 5).
INSTITUTION_GENERIC_WORDS = _words(
    """
    世界 一流 国际 国内 国家 地方 各级 各类 相关 重点 研究型 研究性 新型 高水平 知名 中央
    本地 本市 全市 市属 高等 高 科研 研究 企业 外资 民营 国有 大型 中小 骨干 龙头 转制 应用型 医疗
    附属 区 县 市 有关 各 该 上市 科技 金融 保险 创投 商业 投资 跨国 银行 和 与 及 青年 专业 技术
    服务 机构 科创 本土 股份 非 类 担保 研发 挂牌 大 设计 两级 产业 试点 地区 本地区 各地区
    直辖市 自治区 咨询 决策 专家 中外合作 理工 综合性 现代 总部 有关部门 主管部门 行政部门 政府
    中国特色 特色 互联网 线上 在线
    公立 公办 民办 私立 定点 境内
    创新 行业 外国 国外 境外 法人 学会 协会 商会 三甲 小组 三级 二级 二甲
    老年
    乡镇 社区 村 基层
    有限 责任 有限责任 独资 控股 国有独资 国有控股 合资 合伙 一人
    应急 工作
    卓越工程师 未来技术
    综合 工科 农业科学
    绿色 校地
    开户
    专科 生育 友好
    优抚 康复 公共
    智慧 移动 迷你 头部 平安
    职业 本科
    一级 文物 历史 专题 备案 重要
    区域 马克思主义
    """
)
# 区域 马克思主义 (fixext59): a regional headquarters is a kind of firm's unit as a 地区总部 is ("吸引外资区域
# 总部、研发中心和功能性平台落户", round 59, 南京's outline; "央企二三级区域总部单位", 苏州's rural outline); a school
# of Marxism is a kind of college every university keeps and the Ministry of Education designates as key, like
# 卓越工程师学院 ("北京市重点建设马\n克思主义学院", round 59, 北京's outline: a class in the gold). A host or a
# place of its own still names one ("长三角区域合作办公室", "菜鸟华中区域中心").
# 职业 本科 (session 29, round 34, 湖南's 2026 report): the tier a college rises to, no name of one: "支持符合条件的
# 高职高专学校升格为职业本科大学" (a place or a name of its own stays: "深圳信息职业技术大学", "重庆旅游职业学院").
# 智慧 移动 迷你 头部 平安 (session 26, rounds 25-26): how a hospital or museum works, where it stands or
# the campaign it joins, no name of one: "推进智慧医院试点", "“移动医院”巡诊", "向头部医院集中" (福建's 2026
# report), "实施智慧博物馆项目", "打造“迷你博物馆”" (南京's 十五五 outline), "持续推进平安校园、平安医院
# 建设" (北京's 2026 report); not 智能 ("广西人工智能学院" is gold).
# 专科, 友好…: kinds and designations of hospitals, classes without a place or a name of their own (heldout24, 广州's
# outline: a box's row label "02 / 专科医院 / 建设…"; "加强生育友好医院与儿童友好医院建设"). Not 中医, 儿童, 妇幼: a
# level's own hospital of that kind is named ("市中医医院", "市妇幼保健院", as "市疾控中心").
# 优抚, 康复, 公共 likewise (round 27, 重庆's 十五五 outline: "推动市荣军优抚医院建成全国一流的综合性优抚医院", "支持
# 重庆市革命伤残优抚医院建设二级康复专科优抚医院": kinds of veterans' hospital to build beside the two named ones; the
# national work report's "做好公共图书馆、博物馆、文化馆…惠民开放": a kind of venue).
# 一级 文物 历史 专题 备案 重要 (session 29, rounds 28 and 31): a museum's grade, theme or record names a class of
# museums, no one museum: "新增国家一级博物馆3家" (广州's 2026 review), "文物博物馆", "发展特色专题博物馆", "重要地市级
# 博物馆", "备案博物馆", "历史陈列馆" (the 革命文物 plans of round 31); a place or a name of its own still names one
# ("湘鄂边苏区革命文物陈列馆"). Not 博物馆 itself: the listed venues of round 25 ("省非遗馆、…、安徽革命军事馆、市博物馆
# 等") are found beside a museum of the level; not 革命: "…（湘鄂边\n苏区革命烈士陵园" is read from its line first.
# 开户 (where an account is held): "开户银行接收拨付凭证后" is whichever bank holds the fund's account (round 22, the
# healthcare security administration's instant-settlement rules), a class.
INSTITUTION_GENERIC_WORDS = (*INSTITUTION_GENERIC_WORDS, *(f"在{a}" for a in PROVINCE_ABBREVIATIONS))
# FRIENDLY_DESIGNATION (session 26, rounds 24 and 27): a hospital or a place friendly to a group is a designation many
# win, no name: "加强生育友好医院与儿童友好医院建设" (广州's 十五五 outline), "全域推广儿童友好型医院、图书馆" (重庆's);
# the groups only, for "中日友好医院" is one hospital. 州级 (a prefecture's tier, as 市级): "推动市州级医院创建三甲医院"
# (青海's 2026 report).
FRIENDLY_DESIGNATION = r"(?:儿童|生育|老年|老龄|青年|妇女|母婴|家庭|国际)友好型?"
# MINISTRY_TIER: the ministry's tier (部级, 省部级) is a tier as 省级 is (round 41, the national emergency plan's
# projects: "…应急医学救援等国家级实验室和部级实验室" gave 部级实验室; the gold keeps every 部级 and 省部级 class out).
GENERIC_PATTERNS = re.compile(
    r"[\u4e00-\u9fff]{2}性|[\u4e00-\u9fff]{2}型|(?:省部|部委|部|[千百万]?亿|国家|集团|企业|省|市|区|县|州|校|院|世界)级"
    r"|[一二三四五六七八九十]+期"
    rf"|{FRIENDLY_DESIGNATION}"
)
# A platform named by place plus a long description is one platform even when every word is
# generic ("上海科技成果转化公共服务平台"); a short one is a class ("上海工程技术研究中心").
PROPER_PREFIX = re.compile(rf"{PLACE}|国家|中国")
PROPER_MIN_DESCRIPTION = 5
# jieba tags of proper words (places, organisations, other proper nouns, people, abbreviations):
# "江淮大数据中心" names one centre; "供应链平台" a kind of platform.
# nrt/nrfg: jieba's tags for transliterated and other names of people and firms ("阿里巴巴/nrt").
PROPER_TAGS = frozenset({"ns", "nt", "nz", "nr", "j", "nrt", "nrfg"})
# UNSPLIT_PROPER_TAGS (ext40): a proper word jieba knows whole keeps, in what a name says of its own, the characters a
# generic word inside it would take: the 和 of "协和" (the Peking Union medical brand, nz) is no conjunction, so
# "协和天津基地" (round 36 and 38, 天津's 2026 reports: "加快协和天津基地、…建设", gold) has 协和 of its own, not one
# character. Organisation names and other proper nouns only (nt, nz): a place is read by the place rules. Only where
# the generic word taken is a conjunction's character (UNSPLIT_CONJUNCTIONS: 和 in 协和, 汇和银行): a generic word of
# its own inside a proper one still says nothing of its own ("新兴产业发展示范基地" is a class, "国际化区域创新中心" a
# kind the university's name makes one).
UNSPLIT_PROPER_TAGS = frozenset({"nt", "nz"})
UNSPLIT_CONJUNCTIONS = frozenset("和与及")
# GENERATION_CODE (fixext55): a technology code of digits and Latin letters (6G, 5G, 3D) is one word a name says of
# its own, as a field word is ("北京量子实验室"): what a name says of its own drops bare digits (a count, a phase), not
# the digit of such a code, which left "北京6G实验室" one letter of its own and a class (heldout55, 北京's 十五五
# outline: "建设北京6G实验\n室,力争在6G标准引领…", gold).
# Only in a name a place, 国家 or 中国 opens (PROPER_PREFIX): "3D数据库" (heldout22) and "G60科创走廊" cut by a tag
# (heldout43) are no names by the code alone.
GENERATION_CODE = re.compile(r"\d+[A-Za-z]+|[A-Za-z]+\d+")
# CLASS_MARK_WORD (session 34, heldout41's 杨浦 innovation-zone plan): 类 is a generic word where it marks a class
# ("各类平台", "两类"), not at the start of a noun jieba reads whole (类脑, 类人: brain-like, human-like), so
# "加快建设类脑智能未来产业科技园" and "类脑智能产业应用公共服务平台" (gold) keep 类脑 as a word of their own
# where 脑 alone was one character.
CLASS_MARK = "类"
CLASS_MARK_WORD_TAG = "n"
# … but 类型 and 类别 (type, category) are class words themselves: "统筹不同地域、层级、属性、类型博物馆发展"
# (heldout31, a museum opinion).
CLASS_MARK_KIND_WORDS = frozenset({"类型", "类别"})
# "深化与华为、腾讯…等企业合作": a preposition of partnership before the first item is not part of it.
WITH_PREPOSITION = re.compile(r"(?:与|同|和|跟)(?=[\u4e00-\u9fffA-Za-z]{2})")
# RECIPIENT_PREPOSITION (fixext49): the first item of a list among bodies loses the 给 of "提供给…", the
# bodies results are given to (round 48's second wave, 生态环境部's reply on the central inspection: "及时将督察结果
# 提供给全国人大、中央纪委、中央组织部、最高检等单位", 给/p before 全国人大). Not the 给 of 给水 / 给排水 (water supply:
# "市给水公司").
RECIPIENT_PREPOSITION = re.compile(r"给(?![水排])(?=[\u4e00-\u9fffA-Za-z]{2})")
# A base or hub named only by what it produces, stores or moves is a role of its region, one of a
# kind every region has, not one unit: "大型煤炭基地", "造船基地", "高端食品生产基地", "全省重要汽车生产
# 基地", "精深加工基地", "实证基地", "物流集散枢纽", "大宗商品资源配置枢纽" (round 4, round 2, dev). A
# proper word names one (a place, an organisation, a brand, Latin letters, a quoted name: "宁东能源化工
# 基地", "北部湾战略矿产资源储备基地", "CEPA先行先试示范基地", "赤峰商贸服务型国家物流枢纽"), and so
# does a research, testing or service function (CLASS_BASE_FUNCTION: "智能网联汽车测试基地", "金砖创新
# 基地", "现代煤化工中试基地", "通导遥一体化时空信息服务枢纽"; 国重 is a national key laboratory:
# "马池口国重基地"). Proper here is jieba's place, organisation, name and Latin tags; an abbreviation
# (j) only where it opens the name, as a firm's does ("科大讯飞人工智能基地"), not inside a description
# ("大型煤电基地", "优质农牧产品重要供给基地").
# So is a hub node named by what meets there ("发挥站产城综合枢纽节点时空优势", round 2; the one
# national network's "全国一体化算力网络国家枢纽节点" is a name, NATIONAL_INTEGRATED). Theme zones
# likewise: "打造低空经济发展集聚区", "培育人工智能核心产业集聚区" (round 2, round 4) are kinds of
# zone a region aims to have ("大型大马力…农机装备研发制造推广应用先导区" names one by its function).
CLASS_BASE_ENDINGS = frozenset({"基地", "枢纽", "枢纽节点", "集聚区", "先导区", "先行区"})
CLASS_BASE_FUNCTION = re.compile(
    r"研发|研究|创新|测试|检测|中试|孵化|实验|试验|服务|培养|培训|示范|转化|标注|育种|训练|设计|国重"
)
CLASS_BASE_PROPER_TAGS = frozenset({"ns", "nt", "nz", "nr", "nrt", "nrfg", "eng"})
# The bare heads this applies to; "光子科创城", "统一信息资源库" are names with one word.
# 枢纽 too: "拓展航空枢纽国际航线" names a kind of hub ("武汉国际性综合交通枢纽" has a place).
# So do parks and blocks named by one common word: "支持建设现代农业产业园", "农业科技园区" are
# kinds (a place or a proper word names one: "哔哩哔哩新世代产业园"). Not 基地: a field before a
# base names it ("智能网联汽车测试基地").
# 产业园区 too: "培育和支持软件产业园区发展", "支持各具特色的人工智能产业园区建设" (round 7) are kinds.
PLAIN_HEAD_ENDINGS = frozenset({"平台", "中心", "枢纽", "园区", "产业园", "产业园区", "示范园", "街区"})
# A park named by what is done or made there, with no place, proper word or tier in its head, is a kind of
# park a plan wants more of, however many words describe it: "布局未来农业产业园区" (heldout2 sd-gwr-2026),
# "建设工业文化产业园区、特色街区" (heldout12), "建设废旧物品回收体系和集中加工处理园区" (heldout2),
# "强化对重污染或涉有毒有害污染物排放产业园区的环境质量例行监测" (heldout9), "充分发挥现代农业产业园、
# 农业科技园区、返乡创业园的…作用" (dev). One park has a place or a proper word: "永胜工业园区",
# "沧源科技园区", "航空港国家级零碳园区" (a tier word says the zone has a status of its own); so does the site
# of one platform (PLATFORM_SITE_ENDINGS): "合肥先进光源园区", "紧凑型聚变能实验装置园区" (dev ah-gwr-2026).
# An entrepreneurship park is read the same way, since it became an ending (round 26): "返乡创业园" is a kind,
# "南京高等职业教育创新创业园" one park. A city block named by its character alone is a kind too (rounds 25–31: "加强
# 历史文化街区、村镇有效保护" in 合肥's, 上海's and the national relics texts, "打造慢行友好街区" in 杭州's; gold "a
# class of districts"), one block has a place or a proper word: "长江路文博街区", "紫金山国际科创基金街区".
PARK_KIND_ENDINGS = frozenset({"园区", "产业园区", "科技园区", "工业园区", "创业园", "街区"})
# The heads of science facilities (platform_kind's 科学设施) a site is named after, besides PLATFORM_ENDINGS.
PARK_SITE_HEADS = ("光源", "装置", "设施")
PARK_OWN_WORDS = re.compile(r"国家|国际|中国|全国|省|市|县|区|港|湾|岛|城|“")
# A demonstration park (示范园区) with no place or proper word before it, a tier word aside, is a designation parks
# earn or a class of them, not one park (round 32's ending, measured on heldout15 and heldout18): "积极创建工业废水近零
# 排放示范园区", "持续开展国家级绿色工业示范园区、低碳工业园区、生态工业示范园区建设", "规范国家生态工业示范园区的建设".
# A place or proper word names one: "京津冀职业教育改革示范园区" (北京's outline), "中日韩产业合作示范园区".
DESIGNATED_PARK_ENDINGS = frozenset({"示范园区"})
DESIGNATED_PARK_TIER = re.compile(r"^(?:国家级|国家|省级|市级)")
# A database named only by its tier in a data centre is a kind every one holds: "形成…基础数据库和
# 主题数据库", "建立…监管数据资源体系和主题数据库" (heldout6); its content names one ("森林资源数据库",
# "人口基础数据库").
TIER_DATABASE = re.compile(r"^(?:主题|基础|专题|业务)数据库$")
# Content before a tier names the database: "人口基础数据库", "水资源基础数据库", "企业监测数据库" hold one
# subject's data, so one character of content ("水信息基础数据库": 水) or a generic field word before a
# monitoring/tier word is still a name (heldout5, heldout12: the leftover-character test cut these).
# Not a bare tier (TIER_DATABASE) and not "相关基础数据库" (相关/有关/其他 say "whatever one").
CONTENT_TIER_DATABASE = re.compile(
    r"^(?!相关|有关|其他|其它|各类|各|现有|已有)[\u4e00-\u9fff]{1,8}(?:主题|基础|专题|监测)数据库$"
)
# A place's (or the nation's) cloud for one field is one platform: "宁夏教育云平台", "浙江政务服务云平台";
# 云 is what the platform is (a cloud), not a leftover character of its name, so the place plus the
# field names it (heldout5). Without a place "教育云平台" stays a kind.
PLACE_CLOUD_PLATFORM_ENDING = re.compile(r"云(?:服务)?平台$")
# A region word in a head says which one: "中部数据流通服务中心" is the centre for central China,
# where "数据流通服务中心" alone is a kind. The halves of the country and the parts COMPASS_REGIONS names
# (one list of parts, not two).
REGION_WORDS = re.compile("|".join(("东部", "西部", "中部", "南部", "北部", *sorted(COMPASS_REGIONS))))
# An institution named by its level of government plus a description is that level's own one:
# "省产业技术研究院", "市科学技术委员会"; a short one is a class ("省研究院").
LEVEL_PREFIX = re.compile(r"(?:省|市|自治区)(?!级)")
LEVEL_MIN_DESCRIPTION = 4
# A platform named by its level of government plus a description is that level's own one, as for
# institutions: "省大数据交易中心", "省技术成果交易中心", "全省基础信息资源库" (round 7), "全市工业数据
# 中心" (round 6) — the province's one exchange, the city's one data centre. 全省/全市 too; 省内,
# 市内, 市场, 市民, 市域 open no level ("省内充电基础设施服务平台" is any platform in the province).
# A short description is still a class ("市平台"). Only platforms, exchanges and stores the level
# runs itself (LEVEL_OWN_ENDING, with ONE_PER_PLACE): a level's centres, laboratories, bases and
# zones are designations it grants to many ("纳入省概念验证中心、中试基地管理", "布局建设省新质生产力
# 产业基地", "省部级科研平台" is two tiers).
LEVEL_PLATFORM_PREFIX = re.compile(r"全?(?:省|市|自治区)(?![级内外域场民县区部])")
LEVEL_PLATFORM_MIN_DESCRIPTION = 3
LEVEL_OWN_ENDING = re.compile(r"(?:平台|库|数据中心|资源中心)$")
# The city's own "科技创新中心" ambition, prefixed by places ("上海南部科技创新中心", "浦东…"),
# is not a platform.
CITY_CENTRE = "科技创新中心"
CITY_CENTRE_QUALIFIERS = frozenset(_words("全球 国际 区域 时期 南部 北部 东部 西部 中部"))
# "<region>国家<kind>" names the national centre located there ("长三角国家技术创新中心").
NATIONAL = "国家"
# The national comprehensive science centres are named "<place>综合性国家科学中心"; the 综合性 between the place and
# 国家 is part of the title, not a description of a class (heldout24 and heldout25, 深圳's and 广州's 十五五 plans):
# "加快建设大湾区综合性国家科学中心", "以大湾区综合性国家科学中心为牵引" (大湾区 alone is a generic region word).
NATIONAL_TITLE_QUALIFIER = "综合性"
# A national centre of a kind designated field by field is named by its field, even in generic
# words: "国家数据智能技术创新中心", "国家智能传感器创新中心" (where "国家技术创新中心", "国家重点…",
# "国家区域…" are classes).
# 新兴 (emerging) is no field either: "力争国家制造业创新中心、国家新兴产业创新中心实现零的突破" (heldout24, 杭州)
# names two classes of national centre.
NATIONAL_FIELD_NAME = re.compile(
    r"^国家(?!级|重点|重大|区域|综合|地方|高水平|新型|新兴|产业|企业|工程)[\u4e00-\u9fff]{2,8}"
    r"(?:技术创新中心|制造业创新中心|产业创新中心)$"
)
# The national medical centre is a designation hospitals are given field by field, a class when written bare
# (heldout24, 广州's and 南京's outlines; the referral rules' gold): "积极创建重点领域国家医学中心", "积极创建国家
# 医学中心和国家区域医疗中心"; after its host it names the host's centre ("中山大学附属第一医院国家医学中心"), after
# a field one centre ("国家儿童医学中心").
# So are the nation's backbone cold-chain logistics bases and its demonstration bases of new industrialisation, which
# the nation designates place by place (round 41, the national plan on expanding demand: "统筹国家物流枢纽、国家骨干
# 冷链物流基地、示范物流园区等布局建设"; the opinion on future industries: "结合国家自主创新示范区、国家高新技术产业
# 开发区、新型工业化产业示范基地等"); a place before it names its own ("西宁国家骨干冷链物流基地", heldout4).
NATIONAL_DESIGNATION_CLASS = re.compile(r"^(?:国家医学中心|国家骨干冷链物流基地|(?:国家)?新型工业化产业示范基地)$")
# After a list of places, "杭州、德清国家新一代人工智能创新发展试验区", "南京、昆山国家级金融改革试验区":
# the national title is shared by the listed places, so the last place is not part of the name
# (the name is "国家新一代人工智能创新发展试验区").
# Both sides must be places (jieba's place tags decide for cities and counties).
SHARED_NATIONAL_TITLE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,5}?)(?=国家)")
PLACE_LIST_BEFORE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,5})、$")
# Without a national title, a head after a list of places is one of that kind in each place: "布局建设
# 沈阳、大连、辽西地区绿色算力中心", "建好济南、青岛、枣庄算力枢纽" name a class of centres and hubs, not
# one (dev round 6; the name must open with a place too, and two places at least stand before it:
# "大青山、鄂尔多斯实验室" names the last laboratory).
PLACES_SHARING_MIN = 2
# PLACE_NAMED_LAB: … but a place and a bare 实验室 is how a laboratory is named (之江实验室, 紫金山实验室), so the last
# item of such a list names its laboratory, the others written short (round 53, 上海's 十五五 outline: "高质量推进张江、
# 临港、浦江实验室建设运行", gold 浦江实验室 by round 6's rule; dev's 重庆 report: "支持金凤、嘉陵江、明月湖实验室").
PLACE_NAMED_LAB = "实验室"
# … and where the listed places are the subject of a verb of building or seeking, whatever the name
# opens with: "支持郑州、开封、洛阳、安阳创建国家文物保护利用示范区", "支持铁岭、朝阳打造现代农业…基地".
PLACES_SUBJECT_VERB = re.compile(r"(?:创建|争创|打造|建设|布局建设|建好)$")
# A park named by a quoted status is a kind of park: "推进“无废园区”“无废企业”建设", "“五好”园区",
# "“块状经济”产业集聚区" (a status a park earns, not one park; dev round 6).
# The close may be a straight quote, the typing flaw texts keep ("“四新经济\"集聚区", heldout8).
QUOTED_STATUS_PARK = re.compile(r"^“[^“”\"]{2,8}[”\"](?:产业)?(?:园区|集聚区)$|^“[^“”\"]{2,8}(?:园区|集聚区)[”\"]$")
# A quality the plan aims at opening a name makes it a kind: "高水平工业设计中心", "高能级科创平台",
# "高水平研究型大学" (dev round 6).
# So does a body's own one: "政务部门应当建立本部门政务数据资源池" asks every department for one
# (round 5), as "本单位…平台", "本系统…数据库".
# So do "this level's" and "within the province/city" (session 13: 青岛, 山东): "鼓励各区市建设本级工业
# 互联网企业综合服务平台" asks each district for one; "推动省内充电基础设施服务平台互联互通" links the
# many platforms in the province.
# So do 高质量, 高标准 (heldout8: a task guide; round 3): "建立…的高质量医学人工智能数据库", "建设高标准数字
# 园区" ask for a quality, a kind.
# So do "all" (heldout12, a family-doctor notice: "到2025年，全部社区卫生服务中心和镇卫生院均应提供…")
# and a tier written with its alternative in brackets, one body in each ("充分发挥村（社区）公共卫生委员会
# 的作用", heldout12; "县（市）人民政府", "省（区、市）编委"). So do a scope ("推进建设区域性、全国性药品联盟
# 采购机制", heldout13; "推进询价评估系统与全国性评估行业协会系统对接", heldout6) and an owner's level
# ("推动市属国有大型商业集团支持临港地区商业", heldout13): the gold has such names as must_not or may.
# An institution "of the X kind" is a kind, as a platform is (NOT_A_PLATFORM): "以具有工业旅游开发价值的
# 工业遗产、工业类博物馆、工业企业等为依托" (heldout12); not 人类 ("人类…").
KIND_MARKED_HEAD = re.compile(r"(?<!人)类$")
# LISTED_FIRM_CLASS: firms named by where their shares are listed are a class, whatever market or scope words stand
# before (round 37, 江苏's review: "科创板、北交所上市公司数量居全国第一", "新增境内上市公司29家"; round 36, 重庆's:
# "境内上市公司并购重组交易规模增长9倍"); a listed firm is named by its own name ("…股份有限公司", "国泰海通证券").
LISTED_FIRM_CLASS = re.compile(r"上市公司$")
# HOSPITAL_KIND_ONLY: a hospital named by its medicine or patients alone, once tier, ownership and level words are
# read off, is a kind every county or city has (round 37, 新疆's review: "地级公立中医医院实现全覆盖" left 中医医院;
# round 36, 福建's: "县办公立中医医院实现全覆盖"); a level's own ("市中医医院", LEVEL_ORDINAL_HOSPITAL and the level's
# own agencies) or a place's ("深汕中医医院") is one hospital. 县办 and 地级 are the tier that runs it.
HOSPITAL_KIND_ONLY = re.compile(
    r"^(?:县办|地级|县级|市级|地市级)?(?:公立|公办)?(?:中医|中西医结合|妇幼|儿童|肿瘤|精神|传染病)$"
)
HOSPITAL_KIND_ENDINGS = frozenset({"医院"})
# TYPED_SCHOOL_OR_HOSPITAL (session 40, issue #13): a university or hospital "of the X type" is a kind a plan wants
# more of, never one body (round 27, 重庆's outline: "支持重庆文理学院打造应用型工业大学"; round 51, 郑州's proposal:
# "特色鲜明的应用技术型大学"; round 30, 深圳's: "加快发展研究型医院"). Not 大型/重型/新型…, sizes and ages of things a
# name may carry.
TYPED_SCHOOL_OR_HOSPITAL_ENDINGS = frozenset({"大学", "学院", "医院"})
TYPED_SCHOOL_OR_HOSPITAL = re.compile(r"(?<![大重新小微中轻])型[\u4e00-\u9fff]{0,2}$")
# ALONG_ROUTE_OPENING (fixext59): 沿线 ("along the line") before a kind is the units of that kind along a
# route, a class, no one's name (round 59, 北京's outline: "提升沿线博物馆、展览馆等重大文化设施展览展示水平"
# along 长安街; 沿线 is no place for NODE_NOT_PLACE either).
ALONG_ROUTE_OPENING = "沿线"
CLASS_OPENING = re.compile(
    r"^(?:高水平|高能级|高质量|高标准|本部门|本单位|本系统|本机关|本行业|本级|省内|市内|全部|所有|"
    + ALONG_ROUTE_OPENING
    + r"|(?:全国|区域|地方|行业|国际|全球)性|[省市区县]属"
    r"|(?:省|市|区|县|乡|镇|村|街道)（(?:区|市|县|乡|镇|村|街道|社区|州|旗)[、市区县州旗]{0,4}）)"
)
# A heading that tells what to do with a platform names its section's topic (session 13: a city AI
# plan, a provincial digital plan, a national e-government guide, a city S&T plan): "三、强化人工智能
# 基础设施与创新平台建设", "7、建设养老数字化平台", "（一）强化政务云平台支撑能力。", "（四）支持跨学科前沿
# 交叉研究平台建设。". HEADING_TOPIC is such a line: a number, words before the name (a verb: a bare
# "（四）闵行经济开发区产业基地" heading may be the platform itself), at most HEADING_TOPIC_MAX characters
# without a comma, ended by 。 or the line. A name there counts only with a mark of its own
# (OWN_NAME_MARK, or a place name): "（一）统筹建设国家工业大数据平台。", "9.加快“山东科技大市场”建设。";
# the body names the one it builds when there is one ("1、建设省域空间治理数字化平台" is named again below).
HEADING_TOPIC_MAX = 30
HEADING_TOPIC = re.compile(
    r"(?m)^[ \t\u3000]*(?:第[一二三四五六七八九十百]+[章节条]|[一二三四五六七八九十]+[、．.]"
    r"|[（(][一二三四五六七八九十\d]+[)）]|\d+[、．.](?!\d))[ \t\u3000]*"
    r"(?P<topic>[^，。；：\n]{2," + str(HEADING_TOPIC_MAX) + r"})(?:。|\r?\n|$)"
)
# The marks of a name of its own besides a place name: a quoted, Latin, numbered or bracketed part, a
# national opening.
OWN_NAME_MARK = re.compile(r"[“”\"A-Za-z0-9（(]|^(?:国家|全国|中国)")
# Several partners co-building a thing named only by its function build one each, a kind (session 13:
# a ministry's reply, a provincial work report): "鼓励海南与有关省区…共建海洋经济示范区、海洋科技合作区",
# "推动东北三省一区共建…、跨区域标志性文旅体平台". A name with a mark of its own (OWN_NAME_MARK, a place)
# is the one they build: "部区共建内蒙古牛羊肉交易中心".
# COBUILT_PLACED (ext58): so is a name holding a place word jieba knows that PLACE_RE does not (round 32, 北京's
# outline: "发挥北京科技资源外溢效应,共建雄安新区中关村科技园", gold; 中关村/ns), of COBUILT_PLACE_WORD_MIN
# characters or more: jieba tags two-character common words as places too (海洋/ns in "共建海洋经济示范区").
COBUILT_BEFORE = re.compile(r"共建|合建")
COBUILT_PLACE_WORD_MIN = 3
# PAIRED_PLACES_PARK (ext60): a park two places build together is named by their one-character abbreviations, the
# builder's first ("深哈" 深圳 and 哈尔滨, "苏宿" 苏州 and 宿迁, "广湛" 广州 and 湛江): one park, not a kind, where the
# clause co-builds it (COBUILT_BEFORE) or a 、-list holds another park opening with the same abbreviation (rounds 26,
# 28, 33 and 45, 广州's, 深圳's and 苏州's 2026 reports and outlines, gold each time): "积极共建深哈产业园、深赣港产城
# 一体化合作区", "高水平共建苏宿工业园区、苏锡通科技产业园等", "建强广清经济特别合作区、广梅产业园、广湛产业园". The
# builder is a province or one of the cities that pair up with others (PAIRED_PLACES_BUILDERS); its pair is the name's
# first jieba word, of two or three characters tagged as a place, a person or an abbreviation (jieba's guess for a pair
# it does not know: 深哈/ns, 苏宿/nr, 深赣/j, 广湛/a), or two one-character abbreviations (沪/j 苏/j); a common word
# ("新型/b 产业园", "青年/t") is no pair. "共建海洋经济示范区" stays a kind (海 builds nothing).
PAIRED_PLACES_BUILDERS = PROVINCE_ABBREVIATIONS + "深广杭"
PAIRED_PLACES_TAGS = frozenset({"ns", "nr", "j", "a"})
PAIRED_PLACES_SINGLE_TAG = "j"
PAIRED_PLACES_KIND = "园区"
PAIRED_PLACES_SIBLING = "、{builder}[^、，。；：！？等\n]{{1,16}}"
# INFLUENTIAL_ROLE_BEFORE: what a plan means to make or form "of (national, global) influence" is a
# role or a kind it aims at, not a platform it names (rounds 23/27, 重庆's outlines: "形成具有全国影响力
# 的软件和信息服务业集聚区"; round 24, 南京's: "打造具有国际影响力的校地企联合引才平台", 杭州's: "支持具有
# 较大影响力的文化“新三样”出海平台"; round 52, 郑州's proposal: "打造全球有影响力的期货定价中心、期货价格
# 避险中心和期货机构集聚中心", traps), the items of a list after it too. Not after 建设, which builds
# one ("加快建设具有全国影响力的物联网公共服务平台" is gold, round 8), nor where the fields it serves are
# described between, with a 的 of their own (上海's S&T plan, the rules' gold: "形成具有国际影响力的河口研究、
# 海底观测、…和海洋资源开发的海洋科技研究基地").
INFLUENTIAL_ROLE_BEFORE = re.compile(
    r"(?:打造|形成|支持|培育|建成|成为)(?:具有|具备)?[\u4e00-\u9fff]{0,6}影响力的(?:(?!的)[\u4e00-\u9fff“”、和及与])*$"
)
# A platform named inside the title of an event is no platform the plan builds (session 13: a district
# heritage plan): "举办文物事业高质量发展暨上海杨浦国家文物保护利用示范区深化建设工作研讨会" names a seminar.
EVENT_WORDS = r"(?:研讨会|论坛|峰会|大会|博览会|推介会|发布会|交流会|年会|座谈会)"
EVENT_AFTER = re.compile(r"[\u4e00-\u9fff“”]{0,16}?" + EVENT_WORDS)
# An event before 和/与/及 is an item of its own, not part of the body after it: "举办绿色之路分论坛和“一带
# 一路”绿色发展国际联盟首次全体会议" (heldout14 nat-greenbri-reply-2019) names the alliance.
EVENT_BEFORE_CONJUNCTION = re.compile(EVENT_WORDS + "$")
# An open call ("揭榜挂帅") lists directions, each a numbered heading line followed by the task a
# winner takes on: "7.智能网联测试评价中心" then "揭榜任务：针对…". The heading names the kind of
# centre several applicants may build, not one platform (heldout8). A heading followed by its
# 建设内容 (a project list) is still a platform: only the open-call labels count here.
OPEN_CALL_DIRECTION_AFTER = re.compile(r"[ \t\u3000]*\r?\n[\s\u3000]*(?:揭榜任务|揭榜内容|攻关任务|揭榜方向)[：:]")
# "集A、B及C于一体的…" lists what a place brings together (session 13: a district renewal plan):
# "打造集多功能现代服务业及企业总部基地于一体的集聚区" names functions, not a base.
INTEGRATED_AFTER = re.compile(r"等?于一体")
# Whichever are recognised or approved make a class of grantees (session 13: a city's grant rules):
# "对2019年1月1日后认定的国家中小企业公共服务示范平台，给予一次性奖励" rewards every such platform.
RECOGNISED_BEFORE = re.compile(r"(?:认定|获批|评定|命名|授牌)(?:为)?的[^，。；！？]*$")
# A definition describes a kind (session 13: a glossary closing a ministry's guide): "TMS（运输管理
# 系统）：指基于运输作业流程的统一调度管理平台" defines what any TMS is, not one platform.
DEFINITION_BEFORE = re.compile(r"[:：]指|是指|系指|定义为")
# … but a quoted counted slogan "defined" by its members lists named platforms, no kind (heldout24, 南京's outline, a
# box's note on "两城两区两港两中心"): "3．“两港”：指长三角智能制造与装备创新港和六合产业科技创新港".
COUNTED_SLOGAN_DEFINED = re.compile(r"“[一二三四五六七八九十两]{1,2}[\u4e00-\u9fff]{1,4}”(?:[:：]指|是指)")
COUNTED_SLOGAN_REACH = 14
# Alternatives inside a name make it a kind: "鼓励跨国公司设立全球或者区域资金管理中心" (session 13:
# a zone's regulation) lets each firm set up either kind; one platform is not "A or B".
ALTERNATIVE_IN_NAME = re.compile(r"或者?")


# --- normalisation ------------------------------------------------------------------------
# No anchor is read at the first character of a place that opens with a preposition (FUNCTION_WORD_PLACES): "建设从化
# 生态设计小镇" loses 建设, not 从 (round 42, 广州's outline: "从化粤港澳大湾区生物医药产业创新平台").
LEADING_NOISE = re.compile(r"^(?:(?!" + "|".join(FUNCTION_WORD_PLACES) + r")(?:" + ANCHOR.pattern + r"))+")
# The number of a document glued before its addressee in a one-line crawl: "国函〔1998〕58号国家经贸委："
# names 国家经贸委 (round 9; the count 58 is an anchor, the 号 after it is left). No name opens with 号.
DOCUMENT_NUMBER_OPENING = re.compile(r"^\d*号(?=[\u4e00-\u9fff])")
# Trailing words about the building work, not part of the name: "…建设", "…二期",
# "…后续工程", "…为支撑的创新平台体系", "…等".
TRAILING_NOISE = re.compile(
    r"(?:(?:为支撑|为核心|为主体|为引领|为重点|为龙头|(?<![高平同中初均相])等(?!离子)).*|建设|[一二三四五六七八九十]期(?:工程|建设)?"
    r"|后续工程|项目)$"
)
# "建设数字化上海科技馆": a modifier before a place says how the named thing is renewed.
# A tier before a place is the rank the named unit holds, not part of its name: "建成国家级江西省
# 知识产权保护中心" names 江西省知识产权保护中心.
LEADING_MODIFIER = re.compile(rf"^(?:数字化|智能化|智慧化|网络化|国家级|省级|市级)(?={PLACE})")
# TIER_BEFORE_REGIONAL_NAME (ext58): so is a tier before a name that carries its region in brackets inside it, a
# designation named by its region (README: the bare name is gold, the tiered form `may`; round 30, 苏州's outline:
# "建设国家级江南文化（苏州片区）生态保护实验区"; round 36, 福建's review: "国家级客家文化（闽西）生态保护区获批"). Not
# a bracket closing the name, a field ("国家级高质量数据集实验室（工业制造领域）", gold with its tier).
TIER_BEFORE_REGIONAL_NAME = re.compile(
    r"^(?:国家级|省级|市级)(?=[\u4e00-\u9fff]{2,10}（[^（）]{1,8}）[\u4e00-\u9fff]{2,})"
)
# A system of rules, a mechanism or a standard coordinated before a platform is an item of its own,
# never the first part of the platform's name: "参与碳排放计量标准体系和产品碳足迹背景数据库建设" names
# 产品碳足迹背景数据库 (dev round 6). Like PROJECT_SUFFIX for projects. So is an information system:
# "推动部门主要业务系统与统一业务协同平台的对接", "推进国务院部门垂直管理业务系统与地方数据平台…双向
# 共享" (round 7) join two things (not every 系统: "大规模个性化定制系统与技术全国重点实验室" is one name).
# So is a document of plans or measures (round 13, after the score): "完善试点方案和张江综合性国家科学
# 中心方案" names the centre alone (not 规划, which opens "规划和自然资源局").
# So is a catalogue or a list (round 19, 辽宁's S&T plan for carbon neutrality): "充分利用国家绿色技术推广目录和国家
# 绿色技术交易中心等" names the exchange centre alone (推广 cut the left edge; 目录 was kept as its opening).
FRAMEWORK_ITEM = re.compile(
    r"(?:体系|机制|制度|体制|标准|规范|规则|业务系统|信息系统|应用系统|方案|意见|办法|细则|目录|名录|清单)$"
)
# Dashes in a name are written as one "—", except a single hyphen between two characters, which
# stays as printed (HYPHEN_IN_NAME: "中国-中亚荒漠化防治中心").
DASHES = re.compile(r"[-－–—]{2,}|(?<![\u4e00-\u9fff])[-－]|[-－](?![\u4e00-\u9fff])|[–—]")

MAX_NAME = 32
MIN_NAME = 3


# A left part of "A和B" ending like a project, a cluster or a kind of city is a complete item of
# its own: "建设省就业创业服务应用项目和省就业监测平台" names 省就业监测平台, "打造…产业集群和赤锡通
# 低空应用集聚区", "推动…节点城市和满洲里基地建设" name the zone and the base alone.
# So is a quoted programme: "推进省属高校“双一流”和交叉学科中心建设".
# So are a data set, a power station and a monitoring point, things of their own that never qualify
# what follows: "打造高质量数据集和东盟语料库", "加快…光热电站和光热产业科技创新中心建设" (round 4),
# "…国家重点监控点位和自动监测网络" (round 2: the network alone is then a kind).
# So is infrastructure (基础设施), a class of works listed before the platform (rounds 21 and 27): "分布式计算基础设施和
# 云计算中心建设" (国务院's AI plan) names 云计算中心, "建设运控中心、信关站等地面基础设施和卫星互联网运营服务平台"
# (重庆's digital-city outline) names the platform alone.
PROJECT_SUFFIX = re.compile(r"(?:项目|工程|专项|行动|计划|集群|城市|数据集|电站|点位|基础设施|”)$")


# Organisations without a regular ending ("上海市科技创业中心与交通银行…"): the left side of a
# conjunction that ends like this is a name of its own.
ORGANISATION_SUFFIX = re.compile(r"(?:中心|局|委|办|厅|协会|学会|机构|企业)$")


# A count after the name counts it too, also where the name follows a verb of building (session 13:
# a ministry's reply): "规划在海南省建设国家级海洋牧场示范区13个", "新认定汽车企业研发中心65家".
# COUNT_APPROXIMATION (session 34): a count after the name may be approximate, "超30个", "约600家", "近20个"
# (round 43, 广东's 2026 report: "培育新就业形态劳动纠纷一站式调解平台超30个"; 南京's 2026 report: "市级青训中心超5家";
# data/plans' 上海 S&T centre plan: "研发与转化功能型平台近20个"): the name is still a class.
COUNT_APPROXIMATION = r"(?:超过|超|近|约|逾)"
COUNTED_AFTER_VERB = ("建设", "新建", "建成", "创建", "认定", "培育", "布局", "打造", "批复")
COUNTED_NAME = re.compile(
    r"(?:\d+|[一二三四五六七八九十两]+)[家个所类](?P<name>[\u4e00-\u9fff]{2,24}?)(?=[，。；、和等的为]|$)"
    r"|(?:(?<=[，。；、：\s])|"
    + "|".join(f"(?<={verb})" for verb in COUNTED_AFTER_VERB)
    + r")(?P<before>(?:(?!"
    + "|".join(COUNTED_AFTER_VERB)
    + r")[\u4e00-\u9fff]){2,24}?)"
    + COUNT_APPROXIMATION
    + r"?\d+(?:多|余)?[家个所项](?=[，。；、]|$)"
)
# Every match of COUNTED_NAME consumes only digits and ideographs (COUNTED_RUN) and holds a number
# before a counting word (COUNTED_SPOT: "5家", "七个", "10余所"): it is searched only in the runs
# holding one (finditer_in_runs; its lookbehinds were tried at every character of every text,
# 4 % of the analysis in py-spy).
COUNTED_RUN = re.compile(r"[\d\u4e00-\u9fff]+")
COUNTED_SPOT = re.compile(r"[\d一二三四五六七八九十两][家个所类项]|\d[多余][家个所项]")

# A term a set of rules defines ("本办法所称X，是指…", "本办法所指X是指经认定的…单位") is a designation
# the rules give to many units, a class wherever the text names it (round 12, after the score: a city's
# rules for internship bases): "本办法所称实训示范基地，是指经市人力资源社会保障局认定的…单位" makes
# "实训示范基地", "某某市实训示范基地" and the tier "某某市实训优秀示范基地" (DEFINED_TERM_INFIX_MAX
# characters between the term's head and its ending) no platforms.
DEFINED_TERM = re.compile(
    r"(?:本(?:办法|规定|细则|条例|制度|标准|规范|方案))(?:中)?所(?:称|指)的?“?(?P<term>[\u4e00-\u9fff]{2,20}?)”?"
    r"[，,]?(?:是指|系指|指的是)"
)
DEFINED_TERM_INFIX_MAX = 2


# --- 重大平台 blocks ------------------------------------------------------------------------
# "重大平台：" opens a block listing the platforms of a field; it runs to the next block label.
PLATFORM_BLOCK_LABELS = ("重大平台", "重点平台", "重大设施", "重大载体")
BLOCK_LABEL = re.compile(f"(?:{'|'.join(PLATFORM_BLOCK_LABELS)})[:：]")
# The block ends at the next label: another platform list, or a task block of any kind the
# structure rules know (TASK_BLOCK_KINDS, defined once there), or a field's 技术攻关 list.
NEXT_LABEL = re.compile(
    f"(?:{'|'.join(PLATFORM_BLOCK_LABELS + TASK_BLOCK_KINDS)})[:：]"
    r"|[^。；：\n]{2,24}?领域(?:关键核心)?技术攻关(?=1[、.])"
)
# LINE_BLOCK_LABEL (round 42, 杭州's 十五五 outline, its cluster box exploded one cell per line): a block label alone
# on its line, without the colon BLOCK_LABEL wants, opens the list on the next non-blank line, a bracketed qualifier
# allowed after the label: "重点平台\n滨江物联网小镇、钱塘大创小镇、萧山“三芯”社区、…等。", "重点平台（区域）\n…".
# The block is that one line (LINE_BLOCK_BODY): the next cell is another field's label ("科研支撑", "视觉智能").
LINE_BLOCK_LABEL = NamedPattern(
    "LINE_BLOCK_LABEL",
    re.compile(
        r"^[ \t　]*(?:" + "|".join(PLATFORM_BLOCK_LABELS) + r")(?:（[^）\n]{1,6}）)?[ \t　]*\n(?:[ \t　]*\n)*", re.M
    ),
    "a platform block label alone on its line (a box exploded one cell per line) opens the list on the next line",
    "重点平台\n滨江物联网小镇、钱塘大创小镇、萧山“三芯”社区、西湖紫金港科技城等。",
)
# BOX_PLATFORM_TITLE (round 23, 重庆's 十五五 outline): a box (专栏) titled for the major platforms of a field lists
# them as its numbered items, each item's title a platform and its sentences what the platform does:
# "专栏31　文化产业发展重大平台\n\n1．西部科技影视城。提升永川科技片场影视制作水平…\n\n2．两江影视（微短剧）
# 产业园。…". The box runs over its numbered paragraphs (BOX_ITEM_PARAGRAPH) and ends at the first paragraph
# without a number; an item titled with a kind ("1．战略平台。", "2．高新区。") is a class (block_item).
BOX_PLATFORM_TITLE = NamedPattern(
    "BOX_PLATFORM_TITLE",
    re.compile(
        r"^[ \t]*专栏[ \t　]*\d{1,3}[ \t　]*[^\n。，；]{0,24}?(?:" + "|".join(PLATFORM_BLOCK_LABELS) + r")[ \t　]*$",
        re.M,
    ),
    "a box titled for the major platforms of a field lists them as its numbered items",
    "专栏31　文化产业发展重大平台",
)
# An item of such a box titled with a platform ending after a head of its own is the platform, though the head is a
# region or a common word the class rules read as a kind ("1．西部科技影视城。", "6．小游戏产业园。", "3．西部创意产业
# 集聚区。"); not a head of fewer than BOX_ITEM_HEAD_MIN characters ("1．战略平台。") nor one opening with a word of
# rank or number (BOX_ITEM_KIND_OPENING: "7．重大展演场馆。", "一批…").
BOX_ITEM_HEAD_MIN = 3
BOX_ITEM_KIND_OPENING = re.compile(r"^(?:重大|重点|重要|新型|高水平|高能级|一批|各类|若干|多个)")
# A numbered paragraph of a box: "1．西部科技影视城。…", "2、…", "3.…".
BOX_ITEM_PARAGRAPH = re.compile(r"[ \t　]*\d{1,2}[．.、]")
ITEM_SEPARATOR = re.compile(r"[、/／;；]")
# An enumerated item that names a category of platforms.
CATEGORY_PIECE = re.compile(r"(?:和|与|及)(?:平台|基地|中心)$")
# The end of the list in "重大平台：加快建设A、B为支撑的创新平台体系，…".
LIST_TAIL = re.compile(r"(?:为支撑|为核心|为主体|为引领|(?<![高平同中初均相])等(?!离子)).*$")


# --- platform lists under headings --------------------------------------------------------
# A section titled for a kind of platform ("研发基地建设", "大科学工程") lists platforms as its
# sub-headings: "（1）上海生物样本库", "（11）上海物联网中心" — names without a regular ending.
PLATFORM_LIST_TITLE = re.compile(r"(?:基地|平台|设施|大科学工程|大科学装置|实验室|研发中心)(?:建设|布局|体系)?$")
# A heading that reads as an action, not a name.
ACTION_TITLE = re.compile(r"^(?:加快|推进|推动|支持|完善|加强|强化|促进|提升|实施|建立|构建|注重|着力|优化)")
# A heading that names a grant or its money, not a platform: a grant policy's sections under
# "（二）就业见习示范基地" are "3.就业见习示范基地补贴。" (heldout12: gz-internbase-2019), "…建设奖励".
GRANT_TITLE = re.compile(r"(?:补贴|补助|奖励|奖补|资助|资金|经费)$")


# --- listed names (package data) ----------------------------------------------------------
@lru_cache(maxsize=1)
def listed_names() -> tuple[dict[str, str], frozenset[str]]:
    """(abbreviation → full name, international organisations) from ``plankg/data/names.yaml``."""
    data = yaml.safe_load(resources.files("plankg").joinpath("data/names.yaml").read_text(encoding="utf-8"))
    aliases = {str(k): str(v) for k, v in (data.get("aliases") or {}).items()}
    return aliases, frozenset(str(n) for n in data.get("international_organisations") or [])


@lru_cache(maxsize=1)
def listed_firms() -> frozenset[str]:
    """The firms plans name by their brand alone (``firms`` of ``plankg/data/names.yaml``), each 企业."""
    data = yaml.safe_load(resources.files("plankg").joinpath("data/names.yaml").read_text(encoding="utf-8"))
    return frozenset(str(n) for n in data.get("firms") or [])


@lru_cache(maxsize=1)
def listed_surnames() -> frozenset[str]:
    """The common one-character surnames of ``plankg/data/names.yaml`` (ROW_NUMBER_BEFORE)."""
    data = yaml.safe_load(resources.files("plankg").joinpath("data/names.yaml").read_text(encoding="utf-8"))
    return frozenset(str(data.get("surnames") or "").split())


# "上海交通大学（以下简称“上海交大”）": a plan's own abbreviation, right after the full name.
DECLARED_ALIAS = re.compile(r"[（(](?:以下)?简称[“\"]?(?P<short>[\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"]?[）)]")

# "支持赛力斯、长城等车企": an enumeration closed by "等" and a kind of institution names institutions
# of that kind, whatever their ending (enterprises are often named by brand alone).
ENUMERATED_KINDS: dict[str, str] = {
    "企业": "企业",
    "车企": "企业",
    "央企": "企业",
    "国企": "企业",
    "民企": "企业",
    "外企": "企业",  # "诺和诺德、碧迪等重点外企"
    "科研机构": "科研院所",
    "研究机构": "科研院所",
    "公司": "企业",
    "集团": "企业",
    "高校": "高校",
    "院校": "高校",
    "大学": "高校",
    "科研院所": "科研院所",
    "院所": "科研院所",
    "医院": "医院",
    # News media named in a list closed by 等…媒体 (round 22, a ministry's reply): "在新华社、人民日报等主流媒体发表
    # 多篇解读文章"; media named by their standing (not "等跨媒体大数据平台": a kind of data, heldout6).
    "主流媒体": "其他",
    "新闻媒体": "其他",
    "中央媒体": "其他",
    # Venues named in a list closed by 等…场馆 are venues whatever their ending (round 23, 重庆's 十五五 outline):
    # "推动重庆国际博览中心、奥体中心、大田湾体育场等场馆综合利用" (体育场 is no ending of ours; round 5 golds
    # museums, theatres and memorial sites as 场馆 too).
    "场馆": "场馆",
}
# A park listed among the firms and bodies that act is the park, a platform (round 22, a ministry's reply): "中国钢铁
# 工业协会、华药集团、燕山石化、扬州化工园区、上海市台协等企业和行业协会" (the industry park's management acts).
LISTED_PARK_ENDINGS = frozenset({"园区"})
# A qualifier naming a title or honour makes the items titles the firms hold, not firms: "服务券优先
# 向…瞪羚、独角兽、小巨人、专精特新等荣誉资格的企业" (round 7), "获得…等称号的企业".
TITLE_QUALIFIER = re.compile(r"荣誉|称号|资格|资质|头衔|称谓")
# CLAUSE_QUALIFIER: an adverb and a verb (jieba's d, v) opening what stands between 等 and the kind make the kind the
# object of a clause, and the items its means, no bodies (round 44, 北京's 十五五 outline: "通过研发补助、创新券等进一步
# 降低企业全要素创新成本"). Not a verb alone: it qualifies the kind ("市农科院、市畜科院等涉农科研机构", heldout23;
# "…等制造企业").
CLAUSE_QUALIFIER_ADVERB_TAG = "d"
CLAUSE_QUALIFIER_VERB_TAG = "v"
# A kind followed by a locative word (after another kind, at most four characters) places the items around such
# bodies: they are areas, not bodies (heldout24, 南京's outline): "以仙林大学城、江宁大学城及江北新区、鼓楼、秦淮、
# 玄武等高校院所周边区域为先导" lists districts.
KIND_AS_LOCATOR = ("周边", "周围", "附近", "所在地")
# KIND_AS_PLACE_TAILS: … and a kind that runs on into a place's word is no kind: "等环大学城" (round 53, 上海's 十五五
# outline: "促进环复旦、环同济、环上大等环大学城功能提升") closes a list of areas round universities, not of
# universities; so would "等大学科技园".
KIND_AS_PLACE_TAILS = ("城", "科技园")
ENUMERATION_OF_KIND = re.compile(
    r"(?P<items>[\u4e00-\u9fffA-Za-z0-9]{2,12}(?:、[\u4e00-\u9fffA-Za-z0-9]{2,12})+)等"
    # a qualifier between: of rank ("等知名企业", "等领军企业") or of sector ("等商业航天企业");
    # which items are firms, not fields ("等新技术企业"), the homogeneity rule decides
    # (ENUMERATION_RANK). Not a place ("等地企业", "等省市高校").
    r"(?P<qualifier>(?![地省市县区国])[\u4e00-\u9fff]{0,6}?)(?P<kind>" + "|".join(ENUMERATED_KINDS) + r")"
    r"(?![\u4e00-\u9fff]{0,4}?(?:" + "|".join(KIND_AS_LOCATOR) + "))"
    r"(?!" + "|".join(KIND_AS_PLACE_TAILS) + ")"
)
# A qualifier of rank says the items are institutions of that rank, not fields.
ENUMERATION_RANK = frozenset(_words("龙头 骨干 重点 头部 知名 领军 链主 优势 整车"))
# In a list of firms ranked by the lead they take (RANKED_BRANDS), jieba's place tag alone makes no item a place: it
# tags brands so (round 35, 河南's review of the 14th plan: "牧原、宇通、华兰等一批龙头企业", 华兰 ns); a place of
# PLACE_RE still is one. Not 重点 or 优势, which rank districts' firms too ("浦东、闵行等重点企业").
RANKED_BRANDS = frozenset(_words("龙头 领军 链主 头部"))
# … and such a rank alone makes the list one of firms (ext40), though jieba reads none of its items as a proper name
# (new brands are cut into common words and verbs: 超|聚变, 中|创智|领): a list of fields or places ranked so stays out
# (_field_or_place). Round 35, 河南's review of the 14th plan: "培育了超聚变、中创智领等一批行业领军企业" names the two
# firms (gold), as "牧原、宇通、华兰等一批龙头企业" does.
# A qualifier saying the items trade across borders makes every item a firm, whatever jieba reads it as (round 22, a
# ministry's reply): "以及苹果、英特尔、巴斯夫、宜家等多家跨国公司" (苹果 a fruit, 英特尔 and 宜家 places to
# jieba); a count before it ("多家", "3家") says how many (ENUMERATION_COUNT).
FIRM_QUALIFIERS = frozenset(_words("跨国 外资 外商投资 世界500强"))
ENUMERATION_COUNT = re.compile(r"^(?:多|数|几|若干|\d+|[一二三四五六七八九十]+)家")
# A qualifier that only counts the items says how many, not what sort: the list is judged as one closed by the kind
# alone (round 28's second wave, 浙江's 八八战略 review: "阿里巴巴、万向、海康威视、吉利、正泰等一大批企业成长为
# 行业龙头"; "等多家企业", "等一批企业"). A list of fields before such a count stays fields ("人工智能、生物医药等一批
# 企业").
COUNT_QUALIFIER = re.compile(r"(?:多|数|几|若干|\d+|[一二三四五六七八九十]+)家|一?大?批|众多|诸多")
# … and a count or a trade written before a rank leaves the rank (RANK_AFTER_COUNT, round 35, 河南's review of the 14th
# plan): "牧原、宇通、华兰等一批龙头企业向强而跃", "培育了超聚变、中创智领等一批行业领军企业" rank the firms as
# "等龙头企业" does.
RANK_AFTER_COUNT = re.compile(r"^(?:" + COUNT_QUALIFIER.pattern + r")?(?:行业|产业)?")

# A qualifier naming the utilities says the items are the services they run, not firms: "供水、供电、
# 供热、供气、邮政、电讯、交通运输等公用企业" (heldout6: 中山); only an item with an institution
# ending is a firm there.
SECTOR_QUALIFIERS = frozenset(_words("公用 公共 公共服务 公用事业"))
# A qualifier naming fields or lines of trade says the items are those fields, not firms (round 41, 上海's
# brain-computer-interface plan: "支持康养、教育、娱乐等领域企业" — firms of those fields, none named; the national
# emergency plan: "在危险化学品、矿山、…等重点行业领域开展…"). A firm's list is ranked or sized, never "等领域企业".
FIELD_QUALIFIER = re.compile(r"领域")
# An item that is one plain common noun (tag n, and jieba's dictionary counts it at least COMMON_WORD_FREQ times)
# names a line of trade, so the list does: round 41, the national emergency plan: "覆盖危险化学品、矿山、烟花爆竹、
# 尾矿库、工贸及油气管道等重点企业" (矿山, a mine, is no brand). A brand jieba knows is a place or a name to it
# ("长城" ns, "华为" nr), and a fruit named among multinationals is ruled by FIRM_QUALIFIERS first.
COMMON_NOUN_ITEM_TAGS = frozenset({"n"})
# An enumerated item ending in an activity lists lines of business, not firms: "吸引卫星研发制造、
# 火箭总装测试、卫星数据应用等企业集聚".
ACTIVITY_ITEM = re.compile(r"(?:研发|制造|测试|应用|服务|生产|加工|设计|开发|运营|维修|检测|总装|集成)$")

# A list of items separated by 、 ("推动阿里巴巴、浙江联通、杭钢集团、之江实验室等…", "推进之江实验室、
# 阿里达摩院、西湖大学…"): where at least INSTITUTION_LIST_MIN items are names found by their endings,
# one of them an institution, the other proper items are institutions named by brand.
ITEM_LIST = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,16}(?:、[\u4e00-\u9fffA-Za-z0-9]{2,16})+")
INSTITUTION_LIST_MIN = 2
BRAND_MAX = 6
# PLATFORM_LIST_CLOSE (round 43, 合肥's 十五五 outline): such a list closed by "等…平台" or "等…载体" lists platforms,
# an institution among them (a host read inside a platform's name) notwithstanding: "推进欧美同学会长三角海创中心、
# 侨梦苑、海归小镇等平台建设" makes 侨梦苑 a platform, not a firm.
PLATFORM_LIST_CLOSE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,16}?等[\u4e00-\u9fff]{0,6}?(?:平台|载体)")

# A quoted brand listed before "等…平台" is a platform of that kind: "“苏服办”等为民服务平台".
QUOTED = re.compile(r"“[\u4e00-\u9fff]{2,8}”")  # not "“互联网+”"
# Other kinds of platform close such a list too: "建好“模力高地”等人工智能创新孵化生态社区".
# Not where the words after 等 call them brands (BRAND_QUALIFIER, round 30, 南京's 十五五 outline: "做大做强“食礼秦淮”
# “固城湖螃蟹”“金陵味稻”等区域公用品牌暨服务平台" lists farm-produce brands, no platform of the gold).
BRAND_QUALIFIER = "品牌"
QUOTED_IN_PLATFORM_LIST = re.compile(
    r"(?P<items>(?:“[\u4e00-\u9fff]{2,8}”[、和及]?)+)等(?:(?!" + BRAND_QUALIFIER + r")[^，。；、“”]){0,12}"
    r"(?:平台|载体|社区|园区|基地|空间)"
)
# DISTRICT_QUOTED_BRAND (round 54, 广州's outline; round 53, 上海's outline): a district's name (a place word to jieba)
# written right before a quoted brand whose last word is a place or a proper word (DISTRICT_BRAND_TAGS) names the park
# the district holds by its brand, where the clause deploys it: "建设白云“白云美湾”、花都“中国美都”、黄埔“南方美谷”、
# 从化“湾区美谷”", "提高长宁“上海硅巷”创新浓度" (the brands gold without the marks). Not a slogan or a count after a
# place ("上海“五个中心”功能": 中心 a common noun), nor a campaign named for a kind of city ("苏州市“无废城市”建设",
# "烟台“万亿城市”引领": 城市, DISTRICT_BRAND_NOT_LAST), a one-word brand ("企业上市“千里马”行动") or a region's brand
# after a longer place ("环珠江口“黄金内湾”": the district must follow the clause's verb or a list mark,
# DISTRICT_BEFORE_MARKS).
DISTRICT_QUOTED_BRAND = re.compile(r"“(?P<brand>[\u4e00-\u9fff]{3,6})”")
DISTRICT_PLACE_MAX = 3  # how far before the quote the district's name is looked for
DISTRICT_BRAND_TAGS = frozenset({"ns", "nz"})
DISTRICT_BRAND_NOT_LAST = frozenset({"城市"})
DISTRICT_BEFORE_MARKS = "、，,：:"
# LISTED_SITE_KIND (session 25, cities' 十五五 plans): items of a 、-list closed by "等" and a kind of platform
# ("等平台", "等平台载体", "等省级数字经济园区") are platforms of that kind when they end like a site a city builds
# (LISTED_SITE_TAILS: a district, port, park, valley, village, island, community, space, network), whatever
# their words: "依托合肥法务区、天鹅湖文化商务区等平台", "依托江苏国际数据港、数字江苏科创园、中国（南京）智谷、
# 江苏（南京）算数空间等平台", "发挥中国网络作家村、之江编剧村、…等平台载体作用", "深化数据流量谷等省级数字经济
# 园区建设", "依托…中国社会扶贫网等平台". Events and forums listed so ("中关村论坛、…等开放平台") end otherwise.
LISTED_SITE_KIND = NamedPattern(
    "LISTED_SITE_KIND",
    re.compile(r"等(?P<qualifier>[\u4e00-\u9fff“”]{0,12}?)(?:平台|载体|园区|基地|空间|片区|设施)"),
    "items of a list closed by 等 and a kind of platform are platforms when they end like a site",
    "依托合肥法务区、天鹅湖文化商务区等平台",
)
LISTED_SITE_TAILS = ("区", "港", "园", "谷", "村", "岛", "城", "镇", "社区", "空间", "网")
# LISTED_VERB_OVER_MODIFIED_NOUN (fixmeta60, round 60, 南京's 十五五 outline): the list's first item opens its clause,
# and a verbal noun opening it (jieba vn) right before an adjective is the clause's verb over its object, no name's
# first word: "盘活老校区、老厂区等存量载体空间" revitalises old campuses and plants (盘活|老|校区; 老厂区 the
# like), where "盘活老校区" was taken for a site. A name's leading verbal noun qualifies the noun after it, no
# adjective between (strip_leading_verbs leaves vn for that: "创新创业园"). The verbal noun goes; what is left is
# judged as any item is ("老校区", three characters, is a kind: LISTED_SITE_MIN).
LISTED_VERB_OVER_MODIFIED_NOUN = ("vn", "a")
# LISTED_SCIENCE_FACILITY: in a list closed by 等 and science facilities (…科技基础设施, …科学设施), an item ending in
# 设施 or 装置 is one of them, whatever its words (round 40, 上海's public-health S&T opinion: "引导上海光源、蛋白质设施
# 等在沪重大科技基础设施开设疫病防控“绿色通道”"; heldout13: "在张江上海光源、蛋白质科学设施等重大科学设施基础上").
# Not a list closed by other facilities ("污水处理设施、垃圾处理设施等环境基础设施": kinds).
LISTED_SCIENCE_FACILITY_KIND = re.compile(r"(?:科技基础|科学)设施$")
LISTED_SCIENCE_FACILITY_TAILS = ("设施", "装置")
# PLATFORM_MAJORITY_LIST (round 42, 广州's 十五五 outline, 专栏3): a 、-list a building verb opens and a bare 等 closes
# ("建设A、B、C等。"), at least PLATFORM_MAJORITY_MIN of whose items are platforms by their endings and none an
# institution, lists platforms: its items without an ending are sites a city builds too, named by a coined head or a
# landmark: "建设广州国际生物岛、中新广州知识城国际生物医药价值创新园、…、大坦沙国际健康生态岛、天河生命谷、…等",
# "建设琶洲人工智能大模型创新应用先行区、中国人工智能（广州）产业园、红专厂等". Not a list closed by a kind ("等平台",
# LISTED_SITE_KIND; "等企业"), nor items that are fields, kinds or places alone (_listed_kind).
PLATFORM_MAJORITY_LIST = NamedPattern(
    "PLATFORM_MAJORITY_LIST",
    re.compile(
        r"(?:建设|打造|布局|推进|提质升级|培育|规划建设|加快建设|高标准建设|高水平建设)"
        r"(?P<items>[^，。；：！？\n、]{2,30}(?:、[^，。；：！？\n、]{2,30}){2,})等(?=[，。；！？\n]|$)"
    ),
    "the unnamed items of a built list whose other items are platforms are platforms",
    "建设琶洲人工智能大模型创新应用先行区、中国人工智能（广州）产业园、红专厂等",
)
PLATFORM_MAJORITY_MIN = 2
PLATFORM_MAJORITY_ITEM_MIN = 3  # "红专厂"; two characters are a place or a field
# How long a listed site may be, and how many items a list is read back over from its 等.
LISTED_SITE_MIN = 5  # not "农村电网", "供热管网", "北部山区": four characters are a kind
LISTED_SITE_MAX = 24
LISTED_SITE_ITEMS_MAX = 8


# --- round heldout3: lists, locators, subjects, agencies, issuers --------------------------
# After a conjunction, a national or provincial opening starts a new item: "国家企业信用信息公示
# 系统和全国信用信息共享平台" names 全国信用信息共享平台 (the left part ends in 系统, no ending of
# ours, but no name runs on as "和全国…"); not "工业和信息化部", "发展和改革委员会".
# So does Hong Kong, Macao or Taiwan: "广东省有关方面与香港渔农自然护理署…建立了…" (round 14, after the score).
# So does the plan's own level: "建立临港地区与本市品牌园区联动发展机制" (heldout13) pairs an area with the
# city's parks, no "临港地区与本市…" name.
NEW_ITEM_OPENING = re.compile(
    rf"(?:全国|国家|中国|中央|(?:{'|'.join(PROVINCES)})(?:省|市|自治区)|香港|澳门|台湾|本(?:省|市|区|县))"
)
# A province written in full before a place or zone inside it locates the platform, it is not part
# of its name: "宁夏回族自治区宁东能源化工基地" is 宁东能源化工基地, "湖北省武汉东湖新技术开发区" is
# 武汉东湖新技术开发区 (the rest must open with a word jieba knows as a place or an organisation,
# LOCATED_OPENING_TAGS; "江西省知识产权保护中心", "上海市科技创业中心" keep their province).
PROVINCE_LOCATOR = re.compile(rf"^(?:{'|'.join(PROVINCES)})(?:省|市|(?:[\u4e00-\u9fff]{{1,4}}族)*自治区)")
LOCATED_OPENING_TAGS = frozenset({"ns", "nr", "nt"})  # nr: jieba reads some places as names ("杨凌")
# New areas and districts of a zone named by their place (round 17, a 浦东 carbon plan): "临港新片区加快研究
# 制定…", "推进临港产业区、金桥经济技术开发区…", "临港国际创新协同区"; subjects and placed like 工业区.
NEW_AREA_ZONE_ENDINGS = frozenset({"新片区", "产业区", "协同区"})
# Science towns that open their clause act as a zone does (round 17, a 浦东 carbon plan): "张江科学城依托
# 张江综合性国家科学中心建设，编制…报告" (the head must still be a place or a proper word: _zone_subject).
SUBJECT_TOWN_ENDINGS = frozenset({"科学城", "科技城", "科创城"})
# SUBJECT_PARK: a park, business district or sector town that opens its clause and acts is named as a zone is
# (round 36, 天津's and 重庆's 2025 reviews: "天开高教科创园蓬勃发展", "明月湖科创园8家企业亮相国际消费电子展",
# "联想创新园正式启用", "枢纽港产业园新签约产业项目139个"). Their heads are brands and coined words more often than
# places (天开, 联想, 明月湖), so the head must hold a word jieba's dictionary counts fewer than SUBJECT_PARK_WORD_FREQ
# times or a place, and no common verb (a clause before the ending: "综合运用…"); a head of field words alone is a
# kind ("现代农业产业园加快建设", "特色产业园", "智慧产业园").
SUBJECT_PARK_ENDINGS = frozenset({"科创园", "产业园", "创新园", "商务区", "生态城", "产业城", "集聚区"})
SUBJECT_PARK_WORD_FREQ = 1000
# … and its head is the park's whole name: a leading word jieba tags as a verb is not cut off when what is left is a
# class ("天开高教科创园": 天开/v, rare, would leave 高教科创园), while a common word before a class opens the clause
# ("规划算力产业园与数据要素园区", round 25, 南京's outline: a kind of park to plan).
SUBJECT_PARK_OPENING_TAGS = frozenset({"n", "v", "vn"})
# A zone or base that opens its clause and acts is named as the subject of the sentence, not only
# where a verb builds it: a list of local practices "74.湖北省武汉东湖新技术开发区大力推进创新驱动发展",
# "24.辽宁自贸试验区营口片区以制度创新持续优化营商环境". Only zones (a new district, 新区, is a region).
PILOT_FTZ_ENDING = "自贸试验区"
SUBJECT_ZONE_ENDINGS = frozenset(
    {"示范区", "试验区", "实验区", "开发区", "高新区", "农高区", "经开区", "片区", "先行区", "合作区", "保税区"}
    | {"综保区"}
    # PLACED_PILOT_FTZ (ext46): a province's pilot free trade zone by its short form, whose ending is 自贸试验区
    # and not the 试验区 above, is named wherever its province opens it (rounds 5, 38, 40: "广西自贸试验区新增3项
    # 改革成果获全国最佳实践案例", "广东自贸试验区43项改革创新成果在全国推广", "适用范围：重庆自贸试验区"); the bare
    # kind has no place, and a region wider than a province before it counts the zones in it ("长江经济带自贸试验区",
    # round 23): only a province alone opens one (PILOT_FTZ_ENDING in mentions).
    | {PILOT_FTZ_ENDING}
    | NEW_AREA_ZONE_ENDINGS
    | SUBJECT_TOWN_ENDINGS
)
# A zone whose name opens with a place is named wherever it stands, without a verb of building:
# "丰富长株潭国家自主创新示范区“新现象”", "以南港工业区为重要承载地", "协同做好宁河京津合作示范区资源
# 导入", "编制好新一轮郑州航空港区高质量发展规划" (round 2). Common words before these endings
# ("综合运用综合保税区") still need the frame.
# Zone endings that carry the zone's field: a place alone before them names one zone (round 17, two 上海
# texts: "上海化学工业区", "上海化工区"), where other endings need a word of their own;
# placed like 工业区.
FIELD_ZONE_ENDINGS = frozenset({"化学工业区", "化工区"})
# Not 新片区 placed anywhere: the Shanghai gold leaves "在临港新片区试点推进数据跨境…", "借助临港新片区的
# 制度优势" (sh-stic-14) unnamed, a place where work is done; as a subject it acts (SUBJECT_ZONE_ENDINGS).
PLACED_ZONE_ENDINGS = (
    (SUBJECT_ZONE_ENDINGS - SUBJECT_TOWN_ENDINGS - {"新片区"})
    | {"工业区", "工业园", "工业园区", "航空港区", "陆港区"}
    | FIELD_ZONE_ENDINGS
)
# A tier after a zone opens a status the zone holds, not more of its name: "推进…石河子经济技术开发区
# 国家级零碳园区建设" names 石河子经济技术开发区 (round 4; "南川国家级零碳园区", with no zone ending
# before the tier, is one name).
# So does the zone's class of big facilities (round 52, 北京's proposal for the 15th plan): "突出怀柔科学城重大科技基础
# 设施集中优势" names 怀柔科学城; the facilities are a class of the zone. (Not a national pilot after the zone:
# round 26's gold has "江宁经开区|国家碳达峰试点园区" apart, round 32's the same words as one name.)
TIER_AFTER_ZONE = re.compile(r"(?:国家级|省级|市级|重大科技基础设施)")
# The zones TIER_AFTER_ZONE may follow: the placed zones and a science city ("怀柔科学城").
STATUS_HOLDER_ENDINGS = PLACED_ZONE_ENDINGS | {"科学城"}
# What may stand before a subject in its clause: an item number, spaces, brackets.
SUBJECT_LEAD = re.compile(r"[\s\d.．、（）()一二三四五六七八九十]*")
# A centre named after a central body is that body's agency, an institution: "国务院发展研究中心",
# "科技部火炬高技术产业开发中心", "教育部留学服务中心" (a platform a ministry builds is named by its
# field: "国家…中心").
# (A ministry opening is one MINISTRY knows.)
# The government of the level that issues a text, named by its level alone, is one body: in a text
# of "上海市人民政府办公厅", "市政府指导本市轨道交通安全运行"; in one of "阿坝州人民政府办公室", "报州人民
# 政府批准" (heldout5). The issuer is the first government the text writes in full (ISSUER_GOVERNMENT);
# another level named alone is each of its kind ("区政府" in a city's text), and 各 makes a class.
# The salutation's "市政府各委、办、局", "市政府有关委、办、局" addresses its bureaus, not the government.
ISSUER_GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{2,6}?(?P<level>[省市州县])人民政府")
OWN_GOVERNMENT = re.compile(r"(?P<level>[省市州县])(?:人民)?政府(?!办公|部门|机关|网|令|规章|采购|投资|工作|各|有关)")
# 本 before it is the writer's own ("承接本市政府科研项目", round 13): the same government, 市政府.
OWN_GOVERNMENT_BEFORE = frozenset("，。、；：（）\n 　由经报请将向对和与及按本")
# An excerpt cut from its heading and signature writes no government in full; the level it calls its
# own ("本市", "本省": this city, this province) is then the issuer's (round 13, two 上海 opinions kept as
# HTML fragments): "…按照本市城乡基本公共服务均等化要求…市政府对临港地区重大项目…给予支持", "由市委、
# 市政府主要领导挂帅". Only one own level may be written: a text saying 本市 and 本区 names both.
# (Not "本市场", this market; not "本区域", this region; 本区 is a district's own level.)
OWN_LEVEL = re.compile(r"本(?P<level>[省市州县区])(?!级|场|域)")
# A service centre named by a level alone is that level's agency, an institution (heldout5): "企业全部
# 入驻市政务服务中心", "将市房地产交易中心…合并到市不动产登记交易中心" (a place's own platform keeps
# its place: "上海技术交易中心"). The level opens the name after a verb, a preposition or a break
# (LEVEL_AGENCY_BEFORE), not inside a place ("上海市…").
# So are a level's land-reserve and investment-promotion centres, the agencies that buy land back and
# bring firms in (round 13, after the score): "由区土地储备中心对节余地块进行收储", "（区投促中心、各街镇）".
# So are a level's care centres (session 26, rounds 24, 26, 27; every round golds them institutions): "建设市残疾人
# 康复中心" (重庆's outline), "市妇儿医疗中心", "市中小学生心理健康发展中心" (广州's 2026 report), "建成市托育综合服务
# 中心" (杭州's), "市紧急医学救援指挥中心" (广州's outline); a tier's ("市级区域医疗中心") stays a class.
LEVEL_CARE_CENTRE = r"医疗|康复|防治|救援指挥|救助|托育综合服务|心理健康发展|卫生服务"
# … but two levels written together open a class, one centre in each (TIER_PAIR_OPENING, fixext48; round 48, 重庆's
# smart-city digest: "12月底前推广至主城区和有条件的区县不动产登记中心").
TIER_PAIR_OPENING = r"(?!区县|县区|市县|县市)"
LEVEL_AGENCY = re.compile(
    TIER_PAIR_OPENING
    + r"[市区县](?!级)[\u4e00-\u9fff]{0,8}?(?:政务服务|行政服务|便民服务|交易|登记|土地储备|土储|投资促进|投促"
    rf"|{LEVEL_CARE_CENTRE})中心"
)
LEVEL_AGENCY_BEFORE = frozenset("将到在驻由和与及对向、，。；：（ 　\n")
# A text crawled onto one line glues a heading or a title to the sentence after it; the heading's last
# word ends it, and a body named by its level or place opens the sentence ("（五）加快构建零碳标准体系
# 市市场监管局推动…", "（一）健全管理体制机制市政府指导…", "…工作方案上海市发展和改革委员会"). A
# title or a heading ends in a plan's or a system's word (HEADING_TAIL), never inside a body's name
# before its level ("上海市规划和自然资源局" keeps 规划: no level follows it). A page address's tail
# glued before the title is no part of a name ("…html阿坝州人民政府办公室", URL_TAIL).
HEADING_TAIL_WORDS = ("体系", "机制", "水平", "方案", "规划", "意见", "通知", "办法", "细则", "纲要")
HEADING_TAIL = re.compile(
    rf"(?:{'|'.join(HEADING_TAIL_WORDS)})(?=(?:省|市|自治区|[\u4e00-\u9fff]{{1,3}}[省市州])(?!级))"
)
# … and it glues bodies listed one a line into one run: a body's ending right before a province or
# city written in full that opens the next body ends the first ("上海市发展和改革委员会上海市经济和
# 信息化委员会"; "中国科学院上海分院" stays whole: 上海 is not written in full).
BODY_PLACE_OPENING = ("省", "市", "自治区")
# A body of Hong Kong, Macao or Taiwan opens with the region's name, and the words after it are its
# name however jieba tags them: "香港渔农自然护理署" (渔农/n 自然/d 护理/n 署: 自然 is no adverb there),
# "香港环境保护署" (round 14, after the score, a reply on Hong Kong cooperation).
SPECIAL_REGION_OPENING = re.compile(r"^(?:香港|澳门|台湾)(?:特别行政区|地区)?")
URL_TAIL = re.compile(r"^(?:s?html?|php|aspx?|jsp)(?=[\u4e00-\u9fff])")
# UNCLOSED_QUOTE_BODY: a body's name never holds a quotation it does not close; an ending right after an opening mark
# is a word of a quoted slogan (round 40, 杨浦's innovation-zone plan: "依托杨浦区“大学+大厂”特色优势" gave
# 杨浦区“大学).
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
BODY_AGENCY = re.compile(r"^(?:国务院|中共中央|全国人大|全国政协)(?=[\u4e00-\u9fff]{2,}中心$)")
# REVIEW_INSPECTION_BRANCH: a regional branch of the drug regulator's review and inspection centres is its agency, an
# institution, not a platform (dev and rounds 35, 38, 41: "国家药械审评检查西南分中心挂牌" (重庆), "国家药品和医疗器械
# 审评检查华中分中心等一批功能性项目" (湖北), "支持国家药监局医疗器械技术审评检查长三角分中心和市药品监管部门…"
# (上海); the gold names each an institution).
REVIEW_INSPECTION_BRANCH = re.compile(r"审评检查[\u4e00-\u9fff]{0,6}分中心$")
# Where a government body is named only as the authority behind a text, not an actor of it: an
# approval formula "经国务院同意", the pair "党中央、国务院决策部署" (the centre whose decisions are
# carried out), a document's issuer before 关于 ("国务院办公厅关于…的通报", "《国务院关于…》") or in
# its signature (the body alone before the date: "国务院办公厅      2018年12月"), and a body that only
# qualifies whose leaders or which departments ("国务院领导多次作出重要批示", "国务院有关部门").
# So is the authority a matter is submitted to or that approves it (round 1 dev, a State Council
# letter: "按程序报请国务院核准", "上报国务院审批", "发展改革委已向国务院上报了…规划，待国务院批准后"),
# the ministries under it ("对国务院部委…网站的绩效评估", heldout6) and its numbered campaigns
# ("国务院第五次大督查发现的典型经验做法", heldout3): the gold of these letters names no 国务院.
# Not a report sent to it ("报告国务院", "报送国务院") nor its own approval as the sentence's subject
# ("国务院同意环保总局…制定的《规划》"): there the council acts.
AUTHORITY_APPROVES = r"批准|审批|核准|批复|上报|第[一二三四五六七八九十\d]{1,3}次"
# Only the central authorities that issue or authorise national texts: a ministry in "经财政部同意后
# 实施" approves a step of the task and acts.
CENTRAL_AUTHORITIES = frozenset(_words("国务院 国务院办公厅 中共中央 中共中央办公厅 党中央"))
AUTHORITY_BEFORE = re.compile(r"(?:经|党中央[、和]?|报请|上报|呈报|提请)$")  # "党中央国务院" too
AUTHORITY_AFTER = re.compile(
    r"关于|\s+(?:\d{4}|[〇一二][〇一二三四五六七八九零]{3})年|领导|有关部门|部门|各?部委|" + AUTHORITY_APPROVES
)
# 片区 names an area of a pilot free trade zone or a bonded zone only after that zone: "湖北自贸试验区
# 襄阳片区"; elsewhere it is any area of a city ("主题游径片区", "和林格尔与乌兰察布片区").
# So is a place's area written with the zone's short form before 片区 (ext50: round 26 and round 42, 深圳's report and
# outline: "推动前海蛇口自贸片区扩区"; round 33, 苏州's: "推动苏州自贸片区与霍尔果斯自贸片区协同联动"; gold zones).
PILOT_ZONE_AREA = re.compile(
    r"(?:自贸试验区|自由贸易试验区|自贸区|自由贸易区|综合保税区)[\u4e00-\u9fff]{2,6}片区$|[\u4e00-\u9fff]{2,6}自贸片区$"
)
# An area (片区) of a named city of science or of a pilot is a zone too (ZONE_HEADED_AREA, round 30, 广州's
# and 苏州's 十五五 outlines: "促进人工智能与数字经济试验片区、中新广州知识城片区、…、南沙科学城片区等联动
# 发展区…", "桃花坞非遗展示片区"); an area a city names by its landscape or theme stays one ("环照母山片区",
# "主题游径片区": may or no name in rounds 24–28), and so does a demonstration area aimed at ("支持尼山文化片区打造
# 国家级文化“两创”示范片区", round 24: no name of the gold).
ZONE_HEADED_AREA = re.compile(r"(?:[科学知识智]城|试验|展示)片区$")


# --- dev round 6: firms named through their projects ---------------------------------------
# A list of projects closed by "等…项目" names each project by its firm and its product, often
# after the place it is built in: "推动台州温玉铁路、杭州海康机器人、丽水富乐德传感技术等项目建成投运",
# "实施中石化催化剂、中海油新材料、燕山石化绿色新材料等重点项目", "推动京东方、惠科等重大产业项目",
# "开工建设南网720兆瓦储能电站等项目". The firm is the proper word the item opens with (jieba),
# after any place (PROJECT_FIRM_TAGS, PROJECT_FIRM_TAILS); a project named by its place and a
# road or port (INFRASTRUCTURE_ITEM) names no firm.
# A qualifier holding 的 says the list was of something else, whose projects follow: "在郊区新城、
# 六大重点功能区域、五大转型区域和成片开发区域等地区的新建项目" lists areas, not projects (round 5).
PROJECT_ENUMERATION = re.compile(
    r"(?P<items>[\u4e00-\u9fffA-Za-z0-9]{2,24}(?:、[\u4e00-\u9fffA-Za-z0-9]{2,24})*)"
    r"等(?P<qualifier>(?:(?!的)[“\u4e00-\u9fff]){0,8}?)项目"
)
# A firm's headquarters (总部) named by its brand and its line of business names the firm, as a project does: "加快
# 建设希音供应链总部、华南供应链采购配送中心等项目" (round 24, 广州's outline), "推动爱奇艺线下体验业务总部落户"
# (round 24, 杭州's). The brand is found as in a project (_firm_of_project); 总部 is no government's 部. Only where
# the headquarters closes its item or is said to settle or be built (FIRM_HEADQUARTERS): "企业总部", "区域总部",
# "总部经济", "总部基地" name kinds or a base. So is one said to be built ("华为矿山油气军团全球总部基本建成",
# round 40).
FIRM_HEADQUARTERS = NamedPattern(
    "FIRM_HEADQUARTERS",
    re.compile(r"总部(?=落户|项目|建设|(?:基本)?建成|[、，。；]|等)"),
    "a firm's headquarters named by its brand names the firm",
    "推动爱奇艺线下体验业务总部落户",
)
# A firm named through a phase of its project, a word jieba knows as an organisation's name (tag nt) right before the
# phase: "加快推进长安汽车二期" (round 26, 南京's 2026 report: the gold names 长安汽车). Places and plants before a
# phase ("南沙港五期", "白龙核电一期", "奉贤二期") are no organisation to jieba.
FIRM_PHASE = NamedPattern(
    "FIRM_PHASE",
    re.compile(r"[一二三四五六七八九十]期"),
    "an organisation jieba knows, right before a phase of its project, is a firm",
    "加快推进长安汽车二期",
)
FIRM_PHASE_TAG = "nt"
# LEVEL_CONGRESS: a level's people's congress named with its standing committee is the congress acting, one body
# (round 36, 上海's review and tasks: "配合市人大及其常委会制定修改浦东新区法规4部"; 深圳's review: "在市人大及其
# 常委会、市政协的监督支持下"); 人大 alone is no body ("人大代表", "人大建议" name deputies and their suggestions),
# nor without a level ("依法接受人大及其常委会监督": whichever congress).
LEVEL_CONGRESS = NamedPattern(
    "LEVEL_CONGRESS",
    re.compile(r"(?:自治区|省|市|区|县)人大(?=及其常委会)"),
    "a level's congress written with its standing committee is one body",
    "配合市人大及其常委会制定修改浦东新区法规4部",
)
# SCHOOL_EXAMPLE_AFTER (fixext46): a university written as the example of a class of schools it opens ("X等高校",
# "X等6所高校") is one school the text names, even where its name reads like a kind (a field and 大学): round 46,
# 山东's review of the 14th plan, "新增康复大学等高校14所" names 康复大学 (cf. "支持南方科技大学等高校", round 24).
SCHOOL_EXAMPLE_AFTER = re.compile(r"等(?:\d+|[一二三四五六七八九十百]+)?所?(?:高校|院校|高等学校|大学)")
# LEVEL_CPPCC (fixext46): a level's political consultative conference written 省政协 / 市政协 is that body, one the
# government's review names beside the congress as the one supervising it (round 46, 山东's review of the 14th plan:
# "自觉接受省人大及其常委会依法监督、省政协民主监督"; round 28, 深圳's and 杭州's reviews: "在市人大及其常委会、
# 市政协的监督支持下", "是市人大、市政协监督支持的结果"). Not before a post or a member (市政协委员, 上海市政协原
# 副主席: a person), nor its office (市政协办公厅, named whole by the copy list), nor after 全/本/各 (a system, no one
# body). Nor before 提案, the body named only through its members' proposals ("办理省人大代表建议6148件、省政协提案
# 4408件", round 40, 湖南's review; earlier gold: may or none), nor in the thanks formula that joins society at large
# ("是省人大、省政协和社会各界有效监督…的结果", rounds 35 and 37: the combined form may, the body alone none).
LEVEL_CPPCC = NamedPattern(
    "LEVEL_CPPCC",
    re.compile(
        r"(?<![全本各])(?:自治区|省|市|区|县)政协"
        r"(?!委员|常委|办公|原|副?主席|副?秘书长|党组|机关|提案|[和及]社会各界)"
    ),
    "a level's political consultative conference written short is one body",
    "自觉接受省人大及其常委会依法监督、省政协民主监督",
)
# FIRMS_ACTING: a list of short names that opens its clause and is said to go public, to grow fast or to settle in the
# place names firms, where one item at least ends in a firm's tail word (FIRMS_ACTING_TAILS): "华海清科、海光信息、
# 安擎信息、合源生物、火眼位置等快速成长", "智清未来、费曼动力等一批“金种子”茁壮成长" (round 36, 天津's 2025 review),
# "天有为、大鹏工业成功上市", "哈电机、龙江广瀚入选国家制造业数字化转型典型案例" (黑龙江's), "西部矿业、能源发展
# 集团等6家企业入选…" (青海's), "德邦证券、富泽人寿成功落户" (round 37, 山东's). jieba knows few such brands,
# so the list is read by what it does; children and youth also grow ("儿童、青少年健康成长"), but end in no firm's
# word.
# FIRST_ITEM_BEFORE_ITS_MARK (perf57): the list's first item is two to six characters and a 、; said first, as a
# lookahead the items imply (the same matches), it spares trying six ideographs and 等 at every character of a plan
# without one there: 0.51 → 0.20 s over 100 generated plans.
FIRST_ITEM_BEFORE_ITS_MARK = r"(?=[^、]{2,6}、)"
FIRMS_ACTING = NamedPattern(
    "FIRMS_ACTING",
    re.compile(
        FIRST_ITEM_BEFORE_ITS_MARK + r"(?P<items>(?:(?!等)[\u4e00-\u9fff]){2,6}(?:、(?:(?!等)[\u4e00-\u9fff]){2,6})+)"
        r"(?:等(?:一批|[0-9]{1,3}[家户])?(?:“[^”]{1,8}”)?(?:企业)?)?(?:(?:成功|快速|茁壮|顺利)(?:上市|成长|落户)|入选)"
    ),
    "short names listed as one clause's subject that go public, grow or settle are firms",
    "华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长",
)
FIRMS_ACTING_TAILS = _words("信息 生物 证券 人寿 保险 工业 软件 制药 动力 科技 股份 集团 电子 医药 新材 能源 智能")
FIRMS_ACTING_TAILS += ("电机", "矿业")
FIRMS_ACTING_OPENING = frozenset("，。；：\n")
# Institutes by their short forms listed among the firms are institutes: "工生所、天大前沿院、华熙生物入选国家首批生物
# 制造中试平台" (round 36, 天津's review).
FIRMS_ACTING_INSTITUTE_ENDS = ("所", "院")
FIRM_PHASE_REACH = 8
# A regional headquarters ("湖南恒昌医药西南总部项目", round 20's table) is the firm's office for a part of the country
# or the world; the firm is all that comes before the region, whatever jieba makes of it, and no brand is read off.
REGIONAL_HEADQUARTERS = re.compile(
    r"(?:东北|西北|华北|华东|华中|华南|西南|东南|中南|区域|亚太|全球|中国|国际|西部|东部)$"
)
# THING_THEN_KIND (fixext51): a platform read across 和 whose part before it ends in a thing's head without a
# platform's ending (a place 地, an area 区, a park 园, a fund 金) and whose part after it is a kind is two things, no
# name: "加强小微企业园和专业园区扩量增效" (round 51, 郑州's 十五五 proposal), "…大健康产业基金和项目园区" (round 51,
# 平潭), "中国氢能产业创新策源地和高端装备制造基地" (round 19, 辽宁), "公水联运作业区和先进制造产业园区" (round 24,
# 广州). An activity before 和 shares the head ("华为鲲鹏计算产业创新和生产基地": one base of two functions).
# SPACE_THEN_KIND (fixext59): … and a space (空间: an incubation or maker space, a thing without a platform's
# ending) before 和 and a kind is two things (round 59, 杭州's outline: "建设开源孵化空间和开发者中心", 开发者中心
# a class in the gold, was read as one centre).
THING_THEN_KIND = re.compile(r"^(?P<thing>.{2,}?(?:[地区园金]|空间))和(?P<kind>[^和]{4,})$")
# REGIONAL_HEADQUARTERS_UNIT (fixext51): outside a project ("…西南总部项目", the firm named through its project), a
# firm's regional, national or global headquarters is a unit of the firm the gold names whole, the firm glued in front
# `may`: "浪潮华中总部、腾讯数字产业总部、中国电子云全球总部…相继签约，阿里巴巴华中总部等一批项目开工建设" (round 51,
# the sina article on the central capitals), "华为矿山油气军团全球总部基本建成" (round 40, 山西's 2026 report),
# "新紫光北方总部、帕西尼数据工厂等深化布局" (round 36, 天津's), "CSDN全国总部等落户长沙" (round 51). A class of
# firms' regional headquarters (is_generic: "吸引外资区域总部、研发中心和功能性平台落户", round 59, 南京's outline) is
# no unit of one firm (fixext59).
REGIONAL_HEADQUARTERS_UNIT = re.compile(
    r"(?:东北|西北|华北|华东|华中|华南|西南|东南|中南|区域|亚太|全球|中国|国际|西部|东部|北方|南方|全国)$"
)
REGIONAL_HEADQUARTERS_PROJECT = "项目"
REGIONAL_HEADQUARTERS_FIRM_MIN = 2
# How far back from 总部 the headquarters' item may run (brand and business: "爱奇艺线下体验业务" is 9).
HEADQUARTERS_ITEM_MAX = 16
# Projects of cooperation, exchange or research are lines of work partners share, no firm's:
# "开展中华白海豚保护、后海湾湿地和候鸟迁飞路线保护、环境教育…等合作项目" (round 14, after the score:
# 中华 read as a brand).
# … and projects of a field (FIELD_PROJECT_QUALIFIER, round 42, 北京's 十五五 outline; 深圳's 2026 report, round 26):
# "系统谋划养老、文化、体育等领域服务能力提升项目" and "开展集成电路、工业母机…等领域重点产业研发项目" list fields, no
# firm's brand (养老, 集成电路 were read as firms).
FIELD_PROJECT_QUALIFIER = "领域"
PROJECT_ACTIVITY_QUALIFIER = re.compile(rf"合作|交流|研究|{FIELD_PROJECT_QUALIFIER}")
# jieba's tags of a brand: "中石化" j, "中海油" nt, "海康" nz, "富乐德" nr; a place (ns) only
# after the brand has begun ("燕山石化" opens with 燕山 ns and is kept whole, see the tails).
PROJECT_FIRM_TAGS = frozenset({"nz", "nr", "j", "nt", "nrt"})
# Words a firm's name ends with after its brand: "蓝思科技", "海康机器人", "燕山石化".
PROJECT_FIRM_TAILS = frozenset(_words("科技 石化 重工 集团 股份 控股 药业 电子 电气 化工 机器人"))
# Firms named by a brand and a tail word that names a heavy-industry or pharmaceutical firm, in any
# clause: "推动…铁建重工智能掘进装备…取得重大突破", "推进弘润石化转型升级", "推进柳工股份“三全”规划"
# (round 2, round 4). The brand is FIRM_TAIL_BRAND_MIN–FIRM_TAIL_BRAND_MAX characters of proper words
# only (jieba, FIRM_TAIL_BRAND_TAGS), not a province alone and not a field: "绿色石化", "高端石化",
# "山东石化" name sectors. (Not 科技 or 化工: "农业科技", "精细化工" are sectors far more often.)
FIRM_TAIL = re.compile(r"重工|股份|石化|锂业|药业|矿业|铝业")
# A tail word that runs on into a registered company form is inside the company's full name, not the end of a
# brand (heldout18, an EIA approval; once jieba read 烟台 as the place it is): "烟台泰山石化港口发展有限公司等7家公司"
# names no "烟台泰山石化".
FIRM_TAIL_RUNS_ON = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:有限责任公司|有限公司)")
FIRM_TAIL_BRAND_MIN = 2
FIRM_TAIL_BRAND_MAX = 4
FIRM_TAIL_BRAND_TAGS = frozenset({"nr", "nz", "ns", "nt", "j", "nrt", "nrfg"})
# (A rare character jieba leaves alone inside a brand, tagged as a bound morpheme, belongs to it when
# a tail word follows: "长沙宁乡圣钘科技新一代锂电池" names 圣钘科技, round 2; without a tail it is a
# word cut in two, "中欣晶圆大硅片".)
# … and the one character jieba leaves alone after a brand when it cuts a firm's 锂业/矿业/铝业 in two:
# "蓝科锂/业碳酸锂装置…" names 蓝科锂业 (round 4).
PROJECT_FIRM_TAIL_CHARS = frozenset({"业"})
PROJECT_FIRM_MAX = 6
# A capacity figure right after the firm ends its name, whatever jieba makes of it: "推动桥头铝电50万吨
# 绿电铝…、青海辉源20万吨…、青海广泰10万吨再生铝等项目建设", "沃锦储热40万吨熔盐装置技术升级" (round 4).
# A province opening the firm is part of its name (firms registered at the province's level are
# named after it: 青海辉源, 青海时代), a city or county is where the project is built (浏阳蓝思科技 →
# 蓝思科技). At least PROJECT_FIGURE_FIRM_MIN characters: a shorter run is a brand jieba knows or none.
PROJECT_FIGURE_FIRM_MIN = 3
# Words that make the run before a figure a field or a site, not a firm: a field of the vocabulary
# and jieba's locative and spatial tags ("海上风电100万千瓦").
FIGURE_NOT_FIRM_TAGS = frozenset({"s", "f", "m", "q"})
# "中国" opening an item is the firm's own (a project in a province's list is never located "in China"):
# "中国盐湖金属镁一体化技术改造" names 中国盐湖 (round 4; 中国中车, 中国电建 likewise).
PROJECT_NATIONAL_OPENING = "中国"
# A verb the anchor words miss may still open the first item: "开工建设南网720兆瓦储能电站等项目".
PROJECT_VERB_TAGS = frozenset({"v", "vn"})
# Anywhere in the item: "广清永高铁", "佛渡集装箱码头一期", "川气东送二线湖北段"; a route from one
# place to another, "同德至玛沁" (round 4); or in the list's qualifier: "等公路项目".
# Water works are named so too (round 27, 重庆's 十五五 outline: "推进涪琼、龙溪、滑石子泵站等灌区项目前期工作"):
# 灌区 (an irrigation district), 泵站; and a port's operating areas ("谋划推动九龙坡黄磏作业区二期、永川朱沱作业区二期、
# 涪陵石溪作业区二期…等项目").
# Segments of a route and river works are named so too (round 30, 南京's and 苏州's 十五五 outlines: "推进秦淮东河一期、
# 长江新生洲应急加固工程、新禹河…等项目建设", "常台高速公路尹山枢纽至苏浙省界段扩建"): a segment (段) or a border
# (省界), a river, stream or canal the item ends with, before any phase (jieba reads 秦淮, 新禹, 富春江 as brands).
INFRASTRUCTURE_ITEM = re.compile(
    r"高铁|铁路|公路|高速|城际|机场|码头|航道|管道|气东送|大桥|隧道|通道|水库|枢纽|线|港$|工程$|至|灌区|泵站|作业区"
    r"|段|[省市县]界|[河江湖溪渠](?:[一二三四五六七八九十]期)?$"
)
# POWER_PLANT_ITEM: an item naming a power plant by its place and its fuel names no firm (round 27, 重庆's 十五五
# outline: "完工合川双槐煤电三期、万州煤电二期、潼南燃机等项目"): 煤电 (coal power), 燃机 (gas turbines). Only in the
# item: a list whose qualifier is a kind of plant may still name the firms building them ("加快国电湖东、同热三期等
# 新一代煤电试点项目建设", dev); not 电站: "南网720兆瓦储能电站" names the grid firm building it.
POWER_PLANT_ITEM = re.compile(r"煤电|燃机")
# A project named by its place and a site of leisure, heritage or storage names no firm either: a work report's
# lists of projects are often sites, their place a word jieba takes for a brand (nr, nz). The item ends with the
# site ("加快建设乐高乐园、龙岐湾度假区、金沙湾国际乐园、小梅沙亲海度假区…等项目", "推进长隆三期、正佳帽峰湾、都市
# 冲浪天地等项目建设", "推进市粮油食品产业园一期、天河龙洞粮库等项目", "赛米大道", "雁栖湖国际会都", round 26), or
# the brand read off it does, before the work on it ("钱塘江海塘、新登古城墙等项目申遗", "钱江三桥改建提升").
# SITE_ITEM_CITY_AREA (fixext57): so does an area of the city, a new town or district or a block, read as the brand of
# the works in it (round 57, 杭州's outline: "重点建设钱江新城二期五堡总部超核、余杭区杭珹未来中心等项目" made
# 钱江新城 a firm; the gold has the block's phase 钱江新城二期 `may`, no institution).
SITE_ITEM = re.compile(
    r"(?:度假区|乐园|天地|粮库|海塘|城墙|遗址|大道|会都|景区|古镇|[一二三四五六七八九十大]桥|新城|新区|片区)$"
)
# An item of a list of lead units may carry the unit's other name after it, in angle brackets as a
# crawled page writes 〈〉, or in brackets when it is a body too (it ends like one): "（市委组织部<人才办>、
# 市发改委、市工信局…等部门按职责分工负责）" (round 15, a city's carbon plan), "〔责任单位：省发改委（数据
# 管理局）、工信厅…〕" (round 15, a province's charging plan); the item is the unit before the aside (the
# aside is the same body by its other name). A place in brackets ("…研究院（苏州）") is no aside.
UNIT_ITEM_ASIDE = re.compile(r"(?:[<〈＜][\u4e00-\u9fff]{1,8}[>〉＞]|[（(][\u4e00-\u9fff]{1,8}[局厅委办部署][）)])$")

# Short forms of offices (NAMED_INSTITUTIONS) that are also the tail of a longer word: they end a name
# only where jieba ends a word ("以中办、国办名义" names both; "集中办理", "全国办理" name none).
# So is the science association's 科协: "强化跨领域跨学科协同" (round 25, 广州's outline) names none; "市科协" does.
SHORT_OFFICE_FORMS = frozenset({"中办", "国办", "科协"})
# A central body that has branches in the provinces, named with the branch: "中国人民银行湖南省分行",
# "国家税务总局湖南省税务局" (round 17, a 湖南 plan's co-signers, a one-line list of bodies) are one body
# each, not a central body and a provincial one written in a row (_next_body_by_place).
VERTICAL_BODY = re.compile(r"(?:中国人民银行|人民银行|国家税务总局|国家金融监督管理总局|国家外汇管理局|国家统计局)$")
VERTICAL_BRANCH_ENDINGS = ("分行", "税务局", "监管局", "分局", "调查总队", "营业管理部")
# A county written with one character and 县 is a place of its own, not the generic 县 (round 17, a reply
# on third-party pollution control): "选择魏县经济开发区等25家园区" (the 县 was read as a generic word,
# leaving one character of its own). jieba reads such counties as one place word (ns).
# MUNICIPAL_ZONE (round 23, 重庆's 十五五 outline): a municipality under the centre (直辖市) has one development zone
# and one high-tech zone of the state named after it, so its name and the zone's short ending name that zone, not
# the municipality's zones of the kind (as "广东高新区" would): "重庆经开区及万州、长寿、涪陵等国家级经开区",
# "西部科学城重庆高新区及璧山、永川、荣昌等国家级高新区" (the science city's brand before it), "重庆经开区" (round 18,
# a 重庆 digital-energy plan).
MUNICIPAL_ZONE = re.compile(r"(?:北京|天津|上海|重庆)市?$")
MUNICIPAL_ZONE_ENDINGS = ("经开区", "高新区", "经济技术开发区", "高新技术产业开发区")
# SHORT_STATE_ZONE (ext48): a high-tech or development zone of the state written short (高新区, 经开区) is
# named by its place, and a place whose one word holds a generic character of ours still names it:
# "加快漕河泾、市北高新区、金桥开发区…建设" (市北/s, round 28, 上海's new-towns outline), "聚焦上海湾区高新区、
# 碳谷绿湾产业园" (湾区/ns, same text), "大同经开区" (大同/d, round 40, 山西's review). Taking 市, 区 or 大 out
# of the word left one character ("nothing of its own"); a word of SHORT_STATE_ZONE_WORD_MIN characters
# that no generic word covers whole is the place's. Tiers and kinds stay classes, being generic words
# whole ("国家高新区", "国家级经开区", "国家一流高新区", "省级以上高新区").
SHORT_STATE_ZONE_ENDINGS = frozenset({"高新区", "经开区"})
SHORT_STATE_ZONE_WORD_MIN = 2
SHORT_STATE_ZONE_WORD = re.compile(r"[\u4e00-\u9fff]+")
# … not a pronoun or a count, which points at zones of its own (我市/r: "我市高新区" is the city's, any of them).
SHORT_STATE_ZONE_NOT_TAGS = frozenset({"r", "m"})
# PLACE_WORD_ZONE: a zone (or park) whose head is one word jieba tags as a place is that place's zone, one zone,
# though the place's name holds a generic word of ours (round 35, 河南's review of the 14th plan: "新郑综保区获准扩区",
# 新郑 ns, read as 新 + 郑 by "nothing of its own"). Only where such a word cut into the place: a province or city
# removed whole leaves a class ("广东高新区", "上海示范区", "香港园区").
PLACE_WORD_ZONE_KINDS = frozenset({"园区", "示范区"})
PLACE_WORD_ZONE_TAG = "ns"
ONE_CHARACTER_COUNTY = re.compile(r"^[\u4e00-\u9fff]县")
ONE_CHARACTER_COUNTY_TAG = "ns"
# Field teams of geology are named by their number (round 17, a 1980 circular): "安徽三二二地质队",
# "三二七地质队"; a team without one is any team ("地方应体谅地质队", "一些地质队", "凡是地质队").
FIELD_TEAM_ENDINGS = frozenset({"地质队", "地质大队"})
FIELD_TEAM_NUMBER = re.compile(r"(?:[一二三四五六七八九〇零\d]{2,}|第[一二三四五六七八九十\d]+)$")
# An item of a list among institutions that ends with a level of administration is a place whose body the
# list's last item names, its ending shared, not a brand (listed_with_institutions; round 17, an EIA approval):
# "沙坪坝区、北碚区、大足区、璧山区、铜梁区、成都市、资阳市生态环境局…要切实承担…责任" (not 超市, 社区, 园区).
LISTED_PLACE_ITEM_END = re.compile(r"(?:省|(?<!超)市|县|(?<![社园片小景街])区|自治州|旗)$")
# A platform right before a count of tiers is one tier of a system, a kind (round 17, a 苏州 recycling plan):
# "完善再生资源社区回收网点、中转站、分拣（处理）中心三级回收体系建设" (the centre is every city's third tier).
TIER_COUNT_AFTER = re.compile(r"[两二三四五六]级")
# COUNT_RIGHT_AFTER (ext40): a count right after a platform's name counts units of that kind, a class, wherever the
# verb stands (round 36, 重庆's 2026 review: "新增国家生态文明建设示范区和“两山”实践创新基地6个", where COUNTED_NAME's
# verb-free run is broken by the 建设 inside the first title; "中小试基地28家", "全国重点实验室45家"). No gold platform
# of the realworld rounds stands before such a count.
COUNT_RIGHT_AFTER = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)(?:多|余)?[个家处座所](?![\u4e00-\u9fff])")
# A zone written after a firm is the firm's site, part of the name of one of its plants, not a zone named
# on its own (round 17, an EIA approval): "完成海阳市丰源热力有限公司临港产业区热源厂等4家企业燃煤锅炉关停".
FIRM_BEFORE_ZONE = re.compile(r"公司|集团")
# A zone that opens its clause is its subject only where the words before its ending are a name: no verb
# among them (round 6, the 临港 plan: "管委会应当充分运用国家赋予新片区的…权限" opens with a body and its
# verbs, not with the name of a new area; "张江科学城依托…" does).
SUBJECT_ZONE_NOT_TAGS = frozenset({"v", "vd", "vn", "d", "l"})
# A level's party committee and government written as one word are the leadership a text cites, not a
# body of its own (round 17, a 深圳 measure: "全面落实省委省政府关于构建新型能源体系有关工作部署，以及市委
# 市政府工作安排"; the gold has 省委省政府 as generic; "县委县政府", "省委省政府领导" in rounds 8 and 17).
JOINED_PARTY_GOVERNMENT = re.compile(r"^(?:省|市|县|区|州)委(?:省|市|县|区|州)政府$")
# The issuing level's own platform or store, named by its tier: in a province's text "依托省级充电基础设施
# 监管服务平台" (round 15, 福建), "建设省级投融资综合服务平台" (round 4, 黑龙江), "建立省级科技计划项目成果库"
# (round 6, 山东), "建立省级科技成果转化项目库与需求库" (round 4, 福建); in a city's "接入市级能耗在线监测平台"
# (round 15, 深圳). One platform of the province or city, built or relied on right after the verb; elsewhere
# a tier is a class (SUBNATIONAL_TIER: "推动省级生态保护红线监管平台建设" in a ministry's text is each
# province's; counted "新认定…省级中试平台10家", designations "省级中小企业公共服务示范平台" stay classes).
OWN_TIER_PLATFORM = re.compile(
    r"(?:依托|建设|建立|建成|接入|搭建|打造|完善)(?P<name>(?P<level>[省市])级(?P<head>[\u4e00-\u9fff]{4,14}?)"
    r"(?:平台|项目库|成果库|数据库|资源库))(?![\u4e00-\u9fff]{0,2}(?:体系|家|个|\d))"
)
# Words of a designation or of a kind in the head: the tier then ranks a class, not one platform.
OWN_TIER_NOT_HEAD = re.compile(r"重点|示范|中试|工业互联网|相关|有关|各类|创新|孵化|公共服务")
# An excerpt without its issuer tells its level by how it names its whole territory: "全省", "本省", "我省"
# in a province's text, "全市", "我市" in a city's (round 15: 7 × 全省 in 福建's charging plan, 2 × 全市 in 深圳's
# carbon plan); the level must be named more often than the other and no less than the nation (全国).
TERRITORY_WORD = re.compile(r"[全本我](?P<level>[省市])(?!场|级|域|委|政府|长)")
NATION_WORD = "全国"
# A platform word that closes a quoted formula of parts joined by "+" is a part of a model, not a platform
# (round 17's second wave, 重庆's 15th five-year outline: "积极探索人工智能驱动的“科创大脑+未来实验室”新型科研
# 范式"); a quoted formula before a name's ending stays in the name ("“互联网+义务教育”实验区").
FORMULA_PART = re.compile(r"“[^“”]{1,12}\+$")
# Words jieba reads as adverbs that are part of a body's or zone's name after a place: "深汕特别合作区管委会"
# (round 17's second wave, a 深圳 measure's lead units: 深汕/ns 特别/d), "香港特别行政区政府"; no cut there.
NAME_ADVERBS = frozenset({"特别"})
# A body written right after the writer's pronoun is the writer's unit, named without the pronoun (round 17's
# second wave, a ministry's EIA approval: "将…报告书分送我部华东督察局、海河流域…监督管理局" names 华东督察局).
PRONOUN_UNIT = re.compile(r"^[我本](?:部|局|委|厅|署)(?=[\u4e00-\u9fff]{2})")
# A name that opens with 部分 ("some of") names some of a kind (round 17's second wave, a ministry's reply:
# "部分省级人民政府也出台了相关标准"), a class.
SOME_OF_OPENING = re.compile(r"^部分(?=[\u4e00-\u9fff]{2})")
# A residents' or villagers' committee written short after its street office or town is a place in an address
# (round 17's second wave, a 南川 station table: "重庆市南川区东城街道办事处水龙岩河居委7组"), not a body.
ADDRESS_COMMITTEE = re.compile(r"(?:街道办事处|街道|镇|乡)[\u4e00-\u9fff]{1,5}(?:居委|村委)$")


# --- round 19 (session 20, fix19ext) -------------------------------------------------------
# A city's bureau has branches in its counties, named with the bureau and the county written in full:
# "吉林省长春市环境监察支队联合长春市生态环境局德惠市分局对…进行检查" (round 19, cases of monitoring
# fraud) is one body, not the bureau and a county's body in a row (_next_body_by_place), as a central
# body's branch is (VERTICAL_BODY). Only a bureau (局) and a branch (分局) right after the place.
BUREAU_BRANCH_HOST = re.compile(r"局$")
BUREAU_BRANCH_ENDING = "分局"
# … the branch as a whole: a county's or district's name (one to four characters and its level) and 分局.
BUREAU_BRANCH = re.compile(r"[\u4e00-\u9fff]{1,4}[市县区旗]分局")
# The environmental monitoring stations that are a government's agencies (INSTITUTION_ENDINGS) are named by their
# county or city: "定远县环境监测站"; opened by anything else they are a kind ("关于建立国家级环境监测站的运行、
# 维护机构", round 9), as "园区环境监测站" is.
PLACED_STATION_ENDINGS = ("环境监测站", "环境监测中心站")
# A member list names bodies besides ministries in its posts (round 19, a gov.cn list of a textbook committee's
# members, one <p> per member): "甄占民　　中央党校副校长", "吴德刚　　中央党史和文献研究院副院长", "高培勇　　社科院
# 副院长", "王荣华　　教授、上海市政协原副主席", "韦志榕　　编审、人民教育出版社原总编辑", "中央宣传部副部长、中央政研室
# 副主任". The body (an academy, a school, a press, an office, a CPPCC committee) is written whole before the post, a
# former post keeping 原, with nothing but a separator before it, as MEMBER_POST reads a ministry; it counts where a
# national word or a place opens it (MEMBER_BODY_OPENING) or it is a short form all know (MEMBER_SHORT_BODIES).
MEMBER_BODY_POST = re.compile(
    r"(?:(?<=[\s、：:，,])|^)(?P<body>[\u4e00-\u9fff]{2,16}?(?:院|校|社|室|政协|局))原?"
    r"(?:副院长|院长|常务副校长|副校长|校长|副社长|社长|副总编辑|总编辑|副主席|主席|副主任|主任|副局长|局长)"
    r"(?=[\s、，,。；;<]|$)"
)
MEMBER_BODY_RUN = re.compile(r"[\u4e00-\u9fff]+")
MEMBER_BODY_SPOT = re.compile(r"院长|校长|社长|总编辑|主席|主任|局长")
MEMBER_NATIONAL_OPENINGS = frozenset({"中央", "国务院", "国家", "全国", "中国", "人民"})
MEMBER_BODY_OPENING = re.compile(rf"^(?:{'|'.join(sorted(MEMBER_NATIONAL_OPENINGS, key=len, reverse=True))}|{PLACE})")
# … the national academies, the Party's research office and the religious-affairs administration by the short forms
# national texts write ("社科院副院长", "工程院副院长", "中央统战部副部长、宗教局局长").
MEMBER_SHORT_BODIES = frozenset({"社科院", "工程院", "宗教局", "中央政研室"})
# A platform named by a quotation and its head keeps the whole quotation, though a verb inside it cut its left
# edge (round 19, the 2020 task division of 放管服): "在中国政府网设立“优化营商环境进行时”平台" names
# “优化营商环境进行时”平台, not 营商环境进行时”平台 (优化 read as the verb deploying it). The quotation opens at most
# QUOTE_OPENED_MAX characters before the cut, with no clause break between (QUOTE_OPENED_BREAK).
QUOTE_OPENED_MAX = 12
QUOTE_OPENED_BREAK = re.compile(r"[，。；：、！？\n]")
# QUOTE_OPENS_NAME (ext50b): a platform whose name opens with a quotation starts at its opening quote when the
# few words before the quote are no place of its own but the last item of a list the quotation sums up or a verb
# (rounds 30 and 34, 杭州's health outline and 湖北's 2026 report): "打造市域生产、供销、信用“三位一体”为农服务综合
# 平台" names “三位一体”为农服务综合平台, "推动共建共治共享“七大要素”交易服务平台" names “七大要素”交易服务平台. A
# place or a national opening before the quote stays ("宿迁“四化”同步集成改革示范区", "杭州“芯火”双创基地", round 36's
# "国家超算“超智存”算力融合平台", 天津's 2026 report), and so do other words ("数字“三农”服务平台").
# QUOTE_OPENS_NAME_MAX: the most characters before the quote.
QUOTE_OPENS_NAME_MAX = 4
QUOTE_OPENS_NAME_ITEM_BEFORE = "、"
QUOTE_OPENS_NAME_VERB_TAG = "v"
# Science facilities named wholly in quotation marks in a list closed by 等…科技基础设施 or 等…科学装置 are platforms,
# named without the marks, however long (round 19, 辽宁's S&T plan for carbon neutrality; round 6's convention): "加快
# 推进“基于高亮度极紫外自由电子激光的前沿科技研究设施”、“超大型深部工程灾害物理模拟设施”、“海洋工程环境实验与模拟
# 设施”等重大科技基础设施建设". (QUOTED_IN_PLATFORM_LIST reads short brands only.)
QUOTED_FACILITY = re.compile(r"“(?P<name>[^“”，。；：、]{4,30})”")
QUOTED_IN_FACILITY_LIST = re.compile(
    r"(?P<items>(?:“[^“”，。；：、]{4,30}”[、和及]?)+)等(?:国家)?(?:重大)?(?:科技基础设施|大?科学装置|科学设施)"
)
# The nation's exchange of one good is one platform, though every word of its head is generic (round 19, 辽宁's S&T
# plan for carbon neutrality): "充分利用国家绿色技术推广目录和国家绿色技术交易中心等", as "国家排污权交易中心" was
# (earlier rounds' gold); 国家 opens it and the good stands between (not "国家级…": a tier).
NATIONAL_EXCHANGE = re.compile(r"^国家(?!级)[\u4e00-\u9fff]{2,8}交易中心$")
# Items of a list that share the platform's head are no name of their own, nor is the last with the head
# (round 19, the NEV plan's chapters, technical platforms to build): "建立汽车电动化、网联化、智能化虚拟仿真和测试
# 验证平台", "建立面向未来出行的新能源汽车与智慧能源、智能交通融合创新平台" name one platform each, described (gold
# `may` for the whole, a trap for the tail). The item before 、 is a short modifier (at most LIST_HEAD_ITEM_MAX
# characters after the last break, LIST_HEAD_ITEM_BREAK, within LIST_HEAD_ITEM_WINDOW) with no ending of its own and
# no framework word ("完善标准体系、…平台" lists two things), and either a process (…化: LIST_HEAD_PROCESS_ITEM) or
# fused by the name (融合, 一体化, 协同: LIST_HEAD_FUSION) where the name holds no place or quotation. Proper items
# keep the last name whole, as earlier rounds' gold does: "持续支持金凤、嘉陵江、明月湖实验室发展", "支持大青山、
# 鄂尔多斯实验室做大做强", "“三江”流域水风光一体化清洁能源基地".
LIST_HEAD_PROCESS_ITEM = re.compile(r"化$")
LIST_HEAD_FUSION = re.compile(r"融合|一体化|协同")
LIST_HEAD_PLACE_TAGS = frozenset({"ns"})
LIST_HEAD_ITEM_MAX = 5
LIST_HEAD_ITEM_WINDOW = 16
LIST_HEAD_ITEM_BREAK = re.compile(r"[、，。；：的与和及（）“”\s]")
# A count before a tier cut from the name counts a class of that tier (round 19, 武汉's hydrogen plan): "创建6个省级及
# 以上氢能产业创新平台" (the tier "省级及以上" is cut from the name as a description; COUNTED_CLASS stands right
# before the name only).
COUNTED_TIER = re.compile(
    r"(?:\d+|[一二三四五六七八九十两]+)(?:多|余)?[家个项批所类种座][\u4e00-\u9fff]{1,3}级(?:及以上|以上)?$"
)
COUNTED_TIER_WINDOW = 14
# … and so is a short form written before a landform, a road or a tunnel: "本宽线北大岭隧道及引线新建工程" (round 19,
# a PPP project table) names a ridge's tunnel, not 北大 (北京大学).
# … and before 门, a gate: "内蒙古是祖国的“北大门”" (round 46, 内蒙古's 2026 report: the country's northern gateway, as
# 南大门 is a southern one), not 北大 (北京大学); not 门诊 (a clinic).
LANDFORM_AFTER_FORM = re.compile(r"(?:岭|峰|坡|沟|峪|岛|隧道|大桥|桥|路|街|门(?!诊))")
# … and so is one written before 附中/附小, the university's affiliated school (round 22, a 天河 news page on school
# admission): "清华附中湾区学校（智谷校区）" names a school of 清华大学附属中学, not the university.
AFFILIATED_SCHOOL_AFTER_FORM = re.compile(r"附(?:中|小|属中学|属小学)")
# An international organisation's listed form written before 国家/成员国 names its member states, and one written
# before a conference's name (…大会, …峰会) names the conference, not the organisation as an actor (round 36,
# 重庆's review: "成功举办…上合组织国家电影节"; round 37, 新疆's: "上合组织国家媒体合作论坛"; round 37, 福建's
# review: "3个典型案例亮相联合国气候变化大会"; round 19, a carbon-market plan: "依托联合国气候变化大会、中国碳市场
# 大会等平台"). Not a forum (论坛): "成功举办联合国世界数据论坛" (round 28) keeps 联合国 as the host the gold names.
ORGANISATION_EVENT_AFTER_FORM = re.compile(r"(?:国家|成员国|[\u4e00-\u9fff]{0,5}?(?:大会|峰会))")
# A table exploded one cell per line breaks a long name at a line end, leaving a body's bare ending alone on the
# next line (round 19, a 上海 table of acceptance results): "临港新片区\n管理委员会", "百度智行科技（上海）\n有限公司".
# The name is the line before and the ending, read without the break (the gold writes it as printed; white space is
# layout), where that line is a short head of name characters (BROKEN_CELL_HEAD, at most BROKEN_CELL_HEAD_MAX) with
# no institution's ending of its own (a zone's ending is part of its committee's name: 新片区).
BROKEN_CELL_TAIL = re.compile(r"管理委员会|管委会|(?:集团)?(?:股份)?有限(?:责任)?公司")
BROKEN_CELL_HEAD = re.compile(r"[\u4e00-\u9fff（）()]+")
BROKEN_CELL_HEAD_MAX = 14
# … and a cell's line break can fall anywhere else in a name: after its place alone ("宜春市\n财政局",
# "宜春\n种子管理局"), inside its own words ("宜春市工业和信息化\n委员会", "湖南第一师范\n学院"; round 28, two Word
# tables of city bodies and of universities flattened one cell per line, gold as written with the break). The two
# lines are one name when the first is a head opening with a place (PLACE_RE or a jieba place word), with no body's
# ending of its own, the second a whole line of at most BROKEN_CELL_LINE_MAX name characters that opens neither with a
# level (BROKEN_CELL_OWN_LEVEL: "市档案局" is a body written whole, under a person's name in a contact column) nor with
# a place of its own ("南昌市…"; 江河 of "江河管理局" is no such place), and the two read together are exactly one
# institution's name.
BROKEN_CELL_LINE_MAX = 14
BROKEN_CELL_OWN_LEVEL = re.compile(r"[省市县区州]")
# BROKEN_TAB_CELL (ext55b): the same break in a table whose rows are written one a line with tabs between the cells
# (round 29, yc-civilselect-2018's 宜春 recruitment table: "20\t宜春市外事侨务\n办公室\t科员\t章雅丽\t…", gold
# 宜春市外事侨务\n办公室 as written): the broken cell is the line's last cell over the next line's first, read by the
# rule above as two lines would be. A line without tabs is one cell, as before.
BROKEN_TAB_CELL = "\t"
# BROKEN_SCHOOL_TAIL (ext55b): a next line that is only a school's kind (学院, 高等专科学校) is no name of its own, so
# the head over it need not open with a place jieba knows: "兴义民族师范\n学院", "铜仁幼儿师范\n高等专科学校" (round 28,
# nat-teachercert-2022, a Word table one cell per line; 兴义 and 铜仁 are cities jieba does not tag as places).
BROKEN_SCHOOL_TAIL = re.compile(r"大学|学院|(?:高等)?专科学校")
# … and a PDF's line wrap or a table cell's break can leave a name's head at the end of the line before, after a list
# separator or the cell's tab, the name read from the line start (rounds 29–31: "…八七会议会址纪念馆—武\n汉中共中央机关
# 旧址纪念馆" read as 汉中共中央机关旧址纪念馆, "（湘鄂边\n苏区革命烈士陵园", "11\t宜春市国有资产\n监督管理委员会" read
# as 监督管理委员会; gold as printed, with the break). The name is that fragment and the name read without the break,
# where the line before ends in a run of at most WRAPPED_FRAGMENT_MAX Chinese characters right after one of
# WRAPPED_FRAGMENT_AFTER (a dash, an enumeration comma or a tab, white space after it allowed: "、 武汉市盘龙城\n遗址
# 博物院"; not white space alone: "8、南水北调 饮水思源\n十堰市博物馆" is a route's title line over its first stop), and
# the two read together are exactly one name of the same category ("加快建设\n国家实验室" reads as 国家实验室 alone).
WRAPPED_FRAGMENT_MAX = 8
WRAPPED_FRAGMENT_AFTER = re.compile(r"[—－–\-、，,（(\t][ 　]*$")
# … but not after a heading's number: "三、联系方式\n省工业和信息化厅科技处" (round 10, a 青岛 notice) is a heading
# over a contact line (WRAPPED_FRAGMENT_LABEL, the line's start up to the fragment).
WRAPPED_FRAGMENT_LABEL = re.compile(
    r"\s*(?:第?[一二三四五六七八九十百\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])\s*"
)
# WRAPPED_NAME_TAIL (ext29): the other way round - a hard-wrapped text (PDF text, a line every ~28 characters) breaks a
# name with its END on the next line, or on the line after a page-number line: "建设国家级江南文化（苏州片区）生态\n保护
# 实验区" (round 30, su-fyp15-culture), "—十堰房县雷天明纪\n念馆及红军烈士纪念塔", "老河口市丹渠博物\n馆" (round 31,
# hb-redroutes; gold as printed, with the line end). Where the line is a full one (the text's usual full line: the
# commonest length of its lines of WRAP_LINE_MIN characters or more, less WRAP_LINE_SLACK) and ends in a Chinese
# character (no sentence end or mark before the break), the line's last WRAP_HEAD_MAX characters and the next line
# are read as one; a name found across the break replaces what was read on either side of it. Not where the line
# ends with a name's ending (ENDING), a name of its own: "东北亚数字科技（辽宁）集团有限公司\n东北亚跨境实业互联服务
# 平台" (round 9, nat-smedigital-2020, a table flattened one cell a line: a firm over its platform, two names).
WRAP_LINE_MIN = 16
WRAP_LINE_SLACK = 2
WRAP_HEAD_MAX = 40
# WRAPPED_ENDING_TAIL (ext55b): a line ending in a name's ending still continues that name when the next line
# opens with only a short word the name ends in and then runs on: "—随州新四军第五师司令部\n旧址—曾都区九口堰新四军
# 五师纪念馆—" (round 31, hb-redroutes: 司令部 ends the line, the site is 随州新四军第五师司令部旧址, gold as printed
# with the line end). The cell case stays apart: there the next line is a whole name of its own, ending the line.
WRAPPED_ENDING_TAIL_MAX = 3
# NUMBER_LINE_BREAK (ext55b): a text without hard wraps (a paragraph a line) can still have a paragraph cut mid-word
# by a page- or endnote-number line: "…建设南沙港区五期工程数字孪生\n88\n平台，构建智慧港口运营管理体系。" (round 24,
# gz-fyp15-hubinfra-2026, a portal page's endnote number; gold as printed). A line of NUMBER_LINE_BREAK_MIN characters
# or more (a paragraph, not a heading) ending in a Chinese character, then a number line, then a line opening with one,
# is read across the number line as a wrapped full line is.
NUMBER_LINE_BREAK_MIN = 40
# Parks listed before "等…园" each ending in 园 are parks of that kind, named by their village and trade, whatever
# their last word (round 19, a 山西 county's reform tasks): "以“打造十园建设”为载体，推进中药材现代农业产业园、杨村
# 秦家庄规模健康养殖园、西河底有机谷子集约发展园、潞城高效农业栽培产业园等特色园建设" (养殖园 and 发展园 are no
# endings of ours). Items of LISTED_PARK_MIN characters or more, not a kind (is_generic). Public parks and gardens
# are green space, no platform: "中央公园、万里公园等现状公园" (pt-landnear-2026).
LISTED_PARK_ITEM_MAX = 20
LISTED_PARKS = re.compile(
    rf"(?P<items>[\u4e00-\u9fff]{{2,{LISTED_PARK_ITEM_MAX}}}园(?:、[\u4e00-\u9fff]{{2,{LISTED_PARK_ITEM_MAX}}}园)+)"
    r"等[\u4e00-\u9fff]{0,6}(?<![公花游])园"
)
# LISTED_PARKS_FROM_FIRST_ITEM_END: every match holds its first item's end "园、" at most LISTED_PARK_ITEM_MAX
# characters after its start, so no match starts more than that before the next "园、" of the text: the pattern is
# tried from there (tried at every character, reading up to 20 characters of each for a 园, it was 1.3 % of the
# analysis' samples over the N = 200 generated corpus).
LISTED_PARK_ITEM_END = "园、"
LISTED_PARK_MIN = 5
LISTED_PARK_NOT = ("公园", "花园", "游园")


# --- round 20 (session 21, ext21) ------------------------------------------------------------
# A key-project table names one project per row, "| n | name | content | category | lead unit |", and the
# project builds the park or platform its name cell carries, with no verb in the cell (round 20, 重庆's 2026
# key projects): "| 194 | 开州光电产业园 | 总占地面积约20亩 |", "| 189 | ★长寿经开区先进金属材料产业园配套基础
# 设施建设项目 |", "| 191 | 永川伯镭科技产业园（一期） |", "| 192 | 永川云谷大数据产业园F区（保障性租赁住房） |",
# "| 183 | 两江水土高新产业园复兴北片区基础设施工程（一期） |"; round 19's PPP table too ("| 18 | 营口经济技术开发区
# 望儿山文化创意产业园旅游服务基础设施项目 |"). The name cell is the one after the row's number
# (PROJECT_ROW_OPENING); what follows the name in its cell is a project's
# tail (PROJECT_CELL_TAIL): a zone or phase of the park, its (supporting) infrastructure, 建设, 项目 or 工程,
# a bracketed phase or scope. A park's ending (kind 园区) needs no more; the common 中心 and 平台 count only with
# 项目, 工程 or 建设 in the tail (PROJECT_CELL_WORD): a cell that is only a centre's name may be a unit.
# The number's cell is read back from the name's cell, so that a one-line crawl of the table, every row on one line
# ("…| 开州区政府 | | 195 | 忠县“以竹代塑”产业园 |…"), is read as the lines of a markdown file are.
PROJECT_ROW_OPENING = re.compile(r"(?:^|[\n|])[ \t]*\d{1,4}[ \t]*\|$")
PROJECT_ROW_NUMBER_REACH = 12
PROJECT_CELL_TAIL = re.compile(
    r"(?:[A-Za-z0-9\u4e00-\u9fff]{1,4}?(?:片区|区))?"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:配套)?(?:基础设施|设施))?"
    r"(?:建设)?(?:项目|工程)?"
    r"(?:[（(][^（）()|\n]{1,12}[）)])?[ \t]*"
)
PROJECT_CELL_WORD = re.compile(r"项目|工程|建设")
PROJECT_CELL_PARK_KIND = "园区"
# … the kinds that count with such a word: not a hub, "| 178 | ★重庆站铁路综合交通枢纽工程（站北路及东西侧立交工程） |"
# is a railway station's works.
PROJECT_CELL_WORD_KINDS = frozenset({"平台", "中心"})
# A centre or base named by the goods it stores, moves or makes is a facility, a warehouse or a plant, not a
# platform (round 20, 重庆's key projects: "新建苗木及花鸟仓储中心、农贸仓储中心、水产肉禽仓储中心、水果仓储中心",
# "建设货物集散中心、分拨中心", "| 168 | 梁平邮件处理及仓配中心建设项目 |", "建设恒昌医药集团西南分销中心",
# "| 101 | 垫江药包材生产基地技改建设扩能项目（四期） |", "建设慢病及老年病质谱生化检测研发生产中心"; earlier gold
# has "物流分拨中心", "物流配送中心", "保税物流中心", "区域分销中心", "钢铁生产基地", "高端食品生产基地" as traps
# and firms' "…生产基地" as may). Not 物流基地 ("西宁国家骨干冷链物流基地" is a designated base) nor a
# 供应链平台 ("“一带一路”绿色供应链平台"); a trade centre of a good is named by its market ("玉湖冷链交易中心").
FACILITY_PLATFORM = re.compile(
    r"(?:仓储|仓配|储运|配送|分销|分拨|集散|加工|供应链|物流)中心$|仓储[\u4e00-\u9fff]{0,4}中心$"
    r"|大仓基地$|生产(?:中心|基地)$"
)
# PLANT_ROOM (fixext46): a centre or other platform written after a nuclear power plant's name is a room or building
# of that plant, no platform (round 46, a licence's conditions: "按照设计要求完成福建宁德核电厂应急指挥中心改造";
# rounds 14 and 44, inspection letters: the plant's 应急指挥中心, 环境实验室, 保卫控制中心 are traps). Only a nuclear
# plant: a virtual power plant's platform or centre is one ("广州市虚拟电厂管理中心").
PLANT_ROOM = re.compile(r"核电(?:厂|站)(?:[一二三四五六七八九十\d、]+号机组)?(?=[\u4e00-\u9fff])")
# An area (片区) written after a park's name is a part of that park, and the park's name ends before it (round 20,
# 重庆's key projects): "| 183 | 两江水土高新产业园复兴北片区基础设施工程（一期） |" names 两江水土高新产业园 (the gold
# keeps a park's zone out of its name); the area of a pilot free trade zone stays one name (PILOT_ZONE_AREA:
# "湖北自贸试验区襄阳片区").
PARK_AREA_ENDING = "片区"
PARK_AREA_HOST_KIND = "园区"
# A platform of the nation's that a firm hosts is named without the firm, though a firm's own park keeps it
# ("上药集团生物医药产业园"): "——黄河上游水电开发有限责任公司国家光伏发电试验测试基地配套20MW储能电站项目" (round 20,
# the national energy-storage plan's demonstration projects) names the firm and 国家光伏发电试验测试基地.
HOSTED_NATIONAL_OPENING = re.compile(r"国家(?!级)")
# SECTOR_PAIR_AFTER (fixext55): 银行 with 保险 after it is the sector pair banking-and-insurance (银行保险机构,
# 银行保险业), no bank hosting the platform: "支持北京银行保险产业园建设" (heldout55, 北京's 十五五 outline: the
# banking-and-insurance park is gold, 北京银行 the firm is named nowhere in the text).
SECTOR_PAIR_AFTER = {"银行": "保险"}
# Provinces listed as the subject of a verb of building built one platform each (round 20, a ministry's one-line
# praise of provinces' enforcement drills): "北京、西藏新建移动执法平台，整合多源执法数据" (gold: platforms each
# province builds) — a class, as with "各省均建立了…" (DISTRIBUTED_BUILD); reached over PLACES_BUILD_REACH
# characters before the name. A name with a place or a mark of its own stays one ("长三角…平台": distributed_classes).
PLACES_BUILD = re.compile(
    rf"(?<![\u4e00-\u9fff]){PLACE}(?:、{PLACE})+(?:等地|等省份?)?(?:新建|建立|建成|搭建|开通|上线)了?$"
)
PLACES_BUILD_REACH = 40
# A platform named by a kind of actor that runs it is each such actor's own, a class (round 20, 广州's V2G plan, gold
# traps "运营商平台", "电网企业平台"): "推动充换电运营商平台接入市级虚拟电厂服务平台", "优化和完善计量结算和客户服务相关
# 电网企业平台功能". Not a platform for firms ("…企业服务平台": the head is a service).
ACTOR_KIND_PLATFORM = re.compile(r"(?:企业|运营商|厂商|商家|机构|单位|用户)平台$")
# 以 before a cited paper opens the way a body acts, whatever word jieba makes of the body's last character and 以
# (round 20, an EIA approval: "山西省发展改革委以《关于…的承诺函》明确", jieba's 委以 "entrust"): the name ends
# before it.
PAPER_CITED_AFTER = re.compile(r"以《")
# A platform of "the localities" or of "the State Council's departments" is each one's own, a class (round 19, the
# 放管服 task division: "推进国务院部门重点垂直管理业务信息系统与地方政务服务平台的对接", "各省…和国务院部门政务服务
# 平台与国家政务服务平台应接尽接"; earlier gold traps "地方数据平台"). Not 地方金融 (a province's financial bureau
# and its platforms: "地方金融管理局") nor 地方志 (the gazetteer office).
LOCALITIES_PLATFORM_OPENING = re.compile(r"^(?:地方(?!金融|志)|国务院部门|中央部门)")
# A name quoted whole before 模式 (a model), 机制 or 理念 is the label of a way of working, no body or platform
# (round 20, 广州's V2G plan): "推广“电池银行”模式，提高电池利用率" names no bank.
QUOTED_MODEL_AFTER = re.compile(r"[”\"](?:模式|机制|理念)")
# A name quoted whole before the rest of a longer name is that name's brand, no platform of its own (round 24,
# 深圳's science outline): "建设“鹏城云脑”网络智能重大科技基础设施" names the facility, not a 鹏城云脑 beside it. The
# rest of the name runs from the closing quote to a platform's ending (QUOTED_BRAND_OF_NAME).
QUOTED_BRAND_OF_NAME = re.compile(r"[”\"](?P<rest>[\u4e00-\u9fff]{2,20})")
# A platform named for "a megacity" is what such cities build, a kind or a city's role, no name (dev round 6,
# 上海's zero-carbon parks: "积极探索超大城市零碳园区建设路径"; round 20, 重庆's key projects, a group row:
# "| 三、超大城市现代化治理示范区 |"; round 18's gold has "多模融合超大城市治理大模型" as a trap). Only zones and parks
# (MEGACITY_ZONE_KINDS), a model or status for such cities; a platform is the one the megacity writing builds
# ("构建超大城市综合运行管理与协同平台", 上海's S&T plan in data/plans).
MEGACITY_OPENING = re.compile(r"^(?:超大|特大)城市")
MEGACITY_ZONE_KINDS = frozenset({"园区", "示范区"})
# A county's or district's government named by its place, which jieba reads as one place word with the level though
# it tags the place alone as a verb (round 20, 重庆's key projects, a lead unit: "奉节县政府", 奉节/v but 奉节县/ns):
# the head is a place, not a verb before a bare ending ("确保县政府…" stays a verb's object: 确保/v).
PLACE_LEVEL_END = ("县", "区", "市", "旗")
PLACE_LEVEL_TAG = "ns"
# A directory table flattened one cell per line (FIRM_LINE: the provider's line, then its product's) names
# the product by its whole cell where that cell ends in 平台 (round 21, MIIT's SME digital-services directory,
# parts 六–八; heldout8 took parts 一–三 of the same table): "北京中小在线信息服务有限公司\n一带一路中小企业合作
# 平台", "广东美云智数科技有限公司\n美的智能AI平台", "天津开发区精诺瀚海数据科技有限公司\nJoin Cloud 物联网与数据
# 分析赋能平台". The layout names it: words the running-text rules read as a kind ("一带一路", "美的", a Latin
# brand before a space, "…及运营一体化平台") are the product's own. Every such cell of both rounds is gold or
# `may`; cells ending otherwise (…解决方案, …系统, …项目) are left to the other rules. A cell of at most
# PRODUCT_CELL_MAX characters.
PRODUCT_CELL_ENDING = re.compile(r"平台$")
PRODUCT_CELL_MAX = 40
# A cloud a plan builds, named by what it serves, is one platform (round 21 and heldout6, NMPA's and the State
# Forestry Administration's plans): "建设药品监管云，打破各系统间物理壁垒", "通过中国林业云、智慧林业决策平台等重点
# 建设工程的实施". Framed as every 云 ending (专有云, 政务云); a head of fewer than CLOUD_HEAD_MIN characters is a
# kind or a firm ("公有云", "自建云", "第三方云", "环保云", "阿里云", "企业上云").
CLOUD_ENDING = "云"
# Endings that, quoted before another ending, are a brand of the platform after them, not a name of their own
# (ENDING_RUNS_ON keeps them from ending there): "“水之云”服务平台" (heldout5), "加快建设“物流一张网”平台" (heldout2).
QUOTED_BRAND_ENDINGS = frozenset({CLOUD_ENDING, "一张网"})
# QUOTED_LIST_NOT_NAME (fixext59): a quoted 、-list is a slogan of roles or parts ("“总平台、总链长”", "“两区、三基地”",
# "“大系统、大平台、大数据”"), no name's last word: a platform read to an ending inside such a list ends before its
# opening quote, where a platform's ending stands, and is no name otherwise (round 59, 广州's outline: "充分发挥粤港澳
# 大湾区国家技术创新中心“总平台、总链长”功能" gave "粤港澳大湾区国家技术创新中心“总平台"; the centre is gold).
# The closing quote is looked for within QUOTED_LIST_REACH characters of the name's end.
QUOTED_LIST_ITEM_BREAK = "、"
QUOTED_LIST_REACH = 24
# QUOTED_VALLEY_BRAND (fixext59): a quoted valley (…谷, a park's ending of its own) right before the words and
# the ending of a zone or a centre, no verb between, is the brand of that longer name, as
# "“鹏城云脑”网络智能重大科技基础设施" (QUOTED_BRAND_OF_NAME): round 59, 杭州's outline, "加快推进“中国数谷”
# 数据产业集聚区试点建设" names the gold “中国数谷”数据产业集聚区 (read as 中国数谷 and a bare, generic
# 数据产业集聚区); round 40's gold 徐汇区“营养健康谷”精准营养创新策源区 likewise. The rest is read in its run
# of name characters (QUOTED_VALLEY_REST), and its first ending must be a platform's with no verb before
# it: "“南繁硅谷”建成全国数量最多…" names the valley alone.
QUOTED_VALLEY_BRAND = re.compile(r"“[\u4e00-\u9fff]{1,8}谷”")
QUOTED_VALLEY_REST = re.compile(r"[\u4e00-\u9fff]{2,20}(?![\u4e00-\u9fff])")
CLOUD_HEAD_MIN = 4
# QUOTED_KIND_TAIL (fixext48): a bare kind quoted right after the words that describe it closes one name with them, the
# quote only stressing the kind (round 48, a digest of 雄安's smart-city opinion: "建设公共文化服务“云平台”。", gold
# 公共文化服务“云平台”; earlier golds keep such quoted tails too: 城市“一张网”, 山东法律“淘宝网”). Only a kind alone
# in the quotes (generic), after two name characters, where no name character follows the quote (PLACE_IN_NAME's).
# … not after a naming verb, which defines a short form (heldout12, 广州's youth-base rules: "（以下统称“基地”）"), nor
# after a name of its own, whose quoted role follows it (heldout23, 重庆's outline: "珞璜片区“先行区”").
QUOTED_KIND_NAMING = re.compile(r"称$")
QUOTED_KIND_TAIL = re.compile(r"“([\u4e00-\u9fff]{1,6})”(?![\u4e00-\u9fff])")
# QUOTED_CLOUD_CLOSES (fixext48): a quoted cloud that closes its clause has no platform after it to be the brand of, so
# it is the platform itself (round 48, 重庆's smart-city digest: "2019年，全面建成“国土房管云”，数据智能化技术体系基本
# 形成"), where "“水之云”服务平台" runs on into the platform it brands (ENDING_RUNS_ON).
QUOTED_CLOUD_CLOSES = re.compile(r"[”\"][，。；！？]")
# … of name characters only ("任务专栏1　药品监管云建设" is a box's label run into its title), and not ending in a
# word that says how the cloud is run or a system it serves (round 21, the same plan): "租赁第三方云", "租用政务
# 云、自建云", "提升药品监管体系云服务能力" name kinds and capacities.
# A head of more than CLOUD_HEAD_MAX characters carries words before the name (heldout4, heldout): "设参保人个人
# 医保云" (`may` 个人医保云), "全省智能网联汽车车路云" (vehicle, road and cloud, a formula).
# A conjunction in the head joins kinds (heldout6, the national AI plan): "人工智能软件、硬件和智能云之间相互协同".
CLOUD_HEAD = re.compile(r"^(?:(?![和及与])[\u4e00-\u9fff])+$")
CLOUD_HEAD_MAX = 6
CLOUD_KIND_HEAD_END = re.compile(r"(?:第三方|公有|私有|混合|自建|体系)$")
# … and names the provider by its whole cell, the line after the row's number (round 21 and heldout8, the same
# directory): "2\n北斗未来创新科技发展（深圳）有限公司", "14\n上海至数企业发展有限公司", "5\n优质采（北京）科技
# 发展有限公司" (heldout8): a place in brackets inside a firm's name and a head the running-text rules read as words
# of a kind are the firm's own. A cell of name characters ending in 公司 or 集团 (PROVIDER_CELL).
ROW_NUMBER_CELL = re.compile(r"^\d{1,3}$")
PROVIDER_CELL = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9（）()·]{4,40}(?:公司|集团)$")
# An item of a list that ends in 工程 or 系统 is complete before 和 or 及, however short what the anchors left of it
# (round 21, the 2013 smart-forestry opinion): "智慧林业文化建设工程和中国林业网站群建设" (建设 cut the first item to
# "工程": the name is 中国林业网站群, not "工程和中国林业网站群"), "打造统一完善的林业视频监控系统及应急地理信息
# 平台" (two things: the …系统 is `may`, the platform gold). Not before 与, which joins fields inside a
# laboratory's name: "大规模个性化定制系统与技术全国重点实验室" (heldout7).
# So is a port area named by its port before 及 (round 23, 重庆's 十五五 outline): "提质建设果园港区及两路果园港综合
# 保税区，提升龙头港区及涪陵综合保税区功能" (the port areas are `may`, the bonded zones gold).
ITEM_END_BEFORE_CONJUNCTION = re.compile(r"(?:工程|系统|[\u4e00-\u9fff]{2}港区)$")
ITEM_END_CONJUNCTIONS = ("和", "及")
# PLATFORM_PRODUCT_BEFORE_CONJUNCTION: a platform named in full and a thing of its own (a model, a dataset: no ending)
# before 和, and a proper word after it, are two things; the second platform is named from the proper word (round 53,
# 杭州's 2026 report: "支持之江实验室科学基础模型和海纳数据枢纽建设": 海纳数据枢纽, not the whole span).
PLATFORM_PRODUCT_CONJUNCTIONS = ("和",)
PLATFORM_PRODUCT_MIN = 2
# A platform's head followed by 企业 or 公司 names a kind of firm, the firms that run such platforms (round 21, the
# 2024 equipment-renewal plan): "推动二手商品交易平台企业建立健全平台内经销企业、用户的评价机制"; so "工业互联网平台
# 企业" (heldout10), "园区平台公司" (heldout13).
PLATFORM_FIRM_AFTER = ("企业", "公司")
# Under a header whose second cell names the providers (PROVIDER_HEADER: "序号\n服务商名称"), a provider's cell is
# the provider whatever its ending (round 21 and heldout8, the same directory): "10\n阿里云创新中心\n创新赋能平台" (an
# innovation centre of a cloud firm, not a platform), "摆渡创新工场" (heldout8); a cell of name characters without
# brackets (PROVIDER_NAME_CELL: "脉脉（北京市淘天下科技有限公司）" is a brand and its firm, left to the other rules).
PROVIDER_HEADER = re.compile(r"^序号[ \t\u3000\r]*\n(?:服务商|单位|企业|机构)名称[ \t\u3000\r]*$", re.M)
PROVIDER_NAME_CELL = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·]{4,30}$")
# A product cell follows the provider's cell, whatever the provider's ending (round 22, parts 四–五 of the same
# directory): "2\n中国信息通信研究院\n可信工业云公共服务平台" (FIRM_LINE reads firms only). A product cell of Latin
# letters alone is a brand the features cell then names whole, the brand and its ending (BRAND_CELL,
# BRAND_FEATURE_NAME): "InSmart Cloud\nInSmart Cloud工业智能云平台是业界专业、技术领先的全组态式工业云平台".
BRAND_CELL = re.compile(r"^[A-Za-z][A-Za-z0-9 .+\-]{2,30}$")
BRAND_FEATURE_NAME = re.compile(r"[\u4e00-\u9fff]{2,16}?平台(?=是|为|，|,)")
# PAGE_LINK_LIST: a saved portal page keeps its navigation, a long run of short lines without the punctuation of
# running text, each a link ("网易首页\n应用\n网易新闻\n网易公开课\n网易严选…\n北京大学公开课\n英语课程学习", a
# 广东 government work report reposted on 网易, lineage50; the department link lists of gd-batteryeca-2026 and
# cq-smartcv-2025, may in their gold). A name read as part of such a line ("北京大学" in "北京大学公开课", "网易" in
# "网易严选") is a course, a channel or a shop, not an actor of the plan; a line that is the name whole (a department
# link, a list of platforms one a line) stays. A bare number among the lines makes them the cells of a table
# (序号 "1", "242"), whose names are read as before.
PAGE_LINK_TEXT_PUNCTUATION = re.compile(r"[。，；：、？！,;:]")
PAGE_LINK_TABLE_CELL = re.compile(r"^\d+$")
# A body before the title of a post is a member list's line, no link ("刘　伟\n财政部副部长", nat-pollcensus-2018;
# "甄占民　　中央党校副校长", nat-textbook-committee-2018): the body is named (MEMBER_POST reads it).
PAGE_LINK_POST_AFTER = re.compile(
    r"^[^\n]{0,8}?(?:长|主任|书记|主席|成员|委员|院士|总编辑|总经理|总工程师|总师|专员|巡视员|参事|秘书)$"
)
PAGE_LINK_LINE_MAX = 12
PAGE_LINK_RUN_MIN = 10
