"""``excerpts source``: create and list source records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from excerpts.cli.common import get_corpus, handle_errors
from excerpts.errors import ExcerptsError
from excerpts.fsutil import atomic_write_bytes
from excerpts.sources import SLUG_RE, generate_record, split_paragraphs
from excerpts.workflow import load_sources


class SourceId(click.ParamType):  # type: ignore[type-arg]  # generic only in recent click
    """A source id: a lowercase slug, also the record's file name."""

    name = "ID"

    def convert(self, value: str, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if not SLUG_RE.match(value):
            self.fail(
                f"{value!r} is not a valid source id: use lowercase letters, digits and hyphens, "
                "e.g. africanews-2023-05-04-mali-poll",
                param,
                ctx,
            )
        return value


@click.group()
def source() -> None:
    """Create and list source records (sources/<id>.toml)."""


@source.command("new")
@click.argument("source_id", type=SourceId())
@click.option("--outlet", required=True, help="Name of the outlet, e.g. AfricaNews.")
@click.option(
    "--published",
    required=True,
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Publication date, YYYY-MM-DD.",
)
@click.option("--headline", help="French headline (default: the first paragraph of --from-text).")
@click.option("--url", help="Address of the article.")
@click.option("--outlet-note", help='What the outlet is, e.g. "pan-African news aggregator".')
@click.option(
    "--provenance",
    help="Where the French text comes from, when it is not the outlet's own wording.",
)
@click.option(
    "--from-text",
    "from_text",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Plain-text article (UTF-8): each paragraph (blank-line separated) becomes an excerpt.",
)
@click.pass_context
@handle_errors
def new(
    ctx: click.Context,
    source_id: str,
    outlet: str,
    published: dt.datetime,
    headline: str | None,
    url: str | None,
    outlet_note: str | None,
    provenance: str | None,
    from_text: Path | None,
) -> None:
    """Write a new record sources/ID.toml.

    \b
    Examples:
      excerpts source new lefaso-2024-01-12-budget --outlet lefaso.net \\
          --published 2024-01-12 --headline "Le budget 2024 adopté"
      excerpts source new rfi-2023-06-01-mali --outlet RFI --published 2023-06-01 \\
          --from-text article.txt
    Then edit the file to keep only the excerpts you quote, and run `excerpts update`.
    """
    corpus = get_corpus(ctx)
    paragraphs: list[str] = []
    if from_text is not None:
        try:
            paragraphs = split_paragraphs(from_text.read_text(encoding="utf-8-sig"))
        except UnicodeDecodeError:
            raise ExcerptsError("not UTF-8 text; save the article as UTF-8", from_text) from None
    if headline is None:
        if not paragraphs:
            raise click.UsageError("give --headline, or --from-text with the headline first")
        headline = paragraphs.pop(0)
    path = corpus.sources_dir / f"{source_id}.toml"
    if path.exists():
        raise ExcerptsError("a record with this id exists already; choose another id", path)
    text = generate_record(
        outlet=outlet,
        published=published.date(),
        headline=headline,
        paragraphs=paragraphs,
        url=url,
        outlet_note=outlet_note,
        provenance=provenance,
        language=corpus.settings.source_language,
    )
    atomic_write_bytes(path, text.encode("utf-8"))
    click.echo(f"{corpus.relative(path)}: {len(paragraphs)} excerpts; next: `excerpts update`")


@source.command("list")
@click.pass_context
@handle_errors
def list_(ctx: click.Context) -> None:
    """List the records: id, date, outlet, excerpts, headline."""
    corpus = get_corpus(ctx)
    for record in load_sources(corpus):
        click.echo(
            f"{record.id}\t{record.published.isoformat()}\t{record.outlet}\t"
            f"{len(record.excerpts)}\t{record.headline.text}"
        )
