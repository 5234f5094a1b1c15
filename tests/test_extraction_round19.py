"""Platform and institution rules of round 19 (fix19ext, session 20): causes of missed and false names in
the round-19 texts (heldout19, read with --details) that recur beyond one text: enforcement corps and monitoring
stations of a bureau, a bureau's county branch, bodies in a member list's posts, a quotation a verb cut, quoted
science facilities, a catalogue before a conjunction, the nation's exchange, items sharing a platform's head.
Excerpts quoted from the texts named in each test."""

from __future__ import annotations

from tests.extracting import document


def test_enforcement_corps_and_monitoring_stations_are_bodies() -> None:
    """INSTITUTION_ENDINGS 监察支队/大队, 环境监测站 (nat-cems-fraud-cases-2021)."""
    _, institutions = document(
        "2019年7月17日，安徽省环境监察局联合滁州市环境监察支队、定远县环境监察大队对德轮橡胶股份有限公司进行现场检查。"
        "定远县环境监测站对锅炉水膜除尘池循环液进行采样监测。"
    )
    assert {"滁州市环境监察支队", "定远县环境监察大队", "定远县环境监测站"} <= institutions


def test_a_station_named_by_its_kind_is_no_body() -> None:
    """PLACED_STATION_ENDINGS (nat-monitorproposal-2018): a station not opened by its place is a kind."""
    _, institutions = document(
        "二、关于建立国家级环境监测站的运行、维护机构，提高环境监测站的专业化运行维护能力与水平。"
    )
    assert not {n for n in institutions if n.endswith("监测站")}


def test_a_bureaus_county_branch_is_one_body() -> None:
    """BUREAU_BRANCH (nat-cems-fraud-cases-2021)."""
    _, institutions = document(
        "2020年5月14日，吉林省长春市环境监察支队联合长春市生态环境局德惠市分局对长春禾丰食品有限公司进行现场检查。"
    )
    assert "长春市生态环境局德惠市分局" in institutions
    assert "德惠市分局" not in institutions


def test_bodies_in_a_member_lists_posts() -> None:
    """MEMBER_BODY_POST, MEMBER_SHORT_BODIES (nat-textbook-committee-2018, one <p> per member)."""
    _, institutions = document(
        '<p style="text-indent: 2em;">　　　　王晓晖　　中央宣传部副部长、中央政研室副主任</p> '
        '<p style="text-indent: 2em;">王作安　　中央统战部副部长、宗教局局长</p> '
        '<p style="text-indent: 2em;">甄占民　　中央党校副校长</p> '
        '<p style="text-indent: 2em;">吴德刚　　中央党史和文献研究院副院长</p> '
        '<p style="text-indent: 2em;">高培勇　　社科院副院长</p> '
        '<p style="text-indent: 2em;">王荣华　　教授、上海市政协原副主席</p> '
        '<p style="text-indent: 2em;">韦志榕　　编审、人民教育出版社原总编辑</p>'
    )
    assert {
        "中央政研室",
        "宗教局",
        "中央党校",
        "中央党史和文献研究院",
        "社科院",
        "上海市政协",
        "人民教育出版社",
    } <= institutions


def test_a_quotation_cut_by_a_verb_is_named_whole() -> None:
    """QUOTE_OPENED_MAX (nat-fangguanfu-tasks-2020)."""
    platforms, _ = document("在中国政府网设立“优化营商环境进行时”平台，及时宣介和通报营商环境改革相关情况。")
    assert "“优化营商环境进行时”平台" in platforms
    assert "营商环境进行时”平台" not in platforms


def test_quoted_science_facilities() -> None:
    """QUOTED_IN_FACILITY_LIST (ln-sci-carbon-2023)."""
    platforms, _ = document(
        "加快推进“基于高亮度极紫外自由电子激光的前沿科技研究设施”、“超大型深部工程灾害物理模拟设施”、"
        "“海洋工程环境实验与模拟设施”等重大科技基础设施建设，吸引全球科技创新资源向辽宁集聚。"
    )
    assert {
        "基于高亮度极紫外自由电子激光的前沿科技研究设施",
        "超大型深部工程灾害物理模拟设施",
        "海洋工程环境实验与模拟设施",
    } <= platforms


