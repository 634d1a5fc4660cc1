"""watcher.ingest.fetch against a real loopback HTTP server (tests/servers.py), never a mock
of httpx."""

from __future__ import annotations

import gzip
import random
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from tests.servers import LoopbackServer, Recorded, Reply, redirect
from watcher.common.retry import retry_after_seconds
from watcher.errors import BodyTooLarge, FetchError, FetchTimeout, HTTPStatusError
from watcher.ingest.addresses import IPAddress, parse_ip, redirect_refusal
from watcher.ingest.fetch import (
    ACCEPT_ENCODING,
    Fetcher,
    RedirectRules,
    _Alarms,
    read_local,
    resolve_host,
)
from watcher.ingest.settings import FetchSettings
from watcher.models import Validators

FAST = FetchSettings(
    connect_timeout_s=1.0,
    read_timeout_s=0.5,
    total_timeout_s=2.0,
    max_body_bytes=1000,
    max_redirects=3,
    retries=2,
    backoff_base_s=0.01,
    backoff_max_s=5.0,
    user_agent="watcher-test/1.0",
)


@pytest.fixture
def sleeps() -> list[float]:
    """The delays the fetcher asked to sleep, recorded instead of slept."""
    return []


@pytest.fixture
def fetcher(sleeps: list[float]) -> Iterator[Fetcher]:
    """A fetcher with fast limits, recorded sleeps and jitter fixed at its maximum."""
    with Fetcher(FAST, sleep=sleeps.append, random=lambda: 1.0) as f:
        yield f


def fast(**changes: object) -> FetchSettings:
    return FAST.model_copy(update=changes)


def test_ok_returns_body_status_headers_and_url(
    http_server: LoopbackServer, fetcher: Fetcher
) -> None:
    """A 200 returns the body, the status, lower-cased headers and the URL fetched."""
    http_server.script("/feed", Reply(body=b"<rss/>", headers={"Content-Type": "application/xml"}))
    result = fetcher.fetch("src", http_server.url("/feed"))
    assert (result.status, result.body, result.not_modified) == (200, b"<rss/>", False)
    assert result.headers["content-type"] == "application/xml"
    assert result.url == http_server.url("/feed")
    assert result.source_id == "src"
    assert result.elapsed_s > 0


def test_user_agent_and_source_headers_are_sent(
    http_server: LoopbackServer, fetcher: Fetcher
) -> None:
    """Every request carries the configured User-Agent plus the source's own headers."""
    http_server.script("/feed", Reply(body=b"x"))
    fetcher.fetch("src", http_server.url("/feed"), headers={"X-Api-Key": "k1"})
    sent = http_server.requests_to("/feed")[0].headers
    assert sent["user-agent"] == "watcher-test/1.0"
    assert sent["x-api-key"] == "k1"
    assert "if-none-match" not in sent


def _conditional(request: Recorded) -> Reply:
    """Answer 304 when the client already holds the current ETag, as a real server does."""
    if request.headers.get("if-none-match") == '"v1"':
        return Reply(304, headers={"ETag": '"v1"'})
    headers = {"ETag": '"v1"', "Last-Modified": "Wed, 21 Oct 2015 07:28:00 GMT"}
    return Reply(body=b"<rss>v1</rss>", headers=headers)


