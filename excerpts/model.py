"""The corpus as values: sources, their segments, and translated pairs. No I/O here."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HEADLINE_ID = "headline"


@dataclass(frozen=True)
class Segment:
    """One translation unit of a source: the headline or one excerpt paragraph.

    ``text`` is the French text normalized to NFC with its internal line breaks folded to single
    spaces; ``line`` is the line of the record where the segment's text starts.
    """

    id: str
    text: str
    line: int


@dataclass(frozen=True)
class Source:
    """A French press source as recorded in ``sources/<id>.toml``."""

    id: str
    path: Path
    language: str
    outlet: str
    published: date
    headline: Segment
    excerpts: tuple[Segment, ...]
    outlet_note: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    accessed: date | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None
    provenance: str | None = None

    @property
    def segments(self) -> tuple[Segment, ...]:
        """The headline, then the excerpts, in record order."""
        return (self.headline, *self.excerpts)

    def key(self, segment: Segment) -> str:
        """The catalog key (``msgctxt``) of one of this source's segments."""
        return segment_key(self.id, segment.id)


def segment_key(source_id: str, segment_id: str) -> str:
    """``<source-id>/<segment-id>``: the msgctxt that ties a PO entry to its segment."""
    return f"{source_id}/{segment_id}"


def split_key(key: str) -> tuple[str, str] | None:
    """The (source id, segment id) of a catalog key, or None when it is not one of ours."""
    source_id, sep, segment_id = key.partition("/")
    if not sep or not source_id or not segment_id:
        return None
    return source_id, segment_id


class Status(enum.Enum):
    """Where the translation of one segment stands."""

    TRANSLATED = "translated"
    FUZZY = "fuzzy"
    UNTRANSLATED = "untranslated"


@dataclass(frozen=True)
class Pair:
    """A French segment and its English translation, as exports see them."""

    source_id: str
    segment: Segment
    translation: str | None
    status: Status

    @property
    def key(self) -> str:
        return segment_key(self.source_id, self.segment.id)


@dataclass(frozen=True)
class Translator:
    """Who translated a catalog, from its ``Last-Translator`` / ``Language-Team`` headers."""

    name: str
    email: str | None = None
    team: str | None = None


@dataclass(frozen=True)
class TranslatedSource:
    """One source with the pairs of one target language: what a TEI document is built from."""

    source: Source
    language: str
    pairs: tuple[Pair, ...]
    translator: Translator | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return all(p.status is Status.TRANSLATED for p in self.pairs)
