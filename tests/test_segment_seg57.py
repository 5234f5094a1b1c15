"""Rules written in session 43 (branch seg57) for texts that lost their line breaks, each with the real excerpt it was
written from, shortened. Each rule's test fails without it; the guard tests keep its limits."""

from __future__ import annotations

from plankg.loaders.structure.headings import glued_clause_end
from plankg.loaders.structure.segment import _glued_inline_title_end
from tests.segmenting import PARA, SCHEME, tree


def test_an_opener_before_the_title_s_opening_restated_opens_the_sentence() -> None:
    # OPENER_BEFORE_RESTATED_OPENING: pt-greening-15 (heldout3), nat-animal-disease-monitoring-plan-2021 (heldout44),
    # nat-social-org-1997 (dev), joined: a verb of work, a verb of means, a determiner before the restated opening
    cases = {
        "绿化建设增存并举推动绿化建设增量提质，到2030年，累计新建绿地35万平方米": "绿化建设增存并举",
        "非结构蛋白抗体检测采用非结构蛋白（NSP）抗体ELISA方法进行检测": "非结构蛋白抗体检测",
        "清理整顿工作的组织领导这次清理整顿工作政策性强，涉及面广，情况复杂": "清理整顿工作的组织领导",
    }
    for clause, expected in cases.items():
        end = glued_clause_end(clause)
        assert end is not None and clause[:end] == expected, clause
    text = (  # read from one line
        f"一、总体要求{PARA}二、绿化建设增存并举推动绿化建设增量提质，到2030年，累计新建绿地35万平方米。{PARA}"
        f"三、清理整顿工作的组织领导这次清理整顿工作政策性强，涉及面广，情况复杂，任务艰巨。{PARA}"
    )
    assert tree(text, SCHEME)[1:] == [(1, "二、", "绿化建设增存并举"), (1, "三、", "清理整顿工作的组织领导")]


def test_a_title_s_last_word_before_its_opening_restated_is_no_opener() -> None:
    # SUBJECT_BEFORE_WHOLE_TITLE kept (heldout56 joined): 分配 and 入学 end their titles; neither opens a sentence
    cases = {
        "区属市实验性示范性高中名额分配区属市实验性示范性高中的名额分配招生计划占其招生计划总数的50%-65%": (
            "区属市实验性示范性高中名额分配"
        ),
        "九年一贯制直升入学九年一贯制学校小学应届毕业生直升本校初中": "九年一贯制直升入学",
    }
    for clause, expected in cases.items():
        end = glued_clause_end(clause)
        assert end is not None and clause[:end] == expected, clause


def test_a_two_clause_run_in_title_over_paragraphs_of_its_own_stays_with_its_section_lead() -> None:
    # TWO_CLAUSE_RUN_IN_TITLE (seg57): only where the run-in paragraph is the whole measure (the 广州 page,
    # tests/test_segment_fixseg56.py MEASURES); gd-gwr-2025 (lineage50), shortened: a report's sections whose first
    # sentence (two clauses) runs into a lead and leads paragraphs of their own stay read as before
    report = "\n".join(
        [
            "一、2024年工作回顾",
            PARA,
            "二、2025年工作安排",
            "重点抓好以下方面：",
            "（一）做实粤港澳大湾区“一点两地”全新定位，更好发挥高质量发展动力源作用。推动大湾区市场一体化建设，深入实施"
            "“湾区通”工程，加快“轨道上的大湾区”建设，深化轨道交通“四网融合”。",
            "做强重大合作平台。牢记开发横琴的初心就是为了澳门经济适度多元发展，紧紧扭住“澳门+横琴”新定位，加强规则衔接。",
            "推动珠江口东西两岸融合发展。加快规划建设环珠江口“黄金内湾”，创新珠江口一体化高质量发展体制机制。",
            "（二）深入实施“百县千镇万村高质量发展工程”，奋力实现“三年初见成效”目标。统筹推进新型城镇化和乡村全面振兴，"
            "推动城乡区域协调发展向着更高水平和更高质量迈进。",
            "健全强县促镇动力机制。坚持兴业、强县、富民一体发展，抓好典型县、镇、村建设，推动首批优化提升。",
            "加大力度强农惠农富农。落实耕地保护和粮食安全党政同责，严格耕地占补平衡管理，持续推进撂荒耕地复耕复种。",
        ]
    )
    assert tree(report) == [(1, "一、", "2024年工作回顾"), (1, "二、", "2025年工作安排")]


