"""The validated rules kept between runs (`alerting.rules.cache`, issue 13): used only while
everything they were loaded from is unchanged, and never trusted when changed or damaged."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import structlog

from watcher.alerting.rules import cache as rules_cache
from watcher.alerting.rules import load_rules
from watcher.alerting.rules.cache import load_rules_cached
from watcher.alerting.rules.schema import Rule
from watcher.cli.common import rules_cache_path
from watcher.errors import RuleError
from watcher.settings import Settings

REPO = Path(__file__).resolve().parents[1]

RATE = """\
id: rate-rule
description: Duties on steel
trigger:
  type: tariff_rate
  imposer: United States
  target: [China]
  product: steel
message: "{{ fact.rate_pct }}% on {{ fact.product }}"
alert:
  realert: 1h30m
"""
DEADLINE = """\
id: due-rule
description: Dates that matter
severity: critical
trigger:
  type: deadline
  remind_before: [30d, 2d, 0]
message: "{{ fact.measure }} on {{ fact.date }}"
labels: {team: trade}
examples:
  - text: The truce ends on March 3.
    published: 2026-02-01
    now: 2026-02-20T09:30:00+01:00
    alerts: 0
"""
KEYWORD = """\
id: words-rule
description: Export bans
trigger:
  type: keyword
  any: [export ban, "re:rare[- ]earths?"]
  none: [football]
message: "{{ article.title }}"
"""


def _folder(tmp_path: Path, name: str = "rules", **files: str) -> Path:
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    for file, text in files.items():
        (folder / f"{file}.yaml").write_text(text, encoding="utf-8")
    return folder


def _refuse_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make reading the rule files fail the test: what follows must come from the cache."""

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the rule files were read")

    monkeypatch.setattr(rules_cache, "load_rule_layers", fail)


def test_unchanged_files_load_from_the_cache_as_they_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, rate=RATE, due=DEADLINE, words=KEYWORD)
    cache = tmp_path / "state.db.rules-cache.json"
    fresh = load_rules([folder])
    first, hit = load_rules_cached([folder], None, cache)
    assert (first, hit) == (fresh, False)
    assert cache.is_file()
    _refuse_reading(monkeypatch)
    again, hit = load_rules_cached([folder], None, cache)
    assert hit and again == fresh
    # what validation made of the files survives: canonical names, durations, dates
    rate = next(r for r in again if r.id == "rate-rule")
    assert rate.trigger.imposer == ("US",)  # type: ignore[attr-defined]
    assert rate.alert.realert.total_seconds() == 5400
    due = next(r for r in again if r.id == "due-rule")
    assert [d.total_seconds() for d in due.trigger.remind_before] == [  # type: ignore[attr-defined]
        2_592_000,
        172_800,
        0,
    ]
    assert due.examples[0].now is not None and due.examples[0].now.utcoffset() is not None


def test_the_shipped_rules_read_back_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "c.json"
    fresh, _ = load_rules_cached([REPO / "rules"], None, cache)
    _refuse_reading(monkeypatch)
    assert load_rules_cached([REPO / "rules"], None, cache) == (fresh, True)


