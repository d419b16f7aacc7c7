"""Check that month and weekday names survive translation, using Babel's CLDR names."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from operator import itemgetter

from excerpts.checks.base import ERROR, Check, Unit
from excerpts.checks.normalize import (
    GENERIC_HEAD,
    NOT_PLAIN,
    PLAIN_LETTER_RUN,
    address_spans,
    after_day_number,
    blank_kept_names,
    has_word,
    insertions,
    inside,
    named_days,
    numeric_months,
)

_DIGIT_NEAR = re.compile(r"\d")
# English months that are also ordinary words or names ("you may", "a march").
_EN_AMBIGUOUS = frozenset({"may", "march"})
_FR_AMBIGUOUS = frozenset({"mars"})  # the planet, the brand
_BEFORE_A_MONTH = frozenset(
    """
    in since until till by from to early late mid last next this of during before after through
    between and or on
    """.split()  # noqa: SIM905
)
_EXTRA_EN_ABBREVIATIONS = {"sept": ("month", 9), "tues": ("day", 1), "thur": ("day", 3),
                           "thurs": ("day", 3)}  # fmt: skip
# Press abbreviations CLDR does not list: "17 juill. (AFP)", "3 fév.".
_EXTRA_FR_ABBREVIATIONS = {"juill": ("month", 7), "fév": ("month", 2)}

_Names = dict[str, tuple[str, int]]


@cache
def _calendar_names(locale: str) -> tuple[_Names, _Names]:
    """(full names, abbreviations) of months and weekdays -> ("month"|"day", number).

    Babel is imported here, once, so that loading the checks stays fast.
    """
    from babel.dates import get_day_names, get_month_names

    full: _Names = {}
    short: _Names = {}
    for kind, getter in (("month", get_month_names), ("day", get_day_names)):
        for number, name in getter("wide", locale=locale).items():
            full[name.lower()] = (kind, int(number))
        for number, name in getter("abbreviated", locale=locale).items():
            key = name.lower().rstrip(".")
            if key not in full:
                short[key] = (kind, int(number))
    # "le dimanche" is "on Sundays", "les vendredis" "on Fridays": weekdays in the plural.
    full.update({name + "s": v for name, v in list(full.items()) if v[0] == "day"})
    if locale == "en":
        short.update(_EXTRA_EN_ABBREVIATIONS)
    if locale == "fr":
        short.update(_EXTRA_FR_ABBREVIATIONS)
    return full, short


def english_calendar_name(word: str) -> str | None:
    """The English name of a French month or weekday (Mai -> May, as in "le défilé du 9 Mai")."""
    item = _calendar_names("fr")[0].get(word.lower())
    return None if item is None else _name(item, "en")


def _near_digit(text: str, start: int, end: int) -> bool:
    """Whether a digit stands right before or after a word (4 mai, May 2023, Jan. 5), or a day
    with its ordinal ending before it (1er oct., 1st Oct.)."""
    before = text[max(0, start - 3) : start]
    after = text[end : end + 3]
    if _DIGIT_NEAR.search(before) or _DIGIT_NEAR.search(after):
        return True
    return _ORDINAL_DAY_BEFORE.search(text, max(0, start - 6), start) is not None


_ORDINAL_DAY_BEFORE = re.compile(r"\d(?:er|re|st|nd|rd|th)\s$")


@cache
def _calendar_pattern(lang: str) -> re.Pattern[str]:
    """One pattern finding every month and weekday name, full or abbreviated.

    A look at the first letter, before the long alternation, skips most positions at once.
    """
    full, short = _calendar_names(lang)
    names = sorted({*full, *short}, key=len, reverse=True)
    return re.compile(
        r"(?<![^\W\d_])(?=[" + re.escape(_initials(names)) + r"])(?:"
        + "|".join(re.escape(n) for n in names)
        + r")(?![^\W\d_])\.?",
        re.IGNORECASE,
    )


def _initials(names: list[str]) -> str:
    return "".join(sorted({n[0] for n in names} | {n[0].upper() for n in names}))


@cache
def _calendar_gate(lang: str) -> re.Pattern[str]:
    """A pattern telling whether a text holds any month or weekday name at all."""
    full, short = _calendar_names(lang)
    names = sorted({*full, *short}, key=len, reverse=True)
    return re.compile(
        r"(?<![^\W\d_])(?=[" + re.escape(_initials(names)) + r"])(?:"
        + "|".join(re.escape(n) for n in names)
        + r")(?![^\W\d_])",
        re.IGNORECASE,
    )


@cache
def _calendar_words(lang: str) -> frozenset[str] | None:
    """The names as words to look up, or None if one is not a plain word (then: the gate)."""
    full, short = _calendar_names(lang)
    names = frozenset({*full, *short})
    return names if all(n.isalpha() and n == n.lower() for n in names) else None


_LETTERS = re.compile(r"[^\W\d_]+")


def _names_any(text: str, lang: str) -> bool:
    """Whether a text holds any month or weekday name (``_calendar_gate``, made cheap).

    Where str.lower() and the pattern's case-blind matching agree (``NOT_PLAIN`` finds no
    character), a text names a month exactly when one of its words is one.
    """
    words = _calendar_words(lang)
    if words is None or NOT_PLAIN.search(text) is not None:
        return _calendar_gate(lang).search(text) is not None
    return not words.isdisjoint(PLAIN_LETTER_RUN.findall(text.lower()))


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[^\w.!?:]*$")


def _previous_word(text: str, start: int) -> str:
    """The word before ``start``, across spaces and quotes but not a sentence end, or ''.

    What ``_PREVIOUS_WORD.search(text, max(0, start - 40), start)`` captures, read backwards
    instead of tried at each of 40 positions.
    """
    floor = max(0, start - 40)
    end = start
    while end > floor:
        c = text[end - 1]
        if c.isalnum() or c == "_" or c in ".!?:":
            break
        end -= 1
    begin = end
    while begin > floor and text[begin - 1].isalnum() and not text[begin - 1].isdecimal():
        begin -= 1
    return text[begin:end]


def _calendar_matches(
    text: str, lang: str, words: list[str] | None = None
) -> list[tuple[str, int, int]]:
    """(text, start, end) of what ``_calendar_pattern`` finds: names, with a following '.'.

    Most texts name no date, so a cheap test comes first; in a plain text (see ``_names_any``)
    the names are found among its words rather than by the pattern. ``words``: the text's
    letter runs in lower case, when the caller has them and the text is plain.
    """
    names = _calendar_words(lang)
    if names is None or (words is None and NOT_PLAIN.search(text) is not None):
        if _calendar_gate(lang).search(text) is None:
            return []
        return [(m.group(0), m.start(), m.end()) for m in _calendar_pattern(lang).finditer(text)]
    lower = text.lower()
    present = names.intersection(PLAIN_LETTER_RUN.findall(lower) if words is None else words)
    if not present:
        return []
    # Each name found is a whole run of letters: look for those few names only.
    found = []
    for name in present:
        start = lower.find(name)
        while start >= 0:
            end = start + len(name)
            if not (start and _is_letter(lower[start - 1])) and not (
                end < len(lower) and _is_letter(lower[end])
            ):
                stop = end + 1 if text.startswith(".", end) else end
                found.append((text[start:stop], start, stop))
            start = lower.find(name, start + 1)
    found.sort(key=itemgetter(1))
    return found


def _is_letter(char: str) -> bool:
    """Whether ``[^\\W\\d_]`` matches a character: alphanumeric, not a decimal digit."""
    return char.isalnum() and not char.isdecimal()


def calendar_words(
    text: str, lang: str, words: list[str] | None = None
) -> Counter[tuple[str, int]]:
    """The months and weekdays a French (fr) or English (en) text names.

    ``words``: the text's letter runs in lower case, if the caller has them (and the text is
    plain: see ``Unit.src_words``).
    """
    return _count(text, lang, _calendar_matches(text, lang, words))


def _count(
    text: str, lang: str, matches: list[tuple[str, int, int]]
) -> Counter[tuple[str, int]]:
    """The months and weekdays that the names found in a text stand for."""
    full, short = _calendar_names(lang)
    found: Counter[tuple[str, int]] = Counter()
    for token, start, end in matches:
        word = token.rstrip(".").lower()
        previous = _previous_word(text, start)
        item = full.get(word)
        if item is not None and _counts(token, word, item, text, start, end, previous, lang):
            found[item] += 1
        elif (
            item is None
            and word in short
            and _near_digit(text, start, end)
            and (lang == "fr" or token[0].isupper())
            and not (token.isupper() and text.startswith("-", end))  # the SAT-3 cable
            and not _joined_to_name(text, start, full, short)  # the Faso-Sat 1 satellite
            # French weekdays are shortened with a point (mer. 12 mars): "en mer, 217" is the sea
            and not (lang == "fr" and short[word][0] == "day" and not token.endswith("."))
            # « 24 heures sur 24, sept jours sur sept »: seven, unless a day stands right before
            and not (lang == "fr" and word == "sept" and not token.endswith(".")
                     and not after_day_number(text, start))
        ):
            found[short[word]] += 1
    return found


_JOINED_BEFORE = re.compile(r"([^\W\d_]+)-$")


def _joined_to_name(
    text: str, start: int, full: _Names, short: _Names
) -> bool:
    """Whether an abbreviation is joined by a hyphen to a word before it that is no month or
    day (Faso-Sat 1, but not Mon-Fri)."""
    m = _JOINED_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() not in full and m.group(1).lower() not in short


def _counts(
    token: str, word: str, item: tuple[str, int], text: str, start: int, end: int,
    previous: str, lang: str,
) -> bool:  # fmt: skip
    """Whether a full month or weekday name is used as one here."""
    if lang == "fr":
        if item[0] == "day" or token[0].islower():
            return True
        # Capitalised French months are names (Mars the planet), unless dated: "Mai 2023",
        # "le 8 Mars" (a day before it dates even Mars). Joined to its day, a month names a
        # place, which the names check follows: le stade du 26-Mars, la place du 28-Septembre.
        if start > 1 and text[start - 1] == "-" and text[start - 2].isdigit():
            return False
        if word in _FR_AMBIGUOUS:
            return _DIGIT_NEAR.search(text, max(0, start - 3), start) is not None
        return _near_digit(text, start, end) or not previous
    if not token[0].isupper():
        return False
    if word not in _EN_AMBIGUOUS:
        return True
    # "May" is a month when dated, mid-sentence after a lowercase word ("in May"), after a
    # word that introduces a time even at the start of a sentence ("In March, the junta…"),
    # or before another month ("May and June salaries").
    return (
        _near_digit(text, start, end)
        or bool(previous)
        and (previous[0].islower() or previous.lower() in _BEFORE_A_MONTH)
        or _MONTH_AFTER.match(text, end) is not None
    )


_MONTH_AFTER = re.compile(
    r"(?:,| and| or| to| through| ?[-–]) ?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b"
)


def _name(item: tuple[str, int], lang: str) -> str:
    full, _ = _calendar_names(lang)
    for name, value in full.items():
        if value == item:
            return name if lang == "fr" else name.capitalize()
    return str(item)


_NIGHT = re.compile(r"\bnuit\s+(?:de|du)\s+([^\W\d_]+)\s+(?:à|au)\s+([^\W\d_]+)")


def _night_ends(unit: Unit, tgt: Counter[tuple[str, int]]) -> set[tuple[str, int]]:
    """Days a night runs into or out of that English may leave out: "dans la nuit de mercredi
    à jeudi" is "on Wednesday night" (or "overnight Wednesday to Thursday")."""
    if "nuit" not in unit.src:
        return set()
    full = _calendar_names("fr")[0]
    ends: set[tuple[str, int]] = set()
    for m in _NIGHT.finditer(unit.src):
        first, second = full.get(m.group(1).lower()), full.get(m.group(2).lower())
        if first and second and first[0] == second[0] == "day":
            ends |= {second} if first in tgt else {first} if second in tgt else set()
    return ends


