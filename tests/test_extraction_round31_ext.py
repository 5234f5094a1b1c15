"""Platform and institution rules of session 28 (ext28): causes of missed and false names in the round-27 to
round-31 texts (heldout27–heldout31, read with --details) that recur beyond one text. Excerpts quoted from the texts
named in each test."""

from __future__ import annotations

from tests.extracting import document


def test_a_name_whose_head_a_wrap_left_on_the_line_before() -> None:
    """WRAPPED_FRAGMENT_MAX, WRAPPED_FRAGMENT_AFTER (hb-redroutes-2024 and hb-redtourism-2021, PDF text wrapped
    inside a route of sites; yc-civilselect-2018, a tab table whose cell broke)."""
    _, institutions = document(
        "  武汉革命博物馆—辛亥革命博物院—长江大桥—八七会议会址纪念馆—武\n"
        "汉中共中央机关旧址纪念馆—八路军武汉办事处旧址纪念馆—武汉二七纪念馆\n"
        "化旅游区—咸丰大村会议遗址—咸丰忠堡大捷纪念园—鹤峰满山红景区 （湘鄂边\n"
        "苏区革命烈士陵园、 湘鄂边苏区革命文物陈列馆）—鹤峰五里坪革命旧址群\n"
    )
    assert {"武汉中共中央机关旧址纪念馆", "湘鄂边苏区革命烈士陵园"} <= institutions
    assert not {"汉中共中央机关旧址纪念馆", "苏区革命烈士陵园"} & institutions
    _, institutions = document(
        "11\t宜春市国有资产\n监督管理委员会\t科员\t万德珍\t0795-3198905\t市政大楼1059室\t1\t财政金融类\t本科\n"
        "18\t宜春市安全生产\n监督管理局\t科员\t谌文卫\t0795-3590911\t宜阳大厦西座1201室\t1\t理学类\t本科\n"
    )
    assert {"宜春市国有资产监督管理委员会", "宜春市安全生产监督管理局"} <= institutions
    assert not {"监督管理委员会", "监督管理局"} & institutions


def test_a_title_line_over_a_name_is_no_head_of_it() -> None:
    """WRAPPED_FRAGMENT_AFTER: white space alone before the line's last words is no list separator
    (hb-redtourism-2021, a route's title line over its first stop)."""
    _, institutions = document("8、南水北调 饮水思源\n十堰市博物馆—东风汽车生产线—茅箭区东沟\n")
    assert not {n for n in institutions if n.startswith("饮水思源")}


def test_a_heading_number_is_no_list_separator() -> None:
    """WRAPPED_FRAGMENT_LABEL (qd-aileaders-2019, a heading over its contact line)."""
    _, institutions = document("三、联系方式\n省工业和信息化厅科技处，联系电话：0531-86062354\n")
    assert not {n for n in institutions if n.startswith("联系方式")}


def test_a_block_named_by_its_character_is_a_kind() -> None:
    """PARK_KIND_ENDINGS' 街区 (hf-fyp15-culture-2026, sh-fyp15-culture-2026, hz-fyp15-transport-2026): a block
    with no place or proper word of its own is a kind; one named by its street is one block (nj-fyp15-culture-2026)."""
    platforms, _ = document(
        "实施中华优秀传统文化传承发展工程，加强历史文化街区、村镇有效保护和活态传承。"
        "围绕湖滨片区、老城街坊区等，持续优化慢行路权，打造慢行友好街区。"
        "高水平建设长江路文博街区。"
    )
    assert not {"历史文化街区", "慢行友好街区"} & platforms
    assert "长江路文博街区" in platforms


def test_a_trusted_data_space_a_plan_builds() -> None:
    """FRAMED_PLATFORM_ENDINGS' 可信数据空间 (cq-fyp15-welfare-2026, su-fyp15-infra-2026); the bare kind and one of a
    tier are classes (gd-gwr-2026's gold: "generic class")."""
    platforms, _ = document(
        "建好用好智慧医保实验室，打造医保行业可信数据空间、“医保+商保”多层次保障体系。"
        "健全数据登记、标注、交易机制，推进可信数据空间建设。深化公共数据授权运营，加快国家级可信数据空间建设。"
    )
    assert "医保行业可信数据空间" in platforms
    assert not {"可信数据空间", "国家级可信数据空间"} & platforms
