"""The splits of the real-world evaluation sets, named once for every eval script.

Each held-out round was collected and judged by people who never ran plankg on it, then scored once by the lead
after every development branch of its session was merged; the first score is the one reported. A scored round
becomes development data (its first score stays in the README), and the next round is a fresh one: heldout (round
1), heldout2, heldout3, heldout4, heldout5 (round 5, collected 2026-12-03), heldout6 (round 6, collected in the
session after), heldout7 heldout8 (round 8, session 11), heldout9 (round 9, session 11), heldout10 (round 10,
session 12), heldout11 (round 11, session 13), heldout12 (round 12, session 14), heldout13 (round 13, session 15),
heldout14 (round 14, session 16), heldout15 (round 15, session 18), heldout16 (round 15's second wave of headings,
collected while round 15 was scored), heldout17 (round 17, session 19), heldout18 (round 17's second wave, session
19), heldout19 (round 19, session 20), heldout20 (round 19's second wave, session 20), heldout21 (round 21, session
21), heldout22 (round 22, session 22), heldout23 (round 22's second wave, collected while round 22 was fixed, scored
after every branch of session 22), heldout24 (round 24, session 23), heldout25 (round 25, session 24), heldout26
(round 26, session 25), heldout27 (round 26's second wave, collected while round 26 was fixed, scored after every
branch of session 25), heldout28 (round 28, session 26) and heldout29 (round 28's second wave, collected while
round 28 was fixed), heldout30 (round 30, session 27) and heldout31 (round 30's second wave, collected while
round 30 was fixed), heldout32 (round 32, session 28) and heldout33 (round 32's second wave, collected while
round 32 was fixed), heldout34 (round 34, session 29) and heldout35 (round 34's second wave, collected while round
34 was fixed), heldout36 (round 36, session 30) and heldout37 (round 36's second
wave, collected while round 36 was collected), heldout38 (round 38, session 31), heldout39 (round 38's second wave),
heldout40 (round 40, session 32) and heldout41 (its second wave), heldout42 (round 42, session 33) and heldout43
(its second wave), heldout44 (round 44, session 34) and heldout45 (its second wave), heldout46 (round 46, session
35) and heldout47 (its second wave), heldout48 (round 48, session 36) and heldout49 (its second wave),
heldout50 (round 50, session 37) and heldout51 (its second wave), heldout52 (round 52, session 38), heldout53
(round 53, session 39), heldout54 (round 54, session 40), heldout55 (round 55, session 41),
heldout56 (round 56, session 42), heldout57 (round 57, session 43),
heldout58 (round 58, session 44).
"""

from __future__ import annotations

import argparse

