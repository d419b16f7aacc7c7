"""Any text survives record -> template -> catalog -> back (after NFC), property-tested."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from excerpts import po
from excerpts.catalog import build_template
from excerpts.config import Corpus, Settings
from excerpts.merge import merge_catalog
from excerpts.sources import generate_record, normalize_text, parse_source

# Letters, digits, punctuation, quotes, backslashes, tabs, newlines, French spaces, emoji and
# combining marks: what press text and translators' editors actually produce.
ALPHABET = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Co", "Cn")),
    st.sampled_from(list('"\\\t\n «»’“”\u00a0\u202f\u2009\u0301\u0308🙂é%#')),
)
TEXT = st.text(ALPHABET, min_size=1, max_size=120).filter(lambda t: t.strip() != "")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(headline=TEXT, paragraphs=st.lists(TEXT, min_size=1, max_size=3), translation=TEXT)
def test_text_survives_the_whole_chain(
    tmp_path: Path, headline: str, paragraphs: list[str], translation: str
) -> None:
    record = generate_record(
        outlet="Outlet", published=date(2023, 5, 4), headline=headline, paragraphs=paragraphs
    )
    source = parse_source(record.encode("utf-8"), tmp_path / "src-1.toml")
    assert source.headline.text == normalize_text(headline)
    assert [e.text for e in source.excerpts] == [normalize_text(p) for p in paragraphs]

    corpus = Corpus(tmp_path, Settings())
    template = build_template(corpus, [source])
    template_back = po.parse_po(po.generate_po(template).encode("utf-8"))
    assert [e.msgid for e in template_back] == [s.text for s in source.segments]

    catalog, _ = merge_catalog(template_back, template_back)
    for entry in catalog:
        entry.msgstr = translation
    catalog_back = po.parse_po(po.generate_po(catalog).encode("utf-8"))
    assert {e.msgstr for e in catalog_back} == {translation}
    for entry in catalog_back:
        assert unicodedata.is_normalized("NFC", entry.msgid)