def test_validators_are_sent_back_and_304_is_a_result(
    http_server: LoopbackServer, fetcher: Fetcher
) -> None:
    """ETag and Last-Modified from one fetch go back on the next, and its 304 is a value."""
    http_server.script("/feed", _conditional)
    first = fetcher.fetch("src", http_server.url("/feed"))
    stored = Validators(etag=first.etag, last_modified=first.last_modified)
    second = fetcher.fetch("src", http_server.url("/feed"), validators=stored)
    sent = http_server.requests_to("/feed")[1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Wed, 21 Oct 2015 07:28:00 GMT"
    assert (second.status, second.not_modified, second.body) == (304, True, b"")
    assert second.etag == '"v1"'


def test_304_without_validators_carries_none(http_server: LoopbackServer, fetcher: Fetcher) -> None:
    """A 304 that omits ETag and Last-Modified yields a result carrying neither."""
    http_server.script("/feed", Reply(304))
    result = fetcher.fetch("src", http_server.url("/feed"), validators=Validators(etag='"v1"'))
    assert result.not_modified
    assert (result.etag, result.last_modified) == (None, None)


def test_500_then_200_is_retried(
    http_server: LoopbackServer, fetcher: Fetcher, sleeps: list[float]
) -> None:
    """A 500 is retried after a backoff and the following 200 is returned."""
    http_server.script("/feed", Reply(500), Reply(body=b"ok"))
    with capture_logs() as logs:
        result = fetcher.fetch("src", http_server.url("/feed"))
    assert result.body == b"ok"
    assert sleeps == [0.01]
    retry = next(e for e in logs if e["event"] == "fetch_retry")
    assert (retry["source"], retry["attempt"], retry["reason"]) == ("src", 1, "http_500")


def test_dropped_connection_is_retried(
    http_server: LoopbackServer, fetcher: Fetcher, sleeps: list[float]
) -> None:
    """A server that closes the connection without answering is retried like a 5xx."""
    http_server.script("/feed", Reply(disconnect=True), Reply(body=b"ok"))
    assert fetcher.fetch("src", http_server.url("/feed")).body == b"ok"
    assert len(sleeps) == 1


def test_5xx_exhausting_retries_raises_status_error(
    http_server: LoopbackServer, fetcher: Fetcher, sleeps: list[float]
) -> None:
    """After `retries` retries with doubling jittered delays, the last 503 is raised."""
    http_server.script("/feed", Reply(503))
    with pytest.raises(HTTPStatusError) as caught:
        fetcher.fetch("src", http_server.url("/feed"))
    assert (caught.value.status, caught.value.source_id) == (503, "src")
    assert len(http_server.requests_to("/feed")) == 3
    assert sleeps == [0.01, 0.02]


def test_full_jitter_scales_the_backoff(http_server: LoopbackServer) -> None:
    """The backoff is the exponential delay times the injected random draw."""
    http_server.script("/feed", Reply(502), Reply(502), Reply(body=b"ok"))
    sleeps: list[float] = []
    settings = fast(backoff_base_s=1.0, backoff_max_s=1.5)
    with Fetcher(settings, sleep=sleeps.append, random=lambda: 0.5) as fetcher:
        fetcher.fetch("src", http_server.url("/feed"))
    assert sleeps == [0.5, 0.75]


def test_404_is_not_retried(
    http_server: LoopbackServer, fetcher: Fetcher, sleeps: list[float]
) -> None:
    """A 404 raises HTTPStatusError at once, naming the status and the URL."""
    with pytest.raises(HTTPStatusError, match="HTTP 404") as caught:
        fetcher.fetch("src", http_server.url("/missing"))
    assert caught.value.url == http_server.url("/missing")
    assert len(http_server.requests) == 1
    assert sleeps == []


def test_429_retry_after_seconds_sets_the_delay(
    http_server: LoopbackServer, fetcher: Fetcher, sleeps: list[float]
) -> None:
    """A 429's Retry-After in seconds replaces the computed backoff."""
    http_server.script("/feed", Reply(429, headers={"Retry-After": "3"}), Reply(body=b"ok"))
    assert fetcher.fetch("src", http_server.url("/feed")).body == b"ok"
    assert sleeps == [3.0]


def test_retry_after_http_date_is_measured_from_the_server_date(
    http_server: LoopbackServer, fetcher: Fetcher, sleeps: list[float]
) -> None:
    """A Retry-After HTTP-date waits the gap after the response's Date, whatever our clock says."""
    headers = {
        "Date": "Wed, 21 Oct 2015 07:28:00 GMT",
        "Retry-After": "Wed, 21 Oct 2015 07:28:04 GMT",
    }
    http_server.script("/feed", Reply(503, headers=headers), Reply(body=b"ok"))
    fetcher.fetch("src", http_server.url("/feed"))
    assert sleeps == [4.0]


def test_retry_after_within_backoff_max_is_waited(
    http_server: LoopbackServer, fetcher: Fetcher, sleeps: list[float]
) -> None:
    """A Retry-After no longer than backoff_max_s is waited in full, then retried."""
    http_server.script("/feed", Reply(429, headers={"Retry-After": "5"}), Reply(body=b"ok"))
    assert fetcher.fetch("src", http_server.url("/feed")).body == b"ok"
    assert sleeps == [FAST.backoff_max_s]


def test_retry_after_beyond_backoff_max_fails_at_once_and_carries_the_wait(
    http_server: LoopbackServer, fetcher: Fetcher, sleeps: list[float]
) -> None:
    """A 503 asking for a day is not slept through: the fetch fails now, saying how long the
    server asked for, so the service can come back then (issue 11, section 3)."""
    http_server.script("/feed", Reply(503, headers={"Retry-After": "86400"}), Reply(body=b"ok"))
    with capture_logs() as logs, pytest.raises(HTTPStatusError) as caught:
        fetcher.fetch("src", http_server.url("/feed"))
    assert (caught.value.status, caught.value.retry_after_s) == (503, 86400.0)
    assert "Retry-After 86400s" in str(caught.value)
    assert sleeps == []
    assert len(http_server.requests_to("/feed")) == 1
    assert any(e["event"] == "fetch_not_retried" for e in logs)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("0", 0.0),
        (" 120 ", 120.0),
        ("-5", None),
        ("soon", None),
        ("Thu, 01 Jan 1970 00:01:40 GMT", 60.0),
        ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0),
    ],
)
def test_retry_after_parsing(value: str | None, expected: float | None) -> None:
    """Retry-After is read as seconds or as an HTTP-date; anything else is ignored."""
    assert retry_after_seconds(value, date=None, now=40.0) == expected


