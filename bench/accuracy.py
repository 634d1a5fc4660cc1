"""Score `watcher.facts.extract.extract_facts` against a labelled corpus folder.

Usage: `python bench/accuracy.py [--corpus DIR] [--addendum FILE] [--json] [--repeat N]`. The
corpus is a folder of `NNN.json` items (`text`, `title`, `published`, `facts`; see the corpus
README). Texts are read at run time and never copied anywhere.

`--addendum FILE` adds labels kept outside the corpus to its items before scoring: a JSON object
whose `items` maps an item id (the file's stem, "001") to a list of fact objects of the corpus's
format, `evidence` optional (bench/labels/dev_deadlines.json: dev's deadlines under dev2's
convention). An item id the corpus lacks, or a fact of an unknown kind or status, or missing a
field its kind is matched on, is an error naming the file and the item.

Matching (per item; each label and each extracted fact is used at most once):

* tariff_rate: `imposer`, `target` and `rate_pct` are equal, and the products agree loosely:
  both are general (`all goods`, `fentanyl-related`, any scope starting with "all" or "most")
  or both are specific and share a word after normalising spelling and synonyms. A product
  described in words as all of one party's goods ("Chinese goods (additional)", "goods from
  China", "overall rate on China"; parentheses ignored) is general, as is any fentanyl tariff,
  (aluminum → aluminium; vehicles/cars/automobiles → auto; chicken/soybeans/... → farm; a
  plural is its singular: "pharmaceuticals" and "pharmaceutical products" share a word).
* leader_contact: the participant sets and `mode` are equal, and the dates are equal when both
  sides have one.
* deadline: the dates are equal.

Among the pairs that match, the ones that also agree on status and secondary fields are taken
first (greedy by score). Precision is matched / extracted and recall matched / labelled, per kind.
Status accuracy and field accuracy (`previous_pct`, `effective`, `date`) are computed over
matched pairs; a field counts as right when both sides are equal (both null included).

An undated item (`published: null`) is read as of the day after the corpus's latest publication
date, as `watcher check` reads an undated article as of its run (`undated_day`).

Facts of kinds the corpus does not label (`export_control`) are listed as `unscored` too.
Extracted leader contacts with status `speculated` are not scored: the corpus labels only
contacts that happened, were denied or are firmly planned, and notes (not labels) record the
merely expected ones, which the extractor reports as `speculated` by design. They are counted
and listed separately as `unscored`.

Exit status: 0 after a run, 2 when the corpus folder is missing or the addendum is unusable.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from watcher.facts.registry import Fact, extract_facts
from watcher.models import Status

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
KINDS = ("tariff_rate", "leader_contact", "deadline")
_GENERAL = {"all goods", "most goods", "fentanyl-related"}
_SYNONYMS = {
    "aluminum": "aluminium",
    "vehicles": "auto", "vehicle": "auto", "cars": "auto", "car": "auto", "autos": "auto",
    "automobiles": "auto", "automobile": "auto", "automotive": "auto",
    "chicken": "farm", "pork": "farm", "soybeans": "farm", "beef": "farm", "poultry": "farm",
    "cotton": "farm", "agricultural": "farm", "agriculture": "farm", "grains": "farm",
}  # fmt: skip
_STOP = {
    "products", "goods", "some", "certain", "and", "the", "of", "incl", "other", "exports",
    "imports", "made", "us", "u.s.", "e.g.", "most", "few", "categories", "specific",
}  # fmt: skip


def _singular(word: str) -> str:
    """ "pharmaceuticals" and "pharmaceutical", "batteries" and "battery" name one product."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _words(product: str) -> set[str]:
    tokens = re.findall(r"[a-z.]+", product.lower())
    return {_singular(_SYNONYMS.get(t, t)) for t in tokens if t not in _STOP and len(t) > 2}


# dev2 labels describe products in words ("Chinese goods (additional)", "goods from China",
# "overall rate on China", "reciprocal tariff on Chinese imports"): all of one party's goods.
_BROAD = re.compile(
    r"^(?:(?:all|most|overall|general|reciprocal) )?(?:[A-Z][\w.'-]* )?"
    r"(?:goods|imports|exports|products|rate|tariff)(?: (?:imported )?(?:from|on) .+)?$"
)


def _general(product: str) -> bool:
    named = re.sub(r"\s*\([^)]*\)", "", product).strip()  # a party is a capitalised name
    p = product.lower()
    return (
        p in _GENERAL
        or p.startswith(("all ", "most "))
        or "fentanyl" in p
        or _BROAD.match(named) is not None
    )


