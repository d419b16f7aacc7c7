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
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from lxml import etree

from excerpts.errors import ExportError
from excerpts.xmlsafe import iterparse_ids, iterparse_parts, parse_bytes

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
    """Every problem of the TEI file at ``path``, in line order (empty: the file is valid).

    The file is read one ``TEI`` document at a time (see :func:`iterparse_parts`), so a
    ``teiCorpus`` of any size is validated with the memory of its largest document. Each
    document is checked against the schema's ``TEI`` pattern and the reference checks; the
    corpus element, its header and the documents' places are checked last.
    """
    checker = _FileChecker(path)
    try:
        for part, is_document in iterparse_parts(path, _TEI_CORPUS, _TEI):
            if is_document:
                checker.check_document(part)
            else:
                checker.check_rest(part)
        return checker.finish()
    except ExportError as exc:
        return [Problem(path, exc.line, exc.message)]


def validate_tree(tree: etree._ElementTree, path: Path) -> list[Problem]:
    """Every problem of a parsed TEI document; ``path`` names it in the problems."""
    checker = _FileChecker(path)
    checker.check_rest(tree.getroot(), schema())
    return checker.finish()


# --- the schema -------------------------------------------------------------------------------


_SCHEMA_NAME = "excerpts/schema/excerpts-tei.rng"
_RNG = "{http://relaxng.org/ns/structure/1.0}"


@functools.cache
def schema() -> etree.RelaxNG:
    """The project's TEI schema, compiled once per process."""
    return etree.RelaxNG(_schema_tree())


@functools.cache
def _document_schema() -> etree.RelaxNG:
    """The schema with one ``TEI`` document as its only start: for each document of a corpus."""
    tree = _schema_tree()
    start = tree.getroot().find(f"{_RNG}start")
    assert start is not None
    start[:] = [etree.Element(f"{_RNG}ref", name="TEI")]
    return etree.RelaxNG(tree)


@functools.cache
def _rest_schema() -> etree.RelaxNG:
    """The schema for what is left of a file once its documents were checked and emptied.

    The documents of a ``teiCorpus`` are then empty ``TEI`` elements; everything else (the
    root, the corpus header, the documents' places) is checked as by :func:`schema`, with the
    same messages.
    """
    tree = _schema_tree()
    for ref in tree.getroot().iterfind(f"{_RNG}define[@name='teiCorpus']//{_RNG}ref[@name='TEI']"):
        emptied = etree.Element(f"{_RNG}element", name="TEI")
        etree.SubElement(emptied, f"{_RNG}empty")
        parent = ref.getparent()
        assert parent is not None
        parent.replace(ref, emptied)
    return etree.RelaxNG(tree)


def _schema_tree() -> etree._ElementTree:
    resource = importlib.resources.files("excerpts").joinpath("schema/excerpts-tei.rng")
    return parse_bytes(resource.read_bytes(), _SCHEMA_NAME)


def _schema_problems(relaxng: etree.RelaxNG, element: etree._Element, path: Path) -> list[Problem]:
    if relaxng.validate(element):
        return []
    return [
        Problem(path, entry.line or None, _schema_message(entry.message))
        for entry in relaxng.error_log
    ]


def _schema_message(message: str) -> str:
    # libxml2 names elements in Clark notation; the TEI namespace is implied in our files.
    return message.replace(f"{{{TEI_NS}}}", "")


# --- one file, a part at a time ---------------------------------------------------------------

_TEI = f"{{{TEI_NS}}}TEI"
_TEI_CORPUS = f"{{{TEI_NS}}}teiCorpus"
_NS = {"tei": TEI_NS}


def _xpath(expression: str) -> etree.XPath:
    return etree.XPath(expression, namespaces=_NS, smart_strings=False)


