"""Finding reporting cues: the fast pattern finds what a plain word trie finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quotekit.cues import find_cues
from quotekit.lexicon import load_lexicon, trie_pattern

LEXICON = load_lexicon()
# The plain reading: one trie of cues and stop words, each match consuming its word.
_TRIE = re.compile(trie_pattern(set(LEXICON.cues) | set(LEXICON.cue_stops)))
# Characters of cue and stop words (so that words overlap often), and a few others.
_ALPHABET = "".join(sorted(set("".join(LEXICON.cues) + "".join(LEXICON.cue_stops)))) + "，。邝洁\n"


def _plain(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group()) for m in _TRIE.finditer(text) if m.group() in LEXICON.cues
    ]


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(cue.start, cue.end, cue.word) for cue in find_cues(text, LEXICON)]


def test_words_that_hold_a_cue_are_not_cues() -> None:
    text = "对他们来说，邝洁说明了情况，她表示同意"
    assert [cue.word for cue in find_cues(text, LEXICON)] == ["表示"]


def test_a_word_found_inside_the_word_before_is_dropped() -> None:
    # 来说 is a stop word: the 说 inside it is no cue, the 说 after it is.
    text = "对他来说说"
    assert _found(text) == _plain(text) == [(4, 5, "说")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_cues_are_those_of_the_plain_trie(text: str) -> None:
    assert _found(text) == _plain(text)


def test_a_cue_with_dao_is_one_cue() -> None:
    # 回应道, 反问道: the cue and 道 are one word, as 说道 and 回答道 are.
    assert [
        cue.word for cue in find_cues("邝明回应道：“不是。”卢佳反问道：“为什么？”", LEXICON)
    ] == [
        "回应道",
        "反问道",
    ]
