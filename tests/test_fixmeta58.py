"""fixmeta58 (session 44, round 58): metadata rules for faults round 58 showed, each with the real quote that motivated
it, shortened. Each test fails without its rule."""

from __future__ import annotations

from bench.one_line import one_line
from plankg.loaders.text.read import guess_meta

SHA = "0" * 64
HAINAN_TITLE = "海南省住房公积金管理局关于进一步优化调整住房公积金贷款政策的通知"

# guiyang-hpf-guian-measures-2023 (heldout58), the 贵阳 centre's page as plankg reads it: the 公告 inviting comments,
# then its attachment, the draft measures' name over two lines and （征求意见稿） on a third
GUIYANG = (
    "贵阳市住房公积金管理中心关于《住房公积金服务贵安新区高质量发展的十条措施（征求意见稿）》公开征求意见的公告\n"
    "字体:[小中大]\n"
    "为贯彻落实《省人民政府关于进一步加快推动贵安新区高质量发展的意见》，更好服务贵安新区高质量发展，"
    "贵阳市住房公积金管理中心起草了《住房公积金服务贵安新区高质量发展的十条措施（征求意见稿）》，现向社会公开征求意见。"
    "如有意见建议，请于2023年6月30日前通过电子邮件方式反馈我中心。\n"
    "感谢您的参与和支持！\n"
    "附件：住房公积金服务贵安新区高质量发展的十条措施（征求意见稿）\n"
    "贵阳市住房公积金管理中心\n"
    "2023年6月25日\n"
    "附件\n"
    "住房公积金服务贵安新区高质量\n"
    "发展的十条措施\n"
    "（征求意见稿）\n"
    "一、优化异地缴存职工购房贷款政策。对在贵阳贵安以外地区缴存住房公积金的职工，在贵安新区购买新建商品住房的，"
    "可申请住房公积金贷款。\n"
)

# hi-hpf-loan-limits-draft-2026 (heldout55), antiword text: the headline over three lines, the mark glued to the last
HAINAN_DRAFT = (
    "\n                         海南省住房公积金管理局\n"
    "                    关于进一步优化调整住房公积金贷款\n"
    "                          政策的通知（征求意见稿）\n\n"
    "各市、县、自治县住房公积金管理部门：\n"
    "     为进一步发挥住房公积金制度作用，现就有关事项通知如下：\n"
    "     一、提高住房公积金贷款额度\n"
)


def test_a_comment_draft_s_mark_is_no_part_of_the_name_its_call_quotes() -> None:
    # COMMENT_DRAFT_MARK: titled "…十条措施（征求意见稿）" from the 公告's "起草了《…（征求意见稿）》"
    assert guess_meta(GUIYANG, "t", SHA).title == "住房公积金服务贵安新区高质量发展的十条措施"


def test_a_comment_draft_s_mark_glued_to_the_headline_is_no_part_of_it() -> None:
    # COMMENT_DRAFT_MARK: "…政策的通知（征求意见稿）" (round 55's gold without the mark)
    assert guess_meta(HAINAN_DRAFT, "t", SHA).title == HAINAN_TITLE


def test_a_public_or_second_comment_draft_mark_goes_too() -> None:
    for mark in ("（公开征求意见稿）", "(二次征求意见稿)"):
        text = HAINAN_DRAFT.replace("（征求意见稿）", mark)
        assert guess_meta(text, "t", SHA).title == HAINAN_TITLE


def test_a_draft_for_adoption_keeps_its_mark() -> None:
    # only the comment draft's stage: a 草案 is cited under that name (DRAFT_STATUS_LINE, DRAFT_AFTER_TITLE)
    text = HAINAN_DRAFT.replace("政策的通知（征求意见稿）", "政策的通知（草案）")
    assert guess_meta(text, "t", SHA).title.endswith("政策的通知（草案）")


def test_a_draft_mark_inside_a_quoted_name_stays() -> None:
    # "关于征求《…（征求意见稿）》意见的函" (nat-monitoring-lab-review-draft-2018, a data-set cell on one line): only a
    # mark closing the title goes
    text = (
        "关于征求《检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）》意见的函"
        "各省、自治区、直辖市环境保护厅（局），计划单列市环境保护局:为贯彻落实…，生态环境部会同国家认证认可监督管理委员会"
        "编制了《检验检测机构资质认定环境监测机构评审补充要求(征求意见稿)》（以下简称《补充要求》）。"
        "现将《补充要求》印送给你们，请研究并于2018年6月15日前将意见反馈我部。"
    )
    assert guess_meta(text, "t", SHA).title.endswith("（征求意见稿）》意见的函")


