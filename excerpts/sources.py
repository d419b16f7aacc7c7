"""Read and validate source records (``sources/<id>.toml``).

tomllib gives values but no positions, so a light scan of the text finds the line of each key
and each ``[[excerpts]]`` table; every problem is reported as ``file:line: what, and the fix``.
"""

from __future__ import annotations

import difflib
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from excerpts.cache import RecordCache, SourceCache
from excerpts.errors import SourceError
from excerpts.model import HEADLINE_ID, Segment, Source

SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
_KEY_LINE_RE = re.compile(r"""^\s*("?)([A-Za-z0-9_-]+)\1\s*=""")
_TABLE_RE = re.compile(r"^\s*\[\[\s*excerpts\s*\]\]\s*(?:#.*)?$")
_ANY_TABLE_RE = re.compile(r"""^\s*\[\[?\s*"?([A-Za-z0-9_-]*)""")
_TOML_POS_RE = re.compile(r"\(at line (\d+), column (\d+)\)")
# Line breaks inside a paragraph are layout, not content: re-wrapping the TOML must not change
# the msgid. Only ASCII blanks around the break are folded; no-break spaces are content.
_BREAK_RE = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")

REQUIRED = ("language", "outlet", "published", "headline")
OPTIONAL = ("outlet_note", "url", "authors", "accessed", "tags", "note", "provenance", "excerpts")
EXCERPT_KEYS = ("id", "text", "note")


@dataclass
class _Positions:
    """Line numbers of the keys of a record: top-level keys and one dict per excerpt table."""

    top: dict[str, int] = field(default_factory=dict)
    tables: list[tuple[int, dict[str, int]]] = field(default_factory=list)


def normalize_text(text: str) -> str:
    """French text as it becomes a msgid: NFC, line breaks folded, outer blanks stripped."""
    return unicodedata.normalize("NFC", _BREAK_RE.sub(" ", text.strip(" \t\r\n")))


def source_paths(sources_dir: Path) -> list[Path]:
    """The record files of a corpus, sorted by id."""
    if not sources_dir.is_dir():
        return []
    return sorted(p for p in sources_dir.glob("*.toml") if p.is_file())


def read_sources(
    sources_dir: Path, language: str = "fr", cache: SourceCache | None = None
) -> list[Source]:
    """Every record of ``sources_dir``, validated; the first problem raises SourceError."""
    return [read_source(path, language, cache) for path in source_paths(sources_dir)]


def read_sources_and_errors(
    sources_dir: Path, language: str = "fr", cache: SourceCache | None = None
) -> tuple[list[Source], list[SourceError]]:
    """The valid records, and each broken record's first problem (``check`` reports them all)."""
    sources, errors = [], []
    for path in source_paths(sources_dir):
        try:
            sources.append(read_source(path, language, cache))
        except SourceError as exc:
            errors.append(exc)
    return sources, errors


