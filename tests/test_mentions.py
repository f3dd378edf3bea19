"""Reading speaker mentions on characters."""

from __future__ import annotations

import pytest

from quotekit.chains import title_head
from quotekit.lexicon import load_lexicon
from quotekit.mentions import MentionParser

PARSER = MentionParser(load_lexicon())


@pytest.mark.parametrize(
    ("mention", "kind", "name", "positions"),
    [
        ("县水利局局长李文斌", "person", "李文斌", [("县水利局", "局长")]),
        ("青溪县长林乡副乡长韩冰", "person", "韩冰", [("青溪县长林乡", "副乡长")]),
        ("省科技厅成果处四级主任科员邱雨", "person", "邱雨", [("省科技厅成果处", "四级主任科员")]),
        (
            "村党支部书记、合作社负责人邝林",
            "person",
            "邝林",
            [("村", "党支部书记"), ("合作社", "负责人")],
        ),
        ("国务委员兼外长许嘉", "person", "许嘉", [(None, "国务委员"), (None, "外长")]),
        ("青年队的周彬", "person", "周彬", [("青年队", None)]),
        ("张振华主任", "person", "张振华", [(None, "主任")]),
        ("王局长", "person", "王", [(None, "局长")]),
        ("经济部长龚一鸣", "person", "龚一鸣", [("经济部", "部长")]),
        ("联合国秘书长安东尼·卡尔", "person", "安东尼·卡尔", [("联合国", "秘书长")]),
        ("市交通局相关负责人", "anonymous", None, [("市交通局", "负责人")]),
        ("有区议员", "anonymous", None, [(None, "区议员")]),
        ("不少村民", "group", None, []),
        ("大家", "group", None, []),
        ("业内人士", "group", None, []),
        ("蓝海集团", "organization", None, [("蓝海集团", None)]),
        ("印尼当选总统马尔达", "person", "马尔达", [("印尼", "当选总统")]),
        ("他", "pronoun", None, []),
    ],
)
def test_parse_end(mention: str, kind: str, name, positions: list) -> None:
    parsed = PARSER.parse_end(mention, 0, len(mention))
    assert parsed is not None and parsed.kind == kind
    assert parsed.name_in(mention) == name
    assert [(p.org, p.title) for p in parsed.positions_in(mention)] == positions


@pytest.mark.parametrize("word", ["这一数据", "文章", "方面", "全面"])
def test_words_that_start_with_a_surname_are_not_people(word: str) -> None:
    parsed = PARSER.parse_end(word, 0, len(word))
    assert parsed is None or parsed.kind != "person"


def test_titles_found_anywhere_with_the_name_after_them() -> None:
    text = "昨天，外交部发言人卢宁主持例行记者会。"
    (found,) = list(PARSER.find_titled_names(text))
    assert found.name_in(text) == "卢宁"
    assert [(p.org, p.title) for p in found.positions_in(text)] == [("外交部", "发言人")]


@pytest.mark.parametrize(
    ("title", "other"),
    [("副代表", "代表"), ("首席专家", "专家"), ("主帅", "主教练"), ("外长", "外交部长")],
)
def test_titles_with_one_head(title: str, other: str) -> None:
    assert title_head(PARSER, title) == title_head(PARSER, other)


def test_titles_with_different_heads() -> None:
    assert title_head(PARSER, "局长") != title_head(PARSER, "处长")


def test_a_known_name_may_end_in_any_character() -> None:
    # No rule reads a name ending in a digit, but a name the document knows is read.
    parsed = PARSER.parse_end("，张3", 1, 3, frozenset({"张3"}))
    assert parsed is not None and (parsed.kind, parsed.name_in("，张3")) == ("person", "张3")
    assert PARSER.parse_end("，张3", 1, 3) is None


def test_a_label_ending_in_a_bracket_is_no_mention() -> None:
    assert PARSER.parse_label("央视网消息（新闻联播）", 0, 11) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("挪威国防部副部长马利亚诺夫今天访问北港。", "马利亚诺夫"),  # syllables run on
        ("北港市市长王建国今天访问青山。", "王建国"),  # a Chinese name stays whole
        ("北港市市长曾庆红今天访问青山。", "曾庆红"),  # 曾 is a surname here
        ("王明同北港总统普罗通电话。", "普罗"),  # 通 begins a verb (通电话)
    ],
)
def test_a_name_after_a_title_runs_to_the_end_of_its_syllables(text: str, name: str) -> None:
    (found,) = list(PARSER.find_titled_names(text))
    assert found.name_in(text) == name


def test_a_title_is_found_after_a_false_start() -> None:
    # 家|主 could end 专家 before the surname 主; 国家主席|习 is the title.
    text = "国家主席习近平会见外宾。"
    (found,) = list(PARSER.find_titled_names(text))
    assert found.name_in(text) == "习近平"
    assert [(p.org, p.title) for p in found.positions_in(text)] == [(None, "国家主席")]


@pytest.mark.parametrize(
    ("text", "lo", "start"),
    [
        ("据市交通运输局", 0, 1),  # a lead opens the clause
        ("他说据市交通运输局局长", 2, 3),
        ("也门外交部", 0, 0),  # 也 is a lead, but 也门 a place
        ("新华社记者2024年3月5日外交部发言人", 0, 14),  # a date ends the chain
        ("中国队的" + "长" * 30, 0, 4),  # far from lo, 的 stops the chain
        ("李明同副总统", 0, 3),  # 同 before a title is "with"
        ("论坛共同主席", 0, 0),  # but 共同 is a word
    ],
)
def test_chain_start(text: str, lo: int, start: int) -> None:
    assert PARSER.chain_start(text, lo, len(text)) == start


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会见南岭国副总统博瑞仁。", "博瑞仁"),
        ("会见友好议员联盟干事长森田裕。", "森田裕"),
        ("总书记观大势，", None),  # 大势 is a word
        ("代表团审议，", None),  # 代表团 is a word
        ("部长留任外，", None),  # 外 stands in prose
    ],
)
def test_a_name_that_a_title_opens_and_punctuation_closes(text: str, name) -> None:
    names = [m.name_in(text) for m in PARSER.find_titled_names(text)]
    assert names == ([name] if name else [])


def test_an_adverb_after_a_title_is_no_surname() -> None:
    # 曾 (once) and 来到 (came to): no name 曾来 after the title.
    text = "北港市市长曾来到青山村座谈。"
    assert [m.name_in(text) for m in PARSER.find_titled_names(text)] == []


def test_titled_names_are_remembered_for_the_last_text():
    parser = MentionParser(load_lexicon())
    text = "外交部发言人卢宁主持例行记者会。黎巴嫩总统奥恩今天表示。"
    found = parser.titled_names(text)
    assert found == tuple(parser.titled_name_spans(text))
    assert [parser.titled_mention(text, f) for f in found] == list(parser.find_titled_names(text))
    assert [m.name_in(text) for m in found] == ["卢宁", "奥恩"]
    assert parser.titled_names("".join(text)) is found  # an equal text: read once
    other = "市长刘建国说。"
    assert [m.name_in(other) for m in parser.titled_names(other)] == ["刘建国"]
    assert parser.titled_names(text) == found
