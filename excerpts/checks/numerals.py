"""Numbers found in French or English prose, reduced to values that can be compared.

Digits are read with each language's conventions (French ``7,5`` and ``2 500``, English ``7.5``
and ``2,500``), with their multipliers (``1,5 milliard`` = ``1.5 billion``), percent signs,
ordinal suffixes and clock times. Spelled-out numbers (``quatre-vingt-dix``, ``twenty-one``),
spelled ordinals and fractions (``deux tiers`` = ``two-thirds``) and Roman numerals in
centuries and regnal names (``XIXe siècle``, ``Louis XIV``) become values too.

Each quantity carries the set of values it may stand for (``18 heures`` is 18 hours or 6 p.m.)
and whether it is *strong*: weak ones (``un``/``one`` used as articles, ``premier``/``first``,
``neuf`` that may mean "new") can match a number on the other side but are never reported
missing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from excerpts.checks.normalize import (
    NOT_PLAIN,
    PLAIN_LETTER_RUN,
    PLAIN_WORD_RUN,
    URL_OR_EMAIL,
    after_day_number,
    numeric_months,
)

FR = "fr"
EN = "en"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written in one text, with the comparable values it may stand for."""

    keys: tuple[str, ...]
    text: str
    strong: bool = True
    percent: bool = False
    start: int = 0
    end: int = 0


def value_key(value: Decimal) -> str:
    """A canonical spelling of a value: 2500, 7.5, 1500000000."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def time_key(hours: int, minutes: int) -> str:
    """A clock time on a 12-hour dial, so ``18 h 45``, ``6:45 p.m.`` and ``18:45`` agree."""
    return f"T{(hours % 12) * 60 + minutes}"


# --- digits -----------------------------------------------------------------------------------

_SUPERSCRIPTS = str.maketrans({"ᵉ": "e", "ʳ": "r", "ᵈ": "d", "ˢ": "s", "ᵗ": "t", "ʰ": "h"})
_SUPERSCRIPT = re.compile("[ᵉʳᵈˢᵗʰ]")
_GROUP = "[ \u00a0\u202f\u2009\u2007]"

# A number starts with a digit that no digit, comma or point precedes; the first digit comes
# before that look behind so that the regex engine scans for digits.
_FR_DIGITS = re.compile(
    # A decimal comma may follow the groups (3 924,6), an English comma may not (3,924,600).
    # Swiss French may group with an apostrophe: 1'200 francs.
    rf"(?P<int>\d(?<![\d,.]\d)(?:\d{{0,2}}(?:(?:{_GROUP}|[.'’])\d{{3}})+(?!\d|,\d{{3}}(?!\d))|\d*))"
    # A sprinter's time is seconds and hundredths: "23 s 14" is 23.14.
    r"(?:(?:,|\.(?!\d{3}(?!\d))|\s?s\s?(?=\d\d(?!\d)))(?P<dec>\d+))?"
    r"(?:(?P<pct>\s?(?:%|pour\s?cent\b|p\.\s?100\b))"
    r"|(?P<time>\s?(?:heures?|h|H)(?:\s?(?P<min>[0-5]\d)(?!\d))?(?![^\W\d_]))"
    r"|(?P<ord>(?:ères?|ers?|res?|ièmes?|èmes?|emes?|e|es|è|nde?s?|de?)(?![^\W\d_])))?"
    # Swiss French shortens millions and milliards to mio and mia (« 850 mio de francs »).
    r"(?P<mult>\s(?:millions?|milliards?|billions?|mille)\b|\s?(?:[Mm]ds?|[Mm]rds?|mio|mia)\b"
    # Moroccan dirhams: « 15 MMDH » is 15 billion, « 150 MDH » 150 million
    r"|\s?MM?DH\b"
    # Tunisian dinars in millions: « 16 728 MD », « 3,2 MDT »
    r"|\s?MDT?\b"
    # India's counts, which French copies too: « 65 lakhs de noms », « 1,96 lakh crore »
    r"|\s(?:lakhs?|crores?)\b"
    # "900 M FCFA", "5 M€": M is a million only before a currency.
    r"|\s?M(?=\s?(?:F\s?CFA\b|CFA\b|XOF\b|USD\b|EUR\b|€|\$|euros?\b|dollars?\b)))?",
)
_EN_DIGITS = re.compile(
    r"(?P<int>\d(?<![\d,.]\d)(?:\d{0,2}(?:[,\u00a0\u202f\u2009]\d{3})+(?![\d,]\d)|\d*))"
    r"(?:\.(?P<dec>\d+))?"
    # Headlines in title case: "22 Percent", "$302 Million".
    r"(?:(?P<pct>\s?(?:%|(?i:percent)\b|(?i:per\s?cent)\b|pc\b|percentage\s+points?\b))"
    r"|(?P<time>(?::(?P<min>[0-5]\d))?\s?(?P<ampm>[ap])\.?\s?m\b\.?|:(?P<min24>[0-5]\d)(?!\d)"
    r"|\s?o['’]clock\b"
    # A running time: "1 hr 52 min", "1h52", "2 hours 10 minutes" (French "1 h 52").
    r"|\s?(?:h|hrs?|hours?)\s?(?P<hmin>[0-5]\d)(?!\d)(?:\s?(?:min|mins|minutes)\b\.?)?)"
    r"|(?P<ord>(?:st|nd|rd|th|s|['’]s)(?![^\W\d_])))?"
    # British style: "$1.5bn", "CFA2.5tn"; "2m" is 2 million or 2 metres (both values kept);
    # tech and finance press: "€1.7B", "$500M".
    r"(?P<mult>[\s-](?i:millions?|billions?|trillions?|thousand)\b|\s?(?:bn|mn|tn)\b|m\b"
    r"|[BM](?![^\W\d_])"
    r"|\s(?:lakhs?|crores?)\b)?",  # Indian English: "65 lakh" (6.5 million), "3 crore" (30 million)
)
_MULTIPLIERS = {
    "million": 10**6,
    "millions": 10**6,
    "mn": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "md": 10**9,
    "mds": 10**9,
    "billion": 10**9,
    "billions": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "trillions": 10**12,
    "tn": 10**12,
    "m": 10**6,
    "b": 10**9,
    "thousand": 1000,
    "mille": 1000,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
# French "billion" is 10^12; only French text reads it that way.
_FR_MULTIPLIERS = {
    **_MULTIPLIERS, "billion": 10**12, "billions": 10**12, "mrd": 10**9, "mrds": 10**9,
    "m": 10**6, "mdh": 10**6, "mmdh": 10**9, "mio": 10**6, "mia": 10**9,
    "MD": 10**6, "MDT": 10**6,  # (case kept: « 3 Md€ » is 3 billion)
}  # fmt: skip


_ALL = frozenset({"tous", "toutes"})


def _all_of(
    tokens: list[tuple[str, int, int]], i: int, adjacent: Callable[[int, int], bool]
) -> bool:
    """Whether French number word ``i`` counts the members of a whole: "les deux" (both),
    "tous trois", "toutes les trois" (all three, or just "all")."""
    word = tokens[i][0]
    if word not in ("deux", "trois", "quatre") or i == 0 or not adjacent(i - 1, i):
        return False
    before = tokens[i - 1][0]
    if before in _ALL or before == "les" and word == "deux":
        return True
    return before == "les" and i > 1 and tokens[i - 2][0] in _ALL and adjacent(i - 2, i - 1)


_NOT_DECIMAL = re.compile(r"[^\d.]")


def _digit_value(match: re.Match[str], decimal_comma: bool) -> Decimal:
    """The value of a matched digit string, separators removed, multiplier applied."""
    whole = re.sub(r"\D", "", match.group("int"))
    dec = match.group("dec")
    value = Decimal(f"{whole}.{dec}" if dec else whole)
    mult = match.group("mult")
    if mult:
        table = _FR_MULTIPLIERS if decimal_comma else _MULTIPLIERS
        key = mult.strip().strip("-").strip()
        value *= table.get(key) or table[key.lower()]
    return value


def _digit_quantities(text: str, lang: str, start: int = 0) -> Iterator[Quantity]:
    """Quantities written with digits (from ``start`` on; the lookbehind still sees before)."""
    pattern = _FR_DIGITS if lang == FR else _EN_DIGITS
    for m in pattern.finditer(text, start):
        digits = m.group("int")
        if digits.isdecimal() and not m.group("dec") and not m.group("mult"):
            keys: tuple[str, ...] = (str(int(digits)),)  # a whole number: no Decimal needed
        else:
            keys = (value_key(_digit_value(m, lang == FR)),)
            if lang == EN and m.group("mult") == "m":
                # "2m", "1 500m": metres as well as millions (any group separator dropped)
                keys = (*keys, value_key(Decimal(_NOT_DECIMAL.sub("", m.group(0)[:-1]))))
            elif m.group("mult") in ("B", "M") and not (m.start() and text[m.start() - 1] in "$€£"):
                # "€1.7B" is 1.7 billion; without money before it, "3B" may be a class or a
                # grade, 3 as well
                keys = (*keys, value_key(Decimal(_NOT_DECIMAL.sub("", m.group(0)[:-1]))))
        if lang == EN and m.group("dec") and len(m.group("dec")) == 2 and digits.isdecimal():
            hours, minutes = int(digits), int(m.group("dec"))
            if m.group("ampm"):
                # "8.30pm": British hours and minutes, not a decimal
                if hours <= 12 and minutes < 60:
                    pm = 12 if m.group("ampm") == "p" and hours < 12 else 0
                    keys = (time_key(hours + pm, minutes),)
            elif hours < 24 and minutes < 60 and not m.group("mult") and not m.group("pct"):
                # "the 8.04 train": a British time of day too, or a decimal
                keys = (*keys, time_key(hours, minutes))
        if m.group("time") and not m.group("dec") and not m.group("mult"):
            hours = int(m.group("int")) if m.group("int").isdigit() else -1
            minutes_text = m.group("min") or (
                m.group("min24") or m.group("hmin") if lang == EN else None
            )
            minutes = int(minutes_text) if minutes_text else 0
            if 0 <= hours <= 24:
                clock = time_key(hours, minutes)
                # "18 h" may be a duration as well as a time of day; "18 h 45" and "6 p.m." not.
                bare = minutes_text is None and (lang == FR or "clock" in m.group("time"))
                keys = (clock, keys[0]) if bare else (clock,)
        yield Quantity(keys, m.group(0).strip(), True, bool(m.group("pct")), m.start(), m.end())


# --- Roman numerals ---------------------------------------------------------------------------

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# "Le", "Ce" are words, not the 50th and 100th: one-letter ordinals are I, V and X only.
# « les Xes Jeux »: the plural ordinal too (not -ers: « Vers 10 h » is no fifth)
_ROMAN_ORDINAL = re.compile(r"\b(?P<r>[IVX]|[IVXLC]{2,})(?:e|è|ème|er|re|ère|es|èmes)\b")
_ROMAN_CENTURY = re.compile(
    r"\b(?P<r>[IVXLC]+)(?=[\s-](?:siècles?|centur(?:y|ies)|millénaires?|millenni(?:um|a))\b)"
)
# After a word, capitalised or not: Louis XIV, la commune IV, Commune IV; but "IV fluids"
# are intravenous, and « le XV de France » is France's rugby team.
_ROMAN_REGNAL = re.compile(
    r"\b[A-Za-zà-ÿ][a-zà-ÿ]+\s(?P<r>[IVX]{2,6})\b(?![-'’][^\W\d_])"
    r"(?! (?:fluids?|drips?|lines?|bags?|infusions?|therapy|antibiotics|solutions?|kits?"
    r"|catheters?|poles?|pumps?)\b)"
    r"(?<!XV(?= de France\b| tricolore\b))"
)
# One letter after a noun that numbers its parts: « l'an I de la souveraineté » (Year One),
# « l'acte V », "Phase I".
ROMAN_AFTER_NOUN = re.compile(
    r"\b(?:[Aa]n|[Aa]cte|[Tt]ome|[Cc]hapitre|[Pp]hase|[Ss]aison|[Pp]artie|[Vv]olume|Year|Act"
    r"|Chapter|Phase|Season|Part|Volume"
    r"|[Gg]ouvernement [A-ZÀ-Þ][^\W\d_]+)\s(?P<r>[IVX])\b(?![-'’.][^\W\d_])"  # Lecornu I
)


def roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral, or None (``IIII`` and ``IC`` are not)."""
    if not numeral or any(c not in _ROMAN_VALUES for c in numeral):
        return None
    total = 0
    values = [_ROMAN_VALUES[c] for c in numeral]
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and v < values[i + 1] else v
    return total if total > 0 and _to_roman(total) == numeral else None


