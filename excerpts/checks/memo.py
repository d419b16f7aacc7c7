"""What the pair checks found on each pair, kept between runs of ``excerpts check``.

A catalog changes a few entries at a time, and ``check`` runs after each change (an editor's
save, a commit hook, CI): most pairs were already checked last time. A pair is looked up by a
digest of its msgid, msgstr and ``ignore-*`` flags; the whole file is thrown away when anything
else that decides the answers differs — the checks' own code, the package version, the checks
that run, the glossary, the languages. So an answer read from the store is the answer the
checks would give now.

One JSON file per catalog (never pickle: a store found in a cloned repository must not run
code) in the corpus's ``.excerpts-cache/``; it holds the pairs of the last run only, so it
never grows beyond the catalog. An unreadable or foreign file is ignored and rebuilt; one that
cannot be written only makes the next run slower.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from excerpts import __version__
from excerpts.cache import read_cache_file, write_cache_file

_FORMAT = "excerpts-checks-1"
# (findings as (check id, message) pairs, French consistency key, English consistency key)
Answer = tuple[tuple[tuple[str, str], ...], str, str]


@cache
def code_fingerprint() -> str:
    """A digest of the checks' source files and the package version (read once a process)."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def pair_key(source: str, target: str, ignored: Iterable[str]) -> str:
    """The store's key for one pair and the checks its flags silence."""
    text = "\0".join((source, target, *sorted(ignored)))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class CheckStore:
    """Answers of an earlier run, valid for ``setting``; ``save`` keeps this run's answers."""

    def __init__(self, path: Path | None, setting: str) -> None:
        self._path = path
        self._setting = setting
        self._known: dict[str, Any] = {}
        self._used: dict[str, Answer] = {}
        self._new = False
        if path is not None:
            self._known = _load(path, setting)

    def get(self, key: str) -> Answer | None:
        value = self._known.get(key)
        if value is None:
            return None
        try:
            found, source_key, target_key = value
            answer: Answer = (
                tuple((str(check), str(message)) for check, message in found),
                str(source_key),
                str(target_key),
            )
        except (TypeError, ValueError):
            return None
        self._used[key] = answer
        return answer

    def put(self, key: str, answer: Answer) -> None:
        self._used[key] = answer
        self._new = True

    def save(self) -> None:
        """Write the answers of this run, if they are not exactly those already stored."""
        if self._path is None or not (self._new or self._used.keys() != self._known.keys()):
            return
        write_cache_file(
            self._path, {"format": _FORMAT, "setting": self._setting, "pairs": self._used}
        )


def _load(path: Path, setting: str) -> dict[str, Any]:
    data = read_cache_file(path, _FORMAT)
    if data is None or data.get("setting") != setting:
        return {}
    pairs = data.get("pairs")
    return pairs if isinstance(pairs, dict) else {}
