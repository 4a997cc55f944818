"""Site profiles: data files that say where a site lists its readouts and how to read them.

A profile is a YAML mapping (see docs/crawl.md). Built-in profiles live in
`readout/profiles/`; a path to a `.yaml` file works too, and a bare site URL gets the
generic profile (`readout/profiles/generic.yaml`) pointed at that site. Every profile is
validated when loaded: unknown keys, bad regular expressions, bad CSS selectors or date
formats fail loudly with CrawlError naming the file and the key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional
from urllib.parse import urljoin, urlsplit

import yaml
from cssselect import GenericTranslator, SelectorError

from ..errors import CrawlError

REQUIRED = ("name", "title", "base_url", "start_pages", "readout_links", "selectors", "date_formats")
OPTIONAL = ("publisher", "note", "feeds", "sitemaps", "index_links", "exclude_links", "url_date",
            "max_index_pages", "generic", "feed_paths", "title_cues")
SELECTOR_KEYS = ("content", "title", "date", "listing")
_FORMAT_PARTS = {
    "%Y": r"\d{4}", "%y": r"\d{2}", "%m": r"\d{1,2}", "%d": r"\d{1,2}", "%e": r"\d{1,2}",
    "%B": r"(?:January|February|March|April|May|June|July|August|September|October|November|December)",
    "%b": r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?",
    "%H": r"\d{1,2}", "%M": r"\d{2}", "%%": "%",
}
_FORMAT_TOKEN = re.compile(r"%.")


@dataclass(frozen=True)
class Profile:
    """One site's crawl rules, validated; paths are resolved against `base_url`."""
    name: str
    title: str
    base_url: str
    start_pages: tuple[str, ...]
    readout_links: tuple[re.Pattern, ...]
    selectors: dict
    date_formats: tuple[str, ...]
    publisher: Optional[str] = None
    note: Optional[str] = None
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    index_links: tuple[re.Pattern, ...] = ()
    exclude_links: tuple[re.Pattern, ...] = ()
    url_date: Optional[re.Pattern] = None
    max_index_pages: int = 10
    generic: bool = False
    feed_paths: tuple[str, ...] = ()
    title_cues: Optional[re.Pattern] = None
    origin: str = ""
    _date_patterns: tuple = field(default=(), repr=False)

    def absolute(self, path: str) -> str:
        return urljoin(self.base_url + "/", path)

    def same_site(self, url: str) -> bool:
        return urlsplit(url).netloc.lower() == urlsplit(self.base_url).netloc.lower()

    def is_readout_link(self, url: str, title: Optional[str] = None) -> bool:
        """True for a same-site URL that the profile's patterns say is a readout page."""
        if not self.same_site(url):
            return False
        path = _path_and_query(url)
        if any(p.search(path) for p in self.exclude_links):
            return False
        if any(p.search(path) for p in self.readout_links):
            return True
        return bool(title and self.title_cues and self.title_cues.search(title))

    def is_index_link(self, url: str) -> bool:
        return self.same_site(url) and any(p.search(_path_and_query(url)) for p in self.index_links)

    def date_from_url(self, url: str) -> Optional[str]:
        """An ISO date from the URL when the profile says where URLs carry one."""
        match = self.url_date.search(_path_and_query(url)) if self.url_date else None
        if not match:
            return None
        parts = match.groupdict()
        try:
            return datetime(int(parts["year"]), int(parts.get("month") or 1),
                            int(parts.get("day") or 1)).date().isoformat()
        except (KeyError, ValueError):
            return None

    def parse_date(self, text: Optional[str]) -> Optional[str]:
        """The first date in `text` written in one of the profile's formats, as ISO."""
        return parse_date(text, self._date_patterns)

    def rebased(self, base_url: str) -> "Profile":
        """The same profile pointed at another origin (a mirror, or a local fixture site)."""
        base = base_url.rstrip("/")
        return replace(self, base_url=base,
                       start_pages=tuple(_rebase(u, base) for u in self.start_pages),
                       feeds=tuple(_rebase(u, base) for u in self.feeds),
                       sitemaps=tuple(_rebase(u, base) for u in self.sitemaps))


