"""Exports of the bilingual corpus: each format a pure ``generate_*`` and a thin ``write_*``."""

from __future__ import annotations

from excerpts.export.tei import (
    TeiCounts,
    count_pairs,
    document_id,
    generate_tei,
    generate_tei_corpus,
    write_tei,
    write_tei_corpus,
)

__all__ = [
    "TeiCounts",
    "count_pairs",
    "document_id",
    "generate_tei",
    "generate_tei_corpus",
    "write_tei",
    "write_tei_corpus",
]