def _to_roman(value: int) -> str:
    """Canonical Roman spelling of a positive integer."""
    parts = []
    for number, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        count, value = divmod(value, number)
        parts.append(letters * count)
    return "".join(parts)


def _roman_quantities(text: str) -> Iterator[Quantity]:
    """Roman numerals that count: ordinals (XIXe), centuries, regnal names (Louis XIV)."""
    seen: set[int] = set()
    for pattern in (_ROMAN_ORDINAL, _ROMAN_CENTURY, _ROMAN_REGNAL, ROMAN_AFTER_NOUN):
        for m in pattern.finditer(text):
            value = roman_value(m.group("r"))
            if value is None or m.start("r") in seen:
                continue
            seen.add(m.start("r"))
            yield Quantity((str(value),), m.group("r"), True, False, m.start("r"), m.end("r"))


# --- spelled-out numbers ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    """The number words of one language."""

    cardinals: Mapping[str, int]
    multipliers: Mapping[str, int]  # singular forms; plural forms count only after a number
    plural_multipliers: Mapping[str, int]
    ordinals: Mapping[str, int]
    weak_ordinals: frozenset[str]
    denominators: Mapping[str, int]  # words that make a fraction after a cardinal
    plural_denominators: frozenset[str]
    approximate: Mapping[str, int]  # "une dizaine", "a dozen": weak values
    articles: frozenset[str]  # "a", "an" before a multiplier or fraction
    connector: str  # "et" / "and" inside a compound number
    extra: Mapping[str, tuple[str, bool]]  # word -> (key, strong): "twice", "midi"


_FR_CARDINALS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    # Belgian and Swiss French: « quelque septante collaborateurs », « nonante-cinq »
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}  # fmt: skip
FRENCH_NUMBER_WORDS = frozenset(_FR_CARDINALS) | {"cent", "cents", "mille"}
_EN_CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6,
}  # fmt: skip
# « les douzièmes provisoires », "provisional twelfths": parts named alone, without a count
_EN_ORDINALS |= {f"{word}s": value for word, value in _EN_ORDINALS.items() if value > 3}
_RANK_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our"})
_FR_IRREGULAR_ORDINAL_STEMS = {"cinqu": 5, "neuv": 9, "un": 1}

_FRENCH = _Lexicon(
    cardinals=_FR_CARDINALS,
    multipliers={"cent": 100, "mille": 1000, "million": 10**6, "milliard": 10**9},
    plural_multipliers={"cents": 100, "millions": 10**6, "milliards": 10**9},
    ordinals={"premier": 1, "première": 1, "premiers": 1, "premières": 1, "second": 2,
              "seconde": 2, "seconds": 2, "secondes": 2},  # fmt: skip
    weak_ordinals=frozenset({"premier", "première", "premiers", "premières", "second",
                             "seconde", "seconds", "secondes", "deuxième", "deuxièmes"}),
    # "les trois cinquièmes": after a cardinal, only a plural ordinal is surely a fraction
    # ("un cinquième mandat" is a fifth term)
    denominators={"tiers": 3, "quart": 4, "quarts": 4, "cinquièmes": 5, "sixièmes": 6,
                  "huitièmes": 8, "dixièmes": 10, "centièmes": 100},
    plural_denominators=frozenset({"tiers", "quarts", "cinquièmes", "sixièmes", "huitièmes",
                                   "dixièmes", "centièmes"}),
    approximate={"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
                 "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
                 "centaine": 100, "millier": 1000},  # fmt: skip
    articles=frozenset({"le", "du", "au"}),
    connector="et",
    # The verb counts ("a doublé"), the adjective may not ("double nationalité", dual).
    extra={"midi": (time_key(12, 0), False), "minuit": (time_key(0, 0), False),
           "décennie": ("10", False), "doublé": ("x2|2", True), "doublée": ("x2|2", True),
           # "le cinquantenaire de la CEDEAO": its fiftieth anniversary
           "cinquantenaire": ("50", False), "centenaire": ("100", False),
           "bicentenaire": ("200", False),
           # « un savoir-faire millénaire »: a thousand-year-old craft, or an age-old one
           "millénaire": ("1000", False), "millénaires": ("1000", False),
           "doublés": ("x2|2", True), "doubler": ("x2|2", True), "double": ("x2|2", False),
           "triplé": ("x3|3", True), "triplée": ("x3|3", True), "triplés": ("x3|3", True),
           "tripler": ("x3|3", True), "triple": ("x3|3", False),
           # « l'un des rares triples étoilés »: a three-star chef
           "triples": ("x3|3", False), "quadruplé": ("x4|4", True),
           # « 4 biplaces »: four two-seaters
           "monoplace": ("1", False), "monoplaces": ("1", False), "biplace": ("2", False),
           "biplaces": ("2", False),
           # "quintuple lauréate": a five-time winner
           "quadruple": ("x4|4", False), "quintuple": ("x5|5", False),
           "doublement": ("x2|2", True), "triplement": ("x3|3", True),
           # « doublant presque son score »: almost doubling it
           "doublant": ("x2|2", True), "triplant": ("x3|3", True),
           # « le bicamérisme »: a two-chamber parliament
           "bicamérisme": ("2", False), "bicaméral": ("2", False), "bicamérale": ("2", False),
           # "la moyenne quinquennale": the five-year average
           "biennal": ("2", False), "biennale": ("2", False), "triennal": ("3", False),
           "triennale": ("3", False), "quinquennal": ("5", False), "quinquennale": ("5", False),
           "quinquennat": ("5", False), "septennat": ("7", False), "décennal": ("10", False),
           "décennale": ("10", False),
           # "les bulletins décadaires": ten-day ones, as agronomists count a month in thirds;
           # "la première décade de juin": its first ten days
           "décadaire": ("10", False), "décadaires": ("10", False), "décade": ("10", False),
           "décades": ("10", False),
           # "le trio de tête": the top three
           "duo": ("2", False), "trio": ("3", False), "quatuor": ("4", False),
           # "une réunion tripartite": a three-way meeting
           "tripartite": ("3", False), "tripartites": ("3", False),
           # "la fin du bipartisme": of two-party politics
           "bipartisme": ("2", False), "bipartite": ("2", False), "bipartites": ("2", False),
           # "motos et tricycles": motorcycles and three-wheelers
           "tricycle": ("3", False), "tricycles": ("3", False),
           # "par bimestre": every two months
           "bimestre": ("2", False), "bimestres": ("2", False), "bimestriel": ("2", False),
           "bimestrielle": ("2", False),
           # "le bihebdomadaire": the twice-weekly paper; "un bimensuel": a fortnightly one
           "bihebdomadaire": ("2", False), "bihebdomadaires": ("2", False),
           "bimensuel": ("2", False), "bimensuelle": ("2", False), "bimensuels": ("2", False),
           "bimensuelles": ("2", False),
           # "le trafic reste quasi nul": close to zero
           "nul": ("0", False), "nulle": ("0", False),
           # "un baromètre semestriel": a six-monthly (half-yearly) one
           "semestriel": ("6", False), "semestrielle": ("6", False), "semestre": ("6", False),
           "semestres": ("6", False), "trimestriel": ("3", False), "trimestrielle": ("3", False),
           "trimestre": ("3", False), "trimestres": ("3", False),
           # "payables semestriellement": every six months
           "semestriels": ("6", False), "semestrielles": ("6", False),
           "semestriellement": ("6", False), "trimestriels": ("3", False),
           "trimestrielles": ("3", False), "trimestriellement": ("3", False)},
)
_ENGLISH = _Lexicon(
    cardinals=_EN_CARDINALS,
    multipliers={"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
                 "trillion": 10**12},  # fmt: skip
    plural_multipliers={"hundreds": 100, "thousands": 1000, "millions": 10**6,
                        "billions": 10**9},  # fmt: skip
    ordinals=_EN_ORDINALS,
    weak_ordinals=frozenset({"first", "second"}),
    denominators={"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                  "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10},
    plural_denominators=frozenset({"thirds", "quarters", "fifths", "sixths", "tenths"}),
    approximate={"dozen": 12},
    articles=frozenset({"a", "an"}),
    connector="and",
    # "tri-border area" (la zone des trois frontières), "bi-national": weak, prefixes only.
    # "doubled" is x2, or 2 as in "twice"; "tripled" may render "multiplié par trois".
    extra={"twice": ("2|x2", True), "noon": (time_key(12, 0), False),
           "midday": (time_key(12, 0), False),
           "doubled": ("x2|2", True), "doubling": ("x2|2", True), "double": ("x2|2", False),
           "doubles": ("x2|2", True), "triples": ("x3|3", True), "quadruples": ("x4|4", True),
           "tripled": ("x3|3", True), "tripling": ("x3|3", True), "triple": ("x3|3", False),
           # « le triplé du PSG »: a treble, three trophies
           "treble": ("3|x3", False), "trebled": ("x3|3", True),
           "quadrupled": ("x4|4", True), "twofold": ("x2|2", False),
           "quadruple": ("x4|4", False), "quadrupling": ("x4|4", True),
           "threefold": ("x3|3", False), "fourfold": ("x4|4", False),
           "fivefold": ("x5|5", False), "sixfold": ("x6|6", False), "tenfold": ("x10|10", False),
           "sevenfold": ("x7|7", False), "eightfold": ("x8|8", False),
           "ninefold": ("x9|9", False),
           "midnight": (time_key(0, 0), False), "tri": ("3", False), "bi": ("2", False),
           "half": ("1/2", False), "decade": ("10", False), "fortnight": ("2w", False),
           # halved: a half, or « divisé par deux »
           "halved": ("1/2|2", False), "halving": ("1/2|2", False), "both": ("2", False),
           "halve": ("1/2|2", False), "halves": ("1/2|2", False), "either": ("2", False),
           "neither": ("2", False),
           # « un doublé de Zongo »: a brace, two goals; « deux puces », a dual-SIM phone
           "brace": ("2|x2", False), "dual": ("2", False)},
)  # fmt: skip
# Words before a multiplier that make it a vague amount ("several hundred", "plusieurs mille").
# "multi-billion" is a vague amount too, as "plusieurs milliards".
_VAGUE = frozenset({"several", "few", "some", "many", "multi", "plusieurs", "quelques"})
# "third world", "pays tiers" -> "third countries": ordinals that are not numbers.
_EN_NOT_ORDINAL_AFTER = {
    "third": frozenset({"world", "country", "countries", "party", "parties", "way"})
}
# Words after which "a third" / "a quarter" is a fraction, not an ordinal before its noun.
_EN_FUNCTION_WORDS = frozenset(
    {"in", "on", "at", "by", "from", "since", "over", "under", "to", "than", "compared",
     "last", "this", "that", "and", "or", "but", "while", "within", "during", "between",
     "among", "across", "per", "as", "amid", "after", "before", "because", "when", "with",
     "without", "for"}
)
# "barely a third attend classes": a share as the subject of a verb, never an ordinal's noun;
# "a third less": a share of an amount.
_EN_AFTER_SHARE = frozenset(
    {"are", "were", "have", "had", "say", "said", "attend", "live", "lack", "do", "did", "own",
     "use", "believe", "think", "want", "still", "now", "also", "only", "remain", "will",
     "would", "can", "could", "may", "might", "must", "go", "work", "receive", "support",
     "less", "more", "fewer", "lower", "higher", "smaller", "larger"}
)
_WEAK_ARTICLE_NUMBERS = frozenset({"un", "une", "one"})
_NEUF_NOT_NUMBER_BEFORE = frozenset({"flambant", "tout", "à", "remis", "remise"})
_NEUF_NOT_NUMBER_AFTER = frozenset(
    {"et", "à", "dans", "en", "qui", "que", "pour", "par", "ou", "mais", "avec", "sur"}
)
_TOKEN = re.compile(r"[^\W\d_]+")
_ADJACENT_GAP = re.compile(r"[\s\-\u2010\u2011]*")


