"""People in a readout: names without honorifics, family names, titles, countries.

Find, then resolve: `find_people` returns every titled or honorific-led person mention
in a stretch of text with its span; `split_name` applies each naming convention.
"""
from __future__ import annotations

import dataclasses

import datetime as dt
import re
import threading
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Optional

from . import countries, rx, tries
from .errors import RulesError
from .rules import load, require_groups

_TITLES_FILE = "titles.yaml"
_HONORIFICS_FILE = "honorifics.yaml"
_OFFICIALS_FILE = "officials.yaml"
LEVELS = ("leaders", "foreign_ministers", "ministers", "vice_ministers", "officials", "counterparts")


def _load_titles() -> dict:
    """Load and validate titles.yaml."""
    data = require_groups(_TITLES_FILE, load(_TITLES_FILE), ["levels", "default_country", "organization_titles",
                                                            "heads_of_state_or_government"])
    for level, items in data["levels"].items():
        if level not in LEVELS or not items:
            raise RulesError(f"rules file {_TITLES_FILE}: level {level!r} is unknown or empty")
    heads = data["heads_of_state_or_government"]
    if not heads or not set(heads) <= set(data["levels"]["leaders"]):
        raise RulesError(f"rules file {_TITLES_FILE}: heads_of_state_or_government must be leaders' titles: "
                         f"{sorted(set(heads or ()) - set(data['levels']['leaders']))!r}")
    known = {t for items in data["levels"].values() for t in items}
    for title, code in data["default_country"].items():
        if title not in known or code not in countries._KNOWN_CODES:
            raise RulesError(f"rules file {_TITLES_FILE}: default_country {title!r}: unknown title or code {code!r}")
    for title, codes in (data.get("shared_offices") or {}).items():
        if title not in data["default_country"] or not codes or not set(codes) <= countries._KNOWN_CODES:
            raise RulesError(f"rules file {_TITLES_FILE}: shared_offices {title!r}: no default_country, "
                             f"or unknown codes {codes!r}")
    return data


def _load_honorifics() -> dict:
    """Load and validate honorifics.yaml."""
    return require_groups(_HONORIFICS_FILE, load(_HONORIFICS_FILE),
                          ["honorifics", "particles", "family_first_countries", "family_first_surnames",
                           "paternal_surname_countries", "given_name_countries", "japanese_given_names"])


class Term(NamedTuple):
    """One office a well-known person held, from its first day to its end (None: still held)."""
    country: str
    office: str
    start: dt.date
    end: Optional[dt.date]


def _load_officials() -> dict[str, tuple[Term, ...]]:
    """Load and validate officials.yaml as name -> the terms of office that name held."""
    data = _officials_rules()
    table: dict[str, tuple[Term, ...]] = {}
    known = countries._KNOWN_CODES | _ORGANIZATION_CODES
    for code, people in data["officials"].items():
        if code not in known or not isinstance(people, dict) or not people:
            raise RulesError(f"rules file {_OFFICIALS_FILE}: {code!r} must be an alpha-3 code or an organisation "
                             "of countries.yaml with named office holders")
        for name, terms in people.items():
            # One person can hold offices of two (a prime minister who became NATO's Secretary General).
            table[str(name)] = table.get(str(name), ()) + tuple(_term(code, str(name), item) for item in (terms or [None]))
    return table


def _officials_rules() -> dict:
    return require_groups(_OFFICIALS_FILE, load(_OFFICIALS_FILE), ["officials"])


def _load_given_names(officials: dict) -> frozenset:
    """officials.yaml's given_names: one-word keys of the gazetteer that are no family name."""
    names = _officials_rules().get("given_names") or []
    unknown = [n for n in names if n not in officials or " " in str(n)]
    if not isinstance(names, list) or unknown:
        raise RulesError(f"rules file {_OFFICIALS_FILE}: given_names must list one-word names of officials "
                         f"({unknown!r} are not)")
    return frozenset(map(str, names))


_ORGANIZATION_CODES = countries.ORGANIZATION_CODES


def _term(code: str, name: str, item) -> Term:
    """One validated term: an office, a start date and an end date or null."""
    if not isinstance(item, dict) or not item.get("office") or not isinstance(item.get("from"), dt.date) \
            or not (item.get("to") is None or isinstance(item.get("to"), dt.date)):
        raise RulesError(f"rules file {_OFFICIALS_FILE}: {code}.{name}: each term needs office, from (a date) "
                         "and to (a date or null)")
    if item["to"] is not None and item["to"] < item["from"]:
        raise RulesError(f"rules file {_OFFICIALS_FILE}: {code}.{name}: a term ends before it starts")
    return Term(code, str(item["office"]), item["from"], item["to"])


# The date the gazetteer is read at: the document's date, set by the header stage per document.
# Unset (a text with no date at all), every term counts.
REFERENCE_DATE: ContextVar[Optional[dt.date]] = ContextVar("readout_reference_date", default=None)
# A readout can appear some weeks after the meeting, when the office has just changed hands.
_TERM_GRACE = dt.timedelta(days=45)


def _official_code(name: str) -> Optional[str]:
    """The gazetteer's country for a name, if one of its terms covers the reference date."""
    terms = OFFICIALS.get(name)
    if not terms:
        return None
    when = REFERENCE_DATE.get()
    for term in terms:
        if when is None or (term.start <= when and (term.end is None or when <= term.end + _TERM_GRACE)):
            return term.country
    return None


TITLES = _load_titles()
HONORIFICS = _load_honorifics()
OFFICIALS = _load_officials()

_TITLE_LEVEL: dict[str, str] = {}
for _level, _items in TITLES["levels"].items():
    for _t in _items:
        _TITLE_LEVEL[_t.lower()] = _level
        _TITLE_LEVEL[(_t + "s").lower()] = _level
_TITLE_WORDS_SOURCE = [t for items in TITLES["levels"].values() for t in items]
_ORG_TITLE = {t.lower(): org for org, items in TITLES["organization_titles"].items() for t in items}
_DEFAULT_COUNTRY = {t.lower(): c for t, c in TITLES["default_country"].items()}
_SHARED_OFFICES = {t.lower(): frozenset(codes) for t, codes in (TITLES.get("shared_offices") or {}).items()}
_HEAD_TITLES = frozenset(t.lower() for t in TITLES["heads_of_state_or_government"])
_PARTICLES = set(HONORIFICS["particles"])
_FAMILY_FIRST = set(HONORIFICS["family_first_countries"])
_FAMILY_FIRST_SURNAMES = set(HONORIFICS["family_first_surnames"])
_PATERNAL = set(HONORIFICS["paternal_surname_countries"])
_SPANISH_GIVEN = frozenset(HONORIFICS.get("spanish_given_names") or ())
_BOTH_SURNAMES = tuple(str(n) for n in HONORIFICS.get("both_surnames") or ())
_GIVEN_NAME = set(HONORIFICS["given_name_countries"])
_JAPANESE_GIVEN = frozenset(HONORIFICS["japanese_given_names"])
_OFFICIAL_FAMILY = frozenset(k for k in OFFICIALS if " " not in k)
# Known alone but no family name: never picked as the family name inside a fuller name.
_OFFICIAL_GIVEN = _load_given_names(OFFICIALS)
_OFFICIAL_FULL = frozenset(k for k in OFFICIALS if " " in k)


def _spelling_key(name: str) -> str:
    """'Lee Jae Myung', 'Lee Jae-myung' and 'LEE Jae-Myung' are one name written three ways; and
    'Phạm Bình Minh' is 'Pham Binh Minh' with its diacritics."""
    folded = unicodedata.normalize("NFKD", name.lower().replace("đ", "d"))
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


# Full names by their spelling key, for names written with other hyphens, spaces or capitals.
_OFFICIAL_FULL_KEYS = {_spelling_key(k): k for k in _OFFICIAL_FULL}


def _title_variants() -> set[str]:
    """Titles as written in rules, in lower case, and capitalised: matching stays case-sensitive (fast)."""
    variants: set[str] = set()
    for items in list(TITLES["levels"].values()) + list(TITLES["organization_titles"].values()):
        for title in items:
            for form in (title, title + "s"):
                # (and 'the head of the Presidential Office': a lower-case office with its proper noun)
                variants |= {form, form.lower(), form[:1].upper() + form[1:].lower(), form[:1].upper() + form[1:],
                             form[:1].lower() + form[1:]}
                if "-" in form:  # 'President-elect' is also written 'President-Elect'
                    variants.add(re.sub(r"-(\w)", lambda m: "-" + m.group(1).upper(), form))
    return variants


_TITLE_FORMS = _title_variants()
TITLE_RE = rx.compile("(?=[" + "".join(sorted({t[0] for t in _TITLE_FORMS})) + r"])(?<![\w\-])(?:"
                      + tries.alternation(_TITLE_FORMS) + r")(?![\w\-])")
HON_RE = rx.compile(r"(?:" + tries.alternation(HONORIFICS["honorifics"]) + r")(?![\w])[ \t\u00a0]*")
_SP = r"[ \t\u00a0]+"
# (a Polynesian name opens with the ʻokina, often typed as an apostrophe: 'Aisake Eke, ʻAkilisi Pohiva)
_TOK = r"(?:[“\"][A-Z][\w'’\-]*[”\"](?=[ \t\u00a0]+[A-Z])|[A-Z]\.[A-Z][a-z][\w'’\-]*|[A-Z](?:\.[A-Z])+\.?|(?:al|el|bin|ibn)-[A-Z][\w'’\-]*|[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?|[ʻ'‘][A-Z][a-z]+(?=[ \t\u00a0]+[A-Z]))"
_PART = r"(?:" + tries.alternation(_PARTICLES) + r")"
# A name may open with a European particle after a title ('European Commission President von der Leyen').
_LEADING_PART = r"(?:(?:von|van|de|der|den|del|da|di|du|dos|das)" + _SP + r"){0,2}"
# Iberian double surnames joined by 'e' or 'y' ('Ulisses Correia e Silva', 'José Ortega y Gasset').
_CONNECTORS = frozenset({"e", "y"})
NAME_RE = rx.compile(_LEADING_PART + _TOK + r"(?:" + _SP + r"(?:(?:" + _PART + r"|e|y)" + _SP + r"){0,2}" + _TOK
                     + r"){0,4}(?:,?[ ]Jr\.)?")
