"""Validating TEI files in milliseconds: our own schema, plus the checks RELAX NG cannot make.

``tei_all`` takes lxml 12-18 s to compile; ``excerpts/schema/excerpts-tei.rng`` describes only
what the export writes (a strict subset of TEI), compiles in milliseconds, and is compiled once per
process. On top of the schema, :func:`validate_tei` checks what no TEI schema checks: ``xml:id``
values are unique NCNames, every ``#pointer`` resolves, every ``link`` joins exactly two
elements (inside its group's two domains), dates are ISO and ``@cert`` values legal.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from lxml import etree

from excerpts.errors import ExportError
from excerpts.xmlsafe import parse_bytes, parse_file

TEI_NS = "http://www.tei-c.org/ns/1.0"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_LINK = f"{{{TEI_NS}}}link"
_LINK_GROUP = f"{{{TEI_NS}}}linkGrp"

# TEI attributes whose values are lists of pointers (att.pointing, att.global.linking, ...).
POINTER_ATTRIBUTES = (
    "ana",
    "copyOf",
    "corresp",
    "domains",
    "exclude",
    "next",
    "prev",
    "ref",
    "resp",
    "sameAs",
    "source",
    "synch",
    "target",
    "who",
)
DATE_ATTRIBUTES = ("when", "notBefore", "notAfter", "from", "to")
CERTAINTY_WORDS = frozenset({"high", "medium", "low", "unknown"})

# xsd:date, gYearMonth, gYear and dateTime: what TEI's @when holds for dates.
_ISO_DATE = re.compile(
    r"(?P<year>-?\d{4,})"
    r"(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<time>\d{2}:\d{2}:\d{2}(?:\.\d+)?))?)?)?"
    r"(?:Z|[+-]\d{2}:\d{2})?"
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?|\.\d+")


@dataclass(frozen=True)
class Problem:
    """One reason a file is not a valid export: where, and what is wrong."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: error: {self.message}"


def validate_tei(path: Path) -> list[Problem]:
    """Every problem of the TEI file at ``path``, in line order (empty: the file is valid)."""
    try:
        tree = parse_file(path)
    except ExportError as exc:
        return [Problem(path, exc.line, exc.message)]
    return validate_tree(tree, path)


def validate_tree(tree: etree._ElementTree, path: Path) -> list[Problem]:
    """Every problem of a parsed TEI document; ``path`` names it in the problems."""
    problems = _schema_problems(tree, path)
    ids = _ids(tree)
    for check in _CHECKS:
        problems.extend(check(tree, ids, path))
    return sorted(problems, key=lambda p: (p.line or 0, p.message))


# --- the schema -------------------------------------------------------------------------------


@functools.cache
def schema() -> etree.RelaxNG:
    """The project's TEI schema, compiled once per process."""
    resource = importlib.resources.files("excerpts").joinpath("schema/excerpts-tei.rng")
    data = resource.read_bytes()
    return etree.RelaxNG(parse_bytes(data, "excerpts/schema/excerpts-tei.rng"))


def _schema_problems(tree: etree._ElementTree, path: Path) -> list[Problem]:
    relaxng = schema()
    if relaxng.validate(tree):
        return []
    return [
        Problem(path, entry.line or None, _schema_message(entry.message))
        for entry in relaxng.error_log
    ]


def _schema_message(message: str) -> str:
    # libxml2 names elements in Clark notation; the TEI namespace is implied in our files.
    return message.replace(f"{{{TEI_NS}}}", "")


# --- checks beyond the schema: each takes the tree, its ids, the path ------------------------


Check = Callable[[etree._ElementTree, dict[str, etree._Element], Path], Iterator[Problem]]


def _ids(tree: etree._ElementTree) -> dict[str, etree._Element]:
    """Each ``xml:id`` and the first element carrying it."""
    ids: dict[str, etree._Element] = {}
    for element in _elements(tree):
        value = element.get(_XML_ID)
        if value is not None:
            ids.setdefault(value, element)
    return ids


def _check_ids(
    tree: etree._ElementTree, ids: dict[str, etree._Element], path: Path
) -> Iterator[Problem]:
    """``xml:id`` values are NCNames and appear once."""
    for element in _elements(tree):
        value = element.get(_XML_ID)
        if value is None:
            continue
        if not is_ncname(value):
            yield _problem(path, element, f"xml:id {value!r} is not an NCName")
        elif ids[value] is not element:
            first = _line(ids[value])
            yield _problem(path, element, f"xml:id {value!r} is already used on line {first}")


