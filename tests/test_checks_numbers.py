"""The numbers and percent checks, and the number reader under them."""

from __future__ import annotations

from decimal import Decimal

import polib
import pytest
from hypothesis import given
from hypothesis import strategies as st

from excerpts.checks import check_catalog, numerals
from excerpts.checks.numerals import extract_quantities

NNBSP = "\u202f"


def found(check: str, fr: str, en: str) -> list[str]:
    """Messages of one check on one real PO entry."""
    entry = polib.POEntry(msgctxt="s/e1", msgid=fr, msgstr=en)
    entry.linenum = 7
    return [f.message for f in check_catalog([entry], file="t.po") if f.check == check]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Au moins 212 morts.", "At least 221 dead."),
        ("L’inflation a atteint 7,5 %.", "Inflation reached 75%."),
        (f"Près de 2{NNBSP}500 soldats.", "Nearly 2,050 soldiers."),
        ("Le PIB a progressé de 2,5 %.", "GDP grew by 5.2%."),
        ("Neuf Maliens sur dix.", "Eight out of ten Malians."),
        ("30 camions et deux blindés.", "30 trucks and armoured vehicles."),
        ("1,9 million de déplacés.", "9.1 million displaced people."),
        ("12 milliards de francs CFA.", "12 million CFA francs."),
        ("Depuis le XXe siècle.", "Since the 19th century."),
        ("Du 8 au 10 juillet.", "From July 8 to 11."),
        ("De 21 h à 6 h.", "From 10 p.m. to 6 a.m."),
        ("Les deux tiers des sondés.", "Three quarters of respondents."),
        ("Vingt et un soldats.", "Twenty soldiers."),
        ("Il a été tué.", "He was killed along with 3 others."),
        ("En 2022.", "In 2021."),
    ],
)
def test_numbers_catches(fr: str, en: str) -> None:
    assert found("numbers", fr, en)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("7,5 %", "7.5%"),
        (f"2{NNBSP}500 soldats", "2,500 soldiers"),
        ("2\u00a0500 soldats", "2,500 soldiers"),
        ("2 500 soldats", "2,500 soldiers"),
        ("2.500 soldats", "2,500 soldiers"),
        (f"31{NNBSP}%", "31%"),
        ("31 %", "31 percent"),
        ("31 %", "31 per cent"),
        ("le 2e bataillon", "the 2nd battalion"),
        ("le 1er janvier", "January 1st"),
        ("la 1re compagnie", "the 1st company"),
        ("le XIXe siècle", "the 19th century"),
        ("Louis XIV", "Louis XIV"),
        ("Louis XIV", "Louis 14"),
        ("à 18 h 45", "at 6:45 p.m."),
        ("à 18 h 45", "at 18:45"),
        ("à 18h", "at 6 p.m."),
        ("pendant 72 heures", "for 72 hours"),
        ("neuf soldats", "nine soldiers"),
        ("neuf soldats", "9 soldiers"),
        ("vingt et un morts", "twenty-one dead"),
        ("soixante-dix personnes", "seventy people"),
        ("quatre-vingt-dix écoles", "ninety schools"),
        ("quatre-vingts villages", "80 villages"),
        ("deux tiers des sondés", "two-thirds of respondents"),
        ("le tiers des sondés", "a third of respondents"),
        ("un sondage et une enquête", "a poll and a survey"),
        ("l’un des chefs", "one of the leaders"),
        ("1,5 milliard de dollars", "1.5 billion dollars"),
        ("1,5 milliard de dollars", "$1.5bn"),
        ("2 millions de déplacés", "2 million displaced"),
        ("en 2022", "in 2022"),
        ("neuf Maliens sur dix", "nine out of ten Malians"),
        ("neuf Maliens sur dix", "9 in 10 Malians"),
        ("une dizaine de soldats", "some ten soldiers"),
        ("une dizaine de soldats", "a dozen soldiers"),
        ("une centaine de civils", "around a hundred civilians"),
        ("les deux pays", "both countries"),
        ("un regard neuf sur la crise", "a fresh look at the crisis"),
        ("une maison flambant neuf", "a brand new house"),
        ("le premier tour", "the first round"),
        ("le deuxième tour", "the runoff"),
        ("trente pour cent", "thirty percent"),
        ("les années 1990", "the 1990s"),
        ("deux fois plus", "twice as many"),
        ("à midi", "at noon"),
        ("cent personnes", "a hundred people"),
        ("mille soldats", "a thousand soldiers"),
        ("des milliers de manifestants", "thousands of demonstrators"),
        ("la troisième attaque", "the third attack"),
        ("le vingt et unième siècle", "the twenty-first century"),
        ("le G5 Sahel", "the G5 Sahel"),
        ("la Ve République", "the Fifth Republic"),
        ("voir https://ex.org/r/2023/12", "see https://ex.org/r/2023/12"),
    ],
)
def test_numbers_lets_pass(fr: str, en: str) -> None:
    assert found("numbers", fr, en) == []


