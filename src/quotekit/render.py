"""HTML views of the records: the article with every statement marked, per speaker.

``render`` shows one document: each statement highlighted in its speaker's colour
and labelled (name · title · org), its cue boxed, the words that name the speaker
underlined, and a list of the speakers with their number of statements.
``render_documents`` (and ``write_documents``, which streams) makes one page of
many documents; it is what ``quotekit extract --format html`` writes.

Statements may nest (a quotation inside a reported clause) or share a cue, so the
text is cut at every boundary of every mark into segments that never overlap, and
each segment carries the marks that cover it. All text is escaped; the HTML needs
no script, no font and no network.
"""

from __future__ import annotations

import html
import zlib
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, Optional, TextIO

import regex

from .errors import ArgumentTypeError, Errors, InputError
from .extract import Analysis, Extractor, default_extractor
from .records import Quote, Speaker

# Characters an HTML page cannot carry as text (C0 controls but tab and newlines,
# DEL, C1 controls, lone surrogates): shown as U+FFFD, one for one.
_UNPRINTABLE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\p{Cs}]")

_STYLE = """
.quotekit{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
"WenQuanYi Micro Hei","Noto Sans CJK TC","PingFang TC",sans-serif;color:#1f2328;line-height:2.1;
max-width:48em;margin:0 auto 2.5em;padding:0 1em}
.quotekit h1,.quotekit h2{font-size:1.25em;line-height:1.4;margin:1em 0 .4em}
.quotekit .qk-summary{color:#57606a;font-size:.9em;line-height:1.4;margin:0 0 .8em}
.quotekit .qk-text{white-space:pre-wrap;word-break:break-word;font-size:1.05em;
border:1px solid #d0d7de;border-radius:6px;padding:.8em 1em;background:#fff}
.quotekit .qk-q{border-radius:3px;padding:.15em 0;-webkit-box-decoration-break:clone;
box-decoration-break:clone}
.quotekit .qk-cue{font-weight:700;border:1.5px solid;border-radius:3px;padding:0 .1em}
.quotekit .qk-mention{font-weight:600;text-decoration:underline;text-decoration-thickness:2px;
text-underline-offset:.25em}
.quotekit .qk-label{font-size:.68em;font-weight:600;color:#fff;border-radius:3px;
padding:.1em .4em;margin:0 .25em 0 .1em;white-space:nowrap;vertical-align:.15em;
user-select:none;-webkit-user-select:none}
.quotekit table{border-collapse:collapse;margin-top:1em;font-size:.9em;line-height:1.5}
.quotekit th,.quotekit td{border-bottom:1px solid #d0d7de;padding:.25em .7em;text-align:left}
.quotekit td.qk-count{text-align:right}
.quotekit .qk-swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;
vertical-align:-.1em;margin-right:.4em}
.quotekit .qk-none{color:#57606a;font-style:italic}
"""

_PAGE_HEAD = (
    '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    '<meta name="generator" content="quotekit">\n'
    "<title>{title}</title>\n<style>{style}\nbody{{margin:0;padding:1em 0;background:#f6f8fa}}\n"
    "</style>\n</head>\n<body>\n"
)
_PAGE_FOOT = "</body>\n</html>\n"


# Hues of the first speakers: blue, orange, green, red, purple, olive, teal, pink,
# indigo, lime, magenta, cyan.
_HUES = (210, 30, 120, 0, 270, 60, 165, 330, 240, 90, 300, 180)

# Opening quotation marks: a statement's label goes in front of its mark.
_OPENERS = frozenset('“「『‘"＂')


class _Colour(NamedTuple):
    light: str  # the statement's background
    strong: str  # labels, cue boxes, underlines


def speaker_colour(index: int) -> _Colour:
    """The colour of the ``index``-th speaker of a document (0 for the first).

    The first twelve speakers get twelve hues 30 degrees apart, in an order that
    keeps early neighbours far apart; later ones step round the wheel by the
    golden angle.
    """
    if index < len(_HUES):
        hue = float(_HUES[index])
    else:
        hue = round((_HUES[-1] + (index - len(_HUES) + 1) * 137.508) % 360, 1)
    return _Colour(f"hsl({hue:g},80%,87%)", f"hsl({hue:g},60%,32%)")


def speaker_key(speaker: Speaker) -> tuple[Any, ...]:
    """Who a speaker is within a document: the resolved person, or the words naming it."""
    if speaker.name or speaker.title or speaker.org:
        return (speaker.kind, speaker.name, speaker.title, speaker.org)
    return (speaker.kind, speaker.mention)


