"""Fields, platforms, institutions and their relations.

Tables of short inputs pin the recogniser's rules; the gold tests run the real plans as
`plankg build` reads them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from plankg.loaders.extract import entities as ent
from plankg.loaders.extract.link import extract_entities
from plankg.loaders.extract.mentions import enumerated_institutions, listed_mentions
from plankg.loaders.extract.names import abbreviations_of
from plankg.loaders.extract.vocab import FieldVocabulary, VocabularyError, load_field_vocabulary
from plankg.pipeline import Loaded
from plankg.schema import PlanDocument, PlanMeta, Section, Task

ROOT = Path(__file__).resolve().parents[1]
GOLD = yaml.safe_load((ROOT / "tests" / "gold" / "entities.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def vocab() -> FieldVocabulary:
    return load_field_vocabulary()


# --- vocabulary ---------------------------------------------------------------------------
VOCAB_YAML = """
fields:
  - name: 新能源
  - name: 新能源汽车
    aliases: [电动汽车]
  - name: 航空航天
    aliases: [航天航空]
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发展新能源汽车", [("新能源汽车", "新能源汽车", 2, 7)]),
        ("新能源和电动汽车", [("新能源", "新能源", 0, 3), ("新能源汽车", "电动汽车", 4, 8)]),
        ("航天航空、航空航天", [("航空航天", "航天航空", 0, 4), ("航空航天", "航空航天", 5, 9)]),
        ("没有领域", []),
    ],
)
def test_vocabulary_finds_longest_match_and_maps_aliases(text: str, expected: list) -> None:
    found = FieldVocabulary.from_yaml(VOCAB_YAML).find(text)
    assert [(m.name, m.surface, m.start, m.end) for m in found] == expected


@pytest.mark.parametrize(
    "bad",
    [
        "fields: {}",
        "fields:\n  - name: A\n    parent: B",
        "fields:\n  - name: A\n  - name: A",
        "fields:\n  - name: A\n    aliases: [X]\n  - name: B\n    aliases: [X]",
        "fields: [",
    ],
)
def test_vocabulary_rejects_malformed_data(bad: str) -> None:
    with pytest.raises(VocabularyError):
        FieldVocabulary.from_yaml(bad)


def test_packaged_vocabulary_has_the_issue_fields_and_feeds_jieba(vocab: FieldVocabulary) -> None:
    for name in (
        "集成电路",
        "生物医药",
        "人工智能",
        "新材料",
        "航空航天",
        "智能制造",
        "新能源汽车",
        "量子科技",
        "脑科学",
    ):
        assert vocab.canonical(name) == name
    assert vocab.canonical("航天航空") == "航空航天"
    assert vocab.canonical("芯片") is None  # a chip is not the integrated-circuit field
    lines = vocab.jieba_user_words()
    assert "集成电路 20000 nz" in lines and all(len(line.split()) == 3 for line in lines)
    assert vocab.field("集成电路").parent == "新一代信息技术"


