"""The shapes every check shares: the pair under test, a check's record, and the glossary."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, overload

from excerpts.checks.normalize import (
    LETTER_RUN,
    NOT_PLAIN,
    PLAIN_LETTER_RUN,
    fold,
    mend_addresses,
    nfc,
)
from excerpts.checks.numerals import EN, FR, Quantity, extract_quantities, may_have_numbers

ERROR = "error"
WARNING = "warning"
OFF = "off"
SEVERITIES = (ERROR, WARNING, OFF)


@dataclass(frozen=True)
class GlossaryTerm:
    """One glossary row: a French term and the English renderings that are accepted for it."""

    source: str
    targets: tuple[str, ...]
    note: str = ""
    line: int = 0


@dataclass(frozen=True)
class Glossary:
    """A project's terminology, compiled once per catalog for fast lookups."""

    terms: tuple[GlossaryTerm, ...] = ()
    path: str | None = None
    _pattern: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    _by_key: Mapping[str, tuple[str, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def from_terms(cls, terms: Sequence[GlossaryTerm], path: str | None = None) -> Glossary:
        """A glossary whose repeated sources merge their accepted renderings."""
        merged: dict[str, list[str]] = {}
        first: dict[str, GlossaryTerm] = {}
        for term in terms:
            key = fold(term.source).casefold()
            first.setdefault(key, term)
            bucket = merged.setdefault(key, [])
            bucket.extend(t for t in term.targets if t not in bucket)
        final = tuple(
            GlossaryTerm(first[k].source, tuple(v), first[k].note, first[k].line)
            for k, v in merged.items()
        )
        pattern = None
        if merged:
            # Longest first so "Union africaine" wins over "Union".
            alternatives = sorted(merged, key=len, reverse=True)
            pattern = re.compile(
                # French inflects: "supplétif" also finds "supplétives", "djihadiste(s)", and
                # each word of a compound may take the plural ("coups d'État").
                r"(?<!\w)("
                + "|".join(_inflected(a) for a in alternatives)
                + r")(?:e?s|e|x)?(?!\w)",
                re.IGNORECASE,
            )
        by_key = {k: tuple(v) for k, v in merged.items()}
        return cls(final, path, pattern, by_key)

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str | Sequence[str]]) -> Glossary:
        """A glossary from ``{source: target}`` or ``{source: [targets]}``."""
        terms = [
            GlossaryTerm(src, (tgt,) if isinstance(tgt, str) else tuple(tgt))
            for src, tgt in mapping.items()
        ]
        return cls.from_terms(terms)

    def as_mapping(self) -> dict[str, tuple[str, ...]]:
        """``{source: accepted renderings}``."""
        return {t.source: t.targets for t in self.terms}

    def find(self, folded_source: str) -> list[tuple[str, tuple[str, ...]]]:
        """The glossary terms occurring in a folded French text, with their renderings."""
        if self._pattern is None:
            return []
        found: list[tuple[str, tuple[str, ...]]] = []
        for match in self._pattern.finditer(folded_source):
            term = match.group(1)
            key = " ".join(term.casefold().split())
            renderings = self._by_key.get(key)
            if renderings is None and key.endswith("v"):  # supplétives: supplétif
                renderings = self._by_key.get(key[:-1] + "f")
                term = term[:-1] + "f"
            if renderings is None:  # "coups d'État": the term with its inner plurals undone
                renderings = self._by_key.get(_INNER_PLURAL.sub("", key), ())
            found.append((term, renderings))
        return found

    def renderings(self, word: str) -> tuple[str, ...]:
        """The accepted renderings of a single French word or term, if the glossary has it."""
        return self._by_key.get(fold(word).casefold(), ())


_INNER_PLURAL = re.compile(r"[sx](?= )")


def _inflected(term: str) -> str:
    """A pattern for a glossary term whose words before the last may take a plural s or x, and
    whose last word's final f may be the v of its feminine (supplétif, supplétives)."""
    words = term.split(" ")
    pattern = r"(?:s|x)?\s+".join(re.escape(w) for w in words)
    return pattern[:-1] + "[fv]" if pattern.endswith("f") else pattern


