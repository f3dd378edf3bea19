"""Memory and streaming: ``quotekit extract`` over a JSONL corpus of 200 MB or more.

Usage:
    python benchmarks/memory.py [CORPUS.jsonl] [--megabytes 200] [--jobs 1]

Builds a JSON Lines input of at least ``--megabytes`` MB by repeating the corpus
(a generated one when none is given), feeds it to ``quotekit extract - --format
jsonl`` through a pipe, and watches the run.

Targets (issue: performance):
- peak resident memory of the ``quotekit`` process (its high-water mark, read from
  ``/proc`` while it runs) stays under 300 MB;
- output starts before input ends: the first record arrives while the input is
  still being written.
Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

from _common import load_corpus, quotekit_command, verdict


def build_input(texts: list[str], megabytes: int) -> bytes:
    lines = [
        (json.dumps({"id": f"story-{n}", "text": text}, ensure_ascii=False) + "\n").encode()
        for n, text in enumerate(texts)
    ]
    block = b"".join(lines)
    copies = max(1, -(-megabytes * 1_000_000 // len(block)))
    return block * copies


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    texts, description = load_corpus(args.corpus)
    payload = build_input(texts, args.megabytes)
    command = [*quotekit_command(), "extract", "-", "--quiet"]
    command += ["--jobs", str(args.jobs)]

    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    state = {"input_done": None, "first_output": None, "records": 0}

    def feed() -> None:
        view = memoryview(payload)
        for offset in range(0, len(view), 1 << 20):
            process.stdin.write(view[offset : offset + (1 << 20)])
        process.stdin.close()
        state["input_done"] = time.perf_counter() - started

    def watch() -> None:
        # The kernel's high-water mark of the process's resident memory, read while it
        # runs (after fork and exec, so the payload held here is not counted).
        status = Path(f"/proc/{process.pid}/status")
        while process.poll() is None:
            try:
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        state["peak_kb"] = max(state.get("peak_kb", 0), int(line.split()[1]))
            except OSError:
                break
            time.sleep(0.1)

    writer = threading.Thread(target=feed)
    watcher = threading.Thread(target=watch)
    writer.start()
    watcher.start()
    for line in process.stdout:
        if state["first_output"] is None:
            state["first_output"] = time.perf_counter() - started
        state["records"] += line.count(b"\n")
    process.wait()
    writer.join()
    watcher.join()
    total = time.perf_counter() - started
    peak_mb = state.get("peak_kb", 0) / 1024
    if not peak_mb:  # no /proc here: fall back to the kernel's account of the child
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    print(f"corpus: {description}; input {len(payload) / 1e6:.0f} MB; jobs {args.jobs}")
    print(f"records {state['records']:,}; exit {process.returncode}; total {total:.1f} s")
    print(
        f"first record after {state['first_output']:.2f} s; input written by {state['input_done']:.2f} s"
    )
    first = state["first_output"] if state["first_output"] is not None else float("inf")
    return verdict(
        [
            ("peak resident memory, MB", peak_mb, "< 300", peak_mb < 300),
            (
                "first record before input ends (s)",
                first,
                f"< {state['input_done']:.2f}",
                first < state["input_done"] and process.returncode == 0,
            ),
        ]
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