def _french_ordinal(word: str) -> int | None:
    """The value of a French ordinal in -ième (troisième, vingt et unième's 'unième')."""
    stem = word[:-5] if word.endswith("ièmes") else word[:-4] if word.endswith("ième") else None
    if not stem:
        return None
    if stem in _FR_IRREGULAR_ORDINAL_STEMS:
        return _FR_IRREGULAR_ORDINAL_STEMS[stem]
    for candidate in (stem, stem + "e", stem + "s"):
        if candidate in _FR_CARDINALS:
            return _FR_CARDINALS[candidate]
        if candidate in _FRENCH.multipliers:
            return _FRENCH.multipliers[candidate]
    return None


def _addable(current: int, value: int) -> bool:
    """Whether ``value`` continues the compound ending in ``current``.

    vingt + deux continues (22); deux + trois does not (two numbers in a row).
    """
    low = current % 100
    if low == 0:
        return current > 0 and value < 100
    if value < 10:
        return low % 10 == 0 and low >= 20
    if value < 20:
        return low in (60, 80)  # soixante-dix, quatre-vingt-onze
    return False


class _Run:
    """A compound number being read word by word."""

    def __init__(self, start: int) -> None:
        self.start = start
        self.end = start
        self.total = 0
        self.current = 0
        self.words: list[str] = []
        self.article = False
        self.vague = False

    @property
    def value(self) -> int:
        return self.total + self.current


def _spelled_quantities(
    text: str, lex: _Lexicon, lang: str, plain: bool = False
) -> Iterator[Quantity]:
    """Quantities spelled out in words, compounds joined (quatre-vingt-dix, one hundred and two).

    ``plain``: the text is plain (see ``NOT_PLAIN``), so its words are read the faster way.
    """
    token_re = PLAIN_LETTER_RUN if plain else _TOKEN
    lower = text.lower()
    same_length = len(lower) == len(text)
    # Articles, "et", "pour" and the like only ever join or mark a number: without a word that
    # is one, there is nothing to read (and no need for the words' positions).
    words = token_re.findall(lower) if same_length else [w.lower() for w in token_re.findall(text)]
    ordinals = lang == FR and "ième" in lower  # French ordinals in -ième are no fixed list
    triggers = _TRIGGERS[lang]
    if triggers.isdisjoint(words) and not (
        ordinals and any(w.endswith(("ième", "ièmes")) for w in words)
    ):
        return
    if lang == FR and same_length and not ordinals and _ARTICLES_ONLY.issuperset(
        w for w in words if w in triggers
    ):
        # Most French sentences have an "un" or "une" and no other number word. Alone, each is
        # a weak 1: no word around it can join it (see the loop below), so none is read.
        for m in _FR_ARTICLE.finditer(lower):
            yield Quantity(("1",), text[m.start() : m.end()], False, False, m.start(), m.end())
        return
    if same_length:  # one pass over the lowered text, unless lowering moved letters
        tokens = [(m.group(0), m.start(), m.end()) for m in token_re.finditer(lower)]
    else:
        tokens = [(m.group(0).lower(), m.start(), m.end()) for m in token_re.finditer(text)]
    run: _Run | None = None
    out: list[Quantity] = []

    def adjacent(i: int, j: int) -> bool:
        return 0 <= i < j < len(tokens) and bool(
            _ADJACENT_GAP.fullmatch(text, tokens[i][2], tokens[j][1])
        )

    def close(strong: bool = True) -> None:
        nonlocal run
        if run is not None and run.words:
            words = run.words
            weak = (len(words) == 1 and words[0] in _WEAK_ARTICLE_NUMBERS) or run.article
            out.append(
                Quantity((str(run.value),), text[run.start : run.end], strong and not weak,
                         False, run.start, run.end)  # fmt: skip
            )
        run = None

    relevant = _RELEVANT[lang]
    # Most words of a sentence play no part in a number: they only end a run, so the loop
    # visits the words that may, and closes the run when it skips others.
    if ordinals:
        visits = [
            k
            for k, token in enumerate(tokens)
            if token[0] in relevant or token[0].endswith(("ième", "ièmes"))
        ]
    else:
        visits = [k for k, word in enumerate(words) if word in relevant]
    i = 0
    for k in visits:
        if k < i:
            continue
        if k > i:
            close()
            i = k
        word, start, end = tokens[i]
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) and adjacent(i, i + 1) else None
        joined = run is not None and adjacent(i - 1, i)
        if run is not None and not joined:
            close()
        if lang == FR and word == "pour" and nxt == "cent":
            close()
            if out and adjacent(i - 1, i) and out[-1].end == tokens[i - 1][2]:
                out[-1] = _with_percent(out[-1])
            i += 2
            continue
        if lang == EN and (word == "percent" or (word == "per" and nxt == "cent")) and adjacent(
            i - 1, i
        ):
            close()
            if out and out[-1].end == tokens[i - 1][2]:
                out[-1] = _with_percent(out[-1])
            i += 1
            continue
        if (
            word == lex.connector
            and run is not None
            and nxt is not None
            and (nxt in lex.cardinals or lang == FR and _french_ordinal(nxt) is not None)
            and (run.current % 10 == 0 if lang == FR else run.current % 100 == 0 or run.total)
        ):
            i += 1
            continue
        if word in lex.cardinals:
            value = lex.cardinals[word]
            if run is not None and value == 20 and run.current % 100 == 4 and lang == FR:
                run.current += 76  # quatre-vingt(s)
            elif run is not None and (
                _addable(run.current, value)
                or lang == FR and run.current % 100 == 10 and value < 10  # dix-sept
            ):
                run.current += value
            else:
                close()
                run = _Run(start)
                run.current = value
            run.words.append(word)
            run.end = end
            if word == "neuf" and len(run.words) == 1 and _neuf_is_adjective(tokens, i, nxt):
                run.article = True  # weak: "un regard neuf", "flambant neuf"
            if lang == FR and len(run.words) == 1 and _all_of(tokens, i, adjacent):
                run.article = True  # "les deux" is often "both", "toutes trois" "all"
            i += 1
            continue
        if word in lex.multipliers or (word in lex.plural_multipliers and run is not None):
            mult = lex.multipliers.get(word) or lex.plural_multipliers[word]
            # "several hundred", "quelques milliers": no number, as "plusieurs centaines".
            vague = run is None and i > 0 and tokens[i - 1][0] in _VAGUE and adjacent(i - 1, i)
            if run is None:
                run = _Run(start)
            if mult == 100:
                run.current = max(run.current, 1) * 100
            else:
                run.total += max(run.current, 1) * mult
                run.current = 0
            run.words.append(word)
            run.end = end
            # "several hundred million": the vague start keeps the whole amount vague.
            run.vague = run.vague or vague
            run.article = run.vague
            i += 1
            continue
        if word in lex.articles and nxt is not None and (
            nxt in lex.multipliers or nxt in lex.denominators or nxt in lex.approximate
        ):
            close()
            run = _Run(start)
            run.current = 1
            run.article = True
            run.words.append(word)
            run.end = end
            i += 1
            continue
        if (
            lang == FR
            and run is None
            and word in lex.denominators
            and i
            and tokens[i - 1][0] == "par"
        ):
            # « renouvelés par tiers »: a third at a time, "a third of whom are replaced"
            part = f"1/{lex.denominators[word]}"
            out.append(Quantity((part,), word, False, False, start, end))
            i += 1
            continue
        if word in lex.denominators and run is not None and run.total == 0:
            plural = word in lex.plural_denominators
            after = tokens[i + 1][0] if i + 1 < len(tokens) else None
            fraction_ok = (
                plural
                or lang == FR
                or word == "quarter"  # never an ordinal: "a quarter adult women"
                or run.words[-1] == "one"
                or after in (None, "of")
                or not adjacent(i, i + 1)
                # "a third in a year", "by a quarter since": no noun follows, so a fraction
                or (run.words == [run.words[0]] and run.words[0] in lex.articles
                    and (after in _EN_FUNCTION_WORDS or after in _EN_AFTER_SHARE))
            )
            if fraction_ok and not _addable(run.current, lex.denominators[word]):
                numerator = run.current
                keys: tuple[str, ...] = (f"{numerator}/{lex.denominators[word]}",)
                if (
                    lang == EN
                    and after is None
                    and not plural
                    and word != "quarter"
                    and run.words == [run.words[0]]
                    and run.words[0] in lex.articles
                ):
                    # "he will not seek a third.": the ordinal of a noun left out (a third term)
                    keys = (*keys, str(lex.denominators[word]))
                out.append(
                    Quantity(keys, text[run.start : end], True, False, run.start, end)
                )
                run = None
                i += 1
                continue
        if word in lex.approximate:
            close()
            out.append(Quantity((str(lex.approximate[word]),), word, False, False, start, end))
            i += 1
            continue
        ordinal = lex.ordinals.get(word)
        if ordinal is None and lang == FR:
            ordinal = _french_ordinal(word)
        if ordinal is not None and not (
            lang == EN
            and nxt in _EN_NOT_ORDINAL_AFTER.get(word, frozenset())
            # "the third country to introduce it" counts; "third countries" and "a third
            # party" do not.
            and not (nxt == "country" and i > 0 and tokens[i - 1][0] == "the")
        ):
            # « les cent premiers jours »: the first hundred, not the 101st (French writes
            # that cent unième); premier never ends a compound, nor second (« trente secondes »
            # are half a minute; the 32nd is trente-deuxième).
            joins = not (lang == FR and word.startswith(("premi", "second")))
            if joins and lang == EN and word == "second" and run is not None:
                # "thirty-second videos" last half a minute; "the thirty-second" is a rank
                first = i - len(run.words)
                joins = first > 0 and tokens[first - 1][0] in _RANK_DETERMINERS
            if run is not None and joins and _addable(run.current, ordinal):
                run.current += ordinal
                run.words.append(word)
                run.end = end
                close()
            else:
                close()
                weak = word in lex.weak_ordinals
                out.append(Quantity((str(ordinal),), word, not weak, False, start, end))
            i += 1
            continue
        if word in lex.extra:
            close()
            key, strong = lex.extra[word]
            out.append(Quantity(tuple(key.split("|")), word, strong, False, start, end))
            i += 1
            continue
        close()
        i += 1
    close()
    yield from out


