"""Commands for the corpus as it leaves the repository: ``export tei`` and ``validate``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import click

from excerpts.cli.common import get_corpus, handle_errors
from excerpts.cli.source import SourceId
from excerpts.export.validate import Problem, validate_tei


class IsoDateParam(click.ParamType[dt.date]):
    """A calendar date written ``YYYY-MM-DD``."""

    name = "YYYY-MM-DD"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date like 2024-05-04", param, ctx)


@click.group()
def export() -> None:
    """Export the aligned corpus for archives and other tools."""


@export.command()
@click.option(
    "-l",
    "--lang",
    "language",
    metavar="LANG",
    help="Target language (default: the first of target-languages in [tool.excerpts]).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the TEI files (default: build/tei/ in the corpus folder).",
)
@click.option(
    "--source",
    "source_ids",
    multiple=True,
    type=SourceId(),
    metavar="ID",
    help="Export only this source (repeatable; default: every source).",
)
@click.option(
    "--corpus",
    "as_corpus",
    is_flag=True,
    help="Write one teiCorpus file, corpus.xml, instead of one TEI file per source.",
)
@click.option(
    "--include-fuzzy",
    is_flag=True,
    help='Also export translations marked fuzzy, linked with cert="low".',
)
@click.option(
    "--date",
    type=IsoDateParam(),
    help="Publication date to write in the headers (default: none, so that the same corpus "
    "always gives the same bytes).",
)
@click.pass_context
@handle_errors
def tei(
    ctx: click.Context,
    language: str | None,
    output: Path | None,
    source_ids: tuple[str, ...],
    as_corpus: bool,
    include_fuzzy: bool,
    date: dt.date | None,
) -> None:
    """Write the aligned TEI P5 corpus: each French segment beside its translation.

    \b
    One file per source, build/tei/<source-id>.xml (or one build/tei/corpus.xml with
    --corpus), each valid against TEI's tei_all. Untranslated segments keep their French and
    get no link; fuzzy translations are left out unless --include-fuzzy. Every file written is
    then validated with the project's schema, as `excerpts validate` does.
    """
    from excerpts.export.tei import write_tei_files
    from excerpts.workflow import load_translated

    corpus = get_corpus(ctx)
    settings = corpus.settings
    if language is None:
        language = settings.target_languages[0]
    elif language not in settings.target_languages:
        raise click.BadParameter(
            f"{language!r} is not one of the target languages in [tool.excerpts] "
            f"({', '.join(settings.target_languages)})",
            param_hint="'-l' / '--lang'",
        )
    # The sources are read as they are written, one at a time.
    docs = load_translated(corpus, language, source_ids or None)
    folder = output if output is not None else corpus.root / "build" / "tei"
    result = write_tei_files(
        docs,
        folder,
        publisher=settings.publisher,
        as_corpus=as_corpus,
        include_fuzzy=include_fuzzy,
        date=date,
    )
    invalid = _report(p for path in result.paths for p in validate_tei(path))
    if invalid:
        raise click.ClickException(
            f"{invalid} problems in the files written to {corpus.relative(folder)}; "
            "this is a bug in excerpts: please report it with the file"
        )
    counts = result.counts
    summary = f"{counts.linked} pairs linked, {counts.untranslated} untranslated"
    if counts.fuzzy_left_out:
        summary += f", {counts.fuzzy_left_out} fuzzy left out (--include-fuzzy exports them)"
    click.echo(f"wrote {_files(len(result.paths))} to {corpus.relative(folder)} ({summary})")


@click.command()
@click.argument(
    "files",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.pass_context
def validate(ctx: click.Context, files: tuple[Path, ...]) -> None:
    """Validate TEI files written by `excerpts export tei`.

    Checks each FILE against the project's own schema (a strict subset of TEI's tei_all that
    loads in milliseconds) and what no schema checks: xml:ids unique, every #pointer resolving,
    each link joining two segments, ISO dates, legal @cert values. Prints
    `file:line: error: message` per problem; exits 1 if any file has one.
    """
    invalid = sum(_report(validate_tei(path)) > 0 for path in files)
    valid = len(files) - invalid
    if invalid:
        click.echo(f"{_files(valid)} valid, {_files(invalid)} invalid")
        ctx.exit(1)
    click.echo(f"{_files(valid)} valid")


def _report(problems: Iterable[Problem]) -> int:
    """Print each problem on its own line; return how many there were."""
    count = 0
    for problem in problems:
        click.echo(str(problem))
        count += 1
    return count


def _files(n: int) -> str:
    return f"{n} file" if n == 1 else f"{n} files"
