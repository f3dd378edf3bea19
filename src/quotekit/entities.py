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
import math
from collections.abc import Iterable, Iterator, Mapping
from typing import Optional

import attrs
import regex

from .errors import ArgumentTypeError, Errors
from .layout import normalization_table
from .lexicon import Lexicon, _read_lines, _words, load_lexicon, suffix_pattern, trie_pattern
from .mentions import _NOT_IN_NAME_AHEAD, MentionParser
from .records import Entity

# A Han character.
_HAN = regex.compile(r"\p{Han}")
# Which label wins when two candidates of the same length overlap.
_RANK = {"PERSON": 4, "TITLE": 3, "ORG": 2, "GPE": 1, "LOC": 0}
# Characters a place or organization name never holds.
_NOT_IN_PLACE = frozenset(
    "的了在是和与及对向把被将从也都就说等们个这那其之所而但并或已曾会要到去来给让使于为"
)
# A character that may stand in an organization's name.
_NAME_CHAR = regex.compile(r"[\p{Han}\p{Latin}\d]")
# Last characters of organization suffixes that name an organization on their own
# (委员会, 公司, 大学, 银行, 研究所); others (科技, 机构, 部) need a place first.
_ORG_ENDS = frozenset("会院局部委所处司社行校厂馆站台队团办室心组军盟联府庭署厅")
# How far back an opening 《 may stand for a word to be inside a book title.
_BOOK_TITLE = 30
# How long the name before an organization suffix may be.
_ORG_NAME = 12
# Bare title heads that are mostly verbs: titles only before a name (代表|张三).
_VERB_TITLES = frozenset({"代表"})
# Endings of occupations (收藏家, 设计师, 研究员, 开发商).
_OCCUPATION_ENDS = frozenset("家师员商")
# A numeral or ordinal: 一个家, 第一家 count, they are no occupations.
_NUMERAL = regex.compile(r"[一二三四五六七八九十百千万两几第]")
# Characters after a title head that make it part of a longer word (董事会, 代表性).
_WORD_GOES_ON = frozenset("会部处局组室团队院所性化")
# Function characters that never stand in a given name.
_NEVER_GIVEN = frozenset("的了在是和与及对向把被将从也都就说等们个这那所而但并或着过地得吗呢吧啊么")
# Weights of the evidence for a surname + given name reading (see _name_score).
_COMMON_GIVEN, _USUAL, _UNUSUAL, _TITLED, _MARKED, _AMBIGUOUS = 1.0, 1.0, -1.5, 3.0, 1.0, -1.0
_CROSSED, _WORD, _GIVEN_WORD, _SHORT = -9.0, -9.0, -1.0, 0.0
# A common word across a name's end rules it out; before a function character
# (星|等, 志|在) only a word this frequent does.
_CROSSING_RANK = 2000
_ACCEPT = 2.0
# How much a last given character that ends many common words counts against a name.
_WORDY, _WORDY_FREE = 0.25, 2.0
_STRONG_MARK = 1.0
# Common words this frequent end a run of transliteration syllables (克林顿|利用).
_FOREIGN_WORD_RANK = 3000
# A run of syllables this long needs only its start marked to be a name.
_FOREIGN_LONG = 5
# Words that put a place after them (在, 赴, 抵达, 来自).
_PLACE_LEADS = frozenset(
    {"在", "到", "赴", "抵", "往", "至", "经", "抵达", "访问", "前往", "来自", "飞往", "返回", "途经"}
)
# A list of short items joined by 、 (张三、李四、王五), bounded.
_LIST = regex.compile(r"[\p{Han}·]{1,8}(?:、[\p{Han}·]{1,8}){1,30}")
# Words that stand right before a name and are not part of it.
_BEFORE_NAME = frozenset("和与同及跟对向给让请被由据把将的在是为、叫找陪见称问")


@attrs.frozen
class _Candidate:
    start: int
    end: int
    label: str
    known: bool = attrs.field(default=False, eq=False)

    @property
    def length(self) -> int:
        return self.end - self.start


@attrs.frozen
class _Lists:
    """The general lists the entity rules read, beyond the speaker lexicon."""

    given: frozenset[str]
    given_common: frozenset[str]
    not_given: frozenset[str]
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
    common: Mapping[str, int]
    word_ends: Mapping[str, float]


