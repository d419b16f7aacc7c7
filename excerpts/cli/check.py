"""``excerpts check``: translation QA of the corpus or of PO files."""

from __future__ import annotations

from pathlib import Path

import click

from excerpts.cli.common import get_corpus, handle_errors


@click.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-l",
    "--lang",
    "languages",
    multiple=True,
    metavar="LANG",
    help="Target language to check (repeatable; default: all of [tool.excerpts]).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Lines for people, or JSON for CI and editors.",
)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option(
    "--require-complete",
    is_flag=True,
    help="Untranslated and fuzzy entries are errors (before publication).",
)
@click.option(
    "--source-lang",
    metavar="LANG",
    help="Source language of FILES without an X-Source-Language header (default: fr).",
)
@click.option(
    "--glossary",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Glossary CSV (source,target,note) for FILES; default: the corpus glossary.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Processes for a large catalog's checks (0: one per CPU; 1: no extra process).",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Check every pair again; do not read or keep answers in .excerpts-cache/.",
)
@click.option("--list", "list_checks", is_flag=True, help="List the checks and exit.")
@click.pass_context
@handle_errors
def check(
    ctx: click.Context,
    files: tuple[Path, ...],
    languages: tuple[str, ...],
    fmt: str,
    strict: bool,
    require_complete: bool,
    source_lang: str | None,
    glossary: Path | None,
    jobs: int,
    no_cache: bool,
    list_checks: bool,
) -> None:
    """Find missing and wrong translations.

    \b
    Without FILES: the whole corpus -- every source record, every target catalog, and
    whether the catalogs are in sync with the sources.
    With FILES: those PO files, inside the corpus or not.

    \b
    Each finding is one line an editor can jump to:
      locales/en/LC_MESSAGES/excerpts.po:42: error: [numbers] 7,5 in the French ...
    Exit code 0 when there is no error-level finding, 1 otherwise.

    \b
    Silence a check on one entry with a flag, as in Weblate:
      #, ignore-numbers        (any check id after "ignore-")
      #, ignore-all-checks
    Severities are set per check in [tool.excerpts.checks], e.g.  length = "off".
    `excerpts check --list` shows every check.

    \b
    Inside a corpus, the answers for each pair are kept in .excerpts-cache/, so
    the next run checks only the pairs that changed (--no-cache: check all).
    A large catalog is checked by one process per CPU (-j/--jobs).
    """
    from excerpts.checks import CHECKS, render_json, render_text, summarize
    from excerpts.qa import CORPUS_CHECKS, check_corpus, check_files

    if list_checks:
        width = max(len(i) for i in [*CHECKS, *CORPUS_CHECKS])
        for check_id, item in CHECKS.items():
            click.echo(f"{check_id.ljust(width)}  {item.severity:<7}  {item.doc}")
        for check_id, doc in CORPUS_CHECKS.items():
            click.echo(f"{check_id.ljust(width)}  {'error':<7}  {doc}")
        return
    if files:
        if languages:
            raise click.UsageError(
                "-l/--lang selects corpus catalogs; do not combine it with FILES"
            )
        findings = check_files(
            files,
            source_lang=source_lang,
            glossary_path=glossary,
            require_complete=require_complete,
            strict=strict,
            jobs=jobs,
            cache=not no_cache,
        )
    else:
        findings = check_corpus(
            get_corpus(ctx),
            languages or None,
            require_complete=require_complete,
            strict=strict,
            jobs=jobs,
            cache=not no_cache,
        )
    summary = summarize(findings)
    click.echo(
        render_json(findings, summary) if fmt == "json" else render_text(findings, summary),
        nl=False,
    )
    if summary.errors:
        ctx.exit(1)
