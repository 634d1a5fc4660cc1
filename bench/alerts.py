"""What users receive: the alerts of `watcher check` on each labelled item, scored per kind.

Usage: `python bench/alerts.py [--corpus DIR] [--json] [--verbose] [--workers N]`.

The corpus (default `../shared/corpus/dev2` beside the checkout) is a folder of `NNN.json`
items with `expected` and `also_acceptable` alerts (see its README). Texts are read at run time
and never copied into the repository; each item is written only to a temporary folder.

For every labelled item, one real `watcher check` subprocess (`python -m watcher`, with
PYTHONPATH set to this checkout) runs on that item alone:

* a `dir` source holding the item as one `.json` article file (title, published, url, text;
  the corpus title is used as it stands, as bench/accuracy.py does);
* the shipped rules (`rules/`) and seeded baseline (`seeds/`) of this checkout, a fresh
  temporary state file, and the subprocess's working folder set to the temporary folder with
  `WATCHER_*` variables removed, so no local `watcher.toml`, `.env` or setting leaks in;
* the only notifier is `console` (the shipped rules name it), written to stderr, so stdout
  holds nothing but the `--format jsonl` alert objects;
* `--now` is the day after publication at 12:00 UTC; undated items (`published: null`) use a
  fixed clock, UNDATED_NOW = 2026-01-22T12:00Z, the day after the latest publication date
  in dev2 (2026-01-21).

Only alerts that are delivered count (decision `first`, `update`, `update_throttled` or
`released`); recorded-but-not-sent decisions (held, corroborated, silenced, ...) are listed
apart. Each alert is then sorted into one of:

* clock alerts: event `reminder` or `passed`, raised by a deadline rule from the known state
  and the clock, with no article in `sources`. Reported apart, not scored.
* fact alerts: an alert carrying a fact; its kind is the fact's kind (`leader_contact` is
  scored as `leader_call`), whatever the rule (e.g. a planned-contact alert is a leader_call).
* rule alerts without a fact (trigger `keyword`, or any other trigger): one row per rule id,
  not scored per kind.

Scoring, per item: fact alerts are matched to `expected` entries (a maximum one-to-one
matching; tariffs on imposer + target + rate, contacts on participant surnames and the date
+-1 day when both have one, deadlines on the date +-2 days). A matched alert is a TP; an
unmatched alert that matches any `also_acceptable` entry counts neither way; any other alert,
including a second alert for an expected entry already used, is a FP; unmatched expected
entries are FNs. Precision is TP / (TP + FP) and recall TP / (TP + FN); either is null (n/a)
when its denominator is 0 (e.g. no deadline alert at all), rather than a vacuous 1.0.

A "quiet item" has no expected alert. It is read two ways, both printed and both in `--json`:

* strict (the issue's figure): "alerted" when it raised any delivered alert other than a clock
  alert, keyword and acceptable alerts included;
* with acceptable alerts counted neither way, as they are for precision: "alerted" only when
  one of those alerts matches none of the item's `also_acceptable` entries (a grey item whose
  only alert its labels accept is not counted).

Exit status: 0 after a run, 1 when `watcher check` failed on some item, 2 when the corpus
folder is missing or none of its items has alert labels (dev has fact labels only).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev2"
UNDATED_NOW = "2026-01-22T12:00:00Z"
KINDS = ("tariff_rate", "leader_call", "deadline")
ALERT_KIND = {"tariff_rate": "tariff_rate", "leader_contact": "leader_call", "deadline": "deadline"}
DELIVERED = frozenset({"first", "update", "update_throttled", "released"})
CLOCK_EVENTS = frozenset({"reminder", "passed"})
TIMEOUT_S = 180

Item = dict[str, Any]
Alert = dict[str, Any]


@dataclass
class ItemRun:
    """One `watcher check` on one item: its alerts, or why it failed."""

    item_id: str
    alerts: list[Alert] = field(default_factory=list)
    error: str | None = None


@dataclass
class Tally:
    """Counts for one alert kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    acceptable: int = 0

    def summary(self) -> dict[str, Any]:
        sent, wanted = self.tp + self.fp, self.tp + self.fn
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "acceptable": self.acceptable,
            "precision": round(self.tp / sent, 3) if sent else None,
            "recall": round(self.tp / wanted, 3) if wanted else None,
        }  # fmt: skip