# Bounded gaps (text is whitespace-collapsed): adjacent unbounded runs would backtrack quadratically.
# ('of the Republic of Korea'; 'of The Bahamas', 'of The Gambia', as those countries write it)
_OF_COUNTRY_RE = rx.compile(r"[ \t\u00a0]{0,4},?[ \t\u00a0]{0,4}(?:of|for|from)[ \t\u00a0]{1,4}(?:[Tt]he[ \t\u00a0]{1,4})?")
_PRE_NAME_RE = rx.compile(r",[ \t\u00a0]+(?:the[ \t\u00a0]+)?$")
# Post-nominal letters between a name and its title (the comma before them is where the name ends).
_POST_NOMINAL_LETTERS = rx.compile(r"(?:,[ \t\u00a0]+(?:P\.C\.|M\.P\.|PC|MP))+$")

_STOP_WORDS = {
    "The", "This", "That", "These", "He", "She", "They", "His", "Her", "Their", "It", "On", "In", "At", "During",
    "After", "Before", "Both", "Two", "And", "With", "For", "From", "To", "As", "By", "Of", "Also", "Photo",
    "Foreign", "Minister", "Ministers", "Secretary", "State", "Affairs", "Prime", "President", "Vice", "Deputy",
    "Ambassador", "Republic", "Kingdom", "Government", "Office", "Ministry", "Mr.", "Ms.", "Dr.", "Meeting",
    "Summit", "Talks", "Readout", "Today", "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    "Party", "Central", "Committee", "Council", "General", "Federal", "Union", "Cabinet", "Japan-ROK",
    "Following", "However", "Furthermore", "Moreover", "Meanwhile", "Under", "Special", "Envoy", "Member",
    "MP", "OBE", "KC", "QC", "CMG", "KCMG", "MEP", "TD", "AO", "AC", "KBE", "GCMG", "Hon", "Rt", "Honourable", "Honorable",
    "KCB", "GCB", "MBE", "CBE", "KCVO", "GCVO",  # ('Prime Minister Sir Keir Starmer KCB')
    "P.C.", "M.P.", "PC", "P.C", "M.P",  # ('the Right Honourable Justin Trudeau, P.C., M.P., Prime Minister of Canada')
    # Verbs of a headline in title case ('Foreign Minister Meets Indonesian Counterpart In Jakarta').
    "Meets", "Holds", "Hosts", "Receives", "Speaks", "Visits", "Calls", "Welcomes", "Discusses", "Signs",
    # (and with a plural subject: 'Iranian FM, Turkish Counterpart Hold Key Talks')
    "Hold", "Meet", "Discuss", "Sign", "Agree", "Agrees", "Urge", "Urges", "Vow", "Vows", "Pledge", "Pledges",
    "Hail", "Hails", "Seek", "Seeks", "Stress", "Stresses", "Review", "Reviews",
}
_STOP_WORDS |= {w for t in _TITLE_WORDS_SOURCE for w in t.split() if w[:1].isupper()}
# Generational and regnal suffixes: never the family name.
_NAME_SUFFIXES = {form for suffix in ("Jr", "Sr", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "XI",
                                        "XII", "XIII", "XIV", "XV", "XVI")
                  for form in (suffix, suffix + ".")}
# Words of institutions' names: "… of the Palestinian Authority, Secretary General …" names no one.
_STOP_WORDS |= {"Authority", "Agency", "Organization", "Organisation", "Commission", "Parliament", "Congress",
                "Senate", "Assembly", "Forces", "Bank", "Fund", "Department", "House", "States", "Nations"}
# Words that make a name a place: 'at King Charles Street' (the FCDO's address) names no king.
_STREET_WORDS = frozenset({"Street", "Avenue", "Road", "Square", "Boulevard", "Palace", "Castle"})
_STREET_AFTER = tuple(" " + word for word in sorted(_STREET_WORDS))
_STOP_WORDS |= {"Emigration", "Expatriates", "Commonwealth", "Development", "Cooperation", "International", "Abroad",
                "Trade", "Europe", "External", "Relations", "Security", "Defence", "Defense", "National", "Head",
                "Acting", "Former", "First", "Second", "Senior", "Chief", "Executive", "Political", "Bureau", "Director",
                "Adviser", "Advisor", "Representative", "Chairman", "Chair", "Spokesperson", "Spokesman"}
# Sentence adverbs before ", the Prime Minister …": "Finally, the Prime Minister held …" names no one.
_STOP_WORDS |= {"Finally", "Afterwards", "Subsequently", "Additionally", "Earlier", "Later", "Separately", "Lastly",
                "Firstly", "Secondly", "Thirdly", "Thereafter", "Likewise", "Similarly", "Then", "Next", "Overall",
                "Previously", "Further", "Besides", "Elsewhere", "Here", "There", "Again", "Instead", "Notably"}
_PLACE_WORDS = ({w for w in countries.NAMES if " " not in w} | {c for c in countries.CITIES if " " not in c}) - _STOP_WORDS
_STOP_WORDS |= {w for w in countries.NAMES if " " not in w} | set(countries.DEMONYMS) | set(countries.CITIES)


@dataclass
class Person:
    """A person mention, before it becomes a Participant."""
    name: str
    family_name: str
    given_name: Optional[str]
    title: Optional[str]
    level: Optional[str]
    country: Optional[str]
    organization: Optional[str]
    start: int
    end: int
    possessive: bool = False


def _unpossess(token: str) -> str:
    """'Iwaya’s' -> 'Iwaya'."""
    return token[:-2] if token.endswith(("’s", "'s")) else token


_EVENT_NAMED_AFTER = rx.compile(r"(?<![ \t])[’']?[ \t]+(?:Meeting|Dialogue|Summit|Conference|Talks|Consultations?|Retreat)(?![\w-])")


def unnamed_title_country(text: str, start: int, end: int) -> set[str]:
    """Countries of titles with no name in text[start:end] ('The Foreign Secretary met …' -> GBR)."""
    found: set[str] = set()
    found_countries = list(countries.find_countries(text, max(0, start - 40), end))
    mentions = {m.end: m for m in found_countries}
    starts = {m.start: m for m in found_countries}
    for t in TITLE_RE.finditer(text, start, end):
        code = _unnamed_title_code(text, t, end, mentions, starts)
        if code:
            found.add(code)
    return found


def unnamed_office_countries(text: str, start: int, end: int, level: str) -> set[str]:
    """Countries of the offices of one level named with no name in text[start:end] ('The Minister for
    Foreign Affairs of Nepal thanked …' -> NPL, for foreign_ministers)."""
    found: set[str] = set()
    titles = [t for t in TITLE_RE.finditer(text, start, end) if level_of(t.group()) == level]
    if titles:
        found_countries = list(countries.find_countries(text, max(0, start - 40), end))
        mentions = {m.end: m for m in found_countries}
        starts = {m.start: m for m in found_countries}
        found = {code for t in titles if (code := _unnamed_title_code(text, t, end, mentions, starts))}
    return found


def _unnamed_title_code(text: str, t: re.Match, end: int, mentions: dict, starts: dict) -> Optional[str]:
    """The country of a title with no name after it, or None (a name follows, an event's name)."""
    if NAME_RE.match(text, t.end() + 1, end) and text[t.end():t.end() + 1] == " ":
        return None
    if _EVENT_NAMED_AFTER.match(text, t.end(), end):
        return None  # 'the Japan-Australia-India-US (Quad) Foreign Ministers' Meeting': an event's name
    # ('Foreign Secretary of the Republic of India Mr. Vikram Misri': the office's own country, not
    # the one the title alone would give)
    return (_country_before(mentions, text, t.start()) or _country_after(starts, text, t.end(), end)
            or _DEFAULT_COUNTRY.get(t.group().lower()))


def is_head_of_state_or_government(title: Optional[str]) -> bool:
    """Whether a title is a head of state's or government's ('President', 'Prime Minister')."""
    return bool(title) and title.lower() in _HEAD_TITLES


def level_of(title: Optional[str]) -> Optional[str]:
    """The meeting level a title belongs to ('Foreign Minister' -> 'foreign_ministers')."""
    if not title:
        return None
    return _TITLE_LEVEL.get(title.lower()) or ("officials" if title.lower() in _ORG_TITLE else None)


def _clean_tokens(raw: str) -> list[str]:
    """Name tokens without honorifics, suffixes or the sentence's final period."""
    # (a nickname in quotes inside a name is no part of it: 'Joko "Jokowi" Widodo')
    tokens = [t for t in raw.replace("\u00a0", " ").replace(",", " ").split() if not t.startswith(("“", '"'))]
    while len(tokens) > 1 and tokens[-1] in _NAME_SUFFIXES:
        tokens.pop()  # 'Lloyd J. Austin III', 'Joseph R. Biden, Jr.', 'King Charles III
    if tokens and tokens[-1].endswith(".") and len(tokens[-1]) > 2:
        tokens[-1] = tokens[-1][:-1]
    return tokens


_ROMAN_NUMERAL = rx.compile(r"I{2,3}|IV|VI{0,3}|IX|X")


