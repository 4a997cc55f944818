"""The statements stage's speed changes answer exactly what the code they replaced answered."""
import re

from readout import segment
from readout.lexicon import (
    agent_lexicon,
    topic_cues,
    topic_lexicon,
    trie_pattern,
    word_start_trie,
)
from readout.statements import (
    NameFinder,
    _all_spellings,
    _cues_in,
    _name_matches,
    _spellings,
)
from readout.tries import _trie, flexible_char as _char

TRICKY_TEXT = (
    "Mr. Smith met Dr. Lee.  They said: “We agree.” Then?! (Really.) The U.S. and the P.R.C. met at 3 p.m. "
    "No. 5 was signed. Foo。Bar 。 x.y.z. abc.def.ghi.jkl. e.g. ABCDEFGHIJKLMNOP. Ça va. naïve. "
    "end.” ’) ] 'quote.' \"x.\"\n\n1. Point.\t2. Next! last."
)


def _emit_per_node(node: dict) -> str:
    """The trie emitter as it was: one call per node."""
    branches = [(_char(ch) + _emit_per_node(child)) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def _trie_per_node(words: list[str]) -> str:
    return _emit_per_node(_trie(words))


def test_trie_pattern_text_is_unchanged():
    word_lists = [
        [], [""], ["a"], ["a", "ab", "abc", "abd", "b"], ["human rights", "human rights council", "human"],
        ["U.S.", "U.S.-China", "Russia's", "Russia’s", "co-operation", "2+2"],
        ["visit", "visits", "visiting", "Visit", "VISIT"], ["x y", "x  z", "x"],
        sorted(topic_cues()),
    ]
    for words in word_lists:
        assert trie_pattern(words) == _trie_per_node(words), words[:5]


_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,9})\.$")


def test_word_before_matches_the_regex_it_replaced():
    text = TRICKY_TEXT + " ..a. 1a. .b. aaaaaaaaaaaaaaa.b. é.f. ."
    for dot in (i for i, ch in enumerate(text) if ch == "."):
        m = _WORD_BEFORE.search(text, max(0, dot - 10), dot + 1)
        assert segment._word_before(text, dot) == (m.group(1) if m else None), text[max(0, dot - 12):dot + 1]


_END_TWO_BRANCHES = re.compile(r"[.!?](?:[”\"’')\]])*(?=\s)|。")


def test_sentence_end_candidates_are_unchanged():
    for text in (TRICKY_TEXT, TRICKY_TEXT[:-1], "。", "a.", "a. ", "a.”)", "a.”) b", "。”"):
        for start in range(0, len(text), 7):
            for end in (len(text), max(start, len(text) - 3)):
                old = [m.span() for m in _END_TWO_BRANCHES.finditer(text, start, end)]
                assert [m.span() for m in segment._END.finditer(text, start, end)] == old


def test_event_word_running_past_a_statement_still_counts():
    # (start, end, text, kinds): an event word that starts inside the statement [0, 30) and ends
    # after it adds no topic but still marks an event; one after the statement does neither.
    cues = [(2, 8, "summit", (("event", "summit"), ("topic", "high_level_exchanges"))),
            (10, 16, "Russia", (("country", "RUS"),)),
            (25, 35, "visit here", (("event", "visit"), ("topic", "travel"))),
            (40, 45, "trade", (("topic", "trade"),))]
    starts = [c[0] for c in cues]
    topics, mentions, has_event = _cues_in(cues, starts, 0, 30, frozenset({"USA"}))
    assert topics == ("high_level_exchanges",) and mentions["countries"] == ["RUS"] and has_event
    assert _cues_in(cues, starts, 9, 24, frozenset({"RUS"})) == ((), {"countries": [], "organizations": []}, False)
    assert _cues_in(cues, starts, 20, 30, frozenset())[2] is True


def test_topic_cues_are_the_topic_lexicons_lookup():
    assert topic_cues() == topic_lexicon().lookup


