"""Checks on quantities: numbers changed, lost or added, and percent signs dropped."""

from __future__ import annotations

import re
from decimal import Decimal

from excerpts.checks.base import ERROR, Check, Unit
from excerpts.checks.normalize import insertions, inside, named_days
from excerpts.checks.numerals import (
    EN,
    FR,
    SHARE,
    Quantity,
    bare_durations,
    compare_quantities,
    listed_percent,
    unneeded_wholes,
)

# "1 abstention" -> "one abstention": English "one" is no number the checks read (it is as
# often a pronoun), so a French figure 1 asks only for the word.
_ONE = re.compile(r"\b(?:one|single)\b", re.IGNORECASE)
# « Conakry et Bamako sont deux villes sœurs » -> "are sister cities", « deux coups d'État en
# 2020 et 2021 » -> "coups in 2020 and 2021": the number counts again the pair it names.
_PAIR_RECOUNTED = re.compile(
    r"\S+ et (?:l[ea] |les |l['’])?\S+ (?:sont|étaient|seront|restent|demeurent) (?=deux\b)",
    re.IGNORECASE,
)
_PAIR_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+(?:['’][^\W\d_]+)?\s+){1,3}(?:en|à|de|du|des|le|les|au|aux)\s+"
    r"(?:l[ea]\s+|l['’])?([\w-]+)\s+et\s+(?:l[ea]\s+|l['’]|en\s+)?([\w-]+)"
)


def _in_name_kept(word: str, other: str) -> bool:
    """Whether a number word is part of a name the other text writes the same way: Radio
    Mille Collines kept in English, "China Railway Seventh Group" kept from the French."""
    return word[:1].isupper() and word in other


def _recounted_pair(q: Quantity, unit: Unit) -> bool:
    """Whether a French "deux" counts again the two things just named ("A et B sont deux…")."""
    if q.text.lower() != "deux":
        return False
    if any(m.end() == q.start for m in _PAIR_RECOUNTED.finditer(unit.source)):
        return True
    # the pair must be in the English too: "in 2020 and 2021"
    pair = _PAIR_AFTER.match(unit.source, q.end)
    return pair is not None and all(
        re.search(rf"(?<!\w){re.escape(w)}(?!\w)", unit.target) for w in pair.groups()
    )


# « le Mali, le Burkina Faso et le Niger … Les trois pays »: three names listed, then counted.
_LISTED_NAME = r"(?:(?:le|la|les|l') ?)?([A-ZÀ-Þ][^\s,.;:]*(?: [A-ZÀ-Þ][^\s,.;:]*)*)"
_LISTED_THREE = re.compile(rf"\b{_LISTED_NAME}, {_LISTED_NAME},? et {_LISTED_NAME}")
_COUNTED_AGAIN = re.compile(r"\b[LlCc]es $")


def _recounted_three(q: Quantity, unit: Unit) -> bool:
    """Whether « trois » counts again three names the French listed before it, all in the
    English: « Le Mali, le Burkina Faso et le Niger … Les trois pays avaient annoncé … »."""
    if q.text.lower() != "trois" or not _COUNTED_AGAIN.search(unit.source, 0, q.start):
        return False
    return any(
        all(re.search(rf"\b{re.escape(name.split()[-1])}\b", unit.target) for name in m.groups())
        for m in _LISTED_THREE.finditer(unit.source, 0, q.start)
    )


def _listing(quantities: list[Quantity]) -> str:
    return ", ".join(q.text for q in quantities)


# "45 km (28 miles)": a conversion English copy adds in brackets.
_CONVERSION = re.compile(
    r"\((?:about |some |around )?[\d.,]+\s?(?:miles?|mi|feet|ft|pounds?|lbs?|°F|acres|"
    r"gallons?|ounces?|oz|yards?)\)"
)
_BRACKETED_WORDS = re.compile(r"\(([^()]{4,80})\)")
# "accusing the three countries": English counts again what the French listed ("ces pays").
# "the two countries", "the first two years": a count of what the French names
_THE_BEFORE = re.compile(r"\bthe\s(?:(?:first|last|next|other)\s)?$", re.IGNORECASE)
_RECOUNTED = frozenset("two three four five six seven eight nine ten".split())  # noqa: SIM905
_RECOUNTED_VALUES = frozenset(str(n) for n in range(2, 11))
_DEMONSTRATIVE = re.compile(r"\b(?:ces|ceux-ci|celles-ci)\b", re.IGNORECASE)


# "all three have broken with France" for "tous ont rompu": the French says "all".
_ALL_BEFORE = re.compile(r"\ball\s$", re.IGNORECASE)
_ALL = re.compile(r"\b(?:tous|toutes)\b", re.IGNORECASE)


# A youth side's age limit, which English writes "Under-20", "U-20" or "U20" as often as the
# French does, or for the French's word for the age group: les cadets, the under-17s.
_AGE_GROUP_BEFORE = re.compile(r"\b(?:[Uu]nder|U)[\s-]?$")
_AGE_GROUP_WORDS = {"17": re.compile(r"\bcadet(?:te)?s\b"), "20": re.compile(r"\bjuniors\b")}


def _age_group(q: Quantity, unit: Unit) -> bool:
    """Whether an English number is an age group's limit that the French gives already, in
    figures (« les Étalons U20 ») or by its name (« les Étalons cadets », Under-17)."""
    if _AGE_GROUP_BEFORE.search(unit.target, max(0, q.start - 6), q.start) is None:
        return False
    word = _AGE_GROUP_WORDS.get(q.keys[0])
    if word is not None and word.search(unit.source):
        return True
    return any(q.keys[0] in s.keys for s in unit.src_quantities)


def _recount(q: Quantity, unit: Unit) -> bool:
    """Whether an English number only counts again what the French names: "the two
    countries' border" for "la frontière commune", "the three countries" for "ces pays",
    "all three" for "tous"."""
    word = q.text.lower()
    if word not in _RECOUNTED:
        return False
    before = max(0, q.start - 11)
    if _ALL_BEFORE.search(unit.target, before, q.start):
        # The number it recalls is in the French ("les trois pays … tous"), or in an earlier
        # excerpt when this French counts nothing ("Ils avaient tous…": "All three had…").
        recalled = any(k in s.keys for s in unit.src_quantities for k in q.keys)
        counts = any(k in _RECOUNTED_VALUES for s in unit.src_quantities for k in s.keys)
        return (recalled or not counts) and _ALL.search(unit.source) is not None
    return _THE_BEFORE.search(unit.target, before, q.start) is not None and (
        word == "two"
        or _DEMONSTRATIVE.search(unit.source) is not None
        or q.keys[0] in _listed_counts(unit.source)
    )


# A French list of names: « le Mali, le Burkina Faso et le Niger ».
_LISTED_NAME = r"(?:(?:le|la|les) |l['’])?[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*)*"
_NAME_LIST = re.compile(rf"{_LISTED_NAME}(?:, {_LISTED_NAME})*,? et {_LISTED_NAME}")
_LISTED_ITEM = re.compile(_LISTED_NAME)


def _listed_counts(source: str) -> set[str]:
    """How many names each list of the French gives: "the three countries" counts « le Mali,
    le Burkina Faso et le Niger » again."""
    if " et " not in source:
        return set()
    return {str(len(_LISTED_ITEM.findall(m.group(0)))) for m in _NAME_LIST.finditer(source)}


# "général d'armée" is a five-star general, "général de brigade" a one-star: English counts
# the stars of a rank the French names.
_STARS_AFTER = re.compile(r"[- ]star\b", re.IGNORECASE)
_GENERAL_RANK = re.compile(r"\b(?:général|générale|généraux|amiral|maréchal)\b", re.IGNORECASE)


def _rank_stars(q: Quantity, unit: Unit) -> bool:
    """Whether an English number counts a general's stars the French rank implies."""
    return bool(_STARS_AFTER.match(unit.target, q.end)) and bool(_GENERAL_RANK.search(unit.source))


# French school years by their initials (CP, CE1, CM2) and English grades by number: "les
# élèves de CM2" are "sixth-graders" or "fifth-graders", as the writer reckons the systems.
# The collège and lycée years count down from 6e to 1re: « élève de 3e » is a ninth-grader.
_FRENCH_SCHOOL_YEAR = re.compile(
    r"\b(?:CP|CE[12]|CM[12])\b"
    r"|\b(?:(?:élèves?|classes?|collégiens?|lycéens?) de|en(?: classe de)?)"
    r" (?:[3-6]e|[3-6]ème|2nde|1re|seconde|première|terminale|troisième|quatrième|cinquième"
    r"|sixième)\b"
)
_GRADE_WORD = r"(?:grades?|graders?|form(?:ers)?)"  # not "former"
_GRADE_AFTER = re.compile(rf"[- ]?{_GRADE_WORD}\b", re.IGNORECASE)
_GRADE = re.compile(rf"\b(?:{_GRADE_WORD}|Year)\b")


def _quarter_of_a_year(q: Quantity, unit: Unit) -> bool:
    """Whether an English "quarter" is the three months a French « trimestre » names (« une
    fois par trimestre » -> "once a quarter"), not a fraction, or its "fourth" the last."""
    if q.text.lower().endswith(("quarter", "quarters")):
        return "trimestr" in unit.source.lower()
    # « le dernier trimestre 2025 » -> "the fourth quarter of 2025": the year's last
    return (
        q.text.lower() == "fourth"
        and unit.target.lower().startswith(" quarter", q.end)
        and _LAST_QUARTER.search(unit.source) is not None
    )


def _counted_quarters(q: Quantity, unit: Unit) -> bool:
    """Whether a French count of « trimestres » is the English's count of quarters, which
    the English side reads as a fraction (« depuis six trimestres » -> "in six quarters")."""
    if "trimestr" not in unit.source.lower():
        return False
    fractions = {f"{key}/4" for key in q.keys}
    return any(
        t.text.lower().endswith("quarters") and not fractions.isdisjoint(t.keys)
        for t in unit.tgt_quantities
    )


def _years_adjective(q: Quantity, unit: Unit) -> bool:
    """Whether an English "ten-year" renders a French adjective of years (« les visites
    décennales » -> "ten-year outages", « le plan quinquennal » -> "the five-year plan")."""
    stem = _YEARS_ADJECTIVES.get(q.text.lower())
    return (
        stem is not None
        and unit.target.lower().startswith(("-year", " year"), q.end)
        and stem in unit.source.lower()
    )


# The French adjectives of a span of years, by the English number word of their span.
_YEARS_ADJECTIVES = {
    "two": "biennal", "three": "triennal", "five": "quinquennal", "seven": "septenn",
    "ten": "décenn", "hundred": "centenaire",
}  # fmt: skip


def _number_two(q: Quantity, unit: Unit) -> bool:
    """Whether a French « numéro deux » is a rank the English names by its title (« le
    numéro deux de la police » -> "Deputy Inspector-General of Police")."""
    return (
        q.text.lower() == "deux"
        and unit.source[max(0, q.start - 7) : q.start].lower() == "numéro "
        and _SECOND_IN_RANK.search(unit.target) is not None
    )


_SECOND_IN_RANK = re.compile(r"\b(?:[Dd]eputy|[Vv]ice|second-in-command|[Nn]umber two)\b")
_LAST_QUARTER = re.compile(r"\bdernier trimestre\b", re.IGNORECASE)


def _school_year(q: Quantity, unit: Unit) -> bool:
    """Whether a French number is a school year (« élève de 3e ») the English gives as a
    grade of its own reckoning ("a ninth-grader")."""
    return any(
        m.start() <= q.start < m.end() for m in _FRENCH_SCHOOL_YEAR.finditer(unit.source)
    ) and _GRADE.search(unit.target) is not None


def _school_grade(q: Quantity, unit: Unit) -> bool:
    """Whether an English number is the grade English gives a French school year."""
    return bool(_GRADE_AFTER.match(unit.target, q.end)) and bool(
        _FRENCH_SCHOOL_YEAR.search(unit.source)
    )


# "June 26–28" for "les 26, 27 et 28 juin": a range holds the numbers between its ends.
_RANGE = re.compile(r"(?<![\d.,])(\d{1,4})\s?[–-]\s?(\d{1,4})(?![\d.,])")


def _spanned(text: str) -> set[str]:
    """The numbers strictly inside the short ranges of a text (27 in "26–28")."""
    inner: set[str] = set()
    for m in _RANGE.finditer(text):
        low, high = int(m.group(1)), int(m.group(2))
        if 1 < high - low <= 10:
            inner.update(str(n) for n in range(low + 1, high))
    return inner


# « Un Mi-171Sh neuf coûte… » -> "A new Mi-171Sh costs…": the adjective, where the English
# has it (the numbers check then finds no nine to pair with).
_NEW = re.compile(r"\b(?:brand-)?new\b", re.IGNORECASE)
# Words before a cardinal « neuf » (« les neuf hélicoptères »), after which it is no adjective.
_BEFORE_NINE = re.compile(
    r"(?:^|\b(?:les|des|ces|ses|leurs|nos|vos|mes|aux|de|à|et|ou|sur|par|pour|dont|environ|plus"
    r"|moins|que|entre|avec|sans|soit)\s+)$",
    re.IGNORECASE,
)


def _new_not_nine(q: Quantity, unit: Unit) -> bool:
    """Whether a lone « neuf » after a noun is the adjective the English writes "new"."""
    return (
        q.text == "neuf"
        and _NEW.search(unit.target) is not None
        and _BEFORE_NINE.search(unit.source, max(0, q.start - 12), q.start) is None
    )


# "Morocco's stake will be 50%, as will Nigeria's": a figure the French repeats, said once.
_AS_WILL = re.compile(
    r"\bas (?:will|would|does|did|do|is|was|are|were|has|have|had)\b|\beach\b|\blikewise\b",
    re.IGNORECASE,
)


# « 25 milliards d'euros … contre 16 aujourd'hui » -> "up from 16 billion today": a figure
# whose scale the French leaves to a figure before it, written out in English.
_SCALES = ((10**9, "milliard"), (10**6, "million"))


_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def _implied_scales(
    missing: list[Quantity], added: list[Quantity], unit: Unit
) -> tuple[list[Quantity], list[Quantity]]:
    """The missing and added figures, less the pairs where the English gives a bare French
    figure the scale of an earlier one."""
    missing, added = list(missing), list(added)
    for scale, word in _SCALES:
        first = unit.src.find(word)
        if first < 0:
            continue
        for q in [q for q in missing if q.start > first and _DECIMAL.fullmatch(q.keys[0])]:
            # (« en a obtenu 33,5 » after « 30 milliards »: "33.5 billion")
            value = Decimal(q.keys[0]) * scale
            scaled = str(int(value)) if value == int(value) else str(value)
            match = next((a for a in added if scaled in a.keys), None)
            if match is not None:
                missing.remove(q)
                added.remove(match)
    return missing, added


def _said_once(q: Quantity, unit: Unit) -> bool:
    """Whether a missing French figure repeats another of the French that the English writes,
    the English saying "as will", "each" or "likewise" for the second."""
    if _AS_WILL.search(unit.target) is None:
        return False
    twins = sum(1 for other in unit.src_quantities if other.keys == q.keys)
    return twins > 1 and any(other.keys[0] in q.keys for other in unit.tgt_quantities)


# « les Vingt-Sept », « les Quinze »: a union's members, named by their count with a capital,
# which English calls by the union ("EU countries", "the member states", "the bloc").
_MEMBERS_COUNTED = re.compile(r"\b(?:[Ll]es|des|aux) $")
_MEMBERS_NAMED = re.compile(r"\b(?:EU|European Union|member (?:states|countries|nations)|bloc)\b")


def _members_by_count(q: Quantity, unit: Unit) -> bool:
    """Whether a missing French number is the capitalised count naming a union's members
    (« les Vingt-Sept ») that the English names otherwise ("EU countries")."""
    return (
        q.text[:1].isupper()
        and q.text[1:2].islower()
        and _MEMBERS_COUNTED.search(unit.source, max(0, q.start - 4), q.start) is not None
        and _MEMBERS_NAMED.search(unit.target) is not None
    )


def _ratio_of_range(q: Quantity, unit: Unit) -> bool:
    """Whether an English multiplier says what the French's two figures show: « passe de 500
    à 1 000 F CFA » -> "doubles from 500 to 1,000 CFA francs"."""
    factor = next((int(k[1:]) for k in q.keys if k.startswith("x") and k[1:].isdecimal()), None)
    if factor is None:
        return False
    values = {int(p.keys[0]) for p in unit.src_quantities if p.keys[0].isdecimal()}
    return any(a * factor in values for a in values if a)


def check_numbers(unit: Unit) -> str | None:
    """Report numbers that differ between French and English, after locale folding."""
    if not unit.has_numbers:
        return None
    english = unit.tgt_quantities
    if any(q.text[:1].isupper() and not q.text.isupper() for q in english):
        # "Seven & i, the parent of 7-Eleven": a number word of a name the French writes the
        # same way is no number, and must not pair with the French's figure
        english = [
            q
            for q in english
            if q.text.isupper() or not _in_name_kept(unit.target[q.start : q.end], unit.source)
        ]
    missing, added = compare_quantities(unit.src_quantities, english)
    if missing:
        # "les douze derniers mois" -> "the past year": a duration the English names bare;
        # "neuf Maliens sur dix" -> "90 percent of Malians": the "dix" need not be written.
        bare = bare_durations(unit.target)
        unneeded = unneeded_wholes(missing, unit.tgt_quantities)
        spanned = _spanned(unit.target) if "–" in unit.target or "-" in unit.target else set()
        # « le 14 juillet » -> "Bastille Day": a day the English calls by its name
        named, _ = named_days(unit.source, unit.target)
        missing = [
            q
            for q in missing
            if bare.isdisjoint(q.keys)
            and q not in unneeded
            and spanned.isdisjoint(q.keys)
            and not _in_name_kept(q.text, unit.target)
            and not _recounted_pair(q, unit)
            and not _recounted_three(q, unit)
            and not (q.text == "1" and _ONE.search(unit.target))
            and not _school_year(q, unit)
            and not _number_two(q, unit)
            and not _new_not_nine(q, unit)
            and not _said_once(q, unit)
            and not _members_by_count(q, unit)
            and not _counted_quarters(q, unit)
            and not inside(q.start, named)
        ]
    if added:
        notes = insertions(unit.source, unit.target)
        if "(" in unit.target:
            notes += [m.span() for m in _CONVERSION.finditer(unit.target)]
            # "May 13 Square (place du 13-Mai)": the French name quoted in brackets
            notes += [
                m.span()
                for m in _BRACKETED_WORDS.finditer(unit.target)
                if m.group(1) in unit.source
            ]
        unneeded = unneeded_wholes(added, unit.src_quantities)
        added = [
            q
            for q in added
            if not inside(q.start, notes)
            and not _recount(q, unit)
            and q not in unneeded
            and not _rank_stars(q, unit)
            and not _school_grade(q, unit)
            and not _quarter_of_a_year(q, unit)
            and not _years_adjective(q, unit)
            and not _age_group(q, unit)
            and not _ratio_of_range(q, unit)
            # "China Railway Seventh Group": a number word of a name the French keeps too
            and not _in_name_kept(unit.target[q.start : q.end], unit.source)
        ]
    if missing and added and ("milliard" in unit.src or "million" in unit.src):
        missing, added = _implied_scales(missing, added, unit)
    if not missing and not added:
        return _changed_unit(unit) or _swapped_meridiem(unit)
    if len(missing) == 1 and len(added) == 1:
        return f"number {missing[0].text} became {added[0].text}"
    parts = []
    if missing:
        parts.append(f"missing in English: {_listing(missing)}")
    if added:
        parts.append(f"not in the French: {_listing(added)}")
    return "numbers differ; " + "; ".join(parts)


# A span of time right after a number: "6 mois", "six months", "a six-month term".
_FR_TIME_UNIT = re.compile(
    r"[ \u00a0\u202f]+(mois|semaines?|jours?|ans|années?|heures?|minutes?)\b", re.IGNORECASE
)
_EN_TIME_UNIT = re.compile(r"[- ](months?|weeks?|days?|years?|hours?|minutes?)\b", re.IGNORECASE)
_SAME_UNIT = {"mois": "month", "semaine": "week", "jour": "day", "an": "year", "année": "year",
              "heure": "hour", "minute": "minute"}  # fmt: skip


# An English clock time that says which half of the day it is: "7:23 a.m.", "6 pm".
_MERIDIEM_TIME = re.compile(r"\b(\d{1,2})(?::([0-5]\d))?\s?([ap])\.?m\b\.?", re.IGNORECASE)
_EVENING_AFTER = re.compile(r"\s+(?:du soir|de l'après-midi|de l’après-midi)\b")


def _swapped_meridiem(unit: Unit) -> str | None:
    """A French time on the 24-hour clock whose English twin is in the other half of the day:
    « 19 h 23 » -> "7:23 a.m." (the figures agree on a 12-hour dial, which is all the
    comparison of times asks)."""
    if _MERIDIEM_TIME.search(unit.target) is None:
        return None
    french: dict[str, set[str]] = {}
    for q in unit.src_quantities:
        hour = re.match(r"\d{1,2}", q.text)
        if not q.keys[0].startswith("T") or hour is None or int(hour.group(0)) > 23:
            continue
        evening = int(hour.group(0)) >= 12 or _EVENING_AFTER.match(unit.source, q.end)
        french.setdefault(q.keys[0], set()).add("p" if evening else "a")
    for m in _MERIDIEM_TIME.finditer(unit.target):
        hours, minutes = int(m.group(1)), int(m.group(2) or 0)
        halves = french.get(f"T{(hours % 12) * 60 + minutes}")
        if hours <= 12 and halves and m.group(3).lower() not in halves:
            return f"time {m.group(0).strip()} is in the other half of the French's day"
    return None


def _changed_unit(unit: Unit) -> str | None:
    """A number kept with its span of time changed: "6 mois" -> "six weeks".

    Only where the English writes the same number before another unit and never before the
    French one, so "six mois" -> "half a year" or "a six-month term" pass.
    """
    if "mois" not in unit.source and not _FR_TIME_UNIT.search(unit.source):
        return None
    for q in unit.src_quantities:
        m = _FR_TIME_UNIT.match(unit.source, q.end)
        if m is None:
            # "72 heures" may be read as one quantity, a duration ending in its unit
            inner = _FR_TIME_UNIT.search(unit.source, q.start, q.end)
            m = inner if inner is not None and inner.end() == q.end else None
        if m is None:
            continue
        word = m.group(1).lower()
        expected = _SAME_UNIT.get(word) or _SAME_UNIT[word.rstrip("s")]
        shared = [set(q.keys).intersection(t.keys) for t in unit.tgt_quantities]
        if any(not k.isdecimal() for keys in shared for k in keys):
            continue  # "quinze jours" -> "two weeks": the same span in another unit
        written = {}
        for t, keys in zip(unit.tgt_quantities, shared, strict=True):
            after = _EN_TIME_UNIT.match(unit.target, t.end) if keys else None
            if after is not None:
                written[after.group(1).lower().rstrip("s")] = unit.target[t.start : after.end()]
        if written and expected not in written:
            if q.keys[0] == "1" and re.search(rf"\b(?:a|an)\s+{expected}\b", unit.target):
                continue  # « un jour … un mois » -> "one day … a month": the month is there
            french = unit.source[q.start : m.end()]
            return f"{french} became {' or '.join(written.values())}? (another span of time)"
    return None


def check_percent(unit: Unit) -> str | None:
    """Report a French percentage rendered in English as a bare number."""
    if not unit.has_numbers or "%" not in unit.source and "cent" not in unit.source:
        return None
    lost = []
    tgt = unit.tgt_quantities
    taken: set[int] = set()  # English percentages already matched to a French one
    for q in unit.src_quantities:
        if q.percent or FR + SHARE not in q.keys:
            continue
        # « huit régions sur dix » -> "eight out of ten": the English share is the French
        # proportion's, not the 80 % said besides it (which a bare "80" would then lose).
        values = set(q.keys) - {FR + SHARE}
        for i, t in enumerate(tgt):
            if i not in taken and EN + SHARE in t.keys and set(t.keys) - {EN + SHARE} == values:
                taken.add(i)
                break
    for q in unit.src_quantities:
        if not q.percent:
            continue
        # By its figure, not the fraction it also stands for: 50 % -> "half" is no bare 50.
        figures = [k for k in q.keys if "/" not in k]
        same = [i for i, t in enumerate(tgt) if any(k in t.keys for k in figures)]
        shares = [i for i in same if i not in taken and _as_percentage(unit, tgt[i])]
        if shares:
            taken.add(shares[0])
        elif any(i not in taken for i in same):
            # "15 % ... et 15 %" -> "15% ... and 15": the second is a bare number
            lost.append(q.text)
    if not lost:
        return None
    return f"percentage {', '.join(lost)} appears in English without %, percent or per cent"


def _as_percentage(unit: Unit, t: Quantity) -> bool:
    """Whether an English quantity is written as a percentage (or a list's, or a share)."""
    return t.percent or EN + SHARE in t.keys or listed_percent(unit.target, t.start, t.end)


NUMBERS = Check(
    "numbers",
    "A number changed, lost or added (7,5 -> 75); locale formats, ordinals, times agree.",
    ERROR,
    check_numbers,
)
PERCENT = Check(
    "percent", "A French percentage rendered as a bare number (57 % -> 57).", ERROR, check_percent
)
CHECKS = (NUMBERS, PERCENT)
