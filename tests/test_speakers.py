"""Clause boundaries before a cue."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotekit.speakers import CLAUSE_BREAK, clause_start


def _leftwards(text: str, position: int, quote_closes: frozenset[int]) -> int:
    """The clause start read one character at a time (at most 80 back)."""
    lower = max(0, position - 80)
    for index in range(position - 1, lower - 1, -1):
        if text[index] in CLAUSE_BREAK or index in quote_closes:
            return index + 1
    return lower


def test_a_clause_starts_after_a_break_or_a_statement() -> None:
    text = "他说：“好。”邝洁表示"
    # Without the statement's closing mark, its 。 is the last break.
    assert clause_start(text, len(text), ()) == text.index("”")
    assert clause_start(text, len(text), (text.index("”"),)) == text.index("邝")
    assert clause_start("邝洁说长短", 5, (1, 3)) == 4  # the nearest close
    assert clause_start("据报道，" + "长" * 100, 104, ()) == 24


@given(
    st.text(alphabet="邝洁说长短表示”，。\n", max_size=120),
    st.data(),
)
def test_clause_start_reads_as_the_leftward_scan(text: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(text)))
    closes = frozenset(data.draw(st.sets(st.integers(0, max(len(text) - 1, 0)), max_size=8)))
    assert clause_start(text, position, sorted(closes)) == _leftwards(text, position, closes)
