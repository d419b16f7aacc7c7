"""Aligned TEI P5 export: each French segment beside its translation, linked, under a full header.

One source becomes one ``TEI`` document (:func:`generate_tei`), or many become one ``teiCorpus``
(:func:`generate_tei_corpus`). The generators yield the document as UTF-8 bytes, a piece at a
time, so that a corpus of any size is written with flat memory; :func:`write_tei` and
:func:`write_tei_corpus` only put those bytes in a file, atomically.

The shape, valid against ``tei_all`` and against our own stricter schema
(``excerpts/schema/excerpts-tei.rng``)::

    TEI xml:id="src-<source>" xml:lang="<target>"
      teiHeader      titles in both languages, translator, publisher, provenance notes,
                     the source's bibliographic record, languages, revision status
      text/body
        div type="original"    xml:lang="fr"      head + p, each with an xml:id
        div type="translation" xml:lang="<target>" head + p with @corresp to the French;
                               a gap (reason="untranslated" or "unreviewed") where no
                               translation is exported, so both divs stay parallel
      standOff/linkGrp type="translation"   one link per exported pair (cert="low" if fuzzy);
                                            absent when nothing is translated yet

Identifiers: the document is ``src-<source id>`` (the prefix makes every id an NCName, even for a
source id that starts with a digit), its divisions ``<doc>.<lang>``, its segments
``<doc>.<lang>.<segment id>``. Source and segment ids are reduced to ASCII letters, digits, ``-``
and ``_``; the dot only separates parts, so ids of different sources can never collide.

Everything a document will contain is checked before its first byte is produced: a character
that XML cannot carry (a control character, U+FFFE ...) is an :class:`ExportError` naming the
entry, never a broken file.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from excerpts.errors import ExportError
from excerpts.export._stream import XMLStream, open_stream, write_atomic, write_atomic_all
from excerpts.model import HEADLINE_ID, Pair, Segment, Source, Status, TranslatedSource

TEI_NS = "http://www.tei-c.org/ns/1.0"
_NSMAP: dict[str | None, str] = {None: TEI_NS}
# xmlfile writes these names as given; the xml prefix is bound by the XML spec itself.
_XML_ID = "xml:id"
_XML_LANG = "xml:lang"

DOCUMENT_ID_PREFIX = "src-"
# revisionDesc/@status: two of the values TEI suggests for att.docStatus.
STATUS_COMPLETE = "published"
STATUS_PARTIAL = "unfinished"
# link/@cert of a fuzzy pair, exported only on request.
FUZZY_CERT = "low"
# gap/@reason where the translation is not exported.
GAP_UNTRANSLATED = "untranslated"
GAP_UNREVIEWED = "unreviewed"

# Segments between two hand-outs of bytes: small enough for flat memory, large enough that
# the generator's overhead does not show.
_CHUNK = 512
# Sources up to this many segments keep their checked rows for writing; larger ones have them
# made again for each part of the document, so that memory does not double.
_KEEP_ROWS = 10_000

# Characters XML 1.0 cannot carry at all, even escaped.
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# What id parts may keep: no dot, which separates the parts of an id.
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class TeiCounts:
    """What an export contains: documents, exported (linked) pairs, and what was left out."""

    documents: int = 0
    linked: int = 0
    fuzzy_linked: int = 0
    untranslated: int = 0
    fuzzy_left_out: int = 0

    def __add__(self, other: TeiCounts) -> TeiCounts:
        return TeiCounts(
            documents=self.documents + other.documents,
            linked=self.linked + other.linked,
            fuzzy_linked=self.fuzzy_linked + other.fuzzy_linked,
            untranslated=self.untranslated + other.untranslated,
            fuzzy_left_out=self.fuzzy_left_out + other.fuzzy_left_out,
        )


# --- entry points ---------------------------------------------------------------------------


def generate_tei(
    doc: TranslatedSource,
    *,
    publisher: str,
    include_fuzzy: bool = False,
    date: dt.date | None = None,
) -> Iterator[bytes]:
    """Yield one source's aligned TEI document as UTF-8 bytes, in pieces.

    ``date`` (none by default, so that the output depends only on the input) becomes the
    publication and revision date. Raises :class:`ExportError` before yielding anything when
    the document cannot be written.
    """
    plan = _plan(doc, document_id(doc.source.id), include_fuzzy=include_fuzzy)
    checked_publisher = _clean(publisher, "the publisher (publisher in [tool.excerpts])")
    return _generate_document(plan, checked_publisher, date)


def generate_tei_corpus(
    docs: Iterable[TranslatedSource],
    *,
    publisher: str,
    title: str | None = None,
    include_fuzzy: bool = False,
    date: dt.date | None = None,
) -> Iterator[bytes]:
    """Yield one ``teiCorpus`` holding a TEI document per source, as UTF-8 bytes, in pieces.

    ``docs`` is read once, lazily: each source is checked just before it is written, so an
    error can come after some bytes were yielded (:func:`write_tei_corpus` then leaves no file).
    All sources must share one target language. ``title`` defaults to one naming the languages.
    """
    docs_iter = iter(docs)
    first = next(docs_iter, None)
    if first is None:
        raise ExportError("nothing to export: the corpus has no source")
    checked_publisher = _clean(publisher, "the publisher (publisher in [tool.excerpts])")
    default_title = (
        f"{_language_name(first.source.language)} press excerpts with their "
        f"{_language_name(first.language)} translations"
    )
    checked_title = _clean(title or default_title, "the corpus title")
    # The default title is English; a title given by the caller may be in any language.
    title_attrib = {_XML_LANG: "en"} if title is None else {}
    header = (checked_publisher, checked_title, title_attrib)
    return _generate_corpus(first, docs_iter, header, include_fuzzy, date)


def write_tei(
    doc: TranslatedSource,
    path: Path,
    *,
    publisher: str,
    include_fuzzy: bool = False,
    date: dt.date | None = None,
) -> TeiCounts:
    """Write one source's TEI document to ``path`` atomically; return what it contains."""
    chunks = generate_tei(doc, publisher=publisher, include_fuzzy=include_fuzzy, date=date)
    write_atomic(path, chunks)
    return count_pairs(doc, include_fuzzy=include_fuzzy)