def test_retry_after_is_honoured_in_real_time(http_server: LoopbackServer) -> None:
    """With the real sleep, the retry reaches the server no sooner than Retry-After says."""
    http_server.script("/feed", Reply(429, headers={"Retry-After": "1"}), Reply(body=b"ok"))
    with Fetcher(FAST) as fetcher:
        assert fetcher.fetch("src", http_server.url("/feed")).body == b"ok"
    first, second = http_server.requests_to("/feed")
    assert 1.0 <= second.at - first.at < 2.0


def test_redirect_is_followed_to_the_final_url(
    http_server: LoopbackServer, fetcher: Fetcher
) -> None:
    """Redirects are followed and the result names the URL that finally answered."""
    http_server.script("/old", redirect("/mid", 301))
    http_server.script("/mid", redirect(http_server.url("/new", host="localhost")))
    http_server.script("/new", Reply(body=b"moved"))
    result = fetcher.fetch("src", http_server.url("/old"), headers={"X-Api-Key": "k1"})
    assert (result.status, result.body) == (200, b"moved")
    assert result.url == http_server.url("/new", host="localhost")
    assert http_server.requests_to("/new")[0].headers["user-agent"] == "watcher-test/1.0"


def test_redirect_loop_raises_too_many_redirects(
    http_server: LoopbackServer, fetcher: Fetcher
) -> None:
    """A redirect loop stops after max_redirects hops with a FetchError saying so."""
    http_server.script("/a", redirect("/b"))
    http_server.script("/b", redirect("/a"))
    with pytest.raises(FetchError, match="too many redirects"):
        fetcher.fetch("src", http_server.url("/a"))
    assert len(http_server.requests) == FAST.max_redirects + 1


def test_declared_length_over_cap_is_rejected_before_reading(
    http_server: LoopbackServer, fetcher: Fetcher
) -> None:
    """A Content-Length over the cap fails at once, without waiting for the body."""
    http_server.script("/big", Reply(body=b"x" * 5000, stall_at=0, stall_s=5.0))
    started = time.monotonic()
    with pytest.raises(BodyTooLarge) as caught:
        fetcher.fetch("src", http_server.url("/big"))
    assert time.monotonic() - started < FAST.read_timeout_s
    message = str(caught.value)
    assert "src" in message
    assert "1000" in message
    assert http_server.url("/big") in message


def test_chunked_body_over_cap_is_rejected(http_server: LoopbackServer, fetcher: Fetcher) -> None:
    """A chunked body with no Content-Length is cut off once it passes the cap."""
    http_server.script("/big", Reply(body=b"x" * 5000, chunked=True, chunk_size=400))
    with pytest.raises(BodyTooLarge, match="1000-byte cap"):
        fetcher.fetch("src", http_server.url("/big"))


def test_gzip_body_is_capped_after_decompression(
    http_server: LoopbackServer, fetcher: Fetcher
) -> None:
    """A small gzip body that inflates past the cap is rejected."""
    body = b"\0" * 50_000
    assert len(gzip.compress(body)) < FAST.max_body_bytes
    http_server.script("/bomb", Reply(body=body, gzip=True))
    with pytest.raises(BodyTooLarge, match="decoded body"):
        fetcher.fetch("src", http_server.url("/bomb"))


