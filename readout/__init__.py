"""readout: official diplomatic readouts as a verifiable, queryable record."""
__version__ = "0.1.0"

import logging as _logging

# A library logs; the application decides where it goes. Without this, warnings leak to stderr.
_logging.getLogger("readout").addHandler(_logging.NullHandler())

from .pipeline import extract, extract_input  # noqa: E402
from .record import Document, Meeting, Participant, Record, Statement  # noqa: E402
from .compare import compare_records  # noqa: E402


def open(db=None, readonly: bool = False):  # noqa: A001 - `readout.open(db)` is the public name
    """Open the store at a path or URL (default $READOUT_DB or readout.db): a `readout.store.Store`."""
    from .store import Store
    return Store(db, readonly=readonly)


__all__ = ["extract", "extract_input", "open", "compare_records", "Record", "Document", "Meeting", "Participant", "Statement",
           "__version__"]