def _relevant_words(lex: _Lexicon) -> frozenset[str]:
    """Every word that may start, continue or mark a number in a language."""
    return frozenset(
        {*lex.cardinals, *lex.multipliers, *lex.plural_multipliers, *lex.ordinals,
         *lex.denominators, *lex.approximate, *lex.articles, *lex.extra, lex.connector,
         "pour", "per", "percent"}
    )  # fmt: skip


def _neuf_is_adjective(tokens: list[tuple[str, int, int]], i: int, nxt: str | None) -> bool:
    """Whether a lone French 'neuf' reads as 'new' rather than 'nine'."""
    before = tokens[i - 1][0] if i > 0 else None
    if before in _NEUF_NOT_NUMBER_BEFORE:
        return True
    if nxt is None:
        return True
    if nxt == "sur":
        after = tokens[i + 2][0] if i + 2 < len(tokens) else None
        return after not in _FR_CARDINALS
    return nxt in _NEUF_NOT_NUMBER_AFTER


_RELEVANT = {FR: _relevant_words(_FRENCH), EN: _relevant_words(_ENGLISH)}


def _trigger_words(lex: _Lexicon) -> frozenset[str]:
    """The words that are numbers themselves; the other relevant words only join or mark them."""
    return frozenset(
        {*lex.cardinals, *lex.multipliers, *lex.ordinals, *lex.denominators, *lex.approximate,
         *lex.extra}
    )  # fmt: skip


_TRIGGERS = {FR: _trigger_words(_FRENCH), EN: _trigger_words(_ENGLISH)}
_ARTICLES_ONLY = frozenset({"un", "une"})
# "un" or "une" as a whole run of letters (first letter before the look behind: see _FR_DIGITS).
_FR_ARTICLE = re.compile(r"u(?<![^\W\d_]u)ne?(?![^\W\d_])")


def _with_percent(q: Quantity) -> Quantity:
    """The same quantity, marked as a percentage."""
    return Quantity(q.keys, q.text, q.strong, True, q.start, q.end)


# --- putting it together ----------------------------------------------------------------------

