"""Statements: the speech acts of a meeting, with agents, stance, topics, mentions,
commitments and references.

Find, then apply: one pass of each compiled lexicon (readout/lexicon.py) over the meeting's
region finds verb phrases, topic cues, names and dates; segmentation (readout/segment.py)
cuts the region into sentences and clauses; each clause with a main speech-act verb becomes
one Statement. See docs/statements.md for the rules.
"""
from __future__ import annotations

import bisect
import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from . import countries, rx, segment, tries
from .countries import ORGANIZATION_CODES
from .lexicon import agent_lexicon, codes_for, cue_lexicon, lookup_name, stance_lexicon
from .participants import level_of
from .record import Commitment, Meeting, Reference, Statement

Span = tuple[int, int]


@dataclass(slots=True)
class VerbHit:
    start: int
    end: int
    stance: str
    one_side: Optional[str]
    lemma: str
    form: str


@dataclass(slots=True)
class Clause:
    span: Span
    verb: VerbHit
    subject: Span            # where to look for the agent
    inherits: bool           # no subject of its own: the previous clause's agents
    point: Optional[int]
    paragraph: int
    purpose: bool = False    # "met ... to discuss": the purpose clause of the held sentence


@dataclass(slots=True)
class Draft:
    span: Span
    verb: VerbHit
    agents: tuple[str, ...]
    stance: str
    point: Optional[int]
    paragraph: int
    extra: list = field(default_factory=list)


# A determiner or auxiliary before a past form makes it an adjective or a passive:
# "the agreed outcome", "as discussed", "were discussed".
_NOT_A_VERB_BEFORE = rx.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|these|those|our|as|was|were|been|be|is|are|being|which|"
    r"newly|jointly-|not|having)|[“\"])\s*$", re.IGNORECASE)
# ('Having celebrated St. Patrick's Day at the White House, they reflected on …': what was done before)
_DETERMINER_WORDS = frozenset("the a an its their his her this these those our".split())
_NOT_A_VERB_WORDS = _DETERMINER_WORDS | frozenset("as was were been be is are being which newly jointly- not having".split())


def _not_a_verb_before(text: str, start: int) -> bool:
    """What _NOT_A_VERB_BEFORE says, from the previous word alone (a regex search ending in $ tries
    every position of its window)."""
    chunk = text[max(0, start - 24):start].rstrip()
    if not chunk:
        return False
    if chunk[-1] in "“\"":
        # '"…," said Minister X': a closing quotation mark after a comma is followed by the verb.
        return not chunk.endswith((',"', ',”'))
    parts = chunk.rsplit(None, 1)
    word = parts[-1]
    if len(parts) == 1 and start - 24 > 0 and not text[start - 25].isspace():
        return bool(_NOT_A_VERB_BEFORE.search(text, max(0, start - 12), start))  # cut word: as before
    word = word.lstrip("([‘'")
    if word.lower() in _NOT_A_VERB_WORDS or _is_country_chain(word):
        return True  # ('the Japan-Canada shared priorities': a chain of countries makes it an adjective)
    if word.endswith("s") and word.islower() and len(parts) == 2:
        # 'reviewed progress made on initiatives launched last year': a noun after a preposition, then
        # the participle that describes it (not 'the two sides discussed')
        before = parts[0].split()
        return bool(before) and before[-1].lower() in _PREPOSITIONS
    if word.endswith("ly") and len(parts) == 2:
        # 'Japan is strongly opposed to …': a state, not an act ('opinions were intensively
        # exchanged' is one); 'the jointly agreed plan' describes, 'the leaders jointly condemned' acts
        before = text[max(0, start - 40):start].split()
        return len(before) >= 2 and before[-2].lower() in _ADVERB_MAKES_A_STATE_AFTER
    return False


# 'At the meeting, bilateral relations and regional issues were discussed': what the meeting discussed,
# no one named (not 'the issues that were discussed at their last meeting', a thing described).
_AGENTLESS_PASSIVE = rx.compile(r"(?<![\w-])(?<!that )(?<!which )(?:were|was)(?: also)? $")
_ADVERB_MAKES_A_STATE_AFTER = _DETERMINER_WORDS | frozenset(("is", "are", "having"))
_PREPOSITIONS = frozenset("on of for in with about from under into through against toward towards".split())


def _is_country_chain(word: str) -> bool:
    """'Japan-Canada', 'U.S.-ROK': countries joined by hyphens (not 'Sherwood-Randall', 'Al-Sisi')."""
    if "-" not in word or not word[:1].isupper():
        return False
    parts = word.split("-")
    return len(parts) >= 2 and all(countries.resolve_country(part) for part in parts)


# Used at the end of a verb word; the look-behind keeps a search over a run of spaces linear.
_PASSIVE_AFTER = rx.compile(r"(?<!\s)\s+by\b")
_PRESENT_SUBJECT = rx.compile(r"\b(?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Bb]oth|did|do|does)\s+(?:(?:also|strongly|fully|warmly|all)\s+)?$")
# A plural subject that opens the sentence: 'The United States and Spain intend to …', 'The two
# leaders look forward to …' (not 'stressed that the United States and Mexico share …'), or the
# main clause after a fronted phrase: 'In the context of this partnership, the leaders look forward …'.
_PLURAL_SUBJECT = rx.compile(r"(?:[A-Z][^,.;:]{0,80},\s+|(?!(?:As|When|While|If|After|Before|Since|Because|Although|Though|Once|Until|Unless|Following|During|In|On|At|With)\s))(?:[Tt]he |[Bb]oth )?(?:two )?(?:(?:[A-Z][\w.’'-]*\s+){1,3}and (?:the )?(?:[A-Z][\w.’'-]*\s+){1,3}|"
                             r"(?:leaders|sides|[Pp]residents|[Mm]inisters|countries|delegations|governments|nations)\s+)"
                             r"(?:(?:also|further|jointly|both)\s+)?")
_TO_BEFORE = rx.compile(r"\bto\s+$")
# (or went on to do it: 'She went on to underscore the importance of …')
_TOOK_THE_OPPORTUNITY = rx.compile(r"(?<![\w-])(?:(?:took|takes|take|used|uses|seized)\s+(?:this\s+|the\s+|that\s+)?"
                                   r"(?:opportunity|occasion|chance)|went\s+on|goes\s+on)\s+to\s+$")
_AN_OPPORTUNITY_TO = rx.compile(r"(?<![\w-])(?:was|were|is|provided|offered)\s+(?:also\s+)?(?:an?\s+)?"
                                r"(?:good\s+|valuable\s+|useful\s+|important\s+)?opportunity\s+"
                                r"(?:for\s+(?:[\w’'-]+\s+){1,4}?)?to\s+$")
_COMMA_BEFORE = rx.compile(r",\s+$")
# Participles after the held-meeting sentence that do a speech act of their own ('…, conveying his
# desire to deepen relations'), not those that describe the meeting ('…, underscoring the strength of …').
# ('The President spoke with Prime Minister Cameron today, agreeing that Israel has the right to …, and
# noting shared concern about …')
_PARTICIPLE_ACTS = frozenset({"commit", "convey", "express", "congratulate", "thank", "pledge", "reaffirm", "offer",
                              "underscore", "emphasize", "emphasise", "stress", "highlight", "reiterate", "underline",
                              "agree", "note"})
_AND_BEFORE = rx.compile(r"(?<![\w-])and\s+$")
_TRIP_TO_MEET = rx.compile(r"\b(?:traveled|travelled|went|was|were) (?:[^.;]{0,160}? )?to meet (?:with )?(?=[A-Z]|the |his |her |senior )")
_AND_TO_BEFORE = rx.compile(r"(?<![\w-])and\s+(?:to\s+)?$")
_BY_BEFORE = rx.compile(r"\b(?:by|after)\s+$")
# The sentence that says the meeting was held: its purpose clause can be a statement.
_HELD = rx.compile(r"\b(?:met|meets|spoke|speaks|held|holds|hosted|hosts|called|received|visited|had|"
                   r"joined|convened|gathered|talked|telephoned|welcomed)\b")


def attach_statements(document, meeting: Meeting) -> tuple[Meeting, list[str]]:
    """Find the meeting's statements in its region of the text; return it with them, and warnings."""
    text = document.text
    region = tuple(meeting.region) if meeting.region else (0, len(text))
    warnings: list[str] = []
    publisher_country = _publisher_country(document)
    context = AgentContext(text, meeting, publisher_country or meeting.speaker)
    own_words = getattr(document, "kind", None) == "readout" and publisher_country is not None
    cues, clauses = [], []
    for span in ((tuple(meeting.shared_region),) if meeting.shared_region else ()) + (region,):
        span_cues = scan_cues(text, span)
        hits = find_verbs(text, span, span_cues)
        clauses += find_clauses(text, span, hits, getattr(document, "captions", ()) or (), own_words)
        cues += span_cues
    drafts = resolve_clauses(text, clauses, context, warnings)
    anchor = meeting.date or getattr(document, "published", None)
    cue_starts = [c[0] for c in cues]
    parties = frozenset(meeting.countries or ())
    statements = tuple(build_statement(text, d, cues, cue_starts, parties, anchor) for d in drafts)
    topics = tuple(sorted({t for s in statements for t in s.topics} | _follow_up_topics(text, region)
                          | (_follow_up_topics(text, meeting.shared_region) if meeting.shared_region else set())))
    references = _merge_references(statements)
    return replace_fields(meeting, statements=statements, topics=topics,
                          references=tuple(meeting.references) + references), warnings


# "This meeting follows the summit held in April", "Today's meeting followed on from their
# meeting in Vancouver": no speech act, but the meeting is a follow-up to an earlier one, which
# topics.json counts under high_level_exchanges.
_FOLLOW_UP = rx.compile(r"\b(?:[Tt]his|[Tt]he|[Tt]oday[’']s)\s+(?:[\w-]+\s+)?(?:meeting|call|visit|conversation|talks|"
                        r"engagement|discussion)\s+(?:follows|followed|comes\s+after|came\s+after|builds\s+on|"
                        r"built\s+on|was\s+part\s+of\s+a\s+reciprocal)$")
# The verbs alone, found fast (literal first letters); _FOLLOW_UP then checks the words before.
_FOLLOW_TRIGGER = rx.compile(r"(?:follows|followed|comes\s+after|came\s+after|builds\s+on|built\s+on|"
                             r"was\s+part\s+of\s+a\s+reciprocal)(?![\w-])")


def _follow_up_topics(text: str, region: Span) -> set[str]:
    """Meeting topics from a sentence that ties the meeting to an earlier one."""
    start, end = region
    for trigger in _FOLLOW_TRIGGER.finditer(text, start, end):
        if _FOLLOW_UP.search(text, max(start, trigger.start() - 60), trigger.end()):
            return {"high_level_exchanges"}
    return set()


def replace_fields(record, **changes):
    """A copy of a frozen slotted record with some fields changed (dataclasses.replace, faster)."""
    cls = type(record)
    new = object.__new__(cls)
    for name in cls.__slots__:
        object.__setattr__(new, name, changes[name] if name in changes else getattr(record, name))
    return new


def scan_cues(text: str, region: Span) -> list[tuple[int, int, str, tuple]]:
    """Every verb form, topic cue, event word and name in the region: (start, end, text, kinds)."""
    lex = cue_lexicon()
    get = lex.lookup.get
    found = []
    for m in lex.pattern.finditer(text, region[0], region[1]):
        word = m.group()
        kinds = get(word)
        if kinds is None:
            kinds = get(" ".join(word.split()), ())  # a line break or double space inside
        start, end = m.span()
        found.append((start, end, word, kinds))
    return found


# ---------------------------------------------------------------- find: verbs