def test_gzip_body_within_cap_is_decoded(http_server: LoopbackServer, fetcher: Fetcher) -> None:
    """A gzip body under the cap comes back decompressed."""
    http_server.script("/feed", Reply(body=b"<rss>" + b"a" * 500 + b"</rss>", gzip=True))
    assert fetcher.fetch("src", http_server.url("/feed")).body.startswith(b"<rss>aaa")


def _gzip_of_zeros(size: int) -> bytes:
    """`size` zero bytes, gzip-compressed a megabyte at a time (never held uncompressed)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    megabyte = bytes(1 << 20)
    parts = [packer.compress(megabyte) for _ in range(size >> 20)]
    return b"".join([*parts, packer.flush()])


def test_gzip_bomb_is_stopped_within_a_block_of_the_cap(http_server: LoopbackServer) -> None:
    """50 MB of zeros in 50 kB of gzip hits a 1 MB cap without inflating much past it."""
    bomb = _gzip_of_zeros(50 << 20)
    assert len(bomb) < 100_000
    http_server.script("/bomb", Reply(body=bomb, headers={"Content-Encoding": "gzip"}))
    with Fetcher(fast(max_body_bytes=1 << 20)) as fetcher:
        tracemalloc.start()
        try:
            with pytest.raises(BodyTooLarge, match="decoded body"):
                fetcher.fetch("src", http_server.url("/bomb"))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 8 << 20


def _varied(size: int) -> bytes:
    """Compressible but not trivial bytes, so inflating takes many blocks and chunks."""
    words = [b"tariff", b"duty", b"quota", b"<item>", b"</item>\n", b"2025", b"\xe5\x95\x86"]
    rng = random.Random(7)
    out = bytearray()
    while len(out) < size:
        out += rng.choice(words) + b" "
    return bytes(out[:size])


def _deflate(data: bytes, wbits: int) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return packer.compress(data) + packer.flush()


ENCODED = {
    "gzip": gzip.compress,
    "deflate": lambda b: _deflate(b, zlib.MAX_WBITS),
    "deflate-raw": lambda b: _deflate(b, -zlib.MAX_WBITS),
    "gzip, gzip": lambda b: gzip.compress(gzip.compress(b)),
    "identity, gzip": gzip.compress,
    "x-unknown": lambda b: b,
}


@pytest.mark.parametrize("size", [3 * 65536, 300_001])
@pytest.mark.parametrize("coding", ENCODED)
def test_encoded_bodies_are_decoded_exactly(
    http_server: LoopbackServer, coding: str, size: int
) -> None:
    """gzip, zlib and raw deflate, stacked codings and exact block multiples decode whole."""
    body = _varied(size)
    header = coding.removesuffix("-raw")
    reply = Reply(body=ENCODED[coding](body), headers={"Content-Encoding": header})
    http_server.script("/feed", reply)
    with Fetcher(fast(max_body_bytes=size)) as fetcher:
        assert fetcher.fetch("src", http_server.url("/feed")).body == body


def test_corrupt_gzip_raises_fetch_error(http_server: LoopbackServer, fetcher: Fetcher) -> None:
    """A body that says gzip but is not raises FetchError naming the decoding failure."""
    http_server.script(
        "/feed", Reply(body=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    )
    with pytest.raises(FetchError, match="src: DecodingError"):
        fetcher.fetch("src", http_server.url("/feed"))


def test_only_codings_we_decode_are_accepted(http_server: LoopbackServer, fetcher: Fetcher) -> None:
    """Accept-Encoding names gzip and deflate only, whatever compression packages exist."""
    http_server.script("/feed", Reply(body=b"x"))
    fetcher.fetch("src", http_server.url("/feed"))
    assert http_server.requests_to("/feed")[0].headers["accept-encoding"] == "gzip, deflate"
    assert ACCEPT_ENCODING == "gzip, deflate"


def test_stall_before_headers_raises_fetch_timeout_without_retry(
    http_server: LoopbackServer, fetcher: Fetcher
) -> None:
    """A server silent past the read timeout raises FetchTimeout, and is not retried."""
    http_server.script("/slow", Reply(body=b"late", delay_s=5.0))
    with pytest.raises(FetchTimeout, match="ReadTimeout"):
        fetcher.fetch("src", http_server.url("/slow"))
    assert len(http_server.requests) == 1


def test_stall_mid_body_raises_fetch_timeout(http_server: LoopbackServer, fetcher: Fetcher) -> None:
    """A body that stops arriving for longer than the read timeout raises FetchTimeout."""
    http_server.script("/slow", Reply(body=b"x" * 100, stall_at=10, stall_s=5.0))
    with pytest.raises(FetchTimeout):
        fetcher.fetch("src", http_server.url("/slow"))


def test_trickling_body_hits_the_total_time_limit(http_server: LoopbackServer) -> None:
    """Bytes that each arrive within the read timeout still stop at the total time limit."""
    http_server.script("/trickle", Reply(body=b"x" * 100, chunk_size=1, chunk_pause_s=0.05))
    settings = fast(total_timeout_s=0.6)
    started = time.monotonic()
    with Fetcher(settings) as fetcher, pytest.raises(FetchTimeout, match="total time limit"):
        fetcher.fetch("src", http_server.url("/trickle"))
    assert time.monotonic() - started < 1.5


def test_per_host_limit_holds_while_hosts_run_in_parallel(http_server: LoopbackServer) -> None:
    """No host sees more than per_host_concurrency requests, while two hosts overlap."""
    http_server.script("/feed", Reply(body=b"ok", delay_s=0.15))
    urls = [http_server.url("/feed", host) for host in ("127.0.0.1", "localhost") for _ in range(6)]
    with Fetcher(fast(per_host_concurrency=2)) as fetcher, ThreadPoolExecutor(12) as pool:
        results = list(pool.map(lambda u: fetcher.fetch("src", u), urls))
    assert all(r.status == 200 for r in results)
    assert http_server.peak_concurrency("127.0.0.1") == 2
    assert http_server.peak_concurrency("localhost") == 2
    assert http_server.peak_concurrency() == 4


def test_host_slot_is_released_while_waiting_to_retry(http_server: LoopbackServer) -> None:
    """While one source sleeps before a retry, another source on the same host is fetched."""
    http_server.script("/flaky", Reply(503), Reply(body=b"ok"))
    http_server.script("/other", Reply(body=b"other"))
    fetched: list[bytes] = []

    def sleep(_: float) -> None:
        worker = threading.Thread(
            target=lambda: fetched.append(limited.fetch("b", http_server.url("/other")).body)
        )
        worker.start()
        worker.join(timeout=2.0)

    with Fetcher(fast(per_host_concurrency=1), sleep=sleep) as limited:
        assert limited.fetch("a", http_server.url("/flaky")).body == b"ok"
    assert fetched == [b"other"]


def test_unsupported_scheme_raises_fetch_error(fetcher: Fetcher) -> None:
    """A URL httpx cannot fetch raises FetchError naming the source, not an httpx error."""
    with pytest.raises(FetchError, match="src: UnsupportedProtocol"):
        fetcher.fetch("src", "ftp://127.0.0.1/feed")


def test_read_local_returns_the_file(tmp_path: Path) -> None:
    """A local feed file is returned as a 200 with its bytes."""
    path = tmp_path / "feed.xml"
    path.write_bytes(b"<rss/>")
    result = read_local("src", path, max_bytes=100)
    assert (result.status, result.body, result.url) == (200, b"<rss/>", str(path))


def test_read_local_missing_file_names_source_and_path(tmp_path: Path) -> None:
    """A missing local file raises FetchError naming the source and the path."""
    path = tmp_path / "absent.xml"
    with pytest.raises(FetchError, match="src: cannot read") as caught:
        read_local("src", path, max_bytes=100)
    assert str(path) in str(caught.value)


def test_read_local_over_cap_raises_body_too_large(tmp_path: Path) -> None:
    """A local file over the cap raises BodyTooLarge."""
    path = tmp_path / "big.xml"
    path.write_bytes(b"x" * 101)
    with pytest.raises(BodyTooLarge, match="100-byte cap"):
        read_local("src", path, max_bytes=100)


# --- issue 11, section 3: the total limit covers connect, headers and body -------------------


def test_trickling_headers_hit_the_total_time_limit(http_server: LoopbackServer) -> None:
    """A server sending its status line and headers a byte at a time (each byte within the
    read timeout) is cut at the total time limit, not after the whole head has trickled."""
    padding = {"X-Padding": "p" * 200}  # ~300 header bytes: a minute at 0.2 s a byte
    http_server.script("/slow", Reply(body=b"<rss/>", headers=padding, head_pause_s=0.2))
    started = time.monotonic()
    limit = pytest.raises(FetchTimeout, match="total time limit of 1s")
    with Fetcher(fast(total_timeout_s=1.0)) as fetcher, limit as caught:
        fetcher.fetch("src", http_server.url("/slow"))
    assert time.monotonic() - started < 2.5
    assert str(caught.value).startswith("src: ")
    assert len(http_server.requests_to("/slow")) == 1  # a cut attempt is not retried


# --- issue 11, section 7: what a redirect may carry and where it may lead --------------------


@pytest.fixture
def other_server() -> Iterator[LoopbackServer]:
    """A second real server, reached as "localhost" (another host than 127.0.0.1)."""
    with LoopbackServer() as server:
        yield server


def test_source_headers_are_not_sent_to_another_host(
    http_server: LoopbackServer, other_server: LoopbackServer, fetcher: Fetcher
) -> None:
    """A redirect from 127.0.0.1 to localhost drops the source's own header (an API key)."""
    http_server.script("/start", redirect(other_server.url("/feed", host="localhost")))
    other_server.script("/feed", Reply(body=b"<rss/>"))
    own = {"X-Api-Key": "k-secret", "User-Agent": "source-agent/2"}
    result = fetcher.fetch("src", http_server.url("/start"), headers=own)
    assert result.body == b"<rss/>"
    first = http_server.requests_to("/start")[0].headers
    assert (first["x-api-key"], first["user-agent"]) == ("k-secret", "source-agent/2")
    moved = other_server.requests_to("/feed")[0]
    assert moved.host == "localhost"
    assert "x-api-key" not in moved.headers
    assert moved.headers["user-agent"] == "watcher-test/1.0"  # ours still go