def _take_name(text: str, pos: int, end: int) -> Optional[re.Match]:
    """A name starting exactly at pos (after honorifics), or None."""
    m = NAME_RE.match(text, pos, end)
    if not m:
        return None
    words = m.group().split()
    first = words[0]
    if any(word.rstrip(".,") in _STREET_WORDS for word in words[1:]):
        return None
    if _ROMAN_NUMERAL.fullmatch(first.rstrip(".,")):
        return None  # 'Minister of Foreign Affairs II of Brunei Darussalam': the second minister, no name
    if first.rstrip(".,") in _STOP_WORDS or _unpossess(first) in _STOP_WORDS:
        # A place name can be a given name ('National Security Advisor Sydney Mufamadi'), and a
        # pronoun a family name ('Vice Premier He Lifeng'): it is one when a name word that is no
        # place or title follows it.
        if not ((first in _PLACE_WORDS or first in _FAMILY_FIRST_SURNAMES) and len(words) > 1
                and words[1].rstrip(".,") not in _STOP_WORDS and not words[1].endswith(("’s", "'s"))):
            return None
    return m


def _trim_name(raw: str) -> str:
    """Cut a name before the first stop word ('Wang Yi Monday' -> 'Wang Yi')."""
    kept = []
    for token in raw.split():
        bare = token.rstrip(".,")
        if kept and (bare in _STOP_WORDS or bare.endswith(("’s", "'s")) and bare[:-2] in _STOP_WORDS) \
                and _spelling_key(" ".join(kept[-2:] + [_unpossess(bare)])) not in _OFFICIAL_FULL_KEYS:
            break  # (not in a well-known name: 'Theresa May')
        kept.append(token)
        if bare.endswith(("’s", "'s")):
            break  # "Biden’s Call": a possessive ends the name
    return " ".join(kept)


def split_name(name: str, country: Optional[str] = None) -> tuple[str, Optional[str], str]:
    """(family name, given name, display name) by the convention the name is written in."""
    # The same principals recur across a corpus; the answer depends only on the rules files.
    return _split_name(name, country)


@lru_cache(maxsize=8192)
def _split_name(name: str, country: Optional[str]) -> tuple[str, Optional[str], str]:
    """split_name without the cache."""
    tokens = _clean_tokens(name)
    if not tokens:
        return name, None, name
    tokens = [t for t in tokens if not _INITIAL.fullmatch(t)] or tokens
    # Middle initials written without full stops ('Retno LP Marsudi') are no capitalised family name.
    tokens = [t for i, t in enumerate(tokens)
              if not (0 < i < len(tokens) - 1 and len(t) <= 2 and t.isalpha() and t.isupper()
                      and t.lower() not in _SURNAME_PARTICLES)] or tokens
    # (two capitals are initials, not a family name in MOFA's capitals: 'JD Vance')
    caps = [i for i, t in enumerate(tokens) if len(t) > 2 and t.replace("-", "").isalpha() and t.isupper()
            and t.lower() not in _SURNAME_PARTICLES]
    if caps and len(caps) < len(tokens):
        # MOFA style: 'HAYASHI Yoshimasa' -> family Hayashi, shown 'Yoshimasa Hayashi'; a particle
        # before a capitalised name is part of it ('Alberto VAN KLAVEREN', 'LULA DA SILVA').
        caps = _with_particles(tokens, caps)
        units = _surname_units(tokens, caps)
        chosen = units[0] if country in _PATERNAL else [i for unit in units for i in unit]
        family = " ".join(tokens[i].lower() if tokens[i].lower() in _SURNAME_PARTICLES else tokens[i].title()
                          for i in chosen)
        given = " ".join(t for i, t in enumerate(tokens) if i not in caps) or None
        return family, given, f"{given} {family}" if given else family
    if len(tokens) == 1 and len(tokens[0]) > 2 and tokens[0].isupper():
        return tokens[0].title(), None, tokens[0].title()
    display = " ".join(tokens)
    full = " ".join(tokens)
    both = next((b for b in _BOTH_SURNAMES if full == b or full.endswith(" " + b)), None)
    if both:
        given = full[:-len(both)].strip() or None
        return both, given, display
    index = _family_index(tokens, country, full)
    family, given = _family_from_index(tokens, index)
    glued = _GLUED_INITIAL.match(family)
    if glued:  # Mongolian style: 'B.Battsetseg', the initial of the father's name glued to the name
        family, given = family[glued.end():], (given + " " if given else "") + family[:glued.end()]
    return family, given, display


_GLUED_INITIAL = rx.compile(r"[A-Z]\.(?=[A-Z][a-z])")
# European surname particles ('van Klaveren', 'da Silva', 'von der Leyen'): honorifics.yaml's
# particles without the Arabic ones, which stand before no capitalised surname of MOFA's.
_SURNAME_PARTICLES = frozenset(p.lower() for p in _PARTICLES) - {"al", "bin", "bint", "ibn"}


def _with_particles(tokens: list[str], caps: list[int]) -> list[int]:
    """The capitalised names' indices, with the particles that stand right before one of them."""
    marked = set(caps)
    for i in sorted(caps, reverse=True):
        j = i - 1
        while j >= 0 and tokens[j].lower() in _SURNAME_PARTICLES and j not in marked:
            marked.add(j)
            j -= 1
    return sorted(marked)


def _surname_units(tokens: list[str], caps: list[int]) -> list[list[int]]:
    """Capitalised surnames, each with the particles before it: [[VAN, KLAVEREN]], [[LULA], [DA, SILVA]]."""
    units: list[list[int]] = []
    current: list[int] = []
    for i in caps:
        current.append(i)
        if tokens[i].lower() not in _SURNAME_PARTICLES:
            units.append(current)
            current = []
    if current:
        units.append(current)
    return units


def _family_index(tokens: list[str], country: Optional[str], full: str) -> int:
    """Index of the token that carries the family name."""
    if len(tokens) == 1:
        return 0
    for i, token in enumerate(tokens):
        if _unpossess(token) in _OFFICIAL_FAMILY and token not in _FAMILY_FIRST_SURNAMES \
                and _unpossess(token) not in _OFFICIAL_GIVEN \
                and not (i < len(tokens) - 1 and country is not None
                         and country not in {t.country for t in OFFICIALS[_unpossess(token)]}):
            # (not another country's official's family name as a given name: Pakistan's 'Khurshid Mehmood
            # Kasuri' is no relation of India's Salman Khurshid)
            return i
    for key in ("bin", "Bin", "bint", "ibn"):
        if key in tokens[1:]:
            house = _non_royal_house(tokens)
            if house is not None:
                return house  # 'Mohammed bin Abdulaziz Al Khulaifi': a minister's family name
            before = max(0, tokens.index(key) - 1)  # 'Faisal bin Farhan' is known as Faisal
            if before and tokens[before][:3] in ("Al-", "al-"):
                return before - 1  # 'Saud Al-Faisal bin Abdulaziz': the son of Faisal is known as Saud
            return before
    if country in _GIVEN_NAME:
        return 0
    if country == "JPN" and len(tokens) == 2 and tokens[1] in _JAPANESE_GIVEN and tokens[0] not in _JAPANESE_GIVEN:
        return 0  # 'Akiba Takeo': written family name first
    first_is_surname = tokens[0] in _FAMILY_FIRST_SURNAMES
    if country in _FAMILY_FIRST or (country in _EITHER_ORDER and first_is_surname and len(tokens) <= 3
                                     and (len(tokens) == 2 or "-" in tokens[-1] or len(tokens[-1]) <= 5)):
        # ('Lim Jock Hoi', 'Kao Kim Hourn', 'Lee Hsien Loong': a family name, then a short given name or two)
        return 0
    core = [i for i, t in enumerate(tokens) if t not in _PARTICLES and t not in _CONNECTORS]
    if country in _PATERNAL and len(core) >= 3:
        if len(core) == 3 and tokens[core[1]] in _SPANISH_GIVEN:
            return core[-1]  # 'José Manuel Albares': two given names, then the paternal surname
        return core[-2]
    return core[-1] if core else len(tokens) - 1


# Where a name's order is not known from its country: no country, or one whose Chinese names are
# written family name first and others given name first ('Lee Hsien Loong', 'Vivian Balakrishnan'
# of Singapore; 'Lim Guan Eng', 'Anwar Ibrahim' of Malaysia).
_EITHER_ORDER = frozenset({None, "SGP", "MYS"})


# Ruling houses of the Gulf: their princes and sheikhs are known by their own names ('Faisal bin
# Farhan Al Saud' is Faisal); other officials by their family's ('Mohammed bin Abdulaziz Al Khulaifi'),
# and so are Qatar's, whom English-language reports call by the house ('Sheikh Tamim bin Hamad Al
# Thani' is Al Thani, where the text writes it).
_RULING_HOUSES = frozenset({"saud", "nahyan", "nahayan", "maktoum", "khalifa", "sabah", "said", "qasimi",
                            "nuaimi", "mualla", "sharqi"})


def _non_royal_house(tokens: list[str]) -> Optional[int]:
    """Index of the last token of an 'Al X' family name that ends a name and is no ruling house."""
    last = tokens[-1]
    if len(tokens) >= 3 and tokens[-2] in ("Al", "al") and last.lower() not in _RULING_HOUSES:
        return len(tokens) - 1
    if last.lower().startswith("al-") and last[3:].lower() not in _RULING_HOUSES:
        return len(tokens) - 1
    return None


def _family_from_index(tokens: list[str], index: int) -> tuple[str, Optional[str]]:
    """Family name with its particles ('del Rosario', 'Le Drian') or the surname joined to it by 'e'/'y'
    ('Correia e Silva'), and the given names."""
    start = index
    while start > 0 and tokens[start - 1] in _PARTICLES:
        start -= 1  # 'von der Leyen' with no given name is all family name
    if start > 1 and tokens[start - 1] in _CONNECTORS:
        start -= 2  # 'Correia e Silva': both surnames
        while start > 0 and tokens[start - 1] in _PARTICLES:
            start -= 1
    family = " ".join(tokens[start:index + 1])
    given = " ".join(tokens[:start] + tokens[index + 1:]) or None
    return family, given


