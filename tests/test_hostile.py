"""Hostile input stays harmless: no entity is expanded or fetched, no path leaves the folder it
was meant for, and two real processes updating one corpus lose nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from excerpts import po
from excerpts.errors import ExportError
from excerpts.xmlsafe import UnsafeXMLError, parse_bytes, parse_file

from .conftest import DATA, REPO

CATALOG = Path("locales/en/LC_MESSAGES/excerpts.po")
TEI_NS = 'xmlns="http://www.tei-c.org/ns/1.0"'
SECRET = "root:x:0:0:the-secret-line"


def invoke(*args: str) -> Result:
    from excerpts.cli import main

    return CliRunner().invoke(main, list(args))


def tree(root: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder under ``root``."""
    return {str(p.relative_to(root)): p.read_bytes() if p.is_file() else None
            for p in sorted(root.rglob("*"))}


# --- XML: no entity expanded, nothing fetched ---------------------------------------------


def billion_laughs(levels: int = 10) -> bytes:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)
    ]
    return (f'<?xml version="1.0"?>\n<!DOCTYPE TEI [\n{chr(10).join(entities)}\n]>\n'
            f"<TEI {TEI_NS}>&lol{levels - 1};</TEI>\n").encode()


def test_billion_laughs_is_refused_with_a_clear_message() -> None:
    with pytest.raises(UnsafeXMLError) as caught:
        parse_bytes(billion_laughs(), "laughs.xml")
    assert caught.value.line is not None
    message = caught.value.message
    assert "entit" in message and "remove the DOCTYPE" in message
    assert "lollollol" not in str(caught.value)


def test_a_quadratic_blowup_without_nesting_is_refused_too() -> None:
    # One big entity used many times: no nesting for libxml2's loop detection to see.
    data = (f'<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY a "{"x" * 50_000}">]>\n'
            f"<TEI {TEI_NS}>{'&a;' * 2_000}</TEI>\n").encode()
    with pytest.raises(UnsafeXMLError, match="remove the DOCTYPE"):
        parse_bytes(data, "quadratic.xml")


def test_external_entity_is_refused_and_its_file_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    doc = tmp_path / "doc.xml"
    doc.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE TEI [\n'
                   f' <!ENTITY secret SYSTEM "file://{secret}">\n]>\n'
                   f"<TEI {TEI_NS}><text>&secret;</text></TEI>\n", encoding="utf-8")
    with pytest.raises(UnsafeXMLError) as caught:
        parse_file(doc)
    assert "entity 'secret'" in caught.value.message
    assert "remove the DOCTYPE" in caught.value.message
    result = invoke("validate", str(doc))
    assert result.exit_code == 1
    assert f"{doc}:1: error: the document type declares the entity 'secret'" in result.output
    assert SECRET not in result.output


def test_etc_passwd_entity_is_refused_by_validate() -> None:
    path = DATA / "bad" / "xml" / "external-entity-etc-passwd.xml"
    result = invoke("validate", str(path))
    assert result.exit_code == 1
    assert "entity 'secret'" in result.output and "root:" not in result.output


@pytest.mark.parametrize("shape", ["entity", "dtd", "xinclude", "parameter-entity"])
def test_nothing_named_by_a_document_is_opened(tmp_path: Path, shape: str) -> None:
    """The named file is a FIFO with no writer: opening it would block, so a parser that tried
    to read it would hang. Every shape must be refused at once instead."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    body = {
        "entity": f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{fifo}">]>\n<TEI {TEI_NS}>&x;</TEI>',
        "dtd": f'<!DOCTYPE TEI SYSTEM "file://{fifo}">\n<TEI {TEI_NS}/>',
        "xinclude": (f'<TEI {TEI_NS} xmlns:xi="http://www.w3.org/2001/XInclude">'
                     f'<xi:include href="file://{fifo}" parse="text"/></TEI>'),
        "parameter-entity": (f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "file://{fifo}"> %p;]>\n'
                             f"<TEI {TEI_NS}/>"),
    }[shape]
    doc = tmp_path / "doc.xml"
    doc.write_text(f'<?xml version="1.0"?>\n{body}\n', encoding="utf-8")
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from excerpts.export.validate import validate_tei
        problems = validate_tei(Path({str(doc)!r}))
        print(len(problems))
    """)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    try:
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                              text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the parser opened {fifo} named by the document ({shape})")
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 1  # refused or invalid, never read


def test_not_well_formed_xml_names_its_line() -> None:
    with pytest.raises(ExportError) as caught:
        parse_bytes(b"<TEI>\n<a>\n</TEI>\n", "x.xml")
    assert caught.value.line == 3 and "not well-formed" in caught.value.message


