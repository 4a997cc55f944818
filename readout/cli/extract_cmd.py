"""`readout extract`: one record per document, as JSON Lines, JSON or an explained text."""
from __future__ import annotations

import sys

import click

from .group import cli
from ..clean import DEFAULT_MAX_DEPTH
from ..errors import InputError
from ..inputs import DEFAULT_MAX_BYTES
from ..record import dumps_record
from ..scale import engine_options

_MB = 1000 * 1000


EXAMPLE = "Example: readout extract --jsonl examples/ > records.jsonl"


@cli.command(epilog=EXAMPLE)
@click.argument("paths", nargs=-1, required=True)
@click.option("--jsonl", is_flag=True, help="One JSON record per line (JSON Lines).")
@click.option("--explain", is_flag=True,
              help="Print each document's text with its meetings and statements marked.")
@click.option("--max-size", "max_mb", type=click.FloatRange(min=0, min_open=True),
              default=DEFAULT_MAX_BYTES / _MB, show_default=True, metavar="MB",
              help="Largest document read, in MB; larger ones are reported as errors.")
@click.option("--max-depth", type=click.IntRange(min=1), default=DEFAULT_MAX_DEPTH, show_default=True,
              help="Deepest HTML nesting read with its structure; deeper pages are read as plain text.")
@click.option("-v", "--verbose", is_flag=True,
              help="Also log the library's messages (and tracebacks of internal errors) on standard error.")
@engine_options
def extract(paths, jsonl, explain, max_mb, max_depth, verbose, engine, scheduler, partitions, workers):
    """Extract one readout record per document.

    PATHS are files (.txt, .html, .htm, .md, .json, .jsonl), directories (read recursively)
    or - for standard input. Documents that cannot be read are reported on standard error,
    one line each, and the others are still extracted; the exit status is 1 when any
    document failed, 0 otherwise (2 for a usage error).
    """
    from ..pipeline import iter_records
    from ..scale import check_engine_options, iter_records_dask
    from ..workers import default_workers

    _configure_logging(verbose)
    check_engine_options(engine, scheduler, partitions, workers)
    if jsonl and explain:
        raise click.UsageError("--jsonl and --explain cannot be used together.")
    n_workers = workers or default_workers()
    if engine == "local" and jsonl and n_workers > 1:
        sys.exit(1 if _extract_jsonl_parallel(paths, max_mb, max_depth, n_workers) else 0)
    render = _explainer() if explain else None
    out = click.get_binary_stream("stdout")
    read = dict(max_bytes=int(max_mb * _MB), max_depth=max_depth, stdin=click.get_binary_stream("stdin"))
    items = (iter_records_dask(paths, scheduler, partitions, workers=workers, **read) if engine == "dask"
             else iter_records(paths, **read))
    writer = _write_explained(render) if explain else (_write_jsonl if jsonl else _write_json(paths))
    failed = writer(items, out)
    out.flush()
    sys.exit(1 if failed else 0)


def _extract_jsonl_parallel(paths, max_mb: float, max_depth: int, workers: int) -> int:
    """--jsonl with a process pool: the same lines in the same order as one process writes."""
    from ..inputs import iter_inputs
    from ..workers import iter_json_parallel

    out = click.get_binary_stream("stdout")
    items = iter_inputs(paths, max_bytes=int(max_mb * _MB), stdin=click.get_binary_stream("stdin"))
    failed = 0
    for result in iter_json_parallel(items, workers, max_depth):
        if isinstance(result, InputError):
            _report(result)
            failed += 1
        else:
            out.write(result + b"\n")
    out.flush()
    return failed


def _configure_logging(verbose: bool) -> None:
    """Standard error carries one line per failed document; library logs only with --verbose.

    Without a handler, Python would print warnings and logged tracebacks to standard error.
    """
    import logging

    logger = logging.getLogger("readout")
    if verbose:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s: %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    elif not logger.handlers:
        logger.addHandler(logging.NullHandler())


def _explainer():
    """readout.explain.render_explain, imported only when --explain asks for it."""
    try:
        from ..explain import render_explain
    except ImportError as exc:
        raise click.ClickException(f"--explain is not available in this installation ({exc}).") from None
    return render_explain


def _report(error: InputError) -> None:
    click.echo(f"error: {error.source}: {error.problem}", err=True)


def _write_jsonl(items, out) -> int:
    failed = 0
    for item in items:
        if isinstance(item, InputError):
            _report(item)
            failed += 1
            continue
        line = _dumps_or_report(item)
        if line is None:
            failed += 1
            continue
        out.write(line + b"\n")
    return failed


def _dumps_or_report(record, pretty: bool = False):
    """The record's JSON, or None after reporting a record that cannot be written."""
    try:
        return dumps_record(record, pretty)
    except (TypeError, ValueError) as exc:
        _report(InputError(record.document.source, f"record cannot be written as JSON ({exc})"))
        return None


def _write_json(paths):
    """Pretty JSON: one object for a single document, else an array written as it goes."""
    def write(items, out) -> int:
        failed, count = 0, 0
        single = len(paths) == 1 and _is_single_document(paths[0])
        for item in items:
            if isinstance(item, InputError):
                _report(item)
                failed += 1
                continue
            body = _dumps_or_report(item, pretty=True)
            if body is None:
                failed += 1
                continue
            if single:
                out.write(body + b"\n")
                continue
            out.write(b"[\n" if count == 0 else b",\n")
            out.write(body)
            count += 1
        if not single:
            out.write(b"[]\n" if count == 0 else b"\n]\n")
        return failed
    return write


def _is_single_document(path: str) -> bool:
    """A path that holds one document (not a directory, not JSON Lines, not stdin)."""
    import os

    return path != "-" and not os.path.isdir(path) and not path.lower().endswith(".jsonl")


def _write_explained(render):
    def write(items, out) -> int:
        failed, count = 0, 0
        for item in items:
            if isinstance(item, InputError):
                _report(item)
                failed += 1
                continue
            try:
                text = render(item)
            except Exception as exc:  # noqa: BLE001 - one document's rendering must not stop the batch
                _report(InputError(item.document.source, f"cannot be explained ({type(exc).__name__}: {exc})"))
                failed += 1
                continue
            out.write((b"\n" if count else b"") + text.rstrip("\n").encode("utf-8") + b"\n")
            count += 1
        return failed
    return write
