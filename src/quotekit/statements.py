"""Statements: tie quotations and reported clauses to the cues and speakers around them.

The frames, in the order they are tried:

- speaker lines: ``单位职务 姓名：…`` at a paragraph start (TV transcripts, interview
  Q&A) and ``X：…`` headlines;
- cue, then words: ``X说：“Q”``, ``X表示，clause``, ``X认为clause`` (cues that take a
  bare clause), ``X呼吁公众，clause`` (an addressee first);
- words, then cue: ``“Q”X说``, ``“Q1，”X说，“Q2”``, ``“Q”作为…，X说，clause``;
- a quotation with no cue of its own continues the statement before it, or is said
  by the person who opens the next clause (“Q”邝庆峰对…如数家珍).

A quotation is a statement, not a quoted term (“十五五”), when its frame says so
or when it reads as speech: punctuation inside, or long enough to be a sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from typing import Optional, Union

import attrs
import regex

from .chains import PERSON_DESCRIPTOR
from .cues import CueMatch, find_cues
from .layout import View
from .lexicon import Cue, Lexicon, suffix_pattern, trie_pattern
from .mentions import CHAIN_REACH, ISSUING_VERBS, MentionParser, ParsedMention, name_forms
from .quotes import QuoteSpan, find_quote_spans, outermost
from .script import HAN
from .speakers import (
    CLAUSE_BREAK,
    REPORTERS,
    clause_start,
    gap_pattern,
    speaker_of_cue,
    subject_before,
)

# Punctuation that makes a quotation read as a sentence.
_SPEECH_PUNCTUATION = re.compile(r"[，。！？；…]")
# Sentence-final punctuation at the end of a quotation's text.
_FINAL = "。！？…"
# Where a sentence ends.
_SENTENCE_END = re.compile(r"[。！？\n]")
# A speaker label at a paragraph start: up to the first colon, no sentence punctuation.
# How many characters of manner may stand between a speaker and the colon that opens
# a quotation with no cue (王明|信心满满|：“…”).
_MANNER_BEFORE_COLON = 8
_LABEL = re.compile(r"([^，。！？；：“”「」\n]{1,40})：")
# The mark of a sound bite in a television transcript, before a speaker's label or at
# its end (【同期】, （同期声）).
_SOUND_BITE_MARK = r"[【（(](?:同期声?|现场声|原声)[】）)]"
_SOUND_BITE = re.compile(_SOUND_BITE_MARK + " *")
_SOUND_BITE_END = re.compile(_SOUND_BITE_MARK + r" *\Z")
# “Q”这是X常挂在嘴边的话 / 这是X说过的一句话: whose words the quotation is (group 1).
# (The text is read in Simplified characters.)
_WORDS_OF = re.compile(
    r"[，。]?这(?:是|就是|正是)([^，。！？；：\n“”「」]{1,20}?)"
    r"(?:常|经常|常常|时常|总|一直|最常)?(?:挂在嘴边|说过?|讲过?)的(?:一句|一番|那句)?话"
)
# A short clause that frames the sentence after a quotation (面对挫败，, 说起家门口新开的
# 便民市场，), up to its comma.
_FRAMING_CLAUSE = re.compile(r"[^，。！？；：\n“”「」]{2,14}，")
# The marks of a noun's modifier (的, and 之 as older prose writes it).
_DE = ("的", "之")
# What opens a clause that says whose account it gives (根据南港政府的通报，…).
_ACCORDING = ("根据", "按照", "依照", "依据", "据")
# A speaker's label in square brackets at a paragraph start (【记者】, 【发言人】).
_BRACKET_LABEL = re.compile(r"【[^【】，。！？；：\n]{1,40}】")
# What may stand between a quotation and the person who said it opening the next
# clause: the time of saying it (说这话时，), then an age (72岁的).
_SAYING_THIS = re.compile(
    r"(?:\n?(?:说这话时|说这番话时|说这些话时|说着|说罢|说完|说到这里|说起这些|谈起这些|讲到这里)，?)?"
    r"(?:(?:今年)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的)?"
)
# The reporters a cue may address before another cue (回应记者称, 回答本报记者说).
_REPORTERS = re.compile(REPORTERS)
# The longest label, colon included, that ends an interview answer running on before
# it (问：, 主持人：, 县农业农村局局长韩立新：); a longer one opens a sentence.
_TURN_LABEL = 21
# How long an adverbial between the issuer of a document and the verb may be.
_ISSUER_GAP = 8
# How far a cue may stand from the 据 that opens its clause (据南湖县农业局局长邝明讲).
_ACCORDING_REACH = 24
_ISSUERS = frozenset({"person", "organization", "anonymous", "document"})
# A dateline before a byline in brackets (本报讯, 新华社北京11月28日电, 记者 …; the text
# before the bracket, from the paragraph's start), and how long the byline may be.
_DATELINE_BEFORE_BYLINE = re.compile(r"(?:[^，。！？；：“”「」\n]{0,30}(?:讯|电|消息))?\s*")
_BYLINE_REACH = 40
# The label of an interview's answers, and the words that introduce the person
# interviewed (专访|南湖大学校长邝明, 对话|…).
_ANSWER_LABELS = frozenset({"答", "回答"})
# A headline's label that names the topic after its speaker (邝明|谈人工智能：), to the
# colon; the first verb of talking about is taken.
_HEADLINE_TOPIC = re.compile(
    "(?:谈|解读|详解|畅谈|再谈|纵论|回应|答问|回答)[^，。！？；：“”「」\n]{1,15}\\Z"
)
_INTERVIEWS = re.compile("(?:专访|对话|采访|访谈|访问)了?[｜丨|︱ ]?")
# A briefing that its host holds (主持例行记者会, 主持新闻发布会).
_BRIEFING_HOST = re.compile("主持[^，。！？\n]{0,8}(?:记者会|发布会|吹风会|记者招待会)")
# A dash after a quotation and the one who signs it, to the end of the line (“Q”——
# 市长王刚); group 1 is the signature.
_SIGNATURE = re.compile(
    r"[ \t]*\n?[ \t]*(?:——|—|--)[ \t]*([^，。！？；：\s“”「」][^，。！？；：\n“”「」]{1,29}?)[ \t]*(?:\n|$)"
)
# A character that can open a reported clause.
_WORD_CHAR = regex.compile(r"[\p{Han}\p{Latin}\d]")
# Cues that are also nouns for a briefing, which a subject may listen to (听取…介绍).
_BRIEFINGS = frozenset({"介绍", "汇报", "讲解", "介绍说"})
# How a clause after 作出重要指示 or 作出批示 opens when it tells what the instruction
# did or whom it greeted (为…指明了方向, 在…引发热烈反响, 向…致以祝贺, 对…作出部署),
# not what it says.
_WHAT_AN_INSTRUCTION_DID = re.compile("为|在|并向|向|对|就|从|充分|指导|亲自")
_LISTENS = re.compile("听取|听了|聆听|倾听|听完")
# Proposals, and the verbs that take one up (接受…建议, 采纳…建议).
_PROPOSALS = frozenset({"建议", "提议"})
_ACCEPTS = re.compile("接受|采纳|吸纳|听从|听取|征求|按照|依照")
# One Han character.
_HAN_CHAR = re.compile(f"[{HAN}]")
# Punctuation that ends a clause.
_CLAUSE_STOP = re.compile(r"[，。！？；：\n]")
# Openers of quotations.
_OPENERS = '“「『‘"＂'
# The longest reported clause.
_MAX_CLAUSE = 600
# How far after a quotation its cue may stand (“Q”……X说).
_MAX_TRAILER = 80
# Cues whose bare object is usually a noun phrase: they report a clause only when
# it opens like one (提出要…, 提出透过修例…).
_NEEDS_CLAUSE_OPENER = frozenset({"提出"})
_CLAUSE_OPENER = re.compile(
    r"要|应|应当|应该|将|可以|可|需要|必须|希望|把|由|在|通过|透过|以|对|让|使|从|如果|只有"
)
# Cues of a bare clause that need more than a word after them (表示严重关切 is not speech).
_WEAK_BARE = {"说": 6, "表示": 6, "称": 3, "指": 4}


# A report or a piece of news, which speaks only for those it quotes (报道称，特朗普认为…),
# unless a verb of issuing stands before it (…发布消息说，…: who issued it speaks).
_REPORTS = frozenset(("报道", "报导", "消息"))
# The word that ends a news source's dateline label (本报消息：…, 央视网消息：…).
_DATELINE = "消息"
# A label that names the source of the news (央视网消息（新闻联播）：), at its end.
_NEWS_SOURCE = re.compile(r"消息[（(][^（）()]{1,20}[）)][ ]*：\Z")
# What ends a sentence after a cue that ends its sentence (…，他说。).
_SENTENCE_MARKS = frozenset("。！？")
# The fewest characters a clause before its speaker and cue reports.
_MIN_REPORTED = 4
# The most characters between such a speaker and its cue (事后, 这样, 笑着 are two).
_MAX_TRAILING_GAP = 3
# Cues that end a sentence after what was said, and are no noun there (说, 表示,
# 认为; not 回应, 通报, 建议, which end sentences as things: 得到积极回应。).
_TRAILING_CUES = ("说", "道", "称", "表示", "认为", "指出", "强调", "透露", "坦言", "回答")
# How far into a reported clause its own cue may stand (报道称，|美国国防部…认为).
_MAX_GAP_TO_CUE = 40
# Cues that report what an organization said (乌安全局还|称…): where one follows an
# organization and an adverb of addition inside a reported clause, a statement of its
# own begins.
_REPORTING = frozenset(("称", "表示", "说", "指出", "强调", "宣布"))
# …and says so: 还, 也 right before the cue.
_ALSO = frozenset(("还", "也", "则", "同时", "另", "亦", "又"))


@attrs.define
class Statement:
    """A statement being built, in view offsets."""

    start: int
    end: int
    kind: str
    rule: str
    confidence: float
    cue: Optional[CueMatch] = None
    mention: Optional[ParsedMention] = None
    follows: Optional[Statement] = None  # the statement whose speaker this one shares


def _object_start(lexicon: Lexicon) -> re.Pattern:
    """The attitude nouns of ``statement_objects`` at a position (表示|感谢)."""
    pattern = lexicon.cache.get("objects")
    if pattern is None:
        pattern = lexicon.cache["objects"] = re.compile(trie_pattern(lexicon.statement_objects))
    return pattern


def _cue_or_lead_firsts(lexicon: Lexicon) -> frozenset[str]:
    """First characters of cues, leads and adverbials (what ``_cue_starts`` looks
    for)."""
    firsts = lexicon.cache.get("cue-or-lead-firsts")
    if firsts is None:
        words = [*lexicon.cues, *lexicon.leads, *lexicon.adverbials]
        firsts = frozenset(word[0] for word in words if word)
        lexicon.cache["cue-or-lead-firsts"] = firsts
    return firsts


def _cue_tails(lexicon: Lexicon) -> dict[str, Cue]:
    """The cues whose characters after the first are a cue too (坚称: 称), with that
    shorter cue."""
    tails = lexicon.cache.get("cue-tails")
    if tails is None:
        cues = lexicon.cues
        tails = {word: cues[word[1:]] for word in cues if len(word) > 1 and word[1:] in cues}
        lexicon.cache["cue-tails"] = tails
    return tails


def _negation(lexicon: Lexicon) -> tuple[regex.Pattern, frozenset[str]]:
    """The negations of ``lexicon`` ending at the search end (拒绝|透露), and their
    last characters."""
    negation = lexicon.cache.get("negation")
    if negation is None:
        pattern = regex.compile("(?r)(?:" + suffix_pattern(lexicon.negations) + r")\Z")
        ends = frozenset(word[-1] for word in lexicon.negations)
        negation = lexicon.cache["negation"] = (pattern, ends)
    return negation


class StatementFinder:
    """Finds the statements of one document view."""

    def __init__(
        self,
        view: View,
        parser: MentionParser,
        known: Union[Iterable[str], Callable[[], Iterable[str]]] = (),
    ) -> None:
        self.view = view
        self.text = view.text
        self.parser = parser
        self.lexicon = parser.lexicon
        self._object_start = _object_start(self.lexicon)
        self._negation, self._negation_ends = _negation(self.lexicon)
        spans = find_quote_spans(self.text)
        self.quotes = outermost(spans)
        self.quote_opens = [quote.open for quote in self.quotes]
        self._speech = {quote.open for quote in self.quotes if self._speech_like(quote)}
        self.statement_quotes = [q for q in self.quotes if q.open in self._speech]
        self.quote_closes = tuple(sorted({q.close for q in self.statement_quotes}))
        text = self.text
        cues = [
            cue
            for cue in find_cues(text, self.lexicon)
            if not self._purposive(cue)
            and (text[cue.start - 1 : cue.start] not in _DE or not self._noun_after_de(cue))
        ]
        self.cues = [cue for cue in cues if not self._quoted(cue.start)] if self.quotes else cues
        # Names the document shows to be names: after a title, or before a cue. A
        # callable gives them when first needed (many texts have no cue to read).
        self._known_source = known
        self._known: Optional[set[str]] = None if callable(known) else set(known)
        self.cues = self._after_names(self.cues)
        self.statements: list[Statement] = []
        self._covered = bytearray(len(self.text) + 1)
        self._cue_positions = [cue.start for cue in self.cues]
        self._cue_index = {cue.start: index for index, cue in enumerate(self.cues)}
        self._statement_opens = [quote.open for quote in self.statement_quotes]
        self._by_end: list[tuple[int, int, int]] = []  # (end, start, index), sorted
        self._speakers: dict[int, tuple[int, Optional[ParsedMention], bool]] = {}
        self._clause_starts: dict[int, int] = {}
        self._cue_or_lead_firsts = _cue_or_lead_firsts(self.lexicon)
        self._paragraph_starts = view.paragraph_starts
        self._paragraph_ends = [end for _, end in view.paragraphs]

    def _after_names(self, cues: list[CueMatch]) -> list[CueMatch]:
        """A cue whose first character ends a name the document gives is the shorter
        cue after it (局长邝伟坚…。邝伟坚|称, not 邝伟|坚称)."""
        tails = _cue_tails(self.lexicon)
        if tails.keys().isdisjoint([cue.word for cue in cues]):
            return cues
        text = self.text
        kept = []
        for cue in cues:
            tail = tails.get(cue.word)
            if tail is not None and any(
                text[cue.start - length : cue.start + 1] in self.known for length in (1, 2, 3)
            ):
                cue = CueMatch(cue.start + 1, cue.end, tail)
            kept.append(cue)
        return kept

    @property
    def known(self) -> set[str]:
        """The strings known to be names (``known`` of the constructor, and every
        name read before a cue so far)."""
        if self._known is None:
            source = self._known_source
            self._known = set(source() if callable(source) else source)
        return self._known

    # -- helpers ----------------------------------------------------------------

    def _quote_at(self, position: int) -> Optional[QuoteSpan]:
        """The outermost quotation whose span holds ``position`` (marks included)."""
        index = bisect.bisect_right(self.quote_opens, position) - 1
        if index >= 0:
            quote = self.quotes[index]
            if quote.open <= position <= quote.close:
                return quote
        return None

    def _quoted(self, position: int) -> bool:
        quote = self._quote_at(position)
        return quote is not None and quote.open < position < quote.close

    def _reads_as_speech(self, quote: QuoteSpan) -> bool:
        return quote.open in self._speech

    def _speech_like(self, quote: QuoteSpan) -> bool:
        inner = self.text[quote.inner_start : quote.inner_end]
        return bool(_SPEECH_PUNCTUATION.search(inner)) or len(inner) >= 16

    def _covered_at(self, position: int) -> bool:
        return bool(self._covered[position])

    def _cues_between(self, start: int, end: int) -> list[CueMatch]:
        """The cues that start in (start, end)."""
        low = bisect.bisect_right(self._cue_positions, start)
        high = bisect.bisect_left(self._cue_positions, end)
        return self.cues[low:high]

    def _statement_quotes_between(self, start: int, end: int) -> list[QuoteSpan]:
        """The statement quotations that open in (start, end)."""
        low = bisect.bisect_right(self._statement_opens, start)
        high = bisect.bisect_left(self._statement_opens, end)
        return self.statement_quotes[low:high]

    def _add(self, statement: Statement) -> int:
        self.statements.append(statement)
        self._covered[statement.start : statement.end] = b"\x01" * (statement.end - statement.start)
        index = len(self.statements) - 1
        bisect.insort(self._by_end, (statement.end, statement.start, index))
        return index

    def _sentence_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts: after the last 。！？ or line
        break before it outside a quotation, at most ``_MAX_CLAUSE`` back."""
        text = self.text
        lowest = max(0, position - _MAX_CLAUSE)
        end = position
        while end > lowest:
            index = max(text.rfind(mark, lowest, end) for mark in "。！？\n")
            if index < 0:
                break
            if not self._quoted(index):
                return index + 1
            end = index
        return lowest

    def _sentence_end(self, position: int, limit: int) -> int:
        """End (exclusive) of the sentence running from ``position``, marks kept."""
        for match in _SENTENCE_END.finditer(self.text, position, limit):
            index = match.start()
            if self._quoted(index):
                continue
            if match.group() == "\n":
                return index
            end = index + 1
            while end < limit and self.text[end] in "”」』’":
                end += 1
            return end
        return limit

    def _paragraph_end(self, position: int) -> int:
        """``view.paragraph_of(position)[1]``, from lists made once per document."""
        if not self._paragraph_ends:
            return len(self.text)
        index = bisect.bisect_right(self._paragraph_starts, position) - 1
        return self._paragraph_ends[max(index, 0)]

    # -- cues -----------------------------------------------------------------------

    def _clause_start(self, position: int) -> int:
        """``clause_start`` of the text at ``position``, computed once per position."""
        start = self._clause_starts.get(position)
        if start is None:
            start = self._clause_starts[position] = clause_start(
                self.text, position, self.quote_closes
            )
        return start

    def speaker_of(self, cue: CueMatch) -> tuple[int, Optional[ParsedMention], bool]:
        """(clause start, mention, subjectless) for a cue, computed once."""
        cached = self._speakers.get(cue.start)
        if cached is None:
            start = self._clause_start(cue.start)
            known = self.known
            if cue.word == "看来":
                # 在他看来: the one in whose view, between 在 and the cue, speaks.
                subjectless = False
                mention = None
                if self.text.startswith("在", start):
                    mention = self.parser.parse_end(self.text, start + 1, cue.start, known)
            else:
                mention, subjectless = speaker_of_cue(
                    self.text, cue.start, start, self.parser, known, cue.end, cue.cue.framed
                )
                if mention is None and not subjectless and not cue.cue.framed:
                    mention = self._subject_far_from_cue(start, cue.start)
                elif (
                    mention is not None
                    and mention.kind == "document"
                    and mention.start > start
                    and self.text[mention.start - 1] == "的"
                ):
                    # 哈马斯发表的|声明|说: who issued it speaks through it; 赫什|引述美国
                    # 官员的声明|发文称: a person who opens the clause cites it and speaks.
                    mention = (
                        self._issuer(start, mention.start - 1, known)
                        or self._subject_far_from_cue(start, cue.start)
                        or mention
                    )
            if mention is None and subjectless:
                mention = self._speaker_of_earlier_cue(cue, start)
            if mention is None and subjectless:
                mention = subject_before(
                    self.text,
                    start,
                    self._sentence_start(start),
                    self.parser,
                    self.quote_closes,
                    known,
                )
            if mention is not None and mention.kind == "person" and mention.name is not None:
                self.known.update(name_forms(self.text[mention.name.start : mention.name.end]))
            cached = (start, mention, subjectless)
            self._speakers[cue.start] = cached
        return cached

    def _speaker_of_earlier_cue(self, cue: CueMatch, start: int) -> Optional[ParsedMention]:
        """并称…，还说…: a cue with no subject of its own shares the speaker of the
        cue before it in the same sentence."""
        sentence = self._sentence_start(start)
        index = self._cue_index[cue.start]
        for earlier in reversed(self.cues[max(0, index - 8) : index]):
            if earlier.start < sentence:
                break
            if earlier.start in self._speakers or self._opens_statement(earlier):
                mention = self.speaker_of(earlier)[1]
                if mention is not None:
                    return mention
        return None

    def _after_ju(self, cue: CueMatch) -> bool:
        """The cue's clause opens on 据 (据邝明讲, 据他说): a spoken cue reports there."""
        clause = self._clause_start(cue.start)
        return self.text.startswith("据", clause) and cue.start - clause <= _ACCORDING_REACH

    def _statement_before(self, cue: CueMatch) -> None:
        """今年的收成很好，村民王刚说。: a cue that ends its sentence, after a clause that
        holds only its speaker, reports the clauses of the sentence before that comma."""
        if (
            cue.cue.quote_only
            or cue.cue.framed
            or not cue.word.endswith(_TRAILING_CUES)
            or self._negated(cue)
        ):
            return  # (提出)建议。, (积极)回应。, (公开)通报。: a thing, not a report
        comma = self.text.rfind("，", max(0, cue.start - _MAX_GAP_TO_CUE), cue.start)
        if comma < 0 or self._quoted(comma) or self._covered_at(comma):
            return
        start, mention, subjectless = self.speaker_of(cue)
        if mention is None or subjectless or start != comma + 1 or mention.start != start:
            return  # the clause must open on its speaker (…，并表示。 borrows one)
        if cue.start - mention.end > _MAX_TRAILING_GAP:
            return  # …，傅小云将针对…提出建议。: more than the speaker and a word or two
        begin = self._sentence_start(comma)
        while begin < comma and self.text[begin] in " \n":
            begin += 1
        if comma - begin < _MIN_REPORTED or self._covered_at(begin):
            return
        quote = self._quote_at(begin)
        if quote is not None and quote.open == begin and quote.close == comma - 1:
            self._add_quote(quote, cue, mention, "quote-cue", 0.85)  # “没问题”，她回答。
            return
        if self._statement_quotes_between(begin - 1, comma):
            return  # “Q”，他说。 and its kin are read from the quotation
        kind = "mixed" if self._quotes_words(begin, comma) else "indirect"
        self._add(Statement(begin, comma, kind, "clause-then-cue", 0.7, cue=cue, mention=mention))

    def _issuer(self, start: int, of: int, known: frozenset[str]) -> Optional[ParsedMention]:
        """Who opens the clause and issued the document named after ``of`` (its 的):
        哈马斯|发表的|声明, 日本气象厅|发布的|消息."""
        verb = of - 2
        if verb <= start or self.text[verb:of] not in ISSUING_VERBS:
            return None
        gap = gap_pattern(self.lexicon)
        for end in range(verb, max(start, verb - _ISSUER_GAP), -1):
            # (an adverbial may stand between the issuer and the verb: 贸发会议|同一天|发布的)
            if end < verb and not gap.fullmatch(self.text, end, verb):
                continue
            mention = self.parser.parse_end(self.text, start, end, known)
            if mention is not None and mention.start == start:
                # (a body named like a meeting issues documents too: 联合国贸发会议)
                return mention if mention.kind in _ISSUERS else None
        return None

    def _subject_far_from_cue(self, start: int, cue_start: int) -> Optional[ParsedMention]:
        """习近平总书记|近日对…作出重要指示|强调: the subject opens the clause."""
        mention = self.parser.parse_start(self.text, start, cue_start, self.known)
        if mention is None or mention.kind not in ("person",) or mention.name is None:
            return None
        # Far from its cue, a bare name must be one the document shows elsewhere.
        name = self.text[mention.name.start : mention.name.end]
        if not mention.positions and name not in self.known:
            return None
        if cue_start - mention.end > 25:
            return None
        return mention

    def _cue_starts(self, position: int, limit: int) -> Optional[CueMatch]:
        """A cue at ``position`` after adverbs (提醒，|指刘书彬…)."""
        if self.text[position : position + 1] not in self._cue_or_lead_firsts:
            return None  # neither a cue nor an adverb starts here
        for cue in self._cues_between(position - 1, min(limit, position + 4) + 1):
            if cue.cue.quote_only or not self._opens_statement(cue):
                continue  # 表示，希望…: 希望 opens no statement of its own
            between = self.text[position : cue.start]
            if not between or self.parser.lead_start.fullmatch(between):
                return cue
        return None

    def _reports_a_speaker(
        self, position: int, limit: int, pronoun: bool = False, named: bool = False
    ) -> bool:
        """The clause at ``position`` names its own speaker and cue (特朗普|认为…);
        with ``pronoun``, a pronoun that opens it (她|认为…); with ``named``, no
        pronoun (我觉得… may be the words of whoever speaks)."""
        for cue in self._cues_between(position, min(limit, position + _MAX_GAP_TO_CUE)):
            if self._quoted(cue.start) or not self._opens_statement(cue):
                continue
            clause, mention, subjectless = self.speaker_of(cue)
            return (
                clause == position
                and mention is not None
                and not subjectless
                and (not pronoun or (mention.kind == "pronoun" and mention.start == position))
                and not (named and mention.kind == "pronoun")
            )
        return False

    def find_from_cues(self) -> None:
        for cue in self.cues:
            if self._covered_at(cue.start):
                continue
            self._statement_after(cue)

    def _statement_after(self, cue: CueMatch) -> None:
        """The statement a cue introduces: a quotation or a reported clause after it.

        What follows the cue is read first; the speaker (the costly part) only for
        a cue that does introduce something.
        """
        text = self.text
        position = cue.end
        paragraph_end = self._paragraph_end(cue.start)
        after = text[position : position + 1]
        colon = after == "："
        comma = after == "，"
        if colon or comma:
            position += 1
        elif cue.cue.addressee:
            position = self._after_addressee(position, paragraph_end) or position
            comma = position != cue.end
        while position < paragraph_end and text[position] == " ":
            position += 1
        if not (colon or comma) and (
            position >= paragraph_end or text[position] in _SENTENCE_MARKS
        ):
            self._statement_before(cue)  # …，村民王刚说。: the clause before speaks
            return
        if (
            position >= paragraph_end
            or self._negated(cue)
            or (cue.word in _BRIEFINGS and self._heard(cue))
            or (cue.word in _PROPOSALS and self._accepted(cue))
        ):
            return  # nothing follows, or 拒绝透露 / 未予回应 / 听取…介绍: nothing was said
        quote = None
        if text[position] in _OPENERS:
            quote = self._quote_at(position)
            if quote is None or quote.open != position:
                return
            if not (colon or comma or self._ends_clause(quote)):
                return
            if not (colon or comma) and not (
                self._reads_as_speech(quote) or cue.word.endswith(("说", "道", "问"))
            ):
                return  # 又称“梆子腔”: a name for something, not words said
            if comma and not self._reads_as_speech(quote) and not self._ends_clause(quote):
                if cue.cue.quote_only:
                    return
                quote = None  # 表示，“北欧响应2024”军演将…: a term opens the reported clause
        elif cue.cue.quote_only and not (comma and self._after_ju(cue)):
            return  # (but 据邝明讲，…: whom the clause is according to speaks)
        elif not (colon or comma) and not (cue.cue.bare and self._bare_clause(cue, position)):
            return
        _start, mention, subjectless = self.speaker_of(cue)
        if cue.word == "看来" and mention is None:
            return
        if (
            cue.cue.kind == "cognition"
            and mention is not None
            and mention.kind == "anonymous"
            and text.endswith("记者", mention.start, mention.end)
        ):
            return  # 记者注意到，…: what the reporter saw is the report itself, no one's words
        if quote is not None:
            if mention is not None or colon:
                self._add_quote(quote, cue, mention, "cue-quote", 0.9 if colon else 0.85)
            return
        if mention is None or self._cue_starts(position, paragraph_end):
            return  # no speaker; or 提醒，指…: the later cue governs the clause
        if cue.word.endswith(("指示", "批示")) and _WHAT_AN_INSTRUCTION_DID.match(text, position):
            return  # 作出重要指示，为…指明了方向 / 在…引发热烈反响: what it did, not what it says
        reported = mention.group_word in _REPORTS or (
            self.text[cue.start - 2 : cue.start] in _REPORTS
            and self.text[cue.start - 4 : cue.start - 2] not in ISSUING_VERBS
        )
        if reported and self._reports_a_speaker(position, paragraph_end):
            return  # (美国媒体)报道称，|特朗普认为…: the one the report quotes speaks
        if (
            comma
            and cue.cue.kind in ("cognition", "sentiment")
            and self._reports_a_speaker(position, paragraph_end, pronoun=True)
        ):
            return  # 卢美玲有些担心，|她认为…: the pronoun's cue reports the clause
        end = self._clause_extent(position, paragraph_end)
        if end - position < 2:
            return
        kind = "mixed" if self._quotes_words(position, end) else "indirect"
        confidence = 0.8 if (colon or comma) else 0.7
        if subjectless:
            confidence -= 0.1
        self._add(
            Statement(position, end, kind, "cue-clause", confidence, cue=cue, mention=mention)
        )

    def _noun_after_de(self, cue: CueMatch) -> bool:
        """A cue right after 的 or 之 (``_DE``, which the caller tests) is a noun (面对
        记者的感谢，…; 评级机构的警告意味着…; 面对时代之问，…), but for whose words frame
        a clause (按照主办方的说法，…; 根据南港政府的通报，…)."""
        if cue.cue.framed:
            return False
        start = clause_start(self.text, cue.start, self.quote_closes)
        return not self.text.startswith(_ACCORDING, start)

    def _purposive(self, cue: CueMatch) -> bool:
        """为 or 为了 right before the cue makes it a purpose, not a report (称，为|回应
        …的袭击，俄军…; 为|表示感谢): unless 为 ends a word (认为, 作为)."""
        text, start = self.text, cue.start
        if text[start - 2 : start] == "为了":
            return True
        return (
            text[start - 1 : start] == "为"
            and text[start - 2 : start] not in self.parser.common_words
        )

    def _heard(self, cue: CueMatch) -> bool:
        """The cue is a briefing the subject listens to (习近平听取…介绍, 听了…汇报):
        a noun after 听取, not the subject speaking."""
        start = self._clause_start(cue.start)
        return _LISTENS.search(self.text, start, cue.start) is not None

    def _accepted(self, cue: CueMatch) -> bool:
        """The cue is a proposal the subject takes up (接受…建议, 采纳了…的建议): a noun
        after the verb that takes it, not the subject proposing."""
        start = self._clause_start(cue.start)
        return _ACCEPTS.search(self.text, start, cue.start) is not None

    def _negated(self, cue: CueMatch) -> bool:
        # A negation ends right before the cue: test its last character first.
        if self.text[cue.start - 1 : cue.start] not in self._negation_ends:
            return False
        return self._negation.search(self.text, max(0, cue.start - 4), cue.start) is not None

    def _after_addressee(self, position: int, limit: int) -> Optional[int]:
        """呼吁公众，…: the position after a short addressee and its comma; none where a
        cue stands in its place (警告|称，…: the later cue reports the clause)."""
        for index in range(position, min(limit, position + 9)):
            char = self.text[index]
            if char == "，":
                return None if self._cues_between(position - 1, index) else index + 1
            if char in CLAUSE_BREAK or char in _OPENERS:
                return None
        return None

    def _bare_clause(self, cue: CueMatch, position: int) -> bool:
        """Is what follows a cue with no punctuation a reported clause?"""
        text = self.text
        if not _WORD_CHAR.match(text, position, position + 1):
            return False
        if text[position] in "了过着出起到给时的" or self._object_start.match(text, position):
            return False
        if cue.word in _NEEDS_CLAUSE_OPENER and not _CLAUSE_OPENER.match(text, position):
            return False  # 提出全球治理倡议 names a proposal; 提出要… reports one
        reporters = _REPORTERS.match(text, position)
        if reporters is not None and self._cues_between(reporters.end() - 1, reporters.end() + 1):
            return False  # 回应|记者称，…: whom the cue answers, then the cue that reports
        need = _WEAK_BARE.get(cue.word, 2)
        farthest = min(len(text), position + _MAX_CLAUSE)
        stop = _CLAUSE_STOP.search(text, position, farthest)
        stop_at = stop.start() if stop else farthest
        if stop_at - position < need:
            return False
        # 回应查询时表示，…: the cue opened a time clause; the later cue introduces the words.
        for later in self._cues_between(position - 1, stop_at):
            if text[later.start - 1] in "时后" and text[later.end : later.end + 1] in "：，“「":
                return False
        return True

    def _ends_clause(self, quote: QuoteSpan) -> bool:
        following = self.text[quote.close + 1 : quote.close + 2]
        return following == "" or following in "，。！？；：\n" or not quote.closed

    def _clause_extent(self, start: int, paragraph_end: int) -> int:
        """Where a reported clause starting at ``start`` ends."""
        limit = min(paragraph_end, start + _MAX_CLAUSE)
        end = self._sentence_end(start, limit)
        # A statement quotation after a comma starts a statement of its own.
        for quote in self._statement_quotes_between(start, end):
            if self.text[quote.open - 1] in "，：" and self._ends_sentence(quote):
                end = quote.open
                break
        # A later clause that reports on its own (；他说…, ，并称…) starts a new statement.
        for cue in self._cues_between(start, end):
            if cue.start >= end:
                break
            if self._quoted(cue.start) or not self._opens_statement(cue):
                continue
            if cue.start not in self._speakers and (self._clause_start(cue.start) <= start):
                continue  # the clause's own cue (its speaker is read where needed)
            clause, mention, subjectless = self.speaker_of(cue)
            if clause <= start:
                continue
            explicit = mention is not None and mention.start >= clause and not subjectless
            colon_quote = self.text[cue.end : cue.end + 2] in ("：“", "：「")
            # ，并称… / ，又指…: the same speaker reports again, and says so.
            again = subjectless and cue.start > clause
            if (
                again
                or colon_quote
                or (explicit and mention.kind in ("person", "pronoun", "group"))
                or (
                    explicit
                    and mention.kind == "organization"
                    and cue.word in _REPORTING
                    and self.text[mention.end : cue.start] in _ALSO
                )
            ):
                end = clause
                break
        return end

    def _opens_statement(self, cue: CueMatch) -> bool:
        """Could this cue start a statement of its own (a colon, comma, quote or clause)?"""
        after = self.text[cue.end : cue.end + 1]
        if after in ("：", "，") or (after and after in _OPENERS):
            return True
        return cue.cue.bare and not cue.cue.quote_only and self._bare_clause(cue, cue.end)

    def _ends_sentence(self, quote: QuoteSpan) -> bool:
        inner = self.text[quote.inner_start : quote.inner_end].rstrip()
        following = self.text[quote.close + 1 : quote.close + 2]
        if inner[-1:] in _FINAL:
            return True
        # At a paragraph end, a quotation with sentences of its own stands alone;
        # 「連姓乜都唔知」。 closes the clause that quotes it.
        return following in ("", "\n") and bool(_SPEECH_PUNCTUATION.search(inner))

    def _quotes_words(self, start: int, end: int) -> bool:
        """Does a reported clause quote the speaker's own words (mixed)?"""
        low = bisect.bisect_left(self.quote_opens, start)
        high = bisect.bisect_left(self.quote_opens, end)
        for quote in self.quotes[low:high]:
            if quote.close < end:
                following = self.text[quote.close + 1 : quote.close + 2]
                inner = self.text[quote.inner_start : quote.inner_end]
                if following in ("，", "。", "！", "？", "；", "") and len(inner) >= 4:
                    return True
        return False

    def _add_quote(
        self,
        quote: QuoteSpan,
        cue: Optional[CueMatch],
        mention: Optional[ParsedMention],
        rule: str,
        confidence: float,
        follows: Optional[Statement] = None,
    ) -> int:
        statement = Statement(
            quote.inner_start,
            quote.inner_end,
            "direct",
            rule,
            confidence,
            cue=cue,
            mention=mention,
            follows=follows,
        )
        return self._add(statement)

    # -- speaker lines ------------------------------------------------------------------

    def find_speaker_lines(self) -> None:
        """``单位职务 姓名：…`` and ``X：…`` headlines at a paragraph start."""
        labels = []
        turns = []  # paragraphs that open on a label of any kind (问：, 答：, 主持人：)
        answers = []  # paragraphs that open on 答：, the answers of an interview
        for index, (start, end) in enumerate(self.view.paragraphs):
            bite = _SOUND_BITE.match(self.text, start, end)
            if bite is not None:
                start = bite.end()  # 【同期】南港市民 邝先生：…: a transcript's sound bite
            if self.text.startswith("【", start):
                # 【记者】…, 【发言人】…: a transcript's label in brackets.
                match = _BRACKET_LABEL.match(self.text, start, end)
                if match is None or match.end() >= end:
                    continue
                turns.append(index)
                mention = self.parser.parse_label(self.text, start + 1, match.end() - 1)
                if mention is not None and mention.kind in ("person", "anonymous"):
                    labels.append((index, match.end(), end, mention, False))
                continue
            # A label is at most 40 characters and a colon: most paragraphs have none.
            if self.text.find("：", start, min(end, start + 41)) < 0:
                continue
            match = _LABEL.match(self.text, start, end)
            if match is None or match.end() >= end:
                continue
            if match.end() - start <= _TURN_LABEL:
                turns.append(index)
            if match.group(1).strip() in _ANSWER_LABELS:
                answers.append((index, match.end(), end))
                continue
            if self._cues_between(start - 1, match.end() - 1) and not (
                index == 0 and _HEADLINE_TOPIC.search(self.text, start, match.end() - 1)
            ):
                continue  # 球迷李女士告诉记者：…: a cue, not a speaker label (but a
                # headline may name its topic after one: 外交部回应美方制裁：…)
            if _NEWS_SOURCE.search(self.text, start, match.end()):
                continue  # 央视网消息（新闻联播）：…: the source of the news, not a speaker
            headline = index == 0
            label_end = match.end() - 1
            bite = _SOUND_BITE_END.search(self.text, start, label_end)
            if bite is not None:
                label_end = bite.start()  # 南港市民 邝先生（同期声）：…
            mention = self.parser.parse_label(self.text, start, label_end)
            interview = _INTERVIEWS.match(self.text, start) if headline else None
            if mention is None and interview is not None:
                # 专访南湖大学校长邝明：…: the one interviewed speaks in the headline.
                mention = self.parser.parse_label(self.text, interview.end(), match.end() - 1)
            if mention is None and headline:
                mention = (
                    self._after_headline_space(start, match.end() - 1)
                    or self._before_headline_time(start, match.end() - 1)
                    or self._before_headline_topic(start, match.end() - 1)
                )
            if mention is None:
                continue
            if mention.kind not in ("person", "anonymous", "organization", "group") or (
                mention.kind != "person" and not headline and not self._asks(mention)
            ):
                continue
            if mention.kind == "organization" and self.parser.is_place(
                self.text[mention.start : mention.end]
            ):
                continue  # 北京：今年将新建…: a place heads the news, nobody speaks
            if self.text.startswith(_DATELINE, mention.end - len(_DATELINE)):
                continue  # 央视网消息：…: the source of the news, not a speaker
            labels.append((index, match.end(), end, mention, headline))
        if answers:
            # 问：…答：…: the answers are the words of the person interviewed, whom the
            # text names before the first turn (本报记者专访了南湖大学校长邝明).
            interviewee = self._interviewee(self.view.paragraphs[answers[0][0]][0])
            if interviewee is not None:
                labels.extend(
                    (index, body, end, interviewee, False) for index, body, end in answers
                )
                labels.sort(key=lambda label: label[0])
        questions = answers or any(self._asks(mention) for *_, mention, _ in labels)
        for index, body, end, mention, headline in labels:
            while body < end and self.text[body] == " ":
                body += 1
            quote = self._quote_at(body)
            rule = "headline" if headline else "speaker-line"
            if quote is not None and quote.open == body and quote.close >= end - 2:
                self._add_quote(quote, None, mention, rule, 0.9)
                continue
            if questions and not headline and not self._asks(mention):
                # An interview: the answer runs on until the next line that opens on a
                # label, read as a speaker's or not (问：, 答：).
                following = bisect.bisect_right(turns, index)
                last = turns[following] if following < len(turns) else len(self.view.paragraphs)
                end = self._answer_end(index, last)
            statement = Statement(body, end, "direct", rule, 0.85, mention=mention)
            self._add(statement)
            if headline:
                # The label is no clause of its own (外交部回应美方制裁：…: no statement
                # after 回应).
                label_start = self.view.paragraphs[index][0]
                self._covered[label_start:body] = b"\x01" * (body - label_start)

    def _answer_end(self, index: int, last: int) -> int:
        """Where an answer that opens paragraph ``index`` ends: before the next label
        (paragraph ``last``), or before a paragraph that reports someone named with a
        cue of its own (…。|市卫健委相关负责人表示，…: the article's narrative again)."""
        paragraphs = self.view.paragraphs
        for following in range(index + 1, last):
            start, end = paragraphs[following]
            if self._reports_a_speaker(start, end, named=True):
                return paragraphs[following - 1][1]
        return paragraphs[last - 1][1]

    def _interviewee(self, before: int) -> Optional[ParsedMention]:
        """The person an interview is with, named after 专访, 对话 or 采访了 before
        ``before`` (专访南湖大学校长邝明, 本报记者近日专访了…)."""
        for match in _INTERVIEWS.finditer(self.text, 0, before):
            mention = self.parser.parse_start(
                self.text, match.end(), min(before, match.end() + CHAIN_REACH), self.known
            )
            if mention is not None and mention.kind == "person" and mention.name is not None:
                return mention
        for match in _BRIEFING_HOST.finditer(self.text, 0, before):
            # 外交部发言人邝明主持例行记者会: the one who holds the briefing answers.
            start = max(self.view.paragraph_of(match.start())[0], match.start() - CHAIN_REACH)
            mention = self.parser.parse_end(self.text, start, match.start(), self.known)
            if mention is not None and mention.kind == "person" and mention.name is not None:
                return mention
        return None

    def _after_headline_space(self, start: int, colon: int) -> Optional[ParsedMention]:
        """The speaker of a headline's second half (菜价飙涨 农委会：下周可望回稳):
        the whole mention between the last space and the colon."""
        space = self.text.rfind(" ", start, colon)
        if space == -1 or colon - space < 3:
            return None
        mention = self.parser.parse_end(self.text, space + 1, colon)
        if mention is None or mention.start != space + 1:
            return None
        return mention

    def _before_headline_time(self, start: int, colon: int) -> Optional[ParsedMention]:
        """The speaker of a headline whose label ends in a time or an occasion
        (女排主帅|赛后：…, 专家|答问：…): the mention before it."""
        if colon - start > 20 or not _HAN_CHAR.match(self.text, colon - 1):
            return None  # 央视网消息（新闻联播）：… is a source, no speaker with a time
        gap = gap_pattern(self.parser.lexicon)
        for end in range(colon - 1, max(start + 1, colon - 8), -1):
            if gap.fullmatch(self.text, end, colon):
                mention = self.parser.parse_label(self.text, start, end)
                if mention is not None:
                    return mention
        return None

    def _before_headline_topic(self, start: int, colon: int) -> Optional[ParsedMention]:
        """The speaker of a headline that names its topic (邝明谈人工智能：…, 专家解读
        新规：…): the mention before 谈 or 解读."""
        topic = _HEADLINE_TOPIC.search(self.text, start, colon)
        if topic is None or topic.start() - start < 2:
            return None
        mention = self.parser.parse_label(self.text, start, topic.start())
        if mention is None or mention.kind not in ("person", "anonymous", "organization"):
            return None
        return mention

    def _asks(self, mention: ParsedMention) -> bool:
        """A label of the one who asks: 记者, 主持人, 问."""
        words = ("记者", "主持人", "问", "提问")
        for position in mention.positions:
            if position.title is not None:
                title = self.text[position.title.start : position.title.end]
                if title.endswith(words):
                    return True
        return False

    # -- quotations without a cue of their own ------------------------------------------

    def find_from_quotes(self) -> None:
        for quote in self.quotes:
            if self._covered_at(quote.inner_start) or quote.inner_end - quote.inner_start < 1:
                continue
            if self._quote_then_cue(quote):
                continue
            if not self._reads_as_speech(quote) or not self._stands_alone(quote):
                continue
            self._quote_without_cue(quote)

    def _stands_alone(self, quote: QuoteSpan) -> bool:
        """Not a term inside a clause: a boundary before it, or a speaker after it."""
        before = self.text[quote.open - 1 : quote.open] if quote.open else ""
        return before in ("", "\n", "，", "。", "！", "？", "；", "：", " ", "”", "」") or (
            self._after_byline(quote.open)
        )

    def _after_byline(self, position: int) -> bool:
        """A dateline's byline in brackets ends right before ``position`` (本报讯（记者
        周晓岚）|“…”, 新华社北京11月28日电（记者 王刚）|…): a sentence opens there."""
        if self.text[position - 1 : position] not in ("）", ")"):
            return False
        lowest = max(0, position - _BYLINE_REACH)
        opening = max(
            self.text.rfind("（", lowest, position), self.text.rfind("(", lowest, position)
        )
        if opening == -1:
            return False
        start = self.view.paragraph_of(opening)[0]
        return _DATELINE_BEFORE_BYLINE.fullmatch(self.text, start, opening) is not None

    def _quote_then_cue(self, quote: QuoteSpan) -> bool:
        """“Q”X说 / “Q，”X说，“Q2” / “Q”作为…，X说，…: the first cue after the quotation.

        The quotation opens its sentence. One that closes a clause begun before it
        (…联系，“Q？”) ends that sentence instead, and a cue after it is another's.
        """
        if not self._reads_as_speech(quote) and not self._ends_clause(quote):
            return False
        before = self.text[quote.open - 1 : quote.open] if quote.open else ""
        inner = self.text[quote.inner_start : quote.inner_end].rstrip()
        if before not in ("", "\n", "。", "！", "？", " ", "”", "」") and not self._after_byline(
            quote.open
        ):
            if before not in ("，", "：", "；") or inner[-1:] in _FINAL:
                return False
        start = quote.close + 1
        limit = self._sentence_end(start, min(self._paragraph_end(start), start + _MAX_TRAILER))
        for cue in self._cues_between(start - 1, limit):
            if self._statement_quotes_between(start - 1, cue.start):
                break
            clause, mention, _ = self.speaker_of(cue)
            if mention is None:
                continue
            if not self._reads_as_speech(quote) and clause != start:
                continue
            self._add_quote(quote, cue, mention, "quote-cue", 0.9)
            return True
        return False

    def _quote_without_cue(self, quote: QuoteSpan) -> None:
        # “Q”邝庆峰对各种鸟类如数家珍: the person opening the next clause; also after
        # 说这话时 and an age, on the same line or the next (“Q”\n说这话时，72岁的钱桂英…).
        after = quote.close + 1
        signed = _SIGNATURE.match(self.text, after)
        if signed is not None:
            # “Q”——市长王刚: the one who signs the quotation after a dash.
            mention = self.parser.parse_label(self.text, signed.start(1), signed.end(1))
            if mention is not None and mention.kind in ("person", "anonymous"):
                self._add_quote(quote, None, mention, "signature", 0.8)
                return
        words = _WORDS_OF.match(self.text, after)
        if words is not None:
            # “Q”这是老党员王大山常挂在嘴边的话: the one whose words they are.
            mention = self.parser.parse_end(self.text, words.start(1), words.end(1), self.known)
            if mention is not None and mention.start == words.start(1):
                self._add_quote(quote, None, mention, "quote-subject", 0.7)
                return
        saying = _SAYING_THIS.match(self.text, after)
        if saying is not None:
            after = saying.end()
        if after < len(self.text) and self.text[after] not in CLAUSE_BREAK:
            mention = self.parser.parse_start(
                self.text, after, min(len(self.text), after + 20), self.known
            )
            if self._named_person(mention) or (
                mention is not None and mention.kind == "pronoun" and mention.start == after
            ):
                # “Q”他停顿了一下: a pronoun right after the quotation is its speaker too
                self._add_quote(quote, None, mention, "quote-subject", 0.7)
                return
            framing = _FRAMING_CLAUSE.match(self.text, after)
            if framing is not None and not self._cues_between(after - 1, framing.end()):
                # “Q”面对挫败，主教练安达臣仍然信心十足: a short clause, then the person
                # the document names, who opens the sentence.
                opening = self._past_descriptor(framing.end())
                mention = self.parser.parse_start(
                    self.text, opening, min(len(self.text), opening + 20), self.known
                )
                if self._named_person(mention) and mention.start == opening:
                    self._add_quote(quote, None, mention, "quote-subject", 0.6)
                    return
        if self.text[quote.open - 1 : quote.open] == "：":
            # 谈及未来，王明信心满满：“Q”: the subject of the clause the colon closes.
            colon = quote.open - 1
            clause = clause_start(self.text, colon, self.quote_closes)
            mention = self.parser.parse_start(self.text, clause, colon, self.known)
            if (
                mention is not None
                and mention.kind == "person"
                and mention.name is not None
                and colon - mention.end <= _MANNER_BEFORE_COLON
            ):
                self._add_quote(quote, None, mention, "colon-subject", 0.7)
                return
        previous = self._previous_statement(quote.open)
        paragraph_start = self.view.paragraph_of(quote.open)[0]
        if (
            (previous is None or previous.start < paragraph_start)
            and paragraph_start < quote.open
            and self.text[quote.open - 1] in "。！？"
        ):
            # …。95后小伙郜晨在…做运营。“Q”: the sentence before the quotation, in its
            # paragraph, opens on a person, whose words the quotation with no cue gives
            # (not those of the one who spoke in the paragraph before).
            sentence = max(paragraph_start, self._sentence_start(quote.open - 1))
            opening = self._past_descriptor(sentence)
            mention = self.parser.parse_start(self.text, opening, quote.open, self.known)
            if mention is not None and mention.start == opening and self._named_person(mention):
                self._add_quote(quote, None, mention, "sentence-before", 0.6)
                return
        if previous is not None:
            self._add_quote(quote, None, None, "continuation", 0.7, follows=previous)
            return
        # 邝某……联系，“Q？”: the subject of the sentence asks or says it.
        sentence = self._sentence_start(quote.open)
        if sentence < quote.open:
            mention = self.parser.parse_start(self.text, sentence, quote.open, self.known)
            if self._named_person(mention, titled=False):
                self._add_quote(quote, None, mention, "sentence-subject", 0.5)

    def _past_descriptor(self, position: int) -> int:
        """After what describes the person the clause opens on (家住南湖区的|邝明,
        72岁的|邝明), where it does."""
        descriptor = PERSON_DESCRIPTOR.match(self.text, position)
        return descriptor.end() if descriptor is not None else position

    def _named_person(self, mention: Optional[ParsedMention], titled: bool = True) -> bool:
        """A person the document names elsewhere too, named by surname and form of
        address (邝某, 邝先生, 小邝), or (with ``titled``) with a title (邝桂兰老人):
        enough to take a quotation with no cue."""
        if mention is None or mention.kind != "person" or mention.name is None:
            return False
        name = self.text[mention.name.start : mention.name.end]
        return (
            name in self.known
            or bool(self.parser.honorific_end.search(name))
            or self.parser.addressed_at(name, 0, len(name))
            or (titled and any(position.title for position in mention.positions))
        )

    def _previous_statement(self, position: int) -> Optional[Statement]:
        """The statement this quotation continues: the last one in this paragraph or
        the one closing the paragraph before."""
        paragraph_start, _ = self.view.paragraph_of(position)
        previous_paragraph = self.view.paragraph_of(max(paragraph_start - 2, 0))
        index = bisect.bisect_right(self._by_end, (position, len(self.text), len(self.statements)))
        while index > 0:
            index -= 1
            end, start, number = self._by_end[index]
            if end < previous_paragraph[0]:
                break
            same = start >= paragraph_start
            closing = (
                paragraph_start > 0
                and previous_paragraph[0] <= start
                and end >= previous_paragraph[1] - 2
            )
            if same or closing:
                return self.statements[number]
        return None

    def find(self) -> list[Statement]:
        """All statements of the view, in document order."""
        self.find_speaker_lines()
        self.find_from_cues()
        self.find_from_quotes()
        self.statements.sort(key=lambda statement: statement.start)
        return self.statements