@functools.lru_cache(maxsize=1)
def _lists() -> _Lists:
    common = _ranked("common_words.txt")
    return _Lists(
        given=_chars("given_names.txt") | _chars("given_common.txt"),
        given_common=_chars("given_common.txt"),
        not_given=(_chars("not_given.txt") | _NOT_IN_NAME_AHEAD) - _chars("given_names.txt"),
        translit=load_lexicon().transliteration,
        not_names=_words("not_names.txt"),
        ambiguous_surnames=load_lexicon().ambiguous_surnames,
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
        common=common,
        word_ends=_word_ends(common),
    )


def _word_ends(common: Mapping[str, int]) -> dict[str, float]:
    """For each character, log2(1 + how many common two-character words end in it):
    a character that ends many words (光 of 阳光, 灯光) is seldom a given name."""
    counts: dict[str, int] = {}
    for word in common:
        if len(word) == 2:
            counts[word[1]] = counts.get(word[1], 0) + 1
    return {char: math.log2(1 + count) for char, count in counts.items()}


def _ranked(name: str) -> dict[str, int]:
    """The words of a list and their position in it (0 = most frequent)."""
    ranks: dict[str, int] = {}
    for _, line in _read_lines(name):
        for word in line.split():
            ranks.setdefault(word, len(ranks))
    return ranks


def _chars(name: str) -> frozenset[str]:
    return frozenset(char for word in _words(name) for char in word)


