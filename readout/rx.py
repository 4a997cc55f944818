"""Regular expressions for the rules, compiled once per machine instead of once per process.

CPython compiles a pattern in pure Python (`re._parser`, `re._compiler`); the extractor's rules
give about 400 patterns — trigger phrases, titles, country names, the stance and topic
lexicons, the largest 38,000 characters long — and compiling them took ~0.15 s at every
start, longer than extracting 150 documents. Python's import system has the same problem with
source code and solves it with .pyc files; this module does the same for patterns: the
compiler's output (the opcode list that `_sre.compile` takes) is kept in a cache file keyed by
the interpreter's version and the regex engine's MAGIC number, and reused when the same pattern
and flags are asked for again. `_sre.compile` validates the opcodes it is given.

Only the opcode list is cached, never the decision of what to match: the pattern text is the
key, so a changed rule is simply a miss. `remember` does the same one step earlier, for what is
itself slow to derive from the rules (trie texts of the lexicons, parsed YAML files, pycountry's
table), keyed by its inputs and a digest of readout's source. Anything unexpected — another
interpreter, an unreadable or corrupt file, a read-only cache directory, an interpreter without
these internals — falls back to `re.compile` or to building afresh: the cache can only make
start-up faster, never change a match. Set READOUT_REGEX_CACHE=0 to turn it off.
"""
from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any, Callable, Optional

try:  # the interpreter internals the cache needs (CPython 3.11+)
    import _sre
    from re import _compiler, _parser
    # The full version too: a patch release may fix the compiler without changing the engine.
    _ENGINE = "{}-{}.{}.{}-{}-{}".format(sys.implementation.cache_tag, *sys.version_info[:3], _sre.MAGIC, _sre.CODESIZE)
except (ImportError, AttributeError):  # another implementation: plain re.compile
    _ENGINE = None

MAX_ENTRIES = 2_000  # the rules need ~450; beyond this the file keeps only what this process used

_lock = threading.Lock()
_entries: Optional[dict] = None   # (pattern, flags) -> compiled form, loaded on first use
_new: dict = {}                   # entries compiled by this process, written at exit
_used: set = set()


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - mirrors re.compile
    """re.compile(pattern, flags), reusing the compiled form from earlier runs.

    For the rules' patterns only: a pattern built per document (from its participants' names)
    belongs to re.compile, or every document would add an entry to the file.
    """
    flags = int(flags)
    if _ENGINE is None or not isinstance(pattern, str) or not _enabled():
        return re.compile(pattern, flags)
    key = (pattern, flags)
    with _lock:
        entries = _load()
        form = entries.get(key) or _new.get(key)
        _used.add(key)
    if form is not None:
        try:
            return _sre.compile(pattern, *form)
        except Exception:  # noqa: BLE001 - a corrupt entry: compile afresh below
            pass
    try:
        form = _compiled_form(pattern, flags)
    except re.error:
        raise  # a bad pattern: the error re.compile gives
    except Exception:  # noqa: BLE001 - internals not as expected: the plain way
        return re.compile(pattern, flags)
    with _lock:
        _new[key] = form
    return _sre.compile(pattern, *form)


def remember(name: str, inputs: Any, build: Callable[[Any], Any]) -> Any:
    """build(inputs), remembered across runs: for what is slow to derive from the rules.

    Tries over thousands of lexicon phrases take longer to build in Python than to compile,
    and parsing the YAML rules files takes longer than reading a marshal file. The result is
    kept under `name` and a digest of `inputs` (their repr, which for the strings, lists,
    tuples and dicts of the rules is deterministic — pass sets sorted: their order changes
    between runs), so any change to the rules is a miss that rebuilds it. Only values marshal can write (str, numbers, lists, dicts, ...) are
    kept; for others this is just build(inputs). The key also holds a digest of readout's own
    source (code_stamp): a changed builder must not be answered with what the old one made.
    """
    stamp = code_stamp() if _ENGINE is not None and _enabled() else None
    if stamp is None:
        return build(inputs)
    key = ("remember", name, stamp, hashlib.blake2b(repr(inputs).encode("utf-8", "surrogatepass")).hexdigest())
    with _lock:
        entries = _load()
        found = entries.get(key) or _new.get(key)
        _used.add(key)
    if isinstance(found, bytes):
        with contextlib.suppress(ValueError, EOFError, TypeError):  # a corrupt entry: rebuild
            return marshal.loads(found)
    value = build(inputs)
    try:  # kept as bytes: a caller that changes its copy cannot change what is saved
        frozen = marshal.dumps(value)
    except ValueError:  # e.g. dates in a rules file: not kept, built every time
        return value
    with _lock:
        _new[key] = frozen
    return value


