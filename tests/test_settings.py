"""Settings come from flags, WATCHER_* variables, .env and a TOML file, in that order."""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.errors import ConfigError
from watcher.settings import data_dir, load_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Run each test in an empty folder with no WATCHER_* variables set."""
    monkeypatch.chdir(tmp_path)
    for name in list(__import__("os").environ):
        if name.startswith("WATCHER_"):
            monkeypatch.delenv(name)


def test_defaults_need_no_file() -> None:
    """With no config file and no variables the documented defaults apply."""
    settings = load_settings()
    assert settings.state_path == Path("watcher.db")
    assert settings.fetch.max_body_bytes == 10_000_000
    assert settings.fetch.max_redirects == 5


def test_precedence_flag_env_dotenv_toml(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A flag beats an environment variable, which beats .env, which beats the TOML file."""
    (tmp_path / "watcher.toml").write_text(
        'state_path = "toml.db"\nsources_file = "toml.yaml"\nlog_level = "error"\n'
        "[fetch]\nretries = 7\n"
    )
    (tmp_path / ".env").write_text("WATCHER_SOURCES_FILE=dotenv.yaml\nWATCHER_LOG_LEVEL=debug\n")
    monkeypatch.setenv("WATCHER_LOG_LEVEL", "warning")
    monkeypatch.setenv("WATCHER_FETCH__RETRIES", "9")
    settings = load_settings(None, state_path="flag.db")
    assert settings.state_path == Path("flag.db")
    assert settings.sources_file == Path("dotenv.yaml")
    assert settings.log_level == "warning"
    assert settings.fetch.retries == 9


def test_bad_env_value_names_field_and_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """An invalid value fails with the dotted field and the variable that sets it."""
    monkeypatch.setenv("WATCHER_FETCH__MAX_BODY_BYTES", "lots")
    with pytest.raises(
        ConfigError, match=r"fetch\.max_body_bytes \(WATCHER_FETCH__MAX_BODY_BYTES\)"
    ):
        load_settings()


def test_unknown_key_in_config_file_is_an_error(tmp_path: Path) -> None:
    """A misspelt key in the TOML file is reported, not silently ignored."""
    config = tmp_path / "custom.toml"
    config.write_text("[fetch]\nretires = 2\n")
    with pytest.raises(ConfigError, match=r"custom\.toml.*fetch\.retires.*Extra inputs"):
        load_settings(config)


def test_named_config_file_must_exist(tmp_path: Path) -> None:
    """`--config` naming a missing file is an error rather than a silent default."""
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(tmp_path / "nope.toml")


def test_toml_syntax_error_names_file(tmp_path: Path) -> None:
    """A TOML syntax error names the file and the position."""
    config = tmp_path / "broken.toml"
    config.write_text("state_path = \n")
    with pytest.raises(ConfigError, match=r"broken\.toml: .*line 1"):
        load_settings(config)


