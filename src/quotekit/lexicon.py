"""Lexicons: the word lists the rules use, loaded once from ``quotekit/data``.

Every list is a text file, one or more entries a line, ``#`` starting a comment.
Entries are written in Simplified Chinese; Traditional text is mapped to Simplified
(character by character, so offsets never move) before any rule sees it, so each
entry serves both scripts. ``Lexicon.extend`` returns a new lexicon with user
additions, validated the same way as the shipped files.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, Optional

import attrs
import regex

from .errors import Errors, LexiconError

CUE_KINDS = (
    "speech",
    "cognition",
    "emphasis",
    "telling",
    "written",
    "sentiment",
)
CUE_FLAGS = ("bare", "addressee", "quote-only", "framed")

# A lexicon word: letters (Han, Latin), digits and the name dot; no spaces or punctuation.
_ENTRY = regex.compile(r"[\p{Han}\p{Latin}\p{Nd}·]{1,24}")


@attrs.frozen
class Cue:
    """A reporting cue: its word, kind and flags (see ``data/cues.txt``)."""

    word: str
    kind: str
    flags: frozenset[str] = frozenset()

    @property
    def bare(self) -> bool:
        return "bare" in self.flags

    @property
    def addressee(self) -> bool:
        return "addressee" in self.flags

    @property
    def quote_only(self) -> bool:
        return "quote-only" in self.flags

    @property
    def framed(self) -> bool:
        return "framed" in self.flags


def _read_lines(name: str) -> Iterable[tuple[int, str]]:
    text = resources.files("quotekit").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if line:
            yield number, line


def _words(name: str) -> frozenset[str]:
    words = set()
    for number, line in _read_lines(name):
        for word in line.split():
            _check_file_entry(name, number, word)
            words.add(word)
    return frozenset(words)


def _pairs(name: str) -> dict[str, str]:
    pairs = {}
    for number, line in _read_lines(name):
        parts = line.split()
        if len(parts) != 2:
            raise LexiconError(
                Errors.E002.format(path=name, line=number, entry=line, why="expected two fields")
            )
        pairs[parts[0]] = parts[1]
    return pairs


def _groups(name: str) -> dict[str, str]:
    """Each line a group of synonyms; every word maps to the group's first word."""
    canonical = {}
    for number, line in _read_lines(name):
        words = line.split()
        for word in words:
            _check_file_entry(name, number, word)
            canonical[word] = words[0]
    return canonical


def _check_file_entry(name: str, number: int, word: str) -> None:
    if not _ENTRY.fullmatch(word):
        raise LexiconError(Errors.E002.format(path=name, line=number, entry=word, why="not a word"))


def _cues(name: str) -> dict[str, Cue]:
    cues = {}
    for number, line in _read_lines(name):
        word, kind, *flags = line.split()
        _check_file_entry(name, number, word)
        cues[word] = _make_cue(word, kind, flags)
    return cues


def _make_cue(word: str, kind: str, flags: Iterable[str]) -> Cue:
    if kind not in CUE_KINDS:
        raise LexiconError(Errors.E005.format(entry=word, kind=kind, kinds=", ".join(CUE_KINDS)))
    flags = frozenset(flags)
    for flag in flags - set(CUE_FLAGS):
        raise LexiconError(Errors.E006.format(entry=word, flag=flag, flags=", ".join(CUE_FLAGS)))
    return Cue(word, kind, flags)