EMPTY_GLOSSARY = Glossary()

_T = TypeVar("_T")


class _lazy(Generic[_T]):  # noqa: N801 - used as a decorator, like cached_property
    """``functools.cached_property`` without its lock: a Unit is never shared between threads,
    and the lock cost a third of a microsecond for each of a Unit's forms."""

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    @overload
    def __get__(self, unit: None, owner: type | None = None) -> _lazy[_T]: ...
    @overload
    def __get__(self, unit: object, owner: type | None = None) -> _T: ...
    def __get__(self, unit: object | None, owner: type | None = None) -> _lazy[_T] | _T:
        if unit is None:
            return self
        value = self.compute(unit)
        unit.__dict__[self.name] = value  # later reads find the value, not this descriptor
        return value


class Unit:
    """One French-English pair under test, with the folded forms the checks share.

    Folded forms are computed on first use, so an entry that no check needs in a given form
    never pays for it.
    """

    def __init__(self, source: str, target: str, glossary: Glossary = EMPTY_GLOSSARY) -> None:
        # Composed characters, whatever the editor saved; addresses without the spaces French
        # typesetting may have put in them
        self.source = mend_addresses(nfc(source))
        self.target = nfc(target)
        self.glossary = glossary

    @_lazy
    def src(self) -> str:
        """The French text with its typography folded."""
        return fold(self.source)

    @_lazy
    def tgt(self) -> str:
        """The English text with its typography folded."""
        return fold(self.target)

    @_lazy
    def has_numbers(self) -> bool:
        """Whether either side may hold a number (a cheap test before reading them)."""
        return may_have_numbers(self.source, FR) or may_have_numbers(self.target, EN)

    @_lazy
    def src_quantities(self) -> list[Quantity]:
        """The numbers of the French text, as comparable quantities."""
        return extract_quantities(self.source, FR) if self.has_numbers else []

    @_lazy
    def tgt_quantities(self) -> list[Quantity]:
        """The numbers of the English text, as comparable quantities."""
        return extract_quantities(self.target, EN) if self.has_numbers else []

    @_lazy
    def src_plain(self) -> bool:
        """Whether the folded French is plain (``NOT_PLAIN`` finds nothing in it).

        In a plain text, lowering changes no letter's length and agrees with case-blind
        patterns, so the checks may look words up instead of searching the text.
        """
        return NOT_PLAIN.search(self.src) is None

    @_lazy
    def tgt_plain(self) -> bool:
        """Whether the folded English is plain (see ``src_plain``)."""
        return NOT_PLAIN.search(self.tgt) is None

    @_lazy
    def tgt_runs(self) -> list[str]:
        """The runs of letters of the folded English, as written."""
        return (PLAIN_LETTER_RUN if self.tgt_plain else LETTER_RUN).findall(self.tgt)

    @_lazy
    def src_words(self) -> list[str] | None:
        """The runs of letters of the folded French in lower case, if the text is plain."""
        return PLAIN_LETTER_RUN.findall(self.src.lower()) if self.src_plain else None

    @_lazy
    def tgt_words(self) -> list[str] | None:
        """The runs of letters of the folded English in lower case, if the text is plain."""
        if not self.tgt_plain:
            return None
        runs = self.tgt_runs
        # Runs hold no space: one lowering of them joined is the runs lowered one by one.
        return " ".join(runs).lower().split(" ") if runs else []

    @_lazy
    def tgt_lower(self) -> str:
        """The folded English text in lower case, for case-blind lookups."""
        return self.tgt.casefold()


# A check on one pair returns a message when it finds something, otherwise None.
PairCheck = Callable[[Unit], "str | None"]


@dataclass(frozen=True)
class Check:
    """A registered check: stable id, one-line description, default severity and its test.

    ``run`` is None for checks that look at an entry's state (untranslated, fuzzy, obsolete) or
    at the whole catalog (consistency); ``check_catalog`` handles those itself.
    """

    id: str
    doc: str
    severity: str
    run: PairCheck | None = None
