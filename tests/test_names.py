"""The PERSON readings: the lookups that turn positions away before a pattern runs
must admit every position where the pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotekit import EntityFinder, load_lexicon
from quotekit.entity_lists import FUNCTION_CHARS, CharClass, entity_lists
from quotekit.names import _LIST, _TITLED, _lists, _openings


@pytest.fixture(scope="module")
def reader():
    lexicon = load_lexicon(
        titles=["风控官"], honorifics=["阁下"], cues=[("怒斥", "speech")], surnames=["禤"]
    )
    return EntityFinder(lexicon).people


@pytest.fixture(scope="module")
def words(reader):
    """Every word the lexicons and the common word list hold, and every title
    modifier before a title."""
    lexicon = reader.parser.lexicon
    found = set(reader.words) | set(lexicon.cues) | set(lexicon.title_synonyms)
    for field in lexicon.EXTENDABLE:
        found |= {word for word in getattr(lexicon, field) if isinstance(word, str)}
    found |= {modifier + "主任" for modifier in lexicon.title_modifiers}
    return sorted(found | reader.lists.occupations | reader.lists.japanese_surnames)


def test_a_title_or_a_cue_is_found_after_a_name_as_its_patterns_find_it(reader, words):
    for word in words:
        text = "王" + word + "。"
        title = reader.parser.title_start.match(text, 1) or reader._honorific.match(text, 1)
        assert reader._title_after(text, 1) == (title is not None), word
        assert reader._cue_at(text, 1) == (reader.parser.cue_start.match(text, 1) is not None)
        address = reader._honorific.match(text, 1)
        if address is None:
            assert reader._address_at(text, 1) is None, word
        elif address.end() == len(text) - 1:
            assert reader._address_at(text, 1) is not None, word


def test_a_title_is_found_before_a_name_as_its_patterns_find_it(reader, words):
    for word in words:
        text = "，" + word + "王"
        end = len(text) - 1
        title = reader._title_end.search(text, max(0, end - 12), end)
        assert reader._after_title(text, end) == (title is not None), word
        office = reader._office_end.search(text, max(0, end - 12), end)
        assert reader._after_office(text, end) == (office is not None), word
        ended = reader.parser.title_end.search(text, max(0, end - 12), end + 1)
        if ended is not None and ended.start() < end:
            assert reader._title_goes_on(text, end, 1), word


def test_the_surname_scan_reads_surnames_as_the_parser_does(reader):
    text = "".join(sorted(reader.parser.compound_surnames | reader.parser.surnames)) + "禤。"
    for match in reader._surname_at.finditer(text):
        assert len(match.group(1)) == reader.parser.is_surname_at(text, match.start())
    found = {match.start() for match in reader._surname_at.finditer(text)}
    assert found == {i for i in range(len(text)) if reader.parser.is_surname_at(text, i)}


# Pieces of text around surnames: given-name characters light and heavy, titles,
# forms of address, cues, function words, numerals and punctuation.
_PIECES = st.sampled_from(
    "王 李 欧阳 高 时 向 禤 晓 霞 建 华 国 明 更 加 全 文 光 教授 局长 总统 风控官 "
    "先生 同志 阁下 老 小 说 表示 怒斥 的 在 和 向 3 、 ， 。 · 克 林".split()
)


def _lexicon_pieces() -> list[str]:
    """Words of the lexicons around a name, any character with given-name odds,
    function characters and punctuation: what the pretest must let through."""
    lexicon, lists = load_lexicon(), entity_lists()
    words = set(lexicon.surnames) | set(lexicon.cues) | lexicon.honorifics
    words |= lexicon.titles | lexicon.title_modifiers | lexicon.roles
    chars = set(lists.given_odds) | FUNCTION_CHARS | set("，。、：；！？“”《》0123456789")
    return sorted(words | chars)


def _read_without_pretest(reader, norm):
    reader._hopeless = lambda norm, start, surname: False
    try:
        return [(c.start, c.end, c.label, c.known) for c in reader._people(norm)]
    finally:
        del reader._hopeless


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.sampled_from(_lexicon_pieces())), max_size=24).map("".join))
@example("，王晓霞说。")
@example("局长王明表示")
@example("老王")
@example("3王先生")
@example("在局长王更欧阳，")  # a title before it: light given characters may do
def test_the_pretest_turns_away_only_positions_where_no_name_is_read(reader, text):
    read = [(c.start, c.end, c.label, c.known) for c in reader._people(text)]
    assert read == _read_without_pretest(reader, text)


def test_the_pretest_bounds_the_marks_around_a_name_by_what_they_give(reader):
    pieces = _lexicon_pieces() + [
        modifier + head for modifier in ("副", "常务", "首席") for head in ("局长", "风控官")
    ]
    for piece in pieces:
        text = "王明" + piece + "。"
        assert reader._end_bound(text, 2) >= reader._end_evidence(text, 2), piece
        text = "，" + piece + "王明"
        start = len(text) - 2
        opening = _TITLED if reader._after_title(text, start) else reader._start_mark(text, start)
        assert reader._start_bound(text, start) >= opening, piece
    assert reader._end_bound("王明", 2) >= reader._end_evidence("王明", 2)


def test_openings_are_the_first_two_characters_of_a_title_or_a_head_alone():
    openings = _openings({"副", "常务"}, {"局长", "长"})
    assert openings == {"局长", "常务", "副副", "副常", "副局", "副长", "长"}


def test_a_character_class_is_remembered_per_character():
    latin = CharClass(re.compile("[a-z]"))
    assert latin["a"] and not latin["王"] and not latin["。"]
    assert dict(latin) == {"a": True, "王": False, "。": False}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("王李张三四、、·，。a ")), max_size=80))
@example("甲乙丙丁戊己庚辛壬、王、李")  # the longest first item
@example("王、李。张、赵")  # a list after a list
def test_lists_are_found_as_a_scan_finds_them(text):
    assert [m.span() for m in _lists(text)] == [m.span() for m in _LIST.finditer(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("昨天下午，孟晓霞回到村里。", "孟晓霞"),  # name-like given characters
        ("昨天下午，陈全文回到村里。", "陈全文"),  # a frequent surname
        ("昨天下午，孟更加回到村里。", None),  # 更 and 加 are prose
        ("昨天下午，时全文回到村里。", None),  # 时 is rarely a surname, 全文 a word
    ],
)
def test_the_odds_of_name_characters_weigh_an_unmarked_reading(text, name):
    people = [e.text for e in EntityFinder().find(text) if e.label == "PERSON"]
    assert people == ([name] if name else [])


@pytest.mark.parametrize(
    "text",
    ["各方呼吁，和平解决卡斯托尔问题。", "目前，萨莫罗地区局势紧张。"],
)
def test_a_run_of_syllables_that_qualifies_a_cause_or_a_region_is_no_person(text):
    assert [e.text for e in EntityFinder().find(text) if e.label == "PERSON"] == []


def test_a_run_of_syllables_ends_before_a_verb_that_begins_with_a_syllable():
    text = "王明同北港总统普罗通电话。"
    assert [e.text for e in EntityFinder().find(text) if e.label == "PERSON"] == ["王明", "普罗"]
