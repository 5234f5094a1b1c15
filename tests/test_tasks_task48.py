"""Task blocks fixed by task48 (session 36) on the development splits (no round-48 text): causes found in the joined
(one-line) reading and the plain one of earlier rounds' texts."""

from __future__ import annotations

from bench.one_line import one_line
from tests.test_eval_tasks import tasks
from tests.test_tasks_round44 import ZHUHUI


def test_a_counted_lead_names_its_run_in_block_in_a_text_with_no_heading() -> None:
    # LEAD_LOOKS_PAST_ITEMS: zh-farmland-water-2025 joined has no heading; its block's run-in section opens at the lead
    # "重点实施三项工程:", which COUNTED_LIST_LABEL matches only when it may look on to "1.大中型灌区…"
    found = tasks(one_line(ZHUHUI))
    assert [number for _, number, _ in found] == ["1.", "2.", "3."]
    assert {kind for kind, _, _ in found} == {"重点工程"}


# zj-health-2023-points (a province's 工作要点 on its open-government page, round 34)
ZJ_HEALTH = (
    "2023年全省卫生健康工作要点\n\n一、总体要求\n\n坚持以习近平新时代中国特色社会主义思想为指导,以卫生健康现代化建设九大行动为主线。\n\n"
    "二、主要任务\n\n(一)实施全民健康促进行动。\n\n1.主要目标指标。\n\n"
    "健康浙江发展指数达85,人均预期寿命达82.4岁,居民健康素养水平达39%以上。\n\n2.重点工作举措。\n\n"
    "(1)构建卫生健康现代化监测评价指标体系,重点指标纳入健康浙江建设考核重要\n"
)


def test_a_leaf_naming_its_targets_is_no_task() -> None:
    # TARGETS_TITLE: 1.主要目标指标 lists figures; only (1) under 2.重点工作举措 is work
    assert [number for _, number, _ in tasks(ZJ_HEALTH)] == ["（1）"]


# changting-civil-affairs-14-toc (a 目录 and a 前言 only, round 34), its 目录 lines joined
CHANGTING_TOC = (
    "长汀县“十四五”民政事业发展专项规划长汀县民政局2020年11月目 录目录前 言第一章 现状背景一、发展现状"
    "二、存在问题三、发展背景第二章 总体要求一、指导思想二、基本原则三、发展目标第三章 主要任务"
    "一、建立健全分层分类的社会救助体系二、夯实基本生活救助三、健全专项社会救助四、完善急难社会救助"
    "五、促进社会力量参与第四章 重点工程一、社会救助体系建设工程二、社会福利服务设施建设工程"
    "三、养老服务体系建设工程四、城乡社区服务体系建设工程第五章 保障措施一、加强组织领导二、加大财政投入"
    "三、深化“放管服”改革四、人才保障五、加强监督评估前 言“十四五”时期是我国全面建成小康社会实现第一个"
    "百年奋斗目标之后,乘势而上开启全面建设社会主义现代化国家新征程的第一个五年。为贯彻落实中央、省、市、县"
    "有关决策部署,结合我县民政工作实际,制定本规划。本"
)


def test_a_heading_run_on_through_its_outline_entries_is_no_task() -> None:
    # GLUED_OUTLINE_TITLE: "一、建立健全…体系二、夯实…三、…" is the 目录's run of entries
    assert tasks(CHANGTING_TOC) == []


# fx-elderly-gas-2023 (a district's 整治方案, round 6), joined: its unnumbered headings run into the sentences before
FX_ELDERLY_GAS = (
    "开展奉贤区养老服务机构燃气安全专项整治,结合我区养老服务机构实际情况,特制订本方案。\n总体要求\n"
    "认真贯彻落实习近平总书记关于燃气安全重要指示批示要求,确保养老服务机构服务对象安全。\n重点整治内容\n"
    "1.对养老服务机构未落实消防安全责任制,要依法责令限期改正,逾期不改正的,实施处罚。\n"
    "2.对养老服务机构在地下或半地下空间使用瓶装液化石油气的,要依法责令限期改正。\n"
    "3.发现养老服务机构使用可调节出口压力的调压器,要及时移送市场监管部门。\n"
    "4.对养老服务机构未规范设置疏散通道、安全出口的,要责令改正,依法实施处罚。\n工作安排\n"
    "结合我区实际情况,奉贤区养老服务机构燃气安全专项整治将分三个阶段进行。\n(一)集中攻坚阶段。\n2023年9月底前,全面排查。\n"
    "(二)巩固提升阶段。\n2023年12月底前,巩固整治成果。\n"
)


