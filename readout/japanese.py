"""Japanese-language readouts: meetings, header values, principals and statements.

MOFA Japan publishes every meeting in Japanese first ("本27日，午後0時55分から約20分間，河野太郎
外務大臣は，…ルトノ・マルスディ・インドネシア共和国外務大臣と外相会談を行ったところ，概要は以下の
とおりです。"), often with more detail than the English page, and some meetings only in Japanese.
The English stages find nothing in such a text (their cues, titles and sentence rules are
English), so a document whose text is Japanese goes through this module for its header and its
statements. The records are the same classes with the same character spans; the rules are data
in rules/japanese.yaml.

What it reads: the lead (the first sentence that names a meeting and says it took place), the
date (era years "令和元年", "本27日", "6月27日"), start time ("午後0時55分から"), duration
("約20分間", "約1時間半"), format, countries (pycountry's Japanese names and the aliases in the
rules), host ("訪日中の", "…を訪問中の"), principals (Japanese office holders by the family name in
kanji; foreign ones by the English name MOFA puts in brackets after the Japanese one, else in
katakana), location and occasion, and statements clause by clause with their speaker, stance
and topics. What it does not read: attendees, commitments' due dates, references.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple, Optional

from . import rx, tries
from .errors import RulesError
from .record import Commitment, Location, Meeting, Participant, Statement

# The rules (and PyYAML behind them) load on the first Japanese text: readout.clean imports this
# module for is_japanese, and reading inputs must not pay for parsing rules files.

_RULES_FILE = "japanese.yaml"
_GROUPS = ["eras", "meeting_words", "held_verbs", "future_words", "visiting_japan", "visiting_marker",
           "japanese_venues", "cities", "occasion_markers", "titles", "title_countries", "japanese_family_names",
           "foreign_names", "country_aliases", "pair_abbreviations", "all_sides", "other_side", "subject_markers",
           "stances", "clause_breaks", "quote_verbs", "light_verbs", "topics"]
_LEVELS = {"leaders", "foreign_ministers", "ministers", "vice_ministers", "officials"}
_FORMATS = {"in_person", "telephone", "video"}

# Kana, as a quick test of whether a text is Japanese at all (an English text has none).
_KANA = rx.compile(r"[\u3040-\u30ff]")
_JAPANESE_CHAR = rx.compile(r"[\u3040-\u30ff\u4e00-\u9fff\u3005]")
_SAMPLE = 2000
_COMMON_KANA = ("の", "は", "を", "に", "。")  # no Japanese page goes 2,000 characters without one


def is_japanese(text: str) -> bool:
    """Whether a text is written in Japanese: kana in its first lines, and Japanese characters
    making up at least a third of what is not space or punctuation there."""
    # An English text leaves at the first test: str.find of a character wider than any in the
    # text answers at once, and a plain scan is many times faster than a regex over the sample.
    if all(text.find(c, 0, _SAMPLE) == -1 for c in _COMMON_KANA) or _KANA.search(text, 0, _SAMPLE) is None:
        return False
    sample = text[:_SAMPLE]
    letters = sum(1 for c in sample if c.isalnum())
    return letters > 0 and len(_JAPANESE_CHAR.findall(sample)) * 3 >= letters


# ---------------------------------------------------------------------------- rules

class _Rules(NamedTuple):
    data: dict
    stances: list  # (keyword, stance), longest first
    topics: list  # (cue, topic id)
    countries: dict  # Japanese name -> alpha-3
    families: list  # kanji family names of Japanese office holders, longest first
    country_re: re.Pattern
    title_re: re.Pattern
    meeting_re: re.Pattern
    city_re: re.Pattern
    occasion_re: re.Pattern


@lru_cache(maxsize=1)
def rules() -> _Rules:
    """The rules file, validated, with its matchers built."""
    from .countries import iso_countries
    from .rules import load, require_groups

    data = require_groups(_RULES_FILE, load(_RULES_FILE), _GROUPS)
    codes = {row[0] for row in iso_countries()}
    for level in data["titles"].values():
        if level not in _LEVELS:
            raise RulesError(f"rules file {_RULES_FILE}: titles: unknown level {level!r}")
    for fmt in data["meeting_words"].values():
        if fmt not in _FORMATS:
            raise RulesError(f"rules file {_RULES_FILE}: meeting_words: unknown format {fmt!r}")
    named = ([("country_aliases", code, code) for code in data["country_aliases"]]
             + [("title_countries", key, code) for key, code in data["title_countries"].items()]
             + [(group, key, row[1]) for group in ("cities", "foreign_names") for key, row in data[group].items()])
    for group, key, code in named:
        if code not in codes:
            raise RulesError(f"rules file {_RULES_FILE}: {group}.{key}: {code!r} is not an ISO 3166 alpha-3 code")
    stance_ids, topic_ids = _vocabularies()
    for word, stance in data["stances"].items():
        if stance not in stance_ids:
            raise RulesError(f"rules file {_RULES_FILE}: stances.{word}: {stance!r} is not in stances.json")
    for topic in data["topics"]:
        if topic not in topic_ids:
            raise RulesError(f"rules file {_RULES_FILE}: topics.{topic} is not in topics.json")
    countries = _japanese_country_names(data["country_aliases"])
    return _Rules(
        data=data,
        stances=sorted(data["stances"].items(), key=lambda kv: -len(kv[0])),
        topics=[(cue, topic) for topic, cues in data["topics"].items() for cue in cues],
        countries=countries,
        families=sorted(data["japanese_family_names"], key=len, reverse=True),
        country_re=rx.compile(tries.alternation(countries)),
        title_re=rx.compile(tries.alternation(data["titles"])),
        meeting_re=rx.compile(tries.alternation(data["meeting_words"])),
        city_re=rx.compile(tries.alternation(data["cities"])),
        # The gathering's name: kanji, katakana, Latin letters and digits (a particle ends it).
        occasion_re=rx.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ\u30a0-\u30ff\u4e00-\u9fff]{2,40}(?="
                               + tries.alternation(data["occasion_markers"]) + ")"),
    )


def _vocabularies() -> tuple[set, set]:
    from .lexicon import vocabulary

    return set(vocabulary()["stances"]), set(vocabulary()["topics"])


def _japanese_country_names(aliases: dict) -> dict:
    """Japanese country names -> alpha-3: pycountry's Japanese catalogue, then the rules' aliases."""
    names: dict[str, str] = {}
    for code, name in _pycountry_japanese():
        for part in re.split(r"\s*[()（）]\s*", name):
            if len(part) >= 2:
                names.setdefault(part, code)
    for code, items in aliases.items():
        for item in items:
            names[item] = code
    return names


def _pycountry_japanese() -> list:
    """(alpha-3, Japanese name) for each country's name and official name, from pycountry's catalogue."""
    from .countries import iso_countries

    return rx.remember("japanese.pycountry", [list(row) for row in iso_countries()], _read_catalogue)


def _read_catalogue(rows) -> list:
    import gettext

    import pycountry

    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ja"])
    except OSError:  # a pycountry without its translations: the rules' aliases still work
        return []
    found = []
    for code, name, common, official in rows:
        for english in (name, common, official):
            if english:
                japanese = catalogue.gettext(english)
                if japanese != english:
                    found.append([code, japanese])
    return found


# ---------------------------------------------------------------------------- published date

_ERA_DATE = rx.compile(r"(?:(?P<era>令和|平成|昭和)(?P<eyear>元|\d{1,2})年|(?P<year>(?:19|20)\d\d)年)\s{0,2}"
                       r"(?P<month>\d{1,2})月\s*(?P<day>\d{1,2})日")


def find_date_line(text: str) -> Optional[str]:
    """The page's date line near the top ('令和元年6月27日', '2023年5月20日'), as YYYY-MM-DD."""
    for line in text[:1200].split("\n")[:25]:
        m = _ERA_DATE.search(line)
        if m and len(line.strip()) <= 40:
            found = _full_date(m)
            if found:
                return found.isoformat()
    return None