def speaker_label(speaker: Speaker) -> str:
    """``name · title · org``, leaving out what is unknown (plain text, not escaped)."""
    parts = [part for part in (speaker.name, speaker.title, speaker.org) if part]
    if parts:
        return " · ".join(parts)
    return speaker.mention or "?"


def render(
    text_or_doc: Any,
    quotes: Optional[Iterable[Quote]] = None,
    *,
    page: bool = False,
    title: Optional[str] = None,
    extractor: Optional[Extractor] = None,
) -> str:
    """The article as HTML, every statement marked and labelled with its speaker.

    Args:
        text_or_doc: The article: a ``str``, an ``Analysis`` or a spaCy ``Doc``. A Doc
            shows ``doc._.quotes`` where the quotekit component set them.
        quotes: The statements to show, with offsets into that text. Left out, they
            are extracted (with ``extractor`` if given).
        page: A whole HTML page instead of a fragment (a ``<div>`` with its own style,
            as Jupyter shows it).
        title: A heading shown above the article (and the page title).
        extractor: The extractor to use when ``quotes`` is left out.

    Returns:
        Self-contained HTML: no script, no external resource.

    Raises:
        ArgumentTypeError: ``text_or_doc`` is none of the above.
        InputError: A quote's offsets lie outside the text.

    >>> html = render("区长孙浩说：“年底前完成道路改造。”")
    >>> "孙浩 · 区长" in html
    True
    """
    text, quotes = _text_and_quotes(text_or_doc, quotes, extractor)
    # Element ids from the text, so that several views in one notebook stay distinct.
    anchor = f"qk{zlib.crc32(text.encode('utf-8', 'surrogatepass')):08x}"
    body = _document_html(text, quotes, title=title, anchor=anchor)
    if not page:
        return f'<div class="quotekit-view"><style>{_STYLE}</style>{body}</div>'
    return _PAGE_HEAD.format(title=_escape(title or "quotekit"), style=_STYLE) + body + _PAGE_FOOT


def render_documents(
    documents: Iterable[tuple[str, str, Optional[Sequence[Quote]]]],
    *,
    title: Optional[str] = None,
    extractor: Optional[Extractor] = None,
) -> str:
    """One HTML page for many documents, each with its own speakers and colours.

    Args:
        documents: ``(doc_id, text, quotes)`` triples, in the order to show them;
            ``quotes`` may be ``None`` to extract them here.
        title: The page title.
        extractor: The extractor used where ``quotes`` is ``None``.

    Returns:
        A whole, self-contained HTML page.
    """
    chunks: list[str] = []
    write_documents(documents, _ListWriter(chunks), title=title, extractor=extractor)
    return "".join(chunks)


def write_documents(
    documents: Iterable[tuple[str, str, Optional[Sequence[Quote]]]],
    out: TextIO,
    *,
    title: Optional[str] = None,
    extractor: Optional[Extractor] = None,
) -> int:
    """Like ``render_documents``, written to ``out`` one document at a time.

    Returns:
        The number of documents written.
    """
    page = PageWriter(out, title=title, extractor=extractor)
    page.begin()
    for doc_id, text, quotes in documents:
        page.add(doc_id, text, quotes)
    page.end()
    return page.documents


class PageWriter:
    """One HTML page for many documents, written as they come (``begin``, ``add``
    for each document, ``end``): the command line's ``--format html``."""

    def __init__(
        self, out: TextIO, *, title: Optional[str] = None, extractor: Optional[Extractor] = None
    ) -> None:
        self.out = out
        self.title = title
        self.extractor = extractor
        self.documents = 0
        self.statements = 0

    def begin(self) -> None:
        self.out.write(_PAGE_HEAD.format(title=_escape(self.title or "quotekit"), style=_STYLE))

    def add(self, doc_id: str, text: str, quotes: Optional[Sequence[Quote]] = None) -> int:
        """Write one document; returns its number of statements."""
        text, quotes = _text_and_quotes(text, quotes, self.extractor)
        self.documents += 1
        self.statements += len(quotes)
        anchor = f"qk{self.documents}"
        self.out.write(_document_html(text, quotes, title=str(doc_id), anchor=anchor))
        return len(quotes)

    def end(self) -> None:
        count, statements = self.documents, self.statements
        self.out.write(
            f'<div class="quotekit"><p class="qk-summary">{count} document'
            f"{'s' if count != 1 else ''}, {statements} statement"
            f"{'s' if statements != 1 else ''}.</p></div>\n" + _PAGE_FOOT
        )