def test_a_catalogue_before_a_conjunction_and_the_nations_exchange() -> None:
    """FRAMEWORK_ITEM 目录, NATIONAL_EXCHANGE (ln-sci-carbon-2023)."""
    platforms, _ = document(
        "搭建碳中和技术成果数据库，充分利用国家绿色技术推广目录和国家绿色技术交易中心等，加快绿色低碳技术的推广应用。"
    )
    assert "国家绿色技术交易中心" in platforms
    assert "目录和国家绿色技术交易中心" not in platforms


def test_items_sharing_a_platforms_head() -> None:
    """LIST_HEAD_ITEM_MAX (nat-nev-plan-2020)."""
    platforms, _ = document(
        "应用虚拟现实、大数据、人工智能等技术，建立汽车电动化、网联化、智能化虚拟仿真和测试验证平台，提升检测认证能力。"
        "建立面向未来出行的新能源汽车与智慧能源、智能交通融合创新平台，联合攻关基础交叉关键技术。"
    )
    assert not {"智能化虚拟仿真和测试验证平台", "智能交通融合创新平台"} & platforms


def test_a_count_before_a_cut_tier_counts_a_class() -> None:
    """COUNTED_TIER (wh-hydrogen-2025)."""
    platforms, _ = document(
        "突破氢能产业重点领域关键核心技术5项，创建6个省级及以上氢能产业创新平台，关键技术达到国际先进水平。"
    )
    assert "氢能产业创新平台" not in platforms


def test_a_short_form_before_a_landform_is_part_of_a_place() -> None:
    """LANDFORM_AFTER_FORM (ln-ppp-projects-2016, a PPP project table)."""
    _, institutions = document("| 13 | 本宽线北大岭隧道及引线新建工程 | 辽宁省本溪市 | 交通运输 |")
    assert "北京大学" not in institutions


def test_development_inside_a_group_or_institute_name() -> None:
    """The guarded anchor 发展 before 集团, 战略 (sh-icv-acceptance-2023)."""
    _, institutions = document("中国工程科技发展战略上海研究院、同济大学、上海嘉定交通发展集团有限公司\n嘉定区政府\n")
    assert {"中国工程科技发展战略上海研究院", "上海嘉定交通发展集团有限公司"} <= institutions
    assert not {"战略上海研究院", "集团有限公司"} & institutions


def test_a_name_broken_at_a_cells_line_end() -> None:
    """BROKEN_CELL_TAIL, BROKEN_CELL_HEAD (sh-icv-acceptance-2023, a table exploded one cell per line)."""
    _, institutions = document(
        "已投放22辆智能配送车。\n新石器中研（上海）科技有限公司\n临港新片区\n管理委员会\n上研智联智能出行科技（上海）有限公司\n"
    )
    assert "临港新片区管理委员会" in institutions
    assert "管理委员会" not in institutions


def test_a_pool_of_firms_to_foster() -> None:
    """PLATFORM_ENDINGS 培育库 (lc-reform-tasks-2019)."""
    platforms, _ = document(
        "在“专精特新”中小企业中筛选发展潜力好的企业建立“小巨人”企业培育库，择优向市级部门推荐报送。"
    )
    assert "“小巨人”企业培育库" in platforms


def test_parks_listed_before_their_kind() -> None:
    """LISTED_PARKS (lc-reform-tasks-2019); public parks stay green space (pt-landnear-2026)."""
    platforms, _ = document(
        "以“打造十园建设”为载体，推进中药材现代农业产业园、杨村秦家庄规模健康养殖园、西河底有机谷子集约发展园、"
        "潞城高效农业栽培产业园等特色园建设。保留中央公园、万里公园等现状公园。"
    )
    assert {"杨村秦家庄规模健康养殖园", "西河底有机谷子集约发展园"} <= platforms
    assert not {"中央公园", "万里公园"} & platforms


def test_a_firm_opened_by_china_united_and_a_groups_articles() -> None:
    """联合 guarded after 中国, ENDING_RUNS_ON 集团章程 (nat-cnpc-founding-1998)."""
    _, institutions = document(
        "将中国联合石油公司改组为中国石油集团公司控股的公司。中国石油集团公司要抓紧制订石油集团章程。"
    )
    assert "中国联合石油公司" in institutions
    assert not {n for n in institutions if "制订" in n or n == "石油集团"}
