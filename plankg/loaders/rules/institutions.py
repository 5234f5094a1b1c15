"""Rules that correct institution names after the mentions of a document are found (session 13,
issue #13). Each rule is named once, with the reason and an example; the code that applies them is
:func:`plankg.loaders.extract.institutions.refine_institutions`. Kept apart from
:mod:`plankg.loaders.rules.names` (the finders' rules) so that the two are edited independently."""

from __future__ import annotations

import re

# A firm or body named by the role it plays for someone else is any firm in that role, a class:
# "国家水站由第三方运维公司负责运行维护", "委托第三方检测机构" (whoever is the third party).
ROLE_CLASS_WORDS = re.compile(r"第三方")

# A body named after a list of places closed by 等地 (or after 各地) is each place's body of that
# kind, a class: "上海、江苏等地生态环境厅依托信息化系统平台…" names no one 生态环境厅.
EACH_PLACE_BEFORE = re.compile(r"(?:等地|等省市|等省份|等城市|等地区|各地|各省市?|各地市)$")

# A department of a bureau or ministry is named by its duty, often a verb ("数字平台建设处",
# "核电安全监管司", "规划管理处") or numbered ("行政审批服务三处"); written right after the body, the
# department is the unit the sentence names: "青岛市行政审批服务局数字平台建设处负责人介绍道",
# "生态环境部核电安全监管司有关负责人回答了记者提问". (The finders' SUB_DEPARTMENT takes up to six
# characters without verbs; these are longer or end in a verb of duty.) The department must be
# followed by who speaks for it or by a break (DUTY_DEPARTMENT_NEXT) and hold no word of a clause
# (DUTY_DEPARTMENT_NOT).
DUTY_DEPARTMENT_HOST = re.compile(r"(?:部|局|厅|委|署)$")
DUTY_DEPARTMENT = re.compile(
    r"(?P<sub>[\u4e00-\u9fff]{2,8}?(?:建设|管理|监管|服务|发展|规划|保障|监督|运行|审批|协调)?"
    r"[一二三四五六七八九十]?[司处])"
)
DUTY_DEPARTMENT_DUTY = re.compile(
    r"(?:建设|管理|监管|服务|发展|规划|保障|监督|运行|审批|协调)[司处]$|[一二三四五六七八九十][司处]$"
)
DUTY_DEPARTMENT_NEXT = re.compile(
    r"(?:有关负责人|相关负责人|负责人|工作人员|[处司]长|副[处司]长|同志|[，。；：、）)\s]|$)"
)
DUTY_DEPARTMENT_NOT = re.compile(r"公司|上司|[各有相所等和与及、到之好的在对为将把被]")
DUTY_DEPARTMENT_MAX = 10
