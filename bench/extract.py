"""Extraction speed with and without the relevance gate (issue 13 §1).

Usage: `python bench/extract.py [--corpus DIR] [--feeds DIR] [--runs N] [--json]`.

Two sets of articles, read at run time and never copied:

- `corpus`: every text of the labelled dev and dev2 corpora under --corpus (default
  ../shared/corpus), nearly all of them about trade;
- `feeds`: the distinct articles (by title and text) of the real feed snapshots in --feeds
  (default ../shared/feeds/real), parsed with `watcher.ingest.parse.parse_feed`, mostly
  general news.

For each set it times `extract_facts` gated (the default) and ungated (`gated=False`) over
every article, the two modes interleaved run by run, and reports articles per second (median
of --runs), the share of articles no kind admits (they cost a scan, not an extraction), the
share each kind admits, the cost of the gate's scan alone, and the facts found each way:
`lost` must be 0, since the gate may only skip work that finds nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from watcher.errors import ParseError
from watcher.facts.registry import KINDS, admitted_kinds, extract_facts
from watcher.ingest.parse import parse_feed
from watcher.models import FetchResult

SHARED = Path(__file__).resolve().parents[2] / "shared"
FEED_SUFFIXES = (".rss", ".atom", ".rdf", ".xml", ".json")


@dataclass(frozen=True, slots=True)
class Doc:
    """One article as the pipeline hands it to the extractor."""

    text: str
    title: str
    published: date | None


def corpus_docs(folder: Path) -> list[Doc]:
    """Every item of the dev and dev2 corpora (whichever exist)."""
    docs = []
    for name in ("dev", "dev2"):
        for path in sorted((folder / name).glob("*.json")):
            item = json.loads(path.read_text(encoding="utf-8"))
            pub = date.fromisoformat(item["published"]) if item.get("published") else None
            docs.append(Doc(item["text"], item.get("title", ""), pub))
    return docs


def feed_docs(folder: Path) -> tuple[list[Doc], int]:
    """The distinct articles of every feed snapshot in `folder`, and how many feeds held them."""
    seen: dict[tuple[str, str], Doc] = {}
    feeds = 0
    for path in sorted(folder.iterdir()):
        if path.suffix not in FEED_SUFFIXES:
            continue
        result = FetchResult(path.stem, f"https://{path.stem}.example/feed", 200, path.read_bytes())
        try:
            articles = parse_feed(result).articles
        except ParseError as exc:  # a snapshot that does not parse is reported, not fatal
            print(f"skipped {path.name}: {exc}", file=sys.stderr)
            continue
        feeds += 1
        for a in articles:
            pub = a.published.date() if isinstance(a.published, datetime) else None
            seen.setdefault((a.title, a.text), Doc(a.text, a.title, pub))
    return list(seen.values()), feeds


def _extract_all(docs: Sequence[Doc], *, gated: bool) -> int:
    return sum(
        len(extract_facts(d.text, title=d.title, published=d.published, gated=gated)) for d in docs
    )


def _scan_all(docs: Sequence[Doc]) -> int:
    return sum(len(admitted_kinds(d.text)) for d in docs)


def _timed(fn: Callable[[], int]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(docs: Sequence[Doc], runs: int) -> dict[str, Any]:
    """Interleaved timings of the three paths over `docs`, and what the gate admits."""
    paths: dict[str, Callable[[], int]] = {
        "ungated": lambda: _extract_all(docs, gated=False),
        "gated": lambda: _extract_all(docs, gated=True),
        "scan_only": lambda: _scan_all(docs),
    }
    times: dict[str, list[float]] = {k: [] for k in paths}
    for _ in range(runs):
        for name, fn in paths.items():
            times[name].append(_timed(fn))
    admitted = [admitted_kinds(d.text) for d in docs]
    full = [extract_facts(d.text, title=d.title, published=d.published, gated=False) for d in docs]
    gated = [extract_facts(d.text, title=d.title, published=d.published) for d in docs]
    n = len(docs)
    med = {k: statistics.median(v) for k, v in times.items()}
    return {
        "articles": n,
        "runs": runs,
        "seconds_median": med,
        "articles_per_s": {k: n / v if v else None for k, v in med.items()},
        "ms_per_article": {k: 1000 * v / n for k, v in med.items()},
        "speedup": med["ungated"] / med["gated"] if med["gated"] else None,
        "skipped_share": sum(1 for a in admitted if not a) / n,
        "admitted_share": {k: sum(1 for a in admitted if k in a) / n for k in KINDS},
        "facts": {"ungated": sum(map(len, full)), "gated": sum(map(len, gated))},
        "lost": sum(1 for f, g in zip(full, gated, strict=True) if f != g),
    }


def _table(name: str, r: dict[str, Any]) -> str:
    aps, ms = r["articles_per_s"], r["ms_per_article"]
    lines = [
        f"{name}: {r['articles']} articles, medians of {r['runs']} interleaved runs",
        f"  {'path':<10} {'articles/s':>11} {'ms/article':>11}",
        *(f"  {k:<10} {aps[k]:>11,.0f} {ms[k]:>11.3f}" for k in ("ungated", "gated", "scan_only")),
        f"  gated is {r['speedup']:.1f}x faster; {r['skipped_share']:.1%} of articles skip "
        "extraction",
        "  admitted per kind: " + ", ".join(f"{k} {v:.1%}" for k, v in r["admitted_share"].items()),
        f"  facts ungated {r['facts']['ungated']}, gated {r['facts']['gated']}; "
        f"articles whose facts differ: {r['lost']}",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus", help="holds dev/, dev2/")
    ap.add_argument("--feeds", type=Path, default=SHARED / "feeds" / "real", help="snapshots")
    ap.add_argument("--runs", type=int, default=5, help="interleaved runs (median)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = ap.parse_args(argv)
    report: dict[str, Any] = {}
    if args.corpus.is_dir():
        report["corpus"] = measure(corpus_docs(args.corpus), max(1, args.runs))
    if args.feeds.is_dir():
        docs, feeds = feed_docs(args.feeds)
        report["feeds"] = {"feeds": feeds, **measure(docs, max(1, args.runs))}
    if not report:
        print(f"neither {args.corpus} nor {args.feeds} found", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print("\n\n".join(_table(k, v) for k, v in report.items()))
    return 1 if any(r["lost"] for r in report.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
