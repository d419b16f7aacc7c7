"""The dates, endpunc, quotes and brackets checks."""

from __future__ import annotations

import polib
import pytest
from hypothesis import given
from hypothesis import strategies as st

from excerpts.checks import check_catalog, dates

NBSP, NNBSP = "\u00a0", "\u202f"
OPEN, CLOSE = f"«{NBSP}", f"{NBSP}»"


def found(check: str, fr: str, en: str) -> list[str]:
    """Messages of one check on one real PO entry."""
    entry = polib.POEntry(msgctxt="s/e1", msgid=fr, msgstr=en)
    return [f.message for f in check_catalog([entry], file="t.po") if f.check == check]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("le 12 juin", "on July 12"),
        ("vendredi", "on Saturday"),
        ("prévu en mars", "scheduled for May"),
        ("mardi 4 avril", "Tuesday, August 4"),
        ("en mai", "in June"),
        ("le 3 janv. 2023", "on Feb. 3, 2023"),
        ("mercredi et jeudi", "on Wednesday"),
        ("En mars, la junte a dissous les partis.", "In May, the junta dissolved the parties."),
    ],
)
def test_dates_catches(fr: str, en: str) -> None:
    assert found("dates", fr, en)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("le 12 juin 2022", "on June 12, 2022"),
        ("le 12 juin 2022", "on 12 June 2022"),
        ("le 4 mai", "on May 4"),
        ("en mai", "in May"),
        ("vendredi", "on Friday"),
        ("Il est parti.", "He may have left."),
        ("May a démissionné.", "May resigned."),  # Theresa May, not the month
        ("la sonde sur Mars", "the probe on Mars"),
        ("Theresa May a démissionné.", "Theresa May resigned."),
        ("Ils vont marcher", "They will march"),
        ("mi-mars", "mid-March"),
        ("en mars 2024", "in March 2024"),
        ("mardi et encore mardi", "on Tuesday"),
        ("En mars, la junte a dissous les partis.", "In March, the junta dissolved the parties."),
        ("Depuis mai, les prix ont doublé.", "Since May, prices have doubled."),
    ],
)
def test_dates_lets_pass(fr: str, en: str) -> None:
    assert found("dates", fr, en) == []


