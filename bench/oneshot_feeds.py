"""The feeds of `bench/oneshot.py`: real snapshots, one new item added to each, a loopback server.

The snapshots are read at run time from `../shared/feeds/real/` beside the checkout (found the
way `bench/accuracy.py` finds `../shared/corpus/`) and never copied into the repository. Each
is served under several names (`NAME-K.EXT`), so 49 snapshots x 4 copies make 196 feeds.

`add_item` inserts one new entry (fresh guid/id, link and title, ASCII text written for this
bench) before the first existing one, so the feed's own namespace and nesting apply to it:
`<item>` in RSS 0.9x/2.0, `<item rdf:about>` plus an `rdf:li` in RSS 1.0 (RDF), `<entry>` in
Atom. The text is ASCII, so it is valid in every ASCII-compatible encoding the snapshots
declare (UTF-8, ISO-8859-1, windows-1251/1252, GB2312). `check_added` proves with feedparser,
the parser watcher treats as the authority, that a body gained exactly that one entry.

`FeedServer` answers `GET /feeds/NAME` from a dict that the bench swaps between runs (the
plain bodies, or the bodies with one new item each), with a strong ETag per body and 304 for a
matching `If-None-Match`; it counts the statuses it sent, so the bench can tell that a warm run
really was answered with 304s.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import feedparser
from lxml import etree

DEFAULT_FEEDS = Path(__file__).resolve().parents[2] / "shared" / "feeds" / "real"
SUFFIXES = {
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".rdf": "application/rdf+xml",
}
_ROOTS = (("atom", b"<feed"), ("rdf", b"<rdf:RDF"), ("rss", b"<rss"))
_FIRST_ITEM = re.compile(rb"<item[\s>/]")
_FIRST_ENTRY = re.compile(rb"<entry[\s>/]")
_RDF_SEQ = re.compile(rb"<rdf:Seq\s*>")
_END = {b"item": re.compile(rb"</channel\s*>|</rdf:RDF\s*>"), b"entry": re.compile(rb"</feed\s*>")}


class MutationError(ValueError):
    """A snapshot the bench cannot add an item to, or whose new item did not parse."""


def load_snapshots(folder: Path) -> dict[str, bytes]:
    """Every feed snapshot in the folder (`.rss`, `.atom`, `.rdf`), by file name, in name order."""
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no feed snapshots here (see bench/README.md)")
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in SUFFIXES}


def copy_name(name: str, copy: int) -> str:
    """The name of the copy-th copy of a snapshot: `guardian-uk.rss` -> `guardian-uk-2.rss`."""
    stem, dot, ext = name.rpartition(".")
    return f"{stem}-{copy}{dot}{ext}"


def copies(snapshots: dict[str, bytes], n: int) -> dict[str, bytes]:
    """Each snapshot n times under other names (the bodies are the same bytes)."""
    return {copy_name(name, k): snapshots[name] for k in range(n) for name in snapshots}


def kind_of(body: bytes) -> str:
    """`atom`, `rdf` or `rss`, from the root element (the first of the three that appears)."""
    head = body[:4096]
    found = {k: head.find(tag) for k, tag in _ROOTS}
    present = {k: i for k, i in found.items() if i >= 0}
    if not present:
        raise MutationError("no <rss>, <feed> or <rdf:RDF> root in the first 4 KB")
    return min(present, key=lambda k: present[k])


def new_item_link(feed: str, tag: str) -> str:
    """The link (and RSS 1.0 `rdf:about`) of the item `add_item` inserts: unique per feed, tag."""
    return f"https://bench.example.org/{feed}/{tag}"


def new_item_title(feed: str, tag: str) -> str:
    """The title of the inserted item; `check_added` looks for it."""
    return f"Bench story {tag} for {feed}: harbour cranes repainted ahead of the spring fair"


_TEXT = (
    "Workers repainted the three harbour cranes this week, and the port authority said the "
    "spring trade fair will open on schedule with the usual number of stands."
)


def _item_xml(kind: str, feed: str, tag: str, when: datetime) -> bytes:
    link, title = new_item_link(feed, tag), new_item_title(feed, tag)
    if kind == "atom":
        xml = (
            f'<entry><title>{title}</title><link href="{link}"/><id>urn:bench:{feed}:{tag}</id>'
            f"<updated>{when.isoformat()}</updated><summary>{_TEXT}</summary></entry>\n"
        )
    elif kind == "rdf":
        xml = (
            f'<item rdf:about="{link}"><title>{title}</title><link>{link}</link>'
            f"<description>{_TEXT}</description></item>\n"
        )
    else:
        xml = (
            f"<item><title>{title}</title><link>{link}</link>"
            f'<guid isPermaLink="false">urn:bench:{feed}:{tag}</guid>'
            f"<pubDate>{format_datetime(when)}</pubDate><description>{_TEXT}</description></item>\n"
        )
    return xml.encode("ascii")


def add_item(body: bytes, feed: str, tag: str, when: datetime) -> bytes:
    """The body with one new item inserted before its first item (or at the end of the list).

    `feed` and `tag` make the item's guid, link and title unique (per feed, per round); `when`
    is its publication time (timezone-aware).
    """
    kind = kind_of(body)
    element = b"entry" if kind == "atom" else b"item"
    first = (_FIRST_ENTRY if kind == "atom" else _FIRST_ITEM).search(body)
    at = first.start() if first else _last_match(_END[element], body)
    out = body[:at] + _item_xml(kind, feed, tag, when) + body[at:]
    if kind == "rdf":
        seq = _RDF_SEQ.search(out)
        if seq:
            li = f'<rdf:li rdf:resource="{new_item_link(feed, tag)}" />'.encode("ascii")
            out = out[: seq.end()] + li + out[seq.end() :]
    return out


def _last_match(pattern: re.Pattern[bytes], body: bytes) -> int:
    matches = list(pattern.finditer(body))
    if not matches:
        raise MutationError("no item to insert before and no end of the item list")
    return matches[-1].start()


def well_formed(body: bytes) -> bool:
    """Whether a strict XML parser (lxml, no entities resolved) reads the body."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return False
    return True


