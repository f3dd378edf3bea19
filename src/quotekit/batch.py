"""Extraction over many texts, in order, in this process or in worker processes.

``extract_many`` is the public entry; ``extract_outcomes`` is the same stream with
an exception yielded in place of a text whose extraction raised, so that a batch
can report it and go on. With ``jobs > 1`` each worker process builds its
extractor once; texts travel in small chunks, and only a few chunks per worker are
in flight at any time, so memory stays bounded however long the input is.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import pickle
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Optional, Union

from .errors import ArgumentTypeError, ArgumentValueError, Errors
from .extract import Extractor, default_extractor
from .records import Quote

Outcome = Union[list[Quote], Exception]
# What a caller makes of a text's quotes before it gets them (see extract_outcomes).
Encoder = Callable[[list[Quote]], list[Any]]

#: A chunk sent to a worker holds at most this many texts ...
CHUNK_TEXTS = 16
#: ... and stops growing once it holds this many characters.
CHUNK_CHARS = 1 << 17
#: Chunks queued or running per worker.
CHUNKS_PER_WORKER = 2


def extract_many(
    texts: Iterable[str], *, jobs: int = 1, extractor: Optional[Extractor] = None
) -> Iterator[list[Quote]]:
    """The quotes of each text, lazily and in input order.

    Args:
        texts: the articles (any iterable, read as it is consumed).
        jobs: worker processes; 1 (the default) works in this process.
        extractor: the extractor to use (with your lexicon additions); each worker
            rebuilds it from its additions. Defaults to the shared one.

    Raises:
        ArgumentTypeError: ``jobs`` is not an int, or a text is not a str (raised
            when that text is reached).
        ArgumentValueError: ``jobs`` is less than 1.

    With ``jobs > 1`` on platforms that start workers by spawning (Windows,
    macOS), call it under ``if __name__ == "__main__":``.

    >>> [len(quotes) for quotes in extract_many(["市长王明说：“开工了。”", "今天晴。"])]
    [1, 0]
    """
    return _raising(extract_outcomes(texts, jobs=jobs, extractor=extractor))


def _raising(outcomes: Iterator[Outcome]) -> Iterator[list[Quote]]:
    for outcome in outcomes:
        if isinstance(outcome, Exception):
            raise outcome
        yield outcome


def extract_outcomes(
    texts: Iterable[str],
    *,
    jobs: int = 1,
    extractor: Optional[Extractor] = None,
    encode: Optional[Encoder] = None,
) -> Iterator[Outcome]:
    """Like ``extract_many``, but a text whose extraction raised yields the exception.

    ``encode`` (a module-level function, so that workers can import it) is applied to
    each text's quotes where they are made, in the worker: the caller gets the
    encoded records (JSON lines, say), and its own process is spared that work."""
    _check_jobs(jobs)
    extractor = extractor if extractor is not None else default_extractor()
    if jobs == 1:
        return (_extract(extractor, text, encode) for text in texts)
    return _parallel(texts, jobs, extractor, encode)


def _check_jobs(jobs: object) -> None:
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise ArgumentTypeError(Errors.E016.format(jobs=jobs))
    if jobs < 1:
        raise ArgumentValueError(Errors.E016.format(jobs=jobs))


def _extract(extractor: Extractor, text: str, encode: Optional[Encoder] = None) -> Outcome:
    try:
        quotes = extractor.extract(text)
        return encode(quotes) if encode is not None else quotes
    except Exception as error:
        return error


def _parallel(
    texts: Iterable[str], jobs: int, extractor: Extractor, encode: Optional[Encoder]
) -> Iterator[Outcome]:
    chunks = _chunks(texts)
    pending: collections.deque[Future[list[Outcome]]] = collections.deque()
    executor = ProcessPoolExecutor(
        jobs, mp_context=_context(), initializer=_start_worker, initargs=(extractor, encode)
    )
    try:
        for chunk in itertools.islice(chunks, jobs * CHUNKS_PER_WORKER):
            pending.append(executor.submit(_work, chunk))
        while pending:
            outcomes = pending.popleft().result()
            chunk = next(chunks, None)
            if chunk is not None:  # keep the workers busy while the caller writes
                pending.append(executor.submit(_work, chunk))
            yield from outcomes
    finally:
        _stop(executor, pending)


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one: a fork of a process that runs threads (a
    progress bar, the caller's own) can deadlock; spawn elsewhere, as the platform does."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context()


def _chunks(texts: Iterable[str]) -> Iterator[list[str]]:
    chunk: list[str] = []
    size = 0
    for text in texts:
        chunk.append(text)
        size += len(text) if isinstance(text, str) else 0
        if len(chunk) >= CHUNK_TEXTS or size >= CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _stop(executor: ProcessPoolExecutor, pending: collections.deque) -> None:
    """Shut the pool down; if work is still pending (interrupted, or the caller
    stopped reading), end the workers rather than wait for them."""
    if pending:
        for future in pending:
            future.cancel()
        executor.shutdown(wait=False, cancel_futures=True)
        terminate = getattr(executor, "terminate_workers", None)  # Python 3.14+
        if terminate is not None:
            terminate()
        else:
            for process in list((getattr(executor, "_processes", None) or {}).values()):
                process.terminate()
    executor.shutdown(wait=True, cancel_futures=True)


_worker_extractor: Optional[Extractor] = None
_worker_encode: Optional[Encoder] = None


def _start_worker(extractor: Extractor, encode: Optional[Encoder]) -> None:
    # Ctrl-C reaches the whole process group: the parent decides what to do.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_extractor, _worker_encode
    _worker_extractor, _worker_encode = extractor, encode


def _work(texts: list[str]) -> list[Outcome]:
    assert _worker_extractor is not None
    return [_portable(_extract(_worker_extractor, text, _worker_encode)) for text in texts]


def _portable(outcome: Outcome) -> Outcome:
    """An exception that cannot be pickled travels as a RuntimeError with its text."""
    if isinstance(outcome, Exception):
        try:
            pickle.dumps(outcome)
        except Exception:
            return RuntimeError(f"{type(outcome).__name__}: {outcome}")
    return outcome
