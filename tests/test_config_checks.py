"""Values that used to be accepted without complaint and are errors now, named where they are:
non-finite numbers in settings and rules, an empty rule file, templates that reach for Python
internals."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, get_args

import pytest
from jinja2.sandbox import SecurityError
from pydantic import BaseModel

from tests.test_cli import EXAMPLES, watcher
from tests.test_rules_load import VALID
from watcher.alerting.rules import load_rules
from watcher.alerting.rules.template import check_template, render
from watcher.delivery.notifiers.config import NotifierConfig
from watcher.errors import ConfigError, RuleError
from watcher.settings import Settings, load_settings


@pytest.fixture
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("WATCHER_"):
            monkeypatch.delenv(name)


def _float_fields(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Every float setting of a settings model, as a dotted path (nested tables included)."""
    out = []
    for name, field in model.model_fields.items():
        kind = field.annotation
        if kind is float:
            out.append(prefix + name)
        elif isinstance(kind, type) and issubclass(kind, BaseModel):
            out.extend(_float_fields(kind, f"{prefix}{name}."))
    return out


FLOAT_SETTINGS = _float_fields(Settings)
NOTIFIER_FLOATS = [
    (get_args(model.model_fields["kind"].annotation)[0], name)
    for model in get_args(get_args(NotifierConfig)[0])
    for name, field in model.model_fields.items()
    if field.annotation is float
]


def test_every_float_setting_is_found() -> None:
    """The enumeration below sees the top level and the nested tables."""
    assert {"clock_interval_s", "fetch.read_timeout_s", "delivery.check_wait_s"} <= set(
        FLOAT_SETTINGS
    )
    assert ("webhook", "timeout_s") in NOTIFIER_FLOATS


@pytest.mark.usefixtures("_clean_env")
@pytest.mark.parametrize("value", ["1e309", "inf", "nan", "-inf"])
@pytest.mark.parametrize("setting", FLOAT_SETTINGS)
def test_non_finite_float_setting_is_an_error(
    monkeypatch: pytest.MonkeyPatch, setting: str, value: str
) -> None:
    """`1e309` is infinity once parsed: no float setting may be infinite or NaN."""
    variable = "WATCHER_" + setting.upper().replace(".", "__")
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=rf"{setting} \({variable}\)"):
        load_settings()


@pytest.mark.usefixtures("_clean_env")
@pytest.mark.parametrize(("kind", "field"), NOTIFIER_FLOATS)
def test_non_finite_notifier_setting_is_an_error(
    monkeypatch: pytest.MonkeyPatch, kind: str, field: str
) -> None:
    required: dict[str, dict[str, Any]] = {
        "webhook": {"URL": "http://127.0.0.1:9/hook"},
        "email": {"HOST": "127.0.0.1", "SENDER": "w@example.org", "TO": '["d@example.org"]'},
    }
    monkeypatch.setenv("WATCHER_NOTIFIERS__N__KIND", kind)
    for name, value in required.get(kind, {}).items():
        monkeypatch.setenv(f"WATCHER_NOTIFIERS__N__{name}", value)
    monkeypatch.setenv(f"WATCHER_NOTIFIERS__N__{field.upper()}", "1e309")
    with pytest.raises(ConfigError, match=rf"notifiers\.n\.{field}"):
        load_settings()


@pytest.mark.usefixtures("_clean_env")
@pytest.mark.parametrize("value", ["inf", "nan", "1e300"])
def test_infinite_or_huge_duration_setting_is_an_error(tmp_path: Path, value: str) -> None:
    """A digest of `inf` (TOML has the literal) or 1e300 seconds does not fit a duration: an
    error naming the setting, not an OverflowError traceback."""
    config = tmp_path / "w.toml"
    config.write_text(f'[notifiers.console]\nkind = "console"\ndigest = {value}\n')
    with pytest.raises(ConfigError, match=r"notifiers\.console\.digest"):
        load_settings(config)


def test_read_timeout_1e309_stops_check_with_exit_2(tmp_path: Path) -> None:
    """The issue's case, as a user meets it."""
    result = watcher(
        "check",
        "--sources",
        str(EXAMPLES),
        cwd=tmp_path,
        env={"WATCHER_FETCH__READ_TIMEOUT_S": "1e309"},
    )
    assert result.returncode == 2, result.stdout
    assert "fetch.read_timeout_s (WATCHER_FETCH__READ_TIMEOUT_S)" in result.stderr
    assert "finite" in result.stderr