def _full_date(m: re.Match) -> Optional[dt.date]:
    if m.group("era"):
        first = rules().data["eras"][m.group("era")]
        year = first + (0 if m.group("eyear") == "元" else int(m.group("eyear")) - 1)
    else:
        year = int(m.group("year"))
    try:
        return dt.date(year, int(m.group("month")), int(m.group("day")))
    except ValueError:
        return None


# ---------------------------------------------------------------------------- header

# Gaps are bounded ({0,2}, not *): an unbounded run before a literal that may fail backtracks
# over every space of a long run at each start, which is quadratic on adversarial text.
_SENTENCE_END = rx.compile(r"[。\n]")
_DAY_ONLY = rx.compile(r"本?(?P<day>\d{1,2})日")  # '本27日' (this 27th), '27日'
_MONTH_DAY = rx.compile(r"(?P<month>\d{1,2})月\s{0,2}(?P<day>\d{1,2})日")
_TIME = rx.compile(r"(?P<ampm>午前|午後)?\s{0,2}(?P<hour>\d{1,2})時(?:\s{0,2}(?P<minute>\d{1,2})分|(?P<half>半))?(?:頃)?(?:から|より)")
_TIME_NOTE = rx.compile(r"\s{0,3}[（(](?P<note>現地時間|日本時間)")
_DURATION = rx.compile(r"(?P<approx>約|およそ)?\s{0,2}(?:(?P<hours>\d{1,2})時間(?:\s{0,2}(?P<minutes2>\d{1,2})分|(?P<half>半))?"
                       r"|(?P<minutes>\d{1,3})分(?=間|程度|ほど)|(?<=約)(?P<minutes3>\d{1,3})分)")