class EntityFinder:
    """Finds the named entities of texts with one lexicon. Build once, reuse.

    >>> finder = EntityFinder(load_lexicon(titles=["首席顾问"]))
    >>> [(e.text, e.label) for e in finder.find("首席顾问周鸣远出席。")]
    [('首席顾问', 'TITLE'), ('周鸣远', 'PERSON')]
    """

    def __init__(self, lexicon: Optional[Lexicon] = None, parser: Optional[MentionParser] = None):
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.parser = parser if parser is not None else MentionParser(self.lexicon)
        self.lists = _lists()
        places = (self.lexicon.places | self.lists.place_names) - (
            self.lists.place_suffixes | self.lists.place_stops
        )
        self.place_names = frozenset(p for p in places if len(p) > 1)
        # A known place name, optionally with its suffix (浙江, 浙江省).
        self._place_name = regex.compile(
            "(?:"
            + trie_pattern(self.place_names)
            + ")(?:"
            + trie_pattern(self.lists.place_suffixes)
            + ")?"
        )
        # A place suffix (县, 自治区) or a natural-feature suffix (山, 湖).
        self._place_suffix = regex.compile(trie_pattern(self.lists.place_suffixes))
        self._loc_suffix = regex.compile(trie_pattern(self.lists.loc_suffixes))
        # An organization suffix (委员会, 公司, 大学, 局).
        self._org_suffix = regex.compile(trie_pattern(self.lexicon.org_suffixes))
        self._org_word = regex.compile(
            trie_pattern(self.lexicon.org_words - self.lists.org_sides)
        )
        heads = self.parser.heads | self.lists.occupations | self._derived_occupations()
        # A title: modifiers, then a head (副|总经理, 首席|执行官).
        modifiers = (self.lexicon.title_modifiers | self.lists.title_fields) - (
            self.lists.title_describers
        )
        self._title = regex.compile(
            "(?:"
            + trie_pattern(modifiers)
            + "){0,4}(?:"
            + trie_pattern(heads)
            + ")"
        )
        # A title or an occupation ending at the search end (read backwards).
        self._title_end = regex.compile(
            "(?r)(?:"
            + suffix_pattern(self.lexicon.title_modifiers)
            + ")*(?:"
            + suffix_pattern(heads)
            + r")\Z"
        )
        # Everyday roles are titles only before a name (村民|杨通学, but 居民 alone is not).
        self._roles = self.lexicon.roles | self.lexicon.collectives
        # Last characters of place and organization names (镇, 村, 局, 社).
        self._unit_ends = frozenset(
            word[-1]
            for word in self.lists.place_suffixes | self.lexicon.org_suffixes
            if len(word) == 1
        ) - self.lists.given_common
        # A Japanese family name (田中, 佐佐木).
        self._japanese = regex.compile(trie_pattern(self.lists.japanese_surnames))
        # Two or three short names of places before a word of relations (中美|关系).
        self._short_names = regex.compile(
            "["
            + "".join(sorted(self.lists.place_abbreviations))
            + "]{2,3}(?="
            + trie_pattern(self.lists.place_relations)
            + ")"
        )
        # Words before a place: 在, 到, 访问 (在|佛罗里达, 抵达|休斯顿).
        self._place_leads = _PLACE_LEADS
        # A form of address after a surname (先生, 同志, 主席): the surname is the name.
        self._honorific = regex.compile(
            trie_pattern(
                self.lexicon.honorifics | {"同志", "氏", "老"} | (self.parser.heads - self._roles)
            )
        )

    def _derived_occupations(self) -> frozenset[str]:
        """Common three-character words with an occupational ending (收藏家, 设计师,
        研究员, 开发商) name occupations, though no title list holds them."""
        return frozenset(
            word
            for word in self.lists.common
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
        norm = text.translate(normalization_table(self.lexicon))
        candidates = [
            *self._known_names(norm, names),
            *self._titled_people(norm),
            *self._titles(norm),
            *self._people(norm),
            *self._transliterations(norm),
            *self._japanese_people(norm),
            *self._places(norm),
            *self._short_places(norm),
            *self._organizations(norm),
        ]
        candidates = _drop_crossing(candidates)
        chosen = _choose(candidates)
        listed = list(self._listed_people(norm, chosen))
        if listed:
            chosen = _choose(listed + chosen)
        return [Entity(c.start, c.end, c.label, text[c.start : c.end]) for c in chosen]

    def _listed_people(self, norm: str, chosen: list[_Candidate]) -> Iterator[_Candidate]:
        """The other items of a list of people (张三、李四、王五): where two items are
        read as names, an item of two to four characters that starts with a surname,
        or is all transliteration, is a name too."""
        people = {(c.start, c.end) for c in chosen if c.label == "PERSON"}
        for match in _LIST.finditer(norm):
            items = _list_items(norm, match.start(), match.end())
            named = [item in people for item in items]
            if sum(named) < 2:
                continue
            for (start, end), known in zip(items, named):
                if not known and self._list_name(norm, start, end):
                    yield _Candidate(start, end, "PERSON")

    def _list_name(self, norm: str, start: int, end: int) -> bool:
        if not 2 <= end - start <= 4 or norm[start:end] in self.lists.common:
            return False
        if self._place_name.fullmatch(norm, start, end):
            return False
        if all(char in self.lists.translit for char in norm[start:end]):
            return True
        surname = self.parser.is_surname_at(norm, start)
        return bool(surname) and not any(
            char in _NEVER_GIVEN or not _HAN.match(char) for char in norm[start + surname : end]
        )

    # -- people -----------------------------------------------------------------------

    def _known_names(self, norm: str, names: Iterable[str]) -> Iterator[_Candidate]:
        table = normalization_table(self.lexicon)
        for name in {n.translate(table) for n in names if isinstance(n, str) and n.strip()}:
            start = norm.find(name)
            while start != -1:
                yield _Candidate(start, start + len(name), "PERSON")
                start = norm.find(name, start + len(name))

    def _titled_people(self, norm: str) -> Iterator[_Candidate]:
        for mention in self.parser.find_titled_names(norm):
            name = mention.name
            if name is None:
                continue
            if "·" in norm[name.start : name.end]:
                yield _Candidate(name.start, self._trim_foreign(norm, name.start, name.end), "PERSON")

    def _trim_foreign(self, norm: str, start: int, end: int) -> int:
        """柯林·钱德勒|在…: a foreign name ends where its syllables end."""
        dot = norm.rfind("·", start, end)
        if dot == -1:
            return end
        stop = dot + 1
        while stop < min(end, dot + 7) and _HAN.match(norm[stop]):
            if norm[stop] not in self.lists.translit and norm[stop] in _NOT_IN_NAME_AHEAD:
                break
            if stop > dot + 1 and self.parser.cue_start.match(norm, stop):
                break  # 钱德勒|宣布
            stop += 1
        return stop if stop > dot + 1 else dot

    def _plausible_given(self, norm: str, start: int, end: int) -> bool:
        if "·" in norm[start:end]:
            return True
        surname = self.parser.is_surname_at(norm, start)
        return all(char in self.lists.given for char in norm[start + surname : end])

    def _people(self, norm: str) -> Iterator[_Candidate]:
        """Surname + one or two given-name characters, where the text marks a name."""
        for start in range(len(norm)):
            surname = self.parser.is_surname_at(norm, start)
            if not surname:
                continue
            if self._surname_alone(norm, start, surname):
                yield _Candidate(start, start + surname, "PERSON")
                continue
            scored = [
                (self._name_score(norm, start, surname, start + surname + given), given)
                for given in (2, 1)
                if start + surname + given <= len(norm)
            ]
            if scored:
                score, given = max(scored)
                if score >= _ACCEPT:
                    yield _Candidate(start, start + surname + given, "PERSON")

    def _surname_alone(self, norm: str, start: int, surname: int) -> bool:
        """老张, 小李, 王先生, 胡老, 江主席: a surname that stands for a name."""
        end = start + surname
        if end >= len(norm):
            return False
        if (
            start > 0
            and norm[start - 1] in "老小"
            and (
                norm[start : start + surname] not in self.lists.ambiguous_surnames
                or norm[start - 1 : end] not in self.lists.common
            )
            and (start < 2 or norm[start - 2 : start] not in self.lists.common)
        ):
            return not _HAN.match(norm[end]) or norm[end] in _NOT_IN_NAME_AHEAD
        honorific = self._honorific.match(norm, end)
        if honorific is None or self._crossed_at_start(norm, start, end):
            return False
        if norm[start:end] in self.lists.ambiguous_surnames and not self._start_marked(norm, start):
            return False  # 第一|任|行政长官, 便|向|总统: a word, not a surname
        return not self._crossed_at_end(norm, end, honorific.end())

    def _name_score(self, norm: str, start: int, surname: int, end: int) -> float:
        """How strongly the text reads norm[start:end] as surname + given name.

        Given-name characters, the marks on both ends (a title before, punctuation,
        a verb or a form of address after) and the surname's own ambiguity add up;
        a common word across either end, or a name that is itself a common word,
        rules the reading out.
        """
        given = norm[start + surname : end]
        if any(char in _NEVER_GIVEN or not _HAN.match(char) for char in given):
            return -9
        if self._honorific.match(norm, start + surname):
            return -9  # 王|先生, 江|主席: the surname stands alone
        candidate = norm[start:end]
        titled = self._after_title(norm, start)
        if self._title_goes_on(norm, start, surname):
            return -9  # 部长|官李…: the surname character ends a title
        if candidate in self.lists.not_names or (
            candidate[:2] in self.lists.not_names
            and not titled
            and not (len(given) == 2 and self._title_after(norm, end))
        ):
            return -9
        if not self.parser.plausible_name(norm, start, end) or norm[end - 1] in self._unit_ends:
            return -9  # 路透社, 罗庄镇: an organization or a place
        if self._crossed_at_end(norm, start, end):
            return -9
        common = self.lists.common
        score = 0.0
        if not titled and self._crossed_at_start(norm, start, end):
            score += _CROSSED
        if candidate in common or candidate[:2] in common:
            score += _WORD
        if len(given) == 2 and given in common:
            score += _GIVEN_WORD
        if len(given) == 1:
            score += _SHORT
        score += sum(map(self._given_weight, given))
        if len(given) == 1:
            score -= _WORDY * max(0.0, self.lists.word_ends.get(given, 0.0) - _WORDY_FREE)
        if self._inside_foreign_word(norm, start, surname, end):
            return -9
        score += _TITLED if titled else self._start_mark(norm, start)
        score += _TITLED if self._title_after(norm, end) else self._end_mark(norm, end)
        if norm[start : start + surname] in self.lists.ambiguous_surnames:
            score += _AMBIGUOUS
        return score

    def _given_weight(self, char: str) -> float:
        if char in self.lists.given_common:
            return _COMMON_GIVEN
        if char in self.lists.given:
            return _USUAL
        return _UNUSUAL if char in self.lists.not_given else 0.0

    def _inside_foreign_word(self, norm: str, start: int, surname: int, end: int) -> bool:
        """塞|浦路斯, 纳斯达|克, 卡尔·|刘易斯: the would-be name is part of a run of
        transliteration syllables that are not usual in Chinese given names."""
        if start > 0 and norm[start - 1] == "·":
            return True
        translit = self.lists.translit
        foreign = translit - self.lists.given_common
        if not all(char in foreign for char in norm[start + surname : end]):
            return False
        before = start > 0 and norm[start - 1] in translit and not self._start_marked(norm, start)
        after = end < len(norm) and norm[end] in translit and not self._end_marked(norm, end)
        return before or after

    # -- common words around a name ----------------------------------------------------

    def _rank(self, word: str) -> Optional[int]:
        return self.lists.common.get(word)

    def _best_word(self, norm: str, lo: int, hi: int, *, starts: bool) -> Optional[int]:
        """The most frequent common word starting (or ending) at ``lo`` (``hi``)."""
        best = None
        for length in (2, 3, 4):
            word = norm[lo : lo + length] if starts else norm[max(0, hi - length) : hi]
            rank = self.lists.common.get(word) if len(word) == length else None
            if rank is not None and (best is None or rank < best):
                best = rank
        return best

    def _crossed_at_end(self, norm: str, start: int, end: int) -> bool:
        """A common word runs from inside the name across its end (王进|行 of 进行),
        and reads better than the word after the end."""
        crossing = None
        for position in range(start + 1, end):
            for length in (2, 3, 4):
                if position + length <= end:
                    continue
                rank = self._rank(norm[position : position + length])
                if rank is not None and (crossing is None or rank < crossing):
                    crossing = rank
        if crossing is None:
            return False
        if end < len(norm) and norm[end] in _NEVER_GIVEN and crossing >= _CROSSING_RANK:
            return False
        after = self._best_word(norm, end, end, starts=True)
        return after is None or crossing < after

    def _crossed_at_start(self, norm: str, start: int, end: int) -> bool:
        """A common word runs from before the span into it (经|历 of 经历), and no
        more frequent word ends where the span starts (作为|主帅 against 为主)."""
        common = self.lists.common
        for position in range(start + 1, end + 1):
            for length in (2, 3, 4):
                begin = position - length
                if begin >= start or begin < 0:
                    continue
                rank = common.get(norm[begin:position])
                if rank is not None and not self._word_ends_at(norm, begin, start, rank):
                    return True
        return False

    def _word_ends_at(self, norm: str, begin: int, end: int, rank: int) -> bool:
        """A word more frequent than ``rank`` ends at ``end`` and covers ``begin``."""
        common = self.lists.common
        for length in (2, 3, 4):
            if end - length <= begin and end - length >= 0:
                other = common.get(norm[end - length : end])
                if other is not None and other < rank:
                    return True
        return False

    def _after_title(self, norm: str, start: int) -> bool:
        """A title or an occupation ends right before ``start`` (教授|, 中锋|)."""
        return self._title_end.search(norm, max(0, start - 12), start) is not None

    def _end_marked(self, norm: str, end: int) -> bool:
        if end >= len(norm):
            return True
        char = norm[end]
        if not _HAN.match(char) or char in _NOT_IN_NAME_AHEAD:
            return True
        if self.parser.title_start.match(norm, end) or self._honorific.match(norm, end):
            return True
        return False

    def _title_goes_on(self, norm: str, start: int, surname: int) -> bool:
        title = self.parser.title_end.search(norm, max(0, start - 12), start + surname)
        return title is not None and title.start() < start

    def _start_mark(self, norm: str, start: int) -> float:
        """How clearly the text marks a name starting here: punctuation, or a word
        that stands before names (和, 向, 会见)."""
        if start == 0 or not _HAN.match(norm[start - 1]):
            return _STRONG_MARK
        return _MARKED if norm[start - 1] in _BEFORE_NAME else 0.0

    def _end_mark(self, norm: str, end: int) -> float:
        """How clearly the text marks a name ending here: punctuation, a cue, a form
        of address or a title; a function word or verb."""
        if self._end_strong(norm, end):
            return _STRONG_MARK
        return _MARKED if norm[end] in _NOT_IN_NAME_AHEAD else 0.0

    def _title_after(self, norm: str, end: int) -> bool:
        """A title or a form of address follows (…|教授, …|同志, …|先生)."""
        return end < len(norm) and (
            self.parser.title_start.match(norm, end) is not None
            or self._honorific.match(norm, end) is not None
        )

    def _end_strong(self, norm: str, end: int) -> bool:
        """Punctuation, a cue, a form of address or a title follows (…|说, …|总统)."""
        return (
            end >= len(norm)
            or not _HAN.match(norm[end])
            or self.parser.cue_start.match(norm, end) is not None
            or self.parser.title_start.match(norm, end) is not None
            or self._honorific.match(norm, end) is not None
        )

    def _start_marked(self, norm: str, start: int) -> bool:
        if start == 0:
            return True
        char = norm[start - 1]
        return not _HAN.match(char) or char in _BEFORE_NAME

    def _transliterations(self, norm: str) -> Iterator[_Candidate]:
        """Runs of transliteration syllables: three or more, or joined by "·"."""
        translit = self.lists.translit
        position = 0
        while position < len(norm):
            if norm[position] not in translit:
                position += 1
                continue
            end = position
            while end < len(norm) and (
                norm[end] in translit or (norm[end] == "·" and end + 1 < len(norm))
            ):
                end += 1
            while end > position and norm[end - 1] == "·":
                end -= 1
            for start, stop in self._foreign_words(norm, position, end):
                candidate = self._foreign_candidate(norm, start, stop)
                if candidate is not None:
                    yield candidate
            position = max(end, position + 1)

    def _japanese_people(self, norm: str) -> Iterator[_Candidate]:
        """田中一郎, 桥本首相: a Japanese family name and a given name of one to
        three characters, or the family name alone before a title or form of address,
        where the text marks the name's end."""
        for match in self._japanese.finditer(norm):
            start, family = match.start(), match.end()
            if not (self._start_marked(norm, start) or self._after_title(norm, start)):
                continue
            if self._title_after(norm, family):
                yield _Candidate(start, family, "PERSON")
                continue
            for given in (2, 1, 3):
                end = family + given
                if end > len(norm) or not all(_HAN.match(c) for c in norm[family:end]):
                    continue
                if any(c in _NEVER_GIVEN for c in norm[family:end]):
                    continue
                if self._end_strong(norm, end) and not self._crossed_at_end(norm, start, end):
                    yield _Candidate(start, end, "PERSON")
                    break

    def _foreign_words(self, norm: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The stretches of a run of syllables between the common words it holds
        (克林顿|利用, 苏格兰|比赛) or the known places (伊朗|伊斯兰), and after a title
        that ends inside it (总理|内塔…)."""
        common = self.lists.common
        piece = start
        position = start
        while position < end:
            if position > piece and self._after_title(norm, position):
                piece = position
            word = 0
            for length in (4, 3, 2):
                rank = common.get(norm[position : position + length])
                if rank is not None and rank < _FOREIGN_WORD_RANK:
                    word = length
                    break
            place = self._place_name.match(norm, position, end)
            if place is not None and place.end() - position > word:
                word = place.end() - position  # 伊朗|伊斯兰, 莫斯科|多云
            if word:
                yield piece, position
                position += word
                piece = position
                continue
            position += 1
        yield piece, end

    def _foreign_candidate(self, norm: str, start: int, end: int) -> Optional[_Candidate]:
        while end - start > 3 and (
            norm[end - 1] in _NOT_IN_NAME_AHEAD or self._crossed_at_end(norm, start, end)
        ):
            end -= 1  # 阿拉法特|于, 约翰松|得意: the name ends before a word begins
        run = norm[start:end]
        if len(run) < 3 and "·" not in run:
            return None
        if self._place_name.fullmatch(run) or run in self.lists.common:
            return None
        if end < len(norm) and (
            self._place_suffix.match(norm, end) or self._loc_suffix.match(norm, end)
        ):
            return None  # 拉贾斯坦|邦, 佛罗里达|州: a place
        before = norm[max(0, start - 2) : start]
        if before and (before in self._place_leads or before[-1:] in self._place_leads):
            return _Candidate(start, end, "GPE")
        if norm.startswith("政府", end):
            return _Candidate(start, end + 2, "ORG")  # 瓦杰帕伊政府: a government
        if (
            self._after_title(norm, start)
            or "·" in run
            or self._title_after(norm, end)
            or self.parser.cue_start.match(norm, end) is not None
            or (self._start_marked(norm, start) and self._end_marked(norm, end))
            or (len(run) >= _FOREIGN_LONG and self._start_marked(norm, start))
        ):
            return _Candidate(start, end, "PERSON")
        return None

    # -- titles -----------------------------------------------------------------------

    def _titles(self, norm: str) -> Iterator[_Candidate]:
        """Titles; two written together are one (博士生导师, 教授级高级工程师)."""
        previous: Optional[_Candidate] = None
        for title in self._title_words(norm):
            if previous is not None and previous.end == title.start:
                previous = _Candidate(previous.start, title.end, "TITLE")
                continue
            if previous is not None:
                yield previous
            previous = title
        if previous is not None:
            yield previous

    def _title_words(self, norm: str) -> Iterator[_Candidate]:
        for match in self._title.finditer(norm):
            start, end = match.span()
            word = match.group()
            if end < len(norm) and norm[end] in _WORD_GOES_ON:
                continue  # 董事|会, 司令|部, 代表|性: part of a longer word
            if self._verb_before(norm, start):
                continue  # 所代表的, 被领导: a verb, not a title
            if self._title_cut(norm, start, end):
                continue  # 登|记者, 首|部长|篇: the word belongs to another
            if self._in_book_title(norm, start):
                continue  # 《汽车驾驶员》: the name of a work
            if word in self._roles or word in _VERB_TITLES or word.endswith("人士"):
                if not self._name_follows(norm, end):
                    continue
            yield _Candidate(start, end, "TITLE")

    def _title_cut(self, norm: str, start: int, end: int) -> bool:
        """A common word runs across the title's start or end, where no
        organization ends before it (规划处|处长) and no name follows (所长|史…)."""
        if start > 0 and norm[start - 1] not in _ORG_ENDS:
            if self._crossed_at_start(norm, start, end):
                return True
        return not self._name_follows(norm, end) and self._crossed_at_end(norm, start, end)

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
        return not _NAME_CHAR.match(before) or before in _NOT_IN_PLACE or before in "他她它我你"

    def _name_follows(self, norm: str, position: int) -> bool:
        surname = self.parser.is_surname_at(norm, position)
        return (
            bool(surname)
            and position + surname < len(norm)
            and bool(_HAN.match(norm[position + surname]))
        )

    # -- places -----------------------------------------------------------------------

    def _places(self, norm: str) -> Iterator[_Candidate]:
        for match in self._place_name.finditer(norm):
            yield _Candidate(match.start(), match.end(), "GPE", known=True)
        for pattern, label in ((self._place_suffix, "GPE"), (self._loc_suffix, "LOC")):
            for match in pattern.finditer(norm):
                start = self._place_start(norm, match.start(), shortest=1 if label == "LOC" else 2)
                if start is None or norm[start : match.end()] in self.lists.place_stops:
                    continue
                if self._crossed_at_start(norm, match.start(), match.end()):
                    continue  # 回|乡, 残疾|人|江: the suffix ends a common word
                yield _Candidate(start, match.end(), label)

    def _short_places(self, norm: str) -> Iterator[_Candidate]:
        """中美|关系, 巴以|冲突: short names written side by side before a word of
        relations are places, one character each."""
        for match in self._short_names.finditer(norm):
            start, end = match.span()
            if self._place_name.match(norm, start) or norm[start:end] in self.lists.common:
                continue
            if start > 0 and norm[start - 1 : start + 1] in self.lists.common:
                continue  # 在|中美 is fine, but 集|中 is a word
            for position in range(start, end):
                yield _Candidate(position, position + 1, "GPE", known=True)

    def _place_start(self, norm: str, suffix_start: int, shortest: int) -> Optional[int]:
        """Where the name before a place suffix starts: two characters, or one
        (黄|河, 泰|山) where the character before it cannot stand in a name."""
        length = 0
        while length < 2 and suffix_start - length > 0:
            char = norm[suffix_start - length - 1]
            if not _HAN.match(char) or char in _NOT_IN_PLACE:
                break
            length += 1
        if length == 2 or (length == 1 and length >= shortest):
            return suffix_start - length
        return None

    # -- organizations ------------------------------------------------------------------

    def _organizations(self, norm: str) -> Iterator[_Candidate]:
        """A name, then an organization suffix: 遂昌县水利局, 华宇电子公司, 辽宁队.

        A suffix that is also an everyday word (会, 部, 行, 科技) makes an
        organization only after a place (辽宁队, 浙江日报社).
        """
        for match in self._org_suffix.finditer(norm):
            start, placed = self._org_start(norm, match.start())
            if match.start() - start < 2:
                continue
            if self._word_goes_on(norm, match.start(), match.end()):
                continue  # 亲切|会见: the suffix begins a common word
            suffix = match.group()
            strong = len(suffix) > 1 and suffix[-1] in _ORG_ENDS
            if strong or placed:
                yield _Candidate(start, match.end(), "ORG")
        for match in self._org_word.finditer(norm):
            yield _Candidate(match.start(), match.end(), "ORG")

    def _word_goes_on(self, norm: str, start: int, end: int) -> bool:
        """A common word starts at ``start`` and runs past ``end`` (会|见, 部|分)."""
        return any(
            norm[start : start + length] in self.lists.common
            for length in (2, 3, 4)
            if start + length > end and start + length <= len(norm)
        )

    def _org_start(self, norm: str, suffix_start: int) -> tuple[int, bool]:
        """Where the name before an organization suffix starts, and whether a place
        opens it. Reading leftwards, the name stops at punctuation and function
        words; where it holds a place, it starts at the place (记者前往|青山区房产管理局).
        """
        start = suffix_start
        while (
            start > 0
            and suffix_start - start < _ORG_NAME
            and _NAME_CHAR.match(norm[start - 1])
            and norm[start - 1] not in _NOT_IN_PLACE
        ):
            start -= 1
        known = self._place_name.search(norm, start, suffix_start)
        if known is not None and (known.start() == start or suffix_start - start > 4):
            return known.start(), True
        place = self._place_suffix.search(norm, start + 2, suffix_start)
        if place is not None and (place.start() - 2 == start or suffix_start - start > 4):
            return max(start, place.start() - 2), True
        return start, False


def _list_items(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list joined by 、 whose both ends the text marks: the first
    only after punctuation, the last only before punctuation or 等."""
    items = []
    position = start
    for part in norm[start:end].split("、"):
        items.append((position, position + len(part)))
        position += len(part) + 1
    if start > 0 and _HAN.match(norm[start - 1]):
        items = items[1:]
    if end < len(norm) and _HAN.match(norm[end]) and norm[end] != "等":
        items = items[:-1]
    return items


def _overlap(one: _Candidate, other: _Candidate) -> bool:
    return one.start < other.end and other.start < one.end


def _drop_crossing(candidates: list[_Candidate]) -> list[_Candidate]:
    """Readings that cut a stronger one: a known place that starts inside a title (团长|沙),
    a person over a known place (伊朗|外长), a person or organization that ends
    inside a title (外交|部长, 教|练老雷)."""
    titles = [c for c in candidates if c.label == "TITLE"]
    candidates = [
        c
        for c in candidates
        if not c.known or not any(t.start < c.start < t.end < c.end for t in titles)
    ]  # 团长|沙…: a known place does not start inside a title
    places = [c for c in candidates if c.label == "GPE" and c.known]
    kept = []
    for candidate in candidates:
        if (
            candidate.label == "PERSON"
            and not candidate.known
            and any(_overlap(candidate, p) for p in places)
        ):
            continue
        if candidate.label in ("PERSON", "ORG") and any(
            t.start < candidate.end < t.end or t.start < candidate.start < t.end for t in titles
        ):
            continue
        kept.append(candidate)
    return kept


def _choose(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then by label rank; no two chosen spans overlap."""
    taken: list[_Candidate] = []
    used = set()
    for candidate in sorted(set(candidates), key=lambda c: (-c.length, -_RANK[c.label], c.start)):
        span = range(candidate.start, candidate.end)
        if any(position in used for position in span):
            continue
        used.update(span)
        taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


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
