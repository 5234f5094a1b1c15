"""Openings of a sentence glued to the title before it with no mark (seg46): words and phrases that open the first
sentence of a part, never end its title, so a title read inline ends where they start. Kept apart from the opener
lists of rules/structure.py (SENTENCE_OPENERS, INLINE_SUBJECT_OPENERS, EACH_BODY_SUBJECT…), which they add to."""

from __future__ import annotations

import re

# START_FROM_YEAR_OPENER (seg46, heldout18): a sentence that says from when a measure holds opens with 从 / 自 + a year
# (Chinese numerals as older documents write it, or digits) and a 开始 / 起 after it, within a few characters: "一、实行
# 凭证供电制|从一九七八年二季度开始，所有工矿企业…用电一律实行凭电证供电制" (nat-fuel-power-rationing-1978). A title
# dates its object with 到 / 至 or after a verb ("力争到2025年…"), not with 从…开始.
START_FROM_YEAR_OPENER = re.compile(
    r"(?<![\u4e00-\u9fff]从)[从自](?:[一二][〇零九][〇零一二三四五六七八九]{2}|(?:19|20)\d\d)年"
    r"[^，,。；]{0,8}?(?:开始|起)"
)

# FROM_ISSUE_DAY_OPENER (join50): a sentence that says from when a measure holds opens with 自 / 从 + the document
# naming itself + the day it is issued or takes effect: "（一）适用范围及时间|自本文件发布之日起至2023年2月20日24:00止，
# …" (fj-mingxi-housing-measures-2022, heldout49 joined: cut at 本文件, 自 kept in the title), "自本通知实施之日起，《…
# 》同时废止" (gz-outpatient-special-disease-2019, heldout14: a sentence opening its line). A title says 施行日期 / 实施
# 时间, never 自本…之日起.
FROM_ISSUE_DAY_OPENER = re.compile(r"[自从]本[\u4e00-\u9fff《》]{1,8}?(?:发布|印发|施行|实施|公布|下发|颁布)之日起")

# VIEWPOINT_OPENER (join50): a part that weighs its situation from several sides opens its first sentence with the side
# it looks from, 从 + a few words + (来)看 and a comma: "（二）我国综合能源站及加氢站发展现状|从规模看，根据中国氢能联盟
# 研究院发布数据显示，…" (ll-energy-station-2025, heldout16), "（一）准确把握全县“十四五”时期面临的发展形势|从国际看，当
# 今世界正经历百年未有之大变局" (fenghuang-fyp14-outline-explainer-2022, heldout49), both joined. A title so worded
# opens with it ("一、从发展基础看，土地资源对生态空间提出新挑战", pt-greening-15), inside GLUED_TITLE_MIN where no end
# is looked for.
VIEWPOINT_OPENER = re.compile(r"从[\u4e00-\u9fff]{1,6}?来?看[，,]")

# SUBJECT_BEFORE_COMMA_MODAL (seg46, heldout18): older documents set the subject of a glued first sentence off with a
# comma before its modal, every body of a kind named by 各 / 全部 / 所有: "六、充分利用燃料|各使用燃料的企业、单位，要
# 大搞增产节约", "二、统一分配和供应|全部燃料资源，都要由各级计划部门…统一平衡分配" (nat-fuel-power-rationing-1978).
# EACH_BODY_SUBJECT reads the same subject without the comma ("各电力交易机构要…"); a title holds no comma before a
# modal, so the title ends where that subject starts.
SUBJECT_BEFORE_COMMA_MODAL = re.compile(
    r"(?:各(?!自)|全部|所有(?![制权者]))[\u4e00-\u9fff、]{2,20}?[，,](?:都|均|也)?(?:要|必须|应当|应(?![急用对变该]))"
)

# ANNOUNCED_SPEECH_TOPICS (seg46, heldout18): a speech that announces how many topics it will speak on ("下面，我讲四个
# 问题。") and then counts them 第一，… 第四， has those topics for its level-1 headings, even where a one-line crawl
# glued each topic to its first sentence with no mark: "第一，地质队伍的辛勤劳动应当受到全社会的尊重|地质矿产工作是…",
# "第四，认真贯彻执行《矿产资源法》|《矿产资源法》颁布以后…" (nat-geology-speech-1986, heldout18 gold).
# SPEECH_TOPIC_POINTS reads titles that end at their own 。; here the count said beforehand is the sign, the points
# taken are the first that count 第一 … up to it in sequence, and each title ends where the glued sentence shows it
# starts (segment._glued_inline_title_end) or at its 。 when it is a bare topic; a point whose end shows neither is
# left out.
ANNOUNCED_SPEECH_TOPICS = re.compile(
    r"我(?:想|要)?(?:讲|谈|说)(?:一下|以下)?(?P<count>[两二三四五六七八九十])(?:个问题|点意见|个方面的问题|个方面)[。：:]"
)

