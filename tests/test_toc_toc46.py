"""TOC rules of toc46 (round 46): a 目录 under a crawler's header, two-dot leaders in a glued 目录."""

from plankg.loaders.structure.document import load_plan
from plankg.loaders.structure.toc import parse_toc
from plankg.schema import PlanMeta

# the pingtan crawler's header over pt-fyp14-outline's one-line body (lineage45), shortened
HEADER = (
    "标题: 平潭综合实验区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "发布时间: 2021-12-02 15:36\n"
    "文号: \n"
    "发布机构: 平潭综合实验区经济发展局\n"
    "栏目: 中长期发展规划\n"
    "原文链接: https://www.pingtan.gov.cn/zwgk/ghxx/ztgh/202211/t20221114_38577.htm\n"
    "本地目录: zwgk/ghxx/ztgh/202211/38577_平潭综合实验区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"
    "页面链接与图片详见 links.tsv(同目录)\n"
    "==================== 正文 ====================\n"
)
BODY = (
    "目 录 前 言............................................... 5"
    "第一章 打造更高水平的国家对外开放窗口.............. 29"
    "第一节 促进投资自由便利化...................... 29"
    "第二节 加快建设“海丝”核心区海上合作战略支点.. 32"
    "第二章 着力建设高质量新兴产业区.................... 34"
    "第一节 做优总部经济............................ 39"
    "第二节 促进传统产业转型升级 ................... 41"
    "前 言“十四五”时期是平潭加快发展的关键时期。"
    "第一章 打造更高水平的国家对外开放窗口第一节 促进投资自由便利化推进投资便利化改革。"
    "第二节 加快建设“海丝”核心区海上合作战略支点深化海上合作。"
    "第二章 着力建设高质量新兴产业区第一节 做优总部经济吸引总部企业落户。"
    "第二节 促进传统产业转型升级做细精致农业。保护并稳定3万亩基本农田，确保粮食播种面积和总产量稳定。"
)


def test_toc_title_is_looked_for_below_a_crawlers_header() -> None:
    # TOC_AFTER_CRAWLER_HEADER: "本地目录:" names the crawled page's folder; the plan's 目录 stands below the rule line
    toc = parse_toc(HEADER + BODY)
    assert toc is not None
    assert toc.start > len(HEADER) - 1
    assert [e.title for e in toc.entries][:3] == ["前 言", "打造更高水平的国家对外开放窗口", "促进投资自由便利化"]


def test_two_leader_dots_before_a_page_and_a_marker_end_a_glued_entry() -> None:
    # SHORT_GLUED_LEADER: "…战略支点.. 32第二章 …" is two entries, not one running through the chapter
    toc = parse_toc(BODY)
    assert toc is not None
    titles = [(e.marker, e.title, e.page) for e in toc.entries]
    assert ("第二节", "加快建设“海丝”核心区海上合作战略支点", 32) in titles
    assert ("第二章", "着力建设高质量新兴产业区", 34) in titles


def test_one_line_body_headings_end_where_their_contents_entries_end() -> None:
    plan = load_plan(HEADER + BODY, PlanMeta(id="pt", title="平潭综合实验区国民经济和社会发展第十四个五年规划纲要"))
    titles = [(s.level, s.title) for s in plan.sections]
    assert (2, "促进传统产业转型升级") in titles  # not "促进传统产业转型升级做细精致农业"
    assert (1, "着力建设高质量新兴产业区") in titles
    assert (2, "加快建设“海丝”核心区海上合作战略支点") in titles


def test_a_folder_named_by_a_crawlers_header_on_one_line_is_no_toc_title() -> None:
    # CRAWLER_FOLDER_TOC_WORD: the header crawled onto one line with the body keeps no rule line to end it
    joined = HEADER.replace("\n", "") + BODY
    toc = parse_toc(joined)
    assert toc is not None
    assert joined[toc.start : toc.start + 3] == "目 录"
    plan = load_plan(joined, PlanMeta(id="pt", title="平潭综合实验区国民经济和社会发展第十四个五年规划纲要"))
    assert (2, "促进传统产业转型升级") in [(s.level, s.title) for s in plan.sections]
