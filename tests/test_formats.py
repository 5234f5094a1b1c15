"""PDF, Word and web-page versions of the real plan texts, made by the tests themselves
(tests/formats.py), each read on its own: the same sections and tasks as the plain text, the
plan's self-stated task counts, and no furniture (running header, page number, navigation,
breadcrumb, metadata, footer) in any title."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from plankg.errors import InputError
from plankg.loaders.extract.vocab import load_field_vocabulary
from plankg.loaders.structure.document import load_plan
from plankg.loaders.text.formats import read_document, sniff
from plankg.pipeline import Loaded, PlanSource, read_plan
from plankg.schema import PlanDocument, PlanMeta
from tests.conftest import GOLD, PLANS_DIR
from tests.formats import make_docx, make_html, make_pdf

MANIFEST = {e["id"]: e for e in yaml.safe_load((PLANS_DIR / "plans.yaml").read_text(encoding="utf-8"))["plans"]}
RUNNING_HEADER = "上海市科学技术委员会文件"
# Words of the furniture the fixtures put around the plan; none may reach a title.
FURNITURE_WORDS = (
    RUNNING_HEADER,
    "— ",
    "首页",
    "政务公开",
    "当前位置",
    "发布时间",
    "浏览次数",
    "字号",
    "分享到",
    "相关文件",
    "ICP",
    "版权所有",
    "网站地图",
    "上海市人民政府",
)
# Every plan of data/plans in every format reads exactly like its plain text.
EXACT = [(plan_id, fmt) for plan_id in MANIFEST for fmt in ("pdf", "docx", "html")]


def _make(plan_id: str, fmt: str, directory: Path) -> Path:
    entry = MANIFEST[plan_id]
    text = (PLANS_DIR / entry["file"]).read_text(encoding="utf-8")
    path = directory / f"{Path(entry['file']).stem}.{fmt}"
    if fmt == "pdf":
        make_pdf(text, path, RUNNING_HEADER)
    elif fmt == "docx":
        make_docx(text, path)
    else:
        path.write_text(make_html(text, entry["title"]), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Loaded]:
    directory = tmp_path_factory.mktemp("formats")
    vocabulary = load_field_vocabulary()
    out = {}
    for plan_id, fmt in EXACT:
        path = _make(plan_id, fmt, directory)
        from plankg.manifest import parse_manifest

        meta = parse_manifest((PLANS_DIR / "plans.yaml").read_text(encoding="utf-8"), "m")[MANIFEST[plan_id]["file"]]
        out[(plan_id, fmt)] = read_plan(PlanSource(path, meta), vocabulary)
    return out


def _sections(doc: PlanDocument) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in doc.sections]


def _tasks(doc: PlanDocument) -> list[tuple[str, str, str]]:
    return [(t.kind, t.number, t.title) for t in doc.tasks]


@pytest.mark.parametrize(("plan_id", "fmt"), EXACT)
def test_each_format_gives_the_plain_texts_sections_and_tasks(
    made: dict[tuple[str, str], Loaded], loaded_plans: dict[str, Loaded], plan_id: str, fmt: str
) -> None:
    doc, plain = made[(plan_id, fmt)].document, loaded_plans[plan_id].document
    assert _sections(doc) == _sections(plain)
    assert _tasks(doc) == _tasks(plain)
    for record in [*doc.sections, *doc.tasks]:
        assert not any(word in record.title for word in FURNITURE_WORDS), record.title
        assert doc.text.startswith(record.number, record.start), record.title  # spans point at the text


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_sh_sti_12_states_its_own_task_counts_in_every_format(made: dict[tuple[str, str], Loaded], fmt: str) -> None:
    gold = yaml.safe_load((GOLD / "sh-sti-12_task_counts.yaml").read_text(encoding="utf-8"))
    doc = made[("sh-sti-12", fmt)].document
    by_id = {s.id: s for s in doc.sections}

    def engineering(section_id: str) -> str:
        section = by_id[section_id]
        while section.parent_id is not None:
            section = by_id[section.parent_id]
        return section.title

    totals: dict[str, Counter[str]] = {}
    for task in doc.tasks:
        totals.setdefault(engineering(task.section_id), Counter())[task.kind] += 1
    assert {k: dict(totals[k]) for k in gold["totals"]} == gold["totals"]  # 20 + 23; 5 + 9


def test_no_furniture_reaches_the_text(made: dict[tuple[str, str], Loaded]) -> None:
    for (_, fmt), item in made.items():
        text = item.document.text
        for word in ("— 3 —", RUNNING_HEADER, "当前位置", "发布时间", "分享到：", "沪ICP备", "网站地图"):
            assert word not in text, (fmt, word)
        assert not any(ch in text for ch in "\f\v\x00")


@pytest.mark.parametrize(
    ("data", "suffix", "kind"),
    [
        (b"%PDF-1.7\n...", ".txt", "pdf"),
        (b"<!DOCTYPE html><html><body>", ".txt", "html"),
        ("<p>一、总体要求</p>".encode(), ".htm", "html"),
        ("一、总体要求 <b>".encode(), ".txt", "text"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), ".doc", "ole2"),
    ],
)
def test_the_format_is_chosen_by_content(data: bytes, suffix: str, kind: str) -> None:
    assert sniff(data, suffix) == kind


def test_a_docx_saved_as_txt_is_read_as_word(tmp_path: Path) -> None:
    text = "测试规划\n\n一、总体要求\n\n加快建设具有全球影响力的科技创新中心，提升城市能级和核心竞争力。\n"
    path = make_docx(text, tmp_path / "a.docx")
    text = read_document(path.read_bytes(), "plan.txt", ".txt")
    assert "一、总体要求" in text and "PK" not in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "not a readable Word document"),
        (b"%PDF-1.4\n%broken", "not a readable PDF"),
        (b"PK\x03\x04" + bytes(100), "ZIP archive"),
    ],
)
def test_unreadable_documents_are_one_clear_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_document(data, "plan.bin")


@pytest.mark.parametrize(
    ("suffix", "message"), [(".docx", "not a readable Word .docx file"), (".pdf", "not a readable PDF")]
)
def test_noise_under_a_documents_name_is_called_a_damaged_document(suffix: str, message: str) -> None:
    # random bytes saved as plan.docx were reported as "a binary file, not a plan text"
    noise = bytes(range(256)) * 8
    with pytest.raises(InputError, match=message):
        read_document(noise, f"plan{suffix}", suffix)


def test_a_pdf_without_a_text_layer_says_so(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(100, 100, 200, 200, fill=1)
    pdf.save()
    with pytest.raises(InputError, match="no text layer"):
        read_document(path.read_bytes(), "scan.pdf")


def test_a_plans_folder_reads_every_format_and_skips_its_readme(tmp_path: Path) -> None:
    from plankg.pipeline import discover_with_skips, is_plan_candidate, read_text

    text = "测试规划\n\n一、总体要求\n\n加快建设具有全球影响力的科技创新中心，提升城市能级和核心竞争力。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    make_docx(text, tmp_path / "b.docx")
    make_pdf(text, tmp_path / "c.pdf", RUNNING_HEADER)
    (tmp_path / "d.html").write_text(make_html(text, "测试规划"), encoding="utf-8")
    (tmp_path / "README.md").write_text("# Plans\n", encoding="utf-8")
    (tmp_path / "notes.xlsx").write_bytes(b"PK\x03\x04")
    sources, skipped = discover_with_skips([tmp_path])
    assert [s.path.name for s in sources] == ["a.txt", "b.docx", "c.pdf", "d.html"]
    assert [(p.name, reason) for p, reason in skipped] == [
        ("README.md", "the folder's own documentation, not a plan"),
        ("notes.xlsx", "not a plan format (.xlsx)"),
    ]
    assert not is_plan_candidate(tmp_path / "README.md") and is_plan_candidate(tmp_path / "c.pdf")
    for source in sources:
        assert "一、总体要求" in read_text(source.path)[0], source.path.name
    with pytest.raises(InputError, match="cannot be read"):
        read_text(tmp_path / "missing.txt")


def _numbered_docx(path: Path) -> Path:
    """A Word document whose heading numbers Word writes itself (an automatic multilevel list:
    一、 / （一） / 1.), not typed into the paragraphs."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    levels = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {w} w:abstractNumId="90">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str, level: int) -> None:
        paragraph = document.add_paragraph(text)
        num_pr = parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
        paragraph._p.get_or_add_pPr().append(num_pr)

    document.add_paragraph("测试规划")
    for title, children in (("总体要求", ["指导思想", "基本原则"]), ("发展路径", ["加快创新", "扩大开放"])):
        numbered(title, 0)
        for child in children:
            numbered(child, 1)
            document.add_paragraph("推进科技创新，加快建设具有全球影响力的科技创新中心。")
    numbered("保障措施", 0)
    numbered("加强组织领导", 2)
    document.save(str(path))
    return path


