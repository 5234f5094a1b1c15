"""Round 51's texts (fixseg51, session 37): a district PDF holding only its notice's 附件 1 and 附件 2 with their forms
(附表 1…附表 4, the label spaced from its number, titles filling the page's width), and a county portal's 解读 whose
fields are a Markdown list under a seven-character column tag. Each excerpt is quoted from round 51's texts
(tests/realworld/texts, as plankg reads them); each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.rules.structure import HEADLINE_COLUMN_TAG
from plankg.loaders.text.furniture import hard_wrap_joins
from plankg.loaders.text.read import guess_meta, metadata_table
from plankg.schema import PlanMeta
from tests.segmenting import tree

SHA = "0" * 64
RULES = PlanMeta(id="t", title="“好年华 聚福州”长乐区人才购房补贴的实施细则（试行）")
# changle-talent-housing-subsidy-rules-2023, shortened: each rules' parts, its list of forms and one form
TWO_ATTACHMENTS = "\n".join(
    [
        "附件 1",
        "",
        "“好年华 聚福州”长乐区人才购房补贴的实施细则（试行）",
        "",
        "一、保障对象类型",
        "1 型保障对象：福建省高层次特级、A 类人才；",
        "二、申请条件",
        "1.人才须在长乐区落户（其中省高层次特级人才、外籍、台港澳人才不受落户限制）；",
        "附表 :1.“好年华 聚福州”长乐区人才购房补贴资格申请表",
        "",
        "附表 1",
        "“好年华 聚福州”长乐区人才购房补贴资格申请表",
        "申报单位： \t企业联系人： \t联系电话：",
        "附件 2",
        "",
        "“好年华 聚福州”长乐区人才租赁补贴的实施细则（试行）",
        "",
        "一、对象范围",
        "1 型保障对象：福建省高层次特级、A 类人才；",
        "二、申请条件",
        "1.人才须在长乐区落户（其中省高层次特级人才、外籍、台港澳人才不受落户限制）；",
    ]
)


def test_a_file_of_two_attachments_heads_each_with_its_label() -> None:
    # SIBLING_ATTACHMENTS: before, the leading 附件 1 was front matter and the first rules' parts stood at level 1
    sections = tree(TWO_ATTACHMENTS, RULES)
    assert sections[0] == (1, "附件 1", "“好年华 聚福州”长乐区人才购房补贴的实施细则（试行）")
    assert (2, "一、", "保障对象类型") in sections
    assert (1, "附件 2", "“好年华 聚福州”长乐区人才租赁补贴的实施细则（试行）") in sections


def test_a_spaced_table_label_heads_the_form_under_its_attachment() -> None:
    # SPACED_TABLE_LABEL: before, "附表 1" was no label and its form had no heading
    assert (2, "附表 1", "“好年华 聚福州”长乐区人才购房补贴资格申请表") in tree(TWO_ATTACHMENTS, RULES)


def test_a_lone_leading_attachment_label_stays_front_matter() -> None:
    # LEADING_ATTACHMENT_LABEL unchanged where no 附件 2 follows
    sections = tree("\n".join(TWO_ATTACHMENTS.split("\n")[:8]), RULES)
    assert sections[0] == (1, "一、", "保障对象类型")


# the same file: rules wrapped at 28 characters, then a form's title filling that width over a blank line and the
# form's first words (enough full lines for the text to read as hard-wrapped)
FULL_WIDTH_FORM_TITLE = "\n".join(
    [
        "办理产权证时间）为准；\t自取得购房补贴资格之日起 2 年内未在",
        "长乐区行政区域内购房的，应重新申报购房补贴资格。人才保障",
        "家庭须在办理网签合同备案、购房全款缴清后（现金全款支付或",
        "银行按揭贷款放款后），提交下列材料向区住建局申请购房补贴：",
        "（1）《“好年华 聚福州”长乐区人才购房补贴发放申请表》",
        "1 份（附表 4）；",
        "（2）\t《“好年华 聚福州”长乐区人才购房补贴资格证》复",
        "印件 1 份；",
        "（3）申请人的商品房购房合同原件及复印件 1 份；",
        "（4）申请人的购房发票原件及复印件 1 份；",
        "（5）房屋预告登记证原件及复印件 1 份；",
        "（6）申请人购房全款缴清的相关证明材料。",
        "（二）购房补贴发放",
        "区住建局会同区不动产登记和交易中心核实《资格证》记载",
        "的保障家庭成员的自有住房及住房保障政策享受情况；区人社局",
        "核实《资格证》记载的保障家庭成员的人才住房政策享受情况。",
        "符合兑现发放条件的，申请人与区住建局签订购房补贴发放协议，",
        "由区住建局向区财政局申请拨付购房补贴资金后，将补贴资金发",
        "放给申请人。",
        "六、服务约定",
        "2、3、4、5、6 型保障对象需按约承诺享受政策后继续在航工",
        "作 10 年及以上，承诺服务期以购房网签之日起按月计算。享受购",
        "房补贴的人才需与区住建局签订购房补贴发放协议，明确 10 年服",
        "务年限和上市交易限制等内容，由区住建局将签约情况函告区不",
        "动产登记和交易中心；在办理房屋产权登记等相关手续时，由区",
        "不动产登记和交易中心在不动产权证上注明房屋性质和上市交易",
        "限制时间等内容。",
        "享受人才购房补贴的所购住房，10 年内不得上市交易、转让、",
        "赠与、互换、抵押（按揭除外），服务年限期满后，由区住建局",
        "会同相关部门出具审核意见，区不动产登记和交易中心办理解除",
        "限制的相关登记。除上述情况外，原则上不受理人才所购房的交",
        "易、转让、赠与、互换、抵押申请（法院判决的除外）。购房补",
        "贴所购住房在限售期内由法院拍卖的，由区住建局收回已发放的",
        "购房补贴，优先用于偿还住房公积金贷款本息。",
        "附表 2",
        "“好年华 聚福州”长乐区人才购房补贴资格承诺和授权书",
        "",
        "作为申请家庭成员，我们一致推举 \t为申请人，并共",
        "同作出如下声明及承诺和授权：",
    ]
)


def test_a_form_title_under_its_label_is_no_wrapped_line() -> None:
    # ANNEX_TITLE_OVER_GAP: before, the title was joined to the form's first words
    text = FULL_WIDTH_FORM_TITLE
    joined = [(a, b) for a, b in hard_wrap_joins(text) if text[a - 1] == "书"]
    assert joined == []


# anqiu-fyp14-outline-interp-2021, the portal's fields as a Markdown list
PORTAL_LIST = "\n".join(
    [
        "- 索 引 号:11370784004295192K/2021-02173",
        "- 分 类:主要负责人解读 ; 国民经济发展规划、计划",
        "- 发布机构:市发改局",
        "- 发文日期:2021-07-02",
        "- 标 题:【主要负责人解读】安丘市发改局党组书记、局长李华锋解读《安丘市国民经济和社会发展第十四个五年规划和"
        "2035年远景目标纲要》",
        "- 文 号:",
        "- 公开方式:主动公开",
        "【主要负责人解读】安丘市发改局党组书记、局长李华锋解读《安丘市国民经济和社会发展第十四个五年规划和"
        "2035年远景目标纲要》",
        "一、政策背景",
        "“十四五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后,乘势而上开启全面建设社会主义现代化国家新征程的第一个五年。",
    ]
)
ANQIU_TITLE = "安丘市发改局党组书记、局长李华锋解读《安丘市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》"


def test_a_seven_character_column_tag_is_the_pages() -> None:
    # LONG_COLUMN_TAG: before, 【主要负责人解读】 stayed on the headline
    assert HEADLINE_COLUMN_TAG.sub("", "【主要负责人解读】" + ANQIU_TITLE) == ANQIU_TITLE


def test_a_leaders_interpretation_is_titled_by_the_portals_field() -> None:
    # INTERPRETER_TITLE, UNPLACED_PORTAL_ISSUER: before, the text was titled by its file and its issuer was 市发改局
    meta = guess_meta(PORTAL_LIST, "anqiu", SHA)
    assert meta.title == ANQIU_TITLE
    assert meta.issuer == "安丘市发改局"


def test_a_markdown_list_of_fields_on_one_line_ends_each_value_at_the_next_label() -> None:
    # PORTAL_LIST_LABELS, GLUED_LIST_BULLET: before, the issuer was "市发改局- 发文日期:2021-07-02-"
    one_line = PORTAL_LIST.replace("\n", "")
    assert metadata_table(one_line)["issuer"] == "市发改局"
