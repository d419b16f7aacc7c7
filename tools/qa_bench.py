"""Measure the translation checks against pofilter on labelled French→English pairs.

Each entry of a benchmark PO carries a translator comment ``defect: <check-id>`` or
``defect: none``. A pair counts as flagged when any finding concerns it (our checks) or when
pofilter reports any failure for it. Prints recall on seeded defects and the false-alarm rate
on correct pairs for both tools; ``--perf N`` also times the checks on an N-entry catalog
against polib's own parse time.

    PYTHONPATH=. python tools/qa_bench.py tests/data/qa/bench.po tests/data/qa/holdout.po
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polib

from excerpts.checks import check_catalog, load_glossary
from excerpts.errors import CatalogError
from excerpts.po import read_po

_BOOKKEEPING = {"untranslated", "fuzzy", "obsolete"}
_POFILTER_BOOKKEEPING = {"untranslated", "isfuzzy", "isreview"}


@dataclass(frozen=True)
class Score:
    """Recall on defects and false alarms on clean pairs for one tool on one file."""

    tool: str
    caught: int
    defects: int
    false_alarms: int
    clean: int
    missed: tuple[str, ...]
    alarms: tuple[str, ...]

    def line(self) -> str:
        recall = self.caught / self.defects if self.defects else 0.0
        noise = self.false_alarms / self.clean if self.clean else 0.0
        return (
            f"{self.tool:9} recall {recall:6.1%} ({self.caught}/{self.defects})   "
            f"false alarms {noise:6.1%} ({self.false_alarms}/{self.clean})"
        )


def labels(po: polib.POFile) -> dict[str, str]:
    """msgctxt -> defect label from the ``defect:`` translator comments."""
    out = {}
    for entry in po:
        for line in (entry.tcomment or "").splitlines():
            if line.startswith("defect:"):
                out[entry.msgctxt] = line.split(":", 1)[1].strip()
    return out


def ours(path: Path, glossary: Path | None) -> dict[str, set[str]]:
    """msgctxt -> ids of our checks that flagged it, on the catalog as excerpts reads it (our
    parser decodes every gettext escape, \\a and \\b included, as msgfmt does; polib leaves
    those as written). A file our parser refuses (holdout.po holds a NUL byte on purpose, for
    the chars check) is read with polib."""
    try:
        po: Any = read_po(path)
    except CatalogError:
        po = polib.pofile(str(path))
    gloss = load_glossary(glossary) if glossary else None
    flagged: dict[str, set[str]] = {}
    for f in check_catalog(po, file=str(path), glossary=gloss):
        if f.check not in _BOOKKEEPING and f.msgctxt is not None:
            flagged.setdefault(f.msgctxt, set()).add(f.check)
    return flagged


def pofilter(path: Path) -> dict[str, set[str]] | None:
    """msgctxt -> pofilter tests that failed on it (default tests), or None if not installed."""
    exe = shutil.which("pofilter") or str(Path(sys.executable).with_name("pofilter"))
    if not Path(exe).exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.po"
        subprocess.run(
            [exe, "--progress=none", "--errorlevel=none", "-i", str(path), "-o", str(out)],
            check=True,
            capture_output=True,
        )
        flagged: dict[str, set[str]] = {}
        if not out.exists():
            return flagged
        for entry in polib.pofile(str(out)):
            tests = {
                line.split("(pofilter)", 1)[1].split(":", 1)[0].strip()
                for line in (entry.tcomment or "").splitlines()
                if "(pofilter)" in line
            }
            tests -= _POFILTER_BOOKKEEPING
            if tests and entry.msgctxt is not None:
                flagged[entry.msgctxt] = tests
        return flagged


def score(tool: str, truth: dict[str, str], flagged: dict[str, set[str]]) -> Score:
    """Compare a tool's flagged pairs with the labels."""
    defects = [k for k, v in truth.items() if v != "none"]
    clean = [k for k, v in truth.items() if v == "none"]
    missed = tuple(f"{k} ({truth[k]})" for k in defects if k not in flagged)
    alarms = tuple(f"{k} ({', '.join(sorted(flagged[k]))})" for k in clean if k in flagged)
    return Score(tool, len(defects) - len(missed), len(defects), len(alarms), len(clean),
                 missed, alarms)  # fmt: skip


def per_label(truth: dict[str, str], flagged: dict[str, set[str]]) -> str:
    """Recall per defect label, e.g. ``numbers 12/12``."""
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    for key, label in truth.items():
        if label != "none":
            total[label] += 1
            hit[label] += key in flagged
    return "  ".join(f"{label} {hit[label]}/{total[label]}" for label in sorted(total))


def perf(path: Path, entries: int, glossary: Path | None) -> str:
    """Time polib's parse and our checks on a catalog grown to ``entries`` entries."""
    source = polib.pofile(str(path))
    big = polib.POFile(wrapwidth=79)
    big.metadata = source.metadata
    base = [e for e in source if e.msgid]
    for i in range(entries):
        e = base[i % len(base)]
        big.append(polib.POEntry(msgctxt=f"perf{i // len(base)}/{e.msgctxt}", msgid=e.msgid,
                                 msgstr=e.msgstr, tcomment=e.tcomment))  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "big.po"
        big.save(str(target))
        t0 = time.perf_counter()
        parsed = polib.pofile(str(target))
        parse = time.perf_counter() - t0
        gloss = load_glossary(glossary) if glossary else None
        t0 = time.perf_counter()
        check_catalog(parsed, file=str(target), glossary=gloss)
        checks = time.perf_counter() - t0
    return (
        f"{entries} entries: polib parse {parse:.2f} s ({parse / entries * 1e6:.0f} µs/entry), "
        f"checks {checks:.2f} s ({checks / entries * 1e6:.0f} µs/entry), "
        f"ratio {checks / parse:.2f}x"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[Path("tests/data/qa/bench.po")])
    parser.add_argument("--glossary", type=Path, default=Path("tests/data/qa/glossary.csv"))
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and alarms")
    parser.add_argument("--perf", type=int, default=0, metavar="N", help="time an N-entry catalog")
    args = parser.parse_args(argv)
    glossary = args.glossary if args.glossary.exists() else None
    for path in args.files:
        truth = labels(polib.pofile(str(path)))
        print(f"== {path}: {len(truth)} pairs")
        results = [("excerpts", ours(path, glossary))]
        theirs = pofilter(path)
        if theirs is not None:
            results.append(("pofilter", theirs))
        for tool, flagged in results:
            result = score(tool, truth, flagged)
            print(result.line())
            print(f"          per defect: {per_label(truth, flagged)}")
            if args.verbose:
                for item in result.missed:
                    print(f"          missed: {item}")
                for item in result.alarms:
                    print(f"          false alarm: {item}")
    if args.perf:
        print(perf(args.files[0], args.perf, glossary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