_KATAKANA_NAME = rx.compile(r"[\u30a0-\u30ff]+(?:・[\u30a0-\u30ff]+)*")
_KANJI_NAME = rx.compile(r"[\u4e00-\u9fff\u3005]{1,6}")
_READING_BEFORE = rx.compile(r"[（(][\u30a0-\u30ff・]{2,30}[)）]$")  # a kanji name's katakana reading
_ENGLISH_BRACKET = rx.compile(r"\s{0,3}[（(](?P<inner>[^()（）]{6,300})[)）]")


class _Person(NamedTuple):
    participant: Participant
    level: Optional[str]
    keys: tuple  # words that refer to this person later ("河野", "ルトノ", "Marsudi")


def extract_meetings(document) -> tuple[list[Meeting], list[str]]:
    """The meeting a Japanese readout reports (the first lead), with its header values and spans."""
    text = document.text or ""
    warnings: list[str] = []
    lead = _find_lead(text)
    if lead is None:
        return [], warnings
    start, end, meeting_word = lead
    spans: dict[str, list[int]] = {"countries": [start, end]}
    published = _iso(getattr(document, "published", None))
    people = _principals(text, start, end, warnings)
    countries = {p.participant.country for p in people if p.participant.country}
    countries |= _lead_countries(text, start, end)
    if len(countries) < 2:  # the page's heading names the pair: '日・インドネシア外相会談'
        countries |= _heading_pair(text, 0, start)
    fmt = rules().data["meeting_words"][meeting_word.group()]
    spans["format"] = [meeting_word.start(), meeting_word.end()]
    date = _meeting_date(text, start, end, published, spans, warnings)
    time_found = _start_time(text, start, end, spans)
    duration = _duration(text, start, end, spans)
    location = _location(text, start, end, spans)
    occasion = _occasion(text, start, end, spans)
    host = _host(text, start, end, fmt, countries, spans, location)
    levels = {p.level for p in people if p.level}
    level = (levels.pop() if len(levels) == 1 else "mixed") if levels else None
    if level:
        spans["level"] = [start, end]
    meeting = Meeting(
        date=date, start_time=time_found[0] if time_found else None,
        duration_minutes=duration[0] if duration else None, format=fmt,
        countries=tuple(sorted(countries)), host_country=host,
        participants=tuple(p.participant for p in people), statements=(), topics=(),
        title=getattr(document, "title", None),
        time_note=time_found[1] if time_found else None,
        duration_approximate=duration[1] if duration else None,
        level=level, location=location, occasion=occasion, spans=spans, region=(start, len(text)),
    )
    return [meeting], warnings


def _location(text: str, start: int, end: int, spans) -> Optional[Location]:
    """The first city of the rules' list in the lead ('大阪', 'ワシントン')."""
    m = rules().city_re.search(text, start, end)
    if not m:
        return None
    city, code = rules().data["cities"][m.group()]
    spans["location"] = [m.start(), m.end()]
    return Location(city=city, country=code, span=(m.start(), m.end()))


def _occasion(text: str, start: int, end: int, spans) -> Optional[str]:
    """The gathering the meeting was held at ('G20大阪サミット出席のため' -> 'G20大阪サミット')."""
    m = rules().occasion_re.search(text, start, end)
    if not m:
        return None
    spans["occasion"] = [m.start(), m.end()]
    return m.group()


