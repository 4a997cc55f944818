"""Country resolution: names, aliases, demonyms and cities to ISO 3166-1 alpha-3.

Lookup tables are built once at import from pycountry's ISO 3166 table and `rules/countries.yaml`.
`COUNTRY_RE` finds every country name, alias or demonym in a text in one pass.
"""
from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from typing import Iterator, NamedTuple, Optional

from . import rx
from .errors import RulesError
from .rules import load, require_groups
from .tries import alternation, first_letter_alternation

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
                          ["user_assigned", "aliases", "demonyms", "cities", "publishers", "organizations"])
    for code, names in data["user_assigned"].items():
        if not re.fullmatch(r"X[A-Z]{2}", str(code)) or not isinstance(names, list) or not names:
            raise RulesError(f"rules file {_RULES_FILE}: user_assigned.{code} must be a code of the user-assigned "
                             "range X.. with a list of names")
    known_codes = _KNOWN_CODES | set(data["user_assigned"])
    for code, cues in data["publishers"].items():
        for cue in cues or []:
            if "." not in str(cue) and len(str(cue).split()) < 2:
                raise RulesError(f"rules file {_RULES_FILE}: publishers.{code} cue {cue!r} must be a host or a name "
                                 "of two words or more (quote names that contain a comma)")
    for group in ("aliases", "demonyms", "cities", "publishers"):
        for code, names in data[group].items():
            if not re.fullmatch(r"[A-Z]{3}", str(code)) or not isinstance(names, list) or not names:
                raise RulesError(f"rules file {_RULES_FILE}: {group}.{code} must be an alpha-3 code with a list of names")
            if code not in known_codes:
                raise RulesError(f"rules file {_RULES_FILE}: {group}.{code} is not an ISO 3166 alpha-3 code")
    for members, names in (data.get("groups") or {}).items():
        codes = str(members).split()
        if len(codes) < 2 or any(code not in known_codes for code in codes) or not isinstance(names, list) or not names:
            raise RulesError(f"rules file {_RULES_FILE}: groups.{members} must be two or more alpha-3 codes "
                             "with a list of names")
    known_names = set(_pycountry_names()) | {str(a) for group in ("user_assigned", "aliases")
                                             for items in data[group].values() for a in items}
    for phrase in data.get("not_countries") or ():
        if not any(str(phrase).endswith(" " + name) for name in known_names):
            raise RulesError(f"rules file {_RULES_FILE}: not_countries entry {phrase!r} must end in a country's name")
    return data


def iso_countries() -> tuple[tuple[str, str, Optional[str], Optional[str]], ...]:
    """pycountry's ISO 3166-1 table as (alpha_3, name, common_name, official_name) rows.

    Kept across runs (readout.rx.remember), keyed by pycountry's database file: importing
    pycountry reads its package metadata, ~20 ms of every start, for a table that changes only
    when pycountry is upgraded.
    """
    return _ISO_COUNTRIES