def read_source(path: Path, language: str = "fr", cache: RecordCache | None = None) -> Source:
    """Read one record file; ``language`` is the corpus source language.

    With a ``cache``, a record whose bytes were parsed before is not parsed again.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", path) from None
    if cache is None:
        return parse_source(raw, path, language)
    key = cache.key(path, raw, language)
    source = cache.get(key, path)
    if source is None:
        source = parse_source(raw, path, language)
        cache.put(key, source)
    return source


def parse_source(raw: bytes, path: Path, language: str = "fr") -> Source:
    """Parse and validate the bytes of a record whose file is ``path``."""
    text = _decode(raw, path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(exc, path) from None
    stem = path.stem
    if not SLUG_RE.match(stem):
        raise SourceError(
            f"the file name {path.name!r} is not a valid source id: use lowercase letters, digits "
            "and hyphens, e.g. africanews-2023-05-04-mali-poll.toml",
            path,
        )
    return _Validator(path, data, _scan_positions(text), language).source(stem)


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise SourceError(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the record as UTF-8", path, line
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise SourceError("NUL byte in the record; is this a text file?", path, line)
    return text


def _toml_error(exc: tomllib.TOMLDecodeError, path: Path) -> SourceError:
    message = str(exc)
    match = _TOML_POS_RE.search(message)
    line = int(match.group(1)) if match else None
    message = _TOML_POS_RE.sub("", message).strip()
    return SourceError(f"TOML syntax error: {message}", path, line)


def _scan_positions(text: str) -> _Positions:
    """Find the line where each key is defined (good enough for records written by hand)."""
    positions = _Positions()
    current: dict[str, int] | None = None
    in_other_table = False
    in_multiline: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline is not None:
            if line.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        if _TABLE_RE.match(line):
            current = {}
            positions.tables.append((number, current))
            in_other_table = False
            continue
        other = _ANY_TABLE_RE.match(line)
        if other:
            # A field written as a table (`[headline]`) is still that field: report it there.
            positions.top.setdefault(other.group(1), number)
            current, in_other_table = None, True
            continue
        match = _KEY_LINE_RE.match(line)
        if match:
            key = match.group(2)
            target = current if current is not None else (None if in_other_table else positions.top)
            if target is not None:
                target.setdefault(key, number)
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 == 1:
                    in_multiline = quote
    return positions


class _Validator:
    """Checks the values of one parsed record and builds the Source."""

    def __init__(self, path: Path, data: dict[str, Any], pos: _Positions, language: str):
        self.path, self.data, self.pos, self.language = path, data, pos, language

    def fail(self, message: str, key: str | None = None, table: int | None = None) -> SourceError:
        line: int | None
        if table is not None:
            start, keys = self.pos.tables[table] if table < len(self.pos.tables) else (None, {})
            line = keys.get(key, start) if key else start
        else:
            line = self.pos.top.get(key) if key else None
        return SourceError(message, self.path, line)

    def source(self, source_id: str) -> Source:
        data = self.data
        for key in data:
            if key not in REQUIRED and key not in OPTIONAL:
                raise self.fail(_unknown_key(key, REQUIRED + OPTIONAL), key)
        for key in REQUIRED:
            if key not in data:
                raise SourceError(
                    f"missing required field {key!r}; add e.g. {_EXAMPLES[key]}", self.path, 1
                )
        lang = self.string("language")
        if lang != self.language:
            raise self.fail(
                f"'language' is {lang!r} but the corpus source language is {self.language!r}",
                "language",
            )
        headline = self.string("headline")
        return Source(
            id=source_id,
            path=self.path,
            language=lang,
            outlet=self.string("outlet"),
            published=self.date("published"),
            headline=Segment(
                HEADLINE_ID, normalize_text(headline), self.pos.top.get("headline", 1)
            ),
            excerpts=self.excerpts(),
            outlet_note=self.optional_string("outlet_note"),
            url=self.url(),
            authors=self.string_list("authors"),
            accessed=self.date("accessed") if "accessed" in data else None,
            tags=self.string_list("tags"),
            note=self.optional_string("note"),
            provenance=self.optional_string("provenance"),
        )

    def string(self, key: str) -> str:
        value = self.data[key]
        if not isinstance(value, str):
            raise self.fail(f"{key!r} must be a string, not {_type_name(value)}", key)
        if not value.strip():
            raise self.fail(f"{key!r} is empty; write the {key.replace('_', ' ')}", key)
        return value.strip(" \t\r\n")  # no-break spaces are content, not padding

    def optional_string(self, key: str) -> str | None:
        return normalize_text(self.string(key)) if key in self.data else None

    def date(self, key: str) -> date:
        value = self.data[key]
        if isinstance(value, datetime):
            raise self.fail(f"{key!r} must be a date like 2023-05-04, without a time", key)
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            hint = "write it without quotes, e.g. published = 2023-05-04"
            try:
                date.fromisoformat(value)
            except ValueError:
                hint = "use the form YYYY-MM-DD without quotes, e.g. published = 2023-05-04"
            raise self.fail(f"{key!r} must be a TOML date, not the string {value!r}; {hint}", key)
        raise self.fail(f"{key!r} must be a date like 2023-05-04, not {_type_name(value)}", key)

    def url(self) -> str | None:
        url = self.optional_string("url")
        if url is not None and not re.match(r"^https?://[^\s/$.?#][^\s]*$", url):
            raise self.fail(f"'url' must be an http(s) address, not {url!r}", "url")
        return url

    def string_list(self, key: str) -> tuple[str, ...]:
        if key not in self.data:
            return ()
        value = self.data[key]
        if isinstance(value, str):
            raise self.fail(f"{key!r} must be a list of strings, e.g. {key} = [{value!r}]", key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"{key!r} must be a list of non-empty strings", key)
        return tuple(v.strip() for v in value)

    def excerpts(self) -> tuple[Segment, ...]:
        tables = self.data.get("excerpts", [])
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise self.fail(
                "'excerpts' must be an array of tables: "
                "write each as [[excerpts]] with id and text",
                "excerpts",
            )
        seen: dict[str, int] = {}
        segments = []
        for index, table in enumerate(tables):
            segments.append(self.excerpt(index, table, seen))
        return tuple(segments)

    def excerpt(self, index: int, table: dict[str, Any], seen: dict[str, int]) -> Segment:
        for key in table:
            if key not in EXCERPT_KEYS:
                raise self.fail(_unknown_key(key, EXCERPT_KEYS), key, index)
        for key in ("id", "text"):
            if key not in table:
                raise self.fail(f"excerpt #{index + 1} has no {key!r}", None, index)
        excerpt_id = table["id"]
        if not isinstance(excerpt_id, str) or not SLUG_RE.match(excerpt_id):
            raise self.fail(
                f"excerpt id {excerpt_id!r} must be a lowercase slug like 'p1' or 'poll-result'",
                "id",
                index,
            )
        if excerpt_id == HEADLINE_ID:
            raise self.fail("excerpt id 'headline' is reserved for the headline", "id", index)
        line = self._line(index, "id")
        if excerpt_id in seen:
            raise self.fail(
                f"duplicate excerpt id {excerpt_id!r} (first used on line {seen[excerpt_id]}); "
                "give each excerpt its own id",
                "id",
                index,
            )
        seen[excerpt_id] = line
        text = table["text"]
        if not isinstance(text, str):
            raise self.fail(f"excerpt {excerpt_id!r}: 'text' must be a string", "text", index)
        if not text.strip():
            raise self.fail(f"excerpt {excerpt_id!r} has empty text", "text", index)
        if "note" in table and not isinstance(table["note"], str):
            raise self.fail(f"excerpt {excerpt_id!r}: 'note' must be a string", "note", index)
        return Segment(excerpt_id, normalize_text(text), self._line(index, "text"))

    def _line(self, index: int, key: str) -> int:
        if index < len(self.pos.tables):
            start, keys = self.pos.tables[index]
            return keys.get(key, start)
        return 1


_EXAMPLES = {
    "language": 'language = "fr"',
    "outlet": 'outlet = "AfricaNews"',
    "published": "published = 2023-05-04",
    "headline": 'headline = "Les Maliens majoritairement confiants dans la Russie"',
}


def _unknown_key(key: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}?" if close else f"known fields: {', '.join(known)}"
    return f"unknown field {key!r}; {hint}"


def _type_name(value: object) -> str:
    names = {
        str: "a string",
        int: "a number",
        float: "a number",
        bool: "true/false",
        list: "a list",
        dict: "a table",
    }
    return names.get(type(value), type(value).__name__)


def generate_record(
    *,
    outlet: str,
    published: date,
    headline: str,
    paragraphs: list[str] | tuple[str, ...] = (),
    url: str | None = None,
    outlet_note: str | None = None,
    provenance: str | None = None,
    language: str = "fr",
) -> str:
    """The TOML text of a new record; reading it back gives the same (normalized) texts."""
    lines = [
        f"language = {_toml_string(language)}",
        f"outlet = {_toml_string(outlet)}",
    ]
    if outlet_note:
        lines.append(f"outlet_note = {_toml_string(outlet_note)}")
    lines.append(f"published = {published.isoformat()}")
    if url:
        lines.append(f"url = {_toml_string(url)}")
    lines.append(f"headline = {_toml_string(normalize_text(headline))}")
    if provenance:
        lines.append(f"provenance = {_toml_string(normalize_text(provenance))}")
    for number, paragraph in enumerate(paragraphs, start=1):
        lines += ["", "[[excerpts]]", f'id = "p{number}"', "text = " + _toml_block(paragraph)]
    return "\n".join(lines) + "\n"


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain-text article: blocks separated by blank lines, normalized."""
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [normalize_text(b) for b in blocks if b.strip()]


def _escape(text: str) -> str:
    out = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif char == "\t":
            out.append("\\t")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return "".join(out)


def _toml_string(text: str) -> str:
    return f'"{_escape(text)}"'


def _toml_block(text: str, width: int = 96) -> str:
    """A multi-line string wrapped for diffs; the breaks fold back to single spaces on reading."""
    import textwrap

    text = normalize_text(text)
    if "  " in text or "\t" in text:
        return _toml_string(text)  # wrapping could swallow a double space: keep one line
    wrapped = textwrap.wrap(_escape(text), width, break_long_words=False, break_on_hyphens=False)
    return '"""\n' + "\n".join(wrapped) + '\n"""'
