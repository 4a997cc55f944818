"""Orchestrates the stages: inputs -> clean -> header -> statements -> code -> record.

This module only wires stages together; each stage lives in its own module.
"""
from __future__ import annotations

import dataclasses
import hashlib
from typing import Optional

from . import __version__
from .clean import clean_input
from .code import code_meeting
from .document import classify_document, detect_publisher
from .header import extract_meetings
from .inputs import InputDoc
from .record import Document, Record
from .statements import attach_statements


def document_id(text: str) -> str:
    """Content hash of the normalised text: same text, same id."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def extract(
    text_or_html: str,
    url: Optional[str] = None,
    published: Optional[str] = None,
    title: Optional[str] = None,
    publisher: Optional[str] = None,
    source: Optional[str] = None,
    html: Optional[bool] = None,
    metadata: Optional[dict] = None,
) -> Record:
    """Extract one readout record from a text or an HTML page (the library's main entry)."""
    is_html = html if html is not None else _looks_like_html(text_or_html)
    doc = InputDoc(
        source=source or url or "<text>",
        text=None if is_html else text_or_html,
        html=text_or_html if is_html else None,
        url=url, title=title, published=published, publisher=publisher,
        metadata=metadata or {},
    )
    return extract_input(doc)


def extract_input(doc: InputDoc) -> Record:
    """Run every stage over one input document."""
    cleaned = clean_input(doc)
    warnings: list[str] = list(cleaned.warnings)
    document = Document(
        id=document_id(cleaned.text),
        source=doc.source,
        text=cleaned.text,
        is_readout=False,
        url=doc.url,
        publisher=doc.publisher or detect_publisher(cleaned.text, doc.url),
        title=cleaned.title,
        published=cleaned.published,
        language=cleaned.language,
        metadata=doc.metadata,
        captions=tuple(cleaned.captions),
    )
    meetings, header_warnings = extract_meetings(document)
    warnings.extend(header_warnings)
    is_readout, kind = classify_document(document, meetings)
    if not is_readout:
        meetings = []
    coded = []
    for meeting in meetings:
        meeting, statement_warnings = attach_statements(document, meeting)
        warnings.extend(statement_warnings)
        coded.append(code_meeting(meeting))
    document = dataclasses.replace(document, is_readout=is_readout, kind=kind)
    return Record(document=document, meetings=tuple(coded), warnings=tuple(warnings),
                  extractor=f"readout/{__version__}")


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)
