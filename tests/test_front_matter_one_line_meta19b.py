"""Metadata of texts crawled onto one line (session 19, branch meta19b): the rules of plankg/loaders/rules/
structure.py named GLUED_FRONT_MATTER and GLUED_EXPORT_NOTE, and the notice title's issuer as a fuller name
(FULLER_ISSUER in plankg/loaders/text/read.py), each with the real excerpt it was written from (a scored text with
its line breaks removed, as bench/eval_metadata.py --one-line reads it)."""

from __future__ import annotations

from plankg.loaders.text.normalise import normalise
from plankg.loaders.text.read import export_metadata, guess_meta

# jl-ev-charging-2021 (heldout16) on one line: a database export's YAML block glued, then its Markdown page
JL_EV_ONE_LINE = (
    "---id: P_2022_JL_11114feealiases:- P_2022_JL_11114feetitle: 吉林省电动汽车充换电基础设施发展规划(2021-2025年)"
    "official_number: ''issuer:- 吉林省发展改革委员会date: '2022-11-11'region:  level: 省  code: '220000'  name: "
    "吉林省provenance:  url: http://xxgk.jl.gov.cn/gljg/jgsw_98132/xxgkmlqy/202211/W020221111362593130851.pdf"
    "  source_type: D  fetched_via: firecrawl  confidence: 0.7issuer_canonical:- drc_jilin---"
    "# 吉林省电动汽车充换电基础设施发展规划(2021-2025年)**文号**: （无）**发文机构**: 吉林省发展改革委员会"
    "**发布日期**: 2022-11-11## 政策原文附件 1# 吉林省电动汽车充换电基础设施 发展规划## （2021-2025 年）"
    "* * *目 录目 录.....1前 言.....1一、电动汽车及充换电设施发展现状.....2"
)

# hp-heritage-14 (heldout2) on one line: a portal export's block in Chinese keys and the exporter's note under it
HP_HERITAGE_ONE_LINE = (
    "---标题: 黄浦区人民政府办公室关于印发黄浦区历史风貌保护和利用“十四五”规划的通知文号: 黄府办发〔2021〕28号"
    "发布单位: 上海市黄浦区人民政府办公室发布日期: 2021-07-20层级: 区级类型: 规划与计划分类: 城市更新与历史保护"
    "状态: 有效官方链接: https://www.shanghai.gov.cn/zhengce/detail?businessId=dbf2cdd5&siteId=0071---"
    "> 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅；以[官方链接](https://www.shanghai.gov.cn/zhengce/"
    "detail?businessId=dbf2cdd5)发布版本为准。&siteId=0071> 依《中华人民共和国著作权法》第五条第一项，具有立法、"
    "行政、司法性质的文件不适用著作权法。# 黄浦区人民政府办公室关于印发黄浦区历史风貌保护和利用“十四五”规划的通知"
    "区政府各委、办、局，各街道办事处：经区政府同意，现将《黄浦区历史风貌保护和利用“十四五”规划》印发给你们，"
    "请认真按照执行。"
)


def test_a_front_matter_block_glued_onto_one_line_is_read_key_by_key() -> None:
    # GLUED_FRONT_MATTER / GLUED_FRONT_MATTER_KEY: the pairs split before each key, English or Chinese
    # VAULT_ISSUER_LIST (fixmeta45): the issuer the vault lists under its bare "issuer:" key (the page's 发文机构 too)
    assert export_metadata(JL_EV_ONE_LINE) == {
        "title": "吉林省电动汽车充换电基础设施发展规划(2021-2025年)",
        "listed_issuer": "吉林省发展改革委员会",
    }
    assert export_metadata(HP_HERITAGE_ONE_LINE) == {
        "title": "黄浦区人民政府办公室关于印发黄浦区历史风貌保护和利用“十四五”规划的通知",
        "doc_number": "黄府办发〔2021〕28号",
        "issuer": "上海市黄浦区人民政府办公室",
        "issued": "2021-07-20",
    }
    # a text that opens with a rule, not a block, is not one
    assert export_metadata("---一、总体要求---") == {}


def test_a_glued_front_matter_is_cut_and_the_title_read_after_it() -> None:
    # kept, the block was the opening line and the file stem the title
    assert not normalise(JL_EV_ONE_LINE).text.startswith("---")
    meta = guess_meta(JL_EV_ONE_LINE, "jl-ev-charging-2021", "0" * 64)
    assert meta.title == "吉林省电动汽车充换电基础设施发展规划（2021-2025年）"
    assert (meta.start_year, meta.end_year) == (2021, 2025)


