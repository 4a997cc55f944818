"""Orchestrates the stages: inputs -> clean -> header -> statements -> code -> record.

This module only wires stages together; each stage lives in its own module.
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
from typing import Iterable, Iterator, Optional, Union

from . import __version__, japanese
from .clean import DEFAULT_MAX_DEPTH, clean_input, replace_surrogates
from .code import code_meeting
from .document import classify_document, detect_publisher
from .header import extract_meetings
from .errors import InputError, ReadoutError
from .inputs import DEFAULT_MAX_BYTES, InputDoc, iter_inputs, looks_like_html
from .record import Document, Record
from .statements import attach_statements

log = logging.getLogger(__name__)


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
    is_html = html if html is not None else looks_like_html(text_or_html)
    doc = InputDoc(
        source=source or url or "<text>",
        text=None if is_html else text_or_html,
        html=text_or_html if is_html else None,
        url=url, title=title, published=published, publisher=publisher,
        metadata=metadata or {},
    )
    return extract_input(doc)


def _encodable_input(doc: InputDoc) -> InputDoc:
    """The document's metadata fields with lone surrogates replaced (the text is cleaned later).

    A caller's values may hold them; no UTF-8 encoder or JSON writer accepts them.
    """
    fields = {"source": doc.source, "url": doc.url, "title": doc.title, "published": doc.published,
              "publisher": doc.publisher, "metadata": doc.metadata}
    fixed = {k: replace_surrogates(v) for k, v in fields.items()}
    changed = {k: v for k, v in fixed.items() if v != fields[k]}
    return dataclasses.replace(doc, **changed) if changed else doc


def extract_input(doc: InputDoc, max_depth: int = DEFAULT_MAX_DEPTH) -> Record:
    """Run every stage over one input document."""
    doc = _encodable_input(doc)
    cleaned = _run_stage("clean", clean_input, doc, max_depth)
    warnings: list[str] = list(cleaned.warnings)
    url = doc.url or cleaned.url
    document = Document(
        id=document_id(cleaned.text),
        source=doc.source,
        text=cleaned.text,
        is_readout=False,
        url=url,
        publisher=doc.publisher or _run_stage("document", detect_publisher, cleaned.text, url),
        title=cleaned.title,
        published=cleaned.published,
        language=cleaned.language,
        metadata=doc.metadata,
        captions=tuple(cleaned.captions),
    )
    # A Japanese-language text has its own header and statements stages (readout.japanese).
    in_japanese = cleaned.language == "ja" and japanese.is_japanese(cleaned.text)
    meetings, header_warnings = _run_stage("header", japanese.extract_meetings if in_japanese else extract_meetings,
                                           document)
    warnings.extend(header_warnings)
    is_readout, kind = _run_stage("document", japanese.classify if in_japanese else classify_document,
                                  document, meetings)
    if not is_readout:
        meetings = []
    coded = []
    # (the statements stage reads a government's own release differently from a news report)
    document = dataclasses.replace(document, is_readout=is_readout, kind=kind)
    statements_stage = japanese.attach_statements if in_japanese else attach_statements
    for meeting in meetings:
        meeting, statement_warnings = _run_stage("statements", statements_stage, document, meeting)
        warnings.extend(statement_warnings)
        coded.append(_run_stage("code", code_meeting, meeting))
    return Record(document=document, meetings=tuple(coded), warnings=tuple(warnings),
                  extractor=f"readout/{__version__}")


_STAGE_NOTE = "readout stage: "


def _run_stage(name: str, stage, *args):
    """Call one stage; an unexpected exception leaves with a note naming the stage.

    Nothing is caught for good here: the document then fails with one line that says which
    stage broke (see extract_or_error), never a record quietly missing that stage's part.
    """
    try:
        return stage(*args)
    except ReadoutError:
        raise
    except Exception as exc:
        exc.add_note(_STAGE_NOTE + name)
        raise


def _stage_of(exc: BaseException) -> Optional[str]:
    """The stage an exception was raised in, from the note _run_stage left on it."""
    for note in getattr(exc, "__notes__", ()):
        if note.startswith(_STAGE_NOTE):
            return note[len(_STAGE_NOTE):]
    return None


def iter_records(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES,
                 max_depth: int = DEFAULT_MAX_DEPTH, stdin=None) -> Iterator[Union[Record, InputError]]:
    """One Record per readable document under `paths`, one InputError per document that failed.

    An unexpected exception inside one document's extraction is logged and becomes that
    document's error, so a batch always goes on.
    """
    for item in iter_inputs(paths, max_bytes=max_bytes, stdin=stdin):
        if isinstance(item, InputError):
            yield item
            continue
        yield extract_or_error(item, max_depth)


def extract_or_error(doc: InputDoc, max_depth: int = DEFAULT_MAX_DEPTH) -> Union[Record, InputError]:
    """extract_input, with any failure turned into an InputError naming the document."""
    try:
        return extract_input(doc, max_depth=max_depth)
    except InputError as exc:
        return exc
    except ReadoutError as exc:
        return InputError(doc.source, str(exc))
    except RecursionError:
        log.exception("recursion limit while extracting %s", doc.source)
        return InputError(doc.source, "internal error: nesting too deep to extract (RecursionError)")
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        log.exception("extraction failed for %s", doc.source)
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        stage = _stage_of(exc)
        where = f" in the {stage} stage" if stage else ""
        return InputError(doc.source, f"internal error{where}: {type(exc).__name__}"
                          + (f": {detail}" if detail else "") + " (please report this document)")
