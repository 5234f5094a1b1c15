"""Rules written after round 21's first score (branch fix21seg), each with the real excerpt of heldout21 it was
written from, shortened: one-line crawls (a （n） list ending in ；, titles glued to a dated or purpose sentence,
numbered attachments appended after the letter) and saved pages (QR captions, page navigation, a title broken
over lines above the first chapter, one-sentence （n） clauses beside titled （n）). Each test fails without its
rule."""

from __future__ import annotations

from pathlib import Path

from plankg.loaders.structure.segment import headings_inline
from plankg.loaders.text.read import guess_meta
from tests.segmenting import tree

TEXTS = Path(__file__).parent / "realworld" / "texts"


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


# hn-changjiang-fcd-inspection-2021 (heldout21), one line as crawled
FCD = (
    "检查日期：2021年3月16日至19日一、检查依据（一）《中华人民共和国核安全法》；（二）《中华人民共和国民用核设施安全"
    "监督管理条例》及其实施细则；（三）《核动力厂、研究堆、核燃料循环设施安全许可程序规定》；（四）国家核安全局批准或"
    "认可的文件。二、检查内容（一）质量保证体系运转情况；（二）核岛施工组织、施工计划和施工方案等准备情况；（三）核岛"
    "基础前期施工监督检查遗留问题处理情况。三、检查活动2021年3月16日至19日，国家核安全局组织检查组对海南昌江核电厂3号"
    "机组核岛FCD前准备情况进行了核安全检查。检查组听取了营运单位的汇报。四、检查情况（一）关于质量保证营运单位采用“双签"
    "双批”的模式制定并发布了建造阶段质量保证大纲。（二）关于现场准备目前，用于3号机组核岛施工的人员、应急设备和主要"
    "材料的数量、状态均满足FCD前需求。五、检查发现问题及整改要求为确保施工建造质量，结合本次检查情况，营运单位应做好"
    "以下工作。"
)


def test_a_list_of_entries_ending_in_semicolons_read_inline_is_no_headings() -> None:
    # INLINE_SEMICOLON_LIST: the references under 一、 and the inspected items under 二、
    found = titles(FCD)
    assert [(level, number) for level, number, _ in found[:2]] == [(1, "一、"), (1, "二、")]
    assert all("；" not in title and "《" not in title for _, _, title in found)


def test_a_title_ends_before_a_span_of_days_or_now() -> None:
    # INLINE_DATE_OPENER with 至19日; INLINE_NOW_OPENER (an untitled provision's path too)
    found = titles(FCD)
    assert (1, "三、", "检查活动") in found
    assert (2, "（二）", "关于现场准备") in found


def test_a_head_noun_that_holds_an_opener_ends_the_title_after_itself() -> None:
    # HEAD_NOUN_OVER_OPENER: "检查发现问题及整改要求|为确保…", not "…整改|要求为确保"
    assert (1, "五、", "检查发现问题及整改要求") in titles(FCD)


# nat-monitoring-lab-review-draft-2018 (heldout21), one line as crawled
DRAFT = (
    "现将《补充要求》印送给你们，请研究并于2018年6月15日前将意见反馈我部。联系人：监测司。附件：1.检验检测机构资质认定"
    "环境监测机构评审补充要求（征求意见稿）2.《检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）》编制说明生态"
    "环境部办公厅2018年6月6日抄送：国家认证认可监督管理委员会。附件1检验检测机构资质认定环境监测机构评审补充要求（征求"
    "意见稿）第一条本补充要求是在《检验检测机构资质认定评审准则》的基础上制定的。第二条环境监测机构应当对其监测数据的"
    "真实性负责。附件2《检验检测机构资质认定环境监测机构评审补充要求(征求意见稿)》编 制 说 明一、背景情况2017年9月，"
    "中共中央办公厅、国务院办公厅印发《意见》。二、编制过程为贯彻落实中央文件要求，2018年2月，我部会同国家认监委起草。"
    "三、主要内容《补充要求》共二十三条。四、需要说明的问题本《补充要求》是在《评审准则》的基础上制定的。"
)


def test_numbered_attachments_appended_after_their_list_are_headings_with_their_parts() -> None:
    # APPENDED_NUMBERED_ATTACHMENTS, and the openers 2017年9月，/ 为贯彻 / 本《
    # (INLINE_LEAD_OPENERS, INLINE_DATE_OPENER)
    assert titles(DRAFT) == [
        (1, "附件1", "检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）"),
        (1, "附件2", "《检验检测机构资质认定环境监测机构评审补充要求(征求意见稿)》编 制 说 明"),
        (2, "一、", "背景情况"),
        (2, "二、", "编制过程"),
        (2, "三、", "主要内容"),
        (2, "四、", "需要说明的问题"),
    ]