_RANGE_GAP = re.compile(r"\s*(?:-|–|—|à|et|ou|and|or|to)\s*")
# The number words each hint pattern below looks for, as sets to look a text's words up in
# (``may_have_numbers``); tests/test_checks_numbers.py pins that both give the same answers.
_FR_HINT_WORDS = (  # noqa: SIM905
    "zéro deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
    " vingt trente quarante cinquante soixante cent mille million milliard tiers quart quarts"
    " septante huitante octante nonante"
    " premier premiers première premières second seconde seconds secondes midi minuit millier"
    " décennie doublé doublée doubler double triplé triplée tripler triple triples quadruplé"
    " quadruple quintuple monoplace monoplaces biplace biplaces"
    " doublement triplement biennal biennale triennal triennale quinquennal quinquennale"
    " quinquennat septennat décennal décennale cinquantenaire centenaire bicentenaire"
    " millénaire millénaires"
    " décadaire décadaires décade décades duo trio quatuor tripartite tripartites tricycle"
    " tricycles bipartisme bipartite bipartites doublant triplant bicamérisme bicaméral"
    " bicamérale"
    " bimestre bimestres bimestriel bimestrielle bihebdomadaire bimensuel bimensuelle nul nulle"
    " semestriel semestrielle semestre semestres trimestriel trimestrielle trimestre trimestres"
    " semestriels semestrielles semestriellement trimestriels trimestrielles trimestriellement"
).split()
_FR_HINT_STEMS = "diz douz quinz vingt trent quarant cinquant soixant cent".split()  # noqa: SIM905
_EN_HINT_WORDS = (  # noqa: SIM905
    "zero two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty"
    " thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion"
    " first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twice"
    " noon midday midnight dozen quarter hundredth thousandth millionth tri bi half decade"
    " fortnight brace"
    " doubled doubling double tripled tripling triple quadrupled quadruple quadrupling threefold"
    " halved halving halves both"
    " twofold fourfold fivefold sixfold tenfold sevenfold eightfold ninefold halve either"
    " neither dual treble trebled"
).split()
_FR_WORDS = (
    r"\b(?:(?:zéro|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    r"|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|million|milliard"
    r"|septante|huitante|octante|nonante"
    r"|tiers|quarts?|premiers?|premières?|seconde?s?|midi|minuit|millier|décennie"
    r"|doublée?|doubler|double|triplée?|tripler|triple|quadruplé|quadruple|quintuple"
    r"|doublement|triplement"
    r"|biennale?|triennale?|quinquennale?|quinquennat|septennat|décennale?|décadaires?"
    r"|décades?|duo|trio|quatuor|tripartites?|tricycles?|bipartisme|bipartites?"
    r"|doublant|triplant|bicamérisme|bicamérale?"
    r"|bimestres?|bimestrielle?|bihebdomadaires?|bimensuelle?|nulle?"
    r"|cinquantenaire|centenaire|bicentenaire|millénaires?"
    r"|semestrielle?|semestres?|trimestrielle?|trimestres?"
    r"|semestriellement|trimestriellement"
    r"|(?:diz|douz|quinz|vingt|trent|quarant|cinquant|soixant|cent)aine)s?"
    # Roman numerals are capitals: "le", "ce" and "ville" are not LE, CE and VILLE.
    r"|(?-i:[IVXLC]+(?:e|er|re|es)|[IVX]{2,})|\w+ièmes?)\b"
)
_FR_HINT = re.compile(r"\d|" + _FR_WORDS, re.IGNORECASE)
_EN_HINT = re.compile(
    r"\d|\b(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|million|billion|trillion|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|twice|noon|midday|midnight|dozen|quarter|hundredth|thousandth"
    r"|millionth|tri|bi|half|decade|fortnight|doubled|doubling|double|tripled|tripling"
    r"|triple|quadrupled|quadruple|quadrupling|threefold|halved|halving|halves|both|twofold|fourfold|fivefold|sixfold"
    r"|tenfold|sevenfold|eightfold|ninefold|halve|either|neither|dual|[IVX]{2,}|\w+teen"
    r"|\w+teenth"
    r"|\w+tieth)s?\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# Every numeral the Roman patterns read is a whole run of word characters: a well-formed
# numeral, alone or with an ordinal ending ("Le" and "Ce" are neither).
# (The first letter comes before the look behind, so that the engine scans for it.)
_ROMAN_RUN = re.compile(r"([IVXLC](?<!\w[IVXLC])[IVXLC]*)(e|è|ème|er|re|ère|es|èmes)?(?!\w)")
# The same words without digits, and the articles that may count ("un", "une"): what makes
# reading spelled-out numbers worth its cost.
_FR_WORD_HINT = re.compile(_FR_WORDS + r"|\b(?:une?|zero)\b", re.IGNORECASE)
_EN_WORD_HINT = re.compile(_EN_HINT.pattern[3:], re.IGNORECASE)

# --- the same hints, answered from a text's words ---------------------------------------------
#
# The hint patterns try a long alternation at every position of a text, the slowest part of
# checking a sentence with no number in it. A hint pattern matches exactly when one whole run of
# word characters is one of its words, so a set lookup per word gives the same answer. That
# holds where str.lower() and the regex engine's case-blind matching agree, in plain texts (see
# normalize.NOT_PLAIN); other texts use the patterns.
# A run "[IVXLC]+(?:e|er|re|es)" or "[IVX]{2,}", its first letter before the look behind (the
# engine then scans for it).
_FR_ROMAN_RUN = re.compile(
    r"[IVXLC](?<!\w[IVXLC])(?:[IVXLC]*(?:e|er|re|es)|(?<=[IVX])[IVX]+)(?!\w)"
)
_FR_ORDINAL_RUN = re.compile(r"(?<!\w)\w+ièmes?(?!\w)")
_EN_ROMAN_RUN = re.compile(r"(?<!\w)[ivx]{2,}s?(?!\w)")
_EN_SUFFIX_RUN = re.compile(r"(?<!\w)\w+(?:teen|teenth|tieth)s?(?!\w)")


def _plural(words: list[str]) -> frozenset[str]:
    return frozenset(words) | frozenset(w + "s" for w in words)


_FR_HINT_SET = _plural(_FR_HINT_WORDS + [stem + "aine" for stem in _FR_HINT_STEMS])
_FR_WORD_HINT_SET = _FR_HINT_SET | {"un", "une", "zero"}
_EN_HINT_SET = _plural(_EN_HINT_WORDS)


def _fr_words_hint(text: str, articles: bool) -> bool:
    """``_FR_WORD_HINT`` (``articles``) or ``_FR_HINT`` without digits, on a plain text."""
    lower = text.lower()
    if not (_FR_WORD_HINT_SET if articles else _FR_HINT_SET).isdisjoint(
        PLAIN_WORD_RUN.findall(lower)
    ):
        return True
    if "ième" in lower and _FR_ORDINAL_RUN.search(lower) is not None:
        return True
    return _FR_ROMAN_RUN.search(text) is not None


def _en_words_hint(text: str) -> bool:
    """``_EN_WORD_HINT`` on a plain text."""
    lower = text.lower()
    if not _EN_HINT_SET.isdisjoint(PLAIN_WORD_RUN.findall(lower)):
        return True
    if _EN_ROMAN_RUN.search(lower) is not None:
        return True
    return ("teen" in lower or "tieth" in lower) and _EN_SUFFIX_RUN.search(lower) is not None


def _word_hint(text: str, lang: str, plain: bool | None = None) -> bool:
    """Whether ``_FR_WORD_HINT`` or ``_EN_WORD_HINT`` finds a number word in a text."""
    if plain is None:
        plain = NOT_PLAIN.search(text) is None
    if not plain:
        return (_FR_WORD_HINT if lang == FR else _EN_WORD_HINT).search(text) is not None
    return _fr_words_hint(text, True) if lang == FR else _en_words_hint(text)


def may_have_numbers(text: str, lang: str) -> bool:
    """A cheap test: could this text hold a number at all? (Articles alone do not count.)"""
    if NOT_PLAIN.search(text) is not None:
        return (_FR_HINT if lang == FR else _EN_HINT).search(text) is not None
    if _DIGIT.search(text) is not None:
        return True
    return _fr_words_hint(text, False) if lang == FR else _en_words_hint(text)


def _may_have_roman(text: str) -> bool:
    """Whether ``_roman_quantities`` can find anything in a text (a cheap test first)."""
    for m in _ROMAN_RUN.finditer(text):
        core = m.group(1)
        if (m.group(2) is None or len(core) > 1 or core in "IVX") and roman_value(core):
            return True
    return False


# A race's time: « 1 min 52 s 69 » is "1:52.69", « 1 min 53 » and « 4 min 24 s » "1:53" and
# "4:24" (which English also reads as a clock's time, so the French offers that key as well),
# or "4 minutes 24 seconds"; a cycling time gap « 4'24'' » is "4:24" too.
_RACE_TIME = {
    FR: (
        # (not the minutes of « 2 h 08 min 41 s »)
        re.compile(r"(?<!h )(?<!h)\b(\d{1,2})\s?min\s?([0-5]\d)(?:\s?s(?:\s?(\d{1,2}))?\b)?"),
        re.compile(r"\b(\d{1,2})\s?['’′]\s?([0-5]\d)\s?(?:''|’’|″|\")"),
        # (French spaces between figure and unit: « 2\u00a0minutes 40 »)
        re.compile(r"\b(\d{1,2})\sminutes?,?\s(?:et\s)?([0-5]?\d)\ssecondes?\b"),
        re.compile(r"\b(\d{1,2})\sminutes?\s([0-5]\d)\b(?![,.]\d)"),  # une vidéo de 2 minutes 30
    ),
    EN: (
        re.compile(r"\b(\d{1,2}):([0-5]\d)\.(\d{1,2})\b"),
        # "4 minutes 24 seconds", "4min 24s", "a 2-minute-40-second video"
        re.compile(r"\b(\d{1,2})[\s-]?(?:minutes?|mins?|m)\.?,?[\s-](?:and\s)?([0-5]?\d)[\s-]?"
                   r"(?:seconds?|secs?|s)\b"),  # fmt: skip
    ),
}


def _race_times(text: str, lang: str) -> tuple[str, list[Quantity]]:
    """The text with its race times blanked, and those times as quantities."""
    found = []
    for pattern in _RACE_TIME[lang]:
        for m in pattern.finditer(text):
            minutes, seconds = int(m.group(1)), int(m.group(2))
            hundredths = m.group(3) if pattern.groups > 2 else None
            key = f"R{minutes}:{seconds:02d}" + (f".{hundredths}" if hundredths else "")
            keys = (key,) if hundredths else (key, time_key(minutes, seconds))
            found.append(Quantity(keys, m.group(0), True, False, *m.span()))
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text, found


def _may_have_race_time(text: str, lang: str) -> bool:
    """Whether ``_race_times`` can find anything in a text (a cheap test first)."""
    if lang == FR:
        return "min" in text or "''" in text or "’’" in text or "″" in text or '"' in text
    return ":" in text or "min" in text or "m " in text or "m-" in text


# An acronym numbered after a hyphen and glossed by a rank: "PNACC-3, the third plan".
_GLOSSED_CODE = re.compile(r"\b[A-Z]{2,}[A-Za-z]*-(\d{1,2}), (?:the|its|a) ")
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
# A number, then an acronym in brackets that ends on it: "serotype 3 (BTV-3)".
_GLOSSED_NUMBER = re.compile(r"\b(\d+)\s\([A-Z][A-Za-z]*-(\d+)\)")
# The letters and hyphens around a word: the compound it belongs to (Entre-deux-Mers).
_COMPOUND_LEFT = re.compile(r"[^\W\d_'’-]*(?:-[^\W\d_'’-]*)*$")
_COMPOUND_RIGHT = re.compile(r"[^\W\d_'’-]*(?:-[^\W\d_'’-]*)*")


def _in_place_name(text: str, q: Quantity) -> bool:
    """Whether a number word is part of a place's hyphenated name, capitalised elsewhere than
    on it: l'Entre-deux-Mers, Trois-Rivières (not quatre-vingt-dix)."""
    if q.text[:1].isdigit():
        return False
    left = _COMPOUND_LEFT.search(text, 0, q.start)
    right = _COMPOUND_RIGHT.match(text, q.end)
    start = left.start() if left is not None else q.start
    end = right.end() if right is not None else q.end
    if start == q.start and end == q.end:
        return False
    parts = text[start:q.start].split("-") + text[q.end:end].split("-")
    return any(part[:1].isupper() for part in parts)


def _weakened(found: list[Quantity], weak: Callable[[Quantity], bool]) -> list[Quantity]:
    """The quantities, those that ``weak`` picks made weak: numbers the other text need not
    give, though it may."""
    return [replace(q, strong=False) if q.strong and weak(q) else q for q in found]


# A headline's topic with its year before the colon: « Cannes 2025 : », « Goncourt 2025 : ».
_TOPIC_YEAR = re.compile(r"(?:[A-ZÀ-Þ][^\W\d_]*[ -]){1,3}((?:19|20)\d\d)\s?:\s")


# An article's paragraph: « l'article 49, alinéa 3 », "Article 36, paragraph 2", "Article 36(2)".
_ARTICLE_PARAGRAPH = re.compile(
    r"(?<=article\s)(\d+)(?:,?\s(?:alinéa|paragraphe?)\s(\d+)|\((\d+)\))", re.IGNORECASE
)


def extract_quantities(text: str, lang: str) -> list[Quantity]:
    """All quantities of a French (``fr``) or English (``en``) text, in reading order."""
    if not text.isascii():  # ASCII is NFC and has no superscript letters
        text = unicodedata.normalize("NFC", text)
        if _SUPERSCRIPT.search(text) is not None:
            text = text.translate(_SUPERSCRIPTS)
    if "://" in text or "www." in text or "@" in text:
        text = URL_OR_EMAIL.sub(lambda m: " " * len(m.group(0)), text)
    # Phone numbers and race times, read first and blanked in the text
    blanked: list[Quantity] = []
    if (
        "+" in text
        or _LOCAL_PHONE.search(text) is not None
        or "-" in text and _NANP_PHONE.search(text) is not None
        or "our-wheel" in text
        or "quatre roues" in text
        or "4" in text and ("x" in text or "×" in text)
    ):
        text, blanked = _numbers_as_labels(text, lang)
    if "rticle" in text:
        # « l'article 49, alinéa 3 »: Article 49.3 or 49(3), as both languages also write it
        text = _ARTICLE_PARAGRAPH.sub(lambda m: f"{m[1]}.{m[2] or m[3]}".ljust(len(m[0])), text)
    if "m2" in text or "m3" in text:
        text = _UNIT_EXPONENT.sub(lambda m: m.group(0)[:-1] + " ", text)
    if _may_have_race_time(text, lang):
        text, times = _race_times(text, lang)
        blanked += times
    digit = _DIGIT.search(text)
    # A number written in digits starts with one: the search for them starts at the first.
    found = list(_digit_quantities(text, lang, digit.start())) if digit is not None else []
    found += blanked
    if _may_have_roman(text):
        found.extend(_roman_quantities(text))
    # Reading words is the costly part; most sentences have no number word at all.
    plain = NOT_PLAIN.search(text) is None
    if _word_hint(text, lang, plain):
        masked = _mask(text, found)
        if lang == FR and "sept" in masked:
            # "17 sept. (APS)", « le 17 sept »: September shortened after a day, not seven.
            for m in _SEPT.finditer(text):
                if after_day_number(text, m.start()):
                    masked = masked[: m.start()] + "    " + masked[m.end() :]
        if lang == FR and "cent" in masked:
            # "1,5 cent", "50 cents": a currency's hundredth after a figure, not a hundred.
            for m in _CENT_AFTER_FIGURE.finditer(text):
                masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
        gates, idiom = _NUMBERLESS_IDIOM[lang]
        if any(gate in masked for gate in gates):
            # "Deux poids, deux mesures": double standards, an idiom that counts nothing.
            masked = idiom.sub(lambda m: " " * len(m.group(0)), masked)
        lex = _FRENCH if lang == FR else _ENGLISH
        found.extend(_spelled_quantities(masked, lex, lang, plain))
    if lang == EN and ("no" in text or "nil" in text or "every other" in text):
        # "0 contre et 0 abstention" -> "none against and no abstentions", "presque à zéro" ->
        # "almost nothing", « zéro cas » -> "not a single case", "un jour sur deux" -> "every
        # other day": words that may stand for the French figure; weak, so the English word
        # alone asks for nothing.
        found.extend(
            Quantity(("1/2", "2") if m.group(1) else ("0",), m.group(0), False, False, *m.span())
            for m in _ENGLISH_WEAK_WORDS.finditer(text)
        )
    if lang == FR and "néral d" in text:
        # « général d'armée » is a five-star general: the stars English counts, weakly.
        found.extend(
            Quantity(("5",), m.group(0), False, False, *m.span())
            for m in _FIVE_STAR_RANK.finditer(text)
        )
    found.sort(key=lambda q: q.start)
    if lang == FR and found and found[0].start < 40 and (lead := _TOPIC_YEAR.match(text)):
        # « Cannes 2025 : la Palme d'or pour … » -> "Panahi wins Cannes Palme d'Or": a
        # headline's topic and its year, which English headlines leave out.
        year_at = lead.start(1)
        found = _weakened(found, lambda q: q.start == year_at)
    if lang == EN and found and ("two" in text or "Two" in text or "TWO" in text):
        # "the two then met one-on-one" (« un tête-à-tête »): a pair named, not counted
        found = _weakened(
            found,
            lambda q: q.text.lower() == "two"
            and text[max(0, q.start - 4) : q.start].lower() == "the ",
        )
    if lang == EN and found and "-" in text and "(" in text:
        # "serotype 3 (BTV-3)": the number said again inside the acronym that glosses it
        glossed = {m.start(2) for m in _GLOSSED_NUMBER.finditer(text) if m.group(1) == m.group(2)}
        found = _weakened(found, lambda q: q.start in glossed)
    if lang == EN and found and "-" in text and (numbered := _GLOSSED_CODE.findall(text)):
        # "PNACC-3, the third national plan": the acronym's number said again as a rank
        found = _weakened(
            found, lambda q: q.text[-2:].lower() in _ORDINAL_ENDINGS and q.keys[0] in numbered
        )
    if lang == FR and found and "-" in text:
        found = _weakened(found, lambda q: _in_place_name(text, q))
    if lang == FR and found and (codes := [m.span() for m in _CODE_DIGIT.finditer(text)]):
        found = _weakened(found, lambda q: any(a <= q.start < b for a, b in codes))
    if found and ("sur" in text or "jour" in text or "week" in text or "par" in text
                  or "à e" in text or "à n" in text or "à v" in text or "à 100" in text
                  or "ntre deux" in text or "des deux" in text or "cents" in text or "¢" in text
                  or "finale" in text or "ième" in text or "fois" in text or "out of" in text
                  or "dollar" in text or "euro" in text or "décenn" in text or "ecade" in text
                  or "room" in text or "noon" in text or "midday" in text or "midnight" in text
                  or "doubl" in text or "trois pays" in text or "trois États" in text
                  or "GMT" in text or "UTC" in text or "hours" in text
                  or _DURATION_HINT.search(text) is not None
                  or "-" in text or "/" in text or "–" in text):
        found = _idioms(text, found, lang)
    if lang == EN and "hour" in text and " minute" in text:
        found = _hours_and_minutes(text, found)
    if found and ("quart" in text or "half" in text) and ("hour" in text or "heure" in text):
        found = _hour_fractions(text, found, lang)
    if found and ("%" in text or "cent" in text):
        # "réduites de 50 %" -> "cut by half", "25 %" -> "a quarter": the share as a fraction.
        for i, q in enumerate(found):
            if q.percent and q.keys[0] in _PERCENT_FRACTIONS:
                found[i] = replace(q, keys=(*q.keys, _PERCENT_FRACTIONS[q.keys[0]]))
    if lang == EN and len(found) > 1 and any(q.keys[0].startswith("T") for q in found[1:]):
        found = _spread_meridiem(text, found)  # only a time of day lends its clock
    return _spread_multiplier(text, _spread_percent(text, found, lang), lang)


_PERCENT_FRACTIONS = {"50": "1/2", "25": "1/4", "75": "3/4"}
# « 1 h 45 de défilé » -> "an hour and 45 minutes of parading": a running time in words.
_HOURS_AND_MINUTES = re.compile(
    r"\b(an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+hours?"
    r"\s+and\s+(\d{1,2}|fifteen|twenty|thirty|forty|forty-five|fifty)\s+minutes\b",
    re.IGNORECASE,
)


# "an hour and a quarter", "half an hour", "three quarters of an hour", « un quart d'heure »,
# « trois quarts d'heure »: a fraction of an hour is minutes too (« une heure et quinze
# minutes »).
_HOUR_FRACTION = {
    EN: re.compile(r"\bhours?\s+and\s+(an?\s+(?:quarter|half))\b|\b((?:an?|one|three)\s+quarters?"
                   r"|half)\s+(?:of\s+)?an\s+hour\b", re.IGNORECASE),
    FR: re.compile(r"\b((?:un|trois)\s+quarts?)\s+d['’]\s?heure\b", re.IGNORECASE),
}  # fmt: skip
_FRACTION_MINUTES = {"1/4": "15", "1/2": "30", "3/4": "45"}


def _hour_fractions(text: str, found: list[Quantity], lang: str) -> list[Quantity]:
    """Give a fraction of an hour its minutes as a second key: a quarter, 15."""
    for m in _HOUR_FRACTION[lang].finditer(text):
        start, end = m.span(1) if m.group(1) else m.span(2)
        for i, q in enumerate(found):
            if start <= q.start < end and (minutes := _FRACTION_MINUTES.get(q.keys[0])):
                found[i] = replace(q, keys=(*q.keys, minutes))
    return found


def _hours_and_minutes(text: str, found: list[Quantity]) -> list[Quantity]:
    """Read "two hours and 30 minutes" as one running time, 2 h 30, in place of its parts."""
    for m in _HOURS_AND_MINUTES.finditer(text):
        hours_word, minutes_word = m.group(1).lower(), m.group(2).lower()
        hours = int(hours_word) if hours_word.isdigit() else _EN_CARDINALS.get(hours_word, 1)
        if minutes_word.isdigit():
            minutes = int(minutes_word)
        else:
            minutes = 45 if minutes_word == "forty-five" else _EN_CARDINALS[minutes_word]
        if hours > 24 or minutes >= 60:
            continue
        whole = Quantity((time_key(hours, minutes),), m.group(0), True, False, *m.span())
        found = [q for q in found if not m.start() <= q.start < m.end()]
        found.append(whole)
        found.sort(key=lambda q: q.start)
    return found


_FIVE_STAR_RANK = re.compile(r"\bgénéral d['’]armée\b", re.IGNORECASE)
_CENT_AFTER_FIGURE = re.compile(r"(?<=\d)[ \u00a0\u202f]cents?\b")
_WHOLLY_BEFORE = re.compile(r"[^\W\d_] à $")
_ROUND_THE_CLOCK = {
    FR: re.compile(r"\b24\s?h(?:eures)?\s?(?:sur|/)\s?24\b|\b7\s?j(?:ours)?\s?(?:sur|/)\s?7\b"),
    EN: re.compile(r"\b24\s?/\s?7\b|\b24-hour\b"),  # a 24-hour channel: « en continu »
}
# A unit's exponent written as a plain digit: "2 450 m3/s", "300 m3", "120 km2".
_UNIT_EXPONENT = re.compile(r"(?<![^\W\d_])[kcdh]?m[23](?!\w)")
_ENGLISH_WEAK_WORDS = re.compile(
    r"\b(?:(every other)|none|nil|nothing|no|not (?:a single|one))\b", re.IGNORECASE
)
# "un Malien sur deux" is "half of Malians", "une sur trois" may be "a third".
_ONE_IN = re.compile(r"\b(?:un|une)\s+(?:[^\W\d_][\w'’-]*\s+){0,3}?sur\s+$", re.IGNORECASE)
# "huit jours" is "a week", "quinze jours" "two weeks" or "a fortnight": weak, in weeks too.
_DAYS_AS_WEEKS = {"8": "1w", "15": "2w"}
_DAYS_AFTER = re.compile(r"\s+jours\b")
_DUBBED = re.compile(
    r"\s+(?:(?:ses|les|des|leurs|la|le|l')\s?)?(?:vidéos?|films?|séries?|émissions?|dessins?"
    r"|documentaires?|voix|discours)\b",
    re.IGNORECASE,
)
# « doubler un camion »: to overtake it on the road, no figure either.
_OVERTAKEN = re.compile(
    r"\s+(?:un|une|le|la|les|l')\s?(?:camions?|véhicules?|voitures?|bus|minibus|cars?|motos?"
    r"|convois?|taxis?|poids lourds?)\b",
    re.IGNORECASE,
)
_MONTH_AND_A_HALF = re.compile(r"\s+mois\s+et\s+demi\b")
_OF_FINAL = re.compile(r"\s+de\s+finale", re.IGNORECASE)
# "les Étalons filent en huitièmes": a round of a cup, "de finale" understood.
_ROUND_PLURAL = re.compile(r"(?:huiti|seizi)èmes", re.IGNORECASE)
_MULTIPLIED_BY = re.compile(r"(?:multipliée?s?\s+par|multiplied\s+by)\s+$", re.IGNORECASE)
_SUR_BETWEEN = re.compile(r"\s+(?:[^\W\d_][\w'’-]*\s+){0,3}?sur\s+")
_OUT_OF_BETWEEN = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}?\s+(?:out\s+of|in)\s+")
_CLOCK_AFTER = re.compile(r"\s?(?:GMT|UTC|hours|hrs|local time)\b")
_ONE_BEFORE = re.compile(r"\b(?:un|une)\s$")
_TOGETHER_BEFORE = re.compile(r"\bà\s(?:eux|elles|nous|vous)\s$")
_EACH_OF_BEFORE = re.compile(r"\b(?:chacune?|aucune?|l['’]une?)\s+des\s$", re.IGNORECASE)
# divisé, diviser, divisera par deux; « diviser ses frais par trois »
_DIVIDED_BY = re.compile(r"divis[a-zé]*(?:\s+[^\W\d_]+){0,3}?\s+par\s+$")
_TIMES_LESS = re.compile(r"\s+fois\s+moins\b")
_DECADE_BEFORE = re.compile(r"années\s$")
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)[-–/]$")
_WEEKS_AFTER = re.compile(r"[\s-]+weeks?\b")
_NAMED_DAY = re.compile(
    r"-(?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)\b"
)
# « après le CM2 », « un F3 »: a school year, a flat's size, which English may say in words
# (the last year of primary school, a two-bedroom unit).
_CODE_DIGIT = re.compile(r"\b(?:C[EM][12]|[FT][1-6])\b")
_BEDROOMS_AFTER = re.compile(r"[\s-]+(?:bed)?rooms?\b")  # a three-room F3 too
_NOON_AFTER = re.compile(r"\s+(?:noon|midday|midnight)\b")
_DECADES_AFTER = {FR: re.compile(r"\s+décennies\b"), EN: re.compile(r"[\s-]+[Dd]ecades?\b")}
_CURRENCY_AFTER = re.compile(r"\s(?:dollars?|euros?)\b")
_CENTS_AFTER = re.compile(r"\s?(?:(?:euro |US )?cents?\b|¢)")


