"""Reading a project glossary (``locales/<lang>/glossary.csv``: ``source,target,note``)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from excerpts.checks.base import Glossary, GlossaryTerm
from excerpts.errors import ExcerptsError

_HEADER = ["source", "target"]


def parse_glossary(text: str, path: str | Path = "<glossary>") -> Glossary:
    """A glossary from CSV text; ``|`` in a target separates accepted renderings.

    A header row ``source,target,note`` is optional; blank rows and rows starting with ``#``
    are skipped. A row without both a source and a target raises ExcerptsError with its line.
    """
    terms: list[GlossaryTerm] = []
    reader = csv.reader(io.StringIO(text))
    try:
        for row in reader:
            line = reader.line_num
            cells = [c.strip() for c in row]
            if not any(cells) or cells[0].startswith("#"):
                continue
            if not terms and [c.lower() for c in cells[:2]] == _HEADER:
                continue
            if len(cells) < 2 or not cells[0] or not cells[1]:
                raise ExcerptsError(
                    "a glossary row needs a French source and an English target: "
                    "source,target[,note]",
                    path,
                    line,
                )
            if len(cells) > 3:
                raise ExcerptsError(
                    f"a glossary row has 3 columns at most (source,target,note), found "
                    f"{len(cells)}; quote cells that contain commas",
                    path,
                    line,
                )
            targets = tuple(t.strip() for t in cells[1].split("|") if t.strip())
            if not targets:
                raise ExcerptsError(
                    "a glossary row needs an English target between the | separators",
                    path,
                    line,
                )
            terms.append(GlossaryTerm(cells[0], targets, cells[2] if len(cells) > 2 else "", line))
    except csv.Error as exc:
        raise ExcerptsError(f"invalid CSV: {exc}", path, reader.line_num) from None
    return Glossary.from_terms(terms, str(path))


def load_glossary(path: str | Path) -> Glossary:
    """Read and parse a glossary file (UTF-8, with or without a byte order mark)."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise ExcerptsError("glossary file not found", path) from None
    except OSError as exc:
        raise ExcerptsError(f"cannot read the glossary: {exc.strerror}", path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ExcerptsError(
            "the glossary is not UTF-8 text; save it as UTF-8", path, line
        ) from None
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise ExcerptsError("NUL byte in the glossary: is it a text file?", path, line)
    return parse_glossary(text, path)