SPLITS = ("dev", *(f"heldout{n}" if n > 1 else "heldout" for n in range(1, 61)))
HELD_OUT = SPLITS[1:]
# The round being collected and not yet scored: no --details, no development on it (heldout6 was
# scored at 07:42 UTC on 2026-12-03, heldout7 at 08:40 after round 6's fixes; heldout8 at 10:39 on
# 2026-12-03, session 11, after that session's first development branches; heldout9 at 11:25, after
# round 8's fixes, with none after it; heldout10 at 13:21 on 2026-12-03, session 12, after that
# session's development branches; heldout11 at 15:54 on 2026-12-03, session 13, after that
# session's development branches; heldout12 at 18:16 on 2026-12-03, session 14, after that
# session's development branches; heldout13 at 22:20 on 2026-12-03, session 15, after that session's
# development branches; heldout14 at 05:14 on 2026-12-04, session 16, after all but one of that session's
# development branches: devplat14b, on rounds 9-12's platforms, was merged after the score); heldout15 at 13:46 on
# 2026-12-04, session 18, after lin18 only (seg18, meta18, plat18 and perf18 were still at work); heldout16
# (round 15's second wave) at 14:46, after every branch of session 18; heldout17 at 16:05 on 2026-12-04,
# session 19, after one19 only (seg19, ext19, lin19, perf19 were still at work); heldout18 (round 17's second wave) at
# 17:32, after every branch of session 19; heldout19 at 18:45 on 2026-12-04, session 20, before any of that session's
# development branches (only the lead's one-line indicator rules were merged); heldout20 (round 19's second wave) at
# 19:32, after every branch of session 20; heldout21 at 21:23 on 2026-12-04, session 21, after the lead's two inline
# title rules only (seg21, ext21, lin21, ind21 were still at work); heldout22 at 23:50 on 2026-12-04, session 22,
# after the lead's PDF flat-box rule only (seg22, ext22, meta22, lin22 were still at work); heldout23 (round 22's
# second wave) at 01:07 on 2026-12-05, after every branch of session 22; heldout24 at 02:31 on 2026-12-05, session 23,
# before any of that session's development branches (seg23, ext23, fix23ind, fmt23, perf23 were at work); heldout25's
# extraction, tasks, indicators and lineage at 05:06 on 2026-12-05, session 24, before any of that session's development
# branches, and its headings at 05:08, the minute their gold landed, still before any branch was merged; heldout26's
# extraction, tasks, indicators and lineage at 07:53 on 2026-12-05, session 25, and its headings and metadata at 07:54,
# before any of that session's development branches (ext26, join26, lin26 were at work; only gold was merged);
# heldout27 (round 26's second wave) at 09:20 on 2026-12-05, after every branch of session 25; heldout28 at 10:54 on
# 2026-12-05, session 26, before any of that session's development branches (perf26, ext26b, join26b, lin26b were at
# work; only gold was merged); heldout29 (round 28's second wave) at 12:33, after every branch of session 26;
# heldout30's tasks, indicators and lineage at 13:40 on 2026-12-05, session 27, its extraction and its first
# nine documents' headings and metadata at 13:41, before any of that session's development branches (ext27,
# join27, seg27 were at work; only gold was merged); heldout31 (round 30's second wave) at 14:54, after every branch
# of session 27; heldout32 at 16:43 on 2026-12-05, session 28, before any of that session's development branches (seg28,
# ext28, meta28, lin28 were at work; only gold and the lead's TOC box rule, no heading changed on any split, were
# merged); heldout33 (round 32's second wave) at 18:15, after every branch of session 28; heldout34's extraction,
# tasks and indicators at 19:29 on 2026-12-05, session 29, its headings, formats and metadata at 19:30, before any of
# that session's development branches (plat29, inst29, seg29, join29 were at work; only gold and a move were merged);
# heldout35 (round 34's second wave) at 20:46, after every branch of session 29; heldout36 at 23:38 on 2026-12-05,
# session 30, and heldout37 (its second wave) at 23:38, both after every branch of that session; heldout38 (with its
# lineage set, lineage38) and heldout39 (its second wave) at 02:30 on 2026-12-06, session 31, both after every branch
# of that session.
# heldout40 (with its lineage sets lineage40, and lineage41 of heldout41) and heldout41 (its second wave) at 04:52 UTC
# on 2026-12-06, session 32, after every branch of that session but ind40 (indicators only: neither round has
# indicator gold).
# heldout42 (with its lineage set lineage42) and heldout43 (its second wave) at 09:35 UTC on 2026-12-06, session
# 33, after lin42 only of that session's development branches (seg42, join42, ext42, meta42 were still at work; gold
# and a move were merged); heldout42's task-block gold (hotask42) at 09:48, after lin42 and ext42.
# heldout44 (with its lineage set lineage44) at 12:20 UTC on 2026-12-06, session 34, after every development branch
# of that session's first part (seg44, join44, ext44, lin44, meta44); its task-block gold is still being made.
# heldout44's task-block gold at 12:25, after the same branches. heldout45 (round 44's second wave, with its lineage
# set lineage45) at 13:02, after every branch of session 34 but fixjoin44 (one-line headings, still at work).
# heldout46 (with its lineage set lineage46) at 15:03 UTC on 2026-12-06, session 35, after seg46, join46, ext46, lin46
# and DATE_THEN_CLOCK (task46, meta46, lin46b, review46 and perf46 were still at work; its task-block gold scored in
# the same run, before task46). heldout47 (its second wave, with lineage47) at 15:57, after every branch of session 35
# (seg46, join46, ext46, lin46, lin46b, review46, task46, meta46, perf46, toc46, fixext46, fixlin46, fixtask46,
# fixseg46); it has no task-block gold.
# heldout48 (with its lineage set lineage48 and its task-block gold) at 17:53 UTC on 2026-12-06, session 36, after
# seg48, join48, ext48, lin48 and lin48b (meta48, task48 and ext48b were still at work). heldout49 (its second wave,
# with lineage49 and its task-block gold) at 18:15, after every development branch of the session but ext48b and the
# round-48 fix branches (fixlin48 merged; fixseg48, fixext48, fixtask48 still at work).
# heldout50 (with lineage50 and its task-block gold) at 20:49 UTC on 2026-12-06, session 37, after seg50, join50 and
# ext50 (lin50 merged and reverted; meta50, task50, ext50b and lin50b still at work). heldout51 (its second wave,
# with lineage51 and its task-block gold) at 20:59, after those and task50, meta50 and ext50b (lin50b and the round-50
# fix branches still at work).
# heldout52 (with lineage52 and its task-block gold) at 23:38 UTC on 2026-12-06, session 38, after lin52, lin52b,
# join52 and ext52 (meta52, inst52, seg52 and task52 were still at work).
# heldout53 (with lineage53 and its task-block gold) at 02:45 UTC on 2026-12-07, session 39, after join53, ext53, lin53
# and seg53; its metadata at 02:46, after meta53 too.
# heldout54 (with lineage54 and its task-block gold) at 05:36 UTC on 2026-12-07, session 40, after join54, seg54, lin54
# and ext54 (meta54, inst54, task54 were still at work).
# heldout55 (with lineage55 and its task-block gold) at 08:42 UTC on 2026-12-07, session 41, after ext55, seg55 and
# lin55 (join55, user55 and task55 were still at work).
# heldout56 (with lineage56 and its task-block gold) at 11:46 UTC on 2026-12-07, session 42, after ext56 and lin56
# (join56 and user56 were still at work).
# heldout57 (with lineage57 and its task-block gold) at 14:10 UTC on 2026-12-07, session 43, after clean57 only (seg57,
# lin57 and perf57 were still at work).
# heldout58 (with lineage58 and its task-block gold) at 17:16 UTC on 2026-12-07, session 44, after clean58 only (seg58,
# ext58 and lin58 were still at work).
# heldout59 (with lineage59 and its task-block gold) at 20:19 UTC on 2026-12-07, session 45, before any development
# branch was merged (seg59, ext59 and lin59 were still at work).
# heldout60 (with lineage60 and its task-block gold) at 23:24 UTC on 2026-12-07, session 46, before any development
# branch was merged (ext60, lin60 and perf60 were still at work).
FRESH: tuple[str, ...] = ()


def refuse_details_on_fresh(parser: argparse.ArgumentParser, split: str, details: bool) -> None:
    """A fresh round is scored once, as a whole: its misses and extras are not listed before."""
    if details and split in FRESH:
        parser.error(f"--details is not for {split}: that round has not been scored yet")