def _read_iso_countries(_database_identity) -> list:
    import pycountry

    return [[c.alpha_3, c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
            for c in pycountry.countries]


def _pycountry_database() -> Optional[tuple]:
    """Path, size and modification time of pycountry's ISO 3166-1 file (None: not found).

    find_spec locates the package without importing it.
    """
    spec = importlib.util.find_spec("pycountry")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = os.path.join(folder, "databases", "iso3166-1.json")
        try:
            stat = os.stat(path)
        except OSError:
            continue
        return path, stat.st_size, stat.st_mtime_ns
    return None


def _load_iso_countries() -> tuple:
    identity = _pycountry_database()
    rows = (_read_iso_countries(identity) if identity is None  # an unusual install: no cache key
            else rx.remember("countries.iso_countries", identity, _read_iso_countries))
    return tuple(tuple(row) for row in rows)


_ISO_COUNTRIES = _load_iso_countries()
_KNOWN_CODES = {row[0] for row in _ISO_COUNTRIES}
_NAME_BY_CODE = {code: common or name for code, name, common, _ in _ISO_COUNTRIES}


@lru_cache(maxsize=1)  # read by the rules check and the tables, once (callers copy before changing it)
def _pycountry_names() -> dict[str, str]:
    """Official, common and short names from pycountry (without 'Korea, Republic of' forms)."""
    names: dict[str, str] = {}
    for code, *values in _ISO_COUNTRIES:
        for value in values:  # name, common_name, official_name
            if value and "," not in value and "(" not in value:
                names[value] = code
    return names


def _build_tables(rules: dict) -> tuple[dict, dict, dict, dict, dict]:
    """Name -> code, demonym -> code, city -> code, publisher cue -> code, org alias -> org."""
    names = dict(_pycountry_names())
    for code, aliases in list(rules["user_assigned"].items()) + list(rules["aliases"].items()):
        for alias in aliases:
            names[str(alias)] = code
    demonyms = {str(d): code for code, items in rules["demonyms"].items() for d in items}
    cities = {str(c): code for code, items in rules["cities"].items() for c in items}
    publishers = {str(p).lower(): code for code, items in rules["publishers"].items() for p in items}
    orgs = {str(a): org for org, items in rules["organizations"].items() for a in items}
    return names, demonyms, cities, publishers, orgs




RULES = _load_rules()
# The user-assigned codes (XKX) are known codes with names of their own from here on.
_KNOWN_CODES.update(RULES["user_assigned"])
_NAME_BY_CODE.update({code: str(names[0]) for code, names in RULES["user_assigned"].items()})
NAMES, DEMONYMS, CITIES, PUBLISHERS, ORGANIZATIONS = _build_tables(RULES)
ORGANIZATION_CODES = frozenset(ORGANIZATIONS.values())
# 'G7' -> ('CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA')
GROUPS = {str(name): tuple(sorted(str(members).split())) for members, names in (RULES.get("groups") or {}).items()
          for name in names}


def _not_country_prefixes(phrases, names: dict) -> dict[str, tuple[str, ...]]:
    """'Mexico' -> ('New ', 'Gulf of '): the words before a country's name that make it another
    place (the longest name each phrase ends with; _load_rules checks that there is one)."""
    prefixes: dict[str, tuple[str, ...]] = {}
    for phrase in map(str, phrases or ()):
        words = phrase.split(" ")
        name = next(" ".join(words[k:]) for k in range(1, len(words)) if " ".join(words[k:]) in names)
        prefixes[name] = prefixes.get(name, ()) + (phrase[:-len(name)],)
    return prefixes


_NOT_COUNTRY_PREFIXES = _not_country_prefixes(RULES.get("not_countries"), NAMES)
# Longest cue first: 'Ministry of Foreign Affairs of Japan' before any shorter cue inside it.
_PUBLISHER_CUES = sorted(PUBLISHERS.items(), key=lambda item: -len(item[0]))
_NAME_KEYS = {k.lower(): v for k, v in NAMES.items()}
_DEMONYM_KEYS = {k.lower(): v for k, v in DEMONYMS.items()}
_CITY_KEYS = {k.lower(): v for k, v in CITIES.items()}
# Names and demonyms in one case-sensitive pattern; the lookbehind/ahead make whole words.
# The leading lookahead rejects at once a position that cannot start a name (COUNTRY_RE is matched
# at given positions; _COUNTRY_SCAN below scans).
COUNTRY_RE = rx.compile(r"(?=[A-ZÀ-Þ])(?<![\w.])(?:(?P<name>" + alternation(NAMES) + r")|(?P<dem>"
                        + alternation(DEMONYMS) + r"))(?![\w])")
# COUNTRY_RE for scanning a stretch of text: the same matches, found faster (see
# first_letter_alternation); its groups say name_<letter> or dem_<letter> where COUNTRY_RE says name or dem.
_COUNTRY_SCAN = rx.compile(first_letter_alternation([("name", NAMES), ("dem", DEMONYMS)], r"[\w.]", "[A-ZÀ-Þ]")
                           + r"(?![\w])")
CITY_RE = rx.compile(first_letter_alternation([(None, CITIES)], r"[\w]", "[A-ZÀ-Þ]") + r"(?![\w])")
ORG_RE = rx.compile(first_letter_alternation([(None, ORGANIZATIONS)], r"[\w]", "[A-ZÀ-Þ]") + r"(?![\w])")


def _inside_organizations(organizations: dict) -> dict[str, tuple[tuple[str, str], ...]]:
    """'Palestine' -> (('UN Relief and Works Agency for ', ' Refugees in the Near East'), …): the words
    around a country's name inside an organisation's, where it names no party."""
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for alias in organizations:
        for m in COUNTRY_RE.finditer(alias):
            found[m.group()] = found.get(m.group(), ()) + ((alias[:m.start()], alias[m.end():]),)
    return found


_INSIDE_ORGANIZATIONS = _inside_organizations(ORGANIZATIONS)


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
            code = _publisher_code(cue) or _country_of_a_body(cue)
            if code:
                return code
    return None


_BODY_OF = rx.compile(r"\A.*(?: of (?P<of>(?:the )?[A-Z][^()]{2,50})| \((?P<paren>[^()]{3,50})\))$")


def _country_of_a_body(name: str) -> Optional[str]:
    """The country a government body's name ends with: 'Government of the Netherlands',
    'Ministry of Foreign Affairs (Sultanate of Oman)' (the publisher a page's masthead gives)."""
    if not name.startswith(("Government", "Ministry", "Department", "Office", "Presidency", "Embassy", "The ",
                            "Federal", "President", "Prime Minister", "Chancellery", "Official")):
        return None
    m = _BODY_OF.match(name)
    return resolve_country(m.group("of") or m.group("paren")) if m else None


@lru_cache(maxsize=4096)
def _publisher_code(cue: str) -> Optional[str]:
    """The country of one URL host or publisher name (longest matching cue first)."""
    low = cue.lower()
    for needle, code in _PUBLISHER_CUES:
        if needle in low:
            return code
    return None


def find_countries(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[CountryMention]:
    """Every country name or demonym in text[start:end], in text order (not one inside the name
    of another place, 'New Mexico', or of an organisation, 'Organization of American States')."""
    for m in _COUNTRY_SCAN.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        if word in _INSIDE_ORGANIZATIONS and _inside_an_organization(text, m.start(), m.end(), word):
            continue
        if m.lastgroup.startswith("name"):
            if word in _NOT_COUNTRY_PREFIXES and text.endswith(_NOT_COUNTRY_PREFIXES[word], 0, m.start()):
                continue
            yield CountryMention(NAMES[word], m.start(), m.end(), "name")
        else:
            yield CountryMention(DEMONYMS[word], m.start(), m.end(), "demonym")


def _inside_an_organization(text: str, start: int, end: int, word: str) -> bool:
    """Whether the name at text[start:end] stands inside one of the organisations' names it is part of."""
    return any(text.endswith(before, 0, start) and text.startswith(after, end)
               for before, after in _INSIDE_ORGANIZATIONS[word])


def country_name(code: str) -> str:
    """A readable name for an alpha-3 code (its common name where ISO 3166 gives one)."""
    return _NAME_BY_CODE.get(code, code)
