"""Document-level facts: publisher, and whether (and what kind of) readout it is."""
from __future__ import annotations

from typing import Optional


def detect_publisher(text: str, url: Optional[str]) -> Optional[str]:
    return None


def classify_document(document, meetings) -> tuple[bool, Optional[str]]:
    return (bool(meetings), "readout" if meetings else None)