# A weekday before its full date: "le mardi 14 novembre 2023".
_WEEKDAY_DATED = re.compile(r"\b([^\W\d_]+) (?:1er|\d{1,2}) ([^\W\d_]+) (?:19|20)\d\d\b")


def _dated_weekdays(unit: Unit, tgt: Counter[tuple[str, int]]) -> set[tuple[str, int]]:
    """Weekdays the English may leave out because the full date it keeps names the day: "le
    mardi 14 novembre 2023" is "on November 14, 2023"."""
    full = _calendar_names("fr")[0]
    dated: set[tuple[str, int]] = set()
    for m in _WEEKDAY_DATED.finditer(unit.src):
        day, month = full.get(m.group(1).lower()), full.get(m.group(2).lower())
        if day and month and day[0] == "day" and month[0] == "month" and month in tgt:
            dated.add(day)
    return dated


_DAY_JOINED_MONTH = re.compile(r"\d(?:er|re|e)?-([A-ZÀ-Þ][^\W\d_]+)")  # 28-Septembre, 1er-Mai


_CAPITALISED_WORD = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ][^\W\d_]+")


def _capitalised_months(text: str) -> set[tuple[str, int]]:
    """The months a French text names with a capital (Mars, Mai), which it does not count."""
    full = _calendar_names("fr")[0]
    items = (full.get(m.group(0).lower()) for m in _CAPITALISED_WORD.finditer(text))
    return {item for item in items if item is not None and item[0] == "month"}


