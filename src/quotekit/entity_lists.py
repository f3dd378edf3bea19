"""The word lists the entity rules read beyond the speaker lexicon, and the common
words of the language that tell where a name, a title or a place cannot begin or end.

Everything here is loaded once, lazily, from ``quotekit/data``.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping
from typing import Optional

import attrs
import regex

from .lexicon import Lexicon, _read_lines, _words, load_lexicon, trie_pattern

# The lengths of the common words the rules look for around a span.
_LENGTHS = (2, 3, 4)
# Function characters: they stand in no name, and a word they begin seldom runs
# across a name's end (志|在: 志在 is a rarer word than 在).
FUNCTION_CHARS = frozenset(
    "的了在是和与及对向把被将从也都就说等们个这那所而但并或着过地得吗呢吧啊么"
)
# Before a function character, only a word this frequent runs across an end.
_CROSSING_RANK = 2000
# How many first characters share a branch of a scanning pattern (see scan_pattern).
_BUCKET = 48


class CharClass(dict):
    """Whether characters belong to the class ``pattern`` matches, remembered per
    character: a text repeats its characters, and a lookup costs far less than a
    match. ``char_class[char]`` is a bool."""

    def __init__(self, pattern: re.Pattern | regex.Pattern) -> None:
        super().__init__()
        self.pattern = pattern

    def __missing__(self, char: str) -> bool:
        member = self[char] = self.pattern.match(char) is not None
        return member


@attrs.frozen
class Candidate:
    """A reading of text[start:end] as an entity; ``known`` marks a reading that an
    overlapping one may not override (a listed place, a long foreign name)."""

    start: int
    end: int
    label: str
    known: bool = attrs.field(default=False, eq=False)

    @property
    def length(self) -> int:
        return self.end - self.start


class CommonWords:
    """Common words, most frequent first, and where they run across a span's ends.

    A span that cuts a common word is seldom a name or a title: 经|历 (a name
    cannot start inside 经历), 进|行 (nor end inside 进行).
    """

    def __init__(self, ranks: Mapping[str, int]) -> None:
        self.ranks = ranks
        ends: dict[str, int] = {}
        for word in ranks:
            if len(word) == 2:
                ends[word[1]] = ends.get(word[1], 0) + 1
        # log2(1 + how many two-character words end in a character): 光 ends many
        # (灯光, 月光) and is seldom a one-character given name.
        self.ending = {char: math.log2(1 + count) for char, count in ends.items()}

    def __contains__(self, word: object) -> bool:
        return word in self.ranks

    def __iter__(self):
        return iter(self.ranks)

    def rank(self, word: str) -> Optional[int]:
        return self.ranks.get(word)

    def best_from(self, text: str, position: int) -> Optional[int]:
        """The rank of the most frequent word starting at ``position``."""
        ranks = [self.ranks.get(text[position : position + n]) for n in _LENGTHS]
        return min((r for r in ranks if r is not None), default=None)

    def crossing_end(self, text: str, start: int, end: int) -> Optional[int]:
        """The rank of the most frequent word that starts inside text[start:end] and
        runs past ``end`` (王进|行 of 进行), or None."""
        crossing = None
        for position in range(start + 1, end):
            for length in _LENGTHS:
                if position + length <= end or position + length > len(text):
                    continue
                rank = self.ranks.get(text[position : position + length])
                if rank is not None and (crossing is None or rank < crossing):
                    crossing = rank
        return crossing

    def crossed_at_end(self, text: str, start: int, end: int) -> bool:
        """A word runs from inside text[start:end] across its end (王进|行 of 进行),
        and reads better than the word after the end."""
        crossing = self.crossing_end(text, start, end)
        if crossing is None:
            return False
        if end < len(text) and text[end] in FUNCTION_CHARS and crossing >= _CROSSING_RANK:
            return False
        after = self.best_from(text, end)
        return after is None or crossing < after

    def crossed_at_start(self, text: str, start: int, end: int) -> bool:
        """A word runs from before text[start:end] into it (经|历 of 经历), and no
        more frequent word ends where the span starts (作为|主任 against 为主)."""
        for position in range(start + 1, end + 1):
            for length in _LENGTHS:
                begin = position - length
                if begin >= start or begin < 0:
                    continue
                rank = self.ranks.get(text[begin:position])
                if rank is not None and not self._ends_at(text, begin, start, rank):
                    return True
        return False

    def goes_on(self, text: str, start: int, end: int) -> bool:
        """A word starts at ``start`` and runs past ``end`` (会|见, 部|分)."""
        for length in _LENGTHS:
            if end < start + length <= len(text) and text[start : start + length] in self.ranks:
                return True
        return False

    def _ends_at(self, text: str, begin: int, end: int, rank: int) -> bool:
        """A word more frequent than ``rank`` ends at ``end`` and covers ``begin``."""
        for length in _LENGTHS:
            if 0 <= end - length <= begin:
                other = self.ranks.get(text[end - length : end])
                if other is not None and other < rank:
                    return True
        return False


@attrs.frozen
class EntityLists:
    """The general lists the entity rules read, beyond the speaker lexicon."""

    given: frozenset[str]
    given_common: frozenset[str]
    translit: frozenset[str]
    not_names: frozenset[str]
    ambiguous_surnames: frozenset[str]
    japanese_surnames: frozenset[str]
    place_suffixes: frozenset[str]
    place_abbreviations: frozenset[str]
    place_relations: frozenset[str]
    place_stops: frozenset[str]
    loc_suffixes: frozenset[str]
    place_names: frozenset[str]
    occupations: frozenset[str]
    org_sides: frozenset[str]
    title_fields: frozenset[str]
    title_describers: frozenset[str]
    # The common words, and the words of ``not_names`` after them (the entity rules
    # read both; the speaker rules, which read names by their titles, the first).
    words: CommonWords = attrs.field(eq=False, repr=False)
    common_words: CommonWords = attrs.field(eq=False, repr=False)
    # How much more often a character stands in a given name, or as a surname, than
    # in running text (natural logarithms; see benchmarks/name_odds.py).
    given_odds: dict[str, float] = attrs.field(factory=dict, eq=False, repr=False)
    surname_odds: dict[str, float] = attrs.field(factory=dict, eq=False, repr=False)


@functools.lru_cache(maxsize=1)
def entity_lists() -> EntityLists:
    lexicon = load_lexicon()
    given = _chars("given_names.txt") | _chars("given_common.txt")
    not_names = _words("not_names.txt")
    # The words that read like names are words too, ranked after the common ones
    # (祝贺|李先生: the dictionary the common words come from tags 祝贺 as a name).
    common = _ranked("common_words.txt")
    ranks = dict(common)
    for word in sorted(not_names - ranks.keys()):
        ranks[word] = len(ranks)
    return EntityLists(
        given=given,
        given_common=_chars("given_common.txt"),
        translit=lexicon.transliteration,
        not_names=not_names,
        ambiguous_surnames=lexicon.ambiguous_surnames,
        japanese_surnames=_words("japanese_surnames.txt"),
        place_suffixes=_words("place_suffixes.txt"),
        place_abbreviations=_chars("place_abbreviations.txt"),
        place_relations=_words("place_relations.txt"),
        place_stops=_words("place_stops.txt"),
        loc_suffixes=_words("loc_suffixes.txt"),
        place_names=_words("place_names.txt"),
        occupations=_words("occupations.txt"),
        org_sides=_words("org_sides.txt"),
        title_fields=_words("title_fields.txt"),
        title_describers=_words("title_describers.txt"),
        words=CommonWords(ranks),
        common_words=CommonWords(common),
        given_odds=_odds("given_odds.txt"),
        surname_odds=_odds("surname_odds.txt"),
    )


@attrs.frozen
class PlacePatterns:
    """Compiled patterns for places, shared by the place and the name rules."""

    # A known place name, optionally with its suffix (浙江, 浙江省).
    name: regex.Pattern
    # A suffix of a political place (县, 自治区).
    suffix: regex.Pattern
    # A suffix of a natural feature or other place (山, 湖, 大街).
    feature: regex.Pattern


def place_patterns(lexicon: Lexicon, lists: EntityLists) -> PlacePatterns:
    places = (lexicon.places | lists.place_names) - (lists.place_suffixes | lists.place_stops)
    names = frozenset(place for place in places if len(place) > 1)
    suffixes = trie_pattern(lists.place_suffixes)
    return PlacePatterns(
        name=re.compile("(" + scan_pattern(names) + ")(?:" + suffixes + ")?"),
        suffix=re.compile(suffixes),
        feature=re.compile(trie_pattern(lists.loc_suffixes)),
    )


def scan_pattern(words: Iterable[str]) -> str:
    """``trie_pattern`` for a long list of words looked for at every position.

    The engine tries a trie's first branches one by one, hundreds of them for a
    long list. Here the words are split by first character into a few tries, each
    behind a lookahead of its first characters, and the whole behind a lookahead
    of them all: a position passes a few class tests instead. It matches what
    ``trie_pattern`` matches, with the same preference.
    """
    words = frozenset(words)
    if "" in words:
        return "(?:" + scan_pattern(words - {""}) + ")?"
    firsts = sorted({word[0] for word in words})
    if len(firsts) <= _BUCKET:
        return trie_pattern(words)
    tries = []
    for at in range(0, len(firsts), _BUCKET):
        bucket = frozenset(firsts[at : at + _BUCKET])
        tries.append(trie_pattern(word for word in words if word[0] in bucket))
    return first_chars(words) + "(?:" + "|".join(tries) + ")"


def first_chars(words: Iterable[str]) -> str:
    """A lookahead of the first characters of ``words``."""
    firsts = sorted({word[0] for word in words if word})
    return "(?=[" + "".join(regex.escape(char) for char in firsts) + "])" if firsts else "(?!)"


def _ranked(name: str) -> dict[str, int]:
    """The words of a list and their position in it (0 = most frequent)."""
    ranks: dict[str, int] = {}
    for _, line in _read_lines(name):
        for word in line.split():
            ranks.setdefault(word, len(ranks))
    return ranks


def _odds(name: str) -> dict[str, float]:
    """The characters of a file of odds and their figures, one ``char value`` a line."""
    odds: dict[str, float] = {}
    for number, line in _read_lines(name):
        char, value = line.split()
        if len(char) != 1:
            raise ValueError(f"{name}:{number}: one character expected, got {char!r}")
        odds[char] = float(value)
    return odds


def _chars(name: str) -> frozenset[str]:
    return frozenset(char for word in _words(name) for char in word)
