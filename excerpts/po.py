"""Reading and writing gettext PO and MO files, byte-compatible with GNU gettext.

The rest of the code works on polib's classes (``POFile``, ``POEntry``) as the in-memory model of
a catalog; this module is how they reach the disk:

* :func:`parse_po` / :func:`read_po` - a fast, strict parser whose errors name the file and line;
* :func:`scan_po` / :func:`read_po_messages` - the same parser over a file read a piece at a
  time, yielding light :class:`Message` tuples, for catalogs too big to hold as polib objects;
* :func:`generate_po` / :func:`write_po` - text laid out exactly as ``msgcat`` lays it out
  (comment order, flag normalisation, 79-column wrapping by Unicode line-break rules);
* :func:`generate_mo` / :func:`write_mo` - the binary catalog ``msgfmt`` would write, hash table
  included, in linear time.
"""

from __future__ import annotations

import codecs
import functools
import re
import struct
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, NamedTuple

import polib

from excerpts.errors import CatalogError
from excerpts.fsutil import write_if_changed
from excerpts.gcpause import cyclic_gc_paused

__all__ = [
    "Message",
    "POScan",
    "encode_po",
    "generate_mo",
    "generate_po",
    "parse_metadata",
    "parse_po",
    "read_po",
    "read_po_messages",
    "scan_po",
    "write_mo",
    "write_po",
]

#: Longest line the parser accepts; a bigger one is a corrupt or non-PO file, not a catalog.
MAX_LINE_BYTES = 10 * 1024 * 1024

_MO_MAGIC = 0x950412DE

# --------------------------------------------------------------------------------------------
# Entry points: reading
# --------------------------------------------------------------------------------------------


def read_po(path: Path) -> polib.POFile:
    """Read and parse the PO file at ``path``."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read the catalog: {exc.strerror or exc}", path) from exc
    return parse_po(data, path)


def parse_po(data: bytes, path: Path | str = "<string>") -> polib.POFile:
    """Parse the bytes of a PO file into a ``polib.POFile``; bad input raises ``CatalogError``."""
    _check_binary(data, path)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    _check_line_lengths(data, path)
    charset = _declared_charset(data, path)
    text = _decode(data, charset, path)
    parser = _Parser(path, charset)
    # The parser allocates millions of acyclic objects on big catalogs (a 200,000-entry file
    # parsed 40% slower with the cyclic collector on).
    with cyclic_gc_paused():
        return parser.parse(text)


class Message(NamedTuple):
    """One entry of a catalog read as a stream: what readers of translations need of it."""

    msgctxt: str | None
    msgid: str
    msgstr: str
    flags: tuple[str, ...]
    obsolete: bool
    #: The line of the entry's msgid.
    line: int


@dataclass(frozen=True)
class POScan:
    """What :func:`scan_po` learnt of a catalog without parsing it."""

    #: The Python codec of the charset the header declares.
    charset: str
    #: Active entries by context prefix: the part of msgctxt before the scan's separator.
    contexts: dict[str, int]
    #: The last line of an active msgctxt the scan could not read on its own (a msgctxt
    #: continued on the next line, escaped, indented ...): 0 when there is none. Until the
    #: entries up to that line are read, ``contexts`` may leave some entries out.
    unread_line: int


def scan_po(path: Path, separator: str = "/") -> POScan:
    """Check a catalog's bytes as :func:`parse_po` does before parsing, without holding them.

    Raises the errors :func:`parse_po` raises before it parses (a compiled catalog, a NUL byte,
    an overlong line, an unknown charset, bytes invalid in the charset), with the same
    precedence, and counts the active entries of each context prefix, so that a reader of
    :func:`read_po_messages` knows when it has met all of a prefix's entries.
    """
    with _open_catalog(path) as handle:
        return _Scanner(path, separator.encode("ascii")).scan(handle)


def read_po_messages(path: Path, scan: POScan) -> Iterator[Message]:
    """Yield the entries of the catalog at ``path`` in file order, header entry included.

    The file is read and parsed a piece at a time, with the parser of :func:`parse_po` and
    its errors (``CatalogError`` with the file and line); ``scan`` is the file's
    :func:`scan_po`, which checks what must be checked before parsing. Memory stays flat
    whatever the size of the catalog: beyond a piece of the file, only a compact table of
    the entries' keys is kept, to find duplicates.
    """
    return _messages(path, scan, check_duplicates=True)


def parse_metadata(msgstr: str) -> dict[str, str]:
    """The header fields of a header entry's msgstr, in order, as polib splits them."""
    metadata: dict[str, str] = {}
    key: str | None = None
    for line in msgstr.split("\n"):
        name, colon, value = line.partition(":")
        if colon:
            key = name
            metadata[key] = value.strip()
        elif key is not None and line:
            metadata[key] += "\n" + line.strip()
    return metadata


# --------------------------------------------------------------------------------------------
# Entry points: writing
# --------------------------------------------------------------------------------------------


def generate_po(catalog: polib.POFile, width: int = 79) -> str:
    """Return the text ``msgcat`` would print for ``catalog`` (the catalog is not modified).

    Like ``msgcat``, this normalises what gettext normalises: flags are written in gettext's
    order (flags gettext does not know follow them: msgcat drops those, but they are the
    translator's, e.g. Weblate's ``ignore-numbers``); ``fuzzy`` is dropped from untranslated
    entries; obsolete entries come last and untranslated obsolete entries are dropped.
    """
    blocks: list[str] = []
    header = _header_block(catalog, width)
    if header:
        blocks.append(header)
    blocks.extend(_entry_block(e, width) for e in catalog if not e.obsolete)
    blocks.extend(_entry_block(e, width) for e in catalog if e.obsolete and _first_msgstr(e) != "")
    return "\n".join(blocks)


def write_po(catalog: polib.POFile, path: Path) -> bool:
    """Write ``catalog`` to ``path`` atomically; False when the file already had that text."""
    return write_if_changed(Path(path), encode_po(catalog, path))


def encode_po(catalog: polib.POFile, path: Path | str = "<string>") -> bytes:
    """The bytes :func:`write_po` writes: :func:`generate_po` in the catalog's charset.

    For callers that compare a catalog with a file before writing it, so that the text is
    generated once (``path`` only names the file in errors).
    """
    charset = _catalog_charset(catalog)
    try:
        return generate_po(catalog).encode(charset)
    except UnicodeEncodeError as exc:
        raise CatalogError(
            f"the text cannot be written in the catalog's charset {charset}: "
            f"{exc.object[exc.start : exc.end]!r}; declare charset=UTF-8 in Content-Type",
            path,
        ) from exc


def generate_mo(catalog: polib.POFile) -> bytes:
    """Return the bytes ``msgfmt`` would write for ``catalog``: translated, non-fuzzy messages."""
    charset = _catalog_charset(catalog)
    pairs: list[tuple[bytes, bytes]] = []
    header = _header_msgstr(catalog)
    if header:
        pairs.append((b"", header.encode(charset)))
    for entry in catalog:
        pair = _mo_pair(entry, charset)
        if pair is not None:
            pairs.append(pair)
    pairs.sort(key=lambda pair: pair[0])
    return _mo_bytes(pairs)


def write_mo(catalog: polib.POFile, path: Path) -> bool:
    """Write ``catalog`` compiled to ``path`` atomically; return False when already up to date."""
    return write_if_changed(Path(path), generate_mo(catalog))


# --------------------------------------------------------------------------------------------
# Reading: bytes to text
# --------------------------------------------------------------------------------------------


def _line_of(data: bytes, offset: int) -> int:
    """The 1-based line number of byte ``offset``."""
    return data.count(b"\n", 0, offset) + 1


def _check_binary(data: bytes, path: Path | str) -> None:
    """Refuse compiled catalogs and other binary files with a message that says what they are."""
    if len(data) >= 4 and struct.unpack("<I", data[:4])[0] in (_MO_MAGIC, 0xDE120495):
        raise CatalogError(
            "this looks like a compiled .mo file, not a PO file; decompile it with msgunfmt",
            path,
            1,
        )
    nul = data.find(b"\0")
    if nul >= 0:
        raise _nul_error(path, _line_of(data, nul))


def _nul_error(path: Path | str, line: int) -> CatalogError:
    return CatalogError("NUL byte found: this is a binary file, not a PO file", path, line)


def _long_line_error(path: Path | str, line: int) -> CatalogError:
    return CatalogError(
        f"line longer than {MAX_LINE_BYTES // (1024 * 1024)} MB: "
        "this is not a PO file, or it is corrupt",
        path,
        line,
    )


def _check_line_lengths(data: bytes, path: Path | str) -> None:
    """Refuse absurdly long lines up front, so a corrupt file fails fast instead of crawling."""
    if len(data) <= MAX_LINE_BYTES:
        return
    start = _long_line(data)
    if start is not None:
        raise _long_line_error(path, _line_of(data, start))


def _long_line(data: bytes) -> int | None:
    """Where the first line of ``data`` longer than MAX_LINE_BYTES starts, if any."""
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        if end < 0:
            end = len(data)
        if end - start > MAX_LINE_BYTES:
            return start
        start = end + 1
    return None


