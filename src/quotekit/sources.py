"""Reading a batch's inputs: text files, folders of them, JSON Lines, stdin.

``Inputs(paths)`` turns the paths of a command line into a stream of ``Document``
(one article: its name and its text) and ``Failure`` (an input that could not be
read, and why), in input order and one at a time, so that a corpus of any size is
read in bounded memory. Reading never raises for a bad input: the failure takes
the document's place in the stream and the next input is read.

- A ``.txt`` file is one document, named by its stem.
- A folder holds every ``.txt`` file below it, sorted by path, one document each.
- A ``.jsonl`` file holds one ``{"id": ..., "text": ...}`` object a line; a line
  without ``id`` is named ``STEM:LINE``. Blank lines are skipped.
- ``-`` is standard input, read as a stream: JSON Lines if its first non-blank
  byte is ``{``, otherwise one text document named ``stdin``.

Bytes are decoded as UTF-8 (a byte-order mark is accepted) unless an encoding is
given; ``"auto"`` chooses among UTF-8, GB18030 and Big5 (see ``detect_encoding``).
"""

from __future__ import annotations

import codecs
import collections
import functools
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, Optional, Union

import attrs

from .errors import Errors, InputError

AUTO = "auto"
INPUT_FORMATS = ("auto", "txt", "jsonl")
ERROR_MODES = ("strict", "replace")
STDIN = "-"
TEXT_SUFFIX = ".txt"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: Candidates of ``detect_encoding`` besides UTF-8, in order of preference on a tie.
AUTO_CANDIDATES = ("gb18030", "big5hkscs")
#: Bytes that decide the encoding (and binary check) of a file under ``"auto"``.
SAMPLE_BYTES = 1 << 16
_HINT = "Choose another --encoding (gb18030, big5, auto) or pass --errors replace."


@attrs.frozen
class Document:
    """One article to read: ``name`` goes into every record, ``where`` into messages."""

    name: str
    text: str
    where: str
    encoding: str = "utf-8"
    replaced: int = 0  # undecodable bytes replaced by U+FFFD (errors="replace")
    first_replaced: Optional[int] = None  # byte offset of the first of them


@attrs.frozen
class Failure:
    """An input that yields no document; ``message`` says where and why, with its code."""

    where: str
    message: str


Item = Union[Document, Failure]


@attrs.frozen
class _Entry:
    kind: str  # "txt", "jsonl" or "stdin"
    path: Optional[Path]
    where: str


