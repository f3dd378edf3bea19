"""HTML rendering: escaping, every statement present, one colour per speaker, nesting."""

from __future__ import annotations

import io
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotekit
from quotekit.render import render_documents, speaker_colour, write_documents

ARTICLE = (
    "“新校区九月就能启用，”市教育局局长钱立新说，“老校区改成社区图书馆。”\n\n"
    "东湖中学校长周敏表示，学校将增设三个实验班。她说，招生计划下周公布。\n\n"
    "不少家长表示，孩子们都盼着早日开学。"
)


def quote(text, start, end, *, name=None, title=None, org=None, mention=None, kind="direct",
          cue=None, cue_start=None, mention_start=None, speaker_kind="person"):  # fmt: skip
    """A Quote over ``text[start:end]`` with the given speaker (cue and mention optional)."""
    speaker = quotekit.Speaker(
        name=name,
        title=title,
        org=org,
        mention=mention,
        mention_start=mention_start,
        mention_end=None if mention_start is None else mention_start + len(mention),
        kind=speaker_kind,
    )
    return quotekit.Quote(
        text=text[start:end],
        start=start,
        end=end,
        kind=kind,
        speaker=speaker,
        cue=cue,
        cue_start=cue_start,
        cue_end=None if cue_start is None else cue_start + len(cue),
    )


