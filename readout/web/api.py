"""JSON API under /api/: the data of every page, CSV/JSON downloads, and the one write endpoint."""
from __future__ import annotations

import csv
import hashlib
import io
import logging
from typing import Any, Iterator, Literal, Optional

import orjson
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, model_validator

from . import views
from .app import check_token
from .stores import meeting_view, read_store, write_store

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["api"])
CSV_COLUMNS = ("id", "date", "title", "level", "format", "countries", "topics", "participants", "sources")


def meeting_filters(
    country: Optional[str] = Query(None, description="ISO 3166 alpha-3 code, e.g. JPN", max_length=3),
    dyad: Optional[str] = Query(None, description="two countries, e.g. JPN-KOR", max_length=7),
    since: Optional[str] = Query(None, description="first date, YYYY-MM-DD", max_length=10),
    until: Optional[str] = Query(None, description="last date, YYYY-MM-DD", max_length=10),
    level: Optional[str] = Query(None, description="leaders, foreign_ministers, ministers, …", max_length=40),
    format: Optional[str] = Query(None, description="meeting format: in_person, telephone, video", max_length=20),
    topic: Optional[str] = Query(None, description="topic id, e.g. economic_security", max_length=60),
    stance: Optional[str] = Query(None, description="a statement stance, e.g. share_view", max_length=40),
    publisher: Optional[str] = Query(None, description="publisher name as stored", max_length=200),
    q: Optional[str] = Query(None, description="full-text query", max_length=500),
) -> dict[str, Any]:
    """Query parameters -> validated store filters."""
    return views.clean_filters(dict(country=country, dyad=dyad, since=since, until=until, level=level,
                                    format=format, topic=topic, stance=stance, publisher=publisher, q=q))


@router.get("/meetings", summary="Meetings matching filters, newest first",
            description="Same filters as the search page. `output=csv` or `output=json` downloads a file.")
def list_meetings(filters: dict = Depends(meeting_filters), limit: int = Query(50, ge=1, le=views.MAX_LIMIT),
                  offset: int = Query(0, ge=0, le=views.MAX_OFFSET), output: Optional[Literal["json", "csv"]] = None,
                  store=Depends(read_store)):
    view = views.meetings_list(store, filters, limit, offset)
    if output == "csv":
        return csv_response(view["meetings"], "meetings.csv")
    return ok(view, download="meetings.json" if output == "json" else None)


@router.get("/meetings/{meeting_id}", summary="One meeting with its participants, statements and sources")
def get_meeting(meeting_id: str = Path(description="meeting id (an integer)", max_length=18), store=Depends(read_store)):
    return ok(meeting_view(store, meeting_id, with_text=True))


@router.get("/dyads/{pair}", summary="A pair of countries: timeline, meetings per year, longest gap, topics by year")
def get_dyad(pair: str = Path(description="two ISO alpha-3 codes, e.g. JPN-KOR", max_length=7), store=Depends(read_store)):
    return ok(views.dyad_view(store, *views.parse_dyad(pair)))


@router.get("/countries/{code}", summary="A country: partners ranked, meetings per year, meetings")
def get_country(code: str = Path(description="ISO 3166 alpha-3 code, e.g. KOR", max_length=3), store=Depends(read_store)):
    return ok(views.country_view(store, views.parse_country(code)))


@router.get("/persons/{name}", summary="A person: offices over time and meetings")
def get_person(name: str = Path(description="any name the documents use, e.g. Hayashi", max_length=200), store=Depends(read_store)):
    return ok(views.person_view(store, name[:200]))


@router.get("/topics/{topic}", summary="A topic: meetings per year and the leading pairs")
def get_topic(topic: str = Path(description="topic id, e.g. treated_water", max_length=60), store=Depends(read_store)):
    return ok(views.topic_view(store, topic[:60]))


@router.get("/search", summary="Full-text search with the meeting filters")
def search(filters: dict = Depends(meeting_filters), limit: int = Query(50, ge=1, le=views.MAX_LIMIT),
           offset: int = Query(0, ge=0, le=views.MAX_OFFSET), store=Depends(read_store)):
    return ok(views.search_view(store, filters, limit, offset))


@router.get("/stats", summary="Counts of documents, meetings, persons, statements")
def get_stats(store=Depends(read_store)):
    return ok({"stats": store.stats()})


class InputDocument(BaseModel):
    """An input document as in INPUT.md: exactly one of text or html; other keys become metadata."""
    model_config = ConfigDict(extra="allow")
    text: Optional[str] = None
    html: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    publisher: Optional[str] = None

    @model_validator(mode="after")
    def _one_body(self):
        if (self.text is None) == (self.html is None):
            raise ValueError("exactly one of text or html is required")
        if not (self.text or self.html or "").strip():
            raise ValueError("the document has no text")
        return self


@router.post("/documents", status_code=201, summary="Ingest one input document (needs the bearer token)",
             description="Body: an input document (INPUT.md). Header: `Authorization: Bearer <token>`. "
                         "401 without or with a wrong token; 403 when the operator set no token.")
def post_document(doc: InputDocument, request: Request, _auth: None = Depends(check_token)):
    record, raw = extract_document(doc)
    with write_store(request.app.state.db_url) as store:
        status = store.ingest(record, raw=raw)
    log.info("ingested %s via API: %s", record.document.id, status)
    return ok({"document_id": record.document.id, "result": status, "is_readout": record.document.is_readout,
               "meetings": len(record.meetings), "warnings": list(record.warnings)},
              status=201 if status == "new" else 200)


def extract_document(doc: InputDocument):
    """Run extraction on a posted document; returns the record and the raw bytes kept with it."""
    from ..inputs import document_from_object
    from ..pipeline import extract_input
    from ..clean import replace_surrogates
    body = replace_surrogates(doc.model_dump(exclude_none=True))
    raw = orjson.dumps(body)
    source = doc.url or "api:" + hashlib.sha256(raw).hexdigest()[:16]
    return extract_input(document_from_object(body, source)), raw


def ok(data: dict, status: int = 200, download: Optional[str] = None) -> JSONResponse:
    """Success responses: {"ok": true, ...data}."""
    headers = {"content-disposition": f'attachment; filename="{download}"'} if download else None
    return JSONResponse({"ok": True, **data}, status_code=status, headers=headers)


def csv_response(meetings: list[dict], filename: str) -> Response:
    """Meetings as CSV, lists joined with '; ', cells guarded against spreadsheet formulas."""
    return Response("".join(csv_lines(meetings)), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{filename}"'})


def csv_lines(meetings: list[dict]) -> Iterator[str]:
    """Header and one row per meeting."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for m in meetings:
        writer.writerow([guard_cell(m.get(c)) for c in CSV_COLUMNS])
    yield buffer.getvalue()


def guard_cell(value: Any) -> str:
    """Lists joined; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value if v is not None)
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
