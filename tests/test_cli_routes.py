"""Routing as an operator meets it: real subprocesses, a real webhook receiver on 127.0.0.1.

The shipped rules name no notifier; where their alerts go is the route tree's decision. An
operator who configures only a webhook gets every alert there, a route naming a notifier
that is not configured stops the command (exit 2), and a notifier that nothing reaches is
named in a warning when `check` or `run` starts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.servers import LoopbackServer, Reply
from tests.test_cli import EXAMPLES, ROOT, watcher
from tests.test_daemon import ServiceProcess, rss
from watcher.alerting.rules import load_rules

DEMO_NOW = "2025-11-06T12:00Z"
README = (ROOT / "README.md").read_text(encoding="utf-8")


def webhook_only(tmp_path: Path, server: LoopbackServer, routes: str = "") -> None:
    """A watcher.toml with one webhook notifier (so no console) and the routes given."""
    server.script("/hook", Reply(200))
    (tmp_path / "watcher.toml").write_text(
        f'[notifiers.hook]\nkind = "webhook"\nurl = "{server.url("/hook")}"\n{routes}'
    )


def posted_rules(server: LoopbackServer) -> list[str]:
    return [a["rule"] for r in server.requests_to("/hook") for a in json.loads(r.body)["alerts"]]


def example_articles(folder: Path, rules: list[str]) -> None:
    """One article per rule: the first of the rule's own examples that must alert."""
    folder.mkdir()
    for rule in load_rules([ROOT / "rules"]):
        if rule.id in rules:
            ex = next(e for e in rule.examples if e.alerts >= 1)
            front = f"---\npublished: {ex.published}T12:00:00Z\n---\n"
            (folder / f"{rule.id}.txt").write_text(f"{front}{ex.title or rule.id}\n{ex.text}\n")


