"""Packaging: the version written once, optional extras, and the image's lock file."""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

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
    """Apprise, trafilatura and psycopg are not core dependencies but extras (all: every one)."""
    project = PYPROJECT["project"]
    core = " ".join(project["dependencies"])
    assert "apprise" not in core
    assert "trafilatura" not in core
    extras = project["optional-dependencies"]
    assert any(d.startswith("apprise") for d in extras["apprise"])
    assert any(d.startswith("trafilatura") for d in extras["pages"])
    assert extras["all"] == ["watcher[apprise,pages,postgres]"]


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


def _locked() -> dict[str, Version]:
    """Each package pinned in requirements.lock, by its normalised name."""
    pins = re.findall(
        r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)",
        (ROOT / "requirements.lock").read_text(encoding="utf-8"),
        re.MULTILINE,
    )
    return {canonicalize_name(name): Version(version) for name, version in pins}


def _direct() -> list[Requirement]:
    """watcher's own requirements: the core and every extra's (less `watcher[...]` itself)."""
    project = PYPROJECT["project"]
    written = [*project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        written.extend(extra)
    requirements = [Requirement(line) for line in written]
    return [r for r in requirements if canonicalize_name(r.name) != "watcher"]


def test_the_lock_pins_every_direct_dependency_within_its_range() -> None:
    """Every requirement of pyproject.toml (core and extras) is pinned in requirements.lock
    at a version the requirement allows: run .ci/lock after changing a dependency."""
    locked = _locked()
    problems = []
    for requirement in _direct():
        name = canonicalize_name(requirement.name)
        if name not in locked:
            problems.append(f"{requirement} is not in requirements.lock")
        elif not requirement.specifier.contains(locked[name], prereleases=True):
            problems.append(f"{requirement}: the lock pins {locked[name]}")
    assert problems == [], "\n".join([*problems, "run .ci/lock and commit requirements.lock"])


def test_every_pin_in_the_lock_has_hashes() -> None:
    """The image installs with --require-hashes: each pinned package carries its sha256s."""
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    assert len(entries) == len(_locked())
    for entry in entries:
        assert "--hash=sha256:" in entry, entry.splitlines()[0]


def test_the_image_installs_the_lock_with_hashes_then_watcher_alone() -> None:
    """The Dockerfile installs requirements.lock with --require-hashes, watcher with --no-deps."""
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "--require-hashes -r /wheels/requirements.lock" in dockerfile
    assert "--no-deps \\\n        /wheels/watcher-*.whl" in dockerfile
    assert "!requirements.lock" in (ROOT / ".dockerignore").read_text(encoding="utf-8")
