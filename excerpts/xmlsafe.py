"""Reading XML safely: the one hardened lxml parser used for every XML file the project reads.

The files we read (our own TEI exports, files handed to ``excerpts validate``, the bundled schema)
never need a DTD or entities. So the parser loads no DTD, expands no entity, touches no network
and keeps libxml2's size limits on; a document that declares entities anyway (the shape of
"billion laughs" and external-entity attacks) is refused with an error that names the file,
instead of being expanded, fetched, or silently read with holes in its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, Literal, TypedDict, cast

from lxml import etree

from excerpts.errors import ExportError


class UnsafeXMLError(ExportError):
    """An XML file declares or uses entities, which we refuse to expand."""


# The one set of parser settings for every XML we read: no entity expansion, no DTD, no
# network, no huge trees. Both the tree parser and the streaming parser take these.
class _SafeOptions(TypedDict):
    resolve_entities: bool
    no_network: bool
    load_dtd: bool
    dtd_validation: bool
    huge_tree: bool
    remove_blank_text: bool


_SAFE_OPTIONS: _SafeOptions = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_blank_text": False,
}


def make_parser() -> etree.XMLParser:
    """A new parser that cannot be made to expand, fetch or load anything.

    lxml parsers are not thread-safe, so each read gets its own (building one is cheap).
    """
    return etree.XMLParser(**_SAFE_OPTIONS)


def parse_file(path: Path) -> etree._ElementTree:
    """Parse an XML file with the hardened parser.

    Raises :class:`ExportError` (with the file and line) when the file cannot be read or is not
    well-formed XML, and :class:`UnsafeXMLError` when it declares or references entities.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExportError(f"cannot read the file: {exc.strerror}", path) from None
    return parse_bytes(data, path)


def parse_bytes(data: bytes, path: Path | str) -> etree._ElementTree:
    """Parse XML held in memory; ``path`` names it in error messages."""
    parser = make_parser()
    try:
        root = etree.fromstring(data, parser, base_url=str(path))
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, path) from None
    tree = root.getroottree()
    _refuse_entities(tree, path)
    return tree


_READ_SIZE = 1 << 16
_Event = Literal["start", "end"]


class _Events:
    """The (event, element) pairs of a file read with :func:`make_parser`'s settings.

    By default libxml2 keeps every ``xml:id`` of a file in a table, and the strings in its
    dictionary, which nothing empties while the file is read: 150 MB for a million pairs, freed
    elements or not. We never look ids up, so the parser collects none when it safely can: lxml
    asks libxml2 not to by a flag that also makes it try to load an external DTD, so that is
    only done for files whose root element starts before any document type declaration could
    (the other files, hostile or odd, are read as :func:`parse_file` reads them).
    """

    def __init__(
        self, source: BinaryIO, path: Path, events: tuple[_Event, ...], tag: str | None = None
    ):
        self._source = source
        self._path = path
        self._head = source.read(_READ_SIZE)
        self._parser = etree.XMLPullParser(
            events=events,
            tag=tag,
            **_SAFE_OPTIONS,
            collect_ids=_PROLOG_WITHOUT_DOCTYPE.match(self._head) is None,
        )
        self.root: etree._Element | None = None

    def __iter__(self) -> Iterator[tuple[str, etree._Element]]:
        parser = self._parser
        if not self._head:
            # What libxml2 says when it parses an empty document whole (the pull parser
            # would say "no element found" on line 0).
            raise ExportError("not well-formed XML: Document is empty", self._path, 1)
        chunk = self._head
        while chunk:
            parser.feed(chunk)
            yield from self._elements()
            chunk = self._source.read(_READ_SIZE)
        self.root = parser.close()
        yield from self._elements()

    def _elements(self) -> Iterator[tuple[str, etree._Element]]:
        for event, element in self._parser.read_events():
            # Only start and end events were asked for: each comes with an element.
            yield event, cast(etree._Element, element)


# The start of a file up to its root element's "<" with nothing but an XML declaration,
# processing instructions, comments and white space before: no DOCTYPE (UTF-8 or ASCII only).
_PROLOG_WITHOUT_DOCTYPE = re.compile(
    rb"(?:\xef\xbb\xbf)?(?:[ \t\r\n]|<\?(?:[^?]|\?(?!>))*\?>|<!--(?:[^-]|-(?!->))*-->)*<[^!?]"
)