class _ListWriter:
    def __init__(self, chunks: list[str]) -> None:
        self.chunks = chunks

    def write(self, chunk: str) -> int:
        self.chunks.append(chunk)
        return len(chunk)


def _text_and_quotes(
    text_or_doc: Any, quotes: Optional[Iterable[Quote]], extractor: Optional[Extractor]
) -> tuple[str, list[Quote]]:
    if isinstance(text_or_doc, Analysis):
        text = text_or_doc.text
        if quotes is None:
            quotes = text_or_doc.quotes
    elif isinstance(text_or_doc, str):
        text = text_or_doc
    else:
        text = _doc_text(text_or_doc)
        if quotes is None:
            quotes = _doc_quotes(text_or_doc)
    if quotes is None:
        quotes = (extractor or default_extractor()).extract(text)
    quotes = list(quotes)
    for quote in quotes:
        if not isinstance(quote, Quote):
            raise ArgumentTypeError(
                Errors.E040.format(
                    func="render",
                    what="quotes",
                    expected="Quote records",
                    type=type(quote).__name__,
                )
            )
        if quote.end > len(text):
            raise InputError(Errors.E041.format(start=quote.start, end=quote.end, length=len(text)))
    return text, sorted(quotes, key=lambda quote: (quote.start, -quote.end))


def _doc_text(doc: Any) -> str:
    if type(doc).__module__.startswith("spacy."):
        from spacy.tokens import Doc

        if isinstance(doc, Doc):
            return doc.text
    raise ArgumentTypeError(
        Errors.E040.format(
            func="render",
            what="text_or_doc",
            expected="a str, an Analysis or a spaCy Doc",
            type=type(doc).__name__,
        )
    )


def _doc_quotes(doc: Any) -> Optional[Iterable[Quote]]:
    """``doc._.quotes`` when the quotekit component processed the Doc, else ``None``."""
    from spacy.tokens import Doc

    if Doc.has_extension("quotekit") and doc._.quotekit is None:
        return None  # the extensions exist, but the component did not run on this Doc
    if not Doc.has_extension("quotes"):
        return None
    return doc._.quotes


class _Mark(NamedTuple):
    start: int
    end: int
    kind: str  # "q" statement, "c" cue, "m" speaker mention
    quote: int  # index of the (first) statement it belongs to


def _marks(quotes: Sequence[Quote], length: int) -> list[_Mark]:
    """Statement, cue and mention spans; a cue or mention shared by statements once."""
    marks, seen = [], set()
    for index, quote in enumerate(quotes):
        marks.append(_Mark(quote.start, quote.end, "q", index))
        speaker = quote.speaker
        for kind, start, end in (
            ("c", quote.cue_start, quote.cue_end),
            ("m", speaker.mention_start, speaker.mention_end),
        ):
            if start is None or end is None or not 0 <= start < end <= length:
                continue
            if (kind, start, end) not in seen:
                seen.add((kind, start, end))
                marks.append(_Mark(start, end, kind, index))
    return marks


def _document_html(text: str, quotes: Sequence[Quote], *, title: Optional[str], anchor: str) -> str:
    colours: dict[tuple[Any, ...], int] = {}
    for quote in quotes:
        colours.setdefault(speaker_key(quote.speaker), len(colours))
    colour_of = [speaker_colour(colours[speaker_key(q.speaker)]) for q in quotes]
    parts = [f'<section class="quotekit" id="{_escape(anchor)}">']
    if title:
        parts.append(f"<h2>{_escape(title)}</h2>")
    speakers = len(colours)
    parts.append(
        f'<p class="qk-summary">{len(quotes)} statement{"s" if len(quotes) != 1 else ""}, '
        f"{speakers} speaker{'s' if speakers != 1 else ''}</p>"
    )
    parts.append('<div class="qk-text">')
    parts.extend(_text_html(text, quotes, colour_of, anchor))
    parts.append("</div>")
    parts.append(_speaker_table(quotes, colours))
    parts.append("</section>\n")
    return "".join(parts)