class Inputs:
    """The documents of a list of paths, read one at a time, in order.

    Args:
        paths: files, folders, or ``-`` for standard input.
        encoding: a codec name, or ``"auto"``.
        errors: ``"strict"`` (an undecodable input is a failure) or ``"replace"``.
        input_format: ``"auto"`` (by suffix; stdin by its first byte), ``"txt"`` or
            ``"jsonl"``; folders always hold ``.txt`` files.
        stdin: the binary stream read for ``-`` (default: ``sys.stdin.buffer``).
    """

    def __init__(
        self,
        paths: Sequence[str],
        *,
        encoding: str = "utf-8",
        errors: str = "strict",
        input_format: str = AUTO,
        stdin: Optional[BinaryIO] = None,
    ) -> None:
        self.encoding = encoding
        self.errors = errors
        self.input_format = input_format
        self.stdin = stdin
        self.entries: list[Union[_Entry, Failure]] = [
            entry for name in paths for entry in self._expand(name)
        ]

    @property
    def total(self) -> Optional[int]:
        """How many items the stream holds, where known before reading (no JSON Lines)."""
        if any(isinstance(e, _Entry) and e.kind != "txt" for e in self.entries):
            return None
        return len(self.entries)

    def __iter__(self) -> Iterator[Item]:
        for entry in self.entries:
            if isinstance(entry, Failure):
                yield entry
            elif entry.kind == "txt":
                yield self._read_file(entry)
            elif entry.kind == "jsonl":
                yield from self._read_jsonl_file(entry)
            else:
                yield from self._read_stdin(entry)

    def _expand(self, name: str) -> Iterator[Union[_Entry, Failure]]:
        if name == STDIN:
            yield _Entry("stdin", None, "<stdin>")
            return
        path = Path(name)
        if path.is_dir():
            unreadable: list[OSError] = []
            files = _text_files(path, unreadable.append)
            for error in unreadable:
                where = str(error.filename or name)
                yield Failure(where, Errors.E011.format(path=where, reason=_reason(error)))
            if not files and not unreadable:
                yield Failure(name, Errors.E011.format(path=name, reason="no .txt file in folder"))
            for file in files:
                yield _Entry("txt", file, str(file))
        elif not path.exists():
            yield Failure(name, Errors.E011.format(path=name, reason="no such file or folder"))
        elif self.input_format == "jsonl" or (
            self.input_format == AUTO and path.suffix.lower() in JSONL_SUFFIXES
        ):
            yield _Entry("jsonl", path, name)
        else:
            yield _Entry("txt", path, name)

    def _read_file(self, entry: _Entry) -> Item:
        assert entry.path is not None
        try:
            data = entry.path.read_bytes()
        except OSError as error:
            return Failure(entry.where, Errors.E011.format(path=entry.where, reason=_reason(error)))
        return self._document(_clean_name(entry.path.stem), data, entry.where)

    def _document(self, name: str, data: bytes, where: str) -> Item:
        try:
            encoding = self._encoding_for(data)
            _check_not_binary(data, encoding, where)
            decoded = decode(data, encoding=encoding, errors=self.errors, where=where)
        except InputError as error:
            return Failure(where, str(error))
        return Document(name, decoded.text, where, encoding, decoded.replaced, decoded.first)

    def _encoding_for(self, data: bytes) -> str:
        return detect_encoding(data) if self.encoding == AUTO else self.encoding

    def _read_jsonl_file(self, entry: _Entry) -> Iterator[Item]:
        assert entry.path is not None
        try:
            handle = entry.path.open("rb")
        except OSError as error:
            yield Failure(entry.where, Errors.E011.format(path=entry.where, reason=_reason(error)))
            return
        with handle:
            yield from self._read_jsonl(handle, _clean_name(entry.path.stem), entry.where)

    def _read_stdin(self, entry: _Entry) -> Iterator[Item]:
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        lines = iter(stream)
        head = []
        for line in lines:  # blank lines decide nothing: look past them
            head.append(line)
            if line.strip():
                break
        first = head[-1].lstrip(codecs.BOM_UTF8).lstrip() if head else b""
        rest = itertools.chain(head, lines)
        if self.input_format == "jsonl" or (self.input_format == AUTO and first[:1] == b"{"):
            yield from self._read_jsonl(rest, "stdin", entry.where)
        else:
            yield self._document("stdin", b"".join(rest), entry.where)

    def _read_jsonl(self, lines: Iterable[bytes], stem: str, where: str) -> Iterator[Item]:
        lines = iter(lines)
        # "auto" needs a sample; otherwise the first line alone is read ahead (for
        # the binary check), so that records of a slow stream come out as it flows.
        head = _take_bytes(lines, SAMPLE_BYTES if self.encoding == AUTO else 1)
        sample = b"".join(head)
        try:
            encoding = self._encoding_for(sample)
            _check_not_binary(sample, encoding, where)
            if not _ascii_compatible(encoding):
                raise InputError(
                    Errors.E011.format(
                        path=where, reason=f"JSON Lines cannot be read as {encoding}"
                    )
                )
        except InputError as error:
            yield Failure(where, str(error))
            return
        offset = 0
        for number, raw in enumerate(itertools.chain(head, lines), 1):
            yield from self._jsonl_line(raw, number, offset, encoding, stem, where)
            offset += len(raw)

    def _jsonl_line(
        self, raw: bytes, number: int, offset: int, encoding: str, stem: str, where: str
    ) -> Iterator[Item]:
        line_where = f"{where}:{number}"
        try:
            decoded = decode(raw, encoding=encoding, errors=self.errors, where=where, base=offset)
        except InputError as error:
            yield Failure(line_where, str(error))
            return
        if not decoded.text.strip():
            return  # a blank line holds no document: skipped, as JSON Lines readers do
        try:
            name, text = _parse_record(decoded.text, f"{stem}:{number}")
        except ValueError as error:
            yield Failure(line_where, Errors.E012.format(where=where, line=number, reason=error))
            return
        yield Document(name, text, line_where, encoding, decoded.replaced, decoded.first)