class _Reader(HTMLParser):
    """Reads rendered HTML back: the article text, each statement's text, labels, cues."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict[str, str]] = []
        self.article = ""
        self.statements: dict[int, str] = {}
        self.cues: dict[int, str] = {}
        self.labels: list[tuple[str, str]] = []  # (label text, style)
        self.rows: list[list[str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = {key: value or "" for key, value in attrs}
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        if tag not in ("meta", "br", "img", "link"):
            self.stack.append({"tag": tag, **attributes})
        if "qk-label" in attributes.get("class", ""):
            self.labels.append(["", attributes.get("style", "")])

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()["tag"] == tag:
                break

    def handle_data(self, data):
        classes = [element.get("class", "") for element in self.stack]
        if any("qk-label" in c for c in classes):
            self.labels[-1][0] += data
            return
        if any("qk-text" in c for c in classes):
            self.article += data
            for element in self.stack:
                for index in element.get("data-q", "").split():
                    self.statements[int(index)] = self.statements.get(int(index), "") + data
                if "data-cue" in element:
                    index = int(element["data-cue"])
                    self.cues[index] = self.cues.get(index, "") + data
        elif self.stack and self.stack[-1]["tag"] == "td" and self.rows:
            self.rows[-1].append(data)
        elif len(self.stack) > 1 and self.stack[-2]["tag"] == "td" and self.rows:
            self.rows[-1].append(data)


def read(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader


def test_article_text_is_shown_whole_and_every_statement_is_marked():
    quotes = quotekit.extract(ARTICLE)
    assert len(quotes) >= 4
    page = read(quotekit.render(ARTICLE))
    assert page.article == ARTICLE
    quotes = sorted(quotes, key=lambda q: (q.start, -q.end))
    assert page.statements == {i: ARTICLE[q.start : q.end] for i, q in enumerate(quotes)}
    assert len(page.labels) == len(quotes)


def test_cue_and_speaker_label():
    page = read(quotekit.render("区长孙浩说：“年底前完成道路改造。”"))
    assert [label for label, _ in page.labels] == ["孙浩 · 区长"]
    assert page.cues == {0: "说"}
    assert page.statements == {0: "年底前完成道路改造。"}


def test_one_colour_per_speaker():
    quotes = quotekit.extract(ARTICLE)
    page = read(quotekit.render(ARTICLE, quotes))
    colour_of: dict[str, set[str]] = {}
    for label, style in page.labels:
        colour_of.setdefault(label, set()).add(style)
    speakers = {q.speaker.name or q.speaker.mention for q in quotes}
    assert len(colour_of) == len(speakers) == 3
    assert all(len(styles) == 1 for styles in colour_of.values())
    assert len({style for styles in colour_of.values() for style in styles}) == 3


def test_speaker_list_counts_statements():
    page = read(quotekit.render(ARTICLE))
    counts = {row[0]: int(row[-1]) for row in page.rows if row}
    assert counts == {"钱立新": 2, "周敏": 2, "不少家长": 1}


def test_palette_is_deterministic_and_distinct():
    colours = [speaker_colour(i) for i in range(40)]
    assert colours == [speaker_colour(i) for i in range(40)]
    assert len({c.light for c in colours}) == 40
    assert len({c.strong for c in colours}) == 40


HOSTILE = (
    "编者按<script>alert('x')</script> & <b>粗体</b>。“价格不超过5元&amp;包邮，”店主<i>李</i>说。"
)


def test_article_text_is_escaped():
    html = quotekit.render(HOSTILE, page=True)
    assert "<script" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;" in html
    assert "5元&amp;amp;包邮" in html
    page = read(html)
    assert page.article == HOSTILE
    assert "script" not in page.tags and "b" not in page.tags


def test_speaker_fields_are_escaped():
    text = "“明天见。”他说。"
    hostile = quote(text, 1, 5, name="<script>x</script>", title="&", org='"org"', mention="他",
                    mention_start=6, cue="说", cue_start=7)  # fmt: skip
    html = quotekit.render(text, [hostile])
    assert "<script>" not in html
    page = read(html)
    assert page.labels[0][0] == '<script>x</script> · & · "org"'
    assert page.rows[1][:3] == ["<script>x</script>", "&", '"org"']


def test_nested_and_overlapping_statements():
    text = "甲说，乙曾讲“明年再办一次”，丙也同意。丁说：“好。”"
    outer = quote(text, 3, 19, name="甲", kind="mixed", mention="甲", mention_start=0,
                  cue="说", cue_start=1)  # fmt: skip
    inner = quote(text, 7, 13, name="乙", mention="乙", mention_start=3, cue="讲", cue_start=5)
    overlapping = quote(text, 15, 25, name="丁", mention="丁", mention_start=20,
                        cue="说", cue_start=21)  # fmt: skip
    quotes = [overlapping, inner, outer]  # any order
    page = read(quotekit.render(text, quotes))
    assert page.article == text
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    assert page.statements == {i: text[q.start : q.end] for i, q in enumerate(ordered)}
    # The inner statement's mention and cue lie inside the outer statement.
    assert page.cues == {0: "说", 1: "讲", 2: "说"}
    assert [label for label, _ in page.labels] == ["甲", "乙", "丁"]


def test_empty_and_quoteless_texts():
    for text in ("", "今天天气很好。"):
        page = read(quotekit.render(text))
        assert page.article == text
        assert page.labels == []
    assert "No attributed statements found." in quotekit.render("今天天气很好。")


def test_page_and_fragment():
    page = quotekit.render(ARTICLE, page=True, title="<标题>")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<title>&lt;标题&gt;</title>" in page
    fragment = quotekit.render(ARTICLE)
    assert "<html" not in fragment and "<style>" in fragment
    for html in (page, fragment):
        assert "<script" not in html and "http" not in html


def test_analysis_renders_in_jupyter():
    analysis = quotekit.analyze(ARTICLE)
    assert analysis._repr_html_() == quotekit.render(ARTICLE)
    assert quotekit.render(analysis) == quotekit.render(ARTICLE)


def test_extractor_additions_are_used():
    text = "“这个方案不可行。”李总监怒斥道。"
    plain = read(quotekit.render(text))
    extended = read(quotekit.render(text, extractor=quotekit.Extractor(cues=["怒斥"])))
    assert extended.cues and "怒斥" in extended.cues.values()
    assert plain.cues != extended.cues


def test_spacy_doc_renders_the_component_quotes():
    spacy = pytest.importorskip("spacy")
    text = "网友王小明嘀咕，外卖又晚了。" + ARTICLE
    assert all(q.cue != "嘀咕" for q in quotekit.extract(text))
    nlp = spacy.blank("zh")
    nlp.add_pipe("quotekit", config={"lexicon": {"cues": ["嘀咕"]}})
    doc = nlp(text)
    assert any(q.cue == "嘀咕" for q in doc._.quotes)
    assert quotekit.render(doc) == quotekit.render(text, doc._.quotes)
    assert "嘀咕" in read(quotekit.render(doc)).cues.values()


def test_spacy_doc_without_the_component_is_extracted():
    spacy = pytest.importorskip("spacy")
    doc = spacy.blank("zh")(ARTICLE)
    assert quotekit.render(doc) == quotekit.render(ARTICLE)
    assert len(read(quotekit.render(doc)).labels) == len(quotekit.extract(ARTICLE))


@pytest.mark.parametrize("bad", [b"bytes", None, 42])
def test_bad_input_raises_a_clear_type_error(bad):
    with pytest.raises(TypeError, match=r"\[E040\]"):
        quotekit.render(bad)


def test_quotes_must_fit_the_text():
    quotes = quotekit.extract(ARTICLE)
    with pytest.raises(ValueError, match=r"\[E041\]"):
        quotekit.render(ARTICLE[:20], quotes)
    with pytest.raises(TypeError, match=r"\[E040\]"):
        quotekit.render(ARTICLE, [q.to_dict() for q in quotes])


def test_render_documents_one_page_for_many():
    documents = [("a<1>", ARTICLE, None), ("b", "区长孙浩说：“年底前完成道路改造。”", None)]
    html = render_documents(documents, title="corpus")
    assert html.count("<!DOCTYPE html>") == 1
    assert "<h2>a&lt;1&gt;</h2>" in html and "<h2>b</h2>" in html
    assert "2 documents, 6 statements." in html
    page = read(html)
    assert page.article == ARTICLE + "区长孙浩说：“年底前完成道路改造。”"
    out = io.StringIO()
    assert write_documents(iter(documents), out, title="corpus") == 2
    assert out.getvalue() == html


def test_render_documents_takes_given_quotes():
    quotes = quotekit.extract(ARTICLE)[:2]
    html = render_documents([("a", ARTICLE, quotes)])
    assert "1 document, 2 statements." in html
    assert len(read(html).labels) == 2


# Texts with quote marks, cue words and markup, so that statements appear.
_pieces = st.sampled_from(["“", "”", "说", "表示", "，", "。", "\n", "<", "&", "王明", "局长"])
_texts = st.lists(st.one_of(_pieces, st.text(max_size=5)), max_size=30).map("".join)


@settings(max_examples=60, deadline=None)
@given(_texts)
def test_any_text_renders_and_reads_back(text):
    quotes = quotekit.extract(text)
    page = read(quotekit.render(text, quotes))
    shown = "".join("\ufffd" if _unprintable(c) else c for c in text)
    assert page.article == shown
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    for index, q in enumerate(ordered):
        if q.end > q.start:
            assert page.statements[index] == shown[q.start : q.end]


def _unprintable(char: str) -> bool:
    code = ord(char)
    return (
        (code < 0x20 and char not in "\t\n\r") or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF
    )


# -- in a real browser ------------------------------------------------------------------

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@pytest.fixture(scope="module")
def browser():
    found = next((path for path in map(shutil.which, BROWSERS) if path), None)
    if found is None:
        pytest.skip("no Chromium found (apt-get install chromium)")
    return found


def run_browser(browser, tmp_path, page, *args):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    command = [browser, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args, path.as_uri()]
    done = subprocess.run(command, capture_output=True, timeout=90, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done.stdout.decode("utf-8")


def test_browser_shows_every_statement_and_runs_no_script(browser, tmp_path):
    hostile = "<script>document.title='x'</script>&amp; <img src=x onerror=\"document.title='x'\">"
    text = ARTICLE + "\n\n" + hostile + "\n\n“价格不超过5元<b>&</b>包邮。”店主李明说。"
    quotes = quotekit.extract(text)
    dump = run_browser(browser, tmp_path, quotekit.render(text, page=True, title="t"), "--dump-dom")
    dom = read(dump)
    assert dom.article == text
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    assert dom.statements == {i: text[q.start : q.end] for i, q in enumerate(ordered)}
    assert len(dom.labels) == len(quotes) >= 6
    assert not {"script", "img", "b"} & set(dom.tags)
    assert "<title>t</title>" in dump


def test_browser_screenshot(browser, tmp_path):
    run_browser(
        browser,
        tmp_path,
        quotekit.render(ARTICLE, page=True),
        f"--screenshot={tmp_path / 'shot.png'}",
        "--window-size=900,700",
    )
    shot = (tmp_path / "shot.png").read_bytes()
    assert shot.startswith(b"\x89PNG\r\n\x1a\n") and len(shot) > 10_000


def test_unprintable_characters_are_shown_as_replacement_marks():
    text = "\ud800编者\x00按\x1b：“明天见。”他说。"
    html = quotekit.render(text, page=True)
    html.encode("utf-8")  # lone surrogates would make the page unwritable
    assert "\x00" not in html and "\x1b" not in html
    page = read(html)
    assert page.article == "\ufffd编者\ufffd按\ufffd：“明天见。”他说。"
