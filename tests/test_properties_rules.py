"""Property tests of rules: any rule file loads or names its problems; loaded rules evaluate
over any facts, articles and known state, and every match becomes an alert and a decision.

Rule documents are built from every trigger type with right and wrong values (durations past
the calendar, invalid regular expressions, templates that fail at render time); facts are
built from the kinds' models (`tests/strategies.py`), compared with a known state by the real
`assess`, and evaluated by `RuleSet`. What is raised must be a `WatcherError` (a rule file's
`RuleError`); evaluation, rendering, deciding and the clock raise nothing.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import event, example, given
from hypothesis import strategies as st

from tests import strategies as gen
from watcher.alerting.alerts import alert_from_dict, render_alert
from watcher.alerting.decide import State, Version, decide
from watcher.alerting.rules import Match, Rule, RuleSet, load_rules
from watcher.errors import WatcherError
from watcher.facts.known import KnownFact, KnownState, Provenance, assess
from watcher.facts.registry import Deadline, Fact, TariffRate
from watcher.models import Article, Status

# The clock the service reads: these years mostly, any of two centuries, not the calendar's end.
NOW = st.datetimes(datetime(2024, 1, 1), datetime(2028, 1, 1), timezones=st.just(UTC)) | (
    st.datetimes(datetime(1970, 1, 1), datetime(2200, 1, 1), timezones=st.just(UTC))
)


def load_or_documented_error(text: str) -> list[Rule] | None:
    """The rules of one rule file, or None when loading raised a documented error."""
    with tempfile.TemporaryDirectory(prefix="watcher-prop-") as name:
        path = Path(name) / "rules.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            return load_rules([path])
        except WatcherError:
            return None


def doc(trigger: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A rule document with the required keys."""
    return {"id": "r", "description": "d", "message": "m", "trigger": trigger, **extra}


def _dump(docs: list[dict[str, Any]]) -> str:
    return yaml.safe_dump_all(docs, allow_unicode=True, sort_keys=False)


@given(docs=st.lists(gen.rule_data(), min_size=1, max_size=3))
@example(docs=[doc({"type": "keyword", "any": "x"}, alert={"realert": "99999999999d"})])
@example(docs=[doc({"type": "keyword", "any": "x"}, alert={"realert": float("inf")})])
@example(docs=[doc({"type": "deadline", "remind_before": "1" + "0" * 400 + "s"})])
@example(docs=[doc({"type": "deadline", "remind_before": 600})])
@example(docs=[doc({"type": "deadline", "what": "("})])
def test_rule_files_load_or_name_their_problems(docs: list[dict[str, Any]]) -> None:
    """Rule documents of every trigger type, with right and wrong values."""
    load_or_documented_error(_dump(docs))


@given(
    text=st.one_of(
        st.text(max_size=200),
        st.builds(
            lambda docs, at, junk: (t := _dump(docs))[: at % (len(t) + 1)] + junk,
            st.lists(gen.rule_data(), min_size=1, max_size=2),
            st.integers(0, 10_000),
            st.text(max_size=10),
        ),
    )
)
def test_any_rule_file_text(text: str) -> None:
    """Any text as a rule file, and rule files cut short with anything after."""
    load_or_documented_error(text)


@given(day=st.sampled_from(gen.IMPOSSIBLE_DATES))
@example(day="2025-13-45")
def test_rule_file_with_an_impossible_date(day: str) -> None:
    """A rule's example dated with a day no calendar has."""
    rule = _dump([doc({"type": "keyword", "any": "x"})])
    load_or_documented_error(f"{rule}examples:\n  - text: x\n    alerts: 0\n    published: {day}\n")


def _valid_rules(docs: list[dict[str, Any]]) -> list[Rule]:
    """The documents that load on their own, with distinct ids."""
    rules = [r for d in docs for r in load_or_documented_error(_dump([d])) or ()]
    return list({r.id: r for r in rules}.values())


def _provenance() -> st.SearchStrategy[Provenance]:
    return st.builds(
        Provenance,
        st.sampled_from(("baseline.yaml", "wire")),
        NOW,
        st.none() | st.just("https://example.org/a"),
        st.none() | st.text(max_size=5),
        st.none() | st.text(max_size=10),
        st.none() | gen.aware_datetimes(),
    )