def _country_before(mentions: dict[int, countries.CountryMention], text: str, pos: int) -> Optional[str]:
    """Country named right before pos ('Japanese Foreign Minister', "Japan's Foreign Minister",
    "Senegal's newly installed President")."""
    probe = pos
    while probe > 0 and text[probe - 1] in " \t\u00a0":
        probe -= 1
    modifier = _MODIFIERS_BEFORE_TITLE.search(text, max(0, probe - 40), probe)
    if modifier and modifier.start() > 0:
        probe = modifier.start() - 1  # (before its space)
    for suffix in ("’s", "'s"):
        if text.endswith(suffix, 0, probe):
            probe -= 2
    if text.endswith(")", 0, probe):
        alias = _ALIAS_IN_PARENTHESES.search(text, max(0, probe - 14), probe)
        if alias and alias.start() in mentions:
            probe = alias.start()  # "People's Republic of China (PRC) Director … Wang Yi"
    if text.endswith(("s’", "s'"), 0, probe) and probe - 1 in mentions:
        probe -= 1  # "Solomon Islands’ Prime Minister Sogavare" (a name ending in s takes the apostrophe alone)
    if text.endswith("]", 0, probe) and probe - 1 in mentions and text.rfind("[", max(0, probe - 40), probe) != -1:
        probe -= 1  # "the [Cypriot] Minister of Foreign Affairs": an editor's word in brackets
    mention = mentions.get(probe)
    if mention is None and text.endswith(_OFFICE_NOUNS, 0, probe):
        # 'Japanese National Security Secretariat Secretary General Akiba Takeo', 'ROK National Security
        # Office Director Cho Tae-yong': the country before the office the title belongs to
        mention = next((m for at, m in mentions.items()
                        if probe - 60 <= at < probe and _OFFICE_AFTER_COUNTRY.fullmatch(text, at, probe)), None)
    return mention.code if mention else None


_ALIAS_IN_PARENTHESES = rx.compile(r"[ \t\u00a0]\([A-Z][A-Za-z.]{1,9}\)$")
_OFFICE_NOUNS = ("Secretariat", "Office", "Council", "Agency", "Ministry", "Bureau", "Department", "Commission")
# Capitalised words that name an office after a title, not a person ('… Communications and Information
# Policy Department of Uzbekistan': the office ends there, or its country follows; not 'Ashraf Ghani and
# High Council for National Reconciliation Chairman Abdullah').
_OFFICE_NAME = rx.compile(r"(?:[A-Z][\w-]*[ \t\u00a0](?:and[ \t\u00a0])?){1,5}(?:" + "|".join(_OFFICE_NOUNS)
                          + r")(?=[ \t\u00a0]of[ \t\u00a0]|[,.;:)]|$)")
_OFFICE_AFTER_COUNTRY = rx.compile(r"(?:[ \t\u00a0][A-Z][\w-]*){0,3}[ \t\u00a0](?:" + "|".join(_OFFICE_NOUNS) + r")")


# (only after a possessive: "Senegal's newly installed President", "Japan's new Foreign Minister")
_MODIFIERS_BEFORE_TITLE = rx.compile(r"(?<=[’']s )(?:(?:newly|recently|new|incoming|outgoing|installed|elected|"
                                     r"appointed|former|then|current|interim|acting)[ -]?){1,3}$")


def _country_after(starts: dict[int, countries.CountryMention], text: str, pos: int, end: int) -> Optional[str]:
    """Country in 'of Japan' / 'of the Republic of Korea' (or in brackets: ' (South Africa)') right at pos."""
    m = _OF_COUNTRY_RE.match(text, pos, end)
    if not m:
        return _bracketed_country(text, pos, starts)[0]
    mention = starts.get(m.end())
    return mention.code if mention and mention.kind == "name" else None


# ' from the National Security Secretariat of Japan', ' from the U.S. National Security Council',
# ' at the Danish Prime Minister’s Office'
_FROM_AN_OFFICE = rx.compile(r",? (?:from|at) (?:the )?(?:[A-Z][\w.’'-]*\s){0,5}?(?:Council|Secretariat|Office|Ministry|Department|"
                             r"Agency|Bureau|Commission)(?: of (?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})?")


def _country_of_office_after(starts: dict[int, countries.CountryMention], text: str, pos: int,
                             end: int) -> Optional[str]:
    """The one country named in the office a person is 'from' (or serves 'at'), right at pos ('Cabinet
    Councillor Yasuo Takamura from the National Security Secretariat of Japan')."""
    if not text.startswith((" from ", ", from ", " at the "), pos):
        return None
    office = _FROM_AN_OFFICE.match(text, pos, end)
    if office is None:
        return None
    codes = {m.code for at, m in starts.items() if office.start() <= at and m.end <= office.end()}
    return codes.pop() if len(codes) == 1 else None


def _org_near(text: str, start: int, end: int) -> Optional[str]:
    """An international organisation named in text[start:end]."""
    m = countries.ORG_RE.search(text, start, end)
    return countries.ORGANIZATIONS[m.group()] if m else None


_CACHE = threading.local()


def find_people(text: str, start: int = 0, end: Optional[int] = None) -> list[Person]:
    """Every titled or honorific-led person in text[start:end], in text order (fresh copies each call)."""
    end = len(text) if end is None else end
    cached = getattr(_CACHE, "entry", None)
    when = REFERENCE_DATE.get()  # the gazetteer's answers depend on it
    if cached is None or cached[0] is not text or cached[2] != when:
        cached = (text, {}, when)
        _CACHE.entry = cached
    found = cached[1].get((start, end))
    if found is None:
        found = _find_people(text, start, end)
        cached[1][(start, end)] = found
    return [_copy_person(p) for p in found]


def _copy_person(person: "Person") -> "Person":
    """A fresh copy of a cached Person (callers set its country); faster than dataclasses.replace."""
    copy = object.__new__(Person)
    copy.__dict__.update(person.__dict__)
    return copy


def _find_people(text: str, start: int, end: int) -> list[Person]:
    """find_people without the cache."""
    found = list(countries.find_countries(text, max(0, start - 40), end))
    by_end = {m.end: m for m in found}
    by_start = {m.start: m for m in found}
    people: dict[int, Person] = {}
    last: tuple[int, Optional[Person]] = (-1, None)  # where the previous title ended, and its person
    for t in TITLE_RE.finditer(text, start, end):
        if last[1] is not None and text.startswith(" and ", last[0]) and t.start() == last[0] + 5:
            _prefer_foreign_minister(last[1], t.group())
            last = (t.end(), last[1])
            continue
        person = _person_after_title(text, t, end, by_end, by_start)
        if person is None or text[t.end():person.start].rstrip(" \t\u00a0").endswith((",", "H.E.", "Mr.", "Ms.", "Dr.")) \
                and text[max(start, t.start() - 2):t.start()] == ", ":
            # 'Scott Morrison MP, Prime Minister of Australia, H.E. Mr. Narendra Modi, …': a title
            # between two names, each after a comma, is the first one's.
            before = _person_before_title(text, t, start, end, by_end, by_start)
            person = before or person
        last = (t.end(), person)
        if person and person.start not in people:
            people[person.start] = person
            second = _second_holder_of_a_plural_title(text, t, person, end, by_end)
            if second is not None and second.start not in people:
                people[second.start] = second
            for more in _listed_holders_with_their_countries(text, t, person, end, by_start):
                people.setdefault(more.start, more)
    _drop_office_owners(text, end, people)
    _add_honorific_people(text, start, end, people, by_end, by_start)
    found = [people[k] for k in sorted(people)]
    return _family_comma_given(text, found, end) if ", " in text[start:end] else found


def _family_comma_given(text: str, found: list["Person"], end: int) -> list["Person"]:
    """'Mr. Lavrov, Sergey Viktorovich, Minister of Foreign Affairs of the Russian Federation' (MOFA's
    way with Russian names): a family name alone, then the given names before the title, are one person."""
    out: list[Person] = []
    for person in found:
        family = out[-1] if out else None
        if family is not None and family.title is None and " " not in family.name and person.title \
                and text[family.end:person.start] == ", " and text.startswith(", ", person.end) \
                and (after := TITLE_RE.match(text, person.end + 2, end)) and after.group() == person.title:
            out[-1] = dataclasses.replace(person, name=f"{person.name} {family.name}", family_name=family.family_name,
                                          given_name=person.name, start=family.start,
                                          country=person.country or family.country)
            continue
        out.append(person)
    return out


_POSSESSIVE_S = rx.compile(r"[’']s[ \t\u00a0]+")  # "Biden’s ", "South Africa's "


def _drop_office_owners(text: str, end: int, people: dict[int, Person]) -> None:
    """'President Biden’s Special Advisor Christopher Dodd met …': the owner of the office names no
    one at the meeting; the office holder after him is the person, of the owner's country."""
    for key, person in list(people.items()):
        adviser = _ADVISER_TO.search(text, max(0, person.start - 60), person.start)
        if adviser is not None and person.title and text.startswith(person.title, adviser.start("office")):
            # 'Kestutis Budrys, Chief National Security Advisor, to President Gitanas Nauseda of
            # Lithuania': the owner of the advisers' office, named after it
            advisers = [p for p in people.values() if p.start < adviser.start()]
            if advisers:
                del people[key]
                for p in advisers:
                    if p.country is None and p.organization is None:
                        p.country = person.country
                continue
        owner = _POSSESSIVE_S.match(text, person.end, end)
        if not owner:
            continue
        office = TITLE_RE.match(text, owner.end(), end)
        if not office:
            continue
        holder = min((p for p in people.values() if office.end() <= p.start < office.end() + 80),
                     key=lambda p: p.start, default=None)
        if holder is None or holder.title != office.group():
            continue
        del people[key]
        if holder.country is None:
            holder.country = person.country