def _place_months(text: str) -> set[tuple[str, int]]:
    """The months of the places a French text names after a date (la place du 28-Septembre)."""
    full = _calendar_names("fr")[0]
    items = (full.get(m.group(1).lower()) for m in _DAY_JOINED_MONTH.finditer(text))
    return {item for item in items if item is not None}


# A quarter of the year, which Australian and New Zealand English name by its last month:
# « le deuxième trimestre », "the June quarter".
_FRENCH_QUARTER = re.compile(
    r"\b(premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e|dernier)\s+trimestre\b",
    re.IGNORECASE,
)
_QUARTER_ENDS = {
    "premier": 3, "1er": 3, "deuxième": 6, "second": 6, "2e": 6, "troisième": 9, "3e": 9,
    "quatrième": 12, "4e": 12, "dernier": 12,
}  # fmt: skip
_MONTH_QUARTER = re.compile(r"\b(March|June|September|December)[- ]quarter\b", re.IGNORECASE)


def _quarter_months(unit: Unit) -> set[tuple[str, int]]:
    """The months the English names quarters by, each the end of a quarter the French names."""
    ends = {_QUARTER_ENDS[m.group(1).lower()] for m in _FRENCH_QUARTER.finditer(unit.src)}
    full = _calendar_names("en")[0]
    named = {full[m.group(1).lower()] for m in _MONTH_QUARTER.finditer(unit.tgt)}
    return {item for item in named if item[1] in ends}


