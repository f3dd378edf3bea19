"""The command line: ``quotekit extract PATH... [--format jsonl|json|csv] [--output FILE]``."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Optional, TextIO

from .about import __version__
from .extract import Extractor
from .tables import COLUMNS, flat_row

FORMATS = ("jsonl", "json", "csv")


def _documents(paths: Sequence[str]) -> Iterator[tuple[str, str]]:
    """(doc id, text) for every input: .txt files, folders of them, .jsonl, or -."""
    for name in paths:
        if name == "-":
            yield "stdin", sys.stdin.read()
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*.txt")):
                yield child.stem, child.read_text(encoding="utf-8-sig")
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8-sig") as handle:
                for number, line in enumerate(handle, 1):
                    if line.strip():
                        row = json.loads(line)
                        yield str(row.get("id", f"{path.stem}:{number}")), row["text"]
        else:
            yield path.stem, path.read_text(encoding="utf-8-sig")


def _write(rows: Iterator[dict], fmt: str, out: TextIO) -> int:
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(flat_row(row["quote"], row["doc"]))
            count += 1
    elif fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("," if count else "") + "\n" + _json(row))
            count += 1
        out.write("\n]\n")
    else:
        for row in rows:
            out.write(_json(row) + "\n")
            count += 1
    return count


def _json(row: dict) -> str:
    return json.dumps(dict(row["quote"].to_dict(), doc=row["doc"]), ensure_ascii=False)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="quotekit", description="Who said what in Chinese news.")
    parser.add_argument("--version", action="version", version=f"quotekit {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract attributed statements")
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.add_argument("--format", choices=FORMATS, default="jsonl")
    extract.add_argument("--output", "-o", metavar="FILE")
    args = parser.parse_args(argv)

    extractor = Extractor()
    rows = (
        {"doc": doc, "quote": quote}
        for doc, text in _documents(args.paths)
        for quote in extractor.extract(text)
    )
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            _write(rows, args.format, out)
    else:
        _write(rows, args.format, sys.stdout)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
