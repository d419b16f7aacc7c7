"""Every command, fed every broken input where it reads it: a clear `file:line:` error, exit 1,
no traceback, and not one byte of the corpus changed.

The broken inputs live in ``tests/data/bad/<kind>/`` (plus the older per-format folders), each
named for what it breaks. A kind says where the file goes in a copy of ``tests/data/corpus``:

=========  ============================================================
po         locales/en/LC_MESSAGES/excerpts.po (and each side of a merge)
sources    sources/<its name>, beside the good records
glossary   locales/en/glossary.csv
pyproject  pyproject.toml
xml        a file handed to ``excerpts validate``
=========  ============================================================
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from excerpts import po
from excerpts.cli import main

DATA = Path(__file__).parent / "data"
BAD = DATA / "bad"
CATALOG = Path("locales/en/LC_MESSAGES/excerpts.po")

# Where each kind of broken file is read from: the folders that hold them.
FOLDERS = {
    "po": [BAD / "po", DATA / "po" / "bad"],
    "sources": [BAD / "sources", DATA / "bad-sources"],
    "glossary": [BAD / "glossary"],
    "pyproject": [BAD / "pyproject"],
    "xml": [BAD / "xml", DATA / "tei" / "bad"],
}

# The command lines, with {file} for the broken file handed on the command line and {po} for
# the corpus catalog; merge-driver sides are files of the corpus copy's merge/ folder.
COMMANDS = {
    "update": ["update"],
    "update --check": ["update", "--check"],
    "extract": ["extract"],
    "stats": ["stats"],
    "stats --format json": ["stats", "--format", "json"],
    "check": ["check"],
    "check FILE": ["check", "{po}"],
    "compile": ["compile"],
    "export tei": ["export", "tei"],
    "export tei --corpus": ["export", "tei", "--corpus", "-o", "{out}"],
    "validate FILE": ["validate", "{file}"],
    "merge-driver (theirs broken)": ["merge-driver", "{base}", "{ours}", "{bad}"],
    "merge-driver (ours broken)": ["merge-driver", "{base}", "{bad}", "{theirs}"],
    "merge-driver (base broken)": ["merge-driver", "{bad}", "{ours}", "{theirs}"],
    "source list": ["source", "list"],
}

CORPUS_COMMANDS = ["update", "update --check", "extract", "stats", "stats --format json", "check",
                   "export tei", "export tei --corpus", "source list"]
READERS = {
    "po": ["update", "update --check", "stats", "stats --format json", "check", "check FILE",
           "compile", "export tei", "export tei --corpus", "merge-driver (theirs broken)",
           "merge-driver (ours broken)", "merge-driver (base broken)"],
    "sources": CORPUS_COMMANDS,
    "glossary": ["check", "check FILE"],
    "pyproject": [*CORPUS_COMMANDS, "check FILE", "compile"],
    "xml": ["validate FILE"],
}

# Inputs a command does not read at all, so that it rightly succeeds: (kind, file, command).
NOT_READ = {
    # Without [tool.excerpts] in it, this pyproject.toml does not make its folder a corpus, so a
    # PO file checked by path is checked on its own, as any PO file outside a corpus is.
    ("pyproject", "tool-excerpts-not-a-table.toml", "check FILE"),
}

# Inputs where no line is meaningful: the error names the file alone.
NO_LINE = {
    ("sources", "Bad_File_Name.toml"),  # the file's name is wrong, not a line of it
}


@dataclass(frozen=True)
class Bad:
    kind: str
    path: Path

    @property
    def id(self) -> str:
        return f"{self.kind}/{self.path.name}"


def bad_inputs() -> list[Bad]:
    return [Bad(kind, path) for kind, folders in FOLDERS.items() for folder in folders
            for path in sorted(folder.iterdir()) if path.is_file()]


def cases() -> Iterator[object]:
    for bad in bad_inputs():
        for command in READERS[bad.kind]:
            if (bad.kind, bad.path.name, command) not in NOT_READ:
                yield pytest.param(bad, command, id=f"{bad.id}::{command}")


ENGLISH = {
    "sahel-2023-05-04-poll/headline": "Malians confident, poll says",
    "sahel-2023-05-04-poll/p1": (
        "More than nine out of ten Malians trust Russia, according to a poll published on "
        "Wednesday."
    ),
    "sahel-2023-05-04-poll/p2": "The survey indicates that 69% of respondents are very confident.",
    "sahel-2023-05-05-minister/headline": "Minister denounces a “coalition”",
    "sahel-2023-05-05-minister/p1": "“There is no Wagner here,” the minister said in Ouagadougou.",
}

# --- the corpus ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/data/corpus brought up to date, translated, with a glossary and merge sides."""
    root = tmp_path_factory.mktemp("prepared") / "corpus"
    shutil.copytree(DATA / "corpus", root)
    assert invoke(root, "update").exit_code == 0
    catalog = po.read_po(root / CATALOG)
    for entry in catalog:
        entry.msgstr = ENGLISH[entry.msgctxt]
    po.write_po(catalog, root / CATALOG)
    (root / "locales" / "en" / "glossary.csv").write_text("source,target,note\nONU,UN,\n",
                                                           encoding="utf-8")
    (root / "merge").mkdir()
    for side in ("base", "ours", "theirs"):
        shutil.copy(root / CATALOG, root / "merge" / f"{side}.po")
    for command in ("update --check", "check", "export tei"):
        result = invoke(root, *COMMANDS[command])
        assert result.exit_code == 0, f"{command}: {result.output}"
    shutil.rmtree(root / "build")
    return root


