"""Country resolution: names, aliases, demonyms and cities to ISO 3166-1 alpha-3.

Lookup tables are built once at import from pycountry and `rules/countries.yaml`.
`COUNTRY_RE` finds every country name, alias or demonym in a text in one pass.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple, Optional

import pycountry

from . import rx
from .errors import RulesError
from .rules import load, require_groups

_RULES_FILE = "countries.yaml"


class CountryMention(NamedTuple):
    """A country named in the text: its code, span and how it was named."""
    code: str
    start: int
    end: int
    kind: str  # "name" | "demonym"


def _load_rules() -> dict:
    """Load and validate the countries rules file."""
    data = require_groups(_RULES_FILE, load(_RULES_FILE),
                          ["aliases", "demonyms", "cities", "publishers", "organizations"])
    for code, cues in data["publishers"].items():
        for cue in cues or []:
            if "." not in str(cue) and len(str(cue).split()) < 2:
                raise RulesError(f"rules file {_RULES_FILE}: publishers.{code} cue {cue!r} must be a host or a name "
                                 "of two words or more (quote names that contain a comma)")
    for group in ("aliases", "demonyms", "cities", "publishers"):
        for code, names in data[group].items():
            if not re.fullmatch(r"[A-Z]{3}", str(code)) or not isinstance(names, list) or not names:
                raise RulesError(f"rules file {_RULES_FILE}: {group}.{code} must be an alpha-3 code with a list of names")
            if code not in _KNOWN_CODES:
                raise RulesError(f"rules file {_RULES_FILE}: {group}.{code} is not an ISO 3166 alpha-3 code")
    return data


_KNOWN_CODES = {c.alpha_3 for c in pycountry.countries}


def _pycountry_names() -> dict[str, str]:
    """Official, common and short names from pycountry (without 'Korea, Republic of' forms)."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                names[value] = country.alpha_3
    return names


def _build_tables(rules: dict) -> tuple[dict, dict, dict, dict, dict]:
    """Name -> code, demonym -> code, city -> code, publisher cue -> code, org alias -> org."""
    names = _pycountry_names()
    for code, aliases in rules["aliases"].items():
        for alias in aliases:
            names[str(alias)] = code
    demonyms = {str(d): code for code, items in rules["demonyms"].items() for d in items}
    cities = {str(c): code for code, items in rules["cities"].items() for c in items}
    publishers = {str(p).lower(): code for code, items in rules["publishers"].items() for p in items}
    orgs = {str(a): org for org, items in rules["organizations"].items() for a in items}
    return names, demonyms, cities, publishers, orgs


def _alternation(words) -> str:
    """One regex alternation built as a trie, so matching costs one pass, not one per word.

    Longer continuations come first, so 'North Korea' wins over 'North' and 'Korea Strait' over 'Korea'.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    """Regex for a trie node: branches by first character, the end of a word last."""
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if optional else body


alternation = _alternation


RULES = _load_rules()
NAMES, DEMONYMS, CITIES, PUBLISHERS, ORGANIZATIONS = _build_tables(RULES)
# Longest cue first: 'Ministry of Foreign Affairs of Japan' before any shorter cue inside it.
_PUBLISHER_CUES = sorted(PUBLISHERS.items(), key=lambda item: -len(item[0]))
_NAME_KEYS = {k.lower(): v for k, v in NAMES.items()}
_DEMONYM_KEYS = {k.lower(): v for k, v in DEMONYMS.items()}
_CITY_KEYS = {k.lower(): v for k, v in CITIES.items()}
# Names and demonyms in one case-sensitive pattern; the lookbehind/ahead make whole words.
# The leading lookahead lets the engine skip every position that cannot start a name.
COUNTRY_RE = rx.compile(r"(?=[A-ZÀ-Þ])(?<![\w.])(?:(?P<name>" + _alternation(NAMES) + r")|(?P<dem>"
                        + _alternation(DEMONYMS) + r"))(?![\w])")
CITY_RE = rx.compile(r"(?=[A-ZÀ-Þ])(?<![\w])(?:" + _alternation(CITIES) + r")(?![\w])")
ORG_RE = rx.compile(r"(?=[A-ZÀ-Þ])(?<![\w])(?:" + _alternation(ORGANIZATIONS) + r")(?![\w])")


def resolve_country(text: str) -> Optional[str]:
    """Alpha-3 code for a country name, alias, demonym or alpha-3 code; None when unknown."""
    key = text.strip()
    for candidate in (key, key.strip(".,;:()").strip()):
        low = candidate.lower()
        if low.startswith("the "):
            low = low[4:]
        code = _NAME_KEYS.get(low) or _DEMONYM_KEYS.get(low)
        if code:
            return code
    if re.fullmatch(r"[A-Z]{3}", key) and key in _KNOWN_CODES:
        return key
    return None


def resolve_city(text: str) -> Optional[str]:
    """Alpha-3 code of the country of a known city or venue; None when unknown."""
    return _CITY_KEYS.get(text.strip().lower())


def resolve_publisher_country(*cues: Optional[str]) -> Optional[str]:
    """Country of a publisher, from its URL host or name; None when no cue matches."""
    for cue in cues:
        if cue:
            # A URL's host is the cue: one cached lookup per site, not a scan of every URL.
            if "://" in cue:
                cue = cue.split("/", 3)[2]
            code = _publisher_code(cue)
            if code:
                return code
    return None


@lru_cache(maxsize=4096)
def _publisher_code(cue: str) -> Optional[str]:
    """The country of one URL host or publisher name (longest matching cue first)."""
    low = cue.lower()
    for needle, code in _PUBLISHER_CUES:
        if needle in low:
            return code
    return None


def find_countries(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[CountryMention]:
    """Every country name or demonym in text[start:end], in text order."""
    for m in COUNTRY_RE.finditer(text, start, len(text) if end is None else end):
        if m.group("name"):
            yield CountryMention(NAMES[m.group("name")], m.start(), m.end(), "name")
        else:
            yield CountryMention(DEMONYMS[m.group("dem")], m.start(), m.end(), "demonym")


def country_name(code: str) -> str:
    """A readable name for an alpha-3 code."""
    country = pycountry.countries.get(alpha_3=code)
    return getattr(country, "common_name", None) or (country.name if country else code)
