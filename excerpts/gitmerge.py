"""Three-way merge of PO catalogs by entry, for git (``excerpts merge-driver``).

A line-based merge sees two translators who edited different entries of one catalog as a
conflict when their entries are neighbours, and always on the header's date line. Merging entry
by entry, keyed like ``update`` (msgctxt, or the msgid of an entry without one), makes disjoint
edits merge cleanly. When both sides translated the same entry differently, ours stays as the
msgstr, the entry becomes fuzzy, and theirs is kept in a translator comment: nothing is lost and
the merge is reported as a conflict.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import polib

# Header fields that record when, not what: the newer value wins, never a conflict.
DATE_HEADERS = ("PO-Revision-Date", "POT-Creation-Date")
CONFLICT_NOTE = "merge conflict: their translation was:"

EntryKey = tuple[str | None, str, bool]


@dataclass(frozen=True)
class Conflict:
    """One entry that both sides translated differently."""

    key: str
    ours: str
    theirs: str


def entry_key(entry: polib.POEntry) -> EntryKey:
    """The identity of an entry across versions: its msgctxt, or its msgid when it has none."""
    if entry.msgctxt is not None:
        return (entry.msgctxt, "", False)
    return (None, entry.msgid, entry.msgid_plural != "")


def merge_three(
    base: polib.POFile, ours: polib.POFile, theirs: polib.POFile
) -> tuple[polib.POFile, list[Conflict]]:
    """Merge ``theirs`` into ``ours`` against their common ancestor ``base``."""
    result = polib.POFile(wrapwidth=ours.wrapwidth, encoding=ours.encoding)
    result.header = _pick(base.header, ours.header, theirs.header)
    result.metadata = _merge_headers(base.metadata, ours.metadata, theirs.metadata)
    result.metadata_is_fuzzy = ours.metadata_is_fuzzy

    base_map = {entry_key(e): e for e in base}
    ours_map = {entry_key(e): e for e in ours}
    theirs_map = {entry_key(e): e for e in theirs}
    conflicts: list[Conflict] = []
    merged: dict[EntryKey, polib.POEntry] = {}
    for key in _merged_order(ours, theirs):
        entry = _merge_entry(
            key, base_map.get(key), ours_map.get(key), theirs_map.get(key), conflicts
        )
        if entry is not None:
            merged[key] = entry
    active = [e for e in merged.values() if not e.obsolete]
    obsolete = [e for e in merged.values() if e.obsolete]
    for entry in active + obsolete:
        result.append(entry)
    return result, conflicts


def _merged_order(ours: polib.POFile, theirs: polib.POFile) -> list[EntryKey]:
    """Ours in order, each entry only theirs have placed right after its predecessor there."""
    order = [entry_key(e) for e in ours]
    present = set(order)
    previous: EntryKey | None = None
    for entry in theirs:
        key = entry_key(entry)
        if key not in present:
            at = order.index(previous) + 1 if previous is not None else 0
            order.insert(at, key)
            present.add(key)
        previous = key
    return order


def _merge_entry(
    key: EntryKey,
    base: polib.POEntry | None,
    ours: polib.POEntry | None,
    theirs: polib.POEntry | None,
    conflicts: list[Conflict],
) -> polib.POEntry | None:
    if ours is None or theirs is None:
        # Added on one side, or deleted on one side: a deletion wins only over an unchanged entry.
        kept = ours if ours is not None else theirs
        if base is not None and kept is not None and _state(kept) == _state(base):
            return None
        return copy.deepcopy(kept)
    if _state(ours) == _state(theirs):
        return copy.deepcopy(ours)
    merged = copy.deepcopy(ours)
    b = base if base is not None else polib.POEntry(msgid=ours.msgid)
    for field in (
        "msgid",
        "msgid_plural",
        "comment",
        "occurrences",
        "previous_msgid",
        "previous_msgctxt",
        "obsolete",
    ):
        setattr(
            merged, field, _pick(getattr(b, field), getattr(ours, field), getattr(theirs, field))
        )
    merged.tcomment = _merge_text(b.tcomment, ours.tcomment, theirs.tcomment)
    merged.flags = _merge_flags(b.flags, ours.flags, theirs.flags)
    ours_msgstr = _msgstrs(ours)
    theirs_msgstr = _msgstrs(theirs)
    base_msgstr = _msgstrs(b)
    if ours_msgstr == theirs_msgstr or theirs_msgstr == base_msgstr:
        return merged
    if ours_msgstr == base_msgstr:
        merged.msgstr = theirs.msgstr
        merged.msgstr_plural = dict(theirs.msgstr_plural)
        merged.flags = _merge_flags(b.flags, theirs.flags, ours.flags)
        return merged
    # Both translated differently: keep ours, flag it, and keep theirs where the reviewer sees it.
    theirs_text = theirs.msgstr or "\n".join(v for _, v in sorted(theirs.msgstr_plural.items()))
    note = f"{CONFLICT_NOTE}\n{theirs_text}"
    merged.tcomment = f"{merged.tcomment}\n{note}" if merged.tcomment else note
    if "fuzzy" not in merged.flags:
        merged.flags.insert(0, "fuzzy")
    conflicts.append(Conflict(_show(key), ours.msgstr, theirs_text))
    return merged


def _state(entry: polib.POEntry) -> tuple[Any, ...]:
    return (
        entry.msgid,
        entry.msgid_plural,
        entry.msgstr,
        tuple(sorted(entry.msgstr_plural.items())),
        entry.tcomment,
        entry.comment,
        tuple(entry.occurrences),
        tuple(entry.flags),
        entry.previous_msgid,
        entry.previous_msgctxt,
        entry.obsolete,
    )


def _msgstrs(entry: polib.POEntry) -> tuple[str, tuple[tuple[int, str], ...]]:
    return entry.msgstr, tuple(sorted(entry.msgstr_plural.items()))


def _pick(base: Any, ours: Any, theirs: Any) -> Any:
    """The changed side of a value; ours when both changed it."""
    return theirs if ours == base else ours


def _merge_text(base: str, ours: str, theirs: str) -> str:
    if ours == base:
        return theirs
    if theirs in (base, ours):
        return ours
    return f"{ours}\n{theirs}" if ours and theirs else ours or theirs


def _merge_flags(base: list[str], ours: list[str], theirs: list[str]) -> list[str]:
    removed = (set(base) - set(ours)) | (set(base) - set(theirs))
    merged = [f for f in ours if f not in removed]
    merged += [f for f in theirs if f not in removed and f not in merged]
    return merged


def _merge_headers(
    base: dict[str, str], ours: dict[str, str], theirs: dict[str, str]
) -> dict[str, str]:
    merged: dict[str, str] = {}
    for name in _union_order(ours, theirs):
        b, o, t = base.get(name), ours.get(name), theirs.get(name)
        if name in DATE_HEADERS:
            value = max((v for v in (o, t) if v), default=None, key=_sortable)
        else:
            value = _pick(b, o, t)
        if value is not None:
            merged[name] = value
    return merged


def _union_order(first: dict[str, str], second: dict[str, str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def _sortable(value: str) -> str:
    return value.strip()


def _show(key: EntryKey) -> str:
    return key[0] if key[0] is not None else key[1][:60]
