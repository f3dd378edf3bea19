"""Wrong arguments to the public API: clear, coded errors of the right built-in type."""

from __future__ import annotations

import inspect

import pytest

import quotekit
from quotekit import errors


@pytest.mark.parametrize("value", [b"\xe4\xbb\x96\xe8\xaf\xb4", None, 42, ["他说"]])
@pytest.mark.parametrize("function", [quotekit.extract, quotekit.analyze, quotekit.Extractor()])
def test_a_non_string_article_raises_a_type_error_saying_what_to_pass(function, value) -> None:
    with pytest.raises(quotekit.ArgumentTypeError) as raised:
        function(value)
    message = str(raised.value)
    assert message.startswith("[E001]")
    assert "as a str" in message and type(value).__name__ in message
    assert "decode" in message  # and how to get a str from bytes
    assert isinstance(raised.value, TypeError)
    assert isinstance(raised.value, quotekit.QuotekitError)


@pytest.mark.parametrize(
    ("additions", "code", "named"),
    [
        ({"titles": [""]}, "E003", "''"),
        ({"titles": ["首席 顾问"]}, "E003", "'首席 顾问'"),
        ({"titles": [None]}, "E003", "None"),
        ({"surnames": ["王!"]}, "E003", "'王!'"),
        ({"cues": [("x", "badkind")]}, "E005", "'badkind'"),
        ({"cues": [("怒斥", "speech", "loud")]}, "E006", "'loud'"),
        ({"cues": [()]}, "E003", "()"),
        ({"cues": [42]}, "E003", "42"),
        ({"nonsense": ["词"]}, "E004", "'nonsense'"),
    ],
)
def test_bad_lexicon_additions_raise_lexicon_error_naming_the_entry(additions, code, named) -> None:
    with pytest.raises(quotekit.LexiconError) as raised:
        quotekit.Extractor(**additions)
    message = str(raised.value)
    assert message.startswith(f"[{code}]")
    assert named in message
    assert isinstance(raised.value, ValueError)


def test_good_lexicon_additions_are_used() -> None:
    text = "“这是谣言。”公司首席顾问周明怒斥。"
    extractor = quotekit.Extractor(titles=["首席顾问"], cues=[("怒斥", "speech")])
    [quote] = extractor(text)
    assert (quote.speaker.name, quote.speaker.title, quote.cue) == ("周明", "首席顾问", "怒斥")


@pytest.mark.parametrize(
    ("jobs", "error", "builtin"),
    [
        (0, errors.ArgumentValueError, ValueError),
        (-2, errors.ArgumentValueError, ValueError),
        ("2", quotekit.ArgumentTypeError, TypeError),
        (1.5, quotekit.ArgumentTypeError, TypeError),
        (True, quotekit.ArgumentTypeError, TypeError),
    ],
)
def test_extract_many_checks_jobs_at_once(jobs, error, builtin) -> None:
    with pytest.raises(error, match=r"\[E016\]") as raised:
        quotekit.extract_many(["他说：“好。”"], jobs=jobs)  # not even iterated
    assert isinstance(raised.value, builtin)


def test_extract_many_raises_for_a_non_string_when_it_reaches_it() -> None:
    results = quotekit.extract_many(["他说：“好。”", b"bytes"])
    assert len(next(results)) == 1
    with pytest.raises(quotekit.ArgumentTypeError, match=r"\[E001\].*bytes"):
        next(results)


def test_every_quotekit_exception_derives_from_quotekit_error_and_a_builtin() -> None:
    classes = [
        cls
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, Exception) and cls.__module__ == errors.__name__
    ]
    assert len(classes) >= 5
    for cls in classes:
        assert issubclass(cls, quotekit.QuotekitError)
        if cls is not quotekit.QuotekitError:
            builtins = [base for base in cls.__mro__ if base.__module__ == "builtins"]
            assert builtins[0] not in (Exception, BaseException, object), cls


def test_every_error_message_carries_its_code() -> None:
    for name, template in vars(errors.Errors).items():
        if name.startswith("E"):
            assert template.startswith(f"[{name}] "), name
