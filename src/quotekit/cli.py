"""The command line: ``quotekit extract PATH... [--format jsonl|json|csv] [--output FILE]``.

A batch never stops at the first bad input: each failure is reported on stderr and
the rest is read. Documents are read, extracted and written one at a time (or a
few chunks at a time per worker with ``--jobs``), in input order.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import io
import json
import os
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Optional, TextIO

import attrs

from .about import __version__
from .batch import Encoder, Outcome, extract_outcomes
from .errors import Errors, InputError
from .extract import Extractor
from .records import Quote
from .sources import AUTO, ERROR_MODES, INPUT_FORMATS, Document, Failure, Inputs, check_encoding
from .tables import COLUMNS, flat_row

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141

EPILOG = """\
inputs:
  FILE.txt      one document, named by the file's stem
  FOLDER        every .txt file below it (sorted by path), one document each
  FILE.jsonl    one {"id": ..., "text": ...} object a line, named by "id" or STEM:LINE;
                blank lines are skipped; a line that is not such an object is a failure
  -             standard input, read as a stream: JSON Lines if its first non-blank
                character is "{", otherwise one document named "stdin"
  A file holding NUL bytes is taken as binary and reported, not read. An empty
  document is read (it has no records) and counted as empty in the summary.

output:
  Records go to stdout, or with --output to FILE, which is written to a temporary
  file beside it and renamed when the run ends, so FILE is never left half written.
  Records keep the input order. If the run is interrupted (Ctrl-C), what was
  finished is flushed: on stdout as it is, with --output to FILE.partial (FILE
  itself is left untouched), and the exit status is 130.

exit status:
  0 every input was read; 1 some inputs failed (each is reported on stderr, the
  others are in the output); 2 usage error; 130 interrupted; 141 the reader of
  stdout went away (quotekit extract ... | head), which ends the run quietly.
"""


@attrs.define
class _Tally:
    read: int = 0
    empty: int = 0
    failed: int = 0
    records: int = 0
    replaced: int = 0


def _encode_json(quotes: list[Quote]) -> list[str]:
    """Each quote as a JSON object, without the document's name."""
    return [json.dumps(quote.to_dict(), ensure_ascii=False) for quote in quotes]


def _doc_member(name: str) -> str:
    """The document's name as the last member of a JSON object, closing it."""
    return ', "doc": ' + json.dumps(name, ensure_ascii=False) + "}"


def _with_doc(record: str, doc_member: str) -> str:
    """A quote's JSON object with the document's name added last, as
    ``json.dumps(dict(quote.to_dict(), doc=name))`` writes it."""
    return record[:-1] + doc_member


# A writer gets each document (name and text) with its quotes, so that a format
# showing the text itself fits the same loop: WRITERS[name](stream). ``encode``, where
# a writer has one, turns a text's quotes into its records where they are made (in
# the worker processes of ``--jobs``), and ``write`` then gets those records.
class _JsonLinesWriter:
    encode: Optional[Encoder] = staticmethod(_encode_json)

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0

    def begin(self) -> None:
        pass

    def write(self, document: Document, records: list[str]) -> None:
        doc = _doc_member(document.name)
        self.out.write("".join(_with_doc(record, doc) + "\n" for record in records))
        self.count += len(records)

    def end(self) -> None:
        pass


class _JsonArrayWriter(_JsonLinesWriter):
    def begin(self) -> None:
        self.out.write("[")

    def write(self, document: Document, records: list[str]) -> None:
        doc = _doc_member(document.name)
        for record in records:
            self.out.write(("," if self.count else "") + "\n" + _with_doc(record, doc))
            self.count += 1

    def end(self) -> None:
        self.out.write("\n]\n" if self.count else "]\n")


class _CsvWriter(_JsonLinesWriter):
    encode = None

    def begin(self) -> None:
        self.table = csv.DictWriter(self.out, fieldnames=COLUMNS)
        self.table.writeheader()

    def write(self, document: Document, quotes: list[Quote]) -> None:
        self.table.writerows(flat_row(quote, document.name) for quote in quotes)
        self.count += len(quotes)


class _HtmlWriter(_JsonLinesWriter):
    """One page showing every document with its statements highlighted."""

    encode = None

    def begin(self) -> None:
        from .render import PageWriter

        self.page = PageWriter(self.out, title="quotekit")
        self.page.begin()

    def write(self, document: Document, quotes: list[Quote]) -> None:
        self.count += self.page.add(document.name, document.text, quotes)

    def end(self) -> None:
        self.page.end()


