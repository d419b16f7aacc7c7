"""Exports of the bilingual corpus: each format a pure ``generate_*`` and a thin ``write_*``."""

from __future__ import annotations

from excerpts.export.tei import (
    TeiCounts,
    TeiExport,
    count_pairs,
    document_id,
    generate_tei,
    generate_tei_corpus,
    write_tei,
    write_tei_corpus,
    write_tei_files,
)

__all__ = [
    "TeiCounts",
    "TeiExport",
    "count_pairs",
    "document_id",
    "generate_tei",
    "generate_tei_corpus",
    "write_tei",
    "write_tei_corpus",
    "write_tei_files",
]
