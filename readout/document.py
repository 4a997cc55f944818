"""Document-level facts: publisher, and whether (and what kind of) readout it is.

`classify_document` reads cues (rules/kinds.yaml) in two places: the TITLE ZONE (the title and
the first lines) names press conferences, remarks, statements and announcements; the LEAD (the
first paragraphs, captions left out) says whether a meeting was held or is still to come.
The meetings found by the header stage are supporting evidence, and one condition: a readout
reports a meeting between two parties (countries, or a country and an international organisation),
so a readout of a meeting at home ('the President's call with the Governor of Kentucky') is not one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from typing import Optional
from urllib.parse import urlsplit

from . import rx
from .errors import RulesError
from .rules import load, require_groups

KINDS = ("readout", "announcement", "press_conference", "remarks", "statement", "joint_statement",
         "news_report", "other")
_TITLE_GROUPS = ("title_press_conference", "title_remarks", "title_joint_statement", "title_statement",
                 "title_other", "title_readout", "title_announcement")
# The title zone is also read for the news and official cues the lead is read for.
_TITLE_SCAN_GROUPS = _TITLE_GROUPS + ("news", "official", "neutral", "foreign_party", "non_official_party")
_LEAD_GROUPS = ("held", "held_today", "held_weak", "future", "speech", "news", "official", "neutral", "foreign_party")
_TITLE_LINES = 4
_LEAD_CHARS = 700
_TRANSCRIPT_CHARS = 4000


# ---------------------------------------------------------------- publisher

@lru_cache(maxsize=None)
def _publishers() -> dict:
    data = require_groups("publishers.yaml", load("publishers.yaml"), ["hosts", "news_hosts", "cues"])
    for group in ("hosts", "news_hosts", "cues"):
        if not all(isinstance(k, str) and isinstance(v, str) and v for k, v in data[group].items()):
            raise RulesError(f"rules file publishers.yaml: group {group!r} must map strings to names")
    return data


@lru_cache(maxsize=None)
def _publisher_cue() -> re.Pattern:
    cues = sorted(_publishers()["cues"], key=len, reverse=True)
    return rx.compile("|".join(map(re.escape, cues)))


def detect_publisher(text: str, url: Optional[str]) -> Optional[str]:
    """The publisher named by the URL's host, else by a self-identifying phrase near the top or end,
    else by a government's masthead on the page's first lines."""
    return publisher_from_url(url) or publisher_from_text(text) or publisher_from_masthead(text) \
        or ("Prime Minister's Office, 10 Downing Street" if _NO10_TITLE.search(text, 0, 400) else None)


# No. 10's readouts are titled so on GOV.UK: 'PM call with Prime Minister Albanese of Australia: 6 July 2024'.
_NO10_TITLE = rx.compile(r"(?m)^(?:[ \t]*date [\d-]+ )?PM(?:[’']s)? (?:call|meeting|phone call|bilateral meeting) with "
                         r"[^\n:]{3,120}: \d{1,2} (?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December) (?:19|20)\d\d[ \t]*$")


# 'Government of the Netherlands', 'Ministry of Foreign Affairs of the Czech Republic': a line that
# names a government body of a country.
_MASTHEAD = rx.compile(r"(?:(?:The )?[Oo]fficial (?:web)?site of )?(?:[Tt]he )?(?:Federal )?"
                       r"(?:(?:Government|Ministry|Department|Office|Presidency|Embassy)\b[^\n.|]{0,80}"
                       r"|President|Prime Minister|Chancellery)"  # ('The President of the State of Israel' only)
                       r" of (?P<country>(?:the )?[A-Z][^\n.,|]{2,50})")
_BODY = ("Ministry", "Department", "Office", "Presidency")


def publisher_from_masthead(text: str) -> Optional[str]:
    """A government body named on one of the page's first three lines, with its country: 'Ministry
    of Foreign Affairs of the Czech Republic', or 'Sultanate of Oman' over 'Ministry of Foreign
    Affairs' (read as 'Ministry of Foreign Affairs (Sultanate of Oman)')."""
    from .countries import resolve_country

    # (an accessibility link above the masthead is no part of the page's own first line: 'Skip to
    # main content' over 'Élysée')
    lines = [line.strip() for line in text[:400].split("\n")
             if line.strip() and not line.strip().lower().startswith("skip to")][:3]
    first_lines = _publishers().get("first_lines") or {}
    if lines and lines[0] in first_lines:
        return first_lines[lines[0]]
    for i, line in enumerate(lines):
        if len(line) > 100:
            break
        m = _MASTHEAD.fullmatch(line)
        if m and resolve_country(m.group("country")):
            return line
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if resolve_country(line) and nxt.startswith(_BODY) and len(nxt) <= 100:
            return f"{nxt} ({line})"
        if line.startswith(_BODY) and nxt and resolve_country(nxt):
            return f"{line} ({nxt})"
        named_last = _foreign_ministry_then_country(line)
        if named_last:
            return named_last
    return None


