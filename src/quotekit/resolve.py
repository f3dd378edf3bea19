"""Resolution: who each mention stands for, within one document.

A name said alone (邝洁说) is the person named with a title elsewhere in the
document (南湖实验室副总经理邝洁); a surname and a title (王局长) is the person with
that surname and title; a pronoun (他, 她, 其) is the nearest person of its sentence,
else the last named speaker; a title said in a headline (U22国足主帅：…) is the person
of the story with the same title. Every person gets all positions the document gives
them, the first written first.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Optional

import attrs

from .chains import BODY_POINTERS, PERSON_DESCRIPTOR, PERSON_POINTERS, title_head
from .layout import View
from .lexicon import trie_pattern
from .mentions import CHAIN_REACH, MentionParser, ParsedMention, TitledName
from .records import Mention, Person, Position, Speaker
from .statements import Statement

# A line break of the text.
_LINE_BREAK = re.compile("\n")

# Characters after which a name stands bare: no title or organization precedes it.
_BARE_BEFORE = frozenset("，。！？；：\n“”「」 （）、")
# Words that point at a body rather than name it (该, 这, 本): a unit after one of them
# is no body named before, and a body does not open on one (nor on 一).
_POINTING = BODY_POINTERS | frozenset("这那本其")
_NOT_BODY_FIRSTS = _POINTING | {"一"}
# How far back the body a pointer names (该院, 此公司) may be, in characters; how many
# of the units before the pointer are read as that body; and the marks that open the
# clause it is named in.
_BODY_REACH = 2000
_BODY_TRIES = 6
_CLAUSE_MARKS = ("，", "。", "！", "？", "；", "：", "\n", "、")
# How many clauses of a sentence may open on its subject (after frames and times).
_SUBJECT_CLAUSES = 4
# The last word of a name in parts: after its last name dot or space.
_LAST_WORD = re.compile(r"(?<=[· ])[^· ]+\Z")


# Openings of a clause that frames the sentence rather than naming its subject.
_FRAMES = ("对于", "关于", "针对", "就", "据", "对", "在", "随着", "面对", "根据", "鉴于", "为了")


@attrs.define
class _PersonEntry:
    name: str  # as the text writes it (original characters)
    key: str  # the normalized name
    # Each position with the offset where the document first gives it.
    first_seen: dict[Position, int] = attrs.field(factory=dict)
    mentions: list[Mention] = attrs.field(factory=list)
    quotes: int = 0
    spoken: bool = False  # named before a cue, where the text marks where the name ends
    # "f" once the text calls the person 她, "m" once 他 (None: not yet).
    sex: Optional[str] = None
    _ordered: Optional[tuple[Position, ...]] = None
    # Positions still to read, in the order the document gives them: (offset, a
    # function that reads them). Most people named after a title never speak and
    # are never looked up, so their chains are read only when the entry's positions
    # are first used (or another position is added, which keeps the order).
    _pending: list[tuple[int, Callable[[], Iterable[Position]]]] = attrs.field(factory=list)

    @property
    def positions(self) -> list[tuple[int, Position]]:
        self._settle()
        return [(offset, position) for position, offset in self.first_seen.items()]

    def defer(self, offset: int, read: Callable[[], Iterable[Position]]) -> None:
        """Positions given at ``offset`` that ``read()`` gives when needed."""
        self._pending.append((offset, read))
        self._ordered = None

    def _settle(self) -> None:
        if self._pending:
            pending, self._pending = self._pending, []
            for offset, read in pending:
                for position in read():
                    self._add(offset, position)

    def add_position(self, offset: int, position: Position) -> None:
        self._settle()
        self._add(offset, position)

    def _add(self, offset: int, position: Position) -> None:
        if position.org is None and position.title is None:
            return
        if offset < self.first_seen.get(position, offset + 1):
            self.first_seen[position] = offset
            self._ordered = None

    def merge(self, other: _PersonEntry) -> None:
        for offset, position in other.positions:
            self.add_position(offset, position)

    def ordered_positions(self) -> tuple[Position, ...]:
        self._settle()
        if self._ordered is None:
            seen = sorted(self.first_seen, key=self.first_seen.__getitem__)
            # (None, 局长) adds nothing where (南湖县水利局, 局长) is known.
            titled = {p.title for p in seen if p.org is not None}
            self._ordered = tuple(p for p in seen if p.org is not None or p.title not in titled)
        return self._ordered

    def speaker(self, mention: Optional[Mention], kind: str = "person") -> Speaker:
        positions = self.ordered_positions()
        first = positions[0] if positions else Position()
        return Speaker(
            name=self.name,
            title=first.title,
            org=first.org,
            positions=positions,
            mention=mention.text if mention else None,
            mention_start=mention.start if mention else None,
            mention_end=mention.end if mention else None,
            kind=kind,
        )


class Resolver:
    """Resolves the mentions of one document's statements into speakers."""

    def __init__(self, text: str, normalized: str, view: View, parser: MentionParser) -> None:
        self.text = text
        self.normalized = normalized
        self.view = view
        self.parser = parser
        self.people: dict[str, _PersonEntry] = {}
        self._person_mentions: list[tuple[int, str]] = []  # (original offset, key)
        self._organizations: dict[str, bool] = {}  # name -> written as one elsewhere
        # The last word of each name in parts (古特雷斯 of 安东尼奥·古特雷斯, Smith
        # of Brad Smith) and the keys of the people it ends.
        self._last_words: dict[str, set[str]] = {}
        # The mentions of unnamed officials that statements have, by source end offset.
        self._anonymous_at: dict[int, ParsedMention] = {}
        # The organization written with a title at each occurrence read (or None).
        self._orgs_with_titles: dict[tuple[str, int], Optional[str]] = {}
        # Where names after titles stand (normalized offsets): their positions are read.
        self._titled_at: set[tuple[int, int]] = set()
        self._line_breaks: Optional[list[int]] = None  # positions of "\n", once needed
        # Where each person's name is written, once asked (see ``_occurrences``).
        self._found: Optional[dict[str, list[int]]] = None
        # The people's mentions by the heads of their titles (see ``_mentions_by_head``).
        self._by_head: Optional[dict[str, list[tuple[int, str]]]] = None
        # Where each surname stands in a name other than a given one (see
        # ``_other_name_with``), found once.
        self._other_names: dict[tuple[str, str], list[int]] = {}
        # Forms of address after a surname (先生, 女士, 大爷); not 某, which hides a name.
        self._honorifics = parser.lexicon.honorifics - {"某"}

    # -- the people of the document -------------------------------------------------

    def _entry(self, key: str, name: str) -> _PersonEntry:
        entry = self.people.get(key)
        if entry is None:
            entry = self.people[key] = _PersonEntry(name=name, key=key)
            last = _LAST_WORD.search(key)
            if last is not None:
                self._last_words.setdefault(last.group(), set()).add(key)
        return entry

    def collect(self, statements: Iterable[Statement], titled: Iterable[TitledName] = ()) -> None:
        """Index every person the document names with a title (``titled``, found in
        the normalized text), and every speaker name."""
        norm = self.normalized
        for found in titled:
            start, end = found.name.start, found.name.end
            key = norm[start:end]
            entry = self.people.get(key) or self._entry(key, self.text[start:end])
            entry.defer(start, functools.partial(self._titled_positions, found))
            self._person_mentions.append((start, entry.key))
            self._titled_at.add((start, end))
        for statement in statements:
            mention = statement.mention
            if mention is not None and mention.kind == "anonymous" and mention.end > 0:
                # Where an unnamed official's mention ends (source offset): its positions
                # are read already, should a later statement look for its organization.
                self._anonymous_at[self.view.to_source(mention.end - 1) + 1] = mention
            if mention is not None and mention.name is not None and not mention.surname_only:
                entry = self._index(
                    mention, self.view.text, self.view.original, self.view.to_source
                )
                entry.spoken = True
        self._merge_truncated()
        for key, entry in list(self.people.items()):
            if entry.spoken:
                self._enrich(key)
        self._statement_spans = sorted(
            self.view.span_to_source(statement.start, statement.end) for statement in statements
        )
        self._person_mentions = sorted(
            (offset, key)
            for offset, key in set(self._person_mentions)
            if key in self.people and not self._inside_statement(offset)
        )

    def _titled_positions(self, found: TitledName) -> tuple[Position, ...]:
        """The positions of a name found after a title, read from its chain."""
        mention = self.parser.titled_mention(self.normalized, found)
        mention = self.parser.with_workplace(self.normalized, mention)
        return self._bodies_named(mention.positions_in(self.text), None, found.name.start)

    def _merge_truncated(self) -> None:
        """One person read two ways after titles: a name read before a cue wins
        (安东尼 is 安东尼奥, 苏剑看 is 苏剑)."""
        keys = sorted(self.people, key=len)
        rank = {key: index for index, key in enumerate(keys)}
        # In the keys sorted as strings, the ones a key begins follow it (by bisection:
        # testing every pair was quadratic in a text of many names).
        ordered = sorted(keys)
        for short in keys:
            index = bisect.bisect_right(ordered, short)
            longer = []
            while index < len(ordered) and ordered[index].startswith(short):
                longer.append(ordered[index])
                index += 1
            for long in sorted(longer, key=rank.__getitem__):
                if short not in self.people or long not in self.people:
                    continue
                if self.people[long].spoken and not self.people[short].spoken:
                    if len(self._occurrences(short)) == len(self._occurrences(long)):
                        self.people[long].merge(self.people.pop(short))
                elif self.people[short].spoken and not self.people[long].spoken:
                    self.people[short].merge(self.people.pop(long))

    def _inside_statement(self, offset: int) -> bool:
        index = bisect.bisect_right(self._statement_spans, (offset, float("inf"))) - 1
        return (
            index >= 0
            and self._statement_spans[index][0] <= offset < self._statement_spans[index][1]
        )

    def _index(self, mention: ParsedMention, norm: str, original: str, to_source) -> _PersonEntry:
        key = norm[mention.name.start : mention.name.end]
        name = original[mention.name.start : mention.name.end]
        entry = self.people.get(key)
        offset = to_source(mention.name.start)
        if entry is None and not mention.positions:
            # 古特雷斯 after 安东尼奥·古特雷斯, 小卢 after 卢小燕
            entry = self._by_other_form(key, offset)
        if entry is None:
            entry = self._entry(key, name)
        for position in self._bodies_named(mention.positions_in(original), None, offset):
            entry.add_position(offset, position)
        self._person_mentions.append((offset, entry.key))
        return entry

    def _enrich(self, key: str) -> None:
        """Positions from every place the document writes this name."""
        entry = self.people[key]
        for start in self._occurrences(key):
            end = start + len(key)
            self._copula_positions(entry, start, end)
            self._included_positions(entry, start)
            if start == 0 or self.normalized[start - 1] in _BARE_BEFORE:
                # 。邝洁说: nothing before the name to read a position from.
                entry.mentions.append(Mention(self.text[start:end], start, end))
                self._person_mentions.append((start, key))
                continue
            if (start, end) in self._titled_at:
                # A name after a title: its positions were read with it (``collect``).
                entry.mentions.append(Mention(self.text[start:end], start, end))
                self._person_mentions.append((start, key))
                continue
            mention = self.parser.parse_end(self.normalized, max(0, start - CHAIN_REACH), end)
            if mention is not None and mention.name is not None and mention.name.start == start:
                mention = self.parser.with_workplace(self.normalized, mention)
                after = self._title_after(end)
                for position in self._bodies_named(mention.positions_in(self.text), None, start):
                    if position.title is None and after is not None:
                        # 南港大学|鄢立新|教授团队: the title after the name is the body's.
                        position = Position(org=position.org, title=after)
                    entry.add_position(start, position)
                entry.mentions.append(Mention(self.text[start:end], start, end))
                self._person_mentions.append((start, key))

    def _title_after(self, end: int) -> Optional[str]:
        """The title that follows a name at ``end`` (鄢立新|教授), as the text writes it."""
        norm = self.normalized
        title = self.parser.title_start.match(norm, end)
        if title is None:
            return None
        after = title.end()
        if (
            self.parser.suffix_start.match(norm, after)
            and norm[after : after + 2] not in self.parser.common_words
        ):
            return None  # 主席|团: a body (but 教授|团队)
        return self.text[title.start() : title.end()]  # (the normalized text keeps offsets)

    def _included_positions(self, entry: _PersonEntry, start: int) -> None:
        """The position of a group the name is said to be one of (南港议会不少议员都
        表示支持，包括教育界的邝哲玄): the group's title and organization, from the
        clause before 包括."""
        norm = self.normalized
        included = _INCLUDED.search(norm, max(0, start - _INCLUDED_REACH), start)
        if included is None or norm[included.start() - 1 : included.start()] != "，":
            return
        comma = included.start() - 1
        lowest = max(0, comma - CHAIN_REACH)
        clause = max(lowest, *(norm.rfind(mark, lowest, comma) + 1 for mark in "。！？；\n"))
        parser = self.parser
        for position in range(clause, comma):
            quantifier = parser.quantifier_start.match(norm, position, comma)
            if quantifier is None or parser.lexicon.quantifiers.get(quantifier.group()) != "group":
                continue
            title = parser.title_start.match(norm, quantifier.end(), comma)
            if title is None:
                continue
            chain = parser.chain_start(norm, clause, quantifier.start())
            body = parser.organization_span(norm, chain, quantifier.start())
            org = self.text[body.start : body.end] if body is not None else None
            entry.add_position(
                start, Position(org=org, title=self.text[title.start() : title.end()])
            )
            return

    def _copula_positions(self, entry: _PersonEntry, start: int, end: int) -> None:
        """A position the text gives the name at text[start:end] with 是 (王兆建是兴福镇
        党委书记，): a title, with its organization, that runs to the end of the clause."""
        norm = self.normalized
        if norm[end : end + 1] != "是":
            return
        stop = _CLAUSE_END.search(norm, end + 1, end + 1 + CHAIN_REACH)
        if stop is None:
            return
        mention = self.parser.parse_end(norm, end + 1, stop.start())
        if (
            mention is not None
            and mention.kind == "anonymous"
            and mention.start == end + 1
            and mention.positions
        ):
            for position in mention.positions_in(self.text):
                entry.add_position(start, position)

    def _occurrences(self, key: str) -> list[int]:
        """Where the document writes ``key`` (normalized offsets, in order). With few
        people each name is searched for; with many, all are found in one pass (a
        search per name was quadratic in a text of many names)."""
        found = self._found
        if found is None:
            keys = set(self.people)
            if len(keys) <= _FEW_PEOPLE:
                found = {}
            else:
                found = {k: [] for k in keys}
                pattern = re.compile("(?=(" + trie_pattern(keys) + "))")
                for match in pattern.finditer(self.normalized):
                    longest, at = match.group(1), match.start()
                    for length in range(1, len(longest) + 1):
                        if longest[:length] in keys:
                            found[longest[:length]].append(at)
            self._found = found
        places = found.get(key)
        if places is None:
            places = found[key] = []
            start = self.normalized.find(key)
            while start != -1:
                places.append(start)
                start = self.normalized.find(key, start + len(key))
        return places

    # -- speakers ------------------------------------------------------------------

    def resolve(self, statements: list[Statement]) -> list[Speaker]:
        speakers: list[Speaker] = []
        resolved: dict[int, Speaker] = {}
        last_person: Optional[_PersonEntry] = None
        by_name = {entry.name: entry for entry in self.people.values()}
        for statement in statements:
            if statement.follows is not None and id(statement.follows) in resolved:
                followed = resolved[id(statement.follows)]
                speaker = attrs.evolve(followed, mention=None, mention_start=None, mention_end=None)
            else:
                speaker, entry = self._speaker(statement, last_person)
                if entry is not None:
                    last_person = entry
            if speaker.name in by_name:
                by_name[speaker.name].quotes += 1
            resolved[id(statement)] = speaker
            speakers.append(speaker)
        return speakers

    def _mention(self, parsed: ParsedMention) -> Mention:
        start, end = self.view.span_to_source(parsed.start, parsed.end)
        return Mention(self.text[start:end], start, end)

    def _speaker(
        self, statement: Statement, last_person: Optional[_PersonEntry]
    ) -> tuple[Speaker, Optional[_PersonEntry]]:
        parsed = statement.mention
        if parsed is None:
            return Speaker(kind="anonymous"), None
        mention = self._mention(parsed)
        text = self.view.text
        if parsed.kind == "person" and parsed.name is not None and not parsed.surname_only:
            name = text[parsed.name.start : parsed.name.end]
            if not parsed.positions and self._organization_elsewhere(name):
                org = (Position(org=mention.text),)
                return self._plain(mention, org, "organization"), None
            entry = self.people.get(name) or (
                None if parsed.positions else self._by_other_form(name, mention.start)
            )
            if entry is not None:
                return entry.speaker(mention), entry
        if parsed.kind == "person" and parsed.surname_only:
            entry = self._by_surname_and_title(parsed, statement.start) or (
                self._by_name_before_title(parsed, mention.start)
            )
            if entry is not None:
                return entry.speaker(mention), entry
            positions = parsed.positions_in(self.view.original)
            # The surname and what follows it (王教授 of 南港大学王教授).
            name_start, _ = self.view.span_to_source(parsed.name.start, parsed.end)
            name = self.text[name_start : mention.end]
            return self._plain(mention, positions, "person", name=name), None
        if parsed.kind == "pronoun":
            # The person named last before the pronoun in its paragraph (outside anyone's
            # words), else the last person who spoke.
            # A person the text has called 她 is not 他, nor the other way round: the
            # one named before them is (李建国…王秀梅…她说…。他则表示: 李建国).
            sex = _PRONOUN_SEX.get(mention.text[:1])
            order = _LATTER_FORMER.get(mention.text)
            if order is not None:
                # 卡尔森与莫里会谈。后者表示: the last of the people named before (前者:
                # the one before that).
                entry = self._named_back(mention.start, order)
                if entry is not None:
                    return entry.speaker(mention), entry
            paragraph = self._paragraph_start_source(mention.start)
            entry = (
                self._nearest_person(mention.start, paragraph)
                or self._subject_before(mention.start, since=paragraph)
                or last_person
            )
            if entry is None:
                entry = self._subject_before(mention.start)
            if entry is not None and not _may_be(entry, sex):
                entry = self._earlier_person(mention.start, sex)
            if entry is not None:
                if entry.sex is None:
                    entry.sex = sex
                return entry.speaker(mention), entry
            return Speaker(
                mention=mention.text,
                mention_start=mention.start,
                mention_end=mention.end,
                kind="anonymous",
            ), None
        if parsed.kind == "anonymous":
            positions = self._bodies_named(parsed.positions_in(self.view.original), mention)
            if statement.rule == "headline":
                entry = self._by_title(positions, after=statement.end)
                if entry is not None:
                    if positions:
                        entry.add_position(-1, positions[0])
                        self._by_head = None  # the person has one more title
                    return entry.speaker(mention), entry
            if mention.text.startswith(PERSON_POINTERS):
                entry = self._by_title(positions, before=statement.start)
                if entry is None and self._title_new(mention.text, positions, mention.start):
                    # 教授周立新…。这位专家认为: a word for what the person named
                    # before is, that the document gave no one yet, points at them.
                    since = self._paragraph_start_source(mention.start)
                    entry = self._nearest_person(mention.start, since) or last_person
                if entry is not None:
                    return entry.speaker(mention), entry
            if mention.text == (positions[0].title if positions else None):
                # 总书记强调: a title alone names the holder the document introduced.
                entry = self._by_title(positions, before=statement.start)
                if entry is not None:
                    return entry.speaker(mention), entry
            if len(positions) == 1 and positions[0].org is None and positions[0].title:
                # 邀请国务院研究室相关负责人…。相关负责人表示: the office named before.
                org = self._earlier_org(positions[0].title, mention.start)
                if org is not None:
                    positions = (Position(org=org, title=positions[0].title),)
            return self._plain(mention, positions, "anonymous"), None
        if parsed.kind == "organization":
            positions = self._bodies_named(parsed.positions_in(self.view.original), mention)
            return self._plain(mention, positions, "organization"), None
        return Speaker(
            mention=mention.text, mention_start=mention.start, mention_end=mention.end, kind="group"
        ), None

    def _bodies_named(
        self,
        positions: tuple[Position, ...],
        mention: Optional[Mention],
        offset: Optional[int] = None,
    ) -> tuple[Position, ...]:
        """Positions whose organization points back with 该 or 此 (该院呼吸科, 该公司)
        name the body the document wrote before (东湖医院呼吸科, 东湖科技有限公司).
        A mention that opens on such a body gives it to a title that has none
        (该公司董事长)."""
        if offset is None:
            offset = mention.start if mention is not None else 0
        resolved = []
        for position in positions:
            org = position.org
            if org is None and mention is not None and position.title:
                at = mention.text.find(position.title)
                lead = mention.text[:at] if at > 0 else ""
                org = lead if lead[:1] in BODY_POINTERS else None
            if org is not None and org[:1] in BODY_POINTERS:
                body = self._earlier_body(org, offset)
                if body is not None:
                    position = Position(org=body, title=position.title)
                elif position.org is not None and (
                    self._unit_only(org) or self._pointed_unit(org) is None
                ):
                    # 该院院长 with no hospital before: the unit names no organization;
                    # 该案审判长: what the pointer names is no body at all.
                    position = Position(org=None, title=position.title)
            resolved.append(position)
        return tuple(resolved)

    def _pointed_unit(self, org: str) -> Optional[str]:
        """The unit after the pointer of ``org`` (公司 of 该公司董事会, 院 of 该院),
        normalized; None if none follows it."""
        norm_org = self.parser.lexicon.to_simplified(org)
        unit = self.parser.suffix_start.match(norm_org, 1)
        if unit is not None:
            return unit.group()
        return norm_org[1] if norm_org[1:2] in self.parser.unit_chars else None

    def _unit_only(self, org: str) -> bool:
        """``org`` is a pointer and a unit alone (该院, 此公司)."""
        unit = self._pointed_unit(org)
        return unit is not None and 1 + len(unit) == len(org)

    def _earlier_body(self, org: str, before: int) -> Optional[str]:
        """``org`` (该院呼吸科) with its pointer and unit replaced by the body written
        last before ``before`` that ends in that unit (东湖医院 + 呼吸科)."""
        unit_text = self._pointed_unit(org)
        if unit_text is None:
            return None
        norm = self.normalized
        lowest = max(0, before - _BODY_REACH)
        end = norm.rfind(unit_text, lowest, before)
        tries = _BODY_TRIES  # the nearest few units only: a text of pointers alone
        while end > lowest and tries:
            tries -= 1
            stop = end + len(unit_text)
            if norm[end - 1] not in _POINTING:
                clause = max(norm.rfind(mark, lowest, end) for mark in _CLAUSE_MARKS) + 1
                start = self.parser.chain_start(norm, clause, stop)
                if stop - start > len(unit_text) + 1 and norm[start] not in _NOT_BODY_FIRSTS:
                    return self.text[start:stop] + org[1 + len(unit_text) :]
            end = norm.rfind(unit_text, lowest, end)
        return None

    def _by_other_form(self, name: str, at: int) -> Optional[_PersonEntry]:
        """The one person ``name`` (written at ``at``) calls by another form: the last
        word of a name (Smith, 古特雷斯), or a surname with a form of address (小卢,
        老邝, 邝先生)."""
        return self._by_last_word(name) or self._by_surname(name, at)

    def _by_surname(self, name: str, at: int) -> Optional[_PersonEntry]:
        """The one person named in full in the ``_NAME_REACH`` characters before
        ``at`` whose surname ``name`` gives with a form of address (小卢 and 卢女士
        after 卢小燕, 老邝 after 邝建国); None where no one or several people of the
        document bear that surname."""
        surname = self._addressed_surname(name)
        if surname is None:
            return None
        keys = [
            key
            for key in self.people
            if key.startswith(surname)
            and len(key) > len(surname)
            and self._addressed_surname(key) is None
        ]
        lowest = max(0, at - _NAME_REACH)
        if not keys:
            return self._named_without_title(surname, lowest, at)
        if len(keys) != 1 or self.normalized.find(keys[0], lowest, at) == -1:
            return None  # several, or one named only later (邝大爷…邝建国)
        if self._other_name_with(surname, keys[0], lowest, at):
            return None  # 陈新凯…他的儿子陈雨…老陈: another of the surname is named
        return self.people[keys[0]]

    def _named_without_title(self, surname: str, lowest: int, at: int) -> Optional[_PersonEntry]:
        """The one name of that surname in text[lowest:at] where the document names
        someone with no title and no cue (27岁的卞小雨就是其中之一…小卞笑着说); None where
        it writes none, or several."""
        norm, parser = self.normalized, self.parser
        names = set()
        start = norm.rfind(surname, lowest, at)
        tries = _NAME_TRIES  # the nearest few only: a text of one surname repeated
        while start != -1 and tries:
            tries -= 1
            addressed = start > 0 and norm[start - 1] in "老小"  # 小鄢|最喜欢: no full name
            mention = (
                None if addressed else parser.parse_start(norm, start, min(at, start + _NAME_SPAN))
            )
            if (
                mention is not None
                and mention.kind == "person"
                and mention.name is not None
                and mention.name.start == start
                and mention.name.end - start > len(surname)
                and self._addressed_surname(norm[start : mention.name.end]) is None
            ):
                names.add((start, mention.name.end))
            start = norm.rfind(surname, lowest, start)
        if len({norm[start:end] for start, end in names}) != 1:
            return None
        start, end = min(names)
        return self._entry(norm[start:end], self.text[start:end])

    def _other_name_with(self, surname: str, key: str, lowest: int, before: int) -> bool:
        """Whether text[lowest:before] writes the surname in what reads as a name
        other than ``key`` (a surname and a usual given-name character, not a common
        word: 陈新凯, not 陈列). The places are found once for each surname and name."""
        places = self._other_names.get((surname, key))
        if places is None:
            places = self._other_names[surname, key] = self._other_name_places(surname, key)
        index = bisect.bisect_left(places, lowest)
        return index < len(places) and places[index] < before

    def _other_name_places(self, surname: str, key: str) -> list[int]:
        norm, parser = self.normalized, self.parser
        places = []
        start = norm.find(surname)
        while start != -1:
            given = start + len(surname)
            if (
                not norm.startswith(key, start)
                and norm[given : given + 1] in parser.given_chars
                and norm[start : given + 1] not in parser.common_words
                and self._addressed_surname(norm[start : given + 2]) is None
                and self._addressed_surname(norm[max(0, start - 1) : given]) is None
            ):
                places.append(start)
            start = norm.find(surname, start + 1)
        return places

    def _addressed_surname(self, name: str) -> Optional[str]:
        """The surname in 小卢, 老邝, 邝先生, 欧阳女士; None for a name of no such form."""
        surnames = self.parser.surnames
        if len(name) == 2 and name[0] in "老小" and name[1] in surnames:
            return name[1]
        for length in (2, 1):
            surname, address = name[:length], name[length:]
            if address in self._honorifics and (
                surname in surnames or surname in self.parser.compound_surnames
            ):
                return surname
        return None

    def _by_last_word(self, name: str) -> Optional[_PersonEntry]:
        """The one person whose name ends in ``name`` as its last word: Smith after
        Brad Smith, 古特雷斯 after 安东尼奥·古特雷斯."""
        keys = [key for key in self._last_words.get(name, ()) if key in self.people]
        return self.people[keys[0]] if len(keys) == 1 else None

    def _title_new(self, mention: str, positions: tuple[Position, ...], before: int) -> bool:
        """The mention is a pointer and a title alone (这位|专家, 该|官员), and the title
        appears nowhere before ``before``: no one was called so, and no unnamed
        official of that title spoke."""
        if len(positions) != 1 or positions[0].org is not None or not positions[0].title:
            return False
        title = positions[0].title
        pointer = mention[: len(mention) - len(title)]
        if not mention.endswith(title) or pointer.rstrip("位名") not in PERSON_POINTERS:
            return False  # 该研究机构|专家: the body of an expert, not a person named
        key = self.parser.lexicon.to_simplified(title)
        return self.normalized.rfind(key, max(0, before - _TITLE_REACH), before) == -1

    def _earlier_org(self, title: str, before: int) -> Optional[str]:
        """The organization written with ``title`` earlier in the document, if any."""
        key = self.parser.lexicon.to_simplified(title)
        lowest = max(0, before - _TITLE_REACH)
        end = self.normalized.rfind(key, lowest, before)
        for _ in range(5):
            if end == -1:
                break
            org = self._org_with_title(title, key, end)
            if org is not None:
                return org
            end = self.normalized.rfind(key, lowest, end)
        return None

    def _org_with_title(self, title: str, key: str, end: int) -> Optional[str]:
        """The organization written with ``title`` at its occurrence ``end`` (read once
        per occurrence: many statements may ask for the same one)."""
        cached = self._orgs_with_titles.get((key, end), False)
        if cached is not False:
            return cached
        org = None
        stated = self._anonymous_at.get(end + len(key))
        if stated is not None:
            positions = stated.positions_in(self.view.original)
        else:
            parsed = self.parser.parse_end(
                self.normalized, max(0, end - CHAIN_REACH), end + len(key)
            )
            positions = (
                parsed.positions_in(self.text)
                if parsed is not None and parsed.kind == "anonymous"
                else ()
            )
        for position in positions:
            if position.org is not None and position.title == title:
                org = position.org
                break
        self._orgs_with_titles[(key, end)] = org
        return org

    @staticmethod
    def _plain(
        mention: Mention, positions: tuple[Position, ...], kind: str, name: Optional[str] = None
    ) -> Speaker:
        first = positions[0] if positions else Position()
        return Speaker(
            name=name,
            title=first.title,
            org=first.org,
            positions=positions,
            mention=mention.text,
            mention_start=mention.start,
            mention_end=mention.end,
            kind=kind,
        )

    def _organization_elsewhere(self, name: str) -> bool:
        """The document writes ``name`` as an organization elsewhere: with members,
        leaders or a spokesman of its own (哈马斯|政治局领导人, 哈马斯|武装人员), after
        the word for its kind (评级机构|惠誉), or as the short name of one, in brackets
        after it (…抵抗运动（哈马斯）)."""
        known = self._organizations.get(name)
        if known is None:
            norm = self.normalized
            known = self._organizations[name] = any(
                norm.startswith(_MEMBER_WORDS, found + len(name))
                or norm.endswith(_KINDS_NAMED, 0, found)  # 评级机构|惠誉
                or (
                    norm[found - 1 : found] == "（"
                    and norm[found + len(name) : found + len(name) + 1] == "）"
                    and (
                        self.parser.suffix_end.search(norm, max(0, found - 9), found - 1)
                        is not None
                        or norm.endswith("运动", 0, found - 1)  # a movement: 抵抗运动
                    )
                )
                for found in _occurrences(norm, name)
            )
        return known

    def _nearest_person(self, offset: int, since: int) -> Optional[_PersonEntry]:
        """The person named last before ``offset`` and at or after ``since``, outside
        any statement (a name inside someone's words is not an antecedent); but where
        that sentence opens with another person as its subject, that person
        (桑切斯致信冯德莱恩，批评…。他… is 桑切斯)."""
        index = bisect.bisect_left(self._person_mentions, (offset, ""))
        if index == 0 or self._person_mentions[index - 1][0] < since:
            return None
        nearest = self._person_mentions[index - 1][0]
        sentence = self._sentence_opening(max(since, nearest - _SENTENCES_REACH), nearest)
        clause = self.normalized.find("，", sentence, offset)
        subject = bisect.bisect_left(self._person_mentions, (sentence, ""))
        position, key = self._person_mentions[subject]
        if (
            clause == -1
            or position >= clause
            or self.normalized[sentence:clause].lstrip().startswith(_FRAMES)
        ):
            # no subject in the first clause (对于美国总统拜登…，里亚布科夫表示…。他…)
            key = self._person_mentions[index - 1][1]
        return self.people.get(key)

    def _named_back(self, offset: int, order: int) -> Optional[_PersonEntry]:
        """The ``order``-th person (0: the last) among those named before ``offset``
        in the sentence before it, or in the same sentence."""
        lowest = max(self._paragraph_start_source(offset), offset - _SENTENCES_REACH)
        since = self._sentence_opening(lowest, max(lowest, offset - 1))
        index = bisect.bisect_left(self._person_mentions, (offset, ""))
        keys: list[str] = []
        while index > 0 and self._person_mentions[index - 1][0] >= since:
            index -= 1
            key = self._person_mentions[index][1]
            if key not in keys:
                keys.append(key)
        return self.people.get(keys[order]) if len(keys) > order else None

    def _sentence_opening(self, lowest: int, end: int) -> int:
        """After the last 。！？ in [lowest, end), else ``lowest``."""
        return max(lowest, *(self.normalized.rfind(mark, lowest, end) + 1 for mark in "。！？"))

    def _earlier_person(self, offset: int, sex: Optional[str]) -> Optional[_PersonEntry]:
        """The person named last before ``offset`` (outside any statement) whom the
        text may call by a pronoun of ``sex``, within ``_PRONOUN_REACH`` characters."""
        index = bisect.bisect_left(self._person_mentions, (offset, ""))
        lowest = offset - _PRONOUN_REACH
        for position, key in reversed(self._person_mentions[max(0, index - 20) : index]):
            if position < lowest:
                break
            entry = self.people.get(key)
            if entry is not None and _may_be(entry, sex):
                return entry
        return None

    def _subject_before(self, offset: int, since: int = 0) -> Optional[_PersonEntry]:
        """A person of the document who is the subject of a clause of the sentence
        before the pronoun at ``offset`` (or of its own sentence, before it), where
        nobody has spoken yet: 韩正赞赏…。他表示, 港队主教练安达臣赛后…。(paragraph)
        他续指 (the first clause that opens on the person, after any frame). A
        pronoun right after a quotation reads before the quotation (蔺子轩显得有些
        激动。“Q。”他说). ``since``: where that sentence may start, at the earliest."""
        norm = self.normalized
        lowest = max(0, offset - _PRONOUN_REACH, since)
        end = offset
        if norm[end - 1 : end] in _CLOSING_MARKS:
            opening = norm.rfind(_CLOSING_MARKS[norm[end - 1]], lowest, end - 1)
            if opening != -1:
                end = opening
        start = self._sentence_start(lowest, end)
        if start is not None and not norm[start:end].strip(" “”「」"):
            end = start - 1  # the pronoun opens its sentence: read the one before
            while end > lowest and norm[end - 1] in "\n 。！？”」":
                end -= 1
            start = self._sentence_start(lowest, end)
        if start is None or end - start < 2:
            return None  # no sentence within reach
        known = frozenset(self.people)
        clause = start
        for _ in range(_SUBJECT_CLAUSES):
            if clause >= end:
                break
            while clause < end and norm[clause] in " “”「」":
                clause += 1
            described = PERSON_DESCRIPTOR.match(norm, clause, end)
            if described is not None:
                clause = described.end()  # 19岁的|蔺子轩
            framed = norm.startswith(_FRAMES, clause)  # 在葛洲坝…，: a place, no subject
            mention = None if framed else self.parser.parse_start(norm, clause, end, known)
            if mention is not None and mention.kind == "person" and mention.name is not None:
                start, end = mention.name.start, mention.name.end
                entry = self.people.get(norm[start:end])
                if entry is None and not mention.surname_only:
                    # 邝明充满信心。他说: a name no title or cue introduced, the subject
                    # of the sentence before, is the one the pronoun points at. A name is
                    # written alike each time: where the text writes a shorter form more
                    # often, the longer one took a verb (张辉|跑了20多单).
                    low, high = max(0, start - _NAME_REACH), start + _NAME_REACH
                    if end - start == 3 and norm.count(
                        norm[start : end - 1], low, high
                    ) > norm.count(norm[start:end], low, high):
                        end -= 1
                    entry = self.people.get(norm[start:end]) or self._entry(
                        norm[start:end], self.text[start:end]
                    )
                    for position in mention.positions_in(self.text):
                        entry.add_position(start, position)
                    self._copula_positions(entry, start, end)
                    entry.mentions.append(Mention(entry.name, start, end))
                return entry
            comma = norm.find("，", clause, end)
            if comma == -1:
                break
            clause = comma + 1
        return None

    def _sentence_start(self, lowest: int, end: int) -> Optional[int]:
        """Where the sentence ending at ``end`` starts, if at or after ``lowest`` (or at
        the start of the text)."""
        found = max(self.normalized.rfind(mark, lowest, end) for mark in "。！？\n")
        if found == -1:
            # (a paragraph's first sentence where ``lowest`` is the paragraph's start)
            return lowest if lowest == 0 or self.normalized[lowest - 1] == "\n" else None
        return found + 1

    def _paragraph_start_source(self, offset: int) -> int:
        """The position after the last line break before ``offset`` (0 if none),
        by bisection: a search back from ``offset`` made long paragraphs quadratic."""
        if self._line_breaks is None:
            self._line_breaks = [match.start() for match in _LINE_BREAK.finditer(self.normalized)]
        index = bisect.bisect_left(self._line_breaks, offset)
        return self._line_breaks[index - 1] + 1 if index else 0

    def _by_surname_and_title(self, parsed: ParsedMention, offset: int) -> Optional[_PersonEntry]:
        text = self.view.text
        surname = text[parsed.name.start : parsed.name.end]
        titles = [text[p.title.start : p.title.end] for p in parsed.positions if p.title]
        heads = {title_head(self.parser, title) for title in titles}
        for entry in self.people.values():
            if not entry.key.startswith(surname) or entry.key == surname:
                continue
            entry_heads = {title_head(self.parser, p.title) for _, p in entry.positions if p.title}
            if heads & entry_heads:
                return entry
        return None

    def _by_name_before_title(self, parsed: ParsedMention, offset: int) -> Optional[_PersonEntry]:
        """王主席 after 王明主席 earlier in the text: the person of that surname whom the
        text names before the same title (a name then a title is no titled name of
        ``collect``, which reads titles before names)."""
        text = self.view.text
        surname = text[parsed.name.start : parsed.name.end]
        titles = [p.title for p in parsed.positions if p.title is not None]
        if not titles:
            return None
        title = text[titles[0].start : titles[0].end]
        norm = self.normalized
        lowest = max(0, offset - _NAME_BEFORE_TITLE_REACH)
        found = norm.rfind(title, lowest, offset)
        while found != -1:
            for given in (2, 1):
                start = found - given - len(surname)
                if start < 0 or not norm.startswith(surname, start):
                    continue
                parsed_there = self.parser.parse_end(norm, start, found + len(title))
                if (
                    parsed_there is not None
                    and parsed_there.kind == "person"
                    and not parsed_there.surname_only
                    and parsed_there.name is not None
                    and (parsed_there.name.start, parsed_there.name.end) == (start, found)
                ):
                    entry = self._entry(norm[start:found], self.text[start:found])
                    entry.add_position(start, Position(title=self.text[found : found + len(title)]))
                    self._by_head = None  # the person has one more title
                    return entry
            found = norm.rfind(title, lowest, found)
        return None

    def _by_title(
        self,
        positions: tuple[Position, ...],
        after: Optional[int] = None,
        before: Optional[int] = None,
    ) -> Optional[_PersonEntry]:
        """The person whose title has the same head (主帅 ~ 主教练, 代表 ~ 副代表): the
        first named at or after ``after``, else the last named before ``before``."""
        heads = {title_head(self.parser, p.title) for p in positions if p.title}
        if not heads:
            return None
        by_head = self._mentions_by_head()
        best: Optional[tuple[int, str]] = None
        if after is not None:
            lowest = (self.view.to_source(after - 1), "")
            for head in heads:
                mentions = by_head.get(head, ())
                index = bisect.bisect_left(mentions, lowest)
                if index < len(mentions) and (best is None or mentions[index] < best):
                    best = mentions[index]
        else:
            highest = (self.view.to_source(before) if before is not None else len(self.text), "")
            for head in heads:
                mentions = by_head.get(head, ())
                index = bisect.bisect_left(mentions, highest)
                if index and (best is None or mentions[index - 1] > best):
                    best = mentions[index - 1]
        return self.people[best[1]] if best is not None else None

    def _mentions_by_head(self) -> dict[str, list[tuple[int, str]]]:
        """The people's mentions (offset, key) by the heads of their titles, in order;
        built when first asked, and again after a person gained a title (the
        resolver then sets ``_by_head`` to None)."""
        if self._by_head is None:
            by_head: dict[str, list[tuple[int, str]]] = {}
            heads_of: dict[str, set[str]] = {}
            for offset, key in self._person_mentions:
                heads = heads_of.get(key)
                if heads is None:
                    heads = heads_of[key] = {
                        title_head(self.parser, p.title)
                        for _, p in self.people[key].positions
                        if p.title
                    }
                for head in heads:
                    by_head.setdefault(head, []).append((offset, key))
            self._by_head = by_head
        return self._by_head

    def persons(self) -> list[Person]:
        """Every person of the document who speaks or is named with a title."""
        out = []
        for entry in self.people.values():
            positions = entry.ordered_positions()
            first = positions[0] if positions else Position()
            out.append(
                Person(
                    name=entry.name,
                    title=first.title,
                    org=first.org,
                    positions=positions,
                    mentions=tuple(sorted(set(entry.mentions), key=lambda m: m.start)),
                    quotes=entry.quotes,
                )
            )
        return out