# (used on the words before a name; the look-behind keeps a search over a run of spaces linear)
_ADVISER_TO = rx.compile(r"(?<![\w-])(?:Advis[eo]rs?|Assistants?),?[ \t\u00a0\n]+to[ \t\u00a0\n]+(?:the[ \t\u00a0\n]+)?"
                         r"(?P<office>(?:[A-Z][\w.-]*[ \t\u00a0\n]+){1,4})$")


def _second_holder_of_a_plural_title(text: str, t: re.Match, person: Person, end: int, by_end) -> Optional[Person]:
    """'European Commission Executive Vice Presidents Margrethe Vestager and Valdis Dombrovskis': the
    name after 'and' holds the plural title too (not '… and Minister Ono', a title of his own)."""
    title = t.group()
    if not title.endswith("s") or title[:-1].lower() not in _TITLE_LEVEL or not text.startswith(" and ", person.end):
        return None
    pos = person.end + 5
    if TITLE_RE.match(text, pos, end) or HON_RE.match(text, pos, end):
        return None
    m = _take_name(text, pos, end)
    if m is None or len(m.group().split()) < 2:
        return None
    raw = _trim_name(m.group())
    second = _make_person(text, raw, title, _country_before(by_end, text, t.start()), m.start(), m.start() + len(raw),
                          t.start(), end)
    if second is not None and second.organization is None:
        second.organization = person.organization
    return second


_LIST_SEPARATOR = rx.compile(r", (?:and )?| and ")


def _listed_holders_with_their_countries(text: str, t: re.Match, person: Person, end: int, by_start) -> list[Person]:
    """'his counterparts Naledi Pandor (South Africa), W B Hoekstra (Netherlands) and Geoffrey Onyeama
    (Nigeria)': the names after the first of a plural title's list, each with its country in brackets
    (as the first one has it)."""
    if not t.group().endswith("s"):
        return []
    code, pos = _bracketed_country(text, person.end, by_start)
    found: list[Person] = []
    while code is not None:
        separator = _LIST_SEPARATOR.match(text, pos, end)
        m = _take_name(text, separator.end(), end) if separator else None
        if m is None:
            break
        raw = _trim_name(m.group())
        code, pos = _bracketed_country(text, m.start() + len(raw), by_start)
        more = _make_person(text, raw, t.group(), code, m.start(), m.start() + len(raw), t.start(), end) if code else None
        if more is None:
            break
        found.append(more)
    return found


def _bracketed_country(text: str, pos: int, by_start) -> tuple[Optional[str], int]:
    """The country a name carries in brackets right after it (' (Netherlands)'), and where the brackets end."""
    if not text.startswith(" (", pos):
        return None, pos
    mention = by_start.get(pos + 2)
    if mention is None or mention.kind != "name" or not text.startswith(")", mention.end):
        return None, pos
    return mention.code, mention.end + 1


def _prefer_foreign_minister(person: Person, title: str) -> None:
    """'Pham Binh Minh, Deputy Prime Minister and Minister of Foreign Affairs': of two offices joined
    by 'and', the foreign minister's is the one that makes the person a counterpart's peer."""
    level = level_of(title)
    if level == "foreign_ministers" and person.level != level:
        person.title, person.level = title, level


def _person_after_title(text, t, end, by_end, by_start) -> Optional[Person]:
    """'Japanese Foreign Minister Takeshi Iwaya', 'Prime Minister Kishida of Japan'."""
    pos = t.end()
    if text.startswith(" (", pos) and (abbreviation := _TITLE_ABBREVIATION.match(text, pos, end)):
        pos = abbreviation.end()  # 'Principal Deputy National Security Advisor (PDNSA) Jon Finer'
    of_country = None
    secretary_general = None
    if text.startswith(" of the ", pos) and t.group().lower().endswith(_REMIT_TITLES):
        secretary_general = _OF_THE_SECRETARY_GENERAL.match(text, pos, end)
        if secretary_general:
            # 'Special Representative of the Secretary-General (SRSG) on Sexual Violence in Conflict Pramila
            # Patten': the UN's office, its abbreviation and its remit, then the name
            pos = secretary_general.end()
            if text.startswith(" (", pos) and (abbreviation := _TITLE_ABBREVIATION.match(text, pos, end)):
                pos = abbreviation.end()
            remit = _REMIT_ON.match(text, pos, end)
            pos = remit.end() if remit else pos
    of = _OF_COUNTRY_RE.match(text, pos, end)
    if of and of.group().strip(", \t") in ("of", "of the") and by_start.get(of.end()) and by_start[of.end()].kind == "name":
        # 'Deputy Prime Minister of Ethiopia Demeke Mekonnen', 'Minister … of Malaysia, Dato’ Saifuddin'
        mention = by_start[of.end()]
        of_country, pos = mention.code, mention.end
        to = _TO_COUNTRY.match(text, pos, end)  # 'Ambassador of Sudan to the Russian Federation NAME'
        if to and by_start.get(to.end()) and by_start[to.end()].kind == "name":
            pos = by_start[to.end()].end
        if text.startswith(" (", pos) and (abbreviation := _TITLE_ABBREVIATION.match(text, pos, end)):
            pos = abbreviation.end()  # '… of the Republic of Korea (ROK) Ban Ki-moon'
    if of_country is None and text.startswith(" of ", pos) \
            and (mention := _country_of_institution(text, pos, end, by_start)) \
            and (text.startswith(", ", mention.end)
                 or text.startswith(" ", mention.end) and text[mention.end + 1:mention.end + 2].isupper()):
        # 'the Secretary General of the Liberal Democratic Party of Japan, MOTEGI Toshimitsu': an office of
        # a party or institution of the country, then the holder's name after a comma (or straight after
        # it: 'Minister of the International Department of the Communist Party of China Song Tao')
        of_country, pos = mention.code, mention.end
    if of_country is None and text.startswith(" to the ", pos) and (boss := TITLE_RE.match(text, pos + 8, end)):
        pos = boss.end()  # 'Senior Advisor to the President Amos Hochstein': the adviser is the person
    elif of_country is None and text.startswith(" to ", pos):
        # 'British High Commissioner to Ghana, H.E. Ms. Harriet Thompson': the post, then the name
        to = _TO_COUNTRY.match(text, pos, end)
        if to and by_start.get(to.end()) and by_start[to.end()].kind == "name":
            pos = by_start[to.end()].end
    if of_country is None and text.startswith((" for ", " of "), pos):
        of_org = _OF_FOR.match(text, pos + 1, end)
        org = countries.ORG_RE.match(text, of_org.end(), end) if of_org else None
        if org and not text.startswith(", ", org.end()):
            return None  # 'Secretary General of the North Atlantic Treaty Organization': no name follows
        if org:
            pos = org.end()  # 'the Commissioner-General of UNRWA, Philippe Lazzarini'
        portfolio = None if org else _PORTFOLIO.match(text, pos, end)  # 'Minister for Europe Nusrat Ghani'
        if portfolio:
            pos = portfolio.end()
            of = _OF_COUNTRY_RE.match(text, pos, end)
            if of and of.group().strip(", \t") in ("of", "of the") and by_start.get(of.end()) \
                    and by_start[of.end()].kind == "name":
                # 'First Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Akan Rakhmetullin'
                of_country, pos = by_start[of.end()].code, by_start[of.end()].end
        elif not org and of_org and t.group().lower().endswith(_REMIT_TITLES) and (remit := by_start.get(of_org.end())):
            pos = remit.end  # 'UN Special Envoy for Yemen Hans Grundberg': the envoy's remit, not his country
    if of_country is None and text.startswith(" and ", pos) and level_of(t.group()) == "foreign_ministers":
        more = _PORTFOLIO_AND.match(text, pos, end)
        if more and not TITLE_RE.match(text, pos + 5, end):  # not '… and Minister of …', a second title
            pos = more.end()
    if of_country is None and text.startswith(", ", pos) and not _ends_with_org(text, pos):
        # '…, African Cooperation and Moroccan Expatriates, Nasser Bourita', '…, International Trade and
        # Worship Gerardo Werthein'
        portfolio = _PORTFOLIO_BETWEEN_COMMAS.match(text, pos, end)
        if portfolio and (text.startswith(",", portfolio.end()) or " and " in portfolio.group()):
            pos = portfolio.end()  # a name straight after the run only after a list ('… Trade and Worship')
    if text.startswith("/", pos) and (second_hat := _SECOND_HAT.match(text, pos, end)):
        pos = second_hat.end()  # 'High Representative …/Vice-President of the European Commission, Federica Mogherini'
    gap = _GAP.match(text[pos:pos + 4])
    if not gap or ("\n" in gap.group() and not _wrapped_at(text, pos + gap.group().index("\n"))):
        return None
    pos += gap.end()
    if text.startswith(("the ", "The "), pos) and HON_RE.match(text, pos + 4, end):
        pos += 4  # 'Secretary of State for Business and Trade, the Rt Hon Kemi Badenoch MP'
    while (h := HON_RE.match(text, pos, end)) or (h := _TITLE_THEN_SPACE.match(text, pos, end)) \
            or (pos > t.end() and (h := _HONORIFIC_ABBREVIATION.match(text, pos, end))):
        # honorifics, and a second title ('Foreign Minister Senator Penny Wong'); an honorific's
        # abbreviation in brackets ('His Royal Highness (HRH) Prince Saud Al-Faisal')
        pos = h.end()
    m = _take_name(text, pos, end)
    if not m or _OFFICE_NAME.match(text, m.start(), end):
        return None  # ('Head of the Presidential Administration Communications and Information Policy Department')
    raw = _trim_name(m.group())
    name_end = m.start() + len(raw)
    if (named := by_start.get(m.start())) and named.kind == "name" and named.end >= name_end:
        return None  # 'the Prime Ministers of Papua New Guinea, Solomon Islands, …': a country, no name
    title = t.group()
    country = (of_country or _country_before(by_end, text, t.start()) or _country_before_joined_title(by_end, text, t)
               or _country_after(by_start, text, name_end, end) or _country_of_office_after(by_start, text, name_end, end))
    person = _make_person(text, raw, title, country, m.start(), name_end, t.start(), end)
    if person is not None and secretary_general and person.organization is None:
        person.organization, person.country = "UN", None
    return person


