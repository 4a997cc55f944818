"""Reading one fetched page with a profile: content, title and date by the profile's selectors."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Optional

import lxml.html

from .discover import parse_html, select_first
from .profiles import Profile

_CHARSET = re.compile(r"charset=([\w.-]+)", re.I)


@dataclass
class Page:
    """A page as the extractor gets it, and which profile selectors matched."""
    html: Optional[str]
    text: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    matched: dict = field(default_factory=dict)  # selector key -> bool


def is_html(content_type: Optional[str], body: bytes) -> bool:
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return True
    return not kind and body[:1024].lstrip().lower().startswith((b"<!doctype html", b"<html"))


def decode_text(body: bytes, content_type: Optional[str]) -> str:
    """A plain-text body decoded by its declared charset (UTF-8 otherwise)."""
    match = _CHARSET.search(content_type or "")
    try:
        return body.decode(match.group(1) if match else "utf-8", errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def read_page(profile: Profile, body: bytes, url: str, content_type: Optional[str]) -> Optional[Page]:
    """Apply the profile's selectors to a page; None when it is neither HTML nor text."""
    if not is_html(content_type, body):
        kind = (content_type or "").split(";")[0].strip().lower()
        if kind == "text/plain":
            return Page(html=None, text=decode_text(body, content_type))
        return None
    tree = _parse(body, url, content_type)
    if tree is None:
        return None
    matched: dict[str, bool] = {}
    content = select_first(tree, profile.selectors["content"])
    matched["content"] = bool(content)
    title = _title(tree, profile, matched)
    published = _published(tree, profile, matched, content)
    fragments = content or tree.xpath("//body") or [tree]
    return Page(html=_compose(title, fragments), title=title, published=published, matched=matched)


def _parse(body: bytes, url: str, content_type: Optional[str]):
    """Parse by the charset the server declared; lxml's own detection (meta charset) otherwise."""
    match = _CHARSET.search(content_type or "")
    if match and not re.search(rb"<meta[^>]{0,200}charset", body[:4096], re.I):
        try:
            tree = parse_html(body.decode(match.group(1), errors="replace"), url)
        except LookupError:  # a charset Python does not know
            tree = None
        if tree is not None:
            return tree
    return parse_html(body, url)


def _title(tree, profile: Profile, matched: dict) -> Optional[str]:
    if "title" in profile.selectors:
        found = select_first(tree, profile.selectors["title"])
        matched["title"] = bool(found)
        if found:
            return " ".join(found[0].text_content().split()) or None
    heads = tree.xpath("//title")
    if not heads:
        return None
    return " ".join(heads[0].text_content().split()) or None


def _published(tree, profile: Profile, matched: dict, content: list) -> Optional[str]:
    """The date line by the profile's date selector and formats (<time datetime> too)."""
    if "date" in profile.selectors:
        found = select_first(tree, profile.selectors["date"])
        for element in found:
            date = profile.parse_date(element.get("datetime") or "") or \
                profile.parse_date(element.text_content())
            if date:
                matched["date"] = True
                return date
        matched["date"] = False
    # Without a date selector, the first date written at the top of the content.
    scope = content[0] if content else tree
    return profile.parse_date(scope.text_content()[:600])


def _compose(title: Optional[str], fragments: list) -> str:
    """A small HTML document: the page title, then the selected content."""
    body = "".join(lxml.html.tostring(f, encoding="unicode") for f in fragments)
    head = f"<title>{html.escape(title)}</title>" if title else ""
    return f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>"
