"""No check fails on text made of the pieces that drive them: numbers with every kind of space
and multiplier, times, dates in figures, quotes of every kind, names, acronyms, headlines in
capitals. A check that raises is a traceback for the user; each must return a message or
nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from excerpts.checks import CHECKS, check_pair

PIECES = [
    "2", "2,5", "1 500", "1\u00a0500", "1\u202f500", "1.500", "18", "h", "H", "30", "18H30",
    "%", "\u00a0%", "pour cent", "per cent", "millions", "\u00a0millions", "\u202fmilliards",
    "mds", "Mrds", "M", "FCFA", "€", "$", "£", "m", "bn", "tn", "pm", "8.30pm", "6:30", "a.m.",
    "dix", "sept", "dix-sept", "un", "une", "sur", "deux", "half", "doubled", "tripled",
    "multiplié", "par", "trois", "2023-24", "1998-03", "04/12/2023", "1er", "1st", "oct.",
    "janv.", "mai", "May", "lundi", "Monday", "«", "»", "“", "”", "‘", "’", "'", '"', "(", ")",
    "[", "]", "Goïta", "Goita", "CEDEAO", "Cédéao", "Ecowas", "MALI", "LA", "JUNTE", "A",
    "tchadiens", "Sudanese", "Nigériens", "Iounous-Bek", "Yunus", "J-7", "https://x.org/a",
    "a@b.org", "\t", "  ", "\u202f", ".", "?", "!", ":", ";", ",", "—", "-", "…", "quinze",
    "jours", "weeks", "decade", "plusieurs", "several", "hundred", "centaines", "XXIe",
    "siècle", "XIV", "Louis", "de", "la", "Défense", "ministre", "Réconciliation", "\x07",
    "\ufffd", "Ã©",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(PIECES), max_size=24)


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT, st.sampled_from([" ", "\u00a0", ""]))
def test_no_check_fails_on_any_mix_of_pieces(
    french: list[str], english: list[str], sep: str
) -> None:
    found = check_pair(sep.join(french), sep.join(english))
    assert set(found) <= set(CHECKS)
    assert all(isinstance(message, str) and message for message in found.values())


def test_a_multiplier_after_a_no_break_space_is_read() -> None:
    assert check_pair("Il a reçu 2,5\u00a0millions de dollars.", "He received $2.5 million.") == {}
    assert "numbers" in check_pair("Il a reçu 2,5\u00a0millions de dollars.", "He received $25.")
