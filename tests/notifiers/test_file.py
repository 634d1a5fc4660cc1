"""The file notifier appends one JSON line per alert and says when a retry can help."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from tests.notifiers.helpers import make_alert, make_message
from watcher.delivery.notifiers._files import write_error
from watcher.delivery.notifiers.config import FileConfig
from watcher.delivery.notifiers.file import FileNotifier
from watcher.errors import NotifyError


def _notifier(path: Path) -> FileNotifier:
    return FileNotifier(FileConfig(kind="file", path=path))


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_appends_one_line_per_alert_creating_directories(tmp_path: Path) -> None:
    """Two sends to a path under missing directories leave three JSON lines in order."""
    path = tmp_path / "deep" / "er" / "alerts.jsonl"
    notifier = _notifier(path)
    notifier.send(make_message(key="first"))
    notifier.send(make_message(make_alert(title="One"), make_alert(title="Two"), key="second"))
    lines = _lines(path)
    assert [(line["idempotency_key"], line["title"]) for line in lines] == [
        ("first", "Widget duty raised to 40%"),
        ("second", "One"),
        ("second", "Two"),
    ]


def test_line_holds_the_whole_alert(tmp_path: Path) -> None:
    """Each line is the key, the notifier name and every field of `Alert.to_dict()`."""
    path = tmp_path / "alerts.jsonl"
    alert = make_alert(title="Duty “raised” — ünïcode")
    _notifier(path).send(make_message(alert, notifier="archive"))
    (line,) = _lines(path)
    assert line == {"idempotency_key": "k-0001", "notifier": "archive", **alert.to_dict()}
    assert "ünïcode" in path.read_text(encoding="utf-8")


def test_directory_in_the_way_is_permanent(tmp_path: Path) -> None:
    """A path that is a directory cannot be appended to, so no retry is asked for."""
    with pytest.raises(NotifyError, match=f"cannot write {tmp_path}") as caught:
        _notifier(tmp_path).send(make_message())
    assert caught.value.permanent


def test_file_in_place_of_a_parent_is_permanent(tmp_path: Path) -> None:
    """A regular file where a parent directory should be is a permanent error."""
    (tmp_path / "blocker").write_text("x", encoding="utf-8")
    with pytest.raises(NotifyError) as caught:
        _notifier(tmp_path / "blocker" / "alerts.jsonl").send(make_message())
    assert caught.value.permanent


@pytest.mark.parametrize(
    ("code", "permanent"),
    [(errno.ENOSPC, False), (errno.EIO, False), (errno.EACCES, True), (errno.EROFS, True)],
)
def test_errno_decides_permanence(tmp_path: Path, code: int, permanent: bool) -> None:
    """A full disk or I/O error may clear; a permission or read-only error will not."""
    error = write_error(tmp_path / "a.jsonl", OSError(code, "simulated"))
    assert error.permanent is permanent
    assert str(error) == f"cannot write {tmp_path / 'a.jsonl'}: simulated"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_full_disk_is_transient() -> None:
    """A write that fails for lack of space (/dev/full) is a transient error naming the path."""
    with pytest.raises(NotifyError, match="cannot write /dev/full: No space left") as caught:
        _notifier(Path("/dev/full")).send(make_message())
    assert not caught.value.permanent
