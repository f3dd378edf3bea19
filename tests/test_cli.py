"""``quotekit extract``: batches, formats, failures, exit codes, atomic output, order."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotekit
from quotekit import cli

ARTICLES = {
    "harvest": "“今年的茶叶收成比去年好。”南岭村村民赵春梅说。",
    "bridge": "回想起这些年的变化，东湖镇党委书记钱立军感慨地说：“路通了，人心也通了。”",
    "factory": "“设备已经调试完毕，”华宇电子总工程师孟凡说，“下周就能投产。”",
    "school": "区教育局副局长马晓燕表示，今年将新建两所小学。",
    "weather": "今天晴，最高气温二十度。",
}


def _expected_records(name: str) -> list[dict]:
    return [dict(q.to_dict(), doc=name) for q in quotekit.extract(ARTICLES[name])]


def _run(argv: list, capsys) -> tuple[int, str, str]:
    status = cli.main(["extract", *map(str, argv)])
    out, err = capsys.readouterr()
    return status, out, err


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def folder(tmp_path):
    """Good articles (one in a sub-folder), a GB18030 file, a binary file, an empty file."""
    root = tmp_path / "articles"
    (root / "more").mkdir(parents=True)
    (root / "harvest.txt").write_text(ARTICLES["harvest"], encoding="utf-8")
    (root / "more" / "school.txt").write_text(ARTICLES["school"], encoding="utf-8")
    (root / "factory.txt").write_bytes(ARTICLES["factory"].encode("gb18030"))
    (root / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    (root / "empty.txt").write_bytes(b"")
    (root / "readme.md").write_text("not an article", encoding="utf-8")
    return root


def test_folder_batch_reports_each_failure_and_keeps_every_good_record(folder, capsys) -> None:
    status, out, err = _run([folder], capsys)
    assert status == 1
    assert _jsonl(out) == _expected_records("harvest") + _expected_records("school")
    assert f"[E010] {folder / 'factory.txt'}: cannot decode as utf-8 at byte 0" in err
    assert f"[E011] {folder / 'photo.txt'}: looks like a binary file (NUL byte at byte 4)" in err
    assert "empty.txt" not in err  # an empty article is read; it has no statements
    assert "3 documents read (1 empty), 2 failed, 2 records written to stdout" in err


def test_folder_batch_with_auto_encoding_reads_the_gb18030_file(folder, capsys) -> None:
    status, out, err = _run([folder, "--encoding", "auto"], capsys)
    assert status == 1
    expected = (
        _expected_records("factory") + _expected_records("harvest") + _expected_records("school")
    )
    assert _jsonl(out) == expected
    assert "photo.txt" in err and "factory.txt" not in err


def test_all_good_inputs_exit_zero(tmp_path, capsys) -> None:
    paths = []
    for name in ("bridge", "weather"):
        path = tmp_path / f"{name}.txt"
        path.write_text(ARTICLES[name], encoding="utf-8")
        paths.append(path)
    status, out, err = _run(paths, capsys)
    assert status == 0
    assert _jsonl(out) == _expected_records("bridge")
    assert "2 documents read, 0 failed, 1 record written" in err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["x.txt", "--format", "xml"],
        ["x.txt", "--jobs", "0"],
        ["x.txt", "--jobs", "two"],
        ["x.txt", "--encoding", "klingon"],
        ["x.txt", "--errors", "ignore"],
        ["x.txt", "--output", "no/such/folder/out.jsonl"],
        ["-", "-"],
    ],
)
def test_usage_errors_exit_two(argv: list, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["extract", *argv])
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


# -- formats ---------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path):
    """A JSON Lines corpus of the articles, several times over, in a known order."""
    path = tmp_path / "corpus.jsonl"
    rows = [
        {"id": f"{name}-{round}", "text": text}
        for round in range(8)
        for name, text in ARTICLES.items()
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def _corpus_records() -> list[dict]:
    return [
        dict(record, doc=f"{name}-{round}")
        for round in range(8)
        for name in ARTICLES
        for record in _expected_records(name)
    ]


def test_jsonl_output_is_in_input_order(corpus, capsys) -> None:
    status, out, _ = _run([corpus], capsys)
    assert status == 0
    assert _jsonl(out) == _corpus_records()


def test_json_output_is_one_array(corpus, capsys) -> None:
    status, out, _ = _run([corpus, "--format", "json"], capsys)
    assert status == 0
    assert json.loads(out) == _corpus_records()


def test_json_output_without_records_is_an_empty_array(tmp_path, capsys) -> None:
    path = tmp_path / "weather.txt"
    path.write_text(ARTICLES["weather"], encoding="utf-8")
    assert json.loads(_run([path, "--format", "json"], capsys)[1]) == []


def test_csv_output_has_the_table_columns(corpus, capsys) -> None:
    status, out, _ = _run([corpus, "--format", "csv"], capsys)
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == quotekit.tables.COLUMNS
    expected = _corpus_records()
    assert [(r["doc"], r["text"], int(r["start"])) for r in rows] == [
        (e["doc"], e["text"], e["start"]) for e in expected
    ]


def test_html_output_is_one_page_with_every_statement(corpus, capsys) -> None:
    status, out, _ = _run([corpus, "--format", "html"], capsys)
    assert status == 0
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    expected = _corpus_records()
    for record in expected:
        assert record["text"] in out
    assert f"{len(ARTICLES) * 8} documents, {len(expected)} statements." in out


def test_jobs_two_gives_the_same_output_as_jobs_one(corpus, tmp_path, capsys) -> None:
    outputs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"out-{jobs}.jsonl"
        assert _run([corpus, "--jobs", jobs, "--output", target], capsys)[0] == 0
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    assert _jsonl(outputs[0].decode()) == _corpus_records()


# -- JSON Lines and stdin --------------------------------------------------------------


def test_jsonl_line_failures_are_reported_and_the_rest_is_read(tmp_path, capsys) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": ARTICLES["harvest"]}, ensure_ascii=False),
        "{broken",
        "",
        json.dumps({"id": "b"}),
        json.dumps({"text": ARTICLES["school"]}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    status, out, err = _run([path], capsys)
    assert status == 1
    assert [r["doc"] for r in _jsonl(out)] == ["a", "mixed:5"]
    assert f"[E012] {path}:2: not valid JSON" in err
    assert f'[E012] {path}:4: no "text" field' in err
    assert f"{path}:3" not in err  # a blank line is skipped, not a failure
    assert "2 documents read, 2 failed" in err


def _set_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch, capsys) -> None:
    _set_stdin(monkeypatch, ARTICLES["bridge"].encode())
    status, out, _ = _run(["-"], capsys)
    assert status == 0
    assert _jsonl(out) == [dict(r, doc="stdin") for r in _expected_records("bridge")]


def test_stdin_jsonl(monkeypatch, corpus, capsys) -> None:
    _set_stdin(monkeypatch, corpus.read_bytes())
    status, out, _ = _run(["-"], capsys)
    assert status == 0
    assert _jsonl(out) == _corpus_records()


def test_errors_replace_reads_and_reports_the_count(tmp_path, capsys) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes(ARTICLES["harvest"].encode() + b"\xff\xfe")
    status, out, err = _run([path, "--errors", "replace"], capsys)
    assert status == 0
    assert [r["doc"] for r in _jsonl(out)] == ["damaged"]
    offset = len(ARTICLES["harvest"].encode())
    assert f"replaced 2 undecodable bytes (first at byte {offset})" in err


# -- output file, interruptions, failures of extraction --------------------------------


def test_output_file_is_complete_and_no_temporary_file_is_left(corpus, tmp_path, capsys) -> None:
    target = tmp_path / "out" / "quotes.jsonl"
    target.parent.mkdir()
    target.write_text("an older result\n", encoding="utf-8")
    status, out, err = _run([corpus, "-o", target], capsys)
    assert (status, out) == (0, "")
    assert _jsonl(target.read_text(encoding="utf-8")) == _corpus_records()
    assert os.listdir(target.parent) == ["quotes.jsonl"]
    assert f"written to {target}" in err


def _interrupt_at(monkeypatch, marker: str) -> None:
    """Ctrl-C while the document holding ``marker`` is being extracted."""
    extract = quotekit.Extractor.extract

    def interrupted(self, text):
        if marker in text:
            raise KeyboardInterrupt
        return extract(self, text)

    monkeypatch.setattr(quotekit.Extractor, "extract", interrupted)


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_interrupted_run_leaves_the_output_file_untouched(
    fmt, corpus, tmp_path, monkeypatch, capsys
) -> None:
    target = tmp_path / f"quotes.{fmt}"
    target.write_text("an older result\n", encoding="utf-8")
    finished = [r for r in _corpus_records() if r["doc"] in ("harvest-0", "bridge-0", "factory-0")]
    _interrupt_at(monkeypatch, ARTICLES["school"])  # the fourth article of the corpus
    status, _, err = _run([corpus, "-o", target, "-f", fmt], capsys)
    assert status == 130
    assert target.read_text(encoding="utf-8") == "an older result\n"
    partial = target.with_name(target.name + ".partial").read_text(encoding="utf-8")
    assert (json.loads(partial) if fmt == "json" else _jsonl(partial)) == finished
    assert sorted(os.listdir(tmp_path)) == sorted(
        ["corpus.jsonl", target.name, target.name + ".partial"]
    )
    assert "interrupted; 3 documents read" in err


def test_interrupted_run_flushes_what_was_finished_to_stdout(corpus, monkeypatch, capsys) -> None:
    _interrupt_at(monkeypatch, ARTICLES["school"])
    status, out, _ = _run([corpus], capsys)
    assert status == 130
    assert [r["doc"] for r in _jsonl(out)] == ["harvest-0", "bridge-0", "factory-0", "factory-0"]


def test_ctrl_c_while_a_document_is_written_waits_until_it_is_whole(
    corpus, monkeypatch, capsys
) -> None:
    write = cli._JsonLinesWriter.write

    def write_in_two_halves(self, document, quotes):
        write(self, document, quotes[:1])
        if document.name == "factory-0":  # two statements: Ctrl-C between them
            signal.raise_signal(signal.SIGINT)
        write(self, document, quotes[1:])

    monkeypatch.setattr(cli._JsonLinesWriter, "write", write_in_two_halves)
    status, out, err = _run([corpus], capsys)
    assert status == 130
    assert [r["doc"] for r in _jsonl(out)] == ["harvest-0", "bridge-0", "factory-0", "factory-0"]
    assert "interrupted; 3 documents read" in err


def test_write_failure_leaves_no_file(corpus, tmp_path, monkeypatch, capsys) -> None:
    def disk_full(self, document, quotes):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli._JsonLinesWriter, "write", disk_full)
    target = tmp_path / "quotes.jsonl"
    status, _, err = _run([corpus, "-o", target], capsys)
    assert status == 1
    assert "cannot write" in err and "No space left" in err
    assert sorted(os.listdir(tmp_path)) == ["corpus.jsonl"]


def test_a_document_that_breaks_extraction_is_a_reported_failure(
    corpus, monkeypatch, capsys
) -> None:
    extract = quotekit.Extractor.extract

    def broken(self, text):
        if text == ARTICLES["bridge"]:
            raise IndexError("string index out of range")
        return extract(self, text)

    monkeypatch.setattr(quotekit.Extractor, "extract", broken)
    status, out, err = _run([corpus], capsys)
    assert status == 1
    assert "bridge-0" not in {r["doc"] for r in _jsonl(out)}
    assert f"[E015] {corpus}:2: extraction failed (IndexError: string index out of range)" in err
    assert "32 documents read, 8 failed" in err


def test_progress_bar_on_a_terminal_only(corpus, monkeypatch, capsys) -> None:
    pytest.importorskip("tqdm")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for argv, shown in (([corpus], True), ([corpus, "--quiet"], False)):
        stderr = Terminal()
        monkeypatch.setattr(sys, "stderr", stderr)
        assert cli.main(["extract", *map(str, argv)]) == 0
        assert ("40doc" in stderr.getvalue().replace(" ", "")) is shown
        assert ("documents read" in stderr.getvalue()) is shown
    capsys.readouterr()


# -- end to end, in a separate process -------------------------------------------------


def _command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "quotekit.cli", "extract", *argv]


def test_subprocess_exit_codes(folder, tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLES["harvest"], encoding="utf-8")
    done = subprocess.run(_command(str(good)), capture_output=True, timeout=120)
    assert done.returncode == 0 and json.loads(done.stdout)["doc"] == "good"
    done = subprocess.run(_command(str(folder)), capture_output=True, timeout=120)
    assert done.returncode == 1 and b"photo.txt" in done.stderr
    done = subprocess.run(_command("--jobs", "-1", str(good)), capture_output=True, timeout=120)
    assert done.returncode == 2 and done.stdout == b""


def test_subprocess_broken_pipe_exits_quietly(tmp_path) -> None:
    path = tmp_path / "many.jsonl"
    row = json.dumps({"text": ARTICLES["harvest"]}, ensure_ascii=False)
    path.write_text("\n".join([row] * 3000), encoding="utf-8")
    process = subprocess.Popen(_command(str(path)), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert json.loads(process.stdout.readline())["doc"] == "many:1"
    process.stdout.close()  # what `| head -n 1` does
    _, err = process.communicate(timeout=120)
    assert process.returncode == 141
    assert err == b""


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_subprocess_ctrl_c_stops_cleanly_with_finished_records_flushed() -> None:
    process = subprocess.Popen(
        _command("-"), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    row = json.dumps({"id": "a", "text": ARTICLES["harvest"]}, ensure_ascii=False)
    process.stdin.write((row + "\n").encode() * 3)
    process.stdin.flush()
    # Each document's records are flushed when it is done; then it waits for more input.
    lines = [process.stdout.readline() for _ in range(3)]
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130
    assert [json.loads(line)["doc"] for line in lines] == ["a", "a", "a"]
    assert out == b""
    assert b"interrupted; 3 documents read, 0 failed, 3 records written to stdout" in err
    assert b"Traceback" not in err


_QUOTES = quotekit.extract("“设备已经调试完毕，”华宇电子总工程师孟凡说，“下周就能投产。”")


@given(st.text(max_size=30))
def test_a_record_encoded_in_a_worker_gets_its_document_name_last(name: str) -> None:
    (record,) = cli._encode_json(_QUOTES[:1])
    expected = json.dumps(dict(_QUOTES[0].to_dict(), doc=name), ensure_ascii=False)
    assert cli._with_doc(record, cli._doc_member(name)) == expected
