"""What each kind of notifier can be told, as settings models.

Settings name notifiers and give each a `kind` (several of one kind are fine):

```toml
[notifiers.team]
kind = "webhook"
url = "https://hooks.example.org/watcher"
secret = "..."
```

These models live apart from the notifier modules so that settings can be validated without
importing a notifier's heavy library (apprise, smtplib) until it is used.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from watcher.common.durations import Seconds, parse_duration
from watcher.common.extras import missing
from watcher.common.redact import Secrets

GIVE_UP_AFTER = timedelta(hours=24)


class _Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    digest: timedelta | None = Field(
        None, description="Collect alerts for this long and send them as one message."
    )
    give_up_after: timedelta = Field(
        GIVE_UP_AFTER,
        description="How long a failing delivery is retried, counted from its first attempt, "
        "before it is dead.",
    )

    @model_validator(mode="before")
    @classmethod
    def _no_max_attempts(cls, data: Any) -> Any:
        """`max_attempts` was the limit before `give_up_after`: refused with what to write
        instead, rather than ignored (a count of attempts gave up within minutes)."""
        if isinstance(data, dict) and "max_attempts" in data:
            raise ValueError(
                "max_attempts is no longer a setting: a failing delivery is now retried for "
                "a time, not a number of attempts. Remove max_attempts; set give_up_after "
                'instead if the default of 24h does not suit (e.g. give_up_after = "6h")'
            )
        return data

    @field_validator("digest", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> timedelta | None:
        return None if value in (None, "") else parse_duration(value)

    @field_validator("give_up_after", mode="before")
    @classmethod
    def _window(cls, value: Any) -> timedelta:
        window = parse_duration(value)
        if window <= timedelta(0):
            raise ValueError("give_up_after must be longer than 0s")
        return window

    def secret_values(self) -> tuple[str, ...]:
        """The values a server could echo back that must never be logged or stored."""
        return ()


class ConsoleConfig(_Config):
    """Readable alerts on the terminal (coloured when it is one)."""

    kind: Literal["console"]
    stream: Literal["stdout", "stderr"] = "stderr"

    def in_service(self) -> ConsoleConfig:
        """In `watcher run` stderr is the log (JSON lines for a collector), so multi-line
        alert text goes to stdout unless `stream` was set; one-shot commands keep stderr,
        as their stdout is their report."""
        if "stream" in self.model_fields_set:
            return self
        return self.model_copy(update={"stream": "stdout"})


class FileConfig(_Config):
    """One JSON object per alert, appended to a file."""

    kind: Literal["file"]
    path: Path


class WebhookConfig(_Config):
    """A JSON POST; signed with HMAC-SHA256 when a secret is set."""

    kind: Literal["webhook"]
    url: str = Field(pattern=r"^https?://")
    headers: dict[str, str] = Field(default_factory=dict)
    secret: SecretStr | None = None
    timeout_s: Seconds = Field(10.0, gt=0)

    def secret_values(self) -> tuple[str, ...]:
        """The URL (often itself the credential), every header value, the signing secret."""
        secret = self.secret.get_secret_value() if self.secret else ""
        return (self.url, *self.headers.values(), secret)


class EmailConfig(_Config):
    """SMTP with STARTTLS, TLS or neither, and optional authentication."""

    kind: Literal["email"]
    host: str
    port: int = Field(587, ge=1, le=65535)
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = None
    password: SecretStr | None = None
    sender: str = Field(pattern=r".+@.+")
    to: tuple[str, ...] = Field(min_length=1)
    timeout_s: Seconds = Field(15.0, gt=0)
    allow_plaintext_auth: bool = Field(
        False, description='Log in even with security = "none", sending the password in clear.'
    )

    @model_validator(mode="after")
    def _no_password_in_clear(self) -> Self:
        if self.security == "none" and self.username and not self.allow_plaintext_auth:
            raise ValueError(
                'security = "none" with a username would send the SMTP password in clear: '
                'use security = "starttls" or "tls", or set allow_plaintext_auth = true '
                "(only for a relay on this machine or a network you trust)"
            )
        return self

    def secret_values(self) -> tuple[str, ...]:
        return (self.password.get_secret_value() if self.password else "",)


class AppriseConfig(_Config):
    """Any Apprise URL: Slack, Discord, Telegram, Teams, ntfy, Matrix, ... (URLs hold tokens,
    so they are secrets)."""

    kind: Literal["apprise"]
    urls: tuple[SecretStr, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _apprise_is_installed(self) -> Self:
        """Apprise is an extra: without it, say so when the settings load, not at the first
        alert (checked without importing it, which would load all its plugins)."""
        problem = missing("apprise")
        if problem:
            raise ValueError(f"an apprise notifier needs Apprise: {problem}")
        return self

    def secret_values(self) -> tuple[str, ...]:
        return tuple(url.get_secret_value() for url in self.urls)


class FeedConfig(_Config):
    """An Atom feed of recent alerts, rewritten on each alert, for feed readers."""

    kind: Literal["feed"]
    path: Path
    title: str = "watcher alerts"
    max_entries: int = Field(100, ge=1)


NotifierConfig = Annotated[
    ConsoleConfig | FileConfig | WebhookConfig | EmailConfig | AppriseConfig | FeedConfig,
    Field(discriminator="kind"),
]


NOTIFIER_KINDS = frozenset({"console", "file", "webhook", "email", "apprise", "feed"})


def notifier_secrets(configs: Mapping[str, NotifierConfig]) -> Secrets:
    """Every secret value the configured notifiers hold, to scrub from what servers say."""
    return Secrets.of(value for config in configs.values() for value in config.secret_values())


def default_notifiers() -> dict[str, NotifierConfig]:
    """With nothing configured, alerts go to the terminal."""
    return {"console": ConsoleConfig(kind="console")}
