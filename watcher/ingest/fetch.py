"""The only place that fetches sources over HTTP (and reads feeds given as local files).

One `httpx.Client` is built here, with the timeouts, User-Agent and transport the caller
chose, and every request goes through `Fetcher.fetch`, which adds what a polite, bounded
poller needs:

- conditional GET from stored `Validators`; a 304 is a `FetchResult(not_modified=True)`;
- a body cap counted after decompression. The body is decompressed here, from the raw
  stream, a block at a time, so a compression bomb never inflates more than one block past
  the cap (httpx would inflate each network chunk whole);
- a total time limit per attempt that covers the whole exchange: connect, every redirect,
  the response headers and the body (`_Watchdog`);
- redirects followed one hop at a time, so a redirect's own body is never read into memory;
  the source's own headers are not sent on to another host, and a public URL may not
  redirect into loopback, private or link-local addresses (`RedirectRules`);
- retries with exponential backoff and full jitter on 429, 5xx and dropped connections,
  honouring `Retry-After`, except that a server asking for a longer pause than
  `backoff_max_s` fails the fetch at once (the error carries the pause for the schedule);
- at most `per_host_concurrency` requests in flight to one host, across threads.

Why a watchdog: httpx has no total timeout, only per-operation ones, so a server that sends
its headers one byte a second never trips the read timeout. Each attempt therefore runs
under an alarm (one timer thread per Fetcher, `_Alarms`) that, at the deadline, shuts down
the attempt's sockets (found through httpcore's public `trace` extension, which reports each
new connection), which wakes the blocked read at once, whatever phase it is in; every hop's
own timeouts are also clamped to the time left. Connections are not kept alive between
requests, so every request opens a connection the watchdog sees (a pooled one would not be
reported again). Name resolution runs before a socket exists and cannot be cut: a hanging DNS
lookup can still overrun the limit by the resolver's own timeout.
"""

from __future__ import annotations

import heapq
import random as _random
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx
import structlog

from watcher.common.redact import redact_url
from watcher.common.retry import RETRY_STATUSES, backoff_s, retry_after_seconds
from watcher.errors import BodyTooLarge, FetchError, FetchTimeout, HTTPStatusError
from watcher.ingest.addresses import IPAddress, parse_ip, redirect_refusal
from watcher.ingest.settings import FetchSettings
from watcher.ingest.tls import DeferredTrust
from watcher.models import FetchResult, Validators

log = structlog.get_logger(__name__)


# Dropped or reset connections are worth another try; timeouts are not (a slow server
# would otherwise cost `retries` times the time limit on every poll).
_TRANSIENT_ERRORS = (httpx.NetworkError, httpx.RemoteProtocolError)
_BLOCK = 64 * 1024  # the most decompressed output held at once beyond the body so far

ACCEPT_ENCODING = "gzip, deflate"
"""What we ask for: the codings `Fetcher` decompresses itself, within the body cap.

Not br: brotli is not a dependency, and httpx would otherwise ask for br whenever some
other package happened to install it.
"""


def build_client(
    settings: FetchSettings, transport: httpx.BaseTransport | None = None
) -> httpx.Client:
    """The one sync client for sources; redirects are followed by `Fetcher`, hop by hop.

    No connection is kept alive, so each request opens one that `_Watchdog` is told about.
    The CA bundle is loaded by the first https request (`tls.DeferredTrust`), not here.
    """
    return httpx.Client(
        transport=transport,
        verify=DeferredTrust(),
        timeout=_timeouts(settings, settings.total_timeout_s),
        limits=httpx.Limits(max_connections=100, max_keepalive_connections=0),
        follow_redirects=False,
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
    )


def _timeouts(settings: FetchSettings, left: float) -> httpx.Timeout:
    """The per-operation timeouts, none longer than the `left` seconds of the total limit."""
    connect = max(min(settings.connect_timeout_s, left), 0.001)
    return httpx.Timeout(
        max(min(settings.read_timeout_s, left), 0.001), connect=connect, pool=connect
    )


def resolve_host(host: str) -> list[IPAddress]:
    """The addresses `host` resolves to (getaddrinfo), or the literal address it is; [] when
    it does not resolve."""
    literal = parse_ip(host)
    if literal is not None:
        return [literal]
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return []
    found = (parse_ip(str(info[4][0])) for info in infos)
    return list(dict.fromkeys(a for a in found if a is not None))


