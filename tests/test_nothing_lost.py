"""Nothing lost: odd but valid catalogs are read, a failing command writes nothing, `update`
keeps every piece of a translator's work, and a catalog saved by Poedit is left alone."""

from __future__ import annotations

import codecs
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from excerpts import po
from excerpts.cli import main

from .conftest import DATA, assert_gettext_clean

CATALOG = Path("locales/en/LC_MESSAGES/excerpts.po")
TEMPLATE = Path("locales/excerpts.pot")

# A corpus whose French fits in ISO-8859-1, so that a Latin-1 catalog can hold all of it.
LATIN1_RECORD = """\
language = "fr"
outlet = "Le Sahel"
published = 2023-07-01
headline = "Un été à Bamako"

[[excerpts]]
id = "p1"
text = "Il a fait 45 degrés à Bamako, selon la météo."

[[excerpts]]
id = "p2"
text = "Les écoles resteront fermées jusqu'à lundi."
"""
LATIN1_ENGLISH = {
    "ete-2023-07-01/headline": "A summer in Bamako",
    "ete-2023-07-01/p1": "It was 45 degrees in Bamako, according to the weather service.",
    "ete-2023-07-01/p2": "Schools will stay closed until Monday.",
}


def invoke(root: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--root", str(root), *args])


def ok(root: Path, *args: str) -> Result:
    result = invoke(root, *args)
    assert result.exit_code == 0, result.output
    assert result.exception is None, repr(result.exception)
    return result


def state(root: Path) -> dict[str, tuple[bytes, int]]:
    """Bytes and mtime of every file under ``root`` but the lock file."""
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".excerpts.lock"
    }


@pytest.fixture
def summer(tmp_path: Path) -> Path:
    """A one-source corpus, updated and fully translated, its catalog in UTF-8."""
    root = tmp_path / "summer"
    (root / "sources").mkdir(parents=True)
    (root / "pyproject.toml").write_text(
        '[tool.excerpts]\ntarget-languages = ["en"]\npublisher = "Test"\n', encoding="utf-8"
    )
    (root / "sources" / "ete-2023-07-01.toml").write_text(LATIN1_RECORD, encoding="utf-8")
    ok(root, "update")
    catalog = po.read_po(root / CATALOG)
    for entry in catalog:
        entry.msgstr = LATIN1_ENGLISH[entry.msgctxt]
    po.write_po(catalog, root / CATALOG)
    return root


def as_latin1(root: Path) -> bytes:
    """Re-save the corpus catalog in ISO-8859-1, saying so in its header, as gettext would."""
    catalog = po.read_po(root / CATALOG)
    catalog.metadata["Content-Type"] = "text/plain; charset=ISO-8859-1"
    po.write_po(catalog, root / CATALOG)
    data = (root / CATALOG).read_bytes()
    assert "été".encode("latin-1") in data and "été".encode() not in data
    return data


# --- odd but valid: BOM, CRLF, a declared Latin-1 charset -----------------------------------


ODD = {
    "bom": lambda data: codecs.BOM_UTF8 + data,
    "crlf": lambda data: data.replace(b"\n", b"\r\n"),
    "bom+crlf": lambda data: codecs.BOM_UTF8 + data.replace(b"\n", b"\r\n"),
}


@pytest.mark.parametrize("variant", ["bom", "crlf", "bom+crlf", "latin1"])
def test_odd_but_valid_catalogs_are_read_by_every_command(summer: Path, variant: str) -> None:
    if variant == "latin1":
        as_latin1(summer)
    else:
        path = summer / CATALOG
        path.write_bytes(ODD[variant](path.read_bytes()))

    stats = json.loads(ok(summer, "stats", "--format", "json").output)["stats"]
    assert [(r["segments"], r["translated"], r["fuzzy"]) for r in stats] == [(3, 3, 0)]
    findings = json.loads(ok(summer, "check", "--format", "json").output)["findings"]
    assert findings == []
    ok(summer, "check", str(summer / CATALOG))
    ok(summer, "export", "tei")
    exported = (summer / "build" / "tei" / "ete-2023-07-01.xml").read_text(encoding="utf-8")
    for english in LATIN1_ENGLISH.values():
        assert english in exported
    ok(summer, "compile")


def test_update_keeps_a_latin1_catalog_in_latin1(summer: Path) -> None:
    before = as_latin1(summer)
    mtime = (summer / CATALOG).stat().st_mtime_ns
    assert "(unchanged)" in ok(summer, "update").output
    ok(summer, "update", "--check")
    assert (summer / CATALOG).read_bytes() == before
    assert (summer / CATALOG).stat().st_mtime_ns == mtime

    record = summer / "sources" / "ete-2023-07-01.toml"
    record.write_text(LATIN1_RECORD + '\n[[excerpts]]\nid = "p3"\ntext = "Réouverture à l\'été."\n',
                      encoding="utf-8")
    assert "(updated)" in ok(summer, "update").output
    data = (summer / CATALOG).read_bytes()
    text = data.decode("latin-1")
    assert "charset=ISO-8859-1" in text and "Réouverture à l'été." in text
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert {e.msgctxt: e.msgstr for e in po.read_po(summer / CATALOG)}["ete-2023-07-01/p1"] == (
        LATIN1_ENGLISH["ete-2023-07-01/p1"]
    )


