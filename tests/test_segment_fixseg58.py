"""Rules of fixseg58 (session 44): causes round 58 (heldout58) showed in headings - a draft's name wrapped over two
lines with its draft mark on a third under a call for comments, article titles pairing two terms with 、, and points a
colon announces that count 一是…二是… read on one line. Each excerpt is quoted (shortened) from round 58's texts
(tests/realworld/texts); each test fails on the code before the rule it names."""

from __future__ import annotations

from plankg.loaders.rules.structure import TITLED_ARTICLE
from plankg.loaders.structure.front_matter import find_front_matter
from plankg.schema import PlanMeta
from tests.segmenting import PARA, tree

DRAFT = "住房公积金服务贵安新区高质量发展的十条措施"
# guiyang-hpf-guian-measures-2023: a 公告 inviting comments, then in the same page 附件 and the draft's name centred
# over two lines, its draft mark on a third, then the measures
CALL_OVER_DRAFT = "\n".join(
    [
        f"贵阳市住房公积金管理中心关于《{DRAFT}（征求意见稿）》公开征求意见的公告",
        "为贯彻落实《省人民政府关于进一步加快推动贵安新区高质量发展的意见》，更好服务贵安新区高质量发展，"
        f"贵阳市住房公积金管理中心起草了《{DRAFT}（征求意见稿）》，现向社会公开征求意见。",
        "感谢您的参与和支持！",
        f"附件：{DRAFT}（征求意见稿）",
        "贵阳市住房公积金管理中心",
        "2023年6月25日",
        "附件",
        "住房公积金服务贵安新区高质量",
        "发展的十条措施",
        "（征求意见稿）",
        "一、支持异地缴存职工购房贷款。非贵阳贵安缴存职工在贵安新区购买新建商品住房时，执行贵阳市住房公积金管理中心"
        "个人住房贷款政策。",
        "二、执行最低首付款比例。首次在贵安新区购买商品住房且符合公积金贷款条件的，执行首套房最低首付款比例政策。",
        "三、提高贷款额度。首次在贵安新区购买商品住房的，公积金贷款在最高额度基础上再上浮20%。",
    ]
)


def test_a_call_ends_at_its_drafts_name_wrapped_over_its_mark() -> None:
    # DRAFT_TITLE_OVER_MARK: before, the call ended at its date line and 附件 headed the measures one level too deep
    front = find_front_matter(CALL_OVER_DRAFT)
    assert front is not None
    assert CALL_OVER_DRAFT[front.end :].startswith("住房公积金服务贵安新区高质量\n发展的十条措施\n（征求意见稿）")
    assert tree(CALL_OVER_DRAFT, PlanMeta(id="t", title=DRAFT)) == [
        (1, "一、", "支持异地缴存职工购房贷款"),
        (1, "二、", "执行最低首付款比例"),
        (1, "三、", "提高贷款额度"),
    ]


# bj-muni-university-construction-rules-2026: a chapter of principles, each article titled by one
RULES = "\n".join(
    [
        "北京市属高校基本建设管理办法",
        "第一章 总则",
        "第一条 为进一步规范北京市属高校（以下简称“学校”）基本建设工作，加强政府投资项目管理，制定本办法。",
        "第二条 本办法适用于基本建设投资计划归口北京市教委管理的学校。",
        "第三条 本办法所称基本建设是指在国家和北京市经济社会发展规划的指导下，为满足学校发展需要开展的建设活动。",
        "第二章 基本建设管理实施原则",
        "第四条 坚持规划引领、可持续发展原则。坚持与国家和北京市经济社会发展规划、国土空间规划、教育事业发展规划"
        "相协调，科学合理确定建设规模。",
        "第五条 坚持服务育人、分类卓越发展原则。校园规划、校舍建筑及其构成的环境应以立德树人为根本。",
        "第六条 坚持质量安全、经济高效廉洁原则。严把材料、工艺、监管等关键环节，严格落实工程质量终身责任制。",
        "第三章 建设工程的招标和合同管理",
        "第七条 招标活动应遵循“公开、公平、公正”的原则。列入年度投资计划建设项目的招标活动，应依法进行。",
        "第八条 学校在组织招标活动时，应严格执行招标投标法律法规。",
        "第九条 学校应严格依据相关法律法规，签订建设工程勘察、设计、监理、施工等相关合同。",
    ]
)