def test_max_attempts_is_refused_with_what_to_write_instead(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`max_attempts` (the old limit, spent within minutes) is an error that names the
    notifier and says to use `give_up_after`; it is never silently ignored."""
    (tmp_path / "watcher.toml").write_text(
        '[notifiers.team]\nkind = "webhook"\nurl = "http://127.0.0.1:9/hook"\n'
    )
    monkeypatch.setenv("WATCHER_NOTIFIERS__TEAM__MAX_ATTEMPTS", "3")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    message = str(caught.value)
    assert "notifiers.team (WATCHER_NOTIFIERS__TEAM)" in message
    assert "max_attempts is no longer a setting" in message
    assert "give_up_after" in message
    monkeypatch.delenv("WATCHER_NOTIFIERS__TEAM__MAX_ATTEMPTS")
    monkeypatch.setenv("WATCHER_NOTIFIERS__TEAM__GIVE_UP_AFTER", "6h")
    assert load_settings().notifiers["team"].give_up_after.total_seconds() == 6 * 3600


def test_seconds_settings_accept_durations_in_toml(tmp_path: Path) -> None:
    """A `*_s` setting in TOML takes `"30s"`, `"10m"`, `"1h30m"` as well as a number."""
    config = tmp_path / "watcher.toml"
    config.write_text(
        'clock_interval_s = "10m"\nshutdown_timeout_s = 45\n'
        '[fetch]\nread_timeout_s = "30s"\n'
        '[delivery]\nbackoff_max_s = "1h30m"\n'
        '[notifiers.hook]\nkind = "webhook"\nurl = "http://127.0.0.1:9/x"\ntimeout_s = "1m"\n'
    )
    settings = load_settings(config)
    assert settings.clock_interval_s == 600.0
    assert settings.shutdown_timeout_s == 45.0
    assert settings.fetch.read_timeout_s == 30.0
    assert settings.delivery.backoff_max_s == 5400.0
    assert settings.notifiers["hook"].timeout_s == 60.0  # type: ignore[union-attr]


def test_seconds_settings_accept_durations_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """`WATCHER_*` variables take durations and plain numbers of seconds alike."""
    monkeypatch.setenv("WATCHER_SOURCE_BACKOFF_MAX_S", "2h")
    monkeypatch.setenv("WATCHER_DELIVERY__CHECK_WAIT_S", "90")
    monkeypatch.setenv("WATCHER_FETCH__TOTAL_TIMEOUT_S", "1.5m")
    monkeypatch.setenv("WATCHER_FETCH__READ_TIMEOUT_S", "1e2")
    settings = load_settings()
    assert settings.source_backoff_max_s == 7200.0
    assert settings.delivery.check_wait_s == 90.0
    assert settings.fetch.total_timeout_s == 90.0
    assert settings.fetch.read_timeout_s == 100.0


@pytest.mark.parametrize("written", ["10 minutes?", "soon", "-5s", "5 s e c"])
def test_a_bad_duration_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, written: str) -> None:
    """Text that is not a duration fails naming the field, the variable and an example."""
    monkeypatch.setenv("WATCHER_CLOCK_INTERVAL_S", written)
    with pytest.raises(ConfigError) as info:
        load_settings()
    message = str(info.value)
    assert "clock_interval_s (WATCHER_CLOCK_INTERVAL_S)" in message
    assert "such as 90s, 10m" in message
    assert "Value error" not in message


def test_a_duration_keeps_the_bounds_of_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    """`"0s"` is refused where the setting must be greater than zero, as `0` is."""
    monkeypatch.setenv("WATCHER_CLOCK_INTERVAL_S", "0s")
    with pytest.raises(ConfigError, match=r"clock_interval_s .*greater than 0"):
        load_settings()


def test_rules_dirs_default_to_the_shipped_pack() -> None:
    """With nothing set, the one rules folder is the pack shipped with watcher."""
    assert load_settings().rules_dirs == (data_dir("rules"),)


def test_rules_dirs_in_toml_name_the_shipped_pack_by_a_word(tmp_path: Path) -> None:
    """`rules_dirs = ["shipped", DIR]` is the shipped pack followed by the user's folder."""
    (tmp_path / "watcher.toml").write_text('rules_dirs = ["shipped", "/etc/watcher/rules"]\n')
    assert load_settings().rules_dirs == (data_dir("rules"), Path("/etc/watcher/rules"))


@pytest.mark.parametrize("written", ['["shipped", "mine"]', "shipped:mine"])
def test_rules_dirs_from_a_variable(monkeypatch: pytest.MonkeyPatch, written: str) -> None:
    """WATCHER_RULES_DIRS takes a JSON list or folders separated by `:`, as PATH does."""
    monkeypatch.setenv("WATCHER_RULES_DIRS", written)
    assert load_settings().rules_dirs == (data_dir("rules"), Path("mine"))


def test_rules_dir_is_a_list_of_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The deprecated `rules_dir` still works, as `rules_dirs` holding that one folder."""
    monkeypatch.setenv("WATCHER_RULES_DIR", "/srv/rules")
    assert load_settings().rules_dirs == (Path("/srv/rules"),)


def test_rules_dir_and_rules_dirs_together_are_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Setting both spellings (here one in a variable, one in TOML) names both."""
    (tmp_path / "watcher.toml").write_text('rules_dirs = ["shipped"]\n')
    monkeypatch.setenv("WATCHER_RULES_DIR", "/srv/rules")
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert "rules_dir (WATCHER_RULES_DIR) and rules_dirs (WATCHER_RULES_DIRS)" in str(info.value)


def test_rules_flag_wins_over_both_spellings(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--rules` (passed as an override) replaces whatever the configuration says."""
    monkeypatch.setenv("WATCHER_RULES_DIR", "/srv/rules")
    settings = load_settings(None, rules_dirs=("shipped", "extra"))
    assert settings.rules_dirs == (data_dir("rules"), Path("extra"))
