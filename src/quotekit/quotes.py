"""Quote spans: pair the quotation marks of a text, nested and across paragraphs.

``find_quote_spans`` pairs “” 「」 『』 ‘’ and straight quotes (" and ＂) in one pass
with a stack. A quotation may run over several paragraphs (each paragraph opens
with the mark again and only the last one closes it); an opening mark that is
never closed ends at its paragraph, so one stray mark never swallows the rest of
the document. Whether a span is a statement or a quoted term is decided later,
from its context (``extract``).
"""

from __future__ import annotations

import re

import attrs
import regex

_OPENERS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_CLOSERS = {closer: opener for opener, closer in _OPENERS.items()}
_TOGGLES = {'"', "＂"}
# Every character the pairing looks at: marks and paragraph breaks.
_MARK = re.compile(r'[“”「」『』‘’"＂\n]')
# The marks alone (outside a quotation, paragraph breaks need no look).
_QUOTE_MARK = re.compile(r'[“”「」『』‘’"＂]')
# The start of the next paragraph's text after a paragraph break.
_NEXT_TEXT = regex.compile(r"\n\s*")
# How deep the stack may grow; deeper marks are read as plain text.
_MAX_DEPTH = 64


@attrs.frozen
class QuoteSpan:
    """A pair of quotation marks in the view: ``open`` and ``close`` are the marks'
    positions (``close`` is the paragraph end for an unclosed quote), ``depth`` is 0
    for an outermost quote."""

    open: int
    close: int
    depth: int
    mark: str
    closed: bool = True
    paragraphs: int = 1

    @property
    def inner_start(self) -> int:
        return self.open + 1

    @property
    def inner_end(self) -> int:
        return self.close


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All quotation spans of ``text``, sorted by opening position.

    >>> [(s.open, s.close, s.depth) for s in find_quote_spans("他说：“我‘很’好。”")]
    [(3, 9, 0), (5, 7, 1)]
    """
    spans: list[QuoteSpan] = []
    stack: list[list] = []  # [mark, open position, paragraphs spanned]
    position = 0
    while True:
        # Paragraph breaks matter only inside a quotation.
        match = (_MARK if stack else _QUOTE_MARK).search(text, position)
        if match is None:
            break
        position = match.end()
        char = match.group()
        if char == "\n":
            following = _NEXT_TEXT.match(text, match.start())
            next_position = following.end() if following else position
            outer = stack[0]
            if len(stack) == 1 and text.startswith(outer[0], next_position):
                # The paragraph convention: the quote goes on in the next paragraph.
                outer[2] += 1
                position = next_position + 1
                continue
            _close_all(stack, spans, match.start())
            continue
        position_of_mark = match.start()
        if char in _TOGGLES:
            if stack and stack[-1][0] == char:
                _pop(stack, spans, position_of_mark)
            elif len(stack) < _MAX_DEPTH:
                stack.append([char, position_of_mark, 1])
        elif char in _OPENERS:
            if len(stack) < _MAX_DEPTH:
                stack.append([char, position_of_mark, 1])
        else:
            opener = _CLOSERS[char]
            depth = _find_open(stack, opener)
            if depth is None:
                continue  # a stray closing mark
            while len(stack) > depth + 1:
                _pop(stack, spans, position_of_mark, closed=False)
            _pop(stack, spans, position_of_mark)
    _close_all(stack, spans, len(text))
    spans.sort(key=lambda span: (span.open, -span.close))
    return spans


def _find_open(stack: list[list], opener: str) -> int | None:
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] == opener:
            return depth
    return None


def _pop(stack: list[list], spans: list[QuoteSpan], position: int, closed: bool = True) -> None:
    mark, start, paragraphs = stack.pop()
    spans.append(QuoteSpan(start, position, len(stack), mark, closed, paragraphs))


def _close_all(stack: list[list], spans: list[QuoteSpan], position: int) -> None:
    while stack:
        _pop(stack, spans, position, closed=False)


def outermost(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """The spans not nested in another, in document order."""
    return [span for span in spans if span.depth == 0]
