"""Named entities of a whole article, on texts written for the tests."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotekit
from quotekit import EntityFinder, load_lexicon
from quotekit.entity_lists import CommonWords, entity_lists
from quotekit.errors import ArgumentTypeError

# (text, [(entity text, label), ...] that must be found)
CASES = [
    pytest.param(
        "浙江大学教授林晓峰在杭州市说。",
        [("浙江大学", "ORG"), ("教授", "TITLE"), ("林晓峰", "PERSON"), ("杭州市", "GPE")],
        id="org-title-person-place",
    ),
    pytest.param(
        "南湖县水利局局长郑国平到长三角考察。",
        [("南湖县水利局", "ORG"), ("局长", "TITLE"), ("郑国平", "PERSON"), ("长三角", "GPE")],
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
    pytest.param(
        "臺北市長柯文傑出席。",
        [("臺北", "GPE"), ("市長", "TITLE"), ("柯文傑", "PERSON")],
        id="traditional",
    ),
    pytest.param(
        "局长李明进行了讲话。",
        [("局长", "TITLE"), ("李明", "PERSON")],
        id="name-ends-before-a-common-word",
    ),
    pytest.param(
        "陈老喜欢下棋，孙处长介绍说，李大娘把菜送给了邻居。",
        [("陈", "PERSON"), ("孙", "PERSON"), ("处长", "TITLE"), ("李", "PERSON")],
        id="surname-before-address-or-title",
    ),
    pytest.param(
        "彭晓东同志今天到任，高明远教授认为可行。",
        [("彭晓东", "PERSON"), ("高明远", "PERSON"), ("教授", "TITLE")],
        id="title-after-the-name",
    ),
    pytest.param(
        "周一鸣先生说，吕叔平先生也来了，王叔说明天下雨。",
        [("周一鸣", "PERSON"), ("吕叔平", "PERSON"), ("王", "PERSON")],
        id="word-or-address-inside-a-name",
    ),
    pytest.param(
        "总统卡尔多斯基表示支持。",
        [("总统", "TITLE"), ("卡尔多斯基", "PERSON")],
        id="transliteration-after-title",
    ),
    pytest.param(
        "主席马洛维奇利用假期访问了工厂。",
        [("马洛维奇", "PERSON")],
        id="transliteration-ends-before-a-common-word",
    ),
    pytest.param(
        "他说，马洛维奇政府宣布了新的计划。",
        [("马洛维奇", "PERSON")],
        id="a-leaders-government",
    ),
    pytest.param(
        "会后，伊科诺莫夫强调，双方要加强合作。",
        [("伊科诺莫夫", "PERSON")],
        id="transliteration-before-a-cue",
    ),
    pytest.param(
        "日本首相山本健一说，会谈很顺利。",
        [("首相", "TITLE"), ("山本健一", "PERSON")],
        id="japanese-name",
    ),
    pytest.param(
        "日本外相森川千惠说，日方对此表示遗憾。",
        [("外相", "TITLE"), ("森川千惠", "PERSON")],
        id="japanese-name-off-the-list-after-a-japanese-title",
    ),
    pytest.param(
        "日本防卫相野间修表示，将加强警戒监视。",
        [("野间修", "PERSON")],
        id="japanese-name-of-three-characters-before-a-cue",
    ),
    pytest.param(
        "出席的有张伟明、李建华、于湉、赵甦等人。",
        [("于湉", "PERSON"), ("赵甦", "PERSON")],
        id="list-of-people",
    ),
    pytest.param("中俄关系稳定发展。", [("中", "GPE"), ("俄", "GPE")], id="short-place-names"),
    pytest.param(
        "两国领导人都认为，中日关系持续改善。",
        [("中", "GPE"), ("日", "GPE")],
        id="short-place-names-that-are-a-word",
    ),
    pytest.param("这位总统下周将访华。", [("华", "GPE")], id="short-name-after-a-visit"),
    pytest.param(
        "美国国防部长科恩表示，合作将继续。",
        [("国防部长", "TITLE"), ("科恩", "PERSON")],
        id="two-syllable-name-after-an-office",
    ),
    pytest.param(
        "俄罗斯外长普里马科夫抵达。",
        [("外长", "TITLE"), ("普里马科夫", "PERSON")],
        id="suffix-inside-a-foreign-name",
    ),
    pytest.param(
        "北京市长说，企业正在开辟南美洲市场。",
        [("北京", "GPE"), ("市长", "TITLE"), ("南美洲", "GPE")],
        id="place-suffix-begins-a-word",
    ),
    pytest.param("他到了宜宾，又去了丽江。", [("宜宾", "GPE"), ("丽江", "GPE")], id="atlas"),
    pytest.param("本报宜宾5月2日电，天气晴。", [("宜宾", "GPE")], id="known-place-in-dateline"),
    pytest.param(
        "书法家李明说，这幅字很少见。",
        [("书法家", "TITLE"), ("李明", "PERSON")],
        id="occupation-by-its-ending",
    ),
    pytest.param(
        "著名演员王芳出席了首映式。",
        [("演员", "TITLE"), ("王芳", "PERSON")],
        id="describer-outside-title",
    ),
    pytest.param(
        "该行客户经理刘一帆介绍，业务增长明显。",
        [("客户经理", "TITLE"), ("刘一帆", "PERSON")],
        id="field-of-work-inside-title",
    ),
    pytest.param(
        "展览正在浙江杭州举行。", [("浙江", "GPE"), ("杭州", "GPE")], id="suffix-ends-a-verb"
    ),
    pytest.param("根据华夏银行的规定，利率上调。", [("华夏银行", "ORG")], id="org-after-a-lead"),
    pytest.param("据远东通讯社报道，展会开幕。", [("远东通讯社", "ORG")], id="agency-after-ju"),
    pytest.param("这次活动由教育部主办。", [("教育部", "ORG")], id="field-and-office"),
    pytest.param("昨晚，马来西亚队以三比二获胜。", [("马来西亚队", "ORG")], id="team-of-a-place"),
    pytest.param(
        "日本商社副社长松岡健一行昨天抵达。",
        [("松岡健", "PERSON")],
        id="japanese-name-before-yixing",
    ),
    pytest.param(
        "会后，野田義男访问了工厂。", [("野田義男", "PERSON")], id="japanese-name-before-a-word"
    ),
    pytest.param(
        "我的朋友石川东四郎也来了。", [("石川东四郎", "PERSON")], id="name-after-a-friend"
    ),
    pytest.param(
        "决赛中，选手李华以21∶15获胜，孙强胜赵刚。",
        [("李华", "PERSON"), ("孙强", "PERSON"), ("赵刚", "PERSON")],
        id="name-before-a-preposition-or-a-result",
    ),
    pytest.param(
        "那天晚上，陈长春对大家讲了很多。", [("陈长春", "PERSON")], id="given-name-is-a-place"
    ),
    pytest.param("青年干部向李明学习。", [("李明", "PERSON")], id="xiang-before-a-name"),
    pytest.param(
        "泰国王储玛哈·哇吉拉今天上午参观了工厂。",
        [("泰国", "GPE"), ("王储", "TITLE"), ("玛哈·哇吉拉", "PERSON")],
        id="dotted-name-after-the-later-title",
    ),
    pytest.param(
        "队友王辉和成红霞以2∶1取胜。", [("成红霞", "PERSON")], id="preposition-marks-a-name"
    ),
    pytest.param(
        "本片由陈木胜导演，鲍勃为领队。",
        [("陈木胜", "PERSON"), ("鲍勃", "PERSON")],
        id="a-title-after-a-given-name-character",
    ),
]

# Texts whose words read like names or titles but are not.
NOT_ENTITIES = [
    pytest.param("方面的工作要高度重视。", "PERSON", id="common-words-with-surnames"),
    pytest.param("城市里的超市越来越多。", "GPE", id="words-ending-in-place-suffixes"),
    pytest.param("居民们纷纷表示欢迎。", "TITLE", id="everyday-role-alone"),
    pytest.param("社会各界都很关注此事。", "ORG", id="everyday-suffix-without-place"),
    pytest.param("这座小城历史悠久，风景秀丽。", "PERSON", id="name-would-cut-a-word"),
    pytest.param("周一我们开会，许多人都来了。", "PERSON", id="word-starting-with-a-surname"),
    pytest.param("他是第一任行政长官。", "PERSON", id="ambiguous-surname-unmarked"),
    pytest.param("双方表示满意，媒体也很关注。", "ORG", id="sides-are-no-organizations"),
    pytest.param("《乡村医生》是一部老电影。", "TITLE", id="title-inside-book-title"),
    pytest.param("这代表了我们的心意。", "TITLE", id="bare-daibiao-is-a-verb"),
    pytest.param("他带着孩子回乡过年。", "GPE", id="suffix-ends-a-word"),
    pytest.param("他们打开了国内市场，号召市民支持。", "GPE", id="suffix-begins-a-word"),
    pytest.param("城关镇书记热情会见了客人。", "ORG", id="org-suffix-begins-a-word"),
    pytest.param("礼堂里摆着168张空椅，七盘棋下完了。", "PERSON", id="measure-word-after-number"),
    pytest.param("警方严厉打击非法贸易。", "GPE", id="word-of-place-abbreviations"),
    pytest.param("他把全部精力投入工作，团队内部也很团结。", "ORG", id="office-suffix-ends-a-word"),
    pytest.param("她在一家私人诊所工作，两支球队都来了。", "ORG", id="generic-organizations"),
    pytest.param("他在华人社区工作，越来越忙。", "GPE", id="short-name-begins-a-word"),
    pytest.param("那里有温泉和丛林。", "PERSON", id="words-a-dictionary-tags-as-names"),
    pytest.param("这是他的荣耀。满天乌云，雷声滚滚。", "PERSON", id="nouns-starting-with-surnames"),
    pytest.param(
        "他的作品朴素、卓越，很受欢迎。", "PERSON", id="adjectives-starting-with-surnames"
    ),
    pytest.param("伊萨兰会议组织的代表出席了会议。", "PERSON", id="syllables-before-an-org-noun"),
    pytest.param("石油生产国联盟（欧布拉）秘书处发表声明。", "PERSON", id="short-name-in-brackets"),
    pytest.param("“卡洛斯特”5号卫星发射成功。", "PERSON", id="product-in-quotation-marks"),
    pytest.param("这里种小麦和玉米。", "PERSON", id="xiao-and-surname-make-a-word"),
    pytest.param("“陈林”牌酱油很好卖。", "PERSON", id="brand-in-quotation-marks"),
    pytest.param("他调任第11师秘书长。", "PERSON", id="unit-after-a-number"),
    pytest.param("他是最好的游泳男选手。", "PERSON", id="sex-of-a-title"),
    pytest.param("湖上的斯特尔坎波油田产量很高。", "PERSON", id="syllables-before-an-oil-field"),
    pytest.param(
        "在该省的卡洛维及马拉萨等城镇，雨很大。", "PERSON", id="list-of-towns-closed-by-deng"
    ),
    pytest.param("那是古老而美丽的城。", "PERSON", id="surname-and-lao-make-a-word"),
]

# (text, entity text, label) that must not be found, though others may be.
NOT_THESE = [
    pytest.param(
        "邬姓主妇表示，菜价比上个月贵了两成。",
        "邬姓",
        "PERSON",
        id="a-surname-said-as-such-is-no-name",
    ),
    pytest.param(
        "内阁拥有日本银行总裁罢免权。",
        "罢免权",
        "PERSON",
        id="a-word-after-a-japanese-title-is-no-name",
    ),
    pytest.param(
        "日本防卫相野间修表示，将加强警戒监视。",
        "野间修表",
        "PERSON",
        id="a-japanese-name-does-not-take-the-cues-first-character",
    ),
    pytest.param(
        "泰国王储玛哈·哇吉拉今天上午参观了工厂。",
        "储玛哈·哇吉拉",
        "PERSON",
        id="title-that-ends-later-wins",
    ),
    pytest.param("赛后，罗萨尔多赞扬了队友。", "罗萨尔多赞扬", "PERSON", id="run-ends-in-a-word"),
    pytest.param(
        "得克萨斯州的马克·休斯敦堡很有名。", "马克·", "PERSON", id="no-name-ends-in-a-dot"
    ),
    pytest.param("赛后，主教练曾高兴地说，很满意。", "曾高兴", "PERSON", id="adverb-and-a-word"),
    pytest.param(
        "援助物资运往特罗波尔区。", "罗波尔", "PERSON", id="syllables-before-a-place-suffix"
    ),
    pytest.param("接待的威廉先生说，很满意。", "廉", "PERSON", id="end-of-a-foreign-name"),
    pytest.param("大家祝贺李先生获奖。", "贺李", "PERSON", id="word-that-reads-like-a-name"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_entities_found(text, expected):
    found = [(e.text, e.label) for e in quotekit.entities(text)]
    for entity in expected:
        assert entity in found


def test_a_date_is_no_part_of_an_organization():
    found = [(e.text, e.label) for e in quotekit.entities("1998年海宁县政府拨款修路。")]
    assert ("海宁县政府", "ORG") in found


@pytest.mark.parametrize(("text", "label"), NOT_ENTITIES)
def test_words_that_are_not_entities(text, label):
    assert not [e for e in quotekit.entities(text) if e.label == label]


@pytest.mark.parametrize(("text", "entity", "label"), NOT_THESE)
def test_readings_that_are_not_entities(text, entity, label):
    assert (entity, label) not in [(e.text, e.label) for e in quotekit.entities(text)]


def test_offsets_index_the_original_text():
    text = "臺北市長柯文傑出席，並說：「明年再來。」"
    for entity in quotekit.entities(text):
        assert text[entity.start : entity.end] == entity.text


def test_the_common_words_say_where_words_cross():
    words = CommonWords({"进行": 0, "经历": 1, "作为": 2, "为主": 3, "会见": 4})
    assert words.crossed_at_end("王进行", 0, 2)  # 王进|行
    assert not words.crossed_at_end("王进行", 0, 1)
    assert words.crossed_at_start("经历史", 1, 3)  # 经|历史
    assert not words.crossed_at_start("作为主帅", 2, 4)  # 作为 reads better than 为主
    assert words.goes_on("亲切会见", 2, 3)  # 会|见
    assert words.rank("经历") == 1 and "作为" in words and "历史" not in words


def test_common_word_list_is_ranked_and_small():
    words = entity_lists().words
    assert words.rank("我们") is not None and words.rank("我们") < 100
    assert len(list(words)) > 10_000
    data = resources.files("quotekit").joinpath("data/common_words.txt")
    header = data.read_text(encoding="utf-8").splitlines()[:8]
    assert any("jieba" in line and "MIT" in line for line in header)


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