# 'MINISTRY OF FOREIGN AFFAIRS MALAYSIA  |  WISMA PUTRA', 'Ministry of Foreign Affairs, Republic of
# Korea': a foreign ministry's masthead with its country after it, in any case.
_MINISTRY_THEN_COUNTRY = rx.compile(r"(?i)(?P<body>(?:the )?(?:ministry|department) (?:of|for) (?:foreign|external) "
                                    r"(?:affairs|relations)(?: and (?:trade|international cooperation))?),? "
                                    r"(?P<country>[a-z][a-z' .-]{2,40}?)")


def _foreign_ministry_then_country(line: str) -> Optional[str]:
    """The publisher a foreign ministry's masthead names with its country last, as
    'Ministry of Foreign Affairs (Malaysia)'; None for any other line."""
    from .countries import country_name, resolve_country

    m = _MINISTRY_THEN_COUNTRY.fullmatch(line.split("|")[0].strip())
    code = resolve_country(m.group("country")) if m else None
    if code is None:
        return None
    body = m.group("body")
    if body.isupper():
        body = " ".join(w.lower() if w in ("OF", "FOR", "AND") else w.capitalize() for w in body.split())
    return f"{body} ({country_name(code)})"


def publisher_from_url(url: Optional[str]) -> Optional[str]:
    """Publisher for a URL host or any parent domain of it (www.mofa.go.jp -> mofa.go.jp)."""
    data = _publishers()
    hosts, news_hosts = data["hosts"], data["news_hosts"]
    for candidate in _domains(url):
        name = hosts.get(candidate) or news_hosts.get(candidate)
        if name:
            return name
    return None


@lru_cache(maxsize=1)
def _news_outlets() -> frozenset:
    """Names of the news outlets in publishers.yaml (news_hosts)."""
    return frozenset(_publishers()["news_hosts"].values())


def is_news_host(url: Optional[str]) -> bool:
    news = _publishers()["news_hosts"]
    return any(domain in news for domain in _domains(url))


@lru_cache(maxsize=1024)
def _domains(url: Optional[str]) -> tuple[str, ...]:
    """The URL's host and its parent domains above the top level, longest first.

    Cached: a document's URL is asked about up to three times (publisher, news host, news
    publisher), and parsing it is the costly part.
    """
    host = _host(url)
    if not host:
        return ()
    parts = host.split(".")
    return tuple(".".join(parts[i:]) for i in range(len(parts) - 1))


# A plain http(s) URL's host ('https://www.mofa.go.jp:443/a'): ASCII name characters, then an
# optional port, then the path, query, fragment or the end. For such a URL urlsplit finds the
# same host (its clean-ups only touch whitespace, control and non-ASCII characters, none of
# which can be in the match); urlsplit, about eight times slower, reads every other URL.
_PLAIN_HOST = rx.compile(r"https?://([A-Za-z0-9.-]+)(?::[0-9]+)?(?=[/?#]|\Z)")


def _host(url: Optional[str]) -> str:
    if not url:
        return ""
    plain = _PLAIN_HOST.match(url)
    if plain:
        return plain.group(1).lower().removeprefix("www.")
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return ""


def publisher_from_text(text: str) -> Optional[str]:
    """A dateline or masthead cue ('SEOUL, May 12 (Yonhap) --') in the first 400 or last 200 characters."""
    cues = _publishers()["cues"]
    for part in (text[:400], text[-200:]):
        match = _publisher_cue().search(part)
        if match:
            return cues[match.group()]
    return None