def _parse_record(line: str, default_name: str) -> tuple[str, str]:
    """(name, text) of one JSON Lines record; ValueError says what is wrong."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    except ValueError as error:  # an integer too long to convert, for one
        raise ValueError(f"not valid JSON ({error})") from None
    if not isinstance(record, dict):
        raise ValueError(f'expected an object with a "text" field, got {_json_type(record)}')
    if "text" not in record:
        raise ValueError('no "text" field')
    text = record["text"]
    if not isinstance(text, str):
        raise ValueError(f'"text" must be a string, not {_json_type(text)}')
    name = record.get("id")
    if name is None:
        return default_name, text
    if isinstance(name, bool) or not isinstance(name, (str, int)):
        raise ValueError(f'"id" must be a string or an integer, not {_json_type(name)}')
    return _clean_name(str(name)), text


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


@attrs.frozen
class Decoded:
    """Decoded text, with how many undecodable bytes were replaced and where the first was."""

    text: str
    replaced: int = 0
    first: Optional[int] = None


def decode(
    data: bytes,
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    where: str = "<bytes>",
    base: int = 0,
) -> Decoded:
    """Decode ``data``; a UTF-8 byte-order mark is dropped.

    Args:
        data: the bytes.
        encoding: a codec name (``"auto"`` is resolved by the caller).
        errors: ``"strict"`` raises ``InputError`` (E010) naming ``where`` and the
            byte offset; ``"replace"`` puts U+FFFD in place of each undecodable
            sequence and counts the bytes replaced.
        where: the input's name, for messages.
        base: the offset of ``data`` in its file, so that messages give file offsets.
    """
    skip = len(codecs.BOM_UTF8) if _is_utf8(encoding) and data.startswith(codecs.BOM_UTF8) else 0
    decoder = codecs.getdecoder("utf-8" if _is_utf8(encoding) else encoding)
    view = memoryview(data)
    pieces, replaced, first, position = [], 0, None, skip
    while True:
        try:
            pieces.append(decoder(view[position:], "strict")[0])
            break
        except UnicodeDecodeError as error:
            offset = base + position + error.start
            if errors != "replace":
                raise InputError(
                    Errors.E010.format(
                        path=where,
                        encoding=encoding,
                        offset=offset,
                        reason=error.reason,
                        hint=_HINT,
                    )
                ) from None
            # Every byte before the error decodes; each call moves past one error,
            # so the whole input is decoded at most twice.
            pieces.append(decoder(view[position : position + error.start], "strict")[0] + "\ufffd")
            replaced += error.end - error.start
            first = offset if first is None else first
            position += error.end
    return Decoded("".join(pieces), replaced, first)


def detect_encoding(data: bytes) -> str:
    """The encoding of ``data`` among UTF-8, GB18030 and Big5 (HKSCS).

    The rule: a byte-order mark decides (UTF-8, UTF-16); bytes that are valid UTF-8
    are UTF-8 (GB and Big5 text almost never is); otherwise each candidate decodes
    a sample and the one whose non-ASCII characters are most often common Chinese
    characters or punctuation wins (GB18030 on a tie). GB18030 decodes nearly any
    byte string, so decodability alone cannot choose; mis-decoded text is full of
    rare characters, symbols and private-use code points.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:SAMPLE_BYTES]
    try:
        codecs.utf_8_decode(sample, "strict", len(sample) == len(data))
        return "utf-8"
    except UnicodeDecodeError:
        pass
    scores = {name: _plausibility(sample, name) for name in ("utf-8", *AUTO_CANDIDATES)}
    return max(scores, key=lambda name: scores[name])  # the first of the best on a tie


