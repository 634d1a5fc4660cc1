"""Text as it may appear in messages, logs and the store: without tokens or secrets.

`redact_url` drops the parts of a URL that hold tokens. User info and query strings often
carry credentials (`?api_key=...`); for webhooks the path itself is the credential (Slack,
Discord, Teams), so notifiers show the host only.

`Secrets` scrubs configured secret values (passwords, tokens, header values, webhook URLs)
out of any text. Servers echo them back: an SMTP server's 535 reply may quote the password,
a 401 body the bearer token. The set is built once from the settings and handed to whatever
logs or stores text that came from outside (the outbox, logging, the commands that print).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlsplit

MASK = "***"
MIN_SECRET_CHARS = 4  # shorter values would mask ordinary words; no real secret is that short
_TOKEN_SEGMENT_CHARS = 16  # a path segment of an http(s) URL this long is taken for a token


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


def _url_parts(value: str) -> Iterator[str]:
    """The pieces of a URL that may be credentials on their own: the password, query values,
    and path segments that look like tokens (every segment and the host for a scheme other
    than http(s), such as Apprise's `tgram://BOT_TOKEN/CHAT_ID`)."""
    try:
        parts = urlsplit(value)
        password = parts.password
    except ValueError:
        return
    if not parts.scheme or not parts.netloc:
        return
    if password:
        yield password
    yield from (v for _, v in parse_qsl(parts.query))
    web = parts.scheme in ("http", "https")
    if not web:
        yield parts.netloc.rpartition("@")[2]
    for segment in parts.path.split("/"):
        if not web or len(segment) >= _TOKEN_SEGMENT_CHARS:
            yield segment


def secret_parts(value: str) -> Iterator[str]:
    """A configured secret and the pieces a server might echo on their own: the credentials
    after an auth scheme (`Bearer <token>`), and the secret parts of a URL."""
    value = value.strip()
    yield value
    words = value.split()
    if len(words) > 1:
        yield from words[1:]
    yield from _url_parts(value)


def _spellings(value: str) -> Iterator[str]:
    """A value as it is written raw, percent-encoded and inside a JSON string."""
    yield value
    yield quote(value, safe="")
    yield json.dumps(value)[1:-1]


@dataclass(frozen=True)
class Secrets:
    """Secret values to scrub from text; build with `Secrets.of`."""

    values: tuple[str, ...] = ()
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.values:  # longest first, so a secret containing another is masked whole
            ordered = sorted(set(self.values), key=lambda v: (-len(v), v))
            pattern = re.compile("|".join(re.escape(v) for v in ordered))
            object.__setattr__(self, "_pattern", pattern)

    @classmethod
    def of(cls, values: Iterable[str | None]) -> Secrets:
        """The secrets in `values` (None and empty ones skipped), with their parts and
        spellings; values shorter than `MIN_SECRET_CHARS` are left alone."""
        found = {
            spelling
            for value in values
            if value
            for part in secret_parts(value)
            for spelling in _spellings(part)
            if len(spelling) >= MIN_SECRET_CHARS
        }
        return cls(tuple(sorted(found)))

    def __or__(self, other: Secrets) -> Secrets:
        return Secrets(tuple(sorted({*self.values, *other.values})))

    def __bool__(self) -> bool:
        return bool(self.values)

    def scrub(self, text: str) -> str:
        """`text` with every secret replaced by `***`."""
        return self._pattern.sub(MASK, text) if self._pattern is not None else text
