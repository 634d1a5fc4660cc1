"""Time feed parsing: our `parse_feed` against bare feedparser and bare fastfeedparser.

Usage: `python bench/parse.py [--corpus DIR] [--feeds N] [--repeat N] [--seed N] [--cpu] [--json]`
       `python bench/parse.py --real [DIR] [--repeat N] [--cpu] [--json]`.

With `--cpu` every path is timed in CPU time rather than wall time (for shared machines).
With `--real` it reads the real feed snapshots of `../shared/feeds/real/` (other projects'
test fixtures, read at run time, never copied) instead of building feeds; the entry counts
of the paths then differ where fastfeedparser loses entries, which is reported, not an error.

It builds realistic feeds in memory (RSS 2.0, Atom and RSS 1.0/RDF in turn, 20-60 items
each, full HTML content plus a summary) from the article texts of a corpus folder of
`NNN.json` files (`title`, `text`, `url`, `published`), read at run time and never written
anywhere. Without the folder it says so and generates filler text instead. No network.

Over the same feeds, in one run, it times:

  (a) feedparser.parse(BytesIO(body))   the reference parser, bare, default settings
  (b) fastfeedparser.parse(body)         the fast C parser, bare
  (c) parse_feed(result)                 ours on changed bodies: scan, fast path or
                                         fallback, and normalisation to Articles
  (d) unchanged bodies                   what the pipeline does when a body's sha256
                                         matches the stored one: hash and skip the parse
  (f) parse_feed(result, seen=...)       a changed body whose items were all seen but
                                         one: identified, and only the new one normalised

Each path runs over all feeds `--repeat` times; the report gives the median total, the
per-feed mean, the entries each path returned (they must agree), and our ratio against the
two bare floors. RDF feeds with `content:encoded` go to feedparser on purpose
(fastfeedparser drops that content), which the fallback counts show.

`run()` returns the figures as a dict for an aggregator; `main()` prints them.
Exit status: 0 after a run, 1 when the paths disagree on entry counts.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import inspect
import io
import json
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import fastfeedparser
import feedparser

if not __package__:  # run as `python bench/parse.py`: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from watcher.errors import ParseError
from watcher.ingest.parse import parse_feed
from watcher.models import FetchResult

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
REAL_FEEDS = Path(__file__).resolve().parents[2] / "shared" / "feeds" / "real"
KINDS = ("rss", "atom", "rdf")
_WORDS = (
    "tariff", "duty", "export", "control", "ministry", "commerce", "talks", "delegation",
    "rate", "goods", "shipment", "deadline", "pause", "truce", "soybeans", "chips", "rare",
    "earths", "licence", "customs", "negotiators", "week", "officials", "statement",
    "agreement", "schedule", "review", "notice", "percent", "import", "supply", "chain",
)  # fmt: skip


def load_texts(corpus: Path) -> list[dict[str, str]] | None:
    """Title, text and date of each corpus item, or None when the folder is absent."""
    if not corpus.is_dir():
        return None
    docs = []
    for path in sorted(corpus.glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(item.get("text"), str) and item["text"].strip():
            docs.append(
                {
                    "title": str(item.get("title") or path.stem),
                    "text": item["text"],
                    "published": str(item.get("published") or "2025-04-01"),
                }
            )
    return docs or None


def generated_texts(rng: random.Random, count: int = 60) -> list[dict[str, str]]:
    """Filler articles of plausible size when no corpus is available."""

    def sentence() -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 22))).capitalize() + "."

    def paragraph() -> str:
        return " ".join(sentence() for _ in range(rng.randint(2, 5)))

    return [
        {
            "title": sentence()[:80],
            "text": "\n\n".join(paragraph() for _ in range(rng.randint(3, 8))),
            "published": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }
        for _ in range(count)
    ]


def _as_html(text: str) -> str:
    paragraphs = (p.strip() for p in text.split("\n\n") if p.strip())
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs).replace("]]>", "]] >")


def _when(doc: dict[str, str], i: int) -> datetime:
    try:
        day = datetime.fromisoformat(doc["published"][:10]).replace(tzinfo=UTC)
    except ValueError:
        day = datetime(2025, 4, 1, tzinfo=UTC)
    return day + timedelta(hours=i, minutes=7 * i)


def _rss_item(n: int, i: int, doc: dict[str, str]) -> str:
    body = _as_html(doc["text"])
    return (
        f"<item><title>{html.escape(doc['title'])} ({i})</title>"
        f"<link>https://bench{n}.example.com/a/{i}</link>"
        f'<guid isPermaLink="false">bench{n}-{i}</guid>'
        f"<pubDate>{format_datetime(_when(doc, i))}</pubDate>"
        f"<description>{html.escape(body[:400])}</description>"
        f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
    )


def _atom_entry(n: int, i: int, doc: dict[str, str]) -> str:
    raw = _as_html(doc["text"])
    body, summary = html.escape(raw), html.escape(raw[:400])
    when = _when(doc, i).isoformat()
    return (
        f"<entry><title>{html.escape(doc['title'])} ({i})</title>"
        f'<link rel="alternate" href="https://bench{n}.example.com/a/{i}"/>'
        f"<id>tag:bench{n}.example.com,2025:{i}</id>"
        f"<published>{when}</published><updated>{when}</updated>"
        f'<summary type="html">{summary}</summary>'
        f'<content type="html">{body}</content></entry>'
    )


def _rdf_item(n: int, i: int, doc: dict[str, str]) -> str:
    body = _as_html(doc["text"])
    content = f"<content:encoded><![CDATA[{body}]]></content:encoded>" if n % 2 else ""
    return (
        f'<item rdf:about="https://bench{n}.example.com/a/{i}">'
        f"<title>{html.escape(doc['title'])} ({i})</title>"
        f"<link>https://bench{n}.example.com/a/{i}</link>"
        f"<description>{html.escape(doc['text'][:400])}</description>{content}"
        f"<dc:date>{_when(doc, i).isoformat()}</dc:date></item>"
    )


def _wrap(kind: str, n: int, items: str) -> str:
    ns = (
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"'
    )
    head = f"<title>Bench feed {n}</title><link>https://bench{n}.example.com/</link>"
    if kind == "rss":
        channel = f"{head}<description>d</description>{items}"
        return f'<rss version="2.0" {ns}><channel>{channel}</channel></rss>'
    if kind == "atom":
        return (
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>Bench feed {n}</title>'
            f'<link href="https://bench{n}.example.com/"/><id>urn:bench:{n}</id>'
            f"<updated>2025-04-01T00:00:00Z</updated>{items}</feed>"
        ).replace("{n}", str(n))
    return (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        f'xmlns="http://purl.org/rss/1.0/" {ns}><channel rdf:about="https://bench{n}.example.com/">'
        f"{head}<description>d</description></channel>{items}</rdf:RDF>"
    )


def build_feeds(docs: Sequence[dict[str, str]], count: int, seed: int) -> list[FetchResult]:
    """`count` feeds, RSS 2.0 / Atom / RDF in turn, each of 20-60 items from `docs`."""
    rng = random.Random(seed)
    makers = {"rss": _rss_item, "atom": _atom_entry, "rdf": _rdf_item}
    feeds = []
    for n in range(count):
        kind = KINDS[n % len(KINDS)]
        picked = [rng.choice(docs) for _ in range(rng.randint(20, 60))]
        items = "".join(makers[kind](n, i, doc) for i, doc in enumerate(picked))
        body = ('<?xml version="1.0" encoding="utf-8"?>\n' + _wrap(kind, n, items)).encode()
        headers = {"content-type": "application/xml"}
        feeds.append(
            FetchResult(
                f"bench-{kind}-{n}", f"https://bench{n}.example.com/feed", 200, body, headers
            )
        )
    return feeds


def real_feeds(folder: Path) -> list[FetchResult]:
    """The feed files of `folder` as the fetcher would hand them over (no headers)."""
    return [
        FetchResult(p.name, f"https://feeds.example.org/{p.name}", 200, p.read_bytes())
        for p in sorted(folder.iterdir())
        if p.suffix in (".rss", ".atom", ".rdf", ".xml")
    ]


def _bare_feedparser(result: FetchResult) -> int:
    return len(
        feedparser.parse(io.BytesIO(result.body), response_headers=dict(result.headers)).entries
    )


def _bare_fast(result: FetchResult) -> int:
    try:
        return len(fastfeedparser.parse(result.body).entries)
    except Exception:  # a failure counts as zero entries, as a caller would see it
        return 0


def _ours(result: FetchResult) -> int:
    return len(parse_feed(result).articles)


def _ours_feedparser(result: FetchResult) -> int:
    return len(parse_feed(result, parser="feedparser").articles)


# The clock every path is timed with: wall time, or with --cpu the process's CPU time,
# which moves far less with the load of a shared machine (a parse is one thread's work).
_CLOCK: list[Callable[[], float]] = [time.perf_counter]

_TAKES_SEEN = "seen" in inspect.signature(parse_feed).parameters


def _one_new(feeds: Sequence[FetchResult]) -> Callable[[FetchResult], int]:
    """(f): every article of each feed but its first was seen on an earlier poll."""
    old: dict[str, set[str]] = {}
    for result in feeds:
        try:
            old[result.source_id] = {a.id for a in parse_feed(result).articles[1:]}
        except ParseError:
            old[result.source_id] = set()

    def parse(result: FetchResult) -> int:
        if not _TAKES_SEEN:  # code from before issue 13: the whole feed is normalised
            return len(parse_feed(result).articles)
        return len(parse_feed(result, seen=old[result.source_id].__contains__).articles)

    return parse


def _time(
    path: Callable[[FetchResult], int], feeds: Sequence[FetchResult], repeat: int
) -> dict[str, float]:
    """Median and best total seconds over `repeat` passes, and the entries of the last pass."""
    totals, entries = [], 0
    for _ in range(repeat):
        start = _CLOCK[0]()
        entries = sum(path(result) for result in feeds)
        totals.append(_CLOCK[0]() - start)
    return {"median_s": statistics.median(totals), "best_s": min(totals), "entries": entries}


def _unchanged(feeds: Sequence[FetchResult]) -> Callable[[FetchResult], int]:
    """(d): the stored hash matches, so the parse is skipped and nothing new is returned."""
    stored = {r.source_id: hashlib.sha256(r.body).hexdigest() for r in feeds}

    def check(result: FetchResult) -> int:
        if hashlib.sha256(result.body).hexdigest() == stored[result.source_id]:
            return 0
        return _ours(result)

    return check


def _by_parser(feeds: Sequence[FetchResult]) -> dict[str, dict[str, float]]:
    """One more pass of (c), timed per feed and grouped by the parser that did the work."""
    seconds: dict[str, list[float]] = {}
    for result in feeds:
        start = _CLOCK[0]()
        parser = parse_feed(result).parser
        seconds.setdefault(parser, []).append(_CLOCK[0]() - start)
    return {
        name: {"feeds": len(times), "ms_per_feed": statistics.mean(times) * 1000}
        for name, times in seconds.items()
    }


def run(
    corpus: Path = DEFAULT_CORPUS,
    feeds: int = 200,
    repeat: int = 5,
    seed: int = 0,
    *,
    with_feedparser_path: bool = False,
    real: Path | None = None,
) -> dict[str, Any]:
    """Build the feeds (or read the real ones), time every path over them, and return the
    figures."""
    if real is not None:
        built, source = real_feeds(real), f"real feed snapshots in {real}"
    else:
        docs = load_texts(corpus)
        source = (
            f"corpus {corpus}" if docs else f"generated text (corpus folder {corpus} is absent)"
        )
        built = build_feeds(docs or generated_texts(random.Random(seed)), feeds, seed)
    paths = {
        "a_feedparser": _bare_feedparser,
        "b_fastfeedparser": _bare_fast,
        "c_parse_feed_changed": _ours,
        "d_unchanged_hash_skip": _unchanged(built),
        "f_parse_feed_one_new": _one_new(built),
    }
    if with_feedparser_path:
        paths["e_parse_feed_feedparser_only"] = _ours_feedparser
    timings = {name: _time(path, built, repeat) for name, path in paths.items()}
    outcomes = [parse_feed(r) for r in built]
    fallbacks = Counter(o.fallback.split(" (")[0] for o in outcomes if o.fallback)
    return {
        "text_source": source,
        "real": real is not None,
        "feeds": len(built),
        "items": timings["a_feedparser"]["entries"],
        "megabytes": round(sum(len(r.body) for r in built) / 1e6, 1),
        "repeat": repeat,
        "timings": timings,
        "c_by_parser": _by_parser(built),
        "fallbacks": dict(fallbacks),
    }


def report(figures: dict[str, Any]) -> str:
    """The figures as a table, with our ratio against each bare floor."""
    t, n = figures["timings"], figures["feeds"]
    ours = t["c_parse_feed_changed"]["median_s"]
    lines = [
        f"text: {figures['text_source']}",
        f"{n} feeds, {figures['items']} items, {figures['megabytes']} MB; "
        f"median of {figures['repeat']} passes",
        f"{'path':28} {'median s':>9} {'ms/feed':>8} {'entries':>8}",
    ]
    for name, row in t.items():
        lines.append(
            f"{name:28} {row['median_s']:9.3f} {row['median_s'] / n * 1000:8.3f} {row['entries']:8}"
        )
    one_new = t["f_parse_feed_one_new"]["median_s"]
    lines += [
        f"ours (c) / bare fastfeedparser (b): {ours / t['b_fastfeedparser']['median_s']:.1f}x",
        f"one new (f) / bare fastfeedparser (b): {one_new / t['b_fastfeedparser']['median_s']:.1f}"
        "x",
        f"ours (c) / bare feedparser (a):     {ours / t['a_feedparser']['median_s']:.2f}x",
        "(c) by parser: "
        + ", ".join(
            f"{name} {row['feeds']} feeds at {row['ms_per_feed']:.2f} ms/feed"
            for name, row in figures["c_by_parser"].items()
        ),
        f"fallback reasons: {figures['fallbacks'] or 'none'}",
    ]
    return "\n".join(lines)


def entries_agree(figures: dict[str, Any]) -> bool:
    """Whether every parsing path returned the same number of entries."""
    rows = figures["timings"]
    return (
        len(
            {
                rows[k]["entries"]
                for k in ("a_feedparser", "b_fastfeedparser", "c_parse_feed_changed")
            }
        )
        == 1
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of NNN.json items")
    ap.add_argument("--feeds", type=int, default=200, help="number of feeds to build")
    ap.add_argument("--repeat", type=int, default=5, help="passes per path (median reported)")
    ap.add_argument("--seed", type=int, default=0, help="seed for feed sizes and item order")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--real",
        type=Path,
        nargs="?",
        const=REAL_FEEDS,
        help="time the real feed snapshots in DIR (default ../shared/feeds/real) instead",
    )
    ap.add_argument(
        "--cpu", action="store_true", help="time CPU (time.process_time), not wall time"
    )
    ap.add_argument(
        "--with-feedparser-path",
        action="store_true",
        help="also time parse_feed forced onto feedparser (our fallback's cost; slow)",
    )
    args = ap.parse_args(argv)
    if args.real is not None and not args.real.is_dir():
        print(f"feed folder {args.real} is absent", file=sys.stderr)
        return 2
    if args.real is None and not args.corpus.is_dir():
        print(f"corpus folder {args.corpus} is absent: using generated text", file=sys.stderr)
    if args.cpu:
        _CLOCK[0] = time.process_time
    figures = run(
        args.corpus,
        args.feeds,
        args.repeat,
        args.seed,
        with_feedparser_path=args.with_feedparser_path,
        real=args.real,
    )
    print(json.dumps(figures, indent=2) if args.json else report(figures))
    if not figures["real"] and not entries_agree(figures):
        print("ENTRY COUNTS DISAGREE between the parsing paths", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
