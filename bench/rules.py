"""How rule evaluation scales with the number of keyword rules.

Usage: `python bench/rules.py [--corpus DIR] [--runs N]`. Builds 10, 100 and 1,000 keyword
rules (plain terms and `re:` expressions, each rule with its own terms) and evaluates all of
them over the same articles, side by side in one run:

- `indexed`: watcher's RuleSet, where every term of every rule sits in one RE2 set, scanned
  once per article;
- `naive`: the floor it replaces, one compiled Python regular expression per rule term,
  searched rule by rule.

Articles are the dev corpus texts, read at run time from --corpus (default
../shared/corpus/dev) and never copied; without the folder, generated text is used and the
output says so. Prints articles per second (median of --runs) and the cost ratio of 1,000
rules to 10 rules for each approach.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pydantic import TypeAdapter

from watcher.alerting.rules import Rule, RuleSet
from watcher.alerting.rules.keywords import term_pattern
from watcher.facts.known import Assessed
from watcher.models import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
SIZES = (10, 100, 1000)
WORDS = [
    "tariff",
    "export",
    "chip",
    "rare",
    "earth",
    "soybean",
    "steel",
    "aluminium",
    "magnet",
    "license",
    "probe",
    "ban",
    "quota",
    "subsidy",
    "dumping",
    "visa",
    "student",
    "port",
    "shipping",
    "sanction",
    "entity",
    "list",
    "gallium",
    "germanium",
    "lithium",
    "graphite",
    "drone",
    "battery",
    "solar",
    "wafer",
    "lithography",
    "foundry",
]


def articles(corpus: Path) -> tuple[list[Article], str]:
    files = sorted(corpus.glob("*.json")) if corpus.is_dir() else []
    if files:
        docs = [json.loads(p.read_text(encoding="utf-8")) for p in files]
        items = [
            Article("bench", p.stem, d.get("title") or "", d["text"])
            for p, d in zip(files, docs, strict=True)
        ]
        return items, f"{len(items)} dev corpus texts from {corpus}"
    rng = random.Random(7)
    items = [
        Article("bench", str(i), "generated", " ".join(rng.choices(WORDS, k=300)))
        for i in range(60)
    ]
    return items, f"corpus folder {corpus} not found: 60 generated texts instead"


def make_rules(count: int) -> list[Rule]:
    """`count` keyword rules, each with two terms of its own (every fifth an expression)."""
    adapter = TypeAdapter(Rule)
    rules = []
    for i in range(count):
        word = WORDS[i % len(WORDS)]
        terms = [f"{word} {i}", rf"re:{word}s?\s+case\s+{i}\b" if i % 5 == 0 else f"{word}{i}x"]
        if i < len(WORDS):
            terms.append(word)  # some rules do fire
        rules.append(
            adapter.validate_python(
                {
                    "id": f"k{i}",
                    "description": "bench",
                    "message": "m",
                    "trigger": {"type": "keyword", "any": terms},
                }
            )
        )
    return rules


def naive(rules: list[Rule]) -> list[list[re.Pattern[str]]]:
    return [
        [re.compile(term_pattern(t), re.IGNORECASE) for t in r.trigger.any]  # type: ignore[union-attr]
        for r in rules
    ]


def time_indexed(ruleset: RuleSet, items: list[Assessed]) -> tuple[float, int]:
    started = time.perf_counter()
    fired = sum(len(ruleset.matches(item)) for item in items)
    return time.perf_counter() - started, fired


def time_naive(patterns: list[list[re.Pattern[str]]], items: list[Assessed]) -> tuple[float, int]:
    started = time.perf_counter()
    fired = 0
    for item in items:
        text = f"{item.article.title}\n{item.article.text}"
        fired += sum(any(p.search(text) for p in rule) for rule in patterns)
    return time.perf_counter() - started, fired


def run(corpus: Path = DEFAULT_CORPUS, runs: int = 5) -> dict[str, object]:
    items_, source = articles(corpus)
    items = [Assessed(a, ()) for a in items_]
    results: dict[str, object] = {"articles": source, "runs": runs, "sizes": {}}
    for size in SIZES:
        rules = make_rules(size)
        ruleset, patterns = RuleSet(rules), naive(rules)
        ours = [time_indexed(ruleset, items) for _ in range(runs)]
        floor = [time_naive(patterns, items) for _ in range(runs)]
        assert ours[0][1] == floor[0][1], "indexed and naive disagree on what fires"
        results["sizes"][size] = {  # type: ignore[index]
            "indexed_articles_per_s": len(items) / statistics.median(t for t, _ in ours),
            "naive_articles_per_s": len(items) / statistics.median(t for t, _ in floor),
            "alerts": ours[0][1],
        }
    return results


def report(results: dict[str, object]) -> None:
    sizes: dict[int, dict[str, float]] = results["sizes"]  # type: ignore[assignment]
    print(f"articles: {results['articles']}; median of {results['runs']} runs")
    print(f"{'rules':>6} {'indexed art/s':>14} {'naive art/s':>12} {'alerts':>7}")
    for size, row in sizes.items():
        print(
            f"{size:>6} {row['indexed_articles_per_s']:>14.0f} "
            f"{row['naive_articles_per_s']:>12.0f} {row['alerts']:>7.0f}"
        )
    lo, hi = sizes[SIZES[0]], sizes[SIZES[-1]]
    for name in ("indexed", "naive"):
        ratio = lo[f"{name}_articles_per_s"] / hi[f"{name}_articles_per_s"]
        print(f"{name}: {SIZES[-1]} rules cost {ratio:.1f}x what {SIZES[0]} rules cost per article")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    report(run(args.corpus, args.runs))


if __name__ == "__main__":
    main()
