"""Lexicons: the shipped lists, user additions and their errors."""

from __future__ import annotations

import pytest

import quotekit
from quotekit.lexicon import Lexicon, load_lexicon, suffix_pattern, trie_pattern


def test_shipped_lists_load_and_hold_general_vocabulary() -> None:
    lexicon = load_lexicon()
    assert {"王", "欧阳"} <= lexicon.surnames
    assert {"局长", "主任科员"} <= lexicon.titles
    assert lexicon.cues["表示"].kind == "speech"
    assert lexicon.cues["认为"].bare
    assert "说明" in lexicon.cue_stops


def test_traditional_maps_to_simplified_one_character_for_one() -> None:
    lexicon = load_lexicon()
    text = "衞生署署長陳志明說，「我們會全力配合。」"
    simplified = lexicon.to_simplified(text)
    assert len(simplified) == len(text)
    assert simplified.startswith("卫生署署长陈志明说")


def test_additions_change_what_is_found() -> None:
    text = "星辰动漫首席顾问邝语嫣怒斥，盗版严重损害了创作者的利益。"
    assert quotekit.extract(text) == []
    extractor = quotekit.Extractor(cues=[("怒斥", "speech", "bare")], titles=["首席顾问"])
    (quote,) = extractor.extract(text)
    assert (quote.speaker.name, quote.speaker.title, quote.speaker.org) == (
        "邝语嫣",
        "首席顾问",
        "星辰动漫",
    )


def test_additions_accept_traditional_entries() -> None:
    extractor = quotekit.Extractor(titles=["總幹事長"])
    assert "总干事长" in extractor.lexicon.titles


def test_additions_round_trip_through_additions_from() -> None:
    extractor = quotekit.Extractor(titles=["首席顾问"], cues=["怒斥"])
    assert extractor.additions() == {
        "cues": [["怒斥", "speech", ["bare"]]],
        "titles": ["首席顾问"],
    }
    again = quotekit.Extractor(**extractor.additions())
    assert again.lexicon == extractor.lexicon


@pytest.mark.parametrize(
    ("additions", "fragment"),
    [
        ({"titles": [""]}, "''"),
        ({"titles": ["两个 词"]}, "两个 词"),
        ({"titles": [3]}, "3"),
        ({"cues": [("怒斥", "shouting")]}, "shouting"),
        ({"cues": [("怒斥", "speech", "loud")]}, "loud"),
        ({"nonsense": ["词"]}, "nonsense"),
    ],
)
def test_bad_additions_raise_lexicon_error_naming_the_entry(additions: dict, fragment: str) -> None:
    with pytest.raises(quotekit.LexiconError) as raised:
        quotekit.Extractor(**additions)
    assert fragment in str(raised.value)
    assert isinstance(raised.value, ValueError)
    assert isinstance(raised.value, quotekit.QuotekitError)


def test_extractor_pickles_with_its_additions() -> None:
    import pickle

    extractor = quotekit.Extractor(titles=["首席顾问"])
    clone = pickle.loads(pickle.dumps(extractor))
    assert clone.lexicon == extractor.lexicon
    assert isinstance(clone.lexicon, Lexicon)


@pytest.mark.parametrize("words", [["说", "说明", "说道"], ["局长", "副局长", "长"], ["a"]])
def test_word_patterns_prefer_the_longest_word(words: list[str]) -> None:
    import regex

    forward = regex.compile(trie_pattern(words))
    backward = regex.compile("(?r)(?:" + suffix_pattern(words) + r")\Z")
    for word in words:
        assert forward.fullmatch(word)
        longest = max((w for w in words if word.startswith(w)), key=len)
        assert forward.match(word).group() == longest
        longest_end = max((w for w in words if word.endswith(w)), key=len)
        assert backward.search(word).group() == longest_end


def test_a_relation_added_by_the_user_is_one_person() -> None:
    text = "她的干妈说，孩子从小就很懂事。"
    assert [q.speaker.kind for q in quotekit.extract(text)] != ["anonymous"]
    extractor = quotekit.Extractor(relations=["干妈"])
    (quote,) = extractor.extract(text)
    assert (quote.speaker.mention, quote.speaker.kind) == ("干妈", "anonymous")
