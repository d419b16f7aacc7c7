"""Text folding shared by the checks: French typography, diacritics, words and sentence starts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

# Spaces French typography uses before ; : ! ? » and inside numbers (2 500), folded to " ".
_SPACES = "\u00a0\u202f\u2009\u2007\u200a\u2002\u2003\u2004\u2005\u2006\u205f\u3000"
_FOLD_TABLE = str.maketrans(
    {
        **{c: " " for c in _SPACES},
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "′": "'",
        "–": "-",
        "—": "-",
        "‑": "-",
        "‐": "-",
    }
)
_FOLDS = {chr(code): str(folded) for code, folded in _FOLD_TABLE.items()}
_FOLDED_CHARS = re.compile("[" + "".join(re.escape(char) for char in _FOLDS) + "]")
_RUNS_OF_SPACES = re.compile(r" {2,}")
# A space before closing punctuation or after an opening guillemet is French spacing, not text.
# (Each alternative starts with the space itself, so that the regex engine scans for spaces.)
_FRENCH_SPACING = re.compile(r' (?:(?=[;:!?%])|(?<=" )(?=\w)|(?<=\w )(?="))')

# Plain texts: str.lower() and the regex engine's case-blind matching agree on every character,
# lowering keeps each character a single plain one of the same kind (letter, digit, other).
# That holds for ASCII, Latin-1 and Latin Extended-A letters and general punctuation, but for
# µ (the engine takes it for Greek mu), ŉ, dotless ı, dotted İ and long ſ (taken for i and s).
# NOT_PLAIN finds a character outside them. tests/test_checks_text.py checks the claim.
_PLAIN_RANGES = ((0x0, 0xB4), (0xB6, 0x12F), (0x132, 0x148), (0x14A, 0x17E), (0x2000, 0x206F))
NOT_PLAIN = re.compile(
    "[^" + "".join(re.escape(chr(a)) + "-" + re.escape(chr(b)) for a, b in _PLAIN_RANGES) + "]"
)

# A run of letters (digits and underscores excepted): the word the checks' patterns see.
LETTER_RUN = re.compile(r"[^\W\d_]+")


def _plain_class(member: Callable[[str], bool]) -> str:
    """A character class of the plain characters (see NOT_PLAIN) that ``member`` accepts."""
    spans: list[list[int]] = []
    for low, high in _PLAIN_RANGES:
        for code in range(low, high + 1):
            if not member(chr(code)):
                continue
            if spans and spans[-1][1] == code - 1:
                spans[-1][1] = code
            else:
                spans.append([code, code])
    return "[" + "".join(re.escape(chr(a)) + "-" + re.escape(chr(b)) for a, b in spans) + "]"


# The same runs in a plain text, read faster: the regex engine tests a list of ranges quicker
# than the Unicode categories behind \w and \d. [^\W\d_] is alphanumeric but not a decimal
# digit; \w is alphanumeric or "_".
PLAIN_LETTER_RUN = re.compile(_plain_class(lambda c: c.isalnum() and not c.isdecimal()) + "+")
PLAIN_WORD_RUN = re.compile(_plain_class(lambda c: c.isalnum() or c == "_") + "+")

WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A web or e-mail address: the same in both languages, its parts neither numbers nor words.
URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An acronym alone in brackets after the name it stands for: "… du Burkina (SONABEL)".
# (up to fifteen characters: a union's federation, CGT-Cheminots)
BRACKETED_ACRONYM = re.compile(r"\(([A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&-]{1,14})\)")
# A date written in figures, day first: 04/12/2023 (group 1 the day, group 2 the month).
NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(?:19|20)?\d\d(?!\d)")
# A date in ISO order, as Quebec's press writes it: 2025-05-14 (group 1 the month).
ISO_DATE = re.compile(r"(?<![\d-])(?:19|20)\d\d-(0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])")


def numeric_months(text: str) -> list[tuple[int, int, int]]:
    """The months of the dates a text writes in figures, day first (04/12/2023) or in ISO
    order (2023-12-04): each month's value and span."""
    months = []
    if "/" in text:
        months += [(int(m.group(2)), *m.span(2)) for m in NUMERIC_DATE.finditer(text)]
    if "-" in text:
        months += [(int(m.group(1)), *m.span(1)) for m in ISO_DATE.finditer(text)]
    return months


