"""fixmeta54 (session 40, round 54): metadata rules for faults round 54 showed, each with the real quote that motivated
it, shortened. Each test fails without its rule."""

from __future__ import annotations

from bench.one_line import one_line
from plankg.loaders.text.read import guess_meta

# gd-consumption-measures-2023 (heldout54), a gd.gov.cn page: its metadata table one cell a line, the notice, the
# measures; crawled onto one line no front matter is read.
GD_PAGE = (
    "广东省人民政府办公厅关于印发广东省进一步提振和扩大消费若干措施的通知 广东省人民政府门户网站\n"
    "发布日期：2023-11-24\n"
    "006939748/2023-00565\n"
    "国民经济管理、国有资产监管\n"
    "广东省人民政府办公厅\n"
    "2023-11-13\n"
    "广东省人民政府办公厅关于印发广东省进一步提振和扩大消费若干措施的通知\n"
    "粤办函〔2023〕305号\n"
    "2023-11-24\n"
    "**广东省人民政府办公厅关于印发广东省进一步**\n"
    "**提振和扩大消费若干措施的通知**\n"
    "各地级以上市人民政府，省有关单位：\n"
    "《广东省进一步提振和扩大消费的若干措施》已经省人民政府同意，现印发给你们，请认真贯彻落实。实施过程中遇到的"
    "问题，请径向省发展改革委反映。\n"
    "省政府办公厅\n"
    "2023年11月13日\n"
    "**广东省进一步提振和扩大消费的**\n"
    "**若干措施**\n"
    "为贯彻落实国家关于恢复和扩大消费的工作部署，充分发挥消费对经济发展的基础性作用，现就进一步提振和扩大消费提出以下"
    "措施：\n"
    "**一、稳定汽车消费**\n"
    "（一）优化汽车购买使用管理。各地区不得新增汽车限购措施。\n"
)


def test_a_notice_title_that_drops_the_issued_document_s_de_on_one_line() -> None:
    # APPROVED_ISSUING, NOTICE_DROPPED_DE: the issuing sentence names the measures with their 的
    meta = guess_meta(one_line(GD_PAGE), "t", "0" * 64)
    assert meta.title == "广东省进一步提振和扩大消费的若干措施"


def test_a_number_between_the_notice_title_and_the_table_s_date_on_one_line() -> None:
    # NUMBER_OVER_TABLE_DATE: "…的通知粤办函〔2023〕305号2023-11-24**…"
    assert guess_meta(one_line(GD_PAGE), "t", "0" * 64).doc_number == "粤办函〔2023〕305号"


def test_a_term_until_a_year_runs_from_the_year_of_issue() -> None:
    # TERM_UNTIL (nat-shenzhen-bay-port-reply-2006, a State Council reply granting land use to 2047)
    text = (
        "国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复\n"
        "国函〔2006〕132号\n"
        "广东省人民政府、香港特别行政区政府：\n"
        "现就在深圳湾口岸区内设立的授权香港特别行政区实施管辖的深圳湾口岸港方口岸区的范围和土地使用期限批复如下：\n"
        "一、深圳湾口岸港方口岸区范围包括港方查验区和与之相连接的深圳湾公路大桥部分桥面。\n"
        "二、深圳湾口岸港方口岸区的土地使用权，由香港特别行政区政府同广东省深圳市人民政府签订国有土地租赁合同，以租赁的"
        "方式取得，土地使用期限自口岸启用之日起至2047年6月30日止。\n"
        "国务院\n"
        "二〇〇六年十二月三十日\n"
    )
    meta = guess_meta(text, "t", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2006, 2047)


def test_a_number_after_its_label_in_a_table_run_on_after_a_long_menu() -> None:
    # NUMBER_AFTER_LABEL, NUMBER_LABEL_WINDOW (bj-hydrogen-measures-2024, heldout27, one-line: a site's menu of links,
    # 4,500 characters, then the table "5. \\[发文字号\\] 京经信发〔2024〕69号6. \\[失效日期\\]")
    menu = "".join(f'- [栏目{n}](https://jxj.beijing.gov.cn/jxdt/{n}/ "栏目{n}")' for n in range(80))
    text = (
        f'{menu}[首页](https://jxj.beijing.gov.cn/ "首页") > '
        '[政策文件](https://jxj.beijing.gov.cn/zwgk/ "政策文件")'
        "1. \\[主题分类\\] 国土资源、能源/其他2. \\[制发单位\\] 北京市经济和信息化局3. \\[实施日期\\] 2024-12-174. "
        "\\[成文日期\\] 2024-12-175. \\[发文字号\\] 京经信发〔2024〕69号6. \\[失效日期\\] \\-\\-\\--7. \\[发布日期\\] "
        "2024-12-178. \\[有效性\\] 现行有效# 北京市经济和信息化局关于印发《北京市关于支持氢能产业发展的若干政策措施"
        "（修订版）》的通知【字体：大中小】 打印各有关单位：为贯彻国家《氢能产业发展中长期规划（2021-2035 年）》，"
        "现将有关事项通知如下。"
    )
    assert len(menu) > 3000
    assert guess_meta(text, "t", "0" * 64).doc_number == "京经信发〔2024〕69号"


def test_a_number_after_a_read_aloud_button_before_the_addressees() -> None:
    # READ_ALOUD_BUTTON (nm-green-direct-supply-2026, heldout32, one-line)
    text = (
        "通知公告_ 内蒙古自治区能源局返回首页页面放大页面缩小语音播报通知公告内蒙古自治区能源局关于印发《内蒙古"
        "自治区单一"
        "电力用户绿电直连项目开发建设实施方案（试行）》的通知发布日期：2026-01-14 23:00来源：内蒙古自治区能源局朗读"
        "内能源新能发〔2026〕1号各盟市能源局、有关盟市发展改革委：现将《内蒙古自治区单一电力用户绿电直连项目开发建设实施"
        "方案（试行）》印发给你们，请认真贯彻落实。"
    )
    assert guess_meta(text, "t", "0" * 64).doc_number == "内能源新能发〔2026〕1号"