@pytest.mark.parametrize(
    "change",
    [
        "edit a rule file",
        "add a rule file",
        "remove a rule file",
        "rename a rule file",
        "add a folder",
        "reorder the folders",
        "name a gazetteer file",
        "edit the gazetteer file",
        "change the version",
        "touch the rule language",
    ],
)
def test_a_change_to_what_the_rules_came_from_reads_them_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    folder = _folder(tmp_path, rate=RATE, words=KEYWORD)
    other = _folder(tmp_path, "mine", rate=RATE.replace("Duties on steel", "Mine"))
    gazetteer = tmp_path / "gazetteer.yaml"
    gazetteer.write_text("countries:\n  Freedonia:\n    aliases: [Freedonia]\n")
    folders, gazetteer_file = [folder, other], gazetteer if "edit" in change else None
    cache = tmp_path / "c.json"
    code = tmp_path / "schema.py"  # stands for a module of the rule language
    code.write_text("# one\n")
    monkeypatch.setattr(rules_cache, "_code_files", lambda: iter([*_real_code(), code]))
    load_rules_cached(folders, gazetteer_file, cache)
    if change == "edit a rule file":
        (folder / "words.yaml").write_text(KEYWORD.replace("football", "cricket"))
    elif change == "add a rule file":
        (folder / "due.yaml").write_text(DEADLINE)
    elif change == "remove a rule file":
        (folder / "words.yaml").unlink()
    elif change == "rename a rule file":
        (folder / "words.yaml").rename(folder / "words2.yaml")
    elif change == "add a folder":
        folders.append(_folder(tmp_path, "more", due=DEADLINE))
    elif change == "reorder the folders":
        folders.reverse()
    elif change == "name a gazetteer file":
        gazetteer_file = gazetteer
    elif change == "edit the gazetteer file":
        gazetteer.write_text("countries:\n  Freedonia:\n    aliases: [Freedonia, Fredonia]\n")
    elif change == "change the version":
        monkeypatch.setattr("watcher._version", lambda: "999.0")
    else:  # an edit of the same size: only the modification time tells
        code.write_text("# two\n")
        os.utime(code, ns=(1, code.stat().st_mtime_ns + 1_000_000))
    rules, hit = load_rules_cached(folders, gazetteer_file, cache)
    assert not hit
    assert rules == load_rules(folders, gazetteer_file)
    # and the cache now holds the new rules
    assert load_rules_cached(folders, gazetteer_file, cache) == (rules, True)


_real_code = rules_cache._code_files


def test_the_rule_languages_modules_are_part_of_the_key() -> None:
    files = {p.relative_to(Path(rules_cache.__file__).parents[2]) for p in _real_code()}
    for name in ("alerting/rules/schema.py", "alerting/rules/load.py", "facts/registry.py"):
        assert Path(name) in files
    assert any(str(p).startswith("facts/kinds/tariff_rate/") for p in files)


def test_an_invalid_rule_file_gives_the_same_error_with_or_without_a_cache(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path, rate=RATE)
    cache = tmp_path / "c.json"
    load_rules_cached([folder], None, cache)
    (folder / "rate.yaml").write_text(RATE.replace("type: tariff_rate", "type: tariffs"))
    with pytest.raises(RuleError) as plain:
        load_rules([folder])
    with pytest.raises(RuleError) as cached:
        load_rules_cached([folder], None, cache)
    assert str(cached.value) == str(plain.value)
    assert "rate.yaml:4: trigger.type:" in str(cached.value)
    # the broken file is never cached: it fails again; put back as it was, the file has the
    # bytes the cache was made from again, and a repair of other bytes is read
    with pytest.raises(RuleError):
        load_rules_cached([folder], None, cache)
    (folder / "rate.yaml").write_text(RATE)
    assert load_rules_cached([folder], None, cache)[1] is True
    (folder / "rate.yaml").write_text(RATE.replace("Duties", "Tariffs"))
    assert load_rules_cached([folder], None, cache)[1] is False


def _document(cache: Path) -> dict[str, Any]:
    return json.loads(cache.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _tampered(cache: Path) -> None:
    """A message changed inside the cache, its key and digest kept."""
    document = _document(cache)
    document["payload"]["rules"][0]["message"] = "something else"
    cache.write_text(json.dumps(document))


def _forged(cache: Path) -> None:
    """A severity no rule may have, with the digest made to match."""
    document = _document(cache)
    document["payload"]["rules"][0]["severity"] = "loud"
    document["digest"] = rules_cache._payload_digest(document["payload"])
    cache.write_text(json.dumps(document))


def _missing_field(cache: Path) -> None:
    document = _document(cache)
    del document["payload"]["overrides"]
    document["digest"] = rules_cache._payload_digest(document["payload"])
    cache.write_text(json.dumps(document))


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda c: c.write_bytes(c.read_bytes()[:100]), id="truncated"),
        pytest.param(lambda c: c.write_bytes(b""), id="empty"),
        pytest.param(lambda c: c.write_bytes(b"\xff\xfe\x00garbage"), id="garbage"),
        pytest.param(lambda c: c.write_text("[1, 2, 3]"), id="not-a-mapping"),
        pytest.param(_tampered, id="tampered"),
        pytest.param(_forged, id="invalid-rule"),
        pytest.param(_missing_field, id="missing-field"),
        pytest.param(lambda c: (c.unlink(), c.mkdir()), id="a-folder"),
    ],
)
def test_a_damaged_cache_is_read_again_and_replaced(tmp_path: Path, damage: Any) -> None:
    folder = _folder(tmp_path, rate=RATE, due=DEADLINE)
    cache = tmp_path / "c.json"
    fresh, _ = load_rules_cached([folder], None, cache)
    damage(cache)
    rules, hit = load_rules_cached([folder], None, cache)
    assert (rules, hit) == (fresh, False)
    if cache.is_file():  # rewritten whole (a folder in its place cannot be replaced)
        assert load_rules_cached([folder], None, cache) == (fresh, True)