# Durations, in hours: "48 heures" is "two days", "douze mois" "a year", "une semaine" "seven
# days". A number before a unit of time gets the duration as a second value.
_HOURS = {
    "heure": 1, "heures": 1, "h": 1, "jour": 24, "jours": 24, "semaine": 168, "semaines": 168,
    "mois": 730, "an": 8760, "ans": 8760, "année": 8760, "années": 8760,
    "hour": 1, "hours": 1, "day": 24, "days": 24, "week": 168, "weeks": 168, "fortnight": 336,
    "month": 730, "months": 730, "year": 8760, "years": 8760,
}  # fmt: skip
_DURATION_HINT = re.compile(
    r"\b(?:heures?|jours?|semaines?|mois|ans?|années?|hours?|days?|weeks?|fortnight|months?"
    r"|years?)\b",
    re.IGNORECASE,  # a title-case headline's "Another Year"
)
_FR_UNIT_AFTER = re.compile(
    r"(?:\s+de)?\s+(?:(?:derni|prochain|premi)[^\W\d_]*\s+)?"
    r"(heures?|jours?|semaines?|mois|ans|années?)\b"
)
_EN_UNIT_AFTER = re.compile(
    r"[\s-]+(?:(?:more|full|long|past|last|next|straight|consecutive|whole)\s+)?"
    r"(hours?|days?|weeks?|months?|years?)\b"
)
_FR_UNIT_WITHIN = re.compile(r"\s?(heures?|h)$")
# A duration without a number in English: "a week", "the past year", "a fortnight".
_EN_BARE_DURATION = re.compile(
    # (a headline's "in year to September" drops its article)
    r"\b(?:(?:a|an|one|the|past|last|next|per|in|another)\s+"
    r"(?:(?:full|whole|single|past|last|next)\s+)?"
    r"(hour|day|week|fortnight|month|year)|(fortnight))\b",
    re.IGNORECASE,
)


def duration_key(hours: int) -> str:
    return f"D{hours}"


def _duration(text: str, q: Quantity, lang: str) -> str | None:
    """The duration key of a whole number followed by a unit of time, if it is one."""
    if not q.keys[0].isdecimal():
        return None
    if lang == FR:
        unit = _FR_UNIT_WITHIN.search(q.text) or _FR_UNIT_AFTER.match(text, q.end)
    else:
        unit = _EN_UNIT_AFTER.match(text, q.end)
    if unit is None:
        return None
    return duration_key(int(q.keys[0]) * _HOURS[unit.group(1).lower()])


def bare_durations(english: str) -> set[str]:
    """The duration keys of the units of time an English text names without a number."""
    if _DURATION_HINT.search(english) is None:
        return set()
    return {
        duration_key(_HOURS[(m.group(1) or m.group(2)).lower()])
        for m in _EN_BARE_DURATION.finditer(english)
    }


# "+41 800 24 7 365": a telephone number, its digits grouped as the country writes them.
# "+223 76 12 34 56", "+22376123456"; not a rise, "(+14.8%)".
_PHONE = re.compile(
    r"\+(?:\d{1,3}(?!\d)(?:[ \u00a0\u202f.-]?\d{1,4}){2,7}|\d{8,15})\b(?![.,]?\d*\s?%)"
)
# "33 889 12 40", "76 12 34 56": one dialled without its country code, in four or five groups
# of two or three digits; a group of two after the first is no thousands grouping. One that
# opens with the trunk's 0 ("080 100 4747", a toll-free line) may have three groups of up to
# four: no amount is written with a leading zero.
_LOCAL_PHONE = re.compile(
    # (the first digit before the lookbehind lets the search skip to digits)
    r"\d(?<![\d.,]\d)(?:\d{1,2}(?:[ \u00a0\u202f.]\d{2,3}){3,4}"
    r"|(?<=0)\d{1,3}(?:[ \u00a0\u202f.]\d{2,4}){2,3})(?!\d|[.,]\d|[ \u00a0\u202f]\d)"
)


