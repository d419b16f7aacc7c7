"""The fast validator and the hardened parser: problems reported, hostile files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from excerpts.export import write_tei, write_tei_corpus
from excerpts.export.validate import (
    Problem,
    is_certainty,
    is_iso_date,
    is_ncname,
    schema,
    validate_tei,
)
from excerpts.xmlsafe import UnsafeXMLError, parse_file
from tests.tei_support import make_doc

BAD = Path(__file__).parent / "data" / "tei" / "bad"

# What each broken file in tests/data/tei/bad/ must be reported for.
EXPECTED = {
    "billion-laughs.xml": "entity expansion refused",
    "external-entity.xml": "declares the entity 'secret'; entity declarations are refused",
    "parameter-entity.xml": "declares the entity 'remote'",
    "undeclared-entity.xml": "undeclared entity reference &nbsp;",
    "not-well-formed.xml": "not well-formed XML: Opening and ending tag mismatch",
    "not-tei.xml": "Did not expect element tmx there",
}


def test_every_bad_file_has_an_expectation() -> None:
    assert sorted(p.name for p in BAD.glob("*.xml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_files_are_reported_with_file_and_reason(name: str) -> None:
    problems = validate_tei(BAD / name)
    assert problems, name
    assert problems[0].path == BAD / name
    assert EXPECTED[name] in problems[0].message


@pytest.mark.parametrize(
    "name", ["billion-laughs.xml", "external-entity.xml", "parameter-entity.xml"]
)
def test_hostile_files_are_refused_by_the_parser_itself(name: str) -> None:
    with pytest.raises(UnsafeXMLError) as caught:
        parse_file(BAD / name)
    assert caught.value.path == BAD / name
    assert str(caught.value).startswith(f"{BAD / name}:")


def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    doc = tmp_path / "doc.xml"
    doc.write_text(
        f'<!DOCTYPE a [<!ENTITY s SYSTEM "{secret.as_uri()}">]><a>&s;</a>', encoding="utf-8"
    )
    problems = validate_tei(doc)
    assert problems
    assert all("TOP-SECRET" not in p.message for p in problems)


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    [problem] = validate_tei(tmp_path / "absent.xml")
    assert problem.message.startswith("cannot read the file")


def test_a_valid_export_has_no_problem(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    write_tei(make_doc(), path, publisher="p")
    assert validate_tei(path) == []


def test_problems_print_as_file_line_error_message() -> None:
    assert str(Problem(Path("a.xml"), 3, "bad")) == "a.xml:3: error: bad"
    assert str(Problem(Path("a.xml"), None, "bad")) == "a.xml: error: bad"


def test_problems_are_in_line_order(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    write_tei(make_doc(), path, publisher="p")
    text = path.read_text(encoding="utf-8")
    text = text.replace('when="2023-05-04"', 'when="2023-13-01"')
    text = text.replace('corresp="#src-africanews-2023-05-04.fr.e1"', 'corresp="#gone"')
    path.write_text(text, encoding="utf-8")
    problems = validate_tei(path)
    lines = [p.line or 0 for p in problems]
    assert lines == sorted(lines)
    messages = [p.message for p in problems]
    assert "@when='2023-13-01' is not an ISO date" in messages
    assert "@corresp points to #gone, but no element has that xml:id" in messages


def test_schema_is_compiled_once() -> None:
    assert schema() is schema()


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("src-1", True),
        ("_x", True),
        ("é.fr-1", True),
        ("1src", False),
        ("-x", False),
        ("a:b", False),
        ("a b", False),
        ("", False),
    ],
)
def test_ncname(value: str, valid: bool) -> None:
    assert is_ncname(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2023-05-04", True),
        ("2023-05", True),
        ("2023", True),
        ("2023-05-04T10:30:00Z", True),
        ("2023-05-04+02:00", True),
        ("2023-02-29", False),
        ("2023-13", False),
        ("04/05/2023", False),
        ("2023-5-4", False),
        ("0000", False),
        ("2023-05-04T25:00:00", False),
    ],
)
def test_iso_date(value: str, valid: bool) -> None:
    assert is_iso_date(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("low", True),
        ("unknown", True),
        ("0", True),
        ("0.75", True),
        ("1", True),
        (".5", True),
        ("1.5", False),
        ("-0.1", False),
        ("LOW", False),
        ("sure", False),
        ("nan", False),
    ],
)
def test_certainty(value: str, valid: bool) -> None:
    assert is_certainty(value) is valid


# --- a teiCorpus is read one document at a time: what crosses documents is still checked -----


def _corpus(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "corpus.xml"
    write_tei_corpus([make_doc("one"), make_doc("two"), make_doc("three")], path, publisher="p")
    return path, path.read_text(encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_a_valid_corpus_has_no_problem(tmp_path: Path) -> None:
    path, _ = _corpus(tmp_path)
    assert validate_tei(path) == []


def test_an_id_used_in_two_documents_names_the_first(tmp_path: Path) -> None:
    path, text = _corpus(tmp_path)
    first = _line_of(text, 'xml:id="src-one.fr.e1"')
    second = _line_of(text, 'xml:id="src-three.fr.e2"')
    path.write_text(
        text.replace('xml:id="src-three.fr.e2"', 'xml:id="src-one.fr.e1"'), encoding="utf-8"
    )
    messages = [(p.line, p.message) for p in validate_tei(path)]
    assert (second, f"xml:id 'src-one.fr.e1' is already used on line {first}") in messages


def test_a_document_id_used_twice_is_reported(tmp_path: Path) -> None:
    path, text = _corpus(tmp_path)
    path.write_text(text.replace('xml:id="src-three"', 'xml:id="src-two"'), encoding="utf-8")
    first = _line_of(text, 'xml:id="src-two"')
    messages = [p.message for p in validate_tei(path)]
    assert f"xml:id 'src-two' is already used on line {first}" in messages


def test_pointers_between_documents_resolve_or_are_reported(tmp_path: Path) -> None:
    path, text = _corpus(tmp_path)
    across = text.replace('corresp="#src-three.fr.e1"', 'corresp="#src-one.fr.e1"')
    path.write_text(across, encoding="utf-8")
    assert validate_tei(path) == []
    nowhere = text.replace('corresp="#src-three.fr.e1"', 'corresp="#src-nine.fr.e1"')
    path.write_text(nowhere, encoding="utf-8")
    [problem] = validate_tei(path)
    assert problem.line == _line_of(text, 'corresp="#src-three.fr.e1"')
    assert problem.message == "@corresp points to #src-nine.fr.e1, but no element has that xml:id"


def test_problems_of_every_document_are_reported_in_line_order(tmp_path: Path) -> None:
    path, text = _corpus(tmp_path)
    broken = text.replace('when="2023-05-04"', 'when="2023-02-30"')
    path.write_text(broken, encoding="utf-8")
    problems = validate_tei(path)
    dates = [p.line for p in problems if p.message == "@when='2023-02-30' is not an ISO date"]
    assert len(dates) == 3
    assert [p.line or 0 for p in problems] == sorted(p.line or 0 for p in problems)


def test_a_duplicate_id_is_reported_by_our_check_not_the_parser(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    write_tei(make_doc(), path, publisher="p")
    text = path.read_text(encoding="utf-8")
    en, fr = "src-africanews-2023-05-04.en.e1", "src-africanews-2023-05-04.fr.e1"
    path.write_text(text.replace(f'xml:id="{en}"', f'xml:id="{fr}"'), encoding="utf-8")
    messages = [p.message for p in validate_tei(path)]
    assert f"xml:id '{fr}' is already used on line {_line_of(text, fr)}" in messages
    assert not any("not well-formed" in m for m in messages)