# Texts where the word-start test matters: a word glued to a letter, digit, "_" or "-" before it,
# at the very start, after punctuation and quotes, cut by the end of a search, and names that are
# prefixes of one another ("Minister" in "Prime Minister", "Niger" in "Nigeria").
WORD_START_TEXTS = (
    ("Prime Minister Kishida met President Biden. The Foreign Minister, the Secretary of State and "
     "Deputy Prime Minister Lee; ex-President X, _President Y, 2President Z, ÉPresident W, (President V) "
     "“Minister U” Nigeria, Niger-Congo, Niger. NigerNiger U.S.-China U.S. the U.K.'s Republic of Korea "
     "Korea,Japan\nJapan\n\nSecretary-General Guterres and the Secretary General; Crown Prince MBS"),
    "President", "-President", "xPresident", " President ", "Nigeria", "Niger",
)


def _old_word_start(words) -> re.Pattern:
    """The look-behind in front of the trie, as the lexicon's name patterns were written before."""
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(sorted(words)) + r")(?![\w-])")


def _same_answers(old: re.Pattern, new: re.Pattern, texts=WORD_START_TEXTS) -> None:
    """search, match and finditer give the same spans and groups from every start, with the end
    of the search at the end of the text and cut a few characters before it."""
    for text in texts:
        for start in range(len(text) + 1):
            for end in {len(text), max(start, len(text) - 4), min(len(text), start + 9)}:
                for call in ("search", "match"):
                    a, b = getattr(old, call)(text, start, end), getattr(new, call)(text, start, end)
                    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, start, end)
            assert [m.span() for m in old.finditer(text, start)] == [m.span() for m in new.finditer(text, start)]


def test_word_start_trie_answers_like_the_look_behind_in_front():
    lex = agent_lexicon()
    word_lists = [list(lex.titles), sorted(lex.countries.lookup), sorted(lex.organizations.lookup),
                  ["Niger", "Nigeria", "N", "U.S.", "U.S.-China", "(P", "“Minister", "-x", "Korea", "Korea,Japan"]]
    for words in word_lists:
        old = _old_word_start(words)
        new = re.compile(word_start_trie(sorted(words)) + r"(?![\w-])")
        _same_answers(old, new)


def test_title_patterns_answer_as_before():
    lex = agent_lexicon()
    trie = trie_pattern(sorted(lex.titles))
    name_words = r"(?:(?:[A-Z][\w.’'-]*|d[aeiu]l?|de la)\s+){0,2}"
    _same_answers(re.compile(r"(?<![\w-])(" + trie + r")(?![\w-])"), lex.the_title)
    _same_answers(re.compile(r"(?<![\w-])(" + trie + r"),?\s+(" + name_words + r"[A-Z][\w.’'-]*)"), lex.titled_name)
    _same_answers(re.compile(r"(?<![\w-])(" + trie + r"),?\s+" + name_words + "$"), lex.title_before)


def test_title_before_needs_no_title_word_pre_check():
    # The pre-check that was dropped: the last word of a title, then a space or a comma. Every
    # title_before match ends its title with such a word, so the pre-check never ruled one out.
    lex = agent_lexicon()
    title_word = re.compile("(?:" + "|".join(sorted({re.escape(t.split()[-1]) for t in lex.titles})) + r")[\s,]")
    for text in WORD_START_TEXTS:
        for end in range(len(text) + 1):
            if lex.title_before.search(text, max(0, end - 60), end):
                assert title_word.search(text, max(0, end - 60), end), (text, end)


PEOPLE = (("Biden", "Joseph R. Biden"), ("Lee", "Lee Jae-myung"), ("Niger", "Ana Niger Nigeria"),
          ("de Mistura", "Staffan de Mistura"), ("O'Neill", "Mary O'Neill"), ("Kim", "Kim Jong Un"),
          ("Leeds", "Tom Leeds"), ("Mistura", "Mistura"), ("Jae-myung", ""),
          ("Kim Jong", "Kim Jong Un"))  # "Kim" and "Kim Jong": at one start the longer one wins
