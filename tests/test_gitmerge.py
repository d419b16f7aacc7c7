"""The git merge driver, through real ``git merge`` in a temporary repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from excerpts import po

from .conftest import REPO, assert_gettext_clean

HEADER = (
    'msgid ""\nmsgstr ""\n"PO-Revision-Date: {date}\\n"\n"Language: en\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
)


def catalog(date: str, *translations: str) -> str:
    text = HEADER.format(date=date)
    for number, translation in enumerate(translations, start=1):
        text += f'msgctxt "s/p{number}"\nmsgid "Paragraphe {number}."\nmsgstr "{translation}"\n\n'
    return text


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "T",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "T",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=check
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    subprocess.run(
        ["sh", str(REPO / "tools" / "install-merge-driver")],
        cwd=repo,
        check=True,
        capture_output=True,
    )
    # The installed driver calls `excerpts`; run this checkout's code with this interpreter.
    git(
        repo,
        "config",
        "merge.excerpts-po.driver",
        f"{sys.executable} -m excerpts merge-driver %O %A %B --name %P",
    )
    (repo / "en.po").write_text(catalog("2024-01-01 10:00+0000", "", "", "", ""), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "base")
    return repo


def branch(repo: Path, name: str, text: str) -> None:
    git(repo, "checkout", "-q", "-b", name, "main")
    (repo / "en.po").write_text(text, encoding="utf-8")
    git(repo, "commit", "-qam", name)


def merge(repo: Path) -> subprocess.CompletedProcess[str]:
    git(repo, "checkout", "-q", "one")
    return git(repo, "merge", "--no-edit", "two", check=False)


def test_disjoint_translations_merge_cleanly(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(REPO))
    branch(repo, "one", catalog("2024-02-01 09:00+0000", "One.", "", "", ""))
    branch(repo, "two", catalog("2024-02-02 09:00+0000", "", "", "", "Four."))
    result = merge(repo)
    assert result.returncode == 0, result.stdout + result.stderr
    merged = po.read_po(repo / "en.po")
    assert [e.msgstr for e in merged] == ["One.", "", "", "Four."]
    assert merged.metadata["PO-Revision-Date"] == "2024-02-02 09:00+0000"
    assert_gettext_clean(repo / "en.po")


def test_true_conflict_is_reported_and_nothing_lost(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(REPO))
    branch(repo, "one", catalog("2024-02-01 09:00+0000", "Ours.", "", "Three.", ""))
    branch(repo, "two", catalog("2024-02-02 09:00+0000", "Theirs.", "Two.", "", ""))
    result = merge(repo)
    assert result.returncode != 0
    assert "conflict in s/p1" in result.stdout + result.stderr
    merged = {e.msgctxt: e for e in po.read_po(repo / "en.po")}
    first = merged["s/p1"]
    assert first.msgstr == "Ours."
    assert "fuzzy" in first.flags
    assert first.tcomment == "merge conflict: their translation was:\nTheirs."
    assert merged["s/p2"].msgstr == "Two." and merged["s/p3"].msgstr == "Three."
    assert "<<<<<<<" not in (repo / "en.po").read_text(encoding="utf-8")
