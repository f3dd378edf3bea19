"""Reading inputs: encodings, detection, files, folders, JSON Lines, stdin."""

from __future__ import annotations

import codecs
import io
import json
import os

import pytest

from quotekit.errors import InputError
from quotekit.sources import Document, Failure, Inputs, check_encoding, decode, detect_encoding

SIMPLIFIED = "“这项技术已经成熟。”浙江大学教授林晓峰说，明年就能在全省推广。"
TRADITIONAL = "「這項技術已經成熟。」臺灣大學教授林曉峰說，明年就能在全島推廣。"


# -- encodings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (TRADITIONAL, "utf-8", "utf-8"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (TRADITIONAL, "gb18030", "gb18030"),  # Traditional characters written in GB18030
        (TRADITIONAL, "big5", "big5hkscs"),
        (TRADITIONAL, "big5hkscs", "big5hkscs"),
        ("市长说：“好。”", "gb18030", "gb18030"),
        ("市長說：「好。」", "big5", "big5hkscs"),
        ("plain ASCII text", "ascii", "utf-8"),
        ("", "utf-8", "utf-8"),
    ],
)
def test_detect_encoding(text: str, encoding: str, expected: str) -> None:
    assert detect_encoding(text.encode(encoding)) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8"),
        (SIMPLIFIED.encode("utf-16"), "utf-16"),  # written with its BOM
    ],
)
def test_detect_encoding_by_byte_order_mark(data: bytes, expected: str) -> None:
    assert detect_encoding(data) == expected


def test_detect_encoding_tolerates_a_damaged_byte() -> None:
    data = SIMPLIFIED.encode("utf-8")
    assert detect_encoding(data[:-1]) == "utf-8"  # cut inside the last character
    assert detect_encoding(b"\xff" + data) == "utf-8"
    big5 = (TRADITIONAL * 3).encode("big5")
    assert detect_encoding(big5[:9] + b"\x80" + big5[9:]) == "big5hkscs"


def test_decode_drops_a_utf8_byte_order_mark() -> None:
    decoded = decode(codecs.BOM_UTF8 + "你好".encode())
    assert decoded.text == "你好"
    assert decoded.replaced == 0


def test_decode_strict_names_the_input_and_the_byte_offset() -> None:
    data = codecs.BOM_UTF8 + "你好".encode() + b"\xff" + "世界".encode()
    with pytest.raises(InputError, match=r"\[E010\] a\.txt: cannot decode as utf-8 at byte 9"):
        decode(data, where="a.txt")


def test_decode_offset_counts_from_the_start_of_the_file() -> None:
    with pytest.raises(InputError, match="at byte 104"):
        decode(b"ab\xff", where="a.jsonl", base=102)


@pytest.mark.parametrize(
    ("data", "encoding", "text", "replaced", "first"),
    [
        (b"ab\xff\xfecd", "utf-8", "ab\ufffd\ufffdcd", 2, 2),
        ("你好".encode("gb18030")[:-1], "gb18030", "你\ufffd", 1, 2),
        (b"\xff" * 3, "utf-8", "\ufffd" * 3, 3, 0),
        ("你好".encode(), "utf-8", "你好", 0, None),
    ],
)
def test_decode_replace_counts_the_replaced_bytes(
    data: bytes, encoding: str, text: str, replaced: int, first: int
) -> None:
    decoded = decode(data, encoding=encoding, errors="replace")
    assert (decoded.text, decoded.replaced, decoded.first) == (text, replaced, first)


def test_decode_replace_is_linear_in_the_number_of_errors() -> None:
    data = b"\xff" * 200_000  # each error restarts decoding: this must not be quadratic
    assert decode(data, errors="replace").replaced == 200_000


@pytest.mark.parametrize("name", ["utf-8", "gb18030", "GBK", "big5", "utf-16", "auto"])
def test_check_encoding_accepts(name: str) -> None:
    assert check_encoding(name) == name


