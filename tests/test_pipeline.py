"""The spaCy component, on texts written for the tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

import quotekit
from quotekit.errors import LexiconError
from quotekit.pipeline import SPAN_KEYS, QuotekitComponent, TokenOffsets, register_extensions

ARTICLE = (
    "东湖镇党委书记钱立军在会上说：“今年要把山里的路全部修通。”\n"
    "“设备已经调试完毕，”华宇电子总工程师孟凡说，“下周就能投产。”"
    "区教育局副局长马晓燕表示，今年将新建两所小学。\n"
    "据市水务局相关负责人介绍，改造工程将在年底前完工。钱立军还说，路修好了，茶叶就好卖了。"
)
TEXTS = [
    ARTICLE,
    "“今年的茶叶收成比去年好。”南岭村村民赵春梅说。",
    "蓝海集团在声明中称，公司运营一切正常。",
    "金沙县长岭乡副乡长韩冰表示，乡里将新修三条产业路。",
    "",
    "今天天气很好。",
]


def _blank(segmenter: str = "char") -> spacy.Language:
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": segmenter}}})


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    pipeline = _blank()
    pipeline.add_pipe("quotekit")
    return pipeline


def _pkuseg_model() -> str | None:
    """A pkuseg model directory already on this machine (never downloads one)."""
    candidates = [os.environ.get("QUOTEKIT_PKUSEG_MODEL", "")]
    home = Path(os.environ.get("PKUSEG_HOME", "~/.pkuseg")).expanduser()
    candidates += [str(home / name) for name in ("spacy_ontonotes", "mixed", "news", "web")]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir() and any(Path(candidate).iterdir()):
            return candidate
    return None


def _segmenter_pipeline(segmenter: str) -> spacy.Language:
    if segmenter == "jieba":
        pytest.importorskip("jieba")
        return _blank("jieba")
    if segmenter == "pkuseg":
        model = _pkuseg_model()
        if model is None:
            pytest.skip("no pkuseg model on this machine")
        pipeline = _blank("pkuseg")
        pipeline.tokenizer.initialize(pkuseg_model=model)
        return pipeline
    return _blank(segmenter)


@pytest.mark.parametrize("segmenter", ["char", "jieba", "pkuseg"])
def test_quotes_equal_extract_under_every_segmenter(segmenter):
    pipeline = _segmenter_pipeline(segmenter)
    pipeline.add_pipe("quotekit")
    for text in TEXTS:
        doc = pipeline(text)
        assert doc._.quotes == quotekit.extract(text)
        assert doc._.people == list(quotekit.analyze(text).people)
        for quote in doc._.quotes:
            span = [s for s in doc.spans["quotekit_quotes"] if s.start_char <= quote.start]
            assert any(s.end_char >= quote.end for s in span)


def test_spans_carry_kind_and_speaker(nlp):
    doc = nlp(ARTICLE)
    quotes = doc._.quotes
    assert len(quotes) >= 4
    assert {s.label_ for s in doc.spans["quotekit_quotes"]} <= {"direct", "indirect", "mixed"}
    by_start = {s.start_char: s for s in doc.spans["quotekit_quotes"]}
    for quote in quotes:
        # Under the char segmenter every character is a token: spans are exact.
        assert by_start[quote.start].text == doc.text[quote.start : quote.end]
        assert by_start[quote.start].label_ == quote.kind
    speakers = [(s.label_, s.text) for s in doc.spans["quotekit_speakers"]]
    assert ("钱立军", "东湖镇党委书记钱立军") in speakers
    assert ("钱立军", "钱立军") in speakers  # 钱立军还说: the later mention
    assert ("孟凡", "华宇电子总工程师孟凡") in speakers
    cues = {s.text for s in doc.spans["quotekit_cues"]}
    assert {"说", "表示"} <= cues


def test_spans_expand_to_token_boundaries():
    pytest.importorskip("jieba")
    pipeline = _blank("jieba")
    pipeline.add_pipe("quotekit")
    text = "金沙县长岭乡副乡长韩冰表示，乡里将新修三条产业路。"
    doc = pipeline(text)
    (speaker,) = doc.spans["quotekit_speakers"]
    quote = doc._.quotes[0]
    assert speaker.start_char <= quote.speaker.mention_start
    assert speaker.end_char >= quote.speaker.mention_end
    assert speaker.label_ == "韩冰"


_VOCAB = Vocab()
# Tokens of one or more characters, a space token among them, each with or without
# a trailing space.
_TOKENS = st.lists(
    st.tuples(st.sampled_from(["王", "说", "浙江", "教授", "。", " ", "ab", "x"]), st.booleans()),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(_TOKENS, st.integers(-2, 30), st.integers(-2, 30))
@example([("浙江", True), ("王", False)], 2, 4)  # starts in a trailing space
@example([("浙江", True), ("王", False)], 2, 3)  # nothing but the space
@example([("王", False)], 0, 0)
def test_token_offsets_align_as_char_span_expands(tokens, start, end):
    doc = Doc(_VOCAB, words=[w for w, _ in tokens], spaces=[s for _, s in tokens])
    offsets = TokenOffsets(doc, {})
    assert offsets.text == doc.text
    try:
        expected = doc.char_span(start, end, label="X", alignment_mode="expand")
    except (IndexError, ValueError) as error:
        with pytest.raises(type(error)):
            offsets.span(start, end, "X")
        return
    span = offsets.span(start, end, "X")
    if expected is None:
        assert span is None
    else:
        assert (span.start, span.end, span.label_) == (expected.start, expected.end, "X")


def test_token_texts_are_remembered_across_docs():
    strings: dict[int, str] = {}
    first = TokenOffsets(Doc(_VOCAB, words=["浙江", "王"]), strings)
    second = TokenOffsets(Doc(_VOCAB, words=["王", "说"], spaces=[True, False]), strings)
    assert (first.text, second.text) == ("浙江 王 ", "王 说")
    assert set(strings.values()) == {"王", "浙江", "说"}


def test_the_people_who_speak_are_person_entities(nlp):
    text = (
        "北辰科技公司首席执行官Mark Ellison说，今年订单翻番。"
        "日本外相森川千惠说，日方对此表示遗憾。邬局长表示，要加强管理。"
    )
    doc = nlp(text)
    ents = {(ent.text, ent.label_) for ent in doc.ents}
    assert {("Mark Ellison", "PERSON"), ("森川千惠", "PERSON"), ("外相", "TITLE")} <= ents
    assert ("邬局长", "PERSON") not in ents  # a surname and a title is no name


def test_entities_on_the_doc(nlp):
    doc = nlp("浙江大学教授林晓峰在杭州市说，今年要办好十件实事。")
    ents = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("林晓峰", "PERSON") in ents
    assert ("教授", "TITLE") in ents
    assert ("杭州市", "GPE") in ents
    assert ("浙江大学", "ORG") in ents


@pytest.mark.parametrize("segmenter", ["char", "jieba"])
def test_entities_are_the_aligned_spans_filter_spans_keeps(segmenter):
    pipeline = _segmenter_pipeline(segmenter)
    component = pipeline.add_pipe("quotekit")
    text = ARTICLE + "\n 青山 县 县长 Tom Lee 在 会上说，明年 要修 新路。"
    doc = pipeline(text)
    # The entity rules, told the names of the people the speaker rules found.
    speakers = [p.name for p in doc._.people if component._plain_name(p.name)]
    assert speakers
    aligned = [
        doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand")
        for e in component.finder.find(text, names=speakers)
    ]
    expected = filter_spans([span for span in aligned if span is not None])
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [
        (e.start, e.end, e.label_) for e in sorted(expected, key=lambda e: e.start)
    ]
    inside = {i for e in doc.ents for i in range(e.start, e.end)}
    assert all(token.ent_iob_ == "O" for token in doc if token.i not in inside)
    assert len(doc.ents) > 5


@given(
    st.lists(
        st.tuples(st.integers(0, 30), st.integers(1, 6), st.sampled_from(["A", "B"])),
        max_size=12,
    )
)
@settings(max_examples=200, deadline=None)
def test_overlapping_entities_are_kept_as_filter_spans_keeps_them(ranges):
    doc = Doc(_VOCAB, words=[str(i) for i in range(40)])
    spans = [Span(doc, first, first + size, label=label) for first, size, label in ranges]
    kept = [(s.start, s.end, s.label_) for s in sorted(filter_spans(spans), key=lambda s: s.start)]
    tokens = TokenOffsets(doc)
    tokens.set_ents(
        (tokens.starts[first], tokens.starts[first + size], label) for first, size, label in ranges
    )
    assert [(e.start, e.end, e.label_) for e in doc.ents] == kept


def _with_ruler(overwrite: bool) -> spacy.Language:
    pipeline = _blank()
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "FAC", "pattern": [{"TEXT": c} for c in "浙江大学教"]}])
    pipeline.add_pipe("quotekit", config={"overwrite_ents": overwrite})
    return pipeline


def test_entities_set_earlier_stay():
    doc = _with_ruler(overwrite=False)("浙江大学教授林晓峰说，今年要办好十件实事。")
    ents = [(ent.text, ent.label_) for ent in doc.ents]
    assert ents[0] == ("浙江大学教", "FAC")
    assert ("林晓峰", "PERSON") in ents
    assert not any(label == "TITLE" for _, label in ents)  # 教授 overlaps the earlier span


def test_overwrite_ents_lets_quotekit_win():
    doc = _with_ruler(overwrite=True)("浙江大学教授林晓峰说，今年要办好十件实事。")
    ents = [(ent.text, ent.label_) for ent in doc.ents]
    assert ("浙江大学", "ORG") in ents and ("教授", "TITLE") in ents
    assert "FAC" not in {label for _, label in ents}


def test_config_choices():
    pipeline = _blank()
    pipeline.add_pipe("quotekit", config={"span_keys": ["quotekit_quotes"], "entities": False})
    doc = pipeline(ARTICLE)
    assert list(doc.spans) == ["quotekit_quotes"]
    assert doc.ents == ()
    assert doc._.quotes == quotekit.extract(ARTICLE)


def test_bad_lexicon_config_is_a_clear_error():
    pipeline = _blank()
    with pytest.raises(LexiconError, match="E004"):
        pipeline.add_pipe("quotekit", config={"lexicon": {"not_a_field": ["词"]}})


def test_extensions_register_once():
    register_extensions()
    register_extensions()
    QuotekitComponent()
    assert Doc.has_extension("quotes") and Doc.has_extension("people")
    assert Doc(spacy.blank("zh").vocab, words=["空"])._.quotes == []


TITLED = "集团首席风控官钟明远说：“风险可控。”"
CUED = "“这不公平！”老队长周海涛怒斥。"


def _custom_pipeline() -> spacy.Language:
    pipeline = _blank()
    component = pipeline.add_pipe("quotekit", config={"lexicon": {"titles": ["风控官"]}})
    component.add_words(cues=[["怒斥", "speech"]])
    return pipeline


def _speakers(doc: Doc) -> list[tuple]:
    return [(q.speaker.name, q.speaker.title) for q in doc._.quotes]


def test_lexicon_additions_change_behaviour():
    plain = _blank()
    plain.add_pipe("quotekit")
    # The name is read after a title no list holds; the title needs the addition.
    assert _speakers(plain(TITLED)) == [("钟明远", None)]
    custom = _custom_pipeline()
    assert _speakers(custom(TITLED)) == [("钟明远", "首席风控官")]


def test_to_disk_keeps_additions(tmp_path):
    custom = _custom_pipeline()
    custom.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.get_pipe("quotekit").additions() == custom.get_pipe("quotekit").additions()
    assert "cues" in loaded.get_pipe("quotekit").additions()
    assert _speakers(loaded(TITLED)) == [("钟明远", "首席风控官")]
    assert loaded(CUED)._.quotes == custom(CUED)._.quotes


def test_to_bytes_keeps_additions():
    custom = _custom_pipeline()
    fresh = _blank()
    fresh.add_pipe("quotekit")
    fresh.from_bytes(custom.to_bytes())
    assert fresh.get_pipe("quotekit").additions() == custom.get_pipe("quotekit").additions()
    assert _speakers(fresh(TITLED)) == [("钟明远", "首席风控官")]


def test_doc_bytes_and_docbin_round_trip(nlp):
    doc = nlp(ARTICLE)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.quotes == doc._.quotes and again._.people == doc._.people
    assert {k: [(s.start, s.end, s.label_) for s in v] for k, v in again.spans.items()} == {
        k: [(s.start, s.end, s.label_) for s in v] for k, v in doc.spans.items()
    }
    assert [(e.start, e.end, e.label_) for e in again.ents] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    (loaded,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    assert loaded._.quotes == doc._.quotes and loaded._.people == doc._.people
    assert set(loaded.spans) == set(SPAN_KEYS)


def test_pipe_with_two_processes_matches_one(nlp):
    texts = TEXTS * 2
    one = [
        (d._.quotes, [(e.start_char, e.end_char, e.label_) for e in d.ents])
        for d in nlp.pipe(texts)
    ]
    two = [
        (d._.quotes, [(e.start_char, e.end_char, e.label_) for e in d.ents])
        for d in nlp.pipe(texts, n_process=2, batch_size=3)
    ]
    assert two == one
    assert one[0][0] == quotekit.extract(TEXTS[0])


def test_factory_needs_no_import():
    """The entry point registers the factory: the script never imports quotekit."""
    script = (
        "import json, sys, spacy\n"
        "assert 'quotekit' not in sys.modules\n"
        "nlp = spacy.blank('zh')\n"
        "nlp.add_pipe('quotekit')\n"
        "doc = nlp(sys.argv[1])\n"
        "print(json.dumps([q['speaker']['name'] for q in doc._.quotekit['quotes']]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, TEXTS[1]],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["赵春梅"]


HINTED = "“明年我们还会再来。”禤晓峰说。"
TRAIN = [
    ("禤晓峰今天到了杭州。", "禤晓峰"),
    ("我们见到了禤晓峰。", "禤晓峰"),
    ("禤晓峰说，明年再来。", "禤晓峰"),
    ("“明年我们还会再来。”禤晓峰说。", "禤晓峰"),
    ("村民们欢迎禤晓峰一行。", "禤晓峰"),
]


def _train_ner(path: Path) -> None:
    from spacy.training import Example
    from spacy.util import fix_random_seed

    fix_random_seed(0)
    pipeline = _blank()
    ner = pipeline.add_pipe("ner")
    ner.add_label("PERSON")
    examples = []
    for text, name in TRAIN:
        start = text.index(name)
        doc = pipeline.make_doc(text)
        examples.append(
            Example.from_dict(doc, {"entities": [(start, start + len(name), "PERSON")]})
        )
    optimizer = pipeline.initialize(lambda: examples)
    for _ in range(30):
        pipeline.update(examples, sgd=optimizer, drop=0.0)
    pipeline.to_disk(path)


def test_trained_ner_names_feed_the_speaker_rules(tmp_path):
    _train_ner(tmp_path / "ner")
    pipeline = spacy.load(tmp_path / "ner")
    assert [e.text for e in pipeline(HINTED).ents] == ["禤晓峰"]
    pipeline.add_pipe("quotekit")
    doc = pipeline(HINTED)
    assert [q.speaker.name for q in doc._.quotes] == ["禤晓峰"]
    assert [(e.text, e.label_) for e in doc.ents if e.text == "禤晓峰"] == [("禤晓峰", "PERSON")]
    # Without the NER the rules do not know the rare surname.
    assert all(q.speaker.name != "禤晓峰" for q in quotekit.extract(HINTED))
    hints_off = spacy.load(tmp_path / "ner")
    hints_off.add_pipe("quotekit", config={"ner_hints": False})
    assert all(q.speaker.name != "禤晓峰" for q in hints_off(HINTED)._.quotes)
