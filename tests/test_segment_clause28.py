"""Session 28 (clause28): the entries of a list that open straight with a sentence, no run-in title of their own,
are clauses (SENTENCE_OPENED_ENTRIES, the rounds-13/17/21/29 convention)."""

from __future__ import annotations

from tests.segmenting import tree

# nat-gold-policy-1996 (heldout18), shortened: a titled part whose （n） are rule sentences
GOLD_POLICY = "\n\n".join(
    [
        "一、关于黄金地质勘探资金问题",
        "为促进我国黄金工业持续稳定的发展，黄金地质勘探工作只能加强，不能削弱。黄金地质勘探资金实行有偿使用。",
        "二、关于理顺黄金工业投资渠道问题",
        "（一）从1996年起，新开工项目由中国人民建设银行贷款；续建项目，过去由哪家银行贷款，今后仍由其安排贷款。",
        "（二）“九五”期间，固定资产投资规模每年仍按10亿元安排，所需资金由有关专业银行筹措解决，如确有困难，请中国"
        "人民银行积极给予支持。黄金生产企业要按照两个根本性转变的要求，变粗放式经营为集约化经营。",
        "（三）对黄金建设项目实行“黄金贷款”（即“借金还金”）政策。请中国人民银行加快“借金还金”方案的研究。",
        "三、关于黄金行业管理经费问题",
        "中国人民银行每年从黄金收售价差款中支付XXX元，用于黄金行业的管理经费。",
    ]
)

# jj-project-info-share-spec-2011 (heldout29), shortened: requirement sentences （n）, some without a comma
SHARE_SPEC = "\n".join(
    [
        "为规范项目信息和信用信息公开共享，推进工程建设领域项目信息公开和诚信体系建设，制定本规范。",
        "一、信用信息共享",
        "(一)信用信息共享的基本内容，应包括：从业单位基本信息、资质信息、项目业绩信息、信用评价信息等。",
        "(二)信用信息共享提供部门须提供网络在线的信息获取方式。",
        "(三) 从业单位信用档案的内容，应包括基本信息、资质信息、业绩信息、荣誉（奖励）信息、不良行为信息等。",
        "(四)共享信用信息的提供、更新、维护和服务，由各级行业主管部门依据职能负责。",
        "二、信息表现格式",
        "项目信息和信用信息表现形式为电子数据，包括结构化数据和非结构化数据。",
    ]
)

# A plan's titled run-in entries (their first sentence a short title) stay headings.
TITLED = "\n\n".join(
    [
        "一、保障措施",
        "（一）加强组织领导。各地要建立工作协调机制，明确责任分工，统筹推进各项工作，及时研究解决重大问题。",
        "（二）强化资金保障。各级财政要加大投入力度，引导社会资本参与，形成多元投入格局，保障重点项目建设。",
        "（三）严格督促考核。将工作推进情况纳入年度考核，定期开展督查评估，确保各项任务落到实处。",
    ]
)


def test_sentence_entries_under_a_titled_part_are_clauses() -> None:
    # SENTENCE_OPENED_ENTRIES: the three （n） under 二、 were level-2 headings titled by their first sentence
    assert [(level, number) for level, number, _ in tree(GOLD_POLICY)] == [(1, "一、"), (1, "二、"), (1, "三、")]


def test_requirement_entries_without_a_comma_are_clauses_with_their_list() -> None:
    # CLAUSE_REQUIREMENT in a short entry ("…须提供…") reads it as a sentence, judged with its list
    assert [(level, number) for level, number, _ in tree(SHARE_SPEC)] == [(1, "一、"), (1, "二、")]


def test_titled_run_in_entries_stay_headings() -> None:
    assert [title for _, _, title in tree(TITLED)] == ["保障措施", "加强组织领导", "强化资金保障", "严格督促考核"]


# gd-vpp-market-2024 (heldout33), shortened: （1） rule sentences under a titled 1. entry (seg29)
VPP_REGISTRATION = "\n".join(
    [
        "一、虚拟电厂参与市场交易方式",
        "（一）注册要求。",
        "1.虚拟电厂运营商注册。",
        "（1）虚拟电厂运营商市场注册条件和流程参照《售电公司管理办法》，具体按照广东电力市场注册管理工作制度和虚拟电厂"
        "运营管理规定执行。《广东省虚拟电厂运营管理实施细则》另行制定。",
        "（2）虚拟电厂运营商注册时应明确其虚拟电厂类型，同一运营商可同时申请负荷类虚拟电厂、发电类虚拟电厂。",
        "（3）虚拟电厂交易单元经电力负荷管理中心组织的能力测试认定并满足准入条件后，方可取得交易资格。",
        "2.负荷类虚拟电厂资源注册。",
        "负荷类虚拟电厂资源需与虚拟电厂运营商签订零售代理合同。",
    ]
)


def test_paren_arabic_sentence_entries_are_clauses() -> None:
    # SENTENCE_OPENED_PAREN_ARABIC: the three （n） were level-4 headings titled by their first sentence
    assert [number for _, number, _ in tree(VPP_REGISTRATION)] == ["一、", "（一）", "1.", "2."]