# cq-car-scrappage-subsidy-2025 (heldout21), the markdown page shortened
CQ_PAGE = """**一、补贴适用时间、对象条件及标准方式**

（一）补贴适用时间

2025年1月1日至2025年12月31日。

**二、申报补贴渠道和材料**

（一）申报补贴渠道

消费者可通过以下渠道申报。

支付宝扫一扫

微信扫一扫

云闪付扫一扫

**三、申报补贴程序**

（一）自申报对象按期提交齐全、清晰的申报材料之日起，由市商务委会同市经济信息委、市公安局等有关单位完成网上审核。

（二）对审核通过的申报对象，将在重庆市商务委官网上进行公示，公示期满无异议的，按程序拨付补贴资金。

**四、配套支持政策**

（一）2025年1月1日0时至2025年12月31日24时期间，协调银行机构对符合条件的个人消费者提供首付2成、长达5年、低利率的分期购车服务。

（二）鼓励有条件的汽车生产商、经销商钜惠叠加，联动出台配套资金补贴、优惠打折等优惠政策，惠及广大消费者。
"""


def test_qr_captions_of_apps_are_no_sections() -> None:
    # QR_CAPTION_LINE (in the share-bar pattern)
    assert not [t for t in tree(CQ_PAGE) if "扫一扫" in t[2]]


def test_one_sentence_entries_beside_titled_entries_are_clauses() -> None:
    # SENTENCE_ENTRIES_BESIDE_TITLED: 三、 and 四、 hold clauses, 一、 and 二、 titled （n）
    assert tree(CQ_PAGE) == [
        (1, "一、", "补贴适用时间、对象条件及标准方式"),
        (2, "（一）", "补贴适用时间"),
        (1, "二、", "申报补贴渠道和材料"),
        (2, "（一）", "申报补贴渠道"),
        (1, "三、", "申报补贴程序"),
        (1, "四、", "配套支持政策"),
    ]


# nm-ev-taxi-subsidy-2024 (heldout21), the markdown page shortened
NM_PAGE = """为促进新能源巡游出租车推广应用，经研究对《“十四五”推广应用新能源巡游出租汽车奖补实施细则》\
进行了部分修订，现印发给你们，请认真贯彻执行。

**内蒙古自治区交通运输厅 财政厅“十四五”**

**推广应用新能源巡游出租汽车**

**奖补实施细则**

第一章 总则

第一条 为促进我区巡游出租汽车领域节能减排和结构调整，制定本细则。

第二章 附则

第二条 本《细则》由自治区交通运输厅、财政厅负责解释。

上一篇

下一篇

关闭

相关文章
"""


def test_a_title_broken_over_lines_above_the_first_chapter_and_the_page_navigation_are_no_sections() -> None:
    # TITLE_LINES_ABOVE_BODY; PAGE_NAV_LINE (share-bar) and 相关文章 (RELATED_HEADING)
    assert tree(NM_PAGE) == [(1, "第一章", "总则"), (1, "第二章", "附则")]


def test_a_title_run_into_named_addressees_is_read_and_a_bulletin_is_a_report() -> None:
    # TITLE_BEFORE_NAMED_RECIPIENTS, BULLETIN_TITLE (nat-water-stations-bulletin-2018, one line)
    text = (
        "关于2018年4月国家地表水考核断面水质自动监测站建设进展情况的通报北京市、天津市、河北省环境保护厅(局)，"
        "海南省生态环境保护厅:各地积极推进国家地表水考核断面水质自动监测站建设。现将具体情况通报如下：一、总体进展情况"
    )
    meta = guess_meta(text, "stem", "0" * 64)
    assert meta.title == "关于2018年4月国家地表水考核断面水质自动监测站建设进展情况的通报"
    assert meta.kind == "report"


def test_a_letter_run_into_its_addressees_gives_the_report_it_issues() -> None:
    # TITLE_BEFORE_NAMED_RECIPIENTS with a letter issuing one document (hn-changjiang-fcd-inspection-2021)
    text = (
        "关于印发《海南昌江核电厂3号机组核岛基础浇筑第一罐混凝土前准备情况核安全检查报告》的函华能海南昌江核电有限公司、"
        "海南核电有限公司:根据《中华人民共和国核安全法》的有关规定，我局组织检查组进行了例行核安全检查。"
    )
    title = "海南昌江核电厂3号机组核岛基础浇筑第一罐混凝土前准备情况核安全检查报告"
    assert guess_meta(text, "stem", "0" * 64).title == title