def write_tei_corpus(
    docs: Iterable[TranslatedSource],
    path: Path,
    *,
    publisher: str,
    title: str | None = None,
    include_fuzzy: bool = False,
    date: dt.date | None = None,
) -> TeiCounts:
    """Write a ``teiCorpus`` of all ``docs`` to ``path`` atomically; return what it contains.

    On any error the file at ``path`` is left as it was.
    """
    tally: list[TeiCounts] = []

    def counted() -> Iterator[TranslatedSource]:
        for doc in docs:
            tally.append(count_pairs(doc, include_fuzzy=include_fuzzy))
            yield doc

    chunks = generate_tei_corpus(
        counted(), publisher=publisher, title=title, include_fuzzy=include_fuzzy, date=date
    )
    write_atomic(path, chunks)
    return sum(tally, TeiCounts())


@dataclass(frozen=True)
class TeiExport:
    """The files an export wrote, and what they contain."""

    paths: tuple[Path, ...]
    counts: TeiCounts


CORPUS_FILE_NAME = "corpus.xml"


def write_tei_files(
    docs: Iterable[TranslatedSource],
    folder: Path,
    *,
    publisher: str,
    as_corpus: bool = False,
    include_fuzzy: bool = False,
    date: dt.date | None = None,
) -> TeiExport:
    """Write ``docs`` into ``folder``: one ``<source-id>.xml`` each, or one ``corpus.xml``.

    ``docs`` is read once, lazily, a source at a time. One file per source: each goes to a
    temporary file first, and all are renamed into place at the end, so an error leaves the
    folder as it was.
    """
    if as_corpus:
        path = folder / CORPUS_FILE_NAME
        counts = write_tei_corpus(
            docs, path, publisher=publisher, include_fuzzy=include_fuzzy, date=date
        )
        return TeiExport((path,), counts)
    paths: list[Path] = []
    tally: list[TeiCounts] = []

    def planned() -> Iterator[tuple[Path, Iterator[bytes]]]:
        for doc in docs:
            chunks = generate_tei(doc, publisher=publisher, include_fuzzy=include_fuzzy, date=date)
            paths.append(folder / f"{doc.source.id}.xml")
            tally.append(count_pairs(doc, include_fuzzy=include_fuzzy))
            yield paths[-1], chunks

    write_atomic_all(planned())
    return TeiExport(tuple(paths), sum(tally, TeiCounts()))


