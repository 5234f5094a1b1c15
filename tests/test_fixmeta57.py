"""fixmeta57 (session 43, round 57): metadata rules for faults round 57 showed, each with the real quote that motivated
it, shortened. Each test fails without its rule."""

from __future__ import annotations

from pathlib import Path

import yaml

from bench.eval_metadata import CORPUS, score
from bench.one_line import one_line
from plankg.loaders.structure.front_matter import find_front_matter
from plankg.loaders.text.formats import read_document
from plankg.loaders.text.read import guess_meta

ROOT = Path(__file__).resolve().parent.parent

# chuzhou-housing-measures-2024 (heldout57), the 滁州 portal page as plankg reads it: the column's tag before the
# notice's headline, the joint meeting's signature over the date
CHUZHOU = (
    "【市级相关政策】关于印发《关于进一步优化调整房地产政策若干措施》的通知\n\n"
    "来源：滁州市住房和城乡建设局\n\n"
    "各县、市、区人民政府，滁州经开区、中新苏滁高新区，房地产联席会议成员单位:\n"
    " 经市房地产工作联席会议研究同意，现将《关于进一步优化调整房地产政策若干措施》印发给你们，请认真贯彻执行。\n\n"
    "滁州市房地产工作联席会议\n"
    " 2024年5月23日\n\n"
    "关于进一步优化调整房地产政策若干措施\n\n"
    "为认真贯彻落实党中央、国务院决策部署，适应房地产市场供求关系的新变化，加快构建房地产发展新模式，"
    "结合实际，制定以下措施：\n\n"
    "一、发放购房补贴。凡在市本级购买新建商品住宅的，给予购房者合同价款1％的补贴。（责任单位：市住建局）\n"
)


def test_a_column_tag_before_the_notice_s_headline_is_no_issuer() -> None:
    # COLUMN_TAG_BEFORE_ISSUER: "【市级相关政策】关于印发《…》的通知" was read as issued by "【市级相关政策】"
    front = find_front_matter(CHUZHOU)
    assert front is not None and front.issuer == "滁州市房地产工作联席会议"
    assert guess_meta(CHUZHOU, "t", "0" * 64).issuer == "滁州市房地产工作联席会议"


def test_an_issuer_after_a_column_tag_stays() -> None:
    # the tag goes, the issuer named after it is the notice's
    text = CHUZHOU.replace("【市级相关政策】关于", "【市级相关政策】滁州市人民政府办公室关于")
    front = find_front_matter(text)
    assert front is not None and front.issuer == "滁州市人民政府办公室"


def test_a_joint_meeting_signs_on_one_line() -> None:
    # JOINT_MEETING_SIGNER: "…请认真贯彻执行。滁州市房地产工作联席会议2024年5月23日关于进一步…"
    meta = guess_meta(one_line(CHUZHOU), "t", "0" * 64)
    assert (meta.issuer, meta.issued) == ("滁州市房地产工作联席会议", "2024-05-23")


def test_a_meeting_that_is_no_joint_meeting_does_not_sign() -> None:
    # only 联席会议: "…常务会议" before a date is no signer
    text = one_line(CHUZHOU.replace("滁州市房地产工作联席会议\n", "市政府第5次常务会议\n"))
    assert guess_meta(text, "t", "0" * 64).issuer != "市政府第5次常务会议"


def _crawled(headline: str, published: str, issuer: str, column: str, page: str) -> str:
    """The 平潭 archive's nine header lines over the page (CRAWLER_HEADER)."""
    return (
        f"标题: {headline}\n发布时间: {published}\n文号: \n发布机构: {issuer}\n栏目: {column}\n"
        f"原文链接: https://www.pingtan.gov.cn/{page}.htm\n本地目录: {page}_{headline}\n"
        "页面链接与图片详见 links.tsv(同目录)\n==================== 正文 ====================\n"
    )


# pt-transport-works-standardization-2013 (heldout57), a 平潭 crawl that kept the former breaks as single spaces
PT_TRANSPORT = _crawled(
    "平潭综合实验区管委会办公室关于印发《交通建设工程标准化管理实施方案》的通知",
    "2013-12-16 15:42",
    "中国平潭",
    "区管委会办公室文件",
    "zwgk/zxwj/qgwhbgswj/201511/2541",
) + (
    "当前位置： 首页政务公开最新文件区管委会办公室文件 "
    "平潭综合实验区管委会办公室关于印发《交通建设工程标准化管理实施方案》的通知 时间：2013-12-16 15:42 "
    "微信 微博 QQ空间 闽岚综实管办〔2013〕142号 平潭综合实验区管委会办公室关于 印发"
    "《交通建设工程标准化管理实施方案》的通知 平潭县人民政府，区直各单位，各组团（项目）建设指挥部，各项目业主单位： "
    "《交通建设工程标准化管理实施方案》已经区管委会主任办公会研究同意，现予印发，请认真遵照执行。 "
    "平潭综合实验区管委会办公室 2013年12月14日 交通建设工程标准化管理实施方案 为强化意识，落实责任，规范管理，"
    "按照《福建省交通运输厅关于进一步提升交通建设工程标准化管理的通知》（闽交建〔2012〕171号）等文件要求，"
    "决定在全区范围内开展交通建设工程标准化管理活动。 一、组织机构 "
)


