"""Entity accuracy on labelled NER sets, and the error categories behind it.

Usage:
    python benchmarks/ner.py DATA.jsonl [DATA.jsonl ...] [--errors LABEL] [--limit N]

Each DATA file holds one ``{"text", "entities": [[start, end, label]]}`` a line (the
format of the shared People's Daily and CLUENER sets). Prints precision, recall and F1
per label, mapped as the shared scorer maps them (GPE and LOC both count as PLACE),
and with ``--errors LABEL`` a count of error categories for that label: spans found
too long or too short, wrong label, missed, and spurious. The data are read from
the paths given; nothing here is needed by the tests.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter

import quotekit

GOLD_MAP = {
    "PER": "PERSON",
    "ORG": "ORG",
    "LOC": "PLACE",
    "name": "PERSON",
    "position": "TITLE",
    "organization": "ORG",
    "government": "ORG",
    "company": "ORG",
    "address": "PLACE",
}
PRED_MAP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "TITLE": "TITLE"}


def score(path: str, limit: int | None, errors: str | None) -> None:
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    rows = rows[:limit] if limit else rows
    scored = {GOLD_MAP[lab] for row in rows for _, _, lab in row["entities"] if lab in GOLD_MAP}
    tp, n_gold, n_pred, kinds = Counter(), Counter(), Counter(), Counter()
    began = time.perf_counter()
    for row in rows:
        text = row["text"]
        gold = {(s, e, GOLD_MAP[lab]) for s, e, lab in row["entities"] if lab in GOLD_MAP}
        pred = set()
        for entity in quotekit.entities(text):
            label = PRED_MAP[entity.label]
            if label in scored:
                pred.add((entity.start, entity.end, label))
        for _, _, label in gold:
            n_gold[label] += 1
        for _, _, label in pred:
            n_pred[label] += 1
        for _, _, label in gold & pred:
            tp[label] += 1
        if errors:
            kinds.update(_categories(gold, pred, errors))
    seconds = time.perf_counter() - began
    print(f"{path}  ({len(rows)} sentences, {seconds:.1f} s)")
    for label in sorted(scored):
        p, r, f = _prf(tp[label], n_pred[label], n_gold[label])
        print(f"  {label:<7} gold {n_gold[label]:>5}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    p, r, f = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    print(f"  overall gold {sum(n_gold.values()):>5}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    for kind, count in kinds.most_common():
        print(f"    {kind:<28} {count}")


def _categories(gold: set, pred: set, label: str) -> list[str]:
    """Error categories for one label: boundary, label, missed, spurious."""
    out = []
    for s, e, lab in gold - pred:
        if lab != label:
            continue
        overlapping = [(ps, pe, pl) for ps, pe, pl in pred if ps < e and s < pe]
        if not overlapping:
            out.append(f"missed (length {min(e - s, 6)})")
        elif any(pl != label for _, _, pl in overlapping):
            out.append("gold inside other label: " + overlapping[0][2])
        else:
            ps, pe, _ = overlapping[0]
            out.append("too long" if pe - ps > e - s else "too short/shifted")
    for s, e, lab in pred - gold:
        if lab != label:
            continue
        if not any(gs < e and s < ge for gs, ge, _ in gold):
            out.append("spurious")
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--errors", choices=sorted(set(PRED_MAP.values())))
    args = parser.parse_args(argv)
    for path in args.paths:
        score(path, args.limit, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
