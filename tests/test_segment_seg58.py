"""Rules of seg58 (session 44): headings of texts that lost their line breaks (round 58's development data)."""

from __future__ import annotations

from plankg.loaders.rules.structure import FIRST_CHILD_GLUED_TO_TITLE, INLINE_ANNOUNCED_LIST, POINT_ENDS_CHAPTER_TITLE
from plankg.schema import PlanMeta
from tests.segmenting import PARA, tree

# pt-transport-works-standardization-2013 (heldout57): a crawl keeping its former line breaks as single spaces
STANDARDS = (
    "交通建设工程标准化管理实施方案\n为进一步加强交通建设工程质量安全管理，制定本方案。 一、组织机构 "
    "为确保标准化管理活动能够顺利进行，区管委会决定成立领导小组，组成人员名单如下： （一）组 长：王进足 "
    "（二）常务副组长：赖德芳 （三）副组长：皮华林、徐志远 （四）成 员：李 平、林剑飞、林荣 "
    "领导小组下设办公室（简称“标准办”）。 “标准办”职责为： （一）负责标准化管理活动的总体规划和实施方案的编制； "
    "（二）负责标准化管理活动计划的制定； "
    "（三）负责与省住建厅及其相关部门联系对接，结合省住建厅工作部署，尽快制定实施方案； "
    "（四）采取各种方式指导各参建单位开展标准化管理活动； （五）定期编写标准化管理活动信息。 "
    "二、活动内容 本次活动将有关规定作为活动内容和检验标准，特将以下要求列为本次活动的重点内容： "
    "（一）工地建设及施工文明标准化 切实抓好场地建设标准化，确保施工文明形象得到有效改观，具体做到：（1）钢筋集中加工。"
    "（2）场地硬化。 （二）施工工艺标准化 在继续强化落实“一析二控三必备”的基础上，认真落实施工工艺“精细化”措施。 "
    "三、推进措施 （一）完善机制 各组团（项目）建设指挥部和项目业主代表均应指定专人负责组织开展标准化管理工作。 "
    "（二）经济措施 对标准化管理活动组织有力、效果较好的施工、监理单位，可给予适当的经济奖励。 "
    "（三）行政措施 标准化管理工作应作为项目业主年度综合考核的重要内容。 " + PARA * 60
)


def test_stand_alone_titles_head_their_paragraphs_and_announced_members_and_duties_are_items() -> None:
    # STAND_ALONE_ENTRY_TITLE, STAND_ALONE_SIBLINGS (all siblings stand alone), ANNOUNCED_MEMBERS_DUTIES
    meta = PlanMeta(id="t", title="交通建设工程标准化管理实施方案")
    assert tree(STANDARDS, meta) == [
        (1, "一、", "组织机构"),
        (1, "二、", "活动内容"),
        (2, "（一）", "工地建设及施工文明标准化"),
        (2, "（二）", "施工工艺标准化"),
        (1, "三、", "推进措施"),
        (2, "（一）", "完善机制"),
        (2, "（二）", "经济措施"),
        (2, "（三）", "行政措施"),
    ]


def test_members_and_duties_leads_announce_lists() -> None:
    # ANNOUNCED_MEMBERS_DUTIES
    assert INLINE_ANNOUNCED_LIST.search("组成人员名单如下： ") is not None
    assert INLINE_ANNOUNCED_LIST.search("“标准办”职责为：") is not None
    assert INLINE_ANNOUNCED_LIST.search("具体做到：") is None


# ly-fire-hazard-campaign-2016 (lineage56): a one-line crawl whose announced groups end their names with a stop, but for
# one
GROUPS = (
    "芦洋乡2016年消防安全排查整治工作方案\n为进一步改善我乡消防安全状况，特制定本工作方案。 一、指导思想 "
    "以党的十八大精神为指导，整体提升我乡的消防安全环境。 二、整治内容及分工安排 （一）完成消防规章制度编制工作 "
    "做好芦洋乡消防规章制度的编制工作。 （二）消防安全排查整治工作 "
    "隐患排查整治组对辖区范围内的单位和场所进行一次全面彻底的排查整治并造册登记。隐患排查整治组下分四个整治小组： "
    "1、建筑工地排查整治小组。 组长：陈秋生 "
    "由土地所、村建所、乡消防队工作人员组成，负责对建筑工地进行排查整治和登记造册，并跟踪整改。 "
    "2、文化娱乐及老人活动场所排查整治小组。 组长：严世福 成员由中楼派出所、文化站、消防办等的工作人员组成，"
    "负责对文化站、敬老院进行排查整治和登记造册，并跟踪整改。 3、中小学及幼儿园排查整治小组。 组长：严世福 "
    "成员由芦洋学校、中心幼儿园负责人、乡消防办工作人员组成，负责对芦洋学校进行排查整治和登记造册，并跟踪整改。 "
    "4、宗教场所排查整治小组 组长：翁绳武 成员由中楼派出所、安监站、综治办、消防办等工作人员组成，"
    "负责对我乡各村教堂、宗教活动聚集点、寺庙等进行排查整治和登记造册，并跟踪整改。 "
    "（三）宣传教育工作 进一步强化对我乡的消防安全宣传工作力度。 三、整治步骤 " + PARA * 60
)


def test_one_entry_without_its_stop_stays_in_its_list() -> None:
    # STAND_ALONE_SIBLINGS: 4、 alone stands on its own among siblings ending their names with 。
    sections = tree(GROUPS, PlanMeta(id="t", title="芦洋乡2016年消防安全排查整治工作方案"))
    assert (2, "（二）", "消防安全排查整治工作") in sections
    assert not any(title.startswith(("建筑工地", "宗教场所")) for _, _, title in sections)


def test_a_dated_point_ends_the_title_it_is_glued_to() -> None:
    # DATED_POINT_GLUED_TO_TITLE (sh-magnolia-2024 joined)
    title = "制定方案阶段1.2024年8月底前，各区绿化管理部门对本区域近几年的绿化建设任务进行梳理"
    found = FIRST_CHILD_GLUED_TO_TITLE.search(title)
    assert found is not None and title[: found.start()] == "制定方案阶段"
    assert FIRST_CHILD_GLUED_TO_TITLE.search("总额达到1.2024亿元") is None  # a quantity: no year after the point


def test_a_point_numbered_on_ends_a_chapter_title() -> None:
    # POINT_ENDS_CHAPTER_TITLE (nat-state-council-rules-2004 joined)
    text = (
        "国务院工作规则第一章 总则一、第十届全国人民代表大会第一次会议产生的新一届中央人民政府，制定本规则。"
        "二、国务院工作以邓小平理论为指导，建设法治政府。"
        "第二章 组成人员职责三、国务院组成人员要履行宪法和法律赋予的职责。四、国务院实行总理负责制。"
        "第三章 全面履行政府职能五、国务院及各部门要加快政府职能转变，全面履行经济调节、市场监管、社会管理职能。"
        "六、健全宏观调控体系，主要运用经济、法律手段和必要的行政手段，引导和调控经济运行。" + PARA * 20
    )
    titles = [title for _, _, title in tree(text, PlanMeta(id="t", title="国务院工作规则"))]
    assert "全面履行政府职能" in titles and "组成人员职责" in titles
    assert POINT_ENDS_CHAPTER_TITLE.search("全面履行政府职能十二、国务院及各部门") is not None
    assert POINT_ENDS_CHAPTER_TITLE.search("全面履行政府职能") is None
