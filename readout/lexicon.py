"""Compiled lexicons for statements: stance verbs, topic cues, country and organisation names.

Everything is built once, at first use, from the rules files (stances.yaml, topics.yaml,
agents.yaml). Word lists become one trie-shaped regex each, so a document is scanned once
per lexicon whatever the number of entries, and the matched text is looked up in a dict.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional


from . import rx, tries
from .countries import iso_countries
from .errors import RulesError
from .rules import load, require_groups


def trie_pattern(words: list[str]) -> str:
    """A regex alternation of `words`, factored as a trie (spaces match any whitespace)."""
    return tries.alternation(words, flexible_spaces=True)


def word_start_trie(words: list[str]) -> str:
    r"""What `(?<![\w-])` followed by trie_pattern(words) matches, with the word-start test moved
    behind each first character (tries.first_letter_alternation): for titles, country and
    organisation names only the capitals of a text are tried. (Words that start with lower-case
    letters gain nothing, nor does the cue scan: almost every letter of a text is a candidate.)
    """
    return tries.first_letter_alternation([(None, words)], r"[\w-]", flexible_spaces=True)


def _expand_plural(cue: str) -> list[str]:
    """'visit(s)' -> ['visit', 'visits']."""
    if cue.endswith("(s)"):
        return [cue[:-3], cue[:-3] + "s"]
    if cue.endswith("(es)"):
        return [cue[:-4], cue[:-4] + "es"]
    return [cue]


def normalise(text: str) -> str:
    """Lower-case, single spaces, straight apostrophes: the key form of a matched cue."""
    return " ".join(text.replace("’", "'").split()).lower()


# ---------------------------------------------------------------- stance verbs

@dataclass(frozen=True, slots=True)
class VerbRule:
    stance: str
    tail: Optional[re.Pattern]
    one_side: Optional[str]


@dataclass(frozen=True, slots=True)
class StanceLexicon:
    verbs: re.Pattern               # every verb form, one trie regex
    forms: dict                     # form -> (lemma, "past" | "present" | "base" | "ing" | "word")
    rules: dict                     # lemma -> [VerbRule]
    addressee_verbs: frozenset = frozenset()  # lemmas whose object may follow 'to <addressee>'
    # lemma -> one pattern whose branches are the lemma's tails in order, each ending in an empty group
    # named r<index>: one match at a position answers what trying the rules one by one would (the first
    # tail that matches there wins), without a Python call per rule
    tails: dict = None


# An optional determiner and/or possessive: "his ", "the ", "Japan's ", "the ROK's ", "New Zealand's ",
# "the Philippines' ", "the British Government's ", "his government's ", "His Holiness Pope Francis’s ",
# two owners: "her and the Second Gentleman’s "; a country's, after its adjective: "steadfast U.S. ";
# a name with "of" in it: "the Hashemite Kingdom of Jordan’s ".
_POSS = (r"(?:(?:his|her|their|our|my)\s+and\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*[’']s\s+|"
         r"(?:(?:his|her|their|its|our|your|my|the|a|an)\s+)?"
         r"(?:(?:[A-Z][\w.’'-]*\s+(?:(?:[A-Z][\w.’'-]*|of)\s+){0,3})?[A-Z][\w.’'-]*[’']s?\s+"
         r"|(?:government|administration|country|nation|side)[’']s\s+"
         r"|(?:(?:steadfast|continued|continuing|full|strong|unwavering|enduring|ongoing)\s+)?(?:U\.S\.|U\.K\.|US|UK|EU)\s+)?)")
_ADJ = (r"(?:(?:deep|deepest|deeply|sincere|sincerest|heartfelt|serious|grave|strong|strongest|"
        r"warm|warmest|full|firm|continued|continuing|steadfast|unwavering|unshakable|high|highest|"
        r"great|greatest|profound|utmost|candid|frank|honest|mutual|shared|respective|renewed|"
        r"in-depth|detailed|productive|constructive|close|sincere|heartiest|ironclad|vital|"
        r"particular|special|critical|full|fullest|utmost|earnest|keen|growing|increasing|"
        r"strongly|firmly|once|again|also|common|joint|collective|urgent|pressing|"
        r"all|any|every|appropriate|possible|necessary|additional|further|ongoing),?\s+){0,3}")
_WORDS = r"(?:[\w’'-]+\s+){0,3}?"
# A news report's time adverb between the verb and its complement ("agreed on Tuesday to …",
# "agreed Saturday to …", "agreed today to …").
_WHEN = (r"(?:(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
         r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?")
_MACRO = rx.compile(r"\{([a-z|]+)\}")
_PLAIN_WORDS = frozenset({"highly", "positively", "there", "it", "was", "were", "will"})


# Third-person present forms double as plural nouns ("exchanges", "supports", "comments"):
# only these reporting verbs are read in the present tense ("offers his condolences").
# ("looks" only before "forward": "President Biden looks forward to welcoming …")
# ('The United States applauds Oman’s critical peacebuilding role', 'condemns the attack')
_PRESENT_TENSE = frozenset({"offer", "express", "welcome", "congratulate", "reaffirm", "say", "look",
                            "applaud", "commend", "condemn"})


def verb_forms(lemma: str, irregular: dict) -> dict[str, str]:
    """Forms of a verb: base, past, -ing, and 3rd person for a few reporting verbs."""
    if lemma in _PLAIN_WORDS:
        # ('There were discussions about …', 'There was an agreement to …' open their sentences)
        return {lemma: "word", "There": "word"} if lemma == "there" else {lemma: "word"}
    past = irregular.get(lemma)
    if past is None:
        if lemma.endswith("e"):
            past = lemma + "d"
        elif lemma.endswith("y") and lemma[-2] not in "aeiou":
            past = lemma[:-1] + "ied"
        else:
            past = lemma + "ed"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith("ee"):
        ing = lemma[:-1] + "ing"
    elif past == lemma + lemma[-1] + "ed":  # 'committed' -> 'committing' (not 'expressed' -> 'expresssing')
        ing = lemma + lemma[-1] + "ing"
    else:
        ing = lemma + "ing"
    forms = {lemma: "base", past: "past", ing: "ing"}
    if lemma in _PRESENT_TENSE:
        forms[lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")] = "present"
    if lemma.startswith("re") and (lemma[2:3] in ("a", "e", "i", "o", "u") or lemma in _HYPHENATED_RE):
        # 're-iterated', 're-affirmed': the prefix written with a hyphen
        forms.update({"re-" + form[2:]: kind for form, kind in list(forms.items())})
    return forms


_HYPHENATED_RE = frozenset({"recommit", "reconfirm", "restate"})


def _expand_macros(tail: str, irregular: dict) -> str:
    def replace(m: re.Match) -> str:
        name = m.group(1)
        if name == "poss":
            return _POSS
        if name == "adj":
            return _ADJ
        if name == "words":
            return _WORDS
        if name == "when":
            return _WHEN
        forms = [f for lemma in name.split("|") for f in verb_forms(lemma, irregular)]
        return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"
    return _MACRO.sub(replace, tail)


def _compile_tail(tail: str, irregular: dict, where: str) -> Optional[re.Pattern]:
    if not tail:
        return None
    body = _expand_macros(tail, irregular).replace(" ", r"\s+")
    try:
        return rx.compile(r"\s*(?:" + body + ")")
    except re.error as exc:
        raise RulesError(f"rules file stances.yaml: bad pattern for {where}: {exc}") from exc


@lru_cache(maxsize=None)
def stance_lexicon() -> StanceLexicon:
    """The stance verbs of stances.yaml, compiled."""
    data = require_groups("stances.yaml", load("stances.yaml"), ["verbs", "irregular"])
    known = set(vocabulary()["stances"])
    irregular = data["irregular"]
    forms: dict[str, tuple[str, str]] = {}
    rules: dict[str, list[VerbRule]] = {}
    for lemma, entries in data["verbs"].items():
        if not entries:
            raise RulesError(f"rules file stances.yaml: verb {lemma!r} has no entries")
        compiled = []
        for entry in entries:
            stance, tail = entry[0], entry[1]
            one_side = entry[2] if len(entry) > 2 else None
            for sid in (stance, one_side):
                if sid is not None and sid not in known:
                    raise RulesError(f"rules file stances.yaml: unknown stance {sid!r} for {lemma!r}")
            compiled.append(VerbRule(stance, _compile_tail(tail, irregular, lemma), one_side))
        rules[lemma] = compiled
        for form, kind in verb_forms(lemma, irregular).items():
            forms.setdefault(form, (lemma, kind))
    pattern = rx.compile(r"(?<![\w’'-])(?:" + trie_pattern(sorted(forms)) + r")(?![\w-])")
    addressee = frozenset(data.get("addressee_verbs") or ())
    unknown = sorted(addressee - set(rules))
    if unknown:
        raise RulesError(f"rules file stances.yaml: addressee_verbs {unknown} are not verbs of the file")
    return StanceLexicon(pattern, forms, rules, addressee, {lemma: _rule_alternation(entries)
                                                             for lemma, entries in rules.items()})


def _rule_alternation(entries: list) -> re.Pattern:
    """The lemma's tails as one ordered alternation, each branch marked by an empty group r<index>
    (a rule with no tail matches nothing more: an empty branch, always last)."""
    return rx.compile("|".join(f"(?:{rule.tail.pattern})(?P<r{i}>)" if rule.tail is not None else f"(?P<r{i}>)"
                               for i, rule in enumerate(entries)))


# ---------------------------------------------------------------- topics

@dataclass(frozen=True, slots=True)
class CueLexicon:
    pattern: re.Pattern
    lookup: dict  # normalised matched text -> tuple of ids


@lru_cache(maxsize=None)
def topic_lexicon() -> CueLexicon:
    """Topic cues of topics.yaml: one case-insensitive trie regex and a cue -> topics dict."""
    lookup = topic_cues()
    pattern = rx.compile(r"(?<![\w-])(?:" + trie_pattern(sorted(lookup)) + r")(?![\w-])", re.IGNORECASE)
    return CueLexicon(pattern, lookup)


@lru_cache(maxsize=None)
def topic_cues() -> dict[str, tuple[str, ...]]:
    """Normalised topic cue -> its topics (what cue_lexicon needs of topics.yaml; without the
    regex of topic_lexicon, which extraction never runs and which costs ~15 ms to build)."""
    data = require_groups("topics.yaml", load("topics.yaml"), ["topics"])
    known = set(vocabulary()["topics"])
    lookup: dict[str, set] = {}
    for topic, cues in data["topics"].items():
        if topic not in known:
            raise RulesError(f"rules file topics.yaml: unknown topic {topic!r}")
        if not cues:
            raise RulesError(f"rules file topics.yaml: topic {topic!r} has no cues")
        for cue in cues:
            for variant in _expand_plural(str(cue)):
                lookup.setdefault(normalise(variant), set()).add(topic)
    return {k: tuple(sorted(v)) for k, v in lookup.items()}


# ---------------------------------------------------------------- agents, countries, organisations

@dataclass(frozen=True, slots=True)
class AgentLexicon:
    collective: re.Pattern
    pronoun: re.Pattern
    titles: tuple[str, ...]
    the_title: re.Pattern
    the_lowercase_title: re.Pattern  # news style: "The premier called on …" ((title) in group 1)
    titled_name: re.Pattern     # "Foreign Minister Park Jin": (title, name words)
    title_before: re.Pattern    # a title ending just before a name: "Foreign Minister Park "
    title_after: re.Pattern     # ", the US Secretary of State" right after a name
    countries: CueLexicon       # case-sensitive names -> alpha-3
    organizations: CueLexicon   # case-sensitive names -> short name


@lru_cache(maxsize=None)
def agent_lexicon() -> AgentLexicon:
    """Collective phrases, pronouns, titles, country and organisation names of agents.yaml."""
    data = require_groups("agents.yaml", load("agents.yaml"),
                          ["collective", "pronouns", "titles", "countries", "organizations"])
    collective = rx.compile(r"(?<![\w-])(?:" + trie_pattern(sorted(normalise(c) for c in data["collective"]))
                            + r")(?![\w-])", re.IGNORECASE)
    pronoun = rx.compile(r"(?<![\w-])(?:" + "|".join(data["pronouns"]) + r")(?![\w-])", re.IGNORECASE)
    titles = tuple(sorted(data["titles"], key=len, reverse=True))
    # Titles start with capitals: the word-start test goes behind their first letters.
    title_trie = word_start_trie(sorted(titles))
    the_title = rx.compile(r"(" + title_trie + r")(?![\w-])")
    titled_name = rx.compile(r"(" + title_trie + r"),?\s+"
                             r"((?:(?:[A-Z][\w.’'-]*|d[aeiu]l?|de la)\s+){0,2}[A-Z][\w.’'-]*)")
    title_before = rx.compile(r"(" + title_trie + r"),?\s+"
                              r"(?:(?:[A-Z][\w.’'-]*|d[aeiu]l?|de la)\s+){0,2}$")
    title_after = rx.compile(r"[\w’'-]*,\s+the\s+(?:[A-Z][\w.]*\s+)?(" + trie_pattern(sorted(titles)) + r")(?![\w-])")
    lowercase = sorted(normalise(t) for t in data.get("lowercase_titles") or ())
    the_lowercase_title = rx.compile(r"(?<![\w-])[Tt]he (" + (trie_pattern(lowercase) if lowercase else r"(?!)")
                                     + r")(?![\w-])")
    return AgentLexicon(collective, pronoun, titles, the_title, the_lowercase_title, titled_name, title_before, title_after,
                        _name_lexicon(_country_names(data["countries"])),
                        _name_lexicon({k: v for k, v in data["organizations"].items()}))


def _country_names(aliases: dict) -> dict[str, list[str]]:
    """Alias table of agents.yaml plus the plain country names pycountry knows."""
    names: dict[str, list[str]] = {code: list(values) for code, values in aliases.items()}
    # The header's demonyms ("Portuguese", "Chilean"), read from its rules file, not copied.
    rules = load("countries.yaml")
    for group in ("demonyms", "user_assigned"):  # (user-assigned codes: 'Kosovo' is no ISO country)
        for code, values in (rules.get(group) or {}).items():
            names.setdefault(code, []).extend(str(v) for v in values)
    for code, name, common_name, _ in iso_countries():
        for value in (name, common_name):
            if value and "," not in value and "(" not in value:
                names.setdefault(code, []).append(value)
    return names


def _name_lexicon(names: dict[str, list[str]]) -> CueLexicon:
    lookup: dict[str, str] = {}
    for code, values in names.items():
        for value in values:
            lookup.setdefault(" ".join(str(value).split()), code)
    # Names start with capitals (a few with "the"): the word-start test goes behind the first letter.
    pattern = rx.compile(word_start_trie(sorted(lookup)) + r"(?![\w])")
    return CueLexicon(pattern, lookup)


def lookup_name(lexicon: CueLexicon, matched: str) -> Optional[str]:
    """The code for a matched (case-sensitive) name."""
    return lexicon.lookup.get(" ".join(matched.split()))


# ---------------------------------------------------------------- all names and cues in one pass

def _case_variants(cue: str) -> set[str]:
    """Spellings of a lower-case cue as it appears in text: lower, Capitalised, Title, UPPER."""
    compound = " ".join(_title_compound(w) for w in cue.split(" "))  # "China-Japan relations"
    headline = " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in cue.split(" "))
    return {cue, cue[:1].upper() + cue[1:], cue.title(), cue.upper(), compound,
            compound[:1].upper() + compound[1:], headline}


_SMALL_WORDS = frozenset(("and", "of", "the", "for", "in", "on", "to", "with"))  # "Peace and Security"


def _title_compound(word: str) -> str:
    """'china-japan' -> 'China-Japan', 'u.s.-china' -> 'U.S.-China'; other words unchanged."""
    if "-" not in word and "." not in word:
        return word
    parts = word.split("-")
    return "-".join(p.upper() if "." in p or len(p) <= 3 else p.title() for p in parts)


@lru_cache(maxsize=None)
def cue_lexicon() -> CueLexicon:
    """Stance verbs, topic cues, event words, country and organisation names: one trie regex.

    The lookup maps the matched text (single-spaced) to a tuple of (kind, id) pairs, kind
    being "verb", "topic", "event", "country" or "organization": one case-sensitive scan of
    a text finds them all.
    """
    lookup: dict[str, set] = {}
    exact = _exact_cues()
    written_lower = _lower_case_cues()
    for cue, topics in topic_cues().items():
        # A cue written with capitals matches only as written ("WHO" is no "who"), unless the rules
        # also list it in lower case ("one china policy" beside "one-China principle").
        spellings = exact.get(cue)
        if spellings is None or cue in written_lower:
            spellings = (spellings or set()) | _case_variants(cue)
        for variant in _apostrophes(spellings):
            lookup.setdefault(variant, set()).update(("topic", t) for t in topics)
    agents = agent_lexicon()
    for name, code in agents.countries.lookup.items():
        lookup.setdefault(name, set()).add(("country", code))
    for name, org in agents.organizations.lookup.items():
        lookup.setdefault(name, set()).add(("organization", org))
    _organizations_keep_their_topics(lookup, agents.organizations.lookup)
    for form in stance_lexicon().forms:
        lookup.setdefault(form, set()).add(("verb", form))
    rules = require_groups("topics.yaml", load("topics.yaml"), ["event_words"])
    event_cues = [c for word in rules["event_words"] for c in _expand_plural(normalise(str(word)))]
    for cue in event_cues:
        for variant in _case_variants(cue):
            lookup.setdefault(variant, set()).add(("event", cue))
    # Phrases that contain a topic cue but are no topic ("peace and security", "during his
    # visit"): matched as one longer cue, they hide the cue inside them; event words stay.
    for phrase in rules.get("not_topics") or ():
        for cue in _expand_plural(" ".join(str(phrase).split())):
            low = normalise(cue)
            events = {("event", e) for e in event_cues if re.search(r"(?<![\w-])" + re.escape(e) + r"(?![\w-])", low)}
            for variant in _apostrophes(_phrase_variants(cue)):
                lookup[variant] = events
    pattern = rx.compile(r"(?<![\w-])(?:" + trie_pattern(sorted(lookup)) + r")(?![\w-])")
    return CueLexicon(pattern, {k: tuple(sorted(v)) for k, v in lookup.items()})


def _organizations_keep_their_topics(lookup: dict[str, set], organizations: dict[str, str]) -> None:
    """An organisation's name is one longer cue that hides the topic cues inside it ("United Nations
    Security Council" hid "Security Council" and "United Nations"): it carries the topics of the
    phrases of two words or more inside it and of the organisations named inside it ("ASEAN
    Regional Forum"), and those of its other names that are topic cues themselves ("UN" for "U.N.")."""
    def topics_of(phrase: str) -> set:
        return {k for k in lookup.get(phrase, ()) if k[0] == "topic"}

    inside: dict[str, set] = {}
    for name in organizations:
        words = name.split()
        found: set = set()
        for i in range(len(words)):
            # Phrases of two words or more, and single words that name an organisation themselves
            # ("ASEAN Regional Forum"): "Security" or "Energy" alone says little.
            if len(words) > 1 and words[i] in organizations:
                found |= topics_of(words[i])
            for j in range(i + 2, len(words) + 1):
                if (i, j) != (0, len(words)):
                    found |= topics_of(" ".join(words[i:j]))
        inside[name] = found | topics_of(name)
    by_org: dict[str, set] = {}
    for name, org in organizations.items():
        by_org.setdefault(org, set()).update(topics_of(name))
    for name, org in organizations.items():
        lookup[name].update(inside[name] | by_org[org])


def _phrase_variants(phrase: str) -> set[str]:
    """Spellings of a not_topics phrase: one written with capitals ("Russia's military
    cooperation") keeps them, only its first letter may change; a lower-case one gets all
    the case variants of a cue."""
    if phrase != phrase.lower():
        return {phrase, phrase[:1].upper() + phrase[1:]}
    return _case_variants(phrase)


def _apostrophes(variants) -> set[str]:
    """The spellings plus their curly-apostrophe forms ("Russia’s"): texts use both."""
    out = set(variants)
    out.update(v.replace("'", "’") for v in variants if "'" in v)
    return out


def _lower_case_cues() -> set[str]:
    """Topic cues topics.yaml writes in lower case (normalised, plurals expanded)."""
    return {normalise(variant) for cues in load("topics.yaml")["topics"].values() for cue in cues
            if str(cue) == str(cue).lower() for variant in _expand_plural(str(cue))}


def _exact_cues() -> dict[str, set[str]]:
    """Topic cues written with capitals in topics.yaml ("WHO", "UN"): matched only as written,
    so that the pronoun "who" is no World Health Organization."""
    exact: dict[str, set[str]] = {}
    for cues in load("topics.yaml")["topics"].values():
        for cue in cues:
            if str(cue) != str(cue).lower():
                for variant in _expand_plural(str(cue)):
                    exact.setdefault(normalise(variant), set()).add(variant)
    return exact


# ---------------------------------------------------------------- vocabulary and codes

@lru_cache(maxsize=None)
def vocabulary() -> dict:
    """The stance and topic ids of ../shared/spec, as vendored in vocab.yaml."""
    return require_groups("vocab.yaml", load("vocab.yaml"), ["stances", "topics"])


@lru_cache(maxsize=None)
def code_tables() -> dict:
    """The PLOVER/CAMEO mapping tables of codes.yaml, checked against the stance ids."""
    data = require_groups("codes.yaml", load("codes.yaml"), ["stances", "verbs", "consult"])
    missing = set(vocabulary()["stances"]) - set(data["stances"])
    if missing:
        raise RulesError(f"rules file codes.yaml: no code for stances {sorted(missing)}")
    for group in ("stances", "verbs", "consult"):
        for key, row in data[group].items():
            if "cameo" not in row or "goldstein" not in row:
                raise RulesError(f"rules file codes.yaml: {group}.{key} needs cameo and goldstein")
    return data


@lru_cache(maxsize=4096)
def codes_for(stance: str, verb: Optional[str]) -> Optional[tuple]:
    """(plover, plover_mode, cameo, goldstein) of a stance, or of a more specific verb ("signed")."""
    tables = code_tables()
    row = tables["verbs"][verb] if verb and verb in tables["verbs"] else tables["stances"].get(stance)
    if row is None:
        return None
    return row.get("plover"), row.get("plover_mode"), str(row["cameo"]), float(row["goldstein"])
