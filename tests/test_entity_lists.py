"""The word lists of the entity rules, and the patterns built from them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quotekit.entity_lists import entity_lists, scan_pattern
from quotekit.lexicon import trie_pattern

# Enough characters that the words of a list start with more than one bucket's worth.
_ALPHABET = [chr(0x4E00 + i) for i in range(150)] + list("·。a")
_WORDS = st.sets(
    st.text(st.sampled_from(_ALPHABET), min_size=1, max_size=4), min_size=120, max_size=400
)
_TEXT = st.text(st.sampled_from(_ALPHABET), max_size=300)


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(pattern, text)]


@settings(max_examples=40, deadline=None)
@given(_WORDS, _WORDS, _TEXT)
def test_a_scan_pattern_matches_as_the_trie_does(words, others, text):
    assert _spans(scan_pattern(words), text) == _spans(trie_pattern(words), text)
    # Where the engine backtracks into it too (modifiers, then a head).
    scan = "(?:" + scan_pattern(others) + "){0,3}(?:" + scan_pattern(words) + ")"
    trie = "(?:" + trie_pattern(others) + "){0,3}(?:" + trie_pattern(words) + ")"
    assert _spans(scan, text) == _spans(trie, text)


def test_a_scan_pattern_holds_the_place_names():
    names = entity_lists().place_names
    pattern = re.compile(scan_pattern(names) + r"\Z")
    assert len({name[0] for name in names}) > 100  # split into several tries
    assert all(pattern.match(name) for name in names)
    assert scan_pattern([]) == trie_pattern([]) and scan_pattern([""]) != "(?!)"


def test_the_name_odds_rank_name_characters_above_function_words():
    lists = entity_lists()
    assert lists.given_odds["霞"] > 0 > lists.given_odds["的"]
    assert lists.given_odds["伟"] > lists.given_odds["更"]
    assert lists.surname_odds["王"] > lists.surname_odds["时"]
    assert all(len(char) == 1 for char in lists.given_odds)
