"""Named entities of a whole article, on texts written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotekit
from quotekit import EntityFinder, load_lexicon
from quotekit.errors import ArgumentTypeError

# (text, [(entity text, label), ...] that must be found)
CASES = [
    pytest.param(
        "浙江大学教授林晓峰在杭州市说。",
        [("浙江大学", "ORG"), ("教授", "TITLE"), ("林晓峰", "PERSON"), ("杭州市", "GPE")],
        id="org-title-person-place",
    ),
    pytest.param(
        "遂昌县水利局局长郑国平到长三角考察。",
        [("遂昌县水利局", "ORG"), ("局长", "TITLE"), ("郑国平", "PERSON"), ("长三角", "GPE")],
        id="place-prefixed-org",
    ),
    pytest.param(
        "会后，周婉婷和许建华一起去了浙江。",
        [("周婉婷", "PERSON"), ("许建华", "PERSON"), ("浙江", "GPE")],
        id="people-who-never-speak",
    ),
    pytest.param("老张笑着摆了摆手。", [("张", "PERSON")], id="surname-alone-after-lao"),
    pytest.param("王先生今年六十岁。", [("王", "PERSON")], id="surname-and-honorific"),
    pytest.param(
        "美国总统约翰·史密斯抵达北京。",
        [("美国", "GPE"), ("总统", "TITLE"), ("约翰·史密斯", "PERSON"), ("北京", "GPE")],
        id="transliterated-name",
    ),
    pytest.param("他们沿着黄河走到了泰山脚下。", [("泰山", "LOC")], id="natural-feature"),
    pytest.param(
        "华宇电子有限公司副总经理孟凡出席。",
        [("华宇电子有限公司", "ORG"), ("副总经理", "TITLE"), ("孟凡", "PERSON")],
        id="company",
    ),
    pytest.param(
        "辽宁队主教练说，球员们状态很好。",
        [("辽宁队", "ORG"), ("主教练", "TITLE")],
        id="team-after-place",
    ),
    pytest.param(
        "金沙县长岭乡副乡长韩冰表示支持。",
        [("金沙县", "GPE"), ("长岭乡", "GPE"), ("副乡长", "TITLE"), ("韩冰", "PERSON")],
        id="segmenter-trap",
    ),
    pytest.param("臺北市長柯文傑出席。", [("臺北市", "GPE")], id="traditional"),
]

# Texts whose words read like names or titles but are not.
NOT_ENTITIES = [
    pytest.param("方面的工作要高度重视。", "PERSON", id="common-words-with-surnames"),
    pytest.param("城市里的超市越来越多。", "GPE", id="words-ending-in-place-suffixes"),
    pytest.param("居民们纷纷表示欢迎。", "TITLE", id="everyday-role-alone"),
    pytest.param("社会各界都很关注此事。", "ORG", id="everyday-suffix-without-place"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_entities_found(text, expected):
    found = [(e.text, e.label) for e in quotekit.entities(text)]
    for entity in expected:
        assert entity in found


@pytest.mark.parametrize(("text", "label"), NOT_ENTITIES)
def test_words_that_are_not_entities(text, label):
    assert not [e for e in quotekit.entities(text) if e.label == label]


def test_offsets_index_the_original_text():
    text = "臺北市長柯文傑出席，並說：「明年再來。」"
    for entity in quotekit.entities(text):
        assert text[entity.start : entity.end] == entity.text


def test_known_names_are_people():
    finder = EntityFinder()
    text = "禤晓峰今天到了杭州。"
    assert ("禤晓峰", "PERSON") not in [(e.text, e.label) for e in finder.find(text)]
    found = [(e.text, e.label) for e in finder.find(text, names=["禤晓峰"])]
    assert ("禤晓峰", "PERSON") in found


def test_lexicon_additions_reach_entities():
    text = "集团首席风控官钟明远出席。"
    plain = [(e.text, e.label) for e in EntityFinder().find(text)]
    assert ("首席风控官", "TITLE") not in plain
    finder = EntityFinder(load_lexicon(titles=["风控官"]))
    found = [(e.text, e.label) for e in finder.find(text)]
    assert ("首席风控官", "TITLE") in found and ("钟明远", "PERSON") in found


def test_empty_and_blank_text():
    assert quotekit.entities("") == []
    assert quotekit.entities("  \n ") == []


@pytest.mark.parametrize("bad", [None, b"\xe4\xb8\xad", 3, ["浙江"]])
def test_wrong_type_is_a_clear_error(bad):
    with pytest.raises(ArgumentTypeError, match="E001"):
        quotekit.entities(bad)


_TEXT = st.text(
    alphabet=st.sampled_from(
        list("王李张浙江省市县局长说表示，。“”、的了在和老小·克林顿大学公司队员师 \n")
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_entities_invariants(text):
    entities = quotekit.entities(text)
    assert entities == quotekit.entities(text)
    previous_end = 0
    for entity in entities:
        assert text[entity.start : entity.end] == entity.text
        assert entity.start >= previous_end  # in order, never overlapping
        assert entity.label in {"PERSON", "ORG", "GPE", "LOC", "TITLE"}
        previous_end = entity.end


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_entities_never_raise_on_any_string(text):
    for entity in quotekit.entities(text):
        assert text[entity.start : entity.end] == entity.text