def count_pairs(doc: TranslatedSource, *, include_fuzzy: bool = False) -> TeiCounts:
    """What exporting ``doc`` links and leaves out, without writing anything."""
    linked = fuzzy_linked = untranslated = fuzzy_left_out = 0
    for pair in _aligned_pairs(doc):
        english, fuzzy, missing = _exported_translation(pair, include_fuzzy)
        if english is not None:
            linked += 1
            fuzzy_linked += fuzzy
        elif missing == GAP_UNREVIEWED:
            fuzzy_left_out += 1
        else:
            untranslated += 1
    return TeiCounts(1, linked, fuzzy_linked, untranslated, fuzzy_left_out)


def document_id(source_id: str) -> str:
    """The ``xml:id`` of a source's TEI document: ``src-`` and the source id, NCName-safe."""
    return DOCUMENT_ID_PREFIX + (_ID_UNSAFE.sub("-", source_id) or "source")


def segment_id_parts(segment_ids: Iterable[str]) -> list[str]:
    """NCName-safe, unique id parts for a source's segments, in order.

    Characters other than ASCII letters, digits, ``-`` and ``_`` become ``-``. An id that is
    already safe is kept as it is; one that had to change and then meets another gets ``-2``,
    ``-3`` ... (deterministic: record order).
    """
    raw_ids = list(segment_ids)
    taken = {raw for raw in raw_ids if _ID_UNSAFE.search(raw) is None and raw}
    kept: set[str] = set()
    parts: list[str] = []
    for raw in raw_ids:
        if raw in taken and raw not in kept:
            kept.add(raw)
            parts.append(raw)
            continue
        base = _ID_UNSAFE.sub("-", raw) or "segment"
        part, n = base, 1
        while part in taken:
            n += 1
            part = f"{base}-{n}"
        taken.add(part)
        parts.append(part)
    return parts


# --- what a document will contain, checked ----------------------------------------------------


@dataclass(frozen=True)
class _Row:
    """One segment as written: its French, its exported translation or why there is none."""

    tag: str
    fr_id: str
    en_id: str
    french: str
    english: str | None
    fuzzy: bool
    missing: str | None


@dataclass(frozen=True)
class _Translator:
    name: str
    email: str | None
    team: str | None


@dataclass(frozen=True)
class _Header:
    """The header's strings, normalized to NFC and checked."""

    title_fr: str
    title_en: str | None
    outlet: str
    outlet_note: str | None
    url: str | None
    authors: tuple[str, ...]
    published: dt.date
    accessed: dt.date | None
    tags: tuple[str, ...]
    note: str | None
    provenance: str | None
    translator: _Translator | None


@dataclass(frozen=True)
class _Segments:
    """A source's segments with their pairs and id parts; rows are made when asked for.

    Rows are not kept: for a source of a million segments they would double the memory the
    source already takes. Making them again for each pass costs little (NFC normalization
    returns already-normalized text unchanged).
    """

    doc: TranslatedSource
    doc_id: str
    languages: tuple[str, str]
    include_fuzzy: bool
    segments: tuple[Segment, ...]
    pairs: list[Pair | None]
    parts: list[str]

    def rows(self) -> Iterator[_Row]:
        """Each segment's row, in record order; raises :class:`ExportError` on bad text."""
        source = self.doc.source
        source_lang, target_lang = self.languages
        french_label = f"the {_language_name(source.language)} text"
        english_label = f"the {_language_name(self.doc.language)} translation"
        for segment, pair, part in zip(self.segments, self.pairs, self.parts, strict=True):
            french = _clean(segment.text, french_label, source.path, segment.line, segment, source)
            english, fuzzy, missing = _exported_translation(pair, self.include_fuzzy)
            if english is not None:
                english = _clean(english, english_label, None, None, segment, source)
            yield _Row(
                tag="head" if segment.id == HEADLINE_ID else "p",
                fr_id=f"{self.doc_id}.{source_lang}.{part}",
                en_id=f"{self.doc_id}.{target_lang}.{part}",
                french=french,
                english=english,
                fuzzy=fuzzy,
                missing=missing,
            )