def check_examples(tmp_path: Path, name: str, rules: list[str]) -> None:
    example_articles(tmp_path / name, rules)
    (tmp_path / f"{name}.yaml").write_text(
        f"sources:\n  - {{id: {name}, kind: dir, path: ./{name}}}\n"
    )
    result = watcher("check", "--sources", f"{name}.yaml", "--state", f"{name}.db", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_webhook_only_gets_every_shipped_rules_alert(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """An operator who configures only a webhook (no route: the default) receives there an
    alert of every enabled shipped rule. Before routing, `check` refused with exit 2: the
    shipped rules named `console`, which such an operator no longer has."""
    webhook_only(tmp_path, http_server)
    enabled = [r.id for r in load_rules([ROOT / "rules"]) if r.enabled]
    check_examples(tmp_path, "all", enabled)
    # Examples of one run share the known state (an earlier deadline, then an extension of
    # the known one); a rule the others' articles preempted gets a run of its own.
    for rule in sorted(set(enabled) - set(posted_rules(http_server))):
        check_examples(tmp_path, rule, [rule])
    assert set(posted_rules(http_server)) == set(enabled)


def readme_routing_toml() -> list[str]:
    section = README[README.index("### Routing") :]
    section = section[: section.index("\n## ")]
    return re.findall(r"```toml\n(.*?)```", section, flags=re.DOTALL)


def readme_routing_env() -> dict[str, str]:
    section = README[README.index("### Routing") :]
    block = re.search(r"```console\n\$ (WATCHER_.*?) watcher check\n```", section, re.DOTALL)
    assert block, "the Routing section shows the environment form"
    pairs = re.findall(r"(WATCHER_\w+)='([^']*)'", block.group(1))
    return dict(pairs)


def test_readme_routes_every_shipped_rule_to_a_webhook(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """The README's one notifier and one route, run as written (the receiver's address put
    in place of the example's): every alert of the demo arrives at the webhook."""
    http_server.script("/hook", Reply(200))
    block = readme_routing_toml()[0]
    url = re.search(r'url = "([^"]+)"', block)
    assert url
    (tmp_path / "watcher.toml").write_text(block.replace(url.group(1), http_server.url("/hook")))
    args = ("check", "--sources", str(EXAMPLES), "--now", DEMO_NOW)
    result = watcher(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "deliveries: 11 delivered" in result.stdout
    assert len(posted_rules(http_server)) == 11
    assert "[critical]" not in result.stderr  # no console configured, nothing printed there


def test_readme_routes_in_the_environment(tmp_path: Path, http_server: LoopbackServer) -> None:
    """The README's environment form of the same notifier and route works too."""
    http_server.script("/hook", Reply(200))
    env = readme_routing_env()
    url_var = next(k for k in env if k.endswith("__URL"))
    env[url_var] = http_server.url("/hook")
    result = watcher("check", "--sources", str(EXAMPLES), "--now", DEMO_NOW, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert len(posted_rules(http_server)) == 11


def test_readme_route_tree_example_is_valid(tmp_path: Path) -> None:
    """The README's larger route tree loads, and `routes test` follows it."""
    block = readme_routing_toml()[1]
    (tmp_path / "watcher.toml").write_text(block)
    result = watcher("routes", "test", "--rule", "us-china-tariff-change", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "pager" in result.stdout


def test_route_to_an_unconfigured_notifier_is_exit_2(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """A route naming a notifier that is not configured stops the command, naming both."""
    webhook_only(
        tmp_path,
        http_server,
        '[[routes]]\nname = "oncall"\nseverity = "critical"\nnotify = ["pager"]\n',
    )
    result = watcher("check", "--sources", str(EXAMPLES), cwd=tmp_path)
    assert result.returncode == 2
    assert "routes[0] (oncall)" in result.stderr
    assert "'pager'" in result.stderr
    assert "configured notifiers: hook" in result.stderr
    assert "Traceback" not in result.stderr


def test_explicit_notify_override_still_checked(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """`notify:` in a rule bypasses routing, so a name there that is not configured is still
    refused before anything is polled."""
    webhook_only(tmp_path, http_server)
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "r.yaml").write_text(
        "id: r\ndescription: d\ntrigger: {type: keyword, any: [x]}\nmessage: m\nnotify: [console]\n"
    )
    result = watcher(
        "check", "--sources", str(EXAMPLES), cwd=tmp_path, env={"WATCHER_RULES_DIR": str(rules)}
    )
    assert result.returncode == 2
    assert "rule r: notify: console" in result.stderr


def test_unrouted_notifier_warns_at_check(tmp_path: Path, http_server: LoopbackServer) -> None:
    """A configured notifier that no rule's alert reaches is named in a warning; the run goes
    on (exit 0)."""
    webhook_only(
        tmp_path,
        http_server,
        '[notifiers.desk]\nkind = "console"\n\n[[routes]]\nnotify = ["hook"]\n',
    )
    result = watcher("check", "--sources", str(EXAMPLES), "--now", DEMO_NOW, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "notifier_unrouted" in result.stderr
    assert "desk" in result.stderr
    assert len(posted_rules(http_server)) == 11


def test_unrouted_notifier_warns_at_run(tmp_path: Path, http_server: LoopbackServer) -> None:
    """The service names the unrouted notifier in its start-up log too."""
    http_server.script("/feed", Reply(body=rss("A story")))
    service = ServiceProcess(tmp_path, http_server)
    service.env["WATCHER_NOTIFIERS__SPARE__KIND"] = "console"
    service.start()
    try:
        warned = [e for e in service.events() if e["event"] == "notifier_unrouted"]
        assert [e["notifier"] for e in warned] == ["spare"]
        assert service.stop() == 0
    finally:
        if service.proc is not None and service.proc.poll() is None:
            service.proc.kill()
            service.proc.wait()


def test_routes_test_shows_where_an_alert_goes(tmp_path: Path, http_server: LoopbackServer) -> None:
    """`watcher routes test` names the route that matched and the notifiers, as text and
    JSON; `--severity` and `--label` ask about an alert the rule does not (yet) describe."""
    webhook_only(
        tmp_path,
        http_server,
        '[notifiers.pager]\nkind = "console"\n\n'
        '[[routes]]\nname = "trade-oncall"\nlabels = { team = ["trade", "ops"] }\n'
        'notify = ["pager"]\n',
    )
    default = watcher("routes", "test", "--rule", "trump-xi-contact", cwd=tmp_path)
    assert default.returncode == 0, default.stderr
    assert "no route matched" in default.stdout
    assert "hook, pager" in default.stdout
    labelled = watcher(
        "routes",
        "test",
        "--rule",
        "trump-xi-contact",
        "--label",
        "team=trade",
        "--severity",
        "info",
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert labelled.returncode == 0, labelled.stderr
    shown = json.loads(labelled.stdout)
    assert shown["notify"] == ["pager"]
    assert shown["via"] == "route"
    assert shown["routes"] == [{"index": 0, "name": "trade-oncall"}]
    assert shown["severity"] == "info"
    assert shown["labels"] == {"team": "trade"}
    unknown = watcher("routes", "test", "--rule", "nope", cwd=tmp_path)
    assert unknown.returncode == 2
    assert "nope" in unknown.stderr
