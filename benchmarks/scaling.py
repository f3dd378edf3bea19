"""Scaling: time per character stays flat as documents grow, whatever they hold.

Usage:
    python benchmarks/scaling.py [ARTICLE.txt]

Targets (issue: performance):
- linear scaling: the time per character of a document 100x longer (the article
  repeated) is within 1.3x that of the single article;
- hostile text, each at 20,000 and 200,000 characters: (a) unbalanced “ marks,
  (b) quotes nested 100 deep, (c) the cue 他说， repeated, (d) one organization-and-
  title chain with no punctuation, (e) a single “ followed by the rest of the text.
  Time per character at 200,000 stays within 1.5x that at 20,000 (no quadratic
  path), and throughput stays at least one tenth of the normal one.
ARTICLE defaults to the development article ../shared/eval/dev/yiwu.txt (a newspaper
page) when it is there, else to examples/article.txt, a short text dense with quotes
and so slower per character. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _common import cpu_time, verdict

import quotekit

ROOT = Path(__file__).resolve().parents[1]
DEVELOPMENT_ARTICLE = ROOT / ".." / "shared" / "eval" / "dev" / "yiwu.txt"
ARTICLE = DEVELOPMENT_ARTICLE if DEVELOPMENT_ARTICLE.exists() else ROOT / "examples" / "article.txt"


def per_character(text: str, repeat: int = 3) -> float:
    return cpu_time(lambda: quotekit.extract(text), repeat) / len(text)


def repeated(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


HOSTILE = {
    "unbalanced marks": lambda size: repeated("他说：“今年的收成很好。", size),
    "nested 100 deep": lambda size: repeated("“‘" * 100 + "内容" + "’”" * 100 + "。", size),
    "他说， repeated": lambda size: repeated("他说，", size),
    "one title chain": lambda size: repeated(
        "浙江省杭州市西湖区经济和信息化局产业发展处副处长", size
    ),
    "a single open “": lambda size: (
        "“" + repeated("今年的粮食产量有望再创新高经济稳中向好", size - 1)
    ),
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(ARTICLE))
    args = parser.parse_args(argv)
    article = Path(args.article).read_text(encoding="utf-8")
    quotekit.extract(article)

    single = per_character(article, repeat=10)
    long = per_character("\n\n".join([article] * 100), repeat=2)
    normal = 1 / single
    print(f"article: {args.article}, {len(article):,} characters, {normal / 1e6:.2f} M chars/s")
    rows = [
        ("100x article / article, time per char", long / single, "<= 1.3", long <= 1.3 * single)
    ]
    for name, make in HOSTILE.items():
        small = per_character(make(20_000), repeat=3)
        large = per_character(make(200_000), repeat=1)
        rows.append(
            (f"{name}: 200k / 20k time per char", large / small, "<= 1.5", large <= 1.5 * small)
        )
        throughput = (1 / large) / normal
        rows.append((f"{name}: throughput / normal", throughput, ">= 0.1", throughput >= 0.1))
    return verdict(rows)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
