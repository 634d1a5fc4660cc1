"""Every registered notifier kind keeps the contract the delivery layer relies on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from watcher.delivery.notifiers import NOTIFIERS, Notifier, build_notifier, notifier_class
from watcher.delivery.notifiers.config import NotifierConfig

MINIMAL: dict[str, dict[str, Any]] = {
    "console": {},
    "file": {"path": "alerts.jsonl"},
    "webhook": {"url": "http://127.0.0.1:9/hook"},
    "email": {"host": "127.0.0.1", "sender": "watcher@example.org", "to": ["a@example.org"]},
    "apprise": {"urls": ["json://127.0.0.1:9/"]},
    "feed": {"path": "alerts.atom"},
}
"""The fewest settings each kind accepts; a new kind must add its own here."""

TESTS = Path(__file__).parent


@pytest.mark.parametrize("kind", sorted(NOTIFIERS))
def test_kind_builds_a_notifier(kind: str) -> None:
    """Each kind builds from its minimal config into an object satisfying the Protocol."""
    config = TypeAdapter(NotifierConfig).validate_python({"kind": kind, **MINIMAL[kind]})
    notifier = build_notifier(config)
    assert isinstance(notifier, Notifier)
    assert type(notifier).kind == kind


@pytest.mark.parametrize("kind", sorted(NOTIFIERS))
def test_kind_is_a_documented_class(kind: str) -> None:
    """Each registered path imports as a class with a docstring and a documented send."""
    cls = notifier_class(kind)
    assert isinstance(cls, type)
    assert (cls.__doc__ or "").strip()
    assert (cls.send.__doc__ or "").strip()


@pytest.mark.parametrize("kind", sorted(NOTIFIERS))
def test_kind_has_its_own_tests(kind: str) -> None:
    """Each kind has a test module of its own beside this one."""
    assert (TESTS / f"test_{kind}.py").is_file()