@dataclass(frozen=True, slots=True)
class RedirectRules:
    """What a source allows its redirects to do (its `headers_follow_redirects` and
    `allow_private_addresses` fields)."""

    headers_follow: bool = False  # send the source's headers to another host too
    allow_private: bool = False  # a public URL may redirect to an internal address


class _Alarms:
    """One timer thread for every attempt of a Fetcher, instead of a thread per attempt.

    Starting and cancelling a `threading.Timer` costs about 1 ms (a thread each time), as much
    as a whole conditional GET on loopback: a poll of 200 feeds answered 304 spent a fifth of
    its time starting timers. Here an attempt's deadline is one entry in a heap that a single
    daemon thread, started on first use, waits on; cancelling marks the entry, which the
    thread drops when it comes up (or when the heap is next looked at).
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, _Alarm]] = []
        self._count = 0
        self._thread: threading.Thread | None = None
        self._closed = False

    def arm(self, delay_s: float, action: Callable[[], None]) -> _Alarm:
        """Call `action` from the alarm thread `delay_s` from now, unless cancelled first."""
        alarm = _Alarm(action)
        with self._cond:
            self._count += 1
            heapq.heappush(self._heap, (time.monotonic() + delay_s, self._count, alarm))
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(
                    target=self._run, name="fetch-watchdog", daemon=True
                )
                self._thread.start()
            if self._heap[0][2] is alarm:  # a new earliest deadline: wake the thread
                self._cond.notify()
        return alarm

    def close(self) -> None:
        """Stop the thread (alarms still armed never fire)."""
        with self._cond:
            self._closed = True
            self._heap.clear()
            self._cond.notify()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        while (action := self._next()) is not None:
            action()

    def _next(self) -> Callable[[], None] | None:
        """Wait for the earliest live deadline; its action, or None once closed."""
        with self._cond:
            while not self._closed:
                while self._heap and self._heap[0][2].cancelled:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait()
                    continue
                left = self._heap[0][0] - time.monotonic()
                if left <= 0:
                    return heapq.heappop(self._heap)[2].action
                self._cond.wait(min(left, threading.TIMEOUT_MAX))
        return None


class _Alarm:
    """One armed deadline of `_Alarms`; `cancelled` is only ever set, so no lock is needed."""

    __slots__ = ("action", "cancelled")

    def __init__(self, action: Callable[[], None]) -> None:
        self.action = action
        self.cancelled = False


class _Watchdog:
    """Cuts one fetch attempt at its deadline, whatever it is waiting for.

    `trace` is given to httpcore (the `trace` request extension) and hears of every
    connection the attempt opens; when the alarm fires, each one's socket is shut down,
    which wakes a read blocked in another thread at once. A connection made after the
    deadline (its DNS lookup could not be cut) is shut as soon as it is reported.
    """

    def __init__(self, limit_s: float, alarms: _Alarms) -> None:
        self._lock = threading.Lock()
        self._streams: list[Any] = []
        self.expired = False
        self._limit_s = limit_s
        self._alarms = alarms
        self._alarm: _Alarm | None = None

    def __enter__(self) -> Self:
        self._alarm = self._alarms.arm(self._limit_s, self._expire)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._alarm is not None:
            self._alarm.cancelled = True

    def trace(self, event: str, info: Mapping[str, Any]) -> None:
        """httpcore's trace hook: remember each stream (TCP, then TLS) the attempt opens."""
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        with self._lock:
            self._streams.append(info.get("return_value"))
            expired = self.expired
        if expired:
            self._expire()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            streams = list(self._streams)
        for stream in streams:
            _shut_down(stream)


def _shut_down(stream: Any) -> None:
    """Shut a connection's socket for reading and writing; a closed one is left alone."""
    sock = stream.get_extra_info("socket") if stream is not None else None
    if sock is None:
        return
    with suppress(OSError):  # already closed by httpcore: the attempt is over
        sock.shutdown(socket.SHUT_RDWR)


def conditional_headers(validators: Validators) -> dict[str, str]:
    """The If-None-Match / If-Modified-Since headers that turn a GET into a conditional one."""
    headers = {}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    return headers


