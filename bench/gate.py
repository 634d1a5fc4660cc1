"""The accuracy gate: no figure may fall below its floor in bench/floor.json.

Usage: `python bench/gate.py [--update] [--dev DIR] [--dev2 DIR] [--addendum FILE] [--floor FILE]`.

Runs, as subprocesses with `--json` and PYTHONPATH set to this checkout:

* `bench/accuracy.py --repeat 1` on the dev and dev2 corpora: facts precision, recall and
  status accuracy (over matched facts) per kind
  (`facts.<corpus>.<kind>.<precision|recall|status_accuracy>`);
* the same on dev with bench/labels/dev_deadlines.json added (`--addendum`: dev's deadlines
  under dev2's convention, see "Deadline addendum for dev" in bench/HISTORY.md):
  `facts.dev_amended.<kind>.<...>`;
* `bench/alerts.py` on dev2: alert precision and recall per kind
  (`alerts.dev2.<kind>.<precision|recall>`; a precision with no alert sent is n/a and not
  gated, since any first alert would "lower" a vacuous 1.0) and the share of quiet items
  that alerted anyway, read strictly (`alerts.dev2.quiet_alerted_share`) and with
  acceptable alerts counted neither way (`alerts.dev2.quiet_not_acceptable_share`): ceilings,
  not floors.

Prints a table (metric, floor, now, ok); figures measured but not in floor.json are shown
with floor `-` and do not fail. Both benchmarks are deterministic, so the floors are
the measured figures rounded down to 2 decimals (ceilings rounded up), and a rerun of the same
code passes. `--update` rewrites floor.json from the current figures that way (do it only
when a change is meant to move the figures, and say so in the commit).

Exit status: 0 when every figure holds, 1 when one falls below its floor (or rises above its
ceiling) or a benchmark fails, 2 when a corpus folder is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPORA = REPO.parent / "shared" / "corpus"
FLOOR_FILE = HERE / "floor.json"
DEV_ADDENDUM = HERE / "labels" / "dev_deadlines.json"
CEILINGS = ("alerts.dev2.quiet_alerted_share", "alerts.dev2.quiet_not_acceptable_share")
NOTE = (
    "Figures that must not fall (floors) or rise (ceilings); see bench/gate.py. "
    "Floors are measured figures rounded down to 2 decimals, ceilings rounded up."
)


class BenchFailed(Exception):
    """A benchmark subprocess did not produce its figures."""


def _bench(script: str, *args: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, str(HERE / script), "--json", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise BenchFailed(f"{script} {' '.join(args)}: exit {done.returncode}\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def fact_figures(corpus: Path, name: str, addendum: Path | None = None) -> dict[str, float]:
    """`facts.<name>.<kind>.<precision|recall|status_accuracy>` from bench/accuracy.py."""
    extra = ("--addendum", str(addendum)) if addendum is not None else ()
    report = _bench("accuracy.py", "--repeat", "1", "--corpus", str(corpus), *extra)
    return {
        f"facts.{name}.{kind}.{m}": float(s[m])
        for kind, s in report["kinds"].items()
        for m in ("precision", "recall", "status_accuracy")
        if s.get(m) is not None  # no matched fact: no status to be right or wrong about
    }


def alert_figures(corpus: Path) -> dict[str, float]:
    """`alerts.dev2.*` from bench/alerts.py."""
    report = _bench("alerts.py", "--corpus", str(corpus))
    figures = {
        f"alerts.dev2.{kind}.{m}": float(s[m])
        for kind, s in report["kinds"].items()
        for m in ("precision", "recall")
        if s[m] is not None  # n/a: no alert of the kind sent (or none expected)
    }
    figures["alerts.dev2.quiet_alerted_share"] = float(report["quiet"]["share"])
    figures["alerts.dev2.quiet_not_acceptable_share"] = float(
        report["quiet"]["share_not_acceptable"]
    )
    return figures


def measure(dev: Path, dev2: Path, addendum: Path = DEV_ADDENDUM) -> dict[str, float]:
    """Every gated figure, now."""
    return {
        **fact_figures(dev, "dev"),
        **fact_figures(dev, "dev_amended", addendum),
        **fact_figures(dev2, "dev2"),
        **alert_figures(dev2),
    }


def _round(value: float, ceiling: bool) -> float:
    mode = ROUND_CEILING if ceiling else ROUND_FLOOR
    return float(Decimal(str(value)).quantize(Decimal("0.01"), rounding=mode))


def limits_from(figures: dict[str, float]) -> dict[str, Any]:
    """floor.json's content for these figures."""
    return {
        "note": NOTE,
        "floors": {k: _round(v, False) for k, v in figures.items() if k not in CEILINGS},
        "ceilings": {k: _round(v, True) for k, v in figures.items() if k in CEILINGS},
    }


def compare(limits: dict[str, Any], now: dict[str, float]) -> list[tuple[str, str, Any, bool]]:
    """(metric, floor/ceiling, now, ok) for every limit; a figure no longer measured fails."""
    rows = []
    for kind, sign in (("floors", ">="), ("ceilings", "<=")):
        for metric, limit in limits.get(kind, {}).items():
            value = now.get(metric)
            ok = value is not None and (value >= limit if sign == ">=" else value <= limit)
            rows.append((metric, f"{sign} {limit:.2f}", value, ok))
    limited = {r[0] for r in rows}
    rows += [(m, "-", v, True) for m, v in now.items() if m not in limited]
    return rows


def print_table(rows: list[tuple[str, str, Any, bool]]) -> None:
    width = max([42, *(len(r[0]) for r in rows)])
    print(f"{'metric':{width}} {'floor':>8} {'now':>7}  ok")
    for metric, limit, value, ok in rows:
        shown = "missing" if value is None else f"{value:.3f}"
        print(f"{metric:{width}} {limit:>8} {shown:>7}  {'ok' if ok else 'FAIL'}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--dev", type=Path, default=CORPORA / "dev", help="first dev corpus")
    ap.add_argument("--dev2", type=Path, default=CORPORA / "dev2", help="second dev corpus")
    ap.add_argument(
        "--addendum", type=Path, default=DEV_ADDENDUM, help="extra dev labels (dev_amended)"
    )
    ap.add_argument("--floor", type=Path, default=FLOOR_FILE, help="limits file")
    ap.add_argument("--update", action="store_true", help="rewrite the limits from now")
    args = ap.parse_args(argv)
    missing = [str(p) for p in (args.dev, args.dev2) if not p.is_dir()]
    if missing:
        print(f"corpus folder not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    try:
        now = measure(args.dev, args.dev2, args.addendum)
    except BenchFailed as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        return 1
    if args.update:
        args.floor.write_text(json.dumps(limits_from(now), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.floor}")
    rows = compare(json.loads(args.floor.read_text(encoding="utf-8")), now)
    print_table(rows)
    failed = [r[0] for r in rows if not r[3]]
    print(f"\n{len(rows) - len(failed)} of {len(rows)} hold; {time.perf_counter() - start:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
