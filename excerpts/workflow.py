"""The corpus jobs: extract, update, stats, compile, and the pairs that exports read.

Each function takes a :class:`Corpus`, does its work and returns a result object; none prints.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import polib

from excerpts import po
from excerpts.cache import CACHE_DIR, SourceCache, SourceCacheReader
from excerpts.catalog import (
    active_by_key,
    build_template,
    entry_status,
    new_catalog,
    pair_for,
    translator_from,
)
from excerpts.config import Corpus
from excerpts.errors import ExcerptsError, SourceError
from excerpts.fsutil import atomic_write_bytes, write_if_changed
from excerpts.gcpause import cyclic_gc_paused
from excerpts.lock import corpus_lock
from excerpts.merge import MergeCounts, merge_catalog
from excerpts.model import Source, Status, TranslatedSource, Translator
from excerpts.sources import read_source, read_sources, read_sources_and_errors, source_paths

_WORD_RE = re.compile(r"\w+(?:[-’']\w+)*")


@dataclass(frozen=True)
class ExtractResult:
    """The template written (or found up to date) by ``extract``."""

    path: Path
    segments: int
    sources: int
    written: bool
    out_of_date: bool


@dataclass(frozen=True)
class UpdateResult:
    """What ``update`` did, or would do, to one language's catalog."""

    language: str
    path: Path
    counts: MergeCounts
    created: bool
    written: bool
    out_of_date: bool


@dataclass(frozen=True)
class SourceStats:
    """Progress of one source in one language."""

    source_id: str
    language: str
    segments: int
    words: int
    translated: int
    fuzzy: int
    untranslated: int

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.segments if self.segments else 100.0


def load_sources(corpus: Corpus) -> list[Source]:
    """All source records of the corpus (the first invalid one raises SourceError).

    Records unchanged since the last ``update`` or ``extract`` come from the cache.
    """
    return _cached_sources(corpus)[0]


def _cached_sources(corpus: Corpus) -> tuple[list[Source], SourceCache]:
    cache = SourceCache(corpus.root / CACHE_DIR)
    return read_sources(corpus.sources_dir, corpus.settings.source_language, cache), cache


def load_sources_and_errors(corpus: Corpus) -> tuple[list[Source], list[SourceError]]:
    """The valid records and every broken record's first problem, through the cache."""
    cache = SourceCache(corpus.root / CACHE_DIR)
    return read_sources_and_errors(corpus.sources_dir, corpus.settings.source_language, cache)


def extract(corpus: Corpus, *, check: bool = False) -> ExtractResult:
    """Write ``locales/<domain>.pot`` from the sources, unless it is already up to date.

    With ``check``, nothing is written; ``out_of_date`` says whether it would have been.
    """
    sources, cache = _cached_sources(corpus)
    if check:
        return _extract(corpus, sources, check=True)[1]
    with corpus_lock(corpus.locales_dir):
        result = _extract(corpus, sources, check=False)[1]
    cache.save()  # only once the command has succeeded: a failed one changes nothing
    return result


def update(
    corpus: Corpus,
    languages: Sequence[str] | None = None,
    *,
    check: bool = False,
    now: datetime | None = None,
    sources: list[Source] | None = None,
) -> tuple[ExtractResult, list[UpdateResult]]:
    """Extract the template, then create or merge each language's catalog.

    With ``check``, nothing is written: the results say which files are out of date. Otherwise
    the corpus is locked for the whole merge, so that two updates cannot lose each other's work.
    ``sources`` spares reading the records again when the caller has just read them.
    """
    # Records, template, catalog and the merged catalog are hundreds of thousands of acyclic
    # objects on a big corpus: the cyclic collector would walk them again and again while they
    # are made (a fifth of the time of a 50,000-segment update) and find nothing to free.
    with cyclic_gc_paused():
        return _locked_update(corpus, languages, check, now, sources)


def _locked_update(
    corpus: Corpus,
    languages: Sequence[str] | None,
    check: bool,
    now: datetime | None,
    sources: list[Source] | None,
) -> tuple[ExtractResult, list[UpdateResult]]:
    cache = None
    if sources is None:
        # A broken record stops everything before any write.
        sources, cache = _cached_sources(corpus)
    if check:
        return _update(corpus, sources, languages, True, now)
    with corpus_lock(corpus.locales_dir):
        result = _update(corpus, sources, languages, False, now)
    if cache is not None:
        cache.save()  # only once the command has succeeded: a failed one changes nothing
    return result


