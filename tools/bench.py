"""Time each excerpts command against the tool people would use instead, on the same data.

    python tools/bench.py                          # 1k, 10k and 100k segments
    python tools/bench.py --sizes 10000,50000      # other corpus sizes
    python tools/bench.py --quick                  # 1k and 10k, one round, no Babel
    python tools/bench.py --only update            # one group of comparisons (or check,export)
    python tools/bench.py --export-pairs 1000000   # also the exporter alone on 1M pairs

For each size a corpus is generated in a temporary folder, laid out as a real one
(pyproject.toml with [tool.excerpts], sources/*.toml, locales/en/LC_MESSAGES/excerpts.po): French
news-like segments with numbers, dates, names and quotes, the English side translated with a
seeded share of defects (wrong numbers, dropped names, lost quotes), fuzzy and untranslated
entries. Then each of our commands runs as a real subprocess (``python -m excerpts ...``),
alternating with its anchor on the same files (ours, anchor, ours, anchor ...), and the script
prints the median wall time, min-max, the ratio ours/anchor and each process's peak memory
(maximum resident set size, as ``/usr/bin/time`` reports it).

Anchors whose time, extrapolated linearly from the size before, would pass ``--cap`` seconds are
skipped with a note (pofilter and ``msgmerge --previous`` at 100k). Babel's ``Catalog.update`` is
quadratic in the edited messages and only runs up to ``--babel-max`` segments.

This is a benchmark, not a test: it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PY = sys.executable
EXCERPTS = [PY, "-m", "excerpts"]
PER_SOURCE = 50  # segments per source record: the headline and 49 excerpts
CHILD_ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}

# --------------------------------------------------------------------------------------------
# The corpus: parallel French and English templates, filled with seeded values
# --------------------------------------------------------------------------------------------

NAMES = ["Assimi Goïta", "Macky Sall", "Ibrahim Traoré", "Kassoum Coulibaly",
         "Emmanuel Macron", "Bola Tinubu", "Félix Tshisekedi", "Paul Kagame"]  # fmt: skip
CITIES = ["Bamako", "Ouagadougou", "Niamey", "Dakar", "Abidjan", "Kidal", "Gao", "Tombouctou"]
CITIES_EN = {"Tombouctou": "Timbuktu"}
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
ORGS = [
    ("l’Union africaine", "the African Union"),
    ("la Cédéao", "ECOWAS"),
    ("l’ONU", "the UN"),
    ("le gouvernement de transition", "the transitional government"),
]

# (French, English) with slots: name, city, n (an integer), pct, day, month, year, org, quote.
TEMPLATES = [
    ("Selon {name}, {n} personnes ont été tuées à {city} le {day} {month} {year}.",
     "According to {name}, {n} people were killed in {city} on {month} {day}, {year}."),
    ("« {quote_fr} », a déclaré {name} devant la presse à {city}.",
     "\u201c{quote_en}\u201d {name} told the press in {city}."),
    ("Plus de {pct} % des personnes interrogées font confiance à {org}, indique un sondage "
     "publié le {day} {month} {year}.",
     "More than {pct}% of respondents trust {org}, according to a poll published on "
     "{month} {day}, {year}."),
    ("{org_cap} a annoncé une aide de {n} millions de francs CFA pour les habitants de {city}.",
     "{org_cap} announced aid of {n} million CFA francs for the people of {city}."),
    ("Le {day} {month} {year}, {name} a rencontré les représentants de {org} à {city} pour "
     "discuter de la sécurité dans la région, selon un communiqué officiel.",
     "On {month} {day}, {year}, {name} met representatives of {org} in {city} to discuss "
     "security in the region, according to an official statement."),
    ("Les combats ont fait au moins {n} morts et {n2} blessés près de {city}, d’après des "
     "sources locales.",
     "The fighting left at least {n} dead and {n2} wounded near {city}, according to local "
     "sources."),
]  # fmt: skip
QUOTES = [("Nous ne reculerons pas", "We will not back down"),
          ("La sécurité est notre priorité", "Security is our priority"),
          ("Le peuple a parlé", "The people have spoken")]  # fmt: skip


def _values(rng: random.Random) -> dict[str, dict[str, str]]:
    """Slot values for one sentence, in French and in English."""
    month = rng.randrange(12)
    org_fr, org_en = rng.choice(ORGS)
    quote_fr, quote_en = rng.choice(QUOTES)
    city = rng.choice(CITIES)
    common = {"name": rng.choice(NAMES), "n": str(rng.randint(2, 950)),
              "n2": str(rng.randint(2, 950)), "pct": str(rng.randint(51, 99)),
              "day": str(rng.randint(1, 28)), "year": str(rng.randint(2015, 2024))}  # fmt: skip
    fr = {**common, "city": city, "month": MONTHS_FR[month], "org": org_fr,
          "org_cap": org_fr[0].upper() + org_fr[1:], "quote_fr": quote_fr}  # fmt: skip
    en = {**common, "city": CITIES_EN.get(city, city), "month": MONTHS_EN[month], "org": org_en,
          "org_cap": org_en[0].upper() + org_en[1:], "quote_en": quote_en}  # fmt: skip
    return {"fr": fr, "en": en}


@dataclasses.dataclass
class Segment:
    """One generated segment: its id, French, and English as the catalog will hold it."""

    id: str
    french: str
    english: str
    state: str  # "ok", "defect", "fuzzy" or "untranslated"


def _segment(rng: random.Random, segment_id: str) -> Segment:
    """A segment of one to three sentences; about 5 % defects, 5 % fuzzy, 5 % untranslated."""
    french_parts, english_parts = [], []
    for _ in range(rng.choice((1, 1, 2, 3))):
        fr_template, en_template = rng.choice(TEMPLATES)
        values = _values(rng)
        french_parts.append(fr_template.format(**values["fr"]))
        english_parts.append(en_template.format(**values["en"]))
    french, english = " ".join(french_parts), " ".join(english_parts)
    roll = rng.random()
    state = "ok"
    if roll < 0.05:
        state = "defect"
        english = _defect(rng, english)
    elif roll < 0.10:
        state = "fuzzy"
    elif roll < 0.15:
        state, english = "untranslated", ""
    return Segment(segment_id, french, english, state)


def _defect(rng: random.Random, english: str) -> str:
    """A seeded translation error: a changed number, a dropped name, or lost quotation marks."""
    kind = rng.randrange(3)
    if kind == 0:
        for index, char in enumerate(english):
            if char.isdigit():
                return english[:index] + str((int(char) + 1) % 10) + english[index + 1 :]
    if kind == 1:
        for name in NAMES:
            if name in english:
                return english.replace(name, "the minister", 1)
    return english.replace("\u201c", "").replace("\u201d", "") + " (sic)"


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _record(source_id: str, index: int, segments: Sequence[Segment]) -> str:
    """The TOML of one source record."""
    lines = [
        'language = "fr"',
        'outlet = "AfricaNews"',
        f"published = 20{15 + index % 10}-{1 + index % 12:02d}-{1 + index % 28:02d}",
        f'url = "https://example.org/{source_id}"',
        f"headline = {_toml_string(segments[0].french)}",
        "",
    ]
    for segment in segments[1:]:
        lines += [
            "[[excerpts]]",
            f'id = "{segment.id}"',
            f"text = {_toml_string(segment.french)}",
            "",
        ]
    return "\n".join(lines)


def generate_sources(size: int, seed: int = 7) -> dict[str, list[Segment]]:
    """``size`` segments in sources of PER_SOURCE, by source id."""
    rng = random.Random(seed)
    sources: dict[str, list[Segment]] = {}
    made = 0
    index = 0
    while made < size:
        count = min(PER_SOURCE, size - made)
        segments = [_segment(rng, "headline")]
        segments += [_segment(rng, f"p{i}") for i in range(1, count)]
        sources[f"bench-{index:06d}"] = segments
        made += count
        index += 1
    return sources


def edit_sources(sources: dict[str, list[Segment]], seed: int = 11) -> dict[str, list[Segment]]:
    """The corpus after an editing round: 10 % of segments edited, 3 % new, 3 % removed."""
    rng = random.Random(seed)
    edited: dict[str, list[Segment]] = {}
    next_id = 10_000
    for source_id, segments in sources.items():
        out = [segments[0]]
        for segment in segments[1:]:
            roll = rng.random()
            if roll < 0.03:
                continue  # removed
            if roll < 0.13:
                # An edit that keeps most of the text, as a corrected figure or an added clause.
                text = segment.french.replace(" le ", " ce ", 1)
                if text == segment.french:
                    text = segment.french.rstrip(".") + ", a-t-on appris."
                segment = dataclasses.replace(segment, french=text)
            out.append(segment)
            if rng.random() < 0.03:
                next_id += 1
                out.append(_segment(rng, f"p{next_id}"))
        edited[source_id] = out
    return edited


def write_corpus(folder: Path, sources: dict[str, list[Segment]]) -> None:
    """pyproject.toml and sources/*.toml of a corpus."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "pyproject.toml").write_text(
        '[tool.excerpts]\nsource-language = "fr"\ntarget-languages = ["en"]\n'
        'domain = "excerpts"\npublisher = "bench"\n',
        encoding="utf-8",
    )
    for old in (folder / "sources").glob("*.toml"):
        old.unlink()
    for index, (source_id, segments) in enumerate(sources.items()):
        (folder / "sources" / f"{source_id}.toml").write_text(
            _record(source_id, index, segments), encoding="utf-8"
        )


def translate_catalog(folder: Path, sources: dict[str, list[Segment]]) -> Path:
    """Fill the catalog ``excerpts update`` created with the English side; return its path."""
    from excerpts import po

    path = folder / "locales" / "en" / "LC_MESSAGES" / "excerpts.po"
    catalog = po.read_po(path)
    by_key = {f"{sid}/{s.id}": s for sid, segments in sources.items() for s in segments}
    catalog.metadata["Last-Translator"] = "Bench Translator <bench@example.org>"
    for entry in catalog:
        segment = by_key[entry.msgctxt]
        entry.msgstr = segment.english
        if segment.state == "fuzzy":
            entry.flags.append("fuzzy")
    po.write_po(catalog, path)
    return path


# --------------------------------------------------------------------------------------------
# Running and timing
# --------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Run:
    """One timed process: wall seconds and peak resident memory in MB."""

    seconds: float
    peak_mb: float


def run(command: Sequence[str], cwd: Path, ok: Sequence[int] = (0,)) -> Run:
    """Run ``command`` to completion under ``/usr/bin/time``, which reports its peak RSS.

    A child forked from this script starts with the script's own pages counted in its
    ``ru_maxrss``; /usr/bin/time is small, so the process it starts reports its own peak.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        timed = ["/usr/bin/time", "-f", "%M", "-o", report.name, *command]
        start = time.perf_counter()
        process = subprocess.run(
            timed, cwd=cwd, env=CHILD_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        seconds = time.perf_counter() - start
        lines = report.read().split()
    if process.returncode not in ok:
        raise SystemExit(
            f"{' '.join(map(str, command))} exited {process.returncode}:\n"
            + process.stderr.decode(errors="replace")[-2000:]
        )
    # GNU time prints the maximum resident set size in kilobytes.
    return Run(seconds, int(lines[-1]) / 1024)


@dataclasses.dataclass
class Step:
    """A command to time, with what must happen before each run (restoring files)."""

    label: str
    command: Sequence[str]
    cwd: Path
    prepare: Callable[[], None] | None = None
    ok: Sequence[int] = (0,)


@dataclasses.dataclass
class Figures:
    """The runs of one step."""

    label: str
    runs: list[Run]
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(r.peak_mb for r in self.runs)

    def spread(self) -> str:
        times = [r.seconds for r in self.runs]
        return f"{min(times):.3f}-{max(times):.3f}"


class Bench:
    """Runs the comparisons of every size and keeps the figures for the tables."""

    def __init__(
        self, rounds: int, cap: float, babel_max: int, only: frozenset[str] | None = None
    ) -> None:
        self.rounds = rounds
        self.cap = cap
        self.babel_max = babel_max
        self.only = only  # the groups to run (None: all)
        # (group, label) -> {size: Figures}
        self.results: dict[tuple[str, str], dict[int, Figures]] = {}
        self.skipped: dict[tuple[str, str], dict[int, str]] = {}

    def compare(self, group: str, size: int, ours: Step, anchors: Sequence[Step]) -> None:
        """Alternate ours and each anchor ``rounds`` times; skip anchors predicted past the cap."""
        if self.only is not None and group not in self.only:
            return
        active: list[Step] = []
        for anchor in anchors:
            predicted = self._predicted(group, anchor.label, size)
            if predicted is not None and predicted > self.cap:
                self.skipped.setdefault((group, anchor.label), {})[size] = (
                    f"skipped: about {predicted:.0f} s predicted (linear from the size before) "
                    f"> cap {self.cap:.0f} s"
                )
            else:
                active.append(anchor)
        runs: dict[str, list[Run]] = {step.label: [] for step in [ours, *active]}
        for round_number in range(self.rounds):
            for step in [ours, *active]:
                if round_number and step is not ours and _slow(runs[step.label], self.cap):
                    continue  # one run of an anchor that takes a good part of the cap is enough
                if step.prepare is not None:
                    step.prepare()
                runs[step.label].append(run(step.command, step.cwd, step.ok))
        for label, got in runs.items():
            self.results.setdefault((group, label), {})[size] = Figures(label, got)
        self._print_group(group, size, ours, active)

    def _predicted(self, group: str, label: str, size: int) -> float | None:
        done = self.results.get((group, label), {})
        smaller = [s for s in done if s < size]
        if not smaller:
            return None
        previous = max(smaller)
        return done[previous].median * size / previous

    def _print_group(self, group: str, size: int, ours: Step, anchors: Sequence[Step]) -> None:
        mine = self.results[(group, ours.label)][size]
        print(f"  {group}: {_row(mine)}")
        for anchor in anchors:
            theirs = self.results[(group, anchor.label)][size]
            ratio = mine.median / theirs.median
            print(f"  {' ' * len(group)}  {_row(theirs)}   ours/anchor {ratio:.2f}")
        for (skipped_group, label), notes in self.skipped.items():
            if skipped_group == group and size in notes:
                print(f"  {' ' * len(group)}  {label}: {notes[size]}")
        sys.stdout.flush()


def _slow(runs: list[Run], cap: float) -> bool:
    return bool(runs) and runs[0].seconds > cap / 3


def _row(figures: Figures) -> str:
    return (
        f"{figures.label:<34} median {figures.median:8.3f} s  ({figures.spread()})  "
        f"peak {figures.peak_mb:7.1f} MB"
    )


# --------------------------------------------------------------------------------------------
# The comparisons of one size
# --------------------------------------------------------------------------------------------

POLIB_PARSE = "import sys, polib; polib.pofile(sys.argv[1])"
BABEL_UPDATE = """
import sys
from babel.messages.pofile import read_po, write_po
with open(sys.argv[1], "rb") as f:
    catalog = read_po(f)
with open(sys.argv[2], "rb") as f:
    template = read_po(f)
catalog.update(template)
with open(sys.argv[3], "wb") as f:
    write_po(f, catalog)
"""


def bench_size(bench: Bench, size: int, folder: Path, *, babel: bool) -> None:
    """Generate a corpus of ``size`` segments in ``folder`` and run every comparison on it."""
    print(f"\n{size:,} segments", flush=True)
    started = time.perf_counter()
    sources = generate_sources(size)
    base = folder / "base"
    write_corpus(base, sources)
    run([*EXCERPTS, "update"], base)
    po_file = translate_catalog(base, sources)
    pot_file = base / "locales" / "excerpts.pot"
    work = folder / "work"
    work.mkdir()

    # The edited corpus: the same catalog, sources after an editing round, and its template.
    edited = folder / "edited"
    write_corpus(edited, edit_sources(sources))
    shutil.copytree(base / "locales", edited / "locales")
    old_po, old_pot, new_pot = work / "old.po", work / "old.pot", work / "new.pot"
    shutil.copy(po_file, old_po)
    shutil.copy(pot_file, old_pot)
    run([*EXCERPTS, "extract"], edited)
    shutil.copy(edited / "locales" / "excerpts.pot", new_pot)
    edited_po = edited / "locales" / "en" / "LC_MESSAGES" / "excerpts.po"
    edited_pot = edited / "locales" / "excerpts.pot"

    def restore() -> None:
        shutil.copy(old_po, edited_po)
        shutil.copy(old_pot, edited_pot)

    megabytes = po_file.stat().st_size / 1e6
    elapsed = time.perf_counter() - started
    print(f"  (generated in {elapsed:.1f} s: {len(sources)} records, catalog {megabytes:.1f} MB)")

    polib_parse = Step("polib.pofile (parse only)", [PY, "-c", POLIB_PARSE, str(po_file)], work)
    bench.compare(
        "check",
        size,
        Step("excerpts check --no-cache FILE.po",
             [*EXCERPTS, "check", "--no-cache", str(po_file)], base, ok=(0, 1)),
        [
            Step("pofilter (default checks)",
                 ["pofilter", "--progress=none", str(po_file), str(work / "pofilter.po")], work),
            Step("msgfmt -c --statistics",
                 ["msgfmt", "-c", "--statistics", "-o", "/dev/null", str(po_file)], work),
            polib_parse,
        ],
    )  # fmt: skip
    bench.compare(
        "check 1 CPU", size,
        Step("excerpts check --no-cache -j1 FILE.po",
             [*EXCERPTS, "check", "--no-cache", "-j1", str(po_file)], base, ok=(0, 1)), [],
    )  # fmt: skip
    # The answers kept in .excerpts-cache/ by a first run, as when check runs after each edit.
    warm = [*EXCERPTS, "check", str(po_file)]
    run(warm, base, ok=(0, 1))
    bench.compare(
        "check again", size,
        Step("excerpts check FILE.po (answers kept)", warm, base, ok=(0, 1)), [polib_parse],
    )  # fmt: skip
    bench.compare(
        "check corpus", size,
        Step("excerpts check --no-cache (records+sync)", [*EXCERPTS, "check", "--no-cache"],
             base, ok=(0, 1)), [],
    )  # fmt: skip
    anchors = [
        Step("msgmerge --previous",
             ["msgmerge", "-q", "--previous", "-o", str(work / "mm.po"), str(old_po),
              str(new_pot)], work),
        Step("msgmerge -N",
             ["msgmerge", "-q", "-N", "-o", str(work / "mmn.po"), str(old_po), str(new_pot)],
             work),
    ]  # fmt: skip
    if babel and size <= bench.babel_max:
        anchors.append(Step("Babel Catalog.update",
                            [PY, "-c", BABEL_UPDATE, str(old_po), str(new_pot),
                             str(work / "babel.po")], work))  # fmt: skip
    elif babel:
        bench.skipped.setdefault(("update", "Babel Catalog.update"), {})[size] = (
            f"skipped: quadratic in edited messages, run only up to {bench.babel_max:,} segments"
        )
    bench.compare(
        "update", size, Step("excerpts update", [*EXCERPTS, "update"], edited, restore), anchors
    )
    bench.compare(
        "compile", size,
        Step("excerpts compile", [*EXCERPTS, "compile"], base),
        [Step("msgfmt", ["msgfmt", "-o", str(work / "msgfmt.mo"), str(po_file)], work)],
    )  # fmt: skip
    bench.compare(
        "export", size,
        Step("excerpts export tei", [*EXCERPTS, "export", "tei", "-o", str(work / "tei")], base),
        [polib_parse],
    )  # fmt: skip


def bench_export_pairs(pairs: int, rounds: int) -> None:
    """The exporter alone on ``pairs`` pairs, post-write validation included, vs parsing a
    catalog of as many entries with polib (tools/bench_tei.py generates the sources lazily)."""
    print(f"\nexport of {pairs:,} pairs (teiCorpus of 100-pair sources, validated after writing)")
    with tempfile.TemporaryDirectory(prefix="excerpts-bench-") as name:
        folder = Path(name)
        catalog = folder / "big.po"
        script = (
            "import sys; sys.path.insert(0, 'tools'); from bench_po import make_catalog; "
            "from excerpts.po import write_po; from pathlib import Path; "
            f"write_po(make_catalog({pairs}), Path({str(catalog)!r}))"
        )
        run([PY, "-c", script], ROOT)
        ours: list[Run] = []
        theirs: list[Run] = []
        for _ in range(rounds):
            ours.append(run([PY, str(ROOT / "tools" / "bench_tei.py"), "--in-process",
                             "--validate", str(pairs)], ROOT))  # fmt: skip
            theirs.append(run([PY, "-c", POLIB_PARSE, str(catalog)], ROOT))
        mine, anchor = (
            Figures("export + validate (bench_tei)", ours),
            Figures("polib.pofile (parse only)", theirs),
        )
        print(f"  export: {_row(mine)}")
        print(f"          {_row(anchor)}   ours/anchor {mine.median / anchor.median:.2f}")


def bench_startup(rounds: int) -> None:
    """``excerpts --help`` and ``excerpts check`` on the bundled corpus, whole commands."""
    print("\nstartup")
    for label, command in (
        ("excerpts --help", [*EXCERPTS, "--help"]),
        ("excerpts check (bundled corpus)", [*EXCERPTS, "--root", str(ROOT), "check"]),
        ("python -c pass (interpreter alone)", [PY, "-c", "pass"]),
    ):
        runs = [run(command, ROOT, ok=(0, 1)) for _ in range(max(rounds, 5))]
        print(f"  {_row(Figures(label, runs))}", flush=True)


def print_summary(bench: Bench, sizes: Sequence[int]) -> None:
    """The table of medians and ratios, and each of our commands' time per 1k segments."""
    print("\nsummary (median seconds; ratio = ours / anchor)")
    header = f"  {'command':<44}" + "".join(f"{s:>16,}" for s in sizes)
    print(header)
    groups = dict.fromkeys(group for group, _ in [*bench.results, *bench.skipped])
    for group in groups:
        labels = [lab for g, lab in bench.results if g == group]
        labels += [lab for g, lab in bench.skipped if g == group and lab not in labels]
        ours = bench.results.get((group, labels[0]), {})
        for label in labels:
            cells = []
            for size in sizes:
                figures = bench.results.get((group, label), {}).get(size)
                if figures is None:
                    cells.append(
                        f"{'skipped' if size in bench.skipped.get((group, label), {}) else '-':>16}"
                    )
                elif label == labels[0]:
                    cells.append(f"{figures.median:>16.3f}")
                else:
                    ratio = ours[size].median / figures.median if size in ours else float("nan")
                    cells.append(f"{figures.median:.2f} (x{ratio:.2f})".rjust(16))
            print(f"  {(group + ': ' + label)[:44]:<44}" + "".join(cells))
    print("\ngrowth (our commands, seconds per 1,000 segments)")
    print(header)
    for (group, label), by_size in bench.results.items():
        if label != next(lab for g, lab in bench.results if g == group):
            continue
        cells = [
            f"{by_size[s].median / s * 1000:>16.4f}" if s in by_size else f"{'-':>16}"
            for s in sizes
        ]
        print(f"  {(group + ': ' + label)[:44]:<44}" + "".join(cells))


def machine() -> str:
    """nproc, CPU model and Python version, for the figures' provenance."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, {platform.system()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default=None,
        help="comma-separated corpus sizes in segments (default 1000,10000,100000)",
    )
    parser.add_argument("--rounds", type=int, default=None, help="runs of each command (default 3)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="1k and 10k segments, one round, no Babel, no startup figures",
    )
    parser.add_argument(
        "--cap",
        type=float,
        default=60.0,
        help="skip an anchor predicted to take longer than this (seconds)",
    )
    parser.add_argument(
        "--babel-max",
        type=int,
        default=1000,
        help="largest size at which Babel's Catalog.update runs",
    )
    parser.add_argument(
        "--only",
        default=None,
        help="comma-separated groups to run, e.g. update or check,export (default: all; "
        "no startup figures)",
    )
    parser.add_argument(
        "--export-pairs",
        type=int,
        default=0,
        help="also export this many pairs with tools/bench_tei.py (e.g. 1000000)",
    )
    args = parser.parse_args()
    sizes = (
        [int(s) for s in args.sizes.split(",")]
        if args.sizes
        else ([1000, 10000] if args.quick else [1000, 10000, 100000])
    )
    rounds = args.rounds or (1 if args.quick else 3)
    for tool in ("msgfmt", "msgmerge", "pofilter"):
        if shutil.which(tool) is None:
            raise SystemExit(
                f"{tool} is not on PATH (apt-get install gettext; pip install translate-toolkit)"
            )
    print(f"machine: {machine()}")
    print(
        f"rounds: {rounds}, anchor cap: {args.cap:.0f} s, Babel up to {args.babel_max:,} segments"
    )
    groups = ("check", "check corpus", "update", "compile", "export")
    only = frozenset(g.strip() for g in args.only.split(",")) if args.only else None
    if only is not None and not only <= set(groups):
        parser.error(f"--only takes groups among {', '.join(groups)}")
    bench = Bench(rounds, args.cap, args.babel_max, only)
    if not args.quick and only is None:
        bench_startup(rounds)
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="excerpts-bench-") as name:
            bench_size(bench, size, Path(name), babel=not args.quick)
    if args.export_pairs:
        bench_export_pairs(args.export_pairs, rounds)
    print_summary(bench, sizes)


if __name__ == "__main__":
    main()
