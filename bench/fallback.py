"""Which real feeds fall back to feedparser, why, and what the fallbacks cost.

Usage: `python bench/fallback.py [--feeds DIR] [--repeat N] [--json]`.

For every feed snapshot in `../shared/feeds/real/` (real feeds other projects keep as test
fixtures; read at run time, never copied) it runs `parse_feed` as the pipeline does and
prints, per feed: the parser that read it, the fallback reason, the entries bare
fastfeedparser and bare feedparser find, and the time of each path (our `parse_feed`
forced onto the fast path where it accepts the feed, forced onto feedparser, and as chosen).
Then the fallback rate (N of the feeds) and the share of the chosen paths' total parse time
spent on the feeds that fell back. Times are medians of `--repeat` runs per feed, in ms of
CPU time (`time.process_time`): the machines are shared, and a parse is one thread's work,
so CPU time moves far less with the neighbours' load than wall time does.

The question the fallback answers is whether fastfeedparser lost something; the table shows
which reasons send feeds back, so a check stricter than that question stands out.
Exit status 0; 2 when the folder is missing.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fastfeedparser
import feedparser

if not __package__:  # run as `python bench/fallback.py`: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from watcher.errors import ParseError
from watcher.ingest.parse import ParsedFeed, parse_feed
from watcher.models import FetchResult

DEFAULT_FEEDS = Path(__file__).resolve().parents[2] / "shared" / "feeds" / "real"
SUFFIXES = (".rss", ".atom", ".rdf", ".xml")


def _median_ms(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        call()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def _bare_fast_entries(body: bytes) -> int | None:
    try:
        return len(fastfeedparser.parse(body).get("entries") or [])
    except Exception:  # fastfeedparser raising is one of the answers this bench records
        return None


def _forced(result: FetchResult, parser: str) -> ParsedFeed | None:
    try:
        return parse_feed(result, parser=parser)  # type: ignore[arg-type]
    except ParseError:
        return None


def measure(path: Path, repeat: int) -> dict[str, Any]:
    """One feed's row: parser, reason, entry counts, and each path's median time."""
    url = f"https://feeds.example.org/{path.name}"
    result = FetchResult(path.stem, url, 200, path.read_bytes())
    chosen = parse_feed(result)
    fast = _forced(result, "fast")
    return {
        "feed": path.name,
        "kb": round(len(result.body) / 1024),
        "parser": chosen.parser,
        "fallback": chosen.fallback,
        "entries_fastfeedparser": _bare_fast_entries(result.body),
        "entries_feedparser": len(feedparser.parse(io.BytesIO(result.body)).entries),
        "articles": len(chosen.articles),
        "ms_fast_path": _median_ms(lambda: parse_feed(result, parser="fast"), repeat)
        if fast is not None
        else None,
        "ms_feedparser_path": _median_ms(lambda: parse_feed(result, parser="feedparser"), repeat),
        "ms_chosen": _median_ms(lambda: parse_feed(result), repeat),
        "ms_bare_fastfeedparser": _median_ms(lambda: _bare_fast_entries(result.body), repeat),
    }


def run(folder: Path = DEFAULT_FEEDS, repeat: int = 5) -> dict[str, Any]:
    """Every feed's row and the totals."""
    rows = [measure(p, repeat) for p in sorted(folder.iterdir()) if p.suffix in SUFFIXES]
    fallen = [r for r in rows if r["parser"] == "feedparser"]
    total = sum(r["ms_chosen"] for r in rows)
    return {
        "feeds": len(rows),
        "fell_back": len(fallen),
        "fallback_share_of_parse_time": sum(r["ms_chosen"] for r in fallen) / total,
        "ms_total_chosen": total,
        "ms_total_bare_fastfeedparser": sum(r["ms_bare_fastfeedparser"] for r in rows),
        "reasons": dict(Counter(_reason_kind(r["fallback"]) for r in fallen)),
        "rows": rows,
    }


def _reason_kind(reason: str | None) -> str:
    """A reason without its entry number or quoted detail, for counting."""
    text = (reason or "").split(" (")[0]
    return " ".join("N" if word.isdigit() else word for word in text.split())


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def report(figures: dict[str, Any]) -> str:
    """The figures as a readable table."""
    lines = [
        f"{'feed':30} {'KB':>5} {'parser':10} {'ffp':>4} {'fp':>4} "
        f"{'fast ms':>8} {'fp ms':>8} {'chosen':>8} {'bare ffp':>8}  fallback reason"
    ]
    for r in figures["rows"]:
        ffp = "err" if r["entries_fastfeedparser"] is None else r["entries_fastfeedparser"]
        lines.append(
            f"{r['feed']:30} {r['kb']:5} {r['parser']:10} {ffp:>4} {r['entries_feedparser']:4} "
            f"{_ms(r['ms_fast_path']):>8} {_ms(r['ms_feedparser_path']):>8} "
            f"{_ms(r['ms_chosen']):>8} {_ms(r['ms_bare_fastfeedparser']):>8}  "
            f"{r['fallback'] or ''}"
        )
    total, bare = figures["ms_total_chosen"], figures["ms_total_bare_fastfeedparser"]
    lines += [
        f"fell back: {figures['fell_back']} of {figures['feeds']} feeds; they take "
        f"{figures['fallback_share_of_parse_time']:.0%} of the parse time",
        f"parse time, all feeds: {total:.1f} ms as chosen, {bare:.1f} ms bare fastfeedparser "
        f"({total / bare:.1f}x)",
        "reasons: " + (", ".join(f"{k} x{v}" for k, v in figures["reasons"].items()) or "none"),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--feeds", type=Path, default=DEFAULT_FEEDS, help="folder of feed files")
    ap.add_argument("--repeat", type=int, default=5, help="runs per feed and path (median)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not args.feeds.is_dir():
        print(f"feed folder {args.feeds} is absent", file=sys.stderr)
        return 2
    figures = run(args.feeds, args.repeat)
    print(json.dumps(figures, indent=2) if args.json else report(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
