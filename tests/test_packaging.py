"""Packaging: the version written once, optional extras, and the image's lock file."""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import watcher
from tests.test_cli import EXAMPLES, ROOT
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


def _without(package: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `watcher ARGS` in a Python where `import PACKAGE` fails: `sys.modules[PACKAGE] =
    None` is Python's own way of marking a module as not importable."""
    code = (
        f"import sys; sys.modules[{package!r}] = None; sys.argv[0] = 'watcher'; "
        "from watcher.__main__ import main; main()"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_optional_packages_are_extras() -> None:
    """Apprise and trafilatura are not core dependencies but the extras apprise, pages, all."""
    project = PYPROJECT["project"]
    core = " ".join(project["dependencies"])
    assert "apprise" not in core
    assert "trafilatura" not in core
    extras = project["optional-dependencies"]
    assert any(d.startswith("apprise") for d in extras["apprise"])
    assert any(d.startswith("trafilatura") for d in extras["pages"])
    assert extras["all"] == ["watcher[apprise,pages]"]


def test_an_apprise_notifier_without_apprise_names_the_extra(tmp_path: Path) -> None:
    """With Apprise missing, a config with an apprise notifier stops at load, exit 2, naming
    the notifier and the line that installs the extra; nothing is recorded."""
    (tmp_path / "watcher.toml").write_text(
        '[notifiers.chat]\nkind = "apprise"\nurls = ["json://127.0.0.1:9/hook"]\n'
    )
    result = _without("apprise", "check", "--sources", str(EXAMPLES), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "notifiers.chat" in result.stderr
    assert "pip install 'watcher[apprise]'" in result.stderr
    assert not (tmp_path / "watcher.db").exists()


def test_without_apprise_other_notifiers_work(tmp_path: Path) -> None:
    """Apprise missing matters only to apprise notifiers: the demo runs as usual."""
    result = _without(
        "apprise", "check", "--sources", str(EXAMPLES), "--now", "2025-11-06T12:00Z", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "7 new articles" in result.stdout


def test_a_page_source_without_trafilatura_names_the_extra(tmp_path: Path) -> None:
    """With trafilatura missing, a page source stops `check` when the sources load, exit 2,
    naming the source and `watcher[pages]`."""
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - id: a-page\n    kind: page\n    url: http://127.0.0.1:9/page\n"
    )
    result = _without("trafilatura", "check", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "source 'a-page'" in result.stderr
    assert "pip install 'watcher[pages]'" in result.stderr
    assert "Value error" not in result.stderr


def test_an_html_file_without_trafilatura_names_the_extra(tmp_path: Path) -> None:
    """`extract page.html` without trafilatura: exit 2 naming the file and the extra (not an
    internal error); a `dir` source skips the file with a warning saying the same."""
    (tmp_path / "inbox").mkdir()
    page = tmp_path / "inbox" / "page.html"
    page.write_text("<html><body><p>Officials met to talk about tariffs.</p></body></html>")
    extract = _without("trafilatura", "extract", str(page), cwd=tmp_path)
    assert extract.returncode == 2, extract.stderr
    assert "page.html" in extract.stderr
    assert "pip install 'watcher[pages]'" in extract.stderr
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - id: box\n    kind: dir\n    path: inbox\n"
    )
    check = _without("trafilatura", "check", cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    assert "warning" in check.stdout
    assert "pip install 'watcher[pages]'" in check.stdout