@pytest.mark.parametrize("variant", ["bom", "crlf", "bom+crlf"])
def test_update_leaves_bom_and_crlf_alone_until_the_content_changes(
    summer: Path, variant: str
) -> None:
    """A byte order mark or CRLF line ends alone do not make a catalog out of date; when its
    content changes, update writes it as gettext does (LF, no BOM: msgfmt refuses a BOM)."""
    path = summer / CATALOG
    clean = path.read_bytes()
    odd = ODD[variant](clean)
    path.write_bytes(odd)
    mtime = path.stat().st_mtime_ns
    assert "(unchanged)" in ok(summer, "update").output
    ok(summer, "update", "--check")
    assert (path.read_bytes(), path.stat().st_mtime_ns) == (odd, mtime)

    record = summer / "sources" / "ete-2023-07-01.toml"
    record.write_text(LATIN1_RECORD.replace("lundi", "mardi"), encoding="utf-8")
    assert "(updated)" in ok(summer, "update").output
    data = path.read_bytes()
    assert not data.startswith(codecs.BOM_UTF8) and b"\r" not in data
    assert {e.msgctxt: e.msgstr for e in po.read_po(path)} == LATIN1_ENGLISH
    assert_gettext_clean(path)


# --- a failing command writes nothing -----------------------------------------------------


def test_update_with_a_broken_catalog_does_not_write_the_template(summer: Path) -> None:
    record = summer / "sources" / "ete-2023-07-01.toml"
    record.write_text(LATIN1_RECORD.replace("lundi", "mardi"), encoding="utf-8")
    shutil.copy(DATA / "po" / "bad" / "unterminated-string.po", summer / CATALOG)
    before = state(summer)
    result = invoke(summer, "update")
    assert result.exit_code == 1
    assert "excerpts.po:4: unterminated string" in result.output
    assert state(summer) == before  # the stale template was not rewritten either


def test_update_with_one_broken_language_writes_no_other(summer: Path) -> None:
    (summer / "pyproject.toml").write_text(
        '[tool.excerpts]\ntarget-languages = ["en", "de"]\n', encoding="utf-8"
    )
    ok(summer, "update")
    record = summer / "sources" / "ete-2023-07-01.toml"
    record.write_text(LATIN1_RECORD.replace("lundi", "mardi"), encoding="utf-8")
    de = summer / "locales" / "de" / "LC_MESSAGES" / "excerpts.po"
    de.write_bytes(de.read_bytes() + b'\nmsgid "x"\nmsgstr "\\q"\n')
    before = state(summer)
    result = invoke(summer, "update")
    assert result.exit_code == 1
    assert "de/LC_MESSAGES/excerpts.po:" in result.output
    assert state(summer) == before


def test_compile_with_one_broken_language_writes_no_mo(summer: Path) -> None:
    (summer / "pyproject.toml").write_text(
        '[tool.excerpts]\ntarget-languages = ["en", "de"]\n', encoding="utf-8"
    )
    ok(summer, "update")
    de = summer / "locales" / "de" / "LC_MESSAGES" / "excerpts.po"
    de.write_bytes(de.read_bytes() + b'\nmsgid "x"\n')
    before = state(summer)
    result = invoke(summer, "compile")
    assert result.exit_code == 1
    assert "has no msgstr" in result.output
    assert state(summer) == before
    assert not (summer / "locales" / "en" / "LC_MESSAGES" / "excerpts.mo").exists()


def test_update_refuses_text_the_catalog_charset_cannot_hold_and_writes_nothing(
    summer: Path,
) -> None:
    as_latin1(summer)
    record = summer / "sources" / "ete-2023-07-01.toml"
    record.write_text(LATIN1_RECORD.replace("jusqu'à", "jusqu’à"), encoding="utf-8")
    before = state(summer)
    result = invoke(summer, "update")
    assert result.exit_code == 1
    assert "excerpts.po: the text cannot be written in the catalog's charset iso8859-1" in (
        result.output
    )
    assert "declare charset=UTF-8" in result.output
    assert state(summer) == before


# --- update keeps every piece of a translator's work ----------------------------------------


