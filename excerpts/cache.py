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
from typing import Any, Protocol

from excerpts import __version__
from excerpts.errors import ExcerptsError
from excerpts.fsutil import atomic_write_bytes
from excerpts.model import Segment, Source

CACHE_DIR = ".excerpts-cache"
_FILE = "sources.json"
_FORMAT = f"excerpts-sources-1/{__version__}"


class RecordCache(Protocol):
    """What reading a record needs of a cache: look a record up by key, offer a new one."""

    def key(self, path: Path, raw: bytes, language: str) -> str: ...

    def get(self, key: str, path: Path) -> Source | None: ...

    def put(self, key: str, source: Source) -> None: ...


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
        write_cache_file(self._folder / _FILE, {"format": _FORMAT, "records": self._used})


class SourceCacheReader:
    """The cache file read one record at a time, for commands that hold one record at a time.

    :class:`SourceCache` loads the whole file, which on a corpus of a million segments takes
    more memory than the rest of an export. This reader only notes where each record starts
    and decodes a record when it is asked for; it never writes (``put`` keeps nothing).
    """

    # json.dumps writes every record as `"<key>": {"id": ...`; inside a JSON string a quote is
    # always escaped, so these bytes only occur where a record starts.
    _RECORD = b'": {"id": '
    _BLOCK = 1 << 20

    def __init__(self, folder: Path | None):
        self._path = folder / _FILE if folder is not None else None
        self._starts: dict[str, tuple[int, int]] = {}
        if self._path is not None:
            with contextlib.suppress(OSError):
                self._starts = self._index(self._path)

    key = staticmethod(SourceCache.key)

    def _index(self, path: Path) -> dict[str, tuple[int, int]]:
        """Where each record's JSON object starts and (at the latest) ends, by key."""
        prefix = json.dumps({"format": _FORMAT, "records": {}}, ensure_ascii=False)[:-2]
        starts: list[tuple[str, int]] = []
        with path.open("rb") as handle:
            if handle.read(len(prefix.encode())) != prefix.encode():
                return {}  # another version's cache, or no cache: records are parsed
            handle.seek(0)
            offset = 0  # of data[0] in the file
            data = b""
            searched = 0  # data[:searched] holds no record start not yet noted
            while True:
                block = handle.read(self._BLOCK)
                if not block:
                    break
                data += block
                position = data.find(self._RECORD, searched)
                while position >= 0:
                    opening = data.rfind(b'"', 0, position)
                    raw_key = data[opening + 1 : position]
                    if opening >= 0 and b"\\" not in raw_key:
                        starts.append((raw_key.decode("utf-8", "replace"), offset + position + 3))
                    position = data.find(self._RECORD, position + 1)
                # Keep the tail, where a record start may be cut in two, with its key.
                keep = max(len(data) - 4096, 0)
                data, offset = data[keep:], offset + keep
                searched = max(len(data) - len(self._RECORD) + 1, 0)
            end = offset + len(data)
        ends = [start for _, start in starts[1:]] + [end]
        return {key: (start, stop) for (key, start), stop in zip(starts, ends, strict=True)}

    def get(self, key: str, path: Path) -> Source | None:
        where = self._starts.get(key)
        if where is None or self._path is None:
            return None
        start, stop = where
        try:
            with self._path.open("rb") as handle:
                handle.seek(start)
                text = handle.read(stop - start).decode("utf-8")
            data, _ = json.JSONDecoder().raw_decode(text)
            return _decode(data, path)
        except (OSError, UnicodeDecodeError, KeyError, TypeError, ValueError):
            return None

    def put(self, key: str, source: Source) -> None:
        """Nothing: this reader only reads."""


def read_cache_file(path: Path, fmt: str) -> dict[str, Any] | None:
    """The JSON object a cache file holds, or None when it is missing, unreadable or written
    in another format (another version of the tool, or not ours)."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == fmt else None


def write_cache_file(path: Path, data: dict[str, Any]) -> None:
    """Write a cache file atomically, its folder marked as never to be committed.

    A cache that cannot be written only makes the next command slower: errors are ignored.
    """
    with contextlib.suppress(OSError):
        path.parent.mkdir(exist_ok=True)
        ignore = path.parent / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# made by excerpts: a cache, never commit it\n*\n")
    # json.dumps's default separators: SourceCacheReader finds records by them.
    text = json.dumps(data, ensure_ascii=False)
    with contextlib.suppress(ExcerptsError):
        atomic_write_bytes(path, text.encode("utf-8", "surrogatepass"))


def _load(path: Path) -> dict[str, dict[str, Any]]:
    data = read_cache_file(path, _FORMAT)
    records = data.get("records") if data is not None else None
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