@pytest.mark.parametrize("name", ["klingon", "base64", "rot13"])
def test_check_encoding_rejects(name: str) -> None:
    with pytest.raises(InputError, match="E014"):
        check_encoding(name)


# -- files and folders -----------------------------------------------------------------


def _read(paths: list, **options: object) -> list:
    return list(Inputs([str(p) for p in paths], **options))


def test_folder_is_read_recursively_in_path_order(tmp_path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("乙", encoding="utf-8")
    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text("丙", encoding="utf-8")
    (tmp_path / "z.txt").write_text("丁", encoding="utf-8")
    (tmp_path / "notes.md").write_text("skip me", encoding="utf-8")
    items = _read([tmp_path])
    assert [(d.name, d.text) for d in items] == [("a", "甲"), ("b", "乙"), ("c", "丙"), ("z", "丁")]
    assert Inputs([str(tmp_path)]).total == 4


def test_missing_paths_and_empty_folders_are_failures(tmp_path) -> None:
    (tmp_path / "empty").mkdir()
    good = tmp_path / "good.txt"
    good.write_text("好", encoding="utf-8")
    items = _read([tmp_path / "nothing.txt", tmp_path / "empty", good])
    assert [type(item) for item in items] == [Failure, Failure, Document]
    assert "E011" in items[0].message and "no such file" in items[0].message
    assert "no .txt file" in items[1].message


def test_unreadable_sub_folder_is_a_failure(tmp_path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    walk = os.walk

    def walk_with_a_locked_folder(top, onerror=None, **options):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from walk(top, onerror=onerror, **options)

    monkeypatch.setattr(os, "walk", walk_with_a_locked_folder)
    items = _read([tmp_path])
    assert [type(i) for i in items] == [Failure, Document]
    assert items[0].message == f"[E011] {tmp_path / 'locked'}: permission denied"


def test_binary_file_is_a_failure_naming_the_nul_byte(tmp_path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [item] = _read([path])
    assert isinstance(item, Failure)
    assert "binary" in item.message and "byte 8" in item.message
    [item] = _read([path], errors="replace")  # replacing bytes does not make it text
    assert isinstance(item, Failure)


def test_undecodable_file_is_a_failure_unless_replaced(tmp_path) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes(SIMPLIFIED.encode("gb18030"))
    [item] = _read([path])
    assert isinstance(item, Failure)
    assert "E010" in item.message and str(path) in item.message and "at byte 0" in item.message
    [item] = _read([path], encoding="gb18030")
    assert item.text == SIMPLIFIED
    [item] = _read([path], encoding="auto")
    assert (item.text, item.encoding) == (SIMPLIFIED, "gb18030")
    [item] = _read([path], errors="replace")
    assert isinstance(item, Document) and item.replaced > 0 and item.first_replaced == 0


def test_utf16_file_with_nul_bytes_is_not_binary(tmp_path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(SIMPLIFIED.encode("utf-16"))
    [item] = _read([path], encoding="auto")
    assert item.text == SIMPLIFIED


# -- JSON Lines ------------------------------------------------------------------------

JSONL_LINES = [
    json.dumps({"id": "first", "text": "甲"}, ensure_ascii=False),
    "",
    json.dumps({"text": "乙"}, ensure_ascii=False),
    "{not json",
    json.dumps({"id": 7, "text": "丙"}, ensure_ascii=False),
    json.dumps({"id": "x", "text": 5}),
    json.dumps(["text"]),
    json.dumps({"id": "y"}),
    json.dumps({"id": [1], "text": "丁"}, ensure_ascii=False),
    "   ",
    json.dumps({"id": None, "text": ""}),
    "[" * 100_000,
    '{"text": 1' + "0" * 5000 + "}",
]


def test_jsonl_documents_and_per_line_failures(tmp_path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    items = _read([path])
    documents = [(i.name, i.text, i.where) for i in items if isinstance(i, Document)]
    assert documents == [
        ("first", "甲", f"{path}:1"),
        ("corpus:3", "乙", f"{path}:3"),
        ("7", "丙", f"{path}:5"),
        ("corpus:11", "", f"{path}:11"),
    ]
    failures = {i.where: i.message for i in items if isinstance(i, Failure)}
    assert sorted(failures) == [f"{path}:{n}" for n in (12, 13, 4, 6, 7, 8, 9)]
    assert "not valid JSON" in failures[f"{path}:4"]
    assert '"text" must be a string, not a number' in failures[f"{path}:6"]
    assert "got an array" in failures[f"{path}:7"]
    assert 'no "text" field' in failures[f"{path}:8"]
    assert '"id" must be a string or an integer' in failures[f"{path}:9"]
    assert "nested too deeply" in failures[f"{path}:12"]
    assert "not valid JSON" in failures[f"{path}:13"]
    assert all(message.startswith("[E012]") for message in failures.values())
    assert Inputs([str(path)]).total is None


def test_jsonl_decode_error_is_reported_for_its_line_with_the_file_offset(tmp_path) -> None:
    path = tmp_path / "mixed.jsonl"
    first = json.dumps({"text": "甲"}, ensure_ascii=False).encode() + b"\n"
    second = b'{"text": "\xff"}\n'
    path.write_bytes(codecs.BOM_UTF8 + first + second)
    items = _read([path])
    assert isinstance(items[0], Document) and items[0].text == "甲"
    assert isinstance(items[1], Failure) and items[1].where == f"{path}:2"
    offset = len(codecs.BOM_UTF8 + first) + second.index(b"\xff")
    assert f"at byte {offset}" in items[1].message


def test_jsonl_in_gb18030_is_read_with_auto(tmp_path) -> None:
    path = tmp_path / "gb.jsonl"
    lines = [json.dumps({"id": n, "text": SIMPLIFIED}, ensure_ascii=False) for n in range(3)]
    path.write_bytes("\n".join(lines).encode("gb18030"))
    assert [i.text for i in _read([path], encoding="auto")] == [SIMPLIFIED] * 3


def test_binary_jsonl_is_one_failure(tmp_path) -> None:
    path = tmp_path / "blob.jsonl"
    path.write_bytes(b"\x00\x01\x02\n" * 50)
    assert [type(i) for i in _read([path])] == [Failure]


def test_input_format_overrides_the_suffix(tmp_path) -> None:
    path = tmp_path / "lines.data"
    path.write_text('{"id": "a", "text": "甲"}\n', encoding="utf-8")
    [item] = _read([path])
    assert item.text == '{"id": "a", "text": "甲"}\n'
    [item] = _read([path], input_format="jsonl")
    assert (item.name, item.text) == ("a", "甲")


# -- stdin -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("市长说：“好。”\n第二段。\n".encode(), [("stdin", "市长说：“好。”\n第二段。\n")]),
        (
            '\n{"id": "a", "text": "甲"}\n{"text": "乙"}\n'.encode(),
            [("a", "甲"), ("stdin:3", "乙")],
        ),
        (codecs.BOM_UTF8 + b'{"text": "x"}', [("stdin:1", "x")]),
        (b"", [("stdin", "")]),
    ],
)
def test_stdin_is_jsonl_when_it_starts_with_a_brace(data: bytes, expected: list) -> None:
    items = list(Inputs(["-"], stdin=io.BytesIO(data)))
    assert [(i.name, i.text) for i in items] == expected


def test_stdin_is_read_as_a_stream() -> None:
    line = json.dumps({"text": "今年粮食产量再创新高。" * 20}, ensure_ascii=False).encode() + b"\n"
    stream = io.BytesIO(line * 5000)
    first = next(iter(Inputs(["-"], stdin=stream)))
    assert first.text.startswith("今年")
    assert stream.tell() < len(line) * 100  # nowhere near the end of the input