def test_overrides_are_logged_from_the_cache_too(tmp_path: Path) -> None:
    shipped = _folder(tmp_path, "shipped", rate=RATE)
    mine = _folder(tmp_path, "mine", rate=RATE.replace("Duties on steel", "Mine"))
    cache = tmp_path / "c.json"
    seen = []
    for _ in range(2):
        with structlog.testing.capture_logs() as logs:
            rules, hit = load_rules_cached([shipped, mine], None, cache)
        seen.append(hit)
        overridden = [e for e in logs if e["event"] == "rule_overridden"]
        assert [(e["rule"], e["new_file"]) for e in overridden] == [
            ("rate-rule", str(mine / "rate.yaml"))
        ]
        assert [r.description for r in rules] == ["Mine"]
    assert seen == [False, True]


def test_a_cache_that_cannot_be_written_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only folder (simulated: the tests may run as root, who can write anywhere)."""
    folder = _folder(tmp_path, rate=RATE)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(rules_cache.tempfile, "mkstemp", refuse)
    cache = tmp_path / "c.json"
    for _ in range(2):
        with structlog.testing.capture_logs() as logs:
            assert load_rules_cached([folder], None, cache) == (load_rules([folder]), False)
        assert [e["event"] for e in logs] == ["rules_cache_not_written"]
    assert not cache.exists()


def test_a_rule_that_would_not_read_back_is_not_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, rate=RATE)
    cache = tmp_path / "c.json"
    monkeypatch.setattr(rules_cache, "_plain", lambda value: {"id": "x"})
    assert load_rules_cached([folder], None, cache)[1] is False
    assert not cache.exists()


def _load_many(folder: str, cache: str, times: int, out: Any) -> None:
    hits = 0
    for _ in range(times):
        rules, hit = load_rules_cached([Path(folder)], None, Path(cache))
        assert [r.id for r in rules] == ["due-rule", "rate-rule", "words-rule"]
        hits += hit
    out.put(hits)


def test_concurrent_checks_share_one_whole_cache(tmp_path: Path) -> None:
    """Processes loading (and rewriting: each first load misses) the same cache at once each
    read whole files: every load gives the rules, none fails, and no temporary file is left."""
    folder = _folder(tmp_path, rate=RATE, due=DEADLINE, words=KEYWORD)
    cache = tmp_path / "c.json"
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    workers = [
        ctx.Process(target=_load_many, args=(str(folder), str(cache), 30, out)) for _ in range(4)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    hits = [out.get(timeout=5) for _ in workers]
    assert sum(hits) >= 4 * 30 - 4  # at most one miss each
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.json", "rules"]
    assert load_rules_cached([folder], None, cache)[1] is True


def test_concurrent_writes_leave_a_whole_file(tmp_path: Path) -> None:
    """Writers replacing the file while a reader reads it: the reader sees whole files only."""
    folder = _folder(tmp_path, rate=RATE, due=DEADLINE)
    cache = tmp_path / "c.json"
    rules: list[Rule] = load_rules([folder])
    ctx = multiprocessing.get_context("spawn")
    writers = [
        ctx.Process(target=_write_many, args=(str(cache), f"key-{i}", str(folder)))
        for i in range(3)
    ]
    for writer in writers:
        writer.start()
    whole = 0
    while any(w.is_alive() for w in writers):
        try:
            document = json.loads(cache.read_bytes())
        except FileNotFoundError:
            continue
        assert document["digest"] == rules_cache._payload_digest(document["payload"])
        whole += 1
    for writer in writers:
        writer.join()
    assert [w.exitcode for w in writers] == [0, 0, 0]
    assert whole > 0
    assert rules_cache._read(cache, _document(cache)["key"]) == (rules, [])


def _write_many(cache: str, key: str, folder: str) -> None:
    rules = load_rules([Path(folder)])
    for _ in range(200):
        rules_cache._write(Path(cache), key, rules, [])


def test_the_cache_lives_beside_an_sqlite_state_only(tmp_path: Path) -> None:
    def where(state: str) -> Path | None:
        return rules_cache_path(Settings.model_validate({"state_url": state}))

    assert rules_cache_path(Settings(state_path=tmp_path / "w.db")) == (
        tmp_path / "w.db.rules-cache.json"
    )
    assert where(f"sqlite:///{tmp_path}/x.db") == tmp_path / "x.db.rules-cache.json"
    assert where("postgresql://db.example/watcher") is None
    assert rules_cache_path(Settings(state_path=Path(":memory:"))) is None


def test_a_check_keeps_its_rules_beside_the_state_and_reuses_them(tmp_path: Path) -> None:
    """Two `watcher check` runs: the first writes the cache, the second reads it; a broken rule
    file after that fails the third as it would without a cache (exit 2, file and line)."""
    from click.testing import CliRunner  # noqa: PLC0415

    from watcher.cli import cli  # noqa: PLC0415

    folder = _folder(tmp_path, rate=RATE)
    shutil.copy(REPO / "seeds" / "baseline.yaml", tmp_path / "baseline.yaml")
    (tmp_path / "sources.yaml").write_text("sources: []\n")
    (tmp_path / "watcher.toml").write_text(
        f"rules_dir = {json.dumps(str(folder))}\nseeds_dir = {json.dumps(str(tmp_path))}\n"
    )
    argv = ["check", "--config", str(tmp_path / "watcher.toml"), "--sources",
            str(tmp_path / "sources.yaml"), "--state", str(tmp_path / "s.db")]  # fmt: skip
    runner = CliRunner()
    assert runner.invoke(cli, argv).exit_code == 0
    cache = tmp_path / "s.db.rules-cache.json"
    assert cache.is_file()
    written = cache.stat().st_mtime_ns
    assert runner.invoke(cli, argv).exit_code == 0
    assert cache.stat().st_mtime_ns == written  # read, not rewritten
    (folder / "rate.yaml").write_text(RATE + "colour: red\n")
    broken = runner.invoke(cli, argv)
    assert broken.exit_code == 2
    assert "rate.yaml:11: colour: unknown key" in broken.output


def _rewritten(cache: Path, change: Any) -> None:
    """The cache's first rule changed by `change`, its digest recomputed (as anyone who can
    write the file can), the file's owner and mode kept."""
    document = _document(cache)
    change(document["payload"]["rules"][0])
    document["digest"] = rules_cache._payload_digest(document["payload"])
    cache.write_text(json.dumps(document))