def _plausibility(sample: bytes, encoding: str) -> float:
    """Share of the non-ASCII characters of ``sample`` that are common in Chinese text."""
    decoder = codecs.getincrementaldecoder(encoding)("replace")
    counts = collections.Counter(decoder.decode(sample, final=False))
    wide = sum(count for char, count in counts.items() if char > "\x7f")
    if not wide:
        return 0.0
    common = _common_characters()
    return sum(count for char, count in counts.items() if char in common) / wide


@functools.lru_cache(maxsize=1)
def _common_characters() -> frozenset[str]:
    """GB2312 level 1 (3,755 common Simplified) and Big5 level 1 (5,401 common
    Traditional characters), with CJK and full-width punctuation; built from the
    codecs, so nothing is shipped."""
    chars = set("“”‘’—…·")
    for lead, trails, codec in (
        (range(0xB0, 0xD8), range(0xA1, 0xFF), "gb2312"),
        (range(0xA4, 0xC7), itertools.chain(range(0x40, 0x7F), range(0xA1, 0xFF)), "big5"),
    ):
        trails = list(trails)
        for high in lead:
            for low in trails:
                chars.update(bytes((high, low)).decode(codec, "replace"))
    chars.update(map(chr, range(0x3000, 0x3040)))
    chars.update(map(chr, range(0xFF01, 0xFF5F)))
    chars.discard("\ufffd")
    return frozenset(chars)


def check_encoding(name: str) -> str:
    """``name`` if it is ``"auto"`` or a text codec; otherwise InputError (E014)."""
    if name == AUTO:
        return name
    try:
        b"a".decode(name)  # an empty string would skip the codec lookup
    except UnicodeError:
        pass  # a text codec that needs more bytes (UTF-16)
    except LookupError as error:
        raise InputError(Errors.E014.format(encoding=name, reason=error)) from None
    return name


def _check_not_binary(data: bytes, encoding: str, where: str) -> None:
    if not _ascii_compatible(encoding):
        return  # UTF-16 and the like are full of NUL bytes
    offset = data.find(b"\x00")
    if offset >= 0:
        reason = f"looks like a binary file (NUL byte at byte {offset}), not text"
        raise InputError(Errors.E011.format(path=where, reason=reason))


@functools.cache
def _ascii_compatible(encoding: str) -> bool:
    try:
        return "{\n\x00}".encode(encoding) == b"{\n\x00}"
    except (UnicodeError, LookupError):
        return False


@functools.cache
def _is_utf8(encoding: str) -> bool:
    return codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")


def _take_bytes(lines: Iterator[bytes], size: int) -> list[bytes]:
    """The first lines of ``lines``, up to about ``size`` bytes."""
    head, total = [], 0
    for line in lines:
        head.append(line)
        total += len(line)
        if total >= size:
            break
    return head


def _text_files(folder: Path, onerror: Callable[[OSError], None]) -> list[Path]:
    """Every ``.txt`` file below ``folder``, sorted by path; symbolic links to
    folders are not followed (they could loop); ``onerror`` gets unreadable folders."""
    found = []
    for root, _, files in os.walk(folder, onerror=onerror):
        found.extend(Path(root, f) for f in files if f.lower().endswith(TEXT_SUFFIX))
    return sorted(found, key=lambda path: path.parts)


def _clean_name(name: str) -> str:
    """Names from undecodable file names or JSON escapes may hold lone surrogates,
    which no UTF-8 output can carry."""
    return name.encode("utf-8", "replace").decode("utf-8")


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()