def products_agree(a: str, b: str) -> bool:
    """Loose product agreement as defined in the module docstring."""
    if _general(a) or _general(b):
        return _general(a) and _general(b)
    return bool(_words(a) & _words(b))


def matches(label: dict[str, Any], fact: dict[str, Any]) -> bool:
    """Whether an extracted fact (as a dict) matches a label on the key fields of its kind."""
    if label["kind"] != fact["kind"]:
        return False
    if fact["kind"] == "tariff_rate":
        return (
            label["imposer"] == fact["imposer"]
            and label["target"] == fact["target"]
            and abs(float(label["rate_pct"]) - float(fact["rate_pct"])) < 0.01
            and products_agree(label["product"], fact["product"])
        )
    if fact["kind"] == "leader_contact":
        same = set(label["participants"]) == set(fact["participants"])
        dates_ok = not (label["date"] and fact["date"]) or label["date"] == fact["date"]
        return same and label["mode"] == fact["mode"] and dates_ok
    return bool(label["date"] == fact["date"])


_SECONDARY = {"tariff_rate": ("previous_pct", "effective"), "leader_contact": ("date",)}


def _score(label: dict[str, Any], fact: dict[str, Any]) -> int:
    score = 2 * int(label["status"] == fact["status"])
    score += sum(_same(label.get(k), fact.get(k)) for k in _SECONDARY.get(fact["kind"], ()))
    if fact["kind"] == "tariff_rate":
        score += _words(label["product"]) == _words(fact["product"])
    return score


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(float(a) - float(b)) < 0.01
    return bool(a == b)


@dataclass
class Tally:
    """Counts for one fact kind."""

    labelled: int = 0
    extracted: int = 0
    matched: int = 0
    status_ok: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def summary(self) -> dict[str, Any]:
        p = self.matched / self.extracted if self.extracted else 1.0
        r = self.matched / self.labelled if self.labelled else 1.0
        return {
            "labelled": self.labelled, "extracted": self.extracted, "matched": self.matched,
            "precision": round(p, 3), "recall": round(r, 3),
            "status_accuracy": round(self.status_ok / self.matched, 3) if self.matched else None,
            "field_accuracy": {k: round(ok / n, 3) for k, (ok, n) in self.fields.items() if n},
        }  # fmt: skip


def _pair(labels: list[dict[str, Any]], facts: list[dict[str, Any]]) -> list[tuple[int, int]]:
    pairs = [
        (_score(lab, f), i, j)
        for i, lab in enumerate(labels)
        for j, f in enumerate(facts)
        if matches(lab, f)
    ]
    used_l: set[int] = set()
    used_f: set[int] = set()
    out = []
    for _, i, j in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if i not in used_l and j not in used_f:
            used_l.add(i)
            used_f.add(j)
            out.append((i, j))
    return out


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 140 else text[:137] + "..."


def _brief(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in ("evidence", "notes")}


def score_item(
    item_id: str, item: dict[str, Any], facts: list[Fact], report: dict[str, Any]
) -> None:
    """Add one item's matches, misses and false facts to `report`."""
    extracted = [f.to_dict() for f in facts]
    scored = [f for f in extracted if not _unscored(f)]
    for f in extracted:
        if _unscored(f):
            report["unscored"].append(
                {"item": item_id, **_brief(f), "evidence": _snippet(f["evidence"])}
            )
    labels = item["facts"]
    tallies: dict[str, Tally] = report["tallies"]
    for lab in labels:
        tallies[lab["kind"]].labelled += 1
    for f in scored:
        tallies[f["kind"]].extracted += 1
    pairs = _pair(labels, scored)
    for i, j in pairs:
        _tally_pair(tallies[labels[i]["kind"]], labels[i], scored[j], item_id, report)
    paired_l = {i for i, _ in pairs}
    paired_f = {j for _, j in pairs}
    for i, lab in enumerate(labels):
        if i not in paired_l:
            report["misses"].append({"item": item_id, **_brief(lab), "evidence": _evidence(lab)})
    for j, f in enumerate(scored):
        if j not in paired_f:
            report["false"].append(
                {"item": item_id, **_brief(f), "evidence": _snippet(f["evidence"])}
            )


