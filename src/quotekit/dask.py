"""Extraction at scale with Dask: bags, dataframes, and partitioned files.

``extract_bag`` turns a ``dask.bag`` of documents into a bag of records (the JSON
form of each quote plus ``doc``), ``extract_frame`` a ``dask.dataframe`` of articles
into a dataframe of flat rows typed as ``quotekit.tables.DTYPES``, and ``run`` reads
JSON Lines or Parquet files and writes partitioned output to a folder, on any Dask
scheduler: threads, a local process pool, or a cluster.

Each worker process builds its ``Extractor`` once, on its first task, and reuses it
for every partition after: tasks carry only the lexicon additions (a few hundred
bytes). A bad document (not a str, no text, unreadable JSON, or a text on which
extraction fails) never stops the job: it becomes an error record,
``{"doc": ..., "error": "[E0xx] ..."}`` in a bag, a row with the ``error`` column set
in a dataframe, and a line or row under ``errors/`` in ``run``'s output.

Needs the extra: ``pip install "quotekit[dask]"``. ``import quotekit`` never imports
Dask; import this module by name: ``import quotekit.dask``.
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any, Optional, Union

import attrs
import regex

from .errors import (
    ArgumentTypeError,
    ArgumentValueError,
    Errors,
    InputError,
    MissingDependencyError,
)
from .extract import Extractor, default_extractor
from .records import Quote
from .tables import DTYPES, flat_row, to_dataframe

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    import fsspec
    import pandas
    from dask.utils import parse_bytes
except ImportError as error:  # pragma: no cover - exercised without the extra
    raise MissingDependencyError(
        Errors.E020.format(
            package=error.name or "dask", feature="quotekit.dask", extra="'quotekit[dask]'"
        )
    ) from None

__all__ = ["ERROR_COLUMN", "FRAME_DTYPES", "Summary", "extract_bag", "extract_frame", "run"]

#: The key (bag) or column (dataframe) holding a failed document's message.
ERROR_COLUMN = "error"
#: The dtypes of ``extract_frame``'s result: ``COLUMNS`` as ``DTYPES``, then ``error``.
FRAME_DTYPES = {**DTYPES, ERROR_COLUMN: "string"}
#: Output formats of ``run``.
FORMATS = ("jsonl", "parquet")
#: Schedulers that run in this process; any other name is a cluster's address.
LOCAL_SCHEDULERS = ("processes", "threads", "synchronous")
PARQUET_SUFFIXES = (".parquet", ".pq")

# A byte that was not UTF-8, as decoding with errors="surrogateescape" keeps it.
_UNDECODABLE = regex.compile("[\udc80-\udcff]")

_MISSING: Any = object()
Outcome = tuple[str, list[Quote], Optional[str]]  # (doc, quotes, error message)


@attrs.frozen
class Summary:
    """What ``run`` did: documents read, documents failed, records written, and where."""

    documents: int
    failed: int
    records: int
    partitions: int
    output: str


@attrs.frozen
class _Job:
    """What a task needs besides its partition; it pickles to a few hundred bytes."""

    lexicon: str  # the extractor's lexicon additions as canonical JSON
    text_key: str
    id_key: Optional[str]
    func: str

    @classmethod
    def make(cls, extractor: Optional[Extractor], **options: Any) -> _Job:
        if extractor is not None and not isinstance(extractor, Extractor):
            raise ArgumentTypeError(
                Errors.E040.format(
                    func=options["func"],
                    what="extractor",
                    expected="a quotekit.Extractor or None",
                    type=type(extractor).__name__,
                )
            )
        additions = extractor.additions() if extractor is not None else {}
        return cls(json.dumps(additions, ensure_ascii=False, sort_keys=True), **options)

    def read(self, item: Any, fallback: str) -> Outcome:
        """The outcome of a bag item or JSON line: a str, or a mapping with the text."""
        if isinstance(item, str):
            return self.extract(fallback, item)
        if not isinstance(item, Mapping):
            expected = f"a str or a mapping with a {self.text_key!r}"
            found = type(item).__name__
            error = Errors.E040.format(
                func=self.func, what="a document", expected=expected, type=found
            )
            return fallback, [], error
        name = item.get(self.id_key) if self.id_key else None
        doc = fallback if _missing(name) else str(name)
        return self.extract(doc, item.get(self.text_key, _MISSING))

    def extract(self, doc: str, text: Any) -> Outcome:
        if not isinstance(text, str):
            found = "missing" if text is _MISSING or _missing(text) else type(text).__name__
            what = f"the {self.text_key!r} of document {doc!r}"
            error = Errors.E040.format(func=self.func, what=what, expected="a str", type=found)
            return doc, [], error
        try:
            return doc, _worker_extractor(self.lexicon).extract(text), None
        except Exception as error:  # one document's bug must not cost the rest of the corpus
            message = f"{type(error).__name__}: {error}"
            return doc, [], Errors.E015.format(where=f"document {doc!r}", error=message)


@functools.lru_cache(maxsize=8)
def _worker_extractor(lexicon: str) -> Extractor:
    """One extractor per process and lexicon, built on the process's first task."""
    additions = json.loads(lexicon)
    return Extractor(**additions) if additions else default_extractor()


