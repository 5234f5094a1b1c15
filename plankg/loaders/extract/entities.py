"""The names this module had before it was split by concern (kept so that existing imports work):
candidate names in :mod:`.names`, mentions in running text in :mod:`.mentions`, 重大平台 blocks
and platform-list headings in :mod:`.blocks`, kinds in :mod:`.platforms` and
:mod:`.institutions`; the rules themselves in :mod:`plankg.loaders.rules.names`."""

from plankg.loaders.extract.blocks import PlatformBlock, block_item, list_item_platform, platform_blocks
from plankg.loaders.extract.institutions import institution_kind
from plankg.loaders.extract.mentions import Mention, apply_frames, find_mentions
from plankg.loaders.extract.names import (
    add_user_words,
    clause_bounds,
    ending_of,
    is_generic,
    name_head,
    normalise_name,
    sentence_bounds,
    strip_leading_verbs,
    strip_place_prefix,
)
from plankg.loaders.extract.platforms import counted_classes, platform_kind
from plankg.loaders.rules.names import INSTITUTION_SECTION, PLATFORM_LIST_TITLE, Category, Framing

__all__ = [
    "INSTITUTION_SECTION",
    "PLATFORM_LIST_TITLE",
    "Category",
    "Framing",
    "Mention",
    "PlatformBlock",
    "add_user_words",
    "apply_frames",
    "block_item",
    "clause_bounds",
    "counted_classes",
    "ending_of",
    "find_mentions",
    "institution_kind",
    "is_generic",
    "list_item_platform",
    "name_head",
    "normalise_name",
    "platform_blocks",
    "platform_kind",
    "sentence_bounds",
    "strip_leading_verbs",
    "strip_place_prefix",
]