def _evidence(label: dict[str, Any]) -> str:
    """A label's evidence; an addendum label may have none (its texts stay in the corpus)."""
    if label.get("evidence"):
        return _snippet(label["evidence"])
    return f"(addendum: {label.get('what', 'no evidence')})"


def _unscored(fact: dict[str, Any]) -> bool:
    """Speculated contacts, and kinds the corpus does not label (export_control)."""
    if fact["kind"] not in KINDS:
        return True
    return bool(fact["kind"] == "leader_contact" and fact["status"] == "speculated")


def _tally_pair(
    t: Tally, lab: dict[str, Any], f: dict[str, Any], item_id: str, report: dict[str, Any]
) -> None:
    t.matched += 1
    if lab["status"] == f["status"]:
        t.status_ok += 1
    else:
        report["status_errors"].append(
            {"item": item_id, "kind": f["kind"], "label": lab["status"], "got": f["status"],
             "evidence": _snippet(f["evidence"])}
        )  # fmt: skip
    for k in _SECONDARY.get(f["kind"], ()):
        t.fields[k][1] += 1
        t.fields[k][0] += _same(lab.get(k), f.get(k))
        if not _same(lab.get(k), f.get(k)):
            report["field_errors"].append(
                {"item": item_id, "field": k, "label": lab.get(k), "got": f.get(k),
                 "evidence": _snippet(f["evidence"])}
            )  # fmt: skip