# ---------------------------------------------------------------- kind

@lru_cache(maxsize=None)
def _kind_rules() -> dict:
    data = require_groups("kinds.yaml", load("kinds.yaml"),
                          list(_TITLE_GROUPS + _LEAD_GROUPS) + ["transcript_labels", "not_transcript_labels",
                                                                "non_official_party"])
    for group, phrases in data.items():
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
            raise RulesError(f"rules file kinds.yaml: group {group!r} must be a list of phrases")
    return data


# Tokens are words and single other characters (punctuation; each Japanese character is its
# own token) of the lower-cased text: re.findall(r"[a-z0-9]+|[^\sa-z0-9]", text.lower()).
# tokenize gets the same list without a regex match per word: it splits at each one-character
# token (the capturing group keeps them), joins the pieces with spaces and splits on whitespace.
# Between two such characters there are only words and whitespace, and regex \s and str.split
# agree on what whitespace is (both use str.isspace), so the words come out as findall's.
_SINGLE_CHARACTER_TOKEN = rx.compile(r"([^\sa-z0-9])")
_GAP_TOKENS = 12  # how far "…" in a cue may reach, in tokens, within one sentence
_SENTENCE_END = frozenset(".!?。\n")


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens; every other non-space character is a token of its own."""
    return " ".join(_SINGLE_CHARACTER_TOKEN.split(text.lower())).split()


@dataclass(frozen=True, slots=True)
class PhraseMatcher:
    """Cue phrases indexed by their first token, and those of two or more words by their second
    token too: one or two dict look-ups per token that can start a cue.

    `by_first` maps a first token to (second token -> cues, one-word-start cues); a cue is
    (group, length of its first segment, the rest of that segment after the looked-up tokens,
    its later segments). Cues keyed by two tokens are tried before those keyed by one, each in
    the order of the rules.
    """
    by_first: dict
    firsts: frozenset

    @classmethod
    def build(cls, groups: dict[str, list[str]]) -> "PhraseMatcher":
        by_first: dict = {}
        for group, phrases in groups.items():
            for phrase in phrases:
                segments = tuple(tuple(tokenize(part)) for part in phrase.split("…"))
                if not segments[0]:
                    raise RulesError(f"rules file kinds.yaml: cue {phrase!r} in {group!r} has no words")
                first = segments[0]
                by_second, singles = by_first.get(first[0], ({}, ()))
                if len(first) >= 2:
                    cue = (group, len(first), list(first[2:]), segments[1:])
                    by_second[first[1]] = by_second.get(first[1], ()) + (cue,)
                else:
                    singles += ((group, 1, [], segments[1:]),)
                by_first[first[0]] = (by_second, singles)
        return cls(by_first, frozenset(by_first))

    def scan(self, tokens: list[str]) -> tuple[dict, dict]:
        """(token position of each group's first match, how often each group matches)."""
        first: dict = {}
        counts: dict = {}
        by_first = self.by_first
        size = len(tokens)
        free = 0  # a match uses up its first words: "last met" is not also "met"
        # Only tokens that can start a cue are looked at closely (found without a Python loop).
        for i in compress(count(), map(self.firsts.__contains__, tokens)):
            if i < free:
                continue
            by_second, singles = by_first[tokens[i]]
            pairs = by_second.get(tokens[i + 1], ()) if by_second and i + 1 < size else ()
            for group, length, rest, later in (pairs + singles if pairs else singles):
                # The looked-up tokens match already; a cue keyed by one token has no rest.
                if rest and tokens[i + 2:i + length] != rest:
                    continue
                if later and not _later_segments_match(tokens, i + length, later):
                    continue
                first.setdefault(group, i)
                counts[group] = counts.get(group, 0) + 1
                free = i + length
                break
        return first, counts


def _later_segments_match(tokens: list[str], pos: int, segments: tuple) -> bool:
    """Does each segment follow the one before within a short gap in the same sentence?"""
    for segment in segments:
        pos = _find_within(tokens, pos, segment)
        if pos < 0:
            return False
    return True


def _find_within(tokens: list[str], start: int, segment: tuple) -> int:
    """End position of `segment` found within the gap after `start`, or -1."""
    size = len(segment)
    for j in range(start, min(start + _GAP_TOKENS, len(tokens))):
        if tokens[j] in _SENTENCE_END:
            return -1
        if tokens[j] == segment[0] and tuple(tokens[j:j + size]) == segment:
            return j + size
    return -1


@lru_cache(maxsize=None)
def _matcher(groups: tuple[str, ...]) -> PhraseMatcher:
    rules = _kind_rules()
    return PhraseMatcher.build({group: rules[group] for group in groups})


@lru_cache(maxsize=None)
def _transcript_label() -> re.Pattern:
    labels = "|".join(re.escape(label) for label in _kind_rules()["transcript_labels"])
    # "SECRETARY BLINKEN:", "Q:", "MODERATOR:", "Mr. Taro Kono, Minister for Foreign Affairs:"
    return rx.compile(rf"^(?:(?P<role>(?:{labels})\b[^\n:]{{0,60}}?)|(?P<name>(?-i:[A-Z][A-Z.'’ -]{{2,40}})))"
                      r"(?:\s*\([^)\n]{0,40}\))?:\s", re.M | re.I)


_ROLE_WORD = rx.compile(r"PRESIDENT|SECRETARY|MINISTER|MODERATOR|OFFICIAL|SPOKESPERSON|AMBASSADOR|CHAIR")


def count_turns(text: str) -> int:
    """Speaker turns in a transcript: role labels, and capitalised names that speak twice or more.

    A name said once ('NEW YORK: …', a news dateline) is not a turn.
    """
    roles, names = 0, {}
    for match in _transcript_label().finditer(text[:_TRANSCRIPT_CHARS]):
        if match.group("role"):
            roles += 1
        elif match.group("name").endswith(" "):
            continue  # 'PRESS RELEASE : Minister …' (a speaker's name is followed by its colon)
        elif _ROLE_WORD.search(match.group("name")):
            roles += 1
        elif match.group("name") not in _not_speakers():
            names[match.group("name")] = names.get(match.group("name"), 0) + 1
    return roles + sum(n for n in names.values() if n >= 2)


@lru_cache(maxsize=1)
def _not_speakers() -> frozenset:
    """Capitalised labels of a news page's links ('READ:'), which no one speaks."""
    return frozenset(_kind_rules()["not_transcript_labels"])


@dataclass(frozen=True, slots=True)
class Cues:
    """Where each cue group first matched (token position), in the title zone and the lead."""
    title: dict
    lead: dict
    transcript_turns: int
    news: int
    official: int
    dateline: bool = False
    zone: str = ""  # the title zone and the lead read (kept for _between_parties)
    lead_text: str = ""


def find_cues(text: str, title: Optional[str], captions=()) -> Cues:
    """Scan the title zone and the lead once each and note the first offset of every cue group."""
    zone = title_zone(text, title, captions)
    lead = lead_text(text, captions)
    title_hits, title_counts = _matcher(_TITLE_SCAN_GROUPS).scan(tokenize(zone))
    lead_hits, lead_counts = _matcher(_LEAD_GROUPS).scan(tokenize(lead))
    turns = count_turns(text) if _may_have_turns(text) else 0
    return Cues(title=title_hits, lead=lead_hits, transcript_turns=turns,
                news=title_counts.get("news", 0) + lead_counts.get("news", 0),
                official=title_counts.get("official", 0) + lead_counts.get("official", 0),
                dateline=_DATELINE.match(lead.lstrip()) is not None, zone=zone, lead_text=lead)


def _may_have_turns(text: str) -> bool:
    """Two ': ' near the top, without which count_turns finds fewer than two turns.

    A lone ':' is looked for first: most texts have none, and one character is found many
    times faster than two.
    """
    return text.find(":", 0, _TRANSCRIPT_CHARS) >= 0 and text.count(": ", 0, _TRANSCRIPT_CHARS) >= 2


def title_zone(text: str, title: Optional[str], captions=()) -> str:
    """The title and the short lines above the first paragraph (where a page says what it is)."""
    lines, offset = [], 0
    for line in text[:2000].split("\n", 15)[:15]:
        start, offset = offset, offset + len(line) + 1
        if not line.strip() or captions and any(s <= start < e for s, e in captions) or _is_menu(line):
            continue
        if _is_paragraph(line) or len(lines) >= _TITLE_LINES * 2:
            break
        lines.append(line)
    if title and lines and (lines[0] == title or _squash(lines[0]) == _squash(title)):
        lines = lines[1:]
    return "\n".join(([title] if title else []) + lines)


def _is_menu(line: str) -> bool:
    """A site's menu or section name ('Press Conferences', 'Home | News | Speeches'), not a title."""
    # A breadcrumb ('Home > Foreign Ministry > Spokesperson's Remarks') names the section a page is
    # filed under, which is not always what the page is.
    return line.strip().lower() in _section_names() or line.count(" | ") >= 2 or line.count(" > ") >= 2


@lru_cache(maxsize=None)
def _section_names() -> frozenset:
    from .clean import section_headings

    return frozenset(name.lower() for name in section_headings())


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def _is_paragraph(line: str) -> bool:
    # (a line that ends with a quotation but no full stop is a headline: 'Xi says U.S. tech
    # restrictions "not de-risking but creating risks"')
    return len(line) > 150 or (len(line) > 60 and line.rstrip().endswith((".", ".”", '."', "!”", '!"', "?”", '?"')))


def lead_text(text: str, captions=()) -> str:
    """The first paragraphs of the text, without caption lines and the title lines above them."""
    head = text[:_LEAD_CHARS * 3]
    parts, pos = [], 0
    for start, end in captions:
        if start >= len(head):
            break
        parts.append(head[pos:start])
        pos = max(pos, end)
    parts.append(head[pos:])
    return _skip_short_lines("".join(parts))[:_LEAD_CHARS]


def _skip_short_lines(lead: str) -> str:
    """Drop title and menu lines at the top so the lead starts with the first paragraph."""
    # Line by line with str.find: the first paragraph is near the top, and the text from the
    # start of its line is the lines from it on, joined again.
    start = 0
    while True:
        end = lead.find("\n", start)
        if _is_paragraph(lead[start:] if end < 0 else lead[start:end]):
            return lead[start:]
        if end < 0:
            return lead
        start = end + 1


def classify_document(document, meetings) -> tuple[bool, Optional[str]]:
    """(is_readout, kind) from the document's cues, with the header's meetings as support."""
    title = getattr(document, "title", None)
    cues = find_cues(document.text, title, getattr(document, "captions", ()))
    is_readout, kind = decide_kind(cues, bool(meetings))
    if is_readout and kind == "readout" and "title_statement" in cues.title and _author_not_a_party(title, meetings):
        # 'Statement by Foreign Minister IWAYA Takeshi on the Meeting between the Leaders of Armenia
        # and Azerbaijan': a government's statement on a meeting of others is a statement.
        is_readout, kind = False, "statement"
    if is_readout and kind == "readout" and _is_news(document, cues):
        kind = "news_report"
        # A news story is a readout only when it reports a meeting: one about a protest, a
        # spokesperson's briefing or an interview has "urged", "expressed" ... and no meeting
        # found, nor a verb that says one was held ("held talks", "met").
        is_readout = bool(meetings) or "held" in cues.lead
    if is_readout and "non_official_party" in cues.title and not _officials_of_two_parties(document, meetings):
        return False, "other"  # 'Readout of … Meeting with Philippine Labor Leaders'
    if is_readout and not _between_parties(document, meetings, cues):
        return False, "other" if kind == "readout" else kind
    return is_readout, kind


def _between_parties(document, meetings, cues: Cues) -> bool:
    """Whether the document reports a meeting of two parties, or may: a meeting found with two (or
    on an occasion), or with one that is not the publisher's own country, or a title or first
    sentence that names another country, an international organisation or a foreign party ('Foreign
    Dignitaries') whose country the header did not resolve. From a publisher whose country is not
    known, any meeting found gets the benefit of the doubt; no meeting found is no readout."""
    # (A meeting on an occasion, 'at UNGA', 'on the margins of the G7 Summit', is among nations.)
    if any(len(m.countries) + len(m.organizations) >= 2 or m.occasion for m in meetings):
        return True
    from . import countries

    own = countries.resolve_publisher_country(getattr(document, "url", None), getattr(document, "publisher", None))
    parties = {c for m in meetings for c in m.countries} | {o for m in meetings for o in m.organizations}
    if own is None:
        return bool(meetings)
    if parties - {own} or "foreign_party" in cues.title or "foreign_party" in cues.lead:
        return True
    if any(_a_foreign_office_holder(m, getattr(document, "title", None)) for m in meetings):
        return True
    zone = cues.zone
    head = zone + "\n" + _who_was_met(_first_sentence(cues.lead_text))
    if any(mention.code != own for mention in countries.find_countries(head)) or countries.ORG_RE.search(head):
        return True
    # A foreign city in the title ('Crown Prince of Abu Dhabi'; not in the lead, where 'St. Petersburg'
    # may be Florida's).
    if any(countries.CITIES[city.group()] != own for city in countries.CITY_RE.finditer(zone)):
        return True

    from .participants import find_people  # ('His Holiness Pope Francis': a head of state by title)

    return any(p.organization or p.country not in (None, own) for p in find_people(head))


def _a_foreign_office_holder(meeting, title: Optional[str]) -> bool:
    """Whether a principal of no known country holds a leader's or foreign minister's office that no
    principal of the publisher's side holds ('President Harlan met with Prime Minister Lea Moreau'):
    someone else's government, though the text does not say whose. Where the page has a title, it
    names him (not 'Queen Elizabeth' of 'returning from the State Funeral for Queen Elizabeth II')."""
    from .participants import level_of

    own_titles = {p.title for p in meeting.participants if p.country}
    return any(p.role == "principal" and not (p.country or p.organization) and p.title not in own_titles
               and (p.title or "").lower() not in _OFFICES_AT_HOME_TOO
               and level_of(p.title) in ("leaders", "foreign_ministers")
               and (not title or p.family_name in title) for p in meeting.participants)


# Offices a publisher's own people hold unresolved as often as foreigners do (the Vice President
# joining, 'Leader Schumer'), and groups ('leaders').
_OFFICES_AT_HOME_TOO = frozenset({"president", "vice president", "leader", "leaders"})


# Where the first sentence stops naming who met: its purpose ('… to discuss irregular migration in Del
# Rio and ensure Haitian migrants are treated with dignity') or a relative clause about someone met
# ('Cherelle Griner, the wife of Brittney Griner who is wrongfully detained in Russia').
_PURPOSE_OR_RELATIVE_RE = rx.compile(r"\bto (?!the\b|an?\b)[a-z]+\b|\b(?:who|whose|which|about|regarding)\b")


def _who_was_met(sentence: str) -> str:
    """The first sentence up to its purpose or a relative clause: a country named after it is what
    the meeting was about, not a party to it."""
    cut = _PURPOSE_OR_RELATIVE_RE.search(sentence)
    return sentence[:cut.start()] if cut else sentence


def _officials_of_two_parties(document, meetings) -> bool:
    """Whether a meeting found has principals of two parties (countries or organisations)."""
    return any(len({p.country or p.organization for p in m.participants
                    if p.role == "principal" and (p.country or p.organization)}) >= 2 for m in meetings)


def _first_sentence(lead: str) -> str:
    """The lead's first sentence ('President Joseph R. Biden, Jr. spoke …' does not end at 'Jr.')."""
    from .segment import split_sentences

    spans = split_sentences(lead, (0, len(lead)))
    return lead[spans[0][0]:spans[0][1]] if spans else lead


_OWN_MEETING = rx.compile(r"(?<![\w-])(?:following|after|on) (?:his|her|their) (?:[\w-]+ )?(?:meeting|talks|call) with\b")


def _author_not_a_party(title: Optional[str], meetings) -> bool:
    """Whether the person a 'Statement by …' title names is of none of the meetings' countries."""
    if not title or not meetings or _OWN_MEETING.search(title):
        return False  # ('Statement by Herman VAN ROMPUY, …, following his meeting with Pál Schmitt': his own)
    from .participants import find_people  # the title's author, by the header's rules

    author = next((p for p in find_people(title) if p.country or p.organization), None)
    if author is None:
        return False
    parties = {c for m in meetings for c in (m.countries or ())} | {o for m in meetings for o in (m.organizations or ())}
    return (author.country or author.organization) not in parties


def decide_kind(cues: Cues, has_meetings: bool) -> tuple[bool, str]:
    """The decision, in order: transcripts, title cues, then held-versus-future in the lead."""
    title, lead = cues.title, cues.lead
    held = _held_position(lead)
    # 'Written Briefing by Spokesperson … on the Phone Call between President Lee and President …':
    # a briefing with no questions and answers, titled by the meeting it reports, is its readout.
    briefed_meeting = (cues.transcript_turns < 2 and "title_readout" in title and "title_remarks" not in title
                       and "held" in lead)
    # 'Meeting with Prime Minister of Japan Shinzo Abe' over 'Vladimir Putin had a meeting with …', then
    # the opening remarks transcribed (as the Kremlin publishes its meetings): a readout first.
    told_then_transcribed = ("title_readout" in title and "title_remarks" not in title
                             and "title_press_conference" not in title and "held" in lead)
    if (cues.transcript_turns >= 2 and not told_then_transcribed) \
            or ("title_press_conference" in title and not briefed_meeting) or "title_remarks" in title:
        is_conference = "title_press_conference" in title or cues.transcript_turns >= 2 \
            and "title_remarks" not in title
        return False, "press_conference" if is_conference else "remarks"
    speech = lead.get("speech")
    if speech is not None and (held is None or speech < held):
        return False, "remarks"
    if "title_other" in title:
        return False, "other"
    if "title_joint_statement" in title:
        return "held" in lead, "joint_statement"
    # 'Federal Chancellor meets Australian Prime Minister' above 'The Government Spokesperson issued the
    # following statement:' and a meeting found: the statement is the meeting's readout.
    told_meeting = "title_readout" in title and has_meetings
    if "title_statement" in title and ("held" not in lead or not has_meetings) and not told_meeting:
        # ('Statement by the Press Secretary on the General Election …, the final round of which was
        # held on January 9': a held cue with no meeting in the text is no readout.)
        return False, "statement"
    future = lead.get("future")
    if "title_readout" not in title and "title_announcement" in title and "held" not in lead:
        return False, "announcement"
    if held is not None and (future is None or held < future or "held_today" in lead):
        # (a meeting held that very day outweighs a plan told before it: 'India and Pakistan will hold
        # talks on January 13 … This was decided when Mukherjee today met his Pakistani counterpart …')
        return True, "readout"
    if held is not None and "title_readout" in title and "title_announcement" not in title:
        return True, "readout"
    if future is not None:
        return False, "announcement"
    if "title_readout" in title or has_meetings:
        return True, "readout"
    return False, "other"


def _held_position(lead: dict) -> Optional[int]:
    positions = [lead[g] for g in ("held", "held_today", "held_weak") if g in lead]
    return min(positions) if positions else None


# A news dateline at the start of the lead: "SEOUL, May 12 (Yonhap) --", "RIYADH:",
# "Beijing [China], December 26 :", "Tokyo, Nov. 24 (Jiji Press)--".
_CITY = r"[A-Z][A-Za-z.’'-]+(?:[ /][A-Z][A-Za-z.’'-]+){0,3}(?: \[[^\]\n]{1,30}\])?"
_DATELINE = rx.compile(
    rf"{_CITY}(?:,[ \w.]{{1,30}})? ?\([^)\n]{{1,30}}\) ?(?:--|–|—|-|:)?"  # City, date (Agency) --
    r"|[A-Z]{3,}(?:[ /-][A-Z]{2,}){0,3}(?:,[ \w.]{1,30})? ?(?::|--|–|—)"  # SEOUL: / NEW YORK, May 1 --
    rf"|{_CITY}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{{1,2}} ?(?::|--|–|—|-)")


def _is_news(document, cues: Cues) -> bool:
    """News report: a news outlet's URL or dateline, or clearly more news cues than official ones."""
    url = getattr(document, "url", None)
    if is_news_host(url):
        return True
    if publisher_from_url(url):
        return False
    if getattr(document, "publisher", None) in _news_outlets():
        return True  # a news outlet's masthead or dateline ('KYODO NEWS', '(Yonhap)') named the publisher
    dateline = 2 if cues.dateline else 0
    return cues.news + dateline >= 2 and cues.news + dateline > cues.official
