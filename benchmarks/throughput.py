"""Throughput: quotekit against spaCy's own Chinese tokenizer, story by story.

Usage:
    python benchmarks/throughput.py [CORPUS.jsonl] [--limit N]

Targets (issue: performance):
- ``quotekit.extract`` on raw text runs at least as fast (>= 1.0x the characters
  per second) as ``spacy.blank("zh")`` needs just to make a Doc of the same stories;
- the spaCy component costs at most as much again as the tokenizer-only pipeline:
  ``nlp`` with ``quotekit`` takes <= 2.0x the time of ``nlp.make_doc``.
Exits 1 when a target is missed. The five measurements run in turn, round after
round (``--repeat``), and each keeps its best time.
"""

from __future__ import annotations

import argparse
import sys

import spacy
from _common import characters, cpu_times, load_corpus, verdict

import quotekit


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of runs (best kept)")
    args = parser.parse_args(argv)
    texts, description = load_corpus(args.corpus, args.limit)
    size = characters(texts)

    blank = spacy.blank("zh")
    with_component = spacy.blank("zh")
    with_component.add_pipe("quotekit")
    statements_only = spacy.blank("zh")
    statements_only.add_pipe("quotekit", config={"entities": False})
    extractor = quotekit.Extractor()
    finder = quotekit.EntityFinder(extractor.lexicon, extractor.parser)
    extractor.extract(texts[0])  # build the patterns before timing
    finder.find(texts[0])
    with_component(texts[0])
    statements_only(texts[0])

    # The runs alternate (tokenizer, extract, ...; again), so that the ratios compare
    # times taken in the same minutes.
    times = cpu_times(
        {
            "tokenizer": lambda: [blank.make_doc(text) for text in texts],
            "extract": lambda: [extractor.extract(text) for text in texts],
            "entities": lambda: [finder.find(text) for text in texts],
            "component": lambda: [with_component(text) for text in texts],
            "without_entities": lambda: [statements_only(text) for text in texts],
        },
        repeat=args.repeat,
    )
    tokenizer, extract, entities = times["tokenizer"], times["extract"], times["entities"]
    component, without_entities = times["component"], times["without_entities"]

    print(f"corpus: {description}, {size:,} characters")
    print(f"spacy.blank('zh') make_doc : {size / tokenizer / 1e6:6.2f} M chars/s")
    print(f"quotekit.extract           : {size / extract / 1e6:6.2f} M chars/s")
    print(
        f"quotekit.entities          : {size / entities / 1e6:6.2f} M chars/s"
        f" ({entities / tokenizer:.2f}x the tokenizer's time)"
    )
    print(f"nlp + quotekit component   : {size / component / 1e6:6.2f} M chars/s")
    print(
        f"  the same without entities : {size / without_entities / 1e6:6.2f} M chars/s"
        f" ({without_entities / tokenizer:.2f}x the tokenizer's time)"
    )
    return verdict(
        [
            (
                "extract speed / tokenizer speed",
                tokenizer / extract,
                ">= 1.0",
                extract <= tokenizer,
            ),
            (
                "component time / tokenizer time",
                component / tokenizer,
                "<= 2.0",
                component <= 2 * tokenizer,
            ),
        ]
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
