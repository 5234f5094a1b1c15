"""Metadata guessed without a manifest: session 30's fixes (branch meta30), each with the excerpt it was written
from, and the metadata evaluation's reading of free-text kinds and an office's notice."""

from __future__ import annotations

from bench.eval_metadata import NOTICE_SIGNER, kind_key
from plankg.loaders.text.read import guess_meta

# ordos-regional-coop-2025 (heldout35): the issuing sentence also cites the region's notice with its 文号
ORDOS = (
    "鄂府发〔2025〕8号 各旗区人民政府,市人民政府各部...\n"
    "鄂尔多斯市人民政府关于印发鄂尔多斯市区域合作深化行动方案的通知, 鄂府发〔2025〕8号 各旗区人民政府,市人民政府各部门,"
    "各直属单位,各大企事业单位: 《鄂尔多斯市区域合作深化行动方案"
    "》已经市人民政府2025年第8次常务会议审议通过,现印发给你们,"
    "请认真组织实施。 鄂尔多斯市人民政府 2025年3月21日 鄂尔多斯市区域合作深化行动方案 为全面贯彻落实党中央、国务院各项"
    "决策部署,认真落实《内蒙古自治区人民政府关于印发自治区区域合作深化行动实施方案的通知》(内政发〔2025〕8号),按照市委"
    "五届九次全会暨全市经济工作会议部署,全力推进区域合作深化行动,"
    "结合我市实际,制定本方案。 一、以互助共进为基础创新市域合作\n"
)
# nat-tcm-decoction-coding-rules-2020 (heldout28): the headline lost its issuer and 关于印发; the one 《》 is cited
TCM_CODES = (
    "医保药品中药饮片和医疗机构制剂统一编码规则和方法的通知\n（医保办发〔2020〕42 号）\n"
    "各省、自治区、直辖市及新疆生产建设兵团医疗保障局：\n"
    "为加快推进统一的医保信息业务编码标准，形成全国“通用语言”， "
    "根据《国家医疗保障局关于印发医疗保障标准化工作指导意见的通知》"
    " （医保发〔2019〕39号）有关要求，我局研究制定了医保药品中药饮 片和医疗机构制剂统一编码规则和方法，现印发给你们，"
    "请认真贯彻 落实。\n国家医疗保障局办公室 2020年9月17日\n医"
    "保药品中药饮片和医疗机构制剂统一编码规则和方法\n一、中药饮片编码\n"
)
# hl-gwr-tasks-2013 (heldout35): an opinion sharing out the tasks of the year's government work report
GWR_TASKS = (
    "黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见\n"
    "各市（地）、县（市）人民政府（行署），省政府各直属单位：\n"
    "为认真落实省十二届人大一次会议通过的《政府工作报告》，现就《政府工作报告》确定的重点工作提出责任分工意见如下：\n"
)
# south-ne-market-2025 (heldout33): the regulator signs with its short name
SOUTH_REGULATOR = (
    "南方区域新能源参与电力市场交易实施方案（试行）\n"
    "为贯彻落实《国家发展改革委 国家能源局关于深化新能源上网电价"
    "市场化改革 促进新能源高质量发展的通知》，南方能源监管局经商"
    "广东省、广西壮族自治区、海南省、贵州省、云南省发展改革委、能源局，制定了本方案，现印发实施，请遵照执行。\n"
    "南方能源监管局\n2025 年 12 月 19 日\n"
)


def test_a_title_cited_with_its_number_is_not_what_the_notice_issues() -> None:
    # CITED_BY_NUMBER: with the cited notice counted as issued too, two documents were named and the title missed
    meta = guess_meta(ORDOS, "ordos", "0" * 64)
    assert (meta.title, meta.kind) == ("鄂尔多斯市区域合作深化行动方案", "plan")
    # the cited notice of 国家医疗保障局 was taken for the document, and its issuer for the plan's
    meta = guess_meta(TCM_CODES, "tcm", "0" * 64)
    assert "标准化工作指导意见" not in meta.title
    assert meta.issuer != "国家医疗保障局"


def test_a_report_the_title_quotes_does_not_make_it_a_report() -> None:
    # REPORT_QUOTED: "报告" inside 《》 names the document acted on
    assert guess_meta(GWR_TASKS, "hl", "0" * 64).kind == "plan"
    assert guess_meta("2026年浙江省政府工作报告\n各位代表：\n", "zj", "0" * 64).kind == "report"


def test_a_regional_energy_regulator_is_named_in_full() -> None:
    # ENERGY_REGULATOR_SHORT
    assert guess_meta(SOUTH_REGULATOR, "south", "0" * 64).issuer == "国家能源局南方监管局"


def test_a_free_text_kind_is_scored_by_the_kind_it_names() -> None:
    # KIND_IN_FREE_TEXT: round 34's entries
    assert kind_key("decision (plan-type: targets to 2020 and tasks)") == "plan"
    assert kind_key("work points (annual plan)") == "plan"
    assert kind_key("interpretation") == "interpretation"
    assert kind_key("report") == "report"


def test_the_office_that_issued_for_its_department_counts_as_the_notice() -> None:
    # NOTICE_SIGNER: "issued by" as "forwarded by"
    found = NOTICE_SIGNER.search("生态环境部 (issued by 生态环境部办公厅)")
    assert found is not None and found.group(1) == "生态环境部办公厅"
    found = NOTICE_SIGNER.search("国家地震局 (forwarded by 国务院办公厅, 国办发〔1996〕2号)")
    assert found is not None and found.group(1) == "国务院办公厅"


def test_a_number_is_compared_with_its_brackets_and_spaces_folded() -> None:
    # fx-health-in-all-policies-2020's entry writes the 文号 as printed, "阜蒙健促办发[2020] 3 号"
    from bench.eval_metadata import number_key

    assert number_key("阜蒙健促办发[2020] 3 号") == number_key("阜蒙健促办发〔2020〕3号")
    assert number_key("苏商运\\[2025\\]56号") == number_key("苏商运〔2025〕56号")
    assert number_key("国发〔2021〕36号") != number_key("国发〔2021〕35号")


def test_a_number_the_text_does_not_print_is_not_scored() -> None:
    # NUMBER_IN_TEXT: nat-emergency-system-fyp14-page's entry names 国发〔2021〕36号, "not printed in this text"
    from bench.eval_metadata import documents, score

    rows = {r.doc: r for r in (score(d) for d in documents("heldout34"))}
    assert rows["nat-emergency-system-fyp14-page"].doc_number == "-"
    assert rows["gx-farmland-upgrade-2023"].doc_number == "ok"  # printed with pinyin glosses, read as plankg reads it