def check_added(before: bytes, after: bytes, feed: str, tag: str) -> None:
    """Raise MutationError unless feedparser finds exactly one more entry, the new one, and
    the body is as well-formed as before (feedparser's loose mode would read a misplaced item
    too, so the entry count alone does not prove the item sits where a feed's items go)."""
    old_doc, new_doc = feedparser.parse(before), feedparser.parse(after)
    if bool(old_doc.bozo) != bool(new_doc.bozo) or well_formed(before) != well_formed(after):
        raise MutationError(f"{feed}: the new item changed whether the body is well-formed")
    old, new = old_doc.entries, new_doc.entries
    if len(new) != len(old) + 1:
        raise MutationError(f"{feed}: {len(old)} entries before, {len(new)} after (want +1)")
    title = new_item_title(feed, tag)
    found = [e for e in new if e.get("title") == title]
    if len(found) != 1 or found[0].get("link") != new_item_link(feed, tag):
        raise MutationError(f"{feed}: the new entry is not there once with its title and link")


def etag_of(body: bytes) -> str:
    """A strong ETag: the body's SHA-256, shortened."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@dataclass(frozen=True)
class Served:
    """One feed as served: its body, ETag and Content-Type."""

    body: bytes
    etag: str
    content_type: str


def served(bodies: dict[str, bytes]) -> dict[str, Served]:
    """The feeds by URL path (`/feeds/NAME`), with their ETags computed once."""
    return {
        f"/feeds/{name}": Served(body, etag_of(body), SUFFIXES[Path(name).suffix])
        for name, body in bodies.items()
    }


class FeedServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 serving a swappable set of feeds."""

    def __init__(self) -> None:
        self.feeds: dict[str, Served] = {}
        self.statuses: Counter[int] = Counter()
        self._lock = threading.Lock()
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._http.daemon_threads = True
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._http.shutdown()
        self._http.server_close()

    def url(self, name: str) -> str:
        """The URL of a feed by name."""
        return f"http://127.0.0.1:{self._http.server_address[1]}/feeds/{name}"

    def serve(self, feeds: dict[str, Served]) -> None:
        """Serve these feeds from now on (a whole-dict swap: requests see one set or the other)."""
        self.feeds = feeds

    def take_statuses(self) -> Counter[int]:
        """The statuses sent since the last call, and start counting again."""
        with self._lock:
            taken, self.statuses = self.statuses, Counter()
        return taken

    def count(self, status: int) -> None:
        """Count one response (handler threads call this)."""
        with self._lock:
            self.statuses[status] += 1


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
        disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms stall

        def do_GET(self) -> None:
            feed = server.feeds.get(self.path)
            if feed is None:
                self._answer(404, b"", {})
            elif self.headers.get("If-None-Match") == feed.etag:
                self._answer(304, None, {"ETag": feed.etag})
            else:
                self._answer(200, feed.body, {"ETag": feed.etag, "Content-Type": feed.content_type})

        def _answer(self, status: int, body: bytes | None, headers: dict[str, str]) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if body is not None:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)
            server.count(status)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
