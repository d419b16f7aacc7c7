"""Corpus discovery and settings from ``pyproject.toml`` ``[tool.excerpts]``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from excerpts.errors import ConfigError

LANG_RE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")

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
    """The nearest folder at or above ``start`` whose pyproject.toml has ``[tool.excerpts]``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                text = candidate.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if re.search(r"^\[tool\.excerpts(\.[a-z-]+)?\]", text, re.MULTILINE):
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
    """Parse and validate ``[tool.excerpts]`` of one pyproject.toml."""
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", pyproject) from None
    except UnicodeDecodeError:
        raise ConfigError("not UTF-8 text", pyproject) from None
    table = data.get("tool", {}).get("excerpts")
    if table is None:
        raise ConfigError("no [tool.excerpts] table", pyproject)
    if not isinstance(table, dict):
        raise ConfigError("[tool.excerpts] must be a table", pyproject)
    unknown = sorted(set(table) - _KNOWN_KEYS)
    if unknown:
        raise ConfigError(
            f"unknown key {unknown[0]!r} in [tool.excerpts] "
            f"(known: {', '.join(sorted(_KNOWN_KEYS))})",
            pyproject,
        )
    source = table.get("source-language", "fr")
    targets = table.get("target-languages", ["en"])
    if not isinstance(source, str) or not LANG_RE.match(source):
        raise ConfigError("source-language must be a language code like 'fr'", pyproject)
    if (
        not isinstance(targets, list)
        or not targets
        or not all(isinstance(t, str) and LANG_RE.match(t) for t in targets)
    ):
        raise ConfigError(
            "target-languages must be a list of language codes like ['en']", pyproject
        )
    domain = table.get("domain", "excerpts")
    if not isinstance(domain, str) or not re.fullmatch(r"[A-Za-z0-9_.-]+", domain):
        raise ConfigError("domain must be a simple file name like 'excerpts'", pyproject)
    publisher = table.get("publisher", "excerpts")
    if not isinstance(publisher, str) or not publisher.strip():
        raise ConfigError("publisher must be a non-empty string", pyproject)
    checks = table.get("checks", {})
    if not isinstance(checks, dict) or not all(
        isinstance(v, str) and v in {"error", "warning", "off"} for v in checks.values()
    ):
        raise ConfigError(
            "[tool.excerpts.checks] maps check ids to 'error', 'warning' or 'off'", pyproject
        )
    return Settings(
        source_language=source,
        target_languages=tuple(targets),
        domain=domain,
        publisher=publisher,
        checks=dict(checks),
    )
