"""Segmentation: paragraphs (lead, numbered points), sentences and clauses, each with its span.

Spans are `[start, end)` offsets into `document.text`. Hard-wrapped text (one sentence over
several lines) is read as running text: only a blank line or a line that opens with a point
marker ("1.", "(1)", "-", "•") starts a new paragraph.
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from . import countries, rx

Span = tuple[int, int]


# Named tuples, not frozen dataclasses: a document makes dozens, and these build ~5x faster.
class Paragraph(NamedTuple):
    span: Span
    point: Optional[int]
    heading: bool


class Sentence(NamedTuple):
    span: Span
    point: Optional[int]
    paragraph: int
    paragraph_start: int = 0


# A point marker at the start of a line: "1.", "1)", "(1)", or a bullet.
_MARKER = rx.compile(r"[ \t]{0,8}(?:(\d{1,2})[.)]|\((\d{1,2})\)|([-•*–·▪]))[ \t]{1,8}(?=\S)")
_LINE = rx.compile(r"[^\n]*\n?")
# What a point marker can start with (after spaces and tabs): a cheap test before _MARKER.
_MARKER_FIRST = frozenset("(-•*–·▪")
# Words a sentence usually opens with (the abbreviation tests below, and glued full stops, read them).
OPENERS = frozenset(
    "The They He She It In On At Both This These We I Furthermore Moreover Additionally Regarding Also "
    "Finally During Following Further Besides However Meanwhile Lastly Then".split())
# A full stop glued to the next sentence by a page's scrape ('… Bruno Rodriguez Parilla.During their
# talks on May 20, …'): after two lower-case letters and before a usual sentence opener only, so
# that 'WhiteHouse.Gov', 'Mirage.News' or a file path stays whole.
# (sorted by length, then by word: the same pattern text in every process, whatever the set's order)
GLUED_OPENER = r"(?<=[a-z]{2}\.)(?=(?:" + "|".join(sorted(OPENERS, key=lambda w: (-len(w), w))) + r")\b)"
# Candidate sentence ends: terminal punctuation, closing quotes/brackets, then space; or "。".
# Written as one leading character class (not "[.!?]…|。") so that the engine can skip ahead to
# the candidates instead of trying a match at every position: "。" ends at once (the look-behind
# holds only for it), the others go on as before.
_END = rx.compile(r"[.!?。](?:(?<=。)|(?:[”\"’')\]])*(?=\s)|" + GLUED_OPENER + ")")
_WORD_BEFORE = rx.compile(r"([A-Za-z][A-Za-z.]{0,9})\.$")
NEXT_WORD = rx.compile(r"\s{0,8}[“\"‘'(\[]?([A-Za-z0-9]+)")

# Abbreviations that never end a sentence (they precede a name or number).
_TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st rt h.e jr sr prof gen lt col capt sen rep gov amb hon rev messrs mt ft h.m h.r.h md mohd adm maj "
    "brig ma honorable honourable".split())  # ('Ma.' for María: 'Secretary Ma. Theresa Lazaro'; 'the Honorable. Scott …')
# Abbreviations that end a sentence only when a usual sentence opener follows.
_OTHER_ABBREVIATIONS = frozenset(
    "u.s u.k u.n e.u p.m a.m no nos vs etc e.g i.e inc co corp ltd jan feb mar apr jun jul aug sep sept "
    "oct nov dec approx fig art vol p.r.c r.o.k d.p.r.k u.s.a d.c".split())


def split_paragraphs(text: str, region: Optional[Span] = None) -> list[Paragraph]:
    """Paragraphs of the region: blank lines and point markers start new ones."""
    start, end = region or (0, len(text))
    paragraphs: list[Paragraph] = []
    point: Optional[int] = None
    bullet_count = 0
    current: Optional[list] = None  # [start, end, point, still on its first line, opened by a marker]
    pos = start
    while pos < end:
        # Lines with their "\n" (what _LINE matches), found with str.find rather than a regex.
        newline = text.find("\n", pos, end)
        body_start, body_end = pos, (end if newline < 0 else newline + 1)
        pos = body_end
        line = text[body_start:body_end]
        if line.isspace():
            current = _close(text, current, paragraphs)
            continue
        opener = line.lstrip(" \t")[:1]
        marker = _MARKER.match(text, body_start, body_end) if opener in _MARKER_FIRST or opener.isdigit() else None
        if marker:
            current = _close(text, current, paragraphs)
            number = marker.group(1) or marker.group(2)
            if number:
                point, bullet_count = int(number), 0
            else:
                bullet_count += 1
                point = bullet_count
            body_start = marker.end()
        if current is None:
            lead = len(text[body_start:body_end]) - len(text[body_start:body_end].lstrip())
            current = [body_start + lead, body_end, point, True, marker is not None]
        elif current[3] and (_is_title_line(text[current[0]:current[1]])
                             or current[4] and _is_point_heading(text[current[0]:current[1]])):
            # A title line glued to the paragraph it heads: "Bilateral Relations\n  Minister ..."
            _close(text, current, paragraphs)
            lead = len(text[body_start:body_end]) - len(text[body_start:body_end].lstrip())
            current = [body_start + lead, body_end, point, True, False]
        else:
            current[1] = body_end
            current[3] = False
    _close(text, current, paragraphs)
    return paragraphs


def _is_point_heading(line: str) -> bool:
    """The heading of a numbered point, in sentence case, on the marker's line: '1. Opening remarks'
    above 'Minister Kono welcomed …' (a short line that does not close a sentence)."""
    words = line.split(None, 6)
    return 0 < len(words) <= 5 and words[0][0].isupper() and not _ends_with_terminal(line) \
        and not line.rstrip().endswith(",")


def _is_title_line(line: str) -> bool:
    """A short line in title case with no closing punctuation ("Opening Remarks/ Bilateral Relations")."""
    words = line.split(None, 9)
    if not words or len(words) > 8 or _ends_with_terminal(line):
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or not w[0].isalpha())
    return capitalised >= 0.75 * len(words)


def _close(text: str, current: Optional[list], paragraphs: list[Paragraph]) -> None:
    """Finish the open paragraph: trim it and decide whether it is a heading."""
    if current is not None:
        s, e, point = current[:3]
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            paragraphs.append(Paragraph((s, e), point, is_heading(text[s:e])))
    return None


def is_heading(chunk: str) -> bool:
    """A one-line chunk of at most 12 words with no closing punctuation: a title or heading."""
    chunk = chunk.strip()
    if "\n" in chunk or _ends_with_terminal(chunk):
        return False
    return len(chunk.split(None, 13)) <= 12


_TERMINAL_CHARS = frozenset(".!?。:;”\"’)")


def _ends_with_terminal(chunk: str) -> bool:
    """Whether the last non-space character closes a sentence (what _TERMINAL says, without a scan)."""
    stripped = chunk.rstrip()
    return bool(stripped) and stripped[-1] in _TERMINAL_CHARS


def split_sentences(text: str, span: Span) -> list[Span]:
    """Sentence spans inside a span, aware of abbreviations ("Mr.", "U.S.", "p.m.", "No.")."""
    start, end = span
    spans: list[Span] = []
    cursor = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        mark = text[m.start()]
        if mark != "。":
            # What follows the mark decides both questions below: matched once for both.
            nxt = NEXT_WORD.match(text, stop, end)
            if mark == "." and not _ends_sentence(text, m.start(), nxt):
                continue
            if not _opens_sentence(text, nxt, stop, end):
                continue
        _add_trimmed(text, cursor, stop, spans)
        cursor = stop
    _add_trimmed(text, cursor, end, spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _opens_sentence(text: str, m: Optional[re.Match], pos: int, end: int) -> bool:
    """Whether what follows a full stop looks like a new sentence (capital, digit, quote);
    `m` is NEXT_WORD's match at `pos`."""
    if not m:
        return pos >= end or not text[pos:end].strip()
    first = m.group(1)[0]
    return first.isupper() or first.isdigit()