def test_numbering_that_word_writes_itself_is_read(tmp_path: Path) -> None:
    from plankg.loaders.structure.document import load_plan
    from plankg.schema import PlanMeta

    text = read_document(_numbered_docx(tmp_path / "n.docx").read_bytes(), "n.docx")
    doc = load_plan(text, PlanMeta(id="t", title="测试"))
    assert [(s.level, s.number, s.title) for s in doc.sections] == [
        (1, "一、", "总体要求"), (2, "（一）", "指导思想"), (2, "（二）", "基本原则"),
        (1, "二、", "发展路径"), (2, "（一）", "加快创新"), (2, "（二）", "扩大开放"),
        (1, "三、", "保障措施"), (2, "1.", "加强组织领导"),
    ]  # fmt: skip


def test_a_web_pages_title_is_the_plans_title(tmp_path: Path) -> None:
    from plankg.loaders.text.read import guess_meta

    text = (PLANS_DIR / MANIFEST["sh-sti-12"]["file"]).read_text(encoding="utf-8")
    page = make_html(text, "上海科技创新“十二五”规划").encode()
    meta = guess_meta(read_document(page, "page.html", ".html"), "page", "0" * 64)
    assert (meta.title, meta.period, meta.region) == ("上海科技创新“十二五”规划", "十二五", "上海")


