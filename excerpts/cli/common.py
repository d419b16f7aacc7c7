"""What every command shares: opening the corpus and turning library errors into exit codes."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from excerpts.config import Corpus, load_corpus
from excerpts.errors import ExcerptsError

F = TypeVar("F", bound=Callable[..., Any])


def get_corpus(ctx: click.Context) -> Corpus:
    """The corpus named by ``--root``, or the one around the current folder."""
    obj = ctx.find_root().obj or {}
    root: Path | None = obj.get("root")
    return load_corpus(root=root)


def handle_errors(func: F) -> F:
    """Report :class:`ExcerptsError` as ``Error: file:line: message`` and exit with code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ExcerptsError as exc:
            raise click.ClickException(exc.location_message(Path.cwd())) from None

    return wrapper  # type: ignore[return-value]
