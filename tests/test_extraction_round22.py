"""Round 22's platform and institution causes (fix22ext, session 22): schools named by their place and a word of
their own (SCHOOL_NAME_END …). Each case is a short excerpt of a scored text (round 22, round 8, round 21); guards
pin what the rules leave alone."""

from __future__ import annotations

from plankg.loaders.extract.mentions import enumerated_institutions, named_schools
from tests.extracting import document


def _schools(text: str) -> set[str]:
    return {m.name for m in named_schools(text)}


def test_schools_named_by_place_and_own_word() -> None:
    # round 22: a 天河 district news page on school admission
    text = (
        "中度智力残疾适龄儿童可报读天河区御景小学或广州市天河中学猎德实验学校的特教班（小学）以及天河区智谷第一"
        "实验学校或广州市天河中学猎德实验学校的特教班（初中）；中度、重度智力残疾适龄儿童可报读天河区启慧学校；"
        "盲、聋哑儿童则分别到广州市启明学校、广州市启聪学校接受教育。"
    )
    assert _schools(text) == {
        "天河区御景小学",
        "广州市天河中学猎德实验学校",
        "天河区智谷第一实验学校",
        "天河区启慧学校",
        "广州市启明学校",
        "广州市启聪学校",
    }
    listed = "华南师范大学附属中学初中部、广州市华颖外国语学校、广东实验中学天河学校等多所学校将采用自主报名"
    assert _schools(listed) == {"华南师范大学附属中学初中部", "广州市华颖外国语学校", "广东实验中学天河学校"}
    _, institutions = document("其中，" + listed + "。")
    assert "广东实验中学天河学校" in institutions


def test_schools_of_other_rounds() -> None:
    # a ministry's reply (round 8) and a railway's EIA approval (round 21)
    assert "澳门培正中学" in _schools(
        "我部下属宣传教育中心与台湾中华环境教育学会、香港中文大学教育学院、澳门培正中学等共同发起"
    )
    assert "重庆师范大学城口附属中学" in _schools("对重庆师范大学城口附属中学等敏感目标影响可能更大")


def test_schools_by_kind_are_none() -> None:
    assert not _schools("天河区按免试就近入学原则确定公办初中的招生方式，申请入读天河区公办中学，天河户籍小学毕业生")
    assert not _schools("登录“广州市义务教育学校招生报名系统”，到实际居住地地段对口小学现场递交材料，入读公办学校")
    assert not _schools("鼓励广东省内普通高等学校、本市中等职业学校和老挝南塔省省立中学")
    assert not _schools("全区电脑派位学校由原来的5所增至7所；改善乡镇初中寄宿制学校；国际网球学校")


# round 22: the State Council's 1991 notice on protective mining of tungsten, tin, antimony and rare earths
TUNGSTEN = (
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构，解放军总后勤部，武警总部：有色金属矿产对我国社会主义现代化"
    "建设具有重大作用。三、凡开采钨、锡、锑、离子型稀土矿产或以开采这些矿产为主的全民所有制矿山企业、集体所有制矿山企业，"
    "需经中国有色金属工业总公司、国务院稀土领导小组审查批准。凡从事钨、锡、锑和离子型稀土矿产品冶炼及钨加工（含硬质合金）"
    "的全民所有制企业，须分别经中国有色金属工业总公司和国务院稀土领导小组审查批准，由国家技术监督局根据批准文件及有关规定"
    "颁发生产许可证。分别由中国有色金属工业总公司、国务院稀土领导小组会同国家工商行政管理局指定收购单位，实行统一收购。"
    "由经贸部会同中国有色金属工业总公司、国务院稀土领导小组制定出口计划，指定出口单位，并制定出口管理办法。"
    "向集体所有制矿山企业颁发采矿许可证，由省、自治区、直辖市人民代表大会常务委员会授权的机构办理。"
    "八、解放军、武警、司法部门开办的钨、锡、锑、离子型稀土矿山企业及冶炼企业，由军矿主管部门、武警总部和司法部按本通知"
    "的规定，办理审批领证手续。"
)


def test_bodies_of_an_old_state_council_notice() -> None:
    _, institutions = document(TUNGSTEN)
    # 经 before the bodies that review, alone or with others (APPROVER_LIST); the trade ministry's short form
    # (MINISTRY 经贸); a bureau jieba knows whole (ADMINISTRATION_NAMED_TAG); the armed police's headquarters
    assert {"中国有色金属工业总公司", "国家工商行政管理局", "经贸部", "武警总部", "司法部"} <= institutions
    assert not {n for n in institutions if n.startswith(("需经", "须", "贸部"))}
    # each such city's body (PROVINCE_CLASS_OPENING)
    assert "直辖市人民代表大会常务委员会" not in institutions
    # 行政 before a bare ending is still a kind of body
    assert "教育行政局" not in document("由县教育行政局负责组织实施。")[1]