def test_numbers_message_names_both_numbers() -> None:
    assert found("numbers", "Au moins 212 morts.", "At least 221 dead.") == [
        "number 212 became 221"
    ]


@given(
    st.integers(min_value=1000, max_value=9_999_999),
    st.sampled_from(["\u202f", "\u00a0", " ", "."]),
)
def test_numbers_any_grouped_integer_agrees(value: int, separator: str) -> None:
    french = f"{value:,}".replace(",", separator)
    english = f"{value:,}"
    assert found("numbers", f"Il y a {french} soldats.", f"There are {english} soldiers.") == []


@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999"), places=1))
def test_numbers_any_decimal_comma_agrees(value: Decimal) -> None:
    french = str(value).replace(".", ",")
    assert found("numbers", f"Il a progressé de {french} %.", f"It rose by {value}%.") == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("57 % des jeunes", "57 of young people"),
        ("41,9 % en zone rurale", "41.9 in rural areas"),
        ("31 pour cent des électeurs", "31 voters"),
    ],
)
def test_percent_catches(fr: str, en: str) -> None:
    assert found("percent", fr, en)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("57 %", "57%"),
        ("57 %", "57 percent"),
        ("57 %", "57 per cent"),
        ("57 %", "57pc"),
        ("entre 20 et 30 %", "between 20 and 30 percent"),
        ("69 % et 22 %", "69% and 22%"),
        ("57 % des sondés", "fifty-seven per cent of respondents"),
        ("57 % des 300 sondés", "57% of the 300 respondents"),
    ],
)
def test_percent_lets_pass(fr: str, en: str) -> None:
    assert found("percent", fr, en) == []


def test_percent_leaves_lost_numbers_to_the_numbers_check() -> None:
    assert found("percent", "57 % des jeunes", "most young people") == []


@pytest.mark.parametrize(
    ("text", "lang", "keys"),
    [
        ("2\u202f500", "fr", [("2500",)]),
        ("7,5", "fr", [("7.5",)]),
        ("1,5 milliard", "fr", [("1500000000",)]),
        ("quatre-vingt-dix-neuf", "fr", [("99",)]),
        ("soixante et onze", "fr", [("71",)]),
        ("18 h 45", "fr", [("T405",)]),
        ("XIXe siècle", "fr", [("19",)]),
        ("one hundred and twenty", "en", [("120",)]),
        ("6:45 p.m.", "en", [("T405",)]),
        ("two-thirds", "en", [("2/3",)]),
    ],
)
def test_quantities_read_as_values(text: str, lang: str, keys: list[tuple[str, ...]]) -> None:
    assert [q.keys for q in extract_quantities(text, lang)] == keys


def test_articles_are_weak() -> None:
    article, nine = extract_quantities("un sondage de neuf questions", "fr")
    assert not article.strong
    assert nine.strong


