"""Compare two readouts of one meeting: same meeting or not, aligned statements, what differs.

Find, then apply: first decide whether the two records report the same meeting (date,
principals, countries, format, place, occasion: each a reason for, against or unknown); only
then align their statements one to one by text similarity (TF-IDF cosine by default, a local
embedding model where one is installed) and list what each side reports differently.
Rules (stop words, synonyms, country aliases, stance phrases) live in rules/compare.yaml.
"""
from __future__ import annotations

import html
import logging
import math
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, fields, is_dataclass
from datetime import date as Date, timedelta
from functools import lru_cache
from typing import Any, Callable, Optional, Sequence

from . import rx
from .errors import ReadoutError
from .record import Meeting, Participant, Record, Statement, speakers
from .rules import load, require_groups

log = logging.getLogger(__name__)

LEXICAL_METHOD = "tfidf"
THRESHOLDS = {"lexical": 0.15, "embedding": 0.55, "topics": 0.65}
NOT_A_REPORT = {"announcement", "preview"}
HEADER_FIELDS = ("date", "start_time", "duration_minutes", "format", "level", "countries",
                 "host_country", "location", "occasion", "principals", "attendees")
EMBEDDING_VARIABLE = "READOUT_EMBEDDING_MODEL"


# ---------------------------------------------------------------- output records

def _plain(value: Any) -> Any:
    """Turn the comparison's dataclasses and tuples into JSON-ready values."""
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class StatementView:
    """One statement as shown in a comparison, with its position in its meeting."""
    index: int
    text: str
    agents: tuple[str, ...]
    stance: str
    topics: tuple[str, ...] = ()
    point: Optional[int] = None
    span: Optional[tuple[int, int]] = None


@dataclass(frozen=True, slots=True)
class Difference:
    """One way two aligned statements differ: kind is stance, agents or topics."""
    kind: str
    a: Any
    b: Any
    note: str


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """Two statements, one from each readout, that report the same thing."""
    a: StatementView
    b: StatementView
    similarity: float
    differences: tuple[Difference, ...] = ()


@dataclass(frozen=True, slots=True)
class HeaderRow:
    """One header fact as each readout gives it; same is false where they differ."""
    field: str
    a: Any
    b: Any
    same: bool
    note: Optional[str] = None


@dataclass(frozen=True, slots=True)
class Side:
    """Which document (and which of its meetings) one side of the comparison is."""
    source: str
    document_id: str
    publisher: Optional[str]
    title: Optional[str]
    kind: Optional[str]
    published: Optional[str]
    meetings: int
    meeting_index: Optional[int] = None


@dataclass(frozen=True, slots=True)
class Comparison:
    """The report: same meeting or not and why, aligned statements, what only one side says.

    For different meetings `aligned`, `only_a`, `only_b` and the topic lists are None:
    no alignment claims are made, only header facts are set side by side.
    """
    same_meeting: bool
    relation: str  # same_meeting | different_meetings | preview | related_document | not_comparable
    reasons: tuple[str, ...]
    a: Side
    b: Side
    header: tuple[HeaderRow, ...]
    header_differences: tuple[HeaderRow, ...]
    confidence: Optional[str] = None  # high | low (same meeting, but no date or occasion fixes the time)
    aligned: Optional[tuple[AlignedPair, ...]] = None
    only_a: Optional[tuple[StatementView, ...]] = None
    only_b: Optional[tuple[StatementView, ...]] = None
    topics_only_a: Optional[tuple[str, ...]] = None
    topics_only_b: Optional[tuple[str, ...]] = None
    topics_shared: Optional[tuple[str, ...]] = None
    method: Optional[str] = None
    threshold: Optional[float] = None

    def as_dict(self) -> dict:
        return _plain(self)


# ---------------------------------------------------------------- rules

@lru_cache(maxsize=None)
def _rules() -> dict:
    """The comparison rules, validated once."""
    data = require_groups("compare.yaml", load("compare.yaml"),
                          ["stop_words", "synonyms", "countries", "stance_phrases", "agreement_stances"])
    return data


@lru_cache(maxsize=None)
def _stop_words() -> frozenset:
    return frozenset(_rules()["stop_words"])


@lru_cache(maxsize=None)
def _country_matcher() -> tuple[re.Pattern, dict[str, str]]:
    """One alternation over every country alias, longest first, and alias -> code."""
    aliases = {alias.lower(): code for code, names in _rules()["countries"].items() for alias in names}
    ordered = sorted(aliases, key=len, reverse=True)
    pattern = rx.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, ordered)) + r")(?![a-z0-9])")
    return pattern, aliases


def stance_phrase(stance: Optional[str]) -> str:
    """Plain words for a stance id ('exchange_views' -> 'exchanged views')."""
    if not stance:
        return "no stance"
    return _rules()["stance_phrases"].get(stance, stance.replace("_", " "))


# ---------------------------------------------------------------- text normalisation

