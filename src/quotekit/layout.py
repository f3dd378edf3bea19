"""Layout: paragraphs, captions, bylines and page breaks, as the rules should read them.

``read_layout`` turns a document into a ``View``: the text with Traditional
characters and half-width punctuation mapped to one form (character for
character), photo captions, credits and bylines left out, and paragraphs that a
page layout broke in mid-sentence joined again. Every view offset maps back to
the original text, so records always carry original offsets.
"""

from __future__ import annotations

import bisect
import html
import re
from array import array
from collections.abc import Iterator
from typing import NamedTuple

import attrs
import regex

from .lexicon import Lexicon
from .script import HAN

# Half-width and look-alike punctuation -> the full-width form the rules expect.
_PUNCTUATION = {
    ",": "，",
    ":": "：",
    ";": "；",
    "!": "！",
    "?": "？",
    "(": "（",
    ")": "）",
    "\u3000": " ",
    "\u00a0": " ",
    "\t": " ",
    "\r": " ",
    "﹐": "，",
    "﹕": "：",
    "﹔": "；",
    "︰": "：",
    "〝": "“",
    "〞": "”",
    "〟": "”",
    "‟": "“",
    "„": "“",
    "﹁": "「",
    "﹂": "」",
    "﹃": "『",
    "﹄": "』",
    "•": "·",
    "‧": "·",
    "∙": "·",
    "⋅": "·",
    "・": "·",
    "･": "·",
}

# Characters that end a sentence or a quotation: a line ending in one is complete.
_COMPLETE_END = frozenset("。！？!?…”」』’）)】]》>")
# Last characters of a line that ends in the middle of a clause.
_OPEN_END = frozenset("，、；：—-")
# First characters of a line that continues the previous one.
_CONTINUING_START = frozenset("，。、；：”」』）！？")
# A photo credit at the end of a line: 新华社记者 张宇琪摄, 本报记者 倪雁强 通讯员 吴峰宇 摄.
_PHOTO_CREDIT = regex.compile(
    r"(?:记者|通讯员|摄影|图片)[\p{Han}\s、/／·]{1,40}?摄(?:影)?\s*[）)]?\s*$"
)
# A caption that says it is one: （资料照片）, （视频截图）.
_CAPTION_NOTE = regex.compile(
    r"[（(](?:资料|视频|网络|受访者供|受访者提供|新华社发|图)[\p{Han}]{0,6}[）)]。?\s*$"
)
_NOTE_ENDS = ("）", ")", "）。", ")。")
# A byline or desk line standing alone: （本报记者 …）, ■ 本报记者、通讯员集体采写, 责任编辑：…
_BYLINE = regex.compile(
    r"^\s*(?:[■●◆▲]\s*)?(?:[（(]\s*(?:本报|记者|通讯员|供稿|编辑|责任编辑|作者)[^）)]{0,80}[）)]"
    r"|本报记者[\p{Han}、\s]{0,30}(?:采写|报道)"
    r"|(?:责任编辑|编辑|校对|审核|作者|来源|本文转自|更新时间|发布时间|稿件来源)\s*[：:/].{0,60})\s*$"
)
# The characters a byline can open with (after its spaces), to skip the pattern.
_BYLINE_FIRST = frozenset("■●◆▲（(本责编校审作来更发稿")
# A line of metadata only: a date, a time, an address.
_METADATA = regex.compile(
    r"^\s*(?:(?:\d{2,4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?)"
    r"|(?:https?://\S+)|(?:\(?更新[：:].*\)?))\s*$"
)
# What may stand before a photo credit on a credit-only line.
_CREDIT_SOURCE = regex.compile(r"[\s（(]|新华社|中新社|本报|人民网|央视")
# HTML left in scraped text: a tag, or a character entity (&ldquo; &#8220; &#x201C;).
_MARKUP = regex.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,10})\b[^<>]{0,300}>|&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});"
)
# Tags that break a paragraph.
_BLOCK_TAGS = frozenset(
    "p br div li ul ol tr td th table h1 h2 h3 h4 h5 h6 section article blockquote".split()
)
# How a photo caption on a line of its own opens (图为…, 上图：…), and how long it is
# at most.
_CAPTION_OPENINGS = ("图为", "上图", "下图", "左图", "右图", "图：", "图片：")
_CAPTION_LINE = 100
# 著 where it means famous, marked or a written work, after the table mapped it to 着.
_ZHU_WORD = re.compile("着(?=[名作称述录])|(?<=[显卓昭名专巨论编原土遗合译])着")
# A hyphen between two Chinese characters (迪亚斯-卡内尔).
_NAME_HYPHEN = re.compile(f"(?<=[{HAN}])-(?=[{HAN}])")
# How long a line is before it reads as body text rather than a headline.
_BODY_LINE = 30


