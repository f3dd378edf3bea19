"""The spaCy component: quotes, people, spans and entities on the Doc.

``nlp.add_pipe("quotekit")`` (the factory is exposed through the ``spacy_factories``
entry point, so no import is needed) runs the extractor on ``doc.text`` and sets:

- ``doc._.quotes``: the ``Quote`` records, the same as ``quotekit.extract(doc.text)``;
- ``doc._.people``: one ``Person`` per person of the document;
- ``doc.spans["quotekit_quotes"]`` (label: the quote kind), ``["quotekit_cues"]``
  (label: the cue's kind of quote) and ``["quotekit_speakers"]`` (label: the speaker's
  name, else the mention), aligned to tokens with ``alignment_mode="expand"``;
- ``doc.ents``: PERSON, ORG, GPE, LOC and TITLE entities added to those a trained
  NER set earlier in the pipeline, which stay (unless ``overwrite_ents``); the names
  of the speakers found are PERSON wherever the article writes them.

A trained NER earlier in the pipeline also gives hints: its PERSON spans are names
the speaker rules accept (a name with a rare surname is still found).

The records are stored on the Doc as plain dicts (``doc._.quotekit``), so
``Doc.to_bytes`` and ``DocBin(store_user_data=True)`` keep them; ``doc._.quotes``
and ``doc._.people`` rebuild the records from them.
"""

from __future__ import annotations

import bisect
import itertools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Optional, Union

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .entities import EntityFinder
from .extract import Extractor
from .records import Mention, Person, Position, Quote, Speaker

SPAN_KEYS = ("quotekit_quotes", "quotekit_cues", "quotekit_speakers")
# Labels of a trained NER whose spans are people's names (OntoNotes, WikiNER, MSRA).
_PERSON_LABELS = frozenset({"PERSON", "PER", "NR"})
_ADDITIONS_FILE = "additions.json"
# How many token texts the component remembers by id before it starts afresh.
_MAX_STRINGS = 200_000
# Values of ENT_IOB: inside, outside, beginning.
_INSIDE, _OUTSIDE, _BEGIN = 1, 2, 3


def register_extensions() -> None:
    """Register ``Doc._.quotekit``, ``._.quotes`` and ``._.people`` (idempotent)."""
    if not Doc.has_extension("quotekit"):
        Doc.set_extension("quotekit", default=None)
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", getter=_get_quotes)
    if not Doc.has_extension("people"):
        Doc.set_extension("people", getter=_get_people)


@Language.factory(
    "quotekit",
    default_config={
        "lexicon": {},
        "span_keys": list(SPAN_KEYS),
        "entities": True,
        "overwrite_ents": False,
        "ner_hints": True,
    },
    assigns=["doc.ents", "doc.spans", "doc._.quotes", "doc._.people", "doc._.quotekit"],
)
def make_quotekit(
    nlp: Language,
    name: str,
    *,
    lexicon: dict[str, list[Any]],
    span_keys: list[str],
    entities: bool,
    overwrite_ents: bool,
    ner_hints: bool,
) -> QuotekitComponent:
    """Build the quotekit component (see ``QuotekitComponent`` for the settings)."""
    return QuotekitComponent(
        nlp,
        name,
        lexicon=lexicon,
        span_keys=span_keys,
        entities=entities,
        overwrite_ents=overwrite_ents,
        ner_hints=ner_hints,
    )


