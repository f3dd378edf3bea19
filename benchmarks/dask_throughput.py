"""Dask throughput: quotekit.dask on 1 and 2 local workers against one process and a pool.

Usage:
    python benchmarks/dask_throughput.py [CORPUS.jsonl] [--limit N] [--partition DOCS]
                                         [--repeat R]

Runs on the same stories, ``--partition`` stories a partition or chunk:
- one process: ``Extractor.extract`` story by story, records as dicts;
- ``multiprocessing``: a pool of 2 processes, each with its own extractor, sending
  the records of each chunk back as dicts;
- ``quotekit extract CORPUS --jobs 1`` and ``--jobs 2`` from a JSON Lines copy of the
  stories to a JSON Lines file: the command line as it runs, process start included;
- on a ``LocalCluster`` of 1, then 2, worker processes (one thread each):
  ``extract_bag`` on stories already held by the workers, its records left there
  (``.count()``): the engine alone; ``extract_bag`` on stories given with
  ``from_sequence``, its records gathered into this process with ``.compute()``;
  and ``run()`` from a JSON Lines copy of the stories to partitioned JSON Lines
  (reading, parsing and writing included);
- ``run()`` on Dask's ``processes`` scheduler with 2 processes, whose pool is
  started (and builds its extractors) within every run.
Clusters and the pool are started, and their workers have built their extractors,
before the clock starts. Times are wall-clock (the work runs in other processes),
best of ``--repeat`` runs; on a machine shared with other work they are noisy.
Needs ``pip install "quotekit[dask]"``. Prints figures; sets no target.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Optional

from _common import characters, cpu_time, load_corpus

import quotekit

_POOL_EXTRACTOR: Optional[quotekit.Extractor] = None


def wall_time(function: Callable[[], object], repeat: int) -> float:
    """The best wall-clock time of ``repeat`` runs of ``function``."""
    return cpu_time(function, repeat, clock=time.perf_counter)


def records(extractor: quotekit.Extractor, documents: list[tuple[str, str]]) -> list[dict]:
    return [dict(q.to_dict(), doc=doc) for doc, text in documents for q in extractor.extract(text)]


def _pool_start() -> None:
    global _POOL_EXTRACTOR
    _POOL_EXTRACTOR = quotekit.Extractor()
    _POOL_EXTRACTOR.extract("市长刘建国说：“今年要办好十件实事。”")


def _pool_chunk(chunk: list[tuple[str, str]]) -> list[dict]:
    assert _POOL_EXTRACTOR is not None
    return records(_POOL_EXTRACTOR, chunk)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--partition", type=int, default=500, help="stories a partition")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)

    texts, description = load_corpus(args.corpus, args.limit)
    documents = [(str(number), text) for number, text in enumerate(texts)]
    size, count = characters(texts), len(texts)
    chunks = [documents[i : i + args.partition] for i in range(0, count, args.partition)]
    print(f"corpus: {description}, {size:,} characters, {len(chunks)} partitions")

    extractor = quotekit.Extractor()
    expected = len(records(extractor, documents))
    rows = [("one process", wall_time(lambda: records(extractor, documents), args.repeat))]

    with multiprocessing.get_context("spawn").Pool(2, initializer=_pool_start) as pool:
        pool.map(_pool_chunk, [documents[:1]] * 2)
        seconds = wall_time(lambda: pool.map(_pool_chunk, chunks, chunksize=1), args.repeat)
    rows.append(("multiprocessing, 2 processes", seconds))

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "corpus.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for doc, text in documents:
                out.write(json.dumps({"id": doc, "text": text}, ensure_ascii=False) + "\n")
        blocksize = max(1, source.stat().st_size * args.partition // count)
        for jobs in (1, 2):
            command = [sys.executable, "-m", "quotekit.cli", "extract", str(source), "--quiet"]
            command += ["--jobs", str(jobs), "--output", f"{folder}/cli.jsonl"]
            seconds = wall_time(
                lambda command=command: subprocess.run(command, check=True), args.repeat
            )
            rows.append((f"quotekit extract --jobs {jobs}", seconds))
        rows += dask_rows(documents, chunks, expected, str(source), blocksize, args.repeat)

    print(f"{'':<46} {'seconds':>8} {'M chars/s':>10} {'docs/s':>8} {'vs one':>7}")
    for name, seconds in rows:
        speed = rows[0][1] / seconds
        print(
            f"{name:<46} {seconds:8.2f} {size / seconds / 1e6:10.3f} {count / seconds:8.0f} "
            f"{speed:6.2f}x"
        )
    return 0


def dask_rows(
    documents: list[tuple[str, str]],
    chunks: list[list[tuple[str, str]]],
    expected: int,
    source: str,
    blocksize: int,
    repeat: int,
) -> list[tuple[str, float]]:
    # from_sequence puts the stories in the graph, as the row's name says; no warning.
    warnings.filterwarnings("ignore", message="Sending large graph")
    import dask.bag as db
    from distributed import Client, LocalCluster, wait

    import quotekit.dask

    items = [{"id": doc, "text": text} for doc, text in documents]

    def run(scheduler: str, **options: object) -> float:
        def once() -> None:
            output = f"{Path(source).parent}/out"
            summary = quotekit.dask.run(
                [source],
                output,
                scheduler=scheduler,
                blocksize=blocksize,
                overwrite=True,
                **options,
            )
            assert summary.documents == len(documents) and summary.records == expected

        return wall_time(once, repeat)

    rows = []
    for workers in (1, 2):
        cluster = LocalCluster(
            n_workers=workers,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        with cluster, Client(cluster) as client:
            client.wait_for_workers(workers)
            warm = db.from_sequence(items[: 2 * workers], npartitions=2 * workers)
            quotekit.dask.extract_bag(warm).compute()
            held = db.from_sequence(items, npartitions=len(chunks)).persist()
            wait(held)
            counted = quotekit.dask.extract_bag(held).count()
            assert counted.compute() == expected
            name = f"{workers} worker{'s' if workers > 1 else ''}"
            rows.append(
                (f"extract_bag, held on workers, {name}", wall_time(counted.compute, repeat))
            )
            gathered = quotekit.dask.extract_bag(db.from_sequence(items, npartitions=len(chunks)))
            rows.append((f"extract_bag, gathered, {name}", wall_time(gathered.compute, repeat)))
            rows.append((f"run() JSONL -> JSONL, {name}", run(cluster.scheduler_address)))
    rows.append(("run() JSONL -> JSONL, processes scheduler, 2", run("processes", workers=2)))
    return rows


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
