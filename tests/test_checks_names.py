"""The names, acronyms and glossary checks, and glossary files."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import polib
import pytest

from excerpts.checks import check_catalog, load_glossary, names
from excerpts.errors import ExcerptsError

GLOSSARY = {"junte": "junta", "djihadiste": "jihadist", "supplétif": ["auxiliary", "auxiliaries"]}


def found(
    check: str, fr: str, en: str, glossary: Mapping[str, str | list[str]] | None = None
) -> list[str]:
    """Messages of one check on one real PO entry."""
    entry = polib.POEntry(msgctxt="s/e1", msgid=fr, msgstr=en)
    findings = check_catalog([entry], file="t.po", glossary=glossary)
    return [f.message for f in findings if f.check == check]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le colonel Kassoum Coulibaly a parlé.", "Colonel Coulibaly spoke."),
        ("Les combats ont repris autour de Kidal et d’Anéfis.", "Fighting resumed around Kidal."),
        ("L’imam Mahmoud Dicko appelle au dialogue.", "Imam Mahmoud Diallo calls for dialogue."),
        ("Le convoi a été attaqué entre Gao et Ansongo.", "The convoy was attacked near Gao."),
        ("Les Maliens soutiennent la junte.", "The people support the junta."),
        ("Il a rencontré des responsables en Allemagne.", "He met officials in France."),
    ],
)
def test_names_catches(fr: str, en: str) -> None:
    assert found("names", fr, en)


def test_names_missing_diacritics_say_so() -> None:
    assert found(
        "names",
        "Le capitaine Ibrahim Traoré a reçu Salif Ouédraogo.",
        "Captain Ibrahim Traore received Salif Ouédraogo.",
    ) == ["name not found in English: Traoré (written without its diacritics)"]


def test_english_without_any_diacritic_is_a_house_style() -> None:
    """Wire copy writes every name without diacritics ("Captain Ibrahim Traore", as the seed
    article's English does): no name of it has lost its own."""
    french, english = "Le capitaine Ibrahim Traoré a parlé.", "Captain Ibrahim Traore spoke."
    assert found("names", french, english) == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le colonel Assimi Goïta a parlé.", "Colonel Assimi Goïta spoke."),
        ("Le régime d’Assimi Goïta.", "Assimi Goïta’s regime."),
        ("Les Maliens et les Burkinabè.", "Malians and Burkinabe."),
        ("Il vit en Allemagne et aux États-Unis.", "He lives in Germany and the US."),
        ("La Côte d’Ivoire et le Sénégal.", "Ivory Coast and Senegal."),
        ("Les Nations unies et l’Union africaine.", "The United Nations and the AU."),
        ("Le Premier ministre a parlé au Conseil de sécurité.", "The prime minister spoke."),
        ("Mercredi, le ministre a parlé.", "On Wednesday, the minister spoke."),
        ("Selon la Russie, tout va bien.", "According to Moscow's ally Russia, all is well."),
        ("Le chef de Wagner, Evgueni Prigojine, est mort.", "Wagner chief Yevgeny Prigozhin died."),
        ("Les Occidentaux accusent Moscou.", "Western countries accuse Moscow."),
        ("Le Sénégalais Macky Sall a plaidé.", "Senegal’s Macky Sall pleaded."),
        ("« Nous ne partirons pas », dit-il.", "“We are not leaving,” he said."),
        ("Il a dit : Non.", "He said: No."),
        ("Assimi Goïta", "Assimi Goïta"),
        ("L’armée du Burkina Faso, à Ouagadougou.", "Burkina Faso’s army, in Ouagadougou."),
    ],
)
def test_names_lets_pass(fr: str, en: str) -> None:
    assert found("names", fr, en) == []


