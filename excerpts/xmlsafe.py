"""Reading XML safely: the one hardened lxml parser used for every XML file the project reads.

The files we read (our own TEI exports, files handed to ``excerpts validate``, the bundled schema)
never need a DTD or entities. So the parser loads no DTD, expands no entity, touches no network
and keeps libxml2's size limits on; a document that declares entities anyway (the shape of
"billion laughs" and external-entity attacks) is refused with an error that names the file,
instead of being expanded, fetched, or silently read with holes in its text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, cast

from lxml import etree

from excerpts.errors import ExportError


class UnsafeXMLError(ExportError):
    """An XML file declares or uses entities, which we refuse to expand."""


def make_parser() -> etree.XMLParser:
    """A new parser that cannot be made to expand, fetch or load anything.

    lxml parsers are not thread-safe, so each read gets its own (building one is cheap).
    """
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )


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
        message = _syntax_message(exc)
        if "amplification" in message or "entity loop" in message.lower():
            # libxml2 measured the entities before we could look at the DOCTYPE ourselves.
            raise UnsafeXMLError(
                f"entity expansion refused ({message.rstrip('.')}): the document type declares "
                "entities that expand without bound; remove the DOCTYPE",
                path,
                exc.lineno,
            ) from None
        raise ExportError(f"not well-formed XML: {message}", path, exc.lineno) from None
    tree = root.getroottree()
    _refuse_entities(tree, path)
    return tree


def _syntax_message(exc: etree.XMLSyntaxError) -> str:
    """libxml2's message without the position, which the error's path and line already give."""
    message = exc.msg or str(exc)
    return _POSITION.sub("", message)


_POSITION = re.compile(r"(?:, line \d+, column \d+)?(?: \([^()]*, line \d+\))?$")


def _refuse_entities(tree: etree._ElementTree, path: Path | str) -> None:
    """Raise :class:`UnsafeXMLError` if the document declares or references any entity."""
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
    for node in tree.iter(etree.Entity):
        raise UnsafeXMLError(
            f"undeclared entity reference {node.text} cannot be read safely: replace it with "
            "the character itself",
            path,
            cast("int | None", node.sourceline),
        )
