"""Derive ``src/quotekit/data/common_words.txt`` from jieba's dictionary.

Usage:
    python benchmarks/common_words.py PATH/TO/jieba/dict.txt [N] > src/quotekit/data/common_words.txt

Keeps the ``N`` (default 30000) most frequent words of two to four Han characters
whose part of speech is not a proper noun (person nr/nrfg/nrt, place ns,
organization nt, other proper nz), an abbreviation (j) or foreign (x, eng), most
frequent first. A word of three or four characters that starts with a surname is kept only
where the rest of it is a word of the list too (冷|空气, 高|水平): the dictionary tags
many a person's name as a common noun, and such a name's given part is rarely a word. Only the words and their order are kept; jieba is not needed at run
time. jieba is MIT-licensed (see NOTICE).
"""

from __future__ import annotations

import sys

import regex

from quotekit import load_lexicon

# Parts of speech that mark proper nouns, abbreviations and non-Chinese entries.
PROPER = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz", "j", "x", "eng"})
# Two to four Han characters.
WORD = regex.compile(r"\p{Han}{2,4}")
HEADER = """\
# Common words of modern Chinese that are not proper nouns, most frequent first (the
# position in this file stands for the frequency). Entity rules read them to see where
# a name cannot start or end (经|历, 进|行, 高度重视). Derived from the dictionary of
# jieba 0.42.1 (dict.txt, MIT licence, Copyright (c) 2013 Sun Junyi; see NOTICE) by
# benchmarks/common_words.py: the {n} most frequent entries of two to four Han
# characters whose part of speech is not nr, nrfg, nrt, ns, nt, nz, j, x or eng; a
# longer one that starts with a surname only where its rest is a listed word too.
"""


def main(argv: list[str]) -> int:
    path = argv[0]
    limit = int(argv[1]) if len(argv) > 1 else 30000
    surnames = {s for s in load_lexicon().surnames if len(s) == 1}
    entries = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word, freq, pos = line.split()
            if pos in PROPER or not WORD.fullmatch(word):
                continue
            entries.append((-int(freq), word))
    ranked = [word for _, word in sorted(entries)]
    known = set(ranked)
    words = [
        word for word in ranked if len(word) == 2 or word[0] not in surnames or word[1:] in known
    ][:limit]
    sys.stdout.write(HEADER.format(n=len(words)))
    for start in range(0, len(words), 20):
        sys.stdout.write(" ".join(words[start : start + 20]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
