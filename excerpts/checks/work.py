"""Checks on the state of the work: untranslated, fuzzy and obsolete entries, inconsistency."""

from __future__ import annotations

import hashlib
import re

from excerpts.checks.base import WARNING, Check
from excerpts.checks.normalize import drop_french_spacing, fold

UNTRANSLATED = Check("untranslated", "The entry has no translation yet.", WARNING)
FUZZY = Check("fuzzy", "The translation is marked fuzzy and needs review.", WARNING)
OBSOLETE = Check("obsolete", "An obsolete entry (#~) is still in the catalog.", WARNING)
CONSISTENCY = Check(
    "consistency", "The same French text is translated differently elsewhere in the catalog.",
    WARNING,
)  # fmt: skip
CHECKS = (UNTRANSLATED, FUZZY, OBSOLETE, CONSISTENCY)

_SPACES = re.compile(r"\s+")


def consistency_key(text: str) -> str:
    """The form under which two texts count as the same: typography folded, case ignored."""
    return folded_key(fold(text))


def folded_key(folded: str) -> str:
    """``consistency_key`` of a text already folded (the checks' Unit holds both sides so)."""
    if any(c in folded for c in _SPACING_MARKS):
        folded = drop_french_spacing(folded)
    # Every whitespace character but the space is unprintable: a printable text without a
    # double space has nothing for the substitution to change.
    if "  " in folded or not folded.isprintable():
        folded = _SPACES.sub(" ", folded)
    return folded.strip().casefold()


def key_digest(folded: str) -> str:
    """A short digest of ``folded_key``: what the tracker compares, small to keep in a store."""
    key = folded_key(folded)
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


# ``drop_french_spacing`` only removes a space before one of these or next to a quotation mark.
_SPACING_MARKS = ';:!?%"'


class ConsistencyTracker:
    """Remembers the first translation of each French text; one pass, no pairwise comparison."""

    def __init__(self) -> None:
        # French key -> (line, English key, translation) of its first rendering
        self._first: dict[str, tuple[int, str, str]] = {}

    def see(
        self, msgid: str, msgstr: str, line: int, folded: tuple[str, str] | None = None
    ) -> str | None:
        """Record a translated entry; a message when it differs from an earlier rendering.

        ``folded`` is the pair already folded, when the caller has it, to save folding again.
        """
        if folded is None:
            folded = (fold(msgid), fold(msgstr))
        return self.see_keys(folded_key(folded[0]), folded_key(folded[1]), msgstr, line)

    def see_keys(self, source_key: str, target_key: str, msgstr: str, line: int) -> str | None:
        """``see`` for a pair whose ``folded_key`` forms the caller already has."""
        first = self._first.get(source_key)
        if first is None:
            self._first[source_key] = (line, target_key, msgstr)
            return None
        first_line, first_key, first_text = first
        if first_key == target_key:
            return None
        shown = first_text if len(first_text) <= 60 else first_text[:57] + "..."
        return f"the same French is translated differently at line {first_line}: {shown!r}"