def test_the_exporters_note_glued_under_the_block_is_cut_with_it() -> None:
    # GLUED_EXPORT_NOTE: kept, the note lines' rule took the whole one-line text with it
    text = normalise(HP_HERITAGE_ONE_LINE).text
    assert text.startswith("黄浦区人民政府办公室关于印发"), text[:60]
    meta = guess_meta(HP_HERITAGE_ONE_LINE, "hp-heritage-14", "0" * 64)
    assert (meta.title, meta.issuer, meta.doc_number) == (
        "黄浦区历史风貌保护和利用“十四五”规划",
        "上海市黄浦区人民政府办公室",
        "黄府办发〔2021〕28号",
    )


def test_a_notice_titles_issuer_is_the_fuller_name_of_a_pages_shortened_one() -> None:
    # FULLER_ISSUER (meta19b): zl-heritage-14 (heldout6) on one line, 发布单位 "奉贤区柘林镇人民政府"
    text = (
        "---标题: 上海市奉贤区柘林镇人民政府关于印发《柘林镇文物保护规划》的通知文号: 奉柘府〔2023〕21号"
        "发布单位: 奉贤区柘林镇人民政府发布日期: 2023-10-13---"
        "# 上海市奉贤区柘林镇人民政府关于印发《柘林镇文物保护规划》的通知各相关单位、部门：为深入贯彻习近平总书记"
        "关于文物工作的重要论述和指示批示精神，现将《柘林镇文物保护规划》印发给你们，请结合实际，认真抓好落实。"
        "特此通知柘林镇文物保护规划党的十八大以来，以习近平同志为核心的党中央高度重视文物工作。"
    )
    meta = guess_meta(text, "zl-heritage-14", "0" * 64)
    assert (meta.title, meta.issuer) == ("柘林镇文物保护规划", "上海市奉贤区柘林镇人民政府")


def test_a_titles_year_span_in_brackets_is_no_document_number_where_it_runs_on() -> None:
    # TITLE_END_BOUNDARY's 文号 form closed by its bracket: nat-carbon-standards-metrology-2024 (heldout16) on one
    # line, its YAML block cut; the year span read as a 文号, the title was cut at "…标准"
    first = (
        "# 进一步强化碳达峰碳中和标准计量体系建设行动方案（2024-2025年）**文号**: 发改环资〔2024〕1046号**发文机构**: "
        "国家发展和改革委员会、市场监督管理总局、生态环境部**发布日期**: 2024-08-08**来源**: [https://www.ndrc.gov.cn/"
        "xxgk/zcfb/tz/202408/t20240808_1392291.html](https://www.ndrc.gov.cn/xxgk/zcfb/tz/202408/t20240808_1392291.html)"
        "## 政策原文[首页](https://www.ndrc.gov.cn/) > [政务公开](https://www.ndrc.gov.cn/xxgk/)"
    )
    meta = guess_meta(first, "nat-carbon-standards-metrology-2024", "0" * 64)
    assert meta.title == "进一步强化碳达峰碳中和标准计量体系建设行动方案（2024-2025年）"
    assert (meta.start_year, meta.end_year, meta.doc_number) == (2024, 2025, "发改环资〔2024〕1046号")


def test_a_cover_run_on_into_its_issuers_and_date_gives_them() -> None:
    # RUN_ON_COVER: nat-city-plan-guide-2020 (dev) and yc-stat-bulletin-2022 (dev) on one line
    guide = (
        "市级国土空间总体规划编制指南 （试行） 征求意见稿 自然资源部 二〇二〇年八月 前  言 为贯彻落实《中共中央 国务院"
        "关于建立国土空间规划体系并监督实施的若干意见》，指导和规范市级国土空间总体规划编制工作，自然资源部在广泛听取"
        "各方面意见基础上，按照“多规合一”要求，研究制定了《市级国土空间总体规划编制指南》（试行）。"
    )
    meta = guess_meta(guide, "nat-city-plan-guide-2020", "0" * 64)
    assert (meta.title, meta.issuer, meta.start_year, meta.end_year) == (
        "市级国土空间总体规划编制指南",
        "自然资源部",
        2020,
        2020,
    )
    bulletin = (
        "宜春市2022年国民经济和社会发展统计公报宜春市统计局 国家统计局宜春调查队（2023年4月12日）2022年，在市委、"
        "市政府的坚强领导下，全市上下坚持以习近平新时代中国特色社会主义思想为指导，圆满完成年度主要目标任务。"
    )
    assert guess_meta(bulletin, "yc-stat-bulletin-2022", "0" * 64).issuer == "宜春市统计局、国家统计局宜春调查队"


