"""Secrets a server echoes back never reach stdout, stderr, the logs, `alerts show` or the
state file: an SMTP server (aiosmtpd on loopback) that refuses AUTH with a 535 quoting the
password, and a webhook receiver that answers 401 with the bearer token in its body."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import structlog
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.notifiers.smtp import smtp_servers
from tests.servers import LoopbackServer, Reply
from tests.test_cli import watcher
from watcher.cli.common import configured_secrets
from watcher.common.redact import Secrets
from watcher.logs import configure_logging
from watcher.settings import Settings

PASSWORD = "corr3ct-horse-battery"
TOKEN = "tok-5f3a9c2e71b04d88"
API_KEY = "src-key-0a1b2c3d4e"
RULE = """\
id: magnets
description: magnet news
trigger: {type: keyword, any: [magnet]}
message: "{{ article.title }}"
notify: [desk, team]
"""


def _quote_the_password(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    """Refuse every login, quoting the password back, as some servers' 535 replies do."""
    password = data.password.decode() if isinstance(data, LoginPassword) else "?"
    message = f"535 5.7.8 authentication failed for password {password}"
    return AuthResult(success=False, handled=False, message=message)


@pytest.fixture
def smtp_port() -> Iterator[int]:
    with smtp_servers() as start:
        yield start(auth_require_tls=False, authenticator=_quote_the_password).port


def env_for(tmp_path: Path, smtp_port: int, server: LoopbackServer) -> dict[str, str]:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "magnets.yaml").write_text(RULE)
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "a.md").write_text(
        "---\npublished: 2025-10-10\n---\n# Magnets\n\nA story about a magnet plant.\n"
    )
    (tmp_path / "sources.yaml").write_text(
        f"sources:\n  - {{id: inbox, kind: dir, path: inbox, headers: {{X-Api-Key: {API_KEY}}}}}\n"
    )
    return {
        "WATCHER_RULES_DIR": str(tmp_path / "rules"),
        "WATCHER_SOURCES_FILE": str(tmp_path / "sources.yaml"),
        "WATCHER_STATE_PATH": str(tmp_path / "state.db"),
        "WATCHER_DELIVERY__CHECK_WAIT_S": "0",
        "WATCHER_LOG_FORMAT": "json",
        "WATCHER_LOG_LEVEL": "info",
        "WATCHER_NOTIFIERS__DESK__KIND": "email",
        "WATCHER_NOTIFIERS__DESK__HOST": "127.0.0.1",
        "WATCHER_NOTIFIERS__DESK__PORT": str(smtp_port),
        "WATCHER_NOTIFIERS__DESK__SECURITY": "none",
        "WATCHER_NOTIFIERS__DESK__ALLOW_PLAINTEXT_AUTH": "true",
        "WATCHER_NOTIFIERS__DESK__USERNAME": "watcher",
        "WATCHER_NOTIFIERS__DESK__PASSWORD": PASSWORD,
        "WATCHER_NOTIFIERS__DESK__SENDER": "watcher@example.org",
        "WATCHER_NOTIFIERS__DESK__TO": '["desk@example.org"]',
        "WATCHER_NOTIFIERS__TEAM__KIND": "webhook",
        "WATCHER_NOTIFIERS__TEAM__URL": server.url("/team"),
        "WATCHER_NOTIFIERS__TEAM__HEADERS": json.dumps({"Authorization": f"Bearer {TOKEN}"}),
    }


@pytest.mark.slow
def test_echoed_secrets_appear_nowhere(
    tmp_path: Path, smtp_port: int, http_server: LoopbackServer
) -> None:
    http_server.script("/team", Reply(401, body=f'{{"error": "token {TOKEN} revoked"}}'.encode()))
    env = env_for(tmp_path, smtp_port, http_server)
    runs = [
        watcher("check", "--now", "2025-10-10T12:00Z", cwd=tmp_path, env=env),
        watcher("alerts", "show", "1", cwd=tmp_path, env=env),
        watcher("alerts", "show", "1", "--format", "json", cwd=tmp_path, env=env),
        watcher("alerts", "list", "--format", "jsonl", cwd=tmp_path, env=env),
        watcher("status", cwd=tmp_path, env=env),
        watcher("notify", "test", "desk", cwd=tmp_path, env=env),
        watcher("notify", "test", "team", cwd=tmp_path, env=env),
        watcher("alerts", "retry", "--dead", cwd=tmp_path, env=env),
    ]
    shown = "\n".join(r.stdout + r.stderr for r in runs)
    # the refusals themselves are reported, with the secrets masked
    assert "535 5.7.8 authentication failed for password ***" in shown
    assert "HTTP 401" in shown
    assert "token *** revoked" in shown
    assert '"level": "error"' in runs[0].stderr  # delivery_dead, as JSON log lines
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("state.db*"))
    with sqlite3.connect(tmp_path / "state.db") as conn:
        errors = [e for (e,) in conn.execute("SELECT last_error FROM deliveries")]
    assert all("***" in e for e in errors)
    for secret in (PASSWORD, TOKEN):
        assert secret not in shown
        assert secret.encode() not in stored


def test_log_lines_are_scrubbed_of_configured_secrets() -> None:
    """Every value of an event and the rendered line, traceback included, in both formats."""
    secrets = Secrets.of([PASSWORD, f"Bearer {TOKEN}"])
    for fmt in ("json", "console"):
        out = io.StringIO()
        configure_logging("info", fmt, out, scrub=secrets.scrub)  # type: ignore[arg-type]
        log = structlog.get_logger("test")
        log.error("refused", reason=f"535 {PASSWORD}", extra=[TOKEN], nested={"t": TOKEN})
        try:
            int(f"server said {TOKEN}")
        except ValueError:
            log.exception("crashed")
        text = out.getvalue()
        assert "535 ***" in text
        assert PASSWORD not in text
        assert TOKEN not in text
    structlog.reset_defaults()


def test_configured_secrets_cover_notifiers_and_source_headers(tmp_path: Path) -> None:
    """Notifier passwords, webhook headers, secrets and URL tokens, Apprise URLs, and the
    header values of the sources file."""
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: wire, kind: feed, url: 'http://127.0.0.1:9/rss',"
        f" headers: {{X-Api-Key: {API_KEY}}}}}\n"
    )
    settings = Settings(
        sources_file=tmp_path / "sources.yaml",
        notifiers={
            "team": {
                "kind": "webhook",
                "url": "https://hooks.example.org/services/T0AAAAAAA/B0BBBBBBB/abcdefghijklmnop1234",
                "headers": {"Authorization": f"Bearer {TOKEN}"},
                "secret": "hmac-signing-key",
            },
            "desk": {
                "kind": "email",
                "host": "smtp.example.org",
                "username": "watcher",
                "password": PASSWORD,
                "sender": "w@example.org",
                "to": ["d@example.org"],
            },
            "chat": {"kind": "apprise", "urls": ["tgram://123456:BOTTOKENxyz/555"]},
        },
    )
    scrub = configured_secrets(settings).scrub
    text = (
        f"{TOKEN} {PASSWORD} hmac-signing-key abcdefghijklmnop1234 {API_KEY} "
        "123456:BOTTOKENxyz and an ordinary sentence about watcher"
    )
    assert scrub(text) == "*** *** *** *** *** *** and an ordinary sentence about watcher"