# How far back a surname and a title (王主席) look for the full name before the title.
_NAME_BEFORE_TITLE_REACH = 3000
# The sex a third-person pronoun gives its antecedent, by its first character.
_PRONOUN_SEX = {"他": "m", "她": "f"}
# Up to how many people a document's names are each searched for on their own.
_FEW_PEOPLE = 32
# How far back a title is looked for (the organization written with it, whether it
# was given before), in characters.
_TITLE_REACH = 3000
# How far back the sentence before a mention (后者) is looked for, in characters.
_SENTENCES_REACH = 400
# The latter and the former: which person named before, counted from the last.
_LATTER_FORMER = {"后者": 0, "後者": 0, "前者": 1}
# Closing quotation marks, with the mark that opens them.
_CLOSING_MARKS = {"”": "“", "」": "「"}
# How far back a pronoun whose nearest antecedent has the other sex looks for one.
_PRONOUN_REACH = 600
# How far either side of a name the text is read for other forms of it.
_NAME_REACH = 2000
# How many characters a name read after its surname may span (欧阳|小雨, 卞|小雨).
_NAME_SPAN = 6
# How many places of a surname before a form of address are read as names, at most.
_NAME_TRIES = 8
# What ends a clause after 是 (王兆建是兴福镇党委书记，).
_CLAUSE_END = re.compile("[，。；！？\n]")
# 包括 and what the person is of (医疗卫生界的) right before a name.
_INCLUDED = re.compile("包括(?:[^，。！？；：\n]{1,12}的)?\\Z")
_INCLUDED_REACH = 16


def _may_be(entry: _PersonEntry, sex: Optional[str]) -> bool:
    """A pronoun of ``sex`` may stand for the person of ``entry``."""
    return sex is None or entry.sex is None or entry.sex == sex


# Words that follow an organization's name and never a person's: its members,
# leaders, spokesmen and bodies (哈马斯|政治局领导人, 胡塞|武装发言人).
# Words for a kind of body that its own name follows (评级机构|惠誉, 国际组织|乐施会).
_KINDS_NAMED = ("机构", "组织")
_MEMBER_WORDS = (
    "政治局",
    "武装",
    "领导人",
    "领导层",
    "发言人",
    "高级官员",
    "官员",
    "成员",
    "方面",
    "高层",
    "下属",
)


def _occurrences(text: str, word: str) -> Iterator[int]:
    start = text.find(word)
    while start != -1:
        yield start
        start = text.find(word, start + 1)
