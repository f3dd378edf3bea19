"""Flat rows: one statement a row, speaker fields as columns (CSV, dataframes).

``COLUMNS`` fixes the column order; ``flat_row`` turns a ``Quote`` into a dict with
exactly those keys. Positions beyond the principal one are joined into one
column as ``org/title`` pairs separated by ``；``. ``to_dataframe`` builds a
pandas DataFrame of such rows, with the fixed ``DTYPES`` (pandas is optional:
``pip install "quotekit[pandas]"``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Optional, Union

from .errors import ArgumentTypeError, Errors, MissingDependencyError
from .extract import Analysis
from .records import Position, Quote

if TYPE_CHECKING:  # pragma: no cover
    import pandas

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
    """``南湖县水利局/局长；中共遂昌县委/委员`` (empty parts stay empty)."""
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


#: The pandas dtype of every column: nullable strings and integers, so a missing
#: cue or mention is ``<NA>`` and offsets stay integers.
DTYPES = {
    column: (
        "Int64"
        if column in ("start", "end") or column.endswith(("_start", "_end"))
        else "float64"
        if column == "confidence"
        else "string"
    )
    for column in COLUMNS
}

Row = Mapping[str, Any]
Records = Union[
    Iterable[Quote],
    Iterable[Row],
    Iterable[tuple[Any, Iterable[Quote]]],
    Mapping[Any, Iterable[Quote]],
]


def to_dataframe(records: Records, *, doc: Optional[str] = None) -> pandas.DataFrame:
    """A pandas DataFrame with one statement a row and the columns ``COLUMNS``.

    Args:
        records: ``Quote`` records (of one document); flat rows as ``flat_row``
            makes them (dicts keyed by ``COLUMNS``, missing keys left empty);
            ``(doc, quotes)`` pairs, where ``quotes`` may also be an ``Analysis``;
            or a mapping ``{doc: quotes}``. Kinds may be mixed in one iterable.
        doc: The ``doc`` column of bare ``Quote`` records.

    Returns:
        A DataFrame with exactly ``COLUMNS``, typed as ``DTYPES``, rows in the order
        given.

    Raises:
        MissingDependencyError: pandas is not installed (an ``ImportError``).
        ArgumentTypeError: An item is none of the above (a ``TypeError``).

    >>> import quotekit
    >>> frame = quotekit.to_dataframe({"a1": quotekit.extract("市长刘建国说：“今年要办好十件实事。”")})
    >>> frame[["doc", "speaker_name", "speaker_title"]].values.tolist()
    [['a1', '刘建国', '市长']]
    """
    pd = _pandas()
    rows = list(_rows(records.items() if isinstance(records, Mapping) else records, doc))
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS)) if rows else None
    if frame is None:
        frame = pd.DataFrame({column: pd.Series([], dtype=object) for column in COLUMNS})
    return frame.astype(DTYPES)


def _rows(records: Iterable[Any], doc: Optional[str]) -> Iterator[dict[str, Any]]:
    for index, item in enumerate(records):
        if isinstance(item, Quote):
            yield flat_row(item, doc)
        elif isinstance(item, Mapping):
            yield {column: item.get(column) for column in COLUMNS}
        elif isinstance(item, tuple) and len(item) == 2 and not isinstance(item[1], str):
            name, quotes = item
            name = None if name is None else str(name)
            if isinstance(quotes, Analysis):
                quotes = quotes.quotes
            for quote in quotes:
                if not isinstance(quote, Quote):
                    raise ArgumentTypeError(
                        Errors.E042.format(index=index, type=type(quote).__name__)
                    )
                yield flat_row(quote, name)
        else:
            raise ArgumentTypeError(Errors.E042.format(index=index, type=type(item).__name__))


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise MissingDependencyError(
            Errors.E020.format(package="pandas", feature="to_dataframe", extra="'quotekit[pandas]'")
        ) from None
    return pandas
