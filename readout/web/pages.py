"""HTML pages: the same data as the API, rendered with autoescaping templates and SVG charts."""
from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from .. import __version__
from . import charts, views
from .api import meeting_filters
from .filters import labels, topic_label
from .stores import meeting_view, read_store

router = APIRouter(include_in_schema=False)


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    """Render a page template with the shared context."""
    context.setdefault("version", __version__)
    return request.app.state.templates.TemplateResponse(request, template, context)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store=Depends(read_store)):
    view = views.home_view(store)
    return render(request, "home.html", **view)


@router.get("/dyads/{pair}", response_class=HTMLResponse)
def dyad(request: Request, pair: str, store=Depends(read_store)):
    a, b = views.parse_dyad(pair)
    view = views.dyad_view(store, a, b)
    chart = {
        "timeline": charts.timeline_chart(view["meetings"], f"{a}–{b} meetings by level and format"),
        "per_year": charts.bar_chart(charts.fill_years(view["per_year"]), f"{a}–{b} meetings per year",
                                     "Year", "Meetings"),
        "topics": charts.heat_map(year_cells(view["topics_by_year"]), f"{a}–{b} topics by year", "Year",
                                  "Topic", row_labels={t: topic_label(t) for t in view["topics_by_year"]}),
    }
    return render(request, "dyad.html", view=view, charts=chart)


def year_cells(table: dict[str, dict[int, int]]) -> dict[tuple[str, int], int]:
    """{topic: {year: n}} -> {(topic, year): n} with every year in range present."""
    years = [y for row in table.values() for y in row]
    if not years:
        return {}
    span = range(min(years), max(years) + 1)
    return {(t, y): row.get(y, 0) for t, row in table.items() for y in span}


@router.get("/meetings/{meeting_id}", response_class=HTMLResponse)
def meeting(request: Request, meeting_id: str, store=Depends(read_store)):
    return render(request, "meeting.html", view=meeting_view(store, meeting_id, compare=True))


@router.get("/countries/{code}", response_class=HTMLResponse)
def country(request: Request, code: str, store=Depends(read_store)):
    view = views.country_view(store, views.parse_country(code))
    chart = {
        "partners": charts.ranked_bar_chart([(p["country"], p["meetings"]) for p in view["partners"][:20]],
                                            f"Partners of {view['country']} by meetings", "Meetings", "Partner",
                                            link="/countries/"),
        "per_year": charts.bar_chart(charts.fill_years(view["per_year"]), f"Meetings of {view['country']} per year",
                                     "Year", "Meetings"),
    }
    return render(request, "country.html", view=view, charts=chart)


@router.get("/persons/{name}", response_class=HTMLResponse)
def person(request: Request, name: str, store=Depends(read_store)):
    return render(request, "person.html", view=views.person_view(store, name[:200]))


@router.get("/topics/{topic}", response_class=HTMLResponse)
def topic(request: Request, topic: str, store=Depends(read_store)):
    view = views.topic_view(store, topic[:60])
    label = topic_label(view["topic"])
    chart = {
        "trend": charts.line_chart({label: charts.fill_years(view["per_year"])}, f"Meetings on {label} per year",
                                   "Year", "Meetings"),
        "dyads": charts.ranked_bar_chart([(d["dyad"], d["meetings"]) for d in view["leading_dyads"]],
                                         f"Pairs that raised {label} most", "Meetings", "Pair", link="/dyads/"),
    }
    return render(request, "topic.html", view=view, charts=chart)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, filters: dict = Depends(meeting_filters), limit: int = Query(50, ge=1, le=500),
           offset: int = Query(0, ge=0, le=views.MAX_OFFSET), store=Depends(read_store)):
    view = views.search_view(store, filters, limit, offset)
    return render(request, "search.html", view=view, params=filters, q=filters.get("q"),
                  topics=list(labels()["topics"]), stances=list(labels()["stances"]),
                  levels=list(labels()["levels"]), formats=list(labels()["formats"]))


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request):
    spec = request.app.openapi()
    return render(request, "docs.html", spec=spec, operations=list_operations(spec))


def list_operations(spec: dict) -> list[dict]:
    """The OpenAPI operations as rows for the offline docs page."""
    out = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "where": p["in"], "required": p.get("required", False),
                       "type": describe_type(p.get("schema", {})), "description": p.get("description", "")}
                      for p in op.get("parameters", [])]
            body = (op.get("requestBody", {}).get("content", {}).get("application/json", {})
                    .get("schema", {}).get("$ref", "").rsplit("/", 1)[-1])
            fields = spec.get("components", {}).get("schemas", {}).get(body, {}).get("properties", {})
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "parameters": params, "body": body or None,
                        "body_fields": [{"name": k, "type": describe_type(v)} for k, v in fields.items()]})
    return out


def describe_type(schema: dict) -> Optional[str]:
    """'string', 'integer', or 'string | null' from a parameter schema."""
    if "anyOf" in schema:
        return " | ".join(filter(None, (describe_type(s) for s in schema["anyOf"])))
    if "enum" in schema:
        return " | ".join(map(str, schema["enum"]))
    return schema.get("type")