def test_source_headers_follow_when_the_source_allows_it(
    http_server: LoopbackServer, other_server: LoopbackServer, fetcher: Fetcher
) -> None:
    """`headers_follow_redirects: true` sends them to the other host as well."""
    http_server.script("/start", redirect(other_server.url("/feed", host="localhost")))
    other_server.script("/feed", Reply(body=b"<rss/>"))
    rules = RedirectRules(headers_follow=True)
    fetcher.fetch("src", http_server.url("/start"), headers={"X-Api-Key": "k1"}, redirects=rules)
    assert other_server.requests_to("/feed")[0].headers["x-api-key"] == "k1"


def test_source_headers_stay_on_a_redirect_within_the_host(
    http_server: LoopbackServer, fetcher: Fetcher
) -> None:
    """A redirect to another path of the same host keeps the source's headers."""
    http_server.script("/start", redirect("/feed"))
    http_server.script("/feed", Reply(body=b"<rss/>"))
    fetcher.fetch("src", http_server.url("/start"), headers={"X-Api-Key": "k1"})
    assert http_server.requests_to("/feed")[0].headers["x-api-key"] == "k1"


def ips(*texts: str) -> list[IPAddress]:
    return [a for a in map(parse_ip, texts) if a is not None]


PUBLIC = "93.184.215.14"  # a global address; only ever classified, never connected to


