"""Pairing quotation marks."""

from __future__ import annotations

import pytest

from quotekit.quotes import find_quote_spans, outermost


def spans(text: str) -> list[tuple[str, int, bool]]:
    return [(text[s.inner_start : s.inner_end], s.depth, s.closed) for s in find_quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他说：“好。”", [("好。", 0, True)]),
        ("「我們會配合。」", [("我們會配合。", 0, True)]),
        ("『書名』", [("書名", 0, True)]),
        ('"这是一次机会，"他说。', [("这是一次机会，", 0, True)]),
        ("＂全角直引号＂", [("全角直引号", 0, True)]),
        (
            "“大家常说‘要想富，先修路’，没错。”",
            [("大家常说‘要想富，先修路’，没错。", 0, True), ("要想富，先修路", 1, True)],
        ),
        ("「外層『內層』外層」", [("外層『內層』外層", 0, True), ("內層", 1, True)]),
    ],
)
def test_pairs(text: str, expected: list) -> None:
    assert spans(text) == expected


def test_a_quote_runs_over_paragraphs_that_reopen_it() -> None:
    text = "他说：“第一段。\n\n“第二段。”\n\n下一段。"
    (span,) = find_quote_spans(text)
    assert text[span.inner_start : span.inner_end] == "第一段。\n\n“第二段。"
    assert span.paragraphs == 2 and span.closed


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "他说：“没有结尾\n\n另一段“有结尾”。"
    first, second = find_quote_spans(text)
    assert text[first.inner_start : first.inner_end] == "没有结尾"
    assert not first.closed
    assert text[second.inner_start : second.inner_end] == "有结尾"


def test_stray_closing_marks_are_ignored() -> None:
    assert spans("”开头的右引号“好”") == [("好", 0, True)]


def test_outermost_keeps_depth_zero_only() -> None:
    text = "“外‘内’外”“二”"
    assert [text[s.inner_start : s.inner_end] for s in outermost(find_quote_spans(text))] == [
        "外‘内’外",
        "二",
    ]


def test_deep_nesting_is_bounded() -> None:
    text = "“‘" * 500 + "中" + "’”" * 500
    found = find_quote_spans(text)
    assert found and max(span.depth for span in found) < 100