# --- names in running text ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leading verbs and enumerations
        (
            "加快建设国家集成电路研发中心、集成电路装备材料创新中心为支撑的创新平台体系",
            [("国家集成电路研发中心", "platform"), ("集成电路装备材料创新中心", "platform")],
        ),
        (
            "支持筹建糖类药物研发技术创新中心，攻克糖类物质结构解析",
            [("糖类药物研发技术创新中心", "platform")],
        ),
        (
            "研究建立覆盖材料到动力系统各环节的燃料电池测试评价平台、国内领先的智能网联汽车测试基地",
            [("燃料电池测试评价平台", "platform"), ("智能网联汽车测试基地", "platform")],
        ),
        # conjunctions split only between complete names
        (
            "建设先进光电子及激光技术研发与应用中心",
            [("先进光电子及激光技术研发与应用中心", "platform")],
        ),
        (
            "上海临床研究中心和上海交通大学附属瑞金医院",
            [("上海临床研究中心", "platform"), ("上海交通大学附属瑞金医院", "institution")],
        ),
        # hosts
        (
            "加快建设复旦大学附属中山医院上海国际医学科创中心",
            [("复旦大学附属中山医院", "institution"), ("上海国际医学科创中心", "platform")],
        ),
        (
            "◎复旦大学国家大学科技园充分发挥",
            [("复旦大学", "institution"), ("复旦大学国家大学科技园", "platform")],
        ),
        ("浙江大学上海高等研究院等新型高水平研究机构", [("浙江大学上海高等研究院", "institution")]),
        # institutions and their kinds
        ("发挥上海证券交易所科创板支持创新作用", [("上海证券交易所", "institution")]),
        (
            "依托同济大学建筑设计院、中建国际集团等",
            [("同济大学建筑设计院", "institution"), ("中建国际集团", "institution")],
        ),
        ("嘉定同济大学创新创业集聚区", [("同济大学", "institution")]),
        # classes, roles, counts: nothing
        ("争取国家重点实验室、基础科学中心以及市重点实验室等基础研究类基地布局", []),
        ("组建若干研发与转化功能型平台、临床医学研究中心等创新基地平台", []),
        ("持续推进代谢性疾病等国家临床医学研究中心建设", []),
        ("推动上海成为智能电网功能应用示范基地", []),
        ("建设20家科技传播人才实训基地", []),
        ("重大平台：临床研究创新基地和平台。", []),
        ("打造千亿级国有科创投资公司", []),
        ("确保上海在争创世界一流大学和一流学科进程中走在前列", []),
        # words that contain anchors are not cut
        ("形成软X射线自由电子激光试验装置", [("软X射线自由电子激光试验装置", "platform")]),
        # working groups, offices and joint conferences are bodies; verbs of supervision and
        # commission before a body are not part of its name
        ("完善国务院安全生产工作部际联席会议制度", [("国务院安全生产工作部际联席会议", "institution")]),
        ("成立省数字经济发展领导小组，统筹推进", [("省数字经济发展领导小组", "institution")]),
        (
            "由省大数据发展管理局承担省数字政府建设工作小组办公室日常工作",
            [("省大数据发展管理局", "institution"), ("省数字政府建设工作小组办公室", "institution")],
        ),
        ("听取省科学技术咨询委员会的意见", [("省科学技术咨询委员会", "institution")]),
        ("经财政部同意后实施", [("财政部", "institution")]),
        ("指导公立医院和民办医院开展", []),
        ("成立工作小组", []),
        # a body qualifying a generic department or a person is not named as an actor
        ("国务院教育行政部门负责职业教育工作", []),
        ("国务院分管教育工作的副总理担任召集人", []),
        ("月底前报送国务院", [("国务院", "institution")]),
        # nodes of national computing networks, launch sites, education towns, registries
        ("加快全国一体化算力网络国家枢纽节点建设", [("全国一体化算力网络国家枢纽节点", "platform")]),
        ("加快建设文昌国际航天发射场", [("文昌国际航天发射场", "platform")]),
        ("建立省级专家库", []),
        ("建立国家技术技能大师库", [("国家技术技能大师库", "platform")]),
        # a region's status, a list a park is put on, training bases: not platforms
        ("振兴东北老工业基地", []),
        ("争取更多园区纳入国家级经济技术开发区", []),
        ("建设一批产教融合实训基地", []),
        ("探索创新实训基地运营模式", []),
        # a quantifier before a bracketed aside does not count the institutions in it
        ("邀请若干专家（含香港医院管理局专家）参加", [("香港医院管理局", "institution")]),
        ("组建若干研发与转化功能型平台（含临床医学研究中心）", []),
        ("支持兰州大学建设中国特色世界一流大学", [("兰州大学", "institution")]),
        # a role of the region written with 的, a figure of speech, platforms firms build themselves
        ("打造全国重要的清洁能源装备制造基地", []),
        ("发挥政府搭平台、促对接的作用", []),
        ("支持本地电商企业自建平台", []),
        # a national title shared by listed places; a tier of government before a name
        ("推进杭州、德清国家新一代人工智能创新发展试验区建设", [("国家新一代人工智能创新发展试验区", "platform")]),
        ("深化苏州、昆山国家级金融改革试验区建设", [("国家级金融改革试验区", "platform")]),
        ("升级完善省、市、县三级全民健康信息平台", [("全民健康信息平台", "platform")]),
        ("完成省、市、县三级银行机构信贷业务流程全覆盖", []),
        # "A项目和B平台": the project is an item of its own; a numbered set is not one platform
        ("建设省就业创业服务应用项目和省就业监测平台", [("省就业监测平台", "platform")]),
        ("深化基层治理四平台建设", []),
        # a national centre named by its field; data pools, clouds, named towns; online hospitals
        ("支持龙头企业创建国家智能网联汽车技术创新中心", [("国家智能网联汽车技术创新中心", "platform")]),
        ("争取国家技术创新中心布局", []),
        ("打造长三角信用数据资源池", [("长三角信用数据资源池", "platform")]),
        ("推进医疗健康专有云建设", [("医疗健康专有云", "platform")]),
        ("依托梦想小镇等平台", [("梦想小镇", "platform")]),
        ("建设一批特色小镇", []),
        ("推动互联网医院向基层延伸", []),
        # a pilot zone written 实验区; a "+" inside a quoted word belongs to the name, a formula does not
        ("建设“互联网+智慧医疗”实验区", [("“互联网+智慧医疗”实验区", "platform")]),
        ("推进“互联网+”平台建设", []),
        # a field named before a national centre; a quoted programme before 和; a renovation project
        ("加快建设深远海领域国家技术创新中心", [("深远海领域国家技术创新中心", "platform")]),
        ("在人工智能领域建设国家重点实验室", []),
        ("深入推进省属高校“双一流”和交叉学科中心建设", []),
        ("推进郑州铁路枢纽优化提升工程、郑济铁路建设", []),
        # a cluster or a kind of city before 和 is an item of its own; a rank aimed at is a role
        ("打造沿江先进制造产业集群和滨海低空应用集聚区", [("滨海低空应用集聚区", "platform")]),
        (
            "建设全国领先的牛、羊种源基地和国家高水平南繁科研育种基地",
            [("国家高水平南繁科研育种基地", "platform")],
        ),
        # 深化 deploys; 发展 before 创新中心 stays in the name
        ("深化经济运行监测分析数字化平台运用", [("经济运行监测分析数字化平台", "platform")]),
        ("推动全省广播电视媒体融合发展创新中心建设", [("全省广播电视媒体融合发展创新中心", "platform")]),
    ],
)
def test_find_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    found = ent.apply_frames(text, ent.find_mentions(text))
    assert [(m.name, m.category) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("上海证券交易所", "上海证券交易所", "其他"),
        ("上海技术交易所", "上海技术交易所", "其他"),
        ("同济大学", "同济大学", "高校"),
        ("上海交通大学附属瑞金医院", "上海交通大学附属瑞金医院", "医院"),
        ("上海可鲁系统软件有限公司", "上海可鲁系统软件有限公司", "企业"),
        ("市张江高新技术产业开发区管理委员会", "市张江高新技术产业开发区管理委员会", "政府部门"),
        ("基础研究战略咨询委员会", "基础研究战略咨询委员会", "其他"),
        ("上海免疫化学研究所", "上海免疫化学研究所", "科研院所"),
    ],
)
def test_institution_kinds(text: str, name: str, kind: str) -> None:
    (mention,) = ent.find_mentions(text)
    assert (mention.name, mention.category, mention.kind) == (name, "institution", kind)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("李政道研究所、上海清华国际创新中心等一批高水平研究机构", "institution"),
        ("布局建设上海应用数学研究中心等一批高水平研究机构", "institution"),
        ("依托上海半导体照明工程技术研究中心", "platform"),  # 研究中心 defaults to platform
        ("组建上海产业技术研究院", "institution"),  # 研究院 defaults to institution
    ],
)
def test_research_institution_frame(text: str, category: str) -> None:
    found = ent.apply_frames(text, ent.find_mentions(text))
    assert found and all(m.category == category for m in found)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("加快建设国家集成电路研发中心", "国家集成电路研发中心"),
        ("上海超级计算中心四期建设", "上海超级计算中心"),
        ("实验动物公共服务平台二期", "实验动物公共服务平台"),
        ("上海光源后续工程", "上海光源"),
        ("集成电路材料研究院为支撑的创新平台体系", "集成电路材料研究院"),
        ("“上海技术交易中心”", "上海技术交易中心"),
    ],
)
def test_normalise_name(raw: str, name: str) -> None:
    assert ent.normalise_name(raw) == name


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("国家重点实验室", True),
        ("技术创新中心", True),
        ("上海科技创新中心", True),
        ("高校协同创新中心", True),
        ("上海工程技术研究中心", True),
        ("国家临床医学研究中心", False),
        ("张江综合性国家科学中心", False),
        ("上海超级计算中心", False),
        ("上海科技成果转化公共服务平台", False),
        # round 10: how a platform works, with no subject, is a class (GENERIC words 系统 网上 多级)
        ("网上服务平台", True),
        ("信息化系统平台", True),
        ("多级共享平台", True),
        ("政务服务管理平台", False),
        ("算力调度平台", False),
    ],
)
def test_generic_platform_names(name: str, generic: bool) -> None:
    assert ent.is_generic(name, "platform") is generic


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "重大平台：加快建设国家集成电路研发中心、智能传感器创新中心、集成电路材料研究院为支撑的创新平台体系，"
            "推动攻关。",
            ["国家集成电路研发中心", "智能传感器创新中心", "集成电路材料研究院"],
        ),
        (
            "重大平台：1、药物靶标发现与确证交叉科学设施。布局新药创制。2、国家临床医学研究中心。持续推进。"
            "生物医药领域关键核心技术攻关1、细胞治疗及基因治疗。",
            ["药物靶标发现与确证交叉科学设施", "国家临床医学研究中心"],
        ),
        (
            "重大平台：无人系统多体协同设施/上海自主智能无人系统科学中心、海洋综合试验场。",
            ["无人系统多体协同设施", "上海自主智能无人系统科学中心", "海洋综合试验场"],
        ),
        ("重大平台：临床研究创新基地和平台。加快建设上海临床研究中心。", []),
    ],
)
def test_platform_blocks(text: str, names: list[str]) -> None:
    (block,) = ent.platform_blocks(text)
    assert [item.name for item in block.items] == names
    assert all(item.category == "platform" and item.builds for item in block.items)


