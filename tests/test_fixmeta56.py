"""fixmeta56 (session 42, round 56): metadata rules for faults round 56 showed, each with the real quote that motivated
it, shortened. Each test fails without its rule."""

from __future__ import annotations

from bench.eval_metadata import issuer_key
from bench.one_line import one_line
from plankg.loaders.rules.structure import notice_document_title
from plankg.loaders.text.read import guess_meta

# bj-presale-funds-rules-draft-2023 (heldout56), antiword text of the 北京 comment draft
PRESALE_DRAFT = (
    "\n\n                      北京市商品房预售资金监督管理办法\n"
    "                       （2023年修订版 公开征求意见稿）\n\n"
    "                                 第一章 总则\n"
    "     第一条【上位法依据】\n"
    "为进一步加强本市商品房预售资金监督管理，保证商品房预售资金优先用于工程建设，切实维护商品房交易双方合法权益，"
    "促进本市房地产市场平稳健康发展，制定本办法。\n"
    "     第二条【适用范围】\n"
    "本市行政区域内商品房预售资金的监督管理，适用本办法。\n"
)


def test_a_bracket_dating_a_revision_and_naming_a_comment_draft_is_no_part_of_the_title() -> None:
    # COMMENT_DRAFT_QUALIFIER: "（2023年修订版 公开征求意见稿）" under the draft's name
    assert guess_meta(PRESALE_DRAFT, "t", "0" * 64).title == "北京市商品房预售资金监督管理办法"


def test_the_same_bracket_on_one_line_is_no_part_of_the_title() -> None:
    # COMMENT_DRAFT_QUALIFIER in _opening_title: "…管理办法 （2023年修订版 公开征求意见稿） 第一章 总则…"
    assert guess_meta(one_line(PRESALE_DRAFT), "t", "0" * 64).title == "北京市商品房预售资金监督管理办法"


def test_a_bracket_of_years_alone_stays_in_the_title() -> None:
    # the rule takes only a bracket that dates a revision or edition and ends in the draft's stage
    text = PRESALE_DRAFT.replace("（2023年修订版 公开征求意见稿）", "（2021年-2035年）")
    assert guess_meta(text, "t", "0" * 64).title == "北京市商品房预售资金监督管理办法（2021年-2035年）"


def test_a_space_before_the_issued_document_s_marks() -> None:
    # SPACE_BEFORE_QUOTED: "平潭综合实验区金井片区管理局关于印发 《金井片区2022年动物疫病强制免疫计划》的通知"
    assert notice_document_title(" 《金井片区2022年动物疫病强制免疫计划》") == "金井片区2022年动物疫病强制免疫计划"


# bj-catering-measures-2025 (heldout56), a 首都之窗 page: nine issuers signing one a line
CATERING_ISSUERS = (
    "北京市商务局",
    "北京市经济和信息化局",
    "北京市人力资源和社会保障局",
    "北京市住房和城乡建设委员会",
    "北京市城市管理委员会",
    "北京市市场监督管理局",
    "北京市城市管理综合行政执法局",
    "北京市消防救援局",
    "国家税务总局北京市税务局",
)
CATERING = (
    "北京市商务局等9部门印发《关于进一步优化营商环境促进北京餐饮业高质量发展的若干措施》的通知\n"
    "京商生二字〔2025〕17号\n"
    "各相关单位：\n"
    "《关于进一步优化营商环境促进北京餐饮业高质量发展的若干措施》已经市政府同意，现印发你们，请认真贯彻落实。\n"
    + "\n".join(CATERING_ISSUERS)
    + "\n2025年9月26日\n"
    "**关于进一步优化营商环境促进北京餐饮业高质量发展的若干措施**\n"
    "为贯彻市委市政府关于培育建设国际消费中心城市的部署要求，优化企业营商环境，现制定以下措施。\n"
    "1.简化装修施工许可。限额以上的餐饮门店装修工程审批，建筑工程施工许可证办理时限压缩至3个工作日。\n"
)


def test_issuers_counted_by_the_headline_signing_one_a_line() -> None:
    # ONE_ORGAN_A_LINE: "北京市商务局等9部门" over nine lines of one organ each
    assert guess_meta(CATERING, "t", "0" * 64).issuer == "、".join(CATERING_ISSUERS)


def test_one_organ_a_line_short_of_the_count_keeps_the_headline_s_issuer() -> None:
    # the count still decides: eight names read under 等9部门 are not the issuers
    text = CATERING.replace("国家税务总局北京市税务局\n", "")
    assert guess_meta(text, "t", "0" * 64).issuer == "北京市商务局等9部门"


# sh-housing-gift-notice-2021 (heldout56), a 上海 joint notice's PDF as PDFium text
GIFT_NOTICE = (
    "公 开\n\n"
    "沪建房管联〔2021〕476 号\n\n"
    "关于加强住房赠与管理的通知\n\n"
    "各区住房保障房屋管理局，各房地产交易中心、市房屋状况信息中心，各自然资源确权登记事务中心（不动产登记事务中心）：\n"
    "为进一步严格执行住房限购政策，现就加强住房赠与管理有关事项通知如下：\n"
    "一、自 2021 年 7 月 24 日起，通过赠与方式转让住房的，该住房自转移登记之日起 5 年内仍记入赠与人拥有住房套数。\n"
    "二、各区房地产交易中心应加强审核，将赠与住房转让纳入房屋交易核验范围。\n\n"
    "市住房城乡建设管理委 \t市房屋管理局 \t市自然资源确权登记局\n\n"
    "2021 年 7 月 23 日\n"
)


def test_a_disclosure_mark_over_the_number_on_one_line() -> None:
    # DISCLOSURE_MARK_OVER_NUMBER: "公 开沪建房管联〔2021〕476 号关于加强住房赠与管理的通知各区…"
    meta = guess_meta(one_line(GIFT_NOTICE), "t", "0" * 64)
    assert (meta.title, meta.doc_number) == ("关于加强住房赠与管理的通知", "沪建房管联〔2021〕476号")


def test_signers_parted_by_a_space_and_a_tab() -> None:
    # SIGNERS_TAB_APART: "市住房城乡建设管理委 \t市房屋管理局 \t市自然资源确权登记局"
    assert guess_meta(GIFT_NOTICE, "t", "0" * 64).issuer == "市住房城乡建设管理委、市房屋管理局、市自然资源确权登记局"


def test_an_entry_s_joint_issuers_after_with() -> None:
    # JOINT_ISSUER_WITH: "北京市商务局 with 北京市经济和信息化局, … and 国家税务总局北京市税务局"
    written = "北京市商务局 with 北京市经济和信息化局, 北京市消防救援局 and 国家税务总局北京市税务局"
    listed = "北京市商务局、北京市经济和信息化局、北京市消防救援局、国家税务总局北京市税务局"
    assert issuer_key(written) == issuer_key(listed)
