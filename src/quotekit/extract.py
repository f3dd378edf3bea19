"""The Extractor: every stage in order, from text to ``Quote`` records.

    text -> layout -> quote spans -> cues -> speaker mentions -> resolution -> records

``Extractor`` holds the lexicon (with any user additions) and the patterns built
from it, so a batch job builds them once. ``extract(text)`` uses a shared default
extractor.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any, Optional

import attrs

from .errors import ArgumentTypeError, Errors
from .layout import Markup, View, normalization_table, normalize, read_layout, strip_markup
from .lexicon import Lexicon, load_lexicon
from .mentions import MentionParser, TitledName, name_forms
from .records import Mention, Person, Quote, Speaker
from .resolve import Resolver
from .statements import Statement, StatementFinder


@attrs.frozen
class Analysis:
    """Everything quotekit found in one document: its quotes and its people."""

    text: str
    quotes: tuple[Quote, ...]
    people: tuple[Person, ...]

    def _repr_html_(self) -> str:  # pragma: no cover - exercised in notebooks
        from .render import render

        return render(self.text, quotes=self.quotes)


class Extractor:
    """Finds attributed statements; holds the lexicons and compiled patterns.

    Build one and reuse it: ``Extractor(titles=["首席顾问"], cues=["怒斥"])`` adds
    entries to the shipped lexicons (see ``Lexicon.extend`` for every field).

    >>> extractor = Extractor()
    >>> [q.speaker.name for q in extractor("“明年就能推广。”浙江大学教授林晓峰说。")]
    ['林晓峰']
    """

    def __init__(self, lexicon: Optional[Lexicon] = None, **additions: Iterable[Any]) -> None:
        base = lexicon if lexicon is not None else load_lexicon()
        self.lexicon = base.extend(**additions) if additions else base
        self._parser: Optional[MentionParser] = None

    @property
    def parser(self) -> MentionParser:
        if self._parser is None:
            self._parser = MentionParser(self.lexicon)
        return self._parser

    def additions(self) -> dict[str, list[Any]]:
        """The user additions of this extractor's lexicon (JSON-ready)."""
        return self.lexicon.additions_from(load_lexicon())

    def __getstate__(self) -> dict[str, Any]:
        # Patterns are rebuilt on arrival; only the lexicon additions travel.
        return {"additions": self.additions()}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state["additions"])

    def __repr__(self) -> str:
        additions = self.additions()
        extra = ", ".join(f"{field}=+{len(words)}" for field, words in additions.items())
        return f"Extractor({extra})"

    def __call__(self, text: str) -> list[Quote]:
        return self.extract(text)

    def extract(self, text: str) -> list[Quote]:
        """The attributed statements of ``text``, in document order."""
        return list(self._run(text, (), people=False, func="extract").quotes)

    def analyze(self, text: str, *, names: Iterable[str] = ()) -> Analysis:
        """Quotes and people of ``text`` (the document-level result).

        ``names`` are strings known to be people's names (for example the PERSON
        spans of a trained NER): the speaker rules accept them where they would not
        read a name themselves (a rare surname, a name with no title).
        """
        return self._run(text, names, people=True, func="analyze")

    def _run(self, text: str, names: Iterable[str], *, people: bool, func: str) -> Analysis:
        if not isinstance(text, str):
            raise ArgumentTypeError(Errors.E001.format(func=func, type=type(text).__name__))
        text = _scrub(text)
        if not text.strip():
            return Analysis(text, (), ())
        markup = strip_markup(text)
        if markup is None:
            quotes, persons = self._analyze(text, names, people)
        else:
            # Read the text without its HTML; give every offset back in the source.
            quotes, persons = self._analyze(markup.text, names, people)
            quotes = tuple(_in_source(quote, markup, text) for quote in quotes)
            persons = tuple(_person_in_source(person, markup, text) for person in persons)
        return Analysis(text, quotes, persons)

    def _analyze(
        self, text: str, names: Iterable[str], people: bool = True
    ) -> tuple[tuple[Quote, ...], tuple[Person, ...]]:
        table = normalization_table(self.lexicon)
        normalized = normalize(text, self.lexicon)
        view = read_layout(text, self.lexicon, normalized)
        given = {name.translate(table) for name in names if isinstance(name, str) and name}
        found: Optional[list[TitledName]] = None  # the names after titles, once read

        def titled() -> list[TitledName]:
            nonlocal found
            if found is None:
                found = list(self.parser.titled_names(normalized))
            return found

        def known() -> set[str]:
            names = {normalized[m.name.start : m.name.end] for m in titled()}
            return {form for name in names for form in name_forms(name)} | given

        # (The titled names are read only where a cue or a quotation needs them.)
        statements = StatementFinder(view, self.parser, known).find()
        if not statements and not people:
            return (), ()
        resolver = Resolver(text, normalized, view, self.parser)
        resolver.collect(statements, titled())
        speakers = resolver.resolve(statements)
        quotes = tuple(
            _record(text, view, statement, speaker)
            for statement, speaker in zip(statements, speakers)
        )
        return quotes, tuple(resolver.persons()) if people else ()

    def pipe(self, texts: Iterable[str]) -> Iterator[list[Quote]]:
        """``extract`` over many texts, lazily, in order."""
        for text in texts:
            yield self.extract(text)


