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