_HONORIFIC_ABBREVIATION = rx.compile(r"\((?:HRH|HE|HH|H\.E\.|H\.R\.H\.|HM)\)[ \t\u00a0]+")
# The EU High Representative's second office, written after a slash.
_SECOND_HAT = rx.compile(r"/[ \t]?(?:Vice[- ]President|VP)(?: of the (?:European )?Commission)?")
# A party or institution in capitalised words, then 'of' before its country ('of the Liberal Democratic
# Party of ', 'of the House of Councillors of ').
_INSTITUTION_WORDS = r" of (?:the )?[A-Z][\w’'-]*(?: (?:of the |of |for |and |the )?[A-Z][\w’'-]*){0,6}"
_OF_INSTITUTION = rx.compile(_INSTITUTION_WORDS + r"? of (?:the )?(?=[A-Z])")
# (the same, to the last ' of ': 'of the International Department of the Communist Party of China')
_OF_INSTITUTION_LONGEST = rx.compile(_INSTITUTION_WORDS + r" of (?:the )?(?=[A-Z])")


def _country_of_institution(text: str, pos: int, end: int, by_start) -> Optional["countries.CountryMention"]:
    """The country named at the end of an institution's name after a title ('… of the Liberal Democratic
    Party of Japan'), as its mention; None when no country ends it."""
    for pattern in (_OF_INSTITUTION, _OF_INSTITUTION_LONGEST):
        institution = pattern.match(text, pos, end)
        mention = by_start.get(institution.end()) if institution else None
        if mention is not None and mention.kind == "name":
            return mention
    return None


# Offices named for the country or region they deal with ('Special Envoy for Yemen').
_REMIT_TITLES = ("envoy", "representative", "coordinator")
_OF_THE_SECRETARY_GENERAL = rx.compile(r" of the (?:UN |United Nations )?Secretary[- ]General(?![\w-])")
# A remit in words, up to the name: its last two capitalised words before a word that is not one
# ('on Sexual Violence in Conflict Pramila Patten', 'for the Great Lakes Region Huang Xia').
_REMIT_ON = rx.compile(r" (?:on|for) (?:the )?[A-Z][\w’'-]*(?: (?:and|in|of|on|the|for|[A-Z][\w’'-]*)){0,6}?"
                       r"(?= [A-Z][\w’'-]+ [A-Z][\w’'-]+(?![\w’'-]| [A-Z]))")


def people_after_country_possessive(text: str, start: int, end: int) -> list[Person]:
    """A news story's untitled subject: "South Africa's Ronald Lamola … met his Nigerian counterpart"
    (a country's possessive, then a name of two or three words, not an office)."""
    people = []
    for mention in countries.find_countries(text, start, end):
        gap = _POSSESSIVE_S.match(text, mention.end, end) if mention.kind == "name" else None
        if gap is None or TITLE_RE.match(text, gap.end(), end):
            continue
        name = NAME_RE.match(text, gap.end(), end)
        words = name.group().split() if name else []
        if not 2 <= len(words) <= 3 or any(w.rstrip(",") in _STOP_WORDS for w in words) \
                or any(countries.find_countries(name.group())):
            continue
        person = _make_person(text, name.group(), None, mention.code, name.start(), name.end(), name.start(), end)
        if person is not None and not person.possessive:
            people.append(person)
    return people


def organization_of_title(title: str) -> Optional[str]:
    """The international organisation whose office a title is ('HR/VP' -> EU), if any."""
    return _ORG_TITLE.get(title.lower())


_TITLE_ABBREVIATION = rx.compile(r" \([A-Z][A-Za-z/]{1,7}\)")


def _country_before_joined_title(by_end, text: str, t: re.Match) -> Optional[str]:
    """'Jordanian Deputy Prime Minister and Foreign Minister Ayman Safadi': the country named before
    the first of two titles joined by 'and' is the person's."""
    stop = t.start() - len(" and ")
    if stop <= 0 or not text.startswith(" and ", stop):
        return None
    for first in TITLE_RE.finditer(text, max(0, stop - 60), stop):
        if first.end() == stop:
            return _country_before(by_end, text, first.start())
    return None


_WRAPPED_LINE = 40  # characters: shorter lines are a page's headings and menus, not wrapped prose


def _wrapped_at(text: str, newline: int) -> bool:
    """Whether the line break at `newline` wraps a sentence: long lines on both sides of it
    ('… Homeland Security Advisor\nLiz Sherwood-Randall and Deputy Assistant …', not
    'Prime Minister of Australia\nSkip to main content')."""
    before = newline - (text.rfind("\n", 0, newline) + 1)
    after = text.find("\n", newline + 1)
    after = (len(text) if after == -1 else after) - newline - 1
    return before >= _WRAPPED_LINE and after >= _WRAPPED_LINE and "|" not in text[newline - before:newline]


def _ends_with_org(text: str, pos: int) -> bool:
    """Whether an organisation's name ends at pos ('of UNRWA', then ', Philippe Lazzarini')."""
    return any(m.end() == pos for m in countries.ORG_RE.finditer(text, max(0, pos - 100), pos))


def _person_before_title(text, t, start, end, by_end, by_start) -> Optional[Person]:
    """'Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan', 'Katherine Tai, U.S. Trade Representative'."""
    if text.startswith(("’s", "'s"), t.end()):
        return None  # 'at the Straka Academy, the prime minister's official residence': no apposition
    pos = t.start()
    modifier = _MODIFIER_BEFORE.search(text, max(start, pos - 20), pos)
    if modifier:
        pos = modifier.start()
    country = None
    mention = _country_before_raw(by_end, text, pos)
    if mention is not None:
        country, pos = mention.code, mention.start
    comma = _PRE_NAME_RE.search(text, max(start, pos - 8), pos)
    if not comma:
        return None
    if text[comma.start() - 1:comma.start()] in (".", "P", "C") and (letters := _POST_NOMINAL_LETTERS.search(
            text, max(start, comma.start() - 40), comma.start())):
        comma = letters  # 'the Right Honourable Justin Trudeau, P.C., M.P., Prime Minister of Canada'
    name_start, raw = _name_ending_at(text, max(start, comma.start() - 120), comma.start())
    if not raw:
        return None
    tail_end = min(end, t.end() + 120)
    country = (country or _country_before(by_end, text, t.start()) or _country_after(by_start, text, t.end(), tail_end)
               or _country_in_title_phrase(text, t.end(), tail_end, by_start)
               or _country_of_office_after(by_start, text, t.end(), tail_end))
    return _make_person(text, raw, t.group(), country, name_start, name_start + len(raw), t.start(), tail_end)


_PORTFOLIO_WORD = tries.alternation(sorted(str(w) for w in TITLES.get("portfolio_words") or ()))
_PORTFOLIO = rx.compile(r" (?:for|of) (?:the )?(?:" + _PORTFOLIO_WORD + r")(?![\w-])"
                        r"(?:(?:,? and|,| &| for| of)? (?:the )?(?:" + _PORTFOLIO_WORD + r")(?![\w-])){0,8}")
_PORTFOLIO_BETWEEN_COMMAS = rx.compile(r", (?:the )?(?:" + _PORTFOLIO_WORD + r")(?![\w-])"
                                      r"(?:(?:,? and|,| &| for| of)? (?:the )?(?:" + _PORTFOLIO_WORD + r")(?![\w-])){0,8}"
                                      r"(?=,[ \t]|[ ][A-Z])")
# '… Minister of Foreign Affairs and Expatriates Ayman Safadi': more portfolio after the title's own.
_PORTFOLIO_AND = rx.compile(r" and (?:" + _PORTFOLIO_WORD + r")(?![\w-])"
                            r"(?:(?:,? and|,| &)? (?:" + _PORTFOLIO_WORD + r")(?![\w-])){0,6}")
_TO_COUNTRY = rx.compile(r" to (?:the )?")
_INITIAL = rx.compile(r"[A-Z](?:\.[A-Z])*\.?")
_GAP = rx.compile(r",?[ \t\u00a0]+|,?[ \t\u00a0]*\n[ \t\u00a0]*(?!\n)")  # (a line break in wrapped text)
# Where a title phrase after a name ends: a clause ('…, received a courtesy call from …'), so a
# country named in the next person's title is not this person's.
_PHRASE_STOP = rx.compile(r"[;()]|,\s+[a-z]|\s(?:held|met|who|received|hosted|paid|called|spoke|visited)\b")
_OF_FOR = rx.compile(r"\b(?:of|for) (?:the )?")
# No honorific is a prefix of another, so the trie alternation matches what the list of them did.
_HON_LEAD = rx.compile(tries.first_letter_alternation(
    # ('Mrs Swaraj called separately on …': British, Singapore and Australian style writes no full stop)
    # (the undotted forms with their space: 'Dr' opens 'Draft' too)
    [(None, ["H.E.", "H. E.", "Mr.", "Ms.", "Mrs.", "Dr.", "Mr ", "Ms ", "Mrs ", "Dr ", "Hon.", "Amb.", "H.H.", "H.R.H.",
             "His Highness",
             "Her Highness", "His Royal Highness", "Her Royal Highness", "His Majesty", "Her Majesty", "Sheikh",
             "Sheikha", "Shaikh", "Shaikha", "Sayyid", "Sayyida"])], r"[\w.]") + r"[ \t\u00a0]*")