def _scrub(text: str) -> str:
    """Lone surrogates cannot be written out; replace them, keeping every offset."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in text)
    return text


def _record(source: str, view: View, statement: Statement, speaker: Speaker) -> Quote:
    start, end = view.span_to_source(statement.start, statement.end)
    cue = statement.cue
    cue_text = cue_start = cue_end = None
    if cue is not None:
        cue_start, cue_end = view.span_to_source(cue.start, cue.end)
        cue_text = source[cue_start:cue_end]
    return Quote(
        text=view.source_text(statement.start, statement.end),
        start=start,
        end=end,
        kind=statement.kind,
        speaker=speaker,
        cue=cue_text,
        cue_start=cue_start,
        cue_end=cue_end,
        confidence=max(0.0, min(1.0, statement.confidence)),
        rule=statement.rule,
    )


def _in_source(quote: Quote, markup: Markup, source: str) -> Quote:
    """A quote read on the text without HTML, with offsets into the source."""
    start, end = markup.span(quote.start, quote.end)
    changes: dict[str, Any] = {"start": start, "end": end}
    if quote.cue_start is not None:
        cue_start, cue_end = markup.span(quote.cue_start, quote.cue_end)
        changes.update(cue_start=cue_start, cue_end=cue_end, cue=source[cue_start:cue_end])
    speaker = quote.speaker
    if speaker.mention_start is not None:
        mention_start, mention_end = markup.span(speaker.mention_start, speaker.mention_end)
        speaker = attrs.evolve(
            speaker,
            mention=source[mention_start:mention_end],
            mention_start=mention_start,
            mention_end=mention_end,
        )
    return attrs.evolve(quote, speaker=speaker, **changes)


def _person_in_source(person: Person, markup: Markup, source: str) -> Person:
    mentions = []
    for mention in person.mentions:
        start, end = markup.span(mention.start, mention.end)
        mentions.append(Mention(source[start:end], start, end))
    return attrs.evolve(person, mentions=tuple(mentions))


@functools.lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The shared extractor with the shipped lexicons."""
    return Extractor()


def extract(text: str) -> list[Quote]:
    """The attributed statements of ``text``, in document order.

    >>> [(q.speaker.name, q.speaker.title, q.kind) for q in extract("市长刘建国说：“今年要办好十件实事。”")]
    [('刘建国', '市长', 'direct')]
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(Errors.E001.format(func="extract", type=type(text).__name__))
    return default_extractor().extract(text)


def analyze(text: str) -> Analysis:
    """Quotes and people of ``text``."""
    return default_extractor().analyze(text)
