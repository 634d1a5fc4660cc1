"""Packaging: the version written once, optional extras, and the image's lock file."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib

import watcher
from tests.test_cli import ROOT
from tests.test_cli import watcher as run_watcher

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_version_is_written_only_in_pyproject() -> None:
    """No module under watcher/ spells the version out: pyproject.toml is the one place."""
    written = PYPROJECT["project"]["version"]
    literal = re.compile(rf"""["']{re.escape(written)}["']""")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "watcher").rglob("*.py")
        if literal.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_version_comes_from_the_installed_metadata() -> None:
    """`watcher.__version__` and `watcher --version` both say what the metadata says."""
    installed = importlib.metadata.version("watcher")
    assert watcher.__version__ == installed
    result = run_watcher("--version", cwd=ROOT)
    assert result.stdout.strip() == f"watcher, version {installed}"
