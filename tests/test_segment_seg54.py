"""Session 40's heading rules (seg54). Each excerpt is quoted from the development texts (tests/realworld/texts, as
plankg reads them); each test fails on the code before the rule it names."""

from __future__ import annotations

from pathlib import Path

from plankg.loaders.text.formats import read_document
from plankg.schema import PlanMeta
from tests.segmenting import tree

RENEWAL = PlanMeta(id="t", title="青海省推动大规模设备更新和消费品以旧换新实施方案")
# qh-equip-renewal-2024 (heldout23), shortened: an ndrc.gov.cn page's empty 附件： label over its ranking list
RANKING_TAIL = (
    "青海省推动大规模设备更新和消费品以旧换新实施方案\n\n"
    "一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导，推动大规模设备更新和消费品以旧换新。\n\n"
    "二、保障措施\n\n"
    "（五）强化政策解读宣传。省发展改革委会同有关部门适时召开新闻发布会，及时发布重要文件和解读、部门重要工作动态。\n\n"
    "附件：\n\n排行榜\n\n"
    + "- _01_\n\n## [2026年4月21日国内成品油价格下调](http://www.ndrc.gov.cn/xwdt/xwfb/202604/t20260421_1404789.html "
    '"2026年4月21日国内成品油价格下调")\n\n2026-04-21\n\n' * 3
)


def test_a_pages_ranking_list_under_an_empty_annex_label_is_no_section() -> None:
    # RELATED_LIST_NOT_SECTIONS: "排行榜" was a level-1 heading (the attachment's title)
    titles = [title for _, _, title in tree(RANKING_TAIL, RENEWAL)]
    assert "排行榜" not in titles
    assert titles[-1] == "保障措施"


PUMPED = PlanMeta(id="t", title="广东省抽水蓄能参与电力市场交易实施方案")
# gd-pumped-storage-market-2024 (heldout33), the whole saved page: the plan's last part, then the page's share,
# print and close buttons ("相关附件：" / "相关导读:" / "分享到：" / "打印文档" / "关闭窗口") over its site links
PUMPED_PAGE = Path(__file__).parent / "realworld" / "texts" / "gd-pumped-storage-market-2024.txt"


def test_a_pages_print_document_button_is_no_section() -> None:
    # PRINT_DOCUMENT_BUTTON: "打印文档" was a level-2 section under the plan's last part 三、组织实施及保障
    sections = tree(PUMPED_PAGE.read_text(encoding="utf-8"), PUMPED)
    assert "打印文档" not in [title for _, _, title in sections]
    assert sections[-1] == (1, "三、", "组织实施及保障")


HUKOU = PlanMeta(id="t", title="广州市人民政府办公厅关于重新发布广州市积分制入户管理办法的通知")
# gz-points-hukou-2025 (heldout15), the whole saved page: a "相关新闻" box of two links above the notice, which follows
# whole, its attached table's title a heading
HUKOU_PAGE = Path(__file__).parent / "realworld" / "texts" / "gz-points-hukou-2025.html"


def test_a_related_news_box_above_the_document_cuts_off_no_section() -> None:
    # RELATED_LIST_NO_SENTENCE: read as a related-list tail, the box dropped every heading of the notice below it
    text = read_document(HUKOU_PAGE.read_bytes(), str(HUKOU_PAGE), HUKOU_PAGE.suffix)
    assert [title for _, _, title in tree(text, HUKOU)] == ["广州市积分制入户指标体系及分值表"]