# French elisions glued to the next word by an apostrophe: l'armée, d'Assimi, jusqu'à.
_ELISION = re.compile(
    r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\w)", re.IGNORECASE
)


def nfc(text: str) -> str:
    """The text in Unicode NFC (Libération saved as e + combining accent, composed)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


# French typesetting that puts its (no-break) space before every colon and question mark breaks
# web addresses too: "https ://site.ml/page ?id=3". The address is the one meant. (A question
# mark with a letter right after it is no sentence's end.)
_SPACED_ADDRESS = re.compile(
    r"\b(https?)[ \u00a0\u202f]:(?=//)|(?<=[\w/])[ \u00a0\u202f]\?(?=[\w%])",
    re.IGNORECASE,
)


def mend_addresses(text: str) -> str:
    """The text with the spaces French typesetting put inside its web addresses taken out."""
    if "://" not in text and "www." not in text:
        return text
    return _SPACED_ADDRESS.sub(lambda m: f"{m.group(1)}:" if m.group(1) else "?", text)


def fold(text: str) -> str:
    """Fold French typography so French and English can be compared character by character.

    NFC; every no-break or thin space becomes a plain space; guillemets and curly double
    quotes become ``"``; curly apostrophes become ``'``; dashes become ``-``; runs of spaces
    collapse.
    """
    if not text.isascii():
        text = nfc(text)
        # str.translate looks every character up; replacing the few that occur is faster.
        # (No replacement holds a character of the table, so the order does not matter.)
        for char in set(_FOLDED_CHARS.findall(text)):
            text = text.replace(char, _FOLDS[char])
    return _RUNS_OF_SPACES.sub(" ", text) if "  " in text else text


def fold_spacing(text: str) -> str:
    """``fold`` and also drop the spaces French puts before ``; : ! ? %`` and inside guillemets."""
    return drop_french_spacing(fold(text))


def drop_french_spacing(folded: str) -> str:
    """A folded text without the spaces French puts before ``; : ! ? %`` and inside quotes."""
    return _FRENCH_SPACING.sub("", folded)


def strip_diacritics(text: str) -> str:
    """The text without combining accents (Goïta -> Goita), for 'lost its accents' messages."""
    if text.isascii():
        return text  # nothing to decompose
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_STROKED)


# Letters whose mark is part of the letter, which Unicode does not decompose: Łódź, Đoković,
# Ørsted and Turkish's dotless ı are Lodz, Djokovic's D, Orsted and i where accents are dropped.
_STROKED = str.maketrans("łŁđĐøØıħĦ", "lLdDoOihH")


@lru_cache(maxsize=4096)
def whole_word(word: str) -> re.Pattern[str]:
    """A pattern finding ``word`` as a whole word, in the same case (Sahel, not Sahelian)."""
    return re.compile(r"(?<![^\W\d_])" + re.escape(word) + r"(?![^\W\d_])")


def has_word(word: str, text: str) -> bool:
    """Whether ``word`` is in ``text`` as a whole word, in the same case."""
    return whole_word(word).search(text) is not None


def strip_elision(word: str) -> str:
    """A word without its French elided article or preposition (l'Union -> Union)."""
    return _ELISION.sub("", word)


def address_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the URLs and e-mail addresses of a text, whose letters are no words."""
    if "www." not in text and "://" not in text and "@" not in text:
        return []
    return [m.span() for m in URL_OR_EMAIL.finditer(text)]


def has_diacritics(word: str) -> bool:
    """Whether a word carries any accent or diaeresis."""
    return strip_diacritics(word) != word


_SQUARE_BRACKETED = re.compile(r"\[[^\[\]]*\]")


def insertions(source: str, target: str) -> list[tuple[int, int]]:
    """Spans of a translator's notes in square brackets in the English ("a coup [in September
    2022]"), when the French has none: what they add is not in the French to compare."""
    if "[" not in target or "[" in source:
        return []
    return [m.span() for m in _SQUARE_BRACKETED.finditer(target)]


