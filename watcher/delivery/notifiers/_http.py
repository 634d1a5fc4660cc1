"""The one outgoing HTTP client for notifiers, and what its outcomes mean.

Every notifier that POSTs goes through `post`, which turns each outcome into either a
response or a `NotifyError` that says whether another attempt could help:

    2xx                                   delivered
    429, 5xx, timeouts, dropped or        NotifyError(permanent=False); a Retry-After
    refused connections                   is named in the message
    any other status (4xx, 3xx), a bad    NotifyError(permanent=True), naming the status
    URL or scheme                         and the URL (without credentials or query)

Nothing is retried here: `watcher.delivery.outbox` retries transient errors and records each
attempt.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

import httpx

from watcher import __version__
from watcher.common.redact import redact_url
from watcher.common.retry import RETRY_STATUSES, retry_after_seconds
from watcher.delivery.notifiers._text import truncate
from watcher.errors import NotifyError

USER_AGENT = f"watcher/{__version__} (alert delivery)"
_ERROR_BODY_CHARS = 200  # enough of a 4xx body to show the receiver's complaint


def build_client(timeout_s: float, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """The client every notifier POST uses; redirects are not followed (a POST turned into a
    GET by a 302 would deliver nothing and look like success)."""
    return httpx.Client(
        transport=transport,
        timeout=httpx.Timeout(timeout_s),
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT},
    )


def post(
    url: str,
    *,
    content: bytes,
    headers: Mapping[str, str],
    timeout_s: float,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Response:
    """POST `content` once and return the 2xx response, or raise NotifyError.

    A client per delivery: alerts are rare, and a notifier then holds no sockets between
    deliveries and needs no `close()`.
    """
    with build_client(timeout_s, transport) as client:
        try:
            response = client.post(url, content=content, headers=dict(headers))
        except httpx.TimeoutException as exc:
            raise NotifyError(f"timed out after {timeout_s:g}s posting to {redact(url)}") from exc
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise NotifyError(f"cannot post to {redact(url)}: {exc}", permanent=True) from exc
        except httpx.TransportError as exc:
            reason = f"{type(exc).__name__}: {exc}"
            raise NotifyError(f"connection failed posting to {redact(url)}: {reason}") from exc
        except httpx.HTTPError as exc:  # e.g. an undecodable response body
            raise NotifyError(f"{type(exc).__name__} posting to {redact(url)}: {exc}") from exc
    check_status(response)
    return response


def check_status(response: httpx.Response) -> None:
    """Raise NotifyError unless the response is a 2xx; 429 and 5xx are transient."""
    status = response.status_code
    if response.is_success:
        return
    where = f"HTTP {status} from {redact(str(response.url))}"
    if status in RETRY_STATUSES or status >= httpx.codes.INTERNAL_SERVER_ERROR:
        raise NotifyError(where + _retry_after(response))
    detail = truncate(" ".join(response.text.split()), _ERROR_BODY_CHARS)
    raise NotifyError(where + (f": {detail}" if detail else ""), permanent=True)


def _retry_after(response: httpx.Response) -> str:
    headers = response.headers
    delay = retry_after_seconds(
        headers.get("retry-after"), date=headers.get("date"), now=time.time()
    )
    return "" if delay is None else f" (Retry-After: {delay:g}s)"


def redact(url: str) -> str:
    """Scheme and host only: a webhook's path is often its credential (Slack, Discord)."""
    return redact_url(url, keep_path=False)
