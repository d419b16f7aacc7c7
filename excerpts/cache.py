"""Parsed source records kept between commands, keyed by the bytes of each record.

Reading TOML is the largest fixed cost of ``update`` and ``check`` on a big corpus (tomllib is
pure Python). A record is parsed again only when its bytes change: the key is a SHA-256 of the
file, its path and the corpus source language, so a stale entry can never be used. The cache is
JSON (never pickle: a cache found in a cloned repository must not be able to run code), lives
in ``.excerpts-cache/`` at the corpus root with its own ``.gitignore``, and any unreadable or
foreign file is simply ignored and rebuilt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

from excerpts import __version__
from excerpts.errors import ExcerptsError
from excerpts.fsutil import atomic_write_bytes
from excerpts.model import Segment, Source

CACHE_DIR = ".excerpts-cache"
_FILE = "sources.json"
_FORMAT = f"excerpts-sources-1/{__version__}"


class SourceCache:
    """Records already parsed, by content key; ``save`` writes the ones used this time."""

    def __init__(self, folder: Path | None):
        self._folder = folder
        self._known: dict[str, dict[str, Any]] = {}
        self._used: dict[str, dict[str, Any]] = {}
        self._changed = False
        if folder is not None:
            self._known = _load(folder / _FILE)

    @staticmethod
    def key(path: Path, raw: bytes, language: str) -> str:
        digest = hashlib.sha256(raw).hexdigest()
        return f"{language}:{path.name}:{digest}"

    def get(self, key: str, path: Path) -> Source | None:
        data = self._known.get(key)
        if data is None:
            return None
        try:
            source = _decode(data, path)
        except (KeyError, TypeError, ValueError):
            return None
        self._used[key] = data
        return source

    def put(self, key: str, source: Source) -> None:
        self._used[key] = _encode(source)
        self._changed = True

    def save(self) -> None:
        """Write the records used by this command (dropping those of deleted files)."""
        if self._folder is None or not (self._changed or self._used.keys() != self._known.keys()):
            return
        with contextlib.suppress(OSError):
            self._folder.mkdir(exist_ok=True)
            ignore = self._folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# made by excerpts: a cache, never commit it\n*\n")
        data = json.dumps({"format": _FORMAT, "records": self._used}, ensure_ascii=False)
        # A cache that cannot be written only makes the next command slower.
        with contextlib.suppress(ExcerptsError):
            atomic_write_bytes(self._folder / _FILE, data.encode("utf-8"))


def _load(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return {}
    records = data.get("records")
    return records if isinstance(records, dict) else {}


def _segment(values: list[Any]) -> Segment:
    segment_id, text, line = values
    if not (isinstance(segment_id, str) and isinstance(text, str) and isinstance(line, int)):
        raise TypeError("bad segment")
    return Segment(segment_id, text, line)


def _optional_date(value: Any) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _encode(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "language": source.language,
        "outlet": source.outlet,
        "published": source.published.isoformat(),
        "headline": [source.headline.id, source.headline.text, source.headline.line],
        "excerpts": [[s.id, s.text, s.line] for s in source.excerpts],
        "outlet_note": source.outlet_note,
        "url": source.url,
        "authors": list(source.authors),
        "accessed": source.accessed.isoformat() if source.accessed else None,
        "tags": list(source.tags),
        "note": source.note,
        "provenance": source.provenance,
    }


def _decode(data: dict[str, Any], path: Path) -> Source:
    return Source(
        id=data["id"],
        path=path,
        language=data["language"],
        outlet=data["outlet"],
        published=date.fromisoformat(data["published"]),
        headline=_segment(data["headline"]),
        excerpts=tuple(_segment(s) for s in data["excerpts"]),
        outlet_note=data["outlet_note"],
        url=data["url"],
        authors=tuple(data["authors"]),
        accessed=_optional_date(data["accessed"]),
        tags=tuple(data["tags"]),
        note=data["note"],
        provenance=data["provenance"],
    )
