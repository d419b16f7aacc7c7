"""Streaming XML output: an indenting writer over ``lxml.etree.xmlfile``, and atomic file writes.

``xmlfile`` writes elements as they are opened and closed, so a document of any size is written
with flat memory; it does not indent, so the writer adds the whitespace itself (pretty output
that diffs well and reads well in an archivist's editor).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol, cast

from lxml import etree

from excerpts.errors import ExportError
from excerpts.fsutil import fsync_dir

INDENT = "  "


class _ElementWriter(Protocol):
    """The part of lxml's incremental writer we use (lxml-stubs does not describe it)."""

    def write_declaration(self) -> None: ...

    def element(
        self,
        tag: str,
        attrib: Mapping[str, str] | None = None,
        nsmap: Mapping[str | None, str] | None = None,
    ) -> AbstractContextManager[None]: ...

    def write(self, *args: str) -> None: ...

    def flush(self) -> None: ...


class _Sink:
    """A file-like target that keeps what was written until it is taken."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._parts.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        data = b"".join(self._parts)
        self._parts.clear()
        return data


class XMLStream:
    """Writes one pretty-printed XML document piece by piece; :meth:`take` hands out the bytes.

    Use :func:`open_stream` to get one. Elements either hold other elements (:meth:`block`,
    indented on their own lines) or text (:meth:`leaf`, on one line): the documents we write
    never mix the two, which is what makes indenting safe.
    """

    def __init__(self, writer: _ElementWriter, sink: _Sink) -> None:
        self._writer = writer
        self._sink = sink
        self._depth = 0
        self._open = True

    @contextmanager
    def block(
        self,
        tag: str,
        attrib: Mapping[str, str] | None = None,
        nsmap: Mapping[str | None, str] | None = None,
    ) -> Iterator[None]:
        """Open an element that contains elements; close it when the ``with`` block ends."""
        self._newline()
        with self._writer.element(tag, attrib or {}, nsmap):
            self._depth += 1
            yield
            self._depth -= 1
            self._writer.write("\n" + INDENT * self._depth)

    def leaf(self, tag: str, attrib: Mapping[str, str] | None = None, text: str = "") -> None:
        """Write an element holding only text (or nothing)."""
        self._newline()
        with self._writer.element(tag, attrib or {}):
            if text:
                self._writer.write(text)

    def take(self) -> bytes:
        """The bytes written since the last call (after the document ends: the rest of it)."""
        if self._open:
            self._writer.flush()
        return self._sink.take()

    def _newline(self) -> None:
        # Nothing before the root element: xmlfile ends the XML declaration with a newline.
        if self._depth:
            self._writer.write("\n" + INDENT * self._depth)


@contextmanager
def open_stream() -> Iterator[XMLStream]:
    """An :class:`XMLStream` whose document starts with the UTF-8 XML declaration."""
    sink = _Sink()
    # lxml-stubs types xmlfile as Any; _ElementWriter says what we rely on.
    with etree.xmlfile(sink, encoding="UTF-8") as raw:
        writer = cast(_ElementWriter, raw)
        writer.write_declaration()
        stream = XMLStream(writer, sink)
        yield stream
    # Closing the xmlfile flushed the root's end tag into the sink; end the file with a newline.
    stream._open = False
    sink.write(b"\n")


def write_atomic(path: Path, chunks: Iterable[bytes]) -> None:
    """Write ``chunks`` to ``path`` so that readers see the old file or the new one, never half.

    The bytes go to a temporary file in the same folder, are flushed to disk, and the file is
    renamed over ``path`` (keeping the mode of the file it replaces). If producing the chunks
    fails, the temporary file is removed and ``path`` is left untouched. Raises
    :class:`ExportError` when the file cannot be written.
    """
    write_atomic_all([(path, chunks)])


def write_atomic_all(files: Iterable[tuple[Path, Iterable[bytes]]]) -> None:
    """Write several files as :func:`write_atomic` writes one, renaming them all at the end.

    Each file is written to its temporary file and synced; only when all are on disk are they
    renamed into place, and each folder synced once (not once a file: a folder sync is as dear
    as a file's, and a corpus has thousands of sources). ``files`` is read lazily, one file
    at a time. An error while writing replaces no file, and removes the folders made for them.
    """
    done: list[tuple[Path, Path, int | None]] = []
    made: list[Path] = []
    try:
        for path, chunks in files:
            made += _missing_folders(path.parent)
            done.append(_write_temp(path, chunks))
        for temp, path, mode in done:
            try:
                if mode is not None:
                    os.chmod(temp, mode)
                os.replace(temp, path)
            except OSError as exc:
                raise ExportError(f"cannot write: {exc.strerror}", path) from None
    except BaseException:
        for temp, _, _ in done:
            with contextlib.suppress(OSError):
                temp.unlink()
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty: never what someone else put there
        raise
    for folder in dict.fromkeys(path.parent for _, path, _ in done):
        fsync_dir(folder)


def _missing_folders(folder: Path) -> list[Path]:
    """The folders that do not exist yet on the way to ``folder``, outermost first."""
    missing: list[Path] = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing[::-1]


def _write_temp(path: Path, chunks: Iterable[bytes]) -> tuple[Path, Path, int | None]:
    """Write ``chunks`` to a synced temporary file beside ``path``: (temp, path, mode)."""
    folder = path.parent
    temp = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        mode = _existing_mode(path)
        # 0o666 lets the umask decide the mode of a new file, as for any file the user writes
        # (tempfile.mkstemp would leave the export readable by its owner only).
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise ExportError(f"cannot write: {exc.strerror}", path) from None
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write: {exc.strerror}", path) from None
        raise
    return temp, path, mode


def _existing_mode(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return None