DOC_FIXTURES = Path(__file__).parent / "fixtures" / "doc"


@pytest.mark.parametrize("doc_id", ["bj-data-zone-2022", "nat-eco-env-13"])
def test_a_word_97_doc_reads_as_its_plain_text_does(doc_id: str) -> None:
    # tests/fixtures/doc/README.md: the dev text saved as .doc by LibreOffice, read by antiword;
    # every gold heading is found, as in the plain text (heading F1 1.0 on both).
    from bench.eval_segmentation import GOLD as HEADINGS
    from bench.eval_segmentation import normalise_title

    path = DOC_FIXTURES / f"{doc_id}.doc"
    text = read_document(path.read_bytes(), path.name, path.suffix)
    gold = yaml.safe_load((HEADINGS / f"{doc_id}.yaml").read_text(encoding="utf-8"))
    plan = load_plan(text, PlanMeta(id=doc_id, title=gold["title"]))
    assert [(s.level, normalise_title(s.title)) for s in plan.sections] == [
        (h["level"], normalise_title(h["title"])) for h in gold["headings"]
    ]


def test_a_doc_without_antiword_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import plankg.loaders.text.formats as formats

    monkeypatch.setattr(formats.shutil, "which", lambda _: None)
    data = (DOC_FIXTURES / "bj-data-zone-2022.doc").read_bytes()
    with pytest.raises(InputError, match="needs antiword"):
        read_document(data, "plan.doc", ".doc")


def test_a_web_page_saved_as_pdf_by_a_browser_reads_as_its_page() -> None:
    # tests/fixtures/pdf/README.md: Chromium's print of a one-page notice. Before: the print stamp,
    # the title's "_" tail and the "address 1/1" footer were in the text (BROWSER_PRINT_EDGE,
    # browser-print-footer), and every paragraph was a block between blank lines, so the three
    # list entries under 一、 were sections (PARAGRAPH_SPACING, HEADINGS_ARE_NO_MARGIN).
    path = Path(__file__).parent / "fixtures" / "pdf" / "browser-printed-notice.pdf"
    text = read_document(path.read_bytes(), path.name, ".pdf")
    assert "PM" not in text and "127.0.0.1" not in text and "_" not in text
    assert "1.《城镇排水与污水处理条例》\n2.《城镇污水处理提质增效三年行动方案》\n3.《某某市排水管理办法》" in text
    plan = load_plan(text, PlanMeta(id="notice", title="某某市人民政府办公室关于加强城市排水管网运行维护的通知"))
    assert [(s.level, s.number, s.title) for s in plan.sections] == [
        (1, "一、", "工作依据"),
        (1, "二、", "主要任务"),
        (2, "（一）", "开展管网排查"),
        (2, "（二）", "实施雨污分流改造"),
        (2, "（三）", "强化运行维护"),
        (1, "三、", "保障措施"),
    ]
    assert [t.title for t in plan.tasks] == ["开展管网排查", "实施雨污分流改造", "强化运行维护"]


# A paragraph of a notice, written for these tests.
NOTICE_PARA = (
    "各地要结合实际制定工作方案，明确责任分工和时间安排，加强督促检查，确保各项任务按期完成，"
    "并于每季度末将工作进展情况报送主管部门。"
)