@pytest.mark.parametrize(
    ("origin", "target", "refused"),
    [
        ([PUBLIC], ["127.0.0.2"], "127.0.0.2"),  # loopback
        ([PUBLIC], ["10.1.2.3"], "10.1.2.3"),  # private
        ([PUBLIC], ["169.254.169.254"], "169.254.169.254"),  # link-local (cloud metadata)
        ([PUBLIC], ["100.64.0.1"], "100.64.0.1"),  # shared address space
        ([PUBLIC], ["0.0.0.0"], "0.0.0.0"),  # unspecified
        ([PUBLIC], ["::1"], "::1"),
        ([PUBLIC], ["fd00::1"], "fd00::1"),  # unique local
        ([PUBLIC], ["fe80::1"], "fe80::1"),
        ([PUBLIC], ["::ffff:127.0.0.1"], "::ffff:127.0.0.1"),  # IPv4 loopback written as IPv6
        ([PUBLIC], ["8.8.8.8", "10.0.0.1"], "10.0.0.1"),  # any internal address refuses
        ([], ["10.0.0.1"], "10.0.0.1"),  # an origin that did not resolve counts as public
        ([PUBLIC, "10.0.0.5"], ["10.0.0.1"], "10.0.0.1"),  # so does a mixed one
        ([PUBLIC], ["8.8.8.8", "2606:4700::1111"], None),  # public to public
        (["127.0.0.1"], ["10.0.0.1"], None),  # configured inside: its redirects may stay inside
        (["10.0.0.5", "fd00::5"], ["127.0.0.1"], None),
        (["127.0.0.1"], [PUBLIC], None),
    ],
)
def test_redirect_refusal_by_address_class(
    origin: list[str], target: list[str], refused: str | None
) -> None:
    """A public origin may not redirect into internal addresses; an internal one may."""
    expected = parse_ip(refused) if refused else None
    assert redirect_refusal(ips(*origin), ips(*target)) == expected
    assert redirect_refusal(ips(*origin), ips(*target), allow_private=True) is None