@attrs.frozen
class Noise:
    """A stretch of the original text the rules do not read (a caption, a byline)."""

    start: int
    end: int
    kind: str


@attrs.frozen
class View:
    """The document as the rules read it, with a map back to original offsets.

    ``text`` is the normalized view; ``original`` holds the original characters at
    the same view positions (so ``original[a:b]`` is the source text of a view span
    with noise left out). ``paragraphs`` are view spans, in order; ``noise`` the
    original spans left out.
    """

    text: str
    original: str
    paragraphs: tuple[tuple[int, int], ...]
    noise: tuple[Noise, ...]
    segment_starts: tuple[int, ...] = attrs.field(repr=False)
    segment_sources: tuple[int, ...] = attrs.field(repr=False)
    # Original text between paragraphs, by the view position of their separator.
    separators: dict[int, str] = attrs.field(factory=dict, repr=False)

    _cache: dict = attrs.field(factory=dict, repr=False, eq=False)
    # Whether every view position is its original offset (nothing left out or moved).
    _identity: bool = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        identity = all(map(int.__eq__, self.segment_starts, self.segment_sources))
        object.__setattr__(self, "_identity", identity)

    def source_text(self, start: int, end: int) -> str:
        """The original text of the view span [start, end): noise and page breaks
        left out, paragraph breaks as the source writes them."""
        if not self.separators:
            return self.original[start:end]
        parts = []
        position = start
        positions = self.separator_positions
        low = bisect.bisect_left(positions, start)
        high = bisect.bisect_left(positions, end)
        for separator in positions[low:high]:
            parts.append(self.original[position:separator])
            parts.append(self.separators[separator])
            position = separator + 1
        parts.append(self.original[position:end])
        return "".join(parts)

    def to_source(self, position: int) -> int:
        """The original offset of the character at view ``position``."""
        if self._identity:
            return position
        index = bisect.bisect_right(self.segment_starts, position) - 1
        if index < 0:
            return position
        return self.segment_sources[index] + position - self.segment_starts[index]

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the view span [start, end), end exclusive."""
        if end <= start:
            source = self.to_source(start) if start < len(self.text) else self._end()
            return source, source
        return self.to_source(start), self.to_source(end - 1) + 1

    def _end(self) -> int:
        if not self.segment_starts:
            return 0
        return self.to_source(len(self.text) - 1) + 1 if self.text else 0

    def paragraph_of(self, position: int) -> tuple[int, int]:
        """The view span of the paragraph holding ``position``."""
        if not self.paragraphs:
            return (0, len(self.text))
        index = max(bisect.bisect_right(self.paragraph_starts, position) - 1, 0)
        return self.paragraphs[index]

    @property
    def separator_positions(self) -> list[int]:
        positions = self._cache.get("separator_positions")
        if positions is None:
            positions = self._cache["separator_positions"] = sorted(self.separators)
        return positions

    @property
    def paragraph_starts(self) -> list[int]:
        starts = self._cache.get("paragraph_starts")
        if starts is None:
            starts = self._cache["paragraph_starts"] = [start for start, _ in self.paragraphs]
        return starts


def normalization_table(lexicon: Lexicon) -> list[str]:
    """One translation table for ``str.translate``: Traditional -> Simplified and
    punctuation -> full-width.

    A list indexed by code point translates about twice as fast as a dict; characters
    beyond it (outside the Basic Multilingual Plane) are left as they are.
    """
    table = lexicon.cache.get("normalization")
    if table is None:
        table = [chr(point) for point in range(0x10000)]
        for source, target in [*lexicon.t2s.items(), *_PUNCTUATION.items()]:
            if ord(source) < 0x10000:  # rare extension characters stay as written
                table[ord(source)] = target
        lexicon.cache["normalization"] = table
    return table


def normalize(text: str, lexicon: Lexicon) -> str:
    """``text`` mapped with ``normalization_table``, one character for one.

    Simplified text changes in few places: those are found with one character class
    and replaced one by one, several times faster than ``str.translate`` visiting
    every character. Text with many changes (Traditional) is translated whole.
    """
    table = normalization_table(lexicon)
    changing = lexicon.cache.get("normalization-changes")
    if changing is None:
        points = [chr(point) for point, char in enumerate(table) if char != chr(point)]
        changing = re.compile("[" + re.escape("".join(points)) + "]")
        lexicon.cache["normalization-changes"] = changing
    hits = changing.findall(text)
    if not hits:
        normalized = text
    elif len(hits) * 16 > len(text):
        normalized = text.translate(table)
    else:
        normalized = changing.sub(lambda match: table[ord(match.group())], text)
    if "著" in text:
        normalized = _keep_zhu(text, normalized)
    if "-" in normalized:
        # 迪亚斯-卡内尔: a hyphen between Chinese characters joins the parts of a
        # transliterated name, as the name dot does.
        normalized = _NAME_HYPHEN.sub("·", normalized)
    return normalized


def _keep_zhu(text: str, normalized: str) -> str:
    """著 stays 著 in the words where both scripts write it so (著名, 显著, 著作); the
    table maps it to 着, as Traditional text writes the particle (看著, 笑著說)."""
    chars = None
    for match in _ZHU_WORD.finditer(normalized):
        position = match.start()
        if text[position] == "著":
            chars = chars if chars is not None else list(normalized)
            chars[position] = "著"
    return normalized if chars is None else "".join(chars)


class _Line(NamedTuple):
    start: int  # original offset of the first non-space character
    end: int  # original offset after the last non-space character
    text: str  # normalized text of [start, end)


def _lines(text: str, normalized: str) -> Iterator[_Line]:
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + len(raw) - len(raw.lstrip())
            end = start + len(stripped)
            yield _Line(start, end, normalized[start:end])
        position += len(raw) + 1


def _noise_kind(line: _Line) -> str | None:
    text = line.text
    # Cheap tests first: a credit ends in 摄, a note closes a bracket, a byline or a
    # line of metadata is short and opens with one of a few characters. A line is
    # stripped, so its first and last characters are not spaces.
    if "摄" in text[-4:] and _PHOTO_CREDIT.search(text):
        return "caption"
    # A note is at most 14 characters long and ends the line in a bracket (and 。).
    if text.endswith(_NOTE_ENDS) and _CAPTION_NOTE.search(text, max(0, len(text) - 14)):
        return "caption"
    if len(text) <= _CAPTION_LINE and text.startswith(_CAPTION_OPENINGS):
        return "caption"  # 图为市民在自助终端办理业务。
    first = text[0]
    if len(text) <= 150 and first in _BYLINE_FIRST and _BYLINE.match(text):
        return "byline"
    # A metadata line opens with a digit, a URL or 更新 (``regex`` may know digits
    # beyond the Basic Multilingual Plane that ``str.isdigit`` does not).
    if len(text) <= 80 and (first in "h(更" or first.isdigit() or first > "\uffff"):
        if _METADATA.match(text):
            return "metadata"
    return None


def _unclosed_quote(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count("「") > text.count("」")


def _unopened_quote(text: str) -> bool:
    return text.count("”") > text.count("“") or text.count("」") > text.count("「")


def _continues(previous: _Line, line: _Line) -> bool:
    """Does ``line`` continue ``previous`` across a layout break?

    Lines are stripped: their first and last characters decide the plain cases.
    """
    if line.text[0] in _CONTINUING_START:
        return True
    last = previous.text[-1]
    if last in _COMPLETE_END:
        return False
    if last in _OPEN_END:
        return True
    if _unclosed_quote(previous.text) and _unopened_quote(line.text):
        return True
    text = previous.text
    breaks = text.count("，") + text.count("、") + text.count("；")
    return breaks >= 2 or (breaks and len(text) >= _BODY_LINE)


def read_layout(text: str, lexicon: Lexicon, normalized: str | None = None) -> View:
    """Read the layout of ``text``: the view the rules work on (see ``View``).

    ``normalized`` is ``normalize(text, lexicon)``, where the caller has it.
    """
    if normalized is None:
        normalized = normalize(text, lexicon)
    lines = list(_lines(text, normalized))
    noise: list[Noise] = []
    kept: list[_Line] = []
    for line in lines:
        kind = _noise_kind(line)
        if kind == "caption" and _credit_only(line) and kept and _adjacent(text, kept[-1], line):
            # A credit on its own line takes the caption line above it along.
            caption = kept.pop()
            noise.append(Noise(caption.start, caption.end, "caption"))
        if kind is not None:
            noise.append(Noise(line.start, line.end, kind))
            continue
        kept.append(line)

    norm_parts: list[str] = []
    orig_parts: list[str] = []
    starts: list[int] = []
    sources: list[int] = []
    paragraphs: list[tuple[int, int]] = []
    length = 0
    paragraph_start = 0
    separators: dict[int, str] = {}
    previous: _Line | None = None
    for line in kept:
        if previous is not None and not _continues(previous, line):
            paragraphs.append((paragraph_start, length))
            separators[length] = _blank(text, previous.end, line.start)
            starts.append(length)
            sources.append(previous.end)
            norm_parts.append("\n")
            orig_parts.append("\n")
            length += 1
            paragraph_start = length
        starts.append(length)
        sources.append(line.start)
        norm_parts.append(line.text)
        orig_parts.append(text[line.start : line.end])
        length += line.end - line.start
        previous = line
    if kept:
        paragraphs.append((paragraph_start, length))
    return View(
        text="".join(norm_parts),
        original="".join(orig_parts),
        paragraphs=tuple(paragraphs),
        noise=tuple(sorted(noise, key=lambda item: item.start)),
        segment_starts=tuple(starts),
        segment_sources=tuple(sources),
        separators=separators,
    )


@attrs.frozen
class Markup:
    """HTML taken out of a text: the text without it, and for each of its characters
    the start and end of what it stands for in the source."""

    text: str
    starts: array = attrs.field(repr=False)
    ends: array = attrs.field(repr=False)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source (start, end) of the span [start, end) of ``text``."""
        if end <= start:
            source = self.starts[start] if start < len(self.starts) else self.ends[-1]
            return source, source
        return self.starts[start], self.ends[end - 1]