def iterparse_parts(path: Path, container: str, part: str) -> Iterator[tuple[etree._Element, bool]]:
    """Read an XML file a part at a time, with the hardened parser's settings.

    When the root element is ``container``, each of its ``part`` children is yielded (with
    True) as soon as its end tag is read, and emptied of its content and attributes once the
    caller asks for the next one: a file of any number of parts is read with the memory of one.
    The rest of the tree comes last (with False): the root with its other children and the
    emptied parts in their places, or, for any other root, the whole document.

    Raises what :func:`parse_file` raises, when it meets the problem: parts before it may
    already have been yielded.
    """
    try:
        source = path.open("rb")
    except OSError as exc:
        raise ExportError(f"cannot read the file: {exc.strerror}", path) from None
    with source:
        events = _Events(source, path, ("end",), part)
        checked_dtd = False
        try:
            for _, element in events:
                parent = element.getparent()
                if parent is None or parent.tag != container or parent.getparent() is not None:
                    continue  # not a part: it stays in the tree it belongs to
                tree = element.getroottree()
                if not checked_dtd:
                    _refuse_declarations(tree, path)
                    checked_dtd = True
                # lxml-stubs does not describe DocInfo.doctype.
                if cast(Any, tree.docinfo).doctype:
                    # Without a document type, an entity reference is not even well-formed.
                    _refuse_references(element, path)
                yield element, True
                # Its content and attributes go; the empty element keeps its place.
                element.clear(keep_tail=True)  # type: ignore[call-arg]
        except etree.XMLSyntaxError as exc:
            raise _syntax_error(exc, path) from None
        root = events.root
    assert root is not None  # close() returned it, or raised
    tree = root.getroottree()
    _refuse_declarations(tree, path)
    _refuse_references(root, path)
    yield root, False


def iterparse_ids(path: Path, container: str, part: str) -> Iterator[etree._Element]:
    """Each element of an XML file that has an ``xml:id``, in document order.

    Parts are emptied after their end as by :func:`iterparse_parts` (the file is expected to
    have been read whole by it already: problems are raised, not reported with care).
    """
    try:
        source = path.open("rb")
    except OSError as exc:
        raise ExportError(f"cannot read the file: {exc.strerror}", path) from None
    with source:
        try:
            for event, element in _Events(source, path, ("start", "end")):
                if event == "start":
                    if element.get(_XML_ID) is not None:
                        yield element
                    continue
                parent = element.getparent()
                if (
                    element.tag == part
                    and parent is not None
                    and parent.tag == container
                    and parent.getparent() is None
                ):
                    element.clear(keep_tail=True)  # type: ignore[call-arg]
        except etree.XMLSyntaxError as exc:
            raise _syntax_error(exc, path) from None


_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _syntax_error(exc: etree.XMLSyntaxError, path: Path | str) -> ExportError:
    """The error to raise for a file libxml2 could not parse."""
    message = _syntax_message(exc)
    if "amplification" in message or "entity loop" in message.lower():
        # libxml2 measured the entities before we could look at the DOCTYPE ourselves.
        return UnsafeXMLError(
            f"entity expansion refused ({message.rstrip('.')}): the document type declares "
            "entities that expand without bound; remove the DOCTYPE",
            path,
            exc.lineno,
        )
    return ExportError(f"not well-formed XML: {message}", path, exc.lineno)


def _syntax_message(exc: etree.XMLSyntaxError) -> str:
    """libxml2's message without the position, which the error's path and line already give."""
    message = exc.msg or str(exc)
    return _POSITION.sub("", message)


_POSITION = re.compile(r"(?:, line \d+, column \d+)?(?: \([^()]*, line \d+\))?$")


def _refuse_entities(tree: etree._ElementTree, path: Path | str) -> None:
    """Raise :class:`UnsafeXMLError` if the document declares or references any entity."""
    _refuse_declarations(tree, path)
    _refuse_references(tree, path)


def _refuse_declarations(tree: etree._ElementTree, path: Path | str) -> None:
    """Raise :class:`UnsafeXMLError` if the document type declares any entity."""
    dtd = tree.docinfo.internalDTD
    if dtd is not None:
        # lxml-stubs does not describe DTD.iterentities().
        for entity in cast(Any, dtd).iterentities():
            raise UnsafeXMLError(
                f"the document type declares the entity {entity.name!r}; entity declarations "
                "are refused (they can expand without bound or read other files): remove the "
                "DOCTYPE",
                path,
                1,
            )


def _refuse_references(tree: etree._ElementTree | etree._Element, path: Path | str) -> None:
    """Raise :class:`UnsafeXMLError` at the first entity reference in ``tree``."""
    for node in tree.iter(etree.Entity):
        raise UnsafeXMLError(
            f"undeclared entity reference {node.text} cannot be read safely: replace it with "
            "the character itself",
            path,
            cast("int | None", node.sourceline),
        )