def _missing(value: Any) -> bool:
    """None, NaN or pandas' NA: no value in a mapping or a dataframe cell."""
    return value is None or (pandas.api.types.is_scalar(value) and bool(pandas.isna(value)))


def _expect(value: Any, kind: type, expected: str, func: str) -> None:
    if not isinstance(value, kind):
        what = "the collection"
        found = type(value).__name__
        raise ArgumentTypeError(
            Errors.E040.format(func=func, what=what, expected=expected, type=found)
        )


def _record(quote: Quote, doc: str) -> dict[str, Any]:
    return dict(quote.to_dict(), doc=doc)


def _error(doc: str, message: str) -> dict[str, str]:
    return {"doc": doc, ERROR_COLUMN: message}


# -- bags ---------------------------------------------------------------------------


def extract_bag(
    bag: db.Bag,
    *,
    text_key: str = "text",
    id_key: str = "id",
    extractor: Optional[Extractor] = None,
) -> db.Bag:
    """A bag of records: one dict per quote, its JSON form plus ``doc``.

    Args:
        bag: Documents: strings, or mappings with the text under ``text_key`` and
            the document's name under ``id_key``. A document without a name is
            named ``PARTITION:POSITION`` (``"0:3"``: the fourth item of partition 0).
        text_key: The key of a mapping's text.
        id_key: The key of a mapping's name (converted with ``str``).
        extractor: Whose lexicon additions to use; the shipped lexicons if None.

    Returns:
        A lazy bag of ``dict(quote.to_dict(), doc=name)``, documents in order. A bad
        document gives one ``{"doc": name, "error": message}`` instead; keep the
        quotes with ``bag.filter(lambda r: "error" not in r)``.

    Example:
        ``extract_bag(dask.bag.from_sequence(articles, npartitions=8)).compute()``
    """
    _expect(bag, db.Bag, "a dask.bag.Bag", "dask.extract_bag")
    job = _Job.make(extractor, text_key=text_key, id_key=id_key, func="dask.extract_bag")
    numbers = db.range(bag.npartitions, npartitions=bag.npartitions)
    return bag.map_partitions(_bag_partition, numbers, job=job)


def _bag_partition(items: Iterable[Any], number: Sequence[int], job: _Job) -> list[dict]:
    (partition,) = number
    records: list[dict] = []
    for position, item in enumerate(items):
        doc, quotes, error = job.read(item, f"{partition}:{position}")
        if error is not None:
            records.append(_error(doc, error))
        records.extend(_record(quote, doc) for quote in quotes)
    return records


# -- dataframes ---------------------------------------------------------------------


def extract_frame(
    df: dd.DataFrame,
    *,
    text_column: str = "text",
    id_column: Optional[str] = "id",
    extractor: Optional[Extractor] = None,
) -> dd.DataFrame:
    """A dataframe of flat rows (``quotekit.tables.COLUMNS``) and an ``error`` column.

    Args:
        df: Articles, one a row.
        text_column: The column of the texts.
        id_column: The column of the documents' names (converted with ``str``); None
            names every document ``PARTITION:POSITION``, as does a missing value.
        extractor: Whose lexicon additions to use; the shipped lexicons if None.

    Returns:
        A lazy dataframe typed as ``FRAME_DTYPES``, with its ``meta`` declared (no
        partition is computed to guess it): one row per quote, documents in order,
        the index numbering the rows of each partition. A bad document (its text
        missing or not a str) gives one row with only ``doc`` and ``error`` set;
        keep the quotes with ``frame[frame["error"].isna()]``.

    Raises:
        ArgumentValueError: ``df`` has no column ``text_column`` or ``id_column``.
    """
    _expect(df, dd.DataFrame, "a dask.dataframe.DataFrame", "dask.extract_frame")
    for column in (text_column, id_column):
        if column is not None and column not in df.columns:
            columns = list(df.columns)
            raise ArgumentValueError(
                Errors.E043.format(func="dask.extract_frame", column=column, columns=columns)
            )
    job = _Job.make(extractor, text_key=text_column, id_key=id_column, func="dask.extract_frame")
    # Rows are quotes now, so the articles' divisions no longer hold.
    return df.map_partitions(_frame_partition, job=job, meta=_frame([]), clear_divisions=True)