WRITERS: dict[str, Any] = {
    "jsonl": _JsonLinesWriter,
    "json": _JsonArrayWriter,
    "csv": _CsvWriter,
    "html": _HtmlWriter,
}


class _Sink:
    """Where the records go: stdout, or FILE through a temporary file beside it."""

    def __init__(self, path: Optional[str]) -> None:
        self.path = path
        self.temp: Optional[str] = None
        self.wrapped = False
        if path is None:
            sys.stdout.flush()
            buffer = getattr(sys.stdout, "buffer", None)
            self.wrapped = buffer is not None  # UTF-8 whatever the locale says
            self.stream: TextIO = (
                io.TextIOWrapper(buffer, encoding="utf-8", newline="") if buffer else sys.stdout
            )
            return
        folder, name = os.path.split(os.path.abspath(path))
        handle, self.temp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        if hasattr(os, "fchmod"):  # mkstemp makes the file private; give it a file's usual mode
            umask = os.umask(0)
            os.umask(umask)
            os.fchmod(handle, 0o666 & ~umask)
        self.stream = open(handle, "w", encoding="utf-8", newline="")

    def flush_document(self) -> None:
        if self.temp is None:
            self.stream.flush()  # a reader of stdout sees each document as it is done

    def commit(self, *, partial: bool = False) -> str:
        """Flush and close; FILE gets the records (FILE.partial if ``partial``)."""
        self.stream.flush()
        if self.temp is None:
            self._release_stdout()
            return "stdout"
        assert self.path is not None
        os.fsync(self.stream.fileno())
        self.stream.close()
        target = self.path + ".partial" if partial else self.path
        os.replace(self.temp, target)
        return target

    def discard(self) -> None:
        """Drop what was written to FILE (stdout: let it go without flushing errors)."""
        with contextlib.suppress(OSError, ValueError):
            if self.temp is None:
                self._release_stdout()
            else:
                self.stream.close()
                os.unlink(self.temp)

    def _release_stdout(self) -> None:
        if self.wrapped:
            self.wrapped = False
            self.stream.detach()  # flushes; sys.stdout stays open


class _Interrupts:
    """Ctrl-C raises KeyboardInterrupt, but never while a document's records are
    being written: inside ``hold()`` it waits until the block ends."""

    def __init__(self) -> None:
        self.held = False
        self.pending = False
        self.previous: Any = None

    def __enter__(self) -> _Interrupts:
        # Only where Ctrl-C would raise anyway: not in a thread, nor where it is ignored.
        main = threading.current_thread() is threading.main_thread()
        if main and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self.previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)

    def _handle(self, signum: int, frame: Any) -> None:
        if self.held:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        self.held = True
        try:
            yield
        finally:
            self.held = False
        if self.pending:
            raise KeyboardInterrupt

    def ignore(self) -> None:
        """From now on (cleaning up after an interrupt) Ctrl-C is held for good."""
        self.held = True