def load_corpus(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    """(item id, item) for every `*.json` file in the folder, in name order."""
    return [
        (p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.json"))
    ]


class AddendumError(ValueError):
    """An addendum file that cannot be added to the corpus; the message names file and item."""


# The fields each kind is matched or scored on (the module docstring); `evidence` is optional.
_REQUIRED = {
    "tariff_rate": ("imposer", "target", "rate_pct", "product"),
    "leader_contact": ("participants", "mode", "date"),
    "deadline": ("date",),
}
_STATUSES = frozenset(s.value for s in Status)


def _check_fact(fact: Any) -> str | None:
    """Why a fact object cannot be scored, or None."""
    if not isinstance(fact, dict):
        return "a fact is not an object"
    if fact.get("kind") not in KINDS:
        return f"unknown kind {fact.get('kind')!r} (one of {', '.join(KINDS)})"
    if fact.get("status") not in _STATUSES:
        return f"unknown status {fact.get('status')!r}"
    absent = [k for k in _REQUIRED[fact["kind"]] if k not in fact]
    if absent:
        return f"{fact['kind']} fact without {', '.join(absent)}"
    return _check_values(fact)


def _check_values(fact: dict[str, Any]) -> str | None:
    """Why a field a fact is matched on has a value that cannot match, or None."""
    if fact["kind"] == "deadline":
        try:
            date.fromisoformat(str(fact["date"]))
        except ValueError:
            return f"deadline date {fact['date']!r} is not YYYY-MM-DD"
    if fact["kind"] == "tariff_rate" and not isinstance(fact["rate_pct"], int | float):
        return f"rate_pct {fact['rate_pct']!r} is not a number"
    return None


def add_addendum(items: list[tuple[str, dict[str, Any]]], path: Path) -> dict[str, Any]:
    """Add the addendum's facts to the items (new item dicts; the corpus files are untouched).

    Returns what was added (`file`, `facts`, `items`) for the report; raises AddendumError."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AddendumError(f"{path}: cannot read the addendum ({exc})") from exc
    extra = doc.get("items") if isinstance(doc, dict) else None
    if not isinstance(extra, dict):
        raise AddendumError(f"{path}: no `items` object mapping item ids to lists of facts")
    known = {item_id for item_id, _ in items}
    for item_id, facts in extra.items():
        if item_id not in known:
            raise AddendumError(f"{path}: item {item_id!r} is not in the corpus")
        if not isinstance(facts, list):
            raise AddendumError(f"{path}: item {item_id}: not a list of facts")
        for n, fact in enumerate(facts, 1):
            why = _check_fact(fact)
            if why:
                raise AddendumError(f"{path}: item {item_id}, fact {n}: {why}")
    for i, (item_id, item) in enumerate(items):
        if extra.get(item_id):
            items[i] = (item_id, {**item, "facts": [*item["facts"], *extra[item_id]]})
    return {
        "file": str(path),
        "facts": sum(len(f) for f in extra.values()),
        "items": sum(1 for f in extra.values() if f),
    }


def undated_day(items: list[tuple[str, dict[str, Any]]]) -> date | None:
    """The day an undated item is read as of: the day after the corpus's latest publication.

    `watcher check` reads an article with no date as of the run (`pipeline.run.doc_of`), so
    "August 12" in it gets the run's year; `bench/alerts.py` runs such items at the day after
    dev2's latest publication (its UNDATED_NOW). Reading them with no date at all, as this
    bench once did, scored a year-less date as no fact: not what users get."""
    days = [date.fromisoformat(item["published"]) for _, item in items if item.get("published")]
    return max(days) + timedelta(days=1) if days else None


def _extract(item: dict[str, Any], undated: date | None) -> list[Fact]:
    pub = date.fromisoformat(item["published"]) if item.get("published") else undated
    return extract_facts(
        item["text"], title=item.get("title", ""), published=pub, undated=not item.get("published")
    )


def run(folder: Path, repeat: int, addendum: Path | None = None) -> dict[str, Any]:
    """Extract every item, score it (with the addendum's labels added), and time the extraction."""
    items = load_corpus(folder)
    undated = undated_day(items)
    report: dict[str, Any] = {
        "tallies": {k: Tally() for k in KINDS}, "misses": [], "false": [], "unscored": [],
        "status_errors": [], "field_errors": [],
    }  # fmt: skip
    if addendum is not None:
        report["addendum"] = add_addendum(items, addendum)
    for item_id, item in items:
        score_item(item_id, item, _extract(item, undated), report)
    _extract(items[0][1], undated) if items else None  # warm the caches before timing
    per_item: dict[str, list[float]] = {item_id: [] for item_id, _ in items}
    start = time.perf_counter()
    for _ in range(repeat):
        for item_id, item in items:
            began = time.perf_counter()
            _extract(item, undated)
            per_item[item_id].append(time.perf_counter() - began)
    elapsed = time.perf_counter() - start
    report["articles_per_second"] = round(len(items) * repeat / elapsed, 1) if elapsed else None
    # Each article's best of the passes (the least disturbed by other load), then the median
    # over articles: the figure the speed budget (5 ms per relevant article) is about.
    best = sorted(min(times) for times in per_item.values() if times)
    report["median_ms"] = round(statistics.median(best) * 1000, 2) if best else None
    report["p90_ms"] = round(best[int(len(best) * 0.9)] * 1000, 2) if best else None
    report["items"] = len(items)
    report["kinds"] = {k: t.summary() for k, t in report.pop("tallies").items()}
    return report


_SECTIONS = (
    ("MISSES", "misses"),
    ("FALSE FACTS", "false"),
    ("STATUS ERRORS", "status_errors"),
    ("FIELD ERRORS", "field_errors"),
    ("UNSCORED (speculated contacts)", "unscored"),
)


def _print(report: dict[str, Any]) -> None:
    print(
        f"items: {report['items']}   speed: {report['articles_per_second']} articles/s"
        f"   per article: median {report['median_ms']} ms, p90 {report['p90_ms']} ms"
    )
    if "addendum" in report:
        a = report["addendum"]
        print(f"addendum: {a['file']} ({a['facts']} facts in {a['items']} items)")
    print(f"{'kind':16} {'lab':>4} {'ext':>4} {'ok':>4} {'P':>6} {'R':>6} {'status':>7}  fields")
    for kind, s in report["kinds"].items():
        fields = " ".join(f"{k}={v}" for k, v in s["field_accuracy"].items())
        print(
            f"{kind:16} {s['labelled']:4} {s['extracted']:4} {s['matched']:4} "
            f"{s['precision']:6.3f} {s['recall']:6.3f} {s['status_accuracy'] or 0:7.3f}  {fields}"
        )
    for title, key in _SECTIONS:
        print(f"\n{title} ({len(report[key])})")
        for row in report[key]:
            ev = row.get("evidence", "")
            rest = {k: v for k, v in row.items() if k not in ("item", "evidence")}
            print(f"  {row['item']} {json.dumps(rest, ensure_ascii=False)}\n      “{ev}”")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="labelled corpus folder")
    ap.add_argument("--addendum", type=Path, help="extra labels to add to the corpus's items")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--repeat", type=int, default=5, help="timing passes over the corpus")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus folder not found: {args.corpus} (pass --corpus DIR)", file=sys.stderr)
        return 2
    try:
        report = run(args.corpus, max(1, args.repeat), args.addendum)
    except AddendumError as exc:
        print(f"addendum error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    else:
        _print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
