"""Packaging: one version, a changelog and licence, and what the sdist and wheel carry."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import quotekit
from quotekit import about

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "quotekit"

needs_checkout = pytest.mark.skipif(
    not (ROOT / "pyproject.toml").is_file(), reason="needs the source checkout"
)


def test_version_is_written_once():
    assert quotekit.__version__ == about.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:(?:a|b|rc)\d+)?", about.__version__)


@needs_checkout
def test_version_is_read_from_about_by_the_build():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'path = "src/quotekit/about.py"' in pyproject
    assert not re.search(r"^version\s*=", pyproject, flags=re.MULTILINE)


@needs_checkout
def test_changelog_has_the_current_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    first = re.search(r"^## \[([^\]]+)\]", changelog, flags=re.MULTILINE)
    assert first is not None and first.group(1) == quotekit.__version__


@needs_checkout
def test_licence_files():
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert "OpenCC" in (ROOT / "NOTICE").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    """An sdist, and a wheel built from it, in a temporary folder."""
    if not (ROOT / "pyproject.toml").is_file():
        pytest.skip("needs the source checkout")
    pytest.importorskip("build")
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return out


def shipped_data():
    return sorted(path.name for path in (PACKAGE / "data").glob("*.txt"))


def test_wheel_contents(dist):
    (wheel,) = dist.glob(f"quotekit-{quotekit.__version__}-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = f"quotekit-{quotekit.__version__}.dist-info"
        metadata = archive.read(f"{info}/METADATA").decode("utf-8")
        entry_points = archive.read(f"{info}/entry_points.txt").decode("utf-8")
    assert "quotekit/py.typed" in names
    data = sorted(n.rsplit("/", 1)[1] for n in names if n.startswith("quotekit/data/"))
    assert data == shipped_data() and len(data) > 10
    modules = {path.name for path in PACKAGE.glob("*.py")}
    assert {n.split("/", 1)[1] for n in names if re.fullmatch(r"quotekit/\w+\.py", n)} == modules
    assert {f"{info}/licenses/LICENSE", f"{info}/licenses/NOTICE"} <= names
    assert not any(n.startswith("tests/") or "__pycache__" in n for n in names)
    assert "License-Expression: MIT" in metadata
    assert "Provides-Extra: pandas" in metadata
    assert "quotekit = quotekit.cli:main" in entry_points


def test_sdist_contents(dist):
    (sdist,) = dist.glob(f"quotekit-{quotekit.__version__}.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    top = "src/quotekit"
    assert {f"{top}/py.typed"} | {f"{top}/data/{name}" for name in shipped_data()} <= names
    for name in ("LICENSE", "NOTICE", "README.md", "CHANGELOG.md", "pyproject.toml",
                 "mkdocs.yml", "docs/index.md", "examples/article.txt"):  # fmt: skip
        assert name in names
    assert not any(".venv" in n or "__pycache__" in n for n in names)