# "418 555-0142", "(514) 555-0199": North American numbers, the last four digits after a hyphen;
# a toll-free one with the country's 1 before it, "1 888 353-2846", "1-888-353-2846".
_NANP_PHONE = re.compile(
    r"(?:(?<![\d.,])1[ \u00a0\u202f-])?"
    r"(?:\(\d{3}\)[ \u00a0\u202f]?|\d(?<![\d.,]\d)\d{2}[ \u00a0\u202f.-])\d{3}-\d{4}(?![\d-])"
)


def _local_phones(text: str) -> list[re.Match[str]]:
    """The telephone numbers a text writes without a country code."""
    return [
        m
        for m in _LOCAL_PHONE.finditer(text)
        if m.group(0)[0] == "0" or any(len(g) == 2 for g in re.split(r"\D", m.group(0))[1:])
    ]


# "un 4x4": a four-wheel drive, a vehicle's name rather than a count (in English, "4x4s" too,
# and « véhicules à quatre roues », "four-wheeled vehicles").
_FOUR_BY_FOUR = {
    FR: re.compile(r"\b4\s?[x×]\s?4\b|\bà quatre roues\b", re.IGNORECASE),
    EN: re.compile(
        r"\b4\s?[x×]\s?4(?:['’]?s)?\b|\bfour-wheel(?:ed)?(?:[- ]drive)?\b", re.IGNORECASE
    ),
}


def _numbers_as_labels(text: str, lang: str) -> tuple[str, list[Quantity]]:
    """The text with its telephone numbers and 4x4s blanked, and the telephone numbers as
    quantities compared digit for digit (grouping spaces are no thousands separators there)."""
    phones: list[Quantity] = []
    finders = ((_PHONE.finditer, False), (_local_phones, False), (_NANP_PHONE.finditer, True))
    for find, north_american in finders:
        for m in find(text):
            digits = re.sub(r"\D", "", m.group(0))
            if north_american and len(digits) == 11:
                digits = digits[1:]  # North America's 1, which may go unwritten
            phones.append(Quantity(("tel" + digits,), m.group(0), True, False, *m.span()))
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    text = _FOUR_BY_FOUR[lang].sub(lambda m: " " * len(m.group(0)), text)
    return text, phones


# Idioms that count nothing, each language's with cheap gates first. English gives "à deux
# vitesses" its own, which counts nothing either: "two-tier justice". "Remettre à zéro" is "to
# reset", "repartir de zéro" "to start from scratch" (or "from zero", which counts nothing);
# "bonnet blanc et blanc bonnet" is "six of one, half a dozen of the other"; « personne n'a
# la même réponse », "no two people give the same answer".
_NUMBERLESS_IDIOM = {
    # (the gates in both cases: headlines capitalise, « Deux poids… », "Two-Tier Pay")
    FR: (("deux", "zéro", "doubl", "tiers", "quatre nages", "Deux", "Zéro", "Doubl", "Tiers",
          "Six Nations", "net zero", "net-zero"),
         re.compile(
        r"\bdeux poids,? deux mesures\b|\bà deux (?:vitesses|niveaux)\b"
        # rugby's Tournoi des Six Nations, a championship's name
        r"|(?-i:\bSix Nations\b)"
        # « le 200 m quatre nages »: the individual medley, four strokes English does not count
        r"|\bquatre nages\b"
        # « le tiers payant »: direct billing, a third party who pays, no third
        r"|\btiers[- ]payant\b"
        # « doublés en bambara »: dubbed, not doubled
        r"|\bdoubl(?:é|ée|és|ées|er|age)\s+(?:en|dans\s+l[ae]s?)\s+(?:bambara|français|anglais"
        r"|wolof|haoussa|peul|fulfuldé?|moor[ée]|dioula|arabe|russe|songhaï|tamasheq|zarma"
        r"|soninké|langues?\s+(?:locales?|nationales?))\b"
        r"|\bcouper la poire en deux\b|\bentre deux feux\b"
        # « à deux pas du fleuve »: a stone's throw from the river
        r"|\bà deux pas\b"
        r"|\b(?:remi[st]e?s?|remett[a-z]*|remet)\s+(?:[^\W\d_]+\s+)?à\s+zéro\b"
        r"|\b(?:re)?(?:part|commen[cç]|recommen[cç])[a-z]*\s+(?:de|à)\s+zéro\b"
        # « un prêt à taux zéro »: an interest-free loan; « l'isotherme du zéro degré »: the
        # freezing level
        r"|\btaux\s+zéro\b|\bisotherme\s+(?:du\s+)?zéro\s+degrés?\b"
        # « zéro émission nette » and the English « net zero » French quotes: the target of
        # carbon neutrality, which English calls net zero
        r"|\bzéro\s+émissions?\s+nettes?\b|\bnet[- ]zero\b",
        re.IGNORECASE,
    )),
    EN: (
        ("two-", "zero", "six of one", "no two", "Two-", "Zero", "Six of One", "No two",
         "Six Nations", " ten ", "ale of two", "ale of Two"),
        re.compile(
            r"\btwo-(?:tier|speed|track)\b|\b(?:from|back to|reset to)\s+zero\b"
            # rugby's Six Nations (le Tournoi); a Dutch name's ten, Huis ten Bosch
            r"|(?-i:\bSix Nations\b|\b[A-Z][^\W\d_]+ ten [A-Z][^\W\d_]+)"
            r"|\bno two\b(?!-)"
            # "a tale of two valuations": Dickens's title, a contrast, no count
            r"|\btale of two\b"
            r"|\bzero[- ](?:interest|rate)\b"
            # « la neutralité carbone »: net zero, a target, no count
            r"|\bnet[- ]zero\b|\bzero[- ]net\s+(?:emissions?|carbon)\b"
            r"|\bsix of one,? (?:and )?half a dozen of the other\b",
            re.IGNORECASE,
        ),
    ),
}  # fmt: skip


_DAYS_OUT_OF = re.compile(r"jours sur $", re.IGNORECASE)
# « les trois pays de l'AES »: the Alliance's members, a count its name holds ("AES countries")
_AES_MEMBERS = re.compile(
    r"\s+(?:pays|États|Etats)(?:\s+membres)?\s+de\s+l['’]\s*(?:AES|Alliance des États du Sahel)\b"
)


def _idioms(text: str, quantities: list[Quantity], lang: str) -> list[Quantity]:
    """Other values that set phrases give a number: 1/2 for "sur deux", weeks for days."""
    out = []
    # 04/12/2023, 2023-12-04: the month may be written as a name in the other text (December).
    months = {(start, end) for _, start, end in numeric_months(text)}
    # "24 heures sur 24", "24 h/24", "7 jours sur 7": "around the clock", "every day", "24/7";
    # no number asked of the other text.
    clock = [m.span() for m in _ROUND_THE_CLOCK[lang].finditer(text)]
    previous: Quantity | None = None
    for q in quantities:
        keys, strong = q.keys, q.strong
        if (q.start, q.end) in months or any(a <= q.start < b for a, b in clock):
            strong = False
        if keys[0].isdigit() and _MULTIPLIED_BY.search(text, max(0, q.start - 20), q.start):
            keys = (*keys, f"x{keys[0]}")
        if len(q.text) == 2 and q.text.isdigit():
            year = _YEAR_BEFORE.search(text, max(0, q.start - 5), q.start)
            if year is not None:  # 2023-24 is 2023-2024, 1998-03 1998-2003
                first = int(year.group(1))
                full = first // 100 * 100 + int(q.text)
                keys = (*keys, str(full if full > first else full + 100))
        if lang == FR:
            if _TOGETHER_BEFORE.search(text, max(0, q.start - 12), q.start):
                strong = False  # "à elles trois": "together", "between them"
            if previous is not None and previous.keys == q.keys and (
                text[previous.end : q.start] == " par "
            ):
                strong = False  # "dix par dix": ten at a time; the number counts once
            if q.text == "deux" and text[max(0, q.start - 6) : q.start].lower() == "entre ":
                strong = False  # "entre deux concerts": in between, said without a number
            if q.text == "deux" and _EACH_OF_BEFORE.search(text, max(0, q.start - 16), q.start):
                strong = False  # « chacune des deux armées »: each army, the two understood
            if _NAMED_DAY.match(text, q.end):
                strong = False  # « un 8-Mars sobre »: Women's Day, a day's name
            if q.text.lower() == "trois" and _AES_MEMBERS.match(text, q.end):
                strong = False  # the AES countries: the three understood
            if keys[0] == "7" and _DAYS_OUT_OF.search(text, max(0, q.start - 12), q.start):
                strong = False  # « six jours sur sept »: six days a week, the week unnumbered
            if q.text.lower().startswith("doubl") and (
                _DUBBED.match(text, q.end) or _OVERTAKEN.match(text, q.end)
            ):
                strong = False  # « doubler ses vidéos »: to dub them, no figure
            if keys[0] == "1/4" and _OF_FINAL.match(text, q.end):
                strong = False  # « le quart de finale »: the quarterfinal, a round of a cup
            if keys[0].startswith("0.") and _CURRENCY_AFTER.match(text, q.end):
                # 0,80 dollar: 80 cents (but not 80 dollars)
                keys = (*keys, "¢" + value_key(Decimal(keys[0]) * 100))
            if q.percent and keys[0] == "100" and _WHOLLY_BEFORE.search(
                text, max(0, q.start - 4), q.start
            ):
                # "détenue à 100 %": wholly owned (after a word: "de 40 à 100 %" is a range,
                # whose end counts)
                strong = False
            if q.text.endswith(("ième", "ièmes")) and _ONE_BEFORE.search(
                text, max(0, q.start - 5), q.start
            ):
                keys = (*keys, f"1/{keys[0]}")  # "un dixième": a tenth, a fraction
            if len(q.text) == 2 and q.text.endswith("0") and _DECADE_BEFORE.search(
                text, max(0, q.start - 8), q.start
            ):
                keys = (*keys, f"19{q.text}", f"20{q.text}")  # les années 90: the 1990s
            if keys[0].isdigit() and (
                _DIVIDED_BY.search(text, max(0, q.start - 40), q.start)
                or _TIMES_LESS.match(text, q.end)
            ):
                # divisé par deux, deux fois moins: half; divisé par trois: cut by two-thirds
                keys = (*keys, f"1/{keys[0]}", f"{int(keys[0]) - 1}/{keys[0]}")
            if keys[0].isdigit() and 2 <= int(keys[0]) <= 10 and _ONE_IN.search(
                text, max(0, q.start - 60), q.start
            ):
                keys = (*keys, f"1/{keys[0]}")
            weeks = _DAYS_AS_WEEKS.get(keys[0])
            if weeks and _DAYS_AFTER.match(text, q.end):
                keys, strong = (*keys, weeks), False
            if keys[0] == "1" and _MONTH_AND_A_HALF.match(text, q.end):
                keys = (*keys, "1.5", "6w")  # un mois et demi: six weeks, as English says it
            if keys[0] in ("4", "8", "16") and (
                _OF_FINAL.match(text, q.end) or _ROUND_PLURAL.fullmatch(q.text)
            ):
                # les huitièmes de finale: the round of 16
                keys, strong = (*keys, str(2 * int(keys[0]))), False
        elif keys[0].isdigit() and _CENTS_AFTER.match(text, q.end):
            keys = (*keys, "¢" + keys[0])  # "80 cents": 0,80 dollar or euro
        elif _BEDROOMS_AFTER.match(text, q.end) or _NOON_AFTER.match(text, q.end):
            # "12 noon": the figure says the noon again
            strong = False  # and "a two-bedroom unit" for « un F3 », the French's rooms
        elif keys[0].isdigit() and _WEEKS_AFTER.match(text, q.end):
            keys = (*keys, f"{keys[0]}w")
        elif len(q.text) == 4 and q.text.isdigit() and _CLOCK_AFTER.match(text, q.end):
            hours, minutes = int(q.text[:2]), int(q.text[2:])
            if hours < 24 and minutes < 60:  # "0900 GMT": a time on the 24-hour clock
                keys = (time_key(hours, minutes), *keys)
        if keys[0].isdigit() and _DECADES_AFTER[lang].match(text, q.end):
            keys = (*keys, str(int(keys[0]) * 10))  # three decades: thirty years
        duration = _duration(text, q, lang)
        if duration is not None:
            keys = (*keys, duration)
            if lang == FR and q.text == "quinzaine":
                keys = (*keys, duration_key(14 * 24))  # une quinzaine de jours: two weeks
        previous = q
        if keys != q.keys or strong != q.strong:
            q = Quantity(keys, q.text, strong, q.percent, q.start, q.end)
        out.append(q)
    return _proportions(text, out, lang) if ("sur" in text or "out of" in text) else out


