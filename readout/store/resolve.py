"""Resolution across documents: people, offices held, and which stored meeting a reported meeting is.

The rules are stated in docs/store.md; each function here implements one of them.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, Optional

from ..rules import load, require_groups

# -- names -------------------------------------------------------------------------------------

_NON_LETTERS = re.compile(r"[^a-z0-9]+")
_NON_WORD = re.compile(r"[\W_]+")


def normalize(text: Optional[str]) -> str:
    """Lower-case ASCII letters and digits only: 'Kyung-wha' -> 'kyungwha', 'Ebrárd' -> 'ebrard'.
    A name with none (written in Japanese or Chinese: '山本') keeps its own letters, so it still
    has a key."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return _NON_LETTERS.sub("", folded) or _NON_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def family_key(participant) -> str:
    return normalize(participant.family_name) or normalize(participant.name.split()[-1] if participant.name else "")


def given_key(participant) -> str:
    """The given name, from the field or from the display name without the family name."""
    if participant.given_name:
        return normalize(participant.given_name)
    words = (participant.name or "").split()
    family = family_key(participant)
    rest = [w for w in words if normalize(w) != family]
    return normalize(" ".join(rest)) if len(rest) < len(words) else ""


def party_of(participant) -> str:
    """Who a person belongs to for resolution: the country, else the organisation, else '?'."""
    return participant.country or (participant.organization or "").upper() or "?"


def person_key(participant) -> str:
    return f"{party_of(participant)}:{family_key(participant)}"


def given_compatible(a: str, b: str) -> bool:
    """Given names agree when either is unknown, equal, an initial or a prefix of the other, or,
    for names of five letters or more, one typing slip apart ('Yoshimasha' / 'Yoshimasa')."""
    if not a or not b:
        return True
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    if (len(a) == 1 or len(b) == 1) and a[0] == b[0]:
        return True
    return min(len(a), len(b)) >= 5 and one_edit_apart(a, b)


