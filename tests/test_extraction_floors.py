"""Extraction scores may not fall below the figures measured when they were last improved.

Floors are the measured precision and recall (issue #11: a regression fails). Raise them when
the extractor gets better; lowering one needs a reason in the commit message.

- tests/gold/entities.yaml: sections of the Shanghai plans, the set the rules were written on.
- the realworld dev split (tests/realworld/extract, corpus.yaml `split: dev`): plan excerpts
  from other sources. The heldout split is never read here: it is scored once, by the lead,
  with `python -m bench.eval_extraction --split heldout`.
- the realworld heldout2, heldout3 and heldout4 splits: scored once (first scores below), then developed on;
  no longer held out.
- tests/realworld/extract-dev: development texts found for issue #13.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from plankg.loaders.extract.scoring import Score, corpus_split, score, score_documents
from plankg.loaders.extract.vocab import FieldVocabulary, load_field_vocabulary
from plankg.loaders.text.read import decode, guess_meta
from plankg.pipeline import Loaded, analyse
from plankg.schema import PlanDocument

ROOT = Path(__file__).resolve().parents[1]
REALWORLD = ROOT / "tests" / "realworld" / "extract"
REALWORLD_GOLD = ROOT / "tests" / "gold" / "realworld" / "entities"
DEV_TEXTS = ROOT / "tests" / "realworld" / "extract-dev"

# (precision, recall) floors, measured on 2026-12-02 (issue #13).
SECTION_FLOORS = {
    # lowered in session 24 (fix25ext) from 0.989/1.0: a place bracket after a name stays in it, as the realworld
    # gold of rounds 2, 6, 24 and 25 writes it ("国家碳计量中心（辽宁）"); this gold's sh-sti-12 section alone writes
    # "组建国家蛋白质科学中心（上海）" as 国家蛋白质科学中心 (a gold conflict, reported to the lead).
    # lowered in session 43 (fixext57) from 0.979: EXCHANGE_AS_PLATFORM reads 上海技术交易所 and 上海证券交易所 as
    # platforms beside the institutions, as the realworld golds since round 20 have exchanges (gold platforms, `may`
    # institutions); this gold has them institutions only (a gold conflict, reported to the lead).
    "platform": (0.950, 0.989),
    "institution": (1.0, 1.0),
    "field": (1.0, 1.0),
    "supports": (0.929, 1.0),
}
REALWORLD_DEV_FLOORS = {
    # raised in session 23 (ext23: a place's data centre) from 0.987/0.951; in session 17 (plat17) from 0.975;
    # (extdev7) from 0.975/0.939
    "platform": (0.987, 0.963),
    # raised in session 18 (plat18) from 0.944; 2026-12-03 (round 6 rules) from 0.911/0.775
    # raised in session 33 (ext42: REVIEW_INSPECTION_BRANCH, 国家药械审评检查西南分中心 an institution) from 0.85
    "institution": (1.0, 0.875),
}
# The dev split grew by seven excerpts in round 3 (corpus.yaml `round: 3`; first score on them
# platforms 0.483/0.644, institutions 0.767/0.846). Measured on 2026-12-02 after the round-3 rules:
# the earlier dev excerpts keep the floors above (raised to what they measure now), the round-3
# excerpts and the whole split have their own.
REALWORLD_ROUND3_FLOORS = {
    # lowered in session 43 (fixext57: EXCHANGE_AS_PLATFORM, an exchange a platform beside the body as the golds since
    # round 20 have it; bj-gwr-2026's gold keeps 北京证券交易所 and 国际大数据交易所 institutions only) from 0.954
    "platform": (0.934, 0.933),  # raised 2026-12-03 (round-4 causes, extdev7) from 0.933
    "institution": (1.0, 1.0),
}
# Round 5 added eight excerpts from fields and levels the split lacked (corpus.yaml `round: 5`;
# first score on them platforms 0.400/0.600, institutions 0.719/0.831; platform precision stays
# low: of 14 found, 6 are classes or phrases the rules do not yet tell apart). Measured on 2026-12-02
# after the round-5 rules (now in the topic files tests/test_extraction_*.py); the whole split fell with them (it
# was 0.944/0.937 and 0.958/0.886 without them) and has the floor it measures now.
REALWORLD_ROUND5_FLOORS = {
    "platform": (0.8, 0.8),  # raised in session 17 (plat17: kinds of parks) from 0.666; (extdev7) from 0.571
    "institution": (0.926, 0.987),  # raised 2026-12-03 (extdev7) from 0.915; (round 6) from 0.903/0.974
}
# The dev split before round 6 (rounds 0, 3 and 5 together).
REALWORLD_WHOLE_DEV_FLOORS = {
    # raised in session 23 (ext23) from 0.962/0.934; in session 17 (plat17) from 0.941; (extdev7) from 0.92/0.927
    # lowered in session 43 (fixext57: EXCHANGE_AS_PLATFORM; bj-gwr-2026's gold keeps 北京证券交易所 and
    # 国际大数据交易所 institutions only) from 0.962
    "platform": (0.956, 0.941),
    # raised in session 18 (plat18) from 0.949; (extdev7) from 0.943; (round 6) from 0.935/0.929
    # raised in session 33 (ext42: REVIEW_INSPECTION_BRANCH) from 0.967/0.955
    "institution": (0.967, 0.961),
}
# Round 6 added four sub-national excerpts dense in platforms and traps (corpus.yaml `round: 6`:
# 浙江 and 宁夏 2026 work plans on S&T, industry, digital economy, energy and environment, a 北京
# data-zone opinion, a 上海 zero-carbon parks plan). First score, before any rule was written on
# them: platforms 0.333/0.600, institutions 0.867/0.565. Measured on 2026-12-03 after the round-6
# rules (now in the topic files tests/test_extraction_*.py); the whole split with them has its own floor.
REALWORLD_ROUND6_FLOORS = {
    # raised in session 21 (ext21: a megacity's kind) from 0.909; 2026-12-03 (ext6) from 0.9/0.9; (extdev7) from 0.818
    "platform": (1.0, 1.0),
    "institution": (1.0, 0.956),
}
REALWORLD_WITH_ROUND6_FLOORS = {
    # raised in session 23 (ext23) from 0.965/0.939; in session 21 (ext21) from 0.958; in session 17 (plat17) from
    # 0.939; (ext6) from 0.938/0.932
    # raised in session 25 (ext26: a place inside a description, 先进技术成果西部转化中心) from 0.965/0.945
    # lowered in session 43 (fixext57: EXCHANGE_AS_PLATFORM; bj-gwr-2026's gold keeps 北京证券交易所 and
    # 国际大数据交易所 institutions only) from 0.965
    "platform": (0.959, 0.952),
    # raised in session 18 (plat18) from 0.955; 2026-12-03 (extdev7) from 0.95; session 33 (ext42:
    # REVIEW_INSPECTION_BRANCH) from 0.971/0.955
    "institution": (0.971, 0.960),
}
# The second held-out round (corpus.yaml `split: heldout2`, 8 excerpts) was scored once by the lead:
# platforms 0.589/0.651, institutions 0.774/0.480. It is no longer held out: it was developed on
# after that score (rules now in the topic files tests/test_extraction_*.py). Measured on 2026-12-02 after those rules.
HELDOUT2_FLOORS = {
    # raised 2026-12-03 (ext6) from 0.904/0.883; (extdev7) from 0.8/0.837; (round 6) from 0.708/0.790
    # raised in session 24 (fix25ext: a place bracket after a name stays, 国家碳计量中心（辽宁）) from 0.962/0.895
    # raised in session 25 (ext26: sites listed before 等平台, cities jieba mistags) from 0.962/0.906
    # raised in session 31 (ext31: SUBJECT_PARK, 大连国家级数据产业集聚区) from 0.975/0.918
    "platform": (0.975, 0.930),  # raised in session 17 (plat17) from 0.905
    "institution": (0.988, 0.85),  # raised 2026-12-03 (extdev7) from 0.987/0.78; (round 6) from 0.971/0.680
}
# The third held-out round (corpus.yaml `split: heldout3`, 12 national excerpts) was scored once by
# the lead at 22:30 UTC: platforms 0.333/0.533, institutions 0.920/0.972. It has been developed on
# since (rules now in the topic files tests/test_extraction_*.py); no longer held out. Measured on
# 2026-12-02 after those rules.
HELDOUT3_FLOORS = {
    "platform": (0.937, 1.0),
    "institution": (0.990, 1.0),
}
# The fourth held-out round (corpus.yaml `split: heldout4`, 11 excerpts dense in platforms) was
# scored once by the lead at 02:43 UTC on 2026-12-03: platforms 0.620/0.679, institutions
# 0.769/0.625. Since then: 责令/建议/只有 as anchors, routes in project lists (institutions 0.823/0.637);
# then the round-4 causes shared with other rounds (extdev7, now in the topic files
# tests/test_extraction_*.py: classes of
# bases, hubs and theme zones, firms in project lists and by tail words, zones named by their place,
# short forms of institutes, venues, regional nodes, statuses and roles): platforms 0.863/0.821,
# institutions 0.955/0.800.
# Then (ext6: mines, a person before a conjunction, national venues, 示范园, 发展 in a park's name):
# platforms 0.866/0.845, institutions 0.973/0.887.
HELDOUT4_FLOORS = {
    # raised in session 21 (ext21: warehouses and plants are no platforms) from 0.902; in session 20 (ext20: a level's
    # own tier platform) from 0.9/0.857; (plat18) from 0.888; (plat17) from 0.865/0.845
    # raised in session 25 (ext26: 大连 a place, so 双岛湾工业区 is no platform) from 0.913
    # institutions raised in session 36 (fixext49: FOREIGN_BRAND_FIRMS, 沙特SABIC) from 0.972/0.887
    # platform recall raised in session 38 (fixext52: FIELD_OF_ONE_SERVICE, 国家“人工智能+”农业领域中试基地) from 0.880
    # platform P lowered in session 43 (fixext57: EXCHANGE_AS_PLATFORM, an exchange a platform beside the body as the
    # golds since round 20 have it; this gold keeps 大连商品交易所 an institution only) from 0.925
    "platform": (0.914, 0.892),
    "institution": (0.986, 0.925),
}
# The fifth held-out round (corpus.yaml `split: heldout5`, 11 excerpts: six Shanghai plans and opinions
# on water, offshore solar, greening, waste sorting and rail safety, three parts of the 1955 first
# five-year plan, a 2018 attachment of practices from many provinces, a 阿坝州 data rule) was scored
# once by the lead at 04:52 UTC on 2026-12-03: platforms 0.562/0.310, institutions 0.764/0.583.
# Since then the round-5 causes shared with other rounds (ext5, now in the topic files tests/test_extraction_*.py:
# earlier and industrial ministries, works, anchors inside names, quoted numbers, framed names listed
# before a class of platforms, prepositions and places before a body, kinds of schools, zone
# committees, field stations, 改建 as an anchor): platforms 0.818/0.621, institutions 0.938/0.847;
# heldout4 institutions 0.956/0.812.
# Then (ext6: mines, e-government networks, 纳入/接入 and 在…平台上, service centres of a level,
# the issuing level's government, joint meetings, ports and new towns, 站网): platforms 0.955/0.724,
# institutions 0.959/0.972.
HELDOUT5_FLOORS = {
    # platform R raised in session 35 (ext46: PLACED_PILOT_FTZ) from 0.862
    # platform R raised in session 45 (ext59: LIST_SHARED_PREDICATE's 电子政务外网) from 0.896
    "platform": (1.0, 0.931),  # raised in session 18 (plat18) from 0.961; (plat17) from 0.954/0.724
    "institution": (0.958, 0.972),
}
# The sixth held-out round (`split: heldout6`, 21 excerpts: twelve State Council, ministry, 中山 and
# 临港 texts with few platforms (hoext6), nine platform-dense 山东, 济南, 青岛 and ministry excerpts
# (hoplat6)) was scored once by the lead at 07:42 UTC on 2026-12-03: platforms 0.627/0.590,
# institutions 0.763/0.750. Since then a development split; after the causes it shared with other
# rounds (ext6fix: lists of units and member posts, a body's own platform, portals and site groups,
# classes by count, grant and kind, courts by tier, alliances and observatories, 以…为依托 frames):
# platforms 0.750/0.716, institutions 0.903/0.955.
HELDOUT6_FLOORS = {  # raised at session 14's end (plat14): 0.881/0.776, 0.950/0.977
    # raised in session 22 (ext22: a platform paragraph opening with 重点建设) from 0.915/0.813;
    # in session 21 (fix21ext: clouds named by what they serve) from 0.914/0.798;
    # (ext20: districts by place, a level's own tier platform) from 0.913/0.783; (plat18) from 0.905;
    # (plat17) from 0.880/0.776
    # raised in session 23 (fix24ext: a university's innovation port keeps its host) from 0.916/0.820
    # raised in session 24 (fix25ext: a place bracket after a name stays) from 0.917/0.828
    # raised in session 44 (ext58: NODE_WITHOUT_PLACE, "边缘计算资源池节点" no platform) from 0.918
    "platform": (0.926, 0.843),
    # raised in session 19 (fix17ext: a central office's short form) from 0.971/0.982; (plat18) from 0.950/0.977
    # raised in session 29 (inst29: an association of a level or a code) from 0.971/0.988
    "institution": (0.971, 0.993),
}
# The seventh held-out round (`split: heldout7`, 9 excerpts: 山东 and 济南 digital-economy, AI and
# manufacturing plans, a 国务院 digital-government opinion, a 国家旅游局 smart-tourism opinion), collected
# after round 6's fixes and scored once by the lead at 08:40 UTC on 2026-12-03: platforms 0.606/0.705,
# institutions 0.733/0.948.
HELDOUT7_FLOORS = {  # raised at session 14's end (plat14): 0.914/0.869, 0.935/1.000
    # raised in session 23 (ext23: a province's cloud-computing centre) from 0.932/0.901; in session 17 (plat17) from
    # 0.913/0.868
    "platform": (0.932, 0.917),
    "institution": (0.935, 1.0),
}
# Rounds 8-11, each scored once (first platforms / institutions P/R: round 8 0.500/0.556, 0.708/0.807;
# round 9 0.310/0.474, 0.403/0.302; round 10 0.370/0.769, 0.280/0.605; round 11 0.400/0.400,
# 0.684/0.956; round 12 0.513/0.714, 0.650/0.808), then developed on: floors at what they measure at
# session 14's end (plat14 raised rounds 8, 9 and 11; fix12ext round 12).
LATER_ROUND_FLOORS = {
    # institutions raised in session 16 (devplat14: 所需 opens no 所) from 0.896/0.912
    # heldout8, heldout12, heldout13 and heldout14 institutions, heldout12 and heldout13 platforms raised in
    # session 18 (plat18)
    # heldout8 institutions raised in session 21 (fix21ext: a directory's provider cells) from 0.928/0.912
    # heldout8 platforms raised in session 22 (ext22: parts listed after 包括) from 0.8/0.888
    # heldout8 institutions raised in session 27 (ext27: firms named by their brand alone) from 0.931/0.947
    # heldout8 platforms raised in session 31 (ext31: SUBJECT_PARK, 跨境电商产业园 opening its clause) from 0.806/0.925
    "heldout8": {"platform": (0.812, 0.962), "institution": (0.932, 0.964)},
    # heldout9 and heldout12 platforms, heldout9 and heldout14 institutions raised in session 17 (plat17)
    # heldout9 institutions raised in session 21 (fix21ext: 打通 as an anchor) from 0.949
    "heldout9": {"platform": (0.809, 0.894), "institution": (0.955, 0.949)},
    # heldout10 institutions raised in session 20 (ext20: 省委省政府 written as one word) from 0.953.
    # heldout10 institutions raised in session 34 (fixext44: 建设 before 有限公司: 中核华兴建设有限公司) from
    # 0.976/0.953.
    # Raised in session 35 (ext46: POWER_PLANT_ENDING): institutions from 0.976/0.976.
    "heldout10": {"platform": (0.857, 0.923), "institution": (1.0, 0.976)},
    # heldout11 raised in session 16 (fix14ext: a reserve put to use, a locative at a word's edge) from
    # 0.875/0.700, 0.956/0.970
    "heldout11": {"platform": (0.882, 0.75), "institution": (0.984, 0.985)},
    # heldout12, heldout13 and heldout15 platforms raised in session 19 (ext19: 投资促进, 高质量, 我市, a website
    # alias in brackets, 助推, 分层级) from 0.827/0.857, 0.806/0.781, 0.842/0.711
    # heldout12 institutions raised in session 19 (fix17ext: a level alone after a verb) from 0.901.
    # heldout12 institutions raised in session 21 (ext21: a bureau of two domains) from 0.910/0.929.
    # heldout12 institutions raised in session 28 (ext29: a name's end a hard wrap put on the next line) from 0.920.
    "heldout12": {"platform": (0.862, 0.892), "institution": (0.93, 0.939)},
    # Round 13, scored once at 22:20 UTC in session 15: 0.559/0.594, 0.691/0.718; after fix13ext (not held out).
    # Raised in session 16 (devplat14: endings, kinds of centres, definite openings, leftover words,
    # the issuing level's short forms) from 0.588/0.625, 0.835/0.782.
    # lowered in session 43 (fixext57: EXCHANGE_AS_PLATFORM, an exchange a platform beside the body as the golds
    # since round 20 have it; this gold keeps 上海证券交易所 and 上海股权托管交易中心 institutions only) from 0.843
    # raised in session 44 (ext58: 功能 a generic word, "智能制造功能平台" a kind) from 0.794
    "heldout13": {"platform": (0.818, 0.843), "institution": (0.934, 0.91)},  # ext26 (session 25): 0.838/0.812
    # Round 14, scored once at 05:14 UTC in session 16: 0.650/0.565, 0.824/0.789; after fix14ext (not held out).
    # heldout14 institutions raised in session 21 (ext21: an association's branch) from 0.929.
    # heldout14 institutions raised in session 22 (fix22ext: schools by place and own word) from 0.963/0.936.
    # heldout14 platforms raised in session 34 (fixext44: INSPECTED_SITES, 辐射防护实验室) from 0.863/0.826.
    "heldout14": {"platform": (0.904, 0.826), "institution": (0.964, 0.943)},
    # Round 15, scored once at 13:46 UTC in session 18: 0.816/0.689, 0.887/0.887; after fix15ext (works,
    # list heads, bare tails, salutations; not held out).
    # heldout15 platforms raised in session 19 (fix17ext: chemical industry zones) from 0.868/0.733.
    # heldout15 platforms raised in session 20 (ext20: a level's own tier platform) from 0.871/0.755.
    # heldout15 platforms raised in session 21 (ext21: a verb inside a quotation cuts no name) from 0.878/0.8.
    # heldout15 platforms raised in session 22 (fix23ext: a zone named after a municipality) from 0.880/0.822.
    # Raised in session 35 (ext46: POWER_PLANT_ENDING): institutions from 0.967/0.967.
    # Institutions raised in session 37 (fixext51: STANDING_COMMITTEE_MEMBER, 自治区常委) from 0.967/0.976.
    # raised in session 44 (ext58) from 0.883/0.844, 0.971/0.976
    "heldout15": {"platform": (0.906, 0.866), "institution": (0.971, 0.976)},
    # Round 17, scored once at 16:05 UTC in session 19: 0.737/0.583, 0.811/0.818; after fix17ext (a central
    # body's branch, central offices' short forms, stores of trainers and records, zones of a field or a county).
    # heldout17 institutions raised in session 20 (ext20: 县委县政府 written as one word) from 0.942.
    "heldout17": {"platform": (0.909, 0.833), "institution": (0.951, 0.89)},
    # Round 17's second wave, scored once at 17:31 UTC in session 19, after every branch; no fix after it.
    # heldout18 raised in session 20 (ext20: zones as subjects, districts by place, a formula's part, the writer's
    # unit, addresses, joined leaderships, 扩容, a place's data-centre cluster) from 0.833/0.468, 0.855/0.876.
    # heldout18 platforms raised in session 22 (ext22: 公共建筑 holds no 共建) from 0.923/0.75.
    # Platforms raised in session 36 (ext48: DISTRICT_NEW_AREA) from 0.925/0.781.
    "heldout18": {"platform": (0.961, 0.781), "institution": (0.96, 0.888)},  # ext26 (session 25): 0.947
    # Round 19, scored once at 18:45 UTC in session 20: 0.583/0.538, 0.919/0.893; after fix19ext (enforcement corps,
    # stations and branches of bureaus, bodies in member posts, quoted facilities, shared heads, listed parks, cells).
    # heldout19 platforms raised in session 21 (ext21: a key-project table's parks, the localities' platforms) from
    # 0.763/0.743.
    # heldout19 institutions raised in session 34 (fixext44: ROW_UNIT_MOST_WRITTEN) from 0.944/0.967.
    # heldout19 institutions raised in session 36 (fixext49: WORKS_OF_A_CASE, 宏兴新型建筑材料厂) from 0.947/0.967.
    # Platforms raised in session 37 (fixext51: THING_THEN_KIND, …策源地和高端装备制造基地) from 0.815/0.794.
    # heldout19 institutions raised in session 38 (inst52: ORGANISATION_EVENT_AFTER_FORM, 联合国气候变化大会)
    # from 0.947/0.971.
    # heldout19 platforms raised in session 42 (fixext56: INSPECTED_SITE_LIST_ALSO, INSPECTED_SITE_SIBLINGS, the
    # 阳江 plant's 环境实验室 and 流出物实验室) from 0.837/0.794.
    # raised in session 43 (fixext57: CROSS_SCOPE_KIND) from 0.885
    # platform raised in session 45 (ext59: RELIED_ON_ROLES, LIST_SHARED_PREDICATE) from 0.911/0.794
    "heldout19": {"platform": (0.914, 0.82), "institution": (0.951, 0.971)},  # ext26 (session 25): 0.810/0.769
    # Round 19's second wave, scored once at 19:32 UTC after every branch of session 20; no fix after it (two excerpts
    # of a municipal key-project table: firms' production bases and warehouses read as platforms, parks cut).
    # Raised in session 21 (ext21: a key-project table's name cells, warehouses and plants, a park's area, quotations,
    # hosted national bases, provinces building one each, anchors 位于/业经/约谈, codes, actors' platforms, a paper
    # cited, branches of associations, models' labels, megacities) from 0.384/0.555, 0.926/0.946.
    "heldout20": {"platform": (0.825, 0.916), "institution": (0.968, 1.0)},
    # Round 21, scored once at 21:23 UTC in session 21: 0.571/0.525, 0.954/0.920; after fix21ext (a flattened
    # directory's product and provider cells, clouds named by what they serve, items ending in 工程/系统 before 和/及,
    # platform firms, 打通, 当地). Left: the round's 全省/省级/全国 bare-name convention, which earlier rounds' gold
    # contradicts (see the session-21 report), lists under 包括/即 and networks (专网, 办公网, 一张网) not framed.
    # Raised in session 22 (ext22: parts listed after 包括/即, national 专网/办公网/一张网, a platform after
    # the copula 是) from 0.672/0.639; institutions (fix22ext: schools by place and own word) from 0.963/0.946. The
    # 全省/省级 bare-name convention is still left (earlier rounds' gold contradicts it).
    # Raised in session 23 (ext23: a province's cloud-computing centre; a verb before an attribute word) from
    # 0.701/0.770, 0.963/0.955.
    # Raised in session 26 (ext26b: 智慧医院 a kind) from 0.981/0.955.
    # platform raised in session 40 (ext54: 基础设施 ends an item before 和, PROJECT_SUFFIX) from 0.705/0.786
    # raised in session 44 (ext58) from 0.716/0.786, 0.99/0.955
    "heldout21": {"platform": (0.727, 0.786), "institution": (0.99, 0.955)},
    # Round 22, scored once at 23:50 UTC in session 22: 0.762/0.762, 0.903/0.802; after fix22ext (schools by place and
    # own word, 经 before reviewing bodies, old ministries' short forms, directory products after any provider and
    # Latin brands, 衔接, office networks, media listed before 等主流媒体) and ext22 merged beside it.
    "heldout22": {"platform": (0.833, 0.952), "institution": (0.957, 0.974)},
    # Round 23 (重庆's 十五五 outline), scored once at 01:07 UTC in session 22: 0.823/0.543, 0.633/0.704; after fix23ext
    # (box items titled with a kind of platform frame their bare lists; 重大平台 boxes name platforms in their item
    # titles; a port area before 及 is an item of its own; a zone named after a municipality; no project firms
    # before a quantifier; 联合…交易所 is a name; a new building named with its institution; 西部数据交易中心).
    # Raised in session 23 (ext23: venues before 等场馆, 中国工程院, a municipality's park) from 0.889/0.776,
    # 0.791/0.703.
    # Raised in session 24 (ext25: 航道整治 inside a research centre's name) from 0.901/0.786.
    # Raised in session 25 (fix26ext: a hospital's bases and centres keep the hospital) from 0.903/0.797.
    # Lowered in session 29 (fix34ext) from 0.927: national cultural parks are platform endings now (round 34 golds
    # "长江、大运河国家文化公园江苏段" as 大运河国家文化公园江苏段), and this round's gold has the same phrasing
    # "长江、长征国家文化公园（重庆段）" only whole, as `may`: a gold conflict left to the lead, one FP here.
    # Raised in session 35 (ext46: CLAUSE_VERBS_MISTAGGED): platforms from 0.916/0.819.
    # Institutions raised in session 36 (ext48b: 旧址 after a revolutionary body's head, 红岩村八路军重庆办事处旧址…)
    # from 0.851/0.851.
    # Platform P raised in session 38 (fixext52: INFLUENTIAL_ROLE_BEFORE, FIRST_CLASS_OPENING) from 0.928.
    # Platform recall raised in session 42 (ext56: 软件园 a park ending; 重庆软件园).
    # raised in session 44 (ext58) from 0.951/0.839, 0.866/0.962
    # platform raised in session 45 (ext59: RELIED_ON_ROLES, LIST_SHARED_PREDICATE) from 0.963/0.84; institution P
    # (fixext59: 区域 an institution kind word, 区域疾控中心) from 0.866.
    "heldout23": {"platform": (0.963, 0.851), "institution": (0.896, 0.962)},
    # Round 24 (six cities' 十五五 outlines), scored once at 02:31 UTC in session 23: 0.655/0.567, 0.656/0.656; after
    # fix24ext (page and endnote lines inside broken names in the scorer; a role reaches no body with its own verb;
    # science-education towns, districts, ports and valleys; 等…片区 lists; a counted slogan's members; areas around
    # 高校院所; hospital kinds and the bare national medical centre as classes; 广东省中医院…).
    # Raised in session 24 (ext25: verbs before a name — 列入, a verb's resultative 好, a verb before a place; firms
    # by their headquarters; kinds listed as kinds; a municipality's zone in full; 演艺中心 a venue; fix25ext: a place
    # bracket after a name stays, 推进中心) from 0.713/0.685, 0.75/0.737; measured again after both merged.
    # Raised in session 25 (ext26: sites listed before 等平台, 大湾区综合性国家科学中心, a place inside a description;
    # fix26ext: hospital bases, 创业园, 测量装置/模拟装置) from 0.76/0.724; measured with both merged.
    # Raised in session 26 (ext26b: friendly designations, a level's care centres, 国际数港, care centres named by the
    # cases they take) from 0.774/0.786, 0.803/0.803.
    # Raised in session 29 (plat29: ACHIEVED_AFTER, VALLEY_ENDINGS, PLACE_PART_BRACKET) from 0.788/0.794.
    # institutions raised in session 31 (ext31: SUBJECT_PARK, FIRMS_ACTING, LISTED_FIRM_CLASS,
    # HOSPITAL_KIND_ONLY, LEVEL_CONGRESS) from 0.819/0.819
    # Institutions raised in session 37 (ext50: INTERNATIONAL_ROLE_CENTRE) from 0.833/0.819.
    # Platforms raised in session 37 (fixext51: THING_THEN_KIND, 公水联运作业区和先进制造产业园区) from 0.796/0.802.
    # Platform P raised in session 38 (fixext52: INFLUENTIAL_ROLE_BEFORE, 引才平台 and 出海平台 roles) from 0.809.
    # Platform P raised in session 39 (fixext53: ECOSYSTEM_RUN_ON, 大科创平台 of an ecosystem) from 0.822.
    # Platforms raised in session 41 (ext55b: NUMBER_LINE_BREAK, 南沙港区五期工程数字孪生\n88\n平台) from 0.829/0.803.
    # raised in session 43 (fixext57: EXCHANGE_AS_PLATFORM) from 0.83/0.811
    # raised in session 44 (ext58) from 0.832/0.818, 0.85/0.836
    # Platform P raised in session 45 (fixext59: 文明 a platform kind word, 全球文明对话大平台) from 0.84.
    "heldout24": {"platform": (0.846, 0.826), "institution": (0.857, 0.885)},
    # Round 25 (seven cities' 十五五 texts), scored once at 05:06 UTC in session 24: 0.625/0.682, 0.650/0.672; after
    # fix25ext (place brackets, 演艺/传播中心, 中心血站, 分院 with its host, 科学园, a place's tribunal, arbitration
    # court and emission market, roles and kinds of care, 馆 before 之城/条例/联展, 银行账户, 科协 inside a word).
    # Raised in session 25 (ext26: sites listed before 等平台, 大湾区综合性国家科学中心, cities jieba mistags;
    # fix26ext: hospital bases, 研究装置) from 0.692/0.736, 0.779/0.793; measured with both merged.
    # Raised in session 26 (ext26b: 智慧/迷你 museums and libraries, transport hubs, 青训 centres) from 0.719/0.817,
    # 0.824/0.809.
    # Raised in session 27 (ext27: the city's sports centre, 市体育中心) from 0.869/0.809.
    # Raised in session 28 (ext28: a city block named by its character alone is a kind) from 0.731/0.817.
    # Raised in session 28 (fix32ext: 示范园区 one ending) from 0.731/0.817: 0.746/0.827 with both.
    # Platforms raised in session 37 (ext50: 联合…交易中心 kept whole) from 0.745/0.826.
    # heldout25 platform P and institutions raised in session 38 (inst52: LISTED_ASSOCIATION_ENDINGS, 苏州市农业科技
    # 创新联盟 listed among 载体) from 0.747/0.836 and 0.872/0.827.
    # raised in session 43 (fixext57: EXCHANGE_AS_PLATFORM, CROSS_SCOPE_KIND) from 0.754/0.836
    # raised in session 44 (ext58) from 0.762/0.845, 0.875/0.844
    # platform raised in session 45 (ext59: RELIED_ON_ROLES, LIST_SHARED_PREDICATE) from 0.796/0.854
    "heldout25": {"platform": (0.798, 0.863), "institution": (0.877, 0.862)},
    # Round 26 (2026 government work reports of 深圳, 广州, 南京, 北京, 杭州, 甘肃, 黑龙江, 青海, 福建),
    # scored once at 07:53 UTC in session 25: 0.708/0.672, 0.704/0.641; after fix26ext (sites in project
    # lists name no firm, hospital bases, 会议中心, 广汽|自主电池, quoted brands' platforms, 承建/涵盖, towns
    # and parks of work reports, 大湾区 in brackets, firms before a phase, 研究生院, research devices, 云脑, 科学园)
    # and ext26, measured with both merged.
    # Raised in session 26 (ext26b: kinds of hospital, transport hubs, a level's care centres, 数据底座, 综治/托育
    # centres, a branch after its parent's region in brackets) from 0.772/0.772, 0.827/0.678.
    # Raised in session 27 (ext27: firms named by their brand alone) from 0.907/0.756.
    # Institutions raised in session 29 (inst29: 昆山杜克大学, associations of a level or a code, museums by grade or
    # theme) in heldout26/27/28/31/32.
    # Raised in session 33 (ext42: UNCLOSED_QUOTE_BODY, 村“两委) from 0.909/0.781.
    # Platforms raised in session 34 (ext44: STORES_OF_UNITS, 高技能领军人才库) from 0.816/0.789.
    # Platforms raised in session 34 (fixext44: MATCHING_PLATFORM …对接平台, 运作 an anchor) from 0.818/0.798.
    # Raised in session 35 (ext46: POWER_PLANT_ENDING, TOWNSHIPS_CLASS): institutions from 0.924/0.782.
    # Platforms raised in session 36 (ext48: COORDINATED_TIERS) from 0.822/0.815.
    # Platforms raised in session 37 (ext50: …自贸片区 in PILOT_ZONE_AREA, 联合…交易中心) from 0.829/0.815.
    # Institutions raised in session 40 (inst54: NAMED_CAMPUS_AFTER, 深圳职业技术大学深汕校区) from 0.953/0.794.
    # raised in session 43 (fixext57: EXCHANGE_AS_PLATFORM) from 0.831/0.831
    # raised in session 44 (ext58) from 0.833/0.84, 0.968/0.794
    # heldout26 platforms raised in session 46 (ext60: PAIRED_PLACES_PARK, 广湛产业园) from 0.847/0.84.
    "heldout26": {"platform": (0.848, 0.848), "institution": (0.968, 0.794)},
    # Round 26's second wave (the national and 苏州 2026 work reports, 重庆's 十五五 outline), scored once at 09:20 UTC
    # in session 25, after every branch of the session: 0.653/0.560, 0.460/0.575; after fix27ext (power and water
    # works in project lists, …厂区, kinds of care hospitals, 仿生/具身 names, port 作业区, 续建/改扩建, 货运中心).
    # Raised in session 26 (ext26b: transport hubs, 中欧（亚）/（CIM） brackets, 底座/数据港/材料谷, a level's care
    # centres, friendly designations) from 0.689/0.582, 0.656/0.574.
    # Raised in session 27 (fix30ext: river works and a place sharing its neighbour's project name no firm) from
    # 0.685/0.599.
    # Raised in session 28 (ext28: trusted data spaces, 可信数据空间) from 0.763/0.654.
    # Raised in session 28 (fix32ext: 临空经济区) from 0.763/0.654.
    # Raised in session 29 (plat29: ACHIEVED_AFTER, VALLEY_ENDINGS, PLACE_PART_BRACKET) from 0.788/0.666.
    # Raised in session 29 (fix34ext: what a review says a platform achieved deploys it) from 0.788/0.666.
    # Raised in session 30 (fix35ext: 红十字会 a named mass organisation) from 0.734/0.624.
    # Institutions raised in session 31 (ext31: SUBJECT_PARK, FIRMS_ACTING, LISTED_FIRM_CLASS,
    # HOSPITAL_KIND_ONLY, LEVEL_CONGRESS) from 0.742/0.65.
    # Raised in session 35 (ext46: POWER_PLANT_ENDING, CLAUSE_VERBS_MISTAGGED): platforms from 0.805/0.689,
    # institutions from 0.764/0.65.
    # Platforms raised in session 37 (ext50b: QUOTED_PLUS_SLOGAN) from 0.819/0.702.
    # Platform P raised in session 38 (fixext52: INFLUENTIAL_ROLE_BEFORE, 软件和信息服务业集聚区) from 0.824.
    # Institution P raised in session 39 (fixext53: RING_AROUND_UNIVERSITY, 环西南大学 read as 西南大学) from 0.771.
    # platform raised in session 40 (ext54: 入选 ends a zone, STATUS_EARNED; 基础设施 before 和) from 0.835/0.726
    # Institutions raised in session 40 (inst54: TYPED_SCHOOL_OR_HOSPITAL, 应用型工业大学) from 0.794/0.675.
    # heldout27 platforms raised in session 42 (fixext56: ROUTE_END_AFTER, "建成两江新区至长寿快速通道") from
    # 0.851/0.75.
    # Institution P raised in session 45 (fixext59: 区域 an institution kind word, 区域疾控中心) from 0.818.
    # heldout27 platforms raised in session 46 (ext60: OPENED_OR_RUN_FRAME, 启用市数字城市运营管理中心) from 0.863/0.75.
    "heldout27": {"platform": (0.864, 0.761), "institution": (0.843, 0.675)},
    # Round 28 (上海's 十五五 outline, the review parts of five 2026 city work reports, two Word tables of school and
    # government body names), scored once at 10:54 UTC in session 26: 0.732/0.536, 0.766/0.502; after fix28ext (names a
    # table cell broke, 专科学校, the first of its kind, statuses earned, 投产/创办/引育, 东莞理工学院, sports
    # federations), with ext26b merged: 0.779/0.555, 0.844/0.631.
    # Raised in session 27 (ext27: straight quote pairs, 被/给 before a body, 市体育中心, firms named by their brand
    # alone) from 0.778/0.555, 0.845/0.639.
    # Raised in session 28 (ext28: a city block named by its character alone is a kind) from 0.779/0.559.
    # Raised in session 28 (fix32ext: 金融城, 法务区 …) from 0.779/0.559.
    # Raised in session 29 (plat29: ACHIEVED_AFTER, VALLEY_ENDINGS, PLACE_PART_BRACKET, JOINT_ZONE_WORDS)
    # from 0.786/0.564; with 稳居/位居 anchors 0.820/0.632.
    # Raised in session 29 (fix34ext: what a review says a platform achieved deploys it) from 0.786/0.564.
    # Raised in session 30 (fix35ext: 市人大常委会, LEVEL_OF_NAMED_BODY; 红十字会 among lines of work) from 0.869/0.692.
    # Raised in session 31 (ext31: SUBJECT_PARK, FIRMS_ACTING, LISTED_FIRM_CLASS,
    # HOSPITAL_KIND_ONLY, LEVEL_CONGRESS) from 0.819/0.631, 0.87/0.697.
    # Platforms raised in session 32 (ext40: USAGE_MEASURED_AFTER, 投用) from 0.822/0.641.
    # Raised in session 33 (ext42: NATIONAL_DESIGNATION_CLASS, 国家骨干冷链物流基地; UNCLOSED_QUOTE_BODY) from
    # 0.825/0.655, 0.875/0.701.
    # Platforms raised in session 34 (fixext44: 运作 an anchor, ROLE_NAME 标杆性) from 0.83/0.655.
    # Raised in session 35 (ext46: POWER_PLANT_ENDING, TOWNSHIPS_CLASS): institutions from 0.88/0.701.
    # Institutions raised in session 35 (fixext46: LEVEL_CPPCC, 市政协 in 深圳's and 杭州's reviews) from 0.889/0.701.
    # Platforms raised in session 36 (ext48: SHORT_STATE_ZONE, 市北高新区 and 上海湾区高新区) from 0.836/0.66.
    # Platforms raised in session 36 (ext48: TRIAL_NETWORK, 6G小规模实验网 and 6G外场试验网) from 0.838/0.669.
    # Platforms raised in session 36 (ext48: DISTRICT_NEW_AREA) from 0.84/0.679.
    # Institutions raised in session 36 (ext48b: venue endings 版本馆, 分馆, 科学技术馆; 运动管理中心;
    # PARTY_SCHOOL_SECOND_NAME) from 0.89/0.709.
    # Institutions raised in session 36 (fixext49: FOREIGN_BRAND_FIRMS, ABB) from 0.892/0.721.
    # Raised in session 37 (ext50: INTERNATIONAL_ROLE_CENTRE; 公共文化中心, 马术中心 venues) from 0.845/0.679,
    # 0.892/0.726.
    # Platforms raised in session 38 (ext52: CITY_HUB_ENDING, NEW_TOWN_CARRIERS, 报告库) from 0.86/0.679.
    # Platforms raised in session 38 (ext52: KIND_ADJECTIVE_OPENING, 生产性互联网平台) from 0.863/0.698.
    # heldout28 institutions raised in session 38 (inst52: firms 国家管网) from 0.893/0.734.
    # heldout28 institutions raised again in session 38 (inst52: 文化广场 ending, 深圳湾文化广场) from 0.894/0.738.
    # platform raised in session 40 (ext54: 入选 ends a name, "中国数谷入选…", STATUS_EARNED) from 0.869/0.698
    # institution raised in session 40 (ext54: the same cut frees 工信部) from 0.895/0.742
    # Institutions raised in session 40 (inst54: LEADERSHIP_FRAME, 在省委、省政府和市委的坚强领导下;
    # NAMED_CAMPUS_AFTER, 北京工业大学房山校区) from 0.895/0.746.
    # Institutions raised in session 41 (ext55b: BROKEN_SCHOOL_TAIL, 兴义民族师范\n学院) from 0.915/0.767.
    # Platform recall raised in session 42 (ext56: 软件园 a park ending; 深圳工业软件园).
    # raised in session 43 (fixext57: EXCHANGE_AS_PLATFORM) from 0.870/0.707
    # raised in session 44 (ext58) from 0.872/0.717, 0.916/0.775; platform precision then lowered by fixlin58
    # (EXCERPT_PART_LEAD reads sh-fyp15-infra-2026's chapter 十一、 as a unit, its items one level deeper; two item
    # titles then give platforms, 区域交通服务保障能力 and 防汛防涝安全韧性: an extraction cause left to its stage).
    # platform raised in session 45 (ext59: RELIED_ON_ROLES, LIST_SHARED_PREDICATE) from 0.869/0.732
    # heldout28 raised in session 46 (ext60: OPENED_OR_RUN_FRAME, PAIRED_PLACES_PARK, HOSTED_COUNT_AFTER,
    # INTERGOVERNMENTAL_CENTRE) from 0.87/0.741, 0.921/0.784.
    "heldout28": {"platform": (0.881, 0.779), "institution": (0.922, 0.788)},
    # Round 28's second wave (宜春 and 绍兴 tables and reports, 浙江 reviews), scored after session 26; first floors in
    # session 27 (ext27: a count before the kind closing a list of firms, 被 before a body): 0.455/0.469,
    # 0.807/0.672 before.
    # Raised in session 28 (ext28: a name's head a wrap or a cell break left on the line before) from 0.830/0.715.
    # Raised in session 29 (plat29: ACHIEVED_AFTER, VALLEY_ENDINGS, PLACE_PART_BRACKET) from 0.454/0.468.
    # Raised in session 29 (fix34ext: national, cultural, archaeological and geological parks; what a review says a
    # platform achieved) from 0.454/0.468.
    # Platforms raised in session 33 (fixext42: IMPORTANT_ROLE_HEAD, HUB_ZONE_AFTER) from 0.485/0.53.
    # Raised in session 35 (ext46: TOWNSHIPS_CLASS): institutions from 0.855/0.736.
    # Platforms raised in session 35 (ext46: ROOM_INVENTORY_LIST, a school's labs listed by kind) from 0.531/0.531.
    # Institutions raised in session 35 (fixext46: SOURCE_VERBS, "数据来自人民银行…") from 0.863/0.737.
    # Institutions raised in session 36 (ext48b: venue endings 版本馆, 分馆, 科学技术馆; 运动管理中心;
    # PARTY_SCHOOL_SECOND_NAME) from 0.871/0.744.
    # Institutions raised in session 37 (fixext51: STANDING_COMMITTEE_MEMBER, 省委常委) from 0.872/0.751.
    # Institutions raised in session 39 (ext53: CLAUSE_OPENING_BEFORE_VERB, "当时建…", "徐睿取得…") from 0.88/0.751.
    # Institutions raised in session 41 (ext55: BARE_PLACE_SCHOOL, 温州中学, 青田中学) from 0.895/0.751.
    # Institutions raised in session 41 (ext55b: BROKEN_TAB_CELL, 宜春市外事侨务\n办公室) from 0.896/0.765.
    "heldout29": {"platform": (0.739, 0.531), "institution": (0.898, 0.773)},
    # Round 30 (sixteen excerpts of the 十五五 outlines of 杭州, 南京, 广州, 深圳, 苏州 and 北京), scored once at
    # 13:41 UTC in session 27: 0.591/0.671, 0.656/0.538; after fix30ext (river works and route stretches in project
    # lists, a place sharing its neighbour's project, 官厅 and halls, a level's numbered hospital, quoted brands, hubs
    # named by a place or a mode of transport, a stretch through a zone, 中心城区, areas of science cities and pilots,
    # 仲裁中心).
    # Raised in session 28 (ext28: a city block named by its character alone is a kind; trusted data spaces) from
    # 0.746/0.719.
    # Raised in session 28 (fix32ext: 金融城, 法务区 …) from 0.746/0.719: 0.772/0.744 with both.
    # Raised in session 29 (plat29: ACHIEVED_AFTER, VALLEY_ENDINGS, PLACE_PART_BRACKET) from 0.771/0.743.
    # Raised in session 29 (fix34ext: parks) from 0.771/0.743.
    # Raised in session 35 (ext46: POWER_PLANT_ENDING, CLAUSE_VERBS_MISTAGGED, TOWNSHIPS_CLASS): platforms from
    # 0.784/0.755, institutions from 0.827/0.615.
    # Platforms raised in session 36 (ext48: FIELD_OF_NATIONAL_PLATFORM) from 0.805/0.756.
    # Institutions raised in session 36 (ext48b: venue endings 版本馆, 分馆, 科学技术馆; 运动管理中心;
    # PARTY_SCHOOL_SECOND_NAME) from 0.87/0.692.
    # Platforms raised in session 37 (ext50b: QUOTE_OPENS_NAME) from 0.818/0.768.
    # Platforms raised in session 38 (ext52: CITY_HUB_ENDING, NEW_TOWN_CARRIERS, 报告库) from 0.831/0.78.
    # heldout30 institutions raised in session 38 (inst52: firms 国家管网) from 0.875/0.717.
    # Institutions raised in session 40 (inst54: TYPED_SCHOOL_OR_HOSPITAL, 发展研究型医院) from 0.878/0.743.
    # raised in session 43 (fixext57: EXCHANGE_AS_PLATFORM, CROSS_SCOPE_KIND) from 0.833/0.792
    # raised in session 44 (ext58) from 0.858/0.817, 0.906/0.743
    # heldout30 institutions raised in session 46 (ext60: INTERGOVERNMENTAL_CENTRE, 国际红树林中心) from 0.906/0.743.
    "heldout30": {"platform": (0.86, 0.829), "institution": (0.909, 0.769)},
    # Round 31 (national 文物 and 革命文物 plans, 湖北 red-tourism route lists, a county health report), scored once at
    # 14:54 UTC in session 27: 0.565/0.722, 0.520/0.338; after fix31ext (radical code points of a PDF font, route
    # chains cut at their dashes, memorial parks, cemeteries and exhibition halls as venues).
    # Raised in session 28 (ext28: a name's head a wrap left on the line before; a city block named by its character
    # alone is a kind) from 0.636/0.777, 0.704/0.636. Raised again (ext29: a name's end a hard wrap put on the next
    # line, "十堰房县雷天明纪\n念馆") from 0.666/0.777, 0.738/0.668.
    # Raised in session 33 (ext42: ASSOCIATION_SET_UP) from 0.792/0.707.
    # Platforms raised in session 36 (ext48: COORDINATED_TIERS) from 0.7/0.777.
    # Institutions raised in session 36 (ext48b: venue endings 版本馆, 分馆, 科学技术馆; 运动管理中心;
    # PARTY_SCHOOL_SECOND_NAME; 旧址 after a revolutionary body's head) from 0.794/0.713.
    # Institutions raised in session 37 (fixext51: STANDING_COMMITTEE_MEMBER, 湖北省委常委) from 0.822/0.828.
    # heldout31 institutions raised in session 38 (inst52: JOINED_VENUE_HEAD, 黄麻起义和鄂豫皖苏区纪念园)
    # from 0.828/0.828.
    # institution raised in session 41 (fixext55: ADDRESSEE_OWN_ITEM_BEFORE, 新疆生产建设兵团文化体育广电和旅游局) from
    # 0.848/0.853.
    # Institutions raised in session 41 (ext55b: WRAPPED_ENDING_TAIL, 随州新四军第五师司令部\n旧址) from 0.849/0.859.
    # platform raised in session 45 (ext59: RELIED_ON_ROLES, LIST_SHARED_PREDICATE) from 0.736/0.777
    "heldout31": {"platform": (0.75, 0.833), "institution": (0.85, 0.866)},
    # Round 32 (eight excerpts of the 十五五 outlines of 北京, 南京, 深圳 and 苏州), scored once at 16:43 UTC in
    # session 28: 0.706/0.696, 0.619/0.765; after fix32ext (金融城, 法务区, 人才港, 智造城, 碳谷, 示范园区,
    # 临空经济区, “…+” brands), with ext28 merged: 0.760/0.826, 0.619/0.765.
    # Raised in session 29 (plat29: ACHIEVED_AFTER, VALLEY_ENDINGS, PLACE_PART_BRACKET, JOINT_ZONE_WORDS)
    # from 0.759/0.825.
    # Raised in session 29 (fix34ext: no institution from a verb before a class or an earned status) from 0.619.
    # Platforms raised in session 32 (ext40: UNIFIED_BEFORE) from 0.775/0.854.
    # Institutions raised in session 36 (ext48b: venue endings 版本馆, 分馆, 科学技术馆; 运动管理中心;
    # PARTY_SCHOOL_SECOND_NAME) from 0.713/0.881.
    # Platforms raised in session 37 (ext50: INTERNATIONAL_ROLE_CENTRE) from 0.779/0.869.
    # heldout32 institutions raised in session 38 (inst52: LISTED_ASSOCIATION_ENDINGS, 南京麒麟人工智能产业技术
    # 创新联盟 listed among 平台) from 0.75/0.882.
    # Institutions raised in session 40 (inst54: NAMED_CAMPUS_AFTER) from 0.761/0.941.
    # raised in session 44 (ext58) from 0.8/0.869, 0.8/0.941
    "heldout32": {"platform": (0.802, 0.884), "institution": (0.8, 0.941)},
    # Round 32's second wave (seven more excerpts of the 苏州, 北京, 南京, 深圳 outlines and 杭州's 2026 report), scored
    # once at 18:15 UTC in session 28, after every branch of the session: 0.765/0.609, 0.769/0.833; not worked on.
    # Raised in session 29 (plat29: ACHIEVED_AFTER, VALLEY_ENDINGS, PLACE_PART_BRACKET) from 0.764/0.608.
    # Raised in session 29 (fix34ext: parks) from 0.764/0.608.
    # Institutions raised in session 31 (ext31: SUBJECT_PARK, FIRMS_ACTING, LISTED_FIRM_CLASS,
    # HOSPITAL_KIND_ONLY, LEVEL_CONGRESS) from 0.768/0.832.
    # Platforms raised in session 33 (fixext42: HUB_ZONE_AFTER) from 0.777/0.655.
    # Raised in session 35 (ext46: CLAUSE_VERBS_MISTAGGED): platforms from 0.792/0.655, institutions from 0.833/0.833.
    # Platforms raised in session 37 (ext50: INTERNATIONAL_ROLE_CENTRE, …自贸片区, 联合…交易中心) from 0.792/0.656.
    # Platforms raised in session 38 (ext52: CITY_HUB_ENDING, NEW_TOWN_CARRIERS, 报告库) from 0.814/0.687.
    # raised in session 43 (fixext57: EXCHANGE_AS_PLATFORM) from 0.818/0.703
    # platform raised in session 45 (ext59: RELIED_ON_ROLES, LIST_SHARED_PREDICATE) from 0.824/0.734
    # heldout33 platforms raised in session 46 (ext60: PAIRED_PLACES_PARK, OPENED_OR_RUN_FRAME) from 0.83/0.765.
    "heldout33": {"platform": (0.838, 0.812), "institution": (0.909, 0.833)},
    # Round 34 (nine parts of 2026 provincial government work reports: 湖北, 广西, 重庆, 广东, 湖南, 河南, 江苏, 甘肃),
    # scored once at 19:29 UTC in session 29: 0.700/0.420, 0.444/0.889; after fix34ext (national, cultural-park
    # sections, archaeological and geological parks; what a review says a platform achieved; count measures, earned
    # statuses and a verb before a class name no body): 0.769/0.600, 0.500/0.889. Mass organisations by short name
    # (共青团, 妇联 …) in a 群团 list were settled by the lead as gold institutions, as round 27 has them (the gold
    # README, session 29): fourteen names added to round 34's gold, of which plankg reads eleven: 0.843/0.844.
    # Raised in session 30 (fix35ext: 统筹 inside a zone's name, 红十字会 and 计生协 as named mass organisations) from
    # 0.769/0.600, 0.843/0.843.
    # Platform precision raised in session 32 (ext40: COUNT_RIGHT_AFTER) from 0.775.
    # Raised in session 33 (ext42: BEAUTIFUL_CHINA_PIONEER) from 0.794/0.62.
    # Raised in session 35 (ext46: FOUNDED_GARDEN_ENDINGS): platforms from 0.815/0.62, institutions from 0.857/0.937.
    # Platforms raised in session 37 (ext50b: QUOTED_PLUS_SLOGAN, QUOTE_OPENS_NAME) from 0.829/0.68.
    # raised in session 44 (ext58) from 0.857/0.72, 0.937/0.937
    "heldout34": {"platform": (0.878, 0.72), "institution": (0.937, 0.937)},
    # Round 34's second wave (seven review parts of 2026 provincial government work reports: 湖北, 山西, 河南, 辽宁,
    # 广西, 湖南, 新疆), scored once at 20:46 UTC in session 29, after every branch of the session: 0.810/0.515,
    # 0.667/0.531; not worked on. Raised in session 30 (fix35ext: a level's standing committee and named bodies, firms
    # ranked after a count, a zone of a place word, what the state granted, an institute's base by its place, projects
    # settling in a park, 奥体中心, a status won, lines of work) to 0.917/0.667, 0.786/0.673.
    # Raised in session 32 (ext40: USAGE_MEASURED_AFTER; a rank alone proves a list of firms, RANKED_BRANDS; 汇和银行,
    # UNSPLIT_PROPER_TAGS; PROJECT_COUNT, PLACED_FIRM_SHORT) from 0.916/0.666, 0.785/0.673 (institutions measured
    # 0.952/0.714 before it).
    # Platforms raised in session 38 (ext52: CITY_HUB_ENDING, NEW_TOWN_CARRIERS, 报告库) from 0.919/0.696.
    # heldout35 institutions raised in session 38 (inst52: firms 特变电工, 鞍钢) from 0.958/0.821.
    # platform raised in session 45 (ext59: RELIED_ON_ROLES, LIST_SHARED_PREDICATE) from 0.923/0.727
    "heldout35": {"platform": (0.925, 0.757), "institution": (0.96, 0.857)},
    # Round 36 (eight parts of 2026 provincial government work reports: 福建, 天津, 青海, 上海 twice, 北京, 重庆,
    # 黑龙江) and its second wave (eight more: 内蒙古 twice, 山东, 江苏, 新疆, 湖北, 福建, 广东), scored once at 23:38
    # UTC in session 30, after every branch of the session: 0.763/0.549, 0.746/0.419; 0.806/0.690, 0.682/0.600.
    # Raised in session 31 (ext31: SUBJECT_PARK, FIRMS_ACTING, LISTED_FIRM_CLASS,
    # HOSPITAL_KIND_ONLY, LEVEL_CONGRESS) from those first scores.
    # institutions P 0.824 -> 0.847 once the lead put 环湖医院 and 南开医院 (campus and centre hosts) in may
    # Platforms raised in session 32 (ext40: 协和天津基地, UNSPLIT_PROPER_TAGS; COUNT_RIGHT_AFTER) from 0.777/0.597.
    # Raised in session 33 (ext42: BEAUTIFUL_CHINA_PIONEER, 本底站; UNCLOSED_QUOTE_BODY) from 0.793/0.609, 0.847/0.580.
    # Platforms raised in session 34 (ext44: UNIVERSITY_LAB 青海大学三江源生态大数据应用实验室, 跻身 an anchor) from
    # 0.809/0.621.
    # Raised in session 35 (ext46: 引入 an anchor, TOWNSHIPS_CLASS): institutions from 0.859/0.580.
    # Platforms raised in session 36 (ext48: DISTRICT_NEW_AREA) from 0.841/0.646.
    # Institutions raised in session 36 (ext48b: venue endings 版本馆, 分馆, 科学技术馆; 运动管理中心;
    # PARTY_SCHOOL_SECOND_NAME) from 0.885/0.59.
    # Raised in session 37 (ext50: 市青少年活动中心 a venue of the city's own) from 0.854/0.646, 0.888/0.609.
    # Institutions raised in session 37 (fixext51: FIRM_CLASS_OPENING 新央企, REGIONAL_HEADQUARTERS_UNIT 新紫光北方总部)
    # from 0.89/0.619.
    # Platforms raised in session 38 (ext52: CITY_HUB_ENDING, NEW_TOWN_CARRIERS, 报告库) from 0.868/0.646.
    # heldout36 institutions raised in session 38 (inst52: ORGANISATION_EVENT_AFTER_FORM and firms 华电, 中科曙光)
    # from 0.905/0.638.
    # heldout36 platforms raised in session 39 (fixext53: SCIENCE_SOURCE_ENDING, 松江大学城科创源) from 0.875/0.682.
    # raised in session 44 (ext58) from 0.89/0.695, 0.92/0.657
    # platform raised in session 45 (ext59: RELIED_ON_ROLES, LIST_SHARED_PREDICATE) from 0.892/0.707
    # heldout36 platforms raised in session 46 (ext60: HOSTED_COUNT_AFTER, REPORTED_BUILT_OR_RAISED) from 0.893/0.719.
    "heldout36": {"platform": (0.897, 0.743), "institution": (0.92, 0.657)},
    # institutions R 0.72 -> 0.782 once 共青团, 科协 of a list closed by 等事业 went to may (as rounds 28, 35 read it)
    # Platforms raised in session 32 (ext40: USAGE_MEASURED_AFTER, COUNT_RIGHT_AFTER) from 0.810/0.714.
    # Raised in session 33 (ext42: BEAUTIFUL_CHINA_PIONEER) from 0.837/0.738.
    # Platforms raised in session 33 (fixext42: IMPORTANT_ROLE_HEAD) from 0.837/0.738.
    # 0.886 with both (ext42 and fixext42 merged, session 33)
    # Raised in session 35 (ext46: TOWNSHIPS_CLASS): institutions from 0.818/0.782.
    # heldout37 institutions raised in session 38 (inst52: ORGANISATION_EVENT_AFTER_FORM, 上合组织国家…,
    # 联合国气候变化大会) from 0.857/0.782.
    # Platforms raised in session 41 (ext55: PLACE_PAIR_LEVELLED_FIRST, 南平市和莆田高新区) from 0.885/0.738.
    # platform raised in session 45 (ext59: RELIED_ON_ROLES, LIST_SHARED_PREDICATE) from 0.913/0.761
    # heldout37 platforms raised in session 46 (ext60: REPORTED_BUILT_OR_RAISED, 6G外场试验网) from 0.916/0.785.
    "heldout37": {"platform": (0.921, 0.833), "institution": (0.947, 0.782)},
    # Round 38 (eight more parts of 2026 provincial work reports: 天津, 山西, 重庆 twice, 辽宁, 上海, 广东,
    # 广西), scored once at 02:30 UTC on 2026-12-06 after every branch of session 31: 0.548/0.531, 0.846/0.647;
    # not worked on.
    # Platforms raised in session 32 (ext40: UNIFIED_BEFORE; 协和天津基地, UNSPLIT_PROPER_TAGS; COUNT_RIGHT_AFTER) from
    # 0.548/0.531.
    # Raised in session 33 (ext42: BEAUTIFUL_CHINA_PIONEER; REVIEW_INSPECTION_BRANCH) from 0.593/0.593, 0.846/0.647.
    # Platforms raised in session 34 (fixext44: CITY_OPERATION, 数字化城市运行和治理平台) from 0.612/0.593.
    # Raised in session 35 (ext46: CLAUSE_VERBS_MISTAGGED, TOWNSHIPS_CLASS, PLACED_PILOT_FTZ): platforms from
    # 0.625/0.625.
    # Platforms raised in session 36 (ext48: ROLE_VERB_SERIES, 中作基地) from 0.677/0.656.
    # Platforms raised in session 36 (ext48: DISTRICT_NEW_AREA) from 0.7/0.656.
    # Platforms raised in session 38 (ext52: KIND_ADJECTIVE_OPENING, 生产性互联网服务平台) from 0.724/0.656.
    # lowered in session 43 (fixext57: EXCHANGE_AS_PLATFORM, an exchange a platform beside the body as the golds
    # since round 20 have it; this gold keeps 上海航运交易所 an institution only) from 0.75
    # raised in session 44 (ext58) from 0.724/0.656, 0.857/0.705
    "heldout38": {"platform": (0.75, 0.75), "institution": (0.857, 0.705)},
    # Rounds 40 and 41 (上海 plans a crawler saved as markdown, 2026 work-report parts; national emergency,
    # digital-economy, domestic-demand and future-industry excerpts), scored once at 04:52 UTC on 2026-12-06:
    # 0.673/0.547, 0.849/0.765 and 0.653/0.681, 0.760/0.844. Raised in session 32 (fixext41: UNIT_LIST_LABEL
    # 牵头部门, UNIT_READ_WHOLE, LEAD_UNIT_ENDINGS in lists; FIELD_QUALIFIER, COMMON_NOUN_ITEM_TAGS; 科学实验场).
    # Raised in session 33 (ext42: ABOVE_NOT_SHANGHAI, BIG_SCIENCE_FACILITY_ENDINGS, PLACE_NAMED_FACILITY_ENDINGS,
    # LISTED_SCIENCE_FACILITY, UNIVERSITY_CONTINUATION 大学路, UNCLOSED_QUOTE_BODY; NATIONAL_TASK_BODY,
    # ASSOCIATION_SET_UP, REVIEW_INSPECTION_BRANCH, NATIONAL_DESIGNATION_CLASS, MINISTRY_TIER) from 0.673/0.546,
    # 0.864/0.790 and 0.680/0.723, 0.930/0.888.
    # heldout40 platforms raised in session 34 (ext44: CLASS_MARK_WORD, 类脑智能未来产业科技园) from 0.719/0.64.
    # Raised in session 35 (ext46: PLACED_PILOT_FTZ): platforms from 0.733/0.687.
    # Platforms raised in session 36 (ext48: DISTRICT_NEW_AREA) from 0.737/0.703.
    # Institutions raised in session 36 (ext48b: venue endings 版本馆, 分馆, 科学技术馆; 运动管理中心;
    # PARTY_SCHOOL_SECOND_NAME) from 0.888/0.79.
    # Platforms raised in session 37 (ext50b: QUOTED_PLUS_SLOGAN) from 0.75/0.703.
    # Institutions raised in session 37 (fixext51: REGIONAL_HEADQUARTERS_UNIT, 华为矿山油气军团全球总部) from
    # 0.89/0.802.
    # heldout40 institutions raised in session 38 (inst52: 文化广场 ending, 深圳湾文化广场) from 0.891/0.814.
    # platform raised in session 40 (ext54: SHORT_STATE_ZONE one-word head, "大同/d 经开区") from 0.754/0.718
    # raised in session 43 (fixext57: EXCHANGE_AS_PLATFORM) from 0.758/0.734
    # raised in session 44 (ext58) from 0.761/0.75, 0.893/0.827
    # Platforms raised in session 45 (fixext59: 新时代文明实践中心 a class; INNOVATION_ZONE_ENDING, 徐汇区“营养健康谷”
    # 精准营养创新策源区) from 0.774/0.75.
    # heldout40 institutions raised in session 46 (ext60: INTERGOVERNMENTAL_CENTRE, 国际红树林中心) from 0.893/0.827.
    "heldout40": {"platform": (0.79, 0.765), "institution": (0.894, 0.839)},
    # heldout41 platforms raised in session 35 (fixext46: the 指挥总部 ending, 国家应急指挥总部) from 0.739/0.723.
    # Platforms raised in session 36 (ext48: FIELD_OF_NATIONAL_PLATFORM) from 0.744/0.744.
    # raised in session 44 (ext58) from 0.765/0.765, 0.955/0.955
    "heldout41": {"platform": (0.782, 0.765), "institution": (0.955, 0.955)},
    # Round 42 (heldout42: 十五五 outline chapters of 杭州, 广州, 深圳, 南京, 北京, a 上海 opinion) and its second wave
    # (heldout43: 合肥's outline, 2026 work-report parts and glossaries), scored once at 09:35 UTC on 2026-12-06:
    # 0.822/0.561, 0.873/0.821 and 0.765/0.812, 0.750/0.750. Raised in session 33 (fixext42: LINE_BLOCK_LABEL,
    # PLACEHOLDER_COUNT, HUB_ZONE_AFTER and 联动区, IMPORTANT_ROLE_HEAD, FIELD_PROJECT_QUALIFIER, PLATFORM_LIST_CLOSE,
    # COUNTY_WIDE_OPENING, PRODUCT_CODE_AFTER).
    # Platforms raised in session 34 (ext44: FUNCTION_WORD_PLACES 从化, PLATFORM_MAJORITY_LIST 天河生命谷/红专厂,
    # UNIVERSITY_LAB 浙江大学…全国重点实验室; COUNT_APPROXIMATION …调解平台超30个) from 0.889/0.817 and 0.875/0.875.
    # Raised in session 35 (ext46: CLAUSE_VERBS_MISTAGGED): platforms from 0.916/0.885.
    # Platforms raised in session 36 (ext48: ROLE_VERB_SERIES, 中作基地) from 0.922/0.885.
    # Platforms raised in session 36 (ext48: FIELD_OF_NATIONAL_PLATFORM) from 0.929/0.885.
    # Platforms raised in session 37 (ext50: INTERNATIONAL_ROLE_CENTRE, …自贸片区) from 0.936/0.891.
    # heldout42 institutions raised in session 38 (inst52: PAIRED_REGIONS_OPENING, 港澳银行) from 0.887/0.82.
    # Platform recall raised in session 42 (ext56: 软件园 a park ending; 天河软件园).
    # lowered in session 43 (fixext57: EXCHANGE_AS_PLATFORM, an exchange a platform beside the body as the golds
    # since round 20 have it; this gold keeps 广州期货交易所 an institution only) from 0.95
    # heldout42 platforms raised in session 46 (ext60: REPORTED_BUILT_OR_RAISED, 江苏中亚中心) from 0.943/0.904.
    "heldout42": {"platform": (0.944, 0.912), "institution": (0.901, 0.82)},
    # Raised in session 35 (ext46: FOUNDED_GARDEN_ENDINGS): platforms from 0.903/0.875.
    # heldout43 institutions raised in session 38 (inst52: PAIRED_REGIONS_OPENING, 港澳公立医院) from 0.818/0.75.
    "heldout43": {"platform": (0.906, 0.906), "institution": (0.9, 0.75)},
    # Round 44 (heldout44: chapters of 苏州's and 北京's 十五五 outlines as PDF text, two nuclear inspection letters on
    # one line), scored once at 12:20 UTC on 2026-12-06: 0.750/0.923, 0.818/0.857. Raised in session 34 (fixext44:
    # MATCHING_PLATFORM, PLACED_NOT_PLACE, CLAUSE_QUALIFIER, 建设 before 有限公司, ROW_UNIT_MOST_WRITTEN,
    # ROW_UNIT_OPENING_WRITTEN, INSPECTED_SITES).
    "heldout44": {"platform": (0.928, 1.0), "institution": (1.0, 1.0)},
    # Round 44's second wave (heldout45: chapters of 广州's and 南京's 十五五 outlines, a MIIT satellite-communication
    # opinion, parts of the national 十四五 digital-economy plan), scored once at 13:02 UTC on 2026-12-06.
    # raised in session 43 (fixext57: CROSS_SCOPE_KIND) from 0.848
    # raised in session 44 (ext58) from 0.875/0.823, 0.8/0.8
    # heldout45 platforms raised in session 46 (ext60: PAIRED_PLACES_PARK, 广湛产业园) from 0.882/0.882.
    "heldout45": {"platform": (0.885, 0.911), "institution": (0.8, 0.8)},
    # Round 46 (heldout46: two 国家核安全局 letters on one line, 山东's review of the 14th plan, 内蒙古's 2026
    # report, parts of the national 十四五 emergency plan), scored once at 15:03 UTC on 2026-12-06: 0.667/0.667,
    # 0.789/0.306. Raised in session 35 (fixext46: ADDRESSEE_LIST_TITLE and ADDRESSEE_LEAF_ENDINGS, the addressees
    # run together; SOURCE_VERBS 采购自; 厂家 in WORKS_RUN_ON; LEVEL_CPPCC; SCHOOL_EXAMPLE_AFTER; 门 in
    # LANDFORM_AFTER_FORM; 指挥总部; PLANT_ROOM).
    "heldout46": {"platform": (1.0, 1.0), "institution": (1.0, 1.0)},
    # Round 46's second wave (heldout47: 生态环境部's replies of 2020 to NPC deputies on the 万峰湖 reservoir and the
    # 黄河 basin, each one line), scored once at 15:57 UTC on 2026-12-06, after every branch of session 35.
    "heldout47": {"platform": (1.0, 1.0), "institution": (1.0, 0.937)},
    # Round 48 (heldout48: two 生态环境部 replies on one line, a JSONP digest of 雄安's smart-city opinion, a 重庆
    # smart-city digest, a gov.cn oil-and-gas page as markdown), scored once at 17:53 UTC on 2026-12-06: 0.500/0.286,
    # 0.950/0.864. Raised in session 36 (fixext48: LAUNCHED_AFTER, QUOTED_CLOUD_CLOSES, 适合 in ANCHOR_WORDS,
    # 全国人大/最高法/最高检 in NAMED_INSTITUTIONS, TIER_PAIR_OPENING) to 0.8/0.571 and 1.0/0.954; platforms then by
    # QUOTED_KIND_TAIL (公共文化服务“云平台”).
    "heldout48": {"platform": (0.833, 0.714), "institution": (1.0, 0.954)},
    # Round 48's second wave (heldout49: a 天津 2026 report part, the safeguards of the national AI plan of 2017, a
    # 国家林业局 smart-forestry opinion part, four 督办函 to 长治 on one line, an MEE reply on the central environmental
    # inspection), scored once at 18:15 UTC on 2026-12-06: 0.333/1.0, 0.867/0.684. Institutions raised in session 36
    # (fixext49: FOREIGN_BRAND_FIRMS IBM, FOUND_VERBS with 拆解厂, ORGANISATION_DEPARTMENT 中央组织部,
    # RECIPIENT_PREPOSITION).
    # Institutions raised in session 38 (fixext52: ASSISTANCE_TEAM, the ministry's 帮扶工作组) from 0.878/0.763.
    # Institutions raised in session 40 (inst54: LEADERSHIP_FRAME, 在市委坚强领导下) from 0.882/0.789.
    "heldout49": {"platform": (0.333, 1.0), "institution": (0.885, 0.815)},
    # Round 50 (heldout50: a 国家核安全局 inspection letter with its staff lists and an EIA approval of a railway, each
    # one line, two 平潭 texts that lost their line breaks, parts 四–五 of the 20th congress report), scored once at
    # 20:49 UTC on 2026-12-06: 0.250/0.222, 0.523/0.460. Institutions raised in session 37 (fixext50:
    # STAFF_LIST_HEADER, JOINED_BODY, UPGRADE_GROUP).
    # Platform P raised in session 39 (ext53: CLAUSE_OPENING_BEFORE_VERB, "主要有国际风帆运动训练基地") from 0.25;
    # institution P (ext53: NOUN_PHRASE_THEN_PROPER_BODY, "工作会议精神和党工委") from 0.711.
    # platform raised in session 40 (ext54: ZONE_OPENING_TITLE, "《平潭综合实验区…方案》") from 0.285/0.222
    # raised in session 44 (ext58) from 0.333/0.222, 0.727/0.64
    "heldout50": {"platform": (0.4, 0.222), "institution": (0.727, 0.64)},
    # Round 50's second wave (heldout51: 郑州's 十五五 proposal parts on one HTML line, two 平潭 bureau reports without
    # line breaks, 广西's wind-quota news, the 京津冀 energy working group's meeting, a sina article in two parts with
    # stock links), scored once at 20:59 UTC on 2026-12-06: 0.759/0.579, 0.806/0.690. Raised in session 37 (fixext51:
    # OFFICIAL_IN_CHARGE, STANDING_COMMITTEE_MEMBER, MEETING_SESSION, FIRM_CLASS_OPENING, REGIONAL_HEADQUARTERS_UNIT,
    # THING_THEN_KIND, valleys 传感谷/心谷).
    # heldout51 institutions raised in session 38 (inst52: JOINED_VENUE_HEAD, 塔希提和岛屿博物馆) from 0.878/0.773.
    # heldout51 platform P raised in session 38 (inst52: 文化广场 ending, the park of 壳丘头考古遗址公园文化广场 no
    # longer read as a platform) from 0.827.
    # Institutions raised in session 40 (inst54: TYPED_SCHOOL_OR_HOSPITAL, 应用技术型大学) from 0.891/0.785.
    # Institutions raised in session 41 (ext55: WORD_THEN_PLACED_BODY, 大唐和南宁产投集团) from 0.904/0.785.
    "heldout51": {"platform": (0.857, 0.631), "institution": (0.917, 0.797)},
    # Round 52 (heldout52: 十五五 proposals of 天津, 安徽, 郑州, 北京 and a 合肥 review as one-line HTML, 北京's 2023 AI
    # measures, two GCCMPD EIA approvals and two air-quality 督办函 on one line, two 平潭 texts without line breaks),
    # scored once at 23:38 UTC on 2026-12-06: 0.677/0.677, 0.939/0.719. Raised in session 38 (fixext52:
    # INFLUENTIAL_ROLE_BEFORE, FIRST_CLASS_OPENING, FIELD_OF_ONE_SERVICE, CARE_CENTRE, ASSISTANCE_TEAM).
    # platform raised in session 40 (ext54: ZONE_OPENING_TITLE; TIER_AFTER_ZONE, "怀柔科学城|重大科技基础设施")
    # from 0.758/0.709
    # Institutions raised in session 41 (ext55: BARE_PLACE_SCHOOL, 城关中学, 滨湖小学) from 0.941/0.75.
    # platform raised in session 41 (fixext55: 算力谷 ending, "中原算力谷") from 0.789/0.725.
    # raised in session 43 (fixext57: EXCHANGE_AS_PLATFORM) from 0.793/0.741
    # raised in session 44 (ext58) from 0.803/0.79, 0.941/0.765
    # platform raised in session 45 (ext59: RELIED_ON_ROLES, LIST_SHARED_PREDICATE) from 0.816/0.79
    "heldout52": {"platform": (0.819, 0.806), "institution": (0.941, 0.765)},
    # Round 53 (heldout53: 北京's ice-and-snow opinions and TB-screening plan as one-line portal HTML, two news-feed
    # posts with stock links, two MEE spreadsheet cells, chapter 七 of 上海's 十五五 outline, parts of 杭州's 2026 work
    # report), scored once at 02:45 UTC on 2026-12-07: 0.636/0.500, 0.879/0.853. Raised in session 39 (fixext53:
    # RESEARCH_REACTOR_ENDINGS and the title's verb after 关于, SCIENCE_SOURCE_ENDING, PLACE_NAMED_LAB,
    # PLATFORM_PRODUCT_BEFORE_CONJUNCTION, RING_AROUND_UNIVERSITY, KIND_AS_PLACE_TAILS); platform P by ECOSYSTEM_RUN_ON
    # from 0.74.
    # platform raised in session 40 (fixext54: DISTRICT_QUOTED_BRAND, "提高长宁“上海硅巷”创新浓度") from 0.769/0.714
    # Institutions raised in session 41 (ext55: WORD_THEN_PLACED_BODY, 项目和宁夏隆基乐叶科技有限公司) from
    # 0.896/0.852.
    "heldout53": {"platform": (0.777, 0.75), "institution": (0.906, 0.862)},
    # Round 54 (heldout54: parts of 广州's and 北京's 十五五 outlines, the 北京 one PDF text with endnote numbers and
    # line ends inside names, two MEE spreadsheet cells, a 东莞 portal page of measures with bracketed responsible
    # units), scored once at 05:36 UTC on 2026-12-07: 0.895/0.739, 0.891/0.934. Platforms raised in session 40
    # (fixext54: the role chapter ROLE_NAME no platform-list title, LIST_CONTINUED_CLAUSE, DISTRICT_QUOTED_BRAND).
    # Institutions raised in session 42 (fixext56: ROW_UNIT_OF_OTHER_ROWS, 修卫彬山东核电有限公司) from 0.89/0.934.
    "heldout54": {"platform": (0.976, 0.891), "institution": (0.904, 0.934)},
    # Round 55 (heldout55: parts of 北京's 十五五 outline as PDF text with line ends inside names, two MEE spreadsheet
    # cells), scored once at 08:42 UTC on 2026-12-07: 0.688/0.579, 0.893/0.833. Raised in session 41 (fixext55:
    # GENERATION_CODE, 申创, SECTOR_PAIR_AFTER, HEAD_POST_AFTER, FORMER_POST_AFTER_UNIT, BARE_LOCAL_BODY_ENDINGS,
    # ADDRESSEE_OWN_ITEM_BEFORE, 追究/撤销). The rest of the misses are gold choices that contradict earlier rounds
    # (the bodies with 原, 昌平区“能源谷” and 城市副中心运河商务区 against the district-glued rule).
    # raised in session 43 (fixext57: EXCHANGE_AS_PLATFORM) from 0.705/0.631
    "heldout55": {"platform": (0.722, 0.684), "institution": (1.0, 0.9)},
    # Round 56 (heldout56: two nuclear inspection letters with flattened staff lists, the ministry's 三同时 circular and
    # its flattened table as MEE spreadsheet cells, a part of 北京's 十五五 outline as PDF text), scored once at 11:47
    # UTC on 2026-12-07: 0.400/0.500, 0.819/0.894. Raised in session 42 (fixext56: ROW_UNIT_OF_OTHER_ROWS,
    # ROUTE_END_AFTER, INSPECTED_SITE_LIST_ALSO, INSPECTED_SITE_SIBLINGS, 送往/运往). The rest of the misses are
    # flattened table cells, one-text causes and gold choices that contradict earlier rounds (环境保护部 without 原,
    # the last addressee 宁夏回族自治区生态环境厅 against round 15's ELIDED_PLACE_LIST class, 国际大数据交易所 a
    # platform).
    # raised in session 43 (fixext57: EXCHANGE_AS_PLATFORM) from 0.571/0.5
    # raised in session 44 (ext58) from 0.625/0.625, 0.924/0.924
    "heldout56": {"platform": (0.666, 0.75), "institution": (0.924, 0.924)},
    # Round 57 (hoext57, session 43; 7 texts: 深圳, 苏州 and 杭州 十五五 outline parts, an EIA approval in two parts and
    # two nuclear inspection letters): first score platforms 0.676/0.575, institutions 0.705/0.939; after fixext57
    # (EXCHANGE_AS_PLATFORM, OPERATION_NOUN, INTEGRATED_KINDS, STAFF_UNIT_PLACE_WORD, ROW_UNIT_OTHER_ROWS_MOST,
    # SITE_ITEM_CITY_AREA, CROSS_SCOPE_KIND). The rest: 杭州's new areas (a convention that differs between rounds),
    # names joined by 与/和 across places, PDF line ends inside endings, classes the gold calls names.
    # raised in session 44 (ext58) from 0.722/0.65, 0.914/0.969
    "heldout57": {"platform": (0.775, 0.775), "institution": (0.914, 0.969)},
    # Round 58 (hoext58, session 44; 5 texts: 北京's, 广州's and 苏州's 十四五 reviews, 广州's supply-chain plan and the
    # rest of the ministry's 2021 expert-pool list flattened from spreadsheet cells), scored once at 17:16 UTC on
    # 2026-12-07: platforms 0.553/0.778, institutions 0.571/0.667; after fixext58 (ROW_COLUMN_UNIT,
    # ROW_COLUMN_PLACE_OPENING, ROW_COLUMN_TITLE, ROW_COLUMN_ASSOCIATIONS, INSTITUTE_HEAD_POST, REPORTER_NEWSPAPER,
    # SUB_DEPARTMENT_PAIR, the 联合国组织 alias). The rest: firms glued in front of their projects (华星光电, 广汽埃安,
    # 广交会: earlier rounds' gold names them), 广州地铁 by its brand, platforms (ext58's).
    "heldout58": {"platform": (0.807, 0.777), "institution": (0.94, 0.979)},
    # Round 59 (hoext59, session 45; 5 texts: 广州, 杭州, 南京 and 北京 (PDF text) 十五五 outline parts
    # and a one-line cell of the ministry's supervision letters to 郑州), scored once at 20:19 UTC on
    # 2026-12-07: platforms 0.696/0.727, institutions 0.852/0.852; after fixext59
    # (NUMERAL_DISTRICT_GOVERNMENT, FIRM_TRADE_WORD_HAVING, PLACE_BRACKET_QUALIFIER, QUOTED_VALLEY_BRAND,
    # QUOTED_LIST_NOT_NAME, INNOVATION_ZONE_ENDING, SPACE_THEN_KIND and the classes 文明, 区域,
    # 马克思主义, ALONG_ROUTE_OPENING, RING_AROUND_VENUE). The rest: names without an ending (魔搭社区,
    # 杭州城市大脑3.0: ext59's), a zone read on into "试验区城市范例", and the two 思想研究/教研中心
    # the gold calls institutions where bj-gwr-2026's gold calls the same centre a platform (one
    # of them letter-spaced).
    "heldout59": {"platform": (0.904, 0.863), "institution": (1.0, 0.925)},
    # Round 60 (3 texts: 南京's 十五五 outline part, two more), scored once at 23:24 UTC on 2026-12-07:
    # platforms 0.833/1.000, institutions 1.000/0.923; after fixmeta60 (LISTED_VERB_OVER_MODIFIED_NOUN:
    # "盘活老校区、老厂区等存量载体空间" names no site) platforms 1.000/1.000. The rest: 南钢 and 梅钢, firms by
    # their short forms named as industrial sites to renew (the gold's most doubtful call, left alone).
    "heldout60": {"platform": (1.0, 1.0), "institution": (1.0, 0.923)},
}
DEV_TEXT_FLOORS = {
    "platform": (1.0, 1.0),
    "institution": (1.0, 1.0),
}


@pytest.fixture(scope="module")
def vocab() -> FieldVocabulary:
    return load_field_vocabulary()


def _analyse(path: Path, doc_id: str, vocab: FieldVocabulary) -> PlanDocument:
    data = path.read_bytes()
    text = decode(data, str(path))
    meta = guess_meta(text, doc_id, hashlib.sha256(data).hexdigest()).model_copy(update={"id": doc_id})
    return analyse(text, meta, vocab)


def _check(scores: dict[str, Score], floors: dict[str, tuple[float, float]]) -> None:
    for kind, (precision, recall) in floors.items():
        s = scores[kind]
        assert s.precision >= precision - 1e-9, (kind, f"P {s.precision:.3f} < {precision}", s.false_positives)
        assert s.recall >= recall - 1e-9, (kind, f"R {s.recall:.3f} < {recall}", s.misses)


def test_section_gold_floors(loaded_plans: dict[str, Loaded]) -> None:
    gold = yaml.safe_load((ROOT / "tests" / "gold" / "entities.yaml").read_text(encoding="utf-8"))
    documents = {plan_id: item.document for plan_id, item in loaded_plans.items()}
    _check(score(gold, documents), SECTION_FLOORS)


def test_realworld_dev_floors(vocab: FieldVocabulary) -> None:
    corpus = yaml.safe_load((REALWORLD / "corpus.yaml").read_text(encoding="utf-8"))
    splits = corpus_split(corpus)
    dev = sorted(doc_id for doc_id, split in splits.items() if split == "dev")
    assert dev, "the realworld corpus has a dev split"
    round3 = {d["id"] for d in corpus["documents"] if d.get("round") == 3}
    assert round3 and round3 <= set(dev)
    round5 = {d["id"] for d in corpus["documents"] if d.get("round") == 5}
    assert round5 and round5 <= set(dev)
    round6 = {d["id"] for d in corpus["documents"] if d.get("round") == 6}
    assert round6 and round6 <= set(dev)
    golds = {i: yaml.safe_load((REALWORLD_GOLD / f"{i}.yaml").read_text(encoding="utf-8")) for i in dev}
    documents = {i: _analyse(REALWORLD / "texts" / f"{i}.txt", i, vocab) for i in dev}

    def part(ids: set[str]) -> dict[str, Score]:
        return score_documents({i: golds[i] for i in ids}, {i: documents[i] for i in ids})

    _check(part(set(dev) - round3 - round5 - round6), REALWORLD_DEV_FLOORS)
    _check(part(round3), REALWORLD_ROUND3_FLOORS)
    _check(part(round5), REALWORLD_ROUND5_FLOORS)
    _check(part(round6), REALWORLD_ROUND6_FLOORS)
    _check(part(set(dev) - round6), REALWORLD_WHOLE_DEV_FLOORS)
    _check(part(set(dev)), REALWORLD_WITH_ROUND6_FLOORS)


def test_development_text_floors(vocab: FieldVocabulary) -> None:
    golds = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((DEV_TEXTS / "gold").glob("*.yaml"))}
    assert golds
    documents = {i: _analyse(DEV_TEXTS / f"{i}.txt", i, vocab) for i in golds}
    _check(score_documents(golds, documents), DEV_TEXT_FLOORS)


# Each scored held-out round: its split, its number of excerpts, its floors.
SCORED_ROUNDS = [
    ("heldout2", 8, HELDOUT2_FLOORS),
    ("heldout3", 12, HELDOUT3_FLOORS),
    ("heldout4", 11, HELDOUT4_FLOORS),
    ("heldout5", 11, HELDOUT5_FLOORS),
    ("heldout6", 21, HELDOUT6_FLOORS),
    ("heldout7", 9, HELDOUT7_FLOORS),
    ("heldout8", 9, LATER_ROUND_FLOORS["heldout8"]),
    ("heldout9", 9, LATER_ROUND_FLOORS["heldout9"]),
    ("heldout10", 9, LATER_ROUND_FLOORS["heldout10"]),
    ("heldout11", 14, LATER_ROUND_FLOORS["heldout11"]),
    ("heldout12", 14, LATER_ROUND_FLOORS["heldout12"]),
    ("heldout13", 12, LATER_ROUND_FLOORS["heldout13"]),
    ("heldout14", 12, LATER_ROUND_FLOORS["heldout14"]),
    ("heldout15", 13, LATER_ROUND_FLOORS["heldout15"]),
    ("heldout17", 12, LATER_ROUND_FLOORS["heldout17"]),
    ("heldout18", 12, LATER_ROUND_FLOORS["heldout18"]),
    ("heldout19", 14, LATER_ROUND_FLOORS["heldout19"]),
    ("heldout20", 10, LATER_ROUND_FLOORS["heldout20"]),
    ("heldout21", 11, LATER_ROUND_FLOORS["heldout21"]),
    ("heldout22", 11, LATER_ROUND_FLOORS["heldout22"]),
    ("heldout23", 7, LATER_ROUND_FLOORS["heldout23"]),
    ("heldout24", 10, LATER_ROUND_FLOORS["heldout24"]),
    ("heldout25", 17, LATER_ROUND_FLOORS["heldout25"]),
    ("heldout26", 18, LATER_ROUND_FLOORS["heldout26"]),
    ("heldout27", 29, LATER_ROUND_FLOORS["heldout27"]),
    ("heldout28", 27, LATER_ROUND_FLOORS["heldout28"]),
    ("heldout29", 15, LATER_ROUND_FLOORS["heldout29"]),
    ("heldout30", 16, LATER_ROUND_FLOORS["heldout30"]),
    ("heldout31", 9, LATER_ROUND_FLOORS["heldout31"]),
    ("heldout32", 8, LATER_ROUND_FLOORS["heldout32"]),
    ("heldout33", 7, LATER_ROUND_FLOORS["heldout33"]),
    ("heldout34", 9, LATER_ROUND_FLOORS["heldout34"]),
    ("heldout35", 7, LATER_ROUND_FLOORS["heldout35"]),
    ("heldout36", 8, LATER_ROUND_FLOORS["heldout36"]),
    ("heldout37", 8, LATER_ROUND_FLOORS["heldout37"]),
    ("heldout38", 8, LATER_ROUND_FLOORS["heldout38"]),
    ("heldout40", 10, LATER_ROUND_FLOORS["heldout40"]),
    ("heldout41", 8, LATER_ROUND_FLOORS["heldout41"]),
    ("heldout42", 8, LATER_ROUND_FLOORS["heldout42"]),
    ("heldout43", 8, LATER_ROUND_FLOORS["heldout43"]),
    ("heldout44", 4, LATER_ROUND_FLOORS["heldout44"]),
    ("heldout45", 4, LATER_ROUND_FLOORS["heldout45"]),
    ("heldout46", 6, LATER_ROUND_FLOORS["heldout46"]),
    ("heldout47", 2, LATER_ROUND_FLOORS["heldout47"]),
    ("heldout48", 5, LATER_ROUND_FLOORS["heldout48"]),
    ("heldout49", 5, LATER_ROUND_FLOORS["heldout49"]),
    ("heldout50", 5, LATER_ROUND_FLOORS["heldout50"]),
    ("heldout51", 8, LATER_ROUND_FLOORS["heldout51"]),
    ("heldout52", 12, LATER_ROUND_FLOORS["heldout52"]),
    ("heldout53", 8, LATER_ROUND_FLOORS["heldout53"]),
    ("heldout54", 5, LATER_ROUND_FLOORS["heldout54"]),
    ("heldout55", 3, LATER_ROUND_FLOORS["heldout55"]),
    ("heldout56", 5, LATER_ROUND_FLOORS["heldout56"]),
    ("heldout57", 7, LATER_ROUND_FLOORS["heldout57"]),
    ("heldout58", 5, LATER_ROUND_FLOORS["heldout58"]),
    ("heldout59", 5, LATER_ROUND_FLOORS["heldout59"]),
    ("heldout60", 3, LATER_ROUND_FLOORS["heldout60"]),
]


@pytest.mark.parametrize(("split", "excerpts", "floors"), SCORED_ROUNDS, ids=[r[0] for r in SCORED_ROUNDS])
def test_scored_round_floors(
    vocab: FieldVocabulary, split: str, excerpts: int, floors: dict[str, tuple[float, float]]
) -> None:
    """A held-out round after its one score: heldout2 and heldout3 at what they measured after the
    rules written on them, heldout4 after the rules written on it, heldout5 at its first score."""
    corpus = yaml.safe_load((REALWORLD / "corpus.yaml").read_text(encoding="utf-8"))
    ids = sorted(doc_id for doc_id, s in corpus_split(corpus).items() if s == split)
    assert len(ids) == excerpts
    golds = {i: yaml.safe_load((REALWORLD_GOLD / f"{i}.yaml").read_text(encoding="utf-8")) for i in ids}
    documents = {i: _analyse(REALWORLD / "texts" / f"{i}.txt", i, vocab) for i in ids}
    _check(score_documents(golds, documents), floors)
