"""A real HTTP server on 127.0.0.1 that tests script path by path.

Tests talk to it through the real client stack (sockets, HTTP/1.1 framing, gzip), so they
exercise what production does without touching the network:

    def test_x(http_server: LoopbackServer) -> None:
        http_server.script("/feed", Reply(503, headers={"Retry-After": "1"}), Reply(body=b"<rss/>"))
        ...fetch http_server.url("/feed")...
        assert http_server.requests_to("/feed")[0].headers["user-agent"].startswith("watcher/")

Each path plays its replies in order and repeats the last one. A reply may also be a
function of the request (conditional GET, echoing a webhook). Every request is recorded with
its method, path, headers, body, Host name and arrival time, and the server counts how many
requests each Host name has in flight at once. Every response closes its connection, so no
handler thread outlives the test; pauses wait on an event that teardown sets.
"""

from __future__ import annotations

import gzip
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

__all__ = ["LoopbackServer", "Recorded", "Reply", "http_server", "redirect"]


@dataclass(frozen=True)
class Reply:
    """One scripted response.

    `delay_s` pauses before the status line; `stall_at`/`stall_s` pause after that many body
    bytes; `chunk_size`/`chunk_pause_s` trickle the body; `chunked` drops Content-Length for
    chunked transfer; `gzip` compresses the body and says so; `disconnect` closes the
    connection without answering; `head_pause_s` sends the status line and headers one byte
    at a time, pausing this long after each byte (a slow-headers server).
    """

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    gzip: bool = False
    chunked: bool = False
    chunk_size: int | None = None
    chunk_pause_s: float = 0.0
    stall_at: int | None = None
    stall_s: float = 0.0
    disconnect: bool = False
    head_pause_s: float = 0.0


def redirect(location: str, status: int = 302) -> Reply:
    """A redirect to `location` (a path on this server or a full URL)."""
    return Reply(status, headers={"Location": location})


@dataclass(frozen=True)
class Recorded:
    """A request as the server saw it; header names are lower-cased."""

    method: str
    path: str
    host: str
    headers: dict[str, str]
    body: bytes
    at: float  # time.monotonic() when the request line arrived


Responder = Reply | Callable[[Recorded], Reply]


