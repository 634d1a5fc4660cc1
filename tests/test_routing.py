"""Routing: which notifiers an alert goes to, decided by a pure function over the rule's
values (id, severity, trigger kind, labels) and the configured route tree."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from watcher.alerting.routing import Route, Router, Subject, route
from watcher.errors import ConfigError
from watcher.settings import load_settings

TRADE = Subject(
    rule="us-china-tariff-change",
    severity="critical",
    trigger="tariff_rate",
    labels={"team": "trade", "region": "asia"},
)
CONTACT = Subject(rule="trump-xi-contact", severity="warning", trigger="leader_contact", labels={})


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
    routed = route((r(["pager"]),), ("console",), replace(TRADE, notify=("desk",)))
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


def test_routes_in_the_environment_that_are_not_json_name_the_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`WATCHER_ROUTES` is a JSON list; anything else is a configuration error that names the
    setting and where it came from (it said `None: ...` before)."""
    monkeypatch.setenv("WATCHER_ROUTES", "notify=team")
    with pytest.raises(ConfigError, match=r'^environment: .*"routes"'):
        load_settings(None)


def test_settings_build_the_router_from_toml(tmp_path: Path) -> None:
    config = tmp_path / "watcher.toml"
    config.write_text(
        'default_route = "team"\n\n'
        '[notifiers.team]\nkind = "console"\n\n[notifiers.pager]\nkind = "console"\n\n'
        '[[routes]]\nseverity = "critical"\nnotify = "pager"\ncontinue = true\n'
    )
    router = load_settings(config).router()
    assert router.route(TRADE) == route(router.routes, ("team",), TRADE)
    assert router.route(TRADE).notify == ("pager",)
    assert router.route(CONTACT).notify == ("team",)
    assert router.routes[0].continue_
