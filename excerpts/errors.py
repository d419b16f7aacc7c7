"""Errors raised by the library; the CLI turns them into ``Error: file:line: message``, exit 1."""

from __future__ import annotations

from pathlib import Path


class ExcerptsError(Exception):
    """A problem the user can fix: bad input, a missing file, a conflicting state.

    ``path`` and ``line`` locate the problem when it belongs to a file; ``message`` says what is
    wrong and, where possible, what to do about it.
    """

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(self.location_message())

    def location_message(self, relative_to: Path | None = None) -> str:
        """The message prefixed with ``path:line:`` when they are known."""
        if self.path is None:
            return self.message
        shown: Path | str = self.path
        if relative_to is not None:
            try:
                shown = self.path.resolve().relative_to(relative_to.resolve())
            except ValueError:
                shown = self.path
        where = f"{shown}:{self.line}" if self.line is not None else str(shown)
        return f"{where}: {self.message}"


class SourceError(ExcerptsError):
    """A source record (``sources/<id>.toml``) is malformed or invalid."""


class CatalogError(ExcerptsError):
    """A PO or MO file cannot be read or written."""


class ConfigError(ExcerptsError):
    """The corpus settings (``[tool.excerpts]``) are missing or invalid."""


class ExportError(ExcerptsError):
    """An export cannot be produced, or a produced file is invalid."""