def _proportions(text: str, quantities: list[Quantity], lang: str) -> list[Quantity]:
    """"Neuf Maliens sur dix" may be "90 percent of Malians", and "90 %" "nine out of ten":
    the first number also stands for the share, the second counts only if written."""
    between = _SUR_BETWEEN if lang == FR else _OUT_OF_BETWEEN
    for i in range(len(quantities) - 1):
        part, whole = quantities[i], quantities[i + 1]
        if not between.fullmatch(text, part.end, whole.start):
            continue
        counts = [next((k for k in q.keys if k.isdecimal()), None) for q in (part, whole)]
        if counts[0] is not None and counts[0] == counts[1]:
            # "24 heures sur 24", "7 jours sur 7": all the time; the second need not be written
            quantities[i + 1] = Quantity(whole.keys, whole.text, False, whole.percent,
                                         whole.start, whole.end)  # fmt: skip
            continue
        if not (part.keys[0].isdecimal() and whole.keys[0].isdecimal()):
            continue
        numerator, denominator = int(part.keys[0]), int(whole.keys[0])
        if not 0 < numerator < denominator <= 100 or (numerator * 100) % denominator:
            continue
        share = str(numerator * 100 // denominator)
        quantities[i] = Quantity((*part.keys, share, f"{lang}{SHARE}"), part.text, part.strong,
                                 part.percent, part.start, part.end)  # fmt: skip
        quantities[i + 1] = Quantity((*whole.keys, f"{lang}{WHOLE}{share}"), whole.text,
                                     whole.strong, whole.percent, whole.start,
                                     whole.end)  # fmt: skip
    return quantities


# Marks of the two numbers of a proportion, after the language (so that no mark of one text
# matches one of the other): the part, which also holds the share as a percentage, and the
# whole, which the other text may leave out when it gives the percentage.
SHARE = ":share"
WHOLE = ":whole:"


def unneeded_wholes(wholes: list[Quantity], others: list[Quantity]) -> list[Quantity]:
    """The wholes of proportions ("sur dix") that the other text need not write, since it gives
    the share as a percentage ("90 percent")."""
    shares = {k for q in others if q.percent for k in q.keys}
    return [q for q in wholes if any(k.split(WHOLE)[-1] in shares for k in q.keys if WHOLE in k)]


_SEPT = re.compile(r"\bsept\b(?!-)")


def _mask(text: str, quantities: list[Quantity]) -> str:
    """The text with already-read quantities blanked out, so words are not read twice."""
    if not quantities:
        return text
    chars = list(text)
    for q in quantities:
        chars[q.start : q.end] = "#" * (q.end - q.start)
    return "".join(chars)


_MULTIPLIER_WORD = re.compile(
    r"(?i:\s(millions?|milliards?|billions?|trillions?|thousand|mille)|\s?(mds?|bn|tn|m))$"
)


_PLAIN_VALUE = re.compile(r"\d+(?:\.\d+)?")


def _spread_multiplier(text: str, quantities: list[Quantity], lang: str) -> list[Quantity]:
    """Give the first number of a range the multiplier of the second as a second value:
    "entre 60 et 100 millions de dollars" is 60 million to 100 million."""
    for i in range(len(quantities) - 1):
        left, right = quantities[i], quantities[i + 1]
        if not _PLAIN_VALUE.fullmatch(left.keys[0]) or not _RANGE_GAP.fullmatch(
            text, left.end, right.start
        ):
            continue  # (a plain value, whole or decimal: "entre 2,5 et 4 millions")
        m = _MULTIPLIER_WORD.search(right.text)
        if m is None or _MULTIPLIER_WORD.search(left.text):
            continue
        table = _FR_MULTIPLIERS if lang == FR else _MULTIPLIERS  # a French billion is 10^12
        factor = table.get((m.group(1) or m.group(2)).lower())
        if factor:
            spread = value_key(Decimal(left.keys[0]) * factor)
            quantities[i] = Quantity((*left.keys, spread), left.text, left.strong, left.percent,
                                     left.start, left.end)  # fmt: skip
    return quantities


def _spread_percent(text: str, quantities: list[Quantity], lang: str) -> list[Quantity]:
    """Mark the first number of a percent range as a percentage too (20 to 30 percent)."""
    for i in range(len(quantities) - 2, -1, -1):
        left, right = quantities[i], quantities[i + 1]
        if (
            right.percent
            and not left.percent
            and _RANGE_GAP.fullmatch(text, left.end, right.start)
            and _MULTIPLIER_WORD.search(left.text) is None  # "150 milliards à 6,5 %": a rate
            and not left.keys[0].startswith("x")  # « les doubler à 50 % »: a new level
            and not (lang == EN and _listed_sign(text, left.start, left.end))
            and not _year_before_rate(left, right)
            and _ORDINAL_TEXT.search(left.text) is None  # « deuxième à 22,6 % »: a rank
        ):
            quantities[i] = _with_percent(left)
    return quantities


# An ordinal's text: a rank, not a range's first figure.
_ORDINAL_TEXT = re.compile(
    r"(?:ièmes?|\bprem(?:ier|ière)s?|\bsecondes?|\bfirst|\bthird|\d(?:e|er|re|ème|th|st|nd|rd))$",
    re.IGNORECASE,
)


def _year_before_rate(left: Quantity, right: Quantity) -> bool:
    """Whether ``left`` is a year that ends one clause and ``right`` the rate of the next:
    "6,3 % en 2025 et 6,6 % en 2026" lists no percentage 2025."""
    return (
        len(left.text) == 4
        and left.text.isdigit()
        and 1800 <= int(left.text) <= 2100
        and _PLAIN_VALUE.fullmatch(right.keys[0]) is not None
        and Decimal(right.keys[0]) <= 100  # (« 100 % en 2040 »: the whole)
    )


# "79, 71 and 64 percent", "20 to 30%", "from 22.5 to more than 60 percent": numbers of a
# list or range one percentage at its end covers. But English writes the sign on each figure
# of a list ("76% and 58%") where it writes the word once ("76 and 58 percent") or the sign
# once for a range ("between 45 and 52%").
_LISTED_PERCENT = re.compile(
    r"(?:\s*,\s*[\d.]+)*\s*,?\s+(?:and|or|to)\s+"
    r"(?:(?:more|less|fewer)\s+than\s+|over\s+|under\s+|nearly\s+|almost\s+|about\s+)?"
    r"[\d.]+\s*(?:%|percent\b|per\s+cent\b)"
)
_LISTED_SIGN = re.compile(r"(?:\s*,\s*[\d.,]+)*\s*,?\s+and\s+[\d.,]+\s?%")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s$", re.IGNORECASE)


def _listed_sign(text: str, start: int, end: int) -> bool:
    """Whether the English number at ``start:end`` opens a list whose sign is written once,
    at its end: "76 and 58%", but not the range "between 45 and 52%" nor the
    alternatives "20 or 25%", which English writes so."""
    if _LISTED_SIGN.match(text, end) is None:
        return False
    return _BETWEEN_BEFORE.search(text, max(0, start - 8), start) is None


def listed_percent(text: str, start: int, end: int) -> bool:
    """Whether the percentage ending an English list or range covers the number at
    ``start:end`` too ("79, 71 and 64 percent"; not "76 and 58%")."""
    return _LISTED_PERCENT.match(text, end) is not None and not _listed_sign(text, start, end)


def _spread_meridiem(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Give the first hour of a range the clock time its end has ("between 4 and 6:30 p.m."
    is 16 h to 18 h 30): a bare hour before a time of day is that hour of the clock too."""
    for i in range(len(quantities) - 2, -1, -1):
        left, right = quantities[i], quantities[i + 1]
        if (
            right.keys[0].startswith("T")
            and left.text.isdigit()
            and 0 < int(left.text) <= 12
            and _RANGE_GAP.fullmatch(text, left.end, right.start)
        ):
            quantities[i] = replace(left, keys=(*left.keys, time_key(int(left.text), 0)))
    return quantities


def _first_shared(keys: tuple[str, ...], other: tuple[str, ...]) -> int:
    """The index of the first of ``keys`` that ``other`` has too, or -1."""
    for i, key in enumerate(keys):
        if key in other:
            return i
    return -1


def _preference(q: Quantity) -> tuple[bool, int]:
    """Strong, unambiguous partners first."""
    return q.strong, -len(q.keys)


def compare_quantities(
    source: list[Quantity], target: list[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """The strong quantities of each side that find no partner with a shared value."""
    free = list(target)
    unmatched_source: list[Quantity] = []
    pairs: list[tuple[Quantity, Quantity]] = []
    # Most constrained first, so an ambiguous "18 heures" does not steal the plain 18.
    for q in sorted(source, key=lambda q: (not q.strong, len(q.keys))):
        best = None
        best_rank: tuple[int, tuple[bool, int]] | None = None
        for j, t in enumerate(free):
            shared = _first_shared(q.keys, t.keys)
            if shared < 0:
                continue
            # The partner of the first value first: "2 h" is the clock's 2 a.m. before a "two".
            rank = (-shared, _preference(t))
            if best_rank is None or rank > best_rank:
                best, best_rank = j, rank
        if best is None:
            unmatched_source.append(q)
        else:
            pairs.append((q, free.pop(best)))
    if unmatched_source and any(t.strong for t in free):
        _rematch(pairs, unmatched_source, free)
    unmatched = sorted((q for q in unmatched_source if q.strong), key=lambda q: q.start)
    return unmatched, [t for t in free if t.strong]


def _rematch(
    pairs: list[tuple[Quantity, Quantity]], lone: list[Quantity], free: list[Quantity]
) -> None:
    """Pair a strong English quantity left alone by handing its rival's partner to a French
    quantity left alone: « d'un à trois ans … de 1 à 5 millions » -> "one to three years …
    1 million to 5 million", where the 1 took the "one" that « un » needed."""
    for t in [t for t in free if t.strong]:
        for i, (q, taken) in enumerate(pairs):
            if _first_shared(q.keys, t.keys) < 0:
                continue
            other = next((o for o in lone if _first_shared(o.keys, taken.keys) >= 0), None)
            if other is not None:
                pairs[i] = (q, t)
                pairs.append((other, taken))
                lone.remove(other)
                free.remove(t)
                break
