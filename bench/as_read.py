"""Gold written as a page prints it, compared as plankg reads the page.

Some mirror sites print a plan in traditional characters with each character's pinyin glued after it in brackets
("“十四五”推進農業農村(cūn)現代化規劃", round 32). The gold makers keep such titles and issuers as printed;
plankg reads the page in simplified characters without the glosses (normalise: PINYIN_GLOSS, to_simplified). A
scorer compares both sides under the same reading, so neither a gloss nor a script variant counts as a miss —
the characters themselves still have to agree.

INVISIBLE_AS_READ (fixseg44, round 44): a page pasted from Word may leave zero-width characters inside a title
("（八）谋发展，积极参与" + U+200C + "龙山书院筹建", sx1z-vp-duty-reports-2024); the gold keeps them as written,
plankg drops them as it reads (normalise: CONTROL_CHAR). A scorer compares both without them.
"""

from __future__ import annotations

from plankg.loaders.text.normalise import CONTROL_CHAR, PINYIN_GLOSS, TONELESS_PINYIN_GLOSS, simplified_characters


def as_read(text: str) -> str:
    """``text`` without pinyin glosses, each traditional character in its simplified form (one for one).

    Toneless glosses ("提升(sheng)行動方案", round 34) are read off a page only when it glosses throughout
    (TONELESS_GLOSSES_MIN); a gold title or heading is too short to tell, and a bracketed pinyin syllable glued to a
    character in one is its page's gloss, so it is dropped here whatever the count."""
    visible = CONTROL_CHAR.sub("", text)  # INVISIBLE_AS_READ
    return TONELESS_PINYIN_GLOSS.sub("", PINYIN_GLOSS.sub("", visible)).translate(simplified_characters())
