"""One event, one alert: the pure decision for each rule match, one case per reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watcher.alerting.decide import Action, Decision, Reason, State, Version, decide

NOW = datetime(2025, 10, 10, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def version(
    n: int,
    value: str,
    state: State = State.SENT,
    sent_ago: timedelta | None = HOUR,
    sources: int = 1,
) -> Version:
    sent = NOW - sent_ago if sent_ago is not None and state is State.SENT else None
    return Version(n, value, state, NOW - 2 * HOUR, sent, sources)


def run(
    value: str,
    versions: list[Version],
    *,
    corroborating: bool = False,
    new_source: bool = True,
    realert: timedelta = timedelta(0),
    min_sources: int = 1,
    silenced: bool = False,
) -> Decision:
    return decide(
        value,
        versions,
        NOW,
        corroborating=corroborating,
        new_source=new_source,
        realert=realert,
        min_sources=min_sources,
        silenced=silenced,
    )


@pytest.mark.parametrize(
    ("kwargs", "versions", "value", "expected"),
    [
        ({}, [], "54%", (Action.CREATE, Reason.FIRST, True)),
        ({"corroborating": True}, [], "30%", (Action.NOTHING, Reason.KNOWN, False)),
        ({"min_sources": 2}, [], "54%", (Action.CREATE, Reason.HELD, False)),
        ({"silenced": True}, [], "54%", (Action.CREATE, Reason.SILENCED, False)),
        (
            {"corroborating": True},
            [version(1, "54%")],
            "54%",
            (Action.CORROBORATE, Reason.CORROBORATED, False),
        ),
        (
            {"corroborating": True, "min_sources": 2},
            [version(1, "54%", State.HELD)],
            "54%",
            (Action.CORROBORATE, Reason.RELEASED, True),
        ),
        (
            {"corroborating": True, "min_sources": 2, "new_source": False},
            [version(1, "54%", State.HELD)],
            "54%",
            (Action.CORROBORATE, Reason.CORROBORATED, False),
        ),
        ({}, [version(1, "54%")], "60%", (Action.UPDATE, Reason.UPDATE, True)),
        (
            {"realert": 6 * HOUR},
            [version(1, "54%")],
            "60%",
            (Action.UPDATE, Reason.UPDATE_THROTTLED, True),
        ),
        (
            {"realert": 6 * HOUR},
            [version(1, "30%"), version(2, "54%", sent_ago=HOUR / 2)],
            "30%",
            (Action.NOTHING, Reason.FLAPPING, False),
        ),
        ({}, [version(1, "30%"), version(2, "54%")], "30%", (Action.UPDATE, Reason.UPDATE, True)),
        ({"silenced": True}, [version(1, "54%")], "60%", (Action.UPDATE, Reason.SILENCED, False)),
        (
            {"corroborating": True},
            [version(1, "30%"), version(2, "54%")],
            "30%",
            (Action.NOTHING, Reason.CORROBORATED, False),
        ),
    ],
    ids=[
        "first",
        "confirms-baseline",
        "held",
        "silenced",
        "second-outlet",
        "released",
        "syndicated-copy-counts-once",
        "update",
        "update-throttled",
        "flapping",
        "revert-after-realert",
        "silenced-update",
        "confirms-older-value",
    ],
)
def test_decide(
    kwargs: dict[str, object],
    versions: list[Version],
    value: str,
    expected: tuple[Action, Reason, bool],
) -> None:
    """Each situation gets its action, its reason, and sends only when it should."""
    decision = run(value, versions, **kwargs)  # type: ignore[arg-type]
    assert (decision.action, decision.reason, decision.send) == expected


def test_throttled_update_is_due_when_realert_has_passed() -> None:
    """An update within realert is queued for the end of the interval, not dropped."""
    decision = run("60%", [version(1, "54%", sent_ago=2 * HOUR)], realert=6 * HOUR)
    assert decision.send_at == NOW - 2 * HOUR + 6 * HOUR


def test_decision_states() -> None:
    """Held and silenced alerts are stored as such; the rest count as sent."""
    assert run("1", [], min_sources=3).state is State.HELD
    assert run("1", [], silenced=True).state is State.SILENCED
    assert run("1", []).state is State.SENT