@attrs.frozen
class Lexicon:
    """All word lists, validated and frozen. Build one with ``load_lexicon()``.

    The ``cache`` holds patterns compiled from the lists by the stages that use
    them; it is filled lazily and never affects equality.
    """

    surnames: frozenset[str]
    titles: frozenset[str]
    title_modifiers: frozenset[str]
    org_suffixes: frozenset[str]
    places: frozenset[str]
    cues: Mapping[str, Cue]
    cue_stops: frozenset[str]
    adverbials: frozenset[str]
    leads: frozenset[str]
    collectives: frozenset[str]
    quantifiers: Mapping[str, str]
    pronouns: Mapping[str, str]
    honorifics: frozenset[str]
    statement_objects: frozenset[str]
    roles: frozenset[str]
    relations: frozenset[str]
    org_words: frozenset[str]
    documents: frozenset[str]
    title_synonyms: Mapping[str, str]
    transliteration: frozenset[str]
    negations: frozenset[str]
    ambiguous_surnames: frozenset[str]
    t2s: Mapping[str, str] = attrs.field(repr=False)
    cache: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    #: Fields a user may add entries to, with ``extend``.
    EXTENDABLE = (
        "surnames",
        "titles",
        "title_modifiers",
        "org_suffixes",
        "places",
        "cues",
        "cue_stops",
        "adverbials",
        "leads",
        "collectives",
        "honorifics",
        "statement_objects",
        "roles",
        "relations",
        "org_words",
        "documents",
        "negations",
    )

    @property
    def person_roles(self) -> frozenset[str]:
        """Everyday roles and relations of kin: titles before a name (村民|邝通学,
        王明的妻子|刘芳), never an office on their own."""
        roles = self.cache.get("person-roles")
        if roles is None:
            roles = self.cache["person-roles"] = self.roles | self.relations
        return roles

    def to_simplified(self, text: str) -> str:
        """Map Traditional characters to Simplified, one for one."""
        return text.translate(self.translation)

    @property
    def translation(self) -> dict[int, str]:
        table = self.cache.get("translation")
        if table is None:
            table = str.maketrans(dict(self.t2s))
            self.cache["translation"] = table
        return table

    def extend(self, **additions: Iterable[Any]) -> Lexicon:
        """A new lexicon with user entries added.

        Each keyword names a field of ``Lexicon.EXTENDABLE`` and gives words to add;
        ``cues`` takes words (added as speech cues that may take a bare clause),
        ``(word, kind)`` pairs or ``(word, kind, flags)`` triples. Traditional
        entries are accepted and mapped to Simplified.

        >>> lexicon = load_lexicon().extend(titles=["首席顾问"], cues=[("怒斥", "speech")])
        """
        changes: dict[str, Any] = {}
        for field, entries in additions.items():
            if field not in self.EXTENDABLE:
                raise LexiconError(
                    Errors.E004.format(field=field, fields=", ".join(self.EXTENDABLE))
                )
            if isinstance(entries, str):
                entries = [entries]
            if field == "cues":
                cues = dict(self.cues)
                for entry in entries:
                    cue = self._user_cue(entry)
                    cues[cue.word] = cue
                changes["cues"] = cues
            else:
                words = {self._user_word(field, entry) for entry in entries}
                changes[field] = getattr(self, field) | words
        return attrs.evolve(self, cache={}, **changes)

    def _user_word(self, field: str, entry: Any) -> str:
        if not isinstance(entry, str):
            raise LexiconError(
                Errors.E003.format(entry=entry, field=field, why=f"a {type(entry).__name__}")
            )
        word = self.to_simplified(entry.strip())
        if not _ENTRY.fullmatch(word):
            raise LexiconError(Errors.E003.format(entry=entry, field=field, why="not a word"))
        return word

    def _user_cue(self, entry: Any) -> Cue:
        if isinstance(entry, Cue):
            entry = (entry.word, entry.kind, tuple(entry.flags))
        if isinstance(entry, str):
            entry = (entry, "speech", ("bare",))
        if not isinstance(entry, (tuple, list)) or not 1 <= len(entry) <= 3:
            raise LexiconError(
                Errors.E003.format(entry=entry, field="cues", why="expected word, kind, flags")
            )
        word = self._user_word("cues", entry[0])
        kind = entry[1] if len(entry) > 1 else "speech"
        flags = entry[2] if len(entry) > 2 else ()
        if isinstance(flags, str):
            flags = flags.split()
        return _make_cue(word, kind, flags)

    def additions_from(self, base: Lexicon) -> dict[str, list[Any]]:
        """The entries this lexicon has beyond ``base``, in ``extend`` form (JSON-ready)."""
        out: dict[str, list[Any]] = {}
        for field in self.EXTENDABLE:
            if field == "cues":
                extra = [
                    [cue.word, cue.kind, sorted(cue.flags)]
                    for word, cue in sorted(self.cues.items())
                    if base.cues.get(word) != cue
                ]
            else:
                extra = sorted(getattr(self, field) - getattr(base, field))
            if extra:
                out[field] = extra
        return out


@functools.lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    quantifiers = _pairs("quantifiers.txt")
    pronouns = _pairs("pronouns.txt")
    return Lexicon(
        surnames=_words("surnames.txt"),
        titles=_words("titles.txt"),
        title_modifiers=_words("title_modifiers.txt"),
        org_suffixes=_words("org_suffixes.txt"),
        places=_words("places.txt"),
        cues=_cues("cues.txt"),
        cue_stops=_words("cue_stops.txt"),
        adverbials=_words("adverbials.txt"),
        leads=_words("leads.txt"),
        collectives=_words("collectives.txt"),
        quantifiers=quantifiers,
        pronouns=pronouns,
        honorifics=_words("honorifics.txt"),
        statement_objects=_words("statement_objects.txt"),
        roles=_words("roles.txt"),
        relations=_words("relations.txt"),
        org_words=_words("org_words.txt"),
        documents=_words("documents.txt"),
        title_synonyms=_groups("title_synonyms.txt"),
        transliteration=_words("transliteration.txt"),
        negations=_words("negations.txt"),
        ambiguous_surnames=_words("surnames_ambiguous.txt"),
        t2s=_pairs("t2s.txt"),
    )


def load_lexicon(**additions: Iterable[Any]) -> Lexicon:
    """The shipped lexicon, optionally extended (see ``Lexicon.extend``)."""
    lexicon = _default_lexicon()
    return lexicon.extend(**additions) if additions else lexicon


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored into a trie.

    A plain ``a|b|c`` over hundreds of words retries every branch at every
    position; the trie shares prefixes, so the engine tests each character once
    per depth. Longer words are preferred where one is a prefix of another. The
    engine still tries the first characters' branches one by one, so a lookahead of
    one character class (a single table lookup) turns most positions away first.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _trie_to_pattern(trie)
    if body is None:
        return "(?!)"
    firsts = [char for char in trie if char]
    if len(firsts) > 1:
        return "(?=[" + "".join(regex.escape(char) for char in sorted(firsts)) + "])" + body
    return body


def suffix_pattern(words: Iterable[str]) -> str:
    """Like ``trie_pattern``, factored on shared endings, for reverse (``(?r)``) matching.

    Matched right to left, the engine reads a word's last character first and then
    greedily extends leftwards, so the longest word ending at a position wins
    (村民代表 over 代表).
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in reversed(word):
            node = node.setdefault(char, {})
        node[""] = {}
    return _suffix_node(trie) or "(?!)"


def _suffix_node(node: dict[str, Any]) -> str:
    branches = []
    for char in sorted(node):
        if char == "":
            continue
        branches.append(_suffix_node(node[char]) + regex.escape(char))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def _trie_to_pattern(node: dict[str, Any]) -> Optional[str]:
    if "" in node and len(node) == 1:
        return None
    branches, singles = [], []
    for char in sorted(node):
        if char == "":
            continue
        sub = _trie_to_pattern(node[char])
        if sub is None:
            singles.append(regex.escape(char))
        else:
            branches.append(regex.escape(char) + sub)
    if singles:
        branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body