def _text_html(
    text: str, quotes: Sequence[Quote], colour_of: Sequence[_Colour], anchor: str
) -> Iterable[str]:
    """The text cut into segments that never overlap, each with the marks covering it.

    A statement's label stands where it starts, or in front of its opening mark.
    """
    marks = _marks(quotes, len(text))
    labels: dict[int, list[int]] = {}
    for index, quote in enumerate(quotes):  # outermost first: quotes are sorted
        at = quote.start
        if at > 0 and text[at - 1] in _OPENERS:
            at -= 1
        labels.setdefault(at, []).append(index)
    opening: dict[int, list[_Mark]] = {}
    for mark in marks:
        opening.setdefault(mark.start, []).append(mark)
    cuts = sorted({0, len(text)} | set(labels) | {m.start for m in marks} | {m.end for m in marks})
    active: set[_Mark] = set()
    for left, right in zip(cuts, cuts[1:]):
        active = {m for m in active if m.end > left}
        active.update(m for m in opening.get(left, ()) if m.end > left)
        for index in labels.get(left, ()):
            yield _label_html(quotes[index], colour_of[index], f"{anchor}-{index}")
        segment = _escape(_printable(text[left:right]))
        yield _segment_html(segment, sorted(active), quotes, colour_of) if active else segment
    for index in labels.get(len(text), ()):  # an empty statement at the very end
        yield _label_html(quotes[index], colour_of[index], f"{anchor}-{index}")


def _segment_html(
    segment: str, active: Sequence[_Mark], quotes: Sequence[Quote], colour_of: Sequence[_Colour]
) -> str:
    # Outermost statement first: the innermost gives the colour, an outer one an underline.
    statements = sorted(
        (m for m in active if m.kind == "q"), key=lambda m: (m.start, -m.end, m.quote)
    )
    classes, styles, attributes = [], [], []
    if statements:
        inner = statements[-1].quote
        classes.append("qk-q")
        styles.append(f"background-color:{colour_of[inner].light}")
        if len(statements) > 1:
            outer = colour_of[statements[0].quote].strong
            styles.append(f"box-shadow:inset 0 -.2em 0 {outer}")
        attributes.append(f'data-q="{" ".join(str(m.quote) for m in statements)}"')
        attributes.append(f'title="{_escape(_tooltip(quotes[inner]))}"')
    for mark in active:
        if mark.kind == "c":
            classes.append("qk-cue")
            styles.append(f"border-color:{colour_of[mark.quote].strong}")
            attributes.append(f'data-cue="{mark.quote}"')
        elif mark.kind == "m":
            classes.append("qk-mention")
            styles.append(f"text-decoration-color:{colour_of[mark.quote].strong}")
            attributes.append(f'data-mention="{mark.quote}"')
    return (
        f'<span class="{" ".join(classes)}" style="{";".join(styles)}" '
        f"{' '.join(attributes)}>{segment}</span>"
    )


def _label_html(quote: Quote, colour: _Colour, anchor: str) -> str:
    return (
        f'<span class="qk-label" id="{_escape(anchor)}" style="background-color:{colour.strong}">'
        f"{_escape(_printable(speaker_label(quote.speaker)))}</span>"
    )


def _tooltip(quote: Quote) -> str:
    details = [quote.kind]
    if quote.cue:
        details.append(f"cue {quote.cue}")
    details.append(f"confidence {quote.confidence:.2f}")
    if quote.rule:
        details.append(quote.rule)
    return _printable(
        f"{speaker_label(quote.speaker)} ({quote.speaker.kind}): {', '.join(details)}"
    )


def _speaker_table(quotes: Sequence[Quote], colours: dict[tuple[Any, ...], int]) -> str:
    if not quotes:
        return '<p class="qk-none">No attributed statements found.</p>'
    counts: dict[tuple[Any, ...], int] = {}
    first: dict[tuple[Any, ...], Speaker] = {}
    for quote in quotes:
        key = speaker_key(quote.speaker)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, quote.speaker)
    rows = []
    for key in sorted(counts, key=lambda key: (-counts[key], colours[key])):
        speaker, colour = first[key], speaker_colour(colours[key])
        cells = [
            f'<span class="qk-swatch" style="background-color:{colour.light};'
            f'border:1.5px solid {colour.strong}"></span>' + _speaker_cell(speaker),
            _escape(_printable(speaker.title or "")),
            _escape(_printable(speaker.org or "")),
            speaker.kind,
        ]
        row = "".join(f"<td>{cell}</td>" for cell in cells)
        rows.append(f'<tr>{row}<td class="qk-count">{counts[key]}</td></tr>')
    return (
        '<table class="qk-speakers"><thead><tr><th>Speaker</th><th>Title</th>'
        "<th>Organization</th><th>Kind</th><th>Statements</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def _speaker_cell(speaker: Speaker) -> str:
    if speaker.name:
        return _escape(_printable(speaker.name))
    # No name: the words that name the speaker, set apart from a name.
    return f'<span class="qk-none">{_escape(_printable(speaker.mention or "?"))}</span>'


def _printable(text: str) -> str:
    return _UNPRINTABLE.sub("\ufffd", text)


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
