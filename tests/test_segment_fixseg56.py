"""Round 56's headings (fixseg56): articles titled in lenticular brackets (第一条【上位法依据】)."""

from __future__ import annotations

from tests.segmenting import tree

# bj-presale-funds-rules-draft-2023 (heldout56), shortened: a .doc's antiword text, each article's bracketed title alone
# on its line over the provision, one run on (第十四条【房款统一归集】　购房人…), one parted from its number by spaces
DRAFT = "\n".join(
    [
        "                                 第一章 总则",
        "     第一条【上位法依据】",
        "为进一步加强本市商品房预售资金监督管理，保证商品房预售资金优先用于工程建设，",
        "本市实际，制定本办法。",
        "     第二条【定义及适用范围】",
        "本市行政区域内申请商品房预售许可的项目，预售资金的收存、支取、使用、监督管理",
        "，适用本办法。",
        "                                 第二章 一般规定",
        "     第七条【监管方案内容】",
        "预售资金监管方案应包括以下内容：",
        "     (一)项目重点监管额度；",
        "     (二)项目用款计划；",
        "     第十四条【房款统一归集】　购房人支付的定金、首付款、分期购房款等全部纳入监管账户。",
        "     第二十条                                                   【应急支取】",
        "当项目确需应急使用重点监管额度内预售资金推进项目建设，可提交有关材料向区住房城乡建设",
        "部门申请拨付使用。",
    ]
)


def test_articles_titled_in_brackets_are_headings_under_their_chapter() -> None:
    # BRACKETED_ARTICLE_TITLE: only the two chapters were read, every article a clause
    assert tree(DRAFT) == [
        (1, "第一章", "总则"),
        (2, "第一条", "【上位法依据】"),
        (2, "第二条", "【定义及适用范围】"),
        (1, "第二章", "一般规定"),
        (2, "第七条", "【监管方案内容】"),
        (2, "第十四条", "【房款统一归集】"),
        (2, "第二十条", "【应急支取】"),
    ]


# yz-industrial-land-renewal-rules-2024 (heldout56), shortened: bracketed titles run into the provision, an untitled
# last article
RULES = "\n".join(
    [
        "第一章 总则",
        "第一条【总体目标】为落实《北京市城市更新条例》，推动亦庄新城工业用地提质增效，制定本细则。",
        "第二条【适用范围】本细则适用于亦庄新城范围内的工业用地（类）项目。",
        "第二章 城市更新类型",
        "第四条【收储、回购】对低效工业用地，可依法收储或回购。",
        "第十四条【编制城市更新方案、方案审核流程】项目主体编制城市更新方案，报管委会审核。",
        "第二十五条 本细则自印发之日起施行。",
    ]
)


def test_bracketed_article_titles_run_in_keep_their_brackets() -> None:
    # BRACKETED_ARTICLE_TITLE: an untitled article stays a clause
    assert tree(RULES) == [
        (1, "第一章", "总则"),
        (2, "第一条", "【总体目标】"),
        (2, "第二条", "【适用范围】"),
        (1, "第二章", "城市更新类型"),
        (2, "第四条", "【收储、回购】"),
        (2, "第十四条", "【编制城市更新方案、方案审核流程】"),
    ]


def test_a_decrees_untitled_articles_and_a_lone_bracket_stay_clauses() -> None:
    # BRACKETED_ARTICLE_TITLE: fewer than half the articles titled and no run of three - all clauses
    decree = "\n".join(
        [
            "第一章 总则",
            "第一条 为了规范预售资金监督管理，制定本办法。",
            "第二条【适用范围】本办法适用于本市行政区域。",
            "第三条 市住房城乡建设委负责指导协调。",
            "第四条 本办法自发布之日起施行。",
        ]
    )
    assert tree(decree) == [(1, "第一章", "总则")]


# gz-approval-service-measures-3-2023 (heldout56), shortened: points numbered across plain parts, each opening with a
# two-clause run-in title (做什么，带来什么。) longer than a run-in title, its paragraph going on after it;
# renumbered from （八）…（十）, （十九）, （二十）
MEASURES = "\n".join(
    [
        "一、进一步深化不动产登记改革",
        "（一）推动落实“一手房带押过户”，降低企业筹资还贷压力。全市范围内已办理在建工程抵押的预售商品房，"
        "在完成房屋带押销售及网签等事项后，不动产登记机构可以为当事人办理“一手房带押过户”相关业务。",
        "（二）合并办理国有建设用地使用权首次登记与抵押登记，缩短融资抵押办理周期。全市范围内申请办理国有建设用地"
        "使用权首次登记和抵押权首次登记的，可合并申请、一并受理、并联审核，同时出具不动产权证书和不动产登记证明。",
        "（三）拓展不动产登记“跨城通办”协作领域，实现异地办理不动产登记更便利。广州与河源、惠州、中山、东莞、湛江、"
        "云浮等六市开展合作，由不动产所在地的不动产登记部门通过信息共享、属地审核、结果互认，给予申请人一次办结。",
        "二、进一步优化停车泊位配建设置",
        "（四）明确配建停车场（库）机械式停车泊位设置要求，规范机械式停车泊位适用场景。新建建筑按照配建技术指标要求"
        "设置的停车泊位原则上不应采用机械式停车形式，具有大量人流、车流集中疏散的影剧院、会展中心不应采用机械式停车。",
        "（五）提高综合医院、专科医院、幼儿园、小学、中学类建筑停车泊位配建指标，解决瞬时集中停放需求。大幅度提高综合"
        "医院、专科医院、幼儿园、小学、中学类建筑的停车泊位配建指标，并要求配建一定比例的临时停车泊位。",
    ]
)


def test_two_clause_run_in_titles_head_their_points() -> None:
    # TWO_CLAUSE_RUN_IN_TITLE: the points under both parts were dropped as clauses opening with a sentence
    assert tree(MEASURES) == [
        (1, "一、", "进一步深化不动产登记改革"),
        (2, "（一）", "推动落实“一手房带押过户”，降低企业筹资还贷压力"),
        (2, "（二）", "合并办理国有建设用地使用权首次登记与抵押登记，缩短融资抵押办理周期"),
        (2, "（三）", "拓展不动产登记“跨城通办”协作领域，实现异地办理不动产登记更便利"),
        (1, "二、", "进一步优化停车泊位配建设置"),
        (2, "（四）", "明确配建停车场（库）机械式停车泊位设置要求，规范机械式停车泊位适用场景"),
        (2, "（五）", "提高综合医院、专科医院、幼儿园、小学、中学类建筑停车泊位配建指标，解决瞬时集中停放需求"),
    ]


def test_one_sentence_clauses_of_two_clauses_stay_clauses() -> None:
    # TWO_CLAUSE_RUN_IN_TITLE: a paragraph of one sentence is no title over a body - the list stays clauses
    clauses = "\n".join(
        [
            "二、政策衔接",
            "（一）领取工伤保险护理费、纳入特困人员救助供养范围的残疾人，不享受残疾人两项补贴和其他护理补贴。",
            "（二）享受孤儿基本生活保障政策的残疾儿童和事实无人抚养儿童，不享受困难残疾人生活补贴和其他补贴。",
            "（三）同时符合困难残疾人生活补贴和重度残疾人护理补贴条件的残疾人，可同时享受两项补贴的全部待遇。",
            "三、其他",
            "本办法自印发之日起施行。",
        ]
    )
    assert tree(clauses) == [(1, "二、", "政策衔接"), (1, "三、", "其他")]
