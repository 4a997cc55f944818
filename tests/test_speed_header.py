"""The header stage's faster patterns and shortcuts find exactly what the ones they replaced found.

Each reference below is the pattern (or code) as it was before the fourth speed round; each is run
over every slice start, and many slice ends, of texts of our own with the edge cases in them
(words cut by a slice, names inside longer names, abbreviations, line breaks, non-ASCII letters).
"""
import random
import re

import pytest

from readout import countries, dates, header, participants

TEXTS = [
    "WASHINGTON, D.C. — Mr. Smith met H.E. Dr. Park Jin and H. E. Mrs. Lee in Seoul at the Iikura House. "
    "The Japanese and Papua New Guinea delegations, Guinea-Bissau's envoy, a Malibu-based U.S. official, "
    "the Niger delegation and Nigeria's minister spoke at 10:30 a.m. on the margins of the G20 Summit; the "
    "Japan-Brazil Foreign Ministers’ Strategic Dialogue, a Trilateral Summit Meeting and Leaders' Talks; "
    "that afternoon, following talks in which they agreed, Secretary of State Blinken and Wang Yi "
    "discussed ties at noon.\nAmid tension, where which and to discuss: the UN, U.N. and NATO, "
    "the European Union (EU).\n\nPresident Biden welcomed Prime Minister Kishida of Japan to the White "
    "House at midday in Washington D.C., during the visit of Amb. Tan; Dr.Jones and Ms. Ito attended "
    "(approx. 45 minutes) in Busan at 14:05 or 9.30 p.m. “Fine.” He left.",
    "İstanbul — KISHIDA Fumio, Kono and Moon Jae-in met in Tokyo, in Kyoto and at Nara; as part of "
    "the 2023 talks, amid and after them, ahead of a call, regarding Korea and concerning China. "
    "Mr.Abe, Mrs.X, Hon. Y, H.E.Z; Inthe Seoul-based Korean and South Korean and North Korean teams.",
]


def _slices(text, count=4000, seed=7):
    """Every slice start (to the end), every slice end (from the start), and random slices."""
    rng = random.Random(seed)
    pairs = [(s, len(text)) for s in range(len(text) + 1)] + [(0, e) for e in range(len(text) + 1)]
    for _ in range(count):
        s = rng.randrange(len(text) + 1)
        pairs.append((s, rng.randrange(s, len(text) + 1)))
    return pairs


def _same_matches(old: re.Pattern, new: re.Pattern, groups=()):
    for text in TEXTS:
        for s, e in _slices(text):
            want = [(m.span(), [m.group(g) for g in groups]) for m in old.finditer(text, s, e)]
            assert [(m.span(), [m.group(g) for g in groups]) for m in new.finditer(text, s, e)] == want, (text[s:e], s)


_CITIES = countries.alternation(countries.CITIES)
_ORGS = countries.alternation(countries.ORGANIZATIONS)
# The gazetteer's names and the family names of its full names ('Xi' of 'Xi Jinping').
_OFFICIALS = countries.alternation(set(participants.OFFICIALS) | set(participants._FULL_BY_FAMILY))
_OCC = (r"(?P<occ>(?:[A-Z0-9][\w'’\-]*|of|and|the|on|for|in)(?:[ \-](?:[A-Z0-9][\w'’\-]*|of|and|the|on|for|in))"
        r"{0,10})")