def last_match(pattern: re.Pattern, text: str, start: int, end: int) -> Optional[re.Match]:
    """The last match of pattern in text[start:end] (finditer kept to its end), or None."""
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last


@functools.lru_cache(maxsize=None)
def code_stamp() -> Optional[str]:
    """A digest of every .py file of the readout package (~2 ms), or None where they cannot be read.

    Remembered values depend on the code that built them, not only on its inputs; compiled
    patterns do not (the pattern text is their whole key), so they need no stamp.
    """
    package = Path(__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=16)
    try:
        for path in sorted(package.rglob("*.py")):
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _compiled_form(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile passes to _sre.compile after the pattern: flags, code, groups."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # The compiler emits its opcodes as int subclasses (named constants); marshal wants plain ints.
    return (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _enabled() -> bool:
    return os.environ.get("READOUT_REGEX_CACHE", "1") != "0"


def cache_path() -> Optional[Path]:
    """The cache file for this interpreter: $READOUT_CACHE_DIR, else the user's cache folder."""
    if _ENGINE is None:
        return None
    base = os.environ.get("READOUT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "readout")
    return Path(base) / f"regex-{_ENGINE}.marshal"


def _load() -> dict:
    """The cached entries (read once per process; an unreadable file counts as empty)."""
    global _entries
    if _entries is None:
        _entries = _read_file(cache_path())
        atexit.register(save)
    return _entries


def _read_file(path: Optional[Path]) -> dict:
    """The entries in the cache file (an absent, unreadable or corrupt file counts as empty)."""
    try:
        data = marshal.loads(path.read_bytes()) if path else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def save() -> None:
    """Write the cache when this process compiled something new (atomically; errors ignored)."""
    global _entries
    path = cache_path()
    with _lock:
        if not _new or path is None:
            return
        stamp = code_stamp()
        # What other processes wrote since this one read the file (worker processes of the same
        # run save too) is kept: the file is their union, not the last writer's view.
        current = {**_read_file(path), **(_entries or {})}
        seen = _pattern_stamps(current, stamp)
        merged = {key: value for key, value in current.items()
                  if key != _STAMPS and not _stale(key, stamp) and not _outdated(key, seen, stamp)}
        if len(merged) + len(_new) > MAX_ENTRIES:  # old rules pile up: keep what is in use
            merged = {key: form for key, form in merged.items() if key in _used}
        merged.update(_new)
        _new.clear()
        if stamp is not None:
            merged[_STAMPS] = {key: seen[key] for key in merged if len(key) == 2 and key in seen}
        _entries = merged
    try:
        _write_atomically(path, marshal.dumps(merged))
    except (OSError, ValueError):
        pass  # a read-only or full disk only costs the next start its compile time


# Under this key the file records, per compiled pattern, the code version of the last run that
# used it. A pattern no run of the current code has used is one an earlier version of the rules
# built (a trie before a title was added): it is dropped when this version saves, or the file
# would grow with every change of the rules (4 MB after a day of edits: +30 ms per start).
_STAMPS = ("code versions of the patterns",)


def _pattern_stamps(current: dict, stamp: Optional[str]) -> dict:
    """Pattern key -> the code version that last used it, with this process's patterns as current."""
    seen = current.get(_STAMPS)
    seen = dict(seen) if isinstance(seen, dict) else {}
    if stamp is not None:
        for key in _used | set(_new):
            seen[key] = stamp
    return seen


def _outdated(key: tuple, seen: dict, stamp: Optional[str]) -> bool:
    """A compiled pattern that no run of this code version has used (never, where the code
    cannot be read: then nothing can be told apart)."""
    return stamp is not None and len(key) == 2 and seen.get(key) != stamp


def _stale(key: tuple, stamp: Optional[str]) -> bool:
    """A remembered value older code built: it can never be asked for again.

    Compiled patterns are keyed (pattern, flags); remembered values ("remember", name, stamp,
    digest)."""
    return len(key) > 2 and (len(key) != 4 or key[2] != stamp)


def _write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a concurrent reader sees the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
