"""Meeting header: date, time, duration, format, level, countries, host, place, occasion.

Find, then apply: trigger phrases from `rules/meeting_types.yaml` find the sentences that
report a meeting; each such sentence (and the text up to the next one) becomes a Meeting
whose header values are read from it, each with its span in `Meeting.spans`.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from functools import lru_cache
import threading
from dataclasses import dataclass, field
from typing import Callable, Iterator, NamedTuple, Optional, Sequence

from . import countries, dates, rx, segment, tries
from .errors import RulesError
from .participants import (REFERENCE_DATE, TITLE_RE, Person, find_known_officials, find_people, holder_of_office,
                           is_family_name_only, is_head_of_state_or_government, level_of,
                           people_after_country_possessive, split_name, unnamed_office_countries,
                           unnamed_title_country, unnamed_titles)
from .record import Location, Meeting, Participant
from .rules import load, require_groups

_RULES_FILE = "meeting_types.yaml"
_GROUPS = ["triggers", "noun_triggers", "news_triggers", "telephone", "video", "weak_telephone", "in_person",
           "host_verbs", "recalled", "plainly_recalled"]
MEETING_WINDOW = 2500
_NESTED = rx.compile(r"[+*}]\)(?:[+*]|\{\d*,\})")


def _compile_group(name: str, fragments: list) -> re.Pattern:
    """One case-insensitive alternation of a group's fragments, each checked first."""
    for fragment in fragments:
        if not isinstance(fragment, str) or _NESTED.search(fragment):
            raise RulesError(f"rules file {_RULES_FILE}: {name}: {fragment!r} is not a safe pattern")
        try:
            rx.compile(fragment)
        except re.error as exc:
            raise RulesError(f"rules file {_RULES_FILE}: {name}: {fragment!r}: {exc}") from exc
    body = "|".join(f"(?:{f})" for f in sorted(fragments, key=len, reverse=True))
    firsts: set[str] = set()
    for fragment in fragments:
        firsts |= _first_letters(fragment)
    # A first-character check lets the engine skip most positions cheaply.
    guard = "(?=[" + "".join(sorted(firsts)) + "])" if firsts and all(c.isalnum() for c in firsts) else ""
    return rx.compile(guard + r"(?<![\w])(?:" + body + r")(?![\w])", re.I)


def _first_letters(fragment: str) -> set[str]:
    """Letters a fragment can start with (both cases); {'?'} when that cannot be told simply."""
    body = re.sub(r"^\(\?<[!=][^()]*\)", "", fragment)
    if body[:1].isalnum():
        return {body[0].lower(), body[0].upper()}
    if not body.startswith("(?:"):
        return {"?"}
    depth, parts, current = 0, [], ""
    for ch in body[3:]:
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    letters: set[str] = set()
    for part in parts:
        letters |= _first_letters(part) if part else {"?"}
    return letters


def _load_patterns() -> dict[str, re.Pattern]:
    data = require_groups(_RULES_FILE, load(_RULES_FILE), _GROUPS)
    return {group: _compile_group(group, data[group]) for group in _GROUPS}


PATTERNS = _load_patterns()
# A sentence ends at [.!?] (and a closing quote or parenthesis) before spaces and a capital, an opening
# quote or parenthesis; or at a line break. Starting with a character class, the pattern lets the
# engine skip in C to the next candidate character ('[.!?][”"’)]?(?=…)|\n' was tried at every position).
# (or a full stop glued to a usual sentence opener: see segment.GLUED_OPENER)
_BOUNDARY = rx.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[”\"’)]?(?=[ \t\u00a0]+[A-Z“\"(])|" + segment.GLUED_OPENER + ")")
# ';|:|\b(?:that|amid|after|ahead of|following|on the eve of|regarding|concerning|to discuss|to exchange|to congratulate|
# and agreed|and discussed|and exchanged|and confirmed|as part of|where|which|during which|in which)\b', with the
# word-start test after each first letter (see _IN_PLACE). No word is another's prefix, so words sharing a first
# letter never match at the same place and grouping them keeps every match.
_CLAUSE_BREAK = rx.compile(r";|:(?!\d)|t(?<!\wt)(?:hat|o discuss|o exchange|o congratulate)\b|"
                           r"a(?<!\wa)(?:mid|fter|head of|nd agreed|nd discussed|nd exchanged|nd confirmed|nd shared|"
                           r"nd expressed|nd voiced|nd reaffirmed|nd they|nd both|s part of)\b|"
                           r"f(?<!\wf)ollowing\b|o(?<!\wo)n the eve of\b|r(?<!\wr)egarding\b|c(?<!\wc)oncerning\b|w(?<!\ww)(?:here|hich)\b|, who\b|"
                           # ('…, making a surprise visit to the war-torn country as Chinese leader Xi Jinping was
                           # meeting Russian President Vladimir Putin in Moscow': what else went on; '…, but did
                           # not meet President Xi Jinping')
                           r", making\b|, as\b|, but\b|"
                           # ('… held talks on Thursday in Malaysia, with Seoul urging Tokyo to show a "correct"
                           # view of history in a statement to be issued by Japanese Prime Minister Shinzo Abe')
                           r", with (?:[\w.’'-]+ ){1,3}?(?:urging|calling|saying|asking|pressing|demanding|voicing|seeking)\b|"
                           r"d(?<!\wd)uring which\b|i(?<!\wi)n which\b")
# ('who is paying a State Visit to Japan': a visit's kind is often capitalised)
_VISITING = rx.compile(r"\b(?:who (?:is|was) (?:currently |now )?(?:on an? [\w\s\-]{0,30}?)?visiting|who visited|(?:paying|paid|pays|made) (?:an? )?(?:[\w\-]+ ){0,3}?[Vv]isit to|(?:during|on the occasion of) (?:his|her|their|the) (?:[\w\-]+ ){0,3}?[Vv]isit to|on (?:an? )?(?:[\w\-]+ ){0,3}?[Vv]isit to|visiting|(?<=[a-z] )visited)\s+(?:the\s+)?")
# '\b(?:in|at)', with the word-start test after the first letter so that the engine can skip to it.
# ('outside Beijing, China', 'near Geneva': where the meeting was, too)
_IN_PLACE = rx.compile(r"(?:[Ii](?<!\w[Ii])n|a(?<!\wa)t|o(?<!\wo)utside|n(?<!\wn)ear)\s+(?:the\s+)?")
# "travelled to Kyiv …, where he met": the place of the meeting as "in Kyiv" is (looked for after those).
_TRAVELLED_TO = rx.compile(r"(?:travell?ed|went|flew|arrived|came) to\s+(?:the\s+)?")
_DATELINE = rx.compile(r"(?m)^[ \t]*(?P<city>[A-Z][A-Za-z .\-]{2,30}?)(?:,[ \t]+[A-Za-z .]{2,20})?[ \t]*[,(–—:-]")
# '\b(?:on the …|while attending|during|at)', the word-start test after each first letter (see _IN_PLACE).
_OCCASION = rx.compile(r"(?:o(?<!\wo)n the (?:margins|sidelines) of|o(?<!\wo)n the occasion of|w(?<!\ww)hile attending|"
                       r"d(?<!\wd)uring|a(?<!\wa)t)\s+(?:the\s+)?"
                       r"(?P<occ>(?:(?:[A-Z]\.){2,}|[A-Z0-9][\w'’\-]*|(?:of|and|the|on|for|in)\b)"
                       r"(?:[ \-](?:(?:[A-Z]\.){2,}|[A-Z0-9][\w'’\-]*|(?:of|and|the|on|for|in)\b)){0,10})")
_OCCASION_WORDS = rx.compile(r"(?:Summit|Meetings?|Conference|Assembly|Forum|Dialogue|Session|Week|Ceremony|Games|Expo|Talks)\b")
_NOUN_COUNTRIES = rx.compile(r"(?<![\w])(?P<chain>(?:[A-Z][\w.’']*(?: [A-Z][\w.’']*){0,3}-){1,3}[A-Z][\w.’']*(?: [A-Z][\w.’']*){0,3})")
_SIDE_NOUN = rx.compile(r"(?=[cfmldCFMLD])(?<=\s)(?:counterparts?|foreign ministers?|ministers?|leaders?|delegations?)\b", re.I)
# The object of a meeting verb ends at a purpose ('to advance …', not 'to the White House'), a
# contrast or a topic; a country after that is not a side.
# (and where the object ends and the occasion begins: 'held talks on the sidelines of a trilateral
# gathering with South Korea' names no counterpart of South Korea), or at a clause of what was said
# ('held summit talks …, with Xi reiterating Beijing's opposition to … a U.S. missile defense system').
_OBJECT_END = rx.compile(r"\b(?:to (?!the\b)[a-z]+|but|about|on (?:the )?(?:situation|issues?|efforts?)|"
                         r"and (?:discussed|reaffirmed|agreed|underscored|thanked|congratulated)|"
                         r"on the (?:sidelines|margins)|on the occasion|while attending)\b"
                         r"|, with (?:[\w’'.-]+ ){1,3}?[a-z]+ing\b")
_OBJECT_WINDOW = 200
# ('visiting Rio de Janeiro, the Federative Republic of Brazil': a city, then its country's long name)
_PLACE_BEFORE = rx.compile(r"\b(?:in|to|at|visiting)\s+(?:the\s+)?(?:[\w.\-]+,?\s+){0,3}(?:the\s+)?$", re.I)
# Linear on any input (benchmarks/bench_regex.py): a leading run of spaces, or of letters, is
# entered only at its first character (the look-behinds). Used at the end of a word or of an
# "in "/"at ", where each look-behind always holds, so the matches there are unchanged.
# ('the Australia-United Kingdom Free Trade Agreement': a treaty between the two is theirs too)
_RELATION_AFTER = rx.compile(r"(?<!\s)\s+(?:relations(?:hip)?|[Aa]lliance|ties|partnership|cooperation|summit|"
                             r"(?:[\w-]+\s+){0,3}?(?:agreement|treaty))\b", re.I)
# A city after up to three words (each ending in spaces, so the city needs no word-start test of its own),
# and 'city of' ('in the Chinese coastal city of Xiamen').
_CITY_AFTER_ADJ = rx.compile(r"(?:(?<![\w’'])[\w’']++\s++){0,3}?(?:(?:city|town|port) of\s+)?(?P<c>(?=[A-ZÀ-Þ])(?:"
                             + tries.alternation(countries.CITIES) + r")(?![\w]))")
_AWAY = rx.compile(r"\b(?:sidelines|margins|on the occasion|to attend|while attending)\b", re.I)
_CAPITAL_OF = rx.compile(r"\bin the (?P<dem>[A-Z][a-z]+) capital\b")
# "former Prime Minister X", "the late King Y", "then-Foreign Minister Z" (not "Yoon then held talks with …",
# "met late on Monday with …").
# ('former President X', 'the late Prime Minister Abe'; 'condolences on the passing of Queen Elizabeth II':
# someone mourned is at no meeting)
_FORMER = rx.compile(r"\b(?:former|the late|then-|the then)\b[^,;]*$|"
                     r"\b(?:passing|death|loss|funeral|memory|killing|assassination|murder) of\b[^,;.]{0,30}$", re.I)
_FORMER_BEFORE_TITLE = rx.compile(r"(?<![\w-])[Ff]ormer[ \t]+$")


def _former_subject(text: str, lead, p) -> bool:
    """'… former Foreign Minister HAYASHI Yoshimasa held a telephone talk with …': a former office holder
    who is the lead's subject, straight before its verb, held the meeting."""
    if p.start >= lead.trigger.start() or text[p.end:lead.trigger.start()].strip(" \t"):
        return False  # (the subject, with nothing between its name and the verb)
    before = max(lead.start, p.start - 45)
    return any(_FORMER_BEFORE_TITLE.search(text, before, t) for t in (p.start, _title_start(text, p, before)))


def _title_start(text: str, p, before: int) -> int:
    """Where the title before a person's name starts (the name's start when none is found there)."""
    found = text.rfind(p.title, before, p.start) if p.title else -1
    return found if found != -1 else p.start


# (and the day of a release or statement: 'In a release on Tuesday night, the Russian Foreign Ministry had
# said, …')
# (not past a colon or an opening quotation mark: 'According to the ministry's statement: "On May 28, a
# telephone conversation took place …"' quotes the day of the call)
_ATTRIBUTION = rx.compile(r"\b(?:[Aa]ccording to|said|says|told|announced|reported)\b[^,;:“\"]*$"
                          r"|\b(?:release|statement)\s+(?:issued\s+)?on\s+$")
_FROM_LIST = rx.compile(r"(?<!\s)\s+(?:with\s+)?(?:(?:his|her|their)\s+)?(?:[\w\-]+\s+){0,2}?(?:counterparts|ministers|leaders|officials|foreign ministers)\s+from\s+(?:the\s+)?")
_LIST_GAP = rx.compile(r",?\s*(?:and\s+|&\s+)?(?:the\s+)?")
_BETWEEN = rx.compile(r"\b(?:between|among|of)\s+(?:the\s+)?")
_ATTENDED = rx.compile(r"(?=[aijw])(?<=\s)(?:attended|were present|in attendance|accompanied by|joined by)\b")
# 'From the Japanese side, …'; '…, attended from Australia' (after the side's people)
_SIDE_OF = rx.compile(r"[Ff]rom the (?P<c>[A-Z][\w.]*(?: [A-Z][\w.]*)?) side"
                      r"|(?<=attended )from (?:the )?(?P<d>[A-Z]\w*(?: (?:of )?[A-Z]\w*){0,2})")
_FURTHER_WORDS = ("met", "held", "had", "spoke", "talked", "conferred", "received", "called", "courtesy", "meeting",
                  "chaired")
_NEWS_WORDS = ("agreed", "discuss", "affirmed", "confirmed", "reached", "pledged", "vowed", "hands", "alongside",
               "kicked", "meeting", "talks", "summit", "call", "conversation")
FURTHER_WINDOW = 4000
_FURTHER = rx.compile(r"(?:also )?(?:met|held|had|spoke|talked|conferred|called on|courtesy|chaired(?<=co-chaired) with|"
                      r"received(?! (?:a |an )?(?:briefing|update|report|letter|message|invitation|delegation)s?\b))",
                      re.I)
# '(?<=\s)(?:Summit|Foreign Ministers[’']?|Ministers[’']?|Leaders[’']?|Strategic|Trilateral|Bilateral)…' with the
# test for the space before after each first letter (see _IN_PLACE); 'Summit' and 'Strategic' never both match.
_MEETING_NAME = rx.compile(r"(?:S(?<=\sS)(?:ummit|trategic)|F(?<=\sF)oreign Ministers[’']?|M(?<=\sM)inisters[’']?|"
                           r"L(?<=\sL)eaders[’']?|T(?<=\sT)rilateral|B(?<=\sB)ilateral)"
                           r"(?: [A-Z][\w’']*){0,3}? (?:Meeting|Dialogue|Talks?|Summit|Consultations?|Conference)\b")


@dataclass
class _Lead:
    """A sentence that reports a meeting, with its trigger."""
    start: int
    end: int
    trigger: re.Match
    people: list = field(default_factory=list)


def extract_meetings(document) -> tuple[list[Meeting], list[str]]:
    """The meetings a document reports, with header values and their spans; and warnings."""
    text = document.text or ""
    warnings: list[str] = []
    anchor, anchor_warning = _anchor_date(document, text)
    # Office holders named without a country are looked up at the document's date.
    token = REFERENCE_DATE.set(anchor.date)
    try:
        return _extract_meetings(document, text, anchor, anchor_warning, warnings)
    finally:
        REFERENCE_DATE.reset(token)


def _extract_meetings(document, text, anchor, anchor_warning, warnings) -> tuple[list[Meeting], list[str]]:
    """extract_meetings once the reference date is set."""
    publisher_country = countries.resolve_publisher_country(document.url, document.publisher)
    captions = getattr(document, "captions", ()) or ()
    leads = _outside_captions(_find_leads(text, captions), captions) or _title_lead(document, text)
    if not leads:
        return [], warnings
    meetings = []
    main = None
    for i, lead in enumerate(leads[:3]):
        if i + 1 < len(leads[:3]) and _PLANNED_BEFORE.search(text, max(lead.start, lead.trigger.start() - 8),
                                                             lead.trigger.start()) \
                and not _AGREED_OR_SAID.search(text, lead.start, lead.trigger.start()):
            continue  # 'India and Pakistan will hold talks on January 13 …', then the meeting held today
        main = _build_meeting(document, text, lead, leads, i, anchor, publisher_country, warnings)
        if main is not None:
            leads = leads[i:]
            meetings.append(main)
            break
    # The lead, or the sentence right after a summary line, may say the talks were separate.
    for j in range(min(2, len(leads)) if main is not None else 0):
        if _SEPARATE.search(text, leads[j].start, leads[j].end) or (j == 0 and _told_apart(text, leads[j], main)):
            split = _separate_meetings(document, text, leads, j, main, anchor, publisher_country, warnings)
            if split and j > 0 and len(main.countries) >= 2 \
                    and _ALSO_MET.search(text, leads[j].start, leads[j].trigger.end()):
                # ('Kamikawa held a brief meeting with her South Korean counterpart … Kamikawa also met
                # separately with British Foreign Secretary David Cameron and …': more meetings, after the first)
                meetings = [main] + split
                break
            if split:
                meetings = split
                break
    else:
        if main is not None and " and " in text[leads[0].trigger.end():leads[0].end]:
            meetings = _two_verb_meetings(document, text, leads, main, anchor, publisher_country, warnings) or meetings
    further, split_off = _further_meetings(document, text, leads, main, anchor, publisher_country, warnings)
    if split_off and meetings and meetings[0] is main:
        meetings[0] = main = _without_countries(main, split_off)
    meetings.extend(m for m in further if not _told_already(m, meetings))
    if len(meetings) == 1 and meetings[0] is main:
        meetings[0] = main = _with_listed_counterparts(text, leads[0], main)
    if meetings and meetings[0] is main:
        meetings[0:1] = _one_meeting_per_demonym_counterpart(text, leads[0], main) or [main]
    if len(meetings) > 1 and meetings[0] is main and _summarises_the_others(text, leads[0], main):
        # ('held several bilateral meetings on the sidelines of the ASEAN Foreign Ministers' Retreat in
        # Langkawi': each took place where the summary says)
        meetings = [_with_place(m, main) for m in meetings[1:]]
    meetings = _regions_end_at_the_next_meeting(meetings)
    meetings = _regions_by_numbered_sections(text, meetings)
    meetings = _a_visits_account_goes_to_its_first_meeting(text, meetings)
    meetings = _the_overview_goes_to_the_meeting_that_promised_it(text, meetings)
    meetings = _a_meeting_told_in_passing_keeps_its_sentence(text, meetings)
    meetings = _the_first_meeting_told_again(text, leads, meetings)
    if meetings and anchor.date is None and any(m.date is None for m in meetings) and anchor_warning:
        warnings.append(anchor_warning)
    return meetings, warnings


_PLANNED_BEFORE = rx.compile(r"(?<![\w-])(?:will|shall)\s+$")
# (not a plan agreed in the meeting the lead reports: '… on Monday agreed that their countries will hold a summit')
_AGREED_OR_SAID = rx.compile(r"(?<![\w-])(?:agreed|decided|said|says|announced|confirmed)(?![\w-])")
_ALSO_MET = rx.compile(r"(?<![\w-])also\b")


def _the_first_meeting_told_again(text: str, leads: list[_Lead], meetings: list[Meeting]) -> list[Meeting]:
    """'Malaysian Prime Minister Mahathir … was hosted to a Welcome Ceremony by Prime Minister Lee …
    Prime Minister Mahathir called on President Halimah … Prime Minister Mahathir then had a meeting with
    Prime Minister Lee. …': the first meeting, told again after another one, goes on there (its first
    part stays its shared one)."""
    if len(meetings) < 2 or not meetings[0].region or meetings[0].shared_region is not None:
        return meetings
    first = meetings[0]
    names = {p.family_name for p in first.participants if p.role == "principal"}
    others = sorted(m.region[0] for m in meetings[1:] if m.region)
    if not others or first.region[0] >= others[0]:
        return meetings
    for lead in leads:
        if lead.start < others[0] or not _FURTHER.match(text, lead.trigger.start(), lead.end) \
                or any(m.region and m.region[0] <= lead.start < m.region[1] for m in meetings[1:]):
            continue
        people = {p.family_name for p in _principals(text, lead) if not p.possessive}
        if len(people) >= 2 and people <= names:
            end = next((start for start in others if start > lead.start), len(text))
            # (the meeting told between the two parts runs on to the first's second part)
            between = [dataclasses.replace(m, region=(m.region[0], lead.start))
                       if m.region and m.region[0] < lead.start and m.region[1] < lead.start
                       and not any(m.region[1] <= o < lead.start for o in others) else m for m in meetings[1:]]
            shared = (first.region[0], min(first.region[1], others[0]))
            return [dataclasses.replace(first, region=(lead.start, end), shared_region=shared)] + between
    return meetings


def _told_already(meeting: Meeting, meetings: list[Meeting]) -> bool:
    """Whether a meeting of the same countries with the same principals is among those found (a lead read twice)."""
    names = {p.family_name for p in meeting.participants if p.role == "principal"}
    return any(m.countries == meeting.countries
               and names == {p.family_name for p in m.participants if p.role == "principal"} for m in meetings)


# 'held a series of bilateral meetings on the sidelines of …', 'held separate meetings with his
# counterparts from Japan, Australia and New Zealand', 'met with his counterparts from New Zealand,
# the Republic of Korea and Canada': a lead that announces several meetings.
_SERIES = rx.compile(r"(?<![\w-])(?:meetings|series of|separate|several|counterparts)(?![\w-])")


def _with_listed_counterparts(text: str, lead: _Lead, main: Meeting) -> Meeting:
    """'met today with his counterparts from NATO Allies Estonia, Latvia, and Lithuania. They expressed
    …': when the text tells no meeting with each of them, it was one meeting with them all."""
    if len(main.countries) != 1:
        return main
    listed = _LISTED_COUNTERPARTS.match(text, lead.trigger.end(), lead.end)
    codes = _list_countries(text, listed.end(), lead.end) if listed else []
    if len(codes) < 2:
        return main
    return dataclasses.replace(main, countries=tuple(sorted(set(main.countries) | set(codes))))


_LISTED_COUNTERPARTS = rx.compile(r"(?<!\s)\s+(?:(?:today|yesterday|virtually)\s+)?(?:with\s+)?(?:his|her|their)\s+"
                                  r"(?:[\w-]+\s+)?counterparts\s+from\s+(?:the\s+)?(?:(?:NATO|fellow|European)\s+)?"
                                  r"(?:Allies\s+|allies\s+|partners\s+)?")


# 'met with his British, Finnish, Greek, and Bulgarian counterparts', 'held talks Wednesday with his
# German and Bolivian counterparts': the list of their countries, written as demonyms.
_DEMONYM_COUNTERPARTS = rx.compile(r"(?<![\w-])with (?:his|her) (?P<list>[A-Z][^\n.;:]{3,160}?) counterparts(?![\w-])")
# Words of a meeting they held together ('a trilateral meeting with his Japanese and Korean counterparts').
_TOGETHER = rx.compile(r"(?i)(?<![\w-])(?:trilateral|quadrilateral|multilateral|joint(?:ly)?|together|three-way|"
                       r"four-way|quad)(?![\w-])")


def _listed_demonyms(text: str, lead: _Lead) -> list[str]:
    """The countries of 'with his A, B and C counterparts' after the lead's verb, in order: two or more
    demonyms and nothing else between 'his' and 'counterparts'; none for talks held together."""
    found = _DEMONYM_COUNTERPARTS.search(text, lead.trigger.end(), lead.end)
    # (talks said to be separate are, whatever else the lead names: '… cooperation within the Quad …
    # during the two separate talks of Foreign Minister Iwaya with his Australian and Indian counterparts')
    if found is None or _TOGETHER.search(text, lead.start, lead.end) and not _SAID_SEPARATE.search(text, lead.start,
                                                                                                   lead.end):
        return []
    mentions = list(countries.find_countries(text, found.start("list"), found.end("list")))
    if len(mentions) < 2 or any(c.kind != "demonym" for c in mentions) or mentions[0].start != found.start("list") \
            or mentions[-1].end != found.end("list"):
        return []
    for before, after in zip(mentions, mentions[1:]):
        if text[before.end:after.start].strip(" ,") not in ("", "and") or before.end == after.start:
            return []  # (only commas and 'and' between them)
    return list(dict.fromkeys(c.code for c in mentions))


def _one_meeting_per_demonym_counterpart(text: str, lead: _Lead, main: Meeting) -> list[Meeting]:
    """'Fidan met with his British, Finnish, Greek, and Bulgarian counterparts … Fidan and British Foreign
    Minister David Cameron discussed …': a meeting with each, told from where the text next names that
    counterpart (or country) to where it names the next one; the lead's words are every meeting's. A
    counterpart the text tells nothing more of keeps the lead alone. Empty unless the lead lists two
    or more countries so."""
    codes = _listed_demonyms(text, lead)
    if len(codes) < 2 or not set(codes) <= set(main.countries):
        return []
    region_end = main.region[1] if main.region else len(text)
    home = [p for p in main.participants if p.country not in codes]
    starts = {}
    for code in codes:
        theirs = [p.family_name for p in main.participants if p.country == code and p.family_name]
        found = [at for at in (text.find(name, lead.end, region_end) for name in theirs) if at != -1]
        found += [c.start for c in countries.find_countries(text, lead.end, region_end) if c.code == code][:1]
        starts[code] = _sentence_bounds(text, min(found))[0] if found else None
    ends, shared = _parts_told(starts, lead, region_end)
    split = []
    for code in codes:
        begin, end = starts[code], ends[code]
        kept = tuple(home) + tuple(p for p in main.participants if p.country == code)
        sides = {p.country for p in kept if p.country} | {code}
        split.append(dataclasses.replace(
            main, participants=kept, countries=tuple(sorted(sides)),
            host_country=main.host_country if main.host_country in sides else None,
            region=(begin, end) if begin is not None else (lead.start, lead.end),
            shared_region=shared if begin is not None else None))
    # (in the order the text tells them; one it tells nothing more of last)
    return sorted(split, key=lambda m: (m.shared_region is None, m.region[0]))


def _summarises_the_others(text: str, lead: _Lead, main: Meeting) -> bool:
    """The first 'meeting' has one side only and its lead announces several meetings, which the
    text then tells one by one ('In her meeting with …'): it is their summary, not a meeting."""
    principals = [p for p in main.participants if p.role == "principal"]
    # (its one other country may be only where the subject is: '… who is visiting Vientiane, the Lao
    # People's Democratic Republic, …, held the following bilateral meetings.')
    one_side = len(set(main.countries)) <= 1 or (len({p.country for p in principals if p.country}) <= 1
                                                 and _FOLLOWING.search(text, lead.trigger.start(), lead.end) is not None)
    return (one_side and not any(p.organization for p in principals)
            and _SERIES.search(text, lead.trigger.start(), lead.end) is not None)


_FOLLOWING = rx.compile(r"(?<![\w-])(?:the following|a series of|several)(?![\w-])")


def _regions_end_at_the_next_meeting(meetings: list[Meeting]) -> list[Meeting]:
    """Each meeting's region ends where a later meeting's lead begins: 'The Secretary also met
    with Prime Minister Kishida. They reaffirmed …' belongs to that meeting, not to the first.
    (Meetings read from one lead, one per country of a list, share their region.)"""
    starts = sorted({m.region[0] for m in meetings if m.region})
    cut = []
    for m in meetings:
        later = [s for s in starts if m.region and m.region[0] < s < m.region[1]]
        cut.append(dataclasses.replace(m, region=(m.region[0], later[0])) if later else m)
    return cut


# A numbered section heading on a line of its own: '1. Japan-Argentina Foreign Ministers' Meeting',
# '2. Courtesy Call on President Fernández' (not a numbered point, which is a sentence).
_SECTION_HEADING = rx.compile(r"(?m)^[ \t]*(?P<n>[1-9])\.[ \t]+(?P<title>[^\n]{4,100}?)[ \t]*$")


def _a_visits_account_goes_to_its_first_meeting(text: str, meetings: list[Meeting]) -> list[Meeting]:
    """'Jake Sullivan met today in Bangkok with Prime Minister Srettha Thavisin. He also met with Foreign
    Minister Parnpree. Mr. Sullivan reaffirmed …': leads of one sentence each, one after the other,
    with the same countries, and then one account of the visit. The account goes with the first
    meeting, the visit's main one (the later ones keep their lead sentence), not with whichever was
    named last."""
    out = list(meetings)
    i = 0
    while i < len(out) - 1:
        j = i
        while (j + 1 < len(out) and _regions_meet(out[j], out[j + 1])
               and set(out[j].countries) == set(out[j + 1].countries) and out[j].countries
               and len(segment.split_sentences(text, out[j].region)) == 1):
            j += 1
        last = segment.split_sentences(text, out[j].region) if j > i else []
        if len(last) > 1 and not _DURING_WHICH.search(text, *last[0]):
            out[i], out[j] = _account_goes_back(out[i], out[j], last[0][1])
        i = j + 1
    return out


# 'Mr. Sullivan also met with President-elect Lula …, during which he congratulated …': a later meeting
# told with what was said in it; the sentences after go on telling it.
_DURING_WHICH = rx.compile(r",\s(?:during|in)\swhich\s")


# 'The overview of the meeting is as follows.' (one meeting's: not 'The overviews are as follows').
_OVERVIEW_OF_ONE = rx.compile(r"\b(?:[Tt]he|[Aa]n) (?:overview|summary) (?:of the [\w ]{1,30}?(?<!meetings) )?is as follows\b")