def worked_catalog(root: Path) -> None:
    """Give the corpus catalog everything a translator leaves in one."""
    catalog = po.read_po(root / CATALOG)
    catalog.header = ("English translations of the corpus.\nTranslators:\n"
                      "Jane Doe <jane@example.org>, 2024.\nAmadou Diallo, 2024.")
    catalog.metadata["X-Team-Review"] = "pending, see wiki"
    catalog.metadata["Last-Translator"] = "Jane Doe <jane@example.org>"
    entries = {e.msgctxt: e for e in catalog}
    headline = entries["ete-2023-07-01/headline"]
    headline.msgstr = "A summer in Bamako"
    headline.tcomment = "Title case not wanted here.\nSecond line of the note."
    headline.flags += ["ignore-length"]
    p1 = entries["ete-2023-07-01/p1"]
    p1.msgstr = "It was 45 degrees in Bamako."
    p1.flags += ["fuzzy", "ignore-numbers"]
    p1.previous_msgid = "Il a fait 44 degrés à Bamako."
    p1.tcomment = "The old figure was corrected by the outlet."
    for key, msgid, msgstr in (("ete-2023-06-30/p9", "Ancien paragraphe.", "Old paragraph."),
                               ("ete-2023-06-30/p8", "Autre ancien.", "Other old one.")):
        old = po.parse_po(
            f'msgctxt "{key}"\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n'.encode()
        )[0]
        old.obsolete = True
        old.flags = ["fuzzy"] if key.endswith("p9") else []
        old.tcomment = f"Kept from {key}."
        catalog.append(old)
    po.write_po(catalog, root / CATALOG)


def assert_work_kept(root: Path) -> None:
    catalog = po.read_po(root / CATALOG)
    assert catalog.header.startswith("English translations of the corpus.\nTranslators:\n"
                                     "Jane Doe <jane@example.org>, 2024.\nAmadou Diallo, 2024.")
    assert catalog.metadata["X-Team-Review"] == "pending, see wiki"
    assert catalog.metadata["Last-Translator"] == "Jane Doe <jane@example.org>"
    entries = {(e.msgctxt, e.obsolete): e for e in catalog}
    headline = entries["ete-2023-07-01/headline", False]
    assert headline.tcomment == "Title case not wanted here.\nSecond line of the note."
    assert "ignore-length" in headline.flags
    p1 = entries["ete-2023-07-01/p1", False]
    assert p1.msgstr == "It was 45 degrees in Bamako."
    assert {"fuzzy", "ignore-numbers"} <= set(p1.flags)
    assert p1.previous_msgid == "Il a fait 44 degrés à Bamako."
    assert p1.tcomment == "The old figure was corrected by the outlet."
    p9 = entries["ete-2023-06-30/p9", True]
    assert (p9.msgstr, p9.flags, p9.tcomment) == ("Old paragraph.", ["fuzzy"],
                                                  "Kept from ete-2023-06-30/p9.")
    p8 = entries["ete-2023-06-30/p8", True]
    assert (p8.msgstr, p8.flags) == ("Other old one.", [])
    keys = [e.msgctxt for e in catalog]
    active = [k for k in keys if k.startswith("ete-2023-07-01/")]
    assert active == sorted(active, key=["ete-2023-07-01/headline", "ete-2023-07-01/p1",
                                         "ete-2023-07-01/p2", "ete-2023-07-01/p3"].index)
    assert keys[-2:] == ["ete-2023-06-30/p9", "ete-2023-06-30/p8"]


def test_update_keeps_comments_flags_previous_obsolete_and_headers(summer: Path) -> None:
    worked_catalog(summer)
    before = (summer / CATALOG).read_bytes()
    assert "(unchanged)" in ok(summer, "update").output
    assert (summer / CATALOG).read_bytes() == before
    assert_work_kept(summer)

    # A source edit: a new segment, and p2's French changes. Everything else stays as it was.
    record = summer / "sources" / "ete-2023-07-01.toml"
    record.write_text(LATIN1_RECORD.replace("lundi", "mardi")
                      + '\n[[excerpts]]\nid = "p3"\ntext = "Un nouveau paragraphe."\n',
                      encoding="utf-8")
    ok(summer, "update")
    assert_work_kept(summer)
    p2 = {e.msgctxt: e for e in po.read_po(summer / CATALOG)}["ete-2023-07-01/p2"]
    assert "fuzzy" in p2.flags and p2.previous_msgid == (
        "Les écoles resteront fermées jusqu'à lundi."
    )
    assert_gettext_clean(summer / CATALOG)


def test_a_catalog_saved_by_poedit_is_not_rewritten(corpus_dir: Path) -> None:
    """Poedit 3.4's header fields and gettext's wrapping: update has nothing to change."""
    ok(corpus_dir, "extract")
    path = corpus_dir / CATALOG
    path.parent.mkdir(parents=True)
    shutil.copy(DATA / "poedit" / "excerpts.po", path)
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    result = ok(corpus_dir, "update")
    assert "(unchanged)" in result.output
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime
    ok(corpus_dir, "update", "--check")
    assert_gettext_clean(path)


def test_poedit_fixture_has_poedits_header() -> None:
    catalog = po.read_po(DATA / "poedit" / "excerpts.po")
    assert catalog.metadata["X-Generator"] == "Poedit 3.4"
    assert {k for k in catalog.metadata if k.startswith("X-Poedit-")} == {
        "X-Poedit-SourceCharset", "X-Poedit-Basepath", "X-Poedit-SearchPath-0"
    }
