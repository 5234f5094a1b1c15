"""Rules written after round 25's first score for texts that lost their line breaks (branch fix25join), each with
the real excerpt of heldout25 it was written from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.structure.segment import headings_inline


def titles(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.number, h.title) for h in headings_inline(text)]


# bj-gwr-tasklist-2024 (heldout25), joined: a letter with points of its own issues a task list appended after its date
ISSUED_LIST = (
    "市第十六届人民代表大会第二次会议批准了《政府工作报告》，明确了2024年经济社会发展目标和重点任务。"
    "现将《2024年市政府工作报告重点任务清单》印发给你们，请认真抓好贯彻落实。"
    "一、 提高政治站位，强化责任担当。各部门、各单位和各区政府要以习近平新时代中国特色社会主义思想为指导。"
    "二、 加强组织领导，压实工作责任。各部门、各单位和各区政府主要负责同志要当好“施工队长”。"
    "三、 强化统筹调度，严格跟踪问效。各部门、各单位和各区政府要大力弘扬求真务实作风。"
    "北京市人民政府2024年1月26日2024年市政府工作报告重点任务清单"
    "一、持续提升首都功能，推动京津冀协同发展取得新的更大进展（一）深入落实城市总体规划"
    "1.严格执行首都规划重大事项向党中央请示报告制度，认真落实首规委部署要求。主责单位：市规划自然资源委（首规委办）"
    "2.配合自然资源部编制京津冀国土空间规划，会同天津、河北编制现代化首都都市圈空间协同规划。主责单位：市京津冀协同办"
    "（二）加强国际交往中心功能建设"
    "3.加强重点区域和硬件设施功能引领，实现新国展二期项目竣工。主责单位：市政府外办"
)


def test_a_document_issued_by_title_and_appended_after_the_date_heads_its_own_numbering() -> None:
    # APPENDED_ISSUED_TITLE: the title glued to the date is a level-1 heading; its 一、 (glued to 清单) opens under it
    found = titles(ISSUED_LIST)
    assert found[:4] == [
        (1, "一、", "提高政治站位，强化责任担当"),
        (1, "二、", "加强组织领导，压实工作责任"),
        (1, "三、", "强化统筹调度，严格跟踪问效"),
        (1, "", "2024年市政府工作报告重点任务清单"),
    ]
    assert (2, "一、", "持续提升首都功能，推动京津冀协同发展取得新的更大进展") in found
    assert (3, "（一）", "深入落实城市总体规划") in found
    assert (3, "（二）", "加强国际交往中心功能建设") in found
    assert next(h for h in found if h[1] == "3.")[0] == 4


def test_a_date_glued_to_a_cited_title_without_a_first_part_stays_as_it_was() -> None:
    # APPENDED_ISSUED_TITLE needs the document's own 一、 after the title: a title glued to a date and a paragraph
    # (sh-embedsvc-2024's layout, no letter points) is not read as a heading by it
    text = (
        "现将《上海市社区嵌入式服务设施建设工程实施方案》印发给你们，请按照执行。"
        "上海市人民政府办公厅2024年12月14日上海市社区嵌入式服务设施建设工程实施方案社区嵌入式服务设施建设工程是党"
        "中央作出的重要部署。"
    )
    assert all(h[1] or h[2] != "上海市社区嵌入式服务设施建设工程实施方案" for h in titles(text))
