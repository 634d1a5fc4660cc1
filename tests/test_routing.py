"""Routing: which notifiers an alert goes to, decided by a pure function over the rule's
values (id, severity, trigger kind, labels) and the configured route tree."""

from __future__ import annotations

from typing import Any

import pytest

from watcher.alerting.routing import Route, Router, Subject, route

TRADE = Subject(rule="us-china-tariff-change", severity="critical", trigger="tariff_rate",
                labels={"team": "trade", "region": "asia"})
CONTACT = Subject(rule="trump-xi-contact", severity="warning", trigger="leader_contact",
                  labels={})


def r(notify: list[str], **matchers: Any) -> Route:
    return Route.model_validate({"notify": notify, **matchers})


def test_no_routes_goes_to_the_default() -> None:
    """With no routes, every alert goes to the default (every configured notifier)."""
    routed = route((), ("console", "team"), TRADE)
    assert routed.notify == ("console", "team")
    assert routed.via == "default"
    assert routed.matched == ()


def test_first_matching_route_wins() -> None:
    """As in Alertmanager: the first route that matches takes the alert; later ones that
    would match too are not asked."""
    routes = (
        r(["pager"], severity="critical"),
        r(["team"], trigger="tariff_rate"),
    )
    routed = route(routes, ("console",), TRADE)
    assert routed.notify == ("pager",)
    assert routed.matched == (0,)
    assert routed.via == "route"


def test_continue_goes_on_to_the_next_routes() -> None:
    """`continue: true` sends to this route's notifiers and keeps looking; a notifier named
    twice gets the alert once."""
    routes = (
        r(["archive"], **{"continue": True}),
        r(["archive", "team"], labels={"team": "trade"}),
        r(["pager"]),
    )
    routed = route(routes, ("console",), TRADE)
    assert routed.notify == ("archive", "team")
    assert routed.matched == (0, 1)


def test_a_continue_route_alone_still_counts_as_matched() -> None:
    """An alert that only a `continue` route matched does not fall to the default as well."""
    routes = (r(["archive"], **{"continue": True}), r(["pager"], severity="critical"))
    routed = route(routes, ("console",), CONTACT)
    assert routed.notify == ("archive",)
    assert routed.via == "route"


def test_labels_match_any_of_a_list_and_all_keys() -> None:
    """A label matcher lists the values it accepts; every key given must match."""
    any_of = r(["team"], labels={"team": ["ops", "trade"]})
    both = r(["team"], labels={"team": "trade", "region": ["europe"]})
    assert route((any_of,), ("console",), TRADE).notify == ("team",)
    assert route((both,), ("console",), TRADE).notify == ("console",)
    assert route((any_of,), ("console",), CONTACT).notify == ("console",)  # no such label


def test_rule_severity_and_trigger_matchers_take_one_value_or_a_list() -> None:
    routes = (r(["pager"], rule=["x", "trump-xi-contact"], severity="warning"),)
    assert route(routes, ("console",), CONTACT).notify == ("pager",)
    assert route(routes, ("console",), TRADE).notify == ("console",)
    by_trigger = (r(["desk"], trigger=["deadline", "leader_contact"]),)
    assert route(by_trigger, ("console",), CONTACT).notify == ("desk",)


def test_a_route_without_matchers_catches_the_rest() -> None:
    routes = (r(["pager"], severity="critical"), r(["team"]))
    assert route(routes, ("console",), CONTACT).notify == ("team",)
    assert route(routes, ("console",), CONTACT).matched == (1,)


def test_the_rules_notify_overrides_routing() -> None:
    routed = route((r(["pager"]),), ("console",), TRADE, override=("desk",))
    assert routed.notify == ("desk",)
    assert routed.via == "override"


def test_router_default_is_every_configured_notifier() -> None:
    router = Router(routes=(), default_route=None, configured=("console", "team"))
    assert router.route(TRADE).notify == ("console", "team")
    assert Router((), ("team",), ("console", "team")).route(TRADE).notify == ("team",)


def test_unrouted_names_the_notifiers_no_subject_reaches() -> None:
    router = Router((r(["pager"], severity="critical"),), ("team",), ("console", "team", "pager"))
    assert router.unrouted([TRADE, CONTACT]) == ["console"]
    assert router.unrouted([CONTACT]) == ["console", "pager"]


@pytest.mark.parametrize(
    ("matchers", "error"),
    [
        ({"notify": []}, "notify"),
        ({"notify": ["a"], "severity": "loud"}, "severity"),
        ({"notify": ["a"], "colour": "red"}, "colour"),
        ({"notify": ["a"], "labels": {"bad key": "x"}}, "labels"),
    ],
)
def test_bad_routes_are_refused(matchers: dict[str, Any], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        Route.model_validate(matchers)