def test_a_signature_between_an_attached_file_and_the_pages_footer_is_read() -> None:
    # PAGE_FOOTER_TAIL, ATTACHED_FILE_END: js-retailer-supervision-2018 (heldout15) on one line
    text = (
        "关于开展江苏售电企业电力市场交易规则执行情况专项监管工作的通知江苏电力交易中心，各售电企业：根据《电力监管条例》"
        "，现就有关事项通知如下。有关材料请于10月15日前报送至江苏能源监管办（电子版即可，Excel版和加盖公章的PDF版各一份）。"
        "联系人： 谢振凡 025-83115281 xiezf@nea.gov.cn附件1：江苏售电企业注册及参与市场化交易情况表.xls附件2：售电企业"
        "基本情况表.xls国家能源局江苏监管办公室2018年9月28日扫一扫在手机打开当前页网站地图联系我们地址: "
        "南京市中山路268号汇杰广场21楼邮编:210008主办单位: 国家能源局江苏监管办公室京公网安备 11010202007691"
        "网站标识码: bm62000019号京ICP备11044902号国家能源局江苏监管办公室版权所有，如需转载，请注明来源"
    )
    meta = guess_meta(text, "js-retailer-supervision-2018", "0" * 64)
    assert (meta.issuer, meta.issued) == ("国家能源局江苏监管办公室", "2018-09-28")


def test_a_bulletins_bracketed_issuer_right_after_its_last_sentence_is_read() -> None:
    # BRACKETED_ORGAN_AFTER_SENTENCE: wz-stat-bulletin-2015 (dev) on one line
    text = (
        "万载县2015年国民经济和社会发展统计公报2015年，全县人民在县委、县政府的正确领导下，国民经济保持平稳增长。"
        "全县在岗职工年平均工资41001元，比上年增长10.5%，农村居民家庭恩格尔系数为41.77%。（万载县统计局）"
    )
    assert guess_meta(text, "wz-stat-bulletin-2015", "0" * 64).issuer == "万载县统计局"


def test_a_document_number_glued_between_page_words_and_the_notice_title_is_read() -> None:
    # GLUED_NUMBER, NUMBER_AFTER_PAGE_WORD: gz-talent-hukou-2022 (heldout13) and gz-public-rental-mgmt-2024 on one line
    talent = (
        "广州市人力资源和社会保障局 广州市公安局关于印发广州市引进人才入户管理办法实施细则的通知-广州市人力资源和社会"
        "保障局网站穗人社规字〔2022〕2号广州市人力资源和社会保障局 广州市公安局关于印发广州市引进人才入户管理办法实施"
        "细则的通知各有关单位：为进一步贯彻落实《广州市引进人才入户管理办法》，现将《广州市引进人才入户管理办法实施细则》"
        "印发给你们，请认真组织实施。"
    )
    assert guess_meta(talent, "gz-talent-hukou-2022", "0" * 64).doc_number == "穗人社规字〔2022〕2号"
    rental = (
        "广州市天河区人民政府天园街道办事处政府信息公开穗府办规〔2024〕13号广州市人民政府办公厅关于印发广州市公共租赁"
        "住房管理办法的通知各区人民政府，市政府各部门、各直属机构：《广州市公共租赁住房管理办法》业经市人民政府同意，"
        "现印发给你们，请认真贯彻执行。"
    )
    assert guess_meta(rental, "gz-public-rental-mgmt-2024", "0" * 64).doc_number == "穗府办规〔2024〕13号"


