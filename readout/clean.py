"""HTML to text, and text normalisation: the text every span indexes into.

`clean_input(doc)` gives a `CleanText`: the normalised text (Unicode NFC, '\\n' line ends,
plain spaces, no zero-width characters, hard-wrapped lines joined), the title, the published
date (from metadata or the page's date line), photo-caption spans and warnings.
"""
from __future__ import annotations

import datetime as _dt
import html as _html
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from . import dates, japanese, rx
from .errors import InputError
from .inputs import InputDoc

log = logging.getLogger(__name__)

DEFAULT_MAX_DEPTH = 200
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    title: Optional[str] = None
    published: Optional[str] = None
    language: Optional[str] = None
    captions: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    url: Optional[str] = None  # an HTML page's own address (canonical link or og:url); the input's URL comes first


def clean_input(doc: InputDoc, max_depth: int = DEFAULT_MAX_DEPTH) -> CleanText:
    """Clean one input document: HTML or text to normalised text with title, date and captions."""
    warnings = list(doc.warnings)
    language = doc.metadata.get("language") if isinstance(doc.metadata.get("language"), str) else None
    if doc.html is not None:
        page = html_to_text(doc.html, doc.source, max_depth)
        warnings.extend(page.warnings)
        text, captions = page.text, list(page.captions)
        title = doc.title or page.title
        language = language or page.language
        page_published = page.published
        page_url = page.url
    else:
        text = normalize_text(doc.text or "")
        if not text:
            raise InputError(doc.source, "empty document")
        text, title = _with_title(text, doc.title)
        captions = find_caption_lines(text)
        page_published = None
        page_url = None
    title = title or guess_title(text, captions)
    if language is None and japanese.is_japanese(text):
        language = "ja"
    published = _published_date(doc.published or page_published, text, warnings, doc.url or page_url, language)
    return CleanText(text=text, title=title, published=published, language=language,
                     captions=captions, warnings=warnings, url=page_url)


def _with_title(text: str, title: Optional[str]) -> tuple[str, Optional[str]]:
    """Put a metadata title at the top of the text unless the text already starts with it."""
    if not title:
        return text, None
    title = normalize_text(title).replace("\n", " ")
    # Both are normalised (single spaces), so only line breaks need evening out.
    if not title or title.lower() in text[: len(title) * 2 + 200].replace("\n", " ").lower():
        return text, title or None
    return f"{title}\n\n{text}", title


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


# ---------------------------------------------------------------- normalisation

# Characters that become a plain space, a line end, or nothing.
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_BREAKS = "\u000b\u000c\u0085\u2028\u2029\r"
_DROP = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e" + "".join(
    chr(c) for c in range(32) if chr(c) not in "\n\t\r\u000b\u000c") + "\u007f"
# What each of them becomes.
_REPLACEMENTS = {**{c: " " for c in _SPACES}, **{c: "\n" for c in _BREAKS}, **{c: "" for c in _DROP}}
# Lone surrogates, which no UTF-8 encoder accepts (ids, JSON), become U+FFFD.
SURROGATE = rx.compile("[\ud800-\udfff]")
# One character class for every character to replace, lone surrogates included: finding which
# are present and replacing only those is much faster than str.translate over the whole text.
# Every replacement is of one character by characters outside the class, so the order they are
# made in does not change the result.
_SPECIAL = rx.compile("[" + "".join(map(re.escape, _REPLACEMENTS)) + "\ud800-\udfff]")
# Two spaces or more; spelt with the two spaces first, so the engine looks for that two-space
# prefix with a fast string search ("  +" and " {2,}" start from every single space).
_SPACE_RUN = rx.compile("   *")
# Inline tags that leak into "text" fields of scraped pages (e.g. '21<sup>st</sup>').
_INLINE_TAG = rx.compile(r"</?(?:sup|sub|u|s|b|i|em|strong|span|a|small|font|mark|abbr|br|figure|figcaption)"
                         r"(?:\s[^<>]{0,300})?/?>", re.I)


