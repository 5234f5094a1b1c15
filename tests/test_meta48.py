"""Metadata guessed without a manifest: session 36's fixes (branch meta48), each with the excerpt it was written from
(texts as plankg reads them)."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# nat-gwr-2005 (heldout47): a Wikisource government work report without its headline, reviewing 2004
REVIEWED_2004 = (
    "各位代表：\n\n"
    "现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n\n\n\n\n"
    "一、过去一年工作回顾\n\n\n"
    "2004年，全国各族人民在中国共产党领导下，高举邓小平理论和“三个代表”重要思想伟大旗帜，团结奋进，锐意创新。\n\n"
    "过去一年，我们是在应对新的挑战和考验中前进的。\n"
)
# nat-gwr-1984 (heldout47): the same, its reviewed year in Chinese numerals
REVIEWED_1983 = (
    "各位代表：\n\n"
    "\u3000\u3000我代表国务院向大会作政府工作报告，请予审议。\n\n\n\n\n"
    "关于国内建设\n\n"
    "\u3000\u3000根据一九八三年六月第六届全国人民代表大会第一次会议的决议，各级政府和全国各族人民一道，"
    "为全面开创社会主义现代化建设的新局面，进行了不懈的努力。一年来，我国各条战线都取得了令人振奋的成就。\n"
)


def test_a_headline_less_work_report_is_of_the_year_after_the_one_it_reviews() -> None:
    # WORK_REPORT_REVIEWED_YEAR: before, no years at all
    meta = guess_meta(REVIEWED_2004, "nat-gwr-2005", SHA)
    assert (meta.start_year, meta.end_year) == (2005, 2005)
    meta = guess_meta(REVIEWED_1983, "nat-gwr-1984", SHA)
    assert (meta.start_year, meta.end_year) == (1984, 1984)


def test_a_headline_less_state_council_report_is_titled_as_the_state_councils() -> None:
    # HEADLESS_NATIONAL_REPORT: before, titled by its file name, and a succession took it for the 十五 outline's edition
    assert guess_meta(REVIEWED_2004, "nat-gwr-2005", SHA).title == "2005年国务院政府工作报告"
    provincial = REVIEWED_2004.replace("我代表国务院", "我代表省人民政府")
    assert guess_meta(provincial, "stem", SHA).title == "stem"


def test_a_work_report_that_speaks_of_no_past_year_is_not_dated_by_it() -> None:
    text = REVIEWED_2004.replace("过去一年", "当前").replace("2004年，", "2010年，")
    meta = guess_meta(text, "stem", SHA)
    assert meta.start_year is None


# gz-assistive-device-rules-2019 (heldout28): the closing article without 起
TERM_WITHOUT_QI = (
    "广州市残疾人辅助器具适配工作管理办法\n"
    "第一条 为规范残疾人辅助器具适配工作，制定本办法。\n"
    "第二十三条 本办法自2019年2月1日实施，有效期5年。\n"
)
# nf-unit-market-connection-2025 (heldout41): a stray 之日, the count wrapped onto the next line, from 1 January
TERM_FROM_JANUARY = (
    "广东、广西、海南发电机组参与电力市场交易业务衔接暂行规定\n"
    "第一条 为规范发电机组参与电力市场交易，制定本规定。\n"
    "第十七条 本规定自 2026 年 1 月 1 日之日起实施，有效期\n"
    "2 年。\n"
)


def test_a_dated_term_without_qi_runs_from_its_start_for_its_count() -> None:
    # DATED_TERM_WORDING: before, no years
    meta = guess_meta(TERM_WITHOUT_QI, "stem", SHA)
    assert (meta.start_year, meta.end_year) == (2019, 2024)


def test_a_term_from_new_year_runs_whole_calendar_years() -> None:
    # DATED_TERM_WORDING and TERM_FROM_NEW_YEAR: before, the year of issue only (2025-2025 with its signature)
    meta = guess_meta(TERM_FROM_JANUARY, "stem", SHA)
    assert (meta.start_year, meta.end_year) == (2026, 2027)


# nat-mascot-creative-call-2020 (heldout23): a call whose entries are due in the year after its signature
DEADLINE_WITH_DAY = (
    "关于开展中国生态环境保护吉祥物文化创意作品公开征集展示活动的通知\n"
    "各省、自治区、直辖市生态环境厅（局）：\n"
    "为进一步做好中国生态环境保护吉祥物宣传推广工作，我部决定开展文化创意作品公开征集展示活动。\n"
    "请填写《中国生态环境保护吉祥物文化创意作品申报表》（见附件）并将相关材料于2021年2月26日前发送至联系人邮箱。\n"
    "生态环境部办公厅\n"
    "2020年11月4日\n"
)


def test_a_deadline_with_its_day_sets_the_last_year() -> None:
    # DEADLINE_DAY: before, 2020-2020
    meta = guess_meta(DEADLINE_WITH_DAY, "stem", SHA)
    assert (meta.start_year, meta.end_year) == (2020, 2021)


def test_a_glued_number_keeps_its_serial_gap_on_one_line() -> None:
    # GLUED_NUMBER_GAP (jiangmen-talent-housing-voucher-2026, one-line): before, no 文号
    text = (
        "文件江建〔2026〕55 号江门市住房和城乡建设局 江门市财政局关于印发《江门市 2026 年度“人才房票”试行工作方案》"
        "的通知各县（市、区）人民政府，市直相关部门、相关银行机构、江门市房地产行业协会、江门市房地产中介服务行业协会、"
        "各房地产开发企业：《江门市 2026 年度“人才房票”试行工作方案》业经市人民政府同意，现印发给你们，请抓好贯彻落实。"
        "江门市住房和城乡建设局 \t江门市财政局2026 年 4 月 24 日公开方式：主动公开"
    )
    assert guess_meta(text, "stem", SHA).doc_number == "江建〔2026〕55号"


def test_a_bracketed_number_after_the_notice_title_on_one_line() -> None:
    # NOTICE_TITLE_NUMBER_BRACKETS (nat-drug-list-notice-2025, one-line): before, no 文号
    text = (
        "关于印发《国家基本医疗保险、生育保险和工伤保险药品目录》以及《商业健康保险创新药品目录》（2025 年）的通知"
        "（医保发〔2025〕33 号）各省、自治区、直辖市及新疆生产建设兵团医保局、人力资源社会保障厅（局）：为进一步提高"
        "参保人员用药保障水平，现印发。"
    )
    assert guess_meta(text, "stem", SHA).doc_number == "医保发〔2025〕33号"


def test_a_number_over_the_issuer_on_one_line() -> None:
    # NUMBER_OVER_ISSUER (hn-health-in-all-policies-2025, one-line): before, no 文号
    text = (
        "琼健爱卫〔2025〕7号海南省健康海南建设委员会（爱国卫生运动委员会）关于印发《海南省将健康融入所有政策实施方案》"
        "等4个文件的通知各市、县、自治县人民政府，省政府直属各单位：现将文件印发给你们，请认真贯彻落实。"
    )
    assert guess_meta(text, "stem", SHA).doc_number == "琼健爱卫〔2025〕7号"
