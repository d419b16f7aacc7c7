"""TEI export: structure, ids, tricky text, fuzzy and untranslated pairs, determinism, errors."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from excerpts.errors import ExportError
from excerpts.export import (
    TeiCounts,
    count_pairs,
    document_id,
    generate_tei,
    generate_tei_corpus,
    write_tei,
    write_tei_corpus,
)
from excerpts.export.tei import segment_id_parts
from excerpts.export.validate import validate_tei
from excerpts.model import Status, TranslatedSource
from tests.tei_support import (
    DATE,
    TRICKY_ENGLISH,
    TRICKY_FRENCH,
    bare_doc,
    complete_doc,
    jing_errors,
    large_corpus,
    make_doc,
    tricky_doc,
)

NS = {"tei": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PUBLISHER = "excerpts project"


def export(doc: TranslatedSource, **options: object) -> bytes:
    return b"".join(generate_tei(doc, publisher=PUBLISHER, **options))  # type: ignore[arg-type]


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def texts(root: etree._Element, path: str) -> list[str]:
    return [e.text or "" for e in root.xpath(path, namespaces=NS)]


def pairs_of(root: etree._Element) -> list[tuple[str, str]]:
    """(French, English) text of each link, read back through the ids it points to."""
    by_id = {e.get(XML_ID): e for e in root.iter() if e.get(XML_ID)}
    result = []
    for link in root.iterfind(".//tei:link", NS):
        fr, en = (t[1:] for t in link.get("target").split())
        result.append((by_id[fr].text or "", by_id[en].text or ""))
    return result


# --- ids --------------------------------------------------------------------------------------


def test_document_id_prefixes_every_source_id_so_digits_come_second() -> None:
    assert document_id("2023-05-04-sahel") == "src-2023-05-04-sahel"
    assert document_id("africanews-2023-05-04") == "src-africanews-2023-05-04"
    assert document_id("odd id/é") == "src-odd-id-"


def test_segment_ids_keep_safe_ids_and_disambiguate_cleaned_ones() -> None:
    assert segment_id_parts(["headline", "2 b/c", "2-b-c", "e1", "e1", ""]) == [
        "headline",
        "2-b-c-2",
        "2-b-c",
        "e1",
        "e1-2",
        "segment",
    ]


def test_ids_follow_the_scheme() -> None:
    root = parse(export(make_doc()))
    assert root.get(XML_ID) == "src-africanews-2023-05-04"
    ids = [e.get(XML_ID) for e in root.iter() if e.get(XML_ID)]
    assert ids == [
        "src-africanews-2023-05-04",
        "src-africanews-2023-05-04.translator",
        "src-africanews-2023-05-04.fr",
        "src-africanews-2023-05-04.fr.headline",
        "src-africanews-2023-05-04.fr.e1",
        "src-africanews-2023-05-04.fr.e2",
        "src-africanews-2023-05-04.en",
        "src-africanews-2023-05-04.en.headline",
        "src-africanews-2023-05-04.en.e1",
    ]


# --- structure --------------------------------------------------------------------------------


def test_header_carries_the_bibliographic_record_translator_and_provenance() -> None:
    root = parse(export(tricky_doc(), date=DATE))
    header = "tei:teiHeader/tei:fileDesc/"
    assert texts(root, header + "tei:titleStmt/tei:title[@xml:lang='en']") == [
        "Title “quotes” & <tags>"
    ]
    assert texts(root, header + "tei:titleStmt/tei:title[@xml:lang='fr']") == [
        "Titre « guillemets » & <balises>"
    ]
    assert texts(root, header + "tei:titleStmt/tei:respStmt/tei:persName") == ["Jane Doe"]
    assert texts(root, header + "tei:titleStmt/tei:respStmt/tei:orgName") == ["English team"]
    assert root.xpath(header + "tei:titleStmt/tei:respStmt/tei:persName/@ref", namespaces=NS) == [
        "mailto:jane@example.org"
    ]
    assert texts(root, header + "tei:publicationStmt/tei:publisher") == [PUBLISHER]
    assert root.xpath(header + "tei:publicationStmt/tei:date/@when", namespaces=NS) == [
        "2024-03-01"
    ]
    assert texts(root, header + "tei:notesStmt/tei:note[@type='provenance']") == [
        "French text written by the corpus maintainers from the English translation."
    ]
    assert texts(root, header + "tei:notesStmt/tei:note[@type='editorial']") == [
        "Excerpt order follows the outlet <web> page."
    ]
    bibl = header + "tei:sourceDesc/tei:bibl/"
    assert texts(root, bibl + "tei:title[@level='a'][@xml:lang='fr']") == [
        "Titre « guillemets » & <balises>"
    ]
    assert texts(root, bibl + "tei:title[@level='j']") == ["L'Observateur & Paalga"]
    assert texts(root, bibl + "tei:note[@type='outlet']") == ["pan-African news aggregator"]
    assert texts(root, bibl + "tei:author") == ["AFP"]
    assert root.xpath(bibl + "tei:date[not(@type)]/@when", namespaces=NS) == ["2023-05-04"]
    assert root.xpath(bibl + "tei:date[@type='accessed']/@when", namespaces=NS) == ["2023-06-01"]
    assert root.xpath(bibl + "tei:ptr/@target", namespaces=NS) == [
        "https://www.africanews.com/2023/05/04/mali-russia-poll/"
    ]
    assert root.xpath(".//tei:langUsage/tei:language/@ident", namespaces=NS) == ["fr", "en"]
    assert texts(root, ".//tei:langUsage/tei:language") == ["French", "English"]
    assert texts(root, ".//tei:textClass/tei:keywords/tei:term") == ["Mali", "sondage"]


def test_revision_status_says_complete_or_partial() -> None:
    partial = parse(export(make_doc()))
    complete = parse(export(complete_doc()))
    assert partial.xpath(".//tei:revisionDesc/@status", namespaces=NS) == ["unfinished"]
    assert complete.xpath(".//tei:revisionDesc/@status", namespaces=NS) == ["published"]
    assert texts(partial, ".//tei:revisionDesc/tei:change") == [
        "2 of 3 segments translated into English; 1 untranslated."
    ]


def test_body_has_french_original_and_english_translation_divs() -> None:
    root = parse(export(make_doc()))
    fr, en = root.iterfind("tei:text/tei:body/tei:div", NS)
    assert (fr.get("type"), fr.get(XML_LANG)) == ("original", "fr")
    assert (en.get("type"), en.get(XML_LANG)) == ("translation", "en")
    assert [etree.QName(e).localname for e in fr] == ["head", "p", "p"]
    assert [etree.QName(e).localname for e in en] == ["head", "p", "gap"]
    for english, french in zip(en, fr, strict=True):
        assert english.get("corresp") == "#" + french.get(XML_ID)


def test_untranslated_segment_has_a_gap_and_no_link() -> None:
    root = parse(export(make_doc()))
    gap = root.find(".//tei:gap", NS)
    assert gap is not None
    assert gap.get("reason") == "untranslated"
    assert gap.get("corresp") == "#src-africanews-2023-05-04.fr.e2"
    targets = root.xpath(".//tei:link/@target", namespaces=NS)
    assert not any("e2" in t for t in targets)
    assert len(targets) == 2


def test_fuzzy_pairs_are_left_out_unless_asked_then_linked_with_low_certainty() -> None:
    without = parse(export(tricky_doc()))
    assert without.xpath(".//tei:gap[@reason='unreviewed']/@corresp", namespaces=NS) == [
        "#src-2023-05-04-sahel.fr.e2"
    ]
    assert not without.xpath(".//tei:link[@cert]", namespaces=NS)
    with_fuzzy = parse(export(tricky_doc(), include_fuzzy=True))
    assert with_fuzzy.xpath(".//tei:link[@cert='low']/@target", namespaces=NS) == [
        "#src-2023-05-04-sahel.fr.e2 #src-2023-05-04-sahel.en.e2"
    ]
    assert not with_fuzzy.xpath(".//tei:gap[@reason='unreviewed']", namespaces=NS)


def test_nothing_translated_keeps_both_divs_and_writes_no_links() -> None:
    root = parse(export(bare_doc()))
    assert root.find("tei:standOff", NS) is None
    assert root.xpath(".//tei:div[@type='translation']/tei:gap/@reason", namespaces=NS) == [
        "untranslated",
        "untranslated",
    ]
    assert root.find(".//tei:respStmt", NS) is None
    assert texts(root, ".//tei:titleStmt/tei:title") == ["Titre seul"]


def test_every_translated_pair_is_linked_with_both_texts_intact() -> None:
    doc = tricky_doc()
    root = parse(export(doc, include_fuzzy=True))
    expected = [
        (p.segment.text, unicodedata.normalize("NFC", p.translation))
        for p in doc.pairs
        if p.translation is not None
    ]
    assert pairs_of(root) == expected
    assert ("« Le café & cie ? » <i>italique</i> ]]> 69\u202f% des sondés \U0001f600") in [
        fr for fr, _ in pairs_of(root)
    ]


def test_translations_are_normalized_to_nfc() -> None:
    assert not unicodedata.is_normalized("NFC", TRICKY_ENGLISH)
    data = export(tricky_doc())
    assert "Caf\u00e9 & co".encode() not in data  # escaped in XML
    assert "Caf\u00e9 &amp; co".encode() in data
    assert "e\u0301".encode() not in data
    assert texts(parse(data), ".//tei:div[@type='original']/tei:p")[0] == TRICKY_FRENCH


def test_output_is_pretty_printed_utf8_with_declaration() -> None:
    data = export(make_doc())
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<TEI ")
    assert data.endswith(b"</TEI>\n")
    assert b"\n  <teiHeader>\n    <fileDesc>\n" in data
    assert b"\n      <div xml:id=" in data


def test_export_is_deterministic_without_a_date() -> None:
    first, second = export(tricky_doc()), export(tricky_doc())
    assert first == second
    assert b'<date when="20' not in first.split(b"<sourceDesc>")[0]  # no publication date


def test_write_twice_gives_byte_identical_files(tmp_path: Path) -> None:
    a, b = tmp_path / "a.xml", tmp_path / "b.xml"
    write_tei(tricky_doc(), a, publisher=PUBLISHER, date=DATE)
    write_tei(tricky_doc(), b, publisher=PUBLISHER, date=DATE)
    assert a.read_bytes() == b.read_bytes()
    write_tei_corpus([make_doc(), tricky_doc()], a, publisher=PUBLISHER)
    write_tei_corpus([make_doc(), tricky_doc()], b, publisher=PUBLISHER)
    assert a.read_bytes() == b.read_bytes()


def test_stream_yields_pieces_that_make_the_whole_document() -> None:
    doc = large_corpus(sources=1, pairs_per_source=2000)[0]
    pieces = list(generate_tei(doc, publisher=PUBLISHER))
    assert len(pieces) > 4
    assert validate_tei_bytes(b"".join(pieces)) == []


def test_large_sources_make_their_rows_again_with_the_same_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = export(tricky_doc(), include_fuzzy=True)
    monkeypatch.setattr("excerpts.export.tei._KEEP_ROWS", 0)
    assert export(tricky_doc(), include_fuzzy=True) == kept


def validate_tei_bytes(data: bytes) -> list[str]:
    from excerpts.export.validate import validate_tree
    from excerpts.xmlsafe import parse_bytes

    return [p.message for p in validate_tree(parse_bytes(data, "mem.xml"), Path("mem.xml"))]


# --- corpus ------------------------------------------------------------------------------------


def test_corpus_holds_one_tei_per_source_under_one_header() -> None:
    data = b"".join(
        generate_tei_corpus([make_doc(), tricky_doc(), bare_doc()], publisher=PUBLISHER)
    )
    root = parse(data)
    assert etree.QName(root).localname == "teiCorpus"
    assert root.xpath("tei:TEI/@xml:id", namespaces=NS) == [
        "src-africanews-2023-05-04",
        "src-2023-05-04-sahel",
        "src-bare",
    ]
    assert texts(root, "tei:teiHeader//tei:title") == [
        "French press excerpts with their English translations"
    ]
    assert data.count(b"xmlns=") == 1


def test_corpus_title_can_be_given() -> None:
    data = b"".join(generate_tei_corpus([make_doc()], publisher=PUBLISHER, title="Sahel 2023"))
    [title] = parse(data).xpath("tei:teiHeader//tei:title", namespaces=NS)
    assert (title.text, title.get(XML_LANG)) == ("Sahel 2023", None)


def test_corpus_of_sources_whose_ids_clean_to_the_same_id_stays_unique() -> None:
    data = b"".join(generate_tei_corpus([make_doc("a b"), make_doc("a-b")], publisher=PUBLISHER))
    assert parse(data).xpath("tei:TEI/@xml:id", namespaces=NS) == ["src-a-b", "src-a-b-2"]


def test_corpus_counts(tmp_path: Path) -> None:
    counts = write_tei_corpus(
        [make_doc(), tricky_doc(), bare_doc()], tmp_path / "c.xml", publisher=PUBLISHER
    )
    assert counts == TeiCounts(
        documents=3, linked=2 + 4, fuzzy_linked=0, untranslated=1 + 1 + 2, fuzzy_left_out=1
    )
    assert count_pairs(tricky_doc(), include_fuzzy=True) == TeiCounts(1, 5, 1, 1, 0)


def test_a_1000_pair_corpus_exports_and_validates(tmp_path: Path) -> None:
    path = tmp_path / "corpus.xml"
    counts = write_tei_corpus(large_corpus(10, 100), path, publisher=PUBLISHER)
    assert counts.linked == 1000
    assert validate_tei(path) == []
    assert len(parse(path.read_bytes()).xpath(".//tei:link", namespaces=NS)) == 1000


def test_empty_corpus_is_an_error() -> None:
    with pytest.raises(ExportError, match="no source"):
        list(generate_tei_corpus([], publisher=PUBLISHER))


def test_corpus_of_mixed_languages_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "c.xml"
    with pytest.raises(ExportError, match="one language at a time"):
        write_tei_corpus([make_doc(), make_doc("other", language="de")], path, publisher="p")
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


# --- errors before writing -------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x01", "\ufffe", "\x0b", "\ud800"])
def test_xml_invalid_character_in_a_translation_names_the_entry(char: str) -> None:
    doc = make_doc(excerpts=[("e1", "Texte.", f"Bad{char}text", Status.TRANSLATED)])
    with pytest.raises(ExportError) as caught:
        generate_tei(doc, publisher=PUBLISHER)
    message = str(caught.value)
    assert message.startswith("africanews-2023-05-04/e1: the English translation contains U+")
    assert f"U+{ord(char):04X} at character 4" in message


def test_invalid_character_in_the_record_names_file_and_line() -> None:
    doc = make_doc(excerpts=[("e1", "Te\x02xte.", "Text.", Status.TRANSLATED)])
    with pytest.raises(ExportError) as caught:
        generate_tei(doc, publisher=PUBLISHER)
    assert caught.value.path == Path("sources/africanews-2023-05-04.toml")
    assert caught.value.line == 10
    doc = make_doc(outlet="Out\x1flet")
    with pytest.raises(ExportError, match="'outlet' of source 'africanews-2023-05-04'"):
        generate_tei(doc, publisher=PUBLISHER)


def test_a_failed_export_leaves_the_previous_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    write_tei(make_doc(), path, publisher=PUBLISHER)
    before = path.read_bytes()
    bad = make_doc(excerpts=[("e1", "Texte.", "Bad\x01", Status.TRANSLATED)])
    with pytest.raises(ExportError):
        write_tei(bad, path, publisher=PUBLISHER)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["doc.xml"]


def test_a_corpus_error_midway_leaves_no_file(tmp_path: Path) -> None:
    bad = make_doc("bad", excerpts=[("e1", "Texte.", "Bad\x01", Status.TRANSLATED)])
    path = tmp_path / "corpus.xml"
    with pytest.raises(ExportError, match="bad/e1"):
        write_tei_corpus([make_doc(), bad], path, publisher=PUBLISHER)
    assert list(tmp_path.iterdir()) == []


def test_new_files_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    old = os.umask(0o022)
    try:
        write_tei(make_doc(), path, publisher=PUBLISHER)
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
    path.chmod(0o600)
    write_tei(make_doc(), path, publisher=PUBLISHER)
    assert path.stat().st_mode & 0o777 == 0o600


def test_unwritable_target_is_an_export_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="cannot write"):
        write_tei(make_doc(), blocker / "doc.xml", publisher=PUBLISHER)


# --- any text survives ------------------------------------------------------------------------

# Everything XML 1.0 can carry, surrogates excluded (Python strings can hold them; XML cannot).
xml_text = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="\ufffe\uffff",
        min_codepoint=0x20,
    )
    | st.sampled_from("\t\n\u202f\u00a0\u0301"),
    min_size=1,
    max_size=40,
)


@st.composite
def documents(draw: st.DrawFn) -> TranslatedSource:
    n = draw(st.integers(min_value=0, max_value=4))
    excerpts = [
        (
            draw(st.text("abz09 /._-é", min_size=1, max_size=6)),
            unicodedata.normalize("NFC", draw(xml_text)),
            draw(st.none() | xml_text),
            draw(st.sampled_from(Status)),
        )
        for _ in range(n)
    ]
    excerpts = [e for i, e in enumerate(excerpts) if e[0] not in [x[0] for x in excerpts[:i]]]
    excerpts = [e for e in excerpts if e[0] != "headline"]
    source_id = draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True))
    headline = (
        unicodedata.normalize("NFC", draw(xml_text)),
        draw(st.none() | xml_text),
        draw(st.sampled_from(Status)),
    )
    return make_doc(source_id, headline=headline, excerpts=excerpts, outlet=draw(xml_text))


def test_any_text_round_trips_and_every_export_is_valid(tmp_path: Path) -> None:
    written: list[Path] = []

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(doc=documents(), include_fuzzy=st.booleans())
    def check(doc: TranslatedSource, include_fuzzy: bool) -> None:
        path = tmp_path / f"{len(written)}.xml"
        write_tei(doc, path, publisher=PUBLISHER, include_fuzzy=include_fuzzy, date=DATE)
        assert validate_tei(path) == []
        root = parse(path.read_bytes())
        wanted = {Status.TRANSLATED, Status.FUZZY} if include_fuzzy else {Status.TRANSLATED}
        expected = [
            (p.segment.text, unicodedata.normalize("NFC", p.translation))
            for p in doc.pairs
            if p.translation and p.status in wanted
        ]
        assert pairs_of(root) == expected
        french = texts(root, ".//tei:div[@type='original']/*")
        assert french == [s.text for s in doc.source.segments]
        written.append(path)

    check()
    assert jing_errors(written) == []


def test_date_is_written_only_when_given() -> None:
    dated = parse(export(make_doc(), date=dt.date(2025, 1, 31)))
    assert dated.xpath(".//tei:change/@when", namespaces=NS) == ["2025-01-31"]
    undated = parse(export(make_doc()))
    assert undated.xpath(".//tei:change/@when", namespaces=NS) == []
    assert undated.xpath(".//tei:publicationStmt/tei:date", namespaces=NS) == []