def _check_pointers(
    tree: etree._ElementTree, ids: dict[str, etree._Element], path: Path
) -> Iterator[Problem]:
    """Every ``#id`` pointer names an element of the document."""
    for element in _elements(tree):
        for name in POINTER_ATTRIBUTES:
            value = element.get(name)
            if value is None:
                continue
            for token in value.split():
                if token.startswith("#") and token[1:] not in ids:
                    yield _problem(
                        path, element, f"@{name} points to {token}, but no element has that xml:id"
                    )


def _check_links(
    tree: etree._ElementTree, ids: dict[str, etree._Element], path: Path
) -> Iterator[Problem]:
    """Each ``link`` joins exactly two elements, each inside its group's matching domain."""
    for link in tree.iter(_LINK):
        targets = (link.get("target") or "").split()
        if len(targets) != 2:
            yield _problem(path, link, f"link has {len(targets)} targets; it needs exactly two")
            continue
        group = link.getparent()
        if group is None or group.tag != _LINK_GROUP or group.get("domains") is None:
            continue
        domains = (group.get("domains") or "").split()
        if len(domains) != 2:
            yield _problem(path, group, f"linkGrp has {len(domains)} domains; it needs two")
            continue
        for target, domain in zip(targets, domains, strict=True):
            element, container = ids.get(target[1:]), ids.get(domain[1:])
            if element is None or container is None:
                continue  # reported by _check_pointers
            if not any(ancestor is container for ancestor in element.iterancestors()):
                yield _problem(path, link, f"link target {target} is not inside {domain}")


def _check_dates(
    tree: etree._ElementTree, ids: dict[str, etree._Element], path: Path
) -> Iterator[Problem]:
    """Date attributes hold ISO 8601 dates (W3C profile) that exist in the calendar."""
    for element in _elements(tree):
        for name in DATE_ATTRIBUTES:
            value = element.get(name)
            if value is not None and not is_iso_date(value):
                yield _problem(path, element, f"@{name}={value!r} is not an ISO date")


def _check_certainty(
    tree: etree._ElementTree, ids: dict[str, etree._Element], path: Path
) -> Iterator[Problem]:
    """``@cert`` is high, medium, low, unknown, or a number from 0 to 1."""
    for element in _elements(tree):
        value = element.get("cert")
        if value is not None and not is_certainty(value):
            yield _problem(
                path, element, f"@cert={value!r} must be high, medium, low, unknown or 0 to 1"
            )


_CHECKS: tuple[Check, ...] = (
    _check_ids,
    _check_pointers,
    _check_links,
    _check_dates,
    _check_certainty,
)


# --- value tests --------------------------------------------------------------------------------


def is_ncname(value: str) -> bool:
    """Whether ``value`` is an XML NCName: a name without a colon (as ``xml:id`` requires)."""
    if not value or ":" in value:
        return False
    first = value[0]
    if not (first == "_" or unicodedata.category(first) in {"Lu", "Ll", "Lt", "Lo", "Nl"}):
        return False
    return all(c in "-._\u00b7" or unicodedata.category(c) in _NAME_CATEGORIES for c in value[1:])


_NAME_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lo", "Lm", "Nl", "Nd", "Mn", "Mc"})


def is_iso_date(value: str) -> bool:
    """Whether ``value`` is an ISO date, year-month, year or date-time that really exists."""
    match = _ISO_DATE.fullmatch(value)
    if match is None:
        return False
    year = int(match["year"])
    if not 1 <= year <= 9999:
        # Valid in XSD, but outside what Python's calendar can confirm.
        return year != 0
    try:
        dt.date(year, int(match["month"] or 1), int(match["day"] or 1))
        if match["time"]:
            dt.time.fromisoformat(match["time"])
    except ValueError:
        return False
    return True


def is_certainty(value: str) -> bool:
    """Whether ``value`` is a legal ``@cert``: a certainty word or a probability."""
    if value in CERTAINTY_WORDS:
        return True
    return _NUMBER.fullmatch(value) is not None and 0 <= float(value) <= 1


# --- helpers ----------------------------------------------------------------------------------


def _elements(tree: etree._ElementTree) -> Iterator[etree._Element]:
    """The elements of ``tree`` (not comments or processing instructions)."""
    return tree.iter(tag=etree.Element)


def _line(element: etree._Element) -> int | None:
    return cast("int | None", element.sourceline)


def _problem(path: Path, element: etree._Element, message: str) -> Problem:
    return Problem(path, _line(element), message)