def test_counted_names_are_classes() -> None:
    assert ent.counted_classes("上海共有7个火炬特色产业基地，11家国家大学科技园；3个体系") == {
        "火炬特色产业基地",
        "国家大学科技园",
    }


# --- linking on a hand-made document ------------------------------------------------------
def make_doc(text: str, headings: list[tuple[int, str, str]], tasks: list[tuple[str, str]] = ()) -> PlanDocument:
    """Sections from (level, number, title) found in order in ``text``; tasks from (section
    title, task text)."""
    meta = PlanMeta(id="t", title="测试规划")
    starts = []
    cursor = 0
    for _, number, title in headings:
        pos = text.index(number + title, cursor)
        starts.append(pos)
        cursor = pos + 1
    sections: list[Section] = []
    stack: list[Section] = []
    for i, (level, number, title) in enumerate(headings):
        end = next((starts[j] for j in range(i + 1, len(headings)) if headings[j][0] <= level), len(text))
        while stack and stack[-1].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        section = Section(
            id=f"t/s{i + 1}",
            plan_id="t",
            parent_id=parent.id if parent else None,
            level=level,
            number=number,
            title=title,
            path=str(i + 1),
            ordinal=i + 1,
            start=starts[i],
            end=end,
        )
        sections.append(section)
        stack.append(section)
    task_records = []
    for n, (section_title, task_text) in enumerate(tasks, start=1):
        section = next(s for s in sections if s.title == section_title)
        start = text.index(task_text, section.start)
        task_records.append(
            Task(
                id=f"{section.id}/t1.{n}",
                plan_id="t",
                section_id=section.id,
                kind="重点方向",
                number="",
                title=task_text.split("。")[0][:30],
                text=task_text,
                start=start,
                end=start + len(task_text),
            )
        )
    sha = hashlib.sha256(text.encode()).hexdigest()
    return PlanDocument(plan=meta, sha256=sha, text=text, sections=sections, tasks=task_records)


