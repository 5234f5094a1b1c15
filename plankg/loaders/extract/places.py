"""Place names: provinces and municipalities, their one-character abbreviations, and the
regional groupings plans name, so that rules about "a place before a name" hold for any
province's plans, not one city's."""

from __future__ import annotations

import re

PROVINCES = (
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
)
# 沪, 京, 粤 …: "在沪研发中心" is one in Shanghai.
PROVINCE_ABBREVIATIONS = "沪京津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青宁新藏桂蒙港澳台"
REGION_GROUPS = ("长三角", "长江三角洲", "京津冀", "粤港澳大湾区", "粤港澳", "大湾区", "成渝", "长江经济带", "黄河流域")
# A province or municipality (with 市/省/自治区 or not) or a regional grouping.
PLACE = rf"(?:(?:{'|'.join(PROVINCES)})(?:市|省|自治区)?|{'|'.join(REGION_GROUPS)})"
PLACE_RE = re.compile(PLACE)
# Cities jieba's dictionary knows as one word but tags as something else than a place (合肥 n, 大连 d, 南通 nz,
# 营口 vn), so that a name opening with one was cut at the city or read as a class (session 25, heldout2 and
# heldout25): "大连国家级数据产业集聚区" (大 read as a generic word, 连 left), "合肥法务区". They are tagged ns
# (their word frequency unchanged, so jieba cuts text as before). Not the cities whose names are common words
# too (日照, 开封, 保定, 包头, 大同, 天水).
MISTAGGED_CITIES = ("合肥", "大连", "银川", "海口", "南通", "金华", "烟台", "营口", "本溪", "宝鸡", "拉萨")
# FUNCTION_WORD_PLACES: county-level places jieba's dictionary knows only with their suffix (从化市, 于都县, 顺城区,
# 顺庆区) and whose first character is a preposition, so that the bare stem was cut as that preposition and a leftover
# character, and the preposition cut off the name it opens (round 42, 广州's 十五五 outline: "…、从化粤港澳大湾区生物
# 医药产业创新平台等" read as "化粤港澳…平台"). They are added as place words (ns) at jieba's suggested frequency,
# which keeps "从化学品…", "从化工园区…", "从化解…", "从化石能源…" cut at the preposition.
FUNCTION_WORD_PLACES = ("从化", "于都", "顺城", "顺庆")
# jieba's tags for place names (ns) and, because it tags some district names as person names
# (张江, 闵行), nr; both only ever count as places in front of another name.
PLACE_TAGS = frozenset({"ns", "nr"})


def place_words() -> tuple[str, ...]:
    """Every spelling of a province-level place, for word lists of generic name parts."""
    return tuple(p + suffix for p in PROVINCES for suffix in ("", "市", "省")) + REGION_GROUPS
