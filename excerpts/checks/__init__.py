"""Translation checks for French -> English catalogs: precise findings, few false alarms.

The public API::

    findings = check_catalog(po_entries, file="locales/en/LC_MESSAGES/excerpts.po",
                             glossary=load_glossary("locales/en/glossary.csv"))
    print(render_text(findings))

Each check has a stable id, a one-line doc and a default severity (``CHECKS``). Per-entry
suppression uses Weblate's flags: ``#, ignore-numbers`` silences ``numbers`` on that entry,
``#, ignore-all-checks`` silences every check.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from excerpts.checks import dates, memo, names, numbers, punctuation, tables, text, work
from excerpts.checks.base import (
    ERROR,
    OFF,
    SEVERITIES,
    WARNING,
    Check,
    Glossary,
    GlossaryTerm,
    Unit,
)
from excerpts.checks.glossary import load_glossary, parse_glossary
from excerpts.checks.report import Finding, Summary, render_json, render_text, summarize
from excerpts.errors import ExcerptsError

__all__ = [
    "CHECKS",
    "Check",
    "Finding",
    "Glossary",
    "GlossaryTerm",
    "Summary",
    "check_catalog",
    "check_pair",
    "load_glossary",
    "parse_glossary",
    "render_json",
    "render_text",
    "resolve_severities",
    "summarize",
]

_ALL: tuple[Check, ...] = (
    *work.CHECKS[:3],
    *numbers.CHECKS,
    *dates.CHECKS,
    *punctuation.CHECKS,
    *names.CHECKS,
    *text.CHECKS,
    work.CONSISTENCY,
)
CHECKS: dict[str, Check] = {c.id: c for c in _ALL}
_ORDER = {check_id: i for i, check_id in enumerate(CHECKS)}

# Checks that read French or English words; other language pairs get only the neutral ones.
_FRENCH_ENGLISH_ONLY = frozenset(
    {"numbers", "percent", "dates", "endpunc", "names", "acronyms", "doublewords", "unchanged"}
)
_PAIR_CHECKS = tuple(c for c in _ALL if c.run is not None)


def resolve_severities(
    overrides: Mapping[str, str] | None = None,
    *,
    require_complete: bool = False,
    strict: bool = False,
) -> dict[str, str]:
    """Each check's effective severity: defaults, then settings, then the command's options.

    ``require_complete`` makes untranslated and fuzzy entries errors; ``strict`` makes every
    warning an error. Unknown ids or severities raise ExcerptsError.
    """
    resolved = {check_id: check.severity for check_id, check in CHECKS.items()}
    for check_id, severity in (overrides or {}).items():
        if check_id not in CHECKS:
            raise ExcerptsError(
                f"unknown check {check_id!r} in [tool.excerpts.checks]; known checks: "
                + ", ".join(CHECKS)
            )
        if severity not in SEVERITIES:
            raise ExcerptsError(
                f"check {check_id!r} has severity {severity!r}; use error, warning or off"
            )
        resolved[check_id] = severity
    if require_complete:
        resolved["untranslated"] = resolved["fuzzy"] = ERROR
    if strict:
        resolved = {k: ERROR if v == WARNING else v for k, v in resolved.items()}
    return resolved


def _as_glossary(glossary: Glossary | Mapping[str, str | Sequence[str]] | None) -> Glossary:
    if glossary is None:
        return Glossary()
    if isinstance(glossary, Glossary):
        return glossary
    return Glossary.from_mapping(glossary)


def check_pair(
    source: str,
    target: str,
    *,
    glossary: Glossary | Mapping[str, str | Sequence[str]] | None = None,
    only: Iterable[str] | None = None,
) -> dict[str, str]:
    """Run the translation checks on one French/English pair: ``{check id: message}``."""
    unit = Unit(source, target, _as_glossary(glossary))
    wanted = set(only) if only is not None else None
    found: dict[str, str] = {}
    for check in _PAIR_CHECKS:
        if (wanted is None or check.id in wanted) and check.run is not None:
            result = check.run(unit)
            if result:
                found[check.id] = result
    return found


def _ignored(flags: Sequence[str]) -> frozenset[str]:
    """The check ids an entry's ``ignore-*`` flags silence ('*' for all)."""
    out = set()
    for flag in flags:
        if flag == "ignore-all-checks":
            out.add("*")
        elif flag.startswith("ignore-"):
            out.add(flag[len("ignore-") :])
    return frozenset(out)