SMALL_PLAN = (
    "一、重点领域\n"
    "1、集成电路聚焦成套工艺。重点方向：（1）芯片研发。集成电路设计与集成电路制造。"
    "重大平台：加快建设国家集成电路研发中心、智能传感器创新中心为支撑的创新平台体系。\n"
    "2、生物医药聚焦前沿。重大平台：1、药物靶标发现与确证交叉科学设施。布局新药创制。\n"
    "二、研究机构\n"
    "持续推进李政道研究所、上海期智研究院等新型高水平研究机构建设，依托上海证券交易所。\n"
)


def test_extract_entities_links_platforms_fields_and_institutions(vocab: FieldVocabulary) -> None:
    doc = make_doc(
        SMALL_PLAN,
        [
            (1, "一、", "重点领域"),
            (2, "1、", "集成电路"),
            (2, "2、", "生物医药"),
            (1, "二、", "研究机构"),
        ],
        [("集成电路", "（1）芯片研发。集成电路设计与集成电路制造。")],
    )
    out = extract_entities(doc, vocab)
    assert out is not doc and doc.platforms == []
    supports = {(e.source_id, e.target_id) for e in out.supports}
    assert supports == {
        ("platform:国家集成电路研发中心", "field:集成电路"),
        ("platform:智能传感器创新中心", "field:集成电路"),
        ("platform:药物靶标发现与确证交叉科学设施", "field:生物医药"),
    }
    assert {i.id: i.kind for i in out.institutions} == {
        "institution:李政道研究所": "科研院所",
        "institution:上海期智研究院": "科研院所",
        "institution:上海证券交易所": "其他",
    }
    in_field = {(e.source_id, e.target_id) for e in out.in_field}
    assert ("t/s2", "field:集成电路") in in_field and ("t/s3", "field:生物医药") in in_field
    assert ("t/s2/t1.1", "field:集成电路") in in_field  # inherited (and named twice)
    builds = {(e.source_id, e.target_id) for e in out.builds}
    assert ("t/s2", "platform:国家集成电路研发中心") in builds
    for relation in [*out.supports, *out.builds, *out.mentions, *out.in_field]:
        assert out.text[relation.start : relation.end].strip() == relation.evidence
    assert {f.name for f in out.fields} == {"集成电路", "生物医药"}
    assert len({p.id for p in out.platforms}) == len(out.platforms)


