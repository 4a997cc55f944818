"""Thin command-line layer over the library. Each module below adds its commands."""
from .group import cli

# Importing a command module registers its commands on `cli`.
from . import extract_cmd, store_cmd, compare_cmd, web_cmd, crawl_cmd  # noqa: E402,F401


def main() -> None:
    cli(prog_name="readout")