def _iso(value) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _find_lead(text: str) -> Optional[tuple[int, int, re.Match]]:
    """(start, end, meeting word) of the first sentence that names a meeting and says it was held."""
    r = rules()
    held = r.data["held_verbs"]
    pos = 0
    while pos < len(text):
        stop = _SENTENCE_END.search(text, pos)
        end = stop.end() if stop else len(text)
        sentence = text[pos:end]
        if any(v in sentence for v in held):
            word = r.meeting_re.search(text, pos, end)
            if word:
                return pos, end, word
        pos = end
    return None


def classify(document, meetings) -> tuple[bool, str]:
    """(is_readout, kind) of a Japanese text: a readout when a held meeting was read, an
    announcement when a meeting is named only as a plan, else other."""
    if meetings:
        return True, "readout"
    return False, "announcement" if is_announcement(document.text or "") else "other"


def is_announcement(text: str) -> bool:
    """A Japanese text that names a meeting only as a plan ('…外相会談を行う予定です')."""
    r = rules()
    for line in _SENTENCE_END.split(text[:3000]):
        if r.meeting_re.search(line) and any(w in line for w in r.data["future_words"]):
            return True
    return False


def _lead_countries(text: str, start: int, end: int) -> set[str]:
    """Countries the lead names as sides: full names, and pairs of abbreviations before a meeting
    word ('日・インドネシア外相会談', '日米首脳会談'); a country after 'を訪問中' is a place."""
    return {code for code, s, e in find_countries(text, start, end)
            if not text.startswith(rules().data["visiting_marker"], e)}


def _heading_pair(text: str, start: int, end: int) -> set[str]:
    """Countries joined in a run before a meeting word in the text before the lead ('日米首脳会談')."""
    found = _country_names(text, start, end)
    return {found[i][0] for i in _joined_indexes(text, found)}