# --- the real plans -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def documents(loaded_plans: dict[str, Loaded]) -> dict[str, PlanDocument]:
    return {plan_id: item.document for plan_id, item in loaded_plans.items()}


def test_gold_quotes_are_in_the_texts(documents: dict[str, PlanDocument]) -> None:
    for entry in GOLD["sections"]:
        text = documents[entry["plan"]].text
        for kind in ("platforms", "institutions", "fields", "supports"):
            for group in ("must", "may", "must_not"):
                for item in (entry.get(kind) or {}).get(group) or []:
                    assert item["quote"] in text, (entry["section"], kind, item)


def test_platforms_supporting_integrated_circuits(documents: dict[str, PlanDocument]) -> None:
    doc = documents["sh-stic-14"]
    supporting = {e.source_id.split(":", 1)[1] for e in doc.supports if e.target_id == "field:集成电路"}
    assert {
        "国家集成电路研发中心",
        "集成电路装备材料创新中心",
        "集成电路创新中心",
        "智能传感器创新中心",
        "集成电路材料研究院",
    } <= supporting
    assert not supporting & {"药物靶标发现与确证交叉科学设施", "国家碳纤维复合材料技术创新中心"}
    for e in doc.supports:
        if e.target_id == "field:集成电路":
            assert e.source_id.split(":", 1)[1] in e.evidence


