"""Source records: reading, normalization, and a clear error for every broken record."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from excerpts.errors import SourceError
from excerpts.sources import generate_record, parse_source, read_source, read_sources

from .conftest import DATA

BAD = sorted((DATA / "bad-sources").glob("*.toml"))


def test_reads_the_test_corpus() -> None:
    sources = read_sources(DATA / "corpus" / "sources")
    assert [s.id for s in sources] == ["sahel-2023-05-04-poll", "sahel-2023-05-05-minister"]
    poll = sources[0]
    assert poll.published == date(2023, 5, 4)
    assert poll.outlet_note == "test outlet"
    assert [s.id for s in poll.segments] == ["headline", "p1", "p2"]
    assert poll.authors == ()
    assert sources[1].authors == ("A. Auteur",)


def test_line_breaks_fold_and_lines_point_at_text() -> None:
    poll = read_source(DATA / "corpus" / "sources" / "sahel-2023-05-04-poll.toml")
    p1 = poll.excerpts[0]
    assert p1.text == (
        "Plus de neuf Maliens sur dix font confiance à la Russie, "
        "indique un sondage publié mercredi."
    )
    assert p1.line == 11
    assert poll.headline.line == 6


def test_no_break_spaces_are_content_not_layout(tmp_path: Path) -> None:
    path = tmp_path / "nbsp.toml"
    path.write_text(
        'language = "fr"\noutlet = "X"\npublished = 2023-05-04\nheadline = "Pourquoi\u202f?"\n'
        '[[excerpts]]\nid = "p1"\ntext = """69\u00a0% et\n  29\u202f%"""\n',
        encoding="utf-8",
    )
    record = read_source(path)
    assert record.headline.text == "Pourquoi\u202f?"
    assert record.excerpts[0].text == "69\u00a0% et 29\u202f%"


def test_decomposed_accents_become_nfc(tmp_path: Path) -> None:
    path = tmp_path / "nfd.toml"
    path.write_text(
        'language = "fr"\noutlet = "X"\npublished = 2023-05-04\nheadline = "Goi\u0308ta"\n',
        encoding="utf-8",
    )
    assert read_source(path).headline.text == "Go\u00efta"


def test_bom_and_crlf_are_read(tmp_path: Path) -> None:
    path = tmp_path / "windows.toml"
    path.write_bytes(
        b'\xef\xbb\xbflanguage = "fr"\r\noutlet = "X"\r\npublished = 2023-05-04\r\n'
        b'headline = "Titre"\r\n[[excerpts]]\r\nid = "p1"\r\ntext = """\r\nUn\r\ndeux\r\n"""\r\n'
    )
    record = read_source(path)
    assert record.excerpts[0].text == "Un deux"
    assert record.excerpts[0].line == 7


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_bad_record_is_reported_with_its_line(path: Path) -> None:
    first = path.read_bytes().split(b"\n", 1)[0].decode("utf-8")
    match = re.match(r"# expect: (\d+): (.*)$", first)
    assert match, f"{path.name} needs an '# expect: LINE: message' first line"
    line, fragment = int(match.group(1)), match.group(2)
    with pytest.raises(SourceError) as caught:
        read_source(path)
    error = caught.value
    assert error.path == path
    assert error.line == (line or None)
    assert fragment in error.message


def test_generated_record_reads_back_equal(tmp_path: Path) -> None:
    paragraphs = [
        'Un « guillemet » avec 69\u202f% et "quotes", une barre \\ oblique et un\ttab.',
        "Un texte long " + "de plusieurs mots " * 20 + "qui se replie.",
        'Trois guillemets """ dans le texte.',
    ]
    text = generate_record(
        outlet='Outlet "quoted"',
        published=date(2024, 1, 2),
        headline="Titre\u202f?",
        paragraphs=paragraphs,
        provenance="Written for the test.",
    )
    record = parse_source(text.encode("utf-8"), tmp_path / "gen-1.toml")
    assert record.headline.text == "Titre\u202f?"
    assert record.outlet == 'Outlet "quoted"'
    assert [e.text for e in record.excerpts] == [
        paragraphs[0],
        " ".join(paragraphs[1].split()),
        paragraphs[2],
    ]
