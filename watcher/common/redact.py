"""URLs as they may appear in messages, logs and the store: without the parts that hold tokens.

User info and query strings often carry credentials (`?api_key=...`); for webhooks the path
itself is the credential (Slack, Discord, Teams), so notifiers show the host only.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def redact_url(url: str, *, keep_path: bool = True) -> str:
    """`https://user:pw@host:8080/path?token=x` → `https://host:8080/path` (or `.../…`)."""
    try:
        parts = urlsplit(url)
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<invalid URL>"
    if not parts.scheme or not parts.hostname:
        return url if keep_path and "?" not in url and "@" not in url else "<URL>"
    path = parts.path if keep_path else ("/…" if parts.path not in ("", "/") else "")
    return f"{parts.scheme}://{parts.hostname}{port}{path}"