# A feed's `0001-01-01T00:00:00Z` or `9999-12-31T23:59:59Z` is a valid date (parse_date).
CALENDAR_ENDS = (datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC))
ARTICLES = st.builds(
    Article,
    st.sampled_from(("wire", "inbox", "x")),
    st.text(min_size=1, max_size=8),
    gen.title(),
    gen.article_text(),
    st.none() | st.just("https://example.org/a"),
    st.one_of(st.none(), gen.aware_datetimes(), st.sampled_from(CALENDAR_ENDS)),
)
KNOWN = st.lists(st.builds(KnownFact, gen.facts(), _provenance()), max_size=5)
ITEMS = st.lists(st.tuples(ARTICLES, st.lists(gen.facts(), min_size=1, max_size=4)), max_size=3)


def _check_match(match: Match, rules: list[Rule], now: datetime) -> None:
    """A match becomes an alert that survives storage, and a decision, however it is due."""
    assert match.rule in rules
    alert = render_alert(match)
    stored = json.loads(json.dumps(alert.to_dict()))
    assert alert_from_dict(stored).key == alert.key
    sent = Version(1, f"not {match.value}", State.SENT, now, now - timedelta(minutes=1), 1)
    for versions in ((), (sent,)):
        decide(
            match.value,
            versions,
            now,
            corroborating=match.corroborating,
            new_source=True,
            realert=match.rule.alert.realert,
            min_sources=match.rule.alert.min_sources,
            silenced=False,
        )


REALERT_FOREVER = doc({"type": "tariff_rate"}, alert={"realert": "9999999d"})
WHAT_PAREN = doc({"type": "deadline", "what": "("})
RATE = TariffRate(Status.HAPPENED, "The US set a 30% tariff on China.", "US", "China", "all", 30.0)
TRUCE = Deadline(
    Status.ANNOUNCED, "The truce ends on May 14.", "truce", date(2025, 5, 14), "US", "China"
)


@pytest.mark.slow  # about 6 s: rules loaded from files, facts compared, alerts rendered
@given(
    docs=st.lists(gen.rule_data(valid=True), min_size=1, max_size=4),
    known=KNOWN,
    items=ITEMS,
    now=NOW,
    tags=st.frozensets(st.sampled_from(("trade", "asia"))),
)
@example(  # re.error at evaluation: the pattern was never compiled at load
    docs=[WHAT_PAREN],
    known=[],
    items=[(Article("wire", "a1", "T", TRUCE.evidence), [TRUCE])],
    now=datetime(2025, 5, 1, tzinfo=UTC),
    tags=frozenset(),
)
@example(  # OverflowError in decide: an update waits until the last send + realert
    docs=[REALERT_FOREVER],
    known=[],
    items=[(Article("wire", "a1", "T", RATE.evidence), [RATE])],
    now=datetime(2025, 5, 1, tzinfo=UTC),
    tags=frozenset(),
)
@example(  # OverflowError in the deadline comparison: 0001-01-01 minus 3 days
    docs=[doc({"type": "deadline"})],
    known=[
        KnownFact(
            replace(TRUCE, date=date(2025, 5, 1)),
            Provenance("seed", datetime(2025, 1, 1, tzinfo=UTC)),
        )
    ],
    items=[(Article("wire", "a1", "T", TRUCE.evidence, None, CALENDAR_ENDS[0]), [TRUCE])],
    now=datetime(2025, 5, 1, tzinfo=UTC),
    tags=frozenset(),
)
def test_rules_evaluate_any_facts(
    docs: list[dict[str, Any]],
    known: list[KnownFact],
    items: list[tuple[Article, list[Fact]]],
    now: datetime,
    tags: frozenset[str],
) -> None:
    """Facts of every kind compared with any known state, then every rule's verdict."""
    rules = _valid_rules(docs)
    event(f"{min(len(rules), 2)}+ valid rules")
    assessed, state, _ = assess(items, KnownState.of(known), now)
    ruleset = RuleSet(rules)
    for item in assessed:
        verdicts = ruleset.explain(item, tags)
        explained = {v.match.key for v in verdicts if v.match is not None}
        for match in ruleset.matches(item, tags):
            event(f"match: {match.event}")
            assert match.key in explained
            assert match.corroborating == (match.event == "confirmed")
            _check_match(match, rules, now)
    for match in ruleset.clock_matches(state, now):
        event(f"clock: {match.event}")
        _check_match(match, rules, now)