@dataclass(frozen=True)
class _Plan:
    """What one TEI document will say, checked before anything is written."""

    doc_id: str
    source_lang: str
    target_lang: str
    header: _Header
    body: _Segments
    total: int
    linked: int
    fuzzy_linked: int
    unreviewed: int

    @property
    def complete(self) -> bool:
        return self.linked == self.total and not self.fuzzy_linked

    @property
    def fr_div(self) -> str:
        return f"{self.doc_id}.{self.source_lang}"

    @property
    def en_div(self) -> str:
        return f"{self.doc_id}.{self.target_lang}"

    @property
    def translator_id(self) -> str:
        return f"{self.doc_id}.translator"

    kept_rows: tuple[_Row, ...] | None = None

    def rows(self) -> Iterator[_Row]:
        """Each segment's row: those made by the check if kept, else made again."""
        return iter(self.kept_rows) if self.kept_rows is not None else self.body.rows()


def _plan(doc: TranslatedSource, doc_id: str, *, include_fuzzy: bool) -> _Plan:
    """Check all of ``doc`` and count what its TEI document will link and leave out."""
    source = doc.source
    source_lang = _language_tag(source.language)
    target_lang = _language_tag(doc.language)
    if source_lang == target_lang:
        raise ExportError(
            f"the translation language {doc.language!r} is the source's own language",
            source.path,
        )
    segments = source.segments
    body = _Segments(
        doc=doc,
        doc_id=doc_id,
        languages=(source_lang, target_lang),
        include_fuzzy=include_fuzzy,
        segments=segments,
        pairs=_aligned_pairs(doc),
        parts=segment_id_parts(segment.id for segment in segments),
    )
    keep = len(segments) <= _KEEP_ROWS
    kept: list[_Row] = []
    headline: _Row | None = None
    linked = fuzzy_linked = unreviewed = 0
    for row in body.rows():  # the check: every text is made once before a byte is written
        headline = headline or row
        linked += row.english is not None
        fuzzy_linked += row.fuzzy
        unreviewed += row.missing == GAP_UNREVIEWED
        if keep:
            kept.append(row)
    assert headline is not None  # a source always has its headline
    return _Plan(
        doc_id,
        source_lang,
        target_lang,
        _header(doc, headline),
        body,
        total=len(segments),
        linked=linked,
        fuzzy_linked=fuzzy_linked,
        unreviewed=unreviewed,
        kept_rows=tuple(kept) if keep else None,
    )


def _aligned_pairs(doc: TranslatedSource) -> list[Pair | None]:
    """The pair of each of the source's segments, in record order (None: no catalog entry)."""
    segments = doc.source.segments
    pairs = doc.pairs
    if len(pairs) == len(segments) and all(
        pair.segment.id == segment.id for pair, segment in zip(pairs, segments, strict=True)
    ):
        return list(pairs)
    by_id = {pair.segment.id: pair for pair in pairs}
    return [by_id.get(segment.id) for segment in segments]


def _exported_translation(
    pair: Pair | None, include_fuzzy: bool
) -> tuple[str | None, bool, str | None]:
    """(translation to export, whether it is fuzzy, gap reason when there is none)."""
    if pair is None or not pair.translation:
        return None, False, GAP_UNTRANSLATED
    if pair.status is Status.TRANSLATED:
        return pair.translation, False, None
    if pair.status is Status.FUZZY:
        return (pair.translation, True, None) if include_fuzzy else (None, False, GAP_UNREVIEWED)
    return None, False, GAP_UNTRANSLATED


