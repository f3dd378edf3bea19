"""People in a text, named or not as speakers: the PERSON readings of the entity rules.

A name is read on characters where the text marks it, never from a list of people:

- a surname and one or two given-name characters (林晓峰, 韩冰), weighed by the
  evidence: given-name characters, the marks on both ends (a title or punctuation
  before; a title, a form of address, a cue or a function word after) and the
  surname's ambiguity (高, 向, 于 are common words too). A common word that runs
  across either end (经|历, 王进|行) or a name that is itself a common word
  (高度, 文章) rules the reading out;
- a surname alone before a form of address or a title (王先生, 张主席, 陈老), or
  after 老 / 小 (老张);
- a run of transliteration syllables (马洛维奇, 约翰·史密斯), cut at the
  common words and known places it holds;
- a Japanese family name and a given name (田中一郎);
- the other items of a list of people (张三、李四、王五).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from typing import Optional

import regex

from .chains import _NOT_IN_NAME_AHEAD
from .entity_lists import (
    FUNCTION_CHARS,
    Candidate,
    CharClass,
    EntityLists,
    PlacePatterns,
    first_chars,
)
from .lexicon import Lexicon, suffix_pattern, trie_pattern
from .mentions import _SYLLABLE_VERBS, MentionParser
from .script import HAN

# A Han character.
_HAN = re.compile(f"[{HAN}]")
# Whether a character is Han, looked up rather than matched.
_IS_HAN = CharClass(_HAN)
# Function characters that never stand in a given name.
_NEVER_GIVEN = FUNCTION_CHARS
# Whether a character may stand in a given name: a Han character, no function word.
_IS_GIVEN = CharClass(re.compile(f"(?![{''.join(sorted(_NEVER_GIVEN))}])[{HAN}]"))
# Numerals: a surname character after one is a measure word (3|张, 七|盘, 20|万).
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万两几")
# Characters that stand right before a name and are not part of it.
_BEFORE_NAME = frozenset("和与同及跟对向给让请被由据把将的在是为、叫找陪见称问")
# Weights of the evidence for a surname + given name reading (see _score):
# a title next to the name; another mark; an ambiguous surname; a given name that
# is a common word.
_TITLED, _MARKED, _AMBIGUOUS, _GIVEN_WORD = 3.0, 1.0, -1.0, -1.0
# A cue after a name (…|说, …|表示) marks its end more clearly than a function word.
_CUED = 1.5
# The evidence a reading needs; a reading ruled out scores _REJECT.
_ACCEPT, _REJECT = 2.0, -9.0
# Room for rounding when a bound of the evidence is compared with _ACCEPT.
_ROUNDING = 1e-9
# A one-character given name that ends many common words (光 of 灯光) counts against
# the name, beyond the first few such words.
_WORDY, _WORDY_FREE = 0.25, 2.0
# A word this frequent made of 老 / 小 and a surname is a word, not a name (小麦; but
# 小张, 老张).
_PREFIXED_WORD_RANK = 5000
# The rest of a list whose items are places or firms: more items, then 等 and a
# noun for them (、图尔等城市, 及贾拉瓦等城镇, 等名牌公司).
# (Items hold no joining character, so each is read in one way: no backtracking.)
_THINGS_LISTED = regex.compile(
    r"(?:[、及和与](?:(?![及和与等])[\p{Han}·]){1,8}+){0,6}+等\p{Han}{0,2}?"
    r"(?:城镇|城市|地区|地方|国家|省份|公司|企业|集团|品牌|厂家|厂商|银行)"
)
# Characters that begin a predicate right after a name, as a preposition (以, 为), a
# numeral (两), a verb of results (胜, 负) or an adverb (又), and seldom end a given
# name: a shorter reading that ends before one wins (孙俊|以, 洪森|两首相).
_PREDICATE_STARTS = frozenset("以为两胜负又")
# Of these, the prepositions and the numeral, which no title or cue follows in a name.
_ALWAYS_PREDICATE = frozenset("以为两")
# What 男 and 女 make a team or an event of (男队, 女排, 女子, 男单).
_TEAMS_BY_SEX = frozenset("队排篮足子单双")
# Surnames that are prepositions too, and introduce a person after a word (…|向|李明).
_PREPOSITIONS = frozenset("向")
# A given name this frequent a word, after a surname that is a word too, makes no
# name (曾|高兴).
_SURNAME_WORD_RANK = 3000
# Common words this frequent end a run of transliteration syllables (马洛维奇|利用).
_FOREIGN_WORD_RANK = 3000
# Nouns that a transliterated place, faith or body qualifies, and a person's name
# rarely does (克什米尔|问题, 伊斯兰|革命, 科索沃|地区).
_ATTRIBUTE_NOUNS = (
    "问题",
    "地区",
    "组织",
    "会议",
    "世界",
    "革命",
    "共和国",
    "公司",
    "集团",
    "计划",
    "难民",
    "独立",
    "地位",
    "局势",
    "冲突",
    "战争",
    "危机",
    "境内",
    "境外",
    "边境",
    "当局",
    "运动",
    "武装",
    "国家",
    "议会",
)
# A run of syllables this long needs only its start marked to be a name.
_FOREIGN_LONG = 5
# Words that put a place after them (在|内布拉斯加, 抵达|维罗纳).
_PLACE_LEADS = frozenset("在 到 赴 抵 往 至 经 抵达 访问 前往 来自 飞往 返回 途经".split())
# The longest item of a list of people.
_ITEM = 8
# A list of short items joined by 、 (张三、李四、王五), bounded.
_LIST = re.compile(f"[{HAN}·]{{1,{_ITEM}}}(?:、[{HAN}·]{{1,{_ITEM}}}){{1,30}}")


class PeopleReader:
    """Reads the PERSON candidates of texts with one lexicon. Build once, reuse."""

    def __init__(
        self,
        lexicon: Lexicon,
        parser: MentionParser,
        lists: EntityLists,
        places: PlacePatterns,
        *,
        heads: frozenset[str],
    ) -> None:
        self.lexicon = lexicon
        self.parser = parser
        self.lists = lists
        self.words = lists.words
        self.places = places
        roles = lexicon.person_roles | lexicon.collectives
        honorifics = lexicon.honorifics | {"同志", "氏", "老"} | (parser.heads - roles)
        # A form of address or a title after a surname (先生, 同志, 主席, 老).
        self._honorific = re.compile(trie_pattern(honorifics))
        # The characters that may begin a form of address, a title or a cue, and end
        # a title: most positions fail these lookups, and need no match.
        self._honorific_firsts = _firsts(honorifics)
        self._title_firsts = _firsts(parser.lexicon.title_modifiers | parser.heads | honorifics)
        self._cue_firsts = _firsts(parser.lexicon.cues)
        self._head_lasts = frozenset(head[-1] for head in heads)
        # How a title, a form of address or a cue may begin (its first two characters,
        # or one that is a word alone), and how a title may end: ``_hopeless`` reads
        # these instead of the patterns.
        self._title_openings = _openings(parser.lexicon.title_modifiers, parser.heads | honorifics)
        self._cue_openings = _openings(frozenset(), frozenset(parser.lexicon.cues))
        self._title_closings = frozenset(head[-2:] for head in heads)
        # The weight of a given-name character, from its odds of standing in a name
        # rather than in prose (霞 high, 更 low); a character without figures weighs
        # as a rare one.
        self._given_weights = {char: _given_weight(odds) for char, odds in lists.given_odds.items()}
        # The weight of a one-character surname, from its odds likewise (王 and 陈
        # high, 时 and 全 low).
        self._surname_weights = {
            char: _surname_weight(odds) for char, odds in lists.surname_odds.items()
        }
        # A title or an occupation ending at the search end (read backwards).
        self._title_end = regex.compile(
            "(?r)(?:"
            + suffix_pattern(lexicon.title_modifiers)
            + ")*(?:"
            + suffix_pattern(heads)
            + r")\Z"
        )
        # An office (not an occupation or an everyday role) ending at the search end:
        # a foreign name of two syllables is read only after one (国防部长|科恩).
        offices = lexicon.titles | set(lexicon.title_synonyms)
        self._office_end = regex.compile(
            "(?r)(?:"
            + suffix_pattern(lexicon.title_modifiers)
            + ")*(?:"
            + suffix_pattern(offices)
            + r")\Z"
        )
        self._office_lasts = frozenset(office[-1] for office in offices)
        # A Japanese family name (田中, 佐佐木).
        self._japanese = re.compile(trie_pattern(lists.japanese_surnames))
        # Last characters of place and organization names (镇, 村, 局, 社).
        units = lists.place_suffixes | lexicon.org_suffixes
        self._unit_ends = {w for w in units if len(w) == 1} - lists.given_common
        # Transliteration syllables that are not usual in Chinese given names.
        self._foreign = lists.translit - lists.given_common
        # A run of two or more transliteration syllables, which the name dot may join.
        syllables = "".join(sorted(lists.translit - {"·"}))
        self._syllable_run = re.compile("[" + syllables + "][" + syllables + "·]+")
        # Every position where a surname starts, found in one scan; the group holds
        # the surname, compound first (欧阳 before 欧), as ``is_surname_at`` reads it.
        # (A lookahead of first characters turns nine positions in ten away.)
        self._surname_at = re.compile(
            first_chars(parser.surnames | parser.compound_surnames)
            + "(?=((?:"
            + trie_pattern(parser.compound_surnames)
            + ")|["
            + "".join(sorted(parser.surnames))
            + "]))"
        )

    def candidates(self, norm: str) -> Iterator[Candidate]:
        yield from self._dotted_after_title(norm)
        yield from self._people(norm)
        yield from self._transliterations(norm)
        yield from self._japanese_people(norm)
        yield from self._japanese_after_title(norm)

    def _japanese_after_title(self, norm: str) -> Iterator[Candidate]:
        """日本外相|上川阳子, 防卫相|中谷元: a name after a title whose chain names
        Japan, read as the speaker rules read it (``ChainReader.japanese_name_end``)."""
        position = norm.find("日本")
        while position != -1:
            for title in self.parser.title_start.finditer(norm, position + 2, position + 24):
                end = self.parser.japanese_name_end(norm, title.end(), japan=True)
                if end is not None:
                    yield Candidate(title.end(), end, "PERSON")
            position = norm.find("日本", position + 2)

    def known(self, norm: str, names: Iterable[str], table: dict[int, str]) -> Iterator[Candidate]:
        """Every occurrence of names known to be people's (a trained NER's)."""
        for name in {n.translate(table) for n in names if isinstance(n, str) and n.strip()}:
            start = norm.find(name)
            while start != -1:
                yield Candidate(start, start + len(name), "PERSON")
                start = norm.find(name, start + len(name))

    def listed(self, norm: str, chosen: list[Candidate]) -> Iterator[Candidate]:
        """The other items of a list of people (张三、李四、王五): where two items are
        read as names, an item of two to four characters that starts with a surname,
        or is all transliteration, is a name too."""
        people = {(c.start, c.end) for c in chosen if c.label == "PERSON"}
        ends = {end: start for start, end in people}
        starts = {start: end for start, end in people}
        for match in _lists(norm):
            items = _list_items(norm, match.start(), match.end())
            if items and items[0][1] in ends:
                items[0] = (max(items[0][0], ends[items[0][1]]), items[0][1])
            if items and items[-1][0] in starts:
                items[-1] = (items[-1][0], min(items[-1][1], starts[items[-1][0]]))
            named = [item in people for item in items]
            if sum(named) < 2:
                continue
            for (start, end), known in zip(items, named):
                if not known and self._list_name(norm, start, end):
                    yield Candidate(start, end, "PERSON")

    # -- surname and given name -----------------------------------------------------

    def _people(self, norm: str) -> Iterator[Candidate]:
        for match in self._surname_at.finditer(norm):
            start = match.start()
            surname = len(match.group(1))
            if self._hopeless(norm, start, surname):
                continue  # most positions: no reading here could be accepted
            if self._surname_alone(norm, start, surname):
                yield Candidate(start, start + surname, "PERSON")
                continue
            if self._surname_ruled_out(norm, start, surname):
                continue
            titled = self._after_title(norm, start)
            opening = _TITLED if titled else self._start_mark(norm, start)
            chosen = None  # the score and end of the best reading accepted
            for given in (2, 1):  # the longer reading wins a tie
                end = start + surname + given
                if end > len(norm):
                    continue
                score = self._score(norm, start, surname, end, titled, opening)
                if score < _ACCEPT:
                    continue
                if chosen is None or score > chosen[0] or self._predicate_taken(norm, end):
                    chosen = (score, end)
            if chosen is not None:
                end = chosen[1]
                if (
                    self._quoted_before_noun(norm, start, end)
                    or self._things_listed(norm, end)
                    or (
                        self._all_syllables(norm, start, end)
                        and self._foreign_thing(norm, start, end)
                    )
                ):
                    continue  # “田园”酒, 伊斯兰|会议, 罗波亚|区: a product, a body, a place
                # A given name that is a known place (李|长春, 朱|英国) holds against
                # the place where a title or a cue marks the name.
                held = (
                    titled
                    or self._end_strong(norm, end)
                    or (self._start_marked(norm, start) and self._end_marked(norm, end))
                ) and self._place_given(norm, start + surname, end)
                yield Candidate(start, end, "PERSON", known=held)

    def _hopeless(self, norm: str, start: int, surname: int) -> bool:
        """A cheap test that nothing is read at ``start``: the surname cannot stand
        alone (no 老 or 小 before it, no form of address after it), and no reading
        with a given name could gather the evidence it needs, even without its
        penalties and with every mark at its best (see ``_evidence``)."""
        given = start + surname
        length = len(norm)
        if given >= length:
            return True
        if (start > 0 and norm[start - 1] in "老小") or norm[given] in self._honorific_firsts:
            return False
        bound = self._start_bound(norm, start) + self._surname_weights.get(norm[start:given], 0.0)
        weights = self._given_weights
        bound += weights.get(norm[given], _RARE_GIVEN)
        best = bound + self._end_bound(norm, given + 1)
        if given + 1 < length:
            bound += weights.get(norm[given + 1], _RARE_GIVEN)
            best = max(best, bound + self._end_bound(norm, given + 2))
        return best < _ACCEPT - _ROUNDING

    def _start_bound(self, norm: str, start: int) -> float:
        """The most the opening of a reading at ``start`` can weigh: a title's where
        one may end there, else the mark of the character before."""
        closings = self._title_closings
        if start > 0 and (
            norm[start - 1] in closings or norm[max(0, start - 2) : start] in closings
        ):
            return _TITLED
        return self._start_mark(norm, start)

    def _end_bound(self, norm: str, end: int) -> float:
        """The most ``_end_evidence`` can give at ``end``: the evidence of a title or
        a cue where one may begin there, else a mark (what the character gives, at
        most)."""
        if end >= len(norm):
            return _MARKED
        char, pair = norm[end], norm[end : end + 2]
        if pair in self._title_openings or char in self._title_openings:
            return max(_MARKED, _TITLED)
        if pair in self._cue_openings or char in self._cue_openings:
            return max(_MARKED, _CUED)
        return _MARKED  # (whatever the character, it gives no more than a mark)

    def _place_given(self, norm: str, start: int, end: int) -> bool:
        """The given name norm[start:end] is a known place's name."""
        place = self.places.name.match(norm, start, end)
        return place is not None and place.end() == end

    def _surname_alone(self, norm: str, start: int, surname: int) -> bool:
        """老张, 小李, 王先生, 陈老, 张主席: a surname that stands for a name."""
        end = start + surname
        if end >= len(norm) or (start > 0 and norm[start - 1] in _NUMERALS):
            return False  # 11|师: a unit after a number
        ambiguous = norm[start:end] in self.lists.ambiguous_surnames
        if start > 0 and norm[start - 1] in "老小":
            word = self.words.rank(norm[start - 1 : end])
            if (word is None or (not ambiguous and word >= _PREFIXED_WORD_RANK)) and norm[
                max(0, start - 2) : start
            ] not in self.words:
                return not _IS_HAN[norm[end]] or norm[end] in _NOT_IN_NAME_AHEAD
        honorific = self._address_at(norm, end)
        if honorific is None or self.words.crossed_at_start(norm, start, end):
            return False
        if ambiguous and not self._start_marked(norm, start):
            return False  # 第二|任|校长, 他|向|总统: a word, not a surname
        if self.words.goes_on(norm, start, honorific.end() - 1):
            return False  # 古老: a word
        if self._ends_syllables(norm, start):
            return False  # 威|廉先生: the end of a foreign name
        return not self.words.crossed_at_end(norm, end, honorific.end())

    def _score(
        self, norm: str, start: int, surname: int, end: int, titled: bool, opening: float
    ) -> float:
        """How strongly the text reads norm[start:end] as surname + given name, once
        the surname's own tests have passed, as far as it decides whether the reading
        is accepted: a reading ruled out may keep a
        score below ``_ACCEPT``, as the costlier tests are made only where they
        decide. ``titled``: a title ends right before the name; ``opening``: the
        evidence of the name's start."""
        if self._not_name_chars(norm[start:end], surname):
            return _REJECT
        if self._surname_then_word(norm, start, surname, end):
            return _REJECT
        if norm[end - 1] in "男女" and self._sex_of_what_follows(norm, end - 1):
            return _REJECT
        if norm[start] in _PREPOSITIONS and self._preposition_before_name(norm, start, surname):
            return _REJECT
        score = self._evidence(norm, start, surname, end, opening, needed=_ACCEPT)
        if score < _ACCEPT:
            return score
        if self._read_otherwise(norm, start, surname, end, titled):
            return _REJECT
        if self._cut_by_words(norm, start, surname, end, titled):
            return _REJECT  # the costliest tests, only where they decide
        return score

    def _evidence(
        self,
        norm: str,
        start: int,
        surname: int,
        end: int,
        opening: float,
        *,
        needed: float = -math.inf,
    ) -> float:
        """The evidence for a reading; where no end could bring it to ``needed``,
        a lower score, without reading the end."""
        given = norm[start + surname : end]
        weights = self._given_weights
        score = sum(weights.get(char, _RARE_GIVEN) for char in given)
        if len(given) == 2 and given in self.words.ranks:
            score += _GIVEN_WORD
        if len(given) == 1:
            score -= _WORDY * max(0.0, self.words.ending.get(given, 0.0) - _WORDY_FREE)
        score += opening + self._surname_weights.get(norm[start : start + surname], 0.0)
        if score + _TITLED < needed:
            return score  # (the surname's ambiguity only lowers it)
        score += self._end_evidence(norm, end)
        if norm[start : start + surname] in self.lists.ambiguous_surnames:
            score += _AMBIGUOUS
        return score

    def _end_evidence(self, norm: str, end: int) -> float:
        """What the text after a reading says of its end (…|教授, …|说, …|的)."""
        if end >= len(norm):
            return _MARKED
        if self._title_after(norm, end):
            return _TITLED
        if self._cue_at(norm, end):
            return _CUED
        # Neither a title nor a cue: punctuation or a function word marks the end.
        char = norm[end]
        marked = not _IS_HAN[char] or char in _NOT_IN_NAME_AHEAD or char in _PREDICATE_STARTS
        return _MARKED if marked else 0.0

    def _surname_ruled_out(self, norm: str, start: int, surname: int) -> bool:
        """What rules out every reading with a given name, whatever its length."""
        if start > 0 and norm[start - 1] in _NUMERALS:
            return True  # 168|张, 七|盘: a measure word after a number
        given = start + surname
        if given >= len(norm) or not _IS_GIVEN[norm[given]]:
            return True  # 王|在, 李|。
        if norm[given] == "姓":
            return True  # 吴|姓主妇: the surname said as such, no name
        if self._address_at(norm, given):
            return True  # 王|先生: the surname stands alone
        return self._title_goes_on(norm, start, surname)  # 部长|官…: it ends a title

    def _not_name_chars(self, candidate: str, surname: int) -> bool:
        """A given-name character that stands in no name, a common word (高度, 文章)
        or the last character of a unit's name (李家|镇)."""
        return (
            not all(map(_IS_GIVEN.__getitem__, candidate[surname:]))
            or candidate in self.words.ranks
            or candidate in self.lists.not_names
            or candidate[-1] in self._unit_ends
        )

    def _surname_then_word(self, norm: str, start: int, surname: int, end: int) -> bool:
        """A surname that is a common word too (曾, 应, 高) before a two-character
        given name that is a frequent word (曾|高兴, 应|树立, 高|水平): an adverb or an
        adjective and a word, not a name."""
        if end - start - surname != 2 or norm[start : start + surname] not in (
            self.lists.ambiguous_surnames
        ):
            return False
        rank = self.words.rank(norm[start + surname : end])
        return rank is not None and rank < _SURNAME_WORD_RANK

    def _predicate_taken(self, norm: str, end: int) -> bool:
        """The reading one character longer than the one that ends at ``end`` took
        the first character of what the person did (孙俊|以17∶18, 王磊|胜俞斌,
        洪森|两首相, 鲍尔|为领队): a preposition or a numeral always, a verb or an
        adverb unless a title or a cue follows it (陈木胜|导演)."""
        char = norm[end : end + 1]
        if char not in _PREDICATE_STARTS:
            return False
        return char in _ALWAYS_PREDICATE or not (
            self._title_after(norm, end + 1) or self._cue_at(norm, end + 1)
        )

    def _sex_of_what_follows(self, norm: str, position: int) -> bool:
        """男 or 女 at ``position`` begins a title or a team (女|选手, 男|队, 女|单):
        it qualifies what follows and ends no given name."""
        return norm[position + 1 : position + 2] in _TEAMS_BY_SEX or self._title_after(
            norm, position
        )

    def _preposition_before_name(self, norm: str, start: int, surname: int) -> bool:
        """向 that, after a word, introduces a person (干部|向|孔繁森学习): a
        preposition, not a surname."""
        return (
            surname == 1
            and start + 1 < len(norm)
            and norm[start + 1] in self.parser.surnames
            and not self._start_marked(norm, start)
        )

    def _read_otherwise(self, norm: str, start: int, surname: int, end: int, titled: bool) -> bool:
        """The characters read better as something else: an organization or a place
        (路透社), or a word at the start of the name (许多|年)."""
        if not self.parser.plausible_name(norm, start, end):
            return True
        head = norm[start : min(end, start + 2)]
        if head in self.words.ranks or head in self.lists.not_names:
            # A word at the start of a three-character name (周一|鸣, 王国|华) gives
            # way to a title or form of address after it.
            addressed = end - start - surname == 2 and self._title_after(norm, end)
            if not addressed and (head in self.words.ranks or not titled):
                return True  # 许多|年
        return False

    def _cut_by_words(self, norm: str, start: int, surname: int, end: int, titled: bool) -> bool:
        """A common word or a foreign name runs across the reading's ends."""
        if self.words.crossed_at_end(norm, start, end):
            return True
        if not titled and self.words.crossed_at_start(norm, start, end):
            return True
        return self._inside_foreign_word(norm, start, surname, end)

    def _inside_foreign_word(self, norm: str, start: int, surname: int, end: int) -> bool:
        """巴|罗斯基, 卡尔·|罗斯: the would-be name is part of a run of
        transliteration syllables that are not usual in Chinese given names."""
        if start > 0 and norm[start - 1] == "·":
            return True
        if not all(char in self._foreign for char in norm[start + surname : end]):
            return False
        translit = self.lists.translit
        before = start > 0 and norm[start - 1] in translit and not self._start_marked(norm, start)
        after = end < len(norm) and norm[end] in translit and not self._end_marked(norm, end)
        return before or after

    # -- marks around a name -----------------------------------------------------------

    def _after_title(self, norm: str, start: int) -> bool:
        """A title or an occupation ends right before ``start`` (教授|, 中锋|)."""
        return (
            start > 0
            and norm[start - 1] in self._head_lasts
            and self._title_end.search(norm, max(0, start - 12), start) is not None
        )

    def _after_office(self, norm: str, start: int) -> bool:
        return (
            start > 0
            and norm[start - 1] in self._office_lasts
            and self._office_end.search(norm, max(0, start - 12), start) is not None
        )

    def _address_at(self, norm: str, position: int) -> Optional[re.Match]:
        """A form of address or a title at ``position``; a one-character form that is
        also a given-name character (叔, 伯) only where no name goes on after it
        (王叔|说, but 吕叔平)."""
        if position >= len(norm) or norm[position] not in self._honorific_firsts:
            return None
        match = self._honorific.match(norm, position)
        if match is None or match.end() - position > 1 or match.end() >= len(norm):
            return match
        if match.group() not in self.lists.given_common:
            return match  # 陈老|喜欢
        following = norm[match.end()]
        if _IS_HAN[following] and following not in _NOT_IN_NAME_AHEAD:
            return None
        return match

    def _title_after(self, norm: str, end: int) -> bool:
        """A title or a form of address follows (…|教授, …|同志, …|先生)."""
        return (
            end < len(norm)
            and norm[end] in self._title_firsts
            and (
                self.parser.title_start.match(norm, end) is not None
                or self._honorific.match(norm, end) is not None
            )
        )

    def _cue_at(self, norm: str, position: int) -> bool:
        """A cue starts at ``position`` (…|说, …|表示)."""
        return (
            position < len(norm)
            and norm[position] in self._cue_firsts
            and self.parser.cue_start.match(norm, position) is not None
        )

    def _ends_syllables(self, norm: str, start: int) -> bool:
        """A transliteration syllable, no word's end, stands right before ``start``
        (威|廉, but 祝贺|李)."""
        return (
            start > 0
            and norm[start - 1] in self.lists.translit
            and not self._start_marked(norm, start)
            and norm[max(0, start - 2) : start] not in self.words
        )

    def _title_goes_on(self, norm: str, start: int, surname: int) -> bool:
        """The surname ends a title begun before it (部长|官…)."""
        if norm[start + surname - 1] not in self.parser.head_ends:
            return False
        title = self.parser.title_end.search(norm, max(0, start - 12), start + surname)
        return title is not None and title.start() < start

    def _start_marked(self, norm: str, start: int) -> bool:
        """Punctuation or a word that stands before names (和, 向, 见) precedes."""
        return start == 0 or not _IS_HAN[norm[start - 1]] or norm[start - 1] in _BEFORE_NAME

    def _start_mark(self, norm: str, start: int) -> float:
        return _MARKED if self._start_marked(norm, start) else 0.0

    def _end_strong(self, norm: str, end: int) -> bool:
        """Punctuation, a cue, a form of address or a title follows (…|说, …|总统)."""
        return (
            end >= len(norm)
            or not _IS_HAN[norm[end]]
            or self._cue_at(norm, end)
            or self._title_after(norm, end)
        )

    def _end_marked(self, norm: str, end: int) -> bool:
        """The name ends before punctuation, a title, a form of address or a
        function word or verb (…|的, …|在)."""
        return self._end_strong(norm, end) or norm[end] in _NOT_IN_NAME_AHEAD

    # -- foreign names -------------------------------------------------------------

    def _dotted_after_title(self, norm: str) -> Iterator[Candidate]:
        """约翰·史密斯 after a title (美国总统|约翰·史密斯); of two readings of one
        name, the one whose title ends later (泰国|王储|玛哈·…, not 泰|国王|储玛哈·…)."""
        starts: dict[int, int] = {}  # name end -> latest name start
        for mention in self.parser.titled_names(norm):
            name = mention.name
            if name is not None and "·" in norm[name.start : name.end]:
                starts[name.end] = max(name.start, starts.get(name.end, name.start))
        for end, start in starts.items():
            yield Candidate(start, self._trim_dotted(norm, start, end), "PERSON")

    def _trim_dotted(self, norm: str, start: int, end: int) -> int:
        """约翰·史密斯|在…: a foreign name ends where its syllables end."""
        dot = norm.rfind("·", start, end)
        if dot == -1:
            return end
        stop = dot + 1
        while stop < min(end, dot + 7) and _IS_HAN[norm[stop]]:
            if norm[stop] not in self.lists.translit and norm[stop] in _NOT_IN_NAME_AHEAD:
                break
            if stop > dot + 1 and self._cue_at(norm, stop):
                break  # 史密斯|宣布
            stop += 1
        return stop if stop > dot + 1 else dot

    def _transliterations(self, norm: str) -> Iterator[Candidate]:
        """Runs of transliteration syllables: three or more, or joined by "·"."""
        for run in self._syllable_run.finditer(norm):
            position, end = run.start(), run.end()
            while norm[end - 1] == "·":
                end -= 1
            if end - position < 2 or (
                end - position == 2 and not self._after_office(norm, position)
            ):
                continue  # too short a name (see _foreign_candidate)
            for start, stop in self._foreign_words(norm, position, end):
                candidate = self._foreign_candidate(norm, start, stop)
                if candidate is not None:
                    yield candidate

    def _foreign_words(self, norm: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The stretches of a run of syllables between the common words it holds
        (马洛维奇|利用, 卡洛维|比赛) or the known places (意大利|维罗纳), and after a
        title that ends inside it (总理|马洛…)."""
        piece = position = start
        while position < end:
            if position > piece and self._after_title(norm, position):
                piece = position
            word = 0
            for length in (4, 3, 2):
                rank = self.words.ranks.get(norm[position : position + length])
                if rank is not None and rank < _FOREIGN_WORD_RANK:
                    word = length
                    break
            place = self.places.name.match(norm, position, end)
            if place is not None and place.end() - position > word:
                word = place.end() - position  # 意大利|维罗纳
            if word:
                yield piece, position
                position += word
                piece = position
                continue
            position += 1
        yield piece, end

    def _foreign_candidate(self, norm: str, start: int, end: int) -> Optional[Candidate]:
        while end - start > 3 and (
            norm[end - 1] in _NOT_IN_NAME_AHEAD or self.words.crossed_at_end(norm, start, end)
        ):
            end -= 1  # 马洛维奇|于, 卡洛维|得意: the name ends before a word begins
        while end - start > 2 and norm.startswith(_SYLLABLE_VERBS, end - 1):
            end -= 1  # 普京|通电话: the last syllable begins a verb
        while end > start and norm[end - 1] == "·":
            end -= 1  # 萨姆·|休斯敦: the dot before a known place
        if end - start >= 5 and self.words.rank(norm[end - 2 : end]) is not None:
            end -= 2  # 罗纳尔多|赞扬: a word ends the run
        run = norm[start:end]
        if (
            len(run) < 3
            and "·" not in run
            and not (len(run) == 2 and self._after_office(norm, start))
        ):
            return None
        if self.places.name.fullmatch(run) or run in self.words:
            return None
        if self._foreign_thing(norm, start, end) or self._things_listed(norm, end):
            return None
        before = norm[max(0, start - 2) : start]
        if before and (before in _PLACE_LEADS or before[-1:] in _PLACE_LEADS):
            return Candidate(start, end, "GPE")
        if (
            norm.startswith("政府", end)  # 马洛维奇|政府: the government of a leader
            or self._after_title(norm, start)
            or "·" in run
            or self._title_after(norm, end)
            or self._cue_at(norm, end)
            or (self._start_marked(norm, start) and self._end_marked(norm, end))
            or (len(run) >= _FOREIGN_LONG and self._start_marked(norm, start))
        ):
            return Candidate(start, end, "PERSON")
        return None

    def _all_syllables(self, norm: str, start: int, end: int) -> bool:
        translit = self.lists.translit
        return all(char in translit for char in norm[start:end])

    def _foreign_thing(self, norm: str, start: int, end: int) -> bool:
        """The syllables norm[start:end] name a place, a cause or a body, not a person:
        a place suffix or a noun follows (安卡洛|邦, 克什米尔|问题, 伊斯兰|会议), they
        give an organization's short name in brackets (…组织（欧佩克）) or a product's
        in quotation marks (“阿波罗”号)."""
        if end < len(norm) and (
            self.places.suffix.match(norm, end)
            or self.places.feature.match(norm, end)
            or norm.startswith(_ATTRIBUTE_NOUNS, end)
        ):
            return True
        if start == 0 or end >= len(norm):
            return False
        if norm[start - 1] == "（" and norm[end] == "）":
            return start > 1 and _IS_HAN[norm[start - 2]]
        return self._quoted_before_noun(norm, start, end)

    def _things_listed(self, norm: str, end: int) -> bool:
        """A list that goes on after ``end`` closes with 等 and a noun of places or
        firms (…及贾拉瓦|等城镇, 微软和英特尔|等公司): its items are no people."""
        return _THINGS_LISTED.match(norm, end) is not None

    def _quoted_before_noun(self, norm: str, start: int, end: int) -> bool:
        """norm[start:end] stands in quotation marks before a number or a word
        (“阿波罗”号, “田园”酒): the name of a product or a body, not a person."""
        if start == 0 or end + 1 >= len(norm) or norm[start - 1] != "“" or norm[end] != "”":
            return False
        following = norm[end + 1]
        return following in _NUMERALS or (
            _IS_HAN[following] and following not in _NOT_IN_NAME_AHEAD
        )

    def _japanese_people(self, norm: str) -> Iterator[Candidate]:
        """田中一郎, 田中首相: a Japanese family name and a given name of one to
        three characters, or the family name alone before a title or form of address,
        where the text marks the name's end."""
        for match in self._japanese.finditer(norm):
            start, family = match.span()
            if not (self._start_marked(norm, start) or self._after_title(norm, start)):
                continue
            if self._title_after(norm, family):
                yield Candidate(start, family, "PERSON")
                continue
            for given in (2, 1, 3):
                end = family + given
                if end > len(norm) or not all(map(_IS_GIVEN.__getitem__, norm[family:end])):
                    continue
                if self._japanese_end(norm, end) and not self.words.crossed_at_end(
                    norm, start, end
                ):
                    yield Candidate(start, end, "PERSON")
                    break

    def _japanese_end(self, norm: str, end: int) -> bool:
        """Where a Japanese given name may end: before punctuation, a cue, a title, a
        function word or verb (…|在, …|一行) or a common word (…|访问)."""
        return self._end_marked(norm, end) or self.words.best_from(norm, end) is not None

    # -- lists of people ---------------------------------------------------------------

    def _list_name(self, norm: str, start: int, end: int) -> bool:
        if not 2 <= end - start <= 4 or norm[start:end] in self.words:
            return False
        if self.places.name.fullmatch(norm, start, end):
            return False
        if all(char in self.lists.translit for char in norm[start:end]):
            return True
        surname = self.parser.is_surname_at(norm, start)
        return bool(surname) and all(map(_IS_GIVEN.__getitem__, norm[start + surname : end]))


def _lists(norm: str) -> Iterator[re.Match]:
    """The matches of ``_LIST.finditer(norm)``, tried only where a 、 follows
    within an item's length: a scan would try every character."""
    position = 0  # where the next match may start
    while (mark := norm.find("、", position + 1)) != -1:
        for start in range(max(position, mark - _ITEM), mark):
            match = _LIST.match(norm, start)
            if match is not None:
                yield match
                position = match.end()
                break
        else:
            position = mark + 1


def _list_items(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list joined by 、 whose both ends the text marks: the first
    only after punctuation, the last only before punctuation or up to 等."""
    items = []
    position = start
    for part in norm[start:end].split("、"):
        items.append((position, position + len(part)))
        position += len(part) + 1
    last_start, last_end = items[-1]
    et_al = norm.find("等", last_start, last_end)
    if et_al > last_start:
        items[-1] = (last_start, et_al)  # 张三、李四等人
    elif end < len(norm) and _IS_HAN[norm[end]] and norm[end] != "等":
        items = items[:-1]
    if items and (items[0][0] > 0 and _IS_HAN[norm[items[0][0] - 1]]):
        items = items[1:]
    return items


def _openings(modifiers: Iterable[str], heads: Iterable[str]) -> frozenset[str]:
    """How a run of ``modifiers`` ending in one of ``heads`` may begin: its first two
    characters, or the one character of a head standing alone."""
    modifiers, heads = frozenset(modifiers), frozenset(heads)
    words = modifiers | heads
    firsts = {word[0] for word in words if word}
    openings = {word[:2] for word in words if len(word) > 1}
    openings |= {
        modifier + first for modifier in modifiers if len(modifier) == 1 for first in firsts
    }
    return frozenset(openings | {head for head in heads if len(head) == 1})


def _firsts(words: Iterable[str]) -> frozenset[str]:
    """The first characters of ``words``."""
    return frozenset(word[0] for word in words if word)


# A given-name character's weight is a linear function of its log odds of standing
# in a name (see ``given_odds.txt``), bounded: a few very name-like characters
# cannot outweigh the marks around a reading. A character without figures counts as
# one with odds of e ** -3.
_GIVEN_SLOPE, _GIVEN_BASE, _GIVEN_LOW, _GIVEN_HIGH = 0.4, 0.7, -2.0, 1.5
# A surname's weight likewise (see ``surname_odds.txt``), centred on odds of e ** 2.
_SURNAME_SLOPE, _SURNAME_CENTRE, _SURNAME_LOW, _SURNAME_HIGH = 0.3, 2.0, -1.5, 0.5


def _given_weight(odds: float) -> float:
    return min(_GIVEN_HIGH, max(_GIVEN_LOW, _GIVEN_SLOPE * odds + _GIVEN_BASE))


def _surname_weight(odds: float) -> float:
    return min(_SURNAME_HIGH, max(_SURNAME_LOW, _SURNAME_SLOPE * (odds - _SURNAME_CENTRE)))


_RARE_GIVEN = _given_weight(-3.0)
