"""Any text survives record -> template -> catalog -> TEI export -> read back (after NFC).

tests/test_roundtrip.py follows text as far as the catalog; this goes on to the archive: the
exported TEI is read back with the hardened parser the project uses for every XML file, and
each French segment and English translation must come out as it went in.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from excerpts import po
from excerpts.catalog import active_by_key, build_template, pair_for
from excerpts.config import Corpus, Settings
from excerpts.export.tei import write_tei
from excerpts.merge import merge_catalog
from excerpts.model import TranslatedSource
from excerpts.sources import generate_record, normalize_text, parse_source
from excerpts.xmlsafe import parse_file

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# Quotes, backslashes, tabs, newlines, carriage returns, French spaces (NBSP, NNBSP, thin),
# emoji, combining marks, XML's own specials and anything else XML 1.0 can carry.
ALPHABET = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn")),
    st.sampled_from(list('"\\\t\n\r «»’“”\u00a0\u202f\u2009\u0301\u0308\u0327🙂🇲🇱é%#<>&\'')),
)
TEXT = st.text(ALPHABET, min_size=1, max_size=80).filter(lambda t: t.strip() != "")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def text_of(element: object) -> str:
    return "".join(element.itertext())  # type: ignore[attr-defined]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(headline=TEXT, paragraphs=st.lists(TEXT, min_size=1, max_size=3),
       translations=st.lists(TEXT, min_size=4, max_size=4))
def test_text_survives_record_catalog_and_tei(
    tmp_path: Path, headline: str, paragraphs: list[str], translations: list[str]
) -> None:
    record = generate_record(outlet="Outlet", published=date(2023, 5, 4), headline=headline,
                             paragraphs=paragraphs)
    source = parse_source(record.encode("utf-8"), tmp_path / "src-1.toml")
    corpus = Corpus(tmp_path, Settings())
    template = po.parse_po(po.generate_po(build_template(corpus, [source])).encode("utf-8"))
    catalog, _ = merge_catalog(template, template)
    keys = [source.key(segment) for segment in source.segments]
    english = dict(zip(keys, translations, strict=False))
    for entry in catalog:
        entry.msgstr = english[entry.msgctxt]
    catalog = po.parse_po(po.generate_po(catalog).encode("utf-8"))

    entries = active_by_key(catalog)
    doc = TranslatedSource(
        source=source, language="en", translator=None,
        pairs=tuple(pair_for(source.id, seg, entries.get(source.key(seg)))
                    for seg in source.segments),
    )
    path = tmp_path / "src-1.xml"
    write_tei(doc, path, publisher="Test")
    tree = parse_file(path)

    by_id = {el.get(XML_ID): el for el in tree.iter(f"{TEI}head", f"{TEI}p")}
    for segment in source.segments:
        french = by_id[f"src-src-1.fr.{segment.id}"]
        assert text_of(french) == nfc(normalize_text(segment.text))
        translated = by_id[f"src-src-1.en.{segment.id}"]
        assert text_of(translated) == nfc(english[source.key(segment)])