def test_a_notice_issuing_two_quoted_documents_is_titled_as_the_notice() -> None:
    # SEVERAL_ISSUED (nat-drug-list-notice-2025, PDF text)
    text = (
        "关于印发《国家基本医疗保险、生育保险和工伤保险药品目录》\n以及《商业健康保险创新药品目录》（2025 年）的通知\n"
        "（医保发〔2025〕33 号）\n各省、自治区、直辖市及新疆生产建设兵团医保局、人力资源社会保障厅（局）：\n"
        "为贯彻落实党中央、国务院决策部署，稳步提高参保人员用药保障水平，现将有关事项通知如下。\n"
    )
    assert guess_meta(text, "stem", "0" * 64).title == (
        "关于印发《国家基本医疗保险、生育保险和工伤保险药品目录》以及《商业健康保险创新药品目录》（2025 年）的通知"
    )


# nat-water-stations-bulletin-2018 (heldout21), one line as crawled, shortened
BULLETIN = (
    "现将具体情况通报如下：一、总体进展情况全国2050个国家地表水考核断面水站由国家和地方共建。（一）新建水站进展情况截至"
    "2018年5月3日，959个需地方新建的水站中，已开工建设。（二）已（在）建水站进展情况530个地方投资的已（在）建水站的经费已"
    "全部落实到位。二、典型做法河北省委书记王东峰等领导再次就水站建设工作作出批示。三、存在问题与水站建设时序要求相比，还有"
    "70个水站站房主体工程量完成不足50%。四、工作要求现在距离2018年7月底全面完成水站建设任务仅剩不到90天。附件：1.各省"
    "（区、市）水站建设进展情况统计表2.国家投资地方建设水站进展情况生态环境部办公厅2018年5月7日抄送：北京市。附件1.各省"
    "（区、市）水站建设进展情况统计表（截至2018年5月3日）省份新建水站已建水站附件2.国家投资地方建设水站进展情况（截至"
    "2018年5月3日）序号承建省份"
)


def test_a_report_part_headed_by_its_noun_ends_there_and_attachments_keep_their_date() -> None:
    # REPORT_HEAD_NOUNS, HEAD_NOUN_THEN_COMPARISON; APPENDED_NUMBERED_ATTACHMENTS with ATTACHMENT_TITLE_DATE
    assert titles(BULLETIN) == [
        (1, "一、", "总体进展情况"),
        (2, "（一）", "新建水站进展情况"),
        (2, "（二）", "已（在）建水站进展情况"),
        (1, "二、", "典型做法"),
        (1, "三、", "存在问题"),
        (1, "四、", "工作要求"),
        (1, "附件1.", "各省（区、市）水站建设进展情况统计表（截至2018年5月3日）"),
        (1, "附件2.", "国家投资地方建设水站进展情况（截至2018年5月3日）"),
    ]


# nat-charging-proposal-reply-2025 (heldout21), the vault's markdown shortened
NEA_PAGE = """# 关于优化充电基础设施建设与管理的提案答复(国能局)

**发文机构**: 国家能源局

## 摘要

国家能源局就充电基础设施规划编制、管理机制的提案作出公开答复。

## 初步影响分析

**加油业务**: 无直接影响。

## 六维评分

**综合分**: ⭐ × 3

## 政策原文

一、关于充电基础设施规划

我局将会同有关部门，指导各地科学编制充电基础设施发展规划，合理布局充电设施。

无标题文档
"""


def test_a_collectors_notes_and_an_untitled_page_are_no_sections() -> None:
    # COLLECTOR_NOTES, PAGE_TITLE_PLACEHOLDERS
    assert tree(NEA_PAGE) == [(1, "一、", "关于充电基础设施规划")]