def _frame_partition(
    part: pandas.DataFrame, job: _Job, partition_info: Optional[dict] = None
) -> pandas.DataFrame:
    number = (partition_info or {}).get("number", 0)
    return _frame(_frame_outcomes(part, job, number))


def _frame_outcomes(part: pandas.DataFrame, job: _Job, number: int) -> Iterator[Outcome]:
    texts = part[job.text_key].tolist()
    names = part[job.id_key].tolist() if job.id_key else [None] * len(texts)
    for position, (name, text) in enumerate(zip(names, texts)):
        yield job.extract(f"{number}:{position}" if _missing(name) else str(name), text)


def _frame(outcomes: Iterable[Outcome]) -> pandas.DataFrame:
    """Flat rows typed as ``FRAME_DTYPES``: a row per quote, a row per failure."""
    rows: list[dict[str, Any]] = []
    errors: list[Optional[str]] = []
    for doc, quotes, error in outcomes:
        if error is not None:
            rows.append({"doc": doc})
            errors.append(error)
        rows.extend(flat_row(quote, doc) for quote in quotes)
        errors.extend([None] * len(quotes))
    frame = to_dataframe(rows)
    frame[ERROR_COLUMN] = pandas.array(errors, dtype="string")
    return frame


# -- files --------------------------------------------------------------------------


def run(
    inputs: Sequence[str],
    output: str,
    *,
    scheduler: Optional[str] = "processes",
    fmt: str = "jsonl",
    extractor: Optional[Extractor] = None,
    blocksize: Optional[Union[int, str]] = None,
    workers: Optional[int] = None,
    text_key: str = "text",
    id_key: str = "id",
    overwrite: bool = False,
) -> Summary:
    """Extract from JSON Lines or Parquet files into a folder of partitioned output.

    Args:
        inputs: Paths or glob patterns, local or any URL fsspec reads. Files ending
            in ``.parquet`` or ``.pq``, and folders, are read as Parquet; the others
            as JSON Lines, one ``{"id": ..., "text": ...}`` object a line (a
            compressed file, by its suffix, and read whole). All inputs must be of
            one kind.
        output: The folder to write: ``quotes/part-NNNNN.jsonl`` (a record a line,
            the JSON form plus ``doc``, as ``quotekit extract --format jsonl``) or
            ``quotes/part-NNNNN.parquet`` (flat rows typed as ``DTYPES``), a part per
            input partition; and ``errors/part-NNNNN.*`` (``doc``, ``error``) for
            each partition with a document that failed.
        scheduler: ``"processes"`` (a local process pool), ``"threads"``,
            ``"synchronous"``, a Dask scheduler's address (``"tcp://host:8786"``),
            or None for Dask's current default (for example an active ``Client``).
        fmt: ``"jsonl"`` or ``"parquet"``.
        extractor: Whose lexicon additions to use; the shipped lexicons if None.
        blocksize: Split JSON Lines files into blocks of about this size
            (``"32MiB"``); None reads each file as one partition. A line without an
            id is named ``STEM:LINE``, or with blocks ``STEM@PARTITION:LINE`` (the
            line within its block); a Parquet row without one ``PARTITION:ROW``.
        workers: Processes of the local pool (default: one per core).
        text_key: The field (column) of the texts.
        id_key: The field (column) of the documents' names.
        overwrite: Replace the ``quotes/`` and ``errors/`` of an output folder that
            is not empty.

    Returns:
        A ``Summary``: documents read, documents failed, records written.

    Raises:
        InputError: An unknown format, inputs of both kinds, a JSON Lines input
            that does not exist (or a pattern that matches nothing), Parquet inputs
            without the text column, or an output folder that is not empty (without
            ``overwrite``).
        ArgumentTypeError: ``inputs`` is a str or empty, or ``extractor`` is not an
            ``Extractor``.
    """
    if fmt not in FORMATS:
        raise InputError(Errors.E013.format(fmt=fmt, formats=", ".join(FORMATS)))
    job = _Job.make(extractor, text_key=text_key, id_key=id_key, func="dask.run")
    target = _Target.make(output, fmt, overwrite=overwrite)
    if _input_kind(inputs) == "parquet":
        counts = _parquet_counts(inputs, job, target)
    else:
        counts = _jsonl_counts(inputs, blocksize, job, target)
    target.prepare()
    with _compute_options(scheduler, workers) as options:
        (done,) = dask.compute(counts, **options)
    if isinstance(done, pandas.DataFrame):
        done = list(done.itertuples(index=False, name=None))
    documents, failed, records = (sum(c) for c in zip(*done)) if done else (0, 0, 0)
    return Summary(documents, failed, records, len(done), output)