# (a military rank between an office and the name: 'his Vietnamese counterpart General Phan Van Giang')
_TITLE_THEN_SPACE = rx.compile(r"(?:Senator|Sen\.|Dr\.|Hon\.|the Hon\.?|Ambassador|(?:Senior |Lieutenant |Major )?General|"
                               r"Gen\.|Admiral|Adm\.)[ \t\u00a0]+")
_POST_NOMINALS = {"MP", "OBE", "KC", "QC", "CMG", "KCMG", "MEP", "TD", "AO", "AC", "KBE", "GCMG", "Jr.", "Jr", "Sr.", "PhD",
                  "MBE", "CBE", "KCB", "GCB", "KCVO", "GCVO"}
_MODIFIER_BEFORE = rx.compile(r"(?:Acting|Interim|then-|former|Former|Senior|First)[ \t\u00a0]*$")
_NAME_TOKEN = rx.compile(_TOK)


_INITIALS_HE = rx.compile(r"(?:H\.)?E\.|H\.")
_HAS_DIGIT = rx.compile(r"\d")  # "On the margins of the G20, the Prime Minister": no name has a digit
_HON_WORDS = {h for h in HONORIFICS["honorifics"] if " " not in h}


def _name_ending_at(text: str, lo: int, end: int) -> tuple[int, str]:
    """The name that ends at `end`, read backwards word by word (honorifics and clause words stop it)."""
    segment = text[max(lo, end - 90):end]
    words = segment.split()
    while words and words[-1].rstrip(",") in _POST_NOMINALS:
        words.pop()
    kept: list[str] = []
    for word in reversed(words):
        word = word if kept else word.rstrip(",")
        if (_NAME_TOKEN.fullmatch(word) and word.rstrip(".,") not in _STOP_WORDS and word not in _HON_WORDS
                and not _INITIALS_HE.fullmatch(word) and not _HAS_DIGIT.search(word)):
            kept.append(word)
        elif (word in _PARTICLES or word in _CONNECTORS) and kept:
            kept.append(word)
        else:
            break
        if len(kept) >= 6:
            break
    while kept and (kept[-1] in _PARTICLES or kept[-1] in _CONNECTORS) and not kept[-1][0].isupper():
        kept.pop()
    if not kept:
        return end, ""
    kept.reverse()
    first = kept[0]
    start = segment.rfind(first, 0, len(segment) - sum(len(w) + 1 for w in kept[1:]) + 1)
    if start < 0:
        return end, ""
    start += end - len(segment)
    # Honorifics of more than one word are not stopped word by word: "Tan Sri Muhyiddin Yassin",
    # and "Dato' Seri Anwar Ibrahim", where "Dato'" stopped the reading and "Seri" is its second word.
    before = text.rfind(" ", lo, max(lo, start - 1)) + 1
    h = HON_RE.match(text, before, end) if before < start else None
    if h and start < h.end() < end:
        start = h.end()
    while (h := HON_RE.match(text, start, end)) and start < h.end() < end:
        start = h.end()
    raw = " ".join(text[start:end].split()).rstrip(", ")
    return start, raw


def _country_before_raw(by_end, text, pos):
    """The country mention ending right before pos, allowing a possessive "’s"."""
    probe = pos
    while probe > 0 and text[probe - 1] in " \t\u00a0":
        probe -= 1
    if text.endswith(("’s", "'s"), 0, probe):
        probe -= 2
    return by_end.get(probe)


def _country_in_title_phrase(text: str, pos: int, end: int, by_start) -> Optional[str]:
    """'Minister of Foreign Affairs, International Cooperation and … of the Republic of Gambia'."""
    stop = _PHRASE_STOP.search(text, pos, end)
    limit = stop.start() if stop else end
    for m in _OF_FOR.finditer(text, pos, limit):
        mention = by_start.get(m.end())
        if mention and mention.kind == "name":
            return mention.code
    return None


def _make_person(text, raw, title, country, start, end, title_start, limit) -> Optional[Person]:
    """A Person from a name and title, resolving country and organisation."""
    words = raw.strip().rstrip(",").split()
    while len(words) > 1 and words[-1].rstrip(".,") in _STOP_WORDS \
            and _spelling_key(" ".join(words[-3:])) not in _OFFICIAL_FULL_KEYS \
            and _spelling_key(" ".join(words[-2:])) not in _OFFICIAL_FULL_KEYS:
        end -= len(raw.rstrip()) - len(raw.rstrip()[: raw.rstrip().rfind(words[-1])].rstrip())
        raw = raw.rstrip()[: raw.rstrip().rfind(words[-1])].rstrip()
        words = words[:-1]
    raw = raw.strip().rstrip(",")
    if not raw or len(raw) < 2:
        return None
    org = _ORG_TITLE.get(title.lower()) if title else None
    if org is None and title:
        # The organisation must stand in the person's own phrase ('Director-General Ana Ruiz of the
        # WHO'), not in the clause after it ('… Jake Sullivan met today with NATO Secretary General …').
        window_end = min(limit, title_start + len(title) + 60)
        stop = _PHRASE_STOP.search(text, end, window_end)
        org = _org_prefix(text, title_start) or (_org_near(text, title_start + len(title),
                                                           stop.start() if stop else window_end)
                                                 if country is None and level_of(title) == "officials" else None)
    # (the gazetteer's holder of the title itself: "NATO's Secretary General Rasmussen" in 2009, 'President Bush')
    titled = _titled_holder_code(raw, title) if title and org is None and country is None else None
    if org is None and country is None:
        # ('Secretary-General António Guterres' -> UN)
        org = official_organization(raw) or (titled if titled in _ORGANIZATION_CODES else None)
    if org:
        country = None
    elif country is None:
        # ('Mr Wong' in a story about 'Prime Minister Lawrence Wong': the full name the text writes first)
        # (only where the family name alone is itself a key: a name the gazetteer gives no country stays so)
        full = _named_in_full(text, raw) if " " not in raw and raw in _FULL_BY_FAMILY and raw in OFFICIALS else None
        country = (official_country(full or raw) or (_named_default_country(text, title) if title else None)
                   or _japanese_order_country(raw) or titled)
    possessive = text.startswith(("’s", "'s"), end)
    if raw.endswith(("’s", "'s")):
        possessive = True
        raw = raw[:-2]
        end -= 2
    family, given, display = split_name(raw, country)
    return Person(display, family, given, title, level_of(title), country, org, start, end, possessive)


def _org_prefix(text: str, title_start: int) -> Optional[str]:
    """'EU High Representative', 'NATO Secretary General' (on the same line: a heading that ends
    '… of NATO' above 'President Biden spoke …' names no organisation of the President's)."""
    head = text[max(0, title_start - 80):title_start].rstrip(" \t\u00a0")
    # ('United Nations Senior Humanitarian and Reconstruction Coordinator for Gaza Sigrid Kaag': words
    # of the office between the organisation and its title)
    if (between := _OFFICE_WORDS.search(head)) is not None:
        head = head[:between.start()].rstrip(" \t\u00a0")
    if head.endswith(")") and (short := countries.ORGANIZATIONS.get(head[head.rfind("(") + 1:-1])):
        return short  # 'UN Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) Commissioner General'
    m = countries.ORG_RE.search(head, max(0, len(head) - 30))
    return countries.ORGANIZATIONS[m.group()] if m and m.end() == len(head) else None


_OFFICE_MODIFIERS = ("Senior", "Special", "Humanitarian", "Reconstruction", "Resident", "Regional", "Chief", "Principal",
                     "Executive")
_OFFICE_WORDS = rx.compile(r"(?<![\w-])(?:(?:" + "|".join(_OFFICE_MODIFIERS + ("Political", "Peacebuilding", "and"))
                           + r")[ \t\u00a0]+){0,4}(?:" + "|".join(_OFFICE_MODIFIERS) + r")$")


def _add_honorific_people(text, start, end, people, by_end, by_start) -> None:
    """Names led by an honorific and no title ('H.E. Dr. Park Jin')."""
    covered = [(p.start, p.end) for p in people.values()]
    for h in _HON_LEAD.finditer(text, start, end):
        pos = h.end()
        while (more := HON_RE.match(text, pos, end)):
            pos = more.end()
        if any(s <= pos < e for s, e in covered) or pos in people:
            continue
        m = _take_name(text, pos, end)
        if not m:
            continue
        raw = _trim_name(m.group())
        country = _country_after(by_start, text, m.start() + len(raw), end)
        person = _make_person(text, raw, None, country, pos, pos + len(raw), pos, end)
        if person:
            people[pos] = person
            covered.append((person.start, person.end))


def _japanese_order_country(raw: str) -> Optional[str]:
    """MOFA Japan writes Japanese names family-first in capitals ('MORI Taro'); others it writes given-first."""
    tokens = [t for t in raw.split() if not HON_RE.fullmatch(t + " ")]
    if len(tokens) >= 2 and len(tokens[0]) > 1 and tokens[0].isupper() and tokens[0].isalpha() \
            and not any(t.isupper() for t in tokens[1:]):
        return "JPN"
    return None


def _named_default_country(text: str, title: str) -> Optional[str]:
    """The title's default country ('Foreign Secretary' -> GBR), except for an office other countries
    name the same way (titles.yaml shared_offices) in a text that names one of them and never the
    default: India's Foreign Secretary is no British minister ('Singh met with … Foreign Secretary
    Harsh V. Shringla' on a trip to New Delhi)."""
    code = _DEFAULT_COUNTRY.get(title.lower())
    others = _SHARED_OFFICES.get(title.lower())
    if code is None or others is None:
        return code
    named = _countries_named_in(text)
    return None if named & others and code not in named else code