def find_verbs(text: str, region: Span, cues: Optional[list] = None) -> list[VerbHit]:
    """Every speech-act verb phrase in the region, with its stance (from the one cue scan)."""
    lex = stance_lexicon()
    hits: list[VerbHit] = []
    forms = lex.forms
    for start, end, word, _ in cues if cues is not None else scan_cues(text, region):
        if word not in forms:
            continue
        lemma, form = forms[word]
        if form in ("past", "present") and (_not_a_verb_before(text, start)
                                            or _PASSIVE_AFTER.match(text, end)) \
                and not (lemma == "discuss" and _AGENTLESS_PASSIVE.search(text, max(0, start - 30), start)):
            continue
        at = end
        if lemma in lex.addressee_verbs and text.startswith(" to ", end):
            addressee = _ADDRESSEE.match(text, end, region[1])
            at = addressee.end() if addressee else end
        if text.startswith((' "', " “"), at):
            at += 2  # 'the four ministers expressed "serious concern" over …': the object quoted
        tail = lex.tails[lemma].match(text, at, region[1])  # (the first of the lemma's rules whose tail matches)
        if tail is not None:
            rule = lex.rules[lemma][int(tail.lastgroup[1:])]
            hits.append(VerbHit(start, end if rule.tail is None else tail.end(), rule.stance, rule.one_side, lemma,
                                form))
    return hits


# The addressee between a verb and its object: 'expressed to Prime Minister Trudeau his desire …',
# 'conveyed to his counterpart Japan's support …' (capitalised words or a counterpart, then a
# determiner or a possessive that opens the object).
# (One white-space character between words, as a wrapped line has: runs of spaces stay linear.)
_ADDRESSEE = rx.compile(r" to\s(?:(?:the|his|her|their)\s)?(?:(?:[A-Z][\w.’'-]*|counterparts?)\s){1,5}"
                        r"(?=(?:his|her|their|its|our|the|a|an|[A-Z][\w.’'-]*[’']s?)\s)")


# ---------------------------------------------------------------- segment into clauses

def find_clauses(text: str, region: Span, hits: list[VerbHit], captions: tuple, own_words: bool = False) -> list[Clause]:
    """Clauses with a main speech-act verb; follow-on sentences extend the previous clause.

    `own_words`: the text is a government's own readout (a known government publishes it), whose
    principal's words quoted in the first person ('"We congratulated Prime Minister Eke on his appointment …," Mr Peters says.') tell the
    meeting's acts as its prose does (in a news report they are what he said afterwards)."""
    starts = [h.start for h in hits]
    clauses: list[Clause] = []
    for index, para in segment.readable_paragraphs(text, region, captions):
        if bisect.bisect_left(starts, para.span[0]) == bisect.bisect_left(starts, para.span[1]) \
                and not _may_continue(text, clauses, index, para.span):
            continue  # no verb, and nothing its sentences could extend: no need to split it
        for sent in segment.paragraph_sentences(text, index, para, captions):
            lo = bisect.bisect_left(starts, sent.span[0])
            hi = bisect.bisect_left(starts, sent.span[1])
            found = _sentence_clauses(text, sent, hits[lo:hi], sent.span[0] <= region[0], own_words) if lo < hi else None
            if found and text.find("spokes", *sent.span) != -1 and _bare_introducer(text, found[-1]) \
                    and _SPOKESPERSON.search(text, *found[-1].subject):
                # GOV.UK's "A UK Government spokesperson said:" opens the readout's own text: the
                # sentences after it are read for themselves (the held-meeting line is no statement).
                found = found[:-1]
            if found:
                if clauses and _bare_introducer(text, clauses[-1]) and clauses[-1].paragraph != sent.paragraph:
                    clauses.pop()  # "A spokesperson said:" followed by a quotation with its own statements
                clauses.extend(found)
            elif clauses and _continues(text, clauses[-1], sent) and _is_follow_on(text, sent.span):
                last = clauses[-1]
                last.span = (last.span[0], sent.span[1])
                last.paragraph = sent.paragraph  # the rest of a quoted paragraph continues it too
    return clauses


def _may_continue(text: str, clauses: list[Clause], index: int, span: Span) -> bool:
    """Whether a sentence of paragraph `index` could extend the last clause (what _continues
    asks of each sentence, for the whole paragraph): same paragraph, a "said:", or the next
    paragraph with a quotation mark that could open one of its sentences."""
    if not clauses:
        return False
    last = clauses[-1]
    if last.paragraph == index or text[last.span[0]:last.span[1]].rstrip().endswith(":"):
        return True
    if last.paragraph != index - 1:
        return False
    chunk = text[span[0]:span[1]]
    return "“" in chunk or '"' in chunk


def _sentence_clauses(text: str, sent: segment.Sentence, hits: list[VerbHit], is_lead: bool = False,
                      own_words: bool = False) -> list[Clause]:
    """Split one sentence at its main verbs: the first, then each one after a coordinator."""
    s_start, s_end = sent.span
    clauses: list[Clause] = []
    embedded = False
    reported: Optional[tuple[int, int]] = None  # a ministry's 'said' skipped after a clause of its own
    if text.find(", where ", s_start, s_end) != -1 and (passing := segment.MET_IN_PASSING.search(text, s_start, s_end)) \
            and _CAME_FROM.search(text, s_start, passing.start()):
        # '… arrived in Israel from Dammam, Saudi Arabia, where he held meetings with … focused on …':
        # what went on at the stop before is neither meeting's statement
        hits = [h for h in hits if h.start < passing.start()]
    quote_end = _opening_quote_end(text, s_start, s_end, hits)
    if quote_end is not None:
        # '"Indonesia is one of our most important partners …," Mr Peters says.': the quotation is
        # what the reporting verb after it says; its own verbs are no speech acts of the meeting
        # (in the government's own readout, its principal's acts told in the first person are).
        first = next((h for h in hits if h.start < quote_end and _FIRST_PERSON.search(text, max(s_start, h.start - 20),
                                                                                      h.start)), None) \
            if own_words else None
        if first is not None:  # (with the verbs joined to it: '"We congratulated … and reaffirmed …," Mr Peters says.')
            hits, quote_end = [h for h in hits if first.start <= h.start < quote_end], None
        else:
            hits = [h for h in hits if h.start > quote_end]
    for hit in hits:
        window = text[max(0, hit.start - 20):hit.start]
        if ("I" in window or "we" in window or "We" in window) and \
                _FIRST_PERSON.search(text, max(0, hit.start - 20), hit.start) and _inside_quote(text, sent.paragraph_start, hit.start) \
                and not (own_words and _told_by_its_principal(text, hit.end)):
            continue  # "I also conveyed my condolences" inside a quotation is the quoted speaker's words
        if own_words and clauses and hit.lemma == "say" and _reports_the_quote_before(text, s_start, hit):
            continue  # '…," Mr Luxon says.' after the acts he told: no act of its own
        kind = _verb_kind(text, sent.span, hit, bool(clauses))
        if kind is None and hit.form == "base" and clauses and clauses[-1].purpose and hit.lemma not in _FINITE_ONLY \
                and _AND_TO_BEFORE.search(text, max(s_start, hit.start - 12), hit.start):
            # 'met … to review progress … and exchange views on global priorities', '… to reaffirm our close
            # partnership with Oman and to discuss regional security matters'
            kind = "purpose"
        if kind is None:
            continue
        if _spokesperson_reports(text, s_start, hit) and any(h.start > hit.end for h in hits):
            reported = (hit.start, hit.end) if clauses else None  # ('… and said Kishida and Yoon agreed …')
            continue  # 'The spokesperson added that the two ministers exchanged views …': theirs, not his
        if is_lead and not clauses and hit.lemma == "welcome" and _HOSTING_WELCOME.match(text, hit.end, s_end):
            # 'President Biden welcomed President Pedro Sanchez of Spain to the White House today (to reaffirm …)':
            # the sentence that says the meeting was held (in the body, 'At the outset, Prime Minister
            # Kishida welcomed Minister Saidov to Japan' is a welcome)
            continue
        if not clauses and kind == "finite" and _EARLIER_ACT_IN_RELATIVE.search(text, max(s_start, hit.start - 60), hit.start):
            continue  # '…, both initiatives that President Biden has successfully launched and led.'
        if not clauses and hit.form == "past" and _in_fronted_participle(text, s_start, hit.start):
            continue  # 'Recalling the security environment discussed in the recent summits, the NSAs reaffirmed …'
        if hit.lemma == "will" and _not_a_joint_plan(text, s_start, clauses[-1].verb.end if clauses else s_start, hit):
            continue
        if not clauses:
            start = (hit.start - 3 if text.startswith("to ", hit.start - 3) else hit.start) if kind == "purpose" else s_start
            subject = (s_start, _held_start(text, s_start, hit.start)) if kind == "purpose" else (s_start, hit.start)
            if kind == "with":
                start = segment.with_subject_start(text, s_start, hit.start)
                subject = (start, hit.start)
            if kind != "purpose" and (relative := segment.relative_subject_start(
                    text, s_start, hit.start, hit.lemma in _ANSWERING_LEMMAS)) is not None:
                subject = (relative, hit.start)  # 'Japan will host the summit, which the Ghanaian side welcomed.'
            if quote_end is not None:
                subject = (quote_end + 1, hit.start)  # who says it stands after the quotation
            clauses.append(Clause((start, s_end), hit, subject, False, sent.point, sent.paragraph,
                                  kind == "purpose"))
            continue
        prev = clauses[-1]
        if hit.start < prev.verb.end:
            continue  # inside the previous verb phrase ("positively evaluated", "highly appreciated")
        if reported is not None and reported[0] > prev.verb.end:
            # "Japan's foreign ministry described the meeting as … and said Kishida and Yoon agreed to …":
            # what the ministry reports is its own clause, with the subject named after 'said'
            before = reported[0] - 4 if text.startswith("and ", reported[0] - 4) else reported[0]
            prev.span = segment.trim_span(text, prev.span[0], before)
            clauses.append(Clause((reported[1], s_end), hit, (reported[1], hit.start), False, sent.point, sent.paragraph))
            reported, embedded = None, False
            continue
        cut = segment.clause_start(text, prev.verb.end, hit.start, participle=(kind == "ing"),
                                   after_participle=(prev.verb.form == "ing"), answers=hit.lemma in _ANSWERING_LEMMAS)
        if cut is None and kind == "purpose" and prev.purpose \
                and (and_to := _AND_TO_BEFORE.search(text, max(prev.verb.end, hit.start - 12), hit.start)):
            cut = and_to.start()  # '… to reaffirm our close partnership with Oman and to discuss …'
        if cut is None and kind == "ing" and hit.lemma in _ACTS_AS_PARTICIPLES and prev.verb.stance != "explain" \
                and (hit.lemma == "agree" or not _GOES_ON_TELLING.match(text, _WORD.match(text, hit.start).end())) \
                and (comma := _COMMA_AND_BEFORE.search(text, max(prev.verb.end, hit.start - 8), hit.start)):
            # '… thanked Prime Minister Albanese for his leadership …, highlighting the climate and energy
            # transition partnership …': a speech act of its own, by the same speaker
            cut = comma.end("cut")
        own_subject = cut is not None and _has_subject(text, cut, hit.start)
        if cut is not None and prev.verb.lemma in _SAYING_LEMMAS and _NAME_ONLY.fullmatch(text, prev.verb.end, cut):
            cut = None  # 'Ishiba said Japan and the Philippines agreed to …': one subject of what he said
        if cut is None or (embedded and not own_subject and not text.startswith(", and ", cut - 2)):
            # "stated that he welcomed X and hoped Y": "hoped" goes with the embedded verb (not "stated
            # that he was pleased to visit Palau, …, and expressed his gratitude": after a comma, the
            # sentence's own subject speaks again).
            embedded = embedded or (cut is None and kind == "finite")
            continue
        embedded = False
        prev.span = segment.trim_span(text, prev.span[0], cut)
        clauses.append(Clause((cut, s_end), hit, (cut, hit.start), not own_subject, sent.point, sent.paragraph))
    for c in clauses:
        c.span = segment.trim_span(text, *c.span)
    return clauses


_CAME_FROM = rx.compile(r"(?<![\w-])(?:arrived|returned|came)\b[^.;]{0,60}?\bfrom\b")


