"""The urls, emails, whitespace, chars, doublewords, length and unchanged checks."""

from __future__ import annotations

import polib
import pytest
from hypothesis import given
from hypothesis import strategies as st

from excerpts.checks import check_catalog
from excerpts.checks import text as text_checks

NBSP, NNBSP = "\u00a0", "\u202f"


def found(check: str, fr: str, en: str) -> list[str]:
    """Messages of one check on one real PO entry."""
    entry = polib.POEntry(msgctxt="s/e1", msgid=fr, msgstr=en)
    return [f.message for f in check_catalog([entry], file="t.po") if f.check == check]


CATCHES = [
    ("urls", "Voir https://ex.ml/communique-12.", "See https://ex.ml/communique-21."),
    ("urls", "Lire sur www.sahel-info.org/enquete.", "Read it on the website."),
    ("emails", "Écrire à temoins@sahel.org.", "Write to temoin@sahel.org."),
    ("emails", "Contact : presse@fes.org", "Contact: the press office"),
    ("whitespace", "Il a démissionné.", " He resigned."),
    ("whitespace", "Il a démissionné.", "He resigned. "),
    ("whitespace", "Les écoles restent fermées.", "Schools remain  closed."),
    ("whitespace", "Les écoles restent fermées.", "Schools remain\tclosed."),
    ("whitespace", f"Pourquoi{NNBSP}?", "Why ?"),
    ("whitespace", f"Pourquoi{NNBSP}?", f"Why{NNBSP}?"),
    ("chars", "Le préfet de Ménaka.", "The prefect of MÃ©naka."),
    ("chars", "Vers Sévaré.", "Towards S\ufffdvar\ufffd."),
    ("chars", "La route est coupée.", "The road is\u0007 cut."),
    ("chars", "La route est coupée.", "The road\u200b is cut."),
    ("chars", "Lâ€™armée.", "The army."),
    ("doublewords", "Le gouvernement a rejeté.", "The the government rejected it."),
    ("doublewords", "L’armée dément.", "The army denies any any role."),
    ("doublewords", "Jusqu’à la pacification du pays.", "Until the country is is pacified."),
    ("doublewords", "Dix civils tués à Kidal.", "Ten civilians were killed in in Kidal."),
    ("length", "Les chefs d’État de la CEDEAO se sont réunis à Abuja pour examiner la situation.",
     "Agreed."),
    ("length", "Ils ont parlé.", "They spoke at great length about the situation in the whole "
     "region, the country, the economy and much else besides, for hours."),
    ("unchanged", "Les Maliens sont satisfaits de la transition.",
     "Les Maliens sont satisfaits de la transition."),
    ("unchanged", "Le gouvernement a décidé de suspendre les activités des partis.",
     "The government decided de suspendre les activités des partis."),
    # an English start finished in French
    ("unchanged", "Le ministre a indiqué que les négociations se poursuivront à Alger.",
     "The minister said that les négociations se poursuivront à Alger."),
    ("unchanged", "Les écoles restent fermées à cause de l’insécurité.",
     "Schools remain fermées à cause de l'insécurité."),
]  # fmt: skip

PASSES = [
    ("urls", "Voir https://ex.ml/a.", "See https://ex.ml/a."),
    ("urls", "Voir https://ex.ml/a, puis www.ex.org.", "See https://ex.ml/a, then www.ex.org."),
    ("emails", "Écrire à temoins@sahel.org.", "Write to temoins@sahel.org."),
    ("whitespace", f"Pourquoi{NNBSP}?", "Why?"),
    ("whitespace", f"Il a dit{NBSP}: non.", "He said: no."),
    ("whitespace", "Il a gagné 10 km.", f"He gained 10{NBSP}km."),
    ("whitespace", "Il attend…", "He waits . . ."),
    ("chars", "Le préfet de Ménaka.", "The prefect of Ménaka."),
    ("chars", "São Tomé", "São Tomé"),
    ("chars", "Il a dit « non ».", "He said “no”."),
    ("doublewords", "Il avait eu raison.", "He had had a point."),
    ("doublewords", "Il a dit que cela.", "He said that that was wrong."),
    ("doublewords", "Bora Bora", "Bora Bora"),
    ("doublewords", "Ce qu’il veut, c’est la paix.", "What he wants is is peace, he said."),
    ("doublewords", "Investi en juillet 2025.", "He was sworn in in July 2025."),
    ("doublewords", "Non, non.", "No, no."),
    ("length", "Mali : la junte suspend les partis", "Mali: junta suspends parties"),
    ("length", "Assimi Goïta", "Assimi Goïta"),
    ("length", "Le 12 juin.", "On June 12."),
    ("length", "Quatre Maliens sur cinq estiment que la situation générale s’est améliorée.",
     "Four in five Malians think things have got better overall."),
    ("unchanged", "Assimi Goïta", "Assimi Goïta"),
    ("unchanged", "Wagner", "Wagner"),
    ("unchanged", "FAMa", "FAMa"),
    ("unchanged", "Mali-Mètre 2023", "Mali-Mètre 2023"),
    ("unchanged", "Le Monde et Jeune Afrique", "Le Monde and Jeune Afrique"),
    ("unchanged", "Les Maliens sont satisfaits.", "Malians are satisfied."),
    ("unchanged", "Il cite le rapport « Les Maliens ».", "He cites the report “Les Maliens”."),
    # French kept on purpose in quotes or brackets, and words English borrowed
    ("unchanged", "Les Volontaires pour la défense de la patrie (VDP).",
     "The Volunteers for the Defence of the Homeland (Volontaires pour la défense de la patrie)."),
    ("unchanged", "Il a crié « à bas la France ».", "He shouted “à bas la France” (down with it)."),
    ("unchanged", "Le communiqué du régime, déjà publié.", "The régime’s communiqué, already out."),
    ("unchanged", "Un rapprochement, une détente.", "A rapprochement, a détente, a façade."),
]  # fmt: skip