def test_gold_must_not(documents: dict[str, PlanDocument]) -> None:
    from plankg.loaders.extract.scoring import extracted, find_section

    for entry in GOLD["sections"]:
        doc = documents[entry["plan"]]
        got = extracted(doc, find_section(doc, entry["section"]))
        for kind, key in (
            ("platform", "platforms"),
            ("institution", "institutions"),
            ("field", "fields"),
        ):
            wrong = {e["name"] for e in (entry.get(key) or {}).get("must_not") or []}
            assert not got[kind] & wrong, (entry["section"], kind, got[kind] & wrong)
        pairs = {(e.source_id.split(":", 1)[1], e.target_id.split(":", 1)[1]) for e in doc.supports}
        wrong_pairs = {(e["platform"], e["field"]) for e in (entry.get("supports") or {}).get("must_not") or []}
        assert not pairs & wrong_pairs, (entry["section"], pairs & wrong_pairs)


def test_gold_precision_and_recall(documents: dict[str, PlanDocument]) -> None:
    from plankg.loaders.extract.scoring import score

    scores = score(GOLD, documents)
    for kind, s in scores.items():
        assert s.precision >= 0.9, (kind, s.false_positives)
        assert s.recall >= 0.85, (kind, s.misses)


def test_documents_stay_valid_and_deduplicated(documents: dict[str, PlanDocument]) -> None:
    for doc in documents.values():
        again = PlanDocument.model_validate(doc.model_dump())
        assert again == doc
        for group in (doc.fields, doc.platforms, doc.institutions):
            assert len({e.id for e in group}) == len(group)
        for relation in doc.mentions:
            # The name, or (issue #13: abbreviations resolve to the full name) a form of it.
            name = relation.target_id.split(":", 1)[1]
            forms = {name} | abbreviations_of(name, doc.text)
            assert any(form in relation.evidence for form in forms), (name, relation.evidence)


