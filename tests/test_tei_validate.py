"""The fast validator and the hardened parser: problems reported, hostile files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from excerpts.export import write_tei
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
