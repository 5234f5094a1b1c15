"""Metadata guessed without a manifest: session 39's fixes (branch meta53), each with the excerpt it was written from
(texts as plankg reads them, crawled onto one line as bench/one_line.py glues them)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# cm-fyp14-outline-2021 (heldout48) on one line, after SHARED_DOCUMENT_NAME's site name for the file
GLUED_OUTLINE = (
    "崇明区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要上海市崇明区人民政府制定"
    "前 言新世纪以来,崇明作为上海最为珍贵、不可替代、面向未来的生态战略空间,以坚实的步伐走上了"
    "生态优先、绿色发展之路。二十年的坚守、探索与实践,让崇明成为了上海重要的生态屏障和 21 世纪"
    "实现更高水平更高质量绿色发展的重要示范基地。"
)


def test_a_title_runs_on_past_a_kind_word_followed_by_and() -> None:
    # TITLE_ENDING_JOINED: before, cut at 规划, "崇明区国民经济和社会发展第十四个五年规划"
    meta = guess_meta(GLUED_OUTLINE, "stem", SHA)
    assert meta.title == "崇明区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


# nat-illness-poverty-survey-2016 (heldout36) on one line: the annex list, then signers parted by a space
SPACED_SIGNERS = (
    "各省、自治区、直辖市卫生计生委：为全面掌握建档立卡农村贫困人口因病致贫情况，现组织开展调查工作。"
    "附件：1.建档立卡农村贫困人口因病致贫因病返贫调查方案国家卫生计生委办公厅 人力资源社会保障部办公厅"
    "国务院扶贫办行政人事司2016年4月26日附件1建档立卡农村贫困人口“因病致贫、因病返贫”调查方案根据《中共中央国务院关于"
    "打赢脱贫攻坚战的决定》，按照健康扶贫工作部署要求，开展调查。"
)
# moe-voc-teacher-base-opinion-2000 (heldout52) on one line: the date in Chinese numerals, the annex an 意见
CHINESE_DATE_SIGNER = (
    "各省、自治区、直辖市教育厅（教委），各全国重点建设职教师资基地：现将《关于进一步加强中等职业教育师资培养培训基地建设的意见》"
    "印发给你们，请结合实际，认真贯彻执行。附件：关于进一步加强中等职业教育师资培养培训基地建设的意见教育部二○○○年八月十八日"
    "附件：关于进一步加强中等职业教育师资培养培训基地建设的意见世纪之交是我国实施科教兴国发展战略的关键时期。"
)


def test_signers_after_an_annex_list_parted_by_a_space() -> None:
    # SPACED_SIGNATURE_AFTER_ANNEX_LIST: before, no issuer
    meta = guess_meta(SPACED_SIGNERS, "stem", SHA)
    assert meta.issuer.replace("、", "") == "国家卫生计生委办公厅人力资源社会保障部办公厅国务院扶贫办行政人事司"
    assert meta.issued == "2016-04-26"


def test_a_signature_dated_in_chinese_numerals_after_an_annex_list() -> None:
    # SPACED_SIGNATURE_AFTER_ANNEX_LIST: before, no issuer
    meta = guess_meta(CHINESE_DATE_SIGNER, "stem", SHA)
    assert meta.issuer == "教育部"
    assert meta.issued == "2000-08-18"


# gx-gov-authorized-contracts-2025 (heldout40) on one line: signed in December, its term from New Year's Day
NEW_YEAR_TERM = (
    "各设区市电力市场化交易主管部门：现就 2025 年 广西电力市场政府授权合约机制有关事项通知如下。二、 合约 机制执行期限"
    "2025 年 1 月 1 日至 2025 年 12 月 31 日。三、如遇政策变动，按国家及自治区最新文件执行。附件： 1. 2025 年核电政府"
    "授权合约计算方法广西壮族自治区能源局2024 年 12 月 24 日（ 公开前需经政府信息公开审查 ）"
    "抄送： 国家能源局南方监管局。"
)


def test_a_december_notice_whose_term_starts_on_new_years_day() -> None:
    # TERM_FROM_NEW_YEARS_DAY: before, 2024-2025 from the year of signing
    meta = guess_meta(NEW_YEAR_TERM, "stem", SHA)
    assert meta.issuer == "广西壮族自治区能源局"
    assert (meta.start_year, meta.end_year) == (2025, 2025)
