"""Texts as a crawl that lost its line breaks has them (the ``--one-line`` option of the eval scripts).

Crawlers that keep only a page's text nodes glue every paragraph to the next: the title to the 文号
and the addressees, a heading to its first sentence ("一、总体要求（一）指导思想。以…", round 9's
mee.gov.cn pages, round 12's GCCMPD rows). About 50 texts of the real-world corpus came that way;
joining every other text the same way asks each eval whether the rules hold on the layout the hidden
evaluations name ("plans that lost their line breaks") beyond the texts that happened to arrive so.
"""

from __future__ import annotations

import re

# Every break, and the spaces around it, removed: what the crawls above show. A crawl that kept a
# space for a break reads like TITLE_LINE_SPACE's texts, which the rules read already.
# A carriage return is a break too: a few texts end their lines with "\r" alone (nat-plan-checkup-rules-2020,
# bj-quake-resilience-guide), and joined without it they kept every break.
LINE_BREAK = re.compile(r"[ \t\u3000]*[\r\n][ \t\u3000\r\n]*")
# A text already on one line (or nearly) says nothing new when joined: it is left out.
ONE_LINE_MIN_BREAKS = 5


def one_line(text: str) -> str:
    """The text with its line breaks removed."""
    return LINE_BREAK.sub("", text)


def has_line_breaks(text: str) -> bool:
    """Whether the text has enough line breaks for joining it to be a different text."""
    return text.count("\n") + text.count("\r") - text.count("\r\n") >= ONE_LINE_MIN_BREAKS
