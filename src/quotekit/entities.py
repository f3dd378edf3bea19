"""Named entities of a whole article: people, organizations, places and titles.

Entities are read on characters with the speaker parser's lexicons (surnames,
title heads and modifiers, organization and place suffixes) and a few general lists
of the language (given-name characters, transliteration syllables, natural-feature
suffixes). A person need not speak to be found; a name is read where the text marks
it: a surname and one or two given-name characters with a marked end (a verb, a
title, punctuation), or any name written after a title.

Labels: ``PERSON``, ``ORG``, ``GPE`` (political places as written: 遂昌县, 浙江,
长三角), ``LOC`` (other places: rivers, mountains, streets) and ``TITLE``. Spans never
overlap; offsets index the original text.

>>> [(e.text, e.label) for e in entities("浙江大学教授林晓峰在杭州市说。")]
[('浙江大学', 'ORG'), ('教授', 'TITLE'), ('林晓峰', 'PERSON'), ('杭州市', 'GPE')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Optional

import regex

from .chains import _CHAIN_STOPS, OFFICE_UNITS, PRONOUN_CHARS
from .entity_lists import (
    Candidate,
    CharClass,
    entity_lists,
    first_chars,
    place_patterns,
    scan_pattern,
)
from .errors import ArgumentTypeError, Errors
from .layout import normalization_table, normalize
from .lexicon import Lexicon, load_lexicon, trie_pattern
from .mentions import MentionParser
from .names import PeopleReader
from .records import Entity

# Whether a character is Han.
_IS_HAN = CharClass(regex.compile(r"\p{Han}"))
# Which label wins when two candidates of the same length overlap.
_RANK = {"PERSON": 4, "TITLE": 3, "ORG": 2, "GPE": 1, "LOC": 0}
# Characters a place or organization name never holds.
_NOT_IN_PLACE = frozenset(
    "的了着在是和与及对向把被将从也都就说等们个这那其之所而但并或已曾会要到去来给让使于为"
)
# Whether a character may stand in an organization's name.
_IS_NAME_CHAR = CharClass(regex.compile(r"[\p{Han}\p{Latin}\d]"))
# Last characters of organization suffixes that name an organization on their own
# (委员会, 公司, 大学, 银行, 研究所); others (科技, 机构, 部) need a place first.
_ORG_ENDS = frozenset("会院局部委所处司社行校厂馆站台队团办室心组军盟联府庭署厅")
# A count or a determiner opening a noun phrase: what follows names no one
# organization (一家|公司, 两支|球队, 各级|政府, 该|州议会, 某|公司).
_GENERIC = re.compile(
    "(?:[0-9０-９一二三四五六七八九十百千几两数多]+[家支个所座类级]"
    "|[该某各这那此其]|有关|相关|所有|一些|若干|上市|一流)"
)
# One-character suffixes that close an organization's name on their own: 社 ends
# agencies, presses and cooperatives (新华社, 出版社, 合作社) and few other words.
_ORG_SINGLES = frozenset("社")
# How far back an opening 《 may stand for a word to be inside a book title.
_BOOK_TITLE = 30
# How long the name before an organization suffix may be.
_ORG_NAME = 12
# Bare title heads that are mostly verbs or nouns of another sense: titles only
# before a name (代表|张三; 领导 alone is leading or the leadership: 领导班子).
_VERB_TITLES = frozenset({"代表", "领导"})
# Endings of occupations (书法家, 设计师, 研究员, 经销商).
_OCCUPATION_ENDS = frozenset("家师员商")
# A numeral or ordinal: 一个家, 第一家 count, they are no occupations.
_NUMERAL = regex.compile(r"[一二三四五六七八九十百千万两几第]")
# What a leader's name stands before (马洛维奇|政府, 田中|内阁).
_GOVERNMENTS = frozenset({"政府", "内阁"})
# A date or a count: 1991年, 27日, 三号.
_DATE = re.compile("[0-9０-９一二三四五六七八九十〇零两]+[年月日号]")
# Verbs of going, staying and fighting that a short name of a place follows.
_TO_PLACE = "访来在驻旅赴抵离返进援侵抗留归回"
# Short names that stand alone after such a verb (访华, 在京, 赴港, 访美); others are
# mostly other words there (越来越, 在新的).
_STANDING_ALONE = "华京沪港澳台美日俄英法德朝韩"
# Characters after a title head that make it part of a longer word (董事会, 代表性).
_WORD_GOES_ON = frozenset("会部处局组室团队院所性化")


class EntityFinder:
    """Finds the named entities of texts with one lexicon. Build once, reuse.

    >>> finder = EntityFinder(load_lexicon(titles=["首席顾问"]))
    >>> [(e.text, e.label) for e in finder.find("首席顾问周鸣远出席。")]
    [('首席顾问', 'TITLE'), ('周鸣远', 'PERSON')]
    """

    def __init__(self, lexicon: Optional[Lexicon] = None, parser: Optional[MentionParser] = None):
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.parser = parser if parser is not None else MentionParser(self.lexicon)
        self.lists = entity_lists()
        self.words = self.lists.words
        self.places = place_patterns(self.lexicon, self.lists)
        heads = self.parser.heads | self.lists.occupations | self._derived_occupations()
        self.people = PeopleReader(
            self.lexicon, self.parser, self.lists, self.places, heads=frozenset(heads)
        )
        # Words that open a clause (根据, 由, 邀请): an organization's name never
        # runs back across one.
        self._chain_lead = re.compile(
            trie_pattern({lead for lead in self.lexicon.leads if len(lead) > 1} | set(_CHAIN_STOPS))
        )
        self._single_leads = frozenset(lead for lead in self.lexicon.leads if len(lead) == 1)
        # An organization suffix (委员会, 公司, 大学, 局), and a word that names one.
        self._org_suffix = re.compile(scan_pattern(self.lexicon.org_suffixes))
        self._org_word = re.compile(trie_pattern(self.lexicon.org_words - self.lists.org_sides))
        # A title: modifiers and fields, then a head (副|总经理, 金融|分析师); words that
        # describe the person (知名, 资深) stay outside it.
        modifiers = (self.lexicon.title_modifiers | self.lists.title_fields) - (
            self.lists.title_describers
        )
        # (Literal word tries scan several times faster under the standard ``re``.)
        self._title = re.compile(
            first_chars(modifiers | heads)
            + "(?:"
            + scan_pattern(modifiers)
            + "){0,4}(?:"
            + scan_pattern(heads)
            + ")"
        )
        # Everyday roles are titles only before a name (村民|邝通学, but 居民 alone is not).
        self._roles = self.lexicon.person_roles | self.lexicon.collectives
        # Two or three short names of places before a word of relations (中美|关系).
        self._short_names = re.compile(
            "["
            + "".join(sorted(self.lists.place_abbreviations))
            + "]{2,3}(?="
            + trie_pattern(self.lists.place_relations)
            + ")"
        )
        # A short name after a verb of going, staying or fighting (访|华, 在|京, 抗|日).
        self._short_after_verb = re.compile("(?<=[" + _TO_PLACE + "])[" + _STANDING_ALONE + "]")

    def _derived_occupations(self) -> frozenset[str]:
        """Common three-character words with an occupational ending (书法家, 设计师,
        研究员, 经销商) name occupations, though no title list holds them."""
        return frozenset(
            word
            for word in self.words
            if len(word) == 3 and word[-1] in _OCCUPATION_ENDS and not _NUMERAL.match(word)
        )

    def find(self, text: str, *, names: Iterable[str] = ()) -> list[Entity]:
        """The entities of ``text`` in document order, without overlaps.

        ``names`` are strings known to be people's names (a trained NER's PERSON
        spans): every occurrence is a PERSON.
        """
        if not isinstance(text, str):
            raise ArgumentTypeError(Errors.E001.format(func="entities", type=type(text).__name__))
        if not text.strip():
            return []
        table = normalization_table(self.lexicon)
        norm = normalize(text, self.lexicon)
        candidates = [
            *self.people.known(norm, names, table),
            *self._titles(norm),
            *self.people.candidates(norm),
            *self._places(norm),
            *self._short_places(norm),
            *self._organizations(norm),
        ]
        chosen = _choose(_drop_crossing(norm, candidates))
        listed = list(self.people.listed(norm, chosen))
        if listed:
            chosen = _choose(listed + chosen)
        return [Entity(c.start, c.end, c.label, text[c.start : c.end]) for c in chosen]

    # -- titles -----------------------------------------------------------------------

    def _titles(self, norm: str) -> Iterator[Candidate]:
        """Titles; two written together are one (博士生导师, 教授级高级工程师)."""
        previous: Optional[Candidate] = None
        for title in self._title_words(norm):
            if previous is not None and previous.end == title.start:
                previous = Candidate(previous.start, title.end, "TITLE")
                continue
            if previous is not None:
                yield previous
            previous = title
        if previous is not None:
            yield previous

    def _title_words(self, norm: str) -> Iterator[Candidate]:
        for match in self._title.finditer(norm):
            start, end = match.span()
            place_end = self._place_end_inside(norm, start, end)
            after_place = False
            if place_end is not None:
                # 泰国|王储, not 泰|国王|储: a title that starts after the place
                # (but 台北|市长, where none does).
                later = self._title.match(norm, place_end)
                if later is not None:
                    match, after_place = later, True
                    start, end = match.span()
            word = match.group()
            if end < len(norm) and norm[end] in _WORD_GOES_ON:
                continue  # 董事|会, 司令|部, 代表|性: part of a longer word
            if self._verb_before(norm, start):
                continue  # 所代表的, 被领导: a verb, not a title
            if self._title_cut(norm, start, end, after_place=after_place):
                continue  # 登|记者, 一|部长|篇: the word belongs to another
            if self._in_book_title(norm, start):
                continue  # 《乡村医生》: the name of a work
            if word in self._roles or word in _VERB_TITLES or word.endswith("人士"):
                if not self._name_follows(norm, end):
                    continue
            yield Candidate(start, end, "TITLE")

    def _place_end_inside(self, norm: str, start: int, end: int) -> Optional[int]:
        """The end of a known place that begins before ``start`` and ends inside
        norm[start:end] (泰国 of 泰|国王)."""
        for stop in range(start + 1, end):
            for begin in range(max(0, stop - _LONGEST_PLACE), start):
                if self.places.name.fullmatch(norm, begin, stop):
                    return stop
        return None

    def _title_cut(self, norm: str, start: int, end: int, *, after_place: bool = False) -> bool:
        """A common word runs across the title's start or end, where no
        organization or known place ends before it (财务处|处长, 泰国|王储) and no name
        follows (科长|史…)."""
        if start > 0 and not after_place and norm[start - 1] not in _ORG_ENDS:
            if self.words.crossed_at_start(norm, start, end):
                return True
        return not self._name_follows(norm, end) and self.words.crossed_at_end(norm, start, end)

    @staticmethod
    def _in_book_title(norm: str, position: int) -> bool:
        opening = norm.rfind("《", max(0, position - _BOOK_TITLE), position)
        return opening != -1 and norm.find("》", opening, position) == -1

    def _verb_before(self, norm: str, start: int) -> bool:
        """被 or a pronoun's 所 before the word makes it a verb (他所代表的), but an
        office's 所 does not (研究所|所长)."""
        if start == 0 or norm[start - 1] not in "所被":
            return False
        if norm[start - 1] == "被" or start < 2:
            return True
        before = norm[start - 2]
        return not _IS_NAME_CHAR[before] or before in _NOT_IN_PLACE or before in PRONOUN_CHARS

    def _name_follows(self, norm: str, position: int) -> bool:
        surname = self.parser.is_surname_at(norm, position)
        return (
            bool(surname) and position + surname < len(norm) and _IS_HAN[norm[position + surname]]
        )

    # -- places -----------------------------------------------------------------------

    def _places(self, norm: str) -> Iterator[Candidate]:
        """Known places (浙江, 宜宾市), and names before a place suffix (遂昌县, 泰山)."""
        known_ends = set()
        for match in self.places.name.finditer(norm):
            end = match.end()
            if end > match.end(1) and self._suffix_begins_word(norm, match.end(1), end):
                end = match.end(1)  # 杭州|市民, 北京|市长: the suffix begins a word
            known_ends.add(end)
            yield Candidate(match.start(), end, "GPE", known=True)
        for pattern, label in ((self.places.suffix, "GPE"), (self.places.feature, "LOC")):
            for match in pattern.finditer(norm):
                start = self._place_start(norm, match.start(), shortest=1 if label == "LOC" else 2)
                if start is None or norm[start : match.end()] in self.lists.place_stops:
                    continue
                if match.end() in known_ends:
                    continue  # 本报|宜宾: the known place is the whole name
                if self.words.crossed_at_start(norm, match.start(), match.end()):
                    continue  # 回|乡: the suffix ends a common word
                if self.words.goes_on(norm, match.start(), match.end()) and (
                    norm[start : match.start()] in self.words
                    or (label == "GPE" and self._suffix_begins_word(norm, *match.span()))
                ):
                    continue  # 国内|市场, 非洲|市场: a word, or a place, then a word the suffix begins
                yield Candidate(start, match.end(), label)

    def _suffix_begins_word(self, norm: str, start: int, end: int) -> bool:
        """A one-character place suffix begins a common word (北京|市长, 非洲|市场),
        unless another place's name follows the suffix (金沙县|长岭乡)."""
        if end - start != 1 or not self.words.goes_on(norm, start, end):
            return False
        following = self.places.suffix.search(norm, end + 1, end + 4)
        return following is None or self._place_start(norm, following.start(), 2) != end

    def _short_places(self, norm: str) -> Iterator[Candidate]:
        """中美|关系, 巴以|冲突: short names written side by side before a word of
        relations are places, one character each."""
        for match in self._short_names.finditer(norm):
            start, end = match.span()
            if self.places.name.match(norm, start):
                continue
            if norm[start:end] in self.words and norm[start] != "中":
                continue  # 非法|贸易 is a word; 中日|关系 names China first, as the news does
            if start > 0 and norm[start - 1 : start + 1] in self.words:
                continue  # 在|中美 is fine, but 集|中 is a word
            for position in range(start, end):
                yield Candidate(position, position + 1, "GPE", known=True)
        for match in self._short_after_verb.finditer(norm):
            start = match.start()
            if self.places.name.match(norm, start):
                continue  # 在|日本: a longer name
            if norm[start : start + 2] in self.words or self.words.goes_on(norm, start, start + 1):
                continue  # 在|华人, 来|美好: the character begins a word
            yield Candidate(start, start + 1, "GPE", known=True)

    def _place_start(self, norm: str, suffix_start: int, shortest: int) -> Optional[int]:
        """Where the name before a place suffix starts: two characters, or one
        (黄|河, 泰|山) where the character before it cannot stand in a name."""
        length = 0
        while length < 2 and suffix_start - length > 0:
            char = norm[suffix_start - length - 1]
            if not _IS_HAN[char] or char in _NOT_IN_PLACE:
                break
            length += 1
        if length == 2 or (length == 1 and length >= shortest):
            return suffix_start - length
        return None

    # -- organizations ------------------------------------------------------------------

    def _organizations(self, norm: str) -> Iterator[Candidate]:
        """A name, then an organization suffix: 南湖县水利局, 华宇电子公司, 辽宁队.

        A suffix that is also an everyday word (会, 部, 行, 科技) makes an
        organization only after a place (辽宁队, 浙江日报社).
        """
        for match in self._org_suffix.finditer(norm):
            # The suffix's own tests first: they need no search for the name's start.
            if self.words.goes_on(norm, match.start(), match.end()):
                continue  # 热情|会见: the suffix begins a common word
            if match.end() - match.start() == 1 and self._in_syllables(norm, match.start()):
                continue  # 国防部长|科恩, 普里马|科|夫: the suffix is a syllable of a name
            word = norm[match.start() - 1 : match.end()]
            if (
                match.end() - match.start() == 1
                and word in self.words
                and (word not in self.lexicon.org_suffixes)
            ):
                continue  # 举|行, 进|行: a one-character suffix ends a common word
            start, placed = self._org_start(norm, match.start())
            if match.start() - start < 2:
                continue
            if _GENERIC.match(norm, start):
                continue  # 一家私人诊所, 两支球队, 各级政府, 该州议会: no name
            suffix = match.group()
            strong = (len(suffix) > 1 and suffix[-1] in _ORG_ENDS) or suffix in _ORG_SINGLES
            if strong or placed:
                yield Candidate(start, match.end(), "ORG")
            elif self._field_office(norm, match.start(), suffix):
                yield Candidate(match.start() - 2, match.end(), "ORG")
        for match in self._org_word.finditer(norm):
            yield Candidate(match.start(), match.end(), "ORG")

    def _field_office(self, norm: str, suffix_start: int, suffix: str) -> bool:
        """A field of government and an office's suffix (外交|部, 国务|院, 公安|局):
        a common word of two characters, standing where a name may start."""
        if suffix not in OFFICE_UNITS or suffix_start < 2:
            return False
        field = norm[suffix_start - 2 : suffix_start]
        if field not in self.words or not all(map(_IS_HAN.__getitem__, field)):
            return False
        before = suffix_start - 3
        return (
            before < 0
            or not _IS_NAME_CHAR[norm[before]]
            or norm[before] in _NOT_IN_PLACE
            or norm[before] in self._single_leads
        )

    def _in_syllables(self, norm: str, position: int) -> bool:
        """The character at ``position`` and the next are transliteration syllables,
        and a title or another syllable stands before them."""
        pair = norm[position : position + 2]
        if len(pair) < 2 or not all(char in self.lists.translit for char in pair):
            return False
        if position > 0 and norm[position - 1] in self.lists.translit:
            return True
        return self.parser.head_end.search(norm, max(0, position - 8), position) is not None

    def _org_start(self, norm: str, suffix_start: int) -> tuple[int, bool]:
        """Where the name before an organization suffix starts, and whether a place
        opens it. Reading leftwards, the name stops at punctuation and function
        words; where it holds a place, it starts at the place (记者前往|青山区房产管理局).
        """
        start = suffix_start
        while (
            start > 0
            and suffix_start - start < _ORG_NAME
            and _IS_NAME_CHAR[norm[start - 1]]
            and norm[start - 1] not in _NOT_IN_PLACE
        ):
            start -= 1
        for place in self.places.name.finditer(norm, max(0, start - 6), suffix_start):
            if place.start() < start < place.end():
                start = place.start()  # 马来西亚|队: a known place holds 来
                break
        for lead in self._chain_lead.finditer(norm, start, suffix_start):
            if lead.end() < suffix_start:
                start = lead.end()  # 根据|人民银行, 由|中国记协: nothing before a lead
        for date in _DATE.finditer(norm, start, suffix_start):
            start = max(start, date.end())  # 1991年|县政府: a date is no part of a name
        if (
            suffix_start - start > 2
            and norm[start] in self._single_leads
            and norm[start : start + 2] not in self.words
        ):
            start += 1  # 据|新华社, but 数据|中心
        known = self.places.name.search(norm, start, suffix_start)
        if known is not None and (known.start() == start or suffix_start - start > 4):
            return known.start(), True
        place = self.places.suffix.search(norm, start + 2, suffix_start)
        if place is not None and (place.start() - 2 == start or suffix_start - start > 4):
            return max(start, place.start() - 2), True
        return start, False