# TITLE_RESTATED_AS_CLAUSE (seg46, heldout18): the sentence glued to a title may close a clause by saying the title
# again after a modal, as what must be done: "九、加强党的领导|燃料供应管理工作面广、影响大，必须进一步加强党的领导，
# 深入揭批…" (nat-fuel-power-rationing-1978). The longest opening of the first sentence that comes back so, after
# one of these words and before a clause mark, is the title; an opening that comes back inside a longer phrase
# ("三、严厉打击破坏电力设施的违法犯罪行为|各地公安机关要严厉打击…") is no whole title and shows nothing.
TITLE_RESTATED_AFTER = ("必须", "进一步", "要", "切实", "认真", "务必")
TITLE_RESTATED_BEFORE = "，,；;。"

# CONDITION_OPENER (seg46, heldout18): 凡 + 有 / 是 / 属 / 经 opens a sentence of the cases a rule covers (whoever,
# whatever), never a title's last words, and may follow a title of two phrases listed with 、: "六、因地制宜、大力开展
# 群众办电|凡有余热资源的地区，要发动群众大办余热发电" (nat-fuel-power-rationing-1978). Searched up to the first comma,
# past the 、 that ends the first clause the other openers are looked for in.
# (seg57) So does the condition that picks the sentence's subject, 符合…条件的 ("whoever meets … conditions"):
# "①寄宿学校入学|符合西城区入学条件的本市户籍适龄儿童，可在规定时间内…" (xc-compulsory-edu-enrolment-2020,
# heldout56), "（三）申报补贴渠道|符合补贴条件的对象，应于2026年1月10日24时前…" (cq-car-scrappage-subsidy-2025,
# heldout21), both joined. No gold title (12,269) holds it past its first words.
CONDITION_OPENER = re.compile(r"凡(?:有|是|属|经)|符合[^，。；：、]{0,16}?条件的")

# PURPOSE_VERB_OPENER (join52): a sentence glued to a title may open with the purpose it serves, 为 + a verb of what
# it is for, up to a comma: "2.优化新能源预测准确率考核|为配合做好新能源全量入市改革落地实施，…", "5.完善并网主体偏计划
# 曲线考核管理|为进一步加强…", "完善风电、光伏、新型储能考核管理|为加强涉网安全管理，…" (sd-grid-rules-explanation-2025,
# heldout40 joined: cut at 做好 or not at all), "二、活动主题|为庆祝新中国成立70周年，本次活动以…"
# (sx-classics-recitation-activities-2019). INLINE_LEAD_OPENERS held 为贯彻 / 为进一步 / 为确保 only. A title says 为
# after 成 / 作 / 以… (成为, 作为, 以…为中心) or before a noun, not before these verbs and a clause's comma.
PURPOSE_VERB_OPENER = re.compile(
    r"(?<![成作认行称视因以更])为了?(?:配合|满足|做好|加强|促进|庆祝|保证|方便|适应|加快|推动|推进|保障|落实|提升|规范"
    r"|实现|维护|应对|解决|巩固|扩大|深化|优化|完善|提高|增强|强化|支持|引导|鼓励)(?=[^。；！？，,]*[，,])"
)

# TIME_WORD_BEFORE_CUT (join53): a sentence glued to a title may open with 自 / 从 before its date or 本 before the
# period it speaks of; the date or period is found as the opener (or the space the crawl kept inside the sentence as
# the title line's end) and the title kept the word: "（一）报名时间自|2016年1月15日至2月3日，为考生网上报名时间"
# (nm-chifeng-health-exam-2016, heldout43 joined), "三、准考证发放工作自|4月26日起，考生可登录…", "十、人机对话考试
# 考务工作本|年度人机对话考试的各专业具体时间…将另行通知" (bj-health-title-exam-2016, heldout37 joined). No title ends
# in such a word before a date: a cut right after one goes back before it. 本 after 成 / 资 / 根 / 基 … ends a word.
TIME_WORD_BEFORE_CUT = re.compile(
    r"[自从](?=[ \t\u3000]*\d)|(?<![成资根基文版样课剧账标副正读日脚书])本(?=年度?|季度|月|次|届|期)"
)

