"""Dates, times and durations as readouts write them; hand-written and linear-time.

Every finder returns the value with its span `[start, end)` in the text it was given.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple, Optional

from . import rx

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
}

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_GLUED_CLOCK = r"(?<=\d)(?=[01]\d:[0-5]\d|2[0-3]:[0-5]\d)"
_YEAR_END = r"(?:(?!\d)|" + _GLUED_CLOCK + r")"
DATE_RE = rx.compile(
    r"(?=[0-9JFMASONDTtYyLlW])(?<![\w/])(?:"  # (not in a URL's path: '…/presidential-actions/2021/12/22/…')
    # (the year may follow a comma with no space, 'February 22,2024', or run into a clock time with
    # none, '27 September 201920:25', as pages scraped from Russia's MID read)
    r"(?P<m1>" + _MONTH + r")\.?\s+(?P<d1>" + _DAY + r")(?![\d:])(?:(?:,\s*|\s+)(?P<y1>(?:19|20)\d\d)" + _YEAR_END + r")?"
    r"|(?P<d2>" + _DAY + r")\s+(?:of\s+)?(?P<m2>" + _MONTH + r")\.?(?:(?:,\s*|\s+)(?P<y2>(?:19|20)\d\d)" + _YEAR_END + r")?"
    # ISO dates, with a time after them on a page's stamp ('2024-03-07T10:12:44.320Z').
    r"|(?P<y3>(?:19|20)\d\d)[-./](?P<mo3>0?[1-9]|1[0-2])[-./](?P<d3>[12]\d|3[01]|0?[1-9])(?!\d)"
    r"(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    r"|(?P<mo4>0?[1-9]|1[0-2])/(?P<d4>[12]\d|3[01]|0?[1-9])/(?P<y4>(?:19|20)\d\d)(?!\d)"
    # Day first: with dots or hyphens (German, Russian, Dutch pages: '05.12.2022', '21-02-2024'),
    # and with slashes where the day cannot be a month ('22/03/2025'; '03/04/2025' is read U.S. style).
    r"|(?P<d5>[12]\d|3[01]|0?[1-9])(?P<sep5>[.\-])(?P<mo5>0?[1-9]|1[0-2])(?P=sep5)(?P<y5>(?:19|20)\d\d)(?!\d)"
    r"|(?P<d6>1[3-9]|2\d|3[01])/(?P<mo6>0?[1-9]|1[0-2])/(?P<y6>(?:19|20)\d\d)(?!\d)"
    # France Diplomatie's title stamp, day first with a two-digit year: '… Vivian Balakrishnan (27.01.25)'
    r"|(?<=\()(?P<d7>[12]\d|3[01]|0[1-9])\.(?P<mo7>0[1-9]|1[0-2])\.(?P<y7>\d\d)(?=\))"
    r"|(?P<rel>[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]his (?:morning|afternoon|evening))"
    # 'on the 7th': a day of the publication's month (or the month before), as translations of
    # Japanese news write it; not 'on the 20th anniversary'.
    r"|(?<=[Oo]n )the (?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
    r"(?! (?:anniversary|century|time|round|session|meeting|summit|edition|floor|day|year|annual)\b)"
    r"|(?:(?P<last>last)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r")(?:(?![\w])|" + _GLUED_CLOCK + r")"
)
_MONTH_FIRST_UPPER = rx.compile(r"[A-Z]")
TIME_RE = rx.compile(
    # The lookahead lets the engine skip, cheaply, every position that cannot start a time.
    # ('6:30PM', as some MOFA pages write it; 'at Noon local time')
    r"(?=[0-9nmNM])(?<![\w:.])(?:"
    r"(?P<h>1[0-2]|0?[0-9])(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>[apAP])\.?\s?[mM](?:\.|(?![\w]))"
    # (a 24-hour time may carry a redundant 'p.m.': 'commencing at 18:10 p.m.', as the Kantei once wrote)
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?![\d])(?:(?!\s?[apAP]\.?\s?[mM])|(?<=1[3-9]:\d\d|2[0-3]:\d\d)\s?p\.?\s?m\.?)"
    # 24-hour times written "1430 hrs", "14.30 hrs", and the first of "from 14.00 to 14.40 hrs".
    r"|(?P<hd>[01]\d|2[0-3])\.?(?P<mid>[0-5]\d)\s?(?:hrs|hours|h)\b\.?"
    # '14h30', as South African and French-style releases write it.
    r"|(?P<hh>[01]?\d|2[0-3])h(?P<mh>[0-5]\d)(?![\w])"
    r"|(?P<hx>[01]\d|2[0-3])\.(?P<mix>[0-5]\d)(?=\s?(?:to|until|till|-|–)\s?(?:[01]\d|2[0-3])[.:]?[0-5]\d\s?(?:hrs|hours|h)\b)"
    # 'at 12.30 today', 'from 18.00': a 24-hour time with a dot, after a preposition of time
    r"|(?:(?<=at )|(?<=from )|(?<=around )|(?<=about ))(?P<hy>[01]\d|2[0-3])\.(?P<miy>[0-5]\d)"
    r"(?![\d%]|[.,]\d|\s?(?:per|percent|million|billion|[ap]\.?\s?m))"
    r"|(?P<noon>noon|midday|Noon|Midday)(?![\w-])"
    r")"
)
_STAMP_BEFORE = rx.compile(r"(?:19|20)\d\d(?:-[01]\d-[0-3]\d)?,?[ \t]*(?:(?:at|-|–|\|)[ \t]+)?$"
                           r"|(?:Posted|Updated|Published|Modified|Issued(?: on)?)\s*:?\s*$")
# ('On 28 January 2024, at 10.00 hrs., Mr. … held talks': a sentence's date, then the meeting's time)
_ON_THE_DATE = rx.compile(r"(?<![\w-])[Oo]n (?:[A-Z][a-z]+day,? )?(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2}),? "
                          r"(?:19|20)\d\d,?[ \t]*(?:at[ \t]+)?$")
# Bounded gaps: adjacent unbounded \s* would backtrack cubically on a run of spaces.
_NOTE_RE = rx.compile(r"\s{0,4}[(\[]?\s{0,4}(?:\(\s{0,4})?(?P<note>(?:local|Japan|Tokyo|Korea|Seoul|Beijing|Washington|Eastern|GMT|JST|KST|EST|EDT|UTC)(?: standard)?(?: time)?)\b", re.I)
_NUM = r"(?:\d{1,3}(?:\.\d(?!\d))?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty(?:-five)?|fifty|sixty|ninety)"
DURATION_RE = rx.compile(
    r"(?<![\w])(?<!\d\.)(?:(?P<approx>approximately|approx\.|about|around|some|roughly|nearly|almost|over|more than|less than|just over|just under)\s+)?"
    r"(?:(?P<half1>half an hour)|(?P<hourlong>hour(?:-| )?long)"
    r"|(?P<n>" + _NUM + r")(?P<andhalf>[\s\-]{1,3}and[\s\-]{1,3}a[\s\-]{1,3}half)?[\s\-]+(?P<unit>hours?|hrs?|minutes?|mins?)"
    r"(?:(?P<half2>\s+and\s+a\s+half)|,?\s+(?:and\s+)?(?P<n2>" + _NUM + r")[\s\-]+(?:minutes?|mins?))?"
    r")(?![\w])",
    re.I,
)


class Found(NamedTuple):
    """A value found in text, with its span."""
    value: object
    start: int
    end: int
    note: Optional[str] = None


def parse_iso(value: Optional[str]) -> Optional[dt.date]:
    """The date at the start of an ISO string ('2021-01-27', '2021-01-27T10:00Z'); None if not one."""
    if not value:
        return None
    m = re.match(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)", str(value))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iter_dates(text: str, start: int = 0, end: Optional[int] = None):
    """Every date expression in text[start:end], as regex matches."""
    return DATE_RE.finditer(text, start, len(text) if end is None else end)


_WEEKDAY_GAP = rx.compile(r"[ \t\u00a0]{0,2}[,(]?[ \t\u00a0]{0,2}")


def stated_day(text: str, m: re.Match, end: int) -> re.Match:
    """For a weekday followed by its date ('Tuesday 5 March', 'Monday (22 January)', 'Tuesday,
    March 5', 'Tuesday 30/1/2024'), the date's match: it says which Tuesday; else m itself."""
    if not m.group("wd"):
        return m
    gap = _WEEKDAY_GAP.match(text, m.end(), end)
    following = DATE_RE.match(text, gap.end(), end) if gap else None
    if following and (following.group("m1") or following.group("m2") or has_year(following)):
        return following
    return m


_STYLE_WINDOW = 6000


def writes_day_first(text: str) -> bool:
    """Whether a text writes its dates day first, read when its date line is a slash date that reads
    either way: an EEAS page dated 'Brussels, 10/06/2025' writes 'on 22 April'; a U.S. page writes
    'April 22'. Undecided is U.S. style."""
    end = min(len(text), _STYLE_WINDOW)
    day_month = month_day = 0
    for m in DATE_RE.finditer(text, 0, end):
        if m.group("d2"):
            day_month += 1
        elif m.group("m1"):
            month_day += 1
        elif m.group("y6") or m.group("y5"):
            day_month += 1  # '22/03/2025', '05.12.2022'
    return day_month > month_day


def resolve_date(m: re.Match, anchor: Optional[dt.date]) -> tuple[Optional[dt.date], str]:
    """The date a DATE_RE match means, given the publication date; and why it could be None."""
    if m.group("y3"):
        return _safe_date(int(m.group("y3")), int(m.group("mo3")), int(m.group("d3"))), ""
    if m.group("y4"):  # U.S. style 03/16/2021 (a date line that reads either way: header._day_first_if_the_text_says_so)
        return _safe_date(int(m.group("y4")), int(m.group("mo4")), int(m.group("d4"))), ""
    if m.group("y5"):
        return _safe_date(int(m.group("y5")), int(m.group("mo5")), int(m.group("d5"))), ""
    if m.group("y6"):
        return _safe_date(int(m.group("y6")), int(m.group("mo6")), int(m.group("d6"))), ""
    if m.group("y7"):
        return _safe_date(2000 + int(m.group("y7")), int(m.group("mo7")), int(m.group("d7"))), ""
    if m.group("rel"):
        if anchor is None:
            return None, "a relative date with no published date"
        return anchor - dt.timedelta(days=1 if m.group("rel").lower() == "yesterday" else 0), ""
    if m.group("dom"):
        if anchor is None:
            return None, "a day of the month with no published date"
        day = int(m.group("dom"))
        if day <= anchor.day:
            return _safe_date(anchor.year, anchor.month, day), ""
        before = anchor.replace(day=1) - dt.timedelta(days=1)  # a later day: the month before
        return _safe_date(before.year, before.month, day), ""
    if m.group("wd"):
        if anchor is None:
            return None, "a weekday with no published date"
        back = (anchor.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7
        if m.group("last") and back == 0:
            back = 7
        return anchor - dt.timedelta(days=back), ""
    month_text, day_text, year_text = ((m.group("m1"), m.group("d1"), m.group("y1")) if m.group("m1")
                                       else (m.group("m2"), m.group("d2"), m.group("y2")))
    month, day = _month(month_text), _day(day_text)
    if year_text:
        return _safe_date(int(year_text), month, day), ""
    if anchor is None:
        return None, "no year in the text and no published date"
    found = _safe_date(anchor.year, month, day)
    # A meeting reported in early January may have happened in late December.
    if found and found > anchor + dt.timedelta(days=31):
        found = _safe_date(anchor.year - 1, month, day)
    return found, ""


def is_plausible_date_match(m: re.Match) -> bool:
    """False for 'May' the verb or a bare weekday-free month word without a capital."""
    month = m.group("m1") or m.group("m2")
    if month and not _MONTH_FIRST_UPPER.match(month):
        return False
    if m.group("wd") and not m.group("wd")[0].isupper():
        return False
    return True


def has_year(m: re.Match) -> bool:
    """Whether a DATE_RE match states its year."""
    return bool(m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4") or m.group("y5") or m.group("y6")
                or m.group("y7"))


def find_full_date(text: str, start: int = 0, end: Optional[int] = None) -> Optional[Found]:
    """The first date with a year in text[start:end] (a page's date line)."""
    for m in iter_dates(text, start, end):
        if has_year(m) and is_plausible_date_match(m) and not in_a_range(text, m) and not _opens_a_range(text, m):
            date, _ = resolve_date(m, None)
            if date:
                return Found(date, m.start(), m.end())
    return None


def in_a_range(text: str, m: re.Match) -> bool:
    """Whether a date is one end of a range ('from January 20, 2009 to …', '12 to 14 March 2024')."""
    return _RANGE_START.search(text, max(0, m.start() - 9), m.start()) is not None


# The first day of a range is no date line ('… published from January 20, 2009 to January 20, 2013').
_RANGE_START = rx.compile(r"\b(?:from|between)\s+$|\d\s*(?:to|-|–|until)\s*$", re.I)
_DASH = rx.compile(r"(?<![ \t])[ \t]*[-–—][ \t]*")  # (used at a date's end; the look-behind keeps a search linear)


# '… from May 19-21', 'May 19 to 21', '19–21 May': the first day of a span of days.
_DAY_SPAN_AFTER = rx.compile(r"[ \t]?(?:-|–|to|until|through)[ \t]?(?:\d{1,2}(?!\d)|[A-Z][a-z]{2,8}\.? \d{1,2}(?!\d))")


def opens_a_span_of_days(text: str, m: re.Match) -> bool:
    """Whether a date is the first day of a span ('from May 19-21', 'May 19 to May 21')."""
    return _DAY_SPAN_AFTER.match(text, m.end()) is not None


def closes_a_span_of_days(text: str, m: re.Match) -> bool:
    """Whether a date written day first is the last day of a span ('from 21 - 30 September 2010',
    '21-30 September'): the first day stands before it as a bare number."""
    return bool(m.group("d2")) and _DAY_SPAN_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None


# (searched in the few characters before a date: anchored at their end)
_DAY_SPAN_BEFORE = rx.compile(r"(?<!\d)\d{1,2}[ \t]?[-–][ \t]?$")


def _opens_a_range(text: str, m: re.Match) -> bool:
    """Whether another date with a year follows a date after a dash: '(October 1, 1949 - October 1,
    2024)' is a span of years (an anniversary's), not the day of a date line (unlike '… - 14:30')."""
    dash = _DASH.match(text, m.end())
    if dash is None:
        return False
    after = next(iter_dates(text, dash.end(), min(len(text), dash.end() + 40)), None)
    return after is not None and after.start() == dash.end() and has_year(after)


# A date in a URL's path: '/2024/09/13/', '/2024-09-13', '/20240913', or a time stamp that begins
# with one (key=20251030002158478: fourteen digits or more). Ten digits are an article number,
# not a date. The month alone ('/2025/01/') gives a year.
_URL_DATE = rx.compile(r"(?<![0-9])((?:19|20)\d\d)(?:[/_-](0?[1-9]|1[0-2])(?:[/_-](0?[1-9]|[12]\d|3[01]))?(?![0-9])"
                       r"|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{6,})?(?![0-9]))")


def date_in_url(url: Optional[str]) -> tuple[Optional[dt.date], Optional[int]]:
    """(full date, year) a URL's path states: (date, its year) for /2024/09/13/, (None, 2025) for
    /2025/01/, (None, None) when the path names no plausible date. The host is never read."""
    if not url:
        return None, None
    rest = url.split("//", 1)[-1]
    slash = rest.find("/")
    if slash == -1:
        return None, None
    year = None
    for m in _URL_DATE.finditer(rest, slash):
        month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
        found = _safe_date(int(m.group(1)), int(month), int(day)) if day else None
        if found:
            return found, found.year
        if year is None and m.group(2):
            year = int(m.group(1))  # '/2025/01/': the month and year of publication
    return None, year


def resolve_with_year(m: re.Match, year: int) -> Optional[dt.date]:
    """A month-and-day DATE_RE match ('October 10') in a given year; None for other matches."""
    month_text, day_text = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
    if not month_text:
        return None
    return _safe_date(year, _month(month_text), _day(day_text))


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def find_written_date(text: str, date: dt.date, start: int = 0, end: Optional[int] = None) -> Optional[tuple[int, int]]:
    """Span of a known date as commonly written ('May 20, 2023', '20 May 2023', '2023-05-20'); None if absent."""
    end = len(text) if end is None else end
    month = _MONTH_NAMES[date.month - 1]
    for form in (f"{month} {date.day}, {date.year}", f"{date.day} {month} {date.year}", date.isoformat(),
                 f"{date.month:02d}/{date.day:02d}/{date.year}", f"{month} {date.day} {date.year}"):
        pos = text.find(form, start, end)
        if pos != -1:
            return pos, pos + len(form)
    return None


_ASCII_DIGIT = rx.compile(r"[0-9]")


def _first_time_start(text: str, start: int, end: int) -> Optional[int]:
    """The first place in text[start:end] where TIME_RE can match; None when there is none.

    Its look-ahead lets a time start only at an ASCII digit or at 'noon' / 'midday', and the
    three are found by fast scans (a search from there finds what a search from `start` does).
    """
    digit = _ASCII_DIGIT.search(text, start, end)
    places = [p for p in (text.find("noon", start, end), text.find("midday", start, end), text.find("Noon", start, end),
                          text.find("Midday", start, end)) if p != -1]
    if digit:
        places.append(digit.start())
    return min(places) if places else None


# The rest of a line that is only a time stamp: '18:42 JST, January 13, 2025', '9:05 a.m. 20 May 2023'.
_STAMP_AFTER = rx.compile(r"[ \t]?(?:[A-Z]{2,4}[ \t]?)?,?[ \t]{1,4}(?:" + _MONTH + r"\.?[ \t]{1,4}\d{1,2},?|\d{1,2}[ \t]{1,4}"
                          + _MONTH + r"\.?,?)[ \t]{1,4}(?:19|20)\d\d[ \t]{0,4}(?:\n|\Z)")


def _is_stamp_line(text: str, m: re.Match) -> bool:
    """Whether a time starts a line that holds nothing but it, a time zone and a full date."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start:m.start()].strip() and _STAMP_AFTER.match(text, m.end()) is not None


def find_time(text: str, start: int = 0, end: Optional[int] = None) -> Optional[Found]:
    """The first clock time in text[start:end] as 'HH:MM' (24-hour), with its note."""
    end = len(text) if end is None else end
    first = _first_time_start(text, start, end)
    if first is None:
        return None
    m = TIME_RE.search(text, first, end)
    while m and ((_STAMP_BEFORE.search(text, max(0, m.start() - 14), m.start())
                  and not _ON_THE_DATE.search(text, max(0, m.start() - 40), m.start())) or _is_stamp_line(text, m)):
        # '10/26/2023 11:52 PM EDT', 'January 13, 2025, 17:20', '18:42 JST, January 13, 2025':
        # when a page was posted, not the meeting.
        m = TIME_RE.search(text, m.end(), end)
    if not m:
        return None
    if m.group("noon"):
        value = "12:00"
    elif m.group("h24"):
        value = f"{int(m.group('h24')):02d}:{m.group('mi24')}"
    elif m.group("hd"):
        value = f"{m.group('hd')}:{m.group('mid')}"
    elif m.group("hx"):
        value = f"{m.group('hx')}:{m.group('mix')}"
    elif m.group("hy"):
        value = f"{m.group('hy')}:{m.group('miy')}"
    elif m.group("hh"):
        value = f"{int(m.group('hh')):02d}:{m.group('mh')}"
    else:
        hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
        value = f"{hour:02d}:{m.group('mi') or '00'}"
    note = _NOTE_RE.match(text, m.end(), min(len(text), m.end() + 40))
    return Found(value, m.start(), m.end(), note.group("note") if note else None)


def _number(word: str) -> float:
    if word[:1].isdigit():
        return float(word) if "." in word else int(word)  # ('2.5 hours')
    return NUMBERS[word.lower()]


def find_duration(text: str, start: int = 0, end: Optional[int] = None) -> Optional[Found]:
    """The first duration in text[start:end] in minutes; note 'approximate' when hedged."""
    end = len(text) if end is None else end
    window = text[start:end].lower()
    if not any(unit in window for unit in ("minute", "hour", " hr", " min ", " mins", "-min")):
        return None  # the common case, decided without the (slower) pattern
    for m in DURATION_RE.finditer(text, start, end):
        if _AGO.match(text, m.end()):
            continue  # 'Last Updated: 3 hours ago': a page's stamp, no meeting's length
        minutes = _duration_minutes(m)
        if minutes:
            return Found(minutes, m.start(), m.end(), "approximate" if m.group("approx") else None)
    return None


_AGO = rx.compile(r"(?<!\s)\s+ago\b")  # (at the end of a duration; linear in a search)


def _duration_minutes(m: re.Match) -> Optional[int]:
    """Minutes a DURATION_RE match states."""
    if m.group("half1"):
        return 30
    if m.group("hourlong"):
        return 60  # 'The hourlong meeting', 'an hour-long call'
    n = _number(m.group("n"))
    if m.group("unit").lower().startswith("h"):
        minutes = n * 60 + (30 if m.group("andhalf") or m.group("half2") else 0)
        if m.group("n2"):
            minutes += _number(m.group("n2"))
        return round(minutes) if minutes <= _LONGEST_MEETING else None
    return round(n) if 0 < n <= _LONGEST_MEETING else None


# ('… in the past 24 hours' is no meeting's length: no talks run longer than this)
_LONGEST_MEETING = 12 * 60


def range_minutes(text: str, start: int, end: int) -> Optional[Found]:
    """Minutes between 'from 10:30 a.m. to 1:10 p.m.' (or 'between 17:50 and 18:15') in text[start:end];
    None when no range."""
    first = find_time(text, start, end)
    if not first:
        return None
    joint = re.match(r"\s*(?:\([^)]{0,40}\)\s*)?(?:to|until|till|-|–|and)\s*", text[first.end:first.end + 60])
    # ('between 17:50 and 18:15' is a range; '… at 5 p.m. and discussed …' is none)
    after_between = text[max(0, first.start - 8):first.start].endswith("between ")
    if not joint or joint.group().strip().endswith("and") and not after_between:
        return None
    second = find_time(text, first.end + joint.end(), min(end, first.end + joint.end() + 20))
    if not second or second.start != first.end + joint.end():
        return None
    h1, m1 = map(int, first.value.split(":"))
    h2, m2 = map(int, second.value.split(":"))
    minutes = (h2 * 60 + m2) - (h1 * 60 + m1)
    return Found(minutes, first.start, second.end) if 0 < minutes <= 12 * 60 else None