def check_catalog(
    entries: Iterable[Any],
    *,
    file: str,
    source_lang: str = "fr",
    target_lang: str = "en",
    glossary: Glossary | Mapping[str, str | Sequence[str]] | None = None,
    severities: Mapping[str, str] | None = None,
    require_complete: bool = False,
    strict: bool = False,
    jobs: int = 0,
    store: Path | None = None,
) -> list[Finding]:
    """Check the entries of one catalog (polib POEntry objects, header excluded).

    Translation checks run on translated entries only; fuzzy, untranslated and obsolete
    entries get one finding about their state. Findings come sorted by line, then check.
    ``jobs``: processes for the pair checks of a large catalog (0: one per CPU, 1: none).
    ``store``: a file where the answers are kept for the next run (see ``memo``).
    """
    resolved = resolve_severities(severities, require_complete=require_complete, strict=strict)
    french_english = source_lang.split("_")[0] == "fr" and target_lang.split("_")[0] == "en"
    pair_checks = [
        c
        for c in _PAIR_CHECKS
        if resolved[c.id] != OFF and (french_english or c.id not in _FRENCH_ENGLISH_ONLY)
    ]
    compiled = _as_glossary(glossary)
    tracker = work.ConsistencyTracker() if resolved["consistency"] != OFF else None
    findings: list[Finding] = []

    def report(entry: Any, check_id: str, message: str, msgstr: str) -> None:
        findings.append(
            Finding(file, int(entry.linenum or 0), entry.msgctxt, entry.msgid, msgstr, check_id,
                    resolved[check_id], message)  # fmt: skip
        )

    # A catalog may hold the same pair more than once (a paragraph quoted by two sources); the
    # checks give the same answers for it each time, so each distinct pair is checked once.
    todo: list[tuple[Any, str, frozenset[str]]] = []
    for entry in entries:
        ignored = _ignored(entry.flags) if entry.flags else _NOTHING
        if "*" in ignored:
            continue
        state = _state(entry)
        if state is not None:
            check_id, message = state
            if resolved[check_id] != OFF and check_id not in ignored:
                report(entry, check_id, message, _msgstr(entry))
            continue
        todo.append((entry, _msgstr(entry), ignored))
    keyed = tracker is not None
    pairs = list(dict.fromkeys((entry.msgid, msgstr, ignored) for entry, msgstr, ignored in todo))
    if store is None:
        found = _outcomes(pairs, compiled, pair_checks, keyed, jobs)
        outcomes = dict(zip(pairs, found, strict=True))
    else:
        setting = _setting(compiled, pair_checks, source_lang, target_lang, keyed)
        outcomes = _stored_outcomes(pairs, memo.CheckStore(store, setting), compiled,
                                    pair_checks, keyed, jobs)  # fmt: skip
    openers = _opening_names(todo, pair_checks)
    for entry, msgstr, ignored in todo:
        outcome = outcomes[entry.msgid, msgstr, ignored]
        for check_id, message in outcome.found:
            report(entry, check_id, message, msgstr)
        opening = openers.get(entry.msgid)
        if opening and "names" not in ignored and all(c != "names" for c, _ in outcome.found):
            unit = Unit(entry.msgid, msgstr, compiled)
            missing = next(filter(None, (names.check_opening_name(w, unit) for w in opening)), None)
            if missing:
                report(entry, "names", missing, msgstr)
        if tracker is not None and "consistency" not in ignored:
            different = tracker.see_keys(
                outcome.source_key, outcome.target_key, msgstr, int(entry.linenum or 0)
            )
            if different:
                report(entry, "consistency", different, msgstr)
    findings.sort(key=lambda f: (f.line, _ORDER[f.check]))
    return findings


_NOTHING: frozenset[str] = frozenset()


def _opening_names(
    todo: Sequence[tuple[Any, str, frozenset[str]]], checks: Sequence[Check]
) -> dict[str, tuple[str, ...]]:
    """French texts that open a sentence on a name, with those names: a headline's topic
    (« Gao : … ») or first word after its colon (« Centrafrique : Touadéra limoge… »), or a
    sentence's first word (« Renfe relie… »), where it is a town of the region or a word the
    catalog writes as a name inside a sentence elsewhere. The pair alone cannot tell them from
    common words opening a sentence."""
    if all(c.id != "names" for c in checks):
        return {}
    found_in: dict[str, tuple[str, ...]] = {}
    for e, _, _ in todo:
        words: list[str | None] = [*names.sentence_openers(e.msgid)]
        if ":" in e.msgid:
            words += (names.headline_topic(e.msgid), names.headline_subject(e.msgid))
        if any(words):
            found_in[e.msgid] = tuple(dict.fromkeys(w for w in words if w))
    found = {w for words in found_in.values() for w in words}
    known = names.names_inside_sentences(found, [e.msgid for e, _, _ in todo])
    known.update(found & tables.SAHEL_PLACES)
    return {
        msgid: kept
        for msgid, words in found_in.items()
        if (kept := tuple(w for w in words if w in known))
    }


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What the pair checks found on one pair, and the pair's consistency keys."""

    found: tuple[tuple[str, str], ...]
    source_key: str
    target_key: str


