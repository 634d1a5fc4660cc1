"""Settings: one object, built once by the CLI and passed down.

Values come, highest priority first, from command-line flags, `WATCHER_*` environment variables
(nested with `__`, e.g. `WATCHER_FETCH__READ_TIMEOUT_S`), a `.env` file, and a TOML config file
(`--config`, default `watcher.toml` when present). Secrets are `SecretStr`, so they print as
`**********` in logs, errors and `repr`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from watcher.alerting.routing import Route, Router
from watcher.common.durations import Seconds
from watcher.delivery.notifiers.config import NOTIFIER_KINDS, NotifierConfig, default_notifiers
from watcher.delivery.settings import DeliverySettings
from watcher.errors import ConfigError
from watcher.facts.kinds.base import as_tuple
from watcher.ingest.settings import FetchSettings

DEFAULT_CONFIG_FILE = Path("watcher.toml")
STATE_URL_SCHEMES = ("sqlite:///", "postgresql://", "postgres://")
PACKAGE_DIR = Path(__file__).resolve().parent
SHIPPED = "shipped"
"""In `rules_dirs` (and `--rules`), the rule pack shipped with watcher."""


def data_dir(name: str) -> Path:
    """Where the shipped `rules/` or `seeds/` live: inside an installed wheel, else the checkout."""
    installed = PACKAGE_DIR / "_data" / name
    return installed if installed.is_dir() else PACKAGE_DIR.parent / name


def rule_folders(value: object) -> object:
    """`rules_dirs` as written, as folders: a list, one folder, or (from a variable) a JSON
    list or folders separated by `:`; the word `shipped` is the shipped pack, wherever the
    package is installed. Anything else is left for pydantic to refuse."""
    if isinstance(value, str):
        text = value.strip()
        value = json.loads(text) if text.startswith("[") else text.split(os.pathsep)
    items = as_tuple(value)
    if not isinstance(items, tuple | list):
        return items
    return tuple(data_dir("rules") if str(item) == SHIPPED else item for item in items)


class Settings(BaseSettings):
    """Everything watcher can be told, with its default."""

    model_config = SettingsConfigDict(
        env_prefix="WATCHER_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="forbid",
        frozen=True,
        allow_inf_nan=False,  # `1e309` parses as infinity; every float setting must be finite
        # Validators are built at first use: `load_settings` validates a one-off subclass
        # (below), so building this class's own at import was work thrown away (~5 ms).
        defer_build=True,
    )

    sources_file: Path = Field(
        Path("sources.yaml"), description="YAML file listing the sources to poll."
    )
    state_path: Path = Field(
        Path("watcher.db"), description="SQLite file holding what watcher has seen and sent."
    )
    state_url: str | None = Field(
        None,
        description="Where the state lives, in place of `state_path`: `sqlite:///PATH`, or "
        "`postgresql://USER@HOST/DB`, which several instances share (needs the "
        "`watcher[postgres]` extra).",
    )
    rules_dirs: Annotated[tuple[Path, ...], NoDecode, BeforeValidator(rule_folders)] = Field(
        default_factory=lambda: (data_dir("rules"),),
        description="Folders of rule files (`*.yaml`), in order; `shipped` is the shipped "
        "pack (the default). A rule in a later folder replaces one with the same id before it.",
    )
    rules_dir: Path | None = Field(
        None,
        description="Deprecated: one folder of rule files, the same as `rules_dirs = [DIR]`.",
    )
    seeds_dir: Path = Field(
        default_factory=lambda: data_dir("seeds"),
        description="Folder of seed documents and the reviewed `baseline.yaml`.",
    )
    gazetteer_file: Path | None = Field(
        None,
        description="YAML file of extra country, leader and product names for the extractor.",
    )
    http_listen: str = Field(
        "127.0.0.1:9108",
        description="Address of the service's /healthz, /readyz, /metrics, /deadlines.ics and "
        "/alerts.atom (`off` to disable).",
    )
    web_token: SecretStr | None = Field(
        None,
        description="Token the web view's pages ask for (bearer, or the password of basic "
        "auth); required when `http_listen` or `watcher serve --listen` is not loopback.",
    )
    clock_interval_s: Seconds = Field(
        300.0, gt=0, description="How often the service evaluates deadline rules on the clock."
    )
    source_backoff_max_s: Seconds = Field(
        3600.0, gt=0, description="Longest wait between polls of a source that keeps failing."
    )
    shutdown_timeout_s: Seconds = Field(
        30.0, gt=0, description="How long a stop waits for running polls before cutting them."
    )
    lease_s: float = Field(
        60.0,
        gt=0,
        description="With a PostgreSQL state: how long an instance's leases on sources and "
        "clock jobs outlive its last heartbeat; the others take them over after that.",
    )
    health_failures: int = Field(
        3, ge=1, description="Failed polls in a row that make a source unhealthy (one alert)."
    )
    alert_max_age_days: float = Field(
        7,
        gt=0,
        description="Articles published longer ago update the known state but alert only on "
        "a change against it (no flood after downtime).",
    )
    seen_retention_days: int = Field(
        180,
        ge=1,
        description="Days an article id is remembered after a source last listed it.",
    )
    alert_retention_days: int = Field(
        365,
        ge=1,
        description="Days alerts are kept in the state file; older ones are removed unless "
        "a delivery of theirs is pending or dead.",
    )
    log_level: Literal["debug", "info", "warning", "error"] = Field(
        "info", description="Least severe log level written."
    )
    log_format: Literal["auto", "console", "json"] = Field(
        "auto", description="`console` for people, `json` for services; `auto` picks by TTY."
    )
    fetch: FetchSettings = Field(default_factory=FetchSettings, description="HTTP fetching.")
    notifiers: dict[str, NotifierConfig] = Field(
        default_factory=default_notifiers,
        description="Named notifiers (`[notifiers.NAME]` with a `kind`); rules refer to names.",
    )
    delivery: DeliverySettings = Field(
        default_factory=DeliverySettings, description="Retrying deliveries."
    )
    routes: tuple[Route, ...] = Field(
        (),
        description="Which notifiers a rule's alerts go to (`[[routes]]`: matchers on "
        "severity, rule, trigger and labels, `notify`, `continue`); the first match wins.",
    )
    default_route: Annotated[tuple[str, ...] | None, BeforeValidator(as_tuple)] = Field(
        None,
        description="Notifiers of the alerts no route matched (default: every configured one).",
    )

    @model_validator(mode="before")
    @classmethod
    def _rules_dir_is_one_folder_of_rules_dirs(cls, data: Any) -> Any:
        """The old one-folder setting still works, as a list of one; both at once is a
        mistake (which one was meant?), named with both spellings."""
        if not isinstance(data, dict) or data.get("rules_dir") is None:
            return data
        if data.get("rules_dirs") is not None:
            raise ValueError(
                "rules_dir (WATCHER_RULES_DIR) and rules_dirs (WATCHER_RULES_DIRS) are both "
                "set; rules_dir is the deprecated one-folder form: keep only rules_dirs, "
                'e.g. rules_dirs = ["shipped", "/etc/watcher/rules"]'
            )
        return {**data, "rules_dirs": [data["rules_dir"]]}

    @field_validator("state_url")
    @classmethod
    def _state_url_scheme(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(STATE_URL_SCHEMES):
            raise ValueError(f"must start with one of: {', '.join(STATE_URL_SCHEMES)}")
        return value

    @property
    def state(self) -> Path | str:
        """Where the store lives: `state_url` when set, else `state_path`."""
        return self.state_url or self.state_path

    @model_validator(mode="after")
    def _routes_name_configured_notifiers(self) -> Settings:
        problems = self.router().problems()
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def router(self) -> Router:
        """The route tree, with every configured notifier as the default's fallback."""
        return Router(self.routes, self.default_route, tuple(self.notifiers))

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls)  # reads model_config["toml_file"]
        return (init_settings, env_settings, dotenv_settings, toml)


