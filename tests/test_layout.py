"""Layout: the view the rules read, and its map back to the original text."""

from __future__ import annotations

import re

import regex
from hypothesis import given
from hypothesis import strategies as st

from quotekit.layout import normalization_table, normalize, read_layout, strip_markup
from quotekit.lexicon import load_lexicon
from quotekit.script import HAN, LATIN

LEXICON = load_lexicon()


def view_of(text: str):
    return read_layout(text, LEXICON)


def test_traditional_and_half_width_are_read_as_simplified_full_width() -> None:
    view = view_of("他說:「好!」")
    assert view.text == "他说：「好！」"
    assert view.original == "他說:「好!」"


def test_captions_and_credits_are_left_out() -> None:
    text = (
        "第一段正文，讲述了当地的变化。\n\n"
        "游客在新落成的码头拍照（资料照片）。\n本报记者 林一 摄\n\n"
        "第二段正文。"
    )
    view = view_of(text)
    assert "资料照片" not in view.text and "摄" not in view.text
    assert [noise.kind for noise in view.noise] == ["caption", "caption"]


def test_a_line_opening_on_tuwei_is_a_caption() -> None:
    text = "第一段正文，讲述了当地的变化。\n图为市民在自助终端办理业务。\n第二段正文。"
    view = view_of(text)
    assert "图为" not in view.text
    assert [noise.kind for noise in view.noise] == ["caption"]
    assert text[view.noise[0].start : view.noise[0].end] == "图为市民在自助终端办理业务。"


def test_bylines_and_metadata_are_left_out() -> None:
    text = "■ 本报记者、通讯员集体采写\n\n正文第一句。\n\n（本报记者 王一 李二）\n\n来源：本报"
    view = view_of(text)
    assert view.text == "正文第一句。"


def test_a_page_break_inside_a_sentence_is_joined() -> None:
    text = "“总书记的话，在\n\n基层同样适用。”他说。"
    view = view_of(text)
    assert "在基层" in view.text
    start = view.text.index("基层")
    assert text[view.to_source(start) : view.to_source(start) + 2] == "基层"


def test_a_short_headline_is_not_joined_to_the_story() -> None:
    view = view_of("青山县推进数字乡村建设\n\n本报讯 今年以来，全县建成服务站。")
    assert len(view.paragraphs) == 2


def test_hard_wrapped_lines_are_joined() -> None:
    text = "对此，大学校长发表声明指出，部分学生因为意见不同，演变成\n侵入建筑与占据广场的事件，希望回归理性讨论。"
    view = view_of(text)
    assert "演变成侵入" in view.text
    assert len(view.paragraphs) == 1


def test_span_to_source_and_source_text_keep_paragraph_breaks() -> None:
    text = "“第一段。\n\n“第二段。”"
    view = view_of(text)
    start, end = 1, len(view.text) - 1
    source_start, source_end = view.span_to_source(start, end)
    assert text[source_start:source_end] == view.source_text(start, end)


def test_strip_markup_maps_every_character_back() -> None:
    text = "<p>&ldquo;好&rdquo;</p>他说"
    markup = strip_markup(text)
    assert markup.text == "\n“好”\n他说"
    start, end = markup.span(2, 3)
    assert text[start:end] == "好"
    start, end = markup.span(1, 2)
    assert text[start:end] == "&ldquo;"
    assert strip_markup("没有标记的文本") is None


@given(st.text(alphabet="他說说「」:!,。，abc \n這个個么著臺台", max_size=60))
def test_normalize_equals_translating_every_character(text: str) -> None:
    # Few changes are replaced one by one, many by translating the whole text.
    assert normalize(text, LEXICON) == text.translate(normalization_table(LEXICON))


def test_normalize_keeps_standard_simplified_characters() -> None:
    assert normalize("为什么要抬高", LEXICON) == "为什么要抬高"
    # 著 is 着 where Traditional text writes the particle, 著 where it means famous.
    assert normalize("著名作家笑著說", LEXICON) == "著名作家笑着说"
    assert normalize("顯著提升", LEXICON) == "显著提升"
    assert normalize("随着作物成熟", LEXICON) == "随着作物成熟"


def test_script_classes_match_the_unicode_properties() -> None:
    every = "".join(map(chr, range(0x110000)))
    assert re.findall(f"[{HAN}]", every) == regex.findall(r"\p{Han}", every)
    assert re.findall(f"[{LATIN}]", every) == regex.findall(r"\p{Latin}", every)