def _numeric_months(text: str) -> set[tuple[str, int]]:
    """The months of the dates a text writes in figures (04/12/2023, 2023-12-04)."""
    return {("month", month) for month, _, _ in numeric_months(text) if 1 <= month <= 12}


def _outside_addresses(
    names: list[tuple[str, int, int]], text: str
) -> list[tuple[str, int, int]]:
    """The calendar names of a text that are not part of a URL or an e-mail address."""
    spans = address_spans(text) if names else []
    return [n for n in names if not inside(n[1], spans)] if spans else names


# A French name that ends in a month: a capitalised word, de or du, the month (le Défi de janvier).
_FRENCH_NAMED_AFTER = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ][^\W\d_]+ (de|du) ([^\W\d_]+)")


def _kept_in_french(name: str, unit: Unit) -> bool:
    """Whether the English keeps a French month or weekday inside a name it leaves in French
    ("the Appel du 20 février coalition", the daily "Le 22 Septembre", capitalised as a name in
    both); in prose, an untranslated month is a defect."""
    title = name.capitalize()  # « le quotidien Le 22 Septembre » -> "the daily Le 22 Septembre"
    if title in unit.source and title in unit.target:
        return True
    if name in unit.target:  # « le Défi de janvier » -> "the 2025 Défi de janvier"
        for match in _FRENCH_NAMED_AFTER.finditer(unit.target):
            if match.group(2) == name and match.group(0) in unit.source:
                return True
    if name not in unit.tgt or GENERIC_HEAD.search(unit.tgt) is None:
        return False
    return name not in blank_kept_names(unit.tgt, unit.src)


