"""examples/compose: two watcher instances and a PostgreSQL database. No image can be pulled
here, so the file is validated, not run: podman-compose reads it (YAML, the shared block,
variable substitution) and lists the containers it would manage, and the file's meaning is
checked against watcher's settings."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from watcher.settings import Settings

COMPOSE = Path(__file__).parent.parent / "examples" / "compose" / "docker-compose.yml"


def services() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    return dict(loaded["services"])


def test_two_instances_share_one_database_that_they_wait_for() -> None:
    """Both watcher services point at the `db` service by the same URL, wait until it is
    healthy, and set only settings watcher has."""
    found = services()
    watchers = {k: v for k, v in found.items() if k.startswith("watcher")}
    assert len(watchers) == 2
    urls = {s["environment"]["WATCHER_STATE_URL"] for s in watchers.values()}
    [url] = urls
    assert url.startswith("postgresql://watcher:") and url.endswith("@db:5432/watcher")
    assert found["db"]["image"].endswith("postgres:15")
    for service in watchers.values():
        assert service["depends_on"] == {"db": {"condition": "service_healthy"}}
        for name in service["environment"]:
            field = name.removeprefix("WATCHER_").lower()
            assert field in Settings.model_fields, name
    ports = [s["ports"][0] for s in watchers.values()]
    assert len(set(ports)) == 2  # each instance's endpoint on its own host port


def compose(folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["podman-compose", "-f", "docker-compose.yml", "--dry-run", "down"],
        cwd=folder,
        env={**{k: v for k, v in os.environ.items() if k != "POSTGRES_PASSWORD"}, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(
    shutil.which("podman-compose") is None,
    reason="podman-compose is not installed: the compose file cannot be validated here",
)
def test_podman_compose_reads_the_file(tmp_path: Path) -> None:
    """podman-compose parses the file and names the database and both instances; without
    the database password it stops with the file's own message. (`--dry-run down` prints
    what it would do and runs nothing; podman-compose 1.0 has no `config` command.)"""
    shutil.copy(COMPOSE, tmp_path / "docker-compose.yml")
    read = compose(tmp_path, {"POSTGRES_PASSWORD": "example"})
    assert read.returncode == 0, read.stderr
    for name in ("db_1", "watcher-a_1", "watcher-b_1"):
        assert f"podman rm {tmp_path.name}_{name}" in read.stdout
    missing = compose(tmp_path, {})
    assert missing.returncode != 0
    assert "set POSTGRES_PASSWORD in .env" in missing.stderr
