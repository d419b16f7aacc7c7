"""Conformance: every export is valid against the official tei_all (with jing) and our schema,
and our schema rejects what tei_all rejects in the elements we use.

jing starts slowly (about a second), so each test hands it all its files in one run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from excerpts.export import write_tei
from excerpts.export.validate import validate_tei
from tests.tei_support import DATE, TEI_ALL, jing_errors, make_doc, write_all_exports

RNG_NS = {"rng": "http://relaxng.org/ns/structure/1.0"}
OURS = Path(__file__).parents[1] / "excerpts" / "schema" / "excerpts-tei.rng"


def test_every_export_shape_is_valid_against_tei_all_and_our_schema(tmp_path: Path) -> None:
    files = write_all_exports(tmp_path)
    assert {path: validate_tei(path) for path in files} == {path: [] for path in files}
    assert jing_errors(files) == []


# Broken variants of a valid export, each breaking one rule that tei_all itself enforces.
Mutation = Callable[[str], str]
LINK = re.compile(r'<link target="[^"]*"')

REJECTED_BY_BOTH: dict[str, Mutation] = {
    "p-directly-in-TEI": lambda s: s.replace("</teiHeader>", "</teiHeader>\n  <p>stray</p>", 1),
    "missing-teiHeader": lambda s: re.sub(r"<teiHeader>.*</teiHeader>", "", s, flags=re.S),
    "bad-cert": lambda s: LINK.sub(lambda m: m.group() + ' cert="sure"', s, count=1),
    "cert-above-one": lambda s: LINK.sub(lambda m: m.group() + ' cert="1.5"', s, count=1),
    "title-with-bad-level": lambda s: s.replace('level="j"', 'level="x"'),
    "when-not-iso": lambda s: s.replace('when="2023-05-04"', 'when="04/05/2023"'),
    "when-impossible-date": lambda s: s.replace('when="2023-05-04"', 'when="2023-02-30"'),
    "id-starting-with-digit": lambda s: s.replace(".translator", "-9", 1).replace(
        'xml:id="src-africanews-2023-05-04-9"', 'xml:id="9-translator"'
    ),
    "duplicate-id": lambda s: s.replace(
        'xml:id="src-africanews-2023-05-04.en.e1"', 'xml:id="src-africanews-2023-05-04.fr.e1"'
    ),
    "no-namespace": lambda s: s.replace(' xmlns="http://www.tei-c.org/ns/1.0"', ""),
    "bad-language-tag": lambda s: s.replace('xml:lang="en">', 'xml:lang="English text">', 1),
    "revisionDesc-without-change": lambda s: re.sub(r"<change [^>]*>[^<]*</change>", "", s),
    "unknown-element": lambda s: s.replace("<body>", "<body>\n<excerpt/>"),
    "text-directly-in-body": lambda s: s.replace("<body>", "<body>stray text"),
    "link-with-content": lambda s: s.replace("></link>", ">text</link>", 1),
}

# What tei_all's RELAX NG lets through (its Schematron rules, or nothing at all, cover these),
# and our schema or our reference checks catch.
REJECTED_BY_OURS_ONLY: dict[str, Mutation] = {
    "link-without-target": lambda s: LINK.sub("<link", s, count=1),
    "link-with-one-target": lambda s: LINK.sub('<link target="#src-africanews-2023-05-04"', s, 1),
    "dangling-corresp": lambda s: s.replace(
        'corresp="#src-africanews-2023-05-04.fr.e1"', 'corresp="#nowhere"'
    ),
    "link-targets-swapped": lambda s: s.replace(
        'target="#src-africanews-2023-05-04.fr.e1 #src-africanews-2023-05-04.en.e1"',
        'target="#src-africanews-2023-05-04.en.e1 #src-africanews-2023-05-04.fr.e1"',
    ),
}


def write_variants(folder: Path, mutations: dict[str, Mutation]) -> dict[str, Path]:
    """Each mutation applied to a valid export; asserts that each really changed the text."""
    valid = folder / "valid.xml"
    write_tei(make_doc(), valid, publisher="excerpts project", date=DATE)
    text = valid.read_text(encoding="utf-8")
    variants = {}
    for name, mutate in mutations.items():
        broken = mutate(text)
        assert broken != text, f"mutation {name} changed nothing"
        path = folder / f"{name}.xml"
        path.write_text(broken, encoding="utf-8")
        variants[name] = path
    return variants


def jing_rejected(paths: dict[str, Path]) -> dict[str, bool]:
    errors = jing_errors(list(paths.values()))
    return {
        name: any(line.startswith(f"{path}:") for line in errors) for name, path in paths.items()
    }


def test_our_schema_rejects_what_tei_all_rejects(tmp_path: Path) -> None:
    variants = write_variants(tmp_path, REJECTED_BY_BOTH)
    by_jing = jing_rejected(variants)
    by_ours = {name: bool(validate_tei(path)) for name, path in variants.items()}
    assert by_jing == {name: True for name in variants}
    assert by_ours == {name: True for name in variants}


def test_we_also_reject_what_tei_all_lets_through(tmp_path: Path) -> None:
    variants = write_variants(tmp_path, REJECTED_BY_OURS_ONLY)
    assert jing_rejected(variants) == {name: False for name in variants}
    assert {name: bool(validate_tei(path)) for name, path in variants.items()} == {
        name: True for name in variants
    }


def test_our_schema_uses_only_tei_names_in_the_tei_namespace() -> None:
    if not TEI_ALL.is_file():
        pytest.skip(f"the reference schema {TEI_ALL} is absent")
    ours = etree.parse(str(OURS))
    assert ours.getroot().get("ns") == "http://www.tei-c.org/ns/1.0"
    tei_all = etree.parse(str(TEI_ALL))
    tei_elements = set(tei_all.xpath("//rng:element/@name", namespaces=RNG_NS))
    tei_attributes = set(tei_all.xpath("//rng:attribute/@name", namespaces=RNG_NS))
    our_elements = set(ours.xpath("//rng:element/@name", namespaces=RNG_NS))
    our_attributes = set(ours.xpath("//rng:attribute/@name", namespaces=RNG_NS))
    assert our_elements <= tei_elements
    assert our_attributes <= tei_attributes
