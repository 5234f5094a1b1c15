"""Round 28's headings (fix28seg): parts numbered 01…12 glued to their titles, runs of titled articles among
untitled ones, titled entries of an untitled article, group titles over lists numbered afresh, a title opening with
a noun whose first character is a unit's."""

from __future__ import annotations

from tests.segmenting import tree

# jx-stat-bulletin-2022 (heldout28), shortened: a statistics communiqué's parts 01… glued to their titles
BULLETIN = "\n".join(
    [
        "2022年是党的二十大胜利召开之年，是党和国家历史上极为重要的一年。",
        "01综合",
        "初步核算，全年地区生产总值[2]32074.7亿元，比上年增长4.7%。",
        "02农业",
        "全年农林牧渔业总产值4223.8亿元，比上年增长4.3%。",
        "03工业和建筑业",
        "全年全部工业增加值11770.3亿元，比上年增长5.5%。",
        "28日湖南省第十三届人民代表大会常务委员会第十五次会议批准。",
        "04文化旅游、卫生健康与体育",
        "年末全省共有文化馆112个。",
    ]
)


def test_zero_padded_parts_glued_to_their_titles_are_headings() -> None:
    # PADDED_GLUED_TITLE: no heading was read; a day's 日 stays text
    assert tree(BULLETIN) == [
        (1, "01", "综合"),
        (1, "02", "农业"),
        (1, "03", "工业和建筑业"),
        (1, "04", "文化旅游、卫生健康与体育"),
    ]


# th-hk-macao-youth-measures-2023 (heldout28), shortened: titled articles 第三条…第五条 between untitled ones, titled
# run-in （n） under the titled 第五条 after its lead 具体如下：
MEASURES = "\n".join(
    [
        "第一条 为全面落实《粤港澳大湾区发展规划纲要》，进一步支持港澳青年融入粤港澳大湾区建设，制定本办法。",
        "第二条 本办法所称港澳青年，是指45周岁以下，具有中国国籍的香港、澳门特别行政区居民。",
        "第三条 载体建设。被授予港澳青年创新创业相关荣誉称号的载体，给予一次性奖励。",
        "第四条 平台服务。每年安排最高100万元经费支持天河区港澳青年创新创业服务中心建设。",
        "第五条 企业培育。对符合条件的港澳青年企业给予支持和发展奖励，具体如下：",
        "（一）落户补贴。在大赛港澳组赛事获奖且在天河区依法登记注册的港澳青年企业，给予落户补贴。",
        "（二）租金补贴。在天河区依法登记注册并实际运营满一年的港澳青年企业，给予租金补贴。",
        "（三）高质量发展奖励。鼓励港澳青年企业高质量发展，按以下标准额外给予奖励支持。",
        "第六条 符合本办法规定的同一项目同时符合其他扶持政策规定的，按照就高不重复的原则执行。",
        "第七条 本办法自2023年9月8日起施行，有效期3年。",
    ]
)


def test_a_run_of_titled_articles_and_their_titled_entries_are_headings() -> None:
    # TITLED_ARTICLE_RUN, RUN_IN_ENTRIES_NOT_BARE: no heading was read (fewer than half the articles are titled)
    assert tree(MEASURES) == [
        (1, "第三条", "载体建设"),
        (1, "第四条", "平台服务"),
        (1, "第五条", "企业培育"),
        (2, "（一）", "落户补贴"),
        (2, "（二）", "租金补贴"),
        (2, "（三）", "高质量发展奖励"),
    ]


# gz-assistive-device-rules-2019 (heldout28), shortened: the titled entries of an untitled article, run in or alone
# over their own paragraphs; the conditions of the next article are items
SERVICES = "\n".join(
    [
        "第一章 总则",
        "第一条 为进一步建立健全我市残疾人辅助器具适配服务体系，制定本办法。",
        "第二条 辅助器具适配服务包括辅助器具需求评估、适配评估、适配服务等，具体如下：",
        "（一）需求评估。区级残联组织利用本区的残疾人基本服务状况和需求信息开展需求评估。",
        "（二）适配评估。",
        "1.由定点康复机构对适配对象进行适配评估。",
        "2.评估结果报区级残联组织审核。",
        "（三）个性化适配服务。适配各类轮椅、助行器等辅助器具，由定点康复机构提供个性化服务。",
        "第三条 定点康复机构应当具备以下条件：",
        "（一）遵守国家法律法规；",
        "（二）按照相关技术规范开展辅助器具适配服务。",
    ]
)


def test_titled_entries_of_an_untitled_article_are_headings() -> None:
    # TITLED_ENTRIES_IN_ARTICLE: the three entries were items of 第二条
    assert tree(SERVICES) == [
        (1, "第一章", "总则"),
        (2, "（一）", "需求评估"),
        (2, "（二）", "适配评估"),
        (2, "（三）", "个性化适配服务"),
    ]


# gd-graduate-employment-policy-list-2026 (heldout28), shortened: two bold group titles, each over its own list 一、…
POLICIES = "\n".join(
    [
        "为促进高校毕业生高质量充分就业，广东人社部门推出面向单位和毕业生的扶持政策清单。",
        "**面向单位的扶持政策**",
        "一、小微企业社保补贴",
        "小微企业招用毕业2年内高校毕业生，按其缴纳的社会保险费给予补贴。",
        "二、一次性扩岗补助",
        "企业招用毕业年度高校毕业生的，按每人1000元的标准发放一次性扩岗补助。",
        "**面向毕业生的扶持政策**",
        "一、灵活就业社保补贴",
        "毕业2年内高校毕业生灵活就业的，按规定给予社会保险补贴。",
        "二、一次性求职补贴",
        "对符合条件的毕业年度高校毕业生，给予一次性求职创业补贴。",
    ]
)


def test_group_titles_over_lists_numbered_afresh_head_their_lists() -> None:
    # GROUP_TITLE_OVER_RESTART: the first group's list stood beside its title, at level 1
    assert tree(POLICIES) == [
        (1, "", "面向单位的扶持政策"),
        (2, "一、", "小微企业社保补贴"),
        (2, "二、", "一次性扩岗补助"),
        (1, "", "面向毕业生的扶持政策"),
        (2, "一、", "灵活就业社保补贴"),
        (2, "二、", "一次性求职补贴"),
    ]


# sz-gender-stats-2021 (heldout28), shortened: parts numbered with a bare number and a space, the first title opening
# with 人口 (its 人 a unit's character)
REPORT = "\n".join(
    [
        "1 人口特征",
        "2021 年，深圳市常住人口1768.16万人，比上年末增加4.78万人。",
        "2 婚姻及家庭状况",
        "2021 年，深圳市办理结婚登记的人数为15.62万人。",
        "3 文化教育",
        "2021 年，深圳市各类学校在校学生共计268.91万人。",
    ]
)


def test_a_bare_number_before_a_noun_opening_with_a_unit_is_a_heading() -> None:
    # NOUNS_NOT_UNITS: "1 人口特征" read as a quantity, the report's first part lost
    assert [(level, number) for level, number, _ in tree(REPORT)] == [(1, "1"), (1, "2"), (1, "3")]
