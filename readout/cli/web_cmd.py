"""`readout serve`: the web app and JSON API (see docs/web.md)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Optional

import click

from .group import cli


@cli.command(epilog="Example: readout serve --demo --port 8000")
@click.option("--db", "db_url", default=None, envvar="READOUT_DB",
              help="Database path or URL (sqlite:///…, postgresql://…); default READOUT_DB or readout.db.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port.")
@click.option("--demo", is_flag=True, help="Serve a fresh database built from the bundled sample readouts.")
def serve(db_url: Optional[str], host: str, port: int, demo: bool) -> None:
    """Serve the web app (pages and JSON API under /api/) over a readout database.

    Reading is open; POST /api/documents needs `Authorization: Bearer $READOUT_TOKEN`
    and is disabled when READOUT_TOKEN is not set. --demo builds a database from the
    bundled sample readouts into a temporary file and serves it.
    """
    import uvicorn

    from ..store import Store
    from ..web import create_app
    with tempfile.TemporaryDirectory(prefix="readout-demo-") as folder:
        if demo:
            db_url = make_demo_db(Path(folder))
        db_url = db_url or "readout.db"
        Store(db_url, readonly=True).close()  # fail now, in one line, if the database cannot be read
        token = os.environ.get("READOUT_TOKEN") or None
        click.echo(f"readout: serving {db_url} on http://{host}:{port}/ "
                   f"(writes {'enabled with a token' if token else 'disabled: READOUT_TOKEN not set'})", err=True)
        uvicorn.run(create_app(db_url, token=token), host=host, port=port, log_level="info")


def make_demo_db(folder: Path) -> str:
    """Build the demo database in a temporary folder (removed on exit) and return its path."""
    from ..web.demo import build_demo_db
    path = folder / "demo.db"
    counts = build_demo_db(path)
    click.echo(f"readout: demo database {path} ({sum(counts.values())} sample readouts)", err=True)
    return str(path)