# bj-housing-contract-templates-explain-2025 (heldout58), antiword text of the 起草说明: its name centred over three
# lines broken inside the quoted template names
EXPLANATION = (
    "\n                  《北京市商品房预售合同示范文本（2025年修订\n"
    "      公开征求意见稿）》、《北京市商品房现房买卖合同示范文本（2025年修订\n"
    "                         公开征求意见稿）》的起草说明\n\n\n"
    "     一、起草背景\n"
    "     现行《北京市商品房预售合同》《北京市商品房现房买卖合同》示范文本自2017年推行\n"
    "以来，在规范商品房销售行为、提示商品房交易风险、减少商品房买卖合同纠纷等方面起到了积极作用。\n"
)
EXPLANATION_TITLE = (
    "《北京市商品房预售合同示范文本（2025年修订公开征求意见稿）》、"
    "《北京市商品房现房买卖合同示范文本（2025年修订公开征求意见稿）》的起草说明"
)


def test_a_headline_goes_on_while_its_brackets_are_open() -> None:
    # OPEN_BRACKET_HEADLINE with QUOTED_NAMES_TITLE: titled "《北京市商品房预售合同示范文本（2025年修订" before
    meta = guess_meta(EXPLANATION, "t", SHA)
    assert meta.title.replace(" ", "") == EXPLANATION_TITLE
    assert meta.kind == "interpretation"


def test_the_same_name_run_on_into_its_body_is_its_title() -> None:
    # QUOTED_NAMES_TITLE: on one line "…》的起草说明一、起草背景…" was cut at 72 characters > TITLE_MAX_CHARS and the
    # text titled by its file name, a plan
    meta = guess_meta(one_line(EXPLANATION), "t", SHA)
    assert meta.title == EXPLANATION_TITLE
    assert meta.kind == "interpretation"


def test_a_long_line_after_a_closed_headline_line_is_not_joined() -> None:
    # only while a bracket is open: a first line that closes its brackets is no headline with a body line after it
    second = "公开征求意见稿）》、《北京市商品房现房买卖合同示范文本（2025年修订公开征求意见稿）》的起草说明"
    text = f"《北京市商品房预售合同示范文本》\n{second}\n"
    assert guess_meta(text, "t", SHA).title != "《北京市商品房预售合同示范文本》" + second


# pt-jinjing-berths-feedback-2015 (heldout58), the 平潭 crawl's page text (its former breaks as single spaces)
FEEDBACK = (
    "岚经发函〔2015〕78号 平潭综合实验区经济发展局关于《协助提供加强闽港合作三年（2014-2016）行动方案物流产业合作"
    "落实情况》的反馈函\n"
    "省经信委：\n"
    "根据贵委《关于协助提供加强闽港合作三年（2014-2016）行动方案物流产业合作落实情况的函》要求，经研究，现将有关情况"
    "反馈如下：\n"
    "一、金井作业区1#-5#泊位建设情况\n"
    "4#、5#泊位于2011年5月8日开工建设，累计完成投资4.35亿元，预计2015年底具备试运行条件。\n"
    "平潭综合实验区经济发展局\n"
    "2015年9月18日\n"
)


def test_a_feedback_letter_is_a_report_of_its_year() -> None:
    # FEEDBACK_LETTER_TITLE: a plan before; REPORT_CITED_YEARS: 2014-2016 (the cited action plan's) before
    meta = guess_meta(FEEDBACK, "t", SHA)
    assert meta.kind == "report"
    assert (meta.start_year, meta.end_year) == (2015, 2015)


def test_a_reply_that_decides_stays_a_plan() -> None:
    # only 反馈: "国务院办公厅关于黄金经济政策有关问题的复函" (nat-gold-policy-1996) is a plan in the gold
    text = FEEDBACK.replace("的反馈函", "的复函")
    assert guess_meta(text, "t", SHA).kind == "plan"


def test_an_interpretation_keeps_the_years_it_quotes() -> None:
    # REPORT_CITED_YEARS is a report's only: "《济南市“十四五”加快数字化高质量发展规划（2021-2025年）》解读"
    text = "《济南市加快数字化高质量发展规划（2021-2025年）》解读\n近日，市政府印发了规划。\n"
    meta = guess_meta(text, "t", SHA)
    assert meta.kind == "interpretation"
    assert (meta.start_year, meta.end_year) == (2021, 2025)
