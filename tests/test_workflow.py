"""extract, update, stats and compile on a real corpus, through the CLI as a user runs them."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner, Result

from excerpts import po
from excerpts.cli import main

from .conftest import assert_gettext_clean, gettext_tool

Run = Callable[..., Result]
PO = Path("locales/en/LC_MESSAGES/excerpts.po")
POT = Path("locales/excerpts.pot")
POLL = Path("sources/sahel-2023-05-04-poll.toml")


def entries(path: Path) -> dict[str, polib.POEntry]:
    return {e.msgctxt: e for e in po.read_po(path)}


def translate_all(corpus: Path) -> None:
    catalog = po.read_po(corpus / PO)
    for entry in catalog:
        entry.msgstr = f"EN: {entry.msgid}"
    po.write_po(catalog, corpus / PO)


def test_update_creates_template_and_catalog(run: Run, corpus_dir: Path) -> None:
    result = run("update")
    assert result.exit_code == 0, result.output
    assert (
        result.output
        == "locales/en/LC_MESSAGES/excerpts.po: 5 new, 0 changed, 0 obsolete (created)\n"
    )
    pot = entries(corpus_dir / POT)
    assert list(pot) == [
        "sahel-2023-05-04-poll/headline",
        "sahel-2023-05-04-poll/p1",
        "sahel-2023-05-04-poll/p2",
        "sahel-2023-05-05-minister/headline",
        "sahel-2023-05-05-minister/p1",
    ]
    p1 = pot["sahel-2023-05-04-poll/p1"]
    assert p1.occurrences == [("sources/sahel-2023-05-04-poll.toml", "11")]
    assert p1.comment.splitlines()[:2] == ["Sahel Test, 2023-05-04", "https://example.org/poll"]
    catalog = po.read_po(corpus_dir / PO)
    assert catalog.metadata["Language"] == "en"
    assert catalog.metadata["X-Source-Language"] == "fr"
    assert catalog.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert "python-format" not in (corpus_dir / PO).read_text(encoding="utf-8")
    assert_gettext_clean(corpus_dir / POT)
    assert_gettext_clean(corpus_dir / PO)


def test_nothing_changed_nothing_rewritten(run: Run, corpus_dir: Path) -> None:
    run("update")
    before = {p: p.stat().st_mtime_ns for p in (corpus_dir / POT, corpus_dir / PO)}
    second = run("update")
    assert (
        second.output
        == "locales/en/LC_MESSAGES/excerpts.po: 0 new, 0 changed, 0 obsolete (unchanged)\n"
    )
    assert run("extract").output == "locales/excerpts.pot: 5 segments from 2 sources (unchanged)\n"
    assert {p: p.stat().st_mtime_ns for p in before} == before


def test_changed_french_keeps_translation_as_fuzzy(run: Run, corpus_dir: Path) -> None:
    run("update")
    translate_all(corpus_dir)
    record = corpus_dir / POLL
    record.write_text(
        record.read_text(encoding="utf-8").replace("publié mercredi", "publié jeudi"),
        encoding="utf-8",
    )
    result = run("update")
    assert (
        result.output
        == "locales/en/LC_MESSAGES/excerpts.po: 0 new, 1 changed, 0 obsolete (updated)\n"
    )
    entry = entries(corpus_dir / PO)["sahel-2023-05-04-poll/p1"]
    assert entry.msgid.endswith("publié jeudi.")
    assert entry.msgstr.endswith("publié mercredi.")
    assert "fuzzy" in entry.flags
    assert entry.previous_msgid.endswith("publié mercredi.")
    assert_gettext_clean(corpus_dir / PO)


def test_removed_segment_is_obsolete_then_revived(run: Run, corpus_dir: Path) -> None:
    run("update")
    translate_all(corpus_dir)
    record = corpus_dir / POLL
    original = record.read_text(encoding="utf-8")
    record.write_text(original.split('[[excerpts]]\nid = "p2"')[0], encoding="utf-8")
    assert "0 new, 0 changed, 1 obsolete" in run("update").output
    catalog = po.read_po(corpus_dir / PO)
    gone = [e for e in catalog if e.obsolete]
    assert [e.msgctxt for e in gone] == ["sahel-2023-05-04-poll/p2"]
    assert gone[0].msgstr.startswith("EN: ")
    assert_gettext_clean(corpus_dir / PO)

    record.write_text(original, encoding="utf-8")
    assert "1 revived" in run("update").output
    back = entries(corpus_dir / PO)["sahel-2023-05-04-poll/p2"]
    assert not back.obsolete and back.msgstr.startswith("EN: ") and "fuzzy" not in back.flags


def test_new_segment_gets_suggestion_from_identical_french(run: Run, corpus_dir: Path) -> None:
    run("update")
    translate_all(corpus_dir)
    extra = corpus_dir / "sources" / "sahel-2023-06-01-repeat.toml"
    extra.write_text(
        'language = "fr"\noutlet = "Autre"\npublished = 2023-06-01\n'
        'headline = "Le ministre dénonce une « coalition »"\n',
        encoding="utf-8",
    )
    result = run("update")
    assert result.output == (
        "locales/en/LC_MESSAGES/excerpts.po: 1 new, 0 changed, 0 obsolete, 1 suggested (updated)\n"
    )
    entry = entries(corpus_dir / PO)["sahel-2023-06-01-repeat/headline"]
    assert entry.msgstr == "EN: Le ministre dénonce une « coalition »"
    assert entry.flags == ["fuzzy"]


def test_translator_work_and_unknown_headers_survive(run: Run, corpus_dir: Path) -> None:
    run("update")
    path = corpus_dir / PO
    catalog = po.read_po(path)
    catalog.header = "English translations.\nTranslators: Ada <ada@example.org>, 2024."
    catalog.metadata["X-Team-Note"] = "keep me"
    first = catalog[0]
    first.msgstr = "Malians confident, poll says"
    first.tcomment = "checked against the print edition"
    first.flags = ["ignore-length"]
    po.write_po(catalog, path)
    record = corpus_dir / POLL
    record.write_text(
        record.read_text(encoding="utf-8") + '\n[[excerpts]]\nid = "p3"\ntext = "Nouveau."\n',
        encoding="utf-8",
    )
    assert "1 new" in run("update").output
    after = po.read_po(path)
    assert after.header == catalog.header
    assert after.metadata["X-Team-Note"] == "keep me"
    kept = after[0]
    assert (kept.msgstr, kept.tcomment, kept.flags) == (
        "Malians confident, poll says",
        "checked against the print edition",
        ["ignore-length"],
    )


def test_update_check_reports_and_writes_nothing(run: Run, corpus_dir: Path) -> None:
    result = run("update", "--check")
    assert result.exit_code == 1
    assert "out of date" in result.output
    assert not (corpus_dir / "locales").exists()
    run("update")
    ok = run("update", "--check")
    assert ok.exit_code == 0, ok.output
    assert (
        ok.output
        == "locales/en/LC_MESSAGES/excerpts.po: up to date (0 new, 0 changed, 0 obsolete)\n"
    )


def test_stats_table_and_json(run: Run, corpus_dir: Path) -> None:
    run("update")
    catalog = po.read_po(corpus_dir / PO)
    catalog[0].msgstr = "Malians confident"
    catalog[1].msgstr = "Nine in ten"
    catalog[1].flags = ["fuzzy"]
    po.write_po(catalog, corpus_dir / PO)
    data = json.loads(run("stats", "--format", "json").output)
    poll, minister = data["stats"]
    assert poll == {
        "source": "sahel-2023-05-04-poll",
        "language": "en",
        "segments": 3,
        "words": 32,
        "translated": 1,
        "fuzzy": 1,
        "untranslated": 1,
        "percent": 33.3,
    }
    assert minister["untranslated"] == 2
    table = run("stats").output.splitlines()
    assert table[0].split() == [
        "source",
        "lang",
        "segments",
        "words",
        "translated",
        "fuzzy",
        "untranslated",
        "done",
    ]
    assert table[-1].split() == ["total", "en", "5", "50", "1", "1", "3", "20%"]


def test_commands_find_the_corpus_from_a_subfolder(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus_dir / "sources")
    result = CliRunner().invoke(main, ["update"])
    assert result.exit_code == 0, result.output
    assert (corpus_dir / PO).exists()


def test_outside_a_corpus_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["stats"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: not inside an excerpts corpus")


def test_bad_record_stops_update_with_file_and_line(
    run: Run, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus_dir)
    record = corpus_dir / POLL
    record.write_text(
        record.read_text(encoding="utf-8").replace("2023-05-04", '"4 mai 2023"'), encoding="utf-8"
    )
    result = run("update")
    assert result.exit_code == 1
    assert result.output == (
        "Error: sources/sahel-2023-05-04-poll.toml:4: 'published' must be a TOML date, not the "
        "string '4 mai 2023'; use the form YYYY-MM-DD without quotes, e.g. published = 2023-05-04\n"
    )
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not (corpus_dir / "locales").exists()


def test_compile_gives_what_msgfmt_gives(run: Run, corpus_dir: Path) -> None:
    run("update")
    catalog = po.read_po(corpus_dir / PO)
    catalog[0].msgstr = "Malians confident"
    catalog[1].msgstr = "Fuzzy one"
    catalog[1].flags = ["fuzzy"]
    po.write_po(catalog, corpus_dir / PO)
    result = run("compile")
    assert result.output == "locales/en/LC_MESSAGES/excerpts.mo: 1 messages\n"
    ours = corpus_dir / "locales/en/LC_MESSAGES/excerpts.mo"
    theirs = corpus_dir / "msgfmt.mo"
    subprocess.run([gettext_tool("msgfmt"), "-o", str(theirs), str(corpus_dir / PO)], check=True)
    assert ours.read_bytes() == theirs.read_bytes()


def test_source_new_then_update(run: Run, corpus_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "Titre de l’article\n\nPremier paragraphe,\nsur deux lignes.\n\nSecond.\n", encoding="utf-8"
    )
    result = run(
        "source",
        "new",
        "new-1",
        "--outlet",
        "RFI",
        "--published",
        "2024-01-02",
        "--from-text",
        str(article),
    )
    assert result.exit_code == 0, result.output
    assert result.output == "sources/new-1.toml: 2 excerpts; next: `excerpts update`\n"
    again = run(
        "source", "new", "new-1", "--outlet", "RFI", "--published", "2024-01-02", "--headline", "x"
    )
    assert again.exit_code == 1 and "exists already" in again.output
    assert "8 new" in run("update").output
    assert entries(corpus_dir / PO)["new-1/p1"].msgid == "Premier paragraphe, sur deux lignes."


def test_bundled_corpus_is_up_to_date_and_complete(bundled_corpus: Path) -> None:
    result = CliRunner().invoke(main, ["--root", str(bundled_corpus), "update", "--check"])
    assert result.exit_code == 0, result.output
    data = json.loads(
        CliRunner()
        .invoke(main, ["--root", str(bundled_corpus), "stats", "--format", "json"])
        .output
    )
    assert all(row["percent"] == 100.0 for row in data["stats"])
    assert_gettext_clean(bundled_corpus / PO)
    assert_gettext_clean(bundled_corpus / POT)
