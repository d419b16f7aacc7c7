"""The ``excerpts`` command line: the only package that imports click.

Commands live in their own modules and are imported only when they run, so ``excerpts --help``
stays fast (lxml and Babel are loaded by the commands that need them). Each command opens the
corpus, calls one library function and renders its result; library errors become
``Error: file:line: message`` with exit code 1.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from excerpts import __version__

F = TypeVar("F", bound=Callable[..., Any])

# command name -> (module, attribute, one-line help shown by `excerpts --help`)
_COMMANDS: dict[str, tuple[str, str, str]] = {
    "source": ("excerpts.cli.source", "source", "Create and list source records."),
    "extract": ("excerpts.cli.catalogs", "extract", "Write the template locales/<domain>.pot."),
    "update": ("excerpts.cli.catalogs", "update", "Create or merge each language's catalog."),
    "stats": ("excerpts.cli.catalogs", "stats", "Show translation progress per source."),
    "compile": ("excerpts.cli.catalogs", "compile_", "Compile catalogs to .mo files."),
    "check": ("excerpts.cli.check", "check", "Check sources and translations for errors."),
    "export": ("excerpts.cli.export", "export", "Export the aligned corpus (TEI P5)."),
    "validate": ("excerpts.cli.export", "validate", "Validate TEI files written by export."),
    "merge-driver": (
        "excerpts.cli.merge",
        "merge_driver",
        "Git merge driver for PO catalogs (three-way, by entry).",
    ),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported when used, not when the CLI starts."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(
            name for name, (module, _, _) in _COMMANDS.items() if _module_exists(module)
        )

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = _COMMANDS.get(cmd_name)
        if spec is None or not _module_exists(spec[0]):
            return None
        module = importlib.import_module(spec[0])
        command = getattr(module, spec[1])
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Use the short help from the table so that --help imports no command module.
        rows = [(name, _COMMANDS[name][2]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _module_exists(module: str) -> bool:
    name = module.rsplit(".", 1)[1]
    return (Path(__file__).parent / f"{name}.py").is_file()


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="excerpts")
@click.option(
    "--root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Corpus folder (default: the nearest folder at or above the current one whose "
    "pyproject.toml has [tool.excerpts]).",
)
@click.pass_context
def main(ctx: click.Context, root: Path | None) -> None:
    """Manage French press excerpts and their English translations.

    \b
    A corpus holds:
      sources/<id>.toml                  one record per French source
      locales/excerpts.pot               the template, made by `excerpts extract`
      locales/<lang>/LC_MESSAGES/excerpts.po   the translations
    \b
    Typical round:
      excerpts update          # sources -> template -> catalogs
      excerpts stats           # what is left to translate
      excerpts check           # find translation errors
      excerpts export tei      # aligned TEI P5 in build/tei/
    """
    ctx.ensure_object(dict)
    ctx.obj["root"] = root


def run(argv: list[str] | None = None) -> None:
    """Entry point for ``python -m excerpts``."""
    main(args=argv if argv is not None else sys.argv[1:], prog_name="excerpts")
