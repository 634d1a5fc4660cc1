"""For the web view's tests: the README demo's state (plus one crafted article), and a real
`watcher serve` subprocess on it.

Both test modules (tests/test_web.py over plain HTTP, tests/test_web_browser.py in Chromium)
use them, so the state is built as the README builds it: `watcher check` on the demo with a
fixed `--now`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "sources.yaml"
NOW = "2025-11-06T12:00Z"  # the README's "--now": the week of the demo's last article
CRAFTED_TITLE = 'Soybean duty <script>document.title="pwned"</script> & <b>bold</b>'
CRAFTED = f"""---
published: 2025-11-05T08:00:00Z
url: https://example.org/demo/crafted
---
# {CRAFTED_TITLE}

China said on Wednesday it will impose an additional tariff of 15% on US soybeans from December 1.
"""


def _watcher(*args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
    done = subprocess.run(
        [sys.executable, "-m", "watcher", *args],
        cwd=cwd,
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def demo_state(folder: Path) -> Path:
    """`folder/demo.db`: the README's demo check, then a crafted article whose title holds
    markup, from a source of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    _watcher("check", "--sources", str(EXAMPLES), "--state", "demo.db", "--now", NOW, cwd=folder)
    inbox = folder / "crafted"
    inbox.mkdir(exist_ok=True)
    (inbox / "soybeans.md").write_text(CRAFTED, encoding="utf-8")
    (folder / "crafted.yaml").write_text(
        "sources:\n  - id: crafted\n    kind: dir\n    path: crafted\n", encoding="utf-8"
    )
    _watcher("check", "--sources", "crafted.yaml", "--state", "demo.db", "--now", NOW, cwd=folder)
    return folder / "demo.db"


class Served:
    """`watcher serve` on a free loopback port, as a subprocess; `url` from what it prints."""

    def __init__(
        self,
        state: Path,
        *extra: str,
        env: dict[str, str] | None = None,
        sources: Path = EXAMPLES,
    ) -> None:
        clean = {k: v for k, v in os.environ.items() if not k.startswith("WATCHER_")}
        self.args = [
            sys.executable, "-m", "watcher", "serve", "--state", str(state),
            "--sources", str(sources), "--now", NOW, "--listen", "127.0.0.1:0", *extra,
        ]  # fmt: skip
        self.env = {**clean, **(env or {})}
        self.cwd = state.parent
        self.url = ""
        self.proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> Served:
        self.proc = subprocess.Popen(
            self.args, cwd=self.cwd, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"watcher serve did not start: {self.proc.stderr.read()}")  # type: ignore[union-attr]
        self.url = line.rsplit(" ", 1)[-1].strip().rstrip("/")
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            for stream in (self.proc.stdout, self.proc.stderr):
                if stream is not None:
                    stream.close()