class QuotekitComponent:
    """Sets quotes, people, spans and entities on each Doc.

    Args:
        nlp: The pipeline (unused; spaCy passes it).
        name: The component's name in the pipeline.
        lexicon: Lexicon additions, as for ``Extractor(**lexicon)``:
            ``{"titles": ["首席顾问"], "cues": [["怒斥", "speech"]]}``.
        span_keys: Which of ``quotekit_quotes``, ``quotekit_cues`` and
            ``quotekit_speakers`` to write to ``doc.spans``.
        entities: Whether to add entities to ``doc.ents``.
        overwrite_ents: Whether quotekit's entities replace overlapping entities
            set earlier in the pipeline (by default those stay).
        ner_hints: Whether PERSON spans already in ``doc.ents`` are used as names.
    """

    def __init__(
        self,
        nlp: Optional[Language] = None,
        name: str = "quotekit",
        *,
        lexicon: Optional[dict[str, list[Any]]] = None,
        span_keys: Iterable[str] = SPAN_KEYS,
        entities: bool = True,
        overwrite_ents: bool = False,
        ner_hints: bool = True,
    ) -> None:
        register_extensions()
        self.name = name
        self.span_keys = tuple(span_keys)
        self.entities = entities
        self.overwrite_ents = overwrite_ents
        self.ner_hints = ner_hints
        self._strings: dict[int, str] = {}  # token texts by their ORTH ids
        self._set_additions(dict(lexicon or {}))

    def _set_additions(self, additions: dict[str, list[Any]]) -> None:
        self.extractor = Extractor(**additions)
        self.finder = EntityFinder(self.extractor.lexicon, self.extractor.parser)

    def add_words(self, **additions: Iterable[Any]) -> None:
        """Add lexicon entries at run time (kept by ``to_disk`` and ``to_bytes``)."""
        merged = {field: list(words) for field, words in self.extractor.additions().items()}
        for field, words in additions.items():
            merged.setdefault(field, []).extend([words] if isinstance(words, str) else words)
        self._set_additions(merged)

    def additions(self) -> dict[str, list[Any]]:
        """The lexicon additions in force (JSON-ready)."""
        return self.extractor.additions()

    # -- processing ---------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        # Reading doc.ents walks every token: skip it where no component set entities.
        trained = list(doc.ents) if doc.has_annotation("ENT_IOB") else []
        names = (
            {ent.text for ent in trained if ent.label_ in _PERSON_LABELS}
            if self.ner_hints
            else set()
        )
        tokens = TokenOffsets(doc, self._strings)
        text = tokens.text
        analysis = self.extractor.analyze(text, names=sorted(names))
        doc._.quotekit = {
            "quotes": [quote.to_dict() for quote in analysis.quotes],
            "people": [person.to_dict() for person in analysis.people],
        }
        self._set_spans(tokens, analysis.quotes)
        if self.entities:
            # The people the speaker rules named are names too (森川千惠, Mark Ellison),
            # wherever the article writes them.
            people = {person.name for person in analysis.people if self._plain_name(person.name)}
            found = self.finder.find(text, names=sorted(names | people))
            if trained:
                spans = [tokens.span(e.start, e.end, e.label) for e in found]
                doc.ents = _merge_ents(
                    trained, [s for s in spans if s is not None], self.overwrite_ents
                )
            else:
                tokens.set_ents((e.start, e.end, e.label) for e in found)
        return doc

    def _plain_name(self, name: Optional[str]) -> bool:
        """A person's name with no form of address or title in it (not 王先生, 王局长)."""
        if not name or len(name) < 2:
            return False
        parser = self.extractor.parser
        norm = self.extractor.lexicon.to_simplified(name)
        return parser.honorific_end.search(norm) is None and (
            parser.title_before(norm, 0, len(norm)) is None
        )

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def _set_spans(self, tokens: TokenOffsets, quotes: Iterable[Quote]) -> None:
        groups: dict[str, dict[tuple[int, int, str], Span]] = {key: {} for key in SPAN_KEYS}
        for quote in quotes:
            wanted = [
                ("quotekit_quotes", quote.start, quote.end, quote.kind),
                ("quotekit_cues", quote.cue_start, quote.cue_end, quote.kind),
                (
                    "quotekit_speakers",
                    quote.speaker.mention_start,
                    quote.speaker.mention_end,
                    quote.speaker.name or quote.speaker.mention or quote.speaker.kind,
                ),
            ]
            for key, start, end, label in wanted:
                if start is None or end is None or end <= start:
                    continue
                span = tokens.span(start, end, label)
                if span is not None:
                    groups[key].setdefault((span.start, span.end, label), span)
        for key in self.span_keys:
            if key in groups:
                tokens.doc.spans[key] = sorted(groups[key].values(), key=lambda s: (s.start, s.end))

    # -- serialization ---------------------------------------------------------------------

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self.additions(), ensure_ascii=False, sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> QuotekitComponent:
        self._set_additions(json.loads(data.decode("utf-8")))
        return self

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / _ADDITIONS_FILE).write_bytes(self.to_bytes())

    def from_disk(
        self, path: Union[str, Path], *, exclude: Iterable[str] = ()
    ) -> QuotekitComponent:
        file = Path(path) / _ADDITIONS_FILE
        if file.exists():
            self.from_bytes(file.read_bytes())
        return self