def check_dates(unit: Unit) -> str | None:
    """Report months or weekdays named in one text but not in the other."""
    src_names = _calendar_matches(unit.src, "fr", unit.src_words)
    tgt_names = _calendar_matches(unit.tgt, "en", unit.tgt_words)
    if not src_names and not tgt_names:
        return None  # most pairs: no date on either side
    if tgt_names and "[" in unit.tgt:
        notes = insertions(unit.src, unit.tgt)  # "a coup [in September 2022]"
        tgt_names = [n for n in tgt_names if not inside(n[1], notes)]
    # A month in an address (www.site.bf/sondage-janvier-2023) is the URL check's business.
    src_names = _outside_addresses(src_names, unit.src)
    tgt_names = _outside_addresses(tgt_names, unit.tgt)
    if not src_names and not tgt_names:
        return None
    src = _count(unit.src, "fr", src_names)
    tgt = _count(unit.tgt, "en", tgt_names)
    if src != tgt and src_names:
        days, names = named_days(unit.src, unit.tgt)
        if days:  # « le 14 juillet » -> "Bastille Day": a day the English calls by its name
            src = _count(unit.src, "fr", [n for n in src_names if not inside(n[1], days)])
            tgt = _count(unit.tgt, "en", [n for n in tgt_names if not inside(n[1], names)])
    if src == tgt or not src and not tgt:
        return None
    if set(src) == set(tgt):
        # "mardi … mardi" may be rendered once; the same names are present. But one said more
        # often than in the French while another is said less has taken its place: « du 2 au
        # 4 juin … du 30 juin au 3 juillet » -> "from July 2 to 4 … from June 30 to July 3".
        more = [i for i in tgt if tgt[i] > src[i]]
        fewer = [i for i in src if src[i] > tgt[i]]
        if not more or not fewer:
            return None
        if len(more) == 1 and len(fewer) == 1:
            return f"date changed: {_name(fewer[0], 'fr')} became {_name(more[0], 'en')}"
        return "dates differ; some months or weekdays are said in place of others"
    # Names the English may add: a month the French writes in figures (04/12/2023 ->
    # December), one a place is named after (le stade du 4-Août -> the 4 August Stadium).
    implied = _numeric_months(unit.source)
    implied |= _place_months(unit.src) if "-" in unit.src else set()
    implied |= _quarter_months(unit) if "trimestre" in unit.src else set()
    if "dominical" in unit.src:
        implied.add(("day", 6))  # la messe dominicale: Sunday Mass
    # and the other way round, a month the English writes in figures (2025-09-22).
    optional = _night_ends(unit, tgt) | _dated_weekdays(unit, tgt) | _numeric_months(unit.target)
    # "Pensioners: March pensions…": a capitalised March or May the English does not count as
    # a month on its own (it opens a sentence) is the French's month all the same.
    english_full = _calendar_names("en")[0]
    optional |= {
        item
        for token, _, _ in tgt_names
        if token[0].isupper() and (item := english_full.get(token.rstrip(".").lower()))
    }
    missing = [
        name
        for i in src
        if i not in tgt and i not in optional and not _kept_in_french(name := _name(i, "fr"), unit)
    ]
    added_items = [i for i in tgt if i not in src and i not in implied]
    if added_items:
        # "les martyrs de Mars": a capitalised month the French leaves undated is a name of
        # the month all the same, which the English may write as one ("the martyrs of March").
        named = _capitalised_months(unit.src)
        # and an English name the French itself uses (le Dry January, le Black Friday)
        named |= {
            item
            for token, _, _ in tgt_names
            if token[0].isupper()
            and (item := english_full.get(token.rstrip(".").lower())) is not None
            and has_word(token.rstrip("."), unit.src)
        }
        added_items = [i for i in added_items if i not in named]
        # « une marche de soutien » -> "March Supporting the Transition" in a title-case
        # headline: the walk, not the month, when no figure dates it
        if (
            english_full["march"] in added_items
            and _A_MARCH.search(unit.src)
            and _DATED_MARCH.search(unit.tgt) is None
        ):
            added_items.remove(english_full["march"])
    added = [_name(i, "en") for i in added_items]
    if not missing and not added:
        return None
    if len(missing) == 1 and len(added) == 1:
        return f"date changed: {missing[0]} became {added[0]}"
    parts = []
    if missing:
        parts.append(f"missing in English: {', '.join(missing)}")
    if added:
        parts.append(f"not in the French: {', '.join(added)}")
    return "dates differ; " + "; ".join(parts)


# (« la Longue Marche » too, "the Long March"; a rocket's "Long March 2D" is no date)
_A_MARCH = re.compile(r"\b[mM]arches?\b")
_DATED_MARCH = re.compile(r"\d[\s,]*March\b|\bMarch\.?\s*\d{1,4}(?!\w)")


DATES = Check(
    "dates", "A month or weekday changed or lost (juin -> July, vendredi -> Saturday).", ERROR,
    check_dates,
)  # fmt: skip
CHECKS = (DATES,)
