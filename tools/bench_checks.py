"""Time the translation checks against polib's parse on generated news catalogs.

The catalogs grow from the labelled French→English pairs of ``tests/data/qa``: each entry
gets its own msgctxt, and most are made distinct (two pairs joined into a paragraph, digits
turned on both sides alike, a sentence ending changed), as a pair seldom repeats in a real
catalog; a few are fuzzy, untranslated or carry ``ignore-*`` flags, as in real catalogs.

Prints µs/entry (median of the repeats) for the checks alone, for ``parse_po`` + checks
(what ``excerpts check FILE.po`` does) and for ``polib.pofile``, and the ratio of the two.

    PYTHONPATH=. python tools/bench_checks.py [ENTRIES ...] [--repeats 5] [--exact]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import polib

from excerpts.checks import Glossary, check_catalog, load_glossary
from excerpts.po import generate_po, parse_po

QA = Path(__file__).resolve().parent.parent / "tests" / "data" / "qa"
QA_FILES = (QA / "bench.po", QA / "holdout.po", QA / "independent.po")
_DIGITS = "0123456789"


def qa_pairs(files: Sequence[Path] = QA_FILES) -> list[tuple[str, str]]:
    """The translated (msgid, msgstr) pairs of the QA sets.

    A NUL byte becomes BEL: both are control characters to the checks, but ``parse_po``
    rightly refuses a file with NUL bytes.
    """
    return [
        (e.msgid.replace("\0", "\a"), e.msgstr.replace("\0", "\a"))
        for path in files
        for e in polib.pofile(str(path))
        if e.msgstr
    ]


def make_catalog(count: int, *, exact: bool = False, seed: int = 6) -> polib.POFile:
    """A catalog of ``count`` entries grown from the QA pairs.

    ``exact`` repeats the pairs unchanged (only the msgctxt differs), as ``qa_bench --perf``
    does; otherwise most entries are distinct pairs.
    """
    pairs = qa_pairs()
    rng = random.Random(seed)
    catalog = polib.POFile(wrapwidth=79)
    catalog.metadata = {
        "Project-Id-Version": "excerpts bench",
        "Language": "en",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Source-Language": "fr",
    }
    for index in range(count):
        msgid, msgstr = pairs[index % len(pairs)]
        flags: list[str] = []
        if not exact:
            shift = rng.randint(1, 9)
            turn = str.maketrans(_DIGITS, _DIGITS[shift:] + _DIGITS[:shift])
            roll = rng.random()
            if roll < 0.6:
                other_id, other_str = rng.choice(pairs)
                msgid, msgstr = f"{msgid} {other_id}", f"{msgstr} {other_str}"
            elif roll < 0.8:
                msgid, msgstr = msgid.translate(turn), msgstr.translate(turn)
            elif roll < 0.9:
                msgid = msgid.translate(turn).rstrip(".") + " ?"
                msgstr = msgstr.translate(turn).rstrip(".") + "?"
            elif roll < 0.94:
                msgstr = msgstr.translate(turn)
            elif roll < 0.96:
                flags = ["fuzzy"]
            elif roll < 0.97:
                msgstr = ""
            else:
                flags = [rng.choice(["ignore-numbers", "ignore-names", "ignore-all-checks"])]
        catalog.append(
            polib.POEntry(msgctxt=f"perf/{index}", msgid=msgid, msgstr=msgstr, flags=flags)
        )
    return catalog


def _best_median(action: Callable[[], object], repeats: int) -> float:
    """Median wall-clock seconds of ``action`` over ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench(count: int, repeats: int, glossary: Glossary | None, exact: bool) -> str:
    """One line of figures for a generated catalog of ``count`` entries."""
    data = generate_po(make_catalog(count, exact=exact)).encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "en.po"
        path.write_bytes(data)
        parsed = parse_po(data, path)
        entries = [e for e in parsed if e.msgid or e.msgctxt is not None]

        def checks() -> object:
            return check_catalog(entries, file=str(path), glossary=glossary)

        def parse_and_check() -> object:
            catalog = parse_po(path.read_bytes(), path)
            kept = [e for e in catalog if e.msgid or e.msgctxt is not None]
            return check_catalog(kept, file=str(path), glossary=glossary)

        checks_s = _best_median(checks, repeats)
        ours_s = _best_median(parse_and_check, repeats)
        polib_s = _best_median(lambda: polib.pofile(str(path)), repeats)
    per = 1e6 / count
    return (
        f"{count:>6} entries{' (exact repeats)' if exact else ''}: "
        f"checks {checks_s * per:6.1f} µs/entry   parse_po+checks {ours_s * per:6.1f} µs/entry"
        f"   polib.pofile {polib_s * per:6.1f} µs/entry   ratio {ours_s / polib_s:.2f}x"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("entries", nargs="*", type=int, default=[10_000, 50_000])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--glossary", type=Path, default=QA / "glossary.csv")
    parser.add_argument("--exact", action="store_true", help="repeat the QA pairs unchanged")
    args = parser.parse_args(argv)
    glossary = load_glossary(args.glossary) if args.glossary.exists() else None
    for count in args.entries:
        print(bench(count, args.repeats, glossary, args.exact), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