def _path_and_query(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _rebase(url: str, base: str) -> str:
    return base + _path_and_query(url)


def builtin_names() -> list[str]:
    """Names of the built-in profiles (the generic one excluded)."""
    folder = resources.files("readout.profiles")
    return sorted(p.name[:-5] for p in folder.iterdir()
                  if p.name.endswith(".yaml") and p.name != "generic.yaml")


def load_profile(target: str) -> Profile:
    """A built-in profile name, a path to a profile file, or a site URL (generic profile)."""
    if re.match(r"https?://", target, re.I):
        return generic_profile(target)
    if target.endswith((".yaml", ".yml")) or "/" in target:
        path = Path(target)
        if not path.is_file():
            raise CrawlError(f"{target}: no such profile file")
        return parse_profile(path.read_text(encoding="utf-8"), str(path))
    return _load_builtin(target)


@lru_cache(maxsize=None)
def _load_builtin(name: str) -> Profile:
    path = resources.files("readout.profiles").joinpath(f"{name}.yaml")
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name) or not path.is_file():
        known = ", ".join(builtin_names())
        raise CrawlError(f"{name}: no such profile (built-in profiles: {known}; or give a site URL)")
    return parse_profile(path.read_text(encoding="utf-8"), f"readout/profiles/{name}.yaml")


def generic_profile(site_url: str) -> Profile:
    """The generic profile pointed at a bare site URL: sitemap, feeds and index pages."""
    parts = urlsplit(site_url)
    if not parts.netloc:
        raise CrawlError(f"{site_url}: not a site URL")
    profile = _load_builtin("generic")
    base = f"{parts.scheme}://{parts.netloc}"
    start = site_url if parts.path not in ("", "/") or parts.query else base + "/"
    return replace(profile.rebased(base), name=parts.netloc, start_pages=(start,))


def parse_profile(raw: str, origin: str) -> Profile:
    """Parse and validate one profile file's text."""
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise CrawlError(f"profile {origin}: not valid YAML: {exc}") from exc
    return validate_profile(data, origin)