def test_an_unnumbered_block_heading_run_in_after_a_sentence() -> None:
    # GLUED_BARE_BLOCK: "…服务对象安全。重点整治内容1.对养老…" over 1.–4.
    found = tasks(one_line(FX_ELDERLY_GAS))
    assert [number for _, number, _ in found] == ["1.", "2.", "3.", "4."]
    assert {kind for kind, _, _ in found} == {"重点整治内容"}


def test_a_bare_block_name_after_a_comma_is_no_heading() -> None:
    # only after a full stop: "…,重点整治内容1.…" may be running text
    assert tasks(one_line(FX_ELDERLY_GAS).replace("服务对象安全。重点整治内容", "服务对象安全,重点整治内容")) == []


# xz-gwr-2026 (a region's 政府工作报告, round 5): its last part and the closing paragraphs, joined
XZ_GWR = (
    "三、2026年重点工作\n今年是“十五五”开局之年。\n（一）立足扩大内需，全力推动经济发展提质增效\n"
    # the part's text, repeated so that the joined report is as long as a glued text (GLUED_CHARS_PER_LINE)
    + "高质量推进水泥行业超低排放改造。建设一批环境自动监测站点，强化新污染物治理。" * 60
    + "\n"
    "（二）立足边境建设，扎实推进固边兴边富民行动\n强化边境基础设施支撑。规范建设边民互市贸易场所。扎实推动金融强边富民行动。\n"
    "各位代表！我们要全力支持群团机构依法履职。新征程对加强政府自身建设提出了新的更高要求。"
    "一是坚持依法行政，推进法治政府建设。严格落实重大行政决策程序。二是坚持干字当头，持续改进工作作风。"
    "三是坚持人民至上，不断提升服务效能。深化“高效办成一件事”改革。\n"
)


def test_an_address_to_the_audience_run_in_after_a_sentence_closes_the_last_part() -> None:
    # RUN_IN_AUDIENCE_ADDRESS: "…富民行动。各位代表！…一是坚持依法行政…" once joined: the 一是 are the closing part's
    assert [number for _, number, _ in tasks(XZ_GWR)] == ["（一）", "（二）"]
    assert [number for _, number, _ in tasks(one_line(XZ_GWR))] == ["（一）", "（二）"]


# hp-renewal-15 (a district's 城市更新 plan, round 4): 一、总体目标 closes with its table of indicators, one cell a line
HP_RENEWAL = (
    "一、总体目标\n到2030年，城市更新取得显著成效。\n“十五五”城市更新主要预期指标一览表\n类别\n序号\n指标\n单位\n属性\n目标\n"
    "强韧性\n12\n公用人防工程维修养护数量\n个\n预期性\n78\n二、主要任务\n"
    "总体构建“624N”城市更新任务体系，其中“6”为促发展、惠民生等六类任务。\n"
    + "".join(
        f"（{number}）“{name}”：{title}\n{body}\n"
        for number, name, title, body in [
            ("一", "促发展", "优化商务商业资源", "推进商办楼宇资源建设。" * 100),
            ("二", "惠民生", "改善居住生活条件", "推进旧区改造和旧住房更新。" * 60),
            ("三", "提品质", "营造公共空间设施", "推进滨江公共空间品质提升。"),
        ]
    )
    + "三、保障措施\n加强组织领导。\n"
)


def test_a_block_heading_run_on_from_a_table_into_the_part_before() -> None:
    # GLUED_NEXT_PART_BLOCK: "…预期性78二、主要任务总体构建…" once joined; （一）–（三） read under 一、 are its parts
    assert [number for _, number, _ in tasks(HP_RENEWAL)] == ["（一）", "（二）", "（三）"]
    found = tasks(one_line(HP_RENEWAL))
    assert [number for _, number, _ in found] == ["（一）", "（二）", "（三）"]
    assert {kind for kind, _, _ in found} == {"主要任务"}


def test_parts_with_run_in_items_do_not_make_a_glued_next_part_block() -> None:
    # GLUED_NEXT_PART_LEAVES: parts whose items run into their text (1. 2.) are not the leaves
    numbered = HP_RENEWAL.replace("推进旧区改造和旧住房更新。" * 60, "1.推进旧区改造。2.推进旧住房更新。" * 30)
    assert all(number not in {"（一）", "（二）", "（三）"} for _, number, _ in tasks(one_line(numbered)))