def _outcome(
    source: str,
    target: str,
    glossary: Glossary,
    checks: Sequence[Check],
    ignored: frozenset[str],
    keyed: bool,
) -> _Outcome:
    """Run the pair checks that are not ignored on one pair; ``keyed``: fold its keys too."""
    unit = Unit(source, target, glossary)
    found = []
    for check in checks:
        if check.id in ignored or check.run is None:
            continue
        result = check.run(unit)
        if result:
            found.append((check.id, result))
    if not keyed or "consistency" in ignored:
        return _Outcome(tuple(found), "", "")
    return _Outcome(tuple(found), work.key_digest(unit.src), work.key_digest(unit.tgt))


def _setting(
    glossary: Glossary, checks: Sequence[Check], source: str, target: str, keyed: bool
) -> str:
    """Everything besides the pair itself that decides the pair checks' answers, as a digest."""
    parts = [memo.code_fingerprint(), source, target, str(keyed), glossary.path or "",
             repr(glossary.terms), *(c.id for c in checks)]  # fmt: skip
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _stored_outcomes(
    pairs: Sequence[tuple[str, str, frozenset[str]]],
    store: memo.CheckStore,
    glossary: Glossary,
    checks: Sequence[Check],
    keyed: bool,
    jobs: int,
) -> dict[tuple[str, str, frozenset[str]], _Outcome]:
    """The outcome of each pair: from the store where it has one, checked otherwise."""
    outcomes: dict[tuple[str, str, frozenset[str]], _Outcome] = {}
    missing: list[tuple[str, str, frozenset[str]]] = []
    keys = {}
    for pair in pairs:
        key = keys[pair] = memo.pair_key(*pair)
        answer = store.get(key)
        if answer is None:
            missing.append(pair)
        else:
            outcomes[pair] = _Outcome(*answer)
    for pair, outcome in zip(
        missing, _outcomes(missing, glossary, checks, keyed, jobs), strict=True
    ):
        outcomes[pair] = outcome
        store.put(keys[pair], (outcome.found, outcome.source_key, outcome.target_key))
    store.save()
    return outcomes


# Below this many distinct pairs, starting worker processes costs more than it saves.
_PARALLEL_MIN = 2000

# What the worker processes read: set in the parent just before they are forked.
_WORK: tuple[Sequence[tuple[str, str, frozenset[str]]], Glossary, Sequence[Check], bool] | None
_WORK = None


def _outcomes(
    pairs: Sequence[tuple[str, str, frozenset[str]]],
    glossary: Glossary,
    checks: Sequence[Check],
    keyed: bool,
    jobs: int,
) -> list[_Outcome]:
    """The outcome of each (msgid, msgstr, ignored) pair, in order.

    A large catalog is split between forked worker processes (one per CPU unless ``jobs``
    says otherwise): the checks are pure functions of the pair, so the parts are independent
    and the answers are the same as in one process. Where ``fork`` does not exist the pairs are
    checked here.
    """
    global _WORK
    workers = min(jobs or os.cpu_count() or 1, len(pairs) // (_PARALLEL_MIN // 2) or 1)
    if workers < 2 or len(pairs) < _PARALLEL_MIN or "fork" not in mp.get_all_start_methods():
        return [_outcome(s, t, glossary, checks, ign, keyed) for s, t, ign in pairs]
    _WORK = (pairs, glossary, checks, keyed)
    try:
        step = -(-len(pairs) // (workers * 4))
        bounds = [(i, min(i + step, len(pairs))) for i in range(0, len(pairs), step)]
        with mp.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_outcome_range, bounds, chunksize=1)
    finally:
        _WORK = None
    return [_Outcome(*fields) for part in parts for fields in part]


def _outcome_range(bounds: tuple[int, int]) -> list[tuple[tuple[tuple[str, str], ...], str, str]]:
    """In a worker: the outcomes of ``pairs[start:stop]``, as plain tuples to send back."""
    assert _WORK is not None
    pairs, glossary, checks, keyed = _WORK
    out = []
    for source, target, ignored in pairs[bounds[0] : bounds[1]]:
        o = _outcome(source, target, glossary, checks, ignored, keyed)
        out.append((o.found, o.source_key, o.target_key))
    return out


def _msgstr(entry: Any) -> str:
    """The translation of an entry; for plural entries, its first form."""
    if entry.msgstr_plural:
        first = min(entry.msgstr_plural)
        return str(entry.msgstr_plural[first])
    return str(entry.msgstr)


def _state(entry: Any) -> tuple[str, str] | None:
    """(check id, message) when the entry's state means there is no translation to check."""
    if entry.obsolete:
        return "obsolete", "obsolete entry; remove it or restore its source"
    if "fuzzy" in entry.flags:
        return "fuzzy", "translation marked fuzzy; review it and remove the flag"
    # polib's POEntry.translated(), once obsolete and fuzzy entries are out of the way.
    plural = entry.msgstr_plural
    if not entry.msgstr and (not plural or any(v == "" for v in plural.values())):
        return "untranslated", "not translated yet"
    return None
