"""Round 27's metadata (fix27seg): a ministry page's signature above its related-links box and an empty 附件：
label, a Beijing bureau's metadata list of bracketed labels, a 文号 written with escaped square brackets."""

from plankg.loaders.text.read import guess_meta

# nat-v2g-pilot-2024 (heldout27), shortened: the signature of four general offices, the 附件： label with its
# links, the page's related-links box and ranking list under it.
RELATED_BOX_TAIL = (
    "关于推动车网互动规模化应用试点工作的通知（发改办能源〔2024〕718号）\n\n"
    "**国家发展改革委办公厅等关于推动车网互动**\n\n**规模化应用试点工作的通知**\n\n发改办能源〔2024〕718号\n\n"
    "各省、自治区、直辖市发展改革委、能源局：\n\n为落实党中央、国务院关于碳达峰、碳中和的战略部署，现将有关事项通知如下。\n\n"
    "**一、总体要求**\n\n按照“创新引导、先行先试”的原则，全面推广新能源汽车有序充电。\n\n"
    "国家发展改革委办公厅\n\n国家能源局综合司\n\n工业和信息化部办公厅\n\n市场监管总局办公厅\n\n2024年8月23日\n\n附件：\n\n"
    "[1.车网互动规模化应用城市申报表](https://www.ndrc.gov.cn/xxgk/zcfb/tz/202409/P020240910374236535126.docx) \n\n"
    "相关政策与解读\n\n排行榜\n\n"
    + "- _01_\n\n## [2026年4月21日国内成品油价格下调](http://www.ndrc.gov.cn/xwdt/xwfb/202604/t20260421_1404789.html)"
    "\n\n2026-04-21\n\n" * 12
)


def test_a_signature_above_a_pages_related_links_box_is_the_issuer() -> None:
    # RELATED_LIST_TAIL: the page's source field "能源局" was the issuer
    meta = guess_meta(RELATED_BOX_TAIL, "s", "0" * 64)
    assert meta.issuer == "国家发展改革委办公厅、国家能源局综合司、工业和信息化部办公厅、市场监管总局办公厅"


def test_a_signature_above_an_empty_annex_label_and_an_icon_is_the_issuer() -> None:
    # EMPTY_ANNEX_LABEL_TAIL (nat-storage-market-2022): no issuer was found
    text = (
        "关于进一步推动新型储能参与电力市场和调度运用的通知\n\n2022/06/07 运行局\n\n"
        "各省、自治区、直辖市发展改革委、能源局：\n\n为贯彻落实党中央、国务院决策部署，现就有关要求通知如下。\n\n"
        "**一、总体要求。** 新型储能具有响应快、配置灵活、建设周期短等优势。\n\n"
        "国家发展改革委办公厅\n\n国家能源局综合司\n\n2022年5月24日\n\n附件：\n\n"
        "![](https://www.ndrc.gov.cn/images/icon_zhiding@2x.png)"
    )
    assert guess_meta(text, "s", "0" * 64).issuer == "国家发展改革委办公厅、国家能源局综合司"


def test_a_numbered_list_of_bracketed_fields_is_the_metadata_table() -> None:
    # LISTED_BRACKET_FIELD (bj-hydrogen-measures-2024): no issuer, no 文号, the file stem as the title
    text = (
        "1. \\[主题分类\\] 国土资源、能源/其他\n2. \\[制发单位\\] 北京市经济和信息化局\n3. \\[实施日期\\] 2024-12-17\n"
        "4. \\[成文日期\\] 2024-12-17\n5. \\[发文字号\\] 京经信发〔2024〕69号\n6. \\[失效日期\\] \\-\\-\\--\n"
        "7. \\[发布日期\\] 2024-12-17\n8. \\[有效性\\] 现行有效\n\n"
        "# 北京市经济和信息化局关于印发《北京市关于支持氢能产业发展的若干政策措施（修订版）》的通知\n\n"
        "【字体：大中小】 打印\n\n各有关单位：\n\n为贯彻国家《氢能产业发展中长期规划（2021-2035 年）》，"
        "现将《北京市关于支持氢能产业发展的若干政策措施（修订版）》印发给你们，请结合实际认真贯彻落实。\n\n"
        "北京市经济和信息化局\n\n2024年12月17日\n\n**北京市关于支持氢能产业发展的若干政策措施（修订版）**\n\n"
        "一、支持科技研发创新\n"
    )
    meta = guess_meta(text, "s", "0" * 64)
    assert (meta.title, meta.issuer, meta.doc_number) == (
        "北京市关于支持氢能产业发展的若干政策措施（修订版）",
        "北京市经济和信息化局",
        "京经信发〔2024〕69号",
    )


def test_a_number_in_escaped_square_brackets_is_read_with_its_hexagonal_brackets() -> None:
    # ESCAPED_BRACKET and SQUARE_NUMBER_BRACKETS (js-fuel-retail-inspection-2025): no 文号 was found
    text = (
        "江苏省商务厅\n\n文件\n\n苏商运\\[2025\\]56号\n\n"
        "省商务厅关于开展2024年度成品油零售经营企业年度监督检查工作的通知\n\n各设区市商务局，省石油流通行业协会：\n\n"
        "为贯彻落实有关要求，即日起开展2024年度成品油零售经营企业年度监督检查工作，现将有关事项通知如下：\n"
    )
    assert guess_meta(text, "s", "0" * 64).doc_number == "苏商运〔2025〕56号"
