"""Which main-content extractor keeps a Chinese government web page's plan text and drops the
site around it: trafilatura or jusText?

Pages: the five texts of data/plans, each wrapped in a government site's page by the tests'
fixture maker (tests/formats.py: header, navigation, breadcrumb, publication metadata, share
bar, related files, footer), and the real gov.cn page of the corpus's dev split
(tests/realworld/texts/nat-voc-edu-2019.html; its gold headings and furniture lines are the
reference). Measured per extractor: plan lines kept (the plain text's lines, or the gold
headings, found in the output) and furniture lines leaked; "+cleanup" is trafilatura followed by
plankg's own furniture rules (normalised text, so a full-width line may no longer match as
written). jusText has no Chinese stop-list,
so it runs with an empty one (its documented fallback for unsupported languages).
Run: .venv/bin/python bench/compare_html_readers.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plankg.loaders.text.formats import read_html  # noqa: E402
from plankg.loaders.text.normalise import normalise  # noqa: E402
from tests.formats import make_html  # noqa: E402

SPACE = re.compile(r"\s+")
FIXTURE_FURNITURE = ["政务公开", "当前位置", "发布时间", "浏览次数", "分享到：", "相关文件", "ICP备", "网站地图"]
FIXTURE_FURNITURE += ["主办："]


def justext_text(data: bytes) -> str:
    import justext

    paragraphs = justext.justext(data, frozenset())
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def flat(text: str) -> str:
    return SPACE.sub("", text)


def kept(lines: list[str], output: str) -> tuple[int, int]:
    out = flat(output)
    wanted = [flat(line) for line in lines if flat(line)]
    return sum(1 for line in wanted if line in out), len(wanted)


def main() -> None:
    extractors = {
        "trafilatura": lambda data: read_html(data, "page"),
        "+cleanup": lambda data: normalise(read_html(data, "page")).text,  # what plankg reads
        "justext": justext_text,
    }
    totals = {name: [0, 0, 0, 0] for name in extractors}
    pages = []
    for source in sorted((ROOT / "data" / "plans").glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        # The page shows a list item without its "- " and bold text without "**".
        lines = [
            re.sub(r"^- |\*\*", "", line.strip(" \u3000")).replace("\t", "")
            for line in text.split("\n")
            if line.strip(" \u3000\t")
        ]
        pages.append((source.stem, make_html(text, source.stem).encode(), lines, FIXTURE_FURNITURE))
    real = ROOT / "tests" / "realworld" / "texts" / "nat-voc-edu-2019.html"
    gold = yaml.safe_load((ROOT / "tests" / "gold" / "realworld" / "headings" / "nat-voc-edu-2019.yaml").read_text())
    pages.append(
        (real.stem, real.read_bytes(), [h["title"] for h in gold["headings"]], [str(f) for f in gold["furniture"]])
    )
    for name, data, lines, furniture in pages:
        for extractor, extract in extractors.items():
            try:
                output = extract(data)
            except Exception as error:  # an extractor that gives up keeps nothing
                output = f"({type(error).__name__})"
            ok, total = kept(lines, output)
            leaked = sum(1 for word in furniture if flat(word) in flat(output))
            print(f"{name[:40]:40} {extractor:11} plan lines kept {ok}/{total}  furniture {leaked}/{len(furniture)}")
            for i, value in enumerate((ok, total, leaked, len(furniture))):
                totals[extractor][i] += value
    for extractor, (ok, total, leaked, furniture) in totals.items():
        print(f"TOTAL {extractor:11} plan lines kept {ok}/{total}  furniture leaked {leaked}/{furniture}")


if __name__ == "__main__":
    main()