class _Reporter:
    """Messages, progress and the summary, on stderr."""

    def __init__(self, stream: TextIO, *, quiet: bool, total: Optional[int]) -> None:
        self.stream = stream
        self.quiet = quiet
        self.bar = None
        if not quiet and _isatty(stream) and (total is None or total > 1):
            with contextlib.suppress(ImportError):
                from tqdm import tqdm

                self.bar = tqdm(total=total, unit="doc", file=stream, dynamic_ncols=True)

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(f"quotekit: {message}", file=self.stream)
        else:
            print(f"quotekit: {message}", file=self.stream, flush=True)

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.update()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()

    def summary(self, tally: _Tally, target: str, seconds: float, note: str = "") -> None:
        if self.quiet:
            return
        empty = f" ({tally.empty} empty)" if tally.empty else ""
        replaced = (
            f", {_count(tally.replaced, 'undecodable byte')} replaced" if tally.replaced else ""
        )
        self.say(
            f"{note}{_count(tally.read, 'document')} read{empty}, {tally.failed} failed, "
            f"{_count(tally.records, 'record')} written to {target}{replaced} ({seconds:.1f} s)"
        )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def build_parser() -> argparse.ArgumentParser:
    """The ``quotekit`` argument parser."""
    parser = argparse.ArgumentParser(prog="quotekit", description="Who said what in Chinese news.")
    parser.add_argument("--version", action="version", version=f"quotekit {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract",
        help="extract attributed statements",
        description="Extract attributed statements from text files, folders, JSON Lines or stdin.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder, or -")
    extract.add_argument(
        "--format",
        "-f",
        choices=sorted([*WRITERS, "parquet"]),
        default="jsonl",
        help="jsonl (default: one record a line), json (one array) or csv (flat columns)",
    )
    extract.add_argument("--output", "-o", metavar="FILE", help="write here (default: stdout)")
    extract.add_argument(
        "--encoding",
        "-e",
        default="utf-8",
        type=_encoding,
        metavar="ENC",
        help="input encoding: utf-8 (default; a BOM is accepted), gb18030, big5, ..., or "
        "auto (chooses among UTF-8, GB18030 and Big5, file by file)",
    )
    extract.add_argument(
        "--errors",
        choices=ERROR_MODES,
        default="strict",
        help="undecodable bytes: strict (the input fails, default) or replace (U+FFFD, "
        "with a count on stderr)",
    )
    extract.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default=AUTO,
        help="how to read files and stdin (default auto: .jsonl and .ndjson are JSON Lines)",
    )
    extract.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1: this process)",
    )
    extract.add_argument(
        "--quiet", "-q", action="store_true", help="no progress bar and no summary line"
    )
    engine = extract.add_argument_group(
        "scale-out with Dask (pip install 'quotekit[dask]')",
        "With --engine dask, PATHs are JSON Lines or Parquet files (or globs, or URLs "
        "that fsspec reads), --output is a folder that receives quotes/part-*.jsonl (or "
        ".parquet with --format parquet) and errors/part-*, and each partition is read, "
        "extracted and written by one task on the workers.",
    )
    engine.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local (default: this process and --jobs workers) or dask",
    )
    engine.add_argument(
        "--scheduler",
        default="processes",
        metavar="ADDRESS",
        help="with --engine dask: processes (a local pool, the default), threads, "
        "synchronous, or a cluster scheduler's address such as tcp://10.0.0.5:8786",
    )
    engine.add_argument(
        "--blocksize",
        metavar="SIZE",
        help="with --engine dask: split JSON Lines files into partitions of this size "
        "(such as 64MiB; default one partition a file)",
    )
    return parser


