"""The record cache: reused only for identical bytes, rebuilt from anything odd, never required."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from excerpts import sources as sources_module
from excerpts.cache import CACHE_DIR, SourceCacheReader
from excerpts.cli import main
from excerpts.config import load_corpus
from excerpts.model import Source
from excerpts.sources import read_source, source_paths
from excerpts.workflow import load_sources

RECORD = Path("sources/sahel-2023-05-04-poll.toml")


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    real = sources_module.parse_source

    def spy(raw: bytes, path: Path, language: str = "fr"):  # type: ignore[no-untyped-def]
        parsed.append(path.name)
        return real(raw, path, language)

    monkeypatch.setattr(sources_module, "parse_source", spy)
    return parsed


def update(corpus_dir: Path) -> None:
    result = CliRunner().invoke(main, ["--root", str(corpus_dir), "update"])
    assert result.exit_code == 0, result.output


def test_unchanged_records_are_not_parsed_again(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    update(corpus_dir)
    assert (corpus_dir / CACHE_DIR / ".gitignore").read_text().endswith("*\n")
    parsed = count_parses(monkeypatch)
    first = load_sources(load_corpus(corpus_dir))
    assert parsed == []
    record = corpus_dir / RECORD
    record.write_text(record.read_text(encoding="utf-8").replace("mercredi", "jeudi"), "utf-8")
    second = load_sources(load_corpus(corpus_dir))
    assert parsed == ["sahel-2023-05-04-poll.toml"]
    assert second[0].excerpts[0].text.endswith("publié jeudi.")
    assert second[1] == first[1]
    assert second[0].path == corpus_dir / RECORD


def test_read_only_commands_write_no_cache(corpus_dir: Path) -> None:
    CliRunner().invoke(main, ["--root", str(corpus_dir), "stats"])
    CliRunner().invoke(main, ["--root", str(corpus_dir), "update", "--check"])
    assert not (corpus_dir / CACHE_DIR).exists()


def read_each(corpus_dir: Path) -> list[Source]:
    """Every record read through a SourceCacheReader, one at a time."""
    reader = SourceCacheReader(corpus_dir / CACHE_DIR)
    return [read_source(path, "fr", reader) for path in source_paths(corpus_dir / "sources")]


def test_cache_reader_reads_records_one_at_a_time_without_parsing(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    update(corpus_dir)
    expected = load_sources(load_corpus(corpus_dir))
    parsed = count_parses(monkeypatch)
    assert read_each(corpus_dir) == expected
    assert parsed == []
    record = corpus_dir / RECORD
    record.write_text(record.read_text(encoding="utf-8").replace("mercredi", "jeudi"), "utf-8")
    assert read_each(corpus_dir)[0].excerpts[0].text.endswith("publié jeudi.")
    assert parsed == ["sahel-2023-05-04-poll.toml"]


def read_all(corpus_dir: Path) -> list[Source]:
    """Every record read as commands that hold them all do (a SourceCache)."""
    return load_sources(load_corpus(corpus_dir))


@pytest.mark.parametrize("read", [read_all, read_each], ids=["whole-cache", "one-at-a-time"])
@pytest.mark.parametrize(
    "content",
    [b"not json", b'{"format": "other"}', b"[]", b"", None],
    ids=["garbage", "foreign-format", "wrong-shape", "empty", "tampered-record"],
)
def test_odd_cache_files_are_ignored(
    corpus_dir: Path, content: bytes | None, read: Callable[[Path], list[Source]]
) -> None:
    update(corpus_dir)
    cache_file = corpus_dir / CACHE_DIR / "sources.json"
    expected = load_sources(load_corpus(corpus_dir))
    if content is None:
        data = json.loads(cache_file.read_bytes())
        for record in data["records"].values():
            record["headline"] = ["headline", 12, "not a line"]
        content = json.dumps(data).encode()
    cache_file.write_bytes(content)
    assert read(corpus_dir) == expected