_INNER_ID_VALUES = _xpath("descendant::*/@xml:id")
# The first element with an id, in document order (what _ids keeps): from one context node,
# [1] is the first of the whole axis, and libxml2 stops there.
_BY_ID = _xpath("descendant-or-self::*[@xml:id = $id][1]")
_LINK_COUNT = _xpath("count(descendant-or-self::tei:link)")
_LINK_TARGETS = _xpath("descendant-or-self::tei:link/@target")
_GROUPS_WITH_DOMAINS = _xpath("descendant-or-self::tei:linkGrp[@domains]")
_GROUP_LINK_TARGETS = _xpath("tei:link/@target")
# Space-separated ASCII NCNames: what our ids are. Others are checked one by one (is_ncname).
_ASCII_NCNAMES = re.compile(r"(?:[A-Za-z_][A-Za-z0-9._-]*(?: (?!$)|$))*")


class _FileChecker:
    """The checks of one file, fed its parts in order; :meth:`finish` gives the problems.

    Each part is checked on its own: schema, ids, pointers, links, dates, certainties. Each
    check first looks at the part's attribute values in bulk, and only when something is wrong
    goes element by element to say where. What a part cannot decide alone (an id also used in
    another part, a pointer to another part) is settled at the end, by a second reading of the
    file that looks only at the ids concerned. Documents of our export are namespaced: every
    id inside ``TEI xml:id="D"`` starts with ``D.``, and ``D`` has no dot, so such documents
    cannot share an id with one another; only their document ids are kept.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        # Duplicates within one part, by id: replaced by the second reading if it looks at them.
        self.duplicates: list[tuple[str, Problem]] = []
        # Pointers that resolve in no part seen when they were read: (id, problem if nowhere).
        self.pending: list[tuple[str, Problem]] = []
        self.documents = 0
        self.namespaces: Counter[str] = Counter()
        self.free_ids: Counter[str] = Counter()

    def check_document(self, document: etree._Element) -> None:
        """Check one ``TEI`` document of a ``teiCorpus``."""
        self.documents += 1
        self._check_part(document, _document_schema(), document.get(_XML_ID), alone=False)

    def check_rest(self, root: etree._Element, relaxng: etree.RelaxNG | None = None) -> None:
        """Check the tree left once the documents were checked (the whole tree if none was)."""
        self._check_part(root, relaxng or _rest_schema(), None, alone=not self.documents)

    def finish(self) -> list[Problem]:
        """Every problem found, in line order."""
        problems = self.problems
        tracked_ids, tracked_namespaces = self._shared_ids()
        if tracked_ids or tracked_namespaces:
            found = self._read_ids_again(tracked_ids, tracked_namespaces)
        else:
            found = set()
        problems.extend(
            problem
            for value, problem in self.duplicates
            if value not in tracked_ids and _namespace(value) not in tracked_namespaces
        )
        problems.extend(problem for value, problem in self.pending if value not in found)
        return sorted(problems, key=lambda p: (p.line or 0, p.message))

    # --- one part ---

    def _check_part(
        self, part: etree._Element, relaxng: etree.RelaxNG, namespace: str | None, *, alone: bool
    ) -> None:
        path = self.path
        self.problems.extend(_schema_problems(relaxng, part, path))
        values = _Values.of(part)
        id_list = values.ids
        id_set = set(id_list)
        joined = " ".join(id_list)
        ids_fine = len(id_set) == len(id_list) and _ASCII_NCNAMES.fullmatch(joined) is not None
        ids: dict[str, etree._Element] | None = None
        if not ids_fine:
            ids = _ids(part)
            self._check_ids(part, ids)
        if not alone:
            self._record_ids(id_list, id_set, joined, namespace if ids_fine else None)

        # Each id as a pointer to it ("#id"), made in bulk: ids hold no white space when fine.
        pointer_set = set(f"#{joined.replace(' ', ' #')}".split()) if ids_fine else None
        tokens = set(" ".join(values.pointers).split())
        if pointer_set is not None:
            tokens -= pointer_set
        if any(token.startswith("#") and token[1:] not in id_set for token in tokens):
            self._check_pointers(part, id_set)

        if pointer_set is None or not _links_fine(part, pointer_set):
            self.problems.extend(_check_links(part, ids or _ids(part), path))

        if not all(is_iso_date(value) for value in set(values.dates)):
            self.problems.extend(_check_dates(part, path))
        if not all(is_certainty(value) for value in set(values.certainties)):
            self.problems.extend(_check_certainty(part, path))

    def _check_ids(self, part: etree._Element, ids: dict[str, etree._Element]) -> None:
        """``xml:id`` values are NCNames and appear once (in this part)."""
        for element in _elements(part):
            value = element.get(_XML_ID)
            if value is None:
                continue
            if not is_ncname(value):
                self.problems.append(
                    _problem(self.path, element, f"xml:id {value!r} is not an NCName")
                )
            elif ids[value] is not element:
                first = _line(ids[value])
                message = f"xml:id {value!r} is already used on line {first}"
                self.duplicates.append((value, _problem(self.path, element, message)))

    def _record_ids(
        self, id_list: list[str], id_set: set[str], joined: str, namespace: str | None
    ) -> None:
        """Remember what the end must know of this part's ids to find those used twice."""
        if namespace is not None and "." not in namespace and namespace in id_set:
            prefix = f" {namespace}."
            if f" {joined}".count(prefix) == len(id_list) - 1:
                self.namespaces[namespace] += 1
                return
        self.free_ids.update(id_set)

    def _check_pointers(self, part: etree._Element, id_set: set[str]) -> None:
        """Every ``#id`` pointer names an element of this part, or of another (decided later)."""
        for element in _elements(part):
            for name in POINTER_ATTRIBUTES:
                value = element.get(name)
                if value is None:
                    continue
                for token in value.split():
                    if token.startswith("#") and token[1:] not in id_set:
                        message = f"@{name} points to {token}, but no element has that xml:id"
                        self.pending.append((token[1:], _problem(self.path, element, message)))

    # --- what no part decides alone ---

    def _shared_ids(self) -> tuple[set[str], set[str]]:
        """The ids, and the document namespaces, the second reading must look at.

        Those that may be used in more than one part, and the targets of pointers that
        resolved in no part when they were read.
        """
        tracked_ids = {value for value, _ in self.pending}
        tracked_namespaces = {ns for ns, count in self.namespaces.items() if count > 1}
        for value, count in self.free_ids.items():
            namespace = _namespace(value)
            if namespace in self.namespaces:
                tracked_ids.add(value)
                tracked_namespaces.add(namespace)
            elif count > 1:
                tracked_ids.add(value)
        return tracked_ids, tracked_namespaces

    def _read_ids_again(self, tracked_ids: set[str], tracked_namespaces: set[str]) -> set[str]:
        """Read the file's ids again, in document order; report those looked at and used twice.

        Return which of the ``tracked_ids`` exist.
        """
        first: dict[str, int | None] = {}
        for element in iterparse_ids(self.path, _TEI_CORPUS, _TEI):
            value = element.get(_XML_ID)
            assert value is not None
            if value not in tracked_ids and _namespace(value) not in tracked_namespaces:
                continue
            if value not in first:
                first[value] = _line(element)
            elif is_ncname(value):
                line = first[value]
                message = f"xml:id {value!r} is already used on line {line}"
                self.problems.append(_problem(self.path, element, message))
        return set(first)


