"""``excerpts check`` as a library: findings for a whole corpus, or for PO files given by path."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import polib

from excerpts import po
from excerpts.cache import CACHE_DIR
from excerpts.checks import Finding, Glossary, check_catalog, load_glossary
from excerpts.config import Corpus, find_root, load_corpus
from excerpts.gcpause import cyclic_gc_paused
from excerpts.model import Source
from excerpts.workflow import load_sources_and_errors, update

# Corpus-level checks, beside the per-entry checks of excerpts.checks.CHECKS.
CORPUS_CHECKS = {
    "record": "A source record is malformed or invalid (every record is read, not just the first)",
    "sync": "The template or a catalog is out of date with the sources (run `excerpts update`)",
}


def check_corpus(
    corpus: Corpus,
    languages: Sequence[str] | None = None,
    *,
    require_complete: bool = False,
    strict: bool = False,
    jobs: int = 0,
    cache: bool = True,
) -> list[Finding]:
    """Source records, then each target catalog, then whether the catalogs are in sync.

    With ``cache``, each catalog's answers are kept for the next run, unless a record is bad:
    a command that reports bad input writes nothing.
    """
    with cyclic_gc_paused():
        return _check_corpus(corpus, languages, require_complete, strict, jobs, cache)


def _check_corpus(
    corpus: Corpus,
    languages: Sequence[str] | None,
    require_complete: bool,
    strict: bool,
    jobs: int,
    cache: bool,
) -> list[Finding]:
    sources, errors = load_sources_and_errors(corpus)
    findings = [
        Finding(
            _shown(err.path) if err.path else "",
            err.line or 1,
            None,
            "",
            "",
            "record",
            "error",
            err.message,
        )
        for err in errors
    ]
    langs = list(languages) if languages else list(corpus.settings.target_languages)
    for language in langs:
        path = corpus.catalog_path(language)
        if not path.exists():
            findings.append(_missing_catalog(path, language))
            continue
        glossary_path = corpus.glossary_path(language)
        glossary = load_glossary(glossary_path) if glossary_path.exists() else None
        findings += _entries_findings(
            po.read_po(path),
            path,
            corpus.settings.source_language,
            language,
            glossary,
            corpus.settings.checks,
            require_complete,
            strict,
            jobs,
            _store(corpus, path) if cache and not errors else None,
        )
    if not errors:
        findings += _sync_findings(corpus, langs, sources)
    return findings


def check_files(
    paths: Sequence[Path],
    *,
    source_lang: str | None = None,
    glossary_path: Path | None = None,
    require_complete: bool = False,
    strict: bool = False,
    jobs: int = 0,
    cache: bool = True,
) -> list[Finding]:
    """Check PO files anywhere. Languages come from the headers (``X-Source-Language``,
    ``Language``), the glossary from ``glossary_path`` or the surrounding corpus. With
    ``cache``, a file inside a corpus keeps its answers in the corpus's cache folder."""
    with cyclic_gc_paused():
        return _check_files(
            paths, source_lang, glossary_path, require_complete, strict, jobs, cache
        )


def _check_files(
    paths: Sequence[Path],
    source_lang: str | None,
    glossary_path: Path | None,
    require_complete: bool,
    strict: bool,
    jobs: int,
    cache: bool,
) -> list[Finding]:
    findings: list[Finding] = []
    explicit = load_glossary(glossary_path) if glossary_path else None
    for path in paths:
        catalog = po.read_po(path)
        source = source_lang or catalog.metadata.get("X-Source-Language", "").strip() or "fr"
        target = catalog.metadata.get("Language", "").strip() or "en"
        corpus = _corpus_around(path)
        glossary = explicit
        severities: dict[str, str] = {}
        if corpus is not None:
            severities = corpus.settings.checks
            candidate = corpus.glossary_path(target)
            if glossary is None and candidate.exists():
                glossary = load_glossary(candidate)
        store = _store(corpus, path) if cache and corpus is not None else None
        findings += _entries_findings(
            catalog, path, source, target, glossary, severities, require_complete, strict, jobs,
            store,
        )  # fmt: skip
    return findings


def _entries_findings(
    catalog: polib.POFile,
    path: Path,
    source: str,
    target: str,
    glossary: Glossary | None,
    severities: dict[str, str],
    require_complete: bool,
    strict: bool,
    jobs: int = 0,
    store: Path | None = None,
) -> list[Finding]:
    return check_catalog(
        [e for e in catalog if e.msgid or e.msgctxt is not None],
        file=_shown(path),
        source_lang=source,
        target_lang=target,
        glossary=glossary,
        severities=severities,
        require_complete=require_complete,
        strict=strict,
        jobs=jobs,
        store=store,
    )


def _store(corpus: Corpus, path: Path) -> Path:
    """Where the check answers of one catalog are kept: one file per catalog path."""
    name = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogateescape")).hexdigest()
    return corpus.root / CACHE_DIR / f"checks-{name[:16]}.json"


def _missing_catalog(path: Path, language: str) -> Finding:
    return Finding(
        _shown(path),
        1,
        None,
        "",
        "",
        "sync",
        "error",
        f"no {language!r} catalog; run `excerpts update` to create it",
    )


def _sync_findings(corpus: Corpus, languages: list[str], sources: list[Source]) -> list[Finding]:
    extracted, results = update(corpus, languages, check=True, sources=sources)
    findings = []
    severity = "error"
    if extracted.out_of_date:
        findings.append(
            Finding(
                _shown(extracted.path),
                1,
                None,
                "",
                "",
                "sync",
                severity,
                "the template is out of date with sources/; run `excerpts update`",
            )
        )
    for result in results:
        if result.out_of_date and result.path.exists():
            findings.append(
                Finding(
                    _shown(result.path),
                    1,
                    None,
                    "",
                    "",
                    "sync",
                    severity,
                    f"out of date with the sources ({result.counts.summary()}); "
                    "run `excerpts update`",
                )
            )
    return findings


def _corpus_around(path: Path) -> Corpus | None:
    root = find_root(path.parent)
    return load_corpus(root) if root is not None else None


def _shown(path: Path) -> str:
    """A path as an editor should open it: relative to the current folder when inside it."""
    try:
        relative = os.path.relpath(path.resolve(), Path.cwd().resolve())
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative
