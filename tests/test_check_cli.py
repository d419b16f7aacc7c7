"""``excerpts check`` through the CLI: corpus mode, file mode, formats, severities, exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from excerpts import po
from excerpts.cli import main

Run = Callable[..., Result]
PO = Path("locales/en/LC_MESSAGES/excerpts.po")

TRANSLATIONS = {
    "sahel-2023-05-04-poll/headline": "Malians confident, according to a poll",
    "sahel-2023-05-04-poll/p1": "More than nine out of ten Malians trust Russia, according to a "
    "poll published on Wednesday.",
    "sahel-2023-05-04-poll/p2": "The survey indicates that 69% of respondents are very confident.",
    "sahel-2023-05-05-minister/headline": "The minister denounces a “coalition”",
    "sahel-2023-05-05-minister/p1": "“There is no Wagner here,” the minister said in Ouagadougou.",
}


@pytest.fixture
def translated(run: Run, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(corpus_dir)
    run("update")
    catalog = po.read_po(corpus_dir / PO)
    for entry in catalog:
        entry.msgstr = TRANSLATIONS[entry.msgctxt]
    po.write_po(catalog, corpus_dir / PO)
    return corpus_dir


def edit(corpus_dir: Path, key: str, msgstr: str, flags: list[str] | None = None) -> int:
    """Change one translation; return the line of its msgid."""
    catalog = po.read_po(corpus_dir / PO)
    for entry in catalog:
        if entry.msgctxt == key:
            entry.msgstr = msgstr
            entry.flags = flags or []
    po.write_po(catalog, corpus_dir / PO)
    return next(e.linenum for e in po.read_po(corpus_dir / PO) if e.msgctxt == key)


def test_clean_corpus(run: Run, translated: Path) -> None:
    result = run("check")
    assert (result.exit_code, result.output) == (0, "no findings\n")


def test_a_changed_number_is_an_error_with_file_and_line(run: Run, translated: Path) -> None:
    line = edit(
        translated,
        "sahel-2023-05-04-poll/p2",
        "The survey indicates that 96% of respondents are very confident.",
    )
    result = run("check")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"locales/en/LC_MESSAGES/excerpts.po:{line}: error: [numbers] number 69 % became 96%",
        "1 error, 0 warnings in 1 file",
    ]


def test_json_output(run: Run, translated: Path) -> None:
    edit(
        translated,
        "sahel-2023-05-04-poll/p2",
        "The survey indicates that 69 of respondents are very confident.",
    )
    result = run("check", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["version"] == 1
    (finding,) = data["findings"]
    assert finding["check"] == "percent"
    assert finding["msgctxt"] == "sahel-2023-05-04-poll/p2"
    assert finding["file"] == "locales/en/LC_MESSAGES/excerpts.po"
    assert set(finding) == {
        "file",
        "line",
        "msgctxt",
        "msgid",
        "msgstr",
        "check",
        "severity",
        "message",
    }
    assert data["summary"]["errors"] == 1


def test_suppression_flag_silences_one_check(run: Run, translated: Path) -> None:
    edit(
        translated,
        "sahel-2023-05-04-poll/p2",
        "The survey indicates that 96% of respondents are very confident.",
        ["ignore-numbers"],
    )
    assert run("check").exit_code == 0


def test_untranslated_is_a_warning_until_require_complete(run: Run, translated: Path) -> None:
    edit(translated, "sahel-2023-05-05-minister/p1", "")
    relaxed = run("check")
    assert relaxed.exit_code == 0
    assert "warning: [untranslated]" in relaxed.output
    strict = run("check", "--require-complete")
    assert strict.exit_code == 1
    assert "error: [untranslated]" in strict.output


def test_strict_makes_warnings_errors(run: Run, translated: Path) -> None:
    edit(translated, "sahel-2023-05-04-poll/headline", "Malians  confident, according to a poll")
    assert run("check").exit_code == 0
    assert run("check", "--strict").exit_code == 1


def test_severity_from_settings(run: Run, translated: Path) -> None:
    edit(
        translated,
        "sahel-2023-05-04-poll/p2",
        "The survey indicates that 96% of respondents are very confident.",
    )
    pyproject = translated / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + '\n[tool.excerpts.checks]\nnumbers = "off"\n')
    assert run("check").output == "no findings\n"


def test_every_broken_record_and_stale_catalog_reported(run: Run, translated: Path) -> None:
    for name in ("sahel-2023-05-04-poll", "sahel-2023-05-05-minister"):
        record = translated / "sources" / f"{name}.toml"
        record.write_text(
            record.read_text(encoding="utf-8").replace("outlet =", "outlt ="), encoding="utf-8"
        )
    result = run("check")
    assert result.exit_code == 1
    records = [line for line in result.output.splitlines() if "[record]" in line]
    assert records == [
        "sources/sahel-2023-05-04-poll.toml:2: error: [record] unknown field 'outlt'; "
        "did you mean 'outlet'?",
        "sources/sahel-2023-05-05-minister.toml:2: error: [record] unknown field 'outlt'; "
        "did you mean 'outlet'?",
    ]


def test_stale_catalog_is_a_sync_error(run: Run, translated: Path) -> None:
    record = translated / "sources" / "sahel-2023-05-04-poll.toml"
    record.write_text(
        record.read_text(encoding="utf-8") + '\n[[excerpts]]\nid = "p9"\ntext = "Nouveau."\n',
        encoding="utf-8",
    )
    result = run("check")
    assert result.exit_code == 1
    assert "error: [sync] the template is out of date with sources/" in result.output
    assert "error: [sync] out of date with the sources (1 new, 0 changed, 0 obsolete)" in (
        result.output
    )


def test_any_po_file_by_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    loose = tmp_path / "loose.po"
    loose.write_text(
        'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Le 12 juin 2022, à Bamako."\nmsgstr "On July 12, 2022, in Bamako."\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", "loose.po"])
    assert result.exit_code == 1
    assert result.output.startswith("loose.po:6: error: [dates] ")


def test_list_names_every_check() -> None:
    result = CliRunner().invoke(main, ["check", "--list"])
    ids = [line.split()[0] for line in result.output.splitlines()]
    assert ids[:3] == ["untranslated", "fuzzy", "obsolete"]
    assert {
        "numbers",
        "percent",
        "dates",
        "names",
        "glossary",
        "consistency",
        "record",
        "sync",
    } <= (set(ids))


def test_lang_with_files_is_a_usage_error(tmp_path: Path) -> None:
    loose = tmp_path / "x.po"
    loose.write_text('msgid ""\nmsgstr ""\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "-l", "en", str(loose)])
    assert result.exit_code == 2