def test_a_document_number_glued_between_the_notice_title_and_its_addressees_is_read() -> None:
    # NUMBER_AFTER_NOTICE_TITLE: cq-icv-truck-measures-2025 (heldout11) on one line, a page's menu ahead of the title
    text = (
        "重庆市经济和信息化委员会行政规范性文件重庆市经济和信息化委员会行政规范性文件下载文字版下载图片版政策解读部门解读"
        "媒体视角一图读懂解读发布《重庆市支持智能网联新能源商用车产业发展政策措施（2025—2027年）》政策解读一图读懂"
        "《重庆市支持智能网联新能源商用车产业发展政策措施（2025—2027年）》《重庆市支持智能网联新能源商用车产业发展政策措施"
        "（2025—2027年）》政策问答重庆市经济和信息化委员会重庆市财政局中共重庆市委金融委员会办公室国家金融监督管理总局"
        "重庆监管局重庆市商务委员会关于印发《重庆市支持智能网联新能源商用车产业发展政策措施（2025—2027年）》的通知"
        "渝经信规范〔2025〕13号各有关单位：现将《重庆市支持智能网联新能源商用车产业发展政策措施（2025—2027年）》印发给"
        "你们，请认真贯彻执行。"
    )
    assert guess_meta(text, "cq-icv-truck-measures-2025", "0" * 64).doc_number == "渝经信规范〔2025〕13号"


def test_a_pages_short_government_name_gives_way_to_the_notice_titles_full_one() -> None:
    # SHORT_GOVERNMENT (FULLER_ISSUER): jd-illegal-land-2014 (heldout3) on one line, 发布单位 "区政府"
    text = (
        "---标题: 上海市嘉定区人民政府关于印发《嘉定区2014年违法用地专项治理行动实施方案》的通知"
        "文号: 嘉府发〔2014〕43号发布单位: 区政府发布日期: 2014-08-26---"
        "# 上海市嘉定区人民政府关于印发《嘉定区2014年违法用地专项治理行动实施方案》的通知各镇人民政府，"
        "区政府有关委、办、局，各街道办事处：经区政府常务会议研究同意，现将《嘉定区2014年违法用地专项"
        "治理行动实施方案》印发给你们，请按照执行。上海市嘉定区人民政府2014年8月26日嘉定区2014年违法用地专项治理行动实施方案"
    )
    assert guess_meta(text, "jd-illegal-land-2014", "0" * 64).issuer == "上海市嘉定区人民政府"


def test_a_standards_cover_on_one_line_is_titled_after_its_number() -> None:
    # STANDARD_COVER: bj-quake-resilience-guide (dev) and nat-urban-area-std-draft (heldout13) on one line
    quake = (
        "DB11/T XXXX—XXXX PXX 北        京        市        地        方        标        准         DB 11/T XXXX—XXXX "
        "地震安全韧性城市建设导则 （征求意见稿） Guideline for earthquake resilient city construction   "
        "20XX– XX –XX  发布"
    )
    assert guess_meta(quake, "bj-quake-resilience-guide", "0" * 64).title == "地震安全韧性城市建设导则"
    urban = (
        "CCS  A 75/79 TD 中 华 人 民 共 和 国土 地 管 理 行 业 标 准 TD/T XXXX—202X 城区范围 确定规程 Code of practice "
        "for standard urban built-up area delineation （报批稿） 202X - XX - XX 发布  202X - XX - XX 实施 "
        "中华人民共和国自然资源部"
    )
    assert guess_meta(urban, "nat-urban-area-std-draft", "0" * 64).title == "城区范围确定规程"


def test_a_cover_run_on_into_its_date_alone_gives_the_year() -> None:
    # RUN_ON_COVER without issuers: nat-plan-checkup-rules-2020 (dev) on one line
    text = (
        "国土空间规划城市体检评估规程（试行）2020 年 10 月 19 日前 言根据《中共中央 国务院关于建立国土空间规划体系"
        "并监督实施的若干意见》的要求，建立国土空间规划定期体检评估制度有助于及时发现国土空间治理问题。"
    )
    meta = guess_meta(text, "nat-plan-checkup-rules-2020", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2020, 2020)


def test_the_page_words_and_number_glued_before_a_notice_titles_issuer_are_no_part_of_it() -> None:
    # NUMBER_IN_ISSUER: gz-ltc-insurance-2024 (heldout13) on one line
    text = (
        "搜索穗医保规字〔2024〕1号广州市医疗保障局 广州市财政局 广州市民政局 广州市卫生健康委员会关于印发广州市长期护理"
        "保险试行办法的通知各区财政局、民政局、卫生健康局，各有关单位：《广州市长期护理保险试行办法》业经市人民政府同意，"
        "现印发给你们，请遵照执行。"
    )
    meta = guess_meta(text, "gz-ltc-insurance-2024", "0" * 64)
    assert (meta.issuer, meta.doc_number) == (
        "广州市医疗保障局 广州市财政局 广州市民政局 广州市卫生健康委员会",
        "穗医保规字〔2024〕1号",
    )
