"""Corpus discovery and settings from ``pyproject.toml`` ``[tool.excerpts]``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from excerpts.errors import ConfigError

LANG_RE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")

_TABLE_HEADER_RE = re.compile(
    rb"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*excerpts(?![A-Za-z0-9_-])", re.MULTILINE
)
_TOML_POSITION_RE = re.compile(r"\s*\(at line (\d+), column \d+\)")
_SECTION_RE = re.compile(r"^\s*\[+\s*([^\]]*?)\s*\]+\s*(?:#.*)?$")

# Keys allowed in [tool.excerpts]; anything else is a typo worth reporting.
_KNOWN_KEYS = {"source-language", "target-languages", "domain", "publisher", "checks"}


@dataclass(frozen=True)
class Settings:
    """What ``[tool.excerpts]`` says about the corpus."""

    source_language: str = "fr"
    target_languages: tuple[str, ...] = ("en",)
    domain: str = "excerpts"
    publisher: str = "excerpts"
    # check id -> "error" | "warning" | "off", from [tool.excerpts.checks]
    checks: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Corpus:
    """Where a corpus lives on disk, and its settings."""

    root: Path
    settings: Settings

    @property
    def sources_dir(self) -> Path:
        return self.root / "sources"

    @property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    @property
    def template_path(self) -> Path:
        return self.locales_dir / f"{self.settings.domain}.pot"

    def catalog_path(self, language: str) -> Path:
        return self.locales_dir / language / "LC_MESSAGES" / f"{self.settings.domain}.po"

    def mo_path(self, language: str) -> Path:
        return self.locales_dir / language / "LC_MESSAGES" / f"{self.settings.domain}.mo"

    def glossary_path(self, language: str) -> Path:
        return self.locales_dir / language / "glossary.csv"

    def relative(self, path: Path) -> str:
        """``path`` relative to the corpus root when it is inside it (for messages and ``#:``)."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` whose pyproject.toml has ``[tool.excerpts]``.

    The file is searched as bytes, not parsed: a corpus whose settings are broken (not UTF-8,
    bad TOML) is still found, so that reading it reports the problem instead of skipping it.
    """
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = candidate.read_bytes()
            except OSError:
                continue
            if _TABLE_HEADER_RE.search(data):
                return folder
    return None


def load_corpus(root: Path | None = None, start: Path | None = None) -> Corpus:
    """The corpus at ``root``, or the one containing ``start`` (default: the current folder)."""
    if root is None:
        found = find_root(start or Path.cwd())
        if found is None:
            raise ConfigError(
                "not inside an excerpts corpus (no pyproject.toml with [tool.excerpts] here or "
                "above); run from the corpus folder or pass --root DIR"
            )
        root = found
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        raise ConfigError(f"{root} has no pyproject.toml; is --root the corpus folder?")
    return Corpus(root=root, settings=read_settings(pyproject))


def read_settings(pyproject: Path) -> Settings:
    """Parse and validate ``[tool.excerpts]`` of one pyproject.toml.

    Every error names the line: the TOML error's own, or the line where the bad key is set.
    """
    try:
        raw = pyproject.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", pyproject) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            pyproject, raw.count(b"\n", 0, exc.start) + 1,
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POSITION_RE.search(str(exc))
        message = _TOML_POSITION_RE.sub("", str(exc))
        raise ConfigError(
            f"invalid TOML: {message}", pyproject, int(match.group(1)) if match else None
        ) from None

    def fail(message: str, key: str, table: str = "tool.excerpts") -> ConfigError:
        return ConfigError(message, pyproject, _key_line(text, table, key))

    table = data.get("tool", {}).get("excerpts")
    if table is None:
        raise ConfigError("no [tool.excerpts] table", pyproject)
    if not isinstance(table, dict):
        raise fail("[tool.excerpts] must be a table", "excerpts", "tool")
    unknown = sorted(set(table) - _KNOWN_KEYS)
    if unknown:
        known = ", ".join(sorted(_KNOWN_KEYS))
        raise fail(f"unknown key {unknown[0]!r} in [tool.excerpts] (known: {known})", unknown[0])
    source = table.get("source-language", "fr")
    targets = table.get("target-languages", ["en"])
    if not isinstance(source, str) or not LANG_RE.match(source):
        raise fail("source-language must be a language code like 'fr'", "source-language")
    if (
        not isinstance(targets, list)
        or not targets
        or not all(isinstance(t, str) and LANG_RE.match(t) for t in targets)
    ):
        raise fail("target-languages must be a list of language codes like ['en']",
                   "target-languages")
    if source in targets:
        raise fail(
            f"target-languages lists {source!r}, the source language; list the languages the "
            "corpus is translated into",
            "target-languages",
        )
    domain = table.get("domain", "excerpts")
    if not isinstance(domain, str) or not re.fullmatch(r"[A-Za-z0-9_.-]+", domain) or domain in {
        ".", ".."
    }:
        raise fail("domain must be a simple file name like 'excerpts'", "domain")
    publisher = table.get("publisher", "excerpts")
    if not isinstance(publisher, str) or not publisher.strip():
        raise fail("publisher must be a non-empty string", "publisher")
    checks = table.get("checks", {})
    if not isinstance(checks, dict):
        raise fail("[tool.excerpts.checks] maps check ids to 'error', 'warning' or 'off'", "checks")
    for check_id, severity in checks.items():
        if not isinstance(severity, str) or severity not in {"error", "warning", "off"}:
            raise fail(
                f"[tool.excerpts.checks] maps check ids to 'error', 'warning' or 'off', "
                f"not {check_id} = {severity!r}",
                check_id,
                "tool.excerpts.checks",
            )
    return Settings(
        source_language=source,
        target_languages=tuple(targets),
        domain=domain,
        publisher=publisher,
        checks=dict(checks),
    )


def _key_line(text: str, table: str, key: str) -> int | None:
    """The line where ``key`` is set in ``[table]``, else the table's header line (for messages)."""
    current = ""
    header: int | None = None
    key_re = re.compile(rf"""^\s*(["']?){re.escape(key)}\1\s*=""")
    for number, line in enumerate(text.splitlines(), start=1):
        section = _SECTION_RE.match(line)
        if section:
            current = re.sub(r"\s+", "", section.group(1))
            if current == table and header is None:
                header = number
        elif current == table and key_re.match(line):
            return number
    return header