def _header(doc: TranslatedSource, headline: _Row) -> _Header:
    """The checked strings of a document's header."""
    source = doc.source

    def field(value: str | None, name: str) -> str | None:
        if value is None or not value.strip():
            return None
        return _clean(value, f"the field {name!r} of source {source.id!r}", path=source.path)

    translator = None
    if doc.translator is not None:
        what = f"the translator of source {source.id!r} (the catalog's Last-Translator header)"
        translator = _Translator(
            name=_clean(doc.translator.name, what),
            email=_clean(doc.translator.email, what) if doc.translator.email else None,
            team=_clean(doc.translator.team, what) if doc.translator.team else None,
        )
    return _Header(
        title_fr=headline.french,
        title_en=headline.english,
        outlet=_clean(source.outlet, f"the field 'outlet' of source {source.id!r}", source.path),
        outlet_note=field(source.outlet_note, "outlet_note"),
        url=field(source.url, "url"),
        authors=tuple(a for a in (field(a, "authors") for a in source.authors) if a),
        published=source.published,
        accessed=source.accessed,
        tags=tuple(t for t in (field(t, "tags") for t in source.tags) if t),
        note=field(source.note, "note"),
        provenance=field(source.provenance, "provenance"),
        translator=translator,
    )


def _clean(
    text: str,
    what: str,
    path: Path | None = None,
    line: int | None = None,
    segment: Segment | None = None,
    source: Source | None = None,
) -> str:
    """``text`` in NFC, or an :class:`ExportError` naming ``what`` if XML cannot carry it.

    With ``segment`` and ``source``, the message starts with the entry's key
    (``<source-id>/<segment-id>``), the msgctxt that finds it in a catalog.
    """
    # Catalog editors may save decomposed accents; TEI consumers compare text as NFC.
    text = unicodedata.normalize("NFC", text)
    bad = _XML_INVALID.search(text)
    if bad is None:
        return text
    if segment is not None and source is not None:
        what = f"{source.key(segment)}: {what}"
    char = bad.group()
    raise ExportError(
        f"{what} contains U+{ord(char):04X} at character {bad.start() + 1}, which XML cannot "
        "carry (a control or non-character); remove it and export again",
        path,
        line,
    )


def _language_tag(code: str) -> str:
    """The BCP 47 tag ``xml:lang`` needs for a gettext language code (``pt_BR`` → ``pt-BR``)."""
    return code.replace("_", "-")


