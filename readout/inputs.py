"""Read input documents (.txt, .html, .md, .json, .jsonl, directories, '-') as InputDoc."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


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