def _update(
    corpus: Corpus,
    sources: list[Source],
    languages: Sequence[str] | None,
    check: bool,
    now: datetime | None,
) -> tuple[ExtractResult, list[UpdateResult]]:
    template, template_data, extracted = _plan_template(corpus, sources, check)
    planned: list[tuple[UpdateResult, bytes]] = []
    for language in _languages(corpus, languages):
        path = corpus.catalog_path(language)
        current = _read_bytes(path)
        if current is None:
            catalog = new_catalog(template, language, now)
        else:
            catalog = po.parse_po(current, path)
        merged, counts = merge_catalog(catalog, template)
        data = po.encode_po(merged, path)  # in the catalog's own charset
        stale = current is None or data != _as_gettext_writes(current)
        result = UpdateResult(language, path, counts, current is None, stale and not check, stale)
        planned.append((result, data))
    # Every catalog was read, merged and encoded before anything is written: a broken catalog
    # (or one whose charset cannot hold the new text) leaves the whole corpus as it was.
    if extracted.written:
        atomic_write_bytes(extracted.path, template_data)
    for result, data in planned:
        if result.written:
            atomic_write_bytes(result.path, data)
    return extracted, [result for result, _ in planned]


def _extract(
    corpus: Corpus, sources: list[Source], check: bool
) -> tuple[polib.POFile, ExtractResult]:
    template, data, result = _plan_template(corpus, sources, check)
    if result.written:
        atomic_write_bytes(result.path, data)
    return template, result


def _plan_template(
    corpus: Corpus, sources: list[Source], check: bool
) -> tuple[polib.POFile, bytes, ExtractResult]:
    """The template, its bytes, and whether writing them is due (nothing is written here)."""
    if not sources:
        raise ExcerptsError(
            f"no source records in {corpus.relative(corpus.sources_dir)}/; "
            "create one with `excerpts source new ID`"
        )
    template = build_template(corpus, sources)
    path = corpus.template_path
    data = po.encode_po(template, path)
    stale = _read_bytes(path) != data
    result = ExtractResult(path, len(template), len(sources), stale and not check, stale)
    return template, data, result


def stats(corpus: Corpus, languages: Sequence[str] | None = None) -> list[SourceStats]:
    """Per source and language: segments, French words, translated, fuzzy, untranslated."""
    sources = load_sources(corpus)
    rows = []
    for language in _languages(corpus, languages):
        path = corpus.catalog_path(language)
        entries = active_by_key(po.read_po(path)) if path.exists() else {}
        for source in sources:
            counts = {status: 0 for status in Status}
            for segment in source.segments:
                pair = pair_for(source.id, segment, entries.get(source.key(segment)))
                counts[pair.status] += 1
            rows.append(
                SourceStats(
                    source_id=source.id,
                    language=language,
                    segments=len(source.segments),
                    words=sum(count_words(s.text) for s in source.segments),
                    translated=counts[Status.TRANSLATED],
                    fuzzy=counts[Status.FUZZY],
                    untranslated=counts[Status.UNTRANSLATED],
                )
            )
    return rows


def count_words(text: str) -> int:
    """Words as translators count them: runs of letters/digits, hyphens and apostrophes inside."""
    return len(_WORD_RE.findall(text))


def compile_catalogs(
    corpus: Corpus, languages: Sequence[str] | None = None
) -> list[tuple[Path, int]]:
    """Write each catalog's ``.mo`` (fuzzy and untranslated left out); (path, messages) each.

    Every catalog is read and compiled before any ``.mo`` is written, so a broken one stops
    the command with nothing changed.
    """
    with corpus_lock(corpus.locales_dir):
        compiled = [_compile_one(corpus, language) for language in _languages(corpus, languages)]
        for mo_path, data, _ in compiled:
            write_if_changed(mo_path, data)
    return [(mo_path, count) for mo_path, _, count in compiled]


def _compile_one(corpus: Corpus, language: str) -> tuple[Path, bytes, int]:
    path = corpus.catalog_path(language)
    if not path.exists():
        raise ExcerptsError(
            f"no catalog for {language!r} at {corpus.relative(path)}; run `excerpts update` first"
        )
    catalog = po.read_po(path)
    count = sum(1 for e in catalog if not e.obsolete and entry_status(e) is Status.TRANSLATED)
    return corpus.mo_path(language), po.generate_mo(catalog), count


