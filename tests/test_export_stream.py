"""`export tei` reads the catalog and the records as a stream: a catalog in any order exports
the same bytes, and an error met late still leaves nothing behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from excerpts import po
from excerpts.catalog import active_by_key, pair_for, translator_of
from excerpts.config import load_corpus
from excerpts.export import write_tei_files
from excerpts.model import TranslatedSource
from excerpts.workflow import load_sources

Run = Callable[..., Result]
PO = Path("locales/en/LC_MESSAGES/excerpts.po")


@pytest.fixture
def translated(run: Run, corpus_dir: Path) -> Path:
    """The test corpus with a catalog translated: one entry fuzzy, one untranslated."""
    assert run("update").exit_code == 0
    catalog = po.read_po(corpus_dir / PO)
    catalog.metadata["Last-Translator"] = "Ann Translator <ann@example.org>"
    for number, entry in enumerate(catalog):
        entry.msgstr = "" if number == 2 else f"EN {entry.msgid}"
        if number == 1:
            entry.flags.append("fuzzy")
    po.write_po(catalog, corpus_dir / PO)
    return corpus_dir


def export(run: Run, corpus: Path, *args: str, folder: str = "out") -> dict[str, bytes]:
    out = corpus / folder
    result = run("export", "tei", "--include-fuzzy", "-o", str(out), *args)
    assert result.exit_code == 0, result.output
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}


def export_whole(corpus: Path, folder: Path, as_corpus: bool) -> dict[str, bytes]:
    """The export made as it was before streaming: records and catalog read whole first."""
    settings = load_corpus(corpus)
    catalog = po.read_po(corpus / PO)
    entries = active_by_key(catalog)
    docs = [
        TranslatedSource(
            source,
            "en",
            tuple(pair_for(source.id, s, entries.get(source.key(s))) for s in source.segments),
            translator_of(catalog),
        )
        for source in load_sources(settings)
    ]
    publisher = settings.settings.publisher
    write_tei_files(docs, folder, publisher=publisher, as_corpus=as_corpus, include_fuzzy=True)
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def blocks(corpus: Path) -> tuple[str, list[str]]:
    """The catalog's header block and entry blocks."""
    header, *entries = (corpus / PO).read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    return header, entries


def interleaved(entries: list[str]) -> list[str]:
    """The entries of the two sources taken in turn: no source's entries together."""
    first = [e for e in entries if "sahel-2023-05-04-poll/" in e]
    second = [e for e in entries if "sahel-2023-05-05-minister/" in e]
    mixed = [e for pair in zip(second, first, strict=False) for e in pair]
    return mixed + first[len(second) :] + second[len(first) :]


REORDERINGS: dict[str, Callable[[str, list[str]], list[str]]] = {
    "as written": lambda header, entries: [header, *entries],
    "reversed": lambda header, entries: [header, *entries[::-1]],
    "interleaved": lambda header, entries: [header, *interleaved(entries)],
    "header last": lambda header, entries: [*entries[::-1], header],
    "msgctxt wrapped": lambda header, entries: [
        header,
        *(e.replace('msgctxt "', 'msgctxt ""\n"', 1) for e in entries[::-1]),
    ],
    "stale twin and strangers": lambda header, entries: [
        header,
        # The same key with another msgid, before the real entry: the later one counts.
        'msgctxt "sahel-2023-05-05-minister/p1"\nmsgid "Ancien texte."\nmsgstr "Old text."',
        *entries,
        'msgctxt "no-such-source/p1"\nmsgid "Inconnu."\nmsgstr "Unknown."',
        'msgid "Sans contexte."\nmsgstr "No context."',
        '#~ msgctxt "sahel-2023-05-04-poll/p1"\n#~ msgid "Retiré."\n#~ msgstr "Removed."',
    ],
}


@pytest.mark.parametrize("block", [64, 1 << 20], ids=["small-pieces", "one-piece"])
@pytest.mark.parametrize("reordering", list(REORDERINGS))
@pytest.mark.parametrize("as_corpus", [True, False], ids=["corpus", "files"])
def test_a_reordered_catalog_exports_what_reading_it_whole_exports(
    run: Run,
    translated: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reordering: str,
    block: int,
    as_corpus: bool,
) -> None:
    header, entries = blocks(translated)
    text = "\n\n".join(REORDERINGS[reordering](header, entries)) + "\n"
    (translated / PO).write_text(text, encoding="utf-8")
    expected = export_whole(translated, tmp_path / "whole", as_corpus)
    assert b"EN " in b"".join(expected.values())
    monkeypatch.setattr(po, "_BLOCK", block)
    assert export(run, translated, *(["--corpus"] if as_corpus else [])) == expected


def test_only_the_sources_asked_for_and_a_broken_other_record_still_stops(
    run: Run, translated: Path
) -> None:
    whole = export(run, translated)
    assert export(run, translated, "--source", "sahel-2023-05-05-minister", folder="one") == {
        "sahel-2023-05-05-minister.xml": whole["sahel-2023-05-05-minister.xml"]
    }
    (translated / "sources" / "sahel-2023-05-04-poll.toml").write_text("language = \n")
    result = run("export", "tei", "--source", "sahel-2023-05-05-minister")
    assert result.exit_code == 1
    assert "sahel-2023-05-04-poll.toml:1: TOML syntax error" in result.output


@pytest.mark.parametrize("as_corpus", [True, False], ids=["corpus", "files"])
@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("catalog end", "excerpts.po:{line}: unknown keyword 'msgtxt'"),
        ("second record", "sahel-2023-05-05-minister.toml:1: missing required field 'language'"),
    ],
)
def test_an_error_met_after_the_first_source_leaves_nothing(
    run: Run, translated: Path, where: str, message: str, as_corpus: bool
) -> None:
    catalog = translated / PO
    if where == "catalog end":
        text = catalog.read_text(encoding="utf-8") + '\nmsgtxt "oops"\n'
        catalog.write_text(text, encoding="utf-8")
        message = message.format(line=text.count("\n"))
    else:
        record = translated / "sources" / "sahel-2023-05-05-minister.toml"
        record.write_text(record.read_text(encoding="utf-8").replace('language = "fr"\n', ""))
    out = translated / "build" / "tei"
    result = run("export", "tei", "-o", str(out), *(["--corpus"] if as_corpus else []))
    assert result.exit_code == 1
    assert message in result.output
    assert not (translated / "build").exists()
