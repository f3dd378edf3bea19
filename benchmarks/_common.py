"""Shared parts of the benchmark scripts: the corpus, timing, and the verdict.

Every script takes the path of a JSONL news corpus (``{"id", "text"}`` a line) and
falls back to a generated corpus of news-like stories when none is given or the
file is absent, so each runs on a fresh clone. Times are CPU times of this process
(``time.process_time``), best of several runs, so that other work on the machine
disturbs the ratios as little as possible. Figures are ratios measured in one run.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "news"
DEFAULT_CORPUS = DEFAULT_CORPUS / "xinwenlianbo-2023-2026.jsonl"

# Pieces of a news story written for the benchmarks: a generated corpus mixes them.
_OPENINGS = [
    "本报讯 今年以来，青山县持续推进数字乡村建设，群众办事更加便利。",
    "新华社北京电 国家统计局今天发布数据，前三季度经济运行总体平稳。",
    "记者从市交通运输局获悉，地铁三号线二期工程进入设备调试阶段。",
]
_STATEMENTS = [
    "“以前办个证明要跑三趟县城，现在在村里十分钟就办好了。”石桥村村民王秀英笑着说。",
    "市数据资源管理局局长邓志远介绍，服务站接入了省市两级政务平台，办事数据实时回传。",
    "“我们还要把服务站和电商网点结合起来，”邓志远说，“让农产品卖得出、卖得好。”",
    "在浙江大学经济学院教授许文婷看来，数字乡村建设的关键在于人才。",
    "据县农业农村局相关负责人介绍，明年全县还将新建20个冷链仓储点。",
    "不少村民表示，家门口的服务站让生活方便了许多。",
    "外交部发言人林立在例行记者会上表示，中方愿同各方加强沟通协调。",
    "他强调，要坚持稳中求进工作总基调，推动经济持续回升向好。",
]
_NARRATION = [
    "当地还建成了农产品展销中心，带动周边三千多户农民增收。",
    "截至目前，全市已累计完成投资120亿元，占年度计划的85%。",
    "这一做法被写入省里的推广清单，成为各地学习的样板。",
]


def generated_corpus(stories: int = 3000, seed: int = 7) -> list[str]:
    """News-like stories built from the pieces above (deterministic)."""
    chooser = random.Random(seed)
    corpus = []
    for _ in range(stories):
        parts = [chooser.choice(_OPENINGS)]
        for _ in range(chooser.randint(2, 6)):
            parts.append(chooser.choice(_STATEMENTS + _NARRATION))
        corpus.append("\n".join(parts))
    return corpus


def load_corpus(path: str | None, limit: int | None = None) -> tuple[list[str], str]:
    """(texts, description): the JSONL corpus at ``path``, else a generated one."""
    candidate = Path(path) if path else DEFAULT_CORPUS
    if candidate.is_file():
        texts = []
        with candidate.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    texts.append(json.loads(line)["text"])
                    if limit and len(texts) >= limit:
                        break
        return texts, f"{candidate.name} ({len(texts)} stories)"
    texts = generated_corpus(limit or 3000)
    return texts, f"generated corpus ({len(texts)} stories)"


def cpu_time(
    function: Callable[[], object], repeat: int = 3, clock: Callable[[], float] = time.process_time
) -> float:
    """The best time of ``repeat`` runs of ``function``: CPU time of this process by
    default, wall-clock time with ``clock=time.perf_counter``."""
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        function()
        best = min(best, clock() - start)
    return best


def cpu_times(
    functions: dict[str, Callable[[], object]],
    repeat: int = 3,
    clock: Callable[[], float] = time.process_time,
) -> dict[str, float]:
    """The best time of each function over ``repeat`` rounds, each round running
    every function once in turn: a slow spell of the machine then falls on all of
    them alike, not on the one that happened to run during it."""
    best = dict.fromkeys(functions, float("inf"))
    for _ in range(repeat):
        for name, function in functions.items():
            start = clock()
            function()
            best[name] = min(best[name], clock() - start)
    return best


def quotekit_command() -> list[str]:
    """The ``quotekit`` command of this interpreter's environment: the script beside
    the interpreter, else the one on PATH, else the module run by the interpreter (so
    a script runs the same whether or not the environment is activated)."""
    beside = Path(sys.executable).parent / ("quotekit.exe" if os.name == "nt" else "quotekit")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("quotekit")
    return [found] if found else [sys.executable, "-m", "quotekit.cli"]


def characters(texts: Iterable[str]) -> int:
    return sum(len(text) for text in texts)


def verdict(rows: list[tuple[str, float, str, bool]]) -> int:
    """Print ``(name, figure, target, met)`` rows; 0 if every target is met, else 1."""
    width = max(len(name) for name, *_ in rows)
    for name, figure, target, met in rows:
        mark = "ok  " if met else "MISS"
        print(f"{mark} {name:<{width}}  {figure:8.2f}  (target {target})")
    missed = [name for name, _, _, met in rows if not met]
    if missed:
        print(f"{len(missed)} target(s) missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    return 0
