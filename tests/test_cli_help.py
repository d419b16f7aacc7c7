"""Every command teaches: it is listed, has help text, and its --help runs."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from excerpts.cli import _COMMANDS, main


def all_commands() -> list[tuple[str, ...]]:
    ctx = click.Context(main)
    paths: list[tuple[str, ...]] = []
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        assert command is not None, name
        paths.append((name,))
        if isinstance(command, click.Group):
            paths += [(name, sub) for sub in command.list_commands(ctx)]
    return paths


def test_every_command_in_the_table_is_listed() -> None:
    assert main.list_commands(click.Context(main)) == sorted(_COMMANDS)


@pytest.mark.parametrize("path", all_commands(), ids=" ".join)
def test_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: main {' '.join(path)}")
    ctx = click.Context(main)
    command: click.Command | None = main
    for part in path:
        assert isinstance(command, click.Group)
        command = command.get_command(ctx, part)
    assert command is not None and command.help and len(command.help.strip()) > 30
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden and param.name != "help":
            assert param.help, f"option {param.opts} of {' '.join(path)} has no help"


def test_top_level_help_lists_commands_without_importing_them() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name, (_, _, short) in _COMMANDS.items():
        assert f"{name}" in result.output and short in result.output


def test_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["exprot"])
    assert result.exit_code == 2
    assert "No such command 'exprot'" in result.output
