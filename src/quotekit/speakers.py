"""Where a speaker stands relative to a cue: clause boundaries and the words between.

``speaker_of_cue`` reads the mention in front of a cue. Between the mention and
the cue there may be adverbials: time (18日, 当天), place and occasion
(在安理会…会上, 接受记者采访时), manner (激动地, 笑着) and adverbs (也, 则, 亦). The
mention is the one nearest the cue whose remainder is all adverbial. A cue with
no subject of its own (…，并指…) takes the subject of an earlier clause of the
same sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Optional

import regex

from .chains import PRONOUN_CHARS
from .entity_lists import entity_lists
from .lexicon import Lexicon, trie_pattern
from .mentions import MentionParser, ParsedMention, organization_mention
from .script import HAN

# Characters that end a clause: a speaker never stands across one.
CLAUSE_BREAK = frozenset("，。！？；：\n")
# The last of them before a position, read leftwards.
_LAST_BREAK = regex.compile(r"(?r)[，。！？；：\n]")
# How far back from a cue a speaker may start.
_MAX_CLAUSE = 80
# An occasion that opens a clause before its subject, with no comma (在参观…时|他表示).
_OPENING_OCCASION = re.compile(r"在[^，。！？；：\n“”]{2,25}?(?:时|之际|期间|后)")
# The reporters a speaker addresses (记者, 本报记者).
REPORTERS = r"(?:本报|本台|新华社)?记者"
# In someone's words (用村民的话|说, 借用一位老农的话来|说).
_IN_WORDS = re.compile(
    r"(?:(?:用|借用|套用)([^，。！？；：\n]{1,20}?)(?:自己)?的话来?"
    r"|(?:按照|依照|根据|按|照|据)([^，。！？；：\n]{1,20}?)(?:自己)?的)"
)
# How long the adverbials between a speaker and a cue may be.
_MAX_GAP = 40
# The longest name with a short name in brackets after it, and its characters.
_MAX_ALIASED = 20
_HAN_RUN = re.compile(f"[{HAN}“”]+")


# Which reading of a speaker wins when adverbials allow several.
_RANK = {
    "person": 5,
    "pronoun": 4,
    "anonymous": 3,
    "group": 2,
    "organization": 1,
    "document": 0,
}


def gap_pattern(lexicon: Lexicon, *, after_subject: bool = False) -> re.Pattern:
    """The adverbials that may stand between a speaker and its cue, as one unit pattern.

    ``after_subject``: the gap follows a subject, and may end in a bare place
    (德韦弗|在布鲁塞尔|说); at a clause start 在… is rather the clause itself
    (，在国际事务中主持公|道).
    """
    if after_subject:
        pattern = lexicon.cache.get("gap-after-subject")
        if pattern is None:
            pattern = re.compile(gap_pattern(lexicon).pattern + _AFTER_SUBJECT)
            lexicon.cache["gap-after-subject"] = pattern
        return pattern
    pattern = lexicon.cache.get("gap")
    if pattern is None:
        words = trie_pattern(lexicon.adverbials)
        no_break = r"[^，。！？；：\n]"
        units = [
            words,
            # a cue right before the cue: 分析|称, 回应|说
            trie_pattern(word for word, cue in lexicon.cues.items() if not cue.quote_only),
            # time: 18日, 15日上午, 十五日, 2024年3月, 在23日
            r"(?:在|于)?(?:\d{1,4}|[一二三四五六七八九十两〇零]{1,3})(?:年|月|日|号)"
            r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:月|日|号))?"
            r"(?:上午|下午|晚上|晚间|凌晨|中午|早上|傍晚|晚)?",
            # a weekday: 周五, 星期三晚间
            r"(?:周[一二三四五六日末]|星期[一二三四五六日天])"
            r"(?:上午|下午|晚上|晚间|凌晨|中午|早上|傍晚|晚|早些时候|晚些时候)?",
            # a date written 今（12）日, 昨（4）日 (Taiwan)
            r"[今昨前][（(]\d{1,2}[）)]日(?:上午|下午|晚上|晚间|凌晨|中午|早上|傍晚|晚)?",
            # interviewed: 受访时, 受訪時表示
            r"受访(?:时|表示时)?",
            # answering or telling the reporters: 回应记者|称, 告诉本报记者|说
            r"(?:回应|回答|答复|告诉|提醒)" + REPORTERS,
            # an aside in brackets: a date (今天（7月31日）), a short name
            # (石油输出国组织（欧佩克）)
            r"[（(][^（）()\n，。]{1,12}[）)]",
            # a name in Latin letters: 古特雷斯（António Guterres）
            r"[（(][A-Za-z\u00c0-\u024f .'’·-]{1,40}[）)]",
            # place and occasion: 在安理会乌克兰问题高级别公开会上, 在声明中, 在“委员通道”
            r"(?:在|于)" + no_break + r"{1,30}?(?:上|中|时|期间|之际|里|内|前|后|间|现场|方面)",
            # a place or an occasion before another adverbial: 在白宫|对媒体, 在刚果召开…会,
            # 在官网|发布通知
            r"(?:在|于)[^，。！？；：\n“”]{1,15}?"
            r"(?=对|向|跟|同|给|就|为|朝|召开|举行|出席|主持|接受|发表|发布|公布|发出|撰文|发帖|贴文)",
            # a post written: 在社交平台撰文, 在脸书发帖
            r"(?:撰文|发帖|贴文|留言)",
            r"(?:联合|共同)?(?:召开|举行|出席|主持|参加|参与|视察|考察)" + no_break + r"{0,15}?"
            r"(?:会|会议|论坛|峰会|仪式|活动|审议|座谈|讨论|开幕式|闭幕式|典礼|庆典|节目|晚会|宴会"
            r"|招待会)(?:时|后|上|期间)?",
            # on behalf of a body, speaking: 代表民革中央发言, 代表市委常委会作工作报告时
            # (not 代表|在会上发言, where 代表 is the speaker's title)
            r"代表[^在，。！？；：\n]{1,12}?(?:作[^，。！？；：\n]{0,8}?)?(?:发言|致辞|讲话|报告)(?:时)?",
            # a statement issued: 发表声明, 发布公告, 发表视频讲话, 通过社交媒体发文
            r"(?:发表|发布|发出|公布|通过)[^，。！？；：\n的]{0,12}?"
            r"(?:声明|讲话|谈话|公告|通告|通知|公报|通报|文章|发文|报告|视频|评论|致辞|贺词|消息|预测|战报|数据|简报|警告|预警"
            r"|财报|年报|民调)",
            # a document issued by its title: 发布《全球季节性气候最新通报》
            r"(?:发表|发布|公布)[^，。！？；：\n的《]{0,8}《[^》\n]{1,30}》",
            # a letter sent: 致信联合国秘书长古特雷斯, 联名致函安理会
            r"(?:联名)?(?:致信|致函|致电)" + no_break + r"{1,30}?",
            # an interview: 接受本报记者采访时, 接受访问时, 接受媒体联访时
            r"(?:在)?接受"
            + no_break
            + r"{0,20}?(?:采访|专访|访问|访谈|询问|提问|联访|联合采访)(?:时)?",
            # while answering: 回应时, 答询时, 谈及此事时
            r"(?:在)?(?:回应|答复|答覆|回复|回覆|回答|答询|答问|谈及|谈到|谈起|提及|说起|回忆起|回想起|想起|质询"
            r"|发言|致辞|讲话|演讲|求情|答辩)" + no_break + r"{0,15}?时",
            # to whom: 对记者, 向使节们, 就此事, 对“义乌发展经验”; not a place that
            # begins with the preposition (朝|鲜 is no "towards"), nor 同时
            "(?:"
            + "|".join(_preposition(word, lexicon) for word in _PREPOSITIONS)
            + ")"
            + no_break
            + r"{1,10}?",
            # while doing something to someone: 向记者展示刚收获的玉米时
            r"(?:向|给|跟|同|为)" + no_break + r"{2,20}?时",
            # doing one thing while saying: 一边晒着玉米一边, 边走边
            r"一?边" + no_break + r"{1,10}?一?边",
            # manner: 激动地, 笑着, 感激地; holding or watching something right before
            # the cue (the gap is matched up to the cue): 指着远处|说, 握着方向盘|说
            f"[{HAN}]{{2}}地",
            # a reduplicated manner word: 乐呵呵地, 慢悠悠地, 喃喃地, 默默地
            f"[{HAN}](?P<abb>[{HAN}])(?P=abb)地",
            f"(?P<aa>[{HAN}])(?P=aa)地",
            # an idiom of manner: 不约而同地, 掷地有声地, 语重心长地 (an idiom of the
            # common words: four characters alone may hold a name, 邝林激动|地)
            f"(?=[{HAN}]{{4}}地)(?:"
            + trie_pattern(w for w in entity_lists().common_words if len(w) == 4)
            + ")地",
            f"[{HAN}]{{1,2}}着(?:[^，。！？；：\n“”]{{1,6}}\\Z)?",
            # a pause or a gesture: 顿了顿, 想了想, 点了点头, 摆摆手, 叹了口气
            f"(?P<again>[{HAN}])了(?P=again)[头手]?",
            f"(?P<twice>[{HAN}])(?P=twice)[头手]",
            "[叹松舒喘]了?一?口气",
            # a moment's pause: 沉默片刻后, 停顿了一下, 想了一会儿
            f"[{HAN}]{{1,2}}了?(?:片刻|一下|一会儿?)(?:后|之后)?",
            # holding a hand, patting a shoulder: 拉着记者的手, 拍了拍他的肩膀
            r"(?:(?:拉|握|攥|牵|挽)(?:着|住)|拍(?:了?拍|着))[^，。！？；：\n“”]{0,8}?"
            r"(?:手|胳膊|肩膀|肩|胸脯|胸口)",
        ]
        pattern = re.compile("(?:" + "|".join(units) + ")*")
        lexicon.cache["gap"] = pattern
    return pattern


# A place right before the cue (在德黑兰|表示), not a word that begins with 在 (在座, 在场).
_PLACE_BEFORE_CUE = r"(?:(?:在(?![座场职岗任校读线世]|内的)|于)[^，。！？；：\n“”]{1,10})?"
# After a subject: whose words a report quotes, a bare place, the report itself
# (美国媒体|援引官员的消息报道|称, 德韦弗28日|在布鲁塞尔|说).
_AFTER_SUBJECT = (
    r"(?:援引[^，。！？；：\n]{1,25}?(?:的话|消息|说法))?" + _PLACE_BEFORE_CUE + r"(?:报道|报导)?"
)
# Verbs of sending a letter or a cable, which put the addressee before the cue.
_LETTERS = ("致信", "致函", "致电", "联名")
# One-character cues that a bare place may precede (德韦弗在布鲁塞尔|说).
_PLACE_CUES = frozenset("说称")
# Prepositions that open an adverbial of whom or what (对记者, 通过视频连线).
_PREPOSITIONS = ("对", "向", "跟", "同", "给", "就", "为", "朝", "通过")
_PREPOSITION_FIRSTS = frozenset(word[0] for word in _PREPOSITIONS)
# Words that begin with a preposition's character and are no preposition phrase (同时,
# and 同一天, a time that opens the clause).
_NOT_PREPOSITIONS = ("同时", "同一天", "同日", "同一日")


def _preposition(word: str, lexicon: Lexicon) -> str:
    """``word`` as a pattern that does not match where it begins a known place
    (朝鲜) or a word (同时)."""
    places = {place[len(word) :] for place in lexicon.places if place.startswith(word)}
    words = {other[len(word) :] for other in _NOT_PREPOSITIONS if other.startswith(word)}
    rests = sorted((places | words) - {""})
    if not rests:
        return re.escape(word)
    return re.escape(word) + "(?!" + "|".join(map(re.escape, rests)) + ")"


def gap_openers(lexicon: Lexicon) -> frozenset[str]:
    """Characters an adverbial unit can begin with (manner units aside)."""
    openers = lexicon.cache.get("gap-openers")
    if openers is None:
        openers = (
            frozenset(word[0] for word in lexicon.adverbials | set(lexicon.cues))
            | frozenset(word[0] for word in _PREPOSITIONS)
            | frozenset(
                "0123456789一二三四五六七八九十两〇零在于接回答谈提说质发代公（(今昨前受召举出主参视考援报致联边周星共演求"
            )
        )
        lexicon.cache["gap-openers"] = openers
    return openers


def _gap_starts(lexicon: Lexicon) -> re.Pattern:
    """Where an adverbial may start: at an opener (``gap_openers``), or at a manner
    unit (激动|地, 笑|着), a pause or a gesture (顿了顿, 摆摆手, 叹了口气)."""
    pattern = lexicon.cache.get("gap-starts")
    if pattern is None:
        openers = re.escape("".join(sorted(gap_openers(lexicon))))
        pattern = re.compile(
            f"(?=[{openers}]|.着|..[着地]|.(?P<abb>.)(?P=abb)地|(?P<aa>.)(?P=aa)地|....地"
            "|.了|(?P<twice>.)(?P=twice)[头手]"
            "|[叹松舒喘][了一口]"
            "|[拉握攥牵挽]住|拍拍|..?了?[片一][刻下会])",
            re.DOTALL,
        )
        lexicon.cache["gap-starts"] = pattern
    return pattern


def clause_start(text: str, position: int, quote_closes: Sequence[int]) -> int:
    """Where the clause holding ``position`` starts (after its boundary character).

    ``quote_closes`` are the positions of closing marks of statement quotations, in
    ascending order: a statement ends a clause, a quoted term inside it does not.
    (Looked up by bisection: a long document has many.)
    """
    lower = max(0, position - _MAX_CLAUSE)
    found = _LAST_BREAK.search(text, lower, position)
    begin = found.end() if found is not None else lower
    index = bisect_left(quote_closes, position)
    if index and quote_closes[index - 1] >= begin:
        return quote_closes[index - 1] + 1
    return begin


def speaker_of_cue(
    text: str,
    cue_start: int,
    start: int,
    parser: MentionParser,
    known: frozenset[str] = frozenset(),
    cue_end: Optional[int] = None,
    framed: bool = False,
) -> tuple[Optional[ParsedMention], bool]:
    """The mention in front of a cue, nearest first, and whether the clause is empty.

    Returns ``(mention, subjectless)``: ``subjectless`` is true when nothing but
    adverbials stands between the clause start and the cue (…，并指…). A ``framed``
    cue (说法) has a speaker only in the words that frame it (按照主办方的说法).
    """
    words_of = _IN_WORDS.fullmatch(text, start, cue_start)
    if words_of is not None:
        # 用村民的话说, 按照主办方的说法: the one in whose words it is said speaks.
        group = 1 if words_of.start(1) >= 0 else 2
        whose = parser.parse_end(text, words_of.start(group), words_of.end(group), known)
        if whose is not None or group == 1:
            return whose, False
    if framed:
        return None, False  # 针对…鲁比奥有关…的说法: no one's words framed
    gap = gap_pattern(parser.lexicon)
    lowest = max(start, cue_start - _MAX_GAP)
    # The subject stands leftmost (原告|明确表示), but a named person outranks an
    # organization that a long adverbial would leave (省商务厅|对外贸易…陈月亮).
    best: Optional[ParsedMention] = None
    # A quick test before the full pattern: where can an adverbial start? At an
    # opener, or at a manner unit (激动地, 笑着); the cue itself ends an empty gap.
    ends = [
        match.start()
        for match in _gap_starts(parser.lexicon).finditer(text, lowest, cue_start + 2)
        if match.start() < cue_start
    ]
    ends.append(cue_start)
    # A bare place may end the gap after a subject, before a cue that is a word of its
    # own (表示, 说, 称), not a character a place could hold (五|指|山).
    cue_word = text[cue_start : cue_end or cue_start + 1]
    near = (
        gap
        if len(cue_word) < 2 and cue_word not in _PLACE_CUES
        else gap_pattern(parser.lexicon, after_subject=True)
    )
    openers = gap_openers(parser.lexicon)
    addressed = False  # a preposition followed the best mention so far
    for end in ends:
        if end < cue_start and not (gap if end == start else near).fullmatch(text, end, cue_start):
            continue
        if end < cue_start and _ends_the_subject(text, end, openers, parser):
            continue  # 李秀英|笑着, not 李秀|英笑着: the character belongs to the subject
        if end == start and text[start] in PRONOUN_CHARS and len(ends) > 1:
            continue  # 她|轻轻地说, not 她轻轻地 as one manner unit (乐呵呵地): she speaks
        if end == start or _only_leads(text, start, end, parser):
            if best is None:
                return None, True
            continue
        mention = parser.parse_end(text, start, end, known)
        if mention is None and text[end] in "（(":
            mention = _named_with_alias(text, start, end, parser)
        if (
            mention is not None
            and mention.kind == "person"
            and not mention.positions
            and text[end : end + 1] in _PREPOSITION_FIRSTS
            and text[end - 1 : end + 1] in parser.common_words
        ):
            mention = None  # 南方共|同市场…: no bare name ends inside a word (共同)
        if (
            mention is not None
            and (best is None or _RANK[mention.kind] > _RANK[best.kind])
            and (not addressed or mention.kind == "person")
        ):
            best = mention
            if best.kind == "person":
                break  # nothing outranks a person
        if best is not None and text.startswith(_LETTERS, end):
            break  # 议员们联名致信|议长…: who wrote speaks, not whom they wrote to
        if best is not None and _addresses(text, end, parser):
            # 市民|向本报记者表示: what follows is whom or what the subject speaks to.
            # Only a name may still outrank an organization (省商务厅|对外贸易处处长陈月亮).
            if best.kind != "organization":
                break
            addressed = True
    if best is None:
        # 在参观纪念馆时|他|表示: the subject after an adverbial that opens the clause.
        opening = _OPENING_OCCASION.match(text, start, cue_start)
        if opening is not None:
            mention = parser.parse_end(text, opening.end(), cue_start, known)
            if mention is not None and mention.start == opening.end():
                return mention, False
    if best is not None:
        best = parser.with_joined(text, start, best)
    return best, False


def _addresses(text: str, position: int, parser: MentionParser) -> bool:
    """A preposition of whom or what starts at ``position`` (向|记者, 对|此, 就|该问题),
    not a word that begins with its character (同志, 对手, 给予)."""
    match = _preposition_start(parser.lexicon).match(text, position)
    if match is None:
        return False
    return match.end() - position > 1 or text[position : position + 2] not in (parser.common_words)


def _preposition_start(lexicon: Lexicon) -> re.Pattern:
    """A preposition that opens an adverbial of whom or what (向, 对, 就; not 朝鲜)."""
    pattern = lexicon.cache.get("preposition-start")
    if pattern is None:
        pattern = re.compile("|".join(_preposition(word, lexicon) for word in _PREPOSITIONS))
        lexicon.cache["preposition-start"] = pattern
    return pattern


def _ends_the_subject(text: str, end: int, openers: frozenset[str], parser: MentionParser) -> bool:
    """Two characters and 着 are a manner unit where they make a word (微笑着, 大笑着);
    otherwise the first of them ends the subject before a one-character unit
    (李秀英|笑着, 村支书|笑着), and no adverbial starts with it. Two characters and
    地 after a title are a name where they start with a surname (部长|邝泰地)."""
    if text[end + 2 : end + 3] == "地":
        # 衛福部長|邝泰地|會後: a title, then a surname and two characters that end in
        # 地, are a name, not a manner word (激动地, which makes a word).
        return (
            end > 0
            and text[end - 1] in parser.head_ends
            and text[end] in parser.surnames
            and text[end : end + 2] not in parser.common_words
            and text[end + 1 : end + 3] not in parser.common_words
        )
    return (
        text[end + 2 : end + 3] == "着"
        and text[end + 1] != "着"
        and text[end] not in openers
        and text[end : end + 2] not in parser.common_words
    )


def _named_with_alias(
    text: str, start: int, end: int, parser: MentionParser
) -> Optional[ParsedMention]:
    """巴勒斯坦伊斯兰抵抗运动|（哈马斯）: a name that the text gives a short name in
    brackets names a body, whatever it ends with."""
    begin = parser.chain_start(text, start, end)
    if not 2 <= end - begin <= _MAX_ALIASED or not _HAN_RUN.fullmatch(text, begin, end):
        return None
    if text[begin - 1 : begin] in ("、", "和", "与", "及"):
        return None  # …和|解放巴勒斯坦人民阵线（人阵）: the last of a list
    return organization_mention(begin, end)


def _only_leads(text: str, start: int, end: int, parser: MentionParser) -> bool:
    position = start
    while position < end:
        lead = parser.lead_start.match(text, position, end)
        if not lead or lead.end() == position:
            return False
        position = lead.end()
    return True


def _side(text: str, mention: ParsedMention, parser: MentionParser) -> bool:
    """A side or an army that opens its clause is its subject (越方坚定奉行…，认为;
    俄军还控制了…，并称), unlike other organizations there, which are often its topic
    only."""
    word = text[mention.start : mention.end]
    return word[-1:] in ("方", "军") and word in parser.lexicon.org_words


def subject_before(
    text: str,
    start: int,
    sentence_start: int,
    parser: MentionParser,
    quote_closes: Sequence[int],
    known: frozenset[str] = frozenset(),
) -> Optional[ParsedMention]:
    """The subject of the nearest earlier clause of the same sentence that has one."""
    position = start - 1
    for _ in range(4):
        if position <= sentence_start:
            return None
        begin = clause_start(text, position, quote_closes)
        begin = max(begin, sentence_start)
        mention = parser.parse_start(text, begin, position, known)
        if mention is not None and (
            mention.kind != "organization"
            or (mention.start == begin and _side(text, mention, parser))
        ):
            return mention
        position = begin - 1
    return None
