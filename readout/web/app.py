"""The FastAPI application: pages, JSON API, one error handler, security headers, token auth."""
from __future__ import annotations

import hmac
import logging
import os
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import InputError, ReadoutError

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
MAX_BODY_BYTES = 5 * 1024 * 1024  # a readout is a few kB; 5 MB leaves room for saved HTML pages
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


class WebError(Exception):
    """An error with an HTTP status and a message safe to show to the client."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def create_app(db_url: str, token: Optional[str] = None) -> FastAPI:
    """Build the app over the store at db_url; writes are enabled only when token is set."""
    app = FastAPI(title="readout", version=__version__, docs_url=None, redoc_url=None,
                  description="Official diplomatic readouts as a verifiable, queryable record.")
    app.state.db_url = db_url
    app.state.token = token or None
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    install_error_handlers(app)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(BodyLimitMiddleware, limit=MAX_BODY_BYTES)
    from . import api, pages  # imported here: routes need the helpers defined in this module
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory readout.web:app_from_env` (READOUT_DB, READOUT_TOKEN)."""
    return create_app(os.environ.get("READOUT_DB", "readout.db"), os.environ.get("READOUT_TOKEN"))


def make_templates() -> Jinja2Templates:
    """Jinja2 with autoescape on for every template, whatever its extension."""
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True
    from . import filters
    filters.install(templates.env)
    return templates


def check_token(request: Request) -> None:
    """Allow a write only with `Authorization: Bearer <token>` matching the operator's token."""
    expected = request.app.state.token
    if not expected:
        raise WebError(403, "writes are disabled: the operator has not set READOUT_TOKEN")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise WebError(401, "missing or wrong bearer token")


def wants_json(request: Request) -> bool:
    """API paths answer JSON errors; pages answer an HTML error page."""
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str) -> HTMLResponse | JSONResponse:
    """The one error shape: JSON for /api/, an HTML page otherwise; never a stack trace."""
    if wants_json(request):
        return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    """Route every exception through error_response."""

    @app.exception_handler(WebError)
    async def _web_error(request: Request, exc: WebError):
        return error_response(request, exc.status, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"not found: {request.url.path}"
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return error_response(request, 422, describe_validation(exc))

    @app.exception_handler(InputError)
    async def _bad_input(request: Request, exc: InputError):
        return error_response(request, 400, str(exc))

    @app.exception_handler(ReadoutError)
    async def _readout_error(request: Request, exc: ReadoutError):
        log.error("readout error on %s: %s", request.url.path, exc)  # details may name server paths
        return error_response(request, 500, f"{type(exc).__name__} (details logged on the server)")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "internal error (logged on the server)")


def describe_validation(exc: RequestValidationError) -> str:
    """One line naming each invalid field, without echoing the submitted values."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg", "invalid")))
    return "invalid request: " + "; ".join(parts)


class SecurityHeadersMiddleware:
    """Adds CSP and the other security headers to every response (pure ASGI, streams untouched)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.decode().lower() not in SECURITY_HEADERS]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimitMiddleware:
    """Answers 413 for request bodies over the limit, by Content-Length or by bytes received.

    A streamed (chunked) body has no Content-Length: past the limit the app is told the client
    went away, whatever it then tries to send is dropped, and the client gets the 413.
    """

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            return await self._reject(send)
        received, over, started = 0, False, False

        async def counting_receive():
            nonlocal received, over
            if over:
                return {"type": "http.disconnect"}
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                over = True
                return {"type": "http.disconnect"}
            return message

        async def guarded_send(message):
            nonlocal started
            if over:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not over:
                raise
        if over and not started:
            await self._reject(send)

    async def _reject(self, send):
        body = (b'{"ok":false,"error":"request body over %d bytes","status":413}' % self.limit)
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]
                    + [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]})
        await send({"type": "http.response.body", "body": body})