def validate_profile(data: object, origin: str) -> Profile:
    """Check every key of a profile mapping and build the Profile."""
    def fail(problem: str) -> CrawlError:
        return CrawlError(f"profile {origin}: {problem}")

    if not isinstance(data, dict):
        raise fail("expected a mapping at the top level")
    unknown = sorted(set(data) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise fail(f"unknown key(s) {', '.join(unknown)}")
    for key in REQUIRED:
        if not data.get(key):
            raise fail(f"{key!r} is missing or empty")
    base = _check_base(data["base_url"], fail)
    selectors = _check_selectors(data["selectors"], fail)
    formats = _check_formats(data["date_formats"], fail)
    return Profile(
        name=_check_str(data, "name", fail), title=_check_str(data, "title", fail), base_url=base,
        start_pages=tuple(urljoin(base + "/", p) for p in _check_list(data, "start_pages", fail)),
        readout_links=_check_patterns(data, "readout_links", fail),
        selectors=selectors, date_formats=formats,
        publisher=data.get("publisher"), note=data.get("note"),
        feeds=tuple(urljoin(base + "/", p) for p in _check_list(data, "feeds", fail)),
        sitemaps=tuple(urljoin(base + "/", p) for p in _check_list(data, "sitemaps", fail)),
        index_links=_check_patterns(data, "index_links", fail),
        exclude_links=_check_patterns(data, "exclude_links", fail),
        url_date=_check_url_date(data.get("url_date"), fail),
        max_index_pages=_check_int(data.get("max_index_pages", 10), "max_index_pages", fail),
        generic=bool(data.get("generic", False)),
        feed_paths=tuple(_check_list(data, "feed_paths", fail)),
        title_cues=_check_title_cues(data.get("title_cues"), fail),
        origin=origin,
        _date_patterns=tuple(_compile_format(f) for f in formats),
    )


def _check_str(data: dict, key: str, fail) -> str:
    if not isinstance(data[key], str):
        raise fail(f"{key!r} must be a string")
    return data[key]


def _check_base(value: object, fail) -> str:
    if not isinstance(value, str) or not re.match(r"https?://[^/\s]+/?$", value):
        raise fail(f"'base_url' must be an http(s) origin such as https://www.example.org, not {value!r}")
    return value.rstrip("/")


def _check_list(data: dict, key: str, fail) -> list[str]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise fail(f"{key!r} must be a list of strings")
    return value


def _check_patterns(data: dict, key: str, fail) -> tuple[re.Pattern, ...]:
    compiled = []
    for pattern in _check_list(data, key, fail):
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise fail(f"{key!r}: bad regular expression {pattern!r}: {exc}") from exc
    return tuple(compiled)


def _check_url_date(value: object, fail) -> Optional[re.Pattern]:
    if value is None:
        return None
    try:
        pattern = re.compile(str(value))
    except re.error as exc:
        raise fail(f"'url_date': bad regular expression: {exc}") from exc
    if "year" not in pattern.groupindex:
        raise fail("'url_date' must have a named group (?P<year>…), optionally month and day")
    return pattern


def _check_title_cues(value: object, fail) -> Optional[re.Pattern]:
    if value is None:
        return None
    try:
        return re.compile(str(value), re.I)
    except re.error as exc:
        raise fail(f"'title_cues': bad regular expression: {exc}") from exc


def _check_int(value: object, key: str, fail) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise fail(f"{key!r} must be a positive whole number")
    return value


def _check_selectors(value: object, fail) -> dict:
    """CSS selectors, each a string or a list of alternatives tried in order; content required."""
    if not isinstance(value, dict):
        raise fail("'selectors' must be a mapping")
    unknown = sorted(set(value) - set(SELECTOR_KEYS))
    if unknown:
        raise fail(f"'selectors': unknown key(s) {', '.join(unknown)} (known: {', '.join(SELECTOR_KEYS)})")
    if not value.get("content"):
        raise fail("'selectors.content' is missing or empty")
    checked = {}
    for key, alternatives in value.items():
        alternatives = [alternatives] if isinstance(alternatives, str) else alternatives
        if not isinstance(alternatives, list) or not alternatives:
            raise fail(f"'selectors.{key}' must be a selector or a list of selectors")
        for selector in alternatives:
            try:
                GenericTranslator().css_to_xpath(selector)
            except (SelectorError, TypeError) as exc:
                raise fail(f"'selectors.{key}': bad CSS selector {selector!r}: {exc}") from exc
        checked[key] = tuple(alternatives)
    return checked


def _check_formats(value: object, fail) -> tuple[str, ...]:
    formats = [value] if isinstance(value, str) else value
    if not isinstance(formats, list):
        raise fail("'date_formats' must be a list of strptime formats")
    for fmt in formats:
        tokens = set(_FORMAT_TOKEN.findall(str(fmt)))
        if not isinstance(fmt, str) or not tokens & {"%Y", "%y"} or tokens - set(_FORMAT_PARTS):
            raise fail(f"'date_formats': {fmt!r} must use %Y or %y and only "
                       f"{' '.join(sorted(_FORMAT_PARTS))}")
    return tuple(formats)


def _compile_format(fmt: str) -> tuple[str, re.Pattern]:
    """A strptime format and a regex that finds text written in it."""
    pieces, last = [], 0
    for token in _FORMAT_TOKEN.finditer(fmt):
        pieces.append(re.escape(fmt[last:token.start()]).replace(r"\ ", r"\s+"))
        pieces.append(_FORMAT_PARTS[token.group()])
        last = token.end()
    pieces.append(re.escape(fmt[last:]).replace(r"\ ", r"\s+"))
    return fmt.replace("%e", "%d"), re.compile(r"(?<!\d)" + "".join(pieces) + r"(?!\d)", re.I)


def parse_date(text: Optional[str], patterns: tuple) -> Optional[str]:
    """The first date found in `text` by any of the compiled formats, as an ISO date."""
    if not text:
        return None
    for fmt, pattern in patterns:
        for match in pattern.finditer(text[:2000]):
            # "Sept." and "Jan." are written by some sites; strptime's %b wants "Sep", "Jan".
            found = re.sub(r"\s+", " ", match.group()).replace("Sept", "Sep")
            found = re.sub(r"(?<=[A-Za-z])\.", "", found)
            try:
                return datetime.strptime(found, fmt.replace("%b.", "%b")).date().isoformat()
            except ValueError:
                continue
    return None
