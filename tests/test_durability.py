"""Nothing lost: a killed update leaves the old catalog or the new one; writers take turns."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from excerpts import po
from excerpts.cli import main
from excerpts.config import load_corpus
from excerpts.fsutil import atomic_write_bytes
from excerpts.lock import corpus_lock

from .conftest import REPO

PO = Path("locales/en/LC_MESSAGES/excerpts.po")


def write_big_corpus(root: Path, sources: int, excerpts: int, variant: str) -> None:
    """A corpus large enough that writing its catalog takes a noticeable time."""
    (root / "sources").mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text('[tool.excerpts]\ntarget-languages = ["en"]\n')
    for s in range(sources):
        lines = [
            f'language = "fr"\noutlet = "Source {s}"\npublished = 2023-05-04\n'
            f'headline = "Titre {s} {variant}"\n'
        ]
        for e in range(excerpts):
            lines.append(
                f'[[excerpts]]\nid = "p{e}"\ntext = "Le paragraphe {e} de la source {s} compte '
                f'{e * 7} mots, selon {variant} un sondage publié mercredi à Bamako."\n'
            )
        (root / "sources" / f"s{s:03}.toml").write_text("\n".join(lines), encoding="utf-8")


def run_update(root: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "excerpts", "--root", str(root), "update"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_sigkill_during_update_never_leaves_a_partial_catalog(tmp_path: Path) -> None:
    old_root, new_root = tmp_path / "old", tmp_path / "new"
    write_big_corpus(old_root, 20, 150, "v1")
    assert run_update(old_root).wait() == 0
    translated = po.read_po(old_root / PO)
    for entry in translated:
        entry.msgstr = "EN " + entry.msgid
    po.write_po(translated, old_root / PO)
    old_bytes = (old_root / PO).read_bytes()

    # The expected result of the edit, from an update that is left to finish.
    shutil.copytree(old_root, new_root, dirs_exist_ok=True)
    write_big_corpus(new_root, 20, 150, "v2")
    assert run_update(new_root).wait() == 0
    new_bytes = (new_root / PO).read_bytes()
    assert new_bytes != old_bytes

    work = tmp_path / "work"
    outcomes = set()
    for delay in (0.05, 0.15, 0.3, 0.45, 0.6, 0.8, 1.0):
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(old_root, work)
        write_big_corpus(work, 20, 150, "v2")
        process = run_update(work)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = (work / PO).read_bytes()
        assert now in (old_bytes, new_bytes), f"partial catalog after SIGKILL at {delay} s"
        outcomes.add("new" if now == new_bytes else "old")
    assert "old" in outcomes  # the kills did land before the write at least once


def test_second_writer_waits_then_fails_clearly(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXCERPTS_LOCK_TIMEOUT", "0.3")
    corpus = load_corpus(corpus_dir)
    with corpus_lock(corpus.locales_dir):
        result = CliRunner().invoke(main, ["--root", str(corpus_dir), "update"])
    assert result.exit_code == 1
    assert "another excerpts command" in result.output
    assert "is writing this corpus; waited 0.3 s" in result.output
    assert not (corpus_dir / PO).exists()
    assert CliRunner().invoke(main, ["--root", str(corpus_dir), "update"]).exit_code == 0


def test_waiting_writer_sees_the_first_writers_result(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    CliRunner().invoke(main, ["--root", str(corpus_dir), "update"])
    catalog_path = corpus_dir / PO
    released = threading.Event()

    def translator() -> None:
        # Holds the lock while it edits the catalog, as a concurrent writer would.
        with corpus_lock(corpus.locales_dir):
            catalog = po.read_po(catalog_path)
            for entry in catalog:
                entry.msgstr = "EN " + entry.msgid
            time.sleep(0.3)
            po.write_po(catalog, catalog_path)
        released.set()

    thread = threading.Thread(target=translator)
    thread.start()
    time.sleep(0.05)
    record = corpus_dir / "sources" / "sahel-2023-05-05-minister.toml"
    record.write_text(
        record.read_text(encoding="utf-8") + '\n[[excerpts]]\nid = "p9"\ntext = "Neuf."\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["--root", str(corpus_dir), "update"])
    thread.join()
    assert released.is_set()
    assert result.exit_code == 0, result.output
    entries = {e.msgctxt: e for e in po.read_po(catalog_path)}
    assert entries["sahel-2023-05-05-minister/p9"].msgstr == ""
    assert all(e.msgstr.startswith("EN ") for k, e in entries.items() if not k.endswith("/p9"))


def test_atomic_write_leaves_no_temporary_file_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "file.po"
    atomic_write_bytes(target, b"one")
    target.chmod(0o640)
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.po"]
