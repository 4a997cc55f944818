"""readout: official diplomatic readouts as a verifiable, queryable record."""
__version__ = "0.1.0"

import importlib as _importlib
import logging as _logging

# A library logs; the application decides where it goes. Without this, warnings leak to stderr.
_logging.getLogger("readout").addHandler(_logging.NullHandler())

# Public names and the module that defines each: imported on first use, so `readout --help`, the store
# and the web app do not pay for compiling the extractor's rules (and extraction not for compare).
_LAZY = {"extract": ".pipeline", "extract_input": ".pipeline", "compare_records": ".compare",
         "Record": ".record", "Document": ".record", "Meeting": ".record", "Participant": ".record",
         "Statement": ".record"}


def __getattr__(name: str):
    """Load a public name's module the first time the name is used (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'readout' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


def open(db=None, readonly: bool = False):  # noqa: A001 - `readout.open(db)` is the public name
    """Open the store at a path or URL (default $READOUT_DB or readout.db): a `readout.store.Store`."""
    from .store import Store
    return Store(db, readonly=readonly)


__all__ = ["extract", "extract_input", "open", "compare_records", "Record", "Document", "Meeting", "Participant", "Statement",
           "__version__"]