def _folders(written: Any) -> tuple[Path, ...]:
    """`--rules` values as the folders `rules_dirs` would hold."""
    return tuple(Path(folder) for folder in rule_folders(tuple(written)))  # type: ignore[attr-defined]


def _env_name(loc: tuple[int | str, ...]) -> str:
    return "WATCHER_" + "__".join(str(part).upper() for part in loc)


def _config_error(exc: ValidationError, origin: str) -> ConfigError:
    lines: list[str] = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        if not loc:  # a check across settings (routes and notifiers): the message names them
            msg = err["msg"].removeprefix("Value error, ")
            lines.extend(f"{origin}: {line}" for line in msg.splitlines())
            continue
        if len(loc) > 2 and loc[0] == "notifiers" and loc[2] in NOTIFIER_KINDS:  # noqa: PLR2004
            loc = loc[:2] + loc[3:]  # drop the union tag pydantic inserts
        field = ".".join(str(part) for part in loc)
        msg = err["msg"].removeprefix("Value error, ")
        lines.append(f"{origin}: {field} ({_env_name(loc)}): {msg}")
    return ConfigError("\n".join(lines))


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Build the settings once; a bad value raises ConfigError naming the field.

    `config_file` None means `watcher.toml` if it exists; a named file must exist.
    `overrides` are command-line values and win over everything else.
    """
    if config_file is None:
        config_file = DEFAULT_CONFIG_FILE if DEFAULT_CONFIG_FILE.is_file() else None
    elif not config_file.is_file():
        raise ConfigError(f"{config_file}: config file not found")
    origin = f"settings ({config_file or 'environment'})"
    # pydantic-settings takes the TOML path from the class config, so the file chosen at run
    # time goes into a one-off subclass rather than into global state.
    bound = type(
        "Settings",
        (Settings,),
        {"model_config": {**Settings.model_config, "toml_file": config_file}},
    )
    rules_dirs = overrides.pop("rules_dirs", None)  # `--rules`: wins over both spellings
    try:
        settings: Settings = bound(**{k: v for k, v in overrides.items() if v is not None})
        if rules_dirs:
            settings = settings.model_copy(
                update={"rules_dirs": _folders(rules_dirs), "rules_dir": None}
            )
    except ValidationError as exc:
        raise _config_error(exc, origin) from None
    except ValueError as exc:  # a TOML syntax error
        raise ConfigError(f"{config_file or 'environment'}: {exc}") from None
    return settings
