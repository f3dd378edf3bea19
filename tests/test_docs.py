"""The documentation: its examples run, its schema matches the records, its site builds offline."""

from __future__ import annotations

import ast
import doctest
import json
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import quotekit
from quotekit import errors
from quotekit.tables import COLUMNS, DTYPES

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

pytestmark = pytest.mark.skipif(not DOCS.is_dir(), reason="needs the source checkout")


def pages():
    return sorted(DOCS.glob("*.md"))


def section(page: str, heading: str) -> str:
    """The text of a ``## heading`` section of a page."""
    text = (DOCS / page).read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match is not None, f"{page} has no section {heading!r}"
    return match.group(1)


def table_column(text: str, column: int = 0) -> list[str]:
    """The cells of one column of the Markdown tables in ``text``, without backticks."""
    cells = []
    for line in text.splitlines():
        if line.startswith("| ") and not line.startswith("| ---"):
            cells.append(line.split(" | ")[column].strip("| `"))
    return cells[1:] if cells else cells


def pages_with_examples():
    return [p.name for p in pages() if ">>>" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("page", pages_with_examples())
def test_examples_in_the_docs_run(page):
    text = (DOCS / page).read_text(encoding="utf-8")
    if "to_dataframe" in text:
        pytest.importorskip("pandas")
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    failed, attempted = doctest.testfile(
        str(DOCS / page), module_relative=False, optionflags=flags, encoding="utf-8"
    )
    assert attempted > 0 and failed == 0


@pytest.mark.parametrize(
    "record", [quotekit.Quote, quotekit.Speaker, quotekit.Position, quotekit.Person,
               quotekit.Mention, quotekit.Entity], ids=lambda r: r.__name__,
)  # fmt: skip
def test_schema_lists_every_field(record):
    documented = table_column(section("schema.md", record.__name__).split("The `rule`")[0])
    assert documented == [field.name for field in attrs.fields(record)]


def test_schema_lists_the_flat_columns_and_their_dtypes():
    text = section("schema.md", "Flat rows")
    assert table_column(text) == list(COLUMNS)
    assert dict(zip(table_column(text), table_column(text, 2))) == DTYPES


def rules_in_code() -> set[str]:
    """The ``rule`` names the statement finder gives: argument 4 of its records."""
    tree = ast.parse((ROOT / "src" / "quotekit" / "statements.py").read_text(encoding="utf-8"))
    named = {
        node.targets[0].id: {c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant)}
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
    }
    rules = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) < 4:
            continue
        callee = getattr(node.func, "attr", getattr(node.func, "id", ""))
        if callee in ("_add_quote", "Statement"):
            argument = node.args[3]
            if isinstance(argument, ast.Constant):
                rules.add(argument.value)
            elif isinstance(argument, ast.Name):
                rules |= {v for v in named.get(argument.id, ()) if isinstance(v, str)}
    return rules


def test_schema_lists_every_rule():
    documented = table_column(section("schema.md", "Quote").split("The `rule` values:")[1])
    assert len(rules_in_code()) >= 5
    assert rules_in_code() <= set(documented)


def test_every_public_name_is_documented():
    text = "".join(p.read_text(encoding="utf-8") for p in pages())
    exceptions = {n for n in quotekit.__all__ if n in vars(errors)}  # the errors page lists them
    missing = [n for n in quotekit.__all__ if n not in exceptions and n not in text]
    assert missing == []


def test_the_main_pages_have_examples():
    assert {"index.md", "results.md", "customizing.md"} <= set(pages_with_examples())


def test_every_page_is_in_the_nav():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = re.findall(r"^  - [^:]+: (\S+\.md)$", config, flags=re.M)
    assert sorted(nav) == [p.name for p in pages()]


def test_site_builds_strictly_and_loads_nothing_from_the_network(tmp_path):
    pytest.importorskip("mkdocs")
    site = tmp_path / "site"
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    built = {path.name: path.read_text(encoding="utf-8") for path in site.glob("*.html")}
    assert {f"{p.stem}.html" for p in pages()} <= set(built)
    for name, page in built.items():
        assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)="(?:https?:)?//', page), name
    for name in ("E001", "E020", "QuotekitError", "LexiconError"):
        assert name in built["errors.html"]


def test_the_readme_example_and_its_record_are_real():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    failed, attempted = doctest.testfile(
        str(ROOT / "README.md"), module_relative=False, optionflags=flags, encoding="utf-8"
    )
    assert attempted > 0 and failed == 0
    # The JSON record shown is the first record of the shipped example, as written.
    shown = re.search(r"```json\n(.*?)\n```", readme, re.S).group(1)
    article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    first = dict(quotekit.extract(article)[0].to_dict(), doc="article")
    assert json.loads(shown) == first
