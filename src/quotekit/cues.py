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
    standard ``re`` engine scans it several times faster. Many characters open
    some word, and at each of them the engine walks the trie's first branches; a
    lookahead on the first two characters (any first and second characters of
    the longer words, or a one-character word) turns most of them away sooner.
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
        prefilter = "(?=" + "|".join(openings) + ")" if openings else ""
        pattern = re.compile(prefilter + trie_pattern(words))
        lexicon.cache["cues"] = pattern
    return pattern


def _char_class(chars: Iterable[str]) -> str:
    return "[" + re.escape("".join(sorted(set(chars)))) + "]"


def find_cues(text: str, lexicon: Lexicon) -> list[CueMatch]:
    """Every cue of ``text`` (a view text), in order.

    >>> from quotekit.lexicon import load_lexicon
    >>> [m.word for m in find_cues("对他们来说，王洁说明了情况，她表示同意", load_lexicon())]
    ['表示']
    """
    cues = lexicon.cues
    found = []
    for match in cue_pattern(lexicon).finditer(text):
        cue = cues.get(match.group())
        if cue is not None:
            found.append(CueMatch(match.start(), match.end(), cue))
    return found