_LETTERS_DOT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _word_before(text: str, dot: int) -> Optional[str]:
    """What _WORD_BEFORE finds before the full stop at `dot` (group 1), without a search that
    tries every start of its window: the run of letters and dots within 10 characters before
    the dot (what rstrip leaves off), from its first letter."""
    chunk = text[max(0, dot - 10):dot]
    word = chunk[len(chunk.rstrip(_LETTERS_DOT)):].lstrip(".")
    return word or None


def _ends_sentence(text: str, dot: int, nxt: Optional[re.Match]) -> bool:
    """Whether the full stop at `dot` ends a sentence rather than an abbreviation (`nxt`:
    NEXT_WORD's match after it)."""
    before = _word_before(text, dot)
    if before is None:
        return True
    word = before.lower()
    if word in _TITLE_ABBREVIATIONS:
        return False
    if len(word) == 1 and before.isupper():
        return False  # an initial: "Joseph R. Biden"
    if word in ("no", "nos"):
        return not (nxt and nxt.group(1)[0].isdigit())
    if word in _OTHER_ABBREVIATIONS or "." in word:
        return bool(nxt) and nxt.group(1) in OPENERS
    return True


def sentences(text: str, region: Optional[Span] = None, captions: tuple = ()) -> list[Sentence]:
    """Sentences of the region outside headings and captions, with their point numbers."""
    out: list[Sentence] = []
    for index, para in readable_paragraphs(text, region, captions):
        out.extend(paragraph_sentences(text, index, para, captions))
    return out


