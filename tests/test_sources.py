"""The sources file is validated into frozen objects; errors name file, line, source, field."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from watcher.common.durations import parse_duration
from watcher.errors import ConfigError
from watcher.ingest import sources as sources_module
from watcher.ingest.sources import DirSource, FeedSource, PageSource, load_sources


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text)
    return path


def test_loads_all_kinds_and_resolves_relative_paths(tmp_path: Path) -> None:
    """Feed, page and dir sources load, and local paths resolve against the file's folder."""
    path = write(
        tmp_path,
        """
sources:
  - {id: wire, kind: feed, url: "https://example.org/rss", interval: 15m, tags: [a]}
  - {id: local, kind: feed, url: feeds/x.xml}
  - {id: page, kind: page, url: "https://example.org/p", headers: {X-Token: t}}
  - {id: inbox, kind: dir, path: ./inbox, enabled: false}
""",
    )
    wire, local, page, inbox = load_sources(path)
    assert isinstance(wire, FeedSource) and wire.interval == timedelta(minutes=15)
    assert wire.tags == ("a",)
    assert isinstance(local, FeedSource) and local.url == str(tmp_path.resolve() / "feeds/x.xml")
    assert isinstance(page, PageSource) and page.headers == {"X-Token": "t"}
    assert isinstance(inbox, DirSource) and inbox.path == tmp_path.resolve() / "inbox"
    assert not inbox.enabled


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "sources:\n  - id: a\n    kind: feed\n",
            r"sources\.yaml:2: sources\[0\]\.url \(source 'a'\): Field required",
        ),
        (
            "sources:\n  - id: a\n    kind: rss\n    url: x\n",
            r":3: sources\[0\]\.kind \(source 'a'\): .*'feed', 'page', 'dir'",
        ),
        (
            "sources:\n  - id: a\n    kind: feed\n    url: x\n    interval: soon\n",
            r":5: sources\[0\]\.interval \(source 'a'\): .*not a duration",
        ),
        (
            "sources:\n  - id: a\n    kind: page\n    url: ftp://x\n",
            r":4: sources\[0\]\.url.*https\?",
        ),
        (
            "sources:\n  - id: a\n    kind: dir\n    path: x\n    colour: red\n",
            r":5: sources\[0\]\.colour.*Extra inputs",
        ),
        (
            "sources:\n  - {id: a, kind: dir, path: x}\n  - {id: a, kind: dir, path: y}\n",
            r":3: sources\[1\]\.id: duplicate id 'a'",
        ),
        ("sources: [\n", r"sources\.yaml:2: invalid YAML"),
        ("feeds: []\n", r"sources: Field required"),
        (
            "sources:\n  - id: 'bad id'\n    kind: dir\n    path: x\n",
            r":2: sources\[0\]\.id.*pattern",
        ),
    ],
    ids=[
        "missing-url",
        "unknown-kind",
        "bad-interval",
        "page-not-http",
        "unknown-field",
        "duplicate-id",
        "yaml-syntax",
        "no-sources-key",
        "bad-id",
    ],
)
def test_invalid_files_name_the_place(tmp_path: Path, body: str, message: str) -> None:
    """Each kind of mistake fails with the file, line, entry and field in the message."""
    with pytest.raises(ConfigError, match=message):
        load_sources(write(tmp_path, body))


def test_missing_file(tmp_path: Path) -> None:
    """A missing sources file is reported with its path."""
    with pytest.raises(ConfigError, match=r"nope\.yaml: sources file not found"):
        load_sources(tmp_path / "nope.yaml")


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90", 90),
        (90, 90),
        ("45s", 45),
        ("10m", 600),
        ("1h30m", 5400),
        ("2d", 172800),
        ("250ms", 0.25),
    ],
)
def test_durations(text: str | int, seconds: float) -> None:
    """Durations accept plain seconds and unit suffixes."""
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "ten minutes", "5x", "1h 2", "-5m"])
def test_bad_durations(text: str) -> None:
    """Anything that is not a number with a known unit is refused."""
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


def test_cron_schedules_are_checked(tmp_path: Path) -> None:
    """A crontab schedule is accepted, and a malformed one names the source and field."""
    ok = write(tmp_path, "sources:\n  - {id: a, kind: dir, path: x, cron: '*/15 6-22 * * 1-5'}\n")
    assert load_sources(ok)[0].cron == "*/15 6-22 * * 1-5"
    bad = write(tmp_path, "sources:\n  - {id: a, kind: dir, path: x, cron: 'every day'}\n")
    with pytest.raises(ConfigError, match=r":2: sources\[0\]\.cron \(source 'a'\): .*crontab"):
        load_sources(bad)


def test_a_file_read_again_is_not_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`watcher check` reads the sources file twice (secrets, then sources): the same bytes
    are validated once; other bytes, even of the same length, are read afresh."""
    calls: list[Path] = []
    validated = sources_module._validated

    def counting(path: Path) -> list[FeedSource]:
        calls.append(path)
        return validated(path)  # type: ignore[return-value]

    monkeypatch.setattr(sources_module, "_validated", counting)
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - {id: aaa, kind: feed, url: 'https://a.example/f'}\n")
    first = load_sources(path)
    again = load_sources(path)
    assert again == first and again is not first and len(calls) == 1
    path.write_text("sources:\n  - {id: bbb, kind: feed, url: 'https://b.example/f'}\n")
    assert [s.id for s in load_sources(path)] == ["bbb"] and len(calls) == 2
    path.write_text("sources:\n  - {id: bbb, kind: feed, url: 'https://b.example/f'\n")
    with pytest.raises(ConfigError):
        load_sources(path)
    with pytest.raises(ConfigError):  # a broken file stays an error every time
        load_sources(path)
