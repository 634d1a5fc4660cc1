"""The cyclic garbage collector is off while a command starts and back on for its work
(`watcher.common.startup_gc`, issue 13: start-up CPU of a one-shot check)."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_cli_lazy import after_main
from watcher.common import startup_gc

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def collector() -> Iterator[None]:
    """Leave the collector as it was found (on), whatever a test does to it."""
    was = gc.isenabled()
    try:
        yield
    finally:
        startup_gc.resume()
        gc.unfreeze()
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector")
def test_pause_then_resume_freezes_what_was_built() -> None:
    gc.enable()
    startup_gc.pause()
    assert not gc.isenabled()
    built = [[] for _ in range(1000)]  # containers made while paused
    startup_gc.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(built)
    startup_gc.resume()  # a second call changes nothing
    assert gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_resume_leaves_a_collector_it_did_not_turn_off() -> None:
    """A program that turned the collector off itself keeps it off; one that never paused
    is not frozen."""
    gc.disable()
    startup_gc.pause()
    startup_gc.resume()
    assert not gc.isenabled()
    gc.enable()
    frozen = gc.get_freeze_count()
    startup_gc.resume()
    assert gc.get_freeze_count() == frozen


def _collector_after(*argv: str, cwd: Path) -> dict[str, object]:
    """Whether the collector is on, and how many objects are frozen, once `watcher ARGV` ran
    through the console script's entry point in a fresh interpreter."""
    report = "{'on': gc.isenabled(), 'frozen': gc.get_freeze_count()}"
    return dict(after_main(*argv, report=report, cwd=cwd))


def test_a_command_runs_with_the_collector_on(tmp_path: Path) -> None:
    """Both ends of start-up turn it back on: the settings (`status`), and the rules, store
    and fetcher of a run (`check`); the modules and models built before are frozen."""
    (tmp_path / "sources.yaml").write_text("sources: []\n")
    (tmp_path / "watcher.toml").write_text(f"rules_dir = {json.dumps(str(REPO / 'rules'))}\n")
    common = ("--config", "watcher.toml", "--state", "s.db")
    for argv in (("check", *common, "--sources", "sources.yaml"), ("status", *common)):
        after = _collector_after(*argv, cwd=tmp_path)
        assert after["on"] is True, argv
        assert isinstance(after["frozen"], int) and after["frozen"] > 10_000, argv
