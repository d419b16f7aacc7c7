"""Git merges of a real corpus's catalogs: an `excerpts update` on one branch, translations on
the other, and a broken side. Real `git merge` with the merge driver installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from excerpts import po
from excerpts.cli import main

from .conftest import DATA, REPO, assert_gettext_clean

CATALOG = "locales/en/LC_MESSAGES/excerpts.po"
POLL = "sources/sahel-2023-05-04-poll.toml"


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True,
                          check=check)


def excerpts(repo: Path, *args: str) -> None:
    result = CliRunner().invoke(main, ["--root", str(repo), *args])
    assert result.exit_code == 0, result.output


def translate(repo: Path, revision_date: str, **english: str) -> None:
    """What a translator's editor does: set some msgstrs and the revision date, then save.

    ``poll_p1="..."`` translates sahel-2023-05-04-poll/p1, ``minister_headline`` the
    headline of sahel-2023-05-05-minister.
    """
    path = repo / CATALOG
    catalog = po.read_po(path)
    for entry in catalog:
        source, segment = entry.msgctxt.split("/")
        short = f"{source.rsplit('-', 1)[1]}_{segment}"
        if short in english:
            entry.msgstr = english.pop(short)
    assert not english, f"no entries {sorted(english)}"
    catalog.metadata["PO-Revision-Date"] = revision_date
    po.write_po(catalog, path)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.setenv("PYTHONPATH", str(REPO))
    repo = tmp_path / "repo"
    shutil.copytree(DATA / "corpus", repo)
    (repo / ".gitignore").write_text("locales/.excerpts.lock\n*.mo\nbuild/\n", encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    subprocess.run(["sh", str(REPO / "tools" / "install-merge-driver")], cwd=repo, check=True,
                   capture_output=True)
    git(repo, "config", "merge.excerpts-po.driver",
        f"{sys.executable} -m excerpts merge-driver %O %A %B --name %P")
    excerpts(repo, "update")
    translate(repo, "2024-01-01 10:00+0000", poll_headline="Malians confident, poll says",
              poll_p1="More than nine out of ten Malians trust Russia, according to a poll "
                      "published on Wednesday.")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "base")
    return repo


def test_update_after_a_source_edit_merges_with_translations_of_other_entries(repo: Path) -> None:
    # Branch one: the analyst corrects the French of p1 and runs `excerpts update`.
    git(repo, "checkout", "-q", "-b", "one")
    record = repo / POLL
    record.write_text(record.read_text(encoding="utf-8").replace("Plus de neuf", "Près de neuf"),
                      encoding="utf-8")
    excerpts(repo, "update")
    translate(repo, "2024-02-01 09:00+0000")
    git(repo, "commit", "-qam", "p1 corrected")
    # Branch two: a translator translates other entries and saves (a newer revision date).
    git(repo, "checkout", "-q", "-b", "two", "main")
    translate(repo, "2024-02-02 09:00+0000", poll_p2="The survey indicates that 69% of "
              "respondents are very confident.", minister_headline="Minister denounces a "
              "“coalition”")
    git(repo, "commit", "-qam", "translations")

    git(repo, "checkout", "-q", "one")
    merged = git(repo, "merge", "--no-edit", "two", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    text = (repo / CATALOG).read_text(encoding="utf-8")
    assert "<<<<<<<" not in text and ">>>>>>>" not in text
    catalog = po.read_po(repo / CATALOG)
    entries = {e.msgctxt: e for e in catalog}
    p1 = entries["sahel-2023-05-04-poll/p1"]
    assert p1.msgid.startswith("Près de neuf") and "fuzzy" in p1.flags
    assert p1.previous_msgid is not None and p1.previous_msgid.startswith("Plus de neuf")
    assert p1.msgstr.startswith("More than nine out of ten")
    assert entries["sahel-2023-05-04-poll/p2"].msgstr.startswith("The survey indicates")
    minister = entries["sahel-2023-05-05-minister/headline"]
    assert minister.msgstr == "Minister denounces a “coalition”"
    assert entries["sahel-2023-05-04-poll/headline"].msgstr == "Malians confident, poll says"
    assert catalog.metadata["PO-Revision-Date"] == "2024-02-02 09:00+0000"
    assert_gettext_clean(repo / CATALOG)
    # The merged corpus is consistent: the catalog is what update would write.
    excerpts(repo, "update", "--check")


def test_header_dates_alone_never_conflict(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "one")
    translate(repo, "2024-03-01 08:00+0100")
    git(repo, "commit", "-qam", "saved in Poedit")
    git(repo, "checkout", "-q", "-b", "two", "main")
    translate(repo, "2024-02-28 18:00+0000")
    git(repo, "commit", "-qam", "saved in Lokalize")
    git(repo, "checkout", "-q", "one")
    merged = git(repo, "merge", "--no-edit", "two", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert po.read_po(repo / CATALOG).metadata["PO-Revision-Date"] == "2024-03-01 08:00+0100"
    assert_gettext_clean(repo / CATALOG)


@pytest.mark.parametrize("broken", ["git-conflict-markers.po", "truncated-inside-string.po",
                                    "compiled-with-msgfmt.po"])
def test_a_broken_side_fails_the_merge_and_leaves_ours_untouched(repo: Path, broken: str) -> None:
    git(repo, "checkout", "-q", "-b", "one")
    translate(repo, "2024-02-01 09:00+0000", poll_p2="The survey indicates that 69% of "
              "respondents are very confident.")
    git(repo, "commit", "-qam", "ours")
    ours = (repo / CATALOG).read_bytes()
    git(repo, "checkout", "-q", "-b", "two", "main")
    shutil.copyfile(DATA / "bad" / "po" / broken, repo / CATALOG)
    git(repo, "commit", "-qam", "broken")
    git(repo, "checkout", "-q", "one")
    merged = git(repo, "merge", "--no-edit", "two", check=False)
    assert merged.returncode != 0
    output = merged.stdout + merged.stderr
    assert "Traceback" not in output
    # Named as the repository knows it (not git's temporary copy), with the line and the side.
    assert re.search(rf"Error: {re.escape(CATALOG)}:\d+: their version cannot be merged: ", output)
    assert (repo / CATALOG).read_bytes() == ours
    assert git(repo, "rev-parse", "HEAD").stdout == git(repo, "rev-parse", "one").stdout