class TokenOffsets:
    """The text of a Doc and where its tokens start, read from its token array once.

    ``doc.text`` and ``doc.char_span`` build a Python object for every token they
    pass (one a character under the default segmenter); here the token texts come
    from their ids and the offsets are summed once, and ``span`` aligns a character
    span to tokens by bisection, exactly as ``doc.char_span(start, end, label=label,
    alignment_mode="expand")`` does.

    Args:
        doc: The Doc.
        strings: Token texts by ORTH id, filled as new ids appear (a cache shared
            across Docs of one vocabulary).
    """

    def __init__(self, doc: Doc, strings: Optional[dict[int, str]] = None) -> None:
        self.doc = doc
        strings = {} if strings is None else strings
        orths = doc.to_array(ORTH).tolist()
        try:
            words = list(map(strings.__getitem__, orths))
        except KeyError:
            if len(strings) > _MAX_STRINGS:
                strings.clear()
            lookup = doc.vocab.strings
            strings.update((orth, lookup[orth]) for orth in set(orths).difference(strings))
            words = list(map(strings.__getitem__, orths))
        spaces = doc.to_array(SPACY)
        # Whether each token has a trailing space (None: no token has one).
        self._spaces: Optional[list[int]] = spaces.tolist() if spaces.any() else None
        if self._spaces is not None:
            words = [word + " " if space else word for word, space in zip(words, self._spaces)]
        self.text = "".join(words)
        # starts[i]: the offset of token i; starts[-1]: the length of the text.
        self.starts = list(itertools.accumulate(map(len, words), initial=0))

    def span(self, start: int, end: int, label: str) -> Optional[Span]:
        """The tokens the characters text[start:end] touch, as a labelled Span;
        None where the characters are outside the text."""
        tokens = self.token_range(start, end)
        if tokens is None:
            return self.doc.char_span(start, end, label=label, alignment_mode="expand")
        return Span(self.doc, *tokens, label=label)

    def token_range(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """The tokens (first, end) that the characters text[start:end] touch; None
        where the characters are outside the text."""
        starts = self.starts
        if not 0 <= start < end <= starts[-1]:
            return None
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, end - 1) - 1
        if self._spaces is not None and self._spaces[first] and start == starts[first + 1] - 1:
            first += 1  # the token's trailing space is not part of it
        return first, last + 1

    def set_ents(self, entities: Iterable[tuple[int, int, str]]) -> None:
        """Make the Doc's entities those character spans (start, end, label), aligned
        as ``span`` aligns them and kept as ``filter_spans`` keeps them; every other
        token is outside an entity. (Written as one array: ``doc.ents = spans``
        visits every token in Python.)"""
        doc = self.doc
        ranges = []
        for start, end, label in entities:
            tokens = self.token_range(start, end)
            if tokens is not None and tokens[0] < tokens[1]:
                ranges.append((*tokens, label))
        table = numpy.zeros((len(doc), 2), dtype="uint64")
        table[:, 0] = _OUTSIDE
        add = doc.vocab.strings.add
        for first, end, label in _longest_first(ranges):
            table[first, 0] = _BEGIN
            table[first + 1 : end, 0] = _INSIDE
            table[first:end, 1] = add(label)
        doc.from_array([ENT_IOB, ENT_TYPE], table)


def _longest_first(ranges: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Token ranges that do not overlap, as ``spacy.util.filter_spans`` keeps them:
    the longest first, then the earliest."""
    kept: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for first, end, label in sorted(ranges, key=lambda r: (r[0] - r[1], r[0])):
        if not taken.intersection(range(first, end)):
            kept.append((first, end, label))
            taken.update(range(first, end))
    return sorted(kept)


def _merge_ents(trained: list[Span], found: list[Span], overwrite: bool) -> list[Span]:
    """Entities set earlier stay (unless ``overwrite``); quotekit's fill the gaps."""
    first, second = (found, trained) if overwrite else (trained, found)
    kept = filter_spans(first)
    taken = {i for span in kept for i in range(span.start, span.end)}
    extra = [s for s in second if not any(i in taken for i in range(s.start, s.end))]
    return sorted(kept + filter_spans(extra), key=lambda s: s.start)


# -- records stored as plain data ----------------------------------------------------------


def _stored(doc: Doc, field: str) -> list[dict[str, Any]]:
    data = doc._.quotekit
    return list(data.get(field, ())) if data else []


def _speaker(data: dict[str, Any]) -> Speaker:
    return Speaker(**{**data, "positions": [Position(**p) for p in data["positions"]]})


def _quote(data: dict[str, Any]) -> Quote:
    return Quote(**{**data, "speaker": _speaker(data["speaker"])})


def _person(data: dict[str, Any]) -> Person:
    return Person(
        **{
            **data,
            "positions": [Position(**p) for p in data["positions"]],
            "mentions": [Mention(**m) for m in data["mentions"]],
        }
    )


def _get_quotes(doc: Doc) -> list[Quote]:
    return [_quote(data) for data in _stored(doc, "quotes")]


def _get_people(doc: Doc) -> list[Person]:
    return [_person(data) for data in _stored(doc, "people")]


register_extensions()
