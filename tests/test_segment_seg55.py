"""Session 41's heading rules (seg55). Each excerpt is quoted from the development texts (tests/realworld/texts, as
plankg reads them), shortened; each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.schema import PlanMeta
from tests.segmenting import tree

HPF = PlanMeta(id="t", title="东莞市住房公积金管理委员会关于阶段性实施部分住房公积金提取政策的通知（暂行）")
# dg-hpf-withdrawal-notice-interp-2023 (heldout52), shortened: the notice, its closing formula, then its 解读
HPF_NOTICE_AND_INTERPRETATION = "\n".join(
    [
        "东莞市住房公积金管理委员会文件",
        "",
        "东公积金委〔2023〕2号",
        "",
        "东莞市住房公积金管理委员会关于阶段性实施部分住房公积金提取政策的通知（暂行）",
        "",
        "各住房公积金缴存人：",
        "为贯彻落实国家和省市支持刚性及改善性住房需求、积极生育支持措施、恢复提振消费和规范提取等有关精神，"
        "现阶段性实施部分提取政策如下：",
        "一、购买本市新建商品住房可提取住房公积金支付首付款。本市缴存人及其配偶可一次性申请提取其公积金账户余额，"
        "用于支付通过贷款（个人住房商业性贷款或住房公积金个人住房贷款）方式购买的、已向市住房公积金管理中心报备的"
        "预售新建商品住房的首付款，计提总额不超过购房合同约定的首付款金额，提取的资金转入开发企业预售资金监管账户。"
        "本项操作指引由市住房公积金管理中心联合市住建局另行制定，具体实施时间以操作指引公布的为准。",
        "二、自本通知实施之日起至 2025 年 2 月 28 日，养育至少有一名未成年子女的二孩及以上的多子女家庭在本市无自有"
        "产权住房，按规定比例及规定上限方式申请租房提取的，规定比例从 70%提高至 100%，1800 元规定上限不变。",
        "三、自本通知实施之日起至 2025 年 2 月 28 日，本市既有住宅增设电梯提取政策支持范围扩大到缴存人本人及配偶"
        "双方父母自住住房加装电梯。",
        "四、购买外市二手房应办出不动产权证满 6 个月方可申请提取、停止受理物业管理费提取两项政策在《关于调整部分"
        "住房公积金贷款和提取规定的通知》（东公积金委〔2020〕2 号）于 2023 年 10 月 18 日有效期届满后继续实施。",
        "本通知实施之日起，本市此前出台的住房公积金提取政策规定与本通知不一致的，按本通知执行。",
        "本通知自印发之日起实施，有效期至 2025 年 2 月 28 日。",
        "特此通知",
        "",
        "关于阶段性实施部分住房公积金提取政策的解读",
        "",
        "东莞市住房公积金管理委员会（下称管委会）印发《东莞市住房公积金管理委员会关于阶段性实施部分住房公积金提取"
        "政策的通知（暂行）》，东莞市住房公积金管理中心（下称我中心）现对阶段性实施部分提取政策解读如下：",
        "一、关于提取公积金支付购买本市新建商品住房首付款",
        "为支持刚性和改善性住房需求，减轻居民购房首付资金周转压力，允许缴存人及其配偶申请提取公积金账户余额。",
        "二、关于加大多子女家庭公积金租房支持力度",
        "此次向多子女家庭租房提供政策倾斜，满足多子女家庭提取条件的，租房提取的规定比例从 70%上调至100%。",
        "三、关于政策实施起止时间",
        "本次阶段性实施部分提取政策自管委会发布实施之日起至 2025 年 2 月 28 日有效期届满之日止。",
    ]
)


def test_a_notices_interpretation_after_it_is_a_document_of_its_own() -> None:
    # INTERPRETATION_AFTER_NOTICE: before, the 解读's title was a level-2 heading under the notice's 一、 and its own
    # 一、 was lost as a repeat of the notice's
    sections = tree(HPF_NOTICE_AND_INTERPRETATION, HPF)
    assert (1, "", "关于阶段性实施部分住房公积金提取政策的解读") in sections
    assert (2, "一、", "关于提取公积金支付购买本市新建商品住房首付款") in sections
    assert (2, "三、", "关于政策实施起止时间") in sections
    assert not any(title.startswith("购买本市新建商品住房") for _, _, title in sections)


def test_an_interpretation_title_needs_its_announcing_opening() -> None:
    # INTERPRETATION_AFTER_NOTICE: without an opening that announces the interpretation (…解读如下：) or a 一、 right
    # under it, the line is read as before (a title ending in 解读 alone is too little to cut the notice off)
    text = HPF_NOTICE_AND_INTERPRETATION.replace("现对阶段性实施部分提取政策解读如下：", "现对有关情况介绍如下：")
    assert (1, "", "关于阶段性实施部分住房公积金提取政策的解读") not in tree(text, HPF)


REPLY = PlanMeta(id="t", title="国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复")
# nat-shenzhen-bay-port-reply-2006 (heldout54), shortened: the reply's two provisions, both clauses
PORT_REPLY = "\n".join(
    [
        "国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复",
        "国函〔2006〕132号",
        "广东省人民政府、香港特别行政区政府：",
        "根据广东省人民政府请示并应香港特别行政区政府要求，现就在深圳湾口岸区内设立的授权香港特别行政区实施管辖的"
        "深圳湾口岸港方口岸区的范围和土地使用期限批复如下：",
        "一、深圳湾口岸港方口岸区范围包括港方查验区和与之相连接的深圳湾公路大桥部分桥面。",
        "港方查验区总用地面积为41.565公顷（具体以界址点坐标控制，详见附件1）。",
        "深圳湾公路大桥部分桥面是指从港方查验区东南部边界至粤港分界线的部分（具体以界址点坐标控制，详见附件2）。",
        "二、深圳湾口岸港方口岸区的土地使用权，由香港特别行政区政府同广东省深圳市人民政府签订国有土地租赁合同，"
        "以租赁的方式取得，土地使用期限自口岸启用之日起至2047年6月30日止。",
        "经双方协商并按程序报经国务院批准，可提前终止土地使用权或者在租赁期满后续期。",
        "国务院",
        "二〇〇六年十二月三十日",
    ]
)


def test_a_lone_long_sentence_line_among_clauses_is_a_clause() -> None:
    # LONE_SENTENCE_LINE_AMONG_CLAUSES: before, 一、's whole sentence was a level-1 heading beside the clause 二、
    assert not any(number == "一、" for _, number, _ in tree(PORT_REPLY, REPLY))


def test_a_short_title_line_among_clauses_stays_a_heading() -> None:
    # LONE_SENTENCE_LINE_AMONG_CLAUSES: a sentence no longer than a run-in title stands over its paragraphs
    text = PORT_REPLY.replace(
        "一、深圳湾口岸港方口岸区范围包括港方查验区和与之相连接的深圳湾公路大桥部分桥面。", "一、明确口岸区范围。", 1
    )
    assert (1, "一、", "明确口岸区范围") in tree(text, REPLY)


MEASURES = PlanMeta(id="t", title="进一步促进来安县房地产业良性循环和健康发展若干措施")
# laian-housing-measures-2022 (heldout54), shortened: the measures' last part, then the page's widgets
MEASURES_PAGE = "\n".join(
    [
        "进一步促进来安县房地产业良性循环和健康发展若干措施",
        "为促进我县房地产业的良性循环和健康发展，坚持“房住不炒”的定位，结合我县实际情况，制定以下措施：",
        "十、鼓励现房销售",
        "（二十二）自然资源部门可以在出让土地时附加“现房销售”的条件竞地价，招引有实力的开发企业竞地开发，"
        "鼓励通过现房销售的模式，提振房地产市场信心。",
        "十一、有关要求",
        "各房地产开发企业和购房者及相关工作人员皆不得弄虚作假，套取或协助当事人套取补贴资金，发现查实后，"
        "将追缴入库并依法追究有关当事人的法律责任。",
        "本措施自印发之日起实施，由县住建局会同有关部门负责解释，如遇国家、省、市等上级政策调整，按上级政策执行。",
        "返回顶部",
        "扫描二维码分享",
    ]
)


def test_a_share_box_caption_is_no_section() -> None:
    # SHARE_QR_CAPTION: before, "扫描二维码分享" was a level-2 heading under 十一、有关要求
    sections = tree(MEASURES_PAGE, MEASURES)
    assert not any("二维码" in title for _, _, title in sections)
    assert (1, "十一、", "有关要求") in sections
