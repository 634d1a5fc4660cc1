"""The command line imports a command's module only when that command runs (issue 13 §4).

`watcher --help` and `watcher --version` must not load the extractor, the rule language,
Jinja, dateparser or rich: those cost about 0.6 s, more than the whole of a quiet run's work.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import click

from tests.servers import LoopbackServer, Recorded, Reply
from watcher.cli import _COMMANDS, cli

HEAVY = ("watcher.alerting", "watcher.facts", "jinja2", "dateparser", "rich", "apprise")
REPO = Path(__file__).resolve().parents[1]
# What only an article to read needs: the extractor (its kinds' modules compile hundreds of
# patterns and import dateparser) and the feed parsers.
EXTRACTION = (
    "watcher.facts.extract.tariffs",
    "watcher.facts.extract.contacts",
    "watcher.facts.extract.deadlines",
    "watcher.facts.extract.dates",
    "watcher.facts.kinds.export_control.extract",
    "watcher.ingest.parse",
    "feedparser",
    "fastfeedparser",
)
FEED = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
    b"<link>https://wire.example.org/</link><item><guid>w1</guid>"
    b"<title>Washington lifts the duty on Chinese steel to 40%</title>"
    b"<link>https://wire.example.org/w1</link>"
    b"<description>The United States raised its tariff on Chinese steel to 40% on Monday."
    b"</description></item></channel></rss>"
)


def after_main(*argv: str, report: str, cwd: Path | None = None) -> Any:
    """What the Python expression `report` gives (as JSON) in a fresh interpreter that has run
    `watcher ARGV` (in `cwd`) through the console script's entry point."""
    code = (
        "import gc, json, sys\n"
        "from watcher.__main__ import main\n"
        f"sys.argv = ['watcher', *{list(argv)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(json.dumps({report}), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=cwd,
    )
    return json.loads(done.stderr.strip().splitlines()[-1])


def _modules_after(*argv: str, cwd: Path | None = None) -> set[str]:
    """The modules a fresh interpreter holds after running `watcher ARGV` (in `cwd`)."""
    return set(after_main(*argv, report="sorted(sys.modules)", cwd=cwd))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))


def test_help_and_version_import_no_command() -> None:
    for argv in (["--help"], ["--version"]):
        assert _heavy(_modules_after(*argv)) == [], argv


def test_a_command_imports_what_it_uses() -> None:
    """The lazy group really loads a command: `rules --help` brings the rule language in."""
    assert "watcher.alerting.rules" in _modules_after("rules", "--help")


def test_the_listing_reads_as_the_commands_own_help() -> None:
    """`watcher --help` lists each command with the same line an eager group would show."""
    ctx = click.Context(cli)
    eager = click.Group("watcher", help=cli.help)
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        assert command is not None
        eager.add_command(command, name)
    lazy_help = cli.get_help(click.Context(cli, info_name="watcher"))
    eager_help = eager.get_help(click.Context(eager, info_name="watcher"))
    assert lazy_help.split("Commands:")[1] == eager_help.split("Commands:")[1]


def test_every_entry_names_a_command_of_that_name() -> None:
    ctx = click.Context(cli)
    for name in _COMMANDS:
        command = cli.get_command(ctx, name)
        assert isinstance(command, click.Command)
        assert command.name == name
    assert cli.get_command(ctx, "no-such-command") is None


def _conditional(request: Recorded) -> Reply:
    """The feed with an ETag, or a 304 when the client already holds that ETag."""
    if request.headers.get("if-none-match") == '"v1"':
        return Reply(304, headers={"ETag": '"v1"'})
    return Reply(body=FEED, headers={"ETag": '"v1"', "Content-Type": "application/rss+xml"})


