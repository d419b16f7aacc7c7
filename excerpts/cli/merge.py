"""``excerpts merge-driver``: git's merge driver for PO catalogs."""

from __future__ import annotations

from pathlib import Path

import click
import polib

from excerpts import po
from excerpts.cli.common import handle_errors
from excerpts.errors import CatalogError
from excerpts.gitmerge import merge_three

_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.command("merge-driver")
@click.argument("base", type=_FILE)
@click.argument("ours", type=_FILE)
@click.argument("theirs", type=_FILE)
@click.option("--name", "shown", help="The file's name in the repository (git's %P), for messages.")
@handle_errors
def merge_driver(base: Path, ours: Path, theirs: Path, shown: str | None) -> None:
    """Merge two versions of a PO catalog entry by entry (for git).

    \b
    Git calls it as:  excerpts merge-driver %O %A %B --name %P
    and takes the result from %A. Set it up with tools/install-merge-driver, which writes
      .gitattributes:  *.po merge=excerpts-po   (and *.pot)
      git config:      merge.excerpts-po.driver "excerpts merge-driver %O %A %B --name %P"

    Edits of different entries merge cleanly, and header dates never conflict. When both
    sides translated one entry differently, ours is kept, marked fuzzy, theirs is kept in a
    translator comment, and the exit code is 1 so that git reports the conflict.
    """
    catalogs = [_read_side(path, side, shown) for path, side in
                ((base, "the common ancestor"), (ours, "our version"), (theirs, "their version"))]
    merged, conflicts = merge_three(*catalogs)
    po.write_po(merged, ours)
    name = shown or str(ours)
    for conflict in conflicts:
        click.echo(
            f"{name}: conflict in {conflict.key}: both sides translated it; kept ours, "
            "marked fuzzy, theirs in a translator comment",
            err=True,
        )
    if conflicts:
        raise SystemExit(1)


def _read_side(path: Path, side: str, shown: str | None) -> polib.POFile:
    """One side of the merge; its errors name the file as the repository knows it (git's %P),
    not git's temporary copy, and say which side is broken."""
    try:
        return po.read_po(path)
    except CatalogError as exc:
        if shown is None:
            raise
        raise CatalogError(f"{side} cannot be merged: {exc.message}", shown, exc.line) from None