def _namespace(value: str) -> str:
    """The part of an id before its first dot: the document id, in ids our export writes."""
    return value.partition(".")[0]


def _links_fine(part: etree._Element, pointer_set: set[str]) -> bool:
    """Whether every link of ``part`` surely passes :func:`_check_links` (checked in bulk).

    ``pointer_set`` holds ``#id`` for each id of the part. False sends the part to
    :func:`_check_links`, which is exact: it may find nothing wrong after all.
    """
    targets = cast("list[str]", _LINK_TARGETS(part))
    if len(targets) != int(cast(float, _LINK_COUNT(part))):
        return False  # a link without @target
    if not set(map(len, map(str.split, targets))) <= {2}:
        return False
    for group in cast("list[etree._Element]", _GROUPS_WITH_DOMAINS(part)):
        domains = (group.get("domains") or "").split()
        if len(domains) != 2:
            return False
        tokens = " ".join(cast("list[str]", _GROUP_LINK_TARGETS(group))).split()
        for domain, group_targets in zip(domains, (tokens[0::2], tokens[1::2]), strict=True):
            found = cast("list[etree._Element]", _BY_ID(part, id=domain[1:]))
            if not found:
                continue  # _check_links skips these targets; _check_pointers reports the domain
            inner = cast("list[str]", _INNER_ID_VALUES(found[0]))
            inside = set(f"#{' #'.join(inner)}".split()) if inner else set()
            if not set(group_targets) <= inside:
                return False
    return True


