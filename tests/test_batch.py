"""``extract_many``: the quotes of many texts, in order, in one or more processes."""

from __future__ import annotations

import itertools

import pytest

import quotekit
from quotekit import batch

TEXTS = [
    "“今年的茶叶收成比去年好。”南岭村村民赵春梅说。",
    "今天晴，最高气温二十度。",
    "区教育局副局长马晓燕表示，今年将新建两所小学。",
    "",
    "“设备已经调试完毕，”华宇电子总工程师孟凡说，“下周就能投产。”",
]


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_many_equals_extract_text_by_text(jobs: int) -> None:
    texts = TEXTS * 9
    assert list(quotekit.extract_many(texts, jobs=jobs)) == [quotekit.extract(t) for t in texts]


def test_workers_use_the_given_extractor_with_its_additions() -> None:
    text = "“这是谣言。”公司首席顾问周明怒斥。"
    extractor = quotekit.Extractor(titles=["首席顾问"], cues=[("怒斥", "speech")])
    expected = extractor(text)
    assert expected != quotekit.extract(text)
    assert list(quotekit.extract_many([text] * 3, jobs=2, extractor=extractor)) == [expected] * 3


class Counting:
    """An endless stream of texts that counts how many were taken."""

    def __init__(self) -> None:
        self.taken = 0

    def __iter__(self):
        for text in itertools.cycle(TEXTS):
            self.taken += 1
            yield text


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_read_lazily_with_bounded_work_in_flight(jobs: int) -> None:
    texts = Counting()
    results = quotekit.extract_many(texts, jobs=jobs)
    first = list(itertools.islice(results, 3))
    results.close()  # stops the workers
    assert first == [quotekit.extract(t) for t in TEXTS[:3]]
    chunks_ahead = jobs * batch.CHUNKS_PER_WORKER + 1 if jobs > 1 else 0
    assert texts.taken <= 3 + chunks_ahead * batch.CHUNK_TEXTS


def _speakers(quotes: list) -> list:
    return [(quote.speaker.name, quote.cue) for quote in quotes]


@pytest.mark.parametrize("jobs", [1, 2])
def test_quotes_are_encoded_where_they_are_made(jobs: int) -> None:
    texts = [*TEXTS, None]
    outcomes = list(batch.extract_outcomes(texts, jobs=jobs, encode=_speakers))
    assert outcomes[:-1] == [_speakers(quotekit.extract(t)) for t in TEXTS]
    assert outcomes[0] == [("赵春梅", "说")]
    assert isinstance(outcomes[-1], quotekit.ArgumentTypeError)


def test_outcomes_yield_an_exception_in_place_of_a_failed_text() -> None:
    outcomes = list(batch.extract_outcomes(["他说：“好。”", None, "今天晴。"], jobs=2))
    assert len(outcomes[0]) == 1
    assert isinstance(outcomes[1], quotekit.ArgumentTypeError)
    assert outcomes[2] == []