def test_an_article_title_may_pair_two_terms() -> None:
    # PAIRED_ARTICLE_TITLE: before, the 、 made 坚持…原则 a clause and the chapter's articles no headings
    titled = TITLED_ARTICLE.match("第四条 坚持规划引领、可持续发展原则。坚持与国家和北京市经济社会发展规划…相协调")
    assert titled is not None and titled.group("title") == "坚持规划引领、可持续发展原则"
    # a list of three terms, and a rule's longer sentence, stay untitled
    assert TITLED_ARTICLE.match("第十条 规划、建设、管理。学校应…") is None
    assert TITLED_ARTICLE.match("第二十一条 招标活动应遵循“公开、公平、公正”的原则。列入年度投资计划…") is None
    meta = PlanMeta(id="t", title="北京市属高校基本建设管理办法")
    assert tree(RULES, meta) == [
        (1, "第一章", "总则"),
        (1, "第二章", "基本建设管理实施原则"),
        (2, "第四条", "坚持规划引领、可持续发展原则"),
        (2, "第五条", "坚持服务育人、分类卓越发展原则"),
        (2, "第六条", "坚持质量安全、经济高效廉洁原则"),
        (1, "第三章", "建设工程的招标和合同管理"),
    ]


# bj-housing-contract-templates-explain-2025 read on one line: three announced points, each titled and counting its
# changes 一是…二是…
EXPLANATION_ON_ONE_LINE = (
    "《北京市商品房预售合同示范文本》的起草说明一、起草背景现行《北京市商品房预售合同》示范文本自2017年推行以来，"
    "在规范商品房销售行为、提示商品房交易风险等方面起到了积极作用。" + PARA + "二、修订的主要内容"
    "修订后的商品房预售合同示范文本共计九章、29条主条款和11个附件。以预售合同示范文本为例，主要修订内容如下："
    "1.更新了部分合同内容。一是将合同订立依据由合同法、物权法调整为民法典。二是根据《中华人民共和国民法典》有关规定，"
    "在示范文本“特别提示”部分阐明了预告登记的重要性。三是更新了示范文本前期物业服务期限有关条款。"
    "2.源头化解交易纠纷。一是针对产权转移代办收费问题，设置了选项。二是针对网签后纸质合同送达滞后问题，增设了一条内容。"
    "3.更有利于保护购房者权益。一是在“特别提示”部分强调了不得拒绝买受人使用住房公积金贷款。二是强调了出卖人不得代收、"
    "代缴应由买受人缴纳的税费。北京市商品房现房买卖合同示范文本与预售合同示范文本修订基本内容一致。"
)


def test_announced_points_counting_their_changes_are_parts() -> None:
    # ANNOUNCED_POINTS_ENUMERATED: before, the colon made 1.–3. one paragraph's list and no heading
    meta = PlanMeta(id="t", title="《北京市商品房预售合同示范文本》的起草说明")
    assert tree(EXPLANATION_ON_ONE_LINE, meta) == [
        (1, "一、", "起草背景"),
        (1, "二、", "修订的主要内容"),
        (2, "1.", "更新了部分合同内容"),
        (2, "2.", "源头化解交易纠纷"),
        (2, "3.", "更有利于保护购房者权益"),
    ]


def test_announced_cases_that_count_nothing_stay_a_list() -> None:
    # mee-permit-cleanup-2020: a task's cases, each titled, none counting 一是…二是…: entries of its list
    cases = EXPLANATION_ON_ONE_LINE.replace("一是", "").replace("二是", "").replace("三是", "")
    meta = PlanMeta(id="t", title="《北京市商品房预售合同示范文本》的起草说明")
    assert tree(cases, meta) == [(1, "一、", "起草背景"), (1, "二、", "修订的主要内容")]