def test_names_accepts_glossary_rendering() -> None:
    glossary = {"Koulouba": "the presidential palace"}
    assert (
        found("names", "Réunion à Koulouba.", "Meeting at the presidential palace.", glossary) == []
    )


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Les FAMa ont repris le camp.", "The army retook the camp."),
        ("La CEDEAO menace.", "The regional bloc threatens."),
        ("L’EIGS a revendiqué.", "The group claimed it."),
        ("Le FMI a approuvé.", "The Fund approved."),
        ("Les VDP sont là.", "The volunteers are there."),
    ],
)
def test_acronyms_catches(fr: str, en: str) -> None:
    assert found("acronyms", fr, en)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Les FAMa ont repris le camp.", "The FAMa retook the camp."),
        ("L’ONU et la CEDEAO.", "The UN and ECOWAS."),
        ("L’ONU a voté.", "The United Nations voted."),
        ("Les ONG sont parties.", "The NGOs have left."),
        ("L’OTAN et l’UE.", "NATO and the EU."),
        ("Au XIXe siècle.", "In the 19th century."),
        ("Louis XIV", "Louis XIV"),
        ("L’UNICEF alerte.", "Unicef warns."),
        ("Selon l’AFP.", "According to AFP."),
    ],
)
def test_acronyms_lets_pass(fr: str, en: str) -> None:
    assert found("acronyms", fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("La junte a rappelé son ambassadeur.", "The military government recalled its envoy."),
        ("Les djihadistes ont incendié deux écoles.", "The militants burned two schools."),
        ("Les supplétifs civils paient un lourd tribut.", "The civilian volunteers pay a price."),
        # the feminine's v for the term's f: « supplétives »
        ("Israël arme des milices supplétives.", "Israel is arming proxy militias."),
    ],
)
def test_glossary_catches(fr: str, en: str) -> None:
    assert found("glossary", fr, en, GLOSSARY)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("La junte a rappelé son ambassadeur.", "The junta recalled its envoy."),
        ("Les djihadistes ont incendié deux écoles.", "The jihadists burned two schools."),
        ("Une force supplétive de l’armée.", "An auxiliary force of the army."),
        ("Les supplétifs civils.", "The civilian auxiliaries."),
        ("Rien à signaler.", "Nothing to report."),
    ],
)
def test_glossary_lets_pass(fr: str, en: str) -> None:
    assert found("glossary", fr, en, GLOSSARY) == []


def test_load_glossary_reads_csv_with_header_notes_and_alternatives(tmp_path: Path) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text(
        "source,target,note\njunte,junta,military government\n"
        "supplétif,auxiliary|auxiliaries,\n# a comment\n\n",
        encoding="utf-8",
    )
    glossary = load_glossary(path)
    assert glossary.as_mapping() == {"junte": ("junta",), "supplétif": ("auxiliary", "auxiliaries")}
    assert glossary.terms[0].note == "military government"
    assert glossary.terms[0].line == 2


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("source,target,note\njunte,junta\nputsch\n", 3),
        ("source,target,note\n,junta,\n", 2),
        ("junte,junta,a,b\n", 1),
    ],
)
def test_load_glossary_reports_bad_rows_with_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "glossary.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExcerptsError) as caught:
        load_glossary(path)
    assert caught.value.path == path
    assert caught.value.line == line


def test_load_glossary_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ExcerptsError, match="not found"):
        load_glossary(tmp_path / "nope.csv")


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        # a close spelling that no transliteration convention explains is a misspelling
        ("Le président Mohamed Bazoum est détenu.", "President Mohamed Bazum is detained."),
        ("Le général Salifou Mody a parlé.", "General Salifou Modi spoke."),
        ("Il a vu Abdoulaye Diop à Moscou.", "He met Abdoulaye Diob in Moscow."),
        ("Le convoi allait de Kaya à Dori.", "The convoy was going from Kaya to Doria."),
        # a name is not found inside a longer word
        ("Le capitaine Ibrahim Traoré a parlé.", "Captain Ibrahima Traoré spoke."),
        # sentence-initial names: the subject of a verb, or the first of two names
        ("Tiani a promis une transition courte.", "Taini promised a short transition."),
        ("Ousmane Sonko a appelé au calme.", "The prime minister called for calm."),
        ("Bazoum n’a pas démissionné.", "The president has not resigned."),
    ],
)
def test_names_catches_misspellings_and_sentence_initial_names(fr: str, en: str) -> None:
    assert found("names", fr, en)


def test_names_message_shows_the_misspelling() -> None:
    assert found(
        "names", "Le président Mohamed Bazoum parle.", "President Mohamed Bazum speaks."
    ) == ["name not found in English: Bazoum (written Bazum?)"]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        # transliteration conventions: French j, ch, tch, gu+e/i against English zh, sh, ch, g
        ("Il a cité Sergueï Lavrov.", "He quoted Sergei Lavrov."),
        ("Il a cité Sergueï Choïgou.", "He quoted Sergey Shoigu."),
        ("Il a cité Nikita Khrouchtchev.", "He quoted Nikita Khrushchev."),
        ("Il a cité Mikhaïl Gorbatchev.", "He quoted Mikhail Gorbachev."),
        ("La chute de Mouammar Kadhafi en 2011.", "The fall of Muammar Gaddafi in 2011."),
        # names with well-known English forms
        ("La visite de Jean-Paul II à Bamako.", "John Paul II's visit to Bamako."),
        ("Les pourparlers ont eu lieu à Alger.", "The talks took place in Algiers."),
        ("L’État islamique au Grand Sahara.", "Islamic State in the Greater Sahara."),
        ("Le mouvement de Iyad Ag Ghaly.", "Iyad Ag Ghali's movement."),
        # capitalised common nouns of titles and institutions
        ("Il est 3e à l’Indice mondial du terrorisme.", "It is 3rd on the Global Terrorism Index."),
        ("Selon la Conférence des évêques.", "According to the bishops' Conference."),
        ("Le ministre de l’Économie et des Finances a parlé.", "The finance minister spoke."),
        ("Le ministère de l’Administration territoriale.", "The territorial ministry."),
        ("Le chef de Wagner est mort.", "The Wagner chief died."),
        # sentence-initial words that are not names
        ("Trois Maliens sur cinq sont satisfaits.", "Three in five Malians are satisfied."),
        ("Celui-ci a démissionné.", "The latter resigned."),
        ("Certains ont fui.", "Some fled."),
        ("Personne n’a été blessé.", "Nobody was hurt."),
        ("Les Dogons vivent sur la falaise.", "The Dogon live on the cliff."),
        ("Burkina-Faso : attaque à Djibo", "Burkina Faso: attack in Djibo"),
    ],
)
def test_names_lets_transliterations_and_common_words_pass(fr: str, en: str) -> None:
    assert found("names", fr, en) == []


