"""HTML to text, and text normalisation: the text every span indexes into."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .inputs import InputDoc


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    title: Optional[str] = None
    published: Optional[str] = None
    language: Optional[str] = None
    captions: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def clean_input(doc: InputDoc) -> CleanText:
    """Placeholder until the clean stage lands: text as given."""
    return CleanText(text=doc.text or doc.html or "", title=doc.title, published=doc.published)