_SAYING_LEMMAS = frozenset({"say", "tell", "add", "state", "note"})
# Participles that do a speech act of their own after another (', underscoring …', ', and emphasizing …'); not
# 'noting', which mostly goes on with what was said, nor 'expressing' ('welcomed Minister Vieira, expressing
# his pleasure …': one act); and not after an explanation ('Lavrov explained the Russian position,
# emphasising the need to …': the same telling).
_ACTS_AS_PARTICIPLES = frozenset({"underscore", "highlight", "emphasize", "emphasise", "reaffirm", "reiterate", "affirm",
                                  "welcome", "stress", "agree"})  # ('… discussed Gaza, agreeing that Israel has …')
_COMMA_AND_BEFORE = rx.compile(r",\s+(?P<cut>)(?:and\s+)?$")
# After such a participle, words that go on with what was said or describe the talks, not a new act: '…,
# underscoring that …' (what was explained), '…, underscoring the strength of the relationship'.
_GOES_ON_TELLING = rx.compile(r"(?<!\s)\s+(?:that\b|the (?:strength|depth|closeness) of\b)")
_WORD = rx.compile(r"\w+")
# Between a verb of saying and 'and': a name and nothing else, the first of two joined subjects.
_NAME_ONLY = rx.compile(r"\s(?:the\s)?[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}\s?")


# Verbs that answer what the clause before them said: '…, which the Cambodian side welcomed',
# '…, which Blinken echoed' (not '…, which the Vice President launched in June': an earlier act).
_ANSWERING_LEMMAS = frozenset({"welcome", "echo", "support", "endorse", "appreciate", "agree", "accept", "share"})


# A guest welcomed to a place: the host's act of meeting, not a speech act ('welcomed President Pedro
# Sanchez of Spain to the White House'); not a country welcomed into a body ('welcomed Finland to NATO').
_HOSTING_WELCOME = rx.compile(r"\s(?:(?:the|his|her)\s)?(?:[A-Z][\w.’'-]*,?\s){2,8}(?:of\s(?:the\s)?(?:[A-Z][\w.’'-]*\s){1,3})?"
                              r"to\s(?!NATO\b|the (?:EU|European Union|Alliance|Quad|G7|G20)\b)(?:the\s)?[A-Z]")


# A relative clause with its own subject and a perfect tense, before the sentence's first verb: an
# act done before, named to describe something ('initiatives that President Biden has launched').
_EARLIER_ACT_IN_RELATIVE = rx.compile(r"(?<![\w-])(?:that|which) (?:the )?(?:[A-Z][\w.’'-]*\s){1,3}"
                                      r"(?:has|have|had)\s(?:[a-z]+ly\s)?$")
# A sentence opened by a participle and its object ('Recalling the …', 'Noting their …', 'Building on the
# … meeting where they discussed …'); not 'Beijing welcomed …'.
_FRONTED_PARTICIPLE = rx.compile(r"[A-Z][a-z]+ing\s+(?:(?:on|upon)\s+)?(?:the|a|an|their|his|her|its|our|this|these|those)\s")


def _in_fronted_participle(text: str, sent_start: int, at: int) -> bool:
    """Whether `at` lies inside a fronted participle phrase, before the comma that ends it: a past
    form there qualifies its object ('the security environment discussed in …'), the sentence's
    own verb comes after the comma."""
    return _FRONTED_PARTICIPLE.match(text, sent_start) is not None and text.find(",", sent_start, at) == -1


_SUBORDINATE = rx.compile(r"\b(?:that|where|which|who|whom|when|if)\b")
_JOINT_SUBJECT = rx.compile(r"(?:and )?(?:[Tt]hey|[Bb]oth (?:sides|leaders|countries)|[Tt]he (?:two )?(?:leaders|sides|countries|"
                            r"[Pp]residents|[Mm]inisters|delegations|governments)|(?:[Tt]he )?(?:[A-Z][\w.’'-]*\s+){1,3}and "
                            r"(?:the )?(?:[A-Z][\w.’'-]*\s+){1,3})\s*(?:(?:also|further|jointly|both)\s+)?")


def _not_a_joint_plan(text: str, sent_start: int, after: int, hit: VerbHit) -> bool:
    """A 'will' that states no act of the meeting: inside another clause ('affirmed that the United
    States, with its allies, will continue to …', '… where the leaders will coordinate …'), or, for
    a plan, one that is not both sides' ('The Department of Commerce will hold …'; 'They will
    intensify cooperation …' is a decision)."""
    if _SUBORDINATE.search(text, after, hit.start):
        return True
    if hit.stance != "decide":
        return False
    stop = _SENTENCE_STOP.search(text, hit.end, min(len(text), hit.end + 300))
    if _SAYS_AFTER.search(text, hit.end, stop.start() if stop else min(len(text), hit.end + 300)):
        return True  # 'New Zealand and Japan will deepen …, Prime Minister Christopher Luxon says': his words
    start = max(after, sent_start)
    comma = text.rfind(", ", start, hit.start)  # the subject after a fronted phrase ('In May, they will …')
    start = comma + 2 if comma != -1 else start
    return hit.start - start > _SUBJECT_REACH or not _JOINT_SUBJECT.fullmatch(text, start, hit.start)