def _the_overview_goes_to_the_meeting_that_promised_it(text: str, meetings: list[Meeting]) -> list[Meeting]:
    """'… held a Foreign Ministers' Meeting with … The overview of the meeting is as follows. Prior to
    the meeting, Minister Motegi paid a courtesy call on President Widodo.' and then the numbered
    points: the points are the overview promised, the first meeting's; the courtesy call told after
    the promise keeps the rest of its paragraph."""
    out = list(meetings)
    for k in range(len(out) - 1):
        first, then = out[k], out[k + 1]
        if not _regions_meet(first, then):
            continue
        promise = _OVERVIEW_OF_ONE.search(text, first.region[0], first.region[1])
        paragraph_end = text.find("\n", then.region[0], then.region[1])
        if promise is None or paragraph_end < 0 or "\n" in text[promise.end():then.region[0]]:
            continue  # (the next meeting must be told in the promise's own paragraph)
        out[k], out[k + 1] = _account_goes_back(first, then, paragraph_end)
    return out


def _a_meeting_told_in_passing_keeps_its_sentence(text: str, meetings: list[Meeting]) -> list[Meeting]:
    """A later meeting told in passing ('… arrived in Israel from Dammam, where he held meetings with the
    Crown Prince') keeps its sentence; the account after it goes on with the meeting before it."""
    out = list(meetings)
    for k in range(1, len(out)):
        before, then = out[k - 1], out[k]
        if not _regions_meet(before, then):
            continue
        sentences = segment.split_sentences(text, then.region)
        if len(sentences) < 2 or not segment.MET_IN_PASSING.search(text, sentences[0][0], sentences[0][1]):
            continue
        out[k - 1], out[k] = _account_goes_back(before, then, sentences[0][1])
    return out


def _regions_meet(first: Meeting, then: Meeting) -> bool:
    """Whether `then`'s region starts where `first`'s ends."""
    return bool(first.region and then.region and first.region[1] == then.region[0])


def _account_goes_back(first: Meeting, then: Meeting, then_end: int) -> tuple[Meeting, Meeting]:
    """`then` keeps its region up to then_end; `first` takes it all (the account after `then`'s own
    words is `first`'s)."""
    return (dataclasses.replace(first, region=(first.region[0], then.region[1])),
            dataclasses.replace(then, region=(then.region[0], then_end)))


def _regions_by_numbered_sections(text: str, meetings: list[Meeting]) -> list[Meeting]:
    """Meetings told in one opening paragraph ('… held a Foreign Ministers' Meeting …, commencing at
    10:00 a.m. … Subsequently, … paid a courtesy call on President Fernández. The overviews are as
    follows.') and then one numbered section each: each meeting's region is its own section, in order."""
    if len(meetings) < 2 or any(m.region is None for m in meetings):
        return meetings
    start = max(m.region[0] for m in meetings)
    # (a later heading may read as a lead that tells its meeting again, where the last region ended)
    end = _before_page_footer(text, start, len(text))
    headings = [h for h in _SECTION_HEADING.finditer(text, start, end)
                if not h.group("title").rstrip().endswith((".", ":", ";", ",")) and _names_a_meeting(h.group("title"))]
    if len(headings) != len(meetings) or [int(h.group("n")) for h in headings] != list(range(1, len(meetings) + 1)):
        return meetings
    bounds = [h.start() for h in headings] + [max(end, max(m.region[1] for m in meetings))]
    return [dataclasses.replace(m, region=(bounds[k], bounds[k + 1])) for k, m in enumerate(meetings)]


def _names_a_meeting(title: str) -> bool:
    """Whether a heading names a meeting ('… Foreign Ministers' Meeting', 'Courtesy Call on …')."""
    return bool(PATTERNS["noun_triggers"].search(title)) or bool(_MEETING_NOUN.search(title))


_MEETING_NOUN = rx.compile(r"(?i)\b(?:meeting|talks?|call|summit|dialogue|consultations?|lunch|dinner|breakfast|conversation)\b")


# ---------------------------------------------------------------------------- dates

_HEAD_LIMIT = 500  # how far from the top a page's date line (and a release's own stamp) may stand


class _Anchor(NamedTuple):
    """The publication date and where the text states it (None when it comes from metadata)."""
    date: Optional[dt.date]
    span: Optional[tuple[int, int]]


def _anchor_date(document, text: str) -> tuple[_Anchor, str]:
    """The publication date: metadata first, else the page's date line near the top."""
    published = dates.parse_iso(getattr(document, "published", None))
    if published:
        return _Anchor(published, dates.find_written_date(text, published, 0, min(len(text), _HEAD_LIMIT))), ""
    found = dates.find_full_date(text, 0, min(len(text), _HEAD_LIMIT)) or _stamp_at_the_foot(text)
    if found:
        return _Anchor(_day_first_if_the_text_says_so(text, found, document), (found.start, found.end)), ""
    return _Anchor(None, None), "meeting date: no year in the text and no published date"


# 'Last Updated : 16 Oct 2023' in a page's footer, when the top has no date line.
_FOOT_STAMP = rx.compile(r"(?:Last [Uu]pdated|Last [Mm]odified|Published|Posted|Date)(?: on)?[ \t]*:?[ \t]*")
_FOOT_REACH = 600


def _stamp_at_the_foot(text: str):
    """The date of a publication stamp among the page's last lines."""
    start = max(0, len(text) - _FOOT_REACH)
    for stamp in _FOOT_STAMP.finditer(text, start):
        found = dates.find_full_date(text, stamp.end(), min(len(text), stamp.end() + 30))
        if found and found.start == stamp.end():
            return found
    return None


_EITHER_WAY = rx.compile(r"(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])/\d{4}")


def _day_first_if_the_text_says_so(text: str, found, document=None) -> dt.date:
    """A date line that reads either way ('05/12/2024') is read U.S. style unless the site is of a
    country that writes the day first (its publisher, or a ministry's name in its own language at
    the top: 'Ministero degli Affari Esteri', 'Ministério das Relações Exteriores'), or the text
    writes its dates day first ('Brussels, 10/06/2025' above 'the attack of 22 April'), or it
    writes the other reading's day ('… on December 5, during which …')."""
    value = found.value
    if not _EITHER_WAY.fullmatch(text, found.start, found.end) or value.day == value.month or value.day > 12:
        return value
    swapped = dt.date(value.year, value.day, value.month)
    if _day_first_site(document, text) or dates.writes_day_first(text):
        return swapped
    written = {(d.month, d.day) for m in dates.iter_dates(text, found.end, min(len(text), found.end + 2000))
               if (m.group("m1") or m.group("m2")) and dates.is_plausible_date_match(m)
               and (d := dates.resolve_with_year(m, value.year)) is not None}
    return swapped if (swapped.month, swapped.day) in written and (value.month, value.day) not in written else value


# Countries whose sites write numeric dates month first.
_MONTH_FIRST = frozenset(("USA", "PHL"))
_OWN_LANGUAGE_MASTHEAD = rx.compile(r"(?<![\w-])(?:Ministero|Ministério|Ministerio|Ministère|Ministerium|Ministerstwo|"
                                    r"Gobierno|Governo|Gouvernement|Bundesregierung|Publicado|Pubblicato|Publié|"
                                    r"Veröffentlicht)(?![\w-])")


def _day_first_site(document, text: str) -> bool:
    """Whether the page is a day-first country's: its publisher's country, else a masthead in a
    language whose countries all write the day first."""
    code = countries.resolve_publisher_country(getattr(document, "url", None), getattr(document, "publisher", None))
    if code:
        return code not in _MONTH_FIRST
    return _OWN_LANGUAGE_MASTHEAD.search(text, 0, min(len(text), _HEAD_LIMIT * 2)) is not None


# ---------------------------------------------------------------------------- sentences

def _sentence_bounds(text: str, pos: int, floor: int = 0) -> tuple[int, int]:
    """Start and end of the sentence around pos (abbreviation-aware; boundaries found once per text)."""
    cuts = _boundaries(text, pos)
    j = bisect.bisect_left(cuts.ends, pos)
    while j == len(cuts.ends) - 1 and cuts.limit < len(text):
        cuts = _boundaries(text, cuts.limit)  # the scanned part's last end is where the scan stopped
        j = bisect.bisect_left(cuts.ends, pos)
    i = bisect.bisect_right(cuts.starts, pos) - 1
    start = max(floor, cuts.starts[i]) if i >= 0 else floor
    end = cuts.ends[j] if j < len(cuts.ends) else len(text)
    if end < start:
        end = len(text)
    if start == end == pos < len(text):
        # (pos opens a sentence glued to the one before it, 'Parilla.During their talks': that sentence)
        return _sentence_bounds(text, pos + 1, floor)
    while start < end and text[start] in " \t\u00a0\n":
        start += 1
    return start, end


class _Cuts(NamedTuple):
    """Sentence boundaries of a text: where sentences end and where the next ones start."""
    text: str
    ends: list
    starts: list
    limit: int


_LOCAL = threading.local()
_ABBREVIATIONS = {"Mr", "Ms", "Mrs", "Dr", "Prof", "Hon", "Rt", "Amb", "St", "Jr", "Sr", "No", "Gen", "Lt", "Col", "Gov", "Sen",
                  "Rep", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "vs", "etc", "approx", "U.S", "U.K", "H.E",
                  "E", "p.m", "a.m", "U.N", "D.C", "Md", "Mohd", "Adm", "Maj", "Capt", "Brig", "Ma"}
# ('Ma.' is the Philippine abbreviation of María: 'Secretary Ma. Theresa Lazaro')
# Honorifics too long for the word read back below, with a stop typed after them: 'the Honorable. Scott Morrison'.
_LONG_TITLE_ABBREVIATIONS = (" Honorable", " Honourable")


_ENDING_ABBREVIATIONS = frozenset({"U.S", "U.K", "U.N", "D.C", "p.m", "a.m"})