@dataclass
class Report:
    """Everything the scoring collects over the corpus."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    fps: list[dict[str, str]] = field(default_factory=list)
    fns: list[dict[str, str]] = field(default_factory=list)
    acceptable: list[dict[str, str]] = field(default_factory=list)
    clock: list[dict[str, str]] = field(default_factory=list)
    not_sent: list[dict[str, str]] = field(default_factory=list)
    rule_rows: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    quiet_items: int = 0
    quiet_alerted: list[str] = field(default_factory=list)
    quiet_unacceptable: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)


# --- running watcher -------------------------------------------------------------------------


def load_corpus(folder: Path) -> list[tuple[str, Item]]:
    """(item id, item) for every labelled `*.json` item (one with `expected`), in name order."""
    items = [
        (p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.json"))
    ]
    return [(i, item) for i, item in items if "expected" in item]


def now_for(item: Item) -> str:
    """The clock of the run: the day after publication at noon UTC, or UNDATED_NOW."""
    if not item.get("published"):
        return UNDATED_NOW
    day = date.fromisoformat(str(item["published"])[:10]) + timedelta(days=1)
    return f"{day.isoformat()}T12:00:00Z"


def _write_setup(tmp: Path, item: Item) -> None:
    (tmp / "inbox").mkdir()
    article = {k: item.get(k) for k in ("title", "published", "url", "text")}
    (tmp / "inbox" / "item.json").write_text(json.dumps(article, ensure_ascii=False), "utf-8")
    (tmp / "sources.yaml").write_text(
        "sources:\n  - id: item\n    kind: dir\n    path: inbox\n", encoding="utf-8"
    )
    (tmp / "watcher.toml").write_text(
        f"rules_dir = {json.dumps(str(REPO / 'rules'))}\n"
        f"seeds_dir = {json.dumps(str(REPO / 'seeds'))}\n"
        '[notifiers.console]\nkind = "console"\nstream = "stderr"\n',
        encoding="utf-8",
    )


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    env["PYTHONPATH"] = str(REPO)
    return env


def _command(item: Item) -> list[str]:
    return [
        sys.executable, "-m", "watcher", "check", "--config", "watcher.toml",
        "--sources", "sources.yaml", "--state", "state.db", "--now", now_for(item),
        "--format", "jsonl",
    ]  # fmt: skip


def run_item(item_id: str, item: Item) -> ItemRun:
    """`watcher check` on the item alone, in a fresh temporary folder; its jsonl alerts."""
    with tempfile.TemporaryDirectory(prefix="bench-alerts-") as name:
        tmp = Path(name)
        _write_setup(tmp, item)
        try:
            done = subprocess.run(
                _command(item),
                cwd=tmp,
                env=_env(),
                capture_output=True,
                text=True,
                timeout=TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return ItemRun(item_id, error=f"timed out after {TIMEOUT_S}s")
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or [""]
        return ItemRun(item_id, error=f"exit {done.returncode}: {tail[0]}")
    try:
        alerts = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        return ItemRun(item_id, error=f"stdout is not JSON lines: {exc}")
    return ItemRun(item_id, alerts)


def run_all(items: list[tuple[str, Item]], workers: int) -> list[ItemRun]:
    """Every item through `run_item`, `workers` subprocesses at a time, in corpus order."""
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(lambda pair: run_item(*pair), items))


# --- matching --------------------------------------------------------------------------------


def _near(a: str | None, b: str | None, days: int) -> bool:
    if not a or not b:
        return False
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= days


def _surnames(names: list[str]) -> set[str]:
    return {str(n).split()[-1].lower() for n in names}


def matches(label: dict[str, Any], fact: dict[str, Any]) -> bool:
    """Whether an alert's fact matches a label entry (the corpus README's matcher)."""
    kind = label["kind"]
    if ALERT_KIND.get(fact["kind"]) != kind:
        return False
    if kind == "tariff_rate":
        return (
            label["imposer"] == fact["imposer"]
            and label["target"] == fact["target"]
            and abs(float(label["rate_pct"]) - float(fact["rate_pct"])) < 0.01
        )
    if kind == "leader_call":
        same = _surnames(label["participants"]) == _surnames(fact["participants"])
        return same and (
            not (label["date"] and fact["date"]) or _near(label["date"], fact["date"], 1)
        )
    return _near(label["date"], fact.get("date"), 2)


def assign(facts: list[dict[str, Any]], labels: list[dict[str, Any]]) -> dict[int, int]:
    """A maximum one-to-one matching of facts to labels (augmenting paths): fact -> label."""
    owner: dict[int, int] = {}

    def grab(i: int, seen: set[int]) -> bool:
        for j, label in enumerate(labels):
            if j in seen or not matches(label, facts[i]):
                continue
            seen.add(j)
            if j not in owner or grab(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(facts)):
        grab(i, set())
    return {i: j for j, i in owner.items()}


# --- scoring ---------------------------------------------------------------------------------


def is_clock(alert: Alert) -> bool:
    """A deadline reminder or passed deadline raised by the clock, not by the article."""
    return alert.get("event") in CLOCK_EVENTS and not alert.get("sources")


def _short_fact(fact: dict[str, Any]) -> str:
    kind = fact["kind"]
    if kind == "tariff_rate":
        return (
            f"{fact['imposer']}->{fact['target']} {fact['rate_pct']:g}% {fact.get('product', '')}"
        )
    if kind in ("leader_contact", "leader_call"):
        return (
            f"{'-'.join(fact['participants'])} {fact.get('mode')} {fact.get('date') or 'no date'}"
        )
    return f"{fact.get('date')} {fact.get('what', '')}"


def short_alert(alert: Alert) -> str:
    """`rule [event]: fact` for a listing."""
    facts = alert.get("facts") or []
    what = _short_fact(facts[0]) + f" ({facts[0].get('status')})" if facts else alert["title"]
    return f"{alert['rule']} [{alert['event']}]: {what}"[:160]


def short_label(label: dict[str, Any]) -> str:
    status = f" ({label['status']})" if label.get("status") else ""
    return f"{_short_fact(label)}{status}"[:160]


def _row(item_id: str, kind: str, text: str) -> dict[str, str]:
    return {"item": item_id, "kind": kind, "what": text}


def _split(run: ItemRun, report: Report) -> list[Alert]:
    """The item's delivered fact alerts; the rest go to their own lists and rows."""
    fact_alerts = []
    for alert in run.alerts:
        kind = ALERT_KIND.get(alert["facts"][0]["kind"], "other") if alert.get("facts") else ""
        if alert.get("decision") not in DELIVERED:
            report.not_sent.append(
                _row(run.item_id, alert.get("decision", "?"), short_alert(alert))
            )
        elif is_clock(alert):
            report.clock.append(_row(run.item_id, kind, short_alert(alert)))
        elif kind in KINDS:
            fact_alerts.append(alert)
        else:
            rule = f"{alert['rule']} ({alert['trigger']})"
            report.rule_rows[rule]["alerts"] += 1
    return fact_alerts