_CHARSET_RE = re.compile(rb"Content-Type:[^\n]*?charset=([A-Za-z0-9._:+-]*)", re.IGNORECASE)


def _declared_charset(data: bytes, path: Path | str) -> str:
    """The charset named in the header's Content-Type, as a Python codec name (UTF-8 if none)."""
    # The header is the first entry; look no further so a msgid quoting a header can't fool us.
    first_entry_end = data.find(b"\n\n")
    area = data if first_entry_end < 0 else data[: first_entry_end + 1]
    match = _CHARSET_RE.search(area)
    if match is None:
        return "utf-8"
    return _codec_of(match.group(1), path, lambda: _line_of(data, match.start()))


def _codec_of(name_bytes: bytes, path: Path | str, line: Callable[[], int]) -> str:
    """The Python codec of a charset named in a header; ``line`` says where, for the error."""
    name = name_bytes.decode("ascii")
    if name in ("", "CHARSET"):
        # An uninstantiated template: gettext treats it as ASCII, UTF-8 is a superset.
        return "utf-8"
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise CatalogError(
            f"unknown charset {name!r} in the Content-Type header", path, line()
        ) from None


def _decode(data: bytes, charset: str, path: Path | str) -> str:
    """Decode the file, naming the line of the first byte that is invalid in ``charset``."""
    try:
        return data.decode(charset)
    except UnicodeDecodeError as exc:
        raise _decode_error(path, charset, data, exc, 0) from None


def _decode_error(
    path: Path | str, charset: str, data: bytes, exc: UnicodeDecodeError, before: int
) -> CatalogError:
    """The error for bytes of ``data`` (which has ``before`` lines before it) invalid in charset."""
    bad = data[exc.start : exc.start + 4]
    return CatalogError(
        f"bytes {bad!r} are not valid {charset} (the charset the header declares)",
        path,
        before + _line_of(data, exc.start),
    )


def _split_lines(text: str) -> list[str]:
    """The lines of a file's text, CRLF or LF."""
    # Normalising CRLF once is cheaper than checking every line for a trailing CR.
    return (text.replace("\r\n", "\n") if "\r" in text else text).split("\n")


# --------------------------------------------------------------------------------------------
# Reading: the parser
# --------------------------------------------------------------------------------------------

# A quoted string: the whole rest of the line must be one string and optional whitespace.
_STRING_RE = re.compile(r'"((?:[^"\\]|\\.)*)"[ \t]*\Z', re.DOTALL)
_STRING_START_RE = re.compile(r'"((?:[^"\\]|\\.)*)("?)(.*)\Z', re.DOTALL)
_KEYWORD_RE = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr\[([0-9]+)\]|msgstr)\s*(.*)\Z")
_ESCAPE_RE = re.compile(r"\\(?:([ntbrfva\"\\])|([0-7]{1,3})|x([0-9a-fA-F]+)|(.?))", re.DOTALL)
_SIMPLE_ESCAPES = {
    "n": "\n", "t": "\t", "b": "\b", "r": "\r", "f": "\f", "v": "\v", "a": "\a",
    '"': '"', "\\": "\\",
}  # fmt: skip

# Phases of an entry, in the order gettext's grammar allows them.
_COMMENTS, _CTXT, _MSGID, _PLURAL, _MSGSTR, _MSGSTR_N = range(6)