def test_a_two_clause_sentence_naming_its_subject_stays_a_clause() -> None:
    # TWO_CLAUSE_SUBJECT: hi-hpf-downpayment-withdrawal-draft-2023 (heldout53), shortened - a first clause that names
    # the sentence's subject (各…企业（以下简称“开发商”）) is no title; the list stays clauses
    clauses = "\n".join(
        [
            "一、优化住房合同备案规定",
            "（一）各房地产开发企业（以下简称“开发商”），支持购房人使用住房公积金与自筹资金相结合的方式支付购房"
            "首付款。对购房人已在房屋买卖合同（以下简称“合同”）中约定上述付款方式，并已足额支付自筹资金部分购房"
            "首付款的，开发商应予以签订合同并办理合同备案手续。",
            "（二）各市县住房和城乡建设部门，支持购房人使用住房公积金支付首付款，对已签订合同，并在合同中按上款的"
            "规定约定付款方式，且购房人已足额支付自筹资金部分购房首付款的，应予以办理合同备案手续。",
            "二、提取住房公积金支付购房首付款",
            PARA,
        ]
    )
    assert tree(clauses) == [(1, "一、", "优化住房合同备案规定"), (1, "二、", "提取住房公积金支付购房首付款")]


def test_adopting_a_method_opens_a_glued_sentence() -> None:
    # INLINE_GLUED_OPENERS 采用: nat-animal-disease-monitoring-plan-2021 (heldout44), th-points-school-admission-2026
    # (heldout21), joined; after 优先 (an adverb) 采用 is the title's own verb (moe-green-lowcarbon-edu-plan-2022)
    text = (  # read from one line
        f"一、监测内容{PARA}二、监测阳性个体采用PCR或实时荧光PCR检测，结果为阳性的，判定为监测阳性个体。{PARA}"
        f"三、填报志愿采用网上填报志愿方式，考生在规定时间内登录平台填报。{PARA}"
        f"四、在新校区建设和既有校区改造中优先采用节能减排新技术产品和服务。{PARA}"
    )
    assert tree(text, SCHEME) == [
        (1, "一、", "监测内容"),
        (1, "二、", "监测阳性个体"),
        (1, "三、", "填报志愿"),
        (1, "四、", "在新校区建设和既有校区改造中优先采用节能减排新技术产品和服务"),
    ]


def test_the_condition_picking_the_subject_opens_a_glued_sentence() -> None:
    # CONDITION_OPENER 符合…条件的: jiangmen-talent-housing-voucher-2026 (heldout46), xc-compulsory-edu-enrolment-2020
    # (heldout56), cq-car-scrappage-subsidy-2025 (heldout21), joined
    cases = {
        "政府补贴“人才房票”补贴额度：符合条件的中级及以上职称专业技术人才，均为1万元。": "政府补贴“人才房票”补贴额度",
        "寄宿学校入学符合西城区入学条件的本市户籍适龄儿童，可在规定时间内自愿报名申请到寄宿学校入学。": "寄宿学校入学",
        "申报补贴渠道符合补贴条件的对象，应于2026年1月10日24时前通过小程序申报。": "申报补贴渠道",
    }
    for title, expected in cases.items():
        end = _glued_inline_title_end(title)
        assert end is not None and title[:end].rstrip("：") == expected, title