def one_edit_apart(a: str, b: str) -> bool:
    """True when one letter inserted, deleted or replaced turns a into b."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def display_name(participant) -> str:
    return participant.name or " ".join(x for x in (participant.given_name, participant.family_name) if x)


# -- offices -----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _office_rules() -> dict:
    data = require_groups("store_offices.yaml", load("store_offices.yaml"),
                          ["offices", "modifiers", "generic", "prefixes"])
    wordings = []
    for canonical, variants in data["offices"].items():
        if not variants:
            from ..errors import RulesError
            raise RulesError(f"rules file store_offices.yaml: office {canonical!r} has no wordings")
        wordings.extend((str(v).lower(), canonical) for v in variants)
    # One alternation, longest wording first, so 'vice minister for foreign affairs' beats its tail.
    wordings.sort(key=lambda pair: -len(pair[0]))
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w, _ in wordings) + r")(?![\w-])")
    return {"pattern": pattern, "canonical": dict(wordings),
            "modifiers": frozenset(str(m).lower() for m in data["modifiers"]),
            "generic": frozenset(str(g).lower() for g in data["generic"]),
            "prefixes": tuple(str(p).lower() for p in data["prefixes"])}


def canonical_office(title: Optional[str]) -> Optional[str]:
    """The office a title names: 'Japanese Foreign Minister' and 'Minister for Foreign Affairs of Japan'
    are both 'Minister for Foreign Affairs'; an unknown title is kept as written (tidied); a vague
    one ('Minister') names no office."""
    if not title:
        return None
    text = " ".join(title.replace("\u2019", "'").split()).strip(" ,.")
    lowered = text.lower()
    rules = _office_rules()
    for match in rules["pattern"].finditer(lowered):
        before = lowered[:match.start()].split()
        if before and before[-1].strip("-") in rules["modifiers"]:
            continue
        return rules["canonical"][match.group(1)]
    for prefix in rules["prefixes"]:
        if lowered.startswith(prefix + " "):
            text, lowered = text[len(prefix) + 1:], lowered[len(prefix) + 1:]
    if not text or lowered.strip(".") in rules["generic"] or lowered in rules["generic"]:
        return None
    return text


def tidy_family(name: Optional[str]) -> str:
    """'HAYASHI' (MOFA's capitals) -> 'Hayashi'; other spellings are kept."""
    if name and name.isupper() and len(name) > 1:
        return "-".join(part.capitalize() for part in name.title().split("-"))
    return name or ""


# -- dates -------------------------------------------------------------------------------------

def parse_day(value: Optional[str]) -> Optional[date]:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def shift(day: date, days: int) -> str:
    return (day + timedelta(days=days)).isoformat()


# -- meetings ----------------------------------------------------------------------------------

SAME_DAY_WINDOW = 1  # explicit dates of one meeting differ by at most a day (time zones)
INFERRED_WINDOW = 3  # a report without a meeting date is published within 3 days of it
PREVIEW_AHEAD = 30  # a preview without a date announces a meeting within 30 days
CONFLICT_WINDOW = 7  # same principals, same city, in person: a conflicting date within a week


def principal_keys(meeting) -> set[str]:
    """'JPN:hayashi'-style keys of a meeting's principals (participants without a role count too)."""
    people = [p for p in meeting.participants if p.role == "principal"] or list(meeting.participants)
    keys = {person_key(p) for p in people if family_key(p)}
    return {k for k in keys if not k.startswith("?:")}  # a person of unknown party proves nothing


def principal_names(meeting) -> set[str]:
    """'JPN:fumio kishida'-style entries: each principal's party and the words of their name."""
    people = [p for p in meeting.participants if p.role == "principal"] or list(meeting.participants)
    names = set()
    for p in people:
        words = {normalize(w) for w in f"{p.name or ''} {p.family_name or ''} {p.given_name or ''}".split()}
        party = party_of(p)
        if party != "?" and words - {""}:
            names.add(f"{party}:{' '.join(sorted(words - {''}))}")
    return names


def principals_compatible(a: set[str], b: set[str]) -> bool:
    """For every party both sides name principals of, some principal of each side shares a name word
    (so a family and a given name swapped by one source still agree: 'Fumio Kishida' = 'KISHIDA Fumio')."""
    by_party_a, by_party_b = _words_by_party(a), _words_by_party(b)
    for party in by_party_a.keys() & by_party_b.keys():
        if not any(x & y for x in by_party_a[party] for y in by_party_b[party]):
            return False
    return True


def _words_by_party(entries: set[str]) -> dict[str, list[set[str]]]:
    out: dict[str, list[set[str]]] = {}
    for entry in entries:
        party, _, words = entry.partition(":")
        out.setdefault(party, []).append(set(words.split()))
    return out


def values_compatible(a: Optional[str], b: Optional[str]) -> bool:
    return a is None or b is None or a == b


def levels_compatible(a: Optional[str], b: Optional[str]) -> bool:
    """Levels agree when equal or unknown; 'mixed' (principals of different ranks, as one source read
    their titles) says nothing against a meeting of one rank, since the principals are compared too."""
    return values_compatible(a, b) or "mixed" in (a, b)


def dates_match(new: dict, old: dict) -> Optional[str]:
    """The date rule under which two meeting summaries can be one meeting, or None.

    Each summary has `date` (stated, or None), `sort_date` (stated, else inferred from the
    published date) and `relation` ('report' or 'preview').
    """
    new_day, old_day = parse_day(new["sort_date"]), parse_day(old["sort_date"])
    if new_day is None or old_day is None:
        return None
    gap = (new_day - old_day).days
    stated = new["date"] is not None and old["date"] is not None
    if new["relation"] == old["relation"] == "report":
        if stated:
            return "same_day" if abs(gap) <= SAME_DAY_WINDOW else None
        return "inferred_date" if abs(gap) <= INFERRED_WINDOW else None
    if stated:
        return "preview_date" if abs(gap) <= SAME_DAY_WINDOW else None
    if new["relation"] == old["relation"] == "preview":
        return "preview_window" if abs(gap) <= PREVIEW_AHEAD else None
    preview, held = (new_day, old_day) if new["relation"] == "preview" else (old_day, new_day)
    return "preview_window" if -1 <= (held - preview).days <= PREVIEW_AHEAD else None


def conflict_match(new: dict, old: dict) -> Optional[str]:
    """Dates that disagree by up to a week still match for the same principals in the same city, in person,
    when one side is a news report (the press misdates; governments do not)."""
    new_day, old_day = parse_day(new["date"]), parse_day(old["date"])
    if new_day is None or old_day is None or abs((new_day - old_day).days) > CONFLICT_WINDOW:
        return None
    if new["relation"] != "report" or old["relation"] != "report":
        return None
    if "news_report" not in (new.get("kind"), old.get("kind")):
        return None  # two official readouts that disagree on the date report two meetings
    if new["format"] != "in_person" or old["format"] != "in_person":
        return None
    city_new, city_old = normalize(new["location_city"]), normalize(old["location_city"])
    if not city_new or city_new != city_old:
        return None
    if not new["principals"] or new["principals"] != old["principals"]:
        return None
    return "date_conflict"


def compatible(new: dict, old: dict) -> bool:
    """Same parties, no conflicting format, level, principals, or city of an in-person meeting."""
    if new["countries"] != old["countries"] or new["organizations"] != old["organizations"]:
        return False
    if not values_compatible(new["format"], old["format"]) or not levels_compatible(new["level"], old["level"]):
        return False
    if "in_person" in (new["format"], old["format"]):
        city_new, city_old = normalize(new["location_city"]), normalize(old["location_city"])
        if city_new and city_old and city_new != city_old:
            return False
    return principals_compatible(new["names"], old["names"])


def meeting_match(new: dict, old: dict) -> Optional[str]:
    """The rule that makes `new` the same meeting as `old`, or None (see docs/store.md)."""
    if not compatible(new, old):
        return None
    return dates_match(new, old) or conflict_match(new, old)


def undated_match(new: dict, old: dict) -> bool:
    """Rule 6 (docs/store.md), without any date on one side: the same principals on both sides (all of
    them, two or more), the same format stated by both, no conflicting place or occasion (a value
    missing on one side is no conflict), and the place confirmed by one value both sides give (see
    place_confirmed). Whether the candidate is the only one is the caller's part (choose_undated)."""
    return (len(new["principals"]) >= 2 and new["principals"] == old["principals"]
            and new["format"] is not None and new["format"] == old["format"]
            and compatible(new, old) and place_compatible(new, old) and place_confirmed(new, old))


def place_compatible(new: dict, old: dict) -> bool:
    """City, country of the place, host country and occasion, where both sides give them, agree
    ('Tokyo' = 'TOKYO'; occasions agree when they share a distinctive word: 'TICAD 9' / 'TICAD')."""
    for field in ("location_city", "location_country", "host_country"):
        a, b = normalize(new.get(field)), normalize(old.get(field))
        if a and b and a != b:
            return False
    words_new, words_old = occasion_words(new.get("occasion")), occasion_words(old.get("occasion"))
    return not (words_new and words_old and not words_new & words_old)


def place_confirmed(new: dict, old: dict) -> bool:
    """Both sides name the same city or the same occasion, or the same host country where neither
    names an occasion: without a date, the people alone do not say which of their meetings a report
    is about, and a host country is a weak place (a summit there is not the ministers' visit before)."""
    city = normalize(new.get("location_city"))
    if city and city == normalize(old.get("location_city")):
        return True
    words_new, words_old = occasion_words(new.get("occasion")), occasion_words(old.get("occasion"))
    if words_new & words_old:
        return True
    host = normalize(new.get("host_country"))
    return bool(host) and host == normalize(old.get("host_country")) and not (words_new or words_old)


@lru_cache(maxsize=1)
def _occasion_filler() -> frozenset:
    data = require_groups("store_offices.yaml", load("store_offices.yaml"), ["occasion_filler"])
    return frozenset(normalize(str(w)) for w in data["occasion_filler"])


def occasion_words(occasion: Optional[str]) -> set[str]:
    """The distinctive words of an occasion ('G20', 'ASEAN', 'TICAD'), without filler or numbers."""
    words = {normalize(w) for w in re.split(r"[\s,.;:()'\u2019-]+", occasion or "")}
    return {w for w in words if w and w not in _occasion_filler() and not w.isdigit()}


def choose_undated(new: dict, candidates: list[dict]) -> tuple[Optional[dict], list[dict]]:
    """Rule 6's choice among the meetings `undated_match` accepts: the single one, or nothing (with the
    rivals). Candidates placed in the same named city as `new` come first: a city both sides name is
    stronger than a city one side leaves out; within that tier there must still be exactly one."""
    city = normalize(new.get("location_city"))
    placed = [c for c in candidates if city and normalize(c.get("location_city")) == city]
    tier = placed or candidates
    return (tier[0], []) if len(tier) == 1 else (None, tier)


def rank_key(new: dict, old: dict) -> tuple:
    """Prefer candidates sharing more principals, then nearer in date, then older ids."""
    shared = len(new["principals"] & old["principals"])
    a, b = parse_day(new["sort_date"]), parse_day(old["sort_date"])
    gap = abs((a - b).days) if a and b else 99
    return (-shared, gap, old["id"])


def join_codes(values: Iterable[str]) -> str:
    return ",".join(sorted(set(v for v in values if v)))
