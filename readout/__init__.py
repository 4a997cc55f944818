"""readout: official diplomatic readouts as a verifiable, queryable record."""
__version__ = "0.1.0"

from .pipeline import extract, extract_input  # noqa: E402
from .record import Document, Meeting, Participant, Record, Statement  # noqa: E402

__all__ = ["extract", "extract_input", "Record", "Document", "Meeting", "Participant", "Statement",
           "__version__"]
