"""The records quotekit emits: frozen attrs classes with a JSON form.

``Quote`` is one attributed statement, ``Speaker`` who made it (as resolved in the
document), ``Position`` one (organization, title) pair of that speaker, ``Person``
one person of a document with every mention, and ``Entity`` a named entity span.
Offsets always index the original text, end exclusive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Optional

import attrs

QUOTE_KINDS = ("direct", "indirect", "mixed")
SPEAKER_KINDS = ("person", "group", "organization", "anonymous")
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "TITLE")


def _optional_text(value: Any) -> Optional[str]:
    """Empty strings become None, so 'unknown' has one spelling."""
    if value is None:
        return None
    value = str(value)
    return value or None


def _offsets_in_order(instance: Any, attribute: attrs.Attribute, value: int) -> None:
    if value < instance.start:
        raise ValueError(f"{type(instance).__name__}: end {value} < start {instance.start}")


# Validators written as plain functions: records are made by the thousand, and a call
# to a function costs less than one to attrs' validator objects.
def _not_negative(instance: Any, attribute: attrs.Attribute, value: int) -> None:
    if value < 0:
        raise ValueError(f"{type(instance).__name__}: {attribute.name} {value} < 0")


def _one_of(choices: tuple[str, ...]) -> Callable[[Any, attrs.Attribute, str], None]:
    """A validator: the value is one of ``choices`` (a kind, a label)."""

    def check(instance: Any, attribute: attrs.Attribute, value: str) -> None:
        if value not in choices:
            raise ValueError(
                f"{type(instance).__name__}: {attribute.name} must be one of {choices}, "
                f"not {value!r}"
            )

    return check


def _probability(instance: Any, attribute: attrs.Attribute, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(
            f"{type(instance).__name__}: {attribute.name} must be between 0 and 1, not {value!r}"
        )


_quote_kind = _one_of(QUOTE_KINDS)
_speaker_kind = _one_of(SPEAKER_KINDS)
_entity_label = _one_of(ENTITY_LABELS)


@attrs.frozen
class Position:
    """One position of a speaker: an organization, a title, or both.

    ``Position(org="南湖县水利局", title="局长")``
    """

    org: Optional[str] = attrs.field(default=None, converter=_optional_text)
    title: Optional[str] = attrs.field(default=None, converter=_optional_text)

    def to_dict(self) -> dict[str, Optional[str]]:
        return {"org": self.org, "title": self.title}


@attrs.frozen
class Speaker:
    """Who made a statement, resolved within the document.

    ``name`` is the fullest form of the person's name in the document, ``title`` and
    ``org`` the principal position (the first written), ``positions`` all of them.
    ``mention`` is how the text names the speaker at this statement (邝洁, 她, 该负责人),
    with its offsets in the original text.
    """

    name: Optional[str] = attrs.field(default=None, converter=_optional_text)
    title: Optional[str] = attrs.field(default=None, converter=_optional_text)
    org: Optional[str] = attrs.field(default=None, converter=_optional_text)
    positions: tuple[Position, ...] = attrs.field(default=(), converter=tuple)
    mention: Optional[str] = attrs.field(default=None, converter=_optional_text)
    mention_start: Optional[int] = None
    mention_end: Optional[int] = None
    kind: str = attrs.field(default="person", validator=_speaker_kind)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "org": self.org,
            "positions": [position.to_dict() for position in self.positions],
            "mention": self.mention,
            "mention_start": self.mention_start,
            "mention_end": self.mention_end,
            "kind": self.kind,
        }


@attrs.frozen
class Quote:
    """One attributed statement.

    ``text`` is the statement without its outer quote marks; ``start``/``end`` its
    span in the original text. Where layout noise (a photo caption, a page break)
    interrupts the statement, the span covers it and ``text`` leaves it out.
    ``kind`` is ``direct`` (in quote marks), ``indirect`` (a reported clause) or
    ``mixed`` (a reported clause quoting some of the speaker's own words).
    ``rule`` names the pattern that produced the record, ``confidence`` (0-1) how
    sure that pattern is.
    """

    text: str
    start: int = attrs.field(validator=_not_negative)
    end: int = attrs.field(validator=_offsets_in_order)
    kind: str = attrs.field(validator=_quote_kind)
    speaker: Speaker
    cue: Optional[str] = attrs.field(default=None, converter=_optional_text)
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    confidence: float = attrs.field(default=1.0, validator=_probability)
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: plain types only, keys as in the record schema."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "speaker": self.speaker.to_dict(),
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }


@attrs.frozen
class Mention:
    """One place where the text names a person: ``text[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@attrs.frozen
class Person:
    """One speaker of a document, with every mention and every position."""

    name: Optional[str] = attrs.field(converter=_optional_text)
    title: Optional[str] = attrs.field(default=None, converter=_optional_text)
    org: Optional[str] = attrs.field(default=None, converter=_optional_text)
    positions: tuple[Position, ...] = attrs.field(default=(), converter=tuple)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=tuple)
    kind: str = attrs.field(default="person", validator=_speaker_kind)
    quotes: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "org": self.org,
            "positions": [position.to_dict() for position in self.positions],
            "mentions": [mention.to_dict() for mention in self.mentions],
            "kind": self.kind,
            "quotes": self.quotes,
        }


@attrs.frozen
class Entity:
    """A named entity: ``text[start:end] == entity.text``."""

    start: int = attrs.field(validator=_not_negative)
    end: int = attrs.field(validator=_offsets_in_order)
    label: str = attrs.field(validator=_entity_label)
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, "text": self.text}
