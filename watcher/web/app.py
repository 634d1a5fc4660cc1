"""The web view's routing table, and the headers every answer carries.

`ROUTES` maps a path (with `{name}` for one path segment) to a handler taking a `Request`
and returning a `Response`. Everything here is GET and read-only; the ops server answers
other methods with 501.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from urllib.parse import parse_qs, urlsplit

import structlog

from watcher.errors import StoreError
from watcher.web import atom, ics, pages
from watcher.web.auth import authorized
from watcher.web.published import alerts_atom, deadlines_ics
from watcher.web.request import Request, Response
from watcher.web.sight import Sight

log = structlog.get_logger(__name__)

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
)


Handler = Callable[[Request], Response]


def _page(handler: Callable[[Request], tuple[int, bytes]]) -> Handler:
    return lambda request: Response(*handler(request))


def _css(request: Request) -> Response:
    return Response(200, pages.stylesheet(), "text/css; charset=utf-8")


def _calendar(request: Request) -> Response:
    """`/deadlines.ics`: alarms from the deadline rules in force (a reload's included)."""
    loaded = request.sight.loaded()
    body = deadlines_ics(request.sight.store, loaded.baseline, loaded.rules, request.now)
    return Response(200, body, ics.CONTENT_TYPE)


def _feed(request: Request) -> Response:
    return Response(200, alerts_atom(request.sight.store, request.now), atom.CONTENT_TYPE)


ROUTES: dict[str, Handler] = {
    "/": _page(pages.now),
    "/alerts": _page(pages.alerts),
    "/alerts/{id}": _page(pages.alert),
    "/sources": _page(pages.sources),
    "/static/style.css": _css,
    "/deadlines.ics": _calendar,
    "/alerts.atom": _feed,
}


def _compile(routes: Mapping[str, Handler]) -> list[tuple[re.Pattern[str], Handler]]:
    def pattern(path: str) -> re.Pattern[str]:
        return re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$")

    return [(pattern(path), handler) for path, handler in routes.items()]


class WebView:
    """Answers one GET: the route's page, 401 without the token, 404 for anything else."""

    def __init__(self, sight: Sight, routes: Mapping[str, Handler] = ROUTES) -> None:
        self.sight = sight
        self._routes = _compile(routes)

    def handle(self, target: str, authorization: str | None) -> Response:
        response = self._answer(target, authorization)
        return Response(
            response.status,
            response.body,
            response.content_type,
            (*response.headers, *SECURITY_HEADERS),
        )

    def _answer(self, target: str, authorization: str | None) -> Response:
        if not authorized(authorization, self.sight.token):
            return Response(
                401,
                b"a token is needed: the web_token setting (bearer, or the basic-auth password)\n",
                "text/plain; charset=utf-8",
                (("WWW-Authenticate", 'Basic realm="watcher", charset="UTF-8"'),),
            )
        url = urlsplit(target)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        for pattern, handler in self._routes:
            if match := pattern.match(url.path):
                request = Request(self.sight, self.sight.clock(), query, match.groupdict())
                return self._run(handler, request, url.path)
        return Response(*pages.not_found(url.path))

    def _run(self, handler: Handler, request: Request, path: str) -> Response:
        try:
            return handler(request)
        except StoreError as exc:  # the database away for a moment: try again later
            log.error("web_page_failed", path=path, error=str(exc))  # noqa: TRY400 (no traceback: not a bug)
            return Response(503, b"cannot read the state now; see the log\n", "text/plain")
        except Exception as exc:  # one broken page must not take the server down
            log.exception("web_page_failed", path=path, error=f"{type(exc).__name__}: {exc}")
            return Response(500, b"internal error: see the log (web_page_failed)\n", "text/plain")