_HINT_WORDS = (  # noqa: SIM905
    "un une zero zéro deux Quatre-vingts vingtaines centaines quartss SECONDESS premières neuf9"
    " deux_ _trois x2 2e troisième Deuxièmes ième ièmes XIXe XIV IIe Ier Le Ce LE CE ii Vi xi"
    " ivs canteen Canteens fourteenth thirtieth teen tieth one twos Twice ſept dıx İI K"
).split()


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_HINT_WORDS),
            st.sampled_from([" ", "-", "'", "’", "", ",", "_", "\u202f", "\u0301"]),
        ),
        max_size=6,
    )
)
def test_number_hints_from_words_agree_with_the_patterns(parts: list[tuple[str, str]]) -> None:
    # The hints look a text's words up in sets; the patterns they stand for are the reference.
    text = "".join(word + sep for word, sep in parts)
    for lang, hint, word_hint in (
        ("fr", numerals._FR_HINT, numerals._FR_WORD_HINT),
        ("en", numerals._EN_HINT, numerals._EN_WORD_HINT),
    ):
        assert numerals.may_have_numbers(text, lang) == bool(hint.search(text))
        assert numerals._word_hint(text, lang) == bool(word_hint.search(text))


_ROMAN_WORDS = (  # noqa: SIM905
    "XIXe XIV IIe Ier Ière IIIème Le Ce C L I IX-siècle XX siècle Louis IVe MM XL XLe"
    " IIII IC Xe VIèmes LXe CCe Henri"
).split()


@given(
    st.lists(
        st.sampled_from(_ROMAN_WORDS),
        max_size=5,
    )
)
def test_roman_hint_misses_no_numeral(words: list[str]) -> None:
    text = " ".join(words)
    if list(numerals._roman_quantities(text)):
        assert numerals._may_have_roman(text)


@given(st.text(alphabet="0123456789 ,.:%he\u202f\u00a0-", max_size=24))
def test_digit_patterns_read_as_with_a_leading_look_behind(text: str) -> None:
    # The first digit now comes before the look behind; the matches must be the same.
    import re

    for pattern in (numerals._FR_DIGITS, numerals._EN_DIGITS):
        head, rest = pattern.pattern.split(r"(?<![\d,.]\d)(?:\d{0,2}", 1)
        alternative, tail = rest.split(r"|\d*))", 1)
        old = re.compile(
            r"(?<![\d,.])(?P<int>\d{1,3}" + alternative + r"|\d+)" + tail, pattern.flags
        )
        assert head == "(?P<int>\\d"
        assert [m.groupdict() for m in pattern.finditer(text)] == [
            m.groupdict() for m in old.finditer(text)
        ]


def test_lone_articles_are_weak_ones_where_they_stand() -> None:
    text = "Un homme et une femme, un par un; Une-une lune aucune"
    found = extract_quantities(text, "fr")
    assert [(q.keys, q.text, q.strong, q.start) for q in found] == [
        (("1",), "Un", False, 0),
        (("1",), "une", False, 12),
        (("1",), "un", False, 23),
        (("1",), "un", False, 30),
        (("1",), "Une", False, 34),
        (("1",), "une", False, 38),
    ]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        (
            "Le cours a chuté de près d’un tiers en un an.",
            "Prices fell by nearly a third in a year.",
        ),
        (
            "La production a baissé d’un quart depuis 2020.",
            "Output has dropped by a quarter since 2020.",
        ),
    ],
)
def test_article_fractions_are_fractions(fr: str, en: str) -> None:
    from excerpts.checks import check_pair

    assert check_pair(fr, en, only=["numbers"]) == {}


def test_an_ordinal_after_an_article_is_still_an_ordinal() -> None:
    from excerpts.checks import check_pair

    assert (
        check_pair(
            "Le cours a chuté d’un tiers.", "Prices fell for a third year.", only=["numbers"]
        )
        != {}
    )


def test_sept_abbreviating_september_is_not_seven() -> None:
    from excerpts.checks import check_pair

    fr = "ALGER, 17 sept. (APS) - Le gouvernement a annoncé sept mesures."
    assert (
        check_pair(
            fr,
            "ALGIERS, Sept 17 (APS) - The government announced seven measures.",
            only=["numbers"],
        )
        == {}
    )
    assert check_pair(
        fr, "ALGIERS, Sept 17 (APS) - The government announced six measures.", only=["numbers"]
    ) == {"numbers": "number sept became six"}