NAME_TEXTS = WORD_START_TEXTS + (
    ("Lee Jae-myung met LEE and Leeds; Jae-myung, -Lee, xLee, Lee_, Lee-, LeeLee Lee. Leeds-Lee de Mistura "
     "Staffan de Mistura's DE MISTURA Mistura O'Neill O'NEILL Kim Jong Un KIM Kim-Kim Niger Nigeria NIGERIA Lee"),
    "Lee", "Leeds", "xLeeds Lee", "LeeLeeds", "Mistura de Mistura",
)


def _name_regex(spellings, look_behind=True) -> re.Pattern:
    """The regex a participant's names were searched with before."""
    body = "|".join(re.escape(n) for n in sorted(spellings, key=len, reverse=True))
    return re.compile((r"(?<![\w-])" if look_behind else "") + "(?:" + body + r")(?![\w-])")


def test_name_finder_answers_like_the_regex_it_replaced():
    for family, full in PEOPLE:
        spellings = _spellings(family, full)
        old, new = _name_regex(spellings), NameFinder(spellings)
        for text in NAME_TEXTS:
            for start in range(len(text) + 2):
                for end in {len(text), len(text) + 5, max(0, len(text) - 3), start, start + 4, start + 12}:
                    for call in ("search", "match"):
                        m = getattr(old, call)(text, start, end)
                        assert getattr(new, call)(text, start, end) == (m.span() if m else None), \
                            (family, call, text, start, end)


def test_name_matches_answer_like_the_combined_regex():
    groups = [PEOPLE, PEOPLE[:2], PEOPLE[1:2] + PEOPLE[6:7], PEOPLE[3:4] + PEOPLE[7:8], PEOPLE[1:2] + PEOPLE[8:9],
              PEOPLE[5:6] + PEOPLE[9:]]
    for people in groups:
        spellings, owners = _all_spellings(people)
        old = _name_regex(owners, look_behind=False)
        for text in NAME_TEXTS:
            expected = [(m.start(), m.end(), m.group()) for m in old.finditer(text)]
            assert list(_name_matches(text, spellings)) == expected, (people, text)


def _first_tail_one_by_one(rules, text: str, at: int, end: int):
    """find_verbs as it was: each of the lemma's rules tried in order, the first tail that matches wins."""
    for i, rule in enumerate(rules):
        if rule.tail is None:
            return i, None
        tail = rule.tail.match(text, at, end)
        if tail:
            return i, tail.end()
    return None


def _fixture_texts() -> list[str]:
    from pathlib import Path
    root = Path(__file__).parent / "fixtures"
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(root.rglob("*")) if p.is_file()
            and p.suffix in (".txt", ".md", ".html", ".json")]


def test_each_lemmas_tails_as_one_alternation_answer_as_the_rules_tried_in_order():
    from readout.lexicon import stance_lexicon

    lex = stance_lexicon()
    texts = _fixture_texts() + [TRICKY_TEXT, "The two ministers shared the view that talks matter and expressed "
                                "their deep concern over the launches; he reiterated Japan's support to Ukraine."]
    checked = 0
    for text in texts:
        for m in lex.verbs.finditer(text):
            lemma, _ = lex.forms[m.group()]
            rules = lex.rules[lemma]
            for at in (m.end(), m.end() + 1):  # (after the verb, and after a skipped character)
                old = _first_tail_one_by_one(rules, text, at, len(text))
                tail = lex.tails[lemma].match(text, at, len(text))
                new = None if tail is None else (int(tail.lastgroup[1:]),
                                                 None if rules[int(tail.lastgroup[1:])].tail is None else tail.end())
                assert new == old, (lemma, text[m.start():m.end() + 60])
                checked += 1
    assert checked > 500
