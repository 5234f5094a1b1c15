"""Rules added after the second held-out round (heldout2) was scored once (issue #7, branch
seg-fix4); the set is no longer held out. Each test is a small synthetic text in the layout
that failed, and fails on the code before the rule."""

from plankg.loaders.structure.document import load_plan
from plankg.schema import PlanMeta

META = PlanMeta(id="t", title="测试规划")
PARA = "这是一段足够长的正文内容，用来说明这一部分的具体要求和主要做法，以及实施安排。"


def tree(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in load_plan(text, META).sections]


def test_the_yaml_front_matter_of_a_markdown_export_is_metadata_and_the_notice_is_front_matter() -> None:
    # hp-heritage-14, sh-transport-bizenv-2026: "---" / key: value lines / "---", a > note, the
    # notice title as the only # heading; the signature, date and plan title became sections.
    text = (
        "---\n标题: 某区人民政府办公室关于印发某区测试规划的通知\n文号: 某府办发〔2021〕28号\n"
        "发布单位: 某区人民政府办公室\n发布日期: 2021-07-20\n层级: 区级\n类型: 规划与计划\n状态: 有效\n"
        "官方链接: https://example.gov.cn/detail?id=1\n---\n\n"
        "> 本文正文由脚本自官方公开页面提取，仅供检索查阅。\n> 以官方链接发布版本为准。\n\n"
        "# 某区人民政府办公室关于印发某区测试规划的通知\n\n各委、局、办，各街道办事处：\n\n"
        "《某区测试规划》已经区政府同意，现印发给你们，请认真按照执行。\n\n特此通知。\n\n"
        f"某区人民政府办公室\n\n2021年7月20日\n\n某区测试规划\n\n{PARA}\n\n一、总体要求\n\n{PARA}\n\n"
        f"二、主要任务\n\n{PARA}\n"
    )
    assert tree(text) == [(1, "一、", "总体要求"), (1, "二、", "主要任务")]


def test_the_attachment_list_is_no_section_and_numbered_attachments_with_a_colon_head_their_part() -> None:
    # hp-heritage-14: "附件：" + "1.…指标" / "2.…清单" lists the attachments; "附件1：" with its
    # title on the next line heads the attachment, whose table cells are no sections.
    text = (
        f"测试规划\n\n一、总体要求\n\n{PARA}\n\n附件：\n1.测试规划指标\n\n2.测试规划项目清单\n\n"
        "附件1：\n\n测试规划指标\n\n序号\n\n类型\n\n指标名称\n\n1\n\n保护修缮\n\n修缮面积\n\n"
        "附件2：\n\n测试规划项目清单\n\n序号\n\n主要领域\n\n1\n\n外滩风貌区\n"
    )
    assert tree(text) == [
        (1, "一、", "总体要求"),
        (1, "附件1：", "测试规划指标"),
        (1, "附件2：", "测试规划项目清单"),
    ]


def test_a_run_in_heading_that_labels_its_first_sentence_is_titled_by_the_label() -> None:
    # sh-transport-bizenv-2026: "1.简政提效：深化行政审批改革集成增效。持续推进…" is titled
    # 简政提效 (tests/gold/realworld/README.md: a run-in title ends before the first 。 or ：).
    text = (
        f"测试规划\n\n一、示范场景\n\n1.简政提效：深化行政审批改革集成增效。{PARA}\n\n"
        f"2.协同联建：推进长三角交通一体互联。{PARA}\n"
    )
    assert tree(text) == [(1, "一、", "示范场景"), (2, "1.", "简政提效"), (2, "2.", "协同联建")]