@pytest.mark.parametrize(("check", "fr", "en"), CATCHES)
def test_catches(check: str, fr: str, en: str) -> None:
    assert found(check, fr, en)


@pytest.mark.parametrize(("check", "fr", "en"), PASSES)
def test_lets_pass(check: str, fr: str, en: str) -> None:
    assert found(check, fr, en) == []


_FRENCHY = (  # noqa: SIM905
    "le les de du d l s qu un à été très Le DE de' 'de l'armée d'un Sunday's très-bien é"
    " the a in café x2 _de de_ 3le"
).split()


@given(st.lists(st.sampled_from(_FRENCHY), max_size=10), st.sampled_from([" ", "", "-", "'"]))
def test_french_word_counts_from_runs_agree_with_the_patterns(words: list[str], sep: str) -> None:
    # The counts read from the text's letter runs stand for these patterns.
    text = sep.join(words)
    runs = text_checks._LETTER_RUN.findall(text)
    expected = len(text_checks._FRENCH_WORD.findall(text)) + len(
        text_checks._FRENCH_DE.findall(text)
    )
    assert text_checks._french_share(text, runs)[0] == expected
    if len(text_checks._MARKER_GATE.findall(text)) >= 3:
        accented = len(text_checks._ACCENTED.findall(text))
        assert accented + sum(r in text_checks._FRENCH_MARKERS for r in runs) >= 3


def test_plain_texts_lower_and_match_case_blind_alike() -> None:
    # The word lookups that stand for case-blind patterns rely on these properties of plain
    # characters (excerpts.checks.normalize.NOT_PLAIN).
    import re

    from excerpts.checks import normalize

    plain = [chr(c) for c in range(0x2070) if not normalize.NOT_PLAIN.match(chr(c))]
    everything = "".join(plain)
    assert "ı" not in plain and "ſ" not in plain and "İ" not in plain and "µ" not in plain
    for char in plain:
        lower = char.lower()
        assert len(lower) == 1 and not normalize.NOT_PLAIN.match(lower)
        assert (lower.isalnum(), lower.isdecimal()) == (char.isalnum(), char.isdecimal())
        same = {m.group(0) for m in re.finditer(re.escape(char), everything, re.IGNORECASE)}
        assert same == {c for c in plain if c.lower() == lower}
    assert normalize.PLAIN_LETTER_RUN.findall(everything) == normalize.LETTER_RUN.findall(
        everything
    )
    assert normalize.PLAIN_WORD_RUN.findall(everything) == re.findall(r"\w+", everything)


@given(st.text(alphabet="ab «»“”„‟’‘ʼ′–—‑‐\u00a0\u202f\u2009\u3000e\u0301", max_size=30))
def test_fold_replaces_as_its_translation_table_says(text: str) -> None:
    import unicodedata

    from excerpts.checks import normalize

    expected = text
    if not expected.isascii():
        expected = unicodedata.normalize("NFC", expected).translate(normalize._FOLD_TABLE)
    expected = normalize._RUNS_OF_SPACES.sub(" ", expected)
    assert normalize.fold(text) == expected


@given(st.text(alphabet=' a1_";:!?%«é-', max_size=20))
def test_french_spacing_drops_the_spaces_it_always_dropped(text: str) -> None:
    import re

    from excerpts.checks import normalize

    reference = re.compile(r' (?=[;:!?%])|(?<=") (?=\w)|(?<=\w) (?=")')
    assert normalize.drop_french_spacing(text) == reference.sub("", text)


@given(st.text(alphabet=" .\u00a0\u202f\u2009;:!?,ab\n", max_size=16))
def test_space_before_punctuation_pattern_unchanged(text: str) -> None:
    import re

    reference = re.compile(
        r"[ \u00a0\u202f\u2009](?=[;:!?,](?:\s|$))"
        r"|(?<!\.)[ \u00a0\u202f](?=\.(?:\s|$))(?!\. \.)"
    )
    found = [m.span() for m in text_checks._SPACE_BEFORE_PUNCT.finditer(text)]
    assert found == [m.span() for m in reference.finditer(text)]
