"""Speaker mentions: read who is named before a cue, on a speaker line, or anywhere.

A mention is read on characters, never on tokens: 浦江县长吴乡副乡长张芸 splits into
the organization 浦江县长吴乡, the title 副乡长 and the name 张芸 however a
segmenter cuts 县长. The grammar, read from the right:

    mention  = chain? name | chain | pronoun | group | organization
    chain    = position (("、" | "兼") position)*
    position = organization? title
    name     = surname given{1,2} | surname honorific | transliteration with "·"

A name is accepted only where the text marks it as one: after a title, after a
clause boundary, before a cue; a list of known people is never consulted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Optional

import attrs
import regex

from .lexicon import Lexicon, suffix_pattern, trie_pattern
from .records import Position
from .script import HAN

# Characters that end a chain read leftwards: punctuation, quotes of statements, spaces.
_HARD_STOP = frozenset("，。！？；：\n \t（）()《》【】[]〔〕［］〈〉／/|…—\"'")
# Characters that do not stand in a name whose end the text marks (before a cue).
_NOT_IN_NAME = frozenset(
    "的了在是和与及对向把被将从也都就还又再则亦却仍已曾才便即均皆更说等们者时后"
    "、：，。！？；“”「」《》（）0123456789"
)
# Characters that end a name read rightwards from a title, where nothing marks the
# end: function words and verbs that follow a name (耿爽|当天, 毛宁|主持).
_NOT_IN_NAME_AHEAD = frozenset(
    "的了在是和与及对向把被将从也都还就又再等们说表示指称认为于个这那其之所而但并或已曾会要"
    "能可让使给上下内外时后前今昨近当到去来出主参率带一则亦透坦直提呼回进讲谈告感颇深笑激兴"
    "连陪赴抵访考调视检担任兼同每天正不没未别很太最更仍便却才刚应该需领做拿走看听问答写读"
    "站坐住吃喝穿用买卖送接找叫话召举跟带着过地得、：，。！？；“”「」《》（）·0123456789"
)
# What joins two positions of one person (中共中央总书记、国家主席; 国务委员兼外长).
_POSITION_JOIN = re.compile(f"、|兼(?=[{HAN}])")
# A sentence opening on a place: 在天津北大港湿地自然保护区， (read back from a comma).
_WORKPLACE = regex.compile(r"(?r)(?:^|(?<=[。！？\n]))在([^，。！？；：\n]{2,30})，\Z")


# What joins two people who speak together (张伟和李娜都表示).
_COORDINATION = frozenset("和与及、")
# A clause break inside a window.
_CLAUSE_BREAKS = re.compile(r"[，。！？；：\n]")
# Characters a name is written with: Han characters and the name dot, less the
# function words of ``_NOT_IN_NAME`` (a set difference, as ``regex`` writes it).
_NAME_CLASS = "[[\\p{Han}·]--[" + regex.escape("".join(sorted(_NOT_IN_NAME))) + "]]"
_NAME_CHARS = regex.compile("(?V1)" + _NAME_CLASS + "+")
# The run of such characters that ends at the search end, read leftwards.
_NAME_RUN_END = regex.compile("(?V1r)" + _NAME_CLASS + "+\\Z")
# One Han character.
_HAN = re.compile(f"[{HAN}]")
# A transliterated name with a dot, read rightwards (安东尼奥·古特雷斯).
_DOTTED_NAME = re.compile(f"[{HAN}]{{1,10}}(?:·[{HAN}]{{1,10}}){{1,3}}")
# The characters a date or clock time ends with.
_DATE_UNITS = frozenset("年月日号时点分")
# A date or clock time, which ends a chain read leftwards (2022年10月27日外交部发言人毛宁).
_DATE_END = regex.compile(
    r"(?r)(?:\d{1,4}|[一二三四五六七八九十〇零两]{1,3})(?:年|月|日|号|时|点|分)\Z"
)
# One-character leads that never stand inside an organization name.
_CHAIN_STOPS = "让邀请被把将给向跟从在由对是了着"
# Determiners that are not part of a title or organization (相关负责人 -> 负责人).
_DETERMINERS = ("相关", "有关", "该", "这位", "那位", "一位", "一名")
_DETERMINER_ENDS = frozenset(word[-1] for word in _DETERMINERS)
# 等 + a number or measure: a list of people (张光正等5位大学校长).
_ET_AL = regex.compile(r"等(?:\d+|[一二三四五六七八九十两几多数]+)?(?:[名位个人]|人士|方)?")


@attrs.frozen
class Span:
    start: int
    end: int


@attrs.frozen
class ParsedPosition:
    org: Optional[Span]
    title: Optional[Span]


@attrs.frozen
class ParsedMention:
    """A mention found in a text, as spans into that text.

    ``kind`` is ``person``, ``group``, ``organization``, ``anonymous``, ``pronoun``
    or ``document``. ``name`` is the span of the name (``None`` without one);
    ``surname_only`` marks 王局长-style mentions (a surname and a title).
    """

    start: int
    end: int
    kind: str
    name: Optional[Span] = None
    positions: tuple[ParsedPosition, ...] = ()
    surname_only: bool = False
    group_word: Optional[str] = None

    def positions_in(self, original: str) -> tuple[Position, ...]:
        return tuple(
            Position(
                org=original[p.org.start : p.org.end] if p.org else None,
                title=original[p.title.start : p.title.end] if p.title else None,
            )
            for p in self.positions
        )

    def name_in(self, original: str) -> Optional[str]:
        return original[self.name.start : self.name.end] if self.name else None


def _char_class(chars: Iterable[str]) -> str:
    """A bracketed class of ``chars`` for ``re`` (never empty: ``[^\\s\\S]`` if none)."""
    chars = "".join(sorted(set(chars)))
    return "[" + re.escape(chars) + "]" if chars else "[^\\s\\S]"


def _ends(words) -> regex.Pattern:
    """A reverse-matching pattern: one of ``words`` ending at the search end."""
    return regex.compile("(?r)(?:" + suffix_pattern(words) + r")\Z")


def _starts(words) -> re.Pattern:
    """A forward pattern: one of ``words`` at the match position (a literal trie,
    which ``re`` runs with less overhead per call than ``regex``)."""
    return re.compile(trie_pattern(words))


class MentionParser:
    """Reads mentions with one lexicon's words. Build once, use for many texts."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        heads = lexicon.titles | set(lexicon.title_synonyms) | lexicon.roles
        self.surnames = frozenset(s for s in lexicon.surnames if len(s) == 1)
        self.compound_surnames = frozenset(s for s in lexicon.surnames if len(s) == 2)
        modifiers = trie_pattern(lexicon.title_modifiers)
        # A title at the end: modifiers then a head (党委|副|书记, 一级|主任科员).
        self.title_end = regex.compile(
            "(?r)(?:"
            + suffix_pattern(lexicon.title_modifiers)
            + ")*(?:"
            + suffix_pattern(heads)
            + r")\Z"
        )
        self.head_end = _ends(heads)
        self.suffix_end = _ends(lexicon.org_suffixes | lexicon.places)
        self.lead_end = _ends(lexicon.leads)
        # Inside an organization chain only strong leads stop the chain (华为 holds 为).
        chain_leads = {lead for lead in lexicon.leads if len(lead) > 1} | set(_CHAIN_STOPS)
        self.chain_lead_end = _ends(chain_leads)
        self._chain_lead_ends = frozenset(lead[-1] for lead in chain_leads)
        speech = [
            word for word, cue in lexicon.cues.items() if len(word) > 1 and not cue.quote_only
        ]
        self.cue_end = _ends(speech)
        self._cue_ends = frozenset(word[-1] for word in speech)
        self._longest_lead = max(map(len, lexicon.leads), default=0)
        # The characters that can end a chain read leftwards (see ``chain_start``).
        chain_stops = (
            _HARD_STOP
            | frozenset("”」“「的同与和跟及")
            | _DATE_UNITS
            | self._cue_ends
            | self._chain_lead_ends
        )
        self._chain_stop_before = regex.compile(
            "(?r)[" + "".join(regex.escape(char) for char in sorted(chain_stops)) + "]"
        )
        self.honorific_end = regex.compile(
            "(?r)(?:"
            + suffix_pattern(lexicon.surnames)
            + ")(?:"
            + suffix_pattern(lexicon.honorifics)
            + r")\Z"
        )
        self.pronoun_end = _ends(lexicon.pronouns)
        self.collective_end = _ends(lexicon.collectives)
        self.org_word_end = _ends(lexicon.org_words)
        self.document_end = _ends(lexicon.documents)
        self.quantifier_start = _starts(lexicon.quantifiers)
        self.title_start = re.compile("(?:" + modifiers + ")*(?:" + trie_pattern(heads) + ")")
        self.lead_start = _starts(lexicon.leads | lexicon.adverbials)
        self._units = frozenset(
            word for word in lexicon.org_suffixes | lexicon.places if len(word) == 1
        )
        self.heads = frozenset(heads)
        # Last characters of each kind of word, to skip patterns that cannot match.
        self._pronoun_ends = frozenset(word[-1] for word in lexicon.pronouns)
        self._org_ends = frozenset(
            word[-1] for word in lexicon.org_words | lexicon.org_suffixes | lexicon.places
        )
        self._people_ends = frozenset(
            word[-1] for word in lexicon.collectives | lexicon.documents
        ) | {"们"}
        self._head_ends = frozenset(head[-1] for head in heads)
        self._honorific_ends = frozenset(word[-1] for word in lexicon.honorifics)
        # Besides a name character, the characters a mention of any kind can end with.
        self._mention_ends = (
            self._pronoun_ends
            | self._org_ends
            | self._people_ends
            | self._head_ends
            | self._honorific_ends
            | frozenset(lexicon.transliteration)
        )
        # Words that look like a surname and a given name but are something else.
        self._not_names = frozenset(
            lexicon.places
            | lexicon.org_words
            | lexicon.collectives
            | lexicon.titles
            | lexicon.roles
            | lexicon.documents
            | set(lexicon.pronouns)
            | set(lexicon.cues)
            | {word for word in lexicon.org_suffixes if len(word) > 1}
            | lexicon.adverbials
        )
        # A name does not end with a character that ends an organization (路透社,
        # 商务部), though 军 ends many given names.
        self._org_finals = frozenset(
            word for word in lexicon.org_suffixes if len(word) == 1
        ) - frozenset("军华明")
        self.place_start = _starts(lexicon.places)
        # Where a title may end right before a surname: the last character of a title
        # head, then a surname. One character class scans many times faster than the
        # whole trie of heads (under ``re``); a lookbehind on the character before it
        # turns away most hits (专家|主 is no 国家主席), and each hit left is then
        # checked with ``head_end``.
        surname = "(?=[" + "".join(sorted(self.surnames)) + "]|"
        surname += "|".join(sorted(self.compound_surnames)) + ")"
        longer = [head for head in heads if len(head) > 1]
        last = (
            _char_class(head[-1] for head in longer)
            + "(?<="
            + _char_class(head[-2] for head in longer)
            + ".)"
        )
        ones = [head for head in heads if len(head) == 1]
        if ones:
            last = "(?:" + last + "|" + _char_class(ones) + ")"
        self.head_before_surname = re.compile(last + surname, re.DOTALL)
        self.honorific_start = _starts(lexicon.honorifics)
        self.head_start = re.compile(trie_pattern(heads))
        self.cue_start = re.compile(trie_pattern(lexicon.cues))
        self.suffix_start = re.compile(trie_pattern(lexicon.org_suffixes))
        self.people_word_start = re.compile(
            trie_pattern(
                set(lexicon.pronouns)
                | lexicon.collectives
                | lexicon.roles
                | lexicon.org_words
                | lexicon.documents
            )
        )

    # -- names ------------------------------------------------------------------

    def is_surname_at(self, text: str, position: int) -> int:
        """Length of the surname starting at ``position`` (0 if none)."""
        if text[position : position + 2] in self.compound_surnames:
            return 2
        return 1 if text[position : position + 1] in self.surnames else 0

    def _name_chars(self, text: str, start: int, end: int) -> bool:
        """Every character of text[start:end] may stand in a name."""
        return _NAME_CHARS.fullmatch(text, start, end) is not None

    def _name_after_title(
        self, text: str, lo: int, end: int, marked_end: bool = True
    ) -> Optional[int]:
        """Start of a name that ends at ``end`` right after a title (副总经理|王洁).

        Where the text marks the end (a cue follows), a name of three or four
        characters with no surname is read as a transliteration (主教练|安东尼奥).
        """
        longest = 12 if "·" in text[max(lo, end - 12) : end] else 8
        # The name lies in the run of name characters before ``end``.
        run = _NAME_RUN_END.search(text, max(lo, end - longest), end)
        if run is None:
            return None
        fallback = None
        head_ends = self._head_ends
        for name_start in range(end - 2, run.start() - 1, -1):
            if text[name_start - 1 : name_start] not in head_ends or (
                self.title_end.search(text, lo, name_start) is None
            ):
                continue
            surname = self.is_surname_at(text, name_start)
            length = end - name_start
            if (
                surname
                and length - surname in (1, 2)
                and not self._title_inside(text, name_start, end)
                and not self._is_word(text[name_start:end])
            ):
                return name_start
            if not marked_end:
                continue
            foreign = all(char in self.lexicon.transliteration for char in text[name_start:end])
            if fallback is None and (foreign or "·" in text[name_start:end]):
                # A transliterated name: 主教练|安东尼奥, 秘书长|安东尼奥·古特雷斯.
                fallback = name_start
        return fallback

    def plausible_name(self, text: str, start: int, end: int, foreign: bool = False) -> bool:
        """Not a word that merely starts with a surname: 文章, 贺信|中, 路透社, 乌|空军,
        祝贺|中方. A ``foreign`` name may end in any syllable (卢卡申科)."""
        candidate = text[start:end]
        return not (
            candidate in self._not_names
            or candidate[:2] in self._not_names
            or candidate[:2] in self.lexicon.statement_objects
            or (not foreign and candidate[-1:] in self._org_finals)
            or (len(candidate) > 2 and candidate[1:] in self.lexicon.org_suffixes)
            or candidate[1:] in self.lexicon.places
        )

    def _is_word(self, candidate: str) -> bool:
        """An adverb or lead, not a name (原告|明确 表示)."""
        return candidate in self.lexicon.adverbials or candidate in self.lexicon.leads

    def _title_inside(self, text: str, start: int, end: int) -> bool:
        """A title head ends the would-be name (王局长 is a surname and a title)."""
        return self.head_end.search(text, start + 1, end) is not None

    def _name_candidates(self, text: str, lo: int, end: int) -> Iterator[tuple[int, str]]:
        """Possible starts of a name ending at ``end`` that stands without a title."""
        if text[end - 1 : end] in self._honorific_ends:
            match = self.honorific_end.search(text, lo, end)
            if match:
                yield match.start(), "honorific"
        dot = text.rfind("·", lo, end)
        if dot > lo and self._name_chars(text, dot, end):
            start = dot
            while start > lo and self._name_chars(text, start - 1, start):
                start -= 1
            # 沙特国防大臣|哈立德·本·萨勒曼: the name starts after the last title.
            for cut in range(dot - 1, start, -1):
                if self._title_before(text, start, cut) is not None:
                    start = cut
                    break
            yield start, "transliteration"
        compounds, surnames = self.compound_surnames, self.surnames
        for length in (3, 2, 4):
            start = end - length
            if start < lo:
                continue
            # ``is_surname_at``, written out: this loop runs for every candidate end.
            if text[start : start + 2] in compounds:
                surname = 2
            else:
                surname = 1 if text[start] in surnames else 0
            if not surname or length - surname not in (1, 2):
                continue
            if (
                not self._name_chars(text, start + surname, end)
                or self._title_inside(text, start, end)
                or self._is_word(text[start:end])
                or not self.plausible_name(text, start, end)
            ):
                continue
            yield start, "chinese"
        # 卢卡申科, 泽连斯基: a run of transliteration syllables standing alone.
        start = end
        transliteration = self.lexicon.transliteration
        while start > lo and end - start < 8 and text[start - 1] in transliteration:
            start -= 1
        if end - start >= 3 and self.plausible_name(text, start, end, foreign=True):
            yield start, "transliteration"

    def _before_is_boundary(self, text: str, lo: int, position: int) -> bool:
        if position <= lo:
            return True
        char = text[position - 1]
        if char in _HARD_STOP or char in "、的”」』":
            return True
        return bool(self.lead_end.search(text, lo, position)) or bool(
            _DATE_END.search(text, lo, position)
        )

    def _title_before(self, text: str, lo: int, position: int) -> Optional[regex.Match]:
        if text[position - 1 : position] not in self._head_ends:
            return None
        return self.title_end.search(text, lo, position)

    # -- positions ----------------------------------------------------------------

    def chain_start(self, text: str, lo: int, end: int) -> int:
        """Where a chain of positions ending at ``end`` begins, reading leftwards."""
        position = end
        # Near ``lo`` a lead may open the clause; elsewhere only the characters of
        # ``_chain_stops`` can end the chain, and the others are passed at once.
        zone = lo + self._longest_lead
        while position > lo:
            if position > zone:
                stop = self._chain_stop_before.search(text, zone, position)
                if stop is None:
                    position = zone
                    continue
                position = stop.end()
            char = text[position - 1]
            if char in _HARD_STOP:
                break
            if char in "”」" and not self._quoted_name_before(text, lo, position - 1):
                break
            if char in "“「" and not self._quoted_name(text, position - 1, end):
                break
            if char == "的":
                break
            if char in "同与和跟及" and self._name_after_title(text, lo, position - 1, False):
                break  # 习近平同|朝鲜劳动党总书记…: a person ends before the connector
            if char in _DATE_UNITS and _DATE_END.search(text, lo, position):
                break
            if (
                position <= zone
                and text[lo:position] in self.lexicon.leads
                and not self._place_across(text, lo, position)
            ):
                break  # 据|市交通运输局…: a lead opens the clause (but 也门 is a place)
            if char in self._cue_ends and self.cue_end.search(text, lo, position):
                break  # 呼吁|首相斯塔默: a verb of speech is not part of an organization
            if char in self._chain_lead_ends:
                lead = self.chain_lead_end.search(text, lo, position)
                if lead and not (
                    lead.start() > lo and self.suffix_end.search(text, lo, lead.start())
                ):
                    break
            position -= 1
        return position

    def _place_across(self, text: str, start: int, position: int) -> bool:
        """A place name starts at ``start`` and runs past ``position`` (也|门 is 也门)."""
        place = self.place_start.match(text, start)
        return place is not None and place.end() > position

    @staticmethod
    def _quoted_name_before(text: str, lo: int, close: int) -> bool:
        """A closing mark that ends a short quoted name (“星光中国芯”|工程)."""
        opener = "“" if text[close] == "”" else "「"
        open_at = text.rfind(opener, max(lo, close - 12), close)
        return open_at != -1 and not any(char in _HARD_STOP for char in text[open_at + 1 : close])

    @staticmethod
    def _quoted_name(text: str, position: int, end: int) -> bool:
        """A quote mark that opens a quoted name inside an organization (“星光中国芯”工程)."""
        close = text.find("”" if text[position] == "“" else "」", position, end)
        return close != -1 and close - position <= 12

    def split_positions(self, text: str, start: int, end: int) -> tuple[ParsedPosition, ...]:
        """Split a chain into positions: 中共中央总书记、国家主席 -> two positions."""
        positions = []
        part_start = start
        for match in _POSITION_JOIN.finditer(text, start, end):
            cut = match.start()
            if cut > part_start:
                positions.append(self.split_position(text, part_start, cut))
            part_start = match.end()
        if end > part_start:
            positions.append(self.split_position(text, part_start, end))
        return tuple(p for p in positions if p.org or p.title)

    def split_position(self, text: str, start: int, end: int) -> ParsedPosition:
        """One position: the title is the longest title at the end, the rest the org."""
        title = self.title_end.search(text, start, end)
        if title is None:
            return (
                ParsedPosition(Span(start, end), None)
                if end > start
                else ParsedPosition(None, None)
            )
        title_start = title.start()
        org_end = title_start
        # 立法院长, 经济部长: the head of a unit (X长) shares its first character with
        # the organization it heads. (店员 is not a head of anything: 青石驿|店员.)
        head = self.head_end.search(text, title_start, end)
        if (
            head is not None
            and head.start() == title_start
            and head.group().endswith("长")
            and org_end > start
            and text[title_start] in self.lexicon.org_suffixes | self.lexicon.places
            and not self.suffix_end.search(text, start, org_end)
        ):
            org_end = title_start + 1
        org_start = start
        while org_end > org_start and text[org_end - 1] == "的":
            org_end -= 1
        if text[org_end - 1 : org_end] in _DETERMINER_ENDS:
            for determiner in _DETERMINERS:
                if (
                    text.startswith(determiner, org_end - len(determiner))
                    and org_end - len(determiner) >= org_start
                ):
                    org_end -= len(determiner)
                    break
        org = Span(org_start, org_end) if org_end > org_start else None
        if org is not None and org_end - org_start == 1 and text[org_start] not in self._units:
            org = None
        return ParsedPosition(org, Span(title_start, end))

    # -- whole mentions -------------------------------------------------------------

    def parse_end(
        self,
        text: str,
        lo: int,
        end: int,
        known: frozenset[str] = frozenset(),
        marked_end: bool = True,
    ) -> Optional[ParsedMention]:
        """The mention that ends exactly at ``end`` and starts at or after ``lo``.

        ``known`` are names the document has already shown to be names (a name
        with a rare surname or a transliteration found after a title elsewhere).
        """
        if end <= lo:
            return None
        last = text[end - 1]
        if (
            last not in self._mention_ends
            and _NAME_CHARS.match(last) is None
            and not any(name[-1:] == last for name in known)
        ):
            return None  # 央视网消息（新闻联播）: nothing that ends a mention ends here
        mention = (
            self._pronoun(text, lo, end)
            or self._named(text, lo, end, known, marked_end)
            or self._collective(text, lo, end)
            or self._titled(text, lo, end)
            or self._organization(text, lo, end)
        )
        if mention is None:
            return None
        return self._group_if_listed(text, lo, mention)

    def _pronoun(self, text: str, lo: int, end: int) -> Optional[ParsedMention]:
        if text[end - 1] not in self._pronoun_ends:
            return None
        match = self.pronoun_end.search(text, lo, end)
        if match and self._before_is_boundary(text, lo, match.start()):
            word = match.group()
            kind = "group" if self.lexicon.pronouns.get(word) == "group" else "pronoun"
            return ParsedMention(match.start(), end, kind, group_word=word)
        return None

    def _named(
        self,
        text: str,
        lo: int,
        end: int,
        known: frozenset[str] = frozenset(),
        marked_end: bool = True,
    ) -> Optional[ParsedMention]:
        name_start = self._name_after_title(text, lo, end, marked_end)
        if name_start is not None:
            chain = self.chain_start(text, lo, name_start)
            positions = self.split_positions(text, chain, name_start)
            return ParsedMention(chain, end, "person", Span(name_start, end), positions)
        if known:
            for length in range(min(12, end - lo), 1, -1):
                if text[end - length : end] in known and self._before_is_boundary(
                    text, lo, end - length
                ):
                    return ParsedMention(end - length, end, "person", Span(end - length, end))
        for name_start, _form in self._name_candidates(text, lo, end):
            if name_start > lo and text[name_start - 1] == "的":
                # 中国队的徐彬: an organization, then 的, then the name.
                org_start = self.chain_start(text, lo, name_start - 1)
                if self.suffix_end.search(text, org_start, name_start - 1):
                    org = (ParsedPosition(Span(org_start, name_start - 1), None),)
                    return ParsedMention(org_start, end, "person", Span(name_start, end), org)
            if self._before_is_boundary(text, lo, name_start):
                return ParsedMention(name_start, end, "person", Span(name_start, end))
            if name_start - 1 > lo and text[name_start - 1] in _COORDINATION:
                # 张伟和李娜: two people speak together, as a group.
                first = self._named(text, lo, name_start - 1, known, marked_end)
                if first is not None and first.kind in ("person", "group"):
                    return ParsedMention(
                        first.start, end, "group", group_word=text[first.start : end]
                    )
        title = self._title_before(text, lo, end)
        if title is not None:
            return self._name_then_title(text, lo, end, title)
        return None

    def _name_then_title(
        self, text: str, lo: int, end: int, title: regex.Match
    ) -> Optional[ParsedMention]:
        """李明辉主任, 王毅国务委员, 王局长: a name (or a surname) before the title."""
        title_start = title.start()
        # Shortest title first: 王|局长 rather than failing on 王局|长.
        for start in range(end - 1, title_start - 1, -1):
            shortest = self.title_end.search(text, start, end)
            if shortest is None or shortest.start() != start:
                continue
            for name_start, _form in self._name_candidates(text, lo, start):
                if self._before_is_boundary(text, lo, name_start):
                    position = ParsedPosition(None, Span(start, end))
                    return ParsedMention(
                        name_start, end, "person", Span(name_start, start), (position,)
                    )
            surname = start - 1
            for length in (2, 1):
                surname = start - length
                if surname >= lo and self.is_surname_at(text, surname) == length:
                    if self._before_is_boundary(text, lo, surname):
                        position = ParsedPosition(None, Span(start, end))
                        return ParsedMention(
                            surname,
                            end,
                            "person",
                            Span(surname, start),
                            (position,),
                            surname_only=True,
                        )
        return None

    def _collective(self, text: str, lo: int, end: int) -> Optional[ParsedMention]:
        if text[end - 1] not in self._people_ends:
            return None
        for pattern in (self.collective_end, self.document_end):
            match = pattern.search(text, lo, end)
            if match:
                start = self.chain_start(text, lo, match.start())
                if pattern is self.document_end and start < match.start():
                    # 以色列总理办公室|声明称: the organization that issued it speaks.
                    org = (ParsedPosition(Span(start, match.start()), None),)
                    return ParsedMention(start, end, "organization", positions=org)
                kind = "group" if pattern is self.collective_end else "document"
                return ParsedMention(start, end, kind, group_word=match.group())
        if text[end - 1] == "们" and end - 1 > lo:
            head = self.title_end.search(text, lo, end - 1)
            if head is not None:
                start = self.chain_start(text, lo, head.start())
                return ParsedMention(start, end, "group", group_word=text[start:end])
        return None

    def _titled(self, text: str, lo: int, end: int) -> Optional[ParsedMention]:
        title = self._title_before(text, lo, end)
        if title is None:
            return None
        start = self.chain_start(text, lo, title.start())
        positions = self.split_positions(text, start, end)
        head = text[title.start() : end]
        quantifier = self._quantifier(text, start, title.start())
        if quantifier is not None:
            amount = self.lexicon.quantifiers[quantifier.group()]
            if amount == "group" or head in self.lexicon.roles:
                return ParsedMention(start, end, "group", group_word=text[start:end])
            # 市交通运输局|相关|负责人: the organization before the quantifier stays.
            org = None
            if quantifier.start() - start >= 2:
                org = Span(start, quantifier.start())
            positions = (ParsedPosition(org, Span(title.start(), end)),)
            return ParsedMention(start, end, "anonymous", positions=positions)
        if head in self.lexicon.roles:
            return ParsedMention(start, end, "group", group_word=text[start:end])
        return ParsedMention(start, end, "anonymous", positions=positions)

    def _quantifier(self, text: str, start: int, title_start: int) -> Optional[re.Match]:
        """A quantifier inside the chain (不少|村民, 我省各地|干部, 有|區議員)."""
        for position in range(start, title_start):
            match = self.quantifier_start.match(text, position, title_start)
            if match and match.end() <= title_start:
                if position == start or match.end() == title_start:
                    return match
        return None

    def _organization(self, text: str, lo: int, end: int) -> Optional[ParsedMention]:
        if text[end - 1] not in self._org_ends:
            return None
        match = self.org_word_end.search(text, lo, end) or self.suffix_end.search(text, lo, end)
        if match is None:
            return None
        start = self.chain_start(text, lo, end)
        if end - start < 2:
            return None
        return ParsedMention(
            start, end, "organization", positions=(ParsedPosition(Span(start, end), None),)
        )

    def _group_if_listed(self, text: str, lo: int, mention: ParsedMention) -> ParsedMention:
        """张光正等5位大学校长…: a list of people speaks as a group."""
        if "等" not in text[lo : mention.end]:
            return mention
        start = self.chain_start(text, lo, mention.start) if mention.start > lo else mention.start
        et_al = _ET_AL.search(text, start, mention.end)
        if et_al and mention.kind in ("person", "anonymous", "group"):
            region_start = self.chain_start(text, lo, et_al.start())
            return ParsedMention(
                min(region_start, mention.start),
                mention.end,
                "group",
                group_word=text[min(region_start, mention.start) : mention.end],
            )
        return mention

    def with_workplace(self, text: str, mention: ParsedMention) -> ParsedMention:
        """在某某保护区，野生鸟类保护员某某…: a sentence that opens on a place of work
        names the organization of a title that has none of its own.

        The opening must be ``在`` + an organization or a place, then a comma, right
        before the mention; the mention's one position then takes it as its
        organization, and what stood as the organization joins the title.
        """
        if len(mention.positions) != 1 or mention.start < 4 or text[mention.start - 1] != "，":
            return mention
        position = mention.positions[0]
        if position.title is None or (
            position.org is not None
            and self.suffix_end.search(text, position.org.start, position.org.end)
        ):
            return mention
        opening = _WORKPLACE.search(text, max(0, mention.start - 40), mention.start)
        if opening is None or not self.suffix_end.search(text, opening.start(1), opening.end(1)):
            return mention
        title_start = position.org.start if position.org else position.title.start
        place = ParsedPosition(
            Span(opening.start(1), opening.end(1)), Span(title_start, position.title.end)
        )
        return attrs.evolve(mention, positions=(place,))

    # -- mentions at a clause start and on speaker lines ---------------------------

    def parse_label(self, text: str, start: int, end: int) -> Optional[ParsedMention]:
        """A speaker label that is all mention (河南省平舆县户外办副主任 郭家良, 毛宁)."""
        label_end = end
        while label_end > start and text[label_end - 1] == " ":
            label_end -= 1
        space = text.rfind(" ", start, label_end)
        if space != -1:
            # 单位职务 姓名: the name after the space, the positions before it.
            name = self.parse_end(text, space + 1, label_end)
            if name is None or name.kind != "person" or name.start != space + 1:
                return None
            chain_start = start
            while chain_start < space and text[chain_start] == " ":
                chain_start += 1
            if _CLAUSE_BREAKS.search(text, chain_start, space):
                return None
            positions = self.split_positions(text, chain_start, space) + name.positions
            return attrs.evolve(name, start=chain_start, positions=positions)
        mention = self.parse_end(text, start, label_end)
        if mention is None or mention.start != start:
            return None
        return mention

    def parse_start(
        self, text: str, start: int, end: int, known: frozenset[str] = frozenset()
    ) -> Optional[ParsedMention]:
        """The subject at the start of a clause (但|刘书彬|仍照旧讲能源).

        Read forwards, in this order: a name the document knows, a pronoun or a
        word for people, a chain ending in a title (and the name after it), a name.
        """
        position = start
        while True:
            lead = self.lead_start.match(text, position, end)
            if not lead or lead.end() == position:
                break
            position = lead.end()
        limit = min(end, position + 30)
        if limit - position < 1:
            return None
        for length in range(min(8, limit - position), 1, -1):
            if text[position : position + length] in known:
                return ParsedMention(
                    position, position + length, "person", Span(position, position + length)
                )
        head = self.head_start.search(text, position, min(limit, position + 20))
        if head is not None and (
            _CLAUSE_BREAKS.search(text, position, head.start())
            or self.suffix_start.match(text, head.end())  # 技术委员|会 is an organization
        ):
            head = None
        if head is not None and self.is_surname_at(text, head.end()):
            name_end = self._name_end_after(text, head.end())
            if name_end is not None and name_end <= limit:
                mention = self.parse_end(text, position, name_end, known, marked_end=False)
                if mention is not None and mention.start == position:
                    return mention
        word = self.people_word_start.match(text, position, limit)
        if word is not None:
            mention = self.parse_end(text, position, word.end(), known, marked_end=False)
            if mention is not None and mention.start == position:
                return mention
        if head is not None:
            mention = self.parse_end(text, position, head.end(), known, marked_end=False)
            if mention is not None and mention.start == position:
                return mention
        if self.is_surname_at(text, position) and text[position] not in (
            self.lexicon.ambiguous_surnames
        ):
            name_end = self._name_end_after(text, position)
            if name_end is not None and self.plausible_name(text, position, name_end):
                return ParsedMention(position, name_end, "person", Span(position, name_end))
        return None

    # -- people anywhere in a text -------------------------------------------------------

    def find_titled_names(self, text: str) -> Iterator[ParsedMention]:
        """People named after a title anywhere in ``text`` (外交部发言人毛宁主持…)."""
        for hit in self.head_before_surname.finditer(text):
            position = hit.end()
            head = self.head_end.search(text, max(0, position - 10), position)
            if head is None:
                continue
            name_end = self._name_end_after(text, position)
            if name_end is None or not self.plausible_name(text, position, name_end):
                continue
            title = self.title_end.search(text, max(0, head.start() - 12), position)
            title_start = title.start() if title else head.start()
            chain = self.chain_start(text, 0, title_start)
            positions = self.split_positions(text, chain, position)
            yield ParsedMention(chain, name_end, "person", Span(position, name_end), positions)

    def _name_end_after(self, text: str, start: int) -> Optional[int]:
        match = _DOTTED_NAME.match(text, start, start + 40)
        if match:
            return match.end()
        honorific = self.honorific_start.match(text, start + 1, start + 4)
        if honorific:
            return honorific.end()
        surname = self.is_surname_at(text, start)
        given = 0
        while given < 2:
            position = start + surname + given
            char = text[position : position + 1]
            # The first given character may be almost anything (习|近平); the second
            # must not look like the next word's start (毛宁|主持).
            stops = _NOT_IN_NAME_AHEAD if given else _NOT_IN_NAME
            if not char or char in stops or not _HAN.match(char):
                break
            if given and self.cue_start.match(text, position):
                break  # 盖茨|介绍了: a cue begins, the name has ended
            given += 1
        if given == 0:
            return None
        return start + surname + given


def title_head(parser: MentionParser, title: str) -> str:
    """The core of a title, synonyms made one: 副代表 -> 代表, 首席专家 -> 专家,
    主帅 -> 主教练 -> 教练."""
    normalized = parser.lexicon.to_simplified(title)
    match = parser.head_end.search(normalized)
    head = match.group() if match else normalized
    head = parser.lexicon.title_synonyms.get(head, head)
    heads = parser.heads
    for length in range(1, len(head) + 1):
        if head[-length:] in heads:
            return head[-length:]
    return head