def test_a_web_page_fragment_without_html_or_body_is_read_as_a_pages_body() -> None:
    # HTML_FRAGMENT: a site kept the article as a template string, "<table><tr><td class=detail>
    # <p>…</p>…" with no <html>/<body>; it stopped the build ("no main text found in this web page").
    paragraphs = ["各有关单位：", "一、总体要求", NOTICE_PARA, "二、重点任务", "（一）加强组织领导", NOTICE_PARA]
    article = "\n".join(f"<p>\u3000\u3000{p}</p>" for p in paragraphs)
    fragment = f'<table width="800"><tbody><tr><td class="detail">\n{article}\n<p>测试局</p></td></tr></tbody></table>'
    text = read_document(fragment.encode("utf-8"), "notice.html", ".html")
    assert "\n一、总体要求\n" in text and "\n（一）加强组织领导\n" in text and text.count(NOTICE_PARA) == 2


def test_a_paragraph_wholly_in_heiti_is_a_title_as_a_bold_one_is() -> None:
    # HEITI_PARAGRAPH (round 30, the 2024 政府工作报告 digest on a school site): the headlines are 黑体 spans, the body
    # 仿宋 spans, no bold anywhere; the headlines are read as titles. An annex label in 黑体 ("附表4") is no title.
    from plankg.loaders.text.formats import with_heiti_titles

    p = '<p style="text-indent:43px;line-height:36px">'
    heiti, fangsong = (
        '<span style="font-size:21px;font-family:黑体">',
        '<span style="font-size:21px;font-family:仿宋_GB2312">',
    )
    body = "国务院总理李强5日在政府工作报告中提出，今年发展主要预期目标是：国内生产总值增长5%左右；"
    page = (
        f"<html><body><div>{p}{heiti}今年发展主要预期目标</span></p>{p}{fangsong}{body}</span></p>"
        f"{p}{heiti}附表4</span></p></div></body></html>"
    ).encode()
    marked = with_heiti_titles(page).decode()
    assert "<strong>今年发展主要预期目标</strong>" in marked and "<strong>附表4" not in marked
    assert f"{fangsong}{body}" in marked
    real = Path(__file__).parent / "realworld" / "lineage30" / "plans" / "nat-gwr-2024.html"
    text = read_document(real.read_bytes(), real.name, ".html")
    assert "**今年发展主要预期目标**" in text and "**大力推进现代化产业体系建设，加快发展新质生产力**" in text


def test_a_page_whose_main_text_is_not_found_is_read_whole_with_its_blocks_as_lines() -> None:
    # WHOLE_PAGE: trafilatura may keep nothing of a page; its whole text is read, a block a line,
    # a table row's cells joined by tabs, scripts and styles left out.
    from plankg.loaders.text.formats import read_whole_page

    page = (
        "<html><head><title>测试通知_某某网</title><script>var a='脚本文字';</script></head><body>"
        f"<div>一、工作目标</div><div>{NOTICE_PARA}<br>二、工作要求</div><p>{NOTICE_PARA}</p>"
        "<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>建立台账</td></tr></table></body></html>"
    )
    text = read_whole_page(page.encode("utf-8"), "page.html")
    assert text.splitlines()[:4] == ["测试通知", "一、工作目标", NOTICE_PARA, "二、工作要求"]
    assert "序号\t任务\n1\t建立台账" in text and "脚本" not in text


@pytest.mark.parametrize(
    "page",
    [
        '<div><img src="banner.png"></div>',
        "<html><head><title>首页</title></head><body><script>var 栏目='首页';</script></body></html>",
    ],
)
def test_a_page_with_no_text_is_still_one_clear_line(page: str) -> None:
    with pytest.raises(InputError, match=r"^menu\.html: no main text found in this web page$"):
        read_document(page.encode("utf-8"), "menu.html", ".html")


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".doc", ".txt", ".html"])
@pytest.mark.parametrize("data", [b"", b" \n\r\n\t"])
def test_an_empty_file_is_empty_under_any_name(suffix: str, data: bytes) -> None:
    # EMPTY_WHATEVER_ITS_NAME: `plankg build empty.pdf` said "not a readable PDF (its bytes are
    # neither that format nor text)", empty.txt "the file is empty".
    with pytest.raises(InputError, match=r"^empty\S*: the file is empty$"):
        read_document(data, f"empty{suffix}", suffix)


def test_a_binary_file_named_html_is_called_binary_not_empty() -> None:
    # BINARY_UNDER_PAGE_NAME: the first 3,000 bytes of /bin/ls copied to bin.html (round 53's bad-input check)
    # were read as a page, to nothing: "bin.html (html): the file is empty".
    data = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4 + b"<\x00\x00\x01"
    assert sniff(data, ".html") == "text"
    with pytest.raises(InputError, match=r"^bin\.html: looks like a binary file"):
        read_document(data, "bin.html", ".html")
    page = "<div><p>一、总体要求</p></div>".encode("utf-16")  # a UTF-16 page keeps its NULs and is still a page
    assert sniff(page, ".html") == "html"
