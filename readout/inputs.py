"""Read input documents (.txt, .html, .md, .json, .jsonl, directories, '-') as InputDoc.

`iter_inputs(paths)` yields one `InputDoc` per readable document and one `InputError`
(source + problem) per document that cannot be read, so a batch goes on past bad files.
The formats are described in `shared/spec/INPUT.md` and `docs/extract.md`.
"""
from __future__ import annotations

import datetime as _dt
import logging
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Union

import orjson

from . import rx
from .errors import InputError

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1000 * 1000
KNOWN_SUFFIXES = (".txt", ".html", ".htm", ".md", ".json", ".jsonl")
STDIN = "-"
STDIN_SOURCE = "<stdin>"
MAX_METADATA_DEPTH = 64  # deeper metadata cannot be written back out as JSON
# JSON keys of one input document; everything else is kept as metadata.
_DOC_KEYS = ("text", "html", "url", "title", "published", "publisher")


@dataclass(frozen=True, slots=True)
class InputDoc:
    """One document as read, before cleaning."""
    source: str
    text: Optional[str] = None
    html: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    publisher: Optional[str] = None
    metadata: dict = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


InputItem = Union[InputDoc, InputError]


def iter_inputs(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES,
                stdin: Optional[BinaryIO] = None) -> Iterator[InputItem]:
    """Yield an InputDoc or an InputError for every document named by `paths`."""
    for path in paths:
        if path == STDIN:
            yield from read_stdin(stdin or sys.stdin.buffer, max_bytes)
        elif os.path.isdir(path):
            yield from read_directory(Path(path), max_bytes)
        else:
            yield from read_file(Path(path), max_bytes, source=path)


