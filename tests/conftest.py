"""Shared fixtures: a small real corpus copied to a temp folder, and a CLI runner."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from excerpts.cli import main

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A copy of tests/data/corpus that a test may change freely."""
    target = tmp_path / "corpus"
    shutil.copytree(DATA / "corpus", target)
    return target


@pytest.fixture
def bundled_corpus(tmp_path: Path) -> Path:
    """A copy of the repository's own corpus (pyproject, sources, locales)."""
    target = tmp_path / "bundled"
    target.mkdir()
    shutil.copy(REPO / "pyproject.toml", target)
    shutil.copytree(REPO / "sources", target / "sources")
    shutil.copytree(REPO / "locales", target / "locales")
    return target


@pytest.fixture
def run(corpus_dir: Path) -> Callable[..., Result]:
    """Run the CLI on the test corpus: ``run("update", "--check")``."""

    def invoke(*args: str, root: Path | None = None) -> Result:
        return CliRunner().invoke(main, ["--root", str(root or corpus_dir), *args])

    return invoke


def gettext_tool(name: str) -> str:
    """The path of a GNU gettext program, or skip the test when it is not installed."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"GNU gettext's {name} is not installed (apt-get install gettext)")
    return path


def assert_gettext_clean(path: Path) -> None:
    """``msgfmt --check`` passes and ``msgcat`` leaves the file byte-identical."""
    msgfmt = gettext_tool("msgfmt")
    msgcat = gettext_tool("msgcat")
    checked = subprocess.run(
        [msgfmt, "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr
    catted = subprocess.run([msgcat, str(path)], capture_output=True)
    assert catted.returncode == 0, catted.stderr
    assert catted.stdout == _without_foreign_flags(path.read_bytes()), (
        f"msgcat rewrites {path.name}"
    )


def _without_foreign_flags(data: bytes) -> bytes:
    """The file as msgcat prints it: msgcat drops flags gettext does not know (ignore-numbers)."""
    from excerpts.po import is_gettext_flag

    lines = []
    for line in data.decode("utf-8").split("\n"):
        for prefix in ("#, ", "#~ #, "):
            if line.startswith(prefix):
                kept = [f for f in line[len(prefix) :].split(", ") if is_gettext_flag(f)]
                line = prefix + ", ".join(kept) if kept else None  # type: ignore[assignment]
                break
        if line is not None:
            lines.append(line)
    return "\n".join(lines).encode("utf-8")


# In CI, property tests run the same examples every time: a failure there is reproducible, and
# new examples are explored on developers' machines.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")