# -- rules -------------------------------------------------------------------------------


def _rule_with(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "x.yaml"
    path.write_text(VALID.replace("  target: [China]", "  target: [China]\n" + extra))
    return path


def test_negative_min_change_pts_stops_rules_validate(tmp_path: Path) -> None:
    """`min_change_pts: -5` is refused with file, line and field (exit 2)."""
    path = _rule_with(tmp_path, "  min_change_pts: -5")
    result = watcher("rules", "validate", str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert "x.yaml:8: trigger.min_change_pts: Input should be greater than or equal to 0" in (
        result.stdout + result.stderr
    )


@pytest.mark.parametrize("value", [".inf", "'1e309'", ".nan"])
def test_non_finite_min_change_pts_is_an_error(tmp_path: Path, value: str) -> None:
    """An infinite smallest change would silently never fire."""
    with pytest.raises(RuleError, match=r"x\.yaml:8: trigger\.min_change_pts"):
        load_rules([_rule_with(tmp_path, f"  min_change_pts: {value}")])


@pytest.mark.parametrize("value", [".inf", "99999999999d"])
def test_infinite_realert_is_an_error(tmp_path: Path, value: str) -> None:
    (tmp_path / "x.yaml").write_text(VALID + f"alert:\n  realert: {value}\n")
    with pytest.raises(RuleError, match=r"x\.yaml:10: alert\.realert: .*duration"):
        load_rules([tmp_path])


@pytest.mark.parametrize(
    "body",
    ["", "\n\n", "# rules will go here\n", "---\n---\n"],
    ids=["empty", "blank", "comment", "separators"],
)
def test_rule_file_without_rules_is_an_error(tmp_path: Path, body: str) -> None:
    """A rule file that holds no rule is a mistake (a failed copy, a wrong file): it is named,
    beside the valid files of the same folder."""
    (tmp_path / "good.yaml").write_text(VALID)
    (tmp_path / "empty.yaml").write_text(body)
    with pytest.raises(RuleError, match=r"empty\.yaml: no rule in this file") as info:
        load_rules([tmp_path])
    assert len(info.value.problems) == 1


def test_empty_rule_file_stops_check_with_exit_2(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "empty.yaml").write_text("")
    result = watcher(
        "check",
        "--sources",
        str(EXAMPLES),
        cwd=tmp_path,
        env={"WATCHER_RULES_DIR": str(tmp_path / "rules")},
    )
    assert result.returncode == 2
    assert "empty.yaml: no rule in this file" in result.stderr


# -- templates ---------------------------------------------------------------------------

DUNDERS = [
    "{{ fact.__class__ }}",
    "{{ fact.__class__.__mro__ }}",
    "{{ rule.id.__class__.__mro__[1].__subclasses__() }}",
    "{{ fact['__class__'] }}",
    "{{ fact | attr('__class__') }}",
    "{% for x in fact.__class__.__mro__ %}{{ x }}{% endfor %}",
    "{{ fact._private }}",
]


@pytest.mark.parametrize("source", DUNDERS)
def test_sandbox_refuses_python_internals_at_render(source: str) -> None:
    """Even if such a template got past the loader, rendering it reveals nothing: the sandbox
    either raises SecurityError or renders the access as empty."""
    context = {"fact": {"rate_pct": 54}, "rule": {"id": "r"}}
    try:
        out = render(source, context)
    except SecurityError:
        return
    assert "class" not in out
    assert "object" not in out


@pytest.mark.parametrize("source", DUNDERS)
def test_template_reaching_for_internals_is_refused_at_load(source: str) -> None:
    problem = check_template(source)
    assert problem is not None
    assert "start with '_'" in problem


def test_dunder_in_a_rule_file_names_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(VALID + 'title: "{{ fact.__class__.__mro__ }}"\n')
    with pytest.raises(RuleError, match=r"x\.yaml:9: title: .*__class__"):
        load_rules([path])


def test_ordinary_templates_still_load() -> None:
    assert (
        check_template("{{ fact.rate_pct }}% {{ known['rate_pct'] }} {{ rule.id|upper }}") is None
    )
