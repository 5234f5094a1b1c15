"""Rules written in session 35 (branch seg46) for headings of plain layouts, each with the real excerpt it was written
from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline, segment


def titles(text: str) -> list[str]:
    return [h.title for h in headings_inline(text)]


# nat-fuel-power-rationing-1978 (heldout18), a one-line crawl: the parts' titles run into a first sentence whose subject
# is set off by a comma before its modal, or which says from when the measure holds
FUEL = (
    "一、统一管理燃料资源全国统配矿生产的煤炭，均由国家计委综合平衡。"
    "二、统一分配和供应全部燃料资源，都要由各级计划部门按照国家计划的要求统一平衡分配，由物资部门统一组织供应。"
    "三、充分利用燃料各使用燃料的企业、单位，要大搞增产节约，广开燃料资源。"
)
POWER = (
    "一、实行凭证供电制从一九七八年二季度开始，所有工矿企业、事业、人民公社、机关、部队各单位用电一律实行凭电证供电制。"
    "二、开展“一查四定”各地区要组织力量，对用户进行一次检查。"
)


def test_a_title_ends_before_a_subject_set_off_by_a_comma() -> None:
    # SUBJECT_BEFORE_COMMA_MODAL
    assert titles(FUEL)[1:] == ["统一分配和供应", "充分利用燃料"]


def test_a_title_ends_before_the_year_a_measure_starts() -> None:
    # START_FROM_YEAR_OPENER
    assert titles(POWER)[0] == "实行凭证供电制"


# nat-geology-speech-1986 (heldout18), a one-line crawl of a minister's speech: it announces four topics, each glued to
# its first sentence
SPEECH = (
    "今天，我代表地质矿产部讲几句话。下面，我讲四个问题。第一，地质队伍的辛勤劳动应当受到全社会的尊重地质矿产工作是"
    "我国现代化建设的一个极为重要的支柱。第二，扩大地质工作的服务领域，发挥综合效益六届人大四次会议审定了“七五”计划。"
    "第三，探索合乎中国国情的地质工作新体制为了调动几百个地勘单位的积极性，要改革。第四，认真贯彻执行《矿产资源法》"
    "《矿产资源法》颁布以后，各级地矿部门做了大量工作。第一，要宣传。第二，要执法。"
)


def test_an_announced_speech_has_its_topics_for_headings() -> None:
    # ANNOUNCED_SPEECH_TOPICS
    assert [(h.number, h.title) for h in segment(SPEECH, None)[0]] == [
        ("第一，", "地质队伍的辛勤劳动应当受到全社会的尊重"),
        ("第三，", "探索合乎中国国情的地质工作新体制"),
        ("第四，", "认真贯彻执行《矿产资源法》"),
    ]


# nat-fuel-power-rationing-1978 (heldout18): the glued sentence says the title again as a clause after 必须进一步; a
# title whose opening only comes back inside a longer phrase (round 13's 国务院办公厅 crawl) is cut by its subject
RESTATED = (
    "八、建立统一的燃料管理机构遵照国务院领导同志关于成立燃料管理机构的指示，成立燃料局。"
    "九、加强党的领导燃料供应管理工作面广、影响大，必须进一步加强党的领导，深入揭批“四人帮”反革命修正主义路线。"
)
NOT_RESTATED = "三、严厉打击破坏电力设施的违法犯罪行为各地公安机关要严厉打击盗窃、破坏电力设施的违法犯罪活动。"


def test_a_title_ends_where_its_sentence_says_it_again_as_a_clause() -> None:
    # TITLE_RESTATED_AS_CLAUSE
    assert titles(RESTATED) == ["建立统一的燃料管理机构", "加强党的领导"]
    assert titles(NOT_RESTATED) == ["严厉打击破坏电力设施的违法犯罪行为"]


# nat-fuel-power-rationing-1978 (heldout18): a title of two phrases runs into a sentence of the cases it covers
CONDITION = (
    "五、厉行节约用电各单位要认真执行节约用电的各项措施。"
    "六、因地制宜、大力开展群众办电凡有余热资源的地区，要发动群众大办余热发电。"
)


def test_a_title_ends_before_the_cases_its_sentence_covers() -> None:
    # CONDITION_OPENER
    assert titles(CONDITION)[1] == "因地制宜、大力开展群众办电"


def test_a_wrapped_date_opening_a_line_is_no_padded_number() -> None:
    # PADDED_DATE_WRAPPED: hb-red-tourism-feature-2024 (heldout31), a PDF's line broken inside "…11月13 日"
    from plankg.loaders.structure.headings import read_marker

    assert read_marker("13 日的中国红色旅游推广联盟年会暨湖北（红安）红色文化旅游季活动开幕式在童声合唱中结束") is None
    assert read_marker("11 月底前，由广东电力交易中心会同广东省电力调度中心，") is None
    marker = read_marker("01 年度目标")
    assert marker is not None and marker.style == "padded"
