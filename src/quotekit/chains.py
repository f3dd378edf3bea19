"""Position chains and names: the parts a speaker mention is made of.

Read on characters from the right, never on tokens (南湖县长乐乡副乡长卢芸 holds
the organization 南湖县长乐乡, the title 副乡长 and the name 卢芸 however a
segmenter cuts 县长):

    chain    = position (("、" | "兼") position)*
    position = organization? title
    name     = surname given{1,2} | surname honorific | transliteration with "·"

``ChainReader`` compiles the patterns for these parts from a ``Lexicon`` and reads
them: where a chain of positions begins (``chain_start``), how it splits into
organizations and titles (``split_positions``), and where a name written next to a
title or a clause boundary begins or ends. ``mentions`` builds whole mentions from
these parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Optional

import attrs
import regex

from .lexicon import Lexicon, suffix_pattern, trie_pattern
from .script import HAN

# Characters that end a chain read leftwards: punctuation, quotes of statements, spaces.
_HARD_STOP = frozenset("，。！？；：\n \t（）()《》【】[]〔〕［］〈〉／/|｜…—\"'")
# Characters that do not stand in a name whose end the text marks (before a cue).
_NOT_IN_NAME = frozenset(
    "的了在是和与及对向把被将从也都就还又再则亦却仍已曾才便即均皆更说等们者时后"
    "、：，。！？；“”「」《》（）0123456789"
)
# Log odds of standing in a given name at or below which a character is one of prose
# (外, 所, 职), which a name read in any script after a title does not hold.
_PROSE_ODDS = -3.0
# Log odds of standing in a given name from which a surname's character, after 和,
# is read as a given name's (曹和|林) rather than a second person's surname (王和|李).
_GIVEN_ODDS = 2.0
# Log odds of standing in a given name below which a character that begins a common
# word after a name begins that word rather than ends the name (有着, 能够).
_VERB_ODDS = -2.0
# Characters that end a name read rightwards from a title, where nothing marks the
# end: function words and verbs that follow a name (卢爽|当天, 卢宁|主持).
_NOT_IN_NAME_AHEAD = frozenset(
    "的了在是和与及对向把被将从也都还就又再等们说表示指称认为于个这那其之所而但并或已曾会要"
    "能可让使给上下内外时后前今昨近当到去来出主参率带一则亦透坦直提呼回进讲谈告感颇深笑激兴"
    "连陪赴抵访考调视检担任兼同每天正不没未别很太最更仍便却才刚应该需领做拿走看听问答写读"
    "站坐住吃喝穿用买卖送接找叫话召举跟带着过地得、：，。！？；“”「」《》（）·0123456789"
)
# A generation, by the decade of birth (95后, 00后).
_GENERATION = "[0-9０-９]{2}后"
# An age written before a title (七旬, 78岁, 六十多岁, 95后).
_AGE = re.compile("[0-9０-９一二三四五六七八九十百几两]+多?(?:周?岁|旬)|" + _GENERATION)
# What describes a person before the name: where they live, their age (家住南湖区的,
# 72岁的, 95后).
PERSON_DESCRIPTOR = re.compile(
    r"(?:家住[^，。！？；：\n“”「」]{1,24}?的|(?:今年)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})多?岁的"
    f"|{_GENERATION}的?)"
)
# When a position was held, written before its organization (前|立法会议员).
_FORMER_WORDS = (
    "时任",
    "现任",
    "新任",
    "离任",
    "首任",
    "前",
    "现届",
    "本届",
    "上届",
    "历届",
    "新一届",
)
_FORMER = re.compile("|".join(_FORMER_WORDS))
_FORMER_FIRSTS = frozenset(word[0] for word in _FORMER_WORDS)
# What joins two positions of one person (中共中央总书记、国家主席; 国务委员兼外长).
_POSITION_JOIN = re.compile(f"、|兼(?=[{HAN}A-Z])")
# Syllables of transliterated names that are also function words (阿不都热依木·买买提).
_SYLLABLES_OF_WORDS = frozenset("不都")
# Characters a name is written with: Han characters and the name dot, less the
# function words of ``_NOT_IN_NAME`` (a set difference, as ``regex`` writes it).
_NAME_CLASS = "[[\\p{Han}·]--[" + regex.escape("".join(sorted(_NOT_IN_NAME))) + "]]"
NAME_CHARS = regex.compile("(?V1)" + _NAME_CLASS + "+")
# The run of such characters that ends at the search end, read leftwards.
_NAME_RUN_END = regex.compile("(?V1r)" + _NAME_CLASS + "+\\Z")
# The marks of a verb's aspect, after the verb (作了, 看着, 去过).
_ASPECT_MARKS = frozenset("了着过")
# One Han character.
_HAN = re.compile(f"[{HAN}]")
# A word this frequent (文章, 方向, 明天) is read as no name even after a title.
_FREQUENT_WORD_RANK = 3000
# The longest discipline that opens a title (能源经济学|教授), and a discipline's
# first words that the title may already hold (能源|经济学教授).
_MAX_DISCIPLINE = 8
_DISCIPLINE_IN_TITLE = re.compile(f"[{HAN}]{{1,4}}学")
# A 老/小 and surname pair this frequent as a common word is that word (老师, 小说).
_FAMILIAR_WORD_RANK = 10000
# Function words that end the last part of a dotted name read rightwards (库克|等);
# other characters may be syllables (艾合|买|提江), so the list is short.
_AFTER_DOTTED_NAME = frozenset("等的和与及在对向为将把被也都还又再就已曾今昨当近日")
# A transliterated name with a dot, read rightwards (安东尼奥·古特雷斯).
_DOTTED_NAME = re.compile(f"[{HAN}]{{1,10}}(?:·[{HAN}]{{1,10}}){{1,3}}")
# The characters a date or clock time ends with.
_DATE_UNITS = frozenset("年月日号时点分后")
# A date or clock time, which ends a chain read leftwards (2022年10月27日外交部发言人卢宁),
# or a generation (90后|返乡青年周涛).
_DATE_END = regex.compile(
    r"(?r)(?:(?:\d{1,4}|[一二三四五六七八九十〇零两]{1,3})(?:年|月|日|号|时|点|分)|\d0后)\Z"
)
# An occasion that ends at the search end (在考察中国历史研究院时), read backwards.
_OCCASION_END = regex.compile(r"(?r)在[^，。！？；：\n“”]{2,25}?时\Z")
# One-character leads that never stand inside an organization name.
_CHAIN_STOPS = "让邀请被把将给向跟从在由对是了着"
# Verbs whose object is the person a title and a name after them write (一致同意支持|
# 总统普京, 祝贺|习近平主席): they end a chain read leftwards. (They are no leads: after
# them a clause goes on, 感谢他们…，表示, and its subject is the one before them.)
_OBJECT_VERBS = ("支持", "反对", "祝贺", "感谢", "欢迎", "谴责", "批评", "称赞", "赞扬")
# Prepositions among the leads: after a subject (美国农业部|在|官网), what follows one
# is its object, not another subject.
_OBJECT_LEADS = frozenset("在于对向跟给把将由从")
# A venue phrase ending at the search end (在莫斯科|与…), read backwards.
_VENUE_END = regex.compile(r"(?r)在[^，。！？；：\n、与和同]{1,8}\Z")
# Characters of Japanese given names that are otherwise characters of prose (次郎, 隼人).
_JAPANESE_GIVEN = frozenset("次人")
# A short name in brackets after an organization's name (（IMF）, （世卫）, and with
# 简称: （以下简称世卫组织）), read leftwards from its closing bracket, with the last
# character of the name before it.
_ALIAS_END = regex.compile(
    f"(?r)(?<=[{HAN}])[（(](?:(?:以下)?简称)?(?:[A-Za-z0-9&.·' -]{{1,14}}|[{HAN}]{{1,6}})[）)]\\Z"
)
# Words of a byline, which a bracket after a dateline holds (（记者邝明）): no short
# name of a body.
_BYLINE_WORDS = re.compile("记者|通讯员|实习生|摄影|编辑")
# Units that end a place and never a Chinese name (南岭省 is no 南 + 岭省).
_PLACE_FINALS = frozenset("省市县区")
# Units a place name ends with (浙江省, 浦东新区).
_PLACE_UNITS = frozenset("省市县区州镇乡村")
# The days of the week, written with 周 or 星期, which are also surnames (白宫官员|周二|表示).
WEEKDAYS = frozenset(
    [f"周{day}" for day in "一二三四五六日末"] + [f"星期{day}" for day in "一二三四五六日天"]
)
# Surnames that are also prepositions (向, 于, 对): followed by a common word, a
# pronoun or a side (美方), they are the preposition.
_PREPOSITION_SURNAMES = frozenset("向于对")
# Leads that also stand inside the names of bodies (香港特区选举管理委员会).
_NAME_LEADS = frozenset({"选举"})
# Determiners that point back to a body named before (该公司, 此院).
BODY_POINTERS = frozenset("该此")
# Personal pronouns of one character (他, 她, 它, 我, 你).
PRONOUN_CHARS = frozenset("他她它我你")
# One-character suffixes of government offices (外交部, 国务院, 民政局, 教育厅, 纪委).
OFFICE_UNITS = frozenset("部院局厅委署办")
# What an unnamed mention opens with when it points back at a person named before
# (该局长, 这位专家, 那名男子, 上述负责人).
PERSON_POINTERS = ("该", "這", "这", "此", "那", "上述", "前述")
# Determiners that are not part of a title or organization (相关负责人 -> 负责人).
_DETERMINERS = ("相关", "有关", "该", "这位", "那位", "一位", "一名")
_DETERMINER_ENDS = frozenset(word[-1] for word in _DETERMINERS)


@attrs.frozen
class Span:
    start: int
    end: int


@attrs.frozen
class ParsedPosition:
    org: Optional[Span]
    title: Optional[Span]


def end_pattern(words) -> regex.Pattern:
    """A reverse-matching pattern: one of ``words`` ending at the search end."""
    return regex.compile("(?r)(?:" + suffix_pattern(words) + r")\Z")


def start_pattern(words) -> re.Pattern:
    """A forward pattern: one of ``words`` at the match position (a literal trie,
    which ``re`` runs with less overhead per call than ``regex``)."""
    return re.compile(trie_pattern(words))


class ChainReader:
    """Reads chains of positions and names with one lexicon's words. Build once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # (Imported here: the entity lists read this module.)
        from .entity_lists import entity_lists

        lists = entity_lists()
        heads = lexicon.titles | set(lexicon.title_synonyms) | lexicon.person_roles
        self.heads = frozenset(heads)
        self.surnames = frozenset(s for s in lexicon.surnames if len(s) == 1)
        self.compound_surnames = frozenset(s for s in lexicon.surnames if len(s) == 2)
        modifiers = trie_pattern(lexicon.title_modifiers)
        # A title at the end: modifiers then a head (党委|副|书记, 一级|主任科员).
        self.title_end = regex.compile(
            "(?r)(?:"
            + _modifiers_at_end(
                lexicon.title_modifiers,
                lists.common_words,
                frozenset(suffix[-1] for suffix in lexicon.org_suffixes),
            )
            + ")*(?:"
            + suffix_pattern(heads)
            + r")\Z"
        )
        self.title_start = re.compile("(?:" + modifiers + ")*(?:" + trie_pattern(heads) + ")")
        self.suffix_start = re.compile(trie_pattern(lexicon.org_suffixes))
        self.head_start = re.compile(trie_pattern(heads))
        self._long_quantifier_start = re.compile(
            trie_pattern(word for word in lexicon.quantifiers if len(word) > 1)
        )
        self._units_and_places = lexicon.org_suffixes | lexicon.places
        self.head_end = end_pattern(heads)
        self.suffix_end = end_pattern(lexicon.org_suffixes | lexicon.places)
        self.lead_end = end_pattern(lexicon.leads)
        # Inside an organization chain only strong leads stop the chain (华为 holds 为).
        chain_leads = (
            {lead for lead in lexicon.leads if len(lead) > 1 and lead not in _NAME_LEADS}
            | set(_CHAIN_STOPS)
            | set(_OBJECT_VERBS)
        )
        self.chain_lead_end = end_pattern(chain_leads)
        self._chain_lead_ends = frozenset(lead[-1] for lead in chain_leads)
        speech = [
            word for word, cue in lexicon.cues.items() if len(word) > 1 and not cue.quote_only
        ]
        self.cue_end = end_pattern(speech)
        self._cue_ends = frozenset(word[-1] for word in speech)
        self.adverbial_start = start_pattern(lexicon.adverbials)
        self._syllables = lexicon.transliteration
        self._long_lead_start = start_pattern({lead for lead in lexicon.leads if len(lead) > 1})
        self.cue_start = re.compile(trie_pattern(lexicon.cues))
        self._longest_lead = max(map(len, lexicon.leads), default=0)
        # The characters that can end a chain read leftwards (see ``chain_start``).
        chain_stops = (
            _HARD_STOP
            | frozenset("”」“「的同与和跟及访、")
            | _DATE_UNITS
            | self._cue_ends
            | self._chain_lead_ends
        )
        self._chain_stop_before = regex.compile(
            "(?r)[" + "".join(regex.escape(char) for char in sorted(chain_stops)) + "]"
        )
        self.honorific_end = regex.compile(
            "(?r)(?:"
            + suffix_pattern(lexicon.surnames)
            + ")(?:"
            + suffix_pattern(lexicon.honorifics)
            + r")\Z"
        )
        self.honorific_start = start_pattern(lexicon.honorifics)
        self.place_start = start_pattern(lexicon.places)
        # One-character units of organizations and places (局, 院, 市): what 该 points to.
        self.unit_chars = frozenset(
            word for word in lexicon.org_suffixes | lexicon.places if len(word) == 1
        )
        # Last characters of titles and honorifics, to skip patterns that cannot match.
        self.head_ends = frozenset(head[-1] for head in heads)
        self.honorific_ends = frozenset(word[-1] for word in lexicon.honorifics)
        # Common words of the language (文章, 党性, 鲜明): a name that stands without a
        # title is none of them.
        self.common_words = lists.common_words
        # Words that read like a name and are none (王国, 高度, 小满).
        self.not_names = lists.not_names
        # Characters usual in Chinese given names (伟, 芳, 立, 平), and the odds of
        # each character standing in a given name rather than in prose.
        self.given_chars = lists.given
        # Fields of work that open a title (金融|专家), and the modifiers before them.
        self._field_end = end_pattern(lists.title_fields)
        self._modifier_end = end_pattern(lexicon.title_modifiers)
        self._modifier_start = re.compile(modifiers)
        self.given_odds = lists.given_odds
        self.surname_odds = lists.surname_odds
        # Places as the entity rules know them (纽约), and the one-character short
        # names of places written side by side (法德, 加墨): no two-syllable name.
        self._place_names = lists.place_names
        self._place_abbreviations = lists.place_abbreviations
        # Japanese family names (田中, 长谷川), which Chinese surnames do not cover.
        self._japanese = lists.japanese_surnames
        self._japanese_firsts = frozenset(name[0] for name in self._japanese)
        # Words that look like a surname and a given name but are something else.
        self._not_names = frozenset(
            lexicon.places
            | lexicon.org_words
            | lexicon.collectives
            | lexicon.titles
            | lexicon.person_roles
            | lexicon.documents
            | set(lexicon.pronouns)
            | set(lexicon.cues)
            | {word for word in lexicon.org_suffixes if len(word) > 1}
            | lexicon.adverbials
        )
        # A name does not end with a character that ends an organization (路透社,
        # 商务部), though 军 ends many given names.
        self._org_finals = frozenset(
            word for word in lexicon.org_suffixes if len(word) == 1
        ) - frozenset("军华明")
        # The last characters of organizations and sides (局, 社, 方), and of those and
        # places (省, 斯 of 俄罗斯): what ends with none of the latter is no organization;
        # a name in any script ends like no body, though it may end like a place (拜登
        # and 列支敦士登, 伯顿 and 北马其顿).
        self._body_ends = frozenset(word[-1] for word in lexicon.org_words | lexicon.org_suffixes)
        self._org_ends = self._body_ends | frozenset(place[-1] for place in lexicon.places)
        # Words for people: who they are, where a name might run on into them.
        self._people_words = self.heads | lexicon.collectives

    # -- names ------------------------------------------------------------------

    def is_surname_at(self, text: str, position: int) -> int:
        """Length of the surname starting at ``position`` (0 if none)."""
        if text[position : position + 2] in self.compound_surnames:
            return 2
        return 1 if text[position : position + 1] in self.surnames else 0

    def _name_chars(self, text: str, start: int, end: int) -> bool:
        """Every character of text[start:end] may stand in a name."""
        return NAME_CHARS.fullmatch(text, start, end) is not None

    def _dotted_part_start(self, text: str, lo: int, start: int) -> int:
        """Where the first part of a dotted name starts, when a syllable that is also a
        function word (都 of 阿不都热依木·买买提) stopped the run at ``start``: the run
        goes on over it and the syllables before it."""
        syllables = self.lexicon.transliteration
        while (
            start - 2 >= lo
            and text[start - 1] in _SYLLABLES_OF_WORDS
            and (text[start - 2] in syllables or text[start - 2] in _SYLLABLES_OF_WORDS)
        ):
            start -= 1
            while start > lo and self._name_chars(text, start - 1, start):
                start -= 1
        return start

    def _given_with_he(self, text: str, start: int, end: int) -> bool:
        """A given name of 和 and one character (曹|和平, 陈|和生): between a surname
        and a character that stands in given names far more than as a surname
        (王|和|李 are two people), 和 joins no two people."""
        if end - start != 2 or text[start] != "和":
            return False
        other = text[start + 1]
        return (
            other in self.given_chars
            and other not in _NOT_IN_NAME
            and (other not in self.surnames or self.given_odds.get(other, 0.0) >= _GIVEN_ODDS)
        )

    def name_after_title(
        self, text: str, lo: int, end: int, marked_end: bool = True
    ) -> Optional[int]:
        """Start of a name that ends at ``end`` right after a title (副总经理|邝洁).

        Where the text marks the end (a cue follows), a name with no surname is read
        as a transliteration (主教练|安东尼奥) or, up to four characters, in any
        script (代表|涅边贾; see ``name_like``).
        """
        korean = end - 3
        if (
            text[end - 2 : end - 1] == "在"
            and korean > lo
            and self._korean_name(text, korean)
            and self.title_before(text, lo, korean)
        ):
            return korean  # 总统|李在明|表示
        longest = 12 if "·" in text[max(lo, end - 12) : end] else 8
        he = end - 3
        if (
            marked_end
            and he > lo
            and text[he + 1] == "和"
            and self.is_surname_at(text, he) == 1
            and self._given_with_he(text, he + 1, end)
            and text[he - 1] in self.head_ends
            and self.title_end.search(text, lo, he)
        ):
            return he  # 教授|曹和平|认为: a given name with 和 (see ``_given_with_he``)
        # The name lies in the run of name characters before ``end``.
        run = _NAME_RUN_END.search(text, max(lo, end - longest), end)
        if run is None:
            return None
        run_start = run.start()
        if "·" in text[run_start:end]:
            run_start = self._dotted_part_start(text, max(lo, end - longest), run_start)
        fallback = None
        head_ends = self.head_ends
        for name_start in range(end - 2, run_start - 1, -1):
            if text[name_start - 1 : name_start] not in head_ends or (
                self.title_end.search(text, lo, name_start) is None
            ):
                continue
            surname = self.is_surname_at(text, name_start)
            length = end - name_start
            if length == 2 and self._familiar(text, name_start):
                return name_start  # 工作人员|小李
            if (
                surname
                and length - surname in (1, 2)
                and not self._title_inside(text, name_start, end)
                and not self._is_word(text[name_start:end])
                and text[name_start:end] not in WEEKDAYS
                and not self._frequent_word(text[name_start:end])
                and not self._is_word(text[name_start : name_start + 2])  # 代表|高度赞扬
                and text[name_start - 2 : name_start + 2] not in self.common_words
            ):
                return name_start  # (not 领导|班子成员: a word runs across the cut)
            if length >= 3 and self.japanese_name(
                text, name_start, end, japan="日本" in text[max(lo, name_start - 20) : name_start]
            ):
                return name_start  # 外相|上川阳子, 防卫相|中谷元, 社长|佐藤恒治
            dotted = "·" in text[name_start:end]
            if not marked_end and not dotted:
                continue  # a dotted name's end is read by its dot (库克|等), others need a mark
            foreign = all(
                char in self.lexicon.transliteration for char in text[name_start:end]
            ) and not self._is_word(text[name_start:end])  # 总书记|特别|强调: an adverb
            if fallback is None and (
                foreign
                or dotted
                or (marked_end and length <= 4 and self.name_like(text, name_start, end))
            ):
                # A transliterated name: 主教练|安东尼奥, 秘书长|安东尼奥·古特雷斯; a
                # name in another script: 常驻联合国代表|涅边贾|表示.
                fallback = name_start
        return fallback

    def is_place(self, word: str) -> bool:
        """``word`` is the name of a place (北京, 浙江省, 浦东新区), not of a body."""
        return (
            word in self.lexicon.places
            or word in self._place_names
            or (len(word) <= 6 and word[-1] in _PLACE_UNITS)
        )

    def japanese_name(self, text: str, start: int, end: int, japan: bool = False) -> bool:
        """text[start:end] reads as a Japanese name: a family name of the list and a
        given name of one to three characters (田中一郎, 长谷川健太), or, where the
        chain names Japan (``japan``: 日本外相|上川阳子, 防卫相|中谷元), any three or
        four characters that make no word, hold no title and read as a name.

        The caller knows where the name ends (a cue, punctuation, a function word)."""
        name = text[start:end]
        if name[:3] in self._japanese:
            family = 3  # 久保田, not 久保
        elif name[:2] in self._japanese:
            family = 2
        elif japan:
            family = 0
        else:
            return False
        if not 3 <= len(name) <= 6:
            return False
        if (
            not self._name_chars(text, start, end)
            or name in self.common_words
            or self._title_inside(text, start, end)
        ):
            return False
        if family:
            given = name[family:]
            return (
                1 <= len(given) <= 3
                and given not in self.common_words
                and all(self._japanese_given(char) for char in given)
                and text[start + family - 1 : start + family + 1] not in self.common_words
            )
        return (
            len(name) in (3, 4)
            and name[:2] not in self.common_words  # 日本银行总裁|罢免权
            and not self._frequent_word(name[2:])
            and name[1:3] not in self.common_words
            and self.plausible_name(text, start, end)
            and name not in self.lexicon.places
        )

    def _japanese_given(self, char: str) -> bool:
        """``char`` may stand in a Japanese given name: one of Chinese given names, no
        character of prose, or 次 and 人 (次郎, 隼人)."""
        return (
            char in self.given_chars
            or self.given_odds.get(char, _PROSE_ODDS) > _PROSE_ODDS
            or char in _JAPANESE_GIVEN
        )

    def japanese_name_end(self, text: str, start: int, japan: bool = False) -> Optional[int]:
        """End of a Japanese name read rightwards from ``start``, where the text marks
        its end: a family name of the list and one to three given-name characters
        (总裁|田中一郎|表示), or with ``japan`` three or four characters (see
        ``japanese_name``)."""
        for family in (3, 2):
            if text[start : start + family] in self._japanese:
                for given in (2, 1, 3):
                    end = start + family + given
                    if (
                        end <= len(text)
                        and self.end_marked(text, end)
                        and self.japanese_name(text, start, end)
                    ):
                        return end
                return None
        if japan:
            # The shorter reading first: 中谷元|表示, not 中谷元表|示 (示 may begin a cue).
            for end in (start + 3, start + 4):
                if (
                    end <= len(text)
                    and self.end_marked(text, end)
                    and self.japanese_name(text, start, end, japan=True)
                ):
                    return end
        return None

    def end_marked(self, text: str, end: int) -> bool:
        """The text marks that a name read rightwards ends at ``end``: the text ends, or
        punctuation, a function word, a cue, a common word or a title follows
        (古特雷斯|谴责, 苏林|总书记)."""
        following = text[end : end + 1]
        return (
            not following
            or not NAME_CHARS.match(following)
            or following in _NOT_IN_NAME_AHEAD
            or self.cue_start.match(text, end) is not None
            or text[end : end + 2] in self.common_words
            or self.title_start.match(text, end) is not None
        )

    def name_like(self, text: str, start: int, end: int) -> bool:
        """text[start:end], right after a title, reads as a name in any script
        (副总统|博塞仁, 代表|涅边贾): no function character, nor one first that
        follows names; no character of prose (外, 所, 职); no common word inside it or
        across its start (总书记|观大势, 代表|团审议); no title inside it or running
        into it (干事|长森山裕); no organization or place."""
        name = text[start:end]
        words = self.common_words
        syllables, odds = self.lexicon.transliteration, self.given_odds
        return not (
            any(char in _NOT_IN_NAME for char in name)
            or name[0] in _NOT_IN_NAME_AHEAD
            or not all(
                char in syllables or odds.get(char, _PROSE_ODDS) > _PROSE_ODDS for char in name
            )
            or any(text[i : i + 2] in words for i in range(max(0, start - 1), end - 1))
            or text[max(0, start - 2) : start + 1] in words
            or self.head_end.search(text, start, end) is not None
            or self.head_end.search(text, max(0, start - 10), start + 1) is not None
            or name[-1] in self._body_ends
            or name in self.lexicon.places
            or not self.plausible_name(text, start, end, foreign=True)
        )

    def plausible_name(self, text: str, start: int, end: int, foreign: bool = False) -> bool:
        """Not a word that merely starts with a surname: 文章, 贺信|中, 路透社, 乌|空军,
        祝贺|中方. A ``foreign`` name may end in any syllable (卢卡申科)."""
        candidate = text[start:end]
        if candidate[:1] in _PREPOSITION_SURNAMES and (
            candidate[1:] in self.common_words
            or candidate[1:2] in "他她我你它"
            or candidate[-1] == "方"
        ):
            return False  # 总书记|向世界…, 近期|向美方 表示: a preposition and its object
        return not (
            candidate in self._not_names
            or candidate in WEEKDAYS
            or candidate[:2] in self._not_names
            or candidate[:2] in self.lexicon.statement_objects
            or (not foreign and candidate[-1:] in self._org_finals)
            or (not foreign and candidate[-1:] in _PLACE_FINALS)  # 南岭|省
            or (len(candidate) > 2 and candidate[1:] in self.lexicon.org_suffixes)
            or (len(candidate) > 3 and candidate[2:] in self.lexicon.org_suffixes)
            or candidate[1:] in self.lexicon.places
        )

    def _is_word(self, candidate: str) -> bool:
        """An adverb or lead, not a name (原告|明确 表示)."""
        return candidate in self.lexicon.adverbials or candidate in self.lexicon.leads

    def _title_inside(self, text: str, start: int, end: int) -> bool:
        """A title head ends the would-be name (王局长 is a surname and a title)."""
        return self.head_end.search(text, start + 1, end) is not None

    def _frequent_word(self, candidate: str) -> bool:
        """One of the most frequent common words (评论员|文章, 指明|方向): no name,
        even after a title."""
        rank = self.common_words.rank(candidate)
        return rank is not None and rank < _FREQUENT_WORD_RANK

    def _familiar(self, text: str, start: int) -> bool:
        """老 or 小 and a surname at ``start``: how one calls a person one knows (老张,
        小李), where the two make no frequent word (老师, 小说, 小米)."""
        if text[start : start + 1] not in ("老", "小") or text[start + 1 : start + 2] not in (
            self.surnames
        ):
            return False
        rank = self.common_words.rank(text[start : start + 2])
        return rank is None or rank >= _FAMILIAR_WORD_RANK

    def name_candidates(self, text: str, lo: int, end: int) -> Iterator[tuple[int, str]]:
        """Possible starts of a name ending at ``end`` that stands without a title."""
        if text[end - 1 : end] in self.honorific_ends:
            match = self.honorific_end.search(text, lo, end)
            if match:
                yield match.start(), "honorific"
        if end - 2 >= lo and self._familiar(text, end - 2):
            yield end - 2, "familiar"  # 老张, 小李
        dot = text.rfind("·", lo, end)
        if dot > lo and self._name_chars(text, dot, end) and self._dotted_end(text, end) == end:
            start = dot
            while start > lo and self._name_chars(text, start - 1, start):
                start -= 1
            start = self._dotted_part_start(text, lo, start)
            # 沙特国防大臣|哈立德·本·萨勒曼: the name starts after the last title.
            for cut in range(dot - 1, start, -1):
                if self.title_before(text, start, cut) is not None:
                    start = cut
                    break
            yield start, "transliteration"
        firsts = self._japanese_firsts
        for length in (4, 3, 5):
            start = end - length
            if start >= lo and text[start] in firsts and self.japanese_name(text, start, end):
                yield start, "japanese"  # 田中一郎, 小泉进次郎
        compounds, surnames = self.compound_surnames, self.surnames
        for length in (3, 2, 4):
            start = end - length
            if start < lo:
                continue
            # ``is_surname_at``, written out: this loop runs for every candidate end.
            if text[start : start + 2] in compounds:
                surname = 2
            else:
                surname = 1 if text[start] in surnames else 0
            if not surname or length - surname not in (1, 2):
                continue
            if length - surname == 1 and text[start + surname] == "姓":
                continue  # 吴姓|主妇: a surname said as such, not a name (吴姓 is no name)
            if (
                not (
                    self._name_chars(text, start + surname, end)
                    or self._given_with_he(text, start + surname, end)
                )
                or self._title_inside(text, start, end)
                or self._is_word(text[start:end])
                or text[start:end] in self.common_words
                or not self.plausible_name(text, start, end)
            ):
                continue
            yield start, "chinese"
        # 卢卡申科, 泽连斯基: a run of transliteration syllables standing alone.
        start = end
        transliteration = self.lexicon.transliteration
        while start > lo and end - start < 8 and text[start - 1] in transliteration:
            start -= 1
        if (
            end - start >= 3
            and self.plausible_name(text, start, end, foreign=True)
            and not self._ends_in_people_word(text, start, end)  # 塔吉克斯坦|嘉宾
        ):
            yield start, "transliteration"
        elif end - start == 2 and self._two_syllable_name(text, start, end):
            yield start, "transliteration"
        if (
            1 <= end - start <= 2
            and start - 1 >= lo
            and "A" <= text[start - 1] <= "Z"
            and not (start - 2 >= lo and text[start - 2].isascii() and text[start - 2].isalpha())
        ):
            yield start - 1, "transliteration"  # C罗: a Latin initial and a syllable or two

    def _ends_in_people_word(self, text: str, start: int, end: int) -> bool:
        """A run of syllables that ends in a word for people (塔吉克斯坦|嘉宾, …|总统):
        a place or a name, then who they are, not one name."""
        return any(
            text[end - size : end] in self._people_words for size in (2, 3) if end - size > start
        )

    def _korean_name(self, text: str, start: int) -> bool:
        """李在明, 文在寅: a surname, 在 and a given-name character, as Korean names
        are written (在 is otherwise a preposition: 李|在京|表示 is no name)."""
        if text[start + 1 : start + 2] != "在" or text[start] not in self.surnames:
            return False
        given = text[start + 2 : start + 3]
        if not given or given not in self.given_chars or given in self._place_abbreviations:
            return False
        following = text[start + 3 : start + 4]
        return (
            not following
            or not _HAN.match(following)
            or following in _NOT_IN_NAME_AHEAD
            or self.cue_start.match(text, start + 3) is not None
        )

    def _two_syllable_name(self, text: str, start: int, end: int) -> bool:
        """普京, 拜登: two transliteration syllables that open a clause, are no word, no
        place and no organization, and read as a name in any script."""
        if start > 0 and text[start - 1] not in _HARD_STOP:
            return False
        name = text[start:end]
        return (
            name not in self.common_words
            and name not in self._not_names
            and name not in self._place_names
            and not all(char in self._place_abbreviations for char in name)
            and self.name_like(text, start, end)
        )

    def before_is_boundary(self, text: str, lo: int, position: int) -> bool:
        """A mention may start at ``position``: a clause boundary, a lead or a date
        stands before it (or ``lo`` does)."""
        if position <= lo:
            return True
        char = text[position - 1]
        if char in _HARD_STOP or char in "、的”」』":
            return True
        lead = self.lead_end.search(text, lo, position)
        if lead is not None and not (
            lead.group() in _OBJECT_LEADS
            and lead.start() > lo
            and _HAN.match(text[lead.start() - 1])
        ):
            return True
        if char == "时" and _OCCASION_END.search(text, lo, position):
            return True  # 在视察时|王局长表示
        if char == "人" and any(
            self.is_place(text[position - 1 - length : position - 1])
            for length in (2, 3, 4, 5)
            if position - 1 - length >= lo
        ):
            return True  # 西班牙人|费尔南德斯: where the person is from, then the name
        return bool(_DATE_END.search(text, lo, position))

    def title_before(self, text: str, lo: int, position: int) -> Optional[regex.Match]:
        """The title that ends at ``position`` (``None`` if none)."""
        if text[position - 1 : position] not in self.head_ends:
            return None
        return self.title_end.search(text, lo, position)

    @staticmethod
    def starts_dotted_name(text: str, start: int) -> bool:
        """A name with a dot starts at ``start`` (主席|蒂姆·库克)."""
        return _DOTTED_NAME.match(text, start, start + 40) is not None

    def _dotted_end(self, text: str, end: int) -> int:
        """Where a dotted name read rightwards ends: its last part stops before a cue,
        a title or a function word (乌里·巴|表示, 艾合买提江|委员, 库克|等)."""
        dot = text.rfind("·", 0, end)
        stop = dot + 2  # the last part has at least one character
        while stop < end:
            if (
                text[stop] in _AFTER_DOTTED_NAME
                or self.cue_start.match(text, stop)
                or self.head_start.match(text, stop)
                or self.adverbial_start.match(text, stop)
                or (
                    text[stop] not in self._syllables and text[stop : stop + 2] in self.common_words
                )
            ):
                break  # …·乌格拉|高度赞赏, …·穆内内|热烈欢迎: an adverb or a word begins
            stop += 1
        return min(stop, end)

    def name_end_after(self, text: str, start: int) -> Optional[int]:
        """End of a name that starts at ``start``, read rightwards where nothing marks
        the end (after a title: 发言人|卢宁主持)."""
        match = _DOTTED_NAME.match(text, start, start + 40)
        if match:
            return self._dotted_end(text, match.end())
        honorific = self.honorific_start.match(text, start + 1, start + 4)
        if honorific:
            return honorific.end()
        surname = self.is_surname_at(text, start)
        if surname == 1 and self._korean_name(text, start):
            return start + 3  # 总统|李在明
        given = 0
        while given < 2:
            position = start + surname + given
            char = text[position : position + 1]
            # The first given character may be almost anything (习|近平); the second
            # must not look like the next word's start (卢宁|主持).
            stops = _NOT_IN_NAME_AHEAD if given else _NOT_IN_NAME
            if not char or char in stops or not _HAN.match(char):
                break
            if given and (
                self.cue_start.match(text, position)
                or self.adverbial_start.match(text, position)
                or self._long_lead_start.match(text, position)
            ):
                break  # 盖茨|介绍了, 王明|信心满满, 王明|致信: a cue, an adverbial or a verb begins
            if (
                given
                and text[position + 1 : position + 2] in _ASPECT_MARKS
                and text[position + 1 : position + 3] not in self.common_words
            ):
                break  # 李强|作了讲话, 王明|看着: a verb and its aspect (not 了解)
            if (
                given
                and (
                    self.given_odds.get(char, _PROSE_ODDS) < _VERB_ODDS
                    or char not in self.given_chars
                )
                and text[position : position + 2] in self.common_words
            ):
                break  # 李明|有着, 王刚|能够, 邝明|停顿: a character of prose begins a word
            given += 1
        if given == 0:
            return None
        return start + surname + given

    # -- positions ----------------------------------------------------------------

    def chain_start(self, text: str, lo: int, end: int) -> int:
        """Where a chain of positions ending at ``end`` begins, reading leftwards."""
        position = end
        # Near ``lo`` a lead may open the clause; elsewhere only the characters of
        # ``_chain_stops`` can end the chain, and the others are passed at once.
        zone = lo + self._longest_lead
        while position > lo:
            if position > zone:
                stop = self._chain_stop_before.search(text, zone, position)
                if stop is None:
                    position = zone
                    continue
                position = stop.end()
            char = text[position - 1]
            if char in "）)":
                alias = _ALIAS_END.search(text, max(lo, position - 16), position)
                if (
                    alias is not None
                    and alias.start() > lo
                    and not _BYLINE_WORDS.search(text, alias.start(), position)
                ):
                    position = alias.start()
                    continue  # 国际货币基金组织（IMF）|总裁: a short name in brackets
            if char in _HARD_STOP:
                break
            if char in "”」" and not self._quoted_name_before(text, lo, position - 1):
                break
            if char in "“「" and not self._quoted_name(text, position - 1, end):
                break
            if char == "的":
                break
            if char == "访" and (position - 1 == lo or text[position - 2] in "—\n"):
                break  # ——访|市数据资源管理局局长…: an interview's subhead, not a body
            if (
                char in "同与和跟及、"
                and not self._place_across(text, position - 2, position - 1)  # 埃及
                and self.name_after_title(text, lo, position - 1)
            ):
                break  # 习近平同|朝鲜劳动党总书记…: a person ends before the connector
            if (
                char == "同"
                and self.title_start.match(text, position)
                and text[position - 2 : position] not in self.common_words
            ):
                break  # 韩正同|当选副总统…: 同 before a title is "with" (not 共同|主席)
            if char == "同" and self._place_at(text, position):
                break  # 在人民大会堂同|赞比亚国民议会议长…: a place opens the chain
            if char in "同与跟" and text[position - 2 : position - 1] == "在":
                break  # 在同|非国大总书记…会见时: "while with", then the chain
            if char in "同与和跟" and position >= 2 and text[position - 2] in PRONOUN_CHARS:
                break  # 我同|普京总统, 他与|美国…: a person, then whom they are with
            if (
                char in "与和"
                and self._place_at(text, position)
                and _VENUE_END.search(text, lo, position - 1)
            ):
                break  # 在莫斯科与|亚美尼亚总理…: a venue, then a place opens the chain
            if char in _DATE_UNITS and _DATE_END.search(text, lo, position):
                break
            if char == "时" and _OCCASION_END.search(text, lo, position):
                break  # 在考察…研究院时|总书记强调: an occasion opens the clause
            if (
                position <= zone
                and text[lo:position] in self.lexicon.leads
                and not self._place_across(text, lo, position)
                and not (text[lo:position] in BODY_POINTERS and self._unit_at(text, position))
                and not self._role_through(text, lo, position)
            ):
                break  # 据|市交通运输局…: a lead opens the clause (but 也门 is a place)
            if char in self._cue_ends:
                cue = self.cue_end.search(text, lo, position)
                if cue is not None and not self._title_through(text, cue.start(), position):
                    break  # 呼吁|首相斯塔默: a verb of speech is not part of an organization
            if char in self._chain_lead_ends:
                lead = self.chain_lead_end.search(text, lo, position)
                if (
                    lead
                    and not (
                        lead.start() > lo
                        and self.suffix_end.search(text, lo, lead.start())
                        and (position - lead.start() == 1 or self._name_goes_on(text, position))
                    )
                    and not self._role_through(text, lead.start(), position)
                    and not self._head_through(text, lo, lead.start(), position)
                ):
                    break  # 在上海|会见…, but 华|为, 中央|选举|委员会: a name holds the lead
            position -= 1
        return position

    def _head_through(self, text: str, lo: int, start: int, position: int) -> bool:
        """A title head ends at ``position`` and begins before the lead at ``start``
        (名|将, 少|将: the lead's character ends the head)."""
        if text[position - 1] not in self.head_ends:
            return False
        head = self.head_end.search(text, lo, position)
        return head is not None and head.start() < start

    def _role_through(self, text: str, start: int, position: int) -> bool:
        """A title, a role, a body's word or a quantifier begins with the lead and
        runs past it (被|害人家属, 主持|人卢佳, 在|野党, 与|会各国代表): the lead is
        part of it, not a word that opens the clause."""
        word = (
            self.head_start.match(text, start)
            or self.suffix_start.match(text, start)
            or self._long_quantifier_start.match(text, start)
        )
        return word is not None and word.end() > position

    def _unit_at(self, text: str, position: int) -> bool:
        """An organization's or a place's unit starts at ``position`` (该|公司, 该|院,
        该|市): the determiner before it names a body the text gave before."""
        return bool(self.suffix_start.match(text, position)) or text[position : position + 1] in (
            self.unit_chars
        )

    def _title_through(self, text: str, start: int, position: int) -> bool:
        """A title starts at ``start`` and runs past ``position`` (分析|师: the verb of
        speech 分析 begins the title 分析师)."""
        title = self.title_start.match(text, start)
        return title is not None and title.end() > position

    def _name_goes_on(self, text: str, position: int) -> bool:
        """An organization suffix or a title begins at ``position`` (选举|委员会,
        当选|总统): the word before is part of the name or title."""
        return bool(
            self.suffix_start.match(text, position) or self.title_start.match(text, position)
        )

    def _place_at(self, text: str, position: int) -> bool:
        """A known place of two or more characters starts at ``position``."""
        place = self.place_start.match(text, position)
        return place is not None and place.end() - position > 1

    def _place_across(self, text: str, start: int, position: int) -> bool:
        """A place name starts at ``start`` and runs past ``position`` (也|门 is 也门)."""
        place = self.place_start.match(text, start)
        return place is not None and place.end() > position

    @staticmethod
    def _quoted_name_before(text: str, lo: int, close: int) -> bool:
        """A closing mark that ends a short quoted name (“星光中国芯”|工程)."""
        opener = "“" if text[close] == "”" else "「"
        open_at = text.rfind(opener, max(lo, close - 12), close)
        return open_at != -1 and not any(char in _HARD_STOP for char in text[open_at + 1 : close])

    @staticmethod
    def _quoted_name(text: str, position: int, end: int) -> bool:
        """A quote mark that opens a quoted name inside an organization (“星光中国芯”工程)."""
        close = text.find("”" if text[position] == "“" else "」", position, end)
        return close != -1 and close - position <= 12

    def split_positions(self, text: str, start: int, end: int) -> tuple[ParsedPosition, ...]:
        """Split a chain into positions: 中共中央总书记、国家主席 -> two positions."""
        positions = []
        part_start = start
        for match in _POSITION_JOIN.finditer(text, start, end):
            cut = match.start()
            if cut > part_start:
                positions.append(self.split_position(text, part_start, cut))
            part_start = match.end()
        if end > part_start:
            positions.append(self.split_position(text, part_start, end))
        return tuple(p for p in positions if p.org or p.title)

    def _title_after_body(self, text: str, start: int, title_start: int, end: int) -> int:
        """Where the title starts when the longest title would leave an organization
        that ends like none (南方共同|市场轮值主席): after the modifiers that complete
        a suffix running across the cut (南方共同市场|轮值主席)."""
        for cut in range(title_start + 1, end - 1):
            body = self.suffix_end.search(text, start, cut)
            if body is None or (
                body.start() >= title_start and not self._unit_title(text, cut, end)
            ):
                continue  # the suffix must run across the cut (共同|市场), not 规划|执行
            title = self.title_end.search(text, cut, end)
            if title is not None and title.start() == cut:
                return cut
        return title_start

    def _field_before(self, text: str, start: int, title_start: int, end: int) -> Optional[int]:
        """Where a title starts that a field of work opens (金融|专家, 气象|专家, 中国
        气象局|首席气象|专家): the field and the modifiers before it, where they open the
        position or follow a body or a place. None where no field ends at
        ``title_start`` (the title runs to ``end``)."""
        field = self._field_end.search(text, start, title_start)
        if field is None:
            return None
        modifier = self._modifier_start.match(text, title_start, end)
        if modifier is not None and self.title_start.fullmatch(text, modifier.end(), end):
            return None  # a field opens no modifier: 北川证券|首席分析师 is a firm's
        field_start = field.start()
        modifier = self._modifier_end.search(text, start, field_start)
        if modifier is not None:
            field_start = modifier.start()
        if field_start > 0 and text[field_start - 1] in BODY_POINTERS:
            return None  # 该|研究|第一作者: the study named before, no field
        if field_start == start or text[field_start - 1] in self._org_ends:
            return field_start
        return None

    def _discipline_before(
        self, text: str, start: int, title_start: int, end: int
    ) -> Optional[int]:
        """Where a title starts that a discipline opens (南港大学|物理学教授,
        南港大学|能源经济学教授): the words ending in 学 after a body, or a common word
        that opens the chain (物理学|教授). None where no discipline ends at
        ``title_start`` or opens the title, or where 学 ends a body (大学|教授)."""
        if text[title_start - 1] != "学":
            opening = _DISCIPLINE_IN_TITLE.match(text, title_start, end - 1)
            if (
                opening is None
                or text[opening.end()] == "家"  # 经济学家: the title's own head
                or self._modifier_start.match(text, title_start)  # 首席经济学…
            ):
                return None
        if self.suffix_end.search(text, start, title_start):
            return None
        lowest = max(start, title_start - _MAX_DISCIPLINE)
        nearest = title_start - 2 if text[title_start - 1] == "学" else title_start - 1
        for cut in range(nearest, lowest - 1, -1):
            if not _HAN.match(text, cut):
                return None
            if cut > start and self.suffix_end.search(text, start, cut):
                return cut
        if start >= lowest and text[start:title_start] in self.common_words:
            return start
        return None

    def organization_span(self, text: str, start: int, end: int) -> Optional[Span]:
        """text[start:end] before a title as an organization: none for an age (七旬|老人,
        78岁|老人); without the words of when the position was held (前|立法会|议员,
        时任|国家计委|主任; 前线 is a word, and 原 is left, as 原住民 and 原产地 open
        names more often than 原 means former)."""
        if end <= start:
            return None
        if text[end - 1] in "岁旬后" and _AGE.fullmatch(text, start, end):
            return None
        if text[start] in _FORMER_FIRSTS:
            former = _FORMER.match(text, start, end)
            if (
                former is not None
                and end - former.end() >= 2
                and not any(
                    text[start:cut] in self.common_words
                    for cut in range(former.end() + 1, min(end, start + 4) + 1)
                )
            ):
                return Span(former.end(), end)
        return Span(start, end)

    def _country_before_title(self, text: str, position: int) -> bool:
        """A country's one-character short name opens the chain (美|防长, 俄|外长): the
        organization as written. Not 新 or 老 (新|市长, 老|校长: new and former, far
        more often than Singapore or Laos)."""
        char = text[position]
        return (
            char in self._place_abbreviations
            and char not in "新老"
            and (position == 0 or not _HAN.match(text, position - 1))
        )

    def _unit_title(self, text: str, cut: int, end: int) -> bool:
        """The title from ``cut`` is the head of the unit that ends there (经济财政|司|司长):
        a head ending in 长 that begins with the unit's last character."""
        return text[cut - 1] == text[cut] and text[end - 1] == "长" and end - cut == 2

    def split_position(self, text: str, start: int, end: int) -> ParsedPosition:
        """One position: the title is the longest title at the end, the rest the org."""
        title = self.title_end.search(text, start, end)
        if title is None:
            return (
                ParsedPosition(Span(start, end), None)
                if end > start
                else ParsedPosition(None, None)
            )
        title_start = title.start()
        if title_start > start and text[title_start - 1] not in self._body_ends:
            title_start = self._title_after_body(text, start, title_start, end)
        org_end = title_start
        # 立法院长, 经济部长: the head of a unit (X长) shares its first character with
        # the organization it heads. (店员 is not a head of anything: 青石驿|店员.)
        head = self.head_end.search(text, title_start, end)
        if (
            head is not None
            and head.start() == title_start
            and head.group().endswith("长")
            and org_end > start
            and _HAN.match(text, org_end - 1) is not None  # not NASA|局长
            and text[title_start] in self._units_and_places
            and not self.suffix_end.search(text, start, org_end)
        ):
            org_end = title_start + 1
        elif org_end > start:
            field = self._field_before(text, start, title_start, end)
            if field is None:
                field = self._discipline_before(text, start, title_start, end)
            if field is not None:
                title_start = org_end = field  # 金融|专家 -> 金融专家, no organization
        org_start = start
        while org_end > org_start and text[org_end - 1] == "的":
            org_end -= 1
        if text[org_end - 1 : org_end] in ("）", ")"):
            alias = _ALIAS_END.search(text, max(start, org_end - 16), org_end)
            if alias is not None and alias.start() > start and org_end - alias.start() > 3:
                # The organization without its short name (IMF); one character in
                # brackets is part of the name (刚果（金）).
                org_end = alias.start()
        if text[org_end - 1 : org_end] in _DETERMINER_ENDS:
            for determiner in _DETERMINERS:
                if (
                    text.startswith(determiner, org_end - len(determiner))
                    and org_end - len(determiner) >= org_start
                ):
                    org_end -= len(determiner)
                    break
        if text[org_start:org_end] in self.lexicon.person_roles:
            return ParsedPosition(None, Span(org_start, end))  # 被害人|家属, 学生|家长
        org = self.organization_span(text, org_start, org_end)
        if (
            org is not None
            and org_end - org_start == 1
            and (
                text[org_start] not in self.unit_chars
                or (org_start > 0 and text[org_start - 1] in "该本我其此")
            )
            and not self._country_before_title(text, org_start)
        ):
            org = None  # 该|院|院长: the unit is one named before, not a name
        elif (
            org is not None
            and org_start > 0
            and text[org_start - 1] in BODY_POINTERS
            and not self.suffix_end.search(text, org_start, org_end)
            and not self._unit_at(text, org_start)
        ):
            org = None  # 该|研究|第一作者: what the pointer names is no body
        return ParsedPosition(org, Span(title_start, end))


