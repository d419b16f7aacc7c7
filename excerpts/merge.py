"""Merge a catalog with a new template, keyed on msgctxt (``excerpts update``).

Because every entry carries a stable key (``<source-id>/<segment-id>``), most of what
``msgmerge`` does by fuzzy search is a dictionary look-up here: same key and text, kept; same
key with changed French, translation kept and marked fuzzy with the previous msgid; key gone,
entry made obsolete; key back, entry revived. Only new keys look for a suggestion, first an
identical French text, then a near-identical one through a word n-gram index.
"""

from __future__ import annotations

import copy
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from operator import itemgetter

import polib

from excerpts.catalog import new_entry

# A suggestion must be this similar to the new French text (difflib ratio over words), like
# msgmerge's own threshold for fuzzy matches but stricter: a wrong suggestion costs a translator
# more than none.
SIMILARITY = 0.8
_WORD_RE = re.compile(r"\w+", re.UNICODE)
# Entries the index may count for one new text: a suggestion costs at most this many steps,
# however big the catalog (and common word pairs are looked at last).
_BUDGET = 4_000
# Of the entries sharing the most rare word pairs, how many are compared closely, and the share
# of word pairs two texts must have in common before difflib is asked.
_CANDIDATES = 4
_MIN_SHARED = 0.5


@dataclass(frozen=True)
class MergeCounts:
    """What an update did to one catalog."""

    new: int = 0
    changed: int = 0
    obsolete: int = 0
    revived: int = 0
    suggested: int = 0
    unchanged: int = 0

    def summary(self) -> str:
        """``2 new, 1 changed, 0 obsolete`` (plus revived and suggested when there are any)."""
        parts = [f"{self.new} new", f"{self.changed} changed", f"{self.obsolete} obsolete"]
        if self.revived:
            parts.append(f"{self.revived} revived")
        if self.suggested:
            parts.append(f"{self.suggested} suggested")
        return ", ".join(parts)


def merge_catalog(
    catalog: polib.POFile, template: polib.POFile
) -> tuple[polib.POFile, MergeCounts]:
    """A new catalog: ``catalog``'s work carried onto ``template``'s entries.

    ``catalog`` is not modified. Header, header comments and unknown headers are kept; entries
    follow the template's order, then the obsolete ones.
    """
    result = polib.POFile(wrapwidth=catalog.wrapwidth, encoding=catalog.encoding)
    result.header = catalog.header
    result.metadata = dict(catalog.metadata)
    result.metadata_is_fuzzy = catalog.metadata_is_fuzzy

    active: dict[str, polib.POEntry] = {}
    obsolete: dict[str, polib.POEntry] = {}
    loose: list[polib.POEntry] = []  # entries without a key: not ours, kept as they are
    for entry in catalog:
        if entry.msgctxt is None:
            loose.append(entry)
        elif entry.obsolete:
            obsolete.setdefault(entry.msgctxt, entry)
        else:
            active.setdefault(entry.msgctxt, entry)

    suggester = _Suggester(catalog)
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    for new in template:
        key = new.msgctxt
        seen.add(key)
        old = active.get(key)
        if old is not None:
            merged, what = _carry(old, new), "unchanged" if old.msgid == new.msgid else "changed"
        elif key in obsolete:
            merged, what = _carry(obsolete[key], new), "revived"
        else:
            merged, what = _fresh(new, suggester), "new"
            if merged.msgstr:
                counts["suggested"] += 1
        counts[what] += 1
        result.append(merged)

    for entry in loose:
        result.append(copy.copy(entry))
    for key, entry in active.items():
        if key not in seen:
            gone = copy.copy(entry)
            gone.obsolete = True
            # As msgmerge does: an obsolete entry keeps the translator's data, not the
            # extracted comments and references of a segment that no longer exists.
            gone.comment = ""
            gone.occurrences = []
            counts["obsolete"] += 1
            result.append(gone)
    for key, entry in obsolete.items():
        if key not in seen:
            result.append(copy.copy(entry))
    return result, MergeCounts(**counts)


def _carry(old: polib.POEntry, new: polib.POEntry) -> polib.POEntry:
    """The old entry's translation and translator data on the template entry."""
    merged = new_entry(
        msgctxt=new.msgctxt,
        msgid=new.msgid,
        msgstr=old.msgstr,
        comment=new.comment,
        occurrences=list(new.occurrences),
        tcomment=old.tcomment,
        flags=list(old.flags),
        previous_msgctxt=old.previous_msgctxt,
        previous_msgid=old.previous_msgid,
    )
    if old.msgid != new.msgid:
        if old.msgstr:
            if "fuzzy" not in merged.flags:
                merged.flags.insert(0, "fuzzy")
            # Keep the text the translation was made for: when the entry was already fuzzy
            # with a previous msgid, that older text is still the one to diff against.
            if not (old.previous_msgid and "fuzzy" in old.flags):
                merged.previous_msgctxt = old.msgctxt
                merged.previous_msgid = old.msgid
        else:
            merged.previous_msgid = merged.previous_msgctxt = None
    elif "fuzzy" not in merged.flags:
        merged.previous_msgid = None
        merged.previous_msgctxt = None
    return merged