def readable_paragraphs(text: str, region: Optional[Span] = None, captions: tuple = ()) -> list[tuple[int, Paragraph]]:
    """(index, paragraph) of the region's paragraphs that are neither headings nor captions."""
    paragraphs = split_paragraphs(text, region)
    last = len(paragraphs) - 1
    # The last paragraph of a cut-off page ends mid-sentence: not a heading. A caption inside a
    # paragraph (a news text with single line breaks) drops only the sentences it overlaps.
    return [(index, para) for index, para in enumerate(paragraphs)
            if not ((para.heading and index < last) or (captions and _within_captions(para.span, captions)))]


def paragraph_sentences(text: str, index: int, para: Paragraph, captions: tuple = ()) -> list[Sentence]:
    """The sentences of one readable paragraph (number `index`), captions left out."""
    return [Sentence(span, para.point, index, para.span[0]) for span in split_sentences(text, para.span)
            if not (captions and _in_captions(span, captions))]


def _in_captions(span: Span, captions: tuple) -> bool:
    return any(s < span[1] and span[0] < e for s, e in captions)


def _within_captions(span: Span, captions: tuple) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in captions)


# Clauses: a later speech-act verb opens a new clause when a coordinator precedes it:
# "... and shared the view", "..., and he called for", "; they also", "..., while stating".
_ONE_SUBJECT = (r"(?:he|she|they|we|it|[Ii]|(?:the|both|all|each|[Tt]he)(?:\s+[\w’'./-]+){1,4}?"
                r"|(?:(?:[A-Z][\w’'./-]*|d[aeiu]l?|de\s+la|van|von|bin|al)\s+){0,3}[A-Z][\w’'./-]*)")
# or two joined, each a name or an office: '…, and the Vice President and President Hichilema agreed'
# (searched with _subject_search, which reads the two groups)
_SUBJECT = (r"(?:" + _ONE_SUBJECT + r"|(?P<first>(?:the\s+)?(?:[A-Z][\w’'./-]*\s+){0,3}[A-Z][\w’'./-]*)\s+and\s+"
            r"(?P<second>(?:the\s+)?(?:[A-Z][\w’'./-]*\s+){0,3}[A-Z][\w’'./-]*))")
# Words between a coordinator and its verb that are no subject ('and also reaffirmed', 'and today
# announced'), and any adverb in -ly: 'Minister van Klaveren gladly accepted the invitation'.
ADVERB_WORDS = ("also", "further", "again", "once again", "strongly", "jointly", "then", "both", "together", "in turn",
                "likewise", "today", "yesterday", "later")
_ADVERBS = r"(?:(?:" + "|".join(ADVERB_WORDS) + r"|[a-z]{2,}ly)\s+){0,3}"
_COORDINATED = rx.compile(
    r"(?:(?<=[\s,;])(?P<coord>and|but|while|whereas)|(?P<semi>;))\s+(?:" + _SUBJECT + r"(?<!\sand)(?<!\sof)(?<!\swith)\s+)?"
    + _ADVERBS + r"$")
# A relative clause with a subject of its own answers the clause before it: '… sought Ghana's
# understanding regarding North Korea, to which Minister Botchwey expressed her support'.
# (', in response to which Minister Kono expressed appreciation': an answer too)
_RELATIVE_WITH_SUBJECT = rx.compile(r"(?<=,\s)(?P<coord>(?:to |in response to )?which)\s+" + _SUBJECT + r"(?<!\sand)(?<!\sof)\s+" + _ADVERBS + r"$")
# (A subject does not end in 'and': in '… between the United States and the Philippines and
# emphasized …' the clause opens at the second 'and', not at 'and the Philippines'.)
_WHILE = rx.compile(r"(?<=[\s,])(?P<coord>while|and)\s+" + _ADVERBS + r"$")
# An absolute clause with its own subject: "…, with President Biden underscoring the importance of …".
# (one subject: '…, with France and China signing a series of deals' tells how the act before was done)
# ('…, with both agreeing that …': 'both' alone is a subject there)
_WITH_SUBJECT = rx.compile(r"(?<=,\s)(?P<coord>with)\s+(?:" + _ONE_SUBJECT + r"|both|all)\s+" + _ADVERBS + r"$")
# A series of verbs: "condemned X, reaffirmed Y, and called for Z".
_SERIES = rx.compile(r",\s+" + _ADVERBS + r"$")
# A main clause after a fronted participle: "while expressing X, she stated".
_AFTER_PARTICIPLE = rx.compile(r",\s+(?P<subject>" + _SUBJECT + r")\s+" + _ADVERBS + r"$")


