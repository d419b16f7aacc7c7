"""Benchmark the streaming TEI export and its validation: time and peak memory for N pairs.

    python tools/bench_tei.py 100000 1000000          # teiCorpus of sources of 100 pairs
    python tools/bench_tei.py --single 100000          # one TEI document holding every pair
    python tools/bench_tei.py --no-validate 100000     # the export alone

As `excerpts export tei` does, the file written is then validated (`validate_tei`); the line
gives each step's time, the total, and the peak after each step. Sources are generated lazily,
one at a time, so the figures show the exporter's and validator's own memory: it should stay
flat however many pairs there are (the single-document mode holds its one source in memory, as
a TranslatedSource does, and validation holds that one document). Peak memory is the process's
maximum resident set size. Each size runs in a fresh process so that one run's peak does not
hide the next one's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from excerpts.model import HEADLINE_ID, Pair, Segment, Source, Status, TranslatedSource  # noqa: E402

FRENCH = "Plus de neuf Maliens sur dix font confiance à la Russie, indique un sondage n° {n}."
ENGLISH = "More than nine out of ten Malians trust Russia, a poll says (no. {n})."


def make_source(index: int, pairs: int) -> TranslatedSource:
    """A translated source of ``pairs`` pairs (headline included); one in ten is untranslated."""
    source_id = f"{index:07d}-bench"
    headline = Segment(HEADLINE_ID, f"Titre {index}", 4)
    excerpts = tuple(Segment(f"e{i}", FRENCH.format(n=i), 6 + i) for i in range(1, pairs))
    source = Source(
        id=source_id,
        path=Path(f"sources/{source_id}.toml"),
        language="fr",
        outlet="AfricaNews",
        published=dt.date(2023, 5, 4),
        headline=headline,
        excerpts=excerpts,
        url="https://example.org/story",
        provenance="Generated for the benchmark.",
    )
    result = [Pair(source_id, headline, f"Title {index}", Status.TRANSLATED)]
    for segment in excerpts:
        n = int(segment.id[1:])
        if n % 10 == 0:
            result.append(Pair(source_id, segment, None, Status.UNTRANSLATED))
        else:
            result.append(Pair(source_id, segment, ENGLISH.format(n=n), Status.TRANSLATED))
    return TranslatedSource(source, "en", tuple(result))


def sources(total: int, per_source: int) -> Iterator[TranslatedSource]:
    made = 0
    index = 0
    while made < total:
        size = min(per_source, total - made)
        yield make_source(index, size)
        made += size
        index += 1


def run_one(pairs: int, per_source: int, single: bool, validate: bool) -> None:
    """Export ``pairs`` pairs in this process and print one line of figures."""
    from excerpts.export import write_tei, write_tei_corpus
    from excerpts.export.validate import validate_tei

    baseline = _peak_mb()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.xml"
        if single:
            doc = make_source(0, pairs)
            # The source itself must be in memory; count only what the export adds.
            baseline = _peak_mb()
            start = time.perf_counter()
            counts = write_tei(doc, path, publisher="bench")
        else:
            start = time.perf_counter()
            counts = write_tei_corpus(sources(pairs, per_source), path, publisher="bench")
        elapsed = time.perf_counter() - start
        peak = _peak_mb()
        size = path.stat().st_size / 1e6
        line = (
            f"{pairs:>9,} pairs  {'document' if single else 'corpus':8}  "
            f"export {elapsed:7.2f} s  {pairs / elapsed:>9,.0f} pairs/s  "
            f"peak RSS {peak:7.1f} MB (before export {baseline:.1f} MB)  file {size:8.1f} MB  "
            f"linked {counts.linked:,}"
        )
        if validate:
            start = time.perf_counter()
            problems = validate_tei(path)
            checked = time.perf_counter() - start
            line += f"  validate {checked:6.2f} s ({len(problems)} problems)"
            line += f"  peak RSS after validate {_peak_mb():.1f} MB"
            line += f"  total {elapsed + checked:6.2f} s"
        print(line, flush=True)


def _peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1e6 if sys.platform == "darwin" else 1e3
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", type=int, nargs="+", help="numbers of pairs to export")
    parser.add_argument("--per-source", type=int, default=100, help="pairs per source (corpus)")
    parser.add_argument("--single", action="store_true", help="one TEI document, not a corpus")
    parser.add_argument(
        "--no-validate", dest="validate", action="store_false", help="do not validate the output"
    )
    # The default; kept for tools/bench.py and older command lines.
    parser.add_argument("--validate", action="store_true", default=True, help=argparse.SUPPRESS)
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.in_process:
        for n in args.pairs:
            run_one(n, args.per_source, args.single, args.validate)
        return
    for n in args.pairs:
        command = [sys.executable, __file__, "--in-process", str(n)]
        command += ["--per-source", str(args.per_source)]
        command += ["--single"] * args.single + ["--no-validate"] * (not args.validate)
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
