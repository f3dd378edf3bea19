"""Robustness: odd and random text never breaks ``quotekit.extract`` or its offsets.

The fuzz tests run ``QUOTEKIT_FUZZ_EXAMPLES`` examples each (default 200); set it
higher for a long run, for example ``QUOTEKIT_FUZZ_EXAMPLES=20000``.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotekit

EXAMPLES = int(os.environ.get("QUOTEKIT_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _scrubbed(text: str) -> str:
    """The text as quotekit reads it: lone surrogates become U+FFFD, one for one."""
    return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in text)


def check(text: str) -> list[quotekit.Quote]:
    """Extract, and check every offset against ``text``; returns the quotes."""
    quotes = quotekit.extract(text)
    clean = _scrubbed(text)
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        span = clean[quote.start : quote.end]
        # The statement is its span, or the span with layout noise left out.
        assert _subsequence(quote.text, span), (quote.text, span)
        if quote.cue is not None:
            assert 0 <= quote.cue_start <= quote.cue_end <= len(text)
            assert clean[quote.cue_start : quote.cue_end] == quote.cue
        speaker = quote.speaker
        if speaker.mention is not None:
            assert 0 <= speaker.mention_start <= speaker.mention_end <= len(text)
            assert clean[speaker.mention_start : speaker.mention_end] == speaker.mention
        json.dumps(quote.to_dict(), ensure_ascii=False).encode("utf-8")
    return quotes


def _subsequence(part: str, whole: str) -> bool:
    characters = iter(whole)
    return all(char in characters for char in part)


# -- odd texts, one by one -------------------------------------------------------------

SAID = "市长王明说：“今年要办好十件实事。”"


def test_empty_and_blank_texts() -> None:
    for text in ("", " ", "\n\n\t", "\u3000\u3000", "\ufeff"):
        assert check(text) == []


def test_a_ten_megabyte_document() -> None:
    filler = "今年粮食产量再创新高，全县新建高标准农田三万亩。\n"
    head = "县农业农村局局长周立新说：“今年的收成很好。”\n"
    text = head + filler * (10_000_000 // len(filler.encode())) + head
    assert len(text.encode()) >= 10_000_000
    quotes = check(text)
    assert [q.start for q in quotes] == [14, len(text) - len(head) + 14]
    assert {q.speaker.name for q in quotes} == {"周立新"}


def test_nul_and_control_characters() -> None:
    text = "\x00\x01" + SAID.replace("今年", "今\x00年\x07") + "\x1b[0m\x7f\x85\u2028\u2029"
    [quote] = check(text)
    assert quote.speaker.name == "王明"
    for char in map(chr, range(0x20)):
        check(char.join(SAID))


def test_html_tags_and_entities_left_in_the_text() -> None:
    check("<p>" + SAID + "</p><br/>")
    [quote] = check("<p>市长王明说：&ldquo;今年要办好十件实事。&rdquo;</p>&nbsp;&amp;")
    assert (quote.text, quote.speaker.name) == ("今年要办好十件实事。", "王明")
    check('<a href="x">王明</a>说：“<b>好</b>。”<script>alert("“")</script>')
    [quote] = check("<p>" + SAID + "</p>")
    assert quote.text == "今年要办好十件实事。"


def test_mixed_full_and_half_width_punctuation() -> None:
    texts = [
        '市长王明说:"今年要办好十件实事."',
        '市长王明说：“今年要办好十件实事."他说,“明天见。”',
        "市长王明说：＂今年要办好十件实事。＂",
        "市长王明说：「今年要办好十件實事。」",
    ]
    for text in texts:
        check(text)
    assert check(texts[0])[0].speaker.name == "王明"


def test_lone_surrogates_in_a_python_string() -> None:
    text = "市长王明说：“今\ud800年要办好\udfff实事。”\udc80"
    [quote] = check(text)
    assert quote.text == "今\ufffd年要办好\ufffd实事。"
    assert (quote.start, quote.end) == (7, 17)


# -- fuzzing ---------------------------------------------------------------------------

ARTICLES = [
    "“今年的茶叶收成比去年好。”南岭村村民赵春梅说。她告诉记者，合作社已经联系好了销路。\n"
    "据县农业农村局相关负责人介绍，全县茶园面积达到三万亩。",
    "回想起这些年的变化，东湖镇党委书记钱立军感慨地说：“路通了，人心也通了。”\n"
    "“设备已经调试完毕，”华宇电子总工程师孟凡说，“下周就能投产。”\n\n"
    "（图为新建成的厂房 本报记者 张三 摄）\n大家纷纷表示，“十五五”开局要有新气象。",
    "區教育局副局長馬曉燕表示，今年將新建兩所小學。「我們會按時完工，」她說。\n"
    "在复旦大学经济学院教授沈一鸣看来，出口仍有韧性：“订单在回来。”",
]
MARKS = ["“", "”", "「", "」", "『", "』", "‘", "’", '"', "＂", "：", ":", "，", "。", "\n"]

random_unicode = st.lists(
    st.one_of(
        st.characters(codec=None, exclude_categories=()),  # controls, private use, unassigned
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),  # lone surrogates
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # Han
        st.sampled_from(["“", "”", "「", "」", "说", "表示", "：", "，", "。", "\n"]),
    ),
    max_size=400,
).map("".join)
decoded_bytes = st.tuples(
    st.binary(max_size=600), st.sampled_from(["utf-8", "gb18030", "big5"])
).map(lambda pair: pair[0].decode(pair[1], errors="replace"))


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    """A news text with quote marks and punctuation inserted, deleted or doubled."""
    text = draw(st.sampled_from(ARTICLES))
    for _ in range(draw(st.integers(0, 12))):
        if not text:
            break
        position = draw(st.integers(0, len(text) - 1))
        action = draw(st.sampled_from(["insert", "delete", "double", "replace", "cut"]))
        mark = draw(st.sampled_from(MARKS))
        if action == "insert":
            text = text[:position] + mark + text[position:]
        elif action == "delete":
            text = text[:position] + text[position + 1 :]
        elif action == "double":
            text = text[:position] + text[position] + text[position:]
        elif action == "replace":
            text = text[:position] + mark + text[position + 1 :]
        else:
            text = text[:position]
    return text


@FUZZ
@given(random_unicode)
def test_fuzz_random_unicode(text: str) -> None:
    check(text)


@FUZZ
@given(decoded_bytes)
def test_fuzz_random_bytes_decoded_with_replacement(text: str) -> None:
    check(text)


@FUZZ
@given(mutated_articles())
def test_fuzz_mutated_news_text(text: str) -> None:
    check(text)
