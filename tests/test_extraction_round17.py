"""Platform and institution rules of round 17 (fix17ext, session 19): causes of missed and false names in
the round-17 texts (heldout17, read with --details) that recur beyond one text: a central body's provincial
branch named with it, short forms of the central offices, stores of trainers and records, zones named by a
field ending or a one-character county. Excerpts quoted from the texts named in each
test."""

from __future__ import annotations

from tests.extracting import document


def test_a_central_bodys_branch_is_one_body() -> None:
    """VERTICAL_BODY (hn-equip-renewal-2024, heldout17: a one-line list of co-signers)."""
    _, institutions = document(
        "湖南省财政厅 ？中国人民银行湖南省分行 ？国家税务总局湖南省税务局 ？湖南省市场监督管理局"
    )
    assert {"中国人民银行湖南省分行", "国家税务总局湖南省税务局"} <= institutions
    assert not {"中国人民银行", "国家税务总局", "湖南省分行", "湖南省税务局"} & institutions


def test_two_bodies_in_a_row_are_still_two() -> None:
    """VERTICAL_BRANCH_ENDINGS: only a branch's ending keeps the central body in front."""
    _, institutions = document("国家税务总局湖南省财政厅联合印发。")
    assert "国家税务总局湖南省财政厅" not in institutions


def test_short_forms_of_the_central_offices() -> None:
    """NAMED_INSTITUTIONS 中办 国办 中央编办 (nat-envgov-reply-2020, nat-grassroots-reply-2020)."""
    _, institutions = document("2016年9月以中办、国办名义正式印发实施。我部会同中央编办等部门起草。")
    assert {"中办", "国办", "中央编办"} <= institutions


def test_short_office_forms_inside_words_are_no_bodies() -> None:
    """SHORT_OFFICE_FORMS: 集中办理, 全国办理 name no office."""
    _, institutions = document("实行统一受理、集中办理、统一反馈，全国办理时限缩短。")
    assert not {"中办", "国办"} & institutions


def test_stores_of_trainers_and_records() -> None:
    """师资库, 档案库 and the frame 记入 (nat-grassroots-reply-2020, nat-protitles-2020)."""
    platforms, _ = document(
        "通过建立执法专家库，完善执法师资库，编制培训大纲。对通过不正当手段取得职称的，由人事司撤销其职称，并记入职称评审诚信档案库。"
    )
    assert {"执法师资库", "职称评审诚信档案库"} <= platforms


def test_chemical_industry_zones_named_by_their_place() -> None:
    """FIELD_ZONE_ENDINGS (nat-envgov-reply-2020, sh-carbonfoot-2024)."""
    platforms, _ = document(
        "积极推进环境服务业试点，在上海化学工业区、苏州工业园区开展试点。鼓励各区、上海化工区等区域开展绿色低碳供应链试点示范建设。"
    )
    assert {"上海化学工业区", "上海化工区"} <= platforms


def test_a_zone_of_a_one_character_county() -> None:
    """ONE_CHARACTER_COUNTY (nat-envgov-reply-2020)."""
    platforms, _ = document("国家发展改革委会同我部印发通知，选择魏县经济开发区等25家园区深入推进环境污染第三方治理。")
    assert "魏县经济开发区" in platforms


def test_a_footers_host_and_operator_are_two_bodies() -> None:
    """ANCHOR_WORDS 主办 (hn-equip-renewal-2024: a county portal's footer)."""
    _, institutions = document("湘阴县人民政府办公室主办湘阴县数据局承办湘阴县政府办值班室联系电话：0730-2223205")
    assert {"湘阴县人民政府办公室", "湘阴县数据局"} <= institutions
    assert not any("主办" in i for i in institutions)


def test_numbered_geology_teams_are_bodies() -> None:
    """地质队 with FIELD_TEAM_NUMBER, and COUNTED_PLACES_BODY reading 三二二 as a number, not a count
    (nat-geofield-1980)."""
    _, institutions = document(
        "如安徽三二二地质队一台钻机，因安装水管没有让当地生产队包工。三二七地质队派车给钻机送料。"
        "地方应体谅地质队的困难。除一些地质队本身管理混乱。"
    )
    assert {"安徽三二二地质队", "三二七地质队"} <= institutions
    assert not any(i.endswith("地质队") and "二" not in i and "七" not in i for i in institutions)


