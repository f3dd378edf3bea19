"""Flat rows and the pandas export: fixed columns, fixed dtypes, one row per statement."""

from __future__ import annotations

import sys

import pytest

import quotekit
from quotekit.tables import COLUMNS, DTYPES, flat_row

FIRST = "“新校区九月就能启用，”市教育局局长钱立新说，“老校区改成社区图书馆。”"
SECOND = "东湖中学校长周敏表示，学校将增设三个实验班。不少家长表示，孩子们都盼着早日开学。"


@pytest.fixture(scope="module")
def pd():
    return pytest.importorskip("pandas")


def test_flat_row_has_exactly_the_columns():
    quote = quotekit.extract(SECOND)[0]
    row = flat_row(quote, "b")
    assert tuple(row) == COLUMNS
    assert row["doc"] == "b"
    assert SECOND[row["start"] : row["end"]] == row["text"]
    assert (row["speaker_name"], row["speaker_title"], row["speaker_org"]) == (
        "周敏",
        "校长",
        "东湖中学",
    )


def test_positions_column_joins_every_position():
    quote = quotekit.extract("石桥村党支部书记、村委会主任刘建华表示，村里今年卖出茶叶三万斤。")[0]
    assert flat_row(quote)["speaker_positions"] == "石桥村/党支部书记；/村委会主任"


def test_one_row_per_statement_with_fixed_columns_and_dtypes(pd):
    quotes = quotekit.extract(FIRST)
    frame = quotekit.to_dataframe(quotes, doc="a")
    assert list(frame.columns) == list(COLUMNS)
    assert {column: str(dtype) for column, dtype in frame.dtypes.items()} == DTYPES
    assert len(frame) == len(quotes) == 2
    assert frame["doc"].tolist() == ["a", "a"]
    for row in frame.itertuples():
        assert FIRST[row.start : row.end] == row.text
    assert frame["speaker_name"].tolist() == ["钱立新", "钱立新"]


def test_missing_values_are_na_and_offsets_stay_integers(pd):
    quotes = quotekit.extract(SECOND)
    frame = quotekit.to_dataframe(quotes)
    group = frame[frame["speaker_kind"] == "group"].iloc[0]
    assert group["speaker_name"] is pd.NA and group["speaker_title"] is pd.NA
    assert frame["doc"].isna().all()
    assert frame["start"].dtype == "Int64" and frame["cue_start"].dtype == "Int64"
    empty_cue = quotekit.Quote(text="好", start=0, end=1, kind="direct", speaker=quotekit.Speaker())
    row = quotekit.to_dataframe([empty_cue]).iloc[0]
    assert row["cue_start"] is pd.NA and row["cue"] is pd.NA
    assert row["speaker_positions"] == ""


def test_documents_as_pairs_mapping_rows_and_analyses(pd):
    first, second = quotekit.extract(FIRST), quotekit.extract(SECOND)
    expected = [("a", q.text) for q in first] + [("b", q.text) for q in second]

    def docs_and_texts(frame):
        return list(zip(frame["doc"], frame["text"]))

    assert docs_and_texts(quotekit.to_dataframe({"a": first, "b": second})) == expected
    assert docs_and_texts(quotekit.to_dataframe([("a", first), ("b", second)])) == expected
    pairs = (("a", quotekit.analyze(FIRST)), ("b", quotekit.analyze(SECOND)))
    assert docs_and_texts(quotekit.to_dataframe(pairs)) == expected
    rows = [flat_row(q, "a") for q in first] + [flat_row(q, "b") for q in second]
    from_rows = quotekit.to_dataframe(rows)
    assert docs_and_texts(from_rows) == expected
    assert from_rows.equals(quotekit.to_dataframe({"a": first, "b": second}))
    assert quotekit.to_dataframe({7: first})["doc"].tolist() == ["7", "7"]


def test_rows_with_missing_keys_get_na(pd):
    frame = quotekit.to_dataframe([{"doc": "x", "text": "好", "start": 3, "end": 4}])
    assert list(frame.columns) == list(COLUMNS)
    assert frame.loc[0, "start"] == 3 and frame.loc[0, "cue_end"] is pd.NA


def test_empty_input_keeps_columns_and_dtypes(pd):
    for empty in ([], {}, quotekit.extract("今天天气很好。")):
        frame = quotekit.to_dataframe(empty)
        assert frame.empty
        assert {column: str(dtype) for column, dtype in frame.dtypes.items()} == DTYPES


@pytest.mark.parametrize(
    "bad", [["一段话"], [("a", "一段话")], [42], [("a", [{"text": "好"}])]], ids=str
)
def test_bad_items_raise_a_clear_type_error(pd, bad):
    with pytest.raises(TypeError, match=r"\[E042\]"):
        quotekit.to_dataframe(bad)


def test_missing_pandas_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"\[E020\].*pip install 'quotekit\[pandas\]'"):
        quotekit.to_dataframe(quotekit.extract(FIRST))
    with pytest.raises(quotekit.QuotekitError):
        quotekit.to_dataframe([])