def strip_markup(text: str) -> Markup | None:
    """``text`` with HTML tags left out (block tags become line breaks) and entities
    decoded; ``None`` when ``text`` holds no HTML."""
    if ("<" not in text and "&" not in text) or _MARKUP.search(text) is None:
        return None
    parts: list[str] = []
    starts = array("q")
    ends = array("q")
    position = 0
    for match in _MARKUP.finditer(text):
        piece = text[position : match.start()]
        parts.append(piece)
        starts.extend(range(position, match.start()))
        ends.extend(range(position + 1, match.start() + 1))
        if match.group(2) is not None:
            if match.group(2).lower() in _BLOCK_TAGS:
                parts.append("\n")  # a block tag breaks the paragraph
                starts.append(match.start())
                ends.append(match.end())
        else:
            decoded = html.unescape(match.group())
            if len(decoded) == 1:
                parts.append(decoded)
                starts.append(match.start())
                ends.append(match.end())
        position = match.end()
    parts.append(text[position:])
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    return Markup("".join(parts), starts, ends)


def _blank(text: str, start: int, end: int) -> str:
    """The whitespace between two paragraphs, with any noise between them cut out."""
    gap = text[start:end]
    if gap.strip():
        gap = "".join(char for char in gap if char.isspace())
    return gap or "\n"


def _credit_only(line: _Line) -> bool:
    match = _PHOTO_CREDIT.search(line.text)
    if match is None:
        return False
    head = line.text[: match.start()]
    return len(_CREDIT_SOURCE.sub("", head)) == 0


def _adjacent(text: str, above: _Line, line: _Line) -> bool:
    """Only a single line break separates ``above`` from ``line``."""
    return text.count("\n", above.end, line.start) <= 1