_SUBJECT_REACH = 120  # characters: a subject is no longer than that
# A speaker named after what he said, before the sentence ends ('…, Prime Minister Christopher Luxon says').
_SAYS_AFTER = rx.compile(r",\s(?:[A-Z][\w’'-]*\.?\s){1,5}(?:says|said)\b")
_SENTENCE_STOP = rx.compile(r"[.!?\n](?:\s|$)")
_FIRST_PERSON = rx.compile(r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?$")
_REPORTED_BY = rx.compile(r"[,.!?]?[”\"]\s{0,3}(?:[A-Z][\w.’'-]*\s{1,3}){1,4}(?:says|said|adds|added|stated|states|noted|notes)\b")


def _told_by_its_principal(text: str, pos: int) -> bool:
    """Whether the quotation around `pos` closes with who said it ('…," Mr Luxon says.')."""
    return _REPORTED_BY.search(text, pos, min(len(text), pos + 1500)) is not None


def _reports_the_quote_before(text: str, start: int, hit: VerbHit) -> bool:
    """'…," Mr Luxon says': the reporting verb right after a quotation."""
    m = _REPORTED_BY.search(text, max(start, hit.start - 60), hit.end + 1)
    return m is not None and m.end() == hit.end


def _opening_quote_end(text: str, start: int, end: int, hits) -> Optional[int]:
    """Where a quotation that opens a sentence closes, when a reporting verb follows it with its
    speaker ('"…," Mr Peters says.'); None otherwise."""
    if text[start:start + 1] not in ('“', '"') or not hits:
        return None
    close = _REPORTED_BY.search(text, start + 1, end)
    if close is None:
        return None
    quote = close.start() + (1 if text[close.start()] in ",.!?" else 0)
    return quote if any(h.start > quote for h in hits) else None


def _inside_quote(text: str, start: int, pos: int) -> bool:
    """Whether `pos` lies inside quoted speech opened earlier in its paragraph."""
    chunk = text[max(start, pos - 3000):pos]  # a quotation is not longer than that; keeps it linear
    return chunk.count("“") > chunk.count("”") or chunk.count('"') % 2 == 1


# Verbs that are speech acts only as the main verb ('They also addressed efforts to …', 'reinforced the
# U.S. commitment'): 'met … to address protecting the rules-based order', 'spoke … to reinforce the
# strong bilateral relations' and 'while addressing the challenges' say what for.
_FINITE_ONLY = frozenset({"address", "reinforce"})


# Present forms read as a statement only as their sentence's first act ('The United States applauds
# Oman’s role'); after another verb they are what was said ('stating that … Japan condemns …').
_PRESENT_ONLY_OPENING = frozenset({"applaud", "commend", "condemn"})


def _verb_kind(text: str, sent_span: Span, hit: VerbHit, after_main: bool) -> Optional[str]:
    """How a verb hit can head a clause: 'finite', 'purpose', 'ing', 'with' (a participle after 'with'
    and its subject, opening the sentence's first clause), or None."""
    before_start = max(sent_span[0], hit.start - 30)
    if hit.form == "past" and _DETERMINER_OR_PREPOSITION_BEFORE.search(text, max(sent_span[0], hit.start - 8), hit.start):
        return None  # '… cooperation between the United States and the PRC on shared challenges': an adjective
    if hit.form == "present" and after_main and hit.lemma in _PRESENT_ONLY_OPENING:
        return None  # '… stating that terrorism cannot be justified and Japan strongly condemns such acts'
    if hit.form in ("past", "present", "word"):
        return "finite"
    if hit.lemma in _FINITE_ONLY:
        return None
    if hit.form == "base":
        if _PRESENT_SUBJECT.search(text, before_start, hit.start) or _PLURAL_SUBJECT.fullmatch(text, sent_span[0], hit.start):
            return "finite"
        if not after_main and _TO_BEFORE.search(text, before_start, hit.start) \
                and (_HELD.search(text, sent_span[0], hit.start) or _TRIP_TO_MEET.search(text, sent_span[0], hit.start)):
            return "purpose"  # ('traveled to Jeddah … to meet with the Crown Prince … to discuss …': the trip's meeting)
        if _TOOK_THE_OPPORTUNITY.search(text, max(sent_span[0], hit.start - 50), hit.start) \
                or _AN_OPPORTUNITY_TO.search(text, max(sent_span[0], hit.start - 60), hit.start):
            # 'Mr. Sullivan took the opportunity to congratulate Qatar …', 'The meeting was an opportunity
            # for the two to discuss …': the act itself
            return "finite"
        return None
    if hit.form == "ing":
        if after_main:
            return "ing"  # (', with both leaders agreeing …' after a statement: segment.clause_start reads it)
        if segment.with_subject_start(text, sent_span[0], hit.start) is not None:
            return "with"  # '… held talks here on Thursday, with both sides pledging to …'
        if hit.lemma in _PARTICIPLE_ACTS and _COMMA_BEFORE.search(text, before_start, hit.start) \
                and _HELD.search(text, sent_span[0], hit.start):
            return "purpose"  # 'spoke today with Prime Minister Modi, committing that …'
        if _BY_BEFORE.search(text, before_start, hit.start) and text[sent_span[0]:hit.start].strip():
            return "finite"
    return None


# A word a participle used as an adjective follows ('on shared challenges', 'the expanded dialogue'),
# or a possessive ("North Korea's repeated nuclear tests").
_DETERMINER_OR_PREPOSITION_BEFORE = rx.compile(r"(?:(?<![\w’'-])(?:on|in|of|for|with|about|to|the|a|an|their|our|its|this|"
                                              r"these|those)|(?<=\w)[’']s)\s+$")


def _held_start(text: str, start: int, end: int) -> int:
    m = _HELD.search(text, start, end)
    return m.start() if m else end


def _has_subject(text: str, cut: int, verb_start: int) -> bool:
    """Whether the words between the coordinator and the verb include a subject."""
    between = text[cut:verb_start].strip()
    words = between.split()
    if not words:
        return False
    if words[0] in ("and", "but", "while", "whereas"):
        words = words[1:]
    words = [w for w in words if w.lower() not in _NO_SUBJECT_WORDS]
    return bool(words)


# The clause splitter's adverbs, word by word; not 'both', which may be the subject ('and both agreed').
_NO_SUBJECT_WORDS = frozenset(word for adverb in segment.ADVERB_WORDS for word in adverb.split()) - {"both"}


_SPOKESPERSON = rx.compile(r"(?<![\w-])[Ss]pokes(?:person|man|woman)(?![\w-])")


_REPORTING_LEMMAS = frozenset({"say", "add", "state", "note", "explain", "mention"})
_MINISTRY = rx.compile(r"(?<![\w-])(?:[Mm]inistry|[Oo]fficials?)(?![\w-])")
_BOTH_SIDES_AFTER = rx.compile(r"(?<!\s)\s+(?:that\s+)?(?:the two|both|they|the (?:ministers|leaders|sides|parties)\b|"
                               r"[A-Z][\w’'-]+ and [A-Z][\w’'-]+ [a-z]+ed\b)")  # '… said Kishida and Yoon agreed
# (used at the end of a verb; the look-behinds keep a search over a run of spaces linear)
_THAT_AFTER = rx.compile(r"(?<!\s)\s+that\s")


def _spokesperson_reports(text: str, sent_start: int, hit: VerbHit) -> bool:
    """Whether the verb is a spokesperson's report of what others did ('The spokesperson added that
    the two ministers exchanged views …', 'Spokesman Ahmed Abu Zeid said that Minister X stressed …')."""
    if hit.lemma not in _REPORTING_LEMMAS:
        return False
    if (text.find("pokes", sent_start, hit.start) != -1 and _SPOKESPERSON.search(text, sent_start, hit.start)
            and _THAT_AFTER.match(text, hit.end)):
        return True
    # "India's Defence Ministry said the two sides agreed to …", "Japanese officials said the two leaders
    # also discussed …": a ministry or officials reporting the parties' act
    return (_MINISTRY.search(text, sent_start, hit.start) is not None
            and _BOTH_SIDES_AFTER.match(text, hit.end) is not None)


def _bare_introducer(text: str, clause: Clause) -> bool:
    """A clause that only introduces a quotation: "Tillerson said:"."""
    return text[clause.verb.end:clause.span[1]].strip() == ":"


def _continues(text: str, last: Clause, sent: segment.Sentence) -> bool:
    """Same paragraph as the last clause, or the quotation its "said:" introduces."""
    if last.paragraph == sent.paragraph:
        return True
    return text[last.span[0]:last.span[1]].rstrip().endswith(":") or \
        (last.paragraph == sent.paragraph - 1 and text[sent.span[0]] in "“\"")


def _is_follow_on(text: str, span: Span) -> bool:
    """An unattributed sentence that continues the previous speaker (not a held-meeting line)."""
    chunk = text[span[0]:span[1]]
    return len(chunk) > 20 and not chunk.lower().startswith(("the overview", "(photo", "photo"))


# ---------------------------------------------------------------- agents

class AgentContext:
    """What resolves agents in a meeting: its countries, participants, and their titles."""

    def __init__(self, text: str, meeting: Meeting, publisher_country: Optional[str] = None):
        self.countries = tuple(meeting.countries or ())
        # "I", "we" in a minister's remarks: the publishing government speaks.
        self.speaker = publisher_country if publisher_country in self.countries else None
        self.everyone = tuple(sorted(set(self.countries) | set(meeting.organizations or ())))
        self._text = text
        self._region_start = meeting.region[0] if meeting.region else 0
        self._participants = [p for p in meeting.participants or () if (p.country or p.organization) and p.family_name]
        # A principal of no known country may be of a country the meeting does not list.
        self.all_placed = all(p.country or p.organization for p in meeting.participants or () if p.role == "principal")
        # (name finder, party) of each participant, in the header's order.
        # (name finder, party) of each participant, in the header's order; a given name two parties'
        # people share ('Joseph' of Joseph Biden and of Joseph Aoun) names neither.
        self._ambiguous = _ambiguous_given_names(tuple((p.family_name, p.name or "", p.country or p.organization)
                                                       for p in self._participants))
        self.people: list[tuple[NameFinder, str]] = [
            (NameFinder(_spellings(p.family_name, p.name or "") - self._ambiguous) if self._ambiguous else _name_finder(p),
             p.country or p.organization) for p in self._participants]
        # Mentions, first_party and titles are found at first use: most meetings never ask.
        self._sources: Optional[list[tuple[Optional[str], list, str, int]]] = None
        self._titles: Optional[dict[str, list[tuple[int, str]]]] = None
        # A party whose official is not named ("The Foreign Secretary met Tánaiste Simon
        # Coveney"): a title nobody else holds belongs to it when it is the only such party.
        named = {party for _, party in self.people}
        unnamed = [c for c in self.countries if c not in named]
        self.unnamed_party = unnamed[0] if len(unnamed) == 1 else None

    def _mentions(self) -> list[tuple[Optional[str], list, str, int]]:
        """(header title, first mentions, party, first mention's offset) of each participant."""
        if self._sources is None:
            text, people = self._text, self._participants
            # One scan of the text for every participant's names: first mentions order the
            # participants, and the words around each mention give their titles.
            spellings, owners = _all_spellings(tuple((p.family_name, p.name or "") for p in people))
            if self._ambiguous:
                spellings = tuple(n for n in spellings if n not in self._ambiguous)
            mentions: list[list[Span]] = [[] for _ in people]
            if people:
                # Only the first _TITLE_MENTIONS mentions of each person are read (order, titles):
                # the scan stops once every participant has that many.
                wanting = len(people)
                for at, stop, spelling in _name_matches(text, spellings):
                    if at and _is_word_char(text[at - 1]):
                        continue  # inside a word (the scan leaves this test out, as the regex it replaced did)
                    for index in owners[spelling]:
                        found = mentions[index]
                        found.append((at, stop))
                        if len(found) == _TITLE_MENTIONS:
                            wanting -= 1
                    if not wanting:
                        break
            self._sources = [(p.title, found, p.country or p.organization, found[0][0] if found else len(text))
                             for p, found in zip(people, mentions)]
        return self._sources

    def _first_in_region(self, found: list[Span]) -> int:
        """Where the meeting's own text first names a participant, which decides whose a shared title
        is: a headline above it ('PM call with Prime Minister Meloni of Italy') names the counterpart
        first, the lead ('Prime Minister Keir Starmer spoke to …') its own side."""
        for at, _ in found:
            if at >= self._region_start:
                return at
        return found[0][0] if found else len(self._text)

    @property
    def first_party(self) -> Optional[str]:
        """The party of the participant the text names first outside headings (a headline, 'PM call
        with Prime Minister Kishida of Japan', names the counterpart first; the lead its own side)."""
        sources = self._mentions()
        if not sources:
            return None
        # The first of equals, as a stable sort.
        return min(sources, key=lambda source: self._first_outside_headings(source[1], source[3]))[2]

    def _first_outside_headings(self, found: list[Span], first: int) -> int:
        for at, _ in found:
            if not _in_heading(self._text, at):
                return at
        return first

    @property
    def titles(self) -> dict[str, list[tuple[int, str]]]:
        """Title (lower case) -> [(first mention, party)]: the header's titles, and those written
        next to each participant's name."""
        if self._titles is None:
            self._titles = {}
            # Ordered by where the meeting's own text first names each participant (see _first_in_region).
            sources = [(title, found, party, self._first_in_region(found)) for title, found, party, _ in self._mentions()]
            for title, _, party, order in sources:
                if title:
                    for m in agent_lexicon().the_title.finditer(title):
                        self._add_title(m.group(1), order, party)
                    if level_of(title) == "foreign_ministers" and "Minister" in title and "Foreign" in title:
                        # ('Minister for Europe and Foreign Affairs Barrot' is the 'Foreign Minister' of
                        # 'The Secretary and Foreign Minister discussed …')
                        self._add_title("Foreign Minister", order, party)
            for _, found, party, order in sources:
                self._learn_titles(self._text, found, party, order)
        return self._titles

    def _learn_titles(self, text: str, found: list, party: str, order: int) -> None:
        """Titles written next to a participant's name ("Foreign Minister Park", "Rex Tillerson,
        the US Secretary of State"), looked for around each mention of the name."""
        lex = agent_lexicon()
        for start, end in found[:_TITLE_MENTIONS]:
            # No pre-check for a title's last word: title_before skips to title initials itself,
            # and nearly every window before a name holds such a word anyway.
            before = lex.title_before.search(text, max(0, start - 60), start)
            if before:
                self._add_title(before.group(1), order, party)
            if text.startswith(",", end):
                after = lex.title_after.match(text, end, end + 60)
                # (not the subject of the next clause: 'In his call with Foreign Minister Abdelatty, the
                # Secretary thanked Egypt …')
                if after and not _VERB_AFTER_TITLE.match(text, after.end()):
                    self._add_title(after.group(1), order, party)

    def _add_title(self, title: str, order: int, party: str) -> None:
        entries = self._titles.setdefault(title.lower(), [])
        if (order, party) not in entries:
            entries.append((order, party))

    def by_royal_style(self, style: str) -> Optional[str]:
        """The party of the one participant the text introduces with a style ('His Highness Sheikh
        Abdullah bin Zayed …', 'His Excellency Dr. …'): whom 'His Highness welcomed …' means."""
        wanted = style.lower()
        parties = {p.country or p.organization for p in self._participants if p.span
                   and wanted in self._text[max(0, p.span[0] - 60):p.span[0]].lower()}
        return parties.pop() if len(parties) == 1 else None

    def by_title(self, title: str) -> Optional[str]:
        """The party of 'the <title>': the first-mentioned participant with that title."""
        wanted = _TITLE_ABBREVIATIONS.get(title.lower(), title.lower())
        holders = {p.country or p.organization for p in self._participants if (p.title or "").lower() == wanted}
        if len(holders) == 1:
            return holders.pop()  # the one participant the header gave that title decides it
        by_office = {p.country or p.organization for p in self._participants
                     if (p.title or "").lower() == wanted and p.span and self._text[p.span[0]:p.span[1]].lower() == wanted}
        if len(by_office) == 1:
            # 'The Prime Minister spoke to the new Prime Minister of Japan, Shigeru Ishiba': the side the
            # lead names by that office alone (the gazetteer's holder) is whom 'the Prime Minister' means.
            return by_office.pop()
        from .participants import organization_of_title  # the header's titles.yaml

        org = organization_of_title(title)
        if org and any(p.organization == org for p in self._participants):
            return org  # 'The HR/VP underlined …': the EU's official, whatever title the header read
        entries = self.titles.get(wanted) or self.titles.get(title.lower())
        if not entries:
            entries = [e for t, es in self.titles.items()
                       if t.endswith(" " + wanted) or t.startswith(wanted + " ") or wanted.startswith(t + " ")
                       for e in es]
        if not entries:
            return None
        return min(entries)[1]


_VERB_AFTER_TITLE = rx.compile(r" (?:also |then |further )?(?!of\b|for\b|and\b|on\b|at\b|in\b)[a-z]+(?:ed|s)\b")


def _in_heading(text: str, at: int) -> bool:
    """Whether the paragraph around `at` is a heading: no sentence ends in it."""
    start = text.rfind("\n\n", 0, at) + 1
    end = text.find("\n\n", at)
    end = len(text) if end == -1 else end
    return _SENTENCE_END.search(text, start, end) is None


_SENTENCE_END = rx.compile(r"[.!?][”\"’)]?(?:\s|$)")


# Offices written as abbreviations in some ministries' readouts ("PM congratulated …" in India's).
_TITLE_ABBREVIATIONS = {"pm": "prime minister", "fm": "foreign minister", "dpm": "deputy prime minister",
                        "eam": "external affairs minister", "pcs": "prime cabinet secretary",
                        "prime minster": "prime minister"}  # (a misspelling real readouts print)


# Titles are learnt from a person's first mentions ("Secretary Blinken", "Rex Tillerson, the US
# Secretary of State"); later ones repeat them, and reading each costs two searches.
_TITLE_MENTIONS = 4


def _name_finder(person) -> NameFinder:
    """Family name, and the first and last words of the full name, as whole words."""
    return _names_of(person.family_name, person.name or "")


@lru_cache(maxsize=4096)
def _names_of(family_name: str, full_name: str) -> NameFinder:
    """Family name, and the last word of the full name ("Pham Binh Minh" -> Minh), as words."""
    return NameFinder(_spellings(family_name, full_name))


def _spellings(family_name: str, full_name: str) -> set[str]:
    """A person's name words as written and in MOFA's capitals ("HAYASHI")."""
    names = {family_name}
    if family_name[:3] in ("Al-", "al-", "El-", "el-") and len(family_name) > 6:
        names.add(family_name[3:])  # 'Mohammed Shia Al-Sudani' is also 'Sudani'
    # ('López Obrador' is also 'President López', or broken across a line: 'President López\nObrador')
    names.update(w for w in family_name.split()[:1] if " " in family_name and len(w) > 2 and w[0].isupper())
    words = [w for w in full_name.split() if len(w) > 2 and w[0].isupper() and not w.endswith(".")]
    if len(words) > 1:
        names.update((words[0], words[-1]))  # "Retno Marsudi": Minister Retno; "Pham Binh Minh": Minh
    if " bin " in full_name or " bint " in full_name:
        names.update(words)  # 'Mohammed bin Salman Al Saud' is also 'Crown Prince Salman'
    names |= {plain for n in names if (plain := _without_accents(n)) != n}  # 'Eduardo M. Año', then 'Mr. Ano'
    # ('OYUN-ERDENE' is also 'Prime Minister Oyun-erdene': the part after a hyphen in either case)
    names |= {v for n in names if "-" in n.strip("-") for v in _hyphen_cases(n)}
    return {v for n in names for v in (n, n.upper(), n[:1].upper() + n[1:])}


def _hyphen_cases(name: str) -> tuple[str, str]:
    """'Oyun-Erdene' -> ('Oyun-erdene', 'Oyun-Erdene'): the parts after the first, in lower case and capitalised."""
    first, *rest = name.split("-")
    first = first[:1] + first[1:].lower() if first.isupper() and len(first) > 1 else first
    return ("-".join([first] + [p.lower() for p in rest]), "-".join([first] + [p[:1].upper() + p[1:].lower() for p in rest]))


def _without_accents(word: str) -> str:
    """'Año' -> 'Ano', 'López' -> 'Lopez' (a readout often drops the marks after the first mention)."""
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


# Participants' names are found with str.find, not with a regex per document: compiling one
# (in pure Python, ~50-90 µs) for each new participant or set of participants cost 0.033 ms/doc
# over the White House corpus, more than all the searches it then made. NameFinder and
# _name_matches answer exactly what those regexes answered.

def _is_word_char(ch: str) -> bool:
    r"""Whether the regex class [\w-] matches `ch` (\w: str.isalnum, or "_")."""
    return ch.isalnum() or ch == "_" or ch == "-"


class NameFinder:
    r"""One person's spellings as whole words: what `(?<![\w-])(?:spellings)(?![\w-])`, the
    longest spelling first, finds with search and match. At one start the longest spelling that
    stands as a whole word wins (the alternation's order; spellings of one length cannot both
    match there); the test before a name looks before the search's start, as a look-behind
    does, and the search's end counts as the end of the text for the test after it."""

    __slots__ = ("spellings",)

    def __init__(self, spellings) -> None:
        self.spellings = tuple(sorted(spellings, key=lambda n: (-len(n), n)))

    def search(self, text: str, start: int, end: int) -> Optional[Span]:
        start, end = max(start, 0), min(end, len(text))  # what the regex makes of its bounds
        best: Optional[Span] = None
        for name in self.spellings:
            at = text.find(name, start, end)
            while at >= 0 and (best is None or at < best[0]):
                if _whole_word(text, at, at + len(name), end):
                    best = (at, at + len(name))
                    break
                at = text.find(name, at + 1, end)
        return best

    def match(self, text: str, pos: int, end: int) -> Optional[Span]:
        pos, end = max(pos, 0), min(end, len(text))
        for name in self.spellings:
            stop = pos + len(name)
            if stop <= end and text.startswith(name, pos) and _whole_word(text, pos, stop, end):
                return pos, stop
        return None


def _whole_word(text: str, start: int, stop: int, end: int) -> bool:
    return (start == 0 or not _is_word_char(text[start - 1])) and (stop >= end or not _is_word_char(text[stop]))


@lru_cache(maxsize=4096)
def _ambiguous_given_names(people: tuple) -> frozenset:
    """Spellings that are no one's family name but name people of two parties (a shared given name)."""
    family = {v for family_name, _, _ in people for v in _spellings(family_name, "")}
    parties: dict[str, set] = {}
    for family_name, full_name, party in people:
        for spelling in _spellings(family_name, full_name):
            parties.setdefault(spelling, set()).add(party)
    return frozenset(n for n, owners in parties.items() if len(owners) > 1 and n not in family)


@lru_cache(maxsize=4096)
def _all_spellings(people: tuple) -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """Several people's spellings, longest first, and each spelling's people (by index)."""
    owners: dict[str, list[int]] = {}
    for index, (family_name, full_name) in enumerate(people):
        for spelling in _spellings(family_name, full_name):
            owners.setdefault(spelling, []).append(index)
    return tuple(sorted(owners, key=lambda n: (-len(n), n))), {k: tuple(v) for k, v in owners.items()}


def _name_matches(text: str, spellings: tuple[str, ...]):
    r"""(start, end, spelling) of what `(?:spellings)(?![\w-])`.finditer(text) yields: the
    leftmost spelling not followed by [\w-], the longest at one start, then on from
    its end (no test before the name: the caller makes it, and a name inside a word still hides
    what overlaps it, as it did in the regex)."""
    size = len(text)

    def next_from(spelling: str, pos: int) -> int:
        at = text.find(spelling, pos)
        while at >= 0:
            stop = at + len(spelling)
            if stop == size or not _is_word_char(text[stop]):
                return at
            at = text.find(spelling, at + 1)
        return -1

    # Each spelling's next occurrence that the regex could match (-1: none left). One that
    # lies at or after a match's end stays valid; the others are looked for again from there.
    upcoming = [next_from(spelling, 0) for spelling in spellings]
    while True:
        first = -1
        for index, at in enumerate(upcoming):
            if at >= 0 and (first < 0 or at < upcoming[first]):
                first = index
        if first < 0:
            return
        start = upcoming[first]
        stop = start + len(spellings[first])
        yield start, stop, spellings[first]
        for index, at in enumerate(upcoming):
            if 0 <= at < stop:
                upcoming[index] = next_from(spellings[index], stop)


def _publisher_country(document) -> Optional[str]:
    """The country of the publishing government ("Department of Foreign Affairs and Trade")."""
    from .countries import resolve_publisher_country  # the header's publisher table

    return resolve_publisher_country(getattr(document, "url", None), getattr(document, "publisher", None))


def resolve_clauses(text: str, clauses: list[Clause], ctx: AgentContext, warnings: list[str]) -> list[Draft]:
    """Agents and stance for each clause, in text order."""
    drafts: list[Draft] = []
    last_single: Optional[tuple[str, ...]] = None
    last_group: Optional[tuple[str, ...]] = None  # one side's people named as a group, whom a 'They' next takes up
    for clause in clauses:
        agents = None
        subject_start = segment.trim_span(text, *clause.subject)[0]
        they = not clause.inherits and _THEY_ALONE.match(text, subject_start, clause.subject[1]) is not None
        group_they = they and last_group is not None
        if group_they:
            # 'The Ukrainian delegation affirmed … They expressed appreciation …': the group, not both sides
            agents = last_group
        if clause.verb.lemma in ("it", "there") or (clause.purpose and text.startswith("to ", clause.span[0])
                                                     and _is_joint(text, clause)):
            # (a participle after the held sentence, 'spoke today with King Charles III, underscoring the
            # strength of the relationship', is its subject's act)
            agents = ctx.everyone  # "it was decided", "there was agreement", "met ... to discuss"
        elif clause.inherits and drafts:
            agents = drafts[-1].agents
        elif (clause.verb.stance == "exchange_views" or clause.verb.lemma == "agree") \
                and _HELD.search(text, clause.subject[0], clause.subject[1]):
            # "X had a meeting with Y and exchanged views": both discussed; "X held talks with Y … and
            # agreed to expand cooperation": an agreement takes both
            agents = ctx.everyone
        if agents is None:
            agents = resolve_agents(text, _inverted_subject(text, clause) or _held_subject(text, clause) or clause.subject,
                                    ctx, last_single, warnings)
        if not agents and drafts and clause.inherits:
            agents = drafts[-1].agents
        if not agents and not clause.inherits and _third_country_subject(text, clause.subject, ctx):
            continue  # 'Ukraine, which was not invited to the talks, has said it will not accept …'
        if not agents:
            agents = ctx.everyone
            if not clause.inherits and text[clause.subject[0]:clause.subject[1]].strip():
                warnings.append(f"statement “{_opening(text, clause.span)}”: no speaker named before the verb; "
                                f"attributed to all parties ({', '.join(agents) or 'none known'})")
        if len(agents) == 1 and clause.verb.lemma in _WITH_VERBS:
            agents = _with_partner(text, clause, agents, ctx)
        elif len(agents) == 1 and clause.verb.lemma in _DISCUSS_VERBS:
            # 'discussed with the Prime Minister our continued cooperation', 'discussed the regional
            # situation with her Australian and Indian counterparts': the discussion's partners speak too
            extra = _counterparts_by_demonym(text, clause.verb.end, clause.span[1], ctx, "with") \
                or _partner_named_after_with(text, clause, agents, ctx)
            if extra:
                agents = tuple(sorted(set(agents) | set(extra)))
        if agents == (ctx.speaker,) and clause.verb.stance in _JOINT_STANCES and _WE_SUBJECT.search(text, *clause.subject):
            agents = ctx.everyone  # a minister's own release: "We agreed to …", "We discussed …" are both sides
        if len(agents) == 1:
            last_single = agents
        if not clause.inherits and not they:
            last_group = agents if len(agents) == 1 and _ONE_SIDE_GROUP.search(text, *clause.subject) else None
        stance = clause.verb.stance
        if clause.verb.one_side and len(agents) < 2 and (group_they or not _plural_subject(text, clause.subject, ctx)):
            stance = clause.verb.one_side
            if stance == "explain" and _asks_other_side(text, clause.verb, agents, ctx):
                stance = "request"
        drafts.append(Draft(clause.span, clause.verb, tuple(agents), stance, clause.point, clause.paragraph))
    return drafts


# A subject that is 'They' alone ('They also …'); one side's people as a group ('The Ukrainian delegation',
# 'Ukrainian representatives', 'Secretary Rubio and his team', 'U.S. officials').
_THEY_ALONE = rx.compile(r"They(?:\s+(?:also|then|further|again|jointly|\w+ly))?\s*$")
_ONE_SIDE_GROUP = rx.compile(r"(?<![\w-])(?:delegation|representatives|officials|and (?:his|her|their) team)\s*"
                             r"(?:(?:also|then|further|again|\w+ly)\s+)?$")


def _plural_subject(text: str, subject: Span, ctx: AgentContext) -> bool:
    """'They talked about …', 'The two also reviewed …' (with an organisation's official: one country),
    'The Vice President and President-elect Arévalo spoke about …' (one the header did not find): a
    subject of two people or more stays joint whatever parties could be resolved from it (not 'Mr.
    Sullivan and Mr. Pyle', two known officials of one side)."""
    m = _PLURAL_BEFORE_VERB.search(text, max(subject[0], subject[1] - 80), subject[1])
    if m is None:
        return False
    second = m.start("second")
    return second < 0 or not any(names.search(text, second, m.end()) for names, _ in ctx.people)


_PLURAL_BEFORE_VERB = rx.compile(r"(?<![\w-])(?:(?:[Tt]hey|[Bb]oth|[Tt]he\s(?:two|three|four)(?:\s[a-z]+)?)\s|(?:[A-Z][\w.’'-]*\s){1,4}and\s"
                                 r"(?P<second>(?:the\s)?(?:[A-Z][\w.’'-]*\s){1,4}|the\s(?:[A-Z][\w.’'-]*\s){0,2}(?:leaders|ministers|"
                                 r"officials|counterparts)\s))(?:(?:also|further|then|jointly)\s)?$")


def _third_country_subject(text: str, subject: Span, ctx: AgentContext) -> bool:
    """Whether the subject opens with a country that is no party to the meeting (its words, not
    the meeting's: what it says elsewhere is no statement of the talks)."""
    start = segment.trim_span(text, *subject)[0]
    if text.startswith(("The ", "the "), start):
        start += 4
    m = agent_lexicon().countries.pattern.match(text, start, subject[1])
    if m is None or not ctx.countries or not ctx.all_placed:
        return False
    code = lookup_name(agent_lexicon().countries, m.group())
    return code is not None and code not in ctx.countries


_QUOTE_CLOSED = rx.compile(r"[,]\s?[\"”]\s*$")
_SUBJECT_AFTER_END = rx.compile(r"[,.;]")


def _held_subject(text: str, clause: Clause) -> Optional[Span]:
    """'President Biden met today with King Abdullah II of Jordan and reaffirmed …': a verb joined
    to the sentence that says the meeting was held speaks for that sentence's subject, not for
    the counterpart named last."""
    start, end = clause.subject
    if clause.inherits or not _AND_AT_END.search(text, max(start, end - 6), end):
        return None
    held = _HELD.search(text, start, end)
    return (start, held.start()) if held and held.start() > start else None


_AND_AT_END = rx.compile(r"(?<![\w-])and\s*$")


def _inverted_subject(text: str, clause: Clause) -> Optional[Span]:
    """'"Indonesia appreciates Japan's support," said Foreign Minister Sugiono.': the speaker is
    named after the verb; the quotation before it is what was said, not who said it."""
    verb = clause.verb
    before = text[max(clause.span[0], verb.start - 4):verb.start]
    if ('"' not in before and "”" not in before) or not _QUOTE_CLOSED.search(text, max(clause.span[0], verb.start - 6),
                                                                             verb.start):
        return None
    start = _verb_word_end(text, verb)
    stop = _SUBJECT_AFTER_END.search(text, start, clause.span[1])
    end = stop.start() if stop else clause.span[1]
    return (start, end) if end > start else None


_JOINT_STANCES = frozenset({"exchange_views", "share_view", "confirm", "decide"})
# "The Secretary agreed with Minister Minh on ...", "X coincided with Y in appreciating ...":
# the partner named after "with" holds the view too.
_WITH_VERBS = frozenset({"agree", "concur", "coincide"})
# Used at the end of a verb word; the look-behind keeps a search over a run of spaces linear.
_WITH_PARTNER = rx.compile(r"(?<!\s)(?:\s+\w+ly)?\s+with\s+")


_DISCUSS_VERBS = frozenset({"discuss", "exchange"})
# 'President Macron and his Russian counterpart …', '… with her Australian and Indian counterparts'
_COUNTERPARTS_BY_DEMONYM = rx.compile(r"(?<![\w-])(?P<link>and|with) (?:his|her|their) "
                                      r"(?P<who>[A-Z][\w-]+(?:,? (?:and )?[A-Z][\w-]+){0,4}) counterparts?(?![\w-])")


def _counterparts_by_demonym(text: str, start: int, end: int, ctx: AgentContext, link: str) -> list[str]:
    """The parties of counterparts named by their demonyms after `link` ('and' in a subject: 'President
    Macron and his Russian counterpart discussed …'; 'with' after a discussion: '… discussed the
    regional situation with her Australian and Indian counterparts'), among the meeting's countries."""
    if text.find(" counterpart", start, end) == -1:
        return []
    for m in _COUNTERPARTS_BY_DEMONYM.finditer(text, start, end):
        if m.group("link") == link:
            return [c.code for c in countries.find_countries(text, m.start("who"), m.end("who")) if c.code in ctx.countries]
    return []


def _partner_named_after_with(text: str, clause: Clause, agents: tuple, ctx: AgentContext) -> list[str]:
    """The party of a participant named after a 'with' in a discussion's clause ('discussed with the Prime
    Minister …', '… and discussed bilateral issues with Swaraj', '… discussed in a phone call Monday with
    French Foreign Minister Jean-Noël Barrot'); not a country named there ('our expanded space
    cooperation with Peru')."""
    stop = min(clause.span[1], clause.verb.end + 120)
    for with_ in _WITH_WORD.finditer(text, clause.verb.end, stop):
        partners = [p for p in _named_parties(text, with_.end(), min(with_.end() + 64, clause.span[1]), ctx)
                    if p not in agents]
        if partners:
            return partners[:1]
    return []


_WITH_WORD = rx.compile(r"(?<=\s)with\s")  # (a wrapped line's line break counts as the space it is)


def _with_partner(text: str, clause: Clause, agents: tuple, ctx: AgentContext) -> tuple:
    """The agents plus the participant named right after "agreed with"."""
    m = _WITH_PARTNER.match(text, _verb_word_end(text, clause.verb), clause.span[1])
    if not m:
        return agents
    partners = _named_parties(text, m.end(), min(m.end() + 40, clause.span[1]), ctx)
    extra = [p for p in partners[:1] if p not in agents]
    return tuple(agents) + tuple(extra) if extra else agents


def _verb_word_end(text: str, verb: VerbHit) -> int:
    """The end of the verb's first word (the hit may include the words its rule matched)."""
    chunk = text[verb.start:verb.end]
    if not chunk or chunk[0].isspace():
        return _NON_SPACE.match(text, verb.start, verb.end).end()
    return verb.start + len(chunk.split(None, 1)[0])  # what \S* matches, without a regex call


_NON_SPACE = rx.compile(r"\S*")


def _opening(text: str, span: Span, words: int = 6) -> str:
    return " ".join(text[span[0]:span[1]].split()[:words]) + "…"


def _is_joint(text: str, clause: Clause) -> bool:
    """A purpose clause done together: "met ... to discuss", "to reaffirm their commitment"."""
    # ('their' of the verb's object, not of a later clause: 'to underscore his support for the Ukrainian
    # people as they continue to defend their country' is the subject's)
    opening = text[clause.span[0]:min(clause.span[1], clause.verb.end + 12)]
    if " their " in opening:
        return True
    if " his " in opening or " her " in opening:
        return False  # 'to stress his commitment to strengthening the alliance': the subject's own
    return clause.verb.stance in _JOINT_STANCES and (clause.verb.stance == "exchange_views"
                                                    or not _one_sides_object(text, clause))


def _one_sides_object(text: str, clause: Clause) -> bool:
    """'to reaffirm U.S. commitment to Iraq', 'to underscore that the United States will never
    recognize …': what opens with one country's name is that side's to state (not what both discuss,
    nor 'to reaffirm the U.S.-India partnership' or '… the partnership between the two countries')."""
    end = min(clause.span[1], clause.verb.end + 60)
    if _BETWEEN_WORD.search(text, clause.verb.end, min(clause.span[1], clause.verb.end + 100)):
        return False
    mention = next(iter(countries.find_countries(text, clause.verb.end, end)), None)
    return (mention is not None and _FEW_WORDS.fullmatch(text, clause.verb.end, mention.start) is not None
            and text[mention.end:mention.end + 1] != "-")


_BETWEEN_WORD = rx.compile(r"(?<![\w-])between(?![\w-])")
_FEW_WORDS = rx.compile(r"\s(?:[a-z][\w-]*\s){0,3}")  # ('the ironclad ', 'that the ')


# Spaces before the word are taken only from the start of their run (linear on a run of spaces);
# a subject starts after a word or a single space, never inside a run, so its matches are unchanged.
_COORDINATOR = rx.compile(r"(?:(?<!\s)\s+)?(?:and|but|while|whereas|(?:to )?which)\s+")  # ('…, which the Cambodian side welcomed')
_NOT_SUBJECT_LEAD = frozenset({"while", "who", "which", "whose", "after", "before", "as", "when", "following"})
# Words in -ing that open a subject, not a participle ('King Abdullah thanked …', 'Beijing and Tokyo …').
_NOT_PARTICIPLES = frozenset({"during", "acting", "according", "king", "beijing", "nanjing", "chongqing", "kunming",
                              "jinping"})


_IMPORTANCE = rx.compile(r"(?:importance|need|necessity|significance|imperative|urgency)$")


# 'of India increasing …', 'for Japan to take …', 'of Canadian defense investment', 'of sustained U.S. support'
# (used at the end of a verb phrase; the look-behind keeps a search over a run of spaces linear)
_ACTOR_AFTER = rx.compile(r"(?<!\s)\s+(?:of|for)\s+(?:the\s+)?(?:(?:sustained|continued|additional|further|increased|greater|more|"
                          r"urgent|immediate|stronger)\s+){0,2}(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)"
                          r"(?=\s+(?:to\s|[a-z]+ing\b|(?:[a-z]+\s+){0,2}?(?:support|assistance|"
                          r"investment|aid|funding|action|efforts?|engagement|leadership|procurement|contributions?)\b))")


def _asks_other_side(text: str, verb: VerbHit, agents, ctx: AgentContext) -> bool:
    """One side stressing the importance of another's action ("emphasized the importance of India
    increasing its procurement", "the significance of sustained U.S. support", said by another
    country) asks that side, or a third party, to act: a request (ANNOTATION.md)."""
    if not _IMPORTANCE.search(text, verb.start, verb.end):
        return False
    lex = agent_lexicon()
    m = _ACTOR_AFTER.match(text, verb.end, min(len(text), verb.end + 60))
    if not m:
        return False  # ('the importance of Ukraine’s sovereignty' asks nobody to act; 'of Argentina’s
        # engagement with the IMF' asks Argentina)
    name = m.group("name").removesuffix("’s").removesuffix("'s")
    code = lookup_name(lex.countries, name) or lookup_name(lex.countries, name.split()[0])
    return code is not None and code not in agents


def resolve_agents(text: str, subject: Span, ctx: AgentContext, last_single, warnings: list[str]):
    """Alpha-3 codes of who speaks, from the subject words before the verb.

    The words are read comma-part by comma-part from the verb backwards, so a fronted phrase
    ("Regarding Russia and Ukraine, the two ministers") or a participle ("Minister Kishida,
    welcoming Minister Klimkin's visit, stated") does not lend its names to the subject.
    """
    start, end = subject
    cuts = [start]
    comma = text.find(",", start, end)
    while comma >= 0:
        if not text.startswith(_NAME_SUFFIXES, comma + 1):  # 'President Joseph R. Biden, Jr. and …': one name
            cuts.append(comma + 1)
        comma = text.find(",", comma + 1, end)
    cuts.append(end)
    parts = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
    lead = _COORDINATOR.match(text, start, end)
    if lead:
        parts[0] = (lead.end(), parts[0][1])
    of_list = _OFFICES_OF.search(text, start, end) if text.find(" of ", start, end) != -1 else None
    if of_list is not None:
        # 'The foreign ministers of Japan, China and South Korea agreed …': the countries listed
        named = [c.code for c in countries.find_countries(text, of_list.end(), end) if c.code in ctx.countries]
        if len(set(named)) >= 2:
            return tuple(sorted(set(named)))
    listed = _listed_subject(text, parts, ctx, last_single)
    if listed:
        return listed
    for i, (s, e) in enumerate(reversed(parts)):
        words = text[s:e].split()
        first = words[0].lower() if words else ""
        if first in _NOT_SUBJECT_LEAD or (first.endswith("ing") and first not in _NOT_PARTICIPLES):
            # "After the meeting she said": a fronted phrase with no comma; its last words are the subject.
            tail = _PRONOUN_AT_END.search(text, s, e) if i == 0 else None
            if tail and (found := _agents_in(text, tail.start(), e, ctx, last_single)):
                return found
            continue
        found = _agents_in(text, s, e, ctx, last_single)
        if found:
            return found
    return ()


_NAME_SUFFIXES = (" Jr.", " Sr.", " Jr ", " Sr ")


def _listed_subject(text: str, parts: list[Span], ctx: AgentContext, last_single) -> tuple:
    """'President Biden, President Ghani, and Chairman Abdullah concurred …': a subject listed with
    commas speaks for every party it names (each comma part a short name, the last after 'and')."""
    if len(parts) < 3 or not text[parts[-1][0]:parts[-1][1]].lstrip().startswith("and "):
        return ()
    agents: list[str] = []
    for s, e in parts[-3:]:
        words = text[s:e].split()
        found = _agents_in(text, s, e, ctx, last_single) if 0 < len(words) <= 5 else ()
        if not found:
            return ()
        agents.extend(a for a in found if a not in agents)
    return tuple(sorted(agents)) if len(agents) > 1 else ()


_OFFICES_OF = rx.compile(r"(?<![\w-])[Tt]he (?:[\w-]+ ){0,2}?(?:ministers|leaders|presidents|heads of state|"
                         r"heads of government|delegations|governments|advisors|advisers|envoys) of (?:the )?")
_PRONOUN_AT_END = rx.compile(r"(?<![\w-])(?:he|she|they|He|She|They)\s*$")


# Used at the end of a title; the look-behind keeps a search over a run of spaces linear.
# (a capital of any Latin script: 'Minister Çavuşoğlu', 'Minister Šefčovič')
_NAME_AFTER = rx.compile(r"(?<!\s)\s+(?:[A-ZÀ-ÖØ-ÞĀ-ž][\w’'.-]*|d[ae]l?|de|van|von|bin|al-\w+)")
_DEMONYM_BEFORE = rx.compile(r"(?<![\w.’'-])([A-Z][\w.’'-]+) $")
_OF_COUNTRY_AFTER = rx.compile(r" of (?:the )?([A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3})")


def _title_party(text: str, m: re.Match, start: int, end: int, ctx: AgentContext) -> Optional[str]:
    """The party of a title in a subject: a demonym before it, or the participant with that title."""
    if _NAME_AFTER.match(text, m.end(), end) and any(names.match(text, m.end() + 1, end) for names, _ in ctx.people):
        return None
    before = _DEMONYM_BEFORE.search(text, max(start, m.start() - 20), m.start())
    if before:
        code = lookup_name(agent_lexicon().countries, before.group(1))
        if code in ctx.countries:
            return code
    after = _OF_COUNTRY_AFTER.match(text, m.end(), end)  # "The President of Russia informed …"
    if after and after.group(1) == "Republic" and ctx.speaker:
        return ctx.speaker  # the Élysée's 'The President of the Republic': the publisher's own head
    if after:
        words = after.group(1).split()
        for n in range(len(words), 0, -1):  # "of Russia Vladimir Putin": the longest name first
            code = lookup_name(agent_lexicon().countries, " ".join(words[:n]))
            if code:
                if code in ctx.countries:
                    return code
                break
    # A title no participant is known by ('The Deputy Prime Minister' for 'Deputy Prime Minister and
    # Foreign Minister Dar'): a publisher calls its own principal by office.
    named = _NAME_AFTER.match(text, m.end(), end) is not None  # someone, if no participant ('… Paganini of Uruguay')
    if not named and ctx.speaker and m.group(1).lower() == "minister" and text[m.start(1) - 4:m.start(1)].lower() == "the ":
        # 'The Minister expressed appreciation …' on the Farnesina's page: a ministry calls its own
        # minister so; the counterpart keeps a name ('Minister Mondino thanked …').
        return ctx.speaker
    return ctx.by_title(m.group(1)) or _office_country(m.group(1), ctx) or ctx.unnamed_party or (None if named else ctx.speaker)


def _office_country(title: str, ctx: AgentContext) -> Optional[str]:
    """The one country whose office a title is ('The Tánaiste' is Ireland's), when it is a party."""
    from .participants import default_country  # the header's titles.yaml

    code = default_country(title)
    return code if code in ctx.countries else None


def _known_officials(text: str, start: int, end: int, ctx: AgentContext) -> list[str]:
    """Parties of titled people who are not among the participants ("President Biden"),
    from the header's list of well-known office holders, when that country is a party."""
    from .participants import official_country  # the header's table of office holders

    parties: list[str] = []
    for m in agent_lexicon().titled_name.finditer(text, start, end):
        words = m.group(2).split()
        code = official_country(m.group(2)) or official_country(words[-1])
        if code in ctx.countries and code not in parties:
            parties.append(code)
    return parties


_CAPITALISED_WORD = rx.compile(r"(?<![\w’'-])[A-Z][a-z]{2,}(?![\w’'-])")


def _known_by_name_alone(text: str, start: int, end: int, ctx: AgentContext) -> list[str]:
    """Parties of well-known office holders named by the one name they go by, without a title, who
    are not among the participants under it ('Jokowi said …' after 'President Joko Widodo (Jokowi)')."""
    from .participants import official_country

    codes = {official_country(m.group()) for m in _CAPITALISED_WORD.finditer(text, start, end)}
    return sorted(code for code in codes if code in ctx.countries)


def _with_group_members(text: str, start: int, end: int, ctx: AgentContext, parties):
    """'President Biden and the G7 unequivocally condemned …': a group of countries named in the subject
    speaks for its members, when they are the meeting's parties."""
    members = {code for m in _GROUP_NAME.finditer(text, start, end) for code in countries.GROUPS.get(m.group(), ())}
    if not members or not members <= set(ctx.countries):
        return parties
    return sorted(set(parties) | members)


_GROUP_NAME = rx.compile(r"(?<![\w-])(?:" + tries.alternation(countries.GROUPS) + r")(?![\w-])")


def _agents_in(text: str, start: int, end: int, ctx: AgentContext, last_single):
    lex = agent_lexicon()
    if start >= end:
        return ()
    collective = lex.collective.search(text, start, end)
    if collective and len(ctx.everyone) > 2 and _TWO.search(collective.group()):
        # "The two ministers" in a meeting with a third country (one named only in its occasion):
        # the two parties the principals stand for, when there are two.
        named = sorted({party for _, party in ctx.people})
        if len(named) == 2:
            return tuple(named)
    if collective and not (collective.group().lower() == "both" and len(ctx.countries) > 2):
        return ctx.everyone
    parties = _named_parties(text, start, end, ctx)
    if parties:
        parties = _with_group_members(text, start, end, ctx, parties)
        parties += [c for c in dict.fromkeys(_counterparts_by_demonym(text, start, end, ctx, "and")) if c not in parties]
        if _AND_ALL_COUNTERPARTS.search(text, start, end):
            return ctx.everyone  # 'Minister Champagne and his counterparts agreed …': every party of the call
    if collective and not parties:
        return ctx.everyone  # "Both agreed …": with more than two parties, "both" names two of them when it can
    if not parties:
        parties = _known_officials(text, start, end, ctx) or _known_by_name_alone(text, start, end, ctx)
    if not parties and any(text.find(word, start, end) != -1 for word in _STYLE_WORDS):
        # 'His Highness and His Excellency reviewed …': each style names the one participant it introduced
        styled = [ctx.by_royal_style(m.group(1)) for m in _ROYAL_STYLE.finditer(text, start, end)]
        parties = sorted(set(styled)) if styled and all(styled) else []
    if parties:
        if last_single and _PRONOUN_AND_NAME.search(text, start, end):
            # 'She and Dr. Sheinbaum discussed …': the pronoun's speaker with the one named
            parties = sorted(set(parties) | set(last_single))
        return tuple(sorted(parties))
    if ctx.speaker and _THE_DELEGATION.search(text, start, end):
        # 'The delegation presented …' in a government's account of its delegation's trip: its own side
        return (ctx.speaker,)
    if lex.pronoun.search(text, start, end):
        if last_single:
            return last_single
        if ctx.first_party:
            # No single speaker yet: readouts name their own principal first.
            return (ctx.first_party,)
    for m in lex.countries.pattern.finditer(text, start, end):
        code = lookup_name(lex.countries, m.group())
        if code in ctx.countries and code not in parties:
            parties.append(code)
    if not parties and ctx.speaker and _FIRST_PERSON_SUBJECT.search(text, start, end):
        parties.append(ctx.speaker)
    return tuple(sorted(parties))


_TWO = rx.compile(r"(?i)\b(?:two|both)\b")
_AND_ALL_COUNTERPARTS = rx.compile(r"(?<![\w-])and (?:his|her|their) counterparts\s*(?:(?:also|jointly|then)\s+)?$")
_THE_DELEGATION = rx.compile(r"(?<![\w-])[Tt]he delegation\s+(?:(?:also|then|further|\w+ly)\s+)?$")
_PRONOUN_AND_NAME = rx.compile(r"(?<![\w-])(?:(?:[Hh]e|[Ss]he) and (?!his\b|her\b)|and (?:he|she)\s*$)")
# 'His Highness affirmed …' (Gulf readouts name their principal by his style after the lead)
_STYLE_WORDS = (" Highness", " Majesty", " Excellency")  # (a cheap test before the pattern)
_ROYAL_STYLE = rx.compile(r"(?<![\w-])((?:His|Her) (?:Royal )?(?:Highness|Majesty|Excellency))(?![\w-])")
_FIRST_PERSON_SUBJECT = rx.compile(r"(?<![\w-])(?:I|[Ww]e)(?:\s+(?:also|then|again|further|\w+ly))?\s*$")
_WE_SUBJECT = rx.compile(r"(?<![\w-])[Ww]e(?:\s+(?:also|then|again|further|\w+ly))?\s*$")


def _named_parties(text: str, start: int, end: int, ctx: AgentContext) -> list[str]:
    """Parties of the people named or titled: all of "X and Y", only X of "X met with Y"."""
    found = [(span[0], span[1], party) for names, party in ctx.people
             for span in [names.search(text, start, end)] if span]
    named_at = [s for s, _, _ in found]
    for m in agent_lexicon().the_title.finditer(text, start, end):
        if any(0 < s - m.end() <= 40 and _TITLE_WORDS_GAP.fullmatch(text, m.end(), s) for s in named_at):
            continue  # 'Secretary of Defense Austin': the name says whose title it is
        party = _title_party(text, m, start, end, ctx)
        if party:
            found.append((m.start(), m.end(), party))
    if text.find("he ", start, end) != -1:
        # News style writes an office in lower case ('The premier called on the two sides …'): it names
        # the participant who holds it, and no one else (no fallback to the publisher's side).
        for m in agent_lexicon().the_lowercase_title.finditer(text, start, end):
            party = ctx.by_title(m.group(1))
            if party:
                found.append((m.start(1), m.end(), party))
    if ctx.speaker and (text.find("and I", start, end) != -1 or text.find("I and", start, end) != -1) \
            and (me := _AND_I.search(text, start, end)):
        i = "i" if me.group("i") else "j"
        found.append((me.start(i), me.end(i), ctx.speaker))  # "Foreign Minister Wang and I discussed"
    found.sort()
    parties: list[str] = []
    for i, (s, e, party) in enumerate(found):
        if i and s > found[i - 1][1] and not _JOINED.search(text, found[i - 1][1], s) \
                and not _only_honorifics(text, found[i - 1][1], s):
            break  # ('Prime Minister Datuk Seri Anwar Ibrahim': a title, a style, then the name: one mention)
        if party not in parties:
            parties.append(party)
    return parties


# Between a title's match and a name: the rest of the title ('Secretary' ' of Defense ' 'Austin'), no other word.
_TITLE_WORDS_GAP = rx.compile(r"(?:\s(?:of|for|the|[A-Z][\w.’'-]*))*\s")


def _only_honorifics(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds honorifics and nothing else (honorifics.yaml: 'Datuk Seri ', 'H.E. ')."""
    from .participants import HON_RE  # the header's honorifics

    pos = start + 1 if text.startswith(" ", start) else start
    while pos < end and (m := HON_RE.match(text, pos, end)):
        pos = m.end()
    return pos == end and pos > start + 1


_AND_I = rx.compile(r"(?<![\w-])(?:and (?P<i>I)|(?P<j>I) and)(?![\w-])")


_JOINED = rx.compile(r"\band\b|&")


# ---------------------------------------------------------------- apply: build statements

_ORGANIZATION_CODES = ORGANIZATION_CODES


def build_statement(text, draft: Draft, cues, cue_starts, parties, anchor) -> Statement:
    """The Statement of a draft: its text, topics, mentions, commitment and references.

    `cue_starts` are the cues' start offsets, `parties` the meeting's countries (both once per meeting).
    """
    start, end = draft.span
    topics, mentions, has_event = _cues_in(cues, cue_starts, start, end, parties, text)
    commitment = find_commitment(text, draft, anchor) if draft.stance == "decide" else None
    references = find_references(text, draft.span, anchor) if has_event else ()
    verb_word = text[draft.verb.start:_verb_word_end(text, draft.verb)].lower().strip(".,;:")
    plover, plover_mode, cameo, goldstein = codes_for(draft.stance, verb_word) or (None, None, None, None)
    # Agents are countries; an organisation's official speaks for it in agent_organizations.
    organizations = tuple(a for a in draft.agents if a in _ORGANIZATION_CODES)
    agents = tuple(a for a in draft.agents if a not in _ORGANIZATION_CODES) if organizations else draft.agents
    return Statement(text=text[start:end], span=(start, end), agents=agents, stance=draft.stance,
                     agent_organizations=organizations, topics=topics, point=draft.point, mentions=mentions,
                     commitment=commitment,
                     references=references, plover=plover, plover_mode=plover_mode, cameo=cameo,
                     goldstein=goldstein, verb_span=(draft.verb.start, draft.verb.end))


def _cues_in(cues, cue_starts: list[int], start: int, end: int, parties, text: str = "") -> tuple[tuple[str, ...], dict, bool]:
    """Topics, and third countries and organisations named, between start and end; and whether
    an event word starts there (one that runs past the end counts for that, not for the topics).
    A forum named as the meeting's venue ('on the sidelines of a G20 meeting') is no topic."""
    topics: set[str] = set()
    countries: set[str] = set()
    organizations: set[str] = set()
    has_event = False
    lo = bisect.bisect_left(cue_starts, start)
    hi = bisect.bisect_left(cue_starts, end)
    russia_party = "RUS" in parties
    for cue_start, cue_end, word, kinds in cues[lo:hi]:
        inside = cue_end <= end
        for kind, value in kinds:
            if kind == "event":
                has_event = True
            elif not inside:
                continue
            elif kind == "topic":
                if russia_party and value == "russia_ukraine" and word.lower().rstrip("’'s") in _RUSSIA_OWN_NAMES:
                    continue  # Russia a party: its own name says nothing of the war ("the Russian President thanked")
                if value in _VENUE_TOPICS and _VENUE_BEFORE.search(text, max(start, cue_start - 48), cue_start):
                    continue
                if value == "economy_trade" and word.lower() == "economic" and _in_a_list_of_domains(text, cue_start, cue_end):
                    continue
                topics.add(value)
            elif kind == "country":
                if value not in parties:
                    countries.add(value)
            elif kind == "organization":
                organizations.add(value)
    if "CHN" in parties:
        topics.discard("china")
    return tuple(sorted(topics)), {"countries": sorted(countries), "organizations": sorted(organizations)}, has_event


# The forum a meeting was held at, named as its place: 'on the sidelines of a G20 meeting of foreign
# ministers', 'on the margins of the 74th UN General Assembly', 'took place during the APEC Summit'.
_VENUE_BEFORE = rx.compile(r"(?<![\w-])(?:sidelines|margins|side|occasion) of (?:the |a |an )?(?:[\w’'.-]+ ){0,4}$"
                           r"|(?<![\w-])(?:took place|was held|were held|met|meeting|talks) (?:at|during|in) (?:the |a |an )?"
                           r"(?:[\w’'.-]+ ){0,3}$")
# 'political, military, humanitarian and economic support', 'across the full range of security,
# economic, technology, and diplomatic issues': every field at once, no economic matter of its own.
_DOMAIN_WORD = (r"(?:political|military|security|diplomatic|humanitarian|technology|technological|cultural|social|"
                r"defen[cs]e|people-to-people|financial)")
_DOMAINS_BEFORE = rx.compile(r"(?<![\w-])" + _DOMAIN_WORD + r",? (?:and |or )?(?:" + _DOMAIN_WORD + r",? (?:and |or )?)*$")
_DOMAINS_AFTER = rx.compile(r",? (?:and |or )?" + _DOMAIN_WORD + r"(?![\w-])")
_DOMAIN_RE = rx.compile(_DOMAIN_WORD)


def _in_a_list_of_domains(text: str, start: int, end: int) -> bool:
    """Whether an adjective stands in a list with two or more fields of policy ('political, economic,
    security, and people-to-people ties')."""
    before = _DOMAINS_BEFORE.search(text, max(0, start - 60), start)
    count = len(_DOMAIN_RE.findall(before.group())) if before else 0
    pos = end
    while count < 2 and (after := _DOMAINS_AFTER.match(text, pos)):
        count += 1
        pos = after.end()
    return count >= 2


_VENUE_TOPICS = frozenset({"multilateral", "high_level_exchanges"})
_RUSSIA_OWN_NAMES = frozenset({"russia", "russian", "moscow", "russian federation"})


# ---------------------------------------------------------------- commitments and references

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_RE = "(" + "|".join(calendar.month_name[1:]) + ")"
_DUE = rx.compile(
    r"\b(?:(?P<this>(?:within|by the end of|before the end of|by end of|later|during|in|by|within the|"
    r"by the end of the)\s+(?:this|the)\s+(?:calendar\s+|fiscal\s+)?year)"
    r"|(?P<next>(?:early\s+|later\s+|in\s+)?next\s+year|in\s+the\s+coming\s+year)"
    r"|(?P<month>(?:by|in|before|during|until)\s+(?:early\s+|mid-|late\s+|the\s+end\s+of\s+)?" + _MONTH_RE
    + r"(?:\s+(?P<myear>\d{4}))?)"
    r"|(?P<year>(?:by|in|before|until)\s+(?P<yyear>20\d\d))"
    r"|(?P<early>at\s+an\s+early\s+date|as\s+soon\s+as\s+possible|at\s+the\s+earliest\s+(?:possible\s+)?"
    r"(?:date|opportunity|time)|in\s+the\s+near\s+future|soon))\b")


def find_commitment(text: str, draft: Draft, anchor: Optional[str]) -> Commitment:
    """The decided future action and its due window, resolved against the meeting date."""
    start, end = draft.span
    action_start = draft.verb.end
    while action_start < end and text[action_start] in " \n\t":
        action_start += 1
    action = " ".join(text[action_start:end].split()).rstrip(".")
    for word in ("to ", "that "):
        if action.startswith(word):
            action = action[len(word):]
    m = _DUE.search(text, start, end)
    if not m:
        return Commitment(action=action or text[start:end], span=(start, end))
    return Commitment(action=action or text[start:end], due=_resolve_due(m, anchor),
                      due_text=" ".join(m.group().split()), span=(start, end))


def _resolve_due(m: re.Match, anchor: Optional[str]) -> Optional[str]:
    year = int(anchor[:4]) if anchor and anchor[:4].isdigit() else None
    month = int(anchor[5:7]) if anchor and len(anchor) >= 7 and anchor[5:7].isdigit() else None
    if m.group("this"):
        return f"{year}" if year else None
    if m.group("next"):
        return f"{year + 1}" if year else None
    if m.group("year"):
        return m.group("yyear")
    if m.group("month"):
        target = _month_number(m.group("month"))
        if m.group("myear"):
            return f"{m.group('myear')}-{target:02d}"
        if year is None:
            return None
        if month is not None and target < month:
            return f"{year + 1}-{target:02d}"
        return f"{year}-{target:02d}"
    return None


def _month_number(phrase: str) -> int:
    for word in phrase.split():
        if word.lower() in _MONTHS:
            return _MONTHS[word.lower()]
    return 0


# References: an event noun ("Summit", "Dialogue", "meeting held in March"), the capitalised
# words before it ("the Japan-ROK Security Dialogue"), and a date after it.
_EVENT_WORD = rx.compile(r"\b(?:[Ss]ummit(?:\s+[Mm]eeting)?|[Dd]ialogue|[Cc]onsultations?|[Tt]alks|[Mm]eetings?|"
                         r"[Cc]onference|Forum|Session|2\+2|visit|(?:telephone\s+)?call)\b")
# Look-behinds: a run of letters, digits or spaces is entered only at its first character, so a
# search over any text is linear. Each pattern is used on one whole word (_NAME_WORD.match,
# _SENTENCE_END_WORD.search, true/false) or right after an event word (_DATE_AFTER), where the
# look-behind always holds: the matches there are unchanged.
_NAME_WORD = rx.compile(r"(?<![\w’'.&+-])(?:[A-Z][\w’'.&+]*(?:-[A-Z0-9][\w’'.&+]*)*|\d+(?:st|nd|rd|th)|of|and|on|the|The|"
                        r"[A-Z][\w.]*-[\w-]+|\d\+\d)$")
_SENTENCE_END_WORD = rx.compile(r"(?<![a-z])[a-z]{2,}\.$")
_DATE_AFTER = rx.compile(r"(?<!\s)\s+(?:held\s+)?(?:(?:in|on)\s+" + _MONTH_RE
                         + r"(?:\s+\d{1,2})?(?:,?\s+(?P<dyear>\d{4}))?|(?P<last>last\s+(?:year|month|week)))\b")
_LOWER_LEAD = rx.compile(r"\b[Tt]he\s+(?:[a-z’'-]+\s+){0,2}$")


def find_references(text: str, span: Span, anchor: Optional[str], events=None) -> tuple[Reference, ...]:
    """Other events a statement points to, dated where the text allows."""
    start, end = span
    refs: list[Reference] = []
    last_end = start
    for m in _EVENT_WORD.finditer(text, start, end):
        if m.start() < last_end:
            continue
        lead = _name_start(text, max(last_end, m.start() - 120), m.start())
        date = _DATE_AFTER.match(text, m.end(), end)
        named = any(w not in ("the", "The") for w in text[lead:m.start()].split())
        if not named:
            if not date:
                continue
            the = _LOWER_LEAD.search(text, max(last_end, m.start() - 40), m.start())
            lead = the.start() if the else m.start()
        stop = date.end() if date else m.end()
        phrase = " ".join(text[lead:stop].split())
        if phrase.lower() in ("meeting", "the meeting", "talks", "call", "visit"):
            continue
        refs.append(Reference(text=phrase, date=_reference_date(phrase, date, anchor), kind=_event_kind(m.group()),
                              span=(lead, stop)))
        last_end = stop
    return tuple(refs)


def _name_start(text: str, floor: int, pos: int) -> int:
    """Start of the capitalised name words just before `pos` ("the Japan-ROK Security")."""
    words = 0
    cursor = pos
    while words < 8:
        chunk_end = cursor
        while chunk_end > floor and text[chunk_end - 1].isspace():
            chunk_end -= 1
        word_start = chunk_end
        while word_start > floor and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start:chunk_end]
        if not word or chunk_end == cursor or not _NAME_WORD.match(word) or word[-1] in ",;:" \
                or _SENTENCE_END_WORD.search(word) or word in ("Readout",):
            break
        cursor = word_start
        words += 1
        if word in ("the", "The"):
            break
    # Connectors never start a name: "of the G20 Summit" starts at "the".
    while cursor < pos:
        head = text[cursor:pos].split(None, 1)
        if head and head[0] in ("of", "and", "on"):
            cursor = pos - len(head[1]) if len(head) > 1 else pos
        else:
            break
    return cursor


def _reference_date(phrase: str, date: Optional[re.Match], anchor: Optional[str]) -> Optional[str]:
    """YYYY-MM (or YYYY) of a referenced event: a month resolves to its latest occurrence."""
    a_year = int(anchor[:4]) if anchor and anchor[:4].isdigit() else None
    a_month = int(anchor[5:7]) if anchor and len(anchor) >= 7 and anchor[5:7].isdigit() else None
    if date is None:
        return None
    if date.group("last"):
        unit = date.group("last").split()[-1]
        if a_year is None:
            return None
        if unit == "year":
            return f"{a_year - 1}"
        if unit == "month" and a_month:
            return f"{a_year - (a_month == 1)}-{(a_month - 2) % 12 + 1:02d}"
        return None
    number = _month_number(date.group())
    if date.group("dyear"):
        return f"{date.group('dyear')}-{number:02d}"
    if a_year is None or a_month is None:
        return None
    if "held" in date.group():
        # "held in March": the latest March on or before the meeting.
        return f"{a_year - (number > a_month)}-{number:02d}"
    # "the Summit in May": the May nearest to the meeting, before or after it.
    year = min((a_year - 1, a_year, a_year + 1), key=lambda y: abs((y - a_year) * 12 + number - a_month))
    return f"{year}-{number:02d}"


def _event_kind(phrase: str) -> str:
    low = phrase.lower()
    for kind in ("summit", "dialogue", "2+2", "consultation", "talks", "conference", "forum", "visit",
                 "telephone", "call", "meeting", "session"):
        if kind in low:
            return {"consultation": "consultations", "telephone": "call"}.get(kind, kind)
    return "event"


def _merge_references(statements) -> tuple[Reference, ...]:
    seen: dict[tuple, Reference] = {}
    for s in statements:
        for r in s.references:
            seen.setdefault((r.text, r.date), r)
    return tuple(sorted(seen.values(), key=lambda r: r.span))