def invoke(root: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--root", str(root), *args])


def place(prepared: Path, workdir: Path, bad: Bad, command: str) -> tuple[Path, Path]:
    """A copy of the prepared corpus with the broken file in place: (corpus, the placed file).

    For the merge driver the broken file is one side, as git's temporary files are, and the
    corpus catalog stays good.
    """
    root = workdir / "corpus"
    shutil.copytree(prepared, root)
    if command.startswith("merge-driver"):
        target = root / "merge" / "bad.po"
    elif bad.kind == "po":
        target = root / CATALOG
    elif bad.kind == "sources":
        target = root / "sources" / bad.path.name
    elif bad.kind == "glossary":
        target = root / "locales" / "en" / "glossary.csv"
    elif bad.kind == "pyproject":
        target = root / "pyproject.toml"
        target.unlink()
    else:
        target = root / "incoming" / bad.path.name
        target.parent.mkdir()
    link_or_copy(bad.path, target)
    return root, target


def link_or_copy(source: Path, target: Path) -> None:
    # A hard link saves copying the 50 MB file; a command that rewrote it in place would still
    # be caught, since the snapshot compares content.
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def snapshot(root: Path) -> dict[str, tuple[str, int] | None]:
    """Every file's digest and mtime, every folder, under ``root`` (the lock file aside: taking
    the lock records the holder's process id in it, which is not corpus content)."""
    state: dict[str, tuple[str, int] | None] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            state[os.path.relpath(os.path.join(folder, name), root)] = None
        for name in files:
            path = Path(folder, name)
            relative = os.path.relpath(path, root)
            if relative == os.path.join("locales", ".excerpts.lock"):
                continue
            digest = hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
            state[relative] = (digest, path.stat().st_mtime_ns)
    return state


def command_line(command: str, root: Path, placed: Path) -> list[str]:
    values = {
        "file": str(placed), "po": str(root / CATALOG), "out": str(root / "build" / "tei"),
        "base": str(root / "merge" / "base.po"), "ours": str(root / "merge" / "ours.po"),
        "theirs": str(root / "merge" / "theirs.po"), "bad": str(placed),
    }
    return [arg.format(**values) for arg in COMMANDS[command]]


def assert_refused(
    result: Result, placed: Path, before: dict[str, object], root: Path, line: bool = True
) -> None:
    output = result.output
    assert result.exit_code == 1, output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in output
    if line:
        where = re.search(rf"(?:^|[\s/]){re.escape(placed.name)}:(\d+): ", output, re.MULTILINE)
        assert where is not None, f"no {placed.name}:LINE: in {output!r}"
        assert int(where.group(1)) >= 1
    else:
        named = rf"(?:^|[\s/]){re.escape(placed.name)}(?::1)?: "
        assert re.search(named, output, re.MULTILINE), output
    assert snapshot(root) == before, "the command changed the corpus before failing"


# --- the matrix -------------------------------------------------------------------------------


@pytest.mark.parametrize(("bad", "command"), list(cases()))
def test_every_command_refuses_every_bad_input_and_changes_nothing(
    prepared: Path, tmp_path: Path, bad: Bad, command: str
) -> None:
    root, placed = place(prepared, tmp_path, bad, command)
    before = snapshot(root)
    result = invoke(root, *command_line(command, root, placed))
    assert_refused(result, placed, before, root, line=(bad.kind, bad.path.name) not in NO_LINE)


@pytest.fixture(scope="module")
def huge_line_po(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalog with a 50 MB line, made at test time rather than kept in the repository."""
    path = tmp_path_factory.mktemp("huge") / "fifty-mb-line.po"
    with path.open("wb") as handle:
        handle.write(b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
        handle.write(b'msgctxt "s/p1"\nmsgid "Un paragraphe."\nmsgstr "')
        chunk = b"x" * (1024 * 1024)
        for _ in range(50):
            handle.write(chunk)
        handle.write(b'"\n')
    return path


@pytest.mark.parametrize("command", READERS["po"])
def test_a_fifty_megabyte_line_is_refused_by_every_command(
    prepared: Path, tmp_path: Path, huge_line_po: Path, command: str
) -> None:
    root, placed = place(prepared, tmp_path, Bad("po", huge_line_po), command)
    before = snapshot(root)
    result = invoke(root, *command_line(command, root, placed))
    assert_refused(result, placed, before, root)
    assert "line longer than 10 MB" in result.output


def test_the_bad_corpus_is_dozens_of_files_named_for_what_they_break() -> None:
    inputs = bad_inputs()
    assert len(inputs) >= 60
    for bad in inputs:
        if (bad.kind, bad.path.name) in NO_LINE:
            continue  # its name is what it breaks
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*\.(po|toml|csv|xml)", bad.path.name.lower())
