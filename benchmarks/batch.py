"""Batch: ``quotekit extract --jobs N`` against one process, on the same corpus.

Usage:
    python benchmarks/batch.py [CORPUS.jsonl] [--jobs N] [--limit STORIES]

Runs ``quotekit extract CORPUS --jobs 1`` and ``--jobs N`` (N defaults to the number
of cores) and prints the wall-clock speed-up and the parallel efficiency (speed-up /
N). Both outputs must be identical. The target is near-linear speed-up on the
machine's cores: efficiency of at least 0.75. Exits 1 when it is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import load_corpus, quotekit_command, verdict


def run(corpus: Path, jobs: int, output: Path) -> float:
    command = [*quotekit_command(), "extract", str(corpus), "--quiet"]
    command += ["--jobs", str(jobs), "--output", str(output)]
    started = time.perf_counter()
    subprocess.run(command, check=True)
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    texts, description = load_corpus(args.corpus, args.limit)
    with tempfile.TemporaryDirectory() as work:
        corpus = Path(work) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for number, text in enumerate(texts):
                handle.write(json.dumps({"id": number, "text": text}, ensure_ascii=False) + "\n")
        one = run(corpus, 1, Path(work) / "one.jsonl")
        many = run(corpus, args.jobs, Path(work) / "many.jsonl")
        same = (Path(work) / "one.jsonl").read_bytes() == (Path(work) / "many.jsonl").read_bytes()
    speedup = one / many
    print(f"corpus: {description}; {os.cpu_count()} cores")
    print(f"--jobs 1: {one:.2f} s; --jobs {args.jobs}: {many:.2f} s; identical output: {same}")
    return verdict(
        [
            (f"speed-up with {args.jobs} jobs", speedup, "reported", True),
            ("parallel efficiency", speedup / args.jobs, ">= 0.75", speedup / args.jobs >= 0.75),
            ("identical output (1 = yes)", float(same), "1", same),
        ]
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