@pytest.mark.parametrize(
    "word", ["Goïta", "UN", "Jean-Paul", "-Paul", "Mali", "É", "a.b", "ECOWAS", "Dogons", "x"]
)
def test_word_start_patterns_find_what_a_leading_look_behind_finds(word: str) -> None:
    # The look behind moved after the first character must not change what is found.
    import re

    text = (
        f"{word} {word.lower()} a{word} {word}s {word}'s {word.upper()}-{word} 1{word}"
        f" «{word}» l'{word} {word.replace('-', ' ')}"
    )
    for case_blind in (False, True):
        tail = "" if case_blind else r"(?:s|'s)?(?![^\W\d_])"
        flags = re.IGNORECASE if case_blind else 0
        old = re.compile(r"(?<![^\W\d_])" + re.escape(word) + tail, flags)
        found = [m.span() for m in names._word_pattern(word, case_blind).finditer(text)]
        assert found == [m.span() for m in old.finditer(text)]
    body = "[- ]".join(re.escape(part) for part in word.split("-"))
    flags = re.IGNORECASE if len(word) > 3 and not word.isupper() else 0
    old = re.compile(r"(?<![^\W\d_])" + body + r"(?:'s|s|es)?(?![^\W\d_])", flags)
    found = [m.span() for m in names._name_pattern(word).finditer(text)]
    assert found == [m.span() for m in old.finditer(text)]


def test_acronym_pattern_unchanged() -> None:
    import re

    reference = re.compile(r"(?<![\w-])([^\W\d_][^\W\d_&]*)(?![\w])")
    text = "ONU-FAMa l'UA, AT&T x2 2FA CEDEAO_x G5 Sahel -VDP É.U. «MINUSMA» a-UN"
    found = [m.span(1) for m in names._ACRONYM.finditer(text)]
    assert found == [m.span(1) for m in reference.finditer(text)]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        (
            "Niger : Niamey expulse l’ambassadeur de France",
            "Niger: Niamey expels French ambassador",
        ),
        (
            "Le Mali et la Russie ont signé un accord.",
            "Malian and Russian officials signed a deal.",
        ),
        (
            "La Côte d’Ivoire a accueilli la Coupe d’Afrique des nations en 2024.",
            "Côte d’Ivoire hosted the Africa Cup of Nations in 2024.",
        ),
        (
            "La croissance du PIB devrait atteindre 5,7 % cette année.",
            "The economy is expected to grow 5.7% this year.",
        ),
    ],
)
def test_names_accept_country_adjectives_and_event_nouns(fr: str, en: str) -> None:
    assert found("names", fr, en) == [] and found("acronyms", fr, en) == []


def test_a_dropped_country_is_still_caught() -> None:
    assert found(
        "names", "Niamey expulse l’ambassadeur de France.", "Niamey expels the envoy."
    ) == ["name not found in English: France"]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("BEYROUTH, 9 janv. (AFP) - Le Liban a voté.", "BEIRUT, Jan 9 (AFP) - Lebanon voted."),
        ("COMMUNIQUÉ – Le ministère annonce la fermeture.", "PRESS RELEASE – The ministry closes."),
        ("La médina de Fès attire les touristes.", "The medina of Fez draws tourists."),
        (
            "Selon l’OMS, la RDC concentre 80 % des cas.",
            "According to WHO, Congo has 80% of cases.",
        ),
        ("5,7 millions d’Haïtiens ont faim.", "5.7 million Haitians are hungry."),
    ],
)
def test_datelines_translated_places_and_acronyms(fr: str, en: str) -> None:
    assert found("names", fr, en) == [] and found("acronyms", fr, en) == []


def test_an_acronym_in_the_body_is_still_checked_after_a_dateline() -> None:
    fr = "BAMAKO, 3 mars (AFP) - Les FAMa ont repris la ville."
    assert found("acronyms", fr, "BAMAKO, March 3 (AFP) - The army retook the town.") == [
        "acronym not found in English: FAMa"
    ]
