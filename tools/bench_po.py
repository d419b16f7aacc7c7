"""Print median timings of excerpts.po against polib and GNU msgfmt on a generated catalog.

Usage: python tools/bench_po.py [ENTRIES] [REPEATS]   (defaults: 50000 entries, 3 repeats)
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polib

from excerpts.po import generate_mo, generate_po, parse_po

TEXT = (
    "le président a déclaré que la réforme des retraites serait menée à son terme malgré "
    "les grèves « Nous ne reculerons pas » selon le ministre de l'Économie\u202f; "
    "the president said that the pension reform would be carried through despite strikes"
)
WORDS = TEXT.split(" ")  # not split(): U+202F counts as whitespace there


def sentence(rng: random.Random) -> str:
    """A news-like sentence of 5 to 40 words."""
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 40))) + "."


def make_catalog(count: int) -> polib.POFile:
    """A French catalog of ``count`` entries with comments, references and some plurals."""
    rng = random.Random(4)
    catalog = polib.POFile()
    catalog.metadata = {
        "Project-Id-Version": "excerpts",
        "Language": "fr",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n > 1);",
    }
    for index in range(count):
        entry = polib.POEntry(
            msgid=f"{index} {sentence(rng)}",
            msgstr=sentence(rng),
            comment=f"Le Monde, {2000 + index % 24}-05-04",
            occurrences=[(f"sources/source-{index % 997}.toml", str(index % 300 + 1))],
        )
        if index % 10 == 0:
            entry.flags = ["fuzzy"]
        catalog.append(entry)
    return catalog


def median(action: Callable[[], object], repeats: int) -> float:
    """Median wall-clock seconds of ``action`` over ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Run the three comparisons and print one line each."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    catalog = make_catalog(count)
    text = generate_po(catalog)
    data = text.encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        po_path = Path(folder) / "fr.po"
        po_path.write_bytes(data)
        ours = median(lambda: parse_po(data, po_path), repeats)
        theirs = median(lambda: polib.pofile(str(po_path)), repeats)
        print(f"parse     {count} entries: parse_po {ours:.2f}s  polib.pofile {theirs:.2f}s"
              f"  ({theirs / ours:.1f}x)")  # fmt: skip
        ours = median(lambda: generate_po(catalog), repeats)
        theirs = median(lambda: catalog.__unicode__(), repeats)
        print(f"write po  {count} entries: generate_po {ours:.2f}s  polib {theirs:.2f}s"
              f"  ({theirs / ours:.1f}x)")  # fmt: skip
        ours = median(lambda: generate_mo(catalog), repeats)
        if shutil.which("msgfmt") is None:
            print(f"write mo  {count} entries: generate_mo {ours:.2f}s  (msgfmt not installed)")
            return
        mo_path = Path(folder) / "fr.mo"
        command = ["msgfmt", "-o", str(mo_path), str(po_path)]
        theirs = median(lambda: subprocess.run(command, check=True), repeats)
        same = generate_mo(catalog) == mo_path.read_bytes()
        print(f"write mo  {count} entries: generate_mo {ours:.2f}s  msgfmt {theirs:.2f}s"
              f"  (identical bytes: {same})")  # fmt: skip


if __name__ == "__main__":
    main()
