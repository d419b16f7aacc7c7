"""Commands that turn sources into catalogs: extract, update, stats, compile."""

from __future__ import annotations

import json

import click

from excerpts import workflow
from excerpts.cli.common import get_corpus, handle_errors

LANG_OPTION = click.option(
    "-l",
    "--lang",
    "languages",
    multiple=True,
    metavar="LANG",
    help="Target language (repeatable; default: every language in [tool.excerpts]).",
)


@click.command()
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if the template is out of date.")
@click.pass_context
@handle_errors
def extract(ctx: click.Context, check: bool) -> None:
    """Write the template locales/<domain>.pot from sources/*.toml.

    One entry per segment (the headline, then each excerpt), keyed by msgctxt
    <source-id>/<segment-id>. When nothing changed the file is left untouched.
    """
    corpus = get_corpus(ctx)
    result = workflow.extract(corpus, check=check)
    where = corpus.relative(result.path)
    if check:
        if result.out_of_date:
            click.echo(f"{where} is out of date; run `excerpts extract`", err=True)
            ctx.exit(1)
        click.echo(f"{where} is up to date")
        return
    state = "written" if result.written else "unchanged"
    click.echo(f"{where}: {result.segments} segments from {result.sources} sources ({state})")


@click.command()
@LANG_OPTION
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing; exit 1 if the template or a catalog is out of date (for CI).",
)
@click.pass_context
@handle_errors
def update(ctx: click.Context, languages: tuple[str, ...], check: bool) -> None:
    """Extract the template, then create or merge each language's catalog.

    \b
    Entries are matched on their key (msgctxt), so:
      unchanged French   -> translation kept
      changed French     -> translation kept, marked fuzzy, old French kept as #| msgid
      new segment        -> untranslated, or a fuzzy suggestion from the same French elsewhere
      removed segment    -> kept as an obsolete #~ entry (revived if the segment returns)
    Translator comments, flags and headers are never touched.
    """
    corpus = get_corpus(ctx)
    extracted, results = workflow.update(corpus, languages or None, check=check)
    stale = extracted.out_of_date or any(r.out_of_date for r in results)
    for result in results:
        where = corpus.relative(result.path)
        if check:
            state = "out of date" if result.out_of_date else "up to date"
            click.echo(f"{where}: {state} ({result.counts.summary()})")
        else:
            state = "created" if result.created else ("updated" if result.written else "unchanged")
            click.echo(f"{where}: {result.counts.summary()} ({state})")
    if check and stale:
        click.echo("catalogs are out of date; run `excerpts update`", err=True)
        ctx.exit(1)


@click.command()
@LANG_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="A table for people, or JSON for scripts.",
)
@click.pass_context
@handle_errors
def stats(ctx: click.Context, languages: tuple[str, ...], fmt: str) -> None:
    """Show translation progress per source and language.

    Segments, French words, translated, fuzzy (needs review), untranslated, and the share done.
    A segment whose French changed since it was translated counts as fuzzy.
    """
    corpus = get_corpus(ctx)
    rows = workflow.stats(corpus, languages or None)
    if fmt == "json":
        data = [
            {
                "source": r.source_id,
                "language": r.language,
                "segments": r.segments,
                "words": r.words,
                "translated": r.translated,
                "fuzzy": r.fuzzy,
                "untranslated": r.untranslated,
                "percent": round(r.percent, 1),
            }
            for r in rows
        ]
        click.echo(json.dumps({"version": 1, "stats": data}, ensure_ascii=False, indent=2))
        return
    click.echo(_stats_table(rows))


def _stats_table(rows: list[workflow.SourceStats]) -> str:
    header = ("source", "lang", "segments", "words", "translated", "fuzzy", "untranslated", "done")
    body = [
        (r.source_id, r.language, str(r.segments), str(r.words), str(r.translated),
         str(r.fuzzy), str(r.untranslated), f"{r.percent:.0f}%")
        for r in rows
    ]
    for language in sorted({r.language for r in rows}):
        mine = [r for r in rows if r.language == language]
        segments = sum(r.segments for r in mine)
        translated = sum(r.translated for r in mine)
        body.append((
            "total", language, str(segments), str(sum(r.words for r in mine)), str(translated),
            str(sum(r.fuzzy for r in mine)), str(sum(r.untranslated for r in mine)),
            f"{100.0 * translated / segments if segments else 100.0:.0f}%",
        ))
    widths = [max(len(row[i]) for row in (header, *body)) for i in range(len(header))]
    lines = []
    for row in (header, *body):
        cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1])]
        cells += [cell.rjust(width) for cell, width in zip(row[2:], widths[2:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


@click.command("compile")
@LANG_OPTION
@click.pass_context
@handle_errors
def compile_(ctx: click.Context, languages: tuple[str, ...]) -> None:
    """Compile each catalog to a .mo file beside it.

    Same content as `msgfmt`: fuzzy, untranslated and obsolete entries are left out.
    """
    corpus = get_corpus(ctx)
    for path, count in workflow.compile_catalogs(corpus, languages or None):
        click.echo(f"{corpus.relative(path)}: {count} messages")
