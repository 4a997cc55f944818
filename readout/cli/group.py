"""The `readout` command group; each command module registers itself on it."""
from __future__ import annotations

import sys

import click

from .. import __version__
from ..errors import ReadoutError


class ReadoutGroup(click.Group):
    """Maps ReadoutError to one `error: …` line and exit status 2, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ReadoutError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)


@click.group(cls=ReadoutGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="readout")
def cli() -> None:
    """readout: official diplomatic readouts as a verifiable, queryable record.

    Example: readout extract --jsonl readouts/
    """