class _Values:
    """A part's attribute values that the reference checks look at, collected in one walk."""

    __slots__ = ("certainties", "dates", "ids", "pointers")

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.pointers: list[str] = []
        self.dates: list[str] = []
        self.certainties: list[str] = []

    @classmethod
    def of(cls, part: etree._Element) -> _Values:
        values = cls()
        sort = dict.fromkeys(POINTER_ATTRIBUTES, values.pointers.append)
        sort.update(dict.fromkeys(DATE_ATTRIBUTES, values.dates.append))
        sort["cert"] = values.certainties.append
        sort[_XML_ID] = values.ids.append
        add_to = sort.get
        for element in _elements(part):
            # lxml-stubs allow bytes; lxml gives str for names and values of a parsed document.
            for name, value in cast("list[tuple[str, str]]", element.items()):
                add = add_to(name)
                if add is not None:
                    add(value)
        return values


# --- checks beyond the schema, element by element: where something is wrong -------------------


def _ids(tree: etree._Element) -> dict[str, etree._Element]:
    """Each ``xml:id`` and the first element carrying it."""
    ids: dict[str, etree._Element] = {}
    for element in _elements(tree):
        value = element.get(_XML_ID)
        if value is not None:
            ids.setdefault(value, element)
    return ids


def _check_links(
    tree: etree._Element, ids: dict[str, etree._Element], path: Path
) -> Iterator[Problem]:
    """Each ``link`` joins exactly two elements, each inside its group's matching domain.

    A target or domain outside the part being checked is not followed: our export links
    within each document, and a pointer that resolves nowhere is reported by the pointer check.
    """
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


def _check_dates(tree: etree._Element, path: Path) -> Iterator[Problem]:
    """Date attributes hold ISO 8601 dates (W3C profile) that exist in the calendar."""
    for element in _elements(tree):
        for name in DATE_ATTRIBUTES:
            value = element.get(name)
            if value is not None and not is_iso_date(value):
                yield _problem(path, element, f"@{name}={value!r} is not an ISO date")


def _check_certainty(tree: etree._Element, path: Path) -> Iterator[Problem]:
    """``@cert`` is high, medium, low, unknown, or a number from 0 to 1."""
    for element in _elements(tree):
        value = element.get("cert")
        if value is not None and not is_certainty(value):
            yield _problem(
                path, element, f"@cert={value!r} must be high, medium, low, unknown or 0 to 1"
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


def _elements(tree: etree._Element) -> Iterator[etree._Element]:
    """The elements of ``tree`` (not comments or processing instructions)."""
    return tree.iter(tag=etree.Element)


def _line(element: etree._Element) -> int | None:
    return cast("int | None", element.sourceline)


def _problem(path: Path, element: etree._Element, message: str) -> Problem:
    return Problem(path, _line(element), message)