# --- paths: ids are slugs, outputs stay where they were sent -----------------------------


@pytest.mark.parametrize("bad_id", ["../evil", "..", "a/b", "/tmp/evil", "evil.toml", "Evil",
                                    "evil-", "é", "a\\b", ""])
def test_source_new_refuses_ids_that_are_not_slugs(corpus_dir: Path, bad_id: str) -> None:
    around = corpus_dir.parent
    before = tree(around)
    result = invoke("--root", str(corpus_dir), "source", "new", bad_id, "--outlet", "X",
                    "--published", "2024-01-01", "--headline", "Titre")
    assert result.exit_code == 2, result.output
    assert "is not a valid source id" in result.output
    assert tree(around) == before


@pytest.mark.parametrize("bad_id", ["../x", "../../etc/passwd", "a/b", "/abs"])
def test_export_tei_refuses_source_ids_that_are_not_slugs(corpus_dir: Path, bad_id: str) -> None:
    assert invoke("--root", str(corpus_dir), "update").exit_code == 0
    around = corpus_dir.parent
    before = tree(around)
    result = invoke("--root", str(corpus_dir), "export", "tei", "--source", bad_id)
    assert result.exit_code == 2, result.output
    assert "'--source'" in result.output and "is not a valid source id" in result.output
    assert tree(around) == before


@pytest.mark.parametrize("as_corpus", [False, True])
def test_export_writes_only_under_the_folder_given(tmp_path: Path, corpus_dir: Path,
                                                   as_corpus: bool) -> None:
    assert invoke("--root", str(corpus_dir), "update").exit_code == 0
    out = tmp_path / "deep" / "out"
    before = tree(tmp_path)
    args = ["--root", str(corpus_dir), "export", "tei", "-o", str(out)]
    result = invoke(*args, *(["--corpus"] if as_corpus else []))
    assert result.exit_code == 0, result.output
    after = tree(tmp_path)
    created = {path for path in after if path not in before}
    assert created, "nothing was written"
    assert all(Path(tmp_path, p).is_relative_to(out) or Path(p) == Path("deep")
               for p in created), created
    assert {p for p in before if before[p] != after.get(p)} == set()
    names = sorted(p.name for p in out.iterdir())
    expected = ["corpus.xml"] if as_corpus else [
        "sahel-2023-05-04-poll.xml", "sahel-2023-05-05-minister.xml"]
    assert names == expected


# --- two processes at once ------------------------------------------------------------------


def test_two_concurrent_update_processes_lose_nothing(tmp_path: Path) -> None:
    """Two real `excerpts update` processes on one corpus: both succeed, and the catalog holds
    every segment and every translation."""
    from .test_durability import write_big_corpus

    root = tmp_path / "corpus"
    write_big_corpus(root, 8, 60, "v1")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "excerpts", "--root", str(root), "update"]
    assert subprocess.run(command, env=env, capture_output=True).returncode == 0
    catalog = po.read_po(root / CATALOG)
    for entry in catalog:
        entry.msgstr = f"Translation of {entry.msgctxt}"
    po.write_po(catalog, root / CATALOG)
    # New segments, and a changed French text in each source.
    write_big_corpus(root, 8, 70, "v2")

    processes = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE) for _ in range(2)]
    outcomes = [(*p.communicate(timeout=120), p.returncode) for p in processes]
    for _, err, code in outcomes:
        assert code == 0, err.decode()
        assert b"Traceback" not in err
    # They took turns: the second merged onto the first's result and found nothing to do. Had
    # both read the old catalog, both would have rewritten it.
    states = sorted(b"(updated)" in out for out, _, _ in outcomes)
    assert states == [False, True], [out.decode() for out, _, _ in outcomes]
    final = {e.msgctxt: e for e in po.read_po(root / CATALOG) if not e.obsolete}
    assert len(final) == 8 * 71
    for s in range(8):
        headline = final[f"s{s:03}/headline"]
        assert headline.msgstr == f"Translation of s{s:03}/headline"
        assert "fuzzy" in headline.flags  # its French changed from v1 to v2
        for e in range(60):
            kept = final[f"s{s:03}/p{e}"]
            assert kept.msgstr == f"Translation of s{s:03}/p{e}" and "fuzzy" in kept.flags
        for e in range(60, 70):
            new = final[f"s{s:03}/p{e}"]  # untranslated, or a fuzzy suggestion from a neighbour
            assert new.msgstr == "" or "fuzzy" in new.flags
    leftovers = [p.name for p in (root / CATALOG).parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    shutil.rmtree(root)
