"""`excerpts export tei` and `excerpts validate` through the command line."""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from excerpts.cli import main
from excerpts.config import Corpus
from excerpts.export import write_tei
from excerpts.model import TranslatedSource
from tests.tei_support import jing_errors, make_doc, tricky_doc

BAD = Path(__file__).parent / "data" / "tei" / "bad"
Run = Callable[..., Result]


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


# --- validate ---------------------------------------------------------------------------------


def test_validate_valid_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.xml", tmp_path / "b.xml"
    write_tei(make_doc(), a, publisher="p")
    write_tei(tricky_doc(), b, publisher="p")
    result = invoke("validate", str(a), str(b))
    assert result.exit_code == 0, result.output
    assert result.output == "2 files valid\n"


def test_validate_reports_file_line_error_and_exits_1(tmp_path: Path) -> None:
    good = tmp_path / "good.xml"
    write_tei(make_doc(), good, publisher="p")
    bad = BAD / "not-well-formed.xml"
    result = invoke("validate", str(good), str(bad))
    assert result.exit_code == 1
    assert result.output == (
        f"{bad}:4: error: not well-formed XML: Opening and ending tag mismatch: teiHeader "
        "line 3 and TEI\n"
        "1 file valid, 1 file invalid\n"
    )


def test_validate_refuses_hostile_files_naming_them() -> None:
    result = invoke("validate", str(BAD / "billion-laughs.xml"), str(BAD / "external-entity.xml"))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{BAD / 'billion-laughs.xml'}:1: error: entity expansion refused")
    assert lines[1].startswith(f"{BAD / 'external-entity.xml'}:1: error: the document type")
    assert lines[2] == "0 files valid, 2 files invalid"


def test_validate_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("validate", str(tmp_path / "absent.xml"))
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_validate_needs_a_file() -> None:
    assert invoke("validate").exit_code == 2


# --- export tei, with the corpus loader replaced by sources built in memory ------------------


@pytest.fixture
def fake_loader(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    """Serve make_doc() and tricky_doc() as the corpus; record how the loader was called."""
    calls: list[tuple[str, object]] = []

    def load_translated(
        corpus: Corpus, language: str, source_ids: Iterable[str] | None = None
    ) -> list[TranslatedSource]:
        calls.append((language, None if source_ids is None else list(source_ids)))
        docs = [make_doc(language=language), tricky_doc()]
        return [d for d in docs if source_ids is None or d.source.id in set(source_ids)]

    module = types.ModuleType("excerpts.workflow")
    module.load_translated = load_translated  # type: ignore[attr-defined]
    monkeypatch.setitem(__import__("sys").modules, "excerpts.workflow", module)
    return calls


def test_export_writes_one_file_per_source_into_build_tei(
    run: Run, corpus_dir: Path, fake_loader: list[tuple[str, object]]
) -> None:
    result = run("export", "tei")
    assert result.exit_code == 0, result.output
    assert result.output == (
        "wrote 2 files to build/tei (6 pairs linked, 2 untranslated, "
        "1 fuzzy left out (--include-fuzzy exports them))\n"
    )
    folder = corpus_dir / "build" / "tei"
    assert sorted(p.name for p in folder.iterdir()) == [
        "2023-05-04-sahel.xml",
        "africanews-2023-05-04.xml",
    ]
    assert fake_loader == [("en", None)]
    assert b"<publisher>Test corpus</publisher>" in (folder / "2023-05-04-sahel.xml").read_bytes()
    assert jing_errors(sorted(folder.iterdir())) == []


def test_export_corpus_with_options(
    run: Run, corpus_dir: Path, tmp_path: Path, fake_loader: list[tuple[str, object]]
) -> None:
    out = tmp_path / "out"
    result = run(
        "export",
        "tei",
        "--corpus",
        "--include-fuzzy",
        "--date",
        "2024-05-04",
        "-o",
        str(out),
        "--source",
        "2023-05-04-sahel",
        "-l",
        "en",
    )
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote 1 file to {out} (5 pairs linked, 1 untranslated)\n"
    assert [p.name for p in out.iterdir()] == ["corpus.xml"]
    data = (out / "corpus.xml").read_bytes()
    assert b'<date when="2024-05-04">' in data
    assert b'cert="low"' in data
    assert fake_loader == [("en", ["2023-05-04-sahel"])]
    assert jing_errors([out / "corpus.xml"]) == []


def test_export_is_byte_identical_when_run_twice(
    run: Run, corpus_dir: Path, fake_loader: list[tuple[str, object]]
) -> None:
    run("export", "tei")
    first = {p.name: p.read_bytes() for p in (corpus_dir / "build" / "tei").iterdir()}
    run("export", "tei")
    second = {p.name: p.read_bytes() for p in (corpus_dir / "build" / "tei").iterdir()}
    assert first == second


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "04/05/2024"], "'04/05/2024' is not a date like 2024-05-04"),
        (["-l", "de"], "'de' is not one of the target languages in [tool.excerpts] (en)"),
    ],
)
def test_export_usage_errors(
    run: Run, fake_loader: list[tuple[str, object]], args: list[str], message: str
) -> None:
    result = run("export", "tei", *args)
    assert result.exit_code == 2
    assert message in result.output


def test_export_error_names_the_entry(
    run: Run, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from excerpts.model import Status

    bad = make_doc("bad", excerpts=[("e1", "Texte.", "Bad\x01", Status.TRANSLATED)])
    module = types.ModuleType("excerpts.workflow")
    module.load_translated = lambda corpus, language, source_ids=None: [make_doc(), bad]  # type: ignore[attr-defined]
    monkeypatch.setitem(__import__("sys").modules, "excerpts.workflow", module)
    result = run("export", "tei")
    assert result.exit_code == 1
    assert result.output == (
        "Error: bad/e1: the English translation contains U+0001 at character 4, which XML "
        "cannot carry (a control or non-character); remove it and export again\n"
    )
    assert not (corpus_dir / "build").exists()


def test_help_documents_every_option() -> None:
    result = invoke("export", "tei", "--help")
    for option in ("--lang", "--output", "--source", "--corpus", "--include-fuzzy", "--date"):
        assert option in result.output
    assert "Validate TEI files" in invoke("validate", "--help").output


# --- export tei on the real corpus -----------------------------------------------------------


def test_export_bundled_corpus_end_to_end(bundled_corpus: Path) -> None:
    try:
        from excerpts.workflow import load_translated  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"excerpts.workflow.load_translated is not available on this branch: {exc}")
    result = CliRunner().invoke(
        main, ["--root", str(bundled_corpus), "export", "tei", "--date", str(dt.date(2024, 1, 1))]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote 2 files to build/tei (")
    files = sorted((bundled_corpus / "build" / "tei").iterdir())
    assert len(files) == 2
    assert all(b'type="provenance"' in f.read_bytes() for f in files)
    assert jing_errors(files) == []
