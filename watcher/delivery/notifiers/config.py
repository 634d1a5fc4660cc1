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

from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from watcher.common.durations import parse_duration


class _Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    digest: timedelta | None = Field(
        None, description="Collect alerts for this long and send them as one message."
    )
    max_attempts: int = Field(8, ge=1, description="Attempts before a delivery is dead.")

    @field_validator("digest", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> timedelta | None:
        return None if value in (None, "") else parse_duration(value)


class ConsoleConfig(_Config):
    """Readable alerts on the terminal (coloured when it is one)."""

    kind: Literal["console"]
    stream: Literal["stdout", "stderr"] = "stderr"


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
    timeout_s: float = Field(10.0, gt=0)


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
    timeout_s: float = Field(15.0, gt=0)


class AppriseConfig(_Config):
    """Any Apprise URL: Slack, Discord, Telegram, Teams, ntfy, Matrix, ... (URLs hold tokens,
    so they are secrets)."""

    kind: Literal["apprise"]
    urls: tuple[SecretStr, ...] = Field(min_length=1)


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


def default_notifiers() -> dict[str, NotifierConfig]:
    """With nothing configured, alerts go to the terminal."""
    return {"console": ConsoleConfig(kind="console")}