def _fresh(new: polib.POEntry, suggester: _Suggester) -> polib.POEntry:
    entry = new_entry(
        msgctxt=new.msgctxt,
        msgid=new.msgid,
        comment=new.comment,
        occurrences=list(new.occurrences),
    )
    found = suggester.suggest(new.msgid)
    if found is not None:
        entry.msgstr = found.msgstr
        entry.flags = ["fuzzy"]
        # Like msgmerge: the previous context and text say where the suggestion came from.
        entry.previous_msgctxt = found.msgctxt
        entry.previous_msgid = found.msgid
    return entry


class _Suggester:
    """Finds a translated entry with the same or nearly the same French text.

    Near matches come from an inverted index of word bigrams: only the few entries sharing the
    most of the query's rarest bigrams are compared, first by their bigram sets, then with
    difflib; never the whole catalog.
    """

    def __init__(self, catalog: polib.POFile):
        self._exact: dict[str, polib.POEntry] = {}
        self._entries: list[polib.POEntry] = []
        self._grams: dict[int, frozenset[tuple[str, str]]] = {}  # of the entries compared
        self._index: dict[tuple[str, str], list[int]] | None = None
        for entry in catalog:
            if entry.msgstr and "fuzzy" not in entry.flags and entry.msgid:
                self._exact.setdefault(entry.msgid, entry)
                self._entries.append(entry)

    def suggest(self, msgid: str) -> polib.POEntry | None:
        exact = self._exact.get(msgid)
        if exact is not None:
            return exact
        words = _words(msgid)
        # In the text's order, not a set's: a set of strings iterates in an order that changes
        # with each process's hash seed, and where the budget cuts, so would the suggestions.
        ordered = dict.fromkeys(zip(words, words[1:], strict=False))
        grams = frozenset(ordered)
        if not grams or not self._entries:
            return None
        if self._index is None:
            self._index = self._build_index()
        # Rarest word pairs first, within a budget of postings read: a similar text shares most
        # of the query's pairs, and "de la" or "selon un" alone would bring in half the catalog.
        postings = sorted((self._index.get(gram, []) for gram in ordered), key=len)
        hits: Counter[int] = Counter()
        budget = 0
        for posting in postings:
            if budget and budget + len(posting) > _BUDGET:
                break
            budget += len(posting)
            hits.update(posting)
        best: tuple[float, int] | None = None
        for position in _most_common(hits, _CANDIDATES):
            # A difflib ratio of 0.8 needs most word pairs in common: a cheap set test first.
            other = self._grams.get(position)
            if other is None:
                other = self._grams[position] = _pairs(_words(self._entries[position].msgid))
            if len(grams & other) < _MIN_SHARED * max(len(grams), len(other)):
                continue
            # Compared word by word: ten times fewer items than characters, and a changed word
            # (a name, a number) counts as one edit, as a translator sees it.
            matcher = SequenceMatcher(None, words, _words(self._entries[position].msgid), False)
            if matcher.real_quick_ratio() < SIMILARITY or matcher.quick_ratio() < SIMILARITY:
                continue
            ratio = matcher.ratio()
            if ratio >= SIMILARITY and (best is None or ratio > best[0]):
                best = (ratio, position)
        return self._entries[best[1]] if best else None

    def _build_index(self) -> dict[tuple[str, str], list[int]]:
        """Each word pair's postings: the positions of the entries holding it, in order."""
        index: dict[tuple[str, str], list[int]] = defaultdict(list)
        findall = _WORD_RE.findall
        for position, entry in enumerate(self._entries):
            words = findall(entry.msgid.lower())  # _words, written out: one call per entry
            for gram in zip(words, words[1:], strict=False):
                posting = index[gram]
                # A pair twice in a text counts once; postings grow in order, so a repeat is
                # always the last position (cheaper than a set of pairs per entry).
                if not posting or posting[-1] != position:
                    posting.append(position)
        return index


def _most_common(counts: Counter[int], n: int) -> list[int]:
    """The keys of ``counts.most_common(n)``, in its order (ties: first counted first).

    Found from the n-th highest count, which a sort of the counts gives at C speed: only the
    few keys that reach it are ordered, not the thousands a query's postings bring in.
    """
    if len(counts) <= n:
        return [key for key, _ in counts.most_common(n)]
    floor = sorted(counts.values(), reverse=True)[n - 1]
    top = [(key, count) for key, count in counts.items() if count >= floor]
    top.sort(key=itemgetter(1), reverse=True)  # stable: ties keep their counting order
    return [key for key, _ in top[:n]]


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


def _pairs(words: list[str]) -> frozenset[tuple[str, str]]:
    """The set of word pairs of a text, the unit of the suggestion index."""
    return frozenset(zip(words, words[1:], strict=False))
