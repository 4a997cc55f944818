"""Word lists as regular expressions factored as tries: one pass over a text, not one per word.

Countries, cities, titles, office holders and the lexicons all match long lists of words and
phrases. An alternation written as a trie (`Ch(?:ad|ile|ina)`) lets the regex engine test each
character once; longer continuations come first, so 'North Korea' wins over 'North'. Building
the text of a large trie costs more than compiling it, so both builders are kept across runs
(readout.rx.remember).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from . import rx


def alternation(words: Iterable[str], flexible_spaces: bool = False) -> str:
    """One regex alternation of `words` as a trie.

    flexible_spaces: a space in a word matches any run of whitespace (the lexicons, whose
    phrases break across lines); otherwise it matches one space, as written.
    """
    return rx.remember("tries.alternation", (sorted(set(words)), flexible_spaces), _build_alternation)


def _build_alternation(inputs) -> str:
    words, flexible_spaces = inputs
    return _emit(_trie(words), _char_function(flexible_spaces))


def first_letter_alternation(groups, behind: str, firsts: Optional[str] = None,
                             flexible_spaces: bool = False) -> str:
    r"""A trie alternation whose every branch starts with a literal, with the word-start test after it.

    `(?=[A-Z])(?<![\w])(?:Ch…|Ja…)` and `(?:C(?<![\w]C)h…|J(?<![\w]J)a…)` match the same text
    (the look-behind checks the character before the first letter either way), but a pattern that
    starts with a look-around is tried at every position, while one whose branches all start with
    a literal lets the regex engine skip, in C, every position that starts no word. `behind` is the
    character class no word may follow. `groups` are (group-name prefix or None, words): per first
    letter, each group's continuations in that order, captured as PREFIX_<code point> (read back
    with `lastgroup`). With `firsts` (a character class), only words starting with one of its
    characters are kept, as a `(?=[…])` guard did. Words starting with a capital gain most: only
    the capitals of a text are tried.
    """
    inputs = ([(prefix, sorted(set(words))) for prefix, words in groups], behind, firsts, flexible_spaces)
    return rx.remember("tries.first_letter_alternation", inputs, _build_first_letter_alternation)


def _build_first_letter_alternation(inputs) -> str:
    groups, behind, firsts, flexible_spaces = inputs
    char = _char_function(flexible_spaces)
    tries = [(prefix, _trie(words)) for prefix, words in groups]
    first_re = rx.compile(firsts or "(?s:.)")
    branches = []
    for ch in sorted({ch for _, trie in tries for ch in trie if ch and first_re.fullmatch(ch)}):
        if ch.isspace():
            raise ValueError(f"first_letter_alternation: a word starts with whitespace ({ch!r})")
        rests = [(prefix, _emit(trie[ch], char)) for prefix, trie in tries if ch in trie]
        parts = [f"(?P<{prefix}_{ord(ch)}>{rest})" if prefix else rest for prefix, rest in rests]
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        branches.append(re.escape(ch) + "(?<!" + behind + re.escape(ch) + ")" + body)
    return "(?:" + "|".join(branches) + ")"


def _trie(words: Iterable[str]) -> dict:
    """The words as a trie of characters ("" marks the end of a word)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _emit(node: dict, char) -> str:
    """Regex text for a trie node: branches by character in sorted order, a word's end optional."""
    branches = []
    for ch, child in sorted(node.items()):
        if not ch:
            continue
        # A run of nodes with one child and no word ending in them emits its characters in a row
        # (what recursing into each would give), so most of a large trie takes no call per node.
        chars = [ch]
        while len(child) == 1 and "" not in child:
            (ch, child), = child.items()
            chars.append(ch)
        branches.append("".join(map(char, chars)) + _emit(child, char))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def _char_function(flexible_spaces: bool):
    return flexible_char if flexible_spaces else _escaped


@lru_cache(maxsize=None)
def flexible_char(ch: str) -> str:
    """A trie character as regex text, a space matching any whitespace (cached: a large lexicon
    escapes the same few characters tens of thousands of times)."""
    return r"\s+" if ch == " " else re.escape(ch)


@lru_cache(maxsize=None)
def _escaped(ch: str) -> str:
    return re.escape(ch)