def test_university_short_form_before_its_affiliated_school() -> None:
    # round 22: the 天河 news page; 清华附中 is the university's school, not 清华大学
    _, institutions = document("其中，清华附中湾区学校（智谷校区）、执信中学天河校区等多所学校将采用自主报名。")
    assert "清华大学" not in institutions
    assert "清华大学" in document("支持清华、北大在沪设立研究院。")[1]


# round 22: parts 四–五 of MIIT's 2020 SME digital-services directory (a table flattened one cell per line)
DIRECTORY = (
    "五、数字化平台类\n序号\n服务商名称\n产品或活动名称\n主要功能与特色\n服务对象\n咨询电话\n\n"
    "2\n中国信息通信研究院\n可信工业云公共服务平台\n"
    "定期在地方开展企业上云培训，组织业界专家及代表就用户关心的问题进行指导和解答，推广平台服务内容，为企业排忧解难。\n"
    "中小企业\n010-62300315\n\n"
    "14\n上海企翔智能科技有限公司\nInSmart Cloud\n"
    "InSmart Cloud工业智能云平台是业界专业、技术领先的全组态式工业云平台，可帮助用户解决工业数据孤岛问题。\n"
    "电力、石油、煤矿、能源、冶金、有色、水务、化工、燃气等行业企业\n021-51721393\n"
)


def test_directory_products_after_any_provider_and_brands() -> None:
    platforms, institutions = document(DIRECTORY)
    # a product cell after a provider's cell that is no firm; a brand cell named whole in its features cell
    assert {"可信工业云公共服务平台", "InSmart Cloud工业智能云平台"} <= platforms
    assert "工业云公共服务平台" not in platforms
    assert {"中国信息通信研究院", "上海企翔智能科技有限公司"} <= institutions


def test_linking_verb_between_two_platforms() -> None:
    # round 22: a ministry's reply on cement permits (衔接 in ANCHOR_WORDS)
    platforms, _ = document("推动排污许可管理信息平台衔接企业征信平台，健全企业信用评价体系，让企业诚信记录一目了然。")
    assert "排污许可管理信息平台衔接企业征信平台" not in platforms
    assert "排污许可管理信息平台" in platforms


def test_standing_committee_and_listed_media() -> None:
    # round 22: a ministry's reply on the environmental law (NAMED_INSTITUTIONS, ENUMERATED_KINDS 主流媒体)
    _, institutions = document(
        "2014年以来，我部积极配合全国人大常委会制修订了大气、水、土壤、固废、噪声、放射性等16部专门法律。"
        "我部部领导参加个人访谈，并在新华社、人民日报等主流媒体发表多篇解读文章。"
    )
    assert {"全国人大常委会", "新华社", "人民日报"} <= institutions
    # heldout6, the national AI plan: 跨媒体 is a kind of data, its list no media
    _, institutions = document("建设涵盖地理位置、网络媒体和城市基础数据等跨媒体大数据平台，支撑企业开展智能商务。")
    assert not institutions


def test_office_network_a_plan_builds() -> None:
    # round 22: chapter 二 of the 2013 smart-forestry opinion (办公网 in FRAMED_PLATFORM_ENDINGS)
    platforms, _ = document("建成集约整合的中国林业网站群及中国林业办公网，实现资源整合及服务的统一。")
    assert "中国林业办公网" in platforms


def test_park_listed_with_firms() -> None:
    # round 22: a ministry's reply on the environmental law (LISTED_PARK_ENDINGS)
    platforms, institutions = document(
        "各协会、企业积极行动，中科院、中国环境科学学会、中国钢铁工业协会、华药集团、广西投资集团有限公司、燕山石化、"
        "扬州化工园区、上海市台协等企业和行业协会，积极开展宣传贯彻活动。"
    )
    assert "扬州化工园区" in platforms
    assert {"中国钢铁工业协会", "燕山石化", "上海市台协"} <= institutions


def test_multinationals_listed_before_their_kind() -> None:
    # round 22: a ministry's reply on the environmental law (FIRM_QUALIFIERS, ENUMERATION_COUNT)
    found = {
        m.name for m in enumerated_institutions("以及苹果、英特尔、巴斯夫、宜家等多家跨国公司，积极举办或参与专题培训")
    }
    assert found == {"苹果", "英特尔", "巴斯夫", "宜家"}
    # fields listed before a kind of firm stay fields
    assert not enumerated_institutions("吸引人工智能、生物医药等新兴产业企业集聚")


def test_account_bank_is_a_class() -> None:
    # round 22: the instant-settlement rules (开户 in INSTITUTION_GENERIC_WORDS)
    _, institutions = document(
        "通过医保信息平台将拨付凭证推送至医保基金开户银行。开户银行接收拨付凭证后，按要求及时将医保基金拨付。"
    )
    assert "开户银行" not in institutions