def read_directory(root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[InputItem]:
    """Every document under `root` with a known extension, recursively, in sorted order."""
    found = False
    for path in sorted(_walk(root)):
        found = True
        yield from read_file(path, max_bytes, source=str(path))
    if not found:
        yield InputError(str(root), "no documents in this directory (looked for "
                         + ", ".join(KNOWN_SUFFIXES) + ")")


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.lower().endswith(KNOWN_SUFFIXES):
                yield Path(folder) / name


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES,
              source: Optional[str] = None) -> Iterator[InputItem]:
    """Read one file by its extension; yields documents or errors, never raises InputError."""
    source = source or str(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl_file(path, source, max_bytes)
            return
        raw = _read_bytes(path, source, max_bytes)
        yield parse_bytes(raw, source, suffix)
    except InputError as exc:
        yield exc
    except Exception as exc:  # noqa: BLE001 - one unreadable file must not stop a batch
        log.exception("reading %s failed", source)
        yield InputError(source, f"cannot be read: internal error: {type(exc).__name__} (please report this document)")


def read_stdin(stream: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[InputItem]:
    """Standard input: one JSON object, JSON Lines, HTML or plain text, told apart by content."""
    try:
        raw = _read_limited(stream, max_bytes)
        text, warnings = decode_bytes(raw, STDIN_SOURCE)
    except InputError as exc:
        yield exc
        return
    head = text.lstrip()[:1]
    if head == "{" and _is_single_json(text):
        yield _guard(parse_json_document, text, STDIN_SOURCE, warnings)
    elif head == "{":
        yield from iter_jsonl_lines(text.splitlines(), STDIN_SOURCE, max_bytes)
    else:
        yield _guard(parse_text, text, STDIN_SOURCE, "", warnings)


def _read_limited(stream: BinaryIO, max_bytes: int) -> bytes:
    """Read a stream up to the limit; past it, count the rest (without keeping it) for the message."""
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        rest = sum(len(chunk) for chunk in iter(lambda: stream.read(1 << 20), b""))
        check_size(len(raw) + rest, STDIN_SOURCE, max_bytes)
    return raw


def _guard(func, *args) -> InputItem:
    try:
        return func(*args)
    except InputError as exc:
        return exc


def _is_single_json(text: str) -> bool:
    try:
        return isinstance(orjson.loads(text), dict)
    except orjson.JSONDecodeError:
        return False


def _read_bytes(path: Path, source: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        check_size(size, source, max_bytes)
        with open(path, "rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as exc:
        raise _unreadable(exc, source) from None


def _unreadable(exc: OSError, source: str) -> InputError:
    """The one-line error for a file that cannot be opened or read."""
    if isinstance(exc, IsADirectoryError):
        return InputError(source, "is a directory")
    if isinstance(exc, FileNotFoundError):
        return InputError(source, "no such file")
    if isinstance(exc, PermissionError):
        return InputError(source, "permission denied")
    return InputError(source, f"cannot be read ({exc.strerror or exc})")


def check_size(size: int, source: str, max_bytes: int) -> None:
    """Refuse a document over the size limit, saying how large it is."""
    if size > max_bytes:
        raise InputError(source, f"document is {format_size(size)}, over the "
                         f"{format_size(max_bytes, whole=True)} limit")


def format_size(size: int, whole: bool = False) -> str:
    """Bytes as MB or kB, e.g. '31.0 MB' (decimal units, as `ls -lh --si`)."""
    if size >= 1000 * 1000:
        value, unit = size / 1e6, "MB"
    elif size >= 1000:
        value, unit = size / 1e3, "kB"
    else:
        return f"{size} bytes"
    if whole and value == int(value):
        return f"{int(value)} {unit}"
    return f"{value:.1f} {unit}"


def decode_bytes(raw: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Bytes to str: UTF-8 (BOM allowed) or UTF-16 with a BOM; bad bytes become U+FFFD with a warning."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), ()
        except UnicodeDecodeError:
            raise InputError(source, "starts with a UTF-16 byte order mark but is not valid UTF-16") from None
    if b"\x00" in raw:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        text = raw.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        return text, (f"invalid UTF-8 at byte {exc.start}: {bad} undecodable "
                      f"byte sequence(s) replaced with U+FFFD",)


def parse_bytes(raw: bytes, source: str, suffix: str) -> InputDoc:
    """One file's bytes as a document of the format its extension names."""
    text, warnings = decode_bytes(raw, source)
    if suffix == ".json":
        return parse_json_document(text, source, warnings)
    return parse_text(text, source, suffix, warnings)


def parse_text(text: str, source: str, suffix: str, warnings: tuple[str, ...] = ()) -> InputDoc:
    """A .txt, .html/.htm or .md document (or an unnamed one, told apart by its content)."""
    require_text(text, source)
    if suffix in (".html", ".htm") or (suffix not in (".txt", ".md") and looks_like_html(text)):
        return InputDoc(source=source, html=text, warnings=warnings)
    if suffix == ".md":
        return parse_markdown(text, source, warnings)
    return InputDoc(source=source, text=text, warnings=warnings)


def require_text(text: str, source: str) -> None:
    """An empty or whitespace-only document cannot be read."""
    if _is_blank(text):
        raise InputError(source, "empty document")


def _is_blank(text: Union[str, bytes]) -> bool:
    """True for an empty or whitespace-only string: `not text.strip()` without copying the text."""
    return not text or text.isspace()


def looks_like_html(text: str) -> bool:
    """True for a page that starts like HTML (doctype, <html>, or <head>/<body> near the top)."""
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        ("<body" in head or "<head" in head) and "</" in text)


# ---------------------------------------------------------------- Markdown

_FRONT_MATTER = rx.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_URL_KEYS = ("source_url", "url", "canonical_url", "link", "source", "permalink")
_DATE_KEYS = ("published", "date", "publish_date", "published_at", "pubdate", "created")
_PUBLISHER_KEYS = ("publisher", "site_name", "site", "organization")
# Markdown syntax that is not text: images, link targets, emphasis marks, heading hashes.
_MD_IMAGE = rx.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = rx.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_HEADING = rx.compile(r"^#{1,6}[ \t]+", re.M)
_MD_EMPHASIS = rx.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_MD_QUOTE = rx.compile(r"^>[ \t]?", re.M)


def parse_markdown(text: str, source: str, warnings: tuple[str, ...] = ()) -> InputDoc:
    """Markdown with optional YAML front matter (title, date, source_url, publisher, …)."""
    meta, body = split_front_matter(text, source)
    body = markdown_to_text(body)
    require_text(body, source)
    fields = {
        "title": _first_value(meta, ("title", "headline")),
        "url": _first_value(meta, _URL_KEYS),
        "published": _first_value(meta, _DATE_KEYS),
        "publisher": _first_value(meta, _PUBLISHER_KEYS),
    }
    used = {"title", "headline", *_URL_KEYS, *_DATE_KEYS, *_PUBLISHER_KEYS}
    if nesting_depth(meta) > MAX_METADATA_DEPTH:
        raise InputError(source, f"front matter is nested more than {MAX_METADATA_DEPTH} levels deep")
    extra = {k: _plain_value(v) for k, v in meta.items() if k not in used}
    return InputDoc(source=source, text=body, metadata=extra, warnings=warnings, **fields)


def split_front_matter(text: str, source: str) -> tuple[dict, str]:
    """YAML front matter between '---' lines, and the body after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml  # here: only Markdown front matter needs it, and it is slow to import

    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except RecursionError:
        raise InputError(source, "front matter is nested too deeply") from None
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise InputError(source, f"front matter is not valid YAML{where}") from None
    except (ValueError, OverflowError) as exc:
        # PyYAML builds dates while parsing: 'date: 2022-03-84' raises ValueError, not YAMLError.
        raise InputError(source, f"front matter has a value that is not valid: {exc}") from None
    if not isinstance(meta, dict):
        raise InputError(source, "front matter is not a mapping of keys to values")
    return {str(k).lower(): v for k, v in meta.items()}, text[match.end():]


def markdown_to_text(body: str) -> str:
    """Markdown to plain text: link and image targets, heading hashes and emphasis marks go."""
    if "[" in body:
        body = _MD_IMAGE.sub(lambda m: m.group(1), body)
        body = _MD_LINK.sub(lambda m: m.group(1), body)
    if "#" in body:
        body = _MD_HEADING.sub("", body)
    if "*" in body or "__" in body:
        body = _MD_EMPHASIS.sub("", body)
    if ">" in body:
        body = _MD_QUOTE.sub("", body)
    return body


def _first_value(meta: dict, keys: tuple[str, ...]) -> Optional[str]:
    for key in keys:
        value = meta.get(key)
        if value not in (None, ""):
            # Title, URL, date and publisher are text even when YAML reads them as numbers.
            return str(_plain_value(value)) if not isinstance(value, (list, dict)) else None
    return None


def _plain_value(value):
    """YAML dates and datetimes as ISO strings, so metadata stays JSON."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain_value(v) for k, v in value.items()}
    if isinstance(value, int) and not isinstance(value, bool) and not -2 ** 63 <= value < 2 ** 64:
        return str(value)  # JSON writers stop at 64 bits; the digits are kept as text
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


# ---------------------------------------------------------------- JSON

def parse_json_document(text: str, source: str, warnings: tuple[str, ...] = ()) -> InputDoc:
    """One JSON document object as in INPUT.md: exactly one of text or html, plus metadata."""
    require_text(text, source)
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise InputError(source, f"not valid JSON: {_json_problem(exc)}") from None
    return document_from_object(data, source, warnings)


def document_from_object(data, source: str, warnings: tuple[str, ...] = ()) -> InputDoc:
    """Build an InputDoc from a decoded JSON object, checking the fields INPUT.md requires."""
    if isinstance(data, list):
        raise InputError(source, "expected one JSON object, found an array "
                         "(put several documents in a .jsonl file, one per line)")
    if not isinstance(data, dict):
        raise InputError(source, f"expected a JSON object, found {type(data).__name__}")
    text, html = data.get("text"), data.get("html")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise InputError(source, f'"{key}" must be a string, not {type(value).__name__}')
    if text is not None and html is not None:
        raise InputError(source, 'has both "text" and "html"; give exactly one')
    if text is None and html is None:
        raise InputError(source, 'JSON document has no "text" or "html"')
    require_text(text if text is not None else html, source)
    fields = {key: _string_or_none(data.get(key), key, source)
              for key in ("url", "title", "published", "publisher")}
    metadata = {k: v for k, v in data.items() if k not in _DOC_KEYS}
    if nesting_depth(metadata) > MAX_METADATA_DEPTH:
        raise InputError(source, f"metadata is nested more than {MAX_METADATA_DEPTH} levels deep")
    return InputDoc(source=source, text=text, html=html, metadata=metadata,
                    warnings=warnings, **fields)


def nesting_depth(value) -> int:
    """How deeply lists and objects nest in a JSON value (iteratively: no recursion limit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def _string_or_none(value, key: str, source: str) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value or None
    raise InputError(source, f'"{key}" must be a string, not {type(value).__name__}')


def _json_problem(exc: orjson.JSONDecodeError) -> str:
    """orjson's message with its line and column, without the trailing noise."""
    message = str(exc.msg if hasattr(exc, "msg") else exc).split(":")[0].strip()
    line, col = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    return f"{message} (line {line}, column {col})" if line else message


def _read_jsonl_file(path: Path, source: str, max_bytes: int) -> Iterator[InputItem]:
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise _unreadable(exc, source) from None
    with handle:
        yield from iter_jsonl_lines(handle, source, max_bytes, raw=True)


def iter_jsonl_lines(lines: Iterable, source: str, max_bytes: int, raw: bool = False) -> Iterator[InputItem]:
    """One document per non-blank line; each is reported as PATH:LINE."""
    seen = False
    for number, line in enumerate(lines, 1):
        if _is_blank(line):
            continue
        seen = True
        where = f"{source}:{number}"
        try:
            check_size(len(line), where, max_bytes)
            yield parse_jsonl_bytes(line, where) if raw else parse_jsonl_line(line, where, ())
        except InputError as exc:
            yield exc
    if not seen:
        yield InputError(source, "empty document")


def parse_jsonl_bytes(line: bytes, where: str) -> InputDoc:
    """One line of a JSON Lines file, as bytes.

    orjson reads UTF-8 bytes directly, which saves decoding the line to str (and orjson
    encoding it back). Valid UTF-8 JSON decodes to the same object either way; every line it
    refuses (a byte order mark, invalid UTF-8, NUL bytes, invalid JSON) is read again through
    decode_bytes, so its warnings and errors are exactly those of a decoded line.
    """
    try:
        data = orjson.loads(line)
    except orjson.JSONDecodeError:
        text, warnings = decode_bytes(line, where)
        return parse_jsonl_line(text, where, warnings)
    return document_from_object(data, where)


def parse_jsonl_line(text: str, where: str, warnings: tuple[str, ...]) -> InputDoc:
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON: {str(getattr(exc, 'msg', exc)).split(':')[0].strip()}"
                         f" (column {getattr(exc, 'colno', '?')})") from None
    return document_from_object(data, where, warnings)