def _encoding(name: str) -> str:
    try:
        return check_encoding(name)
    except InputError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(Errors.E016.format(jobs=value))
    return jobs


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit status (argparse exits with 2 on usage errors)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.output == "-":
        args.output = None
    if args.output is not None and not os.path.isdir(os.path.dirname(args.output) or "."):
        parser.error(f"--output: no such folder: {os.path.dirname(args.output)}")
    if args.paths.count("-") > 1:
        parser.error("standard input (-) can be read only once")
    if args.engine == "dask":
        return _extract_with_dask(args, parser)
    if args.format == "parquet":
        parser.error("--format parquet is written by --engine dask only")
    try:
        return _extract(args)
    except KeyboardInterrupt:  # before any output existed
        print("quotekit: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _extract_with_dask(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """``--engine dask``: partitions in, partitions out, run by a Dask scheduler."""
    if args.format not in ("jsonl", "parquet"):
        parser.error("--engine dask writes --format jsonl or parquet")
    if args.output is None:
        parser.error("--engine dask needs --output FOLDER")
    if "-" in args.paths:
        parser.error("--engine dask reads files, not standard input")
    from .errors import QuotekitError

    try:
        from . import dask as quotekit_dask

        started = time.perf_counter()
        summary = quotekit_dask.run(
            args.paths,
            args.output,
            scheduler=args.scheduler,
            fmt=args.format,
            extractor=Extractor(),
            blocksize=args.blocksize,
        )
    except QuotekitError as error:
        print(f"quotekit: {error}", file=sys.stderr)
        return EXIT_FAILED
    if not args.quiet:
        print(
            f"quotekit: {summary.documents} documents read, {summary.failed} failed, "
            f"{summary.records} records written to {summary.output} in "
            f"{summary.partitions} partitions ({time.perf_counter() - started:.1f} s)",
            file=sys.stderr,
        )
    if summary.failed:
        errors = os.path.join(summary.output, "errors")
        print(f"quotekit: the {summary.failed} failures are listed in {errors}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    inputs = Inputs(
        args.paths, encoding=args.encoding, errors=args.errors, input_format=args.input_format
    )
    reporter = _Reporter(sys.stderr, quiet=args.quiet, total=inputs.total)
    tally = _Tally()
    items: collections.deque[Document | Failure] = collections.deque()

    def texts() -> Iterator[str]:
        for item in inputs:
            items.append(item)
            if isinstance(item, Document):
                yield item.text

    outcomes = extract_outcomes(
        texts(), jobs=args.jobs, extractor=Extractor(), encode=WRITERS[args.format].encode
    )
    sink: Optional[_Sink] = None
    writer = None
    with _Interrupts() as interrupts:
        try:
            with interrupts.hold():
                sink = _Sink(args.output)
                writer = WRITERS[args.format](sink.stream)
                writer.begin()
            for outcome in outcomes:
                _report_failures(items, reporter, tally)
                with interrupts.hold():
                    _emit(items.popleft(), outcome, writer, reporter, tally)
                    sink.flush_document()
            _report_failures(items, reporter, tally)
            with interrupts.hold():
                writer.end()
                target = sink.commit()
        except KeyboardInterrupt:
            interrupts.ignore()
            return _stop(outcomes, sink, writer, reporter, tally, started, "interrupted")
        except BrokenProcessPool as error:
            interrupts.ignore()
            reporter.say(f"error: a worker process died ({error})")
            return _stop(outcomes, sink, writer, reporter, tally, started, "stopped")
        except BrokenPipeError:
            outcomes.close()
            reporter.close()
            _silence_stdout()
            if sink is not None:
                sink.discard()
            return EXIT_BROKEN_PIPE
        except OSError as error:
            outcomes.close()
            if sink is not None:
                sink.discard()
            reporter.close()
            reporter.say(f"error: cannot write {args.output or 'stdout'}: {error}")
            return EXIT_FAILED
    reporter.close()
    reporter.summary(tally, target, time.perf_counter() - started)
    return EXIT_FAILED if tally.failed else EXIT_OK


def _report_failures(items: collections.deque, reporter: _Reporter, tally: _Tally) -> None:
    """Report the failures that come before the next document, in input order."""
    while items and isinstance(items[0], Failure):
        reporter.say(items.popleft().message)
        tally.failed += 1
        reporter.advance()


def _emit(
    document: Document, outcome: Outcome, writer: Any, reporter: _Reporter, tally: _Tally
) -> None:
    reporter.advance()
    if isinstance(outcome, Exception):
        error = f"{type(outcome).__name__}: {outcome}"
        reporter.say(Errors.E015.format(where=document.where, error=error))
        tally.failed += 1
        return
    if document.replaced:
        reporter.say(
            f"warning: {document.where}: replaced {_count(document.replaced, 'undecodable byte')} "
            f"(first at byte {document.first_replaced}) reading it as {document.encoding}"
        )
        tally.replaced += document.replaced
    writer.write(document, outcome)
    tally.read += 1
    tally.empty += not document.text.strip()
    tally.records += len(outcome)


def _stop(
    outcomes: Iterator[Outcome],
    sink: Optional[_Sink],
    writer: Any,
    reporter: _Reporter,
    tally: _Tally,
    started: float,
    why: str,
) -> int:
    """End a run cut short: stop the workers, keep what was finished (closed, so a
    JSON array stays valid; FILE.partial says it is not all)."""
    outcomes.close()  # type: ignore[attr-defined]
    target = "nowhere"
    try:
        if writer is not None:
            writer.end()
        if sink is not None:
            target = sink.commit(partial=True)
    except BrokenPipeError:
        _silence_stdout()
        if sink is not None:
            sink.discard()
    except OSError as error:
        if sink is not None:
            sink.discard()
        reporter.say(f"error: cannot keep the finished records: {error}")
    reporter.close()
    reporter.summary(tally, target, time.perf_counter() - started, note=f"{why}; ")
    return EXIT_INTERRUPTED if why == "interrupted" else EXIT_FAILED


def _silence_stdout() -> None:
    """After a broken pipe, send what is still buffered to nowhere, so that the
    interpreter's own flush at exit does not complain."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