def _input_kind(inputs: Sequence[str]) -> str:
    if isinstance(inputs, str) or not inputs:
        found = "str" if isinstance(inputs, str) else "an empty sequence"
        raise ArgumentTypeError(
            Errors.E040.format(
                func="dask.run", what="inputs", expected="a list of paths", type=found
            )
        )
    kinds = {"parquet" if _is_parquet(path) else "jsonl" for path in inputs}
    if len(kinds) > 1:
        reason = "give either JSON Lines or Parquet inputs to one run, not both"
        raise InputError(Errors.E011.format(path=", ".join(inputs), reason=reason))
    return kinds.pop()


def _is_parquet(path: str) -> bool:
    if path.lower().endswith(PARQUET_SUFFIXES):
        return True
    fs, root = fsspec.core.url_to_fs(path)
    return not any(char in root for char in "*?[") and fs.isdir(root)


# Each partition is read, extracted and written by one task, so that no partition's
# text or records travel between processes: dask fuses read_parquet with the
# map_partitions after it, and a JSON Lines task reads its own block of bytes.


def _parquet_counts(inputs: Sequence[str], job: _Job, target: _Target) -> dd.DataFrame:
    frame = dd.read_parquet(inputs[0] if len(inputs) == 1 else list(inputs))
    if job.text_key not in frame.columns:
        columns = list(frame.columns)
        raise InputError(Errors.E043.format(func="dask.run", column=job.text_key, columns=columns))
    if job.id_key not in frame.columns:
        job = attrs.evolve(job, id_key=None)
    columns = [job.text_key] + ([job.id_key] if job.id_key else [])
    meta = pandas.DataFrame({"documents": [], "failed": [], "records": []}, dtype="int64")
    return frame[columns].map_partitions(_run_frame, job=job, target=target, meta=meta)


def _run_frame(
    part: pandas.DataFrame, job: _Job, target: _Target, partition_info: Optional[dict] = None
) -> pandas.DataFrame:
    number = (partition_info or {}).get("number", 0)
    counts = target.write(number, list(_frame_outcomes(part, job, number)))
    return pandas.DataFrame([counts], columns=["documents", "failed", "records"])


@attrs.frozen
class _Block:
    """A partition of JSON Lines: a whole file, or ``length`` bytes from ``offset``."""

    path: str
    number: int
    offset: int = 0
    length: Optional[int] = None  # None: the whole file, decompressed by its suffix


def _jsonl_counts(
    inputs: Sequence[str], blocksize: Optional[Union[int, str]], job: _Job, target: _Target
) -> list[Any]:
    fs, _, paths = fsspec.core.get_fs_token_paths(list(inputs), mode="rb")
    missing = [path for path in paths if not fs.isfile(path)] if paths else list(inputs)
    if missing:
        reason = "no such file; give JSON Lines files, or glob patterns that match some"
        raise InputError(Errors.E011.format(path=", ".join(missing), reason=reason))
    size = None if blocksize is None else parse_bytes(blocksize)
    blocks: list[_Block] = []
    for path in paths:
        if size is None or fsspec.utils.infer_compression(path):
            blocks.append(_Block(path, len(blocks)))
            continue
        for offset in range(0, max(fs.size(path), 1), size):
            blocks.append(_Block(path, len(blocks), offset, size))
    return [dask.delayed(_run_block, pure=False)(fs, block, job, target) for block in blocks]