def read_local(source_id: str, path: Path, max_bytes: int) -> FetchResult:
    """A feed given as a local file path, with the same size cap as one fetched over HTTP."""
    started = time.monotonic()
    try:
        with path.open("rb") as stream:
            body = stream.read(max_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise FetchError(source_id, f"cannot read {path}: {reason}") from exc
    if len(body) > max_bytes:
        raise BodyTooLarge(source_id, f"{path} is over the {max_bytes}-byte cap")
    elapsed = time.monotonic() - started
    log.info("fetch_done", source=source_id, status=200, bytes=len(body), elapsed_s=elapsed)
    return FetchResult(source_id, str(path), 200, body=body, elapsed_s=elapsed)


@dataclass(frozen=True, slots=True)
class _Transient:
    """An attempt that failed in a way another attempt may not: the error and any pause asked."""

    error: FetchError
    reason: str
    retry_after_s: float | None = None


class Fetcher:
    """Fetches sources over one shared client; safe to call from many threads at once."""

    def __init__(
        self,
        settings: FetchSettings,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
        resolve: Callable[[str], list[IPAddress]] = resolve_host,
    ) -> None:
        """`transport`, `sleep`, `random` and `resolve` (how a host's addresses are found for
        the redirect rules) are seams for tests and benchmarks."""
        self._settings = settings
        self._client = build_client(settings, transport)
        self._sleep = sleep
        self._random = random
        self._resolve = resolve
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._hosts_lock = threading.Lock()
        self._alarms = _Alarms()

    @property
    def max_body_bytes(self) -> int:
        """The body cap, which local files read for a source obey too."""
        return self._settings.max_body_bytes

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the client and its pooled connections (and an injected transport), and stop
        the watchdog's thread."""
        self._client.close()
        self._alarms.close()

    def fetch(
        self,
        source_id: str,
        url: str,
        *,
        validators: Validators = Validators(),  # noqa: B008 - frozen, so sharing is safe
        headers: Mapping[str, str] | None = None,
        redirects: RedirectRules = RedirectRules(),  # frozen, so sharing is safe
    ) -> FetchResult:
        """GET `url`, retrying transient failures, and return the final response as a value.

        A 304 returns `FetchResult(not_modified=True, status=304)` whose headers are the 304's
        own. Servers often leave ETag or Last-Modified out of a 304, so the caller must keep
        the validators it already stored when the result carries none. `headers` are the
        source's own; `redirects` says whether they follow a redirect to another host and
        whether a redirect may lead into internal addresses.

        Raises FetchTimeout, BodyTooLarge, HTTPStatusError (any status other than 2xx or 304,
        after retries for 429 and 5xx; at once when `Retry-After` asks for more than
        `backoff_max_s`) or FetchError, each naming the source.
        """
        hop = _Hop(
            source_id,
            url,
            {**(headers or {}), **conditional_headers(validators)},
            frozenset(name.lower() for name in headers or {}),
            redirects,
        )
        host = _host_of(source_id, url)
        attempt = 0
        while True:
            with self._host_slot(host):
                outcome = self._attempt(hop)
            if isinstance(outcome, FetchResult):
                return outcome
            if attempt >= self._settings.retries or self._too_long(source_id, outcome):
                raise outcome.error
            attempt += 1
            self._wait(source_id, attempt, outcome)

    def _too_long(self, source_id: str, outcome: _Transient) -> bool:
        """Whether the server asks for a longer pause than any retry here would wait: then
        the fetch fails now, and the pause travels with the error to the schedule."""
        asked, cap = outcome.retry_after_s, self._settings.backoff_max_s
        if asked is None or asked <= cap:
            return False
        log.warning(
            "fetch_not_retried",
            source=source_id,
            reason=outcome.reason,
            retry_after_s=asked,
            backoff_max_s=cap,
        )
        return True

    @contextmanager
    def _host_slot(self, host: str) -> Iterator[None]:
        """Hold one of the host's `per_host_concurrency` slots for the duration of a request."""
        with self._hosts_lock:
            slot = self._hosts.get(host)
            if slot is None:
                slot = threading.BoundedSemaphore(self._settings.per_host_concurrency)
                self._hosts[host] = slot
        with slot:
            yield

    def _wait(self, source_id: str, attempt: int, outcome: _Transient) -> None:
        """Sleep before retry number `attempt`, outside any host slot so others can proceed."""
        cap = self._settings.backoff_max_s
        if outcome.retry_after_s is not None:
            delay = min(outcome.retry_after_s, cap)
        else:
            delay = backoff_s(
                attempt,
                base_s=self._settings.backoff_base_s,
                cap_s=cap,
                jitter=1.0,
                random=self._random,
            )
        log.warning(
            "fetch_retry", source=source_id, attempt=attempt, delay_s=delay, reason=outcome.reason
        )
        self._sleep(delay)

    def _attempt(self, hop: _Hop) -> FetchResult | _Transient:
        """One try, redirects included, within the total time limit; httpx errors become ours."""
        limit = self._settings.total_timeout_s
        started = time.monotonic()
        deadline = started + limit
        with _Watchdog(limit, self._alarms) as watchdog:
            try:
                response = self._open(hop, deadline, watchdog)
                try:
                    return self._finish(hop.source_id, response, started, deadline)
                finally:
                    response.close()
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                if watchdog.expired or time.monotonic() > deadline:
                    raise _total_timeout(hop.source_id, hop.url, limit) from exc
                return _failure(hop.source_id, hop.url, exc)

    def _open(self, hop: _Hop, deadline: float, watchdog: _Watchdog) -> httpx.Response:
        """Send the request and follow at most `max_redirects` redirects, unread.

        httpx would read each redirect's body into memory, uncapped; hop by hop we only close
        it. Each hop gets the time left of the total limit and the watchdog's trace hook.
        """
        limit = self._settings.total_timeout_s
        request = self._client.build_request("GET", hop.url, headers=hop.headers)
        for _ in range(self._settings.max_redirects + 1):
            left = deadline - time.monotonic()
            request.extensions = {
                **request.extensions,
                "timeout": _timeouts(self._settings, left).as_dict(),
                "trace": watchdog.trace,
            }
            response = self._client.send(request, stream=True)
            if response.next_request is None:
                return response
            response.close()
            _check_deadline(hop.source_id, hop.url, deadline, limit)
            request = self._redirected(hop, response.next_request)
        raise FetchError(
            hop.source_id,
            f"too many redirects (more than {self._settings.max_redirects}) "
            f"from {redact_url(hop.url)}",
        )

    def _redirected(self, hop: _Hop, request: httpx.Request) -> httpx.Request:
        """The next hop, once the redirect rules allow it: the source's headers stay with its
        own host, and a public origin may not lead into internal addresses."""
        target = request.url.host.lower()
        if target != hop.host and not hop.rules.headers_follow:
            for name in hop.own_headers:
                request.headers.pop(name, None)
                if name in self._client.headers:  # the source had replaced one of ours
                    request.headers[name] = self._client.headers[name]
        if not hop.rules.allow_private:
            refused = redirect_refusal(self._resolve(hop.host), self._resolve(target))
            if refused is not None:
                raise FetchError(
                    hop.source_id,
                    f"refused redirect from {redact_url(hop.url)} to "
                    f"{redact_url(str(request.url))}: {target} resolves to {refused}, a "
                    f"loopback, private or link-local address (set allow_private_addresses: "
                    f"true on the source if it is meant to reach one)",
                )
        return request

    def _finish(
        self, source_id: str, response: httpx.Response, started: float, deadline: float
    ) -> FetchResult | _Transient:
        """Turn a final response into a result, a retryable failure, or an error."""
        status, url = response.status_code, str(response.url)
        if status in RETRY_STATUSES:
            return _retryable(source_id, response)
        if status != httpx.codes.NOT_MODIFIED and not response.is_success:
            raise HTTPStatusError(source_id, status, redact_url(url))
        body = b""
        if status != httpx.codes.NOT_MODIFIED:
            body = self._read_body(source_id, response, deadline)
        elapsed = time.monotonic() - started
        log.info("fetch_done", source=source_id, status=status, bytes=len(body), elapsed_s=elapsed)
        return FetchResult(
            source_id,
            url,
            status,
            body=body,
            headers=dict(response.headers.items()),
            not_modified=status == httpx.codes.NOT_MODIFIED,
            elapsed_s=elapsed,
        )

    def _read_body(self, source_id: str, response: httpx.Response, deadline: float) -> bytes:
        """Stream and decode the body, stopping at the size cap or the total time limit."""
        cap, url = self._settings.max_body_bytes, str(response.url)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise _too_large(source_id, cap, url, f"Content-Length {declared}")
        chunks: list[bytes] = []
        size = 0
        for chunk in _decoded(response, min(cap + 1, _BLOCK)):
            size += len(chunk)
            if size > cap:
                raise _too_large(source_id, cap, url, "decoded body")
            _check_deadline(source_id, url, deadline, self._settings.total_timeout_s)
            chunks.append(chunk)
        _check_deadline(source_id, url, deadline, self._settings.total_timeout_s)
        return b"".join(chunks)


@dataclass(frozen=True, slots=True)
class _Hop:
    """What every hop of one fetch needs: the source, the URL it is configured with, the
    headers to send, which of them are the source's own, and its redirect rules."""

    source_id: str
    url: str
    headers: Mapping[str, str]
    own_headers: frozenset[str]
    rules: RedirectRules

    @property
    def host(self) -> str:
        return httpx.URL(self.url).host.lower()


def _failure(source_id: str, url: str, exc: Exception) -> _Transient:
    """An httpx error as ours: a dropped connection may be retried, the rest raise."""
    if isinstance(exc, _TRANSIENT_ERRORS):
        error = FetchError(source_id, f"connection failed for {redact_url(url)}: {exc}")
        error.__cause__ = exc
        return _Transient(error, reason=type(exc).__name__)
    if isinstance(exc, httpx.TimeoutException):
        raise FetchTimeout(source_id, f"{type(exc).__name__} fetching {redact_url(url)}") from exc
    raise FetchError(source_id, f"{type(exc).__name__} fetching {redact_url(url)}: {exc}") from exc


def _total_timeout(source_id: str, url: str, limit: float) -> FetchTimeout:
    return FetchTimeout(
        source_id, f"total time limit of {limit:g}s passed fetching {redact_url(url)}"
    )


def _retryable(source_id: str, response: httpx.Response) -> _Transient:
    """A 429 or 5xx, with the pause its `Retry-After` asks for, if any."""
    status, headers = response.status_code, response.headers
    retry_after = retry_after_seconds(
        headers.get("retry-after"), date=headers.get("date"), now=time.time()
    )
    error = HTTPStatusError(source_id, status, redact_url(str(response.url)), retry_after)
    return _Transient(error, f"http_{status}", retry_after)


def _host_of(source_id: str, url: str) -> str:
    """The host a URL names, the key for per-host limits (127.0.0.1 and localhost differ)."""
    try:
        return httpx.URL(url).host.lower()
    except httpx.InvalidURL as exc:
        raise FetchError(source_id, f"invalid URL {redact_url(url)!r}: {exc}") from exc


def _check_deadline(source_id: str, url: str, deadline: float, limit: float) -> None:
    """Enforce the per-attempt total limit, which httpx's per-read timeouts cannot."""
    if time.monotonic() > deadline:
        raise _total_timeout(source_id, url, limit)


def _too_large(source_id: str, cap: int, url: str, what: str) -> BodyTooLarge:
    return BodyTooLarge(source_id, f"{what} is over the {cap}-byte cap for {redact_url(url)}")


# --- Content-Encoding, undone a block at a time --------------------------------------------


def _decoded(response: httpx.Response, block: int) -> Iterator[bytes]:
    """The body with its Content-Encoding undone, as httpx would, but a block at a time.

    Codings are undone last first, and unknown ones skipped, as httpx does; a corrupt
    stream raises httpx.DecodingError, as it did when httpx decoded the body.
    """
    stream: Iterator[bytes] = response.iter_raw()
    codings = response.headers.get_list("content-encoding", split_commas=True)
    for coding in reversed([c.strip().lower() for c in codings]):
        if coding in ("gzip", "deflate"):
            stream = _inflated(stream, _Inflater(coding, block), response.request)
    return stream


def _inflated(
    chunks: Iterable[bytes], inflater: _Inflater, request: httpx.Request
) -> Iterator[bytes]:
    try:
        for chunk in chunks:
            yield from inflater.pieces(chunk)
    except zlib.error as exc:
        raise httpx.DecodingError(str(exc), request=request) from exc


class _Inflater:
    """gzip, or deflate: zlib-wrapped, else (as httpx guesses from the first chunk) raw."""

    def __init__(self, coding: str, block: int) -> None:
        self._raw_fallback = coding == "deflate"
        self._z = zlib.decompressobj(zlib.MAX_WBITS | 16 if coding == "gzip" else zlib.MAX_WBITS)
        self._block = block

    def pieces(self, data: bytes) -> Iterator[bytes]:
        """Inflate `data` a block at a time: `max_length` leaves the input not yet inflated
        in `unconsumed_tail`, and a full block may leave output pending inside zlib."""
        out = self._inflate(data)
        while out:
            yield out
            if not self._z.unconsumed_tail and len(out) < self._block:
                return
            out = self._z.decompress(self._z.unconsumed_tail, self._block)

    def _inflate(self, data: bytes) -> bytes:
        try:
            return self._z.decompress(data, self._block)
        except zlib.error:
            if not self._raw_fallback:
                raise
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)
            return self._z.decompress(data, self._block)
        finally:
            self._raw_fallback = False
