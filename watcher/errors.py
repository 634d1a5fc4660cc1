"""The exceptions watcher raises, as one small tree.

    WatcherError                 anything watcher itself reports
    ├── ConfigError              a settings value, sources file or baseline file is invalid
    │   └── RuleError            a rule file is invalid (every problem, each with file:line)
    ├── FetchError               a source could not be fetched (names the source)
    │   ├── FetchTimeout         connect, read or total time limit passed
    │   ├── HTTPStatusError      the server answered with a status we do not accept
    │   └── BodyTooLarge         the body passed the size cap (after decompression)
    ├── ParseError               a fetched body yields no articles (names the source)
    ├── StoreError               the state store cannot be opened or migrated
    └── NotifyError              a notifier failed; `permanent` says whether a retry can help

Normal outcomes are values, not exceptions: a 304 is `FetchResult(not_modified=True)`, an
unchanged body is a skipped parse, a feed with no new entries is an empty list.
"""

from __future__ import annotations


class WatcherError(Exception):
    """Base of every error watcher raises on purpose."""


class ConfigError(WatcherError):
    """Invalid configuration; the message names the file, the entry and the field."""


class RuleError(ConfigError):
    """One or more rule files are invalid; `problems` lists each as `file:line: field: msg`."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class FetchError(WatcherError):
    """A source could not be fetched."""

    def __init__(self, source_id: str, message: str) -> None:
        super().__init__(f"{source_id}: {message}")
        self.source_id = source_id


class FetchTimeout(FetchError):
    """A connect, read or total time limit passed."""


class HTTPStatusError(FetchError):
    """The server answered with a status that is neither success nor 304."""

    def __init__(
        self, source_id: str, status: int, url: str, retry_after_s: float | None = None
    ) -> None:
        asked = "" if retry_after_s is None else f" (Retry-After {retry_after_s:g}s)"
        super().__init__(source_id, f"HTTP {status} from {url}{asked}")
        self.status = status
        self.url = url
        self.retry_after_s = retry_after_s  # what the server asked us to wait, if it said


class BodyTooLarge(FetchError):
    """The response body passed the configured cap."""


class ParseError(WatcherError):
    """A body was fetched but yields no articles."""

    def __init__(self, source_id: str, message: str) -> None:
        super().__init__(f"{source_id}: {message}")
        self.source_id = source_id
        self.message = message

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str]]:
        """Pickled as its two arguments: it crosses from a parsing worker process."""
        return (type(self), (self.source_id, self.message))


class StoreError(WatcherError):
    """The state store cannot be opened, migrated or written."""


class NotifyError(WatcherError):
    """A notifier failed to deliver; permanent errors are never retried."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