# --- issue #13: names beyond the usual endings, texts without headings -------------------
ISSUE_13_PLAN = ROOT / "data" / "plans" / "shanghai-sti-center-14th-fyp.txt"
ENV_EXCERPT = ROOT / "tests" / "realworld" / "extract-dev" / "env-13th-fyp-nuclear.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # museums and science venues (sh-stic-14, 打造高水平科普场馆)
        (
            "推进上海科技馆更新改造和上海天文馆建设工程，建设数字化上海科技馆。提升中国航海博物馆、"
            "上海辰山植物园、上海动物园等示范性科普场馆的科普展示、教育、文创功能",
            [
                ("上海科技馆", "institution", "场馆"),
                ("上海天文馆", "institution", "场馆"),
                ("上海科技馆", "institution", "场馆"),
                ("中国航海博物馆", "institution", "场馆"),
                ("上海辰山植物园", "institution", "场馆"),
                ("上海动物园", "institution", "场馆"),
            ],
        ),
        # international organisations (sh-stic-14, 完善全球创新服务网络 and 城市韧性)
        (
            "（3）建设（联合国开发计划署）全球金融科技创新中心。",
            [("联合国开发计划署", "institution", "国际组织"), ("全球金融科技创新中心", "platform", "创新中心")],
        ),
        (
            "在联合国亚太经社会（）/世界气象组织（）台风委员会框架下",
            [("世界气象组织", "institution", "国际组织"), ("台风委员会", "institution", "其他")],
        ),
        # special bodies with a place in brackets (sh-stic-14)
        (
            "推进中国（上海）知识产权保护中心建设，聚焦重点产业领域",
            [("中国（上海）知识产权保护中心", "platform", "中心")],
        ),
        ("（4）探索科技园区合作新模式，提升中以（上海）创新园能级。", [("中以（上海）创新园", "platform", "园区")]),
        # platforms from their frame (十三五生态环境保护规划, 核与辐射安全监管)
        (
            "建成国家核与辐射安全监管技术研发基地。建立国家核安全监控预警和应急响应平台，完善全国辐射环境监测网络，"
            "加强国家、省、地市级核与辐射安全监管能力。",
            [
                ("国家核与辐射安全监管技术研发基地", "platform", "基地"),
                ("国家核安全监控预警和应急响应平台", "platform", "平台"),
                ("全国辐射环境监测网络", "platform", "网络"),
            ],
        ),
        # a framed head without a deploying verb, or inside a longer word, is not a name
        ("中心城区人口密度较高，网络安全形势复杂", []),
        ("推动平台经济规范健康发展", []),
        # generic phrases and headings are not names
        ("国家实验室和重点实验室", []),
        ("建设一批创新平台", []),
        ("争取国家重点实验室布局", []),
        ("打造全国领先的大数据产业中心", []),
        ("建设100个行业级、区域级、企业级省级工业互联网平台", []),
        ("推动京东方、惠科等重大产业项目尽快投产", []),
        ("支持建设供应链平台", []),  # one common word before a bare 平台: a kind of platform
        # government bodies named as lead units (the form of 国发/国办发 documents)
        (
            "（生态环境部牵头，国家发展改革委、住房城乡建设部、人民银行、市场监管总局、有关部门参与）",
            [
                ("生态环境部", "institution", "政府部门"),
                ("国家发展改革委", "institution", "政府部门"),
                ("住房城乡建设部", "institution", "政府部门"),
                ("人民银行", "institution", "政府部门"),
                ("市场监管总局", "institution", "政府部门"),
            ],
        ),
        (
            "省科技厅、省财政厅按职责分工负责，各地区政府和试点地区政府落实",
            [
                ("省科技厅", "institution", "政府部门"),
                ("省财政厅", "institution", "政府部门"),
            ],
        ),
        ("优化东部布局，部署实施，委托第三方", []),
        # periods, numbered concepts, descriptions, regions and roles are not names (sh-stic-14)
        ("加快建设“十四五”科技创新中心", []),
        ("构建“一心三区一平台”格局，建设具有全球影响力的科技创新中心", []),
        ("深化粤港澳大湾区合作，打造全球资源配置功能和开放枢纽", []),
        ("区人民政府负责推进", []),
    ],
)
def test_issue_13_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = ent.apply_frames(text, ent.find_mentions(text))
    assert [(m.name, m.category, m.kind) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations resolved by the alias list (sh-iti-12, 技术创新平台加速集聚)
        ("联合上海交大、复旦等高校和各类科研院所", [("上海交通大学", "上海交大"), ("复旦大学", "复旦")]),
        # a listed organisation without an ending (sh-stic-14); 联合国 inside it is not another
        (
            "在联合国亚太经社会（）/世界气象组织（）台风委员会框架下",
            [("联合国亚太经社会", "联合国亚太经社会"), ("世界气象组织", "世界气象组织")],
        ),
        # a full name is not its abbreviation plus a rest
        ("复旦大学附属中山医院", []),
    ],
)
def test_listed_names_and_abbreviations(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, text[m.start : m.end]) for m in listed_mentions(text)] == expected


def test_a_plan_declares_its_own_abbreviation(vocab: FieldVocabulary) -> None:
    text = "支持上海交通大学医学院附属瑞金医院（以下简称“瑞金医院”）建设转化医学设施，瑞金医院牵头。"
    doc = make_doc(text, [])
    out = extract_entities(doc, vocab)
    assert {i.name for i in out.institutions} == {"上海交通大学医学院附属瑞金医院"}
    assert abbreviations_of("上海交通大学医学院附属瑞金医院", text) == {"瑞金医院"}


def test_enumerated_institutions_of_a_kind() -> None:
    found = enumerated_institutions("支持赛力斯、长城等车企提质放量")
    assert [(m.name, m.kind) for m in found] == [("赛力斯", "企业"), ("长城", "企业")]
    assert enumerated_institutions("集聚了光机电、电子信息等新技术企业") == []
    assert enumerated_institutions("支持人工智能、生物医药等企业发展") == []  # fields, not firms
    # lines of business, not firms
    assert enumerated_institutions("吸引无人机研发制造、整机总装测试、遥感数据应用等企业集聚") == []