def test_a_digested_cache_with_an_invalid_term_is_read_again(tmp_path: Path) -> None:
    folder = _folder(tmp_path, words=KEYWORD)
    cache = tmp_path / "c.json"
    fresh, _ = load_rules_cached([folder], None, cache)
    _rewritten(cache, lambda rule: rule["trigger"].update({"any": ["re:(unclosed"]}))
    assert load_rules_cached([folder], None, cache) == (fresh, False)
    assert load_rules_cached([folder], None, cache) == (fresh, True)  # written again


def test_a_digested_cache_with_an_unknown_group_by_is_read_again(tmp_path: Path) -> None:
    folder = _folder(tmp_path, rate=RATE)
    cache = tmp_path / "c.json"
    fresh, _ = load_rules_cached([folder], None, cache)
    _rewritten(cache, lambda rule: rule["alert"].update({"group_by": ["colour"]}))
    assert load_rules_cached([folder], None, cache) == (fresh, False)


def test_a_cache_open_to_others_or_not_ours_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache is trusted as the state file beside it is: only a regular file of the user
    running watcher, mode 0600, as it is written."""
    folder = _folder(tmp_path, rate=RATE)
    cache = tmp_path / "c.json"
    fresh, _ = load_rules_cached([folder], None, cache)
    assert cache.stat().st_mode & 0o777 == 0o600
    cache.chmod(0o640)
    assert load_rules_cached([folder], None, cache) == (fresh, False)
    assert cache.stat().st_mode & 0o777 == 0o600  # written again, as it should be
    assert load_rules_cached([folder], None, cache) == (fresh, True)
    monkeypatch.setattr(os, "geteuid", lambda: cache.stat().st_uid + 1)
    assert load_rules_cached([folder], None, cache) == (fresh, False)
    monkeypatch.undo()
    link = tmp_path / "link.json"
    link.symlink_to(cache)
    assert load_rules_cached([folder], None, link) == (fresh, False)


def test_templates_of_a_trusted_cache_are_not_checked_again(tmp_path: Path) -> None:
    """What the documented model says: a cache that passes the owner and mode test is trusted
    for its templates (checking them would cost Jinja's import, what the cache saves)."""
    folder = _folder(tmp_path, rate=RATE)
    cache = tmp_path / "c.json"
    load_rules_cached([folder], None, cache)
    _rewritten(cache, lambda rule: rule.update({"message": "{{ nosuchname }}"}))
    rules, hit = load_rules_cached([folder], None, cache)
    assert (hit, rules[0].message) == (True, "{{ nosuchname }}")


def test_a_file_edited_while_it_loads_is_not_cached_under_its_old_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, words=KEYWORD)
    path = folder / "words.yaml"
    cache = tmp_path / "c.json"
    real = rules_cache.load_rule_layers

    def edited_meanwhile(*args: Any, **kwargs: Any) -> Any:
        path.write_text(KEYWORD.replace("export ban", "import quota"))  # after the key
        return real(*args, **kwargs)

    monkeypatch.setattr(rules_cache, "load_rule_layers", edited_meanwhile)
    load_rules_cached([folder], None, cache)
    monkeypatch.undo()
    path.write_text(KEYWORD)  # back to the bytes the first key was made of
    rules, hit = load_rules_cached([folder], None, cache)
    assert (hit, rules) == (False, load_rules([folder]))
    assert rules[0].trigger.any[0] == "export ban"  # type: ignore[union-attr]


