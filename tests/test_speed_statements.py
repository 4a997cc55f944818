"""The statements stage's speed changes answer exactly what the code they replaced answered."""
import re

from readout import segment
from readout.lexicon import _char, topic_cues, topic_lexicon, trie_pattern
from readout.statements import _cues_in

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
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit_per_node(trie)


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