class _Parser:
    """A line-oriented PO parser: one pass, dispatching on each line's first characters."""

    def __init__(self, path: Path | str, charset: str) -> None:
        self.path = path
        self.charset = charset
        self.entries: list[polib.POEntry] = []
        self.seen: dict[tuple[str | None, str], int] = {}
        self.lineno = 0
        self._new_entry()

    def error(self, message: str, line: int | None = None) -> CatalogError:
        """A CatalogError located at ``line`` (default: the line being parsed)."""
        return CatalogError(message, self.path, line if line is not None else self.lineno)

    # -- entry bookkeeping -------------------------------------------------------------------

    def _new_entry(self) -> None:
        """Start collecting a fresh entry."""
        self.entry = _blank_entry(self.charset)
        self.phase = _COMMENTS
        self.start_line = 0
        self.obsolete: bool | None = None
        self.tcomments: list[str] = []
        self.comments: list[str] = []
        self.pieces: list[str] = []
        self.target: str = ""
        # Whether a plain "..." line may extend the current field (the hot path in parse).
        self.continuable = False
        self.plural_index = 0

    def _flush_field(self) -> None:
        """Store the string being collected into the field it belongs to."""
        if not self.target:
            return
        value = "".join(self.pieces)
        if self.target == "msgstr_n":
            self.entry.msgstr_plural[self.plural_index] = value
        else:
            setattr(self.entry, self.target, value)
        self.target = ""
        self.pieces = []
        self.continuable = False

    def _finish_entry(self) -> None:
        """Close the current entry: store it, check it is not a duplicate, start a new one."""
        self._flush_field()
        if self.phase in (_CTXT, _MSGID, _PLURAL):
            raise self.error(
                "the file ends in the middle of an entry: this entry has no msgstr "
                "(truncated file?)",
                self.entry.linenum or self.start_line,
            )
        if self.phase == _COMMENTS:
            # Trailing comments after the last entry belong to nobody; gettext drops them too.
            self._new_entry()
            return
        entry = self.entry
        entry.tcomment = "\n".join(self.tcomments)
        entry.comment = "\n".join(self.comments)
        entry.obsolete = bool(self.obsolete)
        first = self._first_definition(entry)
        if first is not None:
            raise self.error(
                f"duplicate entry: msgid {_shorten(entry.msgid)!r}"
                + (f" with msgctxt {entry.msgctxt!r}" if entry.msgctxt is not None else "")
                + f" is already defined at line {first}",
                entry.linenum,
            )
        self.entries.append(entry)
        self._new_entry()

    def _first_definition(self, entry: polib.POEntry) -> int | None:
        """The line of an earlier entry with the same msgctxt and msgid, after noting this one."""
        key = (entry.msgctxt, entry.msgid)
        first = self.seen.get(key)
        if first is None:
            self.seen[key] = entry.linenum
        return first

    # -- the main loop -------------------------------------------------------------------------

    def parse(self, text: str) -> polib.POFile:
        """Parse the whole text of a file and return the filled catalog."""
        self.feed(_split_lines(text), 0)
        self.close()
        return self._build_catalog()

    def feed(self, lines: list[str], before: int) -> None:
        """Parse the next ``lines`` of the file, which has ``before`` lines before them.

        Finished entries are appended to :attr:`entries`; the last entry stays open until a
        later line or :meth:`close` ends it.
        """
        for index, line in enumerate(lines, before):
            self.lineno = index + 1
            if not line:
                continue
            first = line[0]
            if first == '"':
                if self.continuable and line[-1] == '"' and len(line) > 1:
                    body = line[1:-1]
                    if '"' not in body and "\\" not in body:
                        self.pieces.append(body)
                        continue
                self._continuation(line, False)
            elif first == "#":
                self._comment(line)
            elif first == "m":
                self._keyword(line, False)
            elif first in " \t\f\v\r":
                stripped = line.strip()
                if stripped:
                    self._dispatch_stripped(stripped)
            else:
                raise self.error(f"unknown keyword or stray text: {_shorten(line)!r}")

    def close(self) -> None:
        """End the file: finish its last entry (``lineno`` is then the file's last line)."""
        self._finish_entry()

    def _dispatch_stripped(self, line: str) -> None:
        """Handle a line that had leading whitespace, by its first character."""
        if line[0] == '"':
            self._continuation(line, False)
        elif line[0] == "#":
            self._comment(line)
        elif line[0] == "m":
            self._keyword(line, False)
        else:
            raise self.error(f"unknown keyword or stray text: {_shorten(line)!r}")

    def _set_obsolete(self, obsolete: bool) -> None:
        """Record whether the entry is obsolete; an entry can't be half obsolete."""
        if self.obsolete is None:
            self.obsolete = obsolete
        elif self.obsolete != obsolete:
            raise self.error("an entry mixes obsolete (#~) and active lines")

    def _comment(self, line: str) -> None:
        """Handle any line starting with ``#``."""
        kind = line[1:2]
        if kind == "~":
            self._obsolete_line(line)
            return
        if self.phase >= _MSGSTR:
            self._finish_entry()
        elif self.phase != _COMMENTS:
            raise self.error("a comment cannot appear inside an entry, before its msgstr")
        if not self.start_line:
            self.start_line = self.lineno
        if kind == ".":
            self.comments.append(_comment_text(line[2:]))
        elif kind == ":":
            self._references(line[2:])
        elif kind == ",":
            self.entry.flags.extend(f for f in (p.strip() for p in line[2:].split(",")) if f)
        elif kind == "|":
            self._previous(line[2:].lstrip(), False)
        else:
            self.tcomments.append(_comment_text(line[1:]))

    def _obsolete_line(self, line: str) -> None:
        """Handle ``#~`` lines: the rest is an ordinary keyword, string or previous line."""
        if line.startswith("#~|"):
            if self.phase >= _MSGSTR:
                self._finish_entry()
            if not self.start_line:
                self.start_line = self.lineno
            self._previous(line[3:].lstrip(), True)
            return
        rest = line[2:].lstrip()
        if not rest:
            return
        if rest[0] == '"':
            self._continuation(rest, True)
        elif rest[0] == "m":
            self._keyword(rest, True)
        else:
            raise self.error(f"unknown keyword in obsolete entry: {_shorten(rest)!r}")

    def _references(self, text: str) -> None:
        """Parse a ``#:`` line into (file, line) tuples, as polib does."""
        occurrences = self.entry.occurrences
        for token in text.split():
            name, colon, number = token.rpartition(":")
            if colon and number.isdigit():
                occurrences.append((name, number))
            else:
                occurrences.append((token, ""))

    def _previous(self, rest: str, obsolete: bool) -> None:
        """Handle the part of a ``#|`` line after the marker."""
        if self.phase != _COMMENTS:
            raise self.error("a #| line cannot appear inside an entry, before its msgstr")
        if rest.startswith('"'):
            if not self.target.startswith("previous_"):
                raise self.error("a #| continuation string without a #| msgid before it")
            self.pieces.append(self._string(rest))
            return
        match = _KEYWORD_RE.match(rest)
        if match is None or match.group(1) not in ("msgctxt", "msgid", "msgid_plural"):
            raise self.error(f"unknown keyword after #|: {_shorten(rest)!r}")
        self._flush_field()
        self.target = "previous_" + match.group(1)
        self.pieces = [self._string(match.group(3))]
        if obsolete:
            self._set_obsolete(True)

    def _keyword(self, line: str, obsolete: bool) -> None:
        """Handle a ``msgctxt``/``msgid``/``msgid_plural``/``msgstr``/``msgstr[N]`` line."""
        match = _KEYWORD_RE.match(line)
        if match is None:
            word = line.split(None, 1)[0]
            raise self.error(f"unknown keyword {_shorten(word)!r}")
        keyword, index, rest = match.groups()
        if not rest.startswith('"'):
            raise self.error(f"{keyword} must be followed by a quoted string")
        value = self._string(rest)
        if keyword == "msgctxt" or keyword == "msgid":
            if self.phase >= _MSGSTR:
                self._finish_entry()
            elif keyword == "msgctxt" and self.phase != _COMMENTS:
                raise self.error("msgctxt must come before msgid")
            elif keyword == "msgid" and self.phase not in (_COMMENTS, _CTXT):
                raise self.error(
                    f"msgid at line {self.entry.linenum} has no msgstr before this msgid"
                )
            if not self.start_line:
                self.start_line = self.lineno
            self._flush_field()
            self.phase = _CTXT if keyword == "msgctxt" else _MSGID
            if keyword == "msgid":
                self.entry.linenum = self.lineno
        elif keyword == "msgid_plural":
            if self.phase != _MSGID:
                raise self.error("msgid_plural must follow msgid")
            self._flush_field()
            self.phase = _PLURAL
        elif index is None:
            if self.phase == _PLURAL:
                raise self.error("an entry with msgid_plural needs msgstr[0], msgstr[1]...")
            if self.phase != _MSGID:
                raise self.error("msgstr before msgid: this msgstr has no msgid of its own")
            self._flush_field()
            self.phase = _MSGSTR
        else:
            self._plural_msgstr(int(index))
            self._set_obsolete(obsolete)
            self.pieces = [value]
            self.continuable = not obsolete
            return
        self._set_obsolete(obsolete)
        self.target = keyword
        self.pieces = [value]
        self.continuable = not obsolete

    def _plural_msgstr(self, index: int) -> None:
        """Check a ``msgstr[N]`` line is where gettext allows it, then collect into it."""
        if self.phase == _MSGID:
            raise self.error(f"msgstr[{index}] needs a msgid_plural before it")
        if self.phase not in (_PLURAL, _MSGSTR_N):
            raise self.error(f"msgstr[{index}] before msgid")
        expected = 0 if self.phase == _PLURAL else self.plural_index + 1
        if index != expected:
            raise self.error(f"msgstr[{index}] found where msgstr[{expected}] was expected")
        self._flush_field()
        self.phase = _MSGSTR_N
        self.plural_index = index
        self.target = "msgstr_n"

    def _continuation(self, line: str, obsolete: bool) -> None:
        """Append a string-only line to the field being collected."""
        if not self.target:
            raise self.error("a string without a keyword (msgid, msgstr...) before it")
        if self.target.startswith("previous_"):
            raise self.error("continuation of a #| field must also start with #|")
        if self.obsolete is not None and self.obsolete != obsolete:
            raise self.error("an entry mixes obsolete (#~) and active lines")
        self.pieces.append(self._string(line))

    def _string(self, text: str) -> str:
        """Unquote and unescape a string that makes up the rest of the line."""
        if text[-1:] == '"' and len(text) > 1:
            body = text[1:-1]
            if '"' not in body and "\\" not in body:
                return body  # the common case, without a regex
        match = _STRING_RE.match(text)
        if match is None:
            start = _STRING_START_RE.match(text)
            if start is None or not start.group(2):
                raise self.error("unterminated string: the closing quote is missing")
            raise self.error(f"text after the closing quote: {_shorten(start.group(3))!r}")
        body = match.group(1)
        if "\\" not in body:
            return body
        return _ESCAPE_RE.sub(self._unescape, body)

    def _unescape(self, match: re.Match[str]) -> str:
        """Turn one backslash escape into its character, as gettext's lexer does."""
        simple, octal, hexa, other = match.groups()
        if simple is not None:
            return _SIMPLE_ESCAPES[simple]
        if octal is not None or hexa is not None:
            code = int(octal, 8) if octal is not None else int(hexa, 16)
            if code > 0xFF:
                raise self.error(f"escape {match.group(0)!r} is out of range (max \\377)")
            if code < 0x80:
                return chr(code)
            try:
                return bytes([code]).decode(self.charset)
            except UnicodeDecodeError:
                raise self.error(
                    f"escape {match.group(0)!r} is not a whole character in {self.charset}; "
                    "write the character itself"
                ) from None
        raise self.error(
            f"invalid escape sequence '\\{other}': gettext accepts \\n \\t \\\" \\\\ "
            "\\a \\b \\f \\r \\v, octal \\ooo and hex \\xhh"
        )

    # -- the catalog -------------------------------------------------------------------------

    def _build_catalog(self) -> polib.POFile:
        """Move the header entry into the catalog's metadata and add the other entries."""
        catalog = polib.POFile(fpath=str(self.path), encoding=self.charset)
        for position, entry in enumerate(self.entries):
            if entry.msgid == "" and entry.msgctxt is None and not entry.obsolete:
                del self.entries[position]
                _fill_metadata(catalog, entry)
                break
        catalog.extend(self.entries)
        return catalog


def _blank_entry(encoding: str) -> polib.POEntry:
    """An empty POEntry with the attributes polib's constructor sets, made 6x faster.

    polib's ``__init__`` reads each of its 15 attributes from ``**kwargs``; on a 50,000-entry
    catalog that alone costs more than the rest of our parsing. tests/test_po.py checks that
    the attribute set stays the one polib's constructor makes.
    """
    entry: polib.POEntry = _NEW_ENTRY(polib.POEntry)
    entry.__dict__.update(
        msgid="", msgstr="", msgid_plural="", msgstr_plural={}, msgctxt=None, obsolete=False,
        encoding=encoding, comment="", tcomment="", occurrences=[], flags=[],
        previous_msgctxt=None, previous_msgid=None, previous_msgid_plural=None, linenum=None,
    )  # fmt: skip
    return entry


_NEW_ENTRY = object.__new__


def _comment_text(text: str) -> str:
    """A comment's text as polib keeps it: without the one space that follows the marker."""
    return text[1:] if text.startswith(" ") else text


def _shorten(text: str, limit: int = 60) -> str:
    """Text cut to ``limit`` characters, for error messages."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fill_metadata(catalog: polib.POFile, header: polib.POEntry) -> None:
    """Split the header entry's msgstr into ``catalog.metadata``, as polib does, keeping order."""
    catalog.header = header.tcomment
    catalog.metadata_is_fuzzy = "fuzzy" in header.flags
    catalog.metadata.update(parse_metadata(header.msgstr))


# --------------------------------------------------------------------------------------------
# Reading: a catalog as a stream
# --------------------------------------------------------------------------------------------

# Bytes read at a time: the file is handled in pieces of whole lines of about this size.
_BLOCK = 1 << 20
# A msgctxt line as gettext writes it, its string alone, and the next line not a continuation
# of it (the scan leaves lines that only may be continued to the parser, conservatively).
_SIMPLE_CTXT_RE = re.compile(rb'\nmsgctxt "([^"\\\n]*)"[ \t]*\r?(?=\n(?![ \t\f\v\r"]))')
_CTXT_PROBE = 'msgctxt "/\n#'