def _opener_follows(text: str, dot: int) -> bool:
    """Whether a usual sentence opener ('The', 'They', 'In' …) follows the full stop at `dot`, after a space."""
    m = segment.NEXT_WORD.match(text, dot + 1) if text[dot + 1:dot + 2].isspace() else None
    return bool(m) and m.group(1) in segment.OPENERS


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` ends an abbreviation or an initial, not a sentence."""
    if text[dot] != "." or (dot > 3 and text[dot - 4:dot].isalpha() and text[dot - 4:dot].islower()
                            and text[dot - 6:dot] != "approx"):
        # a sentence ending in an ordinary word (the common case); not 'the Honorable. Scott Morrison'
        return text[dot - 4:dot] == "able" and text.endswith(_LONG_TITLE_ABBREVIATIONS, 0, dot)
    start = dot
    while start > 0 and dot - start < 8 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot]
    if word in _ABBREVIATIONS:
        # 'in Washington, D.C. The two sides …': a place's or a time's abbreviation ends the
        # sentence when a usual sentence opener follows it.
        return not (word in _ENDING_ABBREVIATIONS and _opener_follows(text, dot))
    # Initials: 'J.', 'L.P.' (but not a sentence that ends in a capitalised word).
    return bool(word) and word[0].isupper() and all(len(part) == 1 for part in word.split("."))


# A "sentence" with no boundary for this long (a list, a text without full stops) is cut at the
# first space this far past its start (within _SPACE_WINDOW), so that every sentence end lies
# within _REACH of any position in it.
_LONGEST_SENTENCE = 1000
_SPACE_WINDOW = 40
_REACH = _LONGEST_SENTENCE + 2 * _SPACE_WINDOW
_CUT_BEYOND = _LONGEST_SENTENCE + _SPACE_WINDOW  # a run longer than this between boundaries is cut


def _boundaries(text: str, pos: int = 0) -> "_Cuts":
    """Sentence boundaries of a text up to a little past pos; computed once, extended on demand.

    The boundaries are the text's own: they do not depend on which positions were asked for
    before (a sentence longer than _LONGEST_SENTENCE is cut at fixed places, see _add_cuts), and
    every position up to the scanned limit less _REACH has its sentence's real end.
    """
    cached = getattr(_LOCAL, "cuts", None)
    if cached is not None and cached.text is text and (pos + _REACH < cached.limit or cached.limit >= len(text)):
        return cached
    if cached is None or cached.text is not text:
        cached = _Cuts(text, [], [0], 0)
    limit = min(len(text), max(2 * cached.limit, pos + _REACH + 1, 800))
    ends, starts = cached.ends[:-1] if cached.limit else [], cached.starts
    for m in _BOUNDARY.finditer(text, cached.limit, limit):
        dot = m.start()
        newline = m.group() == "\n"
        if not newline and _is_abbreviation(text, dot):
            continue
        if dot - starts[-1] > _CUT_BEYOND:
            _add_cuts(text, ends, starts, dot)
        ends.append(dot if newline else dot + 1)
        starts.append(m.end())
    # Below a limit short of the text's end, only the cuts the rest of the text cannot change.
    _add_cuts(text, ends, starts, limit - _SPACE_WINDOW if limit < len(text) else limit)
    ends.append(limit)
    _LOCAL.cuts = _Cuts(text, ends, starts, limit)
    return _LOCAL.cuts


def _add_cuts(text: str, ends: list, starts: list, boundary: int) -> None:
    """Cut the sentence that starts at starts[-1] every _LONGEST_SENTENCE characters, at the
    first space there, while the next boundary is further away than that."""
    while boundary - starts[-1] > _CUT_BEYOND:
        cut = starts[-1] + _LONGEST_SENTENCE
        space = text.find(" ", cut, cut + _SPACE_WINDOW)
        ends.append(space if space != -1 else cut)
        starts.append(space + 1 if space != -1 else cut)


def _outside_captions(leads: list[_Lead], captions) -> list[_Lead]:
    """Leads that are not photo captions ("… held talks in Washington on May 28, 2024. (Yonhap)" under a
    file photo dates an earlier meeting), unless captions are all there is."""
    if not captions or not leads:
        return leads
    kept = [lead for lead in leads if not _in_caption(lead.start, captions)]
    return kept or leads


def _in_caption(pos: int, captions) -> bool:
    """Whether pos lies in one of the photo captions' spans."""
    return any(start <= pos < end for start, end in captions)


def _find_leads(text: str, captions=()) -> list[_Lead]:
    """Sentences with a verb trigger and at least one person or two countries, in order.

    The first full-sentence lead is found with every trigger; later leads (further meetings) only
    with verbs that report a meeting held, looked for by a cheap pre-filter, then confirmed by the rules.
    """
    leads: list[_Lead] = []
    limit = min(len(text), MEETING_WINDOW)
    last_end = -1
    low = _lower_keeping_offsets(text[:limit])
    # Lazily: the first full-sentence lead usually comes early, and the rest of the window is then not scanned.
    for pos in _iter_word_positions(low, TRIGGER_WORDS, 0, limit):
        m = PATTERNS["triggers"].match(text, pos, limit)
        if m is None or m.start() < last_end:
            continue
        lead = _lead_at(text, m)
        if lead and PATTERNS["plainly_recalled"].search(text, lead.start, lead.end):
            last_end = lead.end  # an earlier meeting, told as such: not the one reported
            continue
        if lead:
            leads.append(lead)
            last_end = lead.end
            if _is_full_sentence(text, lead) and not _in_caption(lead.start, captions) and not _trip_for_meetings(text, lead):
                break  # (a photo caption above the story is no first sentence: go on to the story's)
    if len(leads) > 1:
        # 'traveled to Brasilia … for meetings with the Brazilian government. Ms. Cole met with …': the
        # trip's meetings are told after it, one by one (a trip told in one sentence stays the meeting)
        leads = [lead for lead in leads if not _trip_for_meetings(text, lead)]
    if leads:
        for pos in _word_positions(low, _FURTHER_WORDS, last_end, min(limit, last_end + FURTHER_WINDOW)):
            m = PATTERNS["triggers"].match(text, pos, limit)
            if m is None or pos < last_end or (low.startswith("meeting", pos) and not _opens_its_sentence(text, m)):
                continue
            lead = _lead_at(text, m) or _country_list_lead(text, m)
            if lead:
                leads.append(lead)
                last_end = lead.end
    leads = _drop_headings(text, leads)
    told = [lead for lead in leads if not _in_caption(lead.start, captions)]
    before = told[0].start if told else min(len(text), 1600)  # (a news page's menus can fill 800)
    news = _news_lead(text, before, 0, captions) if _names_news(text, before, low) else None
    if news is None and leads and not any(_is_full_sentence(text, lead) or _runs_on(text, lead) for lead in leads):
        # Only headings report the meeting ('PM Luxon meets President Marcos in Manila'); the story's
        # first sentence says what the two agreed ('… and President Marcos agreed on Friday to …').
        news = _news_lead(text, min(len(text), leads[-1].end + 800), leads[-1].end)
        named = {p.family_name for lead in leads for p in lead.people}
        if news is not None and any(p.family_name in named for p in news.people):
            # It tells the headings' meeting again (only such a sentence): the headings above it go.
            return [news] + [lead for lead in leads if lead.start > news.start]
        news = None
    return ([news] if news else []) + leads


def _trip_for_meetings(text: str, lead: _Lead) -> bool:
    """A lead whose trigger is a trip's 'for meetings with …' (see _trigger_refused)."""
    return lead.trigger.group().lower().startswith("meetings with") \
        and _after_a_trip_for(text, lead.start, lead.trigger.start())


def _after_a_trip_for(text: str, start: int, at: int) -> bool:
    """'… traveled to Papua New Guinea, July 14-16, 2024, for ' just before `at`."""
    return _TRAVELLED_FOR.search(text, max(start, at - 120), at) is not None


def _lower_keeping_offsets(text: str) -> str:
    """text.lower(), character for character: the Turkish capital 'İ' (in 'TÜRKİYE' mastheads)
    lower-cases to two characters, which would shift every later offset of the lowered text."""
    low = text.lower()
    return low if len(low) == len(text) else text.replace("\u0130", "I").lower()


def _leading_words(fragments: list[str]) -> tuple[str, ...]:
    """The literal word each trigger fragment starts with ('held (?:a |an )?…' -> 'held')."""
    words = []
    for fragment in fragments:
        word = re.match(r"[a-z]+", fragment.lower())
        if not word:
            raise RulesError(f"rules file {_RULES_FILE}: triggers: {fragment!r} must start with a word")
        optional = fragment[word.end():word.end() + 1] in ("?", "*")
        words.append(word.group()[:-1] if optional and len(word.group()) > 1 else word.group())
    return tuple(sorted(set(words)))


# Trigger fragments start with a word: found with str.find, confirmed with the full pattern.
TRIGGER_WORDS = _leading_words(load(_RULES_FILE)["triggers"])


# A page that tells several meetings one after another: 'In her meeting with Indian External
# Affairs Minister Jaishankar, FM Retno discussed …', 'Meanwhile, at his meeting with …', 'During a separate
# meeting with Labor Minister de Camps, …' (not 'In a meeting with President Bukele, …' after a trip's 'met
# with government officials': the annotators' one visit). Only as the opening
# of a sentence: 'looked forward to meeting with him in Rome' or 'during the meeting with the
# Minister' inside a sentence tells no meeting of its own.
_IN_THE_MEETING = rx.compile(r"(?:[A-Z][a-z]+, )?(?:[Ii]n|[Aa]t|[Dd]uring) (?:his|her|their|the|a(?= (?:separate|second|subsequent|further) )) (?:[\w’'\-]+ ){0,2}?"
                             r"(?=meeting with\b)|(?=Meeting with\b)")  # (or a section heading: 'Meeting with the President of Ukraine, …')


def _opens_its_sentence(text: str, trigger: re.Match) -> bool:
    """The trigger 'meeting with' opens its sentence as 'In her meeting with …'."""
    if not trigger.group().lower().startswith("meeting"):
        return False
    start = _sentence_bounds(text, trigger.start())[0]
    m = _IN_THE_MEETING.match(text, start)
    return m is not None and m.end() == trigger.start()


def _word_positions(text: str, words: tuple[str, ...], start: int, end: int) -> list[int]:
    """Where any of the words starts at a word start in text[start:end], in order (one regex pass)."""
    return list(_iter_word_positions(text, words, start, end))


def _iter_word_positions(text: str, words: tuple[str, ...], start: int, end: int) -> Iterator[int]:
    """_word_positions, one position at a time."""
    # The full pattern checks where the word ends; 'met' and 'meeting' start at the same place.
    # A plain alternation lets the regex engine skip ahead by first letter; the word-start test is
    # done here. Words are letters only, so a match never hides a later word start.
    for m in _words_pattern(words).finditer(text, start, end):
        pos = m.start()
        if pos == 0 or not text[pos - 1].isalnum():
            yield pos


@lru_cache(maxsize=16)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    """A pattern matching any of the words (as a prefix: 'held' in 'held', 'holds')."""
    if not all(word.isalpha() for word in words):
        raise RulesError(f"rules file {_RULES_FILE}: trigger words must be letters only: {words!r}")
    return rx.compile(tries.alternation(words))


def _lead_at(text: str, m: re.Match) -> Optional[_Lead]:
    """The lead around a trigger match, when its sentence names a person or two countries."""
    start, end = _sentence_bounds(text, m.start())
    if end - start < 15:
        return None
    people = find_people(text, start, end)
    if _trigger_refused(text, m, start, end, people):
        return None
    if any(not p.possessive for p in people):
        return _Lead(start, end, m, people)
    if len({c.code for c in countries.find_countries(text, start, m.start())}) >= 2:
        return _Lead(start, end, m, people)
    # 'Japan's Takeshi Iwaya hosted China's Wang Yi …': well-known office holders of two countries
    # named without a title, one of them before the verb.
    known = find_known_officials(text, start, end, by_family=True)
    if any(k.start < m.start() for k in known) and len({k.country or k.organization for k in known}) >= 2:
        return _Lead(start, end, m, people)
    # 'German Foreign Minister met Sergey Lavrov and discussed …': an office of one country as the
    # subject, a well-known office holder of another as the object.
    if known and (offices := unnamed_title_country(text, start, m.start())) \
            and len(offices | {k.country or k.organization for k in known if k.start > m.end()}) >= 2:
        return _Lead(start, end, m, people)
    # 'The Prime Minister met his Polish counterpart in Warsaw today.': an office as the subject and
    # a country in the object.
    if text.startswith(("The ", "the "), start) and any(t.start() <= start + 4 for t, _ in unnamed_titles(text, start, m.start())) \
            and (text.find("counterpart", m.end(), min(end, m.end() + 40)) != -1
                 or TITLE_RE.search(text, m.end(), min(end, m.end() + 40)) is not None) \
            and any(not _is_place(text, c) for c in countries.find_countries(text, m.end(), end)):
        return _Lead(start, end, m, people)
    return None


# 'The bilateral meeting came at the heels of the meeting between President Duterte and President Putin
# on the sidelines of the APEC Summit': an earlier meeting the text refers to, not the one it reports.
_AN_EARLIER_ONE = rx.compile(r"(?<![\w-])(?:on|at) the heels of the $")


def _trigger_refused(text: str, m: re.Match, start: int, end: int, people: list[Person]) -> bool:
    """Triggers that report a meeting only in some sentences: 'to meet with' after a journey and
    with someone named ('to meet with government officials' is no readout's); 'talks between' not
    planned or postponed; 'convened', 'chaired', 'gathered' and 'talks between' only with people of two sides, or
    the offices of two listed countries ('convened a call with Governors and FEMA', 'chaired the
    cabinet meeting' are domestic); none
    that is denied ('has not yet received'); 'was joined by' not after a pronoun ('He was joined by …'
    names companions on a trip)."""
    word = m.group().lower()
    if _NEGATED.search(text, max(start, m.start() - 16), m.start()):
        return True  # 'Moscow has not yet received any proposals', 'the two have never met'
    if m.group().startswith(("meet ", "talk ")) and (not _TRAVELLED_TO_MEET.search(text, max(start, m.start() - 120), m.start())
                                          or not any(p.start > m.end() and not p.possessive for p in people)):
        return True
    if word.startswith(("talks between", "meeting between")) \
            and (_NOT_HELD.search(text, start, end) or _NOT_YET_HELD.search(text, max(start, m.start() - 30), m.start())
                 or _AN_EARLIER_ONE.search(text, max(start, m.start() - 30), m.start())):
        return True
    if word.startswith("talks with") and _TALKS_TO_COME.search(text, max(start, m.start() - 60), m.start()):
        # 'agreed Monday to continue their joint efforts to resume denuclearization talks with North Korea'
        return True
    if word.startswith(("talks with", "meeting")) and word.endswith(" with") \
            and _NOT_YET_HELD.search(text, max(start, m.start() - 30), m.start()):
        # '… as Trump headed for the inter-Korean border for a possible meeting with North Korean leader Kim'
        return True
    if word.startswith(("was joined", "were joined")) and (_PRONOUN_BEFORE.search(text, max(start, m.start() - 12), m.start())
                                                          or _A_DELEGATION.match(text, m.end())
                                                          or not (any(p.start > m.end() for p in people)
                                                                  or any(countries.find_countries(text, m.end(), end)))):
        # His companions on a trip: 'He was joined by … Dana Banks and … Michael Gonzales', 'Mr. Finer was
        # joined by a senior U.S. delegation from the Department of State, …', 'Senior Advisor Perez was
        # joined by Special Assistant to the President … Juan González' (no one found after it; not
        # 'The President was joined by Leaders from Argentina, …')
        return True
    if word.startswith("meetings with") and not _opens_as_during_meetings(text, start, m) \
            and not (_after_a_trip_for(text, start, m.start())
                     and not any(p.start > m.end() and not p.possessive for p in people)):
        # ('… traveled to Papua New Guinea, July 14-16, 2024, for meetings with senior Papua New Guinea
        # officials …': the trip's meetings, told there; not '… for meetings with … the incoming
        # administration of President-elect Lula', whose meetings the text tells one by one)
        return True
    if not word.startswith(_TWO_SIDED_TRIGGERS):
        return False
    sides = {p.country or p.organization for p in people} - {None}
    if len(sides) < 2:
        # ('EAM and H.E. Mr. Cho Tae-yul, Minister of Foreign Affairs of the Republic of Korea, co-chaired …':
        # an office named alone before the verb is a side)
        sides |= unnamed_title_country(text, start, m.start())
    if len(sides) < 2:
        sides |= set(_offices_of_listed_countries(text, m.start(), end))
    return len(sides) < 2


# 'the Quint national security advisors of France, Germany, Italy, and the United Kingdom', 'the
# foreign ministers of Australia and India', 'diplomatic representatives from Argentina, Canada, …',
# 'the Presidents of Kazakhstan, the Kyrgyz Republic, …', 'Ambassadors and Chiefs of Mission from Argentina,
# Austria, …': offices held in each country of a list, met together (not 'counterparts from …', met one by one).
_OFFICES_OF = rx.compile(r"(?<![\w-])(?:counterparts|ministers|leaders|national security advis[eo]rs|heads of "
                         r"(?:state|government)(?: and government)?|[Pp]residents|[Pp]rime [Mm]inisters|envoys|"
                         r"[Aa]mbassadors(?:\s(?:and\s)?[Cc]hiefs\sof\s[Mm]ission)?|"
                         r"representatives)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?")


def _offices_of_listed_countries(text: str, start: int, end: int) -> list[str]:
    """The countries (two or more) of a list whose office holders the words from `start` name first
    ('convened the Quint national security advisors of France, Germany, Italy, and the United Kingdom')."""
    if text.find(" of ", start, end) == -1 and text.find(" from ", start, end) == -1:
        return []  # (most leads: no search needed)
    offices = _OFFICES_OF.search(text, start, min(end, start + 120))
    if offices is None or _OBJECT_END.search(text, start, offices.start()):
        return []
    if " from " in offices.group() and offices.group().startswith(("counterparts", "ministers")):
        return []  # 'met with her counterparts from New Zealand and Canada': one by one, as the text then tells
    codes = _list_countries(text, offices.end(), end)
    return codes if len(codes) >= 2 else []


def _trip_sentence(text: str, lead: _Lead) -> Optional[tuple[int, int]]:
    """The sentence before the lead that tells the trip its meetings were held on ('Dr. Gordon …
    traveled to Guatemala on November 27 to meet with government officials …'), within its account."""
    found = _last(_TRAVELED_TO.finditer(text, max(0, lead.start - _TRIP_REACH), lead.start))
    return _sentence_bounds(text, found.start()) if found else None


_TRIP_REACH = 800
_TRAVELED_TO = rx.compile(r"(?<![\w-])(?:traveled|travelled|arrived|went) to (?:the )?(?=[A-Z])")  # ('… to the Dominican Republic')


def _trip_country(text: str, lead: _Lead) -> Optional[tuple[str, tuple[int, int]]]:
    """The one country the trip before the lead went to: 'traveled to Port-au-Prince, Haiti on October 16'."""
    trip = _trip_sentence(text, lead)
    if trip is None:
        return None
    went = _TRAVELED_TO.search(text, *trip)
    stop = min(trip[1], went.end() + 60)
    return _trip_place(text, went.end(), stop)


def _trip_place(text: str, start: int, stop: int) -> Optional[tuple[str, tuple[int, int]]]:
    """The one country named (or whose city is named) in text[start:stop], with the span that names it."""
    named = {c.code: (c.start, c.end) for c in countries.find_countries(text, start, stop) if c.kind == "name"}
    if not named:
        city = countries.CITY_RE.match(text, start, stop)
        code = countries.resolve_city(city.group()) if city else None
        named = {code: city.span()} if code else {}
    return next(iter(named.items())) if len(named) == 1 else None


def _counterparts_of_the_trip(text: str, lead: _Lead, principals: list[Person], there: str) -> list[Person]:
    """'During separate meetings with … Prime Minister Garry Conille, Mr. Finer expressed …' after 'Mr. Finer
    traveled to Port-au-Prince, Haiti …': the titled people the meetings were with, named without a
    country, are of the country the trip went to, `there` (the publisher's own side is the one who travelled)."""
    return [dataclasses.replace(p, country=there)
            if p.start > lead.trigger.end() and p.title and not (p.country or p.organization) and not p.possessive
            and not _VERB_AFTER_SUBJECT.match(text, p.end) else p
            for p in principals]


# The subject after the opening phrase, then its verb: 'During their meeting with President Pena, Senior
# Advisor Reed reiterated …' (Reed travelled; he is no counterpart).
_VERB_AFTER_SUBJECT = rx.compile(r"(?<!\s)\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|s)\b")


def _opens_as_during_meetings(text: str, start: int, m: re.Match) -> bool:
    """'During separate meetings with …, Mr. Finer expressed …': the meetings open the sentence."""
    opener = _DURING_MEETINGS.match(text, start)
    return opener is not None and opener.end() == m.start()


_DURING_MEETINGS = rx.compile(r"(?:[Dd]uring|[Ii]n) (?:(?:his|her|their) )?(?:separate )?")
_TWO_SIDED_TRIGGERS = ("convened", "chaired", "gathered", "talks between", "meeting between")
_A_DELEGATION = rx.compile(r" (?:a|an|his|her|their) (?:[\w.’'-]+ ){0,3}?(?:delegation|team)(?![\w-])")
_PRONOUN_BEFORE = rx.compile(r"(?<![\w-])(?:He|She|They|he|she|they) $")
_NEGATED = rx.compile(r"(?<![\w-])(?:not|never|n[’']t)(?: yet| once| previously)? $")
_NOT_HELD = rx.compile(r"(?<![\w-])(?:[Pp]lanned|[Pp]roposed|[Pp]ossible|[Uu]pcoming|[Ss]cheduled|[Ee]xpected|"
                       r"postponed|cancell?ed|called off|put off|delayed)(?![\w-])")
# Talks still to be had: 'to resume denuclearization talks with', 'the resumption of talks with' (not 'to
# hold talks with', 'to begin two days of talks with': the trip's own meeting).
_TALKS_TO_COME = rx.compile(r"(?<![\w-])(?:(?:to|toward|towards) (?:resume|resuming|restart|restarting|reopen|revive|"
                            r"reviving|return to|returning to|pursue)|resumption of|"
                            r"return to)(?: [\w’'-]+){0,3} $")
_NOT_YET_HELD = rx.compile(r"(?<![\w-])(?:possible|potential|planned|proposed|prospective|upcoming|future|eventual|"
                           r"expected|scheduled)(?: [\w’'-]+)? $")
_TRAVELLED_FOR = rx.compile(r"(?<![\w-])(?:traveled|travelled|went|flew|arrived)\b[^.;\n]{0,100} for $")
# ('… traveled to New Delhi today to meet with …'; 'Secretary Yasay is in Moscow to talk to Russian Foreign
# Minister Sergey Lavrov')
_TRAVELLED_TO_MEET = rx.compile(r"(?<![\w-])(?:(?:traveled|travelled|went|flew|arrived|came)\b[^.;\n]{0,100}"
                                r"|(?:is|was|are|were) (?:now )?in (?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+) to $")


def _country_list_lead(text: str, m: re.Match) -> Optional[_Lead]:
    """'met with foreign ministers from Finland, Belgium and Sweden': a lead for one meeting per country."""
    start, end = _sentence_bounds(text, m.start())
    group = _FROM_LIST.match(text, m.end(), end)
    if group and len(_list_countries(text, group.end(), end)) >= 2:
        return _Lead(start, end, m, find_people(text, start, end))
    return None


def _list_countries(text: str, start: int, end: int) -> list[str]:
    """Countries named one after another ('Finland, Czech Republic, Belgium, and Sweden') from start."""
    codes: list[str] = []
    pos = start
    for mention in countries.find_countries(text, start, end):
        gap = text[pos:mention.start]
        if codes and not _LIST_GAP.fullmatch(gap) or not codes and gap.strip():
            break
        if mention.kind == "name" and mention.code not in codes:
            codes.append(mention.code)
        pos = mention.end
    return codes


def _is_full_sentence(text: str, lead: _Lead) -> bool:
    """A lead that ends like a sentence (not a heading or a caption, nor a heading line that ends
    in a name's 'Jr.': '… Meeting With Philippine Secretary of National Defense Gilberto Teodoro Jr.')."""
    if lead.end - lead.start > 200:
        return True
    last = text[lead.end - 1:lead.end]
    if last == "." and text[lead.end - 3:lead.end] in ("Jr.", "Sr.") and text.startswith("\n", lead.end):
        return False
    return last in (".", "!", "?", "”", '"')


def _names_news(text: str, before: int, low: str) -> bool:
    """Whether text[:before] has a word of a news lead (the cheap test before the patterns run).

    `low` is the lower-cased top of the text: when lower-casing kept its length, each character
    maps to one, so its first `before` characters hold the same ASCII words as text[:before].lower().
    """
    if len(low) == min(len(text), MEETING_WINDOW):
        return any(low.find(word, 0, before) != -1 for word in _NEWS_WORDS)
    head = text[:before].lower()
    return any(word in head for word in _NEWS_WORDS)


_RUNS_ON = rx.compile(r"(?<![\w-])(?:of|with|and|the|to|in|on|for|a|an|about|by|at|from|his|her|their)$")


def _runs_on(text: str, lead: _Lead) -> bool:
    """A 'heading' that is the first line of a sentence broken over lines ('… with President Zelenskyy of')."""
    return _RUNS_ON.search(text, max(lead.start, lead.end - 8), lead.end) is not None


def _news_lead(text: str, before: int, after: int = 0, captions=()) -> Optional[_Lead]:
    """A news sentence before the first verb lead that names people of two countries ('X and Y agreed'),
    not in a photo caption."""
    for m in PATTERNS["news_triggers"].finditer(text, after, before):
        if _in_caption(m.start(), captions):
            continue
        start, end = _sentence_bounds(text, m.start())
        if text[end - 1:end] not in (".", "”", '"') and end - start < 200:
            continue
        people = _news_people(text, start, end)
        sides = {p.country or p.organization for p in people} - {None}
        if m.start() == start and " their " in m.group() and len(sides) < 2 \
                and (before := _previous_sentence(text, start, 400)):
            # '… at the invitation of Cuban Foreign Minister Bruno Rodriguez Parilla. During their talks on May
            # 20, the two ministers …': 'their' are the people the sentence before names; both are the lead
            start = before[0]
            people = _news_people(text, start, end)
        # "Russia's war in Ukraine, they confirmed": possessives and places are no subject.
        subject = {c.code for c in countries.find_countries(text, start, m.start())
                   if not text.startswith(("’s", "'s"), c.end) and not _is_place(text, c)}
        # (an organisation's official is a side too: 'Trump … after a phone call with European
        # Commission President Ursula von der Leyen')
        if len({p.country or p.organization for p in people} - {None}) >= 2 or len(subject) >= 2:
            return _Lead(start, end, m, sorted(people, key=lambda p: p.start))
    return None


def _news_people(text: str, start: int, end: int) -> list[Person]:
    """The people a news sentence names: titled ones, and well-known office holders named without a title."""
    people = [p for p in find_people(text, start, end) if not p.possessive]
    return people + [p for p in find_known_officials(text, start, end)
                     if not any(q.start <= p.start < q.end or _an_alias_after(text, q, p) for q in people)]


_SENTENCE_START = rx.compile(r"(?=\S)")


def _title_lead(document, text: str) -> list[_Lead]:
    """When only the title reports the meeting ('Readout of … Call with …'), the first sentence naming people."""
    title = document.title or ""
    if not (PATTERNS["triggers"].search(title) or PATTERNS["noun_triggers"].search(title)
            or PATTERNS["telephone"].search(title)):
        return []
    pos = 0
    limit = min(len(text), 1500)
    for _ in range(4):
        if pos >= limit:
            break
        start, end = _sentence_bounds(text, pos)
        people = [p for p in find_people(text, start, end) if not p.possessive]
        if len(people) >= 2 or len({p.country for p in people if p.country}) >= 1 and end - start > 40:
            return [_Lead(start, end, _SENTENCE_START.match(text, start), people)]
        pos = end + 1
    return []


def _drop_headings(text: str, leads: list[_Lead]) -> list[_Lead]:
    """Headings and captions above the first full sentence do not start a meeting."""
    for i, lead in enumerate(leads):
        if _is_full_sentence(text, lead):
            return leads[i:]
    return leads


# ---------------------------------------------------------------------------- one meeting

def _build_meeting(document, text, lead: _Lead, leads, index, anchor, publisher_country, warnings,
                   principals: Optional[list[Person]] = None, region_end: Optional[int] = None) -> Optional[Meeting]:
    """A Meeting from its lead sentence and the text that follows it."""
    spans: dict[str, list[int]] = {}
    region_end = region_end or _region_end(text, leads, index)
    region_end = _before_page_footer(text, lead.end, region_end, [x.start for x in leads[index + 1:] if x.start < region_end])
    if principals is None:
        principals = _principals(text, lead)
        principals = _with_pronoun_subject(text, lead, principals, warnings)
        principals = _with_first_person_subject(text, lead, principals, warnings)
        principals = _with_family_name_subject(text, lead, principals, warnings)
        principals = _the_other_of_the_two(text, lead, principals, warnings)
        if not principals:
            principals = _principals_told_next(text, lead, leads, index)
    trip = _trip_country(text, lead) if _opens_as_during_meetings(text, lead.start, lead.trigger) else None
    if trip is not None and trip[0] == publisher_country:
        trip = None
    if trip is not None:
        principals = _counterparts_of_the_trip(text, lead, principals, trip[0])
    sides = _side_countries(text, lead, principals)
    people_countries = {p.country for p in principals if p.country}
    sides |= _chain_countries(text, lead.start, lead.end)
    sides |= _group_members(text, lead.start, lead.end)
    sides |= set(_offices_of_listed_countries(text, lead.trigger.end(), lead.end))
    if len(people_countries | sides) < 2:
        sides |= _headline_countries(text, lead.start)
    if len(people_countries | sides) < 2 and publisher_country:
        sides.add(publisher_country)
    elif publisher_country and publisher_country not in people_countries | sides \
            and _THE_PUBLISHERS_OFFICE.fullmatch(text, lead.start, lead.trigger.start()):
        # 'Today the President spoke by phone separately with British Prime Minister David Cameron and French
        # President Nicolas Sarkozy' (the White House): the office alone, as the subject, is the publisher's
        sides.add(publisher_country)
    if len(people_countries | sides) < 2:
        sides |= _named_sides(text, lead.start, min(region_end, lead.end + _MEETING_SENTENCES_REACH))
    location = _location(text, lead)
    _countries_within_each_side(principals, lead, sides)
    subject_side = (lead.trigger.start(), unnamed_title_country(text, lead.start, lead.trigger.start()),
                    _named_by_office(text, lead))
    _assign_unknown_countries(principals, sides, publisher_country, _dateline_country(text, lead), subject_side)
    _countries_from_other_mentions(text, lead, principals)
    _subject_at_home(text, lead, principals, location, publisher_country)
    _host_of_a_visit(text, lead, principals)
    _countries_within_each_side(principals, lead, sides)  # again, with what the last steps found
    # The lead's own word for a side ('EAM called on …') before anyone the later text names of it.
    principals = _holders_of_unnamed_offices(text, lead, principals, sides | {p.country for p in principals if p.country},
                                             warnings)
    principals += _the_speaker_before(text, lead, principals)
    principals = _fill_missing_principals(text, lead, principals, sides, region_end)
    joining, represented = _joining_principals(text, lead, region_end, principals)
    principals = principals + joining
    countries_set = {p.country for p in principals if p.country} | sides | represented
    if len(countries_set) == 1:
        countries_set |= _relationship_countries(text, lead.start, min(region_end, lead.end + 700), countries_set,
                                                 lead.end)
        countries_set |= _office_of_the_one_unknown(text, lead, region_end, principals, countries_set)
        # The one principal without a country stands for the one party no one else does.
        _assign_unknown_countries(principals, countries_set, None, subject_side=subject_side)
    home = None
    if len(countries_set) == 1:
        home = _first_person_home(text, lead, region_end, countries_set)
        if home:
            countries_set.add(home)
            warnings.append(f"meeting countries: {home} is the speaker's side of a first-person readout, "
                            f"inferred from the countries its text names besides {next(iter(countries_set - {home}))}")
    if not countries_set and not principals:
        return None
    principals = _holders_of_unnamed_offices(text, lead, principals, countries_set, warnings)
    principals, envoys = _without_accompanying_ambassadors(principals, lead)
    principals, beside_the_head = _under_the_head_of_each_side(principals, lead)
    accompanying = envoys + beside_the_head
    # Later leads that tell this meeting again (GOV.UK: a summary line leads, the body says '… hosted
    # Jordan's Deputy Prime Minister … yesterday').
    # Before them, later sentences about the meeting itself ('The talks took place for about 25 minutes
    # from around 6:40 p.m. on Monday.').
    told: list[list[tuple[int, int]]] = []

    def told_later() -> list[tuple[int, int]]:  # (the later sentences about the meeting, found once when asked)
        if not told:
            told.append(_meeting_sentences(text, lead, region_end))
        return told[0]

    def restated() -> list[tuple[int, int]]:  # read only when the lead and the sentences around it give no date
        return ([w for w in told_later() if _TALKS_SUBJECT.match(text, *w)]
                + [(other.start, other.end) for other in leads[index + 1:index + 3]
                 if lead.end <= other.start < region_end and not _is_recalled(text, other)]
                + _retold(text, lead, principals, region_end))
    date_value = _meeting_date(document, text, lead, anchor, spans, warnings, restated)
    time_found = _first_in_lead(dates.find_time, text, lead)
    duration = _duration(text, lead)
    if time_found is None or duration is None:
        # A later sentence that reports the same meeting again ('Foreign Minister Park held the call
        # with … for around 20 minutes starting at 8:30 p.m., according to …').
        later = told_later() + [(other.start, other.end) for other in leads[index + 1:index + 3]
                                if lead.end <= other.start < region_end and not _is_recalled(text, other)]
        time_found = time_found or _said_of_the_meeting(dates.find_time, text, later)
        duration = duration or _said_of_the_meeting(dates.find_duration, text, later) \
            or _said_of_the_meeting(dates.range_minutes, text, later)  # ('… from 16:00 to 16:45 on Saturday')
    earlier = [other.end for other in leads if other.end <= lead.start]
    fmt = _meeting_format(document, text, lead, spans, max(earlier) if earlier else None)
    if fmt != "in_person":
        location = None  # a call has no place: one it names is what they talked about
    occasion = _occasion(text, lead, spans, told_later if fmt == "in_person" else list)
    if location is None and fmt == "in_person" and occasion:
        location = _place_in_occasion(text, spans.get("occasion"))
    host = _host_country(text, lead, fmt, location, principals, countries_set, spans)
    if host is None and fmt == "in_person" and trip is not None and trip[0] in countries_set:
        host, spans["host_country"] = trip[0], list(trip[1])
    if time_found:
        spans["start_time"] = [time_found.start, time_found.end]
    if duration:
        spans["duration_minutes"] = [duration.start, duration.end]
    if location:
        spans["location"] = list(location.span)
    spans["countries"] = [lead.start, lead.end]
    attendees = accompanying + _attendees(text, lead, region_end, principals + accompanying)
    if not lead.people:
        principals, attendees = _first_attendee_leads_each_side(principals, attendees, countries_set)
    if _TWO_PLUS_TWO.search(text, lead.start, lead.end):
        principals, attendees = _two_ministers_per_side(text, principals, attendees)
    participants = [_participant(p, "principal") for p in principals]
    participants += [_participant(p, "attendee") for p in attendees]
    level = _level(principals) or (_subject_level(text, lead) if not principals else None)
    if level:
        spans["level"] = [lead.start, lead.end]
    return Meeting(
        date=date_value, start_time=time_found.value if time_found else None,
        duration_minutes=duration.value if duration else None, format=fmt,
        countries=tuple(sorted(countries_set)), host_country=host,
        participants=tuple(participants), statements=(), topics=(),
        title=_meeting_title(document, text, lead),
        time_note=time_found.note if time_found else None,
        duration_approximate=(duration.note == "approximate") if duration else None,
        level=level, organizations=tuple(sorted({p.organization for p in principals if p.organization})),
        location=location, occasion=occasion, spans=spans, region=(lead.start, region_end),
        speaker=home or _first_person_side(text, lead, principals, countries_set),
        shared_region=_remarks_before(text, lead),
    )


# 'He made the remarks while meeting Japanese Foreign Minister Taro Kono …': the sentence before
# tells what was said at the meeting.
_MADE_THE_REMARKS = rx.compile(r"(?:He|She|They) (?:made|delivered) (?:the|these|those|his|her|their) "
                               r"(?:remarks|comments)\b")


def _remarks_before(text: str, lead: _Lead) -> Optional[tuple[int, int]]:
    """The sentence whose remarks a news lead says were made at the meeting (as shared_region)."""
    if not _MADE_THE_REMARKS.match(text, lead.start):
        return None
    return _previous_sentence(text, lead.start, 400)


def _place_in_occasion(text: str, span) -> Optional[Location]:
    """'on the sidelines of the Doha Forum 2024', 'the Munich Security Conference': a meeting at a
    gathering named after its city took place there."""
    if not span:
        return None
    for city in countries.CITY_RE.finditer(text, span[0], span[1]):
        if text[city.end():city.end() + 1] == "-" or text[city.start() - 1:city.start()] == "-":
            continue  # 'the Singapore-Malaysia Leaders' Retreat': the parties, not the place
        return Location(city.group(), countries.CITIES.get(city.group()), (city.start(), city.end()))
    return None


# Lines where a page's own furniture begins after its text: the White House's end mark, GOV.UK's and
# news sites' footers and share widgets. A meeting's region ends there.
_PAGE_FOOTER = rx.compile(r"\n[ \t]*(?:\\?###|Share this page|Is this page useful\?|Updates to this page|"
                          r"All content is available under|Related content|Related posts|Related Articles|"
                          r"Legal Disclaimer:|Stay Connected|Read 5 articles)")


def _before_page_footer(text: str, start: int, end: int, later_leads: list[int] = ()) -> int:
    """Where the page's footer begins between start and end (else end). A marker above a later
    lead of the same meeting is none: GOV.UK prints 'Share this page' between its summary line
    ('Prime Minister Rishi Sunak spoke to Prime Minister Kishida') and the readout's body."""
    if text.find("\n", start, end) == -1:
        return end
    for footer in _PAGE_FOOTER.finditer(text, start, end):
        if not any(footer.start() < at for at in later_leads):
            return footer.start()
    return end


def _region_end(text: str, leads: list[_Lead], index: int) -> int:
    """Where a meeting's region ends: at the next lead that reports a new meeting, else the text's end."""
    for nxt in leads[index + 1:]:
        if _is_new_meeting(nxt, leads[index], text):
            return nxt.start
    return len(text)


def _is_recalled(text: str, lead: _Lead) -> bool:
    """A lead that recalls an earlier event ('Last year, President Xi held a meeting with …'), or
    one whose meeting is what a statement is about ('The two ministers welcomed that President
    Lee met Prime Minister Ishiba in August')."""
    return (any(not _a_year_still_to_come(text, lead, m) for m in PATTERNS["recalled"].finditer(text, lead.start, lead.end))
            or _REPORTED_BEFORE.search(text, lead.start, lead.trigger.start()) is not None
            or _AN_EXAMPLE_OF.search(text, max(lead.start, lead.trigger.start() - 40), lead.trigger.start()) is not None)


# 'The two Ministers noted with appreciation ongoing exchanges …, including the talks held between Prime
# Ministers Lee and Abe in Vladivostok': a meeting given as an example of what a statement is about.
_AN_EXAMPLE_OF = rx.compile(r"(?<![\w-])(?:including|such as)\s(?:the\s|a\s|an\s|their\s)?(?:[\w’'-]+\s){0,3}$")


# 'the Rapid Transit System Link, which is scheduled to begin operations in 2026': a year of
# something still to come recalls no earlier event.
_TO_COME_BEFORE = rx.compile(r"(?<![\w-])(?:scheduled|expected|planned|due|set|will|shall|to be held)(?![\w-])[^.;\n]{0,50}$")


def _a_year_still_to_come(text: str, lead: _Lead, m: re.Match) -> bool:
    """A recall cue 'in 2026' / 'in May 2026' that follows words of the future in its sentence."""
    return m.group()[-4:].isdigit() and _TO_COME_BEFORE.search(text, max(lead.start, m.start() - 60), m.start()) is not None


_THIS_WEEK = rx.compile(r"(?<![\w-])[Ee]arlier (?:this|in the) week")


def _recalled_only_this_week(text: str, lead: _Lead) -> bool:
    """The lead's only cue of an earlier event is 'earlier this week' (every match of `recalled` is one)."""
    return all(_THIS_WEEK.match(text, m.start()) for m in PATTERNS["recalled"].finditer(text, lead.start, lead.end)) \
        and _REPORTED_BEFORE.search(text, lead.start, lead.trigger.start()) is None


_REPORTED_BEFORE = rx.compile(r"\b(?:welcomed|noted|recalled|appreciated|said|stated|highlighted|mentioned|reaffirmed|"
                              r"confirmed|emphasi[sz]ed|stressed|explained|expressed \w+ that|hoped) that\b")


def _is_new_meeting(nxt: _Lead, lead: _Lead, text: str = "") -> bool:
    """A later lead starts a new region only when it names someone new from a country not yet a side."""
    if text and _is_recalled(text, nxt):
        return False
    known = {p.family_name for p in lead.people}
    sides = {p.country for p in lead.people if p.country}
    if text:
        sides |= {c.code for c in countries.find_countries(text, lead.start, lead.end)}
        # ('The Foreign Secretary met Chinese Foreign Minister Wang Yi …', then 'Foreign Secretary David
        # Lammy met with …': the office named alone was already a side)
        sides |= unnamed_title_country(text, lead.start, lead.trigger.start())
    new = [p for p in nxt.people if not p.possessive and p.family_name not in known and p.country
           and p.country not in sides]
    if new and text:
        # ('Yoon and Li held talks … on the eve of a trilateral summit involving Japanese Prime Minister
        # Fumio Kishida': someone of the other event, not of a new meeting)
        new = [p for p in new if not _named_for_another_event(text, nxt, p)]
    if new and text:
        # ('David Cameron spoke with Yoko Kamikawa …', then '… spoke to Japanese Foreign Minister Yoko
        # Kamikawa today': a well-known counterpart named without a title is no one new)
        officials = find_known_officials(text, lead.start, lead.end)
        known |= {k.family_name for k in officials}
        sides |= {k.country for k in officials if k.country}
        new = [p for p in new if p.family_name not in known and p.country not in sides]
    return bool(new)


def _named_for_another_event(text: str, lead: _Lead, person: Person) -> bool:
    """Whether `person` comes after a time frame in the lead ('ahead of', 'on the eve of', 'after' another
    event) and not after a 'with' that names the counterpart after it."""
    if person.start <= lead.trigger.end():
        return False
    brk = _CLAUSE_BREAK.search(text, lead.trigger.end(), person.start)
    return brk is not None and _TIME_FRAME.match(brk.group()) is not None \
        and text.find(" with ", brk.end(), person.start) == -1


# Someone whose greetings or letter a principal brings is not at the meeting: 'conveyed the warm
# greetings of Prime Minister Shri Narendra Modi', 'handed over a letter from President …', 'on behalf of'.
# ('… the Korea-Japan Policy Consultation Delegation dispatched by H.E. Mr. YOON Suk Yeol, President-elect …,
# headed by …': who sent a delegation is not at its meeting)
_SENT_BY = rx.compile(r"(?:(?:greetings|regards|wishes|message|letter|invitation|congratulations|condolences|"
                      r"behalf)\s+(?:of|from)|(?:dispatched|sent)\s+by)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,6}$")


def _host_of_their_talks(text: str, lead, p) -> bool:
    """'… is paying an official visit to Cuba at the invitation of Cuban Foreign Minister Bruno Rodriguez
    Parilla. During their talks on May 20, …': the host who invited is the visitor's partner in the talks."""
    return p.end <= lead.trigger.start() and " their " in f" {lead.trigger.group().lower()} " \
        and text.find("invitation", max(lead.start, p.start - 90), p.start) != -1


_SENT_BY_WORDS = ("greetings", "regards", "wishes", "message", "letter", "invitation", "congratulations",
                  "condolences", "behalf", "dispatched by", "sent by")
_SPOKESPERSONS = frozenset(("spokesperson", "spokesman", "spokeswoman", "press secretary", "deputy spokesperson",
                            "principal deputy spokesperson", "deputy press secretary", "spokesperson for the president"))
# ('In a statement, spokesperson Harold Maloka said Zuma and … President Filipe Nyusi held successful talks')
_SAYS_AFTER = rx.compile(r"(?<![ \t]),?[ \t]+(?:said|says|told|stated|added|noted)(?![\w-])")
_ATTRIBUTED_TO = rx.compile(r"(?:attributable to|according to|said) (?:the )?(?:[\w-]+ ){0,5}$")
_NEWS_VERB = rx.compile(r"agreed|affirmed|reaffirmed|confirmed|reached|pledged|vowed|discussed", re.I)


def _clause_break_outside_brackets(text: str, start: int, end: int) -> Optional[re.Match]:
    """The first clause break in text[start:end] that is not inside brackets: 'held a Japan-Russia Foreign
    Ministers’ Meeting (second time this year; lasted approximately three hours including the working
    lunch) with Mr. Sergey Lavrov' goes on to its object after the bracket."""
    brk = _CLAUSE_BREAK.search(text, start, end)
    while brk is not None and text.count("(", start, brk.start()) > text.count(")", start, brk.start()):
        close = text.find(")", brk.end(), end)
        if close == -1:
            break
        start = close + 1
        brk = _CLAUSE_BREAK.search(text, start, end)
    return brk


def _principals(text: str, lead: _Lead) -> list[Person]:
    """People in the subject and in the object of the lead's trigger (not after a clause break)."""
    brk = _clause_break_outside_brackets(text, lead.trigger.end(), lead.end)
    if brk and _TIME_FRAME.match(brk.group()) and not any(lead.trigger.end() <= p.start < brk.start() for p in lead.people):
        # 'held a bilateral meeting ahead of a St. Patrick's Day celebration with Taoiseach Leo Varadkar':
        # the counterpart comes after the frame, with 'with'
        with_at = text.find(" with ", brk.end(), min(lead.end, brk.end() + 80))
        if with_at != -1 and any(with_at < p.start <= with_at + 40 for p in lead.people):
            brk = _CLAUSE_BREAK.search(text, with_at, lead.end)
    while brk and text.startswith(";", brk.start()) and any(brk.end() < p.start <= brk.end() + 12 for p in lead.people) \
            and any(c.end == brk.start() for c in countries.find_countries(text, max(lead.start, brk.start() - 40),
                                                                           brk.start())):
        # 'had bilateral meetings with several of his counterparts, including HE Dr Rangin Spanta, Foreign
        # Minister of Afghanistan; HE Mr. Mourad Medelci, Foreign Minister of Algeria; …': a list's items
        brk = _clause_break_outside_brackets(text, brk.end(), lead.end)
    stop = brk.start() if brk else lead.end
    if brk and text.startswith(":", brk.start()) and brk.start() - lead.trigger.end() <= 1:
        stop = lead.end  # 'spoke individually with: Prime Minister Kallas of Estonia; Prime Minister …': a list
    people = list(lead.people)
    named = {p.family_name for p in people}
    people += [k for k in find_known_officials(text, lead.start, stop, by_family=True)
               if not any(p.start <= k.start < p.end + 2 or _an_alias_after(text, p, k) for p in people)
               and not text.startswith(("’s", "'s"), k.end)
               and not (k.family_name in named and is_family_name_only(k.name))]  # 'Mr Xi' beside 'President Xi Jinping'
    people.sort(key=lambda p: p.start)
    sent = any(text.find(word, lead.start, lead.end) != -1 for word in _SENT_BY_WORDS)
    chosen = [p for p in people if (not p.possessive or _owns_the_trigger(text, p, lead.trigger))
              and (p.start < lead.trigger.start() or p.start < stop)
              and not (_FORMER.search(text, max(lead.start, p.start - 45), p.start) and not _former_subject(text, lead, p))
              and not (p.start > lead.trigger.end()
                       and _IN_AN_EARLIER_EVENT.search(text, max(lead.trigger.end(), p.start - 90), p.start))
              and not (sent and _SENT_BY.search(text, max(lead.start, p.start - 90), p.start)
                       and not _host_of_their_talks(text, lead, p))
              and not _source_of_the_report(text, lead, p)]
    # A spokesperson is who the readout is attributed to, not who met ('The below is attributable to
    # Spokesperson Ned Price: Deputy Secretary Sherman met …').
    chosen = [p for p in chosen if not (_a_spokesperson(p)
                                         and (_ATTRIBUTED_TO.search(text, max(lead.start, p.start - 60), p.start)
                                              or _SAYS_AFTER.match(text, p.end)))] or chosen
    chosen = _outside_a_fronted_frame(text, lead, chosen)
    # 'President Biden, joined by Vice President Harris, spoke today with …': who joins the subject
    # attends (the attendees step lists them), the one joined leads.
    chosen = [p for i, p in enumerate(chosen)
              if not (i and p.start < lead.trigger.start() and chosen[i - 1].start < p.start
                      and _JOINED_BY.search(text, max(lead.start, p.start - 120), p.start))]
    # '… and Russian Foreign Minister Sergei Lavrov met for about four hours at …, joined by national
    # security adviser Mike Waltz and presidential adviser Yuri Ushakov': who joins the meeting attends
    if text.find(" by ", lead.trigger.end(), stop) != -1 and (after := _JOINED_AFTER.search(text, lead.trigger.end(), stop)):
        chosen = [p for p in chosen if p.start < after.start()] or chosen
    subject = [p for p in chosen if p.start < lead.trigger.start()]
    if not subject and any(text.find(mark, lead.start, lead.trigger.start()) != -1 for mark in ("’s", "'s")):
        # "South Africa's Ronald Lamola, on his first visit …, met his Nigerian counterpart"
        subject = people_after_country_possessive(text, lead.start, lead.trigger.start())[:1]
        chosen = subject + chosen
    if _NEWS_VERB.fullmatch(lead.trigger.group()) and len({p.country for p in subject if p.country}) >= 2:
        # 'Kishida and his South Korean counterpart Yun agreed Sunday to work toward a summit between
        # Prime Minister Abe and President Park': what two sides agreed on is no one's meeting.
        chosen = subject
    if not chosen:
        chosen = [p for p in lead.people if p.start < stop]
    return _dedupe(chosen)


# '… in their first face-to-face meeting, U.S. Secretary of State Rex Tillerson said.': who tells the
# news, named after a comma at the lead's end with a verb of saying.
_SAID_AFTER_NAME = rx.compile(r"\s(?:said|says|told (?:reporters|journalists|a news conference|the press))\b")


_TITLE_WORDS = rx.compile(r"\s(?:(?:[A-Z][\w.’'-]*|of|the|for)\s){0,8}")


def _source_of_the_report(text: str, lead: _Lead, person: Person) -> bool:
    """Whether `person` is the one the lead is attributed to (', U.S. Secretary of State Rex Tillerson
    said.'), not one who met: after the meeting's words, a comma, a title, the name and a verb of saying."""
    if person.start <= lead.trigger.end() or _SAID_AFTER_NAME.match(text, person.end) is None:
        return False
    comma = text.rfind(",", lead.trigger.end(), person.start)
    return comma != -1 and _TITLE_WORDS.fullmatch(text, comma + 1, person.start) is not None \
        and text.find(",", person.end, lead.end) == -1


def _without_accompanying_ambassadors(principals: list[Person], lead: _Lead) -> tuple[list[Person], list[Person]]:
    """'she and U.S. Ambassador to Mexico Ken Salazar met with President …': an ambassador in the
    subject beside an official of the same side accompanies the one who leads it (an attendee)."""
    subject = [p for p in principals if p.start < lead.trigger.start()]
    envoys = [p for p in subject if _is_ambassador(p)
              and any(o.country == p.country and not _is_ambassador(o) for o in subject if o is not p)]
    return [p for p in principals if p not in envoys], envoys


def _under_the_head_of_each_side(principals: list[Person], lead: _Lead) -> tuple[list[Person], list[Person]]:
    """'met with President Gustavo Petro and Foreign Minister Álvaro Leyva of Colombia': where a side's
    head of state or government is named among its people, on the same side of the verb, the head
    leads the side and the others attend ('Pompeo … held talks … toward a summit between President
    Trump and …': the President named after the verb leads no one named before it)."""
    verb = lead.trigger.start()
    heads = {(p.country, p.start < verb) for p in principals
             if p.country and is_head_of_state_or_government(p.title)}
    beside = [p for p in principals
              if (p.country, p.start < verb) in heads and not is_head_of_state_or_government(p.title)]
    return [p for p in principals if p not in beside], beside


def _is_ambassador(person: Person) -> bool:
    return (person.title or "").lower().startswith("ambassador") and person.country is not None


_TIME_FRAME = rx.compile(r"ahead of|after|amid|following|on the eve of")
_JOINED_AFTER = rx.compile(r",\s(?:joined|accompanied) by\s")
_JOINED_BY = rx.compile(r",\s(?:joined|accompanied) by (?:[\w.’'-]+ ){0,10}$")


# A frame fronted before the subject: 'Within the framework of the State Visit to Viet Nam by President
# of the Philippines Ferdinand Marcos Jr., Minister Bui Thanh Son held talks with Secretary Manalo'.
# ('After an audience with His Holiness Pope Francis, President Joseph R. Biden, Jr. met Vatican Secretary
# of State Cardinal Parolin': the earlier meeting's people are not at this one; nor 'Following President
# Biden’s fruitful conversation with Israeli Prime Minister Bennett on April 24, …')
_FRONTED_FRAME = rx.compile(r"(?<![\w-])(?:[Ww]ithin|[Ii]n) the (?:framework|context|course) of\b|(?:As part of|On the occasion of)\b"
                            r"|(?<![\w-])(?:After|Following) (?:an? |the |his |her |their |(?:[A-Z][\w.-]* ){0,3}[A-Z][\w.-]*[’']s )?"
                            r"(?:[\w-]+ ){0,2}?(?:audience|meeting|talks|call|conversation|discussion) with\b")


def _outside_a_fronted_frame(text: str, lead: _Lead, people: list[Person]) -> list[Person]:
    """People named in a frame fronted before the lead's subject are not at the meeting, when
    someone else is named between the frame's closing comma and the verb; nor those named in a
    frame after the verb's object."""
    verb = lead.trigger.start()
    earlier = _EARLIER_EVENT.search(text, lead.trigger.end(), lead.end)
    if earlier and any(p.start < verb for p in people):
        people = [p for p in people if p.start < earlier.start()]
    trailing = _FRONTED_FRAME.search(text, lead.trigger.end(), lead.end) or earlier
    if trailing and any(verb < p.start < trailing.start() for p in people):
        # ('… spoke by phone with Lavrov on Saturday, the first known conversation … since President
        # Donald Trump returned to the White House': who is named after 'since' was not on the call)
        # '… held a meeting with Wang Yi, within the framework of the official visit of President
        # Alberto Fernández to China': the visitor named in the frame is not at this meeting.
        people = [p for p in people if p.start < trailing.start()]
    frame = _FRONTED_FRAME.search(text, lead.start, min(verb, lead.start + 80))
    if frame is None:
        return people
    for comma in (i for i in range(frame.end(), verb) if text[i] == ","):
        inside = [p for p in people if p.end <= comma]
        after = [p for p in people if comma < p.start < verb]
        if inside and after:
            return [p for p in people if p not in inside]
    return people


# After the object, a clause about another time: 'since President Donald Trump returned …', 'the
# Network announced by President Joe Biden, Uruguayan President Luis Lacalle Pou and …'.
_EARLIER_EVENT = rx.compile(r"(?<![\w-])(?:since(?= [A-Z]| the [A-Z]| his | her | their )"
                            r"|(?:announced|launched|established|founded|created|signed|agreed) by )")


# "She met …", "Here he held talks with …": the lead's subject is a pronoun.
# (and a news story's 'The minister held talks with …', after a sentence that names him)
_PRONOUN_SUBJECT = rx.compile(r"(?<![\w-])(?:[Hh]e|[Ss]he|The (?:foreign )?minister)(?![\w-])")
_REPORTING = rx.compile(r"\b(?:said|says|told|tells|noted|notes|added|adds|announced|stated|that)\b")


def _with_pronoun_subject(text: str, lead: _Lead, principals: list[Person], warnings: list[str]) -> list[Person]:
    """Principals, with the person a pronoun subject stands for ('Foreign Minister Ana Silva is on
    a visit to Japan. On Tuesday she met …'): the first person the sentence before names — the
    subject there, as a rule ('President Lee called President Ruiz. He also …' is Lee) — when the
    lead names nobody before its verb. Said in a warning."""
    verb = lead.trigger.start()
    pronoun = rx.last_match(_PRONOUN_SUBJECT, text, lead.start, verb)
    if any(p.start < verb for p in principals) and not (pronoun and _PRONOUN_AND.match(text, pronoun.start(), verb)):
        return principals  # (but 'she and U.S. Ambassador Ken Salazar met with …' names her too)
    if pronoun and _REPORTING.search(text, pronoun.end(), verb):
        return principals  # 'He said the two leaders met …': the pronoun reports, it did not meet
    # (a news paragraph that opens with the pronoun: the one-sentence paragraph before names him,
    # 'Premier Li Keqiang said China will … in innovation for more ground-breaking results.' then
    # 'He made the remarks while meeting Japanese Foreign Minister Taro Kono …')
    before = _previous_sentence(text, lead.start, 400 if pronoun and pronoun.start() == lead.start else 160) \
        if pronoun else None
    if before is None:
        return principals
    # (or a well-known office holder named without a title: 'Pham Binh Minh, who is also deputy prime
    # minister, said during his three-day visit to … He met with Foreign Minister Ri Yong Ho …')
    named = [p for p in find_people(text, *before) if not p.possessive] \
        or [k for k in find_known_officials(text, *before) if not text.startswith(("’s", "'s"), k.end)][:1]
    where = "in the sentence before"
    if named and all(_a_spokesperson(p) for p in named):
        where = "before the spokesperson's words"
        # ('“SFA reported for work at DFA today,” DFA spokesperson Teresita Daza told reporters. He held
        # a face-to-face meeting with …': the one the spokesperson spoke of, named before her)
        earlier = _previous_sentence(text, before[0], 400)
        named = [p for p in find_people(text, *earlier) if not p.possessive and not _a_spokesperson(p)] if earlier else []
    if not named or any(p.family_name == named[0].family_name for p in principals):
        return principals
    if pronoun.group().startswith("The") and "inister" not in (named[0].title or ""):
        return principals  # ('The minister' stands for a minister)
    person = named[0]
    warnings.append(f"principal: {pronoun.group()!r} in the lead is {person.name}, named {where}")
    return [person] + principals


def _a_spokesperson(person: Person) -> bool:
    """Whether a person is named as a spokesperson (who speaks of a meeting, not at it)."""
    return (person.title or "").lower() in _SPOKESPERSONS


_PRONOUN_AND = rx.compile(r"(?:[Hh]e|[Ss]he) and ")
# The subject named by a family name alone, at the start of the sentence or after an opening phrase's
# comma ('Finer met with …', 'On Tuesday, Finer met with …').
_FAMILY_WORD = r"([A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?)"
_BARE_FAMILY_SUBJECT = rx.compile(r"(?:^|(?<=, ))" + _FAMILY_WORD + r" (?:was |were )?$")
# ('Wang, also a member of the Political Bureau, made the remarks during a phone conversation with …')
_BARE_FAMILY_OPENING = rx.compile(_FAMILY_WORD + r", (?:also |who )")
_SUBJECT_NAMED_REACH = 1500  # characters above the lead in which the person is named in full


def _with_family_name_subject(text: str, lead: _Lead, principals: list[Person], warnings: list[str]) -> list[Person]:
    """'Principal Deputy National Security Advisor Jon Finer traveled to Kyiv … Finer met with
    Ukrainian President Volodymyr Zelenskyy': a subject named by the family name alone, when the
    lead names nobody else before its verb, is the person named in full above it with that family
    name. Said in a warning."""
    verb = lead.trigger.start()
    if any(p.start < verb for p in principals):
        return principals
    bare = _BARE_FAMILY_SUBJECT.search(text[lead.start:verb]) or _BARE_FAMILY_OPENING.match(text[lead.start:verb])
    if bare is None:
        return principals
    family = bare.group(1)
    above = find_people(text, max(0, lead.start - _SUBJECT_NAMED_REACH), lead.start)
    person = next((p for p in reversed(above) if p.family_name == family and not p.possessive), None)
    if person is None or any(p.family_name == family for p in principals):
        return principals
    warnings.append(f"principal: {family!r} in the lead is {person.name}, named in full above it")
    return [person] + principals


def _the_other_of_the_two(text: str, lead: _Lead, principals: list[Person], warnings: list[str]) -> list[Person]:
    """'Speaking alongside German Chancellor Olaf Scholz after the two leaders met in Brasilia, Lula said
    …': when the lead says two met and names one side's principal only, the other is the well-known
    office holder of another country the lead names by family name alone (in full where the text named
    them so above). Said in a warning."""
    sides = {p.country for p in principals if p.country}
    if len(sides) != 1 or not _THE_TWO_MET.search(text, lead.start, lead.end):
        return principals
    have = {p.family_name for p in principals}
    known = [k for k in find_known_officials(text, lead.start, lead.end, by_family=True)
             if k.country and k.country not in sides and k.family_name not in have and not k.possessive]
    if len({k.country for k in known}) != 1:
        return principals
    above = find_people(text, max(0, lead.start - _SUBJECT_NAMED_REACH), lead.start)
    person = next((p for p in above if p.family_name == known[0].family_name and p.country == known[0].country),
                  known[0])
    warnings.append(f"principal: {known[0].family_name!r} in the lead is the other of the two who met, "
                    f"{person.name} ({person.country})")
    return principals + [person]


_THE_TWO_MET = rx.compile(r"(?<![\w-])the two (?:leaders|ministers|presidents|sides|men|women) (?:also |had |have )?"
                          r"(?:met|held talks|spoke|talked)(?![\w-])")


_TOLD_NEXT_REACH = 300  # characters between a lead that names no one and the sentence that names them


# '… met with Foreign Minister Wang Yi in Bangkok to follow up on the Woodside Summit between President
# Biden and President Xi last November': the people of another meeting the lead names.
# (after a preposition: 'Just finished the trilateral leaders-level meeting between President …' is the meeting)
_IN_AN_EARLIER_EVENT = rx.compile(r"(?<![\w-])(?:on|of|since|after|following|from|at) (?:the |their |last [\w’']+ )?"
                                  r"(?:[\w’'-]+ ){0,3}?(?:[Ss]ummit|[Mm]eeting|[Tt]alks|[Cc]all|[Cc]onversation|[Dd]ialogue)s? "
                                  r"between [^.;]{0,80}$")


def _owns_the_trigger(text: str, person: Person, trigger: re.Match) -> bool:
    """'Secretary Blinken's Meeting with Indonesian Foreign Minister Marsudi' (a headline run into the
    text): whose meeting it is held it."""
    return 0 <= trigger.start() - person.end <= 3 and trigger.group()[:1] == "M" \
        and text[person.end:trigger.start()].strip(" ’'s") == ""


def _principals_told_next(text: str, lead: _Lead, leads: list[_Lead], index: int) -> list[Person]:
    """'Korea and Japan held their first vice-ministerial strategic dialogue … First Vice Foreign
    Minister Kim Hong-kyun and Japanese Vice Minister … Masataka Okano held the talks …': a lead that
    names only countries, then the next sentence tells the same meeting with its people."""
    if index + 1 >= len(leads):
        return []
    nxt = leads[index + 1]
    if nxt.start - lead.end > _TOLD_NEXT_REACH or _is_recalled(text, nxt):
        return []
    return _principals(text, nxt)


_FIRST_PERSON = rx.compile(r"(?<![\w-])I(?![\w.-])")
_MASTHEAD_REACH = 1500


def _with_first_person_subject(text: str, lead: _Lead, principals: list[Person], warnings: list[str]) -> list[Person]:
    """'Today I met Indonesia's Minister for Foreign Affairs, Sugiono': a minister's own page, whose
    masthead names its owner ('Minister for Foreign Affairs / Senator the Hon Penny Wong'); 'I' is
    the first person the page names above the lead who is none of the lead's people and of none of
    their countries. Said in a warning."""
    verb = lead.trigger.start()
    if any(p.start < verb for p in principals) or not _is_first_person_subject(text, lead):
        return principals
    window = (max(0, lead.start - _MASTHEAD_REACH), lead.start)
    names = {p.family_name for p in principals}
    sides = {p.country for p in principals if p.country}
    above = sorted(find_people(text, *window) + find_known_officials(text, *window), key=lambda p: p.start)
    for person in above:
        if person.possessive or person.family_name in names or (person.country in sides) or not person.country:
            continue
        warnings.append(f"principal: 'I' in the lead is {person.name}, named at the top of the page")
        return [person] + principals
    # No name above, an office ('Statement by the Taoiseach following his phone call with …'): its
    # holder on the document's date.
    for title, code in unnamed_titles(text, *window):
        name = holder_of_office(code, title.group()) if code and code not in sides else None
        if name:
            person = _office_holder(name, title, code)
            warnings.append(f"principal: 'I' in the lead is {code}'s {title.group()}, named by office above it; the "
                            f"officials gazetteer says {person.name} held that office on {REFERENCE_DATE.get()}")
            return [person] + principals
    return principals


def _first_person_side(text: str, lead: _Lead, principals: list[Person], countries_set=()) -> Optional[str]:
    """The country 'I' speaks for in a first-person lead: that of the person the masthead names (see
    above), else the one country of the meeting that no principal holds ('Today I welcomed … Wang
    Yi … for the seventh Australia-China Foreign and Strategic Dialogue')."""
    if not _is_first_person_subject(text, lead):
        return None
    first = principals[0] if principals else None
    if first is not None and first.start < lead.start:
        return first.country
    unheld = set(countries_set) - {p.country for p in principals if p.country}
    return next(iter(unheld)) if len(unheld) == 1 else None


def _is_first_person_subject(text: str, lead: _Lead) -> bool:
    """'Today I met …', 'On Monday, I spoke with …': 'I' in a short subject, not in a quotation."""
    subject = text[lead.start:lead.trigger.start()].lstrip('"“')  # ('"I spoke with …', a statement's quotation)
    return len(subject) <= 60 and not any(q in subject for q in '"“”') and _FIRST_PERSON.search(subject) is not None


def _dedupe(people: list[Person]) -> list[Person]:
    """One entry per person: a later mention of a known name ('Minister Retno', 'Yasay') is dropped."""
    unique: list[Person] = []
    for p in people:
        words = {w.lower() for w in p.name.split()} | {p.family_name.lower()}
        same = next((q for q in unique if p.family_name.lower() in {w.lower() for w in q.name.split()}
                     or q.family_name.lower() in words), None)
        if same is None:
            unique.append(p)
        elif same.country is None and p.country:
            same.country = p.country
    return unique


def _side_countries(text: str, lead: _Lead, principals: list[Person]) -> set[str]:
    """Countries of the sides named without a person: 'The foreign ministers of Japan and Korea'."""
    sides: set[str] = set()
    subject_end = lead.trigger.start()
    covered = [(p.start - 60, p.end + 60) for p in principals]
    for mention in countries.find_countries(text, lead.start, lead.end):
        if mention.start < subject_end and not any(a <= mention.start <= b for a, b in covered):
            if not _is_place(text, mention) and not _in_an_occasions_name(text, mention, lead.start):
                sides.add(mention.code)
    sides |= unnamed_title_country(text, lead.start, subject_end)
    brk = _CLAUSE_BREAK.search(text, lead.trigger.end(), lead.end)
    stop = brk.start() if brk else lead.end
    between = _BETWEEN.match(text, lead.trigger.end() + 1, stop)
    if between:
        # 'held a meeting between Japan, the United States, and South Korea'
        for mention in countries.find_countries(text, between.end(), min(stop, between.end() + 80)):
            if not _is_place(text, mention):
                sides.add(mention.code)
    if not any(p.country or p.organization for p in principals if p.start >= lead.trigger.end()):
        # (an organisation's official is the counterpart: 'met with UN Special Envoy for Yemen Hans
        # Grundberg' names the envoy's remit, not a side)
        sides |= _object_countries(text, lead.trigger.end(), stop, sides)
    for m in _SIDE_NOUN.finditer(text, lead.trigger.end(), stop):
        if _EVENT_AFTER.match(text, m.end()) and len({p.country for p in principals if p.country}) >= 2:
            # "… the United States-Japan-Philippines Trilateral Leaders' Summit": an event's name, when the
            # people named already give both sides
            continue
        for mention in countries.find_countries(text, max(lead.trigger.end(), m.start() - 40), m.start()):
            if not _is_place(text, mention):
                sides.add(mention.code)
    return sides


def _group_members(text: str, start: int, end: int) -> set[str]:
    """The members of a group the lead meets as such: 'joined a call with the G7', 'met virtually with G7
    Leaders' (not 'on the margins of the G7 Summit')."""
    if not countries.GROUPS:
        return set()
    members = {code for m in _WITH_A_GROUP.finditer(text, start, end) for code in countries.GROUPS[m.group("group")]}
    # 'hosted the G7 Foreign Ministers’ Telephone Talk', 'held the third G7 Foreign Ministers’ Meeting': the
    # group's own meeting, held or hosted by the lead's subject
    for m in _GROUPS_OWN_MEETING.finditer(text, start, end):
        members.update(countries.GROUPS[m.group("group")])
    return members


_WITH_A_GROUP = rx.compile(r"(?<![\w-])with (?:the |other |fellow )?(?P<group>" + tries.alternation(countries.GROUPS)
                           + r")(?:[’']s)?(?: [Ll]eaders| [Cc]ounterparts| [Pp]artners| [Mm]embers)?(?![\w-])"
                           r"(?! [Ss]ummit| [Pp]residency| [Ss]tatement)")


_GROUPS_OWN_MEETING = rx.compile(r"(?<![\w-])(?:hosted|held|chaired|convened) (?:the |a )?(?:[a-z]+ )?(?P<group>"
                                 + tries.alternation(countries.GROUPS) + r") (?:Foreign |Leaders[’']? |Foreign Ministers[’']? )"
                                 r"(?:[A-Z][\w’'-]* ){0,2}?(?:Meeting|Telephone Talk|Video Conference|Videoconference|Call)s?"
                                 r"(?![\w-])")


_EVENT_AFTER = rx.compile(r"[’']?\s(?:Summit|Meeting|Dialogue|Retreat|Forum|Conference)\b")


def _object_countries(text: str, start: int, stop: int, subject_sides: set[str] = frozenset()) -> set[str]:
    """Countries named in the object of the meeting verb when no counterpart there has one.

    'met with Jacek Siewiera, Chief of the National Security Bureau of Poland', 'spoke with
    Director Chang, his counterpart at the Republic of Korea's National Security Office': the
    counterpart's country is in the words around an unknown title. Places ('in Hanoi, Vietnam')
    are not sides.
    """
    brk = _OBJECT_END.search(text, start, min(stop, start + _OBJECT_WINDOW))
    end = brk.start() if brk else min(stop, start + _OBJECT_WINDOW)
    # (the subject's own country named there is no counterpart: '… for meetings with senior Papua New
    # Guinea officials focused on deepening …, including through the US-PNG Defense Cooperation Agreement')
    found = {m.code for m in countries.find_countries(text, start, end) if not _is_place(text, m)} - subject_sides
    # Several countries in one object are a list of counterparts, sorted out per person elsewhere.
    return found if len(found) == 1 else set()


def _in_an_occasions_name(text: str, mention, floor: int) -> bool:
    """A country in the hyphenated name of the event someone came for ('who is visiting Washington D.C.
    to attend the Japan-U.S.-ROK Vice-Ministerial Meeting, held a meeting with …')."""
    if text[mention.start - 1:mention.start] != "-" and text[mention.end:mention.end + 1] != "-":
        return False
    start = mention.start
    while start > floor and text[start - 1] not in " \n(":
        start -= 1
    return _OCCASION_BEFORE.search(text, max(floor, start - 40), start) is not None


def _is_place(text: str, mention) -> bool:
    """A country named as where something is ('in Japan', 'visiting Rio de Janeiro, Brazil')."""
    return bool(_PLACE_BEFORE.search(text, max(0, mention.start - 40), mention.start))


def _chain_codes(chain: str) -> list[Optional[str]]:
    """The country of each part of 'ROK-Japan Vice Foreign Ministerial': a part is read by its
    longest first words that name a country ('Japan Vice Foreign Ministerial' is Japan)."""
    codes = []
    for part in chain.split("-"):
        words = part.split()
        codes.append(next((code for n in range(len(words), 0, -1)
                           if (code := countries.resolve_country(" ".join(words[:n])))), None))
    return codes


def _headline_countries(text: str, lead_start: int) -> set[str]:
    """Countries in a meeting's name above the lead ('Japan-ROK Foreign Ministers' Meeting')."""
    head_start = max(0, lead_start - 800)
    found: set[str] = set()
    if text.find("-", head_start, lead_start) == -1:
        return found  # a chain of names is joined by hyphens: with none above the lead, no noun needs reading
    for noun in PATTERNS["noun_triggers"].finditer(text, head_start, lead_start):
        line_start = text.rfind("\n", head_start, noun.start()) + 1
        for chain in _NOUN_COUNTRIES.finditer(text, line_start, noun.start()):
            codes = _chain_codes(chain.group("chain"))
            codes = [c for c in codes if c]
            if len(codes) >= 2:
                found.update(codes)
    return found


_OCCASION_BEFORE = rx.compile(r"(?:sidelines|margins|occasion|while attending|attending|during|ahead of|"
                              r"in the run-up to) of (?:the )?(?:\d+\w{0,2} |[A-Z][a-z]+ )?$|(?:while attending|during|"
                              # ('who is visiting Washington D.C. to attend the Japan-U.S.-ROK Vice-Ministerial Meeting')
                              r"ahead of|at|attending|to attend|to participate in|participating in) (?:the )?(?:\d+\w{0,2} |[A-Z][a-z]+ )?$"
                              # 'on the eve of the first-ever United States-Japan-Philippines Trilateral Leaders' Summit'
                              r"|(?:on the eve of|in advance of|prior to) (?:the )?(?:[\w-]+ )?$")


def _chain_countries(text: str, start: int, end: int) -> set[str]:
    """Countries in a meeting named inside the lead ('held a Japan-Brazil Foreign Ministers’ Dialogue')."""
    found: set[str] = set()
    for noun in _MEETING_NAME.finditer(text, start, end):
        # (from a word's start: a window that cuts a longer chain, '…-Australia-India-US (Quad) Foreign
        # Ministers' Meeting', would read its tail alone)
        window = max(start, noun.start() - 60)
        while window > start and not text[window - 1].isspace():
            window -= 1
        chain = _NOUN_COUNTRIES.search(text, window, noun.start())
        if chain and _OCCASION_BEFORE.search(text, max(start, chain.start() - 40), chain.start()):
            continue  # "on the sidelines of the ROK-Japan-China Trilateral Summit": the occasion, not the meeting
        if chain:
            codes = _chain_codes(chain.group("chain"))
            if len([c for c in codes if c]) >= 2:
                found.update(c for c in codes if c)
    return found


# What may stand before an office named on its own: 'The', a country's adjective or possessive
# after it ('the Japanese Prime Minister', 'the UK's Foreign Secretary'), or an opening phrase's comma
# ('On 27 March, EAM called on …') — not another word of a longer title ('Principal Deputy National
# Security Advisor (PDNSA) Jon Finer').
_STANDS_ALONE = rx.compile(r"(?:(?<![\w-])[Tt]he(?: [A-Z][\w.]*(?:[’']s)?)?|,) $")


_THE_PUBLISHERS_OFFICE = rx.compile(r"(?:(?:Today|Yesterday|Earlier today|This (?:morning|afternoon|evening)),? )?"
                                    r"[Tt]he (?:President|Prime Minister|Vice President|Chancellor|Foreign Secretary)"
                                    r"(?: (?:today|yesterday|also|then))? ")


def _office_named_above(text: str, lead: _Lead, principals: list[Person]) -> Optional[Person]:
    """'Prime Minister Justin Trudeau speaks with the President of the United States …' above 'The Prime
    Minister spoke today with United States President Donald Trump.': the lead's subject, named by office
    alone, is the one the headline names with that title (of a country no principal holds)."""
    title = _THE_OFFICE_OPENS.match(text, lead.start, lead.trigger.start())
    if title is None or any(p.start < lead.trigger.start() for p in principals):
        return None
    office = title.group("office").lower()
    held = {p.country for p in principals}
    return next((p for p in find_people(text, max(0, lead.start - 400), lead.start)
                 if (p.title or "").lower() == office and p.country and p.country not in held and not p.possessive),
                None)


_THE_OFFICE_OPENS = rx.compile(r"The (?P<office>Prime Minister|President|Chancellor|Foreign Minister|Foreign Secretary|"
                               r"Minister of Foreign Affairs|Minister for Foreign Affairs|Secretary of State|Premier) ")


def _holders_of_unnamed_offices(text, lead, principals, countries_set, warnings) -> list[Person]:
    """A side whose leading official the lead names only by office ('The Prime Minister met with Joe
    Biden …', as No. 10 writes its readouts): the officials gazetteer's holder of that office in that
    country on the document's date, said in a warning. Only for a country of the meeting that has no
    principal, and only where the title's words give that country or it is the one such country."""
    above = _office_named_above(text, lead, principals)
    if above is not None:
        principals = sorted(principals + [above], key=lambda p: p.start)
        countries_set = countries_set | {above.country}
    missing = sorted(countries_set - {p.country for p in principals if p.country})
    if not missing:
        return _holder_of_an_organisations_office(text, lead, principals, warnings)
    result = list(principals)
    # The subject only: an office named after the verb is as often the counterpart's, whose name
    # the lead gives in a form not recognised ('called Ishiba Shigeru … as Prime Minister').
    titles = unnamed_titles(text, lead.start, lead.trigger.start())
    if not titles:
        return _holder_of_an_organisations_office(text, lead, principals, warnings)
    # Someone's own title ('Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs, who is visiting …')
    # names no one else.
    named_ends = [p.end for p in find_people(text, lead.start, lead.end)] + [p.end for p in principals]
    for title, code in titles:
        if any(p.start <= title.start() < p.end for p in principals) \
                or any(end <= title.start() <= end + 4 for end in named_ends) \
                or not _STANDS_ALONE.search(text, max(lead.start, title.start() - 40), title.start()) \
                and title.start() != lead.start:
            continue
        code = code or (missing[0] if len(missing) == 1 else None)
        name = holder_of_office(code, title.group()) if code in missing else None
        if name is None:
            continue
        result.append(_office_holder(name, title, code))
        missing.remove(code)
        warnings.append(f"principal: the lead names {code}'s {title.group()} by office only; the officials "
                        f"gazetteer says {result[-1].name} held that office on {REFERENCE_DATE.get()}")
        if not missing:
            break
    result = principals if len(result) == len(principals) else sorted(result, key=lambda p: p.start)
    return _holder_of_an_organisations_office(text, lead, result, warnings)


def _office_holder(name: str, title: re.Match, country: Optional[str], organization: Optional[str] = None) -> Person:
    """The gazetteer's holder of an office the text names without a name, at that title's place."""
    family, given, display = split_name(name, country)
    return Person(display, family, given, title.group(), level_of(title.group()), country, organization,
                  title.start(), title.end())


_ORGANISATION_OFFICES = ("Secretary-General", "Secretary General")


def _holder_of_an_organisations_office(text, lead, principals, warnings) -> list[Person]:
    """'The Secretary-General met with H.E. Mr. Sitiveni Rabuka …' on a page of the one organisation
    the text names with such an office (the UN's readouts): its holder on the document's date."""
    if any(p.organization for p in principals):
        return principals
    subject = text[lead.start:lead.trigger.start()]
    if not any(office in subject for office in _ORGANISATION_OFFICES):
        return _holder_of_an_organisations_office_met(text, lead, principals, warnings)
    for title, code in unnamed_titles(text, lead.start, lead.trigger.start()):
        if code is not None or title.group() not in _ORGANISATION_OFFICES \
                or not _STANDS_ALONE.search(text, max(lead.start, title.start() - 40), title.start()):
            continue
        named = {countries.ORGANIZATIONS[m.group()] for m in countries.ORG_RE.finditer(text, 0, min(len(text), 3000))}
        holders = {org: name for org in named if (name := holder_of_office(org, title.group()))}
        if len(holders) != 1:
            return principals
        org, name = holders.popitem()
        person = _office_holder(name, title, None, org)
        warnings.append(f"principal: the lead names the {title.group()} by office only; the text names {org}, and the "
                        f"officials gazetteer says {person.name} held that office on {REFERENCE_DATE.get()}")
        return sorted(principals + [person], key=lambda p: p.start)
    return principals


def _holder_of_an_organisations_office_met(text, lead, principals, warnings) -> list[Person]:
    """'… held talks with the secretary-general of the Association of Southeast Asian Nations (ASEAN)':
    an organisation's office named with the organisation, and no name, after the verb: its holder on
    the document's date."""
    at = text.find("ecretary", lead.trigger.end(), lead.end)
    office = _OFFICE_OF_AN_ORGANISATION.match(text, at - 1) if at != -1 else None
    org = countries.ORG_RE.match(text, office.end(), lead.end) if office else None
    if org is None:
        return principals
    code = countries.ORGANIZATIONS[org.group()]
    name = holder_of_office(code, "Secretary-General")
    if name is None or any(p.family_name in name for p in principals):
        return principals
    title = TITLE_RE.match(text, office.start(), office.end())
    if title is None:
        return principals
    person = _office_holder(name, title, None, code)
    warnings.append(f"principal: the lead names the {code}'s {title.group()} by office only; the officials gazetteer "
                    f"says {person.name} held that office on {REFERENCE_DATE.get()}")
    return sorted(principals + [person], key=lambda p: p.start)


_OFFICE_OF_AN_ORGANISATION = rx.compile(r"[Ss]ecretary[- ][Gg]eneral of (?:the )?")


def _fill_missing_principals(text, lead, principals, sides, region_end) -> list[Person]:
    """For a side with no named person, the first official of that country after (then before) the lead."""
    have = {p.country for p in principals if p.country}
    missing = sides - have
    if not missing:
        return principals
    level = _level(principals)
    windows = [(lead.end, min(region_end, lead.end + 1200)), (max(0, lead.start - 600), lead.start)]
    result = list(principals)
    for code in sorted(missing):
        person = _first_person_of(text, code, windows, level)
        if person:
            result.append(person)
    return result


# "the Second Japan-India 2+2 Foreign and Defence Ministerial Meeting was held …": each side is led by
# two ministers, its foreign and its defence minister, and both are principals.
_TWO_PLUS_TWO = rx.compile(r"(?<![\w+])2\s?\+\s?2(?![\w+])|(?i:\bforeign and defen[cs]e minist)")
_DEFENCE_TITLE = rx.compile(r"(?i:\bdefen[cs]e\b)")


def _two_ministers_per_side(text: str, principals: list[Person],
                            attendees: list[Person]) -> tuple[list[Person], list[Person]]:
    """A 2+2 meeting's principals: beside each side's foreign minister its defence minister (or the
    other way round), when the attendance list names them."""
    promoted = []
    for person in principals:
        if any(p.country == person.country and p is not person for p in principals):
            continue  # the side's two principals are already named
        defence = _is_defence_minister(text, person)
        partner = next((other for other in attendees if other.country == person.country and other not in promoted
                        and "inister" in (other.title or "") and _is_defence_minister(text, other) != defence),
                       None)
        if partner is not None:
            promoted.append(partner)
    return principals + promoted, [p for p in attendees if p not in promoted]


def _first_attendee_leads_each_side(principals: list[Person], attendees: list[Person],
                                    sides: set[str]) -> tuple[list[Person], list[Person]]:
    """A meeting named, then held, whose lead names no one ('… 2+2 … Consultations were held in Tokyo. Mr.
    SATO …, attended from Japan, while Senator … Ross …, attended from Australia'): a side with no principal
    is led by the first of its people the attendance names."""
    promoted = []
    for code in sorted(sides - {p.country for p in principals}):
        first = next((p for p in attendees if p.country == code), None)
        if first is not None:
            promoted.append(first)
    return principals + promoted, [p for p in attendees if p not in promoted]


def _is_defence_minister(text: str, person: Person) -> bool:
    """Whether the person's title, or a second one after the name, is a defence minister's ('the Hon.
    Richard Marles MP, Deputy Prime Minister and Minister for Defence')."""
    return bool(_DEFENCE_TITLE.search(person.title or "")) or _AND_DEFENCE_MINISTER.match(text, person.end) is not None


_AND_DEFENCE_MINISTER = rx.compile(r"(?: [A-Z]{2,3})?, (?:[\w-]+ ){0,4}?and Minister (?:of |for )?(?:National )?"
                                   r"Defen[cs]e(?![\w-])")


# 'As President Biden has said, the United States remains …': words cited, not a participant
_AS_BEFORE = rx.compile(r"(?<![\w-])As (?:[\w.’'-]+ ){0,4}$")
_SAID_AFTER = rx.compile(r"(?<![ \t])[ \t]+(?:has |have |had )?(?:said|noted|stated|made clear|repeatedly said)\b")


def _cited(text: str, person: Person) -> bool:
    """Whether the person is only cited: 'As President Biden has said, …'."""
    return _SAID_AFTER.match(text, person.end) is not None and _AS_BEFORE.search(text, max(0, person.start - 40),
                                                                                 person.start) is not None


# 'This was stated during a bilateral meeting with …': what the sentence before said, its speaker's meeting.
_SAID_IN_THE_MEETING = rx.compile(r"(?:This|That|It) (?:was|were) (?:stated|said|announced|conveyed|expressed|made|"
                                  r"affirmed|reaffirmed|agreed|decided|underlined|stressed) (?:during|at|in) ")


def _the_speaker_before(text: str, lead: _Lead, principals: list[Person]) -> list[Person]:
    """"Indonesia's newly appointed Foreign Minister, Sugiono has affirmed … This was stated during a
    bilateral meeting with the Malaysia's Minister of Economy Rafizi Ramli …": the sentence before names
    the lead's subject (the first person of a country no principal holds)."""
    if not _SAID_IN_THE_MEETING.match(text, lead.start) or any(p.start < lead.trigger.start() for p in principals):
        return []
    gap = _blank_before(text, lead.start)
    if gap == 0:
        return []
    start, end = _sentence_bounds(text, gap - 1)
    held = {p.country for p in principals}
    return [p for p in find_people(text, start, end) + find_known_officials(text, start, end)
            if (p.country or p.organization) and p.country not in held and not p.possessive][:1]


def _first_person_of(text, code, windows, level) -> Optional[Person]:
    """The first titled (or well-known) person of a country in the windows, same level first."""
    # (one of the same level before the lead beats another after it: 'Prime Minister Abe visited the
    # United States … a summit meeting with President Bush was held …', then 'Also present … Ambassador Kato')
    found = []
    for start, end in windows:  # (the next window is read only when this one has no one of that level)
        people = [p for p in find_people(text, start, end) if p.country == code and not _cited(text, p)] \
            if end > start else []
        same = next((p for p in people if level is None or p.level == level or p.level == "counterparts"), None)
        if same is not None:
            return same
        found.append(people)
    for (start, end), people in zip(windows, found):
        if end <= start:
            continue
        if people:
            return people[0]
        known = [p for p in find_known_officials(text, start, end) if p.country == code and not _cited(text, p)]
        if known:
            return known[0]
    return None


def _countries_within_each_side(principals: list[Person], lead: _Lead, sides: set[str] = frozenset()) -> None:
    """A list of officials on one side of the verb shares that side's one country: 'met with
    Israeli Prime Minister Netanyahu, President Herzog, and Defense Minister Gallant', 'President
    Biden and Vice President Harris spoke with …'. Only where the two sides have one country each,
    and never for an official of an organisation. An object side with no country of its own takes
    the one party the subject side does not stand for ('traveled to Colombia and met with President
    Duque, President-Elect Petro, …')."""
    verb = lead.trigger.start()
    groups = ([p for p in principals if p.start < verb], [p for p in principals if p.start > verb])
    known = [{p.country for p in group if p.country} for group in groups]
    others = set(sides) - known[0]
    if groups[1] and not known[1] and len(known[0]) == 1 and len(others) == 1:
        known[1] = others
    # Both sides of the verb named, one country each, and not the same: 'X and Y met' (one side
    # holds both parties) or lists with several countries are left alone.
    if not all(groups) or len(known[0]) != 1 or len(known[1]) != 1 or known[0] == known[1]:
        return
    for group, codes in zip(groups, known):
        if len(codes) == 1:
            code = next(iter(codes))
            for p in group:
                if p.country is None and p.organization is None:
                    _give_country(p, code)


def _assign_unknown_countries(principals, sides, publisher_country, location_country=None,
                              subject_side: Optional[tuple[int, set, bool]] = None) -> None:
    """A principal with no country takes the one side no one else stands for, else the publisher's.

    subject_side: (where the verb starts, the countries the subject's unnamed titles name, whether
    the subject is named by office alone): "EAM
    held talks with Musalia Mudavadi" names India's side; Mudavadi, after the verb, is not on it.
    """
    have = {p.country for p in principals if p.country}
    unknown = [p for p in principals if p.country is None and p.organization is None]
    free = sorted(sides - have)
    if subject_side and len(unknown) == 1 and unknown[0].start >= subject_side[0]:
        free = [code for code in free if code not in subject_side[1]]
        if free == [publisher_country] and subject_side[2]:
            # 'the Deputy Secretary met with … Nguyen Minh Vu' (a State Department page): the
            # subject, named by office, holds the publisher's side; the counterpart does not.
            free = []
    if len(unknown) == 1 and len(free) == 1:
        _give_country(unknown[0], free[0])
        return
    home = publisher_country if publisher_country not in have else None
    if home is None and location_country not in have:
        home = location_country
    if unknown and home and unknown[0] is principals[0] \
            and not (subject_side and subject_side[2] and unknown[0].start >= subject_side[0]):
        # The subject of a readout is the publisher's (or the host's) own official (not the one
        # named after the verb when the subject is an office: 'The delegation also met with Prime
        # Minister Ariel Henry' names the counterpart).
        _give_country(unknown[0], home)


# 'the delegation', 'the U.S. delegation': a side named without a person
_DELEGATION = rx.compile(r"(?<![\w-])[Tt]he (?:U\.S\. |American )?delegation(?![\w-])")


def _named_by_office(text: str, lead: _Lead) -> bool:
    """Whether the lead's subject is an office or a delegation, not a person: 'In Hanoi, the Deputy
    Secretary met with …', 'The delegation also met with …'."""
    start, verb = lead.start, lead.trigger.start()
    if any(p.start < verb for p in lead.people):
        return False
    return _DELEGATION.search(text, start, verb) is not None or bool(unnamed_titles(text, start, verb))


def _give_country(person: Person, code: str) -> None:
    """Set a country found late, and the family name its naming convention gives.

    'Anwar Ibrahim' read without a country splits western-style (Ibrahim); as a Malaysian
    name the family name is Anwar. A name shown reordered or read from MOFA's capitals ('Hanke
    BRUINS SLOT', shown 'Hanke Bruins Slot') is left as it is.
    """
    person.country = code
    if split_name(person.name)[0] != person.family_name:
        return  # (its family name came from the way the text wrote it, not from the convention)
    family, given, display = split_name(person.name, code)
    if display == person.name:
        person.family_name, person.given_name = family, given


def _countries_from_other_mentions(text: str, lead: _Lead, principals: list[Person]) -> None:
    """'Mr. Wang' in the lead takes the country of 'Chinese Foreign Minister Wang Yi' elsewhere near it."""
    unknown = [p for p in principals if p.country is None and p.organization is None]
    if not unknown:
        return  # the common case: every principal has a country, and the text around the lead is not lowered
    near = text[max(0, lead.start - 800):lead.end + 800].lower()
    unknown = [p for p in unknown if near.count(p.family_name.lower()) > 1]
    if not unknown:
        return
    others = find_people(text, max(0, lead.start - 800), min(len(text), lead.end + 800))
    for p in unknown:
        match = next((o for o in others if o.country and o.family_name == p.family_name), None)
        if match:
            p.country = match.country


def _office_of_the_one_unknown(text: str, lead: _Lead, region_end: int, principals: list[Person],
                               known: set[str]) -> set[str]:
    """'Minister for Foreign Affairs Mr. Gyawali held a telephone conversation with External Affairs
    Minister of India …', then 'The Minister for Foreign Affairs of Nepal thanked …': the one
    principal without a country holds the office a later sentence names, unnamed, with its country."""
    unknown = [p for p in principals if p.country is None and p.organization is None]
    level = level_of(unknown[0].title) if len(unknown) == 1 else None
    if level is None or level == "counterparts":
        return set()
    found = unnamed_office_countries(text, lead.end, region_end, level) - known
    return found if len(found) == 1 else set()


def _level(principals: list[Person]) -> Optional[str]:
    """The meeting level: one level for all principals, else mixed."""
    levels = {p.level for p in principals if p.level and p.level != "counterparts"}
    if not levels:
        return None
    return levels.pop() if len(levels) == 1 else "mixed"


def _subject_level(text: str, lead: _Lead) -> Optional[str]:
    """The level a lead's subject names when it names no person: 'The foreign ministers of Japan,
    the United States and the Republic of Korea held …' -> foreign_ministers."""
    levels = {level_of(t.group()) for t in TITLE_RE.finditer(text, lead.start, lead.trigger.start())}
    levels.discard(None)
    levels.discard("counterparts")
    return levels.pop() if len(levels) == 1 else None


def _then(first: list, later) -> Iterator:
    """The windows in `first`, then those `later()` gives (computed only if reached)."""
    yield from first
    yield from later()


_RETOLD_REACH = 800


def _retold(text: str, lead: _Lead, principals: list[Person], region_end: int) -> list[tuple[int, int]]:
    """The first sentence after the lead that tells its meeting again — a meeting verb and a
    principal's name — as GOV.UK's body does after its summary line ('Foreign Secretary David Lammy
    hosted Jordan's Deputy Prime Minister … yesterday'). Only where the lead has no date."""
    if not principals or any(dates.is_plausible_date_match(m) for m in dates.iter_dates(text, lead.start, lead.end)):
        return []
    end = min(region_end, lead.end + _RETOLD_REACH)
    names = {p.family_name for p in principals if len(p.family_name) > 2}
    window = _next_sentence(text, lead.end)
    while window and window[0] < end:
        start, stop = window
        if any(text.find(n, start, stop) != -1 for n in names) \
                and PATTERNS["triggers"].search(text, start, stop) and not PATTERNS["recalled"].search(text, start, stop):
            return [window]
        window = _next_sentence(text, stop)
    return []


def _meeting_date(document, text, lead, anchor: _Anchor, spans, warnings, restated=lambda: ()) -> Optional[str]:
    """The meeting date: in the lead first, else the sentences around it, else a later lead that
    tells the same meeting again, else the date line; relative words use the anchor."""
    skip = anchor.span or (0, 0)
    if not (lead.start <= skip[0] < lead.start + 20) or _ON_BEFORE.search(text, lead.start, skip[0]):
        # The date line is skipped only where the lead runs on from it ('date 2024-12-26 In a …'),
        # not where it is the lead's own ('On 28 January 2024, at 10.00 hrs., Mr. Parnpree …').
        skip = (0, 0)
    reference = _release_date(text, anchor, lead)
    filed = _news_dateline_date(text, lead, reference)
    if filed:
        # "SEOUL, Feb. 4 (Yonhap) -- … held talks in Washington on Friday": the dateline's date is
        # the day the story was filed; a day the lead names after it counts from that date.
        reference, skip = filed
    for m in dates.iter_dates(text, lead.start, lead.end):
        if not dates.is_plausible_date_match(m) or skip[0] <= m.start() < skip[1] or _is_attribution(text, lead.start, m) \
                or _DEADLINE.search(text, max(lead.start, m.start() - 8), m.start()) \
                or _ANOTHER_EVENTS_DAY.search(text, max(lead.start, m.start() - 24), m.start()) \
                or _in_fronted_event(text, lead, m) or _a_span_before_the_day(text, lead, m) \
                or _PAGE_STAMP.search(text, max(lead.start, m.start() - 16), m.start()):
            continue
        m = dates.stated_day(text, m, lead.end)
        value, why = dates.resolve_date(m, reference)
        if not value and why and anchor.date is None:
            value = _date_with_stated_year(document, text, m, warnings)
        if value:
            spans["date"] = [m.start(), m.end()]
            return value.isoformat()
        if why:
            warnings.append(f"meeting date: {why} ({m.group()!r})")
            return None
    if filed:
        spans["date"] = list(filed[1])
        return filed[0].isoformat()
    if _SAME_DAY.search(text, lead.start, lead.end):
        # 'On the same day, Minister Çavuşoğlu met with …': the day the text named last before the lead.
        told = _day_told_before(text, lead.start, reference)
        if told:
            spans["date"] = list(told[1])
            return told[0].isoformat()
    if _NEXT_DAY.match(text, lead.start):
        # 'On January 12, 2023 (local time), Prime Minister Kishida visited Washington D.C. … On the next
        # day, Prime Minister Kishida … held a summit meeting with …': the day after the one named before.
        told = _day_told_before(text, lead.start, reference)
        if told:
            spans["date"] = list(told[1])
            return (told[0] + dt.timedelta(days=1)).isoformat()
    nxt = _next_sentence(text, lead.end)
    windows = [nxt if nxt and nxt[0] >= lead.end else None, _previous_sentence(text, lead.start),
               _dateline_paragraph_before(text, lead)]
    if _opens_as_during_meetings(text, lead.start, lead.trigger):
        # 'Mr. Finer traveled to Port-au-Prince, Haiti on October 16 to meet with … During separate meetings
        # with …': the meetings were held on the trip's day.
        windows.insert(0, _trip_sentence(text, lead))
    date_line = None  # (a headline lead's next line is the page's date line: a later sentence's day comes first)
    for window in _then(windows, restated):
        if not window:
            continue
        for m in dates.iter_dates(text, *window):
            if skip[0] <= m.start() < skip[1] or not dates.is_plausible_date_match(m) or _is_attribution(text, window[0], m) \
                    or _ANOTHER_EVENTS_DAY.search(text, max(window[0], m.start() - 24), m.start()):
                continue
            m = dates.stated_day(text, m, window[1])
            value, _ = dates.resolve_date(m, reference)
            if value and date_line is None and anchor.span and m.start() == anchor.span[0]:
                date_line = value, m
            elif value:
                spans["date"] = [m.start(), m.end()]
                return value.isoformat()
    if date_line is not None:
        spans["date"] = [date_line[1].start(), date_line[1].end()]
        return date_line[0].isoformat()
    if anchor.date is not None and not _other_dates(text, anchor, lead):
        # The lead gives no date and no other day is named: the date line (or published date) is the meeting's.
        if anchor.span:
            spans["date"] = list(anchor.span)
        return anchor.date.isoformat()
    return None


_ON_BEFORE = rx.compile(r"(?<![\w-])[Oo]n\s+$")
# 'Beckett tells Rice (Reuters) Updated: 2006-05-09 09:35 Margaret Beckett made …': the page's stamp
# inside a lead that runs on from the headline is no meeting's day.
_PAGE_STAMP = rx.compile(r"(?<![\w-])(?:Posted|Updated|Published|Modified)(?: on)?[ \t]*:[ \t]*$")


def _a_span_before_the_day(text: str, lead: _Lead, m: re.Match) -> bool:
    """The first or last day of a visit's span when the lead names the meeting's own day after it ('… is paying
    an official visit to Cuba from May 19-21 … During their talks on May 20, …')."""
    if not (dates.opens_a_span_of_days(text, m) or dates.closes_a_span_of_days(text, m)):
        return False
    # ('… who is in New York from 21 - 30 September 2010 …, met … on 21 September 2010': the span's last day)
    for later in dates.iter_dates(text, m.end() + 3, lead.end):
        if dates.is_plausible_date_match(later) and not later.group("wd") and not dates.opens_a_span_of_days(text, later):
            return True
    return False
_SAME_DAY_REACH = 1500  # how far back 'the same day' may look for the day it means


_NEXT_DAY = rx.compile(r"(?:On )?[Tt]he (?:next|following) day,? ")


def _day_told_before(text: str, pos: int, reference: Optional[dt.date]):
    """The last day named in the text before pos (within _SAME_DAY_REACH), and its span; None if none
    can be dated."""
    told = None
    for m in dates.iter_dates(text, max(0, pos - _SAME_DAY_REACH), pos):
        if dates.is_plausible_date_match(m) and not _is_attribution(text, max(0, pos - _SAME_DAY_REACH), m):
            value, _ = dates.resolve_date(dates.stated_day(text, m, pos), reference)
            if value:
                told = value, (m.start(), m.end())
    return told


# A day something is due by, not the meeting's: 'push back the tariff to July 9 after a phone call
# with … on Sunday', 'extend it until March 1'.
_DEADLINE = rx.compile(r"(?<![\w-])(?:to|until|till|by)\s+$")

# The day of another event the lead builds on or prepares, not the meeting's: 'Following the November
# 13, 2022 Phnom Penh Summit …, Cabinet Councillor … convened the inaugural meeting', '… spoke with
# … Trudeau regarding preparations for the April 22-23 Leaders Summit on Climate'; and a week, no
# day: 'During the week of October 10, … led an interagency delegation to Doha'; and the day a thing
# named was made: '… the U.S.-Canada High-Level Dialogue on Climate Ambition launched on February 23'.
# ('Foreign Minister Kim Sung-hwan, who took office on October 8, had a telephone conversation with …
# on October 9': the day a minister took office is not the call's.)
_ANOTHER_EVENTS_DAY = rx.compile(r"(?<![\w-])(?:(?:[Ff]ollowing|[Aa]fter|[Ss]ince|[Bb]uilding on|[Ff]ollowing up on|"
                                 r"[Pp]reparations? for|[Ii]n preparation for|[Aa]head of|[Ii]n advance of) the"
                                 r"|week of|(?:launched|established|created|founded|signed|adopted|enacted|unveiled|"
                                 r"inaugurated|took office|assumed office|sworn in|appointed|elected|"
                                 r"(?:took up|assumed) (?:his|her) (?:post|office)) on)\s+$")


# A phrase before the lead's subject naming another event: 'Ahead of Guatemala’s presidential runoff
# election on August 20, … met today with …'. The day in it is that event's.
_FRONTED_EVENT = rx.compile(r"(?:[Aa]head of|[Ii]n advance of|[Bb]efore|[Ff]ollowing|[Aa]fter|[Ii]n the run-up to"
                            r"|[Ii]n preparation for)(?![\w-])[^,;\n]*$")


def _in_fronted_event(text: str, lead: _Lead, m: re.Match) -> bool:
    """Whether the date m lies in a phrase that opens the lead, names another event and ends with a
    comma before the meeting's verb."""
    return m.start() < lead.trigger.start() and _FRONTED_EVENT.match(text, lead.start, m.start()) is not None \
        and text.find(",", m.end(), lead.trigger.start()) != -1


# A news agency's dateline opening the lead: "SEOUL, Feb. 4 (Yonhap) --", "Tokyo, Nov. 24 (Jiji Press)--",
# "ABU DHABI, 6th November, 2019 (WAM) --"; or a release's own, with a dash: "MANILA, 26 August 2025 —".
_NEWS_DATELINE = rx.compile(r"[A-Z][A-Za-z.’'\- ]{1,30}, (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                            r"[a-z]*\.? \d{1,2}(?:, \d{4})?"
                            r"|\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? \d{4})"
                            r"(?: ?\([A-Z][^()\n]{0,29}\) ?(?:--|–|—|-|:)| ?(?:--|–|—) )")


def _news_dateline_date(text: str, lead: _Lead, reference: Optional[dt.date]):
    """The filing date of a news dateline at the lead's start, and its span; None if there is none
    or it cannot be dated (no year anywhere)."""
    head = _NEWS_DATELINE.match(text, lead.start, lead.end)
    if head is None:
        return None
    m = dates.DATE_RE.match(text, head.start("date"), head.end("date"))
    value = dates.resolve_date(m, reference)[0] if m and m.end() == head.end("date") else None
    return (value, head.span("date")) if value else None


def _dateline_paragraph_before(text: str, lead: _Lead) -> Optional[tuple[int, int]]:
    """The news story's first paragraph, right before the lead, when it opens with the dateline
    ('BRASILIA, Jan 30 (Reuters) - … on Monday rejected …', then the lead 'Speaking alongside …
    after the two leaders met in Brasilia, …'): the day it tells is the meeting's."""
    end = text.rfind("\n\n", 0, lead.start)
    if end <= 0 or text[end:lead.start].strip():
        return None
    before = text.rfind("\n\n", 0, end)
    start = segment.trim_span(text, before + 2 if before >= 0 else 0, end)[0]
    return (start, end) if _NEWS_DATELINE.match(text, start, end) else None


def _release_date(text: str, anchor: _Anchor, lead: _Lead) -> Optional[dt.date]:
    """What 'today' and 'on Thursday' count from: the date line, unless another dated line stands
    between it and the lead — a republished release keeps its own stamp under the site's date
    ('Friday, October 27, 2023 … 10/26/2023 11:52 PM EDT … hosted … today'): the nearer one."""
    if anchor.span is None or anchor.span[1] >= lead.start:
        return anchor.date
    nearest = anchor.date
    for m in dates.iter_dates(text, anchor.span[1], min(lead.start, _HEAD_LIMIT)):
        if dates.has_year(m) and not dates.in_a_range(text, m):
            stated, _ = dates.resolve_date(m, None)
            if stated and abs((stated - anchor.date).days) <= 7:
                nearest = stated
    return nearest


def _date_with_stated_year(document, text: str, m: re.Match, warnings: list[str]) -> Optional[dt.date]:
    """'On October 10' in a text with no date line and no published date: the year of the
    publication from the URL's path ('/2025/01/'); said in a warning, as it is inferred. Years
    written in the text are not used: they mostly date earlier events ('launched in July 2013')."""
    year = dates.date_in_url(getattr(document, "url", None))[1]
    if year is not None:
        value = dates.resolve_with_year(m, year)
        if value:
            warnings.append(f"meeting date: no date line or published date; the year {year} of {m.group()!r} "
                            f"is the URL's")
        return value
    # The same day written in full elsewhere: '… on Oct. 6, 2021, in this photo released by the ministry'.
    same_day = _same_day_with_year(text, m)
    if same_day is not None:
        warnings.append(f"meeting date: no date line or published date; the year {same_day.year} of {m.group()!r} "
                        "is that of the same day written in full")
        return same_day
    # The same path printed as the page's breadcrumb: 'Newsroom / Press Statements / 2024 / 03'.
    crumb = _BREADCRUMB_MONTH.search(text, 0, min(len(text), _HEAD_LIMIT))
    value = dates.resolve_with_year(m, int(crumb.group("y"))) if crumb else None
    if value is None or value.month != int(crumb.group("m")):
        return None
    warnings.append(f"meeting date: no date line or published date; the year {crumb.group('y')} of "
                    f"{m.group()!r} is the breadcrumb's")
    return value


def _same_day_with_year(text: str, m: re.Match) -> Optional[dt.date]:
    """The month and day of m in the one year the text writes that same day with (None if it writes
    it with none, or with two years)."""
    day = dates.resolve_with_year(m, 2000)  # (a leap year: '29 February' stays a day)
    if day is None:
        return None
    years = set()
    for other in dates.iter_dates(text):
        if other.start() != m.start() and dates.has_year(other):
            value, _ = dates.resolve_date(other, None)
            if value is not None and (value.month, value.day) == (day.month, day.day):
                years.add(value.year)
    return dt.date(years.pop(), day.month, day.day) if len(years) == 1 else None


_BREADCRUMB_MONTH = rx.compile(r"/[ \t]*(?P<y>(?:19|20)\d\d)[ \t]*/[ \t]*(?P<m>0?[1-9]|1[0-2])(?!\d)")


def _next_sentence(text: str, end: int) -> Optional[tuple[int, int]]:
    """The sentence after the one ending at `end` (across a paragraph break), if any."""
    pos = end
    while pos < len(text) and text[pos] in " \t\u00a0\n":
        pos += 1
    if pos >= len(text):
        return None
    start, stop = _sentence_bounds(text, pos)
    return (start, stop) if start >= end and stop > start else None


def _an_alias_after(text: str, person: Person, other: Person) -> bool:
    """Whether `other` is the name `person` goes by, in brackets after his ('President Joko Widodo
    (Jokowi)'): one person."""
    return text[person.end:other.start] == " (" and text.startswith(")", other.end)


def _is_attribution(text: str, start: int, m: re.Match) -> bool:
    """A date that says when something was reported, not when the meeting was ('according to … on Thursday')."""
    return bool(_ATTRIBUTION.search(text, max(start, m.start() - 60), m.start()))


def _blank_before(text: str, pos: int) -> int:
    """Where the run of spaces and line breaks that ends at pos begins."""
    while pos > 0 and text[pos - 1] in " \t\u00a0\n":
        pos -= 1
    return pos


def _previous_sentence(text: str, pos: int, lead_in: int = 160) -> Optional[tuple[int, int]]:
    """The sentence before pos in the same paragraph, if any (or a paragraph before of one sentence, up
    to `lead_in` characters long, that leads into this one)."""
    gap_start = _blank_before(text, pos)
    if gap_start == 0:
        return None
    start, end = _sentence_bounds(text, gap_start - 1)
    if text.count("\n", gap_start, pos) > 1:
        # The paragraph before, when it is one short sentence that leads into this one ('That
        # question got a firmer answer yesterday.'), not a heading or a date line.
        if not (end - start <= lead_in and text[end - 1:end] == "." and text.rfind("\n", 0, start + 1) == start - 1
                and text.count(" ", start, end) >= 3):
            return None
    return (start, end) if end <= pos else None


def _other_dates(text: str, anchor: "_Anchor", lead: _Lead) -> bool:
    """True when the text near the lead names a day other than the date line's, or puts the meeting
    in a span of days ('Earlier this week, … traveled to Nigeria'): the date is then unclear."""
    if _SOME_DAY_THIS_WEEK.search(text, 0, lead.end):
        return True
    skip = anchor.span or (0, 0)
    for m in dates.iter_dates(text, 0, min(len(text), lead.end + 1500)):
        if skip[0] <= m.start() < skip[1] or not (m.group("m1") or m.group("m2")):
            continue
        if dates.is_plausible_date_match(m):
            value, _ = dates.resolve_date(m, anchor.date)
            if value and (value < anchor.date or (value > anchor.date and lead.start <= m.start() < lead.end)):
                # (a later day outside the lead is one still to come when the page was dated: '… would
                # be pleased to host his counterpart in Ankara on 11 December 2019')
                return True
    return False


_SOME_DAY_THIS_WEEK = rx.compile(r"(?<![\w-])(?:[Ee]arlier|[Ll]ater) (?:this|in the|that) week(?![\w-])"
                                r"|(?<![\w-])[Tt]his (?:past )?week(?:end)?,? (?:[A-Z][\w.-]* ){0,8}(?:traveled|travelled|visited|met)\b"
                                # (a sentence that opens with the week: 'This week, … Singh was in New Delhi')
                                r"|(?:(?<=\n)|(?<=[.!?] ))(?:This|Last|This past) week(?:end)?, ")


def _first_in_lead(finder, text, lead):
    """A value in the lead sentence, else in the sentence after it."""
    found = finder(text, lead.start, lead.end)
    if found:
        return found
    nxt = _next_sentence(text, lead.end)
    return finder(text, *nxt) if nxt else None


# A later sentence about the meeting itself: "The meeting started at around 4:30 p.m. and lasted
# about 65 minutes", "The talks, which began at 10 a.m., ran for …" (news reports put it in the
# second or third paragraph). The verb is found first (a literal start, cheap); the words before
# it must make the meeting its subject.
_OF_THE_MEETING = rx.compile(r"(?:The|the|Their|their|Our|our|Today[’']s|Monday[’']s|Tuesday[’']s|Wednesday[’']s|Thursday[’']s|"
                             r"Friday[’']s|Saturday[’']s|Sunday[’']s)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|call|conversation|"
                             r"summit|conference|discussions?|session|exchange|retreat)\b(?:,[^,.;]{1,160},)?,?\s+(?:[\w,’'-]+\s+){0,8}?$")
_LENGTH_OF_MEETING = rx.compile(r"(?<![\w-])(?:[\w]+-(?:minute|hour)(?:-long)?|hour-long|hour long|hourlong) (?:phone |telephone |video )?"
                                r"(?:call|meeting|talks|conversation|summit|discussion|session)(?![\w-])")
_OF_THE_MEETING_WORDS = ("lasted", "started", "began", "commenced", "ran", "took place", "was held", "were held",
                         "continued", "went on")
_OF_THE_MEETING_VERB = rx.compile("(?:" + "|".join(_OF_THE_MEETING_WORDS) + r")(?![\w-])")
_MEETING_SENTENCES_REACH = 1500
# A sentence whose subject is the talks themselves, not the event around them ('The conference was
# held from Feb. 17 to 19' dates the conference, not a meeting on its margins).
_TALKS_SUBJECT = rx.compile(r"(?:The|Their|Our|Today[’']s) (?:[\w-]+ ){0,3}?(?:meeting|talks|call|conversation|discussions?|"
                            r"session|exchange)\b")


_MEETING_NOUNS = ("meeting", "talks", "call", "summit", "conversation", "conference", "discussion", "session",
                  "exchange", "retreat")


def _noun_far_before(text: str, start: int, end: int) -> bool:
    """Whether a meeting noun and a comma stand in text[start:end] (a subject with a parenthetical)."""
    return end > start and text.find(",", start, end) != -1 and any(text.find(w, start, end) != -1 for w in _MEETING_NOUNS)


def _meeting_sentences(text: str, lead, region_end: int) -> list[tuple[int, int]]:
    """Later sentences of the meeting's region whose subject is the meeting itself."""
    end = min(region_end, lead.end + _MEETING_SENTENCES_REACH)
    found: list[tuple[int, int]] = []
    verbs = (_OF_THE_MEETING_VERB.finditer(text, lead.end, end)
             if any(text.find(word, lead.end, end) != -1 for word in _OF_THE_MEETING_WORDS) else ())
    for verb in verbs:
        if found and verb.start() < found[-1][1]:
            continue
        if _OF_THE_MEETING.search(text, max(lead.end, verb.start() - 80), verb.start()) or (
                _noun_far_before(text, max(lead.end, verb.start() - 240), verb.start() - 80)
                and _OF_THE_MEETING.search(text, max(lead.end, verb.start() - 240), verb.start())):
            # (the longer reach only for a subject with a parenthetical: 'The talks, held at …, began')
            start, stop = _sentence_bounds(text, verb.start())
            found.append((max(start, lead.end), min(stop, end)))
    if text.find("-minute", lead.end, end) != -1 or text.find("hour", lead.end, end) != -1:
        # "During the 25-minute call, …", "in their hour-long meeting"
        for length in _LENGTH_OF_MEETING.finditer(text, lead.end, end):
            start, stop = _sentence_bounds(text, length.start())
            found.append((max(start, lead.end), min(stop, end)))
    if any(text.find(word, lead.end, end) != -1 for word in _MET_FOR_WORDS):
        # "The Vice President and President Zelenskyy met for approximately 45 minutes."
        for met in _MET_FOR.finditer(text, lead.end, end):
            start, stop = _sentence_bounds(text, met.start())
            found.append((max(start, lead.end), min(stop, end)))
    return found


_MET_FOR_WORDS = ("met for ", "spoke for ", "talked for ", "conferred for ", "talks for ", "met at the ")
_MET_FOR = rx.compile(r"(?<![\w-])(?:met|spoke|talked|conferred|held talks)(?: with each other| at the [A-Z][\w’'-]*"
                      r"(?: [A-Z][\w’'-]*){0,2})? for "
                      r"(?=(?:about|approximately|around|nearly|almost|over|more than|some|an?|one|two|three|\d))")


def _bracketed_line_after(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """A line in brackets right under a section's heading ('1. Courtesy Call on President Putin' over
    '(5:50 p.m., Dec. 2 (local time …), for approximately 30 minutes)'): that meeting's time and length."""
    line_start = text.find("\n", pos, min(end, pos + 3))
    if line_start == -1:
        return []
    line_start += 1
    while line_start < end and text[line_start] in " \t":
        line_start += 1
    if not text.startswith("(", line_start):
        return []
    line_end = text.find("\n", line_start, end)
    return [(line_start, line_end if line_end != -1 else end)]


def _said_of_the_meeting(finder, text: str, sentences: list[tuple[int, int]]):
    """The first value `finder` gives in those sentences."""
    for start, stop in sentences:
        found = finder(text, start, stop)
        if found:
            return found
    return None


def _duration(text, lead):
    """Duration stated in or right after the lead, else a 'from … to …' range there."""
    found = _first_in_lead(dates.find_duration, text, lead)
    if found:
        return found
    ranged = dates.range_minutes(text, lead.start, lead.end)
    return ranged


# A title that ends with the call it reports ('Joint Readout of Quad Leaders Call'; not a courtesy call).
_TITLE_ENDS_IN_CALL = rx.compile(r"(?<![Cc]ourtesy )(?<![\w-])Calls?[ \t]*$")


def _meeting_format(document, text, lead, spans, after: Optional[int] = None) -> str:
    """telephone / video / in_person from the title and the lead sentence.

    after: where the previous meeting's lead ends, for a later meeting of the document: the title
    and the text before that are the earlier meeting's ("telephone conversation with …").
    """
    title = (document.title or "") if after is None else ""
    head_start = max(0, lead.start - 400, after or 0)
    title_in_person = False
    for where, s, e in ((text, lead.start, lead.end), (title, 0, len(title)), (text, head_start, lead.start)):
        video = PATTERNS["video"].search(where, s, e)
        if video and not _a_menu_item(where, video, s):
            if where is text:
                spans["format"] = [video.start(), video.end()]
            return "video"
        phone = PATTERNS["telephone"].search(where, s, e)
        if phone and _a_menu_item(where, phone, s):
            phone = None
        if phone and "courtesy" not in where[max(s, phone.start() - 12):phone.start()].lower():
            if where is text:
                spans["format"] = [phone.start(), phone.end()]
            return "telephone"
        if where is title and _TITLE_ENDS_IN_CALL.search(title):
            return "telephone"  # 'Joint Readout of Quad Leaders Call'
        if where is title and PATTERNS["in_person"].search(title):
            title_in_person = True
            break
    # (The next sentence's 'In their first phone talks …' outweighs a title's 'ahead of Trump visit'.)
    told = _told_next(text, lead)
    if told:
        # 'Yun and Kerry agreed Thursday to … In a 20-minute phone conversation that began at 8:30 a.m., …'
        for fmt in ("video", "telephone"):
            cue = PATTERNS[fmt].search(text, told[0], told[1])
            if cue:
                spans["format"] = [cue.start(), cue.end()]
                return fmt
    if title_in_person:
        return "in_person"
    weak = PATTERNS["weak_telephone"].search(text, lead.start, lead.end)
    if weak and not _met_in_person(text, lead) \
            and (not (place := _location(text, lead)) or _a_releases_dateline(text, lead, place)):
        spans["format"] = [weak.start(), weak.end()]
        return "telephone"
    return "in_person"


def _met_in_person(text: str, lead: _Lead) -> bool:
    """An in-person cue in the lead that is not another meeting still to come ('Kerry and Lavrov spoke this
    morning in advance of the meeting in Geneva tomorrow')."""
    return any(not _AHEAD_OF_BEFORE.search(text, max(lead.start, cue.start() - 24), cue.start())
               for cue in PATTERNS["in_person"].finditer(text, lead.start, lead.end))


def _a_releases_dateline(text: str, lead: _Lead, place: Location) -> bool:
    """'Washington, DC - Secretary of State Michael R. Pompeo spoke today with …': the place a release
    was issued from, opening the lead before a dash, is no place the two met."""
    span = place.span
    return bool(span) and lead.start <= span[0] <= lead.start + 2 \
        and _DATELINE_DASH.match(text, span[1], min(lead.end, span[1] + 12)) is not None


_DATELINE_DASH = rx.compile(r"(?:,? ?D\.?C\.?)? ?(?:-|–|—|--) ")


def _a_menu_item(where: str, cue: re.Match, start: int) -> bool:
    """A format cue that is a whole line of its own above the lead: a site's section ('Telephone
    conversations' in the Kremlin's menu), not this meeting's format."""
    line_start = where.rfind("\n", start, cue.start()) + 1 if cue.start() > start else start
    line_end = where.find("\n", cue.end())
    line = where[line_start:len(where) if line_end < 0 else line_end].strip()
    # (a title names the other side: 'Telephone conversation with President of Finland')
    return line_start > start and len(line.split()) <= 3 and not any(c in line for c in ".,:;0123456789") \
        and " with " not in line and " between " not in line


# ('In their 23-minute phone conversation that began …', 'The two leaders held a 30-minute phone conversation …')
# ('Shoukry received on Sunday a phone call from Pompeo, where …': a subject named by its name)
_IN_THE_CALL = rx.compile(r"(?:(?:In|During|Over) (?:a|an|the|their)|(?:(?:The two|Both) (?:leaders|ministers|sides|presidents)"
                          r"|(?:[A-Z][\w’'-]+ ){1,3}?(?:received|made|held|had)(?: on [A-Z][a-z]+day)?)"
                          r" (?:held |had )?(?:a|an|their)) (?:[\w-]+ ){0,4}?(?=(?:phone|telephone|video|virtual)\b)")


def _told_next(text: str, lead) -> Optional[tuple[int, int]]:
    """The opening words of the next sentence when they name the meeting's kind ('In a 20-minute
    phone conversation that began …', 'The two leaders held a 30-minute phone conversation …'), for a
    lead that does not."""
    pos = lead.end
    while pos < len(text) and text[pos] in " \t\n\u00a0":
        pos += 1
    m = _IN_THE_CALL.match(text, pos, min(len(text), pos + 80))
    if m:
        return m.end(), min(len(text), m.end() + 30)
    if pos >= len(text):
        return None
    # ('The agreement was made during the new foreign minister's first phone conversation with …',
    # 'This understanding was reached … in a phone call made last night by Secretary Kerry …')
    end = _sentence_bounds(text, pos)[1]
    if text.find("hone ", pos, end) == -1 and text.find("video ", pos, end) == -1:
        return None  # (every kind of call the pattern names holds one of these: found in C)
    inside = _DURING_THE_CALL.search(text, pos, end)
    return (inside.start("kind"), min(len(text), inside.end())) if inside else None


_DURING_THE_CALL = rx.compile(r"(?<![\w-])(?:during|in|over) (?:a|an|the|their|his|her)(?: [\w’'-]+){0,5}? "
                              r"(?P<kind>(?:tele)?phone|video) (?:conversation|call|talks?)(?![\w-])")


def _location(text, lead) -> Optional[Location]:
    """City and country where the meeting took place: in the lead, else a dateline, else just around it."""
    # ('welcomed X of Venezuela to the White House to discuss … democracy in Venezuela': the place
    # the guest was welcomed to comes first)
    found = _welcomed_to(text, lead) or _location_in(text, lead.start, lead.end, lead, _EVENT_TO_COME)
    if found or _AWAY.search(text, lead.start, lead.end):
        # At a summit or conference the next sentences' places are not the meeting's; a 'Jakarta,
        # Indonesia' date line above the lead is where it was held.
        return found or _heading_city(text, lead.start)
    return (_travelled_there(text, lead) or _location_in(text, lead.end, min(len(text), lead.end + 400), None, _NAMED_PLACE)
            or _heading_city(text, lead.start) or _title_city(text, lead.start))


_TRAVELLERS = rx.compile(r"(?<![\w-])(?:[Tt]he (?:U\.S\. )?delegation|[Hh]e|[Ss]he)(?![\w-])")  # ("On June 10, she and …")


def _travelled_there(text: str, lead) -> Optional[Location]:
    """'Jon Finer traveled to Kyiv on September 4 and 5 to …  Finer met with …': the city (or country)
    the sentence right before the lead says the lead's subject (or 'the delegation') travelled to;
    that sentence reports no meeting."""
    if lead.start < 2:
        return None
    start, end = _sentence_bounds(text, lead.start - 2)
    if end > lead.start or lead.start - end > 4 or PATTERNS["triggers"].search(text, start, end):
        return None
    went = _TRAVELLED_TO.search(text, start, end)
    if went is None:
        return None
    city = countries.CITY_RE.match(text, went.end(), end)
    country = countries.COUNTRY_RE.match(text, went.end(), end) if city is None else None
    if city is None and (country is None or not country.group("name")):
        return None
    subject = text[lead.start:lead.trigger.start()]
    if not _TRAVELLERS.search(subject) and \
            not any(p.family_name in subject for p in find_people(text, start, went.start()) if not p.possessive):
        return None
    if city is None:
        return Location(None, countries.NAMES[country.group("name")], country.span())
    return Location(city.group(), countries.CITIES[city.group()], city.span())


def _welcomed_to(text: str, lead) -> Optional[Location]:
    """'… today welcomed Juan Ramón de la Fuente, Secretary of Foreign Affairs of Mexico, to Ottawa':
    the city a visitor was welcomed to."""
    trigger = lead.trigger.group()
    if not trigger.lower().startswith("welcome"):
        return None
    to = trigger.rfind(" to ")
    if to == -1:
        return None
    at = lead.trigger.start() + to + 4
    city = countries.CITY_RE.match(text, at + (4 if text.startswith("the ", at) else 0), lead.end)
    return Location(city.group(), countries.CITIES[city.group()], city.span()) if city else None


def _heading_city(text: str, lead_start: int) -> Optional[Location]:
    """A 'Paris, France' in the date line above the lead ('January 20, 2022 - Paris, France - …')."""
    for city in countries.CITY_RE.finditer(text, max(0, lead_start - 300), lead_start):
        after = text[city.end():city.end() + 30]
        code = countries.CITIES[city.group()]
        named = countries.COUNTRY_RE.match(after.lstrip(", "))
        if named and countries.resolve_country(named.group()) == code:
            return Location(city.group(), code, (city.start(), city.end()))
    return None


_TITLE_MEETING_IN = rx.compile(r"(?i:\b(?:meets?|meeting|talks|receives|received|holds|hosts|welcomes))\b[^\n]{0,120}? in (?=[A-Z])")


def _title_city(text: str, lead_start: int) -> Optional[Location]:
    """'Tánaiste meets Egyptian Foreign Minister in Dublin': the city a page's title line above the lead
    says the meeting was held in (the lead says 'at Iveagh House')."""
    head_start = max(0, lead_start - 600)
    if text.find(" in ", head_start, lead_start) == -1:
        return None
    for m in _TITLE_MEETING_IN.finditer(text, head_start, lead_start):
        city = countries.CITY_RE.match(text, m.end(), lead_start)
        if city and text[city.end():city.end() + 1] in ("\n", "", ":", '"', "“"):
            return Location(city.group(), countries.CITIES[city.group()], city.span())
    return None


# After the lead, a place that follows a mission abroad is the mission's ("the U.S. Embassy in
# Kabul"), and one of an event still to come is the event's ("discussed plans for the 2023 NATO
# Summit in Vilnius", "in advance of the Summit in …"), not the meeting's. (A past event's place is
# kept: "thanked him for hosting the Summit in Geneva" is, more often than not, where they met.)
_TO_COME = r"ahead of|in advance of|upcoming|forthcoming|plans? for|prepar\w{0,8} for"  # (words of an event still to come)
# (before an in-person cue: 'spoke this morning in advance of the meeting in Geneva tomorrow', see _met_in_person)
_AHEAD_OF_BEFORE = rx.compile(r"(?<![\w-])(?:" + _TO_COME + r")\s(?:the\s|a\s|their\s)?(?:[\w’'-]+\s)?$")
_NAMED_PLACE = rx.compile(r"(?:(?:[Ee]mbassy|[Ee]mbassies|[Cc]onsulate|[Cc]onsulate [Gg]eneral)[ \t]{1,3}"
                          r"|(?:" + _TO_COME + r"|planning for|success of|towards?|next|convene|to hold|will hold|will be held)"
                          r"\b[^.;\n]{0,60})$")


# In the lead, the place of an event still to come ('met with Secretary General Stoltenberg ahead of
# NATO's 75th Anniversary Summit in Washington, DC next month') is the event's: the meeting's own
# place, if the lead gives one, is another 'in …'. Only an event's noun right before 'in': 'ahead
# of their talks, the two leaders met in Hanoi' keeps Hanoi.
_EVENT_TO_COME = rx.compile(r"(?<![\w])(?:" + _TO_COME + r")"
                            r"(?:\s[^\s.;,]{1,30}){0,6}?\s(?:[Ss]ummits?|[Mm]eetings?|[Cc]onferences?|[Vv]isits?|"
                            r"[Tt]alks|[Ff]orums?|[Gg]ames|[Ee]lections?|Olympics|COP\d*|[Aa]ssembly|[Dd]ialogue)\s$")


def _places_named(text: str, start: int, end: int) -> Iterator[re.Match]:
    """'in …', 'at …', then 'travelled to …' (only when no 'in'/'at' place served: the caller stops at the first).
    Not where people live ('the welfare of the Filipinos living in Canada'): no one met there."""
    for m in _IN_PLACE.finditer(text, start, end):
        if not _LIVING_IN.search(text, max(start, m.start() - 20), m.start() + 1):
            yield m
    yield from _TRAVELLED_TO.finditer(text, start, end)


def _location_in(text, start, end, lead, skip_after: Optional[re.Pattern] = None) -> Optional[Location]:
    """'in Beijing', 'at the White House', 'official London residence', or a dateline (lead only).
    `skip_after`: a place right after a word it matches is passed over."""
    for m in _places_named(text, start, end):
        city = countries.CITY_RE.match(text, m.end(), end) or _CITY_AFTER_ADJ.match(text, m.end(), end) \
            or (_city_after_a_town(text, m.end(), end) if lead is not None else None)
        if city and skip_after is not None and skip_after.search(text, max(start, m.start() - 80), m.start()):
            continue
        if city and text[city.end():city.end() + 1] == "-":
            continue  # 'at the 11th Singapore-Malaysia Leaders' Retreat': the parties, not the place
        if city and lead is None and _EVENT_AFTER.match(text, city.end()):
            continue  # after the lead, 'the commitments made at the Warsaw Summit' names an event, not the place
        if city and text.startswith(" in ", city.end()) and (later := countries.CITY_RE.match(text, city.end() + 4, end)):
            city = later  # 'at the Federal Foreign Office in Berlin': a building, then its city
        if city:
            name = city.group("c") if city.re is _CITY_AFTER_ADJ else city.group()
            span = city.span("c") if city.re is _CITY_AFTER_ADJ else city.span()
            return Location(name[4:] if name.startswith("the ") else name, countries.CITIES[name], span)
    if lead is not None and (met_in := _MET_IN.search(text, start, end)):
        # 'NEW DELHI, July 4 (Reuters) - … said after they met in Kazakhstan': a story is filed where
        # its dateline says; the meeting was where the lead says it was held.
        country = countries.COUNTRY_RE.match(text, met_in.end(), end)
        if country and country.group("name"):
            return Location(None, countries.NAMES[country.group("name")], (country.start(), country.end()))
    head = _DATELINE.match(text, start, end) if lead is not None else None
    if head:
        city = head.group("city").strip().title()
        code = countries.resolve_city(city)
        if code:
            return Location(city, code, (head.start("city"), head.start("city") + len(head.group("city").strip())))
    capital = _CAPITAL_OF.search(text, start, end) if text.find(" capital", start, end) != -1 else None
    if capital:
        code = countries.resolve_country(capital.group("dem"))
        if code:
            return Location(None, code, capital.span("dem"))
    if lead is None:
        return None
    for m in _places_named(text, start, end):
        country = countries.COUNTRY_RE.match(text, m.end(), end)
        if country and country.group("name") and text[country.end():country.end() + 1] != "-":
            # ('progress in the U.S.-Brazil relationship' names the parties, not a place)
            return Location(None, countries.NAMES[country.group("name")], (country.start(), country.end()))
        if town := _town_then_country(text, m.end(), end):
            return town
    return _visit_where(text, start, lead)


# 'concluded a Working Visit to the Kingdom of Eswatini where he held talks with His Majesty King Mswati III'
_VISIT_TO_WHERE = rx.compile(r"(?<![\w-])[Vv]isit to (?:the )?")


def _visit_where(text: str, start: int, lead) -> Optional[Location]:
    """The country a visit named before the lead's verb went to: the meetings of the visit were held there."""
    for m in _VISIT_TO_WHERE.finditer(text, start, lead.trigger.start()):
        city = countries.CITY_RE.match(text, m.end(), lead.trigger.start())
        if city:
            return Location(city.group(), countries.CITIES[city.group()], city.span())
        country = countries.COUNTRY_RE.match(text, m.end(), lead.trigger.start())
        if country and country.group("name") and text[country.end():country.end() + 1] != "-":
            return Location(None, countries.NAMES[country.group("name")], (country.start(), country.end()))
    return None


def _town_then_country(text: str, pos: int, end: int) -> Optional[Location]:
    """'met … in Sal, Cabo Verde': a town the gazetteer does not know, then the country it is in."""
    named = _country_after_a_town(text, pos, end)
    if named is None or text[named.end():named.end() + 1] == "-":
        return None
    first = countries.COUNTRY_RE.match(text, pos, end)
    if first and first.group("name"):
        return None  # 'in Peru, Chile and …': a list of countries, not a town
    name = text[pos:text.find(", ", pos, named.start())]  # (the town's words hold no comma)
    return Location(name, countries.NAMES[named.group("name")], (pos, pos + len(name)))


_LIVING_IN = rx.compile(r"(?<![\w-])(?:living|residing|resident|based|working|who live|who work|stationed|studying)\s+[iI]$")
_MET_IN = rx.compile(r"(?<![\w-])(?:met|meeting|talks|talked|spoke) in (?:the )?(?=[A-Z])")


def _subject_at_home(text: str, lead: _Lead, principals: list[Person], location: Optional[Location],
                     publisher_country: Optional[str] = None) -> None:
    """Last resort for principals without a country: the meeting place's, when no one else is from there.

    'Cabinet Secretary X held talks with Secretary Blinken … in Nairobi', 'Prime Minister Wong met
    Prime Minister Anwar Ibrahim in Putrajaya': the host meeting visitors at home; and the
    counterparts a visiting official named by office meets (_visited_at_home). Not for a meeting
    away ('on the sidelines of …', 'while attending').
    """
    unknown = [p for p in principals if p.country is None and p.organization is None]
    if unknown and location is not None and location.span and location.span[0] >= lead.end \
            and (PATTERNS["telephone"].search(text, lead.start, lead.end) or PATTERNS["video"].search(text, lead.start, lead.end)):
        return  # a call has no meeting place ('held a telephone conversation with …', then a session in Geneva)
    others = {p.country for p in principals if p.country}
    if unknown and _visited_at_home(text, lead, unknown, others, location, publisher_country):
        for person in unknown:
            _give_country(person, location.country)
        return
    if location is not None and location.country and len(unknown) > 1 and _opening_place(text, lead) == location.country:
        # 'In Ghana, Ms. Lopez met with President Kofi Mensah and Foreign Minister Ama Boateng': a
        # trip's leg, told by the country it was in; its titled counterparts are that country's.
        for person in unknown:
            if person.title and person.start > lead.trigger.start():
                _give_country(person, location.country)
        return
    if len(unknown) != 1 or location is None:
        return
    home = location.country
    # Only beside people of known countries from elsewhere: the visitors meet the one host at home.
    if home and others and home not in others and not _AWAY.search(text, lead.start, lead.end):
        _give_country(unknown[0], home)


def _visited_at_home(text: str, lead: _Lead, unknown: list[Person], others: set, location: Optional[Location],
                     publisher_country: Optional[str]) -> bool:
    """'In Hanoi on October 21, the Deputy Secretary met with Permanent Deputy Foreign Minister Nguyen
    Minh Vu', 'the delegation also met with Prime Minister Ariel Henry and Foreign Minister Claude
    Joseph' (after 'traveled to Haiti'): the publisher's side, named by office only, visits titled
    counterparts, all named after the verb, in their country (the lead's place, or the one the
    sentences before it give), which is not the publisher's."""
    if location is None or not location.country or others or not publisher_country or location.country == publisher_country:
        return False
    return (location.span[0] < lead.end and not _AWAY.search(text, lead.start, lead.end)
            and all(p.title and p.start > lead.trigger.start() for p in unknown))


def _dateline_country(text: str, lead: _Lead) -> Optional[str]:
    """The country of a news dateline at the start of the lead ('SEOUL, May 12 (Yonhap) --')."""
    return _city_filed_from(_DATELINE.match(text, lead.start, lead.end))


def _city_filed_from(dateline: Optional[re.Match]) -> Optional[str]:
    """The country of a dateline's or byline's city ('SEOUL' -> KOR)."""
    return countries.resolve_city(dateline.group("city").strip().title()) if dateline else None


def _filed_at(text: str, lead: _Lead) -> Optional[re.Match]:
    """The dateline a news lead opens its line with ('WOODSIDE, Calif. (AP) —', whose 'Calif.' ends no
    sentence), else an agency's byline above it ('Press Trust of India | Tokyo')."""
    line_start = text.rfind("\n", 0, lead.start) + 1
    filed = _DATELINE.match(text, line_start if lead.start - line_start < 40 else lead.start, lead.end)
    filed = filed or _last(_BYLINE_CITY.finditer(text, max(0, lead.start - 400), lead.start))
    if filed:
        return filed
    place = _last(_PLACE_LINE.finditer(text, max(0, lead.start - 400), lead.start))
    home = _city_filed_from(place)
    if place and any(countries.CITIES[c.group()] != home for c in countries.CITY_RE.finditer(text, lead.start, lead.end)):
        return None  # ('Washington, DC' over '… met today with … while accompanying President Trump on his trip to Paris')
    return place


# A minister's own media release: "Today I met with …", "We spoke with …".
_FIRST_PERSON_LEAD = rx.compile(r"(?<![\w])(?:I|We)\s+(?:\w+ly\s+)?(?:met|spoke|held|hosted|welcomed|received|"
                                r"had|talked|joined)\b")


def _first_person_home(text: str, lead, region_end: int, known: set[str]) -> Optional[str]:
    """The speaker's country in a first-person readout: the other country its text names most (twice or more).

    "Today I met with China's Foreign Minister … I raised Australia's concerns … Australia and
    China have gained …": the release speaks for Australia although no sentence says who "I" is.
    """
    if not _FIRST_PERSON_LEAD.search(text, lead.start, lead.end):
        return None
    counts: dict[str, int] = {}
    for mention in countries.find_countries(text, lead.start, min(region_end, lead.end + 2000)):
        if mention.code not in known:
            counts[mention.code] = counts.get(mention.code, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    best, n = ranked[0]
    tied = len(ranked) > 1 and ranked[1][1] == n
    return best if n >= 2 and not tied else None


def _relationship_countries(text: str, start: int, end: int, known: set[str],
                            lead_end: Optional[int] = None) -> set[str]:
    """The other party of a 'US-UK relationship' / 'Japan-ROK relations' named near the lead, or of
    'the United States and Belgium’s cooperation' in the lead itself (up to `lead_end`): written
    out, two countries joined by 'and' are as often a list of other things as the two parties."""
    found: set[str] = set()
    hyphen = text.find("-", start, end)
    while hyphen != -1:
        left = [m for m in countries.find_countries(text, max(start, hyphen - 25), hyphen) if m.end == hyphen]
        right = countries.COUNTRY_RE.match(text, hyphen + 1, end)
        if left and right:
            codes = {left[0].code, countries.resolve_country(right.group())} - {None}
            if len(codes) == 2 and codes & known and _RELATION_AFTER.match(text, right.end()):
                found |= codes
        hyphen = text.find("-", hyphen + 1, end)
    # 'the United States and Belgium’s cooperation', 'Japan and Portugal relations'
    lead_end = end if lead_end is None else min(end, lead_end)
    joined = text.find(" and ", start, lead_end)
    while joined != -1:
        left = [m for m in countries.find_countries(text, max(start, joined - 30), joined) if m.end == joined]
        right = countries.COUNTRY_RE.match(text, joined + 5, lead_end)
        if left and right and right.group("name"):
            after = right.end() + (2 if text.startswith(("’s", "'s"), right.end()) else 0)
            codes = {left[0].code, countries.resolve_country(right.group())} - {None}
            if len(codes) == 2 and codes & known and _RELATION_AFTER.match(text, after):
                found |= codes
        joined = text.find(" and ", joined + 5, lead_end)
    return found


_SIDE = rx.compile(r"(?<![\w-])[Tt]he ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) side(?![\w-])")


def _named_sides(text: str, start: int, end: int) -> set[str]:
    """Countries the meeting's text calls a side of it: "The Russian side reaffirmed …", "at the
    initiative of the Turkish side" (Russian and Chinese ministries name their own side so)."""
    found = set()
    if text.find(" side", start, end) == -1:
        return found
    for m in _SIDE.finditer(text, start, end):
        code = countries.resolve_country(m.group(1))
        if code:
            found.add(code)
    return found


# (Xinhua's 'in Tunxi, east China's Anhui Province': a direction before the country)
_PLACE_THEN_COUNTRY = rx.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}(?:, | \()(?:(?:north|south|east|west|central|northeast|"
                                 r"northwest|southeast|southwest|northern|southern|eastern|western) )?(?:the )?")


def _city_after_a_town(text: str, pos: int, end: int) -> Optional[re.Match]:
    """'at the Presidential Office in Yongsan, Seoul': a district or town the gazetteer does not
    know, then a city it knows."""
    town = _PLACE_THEN_COUNTRY.match(text, pos, end)
    country = countries.COUNTRY_RE.match(text, pos, end) if town else None
    if town is None or (country and country.group("name")):
        return None  # 'in Peru, Seoul's foreign ministry said': a country is no town
    return countries.CITY_RE.match(text, town.end(), end)


def _visited_place(text: str, pos: int, end: int) -> Optional[tuple[str, tuple[int, int]]]:
    """The country, and its span, of the place a visit goes to, named at pos: 'visiting Japan',
    'visiting Tokyo', 'visiting Kananaskis, Canada' (a town the gazetteer does not know, then its
    country). 'visiting Japanese Minister …' names no place."""
    named = countries.COUNTRY_RE.match(text, pos, end)
    place = (named if named and named.group("name") else None) or countries.CITY_RE.match(text, pos, end)
    if place:
        code = countries.resolve_country(place.group()) or countries.CITIES.get(place.group())
        return (code, place.span()) if code else None
    named = _country_after_a_town(text, pos, end)
    return (countries.NAMES[named.group("name")], named.span()) if named else None


def _country_after_a_town(text: str, pos: int, end: int) -> Optional[re.Match]:
    """The country's name after a town the gazetteer does not know, at pos ('Kananaskis, Canada',
    'Sal, Cabo Verde', 'Elmau (Germany)')."""
    town = _PLACE_THEN_COUNTRY.match(text, pos, end)
    named = countries.COUNTRY_RE.match(text, town.end(), end) if town else None
    return named if named and named.group("name") else None


_THE_COUNTRY = rx.compile(r"(?:this |our )?(?:country|nation)\b")
# Between a visitor's name and 'who is visiting': nothing, or 'of Chile' / 'of the Argentine Republic'.
_VISITOR_GAP = rx.compile(r"(?: of (?:the )?[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3})?\)?,? ?")


def _the_country_visited(text: str, visiting: re.Match, principals: list[Person],
                         countries_set) -> Optional[tuple[str, tuple[int, int]]]:
    """'… met with the Argentine Foreign Minister, who is currently visiting the country': the
    country of the side that is not the visitor's (the visitor: the principal named just before)."""
    named = _THE_COUNTRY.match(text, visiting.end())
    visitor = next((p for p in reversed(principals) if p.start < visiting.start() and p.country), None)
    if named is None or visitor is None or not _VISITOR_GAP.fullmatch(text, visitor.end, visiting.start()):
        return None  # the visitor is the one the 'who' clause follows, else unknown
    others = set(countries_set) - {visitor.country}
    return (others.pop(), named.span()) if len(others) == 1 else None


def _host_of_the_visitor_named(text: str, visiting: re.Match, principals: list[Person],
                               countries_set) -> Optional[tuple[str, tuple[int, int]]]:
    """'… held talks with visiting Greek Foreign Minister Giorgos Gerapetritis': the visitor named right
    after 'visiting'; the other side of two is the host."""
    if not visiting.group().startswith("visiting"):
        return None
    visitor = next((p for p in principals if visiting.end() <= p.start <= visiting.end() + 60 and p.country), None)
    if visitor is None or not _TITLE_GAP.fullmatch(text, visiting.end(), visitor.start):
        return None
    if len(countries_set) != 2 or visitor.country not in countries_set:
        return None
    host = next(code for code in countries_set if code != visitor.country)
    return host, (visiting.start(), visitor.end)


_TITLE_GAP = rx.compile(r"(?:[A-Z][\w.’'-]*\s){0,6}")  # ('Greek Foreign Minister ')


def _host_of_a_visit(text: str, lead: _Lead, principals: list[Person]) -> None:
    """'Foreign Minister Maris Sangiampongsa received Mr. Cho …, who is visiting Thailand': the one
    principal with no country is of the country visited, when no other principal is."""
    if text.find("visit", lead.start, lead.end) == -1:
        return
    unknown = [p for p in principals if not p.country and not p.organization]
    known = {p.country for p in principals if p.country}
    if len(unknown) != 1 or not known:
        return
    visiting = _VISITING.search(text, lead.start, lead.end)
    if not visiting:
        return
    before = [p for p in principals if p.end <= visiting.start()]
    if before and before[-1] is unknown[0]:
        return  # 'Mr. Koichiro Gemba, Minister for Foreign Affairs, who was visiting Honolulu': the visitor
    visited = _visited_place(text, visiting.end(), lead.end)
    code = visited[0] if visited else None
    if code and code not in known:
        unknown[0].country = code


# A release's place line over its date line ('Washington, DC' then 'August 22, 2018', as the U.S.
# Department of State heads its press releases): the city it was issued from.
_PLACE_LINE = rx.compile(r"(?m)^[ \t]*(?P<city>[A-Z][A-Za-z .\-]{2,30}?)(?:,[ \t]*[A-Z][A-Za-z.]{1,15})?[ \t]*\n"
                         r"(?:[ \t]*\n){0,3}[ \t]*(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})[ \t]*$")
_BYLINE_CITY = rx.compile(r"(?m)^[A-Z][^\n|]{2,60}\|[ \t]*(?P<city>[A-Z][A-Za-z .\-]{2,30}?)[ \t]*$")


def _last(matches):
    """The last of an iterator's items, or None."""
    found = None
    for found in matches:
        pass
    return found


def _host_country(text, lead, fmt, location, principals, countries_set, spans) -> Optional[str]:
    """The party whose country the meeting took place in; None for calls and third countries."""
    if fmt != "in_person":
        return None
    window = min(len(text), lead.end + 300)
    if location and location.country in countries_set and location.span and lead.start <= location.span[0] < lead.end:
        # '… met with Brazilian Foreign Minister Mauro Vieira in Beijing. Wang Yi said that last year,
        # President Xi paid a state visit to Brazil …': the lead's own place, not a visit told after it
        window = lead.end
    # Every alternative of _VISITING holds 'isit' ('visit', 'Visit'): without it the pattern need not run.
    visiting = text.find("isit", lead.start, window) != -1 and _VISITING.search(text, lead.start, window)
    if visiting:
        visited = (_visited_place(text, visiting.end(), window)
                   or _the_country_visited(text, visiting, principals, countries_set)
                   or _host_of_the_visitor_named(text, visiting, principals, countries_set))
        if visited and visited[0] in countries_set:
            spans["host_country"] = list(visited[1])
            return visited[0]
    if location and location.country and not (location.span and location.span[0] >= lead.end):
        if location.country in countries_set:
            spans["host_country"] = list(location.span)
            return location.country
        return None
    # Read after the lead: a visit the page opened with goes first ('… is visiting Japan from June 18
    # to 21. The overview of his meetings is as follows.').
    visit = _visit_told_above(text, lead, principals)
    if visit and visit[0] in countries_set:
        spans["host_country"] = list(visit[1])
        return visit[0]
    if location and location.country:
        if location.country in countries_set:
            spans["host_country"] = list(location.span)
            return location.country
        return None
    accredited = _ambassador_to(text, lead, countries_set)
    if accredited:
        # ('… exchanged opinions with Ms. Caroline Kennedy, U.S. Ambassador to Japan': an ambassador
        # meets the government he is accredited to where he serves)
        spans["host_country"] = list(accredited[1])
        return accredited[0]
    host_verb = PATTERNS["host_verbs"].search(text, lead.start, lead.trigger.end() + 1)
    if host_verb and text[max(lead.start, host_verb.start() - 6):host_verb.start()].endswith((" was ", " were ")):
        # ('Nagashima was received by President of Turkmenistan Serdar Berdimuhamedov': passive, the
        # one named after the verb received the visitor)
        after = next((p for p in principals if p.start > host_verb.end() and p.country), None)
        if after is not None and after.country in countries_set:
            spans["host_country"] = [host_verb.start(), host_verb.end()]
            return after.country
    elif host_verb and principals and principals[0].country and principals[0].start < host_verb.start():
        spans["host_country"] = [host_verb.start(), host_verb.end()]
        return principals[0].country
    filed = _filed_at(text, lead)
    there = _city_filed_from(filed)
    if there in countries_set:
        # 'WOODSIDE, Calif. (AP) — President Joe Biden and Chinese President Xi Jinping agreed …', 'Press
        # Trust of India | Tokyo' above '… held talks with his Japanese counterpart Shinzo Abe here': a
        # news story filed where the meeting it reports took place, when the lead names no other place
        spans["host_country"] = list(filed.span("city"))
        return there
    return None


_AMBASSADOR_TO = rx.compile(r"(?<![\w-])Ambassador (?:of (?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3} )?to (?:the )?")


def _ambassador_to(text: str, lead, countries_set) -> Optional[tuple[str, tuple[int, int]]]:
    """The country an ambassador met in the lead is accredited to ('U.S. Ambassador to Japan', 'Chinese
    Ambassador to Vietnam'), when it is a party, and where the text says so."""
    if text.find("Ambassador", lead.start, lead.end) == -1:
        return None
    for m in _AMBASSADOR_TO.finditer(text, lead.start, lead.end):
        country = countries.COUNTRY_RE.match(text, m.end(), lead.end)
        if country and country.group("name") and countries.NAMES[country.group("name")] in countries_set:
            return countries.NAMES[country.group("name")], country.span()
    return None


# ('… made an Official Visit to Japan from 6 to 8 March 2023.', '… paid a working visit to Seoul',
# '… visited Singapore on 13 July 2025, en route to China', '… traveled to Brasilia, Brazil on Monday')
_VISIT_ABOVE = rx.compile(r"\b(?:(?:is|was|are|were) (?:on an? (?:[\w-]+ ){0,3}?[Vv]isit to|visiting|(?:paying|making) an? "
                          r"(?:[\w-]+ ){0,3}?[Vv]isit to)|(?:made|paid|undertook) an? (?:[\w-]+ ){0,3}?[Vv]isit to|visited|travell?ed to) (?:the )?")


def _visit_told_above(text: str, lead, principals) -> Optional[tuple[str, tuple[int, int]]]:
    """A visit page's opening sentence ('H.E. Mr. Gabrielius LANDSBERGIS, Minister of Foreign Affairs
    of the Republic of Lithuania, is visiting Japan from June 18 to 21. The overview of his meetings
    is as follows.'): each meeting it reports took place in the country visited."""
    head = 0 if lead.start < 4000 else lead.start - 1500  # the page's opening, above every meeting it reports
    if text.find("isit", head, lead.start) == -1:
        return None
    names = [p.family_name.lower() for p in principals if len(p.family_name) > 2]
    for m in _VISIT_ABOVE.finditer(text, head, lead.start):
        start, _ = _sentence_bounds(text, m.start())
        if any(n in text[start:m.start()].lower() for n in names):
            return _visited_place(text, m.end(), min(len(text), m.end() + 60))
    return None


def _occasion(text, lead, spans, later: Callable[[], Sequence[tuple[int, int]]] = list) -> Optional[str]:
    """The event the meeting was held at: 'on the margins of the G7 Summit', in the lead, else in a later
    sentence that tells the meeting ('The two leaders met for over an hour on the sidelines of the BRICS
    Summit …'); there only an event named as such (not 'The meeting was held during the … Conference' of
    county officials: an event at home)."""
    occ = _occasion_in(text, lead.start, lead.end, spans)
    for window in later() if occ is None else ():
        occ = _occasion_in(text, *window, spans, on_the_margins_only=True)
        if occ:
            break
    return occ


def _without_a_cut_phrase(text: str, m: re.Match, occ: str) -> str:
    """The occasion without a place phrase the match cut off ('the BRICS Summit in the Chinese [coastal
    city of Xiamen]' is the BRICS Summit)."""
    cut = _PLACE_CUT.search(occ)
    end = m.start("occ") + len(occ)
    if cut and text[end:end + 1] == " " and text[end + 1:end + 2].islower():
        return occ[:cut.start()]
    return occ


_PLACE_CUT = rx.compile(r" in the [A-Z][\w'’\-]*$")
_TRAILING_LINK = rx.compile(r"(?:[ \-](?:of|and|the|on|for|in))+$")  # ('the Asia-Pacific Economic Cooperation [forum]')


def _occasion_in(text, start, end, spans, on_the_margins_only=False) -> Optional[str]:
    """The first occasion named in text[start:end] ('on the margins of …' alone where asked)."""
    for m in _OCCASION.finditer(text, start, end):
        if on_the_margins_only and not m.group().lower().startswith(("on the margins", "on the sidelines")):
            continue
        occ = _without_a_cut_phrase(text, m, _TRAILING_LINK.sub("", m.group("occ").rstrip(" -")))
        if _OCCASION_WORDS.search(occ) or m.group().lower().startswith(("on the margins", "on the sidelines")):
            spans["occasion"] = [m.start("occ"), m.start("occ") + len(occ)]
            return occ
    return None


# 'Joining President Biden on the call were Prime Minister Trudeau of Canada, European Commission
# President von der Leyen, …': the others of a call or meeting of many, listed after the lead.
_JOINING = rx.compile(r"(?<![\w-])Joining (?:[\w.’'-]+ ){1,5}?(?:(?:on|in|for) (?:the|this) (?:call|meeting|videoconference) |"
                      r"virtually )?(?:were|was)\s")


# 'The Israeli interagency delegation was led by National Security Advisor Meir Ben-Shabbat.'
_DELEGATION_LED_BY = rx.compile(r"(?<![\w-])[Tt]he (?:[A-Z][\w.-]*[ \t\u00a0]){1,2}(?:[a-z-]+[ \t\u00a0])?delegation "
                                r"(?:was|were) (?:led|headed) by ")


def _led_delegation(text, lead, end, principals) -> list[Person]:
    """The head of the other side's delegation, told after the lead ('… led an interagency U.S.
    delegation’s participation in a virtual meeting … The Israeli interagency delegation was led by
    National Security Advisor Meir Ben-Shabbat.'), of the country its delegation is named for."""
    m = _DELEGATION_LED_BY.search(text, lead.end, end)
    if m is None:
        return []
    named = [c.code for c in countries.find_countries(text, m.start(), m.end())]
    head = next((p for p in find_people(text, m.end(), _sentence_bounds(text, m.end())[1]) if not p.possessive), None)
    if head is None or not named or any(p.family_name == head.family_name for p in principals):
        return []
    if head.country is None and head.organization is None:
        head.country = named[0]
    return [head]


def _joining_principals(text, lead, region_end, principals) -> tuple[list[Person], set[str]]:
    """The parties listed as joining the lead's subject ('Joining President Biden on the call were …'),
    or, when the lead names no counterpart ('held a secure video call with transatlantic leaders
    today'), as its participants ('Participants in the call included Prime Minister Justin Trudeau of
    Canada, …'; 'Participants included:' and a list, one leader a line; 'the meeting included: …'; 'The Leaders that participated:');
    and the countries the list names by their unnamed representatives ('… and representatives from
    France and the European Union')."""
    window_end = min(region_end, lead.end + 3000)
    if text.find(" led by ", lead.end, min(window_end, lead.end + 400)) != -1:
        led = _led_delegation(text, lead, min(window_end, lead.end + 400), principals)
        if led:
            return led, set()
    m = None
    if text.find("Joining ", lead.start, window_end) != -1:
        m = _JOINING.search(text, lead.start, min(window_end, lead.end + 1500))
    if m is None and len({p.country for p in principals if p.country}) < 2 \
            and any(text.find(word, lead.start, window_end) != -1 for word in ("Participants ", " included", " participated")):
        m = _PARTICIPANTS_INCLUDED.search(text, lead.start, window_end)
    if m is None:
        return [], set()
    # (a namesake of another country is someone else: 'Prime Minister Dr. Timothy Harris of Saint Kitts
    # and Nevis' on Vice President Harris's call)
    names = {(p.family_name, p.country) for p in principals}
    line_end = text.find("\n", m.start(), window_end)
    listed = line_end != -1 and text[m.start():line_end].rstrip().endswith(":")
    end = _list_end(text, m.end(), region_end) if listed else _sentence_bounds(text, m.end())[1]
    joined = []
    for p in find_people(text, line_end if listed else m.end(), end):
        if p.country is None and p.organization is None and listed:
            p.country = _country_after_comma(text, p.end)  # '- President Alberto Fernandez, Argentine Republic'
        if (p.country or p.organization) and (p.family_name, p.country) not in names \
                and (p.family_name, None) not in names and not p.possessive:
            names.add((p.family_name, p.country))
            joined.append(p)
    represented = set()
    at = text.find("representatives ", m.end(), end)
    if at != -1 and (unnamed := _REPRESENTATIVES_OF.match(text, at, end)):
        represented = set(_list_countries(text, unnamed.end(), end))
    return joined, represented


_REPRESENTATIVES_OF = rx.compile(r"representatives\s(?:of|from)\s(?:the\s)?")


# ('In addition to the Vice President, the meeting included: Prime Minister Kishida of Japan, …')
_PARTICIPANTS_INCLUDED = rx.compile(r"(?<![\w-])(?:Participants (?:(?:in|on|at) (?:the|this) (?:[\w-]+ )?(?:call|meeting|"
                                    r"videoconference|summit) )?(?:included|were)|[Tt]he (?:call|meeting|videoconference) "
                                    r"included|(?:[Tt]he )?(?:[Ll]eaders|[Oo]fficials|[Mm]inisters) (?:that|who) participated"
                                    r"(?: in the (?:call|meeting|videoconference))?)(?: the following(?: leaders)?)?:?\s")


def _list_end(text: str, start: int, limit: int) -> int:
    """Where a list of lines that follows `start` ('Participants included:' then '- President …' a
    line) ends: at the first line after an item that is neither an item nor blank."""
    pos, seen_item = start, False
    while pos < limit:
        line_end = text.find("\n", pos, limit)
        line_end = limit if line_end == -1 else line_end
        line = text[pos:line_end].strip()
        if line.startswith(("-", "*", "•")):
            seen_item = True
        elif line and seen_item:
            return pos
        pos = line_end + 1
    return limit


def _country_after_comma(text: str, pos: int) -> Optional[str]:
    """The country named after a name's comma, to the line's end ('…, People’s Republic of Bangladesh')."""
    if not text.startswith(",", pos):
        return None
    line_end = text.find("\n", pos)
    return countries.resolve_country(text[pos + 1:line_end if line_end != -1 else len(text)].strip(" .;"))


def _attendees(text, lead, region_end, principals) -> list[Person]:
    """People listed as attending ('From the Japanese side, … attended')."""
    names = {p.family_name for p in principals}
    found = []
    window_end = min(region_end, lead.start + 2500)
    window = text[lead.start:window_end]
    if not any(w in window for w in ("attended", "present", "attendance", "accompanied", "joined")):
        return found
    for m in _ATTENDED.finditer(text, lead.start, window_end):
        pos = m.start()
        start, end = _sentence_bounds(text, pos)
        block_start = max(start, text.rfind("(", start, pos) + 1) if "(" in text[start:pos] else start
        sides = list(_SIDE_OF.finditer(text, block_start, end))
        people = find_people(text, block_start, end)
        for p in people:
            if p.country is None and p.organization is None:
                p.country = _side_of_person(sides, p, people[0].start)
            if p.family_name not in names and not p.possessive:
                names.add(p.family_name)
                found.append(p)
    return found


def _side_of_person(sides: list[re.Match], person: Person, first_person_start: int) -> Optional[str]:
    """The country of 'from the Japanese side' for a person in an attendance sentence: the one
    side named there; where several are, the first after the person ('attended by Mr. HAYASHI …,
    from the Japanese side, and by … Mr. Rajnath Singh, Minister of Defence, from the Indian side'),
    else the last before them ('From the Japanese side, … and from the Indian side, Mr. Singh …')."""
    if not sides:
        return None
    if len(sides) == 1:
        return countries.resolve_country(sides[0].group("c") or sides[0].group("d"))
    if sides[0].start() < first_person_start:  # each side named before its people
        side = next((m for m in reversed(sides) if m.start() < person.start), sides[0])
    else:  # each side named after its people
        side = next((m for m in sides if m.start() >= person.end), sides[-1])
    return countries.resolve_country(side.group("c") or side.group("d"))


def _participant(p: Person, role: str) -> Participant:
    return Participant(name=p.name, family_name=p.family_name, country=p.country, role=role,
                       given_name=p.given_name, title=p.title, organization=p.organization, span=(p.start, p.end))


def _meeting_title(document, text, lead) -> Optional[str]:
    """The meeting's name: the document title, else the first line when it names a meeting."""
    if document.title:
        return document.title
    first = text[:lead.start].strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 160 and PATTERNS["noun_triggers"].search(first) else None


# ---------------------------------------------------------------------------- more meetings

def _further_meetings(document, text, leads, main, anchor, publisher_country, warnings):
    """Later leads that report a meeting with someone new become meetings of their own; and the
    countries such a lead takes out of the main meeting (see _met_one_of_them_later)."""
    if main is None:
        return [], []
    known = {p.family_name.lower() for p in main.participants}
    # ('held talks with Prabowo' after 'President Prabowo Subianto': a leader called by the given name)
    known |= {word.lower() for p in main.participants for word in p.name.split() if len(word) > 3}
    # The main meeting's subject: a principal named before its verb ("The Prime Minister met
    # President Biden …" names none: a later "the Prime Minister … met Prime Minister Modi" is
    # then no meeting of Biden's).
    verb_at = leads[0].trigger.start() if leads else 0
    subject = next((p for p in main.participants if p.role == "principal" and p.span and p.span[0] < verb_at), None)
    if subject is None and leads and _opens_its_sentence(text, leads[0].trigger):
        # 'During their meeting with President Abinader, Senior Advisor Perez reiterated …': the
        # subject follows the opening phrase
        comma = text.find(", ", leads[0].trigger.end(), leads[0].end)
        subject = next((p for p in main.participants if p.role == "principal" and p.span and p.span[0] > comma >= 0), None)
    # With no one named as the subject, its side is the one country no principal holds (the
    # publisher's, "The Prime Minister" of GOV.UK), else the publisher's.
    unheld = set(main.countries) - {p.country for p in main.participants if p.role == "principal"}
    home = (next(iter(unheld)) if len(unheld) == 1 else publisher_country) if subject is None else None
    extra = []
    split_off: list[str] = []
    # A lead announcing a series this week ('held a series of bilateral meetings … this week'): a later
    # 'Earlier this week, Marsudi met with …' is one of them, not an earlier event.
    series = bool(leads) and _SERIES.search(text, leads[0].trigger.start(), leads[0].end) is not None
    for i, lead in enumerate(leads[1:], start=1):
        if not (_FURTHER.match(text, lead.trigger.start(), lead.end) or _opens_its_sentence(text, lead.trigger)) \
                or (_is_recalled(text, lead) and not (series and _recalled_only_this_week(text, lead))):
            continue
        if not _is_full_sentence(text, lead) and any(_is_full_sentence(text, nxt) and nxt.start - lead.end < 300
                                                     and _names_a_counterpart(nxt) for nxt in leads[i + 1:i + 2]):
            continue  # a section heading ('2. Courtesy Call on Prime Minister Kishida'): its sentence follows
        pair = _separate_pair(text, lead, main) if _SEPARATE.search(text, lead.start, lead.end) else None
        later = None if pair else _met_one_of_them_later(text, lead, main, subject)
        if later:
            # 'Jaishankar on Monday met Kenya's … Mudavadi and Egypt's Foreign Minister Badr Abdelatty …
            # Later, Jaishankar met Abdelatty, with whom he discussed …': two meetings, not one of three
            pair = later
            if not _AFTER_THE_MEETING.match(text, lead.start, lead.trigger.start()):
                split_off = split_off + [later[1].country]
        if pair:
            # "Ahead of the three-way meeting, Iwaya held separate talks with Wang": two of the
            # main meeting's parties met on their own.
            region_end = leads[i + 1].start if i + 1 < len(leads) else len(text)
            meeting = _build_meeting(document, text, lead, leads, i, anchor, publisher_country, warnings,
                                     principals=pair, region_end=region_end)
            if meeting and main.date and not _dated_in_lead(meeting, lead, text):
                meeting = _with_date(meeting, main)
            if meeting:
                extra.append(_with_place(_only_countries(meeting, pair), main))
            continue
        listed = _FROM_LIST.match(text, lead.trigger.end(), lead.end)
        if listed:
            extra += _meetings_per_country(document, text, leads, i, lead, listed.end(), main, subject, known,
                                           anchor, publisher_country, warnings, home)
            continue
        new = [p for p in map(lambda q: _with_the_trip_country(text, lead, q, extra[-1] if extra else main, subject),
                                 _principals(text, lead))
               if (p.country or p.organization) and not _is_known(p.family_name, known)
               and p.start > lead.trigger.start() and not p.possessive]
        if not new and subject is not None:
            host = _new_subject_also_meeting(text, lead, subject, known)
            if host:
                # 'Minister for Foreign Affairs … K Shanmugam also met Mrs Swaraj and hosted her to lunch':
                # someone new meets the main meeting's subject
                known.update(p.family_name.lower() for p in host)
                met = host + [_person_from(subject)]
                meeting = _build_meeting(document, text, lead, leads, i, anchor, publisher_country, warnings,
                                         principals=met,
                                         region_end=_next_told_meeting(text, leads, i, host[0]))
                if meeting and main.date and not _dated_in_lead(meeting, lead, text):
                    meeting = _with_date(meeting, main)
                told = text.find(host[0].family_name, lead.end, main.region[1]) if meeting and main.region else -1
                if told != -1:
                    # (its account is where the text names him again: 'Minister Shanmugam and Mrs Swaraj
                    # expressed …', after the accounts of the meetings the first lead reported)
                    meeting = dataclasses.replace(meeting, region=(_sentence_bounds(text, told)[0], main.region[1]))
                if meeting:
                    extra.append(_with_place(_only_countries(meeting, met), main))
                continue
        for group in _by_side(new):
            person = group[0]
            known.update(p.family_name.lower() for p in group)
            first = [_with_known_country(p, main) for p in _principals(text, lead)
                     if p.start < lead.trigger.start()] or ([_person_from(subject)] if subject else [])
            region_end = _next_told_meeting(text, leads, i, person)
            meeting = _build_meeting(document, text, lead, leads, i, anchor, publisher_country, warnings,
                                     principals=first + group, region_end=region_end)
            if meeting and main.date and not _dated_in_lead(meeting, lead, text):
                # "Later in the day, Cho also had a conversation with …": the occasion's day, not a
                # day the next sentence names ("On Saturday, Cho is scheduled to …"); "On the same
                # day" / "Earlier the same day": the day of the meeting told just before.
                same_day = extra[-1] if extra and extra[-1].date and _SAME_DAY.search(text, lead.start, lead.end) else main
                meeting = _with_date(meeting, same_day)
            if meeting and _opens_its_sentence(text, lead.trigger):
                meeting = _place_of_the_opening_only(text, lead, meeting)
            if meeting:
                extra.append(_with_place(_only_countries(meeting, first + group, None if first else home), main))
    return extra, split_off


def _new_subject_also_meeting(text: str, lead: _Lead, subject, known: set) -> list[Person]:
    """The new people who 'also met' the main meeting's subject, named as this lead's subject; empty
    unless the lead says 'also' before its verb and names the main subject after it."""
    if text.find("also", lead.start, lead.trigger.end()) == -1 \
            or not _ALSO_MET.search(text, lead.start, lead.trigger.end()):
        return []
    people = _principals(text, lead)
    after = [p for p in people if p.start > lead.trigger.start()]
    if not after or after[0].family_name.lower() != subject.family_name.lower():
        return []
    return [p for p in people if p.start < lead.trigger.start() and (p.country or p.organization)
            and not p.possessive and not _is_known(p.family_name, known)][:1]


def _by_side(people: list[Person]) -> list[list[Person]]:
    """New counterparts named one after another, grouped by country (or organisation): 'met with
    President Mohamed Ould Ghazouani, Minister for Foreign Affairs Ismael Ould Cheikh Ahmed, …' is one
    meeting with Mauritania; 'met with A of Finland and B of Sweden' is one with each."""
    groups: list[list[Person]] = []
    for person in people:
        side = person.country or person.organization
        if groups and (groups[-1][0].country or groups[-1][0].organization) == side:
            groups[-1].append(person)
        else:
            groups.append([person])
    return groups


def _next_told_meeting(text: str, leads: list[_Lead], i: int, person: Person) -> int:
    """Where the next lead after leads[i] begins, passing over a full sentence that names no one
    but this counterpart's country: the same meeting told again ('Meeting with the President of
    Ukraine, Volodymyr Zelenskyy' over 'The President received his Ukrainian counterpart, …')."""
    for nxt in leads[i + 1:]:
        if _names_a_counterpart(nxt) or not _is_full_sentence(text, nxt) or not any(
                c.code == person.country for c in countries.find_countries(text, nxt.trigger.end(), nxt.end)):
            return nxt.start
    return len(text)


def _names_a_counterpart(lead: _Lead) -> bool:
    """Whether a lead names someone of a known side after its verb (else the heading above it
    names the counterpart: 'Meeting with the President of Ukraine, Volodymyr Zelenskyy' over 'The
    President received his Ukrainian counterpart')."""
    return any(p.start > lead.trigger.start() and (p.country or p.organization) and not p.possessive
               for p in lead.people)


def _place_of_the_opening_only(text: str, lead: _Lead, meeting: Meeting) -> Meeting:
    """'In her meeting with X in Tokyo, …' says where; 'In her meeting with X, the two discussed
    Indonesian citizens in the Philippines' does not: a place after the opening phrase is a topic."""
    opening_end = text.find(",", lead.trigger.end(), lead.end)
    span = meeting.location.span if meeting.location else None
    if span is None or opening_end == -1 or span[0] < opening_end:
        return meeting
    spans = dict(meeting.spans)
    spans.pop("location", None)
    host = meeting.host_country
    if spans.get("host_country") == list(span):  # the host was read from that place
        spans.pop("host_country")
        host = None
    return dataclasses.replace(meeting, location=None, host_country=host, spans=spans)


# "held separate telephone talks with A and B", "met separately with …", "… respectively".
# (Calls in the plural are one per counterpart: 'held phone calls with Lammy and Barrot'.)
# (', and with …' after a first counterpart and its time: 'held a bilateral meeting with … Bui Thanh Son on
# July 25 from 3 p.m. for about 40 minutes, and with … Saleumxay Kommasith on the morning of July 26')
# Words that say talks were held apart: 'separately', 'individually', 'had meetings with A and B'.
_SAID_APART = r"separate(?:ly)?|individually|(?:had|held) meetings with"
_SEPARATE = rx.compile(r"(?<![\w-])(?:" + _SAID_APART + r"|respectively|bilateral meetings|"
                       r"(?:phone|telephone) (?:calls|conversations))(?![\w-])|, and (?:later |then |subsequently )?with ")


# A lead whose subject is a pronoun, after an opening phrase of time or place ('On the 20th, he had …').
_PRONOUN_OPENS_THE_LEAD = rx.compile(r"(?:[A-Z][^,.;\n]{0,40},[ \t]+)?(?:[Hh]e|[Ss]he)[ \t]+"
                                     r"(?:(?:[a-z]+ly|also)[ \t]+)?$")
_RESPECTIVELY = rx.compile(r"(?<![\w-])respectively(?![\w-])")
_SAID_SEPARATE = rx.compile(r"(?<![\w-])(?:" + _SAID_APART + r")(?![\w-])")


def _told_apart(text: str, lead: _Lead, main: Optional[Meeting]) -> bool:
    """'Foreign Minister George Yeo met the Foreign Minister of Germany, Dr Frank-Walter Steinmeier and the
    Foreign Minister of Sweden, Mr Carl Bildt', then 'During Minister Yeo's discussion with Dr Steinmeier,
    …' and 'Minister Yeo and Mr Bildt had …': counterparts of different countries, each told of in a
    sentence of its own after the lead and never together, met the subject one by one."""
    if main is None or len(main.countries) < 3 or _TOGETHER.search(text, lead.start, lead.end):
        return False
    verb = lead.trigger.start()
    if not any(p.start < verb for p in lead.people):
        return False
    others = [p for p in lead.people if p.start > lead.trigger.end() and p.country and not p.possessive]
    if len({p.country for p in others}) < 2 or len(others) != len({p.country for p in others}):
        return False
    end = main.region[1] if main.region else len(text)
    subject = [p.family_name for p in lead.people if p.start < verb]
    told = set()
    for p in others:
        at = text.find(p.family_name, lead.end, end)
        if at == -1:
            return False
        sentence = _sentence_bounds(text, at)
        if any(text.find(q.family_name, *sentence) != -1 for q in others if q is not p) \
                or not any(text.find(name, *sentence) != -1 for name in subject):
            return False  # (told together, or not told as the subject's talks with that one)
        told.add(sentence)
    return len(told) == len(others)


def _separate_meetings(document, text, leads, index, main, anchor, publisher_country, warnings) -> list[Meeting]:
    """One meeting per counterpart of a lead that says its talks were separate ('Iwaya held separate
    telephone talks with Blinken and Wong on Thursday'): each with the subject, the lead's date and
    format, and the part of the text that names that counterpart first (its length and start time
    are read there: 'In the talks with Blinken, which began at 8:30 a.m. and lasted about 20
    minutes, …'). Empty when the lead names fewer than two counterparts of different countries."""
    lead = leads[index]
    verb = lead.trigger.start()
    people = _principals(text, lead)
    subject = [p for p in people if p.start < verb]
    if not subject and main is not None and (_PRONOUN_OPENS_THE_LEAD.match(text, lead.start, verb)
                                             or index == 0 and unnamed_titles(text, lead.start, verb)):
        # ('On the 20th, he had meetings with …': the one the main meeting found the pronoun to be; or the
        # first lead's office, 'On Monday, September 24, the External Affairs Minister had bilateral meetings …')
        subject = [_person_from(q) for q in main.participants
                   if q.role == "principal" and q.span and q.span[0] < verb][:1]
    sides = {p.country for p in subject if p.country}
    others, seen = [], set(sides)
    # ('Mrs Swaraj called separately on Prime Minister Lee Hsien Loong and Emeritus Senior Minister Goh
    # Chok Tong': said to be separate, two of one country are two meetings)
    told_separate = _SAID_SEPARATE.search(text, lead.start, lead.end) is not None
    for p in people:
        # (an international organisation's official is a side too: '… spoke separately with Canadian
        # Foreign Minister Garneau, German Foreign Minister Maas, and NATO Secretary General Stoltenberg')
        side = p.country or p.organization
        if p.start > verb and side and (side not in seen or told_separate and side not in sides) \
                and not p.possessive and all(o.family_name != p.family_name for o in others):
            others.append(p)
            seen.add(side)
    if len(others) == 1 and len(subject) == 2 and len({p.country for p in subject if p.country}) == 2 \
            and _RESPECTIVELY.search(text, lead.start, lead.end):
        # 'The US Ambassador … Kirk Wagar and Chinese Ambassador … Chen Xiaodong paid introductory calls on
        # Minister … Balakrishnan on 27 and 28 October 2015 respectively': each caller met the one called on
        subject, others = others, subject
    if not subject or len(others) < 2:
        return []
    # ('Swaraj and Sitharaman held separate meetings … with Pompeo and Mattis respectively': each subject
    # with the counterpart in the same place of the other list)
    paired = len(subject) == len(others) and _RESPECTIVELY.search(text, lead.start, lead.end) is not None
    split = _one_meeting_per_counterpart(document, text, leads, index, main, subject, others, anchor,
                                         publisher_country, warnings, paired=paired)
    if split:
        warnings.append(f"meetings: the lead reports separate talks with {len(split)} counterparts; one meeting each")
    return split


def _one_meeting_per_counterpart(document, text, leads, index, main, subject, others, anchor, publisher_country,
                                 warnings, first_from_lead: bool = False, paired: bool = False) -> list[Meeting]:
    """A meeting of the subject with each of `others`, each read in the part of the text that names
    that counterpart first; empty when fewer than two could be built. With first_from_lead, the
    first counterpart's part begins right after the lead (a page that tells its two meetings in the
    lead's order: '1. Japan-Jordan Foreign Ministers' Meeting (from 11:40 a.m. …)' before the
    counterpart is named again)."""
    lead = leads[index]
    region_end = main.region[1] if main.region else len(text)
    starts = {}
    for p in others:  # where the text next names each counterpart, from the sentence that does
        # '□ ROK-Viet Nam Foreign Ministers' Meeting' (a heading tells apart counterparts of different countries)
        heading = _heading_naming(text, lead.end, region_end, p.country) \
            if sum(q.country == p.country for q in others) == 1 else None
        if heading is not None:
            starts[p.family_name] = heading
            continue
        at = text.find(p.family_name, lead.end, region_end)
        opened = _meeting_opened_with(text, lead.end, region_end, p)  # 'At the meeting with the Greek Foreign Minister, …'
        if at == -1 and opened is None and sum(q.country == p.country for q in others) == 1:
            opened = _office_opens_a_sentence(text, lead.end, region_end, p)
        found = [x for x in (at, opened) if x is not None and x != -1]
        starts[p.family_name] = _sentence_bounds(text, min(found))[0] if found else None
    first = others[0].family_name
    if first_from_lead and starts[first] is not None and all(
            s is None or s > starts[first] for name, s in starts.items() if name != first):
        point = _FIRST_POINT.search(text, lead.end, starts[first])
        starts[first] = point.end() if point else lead.end
    ends, opening = _parts_told(starts, lead, region_end)
    if all(begin is None for begin in starts.values()):
        # (no counterpart named again: what follows tells every meeting, 'They had wide-ranging discussions …')
        ends = dict.fromkeys(starts, region_end)
    split = []
    for n, p in enumerate(others):
        begin, end = starts[p.family_name], ends[p.family_name]
        own = [subject[n]] if paired else subject  # (paired: the n-th subject meets the n-th counterpart)
        meeting = _build_meeting(document, text, lead, leads, index, anchor, publisher_country, warnings,
                                 principals=own + [p], region_end=end)
        if meeting is None:
            continue
        part = _lead_part(text, lead, others, p)
        meeting = _said_in_its_part(text, lead, meeting, begin, end, part)
        meeting = _dated_in_its_part(text, meeting, part, anchor)
        counterparts = {q.family_name for q in others if q is not p}
        kept = tuple(q for q in meeting.participants if q.family_name not in counterparts)
        # (the lead and what follows it before the first counterpart's part tell every meeting)
        shared = opening if begin is not None else None
        if paired:
            kept = tuple(q for q in kept if q.family_name not in {o.family_name for o in subject if o is not own[0]})
        split.append(_only_countries(dataclasses.replace(meeting, participants=kept,
                                                         region=(begin if begin is not None else lead.start, end),
                                                         shared_region=shared),
                                     own + [p]))
    unique = list(dict.fromkeys(warnings))  # each meeting built from the one lead says the same
    warnings[:] = unique
    return split if len(split) >= 2 else []


def _parts_told(starts: dict, lead: _Lead, region_end: int) -> tuple[dict, Optional[tuple[int, int]]]:
    """Where each counterpart's part of the text ends, given where each begins (None: the text names it
    nowhere after the lead, whose end ends its part): at the next part's start, else at region_end;
    and the opening all parts share, from the lead to the first part, when that begins after the lead."""
    later = sorted(s for s in starts.values() if s is not None)
    ends = {key: next((s for s in later if s > begin), region_end) if begin is not None else lead.end
            for key, begin in starts.items()}
    return ends, (lead.start, later[0]) if later and later[0] >= lead.end else None


_FIRST_POINT = rx.compile(r"\n[ \t]*(?:1\.|1\)|\(1\))[ \t]")  # the marker of a page's first numbered point
_MEETING_WITH_OPENING = rx.compile(r"(?:[Ii]n|[Aa]t|[Dd]uring) (?:his|her|their|the) (?:[\w’'\-]+ ){0,2}?meeting (?:with|between) ")


def _meeting_opened_with(text: str, start: int, end: int, person) -> Optional[int]:
    """Where a sentence opens on the meeting with this counterpart, named by name or country ('At the
    meeting with the Greek Foreign Minister, both Ministers …')."""
    for m in _MEETING_WITH_OPENING.finditer(text, start, end):
        window = min(end, m.end() + 60)
        if text.find(person.family_name, m.end(), window) != -1 or any(
                c.code == person.country for c in countries.find_countries(text, m.end(), window)):
            return m.start()
    return None


def _office_opens_a_sentence(text: str, start: int, end: int, person) -> Optional[int]:
    """Where a sentence names the counterpart's office by its country in its opening words: 'EAM and
    the Foreign Minister of Afghanistan reviewed …' (for a counterpart the text never names again)."""
    for c in countries.find_countries(text, start, end):
        if c.code == person.country and c.kind == "name" and _OF_BEFORE.search(text, max(start, c.start - 8), c.start):
            sentence_start = _sentence_bounds(text, c.start)[0]
            if c.start - sentence_start <= 80:
                return sentence_start
    return None


_OF_BEFORE = rx.compile(r"(?<![\w-])of (?:the )?$")


# '… where he was received by President Tokayev and held talks with Minister Nurtleu': a second
# meeting verb joined by 'and', with a counterpart of its own.
# ('…, and paid a courtesy call on Minister …': the courtesy-call trigger starts at 'courtesy')
_AND_BEFORE = rx.compile(r"\band (?:(?:also|then|later|was|were) ){0,2}(?:(?:paid|made) an? )?$")


def _two_verb_meetings(document, text, leads, main, anchor, publisher_country, warnings) -> list[Meeting]:
    """One meeting per verb of a lead that reports two, each with its own counterpart."""
    lead = leads[0]
    first = lead.trigger
    second = next((m for m in PATTERNS["triggers"].finditer(text, first.end(), lead.end)
                   if _AND_BEFORE.search(text, max(first.end(), m.start() - 12), m.start())), None)
    if second is None:
        return []
    people = _principals(text, lead)
    subject = [p for p in people if p.start < first.start()]
    if not subject:
        subject = [p for p in main.participants if p.role == "principal" and p.span and p.span[0] < first.start()]
        subject = [_person_from(p) for p in subject]
    one = [p for p in people if first.end() <= p.start < second.start() and p.country and not p.possessive]
    two = [p for p in people if p.start >= second.end() and p.country and not p.possessive]
    if not subject or not one or not two or one[0].family_name == two[0].family_name:
        return []
    split = _one_meeting_per_counterpart(document, text, leads, 0, main, subject, [one[0], two[0]], anchor,
                                         publisher_country, warnings, first_from_lead=True)
    if split:
        warnings.append("meetings: the lead reports two meetings (two verbs, a counterpart each); one meeting each")
        # Each verb's own day: '… held the Dialogue with Okano on March 11 (Mon.) in Tokyo, and paid a
        # courtesy call on Minister Kamikawa on March 12 (Tue.)'.
        reference = _release_date(text, anchor, lead)
        parts = ((first.start(), second.start()), (second.start(), lead.end))
        split = [_dated_by_its_part(text, meeting, part, reference) for meeting, part in zip(split, parts)]
    return split


def _dated_by_its_part(text: str, meeting: Meeting, part: tuple[int, int], reference) -> Meeting:
    """The meeting with the date its own part of the lead states, if it states one."""
    for m in dates.iter_dates(text, *part):
        if not dates.is_plausible_date_match(m):
            continue
        value, _ = dates.resolve_date(dates.stated_day(text, m, part[1]), reference)
        if value:
            spans = dict(meeting.spans)
            spans["date"] = [m.start(), m.end()]
            return dataclasses.replace(meeting, date=value.isoformat(), spans=spans)
    return meeting


def _heading_naming(text: str, start: int, end: int, country: Optional[str]) -> Optional[int]:
    """Where a heading line names a meeting with this country ('□ ROK-Viet Nam Foreign Ministers'
    Meeting', '2. Japan-Jordan Foreign Ministers' Meeting'), between start and end."""
    if country is None:
        return None
    for noun in PATTERNS["noun_triggers"].finditer(text, start, end):
        line_start = text.rfind("\n", start, noun.start()) + 1
        line_end = text.find("\n", noun.end(), end)
        line_end = end if line_end == -1 else line_end
        if line_start == 0 or line_end - line_start > 120 or text[line_start:line_end].rstrip().endswith("."):
            continue
        if any(c.code == country for c in countries.find_countries(text, line_start, noun.start())):
            return line_start
    return None


class _LeadPart(NamedTuple):
    """The words of a lead about one of several counterparts, when the lead states a time, date or
    length for each ('… with Minister Bui Thanh Son on July 25 from 3 p.m. for about 40 minutes, and
    with Minister Saleumxay Kommasith on the morning of July 26'): from where it names that
    counterpart (the first's from the lead's start) to where it names the next."""
    start: int
    end: int


def _lead_part(text: str, lead: _Lead, others, person) -> Optional[_LeadPart]:
    """This counterpart's part of the lead; None when the lead states its values for all of them
    ('held separate telephone talks with Blinken and Wong on Thursday')."""
    named = sorted(p.start for p in others)
    between = (max(p.end for p in others if p.start == named[0]), named[-1])
    if not any(True for _ in dates.iter_dates(text, *between)) and dates.find_time(text, *between) is None \
            and dates.find_duration(text, *between) is None:
        return None
    nxt = next((at for at in named if at > person.start), lead.end)
    return _LeadPart(lead.start if person.start == named[0] else person.start, nxt)


def _owned(span, part: Optional[_LeadPart]) -> bool:
    """Whether a value the lead states belongs to this counterpart's meeting."""
    return part is None or part.start <= span[0] < part.end


def _dated_in_its_part(text, meeting: Meeting, part: Optional[_LeadPart], anchor: _Anchor) -> Meeting:
    """A separate meeting's date from its own part of the lead, when the lead dates each meeting."""
    span = meeting.spans.get("date")
    if part is None or (span and _owned(span, part)):
        return meeting
    return _dated_by_its_part(text, meeting, (part.start, part.end), anchor.date)


def _said_in_its_part(text, lead, meeting: Meeting, begin: Optional[int], end: int,
                      part: Optional[_LeadPart] = None) -> Meeting:
    """A separate meeting's start time and length: from the lead when it states them for all (or in
    this counterpart's part of it), else from the part of the text about that meeting only."""
    spans = dict(meeting.spans)
    values = {}
    for field, finder in (("start_time", dates.find_time), ("duration_minutes", dates.find_duration)):
        span = spans.get(field)
        if span and lead.start <= span[0] < lead.end and _owned(span, part):
            continue  # stated in the lead for this meeting (or for every one)
        spans.pop(field, None)
        found = None
        if begin is not None:
            first = _sentence_bounds(text, begin)
            sentences = [first] + _bracketed_line_after(text, first[1], end) \
                + _meeting_sentences(text, _Lead(first[1], first[1], lead.trigger), end)
            found = _said_of_the_meeting(finder, text, [(a, min(b, end)) for a, b in sentences if a < end])
        if found:
            spans[field] = [found.start, found.end]
        values[field] = found
    opening = _CALL_OPENING.match(text, begin) if begin is not None and "format" not in spans \
        and meeting.format == "in_person" else None
    if opening is not None:
        # 'In his call with President Moon Jae-in of South Korea, Biden stressed …': its part says how
        fmt = "video" if PATTERNS["video"].search(text, opening.start(), opening.end()) else "telephone"
        spans["format"] = [opening.start(), opening.end()]
        meeting = dataclasses.replace(meeting, format=fmt, host_country=None, spans=spans)
        spans.pop("host_country", None)
    if not values:
        return meeting
    changes = {"spans": spans}
    if "start_time" in values:
        t = values["start_time"]
        changes.update(start_time=t.value if t else None, time_note=t.note if t else None)
    if "duration_minutes" in values:
        d = values["duration_minutes"]
        changes.update(duration_minutes=d.value if d else None,
                       duration_approximate=(d.note == "approximate") if d else None)
    return dataclasses.replace(meeting, **changes)


# A part that opens on its call: 'In his maiden call with Morrison, …', 'During her video call with …'.
_CALL_OPENING = rx.compile(r"(?:[Ii]n|[Dd]uring) (?:his|her|their|the|a) (?:[\w’'\-]+ ){0,2}?"
                           r"(?:(?:tele)?phone |video )?call with ")


# ('Deputy Secretary Campbell later met with …': later on the day of the meeting told just before)
_SAME_DAY = rx.compile(r"\b(?:the same day|that same day|the same afternoon|the same evening|later that day|"
                       r"(?-i:later (?:met|held|spoke|called|received|had)))\b", re.I)


def _is_known(family_name: str, known: set[str]) -> bool:
    """Whether a name is one already met, spelt the same or nearly ('Jaishanker' for 'Jaishankar',
    a misspelling news copy keeps): the same first four letters and a length within two."""
    low = family_name.lower()
    if low in known:
        return True
    return len(low) >= 6 and any(k[:4] == low[:4] and abs(len(k) - len(low)) <= 2 and _one_or_two_edits(k, low)
                                 for k in known)


def _one_or_two_edits(a: str, b: str) -> bool:
    """At most two single-letter changes, insertions or deletions apart (a bounded edit distance)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
        previous = current
    return previous[-1] <= 2


def _with_known_country(person: Person, main: Meeting) -> Person:
    """A person the main meeting already gave a country ('Minister Landsbergis', of Lithuania above)."""
    if person.country or person.organization:
        return person
    for p in main.participants:
        if p.family_name == person.family_name and (p.country or p.organization):
            return dataclasses.replace(person, country=p.country, organization=p.organization)
    return person


def _with_the_trip_country(text: str, lead: _Lead, person: Person, last: Meeting,
                           subject: Optional[Participant]) -> Person:
    """A titled counterpart of a later meeting named without a country, on a trip: of the country the
    lead opens with ('In Equatorial Guinea, Mr. Finer met with President Teodoro Obiang Nguema
    Mbasogo'), else, where the lead names no other country, of the one country the subject met at the
    trip's last stop, `last` ('Finer met with Andriy Yermak, the head of the Presidential Office',
    after Zelenskyy). A family name alone will do under a leader's title ('Mr. Sullivan also met with
    President-elect Lula'), which no one travelling with the subject holds."""
    if person.country or person.organization or not person.title \
            or (" " not in person.name and level_of(person.title) != "leaders") \
            or subject is None or not subject.country:
        return person
    there = _opening_place(text, lead)
    if there:
        return dataclasses.replace(person, country=there)
    others = set(last.countries) - {subject.country}
    named = {c.code for c in countries.find_countries(text, lead.start, lead.end)}
    if len(others) == 1 and named <= set(last.countries):
        return dataclasses.replace(person, country=next(iter(others)))
    return person


_IN_COUNTRY_OPENING = rx.compile(r"(?:While |Also |Later |Then )?(?:[Ii]n|[Ww]hile in) (?:the )?(?=[A-Z])")
_ON_A_DAY = rx.compile(r" on [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?,")


def _opening_place(text: str, lead: _Lead) -> Optional[str]:
    """The country a lead opens with, named or by its city: 'In Equatorial Guinea, …', 'In Bangkok on
    October 22, the Deputy Secretary met with …'."""
    opening = _IN_COUNTRY_OPENING.match(text, lead.start, lead.trigger.start())
    if opening is None:
        return None
    there = countries.COUNTRY_RE.match(text, opening.end(), lead.trigger.start())
    if there and there.group("name"):
        code, end = countries.NAMES[there.group("name")], there.end()
    elif (city := countries.CITY_RE.match(text, opening.end(), lead.trigger.start())):
        code, end = countries.CITIES[city.group()], city.end()
    else:
        return None
    return code if text.startswith(",", end) or _ON_A_DAY.match(text, end, lead.trigger.start()) else None


# 'Later, Jaishankar met Abdelatty', 'Subsequently, the Minister met …', 'He later met …'
_LATER = rx.compile(r"(?:(?:Later|Subsequently|Afterwards|Thereafter|Separately)(?: (?:in the day|on|that day))?,?\s"
                    r"|(?:[A-Z][\w.’'-]*\s){1,3}(?:later|subsequently|separately)\s)")


# 'Following the meeting, National Security Advisor Sullivan met with Mr. Yermak': the meeting before
# was held with them all, and this one came after it.
_AFTER_THE_MEETING = rx.compile(r"(?:Following|After) (?:the|that|this) (?:meeting|talks|session),?\s")


def _met_one_of_them_later(text: str, lead: _Lead, main: Meeting, subject) -> Optional[list[Person]]:
    """The subject and one counterpart of a main meeting of three or more countries, when a later
    lead says the subject met that counterpart afterwards: the first lead told two meetings."""
    if subject is None or subject.country is None or len(main.countries) < 3 \
            or not (_LATER.match(text, lead.start, lead.trigger.start())
                    or _AFTER_THE_MEETING.match(text, lead.start, lead.trigger.start())):
        return None
    named = [p for p in _principals(text, lead) if p.start > lead.trigger.start() and not p.possessive]
    if len(named) != 1:
        return None
    counterpart = next((p for p in main.participants if p.role == "principal" and p.country
                        and p.country != subject.country and _is_known(named[0].family_name, {p.family_name.lower()})),
                       None)
    return [_person_from(subject), _person_from(counterpart)] if counterpart else None


def _without_countries(meeting: Meeting, codes: list[str]) -> Meeting:
    """The main meeting without the counterparts a later lead met on their own."""
    left = tuple(c for c in meeting.countries if c not in codes)
    people = tuple(p for p in meeting.participants if p.country not in codes)
    host = meeting.host_country if meeting.host_country in left else None
    return dataclasses.replace(meeting, countries=left, participants=people, host_country=host)


def _separate_pair(text: str, lead: _Lead, main: Meeting) -> Optional[list[Person]]:
    """The people of a later lead that says they met on their own ('Wang and Cho met separately'),
    when they are of two of the main meeting's countries (not all of them, unless one of them was
    not at the main meeting)."""
    # 'Foreign Minister Mori', given a country above.
    # (an international organisation's official is a side of their own: 'Sullivan met separately with
    # Secretary General Stoltenberg' after the President's meeting with him)
    named = [_with_known_country(q, main) for q in _principals(text, lead)]
    if len(main.countries) == 1:
        # (beside an organisation's official, someone of no known country is of the one country there is)
        named = [q if q.country or q.organization else dataclasses.replace(q, country=main.countries[0]) for q in named]
    people = _dedupe([p for p in named if (p.country or p.organization) and not p.possessive])
    sides = {p.country or p.organization for p in people}
    main_sides = set(main.countries) | {p.organization for p in main.participants if p.organization and not p.country}
    if len(sides) != 2 or not sides <= main_sides:
        return None
    # ('National Security Advisor Jake Sullivan also met separately with Prime Minister Store' after the
    # leaders' meeting: the same two sides, someone else of one)
    met = {p.family_name for p in main.participants}
    return people if sides < main_sides or any(p.family_name not in met for p in people) else None


def _dated_in_lead(meeting: Meeting, lead: _Lead, text: str = "") -> bool:
    """Whether the meeting's date was read in its own lead sentence (or the one just before it),
    not in the page's date line above."""
    span = meeting.spans.get("date")
    if meeting.date is None or not span or span[0] >= lead.end:
        return False
    before = _previous_sentence(text, lead.start) if text else None
    return span[0] >= (before[0] if before else lead.start) or not text


def _with_place(meeting: Meeting, main: Meeting) -> Meeting:
    """A later in-person meeting that names no place of its own took place where the main one did
    ('On the margins of the G20 Summit in New Delhi … The Prime Minister also met …')."""
    if meeting.location is not None or main.location is None or meeting.format != "in_person" \
            or main.format != "in_person":
        return meeting
    host = main.location.country if main.location.country in meeting.countries else None
    return dataclasses.replace(meeting, location=main.location, host_country=host)


def _meetings_per_country(document, text, leads, i, lead, list_start, main, subject, known, anchor,
                          publisher_country, warnings, home: Optional[str] = None) -> list[Meeting]:
    """One bilateral meeting for each country of 'met with ministers from A, B and C', named where the text says."""
    found = []
    first = [_person_from(subject)] if subject else []
    have = {p.country for p in first if p.country} | ({home} if home and not first else set())
    for code in _list_countries(text, list_start, lead.end):
        if code in have:
            continue
        person = _first_person_of(text, code, [(lead.end, min(len(text), lead.end + 3000))], None)
        people = first + ([person] if person and person.family_name.lower() not in known else [])
        if person:
            known.add(person.family_name.lower())
        meeting = _build_meeting(document, text, lead, leads, i, anchor, publisher_country, warnings,
                                 principals=people, region_end=lead.end)
        if meeting is None:
            continue
        meeting = _with_date(meeting, main)  # listed meetings share the occasion's date
        codes = tuple(sorted({p.country for p in people if p.country} | {code} | (have if not first else set())))
        found.append(dataclasses.replace(meeting, countries=codes, region=_listed_region(main, lead),
                                         host_country=meeting.host_country if meeting.host_country in codes else None))
    return found


def _listed_region(main: Meeting, lead: _Lead) -> tuple[int, int]:
    """A listed meeting's region: the list sentence, and before it the main lead when that lead
    names no counterpart country ('met with his counterparts from various European countries to
    discuss …'), since it then reports the listed meetings too."""
    if main.region and len(main.countries) < 2 and main.region[0] < lead.start:
        return (main.region[0], lead.end)
    return (lead.start, lead.end)


def _person_from(p: Participant) -> Person:
    start, end = p.span or (0, 0)
    return Person(p.name, p.family_name, p.given_name, p.title, None, p.country, p.organization, start, end)


def _with_date(meeting: Meeting, main: Meeting) -> Meeting:
    """The meeting with the main meeting's date (and its span, when the text states it)."""
    spans = {k: v for k, v in meeting.spans.items() if k != "date"}
    if main.spans.get("date"):
        spans["date"] = main.spans["date"]
    return dataclasses.replace(meeting, date=main.date, spans=spans)


def _only_countries(meeting: Meeting, people: list[Person], home: Optional[str] = None) -> Meeting:
    """A bilateral meeting split out of a list names only its two sides (`home`: the subject's side
    when no one is named for it)."""
    codes = tuple(sorted({p.country for p in people if p.country} | ({home} if home else set())))
    host = meeting.host_country if meeting.host_country in codes else None
    return dataclasses.replace(meeting, countries=codes, host_country=host)
