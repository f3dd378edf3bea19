"""Flat rows: one statement a row, speaker fields as columns (CSV, dataframes).

``COLUMNS`` fixes the column order; ``flat_row`` turns a ``Quote`` into a dict with
exactly those keys. Positions beyond the principal one are joined into one
column as ``org/title`` pairs separated by ``；``.
"""

from __future__ import annotations

from typing import Any, Optional

from .records import Position, Quote

COLUMNS = (
    "doc",
    "start",
    "end",
    "kind",
    "text",
    "cue",
    "cue_start",
    "cue_end",
    "speaker_name",
    "speaker_title",
    "speaker_org",
    "speaker_kind",
    "speaker_positions",
    "speaker_mention",
    "speaker_mention_start",
    "speaker_mention_end",
    "confidence",
    "rule",
)


def format_positions(positions: tuple[Position, ...]) -> str:
    """``遂昌县水利局/局长；中共遂昌县委/委员`` (empty parts stay empty)."""
    return "；".join(f"{p.org or ''}/{p.title or ''}" for p in positions)


def flat_row(quote: Quote, doc: Optional[str] = None) -> dict[str, Any]:
    """One quote as a flat dict keyed by ``COLUMNS``."""
    speaker = quote.speaker
    return {
        "doc": doc,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "text": quote.text,
        "cue": quote.cue,
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
        "speaker_name": speaker.name,
        "speaker_title": speaker.title,
        "speaker_org": speaker.org,
        "speaker_kind": speaker.kind,
        "speaker_positions": format_positions(speaker.positions),
        "speaker_mention": speaker.mention,
        "speaker_mention_start": speaker.mention_start,
        "speaker_mention_end": speaker.mention_end,
        "confidence": round(quote.confidence, 3),
        "rule": quote.rule,
    }
