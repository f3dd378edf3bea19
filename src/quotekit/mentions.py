"""Speaker mentions: read who is named before a cue, on a speaker line, or anywhere.

A mention is read on characters, never on tokens, from the right:

    mention  = chain? name | chain | pronoun | group | organization

Chains of positions and names are read by ``chains``; here they are put together
into whole mentions, and pronouns, groups, organizations and lists of people are
told apart. A name is accepted only where the text marks it as one: after a title,
after a clause boundary, before a cue; a list of known people is never consulted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Optional

import attrs
import regex

from .chains import (
    BODY_POINTERS,
    NAME_CHARS,
    OFFICE_UNITS,
    PERSON_POINTERS,
    ChainReader,
    ParsedPosition,
    Span,
    end_pattern,
    start_pattern,
)
from .lexicon import Lexicon, trie_pattern
from .records import Position
from .script import HAN

# Verbs of issuing a document (发表声明, 发布消息).
ISSUING_VERBS = ("发表", "发布", "公布", "发出")
# A verb of issuing right before a document (发表|声明, 联合发布|公告): the issuer
# stands before it, not in it.
_ISSUED = regex.compile("(?r)(?:" + "|".join(ISSUING_VERBS) + r")(?:联合|共同|书面|最新|紧急)?\Z")
# A name in quotation marks: Han characters, Latin letters and digits, no break.
_QUOTED_NAME = re.compile(f"[{HAN}A-Za-z0-9·]{{2,12}}")
# Two to four characters and the punctuation that closes them (…|赛义德。).
_NAME_BEFORE_STOP = re.compile(f"[{HAN}]{{2,4}}(?=[。，、；！？：])")
# A person's name in Latin letters, as the business and technology press writes it
# after a title (首席执行官Sam Altman): two to four capitalized words, or particles.
_LATIN_WORD = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z]\.)"
_LATIN_NAME = re.compile(
    _LATIN_WORD + r"(?: (?:" + _LATIN_WORD + r"|van|von|der|de|da|del|bin|al|la|le))*"
    r" " + _LATIN_WORD + r"(?![A-Za-z])"
)
# An acronym in capitals (IMF, WHO, OPEC) that ends at the search end, with no
# letter before it.
_ACRONYM_END = regex.compile(r"(?r)(?<![A-Za-z])[A-Z]{2,8}\Z")
# Where a word in Latin letters starts.
_LATIN_WORD_START = re.compile(r"(?<![A-Za-z.'’-])[A-Za-z]")
# The run of letters, spaces and name marks that ends where a cue begins.
_LATIN_RUN_END = regex.compile(r"(?r)[A-Za-z.'’ -]{3,60}\Z")
# Common words (mostly verbs and adverbs) that begin with a transliteration syllable,
# which a run of syllables after a title may swallow (总统普京|通电话, 马克龙|提出).
_SYLLABLE_VERBS = (
    "通电话",
    "通话",
    "通过",
    "通报",
    "提出",
    "提到",
    "提醒",
    "达成",
    "加强",
    "加快",
    "利用",
    "克服",
    "拉动",
    "特别",
    "可能",
    "马上",
    "布置",
    "亚洲",
    # times that begin with a syllable (皮斯托里乌斯|本周表示)
    "本周",
    "本月",
    "本年",
    "本届",
    "本次",
)
# How far before a name, or its title, a chain of positions may begin: the chain is
# read within that many characters (a text with no punctuation would be read to its
# start).
CHAIN_REACH = 80
# What joins titled people who speak together (厅长甲、副厅长乙, 总统甲和副总统乙).
_JOINING_PEOPLE = frozenset("和与及、")
# Words for a kind of body that the body's own name follows (评级机构穆迪, 组织欧佩克).
_KINDS_OF_BODY = frozenset({"机构", "组织", "联盟", "党", "政党", "党派"})
# One-character units of offices, which end a body's name wherever they stand (民政局,
# 该局, 教育厅, 人事处), unlike 行 or 社 (前行, 结社).
_OFFICE_UNITS = OFFICE_UNITS | frozenset("处科")
# Measure words of bodies (一家企业, 一所学校, 一間公司): what follows is the body.
_BODY_MEASURES = frozenset("家所间")
# What makes a quantifier count one person: a measure word for people (位, 名, 个), 一,
# 某 or 该 (一位, 这名, 某, 该). 有, 相关 and 上述 leave the number open.
_ONE_PERSON = re.compile("[一位名个某该]")
# What a clause opens after, where a lead (据, 对此) may stand before its subject.
_OPENS_A_CLAUSE = frozenset("，。！？；：\n“”「」 （）")
# A surname said as such right before a role (姓陈的|市民, 姓欧阳的|老板).
_SURNAME_SAID = re.compile("姓[^的，。！？；：\n]{1,2}的\\Z")
# A count or a pointer before a document (一份|报告, 这篇|文章, 该|声明).
_DOCUMENT_COUNT = re.compile("[一两几这那该此某另每本][份项篇则条封部个]?")
# "There is" before a document: some report says, no body named (有报道称, 另有消息指).
_THERE_IS = frozenset(("有", "另有", "还有", "也有", "又有"))
# Meetings and plans named by the words before them (中央经济工作会议, “十五五”规划纲要):
# those words are an organization only where they end like one (国务院|常务会议).
_NAMED_DOCUMENTS = frozenset(
    "会议 全会 大会 全体会议 常务会议 纲要 规划 计划 行动计划 方案 实施方案 意见 "
    "指导意见 实施意见 办法 条例 法案 草案 议程 决议 决定 宣言 文件".split()
)
# How the names of papers, magazines and broadcasters end (《东方日报》, 《求是》杂志
# aside): such a name in 《》 is an organization.
_OUTLET_ENDS = ("报", "杂志", "周刊", "月刊", "画报", "网", "电视台", "广播电台")
# A sentence opening on a place: 在南港北湖湿地自然保护区， (read back from a comma).
_WORKPLACE = regex.compile(r"(?r)(?:^|(?<=[。！？\n]))在([^，。！？；：\n]{2,30})，\Z")
# Where a person lives or comes from, before 的 and their name (家住阳光小区的李先生).
_RESIDENCE = ("家住", "住在", "来自", "家在")
# What joins two people who speak together (张伟和李娜都表示).
_COORDINATION = frozenset("和与及、")
# A clause break inside a window.
_CLAUSE_BREAKS = re.compile(r"[，。！？；：\n]")
# Log odds from which a surname and one given-name character after words no rule
# reads are a name (李, 王 and 明, 伟 are; 高, 方 and 国, 中 are not).
_SHORT_NAME_ODDS = 2.0
# 等 + a number or measure: a list of people (邝光正等5位大学校长).
_ET_AL = regex.compile(r"等(?:\d+|[一二三四五六七八九十两几多数]+)?(?:[名位个人]|人士|方)?")


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


@attrs.frozen
class TitledName:
    """A name found after a title (``MentionParser.titled_name_spans``): the name's
    span, where the title's head starts and where the title ends."""

    name: Span
    head_start: int
    title_end: int

    def name_in(self, original: str) -> str:
        return original[self.name.start : self.name.end]