OLD = {
    "CITY_RE": (r"(?=[A-ZÀ-Þ])(?<![\w])(?:" + _CITIES + r")(?![\w])", countries.CITY_RE, ()),
    "ORG_RE": (r"(?=[A-ZÀ-Þ])(?<![\w])(?:" + _ORGS + r")(?![\w])", countries.ORG_RE, ()),
    "_BARE_NAME_RE": (r"(?<![\w])(?:" + _OFFICIALS + r")(?![\w])", participants._BARE_NAME_RE, ()),
    "_HON_LEAD": (r"(?=[HMDAS])(?<![\w.])(?:H\. ?E\.|Mr\.|Ms\.|Mrs\.|Dr\.|Mr |Ms |Mrs |Dr |Hon\.|Amb\.|H\.H\.|H\.R\.H\.|"
                  r"His Royal Highness|Her Royal Highness|His Highness|Her Highness|His Majesty|Her Majesty|"
                  r"Sheikha|Sheikh|Shaikha|Shaikh|Sayyida|Sayyid)[ \t\u00a0]*",
                  participants._HON_LEAD, ()),
    "_BOUNDARY": (r"[.!?][”\"’)]?(?=[ \t\u00a0]+[A-Z“\"(])|\n", header._BOUNDARY, ()),
    "_IN_PLACE": (r"\b(?:in|at)\s+(?:the\s+)?", header._IN_PLACE, ()),
    "_OCCASION": (r"\b(?:on the (?:margins|sidelines) of|on the occasion of|while attending|during|at)\s+(?:the\s+)?"
                  + _OCC, header._OCCASION, ("occ",)),
    "_CLAUSE_BREAK": (r";|:(?!\d)|\b(?:that|amid|after|ahead of|following|regarding|concerning|to discuss|to exchange|"
                      r"to congratulate|and agreed|and discussed|and exchanged|and confirmed|and shared|and expressed|and voiced|"
                      r"and reaffirmed|as part of|where|"
                      r"which|during which|in which)\b|, who\b", header._CLAUSE_BREAK, ()),
    "_MEETING_NAME": (r"(?<=\s)(?:Summit|Foreign Ministers[’']?|Ministers[’']?|Leaders[’']?|Strategic|Trilateral|"
                      r"Bilateral)(?: [A-Z][\w’']*){0,3}? "
                      r"(?:Meeting|Dialogue|Talks?|Summit|Consultations?|Conference)\b",
                      header._MEETING_NAME, ()),
}


@pytest.mark.parametrize("name", sorted(OLD))
def test_rewritten_pattern_matches_as_before(name):
    old, new, groups = OLD[name]
    _same_matches(re.compile(old), new, groups)


def test_country_scan_finds_what_country_re_finds():
    for text in TEXTS:
        for s, e in _slices(text):
            want = [(countries.NAMES[m.group("name")] if m.group("name") else countries.DEMONYMS[m.group("dem")],
                     m.start(), m.end(), "name" if m.group("name") else "demonym")
                    for m in countries.COUNTRY_RE.finditer(text, s, e)
                    if not any(text.endswith(p[:-len(m.group())], 0, m.start()) and p.endswith(" " + m.group())
                               for p in countries.RULES["not_countries"])]  # 'New Mexico' is no Mexico
            assert [tuple(c) for c in countries.find_countries(text, s, e)] == want, (text[s:e], s)


def test_find_time_from_the_first_possible_start_is_the_same():
    def old_first(text, start, end):
        m = dates.TIME_RE.search(text, start, end)
        while m and dates._STAMP_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            m = dates.TIME_RE.search(text, m.end(), end)
        return m.span() if m else None

    for text in TEXTS + ["Posted 2024 10:30 then noon", "at 0:15", "٣:٤٥ p.m. and 3:45 p.m."]:
        for s, e in _slices(text, count=1000):
            found = dates.find_time(text, s, e)
            assert ((found.start, found.end) if found else None) == old_first(text, s, e)


def test_news_words_test_agrees_with_lowering_the_head():
    for text in TEXTS + ["İİİ agreed", "ǅ talks", "ΣΣ call"]:
        limit = min(len(text), header.MEETING_WINDOW)
        low = text[:limit].lower()
        for before in range(limit + 1):
            head = text[:before].lower()
            assert header._names_news(text, before, low) == any(w in head for w in header._NEWS_WORDS)


def test_first_letter_alternation_keeps_group_order_per_letter():
    pattern = re.compile(countries.first_letter_alternation([("a", ["Niger", "Nigeria"]), ("b", ["Nigerian"])],
                                                            r"[\w.]", "[A-Z]") + r"(?![\w])")
    assert [(m.group(), m.lastgroup) for m in pattern.finditer("Nigerian Nigeria Niger xNiger .Niger")] == [
        ("Nigerian", "b_78"), ("Nigeria", "a_78"), ("Niger", "a_78")]
