"""Tests for the PO/MO format layer, checked against GNU gettext's own msgcat and msgfmt."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from excerpts import po
from excerpts.errors import CatalogError
from excerpts.po import generate_mo, generate_po, parse_po, read_po, write_mo, write_po

DATA = Path(__file__).parent / "data" / "po"
GOOD = sorted(DATA.glob("*.po"))
BAD = sorted((DATA / "bad").glob("*.po"))

needs_gettext = pytest.mark.skipif(
    shutil.which("msgcat") is None or shutil.which("msgfmt") is None,
    reason="GNU gettext (msgcat, msgfmt) is not installed",
)

# What each broken file must report: (part of the message, line).
BAD_EXPECTED = {
    "compiled-mo.po": ("looks like a compiled .mo file", 1),
    "duplicate-entry.po": ("duplicate entry: msgid 'hello' is already defined at line 4", 7),
    "invalid-escape.po": ("invalid escape sequence '\\q'", 4),
    "invalid-utf8.po": ("are not valid utf-8", 5),
    "msgstr-before-msgid.po": ("msgstr before msgid", 4),
    "nul-byte.po": ("NUL byte", 4),
    "plural-index-gap.po": ("msgstr[1] found where msgstr[0] was expected", 6),
    "text-after-string.po": ("text after the closing quote: ' oops'", 4),
    "truncated.po": ("has no msgstr (truncated file?)", 7),
    "unknown-charset.po": ("unknown charset 'KLINGON-8'", 2),
    "unknown-keyword.po": ("unknown keyword 'msgtxt'", 5),
    "unterminated-string.po": ("unterminated string", 4),
}


def msgcat(path: Path) -> bytes:
    """What GNU msgcat prints for the file at ``path``.

    ``--force-po`` only stops msgcat from printing nothing for a header-only catalog.
    """
    done = subprocess.run(["msgcat", "--force-po", str(path)], capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def msgfmt(path: Path, tmp_path: Path) -> bytes:
    """The MO file GNU msgfmt compiles from ``path`` (after checking it)."""
    out = tmp_path / "out.mo"
    done = subprocess.run(["msgfmt", "--check", "-o", str(out), str(path)], capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
    return out.read_bytes()


def gettext_readable(path: Path, tmp_path: Path) -> Path:
    """``path``, or a copy without BOM and CRs: gettext 0.21 rejects a BOM and keeps CRs in
    comments, while we accept both and normalise them away."""
    data = path.read_bytes()
    if not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data:
        return path
    copy = tmp_path / path.name
    copy.write_bytes(data.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n"))
    return copy


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.name)
def test_bad_file_is_reported_with_message_and_line(path: Path) -> None:
    message, line = BAD_EXPECTED[path.name]
    with pytest.raises(CatalogError) as caught:
        read_po(path)
    assert message in caught.value.message
    assert caught.value.line == line
    assert caught.value.path == path


def test_every_bad_file_has_an_expectation() -> None:
    assert {p.name for p in BAD} == set(BAD_EXPECTED)


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as caught:
        read_po(tmp_path / "nope.po")
    assert caught.value.path == tmp_path / "nope.po"


def test_absurdly_long_line_is_refused_quickly() -> None:
    data = b'msgid "a"\nmsgstr "' + b"x" * (10 * 1024 * 1024 + 1) + b'"\n'
    with pytest.raises(CatalogError, match="line longer than 10 MB") as caught:
        parse_po(data, "big.po")
    assert caught.value.line == 2


def test_header_metadata_comments_and_fuzzy() -> None:
    catalog = read_po(DATA / "header-comments.po")
    assert list(catalog.metadata)[:2] == ["Project-Id-Version", "Language"]
    assert catalog.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert catalog.header == (
        "French translation of the excerpts corpus.\nCopyright (C) 2024 excerpts project\n"
    )
    assert catalog.metadata_is_fuzzy
    [entry] = catalog
    assert entry.comment == "Headline, Le Monde 2023-05-04"
    assert entry.occurrences == [("sources/lemonde-2023.toml", "12")]
    assert entry.msgstr.startswith("Le président a déclaré\u00a0: « Nous")
    assert entry.linenum == 16


def test_bom_and_crlf_are_accepted() -> None:
    assert [e.msgstr for e in read_po(DATA / "bom.po")] == [
        e.msgstr for e in read_po(DATA / "header-comments.po")
    ]
    crlf, plain = read_po(DATA / "crlf.po"), read_po(DATA / "plural-context.po")
    assert [(e.msgid, e.msgstr_plural, e.msgstr) for e in crlf] == [
        (e.msgid, e.msgstr_plural, e.msgstr) for e in plain
    ]


def test_latin1_file_is_decoded_with_its_declared_charset() -> None:
    catalog = read_po(DATA / "latin1.po")
    assert [e.msgstr for e in catalog] == ["été", "été"]
    assert catalog.encoding == "iso8859-1"


def test_plural_context_and_comments() -> None:
    plural, lines = read_po(DATA / "plural-context.po")
    assert plural.msgctxt == "byline"
    assert plural.msgid_plural == "%d sources"
    assert plural.msgstr_plural == {0: "%d\u202fsource", 1: "%d\u202fsources"}
    assert lines.tcomment == "translator note"
    assert lines.occurrences == [("a.py", "1"), ("b.py", "22"), ("c.py", "")]
    assert lines.flags == ["python-format"]
    assert lines.msgid == "Line one\nline two\n"


def test_obsolete_and_previous_fields() -> None:
    kept, old, menu = read_po(DATA / "obsolete.po")
    assert not kept.obsolete
    assert old.obsolete and menu.obsolete
    assert old.previous_msgid == "The old text"
    assert old.flags == ["fuzzy"]
    assert old.tcomment == "old note"
    assert menu.msgctxt == "menu"
    assert menu.msgstr_plural == {0: "Fichier", 1: "Fichiers"}
    [entry] = read_po(DATA / "previous.po")
    assert entry.previous_msgctxt == "old"
    assert entry.previous_msgid.startswith("A previous msgid long enough")


@pytest.mark.parametrize("name", ["header-comments.po", "plural-context.po", "previous.po"])
def test_entries_look_like_polibs(name: str) -> None:
    ours, theirs = read_po(DATA / name), polib.pofile(str(DATA / name))
    assert ours.metadata == theirs.metadata
    fields = ["msgctxt", "msgid", "msgid_plural", "msgstr", "msgstr_plural", "tcomment"]
    fields += ["comment", "occurrences", "flags", "previous_msgctxt", "previous_msgid"]
    for mine, polibs in zip(ours, theirs, strict=True):
        assert {f: getattr(mine, f) for f in fields} == {f: getattr(polibs, f) for f in fields}


# ---------------------------------------------------------------------------------------------
# Writing PO and MO against gettext
# ---------------------------------------------------------------------------------------------


@needs_gettext
@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_generate_po_is_what_msgcat_prints(path: Path, tmp_path: Path) -> None:
    catalog = read_po(path)
    assert generate_po(catalog).encode(catalog.encoding) == msgcat(gettext_readable(path, tmp_path))


@needs_gettext
@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.name)
def test_generate_mo_is_what_msgfmt_writes(path: Path, tmp_path: Path) -> None:
    assert generate_mo(read_po(path)) == msgfmt(gettext_readable(path, tmp_path), tmp_path)


def test_generate_po_does_not_mutate_the_catalog() -> None:
    catalog = read_po(DATA / "obsolete.po")
    before = [(e.__dict__.copy()) for e in catalog]
    generate_po(catalog)
    generate_mo(catalog)
    assert [e.__dict__ for e in catalog] == before


def test_write_po_is_atomic_keeps_mode_and_skips_identical_text(tmp_path: Path) -> None:
    target = tmp_path / "fr.po"
    shutil.copy(DATA / "plural-context.po", target)
    target.chmod(0o640)
    catalog = read_po(target)
    assert write_po(catalog, target) is True  # into msgcat's layout
    assert write_po(catalog, target) is False
    catalog[0].msgstr_plural[0] = "%d\u202farticle"
    assert write_po(catalog, target) is True
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert read_po(target)[0].msgstr_plural[0] == "%d\u202farticle"
    assert [p.name for p in tmp_path.iterdir()] == ["fr.po"]


def test_write_mo_then_polib_reads_it_back(tmp_path: Path) -> None:
    target = tmp_path / "fr.mo"
    assert write_mo(read_po(DATA / "plural-context.po"), target) is True
    assert write_mo(read_po(DATA / "plural-context.po"), target) is False
    assert {e.msgid: e.msgstr for e in polib.mofile(str(target))}["Line one\nline two\n"] == (
        "Ligne un\nligne deux\n"
    )


# ---------------------------------------------------------------------------------------------
# Property tests: random entries, one msgcat/msgfmt run per example
# ---------------------------------------------------------------------------------------------

ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789     .,;:!?'\"()[]-/\\%$\t\n")
    + list("éèàçœÉ«»\u202f\u00a0\u2019\u2013\u2014\u2026€°😀👍中文\u0301\u0327")
)
TEXT = st.text(ALPHABET, max_size=160)
LONG_WORD = st.text(st.sampled_from("abcdéf"), min_size=80, max_size=120)


@st.composite
def entries(draw: st.DrawFn) -> list[polib.POEntry]:
    """Unique, msgfmt-valid entries: both sides end with a newline or neither does."""
    result = []
    for index in range(draw(st.integers(1, 12))):
        msgid = f"{index} {draw(st.one_of(TEXT, LONG_WORD))}".rstrip("\n")
        msgstr = draw(st.one_of(TEXT, LONG_WORD)).strip("\n")
        entry = polib.POEntry(msgid=msgid, msgstr=msgstr)
        if draw(st.booleans()):
            entry.msgctxt = draw(TEXT).rstrip("\n")
        if draw(st.booleans()):
            entry.msgid_plural = msgid + " (plural)"
            entry.msgstr_plural = {0: msgstr, 1: draw(TEXT).strip("\n")}
            entry.msgstr = ""
        if draw(st.booleans()):
            entry.flags = ["fuzzy"]
        if draw(st.booleans()):
            # A comment ending in a backslash gets a space so gettext doesn't join lines.
            entry.tcomment = draw(TEXT).replace("\n", " ").rstrip("\\")
        result.append(entry)
    if draw(st.booleans()):
        result[-1].obsolete = True
        result[-1].previous_msgid = draw(TEXT).rstrip("\n")
    return result


def catalog_of(items: list[polib.POEntry]) -> polib.POFile:
    """A UTF-8 catalog holding ``items``."""
    catalog = polib.POFile()
    catalog.metadata = {
        "Project-Id-Version": "excerpts",
        "PO-Revision-Date": "2024-05-04 12:00+0200",
        "Last-Translator": "Camille <camille@example.org>",
        "Language-Team": "French",
        "Language": "fr",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n > 1);",
    }
    catalog.extend(items)
    return catalog


@needs_gettext
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(items=entries())
def test_random_catalogs_match_gettext_and_round_trip(
    items: list[polib.POEntry], tmp_path: Path
) -> None:
    catalog = catalog_of(items)
    text = generate_po(catalog)
    path = tmp_path / "random.po"
    path.write_text(text, encoding="utf-8")
    assert msgcat(path).decode("utf-8") == text
    assert generate_mo(catalog) == msgfmt(path, tmp_path)
    back = parse_po(text.encode("utf-8"))
    fields = ["msgctxt", "msgid", "msgid_plural", "msgstr", "msgstr_plural", "obsolete"]
    fields += ["tcomment", "previous_msgid"]
    kept = [e for e in catalog if not e.obsolete] + [
        e for e in catalog if e.obsolete and (e.msgstr_plural.get(0) or e.msgstr)
    ]
    assert [{f: getattr(e, f) for f in fields} for e in back] == [
        {f: getattr(e, f) for f in fields} for e in kept
    ]


@needs_gettext
def test_comment_ending_in_backslash_is_not_glued_to_the_next_line(tmp_path: Path) -> None:
    catalog = catalog_of([polib.POEntry(msgid="x", msgstr="y", tcomment="C:\\", flags=["fuzzy"])])
    path = tmp_path / "backslash.po"
    path.write_text(generate_po(catalog), encoding="utf-8")
    assert msgcat(path).decode("utf-8") == generate_po(catalog)
    assert read_po(path)[0].flags == ["fuzzy"]


def test_fast_entries_have_the_attributes_polib_gives() -> None:
    [entry] = parse_po(b'msgid "a"\nmsgstr "b"\n')
    assert set(entry.__dict__) == set(polib.POEntry().__dict__)


PIECES = st.sampled_from(
    [b"msgid ", b"msgstr ", b"msgctxt ", b"msgid_plural ", b"msgstr[0] ", b"msgstr[1] ", b'"']
    + [b"\\", b"\n", b"#~ ", b"#| ", b"#~| msgid ", b"#, fuzzy", b"#: a.py:1", b"# c", b"#."]
    + [b"abc", b" ", b"\xc3\xa9", b"\xe9", b"\r\n", b'""', b"\\x41", b"\\777", b"\\q"]
)


@settings(max_examples=100, deadline=None)
@given(chunks=st.lists(PIECES, max_size=30))
def test_bad_input_only_ever_raises_catalog_error(chunks: list[bytes]) -> None:
    try:
        parse_po(b"".join(chunks), "fuzz.po")
    except CatalogError as error:
        assert error.line is not None


# ---------------------------------------------------------------------------------------------
# Fast paths of the writer give what the reference line breaker gives
# ---------------------------------------------------------------------------------------------


def test_characters_taken_as_narrow_are_one_column_wide() -> None:
    narrow = [chr(code) for code in range(0x110000) if po._narrow(chr(code))]
    assert len(narrow) > 500
    assert [c for c in narrow if po._char_width(c) != 1] == []
    # ... and none has a line-break class with context rules, so narrow text is simple text.
    slow = (po.BK, po.ZW, po.CM)
    assert [c for c in narrow if po._line_class(c) in slow or c == "\u200d"] == []


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(ALPHABET | st.sampled_from(["  ", "\\n", '\\"', "\\\\", "\u200b", "\u00ad"]),
                  max_size=120).map("".join),
    start=st.integers(0, 30),
    limit=st.integers(4, 78),
    escape=st.booleans(),
)  # fmt: skip
def test_local_line_breaking_matches_the_full_pass(
    text: str, start: int, limit: int, escape: bool
) -> None:
    """The look-around-the-line-end breaker takes the breaks of the all-opportunities one."""
    if escape:
        text = po._escape(text)
    fast, opportunities = po._portion_opportunities(text)
    if fast:
        expected = po._greedy(text, sorted(opportunities), start, limit)
    else:
        expected = po._greedy_by_char(text, opportunities, start, limit)
    if po._simple(text):
        assert po._greedy_local(text, start, limit) == expected
    assert po._breaks(text, start, limit) == expected


# --- the streaming reader -----------------------------------------------------------------------

STREAMED = [*GOOD, *BAD, *sorted((DATA.parent / "bad" / "po").glob("*.po"))]


def _whole_and_streamed(path: Path) -> tuple[object, object]:
    """What parse_po makes of a file and what scan_po + read_po_messages make of it."""
    try:
        catalog = read_po(path)
        whole: object = (
            dict(catalog.metadata),
            [
                (e.msgctxt, e.msgid, e.msgstr, tuple(e.flags), e.obsolete, e.linenum)
                for e in catalog
            ],
        )
    except CatalogError as exc:
        whole = str(exc)
    try:
        messages = list(po.read_po_messages(path, po.scan_po(path)))
        header = next(
            (m for m in messages if m.msgid == "" and m.msgctxt is None and not m.obsolete), None
        )
        if header is not None:
            messages.remove(header)
        streamed: object = (
            po.parse_metadata(header.msgstr) if header else {},
            [tuple(m) for m in messages],
        )
    except CatalogError as exc:
        streamed = str(exc)
    return whole, streamed


@pytest.mark.parametrize("block", [5, 64, 1 << 20], ids=lambda b: f"block{b}")
@pytest.mark.parametrize("path", STREAMED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_read_po_messages_reads_what_parse_po_reads(
    path: Path, block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small blocks cut the file between every few lines: pieces must not change a thing.
    monkeypatch.setattr(po, "_BLOCK", block)
    whole, streamed = _whole_and_streamed(path)
    assert streamed == whole


def test_read_po_messages_tells_keys_with_the_same_hash_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every key hashing alike: each is then compared with the earlier ones read again.
    monkeypatch.setattr(po, "hash", lambda key: 42, raising=False)
    for path in GOOD:
        whole, streamed = _whole_and_streamed(path)
        assert streamed == whole
    duplicate = tmp_path / "duplicate.po"
    duplicate.write_text(
        'msgctxt "a/p1"\nmsgid "Un."\nmsgstr ""\n\nmsgctxt "a/p2"\nmsgid "Un."\nmsgstr ""\n\n'
        'msgctxt "a/p1"\nmsgid "Un."\nmsgstr "One."\n',
        encoding="utf-8",
    )
    whole, streamed = _whole_and_streamed(duplicate)
    assert streamed == whole == (
        f"{duplicate}:10: duplicate entry: msgid 'Un.' with msgctxt 'a/p1' is already defined "
        "at line 2"
    )


CONTEXTS = (
    'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    'msgctxt "a/p1"\nmsgid "Un."\nmsgstr ""\n\n'
    '#~ msgctxt "a/p9"\n#~ msgid "Vieux."\n#~ msgstr "Old."\n\n'
    '#, fuzzy\n#| msgctxt "b/p0"\nmsgctxt "b/p1"\nmsgid "Deux msgctxt."\nmsgstr "Two."\n\n'
    'msgctxt ""\n"a/p2"\nmsgid "Trois."\nmsgstr ""\n\n'
    'msgctxt "c/p1"\nmsgid "Quatre."\nmsgstr ""\n'
)


def test_scan_po_counts_contexts_and_notes_the_msgctxt_it_cannot_read(tmp_path: Path) -> None:
    path = tmp_path / "contexts.po"
    path.write_text(CONTEXTS, encoding="utf-8")
    scan = po.scan_po(path)
    assert scan.charset == "utf-8"
    # The msgctxt continued on the next line (line 18) is left to the parser.
    assert scan.contexts == {"a": 1, "b": 1, "c": 1}
    assert scan.unread_line == 18
    assert [m.msgctxt for m in po.read_po_messages(path, scan)] == [
        None, "a/p1", "a/p9", "b/p1", "a/p2", "c/p1",
    ]  # fmt: skip


def test_key_table_grows_and_finds_every_key_again() -> None:
    table = po._KeyTable()
    hashes = [(n * 0x9E3779B97F4A7C15) % (1 << 63) for n in range(1, 20_001)]
    assert all(table.add(h, line) == [] for line, h in enumerate(hashes, 1))
    assert table.mask + 1 > 2 * len(hashes) > 1 << 12  # grown from its first 4,096 slots
    assert table.add(hashes[0], 99_999) == [1]
    assert table.add(hashes[-1], 99_999) == [20_000]


@pytest.mark.parametrize("block", [5, 1 << 20], ids=lambda b: f"block{b}")
def test_scan_po_of_a_crlf_catalog_reads_its_header_area_again(
    tmp_path: Path, block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without a "\n\n", the area where the charset is named runs to the end of the file; the
    # scan does not hold it all, but reads its pieces again once the charset is known.
    monkeypatch.setattr(po, "_BLOCK", block)
    path = tmp_path / "crlf.po"
    path.write_bytes(CONTEXTS.replace("\n", "\r\n").encode("utf-8"))
    scan = po.scan_po(path)
    assert (scan.contexts, scan.unread_line) == ({"a": 1, "b": 1, "c": 1}, 18)
    whole, streamed = _whole_and_streamed(path)
    assert streamed == whole


def _reference_wrap(prefix: str, name: str, value: str, width: int) -> list[str]:
    """gettext's field layout by the plain rule: each portion broken from its own column, and
    the first broken again from column 0 when it does not fit after the keyword."""
    portions = po._portions(value)
    after_break = len(prefix) + 1
    limit = (width if width > 0 else 1 << 30) - 1 - after_break
    out: list[str] = []
    for number, portion in enumerate(portions):
        start = len(prefix) + len(name) + 2 - after_break if number == 0 else 0
        breaks = po._breaks(portion, start, limit)
        if number == 0 and portion and (len(portions) > 1 or start > limit or breaks):
            out.append(f'{prefix}{name} ""')
            breaks, number = po._breaks(portion, 0, limit), 1
        pieces = po._cut(portion, breaks)
        out.append(f'{prefix}{name} "{pieces[0]}"' if number == 0 else f'{prefix}"{pieces[0]}"')
        out.extend(f'{prefix}"{piece}"' for piece in pieces[1:])
    return out


def test_plain_text_is_one_column_text_with_nothing_to_escape() -> None:
    plain = [chr(code) for code in range(0x110000) if po._PLAIN_RE.fullmatch(chr(code))]
    assert plain == [c for c in map(chr, range(0x110000)) if po._narrow(c) and c not in '"\\']
    assert all(po._escape(c) == c for c in plain)


@settings(max_examples=400, deadline=None)
@given(
    value=st.lists(ALPHABET | LONG_WORD | st.sampled_from(["  ", "\u200b", "\u00ad", "\u2028"]),
                   max_size=60).map("".join),
    prefix=st.sampled_from(["", "#~ ", "#| ", "#~| "]),
    name=st.sampled_from(["msgid", "msgstr", "msgctxt", "msgstr[0]", "msgid_plural"]),
    width=st.sampled_from([0, 1, 8, 12, 20, 40, 79]),
)  # fmt: skip
def test_wrapping_breaks_a_long_portion_once(
    value: str, prefix: str, name: str, width: int
) -> None:
    """Wrapping a portion too wide for any line in one pass, or a plain value by the short
    way, lays out what the plain rule does."""
    assert po._wrap_lines(prefix, name, value, width) == _reference_wrap(prefix, name, value, width)