def _acceptable(alert: Alert, item: Item) -> bool:
    """Whether the alert's fact matches one of the item's `also_acceptable` entries."""
    facts = alert.get("facts") or []
    if not facts or facts[0]["kind"] not in ALERT_KIND:
        return False
    return any(matches(label, facts[0]) for label in item.get("also_acceptable", []))


def _score_alerts(item_id: str, item: Item, alerts: list[Alert], report: Report) -> None:
    facts = [a["facts"][0] for a in alerts]
    expected = item["expected"]
    pairs = assign(facts, expected)
    for i, alert in enumerate(alerts):
        kind = ALERT_KIND[facts[i]["kind"]]
        if i in pairs:
            report.tallies[kind].tp += 1
        elif _acceptable(alert, item):
            report.tallies[kind].acceptable += 1
            report.acceptable.append(_row(item_id, kind, short_alert(alert)))
        else:
            report.tallies[kind].fp += 1
            report.fps.append(_row(item_id, kind, short_alert(alert)))
    used = set(pairs.values())
    for j, label in enumerate(expected):
        if j not in used:
            report.tallies[label["kind"]].fn += 1
            report.fns.append(_row(item_id, label["kind"], short_label(label)))


def _note_quiet(run: ItemRun, item: Item, report: Report) -> None:
    spoke = [a for a in run.alerts if a.get("decision") in DELIVERED and not is_clock(a)]
    unscored = [a for a in spoke if not a.get("facts") or a["facts"][0]["kind"] not in ALERT_KIND]
    for rule in {f"{a['rule']} ({a['trigger']})" for a in unscored}:
        report.rule_rows[rule]["items"] += 1
        report.rule_rows[rule]["quiet_items"] += not item["expected"]
    if not item["expected"]:
        report.quiet_items += 1
        if spoke:
            report.quiet_alerted.append(run.item_id)
        if any(not _acceptable(a, item) for a in spoke):
            report.quiet_unacceptable.append(run.item_id)


def score(items: list[tuple[str, Item]], runs: list[ItemRun]) -> Report:
    """Score every item's run against its labels."""
    report = Report()
    for (item_id, item), run in zip(items, runs, strict=True):
        if run.error is not None:
            report.errors[item_id] = run.error
            continue
        _score_alerts(item_id, item, _split(run, report), report)
        _note_quiet(run, item, report)
    return report


# --- output ----------------------------------------------------------------------------------