def _char_class(chars: Iterable[str]) -> str:
    """A bracketed class of ``chars`` for ``re`` (never empty: ``[^\\s\\S]`` if none)."""
    chars = "".join(sorted(set(chars)))
    return "[" + re.escape(chars) + "]" if chars else "[^\\s\\S]"


class MentionParser(ChainReader):
    """Reads whole mentions with one lexicon's words, from the parts ``ChainReader``
    reads. Build once, use for many texts."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self.pronoun_end = end_pattern(lexicon.pronouns)
        self.collective_end = end_pattern(lexicon.collectives)
        self.org_word_end = end_pattern(lexicon.org_words)
        self.document_end = end_pattern(lexicon.documents)
        self.quantifier_start = start_pattern(lexicon.quantifiers)
        self.lead_start = start_pattern(lexicon.leads | lexicon.adverbials)
        self.people_word_start = re.compile(
            trie_pattern(
                set(lexicon.pronouns)
                | lexicon.collectives
                | lexicon.person_roles
                | lexicon.org_words
                | lexicon.documents
            )
        )
        # A form of address of two characters or more after a full name (王一鸣|先生,
        # 李秀英|老人); one character (哥, 总) follows a surname alone.
        addresses = {word for word in lexicon.honorifics if len(word) > 1}
        self._address_end = end_pattern(addresses)
        self._address_lasts = frozenset(word[-1] for word in addresses)
        # Last characters of each kind of word, to skip patterns that cannot match.
        self._pronoun_ends = frozenset(word[-1] for word in lexicon.pronouns)
        self._people_ends = frozenset(
            word[-1] for word in lexicon.collectives | lexicon.documents
        ) | {"们"}
        # Besides a name character, the characters a mention of any kind can end with.
        self._mention_ends = (
            self._pronoun_ends
            | self._org_ends
            | self._people_ends
            | self.head_ends
            | self.honorific_ends
            | frozenset(lexicon.transliteration)
            | {"》", "”", "」"}
        )
        # Where a title may end right before a surname: the last character of a title
        # head, then a surname. One character class scans many times faster than the
        # whole trie of heads (under ``re``); a lookbehind on the character before it
        # turns away most hits (专家|主 is no 国家主席), and each hit left is then
        # checked with ``head_end``.
        surname = "(?=[" + "".join(sorted(self.surnames)) + "]|"
        surname += "|".join(sorted(self.compound_surnames)) + ")"
        longer = [head for head in self.heads if len(head) > 1]
        last = (
            _char_class(head[-1] for head in longer)
            + "(?<="
            + _char_class(head[-2] for head in longer)
            + ".)"
        )
        ones = [head for head in self.heads if len(head) == 1]
        # The last two characters of every longer head, and the one-character heads.
        self._head_endings = frozenset(head[-2:] for head in longer) | frozenset(ones)
        if ones:
            last = "(?:" + last + "|" + _char_class(ones) + ")"
        # ... or before two transliteration syllables: a foreign name (总统|奥恩).
        first = "[" + "".join(sorted(lexicon.transliteration - self.surnames)) + "]"
        syllable = "[" + "".join(sorted(lexicon.transliteration)) + "]"
        # ... or before a short run of characters that punctuation ends: a name in any
        # script (总统|赛义德。, 干事长|森山裕。).
        self.head_before_name = re.compile(
            last
            + "(?:"
            + surname
            + "|(?="
            + first
            + syllable
            + ")|(?="
            + _NAME_BEFORE_STOP.pattern
            + ")|(?= ?[A-Z][a-z]))",  # ... or a name in Latin letters (总裁|Brad Smith)
            re.DOTALL,
        )
        # The last set of known names, and their lengths by their last character.
        self._known_by_last: Optional[tuple[frozenset[str], dict[str, tuple[int, ...]]]] = None
        # The last text read by ``titled_names``, and what was found in it.
        self._last_titled: Optional[tuple[str, tuple[TitledName, ...]]] = None

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
            and NAME_CHARS.match(last) is None
            and not (last.isascii() and (last.isalpha() or last == " "))  # Latin letters
            and not any(name[-1:] == last for name in known)
        ):
            return None  # 央视网消息（新闻联播）: nothing that ends a mention ends here
        mention = (
            self._pronoun(text, lo, end)
            or self._named(text, lo, end, known, marked_end)
            or self._name_then_address(text, lo, end, known)
            or self._collective(text, lo, end, known)
            or self._titled(text, lo, end)
            or self._organization(text, lo, end)
            or (self._name_after_unknown_words(text, lo, end) if marked_end else None)
        )
        if mention is None:
            return None
        return self._group_if_listed(text, lo, mention)

    def _name_after_unknown_words(self, text: str, lo: int, end: int) -> Optional[ParsedMention]:
        """A full name right before a cue after words no rule reads (球队大管家|赵立平|说):
        a surname and two given-name characters, no common word. Nothing marks where
        the name starts, so only a name this clear is taken; what stands before it
        is left out."""
        for name_start, form in self.name_candidates(text, lo, end):
            surname = self.is_surname_at(text, name_start)
            given = text[name_start + surname : end]
            before = text[name_start - 1 : name_start]
            if (
                form == "chinese"
                and (
                    len(given) == 2
                    or (len(given) == 1 and self._clear_short_name(text, name_start))
                )
                and text[name_start] not in self.head_ends  # 布道|师白露: 师 ends a title
                # what stands before ends like a title (风控官|, 大管家|) or a time (今年|),
                # not like a word or a name the surname would continue (外方|嘉宾, 岸田|文雄)
                and (before in self.head_ends or before in "年月日")
                and text[name_start - 1 : name_start + 1] not in self.common_words
                and all(char in self.given_chars for char in given)
                and given not in self.common_words
                and text[name_start : name_start + 2] not in self.common_words
            ):
                return ParsedMention(name_start, end, "person", Span(name_start, end))
        return None

    def _clear_short_name(self, text: str, name_start: int) -> bool:
        """A surname and one given-name character that are clearly a name (中国小将|李明):
        a character written far more often as a surname than in prose, and one written
        far more often in given names."""
        surname, given = text[name_start], text[name_start + 1]
        return (
            self.surname_odds.get(surname, 0.0) >= _SHORT_NAME_ODDS
            and self.given_odds.get(given, 0.0) >= _SHORT_NAME_ODDS
        )

    def _latin_name_before(self, text: str, lo: int, end: int) -> Optional[tuple[int, int, int]]:
        """A name in Latin letters that ends at ``end`` (or before spaces there) right
        after a title: 首席执行官|Sam Altman|表示, CEO |Jensen Huang|说. Returns where
        the title ends and where the name starts and ends."""
        run = _LATIN_RUN_END.search(text, lo, end)
        if run is None:
            return None
        name_end = end
        while name_end > run.start() and text[name_end - 1] == " ":
            name_end -= 1
        for name_start in _latin_name_starts(text, run.start(), name_end):
            title_end = name_start
            while title_end > run.start() and text[title_end - 1] == " ":
                title_end -= 1
            if self.title_before(text, lo, title_end) is not None:
                return title_end, name_start, name_end
        return None

    def _latin_name_alone(self, text: str, lo: int, end: int) -> Optional[int]:
        """Where a name of two or more capitalized Latin words starts that ends at
        ``end`` and opens the clause (Paul Smith|表示, 据|Anna Berg|介绍). A single word
        may be a company's (Tesla), so it is left."""
        run = _LATIN_RUN_END.search(text, lo, end)
        if run is None:
            return None
        name_start = next(_latin_name_starts(text, run.start(), end), None)
        if name_start is None or not self.before_is_boundary(text, lo, name_start):
            return None
        return name_start

    def _pronoun(self, text: str, lo: int, end: int) -> Optional[ParsedMention]:
        if text[end - 1] not in self._pronoun_ends:
            return None
        match = self.pronoun_end.search(text, lo, end)
        if match and self.before_is_boundary(text, lo, match.start()):
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
        name_start = self.name_after_title(text, lo, end, marked_end)
        if name_start is not None:
            return self._titled_person(text, lo, name_start, end, end)
        last = text[end - 1]
        latin = self._latin_name_before(text, lo, end) if last.isascii() else None
        if latin is not None:
            title_end, name_start, name_end = latin
            chain = self.chain_start(text, lo, title_end)
            positions = self.split_positions(text, chain, title_end)
            return ParsedMention(chain, name_end, "person", Span(name_start, name_end), positions)
        if "a" <= last <= "z":
            alone = self._latin_name_alone(text, lo, end)
            if alone is not None:
                return ParsedMention(alone, end, "person", Span(alone, end))
        if known:
            for length in self._known_lengths(known, last):
                if (
                    length <= end - lo
                    and text[end - length : end] in known
                    and self.before_is_boundary(text, lo, end - length)
                ):
                    return ParsedMention(end - length, end, "person", Span(end - length, end))
        for name_start, _form in self.name_candidates(text, lo, end):
            if name_start > lo and text[name_start - 1] == "的":
                # 中国队的卢彬: an organization, then 的, then the name (家住…小区的李先生
                # says where the person lives, not where they work).
                org_start = self.chain_start(text, lo, name_start - 1)
                if self.suffix_end.search(text, org_start, name_start - 1) and not (
                    text.startswith(_RESIDENCE, org_start)
                ):
                    org = (ParsedPosition(Span(org_start, name_start - 1), None),)
                    return ParsedMention(org_start, end, "person", Span(name_start, end), org)
            body = self._body_before_name(text, lo, name_start, end, _form)
            if body is not None:
                # 南港县质监局|邝振锋: a body, then a person of it with no title said.
                org = (ParsedPosition(Span(body, name_start), None),)
                return ParsedMention(body, end, "person", Span(name_start, end), org)
            if self.before_is_boundary(text, lo, name_start):
                return ParsedMention(name_start, end, "person", Span(name_start, end))
            if name_start - 1 > lo and text[name_start - 1] in _COORDINATION:
                # 张伟和李娜: two people speak together, as a group.
                first = self._named(text, lo, name_start - 1, known, marked_end)
                if first is not None and first.kind in ("person", "group"):
                    return ParsedMention(
                        first.start, end, "group", group_word=text[first.start : end]
                    )
        title = self.title_before(text, lo, end)
        if title is not None:
            return self._name_then_title(text, lo, end, title)
        return None

    def _body_before_name(
        self, text: str, lo: int, name_start: int, end: int, form: str
    ) -> Optional[int]:
        """Where the body starts whose name ends right before a Chinese full name
        (南港县质监局|邝振锋, 蓝海公司|卢小燕); None where no body's name ends there
        or the name is not clearly one (a surname and usual given-name characters,
        no common word)."""
        if form != "chinese" or name_start - lo < 2:
            return None
        surname = self.is_surname_at(text, name_start)
        given = text[name_start + surname : end]
        if not (
            1 <= len(given) <= 2
            and (surname == 2 or self.surname_odds.get(text[name_start], 0.0) >= 1.0)
            and all(self.given_odds.get(char, -1.0) >= 0.0 for char in given)
            and given not in self.common_words
            and text[name_start:end] not in self.common_words
            and text[name_start : name_start + 2] not in self.common_words
            and text[name_start - 1 : name_start + 1] not in self.common_words
        ):
            return None
        found = self._body_ending_at(text, lo, name_start, 2)
        if found is None:
            return None
        org_start, unit = found
        word = text[name_start - 2 : name_start]
        if (
            len(unit) == 1
            and unit not in _OFFICE_UNITS
            and word in self.common_words
            and word not in self.lexicon.org_suffixes
        ):
            return None  # 稳健前|行: a word that ends like a bank, not a body (民政|局 is one)
        return org_start

    def _body_before_surname(self, text: str, lo: int, surname: int) -> Optional[int]:
        """Where the body starts whose name ends right before a surname that a title
        follows (南港大学|王教授, 市第一医院|李主任); None where no body's name of two
        characters or more ends there, where the surname is a common word too (时), or
        where it makes a word with the character before it."""
        if (
            surname - lo < 3
            or text[surname] in self.lexicon.ambiguous_surnames
            or text[surname - 1 : surname + 1] in self.common_words
        ):
            return None
        found = self._body_ending_at(text, lo, surname, 3)
        if found is None or len(found[1]) < 2:
            return None  # (美联|储主席: one character ends no body here)
        return found[0]

    def _body_ending_at(
        self, text: str, lo: int, at: int, shortest: int
    ) -> Optional[tuple[int, str]]:
        """Where a chain that ends like a body's name at ``at`` starts, at least
        ``shortest`` characters before it, and the unit it ends with; None where none
        ends there, or where the chain is only the word for a kind of body, whose own
        name follows it (评级机构|穆迪, 石油输出国组织|欧佩克)."""
        org_start = self.chain_start(text, lo, at)
        body = self.suffix_end.search(text, org_start, at)
        if at - org_start < shortest or body is None or body.group() in _KINDS_OF_BODY:
            return None
        return org_start, body.group()

    def _known_lengths(self, known: frozenset[str], last: str) -> tuple[int, ...]:
        """The lengths of the known names that end in ``last``, longest first (read
        once for each set of known names)."""
        cached = self._known_by_last
        if cached is None or cached[0] is not known:
            by_last: dict[str, set[int]] = {}
            for name in known:
                if 2 <= len(name) <= 12:
                    by_last.setdefault(name[-1], set()).add(len(name))
            lengths = {char: tuple(sorted(found, reverse=True)) for char, found in by_last.items()}
            cached = self._known_by_last = (known, lengths)
        return cached[1].get(last, ())

    def _titled_person(
        self, text: str, lo: int, name_start: int, name_end: int, end: int
    ) -> ParsedMention:
        """A name (text[name_start:name_end]) after the chain of positions before it,
        in a mention that ends at ``end``."""
        chain = self.chain_start(text, lo, name_start)
        positions = self.split_positions(text, chain, name_start)
        return ParsedMention(chain, end, "person", Span(name_start, name_end), positions)

    def _name_then_address(
        self, text: str, lo: int, end: int, known: frozenset[str] = frozenset()
    ) -> Optional[ParsedMention]:
        """王一鸣先生, 村民李秀英老人: a full name, with or without a title before it,
        and a form of address after it. The name is the speaker's; the form of
        address is part of the mention only."""
        if text[end - 1] not in self._address_lasts:
            return None
        address = self._address_end.search(text, lo, end)
        if address is None or address.start() - lo < 2:
            return None
        inner = self._named(text, lo, address.start(), known)
        if (
            inner is None
            or inner.kind != "person"
            or inner.surname_only
            or inner.name is None
            or inner.name.end != address.start()
            or inner.name.end - inner.name.start < 2
        ):
            return None
        return attrs.evolve(inner, end=end)

    def _name_then_title(
        self, text: str, lo: int, end: int, title: regex.Match
    ) -> Optional[ParsedMention]:
        """李明辉主任, 王毅国务委员, 王局长: a name (or a surname) before the title."""
        title_start = title.start()
        # Longest title first: 邝明|副市长, not 邝明副|市长.
        for start in range(title_start, end):
            shortest = self.title_end.search(text, start, end)
            if shortest is None or shortest.start() != start:
                continue
            for name_start, form in self.name_candidates(text, lo, start):
                if self.before_is_boundary(text, lo, name_start):
                    position = ParsedPosition(None, Span(start, end))
                    return ParsedMention(
                        name_start, end, "person", Span(name_start, start), (position,)
                    )
                body = self._body_before_name(text, lo, name_start, start, form)
                if body is not None:
                    # 外交部|王毅|部长: the body, the name, then the title.
                    position = ParsedPosition(Span(body, name_start), Span(start, end))
                    return ParsedMention(body, end, "person", Span(name_start, start), (position,))
            name_start = self.name_after_title(text, lo, start)
            if name_start is not None and text[name_start:start] not in self.common_words:
                # 国防部新闻发言人张晓刚|大校, …院长李明|教授: a titled name, then a rank
                # or a second title; the title before the name is the position. (首相|官邸|
                # 官员: a word, not a name.)
                return self._titled_person(text, lo, name_start, start, end)
            surname = start - 1
            for length in (2, 1):
                surname = start - length
                if surname >= lo and self.is_surname_at(text, surname) == length:
                    if self.before_is_boundary(text, lo, surname):
                        position = ParsedPosition(None, Span(start, end))
                        return ParsedMention(
                            surname,
                            end,
                            "person",
                            Span(surname, start),
                            (position,),
                            surname_only=True,
                        )
                    body = self._body_before_surname(text, lo, surname)
                    if body is not None:
                        # 南港大学|王|教授: the body, the surname, then the title.
                        position = ParsedPosition(Span(body, surname), Span(start, end))
                        return ParsedMention(
                            body,
                            end,
                            "person",
                            Span(surname, start),
                            (position,),
                            surname_only=True,
                        )
        return None

    def _collective(
        self, text: str, lo: int, end: int, known: frozenset[str] = frozenset()
    ) -> Optional[ParsedMention]:
        if text[end - 1] not in self._people_ends:
            return None
        for pattern in (self.collective_end, self.document_end):
            match = pattern.search(text, lo, end)
            if match:
                start = self.chain_start(text, lo, match.start())
                if pattern is self.document_end:
                    before = text[start : match.start()]
                    if before in _THERE_IS or _DOCUMENT_COUNT.fullmatch(before):
                        # 有报道称, 另有消息指, 一份报告说: some report says; no one
                        # issued it here.
                        return ParsedMention(start, end, "document", group_word=match.group())
                    if _ISSUED.search(before) or text[match.start() - 2 : match.start()] in (
                        "的话",
                        "消息",
                    ):
                        # 29日发表|声明, 援引…的话|报道: the one who issued it stands
                        # before, where a rule reads it; else the document speaks.
                        return ParsedMention(
                            match.start(), end, "document", group_word=match.group()
                        )
                    if before and (
                        match.group() not in _NAMED_DOCUMENTS
                        or self._names_a_body(text, start, match.start())
                    ):
                        # 以色列总理办公室|声明称: the organization that issued it speaks.
                        org = (ParsedPosition(Span(start, match.start()), None),)
                        return ParsedMention(start, end, "organization", positions=org)
                    if before:
                        # 中央经济工作会议, “十五五”规划纲要: the words name the meeting
                        # or the document itself.
                        return ParsedMention(start, end, "document", group_word=text[start:end])
                if pattern is self.collective_end and self._addressed_by(
                    text, start, match.start(), known
                ):
                    return None
                kind = "group" if pattern is self.collective_end else "document"
                return ParsedMention(start, end, kind, group_word=match.group())
        if text[end - 1] == "们" and end - 1 > lo:
            head = self.title_end.search(text, lo, end - 1)
            if head is not None:
                start = self.chain_start(text, lo, head.start())
                return ParsedMention(start, end, "group", group_word=text[start:end])
        return None

    def _addressed_by(
        self, text: str, start: int, end: int, known: frozenset[str] = frozenset()
    ) -> bool:
        """The words before a collective open on a person and go on with what the
        person does (习近平|勉励年轻科研人员|说): the people are addressed, not the
        speakers."""
        if end - start < 4:
            return False
        person = self.parse_start(text, start, end, known)
        return (
            person is not None
            and person.kind == "person"
            and person.end < end
            and text[person.end] not in _JOINING_PEOPLE
            and not text.startswith(("以及", "等"), person.end)
        )

    def _names_a_body(self, text: str, start: int, end: int) -> bool:
        """text[start:end] ends like an organization or a place (总理办公室, 国务院,
        美国), not like a field of work (经济工作, 规划)."""
        return bool(
            self.suffix_end.search(text, start, end) or self.org_word_end.search(text, start, end)
        )

    def _titled(self, text: str, lo: int, end: int) -> Optional[ParsedMention]:
        title = self.title_before(text, lo, end)
        if title is None:
            return None
        start = self.chain_start(text, lo, title.start())
        start = self._with_determiner(text, lo, start, title.start())
        positions = self.split_positions(text, start, end)
        head = text[title.start() : end]
        quantifier = self._quantifier(text, start, title.start())
        relation = head in self.lexicon.relations
        if quantifier is not None:
            amount = self.lexicon.quantifiers[quantifier.group()]
            if amount != "group" and (
                relation or (head in self.lexicon.roles and _ONE_PERSON.search(quantifier.group()))
            ):
                # 一位村民, 这名游客: one member of the public, unnamed and untitled;
                # the role stays with a pointer (这位村民), for the person it points at.
                if not text.startswith(PERSON_POINTERS, start):
                    return ParsedMention(start, end, "anonymous")
                role = (ParsedPosition(None, Span(title.start(), end)),)
                return ParsedMention(start, end, "anonymous", positions=role)
            if amount == "group" or head in self.lexicon.roles:
                return ParsedMention(start, end, "group", group_word=text[start:end])
            # 市交通运输局|相关|负责人: the organization before the quantifier stays.
            org = None
            if quantifier.start() - start >= 2 and quantifier.group()[-1] not in _BODY_MEASURES:
                org = Span(start, quantifier.start())
            else:
                # 某|券商营业部|负责人, 一名|美国|官员: the body after the quantifier (after
                # a second one: 另|有|欧盟官员). (After a pointer, 该|公司, the resolver
                # finds the body named before.)
                body = quantifier.end()
                second = self.quantifier_start.match(text, body, title.start())
                if second is not None:
                    body = second.end()
                if (
                    text[quantifier.start()] not in BODY_POINTERS
                    and title.start() - body >= 2
                    and self._names_a_body(text, body, title.start())
                ):
                    org = Span(body, title.start())
            if quantifier.group()[-1] in _BODY_MEASURES and org is None:
                # 深圳一家|私募基金投资总监: the body counted, and its officer
                positions = self.split_positions(text, quantifier.end(), end)
                return ParsedMention(start, end, "anonymous", positions=positions)
            positions = (ParsedPosition(org, Span(title.start(), end)),)
            return ParsedMention(start, end, "anonymous", positions=positions)
        if relation or (
            head in self.lexicon.roles and _SURNAME_SAID.search(text, max(0, start - 4), start)
        ):
            # 她的母亲, 死者的妻子: someone's kin is one person, unnamed and untitled; so
            # is one whose surname is said (一名姓陈的|市民).
            return ParsedMention(start, end, "anonymous")
        if head in self.lexicon.roles:
            return ParsedMention(start, end, "group", group_word=text[start:end])
        return ParsedMention(start, end, "anonymous", positions=positions)

    def _with_determiner(self, text: str, lo: int, start: int, title_start: int) -> int:
        """Where the mention starts when the chain stopped in or after a determiner
        that points back at one person (这|位官员, 上述|负责人, 该|负责人): at the
        determiner."""
        quantifiers = self.lexicon.quantifiers
        for begin in (start - 2, start - 1):
            if begin < lo or not text.startswith(PERSON_POINTERS, begin):
                continue
            for length in (3, 2, 1):
                if start <= begin + length <= title_start and (
                    quantifiers.get(text[begin : begin + length]) == "one"
                ):
                    return begin
        return start

    def _quantifier(self, text: str, start: int, title_start: int) -> Optional[re.Match]:
        """A quantifier inside the chain (不少|村民, 我省各地|干部, 有|區議員), or one
        that counts a body anywhere in it (深圳|一家|基金投资总监)."""
        for position in range(start, title_start):
            match = self.quantifier_start.match(text, position, title_start)
            if match and match.end() <= title_start:
                if (
                    position == start
                    or match.end() == title_start
                    or match.group()[-1] in _BODY_MEASURES
                ):
                    return match
        return None

    def _organization(self, text: str, lo: int, end: int) -> Optional[ParsedMention]:
        if text[end - 1] == "》":
            return self._outlet(text, lo, end)
        if "A" <= text[end - 1] <= "Z":
            # IMF表示, WHO称: an acronym in capitals that opens the clause is a body.
            acronym = _ACRONYM_END.search(text, lo, end)
            if acronym is not None and self.before_is_boundary(text, lo, acronym.start()):
                return organization_mention(acronym.start(), end)
            return None
        if text[end - 1] in "”」":
            return self._quoted_body(text, lo, end)
        if text[end - 1] not in self._org_ends:
            return None
        match = self.org_word_end.search(text, lo, end) or self.suffix_end.search(text, lo, end)
        if match is None:
            return None
        start = self.chain_start(text, lo, end)
        if end - start < 2:
            return None
        return organization_mention(start, end)

    def _quoted_body(self, text: str, lo: int, end: int) -> Optional[ParsedMention]:
        """A body named in quotation marks (“叙利亚国民军”, 民兵武装“伊斯兰抵抗组织”):
        the name in the marks ends like an organization, or what it is stands right
        before them; a quoted concept (“义乌发展经验”告诉我们) is none."""
        opening = text.rfind("“" if text[end - 1] == "”" else "「", max(lo, end - 14), end - 1)
        if opening == -1 or not _QUOTED_NAME.fullmatch(text, opening + 1, end - 1):
            return None
        start = self.chain_start(text, lo, opening) if opening > lo else opening
        body_before = start < opening and self.suffix_end.search(text, start, opening)
        if not body_before:
            start = opening  # 土耳其支持的|“叙利亚国民军”: what stands before is no body
            if not self.suffix_end.search(text, opening + 1, end - 1):
                return None
            if opening > lo and text[opening - 1] not in "的，。\n、：":
                return None  # a quoted name inside a clause
        return organization_mention(start, end)

    def _outlet(self, text: str, lo: int, end: int) -> Optional[ParsedMention]:
        """A paper or a magazine named in 《》 (《东方日报》发表评论员文章指出): the
        marks are the organization's name; a document named in them (《通知》) speaks
        itself."""
        opening = text.rfind("《", lo, end - 1)
        if opening == -1 or "》" in text[opening : end - 1]:
            return None
        title = text[opening + 1 : end - 1]
        if any(map(title.endswith, self.lexicon.documents)):
            # 《通知》强调, 《温室气体公报》指出: a document, not a paper, speaks
            return ParsedMention(opening, end, "document", group_word=text[opening:end])
        if not title.endswith(_OUTLET_ENDS):
            return None
        name = ParsedPosition(Span(opening + 1, end - 1), None)
        return ParsedMention(opening, end, "organization", positions=(name,))

    def _group_if_listed(self, text: str, lo: int, mention: ParsedMention) -> ParsedMention:
        """邝光正等5位大学校长…: a list of people speaks as a group."""
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

    def with_joined(self, text: str, lo: int, mention: ParsedMention) -> ParsedMention:
        """A subject joined to people with a title before it speaks with them, as a
        group (厅长李华、|副厅长张强, 总统奥尔特加和|副总统穆里略, 首相弗雷泽里克森和|
        格陵兰岛自治政府方面)."""
        first = mention.start
        while True:
            joined = first - 1
            if joined <= lo or text[joined] not in _JOINING_PEOPLE:
                break
            if text[joined - 1 : joined + 1] == "以及":
                joined -= 1
            if self.name_after_title(text, lo, joined) is None:
                break
            first = self.chain_start(text, lo, joined)
        if first == mention.start:
            return mention
        return ParsedMention(first, mention.end, "group", group_word=text[first : mention.end])

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
        """A speaker label that is all mention (南湖省平安县户外办副主任 邝家良, 卢宁)."""
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

    def _after_leads(self, text: str, start: int, end: int) -> int:
        """Where the subject starts after the words that open a clause (据|, 对此|)."""
        position = start
        while True:
            lead = self.lead_start.match(text, position, end)
            if (
                not lead
                or lead.end() == position
                or self._place_across(text, position, lead.end())
                or self._role_through(text, position, lead.end())
            ):
                return position  # (刚|果 is 刚果, a place, not the adverb 刚; 被害人 a role)
            position = lead.end()

    def parse_start(
        self, text: str, start: int, end: int, known: frozenset[str] = frozenset()
    ) -> Optional[ParsedMention]:
        """The subject at the start of a clause (但|刘书彬|仍照旧讲能源).

        Read forwards, in this order: a name the document knows, a pronoun or a
        word for people, a chain ending in a title (and the name after it), a name.
        """
        position = self._after_leads(text, start, end)
        limit = min(end, position + 30)
        if limit - position < 1:
            return None
        for length in range(min(8, limit - position), 1, -1):
            if text[position : position + length] in known:
                return ParsedMention(
                    position, position + length, "person", Span(position, position + length)
                )
        head = None
        for found in self.head_start.finditer(text, position, min(limit, position + 20)):
            if _CLAUSE_BREAKS.search(text, position, found.start()):
                break
            # A head that is a modifier of a longer title (青年|代表) reads as that title.
            title = self.title_start.match(text, found.start(), limit)
            if title is not None and title.end() > found.end():
                found = title
            if not self.suffix_start.match(text, found.end()) and not self._word_goes_on(
                text, found.start(), found.end()
            ):
                head = found  # not 顾问委员|会, an organization, nor 成员|国: read on to 主席
                break
        if head is not None:
            name_end = None
            marked = False  # whether the text marks where the name ends
            if self.is_surname_at(text, head.end()) or self.starts_dotted_name(text, head.end()):
                name_end = self.name_end_after(text, head.end())
            if name_end is not None or text[head.end() : head.end() + 1] in self._syllables:
                other = self._foreign_name_after(text, head.end())
                if other is not None and (name_end is None or other > name_end):
                    # 发言人|巴加埃伊|17日称: past a Chinese reading (巴加埃), to where a
                    # time, a function word, a cue or punctuation marks the end; 总统|萨苏
                    name_end, marked = other, True
            if name_end is not None and name_end <= limit:
                mention = self.parse_end(text, position, name_end, known, marked_end=marked)
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
            name_end = self.name_end_after(text, position)
            if (
                name_end is not None
                and self.plausible_name(text, position, name_end)
                and text[position:name_end] not in self.common_words
                and text[position : position + 2] not in self.common_words  # 史料|记载
            ):
                return ParsedMention(position, name_end, "person", Span(position, name_end))
        if self.addressed_at(text, position, limit):
            return ParsedMention(position, position + 2, "person", Span(position, position + 2))
        return None

    def addressed_at(self, text: str, position: int, end: int) -> bool:
        """老邝, 小卢 at ``position``: 老 or 小 and a surname, no common word (老师, 小说,
        小王子, 小满)."""
        return (
            position + 2 <= end
            and self._familiar(text, position)
            and text[position : position + 2] not in self.not_names
            and text[position : position + 3] not in self.common_words
        )

    def _word_goes_on(self, text: str, start: int, end: int) -> bool:
        """The title head text[start:end] begins a longer word: a common word (总统|府)
        or a country's role (成员|国, 主席|国, 观察员|国)."""
        if text[end : end + 1] == "国" and text[end : end + 2] not in ("国务", "国家"):
            return True
        return any(text[start : end + extra] in self.common_words for extra in (1, 2))

    # -- people anywhere in a text -------------------------------------------------------

    def titled_names(self, text: str) -> tuple[TitledName, ...]:
        """The names after titles anywhere in ``text`` (``titled_name_spans``),
        remembered for the last text: the speaker rules and the entity rules read the
        same article one after the other."""
        last = self._last_titled
        if last is not None and last[0] == text:
            return last[1]
        found = tuple(self.titled_name_spans(text))
        self._last_titled = (text, found)
        return found

    def find_titled_names(self, text: str) -> Iterator[ParsedMention]:
        """People named after a title anywhere in ``text`` (外交部发言人卢宁主持…,
        黎巴嫩总统奥恩今天…), each with its chain of positions."""
        for found in self.titled_name_spans(text):
            yield self.titled_mention(text, found)

    def titled_mention(self, text: str, found: TitledName) -> ParsedMention:
        """The whole mention of a name found after a title: the chain of positions
        that ends in the title, read leftwards."""
        head_start, position = found.head_start, found.title_end
        title = self.title_end.search(text, max(0, head_start - 12), position)
        title_start = title.start() if title else head_start
        chain = self.chain_start(text, max(0, title_start - CHAIN_REACH), title_start)
        if (chain == 0 or text[chain - 1] in _OPENS_A_CLAUSE) and not text.startswith(
            PERSON_POINTERS, chain
        ):
            # 。据|南湖镇副镇长…, 但|匈牙利国会主席… (该公司 keeps its pointer, for the
            # body named before)
            chain = self._after_leads(text, chain, title_start)
        positions = self.split_positions(text, chain, position)
        return ParsedMention(chain, found.name.end, "person", found.name, positions)

    def titled_name_spans(self, text: str) -> Iterator[TitledName]:
        """The names after titles anywhere in ``text``, without the chains before
        them (which ``titled_mention`` reads where they are needed)."""
        endings = self._head_endings
        for hit in self.head_before_name.finditer(text):
            position = hit.end()
            if text[position - 2 : position] not in endings and text[position - 1] not in endings:
                continue  # 国家主|席习: no head ends here (a set test before the pattern)
            head = self.head_end.search(text, max(0, position - 10), position)
            if head is None:
                continue
            name_start = position
            latin = (
                _LATIN_NAME.match(text, position + (text[position] == " "))
                if text[position] < "\u0080"
                else None
            )
            japan = "日本" in text[max(0, position - 20) : position]
            japanese = (
                self.japanese_name_end(text, position, japan)
                if latin is None and (japan or text[position] in self._japanese_firsts)
                else None
            )
            if latin is not None:
                name_start, name_end = latin.span()  # 微软公司总裁|Brad Smith
            elif japanese is not None:
                name_end = japanese  # 外相|上川阳子|表示, 社长|丰田章男
            elif text[position] in self.surnames or self.is_surname_at(text, position):
                if self._is_word(text[position : position + 2]):
                    continue  # 总书记|关于…: a lead, not a surname and a given name
                if text[position - 2 : position + 2] in self.common_words:
                    continue  # 领导|班子成员: a word runs across the cut
                if text[position] in self.lexicon.ambiguous_surnames and (
                    text[position : position + 2] in self.common_words
                    or text[position + 1 : position + 3] in self.common_words
                ):
                    continue  # 总书记|连续第13年, 总书记|曾|来到: a word, or an adverb and a verb
                name_end = self.name_end_after(text, position)
                if name_end is None or not self.plausible_name(text, position, name_end):
                    continue
                other = self._name_in_any_script(text, position)
                if other is not None and other > name_end:
                    name_end = other  # 副部长|马利亚尔, 副总理|阮氏秋荷。: past a Chinese reading
            else:
                name_end = self._name_in_any_script(text, position)
                if name_end is None:
                    continue
            yield TitledName(Span(name_start, name_end), head.start(), position)

    def _name_in_any_script(self, text: str, start: int) -> Optional[int]:
        """End of a transliterated name, or of a name in any script that punctuation
        closes, after a title."""
        return self._foreign_name_after(text, start) or self._name_before_stop(text, start)

    def _name_before_stop(self, text: str, start: int) -> Optional[int]:
        """End of a name of two to four characters that a title opens and punctuation
        closes, whatever its script (副总统|博塞仁。, 行长|浅川雅嗣。; see
        ``name_like``)."""
        match = _NAME_BEFORE_STOP.match(text, start)
        if match is None or not self.name_like(text, start, match.end()):
            return None
        return match.end()

    def _foreign_name_after(self, text: str, start: int) -> Optional[int]:
        """End of a run of transliteration syllables read rightwards after a title, where
        the text marks its end (a function word, a time, a cue, punctuation): 总统|奥恩|今天."""
        if self.starts_dotted_name(text, start):
            return self.name_end_after(text, start)
        syllables = self.lexicon.transliteration
        end = start
        while end < len(text) and end - start < 8 and text[end] in syllables:
            end += 1
        verb = False
        while end - start > 2 and (
            text.startswith(_SYLLABLE_VERBS, end - 1) or self._is_word(text[end - 1 : end + 1])
        ):
            end -= 1  # 普京|通电话, 安德森|赛后: the last syllable begins a verb or an adverb
            verb = True
        if end - start < 2:
            return None
        if not (verb or self.end_marked(text, end)) or not self.plausible_name(
            text, start, end, foreign=True
        ):
            return None
        if text[start:end] in self.common_words:
            return None
        return end


def _latin_name_starts(text: str, run_start: int, end: int) -> Iterator[int]:
    """Where, from the left, a name in Latin letters (``_LATIN_NAME``) that ends at
    ``end`` can start inside the run of Latin letters from ``run_start``."""
    for word in _LATIN_WORD_START.finditer(text, run_start, end):
        if _LATIN_NAME.fullmatch(text, word.start(), end) is not None:
            yield word.start()


def name_forms(name: str) -> tuple[str, ...]:
    """A name and the shorter form a text may call the person by later: the last
    word of a name in Latin letters (Brad Smith: Smith)."""
    if " " in name and name.isascii():
        last = name.rsplit(" ", 1)[1]
        if len(last) > 1 and last[0].isupper():
            return (name, last)
    return (name,)


def organization_mention(start: int, end: int) -> ParsedMention:
    """text[start:end] as an organization speaking under its own name."""
    return ParsedMention(
        start, end, "organization", positions=(ParsedPosition(Span(start, end), None),)
    )