def test_a_check_answered_304_loads_neither_extractor_nor_parser(
    tmp_path: Path, http_server: LoopbackServer
) -> None:
    """A warm `watcher check` (every source answers 304) validates the shipped rules but does
    not import the extractor, dateparser or the feed parsers (issue 13 §4: about 0.25 s);
    the first check, which reads a new article, does."""
    http_server.script("/feed.xml", _conditional)
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{id: wire, kind: feed, url: '{http_server.url('/feed.xml')}'}}\n"
    )
    (tmp_path / "watcher.toml").write_text(
        f"rules_dir = {json.dumps(str(REPO / 'rules'))}\n"
        '[notifiers.console]\nkind = "file"\npath = "alerts.jsonl"\n'
    )
    argv = ("check", "--config", "watcher.toml", "--sources", "sources.yaml", "--state", "s.db")
    first = _modules_after(*argv, "--now", "2026-12-05T08:00:00Z", cwd=tmp_path)
    warm = _modules_after(*argv, "--now", "2026-12-05T08:01:00Z", cwd=tmp_path)
    assert [r.headers.get("if-none-match") for r in http_server.requests_to("/feed.xml")] == [
        None,
        '"v1"',
    ]
    # The first run reads the article: the kinds the gate admits (a rate and a tariff word)
    # import their extractors; the others' (two leaders, an export control anchor) do not.
    admitted = {"watcher.facts.extract.tariffs", "watcher.ingest.parse", "fastfeedparser"}
    assert admitted <= first
    assert "watcher.facts.extract.contacts" not in first
    assert "watcher.facts.kinds.export_control.extract" not in first
    assert sorted(warm & set(EXTRACTION)) == []
    assert "multiprocessing" not in warm  # the extraction pool's, imported only to start one
    assert "dateparser" not in warm
    # The rules came from the validated cache beside the state (`alerting.rules.cache`): the
    # first check wrote it, the warm one validated what it read back, without Jinja.
    assert "watcher.alerting.rules.cache" in warm
    assert (tmp_path / "s.db.rules-cache.json").is_file()
    assert "jinja2" not in warm
    assert "jinja2" in first  # the first check read the rule files and checked their templates
    # Libraries' optional extras that a run without a terminal never uses
    # (`watcher.common.lean_imports`, `watcher.cli.output`), and the HTML parser: about 0.2 s.
    lean = ("rich", "pygments", "trio", "anyio", "lxml")
    assert sorted(m for m in warm if m.split(".")[0] in lean) == []
    # Rules from the cache build no vocabulary: the extractor's package is not imported at all.
    assert (
        sorted(m for m in warm if m.startswith(("watcher.facts.extract", "watcher.facts.gate")))
        == []
    )
    # Read from the files again (no cache), the rules' vocabulary reads the gazetteer's names,
    # not its regexes, and no rule names an export-control item: the alias regexes stay
    # uncompiled and the lexicon unread.
    (tmp_path / "s.db.rules-cache.json").unlink()
    untouched = after_main(
        *argv,
        "--now",
        "2026-12-05T08:02:00Z",
        cwd=tmp_path,
        report="(lambda gaz: ['watcher.facts.extract.lexicon' in sys.modules,"
        " [t._pattern is None for t in (gaz.countries, gaz.leaders, gaz.products)]])("
        "sys.modules['watcher.facts.extract.gazetteer'].load_gazetteer(None))",
    )
    assert untouched == [False, [True, True, True]]


def test_dateparser_is_imported_by_the_first_unusual_date_not_by_the_gate() -> None:
    """Building the relevance gate imports no extractor, and dateparser (0.2 s, and 0.3 s more
    on its first date) waits for a calendar date written in a form arithmetic does not read
    (`dates.plain_date`): a run whose new articles the gate turns away, or whose dates are
    plainly written ("May 14"), never pays for it."""
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from watcher.facts.registry import extract_facts, gate_for\n"
        "gate_for(None)\n"
        "extract_facts('Boats paraded on Saturday.', published=date(2026, 1, 5))\n"
        "gated = 'dateparser' in sys.modules\n"
        "extract_facts('The 25% tariff on Chinese steel takes effect on May 14, officials said.',"
        " published=date(2026, 1, 5))\n"
        "plain = 'dateparser' in sys.modules\n"
        "extract_facts('The 25% tariff on Chinese steel takes effect on May 14th 2026, officials"
        " said.', published=date(2026, 1, 5))\n"  # a form arithmetic also reads
        "still = 'dateparser' in sys.modules\n"
        "extract_facts('The 25% tariff on Chinese steel takes effect on May  14, officials said.',"
        " published=date(2026, 1, 5))\n"  # two spaces: dateparser's
        "print(gated, plain, still, 'dateparser' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "False", "False", "True"]


def test_the_gate_is_built_without_the_extractors() -> None:
    """The gate's terms (`watcher.facts.extract.needs`) import none of the four extractors
    (their patterns: about 0.15 s), which a run whose articles the gate turns away never uses."""
    extractors = [m for m in EXTRACTION if m.startswith("watcher.facts.") and "dates" not in m]
    code = (
        "import sys\n"
        "from watcher.facts.registry import gate_for\n"
        "gate = gate_for(None)\n"
        "assert 'tariff_rate' in gate.admit('The 25% tariff on Chinese steel.')\n"
        f"print(sorted(m for m in {extractors!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
