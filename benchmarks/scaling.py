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
Texts that once took a quadratic or a slow path (a pointer, a pronoun or a cue with
no subject, repeated) are held to the same scaling target; their throughput is
reported.
ARTICLE defaults to the development article ../shared/eval/dev/yiwu.txt (a newspaper
page) when it is there, else to examples/article.txt, a short text dense with quotes
and so slower per character. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

from _common import cpu_times, verdict

import quotekit

ROOT = Path(__file__).resolve().parents[1]
DEVELOPMENT_ARTICLE = ROOT / ".." / "shared" / "eval" / "dev" / "yiwu.txt"
ARTICLE = DEVELOPMENT_ARTICLE if DEVELOPMENT_ARTICLE.exists() else ROOT / "examples" / "article.txt"


def repeated(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def many_people(size: int) -> str:
    """局长X表示，好。 with a different X each time (12,500 names, then again)."""
    givens = "明华强伟芳丽军敏静磊洋勇艳杰娟涛超秀英霞平刚桂兰"
    names = itertools.product("王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高", givens, givens)
    pieces = itertools.cycle(f"局长{''.join(name)}表示，好。" for name in names)
    return "".join(itertools.islice(pieces, size // 9 + 1))[:size]


# How many times the article runs in one turn of the measurements.
_ARTICLE_RUNS = 10

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

# Texts that once took a quadratic or a slow path, with no line break: each pointer,
# pronoun or subjectless cue looks back. Held to the same scaling target; their
# throughput is reported.
SLOW_PATHS = {
    "该局长说 after a name": lambda size: repeated(
        "市林业局局长王刚表示，好。该局长说，好。", size
    ),
    "他表示 after a name": lambda size: repeated("王刚说，好。他表示，好。", size),
    "后者表示 repeated": lambda size: repeated("后者表示，好。", size),
    "笑着说， repeated": lambda size: repeated("笑着说，", size),
    "“Q，”X说，“Q2” repeated": lambda size: repeated(
        "“设备已经调试完毕，”总工程师孟凡说，“下周就能投产。”", size
    ),
    "他认为要… with no punctuation": lambda size: repeated("他认为要加快建设", size),
    "署长陈志明说 with no punctuation": lambda size: repeated("卫生署署长陈志明说", size),
    "小卢 after a full name": lambda size: repeated(
        "返乡青年卢小燕在直播间卖茶。“粉丝有三万多了。”小卢笑着说。", size
    ),
    "many people, each named once": many_people,
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(ARTICLE))
    parser.add_argument("--repeat", type=int, default=3, help="rounds of measurements")
    args = parser.parse_args(argv)
    article = Path(args.article).read_text(encoding="utf-8")
    quotekit.extract(article)

    # Every text is measured in turn, round after round, and the best time of each
    # kept: a slow spell of the machine falls on all of them alike.
    texts = {"article": article, "100x article": "\n\n".join([article] * 100)}
    for name, make in {**HOSTILE, **SLOW_PATHS}.items():
        texts[f"{name} 20k"] = make(20_000)
        texts[f"{name} 200k"] = make(200_000)
    functions = {name: (lambda text=text: quotekit.extract(text)) for name, text in texts.items()}
    # The article is short: it runs several times a turn, each time a different text
    # (a space more at its end), so that nothing read from the last text is reused.
    variants = [article + " " * index for index in range(_ARTICLE_RUNS)]
    functions["article"] = lambda: [quotekit.extract(text) for text in variants]
    times = cpu_times(functions, repeat=args.repeat)
    per_char = {name: times[name] / len(text) for name, text in texts.items()}
    per_char["article"] /= _ARTICLE_RUNS
    single, long = per_char["article"], per_char["100x article"]
    normal = 1 / single
    print(f"article: {args.article}, {len(article):,} characters, {normal / 1e6:.2f} M chars/s")
    rows = [
        ("100x article / article, time per char", long / single, "<= 1.3", long <= 1.3 * single)
    ]
    for name in HOSTILE:
        small, large = per_char[f"{name} 20k"], per_char[f"{name} 200k"]
        rows.append(
            (f"{name}: 200k / 20k time per char", large / small, "<= 1.5", large <= 1.5 * small)
        )
        throughput = (1 / large) / normal
        rows.append((f"{name}: throughput / normal", throughput, ">= 0.1", throughput >= 0.1))
    for name in SLOW_PATHS:
        small, large = per_char[f"{name} 20k"], per_char[f"{name} 200k"]
        rows.append(
            (f"{name}: 200k / 20k time per char", large / small, "<= 1.5", large <= 1.5 * small)
        )
        rows.append((f"{name}: throughput / normal", (1 / large) / normal, "reported", True))
    return verdict(rows)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