def summary(report: Report, items: int, seconds: float) -> dict[str, Any]:
    """The machine-readable summary (`--json`)."""
    quiet_n, strict_n = len(report.quiet_alerted), len(report.quiet_unacceptable)
    of = report.quiet_items
    return {
        "items": items,
        "wall_s": round(seconds, 1),
        "kinds": {k: t.summary() for k, t in report.tallies.items()},
        "quiet": {
            "items": report.quiet_items,
            "alerted": quiet_n,
            "share": round(quiet_n / of, 3) if of else 0.0,
            "alerted_items": report.quiet_alerted,
            "alerted_not_acceptable": strict_n,
            "share_not_acceptable": round(strict_n / of, 3) if of else 0.0,
            "not_acceptable_items": report.quiet_unacceptable,
        },
        "rule_rows": {r: dict(c) for r, c in sorted(report.rule_rows.items())},
        "clock_alerts": len(report.clock),
        "not_sent": len(report.not_sent),
        "errors": report.errors,
        "false_positives": report.fps,
        "false_negatives": report.fns,
        "acceptable": report.acceptable,
        "clock": report.clock,
    }


def _fmt(value: float | None) -> str:
    return "   n/a" if value is None else f"{value:6.3f}"


def _print_table(s: dict[str, Any]) -> None:
    print(f"{'kind':12} {'TP':>4} {'FP':>4} {'FN':>4} {'acc':>4} {'P':>6} {'R':>6}")
    for kind, t in s["kinds"].items():
        print(
            f"{kind:12} {t['tp']:4} {t['fp']:4} {t['fn']:4} {t['acceptable']:4} "
            f"{_fmt(t['precision'])} {_fmt(t['recall'])}"
        )
    q = s["quiet"]
    print(
        f"\nquiet items alerted (no expected alert, any non-clock alert): "
        f"{q['alerted']} of {q['items']} ({q['share']:.3f}) {' '.join(q['alerted_items'])}"
    )
    print(
        f"quiet items alerted, acceptable alerts counted neither way: "
        f"{q['alerted_not_acceptable']} of {q['items']} ({q['share_not_acceptable']:.3f}) "
        f"{' '.join(q['not_acceptable_items'])}"
    )
    print("\nalerts without a fact (not scored per kind), by rule:")
    for rule, c in (s["rule_rows"] or {"(none)": {}}).items():
        print(
            f"  {rule:40} alerts {c.get('alerts', 0):3}  items {c.get('items', 0):3}  "
            f"quiet items {c.get('quiet_items', 0):3}"
        )
    print(
        f"\nclock alerts (reminders/passed, not scored): {s['clock_alerts']}; "
        f"recorded but not delivered: {s['not_sent']}"
    )


def _print_rows(title: str, rows: list[dict[str, str]]) -> None:
    print(f"\n{title} ({len(rows)})")
    for row in rows:
        print(f"  {row['item']} {row['kind']:12} {row['what']}")


def print_report(s: dict[str, Any], *, verbose: bool) -> None:
    """The tables for people; with `verbose`, every FP, FN, acceptable and clock alert."""
    print(f"items: {s['items']}   wall time: {s['wall_s']:.1f} s")
    _print_table(s)
    for item_id, error in s["errors"].items():
        print(f"ERROR {item_id}: {error}")
    if verbose:
        _print_rows("FALSE POSITIVES", s["false_positives"])
        _print_rows("FALSE NEGATIVES", s["false_negatives"])
        _print_rows("ACCEPTABLE (not scored)", s["acceptable"])
        _print_rows("CLOCK ALERTS (not scored)", s["clock"])


def run(folder: Path, workers: int = 2) -> dict[str, Any]:
    """Run and score the whole corpus; the `--json` summary."""
    items = load_corpus(folder)
    start = time.perf_counter()
    runs = run_all(items, workers)
    return summary(score(items, runs), len(items), time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="labelled corpus folder")
    ap.add_argument("--json", action="store_true", help="machine-readable summary")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every FP and FN")
    ap.add_argument("--workers", type=int, default=2, help="watcher subprocesses at a time")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus folder not found: {args.corpus} (pass --corpus DIR)", file=sys.stderr)
        return 2
    if not load_corpus(args.corpus):
        print(
            f"no item in {args.corpus} has alert labels (`expected`): nothing to score"
            " (dev has only fact labels; use bench/accuracy.py there)",
            file=sys.stderr,
        )
        return 2
    s = run(args.corpus, args.workers)
    if args.json:
        print(json.dumps(s, indent=2, ensure_ascii=False))
    else:
        print_report(s, verbose=args.verbose)
    return 1 if s["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