# JOINED_PART_HEAD_NOUNS (join53): more parts of a plan, a reading or a notice end in a noun of their kind, and read
# inline their first sentence runs on with no opener: "一、现状与形势|良好的环境是人类健康生存和发展的基础", "（一）取得
# 的进展|制度探索步入新阶段" (nat-env-health-14fyp-2022, heldout51), "一、起草背景及过程|市委、市政府高度重视…"
# (linyi-emergency-support-action-interp-2021, heldout49), "（一）申请时间|每半年受理一次"
# (changle-talent-housing-subsidy-rules-2023, heldout51), all joined. Each noun maps to the characters that make a
# longer word or a clause with it (形势下, 进展情况, 过程中, 时间节点 / 时间为; 过程预报 / 过程预警, a weather event's
# forecast: "（一）灾害性天气过程预报2024—2025年纳入…", nat-ai-weather-demo-2024), where it ends nothing. Not 标准: it
# qualifies what follows as often ("高标准高质量建设雄安新区", he-gov-report-2026; "加快标准研制",
# nat-av-map-std-guide-2023; "坚持高标准建设原则", ll-energy-station-2025).
# DUTY_DIVISION_HEAD (join57, round 57): the part that shares the work out among the units ends in 分工 (职责分工, 任务
# 分工, 责任分工, 组织分工, 明确部门职责分工: gold titles of ten plans and more), and read inline its first entry, a
# unit's name and its duties, runs on with no opener: "六、职责分工|市房产局：负责牵头制定工作方案，…"
# (sy-house-pension-plan-2024 and sy-house-safety-insurance-plan-2024 joined, heldout57: the title read as
# "职责分工市房产局"). 分工方案, 分工表, 分工负责, 分工协作 / 分工合作, 分工明确 go on as words.
JOINED_PART_HEAD_NOUNS = {
    "形势": "下任政",
    "进展": "情",
    "过程": "中管控监预",
    "时间": "内段表节点上安为是起从至到截",
    "分工": "方表负协合明",
}
# WHOLE_PROCESS_MODIFIER (join57, round 57): 全流程 / 全过程 (the whole process) qualify the word after them and end no
# title: "（十八）加强职称评价全流程监督|健全职称评价监管制度体系…" (bj-protitle-reform-opinion-2018 joined, heldout57,
# cut at 全流程|监督 as if 流程 headed a procedure part); gold titles say "推进环境风险全过程管理", "严格全流程网络
# 安全管理", "完善惠企政策全流程服务", "健全全过程人民民主制度体系", none ends in them. A head noun right after 全
# ends nothing.
WHOLE_PROCESS_MODIFIER = "全"
WHOLE_PROCESS_NOUNS = ("流程", "过程")

# SUBSIDY_AMOUNT_HEADS (join54): the part of a subsidy or incentive rule that says how much ends in 标准 / 价格 / 额度
# after the grant it prices (补贴 / 补助 / 奖补 / 奖励, 总 perhaps), and read inline its first sentence runs on with no
# opener: "（二）补贴总额度|本文件实施期内购房消费补贴总额不超过 1000 万元" (fj-mingxi-housing-measures-2022,
# heldout49), "（二）补贴标准|对仅报废国四、报废更新为新能源、仅新购冷链的货车，按照…"
# (bj-old-truck-scrappage-rules-2026, heldout50), "四、补贴价格|天津市2021年春节期间需求响应固定补贴价格模式的补贴
# 价格为1.2元/千瓦时" (tj-demand-response-2021, heldout12; whole, its title still runs up to the 1.2 and is not cut),
# all joined. Only after the grant: bare 标准 / 价格 qualify what follows too often (JOINED_PART_HEAD_NOUNS:
# "高标准高质量建设"; "完善价格形成机制"). Each noun maps to the characters that make a longer word or a provision's
# sentence with it, where it ends nothing (标准化, 价格体系, 额度内; "补助标准为每人…" is the provision itself).
SUBSIDY_GRANTS = ("补贴", "补助", "奖补", "奖励")
SUBSIDY_GRANT_TOTAL = "总"
SUBSIDY_AMOUNT_NOUNS = {"标准": "化体为是", "价格": "体机水指为是", "额度": "内为是"}


def subsidy_amount_head(clause: str, end: int) -> bool:
    """Does a grant's amount noun end at ``end`` (SUBSIDY_AMOUNT_HEADS: "补贴价格", "补贴总额度")?"""
    if clause[end - 2 : end] not in SUBSIDY_AMOUNT_NOUNS:
        return False
    grant = clause[: end - 2].removesuffix(SUBSIDY_GRANT_TOTAL)
    return grant.endswith(SUBSIDY_GRANTS)