def test_counted_places_still_name_a_class() -> None:
    """COUNTED_PLACES_BODY keeps its count: one government per province."""
    _, institutions = document("江苏、浙江、安徽三省人民政府签署了协议。")
    assert not institutions


def test_a_centre_that_undertakes_the_work_is_a_body() -> None:
    """ISSUES_PAPER_AFTER 承办 (nat-protitles-2020)."""
    _, institutions = document("此次高级职称评审工作委托中日友好环境保护中心承办，纸质材料均送至人事处。")
    assert "中日友好环境保护中心" in institutions


def test_places_sharing_a_bodys_ending_are_no_brands() -> None:
    """LISTED_PLACE_ITEM_END (cy-railway-2022: an EIA approval's list of local bureaus)."""
    _, institutions = document(
        "五、沙坪坝区、北碚区、大足区、璧山区、铜梁区、成都市、资阳市生态环境局、重庆市生态环境局两江新区分局要切实承担"
        "事中事后监管主要责任。"
    )
    assert "资阳市生态环境局" in institutions
    assert not {"沙坪坝区", "北碚区", "璧山区", "成都市"} & institutions


def test_brands_among_institutions_are_still_read() -> None:
    """listed_with_institutions keeps its brands."""
    _, institutions = document("推动阿里巴巴、浙江联通、杭钢集团、之江实验室等单位参与。")
    assert {"阿里巴巴", "浙江联通"} <= institutions


def test_a_part_of_administrative_power_is_no_bank_branch() -> None:
    """ENDING_RUNS_ON 分行 (nat-grassroots-reply-2020)."""
    _, institutions = document(
        "正在修订的行政处罚法拟赋予乡镇街道部分行政处罚权。要分行业分领域推进。由中国银行上海分行负责。"
    )
    assert institutions == {"中国银行上海分行"}


def test_a_place_label_opens_no_name() -> None:
    """ANCHOR_WORDS 地点 (nat-protitles-2020: a heading glued to the venue in a one-line crawl)."""
    platforms, institutions = document(
        "通过此次评审取得相应任职资格起始时间为2019年12月31日。三、评审地点生态环境部北京会议与培训基地四、申报条件"
    )
    assert not any(n.startswith("评审地点") for n in platforms | institutions)


def test_construction_projects_after_a_scope_word_are_a_noun() -> None:
    """_GUARDED_ANCHORS 建设 before 建设项目 (cy-railway-2022)."""
    platforms, _ = document("编制验收报告，登录全国建设项目竣工环境保护验收信息平台，填报相关信息，依法公开。")
    assert "全国建设项目竣工环境保护验收信息平台" in platforms
    assert "项目竣工环境保护验收信息平台" not in platforms


def test_a_tier_of_a_system_is_a_kind() -> None:
    """TIER_COUNT_AFTER (suz-renewal-2024)."""
    platforms, _ = document("完善再生资源社区回收网点、中转站、分拣（处理）中心三级回收体系建设。")
    assert not platforms


def test_a_portal_link_names_no_government() -> None:
    """WEBSITE_AFTER 网 at a link's end (cq-charging-meeting-2025: a page's navigation)."""
    _, institutions = document("[中国政府网](https://www.gov.cn/) \\| [重庆市人民政府网](https://www.cq.gov.cn/)")
    assert "重庆市人民政府" not in institutions


def test_cities_governments_and_dispatched_branches_are_classes() -> None:
    """GOVERNMENT_GENERIC_WORDS 城市政府, 派出分局 (nat-envgov-reply-2020, nat-grassroots-reply-2020)."""
    _, institutions = document(
        "指出存在短板，提出改进建议，压实城市政府工作责任。县级环保局调整为市级环保局的派出分局。由上海市城市管理局负责。"
    )
    assert institutions == {"上海市城市管理局"}


def test_a_level_alone_after_a_verb_is_no_body() -> None:
    """_after_last_verb with LEVEL_ONLY (hn-equip-renewal-2024)."""
    _, institutions = document(
        "研究制定推进工业和信息化领域大规模设备更新的政策和工作举措，提出需要省委、省政府研究的重大事项，及时向省委、省政府报告工作。"
    )
    assert not any(i.endswith("省委") for i in institutions)