# A day's number right before a word: « le 17 sept », « 1er sept. », "the 3rd"; not a year's
# (« en octobre 2023 sept accords »).
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:er|re|st|nd|rd|th)?[\s\u00a0]$")


def after_day_number(text: str, start: int) -> bool:
    """Whether a day's number, one or two figures with or without its ordinal ending, stands
    right before ``start`` (where « sept » is then September, not seven)."""
    return _DAY_BEFORE.search(text, max(0, start - 6), start) is not None


# Days English calls by name rather than by date: « le 14 juillet » -> "Bastille Day", « le
# 8 mars » -> "International Women's Day". The French day and month then need no figure and no
# month in the English, unless the English writes that month besides ("on March 9,
# International Women's Day" dates the day all the same, and its figure must agree).
_NAMED_DAYS = tuple(
    (
        re.compile(rf"\b{day}[\s\u00a0-]+{month}\b", re.IGNORECASE),
        re.compile(name),
        re.compile(rf"\b{english}\b|\b{english[:3]}\."),  # the month written besides
    )
    for day, month, english, name in (
        ("1er", "mai", "May", r"\bMay Day\b|\bLabou?r Day\b"),
        ("14", "juillet", "July", r"\bBastille Day\b"),
        ("8", "mars", "March", r"\bWomen['’]s Day\b"),
        ("11", "novembre", "November", r"\bArmistice Day\b"),
        ("1er", "novembre", "November", r"\bAll Saints['’]? Day\b"),
        ("24", "décembre", "December", r"\bChristmas Eve\b"),
        ("25", "décembre", "December", r"\bChristmas Day\b"),
        ("31", "décembre", "December", r"\bNew Year['’]s Eve\b"),
        ("1er", "janvier", "January", r"\bNew Year['’]s Day\b"),
    )
)


def named_days(source: str, target: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the French days (« 14 juillet ») that the English calls by their name
    alone, its month not written elsewhere, and the spans of those names in the English."""
    days: list[tuple[int, int]] = []
    names: list[tuple[int, int]] = []
    for french, name, month in _NAMED_DAYS:
        if french.search(source) is None:
            continue
        found = [m.span() for m in name.finditer(target)]
        if found and month.search(name.sub("", target)) is None:
            days.extend(m.span() for m in french.finditer(source))
            names.extend(found)
    return days, names


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


# What a sentence or a quotation ends with; a text ending otherwise is a headline.
_SENTENCE_END_MARKS = frozenset('.!?…»"”')


def is_headline(text: str) -> bool:
    """Whether a text ends with no sentence's end: "Mali : la junte prolonge la transition"."""
    return text.rstrip()[-1:] not in _SENTENCE_END_MARKS


_LONG_WORD = re.compile(r"[A-Za-z][\w’'-]{3,}")


def title_cased(text: str) -> bool:
    """Whether most words of four letters or more are capitalised, as in a headline."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


# English nouns that name what a French name kept before them is: "the Appel du 20 février
# coalition", "the Tournons la page campaign", "the Sénégal Aujourd'hui daily".
GENERIC_HEAD = re.compile(
    r"\s(?:coalition|movement|platform|party|group|alliance|collective|association|campaign"
    r"|initiative|front|union|network|newspaper|daily|weekly|magazine|radio|station|programme"
    r"|website"
    r"|program|festival|forum|accord|agreement|committee|council|plan|project)s?\b"
)
# A capitalised word opening a name, and the words after it, up to the generic noun.
_NAME_OPENING = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ][^\W\d_]*")


def blank_kept_names(english: str, french: str) -> str:
    """The English with the French names it keeps before a generic noun blanked: a run that
    opens with a capital, is the French's word for word and ends right before the noun."""
    for head in GENERIC_HEAD.finditer(english):
        end = head.start()
        for opening in _NAME_OPENING.finditer(english, max(0, end - 60), end):
            span = english[opening.start() : end]
            if len(span.split()) >= 2 and span in french:
                english = english[: opening.start()] + " " * len(span) + english[end:]
                break
    return english