def test_the_libraries_versions_are_part_of_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.metadata  # noqa: PLC0415

    import pydantic  # noqa: PLC0415

    folder = _folder(tmp_path, rate=RATE)
    before = rules_cache._key([folder], None)
    real = importlib.metadata.version
    for name in ("jinja2", "google-re2"):
        monkeypatch.setattr(
            importlib.metadata, "version", lambda n, name=name: "0.0" if n == name else real(n)
        )
        assert rules_cache._key([folder], None) != before, name
        monkeypatch.undo()
    monkeypatch.setattr(pydantic, "VERSION", "0.0")
    assert rules_cache._key([folder], None) != before


def test_a_fifo_among_the_files_is_read_once_and_not_cached(tmp_path: Path) -> None:
    """A FIFO gives its bytes once: the key must not take them from the loader."""
    folder = _folder(tmp_path, rate=RATE)
    fifo = tmp_path / "gazetteer.yaml"
    os.mkfifo(fifo)
    cache = tmp_path / "c.json"
    writer = multiprocessing.get_context("spawn").Process(target=_feed_fifo, args=(str(fifo),))
    writer.start()
    try:
        assert rules_cache._key([folder], fifo) is None
        rules, hit = load_rules_cached([folder], fifo, cache)
    finally:
        writer.join(10)
    assert (hit, rules) == (False, load_rules([folder]))
    assert not cache.exists()


def _feed_fifo(path: str) -> None:
    Path(path).write_text("{}\n")