_WORD = rx.compile(r"[a-z0-9]+")
_INFLECTIONS = (("sses", "ss"), ("ies", "y"), ("ied", "y"), ("eed", "ee"), ("ss", "ss"),
                ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
_DERIVATIONS = (("ational", "ate"), ("ation", "ate"), ("ness", ""), ("ly", ""))


def _strip_suffix(word: str, suffixes: tuple[tuple[str, str], ...]) -> str:
    for suffix, replacement in suffixes:
        if word.endswith(suffix):
            stem = word[: -len(suffix)] + replacement
            return stem if len(stem) >= 3 else word
    return word


def stem(word: str) -> str:
    """Light suffix stripping: inflection, then a few derivations, then a final e."""
    if len(word) <= 4 or word.isdigit():
        return word
    word = _strip_suffix(_strip_suffix(word, _INFLECTIONS), _DERIVATIONS)
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def normalise_tokens(text: str) -> list[str]:
    """Lowercase, map countries and demonyms to codes, drop punctuation and stop words, stem."""
    stop, synonyms = _stop_words(), _rules()["synonyms"]
    pattern, aliases = _country_matcher()
    lowered = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    lowered = pattern.sub(lambda m: f" cc{aliases[m.group(0)].lower()} ", lowered)
    tokens = []
    for word in _WORD.findall(lowered):
        word = synonyms.get(word, word)
        if word not in stop and not (len(word) == 1 and not word.isdigit()):
            tokens.append(stem(word))
    return tokens


# ---------------------------------------------------------------- similarity

def _tfidf_vectors(token_lists: Sequence[list[str]]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors (sublinear tf, smoothed idf) over the given statements."""
    n = len(token_lists)
    df = Counter(t for tokens in token_lists for t in set(tokens))
    idf = {t: math.log((1 + n) / (1 + d)) + 1.0 for t, d in df.items()}
    vectors = []
    for tokens in token_lists:
        weights = {t: (1.0 + math.log(c)) * idf[t] for t, c in Counter(tokens).items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({t: w / norm for t, w in weights.items()})
    return vectors


def _cosine(u: dict[str, float], v: dict[str, float]) -> float:
    if len(u) > len(v):
        u, v = v, u
    return sum(w * v.get(t, 0.0) for t, w in u.items())


def lexical_similarity(texts_a: Sequence[str], texts_b: Sequence[str]) -> list[list[float]]:
    """TF-IDF cosine between every statement of A and every statement of B."""
    vectors = _tfidf_vectors([normalise_tokens(t) for t in [*texts_a, *texts_b]])
    va, vb = vectors[: len(texts_a)], vectors[len(texts_a):]
    return [[_cosine(x, y) for y in vb] for x in va]


@lru_cache(maxsize=1)
def load_embedder() -> Optional[tuple[str, Callable[[list[str]], Any]]]:
    """A packaged local sentence-embedding model, if one is installed; never downloads.

    The model is a directory named by READOUT_EMBEDDING_MODEL, read with model2vec or
    sentence-transformers where either is installed. Without both, None: lexical it is.
    """
    path = os.environ.get(EMBEDDING_VARIABLE)
    if not path or not os.path.isdir(path):
        return None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local directory only; no hub look-ups
    for loader in (_load_model2vec, _load_sentence_transformers):
        encode = loader(path)
        if encode is not None:
            return f"embedding:{os.path.basename(os.path.normpath(path))}", encode
    return None


def _load_model2vec(path: str) -> Optional[Callable]:
    try:
        from model2vec import StaticModel  # type: ignore[import-not-found]
    except ImportError:
        return None
    return StaticModel.from_pretrained(path).encode


def _load_sentence_transformers(path: str) -> Optional[Callable]:
    try:
        from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]
    except ImportError:
        return None
    return SentenceTransformer(path, local_files_only=True).encode


def embedding_similarity(encode: Callable, texts_a: Sequence[str], texts_b: Sequence[str]) -> list[list[float]]:
    """Cosine between sentence embeddings of every statement pair."""
    import numpy as np

    va, vb = (np.asarray(encode(list(t)), dtype=float) for t in (texts_a, texts_b))
    va /= np.linalg.norm(va, axis=1, keepdims=True) + 1e-12
    vb /= np.linalg.norm(vb, axis=1, keepdims=True) + 1e-12
    return (va @ vb.T).tolist()


def choose_method(method: str) -> tuple[str, Optional[Callable]]:
    """'lexical', or 'auto'/'embedding' which use an installed embedding model when there is one."""
    if method not in ("lexical", "auto", "embedding"):
        raise ReadoutError(f"unknown comparison method {method!r}: use lexical, auto or embedding")
    if method != "lexical":
        embedder = load_embedder()
        if embedder is not None:
            return embedder
        log.info("no local sentence-embedding model installed; using the lexical method")
    return LEXICAL_METHOD, None


def align(sims: list[list[float]], threshold: float) -> list[tuple[int, int, float]]:
    """One-to-one assignment with the largest total similarity (Hungarian); pairs below threshold dropped."""
    if not sims or not sims[0]:
        return []
    transpose = len(sims) > len(sims[0])
    rows = [list(col) for col in zip(*sims)] if transpose else sims
    # Pairs below the threshold count as nothing, so they never displace a real match.
    cost = [[-s if s >= threshold else 0.0 for s in row] for row in rows]
    pairs = []
    for i, j in enumerate(_hungarian(cost)):
        a, b = (j, i) if transpose else (i, j)
        if sims[a][b] >= threshold:
            pairs.append((a, b, round(sims[a][b], 3)))
    return sorted(pairs)


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Minimum-cost assignment of every row to a distinct column (rows <= columns), O(n^2 m)."""
    n, m = len(cost), len(cost[0])
    u, v, match, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        match[0], j0 = i, 0
        minv, used = [math.inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], math.inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    assignment = [0] * n
    for j in range(1, m + 1):
        if match[j]:
            assignment[match[j] - 1] = j - 1
    return assignment


# ---------------------------------------------------------------- same meeting or not

@dataclass(frozen=True, slots=True)
class _Evidence:
    check: str
    verdict: int  # +1 for the same meeting, -1 against, 0 cannot tell
    sentence: str


def normalise_name(name: str) -> str:
    """Family name for matching: no accents, case, spaces or hyphens ('HAYASHI' = 'Hayashi')."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isalnum()).lower()


def _near(a: str, b: str) -> bool:
    """Same name, or one letter off in a name of five letters or more (press typos)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    return _edit_distance_at_most_one(a, b)


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            edits += 1
            if edits > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
            continue
        i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


def principals(meeting: Meeting) -> list[Participant]:
    return [p for p in meeting.participants if p.role == "principal"]


def _people(people: Sequence[Participant]) -> str:
    return ", ".join(f"{p.family_name} ({p.country})" if p.country else p.family_name for p in people) or "none"


def parse_date(value: Optional[str]) -> Optional[Date]:
    """A YYYY-MM-DD date (or the date part of a timestamp), else None."""
    if not value or len(value) < 10:
        return None
    try:
        return Date.fromisoformat(value[:10])
    except ValueError:
        return None


def check_date(ma: Meeting, mb: Meeting, a: Record, b: Record) -> _Evidence:
    """Dates within one day agree (time zones); otherwise a publication date may stand in."""
    da, db = parse_date(ma.date), parse_date(mb.date)
    if da and db:
        gap = abs((da - db).days)
        if gap == 0:
            return _Evidence("date", 1, f"Both date the meeting {da.isoformat()}.")
        if gap == 1:
            return _Evidence("date", 1, f"A dates the meeting {da}, B {db}: one day apart, which time zones explain.")
        if _weekday_slip(gap, (ma, a), (mb, b)):
            return _Evidence("date", 0, f"A dates the meeting {da}, B {db}: about {round(gap / 7)} week(s) apart on "
                                        "the same weekday (give or take a time zone), as when 'on Thursday' is "
                                        "read against a wrong page date; the date cannot decide.")
        return _Evidence("date", -1, f"A dates the meeting {da}, B {db}: {gap} days apart.")
    if da or db:
        known, side, other = (da, "B", b) if da else (db, "A", a)
        said = _near_day_in_text(known, other.document.text)
        if said:
            return _Evidence("date", 1, f"{side} gives no full date, but its text names \"{said}\", "
                                        f"within a day of the other's date {known}.")
        return _check_publication(known, side, parse_date(other.document.published))
    return _Evidence("date", 0, "Neither document dates the meeting, so the date cannot be checked.")


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def _day_in_text(day: Date, text: str) -> Optional[str]:
    """'August 2', '2 August' or 'Aug. 2' of the given date in a text without the year, if present."""
    month = MONTHS[day.month - 1]
    names = rf"(?:{month}|{month[:3]}\.?)"
    pattern = rf"(?<![\w.])(?:{names}\s*{day.day}(?!\d)|{day.day}(?:st|nd|rd|th)?\s+{names}(?![a-z]))"
    found = re.search(pattern, text[:20000], re.I)
    return found.group(0) if found else None


def _near_day_in_text(day: Date, text: str) -> Optional[str]:
    """The day itself, or the day before or after (a dateline of the next day), named in a text."""
    for shift in (0, 1, -1):
        found = _day_in_text(day + timedelta(days=shift), text)
        if found:
            return found
    return None


_RELATIVE_DAY = rx.compile(r"\b(?:today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


def _weekday_slip(gap: int, *sides: tuple[Meeting, Record]) -> bool:
    """Dates whole weeks apart where a date may come from a weekday read against the page date.

    News pages often carry a wrong date line; "on Thursday" then resolves to the right weekday
    of the wrong week. Where the extractor kept the date's span, only a relative date counts.
    """
    if gap % 7 not in (0, 1, 6) or gap > 36:  # a weekday, give or take a time zone
        return False
    return any(_date_is_relative(m, r) is not False for m, r in sides)


def _date_is_relative(meeting: Meeting, record: Record) -> Optional[bool]:
    """True for 'today' or a weekday, False for a written date, None where no span was kept."""
    span = (meeting.spans or {}).get("date")
    if not span:
        return None
    return bool(_RELATIVE_DAY.search(record.document.text[span[0]:span[1]]))


def _check_publication(known: Date, side: str, published: Optional[Date]) -> _Evidence:
    """A report without a meeting date is weak evidence when published soon after the other's date."""
    if published is None:
        return _Evidence("date", 0, f"{side} gives no meeting date and no publication date, so the date cannot be checked.")
    lag = (published - known).days
    if -1 <= lag <= 7:
        return _Evidence("date", 1, f"{side} gives no meeting date; it was published {published}, "
                                    f"{max(lag, 0)} day(s) after the other's date {known}.")
    if lag < -1:
        return _Evidence("date", -1, f"{side} was published {published}, before the meeting of {known} took place.")
    return _Evidence("date", 0, f"{side} gives no meeting date and was published {published}, "
                                f"{lag} days after {known}: too late to tell.")


def check_countries(ma: Meeting, mb: Meeting) -> _Evidence:
    ca, cb = sorted(set(ma.countries)), sorted(set(mb.countries))
    if not ca or not cb:
        return _Evidence("countries", 0, "One document names no countries, so they cannot be checked.")
    if ca == cb and len(ca) < 2:
        return _Evidence("countries", 0, f"Both name only {ca[0]}: the other party is unknown, so this proves nothing.")
    if ca == cb:
        return _Evidence("countries", 1, f"Both name the same countries: {', '.join(ca)}.")
    listed = f"A names {', '.join(ca)}, B names {', '.join(cb)}"
    small, large = (ma, mb) if set(ca) < set(cb) else (mb, ma) if set(cb) < set(ca) else (None, None)
    if small is None:
        return _Evidence("countries", -1, listed + ".")
    extra = [p for p in principals(large) if p.country not in small.countries]
    named = {normalise_name(p.family_name) for p in principals(small)}
    found = [p for p in extra if any(_near(normalise_name(p.family_name), n) for n in named)]
    if extra and not found:
        return _Evidence("countries", -1, f"{listed}: {_people(extra)} takes part in one meeting only.")
    if extra and len(found) == len(extra):
        return _Evidence("countries", 1, f"{listed}, but the other side names {_people(found)} too: "
                                         "the same parties, one country left unstated.")
    return _Evidence("countries", 0, f"{listed}; one side names fewer countries, which says nothing against it.")


def check_principals(ma: Meeting, mb: Meeting) -> _Evidence:
    """Family names compared country by country; a different counterpart is a different meeting."""
    pa, pb = principals(ma), principals(mb)
    if not pa or not pb:
        return _Evidence("principals", 0, "One document names no principals, so they cannot be checked.")
    clashes = _principal_clashes(pa, pb)
    if clashes:
        return _Evidence("principals", -1, " ".join(clashes))
    matched = [p for p in pa if any(_near(normalise_name(p.family_name), normalise_name(q.family_name)) for q in pb)]
    if len(matched) >= min(len(pa), len(pb)) and len(matched) >= 2:
        return _Evidence("principals", 1, f"The principals match: {_people(matched)}.")
    if len(matched) == 1 and min(len(pa), len(pb)) == 1:
        return _Evidence("principals", 0, f"Only one principal is named on one side ({_people(matched)}): "
                                          "one name cannot identify a meeting.")
    if matched:
        return _Evidence("principals", 0, f"Only some principals match ({_people(matched)}); A names {_people(pa)}, B {_people(pb)}.")
    return _Evidence("principals", -1, f"No principal in common: A names {_people(pa)}, B {_people(pb)}.")


def _principal_clashes(pa: Sequence[Participant], pb: Sequence[Participant]) -> list[str]:
    clashes = []
    for country in sorted({p.country for p in pa if p.country} & {p.country for p in pb if p.country}):
        names_a = [normalise_name(p.family_name) for p in pa if p.country == country]
        names_b = [normalise_name(p.family_name) for p in pb if p.country == country]
        if not any(_near(x, y) for x in names_a for y in names_b):
            clashes.append(f"For {country}, A names {_people([p for p in pa if p.country == country])} "
                           f"as principal, B {_people([p for p in pb if p.country == country])}.")
    return clashes


FORMAT_WORDS = {"in_person": "an in-person meeting", "telephone": "a telephone talk", "video": "a video conference"}


def check_format(ma: Meeting, mb: Meeting) -> _Evidence:
    fa, fb = ma.format, mb.format
    if not fa or not fb:
        return _Evidence("format", 0, "One document does not say how the meeting was held.")
    if fa == fb:
        return _Evidence("format", 1, f"Both report {FORMAT_WORDS.get(fa, fa)}.")
    return _Evidence("format", -1, f"A reports {FORMAT_WORDS.get(fa, fa)}, B {FORMAT_WORDS.get(fb, fb)}.")


def check_place(ma: Meeting, mb: Meeting) -> _Evidence:
    """Host country and city: a meeting in Seoul is not a meeting in Lima."""
    ca, cb = _city(ma), _city(mb)
    if ca and cb:
        if ca == cb:
            return _Evidence("place", 1, f"Both place the meeting in {ma.location.city}.")
        return _Evidence("place", -1, f"A places the meeting in {ma.location.city}, B in {mb.location.city}.")
    ha, hb = _host(ma), _host(mb)
    if ha and hb:
        if ha == hb:
            return _Evidence("place", 1, f"Both say {ha} hosted the meeting." if ha != "-" else
                             "Both report a meeting in a third country or by telephone or video.")
        return _Evidence("place", -1, f"A says the meeting was hosted by {_host_words(ha)}, B by {_host_words(hb)}.")
    return _Evidence("place", 0, "The place cannot be checked.")


def _city(meeting: Meeting) -> Optional[str]:
    loc = meeting.location
    return normalise_name(loc.city) if loc and loc.city else None


def _host(meeting: Meeting) -> Optional[str]:
    """The host country; '-' where an in-person meeting was held in a third country."""
    if meeting.host_country:
        return meeting.host_country
    loc = meeting.location
    if meeting.format == "in_person" and loc and loc.country and loc.country not in meeting.countries:
        return "-"
    return None


def _host_words(host: str) -> str:
    return "a third country" if host == "-" else host


def check_occasion(ma: Meeting, mb: Meeting) -> Optional[_Evidence]:
    """The occasion ('on the margins of the G7 Summit', 'TICAD'): a named event pins the time."""
    ta, tb = set(normalise_tokens(ma.occasion or "")), set(normalise_tokens(mb.occasion or ""))
    if not ta or not tb:
        return None
    overlap = len(ta & tb) / len(ta | tb)
    if overlap >= 0.5:
        return _Evidence("occasion", 1, f"Both give the same occasion: {ma.occasion}.")
    # Two wordings of one conference rarely share all words: a low overlap proves nothing.
    return _Evidence("occasion", 0, f"The occasions are worded differently: A {ma.occasion!r}, B {mb.occasion!r}.")


def judge_meetings(ma: Meeting, mb: Meeting, a: Record, b: Record,
                   linked_by: Optional[str] = None) -> tuple[bool, int, list[_Evidence]]:
    """Same meeting when nothing speaks against it and two of date, principals, countries agree.

    Any one contradiction (dates, a counterpart, a third principal, format, place) decides
    against; where no date can be checked the reasons say so.
    """
    evidence = [check_date(ma, mb, a, b), check_principals(ma, mb), check_countries(ma, mb),
                check_format(ma, mb), check_place(ma, mb)]
    occasion = check_occasion(ma, mb)  # most readouts name no occasion: then there is nothing to say
    if occasion is not None:
        evidence.append(occasion)
    if linked_by:
        evidence.append(_Evidence("store", 1, f"The store links both documents to {linked_by}."))
    verdict = {e.check: e.verdict for e in evidence}
    against = sum(1 for e in evidence if e.verdict < 0)
    # Format, place and occasion agree for many pairs of meetings: alone they prove nothing.
    support = sum(1 for e in evidence if e.verdict > 0 and e.check in ("date", "principals", "countries"))
    same = against == 0 and support >= 2
    pinned = verdict["date"] > 0 or verdict.get("occasion", 0) > 0 or bool(linked_by)
    if same and not pinned:
        # Many press reports carry no date at all: the store's rule 6 decides, and the reasons say so.
        same, note = judge_undated(ma, mb, a, b, verdict)
        evidence.append(_Evidence("time", 0, note))
    return same, support - 3 * against, evidence


def judge_undated(ma: Meeting, mb: Meeting, a: Record, b: Record, verdict: dict[str, int]) -> tuple[bool, str]:
    """Rule 6 of docs/store.md without a date: every principal named on both sides (two or more), the
    same format stated by both, and the place confirmed: a city or host country both give (the host
    only where neither or both name an occasion), or the one city given by one side written in the
    other's text (the header stage may not have read it there)."""
    pa, pb = principals(ma), principals(mb)
    everyone = len(pa) == len(pb) >= 2 and verdict["principals"] > 0
    place = (_shared_place(ma, mb) if verdict["place"] > 0 else None) or _city_in_other_text(ma, mb, a, b)
    missing = [what for what, ok in (("the same principals on both sides", everyone),
                                     ("the same format stated by both", verdict["format"] > 0),
                                     ("a city or host country both name", bool(place))) if not ok]
    if missing:
        return False, ("The date is missing and nothing else fixes which meeting of these people this is: "
                       f"it lacks {' and '.join(missing)}.")
    return True, (f"The date is missing: the match rests on the principals ({_people(pa)}), the countries, "
                  f"the format and the place ({place}) alone.")


def _shared_place(ma: Meeting, mb: Meeting) -> Optional[str]:
    """How to name the place both sides agree on (as check_place found it): the city, else the host,
    which is too weak where one side names an occasion the other does not (a summit in that country)."""
    if _city(ma) and _city(mb):
        return f"{ma.location.city}, named by both"
    if bool(ma.occasion) != bool(mb.occasion):
        return None
    return f"host {_host_words(_host(ma) or '-')}, named by both"


def _city_in_other_text(ma: Meeting, mb: Meeting, a: Record, b: Record) -> Optional[str]:
    """'Nara, named in A's text' where only B gives the city and A's text names it; else None."""
    if bool(_city(ma)) == bool(_city(mb)):
        return None
    city, side, text = (ma.location.city, "B", b.document.text) if _city(ma) else (mb.location.city, "A", a.document.text)
    if re.search(r"(?<![a-z])" + re.escape(normalise_name_text(city)) + r"(?![a-z])", normalise_name_text(text)):
        return f"{city}, named in {side}'s text"
    return None


def best_meeting_pair(a: Record, b: Record, linked_by: Optional[str] = None) -> tuple[int, int, bool, list[_Evidence]]:
    """Of every meeting in A and in B, the pair that most looks like one meeting."""
    best = None
    for i, ma in enumerate(a.meetings):
        for j, mb in enumerate(b.meetings):
            same, score, evidence = judge_meetings(ma, mb, a, b, linked_by)
            key = (same, score, -i - j)
            if best is None or key > best[0]:
                best = (key, i, j, same, evidence)
    _, i, j, same, evidence = best
    return i, j, same, evidence


# ---------------------------------------------------------------- documents without a meeting

def _names_in_text(people: Sequence[Participant], text: str) -> list[str]:
    folded = normalise_name_text(text)
    return [p.family_name for p in people
            if re.search(r"(?<![a-z])" + re.escape(normalise_name(p.family_name)) + r"(?![a-z])", folded)]


def normalise_name_text(text: str) -> str:
    """Text folded like names (no accents, lowercase) so family names can be found in it."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def relate_unreported(reported: Record, other: Record, side: str) -> tuple[str, list[str]]:
    """The relation of a document that reports no held meeting to one that does."""
    kind = other.document.kind or "document"
    meeting = reported.meetings[0]
    named = _names_in_text(principals(meeting), other.document.text)
    wanted = principals(meeting)
    if kind in NOT_A_REPORT:
        head = f"{side} is {_article(kind)} {kind} of a meeting, not a report of a held meeting."
        if wanted and len(named) == len(wanted):
            return "preview", [head, f"It names the same principals ({', '.join(named)}): it previews the meeting the other reports."]
        return "different_meetings", [head, f"It does not name all the other's principals ({_people(wanted)}), so it is likely about another meeting."]
    if kind in ("readout", "news_report", "document"):
        return "not_comparable", [f"{side} is {_article(kind)} {kind.replace('_', ' ')}, but no meeting could be "
                                  "read from it: nothing to compare."]
    head = f"{side} reports no held meeting (kind: {kind})."
    if wanted and len(named) == len(wanted):
        return "related_document", [head, f"It names the same principals ({', '.join(named)}): a related document of the same occasion, not a second readout."]
    return "not_comparable", [head, "Nothing ties it to the other's meeting."]


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


# ---------------------------------------------------------------- header facts

def _header_value(meeting: Meeting, field_name: str) -> Any:
    if field_name == "principals":
        return [f"{p.family_name} ({p.country})" if p.country else p.family_name for p in principals(meeting)] or None
    if field_name == "attendees":
        return [f"{p.name} ({p.country})" if p.country else p.name
                for p in meeting.participants if p.role != "principal"] or None
    if field_name == "location":
        loc = meeting.location
        return (", ".join(x for x in (loc.city, loc.country) if x) or None) if loc else None
    if field_name == "start_time" and meeting.start_time and meeting.time_note:
        return f"{meeting.start_time} ({meeting.time_note})"
    value = getattr(meeting, field_name)
    return list(value) if isinstance(value, tuple) else value


def _header_key(meeting: Meeting, field_name: str) -> Any:
    """What is compared: names by normalised family name, lists as sets, times without notes."""
    if field_name == "principals":
        return frozenset(normalise_name(p.family_name) for p in principals(meeting))
    if field_name == "attendees":
        return frozenset(normalise_name(p.family_name) for p in meeting.participants if p.role != "principal")
    if field_name == "countries":
        return frozenset(meeting.countries)
    if field_name == "start_time":
        return meeting.start_time
    if field_name == "location":
        loc = meeting.location
        return (normalise_name(loc.city or ""), loc.country) if loc else None
    value = getattr(meeting, field_name)
    return value.lower() if isinstance(value, str) else value


def compare_headers(ma: Meeting, mb: Meeting) -> tuple[HeaderRow, ...]:
    """Every header fact either side gives, side by side."""
    rows = []
    for name in HEADER_FIELDS:
        va, vb = _header_value(ma, name), _header_value(mb, name)
        if va is None and vb is None:
            continue
        same = _header_key(ma, name) == _header_key(mb, name) if va is not None and vb is not None else False
        rows.append(HeaderRow(name, va, vb, same, _header_note(name, va, vb, same, ma, mb)))
    return tuple(rows)


def _header_note(name: str, va: Any, vb: Any, same: bool, ma: Meeting, mb: Meeting) -> Optional[str]:
    if same:
        return None
    if va is None:
        return "only B states it"
    if vb is None:
        return "only A states it"
    if name == "date":
        da, db = parse_date(ma.date), parse_date(mb.date)
        if da and db and abs((da - db).days) == 1:
            return "one day apart (time zones)"
    if name == "duration_minutes":
        return f"B says {vb - va:+d} minutes" if isinstance(va, int) and isinstance(vb, int) else None
    return None


# ---------------------------------------------------------------- statements

def view(index: int, statement: Statement) -> StatementView:
    return StatementView(index=index, text=statement.text, agents=speakers(statement),
                         stance=statement.stance, topics=tuple(statement.topics),
                         point=statement.point, span=tuple(statement.span) if statement.span else None)


def statement_differences(a: StatementView, b: StatementView, parties: frozenset) -> tuple[Difference, ...]:
    """Stance, agents and topics of two aligned statements, where they differ."""
    found = []
    if a.stance != b.stance:
        found.append(Difference("stance", a.stance, b.stance, _stance_note(a.stance, b.stance)))
    if set(a.agents) != set(b.agents):
        found.append(Difference("agents", list(a.agents), list(b.agents), _agents_note(a.agents, b.agents, parties)))
    if set(a.topics) != set(b.topics):
        only_a, only_b = sorted(set(a.topics) - set(b.topics)), sorted(set(b.topics) - set(a.topics))
        note = "; ".join(x for x in (only_a and f"only A: {', '.join(only_a)}", only_b and f"only B: {', '.join(only_b)}") if x)
        found.append(Difference("topics", list(a.topics), list(b.topics), note))
    return tuple(found)


def _stance_note(sa: str, sb: str) -> str:
    agreement = set(_rules()["agreement_stances"])
    if sa in agreement and sb == "exchange_views":
        return f"A reports an outcome ({stance_phrase(sa)}); B only that views were exchanged."
    if sb in agreement and sa == "exchange_views":
        return f"B reports an outcome ({stance_phrase(sb)}); A only that views were exchanged."
    return f"A: {stance_phrase(sa)}; B: {stance_phrase(sb)}."


def _agents_note(aa: Sequence[str], ab: Sequence[str], parties: frozenset) -> str:
    sa, sb = set(aa), set(ab)
    if len(parties) >= 2 and sa >= parties and len(sb) == 1:
        return f"A presents this as shared by all sides ({', '.join(sorted(sa))}); B as {next(iter(sb))}'s own statement."
    if len(parties) >= 2 and sb >= parties and len(sa) == 1:
        return f"B presents this as shared by all sides ({', '.join(sorted(sb))}); A as {next(iter(sa))}'s own statement."
    return f"A attributes it to {', '.join(sorted(sa)) or 'nobody'}; B to {', '.join(sorted(sb)) or 'nobody'}."


def meeting_topics(meeting: Meeting) -> set[str]:
    """The meeting's topics, or the union of its statements' topics where none are given."""
    return set(meeting.topics) or {t for s in meeting.statements for t in s.topics}


def topic_similarity(va: Sequence[StatementView], vb: Sequence[StatementView]) -> list[list[float]]:
    """For readouts in two languages, where words cannot be compared: the share of topics two
    statements have in common (Jaccard), and 0.1 more when the same side makes both; two
    statements that name no topic match (0.7) when they are the same speech act by the same side
    ('congratulated' / '祝意を表しました')."""
    def score(x: StatementView, y: StatementView) -> float:
        ta, tb = set(x.topics), set(y.topics)
        if not ta and not tb:
            return 0.7 if x.stance == y.stance and set(x.agents) == set(y.agents) else 0.0
        if not ta or not tb:
            return 0.0
        shared = len(ta & tb) / len(ta | tb)
        return round(min(1.0, shared + (0.1 if shared and set(x.agents) == set(y.agents) else 0.0)), 3)

    return [[score(x, y) for y in vb] for x in va]


def align_statements(ma: Meeting, mb: Meeting, method: str, threshold: Optional[float],
                     cross_language: bool = False):
    """Aligned pairs and the statements only in A and only in B. Readouts in two languages are
    aligned by their statements' topics and speakers unless an embedding model is used."""
    name, encode = choose_method(method)
    if cross_language and not encode:
        name = "topics"
    limit = threshold if threshold is not None else THRESHOLDS[
        "embedding" if encode else "topics" if name == "topics" else "lexical"]
    va = [view(i, s) for i, s in enumerate(ma.statements)]
    vb = [view(j, s) for j, s in enumerate(mb.statements)]
    texts_a, texts_b = [v.text for v in va], [v.text for v in vb]
    if not va or not vb:
        sims = []
    elif encode:
        sims = embedding_similarity(encode, texts_a, texts_b)
    elif name == "topics":
        sims = topic_similarity(va, vb)
    else:
        sims = lexical_similarity(texts_a, texts_b)
    parties = frozenset(ma.countries) | frozenset(mb.countries)
    pairs = align(sims, limit)
    aligned = tuple(AlignedPair(va[i], vb[j], s, statement_differences(va[i], vb[j], parties)) for i, j, s in pairs)
    used_a, used_b = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
    only_a = tuple(v for v in va if v.index not in used_a)
    only_b = tuple(v for v in vb if v.index not in used_b)
    return aligned, only_a, only_b, name, limit


# ---------------------------------------------------------------- entry points

def _languages_differ(a: Record, b: Record) -> bool:
    """Whether the two documents are written in different languages (no language given: English)."""
    return (a.document.language or "en") != (b.document.language or "en")


def _side(record: Record, index: Optional[int]) -> Side:
    doc = record.document
    return Side(source=doc.source, document_id=doc.id, publisher=doc.publisher, title=doc.title,
                kind=doc.kind, published=doc.published, meetings=len(record.meetings), meeting_index=index)


def compare_records(a: Record, b: Record, method: str = "lexical", threshold: Optional[float] = None,
                    linked_by: Optional[str] = None) -> Comparison:
    """Compare two records: same meeting or not and why; if the same, align their statements.

    `linked_by` names a store meeting that already holds both documents ("meeting 12"); it is
    reported as a reason and fixes the time (high confidence) where the documents cannot; it never
    outweighs a contradiction.
    """
    if not a.meetings or not b.meetings:
        return _compare_unreported(a, b)
    i, j, same, evidence = best_meeting_pair(a, b, linked_by)
    ma, mb = a.meetings[i], b.meetings[j]
    reasons = [("For: " if e.verdict > 0 else "Against: " if e.verdict < 0 else "Unknown: ") + e.sentence
               for e in evidence]
    reasons.extend(_choice_reasons(a, b, i, j))
    header = compare_headers(ma, mb)
    base = dict(a=_side(a, i), b=_side(b, j), header=header,
                header_differences=tuple(r for r in header if not r.same))
    if not same:
        return Comparison(same_meeting=False, relation="different_meetings",
                          reasons=tuple(reasons + ["They report different meetings: no statements are aligned."]), **base)
    aligned, only_a, only_b, name, limit = align_statements(ma, mb, method, threshold, _languages_differ(a, b))
    ta, tb = meeting_topics(ma), meeting_topics(mb)
    confidence = "low" if any(e.check == "time" for e in evidence) else "high"
    return Comparison(same_meeting=True, relation="same_meeting", reasons=tuple(reasons), confidence=confidence,
                      aligned=aligned,
                      only_a=only_a, only_b=only_b, topics_only_a=tuple(sorted(ta - tb)),
                      topics_only_b=tuple(sorted(tb - ta)), topics_shared=tuple(sorted(ta & tb)),
                      method=name, threshold=limit, **base)


def _choice_reasons(a: Record, b: Record, i: int, j: int) -> list[str]:
    """Say which meeting was compared when a document reports several."""
    found = []
    for side, record, index in (("A", a, i), ("B", b, j)):
        if len(record.meetings) > 1:
            found.append(f"{side} reports {len(record.meetings)} meetings; its meeting {index + 1} "
                         f"({_people(principals(record.meetings[index]))}) is the one compared.")
    return found


def _compare_unreported(a: Record, b: Record) -> Comparison:
    """At least one document reports no held meeting: say what it is, align nothing."""
    if not a.meetings and not b.meetings:
        relation, reasons = "not_comparable", ["Neither document reports a held meeting."]
    elif a.meetings:
        relation, reasons = relate_unreported(a, b, "B")
    else:
        relation, reasons = relate_unreported(b, a, "A")
    header = compare_headers(a.meetings[0], _EMPTY) if a.meetings else (
        compare_headers(_EMPTY, b.meetings[0]) if b.meetings else ())
    return Comparison(same_meeting=False, relation=relation,
                      reasons=tuple(reasons + ["No statements are aligned."]),
                      a=_side(a, 0 if a.meetings else None), b=_side(b, 0 if b.meetings else None),
                      header=header, header_differences=tuple(r for r in header if not r.same))


_EMPTY = Meeting(date=None, start_time=None, duration_minutes=None, format=None, countries=(),
                 host_country=None, participants=(), statements=(), topics=())


def pick_official(records: Sequence[Record]) -> Record:
    """The first official readout among a meeting's sources, else the first source."""
    for record in records:
        if record.document.kind == "readout":
            return record
    return records[0]


def compare_meeting(store, meeting_id, method: str = "lexical", threshold: Optional[float] = None) -> list[Comparison]:
    """Compare every source of a stored meeting with its first official source."""
    records = list(store.records_for_meeting(meeting_id))
    if len(records) < 2:
        raise ReadoutError(f"meeting {meeting_id}: {len(records)} source(s) stored; a comparison needs two or more")
    base = pick_official(records)
    return [compare_records(base, other, method=method, threshold=threshold, linked_by=f"meeting {meeting_id}")
            for other in records if other is not base]


# ---------------------------------------------------------------- text report

def _short(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value)) or "—"
    return str(value)


def _describe(side: Side) -> str:
    bits = [x for x in (side.publisher, side.kind, side.published and f"published {side.published}") if x]
    return f"{side.source}" + (f" ({'; '.join(bits)})" if bits else "")


def _statement_line(v: StatementView) -> str:
    topics = f"; {', '.join(v.topics)}" if v.topics else ""
    return f"\"{_short(v.text)}\" [{'+'.join(v.agents) or '?'}, {v.stance}{topics}]"


def render_text(comparison: Comparison) -> str:
    """A readable plain-text report of a comparison."""
    c = comparison
    lines = [f"A: {_describe(c.a)}", f"B: {_describe(c.b)}",
             f"Same meeting: {'yes' if c.same_meeting else 'no'} ({c.relation.replace('_', ' ')}"
             + (f", {c.confidence} confidence)" if c.confidence else ")")]
    lines += [f"  {r}" for r in c.reasons]
    lines += ["", "Header facts:"]
    width = max((len(r.field) for r in c.header), default=8)
    for r in c.header:
        mark = "  " if r.same else "≠ "
        note = f"   ({r.note})" if r.note else ""
        lines.append(f"  {mark}{r.field:<{width}}  A: {_show(r.a):<28} B: {_show(r.b)}{note}")
    if c.aligned is None:
        return "\n".join(lines) + "\n"
    lines += ["", f"Aligned statements ({len(c.aligned)}; {c.method}, threshold {c.threshold}):"]
    for pair in c.aligned:
        lines.append(f"  [{pair.similarity:.2f}] A: {_statement_line(pair.a)}")
        lines.append(f"         B: {_statement_line(pair.b)}")
        lines += [f"         ! {d.kind}: {d.note}" for d in pair.differences]
    for label, items in (("Only in A", c.only_a), ("Only in B", c.only_b)):
        lines += ["", f"{label} ({len(items)}):"] + [f"  - {_statement_line(v)}" for v in items]
    lines += ["", f"Topics in both: {_show(c.topics_shared)}", f"Topics only in A: {_show(c.topics_only_a)}",
              f"Topics only in B: {_show(c.topics_only_b)}"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- HTML fragment

def _e(value: Any) -> str:
    """Escape any value for HTML, lists joined by commas."""
    return html.escape(_show(value), quote=True)


def _html_statement(v: Optional[StatementView], diffs: Sequence[Difference] = ()) -> str:
    if v is None:
        return '<td class="cmp-empty"></td>'
    kinds = {d.kind for d in diffs}
    agents = f'<span class="cmp-agents{" cmp-diff" if "agents" in kinds else ""}">{_e("+".join(v.agents))}</span>'
    stance = f'<span class="cmp-stance{" cmp-diff" if "stance" in kinds else ""}">{_e(v.stance)}</span>'
    topics = f'<span class="cmp-topics{" cmp-diff" if "topics" in kinds else ""}">{_e(list(v.topics))}</span>'
    return f'<td class="cmp-statement"><p class="cmp-text">{_e(v.text)}</p><p class="cmp-meta">{agents} {stance} {topics}</p></td>'


def _html_header(c: Comparison) -> list[str]:
    rows = ['<table class="cmp-header"><thead><tr><th>Fact</th><th>A</th><th>B</th></tr></thead><tbody>']
    for r in c.header:
        cls = "cmp-same" if r.same else "cmp-diff"
        note = f' <span class="cmp-note">{_e(r.note)}</span>' if r.note else ""
        rows.append(f'<tr class="{cls} cmp-field-{_e(r.field)}"><th>{_e(r.field)}</th>'
                    f'<td>{_e(r.a)}</td><td>{_e(r.b)}{note}</td></tr>')
    rows.append("</tbody></table>")
    return rows


def _html_statements(c: Comparison) -> list[str]:
    rows = ['<table class="cmp-statements"><thead><tr><th>A</th><th>Similarity</th><th>B</th></tr></thead><tbody>']
    for pair in c.aligned:
        cls = "cmp-pair cmp-diff" if pair.differences else "cmp-pair"
        notes = "".join(f'<li class="cmp-diff-{_e(d.kind)}">{_e(d.note)}</li>' for d in pair.differences)
        rows.append(f'<tr class="{cls}">{_html_statement(pair.a, pair.differences)}'
                    f'<td class="cmp-score">{_e(f"{pair.similarity:.2f}")}</td>'
                    f'{_html_statement(pair.b, pair.differences)}</tr>')
        if notes:
            rows.append(f'<tr class="cmp-notes"><td colspan="3"><ul>{notes}</ul></td></tr>')
    rows += [f'<tr class="cmp-only-a">{_html_statement(v)}<td class="cmp-score">only A</td>{_html_statement(None)}</tr>'
             for v in c.only_a]
    rows += [f'<tr class="cmp-only-b">{_html_statement(None)}<td class="cmp-score">only B</td>{_html_statement(v)}</tr>'
             for v in c.only_b]
    rows.append("</tbody></table>")
    return rows


def render_html_side_by_side(comparison: Comparison) -> str:
    """An HTML fragment (no page) for the side-by-side view; every value is escaped."""
    c = comparison
    verdict = "cmp-same-meeting" if c.same_meeting else "cmp-different-meeting"
    parts = [f'<section class="readout-compare {verdict}">',
             f'<p class="cmp-sources"><span class="cmp-a">A: {_e(_describe(c.a))}</span> '
             f'<span class="cmp-b">B: {_e(_describe(c.b))}</span></p>',
             f'<p class="cmp-verdict">Same meeting: {"yes" if c.same_meeting else "no"} '
             f'({_e(c.relation.replace("_", " "))}{", " + _e(c.confidence) + " confidence" if c.confidence else ""})</p>',
             '<ul class="cmp-reasons">' + "".join(f"<li>{_e(r)}</li>" for r in c.reasons) + "</ul>"]
    parts += _html_header(c)
    if c.aligned is not None:
        parts += _html_statements(c)
        parts.append('<p class="cmp-topics-summary">'
                     f'<span class="cmp-topics-shared">Both: {_e(c.topics_shared)}</span> '
                     f'<span class="cmp-topics-only-a cmp-diff">Only A: {_e(c.topics_only_a)}</span> '
                     f'<span class="cmp-topics-only-b cmp-diff">Only B: {_e(c.topics_only_b)}</span></p>')
    parts.append("</section>")
    return "\n".join(parts)