def clause_start(text: str, prev_end: int, verb_start: int, participle: bool = False,
                 after_participle: bool = False, answers: bool = False) -> Optional[int]:
    """Where a new clause opens before the verb at `verb_start`, or None when it does not.

    `answers`: the verb is one that answers what the clause before said ('welcomed', 'echoed'); only
    then does ', which the Cambodian side welcomed' open a clause (', which the Vice President
    launched in June' tells an earlier act). ', to which …' always answers."""
    window_start = max(prev_end, verb_start - 80)
    if participle:
        m = _WHILE.search(text, window_start, verb_start)
        if m and m.group("coord") == "while":
            return m.start("coord")
        return with_subject_start(text, window_start, verb_start)
    m = _subject_search(_COORDINATED, text, window_start, verb_start)
    if m:
        return m.start("coord") if m.group("coord") else m.end("semi")
    relative = relative_subject_start(text, prev_end, verb_start, answers)
    if relative is not None:
        return relative
    m = _SERIES.search(text, window_start, verb_start)
    if m:
        cut = m.start() + 1
        while cut < verb_start and text[cut].isspace():
            cut += 1
        return cut
    if after_participle:
        m = _subject_search(_AFTER_PARTICIPLE, text, window_start, verb_start)
        if m:
            return m.start("subject")
    return None


def _subject_search(pattern, text: str, start: int, end: int):
    """pattern.search for a clause that opens with a subject, skipping a joined subject of a place
    and a person: in '… crises in Gaza, Haiti, Sudan, and Ukraine and PDNSA Finer encouraged …' the
    last country ends the list before, and the clause opens at the second 'and'."""
    m = pattern.search(text, start, end)
    while m is not None and m.group("first") is not None and not _may_be_joined(text, m):
        m = pattern.search(text, m.start() + 1, end)
    return m


def _may_be_joined(text: str, m) -> bool:
    """Whether a subject read as two joined ones can be: both places or neither, and after a plain
    'and' only with a comma before it ('…, and the Vice President and President Hichilema agreed';
    in '… developments in Gaza and the West Bank and the President emphasized …' the clause opens
    at the last 'and')."""
    if _is_place(m.group("first")) != _is_place(m.group("second")):
        return False
    coord = m.groupdict().get("coord")
    return coord != "and" or text[:m.start("coord")].rstrip().endswith(",")


def _is_place(words: str) -> bool:
    words = " ".join(words.split())
    return countries.resolve_country(words) is not None or countries.resolve_city(words) is not None


def with_subject_start(text: str, start: int, verb_start: int) -> Optional[int]:
    """Where ', with President Biden underscoring …' opens its clause (at 'with') when such an absolute
    clause, with its own subject, ends right before the participle at `verb_start`; None otherwise."""
    m = _WITH_SUBJECT.search(text, max(start, verb_start - 80), verb_start)
    return m.start("coord") if m else None


def relative_subject_start(text: str, start: int, verb_start: int, answers: bool = True) -> Optional[int]:
    """Where ', which the Cambodian side' begins when such a relative clause, with its own subject,
    ends right before the verb at `verb_start`; None otherwise (and after a plain 'which' when the
    verb does not answer: see clause_start)."""
    window_start = max(start, verb_start - 80)
    if text.find("which", window_start, verb_start) == -1:
        return None
    m = _subject_search(_RELATIVE_WITH_SUBJECT, text, window_start, verb_start)
    return m.start("coord") if m and (answers or m.group("coord").startswith(("to ", "in "))) else None


def trim_span(text: str, start: int, end: int) -> Span:
    """The span without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# 'Mr. Sullivan arrived in Israel from Dammam, Saudi Arabia, where he held constructive meetings with …':
# a meeting told in passing, in a clause about where someone came from (the header gives it its
# sentence; after 'arrived … from', no statement of either meeting is read after it in that sentence).
MET_IN_PASSING = rx.compile(r", where (?:he|she|they|the (?:two|[A-Z][a-z]+)) (?:had |also )?(?:held|met|hosted|had)\b")