def test_a_text_without_headings_keeps_its_names_and_evidence(vocab: FieldVocabulary) -> None:
    """The environmental excerpt has no heading at all; names come with the plan as source."""
    from plankg.pipeline import analyse
    from plankg.schema import PlanMeta

    text = ENV_EXCERPT.read_text(encoding="utf-8")
    doc = analyse(text, PlanMeta(id="env", title="十三五生态环境保护规划（摘录）"), vocab)
    assert doc.sections == []
    assert {p.name for p in doc.platforms} == {
        "国家核与辐射安全监管技术研发基地",
        "国家核安全监控预警和应急响应平台",
        "全国辐射环境监测网络",
    }
    for relation in doc.mentions:
        assert relation.source_id == "env"
        assert relation.target_id.split(":", 1)[1] in relation.evidence
        assert doc.text[relation.start : relation.end].strip() == relation.evidence


def test_a_plan_scraped_without_line_breaks_keeps_its_platforms(vocab: FieldVocabulary) -> None:
    """sh-stic-14's 集成电路 paragraph run together with its neighbours, as a scraper leaves it."""
    from plankg.pipeline import analyse
    from plankg.schema import PlanMeta

    raw = ISSUE_13_PLAN.read_text(encoding="utf-8")
    start = raw.index("1、集成电路聚焦成套工艺")
    flat = "".join(raw[start : start + 3000].split())
    doc = analyse(flat, PlanMeta(id="flat", title="无换行文本"), vocab)
    names = {p.name for p in doc.platforms}
    assert {
        "国家集成电路研发中心",
        "集成电路装备材料创新中心",
        "集成电路创新中心",
        "智能传感器创新中心",
        "集成电路材料研究院",
        "药物靶标发现与确证交叉科学设施",
    } <= names


def test_composite_names_in_a_platform_block_are_split() -> None:
    """sh-stic-14, 优质高效的主动健康: the 重大平台 block names hosts and the platforms they host."""
    text = (
        "加快建设复旦大学附属中山医院上海国际医学科创中心、上海科技大学上海临床研究中心和"
        "上海交通大学附属仁济医院上海市免疫治疗创新研究院"
    )
    found = ent.apply_frames(text, ent.find_mentions(text, in_block=True))
    assert [(m.name, m.category) for m in found] == [
        ("复旦大学附属中山医院", "institution"),
        ("上海国际医学科创中心", "platform"),
        ("上海科技大学", "institution"),
        ("上海临床研究中心", "platform"),
        ("上海交通大学附属仁济医院", "institution"),
        ("上海市免疫治疗创新研究院", "platform"),
    ]


def test_brands_listed_among_institutions() -> None:
    from plankg.loaders.extract.mentions import listed_with_institutions

    def brands(text: str) -> list[tuple[str, str]]:
        found = ent.apply_frames(text, ent.find_mentions(text))
        return [(m.name, m.kind) for m in listed_with_institutions(text, found)]

    assert brands("推进之江实验室、阿里达摩院、西湖大学建设") == [("阿里达摩院", "科研院所")]
    assert brands("推动中国电信、浙江联通、杭钢集团、之江实验室等建设数据中心") == [
        ("中国电信", "企业"),
        ("浙江联通", "企业"),
    ]
    # fields listed with universities are not brands; a list without an institution names none
    assert brands("支持人工智能、生物医药、复旦大学、同济大学发展") == []
    assert brands("依托云栖小镇、张江实验室等平台") == []


@pytest.mark.parametrize(
    ("sentence", "institutions"),
    [
        # 行 of 行业 is no bank: the ending runs on into a word (CONTINUATION).
        ("建成覆盖大部分行业领域、具有国际先进水平的中国职业教育标准体系。", []),
        # 同意 is a verb between two bodies, not part of a name (ANCHOR_WORDS).
        ("国务院同意环保总局、发展改革委制定的《国家环境保护“十一五”规划》。", ["国务院", "环保总局", "发展改革委"]),
    ],
)
def test_words_that_run_on_from_a_body_are_not_in_its_name(sentence: str, institutions: list[str]) -> None:
    from plankg.loaders.text.read import guess_meta
    from plankg.pipeline import analyse

    text = "一、总体要求\n" + sentence + "\n"
    document = analyse(text, guess_meta(text, "t", "0" * 64), load_field_vocabulary())
    assert [i.name for i in document.institutions] == institutions
