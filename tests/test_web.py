"""The web view over real HTTP: a `watcher serve` subprocess on the README demo's state (plus
one crafted article), and the pure parts (chart, reminders, auth) with literal values."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bench.web import build
from tests.servers import LoopbackServer, Reply
from tests.test_daemon import ServiceProcess, rss
from tests.web import CRAFTED_TITLE, EXAMPLES, Served, demo_state
from watcher.service.ops import Metrics, serve
from watcher.state.store import open_store
from watcher.web.app import CSP, WebView
from watcher.web.auth import authorized, exposure_problem, is_loopback
from watcher.web.chart import rate_chart
from watcher.web.pages import PAGE_SIZE
from watcher.web.sight import Sight

PAGES = ("/", "/alerts", "/alerts/1", "/sources", "/alerts?severity=critical")


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode()


def text_of(html: str) -> str:
    """The page's visible text, one space between the pieces."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture(scope="module")
def state(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_state(tmp_path_factory.mktemp("web") / "demo")


@pytest.fixture(scope="module")
def served(state: Path) -> Iterator[Served]:
    with Served(state) as server:
        yield server


@pytest.mark.parametrize("path", PAGES)
def test_every_page_answers_with_the_security_headers(served: Served, path: str) -> None:
    """Each page is 200 HTML with the strict CSP, nosniff and a referrer policy."""
    status, headers, body = get(served.url + path)
    assert status == 200, body
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Content-Security-Policy"] == CSP
    assert "default-src 'none'" in CSP and "script-src" not in CSP
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "<script" not in body.replace("&lt;script", "")  # no script of our own, inline or not
    assert " style=" not in body  # the CSP forbids inline styles


def test_the_now_page_shows_the_demo_rates_deadlines_and_contact(served: Served) -> None:
    """Now: US→China 30% (was 145%), the fentanyl 10%, China→US 10%; the 2025-11-10 deadline
    in 4 days with its 1-day and same-day reminders to come; the Busan meeting."""
    text = text_of(get(served.url + "/")[2])
    assert "US → China · all goods 30% happened was 145%" in text
    assert "US → China · fentanyl-related 10% announced was 20%" in text
    assert "China → US · all goods 10% happened was 125%" in text
    assert "2025-11-10 in 4 days tariff deadline (new date)" in text
    assert "2025-11-09 (1d before)" in text and "2025-11-10 (0d before)" in text
    assert "2025-11-03 (7d before)" not in text  # already past on 2025-11-06
    assert "meeting on 2025-10-30" in text
    assert "2 of 2 healthy" in text


def test_a_rate_has_an_svg_chart_drawn_with_classes(served: Served) -> None:
    """The rate cards carry an inline SVG staircase, styled by class only."""
    body = get(served.url + "/")[2]
    assert body.count('<svg class="chart"') >= 3
    assert '<polyline class="line" points="' in body


def test_article_text_is_escaped(served: Served, state: Path) -> None:
    """A title holding markup is shown as text on every page that shows it."""
    escaped = "Soybean duty &lt;script&gt;document.title=&#34;pwned&#34;&lt;/script&gt;"
    now = get(served.url + "/")[2]
    assert escaped in now
    assert CRAFTED_TITLE not in now
    with open_store(state, write=False) as store:
        from watcher.state.alerts import AlertLog  # noqa: PLC0415

        crafted = [
            r for r in AlertLog(store).list() if any(s.source == "crafted" for s in r.alert.sources)
        ]
    page = get(f"{served.url}/alerts/{crafted[0].alert.id}")[2]
    assert escaped in page and "<b>bold</b>" not in page


def test_the_severity_and_rule_filters(served: Served) -> None:
    """`?severity=` and `?rule=` keep only matching alerts, and the form shows the choice."""
    body = get(served.url + "/alerts?severity=critical")[2]
    severities = re.findall(r'class="sev sev-(\w+)"', body)
    assert severities and set(severities) == {"critical"}
    assert '<option value="critical" selected>' in body
    body = get(served.url + "/alerts?rule=trump-xi-contact")[2]
    links = re.findall(r'class="alert-link" href="/alerts/\d+">([^<]+)<', body)
    assert sorted(links) == ["Trump-Xi call on 2025-09-19", "Trump-Xi meeting on 2025-10-30"]
    body = get(served.url + "/alerts?rule=no-such-rule")[2]
    assert "No alert matches these filters." in body


def test_the_alert_page_shows_message_facts_known_value_and_attempts(served: Served) -> None:
    """Alert 1 (the truce extended): its message, fact evidence, the known date it was
    compared with, and its delivery attempt to the console."""
    text = text_of(get(served.url + "/alerts/1")[2])
    assert "US-China truce extended to 2025-11-10" in text
    assert "The deadline moved from 2025-08-12 to 2025-11-10." in text
    assert "extends the tariff truce with China by 90 days" in text
    assert "Comparison: changed" in text and "2025-08-12" in text
    assert re.search(r"2025-11-06 12:00 UTC console \d+\.\d\d s delivered", text)


def test_unknown_paths_and_alerts_are_404(served: Served) -> None:
    """An unknown path, an alert id that does not exist and one that is not a number: 404."""
    for path in ("/nope", "/alerts/99999", "/alerts/abc", "/alerts/1/x"):
        status, headers, _ = get(served.url + path)
        assert status == 404, path
        assert headers["Content-Security-Policy"] == CSP


def test_the_view_is_read_only(served: Served, state: Path) -> None:
    """Reading every page leaves the state file as it was, and other methods are refused."""
    before = (state.stat().st_mtime_ns, hashlib.sha256(state.read_bytes()).hexdigest())
    for path in (*PAGES, "/sources", "/metrics", "/readyz"):
        get(served.url + path)
    request = urllib.request.Request(served.url + "/alerts", data=b"x=1", method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 501
    refused.value.close()
    after = (state.stat().st_mtime_ns, hashlib.sha256(state.read_bytes()).hexdigest())
    assert after == before


def test_head_answers_as_get_does_without_a_body(served: Served) -> None:
    """Calendar apps and feed readers ask HEAD first: the same status and headers, no body."""
    for path in ("/", "/deadlines.ics", "/alerts.atom", "/healthz", "/nope"):
        status, got, body = get(served.url + path)
        request = urllib.request.Request(served.url + path, method="HEAD")
        try:
            with urllib.request.urlopen(request, timeout=10) as reply:
                head_status, head_headers, head_body = reply.status, reply.headers, reply.read()
        except urllib.error.HTTPError as error:
            head_status, head_headers, head_body = error.code, error.headers, error.read()
            error.close()
        assert head_status == status, path
        assert head_headers["Content-Type"] == got["Content-Type"], path
        assert head_headers["Content-Length"] == str(len(body.encode())), path
        assert head_body == b"", path


def test_ops_endpoints_are_served_beside_the_pages(served: Served) -> None:
    """/healthz, /readyz and /metrics answer on the same address."""
    assert get(served.url + "/healthz")[0] == 200
    assert get(served.url + "/readyz")[0] == 200
    assert "watcher_outbox_deliveries" in get(served.url + "/metrics")[2]


def test_off_loopback_without_a_token_refuses_to_start(state: Path) -> None:
    """`watcher serve --listen 0.0.0.0:PORT` with no web_token exits 2 naming the setting."""
    done = subprocess.run(
        [sys.executable, "-m", "watcher", "serve", "--state", str(state), "--listen", "0.0.0.0:0",
         "--sources", str(EXAMPLES)],
        capture_output=True, text=True, timeout=60, check=False, cwd=state.parent,
    )  # fmt: skip
    assert done.returncode == 2
    assert "web_token" in done.stderr and "0.0.0.0" in done.stderr


def test_a_token_is_asked_for_and_accepted_as_bearer_or_basic(state: Path) -> None:
    """With WATCHER_WEB_TOKEN set (off loopback too), pages need it; /healthz does not."""
    with Served(state, env={"WATCHER_WEB_TOKEN": "s3cret"}) as server:
        status, headers, _ = get(server.url + "/")
        assert status == 401 and headers["WWW-Authenticate"].startswith("Basic")
        assert get(server.url + "/", {"Authorization": "Bearer wrong"})[0] == 401
        assert get(server.url + "/", {"Authorization": "Bearer s3cret"})[0] == 200
        basic = base64.b64encode(b"desk:s3cret").decode()
        assert get(server.url + "/alerts", {"Authorization": f"Basic {basic}"})[0] == 200
        assert get(server.url + "/static/style.css")[0] == 401
        assert get(server.url + "/healthz")[0] == 200


def test_off_loopback_with_a_token_starts(state: Path) -> None:
    """`--listen 0.0.0.0:0` with a token serves (reached here through 127.0.0.1)."""
    served = Served(state, env={"WATCHER_WEB_TOKEN": "s3cret"})
    served.args[served.args.index("127.0.0.1:0")] = "0.0.0.0:0"
    with served:
        port = served.url.rsplit(":", 1)[1]
        status = get(f"http://127.0.0.1:{port}/", {"Authorization": "Bearer s3cret"})[0]
    assert status == 200


def test_alerts_are_paged(tmp_path: Path) -> None:
    """120 alerts are three pages of 50, newest first, with links both ways."""
    path = tmp_path / "paged.db"
    build(path, 120)
    clock = datetime(2025, 11, 6, 12, tzinfo=UTC)
    with open_store(path, write=False) as store:
        server = serve(("127.0.0.1", 0), Metrics(dict), lambda: (True, "ok"),
                       WebView(Sight(store, lambda: clock)))  # fmt: skip
        url = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            first = get(url + "/alerts")[2]
            third = get(url + "/alerts?page=3")[2]
            beyond = get(url + "/alerts?page=9")[2]
        finally:
            server.shutdown()
            server.server_close()
    assert PAGE_SIZE == 50
    assert first.count('class="alert-link"') == 50 and "page 1 of 3" in first
    assert "Bench alert 119:" in first and "Bench alert 69:" not in first
    assert 'rel="next" href="/alerts?page=2"' in first and 'rel="prev"' not in first
    assert third.count('class="alert-link"') == 20 and "Bench alert 0:" in third
    assert 'rel="prev" href="/alerts?page=2"' in third and 'rel="next"' not in third
    assert "No alert." in beyond


def test_the_chart_is_a_staircase_to_today() -> None:
    """Two rates make a step: across at the first, up at the change, on to today; the rate
    that held before the first is drawn from the left edge."""
    chart = rate_chart([(date(2025, 1, 1), 10.0), (date(2025, 1, 11), 20.0)], date(2025, 1, 21))
    assert chart is not None
    assert chart.path == "6.0,32.0 120.0,32.0 120.0,6.0 234.0,6.0"
    assert [d.label for d in chart.dots] == ["2025-01-01: 10%", "2025-01-11: 20%"]
    before = rate_chart([(date(2025, 1, 11), 20.0)], date(2025, 1, 21), before=40.0)
    assert before is not None and before.first == "before 2025-01-11"
    assert before.path == "6.0,6.0 99.9,6.0 99.9,32.0 234.0,32.0"
    assert rate_chart([], date(2025, 1, 1)) is None


def test_auth_rules() -> None:
    """Loopback needs no token; anything else does; the token is compared exactly."""
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("::") and not is_loopback("example")
    assert exposure_problem("127.0.0.1", None) is None
    assert exposure_problem("0.0.0.0", "t") is None
    assert "web_token" in (exposure_problem("0.0.0.0", None) or "")
    assert authorized(None, None)
    assert not authorized(None, "t") and not authorized("Bearer tt", "t")
    assert authorized("Bearer t", "t") and authorized(
        "Basic " + base64.b64encode(b"u:t").decode(), "t"
    )
    assert not authorized("Basic !!!", "t")


def test_watcher_run_serves_the_pages_on_its_ops_address(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """On loopback, `watcher run` answers the pages beside /healthz, with its own source."""
    http_server.script("/feed", Reply(body=rss("A magnet story")))
    service.start()
    service.wait_first_poll()
    status, body = service.get("/sources")
    assert status == 200 and 'id="source-wire"' in body
    assert service.get("/")[0] == 200
    assert service.stop() == 0


def test_watcher_run_off_loopback_without_a_token_keeps_the_pages_off(
    service: ServiceProcess, http_server: LoopbackServer
) -> None:
    """Listening on 0.0.0.0 without web_token (a container), the service starts, serves
    /healthz, answers 404 for the pages and says why in a `web_view_off` warning."""
    http_server.script("/feed", Reply(body=rss("A magnet story")))
    service.env["WATCHER_HTTP_LISTEN"] = f"0.0.0.0:{service.port}"
    service.start()
    assert get(f"http://127.0.0.1:{service.port}/")[0] == 404
    assert service.get("/healthz") == (200, "ok\n")
    off = [e for e in service.events() if e["event"] == "web_view_off"]
    assert off and "web_token" in off[0]["detail"]
    assert service.stop() == 0
