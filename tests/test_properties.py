"""Invariants that hold for any input: no exception, valid offsets, determinism."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotekit
from quotekit.layout import strip_markup

MARKS = '“”「」『』‘’"＂：:，,。！？\n '
PIECES = [
    "他说",
    "她表示，",
    "市长王明说：",
    "“",
    "”",
    "「",
    "」",
    "据市交通局相关负责人介绍，",
    "浙江大学教授林晓峰说",
    "。",
    "，",
    "\n\n",
    "本报记者 张三 摄",
    "（资料照片）",
    "今年粮食产量再创新高",
    "王局长笑着说",
    "大家纷纷表示",
    "&ldquo;",
    "&rdquo;",
    "<p>",
    "</p>",
    "&amp;",
    "<br/>",
]

news_like = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
chinese_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), st.sampled_from(MARKS)
    ),
    max_size=300,
)
any_text = st.one_of(st.text(max_size=300), chinese_text, news_like)


def check(text: str) -> None:
    for quote in quotekit.extract(text):
        assert 0 <= quote.start <= quote.end <= len(text)
        span = text[quote.start : quote.end]
        # The text is the span, or the span with layout noise (or HTML) left out.
        markup = strip_markup(span)
        readable = markup.text if markup is not None else span
        assert _subsequence(quote.text, readable)
        if quote.cue is not None:
            assert text[quote.cue_start : quote.cue_end] == quote.cue
        speaker = quote.speaker
        if speaker.mention is not None:
            assert text[speaker.mention_start : speaker.mention_end] == speaker.mention
        assert 0.0 <= quote.confidence <= 1.0
        quote.to_dict()


def _subsequence(part: str, whole: str) -> bool:
    characters = iter(whole)
    return all(char in characters for char in part)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(any_text)
def test_never_raises_and_offsets_are_valid(text: str) -> None:
    check(text)


@settings(max_examples=100, deadline=None)
@given(news_like)
def test_output_is_deterministic(text: str) -> None:
    assert quotekit.extract(text) == quotekit.extract(text)


@settings(max_examples=100, deadline=None)
@given(news_like)
def test_quotes_are_in_document_order(text: str) -> None:
    starts = [quote.start for quote in quotekit.extract(text)]
    assert starts == sorted(starts)