@functools.cache
def _language_name(code: str) -> str:
    """The English name of a language (``fr`` → ``French``), or the code if Babel has none."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code).get_display_name("en")
    except (ValueError, UnknownLocaleError):
        return code
    return str(name) if name else code


# --- writing ----------------------------------------------------------------------------------


def _t(name: str) -> str:
    return f"{{{TEI_NS}}}{name}"


def _generate_document(plan: _Plan, publisher: str, date: dt.date | None) -> Iterator[bytes]:
    with open_stream() as out:
        yield from _emit_tei(out, plan, publisher, date, _NSMAP)
    yield out.take()


def _generate_corpus(
    first: TranslatedSource,
    rest: Iterator[TranslatedSource],
    header: tuple[str, str, dict[str, str]],
    include_fuzzy: bool,
    date: dt.date | None,
) -> Iterator[bytes]:
    publisher = header[0]
    language = first.language
    used_ids: set[str] = set()
    root = {_XML_LANG: _language_tag(language)}
    with open_stream() as out, out.block(_t("teiCorpus"), root, _NSMAP):
        _emit_corpus_header(out, first, header, date)
        for doc in _chain(first, rest):
            if doc.language != language:
                raise ExportError(
                    f"source {doc.source.id!r} is translated into {doc.language!r}, the "
                    f"rest of the corpus into {language!r}: export one language at a time"
                )
            plan = _plan(
                doc, _unique(document_id(doc.source.id), used_ids), include_fuzzy=include_fuzzy
            )
            yield from _emit_tei(out, plan, publisher, date, None)
    yield out.take()


def _chain(first: TranslatedSource, rest: Iterator[TranslatedSource]) -> Iterator[TranslatedSource]:
    yield first
    yield from rest


def _unique(doc_id: str, used: set[str]) -> str:
    """``doc_id``, or ``doc_id-2`` ... when two source ids reduce to the same document id."""
    candidate, n = doc_id, 1
    while candidate in used:
        n += 1
        candidate = f"{doc_id}-{n}"
    used.add(candidate)
    return candidate


def _emit_tei(
    out: XMLStream,
    plan: _Plan,
    publisher: str,
    date: dt.date | None,
    nsmap: dict[str | None, str] | None,
) -> Iterator[bytes]:
    """Write one TEI element; yield the bytes every few hundred segments."""
    with out.block(_t("TEI"), {_XML_ID: plan.doc_id, _XML_LANG: plan.target_lang}, nsmap):
        _emit_header(out, plan, publisher, date)
        yield out.take()
        with out.block(_t("text")), out.block(_t("body")):
            yield from _emit_original(out, plan)
            yield from _emit_translation(out, plan)
        if plan.linked:
            yield from _emit_links(out, plan)


def _emit_header(out: XMLStream, plan: _Plan, publisher: str, date: dt.date | None) -> None:
    h = plan.header
    with out.block(_t("teiHeader")):
        with out.block(_t("fileDesc")):
            _emit_title_stmt(out, plan)
            _emit_publication_stmt(out, publisher, date)
            if h.provenance or h.note:
                with out.block(_t("notesStmt")):
                    if h.provenance:
                        out.leaf(_t("note"), {"type": "provenance"}, h.provenance)
                    if h.note:
                        out.leaf(_t("note"), {"type": "editorial"}, h.note)
            with out.block(_t("sourceDesc")):
                _emit_bibl(out, plan)
        with out.block(_t("profileDesc")):
            _emit_lang_usage(out, plan.source_lang, plan.target_lang)
            if h.tags:
                with out.block(_t("textClass")), out.block(_t("keywords")):
                    for tag in h.tags:
                        out.leaf(_t("term"), None, tag)
        _emit_revision_desc(out, plan, date)


def _emit_title_stmt(out: XMLStream, plan: _Plan) -> None:
    h = plan.header
    with out.block(_t("titleStmt")):
        if h.title_en is not None:
            out.leaf(_t("title"), {_XML_LANG: plan.target_lang}, h.title_en)
        out.leaf(_t("title"), {_XML_LANG: plan.source_lang}, h.title_fr)
        if h.translator is not None:
            with out.block(_t("respStmt"), {_XML_ID: plan.translator_id}):
                out.leaf(_t("resp"), None, "translated by")
                attrib = {"ref": f"mailto:{h.translator.email}"} if h.translator.email else None
                out.leaf(_t("persName"), attrib, h.translator.name)
                if h.translator.team:
                    out.leaf(_t("orgName"), None, h.translator.team)


def _emit_publication_stmt(out: XMLStream, publisher: str, date: dt.date | None) -> None:
    with out.block(_t("publicationStmt")):
        out.leaf(_t("publisher"), None, publisher)
        if date is not None:
            out.leaf(_t("date"), {"when": date.isoformat()}, date.isoformat())


def _emit_bibl(out: XMLStream, plan: _Plan) -> None:
    h = plan.header
    with out.block(_t("bibl")):
        out.leaf(_t("title"), {"level": "a", _XML_LANG: plan.source_lang}, h.title_fr)
        for author in h.authors:
            out.leaf(_t("author"), None, author)
        out.leaf(_t("title"), {"level": "j"}, h.outlet)
        if h.outlet_note:
            out.leaf(_t("note"), {"type": "outlet"}, h.outlet_note)
        out.leaf(_t("date"), {"when": h.published.isoformat()}, h.published.isoformat())
        if h.url:
            out.leaf(_t("ptr"), {"target": _uri(h.url)})
        if h.accessed is not None:
            when = h.accessed.isoformat()
            out.leaf(_t("date"), {"type": "accessed", "when": when}, when)


def _uri(url: str) -> str:
    """``url`` with the characters a URI cannot hold (spaces, controls) percent-encoded."""
    return "".join(
        f"%{ord(c):02X}" if c.isspace() or ord(c) < 0x20 or c in '"<>\\^`{|}' else c
        for c in url.strip()
    )


def _emit_lang_usage(out: XMLStream, source_lang: str, target_lang: str) -> None:
    with out.block(_t("langUsage")):
        for tag in (source_lang, target_lang):
            out.leaf(_t("language"), {"ident": tag}, _language_name(tag.replace("-", "_")))


def _emit_revision_desc(out: XMLStream, plan: _Plan, date: dt.date | None) -> None:
    status = STATUS_COMPLETE if plan.complete else STATUS_PARTIAL
    attrib = {"status": status}
    if date is not None:
        attrib["when"] = date.isoformat()
    if plan.header.translator is not None:
        attrib["who"] = f"#{plan.translator_id}"
    with out.block(_t("revisionDesc"), {"status": status}):
        out.leaf(_t("change"), attrib, _progress(plan))


def _progress(plan: _Plan) -> str:
    """One sentence on how far the translation is, for the revision description."""
    total, linked, fuzzy, unreviewed = plan.total, plan.linked, plan.fuzzy_linked, plan.unreviewed
    untranslated = total - linked - unreviewed
    language = _language_name(plan.target_lang.replace("-", "_"))
    parts = [f"{linked} of {total} segments translated into {language}"]
    if fuzzy:
        parts.append(f"{fuzzy} of them unreviewed (fuzzy)")
    if unreviewed:
        parts.append(f"{unreviewed} unreviewed translations left out")
    if untranslated:
        parts.append(f"{untranslated} untranslated")
    return "; ".join(parts) + "."


def _emit_original(out: XMLStream, plan: _Plan) -> Iterator[bytes]:
    attrib = {_XML_ID: plan.fr_div, "type": "original", _XML_LANG: plan.source_lang}
    with out.block(_t("div"), attrib):
        for i, row in enumerate(plan.rows(), 1):
            out.leaf(_t(row.tag), {_XML_ID: row.fr_id}, row.french)
            if i % _CHUNK == 0:
                yield out.take()


def _emit_translation(out: XMLStream, plan: _Plan) -> Iterator[bytes]:
    attrib = {_XML_ID: plan.en_div, "type": "translation", _XML_LANG: plan.target_lang}
    with out.block(_t("div"), attrib):
        for i, row in enumerate(plan.rows(), 1):
            if row.english is not None:
                out.leaf(_t(row.tag), {_XML_ID: row.en_id, "corresp": f"#{row.fr_id}"}, row.english)
            else:
                out.leaf(
                    _t("gap"),
                    {"reason": row.missing or GAP_UNTRANSLATED, "corresp": f"#{row.fr_id}"},
                )
            if i % _CHUNK == 0:
                yield out.take()


def _emit_links(out: XMLStream, plan: _Plan) -> Iterator[bytes]:
    domains = f"#{plan.fr_div} #{plan.en_div}"
    with (
        out.block(_t("standOff")),
        out.block(_t("linkGrp"), {"type": "translation", "domains": domains}),
    ):
        for i, row in enumerate(plan.rows(), 1):
            if row.english is None:
                continue
            attrib = {"target": f"#{row.fr_id} #{row.en_id}"}
            if row.fuzzy:
                attrib["cert"] = FUZZY_CERT
            out.leaf(_t("link"), attrib)
            if i % _CHUNK == 0:
                yield out.take()


def _emit_corpus_header(
    out: XMLStream,
    first: TranslatedSource,
    header: tuple[str, str, dict[str, str]],
    date: dt.date | None,
) -> None:
    publisher, title, title_attrib = header
    source_lang = _language_tag(first.source.language)
    target_lang = _language_tag(first.language)
    with out.block(_t("teiHeader")):
        with out.block(_t("fileDesc")):
            with out.block(_t("titleStmt")):
                out.leaf(_t("title"), title_attrib, title)
            _emit_publication_stmt(out, publisher, date)
            with out.block(_t("sourceDesc")):
                out.leaf(
                    _t("p"),
                    {_XML_LANG: "en"},
                    "Excerpts of press sources; the header of each document describes its source.",
                )
        with out.block(_t("profileDesc")):
            _emit_lang_usage(out, source_lang, target_lang)
