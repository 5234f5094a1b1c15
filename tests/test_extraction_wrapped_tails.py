"""WRAPPED_NAME_TAIL (ext29): a name whose END a hard wrap put on the next line. Excerpts quoted from the round-31
texts named in each test (PDF text, a line every ~32 characters)."""

from __future__ import annotations

from plankg.loaders.extract.mentions import wrapped_name_tails
from tests.extracting import document

# hb-redroutes-2024: three routes of sites, each a run of full lines (32 characters the commonest).
ROUTES = (
    "  十堰市东风汽车工业遗产旅游区—东沟红色旅游区—丹江口大坝旅游区—\n"
    "吕家河民歌村（红三军司令部旧址）—武当山（太子坡/紫霄宫红三军司令部）\n"
    "—长征国家文化公园 （郧西段）—十堰竹山施洋烈士纪念馆—十堰房县雷天明纪\n"
    "念馆及红军烈士纪念塔—神农架古水红色教育基地（苏维埃纪念馆） \n"
    "  游览美丽乡村，品味振兴“幸福曲” \n"
    "  荆州荆江分洪工程—松滋洈水旅游区—荆门大柴湖移民纪念馆—荆门圣境\n"
    "花谷景区（金泉村）—潜江拖船埠红色旅游景区→熊口红军街 \n"
    "  襄阳革命烈士纪念馆—萧楚女纪念馆—六〇三文创园—老河口市丹渠博物\n"
    "馆—宜城张自忠将军纪念园—宜城板桥店镇新街村 （鄂豫边区革命纪念馆）—枣\n"
    "阳火青村（黄火青纪念馆）—枣阳市革命烈士陵园 \n"
)


def test_a_name_whose_end_a_wrap_put_on_the_next_line() -> None:
    """ "十堰房县雷天明纪\\n念馆", "老河口市丹渠博物\\n馆": read whole, as the gold writes them (with the line end,
    which the scorer reads as layout); the pieces either side ("念馆及红军烈士纪念塔—…") no names."""
    _, institutions = document(ROUTES)
    assert {"十堰房县雷天明纪念馆", "老河口市丹渠博物馆"} <= institutions
    assert not {n for n in institutions if n.startswith("念馆")}


def test_a_line_that_ends_a_name_is_no_wrap_inside_one() -> None:
    """A table flattened one cell a line (nat-smedigital-2020, 17 characters its commonest line): the line
    "东北亚数字科技（辽宁）集团有限公司" ends a name (ENDING), its next line is the firm's platform, two names."""
    text = (
        "杭州麦科斯韦网络科技有限公司\n"
        "供需对接墙\n"
        "平台基于云仿真、云计算和云存储功能，通过在线发布求购信息、供应信息等服务，帮助产业链下游企业快速找合格供应商，上游企业快速找优质采购商，解决传统采购效率低、销售效率低的问题。\n"
        "中小企业\n"
        "13757182592\n"
        "\n"
        "8\n"
        "东北亚数字科技（辽宁）集团有限公司\n"
        "东北亚跨境实业互联服务平台\n"
        "通过“互联网+外贸+跨境大数据+金融+品牌+招商”服务，以“离岸全球集采中心”为核心，用两地落地、双向吸附的方式，整合“一带一路”等国家采购商市场和中国供应链市场，互联互通，打破行业传统，构建数字贸易时代下的商业新生态。\n"
        "消费品生产企业及消费品重点产业集群\n"
        "13998806833\n"
        "\n"
        "9\n"
        "重庆港澳大家软件产业有限公司\n"
        "行采家采购服务平台\n"
        "以采购需求为导向，基于“互联网+”模式提供集管理监督、网上交易、资源共享为一体的采购服务。\n"
        "各类企事业单位\n"
        "023-63782215转8066\n"
    )
    assert wrapped_name_tails(text, []) == []


# hb-redroutes-2024, the 大洪山 route (read after ROUTES, whose lines set the text's full line): the line ends with
# 司令部 (a name's ending), the next opens with 旧址 and runs on.
SITE_ROUTE = (
    "  鄂豫边区革命烈士陵园—刘华清故居纪念园—大悟中原军区旧址—大悟新\n"
    "四军第五师纪念馆—徐海东大将及亲属烈士纪念馆—随州新四军第五师司令部\n"
    "旧址—曾都区九口堰新四军五师纪念馆—大洪山风景区—随县田王寨景区 （红军\n"
    "纪念馆和红二十五军长征纪念馆）—广水新四军第五师尹家湾革命旧址群纪念馆\n"
)


def test_a_line_ending_in_an_ending_goes_on_with_a_short_word() -> None:
    """WRAPPED_ENDING_TAIL (ext55b): "随州新四军第五师司令部\\n旧址—…": the line ends in 司令部 but the next line opens
    with only 旧址 and runs on, so the site is read whole (gold as printed, with the line end), not the 司令部."""
    _, institutions = document(ROUTES + SITE_ROUTE)  # ROUTES' lines give the full line (32 characters)
    assert "随州新四军第五师司令部旧址" in institutions
    assert "随州新四军第五师司令部" not in institutions
