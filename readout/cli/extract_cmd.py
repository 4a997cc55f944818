"""`readout extract`."""
from __future__ import annotations

import click

from .group import cli


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--jsonl", is_flag=True, help="One JSON record per line.")
def extract(paths, jsonl):
    """Extract one record per document.

    Example: readout extract --jsonl docs/
    """
    raise click.ClickException("not yet implemented")