# The longest known place name looked for before a title, in characters.
_LONGEST_PLACE = 6


def _drop_crossing(norm: str, candidates: list[Candidate]) -> list[Candidate]:
    """Readings that cut a stronger one: a known place that starts inside a title (市长|沙),
    a person over a known place (伊朗|外长), a person or organization that ends
    inside a title (外交|部长, 教|练老雷); and a leader's government read as an
    organization (马洛维奇|政府: the name is a person's)."""
    # Tables over the positions of the text (tests against every title or place made
    # a long text quadratic): the nearest end of a title that ``i`` is strictly
    # inside of, and whether a known place covers ``i``.
    size = len(norm) + 1
    title_end: list[Optional[int]] = [None] * size
    for t in candidates:
        if t.label == "TITLE":
            for i in range(t.start + 1, t.end):
                if title_end[i] is None or t.end < title_end[i]:
                    title_end[i] = t.end
    leaders = {c.start: c.end for c in candidates if c.label == "PERSON"}
    candidates = [
        c
        for c in candidates
        if c.label != "ORG" or norm[leaders.get(c.start, c.start) : c.end] not in _GOVERNMENTS
    ]
    candidates = [
        c
        for c in candidates
        if not c.known or title_end[c.start] is None or title_end[c.start] >= c.end
    ]  # 市长|沙…: a known place does not start inside a title
    in_place = bytearray(size)
    for c in candidates:
        if c.label == "GPE" and c.known:
            in_place[c.start : c.end] = b"\x01" * (c.end - c.start)
    kept = []
    for candidate in candidates:
        if (
            candidate.label == "PERSON"
            and not candidate.known
            and any(in_place[candidate.start : candidate.end])
        ):
            continue
        if candidate.label in ("PERSON", "ORG") and (
            title_end[candidate.end] is not None or title_end[candidate.start] is not None
        ):
            continue
        kept.append(candidate)
    return kept


def _choose(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first, then by label rank; no two chosen spans overlap."""
    taken: list[Candidate] = []
    used = bytearray(max((c.end for c in candidates), default=0))  # 1: taken
    for candidate in sorted(set(candidates), key=_choice_order):
        start, end = candidate.start, candidate.end
        if used.find(1, start, end) != -1:
            continue
        used[start:end] = b"\x01" * (end - start)
        taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _choice_order(candidate: Candidate) -> tuple[int, int, int]:
    return (candidate.start - candidate.end, -_RANK[candidate.label], candidate.start)


@functools.lru_cache(maxsize=1)
def default_finder() -> EntityFinder:
    """The shared finder with the shipped lexicons."""
    return EntityFinder()


def entities(text: str) -> list[Entity]:
    """The named entities of ``text``: PERSON, ORG, GPE, LOC and TITLE spans.

    >>> [(e.text, e.label) for e in entities("市长刘建国说。")]
    [('市长', 'TITLE'), ('刘建国', 'PERSON')]
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(Errors.E001.format(func="entities", type=type(text).__name__))
    return default_finder().find(text)
