"""Checks that proper names, acronyms and glossary terms of the French reach the English."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from excerpts.checks.base import ERROR, Check, Unit
from excerpts.checks.normalize import has_diacritics, strip_diacritics
from excerpts.checks.numerals import roman_value
from excerpts.checks.tables import CONVENTIONAL_CAPITALS, acronym_equivalents, name_equivalents

# After these (spaces aside) a capital starts a sentence or a quotation, not a name.
_SENTENCE_OPENERS = frozenset('.!?…:"(-[')
# Acronyms have two capitals in a row (ONU, FAMa, AfDB): a cheap test before reading words.
_TWO_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ]{2}")
# A capitalised word, hyphenated parts included (États-Unis); after l' or d' it stands alone.
_CAPITAL_WORD = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-ÞŒ][^\W\d_]*(?:-[^\W\d_]+)*")
_ORDINAL_SUFFIX = re.compile(r"(?:e|è|ème|er|re|ère)$")
_ACRONYM = re.compile(r"(?<![\w-])([^\W\d_][^\W\d_&]*)(?![\w])")


@lru_cache(maxsize=4096)
def _word_pattern(rendering: str, case_blind: bool) -> re.Pattern[str]:
    """A pattern finding a rendering as a word or word start (Goïta in Goïta's, NGO in NGOs)."""
    flags = re.IGNORECASE if case_blind else 0
    tail = "" if case_blind else r"(?:s|'s)?(?![^\W\d_])"
    return re.compile(r"(?<![^\W\d_])" + re.escape(rendering) + tail, flags)


def present(rendering: str, text: str) -> bool:
    """Whether a rendering occurs in a folded English text.

    Short or all-capital renderings (US, UN) must match exactly as a word; longer ones match
    case-blind at the start of a word, so possessives and plurals count.
    """
    case_blind = len(rendering) > 3 and not rendering.isupper()
    return _word_pattern(rendering, case_blind).search(text) is not None


def _is_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_OPENERS


def _is_acronym(word: str) -> bool:
    uppers = sum(1 for c in word if c.isupper())
    return uppers >= 2 and uppers * 2 >= len(word) and len(word) <= 10


def name_candidates(folded: str) -> list[str]:
    """Capitalised words of a French text that name someone or something (not acronyms)."""
    table = name_equivalents()
    found: list[str] = []
    for m in _CAPITAL_WORD.finditer(folded):
        word = m.group(0)
        if _is_acronym(word.split("-")[0]) or word in CONVENTIONAL_CAPITALS or word in found:
            continue
        elided = m.start() > 0 and folded[m.start() - 1] == "'"
        # A sentence's first word is capitalised anyway; only well-known names count there.
        if not elided and _is_sentence_start(folded, m.start()) and word not in table:
            continue
        found.append(word)
    return found


def _missing_name(word: str, unit: Unit) -> str | None:
    """Why a French name is not found in the English, or None when it is there."""
    renderings = unit.glossary.renderings(word) or name_equivalents().get(word)
    if renderings:
        if any(present(r, unit.tgt) for r in renderings) or present(word, unit.tgt):
            return None
        return f"{word} (usually {renderings[0]})"
    if present(word, unit.tgt):
        return None
    if has_diacritics(word) and present(strip_diacritics(word), strip_diacritics(unit.tgt)):
        return f"{word} (written without its diacritics)"
    if _transliterated(word, unit):
        return None
    return word


# French and English transliterate Russian and Arabic names differently (Prigojine and
# Prigozhin, Kadhafi and Gaddafi); a close capitalised word in the English is taken as the name.
_SIMILAR_ENOUGH = 0.7
_CAPITALISED = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]+")


def _transliterated(word: str, unit: Unit) -> bool:
    """Whether the English has a capitalised word spelled close to this French name."""
    plain = strip_diacritics(word).lower()
    for candidate in _CAPITALISED.findall(strip_diacritics(unit.tgt)):
        matcher = SequenceMatcher(None, plain, candidate.lower())
        if matcher.real_quick_ratio() >= _SIMILAR_ENOUGH and matcher.ratio() >= _SIMILAR_ENOUGH:
            return True
    return False


def check_names(unit: Unit) -> str | None:
    """Report proper names of the French that the English lacks."""
    if not any(c.isupper() for c in unit.source[1:]):
        return None
    missing = [m for w in name_candidates(unit.src) if (m := _missing_name(w, unit))]
    if not missing:
        return None
    return "name not found in English: " + ", ".join(missing)


def acronym_candidates(folded: str) -> list[str]:
    """Acronyms of a French text (FAMa, CEDEAO), Roman numerals excepted."""
    found: list[str] = []
    for m in _ACRONYM.finditer(folded):
        word = m.group(1)
        if not _is_acronym(word) or word in found or word in CONVENTIONAL_CAPITALS:
            continue
        core = _ORDINAL_SUFFIX.sub("", word)
        if core.isalpha() and core.isupper() and roman_value(core) is not None:
            continue  # XIV, XIXe
        found.append(word)
    return found


def _missing_acronym(word: str, unit: Unit) -> str | None:
    renderings = unit.glossary.renderings(word) or acronym_equivalents().get(word)
    if present(word, unit.tgt):
        return None
    if renderings:
        if any(present(r, unit.tgt) for r in renderings):
            return None
        return f"{word} (usually {renderings[0]})"
    if len(word) >= 4 and word.casefold() in unit.tgt_lower:
        return None  # UNICEF written Unicef
    return word


def check_acronyms(unit: Unit) -> str | None:
    """Report acronyms of the French that the English lacks (FAMa, VDP, ONU -> UN)."""
    if _TWO_CAPITALS.search(unit.source) is None:
        return None
    missing = [m for w in acronym_candidates(unit.src) if (m := _missing_acronym(w, unit))]
    if not missing:
        return None
    return "acronym not found in English: " + ", ".join(missing)


def check_glossary(unit: Unit) -> str | None:
    """Report glossary terms of the French whose prescribed rendering the English lacks."""
    wrong = []
    for term, renderings in unit.glossary.find(unit.src):
        if not any(present(r, unit.tgt) for r in renderings):
            wrong.append(f"{term} -> {' / '.join(renderings)}")
    if not wrong:
        return None
    return "glossary term not rendered as prescribed: " + "; ".join(wrong)


NAMES = Check(
    "names", "A proper name of the French is missing in English (or lost its accents).", ERROR,
    check_names,
)  # fmt: skip
ACRONYMS = Check(
    "acronyms", "An acronym of the French is missing in English (ONU may become UN).", ERROR,
    check_acronyms,
)  # fmt: skip
GLOSSARY = Check(
    "glossary", "A glossary term is rendered otherwise than the glossary says.", ERROR,
    check_glossary,
)  # fmt: skip
CHECKS = (NAMES, ACRONYMS, GLOSSARY)
