"""URLs in messages lose the parts that carry credentials."""

from __future__ import annotations

import pytest

from watcher.common.redact import redact_url


@pytest.mark.parametrize(
    ("url", "keep_path", "shown"),
    [
        ("https://user:pw@example.org:8443/rss?api_key=x#f", True, "https://example.org:8443/rss"),
        ("https://hooks.example.org/services/T0/B0/SECRET", False, "https://hooks.example.org/…"),
        ("https://example.org", False, "https://example.org"),
        ("/var/feeds/wire.xml", True, "/var/feeds/wire.xml"),
        ("not a url?token=x", True, "<URL>"),
    ],
)
def test_redact_url(url: str, keep_path: bool, shown: str) -> None:
    """Query strings and user info always go; the path goes where it may be the secret."""
    assert redact_url(url, keep_path=keep_path) == shown