def test_dates_message() -> None:
    assert found("dates", "le 12 juin", "on July 12") == ["date changed: juin became July"]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        (f"Le Mali peut-il s’en passer{NNBSP}?", "Can Mali do without it."),
        ("Il a promis des élections.", "He promised elections"),
        (f"Que veut Moscou{NNBSP}?", "What does Moscow want"),
        (f"C’est une victoire{NNBSP}!", "It is a victory?"),
        ("Ils sont partis dimanche.", "They left on Sunday;"),
        ("Titre sans point", "Headline with a stop."),
        (f"«{NBSP}Non{NBSP}», a-t-il dit.", "“No,” he said"),
    ],
)
def test_endpunc_catches(fr: str, en: str) -> None:
    assert found("endpunc", fr, en)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        (f"Ouagadougou{NNBSP}?", "Ouagadougou?"),
        (f"Ouagadougou{NBSP}!", "Ouagadougou!"),
        (f"«{NBSP}Il n’y a pas de Wagner ici.{NBSP}»", "“There is no Wagner here.”"),
        (f"Il a dit «{NBSP}non{NBSP}».", "He said “no.”"),
        (f"«{NBSP}Pourquoi{NNBSP}?{NBSP}»", "“Why?”"),
        ("Titre sans point", "Headline without a stop"),
        ("Il attend…", "He waits..."),
        ("Il attend...", "He waits…"),
        ("Les négociations continuent…", "Talks continue."),
        ("Les négociations continuent.", "Talks are continuing..."),
        ("Il est parti aux États-Unis.", "He left for the U.S."),
        ("Le rendez-vous est à 18 h.", "The meeting is at 6 p.m."),
        (f"Il a déclaré{NBSP}:", "He said:"),
    ],
)
def test_endpunc_lets_pass(fr: str, en: str) -> None:
    assert found("endpunc", fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        (
            f"«{NBSP}Nous irons jusqu’au bout{NBSP}», a-t-il dit.",
            "We will go all the way, he said.",
        ),
        (f"«{NBSP}grotesque{NBSP}» et «{NBSP}mensongère{NBSP}»", "“grotesque” and false"),
        (
            f"«{NBSP}La France n’est pas regrettée{NBSP}», dit-il.",
            "“France is not missed, he said.",
        ),
        ("Il a dénoncé une «\u00a0manipulation\u00a0».", 'He denounced a "manipulation.'),
        # quotation marks the French does not have put words in someone's mouth
        ("Il a qualifié ces accusations de mensongères.", "He called the accusations “lies”."),
        (
            f"Il a parlé de {OPEN}trahison{CLOSE} de la part des pays voisins et de complot.",
            "He spoke of “treason” on the part of the neighbouring countries and of a “plot”.",
        ),
    ],
)
def test_quotes_catches(fr: str, en: str) -> None:
    assert found("quotes", fr, en)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        (f"«{NBSP}Non{NBSP}», dit-il.", "“No,” he said."),
        (f"«{NBSP}Non{NBSP}», dit-il.", '"No," he said.'),
        (
            f"«{NBSP}Il a parlé d’une “coalition” contre nous{NBSP}»",
            "“He spoke of a ‘coalition’ against us”",
        ),
        ("L’armée n’a pas répondu.", "The army didn’t answer."),
        (
            f"«{NBSP}Nous n’avons pas besoin, a-t-il insisté, d’un seul soldat{NBSP}»",
            "“We don’t need,” he insisted, “a single soldier”",
        ),
        ("Les Burkinabè aren’t", "The Burkinabe aren’t children’s toys"),
        (
            f"{OPEN}Non, a-t-il dit. Nous ne partirons pas.{CLOSE}",
            "“No,” he said. “We are not leaving.”",
        ),
        (f"Il a parlé de {OPEN}trahison{CLOSE}.", "He spoke of ‘treason’ in the ‘90s."),
    ],
)
def test_quotes_lets_pass(fr: str, en: str) -> None:
    assert found("quotes", fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le GSIM (lié à Al-Qaïda) a revendiqué.", "JNIM, linked to al-Qaeda, claimed it."),
        ("Les VDP (volontaires) sont là.", "The VDP (volunteers are there."),
        ("Trois sur cinq [des sondés] pensent…", "Three out of five respondents think…"),
    ],
)
def test_brackets_catches(fr: str, en: str) -> None:
    assert found("brackets", fr, en)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Les VDP (volontaires) sont là.", "The VDP (volunteers) are there."),
        ("Le calendrier n’est pas important.", "The timetable [of the transition] is not key."),
        ("Le rapport [i] le dit.", "The report [i] says so."),
    ],
)
def test_brackets_lets_pass(fr: str, en: str) -> None:
    assert found("brackets", fr, en) == []


_CALENDAR_WORDS = (  # noqa: SIM905
    "mai Mai MAI mars Mars lundi Lun. mar sam Sept sept. janv févr août Août May may march Sat"
    " Tues thurs Sun sunday mondays 4 2023 in In the le « » ' - , . ! : ſept İ ı Maı Ɱ _ 5e ."
    " ... Jan. jan.. Déc. DÉC"
).split()


@given(st.lists(st.sampled_from(_CALENDAR_WORDS), max_size=8), st.sampled_from([" ", "", "\n"]))
def test_calendar_shortcuts_agree_with_the_patterns(words: list[str], sep: str) -> None:
    # The cheap gate and the backward word reader stand for these patterns; they must agree.
    text = sep.join(words)
    for lang in ("fr", "en"):
        assert dates._names_any(text, lang) == bool(dates._calendar_gate(lang).search(text))
        assert dates._calendar_matches(text, lang) == [
            (m.group(0), m.start(), m.end()) for m in dates._calendar_pattern(lang).finditer(text)
        ]
    for start in range(len(text) + 1):
        m = dates._PREVIOUS_WORD.search(text, max(0, start - 40), start)
        assert dates._previous_word(text, start) == (m.group(1) if m else "")