def replace_surrogates(value):
    """Lone surrogates (which no UTF-8 encoder or JSON writer accepts) as U+FFFD, in strings and
    in the keys and values of nested dicts and lists; anything else as it is."""
    if isinstance(value, str):
        return SURROGATE.sub("\ufffd", value) if not value.isascii() and SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {replace_surrogates(k): replace_surrogates(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [replace_surrogates(v) for v in value]
    return value


def normalize_text(text: str) -> str:
    """The normalised form of a text: NFC, '\\n' line ends, plain single spaces, no zero-width marks."""
    # A one-character test first: it is many times cheaper than searching for two characters.
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if "<" in text:
        text = _INLINE_TAG.sub("", text)
    text = _replace_specials(text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # str.replace: much faster than regular expressions on texts this size; runs of spaces are
    # the exception ('.\xa0 ' makes many), where one substitution beats halving them in a loop.
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if " \n" in text:
        text = _unwrap_soft_breaks(text)
        text = text.replace(" \n", "\n")
    if "\n " in text:
        text = text.replace("\n ", "\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    text = text.strip()
    if "\n" in text:
        text = unwrap_lines(text)
        text = _BROKEN_SENTENCE.sub(_join_broken, text)
    return text


def _unwrap_soft_breaks(text: str) -> str:
    """Lines broken mid-sentence by a page's editor, which leaves a space before each break ('… had a
    telephone conversation with \nUS Secretary of State …'), three or more, whatever the width: each
    long line that ends in a word that cannot end a sentence, or that goes on in lower case, is joined
    to the next. (Not a list's lines, one name a line, which can end in a space too.)"""
    if text.count(" \n") < _SOFT_BREAKS_NEEDED:
        return text  # (the common case, found by one count in C)
    breaks = [m.start() for m in _SOFT_BREAK.finditer(text) if _breaks_mid_sentence(text, m.start())]
    if len(breaks) < _SOFT_BREAKS_NEEDED:
        return text
    parts, last = [], 0
    for at in breaks:
        parts.append(text[last:at + 1])  # the space stays, the line break goes
        last = at + 2
    parts.append(text[last:])
    return "".join(parts)


def _breaks_mid_sentence(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    if at - line_start < _SOFT_LINE:
        return False
    last_word = text[text.rfind(" ", line_start, at) + 1:at]
    return last_word in _GOES_ON or text[at + 2:at + 3].islower() and last_word[-1:].islower()


_SOFT_BREAKS_NEEDED = 3
_SOFT_LINE = 60
_GOES_ON = frozenset({"with", "of", "the", "and", "to", "for", "in", "on", "at", "by", "a", "an", "from", "that",
                      "as", "his", "her", "their", "its", "between", "about", "into", "over", "under", "was", "were"})
_SOFT_BREAK = rx.compile(r" \n(?=[A-Za-z(])")


# A sentence broken over lines, blank ones between ('Foreign Minister Motegi\n\nmet with Chinese
# Foreign Minister Wang Yi,\n\nwho is visiting Japan\n\n, at the Iikura …', as some sites re-post
# NHK's stories): a line that ends in a word or a comma before one that goes on in lower case or
# with a comma. Headings end in a word too, but what follows them starts with a capital.
# (The line break first, the test of the character before it after: the engine skips to each '\n'.)
_BROKEN_SENTENCE = rx.compile(r"\n(?<=[A-Za-z0-9,]\n)\n?(?=, |[a-z][a-z])")


def _join_broken(m: re.Match) -> str:
    return "" if m.string.startswith(",", m.end()) else " "


def _replace_specials(text: str) -> str:
    """Every character of _SPECIAL replaced, each kind everywhere at once as it is first found.

    A search goes on from where the last found character was: nothing before it is special
    (the replacements are not), so each kind costs one replace and the scan up to the next.
    All lone surrogates go in one substitution (there can be thousands of different ones).
    """
    found = _SPECIAL.search(text)
    while found:
        char = found.group()
        replacement = _REPLACEMENTS.get(char)
        text = SURROGATE.sub("\ufffd", text) if replacement is None else text.replace(char, replacement)
        found = _SPECIAL.search(text, found.start())
    return text


def unwrap_lines(text: str) -> str:
    """Join hard-wrapped lines (a text wrapped at a fixed width) back into paragraphs.

    A line break is a wrap when the text is wrapped (most lines end near one width) and the
    line before it is nearly full; list items and blank lines stay as they are. Replacing
    '\\n' with ' ' keeps every offset.
    """
    width = _wrap_width(text)
    return _wrap_break(width - _WRAP_SLACK).sub(" ", text) if width else text


_WRAP_SLACK = 22  # a wrapped line is at most this much shorter than the widest line
_LIST_START = r"(?:\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]\)|[-•*▪●◦]\s)"


@lru_cache(maxsize=128)
def _wrap_break(full: int) -> re.Pattern:
    """A line break after a line of at least `full` characters, before a line that is not a list item;
    or after a line cut short mid-sentence (it ends in a lower-case word or a comma, where a link or an
    emphasis stood: 'met with Saida Mirziyoyeva, Head of the Presidential\nAdministration …'), before a
    line that goes on with a word."""
    # The lookbehinds come after '\n' so the engine only tries them where a line ends.
    return rx.compile(rf"\n(?:(?<=[^\n]{{{full}}}\n)(?=[^\n])(?!{_LIST_START})|(?<=[a-z,]\n)(?=[A-Za-z]))")


def _is_long_token_line(line: str) -> bool:
    """A line made long by one token of 40 characters or more ('9](https://…/track?u=…),')."""
    longest = max(map(len, line.split(" ")))
    return longest >= 40 and len(line) - longest <= 60


def _wrap_width(text: str) -> int:
    """The width a text is hard-wrapped at, or 0 when it is not wrapped."""
    lines = text.split("\n")
    if len(lines) < 4:
        return 0
    # A site's menu ('Parliament | Politics | World | …') is no wrapped line: it does not set the width.
    lengths = list(map(len, lines))
    if " | " in text:
        lengths = [0 if n and line.count(" | ") >= 2 else n for line, n in zip(lines, lengths)]
    width = max(lengths)
    if width > 100:
        # A long line means the text is not wrapped, unless one unbreakable token (a link a
        # wrapper cannot split) makes it long.
        if not all(_is_long_token_line(line) for line, n in zip(lines, lengths) if n > 100):
            return 0
        width = max((n for n in lengths if n <= 100), default=0)
    if width < 40:
        return 0
    full = width - _WRAP_SLACK
    wrapped = len([n for n in lengths if n >= full])
    return width if wrapped >= 3 and wrapped * 2 >= len(lines) - lengths.count(0) - 1 else 0


# ---------------------------------------------------------------- captions in text

@lru_cache(maxsize=None)
def _rules() -> dict:
    # Imported here: the rules loader imports yaml, which commands that never clean a text
    # (and `readout --help`) need not wait for.
    from .rules import load, require_groups

    data = load("clean.yaml")
    return require_groups("clean.yaml", data, [
        "drop_tags", "drop_tags_outside_main", "drop_roles", "drop_class_words", "breadcrumb_words",
        "caption_class_words", "main_selectors", "caption_line_prefixes", "caption_line_suffixes",
        "caption_line_markers", "section_headings", "section_heading_endings"])


@lru_cache(maxsize=None)
def _caption_cues() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern]:
    """Caption prefixes, credit suffixes and markers, as tuples for str.startswith/endswith."""
    rules = _rules()
    suffixes = tuple(rules["caption_line_suffixes"])
    markers = rx.compile("|".join(map(re.escape, rules["caption_line_markers"])))
    return (tuple(rules["caption_line_prefixes"]), suffixes + tuple(s + "." for s in suffixes), markers)


_IMAGE_FILE = rx.compile(r"[^\s/]{1,80}\.(?:jpe?g|png|gif|webp)")
# Words without which no line is a caption: one search skips most texts.
_CAPTION_HINT = rx.compile(r"Photo|photo|PHOTO|Image|Picture|picture|Yonhap|\(AP|Reuters|REUTERS|AFP|Getty|Kyodo|Xinhua|VNA"
                           r"|UPI|Jiji|EPA|Pictured|\.(?:jpe?g|png|gif|webp)|!\[")


def find_caption_lines(text: str) -> list[Span]:
    """Spans of lines that are photo captions ('(Photo) …', '… (Yonhap)', 'Photo: …').

    A short line without a full stop just before a '(Photo)' line is the photo's alt text
    and is a caption too.
    """
    if _CAPTION_HINT.search(text) is None:
        return []
    prefixes, suffixes, markers = _caption_cues()
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if 0 < len(line) <= 400 and _is_caption_line(line, prefixes, suffixes, markers):
            first = _alt_line_before(text, start) if line.startswith(("(Photo)", "(photo)")) else start
            spans.append((first, end))
        start = end + 1
    return spans


def _is_caption_line(line: str, prefixes, suffixes, markers) -> bool:
    return (line.startswith(prefixes) or line.endswith(suffixes) or markers.search(line) is not None
            or line == "![]()" or _IMAGE_FILE.fullmatch(line) is not None)


def _alt_line_before(text: str, start: int) -> int:
    """Start of the caption when the line before a '(Photo)' line is its alt text."""
    if start < 2 or text[start - 1] != "\n" or text[start - 2] == "\n":
        return start
    before = text.rfind("\n", 0, start - 1) + 1
    line = text[before:start - 1]
    if len(line) <= 200 and not line.endswith((".", ":")) and not _find_date(line):
        return before
    return start


# ---------------------------------------------------------------- title and date line

_MONTHS = {name: i for i, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")], 1) for name in names}
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_DATE = rx.compile(
    rf"\b(?:{_MONTH}\.?\s(\d{{1,2}})(?:st|nd|rd|th)?,?\s(\d{{4}})"  # May 20, 2023
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s{_MONTH}\.?,?\s(\d{{4}})"  # 20 May 2023
    r"|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"  # 2023-05-20, 2020/1/4
    r"|(\d{1,2})[.-](\d{1,2})[.-](\d{4}))\b",  # 05.12.2022, 21-02-2024: day first (German, Russian, Dutch sites; never U.S.)
    re.I)
_DATE_LABEL = rx.compile(r"\b(?:date|dated|published|posted|updated|written|released|issued)\b", re.I)
_HEAD_CHARS = 1200
# A news dateline before the date: "Paris/Tokyo, 2 June 2022 (TDI): …", "Lima, 30 August 2021. …".
_DATELINE_CITY = rx.compile(r"[A-Z][\w/.’' -]{1,35}, \Z")


def _find_date(line: str) -> Optional[tuple[str, int]]:
    """The first full date in a line, as (YYYY-MM-DD, offset)."""
    for match in _DATE.finditer(line):
        value = _date_from_match(match)
        if value:
            return value, match.start()
    return None


def _date_from_match(match: re.Match) -> Optional[str]:
    g = match.groups()
    if g[0]:
        month, day, year = _MONTHS[g[0].lower()], g[1], g[2]
    elif g[4]:
        day, month, year = g[3], _MONTHS[g[4].lower()], g[5]
    elif g[6]:
        year, month, day = g[6], g[7], g[8]
    else:
        day, month, year = g[9], g[10], g[11]
    try:
        value = _dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value.isoformat() if 1900 <= value.year <= 2100 else None


def find_date_line(text: str) -> Optional[str]:
    """The published date from the page's date line near the top ('May 20, 2023', 'Posted : …')."""
    head = text[:_HEAD_CHARS]
    for line in head.split("\n")[:25]:
        found = _find_date(line)
        if not found:
            continue
        value, offset = found
        if _RANGE_FROM.search(line[:offset]):
            continue  # 'an archive of information published from January 20, 2009 to January 20, 2013'
        if len(line) <= 100 or _DATE_LABEL.search(line[:offset]) or _DATELINE_CITY.match(line[:offset]):
            return value
    return None


_RANGE_FROM = rx.compile(r"\b(?:from|between)\s+$", re.I)
_ISO_DATE = rx.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])")


def parse_published(value: str) -> Optional[str]:
    """A metadata date ('2021-01-27', '2021-01-27T10:00:00Z', 'May 20, 2023') as YYYY-MM-DD."""
    value = value.strip()
    if _ISO_DATE.match(value):
        try:
            return _dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    found = _find_date(value[:200])
    return found[0] if found else None


def _published_date(given: Optional[str], text: str, warnings: list[str], url: Optional[str] = None,
                    language: Optional[str] = None) -> Optional[str]:
    """Metadata date, else the page's date line, else a date in the page's URL or in the URL of
    the source a republished page names ('Official news published at https://…/2024/09/13/…')."""
    if given:
        value = parse_published(str(given))
        if value:
            return value
        warnings.append(f"published date {str(given)[:40]!r} is not a date; looked for a date line instead")
    line = find_date_line(text) or (japanese.find_date_line(text) if language == "ja" else None)
    if line:
        return line
    found = dates.date_in_url(url)[0] or _source_url_date(text)
    return found.isoformat() if found else _closing_date_line(text)


def _closing_date_line(text: str) -> Optional[str]:
    """A release's date set as its last lines ("MINISTRY OF FOREIGN AFFAIRS / SINGAPORE / 14 OCTOBER
    2024"): a line of the last five that is a full date and nothing else."""
    lines = [line.strip() for line in text[-400:].split("\n") if line.strip()][-5:]
    for line in reversed(lines):
        found = _find_date(line)
        if found and len(line) <= 25 and found[1] == 0:
            return found[0]
    # GOV.UK sets it in its footer: "Updates to this page / Published 3 October 2024".
    for line in text[-2500:].split("\n"):
        line = line.strip()
        if len(line) <= 40 and _FOOTER_PUBLISHED.match(line):
            found = _find_date(line)
            if found:
                return found[0]
    return None


_FOOTER_PUBLISHED = rx.compile(r"(?:Published|First published|Posted)\b:?\s")


# A republished page names where the text comes from: "Official news published at https://…",
# "The post … appeared first on https://…", "Source: https://…".
_SOURCE_URL = rx.compile(r"\b(?:[Pp]ublished|[Aa]ppeared|[Oo]riginally|[Ss]ource|[Pp]osted)\b[^\n]{0,60}?(https?://[^\s<>\"')\]]+)")


def _source_url_date(text: str):
    """The date in the URL of the source a republished text names; None when it names none."""
    if "http" not in text:
        return None
    for m in _SOURCE_URL.finditer(text):
        found = dates.date_in_url(m.group(1))[0]
        if found:
            return found
    return None


def section_headings() -> list[str]:
    """Names of site sections ('Press Releases', 'Press Conferences') that are never a title."""
    return _rules()["section_headings"]


# A title may end in a place's abbreviation ('… in Washington, D.C.'), not in a sentence's full stop.
_ENDS_IN_INITIALS = rx.compile(r"\w, (?:[A-Z]\.){2,}$")


# A site's name written as its host ('UKPOL.CO.UK', 'devdiscourse.com'): a masthead, no title.
_HOST_NAME = rx.compile(r"(?<![\w.-])(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,6}")


def _is_menu_line(line: str, sections: set) -> bool:
    """A site's menu on one line: 'Home   Politicians   Speeches   Press Releases' (a section's
    name first, every word capitalised, no sentence in it)."""
    words = line.split()
    return len(words) >= 3 and words[0].lower() in sections and all(w[:1].isupper() for w in words)


# A numbered point's heading in the body ('1.Opening remarks', '(2) Regional affairs'), no page title.
_POINT_NUMBER = rx.compile(r"(?:\d{1,2}[.)]|\(\d{1,2}\))[ \t]*(?=[A-Z])")


def guess_title(text: str, captions: list[Span]) -> Optional[str]:
    """The first short line that is not a date line, a caption or a site's section name."""
    start = 0
    rules = _rules()
    sections = {s.lower() for s in rules["section_headings"]}
    endings = tuple(rules["section_heading_endings"])
    for _ in range(6):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        in_caption = any(s <= start < e for s, e in captions)
        if line and not in_caption and 3 <= len(line) <= 200 and not _find_date(line) \
                and (not line.endswith((".", ":", ",")) or _ENDS_IN_INITIALS.search(line)) and end < len(text) \
                and line.lower() not in sections and not line.endswith(endings) and not _HOST_NAME.fullmatch(line) \
                and not _is_menu_line(line, sections) and not _POINT_NUMBER.match(line):
            return line
        if end >= len(text):
            break
        start = end + 1
    return _photo_title(text)


def _photo_title(text: str) -> Optional[str]:
    """MOFA pages caption their photo with the meeting's name: '(Photo) Japan-X Foreign Ministers' Meeting'."""
    at = text.find("(Photo) ", 0, 600)
    if at < 0 or (at and text[at - 1] != "\n"):
        return None
    end = text.find("\n", at)
    line = text[at + 8: end if end >= 0 else len(text)].strip()
    return line if 3 <= len(line) <= 200 else None


# ---------------------------------------------------------------- HTML

@dataclass(frozen=True, slots=True)
class Page:
    """A page's text with its captions, title and language."""
    text: str
    captions: tuple[Span, ...] = ()
    title: Optional[str] = None
    language: Optional[str] = None
    warnings: tuple[str, ...] = ()
    published: Optional[str] = None
    url: Optional[str] = None


class _TooDeep(Exception):
    """The page is nested deeper than the configured limit."""


def html_to_text(markup: str, source: str, max_depth: int = DEFAULT_MAX_DEPTH) -> Page:
    """Main content of an HTML page as normalised text, with captions, title and language."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = _parse_html(markup, parser, lxml.html, etree)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    too_deep = any("depth" in e.message.lower() for e in parser.error_log)
    if root is None:
        raise InputError(source, "HTML has no content")
    if not too_deep:
        try:
            return _page_from_tree(root, source, max_depth)
        except _TooDeep:
            pass
    log.debug("%s: HTML deeper than %d levels, reading it without structure", source, max_depth)
    return _strip_tags(markup, source, f"HTML is nested more than {max_depth} levels deep; "
                       "read its text without the page structure")


def _parse_html(markup: str, parser, lxml_html, etree):
    try:
        return lxml_html.document_fromstring(markup, parser=parser)
    except ValueError:
        # lxml refuses str input that declares an encoding; give it bytes instead.
        return lxml_html.document_fromstring(markup.encode("utf-8"), parser=parser)


def _page_from_tree(root, source: str, max_depth: int) -> Page:
    rules = _rules()
    body = root.find("body")
    if body is None or not "".join(body.itertext()).strip():
        raise InputError(source, "HTML has no text in its body")
    main = _find_main(root, rules)
    blocks = _walk_blocks(main if main is not None else body, rules, main is not None, max_depth)
    text, captions = _join_blocks(blocks)
    if main is None and len(text) < 0.2 * len(" ".join("".join(body.itertext()).split())):
        # Class words dropped most of the page (e.g. <div id="main" class="has-sidebar">):
        # read it again by tags and roles alone.
        blocks = _walk_blocks(body, rules, False, max_depth, by_class=False)
    title = _page_title(root)
    blocks = _head_blocks(root, rules, title, text) + blocks
    text, captions = _join_blocks(blocks)
    if not text:
        raise InputError(source, "HTML has no text outside navigation, scripts and forms")
    language = (root.get("lang") or "").split("-")[0].lower() or None
    return Page(text=text, captions=tuple(captions), title=title, language=language,
                published=_meta_date(root), url=_page_url(root))


def _find_main(root, rules: dict):
    """The element holding the main content, by the selectors in the rules, if one has text."""
    for selector in rules["main_selectors"]:
        for element in _select(root, selector):
            if len("".join(element.itertext()).strip()) >= 100:
                return element
    return None


def _select(root, selector: str) -> list:
    """The few CSS selector forms the rules use: tag, #id, .class, [attr=value]."""
    if selector.startswith("#"):
        return root.xpath(".//*[@id=$v]", v=selector[1:])
    if selector.startswith("."):
        return root.xpath(".//*[contains(concat(' ', normalize-space(@class), ' '), $v)]",
                          v=f" {selector[1:]} ")
    if selector.startswith("["):
        name, _, value = selector[1:-1].partition("=")
        return root.xpath(f".//*[@{name}=$v]", v=value.strip("'\""))
    return list(root.iter(selector))


def _page_title(root) -> Optional[str]:
    """The page's h1, else its <title> without the site name after ' | '."""
    h1 = root.find(".//h1")
    if h1 is not None:
        text = normalize_text(" ".join(h1.itertext())).replace("\n", " ")
        if text:
            return text
    title = root.find(".//title")
    if title is not None and title.text:
        text = normalize_text(title.text).replace("\n", " ")
        return re.split(r"\s+[|–—-]\s+", text)[0] or None
    return None


def _head_blocks(root, rules: dict, title: Optional[str], text: str) -> list[tuple[str, bool]]:
    """Breadcrumb, title and date line that the main content does not already hold."""
    head = []
    crumbs = _breadcrumb(root, rules)
    if crumbs:
        head.append((crumbs, False))
    squashed = _squash(text)
    if title and _squash(title) not in squashed:
        head.append((title, False))
    date_line = _date_element_text(root)
    if date_line and _squash(date_line) not in squashed:
        head.append((date_line, False))
    return head


def _breadcrumb(root, rules: dict) -> Optional[str]:
    words = set(rules["breadcrumb_words"])
    for element in root.iter():
        if isinstance(element.tag, str) and _words(element) & words:
            items = [" ".join(t.split()) for t in element.itertext()]
            items = [t for t in items if t and t not in (">", "/", "»", "›", "|", "-")]
            if items:
                return " > ".join(items)
    return None


def _date_element_text(root) -> Optional[str]:
    """The text of the page's <time> element or date-classed element, when it holds a date."""
    candidates = list(root.iter("time"))[:3]
    candidates += root.xpath(".//*[contains(@class, 'date') or contains(@id, 'date')]")[:5]
    for element in candidates:
        line = " ".join(" ".join(element.itertext()).split())
        if line and len(line) <= 100 and _find_date(line):
            return line
    return None


def _page_url(root) -> Optional[str]:
    """The page's own address: its canonical link, else og:url (an absolute http(s) URL only)."""
    values = [link.get("href") for link in root.xpath(".//link[@rel='canonical']")]
    values += [meta.get("content") for meta in root.xpath(".//meta[@property='og:url' or @name='og:url']")]
    for value in values:
        value = (value or "").strip()
        if value.startswith(("http://", "https://")) and len(value) <= 2000 and not any(c.isspace() for c in value):
            return value
    return None


def _meta_date(root) -> Optional[str]:
    for name in ("article:published_time", "date", "dc.date", "pubdate", "publish-date"):
        for meta in root.xpath(".//meta[@property=$n or @name=$n]", n=name):
            value = parse_published(meta.get("content") or "")
            if value:
                return value
    return None


_WORD_SPLIT = rx.compile(r"[^a-z0-9]+")


def _words(element) -> set[str]:
    """Words of an element's class, id and aria-label ('site-nav main' -> {site, nav, main})."""
    attrs = element.get("class"), element.get("id"), element.get("aria-label")
    if not any(attrs):
        return set()
    words = set(_WORD_SPLIT.split(" ".join(a for a in attrs if a).lower()))
    words.update(" ".join(a for a in attrs if a).lower().split())
    return words


_BLOCK_TAGS = frozenset("""p div section article main header footer h1 h2 h3 h4 h5 h6 li ul ol dl dt
dd table tbody thead tfoot tr blockquote pre figure address hr center details summary fieldset
caption body html""".split())
_CELL_TAGS = frozenset(("td", "th"))
_WHITESPACE = rx.compile(r"\s+")


def _walk_blocks(start, rules: dict, inside_main: bool, max_depth: int,
                 by_class: bool = True) -> list[tuple[str, bool]]:
    """Text blocks (text, is_caption) of a subtree, walked without recursion."""
    from lxml import etree

    drop_tags = set(rules["drop_tags"]) | (set() if inside_main else set(rules["drop_tags_outside_main"]))
    drop_words = set(rules["drop_class_words"]) | set(rules["breadcrumb_words"]) if by_class else set()
    drop_roles = set(rules["drop_roles"])
    caption_words = set(rules["caption_class_words"])
    blocks: list[tuple[str, bool]] = []
    pieces: list[str] = []
    counters: list[int] = []
    caption, skipped, depth = None, None, 0

    def flush() -> None:
        if pieces:
            blocks.append(("".join(pieces), caption is not None))
            pieces.clear()

    walker = etree.iterwalk(start, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            depth += 1
            if depth > max_depth:
                raise _TooDeep()
            if element is not start and _is_dropped(element, tag, drop_tags, drop_words, drop_roles):
                walker.skip_subtree()
                skipped = element
                continue
            if tag in _BLOCK_TAGS:
                flush()
            if caption is None and (tag == "figcaption" or _words(element) & caption_words):
                flush()
                caption = element
            if tag == "ol":
                counters.append(_int(element.get("start"), 1))
            elif tag == "li" and counters and element.getparent() is not None \
                    and element.getparent().tag == "ol":
                pieces.append(f"{counters[-1]}. ")
                counters[-1] += 1
            elif tag == "br":
                pieces.append("\n")
            elif tag in _CELL_TAGS:
                pieces.append(" ")
            if element.text and tag:
                pieces.append(_WHITESPACE.sub(" ", element.text))
            continue
        depth -= 1
        if element is skipped:
            skipped = None
        else:
            if tag in _BLOCK_TAGS:
                flush()
            if tag == "ol" and counters:
                counters.pop()
            if element is caption:
                flush()
                caption = None
        if element.tail and element is not start:
            pieces.append(_WHITESPACE.sub(" ", element.tail))
    flush()
    return blocks


def _is_dropped(element, tag: str, drop_tags: set, drop_words: set, drop_roles: set) -> bool:
    if not tag or tag in drop_tags or element.get("hidden") is not None:
        return True
    if element.get("role") in drop_roles:
        return True
    return bool(drop_words) and bool(_words(element) & drop_words)


def _int(value: Optional[str], default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


def _join_blocks(blocks: list[tuple[str, bool]]) -> tuple[str, list[Span]]:
    """Normalised blocks joined by blank lines, with the spans of caption blocks."""
    parts, captions, offset = [], [], 0
    for raw, is_caption in blocks:
        text = normalize_text(raw)
        if not text:
            continue
        if parts:
            offset += 2
        if is_caption:
            captions.append((offset, offset + len(text)))
        parts.append(text)
        offset += len(text)
    return "\n\n".join(parts), captions


def _strip_tags(markup: str, source: str, warning: str) -> Page:
    """Fallback for pages lxml cannot structure: drop scripts/styles and tags, keep the text."""
    text = _drop_elements(markup, ("script", "style"))
    text = re.sub(r"<[^<>]{0,2000}>", " ", text)
    text = normalize_text(_html.unescape(text))
    if not text:
        raise InputError(source, "HTML has no text")
    return Page(text=text, warnings=(warning,))


def _drop_elements(markup: str, tags: tuple[str, ...]) -> str:
    """Remove <script>…</script> and the like with plain string search (linear time)."""
    lower = markup.lower()
    out, pos = [], 0
    following = {tag: lower.find(f"<{tag}") for tag in tags}
    while True:
        for tag, at in following.items():
            if 0 <= at < pos:  # only search again for tags whose last hit was dropped
                following[tag] = lower.find(f"<{tag}", pos)
        found = [(at, tag) for tag, at in following.items() if at >= 0]
        if not found:
            break
        i, tag = min(found)
        out.append(markup[pos:i])
        end = lower.find(f"</{tag}", i)
        close = lower.find(">", end) if end >= 0 else -1
        if close < 0:
            return "".join(out)
        pos = close + 1
    out.append(markup[pos:])
    return "".join(out)