def test_numbered_conditions_under_a_title_that_announces_them_are_no_sections() -> None:
    # CONDITIONS_TITLE (cq-car-scrappage-subsidy-2025)
    text = """一、补贴适用时间、对象条件及标准方式

（一）补贴适用时间

2025年1月1日0时至2025年12月31日24时期间（补贴资金使用完毕或政策期满即止）。

（二）补贴对象为同时满足以下条件的消费者

1．个人消费者。

2．补贴适用时间内，在全国范围内报废注销了2025年1月8日及以前已登记在本人名下符合条件的国四及以\
下排放标准燃油乘用车（指在2012年6月30日及以前注册登记的汽油乘用车、2014年6月30日及以前\
注册登记的柴油及其他燃料乘用车）或2018年12月31日及以前注册登记的新能源乘用车，并在重庆市辖区\
内的汽车销售企业购买纳入工业和信息化部《减免车辆购置税的新能源汽车车型目录》的新能源乘用车新车或2.\
0升及以下排量燃油乘用车新车。《报废机动车回收证明》应由有资质的报废机动车回收拆解企业开具。

3．在补贴适用时间内按规定在全国范围内依法履行新购车纳税申报义务、完善上户手续。

4．报废旧车的个人消费者，须与购买新车的个人消费者为同一人。

5．在补贴申请审核期间，个人消费者所购置的新车应登记在本人名下。

6．每位个人消费者在一个自然年度内最多可享受一次汽车报废更新补贴和一次汽车置换更新补贴，就同一辆新车\
只能选择申领汽车报废更新补贴或者置换更新补贴其中的一项，如申报了两项的则以先审核通过的补贴政策类型为\
准。

7．做好跨年度政策衔接，对在2024年7月25日至2024年12月31日期间仅部分取得《报废机动车回\
收证明》《机动车注销证明》《机动车销售统一发票》《机动车登记证书》等4类证明，并在2025年2月28\
日前全部取得上述4类证明的个人消费者，纳入2025年汽车报废更新补贴政策支持范围，但计入2025年当\
年享受补贴次数。申请人相应报废的机动车和所购买的新车应符合《商务部等7部门关于进一步做好汽车以旧换新\
有关工作的通知》（商消费函〔2024〕392号）有关要求。逾期未全部取得上述4类证明的个人消费者，不\
给予补贴。

8．按程序成功申报并经审查要件齐全属实。

（三）补贴标准及补贴方式


符合补贴条件的对象，按照申报补贴材料的相关要求和固定申报渠道主动予以申报。
"""
    assert tree(text) == [
        (1, "一、", "补贴适用时间、对象条件及标准方式"),
        (2, "（一）", "补贴适用时间"),
        (2, "（二）", "补贴对象为同时满足以下条件的消费者"),
        (2, "（三）", "补贴标准及补贴方式"),
    ]


def test_an_attachment_list_opened_on_its_label_line_goes_on_below() -> None:
    # ATTACHMENT_LIST_FIRST_ON_LABEL (cq-carbon-allowance-2023)
    text = """一、激励机制

1.大气领域绩效分级。对于绩效评级为A级的重点排放单位，增发2023年度配额。

2.能效标杆水平。单一产品能效达到标杆水平的，增发单一产品2023年度配额。

附件：1.重庆碳市场2023年度重点排放单位名录

2.重庆碳市场2023年度重点排放单位配额计算方法

          3.重庆碳市场不同行业调节系数表
"""
    assert [t for t in tree(text) if "附件" in t[2] or "名录" in t[2] or "系数" in t[2]] == []


def test_a_letter_run_into_its_addressees_ends_at_its_letter_kind() -> None:
    # RUN_ON_LETTER_TITLE (nat-monitoring-lab-review-draft-2018, one line)
    text = (
        "关于征求《检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）》意见的函各省、自治区、直辖市环境保护厅（局），"
        "计划单列市环境保护局，新疆生产建设兵团环境保护局，中国环境监测总站:为贯彻落实中共中央办公厅、国务院办公厅印发的"
        "《关于深化环境监测改革提高环境监测数据质量的意见》，加强环境监测机构监督管理，规范环境监测行为。"
    )
    assert guess_meta(text, "stem", "0" * 64).title == (
        "关于征求《检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）》意见的函"
    )


def test_a_bare_period_before_implementing_rules_gives_the_periods_years() -> None:
    # TITLE_PERIOD_RULES (nm-ev-taxi-subsidy-2024: the vault's title, the 2024 revision's notice below it; the page
    # as scored, its revision's year read as the start without the rule)
    text = (TEXTS / "nm-ev-taxi-subsidy-2024.md").read_text(encoding="utf-8")
    meta = guess_meta(text, "stem", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2021, 2025)


def test_a_vault_pages_short_title_gives_way_to_the_notice_that_is_the_document() -> None:
    # VAULT_OWN_NOTICE (cq-car-scrappage-subsidy-2025 as scored; hi-trade-in-renewal-2025 of heldout19 likewise)
    text = (TEXTS / "cq-car-scrappage-subsidy-2025.md").read_text(encoding="utf-8")
    assert guess_meta(text, "stem", "0" * 64).title == "重庆市商务委员会关于实施2025年汽车报废更新补贴政策的通知"


def test_an_organ_printed_again_under_the_signatures_date_leaves_the_signers() -> None:
    # CLOSING_TRAILING_ORGAN (nat-drug-list-notice-2025 as scored: "国家医保局" / "人力资源社会保障部" /
    # "2025年12月5日" / "国家医疗保障局")
    text = (TEXTS / "nat-drug-list-notice-2025.txt").read_text(encoding="utf-8")
    assert guess_meta(text, "stem", "0" * 64).issuer == "国家医保局、人力资源社会保障部"