def _countries_named_in(text: str) -> frozenset:
    """Every country the text names (cached for the text being read)."""
    cached = getattr(_CACHE, "named", None)
    if cached is None or cached[0] is not text:
        cached = (text, frozenset(m.code for m in countries.find_countries(text)))
        _CACHE.named = cached
    return cached[1]


def default_country(title: str) -> Optional[str]:
    """The country an office belongs to wherever it is named ('Taoiseach' -> IRL), from titles.yaml."""
    return _DEFAULT_COUNTRY.get(title.lower())


def official_country(name: str) -> Optional[str]:
    """Country of a well-known office holder named in full or by family name; None if unknown
    (or when the office the name held at the reference date is an organisation's)."""
    # Keyed by the reference date too: the gazetteer's answer depends on who held office then.
    code = _office_holder_code(name, REFERENCE_DATE.get())
    return None if code in _ORGANIZATION_CODES else code


def official_organization(name: str) -> Optional[str]:
    """The organisation whose office a well-known person held at the reference date
    ('Guterres' -> UN, 'Stoltenberg' -> NATO); None if it was a country's or unknown."""
    code = _office_holder_code(name, REFERENCE_DATE.get())
    return code if code in _ORGANIZATION_CODES else None


@lru_cache(maxsize=8192)
def _office_holder_code(name: str, when: Optional[dt.date]) -> Optional[str]:
    """The country or organisation code of a well-known office holder, for official_country and
    official_organization (`when` is REFERENCE_DATE's value, read by _official_code: part of the cache key)."""
    tokens = _clean_tokens(name)
    tokens = [t for t in tokens if not _INITIAL.fullmatch(t)] or tokens  # 'Lloyd J. Austin III' is Lloyd Austin
    for size in (3, 2):
        for i in range(len(tokens) - size + 1):
            words = " ".join(tokens[i:i + size])
            words = words if words in _OFFICIAL_FULL else _OFFICIAL_FULL_KEYS.get(_spelling_key(words), words)
            if words in _OFFICIAL_FULL and (code := _official_code(words)):
                return code
    for token in tokens:
        token = _unpossess(token)
        if token in _OFFICIAL_FAMILY and token not in _FAMILY_FIRST_SURNAMES:
            return _official_code(token)
        if token.title() in _OFFICIAL_FAMILY and token.isupper():
            return _official_code(token.title())
        if token[:3].lower() in ("el-", "al-") and token[3:] in _OFFICIAL_FAMILY:
            return _official_code(token[3:])  # 'El-Sisi', 'Al-Sisi': the article before the family name
    return None


def _office_key(office: str) -> str:
    """What makes two names of an office the same office: every foreign minister's title is one
    office ('Foreign Secretary', 'Minister for Foreign Affairs'); other offices match by name."""
    return "foreign minister" if level_of(office) == "foreign_ministers" else office.lower().replace("-", " ")


def _holders_by_country() -> dict[str, list[tuple[str, Term]]]:
    """Country or organisation -> (name, term) of every office its people held in the gazetteer."""
    holders: dict[str, list[tuple[str, Term]]] = {}
    for name, terms in OFFICIALS.items():
        for term in terms:
            holders.setdefault(term.country, []).append((name, term))
    return holders


_HOLDERS = _holders_by_country()


def holder_of_office(code: str, title: str) -> Optional[str]:
    """The gazetteer's one holder of a country's office on the reference date ('Prime Minister' of
    GBR on 2024-06-14 -> 'Sunak'); None without a date, or when no one or more than one held it
    (no grace period here: in the weeks after a change of hands the answer would be a guess)."""
    when = REFERENCE_DATE.get()
    if when is None:
        return None
    key = _office_key(title)
    found = {name: (term.start, term.end) for name, term in _HOLDERS.get(code, ())
             if _office_key(term.office) == key and term.start <= when and (term.end is None or when < term.end)}
    # One person can be listed under two spellings ('Mark Rutte', 'Rutte'): the same term is one holder.
    if not found or len(set(found.values())) != 1:
        return None
    return max(found, key=len)


_OFFICE_OF = rx.compile(r"(?:\b(?:to|of|for) the|['’]s)[ \t\u00a0]+$")


def unnamed_titles(text: str, start: int, end: int) -> list[tuple[re.Match, Optional[str]]]:
    """Titles with no name after them in text[start:end] ('The Prime Minister met …'), each with
    the country its words give ('the Japanese Prime Minister', 'the Prime Minister of Japan',
    'the Foreign Secretary' -> GBR), or None."""
    found = []
    mentions = list(countries.find_countries(text, max(0, start - 40), end))
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    for t in TITLE_RE.finditer(text, start, end):
        of = _OF_COUNTRY_RE.match(text, t.end(), end)
        gap = None if of else _GAP.match(text, t.end(), end)
        if gap and _take_name(text, gap.end(), end):
            continue  # 'Prime Minister Sunak', 'Minister of Foreign Affairs, Wang Yi'
        if t.group()[-1] == "s" and t.group()[:-1].lower() in _TITLE_LEVEL:
            continue  # 'the Foreign Ministers': more than one office holder
        if _MODIFIER_BEFORE.search(text, max(start, t.start() - 20), t.start()) \
                or _OFFICE_OF.search(text, max(start, t.start() - 12), t.start()):
            continue  # 'former Prime Minister', 'Assistant to the President': not the office holder
        after = by_start.get(of.end()) if of and of.group().strip(", \t") in ("of", "of the") else None
        if of and of.group().strip() and after is None:
            continue  # 'Minister of State for …': a title this table does not know whole
        code = (after.code if after else None) or _country_before(by_end, text, t.start()) \
            or _DEFAULT_COUNTRY.get(t.group().lower())
        found.append((t, code))
    return found


def _full_names_by_family() -> dict[str, tuple[str, ...]]:
    """The gazetteer's names of two words or more by their family name ('Wong': 'Lawrence Wong';
    'Xi': 'Xi Jinping'), as read back when the text names one of them in full."""
    table: dict[str, list[str]] = {}
    for full in sorted(_OFFICIAL_FULL):
        code = OFFICIALS[full][0].country
        family = split_name(full, None if code in _ORGANIZATION_CODES else code)[0]
        if " " not in family and family not in _OFFICIAL_GIVEN:
            table.setdefault(family, []).append(full)
    return {family: tuple(fulls) for family, fulls in table.items()}


_FULL_BY_FAMILY = _full_names_by_family()
_BARE_NAME_RE = rx.compile(tries.first_letter_alternation([(None, sorted(set(OFFICIALS) | set(_FULL_BY_FAMILY)))], r"[\w]")
                           + r"(?![\w])")


def _named_in_full(text: str, family: str) -> Optional[str]:
    """The gazetteer's full name with this family name that the text writes, if any: 'Mr Wong' in a
    story about 'Prime Minister Lawrence Wong' is he, not the foreign minister Penny Wong."""
    for full in _FULL_BY_FAMILY.get(family, ()):
        if full in text and _official_code(full) is not None:
            return full
    return None


def _titled_holder_code(family: str, title: str) -> Optional[str]:
    """'President Bush' in 2007: the country (or organisation) of the one full name of the gazetteer with
    this family name whose office at the reference date is the title, or holds all its words ('Minister
    Cannon': Minister of Foreign Affairs). The family name alone is no key where two people share it:
    'Laura Bush' holds no office."""
    if " " in family:
        return None
    when = REFERENCE_DATE.get()
    words = set(title.lower().split())  # (the office or a shorter form of it: 'Minister Cannon', 'Secretary Rice')
    codes = {term.country for full in _FULL_BY_FAMILY.get(family, ()) for term in OFFICIALS[full]
             if words <= set(term.office.lower().split()) and when is not None and term.start <= when
             and (term.end is None or when <= term.end + _TERM_GRACE)}
    return next(iter(codes)) if len(codes) == 1 else None


def is_family_name_only(name: str) -> bool:
    """A name find_known_officials(by_family=True) finds only as the family name of a full one ('Xi')."""
    return name in _FULL_BY_FAMILY and name not in OFFICIALS


def _in_a_pair_of_names(text: str, start: int, end: int) -> bool:
    """A name hyphened to another capitalised one that is no part of the name: 'Biden-Harris'."""
    if end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper():
        return True
    if start > 1 and text[start - 1] == "-":
        before = text[max(0, start - 20):start - 1].split()[-1:] or [""]
        return before[0] in OFFICIALS
    return False


def find_known_officials(text: str, start: int, end: int, by_family: bool = False) -> list[Person]:
    """Well-known office holders named without a title ('Iwaya', 'Wang Yi'); with by_family, also
    those named by the family name alone whom the text names in full elsewhere ('Mr Xi' after
    'President Xi Jinping'): for a lead's people, where nobody else names them."""
    people = []
    for m in _BARE_NAME_RE.finditer(text, start, end):
        raw = m.group()
        full = _named_in_full(text, raw) if by_family and raw in _FULL_BY_FAMILY else None
        code = _official_code(full or raw)
        if code is None:
            continue  # the name held no office in the gazetteer at the document's date
        if text.startswith(_STREET_AFTER, m.end()):
            continue  # 'King Charles Street'
        if raw in _OFFICIAL_GIVEN and m.start() > 0 and text[m.start() - 1] == "-":
            continue  # a given name in a compound one: 'Jean-Charles'
        if _in_a_pair_of_names(text, m.start(), m.end()):
            continue  # 'the Biden-Harris Administration', 'the Yoon-Kishida summit': no one met
        org = code if code in _ORGANIZATION_CODES else None
        country = None if org else code
        family, given, display = split_name(raw, country)
        people.append(Person(display, family, given, None, None, country, org, m.start(), m.end()))
    return people
