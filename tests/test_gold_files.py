"""The hand-made real-world gold is self-consistent: every title, name and quote it gives occurs
in its text exactly (each checker is also a script a gold maker runs while writing gold)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

CHECKERS = [
    "tests/realworld/check_gold.py",  # segmentation headings
    "tests/realworld/extract/check_gold.py",  # platform and institution names
    "tests/realworld/tasks/check_gold.py",  # task blocks and their items
    "tests/realworld/indicators/check_gold.py",  # indicators: names, targets and quotes
    # lineage judged independently of plankg, one set per run (SETS in the checker)
    "tests/gold/check_lineage_judged.py shanghai",  # 十二五 → 十四五, data/plans
    "tests/gold/check_lineage_judged.py nine-to-ten",  # the 九五 → 十五 dev set
    "tests/gold/check_lineage_judged.py seven-to-eight",  # the 七五 → 八五 set (round 3)
    "tests/gold/check_lineage_judged.py housing-14-to-15",  # Shanghai housing plans (round 4)
    "tests/gold/check_lineage_judged.py shanghai-district-fire",  # district fire-service plans (round 5)
    "tests/gold/check_lineage_judged.py shandong-sti-13-to-14",  # 山东 科技创新 十三五 → 十四五 (round 6)
    "tests/gold/check_lineage_judged.py imstd-2015-to-2021",  # a national standards guide's editions (round 7)
    "tests/gold/check_lineage_judged.py ai-guides-2020-to-2024",  # AI standards and NSFC guides (round 8)
    "tests/gold/check_lineage_judged.py annual-programmes-2018-to-2023",  # annual work programmes (round 9)
    "tests/gold/check_lineage_judged.py icv-access-2021-to-2024",  # successive ministry documents (round 10)
    "tests/gold/check_lineage_judged.py power-plants-2004-to-2007",  # successive State Council documents (round 11)
    "tests/gold/check_lineage_judged.py ydjy-settlement-2022-to-2024",  # a notice and its 2 successors (round 12)
    "tests/gold/check_lineage_judged.py land-plans-2024-to-2026",  # two Shanghai land-use successions (round 13)
    # a Shanghai funding measure's editions (round 14)
    "tests/gold/check_lineage_judged.py renewable-fund-2020-to-2022",
    # the national carbon market's power-sector allocation plan 2019-2020 → its 2021、2022 draft (round 15)
    "tests/gold/check_lineage_judged.py ets-power-2019-to-2022",
    "tests/gold/check_lineage_judged.py no1-doc-2021-to-2023",  # the 中央一号文件 2021 → 2023 (round 17)
    "tests/gold/check_lineage_judged.py school-work-2019-to-2021",  # a school's 工作要点 (round 19)
    # Beijing car trade-in rules and Guangzhou EV-charging notices (round 21); a regulation's editions (21b)
    "tests/gold/check_lineage_judged.py car-tradein-evcharge-2017-to-2025",
    "tests/gold/check_lineage_judged.py heritage-reg-2011-to-2023",
    # EV-charging guidance 十三五 → 十四五 and carbon-market work notices 2025 → 2026 (round 22)
    "tests/gold/check_lineage_judged.py evcharge-cets-2015-to-2026",
    # Shanghai 发展改革委 yearly wind/solar notices, 开发建设方案 lists and subsidy notices 2023 → 2026 (round 25)
    "tests/gold/check_lineage_judged.py sh-renewables-2023-to-2026",
    # 金华 文明行为 regulation 2019 → 2020 amendment and the 国务院 work reports' tasks 2023 → 2024 (round 30)
    "tests/gold/check_lineage_judged.py civ-reg-gwr-2019-to-2024",
    # 杭州 文明行为 regulation 2016 → its 2021 amendment, the Word files themselves (.docx, .doc) (round 40)
    "tests/gold/check_lineage_judged.py hz-civ-reg-2016-to-2021",
    # 上海 北斗 action plan 2021–2023 → commercial space / spatial information action plan 2023–2025 (round 41)
    "tests/gold/check_lineage_judged.py sh-space-info-2021-to-2023",
    # NDRC/NEA power-system flexibility guidance 2018 → its 2025–2027 special action plan, and 长沙's 文明行为
    # regulation 2019 → its 2021 amendment (two .docx files) (round 42)
    "tests/gold/check_lineage_judged.py power-flex-civ-reg-2018-to-2025",
    # 平潭综合实验区 annual work plans 2022 → 2023 of three bodies (苏平片区, 财政金融局, 海坛片区) (round 44)
    "tests/gold/check_lineage_judged.py pingtan-annual-plans-2022-to-2023",
    # 平潭综合实验区 十三五 → 十四五 规划纲要 → the 党工委's 十五五 建议 (round 45)
    "tests/gold/check_lineage_judged.py pingtan-fyp13-to-fyp15",
    # the State Council's government work reports 2021 → 2022 (Wikisource texts) (round 46)
    "tests/gold/check_lineage_judged.py national-gwr-2021-to-2022",
    # 平潭综合实验区管委会 government work reports 2023 → 2024 (round 47)
    "tests/gold/check_lineage_judged.py pingtan-gwr-2023-to-2024",
    # the State Council's government work reports 2018 → 2019 (Wikisource texts) (round 48)
    "tests/gold/check_lineage_judged.py national-gwr-2018-to-2019",
    # the State Council's government work reports 2009 → 2010 (Xinhua texts decoded from GB18030) (round 49)
    "tests/gold/check_lineage_judged.py national-gwr-2009-to-2010",
    # 广东省 government work reports 2024 → 2025 (web-page reprints with their navigation) (round 50)
    "tests/gold/check_lineage_judged.py guangdong-gwr-2024-to-2025",
    # 上海 住房城乡建设管理委 glass-curtain-wall inspection notices 2023 and 2024 → 2025 → 2026 (round 51)
    "tests/gold/check_lineage_judged.py sh-curtain-wall-2023-to-2026",
    # 广东省 government work reports 2022 → 2023 (the government's own pages saved as text) (round 52)
    "tests/gold/check_lineage_judged.py guangdong-gwr-2022-to-2023",
    # 平潭县 (平潭综合实验区管委会) government work reports 2018 → 2019 (crawler files, bodies on one line) (round 53)
    "tests/gold/check_lineage_judged.py pingtan-gwr-2018-to-2019",
    # 平潭 food-safety plans: 餐桌污染 action plan 2015 → 2016 → 2018, 抽检 plan 2017 → 2018 (crawler files) (round 54)
    "tests/gold/check_lineage_judged.py pingtan-food-safety-2015-to-2018",
]


@pytest.mark.parametrize("checker", CHECKERS)
def test_gold_checker_passes(checker: str) -> None:
    result = subprocess.run([sys.executable, *checker.split()], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def _keys_cut_from_a_value(node: object) -> list[str]:
    """Chinese keys with no value: what YAML's inline {…} makes of an unquoted value holding a
    half-width comma ('{number: 二、, title: 理顺关系,改革企业经营机制}' loads as title '理顺关系' and a
    stray key '改革企业经营机制')."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and value is None and any("\u4e00" <= ch <= "\u9fff" for ch in key):
                found.append(key)
            found += _keys_cut_from_a_value(value)
    elif isinstance(node, list):
        for item in node:
            found += _keys_cut_from_a_value(item)
    return found


def test_no_gold_value_is_cut_at_a_half_width_comma() -> None:
    # Round 11's headings gold of a 1988 text lost five titles this way; its checker passed
    # because the cut title's first half is in the text too.
    import yaml

    cut = {
        str(path.relative_to(ROOT)): keys
        for path in sorted((ROOT / "tests").rglob("*.yaml"))
        if (keys := _keys_cut_from_a_value(yaml.safe_load(path.read_text(encoding="utf-8"))))
    }
    assert cut == {}, cut
