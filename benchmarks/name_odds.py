"""Derive ``src/quotekit/data/given_odds.txt`` and ``surname_odds.txt``.

Usage:
    python benchmarks/name_odds.py JIEBA_DICT NGENDER_CHARFREQ OUT_DIR

How much more often a character is written in a name than in running text, as a
natural logarithm of the ratio of its two frequencies:

- in a given name: the character counts of given names in ngender 0.1.1
  (``charfreq.csv``, MIT licence, Copyright (c) 2015 Jingchao Hu; see NOTICE);
- as a surname: a share of the population that falls with the surname's rank in
  ``surnames.txt`` (0.075 * rank ** -0.9, close to the published rankings: about
  7% for the first, 0.1% for the hundredth);
- in text: the summed frequencies of the entries of jieba 0.42.1's ``dict.txt``
  (MIT licence) that hold the character.

A character common in names and rare in prose (霞, 伟) scores high; a function
word (的, 是) low. The entity rules weigh the readings of a name by these
figures. Neither jieba nor ngender is needed at run time.
"""

from __future__ import annotations

import collections
import csv
import math
import sys
from importlib import resources
from pathlib import Path

import regex

HAN = regex.compile(r"\p{Han}")
HEADER = """\
# {what}: the natural logarithm of how much more often
# a character is written {where} than in running text. Derived by
# benchmarks/name_odds.py from {source}
# and from the dictionary of jieba 0.42.1 (MIT licence; see NOTICE).
"""


def surnames_by_rank() -> list[str]:
    """The surnames of ``surnames.txt``, most frequent first."""
    data = resources.files("quotekit") / "data" / "surnames.txt"
    lines = data.read_text(encoding="utf-8").splitlines()
    return [word for line in lines if not line.startswith("#") for word in line.split()]


def text_counts(path: str) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word, freq, _ = line.split()
            for char in word:
                if HAN.fullmatch(char):
                    counts[char] += int(freq)
    return counts


def name_counts(path: str) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            counts[row["char"]] = int(row["male"]) + int(row["female"])
    return counts


def write(path: Path, header: str, odds: dict[str, float]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(header)
        for char, value in sorted(odds.items(), key=lambda item: (-item[1], item[0])):
            handle.write(f"{char} {value:.1f}\n")


def main(argv: list[str]) -> int:
    jieba_dict, charfreq, out = argv
    text = text_counts(jieba_dict)
    names = name_counts(charfreq)
    text_total = sum(text.values())
    name_total = sum(names.values())

    def in_text(char: str) -> float:
        return (text[char] + 1) / text_total

    given = {
        char: math.log(((names[char] + 0.5) / name_total) / in_text(char))
        for char in set(text) | set(names)
        if HAN.fullmatch(char)
    }
    single = [surname for surname in surnames_by_rank() if len(surname) == 1]
    surnames = {
        char: math.log(0.075 * rank**-0.9 / in_text(char))
        for rank, char in enumerate(single, start=1)
    }
    out_dir = Path(out)
    write(
        out_dir / "given_odds.txt",
        HEADER.format(
            what="Odds of a character in a Chinese given name (名)",
            where="in a given name",
            source="the given-name character counts of ngender 0.1.1\n# (MIT licence)",
        ),
        given,
    )
    write(
        out_dir / "surname_odds.txt",
        HEADER.format(
            what="Odds of a one-character surname (姓)",
            where="as a surname",
            source="the rank of the surname in surnames.txt\n# (a share of 0.075 * rank ** -0.9 of the population)",
        ),
        surnames,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
