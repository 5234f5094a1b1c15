"""Platform and institution rules of round 28 (fix28ext, session 26): causes of missed and false names in the
round-28 texts (heldout28, read with --details) that recur beyond one text. Excerpts quoted from the texts named in
each test."""

from __future__ import annotations

from tests.extracting import document


def test_names_a_cell_broke_after_their_place() -> None:
    """BROKEN_CELL_LINE_MAX, BROKEN_CELL_OWN_LEVEL (yc-civilselect-2016, a Word table one cell per line)."""
    _, institutions = document(
        "大学本科\n\n10\n宜春市\n财政局\n科员\n\n20\n宜春\n种子管理局\n科员\n\n24\n宜春市\n江河管理局\n建管科科员\n王莉\n"
        "3238828\n\n15\n宜春市人民\n政府行政服务中心管委会\n科员\n\n9\n宜春市工业和信息化\n委员会\n科员\n"
        "吴承峰\n3222532\n袁州区平安路531号\n邹乐\n市档案局\n"
    )
    assert {
        "宜春市财政局",
        "宜春种子管理局",
        "宜春市江河管理局",
        "宜春市人民政府行政服务中心管委会",
        "宜春市工业和信息化委员会",
    } <= institutions
    assert not {"财政局", "种子管理局", "江河管理局", "政府行政服务中心管委会", "邹乐市档案局"} & institutions


def test_university_names_a_cell_broke() -> None:
    """BROKEN_CELL_LINE_MAX and the ending 专科学校 (nat-teachercert-2022, a Word table one cell per line)."""
    _, institutions = document(
        "2022年7月\n2028年6月\n\n湖南第一师范\n学院\n数学与应用数学\n本科\n小学教育\n有条件通过\n2022年7月\n2028年6月\n\n"
        "贵州工程应用\n技术学院\n小学教育\n本科\n\n黔南民族幼儿师范高等专科学校\n学前教育\n专科\n学前教育\n"
    )
    assert {"湖南第一师范学院", "贵州工程应用技术学院", "黔南民族幼儿师范高等专科学校"} <= institutions
    assert not {"学院", "技术学院"} & institutions


def test_a_junior_college_by_its_kind_is_no_body() -> None:
    """The ending 专科学校 with a head of kinds only (fj-gwr26-culture-2026)."""
    _, institutions = document("支持具备条件的专科学校升格为本科学校。")
    assert not {n for n in institutions if n.endswith("专科学校")}


def test_the_first_of_its_kind_is_named_without_the_boast() -> None:
    """FIRST_OF_KIND (sz-gwr26-review-econ-2026, sz-gwr26-review14-2026, nj-gwr26-review-tech-2026)."""
    platforms, institutions = document(
        "建成全国首个国家黄金珠宝产业计量测试中心。设立全球首个国际红树林中心。上线国内首个市域级场景服务平台。"
        "落地全省首个民用无人机试飞运行基地。争创国家首批服务贸易创新发展示范区。"
    )
    assert {"国家黄金珠宝产业计量测试中心", "市域级场景服务平台"} <= platforms
    # the mangrove centre is the international organisation the golds have (ext60: INTERGOVERNMENTAL_CENTRE)
    assert "国际红树林中心" in institutions
    assert not {p for p in platforms | institutions if "首个" in p}


def test_a_status_earned_is_no_platform() -> None:
    """STATUS_EARNED (sz-gwr26-review-econ-2026, nj-gwr26-review-city-2026)."""
    platforms, _ = document(
        "盐田区入选国家骨干冷链物流基地。浦口区获评国家“两山”实践创新基地，建成河套深港科技创新合作区。"
    )
    assert not {p for p in platforms if "基地" in p}


def test_verbs_of_production_founding_and_fostering_open_no_name() -> None:
    """ANCHOR_WORDS 投产 创办 引育 (sz-gwr26-review14-2026, sz-gwr26-review14-2026, sh-fyp15-finance-2026)."""
    platforms, institutions = document(
        "建成投产深汕比亚迪汽车工业园、中芯国际12英寸产线。获批创办国家人工智能学院深圳河套学院，组建全新机制的深圳"
        "理工大学。加快引育一流投资银行和投资机构。推进江海联运作业区建设。"
    )
    assert "深汕比亚迪汽车工业园" in platforms
    assert "国家人工智能学院深圳河套学院" in institutions
    assert not {n for n in platforms | institutions if n.startswith(("投产", "创办", "引育"))}


def test_a_city_before_a_school_kind_is_the_schools_name() -> None:
    """strip_place_prefix keeps a city before a kind of school (nat-teachercert-2022, sz-gwr26-review14-2026)."""
    _, institutions = document("东莞理工学院\n小学教育\n本科\n组建全新机制的深圳理工大学。支持嘉定同济大学建设。")
    assert {"东莞理工学院", "深圳理工大学", "同济大学"} <= institutions
    assert not {"理工学院", "理工大学"} & institutions


def test_international_sports_federations_by_their_short_forms() -> None:
    """names.yaml international_organisations (bj-gwr26-review-2026, gz-gwr26-review-people-2026, hz-gwr26-…)."""
    _, institutions = document(
        "加快国际赛事名城建设，世界乒联中国大满贯等198项精品赛事成功举办。成功举办世界田联接力赛等重大赛事。"
        "成功举办2025年世界羽联世界巡回赛总决赛、2026年国际足联世界杯预选赛。建设国际互联网数据专用通道。"
    )
    assert {"世界乒联", "世界田联", "世界羽联", "国际足联"} <= institutions
    assert not {n for n in institutions if "互联" in n}
