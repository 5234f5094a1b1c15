"""Round 21's platform and institution causes (fix21ext, session 21): a directory table flattened one cell per
line names its providers and products by whole cells (PRODUCT_CELL_ENDING, PROVIDER_CELL), and a cloud a plan builds
is named by what it serves (CLOUD_ENDING, CLOUD_HEAD_MIN … CLOUD_KIND_HEAD_END). Each case is a short excerpt of a
scored text (round 21, heldout8, heldout6, heldout5, heldout4, heldout); guards pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document

# parts 六–八 of MIIT's 2020 SME digital-services directory (round 21); the header is the table's.
DIRECTORY = (
    "六、数字化平台类（20家）\n序号\n服务商名称\n产品或活动名称\n主要功能与特色\n服务对象\n咨询电话\n\n"
    "2\n北斗未来创新科技发展（深圳）有限公司\n链云网—北斗产融一体化服务平台\n"
    "链云网赋能北斗企业数字化营销，为企业提供线上商城、供需对接、供应链金融等数字化获客和销售服务。\n"
    "北斗导航与位置服务产业上、中、下游的中小企业\n0755-26924669\n\n"
    "4\n北京中小在线信息服务有限公司\n一带一路中小企业合作平台\n"
    "为中小企业在一带一路活动、贸易商机、投资指南及配套服务方面提供一站式全方位服务。\n中小企业\n010-88888888\n\n"
    "7\n天津开发区精诺瀚海数据科技有限公司\nJoin Cloud 物联网与数据分析赋能平台\n"
    "中小企业数据采集与可视化基础平台，具有扩展性强、可配置、多种部署方式等优势。\n各类用能企业\n0510-86689618\n\n"
    "14\n上海至数企业发展有限公司\n至数云服务设备资产数字化智能管理SaaS 平台\n"
    "提供设备资产管理SaaS平台服务。扫码实现报修维修、档案、培训、检测等多场景的管理。\n中小企业\n021-00000000\n\n"
    "17\n广东美云智数科技有限公司\n美的智能AI平台\n"
    "结合人工智能深度学习、图像处理等算法，打通数据的采集、标注、训练、模型全流程。\n制造业中小企业\n0516-87738575\n"
)


def test_directory_cells_name_products_and_providers() -> None:
    platforms, institutions = document(DIRECTORY)
    assert {
        "链云网—北斗产融一体化服务平台",
        "一带一路中小企业合作平台",
        "Join Cloud 物联网与数据分析赋能平台",
        "至数云服务设备资产数字化智能管理SaaS 平台",
        "美的智能AI平台",
    } <= platforms
    assert "物联网与数据分析赋能平台" not in platforms  # the cell is the name, its Latin brand included
    assert {"北斗未来创新科技发展（深圳）有限公司", "上海至数企业发展有限公司"} <= institutions


def test_heldout8_provider_with_a_bracketed_place() -> None:
    text = (
        "三、供应链对接类（9家）\n序号\n服务商名称\n产品或活动名称\n主要功能与特色\n服务对象\n咨询电话\n\n"
        "3\n天津搜科网拓科技有限公司\n供应链商城\n"
        "搜科商城经为实验室行业垂直电商平台，提供全面的搜产品、查价格、比参数、找供需等一条龙服务。\n"
        "实验室行业中小企业\n13902030130\n\n"
        "5\n优质采（北京）科技发展有限公司 \n优质采数字化采购供应链协同解决方案；\n企业采购实务操作与管理培训活动\n"
        "集智能采购、供应链管理与工作协同、监督管理、数据服务等多项业务为一体的综合性云服务平台；\n"
        "中小企业\n18110962127\n\n"
        "6\n陕西工业协作配套服务中心有限公司\n陕西供应链协作信息服务平台\n"
        "依靠互联网、移动互联网等信息技术，积极推进信息交流、产业资源共享等综合服务。\n中小企业\n15129202211\n"
    )
    platforms, institutions = document(text)
    assert "优质采（北京）科技发展有限公司" in institutions
    assert "陕西供应链协作信息服务平台" in platforms
    assert not {"供应链商城", "优质采数字化采购供应链协同解决方案"} & platforms  # other endings: other rules


CLOUDS = (
    "二、重点任务\n（一）整合基础平台\n"
    "建设药品监管云。建设国家局药品监管云，为国家局机关和相关直属单位完成监管数据和应用整合提供支撑。"
    "各省局可根据当地实际情况采取租用政务云、自建云与租赁第三方云等方式构建云平台，实现硬件资源整合。"
    "通过建设国家、省两级药品监管云，提升药品监管体系云服务能力。\n"
)


def test_a_cloud_named_by_what_it_serves() -> None:
    platforms, _ = document(CLOUDS)
    assert "药品监管云" in platforms
    assert not {"租赁第三方云", "自建云", "药品监管体系云", "第三方云"} & platforms


def test_clouds_that_are_kinds_or_brands_stay_out() -> None:
    # heldout4: a person's cloud with words before it; heldout: a formula of vehicle, road and cloud;
    # heldout5 and heldout: a quoted cloud is the brand of the platform after it.
    platforms, _ = document(
        "一、主要任务\n完善医保服务，设参保人个人医保云，方便群众查询。推进全省智能网联汽车车路云一体化建设。"
        "依托“水之云”服务平台，建设“智慧水网”。推进省级政务“一朵云”平台建设，提升政务服务能力。\n"
    )
    assert "“水之云”服务平台" in platforms
    assert "省级政务“一朵云”平台" in platforms
    assert not {"参保人个人医保云", "全省智能网联汽车车路云"} & platforms


def test_an_item_ending_in_a_project_or_a_system_before_a_conjunction() -> None:
    # round 21 (the 2013 smart-forestry opinion): ITEM_END_BEFORE_CONJUNCTION; not before 与 (heldout7's lab)
    platforms, _ = document(
        "一、推进策略\n本阶段以智慧林业基础设施为基础，完成智慧林业营造林管理系统、智慧林业文化建设工程和中国林业网站群建设等"
        "工程建设。积极推进林业应急感知系统建设，打造统一完善的林业视频监控系统及应急地理信息平台，为各级林业管理部门"
        "提供可视化的应急指挥服务。建设大规模个性化定制系统与技术全国重点实验室。\n"
    )
    assert {"中国林业网站群", "应急地理信息平台", "大规模个性化定制系统与技术全国重点实验室"} <= platforms
    assert not {"工程和中国林业网站群", "林业视频监控系统及应急地理信息平台"} & platforms


def test_firms_that_run_platforms_are_no_platform() -> None:
    # round 21 (the 2024 equipment-renewal plan): PLATFORM_FIRM_AFTER
    platforms, _ = document(
        "（九）支持二手商品流通交易。持续优化二手车交易登记管理，促进便利交易。推动二手商品交易平台企业建立健全平台内"
        "经销企业、用户的评价机制，加强信用记录、违法失信行为等信息共享。\n"
    )
    assert "二手商品交易平台" not in platforms


def test_linking_up_opens_no_name() -> None:
    # round 21 (NMPA's smart-supervision plan) and heldout9: 打通 is an anchor
    _, institutions = document(
        "一、总体要求\n到2019年底，理顺数据资源汇聚渠道，打通国家局数据中心和各直属单位的“信息孤岛”，"
        "实现国家、省两级数据中心的数据及时交换。国家局负责统筹推进。\n"
    )
    assert "打通国家局" not in institutions


def test_a_cloud_after_a_conjunction_of_kinds() -> None:
    # heldout6 (the national AI plan): CLOUD_HEAD holds no conjunction
    platforms, _ = document(
        "（一）构建开放协同的人工智能科技创新体系。\n人工智能开源软硬件基础平台重点建设统一计算框架平台，形成促进人工智能"
        "软件、硬件和智能云之间相互协同的生态链。\n"
    )
    assert not {"硬件和智能云", "智能云"} & platforms


def test_a_provider_under_the_providers_header_whatever_its_ending() -> None:
    # round 21 and heldout8: PROVIDER_HEADER, PROVIDER_NAME_CELL
    platforms, institutions = document(
        "六、数字化平台类（20家）\n序号\n服务商名称\n产品或活动名称\n主要功能与特色\n服务对象\n咨询电话\n\n"
        "9\n陕西商储物流有限公司\n物流信息云平台\n物流信息云平台是综合性物流信息服务平台。\n中小企业\n029-00000000\n\n"
        "10\n阿里云创新中心\n创新赋能平台\n基于阿里云创新赋能、创业孵化的建设集运营经验，为区域搭建一平台多园区服务体系。\n"
        "中小微企业\n15099198223\n\n"
        "11\n摆渡创新工场\n创业服务\n为中小企业提供创业辅导、投融资对接等服务。\n中小企业\n010-00000000\n"
    )
    assert {"阿里云创新中心", "摆渡创新工场", "陕西商储物流有限公司"} <= institutions
    assert "阿里云创新中心" not in platforms


def test_a_local_platform_is_each_places_own() -> None:
    # round 21 (NMPA's plan): EACH_OWN_REGION holds 当地
    platforms, _ = document(
        "（一）整合基础平台\n省级药品监管部门可根据业务需要，合理规划布局，灵活采取自行建设、租用当地政务云或第三方云等方式，"
        "构建省级药品监管云。\n"
    )
    assert "当地政务云" not in platforms


def test_a_cloud_opening_a_compound_is_no_cloud() -> None:
    # data/plans (the 2011 Shanghai S&T plan): ENDING_RUNS_ON of 云
    platforms, _ = document(
        "（一）云计算\n研制具有海量数据组织管理和快速访问能力的云存储系统，构建基于新型体系机构的绿色高效能云计算机系统；"
        "开展云计算标准和安全技术的研究。\n"
    )
    assert "绿色高效能云" not in platforms