def _modifiers_at_end(
    modifiers: frozenset[str], common_words: Iterable[str], body_ends: frozenset[str]
) -> str:
    """The modifiers of a title for reverse matching. A one-character modifier does not
    open the title after a character it makes a common word with (唐|代诗人, 此|前市长),
    unless that character is a modifier too (副|总经理) or ends a body's name
    (欧盟委员会|前委员)."""
    ones = {word for word in modifiers if len(word) == 1}
    before: dict[str, set[str]] = {}
    for word in common_words:
        if len(word) == 2 and word[1] in ones and word[0] not in ones | body_ends:
            before.setdefault(word[1], set()).add(word[0])
    guarded = [
        "(?<![" + regex.escape("".join(sorted(chars))) + "])" + regex.escape(char)
        for char, chars in sorted(before.items())
    ]
    return "|".join([suffix_pattern(set(modifiers) - set(before)), *guarded])


def title_head(reader: ChainReader, title: str) -> str:
    """The core of a title, synonyms made one: 副代表 -> 代表, 首席专家 -> 专家,
    主帅 -> 主教练 -> 教练."""
    normalized = reader.lexicon.to_simplified(title)
    match = reader.head_end.search(normalized)
    head = match.group() if match else normalized
    head = reader.lexicon.title_synonyms.get(head, head)
    heads = reader.heads
    for length in range(1, len(head) + 1):
        if head[-length:] in heads:
            return head[-length:]
    return head