def _open_catalog(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")  # noqa: SIM115 - the callers close it
    except OSError as exc:
        raise CatalogError(f"cannot read the catalog: {exc.strerror or exc}", path) from exc


def _pieces(handle: BinaryIO) -> Iterator[tuple[bytes, bytes]]:
    """The file, byte order mark removed, in pieces of whole lines (the last may lack its
    newline), each with the first bytes of the next piece (b"" for the last)."""
    carry = b""
    pending: bytes | None = None
    first = True
    while True:
        block = handle.read(max(_BLOCK, 4) if first else _BLOCK)
        if first:
            first = False
            if block.startswith(codecs.BOM_UTF8):
                block = block[len(codecs.BOM_UTF8) :]
        if not block:
            break
        data = carry + block if carry else block
        cut = data.rfind(b"\n") + 1
        if cut == 0:
            carry = data  # a line longer than a block: read on
            continue
        piece, carry = (data, b"") if cut == len(data) else (data[:cut], data[cut:])
        if pending is not None:
            yield pending, piece[:4]
        pending = piece
    if carry:
        if pending is not None:
            yield pending, carry[:4]
        pending = carry
    if pending is not None:
        yield pending, b""


class _Scanner:
    """The checks :func:`parse_po` makes before parsing, made piece by piece, and a count of
    the active msgctxt lines by prefix. Errors are kept and raised at the end in parse_po's
    order of precedence (compiled file, NUL, long line, charset, bytes), except a NUL byte,
    which nothing can precede once the file's first bytes are read."""

    def __init__(self, path: Path | str, separator: bytes) -> None:
        self.path = path
        self.separator = separator
        self.long_line: CatalogError | None = None
        self.late: CatalogError | None = None  # an unknown charset or undecodable bytes
        self.counts: Counter[bytes] = Counter()
        self.unread_line = 0
        self.charset = "utf-8"
        self.decoder: codecs.IncrementalDecoder | None = None
        self.readable = True  # whether the charset writes ASCII as ASCII, as gettext's do

    def scan(self, handle: BinaryIO) -> POScan:
        head = handle.read(4)
        if len(head) == 4 and struct.unpack("<I", head)[0] in (_MO_MAGIC, 0xDE120495):
            _check_binary(head, self.path)
        handle.seek(0)
        before = 0
        # Pieces of the header's area (up to the first blank line, which a CRLF file lacks:
        # then the whole file), where the charset is named: held until the charset is known,
        # up to a few blocks; beyond, they are read again from the file.
        area: list[tuple[bytes, bytes, int]] | None = []
        held = 0
        pieces = 0
        match: tuple[bytes, int] | None = None
        for piece, follow in _pieces(handle):
            pieces += 1
            nul = piece.find(b"\0")
            if nul >= 0:
                raise _nul_error(self.path, before + _line_of(piece, nul))
            if self.long_line is None and len(piece) > MAX_LINE_BYTES:
                long_start = _long_line(piece)
                if long_start is not None:
                    line = before + _line_of(piece, long_start)
                    self.long_line = _long_line_error(self.path, line)
            if area is not None:
                # The blank line that ends the area may straddle two pieces.
                ended_before = piece.startswith(b"\n") and before > 0
                end = 0 if ended_before else piece.find(b"\n\n") + 1
                inside = piece if end <= 0 and not ended_before else piece[:end]
                if match is None:
                    found = _CHARSET_RE.search(inside)
                    if found is not None:
                        match = (found.group(1), before + _line_of(inside, found.start()))
                if held <= 8 * _BLOCK:
                    area.append((piece, follow, before))
                    held += len(piece)
                    if held > 8 * _BLOCK:
                        area.clear()
                if ended_before or end > 0:
                    self._start(match, area if held <= 8 * _BLOCK else self._again(pieces))
                    area = None
            elif self.late is None and self.long_line is None:
                self._read(piece, follow, before)
            before += piece.count(b"\n")
        if area is not None:
            self._start(match, area if held <= 8 * _BLOCK else self._again(pieces))
        error = self.long_line or self.late
        if error is not None:
            raise error
        contexts = {
            key.decode(self.charset, "replace"): count for key, count in self.counts.items()
        }
        return POScan(self.charset, contexts, self.unread_line)

    def _again(self, count: int) -> Iterator[tuple[bytes, bytes, int]]:
        """The first ``count`` pieces of the file read again, each with its lines before."""
        with _open_catalog(Path(self.path)) as handle:
            before = 0
            for _, (piece, follow) in zip(range(count), _pieces(handle), strict=False):
                yield piece, follow, before
                before += piece.count(b"\n")

    def _start(
        self, match: tuple[bytes, int] | None, area: Iterable[tuple[bytes, bytes, int]]
    ) -> None:
        """Settle the charset once the header's area is read, then read its pieces."""
        if match is not None:
            try:
                self.charset = _codec_of(match[0], self.path, lambda: match[1])
            except CatalogError as exc:
                self.late = exc
                return
        self.decoder = codecs.getincrementaldecoder(self.charset)()
        try:
            self.readable = _CTXT_PROBE.encode(self.charset) == _CTXT_PROBE.encode("ascii")
        except UnicodeError:
            self.readable = False
        for piece, follow, before in area:
            if self.late is None and self.long_line is None:
                self._read(piece, follow, before)

    def _read(self, piece: bytes, follow: bytes, before: int) -> None:
        """Check that a piece decodes, and count its msgctxt lines."""
        assert self.decoder is not None
        try:
            self.decoder.decode(piece, final=not follow)
        except UnicodeDecodeError as exc:
            self.late = _decode_error(self.path, self.charset, piece + follow, exc, before)
            return
        if not self.readable:
            # The msgctxt lines cannot be found in the bytes: none is read before the end.
            self.unread_line = before + piece.count(b"\n") + 1
            return
        if b"msgctxt" not in piece:
            return
        text = b"\n" + piece + follow
        values = _SIMPLE_CTXT_RE.findall(text)
        separator = self.separator
        self.counts.update(value.split(separator, 1)[0] for value in values)
        if text.count(b"msgctxt") != len(values):
            self._unread(text, before)

    def _unread(self, text: bytes, before: int) -> None:
        """Note the last line where msgctxt may be a keyword the scan did not read."""
        simple = {found.start() for found in _SIMPLE_CTXT_RE.finditer(text)}
        position = text.find(b"msgctxt")
        while position >= 0:
            line_start = text.rfind(b"\n", 0, position) + 1
            # Comments (#~ and #| included) and strings hold no keyword.
            if text[line_start : line_start + 1] not in (b"#", b'"') and (
                line_start - 1 not in simple
            ):
                line = before + text.count(b"\n", 1, line_start) + 1
                self.unread_line = max(self.unread_line, line)
            position = text.find(b"msgctxt", position + 1)


class _StreamParser(_Parser):
    """The parser of :func:`parse_po`, fed a piece at a time, handing out :class:`Message`s.

    Instead of a dict of every (msgctxt, msgid) met, which would hold every msgid of the file,
    duplicates are found with a table of the keys' hashes; two keys with the same hash are
    told apart by reading the first one again from the file.
    """

    def __init__(
        self, path: Path, charset: str, expected: int, check_duplicates: bool = True
    ) -> None:
        super().__init__(path, charset)
        self.keys = _KeyTable(expected if check_duplicates else 0)
        self.check_duplicates = check_duplicates

    def take(self) -> list[Message]:
        """The entries finished since the last call."""
        messages = [
            Message(e.msgctxt, e.msgid, e.msgstr, tuple(e.flags), e.obsolete, e.linenum)
            for e in self.entries
        ]
        self.entries.clear()
        return messages

    def _first_definition(self, entry: polib.POEntry) -> int | None:
        if not self.check_duplicates:
            return None
        key = (entry.msgctxt, entry.msgid)
        for line in self.keys.add(hash(key), entry.linenum):
            if _key_at(Path(self.path), self.charset, line) == key:
                return line
        return None


class _KeyTable:
    """Hashes of keys with the line of each, in an open-addressing table (12 bytes a slot)."""

    def __init__(self, expected: int = 0) -> None:
        size = 1 << 12
        while size < 2 * expected:
            size <<= 1
        self._allocate(size)

    def _allocate(self, size: int) -> None:
        self.mask = size - 1
        self.hashes = array("q", bytes(8 * size))
        self.lines = array("i", bytes(4 * size))
        self.count = 0

    def add(self, key_hash: int, line: int) -> list[int]:
        """Note a key's hash and line; return the lines of the keys noted with the same hash."""
        key_hash = key_hash or 1  # 0 marks an empty slot
        hashes = self.hashes
        mask = self.mask
        slot = key_hash & mask
        same: list[int] = []
        while True:
            found = hashes[slot]
            if found == 0:
                break
            if found == key_hash:
                same.append(self.lines[slot])
            slot = (slot + 1) & mask
        hashes[slot] = key_hash
        self.lines[slot] = line
        self.count += 1
        if 2 * self.count > mask:
            self._grow()
        return same

    def _grow(self) -> None:
        old = zip(self.hashes, self.lines, strict=True)
        self._allocate(2 * (self.mask + 1))
        for key_hash, line in old:
            if key_hash:
                self.add(key_hash, line)


def _messages(path: Path, scan: POScan, *, check_duplicates: bool) -> Iterator[Message]:
    """:func:`read_po_messages`, optionally without looking for duplicates."""
    with _open_catalog(path) as handle:
        expected = sum(scan.contexts.values())
        parser = _StreamParser(path, scan.charset, expected, check_duplicates)
        decoder = codecs.getincrementaldecoder(scan.charset)()
        before = 0
        last = b""
        for piece, follow in _pieces(handle):
            try:
                text = decoder.decode(piece, final=not follow)
            except UnicodeDecodeError as exc:
                raise _decode_error(path, scan.charset, piece + follow, exc, before) from None
            lines = _split_lines(text)
            if piece.endswith(b"\n"):
                lines.pop()  # the empty rest after the piece's last newline
            _without_gc(parser.feed, lines, before)
            before += len(lines)
            last = piece
            yield from parser.take()
        if not last or last.endswith(b"\n"):
            parser.feed([""], before)  # the empty line after the last newline, as split gives
        parser.close()
        yield from parser.take()


def _without_gc(feed: Callable[[list[str], int], None], lines: list[str], before: int) -> None:
    """Parse a piece with the cyclic collector off, as :func:`parse_po` parses a whole file.

    The entries of a piece die young, but the collector would still walk them again and again
    while they are made (a third of the reading time); it runs again between pieces.
    """
    with cyclic_gc_paused():
        feed(lines, before)


def _key_at(path: Path, charset: str, line: int) -> tuple[str | None, str] | None:
    """The (msgctxt, msgid) of the entry whose msgid is on ``line`` (a second, rare read)."""
    scan = POScan(charset, {}, 0)
    for message in _messages(path, scan, check_duplicates=False):
        if message.line == line:
            return message.msgctxt, message.msgid
        if message.line > line:
            break
    return None


# --------------------------------------------------------------------------------------------
# Writing PO: entries
# --------------------------------------------------------------------------------------------

# gettext's format flags, in the order msgcat writes them (format_language[] in gettext 0.21).
_FORMATS = (
    "c", "objc", "python", "python-brace", "java", "csharp", "javascript", "scheme", "lisp",
    "elisp", "librep", "ruby", "sh", "awk", "lua", "object-pascal", "smalltalk", "qt",
    "qt-plural", "kde", "kde-kuit", "boost", "tcl", "perl", "perl-brace", "php", "gcc-internal",
    "gfc-internal", "ycp",
)  # fmt: skip
_SYNTAX_CHECKS = ("ellipsis-unicode", "space-ellipsis", "quote-unicode", "bullet-unicode")
_RANGE_RE = re.compile(r"range:\s*([0-9]+)\s*\.\.\s*([0-9]+)\Z")


def _first_msgstr(entry: polib.POEntry) -> str:
    """The first translation: msgstr, or msgstr[0] for a plural entry (gettext's test)."""
    if entry.msgid_plural:
        value: str = entry.msgstr_plural.get(0, "")
        return value
    msgstr: str = entry.msgstr
    return msgstr


@lru_cache(maxsize=256)
def _flags_text(entry_flags: tuple[str, ...], translated: bool) -> str:
    """The ``#,`` line gettext writes for an entry's flags, or "" when it writes none.

    Cached: a catalog uses a handful of sets of flags.
    """
    flags = set(entry_flags)
    out: list[str] = []
    if "fuzzy" in flags and translated:
        # gettext drops fuzzy from untranslated entries: there is nothing to be fuzzy about.
        out.append("fuzzy")
    for name in _FORMATS:
        if f"{name}-format" in flags or f"possible-{name}-format" in flags:
            out.append(f"{name}-format")
        elif f"no-{name}-format" in flags:
            out.append(f"no-{name}-format")
    for flag in entry_flags:
        match = _RANGE_RE.match(flag)
        if match and int(match.group(1)) < int(match.group(2)):
            out.append(f"range: {int(match.group(1))}..{int(match.group(2))}")
            break
    if "no-wrap" in flags:
        out.append("no-wrap")
    for check in _SYNTAX_CHECKS:
        if f"{check}-check" in flags:
            out.append(f"{check}-check")
        elif f"no-{check}-check" in flags:
            out.append(f"no-{check}-check")
    # Flags gettext does not know (Weblate's ignore-numbers, a team's own markers) are the
    # translator's data: msgcat 0.21 drops them, we keep them, after gettext's own.
    out += [flag for flag in entry_flags if not is_gettext_flag(flag) and flag not in out]
    return "#, " + ", ".join(out) if out else ""


def is_gettext_flag(flag: str) -> bool:
    """Whether GNU gettext knows ``flag`` (fuzzy, format, range, wrap and syntax-check flags)."""
    if flag in ("fuzzy", "wrap", "no-wrap") or _RANGE_RE.match(flag):
        return True
    for prefix in ("possible-", "impossible-", "no-", ""):
        if flag.startswith(prefix):
            name = flag[len(prefix):]
            if name.endswith("-format") and name[: -len("-format")] in _FORMATS:
                return True
            if prefix != "possible-" and prefix != "impossible-" and name.endswith("-check") \
                    and name[: -len("-check")] in _SYNTAX_CHECKS:
                return True
    return False


def _comment_lines(marker: str, text: str) -> Iterator[str]:
    """Comment lines as gettext writes them: marker, then a space only if there is text."""
    for line in text.split("\n"):
        if line.endswith("\\"):
            # gettext reads backslash-newline as a line continuation, even in comments, and
            # would glue the next line onto this one; a trailing space keeps them apart.
            line += " "
        yield f"{marker} {line}" if line else marker


@lru_cache(maxsize=64)
def _extracted_comment_lines(text: str) -> tuple[str, ...]:
    """The ``#.`` lines of an extracted comment (cached: a source's segments share theirs)."""
    return tuple(_comment_lines("#.", text))


def _reference_lines(occurrences: list[tuple[str, str]], width: int) -> Iterator[str]:
    """``#:`` lines, filled up to ``width`` columns the way gettext fills them."""
    line = "#:"
    column = 2
    for name, number in occurrences:
        ref = f"{name}:{number}" if number != "" else name
        if column > 2 and column + len(ref) + 1 > width:
            yield line
            line, column = "#:", 2
        line += " " + ref
        column += len(ref) + 1
    yield line


def _entry_block(entry: polib.POEntry, width: int) -> str:
    """The lines of one entry, each ending in a newline."""
    lines: list[str] = []
    if entry.tcomment:
        lines.extend(_comment_lines("#", entry.tcomment))
    if entry.comment:
        lines.extend(_extracted_comment_lines(entry.comment))
    occurrences = entry.occurrences
    if len(occurrences) == 1 and occurrences[0][1] != "":
        lines.append(f"#: {occurrences[0][0]}:{occurrences[0][1]}")  # one reference, one line
    elif occurrences:
        lines.extend(_reference_lines(occurrences, width))
    wrap = width
    if entry.flags:
        flags = _flags_text(tuple(entry.flags), _first_msgstr(entry) != "")
        if flags:
            lines.append(flags)
        if "no-wrap" in entry.flags:
            wrap = 0
    prefix = "#~ " if entry.obsolete else ""
    previous = "#~| " if entry.obsolete else "#| "
    if entry.previous_msgctxt is not None:
        lines.extend(_wrap_lines(previous, "msgctxt", entry.previous_msgctxt, wrap))
    if entry.previous_msgid is not None:
        lines.extend(_wrap_lines(previous, "msgid", entry.previous_msgid, wrap))
    if entry.previous_msgid_plural is not None:
        lines.extend(_wrap_lines(previous, "msgid_plural", entry.previous_msgid_plural, wrap))
    if entry.msgctxt is not None:
        lines.extend(_wrap_cached(prefix, "msgctxt", entry.msgctxt, wrap))
    lines.extend(_wrap_cached(prefix, "msgid", entry.msgid, wrap))
    if entry.msgid_plural:
        lines.extend(_wrap_cached(prefix, "msgid_plural", entry.msgid_plural, wrap))
        forms = entry.msgstr_plural or {0: "", 1: ""}
        for index in sorted(forms):
            lines.extend(_wrap_lines(prefix, f"msgstr[{index}]", forms[index], wrap))
    else:
        # Translations and previous texts are written once: only the keys and the French
        # msgids, in the template and again in each catalog, are worth the field cache.
        lines.extend(_wrap_lines(prefix, "msgstr", entry.msgstr, wrap))
    lines.append("")
    return "\n".join(lines)


def _header_msgstr(catalog: polib.POFile) -> str:
    """The header entry's msgstr built from ``catalog.metadata``, in the dict's order."""
    return "".join(f"{name}: {value}\n" for name, value in catalog.metadata.items())


def _header_block(catalog: polib.POFile, width: int) -> str:
    """The header comments and header entry, or "" for a catalog without either."""
    msgstr = _header_msgstr(catalog)
    if not msgstr and not catalog.header:
        return ""
    lines: list[str] = []
    if catalog.header:
        lines.extend(_comment_lines("#", catalog.header))
    if catalog.metadata_is_fuzzy and msgstr:
        lines.append("#, fuzzy")
    lines.extend(_wrap("", "msgid", "", width))
    lines.extend(_wrap("", "msgstr", msgstr, width))
    lines.append("")
    return "\n".join(lines)


def _catalog_charset(catalog: polib.POFile) -> str:
    """The Python codec for the charset the catalog's Content-Type declares (UTF-8 if none)."""
    content_type = str(catalog.metadata.get("Content-Type", ""))
    match = re.search(r"charset=([A-Za-z0-9._:+-]+)", content_type)
    if match is None or match.group(1) == "CHARSET":
        return "utf-8"
    try:
        return codecs.lookup(match.group(1)).name
    except LookupError:
        raise CatalogError(
            f"unknown charset {match.group(1)!r} in the Content-Type header"
        ) from None


# --------------------------------------------------------------------------------------------
# Writing PO: gettext's string wrapping
# --------------------------------------------------------------------------------------------

_ESCAPED = {
    "\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v",
    '"': '\\"', "\\": "\\\\",
}  # fmt: skip
_NEEDS_ESCAPE_RE = re.compile(r'[\a\b\f\n\r\t\v"\\]')


def _escape(text: str) -> str:
    """Escape a string for a PO file, as gettext does."""
    return _NEEDS_ESCAPE_RE.sub(lambda m: _ESCAPED[m.group(0)], text)


def _wrap(prefix: str, name: str, value: str, width: int) -> list[str]:
    """The lines of one ``name "value"`` field (cached: ``update`` writes every French msgid
    twice, in the template and in each catalog, with the same wrapping)."""
    return list(_wrap_cached(prefix, name, value, width))


# Room for the msgctxt and msgid lines of a 130,000-segment update: the template's must still
# be there when the catalog's entries ask for them again. Least recently used first is the
# wrong order for that: once full, each new field would push out the template field the next
# catalog entry needs.
@functools.lru_cache(maxsize=1 << 18)
def _wrap_cached(prefix: str, name: str, value: str, width: int) -> tuple[str, ...]:
    return tuple(_wrap_lines(prefix, name, value, width))


def _wrap_lines(prefix: str, name: str, value: str, width: int) -> list[str]:
    """The lines of one ``name "value"`` field, wrapped as gettext's write-po.c wraps them.

    ``width`` is the page width (0: don't wrap). The value is cut after each ``\\n``; each
    portion is broken greedily at Unicode line-break opportunities so that no line, closing
    quote included, passes ``width`` columns. When the first portion would not fit on the
    keyword's line, or the value holds more than one line, gettext starts with ``name ""``.
    """
    if width > 0 and _PLAIN_RE.fullmatch(value) is not None:
        return _wrap_plain(prefix, name, value, width)
    portions = _portions(value)
    after_break = len(prefix) + 1  # columns before the text on continuation lines
    limit = (width if width > 0 else 1 << 30) - 1 - after_break
    first_start = len(prefix) + len(name) + 2 - after_break
    out: list[str] = []
    for number, portion in enumerate(portions):
        if number > 0 or not portion:
            breaks = _breaks(portion, 0, limit)
            own_line = False
        elif len(portions) > 1 or first_start > limit:
            breaks, own_line = _breaks(portion, 0, limit), True
        elif len(portion) > limit and _narrow(portion):
            # Too wide even for a line of its own: from either column it is broken exactly when
            # it holds a break opportunity, so the pass from column 0 alone tells both.
            breaks = _breaks(portion, 0, limit)
            own_line = bool(breaks)
        else:
            own_line = bool(_breaks(portion, first_start, limit))
            breaks = _breaks(portion, 0, limit) if own_line else []
        if own_line:
            out.append(f'{prefix}{name} ""')
            number = 1
        pieces = _cut(portion, breaks)
        head = f"{prefix}{name} " if number == 0 else prefix
        out.append(f'{head}"{pieces[0]}"')
        out.extend(f'{prefix}"{piece}"' for piece in pieces[1:])
    return out


# One-column text with nothing to escape (no quote, backslash or control character): the
# value is its own single portion, and the characters are those of _NARROW_RE.
_PLAIN_RE = re.compile(
    r"[\x20\x21\x23-\x5b\x5d-\x7e\xa0-\xac\xae-\u024f\u2010-\u2027\u202f-\u205e\u20a0-\u20c0]*"
)


def _wrap_plain(prefix: str, name: str, value: str, width: int) -> list[str]:
    """:func:`_wrap_lines` for a value :data:`_PLAIN_RE` matches: news text, keys, most lines.

    Such a value is one portion whose length is its width, so whether it fits, and where it
    breaks, is known without escaping it or measuring it again.
    """
    limit = width - 2 - len(prefix)  # the last column a continuation line's text may reach
    first_start = len(name) + 1  # where the text starts after the keyword, in those columns
    length = len(value)
    if first_start + length <= limit or not value:
        return [f'{prefix}{name} "{value}"']
    breaks = _greedy_local(value, 0, limit) if length > limit else []
    if first_start > limit:
        own_line = True  # gettext's rule: the keyword leaves no room, the text starts below
    elif length > limit:
        # Too wide even for a line of its own: from either column it is broken exactly when
        # it holds a break opportunity, so the pass from column 0 alone tells both.
        own_line = bool(breaks)
    else:
        own_line = bool(_greedy_local(value, first_start, limit))
    if not own_line:
        return [f'{prefix}{name} "{value}"']
    out = [f'{prefix}{name} ""']
    begin = 0
    for index in breaks:
        out.append(f'{prefix}"{value[begin:index]}"')
        begin = index
    out.append(f'{prefix}"{value[begin:]}"')
    return out


def _portions(value: str) -> list[str]:
    """The value cut after each newline, each part escaped; always at least one part."""
    if "\n" not in value or value.index("\n") == len(value) - 1:
        return [_escape(value)]
    parts = value.split("\n")
    result = [_escape(part + "\n") for part in parts[:-1]]
    if parts[-1]:
        result.append(_escape(parts[-1]))
    return result


def _cut(text: str, breaks: list[int]) -> list[str]:
    """``text`` cut at the given indices."""
    if not breaks:
        return [text]
    pieces = []
    previous = 0
    for index in breaks:
        pieces.append(text[previous:index])
        previous = index
    pieces.append(text[previous:])
    return pieces


def _breaks(text: str, start: int, limit: int) -> list[int]:
    """Indices where gettext breaks an escaped portion (gnulib's ulc_width_linebreaks).

    ``start`` is the column the text starts at and ``limit`` the last usable column, both
    relative to the column where continuation lines start.
    """
    if start + len(text) <= limit and (_narrow(text) or start + _width(text) <= limit):
        return []  # the common case: it fits, so no opportunity is ever taken
    if _simple(text):
        return _greedy_local(text, start, limit)
    fast, opportunities = _portion_opportunities(text)
    if fast:
        return _greedy(text, sorted(opportunities), start, limit)
    return _greedy_by_char(text, opportunities, start, limit)


@lru_cache(maxsize=2)
def _simple(text: str) -> bool:
    """Whether :func:`_greedy_local` can find the breaks of a portion.

    That is text where every character is one column wide and no class has context rules
    (marks, joiners, zero-width spaces, mandatory breaks): all Latin-script news text. Cached
    because gettext's ``msgid ""`` rule can make :func:`_wrap` break a portion twice.
    """
    if _narrow(text):
        return True  # no narrow character has such a class (tests/test_po.py checks each)
    codes = text.translate(_CLASS_CODES)
    if _SLOW_CLASSES.search(codes) or "\u200d" in text:
        return False
    widths = text.translate(_WIDTH_CODES)
    return widths.count("1") == len(widths)


# Characters one column wide (tests/test_po.py checks each against _char_width): printable
# ASCII, Latin-1 but the soft hyphen, Latin Extended-A and B, general punctuation but the
# zero-width and direction controls, currency signs. French and English text hardly ever
# leaves this set, so its width is its length without a look at each character.
_NARROW_RE = re.compile(
    "[\x20-\x7e\xa0-\xac\xae-\u024f\u2010-\u2027\u202f-\u205e\u20a0-\u20c0]*"
)


def _narrow(text: str) -> bool:
    """Whether every character of ``text`` is known to take exactly one column."""
    return _NARROW_RE.fullmatch(text) is not None


def _greedy_local(text: str, start: int, limit: int) -> list[int]:
    """:func:`_greedy` for one-column text, testing only the opportunities near each line's end.

    A line starting at ``begin`` ends at the last opportunity within ``limit`` columns, or,
    when there is none, at the first one beyond (a piece longer than a line is not cut). Each
    index is tested on its own classes (and the class before a run of spaces), so a line costs
    a few steps back from its end instead of a pass over every opportunity of the text, and
    only the characters looked at are classified.
    """
    end = len(text)
    guarded = _escape_guards(text) if "\\" in text else frozenset()
    classes, space, direct, spaced = _CHAR_CLASSES, _SPACE_CODE, _DIRECT_PAIRS, _SPACED_PAIRS
    breaks: list[int] = []
    begin, column = 0, start
    while True:
        reach = begin + limit - column  # the last index that still fits on this line
        if reach >= end:
            return breaks
        at = reach
        # _allows_break, written out: this loop is where a long catalog's writing spends most.
        while at > begin:
            after = classes[text[at]]
            if after != space and at not in guarded:
                before = classes[text[at - 1]]
                if before != space:
                    if (before, after) in direct:
                        break
                else:
                    back = at - 2
                    while back >= 0 and classes[text[back]] == space:
                        back -= 1
                    if back >= 0 and (classes[text[back]], after) in spaced:
                        break
            at -= 1
        if at <= begin:
            at = max(reach, begin) + 1
            while at < end and not _allows_break(text, at, guarded):
                at += 1
            if at >= end:
                return breaks
        breaks.append(at)
        begin, column = at, 0


def _allows_break(text: str, index: int, guarded: frozenset[int]) -> bool:
    """Whether UAX #14 allows a break before ``text[index]`` (0 < index), classes of
    :func:`_simple` text."""
    classes = _CHAR_CLASSES
    after = classes[text[index]]
    if after == _SPACE_CODE or index in guarded:
        return False
    before = classes[text[index - 1]]
    if before != _SPACE_CODE:
        return (before, after) in _DIRECT_PAIRS
    index -= 2
    while index >= 0 and classes[text[index]] == _SPACE_CODE:
        index -= 1
    # Spaces at the very start follow nothing a break could come after (LB2).
    return index >= 0 and (classes[text[index]], after) in _SPACED_PAIRS


def _escape_guards(text: str) -> frozenset[int]:
    """Indices gettext never breaks before: inside an escape, and before a final ``\\n``."""
    guarded = set()
    index = text.find("\\")
    while index >= 0:
        guarded.add(index + 1)
        index = text.find("\\", index + 2)
    if text.endswith("\\n"):
        guarded.add(len(text) - 2)
    return frozenset(guarded)


@lru_cache(maxsize=2)
def _portion_opportunities(text: str) -> tuple[bool, frozenset[int]]:
    """Where an escaped portion may break, and whether the fast greedy pass applies.

    Cached because gettext's ``msgid ""`` rule makes :func:`_wrap` break a portion twice.
    """
    fast = _fast_opportunities(text)
    opportunities = _opportunities(text) if fast is None else fast
    if "\\" in text:
        # gettext never breaks inside an escape sequence such as \" or \\ ...
        index = text.find("\\")
        while index >= 0:
            opportunities.discard(index + 1)
            index = text.find("\\", index + 2)
        # ... nor just before the "\n" escape that ends a portion.
        if text.endswith("\\n"):
            opportunities.discard(len(text) - 2)
    return fast is not None, frozenset(opportunities)


def _greedy(text: str, opportunities: list[int], start: int, limit: int) -> list[int]:
    """Take the break opportunities gnulib takes: the last one before a piece overflows."""
    widths = text.translate(_WIDTH_CODES)
    uniform = widths.count("1") == len(widths)
    breaks: list[int] = []
    last: int | None = None
    column = start
    previous = 0
    for index in [*opportunities, len(text)]:
        if uniform:
            piece = index - previous
        else:
            piece = widths.count("1", previous, index) + 2 * widths.count("2", previous, index)
        if last is not None and column + piece > limit:
            breaks.append(last)
            column = 0
        last = index
        column += piece
        previous = index
    return breaks


def _greedy_by_char(text: str, opportunities: frozenset[int], start: int, limit: int) -> list[int]:
    """:func:`_greedy` for text holding mandatory breaks, which reset the column."""
    breaks: list[int] = []
    last: int | None = None
    column = start
    piece = 0
    for index, char in enumerate(text):
        if index in opportunities:
            if last is not None and column + piece > limit:
                breaks.append(last)
                column = 0
            last = index
            column += piece
            piece = 0
        if char in _MANDATORY:
            last, column, piece = None, 0, 0
            continue
        piece += _char_width(char)
    if last is not None and column + piece > limit:
        breaks.append(last)
    return breaks


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal, as gnulib's uc_width counts them."""
    return sum(_char_width(char) for char in text)


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    """Columns one character takes: 0 for marks and controls, 2 for wide ones, else 1."""
    code = ord(char)
    if code < 0x7F:
        return 1 if code >= 0x20 else 0
    category = unicodedata.category(char)
    if category in ("Mn", "Me", "Cf", "Cc") or 0x1160 <= code <= 0x11FF:
        return 0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 2
    return 1


# --------------------------------------------------------------------------------------------
# Unicode line breaking (UAX #14, pair-table form, as gnulib implements it)
# --------------------------------------------------------------------------------------------

# Line break classes; AI, SA, XX and CB are resolved to AL or ID as gnulib does for UTF-8.
(BK, SP, ZW, CM, WJ, GL, OP, CL, CP, QU, NS, EX, SY, IS, PR, PO, NU, AL, ID, IN, HY, BA, BB,
 B2, RI, OW, EM) = range(27)  # fmt: skip
# OW is an East Asian wide OP: UAX #14 rule LB30 glues letters only to narrow brackets.
# EM is an emoji skin-tone modifier, glued to the emoji before it (LB30b).
_MANDATORY = frozenset("\u0085\u2028\u2029")

_ASCII_CLASSES = {
    " ": SP, "\t": BA, "!": EX, '"': QU, "$": PR, "%": PO, "'": QU, "(": OP, ")": CP, "+": PR,
    ",": IS, "-": HY, ".": IS, "/": SY, ":": IS, ";": IS, "?": EX, "[": OP, "\\": PR, "]": CP,
    "{": OP, "|": BA, "}": CL,
}  # fmt: skip
_SPECIAL_CLASSES = {
    "\u00a0": GL, "\u00a1": OP, "\u00a2": PO, "\u00a3": PR, "\u00a4": PR, "\u00a5": PR,
    "\u00ab": QU, "\u00ad": BA, "\u00b0": PO, "\u00b1": PR, "\u00b4": BB, "\u00bb": QU,
    "\u00bf": OP, "\u034f": GL, "\u0085": BK, "\u2007": GL, "\u200b": ZW, "\u2010": BA,
    "\u2011": GL, "\u2012": BA, "\u2013": BA, "\u2014": B2, "\u2018": QU, "\u2019": QU,
    "\u201a": OP, "\u201b": QU, "\u201c": QU, "\u201d": QU, "\u201e": OP, "\u201f": QU,
    "\u2024": IN, "\u2025": IN, "\u2026": IN, "\u2027": BA, "\u2028": BK, "\u2029": BK,
    "\u202f": GL, "\u2039": QU, "\u203a": QU, "\u203c": NS, "\u203d": NS, "\u2044": IS,
    "\u2047": NS, "\u2048": NS, "\u2049": NS, "\u2060": WJ, "\u2030": PO, "\u2031": PO,
    "\u2032": PO, "\u2033": PO, "\u2034": PO, "\u2035": PO, "\u2036": PO, "\u2037": PO,
    "\u20ac": PR, "\u2116": PR, "\u2212": PR, "\u2213": PR, "\u3000": BA, "\u3001": CL,
    "\u3002": CL, "\ufeff": WJ, "\uff01": EX, "\uff0c": CL, "\uff0e": CL, "\uff1a": NS,
    "\uff1b": NS, "\uff1f": EX, "\u0f0b": BA, "\u1680": BA, "\u180e": GL,
}  # fmt: skip
# Japanese iteration marks, prolonged sound mark, middle dot and small kana: no break before.
_SMALL_KANA = frozenset(
    "\u3005\u303b\u309b\u309c\u309d\u309e\u30a0\u30fb\u30fc\u30fd\u30fe\uff65\uff70"
    "\uff9e\uff9f\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308e\u3095"
    "\u3096\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7\u30ee\u30f5\u30f6"
)
_CATEGORY_CLASSES = {
    "Mn": CM, "Mc": CM, "Me": CM, "Cc": CM, "Cf": CM, "Nd": NU, "Ps": OP, "Pe": CL,
    "Pi": QU, "Pf": QU, "Pd": BA, "Sc": PR, "Zs": BA, "Zl": BK, "Zp": BK,
}  # fmt: skip


@lru_cache(maxsize=4096)
def _line_class(char: str) -> int:
    """The line-break class of one character (a close reading of Unicode's LineBreak.txt)."""
    cls = _ASCII_CLASSES.get(char)
    if cls is not None:
        return cls
    code = ord(char)
    if code < 0x7F:
        return CM if code < 0x20 else (NU if "0" <= char <= "9" else AL)
    cls = _SPECIAL_CLASSES.get(char)
    if cls is not None:
        return cls
    if 0x1F1E6 <= code <= 0x1F1FF:
        return RI
    if 0x1F3FB <= code <= 0x1F3FF:
        return EM
    category = unicodedata.category(char)
    if category in ("Ps", "Pe", "Pi", "Pf") and unicodedata.east_asian_width(char) in "WF":
        return OW if category in ("Ps", "Pi") else CL
    if char in _SMALL_KANA:
        return NS
    cls = _CATEGORY_CLASSES.get(category)
    if cls is not None:
        return cls
    if unicodedata.east_asian_width(char) in ("W", "F") or 0x1F000 <= code <= 0x1FAFF:
        return ID
    return AL


def _pair_action(before: int, after: int) -> str:
    """Between two classes: "P" never break, "I" break only across spaces, "D" break."""
    # Rules that hold even across spaces (LB11, LB13-LB17).
    if (
        after in (WJ, CL, CP, EX, IS, SY)
        or before in (OP, OW)
        or (before == QU and after in (OP, OW))
        or (before in (CL, CP) and after == NS)
        or (before == B2 and after == B2)
    ):
        return "P"
    if _glued(before, after):
        return "I"
    return "D"


def _glued(before: int, after: int) -> bool:
    """Whether UAX #14 rules LB11-LB30 forbid a break between adjacent ``before after``."""
    letters = (AL,)
    return (
        before in (WJ, GL)
        or (after == GL and before not in (BA, HY))
        or QU in (before, after)
        or after in (BA, HY, NS)
        or before == BB
        or after == IN
        or (before in letters and after == NU)
        or (before == NU and after in letters)
        or (before == PR and after in (ID, EM))
        or (before in (ID, EM) and after == PO)
        or (before == ID and after == EM)
        or (before in (PR, PO) and after in letters)
        or (before in letters and after in (PR, PO))
        or (before in (CL, CP, NU) and after in (PO, PR))
        or (before in (PO, PR) and after in (OP, OW))
        or (before in (PO, PR, HY, IS, NU, SY) and after == NU)
        or (before in letters and after in letters)
        or (before in (AL, NU) and after == OP)
        or (before == CP and after in (AL, NU))
        or (before == RI and after == RI)
    )


_PAIRS = {(b, a): _pair_action(b, a) for b in range(EM + 1) for a in range(EM + 1)}


class _CodeTable(dict[int, str]):
    """A ``str.translate`` table that maps each character to a one-letter code, on demand."""

    def __init__(self, code: Callable[[str], str]) -> None:
        super().__init__()
        self.code = code

    def __missing__(self, key: int) -> str:
        value = self.code(chr(key))
        self[key] = value
        return value


def _class_letter(cls: int) -> str:
    """The one-letter code of a line-break class in the class strings the regexes scan."""
    return chr(0x100 + cls)  # letters that are never regex syntax


class _CharTable(dict[str, str]):
    """The class letter of each character, computed on first use."""

    def __missing__(self, char: str) -> str:
        value = _class_letter(_line_class(char))
        self[char] = value
        return value


_CLASS_CODES = _CodeTable(lambda char: _class_letter(_line_class(char)))
_CHAR_CLASSES = _CharTable()
_WIDTH_CODES = _CodeTable(lambda char: "012"[_char_width(char)])
_SLOW_CLASSES = re.compile("[" + "".join(_class_letter(c) for c in (BK, ZW, CM)) + "]")


@functools.cache
def _pair_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes over class strings: breaks between adjacent classes, and after spaces.

    Classes that allow the same followers share one alternative, which keeps the regexes small.
    Compiled on first use (a few milliseconds): only text outside :func:`_simple` needs them.
    """
    space = _class_letter(SP)
    plain = [c for c in range(EM + 1) if c not in (SP, BK, ZW, CM)]
    direct: dict[str, str] = {}
    spaced: dict[str, str] = {}
    for before in plain:
        breaking = "".join(_class_letter(a) for a in plain if _PAIRS[before, a] == "D")
        allowed = "".join(_class_letter(a) for a in plain if _PAIRS[before, a] != "P")
        if breaking:
            direct[breaking] = direct.get(breaking, "") + _class_letter(before)
        if allowed:
            spaced[allowed] = spaced.get(allowed, "") + _class_letter(before)
    direct_re = "|".join(f"(?<=[{b}])[{a}]" for a, b in direct.items())
    spaced_re = "|".join(f"(?<=[{b}]){space}+(?=[{a}])" for a, b in spaced.items())
    return re.compile(direct_re), re.compile(spaced_re)


_SPACE_CODE = _class_letter(SP)
_PLAIN = [c for c in range(EM + 1) if c not in (SP, BK, ZW, CM)]
# Class-letter pairs between which a break is allowed: adjacent, and with spaces between.
_DIRECT_PAIRS = frozenset(
    (_class_letter(b), _class_letter(a)) for b in _PLAIN for a in _PLAIN if _PAIRS[b, a] == "D"
)
_SPACED_PAIRS = frozenset(
    (_class_letter(b), _class_letter(a)) for b in _PLAIN for a in _PLAIN if _PAIRS[b, a] != "P"
)


def _fast_opportunities(text: str) -> set[int] | None:
    """:func:`_opportunities` by regexes over the class string, or None when the text holds
    classes with context rules (marks, joiners, zero-width spaces, mandatory breaks)."""
    codes = text.translate(_CLASS_CODES)
    if _SLOW_CLASSES.search(codes) or "\u200d" in text:
        return None
    direct_break, spaced_break = _pair_regexes()
    result = {match.start() for match in direct_break.finditer(codes)}
    result.update(match.end() for match in spaced_break.finditer(codes))
    return result


def _opportunities(text: str) -> set[int]:
    """Indices before which UAX #14 allows a line break (gnulib's u8_possible_linebreaks)."""
    result: set[int] = set()
    last = BK
    space = False  # whether spaces separate this character from the last non-space
    for index, char in enumerate(text):
        cls = _line_class(char)
        if cls == BK:
            last, space = BK, False
            continue
        if cls == SP:
            space = True
            continue
        if cls == ZW:
            last, space = ZW, False
            continue
        if cls == CM:
            if last == BK:
                # A mark with no base stands for a letter (UAX #14 rule LB10).
                last = AL
                continue
            if last == ZW:
                result.add(index)
                last = ID
                continue
            if not space:
                continue
            # A combining mark after a space is a letter of its own (UAX #14 rule LB10).
            cls = AL
        if index and text[index - 1] == "\u200d":
            pass  # never break right after a zero-width joiner (LB8a)
        elif last == ZW:
            result.add(index)
        elif last != BK:
            action = _PAIRS[last, cls]
            if action == "D" or (action == "I" and space):
                result.add(index)
        last, space = cls, False
    return result


# --------------------------------------------------------------------------------------------
# Writing MO
# --------------------------------------------------------------------------------------------


def _mo_pair(entry: polib.POEntry, charset: str) -> tuple[bytes, bytes] | None:
    """The (key, value) bytes msgfmt stores for an entry, or None when msgfmt leaves it out.

    Like msgfmt, an entry counts as untranslated when its first (or only) msgstr is empty.
    """
    if entry.obsolete or "fuzzy" in entry.flags or (entry.msgid == "" and entry.msgctxt is None):
        return None
    if _first_msgstr(entry) == "":
        return None
    key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
    if entry.msgid_plural:
        forms = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
        return (f"{key}\0{entry.msgid_plural}".encode(charset), "\0".join(forms).encode(charset))
    return key.encode(charset), entry.msgstr.encode(charset)


def _hashpjw(key: bytes) -> int:
    """gettext's hash of a key, up to its first NUL (the msgid of a plural entry)."""
    end = key.find(b"\0")
    value = 0
    for byte in key if end < 0 else key[:end]:
        value = (value << 4) + byte
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
            value ^= high
    return value


def _is_prime(candidate: int) -> bool:
    """gettext's primality test for odd numbers, quirk included: it calls 3 composite."""
    divisor = 3
    square = divisor * divisor
    while square < candidate and candidate % divisor != 0:
        divisor += 1
        square += 4 * divisor
        divisor += 1
    return candidate % divisor != 0


def _hash_size(count: int) -> int:
    """The hash table size msgfmt picks: the next odd "prime" from 4/3 of the count, min 3."""
    size = (count * 4 // 3) | 1
    while not _is_prime(size):
        size += 2
    return max(size, 3)


def _mo_bytes(pairs: list[tuple[bytes, bytes]]) -> bytes:
    """Lay out sorted (key, value) pairs as msgfmt does: header, tables, hash, strings."""
    count = len(pairs)
    size = _hash_size(count)
    keys_table = 28
    values_table = keys_table + 8 * count
    hash_table = values_table + 8 * count
    strings = hash_table + 4 * size
    key_index: list[int] = []
    offset = strings
    for key, _ in pairs:
        key_index += (len(key), offset)
        offset += len(key) + 1
    value_index: list[int] = []
    for _, value in pairs:
        value_index += (len(value), offset)
        offset += len(value) + 1
    table = [0] * size
    for number, (key, _) in enumerate(pairs):
        hashed = _hashpjw(key)
        slot = hashed % size
        if table[slot]:
            step = 1 + hashed % (size - 2)
            while table[slot]:
                slot = slot - (size - step) if slot >= size - step else slot + step
        table[slot] = number + 1
    header = struct.pack("<7I", _MO_MAGIC, 0, count, keys_table, values_table, size, hash_table)
    body = struct.pack(f"<{4 * count + size}I", *key_index, *value_index, *table)
    texts = b"\0".join(key for key, _ in pairs) + b"\0" if pairs else b""
    texts += b"\0".join(value for _, value in pairs) + b"\0" if pairs else b""
    return header + body + texts