def _country_names(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(alpha-3, start, end) of every Japanese country name or abbreviation in text[start:end]."""
    r = rules()
    return [(r.countries[m.group()], m.start(), m.end()) for m in r.country_re.finditer(text, start, end)]


def find_countries(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(alpha-3, start, end) of each Japanese country name in text[start:end]; a one-character
    abbreviation ('日', '米') counts only joined to another name ('日米', '日・インドネシア')."""
    abbreviations = set(rules().data["pair_abbreviations"])
    found = _country_names(text, start, end)
    joined = _joined_indexes(text, found)
    return [f for i, f in enumerate(found) if i in joined or text[f[1]:f[2]] not in abbreviations]


def _joined_indexes(text: str, found: list) -> set[int]:
    """Indexes of the names that stand in a run of two or more ('日米', '日・インドネシア', joined
    by nothing or '・') followed by a meeting word, a title or a relationship word ('日米首脳会談',
    '日・インドネシア外相会談', '日韓関係'). One pass: each name is looked at once."""
    r = rules()
    joined: set[int] = set()
    first = 0
    for i in range(len(found) + 1):
        if i < len(found) and i > first and text[found[i - 1][2]:found[i][1]] in ("", "・"):
            continue  # the run goes on
        last = i - 1
        if last > first:
            after = text[found[last][2]:found[last][2] + 8]
            if (r.meeting_re.match(after) or r.title_re.match(after)
                    or after.startswith(("関係", "外相", "首脳", "間", "両国"))):
                joined.update(range(first, last + 1))
        first = i
    return joined


def _principals(text: str, start: int, end: int, warnings: list[str]) -> list[_Person]:
    """The people the lead names with a title: Japanese office holders, and their counterparts."""
    r = rules()
    country_spans = find_countries(text, start, end)
    people: list[_Person] = []
    for t in r.title_re.finditer(text, start, end):
        if r.meeting_re.match(text, t.end()):
            continue  # '外相会談', '日伊首脳会談': the meeting's name
        level = r.data["titles"][t.group()]
        country = _country_ending_at(country_spans, t.start(), text)
        name_end = country[1] if country else t.start()
        if text[name_end - 1:name_end] == "・":
            name_end -= 1
        code = country[0] if country else r.data["title_countries"].get(t.group())
        person = _person_before(text, max(start, name_end - 30), name_end, code, t, level, warnings,
                                country_spans)
        if person and not any(set(person.keys) & set(p.keys) for p in people):
            people.append(person)
    return people


def _country_ending_at(country_spans, pos: int, text: str) -> Optional[tuple[str, int]]:
    """(code, start) of a country name that ends right before pos ('インドネシア共和国外務大臣')."""
    for code, s, e in country_spans:
        if e == pos:
            return code, s
    return None


def _person_before(text: str, lo: int, hi: int, country: Optional[str], title: re.Match, level: str,
                   warnings: list[str], country_spans=()) -> Optional[_Person]:
    """The name that ends at hi, before a title (and a country): katakana or kanji. A country
    joined to the name by 'の' is the person's ('中国の王毅外相')."""
    reading = _READING_BEFORE.search(text, lo, hi)
    if reading:
        hi = reading.start()  # '尹錫悦（ユン・ソンニョル）大韓民国大統領': the name before its reading
    kana = rx.last_match(_KATAKANA_NAME, text, lo, hi)
    kanji = rx.last_match(_KANJI_NAME, text, lo, hi)
    name_match = kana if kana and kana.end() == hi else kanji if kanji and kanji.end() == hi else None
    if name_match is kanji and text[kanji.start() - 1:kanji.start()] == "・":
        # The last word of an office's name ('イヴェット・クーパー英国外務・英連邦・開発大臣'): the
        # person is the katakana name right before the office's country.
        before = next(((code, s) for code, s, e in country_spans if lo <= s < kanji.start() and e <= kanji.start()), None)
        kana = rx.last_match(_KATAKANA_NAME, text, lo, before[1]) if before else None
        if kana is None or kana.end() != before[1]:
            return None
        return _katakana_person(kana, country or before[0], title, level, text)
    if name_match is None:
        return None
    if country is None and text[name_match.start() - 1:name_match.start()] == "の":
        before = _country_ending_at(country_spans, name_match.start() - 1, text)
        country = before[0] if before else None
    if name_match is kanji:
        return _kanji_person(kanji, country, title, level, text, warnings)
    return _katakana_person(kana, country, title, level, text)


def _katakana_person(m: re.Match, country: Optional[str], title: re.Match, level: str, text: str) -> _Person:
    """A foreign name in katakana ('ルトノ・マルスディ'): by MOFA's bracketed English name, else by
    a well-known office holder's English family name, else its last katakana word."""
    name = m.group()
    tokens = name.split("・")
    family, given, keys, span = tokens[-1], " ".join(tokens[:-1]) or None, tuple(tokens), (m.start(), m.end())
    english = _english_name(text, title.end(), country)
    foreign = rules().data["foreign_names"]
    known = next((foreign[t] for t in reversed(tokens) if t in foreign), None)
    if english:
        name, family, given, span = english.name, english.family_name, english.given_name, english.span
        keys += (english.family_name,)
    elif known:  # 'マクロン' -> Macron (FRA), as English readouts write it
        family, country = known[0], country or known[1]
        keys += (known[0],)
    participant = Participant(name=name, family_name=family, country=country, role="principal",
                              given_name=given, title=title.group(), span=span)
    return _Person(participant, level, keys)


def _kanji_person(m: re.Match, country: Optional[str], title: re.Match, level: str, text: str,
                  warnings: list[str]) -> Optional[_Person]:
    """A name in kanji before a title: a Japanese office holder (no country named before the
    title) by the family names in the rules, else a Chinese or Korean name (family name first)."""
    name = m.group()
    families = rules().data["japanese_family_names"]
    known = rules().data["foreign_names"].get(name)
    if country is None and known:
        country = known[1]  # '習近平国家主席': a foreign office holder written in kanji
    if country in (None, "JPN"):
        known = next((k for k in rules().families if name.startswith(k)), None)
        if known is None:
            if len(name) < 2:
                return None
            warnings.append(f"participant {name}{title.group()}: family name not separated (not in the rules' "
                            f"japanese_family_names)")
            family, given, keys = name, None, (name,)
        else:
            family, given, keys = families[known], name[len(known):] or None, (known, families[known])
        participant = Participant(name=name, family_name=family, country="JPN", role="principal",
                                  given_name=given, title=title.group(), span=(m.start(), m.end()))
        return _Person(participant, level, keys)
    english = _english_name(text, title.end(), country)
    family = english.family_name if english else known[0] if known else name[0]  # '王毅' -> Wang
    participant = Participant(name=english.name if english else name, family_name=family, country=country,
                              role="principal", given_name=english.given_name if english else name[1:] or None,
                              title=title.group(), span=english.span if english else (m.start(), m.end()))
    return _Person(participant, level, (name, name[0], family))


def _english_name(text: str, pos: int, country: Optional[str]) -> Optional[Participant]:
    """The English name MOFA puts in brackets after a foreign name and title ('(H.E. Ms. Retno
    L.P. Marsudi, Minister of Foreign Affairs of the Republic of Indonesia)')."""
    from .participants import find_people

    m = _ENGLISH_BRACKET.match(text, pos)
    if not m or _JAPANESE_CHAR.search(m.group("inner")):  # (Latin letters with accents: 'Juan Ramón')
        return None
    found = find_people(text, m.start("inner"), m.end("inner"))
    if not found:
        return None
    p = found[0]
    return Participant(name=p.name, family_name=p.family_name, country=p.country or country, role="principal",
                       given_name=p.given_name, title=p.title, span=(p.start, p.end))


def _meeting_date(text, start, end, published: Optional[dt.date], spans, warnings) -> Optional[str]:
    """The lead's date: a full date, 'M月D日' in the published year, or '本27日' / '27日' in its month."""
    m = _ERA_DATE.search(text, start, end)
    if m:
        found = _full_date(m)
        if found:
            spans["date"] = [m.start(), m.end()]
            return found.isoformat()
    m = _MONTH_DAY.search(text, start, end)
    if m:
        if published is None:
            warnings.append(f"meeting date: no year in the text and no published date ({m.group()!r})")
            return None
        year = published.year - (1 if int(m.group("month")) > published.month + 1 else 0)
        found = _date_or_none(year, int(m.group("month")), int(m.group("day")))
        if found:
            spans["date"] = [m.start(), m.end()]
            return found.isoformat()
    m = _DAY_ONLY.search(text, start, end)
    if m and published is not None:
        day = int(m.group("day"))
        month_start = published.replace(day=1)
        found = _date_or_none(published.year, published.month, day)
        if found and found > published:  # '30日' read on the 2nd: last month's
            previous = month_start - dt.timedelta(days=1)
            found = _date_or_none(previous.year, previous.month, day)
        if found:
            spans["date"] = [m.start(), m.end()]
            return found.isoformat()
    return published.isoformat() if published else None


def _date_or_none(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _start_time(text, start, end, spans) -> Optional[tuple[str, Optional[str]]]:
    m = _TIME.search(text, start, end)
    if not m:
        return None
    hour = int(m.group("hour"))
    if m.group("ampm") == "午後" and hour < 12:
        hour += 12
    minute = 30 if m.group("half") else int(m.group("minute") or 0)
    if hour > 23 or minute > 59:
        return None
    spans["start_time"] = [m.start(), m.end()]
    note = _TIME_NOTE.match(text, m.end())
    return f"{hour:02d}:{minute:02d}", note.group("note") if note else None


def _duration(text, start, end, spans) -> Optional[tuple[int, bool]]:
    m = _DURATION.search(text, start, end)
    if not m:
        return None
    if m.group("hours"):
        minutes = int(m.group("hours")) * 60 + (30 if m.group("half") else int(m.group("minutes2") or 0))
    else:
        minutes = int(m.group("minutes") or m.group("minutes3"))
    spans["duration_minutes"] = [m.start(), m.end()]
    return minutes, bool(m.group("approx"))


def _host(text, start, end, fmt, countries, spans, location: Optional[Location] = None) -> Optional[str]:
    """Japan when the visitor is in Japan ('訪日中の') or a venue in Japan is named; the country
    after 'を訪問中' when a side is visiting it; the country of the meeting's city when it is one of
    the sides; None for calls and elsewhere."""
    if fmt != "in_person":
        return None
    r = rules().data
    for word in r["visiting_japan"] + r["japanese_venues"]:
        pos = text.find(word, start, end)
        if pos != -1 and "JPN" in countries:
            spans["host_country"] = [pos, pos + len(word)]
            return "JPN"
    marker = text.find(r["visiting_marker"], start, end)
    if marker != -1:
        for code, s, e in find_countries(text, max(start, marker - 30), marker):
            if e == marker and code in countries:
                spans["host_country"] = [s, e]
                return code
    if location and location.country in countries and len(countries) >= 2:
        spans["host_country"] = list(location.span)
        return location.country
    return None


# ---------------------------------------------------------------------------- statements

_MAX_QUOTED = 20  # a quotation longer than this many clauses is taken as unclosed (a typo)
_POINT = rx.compile(r"\s{0,4}(?:[(（]?\d{1,2}(?:[).）．.]|\s)|[①-⑳])\s{0,4}")
_COMMA = "，,、"


class _Clause(NamedTuple):
    start: int
    end: int
    point: Optional[int]


def attach_statements(document, meeting: Meeting) -> tuple[Meeting, list[str]]:
    """The meeting with the statements of its region (after the lead), coded, and its topics."""
    from .statements import replace_fields

    text = document.text or ""
    warnings: list[str] = []
    region_start = _lead_end(text, meeting)
    parties = tuple(meeting.countries)
    people = _speakers(text, meeting)
    statements: list[Statement] = []
    agents: tuple = parties
    open_quote: list[_Clause] = []  # clauses of a quotation not closed yet: they take its stance
    depth = 0
    for clause in _clauses(text, region_start, len(text)):
        body = text[clause.start:clause.end]
        depth = max(0, depth + body.count("「") - body.count("」"))
        if depth > 0 and len(open_quote) < _MAX_QUOTED:
            open_quote.append(clause)
            continue
        clauses, open_quote = open_quote + [clause], []
        depth = 0
        stance = _stance(text[clauses[-1].start:clauses[-1].end])
        if stance is None:
            continue
        agents = _agents(text[clauses[0].start:clauses[0].end], people, parties) or agents
        for c in clauses:
            statements.append(_statement(text, c, agents, stance, parties))
    topics = tuple(sorted({t for s in statements for t in s.topics}))
    return replace_fields(meeting, statements=tuple(statements), topics=topics), warnings


def _lead_span(text: str, meeting: Meeting) -> Optional[tuple[int, int]]:
    """The lead sentence: from the header's spans, else found again (a meeting built elsewhere)."""
    lead = meeting.spans.get("countries") if meeting.spans else None
    if lead:
        return lead[0], lead[1]
    found = _find_lead(text)
    return (found[0], found[1]) if found else None


def _lead_end(text: str, meeting: Meeting) -> int:
    lead = _lead_span(text, meeting)
    return lead[1] if lead else 0


def _clauses(text: str, start: int, end: int):
    """Clauses of the region: sentences (split at '。' and line breaks), each split again after a
    comma that ends a speech act ('…謝意を表明するとともに，', '…評価し，', '…旨述べたほか，')."""
    point = None
    pos = start
    while pos < end:
        stop = _SENTENCE_END.search(text, pos, end)
        s_end = stop.end() if stop else end
        s_start = pos
        numbered = _POINT.match(text, s_start, s_end)
        if numbered:  # '1.', '（2）', '3　', '④': the point number of the overview
            digits = "".join(ch for ch in numbered.group() if ch.isdigit())
            point = int(digits) if digits else "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".find(numbered.group().strip()) + 1
            s_start = numbered.end()
        while s_start < s_end and text[s_start] in " \u3000\n":
            s_start += 1
        if s_start < s_end:
            yield from _split_sentence(text, s_start, s_end, point)
        pos = s_end


def _split_sentence(text: str, start: int, end: int, point):
    clause_start = start
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch == "「":
            depth += 1
        elif ch == "」":
            depth = max(0, depth - 1)
        elif ch in _COMMA and depth == 0 and _ends_speech_act(text[max(clause_start, i - _CLAUSE_WINDOW):i]):
            yield _Clause(clause_start, i + 1, point)
            clause_start = i + 1
    if clause_start < end and text[clause_start:end].strip():
        yield _Clause(clause_start, end, point)


_CLAUSE_WINDOW = 200  # how far back a comma looks for the verb it ends (keeps long sentences linear)


def _ends_speech_act(before: str) -> bool:
    """Whether a comma after `before` closes a speech act: a verb ending ('し', 'とともに', 'ほか')
    after a stance word, or anything after a reported-speech verb ('」と述べ…')."""
    data = rules().data
    quote_verbs = data["quote_verbs"]
    if any(v in before for v in quote_verbs) and before.rfind("」") < max(before.rfind(v) for v in quote_verbs):
        return True
    if not before.endswith(tuple(data["clause_breaks"])):
        return False
    tail = before[-16:]
    return any(word in tail for word, _ in rules().stances)


def _stance(clause: str) -> Optional[str]:
    """The stance of a clause by the predicate that ends it (outside quotations)."""
    close = clause.rfind("」")
    predicate = clause[close + 1:] if close != -1 else clause
    quote_verbs = tuple(rules().data["quote_verbs"])
    if close != -1 and predicate.startswith(quote_verbs) or any(v in predicate for v in quote_verbs if v[0] == "旨"):
        return "explain"  # reported speech: 「…」と述べ, …したい旨述べ
    best = None  # (end, length, word, stance)
    for word, stance in rules().stances:
        pos = predicate.rfind(word)
        if pos != -1:
            key = (pos + len(word), len(word))
            if best is None or key > best[:2]:
                best = (pos + len(word), len(word), word, stance)
    if best is None:
        return None
    end, _, word, stance = best
    light = rules().data["light_verbs"]
    if word in light:  # '謝意を表明': the word before the light verb says what was expressed
        window = predicate[max(0, end - len(word) - 10):end - len(word)]
        nearest = max(((window.rfind(other) + len(other), len(other), other_stance)
                       for other, other_stance in rules().stances if other not in light and other in window),
                      default=None)
        if nearest:  # the stance word nearest the light verb ('招待に謝意を表明': appreciate)
            return nearest[2]
    return stance


def _speakers(text: str, meeting: Meeting) -> list[tuple[str, Optional[str]]]:
    """(word, country) for each way a principal is referred to later: the kanji family name
    ('河野大臣から'), each katakana name ('ルトノ外相から'), the English family name."""
    lead = _lead_span(text, meeting)
    words: list[tuple[str, Optional[str]]] = []
    if lead:
        for person in _principals(text, lead[0], lead[1], []):
            words += [(key, person.participant.country) for key in person.keys if key]
    words += [(p.family_name, p.country) for p in meeting.participants if p.family_name]
    return sorted(set(words), key=lambda w: (-len(w[0]), w[0]))


def _agents(clause: str, people, parties: tuple) -> Optional[tuple]:
    """Who makes the statement: 'both ministers', 'the other side', or a named principal before
    から / は / より near the clause's start; None when the clause names nobody (the speaker of the
    previous statement goes on: Japanese leaves the subject out)."""
    r = rules().data
    head = clause[:40]
    close = head.find("「")
    if close != -1:
        head = head[:close]
    markers = r["subject_markers"]
    for word in r["all_sides"]:
        pos = head.find(word)
        # ('両大臣は', '双方から': the subject; not '両国間の協力を…' inside what one side said)
        if pos != -1 and any(m in head[pos + len(word):pos + len(word) + 3] for m in markers):
            return parties
    for word in r["other_side"]:
        if word in head:
            others = tuple(c for c in parties if c != "JPN")
            return others or None
    for word, country in people:
        pos = head.find(word)
        if pos != -1 and country and any(m in head[pos + len(word):pos + len(word) + 8] for m in markers):
            return (country,)
    return None


def _statement(text: str, clause: _Clause, agents: tuple, stance: str, parties: tuple) -> Statement:
    body = text[clause.start:clause.end]
    end = clause.start + len(body.rstrip("，,、。 \n"))
    topics = tuple(sorted({topic for cue, topic in rules().topics if cue in body}
                          - ({"china"} if "CHN" in parties else set())))
    mentions = sorted({code for code, _, _ in find_countries(text, clause.start, end)} - set(parties))
    from .lexicon import codes_for

    plover, mode, cameo, goldstein = codes_for(stance, None) or (None, None, None, None)
    commitment = Commitment(action=text[clause.start:end], span=(clause.start, end)) if stance == "decide" else None
    return Statement(text=text[clause.start:end], span=(clause.start, end), agents=tuple(sorted(agents)),
                     stance=stance, topics=topics, point=clause.point,
                     mentions={"countries": mentions, "organizations": []}, commitment=commitment,
                     plover=plover, plover_mode=mode, cameo=cameo, goldstein=goldstein)