def test_resolve_host_reads_literals_and_names() -> None:
    """IP literals are taken as written; localhost resolves to loopback; junk to nothing."""
    assert resolve_host("127.0.0.2") == ips("127.0.0.2")
    assert resolve_host("[::1]") == ips("::1")
    assert all(a.is_loopback for a in resolve_host("localhost"))
    assert resolve_host("no-such-host.invalid") == []


def public_localhost(host: str) -> list[IPAddress]:
    """Resolution as the redirect rules see it, with "localhost" declared a public host.

    The connection itself still goes to the real localhost; only the classification of the
    origin changes, which is the one thing a test on this machine cannot get for real.
    """
    return ips(PUBLIC) if host == "localhost" else resolve_host(host)


def test_redirect_from_a_public_origin_into_loopback_is_refused(
    http_server: LoopbackServer, other_server: LoopbackServer
) -> None:
    """A real redirect from a (declared) public host to 127.0.0.1 is not followed, and the
    error names the target; the loopback server never sees a request."""
    target = other_server.url("/latest/meta-data/")
    http_server.script("/start", redirect(target))
    other_server.script("/latest/meta-data/", Reply(body=b"secret"))
    refused = pytest.raises(FetchError, match="refused redirect")
    with Fetcher(FAST, resolve=public_localhost) as fetcher, refused as caught:
        fetcher.fetch("src", http_server.url("/start", host="localhost"))
    message = str(caught.value)
    assert message.startswith("src: ")
    assert target in message
    assert "allow_private_addresses" in message
    assert len(http_server.requests_to("/start")) == 1
    assert other_server.requests == []


def test_allow_private_addresses_lets_the_redirect_through(
    http_server: LoopbackServer, other_server: LoopbackServer
) -> None:
    """With `allow_private_addresses: true` the same redirect is followed."""
    http_server.script("/start", redirect(other_server.url("/feed")))
    other_server.script("/feed", Reply(body=b"<rss/>"))
    with Fetcher(FAST, resolve=public_localhost) as fetcher:
        url = http_server.url("/start", host="localhost")
        result = fetcher.fetch("src", url, redirects=RedirectRules(allow_private=True))
    assert result.body == b"<rss/>"


def test_an_alarm_fires_after_its_delay_and_a_cancelled_one_never() -> None:
    """The watchdog's alarms: each fires once, in deadline order whatever the order they were
    armed in; a cancelled one does not fire; closing stops the thread."""
    alarms = _Alarms()
    fired: list[str] = []
    done = threading.Event()
    late = alarms.arm(0.3, lambda: (fired.append("late"), done.set()))
    cancelled = alarms.arm(0.05, lambda: fired.append("cancelled"))
    alarms.arm(0.1, lambda: fired.append("early"))
    cancelled.cancelled = True
    assert done.wait(5)
    assert fired == ["early", "late"]
    assert not late.cancelled
    alarms.close()
    assert "fetch-watchdog" not in {t.name for t in threading.enumerate()}


def test_every_attempt_of_a_fetcher_shares_one_watchdog_thread(
    http_server: LoopbackServer,
) -> None:
    """Twenty fetches start one timer thread between them, not one each (a thread costs
    about 1 ms, as much as a conditional GET on loopback), and close() ends it."""
    http_server.script("/feed", Reply(body=b"<rss/>"))
    before = set(threading.enumerate())
    started: set[threading.Thread] = set()
    with Fetcher(fast()) as fetcher:
        for _ in range(20):
            fetcher.fetch("s", http_server.url("/feed"))
            started |= set(threading.enumerate()) - before
    assert [t.name for t in started if t.name == "fetch-watchdog"] == ["fetch-watchdog"]
    assert [t for t in started if isinstance(t, threading.Timer)] == []
    assert "fetch-watchdog" not in {t.name for t in threading.enumerate()}
