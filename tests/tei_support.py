"""Builders of translated sources for the TEI tests, and the reference validators (jing)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from excerpts.model import (
    HEADLINE_ID,
    Pair,
    Segment,
    Source,
    Status,
    TranslatedSource,
    Translator,
)

# ../shared/schemas/tei_all.rng relative to the repository root: reference material, not product.
TEI_ALL = Path(__file__).parents[1].parent / "shared" / "schemas" / "tei_all.rng"

Entry = tuple[str, str, str | None, Status]
TRANSLATOR = Translator("Jane Doe", "jane@example.org", "English team")


def make_doc(
    source_id: str = "africanews-2023-05-04",
    *,
    headline: tuple[str, str | None, Status] = (
        "Les Maliens majoritairement confiants dans la Russie, selon un sondage",
        "A majority of Malians are confident in Russia, according to a poll",
        Status.TRANSLATED,
    ),
    excerpts: Sequence[Entry] = (
        (
            "e1",
            "Plus de neuf Maliens sur dix font confiance à la Russie.",
            "More than nine out of ten Malians trust Russia.",
            Status.TRANSLATED,
        ),
        (
            "e2",
            "Le sondage a été réalisé par la fondation Friedrich Ebert.",
            None,
            Status.UNTRANSLATED,
        ),
    ),
    language: str = "en",
    translator: Translator | None = TRANSLATOR,
    **fields: object,
) -> TranslatedSource:
    """A translated source built in memory: ``excerpts`` are (id, French, English, status)."""
    path = Path("sources") / f"{source_id}.toml"
    head = Segment(HEADLINE_ID, headline[0], 4)
    segments = [
        Segment(seg_id, text, 10 + 3 * i) for i, (seg_id, text, _, _) in enumerate(excerpts)
    ]
    record: dict[str, object] = {
        "outlet": "AfricaNews",
        "outlet_note": "pan-African news aggregator",
        "url": "https://www.africanews.com/2023/05/04/mali-russia-poll/",
        "authors": ("AFP",),
        "accessed": dt.date(2023, 6, 1),
        "provenance": "Excerpts copied from the outlet's French edition.",
    }
    record.update(fields)
    source = Source(
        id=source_id,
        path=path,
        language="fr",
        published=dt.date(2023, 5, 4),
        headline=head,
        excerpts=tuple(segments),
        **record,  # type: ignore[arg-type]
    )
    pairs = [Pair(source_id, head, headline[1], headline[2])]
    pairs += [
        Pair(source_id, segment, english, status)
        for segment, (_, _, english, status) in zip(segments, excerpts, strict=True)
    ]
    return TranslatedSource(source, language, tuple(pairs), translator)


def jing_or_skip() -> str:
    """The jing executable, or skip the test with the reason."""
    jing = shutil.which("jing")
    if jing is None:
        pytest.skip("jing is not installed (Debian package 'jing'): cannot check against tei_all")
    if not TEI_ALL.is_file():
        pytest.skip(f"the reference schema {TEI_ALL} is absent: cannot check against tei_all")
    return jing


def jing_errors(files: Sequence[Path]) -> list[str]:
    """The error lines jing reports for ``files`` against tei_all, in one run (it starts slowly)."""
    jing = jing_or_skip()
    result = subprocess.run(
        [jing, str(TEI_ALL), *map(str, files)], capture_output=True, text=True, check=False
    )
    return [line for line in result.stdout.splitlines() if ": error:" in line]


# Decomposed accents (e + U+0301), a narrow no-break space before "?", markup characters,
# a CDATA terminator, an emoji and both kinds of quotes: what a catalog can hand the export.
TRICKY_ENGLISH = (
    "Cafe\u0301 & co: <b>bold</b> ]]> \u201cquoted\u201d 'single' \"double\" \U0001f1f2\U0001f1f1 !"
)
TRICKY_FRENCH = "« Le café & cie ? » <i>italique</i> ]]> 69\u202f% des sondés \U0001f600"


def tricky_doc() -> TranslatedSource:
    """A source whose id starts with a digit, with every kind of text that can break XML."""
    return make_doc(
        "2023-05-04-sahel",
        headline=("Titre « guillemets » & <balises>", "Title “quotes” & <tags>", Status.TRANSLATED),
        excerpts=[
            ("e1", TRICKY_FRENCH, TRICKY_ENGLISH, Status.TRANSLATED),
            ("e2", "Traduction à revoir.", "Translation to review.", Status.FUZZY),
            ("e3", "Pas encore traduit.", None, Status.UNTRANSLATED),
            ("2 b/c", "Identifiant à nettoyer.", "Id to clean.", Status.TRANSLATED),
            ("2-b-c", "Identifiant qui entre en collision.", "Colliding id.", Status.TRANSLATED),
        ],
        outlet="L'Observateur & Paalga",
        note="Excerpt order follows the outlet <web> page.",
        provenance="French text written by the corpus maintainers from the English translation.",
        tags=("Mali", "sondage"),
    )


def complete_doc() -> TranslatedSource:
    """Every segment translated: the document's status is 'published'."""
    return make_doc(
        "complete",
        excerpts=[
            ("e1", "Un.", "One.", Status.TRANSLATED),
            ("e2", "Deux.", "Two.", Status.TRANSLATED),
        ],
    )


def bare_doc() -> TranslatedSource:
    """Nothing optional: no translator, URL, authors, notes; nothing translated."""
    return make_doc(
        "bare",
        headline=("Titre seul", None, Status.UNTRANSLATED),
        excerpts=[("e1", "Rien de traduit.", None, Status.UNTRANSLATED)],
        translator=None,
        outlet_note=None,
        url=None,
        authors=(),
        accessed=None,
        provenance=None,
    )


def large_corpus(sources: int = 10, pairs_per_source: int = 100) -> list[TranslatedSource]:
    """``sources`` sources of ``pairs_per_source`` pairs (headline included), all translated."""
    return [
        make_doc(
            f"{n:03d}-bulk",
            excerpts=[
                (
                    f"e{i}",
                    f"Paragraphe {i} de la source {n}.",
                    f"Paragraph {i} of source {n}.",
                    Status.TRANSLATED,
                )
                for i in range(1, pairs_per_source)
            ],
        )
        for n in range(sources)
    ]


DATE = dt.date(2024, 3, 1)


def write_all_exports(folder: Path) -> list[Path]:
    """Every export shape the tests rely on, written to ``folder``: documents and corpora."""
    from excerpts.export import write_tei, write_tei_corpus

    publisher = "excerpts project"
    written: list[Path] = []

    def doc(name: str, d: TranslatedSource, **options: object) -> None:
        path = folder / f"{name}.xml"
        write_tei(d, path, publisher=publisher, **options)  # type: ignore[arg-type]
        written.append(path)

    doc("default", make_doc())
    doc("dated", make_doc(), date=DATE)
    doc("tricky", tricky_doc())
    doc("tricky-fuzzy", tricky_doc(), include_fuzzy=True, date=DATE)
    doc("complete", complete_doc())
    doc("bare", bare_doc())
    doc("pt-br", make_doc(language="pt_BR"))
    path = folder / "corpus.xml"
    write_tei_corpus([make_doc(), tricky_doc(), bare_doc()], path, publisher=publisher, date=DATE)
    written.append(path)
    path = folder / "corpus-1000.xml"
    write_tei_corpus(large_corpus(), path, publisher=publisher, include_fuzzy=True)
    written.append(path)
    return written