def _run_block(fs: Any, block: _Block, job: _Job, target: _Target) -> tuple[int, int, int]:
    if block.length is None:
        with fs.open(block.path, "rb", compression="infer") as handle:
            data = handle.read()
    else:
        with fs.open(block.path, "rb") as handle:
            data = fsspec.utils.read_block(handle, block.offset, block.length, delimiter=b"\n")
    path = PurePosixPath(block.path)
    stem = (path.with_suffix("") if fsspec.utils.infer_compression(block.path) else path).stem
    if block.length is None:
        where, name = block.path, stem
    else:
        where, name = f"{block.path}@{block.number}", f"{stem}@{block.number}"
    outcomes = []
    # Lines end at \n only: str.splitlines would also split at U+2028 inside a text.
    lines = data.decode("utf-8", errors="surrogateescape").split("\n")
    for position, line in enumerate(lines, 1):
        if line.strip():
            outcomes.append(_read_line(line, f"{name}:{position}", job, where, position))
    return target.write(block.number, outcomes)


def _read_line(line: str, fallback: str, job: _Job, where: str, position: int) -> Outcome:
    if _UNDECODABLE.search(line):
        reason = "not valid UTF-8; convert the file to UTF-8"
        return fallback, [], Errors.E012.format(where=where, line=position, reason=reason)
    try:
        item = json.loads(line.lstrip("\ufeff"))
    except ValueError as error:
        reason = f"not valid JSON ({error})"
        return fallback, [], Errors.E012.format(where=where, line=position, reason=reason)
    return job.read(item, fallback)


@attrs.frozen
class _Target:
    """The output folder: its filesystem, its path there, and the parts' format."""

    fs: Any
    root: str
    fmt: str

    @classmethod
    def make(cls, output: str, fmt: str, *, overwrite: bool) -> _Target:
        fs, root = fsspec.core.url_to_fs(output)
        root = root.rstrip("/")
        if fs.exists(root) and fs.ls(root) and not overwrite:
            reason = "the output folder is not empty: choose another or pass overwrite=True"
            raise InputError(Errors.E011.format(path=output, reason=reason))
        return cls(fs, root, fmt)

    def prepare(self) -> None:
        """Remove the parts of an earlier run, then make the folder."""
        for folder in ("quotes", "errors"):
            if self.fs.exists(f"{self.root}/{folder}"):
                self.fs.rm(f"{self.root}/{folder}", recursive=True)
        self.fs.makedirs(f"{self.root}/quotes", exist_ok=True)

    def write(self, number: int, outcomes: list[Outcome]) -> tuple[int, int, int]:
        """Write one partition's parts; (documents, failed, records)."""
        quotes = [(doc, quote) for doc, found, _ in outcomes for quote in found]
        failures = [(doc, error) for doc, _, error in outcomes if error is not None]
        name = f"part-{number:05d}.{self.fmt}"
        if self.fmt == "jsonl":
            self._lines(f"quotes/{name}", (_record(quote, doc) for doc, quote in quotes))
        else:
            self._parquet(f"quotes/{name}", to_dataframe(flat_row(q, doc) for doc, q in quotes))
        if failures:
            self.fs.makedirs(f"{self.root}/errors", exist_ok=True)
            if self.fmt == "jsonl":
                self._lines(f"errors/{name}", (_error(doc, error) for doc, error in failures))
            else:
                frame = pandas.DataFrame(failures, columns=["doc", ERROR_COLUMN], dtype="string")
                self._parquet(f"errors/{name}", frame)
        return len(outcomes), len(failures), len(quotes)

    def _lines(self, name: str, records: Iterable[dict]) -> None:
        with self.fs.open(f"{self.root}/{name}", "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")

    def _parquet(self, name: str, frame: pandas.DataFrame) -> None:
        with self.fs.open(f"{self.root}/{name}", "wb") as out:
            frame.to_parquet(out, index=False)


@contextlib.contextmanager
def _compute_options(scheduler: Optional[str], workers: Optional[int]) -> Iterator[dict]:
    """``dask.compute``'s options for a scheduler's name or address."""
    if scheduler is None:
        yield {}
    elif scheduler in LOCAL_SCHEDULERS:
        yield {"scheduler": scheduler, **({"num_workers": workers} if workers else {})}
    else:
        try:
            from distributed import Client
        except ImportError:
            raise MissingDependencyError(
                Errors.E020.format(
                    package="distributed", feature="a Dask cluster", extra="'quotekit[dask]'"
                )
            ) from None
        client = Client(scheduler, set_as_default=False)
        try:
            yield {"scheduler": client}
        finally:
            client.close()
