"""Session 46's ext60 causes (every split's platform misses, bucketed): a centre or park the text opens for use,
runs or lights up (启用, 运营, 点亮) is deployed as one it builds, and a park named by the one-character abbreviations
of the two places that build it (深哈, 苏宿, 广湛) is one park, not a kind. Each case quotes the scored text; the guards
pin what the rules leave alone."""

from __future__ import annotations

from tests.extracting import document, framed


def test_opening_a_centre_for_use_deploys_it() -> None:
    # OPENED_OR_RUN_FRAME: 启用 (round 27, suz-gwr26-review-reform-2026; round 28, nj-gwr26-review-city-2026: gold)
    names = framed("数字化改革深入实施，建成一体化公共数据底座，启用市数字城市运营管理中心，")
    assert ("市数字城市运营管理中心", "platform") in names
    text = "“跨境电商集拼出区”等创新举措在全国推广，启用江苏（南京）涉外法律服务中心，引入全省首家境外仲裁代表机构"
    assert ("江苏（南京）涉外法律服务中心", "platform") in framed(text)


def test_running_a_centre_deploys_it() -> None:
    # OPENED_OR_RUN_FRAME: 运营 (round 28, sz-gwr26-review-econ-2026; round 33, sz-fyp15-finance-2026: gold)
    text = "挂牌运营国际船舶登记服务中心，深圳港三大集装箱港区实现保税LNG燃料加注全覆盖"
    assert ("国际船舶登记服务中心", "platform") in framed(text)
    text = "高水平运营国际船舶登记服务中心，积极发展船舶检验，拓展高端船舶维修业务。"
    assert ("国际船舶登记服务中心", "platform") in framed(text)
    # … not 运营 as a firm's line of work before a noun (OPERATED_GUARDED; round 15, fj-charging-2024: must_not)
    text = "打通车企平台、充电运营企业等经营主体、智慧车联网平台、虚拟电厂平台、新型电力负荷管理系统之间数据接口通道"
    names = [name for name, _ in framed(text)]
    assert "智慧车联网平台" not in names
    assert "虚拟电厂平台" not in names


def test_lighting_up_a_computing_centre_deploys_it() -> None:
    # OPENED_OR_RUN_FRAME: 点亮 (round 28, sz-gwr26-review14-2026: gold)
    text = "建成运营合成生物研究等重大科技基础设施，全面点亮国家超算深圳中心二期、计算性能登顶全球第一。"
    assert ("国家超算深圳中心", "platform") in framed(text)


def test_a_park_named_by_its_builders_abbreviations_is_one_park() -> None:
    # PAIRED_PLACES_PARK, co-built (round 28, sz-gwr26-review-city-2026; round 33, su-fyp15-samecity-2026: gold)
    text = "帮扶项目，积极共建深哈产业园、深赣港产城一体化合作区、南宁（深圳）东盟产业合作区。"
    names = [name for name, _ in framed(text)]
    assert "深哈产业园" in names
    assert "深赣港产城一体化合作区" in names
    text = "积极拓展市场化合作共建模式，高水平共建苏宿工业园区、苏锡通科技产业园等，着力提升跨区域产业综合配套能力。"
    names = [name for name, _ in framed(text)]
    assert "苏宿工业园区" in names
    assert "苏锡通科技产业园" in names
    # … or listed with another park of the same builder (round 26, gz-gwr26-bay-2026; round 45: gold)
    text = "优化产业转移合作机制，建强广梅产业园、广湛产业园、广清经济特别合作区，支持30个县域特色产业园区建设。"
    assert ("广湛产业园", "platform") in framed(text)


def test_a_co_built_park_of_a_kind_stays_a_kind() -> None:
    # PAIRED_PLACES_PARK needs a builder's abbreviation and a pair: 海洋, 新型 are words (COBUILT_BEFORE still rules)
    assert framed("共建海洋经济示范区、海洋科技合作区，深化海洋领域合作。") == []
    names = [name for name, _ in framed("鼓励园区共建新型产业园、新兴产业园，支持发展。")]
    assert "新型产业园" not in names
    # a lone pair without a co-building verb or a sibling park of the same builder is not read so
    names = [name for name, _ in framed("推进广湛产业园有关工作。")]
    assert "广湛产业园" not in names


def test_a_park_reported_with_what_it_drew_in_is_one_park() -> None:
    # HOSTED_COUNT_AFTER (round 28, bj-gwr26-review-2026, gz-gwr26-review-industry-2026; round 36: gold)
    text = "34款创新药械获批上市，国际医药创新公园新引入8家跨国药企，"
    assert ("国际医药创新公园", "platform") in framed(text)
    text = "在穗投资世界500强企业增至368家，广州湾区中央法务区集聚法务机构超1300家。"
    assert ("广州湾区中央法务区", "platform") in framed(text)
    text = "中远海运、招商局、国能航运等央企新业务板块落地，航运服务集聚区新增企业476家，邮轮母港接待邮轮91艘次。"
    assert ("航运服务集聚区", "platform") in framed(text)
    # 新增 with the figure right after it counts the kind itself
    assert framed("全市工程研究中心新增20家，累计达到300家。") == []


def test_a_review_reports_a_network_put_up_a_centre_lit_up_or_raised() -> None:
    # REPORTED_BUILT_OR_RAISED (round 37, js-gwr26-fyp14review-2026; round 36, qh-gwr26-review25-2026: gold)
    text = "3项成果入选“中国科学十大进展”，全球首个6G外场试验网成功搭建，“未来”号试验船正式交付。"
    assert ("6G外场试验网", "platform") in framed(text)
    text = "外贸市场更加多元，江苏中亚中心升级为中国—中亚贸易畅通合作平台，对共建“一带一路”国家进出口占比首次超50%。"
    assert ("江苏中亚中心", "platform") in framed(text)
    text = "微电网建成投运，阿里云全国产芯片万卡绿算集群、金山云智算中心、新华三青海图灵小镇等相继点亮"
    assert ("金山云智算中心", "platform") in framed(text)
    # a centre named with no predicate of its own stays unframed
    assert framed("外贸市场更加多元，江苏中亚中心对共建国家进出口占比首次超50%。") == []


def test_the_intergovernmental_mangrove_centre_is_an_organisation() -> None:
    # INTERGOVERNMENTAL_CENTRE (round 30, sz-fyp15-eco-2026; rounds 28 and 40: gold institution, 国际组织)
    platforms, institutions = document(
        "持续推进生物多样性友好城市建设，高标准运营国际红树林中心，建设红树林湿地博物馆，加强旗舰物种、特有物种精准保护。"
    )
    assert "国际红树林中心" in institutions
    assert "国际红树林中心" not in platforms
    # with its host city in front it is the site the city builds (round 34, gd-gwr26-oceanculture-2026: gold platform)
    platforms, _ = document("高标准建设华南国家植物园和深圳国际红树林中心，规划建设好全省植物园体系，整合保护地。")
    assert "深圳国际红树林中心" in platforms