def load_translated(
    corpus: Corpus, language: str, source_ids: Iterable[str] | None = None
) -> Iterator[TranslatedSource]:
    """Each source with its pairs in ``language``, in record order: what exports are built from.

    The sources come one at a time, each record and its catalog entries read when it is
    handed out, so that an export holds one source, not the corpus (a catalog of a million
    entries as polib objects takes gigabytes). Errors come as they are met: an unknown
    ``source_ids`` and a catalog that is not a readable PO file right away, a broken record
    or entry when the reading gets to it, and the rest of the catalog is read to its end
    (and checked) after the last source.
    """
    paths = source_paths(corpus.sources_dir)
    wanted = {path.stem for path in paths}
    if source_ids is not None:
        asked = list(dict.fromkeys(source_ids))
        missing = [i for i in asked if i not in wanted]
        if missing:
            raise ExcerptsError(
                f"no source record {missing[0]!r} in {corpus.relative(corpus.sources_dir)}/"
            )
        wanted = set(asked)
    path = corpus.catalog_path(language)
    catalog = _StreamedCatalog(path, wanted) if path.exists() else None
    return _translated(corpus, language, paths, wanted, catalog)


def _translated(
    corpus: Corpus,
    language: str,
    paths: list[Path],
    wanted: set[str],
    catalog: _StreamedCatalog | None,
) -> Iterator[TranslatedSource]:
    # Every record is read, in order, even those not exported: a broken one stops the export.
    cache = SourceCacheReader(corpus.root / CACHE_DIR)
    for path in paths:
        source = read_source(path, corpus.settings.source_language, cache)
        if source.id not in wanted:
            continue
        entries = catalog.entries_of(source.id) if catalog is not None else {}
        yield TranslatedSource(
            source=source,
            language=language,
            pairs=tuple(
                pair_for(source.id, seg, entries.get(source.key(seg))) for seg in source.segments
            ),
            translator=catalog.translator if catalog is not None else None,
        )
    if catalog is not None:
        catalog.read_to_end()


class _StreamedCatalog:
    """A catalog's active entries, handed out source by source as the file is read.

    ``excerpts update`` writes a source's entries together, in record order: then reading up
    to a source's last entry holds that source's entries alone. A catalog reordered by hand
    is read as correctly, keeping the entries met ahead of their source until it comes.
    :func:`po.scan_po` counts each source's entries beforehand, which tells when a source's
    last entry has been read.
    """

    def __init__(self, path: Path, wanted: set[str]) -> None:
        self.scan = po.scan_po(path)
        self.messages = po.read_po_messages(path, self.scan)
        self.wanted = wanted
        # Entries read ahead of their source, by source id and key (a later entry with the
        # same key replaces an earlier one, as it does in a catalog read whole).
        self.pending: dict[str, dict[str, po.Message]] = {}
        self.met: dict[str, int] = {}
        self.metadata: dict[str, str] | None = None
        self.last_line = 0
        self.ended = False

    @property
    def translator(self) -> Translator | None:
        return translator_from(self.metadata or {})

    def entries_of(self, source_id: str) -> dict[str, po.Message]:
        """The active entries of a source by key (and the header read, for the translator)."""
        while not self._complete(source_id):
            self._read_one()
        return self.pending.pop(source_id, {})

    def read_to_end(self) -> None:
        """Read (and check) the rest of the file."""
        while not self.ended:
            self._read_one()

    def _complete(self, source_id: str) -> bool:
        if self.ended:
            return True
        # The header comes first in any catalog gettext or we write; until it is read, the
        # translator is unknown.
        if self.metadata is None or self.last_line <= self.scan.unread_line:
            return False
        return self.met.get(source_id, 0) >= self.scan.contexts.get(source_id, 0)

    def _read_one(self) -> None:
        message = next(self.messages, None)
        if message is None:
            self.ended = True
            if self.metadata is None:
                self.metadata = {}
            return
        self.last_line = message.line
        if message.obsolete:
            return
        key = message.msgctxt
        if key is None:
            if message.msgid == "" and self.metadata is None:
                self.metadata = po.parse_metadata(message.msgstr)
            return
        source_id = key.partition("/")[0]
        if source_id in self.wanted:
            self.met[source_id] = self.met.get(source_id, 0) + 1
            self.pending.setdefault(source_id, {})[key] = message


def _languages(corpus: Corpus, languages: Sequence[str] | None) -> list[str]:
    langs = list(languages) if languages else list(corpus.settings.target_languages)
    for lang in langs:
        if lang == corpus.settings.source_language:
            raise ExcerptsError(f"{lang!r} is the source language, not a target language")
    return langs


def _as_gettext_writes(data: bytes) -> bytes:
    """A catalog's bytes without a byte order mark and with LF line ends.

    Editors on Windows may save a catalog that way; it is the same catalog, so it is not out
    of date, and is not rewritten, for that alone. When its content does change, it is written
    as gettext writes it (msgfmt refuses a byte order mark).
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    return data.replace(b"\r\n", b"\n")


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ExcerptsError(f"cannot read: {exc.strerror}", path) from None
