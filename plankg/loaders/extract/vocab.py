"""The field vocabulary: canonical field names, their aliases and parents.

Pure except for :func:`load_field_vocabulary`, the one function that reads the packaged YAML
file. Matching is leftmost-longest over all surface forms (names and aliases), so a longer
field name ("新能源汽车") is never cut into a shorter one ("新能源").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from plankg.schema import Field

DEFAULT_VOCABULARY = Path(__file__).resolve().parents[2] / "data" / "fields.yaml"

# jieba's user-dictionary line: "word frequency tag". A high frequency makes jieba keep the
# term whole even where its parts are frequent words on their own (集成 / 电路); "nz" is
# jieba's tag for other proper nouns.
JIEBA_FREQUENCY = 20000
JIEBA_TAG = "nz"


@dataclass(frozen=True)
class FieldEntry:
    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True)
class FieldMention:
    """A field named in a text: canonical ``name``, the ``surface`` form as written, and its
    half-open span."""

    name: str
    surface: str
    start: int
    end: int


class VocabularyError(ValueError):
    """The vocabulary data is malformed (a duplicate surface form, an unknown parent …)."""


class FieldVocabulary:
    """Field names with aliases; finds field mentions in text."""

    def __init__(self, entries: Iterable[FieldEntry]) -> None:
        self.entries: tuple[FieldEntry, ...] = tuple(entries)
        self._by_name: dict[str, FieldEntry] = {}
        self._surface: dict[str, str] = {}
        for entry in self.entries:
            if not entry.name.strip():
                raise VocabularyError("a field without a name")
            if entry.name in self._by_name:
                raise VocabularyError(f"field {entry.name} listed twice")
            self._by_name[entry.name] = entry
        for entry in self.entries:
            if entry.parent is not None and entry.parent not in self._by_name:
                raise VocabularyError(f"field {entry.name}: unknown parent {entry.parent}")
            for surface in (entry.name, *entry.aliases):
                owner = self._surface.get(surface)
                if owner is not None and owner != entry.name:
                    raise VocabularyError(f"{surface} is both {owner} and {entry.name}")
                self._surface[surface] = entry.name
        # Longest surface first: Python's alternation takes the first alternative that
        # matches at a position, so this ordering yields leftmost-longest matches.
        surfaces = sorted(self._surface, key=lambda s: (-len(s), s))
        self._pattern = re.compile("|".join(re.escape(s) for s in surfaces)) if surfaces else None
        self._user_words: tuple[str, ...] | None = None

    # --- construction -----------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FieldVocabulary:
        """From the parsed YAML: ``{"fields": [{"name": …, "aliases": […], "parent": …}]}``."""
        items = data.get("fields") if isinstance(data, Mapping) else None
        if not isinstance(items, list):
            raise VocabularyError("expected a top-level 'fields:' list")
        entries = []
        for position, item in enumerate(items, start=1):
            if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
                raise VocabularyError(f"field entry {position} has no name")
            aliases = item.get("aliases") or []
            if not isinstance(aliases, list):
                raise VocabularyError(f"field {item['name']}: aliases must be a list")
            parent = item.get("parent")
            entries.append(
                FieldEntry(
                    name=item["name"].strip(),
                    aliases=tuple(str(a).strip() for a in aliases if str(a).strip()),
                    parent=str(parent).strip() if parent else None,
                )
            )
        return cls(entries)

    @classmethod
    def from_yaml(cls, text: str) -> FieldVocabulary:
        try:
            # The C loader when PyYAML was built with libyaml: five times faster on the vocabulary.
            data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
        except yaml.YAMLError as error:
            raise VocabularyError(f"not valid YAML: {str(error).splitlines()[0]}") from None
        return cls.from_dict(data)

    # --- lookup -----------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return [entry.name for entry in self.entries]

    def canonical(self, term: str) -> str | None:
        """The canonical name for a name or alias, else None."""
        return self._surface.get(term.strip())

    def entry(self, name: str) -> FieldEntry | None:
        return self._by_name.get(name)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[FieldMention]:
        """Field mentions in ``text[start:end]``, leftmost-longest, spans relative to ``text``."""
        if self._pattern is None:
            return []
        stop = len(text) if end is None else end
        return [
            FieldMention(self._surface[m.group()], m.group(), m.start(), m.end())
            for m in self._pattern.finditer(text, start, stop)
        ]

    def names_in(self, text: str) -> list[str]:
        """Canonical names of the fields a (short) text names, in order of first mention."""
        seen: dict[str, None] = {}
        for mention in self.find(text):
            seen.setdefault(mention.name, None)
        return list(seen)

    def field(self, name: str) -> Field:
        """The schema record for a canonical field name."""
        entry = self._by_name[name]
        from plankg.schema import Field  # the models are built only when a document is

        return Field(id=field_id(name), name=name, aliases=list(entry.aliases), parent=entry.parent)

    def jieba_user_words(self) -> tuple[str, ...]:
        """Lines for jieba's user dictionary (``jieba.load_userdict``), one per surface form. Made
        once: every analysed plan feeds them to jieba (extract_entities), which then skips the
        lines it was fed before (names.add_user_words)."""
        if self._user_words is None:
            self._user_words = tuple(f"{surface} {JIEBA_FREQUENCY} {JIEBA_TAG}" for surface in sorted(self._surface))
        return self._user_words


def field_id(name: str) -> str:
    return f"field:{name}"


def jieba_user_words(vocabulary: FieldVocabulary) -> tuple[str, ...]:
    """The vocabulary's surface forms as jieba user-dictionary lines ("word freq tag")."""
    return vocabulary.jieba_user_words()


def load_field_vocabulary(path: Path | str | None = None) -> FieldVocabulary:
    """Read a vocabulary file; by default the packaged ``plankg/data/fields.yaml``."""
    source = Path(path) if path is not None else DEFAULT_VOCABULARY
    return FieldVocabulary.from_yaml(source.read_text(encoding="utf-8"))
