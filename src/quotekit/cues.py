"""Reporting cues: where a text says that somebody said, thought or stressed something.

``find_cues`` finds every cue word of the lexicon in the view text in one regex
pass. The pattern also holds the words that merely contain a cue (说明, 来说,
称重): the engine takes the longest word at each position, so those consume
their characters and are dropped. What stands around a cue (its speaker, its
clause or quotation) is read by ``mentions`` and ``extract``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from .lexicon import Cue, Lexicon, trie_pattern


@attrs.frozen
class CueMatch:
    """A cue in the view text: ``text[start:end] == cue.word``."""

    start: int
    end: int
    cue: Cue

    @property
    def word(self) -> str:
        return self.cue.word


def cue_pattern(lexicon: Lexicon) -> re.Pattern:
    """One compiled pattern of all cues and stop words, cached on the lexicon.

    A literal word trie needs nothing of ``regex``'s Unicode classes, and the
    standard ``re`` engine scans it several times faster. The engine scans fastest
    for a pattern that opens with a character class, so the pattern matches the
    first character of some word and then looks back at it: a lookahead on the first
    two characters (a first and a second character of the longer words, or a
    one-character word) turns most positions away before the trie walks its first
    branches, and the word itself is captured in group 1. Matches are one character
    long, so a word may be found inside the one before it (说明 holds 明): see
    ``find_cues``.
    """
    pattern = lexicon.cache.get("cues")
    if pattern is None:
        words = set(lexicon.cues) | set(lexicon.cue_stops)
        longer = [word for word in words if len(word) > 1]
        singles = [word for word in words if len(word) == 1]
        openings = []
        if longer:
            firsts = _char_class(word[0] for word in longer)
            openings.append(firsts + _char_class(word[1] for word in longer))
        if singles:
            openings.append(_char_class(singles))
        if openings:
            captured = f"(?=({trie_pattern(words)}))"
            opening = "(?=" + "|".join(openings) + ")"
            first = _char_class(word[0] for word in words)
            pattern = re.compile(f"{first}(?<={opening}{captured}.)", re.DOTALL)
        else:
            pattern = re.compile("(?!)()")
        lexicon.cache["cues"] = pattern
    return pattern


def _char_class(chars: Iterable[str]) -> str:
    return "[" + re.escape("".join(sorted(set(chars)))) + "]"


def find_cues(text: str, lexicon: Lexicon) -> list[CueMatch]:
    """Every cue of ``text`` (a view text), in order.

    >>> from quotekit.lexicon import load_lexicon
    >>> [m.word for m in find_cues("对他们来说，邝洁说明了情况，她表示同意", load_lexicon())]
    ['表示']
    """
    cues = lexicon.cues
    found = []
    end = 0
    for match in cue_pattern(lexicon).finditer(text):
        start = match.start(1)
        if start < end:
            continue  # inside the word before, which takes its characters
        end = match.end(1)
        cue = cues.get(match.group(1))
        if cue is not None:
            found.append(CueMatch(start, end, cue))
    return found