def test_a_number_between_spaces_over_the_notice_title_is_its_number() -> None:
    # NUMBER_LINE_AS_SPACES: "… QQ空间 闽岚综实管办〔2013〕142号 平潭综合实验区管委会办公室关于 印发《…》的通知 …"
    assert guess_meta(PT_TRANSPORT, "t", "0" * 64).doc_number == "闽岚综实管办〔2013〕142号"


def test_a_number_cited_in_brackets_is_no_notice_number() -> None:
    # without its own number line the text cites 闽交建〔2012〕171号 in brackets only: no 文号
    text = PT_TRANSPORT.replace(" 闽岚综实管办〔2013〕142号 ", " ")
    assert guess_meta(text, "t", "0" * 64).doc_number == ""


# bj-protitle-reform-opinion-2018 (heldout57), a 首都之窗 page; on one line the headline runs on into the date field
BJ_PROTITLE = (
    "中共北京市委办公厅 北京市人民政府办公厅印发《关于深化职称制度改革的实施意见》的通知\n"
    "发布日期：2018-02-08\n"
    "各区委、区政府，市委、市政府各部委办局，各总公司，各人民团体，各高等院校：\n"
    "经市委、市政府同意，现将《关于深化职称制度改革的实施意见》印发给你们，请结合实际认真贯彻落实。\n"
    "中共北京市委办公厅\n"
    "北京市人民政府办公厅\n"
    "2018年2月1日\n"
    "**关于深化职称制度改革的实施意见**\n"
    "为深入贯彻落实中共中央办公厅、国务院办公厅《关于深化职称制度改革的意见》，结合本市实际，现就深化职称制度改革"
    "提出以下实施意见。\n"
    "**一、总体要求**\n"
)


def test_a_notice_title_run_on_into_the_page_s_date_field() -> None:
    # NOTICE_RUN_ON_DATE_FIELD: "…实施意见》的通知发布日期：2018-02-08各区委、…" was titled as the notice
    assert guess_meta(one_line(BJ_PROTITLE), "t", "0" * 64).title == "关于深化职称制度改革的实施意见"


def test_the_dazhou_pdf_is_titled_by_its_text_not_its_template_metadata() -> None:
    # dazhou-housing-measures-2023 (heldout57): the PDF's metadata Title is a WPS template's leftover,
    # "达州市“十三五”脱贫攻坚规划", nothing of it in the text; the measures' name on page 2 is the title
    import pypdfium2

    path = ROOT / "tests" / "realworld" / "texts" / "dazhou-housing-measures-2023.pdf"
    data = path.read_bytes()
    assert pypdfium2.PdfDocument(data).get_metadata_dict()["Title"] == "达州市“十三五”脱贫攻坚规划"
    text = read_document(data, str(path), path.suffix)
    meta = guess_meta(text, path.stem, "0" * 64)
    assert meta.title == "进一步推进中心城区房地产市场良性循环若干措施"
    assert (meta.issuer, meta.doc_number) == ("达州市人民政府办公室", "达市府办发〔2023〕51号")


def _entry(doc_id: str) -> dict:
    return next(d for d in yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["documents"] if d["id"] == doc_id)


def test_an_entry_saying_the_file_prints_no_issuer_is_not_scored() -> None:
    # ISSUER_NOT_IN_FILE: "沈阳市房产局 and eight other city bodies (…; no issuer, 文号, signature or date in this
    # file)"
    for doc_id in ("sy-house-safety-insurance-plan-2024", "sy-house-pension-plan-2024", "nat-storage-scale-plan-2025"):
        assert score(_entry(doc_id)).issuer == "-", doc_id
    assert score(_entry("chuzhou-housing-measures-2024")).issuer == "ok"  # an issuer the text prints stays scored


def test_an_entry_saying_the_notice_has_no_number_names_a_cited_one_only() -> None:
    # NO_NUMBER "without 文号": "(covering notice without 文号 - …; the plan implements the province's
    # 闽食药监药通〔2016〕51号)" is not scored against the province's number
    assert score(_entry("pt-drug-distribution-rectification-2016")).doc_number == "-"
    assert score(_entry("pt-transport-works-standardization-2013")).doc_number == "ok"