class LoopbackServer:
    """A ThreadingHTTPServer on 127.0.0.1 with scripted replies; use as a context manager."""

    def __init__(self, port: int = 0) -> None:
        """`port` 0 picks a free one; a given port lets a test bring up a receiver at an
        address that refused connections until then."""
        self.requests: list[Recorded] = []
        self.errors: list[BaseException] = []
        self._scripts: dict[str, list[Responder]] = {}
        self._lock = threading.Lock()
        self._active: dict[str, int] = {}
        self._peak: dict[str, int] = {}
        self._peak_total = 0
        self.stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", port), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        """The URL of `path`; pass host="localhost" to reach it under a second host name."""
        return f"http://{host}:{self.port}{path}"

    def script(self, path: str, *replies: Responder) -> None:
        """Replace what `path` answers: these replies in order, then the last one forever."""
        if not replies:
            raise ValueError("script needs at least one reply")
        with self._lock:
            self._scripts[path] = list(replies)

    def requests_to(self, path: str) -> list[Recorded]:
        """The requests recorded for `path` (query string excluded), oldest first."""
        with self._lock:
            return [r for r in self.requests if r.path.split("?")[0] == path]

    def peak_concurrency(self, host: str | None = None) -> int:
        """Most requests in flight at once, for one Host name or for the whole server."""
        with self._lock:
            return self._peak_total if host is None else self._peak.get(host, 0)

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()  # wakes handlers paused in delays or stalls
        self._httpd.shutdown()
        self._httpd.server_close()  # joins the handler threads
        self._thread.join()
        if self.errors:
            raise RuntimeError(f"loopback server handler failed: {self.errors[0]!r}")

    def _next_reply(self, request: Recorded) -> Reply:
        with self._lock:
            self.requests.append(request)
            script = self._scripts.get(request.path.split("?")[0])
            if script is None:
                return Reply(404, b"not scripted")
            responder = script.pop(0) if len(script) > 1 else script[0]
        return responder(request) if callable(responder) else responder

    def _enter(self, host: str) -> None:
        with self._lock:
            self._active[host] = self._active.get(host, 0) + 1
            self._peak[host] = max(self._peak.get(host, 0), self._active[host])
            self._peak_total = max(self._peak_total, sum(self._active.values()))

    def _leave(self, host: str) -> None:
        with self._lock:
            self._active[host] -= 1


class _Server(ThreadingHTTPServer):
    owner: LoopbackServer
    daemon_threads = False  # so server_close() joins them
    block_on_close = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Keep a handler's own failure (e.g. a failing responder) for teardown to raise."""
        error = sys.exc_info()[1]
        if error is not None and not isinstance(error, OSError):
            self.owner.errors.append(error)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    timeout = 5  # a client that connects and never sends cannot hold teardown for long

    def do_GET(self) -> None:
        self._serve()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests assert on `LoopbackServer.requests` instead."""

    def _serve(self) -> None:
        owner = self.server.owner
        request = self._record()
        owner._enter(request.host)
        answered = threading.Event()

        def answering() -> None:
            # A request stops counting as in flight when its answer starts: the client may
            # finish reading and start its next request before this handler winds down.
            if not answered.is_set():
                answered.set()
                owner._leave(request.host)

        try:
            self._respond(owner._next_reply(request), owner.stopping, answering)
        except OSError:  # the client hung up first
            pass
        finally:
            answering()
            self.close_connection = True

    def _record(self) -> Recorded:
        headers = {k.lower(): v for k, v in self.headers.items()}
        length = int(headers.get("content-length", "0") or 0)
        body = self.rfile.read(length) if length else b""
        host = headers.get("host", "").rsplit(":", 1)[0]
        arrived = time.monotonic()
        return Recorded(self.command, self.path, host, headers, body, arrived)

    def _respond(
        self, reply: Reply, stopping: threading.Event, answering: Callable[[], None]
    ) -> None:
        if reply.delay_s and stopping.wait(reply.delay_s):
            return
        if reply.disconnect:
            return
        answering()
        body = gzip.compress(reply.body) if reply.gzip else reply.body
        self._head_pause, self._stopping = reply.head_pause_s, stopping
        self._send_head(reply, body)
        if self._head_pause and stopping.is_set():
            return
        if self.command != "HEAD":
            self._send_body(reply, body, stopping)

    def _send_head(self, reply: Reply, body: bytes) -> None:
        self.send_response_only(reply.status)
        names = {k.lower() for k in reply.headers}
        if "date" not in names:
            self.send_header("Date", self.date_time_string())
        if reply.gzip:
            self.send_header("Content-Encoding", "gzip")
        if reply.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        elif "content-length" not in names:
            self.send_header("Content-Length", str(len(body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()

    _head_pause = 0.0
    _stopping: threading.Event | None = None

    def flush_headers(self) -> None:
        """As BaseHTTPRequestHandler, or one byte at a time for a `head_pause_s` reply."""
        if not self._head_pause or self._stopping is None:
            super().flush_headers()
            return
        head = b"".join(getattr(self, "_headers_buffer", []))
        self._headers_buffer: list[bytes] = []
        for i in range(len(head)):
            self.wfile.write(head[i : i + 1])
            self.wfile.flush()
            if self._stopping.wait(self._head_pause):
                return

    def _send_body(self, reply: Reply, body: bytes, stopping: threading.Event) -> None:
        size = reply.chunk_size or len(body) or 1
        stall_at = reply.stall_at if reply.stall_at is not None else -1
        pieces = [body[:stall_at], body[stall_at:]] if stall_at >= 0 else [body]
        for n, piece in enumerate(pieces):
            if n and stopping.wait(reply.stall_s):
                return
            for start in range(0, len(piece), size):
                self._write(piece[start : start + size], reply.chunked)
                if reply.chunk_pause_s and stopping.wait(reply.chunk_pause_s):
                    return
        if reply.chunked:
            self.wfile.write(b"0\r\n\r\n")

    def _write(self, data: bytes, chunked: bool) -> None:
        if chunked and data:
            data = b"%x\r\n%s\r\n" % (len(data), data)
        self.wfile.write(data)
        self.wfile.flush()


@pytest.fixture
def http_server() -> Iterator[LoopbackServer]:
    """A fresh loopback server per test, shut down and joined afterwards."""
    with LoopbackServer() as server:
        yield server
